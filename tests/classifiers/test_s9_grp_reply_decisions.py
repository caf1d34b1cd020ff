"""An employer's reply in an offer thread telling the reader's yes (the offer accepted) or
no (stepped back), in the words employers use: "we have received your acceptance", "je
transmets votre accord", "the door's open"."""

from __future__ import annotations

import pytest

from jobtracker.classifiers.rules import RuleClassifier
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category
from tests.classifiers.conftest import make_message


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "tess.varga@lumen-print.example",
            "RE: Your offer",
            "Hi Sam,\n\nWonderful news: we have received your formal acceptance and passed it "
            "to HR.\n\nTess",
        ),
        (
            "tess.varga@lumen-print.example",
            "RE: Offer",
            "Sam, thank you for accepting our offer. IT will be in touch about your laptop."
            "\n\nTess",
        ),
        (
            "claire.morin@hopital-vercors.example",
            "RE: Suite à votre entretien",
            "Madame,\n\nQuelle joie ! Je transmets votre accord au service RH, qui vous "
            "contactera pour le contrat.\n\nClaire Morin",
        ),
        (
            "j.huber@stadtwerke-leiten.example",
            "AW: Unser Angebot",
            "Hallo Sam,\n\nwir freuen uns sehr, dass du zugesagt hast! Die Unterlagen kommen "
            "nächste Woche.\n\nJulia",
        ),
        (
            "paola.rios@cafetales.example",
            "RE: Propuesta",
            "Sam, ¡qué alegría! Gracias por tu aceptación; Recursos Humanos te escribirá para el "
            "alta.\n\nPaola",
        ),
    ],
)
def test_a_reply_telling_the_yes_reads_as_the_offer_accepted(
    classifier: RuleClassifier, sender: str, subject: str, body: str
) -> None:
    message = make_message(sender=sender, subject=subject, body=body)
    result = classifier.classify_in_process(message, "Lumen")
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.ACCEPTED


def test_an_offer_hoping_for_a_yes_is_no_acceptance(classifier: RuleClassifier) -> None:
    message = make_message(
        sender="tess.varga@lumen-print.example",
        subject="Your offer",
        body="Hi Sam,\n\nWe are delighted to offer you the role of Print Manager at 60k. We "
        "hope to welcome you to the team soon; please confirm your acceptance by Friday.\n\nTess",
    )
    result = classifier.classify_in_process(message, "Lumen")
    assert result.status is not ApplicationStatus.ACCEPTED


def test_a_reply_leaving_the_door_open_tells_the_reader_stepped_back(
    classifier: RuleClassifier,
) -> None:
    message = make_message(
        sender="founder.lumen@mailbox.example",
        subject="Re: the offer",
        body="Understood, and thanks for being straight with us. Door's open if you ever "
        "change your mind.\n\nRik",
    )
    result = classifier.classify_in_process(message, "Lumen")
    assert result.status is ApplicationStatus.WITHDRAWN

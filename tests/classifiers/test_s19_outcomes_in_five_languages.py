"""Outcomes written plainly, as small employers, start-ups and agencies write them: a no after a
case study or a trial, a post filled or paused, the reader's step back and a declined offer
acknowledged (corpora 97 and 100-102)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (
            "Bonjour Léa,\n\nVotre candidature a retenu notre attention ; nous avons néanmoins "
            "décidé de ne pas poursuivre le processus avec vous pour ce poste.\n\nL'équipe "
            "Recrutement",
            "fr",
        ),
        (
            "Hello Léa,\n\nMerci pour ta présentation. On a malgré tout décidé d'avancer avec une "
            "personne qui a déjà monté une ligne de bout en bout.\n\nBelle suite,\nMaya",
            "fr",
        ),
        (
            "Hola Ane,\n\nEl cliente me ha dado feedback: les gustó tu perfil, pero finalmente van "
            "a avanzar con un candidato con más experiencia en el sector.\n\nUn abrazo,\nDani",
            "es",
        ),
        (
            "Hola Ane, te escribo de la ETT. El cliente ha cubierto ya la vacante con una persona "
            "de su bolsa interna, así que cerramos el proceso.\n\nUn saludo,\nMaite",
            "es",
        ),
        (
            "Ane, perdona el retraso. Al final hemos cogido a un chaval que ya trabajaba con "
            "nosotros. Me caíste muy bien, si sale algo te llamo.\n\nJosu",
            "es",
        ),
        (
            "Cara Ana,\n\nGostei muito de a conhecer. Acabámos por optar por uma colega que já "
            "tinha trabalhado connosco.\n\nFelicidades,\nLurdes",
            "pt",
        ),
        (
            "Hi Dana,\n\nThanks for sending the test. Honestly we had hundreds of applicants and "
            "we've already made a hire for this round, so we're closing the role.\n\nJen",
            "en",
        ),
    ],
)
def test_a_plain_no_in_the_process_is_a_rejection(
    classifier: RuleClassifier, message, body: str, language: str
) -> None:
    found = classifier.classify_in_process(
        message(sender="maya@kestrel-works.example", subject="Re: next steps", body=body),
        "Kestrel Works",
    )
    assert found.category is Category.REJECTION, (language, found.evidence)


def test_a_requisition_paused_with_its_place_between_is_on_hold(classify: Classify) -> None:
    result = classify(
        sender="verdant@myworkday.com",
        name="Verdant Careers",
        subject="An update regarding JR-55120",
        body="Dear Dana,\n\nThe Support Team Lead (JR-55120) requisition in Taguig has been placed "
        "on hold due to a change in business priorities. Your application will remain in our "
        "system.\n\nVerdant Talent Acquisition",
        language="en",
    )
    assert result.status is ApplicationStatus.ON_HOLD


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nJ'ai bien pris note de votre décision de retirer votre candidature pour la "
        "mission. Je préviens le client.\n\nRomain",
        "Bonjour Madame,\n\nJ'ai bien noté votre message : vous avez accepté un poste et ne "
        "souhaitez plus poursuivre. J'annule donc notre entretien de mardi.\n\nF. Roux",
        "Hola Leire,\n\nLo he pensado mucho y al final voy a declinar la oferta: el turno no me "
        "encaja ahora mismo.\n\nAne",
        "Hi Ms. Rivera,\n\nThank you so much for the offer. After careful thought I have decided "
        "to decline, since I can no longer work night shifts.\n\nDana",
        "Hi Dana,\n\nNoted, and thank you for letting us know. We will tag your application as "
        "declined for this offer.\n\nPrincess",
        "Caro Sr. Paulo,\n\nDepois de pensar melhor, prefiro retirar a minha candidatura: o "
        "horário não é compatível com o mestrado.\n\nAna",
    ],
)
def test_the_readers_step_back_said_or_acknowledged_withdraws(
    classifier: RuleClassifier, message, body: str
) -> None:
    found = classifier.classify_in_process(
        message(sender="r.roux@kestrel-works.example", subject="Re: Offer", body=body),
        "Kestrel Works",
    )
    assert found.status is ApplicationStatus.WITHDRAWN, found.evidence

"""How a process ends, read in the words of the employer's last mail (within the process):
thanks for the signed contract is an acceptance; regret for the reader's decision, a
withdrawal the employer acknowledges, not a rejection."""

from __future__ import annotations

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Welcome aboard",
            "Dear Jane, thank you for returning the signed contract - please find your "
            "countersigned copy attached. We look forward to 1 February.",
        ),
        (
            "Bienvenue",
            "Bonjour Jane, merci pour le contrat signé, vous trouverez ci-joint votre "
            "exemplaire contresigné.",
        ),
        (
            "Willkommen",
            "Liebe Frau Doe, vielen Dank für den unterschriebenen Dienstvertrag.",
        ),
    ],
)
def test_thanks_for_the_signed_contract_accepts_the_offer(
    classifier: RuleClassifier, message, subject: str, body: str
) -> None:
    result = classifier.classify_in_process(
        message(sender="ceo@marrowfield.example", name="Sam Reed", subject=subject, body=body),
        "Marrowfield",
    )
    assert result.category is C.OFFER
    assert result.status is S.ACCEPTED


@pytest.mark.parametrize(
    "body",
    [
        "Dear Jane, thank you for your call. Naturally we regret your decision, but we respect it.",
        "Sehr geehrte Frau Doe, natürlich bedauern wir Ihre Entscheidung. Falls sich die Dinge "
        "ändern, wissen Sie, wo Sie uns finden.",
    ],
)
def test_regret_for_the_readers_decision_is_no_rejection(
    classifier: RuleClassifier, message, body: str
) -> None:
    result = classifier.classify_in_process(
        message(sender="ceo@marrowfield.example", name="Sam Reed", subject="Re: Offer", body=body),
        "Marrowfield",
    )
    assert result.category is not C.REJECTION
    assert result.status is S.WITHDRAWN

"""Selection mail of Belgian public bodies and Brussels associations: a written test called
by "convoquer à l'épreuve", a test result that stops the candidate, "notre choix s'est
porté sur un autre candidat", a hire proposed as an "engagement", and an English invitation
for a "Policy Officer" post that is no insurance policy."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Category, Classification

Classify = Callable[..., Classification]


def _fr(body: str) -> str:
    return f"Madame,\n\n{body}\n\nCordialement,\nService du personnel\n"


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        pytest.param(
            "Convocation - réf. OFX-12",
            _fr(
                "Nous avons le plaisir de vous convoquer à l'épreuve écrite du jeudi 4 juin à "
                "9h00 dans nos bureaux de Namur."
            ),
            Category.ASSESSMENT,
            id="convoquer-a-l-epreuve",
        ),
        pytest.param(
            "Votre candidature - réf. OFX-12",
            _fr(
                "Merci d'avoir participé au test. Votre score ne vous permet malheureusement "
                "pas d'accéder à l'étape suivante de la procédure."
            ),
            Category.REJECTION,
            id="result-stops-the-candidate",
        ),
        pytest.param(
            "Re: Gestionnaire de dossiers",
            _fr(
                "Merci pour notre rencontre. Après délibération, notre choix s'est porté sur "
                "une autre candidate, plus expérimentée dans le secteur."
            ),
            Category.REJECTION,
            id="notre-choix-s-est-porte",
        ),
        pytest.param(
            "Suite de la procédure",
            _fr(
                "À l'issue des entretiens, j'ai le plaisir de vous proposer un engagement "
                "comme collaboratrice administrative à partir du 1er septembre."
            ),
            Category.OFFER,
            id="proposer-un-engagement",
        ),
    ],
)
def test_french_selection_steps(
    classify: Classify, subject: str, body: str, expected: Category
) -> None:
    result = classify(
        sender="rh@ofrex-asbl.be", name="Ofrex ASBL", subject=subject, body=body, language="fr"
    )
    assert result.category == expected


def test_our_choice_fell_on_you_is_not_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="rh@ofrex-asbl.be",
        name="Ofrex ASBL",
        subject="Bonne nouvelle",
        body=_fr(
            "Notre choix s'est porté sur votre candidature : nous souhaitons vous faire une "
            "proposition pour le poste."
        ),
        language="fr",
    )
    assert result.category != Category.REJECTION


def test_a_policy_officer_post_is_not_an_insurance_policy(classify: Classify) -> None:
    result = classify(
        sender="hr@mobility-federation.eu",
        name="Marc Janssens",
        subject="Your application",
        body=(
            "Dear Ms Peeters,\n\nFurther to your application for the position of Policy & "
            "Advocacy Officer, I am pleased to invite you to an interview on Tuesday 9 June at "
            "14:00 in our Brussels office.\n\nBest regards,\nMarc Janssens\n"
        ),
        language="en",
    )
    assert result.category == Category.INTERVIEW


def test_an_insurance_policy_application_stays_not_job(classify: Classify) -> None:
    result = classify(
        sender="service@insuro-assur.be",
        name="Insuro",
        subject="Your application",
        body=(
            "Dear customer,\n\nThank you for your application for a home insurance policy. "
            "Your documents will be sent within five working days.\n\nInsuro customer service\n"
        ),
        language="en",
    )
    assert result.category == Category.NOT_JOB

"""International organisations' and boards' letters: an offer of appointment, an application
registered, an invitation to a written test, and InfoJobs' labelled offer line naming the
employer (corpora 108, 109)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "category"),
    [
        (
            "hr.contracts@relief-alliance.example",
            "Relief Alliance Human Resources",
            "Offer of appointment – fixed-term contract",
            "Dear Mr Osei,\n\nOn behalf of the Secretary-General, I have the pleasure of offering "
            "you a fixed-term appointment as Logistics Officer in Geneva, subject to medical "
            "clearance. Please confirm your acceptance by signing the attached letter.",
            Category.OFFER,
        ),
        (
            "recruitment@tradeinstitute.example",
            "Trade Institute Recruitment",
            "Application TI/25/LO-04 received",
            "Dear applicant, Your application to the Trade Institute (TI) for vacancy TI/25/LO-04 "
            "(Logistics Officer), received via a jobs board, has been registered.",
            Category.CONFIRMATION,
        ),
        (
            "talent@stockpiles.example",
            "Talent Acquisition",
            "Invitation to a written test – Logistics Officer (P-3)",
            "Dear Mr Osei,\n\nYou are invited to take part in a written test for the above "
            "position on Thursday from 10:00 to 12:30 Geneva time.",
            Category.ASSESSMENT,
        ),
    ],
)
def test_an_organisations_letter(
    classify: Classify, sender: str, name: str, subject: str, body: str, category: Category
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language="en")
    assert result.category is category, result.evidence


def test_infojobs_labelled_offer_line_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@infojobs.net",
        name="InfoJobs",
        subject="Tu candidatura ha cambiado de estado",
        body="Hola Lucía,  Nuevo estado de tu candidatura:  En proceso   Oferta: Recepcionista "
        "de noche · Hotel Brisa Azul · Marbella",
        language="es",
    )
    assert result.company == "Hotel Brisa Azul", result.evidence

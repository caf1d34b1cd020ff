"""Words for steps the phrases did not know: a "Letter of Offer", a post "you applied for" that
is no longer available, a platform's "profile was sent to", a selection procedure's
registration, a French letter's infinitive no; and look-alikes: a school's offer of admission,
the exit interview at the employer one leaves (corpora 88, 93 and 94).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category
from tests.classifiers.mail_cases import Case, category_test

Classify = Callable[..., Classification]

# (sender, display name, subject, body, language, category)
CASES: list[Case] = [
    (
        "priscilla.wee@verandah-asia.com",
        "Priscilla Wee",
        "Letter of Offer - Head of Procurement, SEA",
        "Dear Melvin,\n\nFurther to your discussions with Daniel, I am pleased to enclose our "
        "Letter of Offer for the position of Head of Procurement, Southeast Asia with Verandah "
        "Consumer Asia Pte. Ltd.\n\nKindly sign and return a copy by 10 November 2025.\n\n"
        "Warm regards,\nPriscilla Wee\nRegional HR Director",
        "en",
        Category.OFFER,
    ),
    (
        "careers-prairieshore@icims.com",
        "Prairie Shore Medical Center",
        "Update on Job ID 2025-11842",
        "Dear Danielle,\n\nWe wanted to let you know that the RN - Progressive Care Unit position "
        "you applied for is no longer available. We appreciate your interest in Prairie Shore.",
        "en",
        Category.REJECTION,
    ),
    (
        "hello@mail.shiftroute.com",
        "ShiftRoute",
        "You applied! RN - PACU/Step-Down at Edgewater Surgical Hospital",
        "Hi Danielle,\n\nYour ShiftRoute profile was sent to Edgewater Surgical Hospital for RN - "
        "PACU/Step-Down. Employers typically respond within 3-5 business days.",
        "en",
        Category.CONFIRMATION,
    ),
    (
        "no-reply@esops-careers.example",
        "ESOPS Candidate Account",
        "Your application has been registered - ESOPS/AD/2025/014",
        "Dear Candidate,\n\nYour application for the selection procedure ESOPS/AD/2025/014 - "
        "Policy Officer (AD6) has been registered under number 2025-014-00872.\n\nThe Selection "
        "Board will examine applications after the closing date.",
        "en",
        Category.CONFIRMATION,
    ),
    (
        "ne-pas-repondre@talent-soft.com",
        "Caisse Mutuelle de Prévoyance",
        "Votre candidature",
        "Madame,\n\nNous faisons suite à votre candidature au poste d'Analyste conformité.\n\n"
        "Malgré l'intérêt de votre parcours, nous avons le regret de ne pouvoir y donner une suite "
        "favorable.\n\nLe service RH",
        "fr",
        Category.REJECTION,
    ),
    (
        "scale-admissions@nus-scale.edu.sg",
        "NUS SCALE",
        "Offer of Admission - Graduate Certificate in Supply Chain Analytics",
        "Dear Melvin,\n\nWe are pleased to offer you admission to the Graduate Certificate in "
        "Supply Chain Analytics. Please accept this offer of admission by 30 November.",
        "en",
        Category.NOT_JOB,
    ),
    (
        "hr@ardentfoods.com.sg",
        "Ardent Foods Pte. Ltd. HR",
        "Exit interview - Thursday 18 Dec",
        "Hi Melvin,\n\nAs part of your offboarding, we would like to schedule your exit interview "
        "with HR on Thursday 18 Dec at 3pm.\n\nThank you for your years with us.",
        "en",
        Category.NOT_JOB,
    ),
]


test_the_step_is_read = category_test(CASES)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Le confirmamos que hemos recibido su candidatura para la vacante Letrado/a Asesoría "
            "Jurídica Mercantil - Madrid (R-118920).",
            "Letrado/a Asesoría Jurídica Mercantil",
        ),
        (
            "Hemos recibido correctamente su candidatura para la posición Abogado/a Corporativo/a "
            "- Asesoría Jurídica (REQ 48213), Madrid.",
            "Abogado/a Corporativo/a",
        ),
    ],
)
def test_a_spanish_receipt_names_the_vacancy_without_de(
    classify: Classify, body: str, role: str
) -> None:
    result = classify(
        sender="bancaalarcon@myworkday.com",
        name="Banca Alarcón",
        subject="Candidatura recibida",
        body=f"Estimada Lucía:\n\n{body}\n\nAtentamente,\nDirección de Personas",
        language="es",
    )
    assert result.role == role


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body"),
    [
        (
            "jobalert@naukri.com",
            "Naukri Job Alert",
            "Java Developer jobs in Hyderabad for you",
            "Hi Aditya,\nJava Microservices Developer - Infotrek Systems - Hyderabad\nSenior "
            "Engineer - Java - Vantara Bank Technology Centre - Hyderabad",
        ),
        (
            "noreply@s.seek.com.au",
            "SEEK",
            "Recommended for you: Senior Project Manager roles",
            "Based on your recent activity, Lachlan, these roles might suit you.\nSenior PM - "
            "Transport - Sydney\nProject Director - Water - Sydney",
        ),
    ],
)
def test_boards_digests_are_alerts(
    classify: Classify, sender: str, name: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language="en")
    assert result.category is Category.ALERT, result.evidence

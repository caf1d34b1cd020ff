"""Australian and Indian boards' receipts, a coding-test vendor's invitation, Indian legal forms,
and a title's team after its dash that is no employer (corpora 87 and 89).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_seek_receipt_names_the_employer_under_the_title(classify: Classify) -> None:
    result = classify(
        sender="noreply@s.seek.com.au",
        name="SEEK",
        subject="Your application was successfully submitted",
        body="Hi Lachlan, your application has been sent\n\nSenior Project Manager - Civil\n"
        "Harbourstone Construction\nSydney NSW\n\nSubmitted: 1 December 2025, 9:14 pm\n\n"
        "View your applied jobs",
        language="en",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Harbourstone Construction"
    assert result.role == "Senior Project Manager - Civil"


def test_an_employer_writing_via_seek_signs_the_display_name(classify: Classify) -> None:
    result = classify(
        sender="noreply@s.seek.com.au",
        name="Ironbark Utilities via SEEK",
        subject="An update on your application for Senior Project Manager - Substations",
        body="Hi Lachlan,\n\nThank you for your interest in the role. Unfortunately you have been "
        "unsuccessful on this occasion.\n\nWe wish you every success in your job search.",
        language="en",
    )
    assert result.company == "Ironbark Utilities"


@pytest.mark.parametrize(
    ("subject", "category"),
    [
        ("Your application for Java Developer has been sent to Bluefin Analytics", "confirmation"),
        ("Recruiter from Bluefin Analytics viewed your application", "viewed"),
    ],
)
def test_an_indian_board_names_the_employer_it_passed_the_application_to(
    classify: Classify, subject: str, category: str
) -> None:
    result = classify(
        sender="info@naukri.com",
        name="Naukri",
        subject=subject,
        body="Dear Aditya,\n\nYour application for Java Developer at Bluefin Analytics Pvt. Ltd. "
        "(Bengaluru) is with the recruiter.\n\nTeam Naukri",
        language="en",
    )
    assert result.category.value == category
    assert result.company == "Bluefin Analytics"


def test_a_coding_test_vendor_names_the_employer_in_the_subject(classify: Classify) -> None:
    result = classify(
        sender="noreply@hackerearth.com",
        name="HackerEarth",
        subject="Invitation: Kiranam Backend Hiring Challenge",
        body="Hi Aditya,\n\nYou have been invited to the Kiranam Backend Hiring Challenge. The "
        "test has 3 coding problems and lasts 90 minutes.\n\nAll the best,\nTeam HackerEarth",
        language="en",
    )
    assert result.category is Category.ASSESSMENT
    assert result.company == "Kiranam"


def test_a_titles_team_after_its_dash_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="careers@successfactors.eu",
        name="Tessaract Group Careers",
        subject="Your application for Java Lead - Microservices",
        body="Dear Aditya,\n\nThank you for applying for the role of Java Lead - Microservices "
        "(Job Req 43318) with Tessaract Global Services Ltd.\n\nOur recruiters will review your "
        "application.\n\nWarm regards,\nTessaract Group Careers",
        language="en",
    )
    assert result.company is not None
    assert result.company.startswith("Tessaract")


@pytest.mark.parametrize(
    ("sender", "name", "body", "company", "role"),
    [
        (
            "noreply@careerjunction.co.za",
            "CareerJunction",
            "Hi Lerato\n\nYour application for Contracts Engineer (Structures) has been submitted "
            "to Ubuntu Build Contractors (Pty) Ltd.\n\nLocation: Bellville, Western Cape",
            "Ubuntu Build Contractors",
            "Contracts Engineer (Structures)",
        ),
        (
            "noreply@careers24.com",
            "Careers24",
            "Application sent\n\nHi Lerato\n\nYour application for Design Engineer at Swartland "
            "Precast (Pty) Ltd in Malmesbury has been sent.",
            "Swartland Precast",
            "Design Engineer",
        ),
        (
            "no-reply@laborum.cl",
            "Laborum",
            "Hola Catalina,\n\nTu postulación a Analista de Pricing de Comercial Austral Ltda. "
            "(Santiago, Región Metropolitana) fue enviada con éxito.",
            "Comercial Austral",
            "Analista de Pricing",
        ),
        (
            "postulaciones@trabajando.com",
            "Trabajando.com",
            "Estimada Catalina:\n\nSu postulación al cargo Analista de Inteligencia Comercial, "
            "publicado por Banco del Pacífico Sur, ha sido recibida.",
            "Banco del Pacífico Sur",
            "Analista de Inteligencia Comercial",
        ),
        (
            "noreply@bumeran.com.pe",
            "Bumeran",
            "¡Hola Catalina!\n\nTe postulaste con éxito al aviso Analista de Category Management "
            "en Boticas Inca S.A.C. (San Isidro, Lima).",
            "Boticas Inca",
            "Analista de Category Management",
        ),
    ],
)
def test_south_african_and_andean_boards_name_the_employer_in_the_sentence(
    classify: Classify, sender: str, name: str, body: str, company: str, role: str
) -> None:
    language = "es" if "postula" in body else "en"
    result = classify(
        sender=sender, name=name, subject="Application sent", body=body, language=language
    )
    assert result.company == company, result.evidence
    assert result.role == role


@pytest.mark.parametrize(
    ("sender", "name", "body", "company"),
    [
        (
            "grupocordillera@myworkday.com",
            "Grupo Cordillera",
            "Hola Catalina:\n\nGracias por postular al cargo Analista de Category Management "
            "(R-0048812) en Mercado Andino.\n\nTu postulación fue recibida correctamente.\n\n"
            "Equipo de Atracción de Talento\nGrupo Cordillera S.A.",
            "Mercado Andino",
        ),
    ],
)
def test_a_group_writes_for_the_member_applied_to(
    classify: Classify, sender: str, name: str, body: str, company: str
) -> None:
    language = "es" if "postula" in body else "en"
    result = classify(
        sender=sender, name=name, subject="Thanks for applying", body=body, language=language
    )
    assert result.company == company, result.evidence


def test_a_titles_team_read_in_one_mail_is_not_remembered_for_the_next(
    classify: Classify,
) -> None:
    first = classify(
        sender="careers@successfactors.eu",
        name="Tessaract Group Careers",
        subject="Your application for Java Lead - Microservices",
        body="Dear Aditya,\n\nThank you for applying for the role of Java Lead - Microservices "
        "(Job Req 43318) with Tessaract Global Services Ltd.",
        language="en",
    )
    assert first.company != "Microservices"
    second = classify(
        sender="priya.raman@gmail.com",
        name="Priya Raman",
        subject="Interview invitation - Microservices",
        body="Hi Aditya,\n\nWe would like to invite you to an interview for the Backend Engineer "
        "role on Tuesday at 10:00.\n\nPriya Raman\nTalent Partner",
        language="en",
    )
    assert second.company == "Microservices", second.evidence

"""A posting's code in a subject ties process mail to the application acknowledged under it,
whatever name the mail's signature gives the employer."""

from __future__ import annotations

import pytest

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.roles import subject_reference
from jobtracker.pipeline.vocabulary import Category as C


@pytest.mark.parametrize(
    ("subject", "code"),
    [
        ("HBU-2025-0342 - interview arrangements", "HBU-2025-0342"),
        ("Einladung zum Gespräch - Kennzahl PA-IT/2024/11", "PA-IT/2024/11"),
        ("Suite de votre candidature T24-5521", "T24-5521"),
        ("Acuse de registro DRH-12/2025", "DRH-12/2025"),
    ],
)
def test_a_code_of_capitals_and_digits_in_a_subject_is_read(subject: str, code: str) -> None:
    assert subject_reference(subject) == code


@pytest.mark.parametrize(
    "subject",
    [
        "IT-Projektleiter (m/w/d) - Einladung",
        "COVID-19 arrangements for your visit",
        "Interview for the Q3-2025 intake",
        "Senior Engineer, SAP S/4HANA",
        "Your interview on 12/03/2025",
        "Product Manager (H/F)",
    ],
)
def test_words_dates_and_product_names_are_no_code(subject: str) -> None:
    assert subject_reference(subject) is None


def test_a_manager_naming_the_code_joins_the_application_under_another_name(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="University of Harrowgate",
            role="Head of Planning",
            sender="jobs@harrowgate-uni.example",
            subject="Application received: Head of Planning (HGU-2025-0077)",
            sent="2025-02-03",
        )
    )
    interview = mail(
        C.INTERVIEW,
        company="Harrowgate UNI",
        sender="p.quayle@harrowgate-uni.example",
        subject="HGU-2025-0077 - shortlisting outcome and interview",
        sent="2025-02-20",
    )
    found = correlator.correlate(interview)
    assert found.application is first.application
    assert found.application is not None and found.application.company == "University of Harrowgate"


def test_a_code_of_a_closed_process_ties_nothing(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Stadt Wolkenbach",
            sender="bewerbung@wolkenbach.example",
            subject="Eingangsbestätigung Kennzahl BA-IT/2024/03",
            sent="2024-03-01",
        )
    )
    correlator.correlate(
        mail(
            C.REJECTION,
            company="Stadt Wolkenbach",
            sender="bewerbung@wolkenbach.example",
            subject="Ihre Bewerbung - Kennzahl BA-IT/2024/03",
            sent="2024-04-01",
        )
    )
    invite = mail(
        C.INTERVIEW,
        company="Wolkenbach Stadtwerke",
        sender="t.rieder@wolkenbach-sw.example",
        subject="Kennzahl BA-IT/2024/03 - Einladung",
        sent="2024-05-02",
    )
    assert correlator.correlate(invite).application is not first.application

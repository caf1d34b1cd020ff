"""Job titles and requisition ids from subjects, bodies and links."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.role import clean_role
from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("language", "subject", "role"),
    [
        ("en", "Your application for Senior Data Engineer at Northwind", "Senior Data Engineer"),
        ("de", "Ihre Bewerbung als Werkstudent Marketing (m/w/d)", "Werkstudent Marketing"),
        ("de", "Deine Bewerbung als UX Designerin bei Pixelwerk", "UX Designerin"),
        ("fr", "Votre candidature au poste de Développeur Full Stack", "Développeur Full Stack"),
        ("es", "Tu candidatura para el puesto de Diseñador UX", "Diseñador UX"),
        ("pt", "Sua candidatura para a vaga de Engenheira de Dados", "Engenheira de Dados"),
        (
            "en",
            "Regarding Requisition 3064606 Back-End Web Developer - Python",
            "Back-End Web Developer - Python",
        ),
    ],
)
def test_role_from_subject(classify: Classify, language: str, subject: str, role: str) -> None:
    result = classify(
        sender="jobs@northwind.com",
        name="Northwind",
        subject=subject,
        body="We have received your application and will review it. / Wir haben Ihre Bewerbung "
        "erhalten. / Nous avons bien reçu votre candidature. / Hemos recibido tu candidatura. / "
        "Recebemos sua candidatura.",
        language=language,
    )
    assert result.role == role


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Thanks for applying for the Data Engineer role at Northwind.", "Data Engineer"),
        ("We received your application for the position of Buyer.", "Buyer"),
        ("vielen Dank für Ihre Bewerbung auf die Stelle als Vertriebsleiter.", "Vertriebsleiter"),
        ("merci pour votre candidature au poste de Chargée de paie.", "Chargée de paie"),
        ("Gracias por tu candidatura al puesto de Contable Senior.", "Contable Senior"),
    ],
)  # fmt: skip
def test_role_from_body(classify: Classify, body: str, role: str) -> None:
    result = classify(
        sender="jobs@northwind.com", name="Northwind", subject="Application received", body=body
    )
    assert result.role == role


def test_requisition_id_from_body(classify: Classify) -> None:
    result = classify(
        sender="jobs@northwind.com",
        name="Northwind",
        subject="Application received",
        body="Thank you for applying for the Payroll Specialist position (Req ID: R-20931).",
    )
    assert result.requisition_id == "R-20931"
    assert result.role == "Payroll Specialist"


def test_role_from_a_workday_link_title(classify: Classify) -> None:
    result = classify(
        sender="pru@myworkday.com",
        name="Workday",
        subject="Thank you for applying",
        body="We have received your application and will review it.",
        links=(
            "https://pru.wd5.myworkdayjobs.com/en-US/Careers/job/Newark-NJ/"
            "Senior-Actuarial-Analyst_R-123456",
        ),
    )
    assert result.role == "Senior Actuarial Analyst"
    assert result.requisition_id == "R-123456"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Projektmanager (m/w/d)", "Projektmanager"),
        ("Chef de projet (H/F)", "Chef de projet"),
        ("the Data Engineer position", "Data Engineer"),
        ("Payroll Specialist (R-20931)", "Payroll Specialist"),
        ("Security Engineer – nächste Runde", "Security Engineer"),
        ("Data Analyst | Interview invitation", "Data Analyst"),
        ("Chargé de recrutement - prochaine étape", "Chargé de recrutement"),
        ("Data Engineer - Berlin", "Data Engineer - Berlin"),
        ("Site Reliability Engineer, Payments", "Site Reliability Engineer, Payments"),
    ],
)
def test_clean_role(raw: str, clean: str) -> None:
    assert clean_role(raw) == clean


@pytest.mark.parametrize("raw", ["your application", "thank you for applying", "1234"])
def test_clean_role_rejects_sentences(raw: str) -> None:
    assert clean_role(raw) is None


@pytest.mark.parametrize("raw", ["current", "Current", "previous", "new", "dream", "aktuellen"])
def test_a_word_before_role_that_names_no_job_is_no_title(raw: str) -> None:
    # "walk us through an improvement you drove in your current role"
    assert clean_role(raw) is None


def test_a_french_title_with_its_dash_and_gender_tag_up_to_the_reference(
    classify: Callable[..., Classification],
) -> None:
    result = classify(
        sender="talents@myworkday.com",
        name="Talents",
        subject="Confirmation de votre candidature",
        body="Bonjour,\n\nMerci d'avoir postulé à l'offre Stage – Technicien maintenance (H/F) "
        "(réf. R-5521) sur notre site carrières.",
    )
    assert result.role == "Stage – Technicien maintenance"

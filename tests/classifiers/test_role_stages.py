"""Titles in subjects made of a hiring step and a title, either way round, in five languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.role import clean_role
from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]

_BODY = (
    "Thank you for your time. / Vielen Dank für Ihre Zeit. / Merci pour votre temps. / "
    "Gracias por tu tiempo. / Obrigado pelo seu tempo. We would like to invite you to an interview."
)


@pytest.mark.parametrize(
    ("language", "subject", "role"),
    [
        ("es", "Prueba técnica – Data Engineer", "Data Engineer"),
        ("en", "Interview invitation - Senior Analyst", "Senior Analyst"),
        ("fr", "Entretien : Chef de projet", "Chef de projet"),
        ("de", "Einladung zum Gespräch: Werkstudent Marketing (m/w/d)", "Werkstudent Marketing"),
        ("pt", "Entrevista – Analista de Dados | Jabuticaba", "Analista de Dados"),
        ("en", "Product Designer – Interview invitation", "Product Designer"),
        ("en", "Interview invitation - Backend Engineer, Payments", "Backend Engineer, Payments"),
        ("es", "Siguiente paso: prueba online – Platform Engineer", "Platform Engineer"),
    ],
)
def test_role_beside_a_step_in_the_subject(
    classify: Classify, language: str, subject: str, role: str
) -> None:
    result = classify(
        sender="maria@lumenwerk.example",
        name="Maria Stone",
        subject=subject,
        body=_BODY,
        language=language,
    )
    assert result.role == role


@pytest.mark.parametrize(
    "subject",
    [
        "Lumenwerk – next steps",
        "Lumenwerk Engineering – Application received",
        "Interview invitation - Lumenwerk",
        "Interview - Senior Analyst, Lumenwerk",
    ],
)
def test_the_employer_beside_a_step_is_no_title(classify: Classify, subject: str) -> None:
    result = classify(
        sender="jobs@lumenwerk.example",
        name="Lumenwerk Engineering",
        subject=subject,
        body=_BODY,
        language="en",
    )
    assert result.role in (None, "Senior Analyst")


@pytest.mark.parametrize(
    "subject", ["Next step: unsere Case Study", "Próxima etapa: uma conversa com o time"]
)
def test_a_phrase_after_a_step_is_no_title(classify: Classify, subject: str) -> None:
    result = classify(
        sender="maria@lumenwerk.example",
        name="Maria Stone",
        subject=subject,
        body=_BODY,
        language="de",
    )
    assert result.role is None


def test_a_requisition_id_after_a_comma_is_no_part_of_the_title() -> None:
    assert clean_role("Senior Data Analyst (m/w/d), ID 58213") == "Senior Data Analyst"
    assert clean_role("Interview availability – Senior Data Engineer") == "Senior Data Engineer"

"""Spanish and Portuguese titles come in two genders: the posting writes "Técnico/a", the
recruiter the form that fits the candidate. Both name one role."""

from __future__ import annotations

import pytest

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.roles import role_key, roles_match
from jobtracker.pipeline.vocabulary import Category as C


@pytest.mark.parametrize(
    ("posted", "written"),
    [
        ("Analista Químico/a (Valencia)", "Analista Química"),
        ("Coordinador/a de Logística", "Coordinadora de Logística"),
        ("Enfermeiro(a) Gestor(a)", "Enfermeira Gestora"),
        ("Auxiliar Administrativo/a", "Auxiliar Administrativa"),
    ],
)
def test_the_two_genders_of_a_title_are_one_role(posted: str, written: str) -> None:
    assert roles_match(role_key(posted), role_key(written))


def test_gender_does_not_blur_other_words() -> None:
    assert not roles_match(role_key("Técnica de Laboratorio"), role_key("Técnico de Ventas"))
    assert role_key("Senior Data Engineer") == "senior data engineer"


def test_the_recruiters_feminine_title_joins_the_posted_one(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Conservas Mareira",
            role="Técnico/a de Calidad (Matosinhos)",
            sender="mareira@ats.example",
            sent="2024-05-02",
        )
    )
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Conservas Mareira",
            role="Técnica de Calidad",
            sender="lucia.prado@mareira.example",
            sent="2024-05-10",
        )
    )
    assert invite.application is applied.application
    assert not invite.created

"""Contests and castings that take "candidatures" like employers do, and French wording for a
withdrawal taken into account and an application under review."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "jury@prix-illustration.example",
            "Prix de l'illustration",
            "Bonjour, votre candidature au prix de l'illustration n'a pas été retenue par le "
            "jury cette année.",
        ),
        (
            "casting@production.example",
            "Votre candidature",
            "Bonjour, merci pour votre candidature au casting de la série. Nous reviendrons "
            "vers vous si votre profil est retenu.",
        ),
    ],
)
def test_contests_and_castings_are_no_job(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.NOT_JOB


def test_a_withdrawal_taken_into_account(classify: Classify) -> None:
    result = classify(
        sender="rh@maison-orge.fr",
        subject="Retrait de candidature",
        body="Bonjour, nous avons bien pris en compte le retrait de votre candidature au poste "
        "de comptable. Bonne continuation.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.WITHDRAWN


def test_an_application_currently_under_review(classify: Classify) -> None:
    result = classify(
        sender="rh@maison-orge.fr",
        subject="Votre candidature",
        body="Bonjour, votre candidature est actuellement en cours d'étude par l'équipe comptable.",
    )
    assert result.category is Category.VIEWED


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body"),
    [
        (
            "start@kessel.example",
            "Kessel Personal",
            "Willkommen bei Kessel – dein erster Arbeitstag",
            "Hallo Jonas, wir freuen uns auf deinen ersten Arbeitstag am 2. Juni. Dein "
            "Onboarding-Plan liegt im Portal.",
        ),
        (
            "acogida@brisa.example",
            "Brisa RRHH",
            "Tu primer día en Brisa",
            "Hola Lucía, te esperamos el lunes a las 9h para tu primer día. Recursos Humanos te "
            "dará el plan de onboarding.",
        ),
        (
            "acolhimento@foz.example",
            "Foz RH",
            "O seu primeiro dia na Foz",
            "Olá Marta, esperamos por si na segunda-feira para o seu primeiro dia de trabalho. "
            "Os Recursos Humanos vão apresentar o plano de onboarding.",
        ),
    ],
)
def test_first_working_day_mail_is_other_job(
    classify: Classify, sender: str, name: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body)
    assert result.category is Category.OTHER_JOB

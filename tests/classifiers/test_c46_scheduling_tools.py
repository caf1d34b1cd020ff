"""Scheduling tools book and move meetings for everyone; with a job around them, the meeting is
an interview. An out-of-office reply that points to the HR mailbox is job mail."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_booked_intro_call_for_a_role_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="no-reply@bookings.example",
        name="Bookings",
        subject="New booking: Intro call - Fernbrook (Data Analyst)",
        body=(
            "A new booking has been scheduled.\nInvitee: Sam Lee\nWhen: Tuesday 10:00\n"
            "Host: Maya Jones, Talent Partner"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_booked_sales_demo_is_no_job(classify: Classify) -> None:
    result = classify(
        sender="no-reply@bookings.example",
        name="Bookings",
        subject="New booking: product demo",
        body="A new booking has been scheduled.\nInvitee: Sam Lee\nWhen: Tuesday 10:00",
    )
    assert result.category is Category.NOT_JOB


def test_french_interview_moved_by_the_recruiter_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="no-reply@bookings.example",
        name="Bookings",
        subject="Mis à jour : Entretien Chargée de projet (Solaire)",
        body="Votre rendez-vous a été reprogrammé par Léa Martin. Nouvelle date : lundi 11:30.",
    )
    assert result.category is Category.INTERVIEW


def test_spanish_interview_moved_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="seleccion@hotelsol.example",
        name="Selección Hotel Sol",
        subject="Cambio de fecha",
        body="Hola Ana, tu entrevista ha sido reprogramada al jueves a las 12:00 en el hotel.",
    )
    assert result.category is Category.INTERVIEW


def test_german_out_of_office_naming_the_hr_mailbox_is_job_mail(classify: Classify) -> None:
    result = classify(
        sender="k.weber@maschinenbau.example",
        name="Karin Weber",
        subject="Abwesenheitsnotiz: Rückfrage",
        body=(
            "Ich bin bis 20.05. nicht im Büro. In dringenden Fällen schreiben Sie bitte an "
            "personal@maschinenbau.example."
        ),
    )
    assert result.category is Category.OTHER_JOB

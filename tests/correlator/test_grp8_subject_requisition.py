"""A requisition an ATS labels in its subjects ties its mail to one of two applications."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.roles import subject_reference
from jobtracker.pipeline.vocabulary import Category as C


def test_a_labelled_requisition_in_a_subject_is_read() -> None:
    assert subject_reference("Thank you for applying (Req. 48812)") == "48812"
    assert subject_reference("Stellen-ID 77120 - Ihre Bewerbung") == "77120"
    assert subject_reference("Ref 2025 graduate intake") is None
    assert subject_reference("Your interview on Friday") is None


def test_a_notice_naming_the_requisition_joins_that_application(mail) -> None:
    correlator = Correlator()
    ats = "careers@ostwald-group.example"
    first = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Ostwald Mobility",
            role="Teamleiter Versuch",
            sender=ats,
            subject="Vielen Dank für Ihre Bewerbung (Req. 48812)",
        )
    )
    correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Ostwald Mobility",
            role="Projektleiter Elektrik",
            sender=ats,
            subject="Vielen Dank für Ihre Bewerbung (Req. 48830)",
        )
    )
    notice = mail(
        C.REJECTION,
        company="Ostwald Group",
        role="weitere Stellen",
        sender=ats,
        subject="Req. 48812 - Statusinformation",
        sent="2024-03-12",
    )
    assert correlator.correlate(notice).application is first.application

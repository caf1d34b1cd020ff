"""A booking tool's calendar entry shortens the title to its initials ("QAE interview"), and
the extractor may read those as the employer: the mail is the one open process's with
that title."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.roles import role_key, title_initials
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C

TOOL = "notifications@bookings.example"


def test_title_initials() -> None:
    assert title_initials(role_key("Quality Assurance Engineer")) == "qae"
    assert title_initials(role_key("Data Engineer")) == ""  # two letters say nothing


def test_initials_read_as_an_employer_join_the_process_with_that_title(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Brightmoor Devices",
            role="Quality Assurance Engineer",
            sender="jobs@brightmoor.example",
        )
    )
    booked = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="QAE",
            sender=TOOL,
            subject="New Event: Mon 10:00 - QAE interview",
            sent="2024-03-07",
        )
    )
    assert booked.application is applied.application
    assert applied.application is not None
    assert applied.application.status is S.INTERVIEWING


def test_initials_of_no_open_title_start_their_own(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Brightmoor Devices",
            role="Quality Assurance Engineer",
            sender="jobs@brightmoor.example",
        )
    )
    other = correlator.correlate(
        mail(C.INTERVIEW, company="QXE", sender=TOOL, subject="QXE interview", sent="2024-03-07")
    )
    assert other.application is not applied.application

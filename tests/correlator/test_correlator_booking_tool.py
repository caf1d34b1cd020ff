"""A booking tool's mailbox writes for every employer that uses it. Having written for one,
it still gives way to the person its mail names, when that person wrote for another."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C

TOOL = "notifications@bookings.example"


def test_the_interviewer_named_outweighs_the_tools_last_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Norvento Labs", sender="jobs@norvento.example")
    )
    correlator.correlate(mail(C.INTERVIEW, company="Norvento Labs", sender=TOOL, sent="2024-03-04"))
    second = correlator.correlate(
        mail(
            C.CONFIRMATION, company="Quelmar Bio", sender="jobs@quelmar.example", sent="2024-03-05"
        )
    )
    correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Quelmar Bio",
            sender="rui.teixeira@quelmar.example",
            sent="2024-03-08",
        )
    )
    booked = correlator.correlate(
        mail(
            C.INTERVIEW,
            company=None,
            sender=TOOL,
            subject="Confirmed: technical interview with Rui Teixeira on Monday",
            sent="2024-03-09",
        )
    )
    assert booked.application is second.application
    assert booked.application is not first.application


def test_the_tool_still_speaks_for_its_one_employer_otherwise(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Norvento Labs", sender="jobs@norvento.example")
    )
    correlator.correlate(mail(C.INTERVIEW, company="Norvento Labs", sender=TOOL, sent="2024-03-04"))
    again = correlator.correlate(
        mail(
            C.INTERVIEW,
            company=None,
            sender=TOOL,
            subject="Rescheduled: interview on Thursday",
            sent="2024-03-06",
        )
    )
    assert again.application is first.application

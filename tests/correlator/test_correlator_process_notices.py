"""Mail that confirms something about a process under way (the role is on hold, the user's
withdrawal went through) belongs to that process, though it reads like a confirmation; and a
shared tool's mailbox stops speaking for an employer once the processes there are over."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.state import Correlation
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C


def _app_id(result: Correlation) -> str:
    assert result.application is not None
    return result.application.application_id


def _interviewing(mail, correlator: Correlator, *, sender: str) -> str:
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Birchway", sender=sender, sent="2025-05-27T09:00")
    )
    correlator.correlate(
        mail(C.INTERVIEW, company="Birchway", sender=sender, sent="2025-06-03T09:00")
    )
    return _app_id(applied)


def test_a_role_on_hold_weeks_after_applying_pauses_that_application(mail) -> None:
    correlator = Correlator()
    first = _interviewing(mail, correlator, sender="tom@birchway.example")
    # "Quick update from Birchway": no role, three weeks after the acknowledgement
    paused = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Birchway",
            status=S.ON_HOLD,
            sender="tom@birchway.example",
            sent="2025-06-24T09:00",
        )
    )
    assert _app_id(paused) == first
    (app,) = correlator.applications("u1")
    assert app.status is S.ON_HOLD
    assert app.applied_at is not None and app.applied_at.day == 27  # still the day applied


def test_the_writer_of_an_on_hold_notice_naming_no_employer_tells_whose_it_is(mail) -> None:
    correlator = Correlator()
    first = _interviewing(mail, correlator, sender="kathi.brandl@web.example")
    paused = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company=None,
            status=S.ON_HOLD,
            sender="kathi.brandl@web.example",
            sent="2025-08-06T09:00",
        )
    )
    assert _app_id(paused) == first


def test_a_confirmed_withdrawal_after_a_rejection_closes_the_old_application(mail) -> None:
    correlator = Correlator()
    first = _interviewing(mail, correlator, sender="tom@birchway.example")
    correlator.correlate(mail(C.REJECTION, company="Birchway", sent="2025-06-20T09:00"))
    late = correlator.correlate(
        mail(C.CONFIRMATION, company="Birchway", status=S.WITHDRAWN, sent="2025-06-22T09:00")
    )
    assert _app_id(late) == first
    assert len(correlator.applications("u1")) == 1


def test_an_on_hold_role_moves_on_when_the_process_does(mail) -> None:
    correlator = Correlator()
    _interviewing(mail, correlator, sender="tom@birchway.example")
    for category, status, day in (
        (C.CONFIRMATION, S.ON_HOLD, 10),
        (C.INTERVIEW, None, 20),
        (C.CONFIRMATION, S.WITHDRAWN, 25),
        (C.INTERVIEW, None, 28),  # after the user withdrew, nothing moves it
    ):
        correlator.correlate(
            mail(category, company="Birchway", status=status, sent=f"2025-07-{day}T09:00")
        )
    (app,) = correlator.applications("u1")
    assert app.status is S.WITHDRAWN


def _calendar(mail, company: str | None, day: str) -> Correlation:
    return mail(C.INTERVIEW, company=company, sender="notifications@calendly.example", sent=day)


def test_a_scheduling_tool_speaks_for_its_one_employer_while_a_process_is_open(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(mail(C.CONFIRMATION, company="Ferncastle", sent="2025-07-07"))
    correlator.correlate(_calendar(mail, "Ferncastle", "2025-07-18"))
    reminder = correlator.correlate(_calendar(mail, None, "2025-07-20"))
    assert _app_id(reminder) == _app_id(applied)


def test_a_scheduling_tool_names_no_employer_after_the_processes_there_closed(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, company="Ferncastle", sent="2025-07-07"))
    correlator.correlate(_calendar(mail, "Ferncastle", "2025-07-18"))
    correlator.correlate(mail(C.REJECTION, company="Ferncastle", sent="2025-07-30"))
    # "Canceled: Brindle & Vox interview with Nadia Berger", the employer unread
    other = correlator.correlate(_calendar(mail, None, "2025-08-18"))
    assert other.application is None
    # a person who wrote for Ferncastle still speaks for it after it closed
    correlator.correlate(
        mail(C.INTERVIEW, company="Ferncastle", sender="sophie@ferncastle.example")
    )
    late = correlator.correlate(
        mail(C.REJECTION, company=None, sender="sophie@ferncastle.example", sent="2025-08-20")
    )
    assert late.application is not None

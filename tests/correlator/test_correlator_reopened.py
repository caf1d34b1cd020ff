"""Applying again after a rejection: the new confirmation may leave the role out, and the
process mail that follows names the role; it belongs to the new application, not the old."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.state import Correlation
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C


def _app_id(result: Correlation) -> str:
    assert result.application is not None
    return result.application.application_id


def _rejected_then_applied_again(mail, correlator: Correlator) -> tuple[str, str]:
    old = correlator.correlate(
        mail(C.CONFIRMATION, company="Northwind", role="Senior Data Engineer", sent="2024-01-09")
    )
    correlator.correlate(
        mail(C.REJECTION, company="Northwind", role="Senior Data Engineer", sent="2024-01-24")
    )
    again = correlator.correlate(mail(C.CONFIRMATION, company="Northwind", sent="2024-05-27"))
    assert again.created
    return _app_id(old), _app_id(again)


def test_an_interview_after_reapplying_joins_the_new_application(mail) -> None:
    correlator = Correlator()
    old, new = _rejected_then_applied_again(mail, correlator)
    invite = correlator.correlate(
        mail(C.INTERVIEW, company="Northwind", role="Senior Data Engineer", sent="2024-06-04")
    )
    assert _app_id(invite) == new != old
    statuses = {a.application_id: a.status for a in correlator.applications("u1")}
    assert statuses == {old: S.REJECTED, new: S.INTERVIEWING}


def test_mail_dated_inside_the_old_process_still_joins_the_old_one(mail) -> None:
    correlator = Correlator()
    old, _ = _rejected_then_applied_again(mail, correlator)
    # arrives late, but was sent before the rejection
    late = correlator.correlate(
        mail(C.INTERVIEW, company="Northwind", role="Senior Data Engineer", sent="2024-01-15")
    )
    assert _app_id(late) == old


def test_a_still_open_application_for_the_role_keeps_its_mail(mail) -> None:
    correlator = Correlator()
    data = correlator.correlate(
        mail(C.CONFIRMATION, company="Northwind", role="Data Engineer", sent="2024-01-09")
    )
    correlator.correlate(mail(C.CONFIRMATION, company="Northwind", sent="2024-02-20"))
    invite = correlator.correlate(
        mail(C.INTERVIEW, company="Northwind", role="Data Engineer", sent="2024-03-01")
    )
    assert _app_id(invite) == _app_id(data)


def test_an_interview_months_after_the_last_word_is_a_new_application(mail) -> None:
    correlator = Correlator()
    old = correlator.correlate(
        mail(C.CONFIRMATION, company="Northwind", role="Data Engineer", sent="2024-01-09")
    )
    # no confirmation of the second application reached the mailbox
    invite = correlator.correlate(
        mail(C.INTERVIEW, company="Northwind", role="Data Engineer", sent="2024-08-01")
    )
    assert invite.created and _app_id(invite) != _app_id(old)
    statuses = {a.application_id: a.status for a in correlator.applications("u1")}
    assert statuses == {_app_id(old): S.APPLIED, _app_id(invite): S.INTERVIEWING}


def test_a_rejection_months_later_still_closes_the_old_application(mail) -> None:
    correlator = Correlator()
    old = correlator.correlate(
        mail(C.CONFIRMATION, company="Northwind", role="Data Engineer", sent="2024-01-09")
    )
    late = correlator.correlate(mail(C.REJECTION, company="Northwind", sent="2024-07-01"))
    assert _app_id(late) == _app_id(old)
    assert late.application is not None and late.application.status is S.REJECTED

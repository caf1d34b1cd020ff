"""Two open applications at one employer: the person who writes tells which one a mail is about."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.state import Correlation
from jobtracker.pipeline.vocabulary import Category as C


def _app_id(result: Correlation) -> str:
    assert result.application is not None
    return result.application.application_id


def _two_processes(mail, correlator: Correlator) -> tuple[str, str]:
    # The designer role through an ATS relay with the recruiter in Reply-To; the analyst role
    # with a hiring manager writing from their own address.
    designer = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Pineline",
            role="Senior Product Designer",
            sender="notifications@app.bamboohr.com",
            reply_to="jack.king@pineline.example",
            sent="2024-01-12T09:00",
        )
    )
    analyst = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Pineline",
            role="Data Analyst",
            sender="kwame.patel@pineline.example",
            sent="2024-02-07T09:00",
        )
    )
    return _app_id(designer), _app_id(analyst)


def test_a_mail_without_a_role_joins_the_process_its_writer_wrote_about(mail) -> None:
    correlator = Correlator()
    designer, analyst = _two_processes(mail, correlator)
    # "Great news from Pineline": no role, sent nearer the analyst process, but by the
    # designer role's recruiter.
    result = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Pineline",
            sender="notifications@app.bamboohr.com",
            reply_to="jack.king@pineline.example",
            sent="2024-02-12T09:00",
        )
    )
    assert _app_id(result) == designer != analyst
    assert result.review_reason is None
    follow_up = correlator.correlate(
        mail(C.REJECTION, company="Pineline", sender="kwame.patel@pineline.example")
    )
    assert _app_id(follow_up) == analyst


def test_a_shared_mailbox_tells_nothing_and_the_mail_goes_to_review(mail) -> None:
    correlator = Correlator()
    _two_processes(mail, correlator)
    result = correlator.correlate(
        mail(
            C.REJECTION,
            company="Pineline",
            sender="notifications@app.bamboohr.com",
            sent="2024-02-20T09:00",
        )
    )
    assert result.review_reason is not None and "2 applications" in result.review_reason

"""Short replies in an application's thread take the category of the mail they answer."""

from __future__ import annotations

from pathlib import Path

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import Category as C

INVITE = "<call-1@northwind.example>"


def _invited(mail, correlator: Correlator) -> None:
    correlator.correlate(
        mail(C.INTERVIEW, company="Northwind Labs", role="Data Analyst", rfc_id=INVITE)
    )


def test_a_plain_reply_to_an_interview_invitation_is_interview_mail(mail) -> None:
    correlator = Correlator()
    _invited(mail, correlator)
    reply = mail(C.NOT_JOB, company=None, in_reply_to=INVITE, sent="2024-03-03T08:00")
    answer = correlator.answering(reply)
    assert answer is not None
    found = answer.classification
    assert (found.category, found.company, found.role) == (
        C.INTERVIEW,
        "Northwind Labs",
        "Data Analyst",
    )
    linked = correlator.correlate(answer)
    assert linked.application is not None and linked.application.message_count == 2


def test_only_replies_the_rules_found_no_job_in_are_reread(mail) -> None:
    correlator = Correlator()
    _invited(mail, correlator)
    rejection = mail(C.REJECTION, in_reply_to=INVITE, sent="2024-03-03T08:00")
    unrelated = mail(C.NOT_JOB, company=None, in_reply_to="<other@x.example>")
    assert correlator.answering(rejection) is None
    assert correlator.answering(unrelated) is None


def test_no_reply_to_a_rejection_or_a_closed_application_is_reread(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.REJECTION, company="Fabrikam", rfc_id="<no@fabrikam>"))
    thanks = mail(C.NOT_JOB, company=None, in_reply_to="<no@fabrikam>", sent="2024-03-04")
    assert correlator.answering(thanks) is None


def test_the_track_stage_stores_the_reply_as_part_of_the_process(mail, tmp_path: Path) -> None:
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    invite = mail(C.INTERVIEW, company="Northwind Labs", role="Data Analyst", rfc_id=INVITE)
    reply = mail(C.NOT_JOB, company=None, in_reply_to=INVITE, sent="2024-03-03T08:00")
    out = stage.track_batch([invite, reply])
    block = out.by_table["classifications"]
    rows = list(block)
    assert [row["category"] for row in rows] == ["interview", "interview"]
    assert rows[0]["application_id"] is not None
    assert rows[1]["application_id"] == rows[0]["application_id"]


def test_a_redelivered_reply_is_answered_as_before_after_the_process_closed(mail) -> None:
    correlator = Correlator()
    _invited(mail, correlator)
    reply = mail(
        C.NOT_JOB, company=None, in_reply_to=INVITE, sent="2024-03-03T08:00", message_id="r-1"
    )
    answer = correlator.answering(reply)
    assert answer is not None
    correlator.correlate(answer)
    correlator.correlate(
        mail(C.REJECTION, company="Northwind Labs", role="Data Analyst", sent="2024-03-09")
    )
    again = correlator.answering(reply)
    assert again is not None and again.classification.category is C.INTERVIEW

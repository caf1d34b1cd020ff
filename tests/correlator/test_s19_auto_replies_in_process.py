"""An out-of-office answer from someone taking part in an open application is mail of that
process (other job mail naming its employer); from anyone else it stays no job mail."""

from __future__ import annotations

from pathlib import Path

from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import Category as C

_AWAY = (
    "Hi! I'm out of office until January 12 with limited access to email. For anything "
    "urgent, please contact hiring@kindra.example.\n\nSam"
)


def _categories(tmp_path: Path, *items) -> list[tuple[str, str | None]]:
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    out = stage.track_batch(list(items))
    return [(row["category"], row["company"]) for row in out.by_table["classifications"]]


def _invite(mail):
    """The interview that opens Kindra's process, sent by its recruiter Sam."""
    return mail(
        C.INTERVIEW,
        company="Kindra",
        role="QA Engineer",
        sender="sam@kindra.example",
        sender_name="Sam Okafor",
        sent="2025-12-12T10:00",
    )


def test_an_auto_reply_from_the_recruiter_of_an_open_process_is_job_mail(
    mail, tmp_path: Path
) -> None:
    invite = _invite(mail)
    away = mail(
        C.NOT_JOB,
        company=None,
        sender="sam@kindra.example",
        sender_name="Sam Okafor",
        sent="2026-01-07T10:00",
        subject="Automatic reply: Re: Kindra - next steps?",
        text=_AWAY,
    )
    assert _categories(tmp_path, invite, away)[1] == ("other_job", "Kindra")


def test_an_auto_reply_from_someone_outside_any_process_stays_no_job_mail(
    mail, tmp_path: Path
) -> None:
    invite = _invite(mail)
    away = mail(
        C.NOT_JOB,
        company=None,
        sender="lee@tidepool.example",
        sender_name="Lee Hart",
        sent="2026-01-07T10:00",
        subject="Automatic reply: Re: Saturday?",
        text=_AWAY.replace("hiring@kindra", "info@tidepool"),
    )
    assert _categories(tmp_path, invite, away)[1] == ("not_job", None)

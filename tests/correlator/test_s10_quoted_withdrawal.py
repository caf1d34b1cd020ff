"""An employer's or a recruiter's plain answer ("Thanks for letting me know - all the best")
under the reader's own withdrawal, quoted, ends the process as withdrawn: the quote says what
the answer acknowledges."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C

INVITE = "<invite-4@brackwell.example>"


@pytest.mark.parametrize(
    ("own", "quoted"),
    [
        (
            "Thanks for letting me know, Robin. All the best!\n\nMara",
            "> Hi Mara,\n> I have accepted another offer and would like to withdraw from the "
            "process. Many thanks for your time.",
        ),
        (
            "Danke für Ihre Nachricht, Frau Roe. Alles Gute!\n\nMara Olsen",
            "> Hallo Frau Olsen,\n> ich möchte meine Bewerbung hiermit zurückziehen, da ich "
            "eine andere Stelle angenommen habe.",
        ),
    ],
)
def test_a_plain_answer_to_the_readers_quoted_withdrawal_withdraws(
    mail, tmp_path: Path, own: str, quoted: str
) -> None:
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    invite = mail(C.INTERVIEW, company="Brackwell", role="Analyst", rfc_id=INVITE)
    item = mail(
        C.NOT_JOB,
        company=None,
        in_reply_to=INVITE,
        sent="2024-04-02T10:00",
        sender="mara.olsen@brackwell.example",
        subject="RE: Interview",
        text=f"{own}\n\n{quoted}",
    )
    answer = item.model_copy(
        update={"message": item.message.model_copy(update={"quote_offset": len(own) + 2})}
    )
    stage.track_batch([invite, answer])
    (app,) = stage.correlator.applications("u1")
    assert app.status is S.WITHDRAWN

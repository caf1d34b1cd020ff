"""A reply acknowledging the reader's own decision ends the application: withdrawn, or
declined when an offer stood."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobtracker.correlator.status import mail_step
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C

OFFER = "<offer-7@quarry.example>"
TASK = "<task-2@quarry.example>"


def _stage(tmp_path: Path) -> TrackStage:
    return TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))


def _statuses(stage: TrackStage, *items) -> list[str]:
    out = stage.track_batch(list(items))
    return [row["status"] for row in out.by_table["classifications"]]


def test_stepping_back_while_an_offer_stands_is_declining_it() -> None:
    assert mail_step(S.OFFER, S.WITHDRAWN) is S.DECLINED
    assert mail_step(S.INTERVIEWING, S.WITHDRAWN) is S.WITHDRAWN
    assert mail_step(S.ACCEPTED, S.WITHDRAWN) is S.ACCEPTED


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\n\nThanks for telling us so openly. We fully respect your decision and wish you "
        "every success.\n\nBest,\nRuth",
        "Lieber Sam,\n\nschade! Wir bedauern deine Entscheidung, verstehen sie aber. Viel Erfolg "
        "bei deiner neuen Stelle!\n\nRuth",
        "Bonjour Sam,\n\nNous regrettons votre décision mais la comprenons parfaitement.\n\nRuth",
        "Hola Sam:\n\nLamentamos tu decisión, pero la entendemos. ¡Mucho éxito en tu nuevo "
        "puesto!\n\nRuth",
        "Olá Sam,\n\nRespeitamos a sua decisão e desejamos-lhe sucesso no novo desafio.\n\nRuth",
    ],
)
def test_an_answer_to_the_offer_acknowledging_the_decision_declines_it(
    mail, tmp_path: Path, text: str
) -> None:
    stage = _stage(tmp_path)
    offer = mail(C.OFFER, company="Quarry Robotics", role="Data Engineer", rfc_id=OFFER)
    answer = mail(
        C.NOT_JOB,
        company=None,
        in_reply_to=OFFER,
        sent="2024-03-09T10:00",
        sender="ruth@quarry.example",
        subject="Re: Our offer",
        text=text,
    )
    assert _statuses(stage, offer, answer) == [None, "withdrawn"]
    (app,) = stage.correlator.applications("u1")
    assert app.status is S.DECLINED


def test_an_answer_acknowledging_a_withdrawal_mid_process_withdraws(mail, tmp_path: Path) -> None:
    stage = _stage(tmp_path)
    task = mail(C.ASSESSMENT, company="Quarry Robotics", rfc_id=TASK)
    answer = mail(
        C.NOT_JOB,
        company=None,
        in_reply_to=TASK,
        sent="2024-03-12T10:00",
        sender="ruth@quarry.example",
        subject="Re: Small exercise",
        text="Hi Sam,\n\nA pity, but thanks for letting us know that you accepted another offer. "
        "Congratulations on your new role!\n\nRuth",
    )
    stage.track_batch([task, answer])
    (app,) = stage.correlator.applications("u1")
    assert app.status is S.WITHDRAWN


def test_a_plain_answer_keeps_the_status_of_the_mail_it_answers(mail, tmp_path: Path) -> None:
    stage = _stage(tmp_path)
    offer = mail(C.OFFER, company="Quarry Robotics", role="Data Engineer", rfc_id=OFFER)
    answer = mail(
        C.NOT_JOB,
        company=None,
        in_reply_to=OFFER,
        sent="2024-03-09T10:00",
        sender="ruth@quarry.example",
        subject="Re: Our offer",
        text="Hi Sam,\n\nSure, Friday at 4 works for a call about the details.\n\nRuth",
    )
    stage.track_batch([offer, answer])
    (app,) = stage.correlator.applications("u1")
    assert app.status is S.OFFER

"""Replies in a process thread that end it or pause it: the reader's own step back, the
employer's word that the decision is understood, a hiring pause; and a subject naming one
of two processes at an employer by its title's initials."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C

CALL = "<call-3@brindlewood.example>"
OFFER = "<offer-9@brindlewood.example>"


def _stage(tmp_path: Path) -> TrackStage:
    return TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))


def _reply(mail, text: str, *, to: str, sender: str, subject: str):
    return mail(
        C.NOT_JOB,
        company=None,
        in_reply_to=to,
        sent="2024-04-02T10:00",
        sender=sender,
        subject=subject,
        text=text,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hi Orla,\n\nI have accepted a role elsewhere, so I would like to withdraw from the "
        "process. Thanks for your time.\n\nSam",
        "Hello Orla, after some thought I'd like to withdraw my application. All the best, Sam",
        "Hola Orla:\n\nHe aceptado otra oferta, así que quisiera retirar mi candidatura.\n\nSam",
        "Hallo Orla,\n\nich möchte meine Bewerbung hiermit zurückziehen, da ich eine andere "
        "Stelle angenommen habe.\n\nSam",
    ],
)
def test_the_readers_own_reply_stepping_back_withdraws(mail, tmp_path: Path, text: str) -> None:
    stage = _stage(tmp_path)
    call = mail(C.INTERVIEW, company="Brindlewood", rfc_id=CALL)
    own = _reply(
        mail, text, to=CALL, sender="sam.poe@post.example", subject="Re: A second conversation?"
    )
    stage.track_batch([call, own])
    (app,) = stage.correlator.applications("u1")
    assert app.status is S.WITHDRAWN


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\n\nThanks for letting me know, and for being so honest with us. We're sad, but "
        "we understand. The door stays open.\n\nOrla",
        "Hola Sam:\n\nGracias por avisarnos. Lo entendemos; la puerta queda abierta.\n\nOrla",
    ],
)
def test_the_employers_word_that_the_door_stays_open_declines_the_offer(
    mail, tmp_path: Path, text: str
) -> None:
    stage = _stage(tmp_path)
    offer = mail(C.OFFER, company="Brindlewood", role="Data Engineer", rfc_id=OFFER)
    answer = _reply(
        mail, text, to=OFFER, sender="orla@brindlewood.example", subject="Re: Your offer"
    )
    stage.track_batch([offer, answer])
    (app,) = stage.correlator.applications("u1")
    assert app.status is S.DECLINED


def test_a_reply_saying_hiring_is_paused_puts_the_process_on_hold(mail, tmp_path: Path) -> None:
    stage = _stage(tmp_path)
    call = mail(C.INTERVIEW, company="Brindlewood", rfc_id=CALL)
    pause = _reply(
        mail,
        "Hi Sam,\n\nBad timing: the board froze all new hiring this week until the budget is "
        "settled. I'll be back in touch when I know more.\n\nOrla",
        to=CALL,
        sender="orla@brindlewood.example",
        subject="Re: A second conversation?",
    )
    stage.track_batch([call, pause])
    (app,) = stage.correlator.applications("u1")
    assert app.status is S.ON_HOLD


def test_a_subject_naming_a_title_by_its_initials_picks_that_process(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Brindlewood", role="Quality Assurance Engineer")
    )
    correlator.correlate(
        mail(C.CONFIRMATION, company="Brindlewood", role="Data Engineer", sent="2024-03-02")
    )
    chat = mail(
        C.INTERVIEW,
        company="Brindlewood",
        role=None,
        sender="orla@brindlewood.example",
        subject="QAE role - free for a call?",
        sent="2024-03-10",
    )
    assert correlator.correlate(chat).application is first.application

"""A reply in a thread whose own words take the process a step further, or end it."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import Category as C

CALL = "<call-3@fenwick.example>"


def _stage(tmp_path: Path) -> TrackStage:
    return TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))


def _rows(stage: TrackStage, *items) -> list[tuple[str, str | None, str | None]]:
    out = stage.track_batch(list(items)).by_table["classifications"]
    return [(r["category"], r["status"], r["application_id"]) for r in out]


def _thread(mail, text: str, parent: C = C.INTERVIEW):
    first = mail(
        parent,
        company="Fenwick Haulage",
        role="Transport Planner",
        rfc_id=CALL,
        sender="o.brandt@fenwick.example",
        subject="Meeting on Tuesday",
        sent="2024-05-02T09:00",
    )
    reply = mail(
        C.NOT_JOB,
        company=None,
        in_reply_to=CALL,
        sender="o.brandt@fenwick.example",
        subject="Re: Meeting on Tuesday",
        text=text,
        sent="2024-05-10T09:00",
    )
    return first, reply


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Noé,\n\nRetour du directeur : profil solide, mais il ne donnera pas suite pour "
        "ce poste.\n\nOtto",
        "Hi Noé,\n\nThank you for your time on Tuesday. Unfortunately we have decided to move "
        "forward with other candidates.\n\nOtto",
    ],
)
def test_a_reply_that_ends_the_process_is_its_rejection(mail, tmp_path: Path, text: str) -> None:
    first, reply = _thread(mail, text)
    got = _rows(_stage(tmp_path), first, reply)
    assert got[1][:2] == ("rejection", "rejected")
    assert got[1][2] == got[0][2]


def test_a_plain_reply_keeps_the_category_it_answers(mail, tmp_path: Path) -> None:
    first, reply = _thread(mail, "Perfect, see you then.\n\nOtto")
    got = _rows(_stage(tmp_path), first, reply)
    assert got[1][:2] == ("interview", "interviewing")


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noé,\n\nThanks for letting me know, and congrats on the Oslo role! I've taken you out "
        "of our process.\n\nOtto",
        "Sehr geehrter Herr Noé,\n\nwie gewünscht ziehen wir Ihre Bewerbung hiermit zurück.\n\n"
        "Otto Brandt",
        "Noé,\n\nA shame for us, but a fine choice. If anything changes, our door is always "
        "open.\n\nOtto",
    ],
)
def test_a_reply_taking_the_reader_out_of_the_process_withdraws(
    mail, tmp_path: Path, text: str
) -> None:
    first, reply = _thread(mail, text)
    got = _rows(_stage(tmp_path), first, reply)
    assert got[1][1] == "withdrawn"


def test_a_reply_to_an_offer_accepted_since_stays_with_it(mail, tmp_path: Path) -> None:
    stage = _stage(tmp_path)
    offer = mail(
        C.OFFER,
        company="Fenwick Haulage",
        role="Transport Planner",
        rfc_id="<offer-9@fenwick.example>",
        sender="o.brandt@fenwick.example",
        subject="Next steps",
        sent="2024-05-02T09:00",
    )
    signed = mail(
        C.OFFER,
        company="Fenwick Haulage",
        role="Transport Planner",
        sender="dse_na2@docusign.net",
        subject="Completed: Fenwick Haulage - Offer Letter",
        sent="2024-05-04T09:00",
    )
    welcome = mail(
        C.NOT_JOB,
        company=None,
        in_reply_to="<offer-9@fenwick.example>",
        sender="otto.brandt.home@mailhost.example",
        subject="Re: Next steps",
        text="So happy to hear it! See you on the first of June.\n\nOtto",
        sent="2024-05-04T12:00",
    )
    got = _rows(stage, offer, signed, welcome)
    assert got[2] == ("offer", "accepted", got[0][2])


def test_a_take_home_sent_in_reply_after_the_first_call_is_assessment_mail(
    mail, tmp_path: Path
) -> None:
    first, reply = _thread(
        mail,
        "Noé - thanks for today. As promised, attached is the small exercise: our real shift "
        "plan; tell us what you would change. Two hours at most.\n\nOtto",
    )
    got = _rows(_stage(tmp_path), first, reply)
    assert got[1][0] == "assessment"
    assert got[1][2] == got[0][2]

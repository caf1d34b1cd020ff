"""An invitee's booking confirmation may name the host only in its opening sentence ("Dein
Termin mit Jonas Roe ist bestätigt"): the host is the writer that matters."""

from __future__ import annotations

from pathlib import Path

from jobtracker.correlator.scheduling import hosts_named
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import Category as C

BOOKER = "notifications@calendly.com"


def test_the_host_is_read_from_the_confirming_sentence() -> None:
    text = "Hallo Jo,\n\nDein Termin mit Rike Vogt ist bestätigt.\n\nTermin: 20 Minuten Call\n"
    assert "Rike Vogt" in hosts_named(BOOKER, "Calendly", "Neuer Termin: Jo Sand", text)
    english = "Your event with Dana Price on Friday, May 4 is confirmed."
    assert "Dana Price" in hosts_named(BOOKER, "Calendly", "Booked", english)
    assert hosts_named("rike@kornfeld.example", "", "x", text) == ()


def test_a_confirmation_naming_the_host_joins_her_process(mail, tmp_path: Path) -> None:
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    applied = mail(C.CONFIRMATION, company="Kornfeld", role="Service Designer")
    call = mail(
        C.INTERVIEW,
        company="Kornfeld",
        sender="rike.vogt@kornfeld.example",
        subject="Kennenlernen Kornfeld",
        sent="2024-03-05",
    )
    booked = mail(
        C.NOT_JOB,
        company=None,
        sender=BOOKER,
        subject="Neuer Termin: Jo Sand – 20 Minuten Kennenlernen",
        text="Hallo Jo,\n\nDein Termin mit Rike Vogt ist bestätigt.\n\nTermin: 20 Minuten "
        "Kennenlernen\nDatum: Montag, 11. März 2024\n",
        sent="2024-03-06",
    )
    stage.track_batch([applied, call, booked])
    (app,) = stage.correlator.applications("u1")
    assert len(app.messages) == 3

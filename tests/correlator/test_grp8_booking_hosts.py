"""An invitee's booking confirmation names the event and the host in its subject:
"Confirmed: Intro (Acme) with Jane Roe on Friday". The host is the writer that matters."""

from __future__ import annotations

from pathlib import Path

from jobtracker.correlator.scheduling import hosts_named
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import Category as C

BOOKER = "notifications@calendly.com"


def test_the_event_and_the_host_are_read_from_the_subject() -> None:
    found = hosts_named(
        BOOKER, "Calendly", "Confirmed: Intro (Halyard) with Ines Duarte on May 4", ""
    )
    assert found == ("Intro (Halyard)", "Ines Duarte")
    assert hosts_named(BOOKER, "Calendly", "Your weekly summary", "") == ()
    assert (
        hosts_named("ines@halyard.example", "", "Confirmed: chat with Ines Duarte on May 4", "")
        == ()
    )


def test_a_host_writing_from_her_first_name_is_the_process_of_her_employer(
    mail, tmp_path: Path
) -> None:
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    applied = mail(C.CONFIRMATION, company="Halyard", role="Backend Engineer")
    call = mail(
        C.INTERVIEW,
        company="Halyard",
        sender="ines@halyard.example",
        subject="intro call?",
        sent="2024-03-05",
    )
    booked = mail(
        C.NOT_JOB,
        company=None,
        sender=BOOKER,
        subject="Confirmed: 30 Minute Meeting with Ines Duarte on Monday, March 9, 2024",
        text="Your 30 Minute Meeting with Ines Duarte at 3pm on Monday, March 9 is scheduled.",
        sent="2024-03-06",
    )
    stage.track_batch([applied, call, booked])
    (app,) = stage.correlator.applications("u1")
    assert len(app.messages) == 3


def test_an_event_type_line_names_the_host_and_the_employer() -> None:
    text = (
        "A new event has been scheduled.\n\n"
        "Event Type: 30 Minute Meeting with Ines Duarte (Halyard)\n"
        "Invitee: Sam Poe\n"
    )
    found = hosts_named(BOOKER, "Calendly", "New Event: Sam Poe - 30 Minute Meeting", text)
    assert "30 Minute Meeting with Ines Duarte (Halyard)" in found

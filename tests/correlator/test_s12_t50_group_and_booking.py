"""A group's careers site writes as the group for an application to one of its brands, and
a booking tool's confirmation names the invitee and the host side by side."""

from __future__ import annotations

from pathlib import Path

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.scheduling import hosts_named
from jobtracker.pipeline.contracts import Address, ClassifiedMessage
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import Category as C

BOOKER = "notifications@calendly.com"


def _as(item: ClassifiedMessage, name: str) -> ClassifiedMessage:
    """``item`` sent under the display name ``name``."""
    sender = item.message.from_
    message = item.message.model_copy(
        update={"from_": Address(name=name, address=sender.address, domain=sender.domain)}
    )
    return ClassifiedMessage(message=message, classification=item.classification)


def test_a_test_sent_in_the_groups_name_joins_its_brands_process(mail) -> None:
    correlator = Correlator()
    applied = _as(
        mail(
            C.CONFIRMATION,
            company="Brightmoor",
            role="Staff Data Engineer",
            sender="talent@myworkday.com",
            sent="2024-03-01",
        ),
        "Harcourt Holdings Group",
    )
    first = correlator.correlate(applied)
    test = mail(
        C.ASSESSMENT,
        company="Harcourt Holdings Group",
        sender="noreply@codesignal.com",
        sent="2024-03-08",
    )
    assert correlator.correlate(test).application is first.application


def test_a_name_no_mailbox_wrote_under_stays_its_own(mail) -> None:
    correlator = Correlator()
    applied = _as(
        mail(C.CONFIRMATION, company="Brightmoor", sender="talent@myworkday.com"),
        "Harcourt Holdings Group",
    )
    first = correlator.correlate(applied)
    other = mail(
        C.ASSESSMENT, company="Ostrava Labs", sender="noreply@codesignal.com", sent="2024-03-08"
    )
    assert correlator.correlate(other).application is not first.application


def test_a_booking_between_two_people_names_the_host_second() -> None:
    found = hosts_named(
        BOOKER, "Calendly", "Confirmed: Jane Doe and Ines Duarte on Monday, March 9, 2024", ""
    )
    assert "Ines Duarte" in found


def test_the_booking_with_the_recruiter_joins_her_process(mail, tmp_path: Path) -> None:
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    applied = mail(C.CONFIRMATION, company="Halyard", role="Backend Engineer")
    call = mail(
        C.INTERVIEW,
        company="Halyard",
        sender="ines@halyard.example",
        subject="intro chat",
        sent="2024-03-05",
    )
    booked = mail(
        C.NOT_JOB,
        company=None,
        sender=BOOKER,
        subject="Confirmed: Jane Doe and Ines Duarte on Monday, March 9, 2024",
        text="Hi Jane Doe,\n\nYour event has been scheduled.\n\nEvent Type:\n30 Minute Meeting",
        sent="2024-03-06",
    )
    stage.track_batch([applied, call, booked])
    (app,) = stage.correlator.applications("u1")
    assert len(app.messages) == 3

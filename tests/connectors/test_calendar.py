"""Calendar invitations: text/calendar parts and .ics attachments."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from jobtracker.connectors.mime import normalize
from jobtracker.connectors.mime.calendar import read_with_icalendar
from jobtracker.connectors.mime.ics import read_ics
from tests.connectors.mailgen import multipart, part, raw_mail

DATA = Path(__file__).parent / "data"


def test_interview_invitation_request() -> None:
    result = normalize(raw_mail((DATA / "invite_request.eml").read_bytes()))
    assert len(result.calendar_events) == 1  # the .ics attachment repeats the inline event
    event = result.calendar_events[0]
    assert event.method == "REQUEST"
    assert event.status == "CONFIRMED"
    assert event.uid == "interview-42@acme.example"
    assert event.summary == "Technical interview - Acme"
    assert event.start == datetime(2024, 6, 10, 12, 0, tzinfo=UTC)
    assert event.end == datetime(2024, 6, 10, 13, 0, tzinfo=UTC)
    assert event.location == "https://meet.example/abc-defg-hij"
    assert event.organizer == "talent@acme.example"
    assert result.attachment_names == ("invite.ics",)
    assert result.text.startswith("You have been invited to the following event.")


def test_cancellation() -> None:
    result = normalize(raw_mail((DATA / "invite_cancel.eml").read_bytes()))
    (event,) = result.calendar_events
    assert (event.method, event.status) == ("CANCEL", "CANCELLED")
    assert event.start == datetime(2024, 6, 10, tzinfo=UTC)  # an all-day date
    assert event.end is None
    assert event.organizer == "talent@acme.example"


def test_broken_ics_is_skipped_with_a_warning() -> None:
    data = multipart(
        [
            part("text/plain", "Invitation attached.\r\n"),
            part(
                "text/calendar; method=REQUEST",
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nthis is not ical\r\n",
                extra='Content-Disposition: attachment; filename="broken.ics"\r\n',
            ),
        ]
    )
    result = normalize(raw_mail(data))
    assert result.calendar_events == ()
    assert "calendar-unreadable" in result.parse_warnings
    assert result.text == "Invitation attached."
    assert result.attachment_names == ("broken.ics",)


def test_event_with_unreadable_date_keeps_its_other_fields() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:u-1\r\nDTSTART:next tuesday\r\n"
        "SUMMARY:Phone screen\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = normalize(raw_mail(multipart([part("text/calendar", ics)])))
    (event,) = result.calendar_events
    assert (event.uid, event.summary, event.start) == ("u-1", "Phone screen", None)


OUTLOOK_ICS = (DATA / "outlook_invite.ics").read_bytes()


def test_outlook_invite_with_a_windows_time_zone() -> None:
    data = multipart(
        [
            part("text/plain", "Please join us.\r\n"),
            part(
                'text/calendar; method=REQUEST; charset="utf-8"',
                OUTLOOK_ICS,
                extra='Content-Disposition: attachment; filename="meeting.ics"\r\n',
            ),
        ]
    )
    (event,) = normalize(raw_mail(data)).calendar_events
    assert event.start == datetime(2024, 6, 10, 12, 0, tzinfo=UTC)  # 14:00 CEST
    assert event.summary == "Interview, round 2; onsite with the platform team"
    assert event.location == "Acme HQ, Room 4"
    assert event.organizer == "talent@acme.example"
    assert event.status == "CONFIRMED"


FLOATING = (
    b"BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:f-1\r\n"
    b"DTSTART:20240701T090000\r\nDTEND:20240701T093000\r\nSUMMARY:Call\r\n"
    b"END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.mark.parametrize(
    "ics",
    [
        OUTLOOK_ICS.replace(b"W. Europe Standard Time", b"Europe/Berlin"),
        (DATA / "invite_cancel.eml").read_bytes().split(b"\r\n\r\n", 1)[1],
        FLOATING,
    ],
    ids=["iana-zone", "all-day-cancel", "floating"],
)
def test_quick_reader_agrees_with_icalendar(ics: bytes) -> None:
    quick = read_ics(ics)
    assert quick is not None
    assert quick == read_with_icalendar(ics)


def test_quick_reader_leaves_zones_it_cannot_resolve_to_icalendar() -> None:
    assert read_ics(OUTLOOK_ICS) is None

"""Calendar invitations (text/calendar parts and .ics attachments) as CalendarEvent fields."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from jobtracker.connectors.mime.ics import read_ics
from jobtracker.connectors.mime.parsed import Attachment

_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})
_MAX_ICS_BYTES = 1024 * 1024
_MAX_EVENTS = 20
_MAX_FIELD = 500


def is_calendar(part: Attachment) -> bool:
    return part.mimetype in _CALENDAR_TYPES or part.filename.lower().endswith(".ics")


def calendar_events(parts: list[Attachment], warnings: list[str]) -> list[dict[str, Any]]:
    """Events of every calendar part; an unreadable one adds a warning and is skipped.

    Invitations often carry the same event twice (a text/calendar alternative and an invite.ics
    attachment): an event seen before, by UID, method and start, is dropped.
    """
    events: dict[tuple[object, ...], dict[str, Any]] = {}
    for part in parts:
        if not is_calendar(part):
            continue
        if part.encoded_size > _MAX_ICS_BYTES:
            warnings.append("calendar-too-large")
            continue
        found = _parse(part)
        if found is None:
            warnings.append("calendar-unreadable")
            continue
        for event in found:
            events.setdefault((event["uid"], event["method"], event["start"]), event)
    return list(events.values())[:_MAX_EVENTS]


def _parse(part: Attachment) -> list[dict[str, Any]] | None:
    try:
        data = part.load()
    except Exception:  # fast_mail_parser's DecodeError for a part that does not decode
        return None
    quick = read_ics(data)
    return quick if quick is not None else read_with_icalendar(data)


def read_with_icalendar(data: bytes) -> list[dict[str, Any]] | None:
    """The full parser, for what ``read_ics`` declines: None when the calendar is unreadable."""
    # icalendar raises a variety of exception types on broken input (ValueError, KeyError,
    # IndexError...); one broken invite must never fail the whole message.
    from icalendar import Calendar  # imported on first need: it takes ~0.2 s to import

    try:
        calendar = Calendar.from_ical(data)
        method = _text(calendar.get("METHOD")).upper()
        return [_event(component, method) for component in calendar.walk("VEVENT")]
    except Exception:
        return None


def _event(component: Any, method: str) -> dict[str, Any]:
    return {
        "uid": _text(component.get("UID")),
        "method": method,
        "status": _text(component.get("STATUS")).upper(),
        "summary": _text(component.get("SUMMARY")),
        "start": _utc(component.get("DTSTART")),
        "end": _utc(component.get("DTEND")),
        "location": _text(component.get("LOCATION")),
        "organizer": _organizer(component.get("ORGANIZER")),
    }


def _first(value: Any) -> Any:
    # A property repeated in a broken file arrives as a list.
    return value[0] if isinstance(value, list) and value else value


def _text(value: Any) -> str:
    value = _first(value)
    return "" if value is None else " ".join(str(value).split())[:_MAX_FIELD]


def _organizer(value: Any) -> str:
    text = _text(value)
    return text[7:] if text.lower().startswith("mailto:") else text


def _utc(value: Any) -> datetime | None:
    try:
        moment = _first(value).dt
    except Exception:  # absent, or icalendar's BrokenCalendarProperty for an unreadable date
        return None
    if isinstance(moment, datetime):
        # A floating time (no zone) is read as UTC: there is nothing better to go on.
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    if isinstance(moment, date):
        return datetime(moment.year, moment.month, moment.day, tzinfo=UTC)
    return None

"""A small, fast reader for the few iCalendar (RFC 5545) fields an invitation needs.

icalendar builds a full object model and costs about a millisecond for a 600-byte invite; this
reads METHOD and each VEVENT's UID, STATUS, SUMMARY, DTSTART, DTEND, LOCATION and ORGANIZER in a
few tens of microseconds. It returns None for anything it is not sure about (no VCALENDAR, a
time zone only the file's own VTIMEZONE defines), and the caller then asks icalendar.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

_WANTED = frozenset({"UID", "STATUS", "SUMMARY", "DTSTART", "DTEND", "LOCATION", "ORGANIZER"})
_PREFIXES = ("BEGIN", "END", "METHOD", *_WANTED)
_TEXT_ESCAPES = {"\\n": "\n", "\\N": "\n", "\\,": ",", "\\;": ";", "\\\\": "\\"}
_ESCAPE = re.compile(r"\\[nN,;\\]")
_MAX_FIELD = 500


class _NeedsFullParser(Exception):
    """The calendar uses something this reader does not handle."""


def read_ics(data: bytes) -> list[dict[str, Any]] | None:
    """Events as CalendarEvent field dicts, or None when the full parser should decide."""
    text = data.decode("utf-8", "replace")
    if "\n " in text or "\n\t" in text:  # unfold continuation lines
        text = text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")
    # Property names are case-insensitive, but every real calendar writes them upper-case; a
    # lower-case one is left to icalendar.
    if "BEGIN:VCALENDAR" not in text or "END:VCALENDAR" not in text:
        return None
    method = ""
    events: list[dict[str, Any]] = []
    event: dict[str, tuple[str, str]] | None = None
    depth = 0  # components nested inside a VEVENT (VALARM) whose properties are not the event's
    try:
        for line in text.splitlines():
            if not line.startswith(_PREFIXES):
                continue  # ATTENDEE, DTSTAMP, SEQUENCE...: not needed, not even split
            name, params, value = _split(line)
            if name == "BEGIN":
                if value == "VEVENT":
                    event = {}
                elif event is not None:
                    depth += 1
            elif name == "END":
                if value == "VEVENT" and event is not None:
                    events.append(_event(event, method))
                    event = None
                elif event is not None and depth:
                    depth -= 1
            elif event is not None and not depth and name in _WANTED:
                event.setdefault(name, (params, value))
            elif name == "METHOD" and event is None:
                method = value.strip().upper()
    except _NeedsFullParser:
        return None
    return None if event is not None else events  # an unterminated VEVENT: let icalendar judge


def _split(line: str) -> tuple[str, str, str]:
    """``NAME;PARAMS:VALUE`` into its parts; a ':' inside a quoted parameter does not count."""
    colon = line.find(":")
    if colon == -1:
        return "", "", ""
    quote = line.find('"')
    if quote != -1 and quote < colon:
        inside = False
        for index, char in enumerate(line):
            if char == '"':
                inside = not inside
            elif char == ":" and not inside:
                colon = index
                break
    head = line[:colon]
    semicolon = head.find(";")
    if semicolon == -1:
        return head.upper(), "", line[colon + 1 :]
    return head[:semicolon].upper(), head[semicolon + 1 :], line[colon + 1 :]


def _event(props: dict[str, tuple[str, str]], method: str) -> dict[str, Any]:
    organizer = _plain(props, "ORGANIZER")
    if organizer.lower().startswith("mailto:"):
        organizer = organizer[7:]
    return {
        "uid": _plain(props, "UID"),
        "method": method,
        "status": _plain(props, "STATUS").upper(),
        "summary": _text(props, "SUMMARY"),
        "start": _moment(props.get("DTSTART")),
        "end": _moment(props.get("DTEND")),
        "location": _text(props, "LOCATION"),
        "organizer": organizer,
    }


def _plain(props: dict[str, tuple[str, str]], name: str) -> str:
    found = props.get(name)
    return " ".join(found[1].split())[:_MAX_FIELD] if found else ""


def _text(props: dict[str, tuple[str, str]], name: str) -> str:
    found = props.get(name)
    if not found:
        return ""
    value = found[1]
    if "\\" in value:
        value = _ESCAPE.sub(lambda m: _TEXT_ESCAPES[m.group(0)], value)
    return " ".join(value.split())[:_MAX_FIELD]


def _moment(found: tuple[str, str] | None) -> datetime | None:
    if found is None:
        return None
    params, value = found
    value = value.strip()
    digits = value.rstrip("Zz")
    try:
        if len(digits) == 8 and digits.isdigit():  # VALUE=DATE: an all-day event
            return datetime(int(digits[:4]), int(digits[4:6]), int(digits[6:8]), tzinfo=UTC)
        if len(digits) != 15 or digits[8] not in "Tt" or not (digits[:8] + digits[9:]).isdigit():
            return None
        moment = datetime(
            int(digits[:4]), int(digits[4:6]), int(digits[6:8]),
            int(digits[9:11]), int(digits[11:13]), int(digits[13:15]),
        )  # fmt: skip
    except ValueError:
        return None  # an unreadable date leaves the field empty, as icalendar's reading does
    if value.endswith(("Z", "z")):
        return moment.replace(tzinfo=UTC)
    zone = _tzid(params)
    if zone is None:
        return moment.replace(tzinfo=UTC)  # floating time: there is nothing better to go on
    try:
        return moment.replace(tzinfo=zone).astimezone(UTC)
    except OverflowError:
        return None


def _tzid(params: str) -> tzinfo | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.upper() == "TZID":
            return _zone(value.strip('"'))
    return None


@lru_cache(maxsize=256)
def _zone(name: str) -> tzinfo:
    # Outlook and Thunderbird use names only their VTIMEZONE defines ("W. Europe Standard
    # Time", "/mozilla.org/.../Europe/Berlin"); icalendar reads those definitions.
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, KeyError) as error:
        raise _NeedsFullParser(name) from error

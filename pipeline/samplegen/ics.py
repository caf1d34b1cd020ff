"""iCalendar (RFC 5545) invitations: requests, updates and cancellations."""

from __future__ import annotations

import time


def _stamp(ts: float) -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(ts))


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space."""
    if len(line.encode("utf-8")) <= 75:
        return line
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > 74:
            out.append(current)
            current = " " + ch
        else:
            current += ch
    out.append(current)
    return "\n".join(out)


def invitation(
    *,
    uid: str,
    summary: str,
    start: float,
    minutes: int,
    organizer: tuple[str, str],
    attendee: tuple[str, str],
    location: str = "",
    description: str = "",
    method: str = "REQUEST",
    sequence: int = 0,
    stamp: float,
) -> str:
    """A VCALENDAR with one VEVENT. Lines end in LF like the rest of the message; the MIME
    layer turns them into CRLF where the object travels base64-encoded."""
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//jobtracker samplegen//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{_stamp(start)}",
        f"DTEND:{_stamp(start + minutes * 60)}",
        f"DTSTAMP:{_stamp(stamp)}",
        f"ORGANIZER;CN={_escape(organizer[0])}:mailto:{organizer[1]}",
        f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        f"CN={_escape(attendee[0])}:mailto:{attendee[1]}",
        f"SEQUENCE:{sequence}",
        f"STATUS:{status}",
        f"SUMMARY:{_escape(summary)}",
    ]
    if location:
        lines.append(f"LOCATION:{_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_escape(description)}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_fold(line) for line in lines) + "\n"

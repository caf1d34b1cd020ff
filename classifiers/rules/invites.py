"""Interview invitations from calendar parts (text/calendar, .ics).

A cancelled invite (METHOD:CANCEL or STATUS:CANCELLED) still says "this is about an interview",
so the message is classified ``interview``, but it never yields an event time: the tracker must
not schedule an interview that is not happening. Replies (METHOD:REPLY, "Accepted: ...") are
answers to an invite and carry no new time either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from jobtracker.pipeline.contracts import CalendarEvent

_INTERVIEWISH = re.compile(
    r"interview|screen|vorstellungsgespr|bewerbungsgespr|kennenlern|gespräch|entretien|entrevista"
    r"|recruit|hiring|candidat|kandidat|bewerb|onsite|on-site|technical|final round|hiring manager"
    r"|talent|recrut|reclut|seleção|selección|sélection"
    r"|systems? design|pair(?:ing)? (?:session|programming|interview)|whiteboard"
    r"|coding (?:round|session)",
    re.IGNORECASE,
)
# Events that only sound like hiring: a webinar on "what interviewers look for", a podcast
# recording that "interviews" a guest, a talent meetup; and a staff meeting of the employer the
# reader now works for ("Acme Monthly All Hands", "Town Hall Q1", "Sprint Planning").
_PUBLIC_EVENT = re.compile(
    r"webina(?:r|ire)|podcast|recording|\brecord\b|grava[çc][ãa]o|enregistrement|aufzeichnung"
    r"|grabaci[óo]n|meetup|masterclass|workshop|livestream|live stream|\bépisode|\bepisode"
    r"|\bepisódio|\bepisodio|\bép\."
    r"|\ball[- ]hands\b|\btown[- ]?hall\b|\bsprint (?:planning|review)\b"
    # A professional forum or congress with a ticket ("Fórum Mineiro de Gestão de Pessoas"),
    # and a new employee's training ("Treinamento LGPD - novos colaboradores").
    r"|\bf[óo]rum\b|\bcongress(?:o|e)?\b|\bsemin[áa]rio|\bsimp[óo]sio|\bpalestra|\bsummit\b"
    r"|\btreinamento|\bcapacita[çc][ãa]o\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Invite:
    """The calendar invite of a message, reduced to what classification needs."""

    summary: str
    start: datetime | None
    cancelled: bool
    interviewish: bool
    organizer: str = ""
    public: bool = False  # a webinar, a podcast recording: no meeting of a hiring process


def read_invite(events: tuple[CalendarEvent, ...]) -> Invite | None:
    """The invite a message carries: a live one if there is any, else a cancellation."""
    live = [e for e in events if not _is_cancel(e) and e.method.upper() != "REPLY"]
    cancelled = [e for e in events if _is_cancel(e)]
    event = live[0] if live else (cancelled[0] if cancelled else None)
    if event is None:
        return None
    text = f"{event.summary} {event.location}"
    public = bool(_PUBLIC_EVENT.search(event.summary))  # a location may be a "meetup-join" link
    return Invite(
        summary=event.summary.strip(),
        start=None if not live else _utc(event.start),
        cancelled=not live,
        interviewish=bool(_INTERVIEWISH.search(text)) and not public,
        organizer=event.organizer,
        public=public,
    )


def _is_cancel(event: CalendarEvent) -> bool:
    return event.method.upper() == "CANCEL" or event.status.upper() == "CANCELLED"


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)

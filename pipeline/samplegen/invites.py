"""Interview invitations: Google Calendar's own wording and the iCalendar object."""

from __future__ import annotations

from .application import Application
from .dates import clock, long_date, short_date, tz_name
from .draft import Draft
from .ics import invitation
from .senders import Sender
from .timeline import Step
from .world import World


def calendar_text(
    world: World, app: Application, step: Step, ctx: dict[str, str], kind: str, lang: str
) -> tuple[str, list[str]]:
    """Google Calendar's own wording: ``Invitation: ... @ Tue Mar 5, 2024 10am - 11am (CET)``."""
    tz = app.tz(step.event_at)
    prefix = {
        "interview_confirm": "Invitation",
        "interview_reschedule": "Updated invitation",
        "interview_cancel": "Canceled event",
    }[kind]
    title = f"Interview: {ctx['role']} - {ctx['company']}"
    when = f"{short_date(step.event_at, tz, 'en')} {clock(step.event_at, tz, 'en')} ({tz_name(tz)})"
    subject = f"{prefix}: {title} @ {when} ({world.persona.address})"
    at = clock(step.event_at, tz, "en")
    body = [
        f"{title}",
        f"When\n{long_date(step.event_at, tz, 'en')} · {at} ({tz_name(tz)})",
        f"Joining info\n{ctx['meeting']}",
        f"Organizer\n{app.recruiter.full}\n{app.recruiter_addr}",
        "Invitation from Google Calendar\nYou are receiving this email because you are an "
        "attendee on the event.",
    ]
    return subject, body


def attach_invite(
    world: World,
    app: Application,
    step: Step,
    draft: Draft,
    ctx: dict[str, str],
    sender: Sender,
    kind: str,
) -> None:
    rng = world.rng
    if kind == "interview_confirm" and not rng.chance(0.75):
        return
    if not app.interview_uid or (
        kind == "interview_confirm"
        and step.previous_at == 0
        and (app.interview_seq == 0 or rng.chance(0.5))
    ):
        app.interview_uid = f"{rng.hex(26)}@{app.employer.domain}"
        app.interview_seq = 0
    else:
        app.interview_seq += 1
    method = "CANCEL" if kind == "interview_cancel" else "REQUEST"
    draft.calendar = invitation(
        uid=app.interview_uid,
        summary=f"Interview: {ctx['role']} ({world.persona.person.full})",
        start=step.event_at,
        minutes=int(ctx["duration"]),
        organizer=(app.recruiter.full, app.recruiter_addr),
        attendee=(world.persona.person.full, world.persona.address),
        location=ctx["meeting"],
        description=f"{ctx['company']} - {ctx['role']}",
        method=method,
        sequence=app.interview_seq,
        stamp=step.at,
    )
    draft.calendar_method = method

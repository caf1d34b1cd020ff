"""Plan an application's whole timeline the moment it starts.

confirmation → (viewed) → (assessment) → (interview rounds, some rescheduled or cancelled)
→ rejection / offer / silence. Times are seconds since the epoch; people write in office hours.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from ..vocabulary import Category, Source
from .application import Application
from .rand import Rng, Weighted

DAY = 86400.0
HOUR = 3600.0
_ROUNDS = Weighted([(1, 25), (2, 35), (3, 30), (4, 10)])


@dataclass(slots=True)
class Step:
    """One message an application will receive."""

    at: float
    kind: str
    category: Category
    event_at: float = 0.0  # the interview this message is about
    previous_at: float = 0.0  # the time an interview had before it was moved
    round: int = 0


def office_hours(ts: float, tz: int, rng: Rng) -> float:
    """Move ``ts`` into the sender's working day (Mon-Fri, 8:30-18:00 local)."""
    local = time.gmtime(ts + tz * 60)
    hour = local.tm_hour + local.tm_min / 60
    if local.tm_wday < 5 and 8.5 <= hour < 18:
        return ts
    day_start = ts - (local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec)
    wday = local.tm_wday
    if hour >= 18 or wday >= 5:
        day_start += DAY
        wday = (wday + 1) % 7
    while wday >= 5:
        day_start += DAY
        wday = (wday + 1) % 7
    return day_start + rng.uniform(8.5, 17.8) * HOUR


def _lognormal_days(rng: Rng, median: float, low: float, high: float) -> float:
    return min(high, max(low, rng.lognormvariate(0, 0.8) * median)) * DAY


class _Timeline:
    """Steps in order: each one at least 90 seconds after the one before."""

    def __init__(self) -> None:
        self.steps: list[Step] = []

    def __call__(
        self,
        at: float,
        kind: str,
        category: Category,
        *,
        event_at: float = 0.0,
        previous_at: float = 0.0,
        round: int = 0,
    ) -> float:
        if self.steps:
            at = max(at, self.steps[-1].at + 90)
        self.steps.append(
            Step(
                at=at,
                kind=kind,
                category=category,
                event_at=event_at,
                previous_at=previous_at,
                round=round,
            )
        )
        return at


def plan(app: Application, rng: Rng) -> list[Step]:
    add = _Timeline()
    steps = add.steps
    t0 = app.applied_at
    tz = app.tz(t0)

    src = app.source
    if src == Source.LINKEDIN:
        add(t0 + rng.uniform(5, 120), "linkedin_sent", Category.CONFIRMATION)
        if rng.chance(0.3) and app.ats != Source.DIRECT:
            add(t0 + rng.uniform(600, 30 * HOUR), "confirmation", Category.CONFIRMATION)
    elif src == Source.INDEED:
        add(t0 + rng.uniform(5, 120), "indeed_sent", Category.CONFIRMATION)
        if rng.chance(0.3) and app.ats != Source.DIRECT:
            add(t0 + rng.uniform(600, 30 * HOUR), "confirmation", Category.CONFIRMATION)
    elif src in {Source.WELLFOUND, Source.HANDSHAKE}:
        add(t0 + rng.uniform(5, 300), f"{src.value}_sent", Category.CONFIRMATION)
    elif src == Source.AGENCY:
        add(office_hours(t0, tz, rng), "confirmation", Category.CONFIRMATION)
    elif src == Source.DIRECT:
        if rng.chance(0.7):
            add(
                office_hours(t0 + rng.uniform(2 * HOUR, 3 * DAY), tz, rng),
                "confirmation",
                Category.CONFIRMATION,
            )
    elif rng.chance(0.93):
        add(t0 + rng.uniform(20, 1200), "confirmation", Category.CONFIRMATION)
    forwardable = (
        steps and steps[0].kind == "confirmation" and src not in {Source.DIRECT, Source.AGENCY}
    )
    if forwardable and rng.chance(0.05):
        # The confirmation went to an old address; what arrives here is the user's forward.
        steps[0].kind = "forward"
        steps[0].at += rng.uniform(HOUR, 3 * DAY)
        if len(steps) > 1:
            steps[0].at = min(steps[0].at, steps[1].at - 60)
    if src in {Source.LINKEDIN, Source.INDEED} and rng.chance(0.35):
        add(t0 + rng.uniform(DAY, 10 * DAY), f"{src.value}_viewed", Category.VIEWED)

    roll = rng.random()
    if roll < 0.33:
        app.ghosted = True
        return steps
    if roll < 0.67:
        at = office_hours(t0 + _lognormal_days(rng, 9, 0.3, 75), tz, rng)
        kind = "rejection"
        if src == Source.LINKEDIN and rng.chance(0.6):
            kind = "linkedin_update"
        elif src == Source.INDEED and rng.chance(0.5):
            kind = "indeed_update"
        add(at, kind, Category.REJECTION)
        return steps
    cur = t0 + rng.uniform(2, 12) * DAY
    if (app.role.technical and rng.chance(0.6)) or rng.chance(0.15):
        cur = _assessment(add, app, rng, cur, tz)
        after = rng.random()
        if after < 0.3:
            add(
                office_hours(cur + rng.uniform(3, 10) * DAY, tz, rng),
                "rejection",
                Category.REJECTION,
            )
            return steps
        if after < 0.38:
            app.ghosted = True
            return steps
        cur += rng.uniform(3, 9) * DAY
    _interviews(add, app, rng, cur, tz)
    return steps


def _assessment(add: _Timeline, app: Application, rng: Rng, cur: float, tz: int) -> float:
    shape = rng.random()
    kind = "video_interview" if not app.role.technical and rng.chance(0.5) else "assessment_vendor"
    if kind == "video_interview":
        app.assessment_vendor = Source.HIREVUE
    if shape < 0.4:
        cur = add(office_hours(cur, tz, rng), "assessment", Category.ASSESSMENT)
        cur = add(cur + rng.uniform(60, 3 * HOUR), kind, Category.ASSESSMENT)
    elif shape < 0.85:
        cur = add(office_hours(cur, tz, rng), kind, Category.ASSESSMENT)
    else:
        cur = add(office_hours(cur, tz, rng), "assessment", Category.ASSESSMENT)
        kind = "assessment"
    if kind != "assessment" and rng.chance(0.35):
        cur = add(cur + rng.uniform(2, 4) * DAY, "assessment_reminder", Category.ASSESSMENT)
    return cur


def _interviews(add: _Timeline, app: Application, rng: Rng, cur: float, tz: int) -> None:
    rounds = _ROUNDS.draw(rng)
    for number in range(rounds):
        invite = office_hours(cur, tz, rng)
        add(
            invite,
            "interview_invite" if number == 0 else "interview_next",
            Category.INTERVIEW,
            round=number,
        )
        event = office_hours(invite + rng.uniform(3, 9) * DAY, tz, rng)
        event = event - event % 1800  # interviews start on the half hour
        if rng.chance(0.7):
            confirm = min(
                office_hours(invite + rng.uniform(2 * HOUR, 2 * DAY), tz, rng), event - 6 * HOUR
            )
            add(confirm, "interview_confirm", Category.INTERVIEW, event_at=event, round=number)
        move = rng.random()
        if move < 0.12:
            moved = office_hours(event + rng.uniform(1, 5) * DAY, tz, rng)
            moved -= moved % 1800
            add(
                event - rng.uniform(0.5, 2) * DAY,
                "interview_reschedule",
                Category.INTERVIEW,
                event_at=moved,
                previous_at=event,
                round=number,
            )
            event = moved
        elif move < 0.17:
            add(
                event - rng.uniform(0.3, 1.5) * DAY,
                "interview_cancel",
                Category.INTERVIEW,
                event_at=event,
                round=number,
            )
            event = office_hours(event + rng.uniform(2, 6) * DAY, tz, rng)
            event -= event % 1800
            add(
                event - rng.uniform(1, 2) * DAY,
                "interview_confirm",
                Category.INTERVIEW,
                event_at=event,
                round=number,
            )
        last = number == rounds - 1
        outcome = rng.random()
        if not last and outcome < 0.25:
            add(
                office_hours(event + rng.uniform(2, 10) * DAY, tz, rng),
                "rejection_after_interview",
                Category.REJECTION,
            )
            return
        if (not last and outcome < 0.33) or (last and outcome < 0.1):
            app.ghosted = True
            return
        if last:
            if outcome < 0.55:
                offer = add(
                    office_hours(event + rng.uniform(2, 8) * DAY, tz, rng), "offer", Category.OFFER
                )
                if rng.chance(0.6):
                    add(offer + rng.uniform(HOUR, 2 * DAY), "offer_docusign", Category.OFFER)
            else:
                add(
                    office_hours(event + rng.uniform(2, 12) * DAY, tz, rng),
                    "rejection_after_interview",
                    Category.REJECTION,
                )
            return
        cur = event + rng.uniform(1, 7) * DAY

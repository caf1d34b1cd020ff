"""The generator: walks the calendar day by day, merging everyday mail, job noise and the
planned timelines of applications into one chronological stream.

Memory stays flat: a day's worth of mail slots, the timelines of applications still in
flight, and a bounded memory of recent applications for re-applying.
"""

from __future__ import annotations

import heapq
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..vocabulary import Source
from . import appmail, jobmail, lifemail
from .application import Application, new_application
from .draft import Draft
from .employers import Employer
from .rand import Rng, Weighted
from .roles import Role, make_role, other_role
from .timeline import DAY, Step, plan
from .truth import ApplicationTruth, Meta, TruthLabel
from .wire import assemble
from .world import World, make_world

DEFAULT_START = datetime(2024, 1, 8, tzinfo=UTC)
APPLICATION_SHARE = 0.15  # of all mail
JOB_NOISE_SHARE = 0.16  # of the mail that is not application mail
MESSAGES_PER_APPLICATION = 2.8  # measured; keeps APPLICATION_SHARE true
REAPPLY_AFTER = 130 * DAY  # > 120 days: the tracker must see a new application
_HOURS = Weighted(
    [
        (h, w)
        for h, w in enumerate(
            (
                0.3,
                0.2,
                0.2,
                0.2,
                0.3,
                0.6,
                1.2,
                1.6,
                1.6,
                1.4,
                1.3,
                1.3,
                1.2,
                1.2,
                1.2,
                1.2,
                1.2,
                1.1,
                1.0,
                1.0,
                1.0,
                0.9,
                0.7,
                0.5,
            )
        )
    ]
)
_APPLY_HOURS = Weighted(
    [
        (h, w)
        for h, w in enumerate(
            (
                0.2,
                0.1,
                0,
                0,
                0,
                0,
                0.1,
                0.4,
                0.8,
                1,
                1,
                1,
                1.2,
                1.2,
                1,
                1,
                1,
                1,
                1.2,
                1.5,
                1.8,
                1.8,
                1.4,
                0.8,
            )
        )
    ]
)
_INTENSITY = Weighted([(0.7, 2), (0.9, 3), (1.1, 3), (1.3, 2)])
_CODE_VENDORS = frozenset(
    {
        Source.WORKDAY,
        Source.ICIMS,
        Source.SMARTRECRUITERS,
        Source.TALEO,
        Source.ORACLE,
        Source.GREENHOUSE,
    }
)


@dataclass(slots=True)
class Record:
    """One generated message with everything the mbox writer needs."""

    raw: bytes
    label: TruthLabel
    envelope_from: str
    sent_at: float
    finished: list[ApplicationTruth] = field(default_factory=list)


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def application_truth(world: World, app: Application) -> ApplicationTruth:
    return ApplicationTruth(
        application_id=app.app_id,
        user_id=world.user_id,
        company=app.employer.legal,
        role=app.role.title,
        source=app.source.value,
        status=app.status.value if app.status else "applied",
        ghosted=app.ghosted and app.pending == 0,
        applied_at=_iso(app.applied_at),
        last_activity_at=_iso(app.last_at),
        message_count=app.messages,
        job_url=app.job_url,
        requisition_id=app.role.req_id or None,
        language=app.lang,
    )


class _Stream:
    def __init__(self, seed: int, count: int, user_id: str, start: datetime | None) -> None:
        self.rng = Rng(f"jobtracker-samplegen:{seed}:{user_id}")
        self.world = make_world(self.rng, user_id)
        self.count = count
        first_day = start or DEFAULT_START
        if first_day.tzinfo is None:
            first_day = first_day.replace(tzinfo=UTC)  # naive means UTC, never local time
        self.start = first_day.timestamp()
        # Small samples stretch over months so that timelines play out; big ones look like a
        # busy inbox (70 a day) over years.
        self.per_day = min(70.0, max(4.0, count / 300))
        self.heap: list[tuple[float, int, Application, Step | None]] = []
        self.seq = 0
        self.apps = 0
        self.recent: deque[Application] = deque(maxlen=120)
        self.finished: deque[Application] = deque(maxlen=200)
        self.pairs: dict[tuple[str, str], float] = {}
        self.intensity = 1.0
        self.leftover: list[ApplicationTruth] = []

    def run(self) -> Iterator[Record]:
        emitted, day = 0, 0
        rng = self.rng
        while emitted < self.count:
            day_start = self.start + day * DAY
            if day % 30 == 0:
                self.intensity = _INTENSITY.draw(rng)
            weekday = time.gmtime(day_start).tm_wday
            factor = 0.6 if weekday >= 5 else 1.0
            noise = rng.poisson(self.per_day * (1 - APPLICATION_SHARE) * factor)
            slots = sorted(
                day_start + _HOURS.draw(rng) * 3600 + rng.uniform(0, 3600) for _ in range(noise)
            )
            app_rate = self.per_day * APPLICATION_SHARE / MESSAGES_PER_APPLICATION
            for _ in range(rng.poisson(app_rate * self.intensity * (0.5 if weekday >= 5 else 1.1))):
                local = _APPLY_HOURS.draw(rng) * 3600 + rng.uniform(0, 3600)
                self._start(day_start, day_start + local - self.world.persona.tz * 60)
            day_end = day_start + DAY
            for slot in slots:
                while self.heap and self.heap[0][0] <= slot and emitted < self.count:
                    yield self._pop()
                    emitted += 1
                if emitted >= self.count:
                    break
                yield self._noise(slot)
                emitted += 1
            while self.heap and self.heap[0][0] < day_end and emitted < self.count:
                yield self._pop()
                emitted += 1
            day += 1
        self.leftover = self._in_flight()

    def _in_flight(self) -> list[ApplicationTruth]:
        seen: dict[str, Application] = {}
        for _, _, app, _ in self.heap:
            if app.messages and app.app_id not in seen:
                seen[app.app_id] = app
        return [application_truth(self.world, seen[key]) for key in sorted(seen)]

    def _push(self, at: float, app: Application, step: Step | None) -> None:
        self.seq += 1
        heapq.heappush(self.heap, (at, self.seq, app, step))

    def _pick(self, at: float) -> tuple[Application | None, Role, Employer]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.08:
            for old in self.finished:
                if old.applied_at <= at - REAPPLY_AFTER and old.last_at < at - 121 * DAY:
                    self.finished.remove(old)
                    return old, old.role, old.employer
        if roll < 0.12 and self.recent:
            sibling = rng.pick(self.recent)
            if sibling.applied_at > at - 60 * DAY:
                return (
                    None,
                    other_role(rng, sibling.employer.lang, sibling.role.title),
                    sibling.employer,
                )
        employer = rng.pick(self.world.employers)
        return None, make_role(rng, employer.lang), employer

    def _start(self, day_start: float, at: float) -> None:
        rng = self.rng
        at = max(at, day_start)
        previous, role, employer = self._pick(at)
        for _ in range(6):
            key = (employer.legal, role.title.casefold())
            if at - self.pairs.get(key, -1e18) >= REAPPLY_AFTER:
                break
            role = other_role(rng, employer.lang, role.title)
        else:
            return
        self.pairs[key] = at
        self.apps += 1
        if self.apps % 400 == 0:
            self.pairs = {k: v for k, v in self.pairs.items() if v > at - REAPPLY_AFTER}
        app = new_application(
            self.world,
            f"app-{self.apps:06d}",
            employer,
            role,
            at,
            source=previous.source if previous else None,
        )
        steps = plan(app, rng)
        if not steps:
            return
        app.pending = len(steps)
        self.recent.append(app)
        for step in steps:
            self._push(step.at, app, step)
        if app.ats in _CODE_VENDORS and app.source == app.ats and rng.chance(0.25):
            self._push(max(day_start, at - rng.uniform(60, 900)), app, None)

    def _emit(self, draft: Draft, meta: Meta, sent_at: float) -> Record:
        raw, mid = assemble(draft, self.rng, self.world.next_serial())
        label = TruthLabel(
            message_id=mid,
            user_id=self.world.user_id,
            category=meta.category,
            company=meta.company,
            role=meta.role,
            application=meta.application,
            status_after=meta.status_after,
            source=meta.source,
            language=meta.language,
            sent_at=_iso(sent_at),
        )
        return Record(raw=raw, label=label, envelope_from=draft.from_addr, sent_at=sent_at)

    def _pop(self) -> Record:
        at, _, app, step = heapq.heappop(self.heap)
        if step is None:
            draft, meta = jobmail.render(self.world, at, "other_code", app)
            return self._emit(draft, meta, at)
        draft, meta = appmail.render(self.world, app, step)
        record = self._emit(draft, meta, at)
        appmail.register_sent(app, record.label.message_id)
        app.messages += 1
        app.last_at = at
        app.pending -= 1
        if app.pending == 0:
            record.finished.append(application_truth(self.world, app))
            self.finished.append(app)
        return record

    def _noise(self, at: float) -> Record:
        if self.rng.chance(JOB_NOISE_SHARE):
            draft, meta = jobmail.render(self.world, at, jobmail.KINDS.draw(self.rng))
        else:
            draft, meta = lifemail.render(self.world, at)
        return self._emit(draft, meta, at)


def records(
    *, seed: int, count: int, user_id: str = "me", start: datetime | None = None
) -> Iterator[Record]:
    """Messages with envelope data; the last one carries the applications still in flight."""
    stream = _Stream(seed, count, user_id, start)
    last: Record | None = None
    for record in stream.run():
        if last is not None:
            yield last
        last = record
    if last is not None:
        last.finished.extend(stream.leftover)
        yield last


def generate_messages(
    *, seed: int, count: int, user_id: str = "me", start: datetime | None = None
) -> Iterator[tuple[bytes, TruthLabel]]:
    """``count`` raw RFC 5322 messages (LF line endings) with their truth, oldest first."""
    for record in records(seed=seed, count=count, user_id=user_id, start=start):
        yield record.raw, record.label

"""When an application was active, and since when it is closed: what the matcher weighs time by."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from jobtracker.correlator.state import Application
from jobtracker.correlator.status import UNDATED, fold_status, utc
from jobtracker.pipeline.vocabulary import FINAL_STATUSES


def distance(app: Application, at: datetime | None) -> float:
    """Seconds between ``at`` and the application's active period (0 inside it)."""
    end = app.last_activity_at
    start = app.applied_at or end
    if at is None or start is None or end is None:
        return 0.0
    start, end = utc(start), utc(end)
    if at < start:
        return (start - at).total_seconds()
    return max((at - end).total_seconds(), 0.0)


def nearest(apps: Sequence[Application], at: datetime | None) -> Application:
    """The application active closest to ``at``; the most recent one on a tie."""

    def recency(app: Application) -> float:
        return utc(app.last_activity_at).timestamp() if app.last_activity_at else 0.0

    return min(apps, key=lambda a: (distance(a, at), -recency(a)))


def final_since(app: Application) -> datetime | None:
    """When the application reached the final status it is in; None while it is open."""
    if app.status not in FINAL_STATUSES:  # the fold's answer, kept: no need to refold
        return None
    _, since = fold_status(app)
    return None if since == UNDATED else since


def final_before(app: Application, at: datetime) -> bool:
    """Whether the application was closed (rejected, accepted, ...) before ``at``."""
    since = final_since(app)
    return since is not None and since < at

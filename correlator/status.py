"""The status state machine (DESIGN.md section 4).

Mail moves an application forward only: interested < applied < assessment < interviewing <
offer. A rejection or an offer may move it from anywhere (an offer can be rescinded, a
rejection can be followed by an offer for the same role). Accepted, declined and withdrawn are
the candidate's own decisions: mail never moves an application out of them; withdrawing while
an offer stands is declining it. A human correction moves it anywhere, at the time it was
made; later mail moves on from there.

Mail arrives out of order, so the status is never updated in place: it is a fold over the
linked messages sorted by ``sent_at``, recomputed whenever a message is linked (applications
have few messages). ``ghosted`` is never stored; :func:`effective_status` derives it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from operator import itemgetter

from jobtracker.correlator.state import Application, LinkedMessage
from jobtracker.pipeline.vocabulary import (
    FINAL_STATUSES,
    STATUS_FOR_CATEGORY,
    ApplicationStatus,
    Category,
)

S = ApplicationStatus
_FORWARD = {S.INTERESTED: 0, S.APPLIED: 1, S.ASSESSMENT: 2, S.INTERVIEWING: 3, S.OFFER: 4}
_JUMPS = frozenset({S.REJECTED, S.OFFER, S.ACCEPTED, S.DECLINED, S.WITHDRAWN})
_CANDIDATE_DECISIONS = frozenset({S.ACCEPTED, S.DECLINED, S.WITHDRAWN})
_WAITING = frozenset({S.APPLIED, S.ASSESSMENT, S.INTERVIEWING})
UNDATED = datetime.max.replace(tzinfo=UTC)
"""Where undated messages sort: after every dated one."""


def implied_status(
    category: Category, status: ApplicationStatus | None
) -> ApplicationStatus | None:
    """The status one message implies: the classifier's answer, else its category's."""
    if status is not None and status is not S.GHOSTED:
        return status
    return STATUS_FOR_CATEGORY.get(category)


def utc(moment: datetime) -> datetime:
    """Treat a naive datetime as UTC, so naive and aware times can be compared."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


# The members mail_step compares with, as module names: it runs for every message at every
# fold, and an enum member looked up on its class costs a Python call.
_GHOSTED, _REJECTED, _ON_HOLD, _OFFER = S.GHOSTED, S.REJECTED, S.ON_HOLD, S.OFFER
_WITHDRAWN, _DECLINED = S.WITHDRAWN, S.DECLINED
_ASSESSMENT_STEP = _FORWARD[S.ASSESSMENT]


def mail_step(current: ApplicationStatus | None, incoming: ApplicationStatus | None) -> S | None:
    """The status after one message implying ``incoming`` arrives at ``current``."""
    if incoming is None or incoming is _GHOSTED:
        return current
    if current is None:
        return incoming
    if current in _CANDIDATE_DECISIONS:
        return current
    if incoming is _WITHDRAWN and current is _OFFER:
        return _DECLINED  # stepping back from an offer is declining it
    if incoming in _JUMPS:
        return incoming
    if current is _REJECTED:
        return current
    if incoming is _ON_HOLD:
        return current if current is _OFFER else incoming
    if current is _ON_HOLD:
        return incoming if _FORWARD[incoming] >= _ASSESSMENT_STEP else current
    return incoming if _FORWARD[incoming] > _FORWARD[current] else current


# One step of the fold: when, the status it implies, and whether a human gave it. A plain
# tuple: the fold runs at every link and for every candidate of a new confirmation.
_Step = tuple[datetime, ApplicationStatus | None, bool]
_AT = itemgetter(0)


def chronological(messages: Iterable[LinkedMessage]) -> list[LinkedMessage]:
    """Messages by ``sent_at``; undated ones last, in the order they were linked."""
    return sorted(messages, key=lambda m: utc(m.sent_at) if m.sent_at else UNDATED)


def _steps(app: Application) -> list[_Step]:
    steps = [(utc(m.sent_at) if m.sent_at else UNDATED, m.status, False) for m in app.messages]
    if app.status_correction is not None:
        at = utc(app.status_corrected_at) if app.status_corrected_at else UNDATED
        steps.append((at, app.status_correction, True))
    steps.sort(key=_AT)  # stable: a correction made at a message's time comes after it
    return steps


def fold_status(app: Application) -> tuple[ApplicationStatus, datetime | None]:
    """The application's status from its messages and correction, and since when it is final
    (None when it is not final)."""
    status: ApplicationStatus | None = None
    final_since: datetime | None = None
    for at, incoming, human in _steps(app):
        after = incoming if human else mail_step(status, incoming)
        if after in FINAL_STATUSES and (status not in FINAL_STATUSES or after != status):
            final_since = at
        elif after not in FINAL_STATUSES:
            final_since = None
        status = after
    return status or S.APPLIED, final_since


def correct_status(app: Application, status: ApplicationStatus, at: datetime) -> S:
    """Record a human's status answer and refold; returns the status it replaced."""
    before = app.status
    app.status_correction, app.status_corrected_at = status, at
    app.status, _ = fold_status(app)
    return before


def effective_status(
    app: Application, *, now: datetime, ghosted_after_days: int = 30
) -> ApplicationStatus:
    """The status to show: ``ghosted`` when a waiting application heard nothing for N days."""
    last = app.last_activity_at
    silent = last is not None and utc(now) - utc(last) > timedelta(days=ghosted_after_days)
    return S.GHOSTED if app.status in _WAITING and silent else app.status

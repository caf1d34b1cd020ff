"""Linking a message to an application: what it fills in, and the events that records."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from jobtracker.correlator.facts import MessageFacts, starts_application
from jobtracker.correlator.names import (
    better_display_name,
    company_key,
    initialled_spellings,
    squeeze,
)
from jobtracker.correlator.roles import fuller_title
from jobtracker.correlator.state import Application, LinkedMessage, stable_id
from jobtracker.correlator.status import fold_status
from jobtracker.pipeline.contracts import MessageKey, TrackerEvent
from jobtracker.pipeline.subjects import topic
from jobtracker.pipeline.vocabulary import Category, EventKind, Source

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # an undated message's events, deterministically
# Enum members give their text as ``_value_`` here: the ``value`` property is a Python call,
# and a link reads several.
_TOOLS = frozenset(
    {Source.HACKERRANK, Source.CODILITY, Source.CODESIGNAL, Source.HIREVUE, Source.DOCUSIGN}
)


# How much a source says about where an application came from: an ATS or a job board the
# most (the default), an assessment vendor little (it is not where anyone applies). A table,
# as it is consulted twice for every linked message.
_ATS_OR_BOARD = 4
_SOURCE_RANK: dict[Source | None, int] = {
    None: 0,
    Source.OTHER: 1,
    **dict.fromkeys(_TOOLS, 2),
    Source.DIRECT: 3,
    Source.AGENCY: 3,
}


def _source_rank(source: Source | None) -> int:
    return _SOURCE_RANK.get(source, _ATS_OR_BOARD)


def better_source(current: Source | None, incoming: Source | None) -> Source | None:
    return incoming if _source_rank(incoming) > _source_rank(current) else current


def new_application(facts: MessageFacts) -> Application:
    """An empty application whose id the first message decides (same mail, same id)."""
    key = facts.key
    return Application(
        application_id=stable_id(key.user_id, key.provider, key.provider_message_id),
        user_id=key.user_id,
        company=facts.company or "",
        company_key=facts.company_key or "",
    )


_MAX_LEADING_WORDS = 3


_GROUP_LEADS = frozenset({"grupo", "gruppe", "groupe", "gruppo", "grupa", "groep", "group"})
_MIN_BRAND = 4


def _bare_brand(have: str, mine: str) -> bool:
    """Whether key ``mine`` is the brand a group's registered name ``have`` wraps with its
    trade: its own recruiters sign "Acme" for an ATS's "Grupo Acme Construções". A group that
    goes by "Grupo Acme" itself keeps that name."""
    head, _, rest = have.partition(" ")
    return head in _GROUP_LEADS and len(mine) >= _MIN_BRAND and rest.startswith(mine + " ")


def _own_form(current: str, own: str) -> bool:
    """Whether the employer's own mail writes the application's name as the employer goes by
    it: short by its initials ("CHU Alpes-Isère" for a board's "Centre hospitalier
    universitaire Alpes-Isère"), or in full before the words a board kept ("Caisse fédérale du
    Crédit Solidaire Alpes-Jura" for "Crédit Solidaire Alpes-Jura")."""
    words = own.split()
    bare = not any(word.casefold() in _GROUP_LEADS for word in words)  # not "Acme Group"
    if current and bare and _bare_brand(company_key(current), company_key(own)):
        return True
    if not current or len(words) < 2:
        return False
    have, mine = company_key(current), company_key(own)
    extra = len(mine.split()) - len(have.split())
    if len(have.split()) >= 2 and 0 < extra <= _MAX_LEADING_WORDS and mine.endswith(" " + have):
        return True
    if not words[0].isupper():
        return False  # "HMP", "Hmaravilha": a domain's spelling, not the name the mail writes
    return extra < 0 and squeeze(mine) in initialled_spellings(have)


def _fill(app: Application, facts: MessageFacts) -> None:
    if facts.role and (not app.role or fuller_title(app.role, facts.role)):
        app.role, app.role_key = facts.role, facts.role_key
    if facts.company and facts.source is Source.DIRECT and _own_form(app.company, facts.company):
        # "CHU Alpes-Isère" signing for a board's "Centre hospitalier universitaire ..."
        app.company = facts.company
    elif facts.company:
        app.company = better_display_name(app.company, facts.company)
    app.source = better_source(app.source, facts.source)
    if facts.job is not None and app.job_key is None:
        app.job_key, app.job_url = facts.job.key, facts.job_url
    elif facts.job_url and not app.job_url:
        app.job_url = facts.job_url
    if facts.requisition_id and not app.requisition_id:
        app.requisition_id = facts.requisition_id
    if facts.thread_id:
        app.thread_ids.add(facts.thread_id)
    dated = [(m.sent_at, m) for m in app.messages if m.sent_at is not None]
    confirmation = Category.CONFIRMATION  # looked up once, not per message
    # the acknowledgement of the application, not a later "on hold" or "withdrawn" notice
    confirmed = [
        at
        for at, m in dated
        if m.category is confirmation and starts_application(m.category, m.status)
    ]
    app.applied_at = min(confirmed or [at for at, _ in dated], default=None)
    app.last_activity_at = max((at for at, _ in dated), default=None)


def _snapshot(app: Application) -> dict[str, Any]:
    return {
        "company": app.company,
        "role": app.role,
        "status": app.status._value_,
        "source": app.source._value_ if app.source else None,
        "job_url": app.job_url,
        "requisition_id": app.requisition_id,
    }


def _event(
    app: Application,
    key: MessageKey,
    kind: EventKind,
    at: datetime,
    before: dict[str, Any],
    after: dict[str, Any],
) -> TrackerEvent:
    return TrackerEvent(
        event_id=stable_id(
            app.application_id, key.user_id, key.provider, key.provider_message_id, kind._value_
        ),
        user_id=app.user_id,
        application_id=app.application_id,
        kind=kind,
        at=at,
        message_key=key,
        before=before,
        after=after,
    )


def link(
    app: Application, facts: MessageFacts, *, confidence: float, rule: str, created: bool
) -> list[TrackerEvent]:
    """Link one message to ``app``, refold its status, and say what changed."""
    status_before = app.status
    app.messages.append(
        LinkedMessage(
            key=facts.key,
            sent_at=facts.sent_at,
            category=facts.category,
            status=facts.status,
            thread_id=facts.thread_id,
            rfc_message_id=facts.rfc_message_id,
            confidence=confidence,
            sender=facts.sender,
            sender_name=facts.sender_name,
            reply_to=facts.reply_to,
            topic=topic(facts.subject),
        )
    )
    _fill(app, facts)
    app.status, _ = fold_status(app)
    at = facts.sent_at or app.last_activity_at or _EPOCH
    events: list[TrackerEvent] = []
    if created:
        events.append(_event(app, facts.key, EventKind.CREATED, at, {}, _snapshot(app)))
    linked = {"category": facts.category._value_, "confidence": confidence, "rule": rule}
    events.append(_event(app, facts.key, EventKind.MESSAGE_LINKED, at, {}, linked))
    if not created and app.status != status_before:
        before, after = {"status": status_before._value_}, {"status": app.status._value_}
        events.append(_event(app, facts.key, EventKind.STATUS_CHANGED, at, before, after))
    return events

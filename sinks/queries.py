"""The read side of the store: every query is scoped to one user."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
import sqlalchemy as sa

from jobtracker.sinks import schema as s
from jobtracker.sinks.store import Store

EPOCH = datetime(1970, 1, 1)


@dataclass(kw_only=True, slots=True, frozen=True)
class ApplicationFilter:
    status: str | None = None
    company: str | None = None
    source: str | None = None
    text: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def _encode_cursor(at: datetime | None, app_id: str) -> str:
    raw = orjson.dumps([(at or EPOCH).isoformat(), app_id])
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    """Raises ValueError for a cursor this API did not hand out."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        at, app_id = orjson.loads(base64.urlsafe_b64decode(padded))
        return datetime.fromisoformat(at), str(app_id)
    except Exception as exc:
        raise ValueError("malformed cursor") from exc


def _dicts(result: sa.CursorResult[Any]) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in result]


def sync_state(store: Store, mailbox_id: str) -> dict[str, Any] | None:
    with store.engine.connect() as conn:
        row = conn.execute(
            sa.select(s.sync_state).where(s.sync_state.c.mailbox_id == mailbox_id)
        ).first()
    return dict(row._mapping) if row else None


def has_messages(store: Store, user_id: str) -> bool:
    """Whether any message of the user is stored (an import into nothing need not look up)."""
    with store.engine.connect() as conn:
        query = sa.select(s.messages.c.message_uid).where(s.messages.c.user_id == user_id)
        return conn.execute(query.limit(1)).first() is not None


def list_applications(
    store: Store,
    user_id: str,
    flt: ApplicationFilter,
    *,
    limit: int = 50,
    cursor: str | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    a = s.applications
    activity = sa.func.coalesce(a.c.last_activity_at, sa.literal(EPOCH))
    q = sa.select(a).where(a.c.user_id == user_id)
    if flt.status:
        q = q.where(a.c.status == flt.status)
    if flt.source:
        q = q.where(a.c.source == flt.source)
    if flt.company:
        q = q.where(sa.func.lower(a.c.company).contains(flt.company.lower()))
    if flt.text:
        needle = flt.text.lower()
        q = q.where(
            sa.or_(
                sa.func.lower(a.c.company).contains(needle),
                sa.func.lower(sa.func.coalesce(a.c.role, "")).contains(needle),
            )
        )
    if flt.since:
        q = q.where(a.c.last_activity_at >= flt.since)
    if flt.until:
        q = q.where(a.c.applied_at <= flt.until)
    if cursor:
        at, app_id = decode_cursor(cursor)
        q = q.where(sa.tuple_(activity, a.c.application_id) < sa.tuple_(sa.literal(at), app_id))
    q = q.order_by(activity.desc(), a.c.application_id.desc()).limit(limit + 1)
    with store.engine.connect() as conn:
        found = _dicts(conn.execute(q))
    next_cursor = None
    if len(found) > limit:
        found = found[:limit]
        last = found[-1]
        next_cursor = _encode_cursor(last["last_activity_at"], last["application_id"])
    return found, next_cursor


def get_application(store: Store, user_id: str, application_id: str) -> dict[str, Any] | None:
    a, e, m = s.applications, s.application_events, s.messages
    with store.engine.connect() as conn:
        row = conn.execute(
            sa.select(a).where(a.c.user_id == user_id, a.c.application_id == application_id)
        ).first()
        if row is None:
            return None
        timeline = _dicts(
            conn.execute(
                sa.select(
                    e.c.event_id,
                    e.c.kind,
                    e.c.event_at,
                    e.c.message_uid,
                    e.c.before_state,
                    e.c.after_state,
                    m.c.subject,
                    m.c.from_address,
                )
                .select_from(e.outerjoin(m, m.c.message_uid == e.c.message_uid))
                .where(e.c.user_id == user_id, e.c.application_id == application_id)
                .order_by(e.c.event_at, e.c.kind, e.c.event_id)
            )
        )
    app = dict(row._mapping)
    for event in timeline:
        event["before"] = orjson.loads(event.pop("before_state") or "{}")
        event["after"] = orjson.loads(event.pop("after_state") or "{}")
    app["timeline"] = timeline
    return app


def get_message(store: Store, user_id: str, message_uid: str) -> dict[str, Any] | None:
    m, c = s.messages, s.classifications
    cols = [col for col in c.columns if col.name not in ("message_uid", "user_id")]
    with store.engine.connect() as conn:
        row = conn.execute(
            sa.select(m, *cols)
            .select_from(m.outerjoin(c, c.c.message_uid == m.c.message_uid))
            .where(m.c.user_id == user_id, m.c.message_uid == message_uid)
        ).first()
    if row is None:
        return None
    found = dict(row._mapping)
    for key in ("links", "calendar", "evidence", "versions"):
        found[key] = orjson.loads(found[key]) if found.get(key) else None
    return found


def list_review(
    store: Store, user_id: str, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    r, m, c = s.review_items, s.messages, s.classifications
    with store.engine.connect() as conn:
        return _dicts(
            conn.execute(
                sa.select(
                    r,
                    m.c.subject,
                    m.c.from_address,
                    m.c.sent_at,
                    c.c.category,
                    c.c.company,
                    c.c.role,
                )
                .select_from(
                    r.join(m, m.c.message_uid == r.c.message_uid).outerjoin(
                        c, c.c.message_uid == r.c.message_uid
                    )
                )
                .where(r.c.user_id == user_id, r.c.resolved_at.is_(None))
                .order_by(r.c.confidence, r.c.review_id)
                .limit(limit)
                .offset(offset)
            )
        )


def linked_messages(store: Store, user_id: str) -> Iterator[dict[str, Any]]:
    """Every message linked to an application, for warming the correlator."""
    m, c = s.messages, s.classifications
    with store.engine.connect() as conn:
        yield from _dicts(
            conn.execute(
                sa.select(
                    c.c.application_id,
                    m.c.user_id,
                    m.c.provider,
                    m.c.provider_message_id,
                    m.c.rfc_message_id,
                    m.c.from_address,
                    m.c.from_name,
                    m.c.reply_to,
                    m.c.subject,
                    m.c.sent_at,
                    m.c.thread_id,
                    c.c.category,
                    c.c.status,
                    c.c.link_confidence,
                )
                .select_from(m.join(c, c.c.message_uid == m.c.message_uid))
                .where(m.c.user_id == user_id, c.c.application_id.is_not(None))
                .order_by(m.c.sent_at)
            )
        )


def user_applications(store: Store, user_id: str) -> list[dict[str, Any]]:
    a = s.applications
    with store.engine.connect() as conn:
        return _dicts(conn.execute(sa.select(a).where(a.c.user_id == user_id)))


def list_dlq(store: Store, user_id: str, *, limit: int = 100) -> list[dict[str, Any]]:
    d = s.dlq
    cols = [col for col in d.columns if col.name != "raw"]
    with store.engine.connect() as conn:
        return _dicts(
            conn.execute(
                sa.select(*cols)
                .where(d.c.user_id == user_id)
                .order_by(d.c.failed_at.desc())
                .limit(limit)
            )
        )

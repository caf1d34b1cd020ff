"""Turning contracts and correlator state into store rows, and back (the roof's glue)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson

from jobtracker.correlator.facts import message_status
from jobtracker.correlator.state import Application, LinkedMessage, stable_id
from jobtracker.pipeline.contracts import (
    ClassifiedMessage,
    DeadLetter,
    MessageKey,
    NormalizedMessage,
    RawMail,
    TrackerEvent,
)
from jobtracker.pipeline.subjects import topic
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category, Source
from jobtracker.sinks import schema

MAX_STORED_TEXT = 100_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NAIVE_EPOCH = datetime(1970, 1, 1)


def naive_utc(value: datetime | None) -> datetime | None:
    """The store keeps naive UTC timestamps (see sinks/schema.py)."""
    if value is None or value.tzinfo is None:
        return value
    if value.tzinfo is UTC:
        # Nearly every time. The same instant counted from a naive epoch: several times
        # cheaper than replace(tzinfo=None), which this runs for every stored message.
        return _NAIVE_EPOCH + (value - _EPOCH)
    return value.astimezone(UTC).replace(tzinfo=None)


def aware_utc(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def message_uid(key: MessageKey) -> str:
    return stable_id(key.user_id, key.provider, key.provider_message_id)


def uid_of(msg: NormalizedMessage | RawMail) -> str:
    """``message_uid(msg.key)``, without building the key (a pydantic model) first."""
    return stable_id(msg.user_id, msg.provider, msg.provider_message_id)


def _json(value: Any) -> str:
    text: str = orjson.dumps(value, default=str).decode()
    return text


_EMPTY_LIST = _json([])


# Each table's rows are built as tuples in its column order (see ``sinks.store.RowBlock``);
# the ``*_row`` functions give the same rows as dicts. Enum members give their text as
# ``_value_``: the ``value`` property costs a Python call, and these run for every message.
MESSAGE_COLUMNS = tuple(c.name for c in schema.messages.columns)
CLASSIFICATION_COLUMNS = tuple(c.name for c in schema.classifications.columns)
APPLICATION_COLUMNS = tuple(c.name for c in schema.applications.columns)
EVENT_COLUMNS = tuple(c.name for c in schema.application_events.columns)
REVIEW_COLUMNS = tuple(c.name for c in schema.review_items.columns)


def message_values(
    msg: NormalizedMessage, stored_at: datetime, *, keep_text: bool = True, uid: str | None = None
) -> tuple[Any, ...]:
    """The stored message. ``keep_text=False`` (mail that is not about jobs) keeps its
    envelope but not its body: the tracker never needs it, and it is the user's private mail.
    ``uid`` is the message's uid when the caller has it already.
    """
    sender = msg.from_
    links, calendar = msg.links, msg.calendar_events
    return (
        uid or uid_of(msg),
        msg.user_id,
        msg.provider,
        msg.provider_message_id,
        msg.mailbox_id,
        msg.rfc_message_id,
        msg.thread_id,
        sender.name,
        sender.address,
        sender.domain,
        msg.subject,
        naive_utc(msg.sent_at),
        msg.language,
        msg.body_hash,
        msg.size,
        msg.text[:MAX_STORED_TEXT] if keep_text else None,
        # most mail has neither: skip building and encoding an empty list
        _json([{"url": link.url, "text": link.text} for link in links]) if links else _EMPTY_LIST,
        _json([e.model_dump(mode="json") for e in calendar]) if calendar else _EMPTY_LIST,
        stored_at,
        _json([a.address.lower() for a in msg.reply_to if a.address]) if msg.reply_to else None,
    )


def message_row(
    msg: NormalizedMessage, stored_at: datetime, *, keep_text: bool = True, uid: str | None = None
) -> dict[str, Any]:
    """:func:`message_values` as a dict."""
    values = message_values(msg, stored_at, keep_text=keep_text, uid=uid)
    return dict(zip(MESSAGE_COLUMNS, values, strict=True))


def classification_values(
    item: ClassifiedMessage,
    application_id: str | None,
    link_confidence: float | None,
    *,
    application: Application | None = None,
    uid: str | None = None,
) -> tuple[Any, ...]:
    """The classification as stored and exported. A message linked to an application reports
    the application's employer name, so all of its mail names one employer, in the fullest
    spelling any of it used (a rejection that says only "your application" included)."""
    c = item.classification
    company = (application.company if application is not None else None) or c.company
    role = (application.role if application is not None else None) or c.role
    return (
        uid or uid_of(item.message),
        item.message.user_id,
        c.category._value_,
        company,
        role,
        c.status._value_ if c.status else None,
        c.source._value_ if c.source else None,
        c.job_url,
        c.requisition_id,
        naive_utc(c.event_time),
        c.confidence,
        _json(c.evidence) if c.evidence else _EMPTY_LIST,  # a tuple: a JSON list
        c.decided_by._value_,
        _json(c.versions),
        application_id,
        link_confidence,
    )


def classification_row(
    item: ClassifiedMessage,
    application_id: str | None,
    link_confidence: float | None,
    *,
    application: Application | None = None,
    uid: str | None = None,
) -> dict[str, Any]:
    """:func:`classification_values` as a dict."""
    values = classification_values(
        item, application_id, link_confidence, application=application, uid=uid
    )
    return dict(zip(CLASSIFICATION_COLUMNS, values, strict=True))


def application_values(app: Application, updated_at: datetime) -> tuple[Any, ...]:
    return (
        app.application_id,
        app.user_id,
        app.company,
        app.company_key,
        app.role,
        app.status._value_,
        app.source._value_ if app.source else None,
        app.job_url,
        app.requisition_id,
        naive_utc(app.applied_at),
        naive_utc(app.last_activity_at),
        app.message_count,
        updated_at,
    )


def application_row(app: Application, updated_at: datetime) -> dict[str, Any]:
    return dict(zip(APPLICATION_COLUMNS, application_values(app, updated_at), strict=True))


def event_values(event: TrackerEvent) -> tuple[Any, ...]:
    return (
        event.event_id,
        event.user_id,
        event.application_id,
        event.kind._value_,
        naive_utc(event.at),
        message_uid(event.message_key) if event.message_key else None,
        _json(event.before),
        _json(event.after),
    )


def event_row(event: TrackerEvent) -> dict[str, Any]:
    return dict(zip(EVENT_COLUMNS, event_values(event), strict=True))


def review_values(
    item: ClassifiedMessage,
    application_id: str | None,
    reason: str,
    confidence: float,
    created_at: datetime,
    *,
    uid: str | None = None,
) -> tuple[Any, ...]:
    uid = uid or uid_of(item.message)
    return (
        stable_id(uid, "review"),
        item.message.user_id,
        uid,
        application_id,
        reason,
        confidence,
        created_at,
        None,
    )


def review_row(
    item: ClassifiedMessage,
    application_id: str | None,
    reason: str,
    confidence: float,
    created_at: datetime,
    *,
    uid: str | None = None,
) -> dict[str, Any]:
    values = review_values(item, application_id, reason, confidence, created_at, uid=uid)
    return dict(zip(REVIEW_COLUMNS, values, strict=True))


def dlq_row(letter: DeadLetter, mailbox_id: str | None) -> dict[str, Any]:
    return {
        "dlq_id": stable_id(letter.user_id, letter.provider, letter.provider_message_id),
        "user_id": letter.user_id,
        "provider": letter.provider,
        "provider_message_id": letter.provider_message_id,
        "mailbox_id": mailbox_id,
        "stage": letter.stage,
        "error": letter.error,
        "attempts": letter.attempts,
        "locator": letter.locator,
        "raw": letter.raw,
        "failed_at": naive_utc(letter.failed_at),
        "replayed_at": None,
    }


def application_from_rows(app: dict[str, Any], linked: list[dict[str, Any]]) -> Application:
    """Rebuild correlator state from the store, to warm a user's index."""
    messages = [
        LinkedMessage(
            key=MessageKey(
                user_id=row["user_id"],
                provider=row["provider"],
                provider_message_id=row["provider_message_id"],
            ),
            sent_at=aware_utc(row["sent_at"]),
            category=Category(row["category"]),
            status=message_status(
                Category(row["category"]),
                ApplicationStatus(row["status"]) if row["status"] else None,
                row.get("subject") or "",
                (row["from_address"] or "").lower() or None,
            ),
            thread_id=row["thread_id"],
            rfc_message_id=row["rfc_message_id"],
            sender=(row["from_address"] or "").lower() or None,
            reply_to=tuple(orjson.loads(row["reply_to"])) if row.get("reply_to") else (),
            sender_name=row.get("from_name") or "",
            topic=topic(row.get("subject") or ""),
            confidence=row["link_confidence"] if row["link_confidence"] is not None else 1.0,
        )
        for row in linked
    ]
    return Application(
        application_id=app["application_id"],
        user_id=app["user_id"],
        company=app["company"],
        company_key=app["company_key"],
        role=app["role"],
        role_key="",
        status=ApplicationStatus(app["status"]),
        source=Source(app["source"]) if app["source"] else None,
        job_url=app["job_url"],
        requisition_id=app["requisition_id"],
        applied_at=aware_utc(app["applied_at"]),
        last_activity_at=aware_utc(app["last_activity_at"]),
        thread_ids={m.thread_id for m in messages if m.thread_id},
        messages=messages,
    )

"""Turning contracts and correlator state into store rows, and back (the roof's glue)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson

from jobtracker.correlator.state import Application, LinkedMessage, stable_id
from jobtracker.pipeline.contracts import (
    ClassifiedMessage,
    DeadLetter,
    MessageKey,
    NormalizedMessage,
    TrackerEvent,
)
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category, Source

MAX_STORED_TEXT = 100_000


def naive_utc(value: datetime | None) -> datetime | None:
    """The store keeps naive UTC timestamps (see sinks/schema.py)."""
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def aware_utc(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def message_uid(key: MessageKey) -> str:
    return stable_id(key.user_id, key.provider, key.provider_message_id)


def _json(value: Any) -> str:
    text: str = orjson.dumps(value, default=str).decode()
    return text


def message_row(
    msg: NormalizedMessage, stored_at: datetime, *, keep_text: bool = True
) -> dict[str, Any]:
    """The stored message. ``keep_text=False`` (mail that is not about jobs) keeps its
    envelope but not its body: the tracker never needs it, and it is the user's private mail.
    """
    return {
        "message_uid": message_uid(msg.key),
        "user_id": msg.user_id,
        "provider": msg.provider,
        "provider_message_id": msg.provider_message_id,
        "mailbox_id": msg.mailbox_id,
        "rfc_message_id": msg.rfc_message_id,
        "thread_id": msg.thread_id,
        "from_name": msg.from_.name,
        "from_address": msg.from_.address,
        "from_domain": msg.from_.domain,
        "subject": msg.subject,
        "sent_at": naive_utc(msg.sent_at),
        "language": msg.language,
        "body_hash": msg.body_hash,
        "size": msg.size,
        "text": msg.text[:MAX_STORED_TEXT] if keep_text else None,
        "links": _json([{"url": link.url, "text": link.text} for link in msg.links]),
        "calendar": _json([e.model_dump(mode="json") for e in msg.calendar_events]),
        "stored_at": stored_at,
    }


def classification_row(
    item: ClassifiedMessage,
    application_id: str | None,
    link_confidence: float | None,
    *,
    application: Application | None = None,
) -> dict[str, Any]:
    """The classification as stored and exported. A message linked to an application reports
    the application's employer name, so all of its mail names one employer, in the fullest
    spelling any of it used (a rejection that says only "your application" included)."""
    c = item.classification
    company = (application.company if application is not None else None) or c.company
    role = (application.role if application is not None else None) or c.role
    return {
        "message_uid": message_uid(item.key),
        "user_id": item.message.user_id,
        "category": c.category.value,
        "company": company,
        "role": role,
        "status": c.status.value if c.status else None,
        "source": c.source.value if c.source else None,
        "job_url": c.job_url,
        "requisition_id": c.requisition_id,
        "event_time": naive_utc(c.event_time),
        "confidence": c.confidence,
        "evidence": _json(list(c.evidence)),
        "decided_by": c.decided_by.value,
        "versions": _json(c.versions),
        "application_id": application_id,
        "link_confidence": link_confidence,
    }


def application_row(app: Application, updated_at: datetime) -> dict[str, Any]:
    return {
        "application_id": app.application_id,
        "user_id": app.user_id,
        "company": app.company,
        "company_key": app.company_key,
        "role": app.role,
        "status": app.status.value,
        "source": app.source.value if app.source else None,
        "job_url": app.job_url,
        "requisition_id": app.requisition_id,
        "applied_at": naive_utc(app.applied_at),
        "last_activity_at": naive_utc(app.last_activity_at),
        "message_count": app.message_count,
        "updated_at": updated_at,
    }


def event_row(event: TrackerEvent) -> dict[str, Any]:
    return {
        "event_id": event.event_id,
        "user_id": event.user_id,
        "application_id": event.application_id,
        "kind": event.kind.value,
        "event_at": naive_utc(event.at),
        "message_uid": message_uid(event.message_key) if event.message_key else None,
        "before_state": _json(event.before),
        "after_state": _json(event.after),
    }


def review_row(
    item: ClassifiedMessage,
    application_id: str | None,
    reason: str,
    confidence: float,
    created_at: datetime,
) -> dict[str, Any]:
    uid = message_uid(item.key)
    return {
        "review_id": stable_id(uid, "review"),
        "user_id": item.message.user_id,
        "message_uid": uid,
        "application_id": application_id,
        "reason": reason,
        "confidence": confidence,
        "created_at": created_at,
        "resolved_at": None,
    }


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
            status=ApplicationStatus(row["status"]) if row["status"] else None,
            thread_id=row["thread_id"],
            rfc_message_id=row["rfc_message_id"],
            sender=(row["from_address"] or "").lower() or None,
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

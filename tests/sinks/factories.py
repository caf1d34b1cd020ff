"""Store rows for sink and API tests, built through the same row functions the pipeline uses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from jobtracker.correlator.state import Application, LinkedMessage, stable_id
from jobtracker.pipeline import rows
from jobtracker.pipeline.contracts import (
    Address,
    Classification,
    ClassifiedMessage,
    MessageKey,
    NormalizedMessage,
    TrackerEvent,
)
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category, EventKind, Source

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def classified(
    n: int,
    *,
    user: str = "me",
    category: Category = Category.CONFIRMATION,
    company: str | None = "Acme",
    role: str | None = "Data Engineer",
    confidence: float = 0.95,
) -> ClassifiedMessage:
    message = NormalizedMessage(
        user_id=user,
        mailbox_id="mbx",
        provider="file",
        provider_message_id=f"pm{n}",
        rfc_message_id=f"<m{n}@example.com>",
        from_=Address(name="Acme Talent", address="jobs@acme.example", domain="acme.example"),
        subject=f"Message {n}",
        sent_at=T0 + timedelta(days=n),
        text=f"body {n}",
    )
    classification = Classification(
        category=category,
        company=company,
        role=role,
        status=ApplicationStatus.APPLIED if category == Category.CONFIRMATION else None,
        source=Source.GREENHOUSE,
        confidence=confidence,
        evidence=("thank you for applying",),
    )
    return ClassifiedMessage(message=message, classification=classification)


def batch_rows(
    items: list[ClassifiedMessage], *, user: str = "me", company: str = "Acme"
) -> dict[str, list[dict[str, Any]]]:
    """One application holding all ``items``, with a created and linked event each."""
    now = datetime(2026, 5, 1)
    app_id = stable_id(user, company)
    app = Application(
        application_id=app_id,
        user_id=user,
        company=company,
        company_key=company.lower(),
        role="Data Engineer",
        status=ApplicationStatus.APPLIED,
        source=Source.GREENHOUSE,
        applied_at=items[0].message.sent_at,
        last_activity_at=items[-1].message.sent_at,
        messages=[
            LinkedMessage(
                key=i.key,
                sent_at=i.message.sent_at,
                category=i.classification.category,
                status=i.classification.status,
            )
            for i in items
        ],
    )
    out: dict[str, list[dict[str, Any]]] = {
        "messages": [rows.message_row(i.message, now) for i in items],
        "classifications": [rows.classification_row(i, app_id, 0.9) for i in items],
        "applications": [rows.application_row(app, now)],
        "application_events": [
            rows.event_row(
                TrackerEvent(
                    event_id=stable_id(app_id, i.key.provider_message_id),
                    user_id=user,
                    application_id=app_id,
                    kind=EventKind.MESSAGE_LINKED,
                    at=i.message.sent_at or T0,
                    message_key=MessageKey(
                        user_id=user, provider="file", provider_message_id=i.key.provider_message_id
                    ),
                )
            )
            for i in items
        ],
    }
    return out

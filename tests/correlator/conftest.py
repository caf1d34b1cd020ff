"""Builders for classified messages, so each test states only what it is about."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from jobtracker.pipeline.contracts import (
    Address,
    Classification,
    ClassifiedMessage,
    NormalizedMessage,
)
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category, Source


class MailFactory:
    """Makes one ClassifiedMessage per call; message ids are unique unless given."""

    def __init__(self) -> None:
        self._count = 0

    def __call__(
        self,
        category: Category,
        *,
        company: str | None = "Acme",
        role: str | None = None,
        sent: str | None = "2024-03-01T09:00",
        user: str = "u1",
        message_id: str | None = None,
        thread: str | None = None,
        rfc_id: str | None = None,
        in_reply_to: str | None = None,
        references: tuple[str, ...] = (),
        status: ApplicationStatus | None = None,
        source: Source | None = None,
        job_url: str | None = None,
        requisition_id: str | None = None,
        sender: str = "",
        sender_name: str = "",
        reply_to: str = "",
        subject: str | None = None,
        text: str = "",
    ) -> ClassifiedMessage:
        self._count += 1
        sent_at = datetime.fromisoformat(sent).replace(tzinfo=UTC) if sent else None
        message = NormalizedMessage(
            user_id=user,
            mailbox_id="inbox",
            provider="files",
            provider_message_id=message_id or f"m{self._count}",
            rfc_message_id=rfc_id,
            thread_id=thread,
            in_reply_to=in_reply_to,
            references=references,
            subject=subject if subject is not None else f"{category.value} {company} {role}",
            from_=Address(name=sender_name, address=sender, domain=sender.partition("@")[2]),
            reply_to=(Address(address=reply_to, domain=reply_to.partition("@")[2]),)
            if reply_to
            else (),
            sent_at=sent_at,
            text=text,
        )
        found = Classification(
            category=category,
            company=company,
            role=role,
            status=status,
            source=source,
            job_url=job_url,
            requisition_id=requisition_id,
            confidence=0.9,
        )
        return ClassifiedMessage(message=message, classification=found)


@pytest.fixture
def mail() -> MailFactory:
    return MailFactory()

"""Messages that travel between stages (DESIGN.md section 3).

Every model carries ``schema_version``; a change that breaks a consumer bumps it. The key of
every message is ``(user_id, provider, provider_message_id)``; topics are partitioned by
``user_id``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from jobtracker.pipeline.vocabulary import (
    ApplicationStatus,
    Category,
    DecidedBy,
    EventKind,
    Source,
)

CONTRACT_VERSION = 1


class Contract(BaseModel):
    """Base of every topic message: immutable, strict about unknown fields."""

    # Bytes (raw mail, kept only if the user allows it) travel in JSON as base64.
    model_config = ConfigDict(
        frozen=True, extra="forbid", ser_json_bytes="base64", val_json_bytes="base64"
    )


class MessageKey(Contract):
    """Identity of one message of one user's mailbox: the idempotency key of every sink."""

    user_id: str
    provider: str
    provider_message_id: str


class RawMail(Contract):
    """Bytes of one message as a connector read them, before normalisation."""

    schema_version: Literal[1] = 1
    user_id: str
    mailbox_id: str
    provider: str
    provider_message_id: str
    raw: bytes
    locator: str = Field(description="where it came from: file and offset, folder and UID")
    thread_id: str | None = None
    labels: tuple[str, ...] = ()

    @property
    def key(self) -> MessageKey:
        # Built without validation: the three fields were validated with this model.
        return MessageKey.model_construct(
            user_id=self.user_id,
            provider=self.provider,
            provider_message_id=self.provider_message_id,
        )


class Address(Contract):
    name: str = ""
    address: str = ""
    domain: str = ""


class Link(Contract):
    url: str
    text: str = ""
    unwrapped_from: str | None = Field(
        default=None, description="the click-tracking URL this one was unwrapped from"
    )


class CalendarEvent(Contract):
    uid: str = ""
    method: str = ""  # REQUEST, CANCEL, PUBLISH, REPLY
    status: str = ""  # CONFIRMED, CANCELLED, TENTATIVE
    summary: str = ""
    start: datetime | None = None
    end: datetime | None = None
    location: str = ""
    organizer: str = ""


class NormalizedMessage(Contract):
    """One e-mail, decoded and cleaned, ready for classification."""

    schema_version: Literal[1] = 1
    user_id: str
    mailbox_id: str
    provider: str
    provider_message_id: str
    rfc_message_id: str | None = None
    thread_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    from_: Address = Field(default_factory=Address)
    to: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    subject: str = ""
    sent_at: datetime | None = Field(default=None, description="UTC")
    text: str = ""
    quote_offset: int | None = Field(
        default=None, description="offset in text where a quoted reply or forward starts"
    )
    signature_offset: int | None = Field(
        default=None, description="offset in text where the signature starts"
    )
    links: tuple[Link, ...] = ()
    calendar_events: tuple[CalendarEvent, ...] = ()
    list_unsubscribe: str | None = None
    headers: dict[str, str] = Field(
        default_factory=dict,
        description="a short allow-list of headers rules care about (Auto-Submitted, ...)",
    )
    language: str | None = None
    body_hash: str = ""
    size: int = 0
    attachment_names: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    parse_warnings: tuple[str, ...] = ()
    raw: bytes | None = Field(default=None, description="kept only if the user allows it")

    @property
    def key(self) -> MessageKey:
        # Built without validation: the three fields were validated with this model.
        return MessageKey.model_construct(
            user_id=self.user_id,
            provider=self.provider,
            provider_message_id=self.provider_message_id,
        )

    @property
    def fresh_text(self) -> str:
        """The text the sender wrote in this message: no quoted reply, no signature."""
        cut = min(
            (o for o in (self.quote_offset, self.signature_offset) if o is not None),
            default=len(self.text),
        )
        return self.text[:cut]


class Classification(Contract):
    """What the cascade decided about one message."""

    schema_version: Literal[1] = 1
    category: Category
    company: str | None = None
    role: str | None = None
    status: ApplicationStatus | None = Field(
        default=None, description="the status this message implies for its application"
    )
    source: Source | None = None
    job_url: str | None = None
    requisition_id: str | None = None
    event_time: datetime | None = Field(
        default=None, description="when the thing happens (an interview's start), UTC"
    )
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: tuple[str, ...] = ()
    decided_by: DecidedBy = DecidedBy.RULES
    versions: dict[str, str] = Field(default_factory=dict)


class ClassifiedMessage(Contract):
    """A message with its classification: what flows on ``mail.classified``."""

    schema_version: Literal[1] = 1
    message: NormalizedMessage
    classification: Classification

    @property
    def key(self) -> MessageKey:
        return self.message.key


class TrackerEvent(Contract):
    """Something that happened to an application, with before and after."""

    schema_version: Literal[1] = 1
    event_id: str
    user_id: str
    application_id: str
    kind: EventKind
    at: datetime
    message_key: MessageKey | None = None
    before: dict[str, Any] = Field(default_factory=dict)
    after: dict[str, Any] = Field(default_factory=dict)


class DeadLetter(Contract):
    """A message that could not be processed, with what replay needs."""

    schema_version: Literal[1] = 1
    user_id: str
    provider: str
    provider_message_id: str
    stage: str
    error: str
    attempts: int = 1
    locator: str = ""
    raw: bytes | None = None
    failed_at: datetime

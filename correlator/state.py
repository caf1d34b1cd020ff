"""What the correlator knows about a user's applications (internal, not a topic contract)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from jobtracker.pipeline.contracts import MessageKey, TrackerEvent
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category, Source


def stable_id(*parts: str) -> str:
    """A deterministic id, so inline and Kafka runs of one mailbox give the same ids."""
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=10).hexdigest()
    return digest


@dataclass(kw_only=True, slots=True)
class LinkedMessage:
    key: MessageKey
    sent_at: datetime | None
    category: Category
    status: ApplicationStatus | None
    thread_id: str | None = None
    rfc_message_id: str | None = None  # so replies (In-Reply-To, References) find the thread
    confidence: float = 1.0  # how sure the correlator was that the message belongs here
    sender: str | None = None  # the From address, lower-cased
    # Reply-To addresses (lower-cased): the person behind an ATS relay's "From"
    reply_to: tuple[str, ...] = ()
    # the From display name: a shared ATS mailbox writes as each employer ("Acme Recruiting")
    sender_name: str = ""
    # the subject without reply prefixes, folded: a reply that lost its headers finds its
    # thread by it (``pipeline.subjects.topic``)
    topic: str = ""


@dataclass(kw_only=True, slots=True)
class Application:
    application_id: str
    user_id: str
    company: str
    company_key: str
    role: str | None = None
    role_key: str = ""
    status: ApplicationStatus = ApplicationStatus.APPLIED
    source: Source | None = None
    job_url: str | None = None
    job_key: str | None = None  # "<vendor>:<job id>"
    requisition_id: str | None = None
    applied_at: datetime | None = None
    last_activity_at: datetime | None = None
    thread_ids: set[str] = field(default_factory=set)
    messages: list[LinkedMessage] = field(default_factory=list)
    # A human's status answer: applied at its time in the fold over messages, and never
    # overwritten by reprocessing; later mail still moves the status on from it.
    status_correction: ApplicationStatus | None = None
    status_corrected_at: datetime | None = None

    @property
    def message_count(self) -> int:
        return len(self.messages)


@dataclass(kw_only=True, slots=True)
class Correlation:
    """The correlator's answer for one message."""

    application: Application | None  # None: the message joins no application
    created: bool
    confidence: float
    events: list[TrackerEvent] = field(default_factory=list)
    review_reason: str | None = None  # set when a human should confirm the grouping

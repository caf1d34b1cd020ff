"""Truth labels: what each generated message really is, and every true application."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import orjson


@dataclass(frozen=True, slots=True)
class TruthLabel:
    """The right answer for one message, in the vocabulary of DESIGN.md section 4."""

    message_id: str
    user_id: str
    category: str
    company: str | None
    role: str | None
    application: str | None
    status_after: str | None
    source: str | None
    language: str
    sent_at: str

    def to_json(self) -> str:
        return orjson.dumps(self).decode()  # orjson serialises dataclasses natively


@dataclass(frozen=True, slots=True)
class ApplicationTruth:
    """One true application as the tracker should end up showing it."""

    application_id: str
    user_id: str
    company: str
    role: str
    source: str
    status: str
    ghosted: bool
    applied_at: str
    last_activity_at: str
    message_count: int
    job_url: str
    requisition_id: str | None
    language: str

    def to_json(self) -> str:
        return orjson.dumps(self).decode()  # orjson serialises dataclasses natively


@dataclass(kw_only=True, slots=True)
class Summary:
    """What :func:`write_mbox` wrote."""

    path: Path
    truth_path: Path
    applications_path: Path
    messages: int
    applications: int
    bytes_written: int
    seconds: float
    categories: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)


@dataclass(kw_only=True, slots=True)
class Meta:
    """The truth about a message before its Message-ID and date are known."""

    category: str
    language: str
    company: str | None = None
    role: str | None = None
    application: str | None = None
    status_after: str | None = None
    source: str | None = None

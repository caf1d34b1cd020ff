"""The seam every mailbox reader implements."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from jobtracker.pipeline.contracts import RawMail


@dataclass(kw_only=True, slots=True)
class ReadItem:
    """One message as read, plus the token that resumes reading right after it."""

    mail: RawMail
    checkpoint: str


class MailboxConnector(Protocol):
    """Reads one mailbox as a stream of raw messages, resumable from a checkpoint."""

    mailbox_id: str
    provider: str

    def read(self, *, resume_from: str | None = None) -> Iterator[ReadItem]:
        """Yield messages in mailbox order, starting after ``resume_from`` when given."""
        ...

    def estimated_total(self) -> int | None:
        """A cheap guess of how many messages (or bytes, see ``progress_unit``) there are."""
        ...

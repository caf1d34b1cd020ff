"""The seam every mailbox reader implements."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, Protocol

from jobtracker.pipeline.contracts import RawMail

ProgressUnit = Literal["messages", "bytes"]


@dataclass(kw_only=True, slots=True)
class ReadItem:
    """One message as read, plus the token that resumes reading right after it.

    ``progress`` is how far reading has come once this message is read, in the connector's
    ``progress_unit`` (bytes of an mbox file, or messages); compare it with ``estimated_total()``.
    None when the connector cannot tell.
    """

    mail: RawMail
    checkpoint: str
    progress: int | None = None


class MailboxConnector(Protocol):
    """Reads one mailbox as a stream of raw messages, resumable from a checkpoint."""

    mailbox_id: str
    provider: str
    progress_unit: ProgressUnit

    def read(self, *, resume_from: str | None = None) -> Iterator[ReadItem]:
        """Yield messages in mailbox order, starting after ``resume_from`` when given."""
        ...

    def estimated_total(self) -> int | None:
        """A cheap guess of how many messages (or bytes, see ``progress_unit``) there are."""
        ...

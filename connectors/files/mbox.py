"""An mbox file (including Google Takeout's "All mail Including Spam and Trash.mbox")."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from jobtracker.connectors.base import ProgressUnit, ReadItem
from jobtracker.connectors.files.identity import PROVIDER, content_key, mailbox_id_for
from jobtracker.connectors.files.mbox_split import CHUNK_SIZE, mbox_spans
from jobtracker.pipeline.contracts import RawMail
from jobtracker.pipeline.errors import SourceError


class MboxConnector:
    """Streams one mbox file in constant memory.

    The checkpoint is the byte offset right after a message; ``read(resume_from=...)`` seeks
    there, so an interrupted import of a huge file continues where it stopped. Progress is in
    bytes: ``estimated_total()`` is the file size and each ``ReadItem.progress`` the bytes done.
    """

    provider = PROVIDER
    progress_unit: ProgressUnit = "bytes"

    def __init__(self, path: str | Path, *, user_id: str, chunk_size: int = CHUNK_SIZE) -> None:
        self.path = Path(path).expanduser()
        self.user_id = user_id
        self.mailbox_id = mailbox_id_for(self.path)
        self._chunk_size = chunk_size

    def estimated_total(self) -> int | None:
        """The file size in bytes."""
        try:
            return self.path.stat().st_size
        except OSError:
            return None

    def read(self, *, resume_from: str | None = None) -> Iterator[ReadItem]:
        try:
            stream = self.path.open("rb")
        except OSError as error:
            raise SourceError(str(self.path), f"cannot open: {error.strerror or error}") from error
        location = f"{self.path}:"
        with stream:
            start = self._start_offset(stream, resume_from)
            for offset, end, data in mbox_spans(stream, start=start, chunk_size=self._chunk_size):
                mail = RawMail(
                    user_id=self.user_id,
                    mailbox_id=self.mailbox_id,
                    provider=self.provider,
                    provider_message_id=content_key(data),
                    raw=data,
                    locator=location + str(offset),
                )
                yield ReadItem(mail=mail, checkpoint=str(end), progress=end)

    def _start_offset(self, stream: BinaryIO, resume_from: str | None) -> int:
        if resume_from is None:
            return 0
        size = os.fstat(stream.fileno()).st_size
        offset = int(resume_from) if resume_from.isdigit() else -1
        if not 0 <= offset <= size:
            raise SourceError(str(self.path), f"checkpoint {resume_from!r} is not an offset in it")
        stream.seek(offset)
        if 0 < offset < size and stream.read(5) != b"From ":
            raise SourceError(
                str(self.path),
                f"checkpoint {offset} is not at a message boundary; "
                "the file changed since it was read, so import it again from the start",
            )
        return offset

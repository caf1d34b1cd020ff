"""Mailboxes where each message is its own file: a Maildir, a folder of .eml files, one .eml."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from jobtracker.connectors.base import ProgressUnit, ReadItem
from jobtracker.connectors.files.identity import PROVIDER, content_key, mailbox_id_for
from jobtracker.connectors.files.listing import eml_files, maildir_files
from jobtracker.pipeline.contracts import RawMail
from jobtracker.pipeline.errors import SourceError

log = logging.getLogger(__name__)


class MessageFilesConnector:
    """Reads one message per file, in sorted order of relative path.

    The checkpoint is the relative path of the last message read; resuming yields the files that
    sort after it. Progress is in messages; ``estimated_total()`` is the number of files.
    Build one with :meth:`maildir`, :meth:`eml_folder` or :meth:`eml_file`.
    """

    provider = PROVIDER
    progress_unit: ProgressUnit = "messages"

    def __init__(
        self, root: Path, *, user_id: str, mailbox_path: Path, lister: Callable[[], list[str]]
    ) -> None:
        self.root = root
        self.user_id = user_id
        self.mailbox_id = mailbox_id_for(mailbox_path)
        self._lister = lister
        self._listing: list[str] | None = None

    @classmethod
    def maildir(cls, path: Path, *, user_id: str) -> MessageFilesConnector:
        return cls(path, user_id=user_id, mailbox_path=path, lister=lambda: maildir_files(path))

    @classmethod
    def eml_folder(cls, path: Path, *, user_id: str) -> MessageFilesConnector:
        return cls(path, user_id=user_id, mailbox_path=path, lister=lambda: eml_files(path))

    @classmethod
    def eml_file(cls, path: Path, *, user_id: str) -> MessageFilesConnector:
        return cls(path.parent, user_id=user_id, mailbox_path=path, lister=lambda: [path.name])

    def estimated_total(self) -> int | None:
        """The number of message files."""
        return len(self._files())

    def read(self, *, resume_from: str | None = None) -> Iterator[ReadItem]:
        files = self._files()
        self._listing = None  # the next read lists again and sees new files
        first = 0 if resume_from is None else bisect.bisect_right(files, resume_from)
        for index in range(first, len(files)):
            relative = files[index]
            data = self._read_file(self.root / relative)
            if data is None:
                continue
            mail = RawMail(
                user_id=self.user_id,
                mailbox_id=self.mailbox_id,
                provider=self.provider,
                provider_message_id=content_key(data),
                raw=data,
                locator=str(self.root / relative),
            )
            yield ReadItem(mail=mail, checkpoint=relative, progress=index + 1)

    def _files(self) -> list[str]:
        if self._listing is None:
            try:
                self._listing = self._lister()
            except OSError as error:
                problem = f"cannot list: {error.strerror or error}"
                raise SourceError(str(self.root), problem) from error
        return self._listing

    @staticmethod
    def _read_file(path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            # A mail client moved it (Maildir new/ -> cur/) after listing; the next import finds
            # it under its new name, and the content key makes that no duplicate.
            log.warning("%s: vanished while reading; skipped", path)
            return None
        except OSError as error:
            raise SourceError(str(path), f"cannot read: {error.strerror or error}") from error

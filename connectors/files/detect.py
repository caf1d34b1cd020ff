"""``open_mailbox``: a path on disk to the connector that reads it."""

from __future__ import annotations

import re
from pathlib import Path

from jobtracker.connectors.base import MailboxConnector
from jobtracker.connectors.files.listing import is_maildir
from jobtracker.connectors.files.mbox import MboxConnector
from jobtracker.connectors.files.message_files import MessageFilesConnector
from jobtracker.pipeline.errors import SourceError, SourceNotFound

NOT_A_MAILBOX = (
    "not a mailbox: expected an mbox file (starting with 'From '), a Maildir, "
    "a folder of .eml files or one .eml"
)
_SNIFF_BYTES = 4096
_HEADER = re.compile(rb"[A-Za-z0-9][A-Za-z0-9_-]{0,75}:")


def open_mailbox(path: str | Path, *, user_id: str) -> MailboxConnector:
    """The connector for the mailbox at ``path``.

    A directory with cur/ and new/ is a Maildir, any other directory a folder of .eml files
    (searched recursively); a file starting with ``From `` is an mbox (an empty file is an empty
    mbox), a file that starts with RFC 822 header lines is one .eml message.

    Raises :class:`SourceNotFound` when nothing is at ``path`` and :class:`SourceError` when
    what is there is not a mailbox.
    """
    location = Path(path).expanduser()
    if not location.exists():
        raise SourceNotFound(str(location), "no such file or directory")
    if location.is_dir():
        if is_maildir(location):
            return MessageFilesConnector.maildir(location, user_id=user_id)
        return MessageFilesConnector.eml_folder(location, user_id=user_id)
    if not location.is_file():
        raise SourceError(str(location), NOT_A_MAILBOX)
    try:
        with location.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError as error:
        raise SourceError(str(location), f"cannot read: {error.strerror or error}") from error
    if not head or head.startswith(b"From "):
        return MboxConnector(location, user_id=user_id)
    if looks_like_message(head, complete=len(head) < _SNIFF_BYTES):
        return MessageFilesConnector.eml_file(location, user_id=user_id)
    raise SourceError(str(location), NOT_A_MAILBOX)


def looks_like_message(head: bytes, *, complete: bool) -> bool:
    """True when ``head`` opens with a header block: ``Name: value`` lines and their folds.

    ``complete`` says ``head`` is the whole file; otherwise its last line may be cut short.
    """
    if b"\x00" in head:
        return False
    block = head.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = block.split(b"\n")
    if not complete and len(block) == len(head.replace(b"\r\n", b"\n")):
        lines = lines[:-1]  # no blank line seen: the last line may have been cut by the read
    if not lines or not _HEADER.match(lines[0]):
        return False
    return all(_HEADER.match(line) or line[:1] in (b" ", b"\t") for line in lines)

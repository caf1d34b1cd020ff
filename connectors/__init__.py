"""Mailbox readers and MIME normalisation (DESIGN.md section 2)."""

from jobtracker.connectors.base import MailboxConnector, ProgressUnit, ReadItem
from jobtracker.connectors.files import open_mailbox
from jobtracker.connectors.mime import normalize

__all__ = ["MailboxConnector", "ProgressUnit", "ReadItem", "normalize", "open_mailbox"]

"""Mailboxes on disk: mbox (and Google Takeout), Maildir, a folder of .eml files, one .eml."""

from jobtracker.connectors.files.detect import NOT_A_MAILBOX, open_mailbox
from jobtracker.connectors.files.identity import PROVIDER, content_key, mailbox_id_for
from jobtracker.connectors.files.mbox import MboxConnector
from jobtracker.connectors.files.message_files import MessageFilesConnector

__all__ = [
    "NOT_A_MAILBOX",
    "PROVIDER",
    "MboxConnector",
    "MessageFilesConnector",
    "content_key",
    "mailbox_id_for",
    "open_mailbox",
]

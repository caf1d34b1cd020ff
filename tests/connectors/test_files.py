"""Maildir, folders of .eml files, single .eml files, and telling mailboxes from other files."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobtracker.connectors.base import MailboxConnector
from jobtracker.connectors.files import (
    NOT_A_MAILBOX,
    MboxConnector,
    MessageFilesConnector,
    content_key,
    open_mailbox,
)
from jobtracker.connectors.mime import normalize
from jobtracker.pipeline.errors import SourceError, SourceNotFound
from tests.connectors.mailgen import message


def subjects(connector: MailboxConnector, resume_from: str | None = None) -> list[str]:
    return [normalize(item.mail).subject for item in connector.read(resume_from=resume_from)]


def mail(subject: str) -> bytes:
    return message(headers=(("From", "jobs@acme.example"), ("Subject", subject)))


def make_maildir(root: Path) -> Path:
    for folder in ("cur", "new", "tmp"):
        (root / folder).mkdir(parents=True)
    (root / "cur" / "1717400000.M1P1.host:2,S").write_bytes(mail("seen one"))
    (root / "cur" / "1717400100.M2P1.host:2,RS").write_bytes(mail("seen two"))
    (root / "new" / "1717400200.M3P1.host").write_bytes(mail("unread"))
    (root / "tmp" / "1717400300.M4P1.host").write_bytes(mail("still being delivered"))
    (root / "cur" / ".hidden").write_bytes(mail("hidden"))
    (root / ".Sent" / "cur").mkdir(parents=True)
    (root / ".Sent" / "cur" / "1717400400.M5P1.host:2,S").write_bytes(mail("sent folder"))
    return root


def test_maildir_reads_cur_and_new_in_sorted_order(tmp_path: Path) -> None:
    connector = open_mailbox(make_maildir(tmp_path / "Maildir"), user_id="u")
    assert isinstance(connector, MessageFilesConnector)
    assert subjects(connector) == ["seen one", "seen two", "unread"]
    assert connector.progress_unit == "messages"
    assert connector.estimated_total() == 3


def test_maildir_resumes_after_checkpoint(tmp_path: Path) -> None:
    connector = open_mailbox(make_maildir(tmp_path / "Maildir"), user_id="u")
    first = next(iter(connector.read()))
    assert first.checkpoint == "cur/1717400000.M1P1.host:2,S"
    assert first.progress == 1
    assert subjects(connector, first.checkpoint) == ["seen two", "unread"]


def test_eml_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "exported"
    (root / "2024" / "june").mkdir(parents=True)
    (root / ".trash").mkdir()
    (root / "b.eml").write_bytes(mail("b"))
    (root / "a.EML").write_bytes(mail("a"))
    (root / "2024" / "june" / "c.eml").write_bytes(mail("c"))
    (root / "notes.txt").write_text("not a message")
    (root / ".trash" / "d.eml").write_bytes(mail("deleted"))
    connector = open_mailbox(root, user_id="u")
    items = list(connector.read())
    assert [item.checkpoint for item in items] == ["2024/june/c.eml", "a.EML", "b.eml"]
    assert subjects(connector, "a.EML") == ["b"]
    assert items[0].mail.locator == str(root / "2024" / "june" / "c.eml")


def test_single_eml_file(tmp_path: Path) -> None:
    path = tmp_path / "offer.eml"
    path.write_bytes(mail("Your offer"))
    connector = open_mailbox(path, user_id="u")
    assert isinstance(connector, MessageFilesConnector)
    assert subjects(connector) == ["Your offer"]
    assert list(connector.read(resume_from="offer.eml")) == []


def test_same_message_via_mbox_and_eml_has_the_same_key(tmp_path: Path) -> None:
    crlf = mail("Interview")
    (tmp_path / "one.eml").write_bytes(crlf)
    mbox = tmp_path / "all.mbox"
    mbox.write_bytes(b"From x Mon Jun  3 10:00:00 2024\n" + crlf.replace(b"\r\n", b"\n") + b"\n")
    (from_eml,) = open_mailbox(tmp_path / "one.eml", user_id="u").read()
    (from_mbox,) = open_mailbox(mbox, user_id="u").read()
    assert from_eml.mail.provider_message_id == from_mbox.mail.provider_message_id
    assert from_eml.mail.provider_message_id == content_key(crlf)


def test_detects_mbox_and_empty_mbox(tmp_path: Path) -> None:
    (tmp_path / "takeout.mbox").write_bytes(
        b"From 1@xxx Mon Jun 03 10:00:00 +0000 2024\n" + mail("x")
    )
    (tmp_path / "empty.mbox").write_bytes(b"")
    assert isinstance(open_mailbox(tmp_path / "takeout.mbox", user_id="u"), MboxConnector)
    empty = open_mailbox(tmp_path / "empty.mbox", user_id="u")
    assert isinstance(empty, MboxConnector)
    assert list(empty.read()) == []


def test_empty_folder_is_an_empty_mailbox(tmp_path: Path) -> None:
    connector = open_mailbox(tmp_path, user_id="u")
    assert list(connector.read()) == []
    assert connector.estimated_total() == 0


def test_missing_path_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.mbox"
    with pytest.raises(SourceNotFound) as caught:
        open_mailbox(missing, user_id="u")
    assert str(missing) in str(caught.value)
    assert caught.value.path == str(missing)


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100),
        b"Dear diary,\ntoday I applied to three jobs.\n",
        b"Note: buy milk\nthen call the recruiter back\n",
        b"\n\n\n",
    ],
    ids=["png", "prose", "colon-then-prose", "blank-lines"],
)
def test_other_files_are_not_mailboxes(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "thing"
    path.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        open_mailbox(path, user_id="u")
    assert caught.value.problem == NOT_A_MAILBOX
    assert str(path) in str(caught.value)


def test_eml_with_long_header_block_is_recognised(tmp_path: Path) -> None:
    folded = "\r\n\t".join(["a" * 70] * 80)  # header block longer than the sniffed prefix
    path = tmp_path / "long.eml"
    path.write_bytes(message(extra=(("DKIM-Signature", folded),)))
    assert [item.mail.raw for item in open_mailbox(path, user_id="u").read()] == [path.read_bytes()]

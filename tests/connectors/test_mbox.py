"""mbox files: splitting, escaping, line endings, truncation, resuming, constant memory."""

from __future__ import annotations

import io
import random
import tracemalloc
from pathlib import Path

import pytest

from jobtracker.connectors.files import MboxConnector, content_key
from jobtracker.connectors.files.mbox_split import split_mbox
from jobtracker.connectors.mime import normalize
from jobtracker.pipeline.errors import SourceError
from tests.connectors.mailgen import message

POSTMARK = b"From jobs@acme.example Mon Jun  3 10:00:00 2024\n"


def mbox_bytes(messages: list[bytes], *, newline: bytes = b"\n") -> bytes:
    out = b""
    for data in messages:
        out += POSTMARK.replace(b"\n", newline) + data
        if not data.endswith(newline):
            out += newline
        out += newline
    return out


def numbered(count: int, *, newline: str = "\n", body: str = "") -> list[bytes]:
    return [
        message(
            f"Message number {n}.\n{body}".replace("\n", newline),
            extra=(("X-Number", str(n)),),
            newline=newline,
        )
        for n in range(count)
    ]


def write(tmp_path: Path, data: bytes, name: str = "mail.mbox") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_messages_come_out_as_written(tmp_path: Path) -> None:
    originals = numbered(3)
    items = list(MboxConnector(write(tmp_path, mbox_bytes(originals)), user_id="u").read())
    assert [item.mail.raw for item in items] == originals
    assert [item.mail.provider_message_id for item in items] == [content_key(m) for m in originals]
    assert {item.mail.provider for item in items} == {"file"}
    assert {item.mail.user_id for item in items} == {"u"}


def test_from_in_a_body_line_without_blank_line_does_not_split(tmp_path: Path) -> None:
    data = message("Hello,\nFrom what we heard you are great.\n", newline="\n")
    items = list(MboxConnector(write(tmp_path, mbox_bytes([data])), user_id="u").read())
    assert len(items) == 1
    assert b"From what we heard" in items[0].mail.raw


def test_mboxrd_escaped_from_lines_are_unescaped(tmp_path: Path) -> None:
    escaped = message(
        "Intro.\n\n>From the hiring team: welcome.\n>>From here on: quoted.\n", newline="\n"
    )
    (item,) = MboxConnector(write(tmp_path, mbox_bytes([escaped])), user_id="u").read()
    text = normalize(item.mail).text
    assert "\nFrom the hiring team: welcome." in text
    assert "\n>From here on: quoted." in text


def test_crlf_mbox(tmp_path: Path) -> None:
    originals = numbered(3, newline="\r\n")
    path = write(tmp_path, mbox_bytes(originals, newline=b"\r\n"))
    items = list(MboxConnector(path, user_id="u").read())
    assert [item.mail.raw for item in items] == originals
    assert [normalize(item.mail).text for item in items] == [
        f"Message number {n}." for n in range(3)
    ]


def test_truncated_last_message_is_still_yielded(tmp_path: Path) -> None:
    whole = mbox_bytes(numbered(2))
    cut = whole + POSTMARK + b"From: jobs@acme.example\nSubject: Interv"
    items = list(MboxConnector(write(tmp_path, cut), user_id="u").read())
    assert len(items) == 3
    assert normalize(items[2].mail).subject == "Interv"
    assert items[2].checkpoint == str(len(cut))


def test_split_is_the_same_whatever_the_chunk_size() -> None:
    data = mbox_bytes(numbered(5, body="x" * 300)) + mbox_bytes(
        numbered(3, newline="\r\n"), newline=b"\r\n"
    )
    expected = list(split_mbox(io.BytesIO(data)))
    assert len(expected) == 8
    for chunk_size in (1, 5, 6, 7, 64, 333):
        assert list(split_mbox(io.BytesIO(data), chunk_size=chunk_size)) == expected


def test_resume_from_checkpoint_yields_exactly_the_rest(tmp_path: Path) -> None:
    connector = MboxConnector(write(tmp_path, mbox_bytes(numbered(10))), user_id="u")
    everything = [item.mail.provider_message_id for item in connector.read()]
    first_four = []
    for item in connector.read():
        first_four.append(item)
        if len(first_four) == 4:
            break  # like Ctrl-C after four messages
    rest = [
        item.mail.provider_message_id
        for item in connector.read(resume_from=first_four[-1].checkpoint)
    ]
    assert rest == everything[4:]
    assert list(connector.read(resume_from=str(connector.estimated_total()))) == []


def test_progress_is_in_bytes_and_ends_at_the_file_size(tmp_path: Path) -> None:
    data = mbox_bytes(numbered(4))
    connector = MboxConnector(write(tmp_path, data), user_id="u")
    progress = [item.progress or 0 for item in connector.read()]
    assert connector.progress_unit == "bytes"
    assert connector.estimated_total() == len(data)
    assert progress == sorted(progress)
    assert progress[-1] == len(data)


def test_checkpoint_off_a_message_boundary_is_refused(tmp_path: Path) -> None:
    connector = MboxConnector(write(tmp_path, mbox_bytes(numbered(2))), user_id="u")
    with pytest.raises(SourceError, match="not at a message boundary"):
        list(connector.read(resume_from="7"))
    with pytest.raises(SourceError, match="not an offset"):
        list(connector.read(resume_from="-3"))


def test_empty_mbox_yields_nothing(tmp_path: Path) -> None:
    connector = MboxConnector(write(tmp_path, b""), user_id="u")
    assert list(connector.read()) == []
    assert connector.estimated_total() == 0


def test_keys_identical_bytes_same_key_same_message_id_different_content(tmp_path: Path) -> None:
    first = message("Offer attached.\n", newline="\n")
    edited = message("Offer attached, revised.\n", newline="\n")  # same Message-ID header
    items = list(
        MboxConnector(write(tmp_path, mbox_bytes([first, first, edited])), user_id="u").read()
    )
    keys = [item.mail.provider_message_id for item in items]
    assert keys[0] == keys[1]
    assert keys[0] != keys[2]
    assert len({normalize(item.mail).rfc_message_id for item in items}) == 1


def test_mailbox_id_is_stable_for_every_spelling_of_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, b"")
    monkeypatch.chdir(tmp_path)
    assert (
        MboxConnector(path, user_id="u").mailbox_id
        == MboxConnector("mail.mbox", user_id="u").mailbox_id
    )
    assert (
        MboxConnector(path, user_id="u").mailbox_id
        != MboxConnector(tmp_path / "x", user_id="u").mailbox_id
    )


def test_large_mbox_streams_in_constant_memory(tmp_path: Path) -> None:
    one = message("Dear Jane,\n" + "We reviewed your application carefully.\n" * 100, newline="\n")
    path = tmp_path / "big.mbox"
    with path.open("wb") as out:
        block = mbox_bytes([one] * 500)
        for _ in range(16):
            out.write(block)
    size = path.stat().st_size
    connector = MboxConnector(path, user_id="u", chunk_size=1024 * 1024)
    tracemalloc.start()
    try:
        count = sum(1 for _ in connector.read())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 8000
    assert size > 30_000_000
    assert peak < 4 * 1024 * 1024  # about two read chunks, whatever the file size


def mboxrd(messages: list[bytes], newline: bytes) -> bytes:
    """An mboxrd writer: a body line starting with '>*From ' gets one more '>'."""
    out = []
    for data in messages:
        lines = data.split(newline)
        escaped = [
            b">" + line if line.lstrip(b">").startswith(b"From ") else line for line in lines
        ]
        out.append(b"From writer Mon Jun  3 10:00:00 2024" + newline + newline.join(escaped))
        out.append(newline)
    return b"".join(out)


@pytest.mark.parametrize("seed", range(6))
def test_mboxrd_round_trip_of_tricky_messages(seed: int) -> None:
    generator = random.Random(seed)
    newline = b"\r\n" if seed % 2 else b"\n"
    pieces = [b"From the desk of HR", b">From quoted", b">>From deeper", b"", b"x From y", b"From"]
    messages = []
    for n in range(generator.randint(1, 30)):
        body = [generator.choice(pieces) for _ in range(generator.randint(0, 12))]
        head = [b"Subject: message %d" % n, b"From: a@example.org", b""]
        messages.append(newline.join(head + body) + newline)
    data = mboxrd(messages, newline)
    for chunk_size in (3, 64, 4096):
        found = [m.data for m in split_mbox(io.BytesIO(data), chunk_size=chunk_size)]
        assert found == messages


def test_unescaping_matches_the_mboxrd_rule_line_by_line() -> None:
    # The rule: a line of one or more ">" then "From " loses its first ">".
    def by_the_rule(data: bytes) -> bytes:
        lines = data.split(b"\n")
        return b"\n".join(
            line[1:] if line.startswith(b">") and line.lstrip(b">").startswith(b"From ") else line
            for line in lines
        )

    generator = random.Random(3)
    pieces = [b">", b">>", b"From ", b"From", b"\n", b"\r\n", b"x", b" ", b">From "]
    for _ in range(5000):
        body = b"".join(generator.choice(pieces) for _ in range(generator.randint(0, 14)))
        body += b"end"  # no trailing blank line, which the reader trims from the last message
        data = b"From a Mon Jun  3 10:00:00 2024\n" + body
        found = [m.data for m in split_mbox(io.BytesIO(data))]
        if len(found) == 1:  # a body that starts a new message is tested elsewhere
            assert found[0] == by_the_rule(body), body

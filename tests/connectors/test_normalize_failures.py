"""Bytes that are not a readable message raise ParseFailure, and nothing else ever escapes."""

from __future__ import annotations

import random

import pytest

from jobtracker.connectors.mime import normalize
from jobtracker.pipeline.errors import ParseFailure
from tests.connectors.mailgen import message, multipart, part, raw_mail

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (PNG, "not an e-mail message"),
        (bytes(range(256)) * 8, "not an e-mail message"),
        (b"just a line of text\nand another one\n", "not an e-mail message"),
        (b"", "empty message"),
        (b"\r\n\r\n", "empty message"),
        (b"From someone@example.org Mon Jun  3 10:00:00 2024\n", "empty message"),
    ],
    ids=["png", "binary", "prose", "empty", "blank-lines", "mbox-from-line-only"],
)
def test_unreadable_bytes_raise_parse_failure(data: bytes, problem: str) -> None:
    with pytest.raises(ParseFailure) as caught:
        normalize(raw_mail(data))
    assert problem in caught.value.problem
    assert caught.value.stage == "normalize"
    assert "\n" not in str(caught.value)


def test_message_over_the_size_limit_is_refused() -> None:
    data = message("x" * 5000)
    with pytest.raises(ParseFailure, match="over the 1000-byte limit"):
        normalize(raw_mail(data), max_message_bytes=1000)


def test_headers_only_message_is_readable() -> None:
    result = normalize(raw_mail(b"Subject: ping\r\nFrom: a@example.org\r\n"))
    assert result.subject == "ping"
    assert result.text == ""


def test_mutilated_messages_never_raise_anything_but_parse_failure() -> None:
    seed = multipart(
        [
            part("text/plain; charset=utf-8", "Hello Jane,\r\nOn Monday, Bob wrote:\r\n> hi\r\n"),
            part("text/html; charset=iso-8859-1", "<p>Hallo <a href='https://x.example/'>x</a>"),
            part(
                "text/calendar; method=REQUEST",
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2024X\r\nEND:VEVENT\r\nEND:VCALENDAR",
            ),
        ]
    )
    generator = random.Random(20240603)
    outcomes = {"ok": 0, "failed": 0}
    for _ in range(300):
        data = bytearray(seed)
        for _ in range(generator.randint(1, 30)):
            position = generator.randrange(len(data))
            choice = generator.random()
            if choice < 0.4:
                data[position] = generator.randrange(256)
            elif choice < 0.7:
                del data[position : position + generator.randint(1, 40)]
            else:
                data[position:position] = bytes(generator.randrange(256) for _ in range(8))
        try:
            normalize(raw_mail(bytes(data))).model_dump_json()  # and it serialises
            outcomes["ok"] += 1
        except ParseFailure:
            outcomes["failed"] += 1
    assert outcomes["ok"] > 0


def test_impossible_date_and_nul_in_a_charset_label_are_repaired() -> None:
    data = b"Date: Mon, 08 Jan 202000 02:17:45 +0000\r\nSubject: =?utf\x00-8?q?Hi?=\r\n\r\nx"
    result = normalize(raw_mail(data))
    assert result.sent_at is None
    assert "date-unparseable" in result.parse_warnings
    assert result.subject == "Hi"

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from jobtracker.pipeline.contracts import DeadLetter, RawMail
from jobtracker.pipeline.kafka import codec
from jobtracker.pipeline.kafka.codec import DeadLetterRecord, DecodeError
from tests.pipeline.kafka.fakes import FakeRecord
from tests.sinks.factories import classified


def _record(out: codec.Outgoing, offset: int = 0) -> FakeRecord:
    return FakeRecord(out.topic, 0, offset, out.key, out.value, out.headers)


def test_raw_mail_travels_as_bytes_with_its_identity_in_headers() -> None:
    mail = RawMail(
        user_id="ana",
        mailbox_id="mbx",
        provider="gmail",
        provider_message_id="18c2f",
        raw=b"Subject: hi\r\n\r\n\xff\xfe body",
        locator="INBOX/4711",
        thread_id="t-9",
        labels=("Jobs", "Inbox"),
    )
    out = codec.raw_mail_record("mail.raw.v1", mail, location="/home/ana/mail")
    assert out.key == b"ana" and out.value == mail.raw  # the bytes are the value, as read
    assert dict(out.headers)["mailbox_location"] == b"/home/ana/mail"
    assert codec.raw_mail_from(_record(out)) == mail


def test_a_raw_record_without_its_identity_is_a_decode_error() -> None:
    bare = FakeRecord("mail.raw.v1", 0, 5, b"ana", b"Subject: x\n\n", (("user_id", b"ana"),))
    with pytest.raises(DecodeError, match="provider_message_id"):
        codec.raw_mail_from(bare)


def test_a_classified_message_round_trips_with_raw_bytes() -> None:
    item = classified(3)
    item = item.model_copy(
        update={"message": item.message.model_copy(update={"raw": b"\x00\xffraw"})}
    )
    back = codec.classified_from(_record(codec.classified_record("mail.classified.v1", item)))
    assert back == item


def test_a_dead_letter_keeps_where_it_failed() -> None:
    letter = DeadLetterRecord(
        letter=DeadLetter(
            user_id="ana",
            provider="file",
            provider_message_id="p1",
            stage="normalize",
            error="not an e-mail",
            attempts=3,
            raw=b"\x89PNG",
            failed_at=datetime(2026, 1, 1, tzinfo=UTC),
        ),
        mailbox_id="mbx",
        source_topic="mail.raw.v1",
        source_partition=4,
        source_offset=1234,
    )
    out = codec.dead_letter_record("mail.dlq.v1", letter)
    assert out.key == b"ana"
    assert codec.dead_letter_from(_record(out)) == letter


@pytest.mark.parametrize("value", [b"", b"\xff\xfe", b'{"schema_version": 1}', b"[]", None])
def test_what_is_not_a_contract_is_a_decode_error(value: bytes | None) -> None:
    record = FakeRecord("mail.classified.v1", 0, 0, b"ana", value)
    with pytest.raises(DecodeError):
        codec.classified_from(record)
    with pytest.raises(DecodeError):
        codec.dead_letter_from(record)

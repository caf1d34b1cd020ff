"""Records on the topics, and the contracts they carry.

- ``mail.raw``: the value is the message's bytes as read; headers carry the rest of ``RawMail``
  (user_id, mailbox_id, provider, provider_message_id, locator, and thread_id / labels when set)
  plus where the mailbox lives. Bytes stay bytes: no base64 of a 30 MB attachment.
- ``mail.classified``: ``ClassifiedMessage`` as JSON; ``tracker.events``: ``TrackerEvent`` as
  JSON; ``mail.dlq``: ``DeadLetterRecord`` as JSON. Raw bytes inside JSON are base64.

Every record is keyed by user_id and carries ``jt-schema``, the contract version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import orjson
from pydantic import ValidationError

from jobtracker.pipeline.contracts import (
    ClassifiedMessage,
    Contract,
    DeadLetter,
    RawMail,
    TrackerEvent,
)

SCHEMA_HEADER = "jt-schema"
_RAW_FIELDS = ("user_id", "mailbox_id", "provider", "provider_message_id", "locator")
LOCATION_HEADER = "mailbox_location"


class Record(Protocol):
    """What a stage reads: aiokafka's ConsumerRecord, or a test's stand-in."""

    @property
    def topic(self) -> str: ...
    @property
    def partition(self) -> int: ...
    @property
    def offset(self) -> int: ...
    @property
    def key(self) -> bytes | None: ...
    @property
    def value(self) -> bytes | None: ...
    @property
    def headers(self) -> Sequence[tuple[str, bytes]]: ...


@dataclass(kw_only=True, slots=True, frozen=True)
class Outgoing:
    """A record to publish: topic, key (user_id), value, headers."""

    topic: str
    key: bytes
    value: bytes
    headers: tuple[tuple[str, bytes], ...] = ()


class DecodeError(ValueError):
    """A record that does not hold what its topic promises: dead-lettered, never retried."""


class DeadLetterRecord(Contract):
    """What travels on ``mail.dlq``: the dead letter and where the failed record was."""

    schema_version: int = 1
    letter: DeadLetter
    mailbox_id: str | None = None
    source_topic: str | None = None
    source_partition: int | None = None
    source_offset: int | None = None


def _text(value: str) -> bytes:
    # Paths can hold bytes that are not UTF-8; keep the record readable by every client.
    return value.encode("utf-8", "backslashreplace")


def header_map(record: Record) -> dict[str, str]:
    return {k: v.decode("utf-8", "replace") for k, v in record.headers or ()}


def user_key(record: Record) -> str:
    """The user a record belongs to, as far as the record can tell."""
    return header_map(record).get("user_id") or (record.key or b"").decode("utf-8", "replace")


# ---- mail.raw ----------------------------------------------------------------------------------


def raw_mail_record(topic: str, mail: RawMail, *, location: str | None = None) -> Outgoing:
    headers = [(SCHEMA_HEADER, b"1")]
    headers += [(name, _text(getattr(mail, name))) for name in _RAW_FIELDS]
    if mail.thread_id:
        headers.append(("thread_id", _text(mail.thread_id)))
    if mail.labels:
        headers.append(("labels", orjson.dumps(list(mail.labels))))
    if location:
        headers.append((LOCATION_HEADER, _text(location)))
    return Outgoing(topic=topic, key=_text(mail.user_id), value=mail.raw, headers=tuple(headers))


def raw_mail_from(record: Record) -> RawMail:
    headers = header_map(record)
    missing = [name for name in _RAW_FIELDS if not headers.get(name) and name != "locator"]
    if missing:
        raise DecodeError(f"mail.raw record without header(s) {', '.join(missing)}")
    if headers.get(SCHEMA_HEADER, "1") != "1":
        raise DecodeError(f"mail.raw record of unknown schema {headers[SCHEMA_HEADER]!r}")
    try:
        labels = tuple(orjson.loads(headers["labels"])) if headers.get("labels") else ()
        return RawMail(
            user_id=headers["user_id"],
            mailbox_id=headers["mailbox_id"],
            provider=headers["provider"],
            provider_message_id=headers["provider_message_id"],
            locator=headers.get("locator", ""),
            thread_id=headers.get("thread_id") or None,
            labels=labels,
            raw=record.value or b"",
        )
    except (ValidationError, orjson.JSONDecodeError) as exc:
        raise DecodeError(f"mail.raw record with bad headers: {exc}") from exc


# ---- JSON contracts ----------------------------------------------------------------------------


def _dump(model: Contract) -> bytes:
    # pydantic's own JSON, raw bytes as base64 (the contracts' config)
    return model.model_dump_json().encode()


def _load(kind: type[Contract], value: bytes | None) -> Any:
    try:
        # Parsed and checked in one pass: several times faster than orjson and then
        # model_validate on the dict.
        return kind.model_validate_json(value or b"")
    except ValidationError as exc:
        raise DecodeError(f"not a {kind.__name__} v1: {str(exc)[:500]}") from exc


def _json_record(topic: str, user_id: str, value: bytes) -> Outgoing:
    return Outgoing(topic=topic, key=_text(user_id), value=value, headers=((SCHEMA_HEADER, b"1"),))


def classified_record(topic: str, item: ClassifiedMessage) -> Outgoing:
    return _json_record(topic, item.message.user_id, _dump(item))


def classified_from(record: Record) -> ClassifiedMessage:
    item: ClassifiedMessage = _load(ClassifiedMessage, record.value)
    return item


def event_record(topic: str, event: TrackerEvent) -> Outgoing:
    return _json_record(topic, event.user_id, event.model_dump_json().encode())


def event_from(record: Record) -> TrackerEvent:
    event: TrackerEvent = _load(TrackerEvent, record.value)
    return event


def dead_letter_record(topic: str, letter: DeadLetterRecord) -> Outgoing:
    return _json_record(topic, letter.letter.user_id, _dump(letter))


def dead_letter_from(record: Record) -> DeadLetterRecord:
    letter: DeadLetterRecord = _load(DeadLetterRecord, record.value)
    return letter

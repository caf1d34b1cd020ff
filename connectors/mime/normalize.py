"""RawMail bytes to a NormalizedMessage: the one entry point of MIME normalisation."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from jobtracker.connectors.mime import headers as h
from jobtracker.connectors.mime.body import body_text
from jobtracker.connectors.mime.calendar import calendar_events
from jobtracker.connectors.mime.charset import repair_mojibake
from jobtracker.connectors.mime.fast import parse_fast
from jobtracker.connectors.mime.language import detect_language
from jobtracker.connectors.mime.links import collect_links
from jobtracker.connectors.mime.parsed import ParsedMail
from jobtracker.connectors.mime.quotes import quote_offset
from jobtracker.connectors.mime.signature import signature_offset
from jobtracker.connectors.mime.stdlib import parse_stdlib
from jobtracker.pipeline.contracts import NormalizedMessage, RawMail
from jobtracker.pipeline.errors import ParseFailure

DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024
# A header field name is printable ASCII without a colon (RFC 5322 3.6.8).
_HEADER_LINE = re.compile(rb"[!-9;-~]{1,200}:")
_MAX_ATTACHMENT_NAMES = 100


def normalize(
    raw: RawMail, *, keep_raw: bool = False, max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
) -> NormalizedMessage:
    """Decode and clean one message.

    Conventions: addresses are lower-cased and ``to`` holds the To and Cc recipients; ``text``
    is text/plain when the message has it, else its HTML as text, capped at 256 Ki characters;
    attachments are never decoded (only a calendar part is read); ``parse_warnings`` names
    every repair (``charset-fallback``, ``date-unparseable``, ``fallback-parser``,
    ``calendar-unreadable``, ``text-truncated``...). An mbox ``From `` line is ignored.

    Raises :class:`ParseFailure` (and nothing else) when the bytes are not a readable message:
    binary garbage, no header block, or more than ``max_message_bytes``.
    """
    data = raw.raw
    if len(data) > max_message_bytes:
        raise ParseFailure(f"message is {len(data)} bytes, over the {max_message_bytes}-byte limit")
    try:
        payload = _message_bytes(data)
        parsed = parse_fast(payload) or parse_stdlib(payload)
        if parsed is None:
            raise ParseFailure("no header block: the message has no 'Name: value' header lines")
        fields = _fields(raw, parsed)
    except ParseFailure:
        raise
    except Exception as error:  # the parsers' failures on hostile input are many and unlisted
        raise ParseFailure(f"unreadable message: {type(error).__name__}: {error}") from error
    if keep_raw:
        fields["raw"] = data
    return NormalizedMessage.model_validate(fields)


def _message_bytes(data: bytes) -> bytes:
    """The message without an mbox "From " line or leading blank lines; checks it has headers."""
    if data.startswith(b"From "):
        data = data[data.find(b"\n") + 1 :] if b"\n" in data else b""
    data = data.lstrip(b"\r\n")
    if not data:
        raise ParseFailure("empty message")
    if not _HEADER_LINE.match(data):
        raise ParseFailure("not an e-mail message: it does not start with a 'Name: value' header")
    if b"\n" not in data and b"\r" in data:
        data = data.replace(b"\r", b"\n")  # classic Mac OS line endings
    return data


def _fields(raw: RawMail, parsed: ParsedMail) -> dict[str, Any]:
    text, anchors = body_text(parsed)
    quote = quote_offset(text)
    signature = signature_offset(text, quote)
    fresh_end = min((o for o in (quote, signature) if o is not None), default=len(text))
    names = [a.filename for a in parsed.attachments if a.filename][:_MAX_ATTACHMENT_NAMES]
    events = calendar_events(parsed.attachments, parsed.warnings)
    subject = parsed.subject
    if not subject.isascii():
        subject = repair_mojibake(subject)
    return {
        "user_id": raw.user_id,
        "mailbox_id": raw.mailbox_id,
        "provider": raw.provider,
        "provider_message_id": raw.provider_message_id,
        "rfc_message_id": h.message_id(parsed.header("message-id")),
        "thread_id": raw.thread_id or h.first_value(parsed, "x-gm-thrid"),
        "in_reply_to": h.message_id(parsed.header("in-reply-to")),
        "references": h.references(parsed.header("references")),
        "from_": h.address(parsed.sender),
        "to": h.addresses(parsed.to + parsed.cc),
        "reply_to": h.addresses(parsed.reply_to),
        "subject": " ".join(subject.split()),
        "sent_at": parsed.sent_at,
        "text": text,
        "quote_offset": quote,
        "signature_offset": signature,
        "links": collect_links(anchors, text),
        "calendar_events": events,
        "list_unsubscribe": h.first_value(parsed, "list-unsubscribe"),
        "headers": h.kept_headers(parsed),
        "language": detect_language(text[:fresh_end]),
        "body_hash": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32],
        "size": len(raw.raw),
        "attachment_names": tuple(names),
        "labels": h.merge(raw.labels, h.gmail_labels(parsed.header("x-gmail-labels"))),
        "parse_warnings": tuple(dict.fromkeys(parsed.warnings)),
    }

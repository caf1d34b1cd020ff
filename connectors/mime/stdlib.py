"""The slow, forgiving path: the standard library's parser, for what the fast one rejects."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from email import policy
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from functools import partial

from jobtracker.connectors.mime.charset import decode_bytes, decode_words
from jobtracker.connectors.mime.parsed import Attachment, ParsedMail

_PARSER = BytesParser(policy=policy.compat32)


def parse_stdlib(raw: bytes) -> ParsedMail | None:
    """Parse ``raw`` with :mod:`email`; None when there is no header at all."""
    # compat32 keeps header values as raw strings: policy.default's header objects raise on
    # some malformed headers when read, and every value here is decoded by ``decode_words``.
    message = _PARSER.parsebytes(raw)
    headers: dict[str, list[str]] = {}
    for name, value in message.raw_items():
        headers.setdefault(name.lower(), []).append(" ".join(_text(value).split()))
    if not headers:
        return None
    parsed = ParsedMail(
        headers={name: [decode_words(v) for v in values] for name, values in headers.items()},
        subject=decode_words(headers.get("subject", [""])[0]),
        sender=next(iter(_addresses(headers, "from")), None),
        to=_addresses(headers, "to"),
        cc=_addresses(headers, "cc"),
        reply_to=_addresses(headers, "reply-to"),
        sent_at=_date(headers.get("date", [None])[0]),
        warnings=["fallback-parser"],
    )
    _collect_parts(message, parsed)
    return parsed


def _text(value: object) -> str:
    """A header value as text: raw 8-bit bytes arrive as surrogate escapes, decode them."""
    text = str(value)
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return decode_bytes(text.encode("utf-8", "surrogateescape"), None)
    return text


def _addresses(headers: dict[str, list[str]], name: str) -> list[tuple[str, str]]:
    # Split before decoding encoded-words: a decoded name may itself contain a comma.
    return [(decode_words(n), a) for n, a in getaddresses(headers.get(name, [])) if a]


def _date(value: object) -> datetime | None:
    if value is None:
        return None
    try:
        when = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        return when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def _leaves(part: Message) -> Iterator[Message]:
    # An attached message (message/rfc822) is one attachment, as in the fast path.
    if part.is_multipart() and part.get_content_type() != "message/rfc822":
        for child in part.get_payload():
            if isinstance(child, Message):
                yield from _leaves(child)
    else:
        yield part


def _collect_parts(message: Message, parsed: ParsedMail) -> None:
    for part in _leaves(message):
        kind = part.get_content_type()
        disposition = (part.get_content_disposition() or "").lower()
        if kind in ("text/plain", "text/html") and disposition != "attachment":
            text = decode_bytes(_payload(part), part.get_content_charset())
            (parsed.plain if kind == "text/plain" else parsed.html).append(text)
            continue
        payload = part.get_payload()
        parsed.attachments.append(
            Attachment(
                mimetype=kind,
                filename=decode_words(_text(part.get_filename("") or "")),
                encoded_size=len(payload) if isinstance(payload, str) else 0,
                load=partial(_payload, part),
            )
        )


def _payload(part: Message) -> bytes:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""

"""RawMail bytes to a NormalizedMessage: the one entry point of MIME normalisation."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from jobtracker.connectors.mime import headers as h
from jobtracker.connectors.mime.body import Bodies, bodies, clean_text, full_text, skim_text
from jobtracker.connectors.mime.calendar import calendar_events
from jobtracker.connectors.mime.charset import repair_mojibake
from jobtracker.connectors.mime.fast import parse_fast
from jobtracker.connectors.mime.html import html_anchors
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
# Marks of a quoted reply in (lower-cased) HTML: a <blockquote>, an attribution ("wrote:",
# "schrieb"...), a separator ("-----Original Message-----") in the languages quotes.py reads.
_QUOTE_SIGNS = (
    "blockquote", "wrote", "schrieb", "a \u00e9crit", "a &eacute;crit", "a &#233;crit", "escribi",
    "escreveu", "original message", "forwarded message", "ursprüngliche nachricht",
    "urspr&uuml;ngliche", "weitergeleitete", "message d'origine", "message d&#39;origine",
    "message transf", "mensaje original", "mensaje reenviado", "mensagem original",
    "mensagem encaminhada", "begin forwarded", "but du message",
)  # fmt: skip
# Outlook's header block: a "From:" line, then "Sent:" (and translations).
_OUTLOOK_FROM = ("from:", "von:", "de:", "de :")
_OUTLOOK_SENT = ("sent:", "gesendet:", "envoy", "enviad", "date:", "datum:")


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
    return _complete(_read(raw, keep_raw=keep_raw, max_message_bytes=max_message_bytes))


@dataclass(kw_only=True, slots=True)
class _Reading:
    """What both a skim and a full normalisation start from."""

    base: dict[str, Any]  # every field but the body's
    parsed: ParsedMail
    bodies: Bodies
    # text/plain mail: its text, offsets and warnings, the same for both
    text: str = ""
    quote: int | None = None
    signature: int | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(kw_only=True, slots=True)
class Draft:
    """A message read as far as a first look needs; :meth:`complete` reads the rest.

    ``message`` has everything of the full normalisation except ``links`` and ``language``
    (left empty), and, for a message that has only HTML, its ``text``: that is the HTML's
    words single-spaced, without quote or signature offsets. Converting HTML to laid-out text,
    collecting links and guessing the language are most of normalisation's cost, and most mail
    (not about jobs) never needs them.

    ``conclusive`` says whether the draft's text is good enough to rule the message out: it is
    not when HTML-only mail shows signs of a quoted reply, whose offset only the laid-out text
    tells.
    """

    message: NormalizedMessage
    conclusive: bool
    _reading: _Reading

    def complete(self) -> NormalizedMessage:
        """The full normalisation (raises :class:`ParseFailure` if the body cannot be read)."""
        return _complete(self._reading)


def skim(
    raw: RawMail, *, keep_raw: bool = False, max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
) -> Draft:
    """Read one message far enough for a first look (see :class:`Draft`).

    Raises :class:`ParseFailure` as :func:`normalize` does.
    """
    reading = _read(raw, keep_raw=keep_raw, max_message_bytes=max_message_bytes)
    try:
        if reading.bodies.html_only:
            fields = _body_fields(skim_text(reading.bodies), None, None, reading.warnings)
            conclusive = not _may_quote(reading.bodies.html)
        else:
            fields = _body_fields(reading.text, reading.quote, reading.signature, reading.warnings)
            conclusive = True
    except Exception as error:  # the parsers' failures on hostile input are many and unlisted
        raise ParseFailure(f"unreadable message: {type(error).__name__}: {error}") from error
    message = NormalizedMessage.model_validate(reading.base | fields)
    return Draft(message=message, conclusive=conclusive, _reading=reading)


def _read(raw: RawMail, *, keep_raw: bool, max_message_bytes: int) -> _Reading:
    data = raw.raw
    if len(data) > max_message_bytes:
        raise ParseFailure(f"message is {len(data)} bytes, over the {max_message_bytes}-byte limit")
    try:
        payload = _message_bytes(data)
        parsed = parse_fast(payload) or parse_stdlib(payload)
        if parsed is None:
            raise ParseFailure("no header block: the message has no 'Name: value' header lines")
        base = _envelope(raw, parsed)
        if keep_raw:
            base["raw"] = data
        reading = _Reading(base=base, parsed=parsed, bodies=bodies(parsed))
        reading.warnings = list(parsed.warnings)
        if not reading.bodies.html_only:
            reading.text = clean_text(reading.bodies.plain, reading.warnings)
            reading.quote, reading.signature = _offsets(reading.text)
    except ParseFailure:
        raise
    except Exception as error:  # the parsers' failures on hostile input are many and unlisted
        raise ParseFailure(f"unreadable message: {type(error).__name__}: {error}") from error
    return reading


def _complete(reading: _Reading) -> NormalizedMessage:
    try:
        found = reading.bodies
        if found.html_only:
            warnings = list(reading.warnings)
            text, anchors = full_text(found, warnings)
            quote, signature = _offsets(text)
        else:
            warnings = reading.warnings
            text, quote, signature = reading.text, reading.quote, reading.signature
            anchors = html_anchors(found.html) if found.html else []
        fresh_end = min((o for o in (quote, signature) if o is not None), default=len(text))
        fields = _body_fields(text, quote, signature, warnings)
        fields["links"] = collect_links(anchors, text)
        fields["language"] = detect_language(text[:fresh_end])
    except Exception as error:  # as in _read(): hostile input fails in unlisted ways
        raise ParseFailure(f"unreadable message: {type(error).__name__}: {error}") from error
    return NormalizedMessage.model_validate(reading.base | fields)


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


def _offsets(text: str) -> tuple[int | None, int | None]:
    quote = quote_offset(text)
    return quote, signature_offset(text, quote)


def _may_quote(html: str) -> bool:
    """Whether an HTML body may hold a quoted reply (then only its laid-out text tells where)."""
    low = html.lower()
    return any(sign in low for sign in _QUOTE_SIGNS) or (
        any(sign in low for sign in _OUTLOOK_FROM) and any(sign in low for sign in _OUTLOOK_SENT)
    )


def _body_fields(
    text: str, quote: int | None, signature: int | None, warnings: list[str]
) -> dict[str, Any]:
    return {
        "text": text,
        "quote_offset": quote,
        "signature_offset": signature,
        "body_hash": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32],
        "parse_warnings": tuple(dict.fromkeys(warnings)),
    }


def _envelope(raw: RawMail, parsed: ParsedMail) -> dict[str, Any]:
    """Every field but those of the body text."""
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
        "calendar_events": events,
        "list_unsubscribe": h.first_value(parsed, "list-unsubscribe"),
        "headers": h.kept_headers(parsed),
        "size": len(raw.raw),
        "attachment_names": tuple(names),
        "labels": h.merge(raw.labels, h.gmail_labels(parsed.header("x-gmail-labels"))),
    }

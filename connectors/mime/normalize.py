"""RawMail bytes to a NormalizedMessage: the one entry point of MIME normalisation."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from jobtracker.connectors.mime import headers as h
from jobtracker.connectors.mime.body import Bodies, bodies, clean_text, full_text
from jobtracker.connectors.mime.build import build, updated
from jobtracker.connectors.mime.calendar import calendar_events
from jobtracker.connectors.mime.charset import repair_mojibake
from jobtracker.connectors.mime.fast import parse_fast
from jobtracker.connectors.mime.html import html_anchors, html_words_tree
from jobtracker.connectors.mime.language import detect_language
from jobtracker.connectors.mime.links import collect_links
from jobtracker.connectors.mime.parsed import ParsedMail
from jobtracker.connectors.mime.quote_signs import may_quote
from jobtracker.connectors.mime.quotes import quote_offset
from jobtracker.connectors.mime.signature import signature_offset
from jobtracker.connectors.mime.stdlib import parse_stdlib
from jobtracker.pipeline.contracts import CalendarEvent, Link, NormalizedMessage, RawMail
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
    reading = _read(raw, keep_raw=keep_raw, max_message_bytes=max_message_bytes)
    if reading.bodies.html_only:
        fields = _laid_out(reading.bodies.html, reading.warnings)
    else:
        fields = _body_fields(reading.text, reading.quote, reading.signature, reading.warnings)
        fields |= _plain_extras(reading.bodies.html, reading.text, reading.quote, reading.signature)
    return _message(raw, reading.envelope, fields)


@dataclass(kw_only=True, slots=True)
class _Reading:
    """What both a skim and a full normalisation start from."""

    envelope: dict[str, Any]  # every field but the body's
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
    # Only what completing needs is kept (the message holds the rest): drafts of a whole batch
    # stay alive together, and every object they hold costs the garbage collector.
    _html: str
    _html_only: bool
    # HTML-only mail: the visible tree the skim read its words from, laid out by complete()
    # rather than parsed again (taken then: a tree is laid out in place, once).
    _tree: LexborHTMLParser | None = None

    def complete(self) -> NormalizedMessage:
        """The full normalisation (raises :class:`ParseFailure` if the body cannot be read)."""
        message = self.message
        if self._html_only:
            tree, self._tree = self._tree, None
            # The draft's warnings are the reading's, de-duplicated: the same once completed.
            fields = _laid_out(self._html, list(message.parse_warnings), tree)
        else:
            text = message.text
            fields = _plain_extras(self._html, text, message.quote_offset, message.signature_offset)
        return updated(message, fields)


def skim(
    raw: RawMail, *, keep_raw: bool = False, max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
) -> Draft:
    """Read one message far enough for a first look (see :class:`Draft`).

    Raises :class:`ParseFailure` as :func:`normalize` does.
    """
    reading = _read(raw, keep_raw=keep_raw, max_message_bytes=max_message_bytes)
    found = reading.bodies
    tree = None
    try:
        if found.html_only:
            # skim_text(found), keeping the parsed tree for complete()
            words, tree = html_words_tree(found.html)
            fields = _body_fields(clean_text(words, []), None, None, reading.warnings)
            conclusive = not may_quote(found.html)
        else:
            fields = _body_fields(reading.text, reading.quote, reading.signature, reading.warnings)
            conclusive = True
    except Exception as error:  # the parsers' failures on hostile input are many and unlisted
        raise ParseFailure(f"unreadable message: {type(error).__name__}: {error}") from error
    message = _message(raw, reading.envelope, fields)
    return Draft(
        message=message,
        conclusive=conclusive,
        _html=found.html,
        _html_only=found.html_only,
        _tree=tree,
    )


def _read(raw: RawMail, *, keep_raw: bool, max_message_bytes: int) -> _Reading:
    data = raw.raw
    if len(data) > max_message_bytes:
        raise ParseFailure(f"message is {len(data)} bytes, over the {max_message_bytes}-byte limit")
    try:
        payload = _message_bytes(data)
        parsed = parse_fast(payload) or parse_stdlib(payload)
        if parsed is None:
            raise ParseFailure("no header block: the message has no 'Name: value' header lines")
        envelope = _envelope(raw, parsed)
        if keep_raw:
            envelope["raw"] = data
        reading = _Reading(envelope=envelope, bodies=bodies(parsed))
        reading.warnings = list(parsed.warnings)
        if not reading.bodies.html_only:
            reading.text = clean_text(reading.bodies.plain, reading.warnings)
            reading.quote, reading.signature = _offsets(reading.text)
    except ParseFailure:
        raise
    except Exception as error:  # the parsers' failures on hostile input are many and unlisted
        raise ParseFailure(f"unreadable message: {type(error).__name__}: {error}") from error
    return reading


def _laid_out(
    html: str, warnings: list[str], tree: LexborHTMLParser | None = None
) -> dict[str, Any]:
    """The body fields of HTML-only mail: its laid-out text, offsets, links and language
    (``tree``: its visible tree, when a skim parsed it)."""
    try:
        text, anchors = full_text(Bodies(plain="", html=html), warnings, tree)
        quote, signature = _offsets(text)
        fields = _body_fields(text, quote, signature, warnings)
        fields |= _extras(anchors, text, quote, signature)
    except Exception as error:  # as in _read(): hostile input fails in unlisted ways
        raise ParseFailure(f"unreadable message: {type(error).__name__}: {error}") from error
    return fields


def _plain_extras(html: str, text: str, quote: int | None, signature: int | None) -> dict[str, Any]:
    """Links and language of text/plain mail (its HTML alternative only adds anchors)."""
    try:
        return _extras(html_anchors(html) if html else [], text, quote, signature)
    except Exception as error:  # as in _read(): hostile input fails in unlisted ways
        raise ParseFailure(f"unreadable message: {type(error).__name__}: {error}") from error


def _extras(
    anchors: list[tuple[str, str]], text: str, quote: int | None, signature: int | None
) -> dict[str, Any]:
    fresh_end = min((o for o in (quote, signature) if o is not None), default=len(text))
    return {
        "links": tuple(map(Link.model_validate, collect_links(anchors, text))),
        "language": detect_language(text[:fresh_end]),
    }


def _message(raw: RawMail, envelope: dict[str, Any], body: dict[str, Any]) -> NormalizedMessage:
    if _typed(raw):
        return build(NormalizedMessage, envelope, body)
    return NormalizedMessage.model_validate(envelope | body)  # a RawMail built without validation


def _typed(raw: RawMail) -> bool:
    """Whether the fields copied from ``raw`` have their declared types (validation gave them)."""
    return (
        type(raw.user_id) is str
        and type(raw.mailbox_id) is str
        and type(raw.provider) is str
        and type(raw.provider_message_id) is str
        and (raw.thread_id is None or type(raw.thread_id) is str)
        and type(raw.raw) is bytes
        and type(raw.labels) is tuple
        and (not raw.labels or all(type(label) is str for label in raw.labels))
    )


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
    headers = parsed.headers
    attachments = parsed.attachments
    names: list[str] = []
    events: tuple[CalendarEvent, ...] = ()
    if attachments:
        names = [a.filename for a in attachments if a.filename][:_MAX_ATTACHMENT_NAMES]
        found = calendar_events(attachments, parsed.warnings)
        events = tuple(map(CalendarEvent.model_validate, found))
    subject = parsed.subject
    if not subject.isascii():
        subject = repair_mojibake(subject)
    # Headers most mail lacks are looked up only when present: this runs for every message.
    labels: tuple[str, ...] = ()
    if "x-gmail-labels" in headers:
        labels = h.gmail_labels(h.value(headers, "x-gmail-labels"))
    return {
        "user_id": raw.user_id,
        "mailbox_id": raw.mailbox_id,
        "provider": raw.provider,
        "provider_message_id": raw.provider_message_id,
        "rfc_message_id": h.message_id(h.value(headers, "message-id")),
        "thread_id": raw.thread_id or h.first_value(headers, "x-gm-thrid"),
        "in_reply_to": (
            h.message_id(h.value(headers, "in-reply-to")) if "in-reply-to" in headers else None
        ),
        "references": (
            h.references(h.value(headers, "references")) if "references" in headers else ()
        ),
        "from_": h.sender(parsed.sender, h.value(headers, "from")),
        "to": h.addresses(parsed.to + parsed.cc),
        "reply_to": h.addresses(parsed.reply_to) if parsed.reply_to else (),
        "subject": " ".join(subject.split()),
        "sent_at": parsed.sent_at,
        "calendar_events": events,
        "list_unsubscribe": h.first_value(headers, "list-unsubscribe"),
        "headers": h.kept_headers(headers),
        "size": len(raw.raw),
        "attachment_names": tuple(names),
        "labels": h.merge(raw.labels, labels) if raw.labels or labels else (),
    }

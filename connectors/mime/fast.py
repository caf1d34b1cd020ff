"""The fast path: fast_mail_parser (Rust) in lazy mode, so attachments are never decoded."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import getaddresses

import fast_mail_parser as fmp

from jobtracker.connectors.mime.charset import decode_bytes, decode_words
from jobtracker.connectors.mime.parsed import Attachment, ParsedMail

_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)


class _LowerNames(dict[str, str]):
    """Header names lower-cased, remembered: mail repeats the same few dozen names."""

    def __missing__(self, name: str) -> str:
        lower = name.lower()
        if len(self) < 4096:  # hostile mail can invent names without end
            self[name] = lower
        return lower


_LOWER = _LowerNames()


def parse_fast(raw: bytes) -> ParsedMail | None:
    """Parse ``raw``; None when the fast parser fails or finds no header at all."""
    try:
        mail = fmp.parse_email(raw, mode="lazy")
    except fmp.ParseError:
        return None
    found = mail.headers
    if not found:
        return None
    # Built with map and zip, which run no bytecode per header (this runs for every message).
    headers = dict(zip(map(_LOWER.__getitem__, found), found.values(), strict=True))
    warnings = [w.kind for w in mail.warnings] if mail.warnings else []
    plain, html = mail.text_plain, mail.text_html
    if "charset-fallback" in warnings:
        # The parser read an unknown charset as ASCII; decode those parts again, better.
        redone = _bodies_from_tree(raw)
        if redone is not None:
            plain, html = redone
    sender = mail.from_
    attachments = mail.attachments
    parsed = ParsedMail(
        headers=headers,
        subject=decode_words(mail.subject),
        sender=_pair(sender) if sender is not None else None,
        to=list(map(_pair, mail.to)),
        cc=list(map(_pair, mail.cc)),
        reply_to=list(map(_pair, mail.reply_to)),
        sent_at=_date(mail, warnings),
        plain=plain,
        html=html,
        attachments=list(map(_attachment, attachments)) if attachments else [],
        warnings=warnings,
    )
    if parsed.sender is None and "from" in headers:
        # An address header the parser could not read; the stdlib is more forgiving.
        found_from = getaddresses(headers["from"])
        if found_from and found_from[0][1]:
            parsed.sender = (decode_words(found_from[0][0]), found_from[0][1])
    return parsed


def _date(mail: fmp.PyLazyMail, warnings: list[str]) -> datetime | None:
    try:
        return mail.date_parsed
    except (ValueError, OverflowError):  # a Date the parser reads into an impossible year
        warnings.append("date-unparseable")
        return None


def _pair(address: fmp.PyAddress) -> tuple[str, str]:
    name = address.display_name or ""
    return (decode_words(name) if "=?" in name else name, address.address)


def _attachment(part: fmp.PyLazyAttachment) -> Attachment:
    return Attachment(
        mimetype=part.mimetype.lower(),
        filename=decode_words(part.filename),
        encoded_size=part.encoded_size,
        load=lambda: part.content,
    )


def _bodies_from_tree(raw: bytes) -> tuple[list[str], list[str]] | None:
    try:
        root = fmp.parse_email_tree(raw, mode="lazy")
        plain: list[str] = []
        html: list[str] = []
        _collect_bodies(root, plain, html)
    except fmp.ParseError:
        return None
    return plain, html


def _collect_bodies(node: fmp.PyLazyMimePart, plain: list[str], html: list[str]) -> None:
    if node.is_message:
        return  # an attached message is an attachment, as in the flat projection
    if node.children:
        for child in node.children:
            _collect_bodies(child, plain, html)
        return
    kind = node.content_type.lower()
    if kind not in ("text/plain", "text/html") or (node.disposition or "").lower() == "attachment":
        return
    declared = next((v[0] for k, v in node.headers.items() if k.lower() == "content-type"), "")
    found = _CHARSET.search(declared)
    text = decode_bytes(node.content or b"", found.group(1) if found else None)
    (plain if kind == "text/plain" else html).append(text)

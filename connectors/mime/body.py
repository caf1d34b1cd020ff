"""The readable text of a message: text/plain preferred, HTML converted when it is all there is."""

from __future__ import annotations

import re

from jobtracker.connectors.mime.charset import repair_mojibake
from jobtracker.connectors.mime.html import html_anchors, html_to_text
from jobtracker.connectors.mime.parsed import ParsedMail

MAX_TEXT_CHARS = 256 * 1024
_MAX_HTML_CHARS = 2 * 1024 * 1024
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_BLANK_LINES = re.compile(r"\n\n\n+")
# Deleted with str.replace: str.translate has no fast path for non-ASCII text (~60 us for 4 KB).
_INVISIBLE = ("\x00", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def body_text(parsed: ParsedMail) -> tuple[str, list[tuple[str, str]]]:
    """``(text, anchors)``: cleaned text, and ``(href, anchor text)`` pairs from any HTML part."""
    plain = [part for part in parsed.plain if part and not part.isspace()]
    source = "\n".join(parsed.html)
    if len(source) > _MAX_HTML_CHARS:
        source = source[:_MAX_HTML_CHARS]
        parsed.warnings.append("html-truncated")
    if plain:
        text = "\n\n".join(plain)
        anchors = html_anchors(source) if source else []
    elif source:
        text, anchors = html_to_text(source)
    else:
        return "", []
    return clean_text(text, parsed.warnings), anchors


def clean_text(text: str, warnings: list[str]) -> str:
    """One newline convention, no trailing spaces, no invisible characters, bounded length."""
    # Each regular expression pass costs ~10 ns a character; substring tests gate them.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = repair_mojibake(text)
        for invisible in _INVISIBLE:
            if invisible in text:
                text = text.replace(invisible, "")
    elif "\x00" in text:
        text = text.replace("\x00", "")
    if " \n" in text or "\t\n" in text or "\u00a0\n" in text:
        text = _TRAILING_SPACE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    text = text.strip()
    if len(text) > MAX_TEXT_CHARS:
        warnings.append("text-truncated")
        text = text[:MAX_TEXT_CHARS]
    return text

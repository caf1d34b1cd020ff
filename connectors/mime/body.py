"""The readable text of a message: text/plain preferred, HTML converted when it is all there is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from jobtracker.connectors.mime.charset import repair_mojibake
from jobtracker.connectors.mime.html import html_anchors, html_to_text, html_words
from jobtracker.connectors.mime.parsed import ParsedMail

MAX_TEXT_CHARS = 256 * 1024
_MAX_HTML_CHARS = 2 * 1024 * 1024
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_BLANK_LINES = re.compile(r"\n\n\n+")
# Deleted with str.replace: str.translate has no fast path for non-ASCII text (~60 us for 4 KB).
_INVISIBLE = ("\x00", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


@dataclass(kw_only=True, slots=True)
class Bodies:
    """The body parts of a message: its text/plain parts joined, else its HTML to convert."""

    plain: str
    html: str

    @property
    def html_only(self) -> bool:
        return not self.plain and bool(self.html)


def bodies(parsed: ParsedMail) -> Bodies:
    plain = [part for part in parsed.plain if part and not part.isspace()]
    source = "\n".join(parsed.html)
    if len(source) > _MAX_HTML_CHARS:
        source = source[:_MAX_HTML_CHARS]
        parsed.warnings.append("html-truncated")
    return Bodies(plain="\n\n".join(plain), html=source)


def body_text(parsed: ParsedMail) -> tuple[str, list[tuple[str, str]]]:
    """``(text, anchors)``: cleaned text, and ``(href, anchor text)`` pairs from any HTML part."""
    return full_text(bodies(parsed), parsed.warnings)


def full_text(
    found: Bodies, warnings: list[str], tree: LexborHTMLParser | None = None
) -> tuple[str, list[tuple[str, str]]]:
    """text/plain when there is one (anchors read cheaply from the HTML), else the HTML laid out
    (from ``tree``, its visible tree, when a skim parsed it already)."""
    if found.plain:
        return clean_text(found.plain, warnings), html_anchors(found.html) if found.html else []
    if found.html:
        text, anchors = html_to_text(found.html, tree)
        return clean_text(text, warnings), anchors
    return "", []


def skim_text(found: Bodies) -> str:
    """The text for a first look: as :func:`full_text` for text/plain, the HTML's bare words."""
    if found.plain:
        return clean_text(found.plain, [])
    return clean_text(html_words(found.html), []) if found.html else ""


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

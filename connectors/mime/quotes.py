"""Where a quoted reply or forward starts in a message's text.

Every marker sits at the start of a line. Each is found by a cheap substring search for its
keyword first, and only then confirmed with a regular expression anchored at that line, so a
message with no quote costs a handful of ``str.find`` calls.
"""

from __future__ import annotations

import re

_LINE = r"[^\n]{0,300}"
# Reply attributions ("On ... wrote:"), which mail clients often wrap onto a second line.
_ATTRIBUTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (keyword, re.compile(rf"[ \t]*{lead}\b{_LINE}(?:\n{_LINE})?\b{tail}[ \t]*$", re.MULTILINE))
    for keyword, lead, tail in (
        ("wrote", "On", r"wrote\s?:"),
        ("schrieb", "Am", rf"schrieb\b{_LINE}:"),
        ("crit", "Le", r"a écrit\s?:"),
        ("escribi", "El", r"escribió\s?:"),
        ("escreveu", "Em", r"escreveu\s?:"),
    )
)
_SEPARATOR_WORDS = (
    "original message",
    "forwarded message",
    "ursprüngliche nachricht",
    "weitergeleitete nachricht",
    "message d'origine",
    "message transféré",
    "mensaje original",
    "mensaje reenviado",
    "mensagem original",
    "mensagem encaminhada",
)
_SEPARATOR = re.compile(
    r"[ \t]*-{2,}[ \t]*(?:" + "|".join(re.escape(w) for w in _SEPARATOR_WORDS) + r")[ \t]*-{2,}",
    re.IGNORECASE,
)
_FORWARD_WORDS = (
    "begin forwarded message:",
    "début du message réexpédié",
    "anfang der weitergeleiteten nachricht:",
)
# Outlook's header block: "From: ..." then, within three lines, "Sent: ..." (and translations).
_OUTLOOK_SENT = ("sent:", "gesendet:", "envoyé", "enviado", "enviada", "date:", "datum:")
_OUTLOOK_FROM = re.compile(r"[ \t]*\*{0,2}(?:From|Von|De)[ \t]?\*{0,2}[ \t]?:", re.IGNORECASE)
_OUTLOOK_RULE = re.compile(r"[ \t]*_{10,}[ \t]*$", re.MULTILINE)


def quote_offset(text: str) -> int | None:
    """Offset in ``text`` where the first quoted reply or forwarded message starts, or None."""
    lowered = text.lower()
    # Cheap gates first: each marker family needs a character sequence most mail lacks.
    found = [
        _first_attribution(text, lowered) if ":\n" in text or text.endswith(":") else None,
        _first_line_match(text, lowered, _SEPARATOR_WORDS, _SEPARATOR) if "--" in text else None,
        _first_keyword_line(lowered, _FORWARD_WORDS),
        _first_outlook_block(text, lowered) if _has_outlook_from(lowered) else None,
        0 if text.startswith(">") else _after_newline(text.find("\n>")),
    ]
    return min((offset for offset in found if offset is not None), default=None)


def _has_outlook_from(lowered: str) -> bool:
    return "from:" in lowered or "von:" in lowered or "de:" in lowered or "de :" in lowered


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _after_newline(position: int) -> int | None:
    return None if position < 0 else position + 1


def _first_attribution(text: str, lowered: str) -> int | None:
    best: int | None = None
    for keyword, pattern in _ATTRIBUTIONS:
        hit = lowered.find(keyword)
        while hit != -1 and (best is None or hit < best):
            line = _line_start(text, hit)
            previous = _line_start(text, line - 1) if line > 0 else line
            for start in (previous, line):
                if pattern.match(text, start):
                    best = start if best is None else min(best, start)
                    break
            else:
                hit = lowered.find(keyword, hit + 1)
                continue
            break
    return best


def _first_line_match(
    text: str, lowered: str, words: tuple[str, ...], pattern: re.Pattern[str]
) -> int | None:
    starts = []
    for word in words:
        hit = lowered.find(word)
        while hit != -1:
            line = _line_start(text, hit)
            if pattern.match(text, line):
                starts.append(line)
                break
            hit = lowered.find(word, hit + 1)
    return min(starts, default=None)


def _first_keyword_line(lowered: str, words: tuple[str, ...]) -> int | None:
    starts = []
    for word in words:
        hit = lowered.find(word)
        if hit != -1 and not lowered[_line_start(lowered, hit) : hit].strip():
            starts.append(_line_start(lowered, hit))
    return min(starts, default=None)


def _first_outlook_block(text: str, lowered: str) -> int | None:
    starts = []
    for word in _OUTLOOK_SENT:
        hit = lowered.find(word)
        while hit != -1:
            line = _line_start(text, hit)
            start = None if lowered[line:hit].strip(" \t*") else _outlook_from_line(text, line)
            if start is not None:
                starts.append(start)
                break
            hit = lowered.find(word, hit + 1)
    return min(starts, default=None)


def _outlook_from_line(text: str, sent_line: int) -> int | None:
    line = sent_line
    for _ in range(3):  # the From line is at most three lines above the Sent line
        if line == 0:
            return None
        line = _line_start(text, line - 1)
        if _OUTLOOK_FROM.match(text, line):
            above = _line_start(text, line - 1) if line > 0 else line
            return above if above < line and _OUTLOOK_RULE.match(text, above) else line
    return None

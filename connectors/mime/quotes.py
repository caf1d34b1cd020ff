"""Where a quoted reply or forward starts in a message's text.

Every marker starts a line, so only lines that start like a marker are examined, found by one
regular-expression scan from newline to newline. Markers: reply
attributions ("On ... wrote:", "Am ... schrieb", "Le ... a écrit", "El ... escribió",
"Em ... escreveu"), separator lines ("-----Original Message-----", "---------- Forwarded message
---------" and translations), Apple's "Begin forwarded message:", Outlook's "From: ... Sent: ..."
header block, and lines quoted with ">".
"""

from __future__ import annotations

import re

_LINE = r"[^\n]{0,300}"
# Reply attributions, which mail clients often wrap onto a second line.
_ATTRIBUTION = re.compile(
    rf"[ \t]*(?:On\b{_LINE}(?:\n{_LINE})?\bwrote\s?:"
    rf"|Am\b{_LINE}(?:\n{_LINE})?\bschrieb\b{_LINE}:"
    rf"|Le\b{_LINE}(?:\n{_LINE})?\ba écrit\s?:"
    rf"|El\b{_LINE}(?:\n{_LINE})?\bescribió\s?:"
    rf"|Em\b{_LINE}(?:\n{_LINE})?\bescreveu\s?:)[ \t]*$",
    re.MULTILINE,
)
_SEPARATOR = re.compile(
    # German webmail writes "-----Original-Nachricht-----", a French client "Message original"
    r"[ \t]*-{2,}[ \t]*(?:original message|forwarded message|ursprüngliche nachricht"
    r"|original-nachricht|original nachricht|message original"
    r"|weitergeleitete nachricht|message d'origine|message transféré|mensaje original"
    r"|mensaje reenviado|mensagem original|mensagem encaminhada)[ \t]*-{2,}",
    re.IGNORECASE,
)
# Outlook's header block: "From: ..." then, within three lines, "Sent: ..." (and translations).
_OUTLOOK = re.compile(
    r"[ \t]*\*{0,2}(?:From|Von|De)[ \t]?\*{0,2}[ \t]?:[^\n]*\n(?:[^\n]*\n){0,2}?"
    r"[ \t]*\*{0,2}(?:Sent|Gesendet|Envoyé|Enviado|Enviada|Date|Datum)\b[^\n:]{0,10}:",
    re.IGNORECASE,
)
_RULE = re.compile(r"[ \t]*_{10,}[ \t]*\n")
_ATTRIBUTION_LEADS = ("On ", "Am ", "Le ", "El ", "Em ")
_FORWARD_LEADS = (
    "Begin forwarded message:",
    "Anfang der weitergeleiteten Nachricht:",
    "Début du message réexpédié",
)
_OUTLOOK_LEADS = ("From", "Von", "De", "*")
# A line that starts (after indentation) the way some marker does. Searching for it jumps from
# newline to newline in C; the markers' own tests then run on a few lines only.
_LEAD = (
    r"[ \t]*(?:[>\-_*]|On |Am |Le |El |Em |From|Von|De"
    r"|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|Début du message réexpédié)"
)
_FIRST_LINE = re.compile(_LEAD)
_NEXT_LINES = re.compile(r"\n" + _LEAD)


def quote_offset(text: str) -> int | None:
    """Offset in ``text`` where the first quoted reply or forwarded message starts, or None."""
    if _FIRST_LINE.match(text) and _is_marker(text, 0, _line(text, 0)):
        return 0
    for found in _NEXT_LINES.finditer(text):
        start = found.start() + 1
        if _is_marker(text, start, _line(text, start)):
            return start  # lines are read in order: the first marker is the earliest
    return None


def _line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return (text[start:] if end == -1 else text[start:end]).lstrip(" \t")


def _is_marker(text: str, start: int, line: str) -> bool:
    # A plain prefix test first; the regular expression (a few microseconds) only confirms.
    if line.startswith(">"):
        return True
    if line.startswith("-"):
        return _SEPARATOR.match(text, start) is not None
    if line.startswith("_"):
        # Outlook puts a rule of underscores above its header block.
        rule = _RULE.match(text, start)
        return rule is not None and _OUTLOOK.match(text, rule.end()) is not None
    if line.startswith(_ATTRIBUTION_LEADS):
        return _ATTRIBUTION.match(text, start) is not None
    if line.startswith(_FORWARD_LEADS):
        return True
    return line.startswith(_OUTLOOK_LEADS) and _OUTLOOK.match(text, start) is not None

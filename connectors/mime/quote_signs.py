"""Whether an HTML body may hold a quoted reply: a cheap, case-insensitive look at its source.

A skim cannot tell where a quoted reply starts in HTML (only the laid-out text tells), so HTML
mail with any sign of one is completed before it is judged.
"""

from __future__ import annotations

from typing import Any

# Marks of a quoted reply in (lower-cased) HTML: a <blockquote>, an attribution ("wrote:",
# "schrieb"...), a separator ("-----Original Message-----") in the languages quotes.py reads.
_QUOTE_SIGNS = (
    "blockquote", "wrote", "schrieb", "a \u00e9crit", "a &eacute;crit", "a &#233;crit", "escribi",
    "escreveu", "original message", "forwarded message", "ursprüngliche nachricht",
    "urspr&uuml;ngliche", "weitergeleitete", "message d'origine", "message d&#39;origine",
    "message transf", "mensaje original", "mensaje reenviado", "mensagem original",
    "mensagem encaminhada", "begin forwarded", "but du message", "original-nachricht",
)  # fmt: skip
# Outlook's header block: a "From:" line, then "Sent:" (and translations).
_OUTLOOK_FROM = ("from:", "von:", "de:", "de :")
_OUTLOOK_SENT = ("sent:", "gesendet:", "envoy", "enviad", "date:", "datum:")

# Each search of a body costs about a microsecond a kilobyte, and most bodies hold no sign at
# all: eleven ASCII pieces that the 23 signs share are searched first, each sign only after its
# piece was found.
_PIECES = (
    "blockquote", "wrote", "schrieb", "crit", "escr", "message", "urspr", "weitergeleitete",
    "mensa", "begin forwarded", "original-n",
)  # fmt: skip
_Group = tuple[str, tuple[str, ...], tuple[str, ...]]  # piece, ASCII signs, the other signs
_GROUPS: tuple[_Group, ...] = tuple(
    (
        piece,
        tuple(s for s in _QUOTE_SIGNS if piece in s and s.isascii()),
        tuple(s for s in _QUOTE_SIGNS if piece in s and not s.isascii()),
    )
    for piece in _PIECES
)
assert {sign for _, ascii, other in _GROUPS for sign in ascii + other} == set(_QUOTE_SIGNS)
_BINARY_GROUPS = tuple(
    (piece.encode(), tuple(s.encode() for s in ascii), other) for piece, ascii, other in _GROUPS
)
_BINARY_FROM = tuple(sign.encode() for sign in _OUTLOOK_FROM)
_BINARY_SENT = tuple(sign.encode() for sign in _OUTLOOK_SENT)
# The only characters whose lower case holds ASCII letters: the Kelvin sign and dotted capital I.
_LOWER_TO_ASCII = ("\u212a", "\u0130")


def may_quote(html: str) -> bool:
    """Whether ``html.lower()`` holds a sign of a quoted reply (see ``_QUOTE_SIGNS``)."""
    if html.isascii() or any(map(html.__contains__, _LOWER_TO_ASCII)):
        low = html.lower()
        return _signs_in(low, html, _GROUPS, _OUTLOOK_FROM, _OUTLOOK_SENT)  # type: ignore[arg-type]
    # str.lower() of non-ASCII text costs ~5 ns a character; lower-casing the UTF-8 bytes only
    # touches ASCII letters, which is all an ASCII sign can match (other characters never
    # lower-case to ASCII, and their UTF-8 bytes are all above 0x7F).
    binary = html.encode("utf-8", "surrogatepass").lower()
    return _signs_in(binary, html, _BINARY_GROUPS, _BINARY_FROM, _BINARY_SENT)  # type: ignore[arg-type]


def _signs_in(low: Any, html: str, groups: Any, from_signs: Any, sent_signs: Any) -> bool:
    """The search of :func:`may_quote` in ``low``, a lower-cased str or its UTF-8 bytes."""
    for piece, ascii_signs, other_signs in groups:
        if piece in low:
            if any(map(low.__contains__, ascii_signs)):
                return True
            if other_signs and any(sign in html.lower() for sign in other_signs):
                return True
    # any(map(...)) rather than a generator: no Python frame per search.
    return any(map(low.__contains__, from_signs)) and any(map(low.__contains__, sent_signs))

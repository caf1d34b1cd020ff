"""Turning bytes and RFC 2047 encoded-words into text without ever failing.

Mail declares charsets that do not exist (``x-unknown``), declares the wrong one, or declares none
and sends UTF-8 anyway. Every function here returns text; none raises on bad input.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re

from charset_normalizer import from_bytes

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_BETWEEN_WORDS = re.compile(r"(\?=)\s+(=\?)")
# UTF-8 read as Latin-1 shows up as 'Ã' or 'Â' followed by a C1/Latin-1 continuation character.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]")
# Lead bytes of the UTF-8 most mail carries (Latin-1 letters, Latin Extended-A, punctuation).
_MOJIBAKE_MARKERS = ("Ã", "Â", "Ä", "Å", "â\u0080")


def lookup_codec(charset: str | None) -> str | None:
    """The Python codec name for a declared charset, or None if there is no such codec."""
    if not charset:
        return None
    label = charset.strip().strip('"').lower()
    if label in ("", "unknown-8bit", "x-unknown", "unknown"):
        return None
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):  # ValueError: a label with a NUL in it
        return None
    # Guard against labels naming binary transforms (base64, zlib...) rather than text codecs.
    return info.name if getattr(info, "_is_text_encoding", True) else None


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode ``data`` using the declared charset, falling back sensibly when it is wrong."""
    codec = lookup_codec(charset)
    if codec is not None and codec not in ("ascii", "us-ascii"):
        return data.decode(codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if len(data) >= 16:
        best = from_bytes(data).best()
        if best is not None:
            return str(best)
    return data.decode("cp1252", "replace")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as Latin-1 ("CafÃ©"), only when the repair is exact."""
    # Substring tests first: a character-class search costs ~10 ns a character.
    if not any(map(text.__contains__, _MOJIBAKE_MARKERS)):  # map: no generator frame
        return text
    if _MOJIBAKE.search(text) is None:
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _decode_word(match: re.Match[str]) -> str:
    charset, encoding, payload = match.group(1), match.group(2).lower(), match.group(3)
    charset = charset.split("*", 1)[0]  # RFC 2231 language suffix: =?utf-8*en?q?...?=
    try:
        if encoding == "b":
            data = base64.b64decode(payload + "=" * (-len(payload) % 4))
        else:
            data = quopri.decodestring(payload.replace("_", " ").encode("ascii"), header=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return match.group(0)
    return decode_bytes(data, charset)


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded-words in a header value; leave anything undecodable as it is."""
    if "=?" not in value:
        return value
    value = _BETWEEN_WORDS.sub(r"\1\2", value)
    return _ENCODED_WORD.sub(_decode_word, value)

"""Header encoding: RFC 2047 encoded words, address formatting, folding, dates, Message-IDs."""

from __future__ import annotations

import base64
import re
import time

from .rand import Rng

_SPECIALS = frozenset('()<>[]:;@\\,."')
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def encodable(text: str, charset: str) -> bool:
    """Whether ``text`` fits a Latin charset; everything the generator writes that fits
    ISO-8859-1 also fits windows-1252, and checking the highest character is cheap."""
    if charset.lower() in {"iso-8859-1", "latin-1", "windows-1252", "cp1252"}:
        charset = "latin-1"  # a C fast path, unlike the windows-1252 codec
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def encode_words(text: str, rng: Rng, force: bool = False) -> str:
    """RFC 2047 encoded words (each at most 75 characters), or ``text`` as is when ASCII."""
    if text.isascii() and not force:
        return text
    charset = "utf-8"
    if not text.isascii() and rng.chance(0.3) and encodable(text, "iso-8859-1"):
        charset = rng.pick(("iso-8859-1", "ISO-8859-1", "windows-1252"))
    elif rng.chance(0.5):
        charset = "UTF-8"
    q = rng.chance(0.45)
    room = 75 - len(charset) - 7  # "=?" charset "?Q?" ... "?="
    words: list[str] = []
    chunk = ""
    # Whole words per encoded word; the space after a word travels inside it, because
    # whitespace between two encoded words disappears when they are decoded.
    for piece in _PIECES.findall(text):
        candidate = chunk + piece
        if chunk and _size(candidate, charset, q) > room:
            words.append(_encoded(chunk.encode(charset), charset, q))
            candidate = piece
        chunk = candidate
        while _size(chunk, charset, q) > room:
            cut = len(chunk) - 1
            while cut > 1 and _size(chunk[:cut], charset, q) > room:
                cut -= 1
            words.append(_encoded(chunk[:cut].encode(charset), charset, q))
            chunk = chunk[cut:]
    if chunk:
        words.append(_encoded(chunk.encode(charset), charset, q))
    return "\n ".join(words)


_PIECES = re.compile(r"\S+\s*|\s+")
_Q_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
_Q_SAFE_BYTES = bytes(sorted(_Q_SAFE)) + b" "


def _size(text: str, charset: str, q: bool) -> int:
    raw = text.encode(charset)
    if q:
        unsafe = len(raw.translate(None, _Q_SAFE_BYTES))
        return len(raw) + 2 * unsafe
    return 4 * ((len(raw) + 2) // 3)


def _encoded(raw: bytes, charset: str, q: bool) -> str:
    if q:
        body = "".join(chr(b) if b in _Q_SAFE else "_" if b == 32 else f"={b:02X}" for b in raw)
        return f"=?{charset}?Q?{body}?="
    return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="


def address(name: str, addr: str, rng: Rng) -> str:
    if not name:
        return addr if rng.chance(0.5) else f"<{addr}>"
    if not name.isascii():
        return f"{encode_words(name, rng)} <{addr}>"
    if not _SPECIALS.isdisjoint(name) or rng.chance(0.15):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


def fold(name: str, value: str) -> str:
    """``Name: value`` folded at spaces so that lines stay short (encoded words keep theirs)."""
    line = f"{name}: {value}"
    if len(line) <= 78 or "\n" in value:
        return line
    out: list[str] = []
    current = f"{name}:"
    for word in value.split(" "):
        if len(current) + 1 + len(word) > 76 and current.strip() and current != f"{name}:":
            out.append(current)
            current = " " + word
        else:
            current = f"{current} {word}"
    out.append(current)
    return "\n".join(out)


def rfc5322_date(ts: float, tz_minutes: int, rng: Rng) -> str:
    local = time.gmtime(ts + tz_minutes * 60)
    sign = "+" if tz_minutes >= 0 else "-"
    hours, minutes = divmod(abs(tz_minutes), 60)
    day = str(local.tm_mday) if rng.chance(0.3) else f"{local.tm_mday:02d}"
    text = (
        f"{_DAYS[local.tm_wday]}, {day} {_MONTHS[local.tm_mon - 1]} {local.tm_year} "
        f"{local.tm_hour:02d}:{local.tm_min:02d}:{local.tm_sec:02d} {sign}{hours:02d}{minutes:02d}"
    )
    if tz_minutes == 0 and rng.chance(0.4):
        text += " (UTC)"
    return text


def asctime(ts: float) -> str:
    """The date on an mbox ``From `` separator line (UTC, asctime layout)."""
    t = time.gmtime(ts)
    return (
        f"{_DAYS[t.tm_wday]} {_MONTHS[t.tm_mon - 1]} {t.tm_mday:2d} "
        f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} {t.tm_year}"
    )


def _b36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rem = divmod(number, 36)
        out = digits[rem] + out
        if not number:
            return out


def message_id(style: str, domain: str, from_domain: str, serial: int, rng: Rng) -> str:
    """A Message-ID in a sender-typical shape. ``serial`` sits after a fixed-length random part,
    between delimiters the random alphabet lacks, so no two messages can share an id."""
    if from_domain in {"gmail.com", "googlemail.com"} or (style == "personal" and rng.chance(0.4)):
        return f"<CA{rng.b64token(30)}+{_b36(serial)}={rng.b64token(4)}@mail.gmail.com>"
    if style == "outlook":
        prefix = rng.pick(("AM0PR", "DB9PR", "PAXPR", "BN7PR", "SJ0PR"))
        box = f"{prefix}{rng.digits(2)}MB{rng.digits(4)}"
        region = rng.pick(("eurprd04", "eurprd07", "namprd12", "namprd03"))
        return f"<{box}{rng.token(8).upper()}.{serial}@{box}.{region}.prod.outlook.com>"
    roll = rng.random()
    domain = domain or from_domain
    if roll < 0.25:
        return f"<0100018{rng.hex(13)}-{rng.uuid()}-{serial:06d}@email.amazonses.com>"
    if roll < 0.5:
        return f"<{rng.b64token(22).replace('-', 'x').replace('_', 'y')}.{serial}@{domain}>"
    if roll < 0.75:
        return f"<{rng.uuid()}.{_b36(serial)}@{domain}>"
    host = rng.pick(("app", "mailer", "svc"))
    return f"<{rng.digits(13)}.{serial}.JavaMail.{host}@{domain}>"

"""Header values turned into NormalizedMessage fields."""

from __future__ import annotations

import re
from functools import lru_cache

from jobtracker.connectors.mime.charset import decode_words
from jobtracker.pipeline.contracts import Address

KEPT_HEADERS = (
    "Auto-Submitted",
    "Precedence",
    "X-Autoreply",
    "X-Autorespond",
    "List-Id",
    "X-Mailer",
    "Sender",
    "Return-Path",
    "X-Auto-Response-Suppress",
)
_KEPT = tuple((name.lower(), name) for name in KEPT_HEADERS)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_LABEL = re.compile(r'"((?:[^"\\]|\\.)*)"|([^,]+)')
_MAX_REFERENCES = 100
_MAX_VALUE = 2000


def address(pair: tuple[str, str] | None) -> Address:
    """An ``Address``; the address is lower-cased so the same sender always matches."""
    return _address(*pair) if pair is not None else _address("", "")


_ONE_ANGLE = re.compile(r"([^<>]*?)\s*<([^<>@\s]+@[^<>\s]+)>\s*")


def sender(pair: tuple[str, str] | None, header: str | None) -> Address:
    """The ``From`` address. Corporate mailers write "Doe, Jane <j.doe@acme.de>" with the comma
    unquoted (often once the name is encoded): read strictly that is two addresses, the first
    "Doe" with no domain; one angle address means one sender, the whole text before it named."""
    if (pair is not None and "@" in pair[1]) or not header or "," not in header:
        return address(pair)
    found = _ONE_ANGLE.fullmatch(header)
    if found is None:
        return address(pair)
    name = found[1]
    return _address(decode_words(name) if "=?" in name else name, found[2])


# Addresses are immutable and the same few recur on every message (the user's own, each
# sender's): one shared object each saves building it and keeps fewer objects alive.
@lru_cache(maxsize=4096)
def _address(name: str, spec: str) -> Address:
    spec = spec.strip().strip("<>").lower()
    domain = spec.rpartition("@")[2] if "@" in spec else ""
    name = " ".join(name.split()).strip("\"' ")
    return Address(name=name, address=spec, domain=domain)


def addresses(pairs: list[tuple[str, str]]) -> tuple[Address, ...]:
    seen: dict[str, Address] = {}
    for pair in pairs:
        found = _address(*pair)
        if found.address and found.address not in seen:
            seen[found.address] = found
    return tuple(seen.values())


def message_id(value: str | None) -> str | None:
    """The first ``<id>`` of a header as written (brackets kept), or the bare value, or None."""
    if not value:
        return None
    found = _MESSAGE_ID.search(value)
    if found is not None:
        return found.group(0)
    bare = value.strip()
    return bare.split()[0] if bare else None


def references(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(dict.fromkeys(_MESSAGE_ID.findall(value)))[-_MAX_REFERENCES:]


def gmail_labels(value: str | None) -> tuple[str, ...]:
    """Labels of an ``X-Gmail-Labels`` header: comma-separated, commas inside quotes kept."""
    if not value:
        return ()
    labels = []
    for quoted, plain in _LABEL.findall(value):
        label = (quoted.replace('\\"', '"') if quoted else plain).strip()
        if label:
            labels.append(label)
    return tuple(labels)


def kept_headers(headers: dict[str, list[str]]) -> dict[str, str]:
    """The allow-list of headers rules look at, under their canonical names."""
    kept = {}
    for lower, name in _KEPT:
        values = headers.get(lower)
        if values:
            kept[name] = values[0].strip()[:_MAX_VALUE]
    return kept


def merge(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def value(headers: dict[str, list[str]], name: str) -> str | None:
    """The first value of header ``name`` (lower-case), stripped, or None."""
    values = headers.get(name)
    return values[0].strip() if values else None


def first_value(headers: dict[str, list[str]], name: str) -> str | None:
    """As :func:`value`, cut to a sane length for a field."""
    values = headers.get(name)
    found = values[0].strip() if values else None
    return found[:_MAX_VALUE] if found else None

"""Header values turned into NormalizedMessage fields."""

from __future__ import annotations

import re

from jobtracker.connectors.mime.parsed import ParsedMail

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


def address(pair: tuple[str, str] | None) -> dict[str, str]:
    """``Address`` fields; the address is lower-cased so the same sender always matches."""
    if pair is None:
        return {"name": "", "address": "", "domain": ""}
    name, spec = pair
    spec = spec.strip().strip("<>").lower()
    domain = spec.rpartition("@")[2] if "@" in spec else ""
    return {"name": " ".join(name.split()).strip("\"' "), "address": spec, "domain": domain}


def addresses(pairs: list[tuple[str, str]]) -> tuple[dict[str, str], ...]:
    seen: dict[str, dict[str, str]] = {}
    for pair in pairs:
        found = address(pair)
        if found["address"] and found["address"] not in seen:
            seen[found["address"]] = found
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


def kept_headers(parsed: ParsedMail) -> dict[str, str]:
    """The allow-list of headers rules look at, under their canonical names."""
    kept = {}
    for lower, name in _KEPT:
        values = parsed.headers.get(lower)
        if values:
            kept[name] = values[0].strip()[:_MAX_VALUE]
    return kept


def merge(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def first_value(parsed: ParsedMail, name: str) -> str | None:
    value = parsed.header(name)
    return value[:_MAX_VALUE] if value else None

"""Links of a message: anchors from HTML and bare URLs from text, unwrapped and de-duplicated."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from jobtracker.connectors.mime.unwrap import may_be_wrapped, unwrap

_BARE_URL = re.compile(r"https?://[^\s<>\"'`{}|\\^\[\]]+")
_TRAILING = ".,;:!?*'\"]>"
_MAX_URL = 4096
MAX_LINKS = 50


def collect_links(
    anchors: Iterable[tuple[str, str]], text: str, *, limit: int = MAX_LINKS
) -> list[dict[str, Any]]:
    """``Link`` field dicts: anchors first (they carry text), then bare URLs in ``text``."""
    found: dict[str, dict[str, Any]] = {}
    for href, label in anchors:
        _add(found, href.strip(), label)
        if len(found) >= limit:
            return list(found.values())
    # Jump from "http" to "http" with str.find; a regex scan of the whole text costs far more.
    position = text.find("http")
    while position != -1 and len(found) < limit:
        match = _BARE_URL.match(text, position)
        if match is None or (position > 0 and text[position - 1].isalnum()):
            position = text.find("http", position + 4)
            continue
        _add(found, _trim(match.group(0)), "")
        position = text.find("http", match.end())
    return list(found.values())


def _add(found: dict[str, dict[str, Any]], url: str, label: str) -> None:
    schemes = ("https://", "http://")
    if len(url) > _MAX_URL or not (url.startswith(schemes) or url[:8].lower().startswith(schemes)):
        return
    target, original = unwrap(url) if may_be_wrapped(url) else (url, None)
    known = found.get(target)
    if known is None:
        found[target] = {"url": target, "text": label, "unwrapped_from": original}
    elif label and not known["text"]:
        known["text"] = label


def _trim(url: str) -> str:
    url = url.rstrip(_TRAILING)
    # Keep the ')' of "wiki/Foo_(bar)" but drop the one closing "(see https://...)".
    while url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1].rstrip(_TRAILING)
    return url

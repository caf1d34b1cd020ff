"""Shorthand for the third held-out corpus's data modules (one message spec per call)."""

from __future__ import annotations

import hashlib
from email.utils import parseaddr
from typing import Any


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    tz: str = "+0200",
    **kw: Any,
) -> dict[str, Any]:
    """A spec: ``key`` makes the Message-ID, ``date`` is 'YYYY-MM-DD HH:MM' in ``tz``."""
    domain = parseaddr(frm)[1].rsplit("@", 1)[-1] or "mail.invalid"
    digest = hashlib.sha1(key.encode()).hexdigest()[:12].upper()
    spec: dict[str, Any] = {
        "id": kw.pop("mid", None) or f"<{digest}.{key}@{domain}>",
        "date": f"{date}:00 {tz}",
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text is not None:
        spec["text"] = text
    if html is not None:
        spec["html"] = html
    spec.update(kw)
    return spec


def m_cet(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """``m`` with the Central European offset of the date (summer time until 26 October 2025
    and again from 29 March 2026)."""
    summer = date < "2025-10-26 03:00" or date >= "2026-03-29 02:00"
    return m(key, date, frm, subject, t, text, html, tz="+0200" if summer else "+0100", **kw)


def reply(parent_key: str, parent_from: str) -> dict[str, str]:
    """In-Reply-To / References headers pointing at another spec made with ``m``."""
    domain = parseaddr(parent_from)[1].rsplit("@", 1)[-1]
    digest = hashlib.sha1(parent_key.encode()).hexdigest()[:12].upper()
    mid = f"<{digest}.{parent_key}@{domain}>"
    return {"In-Reply-To": mid, "References": mid}

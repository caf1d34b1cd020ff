"""Fourth held-out corpus: the ordinary inbox (not job mail), in English, German, French,
Spanish and Portuguese, with look-alikes on purpose.

Written by hand; see heldout4.py. Do not use for tuning.
"""

from __future__ import annotations

import hashlib
from email.utils import parseaddr
from typing import Any

from heldout3_util import m as _spec


def _mid(key: str, frm: str) -> str:
    """An opaque Message-ID (the spec key names the message's role and must not leak)."""
    domain = parseaddr(frm)[1].rsplit("@", 1)[-1] or "mail.invalid"
    digest = hashlib.sha1(("heldout4:" + key).encode()).hexdigest().upper()
    return f"<{digest[:14]}.{digest[14:26].lower()}@{domain}>"


def m(key: str, date: str, frm: str, subject: str, t: tuple[Any, ...], text: str | None = None,
      html: str | None = None, tz: str = "+0200", **kw: Any) -> dict[str, Any]:
    kw.setdefault("mid", _mid(key, frm))
    return _spec(key, date, frm, subject, t, text, html, tz, **kw)


def reply(parent_key: str, parent_from: str) -> dict[str, str]:
    mid = _mid(parent_key, parent_from)
    return {"In-Reply-To": mid, "References": mid}

MAIL = []

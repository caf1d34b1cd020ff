"""Shorthand the thirty-third corpus's data modules share: one message spec per ``m()`` call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Spec = dict[str, Any]


def spec_writer(
    message_id: Callable[[str, str], str],
) -> tuple[list[Spec], Callable[..., None], Callable[[str], dict[str, str]]]:
    """A module's list of specs, ``m()`` that adds one (its Message-ID made by ``message_id``
    from its key and sender domain), and ``reply()`` that threads to an earlier one by key."""
    mail: list[Spec] = []
    ids: dict[str, str] = {}

    def m(
        key: str,
        date: str,
        frm: str,
        subject: str,
        t: tuple[Any, ...],
        text: str | None = None,
        html: str | None = None,
        **kw: Any,
    ) -> None:
        domain = frm.rsplit("@", 1)[-1].rstrip(">").strip()
        spec: Spec = {
            "id": message_id(key, domain),
            "date": date,
            "from": frm,
            "subject": subject,
            "t": t,
        }
        if text:
            spec["text"] = text
        if html:
            spec["html"] = html
        spec.update(kw)
        ids[key] = spec["id"]
        mail.append(spec)

    def reply(key: str) -> dict[str, str]:
        return {"In-Reply-To": ids[key], "References": ids[key]}

    return mail, m, reply

"""Headers plus MIME body: the finished message as bytes."""

from __future__ import annotations

from . import headers as h
from .draft import Draft
from .mime import body
from .rand import Rng

_MX = ("mx.example.com", "mx1.mail.example.net", "inbound.example.org")
_X_MAILER = {
    "outlook": ("Microsoft Outlook 16.0", ""),
    "personal": ("", "", "Apple Mail (2.3774.300.61.1.2)"),
}


def assemble(draft: Draft, rng: Rng, serial: int) -> tuple[bytes, str]:
    """The raw message (LF line endings) and its Message-ID."""
    from_domain = draft.from_addr.rpartition("@")[2]
    mid = h.message_id(draft.style, draft.msgid_domain, from_domain, serial, rng)
    date = h.rfc5322_date(draft.sent_at, draft.tz_minutes, rng)
    lines: list[str] = []
    if draft.style in {"transactional", "newsletter", "notification"}:
        lines.append(f"Return-Path: <bounces+{rng.digits(8)}-{rng.hex(4)}@{from_domain}>")
    relay = f"{rng.pick(('mail', 'smtp', 'o1', 'out', 'mta'))}{rng.between(1, 40)}.{from_domain}"
    lines.append(
        f"Received: from {relay} ({relay} [192.0.2.{rng.between(1, 254)}])\n"
        f"\tby {rng.pick(_MX)} with ESMTPS id {rng.token(12)}\n\tfor <{draft.to_addr}>; {date}"
    )
    lines.append(f"Date: {date}")
    lines.append(h.fold("From", h.address(draft.from_name, draft.from_addr, rng)))
    if draft.reply_to:
        lines.append(f"Reply-To: {draft.reply_to}")
    lines.append(h.fold("To", h.address(draft.to_name, draft.to_addr, rng)))
    if draft.cc:
        lines.append(f"Cc: {draft.cc}")
    force = draft.style in {"newsletter", "transactional"} and rng.chance(0.1)
    lines.append(h.fold("Subject", h.encode_words(draft.subject, rng, force=force)))
    lines.append(f"Message-ID: {mid}")
    if draft.in_reply_to:
        lines.append(f"In-Reply-To: {draft.in_reply_to}")
    if draft.references:
        lines.append("References: " + "\n ".join(draft.references))
    lines.append("MIME-Version: 1.0")
    if draft.list_unsubscribe:
        host = from_domain
        lines.append(
            h.fold(
                "List-Unsubscribe",
                f"<mailto:unsubscribe-{rng.hex(12)}@{host}>, "
                f"<https://{host}/unsubscribe?u={rng.b64token(24)}>",
            )
        )
        lines.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        lines.append(f"List-Id: <{rng.pick(('news', 'updates', 'offers'))}.{host}>")
    if draft.precedence:
        lines.append(f"Precedence: {draft.precedence}")
    if draft.auto_submitted:
        lines.append(f"Auto-Submitted: {draft.auto_submitted}")
    elif draft.style == "transactional" and rng.chance(0.3):
        lines.append("Auto-Submitted: auto-generated")
    mailer = rng.pick(_X_MAILER.get(draft.style, ("",)))
    if mailer:
        lines.append(f"X-Mailer: {mailer}")
    for name, value in draft.extra_headers:
        lines.append(f"{name}: {value}")
    text = "\n".join(lines) + "\n" + body(draft, rng)
    return text.encode("latin-1"), mid

"""Dress a :class:`Draft` as raw RFC 5322 bytes: MIME shape, charset, transfer encoding.

Built by hand rather than with ``email.message`` because it is ten times faster and lets the
generator choose the quirks real senders have (odd charsets, base64 text, HTML-only mail).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable

from . import headers as h
from .draft import Draft, Link
from .htmlskin import render_html
from .links import track
from .rand import Rng, Weighted

_SHAPES: dict[str, Weighted[str]] = {
    "personal": Weighted([("plain", 45), ("alt", 55)]),
    "outlook": Weighted([("alt", 90), ("plain", 10)]),
    "transactional": Weighted([("alt", 60), ("html", 30), ("plain", 10)]),
    "newsletter": Weighted([("alt", 70), ("html", 30)]),
    "notification": Weighted([("alt", 60), ("plain", 25), ("html", 15)]),
}
_CTE_8BIT = Weighted([("quoted-printable", 55), ("base64", 30), ("8bit", 15)])
_LINK_STYLE = ("{label}: {url}", "{label}\n{url}", "{label} <{url}>", "{url}")


def _base64_lines(data: bytes) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    return "\n".join([encoded[i : i + 76] for i in range(0, len(encoded), 76)]) + "\n"


def _long_lines(text: str) -> bool:
    return len(text) > 900 and max(map(len, text.split("\n"))) > 900


def wrap(text: str, width: int = 76) -> str:
    """Hard-wrap at spaces, the way older mailers send text/plain."""
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def plain_text(draft: Draft, href: Callable[[str], str], rng: Rng) -> str:
    pattern = rng.pick(_LINK_STYLE)
    parts: list[str] = []
    for block in draft.blocks:
        if isinstance(block, Link):
            parts.append(pattern.format(label=block.label, url=href(block.url)))
        else:
            parts.append(block)
    if draft.footer:
        parts.append(rng.pick(("--", "—", "___", "")) + "\n" + "\n".join(draft.footer))
    if draft.list_unsubscribe:
        parts.append(f"Unsubscribe: https://{draft.from_addr.rpartition('@')[2]}/unsubscribe")
    text = "\n\n".join(parts)
    if draft.quoted:
        text += "\n\n" + "\n".join(
            "> " + line if line else ">" for line in draft.quoted.split("\n")
        )
    return text + "\n"


def _charset_for(text: str, draft: Draft, rng: Rng) -> str:
    if text.isascii():
        return rng.pick(("utf-8", "UTF-8", "us-ascii", "utf-8", "iso-8859-1"))
    roll = rng.random()
    if draft.style in {"outlook", "transactional"} and roll < 0.35:
        for charset in ("windows-1252", "iso-8859-1"):
            if h.encodable(text, charset):
                return charset
    if roll < 0.15 and h.encodable(text, "iso-8859-1"):
        return "iso-8859-1"
    return "utf-8" if rng.chance(0.7) else "UTF-8"


def part(content_type: str, text: str, draft: Draft, rng: Rng, extra: str = "") -> str:
    """One leaf part (headers, blank line, encoded body) as text, every character < 256."""
    charset = _charset_for(text, draft, rng)
    if content_type == "text/html" and charset.lower() != "utf-8" and rng.chance(0.8):
        # Most senders keep the <meta> in step with the header; some do not, as in real mail.
        text = text.replace('charset="utf-8"', f'charset="{charset}"').replace(
            "charset=utf-8", f"charset={charset}"
        )
    raw = text.encode(charset)
    if text.isascii():
        cte = "quoted-printable" if rng.chance(0.12) else "7bit"
    else:
        cte = _CTE_8BIT.draw(rng)
    if cte in {"7bit", "8bit"} and _long_lines(text):
        cte = "quoted-printable"  # no line may pass 998 octets unencoded
    if cte == "base64":
        body = _base64_lines(raw)
    elif cte == "quoted-printable":
        body = binascii.b2a_qp(raw, istext=True).decode("ascii")
    else:
        # 8bit: the charset's bytes, carried through str as latin-1 so the caller can join parts
        # and encode the whole message with latin-1 without touching them.
        body = raw.decode("latin-1")
    body = body if body.endswith("\n") else body + "\n"
    return (
        f'Content-Type: {content_type}; charset="{charset}"{extra}\n'
        f"Content-Transfer-Encoding: {cte}\n\n{body}"
    )


def _boundary(draft: Draft, rng: Rng) -> str:
    if draft.style == "personal":
        return "000000000000" + rng.hex(12)
    if draft.style == "outlook":
        return f"_000_{rng.token(40).upper()}_"
    return rng.pick(
        (
            f"----=_Part_{rng.digits(7)}_{rng.digits(9)}.{rng.digits(13)}",
            f"=_{rng.hex(32)}",
            f"--==_mimepart_{rng.hex(13)}_{rng.digits(5)}",
        )
    )


def _multipart(subtype: str, parts: list[str], draft: Draft, rng: Rng, extra: str = "") -> str:
    boundary = _boundary(draft, rng)
    body = "".join(f"--{boundary}\n{p}\n" for p in parts)
    return (
        f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}\n\n{body}--{boundary}--\n'
    )


def _base64_part(content_type: str, data: bytes, disposition: str) -> str:
    payload = _base64_lines(data)
    return (
        f"Content-Type: {content_type}\nContent-Disposition: {disposition}\n"
        f"Content-Transfer-Encoding: base64\n\n{payload}"
    )


def body(draft: Draft, rng: Rng) -> str:
    """The MIME entity (Content-* headers and body) for ``draft``."""
    if draft.tracking:
        cache: dict[str, str] = {}

        def href(url: str) -> str:
            if url not in cache:
                cache[url] = track(url, rng)
            return cache[url]
    else:

        def href(url: str) -> str:
            return url

    shape = _SHAPES[draft.style].draw(rng)
    if draft.calendar and shape == "html":
        shape = "alt"
    text = plain_text(draft, href if rng.chance(0.6) else (lambda url: url), rng)
    wrappable = shape == "plain" and draft.style in {"personal", "notification"}
    if wrappable and not _long_lines(text) and rng.chance(0.5):
        text = wrap(text)
    leaves: list[str] = []
    if shape != "html":
        leaves.append(
            part("text/plain", text, draft, rng, "; format=flowed" if rng.chance(0.08) else "")
        )
    if shape != "plain":
        leaves.append(part("text/html", render_html(draft, href, rng), draft, rng))
    if draft.calendar and draft.style == "outlook":
        leaves.append(
            part("text/calendar", draft.calendar, draft, rng, f"; method={draft.calendar_method}")
        )
    entity = leaves[0] if len(leaves) == 1 else _multipart("alternative", leaves, draft, rng)
    extras: list[str] = []
    if draft.calendar and draft.style != "outlook":
        if rng.chance(0.5):
            cal = part(
                "text/calendar", draft.calendar, draft, rng, f"; method={draft.calendar_method}"
            )
            entity = (
                _multipart("alternative", [*leaves, cal], draft, rng)
                if len(leaves) > 1
                else (_multipart("alternative", [leaves[0], cal], draft, rng))
            )
        extras.append(
            _base64_part(
                'application/ics; name="invite.ics"',
                draft.calendar.replace("\n", "\r\n").encode("utf-8"),
                'attachment; filename="invite.ics"',
            )
        )
    for attachment in draft.attachments:
        name = attachment.filename
        extras.append(
            _base64_part(
                f'{attachment.content_type}; name="{name}"',
                attachment.data,
                f'attachment; filename="{name}"',
            )
        )
    if extras:
        entity = _multipart("mixed", [entity, *extras], draft, rng)
    return entity

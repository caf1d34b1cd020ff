"""What a MIME parser hands to normalisation, whichever parser it was."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(kw_only=True, slots=True)
class Attachment:
    """A non-body part. ``load`` decodes it, so parts nobody needs are never decoded."""

    mimetype: str
    filename: str
    encoded_size: int
    load: Callable[[], bytes]


@dataclass(kw_only=True, slots=True)
class ParsedMail:
    """A message split into headers, body texts and attachments.

    ``headers`` maps lower-case names to every value, RFC 2047 decoded and unfolded. Addresses
    are ``(display name, addr-spec)`` pairs.
    """

    headers: dict[str, list[str]]
    subject: str = ""
    sender: tuple[str, str] | None = None
    to: list[tuple[str, str]] = field(default_factory=list)
    cc: list[tuple[str, str]] = field(default_factory=list)
    reply_to: list[tuple[str, str]] = field(default_factory=list)
    sent_at: datetime | None = None
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

"""What a message says, before it is dressed as MIME."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(kw_only=True, slots=True)
class Link:
    """A call to action: rendered as a button in HTML and ``label: url`` in text."""

    label: str
    url: str


@dataclass(kw_only=True, slots=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


Block = str | Link


@dataclass(kw_only=True, slots=True)
class Draft:
    """One message's content and envelope. ``style`` picks the MIME shape and HTML skin:
    ``personal`` (a person typing), ``outlook`` (corporate client), ``transactional`` (an ATS or
    shop), ``newsletter`` (bulk mail) or ``notification`` (a product telling you something)."""

    sent_at: float
    tz_minutes: int
    from_name: str
    from_addr: str
    to_name: str
    to_addr: str
    subject: str
    lang: str
    style: str
    blocks: list[Block]
    footer: list[str] = field(default_factory=list)
    reply_to: str = ""
    cc: str = ""
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    quoted: str = ""  # previous message in a reply, quoted with "On ... wrote:"
    list_unsubscribe: bool = False
    auto_submitted: str = ""
    precedence: str = ""
    calendar: str = ""  # an iCalendar object; becomes a text/calendar part
    calendar_method: str = "REQUEST"
    attachments: list[Attachment] = field(default_factory=list)
    msgid_domain: str = ""
    tracking: bool = False  # wrap links in a click-tracking redirect
    extra_headers: list[tuple[str, str]] = field(default_factory=list)

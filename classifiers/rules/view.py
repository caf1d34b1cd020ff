"""What the rules look at: sender, subject and the text the sender wrote.

For a forwarded message ("Fwd: Your application to Acme") the view is the forwarded message: its
original sender, subject and text, so that vendor, employer and category come from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobtracker.pipeline.contracts import CalendarEvent, Link, NormalizedMessage

BODY_CHARS = 4000
"""Text beyond this is boilerplate as far as classification goes (and costs time)."""

_FORWARD_SUBJECT = re.compile(
    r"^\s*(?:(?:re|aw|antw|sv|r)\s*:\s*)*(?:fwd?|fw|wg|tr|rv|enc|doorst)\s*:\s*", re.IGNORECASE
)
_REPLY_ONLY = re.compile(r"^\s*(?:re|aw|antw|sv|r|rv|res)\s*:", re.IGNORECASE)
_FORWARD_MARKER = re.compile(
    r"^[ \t>*]*(?:-{2,}\s*)?(?:forwarded message|begin forwarded message|original message"
    r"|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine"
    r"|mensaje reenviado|mensaje original|mensagem encaminhada|mensagem original"
    r"|mensagem reencaminhada)\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINE = re.compile(
    r"^[ \t>*]*(?P<key>from|von|de|da|expéditeur|remitente|absender|subject|betreff|objet|sujet"
    r"|asunto|assunto|date|datum|fecha|data|to|an|à|para|cc|sent|gesendet|envoyé|enviado)"
    r"[ \t*]*:[ \t*]*(?P<value>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
# Lines of dashes or underscores (Outlook) and blank lines before the forwarded headers.
_SEPARATORS = re.compile(r"^(?:[ \t>]*(?:[-_=*]{3,}[^\n]*)?\n)+")
_FROM_KEYS = frozenset({"from", "von", "de", "da", "expéditeur", "remitente", "absender"})
_SUBJECT_KEYS = frozenset({"subject", "betreff", "objet", "sujet", "asunto", "assunto"})
_QUOTE_MARK = re.compile(r"(?m)^[ \t]*(?:> ?)+")
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_OWN_LABELS = frozenset(
    {
        "sent", "sent mail", "sent items", "sent messages", "[gmail]/sent mail", "gesendet",
        "gesendete elemente", "gesendete objekte", "envoyés", "éléments envoyés",
        "messages envoyés",
        "enviados", "elementos enviados", "itens enviados", "mensagens enviadas", "draft", "drafts",
        "entwürfe", "brouillons", "borradores", "rascunhos", "outbox", "postausgang",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class MailView:
    """The parts of a message the rules read; for a forward, those of the forwarded mail."""

    sender_name: str
    sender_address: str
    sender_domain: str
    subject: str
    body: str
    signature: str
    quoted: str
    links: tuple[Link, ...]
    events: tuple[CalendarEvent, ...]
    forwarded: bool = False
    recipients: tuple[str, ...] = ()  # the names the mail is addressed to: the user's own


def is_own_mail(message: NormalizedMessage) -> bool:
    """Mail the user sent (or drafted) themselves."""
    for label in message.labels:
        name = label.strip().strip("\\").lower().rsplit("/", 1)[-1].rsplit(".", 1)[-1]
        if name in _OWN_LABELS or label.strip().lower() in _OWN_LABELS:
            return True
    return False


def is_reply(subject: str) -> bool:
    """A reply's subject ("Re: ...", "AW: ..."): it names the thread, not the new message."""
    return bool(_REPLY_ONLY.match(subject))


def without_recipient(subject: str, recipients: tuple[str, ...]) -> str:
    """The subject without the candidate's own name at its start or end, where calendar
    tools put it: "Interview Acme GmbH - Jane Doe", "Jane Doe / Acme: interview". The name
    is one the mail is addressed to, set off by a dash, bar, slash, colon or "<>"."""
    if not recipients or not subject:
        return subject
    low = subject.lower()
    for name in recipients:
        name = name.strip().lower()
        if len(name) < 3 or " " not in name or name not in low:
            continue  # a full name only: a first name alone may be a company's word
        for sep in _NAME_SEPARATORS:
            if low.endswith(sep + name):
                return subject[: len(subject) - len(sep) - len(name)].rstrip()
            if low.startswith(name + sep):
                return subject[len(name) + len(sep) :].lstrip()
    for name in recipients:
        # A recruiter's pitch greets by the first name and a dash: "Jane — Staff Data Engineer
        # at Acme". Only there: a first name elsewhere may be a company's word.
        first = name.strip().lower().split(" ", 1)[0]
        for sep in _GREETING_DASHES:
            if len(first) >= 3 and low.startswith(first + sep):
                return subject[len(first) + len(sep) :].lstrip()
    return subject


_GREETING_DASHES = (" — ", " – ", " - ")


# How a calendar tool sets the candidate's name off from the rest of a subject.
_NAME_SEPARATORS = (" - ", " – ", " — ", " | ", " / ", ": ", " <> ", " x ", " & ")


def is_forward(subject: str) -> bool:
    """A subject that says "forwarded" ("Fwd:", "WG:", "TR:")."""
    return bool(_FORWARD_SUBJECT.match(subject))


def fresh_head(message: NormalizedMessage, chars: int) -> str:
    """The start of the text the sender wrote (no quote, no signature), at most ``chars``."""
    end = len(message.text)
    for offset in (message.quote_offset, message.signature_offset):
        if offset is not None and offset < end:
            end = offset
    return message.text[: min(end, chars)]


# A line break inside a sentence of hard-wrapped plain text ("...au poste de Senior Customer\n
# Success Manager (F/H)"): after a long line, before a word. Short lines (greetings, signature
# lines, lists) keep their breaks.
# Led by the line break itself (then looking back past it): a pattern led by a look-behind is
# tried at every character, this one only at line breaks. A line that begins with a label
# ("With: Jane Roe, Acme", "Where: Zoom", French "Emploi : analyste") is a field of its own,
# never a sentence going on.
_WRAPPED = re.compile(
    r"\n(?<=[^\n]{60}\n)(?=\w)(?![A-Z][\w-]{0,20}(?: [\w-]{1,20}){0,2}[ \u00a0]?:[ \t])"
)


def unwrap(text: str) -> str:
    """Hard-wrapped sentences joined, one space for one line break (offsets stay)."""
    return _WRAPPED.sub(" ", text) if "\n" in text else text


def build_view(message: NormalizedMessage) -> MailView:
    text = message.text
    quote = message.quote_offset if message.quote_offset is not None else len(text)
    signature = ""
    if message.signature_offset is not None and message.signature_offset < quote:
        signature = text[message.signature_offset : quote]
    fresh = fresh_head(message, BODY_CHARS + 1000)
    view = MailView(
        sender_name=message.from_.name,
        sender_address=message.from_.address,
        sender_domain=message.from_.domain or message.from_.address.rpartition("@")[2],
        subject=message.subject,
        body=unwrap(fresh[:BODY_CHARS]),
        signature=signature[:1000],
        quoted=text[quote : quote + 2000],
        links=message.links,
        events=message.calendar_events,
        recipients=tuple(a.name for a in message.to if a.name),
    )
    forward_subject = bool(_FORWARD_SUBJECT.match(message.subject))
    if not forward_subject and not _may_hold_forward(fresh):
        return view
    marker = _FORWARD_MARKER.search(text)
    if forward_subject or (marker and marker.start() < len(fresh)):
        return _forwarded(view, message, marker, fresh) or view
    return view


def _may_hold_forward(fresh: str) -> bool:
    """A cheap look for the dashes or words that start a forwarded block inside fresh text."""
    return "----" in fresh or "____" in fresh or "orwarded" in fresh or "eitergeleitet" in fresh


def _forwarded(
    view: MailView, message: NormalizedMessage, marker: re.Match[str] | None, fresh: str
) -> MailView | None:
    text = message.text
    start = marker.end() if marker else message.quote_offset
    if start is None:
        return None
    block = _SEPARATORS.sub("", text[start : start + BODY_CHARS + 1000], count=1)
    name, address, subject = "", "", ""
    body_start = 0
    for line in _HEADER_LINE.finditer(block[:1500]):
        if block[body_start : line.start()].strip():
            break  # headers are consecutive lines at the top of the block
        key, value = line.group("key").lower(), line.group("value").strip()
        if key in _FROM_KEYS and not address:
            name, address = _parse_address(value)
        elif key in _SUBJECT_KEYS and not subject:
            subject = value
        body_start = line.end()
    if not address:
        return None
    note = fresh[: marker.start()] if marker else fresh
    body = unquote(block[body_start:])
    return MailView(
        sender_name=name,
        sender_address=address,
        sender_domain=address.rpartition("@")[2].lower(),
        subject=subject or _FORWARD_SUBJECT.sub("", message.subject),
        body=(note.strip() + "\n\n" + body.strip()).strip()[:BODY_CHARS],
        signature="",
        quoted="",
        links=view.links,
        events=view.events,
        forwarded=True,
        recipients=view.recipients,
    )


def _parse_address(value: str) -> tuple[str, str]:
    found = _ADDRESS.search(value)
    if not found:
        return value.strip(" \"'"), ""
    name = value[: found.start()].strip(" \"'<>[]*").strip()
    return name, found.group(0).lower()


def unquote(text: str) -> str:
    """Quoted text without its "> " marks."""
    if ">" not in text[:200]:
        return text
    return _QUOTE_MARK.sub("", text)

"""What a message says besides its phrases: sender, vendor templates, job links, invite, auto-reply.

Each fact adds weight to a label in the tally, with a quote for the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobtracker.classifiers.rules.invites import Invite
from jobtracker.classifiers.rules.registry import JobLink, SenderMatch
from jobtracker.classifiers.rules.scoring import STRONG, SUBJECT_BOOST, Tally
from jobtracker.classifiers.rules.templates import Extract, Extracts
from jobtracker.classifiers.rules.vendors import VendorKind
from jobtracker.classifiers.rules.view import MailView
from jobtracker.pipeline.contracts import NormalizedMessage
from jobtracker.pipeline.subjects import clean_subject

# A newsletter mailbox, or a newsletter platform's (a writer's "Substack" sends issues only).
_NEWSLETTER_SENDER = re.compile(
    r"^(?:e-?)?news-?letters?(?:[-_.][^@]*)?@"
    r"|@(?:[a-z0-9-]+\.)*(?:substack\.com|beehiiv\.com|buttondown\.email|ghost\.io)$",
    re.IGNORECASE,
)
AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office"
    r"|abwesenheit\w*|automatische antwort|réponse automatique|absence|respuesta automática"
    r"|fuera de la oficina|resposta automática|ausência|ausente)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Findings:
    """Facts about one message gathered before the decision, reused by extraction."""

    sender: SenderMatch | None
    invite: Invite | None
    links: list[JobLink]
    subject_extracts: list[Extract]  # vendor subject templates (they may carry a category)
    body_extracts: list[Extract]  # vendor body templates
    subject: Extracts  # all subject templates, the vendor's first
    body: Extracts  # all body templates, the vendor's first
    agency: bool
    hiring_sender: bool  # careers@ mailbox or "Acme Recruiting" display name


def add_facts(tally: Tally, findings: Findings, *, in_process: bool = False) -> None:
    """``in_process``: the writer takes part in an application in progress, so a plain
    calendar invite of theirs ("Jane <> Acme") is a meeting of that process."""
    if findings.hiring_sender:
        tally.add("job", 2.0, "sender: hiring mailbox")
    if findings.agency:
        tally.add("job", 3.0, "sender: staffing agency")
    sender = findings.sender
    if sender is not None:
        vendor = sender.vendor
        tally.add("job", sender.job_weight, f"sender: {vendor.name}")
        if sender.hint:
            tally.add(sender.hint, 6.0, f"sender: {vendor.name} ({sender.hint})")
        if vendor.kind is VendorKind.ASSESSMENT:
            tally.add("assessment", 2.0, f"sender: {vendor.name}")
    for extract in findings.subject_extracts:
        if extract.hint:
            tally.add(extract.hint, 6.0, f"subject template: {extract.origin}")
    for extract in findings.body_extracts:
        if extract.hint:
            tally.add(extract.hint, 3.0, f"body template: {extract.origin}")
    if findings.links:
        tally.add("job", 2.0, f"job link: {findings.links[0].vendor.name}")
    if findings.invite is not None:
        _add_invite(tally, findings.invite, in_process)


def _add_invite(tally: Tally, invite: Invite, in_process: bool = False) -> None:
    # A yoga class, a dentist or a book club sends invites too: without an interview-like
    # summary the invite counts only in mail that already speaks of a job or an interview
    # (a medium phrase at least; a lone "appointment" is not one).
    job_context = in_process or tally.scores["job"] >= 3.0 or tally.strongest["interview"] >= 3.0
    if invite.public or tally.strongest["bulk"] >= STRONG * SUBJECT_BOOST:
        # A webinar or a recording ("Hiring engineers in 2026 - what interviewers look for"),
        # or an invite whose mail's subject says it is an event ("Webinar: ..."): no meeting
        # of a hiring process.
        return
    if invite.cancelled and (invite.interviewish or job_context):
        tally.add("interview", 6.0, cancel_note(invite))
    elif invite.interviewish:
        tally.add("interview", 8.0, f"calendar invite: {invite.summary[:60]}")
        tally.add("job", 3.0)
    elif job_context:
        tally.add("interview", 4.0, f"calendar invite: {invite.summary[:60]}")


def cancel_note(invite: Invite) -> str:
    return f"interview cancelled: {invite.summary[:50]}".strip()


_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})


def bulk_level(message: NormalizedMessage) -> int:
    """How surely a message went to a list: 2 for a mailing list (``List-Id``, ``Precedence:
    bulk``), 1 for a mere ``List-Unsubscribe`` (plenty of transactional mail carries one), else 0.
    """
    precedence = message.headers.get("Precedence")
    if "List-Id" in message.headers or (
        precedence is not None and precedence.strip().lower() in _BULK_PRECEDENCE
    ):
        return 2
    if _NEWSLETTER_SENDER.search(message.from_.address):
        # "newsletter@vdi-nachrichten.com": a trade magazine's issue, whatever its headers.
        return 2
    return 1 if message.list_unsubscribe else 0


def is_auto_reply(message: NormalizedMessage, view: MailView) -> bool:
    """An out-of-office answer, by its headers or its subject."""
    return auto_reply_subject_or_headers(message, view.subject)


def auto_reply_subject_or_headers(message: NormalizedMessage, subject: str) -> bool:
    if AUTO_SUBJECT.match(clean_subject(subject)):
        return True
    if not message.headers:
        return False
    headers = {k.lower(): v.lower() for k, v in message.headers.items()}
    if headers.get("auto-submitted", "").startswith("auto-replied"):
        return True
    if "x-autoreply" in headers or "x-autorespond" in headers:
        return True
    return headers.get("precedence", "") == "auto_reply"

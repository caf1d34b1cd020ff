"""What the correlator needs from one classified message, normalised once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jobtracker.correlator.acronyms import spelled_out
from jobtracker.correlator.domains import domain_of
from jobtracker.correlator.job_urls import JobRef, parse_job_url
from jobtracker.correlator.names import AliasTable
from jobtracker.correlator.people import names_recipient
from jobtracker.correlator.roles import (
    display_role,
    names_a_role,
    requisition_key,
    role_key,
    split_requisition,
    subject_reference,
)
from jobtracker.correlator.signing import completed_envelope
from jobtracker.correlator.status import implied_status, utc
from jobtracker.pipeline.contracts import Address, ClassifiedMessage, MessageKey
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category, Source


def message_status(
    category: Category, status: ApplicationStatus | None, subject: str, sender: str | None
) -> ApplicationStatus | None:
    """The status one message implies for its application. Also what a reload from the store
    works out again (pipeline/rows.py), so a restarted correlator folds the same statuses."""
    implied = implied_status(category, status)
    if implied is ApplicationStatus.OFFER and completed_envelope(subject, sender):
        return ApplicationStatus.ACCEPTED  # the offer letter came back signed
    return implied


_STARTS = frozenset({Category.CONFIRMATION, Category.OUTREACH})
# What a confirmation or an outreach implies when it begins something (the category's own
# status); one implying anything else ("the role is on hold", "we have withdrawn your
# application as you asked") is about a process already under way.
_START_STATUSES = frozenset({None, ApplicationStatus.APPLIED, ApplicationStatus.INTERESTED})


def starts_application(category: Category, status: ApplicationStatus | None) -> bool:
    """Whether a message with this category and implied status begins an application."""
    return category in _STARTS and status in _START_STATUSES


@dataclass(kw_only=True, slots=True)
class MessageFacts:
    """One message as the matcher sees it: keys to look up, values to link."""

    key: MessageKey
    category: Category
    status: ApplicationStatus | None
    company: str | None  # display name
    company_key: str | None
    role: str | None  # display title
    role_key: str
    requisition_id: str | None
    requisition_key: str | None
    job: JobRef | None
    job_url: str | None
    source: Source | None
    sent_at: datetime | None
    thread_id: str | None
    rfc_message_id: str | None
    replied_to: tuple[str, ...]  # In-Reply-To first, then References newest first
    sender: str | None  # the From address, lower-cased
    sender_name: str = ""  # the From display name, as written
    subject: str
    addresses: tuple[Address, ...]  # Reply-To first, then From
    recipients: tuple[str, ...] = ()  # the To addresses, lower-cased
    text: str = ""  # the body, without the quoted reply

    @property
    def starts(self) -> bool:
        """Whether the message begins an application (a confirmation, an outreach), rather
        than being mail in a process under way."""
        return starts_application(self.category, self.status)

    @property
    def domains(self) -> tuple[str, ...]:
        """The addresses' domains, lower-cased, without repeats. Worked out when asked for:
        only a message naming no employer needs them."""
        found = (a.domain.lower() or domain_of(a.address) for a in self.addresses if a.address)
        return tuple(dict.fromkeys(d for d in found if d))

    @property
    def reply_to(self) -> tuple[str, ...]:
        """The Reply-To addresses, lower-cased: the person behind an ATS relay's From."""
        return tuple(a.address.lower() for a in self.addresses[:-1] if a.address)

    @classmethod
    def of(cls, item: ClassifiedMessage, aliases: AliasTable) -> MessageFacts:
        message, found = item.message, item.classification
        company = (found.company or "").strip()
        sender = message.from_.address.lower() or None
        text = message.text[: message.quote_offset] if message.quote_offset else message.text
        if company:  # "Sede electrónica ASH" signing as "Agencia Sanitaria del Henares"
            company = spelled_out(company, text, sender) or company
        company_key = aliases.key(company) if company else ""
        role = (found.role or "").strip()
        role_found = role_key(role) if role else ""
        recipients = tuple((a.name, a.address) for a in message.to)
        if role and (
            not names_a_role(role_found)
            or aliases.key(role) == company_key
            or names_recipient(role, recipients)
        ):
            # "Senior" alone, the employer's name, or the user's (a calendar entry's
            # "Jane Roe / Sam Poe") is no job title
            role, role_found = "", ""
        requisition = (found.requisition_id or "").strip() or None
        if role and requisition is None:
            _, requisition = split_requisition(role)
        if requisition is None:
            requisition = subject_reference(message.subject)
        job = parse_job_url(found.job_url)
        source = found.source
        if job is not None and source in (None, Source.OTHER):
            source = job.vendor
        if requisition is None and job is not None:
            requisition = job.requisition_id
        replied = (message.in_reply_to,) if message.in_reply_to else ()
        status = message_status(found.category, found.status, message.subject, sender)
        return cls(
            # validated, which costs less than MessageKey.model_construct (message.key)
            key=MessageKey(
                user_id=message.user_id,
                provider=message.provider,
                provider_message_id=message.provider_message_id,
            ),
            category=found.category,
            status=status,
            company=aliases.display_for(company, key=company_key) if company_key else None,
            company_key=company_key or None,
            role=display_role(role) or None if role else None,
            role_key=role_found,
            requisition_id=requisition,
            requisition_key=requisition_key(requisition) or None if requisition else None,
            job=job,
            job_url=found.job_url,
            source=source,
            sent_at=utc(message.sent_at) if message.sent_at else None,
            thread_id=message.thread_id or None,
            rfc_message_id=message.rfc_message_id or None,
            replied_to=replied + tuple(reversed(message.references)),
            sender=sender,
            sender_name=message.from_.name.strip(),
            subject=message.subject,
            addresses=(*message.reply_to, message.from_),
            recipients=tuple(a.address.lower() for a in message.to if a.address),
            text=text,
        )

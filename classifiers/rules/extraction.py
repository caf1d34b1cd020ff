"""The fields of a job-mail classification: employer, role, ids, link, source, interview time."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain

from jobtracker.classifiers.rules.brands import brand_of, plain_city
from jobtracker.classifiers.rules.employer import (
    Employer,
    EmployerBook,
    EmployerClues,
    card_employer,
    find_employer,
)
from jobtracker.classifiers.rules.facts import Findings, cancel_note
from jobtracker.classifiers.rules.fullname import NameReader, load_name_reader
from jobtracker.classifiers.rules.languages import LanguageBank
from jobtracker.classifiers.rules.names import NameBook
from jobtracker.classifiers.rules.registry import VendorRegistry
from jobtracker.classifiers.rules.role import (
    find_requisition,
    find_role,
    is_title_word,
    looks_like_title,
)
from jobtracker.classifiers.rules.templates import Extract, Extracts
from jobtracker.classifiers.rules.text import fold
from jobtracker.classifiers.rules.view import MailView, unquote
from jobtracker.pipeline.subjects import clean_subject
from jobtracker.pipeline.vocabulary import Category, Source

EXTRACT_CHARS = 2000
"""Employer and role are stated early; templates need not read a long mail to its end."""

_MAX_LINKS = 20
_SIGNATURE_TAIL = 400
_GENERIC_JOB_URL = re.compile(
    r"^https?://[^/]+/(?:[^?#]*/)?(?:jobs?|careers?|positions?|openings?|vacanc(?:y|ies)|stellen"
    r"(?:angebote)?|offres?(?:-d-emploi)?|empleos?|vacantes?|vagas?)/[^?#]*\w",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Fields:
    """What a job mail says about its application, beyond the category."""

    employer: Employer | None
    role: str | None
    requisition_id: str | None
    source: Source
    job_url: str | None
    event_time: datetime | None
    cancelled: str | None  # evidence that the interview invite was cancelled


@dataclass(frozen=True, slots=True)
class Extractor:
    """Reads the fields of job mail with the language and vendor templates."""

    bank: LanguageBank
    registry: VendorRegistry
    names: NameBook
    reader: NameReader = field(default_factory=load_name_reader)
    book: EmployerBook = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "book", EmployerBook(self.registry, self.names, self.reader))

    def fields(
        self,
        view: MailView,
        languages: frozenset[str],
        findings: Findings,
        category: Category,
    ) -> Fields:
        body_text = view.body[:EXTRACT_CHARS]
        subject, body = findings.subject, findings.body
        # Sign-offs the normaliser did not split off close the text ("Head of Talent, Acme").
        signed = view.signature or view.body[-_SIGNATURE_TAIL:]
        signature = Extracts(self.bank.templates_for("signature", languages), *both(signed))
        quoted = unquote(view.quoted[:EXTRACT_CHARS]) if view.quoted else ""
        clues = EmployerClues(
            sender_name=view.sender_name,
            sender_address=view.sender_address,
            sender_domain=view.sender_domain,
            sender=findings.sender,
            agency=findings.agency,
            # Each reader asks only for the templates that capture what it reads.
            subject=subject.capturing("company"),
            body=body.capturing("company"),
            signature=signature.capturing("company"),
            links=findings.links,
            organizer=findings.invite.organizer if findings.invite else "",
            invite=findings.invite is not None,
            subject_is_lower=view.subject == view.subject.lower(),
            recipients=view.recipients,
            texts=(view.sender_name, clean_subject(view.subject), body_text, signed, quoted),
            quoted=Extracts(self.bank.templates_for("body", languages), *both(quoted)).capturing(
                "company"
            )
            if quoted
            else (),
        )
        employer = plain_city(
            brand_of(
                find_employer(clues, self.book) or card_employer(clues, self.book),
                clues,
                self.book,
            )
        )
        subject_roles = subject.capturing("role")
        if view.subject != view.subject.lower():
            subject_roles = _cased(subject_roles)
        role = find_role(
            chain(subject_roles, body.capturing("role")),
            findings.links,
            names_company=self._names_company(employer, view),
            stages=self.bank.stages,
            names_place=functools.partial(_names_place, view.body),
        )
        invite = findings.invite
        interview = invite is not None and category is Category.INTERVIEW
        return Fields(
            employer=employer,
            role=role[0] if role else None,
            requisition_id=find_requisition(
                chain(subject.capturing("role", "req"), body.capturing("role", "req")),
                findings.links,
            ),
            source=self._source(view, findings, employer),
            job_url=self._job_url(view, findings),
            # A cancelled invite has no start: the tracker must not schedule anything.
            event_time=invite.start if interview and invite else None,
            cancelled=cancel_note(invite) if interview and invite and invite.cancelled else None,
        )

    def alert_fields(self, view: MailView, findings: Findings) -> Fields:
        """The fields of a job alert: where it came from, and nothing of an application."""
        return Fields(
            employer=None,
            role=None,
            requisition_id=None,
            source=self._source(view, findings, None),
            job_url=None,
            event_time=None,
            cancelled=None,
        )

    def _names_company(self, employer: Employer | None, view: MailView) -> Callable[[str], bool]:
        """Whether a captured "title" is really the employer, a known company or a person
        ("Quillon – next steps", "Application – Jordan Almeida")."""
        names = self.names
        keys = [names.key(n) for n in (employer.name if employer else "", view.sender_name) if n]

        def names_company(text: str) -> bool:
            key = names.key(text)
            if not key:
                return False
            if any(k == key for k in keys):
                return True
            if any(k.startswith(key + " ") for k in keys):
                # "Técnico de Recursos Humanos" from "Recursos Humanos Acme": the desk that
                # writes is no company the title ends with
                return not names.is_department(text)
            # "Quillon Software Ltd": the employer's name and more, but no title word.
            if any(key.startswith(k + " ") for k in keys) and not looks_like_title(text):
                return True
            if names.canonical(text) is not None:
                return True
            return names.looks_like_person(text) and not looks_like_title(text)

        return names_company

    def _source(self, view: MailView, findings: Findings, employer: Employer | None) -> Source:
        if findings.agency:
            return Source.AGENCY
        if findings.sender is not None:
            return findings.sender.vendor.source
        if findings.links:
            return findings.links[0].vendor.source
        domain = view.sender_domain.lower()
        if self.names.is_freemail(domain):
            return Source.DIRECT  # a person writing from their own mailbox
        if employer is not None and (
            employer.origin in ("display name", "display pair", "sender domain")
            or self.names.key(employer.name).replace(" ", "") in domain.replace("-", "")
            # a group's recruiter at its brand's domain: "Hospitales Quirón" at quironsalud.es
            or any(
                len(word) >= 5 and word in domain for word in self.names.key(employer.name).split()
            )
        ):
            return Source.DIRECT
        return Source.OTHER

    def _job_url(self, view: MailView, findings: Findings) -> str | None:
        if findings.links:
            return findings.links[0].url
        for link in view.links[:_MAX_LINKS]:
            if _GENERIC_JOB_URL.match(link.url):
                return link.url
        return None


def _cased(extracts: Iterator[Extract]) -> Iterator[Extract]:
    """A subject written in capitals capitalises a title: a capture opening with a lower-case
    word is a phrase ("Next step: unsere Case Study", "Próxima etapa: uma conversa"), unless
    that word is a title's own: French and Spanish write titles in lower case ("Mandat –
    analyste en amélioration continue", "Poste de conseiller en planification")."""
    for extract in extracts:
        first = extract.role.split(maxsplit=1)[0] if extract.role else ""
        if not (first.isalpha() and first.islower()) or is_title_word(first):
            yield extract


def both(text: str) -> tuple[str, str]:
    """A text and its folded form (same length, so spans of one cut the other)."""
    return text, fold(text)


_PLACE_LEADS = ("at ", "in ", ", ", "near ")


def _names_place(body: str, title: str) -> bool:
    """Whether the body writes what follows the last comma of ``title`` as a place or as the
    business one works at ("in Leeds", "Commercial Street, Halifax", "at Acme Lodges"), not
    as a team, and not only within the title itself ("Backend Engineer, Payments")."""
    head, _, text = title.rpartition(", ")
    start = body.find(text) if text else -1
    while start >= 0:
        before = body[max(0, start - len(head) - 2) : start]
        if body[max(0, start - 6) : start].endswith(_PLACE_LEADS) and before != head + ", ":
            return True
        start = body.find(text, start + 1)
    return False

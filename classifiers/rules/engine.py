"""The rules step of the cascade: registry + phrase banks + extraction, no network.

Per message: the user's own mail is ``not_job`` at once; a cheap gate (vendor sender, calendar
invite, hiring mailbox or job words near the top) lets through only what may be about a job. Most
mail leaves after that one search, before the message is even taken apart (``_first_look``; what
a sender is, is remembered per sender: the only state, a bounded memo). The full pass weighs
phrases in the subject and the text the sender wrote (never the quoted reply), adds what the
sender, links and invite say (``facts``), decides the category (``scoring.decide``) and, for job
mail, extracts employer, role, requisition id, job link, source and interview time
(``extraction``). Mail sent to a list (``List-Id``, ``Precedence: bulk``) is read as a newsletter
unless it clearly addresses an applicant.

Decisions worth knowing:

- A cancelled calendar invite is classified ``interview`` (the mail belongs to the interview
  stage) with ``event_time=None`` and "interview cancelled" in the evidence: it never schedules
  anything.
- Auto-replies (``Auto-Submitted: auto-replied`` or an out-of-office text) are ``other_job`` when
  they answer job mail (job words in subject, text or the quoted message), else ``not_job``.
- A forwarded message is judged by the forwarded content and its original sender.
- A reply's subject ("Re: Interview confirmed") names the thread: its phrases weigh less than
  the new text's.
- Application mail without a readable employer is capped at 0.55 confidence: the tracker cannot
  place it, so the LLM step or a human should look.
"""

from __future__ import annotations

import re
from dataclasses import replace

from jobtracker.classifiers.rules.employer import signed_by_agency
from jobtracker.classifiers.rules.extraction import EXTRACT_CHARS, Extractor, both
from jobtracker.classifiers.rules.facts import (
    AUTO_SUBJECT,
    Findings,
    add_facts,
    auto_reply_subject_or_headers,
    bulk_level,
    is_auto_reply,
)
from jobtracker.classifiers.rules.gate import GATE_CHARS, Gate, load_gate, only_weak
from jobtracker.classifiers.rules.invites import Invite, read_invite
from jobtracker.classifiers.rules.languages import LanguageBank, load_language_bank
from jobtracker.classifiers.rules.names import NameBook, load_name_book
from jobtracker.classifiers.rules.registry import (
    JobLink,
    SenderMatch,
    VendorRegistry,
    load_registry,
)
from jobtracker.classifiers.rules.role import clean_role, looks_like_title
from jobtracker.classifiers.rules.scoring import (
    JOB_CONTEXT,
    REPLY_SUBJECT,
    STRONG,
    SUBJECT_BOOST,
    TRACKED,
    Tally,
    Verdict,
    decide,
)
from jobtracker.classifiers.rules.templates import Extracts
from jobtracker.classifiers.rules.text import fold, unabbreviate, ungender
from jobtracker.classifiers.rules.vendors import VendorKind
from jobtracker.classifiers.rules.view import (
    MailView,
    build_view,
    fresh_head,
    is_forward,
    is_own_mail,
    is_reply,
    without_recipient,
)
from jobtracker.pipeline.contracts import Classification, NormalizedMessage
from jobtracker.pipeline.subjects import clean_subject
from jobtracker.pipeline.vocabulary import STATUS_FOR_CATEGORY, Category, DecidedBy, Source

RULES_VERSION = "1.1.0"

_MAX_LINKS = 20
_WEAK_GATE_CHARS = 600
_NO_EMPLOYER_CAP = 0.55
_SENDER_MEMO = 20_000
_JOB_FIELDS = ("company", "role", "status", "source", "job_url", "requisition_id", "event_time")


class RuleClassifier:
    """Classifies one message with the rule data; loads (and validates) the data once."""

    def __init__(
        self,
        *,
        registry: VendorRegistry | None = None,
        bank: LanguageBank | None = None,
        names: NameBook | None = None,
        gate: Gate | None = None,
    ) -> None:
        self.registry = registry or load_registry()
        self.bank = bank or load_language_bank()
        self.names = names or load_name_book()
        self.gate = gate or load_gate()
        self.extractor = Extractor(self.bank, self.registry, self.names)
        self.versions = {"rules": RULES_VERSION}
        # Answers are copies of these two with the fields of the message: a copy costs half of
        # ``model_construct`` (the set fields are the same: every field the copy changes).
        self._not_job_answer = Classification.model_construct(
            category=Category.NOT_JOB,
            confidence=0.0,
            evidence=(),
            decided_by=DecidedBy.RULES,
            versions=self.versions,
        )
        self._job_answer = Classification.model_construct(
            **{name: None for name in _JOB_FIELDS},
            category=Category.OTHER_JOB,
            confidence=0.0,
            evidence=(),
            decided_by=DecidedBy.RULES,
            versions=self.versions,
        )
        # Most mail gets one of these two answers; built once, they are immutable.
        self._own_mail = self._not_job(0.97, ("sent by the user",))
        self._no_job_words = self._not_job(0.95, ())
        self._senders: dict[tuple[str, str], bool] = {}

    def classify(self, message: NormalizedMessage) -> Classification:
        if is_own_mail(message):
            return self._own_mail
        look, opened = self._first_look(message)
        if look == "closed":
            return self._no_job_words
        view = build_view(message)
        sender = self.registry.match_sender(view.sender_address, view.sender_domain)
        invite = read_invite(view.events) if view.events else None
        subject = fold(view.subject)
        # A vendor that says "job" by itself (an ATS, a board's job mailbox) skips the gate, and
        # so does e-signature mail (an offer may come that way); the social noise of a network
        # (LinkedIn's "X started a new position") does not.
        vendor = sender is not None and sender.job_weight > 0
        bulk = 0 if vendor else bulk_level(message)
        if invite is None and not (vendor or (sender and sender.vendor.kind is VendorKind.ESIGN)):
            if look == "unseen" or view.forwarded:
                head = subject + "\n" + fold(view.body[:GATE_CHARS])
                opened = self.gate.opens(ungender(head), bulk=bulk > 0)
            hiring_sender = self._sender_opens_gate(view, message)
            if not opened and not hiring_sender:
                return self._no_job_words
            if only_weak(opened) and not hiring_sender:
                # Job mail names itself early ("application", "Bewerbung"); a mail that only
                # mentions "hiring" and "engineer" is read no further than its head.
                view = replace(view, body=view.body[:_WEAK_GATE_CHARS])
        return self._analyse(message, view, sender, invite, subject, vendor=vendor, bulk=bulk)

    def classify_in_process(self, message: NormalizedMessage, employer: str) -> Classification:
        """``message`` read again as mail from someone taking part in an application in
        progress at ``employer`` (the correlator knows the writer from that process): the
        gate is open and the job context given, so a person's plain words ("Case study for
        the next round", "Kurzes Update", "Proposition") are read for their stage. Mail
        naming no stage stays ``not_job``."""
        if is_own_mail(message):
            return self._own_mail
        view = build_view(message)
        sender = self.registry.match_sender(view.sender_address, view.sender_domain)
        invite = read_invite(view.events) if view.events else None
        vendor = sender is not None and sender.job_weight > 0
        return self._analyse(
            message,
            view,
            sender,
            invite,
            fold(view.subject),
            vendor=vendor,
            bulk=0 if vendor else bulk_level(message),
            in_process=employer or "an unnamed employer",
        )

    def first_look(self, message: NormalizedMessage) -> Classification | None:
        """The answer :meth:`classify` gives without reading past the first look, else None.

        Reads only the envelope, the text's head and offsets, and the calendar events: a
        message skimmed without its links and language (connectors.mime.skim) gets the same
        answer here as the full message gets from :meth:`classify`.
        """
        if is_own_mail(message):
            return self._own_mail
        look, _ = self._first_look(message)
        return self._no_job_words if look == "closed" else None

    def _first_look(self, message: NormalizedMessage) -> tuple[str, str | None]:
        """Most mail leaves here ("closed"), after one search of its subject and first lines.

        The gate runs here only where it would run on the full view anyway: no vendor or hiring
        sender, no calendar invite, no forward (whose own sender and words are read from the
        forwarded part); "open" then comes with the words that opened it, else "unseen".
        """
        if message.calendar_events or is_forward(message.subject):
            return "unseen", None
        sender = message.from_
        if self._sender_says_job(sender.address, sender.domain, sender.name):
            return "unseen", None
        head = fold(message.subject) + "\n" + fold(fresh_head(message, GATE_CHARS))
        opened = self.gate.opens(ungender(head), bulk=bulk_level(message) > 0)
        if opened or (message.quote_offset is not None and self._quotes_job_mail(message)):
            return "open", opened
        # An out-of-office answer to the user's own mail about a role. Most mail leaves here:
        # the cheap test (an auto-reply) comes first, reading the subject for a title second.
        if auto_reply_subject_or_headers(message, message.subject) and _names_a_title(
            clean_subject(message.subject)
        ):
            return "open", "auto-reply about a role"
        return "closed", None

    def _sender_says_job(self, address: str, domain: str, name: str) -> bool:
        """A vendor, e-signature service, hiring mailbox, "Acme Recruiting" or an agency.

        Remembered per sender: most of a mailbox comes from a few hundred of them.
        """
        key = (address, name)
        known = self._senders.get(key)
        if known is None:
            domain = domain or address.rpartition("@")[2]
            match = self.registry.match_sender(address, domain)
            known = (
                (
                    match is not None
                    and (match.job_weight > 0 or match.vendor.kind is VendorKind.ESIGN)
                )
                or self.names.is_job_mailbox(address)
                or (bool(name) and self.names.has_hiring_words(name))
                or self.names.is_agency(domain=domain)
            )
            if len(self._senders) > _SENDER_MEMO:
                self._senders.clear()
            self._senders[key] = known
        return known

    def _quotes_job_mail(self, message: NormalizedMessage) -> bool:
        """An out-of-office answer to job mail the user sent (the job words are in the quote)."""
        view = build_view(message)
        return is_auto_reply(message, view) and bool(
            self.gate.opens(fold(view.quoted[:GATE_CHARS]))
        )

    def _hiring_sender(self, view: MailView) -> bool:
        """A sender that says "hiring" by itself: ``careers@``, "Acme Recruiting"."""
        return self.names.is_job_mailbox(view.sender_address) or (
            bool(view.sender_name) and self.names.has_hiring_words(view.sender_name)
        )

    def _sender_opens_gate(self, view: MailView, message: NormalizedMessage) -> bool:
        """Hiring senders and agencies; auto-replies that quote job mail."""
        if self._hiring_sender(view) or self.names.is_agency(domain=view.sender_domain):
            return True
        return is_auto_reply(message, view) and bool(
            self.gate.opens(fold(view.quoted[:GATE_CHARS]))
        )

    def _analyse(
        self,
        message: NormalizedMessage,
        view: MailView,
        sender: SenderMatch | None,
        invite: Invite | None,
        subject: str,
        *,
        vendor: bool,
        bulk: int,
        in_process: str = "",
    ) -> Classification:
        body = fold(view.body)
        text = unabbreviate(ungender(subject + "\n" + body))
        original = view.subject + "\n" + view.body  # same offsets; evidence keeps the case
        hits = self.bank.matcher.scan(text)
        languages = self.bank.languages_for(message.language, hits)
        registered = sender.vendor if sender is not None else None
        vendor_subjects = registered.subjects.templates if registered else ()
        vendor_bodies = registered.bodies.templates if registered else ()
        name = registered.id if registered else ""
        subject_extracts = Extracts(
            self.bank.templates_for("subject", languages, (name, vendor_subjects)),
            *both(without_recipient(_without_auto_prefix(view.subject), view.recipients)),
        )
        body_extracts = Extracts(
            self.bank.templates_for("body", languages, (name, vendor_bodies)),
            view.body[:EXTRACT_CHARS],
            body[:EXTRACT_CHARS],
        )
        tally = Tally()
        reply = not view.forwarded and is_reply(view.subject)
        tally.add_hits(hits, original, len(subject), REPLY_SUBJECT if reply else SUBJECT_BOOST)
        findings = Findings(
            sender=sender,
            invite=invite,
            links=self._job_links(view),
            # Vendor templates are read before the decision: their hints ("was sent to") count.
            subject_extracts=subject_extracts.leading(len(vendor_subjects)),
            body_extracts=body_extracts.leading(len(vendor_bodies)),
            subject=subject_extracts,
            body=body_extracts,
            # A vendor's domain that says "recruitment" ("rexx-recruitment.com") is an ATS's.
            agency=self.names.is_agency(name=view.sender_name)
            or (registered is None and self.names.is_agency(domain=view.sender_domain))
            # a system only staffing agencies use (Ceipal, JobDiva) sends for the agency
            or (registered is not None and registered.source is Source.AGENCY)
            or tally.strongest["agency"] >= STRONG
            or signed_by_agency(view.signature),
            hiring_sender=self._hiring_sender(view),
        )
        add_facts(tally, findings, in_process=bool(in_process))
        if signed_by_recruiter(view.signature):
            tally.add("job", 2.0, "signed by a recruiter")
        if in_process:
            tally.add("job", JOB_CONTEXT, f"the writer takes part in the {in_process} process")
        # A mailing list sends newsletters and alerts; a careers mailbox that uses one for its
        # transactional mail ("Acme Careers", careers@) is only a hint of bulk mail.
        mailing_list = bulk == 2 and not findings.hiring_sender
        if bulk:
            tally.add("bulk", STRONG if mailing_list else 3.0, "sent to a mailing list")
        if tally.scores["job"] < JOB_CONTEXT:
            tally.add_context(self.bank.job_matcher, text)
            if tally.scores["job"] < JOB_CONTEXT and _step_and_title(view.subject):
                # A hiring manager's own mail names the step and the title in the subject
                # ("Interview - Clinic Operations Manager", "Offer: Billing Associate").
                tally.add("job", JOB_CONTEXT, "the subject names a step and a title")
        auto_reply = is_auto_reply(message, view) or (
            tally.strongest["autoreply"] >= STRONG and bool(AUTO_SUBJECT.match(view.subject))
        )
        if auto_reply:
            tally.add_hits(self.bank.matcher.scan(fold(view.quoted)), view.quoted, 0)
        if auto_reply and _names_a_title(view.subject):
            # An out-of-office answer to the user's own mail about a role ("Automatic reply:
            # Data Engineer - Jane Doe").
            tally.add("job", 2.0, "auto-reply to a mail about a role")
        verdict = decide(
            tally,
            auto_reply=auto_reply,
            vendor=vendor,
            bulk=mailing_list,
            agency=findings.agency,
            hiring=findings.hiring_sender,
        )
        if verdict.category is Category.NOT_JOB:
            return self._not_job(verdict.confidence, verdict.evidence)
        return self._job_mail(view, languages, findings, verdict)

    def _job_links(self, view: MailView) -> list[JobLink]:
        found = (self.registry.match_url(link.url) for link in view.links[:_MAX_LINKS])
        return [link for link in found if link is not None]

    def _job_mail(
        self, view: MailView, languages: frozenset[str], findings: Findings, verdict: Verdict
    ) -> Classification:
        category = verdict.category
        sender = findings.sender
        if (
            category is Category.ALERT
            and sender is not None
            and sender.vendor.kind is VendorKind.BOARD
        ):
            # A job board's alert lists many employers' openings the reader has not applied
            # to: it names no employer of theirs, so the costliest reading of all, employer and
            # role, is not done. An employer's own alert (a talent network's welcome, a nudge
            # to finish an application) is read in full.
            fields = self.extractor.alert_fields(view, findings)
        else:
            fields = self.extractor.fields(view, languages, findings, category)
        tracked = category.value in TRACKED
        confidence = verdict.confidence
        if tracked and fields.employer is None:
            confidence = min(confidence, _NO_EMPLOYER_CAP)
        evidence = [*([fields.cancelled] if fields.cancelled else []), *verdict.evidence]
        if fields.employer is not None:
            employer = fields.employer
            evidence.append(f"employer from {employer.origin}: {employer.quote[:50]}")
        # Every field is built here with its contract type: validation would only cost time.
        return self._job_answer.model_copy(
            update=dict(
                category=category,
                company=fields.employer.name if fields.employer else None,
                role=fields.role,
                status=verdict.status or STATUS_FOR_CATEGORY.get(category),
                source=fields.source,
                job_url=fields.job_url if tracked else None,
                requisition_id=fields.requisition_id,
                event_time=fields.event_time,
                confidence=confidence,
                evidence=tuple(e[:80] for e in dict.fromkeys(evidence))[:4],
                decided_by=DecidedBy.RULES,
                versions=self.versions,
            )
        )

    def _not_job(self, confidence: float, evidence: tuple[str, ...]) -> Classification:
        return self._not_job_answer.model_copy(
            update={"confidence": confidence, "evidence": evidence}
        )


_SUBJECT_PARTS = re.compile(r"\s*(?::|\s[-–|]\s)\s*")


def _without_auto_prefix(subject: str) -> str:
    """The subject an out-of-office answer repeats, without its "Automatische Antwort:" label:
    the label reads like "<Company>: <topic>" to the subject templates."""
    cleaned = clean_subject(subject)
    if ":" not in cleaned:
        return cleaned
    match = AUTO_SUBJECT.match(cleaned)
    if match is None:
        return cleaned
    rest = cleaned[match.end() :].lstrip()
    return rest[1:].lstrip() if rest.startswith(":") else cleaned


# Words of a hiring process in the subject an out-of-office answer repeats ("Automatic reply:
# Re: Senior HR Business Partner interview", "Ausência temporária: Application for ...").
_PROCESS_WORDS = re.compile(
    r"\b(?:interview|application|applying|bewerbung|vorstellungsgespräch|candidature|entretien"
    r"|candidatura|entrevista|solicitud)\b",
    re.IGNORECASE,
)
# A job title in a signature that says the sender recruits ("Senior Recruiter | Emberforge",
# "Talent Acquisition Partner", "Responsable RH"): mail signed so is about hiring.
_RECRUITER_TITLE = re.compile(
    r"\b(?:(?:senior |lead |tech(?:nical)? |executive |it[- ])?recruiter(?:in)?"
    r"|recruiting (?:partner|manager|lead|coordinator|specialist|team)"
    r"|recruitment (?:partner|manager|consultant|lead|coordinator)"
    r"|talent (?:acquisition|partner|sourcer|scout)|head of (?:talent|recruiting|people)"
    r"|(?:hr|people) business partner|personalreferent(?:in)?|personalberater(?:in)?"
    r"|chargée? de recrutement|responsable (?:rh|du recrutement|recrutement|des ressources humaines"
    r"|ressources humaines)|(?:directeur|directrice) des ressources humaines"
    r"|business partner de rh|reclutador(?:a)?|recrutador(?:a)?|responsable de selecci[oó]n"
    # Spain's recruiter: "Técnico de Selección", "Técnica de Selección y Talento"
    r"|t[eé]cnic[oa] de selecci[oó]n"
    # Brazil's: "Analista de R&S" (recrutamento e seleção), "Analista de Atração de Talentos"
    r"|(?:analista|consultor(?:a)?|especialista|coordenador(?:a)?) de (?:r&s|recrutamento"
    r"|atração de talentos|aquisição de talentos)|headhunter)\b",
    re.IGNORECASE,
)


_LEVEL = re.compile(r"(?:\s+(?:[ivx]{1,4}|\d))+\s*$", re.IGNORECASE)


def _names_a_title(subject: str) -> bool:
    """Whether a subject names a role or a step of a hiring process."""
    for part in _SUBJECT_PARTS.split(subject):
        if not part:
            continue
        if _PROCESS_WORDS.search(part) or looks_like_title(part):
            return True
        # "Senior Marketing Manager III, Data Platform (m/w/x)": the title before a level, a
        # team or a place counts too
        head = _LEVEL.sub("", (clean_role(part) or "").split(",")[0])
        if head and looks_like_title(head):
            return True
    return False


# A step of a hiring process a subject names beside a title: "Interview - Practice
# Coordinator", "Office Manager interview - Nashville", "Offer for Billing Associate".
_STEP_WORD = re.compile(
    r"^(?:(?:(?:phone|video|virtual|zoom|in-person|onsite|on-site|panel|final|first|second|"
    r"follow-up|oral board|oral|board|structured|group) )?interview"
    r"(?: (?:invitation|invite|request|scheduling|schedule|confirmation|details))?"
    r"|(?:job )?offer(?: letter| of employment)?"
    r"|entrevista|oferta|proposta|entretien|vorstellungsgespräch)"
    r"(?: for(?: the| our)?)?(?:\s+|$)|\s+(?:(?:phone|video|panel|final|follow-up) )?"
    r"(?:interview|offer)$",
    re.IGNORECASE,
)

# "Interview with our CEO", "Offer to the Director": a person, not the title applied for.
_NO_TITLE_START = frozenset(("with", "to", "at", "from", "of", "on", "our", "your", "my", "by"))
_TITLE_WORDS = 6
_OF = frozenset(("de", "du", "des", "da", "do", "das", "dos", "del", "d’"))


def _step_and_title(subject: str) -> bool:
    """Whether a subject names an interview or offer and the title it is for, in one part or
    in two ("Interview - Clinic Operations Manager")."""
    parts = [p for p in _SUBJECT_PARTS.split(clean_subject(subject)) if p]
    if len(parts) > 4:
        return False
    stepped = False
    titles = 0
    for part in parts:
        rest = _STEP_WORD.sub("", part, count=1)
        if rest == part:
            titles += _short_title(part)
        elif not rest:
            stepped = True  # "Interview - Clinic Operations Manager"
        elif _short_title(rest):
            return True  # "Interview for Practice Coordinator"
    return stepped and titles > 0


def _short_title(text: str) -> bool:
    """A title as a subject writes it: a few words, capitalised ("Practice Coordinator"),
    not a headline that ends on one ("how Camila became a Marketing Cloud Architect")."""
    words = text.split()
    if not (0 < len(words) <= _TITLE_WORDS and text[:1].isupper()):
        return False
    if words[0].casefold() in _NO_TITLE_START:
        return False
    # Romance titles put the post first: "Analista de Dados", "Chargée de recrutement"
    head_first = len(words) > 2 and words[1] in _OF and looks_like_title(words[0])
    return head_first or looks_like_title(text)


def signed_by_recruiter(signature: str) -> bool:
    return bool(_RECRUITER_TITLE.search(signature))

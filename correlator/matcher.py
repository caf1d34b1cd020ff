"""Matching a classified message to one of its user's applications (DESIGN.md section 6).

Rules, in order of trust; the first that finds an application wins:

1. the provider thread, or a reply to a linked message (In-Reply-To / References), but only
   with the same employer and a role that does not contradict the application's;
2. the requisition id, with the same employer;
3. the job-URL identity (vendor + job id);
4. the employer (normalised, aliased, fuzzy, short and long forms) and the role (fuzzy,
   seniority-aware). Without a role the message joins the employer's single open application
   at medium confidence, or the nearest of several at low confidence with a review reason.
   Mail in a process naming a role no application there has joins the one process open at
   the time, for review (titles are often misread), unless it names another seniority or a
   new person writes; mail for a role whose application had closed joins a later one begun
   without a role (the user applied again). An employer the user never applied to, on mail
   in a process, gives way to the known one its writer's address or domain speaks for;
5. for a message naming no employer: the sender's address, if it wrote for one employer only;
   then the sender's or Reply-To domain, or a person's address before the "@", if it spells
   an employer the user applied to; then the subject, if it spells out the whole name of one,
   or (mail in a process) names a person who wrote for one;
6. last, for a message in a process (not a confirmation) naming only a role: the one open
   application with that role, sent to review; else the one open application begun without
   an employer that its writer wrote about, which the message's employer, if any, names.

Application mail naming no employer and matching nothing (a confirmation, a test, an
interview, an offer) starts an application, for review, only when a person wrote it: a
recruiter or a small employer, whose later mail names the employer. So does a confirmation
naming the role only (a job board's): the employer's later mail for that role names it.

A reply (In-Reply-To / References) to mail linked to an application, which the rules found no
job in ("Re: Intro call": "Friday works, same link"), is classified as the mail it answers
(:meth:`Correlator.answering`) and then linked like any other, unless it is bulk mail or
answers a rejection or a final status.

A new confirmation (or outreach) starts a new application where an old one for the same
role exists after that one reached a final status, or after ``new_application_gap_days``
without activity; so does process mail (a test, an interview, an offer) after that gap of
silence. A late rejection joins the old one. A confirmation matched by employer alone joins
an application acknowledged more than a week before only if it names the same role: a copy
(the job board's and the ATS's) comes within days; one from the same sender naming another
requisition is another application. A confirmation that the role is on hold,
or of the user's withdrawal, starts nothing: it is mail in the process it is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from mypy_extensions import mypyc_attr

from jobtracker.correlator.acronyms import initials_of, spells_initials
from jobtracker.correlator.activity import distance, final_before, final_since, nearest
from jobtracker.correlator.contacts import contacts, employer_of_writer, personal, written_by
from jobtracker.correlator.domains import domain_labels, domain_of
from jobtracker.correlator.facts import MessageFacts, starts_application
from jobtracker.correlator.index import UserIndex, topic_key
from jobtracker.correlator.linking import link, new_application
from jobtracker.correlator.names import (
    FUZZY_EMPLOYER_THRESHOLD,
    AliasTable,
    abbreviates,
    compact,
    company_similarity,
    default_aliases,
    name_words,
    plain,
    spells_out,
    squeeze,
)
from jobtracker.correlator.people import named_person, writes_as
from jobtracker.correlator.roles import (
    ROLE_MATCH_THRESHOLD,
    core_key,
    names_a_role,
    part_of,
    requisition_key,
    role_key,
    role_similarity,
    seniorities_differ,
    title_head_key,
    title_initials,
    title_words,
)
from jobtracker.correlator.scheduling import hosts_named, scheduling_service
from jobtracker.correlator.signing import signing_service
from jobtracker.correlator.state import Application, Correlation, LinkedMessage
from jobtracker.correlator.status import UNDATED, fold_status, utc
from jobtracker.pipeline.contracts import ClassifiedMessage, NormalizedMessage
from jobtracker.pipeline.subjects import clean_subject, reply_topic, topic
from jobtracker.pipeline.vocabulary import (
    FINAL_STATUSES,
    TRACKED_CATEGORIES,
    ApplicationStatus,
    Category,
    Source,
)

_PROGRESS = frozenset({Category.ASSESSMENT, Category.INTERVIEW, Category.OFFER})
# Mail telling of a takeover: the process goes on under the buyer's name and domain.
# A network's message relay names the person writing through it ("Jane Roe via LinkedIn",
# "Jan Roe über XING"); an ATS's per-employer mailbox may carry several recruiters' names.
_VIA_PERSON = re.compile(r"\S\s+(?:via|über|through)\s+(?:linkedin|xing)\b", re.IGNORECASE)
_ACQUIRED = re.compile(
    r"\b(?:acquired by|acquisition of|has acquired|formerly|previously known as|integration of"
    r"|now part of|merger with|merged with|übernommen|übernahme (?:von|der|des)|ehemals|vormals"
    r"|jetzt teil (?:von|der|des)|fusion mit|adquirid[ao] por|adquisición de|integración de"
    r"|antes conocid[ao] como|ahora parte de|fusión con|racheté par|rachat de|acquis par"
    r"|anciennement|fusion avec|désormais partie|adquirid[ao] pel[ao]|aquisição d[aeo]"
    r"|integração d[aeo]|agora parte d[aeo]|fusão com)\b",
    re.IGNORECASE,
)
# Mail whose replies continue its process (:meth:`Correlator.answering`), and how sure that is.
_ANSWERED = _PROGRESS | {Category.CONFIRMATION, Category.VIEWED, Category.OUTREACH}
_READER_CLOSED = frozenset({ApplicationStatus.WITHDRAWN, ApplicationStatus.DECLINED})
_EARLIEST = datetime.min.replace(tzinfo=UTC)
_ANSWER = 0.7
NO_EMPLOYER = "no employer"

# How sure each rule is that the message belongs where it put it (the review queue takes
# what falls below the review threshold, 0.6 by default).
_THREAD, _THREAD_NO_EMPLOYER = 0.97, 0.9
_REQUISITION = _JOB_URL = 0.95
_ROLE_SAME, _ROLE_NEAR = 0.9, 0.8  # role similarity >= 97, >= ROLE_MATCH_THRESHOLD
_EMPLOYER_ONLY, _EMPLOYER_ONLY_AMBIGUOUS = 0.7, 0.3
_EMPLOYER_AND_CONTACT = 0.6  # several applications at the employer; the same person wrote
_NEW_EMPLOYER, _NEW_ROLE_AT_KNOWN_EMPLOYER = 0.95, 0.85
_FUZZY_EMPLOYER_PENALTY = 0.05
_SENDER_PENALTY = 0.05
_DOMAIN_PENALTY = 0.1
_SUBJECT_PENALTY = 0.1
_PERSON_PENALTY = 0.1
_ROLE_MISREAD = 0.5  # one open process at the employer, another role named: a person checks
_ROLE_ONLY = 0.5  # below the review threshold: a person confirms it
_UNNAMED = 0.5  # an application begun without an employer: a person names it
_WRITER = 0.65  # joined by who wrote, to an application begun without an employer
ROLE_ONLY = "only the role named the application"
OFFER_OUT = "an offer to sign, linked to the one application with an offer out"
_ENVELOPE_AFTER_OFFER = timedelta(days=14)
_ENVELOPE_SOON_AFTER = timedelta(days=3)
_ROLE_ONLY_CANDIDATES = 3
_SHARED_SENDER_EMPLOYERS = 40  # the most employers a board's notice is matched among by title
# A second acknowledgement of one application (the job board's and the ATS's) comes within
# days of the first; one weeks later is for another application, unless it names the role.
_DUPLICATE_CONFIRMATION_DAYS = 7
_SAME_ROLE = 97.0
_TEXT_NAMES_EMPLOYER = 2000  # the employer a notice is about is named near its start


def _shortens(a: str, b: str) -> bool:
    """Whether one of two run-together names keeps the other's letters in order."""
    return abbreviates(a, b) or abbreviates(b, a)


def _closed_at(app: Application, at: datetime | None) -> bool:
    """Whether ``app`` had reached a final status by ``at`` (by now, for undated mail)."""
    return final_before(app, at) if at is not None else app.status in FINAL_STATUSES


# Where mail a person writes comes from: not an ATS or a job board, whose mailboxes
# ("indeedapply@") may read as a person's.
_PERSONAL_SOURCES = frozenset({None, Source.DIRECT, Source.AGENCY, Source.OTHER})


def _from_a_person(facts: MessageFacts) -> bool:
    """Whether a person wrote the message: an address in name parts, or any address not a
    shared mailbox (``wei@``) when the mail came directly, not through an ATS or a board."""
    if named_person(facts.sender):
        return True
    sender = facts.sender or ""
    local, _, domain = sender.partition("@")
    if local in domain_labels(domain):  # a service writing as itself: adobesign@adobesign.com
        return False
    return personal(sender) and facts.source in _PERSONAL_SOURCES


_AT_OFFER = frozenset({ApplicationStatus.OFFER})
_INTERESTED = ApplicationStatus.INTERESTED
_NEW_PROCESS = frozenset({Category.ASSESSMENT, Category.INTERVIEW})
_CLOSED_LONG_AGO_DAYS = 30
_INTERVIEWED = frozenset({ApplicationStatus.INTERVIEWING})


def _likelier_stage(pool: list[Application], category: Category) -> list[Application]:
    """Of several applications a message could be about, those at the stage it follows: an
    offer comes after interviews, and a rejection is seldom the answer to an offer made.
    The whole pool when none (or all) are."""
    if category is Category.OFFER:
        found = [app for app in pool if app.status in _INTERVIEWED]
    elif category is Category.REJECTION:
        found = [app for app in pool if app.status not in _AT_OFFER]
    else:
        return pool
    return found or pool


_MIN_SUBJECT_TITLE_WORDS = 2


def _answered(
    index: UserIndex, message: NormalizedMessage
) -> tuple[Application, LinkedMessage] | None:
    """The application and linked message a reply answers: by its In-Reply-To and References;
    for a reply that lost them (a "RE:" from a corporate mail server, a phone's mail app) or
    whose references name only mail that is no job mail here (the reader's own answer in
    between, kept in their sent folder), the latest mail of the one application its writer's
    earlier mail of that subject is in."""
    replied: tuple[str, ...] = (message.in_reply_to,) if message.in_reply_to else ()
    replied += tuple(reversed(message.references))
    for rfc_id in replied:
        app = index.by_rfc_id.get(rfc_id)
        if app is not None:
            parent = next((m for m in app.messages if m.rfc_message_id == rfc_id), None)
            return (app, parent) if parent is not None else None
    thread = reply_topic(message.subject)
    sender = message.from_.address.lower()
    apps = index.by_topic.get(topic_key(sender, thread), ()) if thread and sender else ()
    if len(apps) != 1:
        return None
    app = apps[0]
    at = utc(message.sent_at) if message.sent_at else None
    earlier = [
        m
        for m in app.messages
        if m.topic == thread
        and m.key.provider_message_id != message.provider_message_id
        and (at is None or m.sent_at is None or utc(m.sent_at) <= at)
    ]
    if not earlier:
        return None
    return app, max(earlier, key=lambda m: utc(m.sent_at) if m.sent_at else _EARLIEST)


def _names_its_new_client(index: UserIndex, facts: MessageFacts) -> bool:
    """A search firm's mail naming a client while a pitch of the writer's is still open
    without one ("retained by a listed logistics group", then "the client is Harlow Freight"):
    the name is that pitch's client, not a misread of the employer of an earlier search."""
    if facts.source is not Source.AGENCY or not facts.sender:
        return False
    return any(
        not app.company_key and not _closed_at(app, facts.sent_at)
        for app in index.unnamed_by_writer.get(facts.sender, ())
    )


def _pitching_consultant(index: UserIndex, facts: MessageFacts) -> bool:
    """Whether the person writing has a search firm's pitch still open without a client: a
    consultant's later mail says no more who writes ("Acme - entrevista técnica quinta", no
    signature), and is still the firm's, about one of its clients."""
    sender = facts.sender
    if not sender or not personal(sender):
        return False
    return any(
        app.source is Source.AGENCY and not app.company_key and not _closed_at(app, facts.sent_at)
        for app in index.unnamed_by_writer.get(sender, ())
    )


def _firms_own_domain(facts: MessageFacts) -> bool:
    """Whether the employer read from an agency's mail is the name its sender's domain spells
    ("Northpeak" from ana@northpeak.com.br): the firm writing, not its client."""
    if not facts.company_key or not facts.sender:
        return False
    return squeeze(facts.company_key) in domain_labels(domain_of(facts.sender))


def _pitch_taken_up(index: UserIndex, pitch: Application) -> Application | None:
    """The named application an agency's pitch without a client became: the reply in the
    pitch's thread that named the client began it ("RE: Something in Leeds?" - "the client is
    Acme, I've sent your CV"), so the consultant's later mail naming no one ("Acme update",
    "RE: feedback") is that application's, not the pitch's."""
    for message in pitch.messages:
        if not message.topic or not message.sender:
            continue
        for app in index.by_topic.get(topic_key(message.sender, message.topic), ()):
            if app is not pitch and app.company_key:
                return app
    return None


def _pitch_answered(index: UserIndex, facts: MessageFacts) -> Application | None:
    """The agency's pitch, still without a client, that a reply naming the client and no
    title answers ("RE: Exclusive FBP role" - "the client is Acme, I've submitted your CV"):
    the application it begins is for the role the pitch named."""
    if facts.role_key or facts.source is not Source.AGENCY or not facts.replied_to:
        return None
    for rfc_id in facts.replied_to:
        app = index.by_rfc_id.get(rfc_id)
        if app is not None and not app.company_key and app.role_key and app.status is _INTERESTED:
            return app
    return None


_MIN_CLIENT_WORD = 4


def _writers_client_in_subject(index: UserIndex, facts: MessageFacts) -> str | None:
    """The one employer the writer wrote for before whose first word the subject names: an
    agency consultant calls the client by it ("Vantage feedback", "Next steps - Halden",
    "Roundhay update" for Vantage Dental Group, Halden Foods, Roundhay Home Products)."""
    if not facts.sender:
        return None
    words = set(name_words(facts.subject))
    found = set()
    for key in index.employers_by_sender.get(facts.sender, ()):
        first = key.split(" ", 1)[0]
        if len(first) >= _MIN_CLIENT_WORD and first in words:
            found.add(key)
    return found.pop() if len(found) == 1 else None


# A selection's or posting's reference as a subject carries it: letters, then digits with
# their separators ("AFG25117", "AWIN-2025-27", "JR10322"), never a bare year or date.
_REFERENCE = re.compile(r"\b[a-z]{1,6}[-/]?\d[\d/-]{3,}\d\b")


def _same_reference(app: Application, facts: MessageFacts) -> bool:
    """A notice whose subject carries the reference the same sender's earlier mail in this
    application carried ("AFG25117 - Votre résultat final" after "Votre inscription à la
    sélection AFG25117"): the same selection, however long after its receipt."""
    codes = set(_REFERENCE.findall(topic(facts.subject)))
    return bool(codes) and any(
        m.sender == facts.sender and codes & set(_REFERENCE.findall(m.topic)) for m in app.messages
    )


def _consultants_update(app: Application, facts: MessageFacts) -> bool:
    """An agency consultant's word on a candidacy it put forward, naming no role ("I've chased
    them for feedback twice"): read as an acknowledgement, it is no new application when
    the consultant wrote in this one already."""
    return (
        facts.source is Source.AGENCY
        and not facts.role_key
        and bool(facts.sender)
        and any(m.sender == facts.sender for m in app.messages)
    )


def _initials_for(key: str | None, employer: str) -> bool:
    """Whether the name a mail writes is the initials of a known employer's first words: an
    agency's consultant calling the client it named in full before by them ("W&M would like
    to interview you" after "submitted your CV to Wirral & Mersey Insurance")."""
    short = squeeze(key) if key else ""
    return len(short) >= 2 and initials_of(employer).startswith(short)


def _firms_own_lead(index: UserIndex, facts: MessageFacts, employer: str) -> Application | None:
    """The process a search firm's mail began under the firm's own name ("Vale & Co" for
    ann@valeandco.example: its pitch, its call, the client kept unnamed), when the firm's
    mail, read as an agency writing for a client, now names the client ("the client is
    Brightwell Pay Ltd"): the one open application of that employer, all its mail from the
    writer's domain, its name the writer's domain and the client's not."""
    if facts.source is not Source.AGENCY or not facts.sender or not facts.company_key:
        return None
    domain = domain_of(facts.sender)
    labels = [plain(label) for label in domain_labels(domain)]
    if not _spells_label(employer, labels) or _spells_label(facts.company_key, labels):
        return None
    apps = index.by_company.get(employer, ())
    if len(apps) != 1:
        return None
    leads = [
        app
        for app in apps
        if app.status not in FINAL_STATUSES
        and app.messages
        and all(m.sender and domain_of(m.sender) == domain for m in app.messages)
    ]
    return leads[0] if len(leads) == 1 else None


def _group_of_brand(index: UserIndex, facts: MessageFacts, employer: str) -> Application | None:
    """The one open process of a group (a board's receipt gave its registered name) whose
    mail names one of its brands and says so: "Corporación X (marcas Sumaq y Kallpa)", "Nuvia
    es el banco digital del Grupo Banco X". The candidate knows the process by the brand."""
    brand = facts.company
    apps = index.by_company.get(employer, ())
    if not brand or len(apps) != 1 or apps[0].status in FINAL_STATUSES or not facts.text:
        return None
    group = apps[0].company or ""
    if not group or brand.casefold() not in facts.text.casefold():
        return None
    said = re.search(
        re.escape(group)
        + r"[^\n()]{0,30}\((?:marcas?|brands?|marques?)\s[^()\n]{0,80}?\b"
        + re.escape(brand)
        + r"\b|\b"
        + re.escape(brand)
        + r",?\s+es\s+(?:el|la|un|una)\s+(?:[\w-]+\s+){1,3}?(?:del|de\s+la|de)\s+(?:grupo\s+)?"
        + re.escape(group),
        facts.text,
        re.IGNORECASE,
    )
    return apps[0] if said else None


def _spells_label(key: str, labels: list[str]) -> bool:
    """Whether a company key's first word starts a domain label ("vale" of "valeandco")."""
    first = plain(key.split(" ", 1)[0]) if key else ""
    return len(first) >= 3 and any(label.startswith(first) for label in labels)


def _subject_title_key(subject: str) -> str:
    """The role key of a subject that may be a bare title once reply prefixes are gone
    ("Re: Backend Engineer, Ledger Core"); empty for one word. Only an open application's
    very title matches it, so any other subject names nothing."""
    key = role_key(clean_subject(subject))
    return key if len(key.split()) >= _MIN_SUBJECT_TITLE_WORDS and names_a_role(key) else ""


def _role_spelled_in(pool: list[Application], facts: MessageFacts) -> Application | None:
    """The one application of ``pool`` whose title the message's subject or text spells out,
    when the extractor found none: a careers site's "thank you for your time in the process
    for <title>", one of two processes at the employer; or whose initials the subject uses
    ("SRE role - a few times?" for Site Reliability Engineer)."""
    heads = [(title_head_key(app.role), app) for app in pool if app.role]
    if not any(head for head, _ in heads):
        return None
    words = f" {title_words(f'{facts.subject}. {facts.text}')} "
    found = [app for head, app in heads if head and f" {head} " in words]
    if not found:  # the subject shortens the title to its initials: "SRE role - a few times?"
        subject = f" {title_words(clean_subject(facts.subject))} "
        initials = [(title_initials(app.role_key), app) for _, app in heads]
        found = [app for short, app in initials if short and f" {short} " in subject]
    return found[0] if len(found) == 1 else None


def _acknowledged_again(app: Application, facts: MessageFacts) -> bool:
    """Whether a confirmation naming no role comes from the sender that acknowledged ``app``
    already, without spelling ``app``'s title: an ATS acknowledges each application once,
    so it is another application there ("Thank you for your application for Supply Chain
    Analyst" two days after the one for Purchasing Coordinator). A copy of one
    acknowledgement comes from another sender (a job board's)."""
    if facts.category is not Category.CONFIRMATION or not facts.starts or facts.role_key:
        return False
    if not facts.sender or not app.role or _consultants_update(app, facts):
        return False  # an agency consultant's word is no ATS acknowledging anew
    head = title_head_key(app.role)
    if not head or f" {head} " in f" {title_words(f'{facts.subject}. {facts.text}')} ":
        return False
    return any(
        m.sender == facts.sender and starts_application(m.category, m.status) for m in app.messages
    )


@dataclass(slots=True)
class _Match:
    app: Application
    confidence: float
    rule: str
    review_reason: str | None = None


# The Kafka track stage records events through a subclass (pipeline/kafka/replay.py); when
# this module is compiled (pipeline/compiled.py), mypyc must be told to allow that.
@mypyc_attr(allow_interpreted_subclasses=True)
class Correlator:
    """Groups each user's messages into applications, keeping a per-user index in memory.

    Messages of one user must arrive one at a time (DESIGN.md: one partition per user);
    different users never share state. ``load_user`` warms a user's index from the store the
    first time the user is seen.
    """

    def __init__(
        self,
        *,
        new_application_gap_days: int = 120,
        load_user: Callable[[str], Iterable[Application]] | None = None,
        aliases: AliasTable | None = None,
    ) -> None:
        self._gap = timedelta(days=new_application_gap_days)
        self._load_user = load_user
        self._aliases = aliases if aliases is not None else default_aliases()
        self._users: dict[str, UserIndex] = {}

    def applications(self, user_id: str) -> Sequence[Application]:
        """The user's applications, in the order they were created or loaded."""
        return self._user(user_id).apps

    def answering(self, item: ClassifiedMessage) -> ClassifiedMessage | None:
        """``item`` classified as the application mail it replies to, when the rules found
        no job in it: short replies in a thread ("Re: Intro call", "Thursday at 2 works")
        carry no job words but belong to the process they answer. None when the message
        is not such a reply, is bulk mail (List-Unsubscribe), or answers mail that moved
        nothing forward a reply would continue (a rejection, a final status)."""
        if item.classification.category is not Category.NOT_JOB:
            return None
        return self.answering_thread(item)

    def answering_thread(self, item: ClassifiedMessage) -> ClassifiedMessage | None:
        """:meth:`answering` whatever the rules' category: for mail they could only guess
        about (an agency's "I spoke to the client"), the mail it answers says what it is."""
        message = item.message
        if message.list_unsubscribe:
            return None
        index = self._user(message.user_id)
        answered = _answered(index, message)
        if answered is None:
            return None
        app, parent = answered
        replayed = self._linked_to(index, item) is app  # at-least-once: answer as before
        if parent.category not in _ANSWERED:
            return None
        # an offer accepted since is still what a reply to the offer is about ("welcome
        # aboard!"): it keeps the acceptance
        accepted = app.status is ApplicationStatus.ACCEPTED and parent.category is Category.OFFER
        # the employer answering the reader's own no ("Entendo perfeitamente, as portas
        # ficam abertas" under a declined offer) closes nothing anew: it keeps that status
        acknowledged = parent.status in _READER_CLOSED and app.status in _READER_CLOSED
        if app.status in FINAL_STATUSES and not replayed and not accepted and not acknowledged:
            return None
        found = item.classification
        classification = found.model_copy(
            update={
                "category": parent.category,
                "company": app.company if app.company_key else found.company,
                "role": app.role,
                "status": ApplicationStatus.ACCEPTED if accepted else parent.status,
                "source": found.source or Source.DIRECT,
                "confidence": _ANSWER,
                "evidence": (*found.evidence, f"a reply to {parent.category.value} mail"),
            }
        )
        return ClassifiedMessage.model_construct(message=message, classification=classification)

    def in_process(self, item: ClassifiedMessage) -> Application | None:
        """The open application whose process the writer of ``item`` takes part in, for mail
        the rules found no job in: a person (not a shared mailbox) who wrote mail linked to
        one open application, or who writes from a domain that spells the employer of one
        (or, from a personal address, whose mail names one);
        for a scheduling service's booking notice, the host it names (a writer, or the
        employer in "Host: Jane Roe (Acme)"). Their plain words ("Case study for the next
        round") deserve a second reading with that context
        (:meth:`RuleClassifier.classify_in_process`). None for bulk mail, for several
        candidates, and after the application went quiet for the new-application gap.
        A booking notice the rules took for a recruiter's pitch is read so too.
        """
        message = item.message
        if message.list_unsubscribe:
            return None
        sender = message.from_.address.lower()
        category = item.classification.category
        if category is not Category.NOT_JOB and not (
            category is Category.OUTREACH and scheduling_service(sender)
        ):
            return None
        if sender and not personal(sender) and message.calendar_events:
            # A calendar service sends a person's invite: the organizer is the writer.
            sender = message.calendar_events[0].organizer.lower().removeprefix("mailto:")
        index = self._user(message.user_id)
        hosts = hosts_named(sender, message.from_.name, message.subject, message.text)
        if hosts:  # a scheduling service's notice: the host it names is the writer
            return self._open_of(index, item, self._employers_of_hosts(index, hosts), [])
        if not sender or not personal(sender):
            return None
        # a pitch the reader took up is the application its reply naming the client began
        pool: list[Application] = [
            _pitch_taken_up(index, app) or app for app in index.unnamed_by_writer.get(sender, ())
        ]
        keys = set(index.employers_by_sender.get(sender, ()))
        if not keys and not pool:
            domain = message.from_.domain.lower() or domain_of(sender)
            employer = index.employer_of_domains((domain,))
            if employer is None and named_person(sender):
                # a founder writing from a personal address, signing with the employer
                # ("Sam Roe / Co-founder, Acme"): the one known employer the mail names
                text = message.text[: message.quote_offset or _TEXT_NAMES_EMPLOYER]
                employer = index.employer_named_in(text[:_TEXT_NAMES_EMPLOYER])
            if employer is not None:
                keys.add(employer)
        return self._open_of(index, item, keys, pool)

    def speaks_for(self, message: NormalizedMessage, app: Application) -> bool:
        """Whether ``message`` is a person's mail from a domain that spells ``app``'s employer
        ("Owen Mercer" <owen@tidewave.io> in an application at Tidewave)."""
        sender = message.from_.address.lower()
        if not app.company_key or not writes_as(sender, message.from_.name):
            return False
        domain = message.from_.domain.lower() or domain_of(sender)
        index = self._user(message.user_id)
        return index.employer_of_domains((domain,)) == app.company_key

    @staticmethod
    def _employers_of_hosts(index: UserIndex, hosts: tuple[str, ...]) -> set[str]:
        """The known employers the hosts of a booking notice stand for: a person who wrote
        for one ("Seb Roe"), or the employer the host line spells ("Seb Roe (Acme)")."""
        keys: set[str] = set()
        for host in hosts:
            employer = (
                index.employer_of_person_named_in(host)
                or index.employer_named_in(host)
                or index.employer_of_first_name(host)
            )
            if employer is not None:
                keys.add(employer)
        return keys

    def _open_of(
        self, index: UserIndex, item: ClassifiedMessage, keys: set[str], pool: list[Application]
    ) -> Application | None:
        """The one application of ``pool`` and of the employers ``keys`` still open and
        active within the new-application gap when ``item`` was sent; None for several,
        unless all at one employer (two roles there): then the one its writer wrote about,
        else the latest active, since the second reading only needs the employer."""
        linked = self._linked_to(index, item)
        if linked is not None:  # at-least-once: a replay is read as it was the first time
            return linked
        if not keys and not pool:
            return None
        message = item.message
        pool = list(pool)
        for key in keys:
            pool.extend(index.by_company.get(key, ()))
        at = utc(message.sent_at) if message.sent_at else None
        open_apps = {
            id(app): app
            for app in pool
            if app.status not in FINAL_STATUSES
            and at is not None
            and app.last_activity_at is not None
            and timedelta(0) <= at - app.last_activity_at <= self._gap
        }
        found = list(open_apps.values())
        if len(found) == 1:
            return found[0]
        if (
            len(found) < 2
            or len({app.company_key for app in found}) != 1
            or not found[0].company_key
        ):
            return None
        sender = message.from_.address.lower()
        written = [app for app in found if any(m.sender == sender for m in app.messages)]
        return nearest(written if len(written) == 1 else found, at)

    @staticmethod
    def _acronym_of_writer(index: UserIndex, facts: MessageFacts) -> bool:
        """Name the employer as before when the sender wrote for one employer whose name
        this one abbreviates or spells out ("Sede electrónica ASH" and "Agencia Sanitaria
        del Henares" from one mailbox); whether it did."""
        key = facts.company_key
        if key is None or not facts.sender:
            return False
        found = {
            known
            for known in index.employers_by_sender.get(facts.sender, ())
            if spells_initials(key, known) or spells_initials(known, key)
        }
        if len(found) != 1:
            return False
        (known,) = found
        facts.company_key, facts.company = known, index.by_company[known][0].company
        return True

    @staticmethod
    def _linked_to(index: UserIndex, item: ClassifiedMessage) -> Application | None:
        """The application ``item`` was linked to already (a redelivered message), if any."""
        message = item.message
        known = index.by_message.get((message.provider, message.provider_message_id))
        return known[0] if known is not None else None

    def correlate(self, item: ClassifiedMessage) -> Correlation:
        """Link one message to an application, creating one if none fits."""
        if item.classification.category not in TRACKED_CATEGORIES:
            return Correlation(application=None, created=False, confidence=1.0)
        message = item.message
        index = self._user(message.user_id)
        known = index.by_message.get((message.provider, message.provider_message_id))
        if known is not None:  # at-least-once delivery: a replay changes nothing
            app, linked = known
            return Correlation(application=app, created=False, confidence=linked.confidence)
        facts = MessageFacts.of(item, self._aliases)
        index.note_recipients(facts.recipients, facts.sender)
        if _firms_own_domain(facts) and (
            facts.source is Source.AGENCY or _pitching_consultant(index, facts)
        ):
            # the extractor's last resort, the sender's domain, is the firm: never the employer
            facts.company_key = facts.company = None
        fuzzy_employer = False
        if facts.company_key is not None:
            resolved = index.employer(facts.company_key)
            if resolved is not None:
                facts.company_key, fuzzy_employer = resolved
            elif not self._acronym_of_writer(index, facts):
                fuzzy_employer = self._employer_of_writer(index, facts)
        match = (
            self._match(index, facts, fuzzy_employer)
            or self._by_domain(index, facts)
            or self._by_subject(index, facts)
            or self._by_notice_text(index, facts)
            or self._by_person_named(index, facts)
            or self._by_role_only(index, facts)
            or self._by_offer_out(index, facts)
            or self._by_title_of_shared_sender(index, facts)
            or self._by_tenant_name(index, facts)
        )
        if match is not None:
            events = link(
                match.app, facts, confidence=match.confidence, rule=match.rule, created=False
            )
            index.refresh(match.app)
            return Correlation(
                application=match.app,
                created=False,
                confidence=match.confidence,
                events=events,
                review_reason=match.review_reason,
            )
        begun = self._begun_by_writer(index, facts)
        if begun is not None:
            unnamed = begun.app
            if facts.company_key is not None and facts.company:
                index.name_employer(unnamed, facts.company, facts.company_key)
            events = link(
                unnamed, facts, confidence=begun.confidence, rule=begun.rule, created=False
            )
            index.refresh(unnamed)
            reason = begun.review_reason or (None if unnamed.company_key else NO_EMPLOYER)
            return Correlation(
                application=unnamed,
                created=False,
                confidence=begun.confidence,
                events=events,
                review_reason=reason,
            )
        if facts.company_key is None:
            # a person's mail, or an agency's (whose shared mailbox acknowledges the CV without
            # naming its client): its later mail names the employer
            writer = _from_a_person(facts) or facts.source is Source.AGENCY
            if not ((facts.starts or facts.category in _PROGRESS) and writer) and not (
                facts.category is Category.CONFIRMATION and facts.starts and facts.role_key
            ):
                return Correlation(
                    application=None, created=False, confidence=0.0, review_reason=NO_EMPLOYER
                )
            # a person (a recruiter, a small employer) writing about an application without
            # naming the employer: kept, for their later mail to name it, and for review
            app = new_application(facts)
            events = link(app, facts, confidence=_UNNAMED, rule="new", created=True)
            index.add(app)
            return Correlation(
                application=app,
                created=True,
                confidence=_UNNAMED,
                events=events,
                review_reason=NO_EMPLOYER,
            )
        known_employer = facts.company_key in index.by_company
        confidence = _NEW_ROLE_AT_KNOWN_EMPLOYER if known_employer else _NEW_EMPLOYER
        app = new_application(facts)
        pitch = _pitch_answered(index, facts)
        if pitch is not None:
            app.role, app.role_key = pitch.role, pitch.role_key
        events = link(app, facts, confidence=confidence, rule="new", created=True)
        index.add(app)
        return Correlation(application=app, created=True, confidence=confidence, events=events)

    def _begun_by_writer(self, index: UserIndex, facts: MessageFacts) -> _Match | None:
        """The open application begun without an employer that the person writing (From or
        Reply-To) wrote about, for mail in its process: "Interview confirmed - Acme" from
        the recruiter who acknowledged the CV without saying for whom, or from a colleague
        at the agency whose mailbox did. Of several, the one
        past a lead (a recruiter's pitch, then the application it became), else the one
        for the role the mail names; else the nearest in time, for review."""
        if facts.starts:
            return None
        writers = [a for a in (facts.sender, *facts.reply_to) if a and personal(a)]
        found = {
            id(app): app
            for w in writers
            for app in index.unnamed_by_writer.get(w, ())
            if not app.company_key
            and not _closed_at(app, facts.sent_at)
            and distance(app, facts.sent_at) <= self._gap.total_seconds()
        }
        if not found and facts.source is Source.AGENCY and facts.sender:
            # an agency's consultant writing about the CV its shared mailbox acknowledged
            # ("Interviewtermin mit unserem Kunden" after jobs@ confirmed it): one agency
            domain = domain_of(facts.sender)
            found = {
                id(app): app
                for writer, apps in index.unnamed_by_writer.items()
                if domain_of(writer) == domain
                for app in apps
                if not app.company_key
                and not _closed_at(app, facts.sent_at)
                and distance(app, facts.sent_at) <= self._gap.total_seconds()
            }
        if not found and facts.role_key and facts.company_key is not None:
            # a job board's acknowledgement named the role only; the employer's own mail
            # names both: the one open application begun so, for that role
            found = {
                id(app): app
                for app in self._unnamed_open(index, facts)
                if role_similarity(app.role_key, facts.role_key) >= ROLE_MATCH_THRESHOLD
            }
            if len(found) != 1:
                return None
        if not found and not facts.role_key and facts.company_key is not None:
            # the same, when the employer's mail spells the title without the extractor taking
            # it ("Comprador Sr. - llamada" after a board's "Postulación enviada: Comprador Sr")
            spelled = _role_spelled_in(self._unnamed_open(index, facts), facts)
            found = {id(spelled): spelled} if spelled is not None else {}
        if not found and facts.company_key is not None and facts.sender:
            # a job board's acknowledgement named neither; its next notice names the
            # employer: the one open application it began so
            found = {
                id(app): app
                for app in index.unnamed_by_writer.get(facts.sender, ())
                if not app.company_key
                and not _closed_at(app, facts.sent_at)
                and distance(app, facts.sent_at) <= self._gap.total_seconds()
            }
            if len(found) != 1:
                return None
        pool = list(found.values())
        if facts.company_key is None:
            # the pitch the client was named in a reply to is that client's application now
            taken = {id(a): a for a in (_pitch_taken_up(index, app) or app for app in pool)}
            pool = [a for a in taken.values() if not _closed_at(a, facts.sent_at)]
        if len(pool) > 1:
            pool = [app for app in pool if app.status is not _INTERESTED] or pool
        if len(pool) > 1 and facts.role_key:
            pool = [
                app
                for app in pool
                if role_similarity(app.role_key, facts.role_key) >= ROLE_MATCH_THRESHOLD
            ] or pool
        if not pool:
            return None
        if len(pool) == 1:
            return _Match(pool[0], _WRITER, "writer")
        reason = f"{len(pool)} applications its writer began without an employer could take it"
        return _Match(nearest(pool, facts.sent_at), _EMPLOYER_ONLY_AMBIGUOUS, "writer", reason)

    def _unnamed_open(self, index: UserIndex, facts: MessageFacts) -> list[Application]:
        """The applications begun without an employer, still unnamed and open, active within
        the gap of ``facts``: each once, however many writers began it."""
        found = {
            id(app): app
            for apps in index.unnamed_by_writer.values()
            for app in apps
            if not app.company_key
            and not _closed_at(app, facts.sent_at)
            and distance(app, facts.sent_at) <= self._gap.total_seconds()
        }
        return list(found.values())

    def _user(self, user_id: str) -> UserIndex:
        index = self._users.get(user_id)
        if index is None:
            index = UserIndex(aliases=self._aliases)
            for app in self._load_user(user_id) if self._load_user else ():
                index.add(app)
            self._users[user_id] = index  # only once fully loaded: a failed load retries
        index.rekey_if_aliases_changed()
        return index

    def _employer_of_writer(self, index: UserIndex, facts: MessageFacts) -> bool:
        """For mail in a process naming an employer the user never applied to: the known
        employer of the mail it answers (In-Reply-To, References), else the one its writer
        speaks for, if exactly one; else that of the open processes carrying the requisition
        or file number it names; else the one known employer the subject spells out. The
        extractor then took a name from the wrong place (an interviewer, a calendar title, a
        signature's team, a personal mail domain): "Interview with Johan Lind" from
        jane@norrskengrid.com is Norrsken Grid's, "Saltmarsh Games – quick chat?" from
        tom@mailbox.example is Saltmarsh Games'; then the employer of the one open process
        whose title it spells by initials ("CRA interview"); for a notice from a
        shared mailbox (a job board's), the one known employer its text spells out ("tu
        candidatura a la oferta X (Acme) ha pasado a Descartado"), and for any mail, the one
        its text spells out that has an open application for the role the mail names.
        A start is left alone: a recruiter may well put forward a new employer. True when
        replaced."""
        if facts.starts:
            return False
        employer = (
            employer_of_writer(index, facts)
            or self._employer_of_requisition(index, facts)
            or index.employer_named_in(facts.subject)
            or self._employer_of_title_initials(index, facts)
            or self._employer_in_notice(index, facts)
            or self._employer_named_with_role(index, facts)
            or self._employer_of_envelope(index, facts)
            or self._employer_abbreviated(index, facts)
            or self._employer_abbreviated_in_text(index, facts)
            or self._employer_acquired(index, facts)
            or self._employer_of_mailbox_name(index, facts)
        )
        if employer is None:
            return False
        if _names_its_new_client(index, facts) and not _initials_for(facts.company_key, employer):
            return False
        lead = _firms_own_lead(index, facts, employer)
        if lead is not None:
            # a search firm's pitch named after the firm; its mail now names the client
            index.rename(lead, facts.company or "", facts.company_key or "")
            return False
        group = _group_of_brand(index, facts, employer)
        if group is not None:
            # a board's receipt named the group; its mail now names the brand it hires for
            index.rename(group, facts.company or "", facts.company_key or "")
            return False
        known = index.by_company[employer][0].company
        # The name written in full ("Helvetic Payments" for the known "HelvPay") is shown.
        fuller = facts.company_key is not None and spells_out(facts.company_key, employer)
        facts.company_key, facts.company = employer, facts.company if fuller else known
        return True

    def _employer_of_requisition(self, index: UserIndex, facts: MessageFacts) -> str | None:
        """The employer of the open processes, active within the gap, that carry the
        requisition or file number the mail names: "SOU-2026-0119 - shortlisting outcome"
        from a hiring manager whose signature reads "Southwark Uni" is the process the
        University of Southwark acknowledged under that number."""
        if not facts.requisition_key:
            return None
        gap = self._gap.total_seconds()
        found = {
            app.company_key
            for app in index.by_requisition.get(facts.requisition_key, ())
            if app.company_key
            and not _closed_at(app, facts.sent_at)
            and distance(app, facts.sent_at) <= gap
        }
        return found.pop() if len(found) == 1 else None

    def _employer_of_title_initials(self, index: UserIndex, facts: MessageFacts) -> str | None:
        """The employer of the one open process, active within the gap, whose title the
        unknown "employer" spells by its initials: "CRA interview" in a booking tool's
        calendar entry is the Clinical Research Associate process's."""
        initials = (facts.company_key or "").replace(" ", "")
        gap = self._gap.total_seconds()
        found = [
            app
            for app in index.open_by_role_initials.get(initials, {}).values()
            if app.company_key
            and not _closed_at(app, facts.sent_at)
            and distance(app, facts.sent_at) <= gap
        ]
        return found[0].company_key if len(found) == 1 else None

    def _employer_named_with_role(self, index: UserIndex, facts: MessageFacts) -> str | None:
        """The one known employer the text names, when it has an open application (active
        within the gap) for the role the mail names: a group's recruiter writing under the
        group's name for a subsidiary ("le poste d'Assistant(e) achats au sein de la
        Chocolaterie Roux", signed "HV Groupe"; a signature "Groupe Orsel - Roux Logistique").
        Unlike a notice's text, a person's counts too: the role ties the two together."""
        if not facts.role_key:
            return None
        employer = index.employer_named_in(facts.text[:_TEXT_NAMES_EMPLOYER])
        if employer is None:
            return None
        gap = self._gap.total_seconds()
        for app in index.by_company.get(employer, ()):
            if (
                app.role_key
                and role_similarity(app.role_key, facts.role_key) >= ROLE_MATCH_THRESHOLD
                and not _closed_at(app, facts.sent_at)
                and distance(app, facts.sent_at) <= gap
            ):
                return employer
        return None

    def _employer_abbreviated(self, index: UserIndex, facts: MessageFacts) -> str | None:
        """The employer of the one open process for the very role the mail names, whose
        name the unknown one shortens letter by letter ("LPB Group" for Limmat Privatbank,
        "Grupoalba" (a domain's) for Grupo Educativo Alba), or that shortens the unknown one
        (an ATS's "Cortinorte" before the recruiter's "Cortiça Norte")."""
        if not facts.role_key or facts.company_key is None:
            return None
        short = plain(compact(facts.company_key))
        gap = self._gap.total_seconds()
        open_apps = dict(index.open_by_role.get(facts.role_key, {}))
        core = core_key(facts.role_key)
        if core and core != facts.role_key:  # "Analista de Dados Sr" for "Analista de Dados"
            open_apps.update(index.open_by_role.get(core, {}))
        found = [
            app
            for app in open_apps.values()
            if app.company_key
            and not _closed_at(app, facts.sent_at)
            and distance(app, facts.sent_at) <= gap
            and _shortens(short, plain(compact(app.company_key)))
        ]
        return found[0].company_key if len(found) == 1 else None

    def _employer_acquired(self, index: UserIndex, facts: MessageFacts) -> str | None:
        """The known employer, with a process open, that mail from one the user never applied
        to names as the one it bought: "Fernwood has been acquired by Orbitra ... (formerly
        Fernwood Cloud)". The buyer's domain then speaks for that process: its recruiting
        coordinator's invitation, its careers mailbox's answer."""
        if not facts.sender:
            return None
        text = facts.text[:_TEXT_NAMES_EMPLOYER]
        if not _ACQUIRED.search(text):
            return None
        employer = index.employer_named_in(text)
        if employer is None:
            return None
        gap = self._gap.total_seconds()
        if not any(
            not _closed_at(app, facts.sent_at) and distance(app, facts.sent_at) <= gap
            for app in index.by_company.get(employer, ())
        ):
            return None
        index.acquired_domains[domain_of(facts.sender)] = employer
        return employer

    def _employer_of_mailbox_name(self, index: UserIndex, facts: MessageFacts) -> str | None:
        """The one known employer, with a process open, whose mail came under the name this
        mail gives the employer: a group's careers site writes as the group ("Acme Group"
        <acme@myworkday.com>) for an application to one of its brands, and the test vendor's
        "Acme Group invited you to an assessment" is that brand's process."""
        key = facts.company_key
        if not key:
            return None
        run_together = compact(key)  # "brennardfoods", a domain's, for "Brennard Foods Careers"
        found = {
            employer
            for (_, name), employers in index.employers_by_sender_name.items()
            if compact(self._aliases.key(name)) == run_together
            for employer in employers
        }
        found.discard(key)
        if len(found) != 1:
            return None
        (employer,) = found
        if all(_closed_at(app, facts.sent_at) for app in index.by_company.get(employer, ())):
            return None
        return employer

    @staticmethod
    def _employer_abbreviated_in_text(index: UserIndex, facts: MessageFacts) -> str | None:
        """The one known employer the text names in full, whose name the unknown one shortens
        letter by letter: a signature "Senior Recruiter | HFS Group", then "Haberland
        Fahrzeugsysteme GmbH". Either alone is weak; the two together name one employer."""
        if facts.company_key is None:
            return None
        employer = index.employer_named_in(facts.text[:_TEXT_NAMES_EMPLOYER])
        if employer is None:
            return None
        short = plain(compact(facts.company_key))
        return employer if abbreviates(short, plain(compact(employer))) else None

    @staticmethod
    def _employer_of_envelope(index: UserIndex, facts: MessageFacts) -> str | None:
        """The employer of the one open application an e-signature service sent mail for
        before: its "Completed: Offer Letter - J Roe.pdf" after "Please sign: Offer Letter"
        is the same envelope, whatever the extractor took for an employer in it."""
        if not facts.sender or not signing_service(facts.sender):
            return None
        found = [
            app.company_key
            for key in index.employers_by_sender.get(facts.sender, ())
            for app in index.by_company.get(key, ())
            if not _closed_at(app, facts.sent_at)
            and any(m.sender == facts.sender for m in app.messages)
        ]
        return found[0] if len(set(found)) == 1 else None

    @staticmethod
    def _employer_in_notice(index: UserIndex, facts: MessageFacts) -> str | None:
        # a person's text names people too ("Mason Adams | Recruiter"), and a person
        # writing for an employer the user never applied to may well be right
        if not facts.sender or personal(facts.sender) or named_person(facts.sender):
            return None
        return index.employer_named_in(facts.text[:_TEXT_NAMES_EMPLOYER])

    @staticmethod
    def _long_closed(app: Application, facts: MessageFacts) -> bool:
        """Whether ``app`` had reached its final status weeks before ``facts`` came."""
        since = final_since(app)
        return (
            since is not None
            and facts.sent_at is not None
            and facts.sent_at - since > timedelta(days=_CLOSED_LONG_AGO_DAYS)
        )

    def _closed_for(self, app: Application, facts: MessageFacts) -> bool:
        """Whether ``facts`` starts a new application instead of joining ``app``."""
        if not facts.starts:
            return False
        at = facts.sent_at
        _, closed = fold_status(app)
        if closed is not None and (at is None or closed == UNDATED or at > closed):
            return True
        last = app.last_activity_at
        return last is not None and at is not None and at - utc(last) > self._gap

    def _idle_before(self, app: Application, facts: MessageFacts) -> bool:
        """Whether ``app`` had been silent for longer than the gap when ``facts`` came: a
        process moving on (a test, an interview, an offer) after months of silence is a new
        application, even without its confirmation. Rejections, which do come months
        late, are not asked."""
        last, at = app.last_activity_at, facts.sent_at
        return last is not None and at is not None and at - utc(last) > self._gap

    def _acknowledged_before(self, app: Application, facts: MessageFacts) -> bool:
        """Whether a confirmation matched only by employer comes too long after ``app``'s own
        confirmation to be a copy of it: the user applied again, for a role the mail leaves
        out or words differently ("Product Manager", then "Senior Product Manager, Payments")."""
        if facts.category is not Category.CONFIRMATION or not facts.starts:
            return False
        if facts.sent_at is None:
            return False
        if facts.role_key and role_similarity(app.role_key, facts.role_key) >= _SAME_ROLE:
            return False
        if _consultants_update(app, facts) or _same_reference(app, facts):
            return False
        window = timedelta(days=_DUPLICATE_CONFIRMATION_DAYS)
        return any(
            m.category is Category.CONFIRMATION
            and starts_application(m.category, m.status)
            and m.sent_at is not None
            and facts.sent_at - utc(m.sent_at) > window
            for m in app.messages
        )

    def _another_posting(self, app: Application, facts: MessageFacts) -> bool:
        """Whether a start from a sender that acknowledged ``app`` names another requisition
        than ``app``'s: one careers site confirming two applications (two internships the
        same evening), not one application twice. A job board's copy of the ATS's comes
        from another sender and may carry any number, so only the same sender is asked."""
        if not facts.requisition_key or not app.requisition_id or not facts.sender:
            return False
        if requisition_key(app.requisition_id) == facts.requisition_key:
            return False
        return any(
            m.sender == facts.sender and starts_application(m.category, m.status)
            for m in app.messages
        )

    def _eligible(self, apps: Sequence[Application], facts: MessageFacts) -> list[Application]:
        """The employer's applications ``facts`` may join by employer."""
        if facts.category in _PROGRESS:
            return [app for app in apps if not self._idle_before(app, facts)]
        if not facts.starts:  # a rejection may come late, and anything else
            return list(apps)
        return [
            app
            for app in apps
            if not self._closed_for(app, facts)
            and not self._acknowledged_before(app, facts)
            and not self._another_posting(app, facts)
            and not _acknowledged_again(app, facts)
        ]

    def _same_employer(self, app: Application, facts: MessageFacts) -> bool:
        key = facts.company_key
        return (
            key is None
            or app.company_key == key
            or company_similarity(app.company_key, key) >= FUZZY_EMPLOYER_THRESHOLD
        )

    def _match(self, index: UserIndex, facts: MessageFacts, fuzzy: bool) -> _Match | None:
        return (
            self._by_thread(index, facts)
            or self._by_requisition(index, facts)
            or self._by_job(index, facts)
            or self._by_employer(index, facts, _FUZZY_EMPLOYER_PENALTY if fuzzy else 0.0)
            or self._by_sender(index, facts)
        )

    def _by_sender(self, index: UserIndex, facts: MessageFacts) -> _Match | None:
        """A message that names no employer, from an address that has written for exactly one
        employer before (a recruiter, a hiring manager, a per-employer ATS address). A shared
        mailbox (notifications@calendly.com, no-reply@codility.com) that has written for one
        employer so far speaks for it only while a process there is open: once they have all
        closed, its next mail is for whichever employer uses the tool next, and it gives way
        to a person the mail names who wrote for another employer."""
        if facts.company_key is not None or not facts.sender:
            return None
        if index.is_user_address(facts.sender):
            return None  # the user's own mail ("Please withdraw my application"): see _by_domain
        employers = index.employers_by_sender.get(facts.sender, set())
        if len(employers) != 1:
            return None
        (employer,) = employers
        if not personal(facts.sender) and not facts.starts:
            person = self._person_named(index, facts)
            if person is not None and person != employer:
                return None  # "Interview with Jane Roe": Jane's employer's, not the tool's last
        if _VIA_PERSON.search(facts.sender_name):
            # "Carla Roe via LinkedIn": a network relays many people's messages from one
            # mailbox; it speaks for an employer only under a name that wrote for it before
            named = index.employers_by_sender_name.get((facts.sender, facts.sender_name), ())
            if employer not in named:
                return None
        eligible = self._eligible(index.by_company.get(employer, ()), facts)
        if not personal(facts.sender):
            eligible = [app for app in eligible if not _closed_at(app, facts.sent_at)]
        found = self._employer_only(eligible, facts, _SENDER_PENALTY)
        return replace(found, rule="sender") if found is not None else None

    def _by_domain(self, index: UserIndex, facts: MessageFacts) -> _Match | None:
        """A message that names no employer, from (or answered at) a domain that spells one
        the user applied to: ``jane@acme.com``, or ``Reply-To: jane@acme.com`` on an ATS
        relay. The employer is then the message's, for linking and for a new role alike."""
        if facts.company_key is not None:
            return None
        domains = facts.domains
        if index.is_user_address(facts.sender):
            # the user's own mail is answered at the employer's domain it was sent to
            domains += tuple(dict.fromkeys(domain_of(r) for r in facts.recipients))
        employer = index.employer_of_domains(domains) or index.employer_of_mailbox(
            tuple(a.address.lower() for a in facts.addresses if a.address)
        )
        if employer is None:
            return None
        facts.company_key, facts.company = employer, index.by_company[employer][0].company
        found = self._by_employer(index, facts, _DOMAIN_PENALTY)
        return replace(found, rule="domain") if found is not None else None

    def _by_notice_text(self, index: UserIndex, facts: MessageFacts) -> _Match | None:
        """A notice in a process from a shared mailbox (an ATS's no-reply) naming no employer
        where the extractor looks, whose text spells out one the user applied to: "check
        acme.com/careers for future openings" under a rejection. Not a start, and not a
        person's mail, whose text names other people and companies."""
        if facts.company_key is not None or facts.starts or not facts.sender:
            return None
        if personal(facts.sender) or named_person(facts.sender):
            return None
        employer = index.employer_named_in(facts.text[:_TEXT_NAMES_EMPLOYER])
        if employer is None:
            return None
        facts.company_key, facts.company = employer, index.by_company[employer][0].company
        found = self._by_employer(index, facts, _SUBJECT_PENALTY)
        return replace(found, rule="notice text") if found is not None else None

    def _by_subject(self, index: UserIndex, facts: MessageFacts) -> _Match | None:
        """A message the extractor found no employer in, whose subject spells out the name of
        one the user applied to: a founder writing from a personal address, "Saltmarsh
        Games – quick chat?". Matched as by name, a little less sure."""
        if facts.company_key is not None:
            return None
        employer = index.employer_named_in(facts.subject) or _writers_client_in_subject(
            index, facts
        )
        if employer is None:
            return None
        facts.company_key, facts.company = employer, index.by_company[employer][0].company
        found = self._by_employer(index, facts, _SUBJECT_PENALTY)
        return replace(found, rule="subject") if found is not None else None

    def _by_person_named(self, index: UserIndex, facts: MessageFacts) -> _Match | None:
        """Mail in a process, naming no employer, whose subject or sender's name names a
        person who wrote for one employer the user applied to: an e-signature service's
        "Jane Roe requests your signature" or "Jane Roe via DocuSign", a booking tool's
        "Interview with Jane Roe". Not a start: a new process may well name someone known."""
        if facts.company_key is not None or facts.starts:
            return None
        employer = self._person_named(index, facts)
        if employer is None:
            return None
        facts.company_key, facts.company = employer, index.by_company[employer][0].company
        found = self._by_employer(index, facts, _PERSON_PENALTY)
        return replace(found, rule="person") if found is not None else None

    @staticmethod
    def _person_named(index: UserIndex, facts: MessageFacts) -> str | None:
        names = " | ".join(a.name for a in facts.addresses if a.name)  # "Jane Roe via DocuSign"
        return index.employer_of_person_named_in(f"{facts.subject} | {names}")

    def _by_thread(self, index: UserIndex, facts: MessageFacts) -> _Match | None:
        found = list(index.by_thread.get(facts.thread_id, ())) if facts.thread_id else []
        found += [index.by_rfc_id[r] for r in facts.replied_to if r in index.by_rfc_id]
        usable = [
            app
            for app in {id(a): a for a in found}.values()  # keeps order, drops repeats
            if self._same_employer(app, facts)
            and not (
                app.role_key
                and facts.role_key
                and role_similarity(app.role_key, facts.role_key) < ROLE_MATCH_THRESHOLD
                and not part_of(app.role_key, facts.role_key)
            )
            and not self._closed_for(app, facts)
        ]
        if not usable:
            return None
        confidence = _THREAD if facts.company_key else _THREAD_NO_EMPLOYER
        return _Match(nearest(usable, facts.sent_at), confidence, "thread")

    def _by_requisition(self, index: UserIndex, facts: MessageFacts) -> _Match | None:
        if not facts.requisition_key:
            return None
        usable = [
            app
            for app in index.by_requisition.get(facts.requisition_key, ())
            if self._same_employer(app, facts) and not self._closed_for(app, facts)
        ]
        return (
            _Match(nearest(usable, facts.sent_at), _REQUISITION, "requisition") if usable else None
        )

    def _by_job(self, index: UserIndex, facts: MessageFacts) -> _Match | None:
        if facts.job is None:
            return None
        usable = [
            app
            for app in index.by_job.get(facts.job.key, ())
            if not self._closed_for(app, facts)  # a job id names one employer's posting
        ]
        return _Match(nearest(usable, facts.sent_at), _JOB_URL, "job_url") if usable else None

    def _by_employer(self, index: UserIndex, facts: MessageFacts, penalty: float) -> _Match | None:
        if facts.company_key is None:
            return None
        eligible = self._eligible(index.by_company.get(facts.company_key, ()), facts)
        if not eligible:
            return None
        if not facts.role_key:
            return self._employer_only(eligible, facts, penalty)
        scored = [(role_similarity(a.role_key, facts.role_key), a) for a in eligible if a.role_key]
        best = max((score for score, _ in scored), default=0.0)
        if best >= ROLE_MATCH_THRESHOLD:
            top = [app for score, app in scored if score == best]
            reopened = self._reopened(eligible, top, facts)
            if reopened:
                return self._employer_only(reopened, facts, penalty)
            confidence = (_ROLE_SAME if best >= 97.0 else _ROLE_NEAR) - penalty
            return _Match(nearest(top, facts.sent_at), confidence, "employer+role")
        roleless = [app for app in eligible if not app.role_key]
        if roleless:
            return self._employer_only(roleless, facts, penalty)
        # a different role at a known employer is a different application, unless the
        # message is mail in the one process open there, from the people running it
        return self._role_misread(eligible, facts)

    def _reopened(
        self, eligible: Sequence[Application], top: Sequence[Application], facts: MessageFacts
    ) -> list[Application]:
        """Applications without a known role, begun after every one of ``top`` (those naming
        the message's role) had closed and still open when the message came: mail in a
        process after the role's old application ended belongs to the new one, even when
        the new confirmation left the role out. An application silent for longer than the
        new-application gap counts as ended at its last mail: a rejection months later for
        the role the user applied to again is the new one's."""
        at = facts.sent_at
        if at is None or facts.starts:
            return []
        closed_at: list[datetime] = []
        for app in top:
            since = final_since(app)
            last = app.last_activity_at
            if since is None and last is not None and at - utc(last) > self._gap:
                since = utc(last)
            if since is None or since >= at:
                return []  # one of them was still open
            closed_at.append(since)
        last_closed = max(closed_at)
        return [
            app
            for app in eligible
            if not app.role_key
            and app.applied_at is not None
            and last_closed <= utc(app.applied_at) <= at
            and not final_before(app, at)
        ]

    def _role_misread(self, eligible: Sequence[Application], facts: MessageFacts) -> _Match | None:
        """Mail in a process (not a start) naming a role no application at the employer has.

        Titles are read from subjects and calendar entries that often hold something else
        ("Entrevista técnica", "Acme x Jordan", half a sentence), and an application starts
        with a confirmation: so when the employer has exactly one process open at the time,
        the mail joins it for a person to confirm. Not when a person who never wrote about
        that process writes while it has contacts of its own: they run another one."""
        if facts.starts:
            return None
        at, gap = facts.sent_at, self._gap.total_seconds()
        open_ = [
            app
            for app in eligible
            if distance(app, at) <= gap
            and not (final_before(app, at) if at is not None else app.status in FINAL_STATUSES)
        ]
        if len(open_) != 1:
            return None
        (app,) = open_
        if seniorities_differ(app.role_key, facts.role_key):
            return None
        if facts.sender and personal(facts.sender):
            known = contacts(app)
            if known and facts.sender not in known:
                return None
        reason = f"the mail names the role {facts.role!r}, the application {app.role!r}"
        return _Match(app, _ROLE_MISREAD, "employer", review_reason=reason)

    def _by_role_only(self, index: UserIndex, facts: MessageFacts) -> _Match | None:
        """A message in a process (an assessment, an offer to sign) that names the role but no
        employer, when exactly one open application, active within the gap, has that role.
        A subject that is nothing but a title ("Re: Backend Engineer, Ledger Core", an ATS
        answering in the thread it named so) names it too. A confirmation is left alone: it
        may well start an application elsewhere."""
        if facts.company_key is not None or facts.starts:
            return None
        key = facts.role_key or _subject_title_key(facts.subject)
        if not key:
            return None
        candidates = index.open_by_role.get(key, {})
        if not candidates or len(candidates) > _ROLE_ONLY_CANDIDATES:
            return None  # a title many applications share says nothing
        gap = self._gap.total_seconds()
        found = [
            app
            for app in candidates.values()
            if app.status not in FINAL_STATUSES and distance(app, facts.sent_at) <= gap
        ]
        if len(found) != 1:
            return None
        return _Match(found[0], _ROLE_ONLY, "role", review_reason=ROLE_ONLY)

    def _by_offer_out(self, index: UserIndex, facts: MessageFacts) -> _Match | None:
        """An e-signature service's envelope of an offer that names neither the employer nor a
        role ("Completa con DocuSign: Carta de oferta - Jane Doe", "Ana Roe sent you a document
        to sign"): the offer of the one application with an offer out in the last two weeks
        (an envelope follows its offer within days). Only such envelopes look at every
        application, and they are few."""
        if facts.company_key is not None or facts.role_key or facts.category is not Category.OFFER:
            return None
        if not facts.sender or not signing_service(facts.sender):
            return None
        recent = _ENVELOPE_AFTER_OFFER.total_seconds()
        found = {
            id(app): app
            for apps in index.by_company.values()
            for app in apps
            if app.status is ApplicationStatus.OFFER and distance(app, facts.sent_at) <= recent
        }
        if len(found) > 1:  # two offers out: the one made in the last days, if one was
            soon = _ENVELOPE_SOON_AFTER.total_seconds()
            found = {k: app for k, app in found.items() if distance(app, facts.sent_at) <= soon}
        if len(found) != 1:
            return None
        (app,) = found.values()
        return _Match(app, _ROLE_ONLY, "offer out", review_reason=OFFER_OUT)

    def _by_tenant_name(self, index: UserIndex, facts: MessageFacts) -> _Match | None:
        """A notice in a process from an ATS mailbox several employers share, naming no
        employer, whose display name is the one that mailbox wrote under for one employer
        only: softgarden's noreply@ as "Recruiting" for one tenant, "Acme Group Recruiting"
        for another. The notice is that employer's."""
        if facts.company_key is not None or facts.starts or not facts.sender:
            return None
        if not facts.sender_name or _from_a_person(facts):
            return None
        keys = index.employers_by_sender_name.get((facts.sender, facts.sender_name), set())
        if len(keys) != 1:
            return None
        (employer,) = keys
        facts.company_key, facts.company = employer, index.by_company[employer][0].company
        found = self._by_employer(index, facts, _SENDER_PENALTY)
        return replace(found, rule="tenant name") if found is not None else None

    def _by_title_of_shared_sender(self, index: UserIndex, facts: MessageFacts) -> _Match | None:
        """A notice in a process from a shared mailbox (a job board's) naming no employer, whose
        text spells the title of one open application that mailbox wrote about: "el empleador
        ha visto tu solicitud para Product Marketing Manager (Seguros Digitales)" from the
        board that sent two applications. The most specific title wins over one it holds
        ("Product Marketing Manager" inside "... (Seguros Digitales)")."""
        if facts.company_key is not None or facts.starts or not facts.sender:
            return None
        if _from_a_person(facts):
            return None
        employers = index.employers_by_sender.get(facts.sender, set())
        if len(employers) > _SHARED_SENDER_EMPLOYERS:
            return None  # a board the user applies through daily: a title says too little
        gap = self._gap.total_seconds()
        pool = [
            app
            for key in employers
            for app in index.by_company.get(key, ())
            if app.role
            and not _closed_at(app, facts.sent_at)
            and distance(app, facts.sent_at) <= gap
            and any(m.sender == facts.sender for m in app.messages)
        ]
        words = f" {title_words(f'{facts.subject}. {facts.text}')} "
        heads = [(f" {role_key(app.role)} ", app) for app in pool]
        found = [(head, app) for head, app in heads if head.strip() and head in words]
        found = [(h, a) for h, a in found if not any(h != o and h in o for o, _ in found)]
        if len({id(app) for _, app in found}) != 1:
            return None
        app = found[0][1]
        return _Match(app, _ROLE_ONLY, "sender+title", review_reason=ROLE_ONLY)

    def _employer_only(
        self, apps: list[Application], facts: MessageFacts, penalty: float
    ) -> _Match | None:
        if facts.role_key:  # a role the message names rules out applications for another
            apps = [
                app
                for app in apps
                if not app.role_key
                or role_similarity(app.role_key, facts.role_key) >= ROLE_MATCH_THRESHOLD
            ]
        pool = [app for app in apps if app.status not in FINAL_STATUSES] or apps
        if not pool:
            return None
        if facts.category in _NEW_PROCESS and all(self._long_closed(app, facts) for app in pool):
            # a test or an interview weeks after every process there had ended, naming no
            # role that ties it to one: another application, whose acknowledgement never
            # came (a reminder days after the end is still the old process's)
            return None
        if len(pool) == 1:
            return _Match(pool[0], _EMPLOYER_ONLY - penalty, "employer")
        written = written_by(pool, facts)
        if written is not None:
            return _Match(written, _EMPLOYER_AND_CONTACT - penalty, "employer+contact")
        named = _role_spelled_in(pool, facts)
        if named is not None:
            return _Match(named, _EMPLOYER_AND_CONTACT - penalty, "employer+title in text")
        reason = f"{len(pool)} applications at {pool[0].company} could take this message"
        pool = _likelier_stage(pool, facts.category)
        return _Match(
            nearest(pool, facts.sent_at),
            _EMPLOYER_ONLY_AMBIGUOUS,
            "employer",
            review_reason=reason,
        )

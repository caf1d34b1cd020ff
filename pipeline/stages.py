"""The stage handlers: normalise, classify, correlate+track.

They take and return contracts and store rows and know nothing of the transport that calls
them: the inline transport calls them in-process, the Kafka transport from consumers.
A message a handler cannot process comes back as a ``DeadLetter``, never as an exception.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple, Protocol, TypeVar

from jobtracker.classifiers.base import Classifier
from jobtracker.classifiers.rules.facts import auto_reply_subject_or_headers
from jobtracker.classifiers.rules.names import load_name_book
from jobtracker.classifiers.rules.scoring import AGENCY_UPDATE
from jobtracker.classifiers.rules.view import is_own_mail
from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.people import customer_mailbox, writes_as
from jobtracker.correlator.roles import role_key, roles_match
from jobtracker.correlator.scheduling import scheduling_service
from jobtracker.correlator.state import Application, Correlation
from jobtracker.pipeline import rows
from jobtracker.pipeline.contracts import (
    Classification,
    ClassifiedMessage,
    DeadLetter,
    NormalizedMessage,
    RawMail,
)
from jobtracker.pipeline.errors import MessageError
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.subjects import reply_topic
from jobtracker.pipeline.vocabulary import (
    APPLICATION_CATEGORIES,
    STATUS_FOR_CATEGORY,
    TRACKED_CATEGORIES,
    ApplicationStatus,
    Category,
)
from jobtracker.sinks import schema
from jobtracker.sinks.schema import (
    application_events,
    applications,
    classifications,
    dlq,
    messages,
    review_items,
)
from jobtracker.sinks.store import RowBlock

Normalizer = Callable[..., NormalizedMessage]
# The rules' second reading of a message, given the employer of the process its writer is in.
Rereader = Callable[[NormalizedMessage, str], Classification]


class Draft(Protocol):
    """A message read as far as a first look needs (connectors.mime.Draft)."""

    @property
    def message(self) -> NormalizedMessage: ...

    @property
    def conclusive(self) -> bool: ...

    def complete(self) -> NormalizedMessage: ...


Skimmer = Callable[..., Draft]
T = TypeVar("T")

# How sure a booking notice from a host taking part in a process is to be its interview mail.
_BOOKED = 0.6

# What a reply's own words may say happened next, by the category of the mail it answers.
_BEFORE_PROCESS = frozenset({Category.CONFIRMATION, Category.VIEWED, Category.OUTREACH})


class _ReplyDecision(NamedTuple):
    """A status a reply's own words tell for the process it answers: only ``between`` mail
    of that category on both sides, when set."""

    evidence: str
    between: Category | None = None


_REPLY_DECISIONS: dict[ApplicationStatus, _ReplyDecision] = {
    # "we respect your decision": the reader stepped back
    ApplicationStatus.WITHDRAWN: _ReplyDecision("the reader's decision acknowledged"),
    # "leadership paused all new headcount" under "Re: a few times?": the process waits
    ApplicationStatus.ON_HOLD: _ReplyDecision("the process put on hold"),
    # "Recebi a proposta assinada, bem-vinda!" under "RE: Proposta": the offer taken
    ApplicationStatus.ACCEPTED: _ReplyDecision("the signed offer acknowledged", Category.OFFER),
}

_STEPS_AFTER: dict[Category, frozenset[Category]] = {
    Category.REJECTION: TRACKED_CATEGORIES - {Category.REJECTION},
    Category.OFFER: frozenset({Category.ASSESSMENT, Category.INTERVIEW}),
    # a take-home after a first call, a panel after the exercise
    Category.INTERVIEW: _BEFORE_PROCESS | {Category.ASSESSMENT},
    Category.ASSESSMENT: _BEFORE_PROCESS | {Category.INTERVIEW},
}

# The marks of a quoted line ("> Merci, c'est avec plaisir que j'accepte").
_QUOTE_MARK = re.compile(r"^[ \t]*>+ ?", re.MULTILINE)
# What the reader's own words quoted under an answer to an offer may tell.
_READER_DECISIONS = frozenset({ApplicationStatus.ACCEPTED, ApplicationStatus.WITHDRAWN})

# How the rules' evidence says the employer was only the sender's own domain.
_FROM_DOMAIN = "employer from sender domain"

# Correlator.correlate's answer for a category outside TRACKED_CATEGORIES (only ever read).
_JOINS_NOTHING = Correlation(application=None, created=False, confidence=1.0)


def _now() -> datetime:
    return datetime.now(UTC)


def _quoted_mail(message: NormalizedMessage) -> NormalizedMessage | None:
    """The mail a reply quotes, as a message of its own: the reader's words ("Attached is
    the signed contract", "c'est avec plaisir que j'accepte") under an employer's short
    answer ("Thanks, passing it on to HR")."""
    if message.quote_offset is None:
        return None
    quoted = _QUOTE_MARK.sub("", message.text[message.quote_offset :]).strip()
    if not quoted:
        return None
    return message.model_copy(
        update={
            "text": quoted,
            "quote_offset": None,
            "signature_offset": None,
            "links": (),
            "calendar_events": (),
        }
    )


def _firms_own_call(answered: Classification, own: Classification) -> bool:
    """A call a search firm sets up in answer to its pitch while it keeps its client unnamed
    ("Perfect - Friday 11:30 it is, I'll call your mobile"): a talk with the firm, not yet an
    interview; the firm names the client before the client meets anyone."""
    return (
        answered.category is Category.OUTREACH
        and not answered.company
        and own.category is Category.INTERVIEW
        and (own.company is None or _named_by_domain_only(own))
    )


def _named_by_domain_only(found: Classification) -> bool:
    """Whether the rules named the employer only by the writer's mail domain, the name written
    nowhere in the mail ("employer from sender domain: valeandco.example"): a search firm's
    own domain, for all the rules know."""
    for line in found.evidence:
        if line.startswith(_FROM_DOMAIN):
            quote = line[len(_FROM_DOMAIN) :].lstrip(": ")
            return "." in quote and " " not in quote
    return False


# The mail a person in an open process most likely sends when their words name no step: more
# of the step the process is at ("Checking in", "Quick question before Thursday"). After an
# offer, the employer's people write about the first day: that is no step of the process.
_STEP_OF_STATUS: dict[ApplicationStatus, Category] = {
    ApplicationStatus.APPLIED: Category.CONFIRMATION,
    ApplicationStatus.ASSESSMENT: Category.ASSESSMENT,
    ApplicationStatus.INTERVIEWING: Category.INTERVIEW,
}
# Below the review threshold's default: the reader is asked to confirm the link.
_CARRIED_ON = 0.45
# A person's note about a process is short; a longer mail from them is about something else.
_NOTE_CHARS = 2_500


def _carried_on(item: ClassifiedMessage, app: Application) -> ClassifiedMessage | None:
    """Mail from a person at the employer of ``app``'s open process whose words, read again
    in the process, name no step ("Quick update", "Thanks for this morning", "Checking in"):
    part of that process all the same, at the step it is at, and sent for review. Not the
    reader's own mail, an auto-reply, mail to many or a long mail."""
    message = item.message
    step = _STEP_OF_STATUS.get(app.status)
    if (
        step is None
        or is_own_mail(message)
        or customer_mailbox(message.from_.address)
        or auto_reply_subject_or_headers(message, message.subject)
        or len(message.to) > 3
        or len(message.text[: message.quote_offset]) > _NOTE_CHARS
    ):
        return None
    classification = item.classification.model_copy(
        update={
            "category": step,
            "company": app.company or None,
            "role": app.role or None,
            "status": app.status,
            "confidence": _CARRIED_ON,
            "evidence": (f"the writer takes part in the open {app.company} process",),
        }
    )
    return ClassifiedMessage.model_construct(message=message, classification=classification)


def _booking_notice(item: ClassifiedMessage) -> bool:
    """Whether a scheduling service sent ``item`` (a booking notice, never a pitch)."""
    return scheduling_service(item.message.from_.address.lower())


def _applied_for(app: Application, found: Classification) -> bool:
    """Whether ``app`` is an application the reader made (not a lead) for the role ``found``
    names, if it names one."""
    if app.status is ApplicationStatus.INTERESTED:
        return False
    if not found.role or not app.role_key:
        return True
    return roles_match(app.role_key, role_key(found.role))


def dead_letter(raw: RawMail, stage: str, error: str, *, keep_raw: bool) -> DeadLetter:
    return DeadLetter(
        user_id=raw.user_id,
        provider=raw.provider,
        provider_message_id=raw.provider_message_id,
        stage=stage,
        error=error[:2000],
        locator=raw.locator,
        raw=raw.raw if keep_raw else None,
        failed_at=_now(),
    )


@dataclass(kw_only=True, slots=True)
class TableRows:
    """Rows for the store, per table, produced by one batch."""

    by_table: dict[str, RowBlock] = field(default_factory=dict)

    def add(self, table: str, row: Mapping[str, Any]) -> None:
        self._block(table).append(row)

    def extend(self, other: TableRows) -> None:
        for table, table_rows in other.by_table.items():
            self._block(table).extend(table_rows)

    def _block(self, table: str) -> RowBlock:
        block = self.by_table.get(table)
        if block is None:
            block = self.by_table[table] = RowBlock.of(schema.metadata.tables[table])
        return block


def normalize_message(
    raw: RawMail, *, normalize: Normalizer, settings: Settings
) -> NormalizedMessage | DeadLetter:
    return _normalizing(
        raw,
        settings,
        lambda: normalize(
            raw, keep_raw=settings.keep_raw, max_message_bytes=settings.max_message_bytes
        ),
    )


def _normalizing(raw: RawMail, settings: Settings, step: Callable[[], T]) -> T | DeadLetter:
    """Run a normalisation step; a message it cannot read comes back as a dead letter."""
    try:
        return step()
    except MessageError as exc:
        return dead_letter(raw, "normalize", exc.problem, keep_raw=settings.keep_raw)
    except Exception as exc:  # a parser bug must not stop the stream
        return dead_letter(
            raw, "normalize", f"{type(exc).__name__}: {exc}", keep_raw=settings.keep_raw
        )


def read_message(
    raw: RawMail,
    *,
    normalize: Normalizer,
    classifier: Classifier,
    settings: Settings,
    skim: Skimmer | None = None,
) -> ClassifiedMessage | DeadLetter:
    """Normalise and classify one message, skimming first where that can settle it.

    With a skimmer and a classifier that has a ``first_look``, a message is first read only as
    far as a first look needs; most mail (not about jobs) is settled there and never fully
    normalised. Everything else is completed and classified as usual, with the same result.
    """
    first_look = getattr(classifier, "first_look", None) if skim is not None else None
    if skim is None or first_look is None:
        message = normalize_message(raw, normalize=normalize, settings=settings)
    else:
        draft = _normalizing(
            raw,
            settings,
            lambda: skim(
                raw, keep_raw=settings.keep_raw, max_message_bytes=settings.max_message_bytes
            ),
        )
        if isinstance(draft, DeadLetter):
            return draft
        try:
            early = first_look(draft.message) if draft.conclusive else None
        except Exception:
            early = None  # a rule bug: classify() below meets it again and dead-letters it
        if early is not None:
            return ClassifiedMessage.model_construct(message=draft.message, classification=early)
        message = _normalizing(raw, settings, draft.complete)
    if isinstance(message, DeadLetter):
        return message
    return classify_message(message, classifier=classifier)


def classify_message(
    message: NormalizedMessage, *, classifier: Classifier
) -> ClassifiedMessage | DeadLetter:
    try:
        classification = classifier.classify(message)
    except Exception as exc:
        return DeadLetter(
            user_id=message.user_id,
            provider=message.provider,
            provider_message_id=message.provider_message_id,
            stage="classify",
            error=f"{type(exc).__name__}: {exc}"[:2000],
            failed_at=_now(),
            raw=message.raw,
        )
    return ClassifiedMessage.model_construct(message=message, classification=classification)


class TrackStage:
    """Correlates classified messages into applications and renders the rows to store."""

    def __init__(
        self,
        *,
        settings: Settings,
        load_user: Callable[[str], Iterable[Application]] | None = None,
        reread: Rereader | None = None,
    ) -> None:
        self.settings = settings
        self.correlator = Correlator(
            new_application_gap_days=settings.new_application_gap_days, load_user=load_user
        )
        self._reread = reread

    def reread(self, message: NormalizedMessage, employer: str) -> Classification:
        """The rules' second reading of mail from a writer in a process under way. The rule
        classifier is loaded on first use when none was given (a track worker of its own)."""
        if self._reread is None:
            from jobtracker.classifiers.rules import RuleClassifier

            self._reread = RuleClassifier().classify_in_process
        return self._reread(message, employer)

    def _second_reading(self, item: ClassifiedMessage) -> ClassifiedMessage | None:
        """Mail the rules found no job in, read again as part of the process it belongs to:
        a reply in an application's thread takes the category of the mail it answers; mail
        from a person taking part in an open application is read again with that context."""
        message = item.message
        replying = message.in_reply_to or reply_topic(message.subject)
        answer = self.correlator.answering(item) if replying else None
        if answer is not None:
            return self._decided(answer)
        app = self.correlator.in_process(item)
        if app is None:
            return None
        message = item.message
        found = self.reread(message, app.company)
        if not _booking_notice(item):
            if found.category is Category.OTHER_JOB and auto_reply_subject_or_headers(
                message, message.subject
            ):
                # an out-of-office answer from someone in the process ("Automatic reply: Re:
                # Acme - next steps?"): mail of that process, though it takes no step
                return ClassifiedMessage.model_construct(
                    message=message,
                    classification=found.model_copy(update={"company": app.company or None}),
                )
            if found.category not in TRACKED_CATEGORIES:
                return _carried_on(item, app) if self._speaks_for(message, app) else None
        elif found.category not in APPLICATION_CATEGORIES:
            # a booking notice with a host in the process: a call of that process is set up
            # ("Nouvel événement : 30 min avec Maxime (Acme)"), whatever its event is called
            # or asks ("Why are you interested in this role?" reads as a recruiter's pitch)
            found = found.model_copy(
                update={
                    "category": Category.INTERVIEW,
                    "status": ApplicationStatus.INTERVIEWING,
                    "confidence": _BOOKED,
                    "evidence": ("a booking notice from a host in the process",),
                }
            )
        if found.category is Category.OUTREACH and _applied_for(app, found):
            # someone in an application the reader made, read as a pitch ("loved your note,
            # free for a quick call?"): the process inviting them to talk, not a new lead
            found = found.model_copy(
                update={
                    "category": Category.INTERVIEW,
                    "status": ApplicationStatus.INTERVIEWING,
                    "evidence": (*found.evidence[:3], "a call asked for in an open application"),
                }
            )
        if app.company_key and (found.company is None or _named_by_domain_only(found)):
            # the writer's process names the employer the mail leaves out, or only hints at
            # by the writer's own domain (a search firm's "they'd like to make you an offer")
            found = found.model_copy(update={"company": app.company})
        return ClassifiedMessage.model_construct(message=message, classification=found)

    def _speaks_for(self, message: NormalizedMessage, app: Application) -> bool:
        """Whether a person writes for ``app``'s employer: from a domain that spells it, or
        from a work address (not a mail provider's) that wrote in that process before."""
        if self.correlator.speaks_for(message, app):
            return True
        sender = message.from_.address.lower()
        if not writes_as(sender, message.from_.name):
            return False
        if load_name_book().is_freemail(message.from_.domain or sender.rpartition("@")[2]):
            return False
        return any(linked.sender == sender for linked in app.messages)

    def _decided(self, answer: ClassifiedMessage) -> ClassifiedMessage:
        """A reply in a thread taking the category of the mail it answers keeps the status of
        that mail, unless its own words acknowledge the reader's decision to step back ("we
        respect your decision", "félicitations pour ton nouveau poste"): then it tells the
        withdrawal, a declined offer when it answers one (correlator.status); or put the
        process on hold ("we paused all hiring"): then it waits. A reply whose
        own words, read in the process, take it a step further keeps that step: the end of
        it ("il ne donnera pas suite" under "Rdv mardi"), an offer after an interview, an
        interview set up in answer to an acknowledgement ("they want to talk, free Wed?")."""
        classification = answer.classification
        employer = classification.company or ""
        own = self.reread(answer.message, employer)
        update: dict[str, object]
        decision = _REPLY_DECISIONS.get(own.status) if own.status else None
        if decision is None and (
            classification.category is Category.OFFER or own.category not in TRACKED_CATEGORIES
        ):
            # an answer to an offer that only acknowledges ("Thanks, passing it on to HR"):
            # the reader's yes or no it quotes tells what happened to the offer; and a plain
            # "Thanks for letting me know, all the best" under the reader's "I would like to
            # withdraw from the process" acknowledges the step back
            quoted = _quoted_mail(answer.message)
            said = self.reread(quoted, employer) if quoted is not None else None
            if said is not None and said.status in _READER_DECISIONS:
                quoted_decision = _REPLY_DECISIONS[said.status]
                if quoted_decision.between in (None, said.category):
                    # only the reader's decision is taken from the quote, never its category
                    own, decision = said, quoted_decision
        if decision is not None and (
            decision.between is None or classification.category is own.category is decision.between
        ):
            evidence = (*classification.evidence, decision.evidence)
            update = {"status": own.status, "evidence": evidence}
        elif classification.category in _STEPS_AFTER.get(
            own.category, frozenset()
        ) and not _firms_own_call(classification, own):
            update = {
                "category": own.category,
                "status": own.status or STATUS_FOR_CATEGORY.get(own.category),
                "evidence": (*own.evidence[:3], f"a reply to {classification.category.value} mail"),
            }
        else:
            return answer
        return ClassifiedMessage.model_construct(
            message=answer.message, classification=classification.model_copy(update=update)
        )

    def track_batch(
        self, items: Sequence[ClassifiedMessage], uids: Sequence[str] | None = None
    ) -> TableRows:
        """Correlate ``items`` in order and render their rows; ``uids`` are their message
        uids (``rows.uid_of``) when the caller has them already."""
        if uids is None:
            uids = [rows.uid_of(item.message) for item in items]
        now = rows.naive_utc(_now())
        assert now is not None
        threshold = self.settings.review_threshold
        correlate = self.correlator.correlate
        # Rows are tuples, straight into per-table lists, and each message's uid is hashed
        # once: this loop runs for every message of an import, most of it mail that joins
        # nothing.
        message_rows: list[tuple[Any, ...]] = []
        classification_rows: list[tuple[Any, ...]] = []
        event_rows: list[tuple[Any, ...]] = []
        review_rows: list[tuple[Any, ...]] = []
        touched: dict[str, Application] = {}
        for item, uid in zip(items, uids, strict=True):
            category = item.classification.category
            if (
                category is Category.NOT_JOB
                or (category is Category.OUTREACH and _booking_notice(item))
            ) and not item.message.list_unsubscribe:
                second = self._second_reading(item)
                if second is not None:
                    item, category = second, second.classification.category
            elif item.message.in_reply_to and AGENCY_UPDATE in item.classification.evidence:
                # an agency's reply the rules could only guess to be about a candidacy ("I
                # spoke to the client"): the mail it answers says what the thread is about
                second = self.correlator.answering_thread(item)
                if second is not None:
                    second = self._decided(second)
                    item, category = second, second.classification.category
            elif (
                item.message.in_reply_to
                and item.classification.status is ApplicationStatus.WITHDRAWN
                and category is Category.CONFIRMATION
            ):
                # a step back written under an offer ("thanks so much for the offer ... I'm
                # going to say no"): the offer's mail, declined, not a new receipt
                second = self.correlator.answering_thread(item)
                if second is not None and second.classification.category is Category.OFFER:
                    second = self._decided(second)
                    item, category = second, second.classification.category
            # mail that joins no application: what the correlator would say, unasked
            tracked = category in TRACKED_CATEGORIES
            correlation = correlate(item) if tracked else _JOINS_NOTHING
            app = correlation.application
            app_id = app.application_id if app else None
            job_mail = category is not Category.NOT_JOB
            message_rows.append(rows.message_values(item.message, now, keep_text=job_mail, uid=uid))
            # the application's name as of this message: the same rows in any batching
            link_confidence = correlation.confidence if app else None
            classification_rows.append(
                rows.classification_values(item, app_id, link_confidence, application=app, uid=uid)
            )
            if app is not None:
                touched[app.application_id] = app
            for event in correlation.events:
                event_rows.append(rows.event_values(event))
            confidence = item.classification.confidence
            if confidence < threshold:
                reason = f"classification confidence {confidence:.2f} is below the threshold"
                review_rows.append(
                    rows.review_values(item, app_id, reason, confidence, now, uid=uid)
                )
            elif correlation.review_reason:
                reason, confidence = correlation.review_reason, correlation.confidence
                review_rows.append(
                    rows.review_values(item, app_id, reason, confidence, now, uid=uid)
                )
        out = TableRows()
        for table, values in (
            (messages, message_rows),
            (classifications, classification_rows),
            (application_events, event_rows),
            (review_items, review_rows),
            (applications, [rows.application_values(app, now) for app in touched.values()]),
        ):
            if values:
                out.by_table[table.name] = RowBlock.of(table, values)
        return out


def dead_letter_rows(letters: Sequence[DeadLetter], mailbox_id: str | None) -> TableRows:
    out = TableRows()
    for letter in letters:
        out.add(dlq.name, rows.dlq_row(letter, mailbox_id))
    return out

"""Weighing the cues of one message into a category and a confidence.

Every cue (a phrase, the sender being a vendor, a calendar invite, a vendor subject template)
adds its weight to a label. Categories compete on their sums, so context counts, not the first
match: praise before the no, "unfortunately we cannot reply to everyone" in a confirmation, the
word "offer" in marketing. Signals that are not categories shape the decision:

- ``job``: how clearly the message is about employment; application mail without it is doubtful;
- ``nonjob``: other kinds of "applications" (apartment, loan, visa, school) and sales offers;
- ``bulk``: newsletters and tips ("interview tips" is not an interview); mailing-list headers
  count as a strong cue of it;
- ``autoreply``: out-of-office answers;
- ``on_hold`` and ``withdrawn``: a hiring paused, the reader's withdrawal confirmed. Both count
  as ``confirmation`` (the application stands, no stage was reached) and give it its status;
- ``accepted``: the signed contract received; it counts as ``offer`` and makes it accepted.

Application mail and outreach need job context: telling phrases of their own, a vendor sender,
a job link, a hiring mailbox, or job vocabulary (a role, a candidacy, a hiring process). A lone
"interview" or "offer" in a
friend's note, a bank's "your application has been approved" or a newsletter headline is not
enough. A mailing list (``bulk``) sends job alerts and talent-community mail, never the
application mail of one candidate.

Confidence grows with the strength of the winning category (plus some job context) and with its
margin over the runner-up: a strong phrase from a known vendor scores >= 0.85, a single weak cue
around 0.55, two categories in a near tie below 0.6 (the default review threshold).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from jobtracker.classifiers.rules.phrases import PhraseHit, PhraseMatcher
from jobtracker.classifiers.rules.text import snippet
from jobtracker.pipeline.vocabulary import APPLICATION_CATEGORIES, ApplicationStatus, Category

SUBJECT_BOOST = 1.5
REPLY_SUBJECT = 0.5
"""A reply's subject names the thread ("Re: Interview confirmed"), not what the reply says."""
JOB_CAP = 8.0
STRONG = 6.0

APPLICATION = frozenset(c.value for c in APPLICATION_CATEGORIES)
TRACKED = APPLICATION | {Category.OUTREACH.value}
PRIORITY = (
    Category.REJECTION,
    Category.OFFER,
    Category.INTERVIEW,
    Category.ASSESSMENT,
    Category.OUTREACH,
    Category.CONFIRMATION,
    Category.VIEWED,
    Category.OTHER_JOB,
    Category.ALERT,
)
"""Decidable categories; earlier ones win ties (a rejection that thanks you for applying)."""
_RANKING = tuple(c.value for c in PRIORITY)
_CATEGORY = {c.value: c for c in PRIORITY}
_OUTREACH = Category.OUTREACH.value
_INTERVIEW = Category.INTERVIEW.value
_CONFIRMATION = Category.CONFIRMATION.value
_REJECTION = Category.REJECTION.value
_OTHER_JOB = Category.OTHER_JOB.value
_OFFER = Category.OFFER.value
_ALERT = Category.ALERT.value
_ACCEPTED = "accepted"  # the signed contract received: offer mail that ends in acceptance
_APPLIED = "applied"
_CONTEXT_LABELS = frozenset((_APPLIED, _OTHER_JOB))
"""Besides tracked categories, phrases whose job words count as context: the reader's own
application, and a job-related aside ("I referred you for the analyst role")."""
STATUS_SIGNALS = {
    "withdrawn": ApplicationStatus.WITHDRAWN,
    "on_hold": ApplicationStatus.ON_HOLD,
}
"""Signals that are confirmations with a status of their own; earlier ones win a tie (a
withdrawal confirmed "while the role is on hold anyway" is still the reader's withdrawal)."""


@dataclass(slots=True)
class Tally:
    """Weights per label, the strongest single cue per label, and quotes for evidence."""

    scores: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    strongest: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    # (weight, label, quote) or (weight, label, (text, start, end)) cut only when asked for.
    quotes: list[tuple[float, str, str | tuple[str, int, int]]] = field(default_factory=list)
    _seen: set[tuple[str, str]] = field(default_factory=set)

    def add(self, label: str, weight: float, quote: str | tuple[str, int, int] = "") -> None:
        self.scores[label] += weight
        if weight > self.strongest[label]:
            self.strongest[label] = weight
        if quote:
            self.quotes.append((weight, label, quote))

    def add_hits(
        self,
        hits: list[PhraseHit],
        text: str,
        subject_end: int,
        subject_weight: float = SUBJECT_BOOST,
    ) -> None:
        """Phrase hits; a phrase counts once, and more when it is in the subject."""
        for phrase, start, end in hits:
            key = (phrase.label, phrase.source)
            if key in self._seen:
                continue
            self._seen.add(key)
            # A reply's subject still names what the thread is about: job words there count
            # in full ("Re: Bewerbung Frontend-Entwicklerin"), and so do words of another kind
            # of application ("Re: Your rental application"); stage words less.
            boost = subject_weight if start < subject_end else 1.0
            if (phrase.label == "job" or phrase.label == "nonjob") and boost < 1.0:
                boost = 1.0
            weight = phrase.weight * boost
            self.add(phrase.label, weight, (text, start, end))
            if phrase.label in STATUS_SIGNALS:
                self.add(_CONFIRMATION, weight, (text, start, end))
            elif phrase.label == _ACCEPTED:
                self.add(_OFFER, weight, (text, start, end))

    def add_context(self, matcher: PhraseMatcher, folded: str) -> None:
        """Job words inside the phrases found for tracked categories ("thanks for your
        Bewerbung" holds "Bewerbung"), and inside the reader's own application ("deine
        Bewerbung fand ich"): a longer phrase hides the words it is made of."""
        for _, label, quote in list(self.quotes):
            if (label in TRACKED or label in _CONTEXT_LABELS) and not isinstance(quote, str):
                _, start, end = quote
                for phrase, _, _ in matcher.scan(folded[start:end]):
                    if (phrase.label, phrase.source) not in self._seen:
                        self._seen.add((phrase.label, phrase.source))
                        self.add("job", phrase.weight)

    def evidence(self, label: str, limit: int = 3) -> tuple[str, ...]:
        """The strongest quotes for a label, cut to evidence length only when chosen."""
        chosen = sorted((q for q in self.quotes if q[1] == label), key=lambda q: -q[0])
        found: dict[str, None] = {}
        for _, _, quote in chosen:
            found[quote if isinstance(quote, str) else snippet(*quote)] = None
            if len(found) == limit:
                break
        return tuple(found)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The decided category, how sure the rules are, and the quotes behind it."""

    category: Category
    confidence: float
    evidence: tuple[str, ...]
    status: ApplicationStatus | None = None  # when not the one that goes with the category


AGENCY_UPDATE = "an agency's update naming no stage"
"""Evidence of the guess that an agency's mail is about a candidacy it put forward: in a
thread, the mail it answers says better what it is about (the track stage asks)."""

JOB_CONTEXT = 2.0
"""Job context application mail needs when the sender is no vendor (one medium job phrase,
a job link, a hiring mailbox, or two weak job words)."""


def decide(
    tally: Tally,
    *,
    auto_reply: bool,
    vendor: bool,
    bulk: bool = False,
    agency: bool = False,
    hiring: bool = False,
) -> Verdict:
    """``hiring``: a careers mailbox or "Acme Careers" wrote (its talent newsletter is an
    alert; a tech newsletter that says "teams are hiring" is not)."""
    scores = tally.scores
    job = min(scores["job"], JOB_CAP)
    if auto_reply:
        return _auto_reply(tally, job)
    ranked = sorted(_RANKING, key=scores.__getitem__, reverse=True)  # stable: ties keep order
    if ranked[0] == _OUTREACH and scores["applied"] > 0:
        # "I'm reaching out about your application": a reply to an application is no outreach.
        ranked = [*ranked[1:], ranked[0]] if scores[ranked[1]] >= 3.0 else ranked
    if (
        ranked[0] == _INTERVIEW
        and scores[_OUTREACH] >= scores[_INTERVIEW]
        and tally.strongest["agency"] >= STRONG
        and scores[_APPLIED] == 0
    ):
        # A recruiter's first pitch for a client ("one of our partner trusts ... free for a
        # quick chat?"): the call it proposes is no interview of an application.
        ranked = [_OUTREACH, *(r for r in ranked if r != _OUTREACH)]
    if ranked[0] == _OUTREACH and tally.strongest[_REJECTION] >= STRONG:
        # "Although your background is impressive, we have decided to proceed with other
        # candidates": praise before the no is no recruiter's pitch.
        ranked = [_REJECTION, *(r for r in ranked if r != _REJECTION)]
    elif (
        ranked[0] == _ALERT
        and scores[_APPLIED] > 0
        and tally.strongest[_REJECTION] >= STRONG
        and 2 * scores[_REJECTION] >= scores[_ALERT]
    ):
        # A board's "update on your application": the employer said no, and "similar jobs"
        # below it are the board's consolation, not a job alert. A nudge to finish an
        # application, which says so throughout ("incomplete applications cannot be
        # considered" once), stays one.
        ranked = [_REJECTION, *(r for r in ranked if r != _REJECTION)]
    if (
        ranked[0] == _REJECTION
        and tally.strongest["on_hold"] >= STRONG
        and scores[_REJECTION] <= tally.strongest[_REJECTION] <= tally.strongest["on_hold"]
        and _regret_before_pause(tally)
    ):
        # A pause told with regret ("Leider müssen wir Ihnen mitteilen, dass das Verfahren bis
        # auf Weiteres ausgesetzt ist"): the regret is the only no, the pause is the news.
        ranked = [_CONFIRMATION, *(r for r in ranked if r != _CONFIRMATION)]
    if _withdrawal(tally, ranked[0]):
        ranked = [_CONFIRMATION, *(r for r in ranked if r != _CONFIRMATION)]
    label = ranked[0]  # the top category's value: enum lookups cost time on this hot path
    top = _CATEGORY[label]
    best, runner_up = scores[label], scores[ranked[1]]
    if best < 2.0:
        if vendor and job >= 4.0 and scores["bulk"] < STRONG and scores["nonjob"] < STRONG:
            # A vendor's mail that no phrase explains: job-related, but what exactly is unknown.
            # An HR suite's payroll mail (a W-2) is the current job's, no job search's.
            return Verdict(Category.OTHER_JOB, 0.45, tally.evidence("job"))
        if agency and job >= 3.0 and scores["bulk"] < STRONG and scores["nonjob"] < STRONG:
            # A staffing agency's update on a candidacy it put forward ("the hiring manager
            # looks at profiles this week"): the application stands, nothing new happened. A
            # shop whose domain only looks like an agency's ("vinoseleccion") sells instead.
            return Verdict(Category.CONFIRMATION, 0.5, (AGENCY_UPDATE, *tally.evidence("agency")))
        return Verdict(Category.NOT_JOB, _clean_confidence(job, best), ())
    if _other_kind_of_application(tally, job, top, label):
        return Verdict(Category.NOT_JOB, 0.8, tally.evidence("nonjob"))
    if bulk and not vendor and label in TRACKED and not _mass_outreach(tally, job, top):
        # A mailing list: job alerts and talent communities at most, never one application.
        if scores["alert"] >= 3.0 and job >= 3.0:
            return Verdict(Category.ALERT, 0.7, tally.evidence("alert"))
        return Verdict(Category.NOT_JOB, 0.8, tally.evidence("bulk"))
    # A newsletter says so with a telling phrase ("in this issue", "interview tips"); footers
    # ("unsubscribe", "you are receiving this") alone are in plenty of transactional mail too.
    # A podcast or a digest that names "a job offer" or "a technical interview" as a topic has
    # a telling phrase too; it is still a newsletter when its newsletter cues outweigh it.
    newsletter = tally.strongest["bulk"] >= STRONG and (
        tally.strongest[label] < STRONG or scores["bulk"] >= best + STRONG / 2
    )
    if label in APPLICATION and newsletter and not vendor:
        # A digest whose sponsors "are hiring" is no job alert: weak alert words need job
        # context, as below.
        alerting = scores["alert"] > 0 and (job >= 3 or tally.strongest["alert"] >= STRONG)
        demoted = Category.ALERT if alerting else Category.NOT_JOB
        return Verdict(demoted, 0.7, tally.evidence("bulk"))
    if (
        top is Category.ALERT
        and not vendor
        and (job < 3 or (scores["bulk"] >= 3.0 and scores["alert"] < STRONG and not hiring))
        and tally.strongest["alert"] < STRONG
    ):
        # "Everyone is hiring AI engineers" in a tech newsletter is no job alert: one weak
        # cue of it, in bulk mail from no careers mailbox, however much it speaks of jobs.
        return Verdict(Category.NOT_JOB, 0.6, tally.evidence("alert"))
    if top is Category.OTHER_JOB and not vendor and job < 1:
        # A verification code or a survey from anyone else is no job mail.
        return Verdict(Category.NOT_JOB, 0.75, tally.evidence("other_job"))
    if label in TRACKED and job < JOB_CONTEXT and not vendor and best < STRONG:
        # "Interview" or "offer" with nothing around them that speaks of a job; a telling
        # phrase ("invite you to a final interview"), or several cues of one stage, speak of
        # one by themselves.
        return Verdict(Category.NOT_JOB, 0.6, ("no job context", *tally.evidence(label, 2)))
    confidence = _confidence(best, runner_up, job)
    if label in TRACKED and job < JOB_CONTEXT and not vendor:
        confidence = min(confidence, 0.5)  # a telling phrase alone: a human should look
    if tally.strongest[label] <= 1.0 * SUBJECT_BOOST:
        confidence = min(confidence, 0.55)
    if top is Category.CONFIRMATION and _declined_offer(tally):
        # The employer's answer to the reader's no to an offer ("Ihr Vertragsangebot": "we
        # regret your decision"): the offer's mail, which the reader stepped back from.
        return Verdict(
            Category.OFFER, confidence, tally.evidence(label), ApplicationStatus.WITHDRAWN
        )
    return Verdict(top, confidence, tally.evidence(label), _status(tally, top))


def _regret_before_pause(tally: Tally) -> bool:
    """Whether the no is the regret that opens the sentence announcing the pause ("Leider
    müssen wir Ihnen mitteilen, dass das Verfahren ausgesetzt ist"), not what the pause leads
    to ("the board has frozen hires, so I can't take things forward with you")."""
    pauses = [q[2] for q in tally.quotes if q[1] == "on_hold" and not isinstance(q[2], str)]
    for _, label, quote in tally.quotes:
        if label != _REJECTION or isinstance(quote, str):
            continue
        text, _, end = quote
        for pause_text, start, _ in pauses:
            if pause_text is text and end <= start and "." not in text[end:start]:
                return True
    return False


def _status(tally: Tally, top: Category) -> ApplicationStatus | None:
    """On hold or withdrawn, when the confirmation says so; accepted, when the offer mail
    says the signed contract came back."""
    if top is Category.OFFER and tally.scores[_ACCEPTED] > 0:
        return ApplicationStatus.ACCEPTED
    if top is not Category.CONFIRMATION:
        return None
    for signal, status in STATUS_SIGNALS.items():
        if tally.scores[signal] > 0:
            return status
    return None


# The employer closing its own offer at the reader's no: "I'll withdraw the offer on our side";
# or passing the no on: "let the team know you've declined" (one declines an offer, not a job);
# or naming it: "sorry you've decided to turn down our offer", "dass du unser Angebot ablehnst",
# "que tu déclines notre offre", "que rechaces nuestra oferta", "recusar a nossa proposta".
_OFFER_CLOSED = re.compile(
    r"\b(?:withdraw|withdrawn|close|closed|rescind|rescinded|decline|declined|declining"
    r"|turn(?:ed|ing)?\s+down|pass(?:ed|ing)?\s+on)\s+(?:out\s+)?(?:the|your|our)\s+"
    r"(?:[a-z-]+\s+)?offer\b|\bknow\s+(?:that\s+)?you(?:'ve|\s+have)\s+declined\b"
    r"|\bangebot\s+(?:[a-zäöüß]+\s+){0,2}?(?:ablehnst|ablehnen|abgelehnt|nicht\s+annimmst"
    r"|nicht\s+anzunehmen|nicht\s+annehmen)\b"
    r"|\b(?:déclin|refus|rechaz|rechac|recus)\w*\s+(?:(?:a|la|o)\s+)?"
    r"(?:notre|votre|ton|ta|la|nuestra|tu|su|a|nossa|sua)"
    r"\s+(?:offre|proposition|oferta|propuesta|proposta)\b",
    re.IGNORECASE,
)


def _declined_offer(tally: Tally) -> bool:
    """A withdrawal in a thread about an offer: a telling offer word ("Vertragsangebot",
    "proposition d'embauche"), not the good wishes ("congratulations") that close any answer."""
    withdrawn = tally.strongest["withdrawn"]
    return (
        withdrawn >= 3.0
        # a reply's subject that names the offer ("RE: Propuesta de incorporación") counts,
        # and so does the withdrawal's own word for it ("I'll withdraw the offer on our side")
        and (
            tally.strongest[_OFFER] >= 3.0 * REPLY_SUBJECT
            or any(_OFFER_CLOSED.search(quote) for quote in tally.evidence("withdrawn"))
        )
        and withdrawn >= tally.strongest["on_hold"]
    )


def _withdrawal(tally: Tally, label: str) -> bool:
    """The reader withdrew: nothing else happens to the application. The good wishes that close
    the mail ("all the best on your way") are no rejection, and an interview called off with it
    is no interview."""
    withdrawn = tally.strongest["withdrawn"]
    if label not in APPLICATION or label == _CONFIRMATION or withdrawn < 3.0:
        return False
    return withdrawn >= STRONG or tally.strongest[label] <= withdrawn


def _auto_reply(tally: Tally, job: float) -> Verdict:
    """A careers mailbox's auto-responder that says the application was received is that
    application's receipt; an out-of-office (its body says so too) is not."""
    if (
        tally.strongest[_CONFIRMATION] >= STRONG
        and tally.scores["autoreply"] <= STRONG * SUBJECT_BOOST
        and job >= 3.0
    ):
        return Verdict(Category.CONFIRMATION, 0.7, tally.evidence(_CONFIRMATION))
    related = job + sum(tally.scores[c] for c in TRACKED)
    quotes = tally.evidence("autoreply", 2)
    if related >= 2.0:
        return Verdict(Category.OTHER_JOB, 0.8 if related >= 4.0 else 0.65, quotes)
    return Verdict(Category.NOT_JOB, 0.85, quotes)


def _mass_outreach(tally: Tally, job: float, top: Category) -> bool:
    """Recruiters write from mailing tools too; their pitch is unmistakable."""
    return top is Category.OUTREACH and tally.strongest["outreach"] >= STRONG and job >= 3.0


def _other_kind_of_application(tally: Tally, job: float, top: Category, label: str) -> bool:
    """An apartment, loan, visa or school application, or a sales offer, not a job."""
    nonjob = tally.scores["nonjob"]
    if nonjob < STRONG or top is Category.OTHER_JOB:
        return False
    return nonjob >= job + 3.0 or tally.strongest["nonjob"] >= tally.strongest[label] + 3.0


def _confidence(best: float, runner_up: float, job: float) -> float:
    strength = min(1.0, (best + min(job, 3.0)) / 9.0)
    # A category put first over a higher score (praise before the no) has no margin, not a
    # negative one: the contracts keep confidence within [0, 1].
    margin = max(0.0, (best - runner_up) / best)
    return round(min(0.99, 0.05 + 0.5 * strength + 0.4 * margin), 3)


def _clean_confidence(job: float, best: float) -> float:
    """How sure "not a job" is: less so when job words are around without any clear cue."""
    return round(max(0.6, 0.92 - 0.04 * job - 0.1 * best), 3)

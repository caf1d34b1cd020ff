"""The words jobtracker uses in data, API, export and tests (DESIGN.md section 4)."""

from enum import StrEnum


class Category(StrEnum):
    """What one message is, as far as a job search is concerned."""

    CONFIRMATION = "confirmation"
    VIEWED = "viewed"
    ASSESSMENT = "assessment"
    INTERVIEW = "interview"
    REJECTION = "rejection"
    OFFER = "offer"
    OUTREACH = "outreach"
    ALERT = "alert"
    OTHER_JOB = "other_job"
    NOT_JOB = "not_job"


APPLICATION_CATEGORIES = frozenset(
    {
        Category.CONFIRMATION,
        Category.VIEWED,
        Category.ASSESSMENT,
        Category.INTERVIEW,
        Category.REJECTION,
        Category.OFFER,
    }
)
"""Categories that belong to an application's timeline."""

TRACKED_CATEGORIES = APPLICATION_CATEGORIES | {Category.OUTREACH}
"""Categories that create or join an application (outreach creates a lead)."""


class ApplicationStatus(StrEnum):
    """Where an application stands."""

    INTERESTED = "interested"
    APPLIED = "applied"
    ASSESSMENT = "assessment"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    ON_HOLD = "on_hold"
    GHOSTED = "ghosted"  # derived at read time: no reply in N days


FINAL_STATUSES = frozenset(
    {
        ApplicationStatus.ACCEPTED,
        ApplicationStatus.DECLINED,
        ApplicationStatus.REJECTED,
        ApplicationStatus.WITHDRAWN,
    }
)

STATUS_FOR_CATEGORY: dict[Category, ApplicationStatus] = {
    Category.CONFIRMATION: ApplicationStatus.APPLIED,
    Category.VIEWED: ApplicationStatus.APPLIED,
    Category.ASSESSMENT: ApplicationStatus.ASSESSMENT,
    Category.INTERVIEW: ApplicationStatus.INTERVIEWING,
    Category.REJECTION: ApplicationStatus.REJECTED,
    Category.OFFER: ApplicationStatus.OFFER,
    Category.OUTREACH: ApplicationStatus.INTERESTED,
}


class Source(StrEnum):
    """Where an application came from: the ATS, job board or channel."""

    GREENHOUSE = "greenhouse"
    LEVER = "lever"
    WORKDAY = "workday"
    ASHBY = "ashby"
    ICIMS = "icims"
    SMARTRECRUITERS = "smartrecruiters"
    TALEO = "taleo"
    ORACLE = "oracle"
    JAZZHR = "jazzhr"
    BAMBOOHR = "bamboohr"
    WORKABLE = "workable"
    TEAMTAILOR = "teamtailor"
    PERSONIO = "personio"
    RECRUITEE = "recruitee"
    LINKEDIN = "linkedin"
    INDEED = "indeed"
    WELLFOUND = "wellfound"
    HANDSHAKE = "handshake"
    HACKERRANK = "hackerrank"
    CODILITY = "codility"
    CODESIGNAL = "codesignal"
    HIREVUE = "hirevue"
    DOCUSIGN = "docusign"
    DIRECT = "direct"
    AGENCY = "agency"
    OTHER = "other"


class DecidedBy(StrEnum):
    """Which step of the cascade gave the answer."""

    RULES = "rules"
    LLM = "llm"
    LEARNED = "learned"
    HUMAN = "human"


class EventKind(StrEnum):
    """What happened to an application."""

    CREATED = "created"
    STATUS_CHANGED = "status_changed"
    MESSAGE_LINKED = "message_linked"
    MERGED = "merged"
    CORRECTED = "corrected"

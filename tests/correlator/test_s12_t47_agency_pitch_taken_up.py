"""A British agency's pitch without a client, then the reply naming the client: the application
it begins is for the pitch's role, and the consultant's later word joins it."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.roles import ROLE_MATCH_THRESHOLD, role_key, role_similarity
from jobtracker.pipeline.vocabulary import Category as C
from jobtracker.pipeline.vocabulary import Source

PITCH = "<pitch-7@copperfieldassoc.example>"
CONSULTANT = "jo.barker@copperfieldassoc.example"


def _pitch(mail):
    return mail(
        C.OUTREACH,
        company=None,
        role="Payroll Manager",
        sender=CONSULTANT,
        source=Source.AGENCY,
        rfc_id=PITCH,
        subject="Payroll Manager - Bolton",
        sent="2025-03-03T09:00",
    )


def _submitted(mail):
    return mail(
        C.CONFIRMATION,
        company="Harrowgate Mills",
        role=None,
        sender=CONSULTANT,
        source=Source.AGENCY,
        in_reply_to=PITCH,
        subject="RE: Payroll Manager - Bolton",
        sent="2025-03-05T16:00",
    )


def test_the_reply_naming_the_client_takes_the_pitchs_role(mail) -> None:
    correlator = Correlator()
    correlator.correlate(_pitch(mail))
    taken = correlator.correlate(_submitted(mail)).application
    assert taken is not None
    assert taken.company == "Harrowgate Mills"
    assert taken.role == "Payroll Manager"


def test_the_consultants_later_word_joins_that_application(mail) -> None:
    correlator = Correlator()
    correlator.correlate(_pitch(mail))
    taken = correlator.correlate(_submitted(mail)).application
    update = mail(
        C.CONFIRMATION,
        company="Harrowgate Mills",
        role=None,
        sender=CONSULTANT,
        source=Source.AGENCY,
        subject="Harrowgate feedback",
        sent="2025-03-20T10:00",
    )
    assert correlator.correlate(update).application is taken


def test_a_titles_initials_name_the_title() -> None:
    short, full = role_key("CRA II"), role_key("Clinical Research Associate II - Oncology")
    assert role_similarity(short, full) >= ROLE_MATCH_THRESHOLD
    assert role_similarity(role_key("FBP"), role_key("Finance Manager")) < ROLE_MATCH_THRESHOLD

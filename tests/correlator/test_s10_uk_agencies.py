"""A British agency's consultant pitches a role at an unnamed client, later submits the CV to
another client by its full name and then calls that client by its initials ("C&D would like to
interview you"): the initials are the named client's, not the unnamed pitch's."""

from __future__ import annotations

import pytest

from jobtracker.correlator import Correlator
from jobtracker.pipeline.vocabulary import Category as C
from jobtracker.pipeline.vocabulary import Source

CONSULTANT = "ruth.amos@brookfoldrec.example"


def test_the_named_clients_initials_join_its_application(mail) -> None:
    correlator = Correlator()

    def agency(category: C, company: str | None, sent: str):
        item = mail(category, company=company, sender=CONSULTANT, source=Source.AGENCY, sent=sent)
        return correlator.correlate(item)

    pitch = agency(C.OUTREACH, None, "2025-05-02T09:00")
    submitted = agency(C.CONFIRMATION, "Carrow & Dene Assurance", "2025-05-05T09:00")
    invited = agency(C.INTERVIEW, "C&D", "2025-05-12T09:00")
    assert submitted.application is not None
    assert invited.application is submitted.application
    assert invited.application is not pitch.application
    assert submitted.application.company == "Carrow & Dene Assurance"


@pytest.mark.parametrize("subject", ["Ousebank update", "Quick update"])
def test_the_pitchs_named_reply_takes_the_consultants_later_mail(mail, subject: str) -> None:
    """The pitch's thread named the client ("RE: Anything in York?": "the client is Ousebank
    Homewares, I've sent your CV"); the consultant, who placed the reader with another client
    before, writes "Ousebank update" (its first word) or an update naming no one: that
    application's, not the pitch's."""
    correlator = Correlator()

    def agency(category: C, company: str | None, subject: str, sent: str, **ids: str):
        item = mail(
            category,
            company=company,
            sender=CONSULTANT,
            source=Source.AGENCY,
            subject=subject,
            sent=sent,
            **ids,
        )
        return correlator.correlate(item)

    agency(C.CONFIRMATION, "Tadcaster Maltings", "CV sent - Tadcaster Maltings", "2025-03-02T09:00")
    agency(C.REJECTION, "Tadcaster Maltings", "Tadcaster Maltings feedback", "2025-03-20T09:00")
    pitch = agency(C.OUTREACH, None, "Anything in York?", "2025-06-02T09:00", rfc_id="<p1@x>")
    submitted = agency(
        C.CONFIRMATION,
        "Ousebank Homewares",
        "RE: Anything in York?",
        "2025-06-03T09:00",
        rfc_id="<p2@x>",
        in_reply_to="<p1@x>",
    )
    update = agency(C.REJECTION, None, subject, "2025-06-12T09:00")
    assert submitted.application is not None
    assert submitted.application is not pitch.application
    assert update.application is submitted.application


def test_a_plain_update_still_joins_the_only_pitch(mail) -> None:
    """Without a named reply in its thread, the consultant's unnamed pitch takes the update."""
    correlator = Correlator()
    pitch = correlator.correlate(
        mail(
            C.OUTREACH,
            company=None,
            sender=CONSULTANT,
            source=Source.AGENCY,
            subject="Anything in York?",
            sent="2025-06-02T09:00",
        )
    )
    update = correlator.correlate(
        mail(
            C.INTERVIEW,
            company=None,
            sender=CONSULTANT,
            source=Source.AGENCY,
            subject="Good news",
            sent="2025-06-05T09:00",
        )
    )
    assert update.application is pitch.application


def test_the_consultants_chaser_is_no_new_application(mail) -> None:
    """Weeks after submitting the CV, the consultant's "chased them for feedback" reads as an
    acknowledgement naming the client only: it stays in the process it put forward."""
    correlator = Correlator()

    def agency(category: C, sent: str):
        item = mail(
            category,
            company="Ousebank Homewares",
            sender=CONSULTANT,
            source=Source.AGENCY,
            sent=sent,
        )
        return correlator.correlate(item)

    submitted = agency(C.CONFIRMATION, "2025-06-03T09:00")
    agency(C.INTERVIEW, "2025-06-10T09:00")
    chaser = agency(C.CONFIRMATION, "2025-06-30T09:00")
    assert submitted.application is not None
    assert chaser.application is submitted.application

"""A British agency's consultant pitches a role at an unnamed client, later submits the CV to
another client by its full name and then calls that client by its initials ("C&D would like to
interview you"): the initials are the named client's, not the unnamed pitch's."""

from __future__ import annotations

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

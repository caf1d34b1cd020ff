"""An agency's mail before it names its client: its shared mailbox acknowledges the CV, a
consultant there writes next."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C
from jobtracker.pipeline.vocabulary import Source


def test_a_consultant_joins_the_cv_the_agencys_mailbox_acknowledged(mail) -> None:
    correlator = Correlator()
    acknowledged = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company=None,
            sender="bewerbung@talentbruecke.example",
            source=Source.AGENCY,
        )
    )
    assert acknowledged.application is not None
    interview = mail(
        C.INTERVIEW,
        company="Lindqvist Elektronik",
        sender="m.haas@talentbruecke.example",
        source=Source.AGENCY,
        sent="2024-03-10",
    )
    assert correlator.correlate(interview).application is acknowledged.application
    assert acknowledged.application.company == "Lindqvist Elektronik"


def test_another_agency_does_not_join_it(mail) -> None:
    correlator = Correlator()
    acknowledged = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company=None,
            sender="bewerbung@talentbruecke.example",
            source=Source.AGENCY,
        )
    )
    other = mail(
        C.INTERVIEW,
        company="Lindqvist Elektronik",
        sender="j.roe@otheragency.example",
        source=Source.AGENCY,
        sent="2024-03-10",
    )
    assert correlator.correlate(other).application is not acknowledged.application

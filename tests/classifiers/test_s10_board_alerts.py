"""A job board's alert lists many employers' openings: it is an alert with no employer of the
reader's. An employer's own alert (a talent network's welcome) still names the employer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category, Source

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "source"),
    [
        (
            "jobalerts-noreply@linkedin.com",
            "LinkedIn Job Alerts",
            "“data engineer”: Harbourlight Energy - Data Engineer and more",
            "Your job alert for data engineer in Leeds\n7 new jobs match your preferences.\n\n"
            "Data Engineer\nHarbourlight Energy\nLeeds\n\nSenior Data Engineer\nQuarrywell "
            "Foods\nHybrid\n\nSee all jobs",
            Source.LINKEDIN,
        ),
        (
            "alert@indeed.com",
            "Indeed",
            "12 new Buchhalter jobs in Köln",
            "Neue Jobs für Ihre Suche: Buchhalter in Köln\n\nBuchhalter (m/w/d)\nRheinfeld "
            "Logistik GmbH - Köln\n\nFinanzbuchhalter\nDomblick Versicherung AG - Köln\n\n"
            "Alle Jobs ansehen",
            Source.INDEED,
        ),
    ],
)
def test_a_boards_alert_names_no_employer(
    classify: Classify, sender: str, name: str, subject: str, body: str, source: Source
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body)
    assert result.category is Category.ALERT
    assert (result.company, result.role) == (None, None)
    assert result.source is source


def test_an_employers_own_alert_still_names_it(classify: Classify) -> None:
    result = classify(
        sender="careers@quarrywell-foods.example",
        name="Quarrywell Foods Careers",
        subject="New roles at Quarrywell Foods that match your profile",
        body="Hi Sam,\n\nas a member of the Quarrywell Foods talent community, here are new "
        "openings we think fit you:\n\nPlanning Analyst - York\nSupply Chain Lead - Leeds\n\n"
        "Quarrywell Foods Talent Acquisition",
    )
    assert result.category is Category.ALERT
    assert result.company == "Quarrywell Foods"

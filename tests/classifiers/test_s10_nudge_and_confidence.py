"""A nudge to finish an application that warns "incomplete applications cannot be considered"
stays an alert, and a category put first over a higher score never gets a confidence below
zero (the Kafka transport validates it, and such mail went to the dead-letter queue)."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.classifiers.rules.scoring import Tally, decide
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_nudge_warning_that_incomplete_applications_are_not_considered_is_an_alert(
    classify: Classify,
) -> None:
    result = classify(
        sender="noreply@smartrecruiters.com",
        name="Birkenhain Logistik Hiring Team",
        subject="Ihre Bewerbung bei Birkenhain Logistik ist noch nicht abgeschlossen",
        body="Hallo Jana,\n\nSie haben eine Bewerbung für Disponent (m/w/d) begonnen, aber noch "
        "nicht abgeschickt. Unvollständige Bewerbungen können wir leider nicht "
        "berücksichtigen. Ihr Fortschritt wurde gespeichert.\n\nBewerbung fortsetzen\n\n"
        "Ihr Recruiting-Team",
    )
    assert result.category is Category.ALERT
    assert 0.0 <= result.confidence <= 1.0


def test_a_category_put_first_over_a_higher_score_has_no_negative_confidence() -> None:
    tally = Tally()
    tally.add("job", 3.0, "job words")
    tally.add("outreach", 20.0, "a recruiter's long pitch")
    tally.add("rejection", 6.0, "decided to proceed with other candidates")
    verdict = decide(tally, auto_reply=False, vendor=False)
    assert verdict.category is Category.REJECTION  # praise before the no is no pitch
    assert 0.0 <= verdict.confidence <= 1.0

"""A "web conference" or "conference call" is a meeting tool, not an event's advertising."""

from __future__ import annotations

from jobtracker.classifiers.rules import RuleClassifier
from jobtracker.pipeline.vocabulary import Category
from tests.classifiers.conftest import make_message


def test_a_booking_held_as_a_web_conference_is_a_meeting_of_the_process(
    classifier: RuleClassifier,
) -> None:
    message = make_message(
        sender="notifications@calendly.com",
        subject="New Event: Dana Whitfield - 14:00 Mon - 30 Minute Meeting",
        body=(
            "Hi Dana,\n\nA new event has been scheduled.\n\nHost: Marek Osei (Brightloom)\n"
            "Location: This is a Zoom web conference. Join: https://zoom.us/j/123\n"
        ),
    )
    found = classifier.classify_in_process(message, "Brightloom")
    assert found.category is Category.INTERVIEW


def test_an_industry_conference_is_still_bulk(classify) -> None:
    found = classify(
        sender="events@datasummit.example",
        subject="Early bird tickets for our spring conference",
        body="Join 2,000 engineers at our annual conference. Register now for 20% off.",
    )
    assert found.category is Category.NOT_JOB

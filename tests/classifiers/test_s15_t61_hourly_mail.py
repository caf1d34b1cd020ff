"""Hourly hiring: a text-to-apply system's own job digest, and a shift app's digest of shifts."""

from __future__ import annotations

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.vocabulary import Category, Source


def test_a_text_to_apply_systems_digest_is_a_job_alert(classifier: RuleClassifier, message) -> None:
    found = classifier.classify(
        message(
            sender="no-reply@workstream.us",
            name="Workstream",
            subject="Line Cook jobs near Leeds are hiring now",
            body="Text APPLY to apply in minutes! Line Cook - Bayleaf Grill. Kitchen Porter - "
            "Hollin Cafe. Powered by Workstream.",
        )
    )
    assert found.category is Category.ALERT


def test_a_text_to_apply_receipt_names_the_employer_not_the_system(
    classifier: RuleClassifier, message
) -> None:
    found = classifier.classify(
        message(
            sender="no-reply@workstream.us",
            name="Bayleaf Restaurants",
            subject="Application received - Kitchen Manager",
            body="Hi Sam! Thanks for applying for Kitchen Manager at Bayleaf Grill Headingley. "
            "Book a phone screen now.",
        )
    )
    assert found.category is Category.CONFIRMATION
    assert found.company and "Workstream" not in found.company


def test_a_shift_apps_digest_is_an_indeed_alert(classifier: RuleClassifier, message) -> None:
    found = classifier.classify(
        message(
            sender="hello@indeedflex.com",
            name="Indeed Flex",
            subject="New shifts near you this week",
            body="Hi Sam,\n\nThere are 9 new shifts near Leeds:\n- Picker, Sherburn - Sat "
            "06:00-14:00\n\nBook in the app before they go!",
        )
    )
    assert found.category is Category.ALERT
    assert found.source is Source.INDEED

"""A step's phrase that starts inside a phrase that only says "about a job": "the position of"
is a job word, and "position of Data Analyst has now been filled" a rejection that starts at
its second word. Both must be found (corpus 89's ATS "Regarding ..." no)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.classifiers.rules.text import fold
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    "sentence",
    [
        "The position of Logistics Coordinator has now been filled.",
        "We regret that the vacancy for Logistics Coordinator has been filled.",
        "The job opening for Logistics Coordinator has now been filled.",
    ],
)
def test_a_rejection_inside_a_job_word_is_found(classifier: RuleClassifier, sentence: str) -> None:
    matcher = classifier.bank.matcher
    labels = [hit.phrase.label for hit in matcher.scan(fold(sentence))]
    assert "rejection" in labels, labels


def test_an_ats_no_that_says_the_position_was_filled(classify: Classify) -> None:
    result = classify(
        sender="harrowgate@talent.icims.com",
        name="Harrowgate Careers",
        subject="Regarding Logistics Coordinator",
        body="Dear Priya,\n\nThank you for your interest in employment with Harrowgate. The "
        "position of Logistics Coordinator has now been filled. We will keep your resume on "
        "file.\n\nSincerely,\nHarrowgate Talent Acquisition",
        language="en",
    )
    assert result.category is Category.REJECTION, result.evidence


def test_a_job_word_alone_still_counts(classifier: RuleClassifier) -> None:
    matcher = classifier.bank.matcher
    hits = matcher.scan(fold("Thank you for applying for the position of Logistics Coordinator."))
    assert [h.phrase.label for h in hits].count("job") >= 1
    assert "rejection" not in [h.phrase.label for h in hits]

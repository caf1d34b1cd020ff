"""An agency's word inside a longer phrase of another label still counts: "hat sich die
Mandantin für einen anderen Kandidaten entschieden" is a rejection written by an agency."""

from __future__ import annotations

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.classifiers.rules.text import fold


def _labels(classifier: RuleClassifier, text: str) -> list[str]:
    return [hit.phrase.label for hit in classifier.bank.matcher.scan(fold(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Leider hat sich die Mandantin für einen anderen Kandidaten entschieden.",
        "Nun hat sich unsere Auftraggeberin für eine andere Bewerberin entschieden.",
    ],
)
def test_an_agency_word_inside_a_rejection_phrase_counts(
    classifier: RuleClassifier, text: str
) -> None:
    labels = _labels(classifier, text)
    assert "rejection" in labels
    assert "agency" in labels


def test_a_phrase_inside_one_of_its_own_label_is_still_one_cue(
    classifier: RuleClassifier,
) -> None:
    labels = _labels(
        classifier, "Leider hat sich die Mandantin für einen anderen Kandidaten entschieden."
    )
    assert labels.count("rejection") == 2  # "leider" and the long phrase, not the words inside

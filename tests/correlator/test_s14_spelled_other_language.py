"""One employer spelled two languages' ways across its mail: a board writes "Atlântida Hotéis",
the employer's own rejection "Atlântida Hotels & Resorts". Its long words share their head
and most letters; short ones must match exactly ("Deutsche Bank" is not "Deutsche Bahn")."""

from __future__ import annotations

import pytest

from jobtracker.correlator.index import _same_word
from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("hotels", "hoteis", True),
        ("logistics", "logistica", True),
        ("industrial", "industries", True),
        ("bank", "bahn", False),
        ("global", "globe", False),
        ("systems", "sistemas", False),
    ],
)
def test_long_words_that_share_their_head_are_one_word(a: str, b: str, same: bool) -> None:
    assert _same_word(a, b) is same


def test_the_employer_spelled_the_other_way_is_the_same_application(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Atlântida Hotéis",
            role="Gestor de Marketing",
            sent="2025-12-12T12:00",
        )
    )
    rejected = correlator.correlate(
        mail(C.REJECTION, company="Atlântida Hotels & Resorts", sent="2026-01-20T10:00")
    )
    assert rejected.application is applied.application


def test_a_neighbour_with_a_short_word_apart_is_another_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, company="Deutsche Bank", role="Analyst"))
    second = correlator.correlate(mail(C.REJECTION, company="Deutsche Bahn", sent="2024-03-09"))
    assert second.application is not first.application

"""An employer's name with its last word clipped ("Pharma", "Tech") is the same employer."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C


def test_a_clipped_last_word_names_the_same_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Brackenfield Pharmaceuticals US", role="QA Analyst")
    )
    later = correlator.correlate(
        mail(C.REJECTION, company="Brackenfield Pharma", role=None, sent="2024-04-02")
    )
    assert first.application is not None and later.application is first.application


def test_a_clipped_first_word_or_a_short_clip_names_nobody(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, company="Brackenfield Pharmaceuticals"))
    other = correlator.correlate(mail(C.CONFIRMATION, company="Brack Pharmaceuticals"))
    short = correlator.correlate(mail(C.CONFIRMATION, company="Brackenfield Ph"))
    assert other.application is not first.application
    assert short.application is not first.application

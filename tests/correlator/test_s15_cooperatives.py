"""A co-operative is written with and without the word that says it is one."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import employer_forms
from jobtracker.pipeline.vocabulary import Category as C


def test_the_cooperative_word_is_an_optional_part_of_the_name() -> None:
    assert employer_forms("cooperative laitiere du jura") == (
        ("cooperative", "laitiere", "du", "jura"),
        ("laitiere", "du", "jura"),
    )
    assert employer_forms("cooperativa agricola serrana") == (
        ("cooperativa", "agricola", "serrana"),
        ("agricola", "serrana"),
    )


def test_a_cooperatives_recruiter_continues_the_process_its_careers_site_began(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Coopérative Laitière du Jura", role="", sent="2025-09-10")
    )
    resumed = correlator.correlate(
        mail(C.INTERVIEW, company="Laitière du Jura", role="Magasinier", sent="2025-12-15")
    )
    other = correlator.correlate(
        mail(C.CONFIRMATION, company="Laiterie Vaudoise", role="Magasinier", sent="2025-12-16")
    )
    assert applied.application is not None and resumed.application is not None
    assert resumed.application.application_id == applied.application.application_id
    assert other.application is not None
    assert other.application.application_id != applied.application.application_id

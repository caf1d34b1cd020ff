"""Names and titles a message spells its own way: a clipped employer name, a bare title."""

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


def test_a_reply_whose_subject_is_an_open_applications_title_joins_it(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company=None,
            role="Platform Engineer, Billing Core",
            sender="no-reply@ats.example",
        )
    )
    answer = mail(
        C.REJECTION,
        company=None,
        role=None,
        sender="no-reply@ats.example",
        subject="Re: Platform Engineer, Billing Core",
        sent="2024-03-20",
    )
    other = mail(
        C.REJECTION,
        company=None,
        role=None,
        sender="no-reply@ats.example",
        subject="Re: Your application",
        sent="2024-03-21",
    )
    assert correlator.correlate(answer).application is first.application
    assert correlator.correlate(other).application is not first.application


def test_a_domain_clipping_the_last_word_spells_the_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Harrowgate Insurance", role="Claims Analyst")
    )
    note = mail(
        C.REJECTION,
        company=None,
        role=None,
        sender="lena.moss@harrowgateins.example",
        sent="2024-03-20",
    )
    assert correlator.correlate(note).application is first.application
    stranger = mail(
        C.REJECTION, company=None, sender="kai.ro@harrowgatecap.example", sent="2024-03-21"
    )
    assert correlator.correlate(stranger).application is not first.application

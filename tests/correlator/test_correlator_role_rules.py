"""Roles as mail words them: variants of one title join, other titles and late copies do not."""

from __future__ import annotations

import pytest

from jobtracker.correlator.matcher import ROLE_ONLY, Correlator
from jobtracker.correlator.roles import (
    fuller_title,
    names_a_role,
    role_key,
    role_similarity,
    roles_match,
)
from jobtracker.correlator.state import Correlation
from jobtracker.pipeline.vocabulary import Category as C


def _app_id(result: Correlation) -> str:
    assert result.application is not None
    return result.application.application_id


# titles


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Senior Data Engineer", "Data Engineer (Senior) - Berlin"),
        ("Senior Full-Stack-Entwickler (w/m/d)", "Senior Full-Stack-Entwickler"),
        ("Softwareentwickler (m/w/d)", "Softwareentwickler:in"),
        ("Product Designer", "Product Designer et souhaiterions vous rencontrer"),
        ("Senior Full Stack Developer H/F", "Senior Full Stack Developer et pour l'intérêt"),
        ("Senior Data Engineer", "Senior Data Engineer, Platform Team Berlin"),
    ],
)
def test_a_title_and_its_variants_are_one_role(a: str, b: str) -> None:
    assert roles_match(role_key(a), role_key(b))


def test_a_title_continued_is_one_role_but_a_different_seniority_still_is_not() -> None:
    assert role_similarity(role_key("Data Engineer"), role_key("Data Engineer a b c d")) == 90.0
    assert not roles_match(role_key("Junior Data Engineer"), role_key("Senior Data Engineer x"))
    assert not roles_match(role_key("Data Engineer"), role_key("Data Scientist"))


def test_a_fuller_title_is_one_with_a_qualifier_set_off() -> None:
    assert fuller_title("Backend Engineer", "Backend Engineer, Payments")
    assert fuller_title("Platform Engineer", "Platform Engineer - Growth")
    assert fuller_title("Mobile Developer", "Mobile Developer (iOS)")
    assert not fuller_title("Product Designer", "Product Designer et souhaiterions vous")
    assert not fuller_title("Data Engineer", "Data Engineering Manager")
    assert not fuller_title("Data Engineer", "Data Engineer, one two three four five")
    assert not fuller_title("", "Data Engineer")


# what a message's role says


def test_a_seniority_alone_is_not_a_role(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, company="Greenbridge", role="Senior"))
    assert first.application is not None and first.application.role is None
    later = correlator.correlate(
        mail(
            C.REJECTION,
            company="Greenbridge",
            role="Senior Full-Stack-Entwickler",
            sent="2024-03-09",
        )
    )
    assert _app_id(later) == _app_id(first)
    assert later.application is not None
    assert later.application.role == "Senior Full-Stack-Entwickler"


@pytest.mark.parametrize(
    "title", ["Senior", "Tuesday, October 1", "Dienstag, 21. Mai", "jeudi 3 octobre à 14h"]
)
def test_a_date_or_a_seniority_is_not_a_title(title: str) -> None:
    assert not names_a_role(role_key(title))


def test_a_date_taken_for_a_role_does_not_split_the_application(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Falconpoint", role="Android Dev", sent="2024-09-10")
    )
    invite = correlator.correlate(
        mail(C.INTERVIEW, company="Falconpoint", role="Tuesday, October 1", sent="2024-09-27")
    )
    assert _app_id(invite) == _app_id(first)


def test_the_employers_name_taken_for_a_role_is_no_role(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Tidalmark Group", role="Software Engineer")
    )
    copy = correlator.correlate(
        mail(C.CONFIRMATION, company="Tidalmark Group Inc.", role="Tidalmark Group Inc")
    )
    assert _app_id(copy) == _app_id(first)


def test_an_application_takes_the_fuller_title_its_mail_uses(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, role="Senior Backend Engineer"))
    later = correlator.correlate(
        mail(C.INTERVIEW, role="Senior Backend Engineer, Payments", sent="2024-03-10")
    )
    assert _app_id(later) == _app_id(first)
    assert later.application is not None
    assert later.application.role == "Senior Backend Engineer, Payments"


def test_a_sender_who_wrote_for_one_employer_does_not_bring_another_role(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        mail(
            C.OFFER,
            company="Conceição & Pereira",
            role="Junior Engineering Manager",
            sender="dse@eumail.docusign.net",
        )
    )
    other = correlator.correlate(
        mail(
            C.OFFER,
            company=None,
            role="Senior Solutions Architect",
            sent="2024-03-10",
            sender="dse@eumail.docusign.net",
        )
    )
    assert other.application is None


# confirmations


def test_a_second_confirmation_the_same_day_is_a_copy(mail) -> None:
    correlator = Correlator()
    board = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2024-03-07"))
    ats = correlator.correlate(mail(C.CONFIRMATION, role=None, sent="2024-03-07T18:00"))
    assert _app_id(ats) == _app_id(board)


def test_a_confirmation_weeks_later_without_the_same_role_is_a_new_application(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, role="Product Manager", sent="2024-10-02"))
    roleless = correlator.correlate(mail(C.CONFIRMATION, role=None, sent="2024-11-17"))
    variant = correlator.correlate(
        mail(C.CONFIRMATION, role="Senior Product Manager, Payments", sent="2024-12-10")
    )
    assert roleless.created and variant.created
    assert len({_app_id(first), _app_id(roleless), _app_id(variant)}) == 3


def test_a_confirmation_weeks_later_naming_the_same_role_still_joins(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2024-03-01"))
    again = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2024-03-29"))
    assert _app_id(again) == _app_id(first)


# a role and no employer


def test_a_message_naming_only_a_role_joins_the_one_open_application_for_review(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Faure", role="Senior Solutions Architect")
    )
    correlator.correlate(mail(C.CONFIRMATION, company="Globex", role="Data Engineer"))
    offer = correlator.correlate(
        mail(C.OFFER, company=None, role="Senior Solutions Architect", sent="2024-04-01")
    )
    assert _app_id(offer) == _app_id(first)
    assert offer.review_reason == ROLE_ONLY and offer.confidence < 0.6


def test_a_role_two_open_applications_share_names_neither(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, company="Acme", role="Data Engineer"))
    correlator.correlate(mail(C.CONFIRMATION, company="Globex", role="Data Engineer"))
    offer = correlator.correlate(
        mail(C.OFFER, company=None, role="Data Engineer", sent="2024-04-01")
    )
    assert offer.application is None


def test_a_role_only_joins_no_closed_or_long_idle_application_nor_takes_a_confirmation(
    mail,
) -> None:
    correlator = Correlator(new_application_gap_days=120)
    correlator.correlate(mail(C.CONFIRMATION, company="Acme", role="Data Engineer"))
    correlator.correlate(mail(C.REJECTION, company="Acme", role="Data Engineer", sent="2024-03-09"))
    globex = correlator.correlate(
        mail(C.CONFIRMATION, company="Globex", role="Designer", sent="2024-01-01")
    )
    after_rejection = correlator.correlate(
        mail(C.OFFER, company=None, role="Data Engineer", sent="2024-03-20")
    )
    after_gap = correlator.correlate(
        mail(C.INTERVIEW, company=None, role="Designer", sent="2024-09-01")
    )
    confirmation = correlator.correlate(
        mail(C.CONFIRMATION, company=None, role="Designer", sent="2024-01-05")
    )
    assert after_rejection.application is None
    assert after_gap.application is None
    # kept on its own, for its employer's mail to name it (test_correlator_unnamed)
    assert confirmation.created and confirmation.application is not globex.application

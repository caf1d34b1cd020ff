"""A Portuguese publisher and a pharmacy chain are written with and without the word that says
what they are ("Editora Pedra Branca" / "Pedra Branca", "Farmácias Solmar" / "Solmar"), and a
Brazilian professional's domain (``.cnt.br``, ``.adv.br``) names the office before it."""

from __future__ import annotations

from jobtracker.correlator.domains import domain_labels
from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import employer_forms
from jobtracker.pipeline.vocabulary import Category as C


def test_the_kind_word_is_an_optional_part_of_the_name() -> None:
    assert employer_forms("editora pedra branca") == (
        ("editora", "pedra", "branca"),
        ("pedra", "branca"),
    )
    assert employer_forms("farmacias solmar") == (("farmacias", "solmar"), ("solmar",))


def test_a_booking_notice_from_the_publishers_domain_joins_its_process(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Editora Pedra Branca",
            role="Analista Financeiro",
            sent="2025-09-10",
        )
    )
    booked = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Pedrabranca",
            role=None,
            sent="2025-09-20",
            sender="helena.prado@pedrabranca.com.br",
            sender_name="Helena Prado",
        )
    )
    assert applied.application is not None and booked.application is not None
    assert booked.application.application_id == applied.application.application_id


def test_a_professionals_second_level_domain_is_no_name() -> None:
    assert domain_labels("moreiracontabil.cnt.br") == ("moreiracontabil",)
    assert domain_labels("santosadvocacia.adv.br") == ("santosadvocacia",)

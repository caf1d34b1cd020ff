"""One employer under its full name, the name it goes by and its acronym: a body's mail signs
"Mutuelle Régionale des Artisans du Jura", its careers site says "Artisans du Jura" (no:
"Régionale des Artisans du Jura"), a group's recruiter writes as "MTC Logistique"."""

from __future__ import annotations

import pytest

from jobtracker.correlator.index import UserIndex
from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import better_display_name, company_key, default_aliases
from jobtracker.correlator.state import Application
from jobtracker.pipeline.vocabulary import Category as C


def _index(*names: str) -> UserIndex:
    index = UserIndex(aliases=default_aliases())
    for name in names:
        index.add(Application(application_id=name, user_id="u1", company=name, company_key=""))
    return index


@pytest.mark.parametrize(
    ("known", "named"),
    [
        ("Transportes Morales del Caribe", "TMC Logística"),
        ("TMC Logística", "Transportes Morales del Caribe"),
        ("Banque Populaire Vosges Ardennes", "BPVA"),
        ("Régionale des Artisans du Jura", "Mutuelle Régionale des Artisans du Jura"),
        ("Mutuelle Régionale des Artisans du Jura", "Régionale des Artisans du Jura"),
    ],
)
def test_a_full_name_its_acronym_and_its_last_words_are_one_employer(
    known: str, named: str
) -> None:
    found = _index(known).employer(company_key(named))
    assert found is not None and found[0] == company_key(known)


@pytest.mark.parametrize(
    ("known", "named"),
    [
        ("Transportes Morales del Caribe", "TM Cargo"),  # two letters tie by chance
        ("Servicios Integrales de Puebla", "Aceros Integrales de Puebla"),  # two words shared
        ("Artisans du Jura", "Mutuelle des Artisans du Jura"),  # two words the name ends in
    ],
)
def test_short_initials_and_short_endings_name_nobody(known: str, named: str) -> None:
    assert _index(known).employer(company_key(named)) is None


def test_two_employers_with_those_initials_name_neither() -> None:
    index = _index("Transportes Morales del Caribe", "Textiles Mayas del Centro")
    assert index.employer(company_key("TMC Logística")) is None


def test_the_application_shows_the_full_name_once_mail_spells_it() -> None:
    assert better_display_name("TMC Logística", "Transportes Morales del Caribe") == (
        "Transportes Morales del Caribe"
    )
    assert better_display_name("Transportes Morales del Caribe", "TMC Logística") == (
        "Transportes Morales del Caribe"
    )
    assert better_display_name(
        "Régionale des Artisans du Jura", "Mutuelle Régionale des Artisans du Jura"
    ) == ("Mutuelle Régionale des Artisans du Jura")


def test_an_interview_under_the_acronym_joins_the_application(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Transportes Morales del Caribe",
            role="Analista de Tráfico",
            sender="noreply@board.example",
            sent="2025-03-01",
        )
    )
    invite = mail(
        C.INTERVIEW,
        company="TMC Logística",
        sender="rh@tmc-logistica.example",
        subject="Entrevista - Tráfico",
        sent="2025-03-10",
    )
    found = correlator.correlate(invite)
    assert found.application is first.application

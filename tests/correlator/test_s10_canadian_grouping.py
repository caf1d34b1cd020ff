"""Grouping Canadian job mail: a board's apply relay is nobody running the process, and a
federation's rejection carrying the requisition number joins its member caisse's process."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.people import personal
from jobtracker.correlator.state import Correlation
from jobtracker.pipeline.vocabulary import Category as C


def _app_id(result: Correlation) -> str:
    assert result.application is not None
    return result.application.application_id


def test_a_boards_apply_relay_is_a_shared_mailbox() -> None:
    assert not personal("indeedapply@indeed.com")
    assert not personal("easyapply@board.example")
    assert personal("rdion@qualitesoins.example")


def test_the_employers_first_person_joins_a_board_confirmation(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Institut de la qualité des soins",
            role="Analyste en qualité clinique",
            sender="indeedapply@indeed.com",
            sent="2025-11-20T09:00",
        )
    )
    case = correlator.correlate(
        mail(
            C.ASSESSMENT,
            company="Institut de la qualité des soins",
            role="analyste",  # "votre candidature au poste d'analyste"
            sender="jtardif@qualitesoins.example",
            sent="2025-11-28T09:00",
        )
    )
    assert _app_id(case) == _app_id(applied)


def test_a_federations_rejection_with_the_requisition_joins_the_caisse(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Caisse du Fjord de Chicoutimi",
            role="Conseillère, finances personnelles",
            requisition_id="70412",
            sender="carrieres@successfactors.com",
            sent="2025-09-01T09:00",
        )
    )
    rejected = correlator.correlate(
        mail(
            C.REJECTION,
            company="Fédération des caisses du Fjord",
            requisition_id="70412",
            sender="carrieres@successfactors.com",
            sent="2025-10-01T09:00",
        )
    )
    assert _app_id(rejected) == _app_id(applied)


def test_a_french_bodys_acronym_skips_its_elided_article_and_en(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Office québécois de l'archivage en ligne",
            role="Archiviste",
            sender="noreply@taleo.net",
            sent="2025-10-01T09:00",
        )
    )
    invite = correlator.correlate(
        mail(C.INTERVIEW, company="OQAL", sender="m.roy@oqal.example", sent="2025-10-20T09:00")
    )
    assert _app_id(invite) == _app_id(applied)


def test_a_body_named_in_the_other_official_language_is_the_same_employer(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Réseau de santé Baie-des-Loups",
            role="Analyste",
            sender="noreply@csod.com",
            sent="2025-10-01T09:00",
        )
    )
    offer = correlator.correlate(
        mail(
            C.OFFER,
            company="Baie-des-Loups Health Network",
            sender="r.leger@baiedesloups.example",
            sent="2025-11-20T09:00",
        )
    )
    assert _app_id(offer) == _app_id(applied)


def test_a_city_and_its_university_stay_apart(mail) -> None:
    correlator = Correlator()
    city = correlator.correlate(mail(C.CONFIRMATION, company="Ville de Valmont", role="Analyste"))
    university = correlator.correlate(
        mail(C.CONFIRMATION, company="Université Valmont", role="Analyste", sent="2024-03-02")
    )
    assert _app_id(city) != _app_id(university)

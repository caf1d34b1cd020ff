"""Grouping Canadian job mail: a board's apply relay is nobody running the process, and a
federation's rejection carrying the requisition number joins its member caisse's process."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("first_category", "first", "then_category", "then"),
    [
        pytest.param(
            C.CONFIRMATION,
            {
                "company": "Institut de la qualité des soins",
                "role": "Analyste en qualité clinique",
                "sender": "indeedapply@indeed.com",
                "sent": "2025-11-20T09:00",
            },
            C.ASSESSMENT,
            {
                "company": "Institut de la qualité des soins",
                "role": "analyste",  # "votre candidature au poste d'analyste"
                "sender": "jtardif@qualitesoins.example",
                "sent": "2025-11-28T09:00",
            },
            id="the-employers-first-person-joins-a-board-confirmation",
        ),
        pytest.param(
            C.CONFIRMATION,
            {
                "company": "Caisse du Fjord de Chicoutimi",
                "role": "Conseillère, finances personnelles",
                "requisition_id": "70412",
                "sender": "carrieres@successfactors.com",
                "sent": "2025-09-01T09:00",
            },
            C.REJECTION,
            {
                "company": "Fédération des caisses du Fjord",
                "requisition_id": "70412",
                "sender": "carrieres@successfactors.com",
                "sent": "2025-10-01T09:00",
            },
            id="a-federations-rejection-with-the-requisition-joins-the-caisse",
        ),
        pytest.param(
            C.CONFIRMATION,
            {
                "company": "Office québécois de l'archivage en ligne",
                "role": "Archiviste",
                "sender": "noreply@taleo.net",
                "sent": "2025-10-01T09:00",
            },
            C.INTERVIEW,
            {"company": "OQAL", "sender": "m.roy@oqal.example", "sent": "2025-10-20T09:00"},
            id="a-french-bodys-acronym-skips-its-elided-article-and-en",
        ),
        pytest.param(
            C.CONFIRMATION,
            {
                "company": "Réseau de santé Baie-des-Loups",
                "role": "Analyste",
                "sender": "noreply@csod.com",
                "sent": "2025-10-01T09:00",
            },
            C.OFFER,
            {
                "company": "Baie-des-Loups Health Network",
                "sender": "r.leger@baiedesloups.example",
                "sent": "2025-11-20T09:00",
            },
            id="a-body-named-in-the-other-official-language-is-the-same-employer",
        ),
    ],
)
def test_the_later_mail_joins_the_first_ones_application(
    mail, first_category: C, first: dict[str, str], then_category: C, then: dict[str, str]
) -> None:
    correlator = Correlator()
    applied = correlator.correlate(mail(first_category, **first))
    later = correlator.correlate(mail(then_category, **then))
    assert _app_id(later) == _app_id(applied)


def test_a_city_and_its_university_stay_apart(mail) -> None:
    correlator = Correlator()
    city = correlator.correlate(mail(C.CONFIRMATION, company="Ville de Valmont", role="Analyste"))
    university = correlator.correlate(
        mail(C.CONFIRMATION, company="Université Valmont", role="Analyste", sent="2024-03-02")
    )
    assert _app_id(city) != _app_id(university)

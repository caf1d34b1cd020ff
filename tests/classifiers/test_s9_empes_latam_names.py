"""Latin-American employer names: legal forms (S.A.B. de C.V., S. de R.L.), names joined by
"de"/"del" that are no person at a company, and the hiring desk of a display name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.names import load_name_book
from jobtracker.correlator.names import company_key
from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Comercializadora Olmeca, S.A.B. de C.V.", "Comercializadora Olmeca"),
        ("Empaques del Golfo S.A. de C.V.", "Empaques del Golfo"),
        ("Servicios Tulum S. de R.L. de C.V.", "Servicios Tulum"),
        ("Ferreteros Unidos S.A.P.I. de C.V.", "Ferreteros Unidos"),
        ("Minera Quellaveco S.A.C.", "Minera Quellaveco"),
        # a Spanish name joined by "de"/"del" is the company's whole name, not "someone at X"
        ("Frutas Selectas del Bajío", "Frutas Selectas del Bajío"),
        ("Motores Industriales de Jalisco", "Motores Industriales de Jalisco"),
        # a person at a company still gives the company
        ("Lucía Herrera de Cervecería Tolteca", "Cervecería Tolteca"),
        # the hiring desk beside the brand is no part of it
        ("Cafetales Andinos - Búsquedas", "Cafetales Andinos"),
        ("Talento Humano de Cementos Pacífico", "Cementos Pacífico"),
    ],
)
def test_display_name_of_latin_american_employers(written: str, shown: str) -> None:
    assert load_name_book().display(written) == shown


@pytest.mark.parametrize(
    ("legal", "brand"),
    [
        ("Comercializadora Olmeca, S.A.B. de C.V.", "Comercializadora Olmeca"),
        ("SERVICIOS TULUM S DE RL DE CV", "Servicios Tulum"),
        ("Minera Quellaveco S.A.C.", "Minera Quellaveco"),
    ],
)
def test_legal_forms_drop_out_of_the_comparison_key(legal: str, brand: str) -> None:
    assert company_key(legal) == company_key(brand)


def test_glassdoor_card_keeps_a_name_joined_by_del(classify: Classify) -> None:
    result = classify(
        sender="noreply@glassdoor.com",
        name="Glassdoor",
        subject="Your application was submitted",
        body="Application submitted\n\nCoordinador de Compras\n"
        "Frutas Selectas del Bajío · Querétaro\n\nYour application was sent to the employer.",
    )
    assert result.company == "Frutas Selectas del Bajío"

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


@pytest.mark.parametrize(
    ("display", "body", "company"),
    [
        (
            "Convocatorias UAZ",
            "UNIVERSIDAD AUTÓNOMA DE ZACATLÁN\nDirección General de Personal\n\nSe confirma "
            "el registro de su participación en la Convocatoria Pública para la plaza de "
            "Analista de Compras.\n\nFolio: UA-2025-118",
            "Universidad Autónoma de Zacatlán",
        ),
        (
            "Servicio Profesional ICT-SON",
            "GOBIERNO DEL ESTADO DE SONORA\nInstituto de Caminos y Transportes\n\nACUSE DE "
            "REGISTRO\nConcurso público CP-ICT-03/2025\nPlaza: Jefe de Almacén",
            "Instituto de Caminos y Transportes",
        ),
    ],
)
def test_public_body_desk_and_acronym_give_the_body_it_signs_as(
    classify: Classify, display: str, body: str, company: str
) -> None:
    result = classify(
        sender="convocatorias@example.gob.mx",
        name=display,
        subject="Acuse de registro",
        body=body,
        language="es",
    )
    assert result.company == company


def test_shouted_particles_are_written_small() -> None:
    assert load_name_book().display("ALIMENTOS DEL LLANO Y LA COSTA S.A.S.") == (
        "Alimentos del Llano y la Costa"
    )


def test_an_acronym_beside_lower_case_keeps_its_capitals() -> None:
    assert load_name_book().display("Convocatorias UNEVAL") == "UNEVAL"


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Hola Martina, ¿cómo andás?\n\nTe escribo de Cervecería Patagónica por tu "
            "postulación a Analista de Compras. ¿Tenés un rato el jueves para una charla de 30 "
            "min por Meet? Podría ser 10 hs o 15 hs.\n\nAbrazo,\nJuli",
            "Cervecería Patagónica",
        ),
        (
            "Hola Martina,\n\nVi tu postulación. ¿Tenés un rato el jueves para una charla de 30 "
            "min por Meet? Podría ser 10 hs o 15 hs.\n\nAbrazo,\nJuli\n"
            "People · Cervecería Patagónica",
            "Cervecería Patagónica",
        ),
    ],
)
def test_a_recruiter_says_where_she_writes_from(
    classify: Classify, body: str, company: str
) -> None:
    result = classify(
        sender="julieta.sosa@cpatagonica.com.ar",
        name="Julieta Sosa",
        subject="Entrevista - Analista de Compras",
        body=body,
        language="es",
    )
    assert result.company == company

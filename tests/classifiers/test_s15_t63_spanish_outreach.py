"""Spanish and Portuguese outreach that names the post before the client, or says the reader's
profile caught the sender's eye, is a recruiter reaching out (a lead), not personal mail."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_consultant_with_an_open_search_named_before_the_client(classify: Classify) -> None:
    result = classify(
        sender="pablo.rey@talentia-consulting.example",
        name="Pablo Rey",
        subject="Jefe/a de Turno – ¿te cuento?",
        body="Hola Irene,\n\nTrabajo en una consultora de selección del sector logístico. Tengo un "
        "proceso abierto de Jefe/a de Turno para una cadena de supermercados en Valencia. Si te "
        "encaja, te lo explico.\n\nPablo",
    )
    assert result.category is Category.OUTREACH


def test_a_hiring_lead_whose_eye_the_profile_caught(classify: Classify) -> None:
    result = classify(
        sender="camila.rojas@pagoverde.example",
        name="Camila Rojas",
        subject="Líder de Operaciones – remoto",
        body="¡Hola Irene!\n\nTe escribo desde Pagoverde, una fintech chilena. Estamos buscando "
        "una Líder de Operaciones para nuestro equipo en Santiago.\n\nTu perfil en LinkedIn me "
        "llamó mucho la atención. ¿Tienes 15 minutos esta semana para contarte la "
        "oportunidad?\n\nCamila Rojas\nPeople Lead",
    )
    assert result.category is Category.OUTREACH


def test_a_portuguese_agency_recruiting_for_a_client_of_its_own(classify: Classify) -> None:
    result = classify(
        sender="joana.reis@trabalho-temporario.example",
        name="Joana Reis",
        subject="Oportunidade no Porto – supervisão de armazém",
        body="Bom dia Rui,\n\nSou consultora numa empresa de trabalho temporário. Estamos a "
        "recrutar para um cliente nosso, um operador logístico no Porto, um Supervisor de "
        "Armazém.\n\nTem disponibilidade para uma breve chamada?\n\nJoana Reis",
    )
    assert result.category is Category.OUTREACH

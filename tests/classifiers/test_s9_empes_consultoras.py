"""A consultora de reclutamiento writes about a client it names late: the consultora itself
(its signature, its domain) is never the employer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Category, Classification

Classify = Callable[..., Classification]

_SENDER = "ximena.luna@capitalsierra.com.mx"


def test_outreach_for_an_unnamed_client_names_no_employer(classify: Classify) -> None:
    result = classify(
        sender=_SENDER,
        name="Ximena Luna",
        subject="Oportunidad Gerente de Compras - consumo masivo",
        body="Hola Iván, buen día.\n\nSoy Ximena, consultora en Capital Sierra. Estoy buscando "
        "un(a) Gerente de Compras para una empresa de consumo masivo muy reconocida, con planta "
        "en Toluca. Sueldo de $60k a $70k.\n\nVi tu perfil en LinkedIn. ¿Te interesa "
        "platicarlo?\n\nSaludos,\nXimena Luna\nConsultora Sr. | Capital Sierra Consultores",
        language="es",
    )
    assert result.category == Category.OUTREACH
    assert result.company is None


@pytest.mark.parametrize(
    "body",
    [
        "Hola Iván, te comparto la retroalimentación del cliente: les gustó tu experiencia, "
        "pero buscan a alguien con más años en planta. No vamos a continuar en este proceso."
        "\n\nUn saludo,\nXimena",
        "Hola Iván, te cuento la decisión del cliente: prefirieron a otra persona con más "
        "experiencia en importaciones. No continuaremos con tu proceso.\n\nSaludos,\nXimena",
    ],
)
def test_client_feedback_from_a_consultora_never_names_the_consultora(
    classify: Classify, body: str
) -> None:
    result = classify(
        sender=_SENDER,
        name="Ximena Luna",
        subject="RE: Oportunidad Gerente de Compras - consumo masivo",
        body=body,
        language="es",
    )
    assert result.company is None or "Sierra" not in result.company


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        (
            "renata@talentoaustral.example",
            "Hola Bruno,\n\nTe escribo desde Talento Austral. Estamos ayudando a una empresa "
            "líder en energía, con sede en Santiago, a incorporar un/a Jefe de Abastecimiento. "
            "Por confidencialidad aún no puedo darte el nombre.\n\n¿Tendrías 15 minutos esta "
            "semana para una llamada?\n\nSaludos,\nRenata Vidal\nSenior Consultant | Talento "
            "Austral",
        ),
        (
            "carla@talentospampa.example",
            "Hola Bruno,\n\nSoy Carla, de Talentos Pampa. Estoy buscando un(a) Analista de "
            "Compras para una empresa del sector agro muy reconocida. ¿Te interesa platicarlo?"
            "\n\nSaludos,\nCarla",
        ),
    ],
)
def test_a_search_firm_named_talento_pitches_an_unnamed_client(
    classify: Classify, sender: str, body: str
) -> None:
    result = classify(
        sender=sender,
        name="Consultora",
        subject="Oportunidad - Jefe de Abastecimiento",
        body=body,
        language="es",
    )
    assert result.category == Category.OUTREACH
    assert result.company is None


def test_a_search_firm_puts_the_candidacy_forward(classify: Classify) -> None:
    result = classify(
        sender="renata@talentoaustral.example",
        name="Renata Vidal",
        subject="RE: Oportunidad - Jefe de Abastecimiento",
        body="Hola Bruno,\n\nGracias por la llamada. Como te comenté, el cliente es Eólica "
        "Andina. Ya les he presentado tu candidatura y te aviso en cuanto tenga respuesta.\n\n"
        "Renata",
        language="es",
    )
    assert result.category == Category.CONFIRMATION
    assert result.company == "Eólica Andina"


def test_recruiting_software_marketing_is_no_agency_mail(classify: Classify) -> None:
    result = classify(
        sender="novedades@talentohub.example",
        name="TalentoHub",
        subject="Guía: cómo dar retroalimentación a un candidato descartado",
        body="Responsables de RR. HH.: descarga nuestra guía gratuita para comunicar descartes "
        "y mejorar la experiencia de candidato. Solicita una demo de TalentoHub.",
        language="es",
    )
    assert result.category == Category.NOT_JOB

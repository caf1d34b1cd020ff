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

"""A search firm's or a temp agency's first approach in Spanish or Portuguese for a client it
does not name yet is outreach: a confidential process it runs, an offer it has for a client,
a vacancy it shares for a client, a freelance recruiter's vacancy. A shop's offer for "a client
like you" stays not job mail."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("language", "sender", "name", "subject", "body"),
    [
        (
            "es",
            "r.ibanez@cumbre-executive.example",
            "Rocío Ibáñez",
            "Proceso confidencial - Responsable de Tesorería",
            "Hola Daniel,\n\nEstamos llevando una búsqueda confidencial para un grupo industrial "
            "que necesita Responsable de Tesorería. ¿Tienes unos minutos esta semana?\n\nRocío",
        ),
        (
            "es",
            "zaragoza@ett-rapida.example",
            "ETT Rápida Zaragoza",
            "Oferta de trabajo - carretillero",
            "Hola Daniel,\n\nTenemos una oferta de carretillero para una empresa cliente en "
            "Plaza. Turno de mañana. Llámanos si te interesa.\n\nETT Rápida",
        ),
        (
            "es",
            "m.soto@talento-norte.example.mx",
            "Mariana Soto",
            "Vacante Jefe de Almacén",
            "Hola Daniel,\n\nTe comparto la vacante de Jefe de Almacén en Lácteos La Pradera, "
            "cliente nuestro en Querétaro. ¿Te interesa?\n\nMariana",
        ),
        (
            "pt",
            "selecao@norte-talentos.example",
            "Norte Talentos",
            "Processo confidencial - Gerente Financeiro",
            "Olá Paulo,\n\nEstamos conduzindo um processo confidencial para uma indústria do setor "
            "alimentar, para a posição de Gerente Financeiro. Tem interesse?\n\nNorte Talentos",
        ),
        (
            "pt",
            "porto@trabalho-ja.example",
            "Trabalho Já Porto",
            "Oferta de emprego - repositor",
            "Olá Paulo,\n\nTemos uma oferta de repositor para um cliente em Matosinhos. "
            "Contacte-nos.\n\nTrabalho Já",
        ),
        (
            "pt",
            "carla.souza@gmail.com",
            "Carla Souza",
            "Vaga de Coordenador de Logística",
            "Oi Paulo,\n\nSou recrutadora freelancer e estou com a vaga de Coordenador de "
            "Logística em uma transportadora, cliente meu em Campinas. Posso te mandar os "
            "detalhes?\n\nCarla",
        ),
    ],
)
def test_an_agencys_pitch_for_an_unnamed_client_is_outreach(
    classify: Classify, language: str, sender: str, name: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.OUTREACH, result.evidence


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("es", "Tenemos una oferta de fibra y móvil para un cliente como tú. ¡Llámanos hoy!"),
        ("pt", "Temos uma oferta de internet para um cliente como você. Aproveite já!"),
    ],
)
def test_a_shops_offer_for_a_client_like_you_stays_not_job(
    classify: Classify, language: str, body: str
) -> None:
    result = classify(
        sender="ofertas@operadora.example",
        name="Operadora",
        subject="Oferta especial",
        body=body,
        language=language,
    )
    assert result.category is Category.NOT_JOB, result.evidence

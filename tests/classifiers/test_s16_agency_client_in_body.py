"""A consultancy's receipt names the client it selects for in its body ("que estamos
seleccionando para Construcciones Acme", "que estamos selecionando para a Distribuidora Acme"):
the client is the employer, never the consultancy. The employer's own "estamos selecionando
para a vaga" or "para a nossa loja" keeps its own name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.evaluate import _same_company

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "body", "language", "employer"),
    [
        (
            "seleccion@talentia-rrhh.example",
            "Talentia RRHH",
            "Hola Sara,\n\nHemos recibido tu candidatura para el puesto de Jefe de Obra que "
            "estamos seleccionando para Estructuras Miravalle. Te llamaremos si encaja.\n\n"
            "Talentia RRHH",
            "es",
            "Estructuras Miravalle",
        ),
        (
            "vagas@pessoas-mais.example",
            "Pessoas Mais RH",
            "Olá Caio,\n\nRecebemos sua candidatura para a vaga de Comprador que estamos "
            "selecionando para a Metalúrgica Vale Azul. Entraremos em contato.\n\nPessoas Mais",
            "pt",
            "Metalúrgica Vale Azul",
        ),
        (
            "rh@padaria-trigal.example",
            "Padaria Trigal RH",
            "Olá Caio,\n\nRecebemos sua candidatura. Estamos selecionando para a nossa loja do "
            "centro e entraremos em contato.\n\nRH Padaria Trigal",
            "pt",
            "Padaria Trigal",
        ),
        (
            "rh@padaria-trigal.example",
            "Padaria Trigal RH",
            "Olá Caio,\n\nRecebemos sua candidatura. Estamos selecionando para a vaga de "
            "atendente e entraremos em contato.\n\nRH Padaria Trigal",
            "pt",
            "Padaria Trigal",
        ),
        (
            "empleo@ferreteria-roble.example",
            "Ferretería Roble RRHH",
            "Hola Sara,\n\nGracias por tu candidatura. Estamos seleccionando para el puesto de "
            "dependiente y te llamaremos pronto.\n\nFerretería Roble",
            "es",
            "Ferretería Roble",
        ),
    ],
)
def test_the_client_a_consultancy_selects_for_is_the_employer(
    classify: Classify, sender: str, name: str, body: str, language: str, employer: str
) -> None:
    result = classify(
        sender=sender, name=name, subject="Tu candidatura", body=body, language=language
    )
    assert _same_company(result.company, employer), (result.company, result.evidence)

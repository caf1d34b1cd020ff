"""An agency tells the reader it has put the candidacy forward to its client, with a time word
between ("He presentado hoy tu candidatura") or in the passive ("a sua candidatura já foi
apresentada ao cliente"): the application now exists, a confirmation."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_spanish_agency_presented_the_candidacy_today(classify: Classify) -> None:
    result = classify(
        sender="laura.gil@seleccion-levante.example",
        name="Laura Gil",
        subject="RE: Oportunidad: Jefe/a de Almacén",
        body="Hola Irene,\n\nGracias por la llamada. He presentado hoy tu candidatura al cliente, "
        "una distribuidora de Castellón, junto con tu CV.\n\nTe aviso en cuanto sepa algo.\n\n"
        "Laura",
    )
    assert result.category is Category.CONFIRMATION


def test_a_portuguese_agency_put_the_candidacy_forward(classify: Classify) -> None:
    result = classify(
        sender="joana.reis@trabalho-temporario.example",
        name="Joana Reis",
        subject="RE: Oportunidade no Porto",
        body="Olá Rui,\n\nObrigada pela conversa. Confirmo que a sua candidatura já foi "
        "apresentada ao cliente. O processo tem duas entrevistas.\n\nCumprimentos,\nJoana",
    )
    assert result.category is Category.CONFIRMATION

"""A founder who read the reader's application writes from a personal address: "vi que aplicaste a
nuestra oferta" is the next step's mail, and the proposed call makes it an interview, not a receipt
of the application."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_founder_proposing_a_call_after_the_application_is_an_interview(
    classify: Classify,
) -> None:
    result = classify(
        sender="tomas.vidal.brisa@gmail.com",
        name="Tomás Vidal",
        subject="Hola Irene – Pisos Brisa",
        body="Hola Irene!\n\nSoy Tomás, cofundador de Pisos Brisa. Vi que aplicaste a nuestra "
        "oferta de Responsable de Operaciones en LinkedIn y me encantó tu perfil.\n\n¿Hablamos el "
        "martes a las 17h por Meet? Te mando invitación.\n\nTomás",
    )
    assert result.category is Category.INTERVIEW


def test_a_boards_you_applied_receipt_stays_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="notificaciones@empleos-andinos.example",
        name="Empleos Andinos",
        subject="¡Listo! Aplicaste a Analista de Compras",
        body="Hola Irene,\n\n¡Listo! Aplicaste a Analista de Compras en Distribuidora Cóndor. "
        "La empresa revisará tu hoja de vida.\n\nEmpleos Andinos",
    )
    assert result.category is Category.CONFIRMATION

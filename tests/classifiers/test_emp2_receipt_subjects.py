"""Job boards' one-line receipts in Spanish name the title after a colon: "Candidatura recibida:
Auxiliar de Farmacia", "Inscripción realizada: Técnico de Mantenimiento"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("subject", "body", "language", "role"),
    [
        (
            "Candidatura recibida: Auxiliar de Farmacia",
            "Hola Jane,\n\nHemos recibido correctamente tu candidatura. Gracias por tu interés."
            "\n\nEquipo de Personas",
            "es",
            "Auxiliar de Farmacia",
        ),
        (
            "Inscripción realizada: Técnico de Mantenimiento",
            "Hola Jane,\n\nHemos recibido correctamente tu candidatura. ¡Mucha suerte!",
            "es",
            "Técnico de Mantenimiento",
        ),
    ],
)
def test_a_receipt_subject_names_the_title(
    classify: Classify, subject: str, body: str, language: str, role: str
) -> None:
    result = classify(
        sender="noreply@vagasboard.example", subject=subject, body=body, language=language
    )
    assert result.role == role, result.evidence

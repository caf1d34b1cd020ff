"""A group stage ("dinámica de grupo") with a role play and a case is an interview step in
Spanish as in Portuguese, not a test taken alone."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_call_to_a_group_stage_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="seleccion@hoteles-brisamar.example",
        name="Nerea Ortiz",
        subject="Siguiente paso – Recepcionista",
        body="Hola Irene,\n\nTe convocamos a la dinámica de grupo del proceso de Recepcionista, en "
        "nuestro hotel de Alicante, el martes 14 a las 9:30.\n\nHaremos un caso práctico en grupo "
        "y un role play de atención al huésped. Confírmame asistencia, por favor.\n\nNerea Ortiz\n"
        "Selección",
    )
    assert result.category is Category.INTERVIEW

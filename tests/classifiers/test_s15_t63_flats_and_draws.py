"""Spanish look-alikes of job mail: a landlord's agent who has "several applications for this
flat" and proposes a viewing on Friday, and a school's draw for places that the reader did not
win. Neither is an interview or a rejection."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_an_agents_answer_about_a_flat_is_not_job_mail(classify: Classify) -> None:
    result = classify(
        sender="noreply@pisos-portal.example",
        name="Pisos Portal",
        subject="Tienes una respuesta del anunciante",
        body="Inmobiliaria Levante: «Hola Irene, tenemos muchas solicitudes para este apartamento, "
        "pero si quieres puedes venir a verlo el jueves a las 18h».",
    )
    assert result.category is Category.NOT_JOB


def test_a_draw_for_course_places_is_not_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="secretaria@escuela-musica.example",
        name="Escuela Municipal de Música",
        subject="Resultado del sorteo de plazas 2025-26",
        body="Lamentamos comunicarle que su solicitud no ha obtenido plaza en el sorteo. Queda en "
        "lista de espera con el número 17.",
    )
    assert result.category is Category.NOT_JOB

"""A Spanish job board's receipt that puts the stack in brackets and the city in prose.

"Te has inscrito en la oferta <title> (<stack>) de <employer> en <city>." names the employer,
not the city.
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_board_receipt_with_stack_in_brackets_and_city_in_prose(classify: Classify) -> None:
    result = classify(
        sender="noreply@infojobs.net",
        name="InfoJobs",
        subject="Has aplicado a la oferta Ingeniero de Datos",
        body=(
            "¡Inscripción realizada!\n\nHola Marta,\n\nTe has inscrito correctamente en la "
            "oferta Ingeniero de Datos (Spark + Airflow) de LOGÍSTICA DEL TAJO SA en Toledo.\n\n"
            "Te avisaremos cuando la empresa lea tu CV."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Logística del Tajo"


def test_board_receipt_sent_to_the_post_at_an_employer(classify: Classify) -> None:
    result = classify(
        sender="hello@welcometothejungle.com",
        name="Welcome to the Jungle",
        subject="Tu candidatura ha sido enviada",
        body=(
            "¡Candidatura enviada!\n\nPablo, has enviado tu candidatura al puesto "
            "Diseñador de Producto en Hojarasca Studio (Valencia / remoto).\n\n"
            "Sigue tus candidaturas desde tu espacio personal."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Hojarasca Studio"

"""Chilean mail (corpus 90): outcomes in words the Spanish phrases did not know, the
"psicolaboral" assessment, and boards' digests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

# (sender, display name, subject, body, category)
CASES: list[tuple[str, str, str, str, Category]] = [
    (
        "seleccion@bancopacificosur.cl",
        "Selección Banco del Pacífico Sur",
        "Resultado de tu postulación",
        "Estimada Catalina:\n\nAgradecemos sinceramente su participación en el proceso de "
        "selección para el cargo de Analista de Inteligencia Comercial.\n\nLe informamos que, tras "
        "evaluar a los candidatos finalistas, el proceso se cerró con otro postulante.",
        Category.REJECTION,
    ),
    (
        "grupocordillera@myworkday.com",
        "Grupo Cordillera",
        "Actualización proceso",
        "Hola Catalina:\n\nGracias por tu tiempo durante el proceso de selección.\n\n"
        "Lamentablemente, en esta oportunidad decidimos avanzar con otro(a) candidato(a) cuyo "
        "perfil se ajusta más a los requerimientos actuales del cargo.",
        Category.REJECTION,
    ),
    (
        "noreply@getonbrd.com",
        "Get on Board",
        "Novedades de tu postulación en Picada",
        "Hola Catalina,\n\nPicada cerró tu postulación a Data Analyst Comercial. Mensaje de la "
        "empresa: gracias por hacer el test.",
        Category.REJECTION,
    ),
    (
        "fmoya@talentiaconsultores.cl",
        "Francisca Moya",
        "Cierre proceso Hogar Maule",
        "Hola Catalina,\n\nEl cliente quedó muy bien impresionado, pero finalmente optó por una "
        "candidata con más años en la categoría. Lamentablemente no seguimos esta vez.\n\n"
        "Francisca",
        Category.REJECTION,
    ),
    (
        "seleccion@bancopacificosur.cl",
        "Selección Banco del Pacífico Sur",
        "Evaluación psicolaboral - Analista de Inteligencia Comercial",
        "Estimada Catalina:\n\nLe citamos a una evaluación psicolaboral el martes 4 de noviembre "
        "a las 9:30 en nuestras oficinas de Huérfanos 1234.",
        Category.ASSESSMENT,
    ),
    (
        "alertas@laborum.cl",
        "Laborum",
        "12 nuevos avisos de Analista Category Management para ti",
        "Hola Catalina, estos avisos coinciden con tu búsqueda guardada.",
        Category.ALERT,
    ),
    (
        "noreply@getonbrd.com",
        "Get on Board",
        "Nuevos empleos de Data & Analytics para ti",
        "Hola Catalina, esta semana publicamos 9 empleos que te pueden interesar.",
        Category.ALERT,
    ),
]


@pytest.mark.parametrize(("sender", "name", "subject", "body", "category"), CASES)
def test_chilean_mail(
    classify: Classify, sender: str, name: str, subject: str, body: str, category: Category
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language="es")
    assert result.category is category, result.evidence

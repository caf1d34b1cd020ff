"""A friend who asks about the job search and proposes dinner, drinks or a barbecue on some day
is not scheduling an interview, in five languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

CASES = [
    (
        "cena",
        (
            "Hola Ana, ¿qué tal la búsqueda de trabajo? Si quieres te reviso el CV."
            " ¿Te va bien quedar el viernes para cenar?"
        ),
    ),
    (
        "plan",
        (
            "Hola Ana, ¿cómo va lo del currículum? ¿Podrías pasarte el sábado por "
            "casa para la barbacoa?"
        ),
    ),
    (
        "jantar",
        (
            "Olá Ana, como vai a procura de emprego? Posso rever o teu currículo. "
            "Podemos jantar na sexta-feira?"
        ),
    ),
    (
        "Abendessen",
        (
            "Hallo Ana, wie läuft die Jobsuche? Ich kann mir gern deinen Lebenslauf"
            " anschauen. Passt es dir am Freitag zum Abendessen?"
        ),
    ),
    (
        "dîner",
        (
            "Salut Ana, ça avance la recherche d'emploi ? Je peux relire ton CV. Tu"
            " serais dispo vendredi pour un dîner ?"
        ),
    ),
    (
        "drinks",
        (
            "Hey Ana, how's the job hunt? Happy to look at your CV. Could you come "
            "over on Friday for drinks?"
        ),
    ),
    (
        "coffee",
        ("Hey Ana, how's the job search? Let's grab a coffee on Thursday and catch up!"),
    ),
]


@pytest.mark.parametrize(("subject", "body"), CASES)
def test_friend_proposing_a_social_plan_is_no_interview(
    classify: Classify, subject: str, body: str
) -> None:
    result = classify(sender="friend@gmail.com", name="Sam", subject=subject, body=body)
    assert result.category is Category.NOT_JOB

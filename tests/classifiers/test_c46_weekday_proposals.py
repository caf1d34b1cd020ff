"""Asking whether a given day suits the reader, in five languages, is how people schedule an
interview when they write it themselves; office hours "Monday to Friday" are not a proposal."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Votre candidature - assistant logistique",
            "Bonjour Ana, merci pour votre CV. Seriez-vous disponible jeudi en fin de "
            "matinée pour en parler ?",
        ),
        (
            "Ta candidature",
            "Salut Ana, j'ai lu ton CV avec intérêt. Pourrais-tu passer à l'atelier mardi "
            "vers 15h ?",
        ),
        (
            "Deine Bewerbung als Lageristin",
            "Hallo Ana, danke für deinen Lebenslauf! Könntest du am Freitag kurz bei uns im "
            "Lager vorbeikommen?",
        ),
        (
            "Ihre Bewerbung",
            "Guten Tag Frau Silva, passt es Ihnen am Mittwoch um 11 Uhr für ein Gespräch?",
        ),
        (
            "Your application - store assistant",
            "Hi Ana, thanks for your CV. Could you come in on Thursday afternoon to meet "
            "the manager?",
        ),
        (
            "Tu candidatura",
            "Hola Ana, gracias por tu CV. ¿Estarías disponible el jueves por la mañana "
            "para una llamada?",
        ),
        (
            "A sua candidatura",
            "Olá Ana, obrigado pelo currículo. Estaria disponível na sexta-feira às 10h "
            "para uma conversa?",
        ),
    ],
)
def test_a_day_proposed_for_a_candidacy_is_an_interview(
    classify: Classify, subject: str, body: str
) -> None:
    result = classify(
        sender="owner@smallfirm.example", name="Sam Owner", subject=subject, body=body
    )
    assert result.category is Category.INTERVIEW


def test_french_office_hours_are_no_meeting(classify: Classify) -> None:
    result = classify(
        sender="recrutement@transports.example",
        name="Recrutement Transports",
        subject="Nous avons bien reçu votre candidature",
        body=(
            "Nous avons bien reçu votre candidature. Notre équipe est disponible du lundi au "
            "vendredi pour toute question."
        ),
    )
    assert result.category is Category.CONFIRMATION

"""Invitations and refusals as people word them in a short reply: "komm doch am Donnerstag
vorbei", "auriez-vous un moment mardi", "pásate el jueves", "apareça na quinta", "what's your
availability"; "eine andere Richtung", "no seguir adelante contigo", "não avançar consigo"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

CASES = [
    (
        Category.INTERVIEW,
        "Re: Bewerbung Verkauf",
        (
            "Hallo Ana, danke für deine Nachricht! Komm doch am Donnerstag um 15 "
            "Uhr im Laden vorbei, dann können wir uns kennenlernen."
        ),
    ),
    (
        Category.INTERVIEW,
        "Re: Bewerbung",
        ("Hallo Ana, hast du Donnerstag oder Freitag Zeit für ein kurzes Telefonat?"),
    ),
    (
        Category.INTERVIEW,
        "Re: candidature",
        ("Bonjour Ana, passez nous voir à l'agence jeudi à 15h, on pourra discuter du poste."),
    ),
    (
        Category.INTERVIEW,
        "Re: candidature",
        ("Bonjour Ana, est-ce que vous auriez un moment mardi ou mercredi pour un appel ?"),
    ),
    (
        Category.INTERVIEW,
        "Re: candidatura",
        ("Hola Ana, pásate el jueves por la tienda a las 17:00 y lo hablamos."),
    ),
    (
        Category.INTERVIEW,
        "Re: candidatura",
        ("Olá Ana, apareça na loja na quinta às 17h e falamos."),
    ),
    (
        Category.INTERVIEW,
        "Re: your application",
        ("Hi Ana, do you have 20 minutes on Wednesday or Thursday for a call?"),
    ),
    (
        Category.INTERVIEW,
        "Re: Bewerbung",
        ("Hallo Ana, wann hättest du nächste Woche Zeit für ein erstes Gespräch?"),
    ),
    (
        Category.INTERVIEW,
        "Re: candidature",
        (
            "Bonjour Ana, quelles seraient vos disponibilités la semaine prochaine "
            "pour un premier échange ?"
        ),
    ),
    (
        Category.INTERVIEW,
        "Re: candidatura",
        ("Hola Ana, ¿qué disponibilidad tienes la semana que viene para una primera charla?"),
    ),
    (
        Category.INTERVIEW,
        "Re: candidatura",
        ("Olá Ana, qual é a sua disponibilidade na próxima semana para uma primeira conversa?"),
    ),
    (
        Category.REJECTION,
        "Re: your application",
        (
            "Hi Ana, we loved chatting but we've decided to go in a different "
            "direction for this role. Wishing you the best."
        ),
    ),
    (
        Category.REJECTION,
        "Re: Bewerbung",
        (
            "Hallo Ana, wir haben uns für eine andere Richtung entschieden und "
            "besetzen die Stelle nicht. Alles Gute!"
        ),
    ),
    (
        Category.REJECTION,
        "Re: candidature",
        (
            "Bonjour Ana, nous avons décidé de ne pas donner suite pour ce poste. "
            "Bonne continuation."
        ),
    ),
    (
        Category.REJECTION,
        "Re: candidatura",
        (
            "Hola Ana, hemos decidido no seguir adelante contigo para este puesto. "
            "Te deseo lo mejor."
        ),
    ),
    (
        Category.REJECTION,
        "Re: candidatura",
        ("Olá Ana, decidimos não avançar consigo para esta função. Desejo-lhe o melhor."),
    ),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CASES)
def test_short_reply_invites_or_refuses(
    classify: Classify, expected: Category, subject: str, body: str
) -> None:
    result = classify(sender="alex@smallfirm.example", name="Alex Kim", subject=subject, body=body)
    assert result.category is expected

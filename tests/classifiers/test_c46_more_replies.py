"""More replies a person writes about a candidacy, in five languages: the CV received and
passed on, the hiring paused, a small home exercise sent, the withdrawal done, a recruiter's
first line; and two that only look like job mail (a friend's luck, a master's course)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

CASES = [
    (
        Category.CONFIRMATION,
        "Re: application - barista",
        (
            "Hi Ana, thanks for sending your CV over! I'll have a look this week "
            "and get back to you."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Re: Bewerbung",
        (
            "Hallo Ana, danke für deine Unterlagen! Ich schaue sie mir in Ruhe an "
            "und melde mich nächste Woche."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Re: candidature",
        (
            "Bonjour Ana, merci pour votre CV, je le transmets au responsable et "
            "reviens vers vous rapidement."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Re: candidatura",
        ("Hola Ana, gracias por mandarnos tu CV. Lo reviso y te digo algo la semana que viene."),
    ),
    (
        Category.CONFIRMATION,
        "Re: candidatura",
        ("Olá Ana, obrigado pelo envio do seu CV. Vou analisar e dou-lhe notícias em breve."),
    ),
    (
        Category.CONFIRMATION,
        "Re: Bewerbung",
        (
            "Hallo Ana, kurzes Update: die Stelle ist vorerst auf Eis gelegt, deine"
            " Bewerbung bleibt aber im Rennen."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Re: candidatura",
        (
            "Hola Ana, te cuento que el proceso está parado hasta septiembre por "
            "presupuesto. Tu candidatura sigue viva."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Re: candidature",
        (
            "Bonjour Ana, le recrutement est gelé jusqu'à la rentrée, votre "
            "candidature reste active."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Re: candidatura",
        ("Olá Ana, o recrutamento está parado até setembro. A sua candidatura mantém-se."),
    ),
    (
        Category.ASSESSMENT,
        "Re: your application",
        (
            "Hi Ana, before we meet, could you do a short written task? Plan a "
            "weekly rota for 8 staff and send it back by Monday."
        ),
    ),
    (
        Category.ASSESSMENT,
        "Re: Bewerbung",
        (
            "Hallo Ana, als nächsten Schritt schicke ich dir eine kleine Aufgabe "
            "zum Bearbeiten, bitte bis Freitag zurückschicken."
        ),
    ),
    (
        Category.ASSESSMENT,
        "Re: candidature",
        (
            "Bonjour Ana, prochaine étape : un petit exercice à réaliser chez vous,"
            " à nous renvoyer sous 5 jours."
        ),
    ),
    (
        Category.ASSESSMENT,
        "Re: candidatura",
        (
            "Hola Ana, como siguiente paso te mando un pequeño ejercicio práctico "
            "para hacer en casa. Tienes una semana."
        ),
    ),
    (
        Category.ASSESSMENT,
        "Re: candidatura",
        (
            "Olá Ana, o próximo passo é um pequeno exercício prático para fazer em "
            "casa, com prazo de uma semana."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Re: withdrawal",
        ("Hi Ana, no problem at all, I've withdrawn your application as requested. Good luck!"),
    ),
    (
        Category.CONFIRMATION,
        "Re: Rückzug",
        ("Hallo Ana, kein Problem, ich habe deine Bewerbung wie gewünscht zurückgezogen."),
    ),
    (
        Category.CONFIRMATION,
        "Re: candidature",
        (
            "Bonjour Ana, c'est noté, j'ai retiré votre candidature du processus. "
            "Bonne continuation."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Re: candidatura",
        ("Hola Ana, entendido, he retirado tu candidatura del proceso. ¡Mucha suerte!"),
    ),
    (
        Category.CONFIRMATION,
        "Re: candidatura",
        ("Olá Ana, sem problema, retirei a sua candidatura do processo. Boa sorte!"),
    ),
    (
        Category.OUTREACH,
        "Opportunity",
        (
            "Hi Ana, I came across your profile and think you'd be a great fit for "
            "a Head of Ops role at a fintech client. Open to a chat?"
        ),
    ),
    (
        Category.OUTREACH,
        "Chance",
        (
            "Hallo Ana, ich bin auf dein Profil gestoßen und hätte eine spannende "
            "Position als Teamleitung Einkauf für dich. Interesse?"
        ),
    ),
    (
        Category.OUTREACH,
        "Opportunité",
        (
            "Bonjour Ana, votre profil a retenu mon attention pour un poste de "
            "responsable achats chez un client. Seriez-vous ouverte à en discuter ?"
        ),
    ),
    (
        Category.OUTREACH,
        "Oportunidad",
        (
            "Hola Ana, he dado con tu perfil y creo que encajas en una posición de "
            "jefa de compras para un cliente. ¿Hablamos?"
        ),
    ),
    (
        Category.OUTREACH,
        "Oportunidade",
        (
            "Olá Ana, encontrei o seu perfil e tenho uma posição de responsável de "
            "compras num cliente. Tem interesse em conversar?"
        ),
    ),
    (
        Category.NOT_JOB,
        "Re: dinner",
        ("Hi Ana, good luck at the interview tomorrow! Let me know how it goes, dinner on Friday?"),
    ),
    (
        Category.NOT_JOB,
        "Re: visita",
        (
            "Hola Ana, la visita al piso es el jueves a las 18:00. Trae la nómina y"
            " el contrato de trabajo."
        ),
    ),
    (
        Category.NOT_JOB,
        "Re: candidatura",
        (
            "Olá Ana, a sua candidatura ao curso de mestrado foi recebida. A "
            "entrevista é na terça-feira."
        ),
    ),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CASES)
def test_reply_about_a_candidacy(
    classify: Classify, expected: Category, subject: str, body: str
) -> None:
    result = classify(sender="alex@smallfirm.example", name="Alex Kim", subject=subject, body=body)
    assert result.category is expected

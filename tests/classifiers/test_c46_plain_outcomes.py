"""Plain outcomes after a short process: someone found in-house, "we'd love to meet you in
person", "the job is yours", "when could you start?", in five languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

CASES = [
    (
        Category.REJECTION,
        "Update on your application",
        (
            "Hi Ana, thank you for your patience. The hiring team has decided to "
            "pursue other applicants whose experience more closely aligns with the "
            "role."
        ),
    ),
    (
        Category.REJECTION,
        "Your application",
        ("Dear Ana, we regret to inform you that you have not been shortlisted for the position."),
    ),
    (
        Category.REJECTION,
        "Re: Bewerbung",
        (
            "Sehr geehrte Frau Silva, wir müssen Ihnen leider mitteilen, dass wir "
            "Sie im weiteren Verfahren nicht berücksichtigen können."
        ),
    ),
    (
        Category.REJECTION,
        "Re: Bewerbung",
        (
            "Hallo Ana, wir haben intern jemanden gefunden und die Stelle ist damit"
            " vom Tisch. Sorry!"
        ),
    ),
    (
        Category.REJECTION,
        "Re: candidature",
        (
            "Bonjour Ana, nous ne pourrons malheureusement pas aller plus loin "
            "ensemble. Merci pour votre temps."
        ),
    ),
    (
        Category.REJECTION,
        "Re: candidatura",
        ("Hola Ana, al final no va a poder ser. Hemos encontrado a alguien de dentro. ¡Gracias!"),
    ),
    (
        Category.REJECTION,
        "Re: candidatura",
        ("Olá Ana, infelizmente não vai ser possível desta vez. Encontrámos alguém internamente."),
    ),
    (
        Category.INTERVIEW,
        "Next steps",
        (
            "Hi Ana, thanks for your application to the barista role! We'd love to "
            "meet you in person - are you around Saturday morning?"
        ),
    ),
    (
        Category.INTERVIEW,
        "Nächste Schritte",
        (
            "Hallo Ana, vielen Dank für deine Bewerbung als Barista! Wir würden "
            "dich gerne persönlich treffen - hast du Samstagvormittag Zeit?"
        ),
    ),
    (
        Category.INTERVIEW,
        "Prochaines étapes",
        (
            "Bonjour Ana, merci pour votre candidature au poste de barista ! Nous "
            "aimerions vous rencontrer - êtes-vous libre samedi matin ?"
        ),
    ),
    (
        Category.INTERVIEW,
        "Próximos pasos",
        (
            "Hola Ana, gracias por tu candidatura de barista. Nos gustaría verte en"
            " persona, ¿puedes el sábado por la mañana?"
        ),
    ),
    (
        Category.INTERVIEW,
        "Próximos passos",
        (
            "Olá Ana, obrigado pela candidatura para barista! Gostaríamos de a "
            "conhecer pessoalmente - pode no sábado de manhã?"
        ),
    ),
    (
        Category.OFFER,
        "Re: Bewerbung",
        ("Hallo Ana, super Neuigkeiten: du hast den Job! Wann kannst du anfangen?"),
    ),
    (
        Category.OFFER,
        "Re: candidature",
        ("Bonjour Ana, bonne nouvelle : le poste est à vous ! Quand pourriez-vous commencer ?"),
    ),
    (
        Category.OFFER,
        "Re: candidatura",
        ("Hola Ana, ¡buenas noticias: el puesto es tuyo! ¿Cuándo podrías empezar?"),
    ),
    (
        Category.OFFER,
        "Re: candidatura",
        ("Olá Ana, boas notícias: a vaga é sua! Quando pode começar?"),
    ),
    (
        Category.OFFER,
        "Re: your application",
        ("Hi Ana, great news: the job is yours! When could you start?"),
    ),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CASES)
def test_plain_outcome(classify: Classify, expected: Category, subject: str, body: str) -> None:
    result = classify(sender="alex@smallfirm.example", name="Alex Kim", subject=subject, body=body)
    assert result.category is expected


def test_friend_asking_about_the_weekend_is_no_interview(classify: Classify) -> None:
    result = classify(
        sender="sam.friend@gmail.com",
        name="Sam",
        subject="weekend?",
        body=(
            "Hi Ana, how's the job search going? Happy to look at your resume. "
            "Are you free Saturday for dinner at ours?"
        ),
    )
    assert result.category is Category.NOT_JOB

"""Someone else's job search told to the reader is no job mail of hers: a friend's own second
interview, a sister's first interview, a friend's new job and how its interview went, a
referral asked of the reader (corpora 105, 106, 108-110)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language"),
    [
        (
            "clara.vidal@outlook.es",
            "Clara Vidal",
            "¡Entrevista el jueves!",
            "¡Lucía! Me llaman para segunda entrevista en una consultora de Valencia el jueves. "
            "¿Me prestas tu chaqueta gris?\n\nClara",
            "es",
        ),
        (
            "tim.kessler@posteo.de",
            "Tim Kessler",
            "Neuer Job 🎉",
            "Hey Jana,\n\nich hab bei einer Brauerei in Freising unterschrieben! Das "
            "Vorstellungsgespräch war total entspannt, die haben mich gleich zum Mittagessen "
            "eingeladen.\n\nTim",
            "de",
        ),
        (
            "tim.kessler@posteo.de",
            "Tim Kessler",
            "Frage",
            "Hey, meine Schwester hat am Montag ihr erstes Vorstellungsgespräch bei einer "
            "Versicherung. Hast du Tipps?",
            "de",
        ),
        (
            "ben.osei@protonmail.com",
            "Ben Osei",
            "Can you refer me?",
            "Hi Sam, I saw a logistics role at your old employer. Can you refer me? I'd owe you a "
            "coffee.\n\nBen",
            "en",
        ),
        (
            "ana.lucia.rdz@gmail.com",
            "Ana Lucía",
            "pregunta rápida",
            "Iván, en mi planta abrieron una vacante de ingeniero y me pidieron referidos. "
            "¿Conoces a alguien? La entrevista es con mi jefe.\n\nAna",
            "es",
        ),
        (
            "joana.m@gmail.com",
            "Joana M",
            "novidades",
            "Bruno! Me chamaram para uma segunda entrevista na farmacêutica na terça. Torce por "
            "mim!\n\nJoana",
            "pt",
        ),
    ],
)
def test_someone_elses_search_is_no_job_mail(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.NOT_JOB, result.evidence


@pytest.mark.parametrize(
    ("subject", "body", "language"),
    [
        (
            "Entrevista - Coordinadora de Eventos",
            "Hola Lucía,\n\nHemos revisado tu candidatura y nos gustaría invitarte a una segunda "
            "entrevista con la directora el jueves a las 10:00.\n\nUn saludo,\nRRHH Hotel Brisa",
            "es",
        ),
        (
            "Einladung zum Vorstellungsgespräch",
            "Sehr geehrte Frau Kern,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am "
            "Dienstag um 14 Uhr ein.\n\nMit freundlichen Grüßen\nPersonalabteilung",
            "de",
        ),
    ],
)
def test_an_invitation_to_the_reader_stays_an_interview(
    classify: Classify, subject: str, body: str, language: str
) -> None:
    result = classify(
        sender="rrhh@hotelbrisa.example", name="RRHH", subject=subject, body=body, language=language
    )
    assert result.category is Category.INTERVIEW, result.evidence

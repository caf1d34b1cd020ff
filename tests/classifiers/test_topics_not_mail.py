"""Podcasts and digests name job offers and interviews as topics; insurers and foundations take
"applications" too. None of it is the reader's job mail."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import APPLICATION_CATEGORIES, Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "language"),
    [
        (
            "hello@shipitpod.fm",
            "New episode: the offer stage",
            "In this episode: how to read a job offer, when to negotiate and how to take a "
            "rejection in your stride. Listen on all platforms.",
            "en",
        ),
        (
            "hallo@techtalk-podcast.de",
            "Neue Folge: Vom Vorstellungsgespräch zum Angebot",
            "In dieser Folge: wie Sie ein Jobangebot verhandeln und mit einer Absage umgehen.",
            "de",
        ),
        (
            "salut@devcast.fm",
            "Nouvel épisode : l'offre d'embauche",
            "Dans cet épisode : comment lire une offre d'embauche et négocier son salaire. "
            "Disponible sur toutes les plateformes.",
            "fr",
        ),
        (
            "hola@codigoabierto.es",
            "Boletín semanal: entrevistas técnicas",
            "Esta semana: cómo preparar una entrevista técnica y qué responder ante una oferta "
            "de empleo.",
            "es",
        ),
        (
            "ola@conversadev.fm",
            "Novo episódio: a proposta",
            "Neste episódio: como negociar uma proposta de emprego.",
            "pt",
        ),
    ],
)
def test_an_episode_or_digest_about_hiring_is_no_application_mail(
    classify: Classify, sender: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body, language=language)
    assert result.category not in APPLICATION_CATEGORIES, result.evidence


@pytest.mark.parametrize(
    ("sender", "subject", "body", "language"),
    [
        (
            "service@harbourmutual.example",
            "Your application for travel insurance",
            "Dear Ms Doe, thank you for your application for annual travel insurance. We are "
            "pleased to offer you cover from 1 May. Your policy documents are attached.",
            "en",
        ),
        (
            "stipendien@lernbruecke.example",
            "Einladung zum Auswahlgespräch",
            "Sehr geehrte Frau Doe, vielen Dank für Ihre Bewerbung um ein Studienstipendium. "
            "Wir laden Sie zu einem Auswahlgespräch am 3. Mai ein.",
            "de",
        ),
        (
            "bolsas@fundacaoluz.example.pt",
            "Resultado da candidatura à bolsa",
            "Cara candidata, a sua candidatura à bolsa de investigação não foi selecionada.",
            "pt",
        ),
    ],
)
def test_insurance_and_grant_applications_are_no_job_mail(
    classify: Classify, sender: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body, language=language)
    assert result.category is Category.NOT_JOB, result.evidence

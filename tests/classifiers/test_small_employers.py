"""Founders and small teams answer an application by hand, from their own address, in a few
informal lines: "got your CV", "habe deine Unterlagen erhalten", "podemos falar por Zoom?"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "language"),
    [
        (
            "maya@quillhouse.io",
            "Re: Backend Engineer role",
            "Hey Jane,\n\nThanks for reaching out and for sharing your resume. We're only five "
            "people, so give me a few days and I'll come back to you.\n\nMaya",
            "en",
        ),
        (
            "lukas.brenn@gmx.de",
            "Re: Bewerbung Werkstudentin UX",
            "Hallo Jane,\n\ndanke dir für deine Bewerbung, ist angekommen! Ich schau sie mir "
            "nächste Woche in Ruhe an.\n\nLG Lukas",
            "de",
        ),
        (
            "a.morel@wanadoo.fr",
            "Re: Candidature développeuse",
            "Bonjour Jane,\n\nJ'ai bien reçu votre CV, merci. Je le lis ce week-end et je vous "
            "réponds lundi.\n\nAntoine Morel",
            "fr",
        ),
        (
            "carmen.ortiz.estudio@gmail.com",
            "Re: Candidatura diseñadora",
            "Hola Jane,\n\nHe recibido tu CV, muchas gracias. Lo miro con mi socio y te digo algo "
            "la semana que viene.\n\nCarmen",
            "es",
        ),
        (
            "joao.pinto.atelier@sapo.pt",
            "RE: Candidatura",
            "Olá Jane,\n\nRecebi o seu currículo, obrigado. Vou ler com calma e respondo em "
            "breve.\n\nJoão",
            "pt",
        ),
    ],
)
def test_a_founder_acknowledges_a_cv(
    classify: Classify, sender: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body, language=language)
    assert result.category is Category.CONFIRMATION, result.evidence


@pytest.mark.parametrize(
    ("sender", "subject", "body", "language"),
    [
        (
            "maya@quillhouse.io",
            "Re: Backend Engineer role",
            "Hi Jane,\n\nLoved your portfolio. Fancy a video call on Thursday at 4pm with me and "
            "our CTO?\n\nMaya",
            "en",
        ),
        (
            "lukas.brenn@gmx.de",
            "Re: Bewerbung Werkstudentin UX",
            "Hi Jane,\n\nwir würden dich gerne kennenlernen! Passt dir Mittwoch um 10 Uhr bei uns "
            "im Studio?\n\nLukas",
            "de",
        ),
        (
            "carmen.talento@gmail.com",
            "Novedades sobre tu candidatura",
            "Hola Jane,\n\nEl cliente quiere hacerte una primera entrevista el jueves a las 16:00 "
            "por Teams.\n\nCarmen",
            "es",
        ),
        (
            "joao.pinto.atelier@sapo.pt",
            "RE: Candidatura",
            "Olá Jane,\n\nPodemos falar por Zoom na terça às 18h?\n\nJoão",
            "pt",
        ),
        (
            "notifications@calendly.com",
            "New Event: Jane Doe - 2:00pm Tue - Quillhouse: Hiring manager interview",
            "Hi Jane Doe,\n\nA new event has been scheduled.\n\nEvent Type: Quillhouse: Hiring "
            "manager interview\nInvitee: Jane Doe\nLocation: Google Meet",
            "en",
        ),
    ],
)
def test_a_small_team_invites_to_talk(
    classify: Classify, sender: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body, language=language)
    assert result.category is Category.INTERVIEW, result.evidence

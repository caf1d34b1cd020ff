"""Boards' digests in four languages are alerts; onboarding after a yes is other job mail; an
agency's or a recruiter's pitch is outreach, not a candidacy's update; a yes thanked for in
Portuguese is an offer accepted (corpora 105-114)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language"),
    [
        (
            "noreply@remotehub.example",
            "RemoteHub",
            "New remote Design jobs",
            "New Design jobs this week\n\n- Product Designer - Lumo (Anywhere)\n- UX Lead - "
            "Fernhill (EMEA)\n\nUnsubscribe from this alert.",
            "en",
        ),
        (
            "digest@govjobs.example",
            "Public Jobs Digest",
            "This week's public sector vacancies: 27 analyst roles",
            "Weekly vacancies digest\n\nSenior Analyst - Ministry of Transport - closes 3 March\n"
            "Policy Analyst - City Council - closes 5 March",
            "en",
        ),
        (
            "offres@cadres.example",
            "Cadres Emploi",
            "Vos offres de la semaine",
            "Bonjour Paul,\n\nVoici les offres cadres correspondant à votre profil « Responsable "
            "logistique » :\n\n- Responsable d'entrepôt - Angers (49)",
            "fr",
        ),
        (
            "alertas@empleos.example",
            "Empleos",
            "Ofertas nuevas: recepcionista en Málaga",
            "Recepcionista de noche - Hotel Brisa\nRecepcionista - Apartamentos Sol",
            "es",
        ),
        (
            "jobletter@forschungsjobs.example",
            "Forschungsjobs Jobletter",
            "Ihr Jobletter: neue Stellen für Sie",
            "Postdoc (m/w/d) Zellbiologie – Jena\nLaborleitung (m/w/d) – Halle",
            "de",
        ),
    ],
)
def test_a_boards_digest_is_an_alert(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.ALERT, result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language"),
    [
        (
            "personal@hotelesbrisa.example",
            "Administración de Personal",
            "Documentación para tu alta",
            "Hola Lucía,\n\nPara preparar tu contrato necesitamos la siguiente documentación "
            "para tu alta: DNI, número de la Seguridad Social y cuenta bancaria.",
            "es",
        ),
        (
            "admissoes@kwanza-telecom.example",
            "Capital Humano",
            "Documentação de admissão",
            "Caro Paulo,\n\nEnvie por favor a documentação de admissão até sexta-feira: BI, NIF "
            "e registo criminal.",
            "pt",
        ),
    ],
)
def test_onboarding_after_the_yes_is_other_job_mail(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.OTHER_JOB, result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language"),
    [
        (
            "m.vogt@personalwerk.example",
            "Martin Vogt",
            "Neue Position: Produktmarketing (E-Commerce)",
            "Hallo Frau Kern,\n\nein E-Commerce-Kunde (Series A) sucht eine/n Produktmarketing "
            "Manager/in. Wäre das etwas für Sie?",
            "de",
        ),
        (
            "aroha@tidalrecruitment.example",
            "Aroha Pene",
            "Senior Analyst - government agency",
            "Kia ora Sam,\n\nI'm recruiting a Senior Analyst for a government agency in "
            "Wellington, which is why I thought of you. Keen to chat?",
            "en",
        ),
        (
            "ana.costa@kwanzatalent.example",
            "Ana Costa",
            "Oportunidade - Controller",
            "Bom dia Paulo,\n\nEstamos a recrutar, para uma empresa multinacional do sector "
            "mineiro, um Controller. O seu perfil no LinkedIn pareceu-me adequado.",
            "pt",
        ),
        (
            "claire@interim-ouest.example",
            "Claire Morvan",
            "Une mission pour vous",
            "Bonjour Paul,\n\nJe reviens vers vous avec une mission de chef d'équipe chez un "
            "client de Carquefou. Toujours disponible ?",
            "fr",
        ),
    ],
)
def test_a_pitch_is_outreach(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.OUTREACH, result.evidence


def test_a_yes_thanked_for_in_portuguese_is_an_accepted_offer(classify: Classify) -> None:
    result = classify(
        sender="nsimba@kwanza-telecom.example",
        name="Nsimba L",
        subject="RE: Proposta - Contabilista Sénior",
        body="Caro Paulo,\n\nMuito obrigado pela aceitação da proposta! Bem-vindo. A equipa "
        "irá contactá-lo para a documentação de admissão.\n\nData de início: 5 de janeiro.",
        language="pt",
    )
    assert result.category is Category.OFFER, result.evidence
    assert result.status is ApplicationStatus.ACCEPTED, result.evidence

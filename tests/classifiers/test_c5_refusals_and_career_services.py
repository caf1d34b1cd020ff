"""Refusals phrased with an infinitive, a compound noun or a future tense; invitations phrased
with the object before the verb; and school career services relaying offers to students."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "rh@cimelec.fr",
            "Candidature alternance",
            "Bonjour, nous sommes contraints de ne pas retenir votre candidature pour cette "
            "alternance.",
        ),
        (
            "rh@cimelec.fr",
            "Candidature stage",
            "Bonjour, le stage est désormais pourvu. Nous gardons votre CV.",
        ),
        (
            "rh@cimelec.fr",
            "Votre candidature",
            "Bonjour, nous sommes au regret de ne pouvoir apporter une suite favorable à votre "
            "candidature.",
        ),
        (
            "jobs@kranich.de",
            "Ihre Bewerbung",
            "Hallo Frau Roth, die Werkstudentenstelle ist leider schon vergeben.",
        ),
        (
            "jobs@kranich.de",
            "Deine Bewerbung",
            "Hallo Lena, wir können dir leider keinen Praktikumsplatz anbieten.",
        ),
        (
            "rh@douro.pt",
            "Candidatura",
            "Olá, informamos que a vaga já se encontra ocupada. Obrigado pelo interesse.",
        ),
        (
            "rh@douro.pt",
            "Candidatura",
            "Olá, após análise, a sua candidatura não vai avançar para a próxima etapa.",
        ),
    ],
)
def test_refusals(classify: Classify, sender: str, subject: str, body: str) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.REJECTION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "rh@douro.pt",
            "Candidatura",
            "Olá Marta, gostaríamos de a convidar para uma entrevista na quinta-feira às 15h.",
        ),
        (
            "rh@cimelec.fr",
            "Suite à votre candidature",
            "Bonjour, nous vous convions à notre journée de recrutement le 4 avril (ateliers et "
            "entretiens individuels).",
        ),
    ],
)
def test_invitations(classify: Classify, sender: str, subject: str, body: str) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.INTERVIEW


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body"),
    [
        (
            "stages@iut.example",
            "Bureau des stages",
            "Offres de stage – mai",
            "Bonjour à tous, retrouvez les nouvelles offres d'alternance reçues ce mois-ci. "
            "Postulez directement auprès des entreprises.",
        ),
        (
            "career@fh.example",
            "Career Center",
            "Praktika bei Partnerfirmen",
            "Liebe Studierende, hier aktuelle Praktikumsangebote unserer Partnerunternehmen. "
            "Bewerbt euch bitte direkt bei den Firmen.",
        ),
        (
            "estagios@politecnico.example",
            "Gabinete de Estágios",
            "Ofertas de estágio",
            "Caros alunos, partilhamos algumas ofertas de estágio recebidas esta semana.",
        ),
        (
            "careers@college.example",
            "Careers Service",
            "Internships this week",
            "Dear students, here are the latest internship opportunities sent to us. Please apply "
            "directly to the employers.",
        ),
    ],
)
def test_career_services_relaying_offers_are_alerts(
    classify: Classify, sender: str, name: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body)
    assert result.category is Category.ALERT


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "stages@ecole.example",
            "TR: Offre de stage – bureau d'études",
            "Bonjour à tous,\n\nJe vous transfère une offre de stage reçue ce matin.\n\n"
            "---------- Message transféré ----------\nDe : RH Orvane <rh@orvane.example>\n"
            "Objet : Stage\n\nNous recherchons un stagiaire ingénieur en thermique.",
        ),
        (
            "career@fh.example",
            "WG: Praktikum Vertrieb",
            "Liebe Studierende,\n\nanbei das Praktikumsangebot eines Partnerunternehmens.\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: HR Kessel <hr@kessel.example>\n"
            "Betreff: Praktikum\n\nWir suchen eine/n Praktikant/in im Vertrieb.",
        ),
        (
            "empleo@uni.example",
            "RV: Prácticas",
            "Hola a todos,\n\nos reenvío una oferta de prácticas que nos ha llegado.\n\n"
            "---------- Mensaje reenviado ----------\nDe: RRHH Brisa <rrhh@brisa.example>\n"
            "Asunto: Prácticas\n\nBuscamos estudiante de ingeniería química.",
        ),
        (
            "carreiras@uni.example",
            "Fwd: Estágio",
            "Caros alunos,\n\nencaminho uma oferta de estágio de uma empresa parceira.\n\n"
            "---------- Forwarded message ---------\nDe: RH Foz <rh@foz.example>\n"
            "Assunto: Estágio\n\nProcuramos estagiário de engenharia civil.",
        ),
    ],
)
def test_career_services_forwarding_an_employer_offer_are_alerts(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.ALERT


def test_portuguese_rental_application_asking_for_a_work_contract(classify: Classify) -> None:
    result = classify(
        sender="rendas@imobiliaria.example",
        subject="Candidatura ao T2",
        body="Olá, recebemos a sua candidatura ao arrendamento do T2. Envie o contrato de "
        "trabalho e os três últimos recibos de vencimento.",
    )
    assert result.category is Category.NOT_JOB

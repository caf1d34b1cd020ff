"""Short replies a hiring manager writes by hand, in five languages: the no after a call, the
yes to an internship, and a call proposed for a given day."""

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
            "lea@forge-bleue.fr",
            "Re: Entretien chef de projet",
            "Bonjour Yanis, merci pour ton temps. Nous ne retiendrons pas ta candidature pour ce "
            "poste, mais gardons contact.",
        ),
        (
            "lea@forge-bleue.fr",
            "Re: Candidature",
            "Bonjour Yanis, nous avons finalement embauché quelqu'un en interne. Merci pour ta "
            "candidature.",
        ),
        (
            "lea@forge-bleue.fr",
            "Re: Candidature",
            "Bonjour, je suis désolée : nous n'irons pas plus loin avec votre candidature.",
        ),
        (
            "ole@kiesel.de",
            "Re: Gespräch",
            "Hallo Yanis, wir haben die Position intern besetzt. Danke für deine Zeit!",
        ),
        (
            "ole@kiesel.de",
            "Re: Bewerbung",
            "Hallo Yanis, leider wird es dieses Mal nichts. Alles Gute für die Suche!",
        ),
        (
            "eva@taller.es",
            "Re: Entrevista",
            "Hola Yanis, hemos decidido no seguir adelante con tu candidatura. ¡Suerte!",
        ),
        (
            "eva@taller.es",
            "Re: Entrevista",
            "Hola Yanis, el puesto ya se ha cubierto. Gracias por tu interés.",
        ),
        (
            "lu@oficina.br",
            "Re: Entrevista",
            "Oi Yanis, acabamos optando por outro candidato. Obrigada pela conversa!",
        ),
        (
            "lu@oficina.br",
            "Re: Entrevista",
            "Olá Yanis, o cargo já foi preenchido. Obrigado pelo interesse.",
        ),
        (
            "kai@loom.io",
            "Re: Interview",
            "Hi Yanis, thanks for chatting last week. We've decided to fill the role internally.",
        ),
    ],
)
def test_informal_rejections(classify: Classify, sender: str, subject: str, body: str) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.REJECTION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "lea@forge-bleue.fr",
            "Ton stage",
            "Bonjour Yanis, nous avons retenu ta candidature pour le stage ! La convention de "
            "stage part à ton école demain.",
        ),
        (
            "ole@kiesel.de",
            "Praktikum",
            "Hallo Yanis, wir freuen uns, dir die Zusage für das Praktikum zu geben.",
        ),
        (
            "eva@taller.es",
            "Oferta",
            "Hola Yanis, nos encantaría que formaras parte del equipo. Te enviamos la oferta "
            "con las condiciones.",
        ),
        (
            "lu@oficina.br",
            "Aprovado",
            "Oi Yanis, parabéns! Você foi selecionado para a vaga de estágio. O contrato segue "
            "amanhã.",
        ),
    ],
)
def test_informal_offers(classify: Classify, sender: str, subject: str, body: str) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.OFFER


def test_an_interview_mail_that_keeps_the_application_is_no_offer(classify: Classify) -> None:
    result = classify(
        sender="lea@forge-bleue.fr",
        subject="Votre candidature",
        body="Bonjour, nous avons retenu votre candidature pour le poste et souhaiterions vous "
        "rencontrer mardi prochain.",
    )
    assert result.category is Category.INTERVIEW


def test_german_refusal_of_a_commitment_is_no_offer(classify: Classify) -> None:
    result = classify(
        sender="ole@kiesel.de",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Kaya, leider können wir Ihnen keine Zusage für die Stelle geben.",
    )
    assert result.category is Category.REJECTION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "ole@kiesel.de",
            "Deine Bewerbung",
            "Hallo Yanis, danke für deine Bewerbung! Hast du am Mittwoch um 11 Uhr Zeit für ein "
            "kurzes Telefonat?",
        ),
        (
            "eva@taller.es",
            "Tu candidatura",
            "Hola Yanis, he leído tu candidatura. ¿Te viene bien una videollamada el jueves a "
            "las 12?",
        ),
        (
            "lu@oficina.br",
            "Sua candidatura",
            "Oi Yanis, vi sua candidatura. Você tem disponibilidade para uma conversa na quarta "
            "às 15h?",
        ),
        (
            "kai@loom.io",
            "Your application",
            "Hi Yanis, thanks for applying! Would you have 30 minutes on Friday for a call?",
        ),
    ],
)
def test_a_call_on_a_given_day_is_an_interview(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.INTERVIEW


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "eva@taller.es",
            "Siguiente paso",
            "Hola Yanis, te pedimos que grabes una entrevista en vídeo de tres preguntas antes "
            "del lunes.",
        ),
        (
            "lu@oficina.br",
            "Próxima etapa",
            "Oi Yanis, a próxima etapa é gravar uma entrevista em vídeo com três perguntas.",
        ),
    ],
)
def test_recorded_video_interviews_are_assessments(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.ASSESSMENT


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "eva@taller.es",
            "Entrevista",
            "Hola Yanis, te confirmo la entrevista el martes a las 9h.",
        ),
        ("lu@oficina.br", "Entrevista", "Oi Yanis, confirmo nossa entrevista na terça às 9h."),
    ],
)
def test_interview_confirmed_by_hand(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.INTERVIEW


def test_a_hiring_manager_liking_a_portfolio_and_naming_a_day(classify: Classify) -> None:
    result = classify(
        sender="ines@kelp.io",
        subject="Product Designer – quick chat?",
        body="Hi Yanis,\n\nI run design at Kelp and liked your portfolio a lot. Would you have "
        "30 min on Wednesday for a video call?\n\nInes",
    )
    assert result.category is Category.INTERVIEW

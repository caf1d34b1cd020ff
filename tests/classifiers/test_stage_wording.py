"""Stage wording seen in real mail, in five languages: an offer made to someone else, a board
saying an employer opened the CV, a test announced as the next step, a founder's call request,
an informal offer, and confirmations relayed by job boards."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.regexlang import to_regex
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("language", "subject", "body"),
    [
        (
            "en",
            "Your candidacy at Pellbrook",
            "Hello Sam,\n\nThanks for meeting the panel. It was close, but in the end we chose to "
            "make an offer to another applicant for the Platform Engineer role.\n\nKind regards,"
            "\nTessa, Pellbrook",
        ),
        (
            "en",
            "Pellbrook: Platform Engineer",
            "Hello Sam,\n\nWe enjoyed our conversations. We have now decided to continue the "
            "hiring process with another applicant for the Platform Engineer position.\n\nTessa",
        ),
        (
            "de",
            "Deine Bewerbung bei Pellbrook",
            "Hallo Sam,\n\ndanke für die Gespräche zur Stelle als Platform Engineer. Wir haben "
            "das Angebot an eine andere Kandidatin gegeben.\n\nViele Grüße\nTessa",
        ),
        (
            "fr",
            "Votre candidature chez Pellbrook",
            "Bonjour Sam,\n\nMerci pour les entretiens pour le poste de Platform Engineer. Nous "
            "avons finalement fait une offre à un autre candidat.\n\nCordialement,\nTessa",
        ),
        (
            "es",
            "Tu candidatura en Pellbrook",
            "Hola Sam,\n\nGracias por las entrevistas para el puesto de Platform Engineer. Al "
            "final hemos hecho una oferta a otra candidata.\n\nUn saludo,\nTessa",
        ),
        (
            "pt",
            "Sua candidatura na Pellbrook",
            "Olá Sam,\n\nObrigado pelas entrevistas para a vaga de Platform Engineer. No fim, "
            "fizemos uma proposta para outra pessoa candidata.\n\nAbraço,\nTessa",
        ),
    ],
)
def test_an_offer_made_to_someone_else_is_a_rejection(
    classify: Classify, language: str, subject: str, body: str
) -> None:
    result = classify(
        sender="tessa@pellbrook.example", name="Tessa Moor", subject=subject, body=body,
        language=language,
    )  # fmt: skip
    assert result.category is Category.REJECTION


@pytest.mark.parametrize(
    ("language", "subject", "body"),
    [
        (
            "es",
            "Novaluz ha visto tu currículum",
            "Hola Sam, la empresa Novaluz ha revisado tu currículum para la oferta Técnico de "
            "Datos. Estado: CV visto.",
        ),
        (
            "pt",
            "A Novaluz visualizou o seu currículo",
            "Olá Sam, a empresa Novaluz visualizou o seu currículo para a vaga Técnico de Dados.",
        ),
        (
            "fr",
            "Novaluz a consulté votre candidature",
            "Bonjour Sam, le recruteur de Novaluz a consulté votre candidature au poste de "
            "Technicien Data.",
        ),
        (
            "de",
            "Novaluz hat deine Bewerbung angesehen",
            "Hallo Sam, Novaluz hat deine Bewerbung als Datentechniker angesehen.",
        ),
    ],
)
def test_a_board_saying_the_employer_opened_the_cv_is_viewed(
    classify: Classify, language: str, subject: str, body: str
) -> None:
    result = classify(
        sender="notify@infojobs.net", name="InfoJobs", subject=subject, body=body,
        language=language,
    )  # fmt: skip
    assert result.category is Category.VIEWED


@pytest.mark.parametrize(
    ("language", "subject", "body"),
    [
        (
            "en",
            "Next steps with Orlen Works",
            "Hi Sam, you have moved on to the next stage for the Analyst role. The next step is a "
            "short online assessment of about 40 minutes; please finish it within five days.",
        ),
        (
            "pt",
            "Orlen Works: atualização do seu processo seletivo",
            "Olá Sam! Você avançou para a próxima etapa da vaga de Analista. A próxima etapa é "
            "um desafio técnico em Python que deve ser entregue em uma semana.",
        ),
        (
            "de",
            "Wie es weitergeht",
            "Hallo Sam, deine Bewerbung als Analyst hat uns gefallen. Als nächsten Schritt "
            "haben wir eine kleine Fallstudie für dich vorbereitet.",
        ),
        (
            "fr",
            "Suite de votre candidature",
            "Bonjour Sam, merci pour votre candidature au poste d'Analyste. La prochaine étape "
            "est un cas pratique à rendre sous une semaine.",
        ),
        (
            "es",
            "Tu candidatura en Orlen Works",
            "Hola Sam, gracias por tu candidatura al puesto de Analista. El siguiente paso es "
            "una prueba técnica que puedes hacer desde casa.",
        ),
    ],
)
def test_a_test_announced_as_the_next_step_is_an_assessment(
    classify: Classify, language: str, subject: str, body: str
) -> None:
    result = classify(
        sender="jobs@orlenworks.example", name="Orlen Works", subject=subject, body=body,
        language=language,
    )  # fmt: skip
    assert result.category is Category.ASSESSMENT


def test_a_reply_asking_for_a_video_call_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="mira@quaywise.example",
        name="Mira Olsen",
        subject="Re: Application for the Data Analyst role",
        body=(
            "Hi Sam,\n\nThanks for reaching out and for sending your CV. We'd love to have a "
            "chat: could you do a 30-minute video call with me on Tuesday or Thursday?\n\nMira"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_an_informal_german_offer_is_an_offer(classify: Classify) -> None:
    result = classify(
        sender="jana@kiesel-labs.example",
        name="Jana Brandt",
        subject="Dein Angebot von Kiesel Labs",
        body=(
            "Hallo Sam,\n\nwir möchten dich sehr gerne als Data Engineer ins Team holen! "
            "Anbei die Details: 64.000 € brutto im Jahr, 28 Urlaubstage.\n\nLiebe Grüße\nJana"
        ),
        language="de",
    )
    assert result.category is Category.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Sam, deine Bewerbung als Data Engineer bei Kiesel Labs wurde erfolgreich "
        "verschickt. Viel Erfolg!",
        "Hallo Sam, du hast dich erfolgreich auf die Stelle Data Engineer bei Kiesel Labs "
        "beworben.",
    ],
)
def test_a_board_relaying_a_german_application_is_a_confirmation(
    classify: Classify, body: str
) -> None:
    result = classify(
        sender="noreply@mail.xing.com", name="XING", subject="Bewerbung gesendet", body=body,
        language="de",
    )  # fmt: skip
    assert result.category is Category.CONFIRMATION


@pytest.mark.parametrize(
    ("language", "subject", "body"),
    [
        (
            "en",
            "Thanks for applying to volunteer at the River Run",
            "Hi Sam, we've received your application to join our volunteer team at the river "
            "run. We'll send shift details in May.",
        ),
        (
            "en",
            "Your mentoring programme application",
            "Hi Sam, thank you for your application to the mentorship program. Pairs are "
            "announced next month.",
        ),
        (
            "en",
            "Your travel authorisation application",
            "Dear applicant, your application for an electronic travel authorisation has "
            "been received and is being processed.",
        ),
        (
            "en",
            "Could we interview you about Pinboard?",
            "Hi Sam, I'm on the user research team at Pinboard. We'd love to interview you about "
            "how you use shared boards. As a thank-you, we'll send you a gift card.",
        ),
        (
            "de",
            "Deine Anmeldung als Helfer beim Stadtlauf",
            "Hallo Sam, danke für deine Bewerbung für unser Helferteam beim Stadtlauf. Das "
            "Ehrenamt-Team meldet sich mit deiner Schicht.",
        ),
        (
            "fr",
            "Votre candidature au programme de mentorat",
            "Bonjour Sam, nous avons bien reçu votre candidature au programme de mentorat de "
            "l'association. L'équipe bénévole vous recontactera.",
        ),
        (
            "es",
            "Hemos recibido tu candidatura al voluntariado",
            "Hola Sam, gracias por tu candidatura al programa de voluntariado del festival. Te "
            "escribiremos con los turnos.",
        ),
        (
            "pt",
            "Recebemos a sua candidatura como voluntário",
            "Olá Sam, obrigado pela sua candidatura ao programa de voluntariado da feira. "
            "Entraremos em contacto com os turnos.",
        ),
    ],
)
def test_applications_that_are_no_job_are_not_job(
    classify: Classify, language: str, subject: str, body: str
) -> None:
    result = classify(
        sender="team@riverrun.example", name="River Run", subject=subject, body=body,
        language=language,
    )  # fmt: skip
    assert result.category is Category.NOT_JOB


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "en",
            "Hi Sam,\n\nthanks for completing the take-home exercise for the QA Engineer role. "
            "After reviewing your submission we have decided not to move forward with your "
            "application.\n\nBest,\nOtto",
        ),
        (
            "de",
            "Hallo Sam,\n\nvielen Dank für die Bearbeitung der Fallstudie. Nach Sichtung deiner "
            "Lösung haben wir uns leider für eine andere Kandidatin entschieden.\n\nOtto",
        ),
        (
            "es",
            "Hola Sam,\n\ngracias por completar la prueba técnica. Tras revisar tu prueba, "
            "lamentamos informarte de que no vamos a continuar con tu candidatura.\n\nOtto",
        ),
    ],
)
def test_a_rejection_that_thanks_for_the_test_is_a_rejection(
    classify: Classify, language: str, body: str
) -> None:
    result = classify(
        sender="otto@brightmoor.example", name="Otto Lind", subject="Brightmoor – QA Engineer",
        body=body, language=language,
    )  # fmt: skip
    assert result.category is Category.REJECTION


def test_a_german_headhunter_approach_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="k.weber@weber-executive.example",
        name="Katrin Weber",
        subject="Vertrauliche Anfrage",
        body=(
            "Guten Tag Herr Doe,\n\nich unterstütze derzeit einen Mandanten, einen "
            "Mittelständler aus dem Maschinenbau, bei der Besetzung einer spannenden Position als "
            "Leiter Softwareentwicklung. Wären Sie offen für ein kurzes Telefonat?\n\n"
            "Beste Grüße\nKatrin Weber"
        ),
        language="de",
    )
    assert result.category is Category.OUTREACH


def test_a_founder_asking_for_a_call_after_an_application_is_an_interview(
    classify: Classify,
) -> None:
    result = classify(
        sender="ravi@tinkerloop.example",
        name="Ravi Menon",
        subject="Your application to Tinkerloop",
        body=(
            "Hey Sam,\n\nI'm one of the founders of Tinkerloop. I saw your application for the "
            "Frontend Engineer role and liked your side projects. Would you be up for a quick "
            "call this week?\n\nRavi"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_an_optional_space_in_a_phrase_may_be_absent() -> None:
    pattern = re.compile(to_regex("ich habe eine (?:spannende )?(?:neue)? ?(?:position|stelle)"))
    assert pattern.fullmatch("ich habe eine position")
    assert pattern.fullmatch("ich habe eine spannende neue stelle")

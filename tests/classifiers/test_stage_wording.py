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


PELLBROOK = {"sender": "tessa@pellbrook.example", "name": "Tessa Moor"}
INFOJOBS = {"sender": "notify@infojobs.net", "name": "InfoJobs"}
ORLEN_WORKS = {"sender": "jobs@orlenworks.example", "name": "Orlen Works"}
XING = {"sender": "noreply@mail.xing.com", "name": "XING"}
RIVER_RUN = {"sender": "team@riverrun.example", "name": "River Run"}
BRIGHTMOOR = {"sender": "otto@brightmoor.example", "name": "Otto Lind"}

# (writer, language, subject, body, expected)
STAGE_WORDING = [
    # An offer made to someone else is a rejection.
    pytest.param(
        PELLBROOK,
        "en",
        "Your candidacy at Pellbrook",
        (
            "Hello Sam,\n\nThanks for meeting the panel. It was close, but in the end we chose to "
            "make an offer to another applicant for the Platform Engineer role.\n\nKind regards,"
            "\nTessa, Pellbrook"
        ),
        Category.REJECTION,
        id="offer-to-another-en",
    ),
    pytest.param(
        PELLBROOK,
        "en",
        "Pellbrook: Platform Engineer",
        (
            "Hello Sam,\n\nWe enjoyed our conversations. We have now decided to continue the "
            "hiring process with another applicant for the Platform Engineer position.\n\nTessa"
        ),
        Category.REJECTION,
        id="offer-to-another-en-continue-with-another",
    ),
    pytest.param(
        PELLBROOK,
        "de",
        "Deine Bewerbung bei Pellbrook",
        (
            "Hallo Sam,\n\ndanke für die Gespräche zur Stelle als Platform Engineer. Wir haben "
            "das Angebot an eine andere Kandidatin gegeben.\n\nViele Grüße\nTessa"
        ),
        Category.REJECTION,
        id="offer-to-another-de",
    ),
    pytest.param(
        PELLBROOK,
        "fr",
        "Votre candidature chez Pellbrook",
        (
            "Bonjour Sam,\n\nMerci pour les entretiens pour le poste de Platform Engineer. Nous "
            "avons finalement fait une offre à un autre candidat.\n\nCordialement,\nTessa"
        ),
        Category.REJECTION,
        id="offer-to-another-fr",
    ),
    pytest.param(
        PELLBROOK,
        "es",
        "Tu candidatura en Pellbrook",
        (
            "Hola Sam,\n\nGracias por las entrevistas para el puesto de Platform Engineer. Al "
            "final hemos hecho una oferta a otra candidata.\n\nUn saludo,\nTessa"
        ),
        Category.REJECTION,
        id="offer-to-another-es",
    ),
    pytest.param(
        PELLBROOK,
        "pt",
        "Sua candidatura na Pellbrook",
        (
            "Olá Sam,\n\nObrigado pelas entrevistas para a vaga de Platform Engineer. No fim, "
            "fizemos uma proposta para outra pessoa candidata.\n\nAbraço,\nTessa"
        ),
        Category.REJECTION,
        id="offer-to-another-pt",
    ),
    # A board saying the employer opened the CV is an update that it was viewed.
    pytest.param(
        INFOJOBS,
        "es",
        "Novaluz ha visto tu currículum",
        (
            "Hola Sam, la empresa Novaluz ha revisado tu currículum para la oferta Técnico de "
            "Datos. Estado: CV visto."
        ),
        Category.VIEWED,
        id="cv-opened-es",
    ),
    pytest.param(
        INFOJOBS,
        "pt",
        "A Novaluz visualizou o seu currículo",
        "Olá Sam, a empresa Novaluz visualizou o seu currículo para a vaga Técnico de Dados.",
        Category.VIEWED,
        id="cv-opened-pt",
    ),
    pytest.param(
        INFOJOBS,
        "fr",
        "Novaluz a consulté votre candidature",
        (
            "Bonjour Sam, le recruteur de Novaluz a consulté votre candidature au poste de "
            "Technicien Data."
        ),
        Category.VIEWED,
        id="cv-opened-fr",
    ),
    pytest.param(
        INFOJOBS,
        "de",
        "Novaluz hat deine Bewerbung angesehen",
        "Hallo Sam, Novaluz hat deine Bewerbung als Datentechniker angesehen.",
        Category.VIEWED,
        id="cv-opened-de",
    ),
    # A test announced as the next step is an assessment.
    pytest.param(
        ORLEN_WORKS,
        "en",
        "Next steps with Orlen Works",
        (
            "Hi Sam, you have moved on to the next stage for the Analyst role. The next step is a "
            "short online assessment of about 40 minutes; please finish it within five days."
        ),
        Category.ASSESSMENT,
        id="test-as-next-step-en",
    ),
    pytest.param(
        ORLEN_WORKS,
        "pt",
        "Orlen Works: atualização do seu processo seletivo",
        (
            "Olá Sam! Você avançou para a próxima etapa da vaga de Analista. A próxima etapa é "
            "um desafio técnico em Python que deve ser entregue em uma semana."
        ),
        Category.ASSESSMENT,
        id="test-as-next-step-pt",
    ),
    pytest.param(
        ORLEN_WORKS,
        "de",
        "Wie es weitergeht",
        (
            "Hallo Sam, deine Bewerbung als Analyst hat uns gefallen. Als nächsten Schritt "
            "haben wir eine kleine Fallstudie für dich vorbereitet."
        ),
        Category.ASSESSMENT,
        id="test-as-next-step-de",
    ),
    pytest.param(
        ORLEN_WORKS,
        "fr",
        "Suite de votre candidature",
        (
            "Bonjour Sam, merci pour votre candidature au poste d'Analyste. La prochaine étape "
            "est un cas pratique à rendre sous une semaine."
        ),
        Category.ASSESSMENT,
        id="test-as-next-step-fr",
    ),
    pytest.param(
        ORLEN_WORKS,
        "es",
        "Tu candidatura en Orlen Works",
        (
            "Hola Sam, gracias por tu candidatura al puesto de Analista. El siguiente paso es "
            "una prueba técnica que puedes hacer desde casa."
        ),
        Category.ASSESSMENT,
        id="test-as-next-step-es",
    ),
    # A reply asking for a video call is an interview.
    pytest.param(
        {"sender": "mira@quaywise.example", "name": "Mira Olsen"},
        None,
        "Re: Application for the Data Analyst role",
        (
            "Hi Sam,\n\nThanks for reaching out and for sending your CV. We'd love to have a "
            "chat: could you do a 30-minute video call with me on Tuesday or Thursday?\n\nMira"
        ),
        Category.INTERVIEW,
        id="reply-asks-for-video-call",
    ),
    # An informal German offer is an offer.
    pytest.param(
        {"sender": "jana@kiesel-labs.example", "name": "Jana Brandt"},
        "de",
        "Dein Angebot von Kiesel Labs",
        (
            "Hallo Sam,\n\nwir möchten dich sehr gerne als Data Engineer ins Team holen! "
            "Anbei die Details: 64.000 € brutto im Jahr, 28 Urlaubstage.\n\nLiebe Grüße\nJana"
        ),
        Category.OFFER,
        id="informal-offer-de",
    ),
    # A board relaying a German application is a confirmation.
    pytest.param(
        XING,
        "de",
        "Bewerbung gesendet",
        (
            "Hallo Sam, deine Bewerbung als Data Engineer bei Kiesel Labs wurde erfolgreich "
            "verschickt. Viel Erfolg!"
        ),
        Category.CONFIRMATION,
        id="board-relays-de-verschickt",
    ),
    pytest.param(
        XING,
        "de",
        "Bewerbung gesendet",
        (
            "Hallo Sam, du hast dich erfolgreich auf die Stelle Data Engineer bei Kiesel Labs "
            "beworben."
        ),
        Category.CONFIRMATION,
        id="board-relays-de-beworben",
    ),
    # Applications that are no job: volunteering, mentoring, travel, user research.
    pytest.param(
        RIVER_RUN,
        "en",
        "Thanks for applying to volunteer at the River Run",
        (
            "Hi Sam, we've received your application to join our volunteer team at the river "
            "run. We'll send shift details in May."
        ),
        Category.NOT_JOB,
        id="no-job-volunteer-en",
    ),
    pytest.param(
        RIVER_RUN,
        "en",
        "Your mentoring programme application",
        (
            "Hi Sam, thank you for your application to the mentorship program. Pairs are "
            "announced next month."
        ),
        Category.NOT_JOB,
        id="no-job-mentoring-en",
    ),
    pytest.param(
        RIVER_RUN,
        "en",
        "Your travel authorisation application",
        (
            "Dear applicant, your application for an electronic travel authorisation has "
            "been received and is being processed."
        ),
        Category.NOT_JOB,
        id="no-job-travel-authorisation-en",
    ),
    pytest.param(
        RIVER_RUN,
        "en",
        "Could we interview you about Pinboard?",
        (
            "Hi Sam, I'm on the user research team at Pinboard. We'd love to interview you about "
            "how you use shared boards. As a thank-you, we'll send you a gift card."
        ),
        Category.NOT_JOB,
        id="no-job-user-research-en",
    ),
    pytest.param(
        RIVER_RUN,
        "de",
        "Deine Anmeldung als Helfer beim Stadtlauf",
        (
            "Hallo Sam, danke für deine Bewerbung für unser Helferteam beim Stadtlauf. Das "
            "Ehrenamt-Team meldet sich mit deiner Schicht."
        ),
        Category.NOT_JOB,
        id="no-job-volunteer-de",
    ),
    pytest.param(
        RIVER_RUN,
        "fr",
        "Votre candidature au programme de mentorat",
        (
            "Bonjour Sam, nous avons bien reçu votre candidature au programme de mentorat de "
            "l'association. L'équipe bénévole vous recontactera."
        ),
        Category.NOT_JOB,
        id="no-job-mentoring-fr",
    ),
    pytest.param(
        RIVER_RUN,
        "es",
        "Hemos recibido tu candidatura al voluntariado",
        (
            "Hola Sam, gracias por tu candidatura al programa de voluntariado del festival. Te "
            "escribiremos con los turnos."
        ),
        Category.NOT_JOB,
        id="no-job-volunteer-es",
    ),
    pytest.param(
        RIVER_RUN,
        "pt",
        "Recebemos a sua candidatura como voluntário",
        (
            "Olá Sam, obrigado pela sua candidatura ao programa de voluntariado da feira. "
            "Entraremos em contacto com os turnos."
        ),
        Category.NOT_JOB,
        id="no-job-volunteer-pt",
    ),
    # A rejection that thanks for the test is a rejection.
    pytest.param(
        BRIGHTMOOR,
        "en",
        "Brightmoor – QA Engineer",
        (
            "Hi Sam,\n\nthanks for completing the take-home exercise for the QA Engineer role. "
            "After reviewing your submission we have decided not to move forward with your "
            "application.\n\nBest,\nOtto"
        ),
        Category.REJECTION,
        id="refusal-thanks-for-the-test-en",
    ),
    pytest.param(
        BRIGHTMOOR,
        "de",
        "Brightmoor – QA Engineer",
        (
            "Hallo Sam,\n\nvielen Dank für die Bearbeitung der Fallstudie. Nach Sichtung deiner "
            "Lösung haben wir uns leider für eine andere Kandidatin entschieden.\n\nOtto"
        ),
        Category.REJECTION,
        id="refusal-thanks-for-the-test-de",
    ),
    pytest.param(
        BRIGHTMOOR,
        "es",
        "Brightmoor – QA Engineer",
        (
            "Hola Sam,\n\ngracias por completar la prueba técnica. Tras revisar tu prueba, "
            "lamentamos informarte de que no vamos a continuar con tu candidatura.\n\nOtto"
        ),
        Category.REJECTION,
        id="refusal-thanks-for-the-test-es",
    ),
    # A German headhunter's approach is outreach.
    pytest.param(
        {"sender": "k.weber@weber-executive.example", "name": "Katrin Weber"},
        "de",
        "Vertrauliche Anfrage",
        (
            "Guten Tag Herr Doe,\n\nich unterstütze derzeit einen Mandanten, einen "
            "Mittelständler aus dem Maschinenbau, bei der Besetzung einer spannenden Position als "
            "Leiter Softwareentwicklung. Wären Sie offen für ein kurzes Telefonat?\n\n"
            "Beste Grüße\nKatrin Weber"
        ),
        Category.OUTREACH,
        id="headhunter-approach-de",
    ),
    # A founder asking for a call after an application is an interview.
    pytest.param(
        {"sender": "ravi@tinkerloop.example", "name": "Ravi Menon"},
        None,
        "Your application to Tinkerloop",
        (
            "Hey Sam,\n\nI'm one of the founders of Tinkerloop. I saw your application for the "
            "Frontend Engineer role and liked your side projects. Would you be up for a quick "
            "call this week?\n\nRavi"
        ),
        Category.INTERVIEW,
        id="founder-asks-for-call",
    ),
]


@pytest.mark.parametrize(("writer", "language", "subject", "body", "expected"), STAGE_WORDING)
def test_stage_wording(
    classify: Classify,
    writer: dict[str, str],
    language: str | None,
    subject: str,
    body: str,
    expected: Category,
) -> None:
    result = classify(**writer, language=language, subject=subject, body=body)
    assert result.category is expected


def test_an_optional_space_in_a_phrase_may_be_absent() -> None:
    pattern = re.compile(to_regex("ich habe eine (?:spannende )?(?:neue)? ?(?:position|stelle)"))
    assert pattern.fullmatch("ich habe eine position")
    assert pattern.fullmatch("ich habe eine spannende neue stelle")

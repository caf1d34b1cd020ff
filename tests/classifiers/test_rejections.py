"""Rejections: neutral subjects, praise before the no, and the same in five languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category, Source

Classify = Callable[..., Classification]


def test_neutral_subject_with_praise_before_the_no(classify: Classify) -> None:
    result = classify(
        sender="no-reply@us.greenhouse-mail.io",
        name="Northwind Recruiting",
        subject="Update on your application",
        body=(
            "Hi Jane,\n\nThank you so much for your interest in Northwind and for taking the time "
            "to apply for the Senior Data Engineer role. We were genuinely impressed with your "
            "background and enjoyed learning about your work.\n\nAfter careful consideration, we "
            "have decided to move forward with other candidates whose experience more closely "
            "matches our needs at this time.\n\nWe wish you the best of luck in your job "
            "search.\n\nThe Northwind Recruiting Team"
        ),
    )
    assert result.category is Category.REJECTION
    assert result.status is ApplicationStatus.REJECTED
    assert result.company == "Northwind"
    assert result.role == "Senior Data Engineer"
    assert result.source is Source.GREENHOUSE
    assert result.confidence >= 0.85
    assert any("move forward with other candidates" in e for e in result.evidence)
    assert all(len(e) <= 80 for e in result.evidence)


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        ("Thank you for your interest in Lumen Labs", "The position has been filled."),
        (
            "Following up from Lumen Labs",
            "We will not be progressing your application further at this stage.",
        ),
        (
            "Your application",
            "After reviewing your profile, the team decided to go in a different direction.",
        ),
        (
            "Update from Lumen Labs",
            "Unfortunately we are moving forward with other candidates for this role.",
        ),
        (
            "Lumen Labs application update",
            "We regret to inform you that you have not been selected for the next stage.",
        ),
    ],
)
def test_rejection_phrases_under_neutral_subjects(
    classify: Classify, subject: str, sentence: str
) -> None:
    result = classify(
        sender="talent@lumenlabs.io",
        name="Lumen Labs Talent",
        subject=subject,
        body=(
            f"Dear Jane,\n\nThank you for applying for the Backend Engineer position at Lumen Labs "
            f"and for the time you invested in our process. {sentence}\n\nKind regards,\nPriya"
        ),
    )
    assert result.category is Category.REJECTION, result.evidence
    assert result.company == "Lumen Labs"
    assert result.source is Source.DIRECT


def test_rejection_after_an_interview_is_not_an_interview(classify: Classify) -> None:
    result = classify(
        sender="no-reply@ashbyhq.com",
        name="Quanta Hiring Team",
        subject="Your interview with Quanta",
        body=(
            "Hi Jane, thank you for taking the time to interview with us last week. The team "
            "enjoyed the conversation. Unfortunately, we have decided not to proceed with your "
            "candidacy for the Product Designer role. We'll keep your resume on file for future "
            "opportunities."
        ),
    )
    assert result.category is Category.REJECTION
    assert result.company == "Quanta"
    assert result.source is Source.ASHBY


REJECTIONS = [
    pytest.param(
        "de",
        "recruiting@stadtwerke-nord.de",
        "Stadtwerke Nord Recruiting",
        "Ihre Bewerbung als Data Analyst",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an der Stelle "
        "als Data Analyst. Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider "
        "mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\nWir wünschen "
        "Ihnen für Ihre berufliche Zukunft alles Gute.",
        "Stadtwerke Nord",
        "Data Analyst",
        id="de-sie",
    ),
    pytest.param(
        "de",
        "jobs@pixelwerk.de",
        "Pixelwerk Team",
        "Deine Bewerbung bei Pixelwerk",
        "Hallo Jane,\n\ndanke für deine Bewerbung als Frontend-Entwicklerin. Leider müssen wir dir "
        "mitteilen, dass die Stelle bereits anderweitig besetzt wurde. Viel Erfolg bei deiner "
        "weiteren Jobsuche!",
        "Pixelwerk",
        "Frontend-Entwicklerin",
        id="de-du",
    ),
    pytest.param(
        "fr",
        "recrutement@atelier-lumiere.fr",
        "Atelier Lumière Recrutement",
        "Votre candidature au poste de Chef de projet digital",
        "Bonjour Jane,\n\nNous vous remercions pour l’intérêt que vous portez à Atelier Lumière. "
        "Après une étude attentive de votre dossier, nous sommes au regret de vous informer que "
        "votre candidature n’a pas été retenue. Nous vous souhaitons pleine réussite.",
        "Atelier Lumière",
        "Chef de projet digital",
        id="fr",
    ),
    pytest.param(
        "es",
        "seleccion@solaria-energia.es",
        "Solaria Energía Selección",
        "Tu candidatura para Ingeniero de Datos",
        "Hola Jane,\n\nGracias por tu interés en Solaria Energía. Tras una cuidadosa revisión, "
        "lamentamos informarte que hemos decidido continuar con otros candidatos cuyo perfil se "
        "ajusta más a la posición. Te deseamos mucho éxito.",
        "Solaria Energía",
        "Ingeniero de Datos",
        id="es",
    ),
    pytest.param(
        "pt",
        "vagas@tropicalia.com.br",
        "Tropicália Recrutamento",
        "Sua candidatura para a vaga de Analista de Dados",
        "Olá Jane,\n\nAgradecemos a sua candidatura. Após uma análise cuidadosa, optamos por "
        "seguir com outros candidatos cujo perfil está mais alinhado à vaga. Desejamos muito "
        "sucesso na sua jornada.",
        "Tropicália",
        "Analista de Dados",
        id="pt",
    ),
]


@pytest.mark.parametrize(
    ("language", "sender", "name", "subject", "body", "company", "role"), REJECTIONS
)
def test_rejections_in_five_languages(
    classify: Classify,
    language: str,
    sender: str,
    name: str,
    subject: str,
    body: str,
    company: str,
    role: str,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.REJECTION, result.evidence
    assert result.company == company
    assert result.role == role
    assert result.confidence >= 0.6


def test_rejection_without_language_hint_still_found(classify: Classify) -> None:
    result = classify(
        sender="rh@maison-verte.fr",
        name="Maison Verte",
        subject="Suite à votre candidature",
        body=(
            "Bonjour, nous avons le regret de vous annoncer que nous ne pouvons pas donner une "
            "suite favorable à votre candidature pour le poste de Comptable."
        ),
    )
    assert result.category is Category.REJECTION
    assert result.company == "Maison Verte"
    assert result.role == "Comptable"


def test_workday_rejection_from_person_named_sender_uses_tenant_alias(classify: Classify) -> None:
    result = classify(
        sender="pru@myworkday.com",
        name="Michael Grant",
        subject="Regarding Requisition 3064606 Back-End Web Developer - Python",
        body=(
            "Dear Jane,\n\nThank you for your interest in the Back-End Web Developer - Python "
            "position. We have reviewed your qualifications and regret that we will not be moving "
            "forward with your application.\n\nSincerely,\nTalent Acquisition"
        ),
    )
    assert result.category is Category.REJECTION
    assert result.company == "Prudential"
    assert result.role == "Back-End Web Developer - Python"
    assert result.requisition_id == "3064606"
    assert result.source is Source.WORKDAY


@pytest.mark.parametrize(
    ("language", "subject", "body"),
    [
        ("en", "Application status", "Hi Jane, your application has been declined."),
        ("de", "Ihre Bewerbung", "Guten Tag, Ihre Bewerbung wurde leider abgelehnt."),
        ("fr", "Votre candidature", "Bonjour, votre candidature a été refusée."),
        ("es", "Tu candidatura", "Hola, tu candidatura ha sido descartada."),
        ("pt", "Sua candidatura", "Olá, sua candidatura foi reprovada."),
    ],
)
def test_explicit_declined_status_in_five_languages(
    classify: Classify, language: str, subject: str, body: str
) -> None:
    result = classify(
        sender="jobs@meridian-health.org",
        name="Meridian Health Careers",
        subject=subject,
        body=body,
        language=language,
    )
    assert result.category is Category.REJECTION, result.evidence
    assert result.company == "Meridian Health"


def test_a_no_after_the_test_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="no-reply@hire.lever.co",
        name="Atelier Nuage",
        subject="Votre candidature - Développeuse Backend",
        body="Bonjour Jane,\n\nMerci d'avoir pris le temps de passer notre test technique. "
        "Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre "
        "candidature.\n\nL'équipe recrutement d'Atelier Nuage",
        language="fr",
    )
    assert result.category is Category.REJECTION, result.evidence

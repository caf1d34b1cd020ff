"""Job titles as French, Spanish, Portuguese and German hiring mail writes them: inclusive
endings (kept, as posted) and double forms, a field after a comma, a title in a recruiter's
subject after a word for the post, a title quoted on its own line, a board's or an ATS's
receipt."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.role import clean_role
from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Coordonnateur/coordonnatrice des achats", "Coordonnateur des achats"),
        ("Analista de Dados (Recife/PE)", "Analista de Dados"),
        ("Auxiliar de Enfermagem (turnos)", "Auxiliar de Enfermagem"),
        ("Analyst (Contract Management)", "Analyst (Contract Management)"),
        ("Frontend/Backend Engineer", "Frontend/Backend Engineer"),
        ("the", None),
    ],
)
def test_double_forms_places_and_hours_are_cut(raw: str, title: str | None) -> None:
    assert clean_role(raw) == title


@pytest.mark.parametrize(
    ("mail", "role"),
    [
        pytest.param(
            {
                "sender": "carrieres@successfactors.com",
                "subject": "Accusé de réception - Agent, gestion des installations",
                "body": (
                    "Bonjour Julie,\n\nNous vous remercions d'avoir postulé à l'offre "
                    "Agent, gestion des installations (réquisition 40917) de la Caisse "
                    "populaire des Érables.\n\nL'équipe Carrières"
                ),
                "language": "fr",
            },
            "Agent, gestion des installations",
            id="a-field-after-a-comma-stays-in-the-title",
        ),
        pytest.param(
            {
                "sender": "talents@tbe.taleo.net",
                "subject": "Accusé de réception de votre candidature",
                "body": (
                    "Bonjour Julie,\n\nNous accusons réception de votre candidature au "
                    "poste de Conseiller(ère) en gestion documentaire (réf. 3301452).\n\n"
                    "Acquisition de talents"
                ),
                "language": "fr",
            },
            "Conseiller(ère) en gestion documentaire",
            id="an-inclusive-ending-does-not-cut-the-field",
        ),
        pytest.param(
            {
                "sender": "noreply@successfactors.eu",
                "subject": "Eingangsbestätigung Ihrer Bewerbung",
                "body": (
                    "Sehr geehrte Frau Berger,\n\nhiermit bestätigen wir den Eingang "
                    'Ihrer Bewerbung auf die Stelle\n"Teamleiter/in Rechnungswesen '
                    '(m/w/d)" (Req. ID 2025-0991).\n\nMit freundlichen Grüßen\n'
                    "Personalabteilung"
                ),
                "language": "de",
            },
            "Teamleiter/in Rechnungswesen",
            id="a-title-quoted-on-its-own-line",
        ),
        pytest.param(
            {
                "sender": "k.brandt@brandt-executive-example.de",
                "subject": "Vertrauliche Anfrage",
                "body": (
                    "Sehr geehrte Frau Berger,\n\nwir sind exklusiv mit der Besetzung "
                    "der Position\n\n    Leiter/in Treasury (m/w/d), Berichtslinie an "
                    "den CFO\n\nbeauftragt worden. Hätten Sie Zeit für ein Telefonat?\n\n"
                    "Mit freundlichen Grüßen\nKarin Brandt"
                ),
                "language": "de",
            },
            "Leiter/in Treasury",
            id="a-search-firm-names-the-post-it-fills",
        ),
    ],
)
def test_the_title_is_read(classify: Classify, mail: dict[str, str], role: str) -> None:
    result = classify(**mail)
    assert result.role == role, result.evidence


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Mandat – technicien en génie civil", "Technicien en génie civil"),
        ("Oportunidad: Jefa de Compras - Valencia (indefinido)", "Jefa de Compras"),
        ("Búsqueda: Líder de Logística para retail", "Líder de Logística"),
        ("Procurement Manager - distribution group, Rotterdam", "Procurement Manager"),
        ("COO-Mandat Logistik – Unterlagen und nächste Schritte", "COO"),
    ],
)
def test_a_recruiters_subject_names_the_title(classify: Classify, subject: str, title: str) -> None:
    result = classify(
        sender="m.ortega@searchpartners-example.com",
        subject=subject,
        body="Hi Julie,\n\nI'm a recruiter working on a retained search for a client, and your "
        "background looks like a strong fit for this role. Would you be open to a quick call "
        "this week?\n\nMarta Ortega\nSenior Consultant, Search Partners",
    )
    assert result.role == title, result.evidence


def test_a_step_before_a_dash_is_no_title(classify: Classify) -> None:
    result = classify(
        sender="selecao@mercadoluz-example.com.br",
        subject="Case técnico - Coordenação de Logística",
        body="Olá Julia,\n\nSegue o case técnico da próxima etapa do processo seletivo. Prazo: "
        "sexta-feira.\n\nEquipe de Seleção",
        language="pt",
    )
    assert result.role != "Case técnico", result.evidence


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "no-reply@mail.teamtailor.com",
            "¡Gracias por aplicar!",
            "¡Hola Julia!\n\nGracias por aplicar a Responsable de Tienda en Verde Lima Madrid. "
            "Te escribiremos pronto.\n\nEquipo Verde Lima",
            "Responsable de Tienda",
        ),
        (
            "noreply@vagas.com.br",
            "Candidatura enviada com sucesso",
            "Pronto, Julia! Você se candidatou.\n\nVaga: Analista de Compras\nEmpresa: Mercado "
            "Luz\nLocal: Recife / PE",
            "Analista de Compras",
        ),
        (
            "no-reply@solides.com.br",
            "Candidatura confirmada",
            "Olá, Julia!\n\nSua candidatura para a vaga Coordenadora de Logística (Recife/PE) foi "
            "registrada com sucesso.\n\nEquipe de Recrutamento",
            "Coordenadora de Logística",
        ),
        (
            "no-reply@sede.example-consorcio.es",
            "Justificante de registro de solicitud",
            "JUSTIFICANTE DE PRESENTACIÓN\n\nProcedimiento: Proceso selectivo AB-2025-03 - "
            "Técnico/a de Promoción Económica\n(personal laboral fijo)\n",
            "Técnico/a de Promoción Económica",
        ),
    ],
)
def test_receipts_name_the_title(
    classify: Classify, sender: str, subject: str, body: str, title: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.role == title, result.evidence


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Concours 2025-318 – Agent de gestion financière", "Agent de gestion financière"),
        (
            "Affichage RH-25-044 : Technicien(ne) en administration",
            "Technicien(ne) en administration",
        ),
        ("Concours 2025-318 : convocation à l'examen", None),
    ],
)
def test_a_competitions_subject_names_the_title_after_its_number(
    classify: Classify, subject: str, title: str | None
) -> None:
    result = classify(
        sender="dotation@ville-exemple.qc.ca",
        subject=subject,
        body="Bonjour,\n\nNous accusons réception de votre candidature. Nous communiquerons avec "
        "vous si votre profil est retenu.\n\nService des ressources humaines",
        language="fr",
    )
    assert result.role == title, result.evidence


def test_feedback_from_a_person_names_no_employer(classify: Classify) -> None:
    result = classify(
        sender="sam@hollowaytalent.com",
        name="Sam Holloway",
        subject="Feedback",
        body="Hi Jane,\n\nI've had feedback from Raf. She liked your portfolio, but they have "
        "decided to go with a candidate with more fintech experience.\n\nSam",
    )
    assert result.company != "Raf", result.evidence

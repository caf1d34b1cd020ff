"""Plain no's in French, Spanish and English (another person preferred, "on va pas pouvoir
continuer", a temp agency's client keeping another temp, the post offered to a candidate with
more experience), the reader's own step back, and the title after a step named in the subject
("Conditional offer - ...", "Confirmación de aplicación: ...") (corpora 115-122)."""

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
            "rh@labo-sarine.example",
            "RH Laboratoires Sarine",
            "Votre dossier",
            "Madame,\n\nNous vous remercions de nous avoir fait parvenir votre dossier.\n\nNous "
            "devons toutefois vous informer que nous avons donné la préférence à une personne "
            "au bénéfice d'une expérience en microbiologie.\n\nRessources humaines",
            "fr",
        ),
        (
            "c.roux@portuaire-roux.example",
            "Claire Roux",
            "Votre candidature chez PRX",
            "Bonjour Madame Benali,\n\nMerci pour notre échange. Après réflexion, nous avons "
            "préféré privilégier une candidature locale, disponible rapidement.\n\nClaire Roux",
            "fr",
        ),
        (
            "agence.nord@interim-sud.example",
            "Intérim Sud - Agence Nord",
            "Mission Quais du Rhône",
            "Bonjour Nadia,\n\nLe client Quais du Rhône a retenu un autre intérimaire déjà connu "
            "de leurs équipes pour cette mission.\n\nJessica - Intérim Sud",
            "fr",
        ),
        (
            "recrutement@lumen-freight.example",
            "Lumen Freight - Recrutement",
            "Votre candidature",
            "Madame,\n\nVous avez bien voulu nous adresser votre candidature pour le poste de "
            "Responsable transit et nous vous en remercions. Votre parcours est intéressant ; "
            "toutefois, nous ne sommes pas en mesure d'y donner une suite favorable.\n\nService "
            "Recrutement",
            "fr",
        ),
        (
            "seleccion@corpsolar.example",
            "Selección Corporación Solar",
            "Tu postulación",
            "Hola Andrés:\n\nAgradecemos tu participación en nuestro proceso. En esta oportunidad "
            "el proceso para Jefe de Tienda concluyó con la selección de otro candidato.\n\n"
            "Selección - Corporación Solar",
            "es",
        ),
        (
            "no-reply@teamtailor-mail.com",
            "Fiscalia Labs",
            "Tu postulación",
            "Hola Andrés, gracias por tu tiempo. Esta vez buscamos a alguien con más experiencia "
            "en producto, así que no seguiremos adelante contigo para Tax Specialist.\n\nTeam "
            "Fiscalia",
            "es",
        ),
        (
            "head@brookfield-academy.example",
            "Helen Price",
            "Brookfield - Digital Learning Lead",
            "Dear Catrin,\n\nThank you for coming in on Thursday. It was a close decision, but we "
            "have offered the post to a candidate with more experience of leading whole-school "
            "change.\n\nHelen Price\nPrincipal, Brookfield Academy",
            "en",
        ),
    ],
)
def test_a_plain_no_is_a_rejection(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.REJECTION, result.evidence


def test_the_readers_own_step_back_withdraws(classify: Classify) -> None:
    result = classify(
        sender="sam.lee.pe@gmail.com",
        name="Sam Lee",
        subject="Withdrawing - Traffic Engineer II",
        body="Hi Beck,\n\nThank you and the panel for last week's conversation. Since then I've "
        "received an offer closer to home, so I should withdraw from the Traffic Engineer II "
        "process rather than keep you waiting.\n\nBest,\nSam",
        language="en",
    )
    assert result.status is ApplicationStatus.WITHDRAWN, result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "role"),
    [
        (
            "amarid@cityofpines.example",
            "Dev Amari",
            "Conditional offer - Transportation Planner II",
            "Hi Sam,\n\nI'm very happy to extend a conditional offer of employment, pending a "
            "background check.\n\nDev",
            "en",
            "Transportation Planner II",
        ),
        (
            "noreply@governmentjobs.com",
            "City of Pine Bluffs",
            "Application Status Change - Traffic Engineer III",
            "Dear Sam, the status of your application has changed. Log in to view it.",
            "en",
            "Traffic Engineer III",
        ),
        (
            "bancoandino@successfactors.com",
            "Banco Andino Carreras",
            "Confirmación de aplicación: Analista de Riesgos",
            "Hola Andrés, hemos recibido tu aplicación. Te contactaremos si tu perfil avanza.",
            "es",
            "Analista de Riesgos",
        ),
    ],
)
def test_the_title_after_a_step_in_the_subject(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    role: str,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.role is not None, result.evidence
    assert result.role.casefold() == role.casefold(), result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "category"),
    [
        # an acknowledgement whose no-news-is-a-no is no rejection
        (
            "seleccion@grupo-ebro.example",
            "Selección Grupo Ebro",
            "Acuse de recibo: candidatura Planificador/a (Ref. OPS-25-17)",
            "Buenos días,\n\nAcusamos recibo de su candidatura para la vacante de Planificador/a "
            "(Ref. OPS-25-17) en Ebro Pinturas.\n\nEn caso de no recibir respuesta en el plazo de "
            "30 días, entienda que su candidatura no ha sido seleccionada para esta posición.\n\n"
            "Departamento de Selección",
            "es",
            Category.CONFIRMATION,
        ),
        (
            "vagas@kenoby.com",
            "Marulho CRM",
            "Marulho CRM - Inscrição confirmada",
            "Olá Rita,\n\nConfirmamos sua inscrição na vaga Analista de Suporte. Todas as "
            "atualizações do processo serão enviadas para este e-mail.\n\nAbraços, Marulho CRM",
            "pt",
            Category.CONFIRMATION,
        ),
        (
            "naoresponda@gupy.io",
            "Tainha Seguros",
            "Nova etapa disponível: Teste de Português e Lógica",
            "Olá Rita!\n\nVocê tem uma nova etapa disponível no processo Analista de Suporte: "
            "Teste de Português e Lógica (online, 40 minutos).\n\nFazer teste agora",
            "pt",
            Category.ASSESSMENT,
        ),
    ],
)
def test_receipts_and_tests_in_a_process(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    category: Category,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is category, result.evidence

"""Employers written beside their registered names, and boards that relay for them (corpora
123-128): a sign-off line with the brand before the registered name, Ireland's publicjobs.ie and
its two cards, Colombia's public employment service and a caja's job agency, German-speaking
hospitality boards, a bank's desks that are no employer, and Irish legal forms."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from jobtracker.correlator.names import company_key
from jobtracker.pipeline.contracts import CalendarEvent, Category, Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "company"),
    [
        # the brand before its registered name on the sign-off line, named in the letter too
        (
            "no-reply@hire.lever.co",
            "Panaderías Río Claro S.A.S.",
            "Gracias por postularte a Panaderías Río Claro S.A.S.",
            "Hola Camila,\n\n¡Gracias por querer unirte a Migajón! Recibimos tu postulación para "
            "Analista de Compras y la estamos revisando.\n\nSaludos,\nEquipo de Talento\nMigajón "
            "– Panaderías Río Claro S.A.S.",
            "es",
            "Migajón",
        ),
        (
            "bewerbung@softgarden.io",
            "Kessler Gastronomiebetriebe GmbH",
            "Deine Bewerbung ist angekommen",
            "Hallo Mia,\n\ndanke für deine Bewerbung als Küchenchefin bei Laubfrosch! Wir melden "
            "uns in den nächsten Tagen.\n\nLiebe Grüße\nLaubfrosch | Kessler Gastronomiebetriebe "
            "GmbH",
            "de",
            "Laubfrosch",
        ),
        # publicjobs.ie's receipt: the post, then the body in Irish and English, then the
        # reference
        (
            "noreply@publicjobs.ie",
            "publicjobs",
            "Application Received – Higher Executive Officer",
            "Dear Aoife,\n\nThank you for your application for the post of:\n\nHigher Executive "
            "Officer\nAn tÚdarás Uisce Náisiúnta / National Water Standards Authority\nCampaign "
            "reference: NWS26-003\n\nIs mise le meas,\npublicjobs",
            "en",
            "National Water Standards Authority",
        ),
        (
            "noreply@publicjobs.ie",
            "publicjobs",
            "Application Received - Clerical Officer",
            "Dear Conor,\nThis is to confirm that your application for the competition below has "
            "been received.\nCompetition: Clerical Officer (General Service grade), Western Ports "
            "Company\nReference: WPC/CO/2026\nRegards,\npublicjobs",
            "en",
            "Western Ports",
        ),
        # Colombia's public employment service relays the employer's vacancy
        (
            "notificaciones@serviciodeempleo.gov.co",
            "Servicio Público de Empleo",
            "Postulación registrada",
            "Señor(a) Julián Ortega:\n\nSu postulación fue registrada.\n\nEmpresa: Textiles "
            "Sabana S.A.S.\nVacante: Auxiliar de Bodega\n\nServicio Público de Empleo",
            "es",
            "Textiles Sabana",
        ),
        # an Austrian hospitality board's receipt names the hotel, never itself
        (
            "noreply@hotelcareer.at",
            "Hotelcareer",
            "Deine Bewerbung wurde erfolgreich versendet",
            "Hallo Jonas,\n\ndeine Bewerbung wurde erfolgreich versendet:\n\nRezeptionist (m/w/d)"
            "\nHotel Bergkristall · Lech am Arlberg\n\nViel Erfolg!\nDein Hotelcareer Team",
            "de",
            "Hotel Bergkristall",
        ),
    ],
)
def test_the_employer_behind_a_registered_name_or_a_relaying_board(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    company: str,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is not Category.NOT_JOB, result.evidence
    assert result.company is not None, result.evidence
    assert company_key(result.company) == company_key(company), result.evidence


def test_a_brand_the_letter_does_not_name_again_leaves_the_registered_name(
    classify: Classify,
) -> None:
    result = classify(
        sender="no-reply@hire.lever.co",
        name="Panaderías Río Claro S.A.S.",
        subject="Gracias por postularte a Panaderías Río Claro S.A.S.",
        body="Hola Camila,\n\nRecibimos tu postulación para Analista de Compras y la estamos "
        "revisando.\n\nSaludos,\nEquipo de Talento\nMigajón – Panaderías Río Claro S.A.S.",
        language="es",
    )
    assert result.company is not None, result.evidence
    assert company_key(result.company) == company_key("Panaderías Río Claro"), result.evidence


def test_a_banks_desk_in_a_title_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="bcx@myworkday.com",
        name="BCX",
        subject="Gracias por postularse: Analista de Riesgo de Crédito (R-2231)",
        body="Estimada Ana:\n\nHemos recibido su postulación para la vacante Analista de Riesgo "
        "de Crédito (R-2231).\n\nCordialmente,\nGestión Humana",
        language="es",
    )
    assert result.category is Category.CONFIRMATION, result.evidence
    assert result.company is None or company_key(result.company) != "credito", result.evidence


def test_a_caja_job_agency_relays_while_its_other_mailboxes_are_not_job_mail(
    classify: Classify,
) -> None:
    relayed = classify(
        sender="agenciadeempleo@compensar.com",
        name="Agencia de Empleo Compensar",
        subject="Su hoja de vida fue remitida a una vacante",
        body="Apreciado usuario:\n\nSu hoja de vida fue remitida a la vacante Auxiliar Contable "
        "de la empresa Ferretería El Tornillo S.A.S.\n\nAgencia de Empleo Compensar",
        language="es",
    )
    assert relayed.category is not Category.NOT_JOB, relayed.evidence
    assert relayed.company is not None, relayed.evidence
    assert company_key(relayed.company) != company_key("Compensar"), relayed.evidence
    health = classify(
        sender="citas@compensar.com",
        name="Compensar",
        subject="Recordatorio de su cita médica",
        body="Le recordamos su cita de medicina general el martes a las 8:00 a. m.",
        language="es",
    )
    assert health.category is Category.NOT_JOB, health.evidence


@pytest.mark.parametrize(
    ("written", "key"),
    [
        (
            "Brightwater Biologics Manufacturing Unlimited Company",
            "brightwater biologics manufacturing",
        ),
        ("Cnoc Software Designated Activity Company", "cnoc software"),
        ("Bord Cáilíochta Uisce Teoranta", "bord cailiochta uisce"),
        ("Solas Foods Teo.", "solas foods"),
    ],
)
def test_irish_legal_forms_are_dropped_from_keys(written: str, key: str) -> None:
    assert company_key(written) == key


def test_an_austrian_employment_contract_to_sign_is_an_offer_from_the_named_employer(
    classify: Classify,
) -> None:
    result = classify(
        sender="dse_na4@docusign.net",
        name="Petra Huber via DocuSign",
        subject="Bitte mit DocuSign signieren: Dienstvertrag_Almblick_Steiner.pdf",
        body="Petra Huber hat Ihnen ein Dokument zum Unterzeichnen gesendet.",
        language="de",
    )
    assert result.category is Category.OFFER, result.evidence
    assert result.company is not None, result.evidence
    assert company_key(result.company) == "almblick", result.evidence


def test_a_portuguese_saved_search_digest_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="alertas@itjobs.pt",
        name="ITJobs.pt",
        subject='5 novas ofertas para "Data Engineer" no Porto',
        body='Olá Rui, estas são as novas ofertas do teu alerta "Data Engineer – Porto":\n\n'
        "• Data Engineer – Ribeira Analytics – Porto\n• Engenheiro/a de Dados – Foz Tech – "
        "Matosinhos\n\nPara alterar ou remover este alerta: https://www.itjobs.pt/conta/alertas",
        language="pt",
    )
    assert result.category is Category.ALERT, result.evidence


@pytest.mark.parametrize(
    ("language", "subject", "body", "category"),
    [
        (
            "de",
            "Ihre Bewerbung",
            "Sehr geehrter Herr Kogler,\n\nwir haben Ihre Unterlagen geprüft, uns aber für eine "
            "Besetzung aus unserem eigenen Vertriebsteam entschieden. Alles Gute!\n\nPersonal",
            Category.REJECTION,
        ),
        (
            "de",
            "Deine Bewerbung bei Wolkenwerk",
            "Hi Jakob,\n\ndanke für deine Bewerbung als Support Engineer. Dein Profil ist "
            "spannend, aber wir gehen hier mit anderen Kandidat:innen weiter.\n\nViele Grüße\nAnna",
            Category.REJECTION,
        ),
        (
            "de",
            "Ihre Bewerbung: Koch (m/w/d)",
            "Sehr geehrte Frau Berger,\n\nvielen Dank für Ihre Bewerbung als Koch (m/w/d). Ihre "
            "Unterlagen sind vollständig bei uns eingegangen. Wir melden uns in zwei Wochen.",
            Category.CONFIRMATION,
        ),
        (
            "de",
            "Neuigkeiten zu Ihrer Bewerbung",
            "Gute Nachrichten: Ihre Bewerbung als Buchhalter (m/w/d) wurde vom Arbeitgeber "
            "geöffnet. Die Firma hat Ihre Unterlagen am 03.11.2025 angesehen.",
            Category.VIEWED,
        ),
        (
            "pt",
            "Convocação para Entrevista - Edital nº 07/2025",
            "SELEÇÃO PÚBLICA SIMPLIFICADA - EDITAL Nº 07/2025\n\nPrezado(a) JOÃO SILVA, após a "
            "publicação do resultado da Avaliação Curricular, V.Sa. está CONVOCADO para a etapa "
            "de Entrevista, conforme item 9 do Edital.\n\nData: 12/03/2026, 10h.",
            Category.INTERVIEW,
        ),
        (
            "pt",
            "Bem-vindo(a) ao Banco de Talentos",
            "Olá João,\n\nBem-vindo(a) ao Banco de Talentos da Rede Solaris! Quando surgir uma "
            "vaga com o seu perfil, avisaremos você.",
            Category.ALERT,
        ),
    ],
)
def test_receipts_views_nos_and_public_selection_mail(
    classify: Classify, language: str, subject: str, body: str, category: Category
) -> None:
    result = classify(
        sender="jobs@arbeitgeber.example",
        name="",
        subject=subject,
        body=body,
        language=language,
    )
    assert result.category is category, result.evidence


def test_a_letting_agents_viewing_invite_is_no_interview(classify: Classify) -> None:
    result = classify(
        sender="lettings@harbourlets.example",
        name="Harbour Lets",
        subject="RE: Flat 2, 9 Quay Street – viewing",
        body="Hi Niamh,\n\nThanks for your enquiry. We are holding a viewing for this property on "
        "Tuesday from 5.30pm. I've sent a calendar invite; please bring photo ID and your last "
        "three payslips if you wish to apply.\n\nKind regards,\nDeirdre",
        language="en",
        events=(
            CalendarEvent(
                method="REQUEST",
                summary="Viewing – Flat 2, 9 Quay Street",
                start=datetime(2025, 9, 16, 17, 30, tzinfo=UTC),
                organizer="lettings@harbourlets.example",
            ),
        ),
    )
    assert result.category is Category.NOT_JOB, result.evidence

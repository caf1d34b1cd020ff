"""Confirmations: plain ones in five languages, ones that sound negative, and forwarded ones."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category, Source

Classify = Callable[..., Classification]


def test_lever_confirmation_is_high_confidence(classify: Classify) -> None:
    result = classify(
        sender="no-reply@hire.lever.co",
        name="Helio",
        subject="Thank you for your application to Helio",
        body=(
            "Hi Jane,\n\nThanks for applying to Helio! We've received your application for the "
            "Platform Engineer role and our team will review it shortly. If your background is a "
            "match, we'll be in touch about next steps.\n\nBest,\nHelio Talent"
        ),
        links=("https://jobs.lever.co/helio/8f14e45f-ceea-4a6b-9c1d-2b3c4d5e6f70",),
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.APPLIED
    assert result.company == "Helio"
    assert result.role == "Platform Engineer"
    assert result.source is Source.LEVER
    assert result.job_url == "https://jobs.lever.co/helio/8f14e45f-ceea-4a6b-9c1d-2b3c4d5e6f70"
    assert result.confidence >= 0.85


def test_confirmation_that_says_unfortunately(classify: Classify) -> None:
    result = classify(
        sender="careers@brightpath.com",
        name="BrightPath Careers",
        subject="We received your application",
        body=(
            "Dear Jane,\n\nThank you for applying for the Customer Success Manager position at "
            "BrightPath. We have received your application and our recruiters will carefully "
            "review it. Unfortunately, due to the high number of applications we can't reply to "
            "everyone individually. If you are not selected for an interview, we will keep your "
            "details for future openings.\n\nBrightPath Talent Acquisition"
        ),
    )
    assert result.category is Category.CONFIRMATION, result.evidence
    assert result.company == "BrightPath"
    assert result.role == "Customer Success Manager"
    assert result.confidence >= 0.7


def test_confirmation_with_if_you_do_not_hear_back(classify: Classify) -> None:
    result = classify(
        sender="jobs@harbor-logistics.com",
        name="Harbor Logistics",
        subject="Application received - Warehouse Supervisor",
        body=(
            "Thank you for your application. Only shortlisted candidates will be contacted. If you "
            "do not hear from us within three weeks, please consider your application unsuccessful."
        ),
    )
    assert result.category is Category.CONFIRMATION, result.evidence
    assert result.company == "Harbor Logistics"
    assert result.role == "Warehouse Supervisor"


CONFIRMATIONS = [
    pytest.param(
        "en",
        "no-reply@ashbyhq.com",
        "Kestrel Hiring Team",
        "Your application to Kestrel",
        "Hi Jane, thank you for submitting your application for the Machine Learning Engineer "
        "position. We will review your application and get back to you soon.",
        "Kestrel",
        "Machine Learning Engineer",
        id="en",
    ),
    pytest.param(
        "de",
        "noreply@personio.de",
        "Brückner Logistik GmbH",
        "Ihre Bewerbung als Projektmanager (m/w/d)",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als Projektmanager (m/w/d). "
        "Hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen. Wir werden Ihre Unterlagen "
        "sorgfältig prüfen und melden uns so bald wie möglich bei Ihnen.",
        "Brückner Logistik",
        "Projektmanager",
        id="de-sie",
    ),
    pytest.param(
        "de",
        "jobs@abc12x.teamtailor-mail.com",
        "Kaffeekollektiv",
        "Danke für deine Bewerbung!",
        "Hey Jane,\n\ndeine Bewerbung als Barista ist bei uns eingegangen. Wir schauen sie uns in "
        "Ruhe an und melden uns innerhalb von zwei Wochen bei dir.\n\nDein Kaffeekollektiv Team",
        "Kaffeekollektiv",
        "Barista",
        id="de-du",
    ),
    pytest.param(
        "fr",
        "recrutement@cabinet-durand.fr",
        "Durand & Associés",
        "Confirmation de votre candidature",
        "Bonjour Jane,\n\nNous avons bien reçu votre candidature pour le poste de Juriste "
        "d’affaires. Nous allons étudier votre profil avec attention et reviendrons vers vous "
        "rapidement.",
        "Durand & Associés",
        "Juriste d’affaires",
        id="fr",
    ),
    pytest.param(
        "es",
        "empleo@grupoandino.com",
        "Grupo Andino",
        "Hemos recibido tu candidatura",
        "Hola Jane,\n\nGracias por postularte. Hemos recibido tu candidatura para el puesto de "
        "Analista Financiero y la revisaremos con atención. Si tu perfil encaja, nos pondremos en "
        "contacto contigo.",
        "Grupo Andino",
        "Analista Financiero",
        id="es",
    ),
    pytest.param(
        "pt",
        "talentos@vetorlog.com.br",
        "VetorLog",
        "Recebemos sua candidatura",
        "Olá Jane,\n\nRecebemos sua candidatura para a vaga de Desenvolvedor Backend. Vamos "
        "analisar o seu perfil e entraremos em contato caso o seu perfil seja selecionado.",
        "VetorLog",
        "Desenvolvedor Backend",
        id="pt",
    ),
]


@pytest.mark.parametrize(
    ("language", "sender", "name", "subject", "body", "company", "role"), CONFIRMATIONS
)
def test_confirmations_in_five_languages(
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
    assert result.category is Category.CONFIRMATION, result.evidence
    assert result.company == company
    assert result.role == role
    assert result.confidence >= 0.7


def test_negative_sounding_confirmations_in_other_languages(classify: Classify) -> None:
    german = classify(
        sender="karriere@nordlicht-versicherung.de",
        name="Nordlicht Versicherung Karriere",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body=(
            "Vielen Dank für Ihre Bewerbung. Leider können wir aufgrund der Vielzahl an "
            "Bewerbungen nicht jede Bewerbung individuell beantworten. Sollten Sie innerhalb von "
            "vier Wochen nichts von uns hören, ist die Stelle anderweitig vergeben."
        ),
        language="de",
    )
    french = classify(
        sender="jobs@verdure.fr",
        name="Verdure",
        subject="Votre candidature a bien été reçue",
        body=(
            "Merci pour votre candidature. Malheureusement, nous ne pouvons pas répondre "
            "individuellement à chaque candidature. Si votre candidature n’est pas retenue, vous "
            "recevrez un e-mail."
        ),
        language="fr",
    )
    assert german.category is Category.CONFIRMATION, german.evidence
    assert french.category is Category.CONFIRMATION, french.evidence
    assert german.company == "Nordlicht Versicherung"
    assert french.company == "Verdure"


def test_forwarded_confirmation_is_judged_by_its_content(classify: Classify) -> None:
    result = classify(
        sender="jane.doe@gmail.com",
        name="Jane Doe",
        subject="Fwd: Thank you for applying to Orbital",
        body="FYI - keeping this for my records.",
        quoted=(
            "---------- Forwarded message ---------\n"
            "From: Orbital Recruiting <no-reply@us.greenhouse-mail.io>\n"
            "Date: Mon, 3 Mar 2025 at 10:12\n"
            "Subject: Thank you for applying to Orbital\n"
            "To: <jane.doe@gmail.com>\n\n"
            "Hi Jane,\n\nThanks for applying to Orbital. Your application for the Site Reliability "
            "Engineer role has been received and we will review it shortly.\n\nOrbital Recruiting"
        ),
    )
    assert result.category is Category.CONFIRMATION, result.evidence
    assert result.company == "Orbital"
    assert result.role == "Site Reliability Engineer"
    assert result.source is Source.GREENHOUSE


def test_indeed_confirmation_reads_company_from_the_text(classify: Classify) -> None:
    result = classify(
        sender="indeedapply@indeed.com",
        name="Indeed Apply",
        subject="Indeed Application: Logistics Coordinator",
        body=(
            "Application submitted\n\nLogistics Coordinator\nCascade Freight Co. - Tacoma, WA\n\n"
            "The employer will contact you if your qualifications match their needs.\n"
            "Good luck!"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Cascade Freight"
    assert result.role == "Logistics Coordinator"
    assert result.source is Source.INDEED


def test_jazzhr_subject_gives_company_and_role(classify: Classify) -> None:
    result = classify(
        sender="notifications@applytojob.com",
        name="Brightline Dental",
        subject="Brightline Dental - Office Manager",
        body=(
            "Hi Jane,\n\nThank you for your interest in the Office Manager position. We have "
            "received your application and will be reviewing it soon."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Brightline Dental"
    assert result.role == "Office Manager"
    assert result.source is Source.JAZZHR


def test_transactional_footer_does_not_make_a_newsletter(classify: Classify) -> None:
    result = classify(
        sender="careers@meadowbrook.org",
        name="Meadowbrook Careers",
        subject="Thanks for applying!",
        body=(
            "Hi Jane, thanks for applying for the Program Coordinator position. Our team will "
            "review your application.\n\nYou are receiving this email because you applied on our "
            "careers site. Unsubscribe | Manage email preferences"
        ),
        list_unsubscribe="<mailto:unsubscribe@meadowbrook.org>",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Meadowbrook"
    assert result.role == "Program Coordinator"


def test_outlook_style_german_forward(classify: Classify) -> None:
    result = classify(
        sender="jane.doe@web.de",
        name="Jane Doe",
        subject="WG: Ihre Bewerbung bei Nordlicht Versicherung",
        body="Zur Info.",
        quoted=(
            "________________________________\n"
            "Von: Nordlicht Versicherung Karriere <karriere@nordlicht-versicherung.de>\n"
            "Gesendet: Montag, 3. März 2025 10:12\n"
            "An: Jane Doe <jane.doe@web.de>\n"
            "Betreff: Ihre Bewerbung bei Nordlicht Versicherung\n\n"
            "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als Aktuarin. Ihre "
            "Unterlagen sind bei uns eingegangen."
        ),
        language="de",
    )
    assert result.category is Category.CONFIRMATION, result.evidence
    assert result.company == "Nordlicht Versicherung"
    assert result.role == "Aktuarin"
    assert result.source is Source.DIRECT


def test_under_review_in_a_confirmation_stays_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="no-reply@myworkday.com",
        name="Workday",
        subject="Thank you for applying",
        body=(
            "Thank you for applying to the Financial Analyst position at Meridian Health. Your "
            "application is currently under review."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Meridian Health"
    assert result.role == "Financial Analyst"

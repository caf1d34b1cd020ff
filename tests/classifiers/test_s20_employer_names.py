"""Employer names that boards, ATSs and people write beside other words: a place after the
employer ("in Garching bei München", "(Torremolinos, Málaga)", "en Querétaro, Qro."), a Mexican
legal form after "de", a public service's receipt, a team's sign-off, "Franzi from Heimbox", an
ATS tenant run together from the display name, New Zealand's government domains
(corpora 105-113)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.correlator.names import company_key
from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "company"),
    [
        (
            "noreply@stepstone.de",
            "StepStone",
            "Ihre Bewerbung wurde erfolgreich versendet",
            "Geschafft, Jonas!\n\nIhre Bewerbung als Vertriebsingenieur (m/w/d) bei Kranich "
            "Antriebe GmbH in Unterföhring bei München wurde erfolgreich versendet.",
            "de",
            "Kranich Antriebe",
        ),
        (
            "noreply@turijobs.com",
            "Turijobs",
            "Has aplicado a Recepcionista de noche",
            "Hola Lucía,\n\nTu candidatura para Recepcionista de noche en Hotel Brisa Azul **** "
            "(Marbella, Málaga) se ha enviado correctamente.",
            "es",
            "Hotel Brisa Azul",
        ),
        (
            "notificaciones@occ.com.mx",
            "OCC Mundial",
            "Tu postulación fue enviada: Analista de Costos Sr.",
            "Hola Iván,\n\nTu postulación a la vacante Analista de Costos Sr. de TUBERIAS DEL "
            "NORESTE SA DE CV (Apodaca, N.L.) se envió correctamente.\n\nLa empresa revisará tu "
            "CV.",
            "es",
            "Tuberias del Noreste",
        ),
        (
            "ne-pas-repondre@francetravail.fr",
            "France Travail",
            "Votre candidature à l'offre 204KQPL a bien été transmise",
            "Bonjour,\n\nVotre candidature à l'offre Boulanger H/F - 35 - RENNES (offre n° "
            "204KQPL) a bien été transmise au recruteur SARL FOURNIL DE LA VILAINE.",
            "fr",
            "Fournil de la Vilaine",
        ),
        (
            "talent@myworkday.com",
            "Rivaud Logistique",
            "Merci pour votre candidature - Chef d'équipe quai",
            "Bonjour Paul,\n\nNous avons bien reçu votre candidature pour le poste Chef d'équipe "
            "quai.\n\nBien cordialement,\nL'équipe Talent Acquisition RL",
            "fr",
            "Rivaud Logistique",
        ),
        (
            "hbx@recruitee.com",
            "Lotte from Kistenwerk",
            "Update zu deiner Bewerbung",
            "Hi Jana,\n\nleider haben wir uns für eine andere Person entschieden.\n\nLotte",
            "de",
            "Kistenwerk",
        ),
        (
            "sierranorte@myworkday.com",
            "Siderúrgica Sierra Norte",
            "Confirmación de solicitud: Ingeniero de Procesos",
            "Estimado Iván:\n\nGracias por postularte al puesto Ingeniero de Procesos (R-2025-77) "
            "en Querétaro, Qro.\n\nRevisaremos tu solicitud.",
            "es",
            "Siderúrgica Sierra Norte",
        ),
    ],
)
def test_the_employer_beside_other_words(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    company: str,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.company is not None, result.evidence
    assert company_key(result.company) == company_key(company), result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "not_company"),
    [
        # a place alone is never the employer
        (
            "masondavis@myworkday.com",
            "Mason Davis",
            "Confirmación de solicitud: Ingeniero de Calidad",
            "Estimado Iván:\n\nGracias por postularte al puesto Ingeniero de Calidad (R-2025-12) "
            "en Querétaro, Qro.\n\nRevisaremos tu solicitud.",
            "es",
            "Querétaro",
        ),
        # a government second level is no employer's name
        (
            "aroha.tane@tpha.govt.nz",
            "Aroha Tane",
            "Interview - Senior Analyst",
            "Kia ora Sam,\n\nThank you for applying for the Senior Analyst role. We would like to "
            "invite you to an interview on Tuesday at 10am.\n\nNgā mihi,\nAroha",
            "en",
            "Govt",
        ),
        # a recruiter's display name at a vendor is no employer
        (
            "masondavis@myworkday.com",
            "Mason Davis",
            "Your application",
            "Thank you for applying to the Analyst role. We will review your application.",
            "en",
            "Mason Davis",
        ),
    ],
)
def test_words_that_are_no_employer(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    not_company: str,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.company != not_company, result.evidence


def test_an_ats_mail_under_an_account_name_names_its_brand(classify: Classify) -> None:
    result = classify(
        sender="no-reply@greenhouse.io",
        name="Ofenwerk Labs",
        subject="Your application to Krume",
        body="Hi Jana,\n\nThank you for your interest in Krume. Unfortunately we have decided to "
        "move forward with other candidates.\n\nThe Krume Team",
        language="en",
    )
    assert result.company == "Krume", result.evidence


def test_an_ats_account_name_stays_when_the_brand_is_written_once(classify: Classify) -> None:
    result = classify(
        sender="no-reply@greenhouse.io",
        name="Ofenwerk Labs",
        subject="Your application to Krume",
        body="Hi Jana,\n\nThank you for applying. We will review your application shortly.",
        language="en",
    )
    assert result.company == "Ofenwerk Labs", result.evidence

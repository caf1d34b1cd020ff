"""Public-sector and regional boards that relay applications (USAJOBS, Lanbide, ReKrute, ANAPEC,
JobStreet, OnlineJobs.ph, Kalibrr), game-based assessments, a group writing for one of its
companies, and look-alikes (corpora 95-104)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_usajobs_receipt_names_the_agency_after_its_department(classify: Classify) -> None:
    result = classify(
        sender="no-reply@usajobs.gov",
        name="USAJOBS",
        subject="Application Received: Budget Analyst",
        body="Hello Dana,\n\nYour application for Budget Analyst, announcement NPRA-26-0441-DE, "
        "Department of Coastal Affairs / Office for Harbor Planning, has been received by the "
        "agency.\n\nTrack this application",
        language="en",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Office for Harbor Planning"
    assert result.requisition_id is not None
    assert result.requisition_id.lower() == "npra-26-0441-de"


@pytest.mark.parametrize(
    ("status", "category"),
    [
        (
            "Status: Not Referred\nYou were found eligible but were not among the best qualified "
            "candidates sent to the selecting official.",
            Category.REJECTION,
        ),
        (
            "Status: Reviewed\nYour application has been reviewed and you meet the minimum "
            "qualifications for this position.",
            Category.CONFIRMATION,
        ),
        (
            "Status: Referred\nYour application was sent to the selecting official. If the "
            "selecting official wants to interview you, the agency will get in touch.",
            Category.CONFIRMATION,
        ),
    ],
)
def test_a_public_boards_status_line_tells_the_step(
    classify: Classify, status: str, category: Category
) -> None:
    result = classify(
        sender="no-reply@usajobs.gov",
        name="USAJOBS",
        subject="The status of your application has changed",
        body=f"Hello Dana,\n\nBudget Analyst, NPRA-26-0441-DE\n\n{status}\n\nTrack it online",
        language="en",
    )
    assert result.category is category, result.evidence
    assert result.requisition_id is not None


def test_a_unit_named_by_a_person_at_her_own_domain_gives_way_to_the_domain(
    classify: Classify,
) -> None:
    result = classify(
        sender="pwong@ridgemont.edu",
        name="Priya Wong",
        subject="Research Analyst - next round",
        body="Dear Dana,\n\nThank you for applying to the Research Analyst position at the Center "
        "for Housing Studies. We would like to invite you to an interview next week.\n\nBest,\n"
        "Priya Wong\nCenter for Housing Studies, Ridgemont University",
        language="en",
    )
    assert result.company == "Ridgemont University"


def test_a_body_a_board_names_whole_after_its_for(classify: Classify) -> None:
    result = classify(
        sender="no-reply@publicjobs.example",
        name="Public Jobs",
        subject="Outcome of your application",
        body="Dear Sam,\n\nThank you for applying for the Analyst role at the Office for Harbor "
        "Planning (reference 44120). Unfortunately you have not been successful.\n\nPublic Jobs",
        language="en",
    )
    assert result.company == "Office for Harbor Planning"


@pytest.mark.parametrize(
    "signature",
    [
        "L'équipe recrutement\nBrevanne Composites - une société du Groupe Talmont",
        "Le service RH partagé\nGroupe Talmont - pour Brevanne Composites SAS",
    ],
)
def test_a_groups_mail_signed_for_one_of_its_companies_names_the_company(
    classify: Classify, signature: str
) -> None:
    result = classify(
        sender="talmont@taleo.net",
        name="Talmont Recrutement",
        subject="Accusé de réception - Technicien méthodes (H/F)",
        body="Bonjour,\n\nNous accusons réception de votre candidature au poste de Technicien "
        f"méthodes (H/F), basé à Figeac.\n\nCordialement,\n\n{signature}",
        language="fr",
    )
    assert result.company == "Brevanne Composites"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Invitation à un entretien - Chef d'atelier",
            "Bonjour,\n\nNous avons le plaisir de vous inviter à un entretien pour le poste de "
            "Chef d'atelier au sein de Kerval Hydraulique.\n\nDate : jeudi 4 décembre à 10h00"
            "\n\nDRH Groupe Kerval",
        ),
        (
            "Confirmation de candidature - Chef d'atelier (H/F)",
            "Bonjour,\n\nNous vous confirmons la bonne réception de votre candidature pour "
            "l'offre « Chef d'atelier (H/F) » - Kerval Hydraulique, Cahors.\n\nSi votre "
            "candidature n'était pas retenue, vous en seriez informé par e-mail.\n\nLa Direction "
            "des Ressources Humaines du Groupe Kerval",
        ),
    ],
)
def test_a_group_naming_its_member_by_the_groups_word_names_the_member(
    classify: Classify, subject: str, body: str
) -> None:
    result = classify(
        sender="noreply@jobaffinity.fr",
        name="Groupe Kerval",
        subject=subject,
        body=body,
        language="fr",
    )
    assert result.company == "Kerval Hydraulique"


def test_a_game_based_assessment_is_sent_for_the_employer(classify: Classify) -> None:
    result = classify(
        sender="no-reply@arcticshores.com",
        name="Arctic Shores",
        subject="Fernmoor Insurance has invited you to play",
        body="Hi Dana,\n\nFernmoor Insurance would like to get to know you through a few short "
        "tasks. Allow about 20 minutes and finish by 3 March.\n\nStart now",
        language="en",
    )
    assert result.category is Category.ASSESSMENT
    assert result.company == "Fernmoor Insurance"


@pytest.mark.parametrize(
    ("body", "category"),
    [
        (
            "Dear Dana,\n\nFollowing your interview we are making you a provisional offer for the "
            "post of Graduate Analyst, subject to pre-employment checks.\n\nRecruitment Team",
            Category.OFFER,
        ),
        (
            "Dear Dana,\n\nWe are pleased to make you a provisional offer of a place on the MSc "
            "Data Science programme starting in September.\n\nAdmissions Office",
            Category.NOT_JOB,
        ),
        (
            "Hi Dana,\n\nWe've got your entry for the spring dinner ticket ballot (1 ticket). "
            "Results go out on Friday; entering doesn't guarantee a ticket.",
            Category.NOT_JOB,
        ),
    ],
)
def test_provisional_offers_and_ballots(classify: Classify, body: str, category: Category) -> None:
    result = classify(
        sender="recruitment@harbourlea.example",
        name="Harbourlea Recruitment",
        subject="Your application",
        body=body,
        language="en",
    )
    assert result.category is category, result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "company"),
    [
        (
            "ofertas@lanbide.eus",
            "Lanbide",
            "Confirmación de inscripción en oferta 02-2026-001177",
            "Hola:\n\nSu inscripción en la oferta 02-2026-001177 (Electromecánico/a) ha quedado "
            "registrada. La empresa ofertante, Troqueles Arratia S.L., recibirá su candidatura.",
            "es",
            "Troqueles Arratia",
        ),
        (
            "noreply@rekrute.com",
            "ReKrute",
            "Confirmation de votre candidature - Acheteur",
            "Bonjour,\n\nVotre candidature à l'offre Acheteur (H/F) - Rabat publiée par OUARDA "
            "EMBALLAGES SA a bien été transmise au recruteur.",
            "fr",
            "Ouarda Emballages",
        ),
        (
            "ne-pas-repondre@anapec.org",
            "ANAPEC",
            "Votre candidature à l'offre n° 2026-RA-00912",
            "Madame,\n\nVotre candidature à l'offre n° 2026-RA-00912 « Assistante comptable » "
            "(employeur : TAFILALT NEGOCE SARL, Rabat) a été enregistrée et transmise à "
            "l'employeur.",
            "fr",
            "Tafilalt Negoce",
        ),
        (
            "noreply@jobstreet.com",
            "JobStreet",
            "Your application was successfully submitted",
            "Hi Dana,\n\nYour application for Payroll Specialist at Malaya Greenfoods Inc. has "
            "been sent.\n\nThe JobStreet team",
            "en",
            "Malaya Greenfoods",
        ),
        (
            "support@onlinejobs.ph",
            "OnlineJobs.ph",
            "Your application has been sent to the employer",
            'Hi Dana,\n\nYour application for "Virtual Assistant (US hours)" has been sent to the '
            "employer, Rick T. of Copperline Roofing.",
            "en",
            "Copperline Roofing",
        ),
        (
            "noreply@kalibrr.com",
            "Kalibrr",
            "Good news! Pasig Freightworks moved you forward",
            "Hi Dana,\n\nPasig Freightworks has reviewed your application for Dispatcher and "
            "moved it to Shortlisted.",
            "en",
            "Pasig Freightworks",
        ),
    ],
)
def test_regional_boards_name_the_employer_not_themselves(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str, company: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category in (Category.CONFIRMATION, Category.VIEWED), result.evidence
    assert result.company == company

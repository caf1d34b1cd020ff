"""Interviews (with and without calendar invites), assessments, offers and "viewed" updates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest

from jobtracker.pipeline.contracts import CalendarEvent, Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category, Source

Classify = Callable[..., Classification]

BERLIN = timezone(timedelta(hours=1))


def test_calendar_invite_gives_interview_and_utc_event_time(classify: Classify) -> None:
    invite = CalendarEvent(
        uid="abc-123",
        method="REQUEST",
        status="CONFIRMED",
        summary="Interview: Jane Doe <> Fernweh Travel (Product Manager)",
        start=datetime(2025, 3, 12, 15, 0, tzinfo=BERLIN),
        end=datetime(2025, 3, 12, 16, 0, tzinfo=BERLIN),
        organizer="mailto:recruiting@fernweh-travel.de",
    )
    result = classify(
        sender="recruiting@fernweh-travel.de",
        name="Fernweh Travel Recruiting",
        subject="Invitation: Interview Jane Doe <> Fernweh Travel",
        body="You have been invited to the following event. Join with Google Meet.",
        events=(invite,),
    )
    assert result.category is Category.INTERVIEW
    assert result.status is ApplicationStatus.INTERVIEWING
    assert result.event_time == datetime(2025, 3, 12, 14, 0, tzinfo=UTC)
    assert result.company == "Fernweh Travel"
    assert result.confidence >= 0.85


def test_cancelled_invite_is_interview_without_event_time(classify: Classify) -> None:
    cancel = CalendarEvent(
        uid="abc-123",
        method="CANCEL",
        status="CANCELLED",
        summary="Interview: Jane Doe <> Fernweh Travel",
        start=datetime(2025, 3, 12, 14, 0, tzinfo=UTC),
    )
    result = classify(
        sender="recruiting@fernweh-travel.de",
        name="Fernweh Travel Recruiting",
        subject="Canceled event: Interview Jane Doe <> Fernweh Travel",
        body="This event has been canceled and removed from your calendar.",
        events=(cancel,),
    )
    assert result.category is Category.INTERVIEW
    assert result.event_time is None
    assert any("cancelled" in e for e in result.evidence)


def test_team_meeting_invite_from_a_colleague_is_not_job(classify: Classify) -> None:
    meeting = CalendarEvent(
        uid="x-1",
        method="REQUEST",
        summary="Sprint planning",
        start=datetime(2025, 3, 12, 9, 0, tzinfo=UTC),
    )
    result = classify(
        sender="tom@example.org",
        name="Tom Becker",
        subject="Invitation: Sprint planning",
        body="Weekly planning for the platform squad.",
        events=(meeting,),
    )
    assert result.category is Category.NOT_JOB


def test_hiring_manager_from_personal_address(classify: Classify) -> None:
    result = classify(
        sender="sam.okafor@gmail.com",
        name="Sam Okafor",
        subject="Your application - next steps",
        body=(
            "Hi Jane,\n\nI'm the engineering manager at Tidewater Robotics. I read your "
            "application for the Embedded Software Engineer role and would love to invite you to "
            "a video interview. Could you share your availability for next Tuesday or "
            "Wednesday?\n\nThanks,"
        ),
        signature="Sam Okafor\nEngineering Manager | Tidewater Robotics",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Tidewater Robotics"
    assert result.role == "Embedded Software Engineer"
    assert result.source is Source.DIRECT


STAGE_AND_EMPLOYER = [
    pytest.param(
        {
            "sender": "lena.fischer@outlook.com",
            "name": "Lena Fischer",
            "subject": "Interview invitation",
            "body": (
                "Hello Jane, thanks for applying. We would like to invite you to a first interview "
                "with our team. Please pick a time slot that suits you."
            ),
            "signature": "Lena Fischer\nHead of Engineering, Alpenglow Systems",
        },
        Category.INTERVIEW,
        "Alpenglow Systems",
        id="company-from-signature-only",
    ),
    pytest.param(
        {
            "sender": "hiring@loomcraft.com",
            "name": "Loomcraft Hiring",
            "subject": "Next step: take-home exercise",
            "body": (
                "Hi Jane, thanks again for your time. As the next step, we'd like you to complete "
                "a short take-home assignment. You have 5 days to submit your solution."
            ),
        },
        Category.ASSESSMENT,
        "Loomcraft",
        id="take-home-from-company",
    ),
    pytest.param(
        {
            "sender": "dse@docusign.net",
            "name": "Jan Kowalski via Docusign",
            "subject": "Complete with Docusign: Employment Agreement - Jane Doe.pdf",
            "body": (
                "Jan Kowalski sent you a document to review and sign. Please review the employment "
                "agreement from Vireo Systems."
            ),
        },
        Category.OFFER,
        "Vireo Systems",
        id="docusign-from-a-person",
    ),
]


@pytest.mark.parametrize(("mail", "category", "company"), STAGE_AND_EMPLOYER)
def test_stage_and_employer(
    classify: Classify, mail: dict[str, str], category: Category, company: str
) -> None:
    result = classify(**mail)
    assert result.category is category
    assert result.company == company


INTERVIEWS = [
    pytest.param(
        "de",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem "
        "persönlichen Vorstellungsgespräch einladen. Bitte wählen Sie einen Termin aus.",
        id="de",
    ),
    pytest.param(
        "fr",
        "Invitation à un entretien",
        "Bonjour Jane,\n\nSuite à votre candidature, nous souhaiterions vous rencontrer. Pouvez-"
        "vous nous indiquer vos disponibilités pour un entretien la semaine prochaine ?",
        id="fr",
    ),
    pytest.param(
        "es",
        "Invitación a entrevista",
        "Hola Jane,\n\nGracias por tu candidatura. Nos gustaría invitarte a una entrevista por "
        "videollamada. Por favor, indícanos tu disponibilidad.",
        id="es",
    ),
    pytest.param(
        "pt",
        "Convite para entrevista",
        "Olá Jane,\n\nObrigado pela sua candidatura. Gostaríamos de te convidar para uma "
        "entrevista online. Qual é a sua disponibilidade?",
        id="pt",
    ),
]


@pytest.mark.parametrize(("language", "subject", "body"), INTERVIEWS)
def test_interview_invitations_in_other_languages(
    classify: Classify, language: str, subject: str, body: str
) -> None:
    result = classify(
        sender="people@lichtwerk.io",
        name="Lichtwerk People",
        subject=subject,
        body=body,
        language=language,
    )
    assert result.category is Category.INTERVIEW, result.evidence
    assert result.company == "Lichtwerk"


def test_hackerrank_invite_names_the_employer_not_hackerrank(classify: Classify) -> None:
    result = classify(
        sender="support@hackerrankforwork.com",
        name="HackerRank",
        subject="Invitation to Meridian Bank's Coding Test",
        body=(
            "Hi Jane,\n\nMeridian Bank has invited you to take a test as part of their hiring "
            "process. Please complete the coding challenge for Meridian Bank within 7 days.\n\n"
            "Start test: https://www.hackerrank.com/test/9abcd1234"
        ),
        links=("https://www.hackerrank.com/test/9abcd1234",),
    )
    assert result.category is Category.ASSESSMENT
    assert result.status is ApplicationStatus.ASSESSMENT
    assert result.company == "Meridian Bank"
    assert result.source is Source.HACKERRANK


def test_codility_assessment(classify: Classify) -> None:
    result = classify(
        sender="no-reply@codility.com",
        name="Codility",
        subject="Solstice Games invites you to a Codility test",
        body=(
            "Hello,\n\nYou have been invited to take a technical assessment on behalf of Solstice "
            "Games. You will have 90 minutes to complete the test once you start."
        ),
    )
    assert result.category is Category.ASSESSMENT
    assert result.company == "Solstice Games"
    assert result.source is Source.CODILITY


OFFERS = [
    pytest.param(
        "en",
        "Offer of employment",
        "Dear Jane,\n\nWe are pleased to offer you the position of Senior Analyst at Copperleaf. "
        "Please find attached your offer letter with the details of your compensation package.",
        id="en",
    ),
    pytest.param(
        "de",
        "Ihr Vertragsangebot",
        "Liebe Jane,\n\nwir freuen uns, Ihnen ein Angebot für die Position als Senior Analyst "
        "machen zu können. Anbei finden Sie Ihren Arbeitsvertrag.",
        id="de",
    ),
    pytest.param(
        "fr",
        "Proposition d’embauche",
        "Bonjour Jane,\n\nNous sommes ravis de vous proposer le poste de Senior Analyst. Vous "
        "trouverez ci-joint notre proposition d’embauche.",
        id="fr",
    ),
    pytest.param(
        "es",
        "Oferta de empleo",
        "Hola Jane,\n\nNos complace ofrecerte el puesto de Senior Analyst. Adjuntamos la carta "
        "oferta con las condiciones.",
        id="es",
    ),
    pytest.param(
        "pt",
        "Proposta de emprego",
        "Olá Jane,\n\nTemos o prazer de oferecer a você a vaga de Senior Analyst. Segue em anexo a "
        "carta proposta.",
        id="pt",
    ),
]


@pytest.mark.parametrize(("language", "subject", "body"), OFFERS)
def test_offers_in_five_languages(
    classify: Classify, language: str, subject: str, body: str
) -> None:
    result = classify(
        sender="talent@copperleaf.com",
        name="Copperleaf Talent",
        subject=subject,
        body=body,
        language=language,
    )
    assert result.category is Category.OFFER, result.evidence
    assert result.status is ApplicationStatus.OFFER
    assert result.company == "Copperleaf"
    assert result.role == "Senior Analyst"


def test_docusign_offer_letter_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="dse_na2@docusign.net",
        name="Copperleaf via DocuSign",
        subject="Please DocuSign: Copperleaf Offer Letter - Jane Doe",
        body=(
            "Copperleaf sent you a document to review and sign. Please review your offer letter "
            "and employment agreement.\n\nREVIEW DOCUMENT"
        ),
    )
    assert result.category is Category.OFFER
    assert result.company == "Copperleaf"
    assert result.source is Source.DOCUSIGN


STAGE_ONLY = [
    pytest.param(
        {
            "sender": "dse_na2@docusign.net",
            "name": "Parkside Apartments via DocuSign",
            "subject": "Please DocuSign: Lease Agreement Unit 4B",
            "body": (
                "Parkside Apartments sent you a document to review and sign: your lease agreement."
            ),
        },
        Category.NOT_JOB,
        id="docusign-lease",
    ),
    pytest.param(
        {
            "sender": "jobs@copperleaf.com",
            "name": "Copperleaf",
            "subject": "Your application",
            "body": (
                "Dear Jane, thank you for interviewing with us. We are unable to offer you the "
                "position at this time."
            ),
        },
        Category.REJECTION,
        id="unable-to-offer",
    ),
    pytest.param(
        {
            "sender": "talent@hexa.dev",
            "name": "Hexa Talent",
            "subject": "Congratulations!",
            "body": (
                "Hi Jane, congratulations! You have been selected for the final interview round."
            ),
        },
        Category.INTERVIEW,
        id="selected-for-final-interview",
    ),
]


@pytest.mark.parametrize(("mail", "category"), STAGE_ONLY)
def test_stage(classify: Classify, mail: dict[str, str], category: Category) -> None:
    assert classify(**mail).category is category


def test_viewed_update(classify: Classify) -> None:
    result = classify(
        sender="notifications@smartrecruiters.com",
        name="Visa Careers",
        subject="Your application is now under review",
        body=(
            "Hi Jane, your application for Data Scientist has moved to review. The hiring team is "
            "currently reviewing your application."
        ),
    )
    assert result.category is Category.VIEWED
    assert result.status is ApplicationStatus.APPLIED
    assert result.company == "Visa"
    assert result.source is Source.SMARTRECRUITERS


def test_calendar_relay_is_never_the_employer(classify: Classify) -> None:
    invite = CalendarEvent(
        method="REQUEST",
        summary="Interview with Jane Doe",
        start=datetime(2025, 4, 2, 9, 0, tzinfo=UTC),
        organizer="mailto:talent@quillstone.com",
    )
    result = classify(
        sender="calendar-notification@google.com",
        name="Google Calendar",
        subject="Invitation: Interview with Jane Doe @ Wed Apr 2, 2025 11am",
        body="Talent Team has invited you to this event. Join with Google Meet.",
        events=(invite,),
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Quillstone"
    assert result.event_time == datetime(2025, 4, 2, 9, 0, tzinfo=UTC)

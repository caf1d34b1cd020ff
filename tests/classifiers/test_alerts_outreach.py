"""Alerts and nudges, recruiter outreach, staffing agencies, and job-related "other" mail."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category, Source

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body"),
    [
        (
            "no-reply@myworkday.com",
            "Workday",
            "Finish your application",
            "You started an application for Financial Analyst but didn't submit it. Finish your "
            "application before the posting closes.",
        ),
        (
            "talent@phenompeople.com",
            "Crescent Health Careers",
            "Welcome to the Crescent Health Talent Community",
            "Thank you for joining our talent community! We'll send you new jobs that match your "
            "interests.",
        ),
        (
            "alert@indeed.com",
            "Indeed",
            "15 new jobs for Product Designer",
            "Jobs you may be interested in: Product Designer at Flux, UX Designer at Nimbus. Easy "
            "apply.",
        ),
        (
            "jobs-listings@linkedin.com",
            "LinkedIn",
            "Stellar Foods is hiring",
            "Stellar Foods is hiring for Supply Chain Analyst. See jobs similar to the ones you "
            "viewed.",
        ),
        (
            "karriere@alpenbahn.de",
            "Alpenbahn Karriere",
            "Ihre Bewerbung ist noch nicht abgeschlossen",
            "Sie haben eine Bewerbung begonnen. Ihre Bewerbung ist noch nicht abgeschlossen – "
            "jetzt Bewerbung abschließen.",
        ),
    ],
)
def test_alerts_and_nudges(
    classify: Classify, sender: str, name: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body)
    assert result.category is Category.ALERT, result.evidence
    assert result.status is None


def test_recruiter_outreach_creates_a_lead(classify: Classify) -> None:
    result = classify(
        sender="maria.lopez@vantagepoint.ai",
        name="Maria Lopez",
        subject="Staff Engineer opportunity at VantagePoint",
        body=(
            "Hi Jane,\n\nI came across your profile and was impressed by your work on distributed "
            "systems. I'm a technical recruiter at VantagePoint and we have an exciting Staff "
            "Engineer opportunity. Would you be open to a quick call this week?\n\nBest, Maria"
        ),
    )
    assert result.category is Category.OUTREACH
    assert result.status is ApplicationStatus.INTERESTED
    assert result.company == "VantagePoint"
    assert result.role == "Staff Engineer"


def test_linkedin_inmail_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="inmail-hit-reply@linkedin.com",
        name="Tom Reyes via LinkedIn",
        subject="Senior Backend role at Helix Bio",
        body=(
            "Hi Jane, I'm leading hiring for Helix Bio's platform team. Your background looks like "
            "a great fit for a Senior Backend role. Are you open to new opportunities?"
        ),
    )
    assert result.category is Category.OUTREACH
    assert result.company == "Helix Bio"
    assert result.source is Source.LINKEDIN


def test_agency_writes_on_behalf_of_the_client(classify: Classify) -> None:
    result = classify(
        sender="olivia.brown@hays.co.uk",
        name="Olivia Brown",
        subject="Interview confirmed - Data Engineer",
        body=(
            "Hi Jane,\n\nGreat news - I submitted your CV to Arcadia Insurance and they would like "
            "to invite you to a first interview for the Data Engineer role on Thursday. Please "
            "confirm your availability.\n\nOlivia"
        ),
        signature="Olivia Brown\nSenior Recruitment Consultant | Hays",
    )
    assert result.category is Category.INTERVIEW
    assert result.source is Source.AGENCY
    assert result.company == "Arcadia Insurance"


def test_agency_without_named_client_never_reports_itself(classify: Classify) -> None:
    result = classify(
        sender="recruit@roberthalf.com",
        name="Robert Half",
        subject="A new opportunity",
        body=(
            "Hi Jane, my client, a leading fintech in London, is looking for a Risk Analyst. Would "
            "you be interested in exploring this opportunity?"
        ),
    )
    assert result.category is Category.OUTREACH
    assert result.source is Source.AGENCY
    assert result.company is None


def test_careers_site_verification_code_is_other_job(classify: Classify) -> None:
    result = classify(
        sender="noreply@myworkday.com",
        name="Workday",
        subject="Verify your candidate account",
        body="Your verification code is 482913. Use it to verify your email and activate your "
        "candidate account.",
    )
    assert result.category is Category.OTHER_JOB
    assert result.status is None


def test_bank_verification_code_is_not_job(classify: Classify) -> None:
    result = classify(
        sender="security@northbank.com",
        name="Northbank",
        subject="Your verification code",
        body="Your one-time passcode is 118822. Do not share it with anyone.",
    )
    assert result.category is Category.NOT_JOB


def test_candidate_survey_is_other_job(classify: Classify) -> None:
    result = classify(
        sender="no-reply@greenhouse.io",
        name="Orbital Recruiting",
        subject="How was your interview experience?",
        body="Tell us about your candidate experience: take our short survey about your "
        "interview experience with Orbital.",
    )
    assert result.category is Category.OTHER_JOB


@pytest.mark.parametrize(
    ("headers", "subject", "body"),
    [
        (
            {"Auto-Submitted": "auto-replied"},
            "Automatic reply: Application for Data Engineer",
            "I am currently out of the office with limited access to email and will return on "
            "Monday.",
        ),
        (
            {},
            "Abwesenheitsnotiz: Ihre Bewerbung als Data Engineer",
            "Ich bin bis zum 14. April nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.",
        ),
    ],
)
def test_recruiter_auto_reply_is_other_job(
    classify: Classify, headers: dict[str, str], subject: str, body: str
) -> None:
    result = classify(
        sender="h.schmidt@quellwasser.de",
        name="Hanna Schmidt",
        subject=subject,
        body=body,
        headers=headers,
        quoted="> Dear Ms Schmidt, please find attached my application for the Data Engineer role.",
    )
    assert result.category is Category.OTHER_JOB, result.evidence


def test_friends_auto_reply_is_not_job(classify: Classify) -> None:
    result = classify(
        sender="alex@example.com",
        name="Alex",
        subject="Out of office",
        body="I'm on holiday until the 20th.",
        headers={"Auto-Submitted": "auto-replied"},
        quoted="> Hey, want to grab lunch?",
    )
    assert result.category is Category.NOT_JOB


def test_employer_inviting_to_apply_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="noreply@indeed.com",
        name="Indeed",
        subject="Nova Dental invited you to apply",
        body="Nova Dental invited you to apply to the Dental Assistant job. Respond on Indeed.",
    )
    assert result.category is Category.OUTREACH
    assert result.company == "Nova Dental"
    assert result.source is Source.INDEED


def test_french_agency_names_its_client(classify: Classify) -> None:
    result = classify(
        sender="claire@rhpartners.fr",
        name="Claire Martin",
        subject="Entretien chez Sodexa",
        body=(
            "Bonjour Jane, bonne nouvelle : mon client Sodexa souhaite vous rencontrer pour un "
            "entretien jeudi prochain. Pouvez-vous me confirmer vos disponibilités ?"
        ),
        language="fr",
    )
    assert result.category is Category.INTERVIEW
    assert result.source is Source.AGENCY
    assert result.company == "Sodexa"


def test_german_headhunter_for_an_unnamed_client(classify: Classify) -> None:
    result = classify(
        sender="maria@talentlink-beratung.de",
        name="Maria Schulz",
        subject="Ihr Profil für eine Position als Teamleiter",
        body=(
            "Guten Tag Frau Doe, im Auftrag unseres Kunden, eines mittelständischen "
            "Maschinenbauers, suchen wir einen Teamleiter Produktion. Hätten Sie Interesse an "
            "einem vertraulichen Gespräch?"
        ),
        language="de",
    )
    assert result.category is Category.OUTREACH
    assert result.source is Source.AGENCY
    assert result.company is None

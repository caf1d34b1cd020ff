"""Mail around the stages: boards' alerts, newsletters about interviews, recruiters' pitches,
candidate surveys and the onboarding after a yes."""

from __future__ import annotations

import pytest

from jobtracker.pipeline.vocabulary import Category

CASES = [
    (
        "board alert with a saved search",
        "jobs@boerse.example",
        "Jobbörse",
        "4 neue Jobs für «Controller» in Bern",
        "Guten Tag\n\nIhr Job-Abo «Controller», Region Bern, hat 4 neue Stellen gefunden:\n"
        "Controller – Brindle AG, Bern\nFinanzanalyst – Ostwind AG, Thun\n\nAlle Jobs ansehen",
        {},
        Category.ALERT,
    ),
    (
        "en jobs by email",
        "alerts@unijobs.example",
        "UniJobs",
        "Jobs by Email: 3 new jobs",
        "Jobs by Email from UniJobs\n\nYour search: finance officer\n\nFinance Officer\nBrindle "
        "College - Leeds\n\nManage your Jobs by Email settings",
        {},
        Category.ALERT,
    ),
    (
        "newsletter on interview preparation",
        "news@zeitung.example",
        "Zeitung Karriere",
        "So meistern Sie das Vorstellungsgespräch",
        "Zeitung Karriere – der Newsletter für Ihre Laufbahn\n\nHeute: So meistern Sie das "
        "Vorstellungsgespräch. Ausserdem: ein Interview mit einer Personalchefin.\n\nWeiterlesen",
        {},
        Category.NOT_JOB,
    ),
    (
        "tech newsletter saying teams are hiring",
        "digest@techweekly.example",
        "Tech Weekly",
        "Tech Weekly: hiring slows, chips get cheaper",
        "Dear readers,\n\nthis week: how data teams are hiring in 2025. Many hiring managers now "
        "interview for judgement. Job postings for analysts fell 5%.\n\nRead online: "
        "https://techweekly.example/issue-88",
        {},
        Category.NOT_JOB,
    ),
    (
        "executive search pitch",
        "ola@hollinsearch.example",
        "Ola Berg",
        "Confidential search - Finance Director",
        "Dear Jane,\n\nI am conducting a confidential search on behalf of a listed retailer for "
        "a Finance Director. Would you be open to a discreet conversation?\n\nOla Berg\nPartner",
        {},
        Category.OUTREACH,
    ),
    (
        "in-house recruiter referred by a contact",
        "ola.berg@brindle.example",
        "Ola Berg",
        "Finance at Brindle",
        "Hi Jane,\n\nI'm the in-house recruiter at Brindle. Per mentioned you might be looking - "
        "we have a Finance Manager role opening next month and I'd love to tell you more.\n\n"
        "Ola Berg\nTalent Partner | Brindle",
        {},
        Category.OUTREACH,
    ),
    (
        "a network's message from a recruiter",
        "noreply@xing.com",
        "XING",
        "Ola Berg hat Ihnen eine Nachricht geschickt",
        'Hallo Jane,\n\nOla Berg (Recruiterin bei Brindle AG) hat Ihnen geschrieben:\n\n"Hallo '
        "Frau Doe, Ihr Profil ist mir bei der Suche nach einer Controllerin aufgefallen. Hätten "
        'Sie Lust, sich unverbindlich auszutauschen?"',
        {},
        Category.OUTREACH,
    ),
    (
        "candidate survey",
        "karriere@brindle.example",
        "Brindle AG",
        "Wie war Ihr Bewerbungsprozess bei uns?",
        "Guten Tag Frau Doe\n\nSie haben sich kürzlich bei uns beworben. Um unseren "
        "Bewerbungsprozess laufend zu verbessern, freuen wir uns über Ihr Feedback.\n\nIhr HR-Team",
        {},
        Category.OTHER_JOB,
    ),
    (
        "en candidate survey",
        "noreply@hirekit.example",
        "HireKit",
        "Two minute survey",
        "Hi Jane,\n\nYou recently applied for a role at Brindle. Could you spare two minutes to "
        "tell us how the process felt?\n\nThe HireKit team",
        {},
        Category.OTHER_JOB,
    ),
    (
        "documents before the start",
        "ola@brindle.example",
        "Ola Berg",
        "Noch ein Dokument",
        "Hallo Jane\n\nFür dein Personaldossier brauchen wir vor dem Start noch einen "
        "Strafregisterauszug.\n\nOla",
        {},
        Category.OTHER_JOB,
    ),
    (
        "welcome after the yes",
        "ola@brindle.example",
        "Ola Berg",
        "Welcome to Brindle!",
        "Hi Jane,\n\nWelcome aboard! We're so pleased you've said yes. You'll get a mail for your "
        "right-to-work check, and your laptop will be ready on your first day. Per is planning "
        "your first 30 days.\n\nOla",
        {},
        Category.OTHER_JOB,
    ),
]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "headers", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_mail_around_the_stages(
    classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    headers: dict[str, str],
    expected: Category,
) -> None:
    found = classify(sender=sender, name=name, subject=subject, body=body, headers=headers)
    assert found.category is expected


def test_a_careers_mailbox_talent_newsletter_stays_an_alert(classify) -> None:
    found = classify(
        sender="careers@brindle.example",
        name="Brindle Careers",
        subject="Brindle Careers | March: our people",
        body="Brindle talent newsletter\n\nThis month: a day in our finance team, and our "
        "featured vacancies: Controller, Payroll Officer.\n\nYou receive this mail because you "
        "joined the Brindle talent community.",
        headers={"List-Id": "<talent.brindle.example>"},
    )
    assert found.category is Category.ALERT

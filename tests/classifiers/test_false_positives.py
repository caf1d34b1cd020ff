"""Mail that mentions interviews, offers or applications without being application mail.

Newsletters and digests, personal calendar invites, consumer "applications" (credit cards, loans,
flats, visas) and a friend's good wishes all use the words job mail uses. Application mail needs
job context; a lone keyword is not enough.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from jobtracker.pipeline.contracts import CalendarEvent, Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

LIST_HEADERS = {"List-Id": "<weekly.pipelinedigest.com>", "Precedence": "bulk"}
UNSUBSCRIBE = "<https://pipelinedigest.com/unsubscribe?u=8a7f>"


def test_newsletter_about_interviews_is_not_an_interview(classify: Classify) -> None:
    result = classify(
        sender="newsletter@pipelinedigest.com",
        name="Pipeline Digest",
        subject="Issue #42: Our interview with the founder of a 12-person unicorn",
        body=(
            "Hi Jane,\n\nHere's what you need to know this week.\n\n1. Our interview with the "
            "founder of a 12-person unicorn\nSpoiler: it is mostly about boring fundamentals.\n\n"
            "2. Reader question: how do you prepare for an interview with a podcast host?\n\n"
            "Job of the week: our sponsor is hiring engineers — reply to learn more.\n\n"
            "That's all for today.\nUnsubscribe | Manage preferences"
        ),
        links=(
            "https://pipelinedigest.com/p/unicorn-founder",
            "https://pipelinedigest.com/p/podcast-interviews",
            "https://pipelinedigest.com/unsubscribe",
        ),
        headers=LIST_HEADERS,
        list_unsubscribe=UNSUBSCRIBE,
    )
    assert result.category is Category.NOT_JOB, result.evidence


def test_weekly_roundup_on_job_offer_negotiation_is_not_an_offer(classify: Classify) -> None:
    result = classify(
        sender="editors@ledgerlunch.net",
        name="Ledger & Lunch",
        subject="The weekly roundup: inside the job offer negotiation nobody talks about",
        body=(
            "In this issue:\n\n1. Inside the job offer negotiation nobody talks about\nWe asked "
            "five hiring managers what they really think of counter-offers.\n\n2. The quiet death "
            "of the cover letter\n\nRead the full story on our site.\n\nYou are receiving this "
            "email because you subscribed to Ledger & Lunch."
        ),
        headers={"List-Id": "<roundup.ledgerlunch.net>"},
        list_unsubscribe="<mailto:leave@ledgerlunch.net>",
    )
    assert result.category is Category.NOT_JOB, result.evidence


def test_german_newsletter_about_vorstellungsgespraech_is_not_an_interview(
    classify: Classify,
) -> None:
    result = classify(
        sender="redaktion@wirtschaft-kompakt.de",
        name="Wirtschaft kompakt",
        subject="Ausgabe 17: So meistern Sie das Vorstellungsgespräch",
        body=(
            "Liebe Leserinnen und Leser,\n\ndiese Woche: Was Personalchefs im "
            "Vorstellungsgespräch wirklich hören wollen, und warum der Lebenslauf kürzer wird.\n\n"
            "Newsletter abbestellen"
        ),
        headers={"List-Id": "<news.wirtschaft-kompakt.de>", "Precedence": "list"},
        language="de",
    )
    assert result.category is Category.NOT_JOB, result.evidence


def test_job_alert_from_a_mailing_list_stays_an_alert(classify: Classify) -> None:
    result = classify(
        sender="alerts@jobharbor.io",
        name="JobHarbor",
        subject="Jane, 5 new jobs matching your search: data engineer",
        body=(
            "We found 5 new jobs that match your preferences.\n\nSenior Data Engineer\nNorthwind "
            "Analytics · Berlin\nView job: https://www.jobharbor.io/jobs/7320053918\n\n"
            "Data Engineer\nKestrel Robotics · Munich\nView job: https://www.jobharbor.io/jobs/71"
        ),
        headers=LIST_HEADERS,
        list_unsubscribe=UNSUBSCRIBE,
    )
    assert result.category is Category.ALERT, result.evidence


def _invite(summary: str, location: str = "") -> tuple[CalendarEvent, ...]:
    start = datetime(2025, 3, 8, 10, 0, tzinfo=UTC)
    return (CalendarEvent(summary=summary, start=start, location=location, method="REQUEST"),)


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "summary"),
    [
        (
            "priya.raman@gmail.com",
            "Priya Raman",
            "Invitation: Yoga class @ Sat Mar 8, 2025 10am",
            "Priya Raman has invited you to Yoga class.\nWhen: Saturday, 10:00\nWhere: Studio 3",
            "Yoga class",
        ),
        (
            "tom.becker@web.de",
            "Tom Becker",
            "Einladung: Buchclub am Samstag",
            "Hallo Jane, hier die Einladung zum Buchclub. Wir lesen diesmal 'Die Wand'.",
            "Buchclub",
        ),
        (
            "termine@praxis-weber.de",
            "Zahnarztpraxis Weber",
            "Terminerinnerung: Zahnarzttermin",
            "Wir erinnern Sie an Ihren Termin am Samstag um 10:00 Uhr. Bitte sagen Sie "
            "spätestens 24 Stunden vorher ab, falls Sie verhindert sind.",
            "Zahnarzttermin",
        ),
    ],
)
def test_personal_calendar_invites_are_not_interviews(
    classify: Classify, sender: str, name: str, subject: str, body: str, summary: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, events=_invite(summary))
    assert result.category is Category.NOT_JOB, result.evidence
    assert result.event_time is None


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body"),
    [
        (
            "no-reply@kitecredit.com",
            "Kite Credit",
            "Congratulations! Your application has been approved",
            "Dear Jane,\n\nCongratulations! We're pleased to offer you a Kite Credit Rewards "
            "card. Your credit limit is $2,500. Your new card will arrive within 7-10 business "
            "days. Accept your offer online to activate your account.\n\nWelcome aboard,\nKite "
            "Credit",
        ),
        (
            "notifications@harborviewbank.com",
            "Harborview Bank",
            "Regarding your recent application",
            "Dear Customer,\n\nThank you for your interest in Harborview Bank and for your recent "
            "application for credit. After careful review, we are unable to offer you credit at "
            "this time. You have the right to a free copy of your credit report within 60 days.",
        ),
        (
            "leasing@oakridgepm.com",
            "Oakridge Property Management",
            "Your application for 58 Maple Avenue",
            "Hi Jane,\n\nThank you for your interest in 58 Maple Avenue. Unfortunately the unit "
            "has been rented, so we are unable to proceed with your application. Your holding "
            "deposit will be refunded within 5 business days.",
        ),
        (
            "noreply@visa-services.gov.example.org",
            "Visa Services",
            "Your visa application has been approved",
            "Dear applicant, we are pleased to inform you that your visa application has been "
            "approved. Please collect your passport at the consulate.",
        ),
    ],
)
def test_consumer_applications_are_not_job_mail(
    classify: Classify, sender: str, name: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body)
    assert result.category is Category.NOT_JOB, result.evidence
    assert result.company is None


@pytest.mark.parametrize(
    ("sender", "subject", "body", "language"),
    [
        (
            "taylor.king@gmail.com",
            "Re: Urlaub",
            "Hallo Jane,\n\nsorry für die späte Antwort! Wie läuft die Jobsuche? Viel Erfolg beim "
            "Vorstellungsgespräch nächste Woche, das wird super!\n\nLG Taylor",
            "de",
        ),
        (
            "sam.okafor@outlook.com",
            "Saturday?",
            "Hey Jane! Good luck with your interview tomorrow, fingers crossed. Are we still on "
            "for the hike on Saturday?",
            "en",
        ),
        (
            "lucie.martin@free.fr",
            "Re: dimanche",
            "Coucou ! Bonne chance pour ton entretien jeudi, tiens-moi au courant. Bises, Lucie",
            "fr",
        ),
    ],
)
def test_a_friend_wishing_luck_for_an_interview_is_not_job_mail(
    classify: Classify, sender: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name="Friend", subject=subject, body=body, language=language)
    assert result.category is Category.NOT_JOB, result.evidence


def test_a_lone_interview_word_from_a_person_is_not_enough(classify: Classify) -> None:
    result = classify(
        sender="m.lopez@gmail.com",
        name="Maria Lopez",
        subject="the interview",
        body="Did you see the interview with the mayor on TV last night? Unbelievable.",
    )
    assert result.category is Category.NOT_JOB

"""LinkedIn: one vendor, many kinds of mail; the sender address and the body decide."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category, Source

Classify = Callable[..., Classification]

JOB_LINK = ("https://www.linkedin.com/comm/jobs/view/3912345678/?trackingId=abc",)


def test_application_sent(classify: Classify) -> None:
    result = classify(
        sender="jobs-noreply@linkedin.com",
        name="LinkedIn",
        subject="Jane, your application was sent to Kestrel Robotics",
        body=(
            "Your application was sent to Kestrel Robotics\n\nRobotics Software Engineer\n"
            "Kestrel Robotics · Munich, Bavaria, Germany (Hybrid)\nApplied on March 3, 2025\n\n"
            "View job"
        ),
        links=JOB_LINK,
        list_unsubscribe="<https://www.linkedin.com/e/unsub>",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Kestrel Robotics"
    assert result.role == "Robotics Software Engineer"
    assert result.source is Source.LINKEDIN
    assert result.job_url == JOB_LINK[0]
    assert result.confidence >= 0.85


def test_application_viewed(classify: Classify) -> None:
    result = classify(
        sender="jobs-noreply@linkedin.com",
        name="LinkedIn",
        subject="Your application was viewed by Kestrel Robotics",
        body="Kestrel Robotics viewed your application for Robotics Software Engineer.",
        links=JOB_LINK,
    )
    assert result.category is Category.VIEWED
    assert result.company == "Kestrel Robotics"


def test_update_from_company_that_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="jobs-noreply@linkedin.com",
        name="LinkedIn",
        subject="Your update from Kestrel Robotics",
        body=(
            "Thank you for your interest in the Robotics Software Engineer position at Kestrel "
            "Robotics in Munich. Unfortunately, we will not be moving forward with your "
            "application, but we appreciate your time and interest in Kestrel Robotics."
        ),
        links=JOB_LINK,
    )
    assert result.category is Category.REJECTION
    assert result.company == "Kestrel Robotics"
    assert result.role == "Robotics Software Engineer"


def test_update_from_company_without_a_decision_is_not_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="jobs-noreply@linkedin.com",
        name="LinkedIn",
        subject="Your update from Kestrel Robotics",
        body="Kestrel Robotics has reviewed your application and moved it to the next stage.",
        links=JOB_LINK,
    )
    assert result.category is not Category.REJECTION
    assert result.company == "Kestrel Robotics"


@pytest.mark.parametrize(
    ("subject", "language"),
    [
        ("Ihre Bewerbung wurde an Kestrel Robotics gesendet", "de"),
        ("Votre candidature a été envoyée à Kestrel Robotics", "fr"),
        ("Tu solicitud se ha enviado a Kestrel Robotics", "es"),
        ("Sua candidatura foi enviada para Kestrel Robotics", "pt"),
    ],
)
def test_application_sent_in_other_languages(
    classify: Classify, subject: str, language: str
) -> None:
    result = classify(
        sender="jobs-noreply@linkedin.com",
        name="LinkedIn",
        subject=subject,
        body="Robotics Software Engineer\nKestrel Robotics · München",
        links=JOB_LINK,
        language=language,
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Kestrel Robotics"


def test_job_alert(classify: Classify) -> None:
    result = classify(
        sender="jobalerts-noreply@linkedin.com",
        name="LinkedIn Job Alerts",
        subject="“robotics engineer”: Kestrel Robotics - Robotics Engineer and more",
        body="Your job alert for robotics engineer\n30+ new jobs in Munich match your preferences.",
        links=JOB_LINK,
    )
    assert result.category is Category.ALERT
    assert result.source is Source.LINKEDIN


def test_social_notification_is_not_job(classify: Classify) -> None:
    result = classify(
        sender="notifications-noreply@linkedin.com",
        name="LinkedIn",
        subject="You appeared in 12 searches this week",
        body="See who's looking at your profile. Congratulate Tom on his work anniversary.",
    )
    assert result.category is Category.NOT_JOB


def test_message_from_a_friend_is_not_job(classify: Classify) -> None:
    result = classify(
        sender="messages-noreply@linkedin.com",
        name="Tom Becker via LinkedIn",
        subject="Tom sent you a new message",
        body="Tom Becker: Hey! Long time no see, are you coming to the reunion in June?",
    )
    assert result.category is Category.NOT_JOB

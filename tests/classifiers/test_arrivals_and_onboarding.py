"""A board's "your application … has arrived", a background check and an onboarding welcome."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_an_arrival_notice_with_the_title_in_between_is_a_confirmation(
    classify: Classify,
) -> None:
    result = classify(
        sender="noreply@join.com",
        name="JOIN",
        subject="Deine Bewerbung bei Kranich Logistik",
        body=(
            "Hallo Jane,\n\ndeine Bewerbung als Data Engineer bei Kranich Logistik ist\n"
            "angekommen. Das Team meldet sich bei dir, sobald es deine Unterlagen gesichtet "
            "hat.\n\nViel Erfolg!\nDein JOIN Team"
        ),
        language="de",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Kranich Logistik"


def test_a_background_check_request_is_job_mail_without_a_stage(classify: Classify) -> None:
    result = classify(
        sender="no-reply@checkr.com",
        name="Checkr",
        subject="Orbitly has requested a background check",
        body=(
            "Hi Jane,\n\nOrbitly has asked Checkr to run a background check as part of your "
            "employment process. Please confirm your details and consent to the check.\n\n"
            "Checkr, Inc."
        ),
    )
    assert result.category is Category.OTHER_JOB


def test_an_onboarding_welcome_is_job_mail_without_a_stage(classify: Classify) -> None:
    result = classify(
        sender="sam.lee@orbitly.io",
        name="Sam Lee",
        subject="Welcome aboard, Jane! Before your start",
        body=(
            "Hi Jane,\n\nWe're thrilled you're joining us on March 3rd! A few things before day "
            "one:\n\n- Your laptop arrives next week.\n- Please complete the payroll forms.\n"
            "- Your onboarding buddy is Max.\n\nSee you soon,\nSam\nPeople Team, Orbitly"
        ),
    )
    assert result.category is Category.OTHER_JOB


def test_thanks_for_joining_a_webinar_stays_out(classify: Classify) -> None:
    result = classify(
        sender="events@cloudmetrics.io",
        subject="Thanks for joining us today",
        body=(
            "Hi Jane,\n\nThanks for joining us at today's webinar on observability. The "
            "recording and slides are below.\n\nThe Cloudmetrics Team"
        ),
    )
    assert result.category is Category.NOT_JOB


def test_a_founders_video_meet_after_an_application_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="tobias@kranich-logistik.de",
        name="Tobias Brandt",
        subject="Kurzes Kennenlernen?",
        body=(
            "Hi Jane,\n\nich bin Tobias, Gründer bei Kranich. Danke für deine Bewerbung! Dein "
            "Profil passt sehr gut zu dem, was wir suchen. Hättest du Zeit für ein erstes "
            "Kennenlernen per Video, etwa am Mittwoch um 11 Uhr? Wir planen ca. 30 Minuten "
            "ein.\n\nBeste Grüße\nTobias"
        ),
        language="de",
    )
    assert result.category is Category.INTERVIEW

"""Confidence: clear cases are sure, weak or conflicting ones stay below the review threshold."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

REVIEW_THRESHOLD = 0.6


def test_vendor_plus_strong_phrase_is_high(classify: Classify) -> None:
    result = classify(
        sender="no-reply@hire.lever.co",
        name="Helio",
        subject="Your application to Helio",
        body="Hi Jane, we have received your application for the Platform Engineer role.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.confidence >= 0.85


def test_single_weak_cue_is_medium(classify: Classify) -> None:
    result = classify(
        sender="office@harbor-logistics.com",
        name="Harbor Logistics",
        subject="Quick question",
        body="Hi Jane, thanks for your resume. Would you be available for a call with our hiring "
        "manager?",
    )
    assert result.category is Category.INTERVIEW
    assert 0.5 <= result.confidence < 0.85


def test_application_phrase_without_any_job_context_goes_to_review(classify: Classify) -> None:
    result = classify(
        sender="info@somewhere.example",
        name="Somewhere",
        subject="Thank you for your application",
        body="We have received your application and will get back to you soon.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.confidence < REVIEW_THRESHOLD


def test_conflicting_strong_cues_go_to_review(classify: Classify) -> None:
    result = classify(
        sender="jobs@copperleaf.com",
        name="Copperleaf",
        subject="Your application",
        body=(
            "Dear Jane, we are pleased to offer you the position of Analyst. The position has "
            "been filled."
        ),
    )
    assert result.confidence < REVIEW_THRESHOLD


def test_application_mail_without_employer_goes_to_review(classify: Classify) -> None:
    result = classify(
        sender="no-reply@us.greenhouse-mail.io",
        name="Greenhouse",
        subject="Application received",
        body="Thank you for applying. We have received your application.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company is None
    assert result.confidence < REVIEW_THRESHOLD


def test_clear_non_job_mail_is_sure(classify: Classify) -> None:
    result = classify(
        sender="orders@bookhaven.com",
        name="Bookhaven",
        subject="Your order has shipped",
        body="Good news! Your package is on its way.",
    )
    assert result.category is Category.NOT_JOB
    assert result.confidence >= 0.9

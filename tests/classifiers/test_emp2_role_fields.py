"""Job titles with a field or team in them ("Applied Scientist", "ML Engineer, Applied
Research") are titles all the same; "the above post" names no title at all."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.role import clean_role
from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    "title",
    [
        "Applied Scientist",
        "Machine Learning Engineer, Applied Research",
        "Research Engineer - Applied AI",
    ],
)
def test_a_capitalised_applied_field_stays_in_the_title(title: str) -> None:
    assert clean_role(title) == title


@pytest.mark.parametrize(
    "capture", ["you applied", "Applied", "APPLIED", "above post", "aforementioned role"]
)
def test_the_verb_applied_and_a_pointer_back_are_no_title(capture: str) -> None:
    assert clean_role(capture) is None


def test_a_team_after_a_comma_is_kept_in_the_body_title(classify: Classify) -> None:
    result = classify(
        sender="careers@tidemoor.ai",
        subject="Thanks for your application",
        body="Hi Jane,\n\nThanks for applying for the Data Scientist, Applied Modelling role at "
        "Tidemoor. Our team will review it shortly.\n\nTidemoor Talent",
        language="en",
    )
    assert result.role == "Data Scientist, Applied Modelling", result.evidence


def test_the_above_post_gives_no_title(classify: Classify) -> None:
    result = classify(
        sender="noreply@recruit.wyebank-trust.org",
        subject="Application Acknowledgement - 5521-OPS",
        body="Dear Jane,\n\nThank you for your application for the above post, which has been "
        "received.\n\nRecruitment Team\nWyebank Community Trust",
        language="en",
    )
    assert result.role is None, result.evidence


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Hi Jane,\n\nThanks for applying for Service Designer - Public Sector at Kestrelby. "
            "We'll be in touch.\n\nKestrelby",
            "Service Designer - Public Sector",
        ),
        (
            "Hi Jane,\n\nYour application for Stock Controller has been sent to Hallowmere "
            "Foods.\n\nGood luck",
            "Stock Controller",
        ),
        (
            "Hi Jane,\n\nThanks so much for applying to be our Field Sales Lead (Bristol, "
            "hybrid). We read every application.\n\nKestrelby",
            "Field Sales Lead",
        ),
    ],
)
def test_body_receipts_name_the_title(classify: Classify, body: str, role: str) -> None:
    result = classify(
        sender="talent@kestrelby.io", subject="Thanks for applying", body=body, language="en"
    )
    assert result.role == role, result.evidence

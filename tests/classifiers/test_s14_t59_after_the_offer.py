"""Mail around the end of a process that is easy to read as another stage.

A background screening ordered by the employer and its completion notice are no assessment;
a "thrilled you're joining <Company>!" welcome with first-day logistics is onboarding, no offer;
a card application receipt is no job application; and a no told with praise ("while your
background is impressive, we have selected candidates whose experience with X and Y more closely
matches") or in a founder's words ("we decided we need someone who") is a rejection.
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_background_screening_request_is_other_job(classify: Classify) -> None:
    result = classify(
        sender="noreply@hireright.com",
        name="HireRight",
        subject="Action Required: Complete your background screening for Larchmont Foods",
        body=(
            "Dear Sam,\n\nLarchmont Foods has asked HireRight to run a background screening as "
            "part of your application process. Please complete the online form within 3 days."
        ),
    )
    assert result.category is Category.OTHER_JOB


def test_welcome_naming_the_company_is_onboarding(classify: Classify) -> None:
    result = classify(
        sender="people@larchmontfoods.com",
        name="Larchmont People Team",
        subject="Welcome to Larchmont! Your first day: June 2",
        body=(
            "Hi Sam,\n\nWe're thrilled you're joining Larchmont Foods! Your first day is Monday, "
            "June 2. Please arrive at 9 AM at the front desk and bring your ID."
        ),
    )
    assert result.category is Category.OTHER_JOB


def test_branded_card_application_is_no_job(classify: Classify) -> None:
    result = classify(
        sender="cards@firstcoastbank.com",
        name="First Coast Card Services",
        subject="Thanks for applying for the First Coast Travel+ card",
        body=(
            "Hi Sam,\n\nWe've received your application for the First Coast Travel+ Visa. "
            "You'll hear from us within 7-10 business days."
        ),
    )
    assert result.category is Category.NOT_JOB


def test_praise_then_selected_candidates_whose_long_experience_matches(
    classify: Classify,
) -> None:
    result = classify(
        sender="larchmontfoods@taleo.net",
        name="Larchmont Foods Talent Acquisition",
        subject="Regarding your application for Supply Chain Analyst",
        body=(
            "Dear Sam,\n\nThank you for your interest in the Supply Chain Analyst position. While "
            "your background is impressive, we have selected candidates whose experience with "
            "SAP IBP and cold-chain demand planning more closely matches this role."
        ),
    )
    assert result.category is Category.REJECTION


def test_founder_decided_they_need_someone_else(classify: Classify) -> None:
    result = classify(
        sender="jo.marsh.builds@gmail.com",
        name="Jo Marsh",
        subject="Re: your application - tidepool",
        body=(
            "Sam - thanks for the time today. After the call we decided we need someone who can "
            "also run paid acquisition, and that isn't your focus. Good luck!\n\nJo"
        ),
    )
    assert result.category is Category.REJECTION

"""A US software engineer's inbox: a group's careers site writing for one of its brands,
booking tools and hiring marketplaces, big-tech team matching and offer calls, a founder's
short no, a venture fund's talent team, contract staffing, and look-alikes (a conference's
speaker programme, a W-2 from payroll)."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


def test_a_groups_careers_site_names_the_brand_after_the_title(classify: Classify) -> None:
    result = classify(
        sender="harcourt@myworkday.com",
        name="Harcourt Holdings Group",
        subject="Application Received - Staff Data Engineer (L6) - Brightmoor",
        body=(
            "Dear Jane,\n\nThank you for your interest in careers at Harcourt Holdings Group "
            "and its family of brands. We have received your application for Staff Data "
            "Engineer (L6) with the Brightmoor team.\n\nHarcourt Talent Acquisition"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Brightmoor"


def test_a_place_after_the_title_is_no_brand(classify: Classify) -> None:
    result = classify(
        sender="harcourt@myworkday.com",
        name="Harcourt Holdings Group",
        subject="Application Received - Staff Data Engineer - Denver",
        body=(
            "Dear Jane,\n\nThank you for your interest in Harcourt Holdings Group and its "
            "family of brands. We have received your application for Staff Data Engineer, "
            "based in Denver."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company != "Denver"


def test_a_booking_tools_event_after_the_employer_is_no_part_of_it(classify: Classify) -> None:
    result = classify(
        sender="scheduling@modernloop.io",
        name="ModernLoop",
        subject="Your interview is confirmed: Tidewater Virtual Onsite",
        body="Hi Jane,\n\nYour onsite loop is confirmed for Monday, 9:00 AM - 1:00 PM.\n",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Tidewater"


def test_gem_scheduling_is_the_tool_not_the_employer(classify: Classify) -> None:
    result = classify(
        sender="scheduling@gem.com",
        name="Gem Scheduling",
        subject="Your interview is confirmed: Larkspur Final Interview",
        body="Hi Jane,\n\nYour final interview is confirmed for Friday at 10:00 AM.\n",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Larkspur"


def test_a_marketplaces_interview_request_is_an_employers_approach(classify: Classify) -> None:
    request = classify(
        sender="notifications@hired.com",
        name="Hired",
        subject="New interview request from Bluefin Analytics",
        body="Jane, you have a new interview request!\n\nBluefin Analytics\nData Engineer",
    )
    accepted = classify(
        sender="notifications@hired.com",
        name="Hired",
        subject="You accepted Bluefin Analytics's interview request",
        body="Great! Bluefin Analytics has been told and will reach out to schedule.",
    )
    assert request.category is Category.OUTREACH
    assert request.company == "Bluefin Analytics"
    assert accepted.category is Category.CONFIRMATION
    assert accepted.company == "Bluefin Analytics"


def test_a_karat_interview_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="scheduling@karat.io",
        name="Karat",
        subject="Your Karat interview for Pinecrest is scheduled",
        body=(
            "Hi Jane,\n\nYour technical interview with a Karat Interview Engineer on behalf "
            "of Pinecrest is scheduled for Tuesday at 3:00 PM (60 minutes)."
        ),
    )
    assert result.category is Category.INTERVIEW


def test_a_recruiters_offer_recap_is_an_offer(classify: Classify) -> None:
    result = classify(
        sender="kim.osei@copperbeam.example",
        name="Kim Osei",
        subject="Copperbeam offer - Data Engineer",
        body=(
            "Hi Jane,\n\nGreat speaking today. Here's a recap of the offer we talked "
            "through:\n\n- Base: $180,000\n- RSUs: $200,000 over four years\n- Start date: "
            "April 6\n\nThe formal letter follows by e-signature.\n\nKim"
        ),
    )
    assert result.category is Category.OFFER


def test_a_recruiter_passing_on_a_declined_offer(classify: Classify) -> None:
    result = classify(
        sender="kim.osei@copperbeam.example",
        name="Kim Osei",
        subject="RE: Copperbeam offer",
        body=(
            "Hi Jane,\n\nThanks for letting me know, and for being so open with me. I've let "
            "the hiring manager know you've declined. Best of luck!\n\nKim"
        ),
    )
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.WITHDRAWN


def test_a_withdrawal_naming_the_title_is_confirmed(classify: Classify) -> None:
    result = classify(
        sender="lee@quarrylane.example",
        name="Lee Park",
        subject="Re: Withdrawing",
        body="Hi Jane, understood - I've withdrawn you from the Staff Data Engineer process.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.WITHDRAWN


def test_a_venture_funds_talent_team_pitches_a_portfolio_company(classify: Classify) -> None:
    result = classify(
        sender="ali@harborpoint.vc",
        name="Ali Grant",
        subject="Intro?",
        body=(
            "Hi Jane - I lead the talent team at Harborpoint. One of our portfolio "
            "companies, Snowmelt (Series B), is looking for a Head of Data. Keen on an intro?"
        ),
    )
    assert result.category is Category.OUTREACH
    assert result.company == "Snowmelt"


def test_a_contract_staffing_pitch_names_no_client(classify: Classify) -> None:
    result = classify(
        sender="raj@talentbridgepartners.example",
        name="Raj Mehta",
        subject="Data Engineer contract - remote",
        body=(
            "Hello Jane,\n\nI have a W2 contract for a Data Engineer with a Fortune 500 bank, "
            "remote, 6 months. Please send your updated resume.\n\nRaj Mehta | TalentBridge"
        ),
    )
    assert result.category is Category.OUTREACH
    assert result.company is None


def test_a_new_hires_first_day_logistics_are_onboarding(classify: Classify) -> None:
    result = classify(
        sender="people@quarrylane.example",
        name="Quarry Lane People Team",
        subject="Welcome to Quarry Lane! Your first day",
        body=(
            "Hi Jane,\n\nWe can't wait to see you on Monday! Your laptop will ship this week. "
            "Please complete your I-9 and direct-deposit forms before your start date."
        ),
    )
    assert result.category is Category.OTHER_JOB


def test_a_screening_vendor_names_the_employer_that_ordered_it(classify: Classify) -> None:
    result = classify(
        sender="no-reply@checkr.com",
        name="Checkr",
        subject="Quarry Lane has requested a background check",
        body="Hi Jane, please complete your details so we can start your background check.",
    )
    assert result.category is Category.OTHER_JOB
    assert result.company == "Quarry Lane"


def test_a_conference_speaker_onboarding_is_no_offer(classify: Classify) -> None:
    result = classify(
        sender="speakers@devsummit.example",
        name="DevSummit Program Committee",
        subject="Speaker onboarding: next steps",
        body="Thanks for accepting! Please upload your bio and headshot by Friday.",
    )
    assert result.category is Category.NOT_JOB


def test_a_w2_from_payroll_is_no_job_search(classify: Classify) -> None:
    result = classify(
        sender="securityservices_noreply@adp.com",
        name="ADP",
        subject="Your W-2 is available",
        body="Your 2025 Form W-2 from Brightline Foods is now available.",
    )
    assert result.category is Category.NOT_JOB


def test_an_icims_receipt_names_the_title_after_the_requisition(classify: Classify) -> None:
    result = classify(
        sender="brightline@talent.icims.com",
        name="Brightline Careers",
        subject="Brightline: We received your application",
        body=(
            "Dear Jane,\n\nThank you for applying to Requisition 2024-3310, Data Engineer "
            "(Spark), Denver, CO. Your submission has been received."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.role == "Data Engineer (Spark)"


def test_a_receipt_keeps_the_team_after_the_titles_comma(classify: Classify) -> None:
    result = classify(
        sender="noreply@smartrecruiters.com",
        name="Brightline Careers",
        subject="Thank you for your application to Brightline",
        body="Dear Jane,\n\nThank you for applying for Data Engineer, Payments Platform.\n",
    )
    assert result.role == "Data Engineer, Payments Platform"


def test_a_pitch_greeting_by_first_name_is_no_part_of_the_title(classify: Classify) -> None:
    result = classify(
        sender="ola@snowmelt.example",
        name="Ola Berg",
        subject="Jane — Staff Data Engineer at Snowmelt",
        body=(
            "Hi Jane,\n\nI lead recruiting at Snowmelt. I came across your profile - would you "
            "be open to a conversation about our Staff Data Engineer role?\n\nOla"
        ),
    )
    assert result.category is Category.OUTREACH
    assert result.role == "Staff Data Engineer"

"""A British management accountant's inbox: councils and NHS trusts with pay grades and job
references, a plc writing for its trading brand, staffing agencies naming clients late, an
assessment centre, and the household look-alikes (council tax, Self Assessment, a race ballot)."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


def test_a_councils_job_reference_is_no_title(classify: Classify) -> None:
    result = classify(
        sender="noreply@tal.net",
        name="Northfold Borough Council Recruitment",
        subject="Application received - Job reference: NBC-F2291",
        body=(
            "Dear Sam,\n\nJob reference: NBC-F2291\nPost title: Payroll Officer (Grade 6)\n\n"
            "Thank you for applying for a position with Northfold Borough Council. Your "
            "application has been successfully submitted.\n\nRecruitment Team"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.role == "Payroll Officer"


def test_future_vacancies_in_a_no_are_no_title(classify: Classify) -> None:
    result = classify(
        sender="noreply@tal.net",
        name="Northfold Borough Council Recruitment",
        subject="Job reference: NBC-F2291",
        body=(
            "Dear Sam,\n\nWe regret to inform you that on this occasion you have not been "
            "shortlisted for interview. We hope this will not deter you from applying for "
            "future vacancies with the Council.\n\nRecruitment Team"
        ),
    )
    assert result.category is Category.REJECTION
    assert result.role is None


def test_a_plc_footer_naming_its_trading_brand_gives_the_brand(classify: Classify) -> None:
    result = classify(
        sender="ashgrovegroup@myworkday.com",
        name="Ashgrove Group Careers",
        subject="Thank you for applying",
        body=(
            "Hi Sam,\n\nThank you for your application for Trading Analyst. Our team will "
            "review it and be in touch about next steps.\n\nLinden Living is a trading brand "
            "of Ashgrove Group plc. Registered in England."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Linden Living"


def test_a_recruiter_describing_an_unnamed_client_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="jo.barker@copperfieldassoc.example",
        name="Jo Barker",
        subject="Payroll Manager - Bolton - manufacturing",
        body=(
            "Hi Sam,\n\nI'm recruiting a Payroll Manager for a leading packaging manufacturer "
            "just outside Bolton (c.£48k + bonus). Would you be open to a quick chat this "
            "week?\n\nJo Barker\nSenior Consultant | Copperfield Associates"
        ),
    )
    assert result.category is Category.OUTREACH
    assert result.company is None
    assert result.role == "Payroll Manager"


def test_a_second_client_put_forward_is_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="jo.barker@copperfieldassoc.example",
        name="Jo Barker",
        subject="One more for you",
        body=(
            "Hi Sam,\n\nFollowing our call, I've also put you forward for the Payroll Manager "
            "role at Harrowgate Mills in Bury. Will keep you posted.\n\nJo"
        ),
    )
    assert result.category is Category.CONFIRMATION


def test_an_agencys_legal_footer_keeps_its_own_name_off(classify: Classify) -> None:
    result = classify(
        sender="jo.barker@copperfieldassoc.example",
        name="Jo Barker",
        subject="Update",
        body=(
            "Hi Sam,\n\nUnfortunately they've decided to go with a candidate who has more "
            "sector experience. Sorry it's not better news.\n\nJo Barker\nCopperfield "
            "Associates\n\nCopperfield Associates Ltd is an employment agency and employment "
            "business."
        ),
    )
    assert result.category is Category.REJECTION
    assert result.company is None


def test_an_assessment_centre_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="careers@kestonbs.example",
        name="Keston Building Society Careers",
        subject="Invitation to assessment centre - Management Accountant",
        body=(
            "Dear Sam,\n\nWe would like to invite you to our assessment centre on 4 March at "
            "our Bury office: a group exercise, a case study and a competency-based "
            "interview.\n\nPeople Team"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_a_vacancy_on_hold_with_its_reference_between(classify: Classify) -> None:
    result = classify(
        sender="noreply@successfactors.eu",
        name="Keston Building Society Careers",
        subject="Update on your application - Treasury Analyst (Req ID 4410)",
        body=(
            "Dear Sam,\n\nThe Treasury Analyst vacancy (Req ID 4410) has been placed on hold "
            "while we review the team structure.\n\nPeople Team"
        ),
    )
    assert result.status is ApplicationStatus.ON_HOLD


def test_an_offer_made_unconditional_is_accepted(classify: Classify) -> None:
    result = classify(
        sender="recruitment@riverbend.nhs.example",
        name="Recruitment - Riverbend NHS Trust",
        subject="RE: Start date",
        body=(
            "Hi Sam,\n\nAll of your checks are now complete and your offer is unconditional. "
            "Your start date will be Monday 2 March.\n\nRecruitment Officer"
        ),
    )
    assert result.status is ApplicationStatus.ACCEPTED


def test_a_trac_notice_names_the_trust_in_full(classify: Classify) -> None:
    result = classify(
        sender="no-reply@trac.jobs",
        name="Riverbend Hospitals NHS FT",
        subject="Pre-employment checks - action required",
        body=(
            "Dear Sam\n\nThank you for accepting our conditional offer. To progress your "
            "pre-employment checks please complete the occupational health questionnaire in "
            "Trac.\n\nPre-Employment Checks Team"
        ),
    )
    assert result.company == "Riverbend Hospitals NHS Foundation Trust"


def test_a_founder_asking_you_over_for_a_chat_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="dan.hollis@gmail.com",
        name="Dan Hollis",
        subject="Accounts role at Hollis Cider",
        body=(
            "Morning Sam,\n\nThanks for applying for our accounts job. Would you be up for "
            "coming over to the cidery for a coffee and a proper chat next week?\n\nDan"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_a_boards_alert_and_its_viewer_count_are_alerts(classify: Classify) -> None:
    alert = classify(
        sender="alerts@jobs.northpost.example",
        name="Northpost Jobs",
        subject="Your Northpost Jobs alert: Finance, Yorkshire",
        body="Your Northpost Jobs alert\n\nFinance Manager - Leeds\nManage alerts",
    )
    viewed = classify(
        sender="noreply@cv-library.co.uk",
        name="CV-Library",
        subject="5 recruiters viewed your CV this week",
        body="Hi Sam,\n\n5 recruiters viewed your CV in the last 7 days. Keep it up to date.",
    )
    assert alert.category is Category.ALERT
    assert viewed.category is Category.ALERT


def test_household_paperwork_is_not_job_mail(classify: Classify) -> None:
    tax = classify(
        sender="noreply@confirmation.tax.service.gov.uk",
        name="HMRC",
        subject="Reminder: Self Assessment deadline",
        body="Your Self Assessment tax return must be filed online by 31 January.",
    )
    ballot = classify(
        sender="ballot@cityrun.example",
        name="City Run Ballot",
        subject="Your ballot result",
        body=(
            "Thank you for entering the ballot. We received a record number of applications "
            "and you have not been successful on this occasion."
        ),
    )
    council = classify(
        sender="counciltax@northfold.gov.example",
        name="Northfold Council",
        subject="Council Tax - we have received your application",
        body=(
            "Thank you for your online application to move into the property. We will send "
            "you a new bill.\n\nCouncil Tax Services"
        ),
    )
    assert tax.category is Category.NOT_JOB
    assert ballot.category is Category.NOT_JOB
    assert council.category is Category.NOT_JOB

"""An American IT staffing firm's mail: the pitch, its systems' receipts, the client named late.

The firm writes for an end client ("a requirement with our implementation partner", "our direct
client"), asks for an updated resume and a rate, and confirms the submission through a system
only agencies use (Ceipal, JobDiva, Bullhorn): that mail is the agency's, the employer is the
client named in a "Client" row or in the text, never the agency.
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category, Source

Classify = Callable[..., Classification]


def test_urgent_requirement_pitch_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="meera.iyer@bluekitesoft.com",
        name="Meera Iyer",
        subject="Urgent need: Salesforce QA Analyst - Remote - W2",
        body=(
            "Hi Priya,\n\nHope you are doing well. We have an urgent requirement for a "
            "Salesforce QA Analyst (Provar, Apex). Remote, 9 months, W2 only. Please let me know "
            "if you or anyone in your network is interested.\n\nThanks & Regards,\nMeera Iyer"
        ),
    )
    assert result.category is Category.OUTREACH


def test_opening_with_a_direct_client_is_outreach_from_an_agency(classify: Classify) -> None:
    result = classify(
        sender="kiran@oaktreeitservices.com",
        name="Kiran Rao",
        subject="Data Engineer - Phoenix AZ - Client: Saguaro Health",
        body=(
            "Hi Priya,\n\nWe have a Data Engineer opening with our direct client Saguaro Health "
            "in Phoenix, AZ (hybrid). Contract 12+ months.\n\nKindly share your updated resume "
            "along with your expected rate.\n\nKiran Rao"
        ),
    )
    assert result.category is Category.OUTREACH
    assert result.source is Source.AGENCY


def test_below_requirement_and_available_and_interested(classify: Classify) -> None:
    result = classify(
        sender="sunil@harborlineinfotech.com",
        name="Sunil M",
        subject="Hiring: Java Developer (Spring Boot) - Tampa FL",
        body=(
            "Hello,\n\nPlease go through the below requirement and let me know.\n\n"
            "Position: Java Developer (Spring Boot)\nLocation: Tampa, FL\n\n"
            "Are you available and interested?\n\nSunil"
        ),
    )
    assert result.category is Category.OUTREACH


def test_bench_hotlist_request_is_other_job(classify: Classify) -> None:
    result = classify(
        sender="sunil@harborlineinfotech.com",
        name="Sunil M",
        subject="Hotlist request",
        body=(
            "Hi,\n\nWe are updating our bench hotlist. If you are open for projects, please share "
            "your updated resume and current location.\n\nSunil"
        ),
    )
    assert result.category is Category.OTHER_JOB


def test_staffing_system_submission_names_the_client_not_the_agency(classify: Classify) -> None:
    result = classify(
        sender="noreply@ceipal.com",
        name="Ceipal",
        subject="Oaktree IT Services: Please confirm your submission for Data Engineer",
        body=(
            "Dear Priya,\n\nOaktree IT Services is submitting your profile for the following job:"
            "\n\nJob Title Data Engineer\nClient Saguaro Health\nLocation Phoenix, AZ\n\n"
            "By clicking I Agree, you authorize Oaktree IT Services to represent you."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Saguaro Health"
    assert result.source is Source.AGENCY


def test_agency_name_in_display_is_not_the_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@jobdiva.com",
        name="Oaktree IT Services",
        subject="Your Profile Submitted - Data Engineer - Job #12-345",
        body=(
            "Dear Priya,\n\nThis is to confirm that your profile has been submitted to Saguaro "
            "Health for the Data Engineer position. Your recruiter will contact you.\n\n"
            "Oaktree IT Services"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Saguaro Health"


def test_one_of_our_banking_clients_marks_an_agency(classify: Classify) -> None:
    result = classify(
        sender="anita@cedarpeaksys.com",
        name="Anita Shah",
        subject="Automation Tester - Boston MA",
        body=(
            "Hi Priya,\n\nI came across your profile and wanted to check your interest in the "
            "below role with one of our banking clients.\n\nPlease share your updated resume."
            "\n\nAnita Shah\nUS IT Recruiter | Cedar Peak Systems Inc"
        ),
    )
    assert result.category is Category.OUTREACH
    assert result.source is Source.AGENCY
    assert result.company is None


def test_submission_through_a_partner_names_the_end_client(classify: Classify) -> None:
    result = classify(
        sender="kiran@oaktreeitservices.com",
        name="Kiran Rao",
        subject="RTR - Data Engineer - Priya Nair",
        body=(
            "Hi Priya,\n\nAs discussed, I've submitted your profile to the implementation "
            "partner for their end client, Saguaro Health, at $70/hr C2C.\n\nKiran Rao"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Saguaro Health"

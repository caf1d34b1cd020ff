"""British employer names: a group writing under its legal name for one of its brands ("trading
name of", "t/a", "operator of", "one of the Group's businesses"), NHS trusts and government
departments behind their national job sites, names joined by "and" that end in "Trust", an
executive-search firm known by its domain, and a sign-off "Chief ... Officer, <company>"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.fullname import load_name_reader
from jobtracker.classifiers.rules.names import load_name_book
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("display", "body", "brand"),
    [
        (
            "Tarrow Banking Group",
            "Hi Sam,\n\nThanks for applying for Senior Analyst (JR-2210). We have received your "
            "application and will review it.\n\nTarrow Bank is a trading name of Tarrow Banking "
            "Group plc, authorised by the PRA.",
            "Tarrow Bank",
        ),
        (
            "Ellwood Foods Group",
            "Dear Sam,\n\nThank you for applying for Pricing Manager - Mossbank Dairies (Job ID "
            "5512) with Ellwood Foods Group. Mossbank is one of the Group's three operating "
            "businesses.\n\nWe will review your application and be in touch.",
            "Mossbank Dairies",
        ),
        (
            "Penrose Retail Group",
            "Dear Sam,\n\nThank you for your application for Head of Buying, Fernhill Living "
            "Support Office, Leeds. Penrose Retail Group plc is the parent company of Fernhill "
            "Living, Fernhill Outlet and Copperleaf Home.\n\nWe have received your application "
            "and will be in touch.",
            "Fernhill Living",
        ),
    ],
)
def test_a_group_recruiting_for_its_brand_names_the_brand(
    classify: Classify, display: str, body: str, brand: str
) -> None:
    result = classify(
        sender="tarrow@myworkday.com",
        name=display,
        subject="Application received",
        body=body,
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == brand


def test_a_list_of_brands_none_named_again_leaves_the_group(classify: Classify) -> None:
    result = classify(
        sender="talent@myworkday.com",
        name="Penrose Retail Group",
        subject="Application received",
        body="Dear Sam,\n\nThank you for applying for Head of Strategy. We have received your "
        "application.\n\nPenrose Retail Group plc | t/a Fernhill Living, Copperleaf Home",
    )
    assert result.company is not None
    assert result.company.startswith("Penrose Retail")


def test_an_assistant_signing_for_the_group_names_the_brand_the_letter_is_about(
    classify: Classify,
) -> None:
    result = classify(
        sender="ruth.kane@penroseretail.co.uk",
        name="Ruth Kane",
        subject="Interview - Head of Buying",
        body="Hi Sam,\n\nThe panel would like to meet you for an interview next week: Tom Beck, "
        "Buying Director, Fernhill Living, and me. Please bring a short presentation.\n\nBest,"
        "\nRuth",
        signature="Ruth Kane | Talent Partner\nPenrose Retail Group plc | t/a Fernhill Living, "
        "Fernhill Outlet, Copperleaf Home",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Fernhill Living"


def test_an_nhs_trust_behind_trac_is_the_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@trac.jobs",
        name="NHS Jobs",
        subject="Application submitted: 301-OPS-4471",
        body="Dear Sam Holt\n\nThank you for applying for the post of Service Manager (Band 8a), "
        "reference 301-OPS-4471, at Ashcombe and Leyburn NHS Foundation Trust.\n\nYour "
        "application has been received and will be considered by the shortlisting panel.\n\n"
        "Recruitment Team\nAshcombe and Leyburn NHS Foundation Trust",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Ashcombe and Leyburn NHS Foundation Trust"


def test_a_government_department_behind_civil_service_jobs_is_the_employer(
    classify: Classify,
) -> None:
    result = classify(
        sender="noreply@csjobs.cabinetoffice.gov.uk",
        name="Civil Service Jobs",
        subject="Your application for Head of Analysis - 550123",
        body="Dear Sam Holt,\n\nThank you for submitting your application for the following "
        "vacancy:\n\nJob title: Head of Analysis\nReference: 550123\nDepartment: Department for "
        "Rural Affairs\nGrade: Grade 7\n\nYou can track your application in your account.\n\n"
        "Civil Service Jobs",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Department for Rural Affairs"


def test_the_national_site_itself_is_never_the_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@csjobs.cabinetoffice.gov.uk",
        name="Civil Service Jobs",
        subject="Action required: Civil Service Judgement Test - 550123",
        body="Dear Sam Holt,\n\nYou have progressed to the next stage for vacancy 550123. Please "
        "complete the online Civil Service Judgement Test by 23:55 on 4 May.\n\nCivil Service "
        "Jobs",
    )
    assert result.company is None or "Civil Service" not in result.company


def test_a_housing_association_on_tribepad_is_job_mail(classify: Classify) -> None:
    result = classify(
        sender="noreply@tribepad.com",
        name="Harewood Homes Group",
        subject="Harewood Homes Group: next steps",
        body="Hi Sam,\n\nThank you for completing the questionnaire. After reviewing all "
        "applicants against the role profile, we have decided not to progress your "
        "application to interview this time.\n\nHarewood Homes Group recruitment",
    )
    assert result.category is Category.REJECTION
    assert result.company == "Harewood Homes Group"


@pytest.mark.parametrize(
    ("text", "name", "full"),
    [
        (
            "Posts at Ashcombe and Leyburn NHS Foundation Trust are open.",
            "Ashcombe",
            "Ashcombe and Leyburn NHS Foundation Trust",
        ),
        ("Apply to Kenmore and Dunleith Borough Council today.", "Kenmore",
         "Kenmore and Dunleith Borough Council"),
        # two companies named side by side are not one name
        ("Brands: Fernhill Outlet and Copperleaf Home.", "Fernhill", "Fernhill Outlet"),
        ("Brands: Fernhill Outlet and Copperleaf Home.", "Fernhill Outlet", None),
    ],
)  # fmt: skip
def test_a_name_joined_by_and_is_one_only_when_it_ends_as_an_organisation(
    text: str, name: str, full: str | None
) -> None:
    assert load_name_reader().extend(name, [text]) == full


def test_a_search_firm_is_known_by_its_domain_but_a_research_firm_is_not() -> None:
    names = load_name_book()
    assert names.is_agency(domain="kestrelsearch.co.uk")
    assert names.names_an_agency("Kestrel Search")
    assert not names.is_agency(domain="kestrelresearch.com")
    assert not names.names_an_agency("Kestrel Research")


def test_a_search_firm_writing_with_good_news_never_names_itself(classify: Classify) -> None:
    result = classify(
        sender="mia@kestrelsearch.co.uk",
        name="Mia Dalton",
        subject="Good news",
        body="Sam,\n\nThe CPO called me this afternoon and they want you. Verbal offer: base "
        "GBP 140,000, bonus 25%. Written offer to follow from their People team.\n\nMia",
    )
    assert result.company is None or "Kestrel" not in result.company


def test_a_hiring_manager_from_webmail_signs_as_chief_officer_of_the_company(
    classify: Classify,
) -> None:
    result = classify(
        sender="tomholt82@hotmail.co.uk",
        name="Tom Holt",
        subject="your application",
        body="Hi Sam\n\nI'm the hiring manager for the planning role you applied for. Would be "
        "good to have an informal chat before the formal interview - could you do Thursday "
        "at 5pm?\n\nTom",
        signature="Tom Holt\nChief Operating Officer, Larchmont Water",
    )
    assert result.company == "Larchmont Water"


def test_an_assessment_vendor_naming_the_brand_assessments_gives_the_brand(
    classify: Classify,
) -> None:
    result = classify(
        sender="noreply@shl.com",
        name="Tarrow Bank Assessments",
        subject="Tarrow Bank: Your online assessment invitation",
        body="Dear Sam,\n\nAs part of your application to Tarrow Bank, please complete the "
        "following online assessments within 5 days.",
    )
    assert result.company == "Tarrow Bank"


@pytest.mark.parametrize(
    "line",
    [
        "Copperleaf Home is part of the Penrose Retail Group.",
        "Copperleaf Home is a subsidiary of Penrose Retail Group plc.",
        "Copperleaf Home is wholly owned by Penrose Retail Group plc.",
        "Copperleaf Ltd, trading as Copperleaf Home, is part of Penrose Retail Group plc.",
    ],
)
def test_a_brand_said_to_belong_to_the_sending_group_is_the_employer(
    classify: Classify, line: str
) -> None:
    result = classify(
        sender="careers@penroseretail.co.uk",
        name="Penrose Retail Group Careers",
        subject="Your application",
        body="Dear Sam,\n\nThank you for applying for Category Manager. We have received your "
        f"application and will review it shortly.\n\n{line}",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Copperleaf Home"


def test_a_brand_owning_another_company_is_not_replaced_by_it(classify: Classify) -> None:
    result = classify(
        sender="careers@penroseretail.co.uk",
        name="Penrose Retail Group Careers",
        subject="Your application",
        body="Dear Sam,\n\nThank you for applying for Category Manager. We have received your "
        "application and will review it shortly.\n\nPenrose Retail Group is owned by Halden "
        "Capital Partners.",
    )
    assert result.company is not None
    assert result.company.startswith("Penrose Retail")


def test_a_long_trust_name_ending_in_its_kind_is_kept_whole(classify: Classify) -> None:
    result = classify(
        sender="noreply@jobs.nhs.uk",
        name="NHS Jobs",
        subject="Your application has been submitted",
        body="Dear Sam,\n\nYour application for Band 7 Quality Lead (ref 281-QL-1102) has been "
        "submitted to Ashcombe and Tyne Hospitals NHS Foundation Trust.\n\nNHS Jobs",
    )
    assert result.company == "Ashcombe and Tyne Hospitals NHS Foundation Trust"


def test_shortlisted_for_a_post_at_a_trust_names_the_trust(classify: Classify) -> None:
    result = classify(
        sender="noreply@jobs.nhs.uk",
        name="NHS Jobs",
        subject="Invitation to interview",
        body="Dear Sam,\n\nYou have been shortlisted for interview for Band 7 Quality Lead at "
        "Ashcombe Hospitals NHS Trust. Please log in to book a slot.\n\nNHS Jobs",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Ashcombe Hospitals NHS Trust"


@pytest.mark.parametrize("title", ["Senior Policy Adviser", "Grants Officer", "Policy Lead"])
def test_a_job_titled_after_policy_or_grants_is_no_insurance_application(
    classify: Classify, title: str
) -> None:
    result = classify(
        sender="noreply@csjobs.cabinetoffice.gov.uk",
        name="Civil Service Jobs",
        subject=f"Your application for {title} - 612220",
        body="Dear Sam Holt,\n\nThank you for submitting your application for the following "
        f"vacancy:\n\nJob title: {title}\nReference: 612220\nDepartment: Ministry of Rural "
        "Affairs\nGrade: Grade 7\n\nCivil Service Jobs",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Ministry of Rural Affairs"


def test_an_insurance_policy_application_is_still_no_job(classify: Classify) -> None:
    result = classify(
        sender="quotes@harbourinsure.example",
        name="Harbour Insure",
        subject="Your application for home insurance policy",
        body="Dear Sam,\n\nThank you for your application for a home insurance policy. Your "
        "quote reference is HQ-55120. We will email your policy documents shortly.",
    )
    assert result.category is Category.NOT_JOB


def test_a_groups_ats_mail_about_one_of_its_companies_names_that_company(
    classify: Classify,
) -> None:
    result = classify(
        sender="penrose@myworkday.com",
        name="Penrose Retail Group",
        subject="Interview invitation - Head of Buying, Fernhill Living",
        body="Dear Sam,\n\nWe would like to invite you to an interview for Head of Buying at "
        "Fernhill Living on Monday 4 May.\n\nGroup Talent Acquisition\nPenrose Retail Group plc",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Fernhill Living"


def test_a_company_of_the_sending_holding_is_the_employer(classify: Classify) -> None:
    result = classify(
        sender="careers@myworkday.com",
        name="Halden Holdings",
        subject="Application received",
        body="Dear Sam,\n\nThank you for applying for Finance Manager at Halden Logistics.\n\n"
        "Halden Logistics is a Halden Holdings company.",
    )
    assert result.company == "Halden Logistics"


def test_a_trust_named_after_two_places_is_read_whole_in_running_text(
    classify: Classify,
) -> None:
    # "Evelyn" alone reads as a person; the whole name ends as an organisation
    result = classify(
        sender="noreply@jobs.nhs.uk",
        name="NHS Jobs",
        subject="Application received",
        body="Dear Sam,\n\nThank you for your application for the post of Staff Nurse (Band 5) at "
        "Evelyn and Thornbury Hospitals NHS Trust.\n\nNHS Jobs",
    )
    assert result.company == "Evelyn and Thornbury Hospitals NHS Trust"

"""Employer names: normalisation, aliases, trust order, and never a vendor's name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.names import NameBook, load_name_book
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category, Source

Classify = Callable[..., Classification]

CONFIRMATION_BODY = (
    "Hi Jane,\n\nThank you for applying. We have received your application for the Data Analyst "
    "position and will review it carefully."
)


@pytest.fixture(scope="module")
def names() -> NameBook:
    return load_name_book()


@pytest.mark.parametrize(
    ("raw", "display"),
    [
        ("ACME Corp, Inc.", "Acme"),
        ("Meta Platforms, Inc.", "Meta"),
        ("Acme Recruiting Team", "Acme"),
        ("Talent Acquisition @ Stripe", "Stripe"),
        ("Équipe Recrutement Doctolib", "Doctolib"),
        ("Brückner Logistik GmbH & Co. KG", "Brückner Logistik"),
        ("Banco do Brasil S.A.", "Banco do Brasil"),
        ("HSBC Holdings plc", "HSBC"),
        ("The Hartford", "The Hartford"),
        ("Jane from Kestrel", "Kestrel"),
    ],
)
def test_display_form(names: NameBook, raw: str, display: str) -> None:
    assert names.display(raw) == display


def test_key_ignores_case_suffixes_and_punctuation(names: NameBook) -> None:
    assert names.key("ACME Corp, Inc.") == names.key("Acme") == "acme"
    assert names.key("Johnson & Johnson") == names.key("Johnson and Johnson")


@pytest.mark.parametrize("name", ["Jane Doe", "Doe, Jane", "Priya Raman", "João Silva"])
def test_people_are_recognised(names: NameBook, name: str) -> None:
    assert names.looks_like_person(name)


@pytest.mark.parametrize("name", ["Morgan Stanley", "Blue Origin", "Stripe Careers", "IBM"])
def test_companies_are_not_people(names: NameBook, name: str) -> None:
    assert not names.looks_like_person(name)


def test_domains(names: NameBook) -> None:
    assert names.company_for_domain("careers.stripe.com") == "Stripe"
    assert names.company_for_domain("facebookmail.com") == "Meta"
    assert names.company_for_domain("gmail.com") is None
    assert names.is_freemail("web.de")
    assert names.is_agency(domain="hays.de")


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        ("no-reply@us.greenhouse-mail.io", "Greenhouse"),
        ("noreply@myworkday.com", "Workday"),
        ("notifications@smartrecruiters.com", "SmartRecruiters"),
        ("noreply@candidates.workablemail.com", "Workable"),
        ("no-reply@ashbyhq.com", "Ashby"),
        ("jobs-noreply@linkedin.com", "LinkedIn"),
    ],
)
def test_vendor_display_name_is_never_the_employer(
    classify: Classify, sender: str, name: str
) -> None:
    result = classify(
        sender=sender, name=name, subject="Application received", body=CONFIRMATION_BODY
    )
    assert result.category is Category.CONFIRMATION
    assert result.company is None
    assert result.confidence <= 0.55


def test_vendor_name_in_the_body_is_never_the_employer(classify: Classify) -> None:
    result = classify(
        sender="no-reply@us.greenhouse-mail.io",
        name="Greenhouse",
        subject="Thank you for applying to Greenhouse Software",
        body="Thanks for applying to Greenhouse! " + CONFIRMATION_BODY,
        links=("https://boards.greenhouse.io/fernwehtravel/jobs/4012345",),
    )
    assert result.company == "Fernwehtravel"


def test_teamtailor_mail_token_is_not_the_brand(classify: Classify) -> None:
    result = classify(
        sender="no-reply@x7k2p9q.teamtailor-mail.com",
        name="Jane Doe",
        subject="Thanks for your application",
        body=CONFIRMATION_BODY,
        links=("https://kaffeekollektiv.teamtailor.com/jobs/4123456-data-analyst",),
    )
    assert result.company == "Kaffeekollektiv"
    assert result.source is Source.TEAMTAILOR


def test_workday_tenant_alias_and_person_display_name(classify: Classify) -> None:
    result = classify(
        sender="pru@myworkday.com",
        name="Michael Grant",
        subject="Thank you for your application",
        body=CONFIRMATION_BODY,
    )
    assert result.company == "Prudential"
    assert result.source is Source.WORKDAY


def test_workday_unknown_tenant_comes_from_the_link(classify: Classify) -> None:
    result = classify(
        sender="noreply@myworkday.com",
        name="Workday",
        subject="Thank you for your application",
        body=CONFIRMATION_BODY,
        links=(
            "https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternal/job/Santa-Clara/"
            "Data-Analyst_JR1987654",
        ),
    )
    assert result.company == "NVIDIA"
    assert result.requisition_id == "JR1987654"


def test_greenhouse_employer_domain_in_the_sender(classify: Classify) -> None:
    result = classify(
        sender="no-reply@gh-mail.lumenlabs.io",
        name="Jane Doe",
        subject="Thank you for your application",
        body=CONFIRMATION_BODY,
    )
    assert result.company == "Lumenlabs"
    assert result.source is Source.GREENHOUSE


def test_icims_display_name_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="talent@talent.icims.com",
        name="Crescent Health @ icims",
        subject="Thank you for applying",
        body=CONFIRMATION_BODY,
    )
    assert result.company == "Crescent Health"
    assert result.source is Source.ICIMS


def test_alias_table_maps_legal_names(classify: Classify) -> None:
    result = classify(
        sender="careers@facebookmail.com",
        name="Meta Platforms, Inc.",
        subject="Thank you for applying",
        body=CONFIRMATION_BODY,
    )
    assert result.company == "Meta"


def test_display_name_is_shown_in_the_fuller_form_the_mail_writes(classify: Classify) -> None:
    # The display name is the most trusted clue, but the subject writes the name in full.
    result = classify(
        sender="no-reply@hire.lever.co",
        name="Kestrel",
        subject="Your application to Kestrel Robotics Labs",
        body=CONFIRMATION_BODY,
    )
    assert result.company == "Kestrel Robotics Labs"


def test_sender_domain_is_the_last_resort(classify: Classify) -> None:
    result = classify(
        sender="hr@quellwasser.de",
        name="Hanna Schmidt",
        subject="Thank you for applying",
        body=CONFIRMATION_BODY,
    )
    assert result.company == "Quellwasser"
    assert result.source is Source.DIRECT


def test_person_or_company_display_name_is_told_by_the_address(classify: Classify) -> None:
    company = classify(
        sender="rh@solar-pt.pt",
        name="Solar Portugal",
        subject="Candidatura recebida",
        body="Olá Jane, recebemos sua candidatura para a vaga de Técnica Solar.",
        language="pt",
    )
    person = classify(
        sender="m.weber@quellwasser.de",
        name="Marta Weber",
        subject="Ihre Bewerbung",
        body="Sehr geehrte Frau Doe, wir haben Ihre Bewerbung als Laborantin erhalten.",
        language="de",
    )
    assert company.company == "Solar Portugal"
    assert person.company == "Quellwasser"

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


EMPLOYER_AND_SOURCE = [
    pytest.param(
        {
            "sender": "no-reply@x7k2p9q.teamtailor-mail.com",
            "name": "Jane Doe",
            "subject": "Thanks for your application",
            "body": CONFIRMATION_BODY,
            "links": ("https://kaffeekollektiv.teamtailor.com/jobs/4123456-data-analyst",),
        },
        "Kaffeekollektiv",
        Source.TEAMTAILOR,
        id="teamtailor-mail-token-not-the-brand",
    ),
    pytest.param(
        {
            "sender": "pru@myworkday.com",
            "name": "Michael Grant",
            "subject": "Thank you for your application",
            "body": CONFIRMATION_BODY,
        },
        "Prudential",
        Source.WORKDAY,
        id="workday-tenant-alias",
    ),
    pytest.param(
        {
            "sender": "no-reply@gh-mail.lumenlabs.io",
            "name": "Jane Doe",
            "subject": "Thank you for your application",
            "body": CONFIRMATION_BODY,
        },
        "Lumenlabs",
        Source.GREENHOUSE,
        id="greenhouse-employer-domain",
    ),
    pytest.param(
        {
            "sender": "talent@talent.icims.com",
            "name": "Crescent Health @ icims",
            "subject": "Thank you for applying",
            "body": CONFIRMATION_BODY,
        },
        "Crescent Health",
        Source.ICIMS,
        id="icims-display-name",
    ),
    pytest.param(
        {
            "sender": "hr@quellwasser.de",
            "name": "Hanna Schmidt",
            "subject": "Thank you for applying",
            "body": CONFIRMATION_BODY,
        },
        "Quellwasser",
        Source.DIRECT,
        id="sender-domain-last-resort",
    ),
]


@pytest.mark.parametrize(("mail", "company", "source"), EMPLOYER_AND_SOURCE)
def test_employer_and_source(
    classify: Classify, mail: dict[str, object], company: str, source: Source
) -> None:
    result = classify(**mail)
    assert result.company == company
    assert result.source is source


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


EMPLOYER_FROM_THE_SENDER = [
    pytest.param(
        {
            "sender": "careers@facebookmail.com",
            "name": "Meta Platforms, Inc.",
            "subject": "Thank you for applying",
            "body": CONFIRMATION_BODY,
        },
        "Meta",
        id="alias-table-maps-legal-name",
    ),
    # The display name is the most trusted clue, but the subject writes the name in full.
    pytest.param(
        {
            "sender": "no-reply@hire.lever.co",
            "name": "Kestrel",
            "subject": "Your application to Kestrel Robotics Labs",
            "body": CONFIRMATION_BODY,
        },
        "Kestrel Robotics Labs",
        id="display-name-in-fuller-written-form",
    ),
    pytest.param(
        {
            "sender": "rh@solar-pt.pt",
            "name": "Solar Portugal",
            "subject": "Candidatura recebida",
            "body": "Olá Jane, recebemos sua candidatura para a vaga de Técnica Solar.",
            "language": "pt",
        },
        "Solar Portugal",
        id="company-display-name-pt",
    ),
    pytest.param(
        {
            "sender": "m.weber@quellwasser.de",
            "name": "Marta Weber",
            "subject": "Ihre Bewerbung",
            "body": "Sehr geehrte Frau Doe, wir haben Ihre Bewerbung als Laborantin erhalten.",
            "language": "de",
        },
        "Quellwasser",
        id="person-display-name-de",
    ),
]


@pytest.mark.parametrize(("mail", "company"), EMPLOYER_FROM_THE_SENDER)
def test_employer_from_the_sender(classify: Classify, mail: dict[str, str], company: str) -> None:
    assert classify(**mail).company == company


@pytest.mark.parametrize(
    ("raw", "company"),
    [
        ("Mei Foster at Brown Biosciences", "Brown Biosciences"),
        ("Rachel Williams | Willowwind", "Willowwind"),
        ("Björn Brandt (Polarforge", "Polarforge"),  # cut short by the mail client
        ("Lukas Werner (Triumo GmbH & Co. KG)", "Triumo"),
        ("Anke Schmidt (River Polar)", "River Polar"),
        ("Talent Team - Acme", "Acme"),
        ("María Muñoz | Willowgate Salud", "Willowgate Salud"),
    ],
)
def test_display_name_pairs_give_the_company_part(names: NameBook, raw: str, company: str) -> None:
    part = names.company_part(raw) or raw
    assert names.display(part) == company


@pytest.mark.parametrize(
    ("raw", "display"),
    [
        ("with Brown Biosciences Inc.'s", "Brown Biosciences"),  # legal forms are not shown
        ("join Miller Retail Inc", "Miller Retail"),
        ("Olivia Hughes", "Olivia Hughes"),  # "via" inside a name is no "via Greenhouse"
        ("Meridianstone Technologies Inc.", "Meridianstone Technologies"),
        ("Orchidbridge Group", "Orchidbridge Group"),
        ("Acme (Berlin)", "Acme"),
    ],
)
def test_display_strips_prepositions_possessives_and_legal_forms(
    names: NameBook, raw: str, display: str
) -> None:
    assert names.display(raw) == display


@pytest.mark.parametrize(
    "sender",
    [
        "hr@example.com",
        "talent@corp.test",
        "hr@mail.example.org",
        "jobs@invalid",
        "sam.lee@mailbox.example",  # a personal mailbox provider stands in for gmail.com
    ],
)
def test_reserved_domains_are_never_an_employer(classify: Classify, sender: str) -> None:
    result = classify(
        sender=sender, name="", subject="Thank you for applying", body=CONFIRMATION_BODY
    )
    assert result.category is Category.CONFIRMATION
    assert result.company is None


def test_a_brand_under_a_reserved_tld_reads_like_its_own_domain(classify: Classify) -> None:
    result = classify(
        sender="hiring@brightwell-labs.example",
        name="",
        subject="Thank you for applying",
        body=CONFIRMATION_BODY,
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Brightwell Labs"


def test_freemail_is_never_an_employer(classify: Classify) -> None:
    result = classify(
        sender="jane.recruiter@gmail.com",
        name="Jane Recruiter",
        subject="Thank you for applying",
        body=CONFIRMATION_BODY,
    )
    assert result.company is None


def test_name_in_the_signature_beats_a_guess_from_the_domain(classify: Classify) -> None:
    result = classify(
        sender="m.klein@kwcorp.com",
        name="Martina Klein",
        subject="Ihre Bewerbung",
        body=(
            "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als Laborantin. Wir melden "
            "uns in den nächsten zwei Wochen bei Ihnen."
        ),
        signature="Mit freundlichen Grüßen\nMartina Klein\nPersonalabteilung\nKlein & Weber GmbH",
        language="de",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Klein & Weber"


def test_domain_hints_at_the_name_the_mail_writes(classify: Classify) -> None:
    result = classify(
        sender="k.anderson@okaforbank.com",
        name="Kwame Anderson",
        subject="Re: Senior Business Analyst position",
        body=(
            "Hello Jane,\n\nThanks for reaching out and for sending over your CV. I've forwarded "
            "it to the hiring team and we'll come back to you within the next week.\n\nCheers,\n"
            "Kwame Anderson\nTalent Acquisition Partner, Okafor Bank Inc."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Okafor Bank"


def test_workday_tenant_slug_gives_way_to_the_written_name(classify: Classify) -> None:
    result = classify(
        sender="alvesgroup@myworkday.com",
        name="Workday",
        subject="Thank you for your application",
        body=(
            "Dear Jane,\n\nThank you for applying to Alves Group. We have received your "
            "application for the Data Analyst position and will review it carefully."
        ),
    )
    assert result.company == "Alves Group"  # not "Alvesgroup"
    assert result.source is Source.WORKDAY


def test_fullest_written_form_of_the_name_is_kept(classify: Classify) -> None:
    result = classify(
        sender="no-reply@hire.lever.co",
        name="Beaconpeak",
        subject="Thanks for applying",
        body=CONFIRMATION_BODY + "\n\nBest,\nThe Beaconpeak Labs recruiting team",
    )
    assert result.company == "Beaconpeak Labs"


def test_a_person_in_a_vendor_display_name_is_not_the_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@smartrecruiters.com",
        name="Élise Faure",
        subject="Votre candidature chez Brightbridge : prochaine étape",
        body="Bonjour Jane, merci pour votre candidature au poste de Chef de projet.",
        language="fr",
    )
    assert result.company == "Brightbridge"


def test_staffing_agency_mail_names_the_client(classify: Classify) -> None:
    result = classify(
        sender="zoe@keystone-recruitment.co.uk",
        name="Zoe Nguyen",
        subject="Your CV has been submitted to Northwave Bank",
        body=(
            "Hi Jane,\n\nAs agreed, I've submitted your CV to my client Northwave Bank for the "
            "Senior Analyst position. Please don't apply to Northwave Bank directly in the "
            "meantime.\n\nSpeak soon,\nZoe"
        ),
        signature="Zoe Nguyen\nSenior Consultant | Keystone Recruitment",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Northwave Bank"
    assert result.source is Source.AGENCY


def test_calendar_notification_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="emma@riverpath-robotics.com",
        name="Emma Johnson",
        subject=(
            "Invitation: Interview: Lead Product Manager - Riverpath Robotics @ Tue Mar 26, 2024 "
            "12pm - 1pm (GMT) (jane.doe@example.org)"
        ),
        body=(
            "Interview: Lead Product Manager - Riverpath Robotics\nWhen\nTuesday, March 26 · 12:00"
            " PM (GMT)\nJoining info\nhttps://meet.google.com/ruq-kifi-gfe\n\nInvitation from "
            "Google Calendar\nYou are receiving this email because you are an attendee on the "
            "event."
        ),
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Riverpath Robotics"


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "company"),
    [
        (
            "no-reply@applytojob.com",
            "Sebastian Schröder",
            "Confirmed: Fenara interview on Monday, June 10",
            "Hi Jane,\n\nThank you for confirming your availability. Your interview is scheduled "
            "for Monday, June 10 at 10:30 AM.",
            "en",
            "Fenara",
        ),
        (
            "notifications@codility.com",
            "Codility",
            "Prismvale Digital lädt Sie zu einem Test ein",
            "Hallo Jane,\nPrismvale Digital hat Sie eingeladen, das Assessment „Coding Challenge“ "
            "für die Position Senior Engineering Manager zu absolvieren.",
            "de",
            "Prismvale Digital",
        ),
        (
            "jobs@smartrecruiters.com",
            "Sônia Oliveira",
            "Parabéns!",
            "Oi Jane,\n\nTemos o prazer de oferecer a você a vaga de Product Designer na Velaline "
            "Logística Ltda.!",
            "pt",
            "Velaline Logística",
        ),
    ],
)
def test_employer_named_in_subject_or_text(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    company: str,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.company == company


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Guten Tag Jane,\n\nvielen Dank für Ihr Interesse an der Brandt Software AG. Gerne "
            "laden wir Sie zu einem Gespräch ein.",
            "Brandt Software",
        ),
        (
            "Hi Jane,\n\nthanks for your interest in Halden Robotics LLC. Next we would like to "
            "invite you to an interview.",
            "Halden Robotics",
        ),
    ],
)
def test_a_legal_form_without_a_dot_of_its_own_ends_the_sentence(
    classify: Classify, body: str, company: str
) -> None:
    result = classify(
        sender="talent@brandt-software.example",
        name="Recruiting Team",
        subject="Einladung zum Gespräch" if "Guten" in body else "Interview invitation",
        body=body,
        language="de" if "Guten" in body else "en",
    )
    assert result.company == company  # not "Brandt Software AG. Gerne"

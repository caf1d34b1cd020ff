"""High-volume US hiring mail: HR suites and school boards relay it, one-line board receipts
name the employer, calendar titles name the candidate, DocuSign envelopes name their sender."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.engine import RuleClassifier
from jobtracker.pipeline.contracts import Address, Classification
from jobtracker.pipeline.vocabulary import Category
from tests.classifiers.conftest import make_message

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        ("noreply@adp.com", "ADP Recruiting"),
        ("noreply@schoolspring.com", "SchoolSpring"),
        ("notificaciones@occ.com.mx", "OCC Mundial"),
    ],
)
def test_hr_suites_and_school_boards_are_never_the_employer(
    classify: Classify, sender: str, name: str
) -> None:
    result = classify(
        sender=sender,
        name=name,
        subject="Application Confirmation",
        body="Thank you for applying for the Payroll Specialist position at Mesquite Ridge "
        "Credit Union. We will review your application.",
    )
    assert result.company == "Mesquite Ridge Credit Union"


def test_a_college_named_by_its_display_name_on_an_hr_suite(classify: Classify) -> None:
    result = classify(
        sender="pcc@peopleadmin.com",
        name="Pecan Creek Community College",
        subject="Application Submitted - Academic Advisor",
        body="This message confirms that your application for Academic Advisor has been submitted.",
        signature="Office of Human Resources\nPecan Creek Community College",
    )
    assert result.company == "Pecan Creek Community College"


def test_a_one_line_board_receipt_names_role_and_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@glassdoor.com",
        name="Glassdoor",
        subject="Application sent: Support Trainer at Larkspur Insurance",
        body="Your application is on its way!\n\nApplied with Easy Apply on Mar 3, 2025.",
    )
    assert (result.company, result.role) == ("Larkspur Insurance", "Support Trainer")


def test_a_latin_american_board_names_the_employer_after_the_title(classify: Classify) -> None:
    result = classify(
        sender="notificaciones@occ.com.mx",
        name="OCC Mundial",
        subject="Tu postulación fue enviada",
        body="¡Hola!\n\nTu postulación a la vacante Capacitadora Comercial de Farmacias Roble "
        "(Puebla, Pue.) fue enviada con éxito.",
    )
    assert (result.company, result.role) == ("Farmacias Roble", "Capacitadora Comercial")


def test_the_candidates_own_name_in_a_calendar_title_is_no_employer() -> None:
    message = make_message(
        sender="dana@brindlecove.com",
        name="Dana Whit",
        subject="Invitation: Final interviews - Ana Souza @ Thu May 15, 2025 10am",
        body="Hi Ana,\n\nwe'd like to invite you to the final interviews for the Learning "
        "Designer role: three conversations of 45 minutes.\n\nFinal interviews - Ana Souza\n"
        "Invitation from Google Calendar",
    )
    message = message.model_copy(
        update={"to": (Address(name="Ana Souza", address="ana@example.org", domain="example.org"),)}
    )
    result = RuleClassifier().classify(message)
    assert result.category is Category.INTERVIEW
    assert result.company != "Ana Souza"


def test_the_sender_of_a_docusign_envelope_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="dse_na3@docusign.net",
        name="Oluwaseun Adeyemi via Docusign",
        subject="Please DocuSign: Ana Souza - Offer Letter - Brindle Cove",
        body="Oluwaseun Adeyemi sent you a document to review and sign.\n\nREVIEW DOCUMENT",
    )
    assert result.category is Category.OFFER
    assert result.company == "Brindle Cove"


@pytest.mark.parametrize(
    "subject", ["Remote contract - 42/hr - starts May", "your application - coffee & a chat?"]
)
def test_rates_and_phrases_are_no_employer(classify: Classify, subject: str) -> None:
    result = classify(
        sender="pat.lee@gmail.com",
        name="Pat Lee",
        subject=subject,
        body="Hi,\n\nthanks for your application for the curriculum role. Are you free for a "
        "call on Thursday?",
    )
    assert result.company not in ("42/hr", "coffee & a chat")


def test_indeed_viewed_names_the_employer_in_the_subject(classify: Classify) -> None:
    result = classify(
        sender="no-reply@indeed.com",
        name="Indeed",
        subject="Your application was viewed by Pinecrest Dental Group",
        body="An employer viewed your application\n\nFront Desk Trainer\nPinecrest Dental "
        "Group\n\nSee application status",
    )
    assert result.category is Category.VIEWED
    assert result.company == "Pinecrest Dental Group"


@pytest.mark.parametrize("title", ["Diseñador/a gráfico/a", "Enfermeiro(a) de bloco"])
def test_a_title_written_for_both_genders_is_no_employer(classify: Classify, title: str) -> None:
    result = classify(
        sender="noreply@infojobs.net",
        name="InfoJobs",
        subject=f"Te has inscrito en la oferta {title} (remoto)",
        body=f"Hola,\n\nTu inscripción en la oferta {title} (remoto) de Estudio Mirlo se ha "
        "realizado correctamente.",
    )
    assert result.company == "Estudio Mirlo"


def test_a_contract_or_an_agency_practice_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="amy.cho@gmail.com",
        name="Amy Cho",
        subject="your application - tutoring contract",
        body="Hi,\n\nthanks for your application for the tutoring role. Are you free for a call "
        "on Thursday at 3pm?",
    )
    assert result.company != "tutoring contract"
    agency = classify(
        sender="lee@northfieldtalent.com",
        name="Lee Park",
        subject="Quick update",
        body="Hi,\n\nmy client would like to interview you next week for the trainer role.",
        signature="Lee Park | Education Practice | Northfield Talent",
    )
    assert agency.company != "Education Practice"


def test_a_talent_network_is_its_employers(classify: Classify) -> None:
    result = classify(
        sender="talent@oraclecloud.com",
        name="Mesa Verde Mutual Talent Network",
        subject="Welcome to the Mesa Verde Mutual Talent Network",
        body="Thank you for joining our talent network. We will let you know about new jobs "
        "that match your profile.",
    )
    assert result.company == "Mesa Verde Mutual"

"""Where the employer is not: a guest or the meeting kind in an invite, a team in a signature,
emoji after a name, "an employer" on a job board; and where it is: the host's domain, a vendor
mailbox named after the company, a board's "X opened your CV", a recruiter's "following up on X"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from jobtracker.pipeline.contracts import CalendarEvent, Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def _invite(summary: str, organizer: str) -> CalendarEvent:
    return CalendarEvent(
        uid="evt-7",
        method="REQUEST",
        status="CONFIRMED",
        summary=summary,
        start=datetime(2025, 5, 6, 13, 0, tzinfo=UTC),
        end=datetime(2025, 5, 6, 14, 0, tzinfo=UTC),
        organizer=organizer,
    )


def test_an_invite_names_its_host_not_the_guest_it_mentions(classify: Classify) -> None:
    result = classify(
        sender="maja.holm@fjordlight-energy.example",
        name="Maja Holm",
        subject="Invitation: Interview – Platform Engineer",
        body=(
            "Hi Sam,\n\nhere is the invite for your interview with Tobias Berg (VP Platform) and "
            "me.\n\nJoin Microsoft Teams meeting\n\nBest,\nMaja\nFjordlight Energy"
        ),
        events=(
            _invite("Interview – Platform Engineer", "mailto:maja.holm@fjordlight-energy.example"),
        ),
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Fjordlight Energy"


def test_an_invite_titled_by_the_meeting_kind_names_its_host(classify: Classify) -> None:
    result = classify(
        sender="pia@kranwerk.example",
        name="Pia Lenz",
        subject="Einladung: Kranwerk x Sam – Fachgespräch & Teamlunch @ Do. 8. Mai 2025",
        body=(
            "Hallo Sam,\n\nwir freuen uns auf das Gespräch zur Stelle als Data Analyst.\n\n"
            "Ort: Kranwerk Maschinenbau, Hafenstraße 3, Hamburg\nOrganisator: pia@kranwerk.example"
        ),
        events=(
            _invite("Kranwerk x Sam – Fachgespräch & Teamlunch", "mailto:pia@kranwerk.example"),
        ),
        language="de",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Kranwerk Maschinenbau"


def test_emoji_after_a_name_in_the_subject_are_no_part_of_it(classify: Classify) -> None:
    result = classify(
        sender="talent@mail.recruitee.com",
        name="",
        subject="Danke für deine Bewerbung bei Sonnhalde! 🌞",
        body="Hi Sam, wir haben deine Unterlagen als Backend-Entwickler erhalten.",
        language="de",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Sonnhalde"


def test_a_team_in_a_recruiters_signature_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="lee.park@brightpath-search.example",
        name="Lee Park",
        subject="Update",
        body=(
            "Hi Sam,\n\nquick update from the client side: unfortunately they have decided to "
            "move forward with other candidates for the Analyst role.\n\nThanks,\nLee"
        ),
        signature="Lee Park\nPrincipal Consultant – Finance & Operations\nBrightpath Search",
    )
    assert result.category is Category.REJECTION
    assert result.company != "Finance & Operations"


def test_a_recruiter_following_up_on_a_client_names_it(classify: Classify) -> None:
    result = classify(
        sender="lee.park@brightpath-recruitment.example",
        name="Lee Park",
        subject="Following up",
        body=(
            "Hi Sam,\n\nJust following up on Tidewell. They have decided to go with another "
            "candidate for the Analyst role, sorry it's not better news.\n\nLee"
        ),
    )
    assert result.category is Category.REJECTION
    assert result.company == "Tidewell"


def test_a_vendor_mailbox_named_after_the_company_confirms_its_name(classify: Classify) -> None:
    result = classify(
        sender="verrault@taleo.net",
        name="Groupe Verrault Mutuelle",
        subject="Accusé de réception de votre candidature",
        body=(
            "Madame, Monsieur,\n\nNous accusons bonne réception de votre candidature au poste de "
            "Contrôleur de gestion et nous vous en remercions."
        ),
        language="fr",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Groupe Verrault Mutuelle"


@pytest.mark.parametrize(
    ("subject", "language", "company"),
    [
        ("An employer viewed your application", "en", None),
        ("Miradouro Foods ha leído tu CV", "es", "Miradouro Foods"),
        ("A Miradouro Foods visualizou o seu currículo", "pt", "Miradouro Foods"),
    ],
)
def test_a_board_saying_who_opened_the_cv_names_the_employer(
    classify: Classify, subject: str, language: str, company: str | None
) -> None:
    result = classify(
        sender="alerts@infojobs.net", name="InfoJobs", subject=subject,
        body="Your application status changed.", language=language,
    )  # fmt: skip
    assert result.category is Category.VIEWED
    assert result.company == company


@pytest.mark.parametrize(
    ("language", "body", "role"),
    [
        (
            "fr",
            "Bonjour, nous accusons réception de votre candidature au poste d'Analyste Risques "
            "(H/F) et vous en remercions.",
            "Analyste Risques",
        ),
        (
            "pt",
            "Olá! Recebemos sua inscrição no processo seletivo para a vaga Analista(o) de "
            "Riscos Pleno na Figueira Seguros.",
            "Analista(o) de Riscos Pleno",
        ),
    ],
)
def test_titles_after_an_elision_or_with_a_gendered_ending_are_read(
    classify: Classify, language: str, body: str, role: str
) -> None:
    result = classify(
        sender="rh@figueira-seguros.example", name="Figueira Seguros", subject="Candidature",
        body=body, language=language,
    )  # fmt: skip
    assert result.category is Category.CONFIRMATION
    assert result.role == role

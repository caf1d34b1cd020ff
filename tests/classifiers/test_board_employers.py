"""Employers that job boards, ATS mail and scheduling tools name in their own wording."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("subject", "language", "company"),
    [
        ("Ana, sua candidatura foi enviada para Quintal Energia", "pt", "Quintal Energia"),
        ("Ana, tu solicitud se ha enviado a Quintal Energía", "es", "Quintal Energía"),
        ("Ana, votre candidature a été envoyée à Quintal Énergie", "fr", "Quintal Énergie"),
        ("Ana, Ihre Bewerbung wurde an Quintal Energie gesendet", "de", "Quintal Energie"),
    ],
)
def test_board_subject_led_by_the_candidates_first_name(
    classify: Classify, subject: str, language: str, company: str
) -> None:
    result = classify(
        sender="jobs-noreply@linkedin.com", name="LinkedIn", subject=subject,
        body="Application sent.\nData Engineer\nLisbon (Remote)", language=language,
    )  # fmt: skip
    assert result.company == company


def test_board_offer_line_names_title_then_employer_es(classify: Classify) -> None:
    result = classify(
        sender="noreply@infojobs.net", name="InfoJobs", subject="Candidatura enviada: Analista",
        body="Hola Ana,\n\nTe has inscrito en la oferta Técnico de Compras de Transportes "
        "Marbella (Málaga).\n\nLa empresa ya puede ver tu CV.\n\nEl equipo de InfoJobs",
        language="es",
    )  # fmt: skip
    assert result.company == "Transportes Marbella"
    assert result.role == "Técnico de Compras"


def test_board_names_the_employer_after_da_empresa_pt(classify: Classify) -> None:
    result = classify(
        sender="nao-responda@catho.com.br", name="Catho",
        subject="Seu currículo foi enviado para a vaga Analista de Dados",
        body="Olá, Ana,\n\nSeu currículo foi enviado com sucesso para a vaga Analista de Dados da\n"
        "empresa Serra Azul Logística (Recife - PE).\n\nAcompanhe suas candidaturas.",
        language="pt",
    )  # fmt: skip
    assert result.company == "Serra Azul Logística"


def test_scheduling_tool_event_type_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="notifications@calendly.com", name="Calendly",
        subject="Canceled: Pike & Quill interview with Ana Lopes on Tue, May 6",
        body="Hi Ana Lopes,\n\nThe event below has been canceled by Sam Reid.\n\n"
        "Event Type: Pike & Quill interview\nDate/Time: 10:00am - 10:45am Tuesday, May 6, 2025\n",
        language="en",
    )  # fmt: skip
    assert result.company == "Pike & Quill"


@pytest.mark.parametrize(
    "signed",
    ["Encina Mutua - Selección", "Equipo de Talento – Encina Mutua"],
)
def test_ats_display_name_signed_as_hiring_team_beats_a_city(
    classify: Classify, signed: str
) -> None:
    result = classify(
        sender="noreply@successfactors.eu", name="Encina Mutua",
        subject="Confirmación de recepción de tu candidatura",
        body="Estimada Ana:\n\nHemos recibido tu candidatura para la posición de Analista Web "
        f"en Zaragoza. La revisaremos.\n\nAtentamente,\n{signed}\n",
        language="es",
    )  # fmt: skip
    assert result.company == "Encina Mutua"


def test_board_names_the_employer_after_l_entreprise_fr(classify: Classify) -> None:
    result = classify(
        sender="noreply@indeed.com", name="Indeed",
        subject="Votre candidature a bien été envoyée",
        body="Bonjour Ana,\n\nVotre candidature à l'offre Chargé de Recrutement de l'entreprise "
        "Vergers Mistral (Lyon) a bien été envoyée.\n",
        language="fr",
    )  # fmt: skip
    assert result.company == "Vergers Mistral"


def test_search_firm_domain_ending_in_talent_is_an_agency_not_the_employer(
    classify: Classify,
) -> None:
    result = classify(
        sender="kim.hale@northgatetalent.co.uk", name="Kim Hale",
        subject="Interview confirmed - Larkspur Pay",
        body="Hi Ana,\n\nGood news - the client liked your profile! It's Larkspur Pay. They'd "
        "like a first interview with their CTO on Monday at 10:00 via Teams.\n\nBest,\nKim\n",
        language="en",
    )  # fmt: skip
    assert result.company == "Larkspur Pay"

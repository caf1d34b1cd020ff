"""Portuguese boards' receipts, a paused process in European word order, a surname like "SA"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import ApplicationStatus, Classification

Classify = Callable[..., Classification]


def test_sapo_job_board_subdomain_receipt_names_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@emprego.sapo.pt", name="SAPO Emprego", subject="Confirmação de candidatura",
        body="Olá Ana,\n\nConfirmamos a sua candidatura à oferta Técnico de Compras "
        "(Serra Azul Logística - Porto).\n\nSAPO Emprego",
        language="pt",
    )  # fmt: skip
    assert result.category.value == "confirmation"
    assert result.company == "Serra Azul Logística"
    assert result.role == "Técnico de Compras"


def test_board_receipt_sent_to_the_advertiser(classify: Classify) -> None:
    result = classify(
        sender="noreply@net-empregos.com", name="Net-Empregos", subject="Candidatura enviada",
        body="Caro utilizador,\n\nA sua candidatura ao anúncio \"Técnico de Compras - Porto\" "
        "(ref. AB-1234) foi enviada para o anunciante Serra Azul Logística.\n\nNet-Empregos",
        language="pt",
    )  # fmt: skip
    assert result.company == "Serra Azul Logística"


def test_board_receipt_quoted_title_then_employer_with_legal_form(classify: Classify) -> None:
    result = classify(
        sender="noreply@itjobs.pt", name="ITJobs.pt", subject="Candidatura efetuada com sucesso",
        body="Olá Ana,\n\nA sua candidatura à oferta \"Analista de Dados\" da Serra Azul, Lda. "
        "foi submetida com sucesso.\n\nEquipa ITJobs.pt",
        language="pt",
    )  # fmt: skip
    assert result.company == "Serra Azul"
    assert result.role == "Analista de Dados"


def test_clicksign_is_never_the_employer(classify: Classify) -> None:
    result = classify(
        sender="naoresponda@clicksign.com", name="Clicksign",
        subject="Ana Costa enviou um documento para você assinar",
        body="Olá, João Silva\n\nAna Costa (Serra Azul Alimentos Ltda.) solicitou sua assinatura "
        "no documento Offer_Letter_Joao.pdf.\n\nVisualizar para assinar",
        language="pt",
    )  # fmt: skip
    assert result.company == "Serra Azul Alimentos"


@pytest.mark.parametrize(
    "sentence",
    [
        "o processo de recrutamento para a função de Técnico de Compras Sénior se encontra "
        "temporariamente suspenso, devido a uma reestruturação",
        "a vaga de Analista de Dados se encontra de momento em pausa",
    ],
)
def test_paused_process_with_pronoun_first(classify: Classify, sentence: str) -> None:
    result = classify(
        sender="noreply@recruitee.com", name="Serra Azul Logística",
        subject="Atualização do processo",
        body=f"Olá Ana,\n\nEscrevemos para informar que {sentence}. A sua candidatura "
        "mantém-se ativa.\n\nEquipa Serra Azul",
        language="pt",
    )  # fmt: skip
    assert result.status is ApplicationStatus.ON_HOLD


def test_surname_sa_is_not_a_legal_form(classify: Classify) -> None:
    result = classify(
        sender="marcos.sa@serraazul.com.br", name="Marcos Sá",
        subject="Entrevista com o gestor - Compras",
        body="Olá Ana,\n\nO Paulo (Diretor de Compras) gostaria de conversar com você na "
        "segunda, 1º/12, às 13h. Pode confirmar?\n\nMarcos Sá\nRecrutamento · Serra Azul\n",
        language="pt",
    )  # fmt: skip
    assert result.category.value == "interview"
    assert result.company == "Serra Azul"


@pytest.mark.parametrize(
    ("subject", "intro"),
    [
        ("Your weekly design jobs in Spain", "Hi Ana,"),
        ("New roles this week", "Hi Ana, here are this week's picks for Product Design in Madrid:"),
    ],
)
def test_board_weekly_digest_is_an_alert(classify: Classify, subject: str, intro: str) -> None:
    result = classify(
        sender="hello@landing.jobs", name="Landing.jobs", subject=subject,
        body=f"{intro}\n\n- Product Designer @ Serra Labs (Madrid) €40-50k\n\nLanding.jobs",
        language="en",
    )  # fmt: skip
    assert result.category.value == "alert"

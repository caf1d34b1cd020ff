"""Employer names in Brazilian (and other) hiring mail: a controllership desk after the role in an
invite, an accounting office's ``.cnt.br`` domain, the clients a post serves, a publisher named
with its kind, a startup's brand with "HQ" glued on, and a booking link asked of the candidate."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.classifiers.rules.names import load_name_book
from jobtracker.correlator.domains import domain_labels
from jobtracker.pipeline.contracts import CalendarEvent, Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_desk_named_after_the_candidate_in_an_invite_is_no_employer(classify: Classify) -> None:
    summary = "Entrevista RH - Jane Doe | Controladoria"
    result = classify(
        sender="renata.alves@sertaoforte.com.br",
        name="Renata Alves",
        subject=f"Convite: {summary} ter 7 out 2025 09:00 - 09:45 (BRT)",
        body=f"Jane Doe, você foi convidada para um evento.\n\n{summary}\nTerça-feira, 7 de "
        "outubro de 2025 09:00 - 09:45 (BRT)\n\nOrganizador: renata.alves@sertaoforte.com.br",
        events=(CalendarEvent(summary=summary, organizer="renata.alves@sertaoforte.com.br"),),
    )
    assert result.category is Category.INTERVIEW
    assert result.company != "Controladoria"


def test_controllership_treasury_and_cost_desks_are_departments() -> None:
    book = load_name_book()
    for desk in ("Controladoria", "Contrôle de gestion", "Tesorería", "Custos e Orçamento"):
        assert book.is_department(desk), desk
    assert not book.is_department("Contraloría General de la República")


def test_an_accounting_offices_domain_names_the_office_not_its_trade() -> None:
    book = load_name_book()
    assert book.company_for_domain("somaconta.cnt.br") == "Somaconta"
    assert domain_labels("somaconta.cnt.br") == ("somaconta",)
    assert domain_labels("ribeiroadvogados.adv.br") == ("ribeiroadvogados",)


def test_the_clients_a_post_serves_are_not_its_employer(classify: Classify) -> None:
    result = classify(
        sender="marcos@somaconta.com.br",
        name="Marcos Teixeira",
        subject="Vaga de analista fiscal",
        body="Olá, Jane.\n\nUm ex-colega seu me indicou. Estamos com uma vaga de Analista "
        "Fiscal Pleno para carteira de clientes do Simples Nacional. Teria interesse em "
        "conversar?\n\nAtenciosamente,",
        signature="Marcos Teixeira\nSócio | Soma Conta Contabilidade",
    )
    assert result.category is Category.OUTREACH
    assert result.company != "Simples Nacional"


def test_a_publisher_named_with_its_kind_is_its_fuller_name(classify: Classify) -> None:
    result = classify(
        sender="helena.prado@pedrabranca.com.br",
        name="Helena Prado",
        subject="Entrevista Analista Financeiro - Editora Pedra Branca",
        body="Olá Jane, tudo bem?\n\nAgende sua entrevista pelo link: "
        "https://calendly.com/helena-pedrabranca/entrevista\n\nAbraço,\nHelena Prado\n"
        "Analista de RH\nEditora Pedra Branca",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Editora Pedra Branca"


def test_a_booking_link_asked_of_the_candidate_in_spanish_is_an_interview(
    classify: Classify,
) -> None:
    result = classify(
        sender="lucia.ferrer@altamarlogistica.com",
        name="Lucía Ferrer",
        subject="Entrevista - Analista de Costos",
        body="Hola Jane:\n\nGracias por tu interés. Agenda tu entrevista con el equipo en este "
        "enlace: https://calendly.com/lucia-altamar/30min\n\nSaludos,\nLucía Ferrer\n"
        "Altamar Logística",
    )
    assert result.category is Category.INTERVIEW


def test_a_brand_with_hq_glued_on_is_the_brand(classify: Classify) -> None:
    result = classify(
        sender="no-reply@ashbyhq.com",
        name="RunwellHQ Hiring",
        subject="Application received",
        body="Hi Jane,\n\nWe got your application for Senior Financial Analyst and our team "
        "will review it shortly.\n\nThe Runwell hiring team",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Runwell"


def test_capitals_before_hq_stay_one_name() -> None:
    shown = load_name_book().display("ACMEHQ")
    assert shown is not None and shown.casefold() == "acmehq"


def test_a_boards_receipt_names_the_advertiser_after_the_title(classify: Classify) -> None:
    result = classify(
        sender="noreply@catho.com.br",
        name="Catho",
        subject="Seu currículo foi enviado para Analista Fiscal",
        body="Olá, Jane!\n\nSua candidatura para Analista Fiscal - Fundição Taquaral Ind. e Com. "
        "Ltda. (Joinville - SC) foi enviada.\n\nEquipe Catho",
    )
    assert result.category is Category.CONFIRMATION
    assert result.role == "Analista Fiscal"
    assert result.company is not None and result.company.startswith("Fundição Taquaral")


def test_a_razao_socials_abbreviated_trade_is_no_part_of_the_brand() -> None:
    book = load_name_book()
    assert book.display("Fundição Taquaral Ind. e Com. Ltda.") == "Fundição Taquaral"
    assert book.display("Taquaral Com. Ltda.") == "Taquaral"
    assert book.key("Fundição Taquaral Ind. e Com. Ltda.") == book.key("Fundição Taquaral")

"""Hiring managers outside software: buyers, controllers and planners are hired by mail too,
often from a personal address with the company only in the signature."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_call_about_a_buyer_role_applied_for_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="jdevries77@gmail.com",
        name="John de Vries",
        subject="Next steps",
        body="Hi Priya,\n\nThanks for applying for the Senior Buyer role. I would love to set "
        "up a 30 minute call this week to get to know you. Does Thursday 2pm work?",
        signature="Best,\nJohn de Vries\nHead of Procurement | Freshfield Foods B.V.\n"
        "+31 6 1234 5678",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Freshfield Foods"
    assert result.role == "Senior Buyer"


def test_a_surname_particle_in_the_display_name_is_no_company(classify: Classify) -> None:
    # "de Vries" is spelled in the mailbox: a surname, not "John from Vries".
    result = classify(
        sender="a.dasilva@outlook.com",
        name="Ana da Silva",
        subject="Your application",
        body="Hi Priya,\n\nthank you for your application for the Procurement Specialist "
        "position. We have received it and will come back to you within two weeks.",
    )
    assert result.company != "Silva"


def test_a_company_after_de_stays_a_display_pair_when_the_mailbox_does_not_spell_it(
    classify: Classify,
) -> None:
    result = classify(
        sender="ana@nubank.com.br",
        name="Ana de Nubank",
        subject="Sua candidatura",
        body="Olá Priya,\n\nrecebemos a sua candidatura para a vaga de Analista de Compras. "
        "Entraremos em contato em breve.",
    )
    assert result.company == "Nubank"


def test_a_title_outside_tech_before_role_is_job_context(classify: Classify) -> None:
    result = classify(
        sender="maria.keller@gmail.com",
        name="Maria Keller",
        subject="Quick question",
        body="Hi Priya,\n\nwe'd love to have a quick chat about the controller position you "
        "applied for. Are you free on Monday?",
    )
    assert result.category is Category.INTERVIEW


def test_an_agency_names_its_client_before_the_date_of_the_interview(classify: Classify) -> None:
    result = classify(
        sender="sam.okoro@northgatestaffing.example",
        name="Sam Okoro",
        subject="Interview confirmed - Brightwell Dairy, Tue 14/10 09:30",
        body="Hi Priya,\n\nGood news - Brightwell would like to meet you!\n\nWhen: Tuesday 14 "
        "October, 09:30\nWhere: their depot in Almere.\n\nSam",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Brightwell Dairy"


def test_a_portuguese_webmail_address_is_a_person_not_the_employer(classify: Classify) -> None:
    result = classify(
        sender="rui.matos71@sapo.pt",
        name="Rui Matos",
        subject="Re: Candidatura espontânea - Enfermeira",
        body="Olá,\n\nobrigado pela sua candidatura espontânea. Gostaria de a convidar para uma "
        "entrevista na quinta-feira às 15h na clínica.",
        signature="Rui Matos\nDiretor Clínico\nClínica da Foz",
    )
    assert result.company != "Sapo"

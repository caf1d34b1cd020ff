"""Employers named by job boards, graduate platforms and e-signature envelopes, in the
forms French, Spanish and Portuguese boards write them; dates and programmes are no employer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_company_display_name_on_a_board_that_writes_as_the_company(classify: Classify) -> None:
    result = classify(
        sender="naoresponda@gupy.io",
        name="Vale Verde Máquinas",
        subject="Nova etapa: teste online",
        body="Olá!\n\nVocê avançou para a etapa de testes online do processo Estágio em "
        "Engenharia de Produção. Prazo: 5 dias.",
    )
    assert result.company == "Vale Verde Máquinas"


def test_a_title_with_its_field_and_the_company_after_na(classify: Classify) -> None:
    result = classify(
        sender="naoresponda@gupy.io",
        name="Gupy",
        subject="Recebemos sua candidatura!",
        body="Oi!\n\nSua candidatura para a vaga Estágio em Engenharia Civil na Lagoa Funda "
        "Construções (Recife) foi recebida com sucesso.",
    )
    assert result.company == "Lagoa Funda Construções"
    assert result.role == "Estágio em Engenharia Civil"


@pytest.mark.parametrize(
    ("subject", "body", "company"),
    [
        (
            "Votre candidature a bien été envoyée à Brasserie Tellier",
            "Bonjour,\n\nvotre candidature a bien été envoyée via le Career Center.",
            "Brasserie Tellier",
        ),
        (
            "Ta candidature pour Acheteur junior chez Maison Orsel",
            "Bien reçu ! Maison Orsel a reçu ta candidature.",
            "Maison Orsel",
        ),
        (
            "Votre candidature a bien été transmise",
            "Votre candidature à l'offre « Chargé d'affaires » de la société Vireval (réf. "
            "88213) a bien été transmise au recruteur.",
            "Vireval",
        ),
        (
            "Candidature envoyée : Dessinateur projeteur",
            "Votre candidature a été envoyée à Menuiserie Carraz\n\nBonne chance !",
            "Menuiserie Carraz",
        ),
    ],
)
def test_french_boards_name_the_employer(
    classify: Classify, subject: str, body: str, company: str
) -> None:
    result = classify(sender="noreply@jobteaser.com", name="JobTeaser", subject=subject, body=body)
    assert result.company == company


@pytest.mark.parametrize("sender", ["ne-pas-repondre@apec.fr", "candidature@hellowork.com"])
def test_french_job_boards_are_never_the_employer(classify: Classify, sender: str) -> None:
    result = classify(
        sender=sender,
        name="Apec" if "apec" in sender else "HelloWork",
        subject="Votre candidature a bien été enregistrée",
        body="Bonjour,\n\nvotre candidature au poste de Technicien méthodes a bien été "
        "enregistrée. Le recruteur reviendra vers vous.",
    )
    assert result.company not in ("Apec", "HelloWork")


def test_a_date_after_a_dash_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="maud.leroy@corvane-group.com",
        name="Maud Leroy",
        subject="Corvane Graduate Assessment Centre – 14 June, Nantes",
        body="Dear candidate,\n\nwe are pleased to invite you to our assessment centre for the "
        "graduate programme. You will meet the hiring managers in a group interview.",
    )
    assert result.company != "14 June, Nantes"


def test_a_graduate_programme_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="solar@myworkday.com",
        name="Solar Ibérica",
        subject="Hemos recibido tu solicitud",
        body="Hola:\n\nGracias por tu interés en el Programa de Graduados – Logística de Solar "
        "Ibérica. Hemos recibido tu solicitud correctamente.",
    )
    assert result.company != "Programa de Graduados"


def test_a_docusign_document_named_after_the_employer(classify: Classify) -> None:
    result = classify(
        sender="dse_na2@docusign.net",
        name="Ravi Patel via DocuSign",
        subject="Please DocuSign: Quillmark_Offer_Letter_J_Doe.pdf",
        body="Ravi Patel sent you a document to review and sign.\n\nREVIEW DOCUMENT",
    )
    assert result.category is Category.OFFER
    assert result.company == "Quillmark"


def test_an_organisation_named_with_de_is_not_a_person_from_somewhere(classify: Classify) -> None:
    result = classify(
        sender="noreply@infoempleo.com",
        name="Infoempleo",
        subject="Tu candidatura se ha enviado correctamente",
        body="Hola,\n\nTu candidatura a Celador/a - turno de noche en Hospital Comarcal de "
        "Valdepinos (Cuenca) se ha enviado correctamente.\n\nEquipo Infoempleo",
    )
    assert result.company == "Hospital Comarcal de Valdepinos"


def test_a_workday_display_name_that_names_an_organisation(classify: Classify) -> None:
    result = classify(
        sender="hsantacruz@myworkday.com",
        name="Hospital Santa Cruz",
        subject="Gracias por tu solicitud",
        body="Hola,\n\nconfirmamos que hemos recibido tu solicitud para Técnico/a de Farmacia. "
        "Si tu perfil encaja, te contactaremos.",
    )
    assert result.company == "Hospital Santa Cruz"


@pytest.mark.parametrize(
    ("sender", "name", "body", "company"),
    [
        (
            "noreply@net-empregos.com",
            "Net-Empregos",
            'A sua candidatura ao anúncio "Farmacêutico(a)" (ref. 5512) da empresa Farmácia '
            "Ribeirinha foi enviada com sucesso.",
            "Farmácia Ribeirinha",
        ),
        (
            "noreply@jobs.ch",
            "jobs.ch",
            "Your application for Pflegefachfrau HF at Seeklinik Brunnwald has been sent.",
            "Seeklinik Brunnwald",
        ),
    ],
)
def test_iberian_and_swiss_boards_name_the_employer_not_themselves(
    classify: Classify, sender: str, name: str, body: str, company: str
) -> None:
    result = classify(sender=sender, name=name, subject="Candidatura enviada", body=body)
    assert result.company == company


def test_a_person_at_the_portuguese_mail_provider_is_no_job_board(classify: Classify) -> None:
    result = classify(
        sender="rui.matos71@sapo.pt",
        name="Rui Matos",
        subject="Candidatura espontânea",
        body="Olá Camila,\n\nrecebi a sua candidatura espontânea. Podemos conversar na "
        "quinta-feira às 15h?\n\nRui Matos\nDiretor Clínico\nClínica da Foz",
    )
    assert result.source is not None and result.source.value == "direct"


def test_the_fuller_name_includes_the_kind_of_organisation_before_it(classify: Classify) -> None:
    result = classify(
        sender="careers@successfactors.eu",
        name="Quimbel Careers",
        subject="Application received - Regulatory Affairs Associate",
        body="Dear applicant,\n\nThank you for applying for the position Regulatory Affairs "
        "Associate, requisition 7713, at Laboratorios Quimbel.\n\nKind regards,\nQuimbel "
        "Talent Acquisition",
    )
    assert result.company == "Laboratorios Quimbel"


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("Direção Técnica Lar Santa Marta", "Lar Santa Marta"),
        ("DRH - Transports Vaillant", "Transports Vaillant"),
        ("Dirección de Personas Grupo Oriol", "Grupo Oriol"),
    ],
)
def test_a_department_before_the_employer_in_a_display_name_is_dropped(
    classify: Classify, name: str, company: str
) -> None:
    result = classify(
        sender="direcao@example.org",
        name=name,
        subject="Candidatura",
        body="Agradecemos a sua candidatura, que recebemos com atenção. Entraremos em contacto "
        "em breve.",
    )
    assert result.company == company


def test_a_title_ends_before_da_empresa_and_the_city_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@catho.com.br",
        name="Catho",
        subject="Currículo enviado",
        body="Oi,\n\nSeu currículo foi enviado para a vaga Comprador Pleno da empresa Mercantil "
        "Serrano em Ribeirão Preto - SP.",
    )
    assert result.company == "Mercantil Serrano"
    assert result.role == "Comprador Pleno"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Se ha enviado tu solicitud\n\nAuxiliar de Farmacia\nFarmacia Luz - Getafe, Madrid\n",
            "Farmacia Luz",
        ),
        ("Candidatura enviada\n\nRececionista\nHotel Alfama - Lisboa\n", "Hotel Alfama"),
        ("Candidatura enviada\n\nRececionista\nLisboa\n\nOs seguintes itens foram enviados.", None),
    ],
)
def test_indeed_cards_in_other_languages(
    classify: Classify, text: str, company: str | None
) -> None:
    result = classify(
        sender="indeedapply@indeed.com", name="Indeed Apply", subject="Candidatura", body=text
    )
    assert result.company == company


@pytest.mark.parametrize(
    ("intro", "field", "company"),
    [
        (
            "Te confirmamos tu inscripción en la oferta:",
            "Empresa: Óptica Ribamar",
            "Óptica Ribamar",
        ),
        (
            "Ihre Bewerbung ist bei uns eingegangen:",
            "Unternehmen: Sägewerk Lindner",
            "Sägewerk Lindner",
        ),
        (
            "Your application has been received:",
            "Company: Harbourline Freight",
            "Harbourline Freight",
        ),
    ],
)
def test_a_labelled_company_field_names_the_employer(
    classify: Classify, intro: str, field: str, company: str
) -> None:
    result = classify(
        sender="noreply@tecnoempleo.com",
        name="Tecnoempleo",
        subject="Inscripción realizada",
        body=f"{intro}\n\n  Técnico de sistemas\n  {field}\n  Ubicación: Madrid",
    )
    assert result.company == company

"""Portuguese and Spanish boards' receipts and status changes, a brand named as part of its
holding, a search run for an unnamed firm, and a process put on hold (corpora 96, 100, 101)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "company"),
    [
        (
            "iefponline@iefp.pt",
            "IEFP",
            "Oferta de emprego n.º 600112233 – candidatura",
            "Exmo. Senhor,\n\nInformamos que a sua candidatura à oferta de emprego n.º 600112233 "
            "(Técnico(a) de Armazém – Leiria), da entidade Transportes Lisandro, Lda., foi "
            "registada e comunicada à entidade empregadora.",
            "Transportes Lisandro",
        ),
        (
            "noreply@net-empregos.com",
            "Net-Empregos",
            "Candidatura enviada - Técnico de Qualidade (Aveiro)",
            'A sua candidatura ao anúncio "Técnico de Qualidade (Aveiro)" foi enviada para o '
            "anunciante.\n\nRef. do anúncio: 12000456\nAnunciante: Cerâmica Vouga – Louça "
            "Utilitária, Lda.\n\nObrigado por utilizar o Net-Empregos.",
            "Cerâmica Vouga",
        ),
        (
            "noreply@catho.com.br",
            "Catho",
            "Sua candidatura foi enviada para Transportadora Iguaçu",
            "Sua candidatura foi enviada!\n\nAnalista de Frota\n\nAcompanhe suas candidaturas",
            "Transportadora Iguaçu",
        ),
        (
            "info@tecnoempleo.com",
            "Tecnoempleo",
            "Inscripción confirmada en la oferta: Técnico/a de Automatización",
            'Hola Ane,\n\nTu inscripción en la oferta "Técnico/a de Automatización" publicada '
            "por RBD - Robótica Deba (Eibar) se ha realizado correctamente.",
            "Robótica Deba",
        ),
    ],
)
def test_a_boards_receipt_names_the_advertiser(
    classify: Classify, sender: str, name: str, subject: str, body: str, company: str
) -> None:
    language = "es" if sender.endswith("tecnoempleo.com") else "pt"
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.CONFIRMATION, result.evidence
    assert result.company == company


@pytest.mark.parametrize(
    ("body", "category", "company"),
    [
        (
            "Hola Ane,\n\nForjas Lemona, S.A. ha actualizado tu candidatura a Técnico/a de "
            "Procesos: Descartado.\n\nSigue buscando: nuevas ofertas para ti.",
            Category.REJECTION,
            "Forjas Lemona",
        ),
        (
            "Hola Ane,\n\n¡Enhorabuena! FORJAS LEMONA S.A. ha marcado tu candidatura a Técnico/a "
            "de Procesos como Finalista.\n\nLa empresa se pondrá en contacto contigo.",
            Category.INTERVIEW,
            "Forjas Lemona",
        ),
    ],
)
def test_a_boards_status_change_tells_the_step_and_the_employer(
    classify: Classify, body: str, category: Category, company: str
) -> None:
    result = classify(
        sender="noreply@infojobs.net",
        name="InfoJobs",
        subject="Novedades en tu candidatura",
        body=body,
        language="es",
    )
    assert result.category is category, result.evidence
    assert result.company == company


@pytest.mark.parametrize(
    ("display", "body", "company"),
    [
        (
            "Grupo Marés Alimentos",
            "Olá Rafa,\n\nObrigado por se candidatar à vaga Analista de Compras.\n\nDoce da Ria é "
            "uma marca do Grupo Marés Alimentos S.A.\n\nAquisição de Talentos | Grupo Marés",
            "Doce da Ria",
        ),
        (
            "Ribeira Participações",
            "Oi, Rafa!\n\nSua candidatura para Analista de Estoque foi enviada com sucesso.\n\nO "
            "Atacado Ribeira faz parte da Ribeira Participações S.A. e nosso processo tem três "
            "etapas.\n\nTime de Talentos",
            "Atacado Ribeira",
        ),
    ],
)
def test_a_brand_named_as_part_of_its_holding_is_the_employer(
    classify: Classify, display: str, body: str, company: str
) -> None:
    result = classify(
        sender="noreply@gupy.io",
        name=display,
        subject="Recebemos sua candidatura",
        body=body,
        language="pt",
    )
    assert result.company == company


def test_a_search_run_for_an_unnamed_firm_names_no_employer(classify: Classify) -> None:
    result = classify(
        sender="rui.tavares@veloria-ls.example",
        name="Rui Tavares",
        subject="Oportunidade – Quality Manager | multinacional farmacêutica",
        body="Olá Ana,\n\nVi o seu perfil e creio que pode ter interesse num processo que estou a "
        "conduzir em exclusivo para uma multinacional farmacêutica em Lisboa.\n\nTem "
        "disponibilidade para uma chamada?\n\nRui Tavares\nSenior Consultant – Life Sciences\n"
        "Veloria Life Sciences | Lisboa",
        language="pt",
    )
    assert result.category is Category.OUTREACH
    assert result.company is None


def test_a_consultant_naming_the_client_after_que_se_trata(classify: Classify) -> None:
    result = classify(
        sender="rui.tavares@veloria-ls.example",
        name="Rui Tavares",
        subject="RE: Oportunidade – Quality Manager",
        body="Olá Ana,\n\nApresentei hoje a sua candidatura ao cliente – posso agora dizer-lhe que "
        "se trata da Brisalab Farmacêutica, em Oeiras.\n\nDou notícias em breve.\n\nRui",
        language="pt",
    )
    assert result.company == "Brisalab Farmacêutica"


def test_a_selection_left_in_suspense_is_on_hold(classify: Classify) -> None:
    result = classify(
        sender="talento@ventolur.example",
        name="Talento Ventolur",
        subject="Información sobre su candidatura 55120",
        body="Estimado/a Ane:\n\nLe informamos de que el proceso de selección para la posición "
        "Técnico/a de Mantenimiento Eólico ha quedado temporalmente en suspenso por una "
        "reorganización interna. Su candidatura sigue activa.\n\nTalento Ventolur",
        language="es",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.ON_HOLD

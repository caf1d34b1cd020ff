"""European Portuguese hiring mail: public competitions ("procedimento concursal") and their
summons and exclusion notices, the IEFP's and the BEP's notices naming the hiring body, board
receipts naming the employer in their body, a group's mailbox over its company, and an HR
auto-responder that acknowledges the application."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_competition_summons_to_the_written_test_is_an_assessment(classify: Classify) -> None:
    result = classify(
        sender="concursos@ctmn-transportes.example",
        name="Concursos CTMN",
        subject="Procedimento concursal 3/2026 - Convocatória para prova de conhecimentos",
        body=(
            "Exmo.(a) Senhor(a),\n\nNotifica-se V. Exa. de que foi admitido(a) e convocado(a) "
            "para a realização da Prova de Conhecimentos, no dia 9 de março, às 10h00.\n\n"
            "O Presidente do Júri"
        ),
        language="pt",
    )
    assert result.category is Category.ASSESSMENT


def test_a_competition_summons_to_the_selection_interview_is_an_interview(
    classify: Classify,
) -> None:
    result = classify(
        sender="concursos@ctmn-transportes.example",
        name="Concursos CTMN",
        subject="Procedimento 3/2026 - Convocatória para Entrevista Profissional de Seleção",
        body=(
            "Exmo.(a) Senhor(a),\n\nFica V. Exa. convocado(a) para a Entrevista Profissional de "
            "Seleção, no dia 2 de abril, às 15h00, na sede.\n\nO Presidente do Júri"
        ),
        language="pt",
    )
    assert result.category is Category.INTERVIEW


def test_an_exclusion_notice_before_the_hearing_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="rh@ctmn-transportes.example",
        name="CTMN Recursos Humanos",
        subject="Procedimento 3/2026 - Notificação para audiência dos interessados",
        body=(
            "Exmo.(a) Senhor(a),\n\nFica notificado(a) de que consta da lista de candidatos "
            "excluídos do procedimento, por falta do certificado de habilitações.\n\nDispõe de "
            "10 dias úteis para se pronunciar.\n\nA Presidente do Júri"
        ),
        language="pt",
    )
    assert result.category is Category.REJECTION


def test_the_public_employment_service_summons_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@iefp.pt",
        name="IEFP",
        subject="Convocatória - Oferta de emprego n.º 400012026",
        body=(
            "Exmo.(a) Senhor(a),\n\nFica convocado(a) para comparecer numa entrevista de seleção "
            "relativa à oferta abaixo indicada.\n\nOferta n.º: 400012026\nProfissão: Fiel de "
            "Armazém\nEntidade empregadora: Armazéns Quintanilha, Lda.\nData/hora: 03-03-2026"
            "\n\nServiço de Emprego"
        ),
        language="pt",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Armazéns Quintanilha"


def test_a_public_board_receipt_names_the_body_by_its_initials(classify: Classify) -> None:
    result = classify(
        sender="naoresponder@bep.gov.pt",
        name="Bolsa de Emprego Público",
        subject="BEP - Candidatura submetida - OE202602/0099",
        body=(
            "Informamos que a sua candidatura à oferta OE202602/0099 foi submetida com sucesso."
            "\n\nEntidade: CTMN - Companhia de Transportes Metropolitanos do Norte Litoral, S.A."
            "\nOferta: Procedimento concursal para 2 (dois) Técnico Superior - Planeamento\n"
            "Data de submissão: 02-02-2026\n\nBEP - Bolsa de Emprego Público"
        ),
        language="pt",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "CTMN"


def test_a_board_receipt_names_the_employer_on_its_card(classify: Classify) -> None:
    result = classify(
        sender="emprego@sapo.pt",
        name="SAPO Emprego",
        subject="Candidatura enviada: Técnico de Compras - Viseu",
        body=(
            "Olá Rita,\n\nA tua candidatura foi enviada com sucesso para:\n\nTécnico de Compras"
            "\nBeiralar Têxteis, S.A.\nViseu\n\nBoa sorte!"
        ),
        language="pt",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Beiralar Têxteis"


def test_a_board_update_with_a_no_and_similar_jobs_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="noreply@indeed.com",
        name="Indeed",
        subject="Uma atualização da sua candidatura para Quintal Verde, Lda.",
        body=(
            "Olá Rita,\n\nDepois de analisar a sua candidatura, o empregador decidiu não avançar "
            "consigo.\n\nHá novas vagas todos os dias. Ver vagas semelhantes."
        ),
        language="pt",
    )
    assert result.category is Category.REJECTION


def test_an_auto_responder_that_acknowledges_the_application_confirms_it(
    classify: Classify,
) -> None:
    result = classify(
        sender="rh@gelonorte.example",
        name="Recrutamento Gelonorte",
        subject="Resposta automática: Candidatura Técnico de Qualidade",
        body=(
            "Confirmamos a receção da sua candidatura. Só os candidatos pré-selecionados serão "
            "contactados.\n\nGelonorte - Armazéns de Gelo, S.A."
        ),
        language="pt",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Gelonorte"  # its trade after the dash is no fuller name


def test_a_group_display_name_over_its_company_mailbox_names_the_company(
    classify: Classify,
) -> None:
    result = classify(
        sender="lumbral@myworkday.com",
        name="Grupo Lumbral",
        subject="Hemos recibido tu candidatura",
        body=(
            "Hola Marta:\n\nHemos recibido tu candidatura para la posición Técnica de Almacén."
            "\n\nUn saludo,\nTalento Grupo Lumbral"
        ),
        language="es",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Lumbral"


def test_an_agency_relaying_the_clients_choice_of_another_is_a_rejection(
    classify: Classify,
) -> None:
    result = classify(
        sender="ana.paiva@talentolink.example",
        name="Ana Paiva | Talentolink",
        subject="Feedback Serrateck",
        body=(
            "Olá Rui,\n\nTive o feedback da Serrateck: gostaram da entrevista, mas optaram por "
            "um candidato com mais experiência em armazéns automáticos.\n\nUm abraço,\nAna"
        ),
        language="pt",
    )
    assert result.category is Category.REJECTION

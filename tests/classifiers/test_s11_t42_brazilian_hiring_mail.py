"""Brazilian and European Portuguese hiring mail: a no that names an internal hire, a public
selection's exam call and result line, boards' receipts, an e-signed offer, the admission
paperwork after the yes, and look-alikes (a vendor's blog, a professional forum's ticket)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from jobtracker.pipeline.contracts import CalendarEvent, Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


def test_a_no_that_names_an_internal_hire_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="juliana.matos@cooperverde.example",
        name="Juliana Matos",
        subject="Cooperverde - processo Analista Financeiro",
        body="Oi Carla, tudo bem?\n\nObrigada por participar de todas as etapas do processo "
        "para Analista Financeiro. No fim, optamos por uma colaboradora interna, que já "
        "conhece nossos sistemas. Sei que não é a notícia que você esperava.\n\nAbraço,\nJuliana",
    )
    assert result.category is Category.REJECTION


def test_a_european_portuguese_no_after_the_interview_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="ines.carvalho@tejoservicos.example",
        name="Inês Carvalho",
        subject="Tejo Serviços | Recrutamento",
        body="Cara Carla,\n\nObrigada pelo tempo dispensado na entrevista. Após ponderação, "
        "decidimos prosseguir com outra candidata, com mais experiência em contabilidade "
        "pública.\n\nCom os melhores cumprimentos,\nInês Carvalho",
    )
    assert result.category is Category.REJECTION


def test_a_public_selections_result_line_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="concursos@fundacaoselecao.example",
        name="Fundação Seleção Pública",
        subject="Concurso Prefeitura de Itaverde 01/2026 - resultado final",
        body="Prezado(a) candidato(a),\n\nFoi publicado o resultado final do Concurso Público "
        "da Prefeitura de Itaverde nº 01/2026.\n\nCargo 112 - Assistente Administrativo\n"
        "Nota final: 48,0 | Situação: ELIMINADO\n\nFundação Seleção Pública",
    )
    assert result.category is Category.REJECTION


def test_a_public_selections_exam_call_is_an_assessment(classify: Classify) -> None:
    result = classify(
        sender="concursos@fundacaoselecao.example",
        name="Fundação Seleção Pública",
        subject="Processo seletivo SAAE 03/2026 - local de prova",
        body="Prezado(a) candidato(a),\n\nSua inscrição no processo seletivo do SAAE está "
        "confirmada. A prova escrita será realizada em 14/06/2026, às 9h, na Escola "
        "Municipal Rio Claro.\n\nLeve documento com foto.",
    )
    assert result.category is Category.ASSESSMENT


def test_a_board_update_naming_a_test_stage_is_an_assessment(classify: Classify) -> None:
    result = classify(
        sender="noreply@gupy.io",
        name="Farmácias Ipê",
        subject="Sua candidatura avançou",
        body="Olá, Carla!\n\nSua candidatura para Analista de Compras passou para a etapa de "
        "Teste de Excel. O link chega por aqui até amanhã.\n\nTime de Gente | Farmácias Ipê",
    )
    assert result.category is Category.ASSESSMENT


def test_a_recorded_video_step_is_an_assessment(classify: Classify) -> None:
    result = classify(
        sender="noreply@gupy.io",
        name="Farmácias Ipê",
        subject="Nova etapa no seu processo",
        body="Olá, Carla!\n\nNesta etapa da sua candidatura, grave um vídeo curto contando por "
        "que quer trabalhar com compras. Prazo: sexta-feira.\n\nTime de Gente | Farmácias Ipê",
    )
    assert result.category is Category.ASSESSMENT


def test_a_recruiter_noting_the_readers_step_back_withdraws(classify: Classify) -> None:
    result = classify(
        sender="bruno@lavourahub.example",
        name="Bruno Azevedo",
        subject="Re: Lavoura Hub - entrevista",
        body="Oi Carla,\n\nSem problemas, obrigado por avisar! Anotei sua desistência do "
        "processo de Analista de Operações. Boa sorte no novo desafio!\n\nBruno",
    )
    assert result.status is ApplicationStatus.WITHDRAWN


def test_an_offer_envelope_every_party_signed_is_accepted(classify: Classify) -> None:
    result = classify(
        sender="dse_na3@docusign.net",
        name="Ipê Pay via DocuSign",
        subject="Concluído: Carta-oferta Carla Souza - Analista de Risco",
        body="Seu documento foi concluído\nTodas as partes concluíram Carta-oferta Carla Souza "
        "- Analista de Risco.\nVER DOCUMENTO CONCLUÍDO\n\nMarina Lopes\n"
        "marina.lopes@ipepay.example",
    )
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.ACCEPTED
    assert result.company == "Ipê Pay"  # the account's company, not a person


def test_a_state_code_after_the_city_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="ipe@myworkday.com",
        name="Farmácias Ipê",
        subject="Recebemos sua candidatura - Analista de Compras - R-1022",
        body="Olá Carla,\n\nConfirmamos o recebimento da sua candidatura para a vaga Analista de "
        "Compras (R-1022), com localidade em Campinas - SP.\n\nAtenciosamente,\nFarmácias Ipê",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company != "SP"


def test_a_boards_cv_sent_notice_is_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="noreply@catho.com.br",
        name="Catho",
        subject="Candidatura realizada: Auxiliar de Logística",
        body="Oi, Carla!\n\nSeu currículo foi enviado com sucesso para a vaga Auxiliar de "
        "Logística da empresa Transportes Serra Verde - Betim, MG.",
    )
    assert result.category is Category.CONFIRMATION


def test_a_ticketed_forum_in_the_calendar_is_no_interview(classify: Classify) -> None:
    event = CalendarEvent(
        summary="Fórum Paulista de Recrutamento",
        start=datetime(2026, 5, 12, 21, tzinfo=UTC),
        method="REQUEST",
    )
    result = classify(
        sender="naoresponda@ingressos.example",
        name="Ingressos Online",
        subject="Lembrete: Fórum Paulista de Recrutamento amanhã",
        body="Olá, Carla! O evento acontece amanhã às 18h. Painel: a entrevista de emprego do "
        "futuro. Apresente seu ingresso na entrada.",
        events=(event,),
    )
    assert result.category is Category.NOT_JOB


def test_an_ats_vendors_blog_newsletter_is_no_interview(classify: Classify) -> None:
    result = classify(
        sender="conteudo@gupy.io",
        name="Gupy Blog",
        subject="5 tendências de recrutamento para 2026",
        body="Newsletter para profissionais de RH\n\nComo conduzir uma entrevista online mais "
        "justa; o custo por contratação.\n\nVocê recebe este conteúdo porque se inscreveu no blog.",
    )
    assert result.category is Category.NOT_JOB


def test_admission_paperwork_is_other_job_mail(classify: Classify) -> None:
    result = classify(
        sender="admissao@farmaciasipe.example",
        name="Admissão Farmácias Ipê",
        subject="Documentos para admissão",
        body="Olá Carla, seja bem-vinda!\n\nPara darmos andamento à sua admissão, envie RG, CPF "
        "e CTPS digital pelo link abaixo. Seu exame admissional será na quarta, às 8h.",
    )
    assert result.category is Category.OTHER_JOB


def test_a_managers_first_approach_by_referral_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="paulo.reis@construserra.example",
        name="Paulo Reis",
        subject="Oportunidade - Comprador Pleno",
        body="Oi Carla!\n\nSou o Paulo, gerente de suprimentos da Construserra. Estou montando "
        "uma equipe de compras para a nova fábrica e seu nome me foi indicado pela Ana.\n\n"
        "Posição: Comprador Pleno, CLT, Betim. Topa conversar?\n\nPaulo Reis",
    )
    assert result.category is Category.OUTREACH


def test_the_signing_company_of_a_group_is_the_employer(classify: Classify) -> None:
    result = classify(
        sender="rh@solmar.example",
        name="Recursos Humanos Solmar",
        subject="Candidatura recebida - Rececionista",
        body="Exma. Sra. Carla Souza,\n\nAcusamos a receção da sua candidatura à função de "
        "Rececionista no Grupo Solmar Resorts.\n\nCom os melhores cumprimentos,\n"
        "Departamento de Recursos Humanos\nSolmar Resorts, Lda.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Solmar Resorts"


def test_a_founder_introducing_himself_as_one_of_the_partners_names_the_company(
    classify: Classify,
) -> None:
    result = classify(
        sender="rodrigo.pires.agro@gmail.com",
        name="Rodrigo Pires",
        subject="Sua candidatura para Analista Financeiro",
        body="Oi Carla!\n\nAqui é o Rodrigo, um dos sócios da Sementes Aurora. Vi que você se "
        "candidatou à vaga de Analista Financeiro no nosso site. Topa um papo por Meet na "
        "quinta (12/03) às 10h?\n\nAbs,\nRodrigo",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Sementes Aurora"


def test_an_ats_thanks_names_the_post_alone(classify: Classify) -> None:
    result = classify(
        sender="ipe@myworkday.com",
        name="Farmácias Ipê",
        subject="Farmácias Ipê: candidatura enviada",
        body="Olá Carla,\n\nObrigado por se candidatar à posição Analista de Compras Sênior "
        "(JR-0415) em Campinas, SP.\n\nEquipe de Aquisição de Talentos\nFarmácias Ipê S.A.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.role == "Analista de Compras Sênior"


def test_a_title_ending_in_the_writing_desks_words_stays_whole(classify: Classify) -> None:
    result = classify(
        sender="rh@solmar.example",
        name="Recursos Humanos Solmar",
        subject="Candidatura recebida - Técnico/a de Recursos Humanos",
        body="Exma. Sra. Carla Souza,\n\nAcusamos a receção da sua candidatura à função de "
        "Técnico/a de Recursos Humanos.\n\nCom os melhores cumprimentos,\nSolmar Resorts, Lda.",
    )
    assert result.role is not None and result.role.endswith("de Recursos Humanos")


def test_common_brazilian_stage_wordings(classify: Classify) -> None:
    """Several senders' ways of saying the same few things."""
    cases = [
        (
            Category.REJECTION,
            "Retorno da vaga",
            "Olá Carla, agradecemos seu interesse. Após avaliação, identificamos que seu perfil "
            "não está aderente aos requisitos da vaga de Comprador neste momento.",
        ),
        (
            Category.REJECTION,
            "Sua candidatura - Comprador",
            "Prezada Carla, neste momento não daremos sequência à sua candidatura para a vaga "
            "de Comprador. Agradecemos a participação.",
        ),
        (
            Category.INTERVIEW,
            "Entrevista",
            "Bom dia Carla, você pode participar de uma entrevista amanhã às 9h aqui na "
            "fábrica? Pergunte pelo RH na portaria.",
        ),
        (
            Category.INTERVIEW,
            "Entrevista agendada",
            "Olá, Carla! Sua entrevista para a vaga Comprador foi agendada para 22/05 às 14h, "
            "por Google Meet.",
        ),
        (
            Category.INTERVIEW,
            "Convite - Dinâmica de grupo",
            "Olá Carla, você foi selecionada para a dinâmica de grupo do Programa de Trainee, "
            "no dia 20/05 às 9h, em nossa sede.",
        ),
    ]
    for category, subject, body in cases:
        result = classify(
            sender="rh@metalurgicaipe.example",
            name="RH Metalúrgica Ipê",
            subject=subject,
            body=body,
        )
        assert result.category is category, subject


def test_a_public_selections_organiser_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="inscricoes@nucleoconcursos.example",
        name="Núcleo de Concursos",
        subject="Inscrição confirmada - Concurso CPTM 01/2026",
        body="Prezado(a) candidato(a),\n\nSua inscrição no Concurso Público da CPTM nº 01/2026 "
        "foi confirmada.\n\nCargo: Técnico em Saneamento\n\nNúcleo de Concursos",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "CPTM"  # the rail company that hires, spelled as written


def test_a_boards_receipt_subject_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@glassdoor.com",
        name="Glassdoor",
        subject="Candidatura enviada para Farmácias Ipê",
        body="Sua candidatura foi enviada! Analista de Compras - Farmácias Ipê",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Farmácias Ipê"


def test_the_admission_desk_is_no_part_of_the_employers_name(classify: Classify) -> None:
    result = classify(
        sender="admissao@farmaciasipe.example",
        name="Equipe de Admissão | Farmácias Ipê",
        subject="Bem-vinda! Próximos passos da admissão",
        body="Olá Carla, para seguirmos com sua contratação envie seus documentos admissionais "
        "até 05/06 e agende o exame admissional.",
    )
    assert result.category is Category.OTHER_JOB
    assert result.company == "Farmácias Ipê"

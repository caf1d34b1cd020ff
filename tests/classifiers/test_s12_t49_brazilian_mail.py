"""Brazilian job mail the rules misread: a recruiter's polite imperfect ("queria marcar um
bate-papo"), slots offered in a line, the last step named as a talk, an "Analista de R&S"
signing "Att.,", search firms that call themselves hunters, a frozen role ("a vaga tá
congelada"), a PJ contract signed on DocuSign, a past-tense no, an agency closing the process
for a reader who took another job, boards' digests and talent pools, and an app's paid user
research that calls itself an "entrevista"."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.classifiers.rules.employer import signed_by_agency
from jobtracker.connectors.mime.signature import signature_offset
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category, Source

Classify = Callable[..., Classification]


def test_a_recruiter_asks_for_a_chat_in_the_imperfect(classify: Classify) -> None:
    result = classify(
        sender="marina.lopes@quartzoseguros.com.br",
        name="Marina Lopes",
        subject="Conversa sobre a vaga de Desenvolvedora Java",
        body="Oi Paula, tudo bem?\n\nVi sua candidatura e queria marcar um bate-papo de uns 20 "
        "minutos para te contar sobre o time.\n\nTenho disponibilidade na quarta às 10h ou na "
        "quinta à tarde.\n\nAbs,\nMarina",
    )
    assert result.category is Category.INTERVIEW


def test_the_last_step_named_as_a_talk_with_a_slot(classify: Classify) -> None:
    result = classify(
        sender="rafa.teles@pitangapay.com.br",
        name="Rafa Teles",
        subject="Última etapa: conversa com a diretoria",
        body="Paula, o time gostou muito da técnica!\n\nA última etapa é um papo de 30 min com o "
        "nosso diretor de tecnologia. Ele tem terça às 9h. Pode?\n\nRafa",
    )
    assert result.category is Category.INTERVIEW


def test_brazilian_short_sign_offs_start_the_signature() -> None:
    text = "Confirma presença respondendo este e-mail?\n\nAtt.,\nJoana Prates\nAnalista de R&S"
    assert signature_offset(text) == text.index("Att.,")
    assert signature_offset("Até lá!\n\nAbs,\nJoana") is not None


def test_a_group_stage_signed_by_an_r_and_s_analyst(classify: Classify) -> None:
    result = classify(
        sender="joana.prates@grupoipe.com.br",
        name="Joana Prates",
        subject="Convite: dinâmica de grupo | Ipê Casa",
        body="Bom dia, Paula!\n\nTe convidamos para a próxima etapa, presencial: uma dinâmica de "
        "grupo no dia 12/03, às 9h.\n\nConfirma presença respondendo este e-mail?",
        signature="Att.,\nJoana Prates\nAnalista de R&S | Grupo Ipê",
    )
    assert result.category is Category.INTERVIEW


def test_a_search_firm_that_calls_itself_hunters(classify: Classify) -> None:
    result = classify(
        sender="caio@serrahunters.com.br",
        name="Caio Brandt",
        subject="Posição confidencial - Gerente de Dados - varejo",
        body="Olá Paula,\n\nEstou com uma posição confidencial de Gerente de Dados em uma grande "
        "rede varejista. Tem disponibilidade para uma conversa rápida?",
        signature="Att.,\nCaio Brandt\nSócio | Serra Hunters",
    )
    assert result.category is Category.OUTREACH
    assert result.company is None
    assert result.source is Source.AGENCY
    assert signed_by_agency("Tech Recruiter | Vale Tech Hunting")


def test_a_frozen_role_is_on_hold(classify: Classify) -> None:
    result = classify(
        sender="bruno@jacarandalog.com.br",
        name="Bruno Meireles",
        subject="Vaga Coordenador de Dados - atualização",
        body="Paula, boa noite.\n\nO conselho pediu pra segurarmos a contratação até o próximo "
        "trimestre. A vaga tá congelada, não cancelada: assim que destravar eu te chamo.",
        signature="Bruno Meireles - CTO | Jacarandá Log",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.ON_HOLD


def test_a_contractors_contract_signed_on_docusign(classify: Classify) -> None:
    result = classify(
        sender="dse_na3@docusign.net",
        name="Rafa Teles via Docusign",
        subject="Concluído: Contrato de Prestação de Serviços - Paula Duarte",
        body="Seu documento foi concluído\n\nTodas as partes concluíram o envelope Contrato de "
        "Prestação de Serviços - Paula Duarte enviado por Pitanga Pagamentos S.A.",
    )
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.ACCEPTED
    assert result.company != "Prestação de Serviços"


def test_a_formal_no_in_the_past_tense(classify: Classify) -> None:
    result = classify(
        sender="naoresponda@vagas.com.br",
        name="Cooperativa Aurora",
        subject="Processo seletivo - Analista de BI",
        body="Prezada Paula,\n\nAgradecemos sua participação no processo seletivo para Analista "
        "de BI. Informamos que seguimos com outros candidatos nesta oportunidade.",
    )
    assert result.category is Category.REJECTION


def test_an_agency_closes_the_process_for_a_reader_hired_elsewhere(classify: Classify) -> None:
    result = classify(
        sender="lia@pontevagas.com.br",
        name="Lia Campos",
        subject="Cerrado Energia",
        body="Oi Paula,\n\nEntendido! Cancelei a conversa de amanhã e avisei o gestor que você "
        "aceitou outra proposta.\n\nParabéns pela nova fase!\nLia",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.WITHDRAWN


def test_boards_digests_and_talent_pools_are_alerts(classify: Classify) -> None:
    pool = classify(
        sender="naoresponda@gupy.io",
        name="Banco Tucano",
        subject="Bem-vindo(a) ao Banco de Talentos Tucano",
        body="Oi Paula! Agora você faz parte do nosso Banco de Talentos. Sempre que abrirmos "
        "vagas com o seu perfil, você será avisada por aqui.",
    )
    weekly = classify(
        sender="contato@programathor.com.br",
        name="Programathor",
        subject="Vagas da semana: 25 oportunidades remotas",
        body="Fala, dev!\n\nSeparamos as vagas mais quentes da semana:\n- Dev Ruby Pleno\n"
        "- Engenheira de Dados",
    )
    approved = classify(
        sender="noreply@revelo.com.br",
        name="Revelo",
        subject="Seu perfil foi aprovado!",
        body="Parabéns, Paula! Seu perfil foi aprovado e já está visível para empresas "
        "parceiras. A partir de agora, empresas podem te convidar para entrevistas.",
    )
    assert [pool.category, weekly.category, approved.category] == [Category.ALERT] * 3


def test_a_friend_forwarding_a_posting_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="duda.sato@gmail.com",
        name="Duda Sato",
        subject="Fwd: Vaga: Analista de Dados Sênior - Jabuti",
        body="Paula, lembrei de você! Se aplicar, coloca meu nome como indicação.\n\n"
        "---------- Forwarded message ---------\nDe: Jabuti Carreiras <vagas@jabuti.com.br>\n"
        "Subject: Vaga: Analista de Dados Sênior - Jabuti\n\nEstamos contratando! Buscamos "
        "uma pessoa Analista de Dados Sênior. Candidate-se: https://jabuti.gupy.io/jobs/123",
        links=("https://jabuti.gupy.io/jobs/123",),
    )
    assert result.category is Category.ALERT


def test_an_apps_paid_user_research_is_no_interview(classify: Classify) -> None:
    result = classify(
        sender="pesquisa@cofrinho.app",
        name="Pesquisa Cofrinho",
        subject="Convite para entrevista sobre o app Cofrinho (R$ 80 em vale)",
        body="Oi Paula! Estamos conversando com usuários do Cofrinho. A entrevista dura 30 min e "
        "você ganha R$ 80 em vale-presente.\n\nEscolha um horário: https://calendly.com/x/30min",
    )
    assert result.category is Category.NOT_JOB


def test_a_cto_writing_from_personal_mail_names_the_company(classify: Classify) -> None:
    result = classify(
        sender="bruno.meireles.dev@gmail.com",
        name="Bruno Meireles",
        subject="Re: Vaga Coordenador de Dados - Jacarandá",
        body="Opa Paula, valeu pelo CV!\n\nSou o CTO da Jacarandá Log. Bora marcar um café "
        "virtual essa semana? Tenho quinta ou sexta depois das 14h.\n\nAbs\nBruno",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Jacarandá Log"
    assert result.role == "Coordenador de Dados"


def test_a_reverse_boards_invitation_names_the_company(classify: Classify) -> None:
    result = classify(
        sender="contato@geekhunter.com.br",
        name="GeekHunter",
        subject="Tucano Dados quer te entrevistar!",
        body="Oi Paula!\n\nA Tucano Dados aceitou seu interesse e quer marcar uma entrevista "
        "para a vaga Analista de Dados.\n\nEscolha um horário disponível na plataforma.",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Tucano Dados"

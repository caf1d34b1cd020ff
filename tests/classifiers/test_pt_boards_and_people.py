"""Portuguese mail of a job search in Brazil and Portugal: board receipts that name the employer
inside a sentence ("para a entidade X", "publicada por X", "Empresa: X Ltda."), Brazilian ATSs
and boards that are never the employer (Trampos, Landing.jobs, Quickin, Recrutei, Pandapé), a
hiring manager's informal mail ("vou passar teu CV pro processo", "segue em anexo o case",
"bora marcar a apresentação", "acabamos fechando com outra pessoa"), a consultant naming the
client late ("a vaga é na X"), a European-Portuguese "gostaríamos de a convidar para uma primeira
entrevista"; and the look-alikes around them (an MBA's selection process, a university course
application, a free live webinar on interviews, a fintech's case study about loans)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

from .conftest import make_message

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "category", "company"),
    [
        (
            "noreply@net-empregos.com",
            "Net-Empregos",
            "Candidatura enviada com sucesso",
            'Caro(a) Joana Prates,\n\nA sua candidatura ao anúncio "Técnico de Logística (m/f)'
            ' - Braga" foi enviada com sucesso para a entidade Quinta do Vale Verde.\n\n'
            "Net-Empregos",
            Category.CONFIRMATION,
            "Quinta do Vale Verde",
        ),
        (
            "emprego@sapo.pt",
            "SAPO Emprego",
            "Candidatura registada",
            "Olá Joana,\n\nRegistámos a sua candidatura à oferta Técnico de Logística - Braga, "
            "publicada por Transportes Minhotos.\n\nSAPO Emprego",
            Category.CONFIRMATION,
            "Transportes Minhotos",
        ),
        (
            "infojobs@infojobs.com.br",
            "InfoJobs",
            "Sua inscrição foi registrada",
            "Olá Joana,\n\nVocê se inscreveu na vaga Assistente de Compras - Sorocaba/SP.\n"
            "Empresa: Laticínios Serra Azul Ltda.\n\nEquipe InfoJobs",
            Category.CONFIRMATION,
            "Laticínios Serra Azul",
        ),
        (
            "contato@trampos.co",
            "Trampos",
            "Candidatura enviada!",
            "E aí, Joana!\n\nSua candidatura para Designer de Produto na Abelha Studio foi "
            "enviada. Agora é só aguardar.\n\nTrampos.co",
            Category.CONFIRMATION,
            "Abelha Studio",
        ),
        (
            "noreply@itjobs.pt",
            "ITJobs.pt",
            "A sua candidatura foi submetida",
            'Olá Joana,\n\nA sua candidatura à oferta "Frontend Developer" da empresa Farol '
            "Software foi submetida.\n\nEquipa ITJobs.pt",
            Category.CONFIRMATION,
            "Farol Software",
        ),
        (
            "hello@landing.jobs",
            "Landing.jobs",
            "Seixal Labs wants to interview you!",
            "Good news, Joana!\n\nSeixal Labs moved your application to the Interview stage.",
            Category.INTERVIEW,
            "Seixal Labs",
        ),
        (
            "hello@landing.jobs",
            "Landing.jobs",
            "You applied to Seixal Labs 🎉",
            "Hey Joana,\n\nYour application to Backend Developer at Seixal Labs is in! We'll "
            "let you know as soon as there's news.",
            Category.CONFIRMATION,
            "Seixal Labs",
        ),
    ],
)
def test_boards_name_the_employer_never_themselves(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    category: Category,
    company: str,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body)
    assert result.category is category
    assert result.company == company


def test_a_brazilian_ats_link_names_the_employer_not_the_ats(classify: Classify) -> None:
    result = classify(
        sender="noreply@quickin.io",
        name="Quickin",
        subject="Candidatura recebida",
        body="Olá Joana,\n\nRecebemos sua candidatura para a vaga Analista Fiscal. Acompanhe:"
        "\n\nhttps://jobs.quickin.io/cafeterrabrava/jobs/5a1b2c3d\n\nObrigado!",
        links=("https://jobs.quickin.io/cafeterrabrava/jobs/5a1b2c3d",),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company is not None and "quickin" not in result.company.lower()


def test_an_ats_moving_the_candidate_to_the_interview_step(classify: Classify) -> None:
    result = classify(
        sender="no-reply@gupy.io",
        name="Padaria Pão Dourado",
        subject="Etapa de entrevista: agende seu horário",
        body="Olá, Joana!\n\nVocê avançou para a etapa de Entrevista com a liderança. Escolha o "
        "melhor horário no link abaixo.\n\nTime de Recrutamento | Pão Dourado",
    )
    assert result.category is Category.INTERVIEW


def test_a_board_status_update_saying_not_selected_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="infojobs@infojobs.com.br",
        name="InfoJobs",
        subject="Atualização no status da sua inscrição",
        body="Olá Joana,\n\nA empresa Laticínios Serra Azul Ltda. atualizou o status da sua "
        "inscrição na vaga Assistente de Compras para: Finalizado - não selecionado.",
    )
    assert result.category is Category.REJECTION
    assert result.company == "Laticínios Serra Azul"


@pytest.mark.parametrize(
    ("subject", "body", "category"),
    [
        (
            "Vaga no nosso time",
            "Oi Joana, tudo bem?\n\nRecebi seu currículo pela indicação da Carla. A gente abriu "
            "uma posição de Analista Financeiro.\n\nVou passar teu CV pro processo e te dou "
            "notícias logo.\n\nAbs,\nRui",
            Category.CONFIRMATION,
        ),
        (
            "Desafio - próxima etapa",
            "Oi Joana,\n\nSegue em anexo o desafio técnico. A ideia é você montar um painel de "
            "inadimplência da carteira de empréstimo e sugerir indicadores.\n\nAbs,\nRui",
            Category.ASSESSMENT,
        ),
        (
            "Re: Desafio",
            "Recebido, valeu! Bora marcar a apresentação? Quinta às 10h funciona pra você?",
            Category.INTERVIEW,
        ),
        (
            "Entrevista Farol Software",
            "Olá Joana,\n\nObrigada pela sua candidatura. Gostaríamos de a convidar para uma "
            "primeira entrevista, por videochamada, na próxima terça-feira às 10h.",
            Category.INTERVIEW,
        ),
        (
            "RE: Oportunidade Analista Financeiro",
            "Olá Joana,\n\nObrigada pelo CV. O cliente é a Seguradora Atlântida e gostaria de a "
            "entrevistar na segunda-feira às 15h.\n\nSofia",
            Category.INTERVIEW,
        ),
        (
            "Retorno do processo",
            "Oi Joana,\n\nInfelizmente a gente acabou fechando com uma pessoa com mais "
            "experiência em tesouraria. Obrigado pelo tempo e pelo carinho no processo.",
            Category.REJECTION,
        ),
        (
            "Atualização do processo",
            "Oi Joana,\n\nInfelizmente a empresa decidiu encerrar o processo e aproveitar "
            "internamente uma pessoa do time financeiro para a posição. Seu perfil segue no "
            "nosso banco de talentos.",
            Category.REJECTION,
        ),
    ],
)
def test_a_hiring_managers_informal_mail(
    classifier: RuleClassifier, subject: str, body: str, category: Category
) -> None:
    """Read as the track stage reads mail from a person of an open application (a short
    "Bora marcar?" names no job by itself)."""
    message = make_message(sender="rui@cafeterrabrava.com.br", subject=subject, body=body)
    assert classifier.classify_in_process(message, "Café Terra Brava").category is category


def test_a_consultant_names_the_client_late(classify: Classify) -> None:
    result = classify(
        sender="sofia.reis@horizonterecrutamento.com.br",
        subject="RES: Oportunidade - Analista Financeiro",
        body="Olá Joana,\n\nApresentei seu perfil ao cliente e eles querem conversar com você. "
        "Agora posso abrir: a vaga é na Seguradora Atlântida. A entrevista será com o gerente "
        "financeiro, por vídeo, na quarta às 9h.\n\nSofia Reis\nHorizonte Recrutamento",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Seguradora Atlântida"


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "posgraduacao@faculdadeexemplo.edu.br",
            "Inscrição confirmada - MBA em Finanças",
            "Olá Joana,\n\nSua inscrição no processo seletivo do MBA em Finanças Corporativas foi "
            "confirmada. A prova será no dia 10/05.",
        ),
        (
            "posgraduacao@faculdadeexemplo.edu.br",
            "Resultado do processo seletivo",
            "Parabéns, Joana! Você foi aprovada no processo seletivo do MBA em Finanças "
            "Corporativas. Para garantir sua vaga, realize a matrícula até 20/05.",
        ),
        (
            "candidaturas@universidade-exemplo.pt",
            "Candidatura a curso - submetida",
            "Cara Joana,\n\nA sua candidatura ao Curso de Verão de Escrita Criativa foi "
            "submetida com sucesso.",
        ),
        (
            "messages-noreply@linkedin.com",
            "Joana, parabéns pelo novo cargo!",
            "Suas conexões estão parabenizando você pelo novo cargo de Analista Fiscal na "
            "Padaria Pão Dourado.",
        ),
        (
            "eventos@escolaexemplo.com.br",
            "Webinar: como se preparar para entrevistas de finanças",
            "Olá, Joana!\n\nNesta quinta às 19h, ao vivo: do currículo à entrevista técnica.\n\n"
            "Inscreva-se grátis: https://escolaexemplo.com.br/eventos",
        ),
    ],
)
def test_portuguese_look_alikes_stay_not_job(
    classifier: RuleClassifier, sender: str, subject: str, body: str
) -> None:
    message = make_message(sender=sender, subject=subject, body=body)
    assert classifier.classify(message).category is Category.NOT_JOB


def test_a_networks_congratulations_on_the_new_job_stay_not_job_even_in_process(
    classifier: RuleClassifier,
) -> None:
    message = make_message(
        sender="messages-noreply@linkedin.com",
        subject="Joana, parabéns pelo novo cargo!",
        body="Suas conexões estão parabenizando você pelo novo cargo de Analista Fiscal na "
        "Padaria Pão Dourado.",
    )
    result = classifier.classify_in_process(message, "Padaria Pão Dourado")
    assert result.category is Category.NOT_JOB


def test_the_employer_receiving_the_signed_offer_means_accepted(
    classifier: RuleClassifier,
) -> None:
    message = make_message(
        sender="rui.pinto@farolsoftware.pt",
        subject="RE: Proposta",
        body="Ótima notícia, Joana! Já recebi a sua proposta assinada. Os Recursos Humanos vão "
        "contactá-la para a documentação.\n\nRui",
    )
    result = classifier.classify_in_process(message, "Farol Software")
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.ACCEPTED


def test_a_small_firms_manager_signs_title_dash_company(classify: Classify) -> None:
    result = classify(
        sender="joaquim.serra1968@gmail.com",
        subject="Candidatura Assistente Administrativa",
        body="Boa tarde Joana,\n\nRecebi a sua candidatura pelo LinkedIn. Podia passar cá para "
        "uma entrevista na próxima quinta, pelas 10h?\n\nCumprimentos,\nJoaquim Serra\n"
        "Sócio-gerente - Serra & Irmãos, Lda.\nTel. 253 000 000",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Serra & Irmãos"


def test_an_employer_acknowledging_the_withdrawal_tells_it(classifier: RuleClassifier) -> None:
    message = make_message(
        sender="joaquim.serra1968@gmail.com",
        subject="Re: Candidatura Assistente Administrativa",
        body="Compreendo perfeitamente, Joana. Obrigado por avisar com antecedência. Boa sorte "
        "no novo emprego!\n\nJoaquim",
    )
    result = classifier.classify_in_process(message, "Serra & Irmãos")
    assert result.status is ApplicationStatus.WITHDRAWN

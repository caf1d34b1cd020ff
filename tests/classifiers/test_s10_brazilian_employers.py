"""Employers in Brazilian and Latin American job mail: boards print the razão social ("Calçados
Acme S.A.") where the candidate knows the brand, ATS footers add the legal name under the brand,
titles hold "em"/"en" ("Especialista em CRM"), and consultorias name their client late."""

from __future__ import annotations

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.classifiers.rules.names import load_name_book
from jobtracker.pipeline.vocabulary import Category as C


@pytest.mark.parametrize(
    ("mail", "category", "company"),
    [
        pytest.param(
            {
                "sender": "no-responder@bumeran.com.ar",
                "language": "es",
                "name": "Bumeran",
                "subject": "Te postulaste a Especialista en Analítica Web",
                "body": (
                    "¡Hola Jane!\n\nTu postulación a Especialista en Analítica Web en "
                    "Corvalia (Córdoba) fue enviada con éxito.\n\n¡Mucha suerte!"
                ),
            },
            C.CONFIRMATION,
            "Corvalia",
            id="a-latam-boards-receipt-takes-the-last-en-for-the-employer",
        ),
        pytest.param(
            {
                "sender": "noreply@gupy.io",
                "language": "pt",
                "name": "Lumeiro",
                "subject": "Recebemos sua candidatura!",
                "body": (
                    "Oi, Jane!\n\nQue bom ter você no nosso processo seletivo para "
                    "Analista de Dados.\n\nTime Lumeiro\n\nBebidas Lumeiro S.A. | via "
                    "Gupy"
                ),
            },
            C.CONFIRMATION,
            "Lumeiro",
            id="an-ats-footers-legal-name-leaves-the-brand",
        ),
        pytest.param(
            {
                "sender": "dana@brightpath-recruiting.example",
                "language": "en",
                "name": "Dana Cole",
                "subject": "Lifecycle Lead role - remote",
                "body": (
                    "Hi Jane,\n\nI'm a recruiter at Brightpath Recruiting, partnering "
                    "with Orvane Bio, a diagnostics scale-up building its LATAM team. "
                    "They're hiring a Lifecycle Lead. Open to a 20-min chat this "
                    "week?\n\nBest,\nDana"
                ),
            },
            C.OUTREACH,
            "Orvane Bio",
            id="a-recruiter-partnering-with-a-named-client",
        ),
        pytest.param(
            {
                "sender": "inmail-hit-reply@linkedin.com",
                "language": "pt",
                "name": "LinkedIn",
                "subject": "Jane, uma oportunidade de Head de Vendas",
                "body": (
                    "Carla Dias enviou uma mensagem para você\n\nOlá Jane! Sou "
                    "headhunter e estou buscando uma Head de Vendas para a Serra Azul "
                    "Chás, marca de chás em expansão. Podemos falar?"
                ),
            },
            C.OUTREACH,
            "Serra Azul Chás",
            id="a-headhunter-names-the-client-after-the-role",
        ),
    ],
)
def test_brazilian_mail_gives_category_and_company(
    classifier: RuleClassifier, message, mail: dict[str, str], category: C, company: str
) -> None:
    result = classifier.classify(message(**mail))
    assert result.category is category
    assert result.company == company


@pytest.mark.parametrize(
    ("mail", "company"),
    [
        pytest.param(
            {
                "sender": "noreply@gupy.io",
                "language": "pt",
                "name": "Tinturaria Solaris",
                "subject": "Candidatura realizada: Analista Fiscal",
                "body": (
                    "Olá, Jane!\n\nRecebemos sua candidatura para a vaga Analista "
                    "Fiscal.\n\nEste e-mail foi enviado pela Gupy em nome da Tinturaria "
                    "Solaris. Não responda esta mensagem."
                ),
            },
            "Tinturaria Solaris",
            id="a-sentence-after-on-behalf-of-is-no-part-of-the-name",
        ),
        pytest.param(
            {
                "sender": "rui.campos.mkt@gmail.com",
                "language": "pt",
                "name": "Rui Campos",
                "subject": "Indicação do Paulo - vaga de analista de mídia",
                "body": (
                    "Oi Jane, tudo certo?\n\nAqui é o Rui, sócio da Kappa Mídia (agência "
                    "aqui em Pinheiros). O Paulo me passou teu contato. Tô montando o "
                    "time e preciso de uma analista de mídia. Bora tomar um café na "
                    "quinta às 9h?\n\nAbs\nRui"
                ),
            },
            "Kappa Mídia",
            id="a-partner-introducing-himself-names-his-agency",
        ),
    ],
)
def test_brazilian_mail_gives_company(
    classifier: RuleClassifier, message, mail: dict[str, str], company: str
) -> None:
    result = classifier.classify(message(**mail))
    assert result.company == company


@pytest.mark.parametrize(
    ("registered", "brand"),
    [
        ("Comércio de Tintas Aquarela Ltda.", "Aquarela"),
        ("Calçados Pé de Vento S.A.", "Pé de Vento"),
        ("Indústria de Papéis Carvalhal Ltda.", "Carvalhal"),
    ],
)
def test_a_boards_razao_social_gives_the_brand(
    classifier: RuleClassifier, message, registered: str, brand: str
) -> None:
    result = classifier.classify(
        message(
            sender="noreply@infojobs.com.br",
            language="pt",
            name="InfoJobs",
            subject="Você se inscreveu na vaga Analista de Compras",
            body=(
                f"Olá Jane,\n\nSua inscrição na vaga Analista de Compras da empresa {registered}"
                " (Campinas - SP) foi realizada."
            ),
        )
    )
    assert result.category is C.CONFIRMATION
    assert result.company == brand


def test_a_consultoria_lifting_the_secrecy_names_the_client(
    classifier: RuleClassifier, message
) -> None:
    result = classifier.classify(
        message(
            sender="bruna@talentosfarol.example",
            language="pt",
            name="Bruna Reis | Farol Talentos",
            subject="Re: Posição confidencial - Gerente de Compras",
            body=(
                "Jane, boa tarde!\n\nO cliente aprovou seu perfil e agora já posso abrir: "
                "trata-se da Marfim (Marfim Varejo S.A.). A próxima etapa é uma entrevista com "
                "o diretor de compras na quinta às 10h.\n\nAbraços,\nBruna"
            ),
        )
    )
    assert result.category is C.INTERVIEW
    assert result.company is not None and result.company.startswith("Marfim")
    assert ")" not in result.company


def test_a_consultoria_em_recrutamento_is_not_the_employer(
    classifier: RuleClassifier, message
) -> None:
    result = classifier.classify(
        message(
            sender="talia@cumerh.example",
            language="pt",
            name="Talia Rocha | Cume RH",
            subject="Posição de Especialista em Tributos - cliente do setor industrial",
            body=(
                "Bom dia Jane,\n\nTrabalho na Cume RH e estou com uma posição de Especialista "
                "em Tributos para um cliente do setor industrial. Posso te ligar hoje?"
            ),
            signature="Talia Rocha\nCume RH - Consultoria em Recrutamento",
        )
    )
    assert result.category is C.OUTREACH
    assert result.company is None


def test_an_em_dash_ends_the_title_before_a_clause(classifier: RuleClassifier, message) -> None:
    result = classifier.classify(
        message(
            sender="tomas.lima@varandi.example",
            language="pt",
            name="Tomás Lima",
            subject="Varandi - conversa sobre a vaga de Mídia",
            body=(
                "Oi Jane, tudo bem?\n\nSou o Tomás, Tech Recruiter aqui na Varandi. Vi que você "
                "se candidatou para a vaga de Analista de Mídia Sênior — a vaga foi reaberta com "
                "foco maior em Google Ads e Meta. Topa um bate-papo de 30 minutos?\n\nTomás"
            ),
        )
    )
    assert result.company != "Google Ads e Meta"


def test_a_spanish_speaking_companys_trade_word_is_its_name() -> None:
    assert load_name_book().display("Distribuidora Cuauhtli S.A. de C.V.") == (
        "Distribuidora Cuauhtli"
    )

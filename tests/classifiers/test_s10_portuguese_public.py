"""European Portuguese hiring mail: public competitions ("procedimento concursal") and their
summons and exclusion notices, the IEFP's and the BEP's notices naming the hiring body, board
receipts naming the employer in their body, and an HR
auto-responder that acknowledges the application."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("mail", "category"),
    [
        pytest.param(
            {
                "sender": "concursos@ctmn-transportes.example",
                "name": "Concursos CTMN",
                "subject": (
                    "Procedimento concursal 3/2026 - Convocatória para prova de conhecimentos"
                ),
                "body": (
                    "Exmo.(a) Senhor(a),\n\nNotifica-se V. Exa. de que foi admitido(a) e "
                    "convocado(a) para a realização da Prova de Conhecimentos, no dia 9 "
                    "de março, às 10h00.\n\nO Presidente do Júri"
                ),
                "language": "pt",
            },
            Category.ASSESSMENT,
            id="a-competition-summons-to-the-written-test-is-an-assessment",
        ),
        pytest.param(
            {
                "sender": "concursos@ctmn-transportes.example",
                "name": "Concursos CTMN",
                "subject": (
                    "Procedimento 3/2026 - Convocatória para Entrevista Profissional de Seleção"
                ),
                "body": (
                    "Exmo.(a) Senhor(a),\n\nFica V. Exa. convocado(a) para a Entrevista "
                    "Profissional de Seleção, no dia 2 de abril, às 15h00, na sede.\n\nO "
                    "Presidente do Júri"
                ),
                "language": "pt",
            },
            Category.INTERVIEW,
            id="a-competition-summons-to-the-selection-interview-is-an-interview",
        ),
        pytest.param(
            {
                "sender": "rh@ctmn-transportes.example",
                "name": "CTMN Recursos Humanos",
                "subject": "Procedimento 3/2026 - Notificação para audiência dos interessados",
                "body": (
                    "Exmo.(a) Senhor(a),\n\nFica notificado(a) de que consta da lista de "
                    "candidatos excluídos do procedimento, por falta do certificado de "
                    "habilitações.\n\nDispõe de 10 dias úteis para se pronunciar.\n\nA "
                    "Presidente do Júri"
                ),
                "language": "pt",
            },
            Category.REJECTION,
            id="an-exclusion-notice-before-the-hearing-is-a-rejection",
        ),
        pytest.param(
            {
                "sender": "noreply@indeed.com",
                "name": "Indeed",
                "subject": "Uma atualização da sua candidatura para Quintal Verde, Lda.",
                "body": (
                    "Olá Rita,\n\nDepois de analisar a sua candidatura, o empregador "
                    "decidiu não avançar consigo.\n\nHá novas vagas todos os dias. Ver "
                    "vagas semelhantes."
                ),
                "language": "pt",
            },
            Category.REJECTION,
            id="a-board-update-with-a-no-and-similar-jobs-is-a-rejection",
        ),
        pytest.param(
            {
                "sender": "ana.paiva@talentolink.example",
                "name": "Ana Paiva | Talentolink",
                "subject": "Feedback Serrateck",
                "body": (
                    "Olá Rui,\n\nTive o feedback da Serrateck: gostaram da entrevista, "
                    "mas optaram por um candidato com mais experiência em armazéns "
                    "automáticos.\n\nUm abraço,\nAna"
                ),
                "language": "pt",
            },
            Category.REJECTION,
            id="an-agency-relaying-the-clients-choice-of-another-is-a-rejection",
        ),
        pytest.param(
            {
                "sender": "rh@transmontes.example",
                "name": "Transmontes RH",
                "subject": "Re: candidatura - Motorista",
                "body": (
                    "A sua candidatura foi registada na nossa base de dados. Caso não "
                    "seja contactado(a) no prazo de 20 dias, deverá considerar que a sua "
                    "candidatura não foi selecionada."
                ),
                "language": "pt",
            },
            Category.CONFIRMATION,
            id="a-receipt-that-warns-silence-means-no-is-a-confirmation",
        ),
        pytest.param(
            {
                "sender": "noreply@iefp.pt",
                "name": "IEFP",
                "subject": "iefponline: ofertas de emprego compatíveis com o seu perfil",
                "body": (
                    "Caro(a) utente,\n\nIdentificámos ofertas de emprego compatíveis com "
                    "o seu perfil:\n- Operador de Armazém - Ovar - Oferta 700112026"
                ),
                "language": "pt",
            },
            Category.ALERT,
            id="a-public-portals-matching-offers-are-an-alert",
        ),
        pytest.param(
            {
                "sender": "admissoes@escola-gestao.example",
                "name": "Escola de Gestão do Mondego",
                "subject": "Candidatura ao Executive Master em Finanças - próximos passos",
                "body": (
                    "Cara Inês,\n\nObrigado pela sua candidatura ao Executive Master em "
                    "Finanças. Convidamo-la para uma entrevista de admissão com a "
                    "direção do programa."
                ),
                "language": "pt",
            },
            Category.NOT_JOB,
            id="a-business-schools-admissions-interview-is-no-job-mail",
        ),
        pytest.param(
            {
                "sender": "noreply@successfactors.eu",
                "name": "Serranova Careers",
                "subject": "Lembrete: candidatura por concluir",
                "body": (
                    "Tem uma candidatura guardada e ainda não submetida para a vaga "
                    "Técnico de Qualidade.\n\nInicie sessão para concluir."
                ),
                "language": "pt",
            },
            Category.ALERT,
            id="an-application-left-unfinished-is-a-board-nudge",
        ),
        pytest.param(
            {
                "sender": "carla.mota@atlantico-search.example",
                "name": "Carla Mota",
                "subject": "Diretor de Operações | Leiria",
                "body": (
                    "Caro Rui,\n\nSou consultora na Atlântico Search e estou a recrutar "
                    "um Diretor de Operações para uma empresa industrial em Leiria. "
                    "Gostaria de lhe apresentar a oportunidade em detalhe.\n\nCarla "
                    "Mota\nSenior Consultant | Atlântico Search"
                ),
                "language": "pt",
            },
            Category.OUTREACH,
            id="a-search-consultants-pitch-in-portugal-is-outreach",
        ),
    ],
)
def test_portuguese_mail_gives_category(
    classify: Classify, mail: dict[str, str], category: Category
) -> None:
    result = classify(**mail)
    assert result.category is category


@pytest.mark.parametrize(
    ("mail", "category", "company"),
    [
        pytest.param(
            {
                "sender": "noreply@iefp.pt",
                "name": "IEFP",
                "subject": "Convocatória - Oferta de emprego n.º 400012026",
                "body": (
                    "Exmo.(a) Senhor(a),\n\nFica convocado(a) para comparecer numa "
                    "entrevista de seleção relativa à oferta abaixo indicada.\n\nOferta "
                    "n.º: 400012026\nProfissão: Fiel de Armazém\nEntidade empregadora: "
                    "Armazéns Quintanilha, Lda.\nData/hora: 03-03-2026\n\nServiço de "
                    "Emprego"
                ),
                "language": "pt",
            },
            Category.INTERVIEW,
            "Armazéns Quintanilha",
            id="the-public-employment-service-summons-names-the-employer",
        ),
        pytest.param(
            {
                "sender": "naoresponder@bep.gov.pt",
                "name": "Bolsa de Emprego Público",
                "subject": "BEP - Candidatura submetida - OE202602/0099",
                "body": (
                    "Informamos que a sua candidatura à oferta OE202602/0099 foi "
                    "submetida com sucesso.\n\nEntidade: CTMN - Companhia de Transportes "
                    "Metropolitanos do Norte Litoral, S.A.\nOferta: Procedimento "
                    "concursal para 2 (dois) Técnico Superior - Planeamento\nData de "
                    "submissão: 02-02-2026\n\nBEP - Bolsa de Emprego Público"
                ),
                "language": "pt",
            },
            Category.CONFIRMATION,
            "CTMN",
            id="a-public-board-receipt-names-the-body-by-its-initials",
        ),
        pytest.param(
            {
                "sender": "emprego@sapo.pt",
                "name": "SAPO Emprego",
                "subject": "Candidatura enviada: Técnico de Compras - Viseu",
                "body": (
                    "Olá Rita,\n\nA tua candidatura foi enviada com sucesso para:\n\n"
                    "Técnico de Compras\nBeiralar Têxteis, S.A.\nViseu\n\nBoa sorte!"
                ),
                "language": "pt",
            },
            Category.CONFIRMATION,
            "Beiralar Têxteis",
            id="a-board-receipt-names-the-employer-on-its-card",
        ),
        # its trade after the dash is no fuller name
        pytest.param(
            {
                "sender": "rh@gelonorte.example",
                "name": "Recrutamento Gelonorte",
                "subject": "Resposta automática: Candidatura Técnico de Qualidade",
                "body": (
                    "Confirmamos a receção da sua candidatura. Só os candidatos "
                    "pré-selecionados serão contactados.\n\nGelonorte - Armazéns de "
                    "Gelo, S.A."
                ),
                "language": "pt",
            },
            Category.CONFIRMATION,
            "Gelonorte",
            id="an-auto-responder-that-acknowledges-the-application-confirms-it",
        ),
        pytest.param(
            {
                "sender": "noreply@successfactors.eu",
                "name": "Grupo Serranova",
                "subject": "Confirmação de candidatura: Técnico de Manutenção",
                "body": (
                    "Olá Luís,\n\nObrigado pela sua candidatura à vaga Técnico de "
                    "Manutenção.\n\nTalent Acquisition\nGrupo Serranova\n\nDados "
                    "tratados pelo Grupo Serranova SGPS, S.A."
                ),
                "language": "pt",
            },
            Category.CONFIRMATION,
            "Serranova",
            id="a-holding-groups-ats-mail-names-its-operating-company",
        ),
        pytest.param(
            {
                "sender": "casavimaranense@myworkday.com",
                "name": "Casa Vimaranense",
                "subject": "Recebemos a sua candidatura",
                "body": (
                    "Olá Luís,\n\nObrigado por se candidatar à posição R-40211 Gestor de "
                    "Loja (Guimarães) no Mercado Lameira."
                ),
                "signature": "Equipa de Recrutamento\nGrupo Casa Vimaranense",
                "language": "pt",
            },
            Category.CONFIRMATION,
            "Mercado Lameira",
            id="a-groups-receipt-names-the-brand-the-post-is-at",
        ),
        pytest.param(
            {
                "sender": "noreply@successfactors.eu",
                "name": "Serranova Careers",
                "subject": "A sua candidatura à Serranova - Req. 5120",
                "body": (
                    "Caro Luís,\n\nAgradecemos o seu interesse. Após uma análise "
                    "cuidada, decidimos avançar com outro candidato.\n\nTalent "
                    "Acquisition\nGrupo Serranova"
                ),
                "language": "pt",
            },
            Category.REJECTION,
            "Serranova",
            id="a-careers-mailbox-signing-as-the-group-names-the-company-its-subject-does",
        ),
    ],
)
def test_portuguese_mail_gives_category_and_company(
    classify: Classify, mail: dict[str, str], category: Category, company: str
) -> None:
    result = classify(**mail)
    assert result.category is category
    assert result.company == company


def test_a_hiring_freeze_leaves_the_application_on_hold(classify: Classify) -> None:
    result = classify(
        sender="diretor.fabril@gmail.com",
        name="Nuno Sardinha",
        subject="Re: a sua candidatura",
        body=(
            "Olá Marta,\n\nGostei da nossa conversa sobre a vaga, mas a administração decidiu "
            "congelar novas contratações até março. A função fica em suspenso, não cancelada."
        ),
        language="pt",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is not None and result.status.value == "on_hold"


def test_a_temporary_work_agencys_pitch_names_no_employer(classify: Classify) -> None:
    result = classify(
        sender="paula.reis@laborvale-ett.example",
        name="Paula Reis | Laborvale",
        subject="Oportunidade - Chefe de Turno (setor alimentar) | Leiria",
        body=(
            "Olá Rui,\n\nSou a Paula, da Laborvale - Empresa de Trabalho Temporário. Encontrei o "
            "seu perfil no LinkedIn e penso que pode ter interesse numa função de Chefe de Turno "
            "num cliente do setor alimentar.\n\nSe tiver interesse, diga-me qual o melhor "
            "contacto.\n\nPaula Reis\nLaborvale"
        ),
        language="pt",
    )
    assert result.category is Category.OUTREACH
    assert not result.company  # the agency's client, not named yet


def test_an_interview_invites_subject_names_the_title_after_the_step(classify: Classify) -> None:
    result = classify(
        sender="ana.lopes@serranova.example",
        name="Ana Lopes",
        subject="Convite: Entrevista Técnico de Qualidade - Rui Costa @ ter 14 out 10:00",
        body=(
            "Olá Rui,\n\nGostaríamos de o conhecer pessoalmente na terça, 14 de outubro, às "
            "10h00.\n\nAna Lopes\nRecursos Humanos | Serranova"
        ),
        language="pt",
    )
    assert result.category is Category.INTERVIEW
    assert result.role == "Técnico de Qualidade"

"""European Portuguese hiring mail: public competitions ("procedimento concursal") and their
summons and exclusion notices, the IEFP's and the BEP's notices naming the hiring body, board
receipts naming the employer in their body, and an HR
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


def test_a_holding_groups_ats_mail_names_its_operating_company(classify: Classify) -> None:
    result = classify(
        sender="noreply@successfactors.eu",
        name="Grupo Serranova",
        subject="Confirmação de candidatura: Técnico de Manutenção",
        body=(
            "Olá Luís,\n\nObrigado pela sua candidatura à vaga Técnico de Manutenção.\n\n"
            "Talent Acquisition\nGrupo Serranova\n\nDados tratados pelo Grupo Serranova SGPS, S.A."
        ),
        language="pt",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Serranova"


def test_a_groups_receipt_names_the_brand_the_post_is_at(classify: Classify) -> None:
    result = classify(
        sender="casavimaranense@myworkday.com",
        name="Casa Vimaranense",
        subject="Recebemos a sua candidatura",
        body=(
            "Olá Luís,\n\nObrigado por se candidatar à posição R-40211 Gestor de Loja (Guimarães) "
            "no Mercado Lameira."
        ),
        signature="Equipa de Recrutamento\nGrupo Casa Vimaranense",
        language="pt",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Mercado Lameira"


def test_a_receipt_that_warns_silence_means_no_is_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="rh@transmontes.example",
        name="Transmontes RH",
        subject="Re: candidatura - Motorista",
        body=(
            "A sua candidatura foi registada na nossa base de dados. Caso não seja contactado(a) "
            "no prazo de 20 dias, deverá considerar que a sua candidatura não foi selecionada."
        ),
        language="pt",
    )
    assert result.category is Category.CONFIRMATION


def test_a_public_portals_matching_offers_are_an_alert(classify: Classify) -> None:
    result = classify(
        sender="noreply@iefp.pt",
        name="IEFP",
        subject="iefponline: ofertas de emprego compatíveis com o seu perfil",
        body=(
            "Caro(a) utente,\n\nIdentificámos ofertas de emprego compatíveis com o seu perfil:\n"
            "- Operador de Armazém - Ovar - Oferta 700112026"
        ),
        language="pt",
    )
    assert result.category is Category.ALERT


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


def test_a_business_schools_admissions_interview_is_no_job_mail(classify: Classify) -> None:
    result = classify(
        sender="admissoes@escola-gestao.example",
        name="Escola de Gestão do Mondego",
        subject="Candidatura ao Executive Master em Finanças - próximos passos",
        body=(
            "Cara Inês,\n\nObrigado pela sua candidatura ao Executive Master em Finanças. "
            "Convidamo-la para uma entrevista de admissão com a direção do programa."
        ),
        language="pt",
    )
    assert result.category is Category.NOT_JOB


def test_an_application_left_unfinished_is_a_board_nudge(classify: Classify) -> None:
    result = classify(
        sender="noreply@successfactors.eu",
        name="Serranova Careers",
        subject="Lembrete: candidatura por concluir",
        body=(
            "Tem uma candidatura guardada e ainda não submetida para a vaga Técnico de Qualidade."
            "\n\nInicie sessão para concluir."
        ),
        language="pt",
    )
    assert result.category is Category.ALERT


def test_a_search_consultants_pitch_in_portugal_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="carla.mota@atlantico-search.example",
        name="Carla Mota",
        subject="Diretor de Operações | Leiria",
        body=(
            "Caro Rui,\n\nSou consultora na Atlântico Search e estou a recrutar um Diretor de "
            "Operações para uma empresa industrial em Leiria. Gostaria de lhe apresentar a "
            "oportunidade em detalhe.\n\nCarla Mota\nSenior Consultant | Atlântico Search"
        ),
        language="pt",
    )
    assert result.category is Category.OUTREACH


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


def test_a_careers_mailbox_signing_as_the_group_names_the_company_its_subject_does(
    classify: Classify,
) -> None:
    result = classify(
        sender="noreply@successfactors.eu",
        name="Serranova Careers",
        subject="A sua candidatura à Serranova - Req. 5120",
        body=(
            "Caro Luís,\n\nAgradecemos o seu interesse. Após uma análise cuidada, decidimos "
            "avançar com outro candidato.\n\nTalent Acquisition\nGrupo Serranova"
        ),
        language="pt",
    )
    assert result.category is Category.REJECTION
    assert result.company == "Serranova"

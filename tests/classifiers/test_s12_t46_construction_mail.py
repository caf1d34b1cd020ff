"""A Portuguese civil engineer's inbox: a municipal company's "concurso", builders and groups,
search firms, the public employment service, and the look-alikes (a streaming service's user
research)."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


def test_a_concursos_list_of_admitted_candidates_is_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="rh@aguasdomondego.example",
        name="AMD, E.M. – Recursos Humanos",
        subject="Procedimento concursal n.º 3/2026 – lista de candidatos admitidos e excluídos",
        body=(
            "Exma. Senhora,\n\nNotifica-se V. Exa. de que foi publicada a lista de candidatos do "
            "procedimento concursal para contrato de trabalho sem termo (Técnico Superior).\n\n"
            "V. Exa. consta da lista de candidatos admitidos.\n\nO Presidente do Júri"
        ),
    )
    assert result.category is Category.CONFIRMATION


def test_a_municipal_company_is_named_as_its_letter_spells_it_out(classify: Classify) -> None:
    result = classify(
        sender="rh@aguasdomondego.example",
        name="AMD, E.M. – Recursos Humanos",
        subject="Procedimento concursal n.º 3/2026 – lista de candidatos admitidos",
        body=(
            "Exma. Senhora,\n\nNotifica-se V. Exa. de que se encontra publicada na página da "
            "AMD – Águas do Mondego, E.M., a lista de candidatos do procedimento concursal "
            "para contrato de trabalho sem termo.\n\nV. Exa. consta da lista de candidatos "
            "admitidos.\n\nO Presidente do Júri"
        ),
    )
    assert result.company == "Águas do Mondego"


def test_a_formal_no_after_a_selection_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="geral@bordaloconstrutores.example",
        name="Bordalo Construtores – RH",
        subject="Processo de recrutamento",
        body=(
            "Exma. Senhora,\n\nInformamos que o processo de recrutamento para a função a que se "
            "candidatou terminou, não tendo a sua candidatura sido a escolhida.\n\nCumprimentos"
        ),
    )
    assert result.category is Category.REJECTION


def test_a_founder_hiring_someone_else_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="rita@obralink.example",
        name="Rita Sobral",
        subject="A tua candidatura",
        body=(
            "Olá Marta,\n\nDecidimos contratar alguém com mais experiência em vendas B2B. "
            "Gostámos muito da conversa.\n\nRita"
        ),
    )
    assert result.category is Category.REJECTION


def test_an_agency_relaying_an_internal_hire_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="joao.paiva@recrutanorte.example",
        name="João Paiva | RecrutaNorte",
        subject="Feedback do cliente",
        body=(
            "Olá Marta,\n\nO cliente decidiu avançar com um candidato interno para a vaga. "
            "Lamento.\n\nJoão"
        ),
    )
    assert result.category is Category.REJECTION


def test_a_recruiter_who_booked_the_interview_sends_an_interview(classify: Classify) -> None:
    result = classify(
        sender="joao.paiva@recrutanorte.example",
        name="João Paiva | RecrutaNorte",
        subject="RE: Diretor(a) Comercial – próximos passos",
        body=(
            "Olá Marta,\n\nComo combinado, avancei com a sua candidatura e marquei a entrevista "
            "connosco para quinta-feira às 15h, por Teams.\n\nJoão"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_an_offer_put_in_writing_is_an_offer(classify: Classify) -> None:
    result = classify(
        sender="direcao@marinhaisobras.example",
        name="Paulo Marinhais",
        subject="Proposta",
        body=(
            "Cara Eng.ª Marta,\n\nNa sequência da nossa conversa, tenho o gosto de formalizar a "
            "proposta da Marinhais Obras para Diretora de Obra: contrato sem termo, início em "
            "março.\n\nCumprimentos,\nPaulo Marinhais"
        ),
    )
    assert result.category is Category.OFFER


def test_a_search_firms_confidential_pitch_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="ana.reis@atlasexecutive.example",
        name="Ana Reis",
        subject="Oportunidade confidencial – Diretora Financeira",
        body=(
            "Cara Marta,\n\nEstou a apoiar um grupo industrial do Norte na contratação de um(a) "
            "Diretor(a) Financeiro(a). O seu percurso parece-me encaixar. Podemos falar?\n\nAna"
        ),
    )
    assert result.category is Category.OUTREACH


def test_preparing_the_first_day_is_other_job(classify: Classify) -> None:
    result = classify(
        sender="pessoas@vertiz-eng.example",
        name="Vertiz Pessoas",
        subject="Bem-vinda à Vertiz",
        body=(
            "Olá Marta,\n\nPara prepararmos o seu primeiro dia, envie-nos o formulário de dados "
            "pessoais. Terá uma sessão de acolhimento com a equipa de Pessoas às 9h.\n\nVertiz"
        ),
    )
    assert result.category is Category.OTHER_JOB


def test_the_employment_service_sending_one_to_a_vacancy_is_other_job(
    classify: Classify,
) -> None:
    result = classify(
        sender="ce.braga@iefp.pt",
        name="Centro de Emprego de Braga",
        subject="Convocatória – apresentação a oferta de emprego n.º 1234",
        body=(
            "Exma. Senhora,\n\nFica convocada para comparecer no Centro de Emprego, a fim de ser "
            "apresentada à oferta de emprego n.º 1234 (Engenheiro Civil).\n\nIEFP"
        ),
    )
    assert result.category is Category.OTHER_JOB


def test_an_application_not_yet_submitted_is_a_nudge_not_a_receipt(classify: Classify) -> None:
    result = classify(
        sender="vertiz@myworkday.com",
        name="Vertiz Recrutamento",
        subject="Lembrete: a sua candidatura ainda não foi submetida",
        body="Olá Marta,\n\nRetome a candidatura no seu perfil de candidato.\n\nVertiz",
    )
    assert result.category is Category.ALERT


def test_a_receipt_of_the_cv_is_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="rh@bordaloconstrutores.example",
        name="Bordalo Construtores – RH",
        subject="Candidatura – Encarregada Geral",
        body=(
            "Boa tarde,\n\nAcusamos a receção do seu currículo para a vaga de Encarregado(a) "
            "Geral. Os pré-selecionados serão contactados.\n\nBordalo Construtores, S.A."
        ),
    )
    assert result.category is Category.CONFIRMATION


def test_a_withdrawal_acknowledged_is_a_withdrawn_confirmation(classify: Classify) -> None:
    result = classify(
        sender="pedro@modulaire.example",
        name="Pedro Lemos",
        subject="Re: Retirar candidatura",
        body="Olá Marta,\n\nObrigado pelo aviso. Retirámos a candidatura do processo.\n\nPedro",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.WITHDRAWN


def test_a_services_user_research_interview_is_no_job(classify: Classify) -> None:
    result = classify(
        sender="research@streamflix.example",
        name="Inquéritos Streamflix",
        subject="Queremos entrevistá-la: 20 minutos sobre a sua experiência",
        body="Estamos a conduzir entrevistas com membros em Portugal. Recompensa: 1 mês grátis.",
    )
    assert result.category is Category.NOT_JOB


def test_a_next_step_questionnaire_is_an_assessment(classify: Classify) -> None:
    result = classify(
        sender="noreply@candidates.workablemail.com",
        name="Tern Tunnelling",
        subject="Next step",
        body=(
            "Hi Marta,\n\nAs a next step, please complete this short questionnaire and the "
            "scheduling exercise (about 40 minutes).\n\nTern Tunnelling"
        ),
    )
    assert result.category is Category.ASSESSMENT


def test_a_builder_writing_from_gmail_signs_with_the_firm(classify: Classify) -> None:
    result = classify(
        sender="joaquimlousa.obras@gmail.com",
        name="Joaquim Lousa",
        subject="candidatura encarregado de obra",
        body=(
            "Boa tarde Eng.ª Marta\n\nvi o seu cv no anuncio. podia passar cá no escritório "
            "sexta de manhã para conversarmos?\n\nJoaquim Lousa\nLousa & Irmãos Construções, Lda."
        ),
    )
    assert result.company == "Lousa & Irmãos Construções"


def test_a_groups_mail_for_one_of_its_companies_names_that_company(classify: Classify) -> None:
    result = classify(
        sender="no-reply@teamtailor.com",
        name="Grupo Tavares",
        subject="Recebemos a sua candidatura",
        body=(
            "Olá Marta,\n\nObrigado por se candidatar à vaga de Técnico(a) de Segurança na "
            "Tavares Ambiente, empresa do Grupo Tavares.\n\nEquipa de Recrutamento"
        ),
    )
    assert result.company == "Tavares Ambiente"


def test_a_careers_mailbox_goes_by_the_brand_its_group_wraps(classify: Classify) -> None:
    result = classify(
        sender="lumagroup@myworkday.com",
        name="Luma Careers",
        subject="We've received your application – Site Manager (JR220)",
        body=(
            "Dear Marta,\n\nThank you for applying for Site Manager (JR220) in Porto.\n\n"
            "Regards,\nTalent Team – Grupo Luma Imobiliária"
        ),
    )
    assert result.company == "Luma"


def test_a_subject_closing_with_the_employer_after_a_bar_names_it(classify: Classify) -> None:
    result = classify(
        sender="ines.faro@grupoquintela.example",
        name="Inês Faro",
        subject="Entrevista – Diretor(a) de Produção | Quintela",
        body=(
            "Boa tarde Marta,\n\ngostaríamos de a convidar para uma entrevista presencial na "
            "próxima terça às 10h00.\n\nInês Faro\nTalent Acquisition"
        ),
    )
    assert result.company == "Quintela"


def test_a_boards_account_welcome_is_no_recruiters_pitch(classify: Classify) -> None:
    result = classify(
        sender="hello@landing.jobs",
        name="Landing.jobs",
        subject="Welcome to Landing.jobs, Marta!",
        body="Your profile is live. Complete it and companies can invite you to apply.",
    )
    assert result.category is Category.OTHER_JOB


def test_thanks_for_the_signed_offer_leaves_it_accepted(classify: Classify) -> None:
    result = classify(
        sender="helena.mota@vertiz-eng.example",
        name="Helena Mota",
        subject="RE: Proposta – Gestora de Projeto | Vertiz",
        body=(
            "Olá Marta!\n\nObrigada pela resposta e pela proposta assinada. Fica então confirmado "
            "o início a 2 de fevereiro.\n\nAté lá,\nHelena"
        ),
    )
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.ACCEPTED


def test_a_reference_number_in_the_subject_is_no_title(classify: Classify) -> None:
    result = classify(
        sender="candidaturas@temporalia.example",
        name="Temporalia Trabalho Temporário",
        subject="A sua candidatura foi recebida – Ref.ª TP-4410",
        body=(
            "Olá Marta,\n\nRecebemos a sua candidatura para a oferta Ref.ª TP-4410. A nossa "
            "equipa entrará em contacto caso o seu perfil seja selecionado.\n\nTemporalia"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.role is None or "Ref" not in result.role

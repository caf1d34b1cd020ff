"""Portuguese (European and Brazilian) mail that decides an application's final status (third
batch).

Status notices from candidate portals and boards (and the ones that decide nothing), a no after
an interview or a test said at length or only through its outcome, offers in their many shapes
and the welcome after the reader's yes (or the offer withdrawn), the reader's own mail
(declining an interview, withdrawing, accepting or declining an offer) and interview
invitations from HR teams and booking tools. Look-alikes with the same words stay what they
are.
"""

from __future__ import annotations

from tests.classifiers.probes import family_test, lookalike_test, undecided_test

ATS = ("nao-responda@vagas.aurora.com.br", "Aurora Vagas")
HR = ("recrutamento@aurora.com.br", "Aurora Recrutamento")
PERSON = ("camila.souza@aurora.com.br", "Camila Souza")
READER = ("ana.ferreira@gmail.com", "Ana Ferreira")
EMPLOYER = "Aurora"

# (family, read inside a known process, subject, body): Brazilian HR teams and portals
BR_MAIL = [
    # --- (a) status notices from a portal ---
    (
        "rejection",
        False,
        "Status da sua candidatura: reprovado",
        "Olá Ana,\n\nO status da sua candidatura para a vaga de Analista Financeiro foi "
        "atualizado.\n\nNovo status: Reprovado\n\nAgradecemos seu interesse na Aurora.\n\n"
        "Equipe de Talentos",
    ),
    (
        "rejection",
        False,
        "Atualização da sua candidatura",
        "Olá Ana,\n\nSua candidatura para a vaga Assistente Administrativo mudou de etapa: "
        "Processo encerrado – não selecionada.\n\nAcesse o portal para mais detalhes.\n\n"
        "Aurora Vagas",
    ),
    (
        "rejection",
        False,
        "Vaga encerrada: Analista de Marketing",
        "Olá Ana,\n\nA vaga Analista de Marketing, para a qual você se candidatou, foi "
        "encerrada pela empresa. Agradecemos sua participação e convidamos você a conhecer "
        "outras vagas abertas.\n\nEquipe Aurora",
    ),
    (
        "rejection",
        False,
        "Vaga cancelada",
        "Olá Ana,\n\nInformamos que a vaga de Coordenadora de Logística foi cancelada e o "
        "processo seletivo não terá continuidade. Seu currículo continuará em nosso banco de "
        "talentos.\n\nAtenciosamente,\nRecrutamento e Seleção",
    ),
    # --- (b) rejections after an interview or a test ---
    (
        "rejection",
        False,
        "Retorno sobre o processo seletivo",
        "Olá Ana,\n\nQueremos agradecer pela sua dedicação durante as entrevistas e pelo "
        "tempo investido no case. Foi uma decisão muito difícil, pois seu perfil agradou "
        "bastante aos gestores, mas optamos por seguir com outra finalista com mais "
        "experiência no setor.\n\nFique à vontade para se candidatar novamente a futuras "
        "oportunidades.\n\nUm abraço,\nCamila Souza, Tech Recruiter",
    ),
    (
        "rejection",
        False,
        "Processo seletivo - Analista Financeiro",
        "Olá Ana,\n\nInformamos que a vaga foi preenchida por outro candidato após a etapa de "
        "entrevistas. Agradecemos muito sua participação.\n\nAtenciosamente,\nEquipe de RH",
    ),
    (
        "rejection",
        False,
        "Resultado do teste técnico",
        "Olá Ana,\n\nAvaliamos o seu teste técnico com o time. Apesar de pontos positivos, "
        "o resultado não atingiu o nível esperado para esta posição e, por isso, não "
        "seguiremos com a sua candidatura.\n\nObrigada pelo esforço!\n\nTime de Engenharia",
    ),
    (
        "rejection",
        False,
        "Sua candidatura",
        "Olá Ana,\n\nA posição de Coordenadora de Projetos foi preenchida internamente. "
        "Agradecemos pelo seu tempo e pelas conversas que tivemos.\n\nAbraços,\nRH Aurora",
    ),
    # --- (c) offers and what follows ---
    (
        "offer",
        False,
        "Carta proposta - Analista Financeiro",
        "Olá Ana,\n\nÉ com grande satisfação que enviamos em anexo a sua carta proposta para "
        "a vaga de Analista Financeiro: salário de R$ 7.500,00, vale-refeição, plano de saúde "
        "e início previsto para 1º de abril.\n\nPedimos que nos retorne o aceite até sexta-"
        "feira.\n\nAbraços,\nCamila Souza",
    ),
    (
        "offer",
        False,
        "Proposta de trabalho",
        "Olá Ana,\n\nConforme conversamos por telefone, formalizamos aqui nossa proposta de "
        "trabalho para a posição de Desenvolvedora Back-end, regime CLT, com remuneração "
        "mensal de R$ 12.000,00.\n\nFicamos no aguardo do seu retorno.\n\nEquipe de Gente e "
        "Gestão",
    ),
    (
        "accepted",
        False,
        "Seja bem-vinda à Aurora!",
        "Olá Ana,\n\nSeja muito bem-vinda ao time! Seu primeiro dia será segunda-feira, 1º de "
        "abril, às 9h, na nossa sede em São Paulo. Traga sua carteira de trabalho e os "
        "documentos para a admissão.\n\nAté lá!\nEquipe de Gente e Gestão",
    ),
    (
        "rejection",
        False,
        "Sobre a proposta de trabalho",
        "Olá Ana,\n\nInfelizmente, devido a uma reestruturação interna, precisamos retirar a "
        "proposta de trabalho enviada para a vaga de Analista. Sentimos muito pelo "
        "transtorno.\n\nAtenciosamente,\nRH Aurora",
    ),
    # --- (e) interview invitations and scheduling ---
    (
        "interview",
        False,
        "Convite para entrevista online",
        "Olá Ana,\n\nGostamos muito do seu perfil! Gostaríamos de convidá-la para uma "
        "entrevista online com a gestora da área. Escolha o melhor horário pelo link abaixo."
        "\n\nAbraços,\nEquipe de Recrutamento",
    ),
    (
        "interview",
        False,
        "Reagendamento da entrevista",
        "Olá Ana,\n\nPor um imprevisto, precisamos remarcar sua entrevista de quinta-feira. "
        "Você teria disponibilidade na sexta às 14h?\n\nDesculpe o transtorno.\n\nRH Aurora",
    ),
    (
        "interview",
        False,
        "Entrevista presencial - Aurora",
        "Olá Ana,\n\nConfirmamos sua entrevista presencial no dia 14/03, às 10h, na Av. "
        "Paulista, 1000 – 8º andar. Procure por Camila na recepção.\n\nAtenciosamente,\n"
        "Recrutamento e Seleção",
    ),
]

# (family, read inside a known process, subject, body): European Portuguese HR mail
PT_MAIL = [
    (
        "rejection",
        False,
        "Estado da candidatura: não selecionada",
        "Olá Ana,\n\nO estado da sua candidatura à oferta de Técnica de Contabilidade foi "
        "alterado para: Não selecionada.\n\nAgradecemos o seu interesse.\n\nEquipa de "
        "Recrutamento",
    ),
    (
        "rejection",
        False,
        "Candidatura encerrada",
        "Caro/a candidato/a,\n\nInformamos que o processo de recrutamento para a função de "
        "Assistente Comercial foi concluído e a sua candidatura foi encerrada.\n\nCom os "
        "melhores cumprimentos,\nRecursos Humanos",
    ),
    (
        "rejection",
        False,
        "Processo de recrutamento - Gestor de Projeto",
        "Cara Ana,\n\nAgradecemos a sua participação nas entrevistas. Após uma decisão muito "
        "ponderada, o painel optou por avançar com outro candidato finalista. Gostámos muito "
        "de a conhecer e esperamos voltar a receber a sua candidatura.\n\nCom os melhores "
        "cumprimentos,\nEquipa de Talento",
    ),
    (
        "rejection",
        False,
        "A sua candidatura",
        "Cara Ana,\n\nInformamos que a vaga foi preenchida internamente. Agradecemos o tempo "
        "dedicado ao processo.\n\nCumprimentos,\nRecursos Humanos",
    ),
    (
        "offer",
        False,
        "Proposta de contratação",
        "Cara Ana,\n\nNa sequência do processo de recrutamento, temos o prazer de lhe "
        "apresentar a nossa proposta para a função de Técnica de Contabilidade: contrato sem "
        "termo, vencimento base de 1.800 € e subsídio de alimentação. Agradecemos resposta "
        "até sexta-feira.\n\nCom os melhores cumprimentos,\nRecursos Humanos",
    ),
    (
        "accepted",
        False,
        "Bem-vinda à equipa!",
        "Olá Ana,\n\nBem-vinda à equipa! O seu primeiro dia de trabalho será a 1 de abril, "
        "às 9h, no nosso escritório de Lisboa. Receberá o seu computador e os acessos no dia "
        "de acolhimento.\n\nAté breve,\nRecursos Humanos",
    ),
    (
        "interview",
        False,
        "Convite para entrevista por videochamada",
        "Olá Ana,\n\nGostaríamos de a convidar para uma entrevista por videochamada na "
        "próxima terça-feira, às 11h. Pedimos que confirme a sua disponibilidade.\n\nCom os "
        "melhores cumprimentos,\nEquipa de Recrutamento",
    ),
]

# (family, read inside a known process, subject, body): people at the employer
PERSON_NOTES = [
    (
        "rejection",
        True,
        "Retorno",
        "Oi Ana, tudo bem? Queria te dar um retorno: o gestor acabou escolhendo uma pessoa de "
        "dentro. Foi bem apertado, viu? Vou te manter no radar. Beijo, Camila",
    ),
    (
        "rejection",
        True,
        "Re: entrevista",
        "Oi Ana, fizemos a proposta para a outra finalista e ela aceitou. Sinto muito, foi "
        "uma decisão difícil. Abraço, Camila",
    ),
    (
        "offer",
        True,
        "Boa notícia!",
        "Oi Ana! Queremos fazer uma proposta para você! Te ligo à tarde para falar dos "
        "valores e depois mando tudo por escrito. Camila",
    ),
    (
        "interview",
        True,
        "Próxima etapa",
        "Oi Ana, o diretor quer te conhecer. Você pode na terça às 15h ou na quarta às 10h "
        "para uma conversa pelo Meet? Camila",
    ),
]

# (family, read inside a known process, subject, body): the reader's own mail
READER_MAIL = [
    (
        "withdrawn",
        True,
        "Re: Convite para entrevista online",
        "Olá Camila, muito obrigada pelo convite. Aceitei outra proposta, então não vou "
        "seguir no processo. Desejo sucesso! Abraços, Ana Ferreira",
    ),
    (
        "withdrawn",
        True,
        "Desistência do processo seletivo",
        "Bom dia, venho por meio deste informar que desisto da minha candidatura à vaga de "
        "Analista Financeiro por motivos pessoais. Agradeço a atenção. Ana Ferreira",
    ),
    (
        "withdrawn",
        True,
        "Retirar candidatura",
        "Boa tarde, gostaria de retirar a minha candidatura à função de Técnica de "
        "Contabilidade, uma vez que aceitei outra oferta. Obrigada, Ana Ferreira",
    ),
    (
        "accepted",
        True,
        "Re: Carta proposta",
        "Olá Camila, aceito a proposta com muita alegria! Segue a carta assinada. Aguardo as "
        "orientações para a admissão. Ana",
    ),
    (
        "declined",
        True,
        "Re: Proposta de trabalho",
        "Olá Camila, agradeço muito a proposta e a confiança. Depois de pensar bastante, "
        "decidi não aceitar, pois recebi uma oferta mais alinhada com o que procuro. "
        "Abraços, Ana Ferreira",
    ),
    (
        "declined",
        True,
        "Re: Proposta de contratação",
        "Cara Dra. Marques, agradeço a proposta, mas infelizmente terei de a recusar, dado "
        "que o vencimento fica abaixo das minhas expectativas. Com os melhores cumprimentos, "
        "Ana Ferreira",
    ),
]

# (family, read inside a known process, subject, body): a second batch, Brazilian boards and HR
BR_MORE = [
    (
        "rejection",
        False,
        "Atualização no processo seletivo - Gupy",
        "Olá Ana,\n\nA Aurora atualizou o seu processo seletivo para a vaga de Analista "
        "Financeiro.\n\nEtapa atual: Não aprovado\n\nContinue se candidatando, temos muitas "
        "vagas esperando por você!\n\nEquipe Gupy",
    ),
    (
        "rejection",
        False,
        "Devolutiva da entrevista",
        "Olá Ana,\n\nObrigada por participar da entrevista com a banca. Gostamos muito da "
        "conversa, mas a decisão foi pela contratação de outra pessoa, cujo perfil está mais "
        "aderente ao momento da área. Se quiser, posso te passar um feedback mais detalhado por "
        "telefone.\n\nAbraços,\nCamila Souza",
    ),
    (
        "offer",
        False,
        "Proposta salarial",
        "Olá Ana,\n\nConforme combinado, segue nossa proposta para a vaga de Analista de "
        "Dados: salário de R$ 9.000,00 mensais, bônus anual e plano de saúde. Você pode nos dar "
        "um retorno até quinta?\n\nAbraços,\nCamila Souza",
    ),
    (
        "interview",
        False,
        "Agende sua entrevista",
        "Olá Ana,\n\nVocê avançou para a etapa de entrevista! Clique no link abaixo para "
        "escolher o dia e o horário da sua entrevista com a gestora.\n\nBoa sorte!\nEquipe de "
        "Recrutamento Aurora",
    ),
]

# (family, read inside a known process, subject, body): European Portuguese, second batch
PT_MORE = [
    (
        "rejection",
        False,
        "Processo de recrutamento concluído",
        "Cara Ana,\n\nAgradecemos a sua participação nas entrevistas. Informamos que a função "
        "foi atribuída a outro candidato. Desejamos-lhe as maiores felicidades profissionais."
        "\n\nCom os melhores cumprimentos,\nRecursos Humanos",
    ),
    (
        "offer",
        False,
        "Proposta de emprego",
        "Cara Ana,\n\nTemos o prazer de lhe enviar, em anexo, a proposta de emprego para a "
        "função de Gestora de Projeto, com as condições conversadas ao telefone. Agradecemos "
        "que nos devolva a proposta assinada até dia 20.\n\nCumprimentos,\nRecursos Humanos",
    ),
    (
        "interview",
        False,
        "Remarcação da entrevista",
        "Olá Ana,\n\nInformamos que a sua entrevista foi reagendada para sexta-feira, dia 15, "
        "às 11h. O link do Teams mantém-se.\n\nCom os melhores cumprimentos,\nEquipa de "
        "Recrutamento",
    ),
]

# (family, read inside a known process, subject, body): the reader's own mail, second batch
READER_MORE = [
    (
        "withdrawn",
        True,
        "Re: Entrevista quinta",
        "Oi Camila, obrigada pelo retorno. Prefiro não seguir com o processo, a vaga não tem "
        "a ver com o que estou buscando agora. Abraço, Ana",
    ),
    (
        "accepted",
        True,
        "Re: Proposta salarial",
        "Olá Camila, confirmo que aceito a proposta para a vaga de Analista de Dados nas "
        "condições enviadas. Fico no aguardo dos próximos passos. Ana Ferreira",
    ),
    (
        "declined",
        True,
        "Sobre a proposta",
        "Olá Camila, obrigada pela proposta. Pensei muito e, no fim, não vou aceitar: decidi "
        "ficar na empresa onde estou. Abraços, Ana",
    ),
]

LOOKALIKES_MORE = [
    (
        "gerente@bradesco.com.br",
        "Sua reunião por vídeo",
        "Olá Ana, sua reunião por videochamada com o seu gerente está confirmada para terça às "
        "17h. Você pode remarcar pelo app.",
        False,
    ),
    (
        "julia.costa@gmail.com",
        "Vou mudar de emprego!",
        "Ana, saio da empresa no fim do mês, aceitei uma proposta em Curitiba! Happy hour de "
        "despedida na sexta, bora? Ju",
        False,
    ),
    (
        "nao-responda@correios.com.br",
        "O status do seu pedido mudou",
        "Olá, o status da sua encomenda mudou: objeto devolvido ao remetente. Acompanhe pelo "
        "código de rastreio.",
        False,
    ),
]

# (family, read inside a known process, subject, body): a third batch
THIRD_BATCH = [
    (
        "rejection",
        False,
        "Encerramento do processo seletivo",
        "Olá Ana,\n\nInformamos que o processo seletivo para a vaga de Analista de Riscos "
        "foi encerrado. Nesta oportunidade, seu perfil não foi selecionado para a próxima "
        "etapa.\n\nEquipe de Talentos Aurora",
    ),
    (
        "rejection",
        False,
        "Sua candidatura",
        "Olá Ana,\n\nEscrevo depois da sua entrevista com o nosso diretor comercial. Ele "
        "gostou muito da sua trajetória, mas acabamos oferecendo a vaga a uma candidata com "
        "experiência no nosso setor. Fico à disposição se quiser um feedback mais detalhado."
        "\n\nAbraços,\nCamila Souza",
    ),
    (
        "offer",
        True,
        "Depois da nossa conversa",
        "Olá Ana,\n\nComo falei por telefone, estamos muito felizes em oferecer a você a "
        "vaga de Coordenadora de Projetos. Segue em anexo o detalhamento da proposta salarial."
        "\n\nAbraços,\nCamila",
    ),
    (
        "accepted",
        True,
        "Re: Carta proposta",
        "Olá Ana,\n\nQue alegria que você aceitou! Recebemos a carta proposta assinada. O "
        "time de Gente e Gestão vai entrar em contato para a sua admissão.\n\nAbraços,\n"
        "Camila",
    ),
    (
        "interview",
        False,
        "Entrevista por telefone - Aurora",
        "Olá Ana,\n\nAnalisamos seu currículo e gostaríamos de fazer uma rápida entrevista "
        "por telefone com você. Você teria disponibilidade na terça ou na quarta pela manhã?"
        "\n\nAbraços,\nEquipe de Recrutamento",
    ),
    (
        "withdrawn",
        True,
        "Retirada de candidatura",
        "Bom dia, informo que retiro a minha candidatura à vaga de Analista Financeiro, pois "
        "aceitei uma outra proposta. Obrigada pelo tempo. Ana Ferreira",
    ),
]

THIRD_LOOKALIKES = [
    (
        "admissoes@trybe.com.br",
        "Resultado da sua inscrição",
        "Olá Ana, infelizmente sua candidatura para a turma de março do bootcamp não foi "
        "selecionada pela banca de admissão.",
        False,
    ),
    (
        "agendamento@poupatempo.sp.gov.br",
        "Agendamento confirmado",
        "Seu agendamento para a emissão do RG está confirmado para quinta-feira, 14/03, às "
        "10h. Chegue com 10 minutos de antecedência.",
        False,
    ),
    (
        "contato@academiafit.com.br",
        "Sua matrícula",
        "Olá Ana, a turma de pilates de terça está completa e não conseguimos confirmar sua "
        "matrícula. Temos vaga na turma de quinta.",
        False,
    ),
]

# (subject, body): portal notices that decide nothing
NO_DECISION = [
    (
        "Novidades na sua candidatura",
        "Olá Ana,\n\nHá uma atualização na sua candidatura para a vaga de Analista "
        "Financeiro. Acesse o portal do candidato para conferir.\n\nAurora Vagas",
    ),
    (
        "Status da candidatura: em análise",
        "Olá Ana,\n\nO status da sua candidatura mudou para: Em análise. Avisaremos assim "
        "que houver novidades.\n\nEquipe de Talentos",
    ),
]

# (sender, subject, body, sent to a mailing list)
LOOKALIKES = [
    (
        "rafael.lima@gmail.com",
        "Novidade!",
        "Ana!! Recebi a carta proposta da Ambev e começo mês que vem! Bora comemorar no "
        "sábado? Rafa",
        False,
    ),
    (
        "ofertas@itau.com.br",
        "Proposta de crédito aprovada",
        "Olá Ana, sua proposta de empréstimo pessoal foi aprovada! Assine o contrato pelo "
        "app em até 5 dias.",
        False,
    ),
    (
        "agendamento@fleury.com.br",
        "Reagendamento do seu exame",
        "Olá Ana, seu exame de quinta-feira foi reagendado. Escolha um novo horário pelo link.",
        False,
    ),
    (
        "visitas@quintoandar.com.br",
        "Visita confirmada",
        "Olá Ana, sua visita ao apartamento da Rua Augusta está confirmada para sábado às "
        "10h. O proprietário aprovou sua proposta de aluguel.",
        False,
    ),
    (
        "selecao@usp.br",
        "Status da inscrição: reprovado",
        "Prezada candidata, o status da sua inscrição no programa de mestrado foi atualizado "
        "para: reprovado na etapa de análise de currículo.",
        False,
    ),
    (
        "podcast@mundoempreendedor.com.br",
        "Entrevista para o podcast",
        "Oi Ana, adoraríamos te entrevistar no nosso podcast! Escolha o melhor horário para "
        "a gravação online.",
        False,
    ),
    (
        "eventos@catho.com.br",
        "Webinar: como se sair bem na entrevista",
        "Participe do nosso webinar gratuito: como se preparar para a entrevista de emprego, "
        "negociar a proposta e passar no período de experiência.",
        True,
    ),
    (
        "atendimento@vivo.com.br",
        "Retorno da sua solicitação",
        "Olá, um atendente vai te ligar amanhã entre 10h e 12h. Você pode escolher outro "
        "horário na área do cliente.",
        False,
    ),
    (
        "newsletter@expresso.pt",
        "As empresas que mais contratam",
        "Esta semana: as empresas que mais contratam em Portugal, como negociar o salário e "
        "porque é que as propostas de emprego são retiradas.",
        True,
    ),
    (
        "candidaturas@fct.pt",
        "Candidatura à bolsa",
        "Cara candidata, informamos que a sua candidatura à bolsa de doutoramento não foi "
        "selecionada nesta edição.",
        False,
    ),
]


test_br_mail_is_read_for_its_stage = family_test([*BR_MAIL, *BR_MORE], writer=HR, employer=EMPLOYER)
test_pt_mail_is_read_for_its_stage = family_test(
    [*PT_MAIL, *PT_MORE],
    writer=("recrutamento@aurora.pt", "Aurora Recursos Humanos"),
    employer=EMPLOYER,
)
test_person_note_is_read_for_its_stage = family_test(PERSON_NOTES, writer=PERSON, employer=EMPLOYER)
test_reader_mail_is_read_for_its_stage = family_test(
    [*READER_MAIL, *READER_MORE], writer=READER, employer=EMPLOYER
)
test_look_alike_stays_not_job_mail = lookalike_test(
    [*LOOKALIKES, *LOOKALIKES_MORE, *THIRD_LOOKALIKES]
)
test_third_batch_is_read_for_its_stage = family_test(THIRD_BATCH, writer=PERSON, employer=EMPLOYER)


test_status_notice_that_decides_nothing_is_no_decision = undecided_test(
    NO_DECISION, writer=ATS, employer=EMPLOYER
)

"""Portuguese mail that is or is not application mail at all: receipts, scheduling, outreach.

Receipts worded the many ways ATSs, boards, public bodies and small firms word them (short
ones and HTML-ish ones too; Portugal's and Brazil's wording), interviews as booking tools and
recruiters really set them up, a recruiter's or an agency's approach apart from a board's
alert; and the look-alikes with the same words (admissions, grants, permits, rentals,
tenders, elections, castings, medical and court appointments, press interviews, app
reviews, loyalty offers, an employee's HR mail) that stay not job mail.
"""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import Category
from tests.classifiers.probes import lookalike_test, stage_test

ATS = ("recrutamento@grupotejo.pt", "Grupo Tejo Recrutamento")
PERSON = ("ana.ribeiro@grupotejo.pt", "Ana Ribeiro")
AGENCY = ("rafael.souza@talentosconsultoria.com.br", "Rafael Souza")
BOARD = ("alertas@empregos-ja.pt", "Empregos Já")
EMPLOYER = "Grupo Tejo"

CONFIRMATION, INTERVIEW = Category.CONFIRMATION, Category.INTERVIEW
APPROACH, ALERT = Category.OUTREACH, Category.ALERT

# (a) receipts: (subject, body, category, status, read in the process)
RECEIPTS = [
    (
        "Recebemos a sua candidatura",
        "Olá Jane,\n\nObrigado pelo seu interesse no Grupo Tejo. Recebemos a sua candidatura "
        "para a função de Técnica de Marketing e vamos analisá-la com atenção. Entraremos em "
        "contacto caso o seu perfil se adeque.\n\nEquipa de Recrutamento",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Os seus dados",
        "Olá Jane, recebemos os seus dados e ficaram registados na nossa base de candidatos. "
        "Entraremos em contacto quando surgir uma oportunidade adequada.",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Obrigado, Jane",
        "Obrigado, Jane! O seu CV chegou-nos bem. Vamos analisá-lo e damos notícias em breve. Ana",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Inscrição concluída – vaga 2025-114",
        "Sua inscrição na vaga 2025-114 (Assistente Administrativo) foi concluída com sucesso. "
        "Acompanhe o andamento na sua área do candidato.",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Confirmação de candidatura",
        "<p>Cara Jane,</p><p>Confirmamos a receção da sua candidatura à oferta "
        "<b>Contabilista sénior</b>.</p><p>Com os melhores cumprimentos,<br>Recursos "
        "Humanos</p>",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Currículo recebido",
        "Bom dia, recebemos o seu currículo. Muito obrigado pelo interesse em fazer parte da "
        "nossa equipa.\n\nDepartamento de Pessoas",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Sua candidatura foi enviada",
        "Sua candidatura para a vaga Vendedor(a) – Grupo Tejo foi enviada com sucesso. Boa sorte!",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Câmara Municipal de Braga – procedimento concursal",
        "Informamos que a sua candidatura ao procedimento concursal para Assistente Técnico "
        "foi submetida com sucesso. Número de registo: 2025/00457.",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Obrigada por nos enviar o seu CV",
        "Olá Jane,\n\nObrigada por nos enviar o seu CV. Já o recebemos e encaminhámos para o "
        "responsável da área. Se avançarmos, ligamos-lhe.\n\nUm abraço,\nAna",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Candidatura espontânea",
        "Cara Jane,\n\nAgradecemos o envio da sua candidatura espontânea. Os seus dados foram "
        "integrados na nossa base de dados e serão considerados em futuros processos de "
        "recrutamento.\n\nCom os melhores cumprimentos,\nRH",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Re: empregada de mesa",
        "Olá, obrigada pelo CV, vou passar ao gerente e depois dizemos alguma coisa. "
        "Cumprimentos, Ana",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Candidatura recebida – Ref. AD-2291",
        "A sua candidatura para Assistente de Direção (Ref. AD-2291) foi recebida. Esta é uma "
        "mensagem automática, por favor não responda.",
        CONFIRMATION,
        None,
        False,
    ),
]

# (b) interview scheduling
SCHEDULING = [
    (
        "Escolha o seu horário para a entrevista",
        "Olá Jane,\n\nGostaríamos de a conhecer. Por favor escolha o horário que lhe for mais "
        "conveniente para a entrevista neste link do Calendly:\nhttps://calendly.com/ana-"
        "ribeiro/entrevista\n\nAna",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Confirmado: Entrevista com Ana Ribeiro",
        "A sua marcação está confirmada.\nEntrevista com Ana Ribeiro – Grupo Tejo\nterça-feira, "
        "11 de março de 2025, 15:00 – 15:45 (WET)\nLink do Teams: https://teams.microsoft.com/"
        "l/meetup-join/abc\nReagendar ou cancelar.",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Lembrete: a sua entrevista amanhã às 10h",
        "Olá Jane, lembramos que amanhã às 10h tem a entrevista para a função de Gestora de "
        "Projeto nos nossos escritórios da Av. da Liberdade 110. Traga o Cartão de Cidadão."
        "\n\nAna",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Alteração da entrevista",
        "Olá Jane, peço desculpa, mas tenho de mudar a nossa entrevista de quinta. Dava-lhe "
        "jeito sexta às 12h? Ana",
        INTERVIEW,
        None,
        True,
    ),
    (
        "Chamada",
        "Oi Jane, terça às 15h funciona para você para uma primeira conversa sobre a vaga? "
        "Abraço, Ana",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Convite: Entrevista por videochamada – Jane Doe",
        "Ana Ribeiro convidou-a para uma entrevista por videochamada.\nQuando: seg 17 mar 2025 "
        "11:00 – 12:00\nParticipar no Google Meet: https://meet.google.com/abc-defg-hij\n"
        "Sim · Não · Talvez",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Agende sua entrevista com o Grupo Tejo",
        "Olá Jane,\n\nSua candidatura avançou para a próxima etapa. Você já pode agendar um "
        "horário para sua entrevista com a equipe de recrutamento na sua área do candidato."
        "\n\nGrupo Tejo",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Sua conversa com Ana Ribeiro está confirmada",
        "Sua ligação de triagem com Ana Ribeiro está confirmada para quarta-feira, 12 de março, "
        "às 9h30. Ana vai ligar para o número informado.",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Disponibilidade para entrevista",
        "Olá Jane,\n\nGostaríamos de a conhecer. Pode indicar-me a sua disponibilidade na "
        "próxima semana para uma entrevista de uma hora?\n\nCumprimentos,\nAna Ribeiro",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Entrevista reagendada",
        "A sua entrevista foi reagendada para quinta-feira, 20 de março, às 16h00. O link "
        "mantém-se.\n\nMicrosoft Bookings – Grupo Tejo",
        INTERVIEW,
        None,
        True,
    ),
    (
        "Convocatória para entrevista",
        "Exma. Senhora,\n\nVimos por este meio convocá-la para uma entrevista profissional de "
        "seleção no dia 24 de março, às 10h, na Divisão de Recursos Humanos.\n\nCom os "
        "melhores cumprimentos.",
        INTERVIEW,
        None,
        False,
    ),
]

# (c) a recruiter's or agency's approach
OUTREACH = [
    (
        "Oportunidade – Gerente de Controladoria",
        "Olá Jane,\n\nSou consultor na Talentos Consultoria e estou apoiando um cliente do "
        "setor industrial na contratação de um(a) Gerente de Controladoria. Seu perfil chamou "
        "minha atenção. Podemos conversar?\n\nRafael Souza",
        APPROACH,
        None,
        False,
    ),
    (
        "Seu perfil no LinkedIn",
        "Oi Jane, vi seu perfil e acho que uma posição de Product Owner em um de nossos "
        "clientes pode te interessar. Teria 15 minutos esta semana? Rafael",
        APPROACH,
        None,
        False,
    ),
    (
        "Projeto de 6 meses – Data Analyst",
        "Olá,\n\nEstamos à procura, para um cliente, de um(a) Data Analyst para um projeto de "
        "6 meses em Lisboa. Se estiver disponível, responda-me e dou-lhe mais detalhes.\n\n"
        "Rafael Souza\nTalentos Consultoria",
        APPROACH,
        None,
        False,
    ),
    (
        "Posição de Diretora Financeira – confidencial",
        "Prezada Jane,\n\nNo âmbito de um processo que um cliente nos confiou, entro em contato "
        "a respeito de uma posição de Diretora Financeira. Estaria aberta a conversar de forma "
        "confidencial?\n\nRafael Souza, Sócio",
        APPROACH,
        None,
        False,
    ),
    (
        "Vamos conversar?",
        "Oi Jane, estou buscando engenheiros DevOps para uma scale-up de São Paulo. Tem "
        "interesse em saber mais? Rafael",
        APPROACH,
        None,
        False,
    ),
    (
        "Uma oportunidade que pode combinar com você",
        "Olá Jane,\n\nEstou entrando em contato porque estamos contratando uma Gerente de "
        "Projetos Digitais CLT e sua experiência tem tudo a ver. Você está aberta a novas "
        "oportunidades?\n\nAbraço,\nRafael",
        APPROACH,
        None,
        False,
    ),
]

ALERTS = [
    (
        "12 novas vagas para «contabilista»",
        "Olá Jane,\n\n12 novas ofertas correspondem à sua pesquisa «contabilista» no Porto.\n"
        "Contabilista – Grupo Tejo – Porto\nTécnico de contabilidade – Gabinete Silva – Maia\n"
        "Ver todas as ofertas\nGerir os meus alertas",
        ALERT,
        None,
        False,
    ),
    (
        "Seu alerta de vagas: Gerente de Projetos",
        "Vagas de hoje que correspondem ao seu alerta «Gerente de Projetos»:\nGerente de "
        "Projetos TI – Curitiba\nGerente de Obras – Londrina\nCandidatar-se",
        ALERT,
        None,
        False,
    ),
    (
        "Vagas que podem te interessar",
        "Jane, estas vagas podem te interessar: Desenvolvedor Python (Recife), Engenheira de "
        "dados (São Paulo). Ver vagas. Cancelar inscrição.",
        ALERT,
        None,
        False,
    ),
    (
        "Ofertas de emprego recomendadas para si",
        "Ofertas recomendadas com base no seu perfil: Responsável de logística – Aveiro; "
        "Operador de armazém – Ílhavo. Alterar preferências.",
        ALERT,
        None,
        False,
    ),
    (
        "Nova vaga de estágio para a sua pesquisa",
        "Há uma nova vaga de estágio que corresponde à sua pesquisa: Estágio em marketing "
        "digital – 6 meses – Coimbra. Ver vaga.",
        ALERT,
        None,
        False,
    ),
    (
        "As ofertas de emprego da semana",
        "Esta semana, 34 novas ofertas de emprego na sua área. Enfermeiro(a) – Hospital de "
        "Santo António; Auxiliar de ação médica – Clínica do Parque. Ver todas as ofertas.",
        ALERT,
        None,
        False,
    ),
]

LOOKALIKES = [
    (
        "candidaturas@universidade-exemplo.pt",
        "A sua candidatura ao Mestrado – recebida",
        "Cara Jane,\n\nRecebemos a sua candidatura ao Mestrado em Direito Empresarial. Os "
        "resultados da seriação serão publicados em junho.\n\nServiços Académicos",
        False,
    ),
    (
        "bolsas@fundacao-futuro.org",
        "A sua candidatura a bolsa",
        "Olá Jane, recebemos a sua candidatura à bolsa de mérito. O júri reúne em maio e "
        "comunicaremos a decisão.",
        False,
    ),
    (
        "noreply@fct.pt",
        "Concurso de projetos 2025 – candidatura submetida",
        "A sua candidatura ao concurso de projetos de I&D 2025 foi submetida com sucesso. Os "
        "resultados provisórios serão divulgados em julho.",
        False,
    ),
    (
        "agendamentos@aima.gov.pt",
        "Agendamento – autorização de residência",
        "O seu agendamento para a renovação da autorização de residência está confirmado para "
        "12 de março às 9h30. Traga o passaporte.",
        False,
    ),
    (
        "arrendamento@imobiliaria-centro.pt",
        "A sua candidatura ao apartamento T2",
        "Olá, recebemos a sua candidatura ao arrendamento do T2 na Rua Direita. O senhorio vai "
        "analisar as propostas e damos resposta em 48 horas.",
        False,
    ),
    (
        "credito@banco-exemplo.pt",
        "O seu pedido de crédito habitação",
        "Recebemos o seu pedido de crédito habitação. Um gestor vai contactá-la para marcar "
        "uma reunião no balcão.",
        False,
    ),
    (
        "compras@camara-exemplo.pt",
        "Concurso público 07/2025 – proposta recebida",
        "Confirmamos a receção da sua proposta ao concurso público para a empreitada de "
        "repavimentação. A abertura das propostas será a 12 de abril.",
        False,
    ),
    (
        "tse@eleicoes-exemplo.br",
        "Registro de candidatura – eleições municipais",
        "O pedido de registro de candidatura para as eleições municipais foi recebido. A lista "
        "de candidatos será publicada no edital.",
        False,
    ),
    (
        "casting@producoes-luz.pt",
        "Casting – convocatória para audição",
        "Olá Jane, recebemos a sua candidatura ao casting da curta-metragem e convidamo-la "
        "para uma audição no sábado, 15 de março, às 14h. Prepare um monólogo.",
        False,
    ),
    (
        "hackathon@techweek.pt",
        "Inscrição confirmada – Hackathon Clima",
        "A sua equipa está inscrita no Hackathon Clima. O júri escolhe os finalistas a 20 de "
        "março.",
        True,
    ),
    (
        "voluntariado@bancoalimentar-exemplo.org",
        "Obrigado pela sua inscrição como voluntária",
        "Olá Jane, obrigado por querer ser voluntária! Uma coordenadora vai ligar-lhe para "
        "uma primeira conversa e para explicar os turnos.",
        False,
    ),
    (
        "secretaria@associacao-moradores.pt",
        "Candidatura à direção",
        "Olá, recebemos a sua candidatura aos órgãos sociais. Será votada na assembleia-geral "
        "de 5 de abril.",
        False,
    ),
    (
        "marcacoes@clinica-exemplo.pt",
        "Confirmação de consulta",
        "A sua consulta com a Dra. Lopes está confirmada para terça-feira, 11 de março, às "
        "15h00. Traga o cartão de utente.",
        False,
    ),
    (
        "avaliacao@centro-saude-exemplo.pt",
        "A sua avaliação médica",
        "Confirmamos a sua avaliação médica a 14 de março às 8h30. Deve vir em jejum.",
        False,
    ),
    (
        "tribunal@justica-exemplo.pt",
        "Notificação – audiência de julgamento",
        "Fica notificada para comparecer na audiência de julgamento no dia 3 de abril, às "
        "9h00, na sala 2 do Tribunal Judicial.",
        False,
    ),
    (
        "producao@podcast-exemplo.pt",
        "Entrevista para o nosso podcast",
        "Olá Jane, adorávamos entrevistá-la para o nosso podcast. Dava-lhe jeito quinta às "
        "15h para a gravação?",
        False,
    ),
    (
        "redacao@jornal-exemplo.pt",
        "Pedido de entrevista – reportagem sobre economia circular",
        "Bom dia, estou a preparar uma reportagem sobre economia circular e gostaria de lhe "
        "fazer uma entrevista por telefone. Teria 20 minutos esta semana?",
        False,
    ),
    (
        "no-reply@apple.com",
        "A sua app está em análise",
        "A atualização da MinhaApp 2.1 está em análise. Avisaremos quando a revisão terminar.",
        False,
    ),
    (
        "ofertas@supermercado-exemplo.pt",
        "Oferta exclusiva: -20 % para clientes",
        "Jane, aproveite a nossa oferta exclusiva para clientes do cartão. A sua adesão ao "
        "programa de fidelização foi aprovada!",
        True,
    ),
    (
        "rh@grupotejo.pt",
        "A sua avaliação de desempenho anual",
        "Olá Jane, a sua reunião de avaliação de desempenho com a sua chefia está marcada para "
        "18 de março. Preencha a autoavaliação antes dessa data.",
        False,
    ),
    (
        "rh@grupotejo.pt",
        "O seu recibo de vencimento de fevereiro",
        "O seu recibo de vencimento de fevereiro já está disponível no portal do colaborador.",
        False,
    ),
    (
        "concurso@foto-exemplo.pt",
        "A sua participação no concurso de fotografia",
        "A sua candidatura ao concurso de fotografia «Luzes da cidade» foi registada. Os "
        "vencedores serão anunciados a 1 de maio.",
        True,
    ),
    (
        "secretaria@escola-exemplo.pt",
        "Matrícula – entrevista com a direção",
        "Recebemos o pedido de matrícula do seu filho. Propomos uma entrevista com a direção "
        "na segunda-feira, 10 de março, às 17h.",
        False,
    ),
    (
        "noreply@sisu-exemplo.br",
        "Inscrição no SISU confirmada",
        "Sua inscrição no processo seletivo do SISU foi confirmada. O resultado da chamada "
        "regular sai em fevereiro.",
        False,
    ),
    (
        "vistos@consulado-exemplo.pt",
        "Pedido de visto – entrevista no consulado",
        "O seu pedido de visto de estudo foi recebido. Está agendada uma entrevista no "
        "consulado a 20 de março às 10h.",
        False,
    ),
]

test_receipt_is_a_confirmation = stage_test(RECEIPTS, writer=ATS, employer=EMPLOYER)
test_scheduling_is_an_interview = stage_test(SCHEDULING, writer=PERSON, employer=EMPLOYER)
test_approach_is_outreach = stage_test(OUTREACH, writer=AGENCY, employer="")
test_board_mail_is_an_alert = stage_test(ALERTS, writer=BOARD, employer="")
test_look_alike_stays_not_job_mail = lookalike_test(LOOKALIKES)

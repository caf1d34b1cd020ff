"""Portuguese mail that decides an application's final status: HR teams, ATS templates, people.

European and Brazilian Portuguese: rejections under neutral subjects with praise or a talent
pool around the no, pauses and cancelled roles, withdrawals (confirmed by the employer or
written by the candidate), offers and contracts with the yes or no to them, and tests versus
interviews. Look-alikes with the same words must stay not job mail.
"""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import ApplicationStatus, Category
from tests.classifiers.probes import family_test, lookalike_test, stage_test

# (family, read in the process, subject, body): mail from the HR team or an ATS template
HR_MAIL: list[tuple[str, bool, str, str]] = [
    # --- (a) rejections ---
    (
        "rejection",
        False,
        "A sua candidatura",
        "Olá Ana,\n\nAgradecemos o seu interesse na Luzitek e o tempo dedicado à sua "
        "candidatura para a função de Analista de Dados. Após uma análise cuidada, decidimos "
        "avançar com candidatos cuja experiência se ajusta melhor aos requisitos da função.\n\n"
        "Desejamos-lhe os maiores sucessos.\n\nCom os melhores cumprimentos,\nEquipa de "
        "Recrutamento Luzitek",
    ),
    (
        "rejection",
        False,
        "Atualização sobre a sua candidatura",
        "Cara Ana,\n\nO seu perfil despertou o nosso interesse e valorizamos muito o seu "
        "percurso. No entanto, lamentamos informar que não iremos dar seguimento à sua "
        "candidatura para a posição de Técnica de Marketing.\n\nIremos manter o seu CV na nossa "
        "base de dados para futuras oportunidades.\n\nAtenciosamente,\nDepartamento de "
        "Recursos Humanos",
    ),
    (
        "rejection",
        False,
        "Sua candidatura",
        "Olá Ana,\n\nEscrevemos a respeito da sua candidatura para a vaga de Desenvolvedora "
        "Backend. Infelizmente a vaga não está mais disponível, pois encerramos este processo "
        "seletivo.\n\nAgradecemos o seu interesse e convidamos você a acompanhar nossas "
        "vagas.\n\nAtenciosamente,\nTime de Talentos",
    ),
    (
        "rejection",
        False,
        "Processo seletivo - Ref. 4521",
        "Prezada candidata,\n\nAgradecemos a sua participação em nosso processo seletivo. "
        "Recebemos um grande número de candidaturas e, após análise criteriosa, informamos que "
        "seu perfil não foi selecionado para as próximas etapas.\n\nAtenciosamente,\nRecursos "
        "Humanos",
    ),
    (
        "rejection",
        False,
        "Após a sua entrevista",
        "Olá Ana,\n\nMuito obrigado pelo seu tempo e pela conversa tão interessante da semana "
        "passada. Depois de avaliar todas as candidaturas, optámos por outra pessoa cujo perfil "
        "se adequa melhor ao que procuramos neste momento.\n\nEsperamos cruzar-nos no futuro.\n\n"
        "Cumprimentos,\nEquipa de People",
    ),
    (
        "rejection",
        False,
        "Informação sobre a sua candidatura",
        "Olá Ana,\n\nInformamos que o processo para a função de Administrativa Contabilística "
        "foi concluído e a vaga foi preenchida por outro candidato.\n\nCom o seu consentimento, "
        "manteremos a sua candidatura na nossa bolsa de talentos para futuros processos.\n\n"
        "Obrigado pela confiança,\nRecursos Humanos Luzitek",
    ),
    (
        "rejection",
        False,
        "Sua candidatura",
        "Olá Ana,\n\nObrigado pela sua candidatura para a vaga de Project Manager. Após uma "
        "análise detalhada, decidimos não prosseguir com a sua candidatura neste momento. Essa "
        "decisão não reflete o seu valor profissional.\n\nDesejamos tudo de bom.\n\nTalent "
        "Acquisition – Luzitek",
    ),
    (
        "rejection",
        False,
        "Atualização da vaga",
        "Olá,\n\nInformamos que a vaga «Comprador Sénior» à qual se candidatou foi encerrada e "
        "a posição já foi preenchida.\n\nObrigado pelo seu interesse.\n\nCumprimentos,\nA equipa "
        "de Recrutamento",
    ),
    (
        "rejection",
        False,
        "Sua candidatura",
        "Querida Ana,\n\nLamentamos comunicar que a sua candidatura não foi selecionada para a "
        "vaga de Coordenadora de Armazém. Recebemos candidaturas de grande qualidade e a "
        "decisão foi difícil.\n\nDesejamos muito sucesso na sua carreira.\n\nEquipe de RH",
    ),
    (
        "rejection",
        False,
        "Retorno sobre sua candidatura",
        "Olá Ana,\n\nApós analisarmos sua candidatura, infelizmente não poderemos dar um retorno "
        "positivo desta vez. As competências exigidas para a vaga não correspondem totalmente à "
        "sua experiência.\n\nAgradecemos seu interesse em nossa empresa.\n\nAbraços,\nLuzitek "
        "Talentos",
    ),
    # --- (b) paused, cancelled, frozen ---
    (
        "on_hold",
        False,
        "A sua candidatura – Analista de Dados",
        "Olá Ana,\n\nEscrevemos para informar que, devido a uma reorganização interna, o "
        "processo de recrutamento para esta função ficou suspenso até nova indicação.\n\n"
        "Entraremos em contacto assim que for retomado.\n\nCumprimentos,\nEquipa de "
        "Recrutamento",
    ),
    (
        "on_hold",
        False,
        "Novidades sobre o processo",
        "Olá Ana,\n\nGostaríamos de avisar que o processo seletivo para a vaga de Contadora está "
        "temporariamente pausado, pois o orçamento ainda não foi aprovado.\n\nSua candidatura "
        "continua ativa e voltaremos a falar assim que tivermos novidades.\n\nAbraços,\n"
        "Recursos Humanos",
    ),
    (
        "on_hold",
        False,
        "A sua candidatura",
        "Cara Ana,\n\nInformamos que a vaga de Engenheira de Qualidade foi congelada por decisão "
        "da administração, pelo que o processo fica adiado para uma data posterior.\n\n"
        "Agradecemos a sua paciência e compreensão.\n\nDepartamento de RH",
    ),
    (
        "on_hold",
        False,
        "Atualização da sua candidatura",
        "Olá Ana,\n\nDecidimos suspender temporariamente a contratação para a vaga de "
        "Desenvolvedora Frontend. Vamos manter sua candidatura em espera e entraremos em "
        "contato caso a vaga seja reaberta.\n\nObrigado pela compreensão,\nTalent Acquisition",
    ),
    # --- (c) withdrawal confirmed ---
    (
        "withdrawn",
        False,
        "Confirmação de desistência da candidatura",
        "Olá Ana,\n\nConfirmamos que a sua candidatura para a função de Analista de Dados foi "
        "retirada, conforme solicitado.\n\nObrigado pelo seu interesse na Luzitek.\n\n"
        "Cumprimentos,\nEquipa de Recrutamento",
    ),
    (
        "withdrawn",
        False,
        "Sua candidatura",
        "Olá,\n\nVocê retirou sua candidatura da vaga «Técnico de Suporte». Ela não será mais "
        "avaliada pelos recrutadores.\n\nVocê pode se candidatar a outras vagas pela sua área "
        "do candidato.\n\nEsta é uma mensagem automática, por favor não responda.",
    ),
    (
        "withdrawn",
        False,
        "Re: Desistência do processo",
        "Olá Ana,\n\nRecebemos a sua mensagem e tomamos nota da sua decisão de desistir do "
        "processo de recrutamento. Cancelámos a entrevista prevista para sexta-feira.\n\n"
        "Desejamos-lhe muito sucesso na nova função.\n\nCumprimentos,\nRecursos Humanos",
    ),
    (
        "withdrawn",
        False,
        "Desistência registada",
        "Olá Ana,\n\nO seu pedido foi tratado: a sua candidatura à função de Administrativa foi "
        "encerrada a seu pedido.\n\nCumprimentos,\nEquipa de Talento",
    ),
    (
        "withdrawn",
        False,
        "Re: Minha candidatura",
        "Olá Ana,\n\nObrigada por nos informar que não deseja mais continuar no processo "
        "seletivo. Registramos sua decisão e encerramos sua candidatura.\n\nBoa sorte,\n"
        "Equipe de RH",
    ),
    # --- (d) offers and contracts ---
    (
        "offer",
        False,
        "Proposta de emprego – Luzitek",
        "Olá Ana,\n\nApós as entrevistas, temos o prazer de lhe oferecer a função de Analista de "
        "Dados, com contrato sem termo e uma remuneração bruta anual de 32.000 €. Segue em anexo "
        "a proposta detalhada.\n\nAgradecemos a sua resposta até 15 de março.\n\n"
        "Cumprimentos,\nDepartamento de Recursos Humanos",
    ),
    (
        "offer",
        False,
        "Seu contrato",
        "Olá Ana,\n\nSegue em anexo o seu contrato de trabalho para a vaga de Analista de "
        "Marketing. Por favor, nos devolva assinado até 20 de março.\n\nEstamos ansiosos para "
        "recebê-la.\n\nAbraços,\nRH",
    ),
    (
        "offer",
        False,
        "Carta proposta",
        "Prezada Ana,\n\nTemos a satisfação de confirmar nossa proposta para a vaga de "
        "Coordenadora de Armazém. Em anexo você encontra a carta proposta com o detalhamento da "
        "remuneração.\n\nA proposta é válida até 10 de abril.\n\nTime de Talent Acquisition",
    ),
    (
        "offer",
        False,
        "Proposta de admissão",
        "Olá Ana,\n\nÉ um prazer enviar a nossa proposta de admissão para a posição de Project "
        "Manager, com início a 2 de maio. Aguardamos a sua confirmação.\n\nUm abraço,\nPeople "
        "Team",
    ),
    (
        "accepted",
        False,
        "Bem-vinda à Luzitek",
        "Olá Ana,\n\nRecebemos o seu contrato assinado, muito obrigado! Estamos muito contentes "
        "por se juntar a nós a 2 de abril.\n\nNos próximos dias receberá a agenda do seu "
        "primeiro dia.\n\nEquipa de RH",
    ),
    (
        "accepted",
        False,
        "Re: Proposta de emprego",
        "Olá Ana,\n\nTomamos nota da sua aceitação da nossa proposta para a função de Analista "
        "de Dados e ficamos muito felizes. Enviaremos o contrato nos próximos dias.\n\n"
        "Bem-vinda à equipa!\n\nRecursos Humanos",
    ),
    (
        "declined",
        False,
        "Re: Proposta de emprego",
        "Olá Ana,\n\nRecebemos a sua resposta e tomamos nota da sua decisão de recusar a nossa "
        "proposta. Lamentamos, mas respeitamos a sua decisão.\n\nDesejamos-lhe muito sucesso.\n\n"
        "Cumprimentos,\nEquipa de Recrutamento",
    ),
    (
        "declined",
        False,
        "Re: Proposta – Coordenadora de Armazém",
        "Olá Ana,\n\nObrigado por nos comunicar sua decisão. Sentimos muito que você não possa "
        "aceitar nossa proposta, mas entendemos seus motivos.\n\nEsperamos nos reencontrar no "
        "futuro,\nRH",
    ),
    # --- (e) assessment vs interview ---
    (
        "assessment",
        False,
        "Próximo passo: teste online",
        "Olá Ana,\n\nApós analisar a sua candidatura, gostaríamos de a convidar a realizar um "
        "teste de aptidões online. O teste dura cerca de 45 minutos e deve ser concluído no "
        "prazo de 5 dias através do link abaixo.\n\nBoa sorte!\n\nEquipa de Recrutamento",
    ),
    (
        "assessment",
        False,
        "Sua candidatura – estudo de caso",
        "Olá Ana,\n\nQueremos seguir com você no processo. Segue em anexo um estudo de caso que "
        "deverá nos enviar até 12 de março; vamos discuti-lo na próxima entrevista.\n\n"
        "Abraços,\nTalent Acquisition",
    ),
    (
        "assessment",
        False,
        "Desafio técnico",
        "Olá Ana,\n\nConforme combinado, envio o desafio técnico para fazer em casa. Você tem uma "
        "semana para subir o seu código no repositório indicado.\n\nBoa sorte!\nTime Tech",
    ),
    (
        "assessment",
        False,
        "Convite: questionário de personalidade",
        "Cara Ana,\n\nNo âmbito da sua candidatura, convidamo-la a preencher um questionário de "
        "personalidade e testes de raciocínio online.\n\nAtenciosamente,\nRecursos Humanos",
    ),
    (
        "interview",
        False,
        "Convite para entrevista",
        "Olá Ana,\n\nA sua candidatura despertou o nosso interesse e gostaríamos de a conhecer "
        "numa entrevista nos nossos escritórios de Lisboa na terça-feira, 12 de março, às 10h."
        "\n\nPor favor, confirme a sua presença.\n\nCumprimentos,\nEquipa de Recrutamento",
    ),
    (
        "interview",
        False,
        "Sua candidatura – entrevista por vídeo",
        "Olá Ana,\n\nTemos o prazer de convidá-la para uma entrevista por vídeo com a nossa "
        "gestora de equipe. Escolha o melhor horário no link abaixo.\n\nAté breve,\nTalent "
        "Acquisition Luzitek",
    ),
    (
        "interview",
        False,
        "Visita às nossas instalações",
        "Olá Ana,\n\nApós a vossa primeira conversa, propomos que venha conhecer a nossa fábrica "
        "e a equipa na quinta-feira, 14 de março, às 10h. O dia terminará com uma entrevista "
        "com a diretora fabril.\n\nCumprimentos,\nRH",
    ),
    (
        "interview",
        False,
        "Próxima etapa",
        "Olá Ana,\n\nTemos o prazer de informar que você avançou para a próxima etapa: uma "
        "conversa de 30 minutos com a nossa recrutadora. Qual a sua disponibilidade esta "
        "semana?\n\nAbraços,\nEquipe de RH",
    ),
]

# A second set of HR mail in the families with the fewest notes above
HR_MAIL_MORE: list[tuple[str, bool, str, str]] = [
    (
        "on_hold",
        False,
        "A sua candidatura – Analista de Risco",
        "Olá Ana,\n\nQueremos mantê-la informada: o processo de recrutamento para a função de "
        "Analista de Risco está temporariamente parado, a aguardar aprovação do orçamento. "
        "Mantemos a sua candidatura e retomaremos o processo logo que possível.\n\n"
        "Cumprimentos,\nEquipa de Recrutamento",
    ),
    (
        "on_hold",
        False,
        "Status do processo",
        "Olá Ana,\n\nDecidimos adiar a contratação da vaga de Product Owner até o final do "
        "trimestre. Voltaremos a entrar em contato em abril.\n\nObrigado pela paciência,\nRH",
    ),
    (
        "rejection",
        False,
        "A sua candidatura",
        "Olá Ana,\n\nObrigado pelo seu interesse na Luzitek. Informamos que a posição de Jurista "
        "foi cancelada na sequência de uma reorganização, pelo que encerrámos o processo e não "
        "daremos seguimento às candidaturas recebidas.\n\nCumprimentos,\nEquipa de RH",
    ),
    (
        "rejection",
        False,
        "Sua candidatura na Luzitek",
        "Olá Ana,\n\nObrigado pelo tempo dedicado ao processo. Ficamos impressionados com a sua "
        "trajetória, mas selecionamos um perfil mais alinhado às necessidades atuais do time."
        "\n\nDesejamos tudo de bom,\nTalent Acquisition",
    ),
    (
        "withdrawn",
        False,
        "Sua candidatura foi retirada",
        "Olá Ana,\n\nConforme sua solicitação, retiramos sua candidatura para a vaga de Product "
        "Owner. Você não receberá mais comunicações sobre este processo.\n\nTime de "
        "Recrutamento Luzitek",
    ),
    (
        "withdrawn",
        False,
        "Re: Desistência",
        "Olá Ana,\n\nTomamos nota do seu desejo de sair do processo de recrutamento e "
        "agradecemos por nos ter avisado.\n\nBoa sorte,\nRH",
    ),
    (
        "assessment",
        False,
        "Avaliação online – Luzitek",
        "Olá Ana,\n\nPara continuar com a sua candidatura, conclua a avaliação online (testes de "
        "lógica e de inglês) até 18 de março. Vai precisar de cerca de uma hora.\n\n"
        "Cumprimentos,\nEquipa de Recrutamento",
    ),
    (
        "interview",
        False,
        "Convocatória para entrevista",
        "Cara Ana,\n\nTemos o prazer de a convocar para uma entrevista presencial na segunda-"
        "feira, 18 de março, às 9h30, na Avenida da Liberdade 120, Lisboa. Traga o seu cartão "
        "de cidadão.\n\nCumprimentos,\nDepartamento de Recursos Humanos",
    ),
]

# Written after the first round of fixes, as a check that they are general
SECOND_BATCH: list[tuple[str, bool, str, str]] = [
    (
        "rejection",
        False,
        "Sua candidatura – Analista de Folha",
        "Olá Ana,\n\nObrigado pela sua candidatura. Informamos que a vaga de Analista de Folha "
        "já não se encontra disponível, pois foi preenchida internamente.\n\nBoa sorte na sua "
        "busca.\n\nRH",
    ),
    (
        "rejection",
        False,
        "A sua candidatura",
        "Olá Ana,\n\nObrigado pelo seu interesse na Luzitek. Após várias semanas, encerrámos o "
        "processo de recrutamento com uma candidata cujo perfil se ajusta melhor à função.\n\n"
        "Manteremos o seu CV na nossa bolsa de talentos.\n\nTalent Acquisition",
    ),
    (
        "on_hold",
        False,
        "Informação sobre o processo",
        "Olá Ana,\n\nDevido ao contexto económico, o recrutamento para a função de Responsável "
        "de Compras foi adiado para o próximo ano. Voltaremos a contactá-la quando houver "
        "novidades.\n\nCumprimentos,\nRH",
    ),
    (
        "withdrawn",
        True,
        "Minha candidatura",
        "Bom dia, venho informar que me retiro do processo de recrutamento, pois a minha "
        "situação mudou. Obrigada pela consideração. Ana Silva",
    ),
    (
        "withdrawn",
        False,
        "Re: Desistência",
        "Olá Ana,\n\nEntendido, respeitamos a sua decisão de sair do processo e agradecemos a "
        "transparência.\n\nCumprimentos,\nRH",
    ),
    (
        "accepted",
        True,
        "Re: Proposta",
        "Olá Ana, obrigada pela resposta rápida, registámos a sua aceitação e vamos preparar o "
        "contrato. Rita",
    ),
    (
        "declined",
        False,
        "Re: Sua proposta de emprego",
        "Olá Ana,\n\nLamentamos que não possa aceitar a nossa proposta de emprego, mas "
        "entendemos a sua decisão.\n\nBoa sorte,\nRH",
    ),
    (
        "interview",
        False,
        "Convocatória",
        "Cara Ana,\n\nGostaríamos de a convidar para uma entrevista com a diretora financeira "
        "na quarta-feira, 20 de março, às 12h, nos nossos escritórios.\n\nCumprimentos,\n"
        "Recursos Humanos",
    ),
    (
        "assessment",
        False,
        "Próxima etapa da sua candidatura",
        "Olá Ana,\n\nConvidamos você a realizar os testes de raciocínio numérico e verbal. "
        "Você receberá um link do nosso parceiro de avaliação.\n\nTime de Recrutamento",
    ),
    (
        "rejection",
        False,
        "Sua candidatura",
        "Olá Ana,\n\nInformamos que o processo seletivo para a vaga de Analista de Projetos foi "
        "cancelado. Agradecemos a sua candidatura.\n\nRH",
    ),
]

# Short notes from a person at the employer (hiring manager, recruiter)
PERSON_NOTES: list[tuple[str, bool, str, str]] = [
    (
        "rejection",
        True,
        "Um breve retorno",
        "Olá Ana, obrigado de novo pelo seu tempo. No fim decidimos seguir com outro perfil. "
        "Gostei muito da nossa conversa. Rita",
    ),
    (
        "rejection",
        True,
        "Re: novidades",
        "Olá Ana, lamento imenso, a direção cancelou a posição e já não vamos contratar para "
        "essa equipa. Guardo o seu CV. Rita",
    ),
    (
        "rejection",
        False,
        "Sua entrevista",
        "Oi Ana, queria te falar diretamente: não vamos seguir adiante com a sua candidatura, o "
        "time buscava alguém mais sênior. Boa sorte! Rita",
    ),
    (
        "on_hold",
        True,
        "Re: novidades?",
        "Olá Ana, desculpe o silêncio. Está tudo parado do nosso lado: a posição está congelada "
        "até o próximo orçamento. Escrevo assim que algo mudar. Rita",
    ),
    (
        "on_hold",
        True,
        "Re: acompanhamento",
        "Oi Ana, vamos pausar a contratação por algumas semanas enquanto reorganizamos o time. "
        "Te mantenho informada. Rita",
    ),
    (
        "withdrawn",
        True,
        "Re: minha desistência",
        "Olá Ana, entendido, retirei a sua candidatura do processo. Obrigada por avisar e boa "
        "sorte! Rita",
    ),
    (
        "offer",
        True,
        "Boas notícias",
        "Olá Ana, fico muito feliz em dizer que queremos fazer-lhe uma proposta! Amanhã o RH "
        "envia a proposta por escrito. Rita",
    ),
    (
        "accepted",
        True,
        "Re: minha resposta",
        "Ana, que notícia boa, obrigada por dizer sim! Estamos todos felizes que você vai se "
        "juntar a nós. Vou preparar o contrato. Rita",
    ),
    (
        "declined",
        True,
        "Re: minha decisão",
        "Olá Ana, é uma pena, mas respeito a sua decisão de recusar a nossa proposta. A porta "
        "continua aberta. Rita",
    ),
    (
        "assessment",
        True,
        "Um pequeno exercício",
        "Olá Ana, antes da próxima conversa envio um pequeno case para preparar em casa (no "
        "máximo 2 horas). Me mande quando puder esta semana. Rita",
    ),
    (
        "interview",
        True,
        "Re: conversa",
        "Oi Ana, quinta às 11h funciona para uma videochamada com o Pedro, nosso CTO? Rita",
    ),
]

# Notes the candidate writes to the employer
CANDIDATE_NOTES: list[tuple[str, bool, str, str]] = [
    (
        "withdrawn",
        True,
        "Desistência da candidatura",
        "Olá Rita, obrigada por tudo. No entanto, gostaria de retirar a minha candidatura, pois "
        "aceitei outra proposta. Cumprimentos, Ana Silva",
    ),
    (
        "withdrawn",
        True,
        "Entrevista de 12 de março",
        "Bom dia, escrevo para informar que desisto do processo seletivo. Agradeço o interesse "
        "demonstrado na minha candidatura. Ana Silva",
    ),
    (
        "accepted",
        True,
        "Re: Proposta de emprego",
        "Olá Rita, fico feliz em confirmar que aceito a vossa proposta. Envio o contrato "
        "assinado amanhã. Ana",
    ),
    (
        "declined",
        True,
        "Re: Proposta de emprego",
        "Olá Rita, muito obrigada pela proposta. Depois de pensar bem, decidi não aceitá-la. "
        "Agradeço muito a confiança. Ana Silva",
    ),
]

# Job mail with the same words that must stay what it is: (subject, body, category, status,
# read in the process)
SAME_WORDS: list[tuple[str, str, Category, ApplicationStatus | None, bool]] = [
    (
        "Recebemos a sua candidatura",
        "Olá Ana,\n\nRecebemos a sua candidatura para a função de Analista de Dados. Devido ao "
        "elevado número de candidaturas, infelizmente não conseguimos responder a todas "
        "individualmente. Se o seu perfil for selecionado, entraremos em contacto nas próximas "
        "três semanas.\n\nEquipa de Recrutamento",
        Category.CONFIRMATION,
        None,
        False,
    ),
    (
        "Sua candidatura foi enviada",
        "Olá Ana,\n\nSua candidatura para a vaga de Analista de Marketing foi registrada com "
        "sucesso. Caso não receba retorno em 4 semanas, considere que seu perfil não foi "
        "selecionado nesta oportunidade.\n\nTime de Talentos",
        Category.CONFIRMATION,
        None,
        False,
    ),
]

# (sender, subject, body, sent to a mailing list)
LOOKALIKES: list[tuple[str, str, str, bool]] = [
    (
        "noreply@luzitek.pt",
        "Recebemos o seu pedido",
        "Olá Ana, recebemos a sua mensagem. Infelizmente não conseguimos responder "
        "individualmente a todos os pedidos de apoio ao cliente. Cumprimentos, Luzitek",
        False,
    ),
    (
        "credito@millenniumbcp.pt",
        "A sua proposta de crédito",
        "Cara Ana, segue em anexo a proposta de crédito à habitação. Por favor, devolva-a "
        "assinada após o período de reflexão. A sua gestora",
        False,
    ),
    (
        "arrendamento@idealista.pt",
        "O seu pedido de arrendamento",
        "Olá, lamentamos informar que o senhorio escolheu outro inquilino para o apartamento "
        "da Rua Augusta. Guardamos o seu pedido para próximos anúncios.",
        False,
    ),
    (
        "candidaturas@ulisboa.pt",
        "A sua candidatura ao mestrado",
        "Cara Ana, lamentamos informar que a sua candidatura ao Mestrado em Sociologia não foi "
        "aceite pela comissão científica. Serviços Académicos",
        False,
    ),
    (
        "marcacoes@cuf.pt",
        "Confirmação de consulta",
        "Olá Ana, a sua consulta com a Dra. Sousa está confirmada para terça-feira, 12 de março, "
        "às 10h. Se não puder comparecer, cancele na app.",
        False,
    ),
    (
        "podcast@observador.pt",
        "A entrevista da semana",
        "Esta semana entrevistamos a diretora de RH da Luzitek sobre as novas formas de "
        "recrutamento e a entrevista por vídeo. Ouça já!",
        True,
    ),
    (
        "newsletter@vagas.com.br",
        "Newsletter RH: como recusar um candidato com empatia",
        "Nesta edição: como escrever uma recusa gentil, congelar uma contratação sem perder "
        "talentos e as tendências das vagas de emprego em 2025.",
        True,
    ),
    (
        "pedro.santos@gmail.com",
        "Novidades",
        "Olá Ana, grande notícia: assinei o contrato com a Sonae e começo em abril! E as tuas "
        "candidaturas, como vão? Abraço, Pedro",
        False,
    ),
    (
        "formacao@uab.pt",
        "Avaliação do módulo",
        "Olá, a avaliação online do módulo Gestão de Projetos está aberta até 20 de março. O "
        "teste dura 45 minutos. Bom trabalho, a equipa docente",
        False,
    ),
    (
        "socios@fitnesshut.pt",
        "A sua assinatura está suspensa",
        "Olá Ana, conforme pediu, a sua assinatura fica suspensa até 1 de maio. Pode reativá-la "
        "quando quiser na app.",
        False,
    ),
    (
        "visitas@imovirtual.com",
        "Visita ao apartamento",
        "Olá, confirmamos a visita ao apartamento da Rua Augusta na quinta-feira, 14 de março, "
        "às 10h. Traga a documentação completa.",
        False,
    ),
    (
        "pedidos@fnac.pt",
        "A sua encomenda está suspensa",
        "Olá Ana, a sua encomenda 12345 foi temporariamente suspensa por um problema no "
        "pagamento. Atualize o seu cartão para continuar.",
        False,
    ),
    (
        "bilheteira@coliseu.pt",
        "Espetáculo cancelado",
        "Olá, o espetáculo de 12 de março foi cancelado. O valor do bilhete será devolvido em "
        "10 dias. Bilheteira",
        False,
    ),
]


test_hr_mail_is_read_for_its_stage = family_test(
    [*HR_MAIL, *HR_MAIL_MORE],
    writer=("recrutamento@luzitek.pt", "Recrutamento Luzitek"),
    employer="Luzitek",
)
test_person_note_is_read_for_its_stage = family_test(
    PERSON_NOTES, writer=("rita.costa@luzitek.pt", "Rita Costa"), employer="Luzitek"
)
test_candidate_note_is_read_for_its_stage = family_test(
    CANDIDATE_NOTES, writer=("ana.silva@gmail.com", "Ana Silva"), employer="Luzitek"
)
test_second_batch_is_read_for_its_stage = family_test(
    SECOND_BATCH, writer=("recrutamento@luzitek.pt", "Recrutamento Luzitek"), employer="Luzitek"
)
test_job_mail_with_the_same_words_stays_what_it_is = stage_test(
    SAME_WORDS, writer=("recrutamento@luzitek.pt", "Recrutamento Luzitek"), employer="Luzitek"
)
test_look_alike_stays_not_job_mail = lookalike_test(LOOKALIKES)

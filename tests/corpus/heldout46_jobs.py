# ruff: noqa: E501
"""Corpus 46, job mail in European Portuguese (see heldout46.py). Invented people and employers."""

ME_ADDR = "ines.cmendes.eng@gmail.com"


def m(key, date, frm, subject, t, text=None, html=None, **kw):
    day, clock, tz = date.split()
    if clock.count(":") == 1:
        clock += ":00"
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec = {
        "id": f"<{key}@{dom}>",
        "date": f"{day} {clock} {tz}",
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def reply(key, dom):
    return {"In-Reply-To": f"<{key}@{dom}>", "References": f"<{key}@{dom}>"}


CAST = "Castanheira"
DO = "Diretora de Obra – Edifícios"
PLAN = "Engenheira de Planeamento"
GOP = "GOP – Gestão de Obras do Porto"
TS = "Técnico Superior – Engenharia Civil"
CEGA = "CEGA"
GPI = "Gestora de Projeto – Infraestruturas"
IFA = "IFA – Infraestruturas Ferroviárias do Atlântico"
IFR = "Engenheira de Via – Manutenção"
KIA = "Kianda Construções"
KR = "Gestora de Obra"
SP = "Soares & Pinho"
SPR = "Diretora de Produção"

MAIL = [
    # --- 1 Castanheira (Grupo Castanheira Construções, S.A.), SuccessFactors -------------
    m(
        "cand.88412.0915",
        "2025-09-15 11:02 +0100",
        "Grupo Castanheira – Recrutamento <noreply@successfactors.eu>",
        "Candidatura recebida – Diretor(a) de Obra – Edifícios (Req. 4471)",
        ("confirmation", CAST, DO, 1, "other", "pt"),
        "Cara Inês Carvalho Mendes,\n\nConfirmamos a receção da sua candidatura à vaga "
        "Diretor(a) de Obra – Edifícios (Req. 4471), Porto.\n\nA nossa equipa de Recursos Humanos "
        "irá analisar o seu perfil. Caso o mesmo corresponda aos requisitos da função, entraremos "
        "em contacto consigo para as próximas etapas do processo de recrutamento.\n\nPode "
        "acompanhar o estado da candidatura na área de candidato em "
        "https://career5.successfactors.eu/career?company=grupocastan\n\nCom os melhores "
        "cumprimentos,\nDireção de Pessoas e Talento\nGrupo Castanheira Construções, S.A.\n\n"
        "Esta mensagem foi gerada automaticamente. Por favor não responda.",
    ),
    m(
        "CAF7e1b0.22aa",
        "2025-09-29 16:40 +0100",
        "Sónia Ferraz <sonia.ferraz@grupocastanheira.pt>",
        "Entrevista – Diretor(a) de Obra | Castanheira",
        ("interview", CAST, DO, 1, "direct", "pt"),
        "Boa tarde Inês,\n\nNa sequência da sua candidatura para Diretor(a) de Obra, gostaríamos de "
        "a convidar para uma entrevista presencial nas nossas instalações de Matosinhos (Rua do "
        "Godinho, 212), com o Eng. Rui Tavares, Diretor de Produção Norte.\n\nTemos disponibilidade "
        "na próxima quarta-feira, dia 8, às 10h00 ou às 15h00. Qual lhe dá mais jeito?\n\n"
        "Cumprimentos,\nSónia Ferraz\nTalent Acquisition | Direção de Pessoas\nCastanheira\n"
        "T. +351 229 381 400",
    ),
    m(
        "CAF7e1b0.22ab",
        "2025-09-30 09:12 +0100",
        "Sónia Ferraz <sonia.ferraz@grupocastanheira.pt>",
        "RE: Entrevista – Diretor(a) de Obra | Castanheira",
        ("interview", CAST, DO, 1, "direct", "pt"),
        "Bom dia Inês,\n\nFica então marcado para dia 8 às 10h00. Peça na receção pela Sónia.\n\n"
        "Até lá,\nSónia\n\n-----Mensagem Original-----\nDe: Inês Carvalho Mendes <"
        + ME_ADDR
        + ">\n"
        "Enviada: 29 de setembro de 2025 18:05\nAssunto: Re: Entrevista – Diretor(a) de Obra | "
        "Castanheira\n\nBoa tarde Sónia,\nObrigada pelo contacto. Prefiro quarta às 10h00, se "
        "possível.\nCumprimentos,\nInês",
        **reply("CAF7e1b0.22aa", "grupocastanheira.pt"),
    ),
    m(
        "CAF7e1b0.31f0",
        "2025-10-21 17:55 +0100",
        "Sónia Ferraz <sonia.ferraz@grupocastanheira.pt>",
        "Processo Diretor(a) de Obra – ponto de situação",
        ("rejection", CAST, DO, 1, "direct", "pt"),
        "Olá Inês,\n\nAntes de mais, obrigada pelo tempo que dedicou ao nosso processo. O Eng. Rui "
        "Tavares ficou muito bem impressionado com a sua experiência em reabilitação e com a forma "
        "como apresentou a obra da Boavista — foi, sinceramente, uma das melhores conversas que "
        "tivemos.\n\nAinda assim, e após uma decisão difícil, optámos por avançar com um candidato "
        "com mais anos de experiência em direção de obras hospitalares, que é o foco deste "
        "projeto.\n\nGostaríamos de manter o seu currículo na nossa base para futuras "
        "oportunidades, se concordar.\n\nCom os melhores cumprimentos,\nSónia Ferraz\n"
        "Castanheira | Grupo Castanheira Construções, S.A.",
    ),
    # --- 2 Castanheira, second role --------------------------------------------------------
    m(
        "cand.88977.1002",
        "2025-10-02 08:47 +0100",
        "Grupo Castanheira – Recrutamento <noreply@successfactors.eu>",
        "Candidatura recebida – Engenheiro(a) de Planeamento (Req. 4502)",
        ("confirmation", CAST, PLAN, 2, "other", "pt"),
        html="<html><body style='font-family:Arial'><img alt='Grupo Castanheira' "
        "src='https://rmkcdn.successfactors.com/castan/logo.png'><p>Olá Inês,</p><p>Obrigado pelo "
        "interesse em juntar-se ao Grupo Castanheira. Recebemos a sua candidatura para "
        "<b>Engenheiro(a) de Planeamento</b> (Lisboa).</p><p>Lamentamos não conseguir responder "
        "individualmente a todas as candidaturas; se o seu perfil for selecionado para a fase "
        "seguinte será contactada no prazo de 4 semanas.</p><p>Direção de Pessoas e Talento</p>"
        "</body></html>",
    ),
    m(
        "cand.88977.1104",
        "2025-11-04 10:20 +0000",
        "Grupo Castanheira – Recrutamento <noreply@successfactors.eu>",
        "Atualização sobre a sua candidatura – Req. 4502",
        ("rejection", CAST, PLAN, 2, "other", "pt"),
        "Cara Inês,\n\nAgradecemos a sua candidatura à função de Engenheiro(a) de Planeamento.\n\n"
        "Após análise cuidada de todos os perfis recebidos, informamos que a sua candidatura não "
        "seguirá para a próxima fase deste processo.\n\nDesejamos-lhe as maiores felicidades "
        "profissionais.\n\nDireção de Pessoas e Talento\nGrupo Castanheira Construções, S.A.",
    ),
    # --- 3 GOP, E.M. – procedimento concursal -----------------------------------------------
    m(
        "pc14-2025.adm.0912",
        "2025-09-12 15:30 +0100",
        "GOP, E.M. – Recursos Humanos <recrutamento@gop-porto.pt>",
        "Procedimento concursal n.º 14/2025 – lista de candidatos admitidos e excluídos",
        ("confirmation", GOP, TS, 3, "direct", "pt"),
        "Exma. Senhora\nInês Carvalho Mendes\n\nNos termos da Portaria em vigor, notifica-se V. Exa. "
        "de que se encontra publicitada na página eletrónica da GOP – Gestão de Obras do Porto, "
        "E.M., a lista de candidatos admitidos e excluídos do procedimento concursal comum para "
        "constituição de vínculo de emprego em regime de contrato de trabalho sem termo para 2 "
        "postos de trabalho de Técnico Superior (Engenharia Civil).\n\nV. Exa. consta da lista de "
        "candidatos ADMITIDOS.\n\nOportunamente será convocada para a realização do primeiro "
        "método de seleção.\n\nCom os melhores cumprimentos,\nO Presidente do Júri\n"
        "Eng.º Fernando Lobo",
    ),
    m(
        "pc14-2025.pc.1003",
        "2025-10-03 12:10 +0100",
        "GOP, E.M. – Recursos Humanos <recrutamento@gop-porto.pt>",
        "PC 14/2025 – Convocatória para prova de conhecimentos",
        ("assessment", GOP, TS, 3, "direct", "pt"),
        "Exma. Senhora,\n\nFica V. Exa. convocada para a Prova de Conhecimentos (escrita, de "
        "natureza teórica, com consulta), a realizar no dia 17 de outubro de 2025, às 9h30, no "
        "Auditório do Edifício Municipal da Rua Gonçalo Cristóvão, Porto.\n\nDeverá fazer-se "
        "acompanhar de documento de identificação válido. A prova tem a duração de 90 minutos.\n\n"
        "Legislação e bibliografia recomendadas encontram-se no aviso de abertura.\n\nO Júri",
    ),
    m(
        "pc14-2025.eps.1112",
        "2025-11-12 14:00 +0000",
        "GOP, E.M. – Recursos Humanos <recrutamento@gop-porto.pt>",
        "PC 14/2025 – Convocatória para Entrevista Profissional de Seleção",
        ("interview", GOP, TS, 3, "direct", "pt"),
        "Exma. Senhora,\n\nInforma-se que foi aprovada no método Prova de Conhecimentos com a "
        "classificação de 15,250 valores, pelo que é convocada para a Entrevista Profissional de "
        "Seleção, no dia 25 de novembro, às 11h15, na sala 2.04 do mesmo edifício.\n\nO Júri",
    ),
    m(
        "pc14-2025.lof.0116",
        "2026-01-16 09:45 +0000",
        "GOP, E.M. – Recursos Humanos <recrutamento@gop-porto.pt>",
        "PC 14/2025 – Audiência dos interessados – projeto de lista unitária de ordenação final",
        ("rejection", GOP, TS, 3, "direct", "pt"),
        "Exma. Senhora,\n\nNotifica-se V. Exa. do projeto de lista unitária de ordenação final do "
        "procedimento concursal n.º 14/2025, em anexo, para efeitos de audiência dos interessados, "
        "dispondo de 10 dias úteis para se pronunciar.\n\nV. Exa. ficou posicionada em 4.º lugar, "
        "com a classificação final de 14,61 valores. Sendo 2 os postos de trabalho a ocupar, não "
        "foi selecionada para provimento; a lista mantém-se válida por 18 meses para eventual "
        "reserva de recrutamento.\n\nO Presidente do Júri",
        attach=[
            (
                "lista_ordenacao_final_PC14.txt",
                "text/plain",
                "1.º Ana R. Silva 16,02\n2.º João P. Costa 15,40\n3.º Marta L. Gomes 14,88\n"
                "4.º Inês Carvalho Mendes 14,61\n",
            )
        ],
    ),
    # --- 4 CEGA (CEGA – Consultores de Engenharia e Gestão, S.A.), Workable -> accepted ----
    m(
        "wk-apply-7731cega",
        "2025-10-06 13:21 +0100",
        "CEGA <noreply@candidates.workablemail.com>",
        "Obrigado pela sua candidatura à CEGA",
        ("confirmation", CEGA, GPI, 4, "workable", "pt"),
        "Olá Inês,\n\nObrigado por se candidatar à posição de Gestora/Gestor de Projeto – "
        "Infraestruturas na CEGA. A sua candidatura foi submetida com sucesso.\n\nVamos rever o "
        "seu currículo nos próximos dias. Se avançar, receberá notícias nossas por email.\n\n"
        "Obrigado,\nEquipa de Talento CEGA\n\n--\nPowered by Workable",
    ),
    m(
        "wk-msg-7731cega-2",
        "2025-10-14 18:02 +0100",
        "Marta Quintela <marta.quintela@cega-eng.pt>",
        "CEGA – Gestão de Projeto Infraestruturas: conversa inicial",
        ("interview", CEGA, GPI, 4, "direct", "pt"),
        "Olá Inês, boa tarde.\n\nSou a Marta, da equipa de talento da CEGA. Gostei muito do seu "
        "percurso e gostaria de marcar uma primeira conversa de 30 minutos por Teams. Pode ser "
        "quinta-feira às 9h30?\n\nObrigada,\nMarta Quintela\nCEGA – Consultores de Engenharia e "
        "Gestão, S.A.\nAv. da Boavista, 1837 – Porto",
    ),
    m(
        "wk-msg-7731cega-3",
        "2025-10-15 08:31 +0100",
        "Marta Quintela <marta.quintela@cega-eng.pt>",
        "RE: CEGA – Gestão de Projeto Infraestruturas: conversa inicial",
        ("interview", CEGA, GPI, 4, "direct", "pt"),
        "Perfeito, envio já o convite.\nMarta\n\nDe: Inês Carvalho Mendes\nEnviado: terça-feira, "
        "14 de outubro de 2025 21:14\n> Olá Marta, quinta às 9h30 é ótimo. Obrigada!",
        **reply("wk-msg-7731cega-2", "cega-eng.pt"),
    ),
    m(
        "040000008200E00074C5B7101A82E008cega1",
        "2025-10-15 08:35 +0100",
        "Marta Quintela <marta.quintela@cega-eng.pt>",
        "Conversa inicial – Inês Carvalho Mendes | CEGA",
        ("interview", CEGA, GPI, 4, "direct", "pt"),
        "________________________________________________________________________________\n"
        "Reunião do Microsoft Teams\nParticipe no seu computador, na aplicação móvel ou no "
        "dispositivo da sala\nClique aqui para participar na reunião\nID da Reunião: 371 992 104 "
        "558\nCódigo de acesso: 7sQ2xP\n________________________________________________________"
        "________________________",
        ics={
            "style": "outlook",
            "start": "2025-10-16 09:30:00 +0100",
            "minutes": 30,
            "organizer": ("Marta Quintela", "marta.quintela@cega-eng.pt"),
            "uid": "040000008200E00074C5B7101A82E008cega1",
            "summary": "Conversa inicial – Inês Carvalho Mendes | CEGA",
            "location": "Reunião do Microsoft Teams",
        },
    ),
    m(
        "wk-msg-7731cega-4",
        "2025-10-22 12:48 +0100",
        "Marta Quintela <marta.quintela@cega-eng.pt>",
        "Segunda fase – entrevista com o Eng. Paulo Neiva",
        ("interview", CEGA, GPI, 4, "direct", "pt"),
        "Olá Inês,\n\nBoas notícias: gostaríamos de avançar consigo para uma entrevista presencial "
        "com o Eng. Paulo Neiva (Diretor da Unidade de Infraestruturas) e comigo, no escritório da "
        "Boavista. Sugerimos 29/10 às 14h30. Duração prevista de 1h15; vamos pedir-lhe que nos "
        "fale de um projeto em que tenha gerido subempreiteiros e desvios de prazo.\n\n"
        "Até breve,\nMarta",
    ),
    m(
        "wk-msg-7731cega-5",
        "2025-11-10 19:05 +0000",
        "Paulo Neiva <paulo.neiva@cega-eng.pt>",
        "Proposta – Gestora de Projeto | CEGA",
        ("offer", CEGA, GPI, 4, "direct", "pt"),
        "Cara Inês,\n\nÉ com muito gosto que, em nome da CEGA, lhe apresento a nossa proposta para "
        "a função de Gestora de Projeto – Infraestruturas, na Unidade de Infraestruturas, Porto:\n\n"
        "- Contrato sem termo, início a 5 de janeiro de 2026\n- Remuneração base de 2.650 € "
        "brutos x 14 meses\n- Subsídio de refeição em cartão, seguro de saúde, viatura de serviço\n"
        "- Regime híbrido (2 dias/semana remotos fora de fases de obra)\n\nSegue em anexo a "
        "proposta formal. Agradecia uma resposta até dia 17.\n\nUm abraço e bem-vinda, espero,\n"
        "Paulo Neiva\nDiretor da Unidade de Infraestruturas\nCEGA – Consultores de Engenharia e "
        "Gestão, S.A.",
        attach=[("Proposta_ICMendes_CEGA.txt", "text/plain", "Proposta de contrato – ver email.")],
    ),
    m(
        "wk-msg-7731cega-6",
        "2025-11-14 10:02 +0000",
        "Marta Quintela <marta.quintela@cega-eng.pt>",
        "RE: Proposta – Gestora de Projeto | CEGA",
        ("offer", CEGA, GPI, 4, "direct", "pt"),
        st="accepted",
        text="Olá Inês!\n\nQue boa notícia, obrigada pela resposta e pela proposta assinada. Fica "
        "então confirmado o início a 5 de janeiro. Nas próximas semanas envio-lhe a documentação "
        "de acolhimento.\n\nBeijinhos e até janeiro,\nMarta\n\n> Caro Paulo, cara Marta,\n> "
        "Aceito com gosto a proposta. Segue em anexo assinada.\n> Inês",
        **reply("wk-msg-7731cega-5", "cega-eng.pt"),
    ),
    m(
        "cega-onb-1217",
        "2025-12-17 11:30 +0000",
        "CEGA Pessoas <pessoas@cega-eng.pt>",
        "Bem-vinda à CEGA – preparação do primeiro dia",
        ("other_job", CEGA, GPI, None, "direct", "pt"),
        "Olá Inês,\n\nFalta pouco! Para prepararmos o seu primeiro dia (5 de janeiro, 9h00, Av. da "
        "Boavista), pedimos que preencha o formulário de dados pessoais e envie cópia do cartão de "
        "cidadão, NIB e declaração da Ordem dos Engenheiros.\n\nNo primeiro dia terá uma sessão de "
        "acolhimento com a equipa de Pessoas e almoço com a Unidade de Infraestruturas.\n\n"
        "Equipa de Pessoas CEGA",
    ),
    # --- 5 IFA, Workday -------------------------------------------------------------------
    m(
        "wd-ifa-R2025-0331-a",
        "2025-09-22 22:14 +0100",
        "IFA Recrutamento <ifa@myworkday.com>",
        "Confirmação de candidatura: Engenheiro(a) de Via – Manutenção (R2025-0331)",
        ("confirmation", IFA, IFR, 5, "workday", "pt"),
        "Olá Inês,\n\nObrigado pela sua candidatura à vaga Engenheiro(a) de Via – Manutenção "
        "(R2025-0331) na IFA – Infraestruturas Ferroviárias do Atlântico, S.A.\n\nPode consultar o "
        "estado da sua candidatura a qualquer momento em Candidaturas no seu perfil de candidato.\n\n"
        "Atenciosamente,\nRecrutamento IFA",
    ),
    m(
        "wd-ifa-R2025-0331-b",
        "2025-10-01 09:00 +0100",
        "IFA Recrutamento <ifa@myworkday.com>",
        "Próximo passo: questionário e prova online",
        ("assessment", IFA, IFR, 5, "workday", "pt"),
        "Olá Inês,\n\nNo âmbito da sua candidatura R2025-0331, convidamo-la a realizar uma prova "
        "online composta por um questionário de perfil comportamental e um teste de raciocínio "
        "numérico (cerca de 45 minutos). O prazo para conclusão é de 5 dias.\n\nAceda à tarefa em "
        "Caixa de Entrada do seu perfil de candidato no Workday.\n\nRecrutamento IFA",
    ),
    # --- 6 Kianda Construções (Luanda, escritório em Lisboa) -> declined -------------------
    m(
        "kianda.2025.11.03.rh",
        "2025-11-03 10:05 +0000",
        "Edvânia Mussungo <edvania.mussungo@kiandaconstrucoes.co.ao>",
        "Convite para entrevista – Gestora de Obra (Angola / Lisboa)",
        ("interview", KIA, KR, 6, "direct", "pt"),
        "Estimada Eng.ª Inês Mendes,\n\nRecebemos o seu currículo através da candidatura "
        "espontânea enviada para o nosso escritório de Lisboa. Gostaríamos de a convidar para uma "
        "entrevista presencial no escritório de representação, Av. da Liberdade 245, 4.º andar, "
        "no dia 11 de novembro às 15h00, com o Director Técnico, Eng. Osvaldo Capita.\n\nA função "
        "prevê missões de 8 semanas em Luanda alternadas com 3 semanas em Portugal.\n\n"
        "Com os melhores cumprimentos,\nEdvânia Mussungo\nRecursos Humanos\nKianda Construções, "
        "S.A. – Escritório de Lisboa",
    ),
    m(
        "kianda.2025.11.20.prop",
        "2025-11-20 16:44 +0000",
        "Osvaldo Capita <osvaldo.capita@kiandaconstrucoes.co.ao>",
        "Proposta de colaboração",
        ("offer", KIA, KR, 6, "direct", "pt"),
        "Cara Eng.ª Inês,\n\nNa sequência da nossa conversa, tenho o gosto de formalizar a "
        "proposta da Kianda Construções para Gestora de Obra no projeto habitacional de Talatona: "
        "contrato a termo de 24 meses, vencimento líquido equivalente a 4.800 € mensais, "
        "alojamento e viatura em Luanda, viagens pagas.\n\nFico a aguardar o seu feedback até "
        "ao final do mês.\n\nMelhores cumprimentos,\nOsvaldo Capita\nDirector Técnico",
    ),
    m(
        "kianda.2025.11.24.ack",
        "2025-11-24 09:18 +0000",
        "Osvaldo Capita <osvaldo.capita@kiandaconstrucoes.co.ao>",
        "Re: Proposta de colaboração",
        ("offer", KIA, KR, 6, "direct", "pt"),
        st="declined",
        text="Cara Inês,\n\nCompreendo perfeitamente a sua decisão e agradeço a franqueza. Fica a "
        "porta aberta caso a sua situação mude.\n\nMelhores cumprimentos,\nOsvaldo\n\nEnviado do "
        "meu iPhone\n\n> Em 23/11/2025, às 20:41, Inês Carvalho Mendes escreveu:\n> Caro Eng. "
        "Osvaldo, muito obrigada pela proposta. Depois de pensar bem, decidi não a aceitar, pois "
        "aceitei entretanto uma posição no Porto.",
        **reply("kianda.2025.11.20.prop", "kiandaconstrucoes.co.ao"),
    ),
    # --- 7 agency Talento Norte -> Soares & Pinho -------------------------------------------
    m(
        "tn.0930.r88",
        "2025-09-30 11:47 +0100",
        "Ricardo Brás | Talento Norte <ricardo.bras@talentonorte.pt>",
        "Diretor(a) de Produção – empresa de referência no setor da construção (Grande Porto)",
        ("outreach", None, SPR, None, "agency", "pt"),
        "Olá Inês,\n\nSou consultor na Talento Norte, empresa de recrutamento especializado em "
        "engenharia e construção. Encontrei o seu perfil no LinkedIn e creio que pode ser "
        "interessante para um processo que estamos a conduzir, em exclusivo, para empresa de "
        "referência no setor da construção (obras públicas e edifícios, faturação > 80 M€).\n\n"
        "A função é de Diretor(a) de Produção, com reporte à Administração, sede na zona da Maia.\n\n"
        "Teria disponibilidade para uma chamada de 15 minutos esta semana?\n\nCumprimentos,\n"
        "Ricardo Brás\nSenior Consultant – Engineering & Construction\nTalento Norte – Recrutamento "
        "e Seleção | Licença n.º 512/2019",
    ),
    m(
        "tn.1006.r88",
        "2025-10-06 15:20 +0100",
        "Ricardo Brás | Talento Norte <ricardo.bras@talentonorte.pt>",
        "RE: Diretor(a) de Produção – próximos passos",
        ("interview", SP, SPR, 7, "agency", "pt"),
        "Olá Inês,\n\nObrigado pela conversa de hoje. Como combinado, avancei com a sua candidatura. "
        "Marquei a entrevista connosco (Talento Norte) para sexta-feira, 10/10, às 17h, por Zoom: "
        "https://us06web.zoom.us/j/83921004471\n\nAinda não posso revelar o nome do cliente nesta "
        "fase, por questões de confidencialidade.\n\nAbraço,\nRicardo",
    ),
    m(
        "tn.1023.r88",
        "2025-10-23 09:02 +0100",
        "Ricardo Brás | Talento Norte <ricardo.bras@talentonorte.pt>",
        "Entrevista no cliente – Soares & Pinho",
        ("interview", SP, SPR, 7, "agency", "pt"),
        "Olá Inês,\n\nO cliente gostou muito do seu perfil! Posso agora dizer-lhe que se trata da "
        "Soares & Pinho – Construções, S.A. A entrevista será com o Administrador, Eng. Hugo Pinho, "
        "na sede (Zona Industrial da Maia I, Lote 14) na terça-feira, 28/10, às 9h30.\n\nEnvio em "
        "anexo uma breve apresentação da empresa. Qualquer dúvida, ligue-me.\n\nRicardo Brás\n"
        "Talento Norte",
    ),
    m(
        "tn.1107.r88",
        "2025-11-07 18:30 +0000",
        "Ricardo Brás | Talento Norte <ricardo.bras@talentonorte.pt>",
        "Feedback Soares & Pinho",
        ("rejection", SP, SPR, 7, "agency", "pt"),
        "Olá Inês,\n\nTive hoje o feedback da Soares & Pinho. Gostaram da conversa, mas decidiram "
        "avançar com um candidato interno que já conhece as obras em curso. Lamento, sei que "
        "estava entusiasmada.\n\nVou continuar atento a outras oportunidades para si.\n\n"
        "Abraço,\nRicardo",
    ),
    # --- 8 Multiforça (trabalho temporário), Net-Empregos -> ghosted ------------------------
    m(
        "mf-auto-55120",
        "2025-09-09 14:03 +0100",
        "Multiforça Trabalho Temporário <candidaturas@multiforca.pt>",
        "A sua candidatura foi recebida – Ref.ª MF-55120",
        (
            "confirmation",
            "Barbosa & Viana Construções",
            "Técnica de Medições e Orçamentos",
            8,
            "agency",
            "pt",
        ),
        "Exmo(a). Candidato(a),\n\nAgradecemos o envio da sua candidatura para a oferta Ref.ª "
        "MF-55120 – Técnico(a) de Medições e Orçamentos, para empresa cliente do setor da "
        "construção civil, zona de Braga.\n\nInfelizmente, dado o elevado número de candidaturas, "
        "só contactaremos os candidatos pré-selecionados.\n\nMultiforça – Empresa de Trabalho "
        "Temporário, Lda. | Alvará n.º 733",
    ),
    m(
        "mf-tel-55120b",
        "2025-09-17 17:48 +0100",
        "Patrícia Leal – Multiforça <patricia.leal@multiforca.pt>",
        "Ref.ª MF-55120 – entrevista telefónica amanhã",
        (
            "interview",
            "Barbosa & Viana Construções",
            "Técnica de Medições e Orçamentos",
            8,
            "agency",
            "pt",
        ),
        "Boa tarde Inês,\n\nConforme falámos ao telefone, confirmo a entrevista telefónica amanhã, "
        "18/09, às 11h00, comigo. Posso adiantar que o nosso cliente é a Barbosa & Viana "
        "Construções, em Braga; o posto é de Técnico(a) de Medições e Orçamentos, com possibilidade "
        "de integração nos quadros da empresa ao fim de 6 meses.\n\nObrigada,\nPatrícia Leal\n"
        "Consultora | Multiforça Braga\nTlm. 913 554 201",
    ),
    # --- 9 Construções Abílio Resende, Net-Empregos + personal gmail -> on hold ------------
    m(
        "CAJr8Hq2x=abilio1",
        "2025-10-08 21:37 +0100",
        "Abílio Resende <abilioresende.obras@gmail.com>",
        "candidatura net-empregos diretor de obra",
        ("interview", "Construções Abílio Resende", "Diretora de Obra", 9, "direct", "pt"),
        "Boa noite Eng.ª Inês\n\nvi o seu cv no anuncio do net-empregos. somos uma empresa de "
        "Braga com 60 funcionarios, fazemos moradias e pavilhões. podia passar cá no escritório "
        "sexta de manhã para conversarmos? Rua de São Vicente 77, Braga\n\nAbílio Resende\n"
        "Construções Abílio Resende, Lda.\n\nEnviado do meu Samsung",
    ),
    m(
        "CAJr8Hq2x=abilio2",
        "2025-10-09 07:50 +0100",
        "Abílio Resende <abilioresende.obras@gmail.com>",
        "Re: candidatura net-empregos diretor de obra",
        ("interview", "Construções Abílio Resende", "Diretora de Obra", 9, "direct", "pt"),
        "ok fica as 10h30. cumprimentos\n\nNo dia qua., 8/10/2025 às 22:15, Inês Carvalho Mendes "
        "<" + ME_ADDR + "> escreveu:\n> Boa noite Sr. Abílio, sexta pode ser às 10h30? Obrigada.",
        **reply("CAJr8Hq2x=abilio1", "gmail.com"),
    ),
    m(
        "CAJr8Hq2x=abilio3",
        "2025-10-27 19:12 +0000",
        "Abílio Resende <abilioresende.obras@gmail.com>",
        "Re: candidatura net-empregos diretor de obra",
        ("confirmation", "Construções Abílio Resende", "Diretora de Obra", 9, "direct", "pt"),
        st="on_hold",
        text="Eng.ª Inês boa tarde\n\npeço desculpa a demora. a obra de Famalicão que era para "
        "começar em novembro foi adiada pelo cliente para março, por isso vamos ter de esperar "
        "para contratar. assim que souber alguma coisa digo-lhe. gostei muito da conversa\n\n"
        "Abílio",
        **reply("CAJr8Hq2x=abilio2", "gmail.com"),
    ),
    # --- 10 Vilaverde Engenharia, SAPO Emprego ----------------------------------------------
    m(
        "sapo-cand-3391817",
        "2025-09-18 10:10 +0100",
        "SAPO Emprego <noreply@emprego.sapo.pt>",
        "Candidatura enviada: Engenheiro Civil – Direção de Obra (m/f)",
        (
            "confirmation",
            "Vilaverde Engenharia",
            "Engenheira Civil – Direção de Obra",
            10,
            "other",
            "pt",
        ),
        html="<table width='600'><tr><td><img alt='SAPO Emprego' src='https://emprego.sapo.pt/"
        "img/logo.png'></td></tr><tr><td><h2>A sua candidatura foi enviada</h2><p>Olá Inês,</p>"
        "<p>A sua candidatura à oferta <b>Engenheiro Civil – Direção de Obra (m/f)</b> da empresa "
        "<b>Vilaverde Engenharia</b> (Vila Nova de Gaia) foi enviada com sucesso.</p><p>Boa sorte!"
        "</p><p><a href='https://emprego.sapo.pt/conta/candidaturas'>Ver as minhas candidaturas"
        "</a></p><p style='font-size:11px;color:#888'>Recebeu este email porque tem conta no SAPO "
        "Emprego.</p></td></tr></table>",
    ),
    m(
        "VE.RH.2025.1009",
        "2025-10-09 12:33 +0100",
        "Recursos Humanos Vilaverde <rh@vilaverde-eng.pt>",
        "Oferta Engenheiro Civil – Direção de Obra",
        (
            "rejection",
            "Vilaverde Engenharia",
            "Engenheira Civil – Direção de Obra",
            10,
            "direct",
            "pt",
        ),
        "Exma. Sra. Eng.ª Inês Carvalho Mendes,\n\nAgradecemos o interesse manifestado na nossa "
        "empresa. Lamentamos informar que, nesta fase, o seu perfil não foi selecionado para "
        "prosseguir no processo. Os dados ficarão guardados na nossa base de dados durante 12 "
        "meses, nos termos do RGPD.\n\nSem outro assunto de momento,\nCom os melhores "
        "cumprimentos,\nDepartamento de Recursos Humanos\nVilaverde Engenharia, Lda.",
    ),
    # --- 11 Lusoterra Obras Públicas, Indeed ---------------------------------------------------
    m(
        "indeed-apply-9f2a1c",
        "2025-09-24 20:41 +0100",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Engenheiro/a Civil – Fiscalização de Obras",
        (
            "confirmation",
            "Lusoterra Obras Públicas",
            "Engenheira Civil – Fiscalização",
            11,
            "indeed",
            "pt",
        ),
        "A sua candidatura foi enviada para Lusoterra Obras Públicas\n\nEngenheiro/a Civil – "
        "Fiscalização de Obras\nLusoterra Obras Públicas – Aveiro\n\nA seguir: o empregador vai "
        "analisar a sua candidatura. Vamos avisá-la se houver novidades.\n\nDicas: candidatos que "
        "acompanham as suas candidaturas têm mais probabilidade de receber resposta.\n\n"
        "© 2025 Indeed – Não responda a este email.",
    ),
    m(
        "indeed-status-9f2a1c",
        "2025-09-29 13:15 +0100",
        "Indeed <donotreply@match.indeed.com>",
        "A sua candidatura foi vista por Lusoterra Obras Públicas",
        (
            "viewed",
            "Lusoterra Obras Públicas",
            "Engenheira Civil – Fiscalização",
            11,
            "indeed",
            "pt",
        ),
        "Boas notícias! O empregador viu a sua candidatura.\n\nEngenheiro/a Civil – Fiscalização "
        "de Obras\nLusoterra Obras Públicas\n\nVer o estado da candidatura: "
        "https://pt.indeed.com/myjobs",
    ),
    m(
        "indeed-msg-9f2a1c",
        "2025-10-13 09:40 +0100",
        "Lusoterra Obras Públicas via Indeed <reply-a81c3e@indeedemail.com>",
        "Nova mensagem de Lusoterra Obras Públicas",
        (
            "rejection",
            "Lusoterra Obras Públicas",
            "Engenheira Civil – Fiscalização",
            11,
            "indeed",
            "pt",
        ),
        "Lusoterra Obras Públicas enviou-lhe uma mensagem sobre Engenheiro/a Civil – Fiscalização "
        'de Obras:\n\n"Cara Inês, obrigado pela candidatura. A vaga já foi preenchida por um '
        'candidato da região de Aveiro. Boa sorte para o futuro. Cumprimentos, Teresa – RH"\n\n'
        "Responder no Indeed",
    ),
    # --- 12 Plantaforma (construtech, Lisboa), ITJobs -> ghosted ---------------------------
    m(
        "itj-cand-47719",
        "2025-10-19 23:05 +0100",
        "ITJobs <noreply@itjobs.pt>",
        "Candidatura submetida: Customer Success Manager – Construção",
        ("confirmation", "Plantaforma", "Customer Success Manager – Construção", 12, "other", "pt"),
        'Olá Inês,\n\nA tua candidatura à oferta "Customer Success Manager – Construção" '
        "(Plantaforma, Lisboa / Remoto) foi submetida.\n\nA empresa recebeu o teu CV e a tua carta "
        "de apresentação. Podes acompanhar em https://www.itjobs.pt/conta/candidaturas\n\n"
        "Equipa ITJobs",
    ),
    # --- 13 Habitar+ Reabilitação, LinkedIn -> ghosted ------------------------------------
    m(
        "li-app-3814477201",
        "2025-11-18 12:26 +0000",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Inês, a sua candidatura foi enviada para Habitar+ Reabilitação",
        (
            "confirmation",
            "Habitar+ Reabilitação",
            "Gestora de Obras de Reabilitação",
            13,
            "linkedin",
            "pt",
        ),
        "A sua candidatura foi enviada para Habitar+ Reabilitação\n\nGestora/Gestor de Obras de "
        "Reabilitação\nHabitar+ Reabilitação · Lisboa (Híbrido)\nCandidatou-se a 18/11/2025\n\n"
        "Ver vaga: https://www.linkedin.com/jobs/view/3814477201\n\nEste email destina-se a Inês "
        "Carvalho Mendes (Gestora de Projeto | Engenharia Civil).",
    ),
    m(
        "li-view-3814477201",
        "2025-11-25 08:02 +0000",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "A sua candidatura foi vista por Habitar+ Reabilitação",
        (
            "viewed",
            "Habitar+ Reabilitação",
            "Gestora de Obras de Reabilitação",
            13,
            "linkedin",
            "pt",
        ),
        "Habitar+ Reabilitação viu a sua candidatura\nGestora/Gestor de Obras de Reabilitação\n"
        "Lisboa (Híbrido)\n\nAs candidaturas vistas pelo recrutador costumam receber resposta nas "
        "duas semanas seguintes.",
    ),
    # --- 14 Tijolo Digital (startup), Landing.jobs -> interview, rejection -----------------
    m(
        "lj-app-212093",
        "2025-12-02 10:44 +0000",
        "Landing.jobs <hello@landing.jobs>",
        "Your application to Tijolo Digital was submitted",
        ("confirmation", "Tijolo Digital", "Product Owner – Construtech", 14, "other", "en"),
        "Hi Inês,\n\nYour application for Product Owner – Construtech at Tijolo Digital (Porto, "
        "hybrid) is in. Our curators will review it and pass it on to the company within 3 "
        "working days.\n\nTrack it from your dashboard: https://landing.jobs/dashboard\n\n"
        "Cheers,\nThe Landing.jobs team",
    ),
    m(
        "td.calendly.1209",
        "2025-12-09 14:11 +0000",
        "Joana Almada <joana@tijolodigital.pt>",
        "Tijolo Digital – vamos conversar?",
        ("interview", "Tijolo Digital", "Product Owner – Construtech", 14, "direct", "pt"),
        "Olá Inês!\n\nSou a Joana, cofundadora da Tijolo Digital. A Landing.jobs passou-nos a tua "
        "candidatura e adorámos ver alguém de obra a querer vir para produto :)\n\nEscolhe aqui um "
        "slot de 45 min para a próxima semana: https://calendly.com/joana-tijolo/45min\n\n"
        "Joana\nCo-founder & CEO · Tijolo Digital",
    ),
    m(
        "td.fb.0107",
        "2026-01-07 17:20 +0000",
        "Joana Almada <joana@tijolodigital.pt>",
        "Obrigada, Inês",
        ("rejection", "Tijolo Digital", "Product Owner – Construtech", 14, "direct", "pt"),
        "Olá Inês,\n\nDesculpa a demora, as férias baralharam tudo. Decidimos contratar alguém com "
        "experiência prévia como PO em SaaS — para a fase em que estamos, pesou mais. Foi mesmo "
        "difícil, gostámos muito do teu conhecimento de obra.\n\nSe te mantiveres por perto, "
        "daqui a uns meses vamos abrir uma vaga de implementação.\n\nUm abraço,\nJoana",
    ),
    # --- 15 Alvarenga Infraestruturas (Grupo Alvarenga writes for its subsidiary), Teamtailor -
    m(
        "tt-alv-99102-1",
        "2025-09-26 09:15 +0100",
        "Grupo Alvarenga <no-reply@teamtailor.com>",
        "Recebemos a sua candidatura",
        (
            "confirmation",
            "Alvarenga Infraestruturas",
            "Coordenadora de Segurança em Obra",
            15,
            "teamtailor",
            "pt",
        ),
        html="<div style='max-width:560px;margin:auto;font-family:Helvetica'><img alt='Grupo "
        "Alvarenga' src='https://assets.teamtailor-cdn.com/alvarenga/logo.png'><p>Olá Inês,</p>"
        "<p>Obrigado por se candidatar à vaga de <strong>Coordenador(a) de Segurança em Obra"
        "</strong> na Alvarenga Infraestruturas, empresa do Grupo Alvarenga.</p><p>Iremos analisar "
        "a sua candidatura com atenção e daremos notícias em breve.</p><p>Cumprimentos,<br>"
        "Equipa de Recrutamento do Grupo Alvarenga</p><p style='font-size:11px'>Pode gerir os "
        "seus dados em alvarenga.teamtailor.com/connect</p></div>",
    ),
    m(
        "tt-alv-99102-2",
        "2025-10-20 11:00 +0100",
        "Grupo Alvarenga <no-reply@teamtailor.com>",
        "Coordenador(a) de Segurança em Obra – Alvarenga Infraestruturas",
        (
            "rejection",
            "Alvarenga Infraestruturas",
            "Coordenadora de Segurança em Obra",
            15,
            "teamtailor",
            "pt",
        ),
        html="<div style='max-width:560px;margin:auto;font-family:Helvetica'><p>Olá Inês,</p><p>"
        "Muito obrigado pelo tempo e pelo interesse. Recebemos um número muito elevado de "
        "candidaturas e, após análise, decidimos seguir com outros candidatos cujo perfil está "
        "mais alinhado com o que procuramos neste momento (CAP de Técnico Superior de SST).</p>"
        "<p>Esperamos cruzar-nos noutra oportunidade.</p><p>Grupo Alvarenga</p></div>",
    ),
    # --- other job mail (PT) ---------------------------------------------------------------
    m(
        "ne-alert-20250908",
        "2025-09-08 07:00 +0100",
        "Net-Empregos <alertas@net-empregos.com>",
        "12 novas ofertas: Engenheiro Civil – Porto",
        ("alert", None, None, None, "other", "pt"),
        'Novas ofertas para o seu alerta "Engenheiro Civil – Porto":\n\n- Diretor de Obra (m/f) '
        "– Construções Abílio Resende – Braga\n- Engenheiro Civil Júnior – Gaia\n- Técnico de "
        "Orçamentação – Matosinhos\n- Engenheiro de Fiscalização – Aveiro\n- ... e mais 8 ofertas\n\n"
        "Ver todas: https://www.net-empregos.com/alertas\nPara deixar de receber, altere as "
        "definições do alerta.",
    ),
    m(
        "ne-alert-20251020",
        "2025-10-20 07:00 +0100",
        "Net-Empregos <alertas@net-empregos.com>",
        "Ofertas de emprego para si – Gestor de Projeto",
        ("alert", None, None, None, "other", "pt"),
        'Olá,\nEncontrámos 5 ofertas que correspondem à sua pesquisa "gestor de projeto '
        'construção":\n\n• Gestor de Projeto – Reabilitação Urbana – Lisboa\n• Project Manager '
        "Construção (PT/EN) – Porto\n• Gestor de Empreitadas – Coimbra\n• Engenheiro Civil – "
        "Gestão de Contratos – Braga\n• Coordenador de Obra – Leiria\n\nBoa sorte!",
    ),
    m(
        "sapo-alert-1113",
        "2025-11-13 08:30 +0000",
        "SAPO Emprego <alertas@emprego.sapo.pt>",
        "Tem 7 novas ofertas: diretor de obra",
        ("alert", None, None, None, "other", "pt"),
        html="<p>Novas ofertas que podem interessar-lhe:</p><ul><li>Diretor de Obra – Grupo "
        "Castanheira – Porto</li><li>Diretor de Obra – Obras Hidráulicas – Viseu</li><li>Adjunto de "
        "Diretor de Obra – Lisboa</li></ul><p><a href='https://emprego.sapo.pt'>Ver todas</a></p>",
    ),
    m(
        "itj-alert-1201",
        "2025-12-01 09:00 +0000",
        "ITJobs <alertas@itjobs.pt>",
        "Novas ofertas: product construção",
        ("alert", None, None, None, "other", "pt"),
        "3 novas ofertas para o teu alerta:\n\nProduct Owner – Construtech · Tijolo Digital · Porto\n"
        "BIM Product Specialist · Lisboa\nImplementation Consultant – ERP Construção · Remoto\n",
    ),
    m(
        "li-alert-pt-0115",
        "2026-01-15 06:45 +0000",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“gestora de projeto”: 9 novas vagas em Porto",
        ("alert", None, None, None, "linkedin", "pt"),
        "Gestora de Projeto – Energias Renováveis\nSolvento · Porto · Há 1 dia\n\nProject Manager "
        "Construção Modular\nModulab · Braga · Candidatura simples\n\nGestor de Empreitadas\n"
        "Município de Matosinhos · Matosinhos\n\nVer todas as vagas",
    ),
    m(
        "tt-alv-connect-0926",
        "2025-09-26 09:16 +0100",
        "Grupo Alvarenga <no-reply@teamtailor.com>",
        "Bem-vinda à comunidade de talento do Grupo Alvarenga",
        ("other_job", "Alvarenga Infraestruturas", None, None, "teamtailor", "pt"),
        "Olá Inês,\n\nObrigado por se juntar à nossa comunidade de talento! Vamos enviar-lhe "
        "novidades sobre vagas nas empresas do Grupo Alvarenga (Infraestruturas, Ambiente e "
        "Imobiliário) que correspondam aos seus interesses.\n\nPode retirar o consentimento a "
        "qualquer momento.",
    ),
    m(
        "wd-ifa-incomplete-1118",
        "2025-11-18 22:00 +0000",
        "IFA Recrutamento <ifa@myworkday.com>",
        "Lembrete: a sua candidatura ainda não foi submetida",
        ("other_job", IFA, "Gestor(a) de Empreitadas – Eletrificação", None, "workday", "pt"),
        "Olá Inês,\n\nReparámos que iniciou uma candidatura para Gestor(a) de Empreitadas – "
        "Eletrificação (R2025-0412) mas não a concluiu. A vaga fecha a 25 de novembro.\n\n"
        "Retome onde parou no seu perfil de candidato.\n\nRecrutamento IFA",
    ),
    m(
        "iefp-conv-1015",
        "2025-10-15 10:00 +0100",
        "IEFP – Centro de Emprego do Porto <ce.porto@iefp.pt>",
        "Convocatória – apresentação a oferta de emprego n.º 588123221",
        ("other_job", "Construções Tâmega Norte", "Engenheira Civil", None, "other", "pt"),
        "Exma. Senhora,\n\nFica convocada para comparecer no Centro de Emprego do Porto, no dia "
        "22/10/2025 às 14h00, a fim de ser apresentada à oferta de emprego n.º 588123221 "
        "(Engenheiro Civil – Construções Tâmega Norte, Lda., Penafiel).\n\nA falta de comparência "
        "não justificada poderá implicar a anulação da inscrição.\n\nIEFP, I.P.",
    ),
    m(
        "tn.0108.nova",
        "2026-01-08 10:30 +0000",
        "Ricardo Brás | Talento Norte <ricardo.bras@talentonorte.pt>",
        "Nova oportunidade – Diretor(a) Técnico(a), grupo de engenharia (Porto)",
        ("outreach", None, "Diretora Técnica", None, "agency", "pt"),
        "Olá Inês, feliz ano novo!\n\nSei que entretanto entrou na CEGA — parabéns. Ainda assim "
        "partilho: estamos com um processo para Diretor(a) Técnico(a) num grupo de engenharia do "
        "Porto. Se daqui a uns meses fizer sentido, fale comigo.\n\nRicardo",
    ),
    m(
        "hh.exec.1202",
        "2025-12-02 16:05 +0000",
        "Catarina Pimentel <catarina.pimentel@lumenexecutive.pt>",
        "Oportunidade confidencial – Diretora de Projetos (Lisboa)",
        ("outreach", None, "Diretora de Projetos", None, "agency", "pt"),
        "Cara Inês,\n\nEstou a apoiar um promotor imobiliário de referência na contratação de "
        "um(a) Diretor(a) de Projetos para o seu pipeline residencial em Lisboa (cerca de 600 "
        "fogos). Pareceu-me que o seu percurso poderia encaixar. Tem 10 minutos para falarmos?\n\n"
        "Catarina Pimentel\nPartner | Lumen Executive Search",
    ),
    # --- 27 Rocha & Filhos Empreiteiros, Net-Empregos -> rejection ---------------------------
    m(
        "rf.rh.20251103",
        "2025-11-03 17:25 +0000",
        "Rocha & Filhos – RH <rh@rochaefilhos.pt>",
        "Candidatura – Adjunta de Direção de Obra (anúncio Net-Empregos)",
        ("confirmation", "Rocha & Filhos", "Adjunta de Direção de Obra", 27, "direct", "pt"),
        "Boa tarde,\n\nAcusamos a receção do seu currículo para a vaga de Adjunto(a) de Direção "
        "de Obra publicada no Net-Empregos. Infelizmente não nos é possível responder a todos os "
        "candidatos; os pré-selecionados serão contactados telefonicamente até ao final do mês.\n\n"
        "Obrigado pelo interesse,\nCarla Moura\nRocha & Filhos Empreiteiros, S.A. – Valongo",
    ),
    m(
        "rf.rh.20251201",
        "2025-12-01 12:02 +0000",
        "Rocha & Filhos – RH <rh@rochaefilhos.pt>",
        "Processo de seleção",
        ("rejection", "Rocha & Filhos", "Adjunta de Direção de Obra", 27, "direct", "pt"),
        "Exma. Senhora Eng.ª Inês Mendes,\n\nVimos por este meio informar que o processo de "
        "seleção para a função a que se candidatou foi concluído, não tendo a sua candidatura sido "
        "a escolhida. Agradecemos a disponibilidade demonstrada.\n\nCumprimentos,\nCarla Moura",
    ),
    # --- 28 Modulab (construção modular, Braga), Teamtailor -> withdrawn --------------------
    m(
        "tt-modulab-3310-1",
        "2025-10-03 09:48 +0100",
        "Modulab <no-reply@teamtailor.com>",
        "Candidatura recebida: Gestora de Produção – Fábrica de Módulos",
        ("confirmation", "Modulab", "Gestora de Produção", 28, "teamtailor", "pt"),
        "Olá Inês 👋\n\nObrigado pela candidatura à vaga de Gestor(a) de Produção – Fábrica de "
        "Módulos, em Braga. Somos uma equipa de 40 pessoas a industrializar a construção e "
        "respondemos sempre a todos — prometido.\n\nEquipa Modulab",
    ),
    m(
        "tt-modulab-3310-2",
        "2025-10-15 14:30 +0100",
        "Nuno Faria (Modulab) <no-reply@teamtailor.com>",
        "Entrevista marcada: Gestora de Produção – Modulab",
        ("interview", "Modulab", "Gestora de Produção", 28, "teamtailor", "pt"),
        "Olá Inês,\n\nA entrevista está marcada para 21 de outubro, 16:00–16:45 (Google Meet). "
        "Vais falar com o Nuno Faria, diretor de operações. Se precisares de mudar, usa o link "
        "abaixo.\n\nAté lá!",
        ics={
            "start": "2025-10-21 16:00:00 +0100",
            "minutes": 45,
            "organizer": ("Nuno Faria", "nuno.faria@modulab.pt"),
            "uid": "tt-modulab-3310-int1@teamtailor.com",
            "summary": "Entrevista: Inês Carvalho Mendes – Gestor(a) de Produção",
            "location": "https://meet.google.com/qzd-hwkp-tte",
        },
    ),
    m(
        "modulab.nf.1117",
        "2025-11-17 10:05 +0000",
        "Nuno Faria <nuno.faria@modulab.pt>",
        "Re: Retirar candidatura",
        ("confirmation", "Modulab", "Gestora de Produção", 28, "direct", "pt"),
        st="withdrawn",
        text="Olá Inês,\n\nObrigado por nos avisares com tempo — ficamos contentes por ti. "
        "Retirámos a candidatura do processo. Boa sorte na CEGA!\n\nNuno\n\nA 15/11/2025, "
        "Inês Carvalho Mendes escreveu:\n> Olá Nuno, aceitei outra proposta e, por respeito ao "
        "vosso processo, prefiro retirar a minha candidatura à segunda fase. Obrigada pela "
        "conversa, gostei muito de conhecer a fábrica.",
        **reply("tt-modulab-3310-2", "teamtailor.com"),
    ),
    m(
        "indeed-nudge-1007",
        "2025-10-07 18:00 +0100",
        "Indeed <donotreply@match.indeed.com>",
        "Ainda está interessada? Termine a sua candidatura",
        ("other_job", "Lusoterra Obras Públicas", "Técnico de Orçamentação", None, "indeed", "pt"),
        "Começou a candidatar-se a Técnico de Orçamentação na Lusoterra Obras Públicas. Faltam "
        "apenas 2 perguntas de triagem.\n\nContinuar candidatura",
    ),
    m(
        "lj-welcome-1128",
        "2025-11-28 12:00 +0000",
        "Landing.jobs <hello@landing.jobs>",
        "Welcome to Landing.jobs, Inês!",
        ("other_job", None, None, None, "other", "en"),
        "Your profile is live. Complete it to 100% and companies can invite you to apply. Tip: "
        "add your salary expectations so we match you better.",
    ),
]

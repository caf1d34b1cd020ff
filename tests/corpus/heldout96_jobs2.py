# ruff: noqa: E501
"""Corpus 96, job mail part 2 and the rest of the job inbox (data only): see heldout96.py."""

from __future__ import annotations

from typing import Any

from heldout96_jobs import FN, FN1, FN2, KS, KSR, A, ev, m, thread

SS, SSR = "Sabor da Serra", "Analista de S&OP"
KB, KBR = "Kibo Mobilidade", "Analista de Operações Logísticas"
HM, HMR = "Hansa Maschinenbau", "Supply Chain Analyst"
CP, CP1, CP2 = "Casa Pinhão", "Analista de Abastecimento", "Analista de Logística Reversa"
AU, AUR = "Aurea Supply", "Operations Analyst, LATAM"
DP, DPR = "Distribuidora Paranaguá", "Analista de Logística"
EV, EVR = "Lojas Everest", "Analista de Planejamento Logístico"
VL, VLR = "Vallmar Logistics", "Inventory Control Analyst"
GT, GTR = "Grupo Tork", "Analista de Logística Pleno"

MAIL: list[dict[str, Any]] = [
    # --- 12 Sabor da Serra (Grupo Serrano Alimentos S.A., Workday) ------------------------------
    m(
        "8120014",
        "2025-09-01 19:22",
        "Grupo Serrano Alimentos <gruposerrano@myworkday.com>",
        "Recebemos sua candidatura - Analista de S&OP (R-04418)",
        A("confirmation", SS, SSR, 12, "workday"),
        text="""Olá Rafaela,

Obrigado por se candidatar à vaga Analista de S&OP (R-04418) - Curitiba, PR.

Sua candidatura foi recebida e está em análise pela nossa equipe de Aquisição de Talentos. Você pode acompanhar o andamento acessando sua conta no portal de carreiras do Grupo Serrano.

Sabor da Serra é uma marca do Grupo Serrano Alimentos S.A.

Atenciosamente,
Aquisição de Talentos | Grupo Serrano
""",
    ),
    m(
        "8120051",
        "2025-09-05 08:10",
        "Grupo Serrano Alimentos <gruposerrano@myworkday.com>",
        "Ação necessária: avaliação on-line",
        A("assessment", SS, SSR, 12, "workday"),
        text="""Olá Rafaela,

Você tem uma nova tarefa na sua candidatura para Analista de S&OP (R-04418).

Conclua a avaliação on-line de raciocínio numérico e Excel (aprox. 40 minutos) até 10/09/2025. Acesse a Caixa de Entrada do seu perfil de candidato para iniciar.

https://gruposerrano.wd5.myworkdayjobs.com/pt-BR/SaborDaSerra/userHome

Equipe de Talentos - Sabor da Serra
""",
    ),
    m(
        "8120099",
        "2025-09-24 17:55",
        "Grupo Serrano Alimentos <gruposerrano@myworkday.com>",
        "Sua candidatura - Analista de S&OP",
        A("rejection", SS, SSR, 12, "workday"),
        text="""Olá Rafaela,

Agradecemos o seu interesse na Sabor da Serra e o tempo dedicado à avaliação.

Após revisarmos cuidadosamente todas as candidaturas, informamos que não daremos continuidade ao seu processo para esta vaga. Encorajamos você a acompanhar nossas novas oportunidades.

Atenciosamente,
Aquisição de Talentos | Grupo Serrano Alimentos S.A.
""",
    ),
    # --- 13 Kibo Mobilidade (Lever), interview, vaga congelada ---------------------------------
    m(
        "8130003",
        "2025-09-03 11:38",
        "Kibo <no-reply@hire.lever.co>",
        "Obrigado por se candidatar na Kibo!",
        A("confirmation", KB, KBR, 13, "lever"),
        text="""Oi Rafaela,

Muito obrigado pelo interesse em fazer parte da Kibo! Recebemos sua candidatura para Analista de Operações Logísticas (São Paulo ou remoto).

A gente lê todas as candidaturas com atenção. Se houver fit, alguém do time entra em contato em até duas semanas.

Abraço,
Time Kibo Mobilidade
""",
    ),
    m(
        "8130041",
        "2025-09-10 15:09",
        "Bruno Sakamoto <bruno@kibo.com.br>",
        "Papo sobre a vaga de Ops Logística",
        A("interview", KB, KBR, 13, "direct"),
        text="""Oi Rafa, tudo certo?

Sou o Bruno, head de operações aqui na Kibo. Curti teu histórico com roteirização e gestão de frota terceirizada. Bora bater um papo de 45 min na segunda (15/09) às 16h? Mandei o convite.

Abs,
Bruno
--
Bruno Sakamoto | Head de Operações
Kibo Mobilidade Elétrica Ltda.
""",
        ics=ev(
            "kibo-ops-0915@google.com",
            "2025-09-15 16:00",
            "Kibo <> Rafaela | Ops Logística",
            ("Bruno Sakamoto", "bruno@kibo.com.br"),
            minutes=45,
            location="https://meet.google.com/kbo-rfts-zzp",
        ),
    ),
    m(
        "8130077",
        "2025-09-26 10:21",
        "Bruno Sakamoto <bruno@kibo.com.br>",
        "Atualização - vaga de Ops",
        A("confirmation", KB, KBR, 13, "direct"),
        st="on_hold",
        text="""Oi Rafa,

Queria te dar uma satisfação: gostei muito da nossa conversa, mas a diretoria decidiu congelar a vaga até fecharmos a próxima rodada de investimento (a expectativa é janeiro). Não quero te deixar no vácuo.

Assim que destravar, tu é a primeira pessoa que eu chamo.

Abs,
Bruno
""",
    ),
    # --- 14 Ferronorte again (re-application), Gupy ----------------------------------------------
    m(
        "8140009",
        "2025-10-06 08:33",
        "Ferronorte Carreiras <naoresponda@gupy.io>",
        "Candidatura recebida: Analista de Logística Sênior",
        A("confirmation", FN, FN2, 14, "other"),
        html="""<html><body style="font-family:Arial">
<p>Olá, Rafaela!</p>
<p>Recebemos sua candidatura para a vaga <b>Analista de Logística Sênior</b> na <b>Ferronorte Logística S.A.</b> (Curitiba - PR).</p>
<p>Agora é com a gente: nosso time de Atração vai analisar seu perfil com carinho. Você pode acompanhar cada etapa do processo seletivo pelo seu painel do candidato.</p>
<p><a href="https://ferronortecarreiras.gupy.io/candidates/applications">Acompanhar minha candidatura</a></p>
<p>Time de Gente & Gestão Ferronorte</p>
</body></html>""",
    ),
    m(
        "8140040",
        "2025-10-14 13:00",
        "Ferronorte Carreiras <naoresponda@gupy.io>",
        "Você avançou para a etapa Teste de Raciocínio Lógico",
        A("assessment", FN, FN2, 14, "other"),
        html="""<html><body style="font-family:Arial">
<p>Oi, Rafaela!</p>
<p>Você avançou para a etapa <b>Teste de Raciocínio Lógico</b> da vaga Analista de Logística Sênior.</p>
<p>São 20 questões, com tempo máximo de 30 minutos. Prazo: 17/10/2025.</p>
<p><a href="https://ferronortecarreiras.gupy.io/candidates/tests">Iniciar teste</a></p>
<p>Ferronorte Logística</p>
</body></html>""",
    ),
    # --- 15 Hansa Maschinenbau do Brasil Ltda. (SuccessFactors), English -------------------------
    m(
        "8150002",
        "2025-09-08 14:47",
        "Hansa Careers <careers@hansa-group.example>",
        "Your application: Supply Chain Analyst (m/f/d) - Joinville",
        A("confirmation", HM, HMR, 15, "other", "en"),
        text="""Dear Rafaela Tonetti Borges,

Thank you for your application for the position Supply Chain Analyst (m/f/d), Job ID 61277, at Hansa Maschinenbau do Brasil Ltda. in Joinville.

We have received your documents and will review them carefully. Please note that the review can take up to four weeks.

Kind regards,
Your Hansa Talent Acquisition Team

This e-mail was generated automatically by SAP SuccessFactors. Please do not reply.
""",
    ),
    m(
        "8150044",
        "2025-10-09 09:05",
        "Hansa Careers <careers@hansa-group.example>",
        "Your application for Job ID 61277",
        A("rejection", HM, HMR, 15, "other", "en"),
        text="""Dear Rafaela Tonetti Borges,

Thank you again for your interest in Hansa and for the time you invested in your application.

We regret to inform you that we have decided to pursue other candidates whose profiles more closely match the requirements of this position, in particular fluency in German.

We wish you all the best in your search.

Kind regards,
Hansa Talent Acquisition
""",
    ),
    # --- 16 and 17 Casa Pinhão (Gupy tenant grupopinhao), two roles ------------------------------
    m(
        "8160006",
        "2025-09-15 21:10",
        "Grupo Pinhão <naoresponda@gupy.io>",
        "Oba! Recebemos sua candidatura 🌲",
        A("confirmation", CP, CP1, 16, "other"),
        html="""<html><body>
<p>Oi, Rafaela!</p>
<p>Que bom que você quer fazer parte da <b>Casa Pinhão</b>! Sua candidatura para <b>Analista de Abastecimento</b> (CD Pinhais - PR) chegou certinho.</p>
<p>Infelizmente não conseguimos dar retorno individual na triagem, mas fique tranquila: se você não for selecionada, avisaremos ao final do processo.</p>
<p>Casa Pinhão Comércio de Utilidades Ltda.</p>
</body></html>""",
    ),
    m(
        "8160012",
        "2025-09-15 21:26",
        "Grupo Pinhão <naoresponda@gupy.io>",
        "Oba! Recebemos sua candidatura 🌲",
        A("confirmation", CP, CP2, 17, "other"),
        html="""<html><body>
<p>Oi, Rafaela!</p>
<p>Que bom que você quer fazer parte da <b>Casa Pinhão</b>! Sua candidatura para <b>Analista de Logística Reversa</b> (CD Pinhais - PR) chegou certinho.</p>
<p>Infelizmente não conseguimos dar retorno individual na triagem, mas fique tranquila: se você não for selecionada, avisaremos ao final do processo.</p>
<p>Casa Pinhão Comércio de Utilidades Ltda.</p>
</body></html>""",
    ),
    m(
        "8160050",
        "2025-09-23 10:40",
        "Grupo Pinhão <naoresponda@gupy.io>",
        "Você avançou para a etapa Entrevista com RH",
        A("interview", CP, CP1, 16, "other"),
        html="""<html><body>
<p>Oi, Rafaela!</p>
<p>Você avançou para a etapa <b>Entrevista com RH</b> da vaga Analista de Abastecimento. 🎉</p>
<p>A entrevista será por vídeo, pelo Google Meet, no dia 26/09 às 9h. O link estará disponível no seu painel.</p>
<p>Casa Pinhão</p>
</body></html>""",
    ),
    m(
        "8160071",
        "2025-10-02 16:15",
        "Grupo Pinhão <naoresponda@gupy.io>",
        "Atualização da sua candidatura",
        A("rejection", CP, CP2, 17, "other"),
        html="""<html><body>
<p>Oi, Rafaela.</p>
<p>Passando para contar que o processo da vaga <b>Analista de Logística Reversa</b> foi encerrado e, desta vez, seu perfil não seguirá para as próximas etapas.</p>
<p>Agradecemos seu interesse e convidamos você a continuar acompanhando nossas vagas.</p>
<p>Casa Pinhão</p>
</body></html>""",
    ),
    m(
        "8160098",
        "2025-10-10 18:02",
        "Grupo Pinhão <naoresponda@gupy.io>",
        "Retorno da sua candidatura",
        A("rejection", CP, CP1, 16, "other"),
        html="""<html><body>
<p>Oi, Rafaela!</p>
<p>Obrigado por ter participado da entrevista para <b>Analista de Abastecimento</b>. A conversa foi ótima e a gente percebeu sua paixão por dados e por fazer o produto chegar na loja.</p>
<p>Dessa vez, infelizmente, seguiremos com outros candidatos. Seu perfil fica no nosso banco de talentos.</p>
<p>Abraços,<br>Time de Gente Casa Pinhão</p>
</body></html>""",
    ),
    # --- 18 Aurea Supply (Ashby), remote, English -------------------------------------------------
    m(
        "8180001",
        "2025-09-19 23:04",
        "Aurea Supply <no-reply@ashbyhq.com>",
        "Thanks for applying to Aurea",
        A("confirmation", AU, AUR, 18, "ashby", "en"),
        text="""Hi Rafaela,

Thanks for applying for the Operations Analyst, LATAM role at Aurea! We're a small team, so a real person reads every application. If there's a fit we'll reach out within ten business days.

Cheers,
The Aurea team
""",
    ),
    m(
        "8180033",
        "2025-09-29 12:18",
        "Marcus Feld <marcus@aureasupply.com>",
        "Aurea - chat this week?",
        A("interview", AU, AUR, 18, "direct", "en"),
        text="""Hi Rafaela,

Marcus here, I lead ops at Aurea. Your background in demand planning for retail is exactly what our Brazilian customers need. Would Thursday Oct 2 at 11am BRT work for a 45-min video call? Invite attached; feel free to propose another time.

Marcus
""",
        ics=ev(
            "aurea-rtb-1002@google.com",
            "2025-10-02 11:00",
            "Rafaela <> Marcus (Aurea)",
            ("Marcus Feld", "marcus@aureasupply.com"),
            minutes=45,
            location="https://meet.google.com/aur-qpfn-mdx",
        ),
    ),
    m(
        "8180072",
        "2025-10-13 20:40",
        "Marcus Feld <marcus@aureasupply.com>",
        "Following up",
        A("rejection", AU, AUR, 18, "direct", "en"),
        text="""Hi Rafaela,

Thank you for the great conversation and for the thoughtful follow-up questions. I genuinely enjoyed it.

We've decided to go with someone who has direct experience implementing our kind of software on the customer side, so we won't be moving forward with your application. I'm sorry not to have better news.

Best of luck, and let's stay in touch on LinkedIn.
Marcus
""",
    ),
    # --- 19 Distribuidora Paranaguá Ltda., forwarded from old work address -----------------------
    m(
        "8190005",
        "2025-10-01 08:12",
        "Rafaela Borges <rafaela.borges@armazensiguacu.com.br>",
        "ENC: Candidatura realizada: Analista de Logística",
        A("confirmation", DP, DPR, 19, "other"),
        text="""

________________________________
De: VAGAS.com <naoresponda@vagas.com.br>
Enviado: terça-feira, 30 de setembro de 2025 19:48
Para: Rafaela Borges <rafaela.borges@armazensiguacu.com.br>
Assunto: Candidatura realizada: Analista de Logística

Pronto, Rafaela! Sua candidatura foi realizada.

Vaga: Analista de Logística
Empresa: Distribuidora Paranaguá Ltda.
Local: Curitiba / PR

A empresa vai analisar seu currículo. Mantenha seus dados atualizados para aumentar suas chances.

Aviso: esta mensagem e seus anexos são confidenciais e de uso exclusivo do destinatário. Armazéns Iguaçu Ltda.
""",
    ),
    # --- 20 Prisma Talentos for a Joinville retailer (Lojas Everest, named later) ----------------
    m(
        "8200004",
        "2025-10-20 09:48",
        "Letícia Brandt | Prisma Talentos <leticia@prismatalentos.com.br>",
        "Vaga Analista de Planejamento Logístico - Joinville",
        ("outreach", None, EVR, None, "agency", "pt"),
        text="""Oi, Rafaela! Tudo bem?

Sou a Letícia, da Prisma Talentos. Estamos com uma vaga de Analista de Planejamento Logístico para uma importante rede varejista com sede em Joinville (mais de 80 lojas no Sul). O cargo cuida da malha de abastecimento do CD para as lojas.

Salário de R$ 6.800 + PLR, presencial, com ajuda de mudança.

Posso te ligar amanhã?

Letícia Brandt
Prisma Talentos | Recrutamento Especializado
""",
    ),
    m(
        "8200038",
        "2025-10-24 14:14",
        "Letícia Brandt | Prisma Talentos <leticia@prismatalentos.com.br>",
        "Entrevista na Everest - 29/10",
        A("interview", EV, EVR, 20, "agency"),
        text="""Rafa, boa tarde!

Conforme falamos por telefone: o cliente é a Lojas Everest. A entrevista com a gerente de Logística, Simone Kreutzfeld, ficou para quarta 29/10 às 10h, por Teams. O link vai no convite.

Boa sorte!!
Letícia
""",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000prisma1029",
            "2025-10-29 10:00",
            "Entrevista Rafaela Tonetti - Lojas Everest",
            ("Letícia Brandt", "leticia@prismatalentos.com.br"),
            style="outlook",
            location="Reunião do Microsoft Teams",
        ),
    ),
    m(
        "8200070",
        "2025-11-07 17:30",
        "Letícia Brandt | Prisma Talentos <leticia@prismatalentos.com.br>",
        "Retorno Everest",
        A("rejection", EV, EVR, 20, "agency"),
        text="""Oi, Rafa.

A Simone gostou muito da sua postura e do conhecimento técnico, mas decidiram por uma pessoa que já mora em Joinville e pode começar imediatamente. Fico chateada porque torci muito por você.

Vou manter seu perfil no radar para as próximas.

Beijo,
Letícia
""",
    ),
    # --- 21 Vallmar Logistics (SmartRecruiters), English -----------------------------------------
    m(
        "8210002",
        "2025-10-16 15:33",
        "Vallmar Logistics <noreply@smartrecruiters.com>",
        "Thank you for your application - Inventory Control Analyst",
        A("confirmation", VL, VLR, 21, "smartrecruiters", "en"),
        text="""Dear Rafaela,

Thank you for applying to the Inventory Control Analyst position at Vallmar Logistics (Barueri, São Paulo).

Our recruiting team is reviewing applications. Should your profile be shortlisted, you will be contacted for the next steps. Unfortunately, due to the high number of applications, we are unable to provide individual feedback to every candidate.

Kind regards,
Vallmar Logistics Talent Acquisition
""",
    ),
    m(
        "8210060",
        "2025-11-18 11:11",
        "Vallmar Logistics <noreply@smartrecruiters.com>",
        "Update on your application",
        A("rejection", VL, VLR, 21, "smartrecruiters", "en"),
        text="""Dear Rafaela,

We appreciate your interest in Vallmar Logistics. The position Inventory Control Analyst has now been filled, and we will not be progressing your application further.

We encourage you to follow our careers page for future openings.

Kind regards,
Vallmar Logistics Talent Acquisition
""",
    ),
    # --- 22 Grupo Tork Distribuição, Catho, ghosted -----------------------------------------------
    m(
        "8220001",
        "2025-11-10 10:26",
        "Catho <noreply@catho.com.br>",
        "Sua candidatura foi enviada para Grupo Tork Distribuição",
        A("confirmation", GT, GTR, 22, "other"),
        html="""<html><body>
<p>Rafaela, sua candidatura foi enviada!</p>
<p><b>Analista de Logística Pleno</b><br>Grupo Tork Distribuição<br>São José dos Pinhais - PR</p>
<p><a href="https://www.catho.com.br/area-candidato/candidaturas">Acompanhe suas candidaturas</a></p>
</body></html>""",
    ),
    # --- alerts, outreach and other job mail -----------------------------------------------------
    m(
        "8300001",
        "2025-08-03 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"analista de supply chain": 14 novas vagas em Curitiba',
        ("alert", None, None, None, "linkedin", "pt"),
        html="""<html><body>
<p>Sua busca por vagas: analista de supply chain em Curitiba, Paraná, Brasil</p>
<ul>
<li><b>Analista de Supply Chain Pleno</b> - Ferronorte Logística S.A. - Curitiba (Híbrido)</li>
<li><b>Analista de Planejamento de Materiais</b> - Drava Componentes - São José dos Pinhais</li>
<li><b>Supply Chain Analyst</b> - Ostrava Pharma - Curitiba (Presencial)</li>
</ul>
<p><a href="https://www.linkedin.com/jobs/search/?keywords=analista%20de%20supply%20chain">Ver todas as vagas</a></p>
</body></html>""",
    ),
    m(
        "8300015",
        "2025-08-17 09:00",
        "Indeed <alert@indeed.com>",
        "Analista de logística: novas vagas em Curitiba, PR",
        ("alert", None, None, None, "indeed", "pt"),
        html="""<html><body>
<p>Novas vagas que combinam com sua busca</p>
<p><b>Analista de Transportes</b> - Translog Sul Transportes Ltda. - Araucária, PR - R$ 5.500 por mês</p>
<p><b>Analista de Logística Jr</b> - Rede Farmaviva - Curitiba, PR</p>
<p><b>Assistente de Logística</b> - Meridiana Atacadista - Pinhais, PR</p>
<p>Candidate-se facilmente. Indeed</p>
</body></html>""",
    ),
    m(
        "8300022",
        "2025-08-28 07:30",
        "Catho <vagas@catho.com.br>",
        "Rafaela, 8 vagas novas pra você hoje",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body>
<p>Vagas selecionadas para o seu perfil</p>
<p>Analista de Supply Chain - Coagrel - Ponta Grossa<br>Comprador Pleno - Rede Xavante - Curitiba<br>Analista de PCP - Metalúrgica Tibagi - Ponta Grossa</p>
<p>Quanto mais completo o currículo, mais a Catho te ajuda.</p>
</body></html>""",
    ),
    m(
        "8300030",
        "2025-09-02 16:45",
        "Gupy <naoresponda@gupy.io>",
        "Você não finalizou sua candidatura",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body>
<p>Oi, Rafaela!</p>
<p>Notamos que você começou a se candidatar para <b>Analista de Logística Integrada</b> na <b>Boaventura Atacado</b>, mas ainda não concluiu.</p>
<p>Falta pouco! Responda às perguntas da etapa de cadastro para enviar sua candidatura. A vaga fica aberta até 05/09.</p>
<p><a href="https://boaventura.gupy.io/jobs/7730115">Continuar candidatura</a></p>
</body></html>""",
    ),
    m(
        "8300041",
        "2025-09-11 12:00",
        "Volare Cargas <noreply@solides.jobs>",
        "Bem-vinda ao nosso Banco de Talentos!",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body>
<p>Olá, Rafaela!</p>
<p>Seu currículo foi cadastrado com sucesso no Banco de Talentos da <b>Volare Cargas Ltda.</b></p>
<p>Sempre que surgir uma vaga compatível com o seu perfil, você será avisada. Não é necessário se candidatar novamente.</p>
<p>Equipe Volare</p>
</body></html>""",
    ),
    m(
        "8300055",
        "2025-09-18 14:30",
        "Gabriel Siqueira via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Coordenação de Logística na Rotamar",
        (
            "outreach",
            "Rotamar Navegação",
            "Coordenadora de Logística Inbound",
            None,
            "linkedin",
            "pt",
        ),
        text="""Olá Rafaela,

Tudo bem? Sou Talent Partner da Rotamar Navegação e estou buscando uma Coordenadora de Logística Inbound para nosso terminal em São Francisco do Sul. Vi que você tem experiência com gestão de CD e indicadores, e acredito que pode ser uma ótima conversa.

Topa um bate-papo rápido nesta semana?

Gabriel Siqueira
Talent Partner | Rotamar Navegação S.A.
""",
    ),
    m(
        "8300061",
        "2025-09-22 08:02",
        "Daniela Koerich <daniela.koerich@ferronorte.com.br>",
        "Resposta automática: Dúvida sobre o processo",
        ("other_job", FN, None, None, "direct", "pt"),
        text="""Olá! Estou em férias de 22/09 a 06/10, com acesso restrito ao e-mail. Para assuntos de recrutamento, favor contatar selecao@ferronorte.com.br.

Daniela Koerich | Atração e Seleção | Ferronorte Logística S.A.
""",
    ),
    m(
        "8300070",
        "2025-09-28 18:00",
        "Gupy <naoresponda@gupy.io>",
        "Como foi sua experiência no processo da Ferronorte?",
        ("other_job", FN, FN1, None, "other", "pt"),
        html="""<html><body>
<p>Oi, Rafaela!</p>
<p>Você participou recentemente do processo seletivo <b>Analista de Supply Chain Pleno</b> da Ferronorte. Queremos saber: de 0 a 10, quanto você recomendaria esse processo a um amigo?</p>
<p>A pesquisa leva 1 minuto e é anônima.</p>
<p><a href="https://pesquisa.gupy.io/nps/ferronortecarreiras">Responder pesquisa</a></p>
</body></html>""",
    ),
    m(
        "8300082",
        "2025-10-05 21:15",
        "Gupy <naoresponda@gupy.io>",
        "Seu código de acesso é 482913",
        ("other_job", None, None, None, "other", "pt"),
        html="""<html><body>
<p>Olá, Rafaela!</p>
<p>Use o código abaixo para acessar sua conta de candidato:</p>
<h2>482913</h2>
<p>O código expira em 10 minutos. Se você não solicitou o acesso, ignore este e-mail.</p>
</body></html>""",
    ),
    m(
        "8300090",
        "2025-10-08 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"planejamento de demanda": novas vagas em Brasil (remoto)',
        ("alert", None, None, None, "linkedin", "pt"),
        html="""<html><body>
<p>Vagas novas para planejamento de demanda - Brasil (remoto)</p>
<ul>
<li><b>Demand Planner</b> - Calloway Brands - Remoto</li>
<li><b>Analista de Planejamento de Demanda Sr</b> - Mercadão Leve - São Paulo (Híbrido)</li>
<li><b>Inventory Control Analyst</b> - Vallmar Logistics - Barueri</li>
</ul>
</body></html>""",
    ),
    m(
        "8300104",
        "2025-10-15 10:10",
        "Sérgio Mattana <sergio.mattana@horizonterh.com.br>",
        "Oportunidade - indústria de bebidas (Ponta Grossa)",
        ("outreach", None, "Analista de Supply Chain Sênior", None, "agency", "pt"),
        text="""Prezada Rafaela,

Estou assessorando uma indústria de bebidas de grande porte na região de Ponta Grossa na contratação de um(a) Analista de Supply Chain Sênior (S&OP, planejamento de produção e distribuição).

Por questões de confidencialidade não posso divulgar o nome do cliente neste momento. Caso tenha interesse, peço que responda este e-mail com seu currículo e disponibilidade para uma conversa.

Atenciosamente,
Sérgio Mattana
Sócio-diretor | Horizonte RH - Executive Search
""",
    ),
    m(
        "8300117",
        "2025-10-27 07:45",
        "VAGAS.com <naoresponda@vagas.com.br>",
        "Vagas para você: Analista de Logística em Joinville",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body>
<p>Rafaela, separamos vagas com o seu perfil:</p>
<p>Analista de Logística - Wezzel Embalagens S/A - Joinville<br>Analista de PCP Sr - Têxtil Babitonga S/A - Joinville<br>Analista de Compras - Fundição Cachoeira - Joinville</p>
<p>VAGAS.com - Encontre a vaga certa</p>
</body></html>""",
    ),
    m(
        "8300125",
        "2025-11-05 09:00",
        "Indeed <alert@indeed.com>",
        "Supply chain analyst: new jobs (Remote)",
        ("alert", None, None, None, "indeed", "en"),
        html="""<html><body>
<p>New jobs for supply chain analyst - Remote</p>
<p><b>Supply Chain Analyst (LATAM)</b> - Northbridge Freight - Remote</p>
<p><b>Logistics Data Analyst</b> - Pallas Freightworks - Remote in Brazil</p>
<p>Indeed</p>
</body></html>""",
    ),
    m(
        "8300131",
        "2025-11-12 07:30",
        "Catho <vagas@catho.com.br>",
        "Empresas estão contratando em Curitiba: confira",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body>
<p>Vagas em alta em Curitiba e região</p>
<p>Analista de Logística Pleno - Grupo Tork Distribuição - São José dos Pinhais<br>Analista de Estoque - Lumenfarma - Curitiba<br>Supervisor de Expedição - Meridiana Atacadista - Pinhais</p>
</body></html>""",
    ),
    m(
        "8300140",
        "2025-11-21 12:40",
        "Gupy <naoresponda@gupy.io>",
        "Vagas recomendadas para você",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body>
<p>Oi, Rafaela! Separamos algumas vagas com base no seu perfil:</p>
<p>Analista de Logística Sênior - Ferronorte - Curitiba<br>Analista de Planejamento - Sabor da Serra - Curitiba<br>Analista de Supply Chain - Pontual Frigoríficos - Cascavel</p>
<p><a href="https://portal.gupy.io/vagas">Ver vagas</a></p>
</body></html>""",
    ),
    m(
        "8300152",
        "2025-12-09 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"analista de supply chain": 9 novas vagas em Curitiba',
        ("alert", None, None, None, "linkedin", "pt"),
        html="""<html><body>
<p>Sua busca por vagas: analista de supply chain em Curitiba, Paraná, Brasil</p>
<ul>
<li><b>Analista de Supply Chain Sr</b> - Drava Componentes - São José dos Pinhais</li>
<li><b>Analista de S&OP</b> - Sabor da Serra - Curitiba</li>
</ul>
</body></html>""",
    ),
    m(
        "8300166",
        "2025-12-15 16:22",
        "Bruno Sakamoto <bruno@kibo.com.br>",
        "Kibo - novidades",
        ("other_job", KB, KBR, None, "direct", "pt"),
        text="""Oi Rafa!

Vi no LinkedIn que tu vai para a Kessler, parabéns demais! Como prometido, queria avisar que a vaga de Ops aqui continua congelada até março. Se um dia quiser voltar a conversar, é só chamar.

Abs,
Bruno
""",
    ),
    m(
        "8300177",
        "2026-01-12 09:14",
        "Gupy <naoresponda@gupy.io>",
        "Como foi sua experiência no processo da Casa Pinhão?",
        ("other_job", CP, CP1, None, "other", "pt"),
        html="""<html><body>
<p>Oi, Rafaela!</p>
<p>Você participou do processo <b>Analista de Abastecimento</b> da Casa Pinhão. Conta pra gente como foi? Sua resposta ajuda as empresas a melhorar a experiência dos candidatos.</p>
<p><a href="https://pesquisa.gupy.io/nps/grupopinhao">Avaliar processo</a></p>
</body></html>""",
    ),
    m(
        "8300188",
        "2026-01-19 10:02",
        "Juliana Prates <juliana.prates@atlanteconsultoria.com.br>",
        "Como estão as primeiras semanas?",
        ("other_job", KS, KSR, None, "agency", "pt"),
        text="""Oi, Rafa!

Passando para saber como estão as primeiras semanas na Kessler. Está tudo certo com a integração e com o fretado? Se precisar de qualquer coisa, conta comigo.

Beijo,
Juliana
Atlante Consultoria em RH
""",
    ),
]

REPLIES: dict[str, str] = {}
thread(MAIL, REPLIES)

# ruff: noqa: E501
"""Job mail of the twenty-first corpus: Brazil, in Brazilian Portuguese (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

BRT = "-0300"

MER = "Banco Meridiano"
VIVA = "Viva Varejo S.A."
PAG = "Pagaí"
CGA = "Cooperativa Agrícola Campos Gerais"
FBE = "Farmácias Bem Estar"
SPL = "Supermercados Paulistão"
RSUL = "Transportadora Rota Sul"
NUV = "Nuvix Tecnologia"
COL = "Colmeia Digital"
HSA = "Hospital Santa Aurora"
AFO = "Construtora Alvenaria Forte"
APR = "Aprende+"
SOL = "Grupo Solaris"
MOL = "Mercadinho Online"
ARC = "ArcoTech Sistemas"

ADP = "Analista de Dados Pleno"
ABI = "Analista de BI"

MAIL: list[dict[str, Any]] = [
    # 1 Banco Meridiano, Gupy: confirmation, teste técnico, entrevista, rejection
    m(
        "21001",
        "2025-02-04 09:12",
        "Banco Meridiano <no-reply@gupy.io>",
        "Recebemos sua candidatura! 💙",
        ("confirmation", MER, ADP, 1, "other", "pt"),
        html="""<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p>Olá, Larissa!</p>
<p>Que bom ter você por aqui! Sua candidatura para a vaga <b>Analista de Dados Pleno</b> foi recebida com sucesso.</p>
<p>Agora é com a gente: nosso time de Atração de Talentos vai analisar seu perfil e você receberá as próximas etapas do processo seletivo por e-mail e pela sua área do candidato.</p>
<p><a href="https://meridiano.gupy.io/candidates/applications">Acompanhar minha candidatura</a></p>
<p>Abraços,<br>Time de Gente &amp; Cultura | Banco Meridiano</p>
<p style="font-size:11px;color:#999">Este e-mail foi enviado pela Gupy em nome de Banco Meridiano. Não responda esta mensagem.</p>
</body></html>""",
        tz=BRT,
    ),
    m(
        "21002",
        "2025-02-11 14:30",
        "Banco Meridiano <no-reply@gupy.io>",
        "Larissa, você avançou para a próxima etapa",
        ("assessment", MER, ADP, 1, "other", "pt"),
        text="""Oi, Larissa!

Temos uma ótima notícia: você passou para a etapa de Teste Técnico da vaga Analista de Dados Pleno.

O teste tem 5 questões de SQL e 1 estudo de caso curto em Python/pandas. Você terá até 72 horas para concluir a partir de agora, e o tempo estimado é de 2 horas.

Acesse pelo link: https://meridiano.gupy.io/candidates/jobs/812334/tests

Boa sorte!
Time de Atração de Talentos - Banco Meridiano
""",
        tz=BRT,
    ),
    m(
        "21003",
        "2025-02-19 11:05",
        "Camila Toledo <camila.toledo@meridiano.com.br>",
        "Entrevista - Analista de Dados Pleno | Meridiano",
        ("interview", MER, ADP, 1, "direct", "pt"),
        text="""Boa tarde, Larissa, tudo bem?

Parabéns pelo resultado no teste técnico! Gostaria de agendar uma entrevista com você e com o gestor da área, o Renato Quintela (Gerência de Analytics de Varejo).

Tenho disponibilidade na quinta (20/02) às 10h ou na sexta (21/02) às 15h, pelo Teams, duração de 1 hora. Qual fica melhor pra você?

Abs,
Camila Toledo
Business Partner de Atração | Banco Meridiano
Av. Brigadeiro Faria Lima, 3100 - São Paulo
""",
        tz=BRT,
    ),
    m(
        "21004",
        "2025-02-19 16:48",
        "Camila Toledo <camila.toledo@meridiano.com.br>",
        "RE: Entrevista - Analista de Dados Pleno | Meridiano",
        ("interview", MER, ADP, 1, "direct", "pt"),
        text="""Perfeito, confirmado sexta às 15h. Já te mandei o convite do Teams.

Abs,
Camila

De: Larissa Nogueira Campos <larissa.ncampos@gmail.com>
Enviado: quarta-feira, 19 de fevereiro de 2025 15:20
Para: Camila Toledo
Assunto: RE: Entrevista - Analista de Dados Pleno | Meridiano

Oi Camila, tudo ótimo! Sexta às 15h fica melhor pra mim. Obrigada!
""",
        tz=BRT,
        **reply("21003", "camila.toledo@meridiano.com.br"),
    ),
    m(
        "21005",
        "2025-03-06 18:22",
        "Banco Meridiano <no-reply@gupy.io>",
        "Atualização sobre o processo seletivo",
        ("rejection", MER, ADP, 1, "other", "pt"),
        text="""Olá, Larissa, tudo bem?

Primeiro, queremos agradecer muito pela sua participação no nosso processo seletivo. Ficamos muito felizes em conhecer sua trajetória, e o time gostou bastante da sua apresentação na entrevista.

Neste momento, optamos por seguir com outro perfil, mais aderente aos requisitos da posição de Analista de Dados Pleno. Seu currículo continuará em nosso banco de talentos e poderemos entrar em contato em oportunidades futuras.

Desejamos sucesso na sua jornada!
Time de Gente & Cultura - Banco Meridiano
""",
        tz=BRT,
    ),
    # 2 Banco Meridiano, second role (Gupy): confirmation, rejection
    m(
        "21006",
        "2025-03-10 08:40",
        "Banco Meridiano <no-reply@gupy.io>",
        "Recebemos sua candidatura! 💙",
        ("confirmation", MER, "Analista de BI - Crédito", 2, "other", "pt"),
        html="""<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p>Olá, Larissa!</p>
<p>Sua candidatura para a vaga <b>Analista de BI - Crédito</b> foi recebida com sucesso.</p>
<p>Acompanhe as próximas etapas pela sua área do candidato.</p>
<p><a href="https://meridiano.gupy.io/candidates/applications">Acompanhar minha candidatura</a></p>
<p>Abraços,<br>Time de Gente &amp; Cultura | Banco Meridiano</p>
</body></html>""",
        tz=BRT,
    ),
    m(
        "21007",
        "2025-03-27 19:02",
        "Banco Meridiano <no-reply@gupy.io>",
        "Retorno da sua candidatura",
        ("rejection", MER, "Analista de BI - Crédito", 2, "other", "pt"),
        text="""Olá, Larissa!

Agradecemos seu interesse em fazer parte do Banco Meridiano. Analisamos com cuidado o seu perfil para a vaga Analista de BI - Crédito e, neste momento, não seguiremos com a sua candidatura.

Sabemos que receber essa notícia não é fácil, mas esperamos reencontrar você em outros processos.

Um abraço,
Time de Gente & Cultura
""",
        tz=BRT,
    ),
    # 3 Viva Varejo (brand "Viva"), Kenoby: confirmation, ghosted
    m(
        "21008",
        "2025-02-05 13:17",
        "Viva <noreply@kenoby.com>",
        "Candidatura realizada com sucesso",
        ("confirmation", VIVA, ABI, 3, "other", "pt"),
        text="""Olá Larissa Nogueira Campos,

Sua inscrição para a vaga ANALISTA DE BI (São Paulo - SP) foi realizada com sucesso.

Caso seu perfil esteja alinhado à vaga, nossa equipe de recrutamento entrará em contato.

Obrigado por querer fazer parte da Viva!

Equipe de Recrutamento e Seleção
Viva Varejo S.A.
""",
        tz=BRT,
    ),
    # 4 Pagaí (fintech, domain pagai.com.br), hiring manager direct: case, interview, rejection
    m(
        "21009",
        "2025-02-07 10:03",
        "Tiago Ventura <tiago@pagai.com.br>",
        "Vaga de dados aqui na Pagaí",
        ("confirmation", PAG, "Analista de Dados Sênior", 4, "direct", "pt"),
        text="""Oi Larissa, tudo bem?

Recebi seu currículo pela indicação do Fábio (ele falou muito bem de você!). Tô liderando o time de dados aqui e a gente abriu uma posição de Analista de Dados Sênior pra trabalhar com crédito e cobrança.

Vou passar teu CV pro processo, e nos próximos dias te mando um case pra você resolver no seu tempo. Qualquer dúvida me chama.

Valeu!
Tiago Ventura
Head de Dados | Pagaí
pagai.com.br
""",
        tz=BRT,
    ),
    m(
        "21010",
        "2025-02-12 17:41",
        "Tiago Ventura <tiago@pagai.com.br>",
        "Case - Pagaí",
        ("assessment", PAG, "Analista de Dados Sênior", 4, "direct", "pt"),
        text="""Oi Larissa,

Segue em anexo o case. São dados fictícios de uma carteira de empréstimo pessoal; a ideia é você montar uma análise de inadimplência por safra e propor 2 ou 3 indicadores pra gente acompanhar.

Pode usar a ferramenta que preferir (SQL, Python, Power BI...). Prazo: até segunda que vem. Depois marcamos 1h pra você apresentar.

Abs,
Tiago
""",
        tz=BRT,
        attach=[
            (
                "case_pagai_dados.csv",
                "text/csv",
                "safra,contrato,valor,dias_atraso\n2024-01,1001,2500,0\n2024-01,1002,1800,35\n",
            )
        ],
    ),
    m(
        "21011",
        "2025-02-17 21:10",
        "Tiago Ventura <tiago@pagai.com.br>",
        "Re: Case - Pagaí",
        ("interview", PAG, "Analista de Dados Sênior", 4, "direct", "pt"),
        text="""Recebido, obrigado! Ficou bem caprichado.

Bora marcar a apresentação? Quarta 19/02 às 14h funciona? Vou chamar a Júlia (nossa CFO) também.

Tiago

Em seg., 17 de fev. de 2025 às 20:31, Larissa Nogueira Campos <larissa.ncampos@gmail.com> escreveu:
> Oi Tiago! Segue o case em anexo (notebook + pdf). Qualquer coisa me avisa.
""",
        tz=BRT,
        **reply("21010", "tiago@pagai.com.br"),
    ),
    m(
        "21012",
        "2025-02-18 09:15",
        "Tiago Ventura <tiago@pagai.com.br>",
        "Convite: Apresentação case - Larissa @ qua 19 de fev de 2025 14:00 - 15:00 (BRT)",
        ("interview", PAG, "Analista de Dados Sênior", 4, "direct", "pt"),
        text="""Tiago Ventura convidou você para um evento

Apresentação case - Larissa
Quarta-feira, 19 de fevereiro de 2025 ⋅ 14:00 – 15:00 (Horário Padrão de Brasília)
Participar com o Google Meet: https://meet.google.com/pgi-rtka-mzd

Convidados: tiago@pagai.com.br, julia.amaral@pagai.com.br, larissa.ncampos@gmail.com
""",
        ics={
            "uid": "pagai-case-0219-larissa@google.com",
            "start": "2025-02-19 14:00:00 -0300",
            "minutes": 60,
            "organizer": ("Tiago Ventura", "tiago@pagai.com.br"),
            "attendees": [("Júlia Amaral", "julia.amaral@pagai.com.br")],
            "summary": "Apresentação case - Larissa",
            "location": "https://meet.google.com/pgi-rtka-mzd",
        },
        tz=BRT,
    ),
    m(
        "21013",
        "2025-02-26 12:30",
        "Tiago Ventura <tiago@pagai.com.br>",
        "Retorno",
        ("rejection", PAG, "Analista de Dados Sênior", 4, "direct", "pt"),
        text="""Oi Larissa,

Queria te dar um retorno pessoalmente. Gostamos muito da tua apresentação, principalmente da parte de safras, a Júlia comentou depois que foi das melhores que vimos.

Mas a gente acabou fechando com uma pessoa com mais experiência em modelagem de risco, que era uma lacuna maior no time agora. Foi uma decisão difícil.

Se abrir algo mais próximo do teu perfil eu te chamo direto, combinado? E se precisar de referência pode contar comigo.

Abraço,
Tiago
""",
        tz=BRT,
    ),
    # 5 agency Talentos Vértice: outreach with no client, then client named (Cooperativa, Curitiba)
    m(
        "21014",
        "2025-02-20 10:22",
        "Patrícia Lemos <patricia.lemos@talentosvertice.com.br>",
        "Oportunidade - Analista de BI | Curitiba (híbrido)",
        ("outreach", None, ABI, None, "agency", "pt"),
        text="""Olá Larissa, como vai?

Sou consultora da Talentos Vértice e estou conduzindo um processo de Analista de BI para um cliente do setor agro, uma cooperativa de grande porte com sede em Curitiba (modelo híbrido, 2x por semana presencial).

Vi seu perfil no LinkedIn e achei bem aderente: Power BI, SQL Server e experiência com indicadores comerciais. Teria interesse em conversar? Se sim, me envie seu CV atualizado e pretensão salarial.

Atenciosamente,
Patrícia Lemos
Consultora de Recrutamento | Talentos Vértice
(41) 3022-8810
""",
        tz=BRT,
    ),
    m(
        "21015",
        "2025-02-27 15:05",
        "Patrícia Lemos <patricia.lemos@talentosvertice.com.br>",
        "RES: Oportunidade - Analista de BI | Curitiba (híbrido)",
        ("interview", CGA, ABI, 5, "agency", "pt"),
        text="""Olá Larissa,

Obrigada pelo retorno e pelo CV! Apresentei seu perfil ao cliente e eles querem conversar com você.

Agora posso abrir: a vaga é na Cooperativa Agrícola Campos Gerais (CGA). A entrevista será com a Coordenadora de Inteligência Comercial, Sra. Helena Brandt, por vídeo, na terça 04/03 às 9h30. Posso confirmar?

Atenciosamente,
Patrícia Lemos
Talentos Vértice
""",
        tz=BRT,
        **reply("21014", "patricia.lemos@talentosvertice.com.br"),
    ),
    m(
        "21016",
        "2025-03-12 17:50",
        "Patrícia Lemos <patricia.lemos@talentosvertice.com.br>",
        "Processo CGA",
        ("confirmation", CGA, ABI, 5, "agency", "pt"),
        st="on_hold",
        text="""Oi Larissa, tudo bem?

Passando pra te atualizar: a cooperativa pediu para pausar o processo de Analista de BI por algumas semanas, por conta de uma reestruturação interna na área comercial. Seu perfil segue como finalista.

Assim que eles me derem uma posição eu te aviso.

Abs,
Patrícia
""",
        tz=BRT,
    ),
    # 6 Farmácias Bem Estar via Vagas.com: confirmation, dinâmica, rejection
    m(
        "21017",
        "2025-02-13 08:55",
        "Vagas.com <noreply@vagas.com.br>",
        "Você se candidatou: Analista de Dados",
        ("confirmation", FBE, "Analista de Dados", 6, "other", "pt"),
        text="""Olá, Larissa

Sua candidatura foi enviada com sucesso!

Vaga: Analista de Dados
Empresa: Farmácias Bem Estar
Local: São Paulo / SP

Acompanhe o andamento em Minhas Candidaturas: https://www.vagas.com.br/minhas-candidaturas

Dica: mantenha seu currículo sempre atualizado para aumentar suas chances.

VAGAS.com.br
""",
        tz=BRT,
    ),
    m(
        "21018",
        "2025-02-24 11:30",
        "Recrutamento Bem Estar <recrutamento@bemestarfarma.com.br>",
        "Convite - Dinâmica de Grupo",
        ("interview", FBE, "Analista de Dados", 6, "direct", "pt"),
        text="""Prezada Larissa,

Você foi selecionada para a próxima etapa do nosso processo: uma dinâmica de grupo presencial.

Data: 06/03/2025 (quinta-feira)
Horário: 9h (chegar com 15 minutos de antecedência)
Local: Rua Vergueiro, 2045 - 8º andar - Vila Mariana

Favor confirmar presença respondendo este e-mail e levar documento com foto.

Atenciosamente,
Recrutamento e Seleção
Rede Bem Estar Farmácias
""",
        tz=BRT,
    ),
    m(
        "21019",
        "2025-03-14 16:00",
        "Recrutamento Bem Estar <recrutamento@bemestarfarma.com.br>",
        "Processo seletivo",
        ("rejection", FBE, "Analista de Dados", 6, "direct", "pt"),
        text="""Prezada Larissa,

Agradecemos sua participação na dinâmica. Foi um prazer conhecê-la.

Informamos que, nesta oportunidade, você não foi selecionada para seguir no processo. Manteremos seus dados para futuras vagas.

Atenciosamente,
Recrutamento e Seleção
""",
        tz=BRT,
    ),
    # 7 Supermercados Paulistão via Catho: confirmation, viewed, ghosted
    m(
        "21020",
        "2025-02-15 20:14",
        "Catho <catho@catho.com.br>",
        "Candidatura enviada: Analista de Inteligência de Mercado",
        ("confirmation", SPL, "Analista de Inteligência de Mercado", 7, "other", "pt"),
        text="""Larissa, sua candidatura foi enviada!

Analista de Inteligência de Mercado
Supermercados Paulistão - São Paulo, SP
Salário: a combinar

Boa sorte! Enquanto isso, que tal ver outras vagas parecidas?
https://www.catho.com.br/vagas/analista-de-inteligencia-de-mercado/

Catho - a gente te ajuda a encontrar o emprego certo
""",
        tz=BRT,
    ),
    m(
        "21021",
        "2025-02-21 09:40",
        "Catho <catho@catho.com.br>",
        "Uma empresa visualizou seu currículo 👀",
        ("viewed", SPL, "Analista de Inteligência de Mercado", 7, "other", "pt"),
        text="""Boa notícia, Larissa!

A empresa Supermercados Paulistão visualizou seu currículo para a vaga Analista de Inteligência de Mercado.

Isso quer dizer que seu perfil chamou atenção. Continue acompanhando suas candidaturas.

Catho
""",
        tz=BRT,
    ),
    # 8 Transportadora Rota Sul (Campinas) via InfoJobs: confirmation, rejection
    m(
        "21022",
        "2025-02-18 07:50",
        "InfoJobs <infojobs@infojobs.com.br>",
        "Sua inscrição foi registrada",
        ("confirmation", RSUL, "Analista de BI Jr", 8, "other", "pt"),
        text="""Olá Larissa,

Você se inscreveu na vaga Analista de BI Jr - Campinas/SP.
Empresa: Transportadora Rota Sul Ltda.

Você pode acompanhar o status da sua inscrição no seu Painel do Candidato.

Equipe InfoJobs
""",
        tz=BRT,
    ),
    m(
        "21023",
        "2025-03-03 10:10",
        "InfoJobs <infojobs@infojobs.com.br>",
        "Atualização no status da sua inscrição",
        ("rejection", RSUL, "Analista de BI Jr", 8, "other", "pt"),
        text="""Olá Larissa,

A empresa Transportadora Rota Sul Ltda. atualizou o status da sua inscrição na vaga Analista de BI Jr para: Finalizado - não selecionado.

Não desanime! Há novas vagas esperando por você.

Equipe InfoJobs
""",
        tz=BRT,
    ),
    # 9 Nuvix Tecnologia via LinkedIn, then recruiter from webmail
    m(
        "21024",
        "2025-02-25 12:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Larissa, sua candidatura foi enviada para Nuvix Tecnologia",
        ("confirmation", NUV, "Data Analyst", 9, "linkedin", "pt"),
        text="""Sua candidatura foi enviada para Nuvix Tecnologia

Data Analyst
Nuvix Tecnologia · São Paulo, São Paulo, Brasil (Remoto)
Candidatura enviada em 25 de fev. de 2025

Ver vaga: https://www.linkedin.com/jobs/view/4129938812/

Você está recebendo e-mails de notificações de candidatura.
© 2025 LinkedIn Corporation
""",
        tz=BRT,
    ),
    m(
        "21025",
        "2025-03-01 10:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura foi visualizada por Nuvix Tecnologia",
        ("viewed", NUV, "Data Analyst", 9, "linkedin", "pt"),
        text="""Nuvix Tecnologia visualizou sua candidatura

Data Analyst
Nuvix Tecnologia · São Paulo (Remoto)

Ver candidatura: https://www.linkedin.com/jobs-tracker/
""",
        tz=BRT,
    ),
    m(
        "21026",
        "2025-03-05 19:33",
        "Bruna Sasaki <brunasasaki.rh@gmail.com>",
        "oi Larissa! papo rápido?",
        ("interview", NUV, "Data Analyst", 9, "direct", "pt"),
        text="""Oi, tudo bem? Aqui é a Bruna, faço o recrutamento na Nuvix 😊

Vi que você se candidatou pra vaga de Data Analyst pelo LinkedIn e adorei seu perfil! Bora marcar um papo de uns 30 min essa semana? Pode ser por Meet mesmo.

Tenho sexta 10h ou 16h. Me fala o que é melhor!

bjs
Bruna Sasaki
Talent Acquisition | Nuvix Tecnologia
""",
        tz=BRT,
    ),
    m(
        "21027",
        "2025-03-05 21:02",
        "Bruna Sasaki <brunasasaki.rh@gmail.com>",
        "Re: oi Larissa! papo rápido?",
        ("interview", NUV, "Data Analyst", 9, "direct", "pt"),
        text="""Fechado, sexta 16h então! te mando o link pelo whats

Em qua., 5 de mar. de 2025 20:47, Larissa Nogueira Campos <larissa.ncampos@gmail.com> escreveu:
> Oi Bruna! Tudo sim e você? Sexta 16h é ótimo pra mim.
""",
        tz=BRT,
        **reply("21026", "brunasasaki.rh@gmail.com"),
    ),
    # 10 Colmeia Digital via Trampos: confirmation, withdrawal
    m(
        "21028",
        "2025-03-04 14:11",
        "Trampos <contato@trampos.co>",
        "Candidatura enviada! 🚀",
        ("confirmation", COL, "Analista de Dados (Marketing)", 10, "other", "pt"),
        text="""E aí, Larissa!

Sua candidatura para Analista de Dados (Marketing) na Colmeia Digital foi enviada. Agora é só aguardar o contato da empresa.

Trampos.co
""",
        tz=BRT,
    ),
    m(
        "21029",
        "2025-03-20 10:44",
        "Renata Ikeda <renata@colmeiadigital.com>",
        "Re: Desistência do processo",
        ("confirmation", COL, "Analista de Dados (Marketing)", 10, "direct", "pt"),
        st="withdrawn",
        text="""Oi Larissa,

Poxa, que pena! Mas entendo totalmente. Já retirei sua candidatura aqui do nosso processo.

Muito sucesso e, se quiser, fica à vontade pra se candidatar de novo no futuro.

Bjs
Renata Ikeda | People @ Colmeia
""",
        tz=BRT,
    ),
    # 11 Hospital Santa Aurora via Solides: confirmation, test, on hold
    m(
        "21030",
        "2025-03-07 09:00",
        "Hospital Santa Aurora <noreply@solides.com.br>",
        "Candidatura recebida - Analista de BI",
        ("confirmation", HSA, ABI, 11, "other", "pt"),
        text="""Olá, Larissa!

Recebemos sua candidatura para a vaga de Analista de BI no Hospital Santa Aurora.

Para continuar, responda o Teste de Perfil Comportamental (leva cerca de 10 minutos): https://jobs.solides.com/santaaurora/profiler

Equipe de Gente e Gestão
""",
        tz=BRT,
    ),
    m(
        "21031",
        "2025-03-18 13:25",
        "Hospital Santa Aurora <noreply@solides.com.br>",
        "Etapa: avaliação técnica",
        ("assessment", HSA, ABI, 11, "other", "pt"),
        text="""Olá, Larissa!

Você foi aprovada na triagem e agora precisa realizar a avaliação técnica online (Excel avançado e SQL). O link ficará disponível até 21/03 às 23h59.

https://jobs.solides.com/santaaurora/avaliacao/55120

Equipe de Gente e Gestão | Hospital Santa Aurora
""",
        tz=BRT,
    ),
    m(
        "21032",
        "2025-04-08 11:00",
        "Gente e Gestão HSA <gente@santaaurora.org.br>",
        "Comunicado sobre a vaga",
        ("confirmation", HSA, ABI, 11, "direct", "pt"),
        st="on_hold",
        text="""Prezada candidata,

Informamos que a vaga de Analista de BI encontra-se temporariamente suspensa por questões orçamentárias. Assim que houver definição sobre a retomada, entraremos em contato com os candidatos que realizaram a avaliação técnica.

Agradecemos a compreensão.

Gente e Gestão
Hospital Santa Aurora
""",
        tz=BRT,
    ),
    # 12 Construtora Alvenaria Forte via Recrutei: confirmation, rejection
    m(
        "21033",
        "2025-03-11 16:16",
        "Alvenaria Forte <no-reply@recrutei.com.br>",
        "Obrigado por se candidatar!",
        ("confirmation", AFO, "Analista de Dados", 12, "other", "pt"),
        text="""Olá Larissa,

Obrigado por se candidatar à vaga de Analista de Dados na Alvenaria Forte. Seu currículo já está com nosso time de recrutamento.

Abraços,
Construtora Alvenaria Forte
""",
        tz=BRT,
    ),
    m(
        "21034",
        "2025-03-25 08:30",
        "Alvenaria Forte <no-reply@recrutei.com.br>",
        "Sobre sua candidatura",
        ("rejection", AFO, "Analista de Dados", 12, "other", "pt"),
        text="""Olá Larissa,

Agradecemos pelo seu tempo e interesse. Seu perfil é muito interessante, mas decidimos seguir com candidatos com experiência no setor de construção civil.

Desejamos sucesso!
Construtora Alvenaria Forte
""",
        tz=BRT,
    ),
    # 13 Aprende+ (domain aprendemais.com.br) via Quickin: confirmation, interview, reschedule, rejection
    m(
        "21035",
        "2025-03-13 10:05",
        "Aprende+ <noreply@quickin.io>",
        "Aprende+ | Confirmação de candidatura",
        ("confirmation", APR, "Analista de Dados", 13, "other", "pt"),
        text="""Oi Larissa,

Confirmamos o recebimento da sua candidatura para Analista de Dados (Remoto).

Nosso time vai analisar com carinho e retornamos em até 15 dias.

Time de Pessoas Aprende+
""",
        tz=BRT,
    ),
    m(
        "21036",
        "2025-03-21 15:20",
        "Marcos Lima <marcos.lima@aprendemais.com.br>",
        "Convite: Entrevista Larissa x Aprende+ @ ter 25 de mar de 2025 10:00 - 11:00 (BRT)",
        ("interview", APR, "Analista de Dados", 13, "direct", "pt"),
        text="""Marcos Lima convidou você para um evento

Entrevista Larissa x Aprende+
Terça-feira, 25 de março de 2025 ⋅ 10:00 – 11:00
Google Meet: https://meet.google.com/apm-xqvd-ytr
""",
        ics={
            "uid": "aprende-0325-larissa@google.com",
            "start": "2025-03-25 10:00:00 -0300",
            "minutes": 60,
            "organizer": ("Marcos Lima", "marcos.lima@aprendemais.com.br"),
            "summary": "Entrevista Larissa x Aprende+",
            "location": "https://meet.google.com/apm-xqvd-ytr",
        },
        tz=BRT,
    ),
    m(
        "21037",
        "2025-03-24 18:10",
        "Marcos Lima <marcos.lima@aprendemais.com.br>",
        "Convite atualizado: Entrevista Larissa x Aprende+ @ qui 27 de mar de 2025 14:00 - 15:00 (BRT)",
        ("interview", APR, "Analista de Dados", 13, "direct", "pt"),
        text="""Este evento foi alterado.

Entrevista Larissa x Aprende+
Alterado: Quinta-feira, 27 de março de 2025 ⋅ 14:00 – 15:00

Oi Larissa, tive um imprevisto amanhã, desculpa! Mudei pra quinta às 14h, tudo bem?
""",
        ics={
            "uid": "aprende-0325-larissa@google.com",
            "start": "2025-03-27 14:00:00 -0300",
            "minutes": 60,
            "sequence": 1,
            "organizer": ("Marcos Lima", "marcos.lima@aprendemais.com.br"),
            "summary": "Entrevista Larissa x Aprende+",
            "location": "https://meet.google.com/apm-xqvd-ytr",
        },
        tz=BRT,
    ),
    m(
        "21038",
        "2025-04-03 17:45",
        "Marcos Lima <marcos.lima@aprendemais.com.br>",
        "Feedback",
        ("rejection", APR, "Analista de Dados", 13, "direct", "pt"),
        text="""Oi Larissa, tudo bem?

Obrigado pela conversa da semana passada. Você tem uma base técnica muito boa e gostei da forma como explicou seus projetos.

Infelizmente decidimos não avançar com sua candidatura agora: buscamos alguém com mais vivência em produtos digitais de educação.

Um abraço e boa sorte!
Marcos
Coordenador de Analytics | Aprende+
""",
        tz=BRT,
    ),
    # 14 Grupo Solaris via Pandapé: confirmation, ghosted
    m(
        "21039",
        "2025-03-17 12:12",
        "Solaris Energia <noreply@pandape.com.br>",
        "Inscrição confirmada - Analista de Planejamento",
        ("confirmation", SOL, "Analista de Planejamento e Dados", 14, "other", "pt"),
        text="""Olá Larissa,

Sua inscrição na vaga Analista de Planejamento e Dados do Grupo Solaris foi confirmada.

Boa sorte no processo!
Solaris Energia - Recrutamento
""",
        tz=BRT,
    ),
    # 15 Farmácias Bem Estar again (re-application) via Gupy
    m(
        "21040",
        "2025-05-12 09:33",
        "Farmácias Bem Estar <no-reply@gupy.io>",
        "Candidatura recebida",
        ("confirmation", FBE, "Analista de Dados", 15, "other", "pt"),
        text="""Oi, Larissa!

Recebemos sua candidatura para Analista de Dados (vaga reaberta). Que bom te ver de novo por aqui! Fique de olho no seu e-mail: as próximas etapas do processo serão comunicadas por aqui.

Time de Recrutamento | Rede Bem Estar
https://bemestar.gupy.io/
""",
        tz=BRT,
    ),
    m(
        "21041",
        "2025-05-22 14:02",
        "Farmácias Bem Estar <no-reply@gupy.io>",
        "Etapa de entrevista: agende seu horário",
        ("interview", FBE, "Analista de Dados", 15, "other", "pt"),
        text="""Olá, Larissa!

Você avançou para a etapa de Entrevista com a gestão. Escolha o melhor horário no link abaixo:

https://bemestar.gupy.io/candidates/schedule/88213

Time de Recrutamento | Rede Bem Estar
""",
        tz=BRT,
    ),
    # 16 Mercadinho Online via Indeed: confirmation, rejection
    m(
        "21042",
        "2025-03-19 22:05",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidatura enviada: Analista de Dados Jr",
        ("confirmation", MOL, "Analista de Dados Jr", 16, "indeed", "pt"),
        text="""Sua candidatura foi enviada para Mercadinho Online.

Analista de Dados Jr
Mercadinho Online - São Paulo, SP

Próximas etapas: o empregador pode entrar em contato diretamente por mensagem ou e-mail.

Indeed
""",
        tz=BRT,
    ),
    m(
        "21043",
        "2025-04-01 11:11",
        "Mercadinho Online via Indeed <noreply@indeed.com>",
        "Nova mensagem sobre: Analista de Dados Jr",
        ("rejection", MOL, "Analista de Dados Jr", 16, "indeed", "pt"),
        text="""Mercadinho Online enviou uma mensagem:

"Olá Larissa, obrigado pelo interesse. A vaga já foi preenchida. Boa sorte!"

Responder: https://br.indeed.com/conversations
""",
        tz=BRT,
    ),
    # 17 ArcoTech via Glassdoor: confirmation only
    m(
        "21044",
        "2025-03-26 20:40",
        "Glassdoor <noreply@glassdoor.com>",
        "Sua candidatura na ArcoTech Sistemas foi enviada",
        ("confirmation", ARC, "Desenvolvedor(a) de BI", 17, "other", "pt"),
        text="""Candidatura enviada

Desenvolvedor(a) de BI
ArcoTech Sistemas - Curitiba, PR

Saiba mais sobre a empresa: avaliações, salários e entrevistas na Glassdoor.
""",
        tz=BRT,
    ),
    # alerts, outreach, other job mail (Brazil)
    m(
        "21045",
        "2025-02-03 07:00",
        "Gupy <no-reply@gupy.io>",
        "Vagas que combinam com você: Analista de Dados",
        ("alert", None, None, None, "other", "pt"),
        text="""Olá, Larissa! Separamos vagas pra você:

- Analista de Dados Pleno - Banco Meridiano - São Paulo
- Analista de BI - Grupo Nortesul - Remoto
- Cientista de Dados Jr - Saúde Unida - Campinas

Ver todas: https://portal.gupy.io/job-search
""",
        tz=BRT,
    ),
    m(
        "21046",
        "2025-02-28 08:00",
        "LinkedIn Vagas <jobalerts-noreply@linkedin.com>",
        "“analista de bi”: 12 novas vagas em São Paulo",
        ("alert", None, None, None, "linkedin", "pt"),
        text="""Novas vagas correspondentes ao seu alerta

Analista de BI - Vértice Bank - São Paulo (Híbrido)
Business Intelligence Analyst - Lumen Retail - Remoto
Analista de Dados - Fazenda Boa Colheita - Campinas

Ver todas as vagas: https://www.linkedin.com/jobs/search/?alert=1
""",
        tz=BRT,
    ),
    m(
        "21047",
        "2025-03-08 10:00",
        "Catho <catho@catho.com.br>",
        "Você não terminou sua candidatura",
        ("alert", SPL, None, None, "other", "pt"),
        text="""Larissa, falta pouco!

Você começou a se candidatar para Analista de Preços no Supermercados Paulistão, mas não finalizou. Complete agora e não perca essa oportunidade:

https://www.catho.com.br/candidatura/continuar
""",
        tz=BRT,
    ),
    m(
        "21048",
        "2025-03-15 07:30",
        "Indeed <alert@indeed.com>",
        "Novas vagas de analista de dados em Curitiba, PR",
        ("alert", None, None, None, "indeed", "pt"),
        text="""20 novas vagas para "analista de dados" em Curitiba, PR

Analista de Dados - Cooperativa Vale Verde
Analista de BI Pleno - Hospital Nossa Senhora
Analista de Dados Jr - UrbanoPay

Ver vagas: https://br.indeed.com/jobs?q=analista+de+dados&l=Curitiba
""",
        tz=BRT,
    ),
    m(
        "21049",
        "2025-03-02 09:00",
        "Vagas.com <noreply@vagas.com.br>",
        "Bem-vinda ao banco de talentos Grupo Nortesul",
        ("alert", "Grupo Nortesul", None, None, "other", "pt"),
        text="""Olá, Larissa!

Você agora faz parte do banco de talentos do Grupo Nortesul. Quando surgir uma oportunidade com o seu perfil, avisaremos você.

VAGAS.com.br
""",
        tz=BRT,
    ),
    m(
        "21050",
        "2025-03-28 13:45",
        "Eduardo Freitas <eduardo.freitas@horizontehunting.com.br>",
        "Analista de Dados Sr - fintech - remoto",
        ("outreach", None, "Analista de Dados Sr", None, "agency", "pt"),
        text="""Olá Larissa,

Trabalho com hunting de profissionais de dados e tenho uma posição de Analista de Dados Sr, 100% remota, em uma fintech de meios de pagamento (não posso divulgar o nome ainda). Faixa entre R$ 11 e 13 mil + benefícios.

Faz sentido pra você conversar?

Eduardo Freitas
Horizonte Hunting
""",
        tz=BRT,
    ),
    m(
        "21051",
        "2025-04-02 16:20",
        "Gabriela Rocha <gabriela.rocha@lumenretail.com.br>",
        "Oi Larissa! Vaga de BI na Lumen",
        ("outreach", "Lumen Retail", "Analista de BI Sênior", None, "direct", "pt"),
        text="""Oi Larissa, tudo bem?

Sou a Gabi, recrutadora aqui na Lumen Retail. Estamos com uma vaga de Analista de BI Sênior no time de Pricing e seu perfil apareceu na nossa busca. Topa um bate-papo rápido essa semana?

Abs,
Gabi
""",
        tz=BRT,
    ),
    m(
        "21052",
        "2025-02-04 09:13",
        "Gupy <no-reply@gupy.io>",
        "Seu código de acesso Gupy",
        ("other_job", None, None, None, "other", "pt"),
        text="""Olá!

Seu código de verificação é 482 913. Ele expira em 10 minutos.

Se você não solicitou este código, ignore este e-mail.

Gupy
""",
        tz=BRT,
    ),
    m(
        "21053",
        "2025-03-10 18:00",
        "Banco Meridiano <no-reply@gupy.io>",
        "Como foi sua experiência no nosso processo?",
        ("other_job", MER, None, None, "other", "pt"),
        text="""Olá, Larissa!

Queremos saber como foi sua experiência como candidata no processo seletivo do Banco Meridiano. Leva só 2 minutos:

https://survey.gupy.io/nps/meridiano

Obrigado!
""",
        tz=BRT,
    ),
    m(
        "21054",
        "2025-03-31 09:05",
        "Tiago Ventura <tiago@pagai.com.br>",
        "Resposta automática: Indicação",
        ("other_job", PAG, None, None, "direct", "pt"),
        text="""Olá! Estou de férias até 07/04, com acesso limitado ao e-mail. Assuntos urgentes de dados: dados@pagai.com.br.

Tiago
""",
        tz=BRT,
    ),
    # 9 Nuvix: test sent by the recruiter from webmail
    m(
        "21055",
        "2025-03-10 12:05",
        "Bruna Sasaki <brunasasaki.rh@gmail.com>",
        "próxima etapa Nuvix",
        ("assessment", NUV, "Data Analyst", 9, "direct", "pt"),
        text="""Oiii Larissa!

Amei nosso papo de sexta! O time quer seguir contigo 🙌 A próxima etapa é um desafio técnico: um dataset de vendas e umas perguntas pra responder em SQL + um mini dashboard. Link: https://forms.gle/NvX9qk2

Prazo: até quarta que vem. Qualquer dúvida me chama no whats!

Bruna
""",
        tz=BRT,
    ),
    # 5 CGA: process closed by the client
    m(
        "21056",
        "2025-05-06 09:40",
        "Patrícia Lemos <patricia.lemos@talentosvertice.com.br>",
        "Atualização processo CGA",
        ("rejection", CGA, ABI, 5, "agency", "pt"),
        text="""Oi Larissa, tudo bem?

Infelizmente a cooperativa decidiu encerrar o processo e aproveitar internamente uma pessoa do time comercial para a posição. Sei que você estava muito bem avaliada e sinto muito pelo desfecho.

Vou manter seu perfil ativo aqui na Talentos Vértice!

Abs,
Patrícia
""",
        tz=BRT,
    ),
    # 29 Grupo Nortesul (brand Nortesul Atacadista), Kenoby, forwarded from her old mailbox
    m(
        "21057",
        "2025-03-24 22:15",
        "Larissa Campos <larissa.campos88@outlook.com>",
        "Fwd: Confirmação de inscrição - Analista de Dados Comerciais",
        ("confirmation", "Grupo Nortesul", "Analista de Dados Comerciais", 29, "other", "pt"),
        text="""

________________________________
De: Nortesul Atacadista <noreply@kenoby.com>
Enviado: segunda-feira, 24 de março de 2025 18:02
Para: larissa.campos88@outlook.com
Assunto: Confirmação de inscrição - Analista de Dados Comerciais

Olá Larissa,

Recebemos sua inscrição para a vaga Analista de Dados Comerciais (Remoto). Nossa equipe de Gente analisará seu currículo e, caso haja aderência, você será contatada para as próximas etapas.

Grupo Nortesul - Nortesul Atacadista
""",
        tz=BRT,
    ),
    m(
        "21058",
        "2025-04-01 10:30",
        "Nortesul Atacadista <noreply@kenoby.com>",
        "Teste online - próxima etapa",
        ("assessment", "Grupo Nortesul", "Analista de Dados Comerciais", 29, "other", "pt"),
        text="""Olá Larissa,

Você foi selecionada para a etapa de testes online: raciocínio lógico e Excel intermediário. Tempo total: 50 minutos. Prazo para realização: 04/04.

https://nortesul.kenoby.com/candidate/tests/77120

Equipe de Gente | Grupo Nortesul
""",
        tz=BRT,
    ),
    m(
        "21059",
        "2025-04-16 15:15",
        "Nortesul Atacadista <noreply@kenoby.com>",
        "Agradecimento",
        ("rejection", "Grupo Nortesul", "Analista de Dados Comerciais", 29, "other", "pt"),
        text="""Olá Larissa,

Agradecemos sua dedicação durante as etapas do processo. Seu desempenho nos testes foi muito bom! No entanto, após avaliação do conjunto, seguiremos com outros candidatos nesta oportunidade.

Desejamos muito sucesso.
Equipe de Gente | Grupo Nortesul
""",
        tz=BRT,
    ),
    # 30 Vórtice Bank via Quickin, employer only in the job URL
    m(
        "21060",
        "2025-04-09 19:48",
        "Quickin <noreply@quickin.io>",
        "Candidatura recebida",
        ("confirmation", "Vórtice Bank", "Analista de Dados Sr", 30, "other", "pt"),
        text="""Olá Larissa,

Recebemos sua candidatura para a vaga Analista de Dados Sr. Você pode acompanhar o processo pelo link:

https://jobs.quickin.io/vorticebank/jobs/66f1a2b9

Obrigado!
""",
        tz=BRT,
    ),
    # 15 Farmácias Bem Estar re-application: interview booked, then closed
    m(
        "21061",
        "2025-05-23 08:10",
        "Farmácias Bem Estar <no-reply@gupy.io>",
        "Entrevista agendada ✅",
        ("interview", FBE, "Analista de Dados", 15, "other", "pt"),
        text="""Olá, Larissa!

Sua entrevista foi agendada para 27/05/2025 às 10:00 (horário de Brasília), online. O link da sala será enviado pelo recrutador.

Time de Recrutamento | Rede Bem Estar
""",
        tz=BRT,
    ),
    m(
        "21062",
        "2025-06-04 18:30",
        "Farmácias Bem Estar <no-reply@gupy.io>",
        "Encerramento de etapa",
        ("rejection", FBE, "Analista de Dados", 15, "other", "pt"),
        text="""Olá, Larissa!

Obrigado por ter participado da entrevista. Como você nos contou que está se mudando para Portugal, e a vaga exige presença no escritório de São Paulo, não poderemos seguir com sua candidatura neste processo.

Foi ótimo te conhecer de novo! Boa sorte nessa nova fase.

Time de Recrutamento | Rede Bem Estar
""",
        tz=BRT,
    ),
    # more alerts / outreach
    m(
        "21063",
        "2025-03-09 11:00",
        "Solides Vagas <noreply@solides.com.br>",
        "Seu cadastro está quase completo",
        ("alert", None, None, None, "other", "pt"),
        text="""Oi Larissa! Falta pouco para completar seu currículo na Solides: inclua sua formação e suas competências para aparecer para mais empresas.

Completar agora: https://vagas.solides.com.br/perfil
""",
        tz=BRT,
    ),
    m(
        "21064",
        "2025-04-03 07:10",
        "Gupy <no-reply@gupy.io>",
        "Última chance: vaga encerra amanhã",
        ("alert", "Lumen Retail", None, None, "other", "pt"),
        text="""Larissa, a vaga Analista de BI Sênior - Pricing da Lumen Retail encerra as inscrições amanhã. Ainda dá tempo!

https://lumenretail.gupy.io/jobs/901223
""",
        tz=BRT,
    ),
    m(
        "21065",
        "2025-04-03 09:02",
        "Gabriela Rocha <gabriela.rocha@lumenretail.com.br>",
        "Re: Oi Larissa! Vaga de BI na Lumen",
        ("outreach", "Lumen Retail", "Analista de BI Sênior", None, "direct", "pt"),
        text="""Poxa, entendi! Boa sorte com a mudança pra Portugal 🙂 Se voltar pro Brasil, me chama.

Gabi

Em qua., 2 de abr. de 2025 às 22:40, Larissa Nogueira Campos escreveu:
> Oi Gabi! Muito obrigada pelo contato. Estou de mudança pra Portugal em abril, então não vou seguir agora.
""",
        tz=BRT,
        **reply("21051", "gabriela.rocha@lumenretail.com.br"),
    ),
    m(
        "21066",
        "2025-06-11 14:20",
        "Tiago Ventura <tiago@pagai.com.br>",
        "Oi! vaga remota",
        ("outreach", PAG, "Analytics Engineer (remoto)", None, "direct", "pt"),
        text="""Oi Larissa!

Lembra que eu disse que te chamaria? Abrimos uma vaga de Analytics Engineer 100% remota, aceitamos PJ fora do Brasil. Se fizer sentido, me avisa que te coloco direto na etapa final.

Abs,
Tiago
""",
        tz=BRT,
    ),
    m(
        "21067",
        "2025-02-24 10:00",
        "Kenoby <noreply@kenoby.com>",
        "Crie sua senha para acessar o portal do candidato",
        ("other_job", None, None, None, "other", "pt"),
        text="""Olá Larissa,

Para acompanhar suas candidaturas, crie sua senha de acesso: https://portal.kenoby.com/candidato/senha/novo?t=c81

O link expira em 24 horas.
""",
        tz=BRT,
    ),
]

# ruff: noqa: E501
"""Job mail of the forty-second corpus: startups, a fintech, a US SaaS company (English) and
Lisbon (European Portuguese) (TUNING CORPUS)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply as _reply


def m(*args: Any, tz: str = "-0300", **kw: Any) -> dict[str, Any]:
    return _m(*args, tz=tz, **kw)


LEVER = "Caeté Pay <no-reply@hire.lever.co>"
GH_PL = "Pluma Saúde <no-reply@us.greenhouse-mail.io>"
GH_BL = "Brightloop Recruiting <no-reply@us.greenhouse-mail.io>"
RT = "Rotalivre <noreply@recruitee.com>"
CP_REC = "Renata Okada <renata.okada@caetepay.com.br>"
BL_REC = "Megan Whitfield <megan.whitfield@brightloop.io>"
NS = "Joana Pestana <joana.pestana@nortesul-bs.pt>"
ALF = "Recursos Humanos Casa Alfacinha <rh@casaalfacinha.pt>"

APP_CP = ("Caeté Pay", "People Partner")
APP_PL = ("Pluma Saúde", "People Ops Specialist")
APP_RT = ("Rotalivre", "Analista de People")
APP_NS = ("Nortesul Business Services", "HR Shared Services Analyst")
APP_ALF = ("Casa Alfacinha Hotels", "Técnico de Recursos Humanos")
APP_BL = ("Brightloop", "HR Business Partner, LATAM")


def a(cat: str, app: tuple[str, str], n: int, src: str, lang: str = "pt") -> tuple[Any, ...]:
    return (cat, app[0], app[1], n, src, lang)


MAIL: list[dict[str, Any]] = [
    # --- 7 Caeté Pay (Lever) -> offer accepted ----------------------------------------------
    m(
        "42301",
        "2025-12-02 15:20",
        LEVER,
        "Obrigado pela sua candidatura na Caeté Pay",
        a("confirmation", APP_CP, 7, "lever"),
        """Oi Rafael,

Obrigado por se candidatar à vaga de People Partner na Caeté Pay! 💜

Nosso time de Talent vai olhar sua candidatura com atenção e, se fizer sentido seguirmos juntos, vamos te chamar para uma conversa.

Enquanto isso, que tal conhecer nosso Código de Cultura? https://caetepay.com.br/cultura

Abraços,
Time de Talent da Caeté Pay

Sent with Lever""",
    ),
    m(
        "42302",
        "2025-12-09 10:02",
        CP_REC,
        "Caeté Pay | Bate-papo sobre a vaga de People Partner",
        a("interview", APP_CP, 7, "direct"),
        """Oi Rafael, tudo bem?

Aqui é a Renata, do time de Talent da Caeté Pay. Adorei seu perfil e queria marcar um primeiro bate-papo (30 min) para te contar mais sobre a vaga e entender seus próximos passos de carreira.

Deixei um convite para quinta, 11/12, às 14h. Se não funcionar, é só propor outro horário.

Beijos,
Renata Okada
Talent Acquisition | Caeté Pay
Uma empresa do Grupo Banco Caeté""",
        ics={
            "uid": "7r3okada1211caetepay@google.com",
            "start": "2025-12-11 14:00:00 -0300",
            "minutes": 30,
            "organizer": ("Renata Okada", "renata.okada@caetepay.com.br"),
            "summary": "Bate-papo People Partner | Rafael Tavares",
            "location": "https://meet.google.com/pfq-rtdn-sxm",
        },
    ),
    m(
        "42303",
        "2025-12-15 18:44",
        CP_REC,
        "Case People Partner - Caeté Pay",
        a("assessment", APP_CP, 7, "direct"),
        """Rafael, que bom que seguimos!

Conforme falamos, a próxima etapa é um case. Em anexo está o briefing: o time de Engenharia cresceu de 40 para 110 pessoas em um ano e o eNPS caiu 22 pontos. Queremos sua proposta de diagnóstico e um plano de 90 dias.

Formato livre (até 8 slides). Entrega até 05/01, para eu já agendar a apresentação com o Otávio (Head de People) e a liderança de Engenharia.

Boas festas!
Renata""",
        attach=[
            (
                "Case_PeoplePartner_CaetePay.txt",
                "text/plain",
                "Briefing do case People Partner - confidencial",
            )
        ],
    ),
    m(
        "42304",
        "2026-01-08 09:15",
        CP_REC,
        "Apresentação do case - 13/01",
        a("interview", APP_CP, 7, "direct"),
        """Oi Rafael! Recebemos seu case, ficou muito caprichado.

Agendei a apresentação para terça, 13/01, às 10h, com Otávio Brum (Head de People) e Larissa Neves (Diretora de Engenharia). 45 min: 20 de apresentação e o restante de perguntas.

Até lá!
Renata""",
        ics={
            "uid": "8caseapr1301caetepay@google.com",
            "start": "2026-01-13 10:00:00 -0300",
            "minutes": 45,
            "organizer": ("Renata Okada", "renata.okada@caetepay.com.br"),
            "attendees": [
                ("Otávio Brum", "otavio.brum@caetepay.com.br"),
                ("Larissa Neves", "larissa.neves@caetepay.com.br"),
            ],
            "summary": "Apresentação de case - Rafael Tavares (People Partner)",
            "location": "https://meet.google.com/kzr-btqw-ufo",
        },
    ),
    m(
        "42305",
        "2026-01-20 17:30",
        "Otávio Brum <otavio.brum@caetepay.com.br>",
        "Carta-oferta | People Partner | Caeté Pay",
        a("offer", APP_CP, 7, "direct"),
        """Rafael,

Foi um prazer conhecer você durante o processo. É com muita alegria que queremos te convidar para ser People Partner da Caeté Pay!

Em anexo está a carta-oferta com todos os detalhes. Resumindo:
• Regime CLT, R$ 9.800,00 mensais
• Bônus anual de até 2 salários (PLR)
• VR/VA flexível (Caju) de R$ 1.350,00/mês
• Plano de saúde e odontológico sem coparticipação
• Modelo remoto, com encontros trimestrais em BH
• Início: 09/02/2026

Você receberá a carta para assinatura pelo DocuSign. Qualquer dúvida, estou à disposição.

Abraço,
Otávio Brum
Head de People | Caeté Pay""",
    ),
    m(
        "42306",
        "2026-01-22 11:48",
        "Caeté Pay via DocuSign <dse_NA4@docusign.net>",
        "Concluído: Carta-oferta Rafael Menezes Tavares - People Partner",
        a("offer", APP_CP, 7, "docusign"),
        html="""<html><body style="font-family:Helvetica,Arial;background:#eaeaea">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<p style="background:#1e4e79;color:#fff;padding:18px;text-align:center">Seu documento foi concluído</p>
<p>Todas as partes concluíram <b>Carta-oferta Rafael Menezes Tavares - People Partner</b>.</p>
<p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=7b1e">VER DOCUMENTO CONCLUÍDO</a></p>
<p>Renata Okada<br>renata.okada@caetepay.com.br</p>
<p style="font-size:11px;color:#666">Não compartilhe este e-mail. Este e-mail contém um link seguro para o DocuSign.</p>
</td></tr></table></body></html>""",
        st="accepted",
    ),
    m(
        "42307",
        "2026-01-26 10:22",
        "Admissão Caeté Pay <admissao@caetepay.com.br>",
        "Admissão - documentos e exame admissional",
        ("other_job", "Caeté Pay", "People Partner", None, "direct", "pt"),
        """Olá Rafael, seja muito bem-vindo!

Para darmos andamento à sua admissão, envie até 30/01 pelo link abaixo: RG, CPF, CTPS digital, comprovante de residência, título de eleitor, certidão de nascimento dos dependentes e dados bancários.

Seu exame admissional está agendado na Clínica OcupaMed (Rua Espírito Santo, 1.204, Centro) em 28/01, às 8h. Compareça em jejum de 4 horas.

Link para envio: https://admissao.caetepay.com.br/rafael-tavares

Equipe de Admissão | Caeté Pay""",
    ),
    m(
        "42308",
        "2026-02-06 16:00",
        "Otávio Brum <otavio.brum@caetepay.com.br>",
        "Seu onboarding na segunda 💜",
        ("other_job", "Caeté Pay", "People Partner", None, "direct", "pt"),
        """Rafa,

Tudo pronto para segunda! Seu notebook chegou ontem na sua casa (confere?). A agenda da primeira semana está no seu e-mail corporativo, que fica ativo às 8h de segunda.

9h - Boas-vindas com o time de People
11h - Setup com TI
14h - Cultura Caeté Pay

Bem-vindo a bordo!
Otávio""",
    ),
    # --- 11 Pluma Saúde (Greenhouse) ------------------------------------------------------------
    m(
        "42311",
        "2025-09-23 13:02",
        GH_PL,
        "Pluma Saúde | Recebemos sua candidatura",
        a("confirmation", APP_PL, 11, "greenhouse"),
        """Oi Rafael,

Obrigado por se interessar pela Pluma Saúde! Recebemos sua candidatura para People Ops Specialist.

Nosso time está revisando os perfis e retornaremos se houver fit com a vaga. Infelizmente, pelo volume, nem sempre conseguimos dar retorno individual, mas faremos o possível.

Um abraço,
Time de People | Pluma Saúde""",
    ),
    m(
        "42312",
        "2025-10-06 09:40",
        "Bruna Leal <bruna.leal@plumasaude.com>",
        "Convite: Entrevista People Ops Specialist - Rafael Menezes Tavares",
        a("interview", APP_PL, 11, "greenhouse"),
        """Oi Rafael!

Gostaríamos de agendar sua entrevista com a Bruna Leal (Head de People) para a posição de People Ops Specialist.

Quando: quarta-feira, 8 de outubro de 2025, 15:00 - 15:45 (BRT)
Onde: Google Meet (link no convite)

Se precisar remarcar, responda este e-mail.

Obrigada,
Bruna

Sent via Greenhouse""",
        sender="no-reply@us.greenhouse-mail.io",
        ics={
            "uid": "gh-pluma-98811-1008@greenhouse.io",
            "start": "2025-10-08 15:00:00 -0300",
            "minutes": 45,
            "organizer": ("Bruna Leal", "bruna.leal@plumasaude.com"),
            "summary": "Entrevista: Rafael Menezes Tavares - People Ops Specialist",
            "location": "https://meet.google.com/vvb-qkwe-zdp",
        },
    ),
    m(
        "42313",
        "2025-10-20 12:05",
        GH_PL,
        "Sua candidatura na Pluma Saúde",
        a("rejection", APP_PL, 11, "greenhouse"),
        """Oi Rafael,

Muito obrigada pelo tempo que você dedicou às conversas com a gente. Curtimos muito te conhecer.

Depois de muita reflexão, decidimos não seguir com a sua candidatura para People Ops Specialist neste momento. Buscamos alguém com mais experiência em ferramentas de HRIS para healthtechs em fase de escala.

Vamos manter seu contato e torcer muito por você!

Time de People | Pluma Saúde""",
    ),
    # --- 12 Rotalivre (Recruitee) -> withdrawn -----------------------------------------------------
    m(
        "42321",
        "2025-11-11 19:22",
        RT,
        "Candidatura recebida - Analista de People",
        a("confirmation", APP_RT, 12, "recruitee"),
        """Olá Rafael,

Obrigado pelo seu interesse na Rotalivre! Recebemos sua candidatura para Analista de People (remoto).

Vamos analisar tudo com calma e voltamos a falar em breve.

Time Rotalivre
rotalivre.recruitee.com""",
    ),
    m(
        "42322",
        "2025-11-18 11:10",
        "Caio Nascimento <caio@rotalivre.com.br>",
        "Rotalivre - entrevista com o time",
        a("interview", APP_RT, 12, "recruitee"),
        """Olá Rafael,

Tudo bem? Queremos te conhecer! Escolha um horário para a entrevista inicial (45 min) com nosso time de People pelo link abaixo:

https://rotalivre.recruitee.com/o/analista-de-people/schedule/c8f21

Abraço,
Caio Nascimento
Co-founder & COO | Rotalivre""",
        sender="noreply@recruitee.com",
    ),
    m(
        "42323",
        "2025-11-21 09:05",
        "Caio Nascimento <caio@rotalivre.com.br>",
        "Re: Rotalivre - entrevista com o time",
        a("confirmation", APP_RT, 12, "direct"),
        """Oi Rafael,

Tranquilo, obrigado por avisar com antecedência! Registrei aqui que você está saindo do processo. Se mudar de ideia mais para frente, é só chamar.

Sucesso!
Caio

Em qui., 20 de nov. de 2025 às 22:41, Rafael Menezes Tavares <rafael.mtavares@gmail.com> escreveu:
> Oi Caio, boa noite. Agradeço o convite, mas avancei em outro processo e prefiro
> retirar minha candidatura para não tomar o tempo de vocês. Obrigado!""",
        st="withdrawn",
        **_reply("42322", "Caio Nascimento <caio@rotalivre.com.br>"),
    ),
    # --- 13 Brightloop (Greenhouse, English) ---------------------------------------------------------
    m(
        "42331",
        "2025-10-14 11:03",
        GH_BL,
        "Thank you for applying to Brightloop",
        a("confirmation", APP_BL, 13, "greenhouse", "en"),
        """Hi Rafael,

Thanks for your interest in Brightloop! We've received your application for the HR Business Partner, LATAM (Remote - Brazil) role.

Our team reviews every application and we'll be in touch if your background is a match. In the meantime, check out our blog to learn more about how we work.

Best,
The Brightloop Talent Team""",
        tz="-0400",
    ),
    m(
        "42332",
        "2025-10-22 14:16",
        BL_REC,
        "Brightloop - HRBP LATAM next steps",
        a("interview", APP_BL, 13, "direct", "en"),
        """Hi Rafael,

Thanks for your application to the HR Business Partner, LATAM role. I'd love to set up a 30-minute recruiter screen to learn more about your experience supporting Brazilian teams and talk about what we're building in São Paulo and BH.

Please grab a time that works for you here: https://calendly.com/megan-whitfield-brightloop/30min

Talk soon,
Megan Whitfield
Senior Recruiter, Brightloop
she/her | Denver, CO""",
        tz="-0400",
    ),
    m(
        "42333",
        "2025-11-03 10:30",
        BL_REC,
        "RE: Brightloop - HRBP LATAM next steps",
        a("assessment", APP_BL, 13, "direct", "en"),
        """Hi Rafael,

Great chatting last week! As discussed, the next step is a short written exercise: a one-page plan for rolling out our global performance review cycle to our 60 employees in Brazil, considering CLT and PJ contractors.

Please send it back by Friday, Nov 7. No need to over-polish it.

Thanks!
Megan

-----Original Message-----
From: Rafael Menezes Tavares <rafael.mtavares@gmail.com>
Sent: Thursday, October 30, 2025 5:12 PM
To: Megan Whitfield <megan.whitfield@brightloop.io>
Subject: Re: Brightloop - HRBP LATAM next steps

Hi Megan, thank you for the conversation today. Looking forward to the next steps.
Best, Rafael""",
        tz="-0500",
    ),
    m(
        "42334",
        "2025-11-19 16:45",
        GH_BL,
        "Update on your application",
        a("rejection", APP_BL, 13, "greenhouse", "en"),
        """Hi Rafael,

Thank you so much for the time and thought you put into the HR Business Partner, LATAM process, and for your written exercise, which the team really enjoyed reading.

After careful consideration, we've decided to move forward with another candidate whose experience more closely matches our needs at this stage.

We'll keep your details on file and hope our paths cross again.

All the best,
Megan & the Brightloop Talent Team""",
        tz="-0500",
    ),
    # --- 24 Nortesul Business Services (Lisbon, LinkedIn -> direct, PT-PT) ------------------------
    m(
        "42341",
        "2025-11-06 11:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Rafael, sua candidatura foi enviada para Nortesul Business Services",
        a("confirmation", APP_NS, 24, "linkedin"),
        """Sua candidatura foi enviada para Nortesul Business Services

HR Shared Services Analyst (Brazilian Portuguese)
Nortesul Business Services · Lisboa, Portugal (Híbrido)
Candidatura enviada em 6 de nov. de 2025

Ver vaga: https://www.linkedin.com/jobs/view/4155020981/

© 2025 LinkedIn Corporation""",
    ),
    m(
        "42342",
        "2025-11-17 10:05",
        NS,
        "Nortesul | Entrevista - HR Shared Services Analyst",
        a("interview", APP_NS, 24, "direct"),
        """Caro Rafael,

Agradecemos a sua candidatura para a função de HR Shared Services Analyst, no nosso centro de serviços partilhados em Lisboa (Parque das Nações).

Gostaríamos de o convidar para uma entrevista por videochamada (Microsoft Teams), na próxima quarta-feira, dia 19 de novembro, às 14h00 (hora de Lisboa), 11h00 em Belo Horizonte.

Agradecia que confirmasse a sua disponibilidade. Caso seja seleccionado, a empresa apoia o processo de visto de trabalho e a relocalização.

Com os melhores cumprimentos,

Joana Pestana
Talent Acquisition Specialist
Nortesul Business Services, S.A.
Av. D. João II, 44 - 1990-095 Lisboa""",
        tz="+0000",
        ics={
            "uid": "040000008200E00074C5B7101A82E008000000NORTESUL1911",
            "style": "outlook",
            "start": "2025-11-19 14:00:00 +0000",
            "minutes": 45,
            "organizer": ("Joana Pestana", "joana.pestana@nortesul-bs.pt"),
            "summary": "Entrevista Rafael Tavares | HR SSC Analyst",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "42343",
        "2025-12-05 15:30",
        NS,
        "Nortesul | Processo de recrutamento",
        a("rejection", APP_NS, 24, "direct"),
        """Caro Rafael,

Antes de mais, obrigada pelo tempo dispensado na entrevista e pelo interesse demonstrado na Nortesul.

Após ponderação, informamos que optámos por avançar com outro candidato, já residente em Portugal, dado que a data de início pretendida não é compatível com os prazos do processo de visto.

Ficaremos com o seu contacto para futuras oportunidades.

Com os melhores cumprimentos,
Joana Pestana""",
        tz="+0000",
    ),
    # --- 25 Casa Alfacinha Hotels (Lisbon, direct, ghosted) ----------------------------------------
    m(
        "42351",
        "2025-12-10 09:12",
        ALF,
        "Candidatura recebida - Técnico/a de Recursos Humanos",
        a("confirmation", APP_ALF, 25, "direct"),
        """Exmo. Sr. Rafael Tavares,

Acusamos a receção da sua candidatura espontânea à função de Técnico/a de Recursos Humanos no Grupo Casa Alfacinha Hotels.

A sua candidatura será analisada pela nossa equipa. Caso o seu perfil se enquadre, entraremos em contacto consigo.

Os seus dados serão tratados nos termos do RGPD e conservados por um período máximo de 2 anos.

Com os melhores cumprimentos,
Departamento de Recursos Humanos
Casa Alfacinha Hotels, Lda.
Rua dos Fanqueiros, 210 - Lisboa""",
        tz="+0000",
    ),
    m(
        "42352",
        "2026-01-14 12:40",
        "Sofia Bettencourt <sofia.bettencourt@casaalfacinha.pt>",
        "Conversa telefónica - RH",
        a("interview", APP_ALF, 25, "direct"),
        """Bom dia Rafael,

Vi o seu CV e achei interessante a experiência em departamento pessoal e recrutamento em volume. Podemos ter uma conversa por Zoom na sexta-feira, 16/01, pelas 15h de Lisboa?

Cumprimentos,
Sofia Bettencourt
Diretora de Pessoas
Casa Alfacinha Hotels""",
        tz="+0000",
    ),
    # --- English outreach / alerts ---------------------------------------------------------------
    m(
        "42361",
        "2025-12-04 13:10",
        "Jordan Pike <jordan@remotehq-talent.com>",
        "People Ops role (remote, USD) - Brazil-based",
        ("outreach", None, "People Operations Specialist", None, "agency", "en"),
        """Hi Rafael,

I'm a recruiter at RemoteHQ Talent. We're hiring a People Operations Specialist for a Series B US fintech that is building a team in Brazil - fully remote, paid in USD as a contractor (PJ).

Would you be open to a quick chat this week? Happy to share more details on the client once we connect.

Cheers,
Jordan Pike
RemoteHQ Talent""",
        tz="-0500",
    ),
    m(
        "42362",
        "2025-11-25 08:30",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "HR Business Partner jobs you might like",
        ("alert", None, None, None, "other", "en"),
        """Glassdoor

Jobs picked for you, Rafael

HR Business Partner - LATAM
Ledgerwise · Remote (Brazil)
Easy Apply

People Partner
Tidal Commerce · São Paulo, Brazil

Senior HR Generalist
Northgate Logistics · Remote

See all jobs: https://www.glassdoor.com/Job/

Glassdoor, Inc. · Unsubscribe""",
        tz="-0500",
    ),
    m(
        "42363",
        "2025-10-15 09:10",
        "Brightloop Careers <careers@brightloop.io>",
        "Welcome to the Brightloop Talent Network",
        ("alert", "Brightloop", None, None, "direct", "en"),
        """Hi Rafael,

Thanks for joining the Brightloop Talent Network! We'll let you know about new openings and events that match your interests (People / HR, LATAM).

Follow us on LinkedIn for a peek behind the scenes.

- Brightloop Talent""",
        tz="-0400",
    ),
    m(
        "42364",
        "2026-02-10 07:45",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Caeté Pay está contratando: Analista de People Analytics",
        ("alert", "Caeté Pay", "Analista de People Analytics", None, "linkedin", "pt"),
        """Caeté Pay está contratando

Analista de People Analytics
Caeté Pay · Belo Horizonte, MG (Remoto)

Uma empresa que você segue publicou uma nova vaga.

Ver vaga: https://www.linkedin.com/jobs/view/4188210033/

© 2026 LinkedIn Corporation""",
    ),
    m(
        "42365",
        "2025-12-20 14:00",
        "Net-Empregos <noreply@net-empregos.com>",
        "Novas ofertas de emprego: Recursos Humanos - Lisboa",
        ("alert", None, None, None, "other", "pt"),
        """Net-Empregos

Ofertas de emprego que correspondem ao seu alerta "Recursos Humanos - Lisboa":

- Técnico de Processamento Salarial (m/f) - Lisboa
- Recrutador/a - Setor Tecnológico - Oeiras
- HR Generalist com Português do Brasil - Lisboa

Ver todas as ofertas: https://www.net-empregos.com

Para anular o alerta, clique aqui.""",
        tz="+0000",
    ),
]

# ruff: noqa: E501  (hand-written mail keeps the line lengths its senders would use)
"""Corpus 49 data: job mail in English and Spanish, and hunting-firm mail (see heldout49.py)."""

from __future__ import annotations

from typing import Any

from heldout49_jobs import m  # the same message shorthand (and reply ids)


def mj(key, date, frm, subject, cat, app, text=None, html=None, st=None, source=None, **kw):
    company, role, n, src, lang = app
    spec = m(
        key, date, frm, subject, (cat, company, role, n, source or src, lang), text, html, **kw
    )
    if st:
        spec["st"] = st
    return spec


LAT = ("Lattice Freight", "Senior Backend Engineer", 7, "ashby", "en")
ORB = ("Orbitel Health", "Data Engineer (LATAM)", 8, "lever", "en")
TAN = ("Tandaro", "Ingeniero de Datos Senior", 9, "workable", "es")
VIR = ("Vireo Systems", "Data Engineer II", 10, "workday", "en")
LAT2 = ("Lattice Freight", "Senior Backend Engineer", 11, "ashby", "en")
PON = ("Ponte Crédito", "Engenheiro Backend Sênior", 12, "agency", "pt")
ARV = ("Arvo Energia", "Engenheiro de Dados Sênior", 13, "agency", "pt")
QUI = ("Quillpath", "Senior Data Engineer", 23, "greenhouse", "en")
TID = ("Tidewater Analytics", "Backend Engineer, Integrations", 24, "lever", "en")
BRL = ("Brightloop", "Software Engineer, Data Platform", 25, "workable", "en")

MAIL: list[dict[str, Any]] = [
    # --- Lattice Freight (Ashby): rejected, then re-application in February ------------------
    mj(
        "ab-lat-1",
        "2025-10-10 17:02:11 -0300",
        "Lattice Freight <no-reply@ashbyhq.com>",
        "Thanks for applying to Lattice Freight",
        "confirmation",
        LAT,
        text="""Hi Rafael,

Thanks for applying for the Senior Backend Engineer role at Lattice Freight! We're a small team
building the operating system for mid-size trucking carriers, and we're hiring our first
engineers in Brazil (contractor, paid in USD).

We review every application by hand. You'll hear from us either way within two weeks.

Cheers,
The Lattice Freight team
""",
    ),
    mj(
        "ab-lat-2",
        "2025-10-22 12:40:00 -0300",
        "Lattice Freight <no-reply@ashbyhq.com>",
        "Your application to Lattice Freight",
        "rejection",
        LAT,
        text="""Hi Rafael,

Thank you for your interest in Lattice Freight and for the time you put into your application.

We've decided to move forward with candidates whose experience more closely matches what we need
right now, particularly around TypeScript and event-sourced systems. We know that's not the news
you were hoping for.

We'd genuinely encourage you to keep an eye on our careers page as the team grows.

Best,
Maya Okafor
Recruiting, Lattice Freight
""",
    ),
    mj(
        "ab-lat-3",
        "2026-02-16 10:12:45 -0300",
        "Lattice Freight <no-reply@ashbyhq.com>",
        "Thanks for applying to Lattice Freight",
        "confirmation",
        LAT2,
        html="""<html><body><p>Hi Rafael,</p><p>We've received your application for <strong>Senior Backend Engineer</strong> (Brazil, remote). Thanks for thinking of us again!</p><p>Our team will review it and get back to you soon.</p><p>— Lattice Freight Recruiting</p><p style="color:#999;font-size:11px">Powered by Ashby</p></body></html>""",
    ),
    mj(
        "lat-4",
        "2026-02-26 14:05:00 -0300",
        "Maya Okafor <maya@latticefreight.com>",
        "Lattice Freight <> Rafael: intro call",
        "interview",
        LAT2,
        source="direct",
        text="""Hi Rafael,

Good to see your name again! A lot has changed since October, the team now works mostly in Go,
which lines up much better with your background.

Would you have 30 minutes for an intro call with me next week? Here is my calendar:
https://calendar.app.google/LfMayaIntro30

Best,
Maya
""",
    ),
    # --- Orbitel Health (Lever) ------------------------------------------------------------------
    mj(
        "lv-orb-1",
        "2025-10-13 23:11:07 -0300",
        "Orbitel Health <no-reply@hire.lever.co>",
        "Thank you for your application to Orbitel Health",
        "confirmation",
        ORB,
        text="""Hi Rafael,

Thank you for applying to the Data Engineer (LATAM) position at Orbitel Health. Our team is
reviewing applications and will reach out if there's a fit.

In the meantime, feel free to learn more about how we're modernizing clinical data exchange:
https://orbitelhealth.com/engineering

Best,
Orbitel Health Talent Team
""",
    ),
    mj(
        "orb-2",
        "2025-10-28 15:30:00 -0300",
        "Priya Raman <priya.raman@orbitelhealth.com>",
        "Interview invitation: Orbitel Health - Data Engineer (LATAM)",
        "interview",
        ORB,
        source="direct",
        text="""Hi Rafael,

Thanks for your patience! The hiring team would love to meet you. I've sent a calendar invite
for a 45-minute technical screen with Daniel (Staff Data Engineer) on Tuesday, Nov 4 at 1pm
São Paulo time.

Please let me know if you need a different slot.

Best,
Priya Raman | Technical Recruiter, Orbitel Health
""",
        ics={
            "start": "2025-11-04 13:00:00 -0300",
            "minutes": 45,
            "organizer": ("Priya Raman", "priya.raman@orbitelhealth.com"),
            "attendees": [("Daniel Whitfield", "daniel.whitfield@orbitelhealth.com")],
            "uid": "orb1104screen@google.com",
            "summary": "Orbitel Health: Technical Screen (Rafael Nogueira Tanaka)",
            "location": "https://meet.google.com/oht-mnbq-ewk",
        },
    ),
    mj(
        "lv-orb-3",
        "2025-11-12 19:00:00 -0300",
        "Orbitel Health <no-reply@hire.lever.co>",
        "Following up",
        "rejection",
        ORB,
        text="""Hi Rafael,

Thanks again for taking the time to speak with our team about the Data Engineer (LATAM) role.
Daniel enjoyed your conversation and was impressed by your depth in streaming pipelines.

After a lot of deliberation, we've decided to proceed with another candidate whose healthcare
data experience (HL7/FHIR) is closer to what this role requires. We'd be glad to stay in touch.

All the best,
Priya
""",
    ),
    # --- Tandaro (Workable, Spanish) -------------------------------------------------------------
    mj(
        "wk-tan-1",
        "2025-10-30 11:15:00 -0300",
        "Tandaro <noreply@candidates.workablemail.com>",
        "Gracias por postularte a Tandaro",
        "confirmation",
        TAN,
        text="""Hola Rafael,

¡Gracias por tu interés en Tandaro! Recibimos tu postulación para Ingeniero de Datos Senior
(remoto LATAM, contrato en USD).

Nuestro equipo de Talento revisará tu perfil y te contactaremos si avanzas a la siguiente etapa.

Saludos,
Equipo de Talento Tandaro
""",
    ),
    mj(
        "wk-tan-2",
        "2025-11-06 10:00:00 -0300",
        "Tandaro <noreply@candidates.workablemail.com>",
        "Tandaro: prueba técnica - Ingeniero de Datos Senior",
        "assessment",
        TAN,
        text="""Hola Rafael,

¡Buenas noticias! Avanzaste a la etapa de prueba técnica. Es un ejercicio para hacer en casa
(modelar y cargar eventos de transacciones en un data warehouse), aproximadamente 4 horas.

Tienes hasta el lunes 17 de noviembre para enviarlo: https://apply.workable.com/tandaro/assessment/9Q2X1

Mucho éxito,
Valentina Ríos
Talent Partner | Tandaro
""",
    ),
    mj(
        "tan-3",
        "2025-11-20 16:48:00 -0500",
        "Valentina Ríos <valentina.rios@tandaro.mx>",
        "Entrevista con el equipo de Datos - Tandaro",
        "interview",
        TAN,
        source="direct",
        text="""Hola Rafael, ¿cómo estás?

El equipo revisó tu prueba y quedó muy contento. Te propongo una entrevista con Andrés (Engineering
Manager) el martes 25 a las 10:00 hora CDMX (13:00 en São Paulo). Te envío la invitación.

Un abrazo,
Valentina
""",
        ics={
            "start": "2025-11-25 13:00:00 -0300",
            "minutes": 60,
            "organizer": ("Valentina Ríos", "valentina.rios@tandaro.mx"),
            "attendees": [("Andrés Salgado", "andres.salgado@tandaro.mx")],
            "uid": "tandaro1125rafael@google.com",
            "summary": "Tandaro | Entrevista técnica - Rafael Tanaka",
            "location": "https://meet.google.com/tnd-qqwa-rrt",
        },
    ),
    mj(
        "wk-tan-4",
        "2025-11-27 12:30:00 -0300",
        "Tandaro <noreply@candidates.workablemail.com>",
        "Actualización de tu proceso en Tandaro",
        "confirmation",
        TAN,
        st="withdrawn",
        text="""Hola Rafael,

Confirmamos que retiraste tu postulación para Ingeniero de Datos Senior. ¡Gracias por avisarnos
con tiempo y mucho éxito en tu nuevo rol!

Equipo de Talento Tandaro
""",
    ),
    # --- Vireo Systems (Workday) ----------------------------------------------------------------
    m(
        "wd-vir-0",
        "2025-10-18 10:02:00 -0300",
        "Vireo Systems <vireo@myworkday.com>",
        "Complete your application - Data Engineer II",
        ("alert", "Vireo Systems", "Data Engineer II", None, "workday", "en"),
        text="""Hi Rafael,

You started an application for Data Engineer II (Campinas, Brazil - Req R-0041882) but haven't
submitted it yet. Sign in to the Vireo Systems Careers site to finish:
https://vireo.wd5.myworkdayjobs.com/VireoCareers/job/Campinas/Data-Engineer-II_R-0041882

Vireo Systems Talent Acquisition
""",
    ),
    mj(
        "wd-vir-1",
        "2025-10-19 21:30:00 -0300",
        "Vireo Systems <vireo@myworkday.com>",
        "Application received: Data Engineer II (R-0041882)",
        "confirmation",
        VIR,
        text="""Dear Rafael Nogueira Tanaka,

Thank you for applying for the position of Data Engineer II (R-0041882) at Vireo Systems do
Brasil Ltda., Campinas.

We have received your application and our Talent Acquisition team will review your
qualifications. You can check the status of your application at any time in the Candidate Home.

Kind regards,
Vireo Systems Talent Acquisition
""",
    ),
    mj(
        "wd-vir-2",
        "2025-12-12 03:15:00 -0300",
        "Vireo Systems <vireo@myworkday.com>",
        "Update regarding your application (R-0041882)",
        "rejection",
        VIR,
        text="""Dear Rafael,

Thank you for your interest in Vireo Systems. We have reviewed your application for Data
Engineer II and regret to inform you that we will not be moving forward with your candidacy at
this time.

This position has now been filled. We encourage you to apply for future openings.

Sincerely,
Vireo Systems Talent Acquisition
""",
    ),
    # --- Hunting firm Talentum: outreach for "uma fintech", names Ponte Crédito, then Arvo ----
    m(
        "tal-1",
        "2025-10-20 10:41:00 -0300",
        "Camila Reis <camila.reis@talentumtech.com.br>",
        "Oportunidade Backend Sênior - fintech em crescimento",
        ("outreach", None, "Engenheiro Backend Sênior", None, "agency", "pt"),
        text="""Oi Rafael, tudo bem?

Sou a Camila, headhunter da Talentum Tech Hunting. Estou conduzindo uma posição de Engenheiro
Backend Sênior para uma fintech em crescimento (Série B, ~300 pessoas), com foco em crédito
consignado. Stack Go + Kafka + Postgres, remoto com encontros trimestrais em SP, CLT com faixa
entre R$ 20 e 24 mil + bônus.

Faz sentido conversarmos? Se topar, me manda um horário e um CV atualizado.

Abraços,
Camila Reis
Senior Tech Recruiter | Talentum Tech Hunting
(11) 9 8812-4470
""",
    ),
    mj(
        "tal-2",
        "2025-10-23 18:05:00 -0300",
        "Camila Reis <camila.reis@talentumtech.com.br>",
        "Re: Oportunidade Backend Sênior - fintech em crescimento",
        "confirmation",
        PON,
        re_="tal-1",
        text="""Rafael, obrigada pela conversa de hoje!

Como combinamos, agora posso abrir: o cliente é a Ponte Crédito. Já apresentei seu perfil para
a Débora, gerente de engenharia, com as observações da nossa conversa. Assim que eles derem o
retorno da triagem te aviso.

Abs,
Camila

> Em 21/10/2025 09:12, Rafael Nogueira Tanaka escreveu:
> Oi Camila! Tenho interesse sim. CV em anexo, posso quinta às 14h.
""",
    ),
    mj(
        "tal-3",
        "2025-10-31 11:20:00 -0300",
        "Camila Reis <camila.reis@talentumtech.com.br>",
        "Ponte Crédito - entrevista com a gestora",
        "interview",
        PON,
        text="""Oi Rafael!

A Ponte Crédito quer seguir com você. A Débora propôs quarta (05/11) às 11h, por Teams. Te
encaminho o convite deles em seguida, ok?

Dica: ela gosta de ouvir sobre incidentes reais e como você resolveu.

Camila
""",
    ),
    mj(
        "tal-4",
        "2025-11-14 17:50:00 -0300",
        "Camila Reis <camila.reis@talentumtech.com.br>",
        "Atualização Ponte Crédito + nova oportunidade",
        "confirmation",
        PON,
        st="on_hold",
        text="""Oi Rafael, tudo bem?

Recebi hoje uma notícia chata: a Ponte Crédito congelou a vaga de Backend Sênior até o
orçamento de 2026 ser aprovado. Eles gostaram de você e pediram para manter contato, mas não há
previsão.

Por outro lado, tenho outro cliente que acho que tem tudo a ver: a Arvo Energia (comercializadora
de energia, time de dados novo) procura um Engenheiro de Dados Sênior, remoto, CLT. Posso te
apresentar?

Abs,
Camila
""",
    ),
    mj(
        "tal-5",
        "2025-11-17 09:30:00 -0300",
        "Camila Reis <camila.reis@talentumtech.com.br>",
        "Arvo Energia - entrevista técnica quinta",
        "interview",
        ARV,
        text="""Bom dia Rafael!

Perfil apresentado na sexta e a Arvo já quer te conhecer: entrevista técnica quinta (20/11) às
16h com o Fábio, coordenador de dados. Link: https://teams.microsoft.com/l/meetup-join/19%3aarvo1120

Me confirma?
Camila
""",
    ),
    mj(
        "tal-6",
        "2025-11-19 08:05:00 -0300",
        "Camila Reis <camila.reis@talentumtech.com.br>",
        "Arvo Energia",
        "confirmation",
        ARV,
        st="withdrawn",
        text="""Oi Rafael,

Entendido! Cancelei a entrevista de amanhã com a Arvo e avisei o Fábio que você aceitou outra
proposta. Fica tranquilo, foi super tranquilo com eles.

Parabéns pela nova fase! Quando quiser olhar o mercado de novo, me chama.
Camila
""",
    ),
    # --- Nexo Headhunters: outreach for "um banco digital", never named ----------------------
    m(
        "nexo-1",
        "2025-11-03 14:33:00 -0300",
        "Rodrigo Vilela <rodrigo@nexohunters.com.br>",
        "Posição confidencial - Tech Lead Dados - banco digital",
        ("outreach", None, "Tech Lead de Dados", None, "agency", "pt"),
        text="""Olá Rafael,

Estou com uma posição confidencial de Tech Lead de Dados em um dos maiores bancos digitais do
país. Remuneração agressiva (fixo + bônus + ILP). Modelo híbrido na Faria Lima.

Tem disponibilidade para uma conversa rápida?

Att.,
Rodrigo Vilela
Sócio | Nexo Headhunters
""",
    ),
    m(
        "nexo-2",
        "2025-11-10 09:02:00 -0300",
        "Rodrigo Vilela <rodrigo@nexohunters.com.br>",
        "Re: Posição confidencial - Tech Lead Dados - banco digital",
        ("outreach", None, "Tech Lead de Dados", None, "agency", "pt"),
        re_="nexo-1",
        text="""Rafael, tudo bem? Voltando aqui, conseguiu ver minha mensagem? A posição segue aberta.

Abs,
Rodrigo
""",
    ),
    # --- Quillpath (Greenhouse, English): praise-before-no after final round -------------------
    mj(
        "gh-qui-1",
        "2025-11-01 12:00:00 -0300",
        "Quillpath Recruiting <no-reply@greenhouse.io>",
        "Quillpath - Application received",
        "confirmation",
        QUI,
        text="""Hi Rafael,

Thank you for your interest in Quillpath! We wanted to let you know we received your
application for Senior Data Engineer, and we are delighted that you would consider joining our
team.

Our team will review your application and will be in touch if your qualifications match our
needs for the role.

Regards,
Quillpath Recruiting
""",
    ),
    mj(
        "gh-qui-2",
        "2025-11-10 15:20:00 -0300",
        "Quillpath Recruiting <no-reply@greenhouse.io>",
        "Please select your interview times for Quillpath",
        "interview",
        QUI,
        text="""Hi Rafael,

Please use the link below to select times for your interview loop for the Senior Data Engineer
role (3 x 45 min: SQL & modeling, system design, values). We'll schedule it within your
availability.

https://app.greenhouse.io/scheduling/candidate/qp82hd1

Thanks,
Jess Lindqvist
""",
    ),
    mj(
        "qui-3",
        "2025-11-11 10:00:00 -0300",
        "Jess Lindqvist <jess@quillpath.io>",
        "Interview confirmed: Quillpath final loop",
        "interview",
        QUI,
        source="direct",
        text="""Hi Rafael, you're all set for Monday Nov 17, 11:00-13:45 BRT. Calendar invites with Zoom links are on their way.

Jess Lindqvist | Talent, Quillpath
""",
        ics={
            "start": "2025-11-17 11:00:00 -0300",
            "minutes": 165,
            "organizer": ("Jess Lindqvist", "jess@quillpath.io"),
            "uid": "qp-loop-1117-rnt@google.com",
            "summary": "Quillpath Interview Loop - Rafael Nogueira Tanaka",
            "location": "https://quillpath.zoom.us/j/88120394411",
            "description": "11:00 SQL & Modeling (Ana)\n11:55 System Design (Tom)\n12:50 Values (Jess)",
        },
    ),
    mj(
        "qui-4",
        "2025-11-21 18:40:00 -0300",
        "Jess Lindqvist <jess@quillpath.io>",
        "Quillpath update",
        "rejection",
        QUI,
        source="direct",
        text="""Hi Rafael,

I really wanted to thank you for spending your Monday with us. The panel was unanimous that your
SQL round was one of the strongest we've seen this quarter, and Tom loved your approach to
backfills.

That made this a hard call, but we've decided to extend an offer to another candidate whose
experience with dbt at scale is a closer fit for where the platform is heading. I'm sorry
to send this news.

If you're open to it, I'd love to reach out when we open the next data role in Q2.

Warmly,
Jess
""",
    ),
    # --- Tidewater Analytics (Lever): ghosted, recruiter auto-reply -----------------------------
    mj(
        "lv-tid-1",
        "2025-11-19 22:02:00 -0300",
        "Tidewater Analytics <no-reply@hire.lever.co>",
        "Your application to Tidewater Analytics",
        "confirmation",
        TID,
        text="""Hi Rafael,

Thanks for applying to the Backend Engineer, Integrations role at Tidewater Analytics. We'll be
reviewing your application soon.

Tidewater Analytics
""",
    ),
    m(
        "tid-ooo",
        "2025-11-24 08:00:00 -0300",
        "Ben Castro <ben.castro@tidewateranalytics.com>",
        "Automatic reply: Backend Engineer, Integrations - follow-up",
        (
            "other_job",
            "Tidewater Analytics",
            "Backend Engineer, Integrations",
            None,
            "direct",
            "en",
        ),
        text="""Hi,

I'm out of the office for Thanksgiving until Monday, December 1 with limited access to email.
For urgent recruiting matters please contact talent@tidewateranalytics.com.

Thanks,
Ben
""",
    ),
    # --- Brightloop (Workable) ------------------------------------------------------------------
    mj(
        "wk-brl-1",
        "2026-01-14 09:30:00 -0300",
        "Brightloop <noreply@candidates.workablemail.com>",
        "Brightloop: We received your application",
        "confirmation",
        BRL,
        text="""Hi Rafael,

Thanks for applying to Software Engineer, Data Platform at Brightloop. We hire across Brazil
as PJ contractors, paid in USD.

We'll let you know about next steps soon.

Brightloop Hiring Team
""",
    ),
    mj(
        "wk-brl-2",
        "2026-01-29 16:10:00 -0300",
        "Brightloop <noreply@candidates.workablemail.com>",
        "Your Brightloop application",
        "rejection",
        BRL,
        text="""Hi Rafael,

Unfortunately, we have decided not to move forward with your application for Software Engineer,
Data Platform at this time. Thank you for the time you invested, we know applying takes effort.

Best of luck,
Brightloop Hiring Team
""",
    ),
    # --- other English job mail ------------------------------------------------------------------
    m(
        "wf-out",
        "2025-12-09 12:00:00 -0300",
        "Noah Brenner <noah@coralstack.dev>",
        "Remote Go role (USD) - Coralstack",
        ("outreach", "Coralstack", "Senior Go Engineer", None, "direct", "en"),
        text="""Hey Rafael,

Founder of Coralstack here (YC W25, payments infra for marketplaces). Found your talk on
idempotent Kafka consumers from TDC. We're hiring our second engineer in Brazil, senior Go,
fully remote, paid in USD as a contractor.

Worth a 20-min chat?

Noah
""",
    ),
    m(
        "ab-ls-alert",
        "2026-01-20 11:00:00 -0300",
        "Lattice Freight <no-reply@ashbyhq.com>",
        "New roles at Lattice Freight",
        ("alert", "Lattice Freight", None, None, "ashby", "en"),
        text="""Hi Rafael,

You're in our talent community, so we wanted to let you know we just opened two roles in
Brazil: Senior Backend Engineer and Staff Engineer, Platform.

See open roles: https://jobs.ashbyhq.com/latticefreight
""",
    ),
]

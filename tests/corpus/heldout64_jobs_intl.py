# ruff: noqa: E501
"""Corpus 64, English and Spanish job mail, alerts and outreach (data only): see heldout64.py."""

from __future__ import annotations

from typing import Any


def m(key, when, frm, subject, t, text=None, html=None, tz="-0300", **kw) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec: dict[str, Any] = {
        "id": f"<{key}.{when[:10].replace('-', '')}@{dom}>",
        "date": f"{when}:00 {tz}",
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


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def S(cat, co, role, app, src):
    return (cat, co, role, app, src, "es")


def ev(uid, start, summary, org, minutes=60, tz="-0300", **kw):
    d = {
        "uid": uid,
        "start": f"{start}:00 {tz}",
        "summary": summary,
        "organizer": org,
        "minutes": minutes,
    }
    d.update(kw)
    return d


HV, HVR = "Halvorsen", "Senior Accountant, Record to Report"
LL, LLR = "Ledgerloop", "FP&A Analyst (LATAM, remote)"
TP, TPR = "Tambo Pagos", "Analista de FP&A"
QB, QBR = "Quebracho Logística", "Analista de Control de Gestión"
CO, COR = "Corvane", "FP&A Analyst - Curitiba Hub"
TS, TSR = "Tessera Health", "Senior Accountant (Brazil)"

MAIL: list[dict[str, Any]] = [
    # --- 17 Halvorsen GBS Curitiba, Workday, HireVue ---
    m(
        "91002",
        "2025-09-02 13:20",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Thank you for applying - Senior Accountant, Record to Report (JR-118204)",
        E("confirmation", HV, HVR, 17, "workday"),
        "Dear Larissa,\n\nThank you for your interest in Halvorsen Industrial ASA. We have received your application for Senior Accountant, Record to Report (JR-118204) at our Global Business Services centre in Curitiba, Brazil.\n\nOur Talent Acquisition team will review your profile. Unfortunately, due to the high volume of applications, we are not able to respond to every candidate individually; if your background matches, we will contact you.\n\nKind regards,\nHalvorsen Talent Acquisition",
    ),
    m(
        "91008",
        "2025-09-12 10:05",
        "Halvorsen Talent Acquisition <noreply@hirevue.com>",
        "Halvorsen GBS: complete your digital interview",
        E("assessment", HV, HVR, 17, "hirevue"),
        html="<p>Hi Larissa,</p><p>Halvorsen GBS Curitiba has invited you to complete a digital interview for <b>Senior Accountant, Record to Report</b>.</p><p>You will answer 5 questions on video (2 in English, 3 in Portuguese). Please complete it within 5 days.</p><p><a href='https://app.hirevue.com/interviews/a77'>Start interview</a></p><p>Powered by HireVue</p>",
    ),
    m(
        "91015",
        "2025-09-24 09:42",
        "Rafael Nakamura <rafael.nakamura@halvorsen.com>",
        "Halvorsen GBS | Panel interview - Senior Accountant R2R",
        E("interview", HV, HVR, 17, "direct"),
        "Hi Larissa,\n\nThanks for completing the digital interview. The hiring team would like to meet you for a panel interview with Ana Beatriz Cunha (R2R Team Lead) and Ingrid Solberg (Finance Process Owner, Oslo). It will be in English. I've sent a Teams invite for Monday 29 Sep at 11:00 BRT.\n\nBest regards,\nRafael Nakamura\nTalent Acquisition Specialist | Halvorsen GBS Curitiba",
        ics=ev(
            "040000008200E00074C5B7101A82E008-hv-29",
            "2025-09-29 11:00",
            "Panel interview - Larissa Kowalski - JR-118204",
            ("Rafael Nakamura", "rafael.nakamura@halvorsen.com"),
            60,
            style="outlook",
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "91019",
        "2025-10-10 14:10",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Your application for JR-118204",
        E("rejection", HV, HVR, 17, "workday"),
        "Dear Larissa,\n\nThank you for the time you dedicated to our recruitment process for Senior Accountant, Record to Report. The panel appreciated your solid closing experience and clear communication.\n\nAfter careful consideration, we have decided to move forward with another candidate whose profile more closely matches the current needs of the team.\n\nWe encourage you to keep an eye on our careers site.\n\nKind regards,\nHalvorsen Talent Acquisition",
    ),
    # --- 18 Ledgerloop, Ashby, founder Gmail, ghost ---
    m(
        "91030",
        "2025-11-11 15:02",
        "Ledgerloop <no-reply@ashbyhq.com>",
        "Thanks for applying to Ledgerloop!",
        E("confirmation", LL, LLR, 18, "ashby"),
        "Hi Larissa,\n\nThanks for applying for the FP&A Analyst (LATAM, remote) role at Ledgerloop! We're a small team, so a real human reads every application. We'll be in touch either way within two weeks.\n\n- The Ledgerloop team",
        tz="-0500",
    ),
    m(
        "91034",
        "2025-11-14 20:31",
        "Owen Castellanos <owen.castellanos@gmail.com>",
        "Ledgerloop - quick chat?",
        E("interview", LL, LLR, 18, "direct"),
        "Hi Larissa,\n\nOwen here, co-founder at Ledgerloop (we do close automation for mid-market companies). Loved that you've done month-end close at a cooperative, that's exactly the type of customer we sell to in Brazil.\n\nGrab any 30 min slot here: https://cal.com/owenc/30min\n\nCheers,\nOwen\n\nSent from my iPhone",
        tz="-0500",
    ),
    m(
        "91035",
        "2025-11-15 09:12",
        "Cal.com <no-reply@cal.com>",
        "Confirmed: 30 Min Meeting between Owen Castellanos and Larissa Kowalski",
        E("interview", LL, LLR, 18, "other"),
        "This meeting is scheduled.\n\nWhat: 30 Min Meeting between Owen Castellanos and Larissa Kowalski\nWhen: Tuesday, November 18, 2025 14:00 - 14:30 (America/Sao_Paulo)\nWhere: Google Meet\n\nNeed to make a change? Reschedule or Cancel",
        ics=ev(
            "calcom-2bd9e1",
            "2025-11-18 14:00",
            "30 Min Meeting between Owen Castellanos and Larissa Kowalski",
            ("Owen Castellanos", "owen.castellanos@gmail.com"),
            30,
        ),
    ),
    m(
        "91039",
        "2025-12-01 08:50",
        "Larissa Kowalski <larissa.kowalski@gmail.com>",
        "Re: Ledgerloop - quick chat?",
        E("interview", LL, LLR, 18, "direct"),
        "Hi Owen,\n\nThanks again for the conversation on the 18th. Just checking in on next steps for the FP&A role - happy to do a case or talk to anyone else on the team.\n\nBest,\nLarissa",
        to="Owen Castellanos <owen.castellanos@gmail.com>",
    ),
    # --- 19 Tambo Pagos, Montevideo, Teamtailor (es) ---
    m(
        "91050",
        "2025-11-05 11:30",
        "Tambo Pagos <no-reply@teamtailor-mail.com>",
        "Recibimos tu postulación - Analista de FP&A",
        S("confirmation", TP, TPR, 19, "teamtailor"),
        "¡Hola Larissa!\n\nGracias por postularte a Analista de FP&A en Tambo Pagos. Nuestro equipo revisará tu perfil y te escribiremos en las próximas semanas. Si no quedás seleccionada en esta oportunidad, igual te avisamos.\n\nSaludos,\nEquipo de Personas - Tambo Pagos S.A.S. (Montevideo)",
    ),
    m(
        "91055",
        "2025-11-18 12:44",
        "Valentina Ferrés <valentina.ferres@tambopagos.com.uy>",
        "Entrevista - Analista de FP&A (remoto desde Brasil)",
        S("interview", TP, TPR, 19, "direct"),
        "Hola Larissa, ¿cómo estás?\n\nTe escribo de Tambo Pagos. Nos gustaría coordinar una primera entrevista por videollamada. La conversación puede ser en español o portuñol, ¡no te preocupes! Te mando la invitación para el jueves 20/11 a las 10 (hora de Montevideo, misma que Curitiba).\n\nSaludos,\nValentina Ferrés\nTalent & Culture",
        ics=ev(
            "tambo-20nov@google.com",
            "2025-11-20 10:00",
            "Entrevista Larissa Kowalski - FP&A",
            ("Valentina Ferrés", "valentina.ferres@tambopagos.com.uy"),
            45,
            location="https://meet.google.com/zvx-pmwq-bdr",
        ),
    ),
    m(
        "91059",
        "2025-12-04 16:05",
        "Tambo Pagos <no-reply@teamtailor-mail.com>",
        "Novedades sobre tu proceso en Tambo Pagos",
        S("rejection", TP, TPR, 19, "teamtailor"),
        "Hola Larissa,\n\nQueremos agradecerte por el tiempo y el interés. Disfrutamos mucho la charla y tu experiencia en costos nos pareció muy interesante.\n\nLamentablemente, decidimos avanzar con una persona con residencia en Uruguay, por temas de contratación local.\n\nTe deseamos muchos éxitos,\nEquipo de Personas - Tambo Pagos",
    ),
    # --- 20 Quebracho Logística, Buenos Aires, LinkedIn (es) ---
    m(
        "91070",
        "2025-12-09 18:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Larissa, tu solicitud fue enviada a Quebracho Logística",
        S("confirmation", QB, QBR, 20, "linkedin"),
        "Tu solicitud fue enviada a Quebracho Logística\n\nAnalista de Control de Gestión\nQuebracho Logística S.R.L. · Buenos Aires, Argentina (Remoto)\n\nLinkedIn",
    ),
    m(
        "91073",
        "2025-12-15 09:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Quebracho Logística vio tu solicitud",
        S("viewed", QB, QBR, 20, "linkedin"),
        "Quebracho Logística vio tu solicitud para Analista de Control de Gestión.\n\nLinkedIn",
    ),
    # --- 21 Corvane, SmartRecruiters ---
    m(
        "91090",
        "2026-01-14 10:10",
        "Corvane <noreply@smartrecruiters.com>",
        "Thank you for your application to Corvane Logistics",
        E("confirmation", CO, COR, 21, "smartrecruiters"),
        "Hi Larissa,\n\nThank you for applying for FP&A Analyst - Curitiba Hub. We've received your application and our recruiting team will be reviewing it shortly.\n\nIf your qualifications match our requirements, a recruiter will contact you about next steps.\n\nBest regards,\nCorvane Talent Team\n\nPowered by SmartRecruiters",
    ),
    m(
        "91094",
        "2026-01-28 17:22",
        "Corvane <noreply@smartrecruiters.com>",
        "Update on your application - FP&A Analyst",
        E("rejection", CO, COR, 21, "smartrecruiters"),
        "Hi Larissa,\n\nWe appreciate your interest in Corvane and the time you invested. We've reviewed your application carefully and, at this time, we will not be moving forward. We'll keep your details on file.\n\nCorvane Talent Team",
    ),
    # --- 22 Tessera Health, Greenhouse ---
    m(
        "91110",
        "2026-01-20 12:05",
        "Tessera Health <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Tessera Health",
        E("confirmation", TS, TSR, 22, "greenhouse"),
        "Hi Larissa,\n\nThanks for your interest in Tessera Health! We've received your application for Senior Accountant (Brazil). If you are not selected for an interview, we'll let you know by email once the role is filled.\n\nTessera Health Recruiting",
        tz="-0500",
    ),
    m(
        "91114",
        "2026-02-02 15:40",
        "Jess Whitford <jess.whitford@tesserahealth.com>",
        "Tessera Health - Recruiter screen",
        E("interview", TS, TSR, 22, "direct"),
        "Hi Larissa,\n\nThanks for applying! I'd love to set up a 30-minute recruiter screen to talk about our Brazil entity setup (we just opened a Ltda. in São Paulo). Please pick a time that works: https://app.goodtime.io/s/tessera/ab31\n\nThanks,\nJess Whitford | Recruiting, Tessera Health",
        tz="-0500",
    ),
    m(
        "91115",
        "2026-02-03 10:02",
        "GoodTime <scheduling@goodtime.io>",
        "Interview confirmed: Tessera Health - Recruiter Screen",
        E("interview", TS, TSR, 22, "other"),
        "Hi Larissa,\n\nYour interview with Tessera Health is confirmed.\n\nRecruiter Screen with Jess Whitford\nFriday, February 6, 2026, 11:00 AM - 11:30 AM BRT\nZoom: https://tesserahealth.zoom.us/j/8812203311",
        ics=ev(
            "goodtime-tessera-ab31",
            "2026-02-06 11:00",
            "Tessera Health - Recruiter Screen (Larissa Kowalski)",
            ("Jess Whitford", "jess.whitford@tesserahealth.com"),
            30,
        ),
    ),
    m(
        "91119",
        "2026-02-18 13:15",
        "Tessera Health <no-reply@us.greenhouse-mail.io>",
        "Following up on your Tessera Health application",
        E("rejection", TS, TSR, 22, "greenhouse"),
        "Hi Larissa,\n\nThank you for taking the time to speak with our team. It was great learning about your experience in costing and controllership.\n\nWe've decided to pursue candidates whose experience is more closely aligned with US GAAP reporting for this role.\n\nBest of luck in your search,\nTessera Health Recruiting",
        tz="-0500",
    ),
    # --- alerts, welcomes, nudges ---
    m(
        "91200",
        "2025-09-01 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“analista de controladoria”: 18 vagas novas em Curitiba",
        ("alert", None, None, None, "linkedin", "pt"),
        "Suas vagas\n\nAnalista de Controladoria Pleno - Grupo Araucária - Curitiba, PR\nAnalista de Custos - Nordfeld Agro - Curitiba, PR\nAnalista de FP&A - Capivara Pay - Curitiba, PR (Híbrido)\n\nVer todas as vagas\n\nVocê está recebendo alertas de vagas com base na sua busca.",
    ),
    m(
        "91203",
        "2025-09-15 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Novas vagas para “coordenador de custos”",
        ("alert", None, None, None, "linkedin", "pt"),
        "Coordenador de Custos - Guaricana Pisos - Curitiba\nCoordenadora de Custos Industriais - confidencial - Araucária, PR\nGerente de Controladoria - Viação Tingui - Curitiba\n\nLinkedIn",
    ),
    m(
        "91206",
        "2025-09-07 10:30",
        "Gupy <noreply@gupy.io>",
        "Vagas que combinam com você, Larissa",
        ("alert", None, None, None, "other", "pt"),
        html="<h3>Vagas recomendadas para você</h3><ul><li>Analista de Custos - COVALI - Curitiba</li><li>Analista Contábil Sr - Rede Vitalis - Curitiba</li><li>Analista de Orçamento - Sulcredi - Curitiba</li></ul><p>Gupy</p>",
    ),
    m(
        "91209",
        "2025-10-05 08:15",
        "Catho <alertas@catho.com.br>",
        "12 novas vagas de Analista de Custos",
        ("alert", None, None, None, "other", "pt"),
        "Olá Larissa, encontramos 12 vagas de Analista de Custos perto de você.\n\nAnalista de Custos Jr - Indústria alimentícia - São José dos Pinhais\nAnalista de Custos e Orçamento - Confidencial - Curitiba\n\nCatho",
    ),
    m(
        "91212",
        "2025-11-09 06:45",
        "Indeed <alert@indeed.com>",
        "Novas vagas: controladoria em Curitiba, PR",
        ("alert", None, None, None, "indeed", "pt"),
        html="<p>Analista de Controladoria — Empresa confidencial — Curitiba, PR — R$ 6.500 - R$ 8.000 por mês</p><p>Analista de Planejamento Financeiro — Sulcredi — Curitiba, PR</p><p>Indeed</p>",
    ),
    m(
        "91215",
        "2025-12-07 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“FP&A” remote jobs in Latin America",
        ("alert", None, None, None, "linkedin", "en"),
        "FP&A Analyst (LATAM) - Ledgerloop - Remote\nAnalista de Control de Gestión - Quebracho Logística - Buenos Aires (Remoto)\nSenior Financial Analyst - Brisa Software - Remote, Brazil\n\nSee all jobs",
    ),
    m(
        "91218",
        "2026-01-11 07:00",
        "Vagas.com <alertas@vagas.com.br>",
        "Vagas de Controladoria para você",
        ("alert", None, None, None, "other", "pt"),
        "Larissa, confira as vagas da semana:\n- Analista de Controladoria - Metalúrgica Boqueirão\n- Coordenador de Controladoria - Grupo hospitalar\n\nVAGAS.com.br",
    ),
    m(
        "91221",
        "2026-02-08 07:10",
        "Gupy <noreply@gupy.io>",
        "3 vagas novas de FP&A esta semana",
        ("alert", None, None, None, "other", "pt"),
        "Oi, Larissa! Separamos vagas que têm a ver com o seu perfil: Analista de FP&A Pleno, Analista de Orçamento, Especialista de Custos. Confira no app da Gupy.",
    ),
    m(
        "91224",
        "2025-09-10 12:00",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Welcome to the Halvorsen Talent Community",
        ("alert", "Halvorsen", None, None, "workday", "en"),
        "Hi Larissa,\n\nThanks for joining our Talent Community. You'll receive updates about opportunities at Halvorsen GBS Curitiba that match your interests.",
    ),
    m(
        "91226",
        "2025-10-11 11:25",
        "Grupo Araucária <noreply@gupy.io>",
        "Você entrou no nosso banco de talentos",
        ("alert", "Pinhão Supermercados", None, None, "other", "pt"),
        "Olá, Larissa! Seu perfil agora faz parte do banco de talentos do Grupo Araucária. Quando surgir uma vaga compatível, avisaremos.",
    ),
    m(
        "91229",
        "2025-11-23 19:00",
        "Gupy <noreply@gupy.io>",
        "Falta pouco! Finalize sua candidatura",
        ("alert", "Sulcredi", "Analista de Orçamento", None, "other", "pt"),
        "Oi, Larissa! Você começou a se candidatar para Analista de Orçamento - Sulcredi, mas não finalizou. A vaga pode encerrar em breve. Continue de onde parou.",
    ),
    m(
        "91232",
        "2026-01-13 20:30",
        "Nordfeld Agro <nordfeld@myworkday.com>",
        "Your application is incomplete",
        ("alert", "Nordfeld Agro", "Coordenador(a) de Custos", None, "workday", "en"),
        "Hello Larissa, you started an application for Coordenador(a) de Custos (R-04502) but did not submit it. Log in to finish.",
    ),
    # --- outreach ---
    m(
        "91250",
        "2025-09-18 16:40",
        "Bruno Tavares via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidade Controller - cliente do setor de saúde",
        ("outreach", None, "Controller", None, "linkedin", "pt"),
        "Olá Larissa, sou headhunter da Vértice Search e tenho uma posição de Controller para um cliente do setor de saúde em Curitiba (faturamento ~R$ 400 mi). Teria interesse em conversar?\n\nBruno Tavares\nVértice Search",
    ),
    m(
        "91253",
        "2025-11-26 10:30",
        "Camila Duarte <camila.duarte@peopleconnect.com.br>",
        "Vaga Analista FP&A Sênior - multinacional de embalagens",
        ("outreach", None, "Analista de FP&A Sênior", None, "agency", "pt"),
        "Oi Larissa! Estou com uma vaga de Analista FP&A Sênior numa multinacional de embalagens em Araucária. Inglês avançado. Faixa R$ 11-13 mil. Posso te ligar?\n\nCamila | PeopleConnect Recrutamento",
    ),
    m(
        "91256",
        "2026-01-19 14:22",
        "Sophie Landry <sophie@brisasoftware.com>",
        "Senior Financial Analyst - Brisa (remote, Brazil)",
        ("outreach", "Brisa", "Senior Financial Analyst", None, "direct", "en"),
        "Hi Larissa,\n\nI lead talent at Brisa Software. We're building our FP&A team in Brazil and your background in cost accounting caught my eye. Open to a quick chat?\n\nSophie Landry\nHead of Talent, Brisa",
        tz="-0500",
    ),
    m(
        "91259",
        "2026-02-10 11:00",
        "Marina Schultz <marina.schultz@talentiarh.com.br>",
        "Nova oportunidade - Gerente de Custos",
        ("outreach", None, "Gerente de Custos", None, "agency", "pt"),
        "Larissa, tudo bem? Lembrei de você para uma vaga de Gerente de Custos numa indústria de alimentos na RMC. Sei que é um passo acima, mas o cliente aceita perfil em desenvolvimento. Vamos conversar?\n\nMarina | Talentia RH",
    ),
    # --- auto-reply ---
    m(
        "91270",
        "2025-12-22 09:01",
        "Luana Witt <luana.witt@nordfeld-agro.com>",
        "Resposta automática: Dúvida sobre o processo R-04417",
        ("other_job", "Nordfeld Agro", "Analista de Controladoria Pleno", None, "direct", "pt"),
        "Olá! Estou em férias coletivas de 22/12 a 05/01, com acesso restrito ao e-mail. Para assuntos urgentes, procure talent.br@nordfeld-agro.com.\n\nI'm on holiday until January 5th.\n\nLuana Witt",
    ),
    # --- forwarded confirmation ---
    m(
        "91280",
        "2025-12-10 08:30",
        "Larissa Kowalski <larissa.kowalski@gmail.com>",
        "ENC: Tu solicitud fue enviada a Quebracho Logística",
        S("confirmation", QB, QBR, 20, "linkedin"),
        "Pai, essa é a vaga da Argentina que te falei, remota.\n\n---------- Mensagem encaminhada ---------\nDe: LinkedIn <jobs-noreply@linkedin.com>\nData: ter., 9 de dez. de 2025 às 18:20\nAssunto: Larissa, tu solicitud fue enviada a Quebracho Logística\n\nTu solicitud fue enviada a Quebracho Logística\nAnalista de Control de Gestión\nQuebracho Logística S.R.L. · Buenos Aires, Argentina (Remoto)",
        to="Estevão Kowalski <estevao.kowalski@uol.com.br>",
    ),
    m(
        "91282",
        "2025-11-06 09:12",
        "Larissa Kowalski <larissa.kowalski@gmail.com>",
        "Fwd: Recibimos tu postulación - Analista de FP&A",
        S("confirmation", TP, TPR, 19, "teamtailor"),
        "Carol, olha a fintech de Montevidéu! Será que topam remoto?\n\n---------- Forwarded message ---------\nFrom: Tambo Pagos <no-reply@teamtailor-mail.com>\nDate: Wed, Nov 5, 2025 at 11:30 AM\nSubject: Recibimos tu postulación - Analista de FP&A\n\n¡Hola Larissa!\nGracias por postularte a Analista de FP&A en Tambo Pagos.",
        to="Carolina Weber <carol.weber@hotmail.com>",
    ),
    # --- 23 Brisa (Brisa Software Inc.), Ashby, careers mailbox at brisa.dev ---
    m(
        "91300",
        "2026-01-20 08:40",
        "Larissa Kowalski <larissa.kowalski@gmail.com>",
        "Re: Senior Financial Analyst - Brisa (remote, Brazil)",
        E("confirmation", "Brisa", "Senior Financial Analyst", 23, "direct"),
        "Hi Sophie,\n\nThanks for reaching out! I'm currently an Analista de Custos at an agribusiness cooperative, but FP&A at a software company is exactly the direction I want. Happy to chat. I've also submitted my application through your careers page.\n\nBest,\nLarissa\n\nOn Mon, Jan 19, 2026 at 2:22 PM Sophie Landry <sophie@brisasoftware.com> wrote:\n> Hi Larissa,\n> I lead talent at Brisa Software. We're building our FP&A team in Brazil",
        to="Sophie Landry <sophie@brisasoftware.com>",
        headers={"In-Reply-To": "<91256.20260119@brisasoftware.com>"},
    ),
    m(
        "91302",
        "2026-01-20 08:52",
        "BrisaHQ Hiring <no-reply@ashbyhq.com>",
        "Application received",
        E("confirmation", "Brisa", "Senior Financial Analyst", 23, "ashby"),
        html="<div style='font-family:sans-serif'><img alt='Brisa' src='https://cdn.ashbyprd.com/brisahq/logo.png'><p>Hi Larissa,</p><p>We got your application for <b>Senior Financial Analyst (Remote - Brazil)</b>. Our team reviews every application and will get back to you soon.</p><p>- Talent @ Brisa</p></div>",
        tz="-0500",
    ),
    m(
        "91305",
        "2026-01-27 13:30",
        "Brisa Talent <talent@brisa.dev>",
        "Invitation: Larissa <> Brisa | Hiring Manager Interview @ Thu Jan 29, 2026 3pm - 3:45pm (BRT)",
        E("interview", "Brisa", "Senior Financial Analyst", 23, "direct"),
        "You have been invited to the following event.\n\nLarissa <> Brisa | Hiring Manager Interview\nThu Jan 29, 2026 3pm - 3:45pm (BRT)\nJoining info: meet.google.com/brs-hmin-qtw\nWho: Daniel Okafor (VP Finance) - organizer, Larissa Kowalski",
        ics=ev(
            "brisa-hm-0129@google.com",
            "2026-01-29 15:00",
            "Larissa <> Brisa | Hiring Manager Interview",
            ("Brisa Talent", "talent@brisa.dev"),
            45,
            location="meet.google.com/brs-hmin-qtw",
        ),
    ),
    m(
        "91308",
        "2026-02-04 10:15",
        "Brisa Talent <talent@brisa.dev>",
        "Next step: FP&A exercise",
        E("assessment", "Brisa", "Senior Financial Analyst", 23, "direct"),
        "Hi Larissa,\n\nDaniel really enjoyed your conversation. The next step is a short exercise: build a simple 2026 SaaS budget (ARR bridge, headcount plan, burn) from the attached assumptions. Please spend no more than 3 hours; send it back by Feb 11.\n\nThanks!\nBrisa Talent Team",
        attach=[
            (
                "brisa_assumptions.csv",
                "text/csv",
                "metric,value\nstarting_arr_usd,4200000\nnet_new_arr_q1,380000\n",
            )
        ],
    ),
    m(
        "91311",
        "2026-02-19 16:50",
        "Brisa Talent <talent@brisa.dev>",
        "Invitation: Brisa final round - Larissa Kowalski @ Wed Feb 25, 2026 2pm - 3:30pm (BRT)",
        E("interview", "Brisa", "Senior Financial Analyst", 23, "direct"),
        "Hi Larissa, congrats on moving to the final round! You'll present your exercise to Daniel and meet our CEO and Controller. Invite attached.\n\nBrisa Talent Team",
        ics=ev(
            "brisa-final-0225@google.com",
            "2026-02-25 14:00",
            "Brisa final round - Larissa Kowalski",
            ("Brisa Talent", "talent@brisa.dev"),
            90,
            location="meet.google.com/brs-finl-aax",
        ),
    ),
    # --- surveys / other job ---
    m(
        "91290",
        "2025-10-25 10:00",
        "Pesquisa Gupy <pesquisa@gupy.io>",
        "Como foi sua experiência no processo do Grupo Araucária?",
        ("other_job", "Pinhão Supermercados", None, None, "other", "pt"),
        "Olá Larissa! Conte pra gente, em 2 minutos, como foi participar do processo seletivo. Sua opinião é anônima.",
    ),
    m(
        "91293",
        "2026-02-12 09:00",
        "Nordfeld Agro <nordfeld@myworkday.com>",
        "Verify your candidate account",
        ("other_job", "Nordfeld Agro", None, None, "workday", "en"),
        "Your verification code is 604118. It expires in 15 minutes.",
    ),
]

# ruff: noqa: E501
"""Corpus 79, US and Portuguese job mail, alerts, outreach and other job mail (data only): see heldout79.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _us(day: str) -> str:
    return "-0400" if day < "2025-11-02" else "-0500"


def _pt(day: str) -> str:
    return "+0100" if day < "2025-10-26" else "+0000"


def _br(day: str) -> str:
    return "-0300"


us = partial(dated_spec, _us)
pt = partial(dated_spec, _pt)
br = partial(dated_spec, _br)


def A(cat, co, role, app, src, lang="en"):
    return (cat, co, role, app, src, lang)


KO, KOR = "Kora Analytics", "Senior Data Engineer (LatAm Remote)"
FN, FNR = "Fieldnote", "Data Engineer"
QH, QHR = "Quanta Harbor", "Senior Data Engineer, Platform"
RB, RBR = "Relaybird", "Founding Data Engineer"
TL, TLR = "Tandem Ledger", "Data Engineer II"
MR, MRR = "Marés", "Engenheira de Dados Sénior"

MAIL: list[dict[str, Any]] = [
    # --- 19 Kora Analytics (Greenhouse) ---------------------------------------------------------
    us(
        "79301",
        "2025-09-09 14:22",
        "Kora Analytics <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Kora Analytics!",
        A("confirmation", KO, KOR, 19, "greenhouse"),
        "Hi Larissa,\n\nThanks for your interest in Kora Analytics! We received your application for Senior Data Engineer (LatAm Remote).\n\nOur team reviews every application by hand, so it may take a couple of weeks to hear back. If your experience is a fit, a member of our recruiting team will reach out.\n\nBest,\nThe Kora Analytics Talent Team",
    ),
    us(
        "79302",
        "2025-09-17 10:05",
        "Dana Whitfield <dana.whitfield@kora-analytics.com>",
        "Kora Analytics - next steps",
        A("interview", KO, KOR, 19, "greenhouse"),
        "Hi Larissa,\n\nI'm the technical recruiter for our data platform team. I'd love to set up a 30-minute intro call to chat about your background and the role. Please pick a time that works for you here:\n\nhttps://app.greenhouse.io/scheduling/candidate/8d71ff\n\nLooking forward to it!\nDana\n\nDana Whitfield | Technical Recruiter | Kora Analytics",
        sender="Dana Whitfield <no-reply@us.greenhouse-mail.io>",
    ),
    us(
        "79303",
        "2025-09-17 18:41",
        "Kora Analytics <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Larissa Tavares Moreira - Kora Analytics",
        A("interview", KO, KOR, 19, "greenhouse"),
        "Hi Larissa,\n\nYour interview is confirmed.\n\nRecruiter screen with Dana Whitfield\nMonday, September 22, 2025, 11:00 AM - 11:30 AM EDT (12:00 PM BRT)\nGoogle Meet: https://meet.google.com/kor-dana-scr\n\nA calendar invite is attached.\n\nKora Analytics Recruiting",
        ics={
            "start": "2025-09-22 11:00:00 -0400",
            "minutes": 30,
            "organizer": ("Dana Whitfield", "dana.whitfield@kora-analytics.com"),
            "uid": "gh-7716234-kora@greenhouse.io",
            "summary": "Larissa Tavares Moreira <> Kora Analytics: Recruiter Screen",
            "location": "https://meet.google.com/kor-dana-scr",
        },
    ),
    us(
        "79304",
        "2025-09-24 13:30",
        "Dana Whitfield <dana.whitfield@kora-analytics.com>",
        "Kora Analytics take-home exercise",
        A("assessment", KO, KOR, 19, "greenhouse"),
        "Hi Larissa,\n\nGreat talking on Monday! As discussed, the next step is a take-home exercise. You'll build a small batch pipeline that ingests a public dataset into a warehouse model and write a short design doc about how you'd scale it. We expect it to take 3-4 hours; please don't spend more than that.\n\nInstructions and the repo link: https://kora-analytics.notion.site/de-takehome\nPlease submit within 7 days.\n\nDana",
        sender="Dana Whitfield <no-reply@us.greenhouse-mail.io>",
    ),
    us(
        "79305",
        "2025-10-09 16:12",
        "Dana Whitfield <dana.whitfield@kora-analytics.com>",
        "Update on your application",
        A("rejection", KO, KOR, 19, "greenhouse"),
        "Hi Larissa,\n\nThank you so much for the time and care you put into the take-home. The team really liked your design doc, especially the section on idempotent backfills. It was a close call.\n\nUnfortunately we've decided to move forward with another candidate whose experience with our real-time stack was a closer match for what we need right now.\n\nI'd genuinely like to keep in touch for future openings.\n\nAll the best,\nDana",
        sender="Dana Whitfield <no-reply@us.greenhouse-mail.io>",
    ),
    # --- 20 Fieldnote (Lever) --------------------------------------------------------------------
    us(
        "79311",
        "2025-09-25 21:18",
        "Fieldnote <no-reply@hire.lever.co>",
        "Thanks for applying to Fieldnote",
        A("confirmation", FN, FNR, 20, "lever"),
        "Hi Larissa,\n\nThank you for applying for the Data Engineer position at Fieldnote. We've received your application and our hiring team will review it shortly.\n\nIf there's a match, we'll be in touch about next steps. In the meantime, learn more about how we work: https://fieldnote.so/handbook\n\nCheers,\nFieldnote",
    ),
    us(
        "79312",
        "2025-10-23 12:00",
        "Fieldnote <no-reply@hire.lever.co>",
        "Your application to Fieldnote",
        A("rejection", FN, FNR, 20, "lever"),
        "Hi Larissa,\n\nThank you again for your interest in Fieldnote. After careful consideration, we won't be moving forward with your application for Data Engineer at this time. This role requires overlap with Pacific business hours for most of the day, which we've found hard to make work across time zones.\n\nWe wish you luck in your search.\n\nThe Fieldnote Team",
    ),
    # --- 21 Quanta Harbor (Ashby + Deel EOR, accepted) --------------------------------------------
    us(
        "79321",
        "2025-11-06 10:40",
        "Quanta Harbor <no-reply@ashbyhq.com>",
        "Application received: Senior Data Engineer, Platform",
        A("confirmation", QH, QHR, 22, "ashby"),
        "Hi Larissa,\n\nThanks for applying to the Senior Data Engineer, Platform role at Quanta Harbor. We're a small team and we read every application. You'll hear from us either way within two weeks.\n\nQuanta Harbor Recruiting\n\nPowered by Ashby",
    ),
    us(
        "79322",
        "2025-11-13 15:02",
        "Mei Lin Harper <meilin@quantaharbor.com>",
        "Quanta Harbor: let's find a time to chat",
        A("interview", QH, QHR, 22, "ashby"),
        "Hi Larissa,\n\nI lead recruiting at Quanta Harbor. Your experience building lakehouse pipelines for a payments company is exactly what we're looking for. Can you grab 45 minutes with our Head of Data, Owen?\n\nSchedule here: https://jobs.ashbyhq.com/quantaharbor/interview/self-schedule/2b1f\n\nBest,\nMei Lin",
    ),
    us(
        "79323",
        "2025-11-14 09:27",
        "Quanta Harbor <no-reply@ashbyhq.com>",
        "Confirmed: Intro with Owen Pruitt on Tue, Nov 18",
        A("interview", QH, QHR, 22, "ashby"),
        "Hi Larissa,\n\nYour interview has been scheduled.\n\nIntro with Owen Pruitt (Head of Data)\nTuesday, November 18, 2025 · 10:00 AM - 10:45 AM EST\nGoogle Meet link in the calendar invite.\n\nNeed to reschedule? https://jobs.ashbyhq.com/quantaharbor/interview/reschedule/2b1f",
        ics={
            "start": "2025-11-18 10:00:00 -0500",
            "minutes": 45,
            "organizer": ("Quanta Harbor Recruiting", "recruiting@quantaharbor.com"),
            "uid": "ashby-4491-qh@ashbyhq.com",
            "summary": "Quanta Harbor: Intro with Owen Pruitt",
            "location": "https://meet.google.com/qhb-owen-prt",
        },
    ),
    us(
        "79324",
        "2025-11-26 11:15",
        "Quanta Harbor <no-reply@ashbyhq.com>",
        "Your Quanta Harbor virtual onsite - Dec 3",
        A("interview", QH, QHR, 22, "ashby"),
        "Hi Larissa,\n\nWe're excited to invite you to the final round. Your virtual onsite on Wednesday, December 3 includes:\n\n10:00-11:00 EST  System design (Owen Pruitt)\n11:15-12:00 EST  SQL & data modeling pairing (Ines Okafor)\n13:00-13:30 EST  Values conversation (Sam Reyes, CEO)\n\nSeparate invites will follow for each session.\n\nQuanta Harbor Recruiting",
    ),
    us(
        "79325",
        "2025-12-10 17:55",
        "Mei Lin Harper <meilin@quantaharbor.com>",
        "Offer - Senior Data Engineer, Platform",
        A("offer", QH, QHR, 22, "direct"),
        "Hi Larissa,\n\nIt was wonderful to hear your voice on the call earlier. As promised, here's the written summary of our offer:\n\n- Role: Senior Data Engineer, Platform (fully remote, Brazil)\n- Annual base: USD 78,000, paid monthly in BRL via our employer of record, Deel\n- 0.08% equity (4-year vest, 1-year cliff)\n- 30 days paid time off + Brazilian public holidays\n- Home office stipend\n\nBecause we don't have a Brazilian entity, your employment contract will be issued by Deel as your legal employer of record; you'll work for Quanta Harbor day to day. Deel will reach out with the contract once you accept.\n\nWe're really hoping you'll join us!\nMei Lin",
    ),
    us(
        "79326",
        "2025-12-15 08:48",
        "Deel <no-reply@deel.com>",
        "Your employment agreement with Quanta Harbor is ready to sign",
        A("offer", QH, QHR, 22, "other"),
        html="<html><body><p>Hi Larissa,</p><p>Deel Brasil Serviços de Pessoal Ltda., as employer of record on behalf of <b>Quanta Harbor</b>, has prepared your employment agreement (CLT) for the position of Senior Data Engineer, Platform.</p><p>Start date: January 12, 2026</p><p><a href='https://app.deel.com/contracts/review'>Review and sign</a></p><p>— The Deel Team</p></body></html>",
    ),
    us(
        "79327",
        "2025-12-16 20:30",
        "Deel <no-reply@deel.com>",
        "Contract signed: Quanta Harbor",
        A("offer", QH, QHR, 22, "other"),
        html="<html><body><p>Congratulations, Larissa!</p><p>Your contract with Quanta Harbor has been signed by all parties. Next up: complete your onboarding in Deel (personal details, bank account, and documents for eSocial).</p><p><a href='https://app.deel.com/onboarding'>Start onboarding</a></p></body></html>",
        st="accepted",
    ),
    us(
        "79328",
        "2026-01-07 09:00",
        "Deel <no-reply@deel.com>",
        "Action needed: upload your CTPS and proof of address",
        ("other_job", QH, QHR, None, "other", "en"),
        "Hi Larissa,\n\nTo finish your onboarding with Quanta Harbor before your start date (Jan 12), please upload: Carteira de Trabalho digital (CTPS) print, proof of address issued in the last 90 days, and your PIS number.\n\nThe Deel Team",
    ),
    us(
        "79329",
        "2026-01-09 14:10",
        "Sam Reyes <sam@quantaharbor.com>",
        "Welcome aboard, Larissa!",
        ("other_job", QH, QHR, None, "direct", "en"),
        "Larissa,\n\nOfficial welcome to Quanta Harbor! Your laptop should arrive on Saturday. On Monday, Ines will be your onboarding buddy; first standup is at 11am EST.\n\nSo glad you're here.\nSam",
    ),
    # --- 23 Relaybird (founder, gmail) --------------------------------------------------------------
    us(
        "79331",
        "2025-10-13 22:04",
        "Ethan Kowalczyk <ethan.kowalczyk.dev@gmail.com>",
        "re: your application to Relaybird",
        A("interview", RB, RBR, 23, "direct"),
        "Hey Larissa,\n\nSaw your application come through on our Wellfound post for the founding data engineer role at Relaybird. I'm one of the two cofounders. We're 6 people, seed stage, building routing software for last-mile couriers.\n\nWould you be up for a quick call Thursday or Friday? I'm on ET. Here's my Calendly: https://calendly.com/ethan-relaybird/30min\n\nEthan\n(sent from my personal, our domain's email is still being migrated)",
    ),
    us(
        "79332",
        "2025-10-29 19:37",
        "Ethan Kowalczyk <ethan.kowalczyk.dev@gmail.com>",
        "Re: re: your application to Relaybird",
        A("rejection", RB, RBR, 23, "direct"),
        "Hi Larissa,\n\nThanks again for the chat and for the thoughtful follow-up questions. Honestly you'd be great. But after our board meeting we decided the first data hire needs to be in NYC a few days a week, and we're not set up to sponsor or hire internationally yet. Really sorry to be the bearer of that news.\n\nIf that changes I'll be in your inbox first.\n\nEthan",
        **{"In-Reply-To": "<79331.20251013.33@gmail.com>"},
    ),
    # --- 24 Tandem Ledger (Greenhouse) -----------------------------------------------------------------
    us(
        "79341",
        "2025-12-04 13:13",
        "Tandem Ledger <no-reply@us.greenhouse-mail.io>",
        "Your application to Tandem Ledger",
        A("confirmation", TL, TLR, 24, "greenhouse"),
        "Hi Larissa,\n\nThank you for applying for Data Engineer II at Tandem Ledger. Unfortunately we are unable to respond personally to every applicant. If you are not selected for an interview, you will not hear from us again, but we keep all applications on file for 12 months.\n\nRegards,\nTandem Ledger Talent Acquisition",
    ),
    us(
        "79342",
        "2026-01-20 16:45",
        "Tandem Ledger <no-reply@us.greenhouse-mail.io>",
        "Regarding your Tandem Ledger application",
        A("rejection", TL, TLR, 24, "greenhouse"),
        "Hi Larissa,\n\nWe appreciate your interest in Tandem Ledger and the time you invested in applying for Data Engineer II. We have now filled the position and are closing this requisition.\n\nBest of luck,\nTandem Ledger Talent Acquisition",
    ),
    # --- 25 Marés (Lisbon, Teamtailor, withdrawn) --------------------------------------------------------
    pt(
        "79351",
        "2025-10-20 12:30",
        "Marés <no-reply@teamtailor-mail.com>",
        "Obrigado pela tua candidatura, Larissa!",
        A("confirmation", MR, MRR, 25, "teamtailor", "pt"),
        "Olá Larissa,\n\nObrigado pela tua candidatura à vaga de Engenheira de Dados Sénior na Marés. Recebemo-la com sucesso e a nossa equipa vai analisá-la com atenção nos próximos dias.\n\nEntretanto, podes conhecer melhor a nossa equipa em https://careers.mares.pt\n\nAté breve,\nEquipa de Talento da Marés\nMarés Software, Lda. · Lisboa",
    ),
    pt(
        "79352",
        "2025-11-04 10:18",
        "Inês Vasconcelos <ines.vasconcelos@mares.pt>",
        "Marés | Convite para conversa - Engenheira de Dados Sénior",
        A("interview", MR, MRR, 25, "teamtailor", "pt"),
        "Olá Larissa, tudo bem?\n\nGostaríamos muito de falar contigo sobre a vaga. Trabalhamos em regime remoto com contrato de prestação de serviços para quem está fora de Portugal. Consegues na quinta-feira, dia 6, às 14h00 de Lisboa (11h00 em São Paulo)? Enviei-te o convite para a reunião no Google Meet.\n\nCumprimentos,\nInês Vasconcelos\nTalent Partner · Marés",
        sender="Inês Vasconcelos <no-reply@teamtailor-mail.com>",
        ics={
            "start": "2025-11-06 14:00:00 +0000",
            "minutes": 45,
            "organizer": ("Inês Vasconcelos", "ines.vasconcelos@mares.pt"),
            "uid": "tt-88213-mares@teamtailor.com",
            "summary": "Marés · Conversa com Larissa Tavares Moreira",
            "location": "https://meet.google.com/mrs-ines-vsc",
        },
    ),
    pt(
        "79353",
        "2025-11-20 17:02",
        "Inês Vasconcelos <ines.vasconcelos@mares.pt>",
        "Próxima fase - entrevista técnica",
        A("interview", MR, MRR, 25, "direct", "pt"),
        "Olá Larissa,\n\nA equipa gostou bastante da primeira conversa! A próxima fase é uma entrevista técnica com o Tiago e a Margarida, com um exercício de modelação de dados ao vivo. Podes indicar-me a tua disponibilidade para a semana de 1 de dezembro?\n\nObrigada,\nInês",
    ),
    pt(
        "79354",
        "2025-12-12 09:40",
        "Inês Vasconcelos <ines.vasconcelos@mares.pt>",
        "Re: Desistência do processo",
        A("confirmation", MR, MRR, 25, "direct", "pt"),
        "Olá Larissa,\n\nObrigada por nos informares, e muitos parabéns pela nova função! Fica registada a tua desistência do processo. Foi um prazer conhecer-te e, se um dia quiseres voltar a falar connosco, terei todo o gosto.\n\nUm beijinho e boa sorte,\nInês\n\n> Olá Inês, queria agradecer o processo, mas aceitei outra proposta e vou retirar a minha candidatura.",
        st="withdrawn",
    ),
    # --- alerts, outreach, other job mail ------------------------------------------------------------
    br(
        "79401",
        "2025-09-02 07:00",
        "LinkedIn Vagas <jobalerts-noreply@linkedin.com>",
        "“engenheiro de dados”: 24 novas vagas em São Paulo e região",
        ("alert", None, None, None, "linkedin", "pt"),
        "Suas vagas recomendadas\n\nEngenheiro de Dados Sênior - Banco Pereira Lobo - São Paulo (Híbrido)\nData Engineer - Moinho Tech - Remoto\nEngenheira(o) de Dados - Ypsilon Saúde - Barueri\n\nVer todas as vagas: https://www.linkedin.com/jobs/search/?keywords=engenheiro%20de%20dados\n\nCancelar alerta",
    ),
    br(
        "79402",
        "2025-09-24 07:00",
        "LinkedIn Vagas <jobalerts-noreply@linkedin.com>",
        "“data engineer remote”: 18 novas vagas",
        ("alert", None, None, None, "linkedin", "en"),
        "Jobs you may be interested in\n\nSenior Data Engineer - Brightloom Labs - Remote (Latin America)\nAnalytics Engineer - Coastal Ridge - Remote\nData Platform Engineer - Norrland Bio - Remote\n\nSee all jobs on LinkedIn",
    ),
    br(
        "79403",
        "2025-10-15 06:30",
        "Indeed <alert@indeed.com>",
        "12 novas vagas de engenheiro de dados em São Paulo, SP",
        ("alert", None, None, None, "indeed", "pt"),
        html="<html><body><p>Novas vagas para <b>engenheiro de dados</b> em São Paulo, SP</p><ul><li>Engenheiro de Dados Pl - Agrovale Comércio - R$ 9.000 - 12.000 por mês</li><li>Engenheiro(a) de Dados Sr - Casa Ventura - Remoto</li><li>Data Engineer (PJ) - Sigma Sistemas</li></ul><p>Indeed</p></body></html>",
    ),
    br(
        "79404",
        "2025-11-05 08:14",
        "Gupy <no-reply@gupy.io>",
        "Vagas para você: 8 oportunidades em Dados",
        ("alert", None, None, None, "other", "pt"),
        "Oi Larissa!\n\nSeparamos vagas que combinam com o seu perfil:\n- Engenheira(o) de Dados Sênior · Banco Cajuí · Remoto\n- Analytics Engineer · Vinhedo Seguros · Híbrido\n- Data Engineer · Orla Varejo · São Paulo\n\nVeja todas em portal.gupy.io\n\nEquipe Gupy",
    ),
    br(
        "79405",
        "2025-11-21 11:11",
        "Gupy <no-reply@gupy.io>",
        "Você não concluiu sua candidatura na Sabiá Investimentos",
        ("alert", "Sabiá Investimentos", "Engenheiro de Dados", None, "other", "pt"),
        "Oi Larissa, percebemos que você começou a se candidatar à vaga Engenheiro de Dados na Sabiá Investimentos, mas não finalizou. Faltam só 2 etapas! A vaga fecha em 28/11.\n\nContinuar candidatura: https://sabiainvest.gupy.io\n\nEquipe Gupy",
    ),
    br(
        "79406",
        "2025-10-02 09:00",
        "Vagas.com <naoresponda@vagas.com.br>",
        "Novas vagas de Engenheiro de Dados para você",
        ("alert", None, None, None, "other", "pt"),
        "Larissa, encontramos 15 vagas compatíveis com seu currículo. Destaques: Engenheiro de Dados - Grupo Terrazzo; Cientista/Engenheiro de Dados - Hospital Alvorada.\n\nEquipe VAGAS.com.br",
    ),
    br(
        "79407",
        "2025-12-10 07:00",
        "Programathor <contato@programathor.com.br>",
        "Thorzinho: vagas remotas de dados da semana",
        ("alert", None, None, None, "other", "pt"),
        "Salve, Larissa! As vagas quentes da semana:\n- Data Engineer Sr (PJ) - Capivara Labs - remoto\n- Eng. de Dados - Vento Norte Energia - remoto\n\nBoa caça!\nProgramaThor",
    ),
    br(
        "79408",
        "2025-10-09 12:40",
        "Talent Community - Brightloom <talent@brightloom.example>",
        "Welcome to the Brightloom Talent Community",
        ("alert", "Brightloom Labs", None, None, "other", "en"),
        "Hi Larissa,\n\nThanks for joining our Talent Community! We'll let you know when roles matching your interests (Data Engineering, LatAm) open up. You can update your preferences anytime.\n\nBrightloom Labs Talent Team",
    ),
    br(
        "79409",
        "2026-01-21 07:00",
        "LinkedIn Vagas <jobalerts-noreply@linkedin.com>",
        "Banco Cajuí está contratando: Engenheiro de Dados Sênior",
        ("alert", None, None, None, "linkedin", "pt"),
        "Banco Cajuí está contratando\n\nEngenheiro de Dados Sênior · São Paulo (Remoto)\n47 candidaturas · Promovida\n\nCandidatura simplificada: https://www.linkedin.com/jobs/view/4177710023",
    ),
    br(
        "79410",
        "2026-02-03 07:30",
        "Catho <nao-responda@catho.com.br>",
        "Larissa, 6 vagas novas com salário acima de R$ 15 mil",
        ("alert", None, None, None, "other", "pt"),
        html="<html><body><p>Vagas selecionadas para você:</p><p>Engenheiro de Dados Sênior - Lótus Agronegócio - R$ 16.500<br>Arquiteto de Dados - Grupo Carvalhal - a combinar</p><p>Catho</p></body></html>",
    ),
    br(
        "79411",
        "2025-10-28 19:20",
        "Recruiter no LinkedIn <inmail-hit-reply@linkedin.com>",
        "Rodrigo Bastos enviou uma mensagem para você",
        ("outreach", None, "Engenheiro(a) de Dados Sênior", None, "linkedin", "pt"),
        "Rodrigo Bastos\nHeadhunter | Vértebra Executive Search\n\nOi Larissa, como vai? Estou com uma posição de Engenheira(o) de Dados Sênior em uma fintech de crédito consignado, 100% remoto, PJ R$ 25k. Posso te enviar mais detalhes?\n\nResponder: https://www.linkedin.com/messaging/",
    ),
    br(
        "79412",
        "2025-11-11 10:02",
        "Bruna Okamoto <bruna.okamoto@huntlinerh.com.br>",
        "Vaga Tech Lead de Dados - multinacional do setor de bebidas",
        ("outreach", None, "Tech Lead de Dados", None, "agency", "pt"),
        "Bom dia Larissa,\n\nSou da Huntline, consultoria especializada em tecnologia. Estamos com uma oportunidade de Tech Lead de Dados para uma multinacional do setor de bebidas, modelo híbrido em Alphaville, CLT + bônus de até 4 salários.\n\nCaso tenha interesse, me envie seu CV atualizado e pretensão salarial.\n\nAtenciosamente,\nBruna Okamoto\nHuntline RH",
    ),
    us(
        "79413",
        "2025-11-24 13:50",
        "Jake Morrow <jake@latamtalentbridge.example>",
        "US fintech | Senior Data Engineer | USD, remote from Brazil",
        ("outreach", None, "Senior Data Engineer", None, "agency", "en"),
        "Hi Larissa,\n\nI help US startups hire senior engineers in Latin America. One of my clients, a Series A fintech out of Austin, is looking for a Senior Data Engineer (dbt, Snowflake, Airflow). Payment in USD as a contractor, 4-6 hours overlap with Central time.\n\nOpen to a quick chat?\n\nJake Morrow\nLatAm Talent Bridge",
    ),
    br(
        "79414",
        "2026-02-10 16:15",
        "Camila Freitas | Talentia <camila.freitas@talentiarh.com.br>",
        "Nova oportunidade - Staff Data Engineer",
        ("outreach", None, "Staff Data Engineer", None, "agency", "pt"),
        "Oi Larissa, tudo bem? Lembrei de você! Estou com uma vaga de Staff Data Engineer em um e-commerce grande, remota. Sei que você começou em uma posição nova recentemente, mas se quiser ouvir, me avisa.\n\nBeijos,\nCamila",
    ),
    br(
        "79415",
        "2025-09-30 10:00",
        "Vértice Tecnologia de Pagamentos <no-reply@gupy.io>",
        "Como foi sua experiência no processo seletivo?",
        ("other_job", "Vértice", None, None, "other", "pt"),
        "Oi Larissa! Conta pra gente, em 1 minuto, como está sendo sua experiência no nosso processo seletivo. Sua opinião é anônima.\n\nhttps://vtxpay.gupy.io/pesquisa/nps\n\nTime de Gente | Vértice",
    ),
    us(
        "79416",
        "2025-11-19 10:30",
        "Mei Lin Harper <meilin@quantaharbor.com>",
        "Automatic reply: Quick question about the onsite",
        ("other_job", QH, QHR, None, "direct", "en"),
        "Hi! I'm out of office until Monday, Nov 24 with limited access to email. For anything urgent about scheduling, please reach out to recruiting@quantaharbor.com.\n\nThanks,\nMei Lin",
    ),
    br(
        "79417",
        "2025-09-06 12:00",
        "Gupy <no-reply@gupy.io>",
        "Seu código de acesso Gupy",
        ("other_job", None, None, None, "other", "pt"),
        "Seu código de verificação é 482 117. Ele expira em 10 minutos. Se você não solicitou, ignore este e-mail.\n\nGupy",
    ),
    br(
        "79418",
        "2025-10-08 18:45",
        "Camila Freitas | Talentia <camila.freitas@talentiarh.com.br>",
        "Pesquisa de satisfação Talentia",
        ("other_job", None, None, None, "agency", "pt"),
        "Larissa, sua opinião é muito importante! Avalie sua experiência com a Talentia respondendo 3 perguntas: https://forms.talentiarh.com.br/nps\n\nObrigada!",
    ),
    br(
        "79419",
        "2025-10-24 11:25",
        "GeekHunter <contato@geekhunter.com.br>",
        "Atualize seu perfil para receber mais convites",
        ("alert", None, None, None, "other", "pt"),
        "Larissa, perfis com pretensão salarial e disponibilidade atualizadas recebem 40% mais convites de empresas. Leva 2 minutos.\n\nTime GeekHunter",
    ),
    br(
        "79420",
        "2025-12-22 09:30",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Você apareceu em 31 pesquisas esta semana",
        ("not_job", "pt"),
        "Larissa, você apareceu em 31 pesquisas esta semana. Veja quem está procurando perfis como o seu com o Premium.",
    ),
]

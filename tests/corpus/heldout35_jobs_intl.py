# ruff: noqa: E501
"""Corpus 35, English and Portuguese job mail (held out: measured, never tuned on)."""

from __future__ import annotations

import hashlib
from typing import Any


def m(
    n: int, date: str, frm: str, subject: str, t: tuple, text: str | None = None, **kw: Any
) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    tag = hashlib.sha1(f"c35i{n}".encode()).hexdigest()[:16]
    spec = {"id": f"<{tag}.{n}@{dom}>", "date": date, "from": frm, "subject": subject, "t": t}
    if text is not None:
        spec["text"] = text
    spec.update(kw)
    return spec


RTB = "Royal Thamesbridge Hospitals NHS Foundation Trust"
B5 = "Band 5 Staff Nurse - Acute Medicine"
SBH = "St Brigid's University Hospital"
SN = "Staff Nurse - Medical/Surgical"
ATL = "Hospital Atlântico Lisboa"
ENF = "Enfermeiro/a - Medicina Interna"
TEJ = "Saúde Tejo"
ENF2 = "Enfermeiro/a - Bloco Operatório"
PVH = "Pennine Vale Hospitals NHS Trust"
B5b = "Staff Nurse Band 5 - Orthopaedics"
LUS = "Lusa Cuidados"
ENF3 = "Enfermeiro/a - Cuidados Continuados"
ALV = "Grupo Hospitalar Alvalade"
ENF4 = "Enfermeiro/a - Urgência"
BCH = "Beacon Cross Hospital"
RN = "Registered General Nurse - Theatre"

NHS = "NHS Jobs <noreply@jobs.nhs.uk>"
AG = "Aoife Brennan | Shamrock Nurse Connect <aoife.brennan@shamrocknurseconnect.ie>"

MAIL: list[dict[str, Any]] = [
    # --- 8 Royal Thamesbridge (NHS Jobs / Trac-style) ----------------------------------------------
    m(
        1,
        "2025-10-03 14:22:08 +0100",
        NHS,
        "Application submitted: Band 5 Staff Nurse - Acute Medicine",
        ("confirmation", RTB, B5, 8, "other", "en"),
        """Dear Lucia Herrero Campos,

Thank you for applying for the following job:

Job title: Band 5 Staff Nurse - Acute Medicine (International Recruitment)
Reference number: 281-IR-7731-B
Employer: Royal Thamesbridge Hospitals NHS Foundation Trust

We'll contact you after the closing date to let you know if you've been shortlisted for an interview. You can check the status of your application at any time by signing in to your NHS Jobs account.

This is an automated email, please do not reply.

NHS Jobs""",
    ),
    m(
        2,
        "2025-10-17 09:40:51 +0100",
        NHS,
        "Invitation to interview - 281-IR-7731-B",
        ("interview", RTB, B5, 8, "other", "en"),
        """Dear Lucia,

Congratulations, you have been shortlisted for interview for Band 5 Staff Nurse - Acute Medicine (International Recruitment) at Royal Thamesbridge Hospitals NHS Foundation Trust.

Interviews will take place via Microsoft Teams. Please sign in to your account to book an interview slot from those available between 27 October and 31 October 2025.

Please have your passport, NMC application reference (if any) and IELTS/OET results to hand.

Kind regards,
International Nurse Recruitment Team""",
    ),
    m(
        3,
        "2025-10-24 11:03:17 +0100",
        "Hannah Okafor <hannah.okafor2@nhs.net>",
        "Your interview on 29 October - Acute Medicine",
        ("interview", RTB, B5, 8, "direct", "en"),
        """Hi Lucia,

Just confirming your slot on Wednesday 29 October at 10:30 (UK time) with myself and Ward Manager Gareth Lloyd. The Teams link is in the invitation. We'll ask you a couple of clinical scenarios (deteriorating patient, medication safety) and about your plans for the NMC OSCE.

Best wishes,
Hannah Okafor
Practice Development Nurse - International Recruitment
Royal Thamesbridge Hospitals NHS Foundation Trust""",
        ics={
            "uid": "c35-rtb-int@nhs.net",
            "start": "2025-10-29 11:30:00 +0100",
            "minutes": 40,
            "style": "outlook",
            "summary": "Interview: Band 5 Acute Medicine - L Herrero Campos",
            "organizer": ("Hannah Okafor", "hannah.okafor2@nhs.net"),
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        4,
        "2025-11-04 15:12:45 +0000",
        "Hannah Okafor <hannah.okafor2@nhs.net>",
        "RE: Withdrawing my application - 281-IR-7731-B",
        ("confirmation", RTB, B5, 8, "direct", "en"),
        """Hi Lucia,

Thanks for letting us know, and congratulations on the post in Valencia - that's lovely news and totally understandable. I've withdrawn your application on Trac so you won't receive any further emails about it.

If you ever reconsider coming to the UK, do get in touch.

All the best,
Hannah

From: Lucia Herrero <lucia.herrero.enf@gmail.com>
Sent: 03 November 2025 20:41
Subject: Withdrawing my application - 281-IR-7731-B

Dear Hannah, thank you for the interview last week. I have accepted a position in Spain and would like to withdraw my application.""",
        st="withdrawn",
    ),
    # --- 9 St Brigid's via Shamrock Nurse Connect (agency) -----------------------------------------
    m(
        5,
        "2025-09-29 10:12:33 +0100",
        AG,
        "Nursing roles in Ireland - Spanish-speaking nurses",
        ("outreach", None, None, None, "agency", "en"),
        """Hi Lucia,

I'm Aoife from Shamrock Nurse Connect. We work with several acute hospitals in the west of Ireland who are keen to hire experienced nurses from Spain. Packages include relocation support, NMBI registration fees covered and four weeks' free accommodation.

One of our clients, a large university hospital, has medical and surgical ward vacancies starting early 2026. Would you be open to a quick call?

Kind regards,
Aoife Brennan
International Recruitment Consultant
Shamrock Nurse Connect Ltd. | Galway | +353 91 555 0192""",
    ),
    m(
        6,
        "2025-10-08 16:50:02 +0100",
        AG,
        "Your application - St Brigid's University Hospital, Galway",
        ("confirmation", SBH, SN, 9, "agency", "en"),
        """Hi Lucia,

Great chatting today. As promised, I can now tell you the client is St Brigid's University Hospital in Galway. I've submitted your CV for the Staff Nurse - Medical/Surgical panel, and I'll come back to you once the Nurse Practice Development team have reviewed it.

In the meantime please start your NMBI application (you'll need your degree transcript and a Certificate of Current Professional Status from the Consejo General de Enfermería).

Aoife""",
    ),
    m(
        7,
        "2025-10-21 12:20:44 +0100",
        AG,
        "Interview confirmed - St Brigid's, Thurs 30 Oct",
        ("interview", SBH, SN, 9, "agency", "en"),
        """Hi Lucia,

Good news - St Brigid's would like to interview you by video on Thursday 30 October at 13:00 Irish time (14:00 in Valencia). Panel: Clare Doherty (Assistant Director of Nursing) and a CNM2 from the surgical floor. It's competency-based, about 30 minutes.

I'll send the Zoom link the day before. Let me know if you'd like a prep call.

Aoife""",
    ),
    m(
        8,
        "2025-11-19 09:35:10 +0000",
        AG,
        "Update from St Brigid's",
        ("confirmation", SBH, SN, 9, "agency", "en"),
        """Hi Lucia,

I wanted to keep you in the loop: St Brigid's have told us they've paused all international recruitment until the new HSE staffing budget is confirmed, probably in the new year. Your interview went well and they've kept you on the panel, so this isn't a no - just on hold for now.

I'll be in touch as soon as I hear more.

Aoife""",
        st="on_hold",
    ),
    # --- 13 Hospital Atlântico Lisboa (LinkedIn) ---------------------------------------------------
    m(
        9,
        "2025-10-14 21:02:00 +0100",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, a sua candidatura foi enviada para Hospital Atlântico Lisboa",
        ("confirmation", ATL, ENF, 13, "linkedin", "pt"),
        """A sua candidatura foi enviada para Hospital Atlântico Lisboa

Enfermeiro/a - Medicina Interna
Hospital Atlântico Lisboa · Lisboa, Portugal

Ver candidatura: https://www.linkedin.com/jobs/view/4150873321/""",
    ),
    m(
        10,
        "2025-11-06 10:30:15 +0000",
        "Recrutamento Hospital Atlântico <recrutamento@hospitalatlantico.pt>",
        "A sua candidatura ao Hospital Atlântico Lisboa",
        ("rejection", ATL, ENF, 13, "direct", "pt"),
        """Cara Lúcia Herrero,

Agradecemos o interesse demonstrado em integrar a equipa de Enfermagem do Hospital Atlântico Lisboa.

Após análise cuidada do seu perfil, informamos que nesta fase não iremos dar seguimento à sua candidatura para a função de Enfermeiro/a - Medicina Interna, uma vez que a inscrição ativa na Ordem dos Enfermeiros é requisito obrigatório.

Desejamos-lhe os maiores sucessos profissionais.

Com os melhores cumprimentos,
Direção de Recursos Humanos
Atlântico Saúde, S.A.""",
    ),
    # --- 14 Saúde Tejo (Teamtailor) --------------------------------------------------------------
    m(
        11,
        "2025-10-20 09:12:40 +0100",
        "Saúde Tejo <no-reply@teamtailor.com>",
        "Obrigado pela sua candidatura!",
        ("confirmation", TEJ, ENF2, 14, "teamtailor", "pt"),
        """Olá Lucía,

Obrigado por se candidatar à vaga de Enfermeiro/a - Bloco Operatório na Saúde Tejo. Recebemos a sua candidatura e vamos analisá-la com atenção.

Entraremos em contacto consigo assim que houver novidades.

Cumprimentos,
Equipa de Pessoas · Saúde Tejo""",
    ),
    m(
        12,
        "2025-10-24 15:00:08 +0100",
        "Saúde Tejo <no-reply@teamtailor.com>",
        "Próximo passo: questionário online",
        ("assessment", TEJ, ENF2, 14, "teamtailor", "pt"),
        """Olá Lucía,

Gostaríamos de avançar com a sua candidatura. O próximo passo é um questionário online de competências clínicas e de português (cerca de 25 minutos).

Por favor, complete-o até dia 31 de outubro: https://saudetejo.teamtailor.com/assessments/3kd9x

Boa sorte!
Equipa de Pessoas""",
    ),
    m(
        13,
        "2025-11-07 11:45:00 +0000",
        "Joana Figueiredo <joana.figueiredo@saudetejo.pt>",
        "Entrevista por videochamada - Bloco Operatório",
        ("interview", TEJ, ENF2, 14, "direct", "pt"),
        """Olá Lucía,

Obrigada por ter completado o questionário. Gostaríamos de a convidar para uma entrevista por videochamada com a Enfermeira-Chefe do Bloco, Enf.ª Rita Salgueiro, na próxima quarta-feira, dia 12, às 15h00 (hora de Lisboa).

Segue o convite em anexo. Caso o horário não seja conveniente, diga-nos.

Com os melhores cumprimentos,
Joana Figueiredo
Talent Acquisition · Saúde Tejo""",
        ics={
            "uid": "c35-tejo-bo@saudetejo.pt",
            "start": "2025-11-12 15:00:00 +0000",
            "minutes": 45,
            "summary": "Entrevista Enf. Bloco Operatório - Lucía Herrero",
            "organizer": ("Joana Figueiredo", "joana.figueiredo@saudetejo.pt"),
            "location": "https://meet.google.com/ytr-qpwz-kab",
        },
    ),
    # --- 18 Pennine Vale NHS --------------------------------------------------------------------
    m(
        14,
        "2025-11-11 19:20:36 +0000",
        NHS,
        "Application submitted: Staff Nurse Band 5 - Orthopaedics",
        ("confirmation", PVH, B5b, 18, "other", "en"),
        """Dear Lucia Herrero Campos,

Thank you for applying for Staff Nurse Band 5 - Orthopaedics (ref 402-ORT-25-118) with Pennine Vale Hospitals NHS Trust.

The employer will review applications after the closing date of 24 November 2025.

NHS Jobs""",
    ),
    m(
        15,
        "2025-12-03 08:15:22 +0000",
        NHS,
        "Update on your application 402-ORT-25-118",
        ("rejection", PVH, B5b, 18, "other", "en"),
        """Dear Lucia,

Thank you for your interest in the post of Staff Nurse Band 5 - Orthopaedics.

We received a high number of applications. Unfortunately, on this occasion you have not been shortlisted for interview. We appreciate the time you took to apply.

Pennine Vale Hospitals NHS Trust""",
    ),
    # --- 20 Lusa Cuidados (direct) ----------------------------------------------------------------
    m(
        16,
        "2025-12-09 10:08:51 +0000",
        "Lusa Cuidados - Recrutamento <rh@lusacuidados.pt>",
        "Re: Candidatura espontânea - Enfermeira",
        ("confirmation", LUS, ENF3, 20, "direct", "pt"),
        """Boa tarde Lúcia,

Confirmamos a receção da sua candidatura para a Unidade de Cuidados Continuados de Oeiras. O seu CV ficará na nossa base de dados e será considerado nos próximos processos.

Cumprimentos,
Sofia Paiva
Recursos Humanos · Lusa Cuidados, Lda.

> Em 8 dez. 2025, Lúcia Herrero escreveu:
> Bom dia, envio em anexo o meu CV para vagas de enfermagem em cuidados continuados.""",
    ),
    # --- 23 Grupo Hospitalar Alvalade (Workday) -------------------------------------------------
    m(
        17,
        "2025-12-15 22:40:19 +0000",
        "Grupo Hospitalar Alvalade <alvalade@myworkday.com>",
        "Candidatura recebida - Enfermeiro/a - Urgência (JR-11427)",
        ("confirmation", ALV, ENF4, 23, "workday", "pt"),
        """Olá Lucía,

Obrigado pela sua candidatura à vaga Enfermeiro/a - Urgência (JR-11427) no Hospital de Alvalade.

Pode acompanhar o estado da sua candidatura na secção As minhas candidaturas do nosso portal de carreiras.

Equipa de Recrutamento
Grupo Hospitalar Alvalade""",
    ),
    # --- 24 Beacon Cross Hospital Dublin (Workday) ---------------------------------------------------
    m(
        18,
        "2026-01-06 13:10:00 +0000",
        "Beacon Cross Hospital <beaconcross@myworkday.com>",
        "Thank you for applying - Registered General Nurse - Theatre",
        ("confirmation", BCH, RN, 24, "workday", "en"),
        """Hi Lucia,

Thank you for your application for Registered General Nurse - Theatre (JR104552) at Beacon Cross Hospital, Dublin. Our Talent Acquisition team is reviewing applications and will be in touch if your experience matches our requirements.

Kind regards,
Talent Acquisition
Beacon Cross Hospital""",
    ),
    m(
        19,
        "2026-01-29 09:00:33 +0000",
        "Beacon Cross Hospital <beaconcross@myworkday.com>",
        "Your application with Beacon Cross Hospital",
        ("rejection", BCH, RN, 24, "workday", "en"),
        """Hi Lucia,

Thank you for taking the time to apply for Registered General Nurse - Theatre. We were impressed by your background, however we have decided to progress with candidates who already hold active NMBI registration.

We wish you every success in your search.

Talent Acquisition
Beacon Cross Hospital""",
    ),
    # --- other job mail -----------------------------------------------------------------------
    m(
        20,
        "2025-10-01 06:00:00 +0100",
        "NHS Jobs <noreply@jobs.nhs.uk>",
        "Your saved search: Staff Nurse - 14 new jobs",
        ("alert", None, None, None, "other", "en"),
        """Your saved search "Staff Nurse, Band 5, international applicants welcome" has 14 new jobs.

Staff Nurse Band 5 - Orthopaedics - Pennine Vale Hospitals NHS Trust - £29,970 to £36,483 a year
Registered Nurse - Elderly Care - Northwold Community Health NHS Trust - £29,970 a year

Manage your saved searches in your NHS Jobs account.""",
    ),
    m(
        21,
        "2025-11-02 09:00:00 +0000",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Lisboa: 8 novas vagas de Enfermeiro/a",
        ("alert", None, None, None, "linkedin", "pt"),
        """Novas vagas para si: Enfermeiro/a em Lisboa

Enfermeiro/a - Urgência · Grupo Hospitalar Alvalade · Lisboa
Enfermeiro/a de Família · Clínica Estrela · Lisboa

Ver todas as vagas: https://www.linkedin.com/jobs/search/?keywords=enfermeiro""",
    ),
    m(
        22,
        "2025-12-18 08:12:00 +0000",
        "Cara O'Neill <cara.oneill@greenisle-recruitment.ie>",
        "Theatre nurse opportunities in Cork - Spanish nurses welcome",
        ("outreach", "Lee Valley Private Hospital", "Theatre Nurse", None, "agency", "en"),
        """Hello Lucia,

I came across your profile and wanted to share a theatre nursing opportunity at Lee Valley Private Hospital in Cork. They sponsor NMBI registration and offer a €3,000 relocation allowance.

If you're interested, reply with a good time for a call.

Cara O'Neill
Green Isle Healthcare Recruitment""",
    ),
    m(
        23,
        "2026-01-07 10:00:00 +0000",
        "Beacon Cross Hospital <beaconcross@myworkday.com>",
        "Finish your application",
        ("alert", BCH, "Clinical Nurse Manager 1 - Day Ward", None, "workday", "en"),
        """Hi Lucia,

You started applying for Clinical Nurse Manager 1 - Day Ward but didn't submit. Your progress is saved - sign in to pick up where you left off. This posting closes on 20 January.

Talent Acquisition, Beacon Cross Hospital""",
    ),
    m(
        24,
        "2025-12-20 15:00:00 +0000",
        "Saúde Tejo <no-reply@teamtailor.com>",
        "Bem-vinda à nossa Talent Community",
        ("alert", TEJ, None, None, "teamtailor", "pt"),
        """Olá Lucía,

Obrigado por se juntar à Talent Community da Saúde Tejo! Vamos enviar-lhe as novas vagas de Enfermagem e notícias da nossa rede de clínicas.

Equipa de Pessoas""",
    ),
]

EST = "Clínica Estrela"
ENF5 = "Enfermeiro/a de Família"

MAIL += [
    # --- 28 Clínica Estrela (Teamtailor) --------------------------------------------------------
    m(
        25,
        "2025-11-03 20:40:12 +0000",
        "Clínica Estrela <no-reply@teamtailor.com>",
        "Recebemos a sua candidatura",
        ("confirmation", EST, ENF5, 28, "teamtailor", "pt"),
        """Olá Lucía,

Muito obrigado pelo seu interesse na Clínica Estrela! Confirmamos que recebemos a sua candidatura para Enfermeiro/a de Família.

A nossa equipa vai analisar o seu perfil e entrará em contacto caso avance para a próxima fase.

Até breve,
Clínica Estrela""",
    ),
    m(
        26,
        "2025-10-30 08:30:00 +0000",
        AG,
        "Zoom link for tomorrow",
        ("interview", SBH, SN, 9, "agency", "en"),
        """Hi Lucia, here's the link for tomorrow's interview with St Brigid's: https://zoom.us/j/93310022871 (passcode 4471). Log in five minutes early. Best of luck! Aoife""",
    ),
    m(
        27,
        "2025-11-11 16:10:00 +0000",
        "Saúde Tejo <no-reply@teamtailor.com>",
        "Lembrete: entrevista amanhã",
        ("interview", TEJ, ENF2, 14, "teamtailor", "pt"),
        """Olá Lucía, este é um lembrete de que a sua entrevista para Enfermeiro/a - Bloco Operatório está marcada para amanhã. Até já!""",
    ),
    m(
        28,
        "2025-10-13 09:00:00 +0100",
        "NHS Jobs <noreply@jobs.nhs.uk>",
        "Your application is being reviewed",
        ("viewed", RTB, B5, 8, "other", "en"),
        """Dear Lucia,

Your application for Band 5 Staff Nurse - Acute Medicine (International Recruitment), reference 281-IR-7731-B, is now with the recruiting manager for shortlisting.

NHS Jobs""",
    ),
    m(
        29,
        "2026-02-10 10:00:00 +0000",
        AG,
        "Ireland update + new roles",
        ("alert", None, None, None, "agency", "en"),
        """Hi Lucia, quick newsletter from the Shamrock team: 40+ new nursing vacancies across Galway, Mayo and Limerick this month, plus our free NMBI registration webinar on 24 February. Reply if you'd like to hear more. Aoife""",
    ),
]

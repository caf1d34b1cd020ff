# ruff: noqa: E501
"""Corpus 77, job mail from international chains, Palma, Lisbon and the boards (data only): see heldout77.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the first import path


def _tz(day: str) -> str:
    if day < "2025-10-26":
        return "+0200"
    return "+0100"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src, lang="en"):
    return (cat, co, role, app, src, lang)


def teams(uid, start, summary, org, minutes=45, attendees=(), desc=None):
    return {
        "style": "outlook",
        "uid": uid,
        "start": start,
        "minutes": minutes,
        "summary": summary,
        "organizer": org,
        "attendees": list(attendees),
        "location": "Microsoft Teams Meeting",
        "description": desc
        or "Join the meeting now\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE\nMeeting ID: 342 118 770 95\nPasscode: b7Kq2M",
    }


BR, BRR = "Brisa Hotels & Resorts", "Hotel Operations Manager - Brisa Palma Port"
NX, NXR = "Nexa Stays", "Hotel Operations Manager, Lisbon"
AL, ALR = "Alderline Hotels", "Cluster Operations Manager Iberia"
OC, OCR = "Oceanum Hotels", "Front Office & Operations Manager"
TE, TER = "Tejo Hotelaria", "Gerente de Operações"
KO, KOR = "Kora Suites", "Operations Manager"
CA, CAR = "Caleta Hotels", "Jefe/a de Operaciones"
LU, LUR = "Lumen Hotel Group", "Area Operations Manager Spain"

SF = "Brisa Hotels & Resorts <noreply@successfactors.eu>"

MAIL: list[dict[str, Any]] = [
    # --- 2 Brisa Hotels & Resorts (SuccessFactors), offer declined --------------------------
    m(
        "7801",
        "2025-09-19 13:44",
        SF,
        "Confirmación de candidatura - Hotel Operations Manager - Brisa Palma Port",
        A("confirmation", BR, BRR, 2, "other", "es"),
        text="Estimada Marta Vidal Roig:\n\nLe agradecemos su interés en formar parte de Brisa Hotels & Resorts. Hemos recibido correctamente su candidatura para la posición Hotel Operations Manager - Brisa Palma Port (Req. 18422).\n\nEl equipo de Selección analizará su perfil. En caso de que no resulte seleccionada para continuar en el proceso, se lo comunicaremos igualmente.\n\nAtentamente,\nDepartamento de Selección\nBRISA HOTELES, S.A. · Gremi Fusters 33 · 07009 Palma\n\nEste mensaje se ha generado automáticamente. Por favor, no responda.",
    ),
    m(
        "7802",
        "2025-10-03 11:20",
        "Catalina Amengual <catalina.amengual@brisahotels.com>",
        "Entrevista Hotel Operations Manager - Brisa Palma Port",
        A("interview", BR, BRR, 2, "direct", "es"),
        text="Estimada Marta:\n\nTras revisar su candidatura, nos gustaría mantener una primera entrevista por Microsoft Teams. Le adjunto convocatoria para el miércoles 8 de octubre a las 16:30.\n\nAtentamente,\n\nCatalina Amengual\nTalent Acquisition Specialist\nBrisa Hotels & Resorts",
        ics=teams(
            "BRISA-18422-R1",
            "2025-10-08 16:30:00 +0200",
            "Entrevista: Marta Vidal Roig - HOM Brisa Palma Port",
            ("Catalina Amengual", "catalina.amengual@brisahotels.com"),
            desc="Reunión de Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3abrisa\nId. de reunión: 291 004 552 71",
        ),
    ),
    m(
        "7803",
        "2025-10-15 09:05",
        "Catalina Amengual <catalina.amengual@brisahotels.com>",
        "Segunda fase - visita a Brisa Palma Port",
        A("interview", BR, BRR, 2, "direct", "es"),
        text="Estimada Marta:\n\nLe confirmamos la segunda entrevista presencial en el hotel el martes 21 de octubre a las 10:00 con D. Toni Ferrà, Director del hotel, y D.ª Elena Roig, Directora Regional de Operaciones Baleares. Brisa se hará cargo del vuelo BCN-PMI; recibirá los billetes de nuestra agencia de viajes.\n\nAtentamente,\nCatalina Amengual",
    ),
    m(
        "7804",
        "2025-10-15 12:30",
        "Viajes Corporativos Brisa <reservas@brisaviajes.es>",
        "Localizador QX7TRM - BCN-PMI 21/10",
        ("other_job", BR, BRR, None, "direct", "es"),
        text="Sra. MARTA VIDAL ROIG\n\nLocalizador: QX7TRM\nIda: 21/10/2025 BCN 07:05 - PMI 08:00\nVuelta: 21/10/2025 PMI 19:35 - BCN 20:30\n\nFacturado a: BRISA HOTELES, S.A. (Selección)\n\nBuen viaje.",
    ),
    m(
        "7805",
        "2025-11-03 18:22",
        "Catalina Amengual <catalina.amengual@brisahotels.com>",
        "Oferta - Hotel Operations Manager - Brisa Palma Port",
        A("offer", BR, BRR, 2, "direct", "es"),
        text="Estimada Marta:\n\nEs un placer comunicarle que Brisa Hotels & Resorts desea ofrecerle la posición de Hotel Operations Manager en Brisa Palma Port. Adjuntamos la propuesta económica: 48.000 € brutos anuales, bonus por objetivos de hasta el 15 %, ayuda de alojamiento en Palma durante los tres primeros meses e incorporación el 12 de enero de 2026.\n\nLe agradeceríamos una respuesta antes del 14 de noviembre.\n\nAtentamente,\nCatalina Amengual\nBrisa Hotels & Resorts",
        attach=[
            (
                "Propuesta_Brisa_Palma_Port.pdf",
                "application/pdf",
                "%PDF-1.4 BRISA HOTELES SA propuesta de incorporacion HOM Palma Port",
            )
        ],
    ),
    m(
        "7806",
        "2025-11-13 10:48",
        "Catalina Amengual <catalina.amengual@brisahotels.com>",
        "RE: Oferta - Hotel Operations Manager - Brisa Palma Port",
        A("offer", BR, BRR, 2, "direct", "es"),
        st="declined",
        text="Estimada Marta:\n\nLamentamos su decisión, aunque la entendemos y agradecemos su transparencia. Dejamos constancia de que declina la propuesta. Ha sido un placer conocerla y esperamos volver a coincidir.\n\nAtentamente,\nCatalina Amengual\n\n-----Mensaje original-----\nDe: Marta Vidal Roig <marta.vidalroig@gmail.com>\nEnviado el: miércoles, 12 de noviembre de 2025 21:10\nPara: Catalina Amengual\nAsunto: RE: Oferta - Hotel Operations Manager - Brisa Palma Port\n\nEstimada Catalina, muchas gracias por la propuesta. Tras pensarlo mucho, he decidido no aceptarla: por motivos familiares prefiero quedarme en Barcelona. Un saludo cordial, Marta",
    ),
    # --- 4 Nexa Stays (London, Greenhouse) -------------------------------------------------
    m(
        "7810",
        "2025-09-23 16:02",
        "Nexa Stays Talent <no-reply@eu.greenhouse-mail.io>",
        "Thanks for applying to Nexa Stays!",
        A("confirmation", NX, NXR, 4, "greenhouse"),
        text="Hi Marta,\n\nThanks so much for applying for the Hotel Operations Manager, Lisbon role at Nexa Stays. We're a small team in London and we read every application ourselves, so please bear with us.\n\nIf your experience is a match, someone from the Talent team will reach out within two weeks to set up a first chat.\n\nBest,\nThe Nexa Stays Talent Team\nNexa Hospitality Group Ltd · 14 Leonard Street · London EC2A 4LX",
    ),
    m(
        "7811",
        "2025-09-23 19:40",
        "Marta Vidal <marta.vidal.r@hotmail.es>",
        "Fwd: Thanks for applying to Nexa Stays!",
        A("confirmation", NX, NXR, 4, "greenhouse"),
        text="para tenerlo en el gmail\n\n---------- Forwarded message ---------\nFrom: Nexa Stays Talent <no-reply@eu.greenhouse-mail.io>\nDate: Tue, 23 Sept 2025 at 16:02\nSubject: Thanks for applying to Nexa Stays!\nTo: <marta.vidal.r@hotmail.es>\n\nHi Marta,\n\nThanks so much for applying for the Hotel Operations Manager, Lisbon role at Nexa Stays. We're a small team in London and we read every application ourselves, so please bear with us.\n\nBest,\nThe Nexa Stays Talent Team",
    ),
    m(
        "7812",
        "2025-10-02 14:15",
        "Olivia Brennan <olivia.brennan@nexastays.co.uk>",
        "Nexa Stays - first chat",
        A("interview", NX, NXR, 4, "direct"),
        text="Hi Marta,\n\nLovely to e-meet you. I'd love to have a 30-minute first chat about the Lisbon role. Could you pick a slot here? https://app.greenhouse.io/scheduling/nexa/olivia\n\nCheers,\nOlivia Brennan\nTalent Partner, Nexa Stays",
    ),
    m(
        "7813",
        "2025-10-02 17:50",
        "Nexa Stays Talent <no-reply@eu.greenhouse-mail.io>",
        "Interview confirmed: Marta Vidal Roig - Hotel Operations Manager, Lisbon",
        A("interview", NX, NXR, 4, "greenhouse"),
        text="Hi Marta,\n\nYour interview is confirmed.\n\nWhen: Monday 6 October 2025, 10:00-10:30 BST (11:00-11:30 CEST)\nWith: Olivia Brennan\nWhere: Microsoft Teams (link in the invite)\n\nNeed to reschedule? Just reply to this email.",
        ics={
            "uid": "gh-nexa-88213",
            "start": "2025-10-06 11:00:00 +0200",
            "minutes": 30,
            "summary": "Marta Vidal Roig <> Nexa Stays (Olivia Brennan)",
            "organizer": ("Olivia Brennan", "olivia.brennan@nexastays.co.uk"),
            "location": "Microsoft Teams",
        },
    ),
    m(
        "7814",
        "2025-10-21 11:30",
        "Olivia Brennan <olivia.brennan@nexastays.co.uk>",
        "Following up",
        A("rejection", NX, NXR, 4, "direct"),
        text="Hi Marta,\n\nThanks again for your time with me and with Sam last week - we both really enjoyed hearing about how you rebuilt the housekeeping rota at your last property.\n\nI'm sorry to say we won't be taking your application further. We've decided to prioritise candidates who already speak fluent Portuguese and have run a property in Lisbon, as we open with a very lean local team.\n\nI'd genuinely like to keep in touch for our Barcelona opening next year.\n\nAll the best,\nOlivia",
    ),
    # --- 5 Alderline Hotels (Cornerstone, EMEA) --------------------------------------------
    m(
        "7820",
        "2025-09-26 09:00",
        "Alderline Hotels Careers <alderline@csod.com>",
        "Application Received - Cluster Operations Manager Iberia",
        A("confirmation", AL, ALR, 5, "other"),
        text="Dear Marta,\n\nThank you for applying for Cluster Operations Manager Iberia (Req ID 55120) with Alderline Hotels. We have received your application.\n\nOur EMEA Talent Acquisition team will review your profile against the requirements of the role. Unfortunately we are unable to respond personally to every applicant; if you are shortlisted, we will contact you.\n\nKind regards,\nEMEA Talent Acquisition\nAlderline Hotels & Resorts plc",
    ),
    m(
        "7821",
        "2025-10-06 10:30",
        "Alderline EMEA Talent <emea.talent@alderlinehotels.com>",
        "Next step: video interview",
        A("assessment", AL, ALR, 5, "direct"),
        text="Dear Marta,\n\nWe are pleased to invite you to the next stage: a recorded video interview through HireVue. You will answer 6 questions; allow about 25 minutes. Please complete it by 12 October.\n\nhttps://app.hirevue.com/interviews/alderline-emea\n\nKind regards,\nEMEA Talent Acquisition, Alderline Hotels",
    ),
    m(
        "7822",
        "2025-10-20 15:10",
        "James Whitfield <james.whitfield@alderlinehotels.com>",
        "Alderline - Cluster Operations Manager Iberia - interview",
        A("interview", AL, ALR, 5, "direct"),
        text="Dear Marta,\n\nThank you for completing the video interview. I'd like to invite you to a panel interview with our VP Operations Southern Europe. Calendar invite attached.\n\nBest regards,\nJames Whitfield\nTalent Acquisition Manager EMEA\nAlderline Hotels",
        ics=teams(
            "ALD-55120-PANEL",
            "2025-10-27 14:00:00 +0100",
            "Panel interview - Marta Vidal Roig - Cluster Ops Mgr Iberia",
            ("James Whitfield", "james.whitfield@alderlinehotels.com"),
            minutes=60,
            attendees=[("Marco Bellini", "marco.bellini@alderlinehotels.com")],
        ),
    ),
    m(
        "7823",
        "2025-11-04 17:35",
        "Alderline Hotels Careers <alderline@csod.com>",
        "Your application with Alderline Hotels",
        A("rejection", AL, ALR, 5, "other"),
        text="Dear Marta,\n\nThank you for the time and effort you have invested in our selection process for Cluster Operations Manager Iberia. The panel was impressed with your operational knowledge and your warmth with guests and teams.\n\nAfter careful consideration, we have decided to proceed with another candidate whose experience more closely matches the requirements of the role at this time.\n\nWe will keep your details on file and wish you every success.\n\nKind regards,\nEMEA Talent Acquisition",
    ),
    # --- 10 Oceanum Hotels (LinkedIn), ghosted ---------------------------------------------
    m(
        "7830",
        "2025-10-07 21:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marta, your application was sent to Oceanum Hotels",
        A("confirmation", OC, OCR, 10, "linkedin"),
        html="<p>Your application was sent to <b>Oceanum Hotels</b></p><p>Front Office &amp; Operations Manager<br>Oceanum Hotels · Lisbon, Portugal (On-site)</p><p>Applied on 7 Oct 2025</p><p><a href='https://www.linkedin.com/jobs'>View job</a></p>",
    ),
    m(
        "7831",
        "2025-10-10 09:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Oceanum Hotels",
        A("viewed", OC, OCR, 10, "linkedin"),
        html="<p>Marta, your application was viewed by <b>Oceanum Hotels</b></p><p>Front Office &amp; Operations Manager · Lisbon</p>",
    ),
    # --- 15 Tejo Hotelaria (Teamtailor, Portuguese) ----------------------------------------
    m(
        "7835",
        "2025-10-11 12:00",
        "Tejo Hotelaria <no-reply@teamtailor-mail.com>",
        "Recebemos a sua candidatura",
        A("confirmation", TE, TER, 15, "teamtailor", "pt"),
        text="Olá Marta,\n\nObrigado pela sua candidatura à vaga de Gerente de Operações no Grupo Tejo Hotelaria. Vamos analisar o seu perfil com atenção e entraremos em contacto caso avance para a próxima fase.\n\nCom os melhores cumprimentos,\nEquipa de Recrutamento\nTejo Hotelaria, S.A. · Lisboa",
    ),
    # --- 17 Kora Suites Lisboa (LinkedIn) --------------------------------------------------
    m(
        "7840",
        "2025-10-12 22:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marta, your application was sent to Kora Suites Lisboa",
        A("confirmation", KO, KOR, 17, "linkedin"),
        html="<p>Your application was sent to <b>Kora Suites Lisboa</b></p><p>Operations Manager<br>Kora Suites Lisboa · Lisbon (On-site)</p>",
    ),
    m(
        "7841",
        "2025-10-20 12:25",
        "Rui Carvalho <rui.carvalho@korasuites.pt>",
        "Operations Manager - Kora Suites",
        A("interview", KO, KOR, 17, "direct"),
        text="Hi Marta,\n\nThanks for applying via LinkedIn. I run Kora Suites (42 serviced apartments in Príncipe Real). Would you be available for a Teams call on Thursday 23 at 15:00 Lisbon time (16:00 in Barcelona)? We can do it in English or Spanish, as you prefer.\n\nBest,\nRui Carvalho\nManaging Director\nKS Apartamentos Turísticos, Lda.",
    ),
    m(
        "7842",
        "2025-11-03 09:50",
        "Rui Carvalho <rui.carvalho@korasuites.pt>",
        "Re: Operations Manager - Kora Suites",
        A("rejection", KO, KOR, 17, "direct"),
        text="Hi Marta,\n\nI really enjoyed our talk. In the end we've decided to promote our front office lead into the role, so the position is closed. Thank you for your interest and good luck with your search!\n\nRui",
    ),
    # --- 20 Caleta Hotels (Indeed), ghosted ------------------------------------------------
    m(
        "7845",
        "2025-10-22 20:05",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Jefe/a de Operaciones",
        A("confirmation", CA, CAR, 20, "indeed", "es"),
        html="<p><b>Tu candidatura se ha enviado a Caleta Hotels</b></p><p>Jefe/a de Operaciones<br>Caleta Hotels - Palma, Illes Balears</p><p>Si tu perfil no encaja, es posible que la empresa no se ponga en contacto contigo.</p>",
    ),
    # --- 21 Lumen Hotel Group (Workday, EMEA, English) -------------------------------------
    m(
        "7850",
        "2025-10-30 14:18",
        "Lumen Hotel Group <lumenhotels@myworkday.com>",
        "Thank you for your application",
        A("confirmation", LU, LUR, 21, "workday"),
        text="Dear Marta,\n\nThank you for applying to Area Operations Manager Spain (JR-20931). We've received your application and our recruiting team will be in touch if your background fits the role.\n\nYou can track your application in the Candidate Home.\n\nLumen Hotel Group | EMEA Recruitment",
    ),
    m(
        "7851",
        "2025-11-27 08:12",
        "Lumen Hotel Group <lumenhotels@myworkday.com>",
        "An update on Area Operations Manager Spain",
        A("rejection", LU, LUR, 21, "workday"),
        text="Dear Marta,\n\nWe wanted to let you know that the Area Operations Manager Spain position (JR-20931) has been put on hold and we have closed the requisition. We are therefore not progressing any applications at this time.\n\nThank you for your interest in Lumen Hotel Group.\n\nEMEA Recruitment",
    ),
    # --- outreach, auto-reply, alerts ------------------------------------------------------
    m(
        "7855",
        "2025-09-18 11:05",
        "Inês Duarte via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Opportunity at Oceanum Hotels, Lisbon",
        ("outreach", OC, "Hotel Manager", None, "linkedin", "en"),
        html="<p>Hi Marta,</p><p>I'm a recruiter at Oceanum Hotels. We're looking for a Hotel Manager for our new property in Alfama and your background caught my eye. Would you be open to a quick chat?</p><p>Inês Duarte<br>Talent Acquisition, Oceanum Hotels</p><p><a href='#'>Reply</a></p>",
    ),
    m(
        "7856",
        "2025-10-21 11:31",
        "Olivia Brennan <olivia.brennan@nexastays.co.uk>",
        "Automatic reply: Following up",
        ("other_job", NX, NXR, None, "direct", "en"),
        text="Thanks for your email. I'm out of office until Monday 27 October with limited access to email. For anything urgent, please contact talent@nexastays.co.uk.\n\nOlivia",
    ),
    m(
        "7857",
        "2025-09-29 07:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“operations manager hotel”: 18 new jobs in Barcelona",
        ("alert", None, None, None, "linkedin", "en"),
        html="<p>Your job alert for <b>operations manager hotel</b> in Barcelona</p><p>Operations Manager - Alderline Hotels - Barcelona<br>Hotel Manager - Boutique hotel - Barcelona<br>Assistant Hotel Manager - Barcelona</p><p><a href='#'>See all jobs</a></p>",
    ),
    m(
        "7858",
        "2025-10-27 07:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“hotel manager”: 11 new jobs in Lisbon",
        ("alert", None, None, None, "linkedin", "en"),
        html="<p>Your job alert for <b>hotel manager</b> in Lisbon, Portugal</p><p>Hotel Manager - Oceanum Hotels<br>Operations Manager - Kora Suites Lisboa<br>Front Office Manager - Tejo Hotelaria</p>",
    ),
    m(
        "7859",
        "2025-09-20 10:00",
        "Hosco <newsletter@hosco.com>",
        "Top hospitality jobs this week in Spain",
        ("alert", None, None, None, "other", "en"),
        html="<p>Hi Marta, here are this week's top picks for you: Hotel Manager (Palma), Guest Experience Manager (Valencia), Operations Manager (Barcelona). <a href='#'>Apply now</a></p><p>Hosco · The hospitality community</p>",
    ),
    m(
        "7860",
        "2025-10-04 18:00",
        "Alderline Hotels Careers <alderline@csod.com>",
        "Complete your profile in the Alderline Talent Network",
        ("alert", None, None, None, "other", "en"),
        text="Dear Marta,\n\nWelcome to the Alderline Talent Network. Complete your profile to receive personalised job recommendations across our 320 hotels in EMEA.\n\nKind regards,\nAlderline Careers",
    ),
    m(
        "7861",
        "2025-11-18 12:30",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Estas empresas de hostelería están contratando",
        ("alert", None, None, None, "other", "es"),
        html="<p>Marta, descubre empresas que contratan en Barcelona: hoteles boutique, colivings y grupos de restauración. <a href='#'>Ver empresas</a></p>",
    ),
    m(
        "7862",
        "2026-01-20 07:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“operations manager hotel”: 9 new jobs in Barcelona",
        ("alert", None, None, None, "linkedin", "en"),
        html="<p>Your job alert for <b>operations manager hotel</b> in Barcelona</p><p>Director of Operations - Lumen Hotel Group<br>Hotel Operations Manager - Barcelona</p>",
    ),
    m(
        "7863",
        "2026-02-10 16:20",
        "Sophie Lang <sophie.lang@harbourtalent.co.uk>",
        "General Manager role - boutique group, Barcelona",
        ("outreach", None, "General Manager", None, "agency", "en"),
        text="Hi Marta,\n\nI'm working on a confidential General Manager search for a London-based boutique hotel group opening its first property in Barcelona this autumn. Your name came up twice. Would you be open to a confidential conversation, even if you're happy where you are?\n\nBest,\nSophie Lang\nHarbour Talent Partners · London",
    ),
]

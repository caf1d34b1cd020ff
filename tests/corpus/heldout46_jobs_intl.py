# ruff: noqa: E501
"""Corpus 46, job mail in English and Spanish (see heldout46.py). Invented people and employers."""

from heldout46_jobs import ME_ADDR, m, reply  # the same message shorthand

HB = "Hallbrook Partners"
HBI = "Project Manager – Infrastructure"
HBR = "Senior Project Manager – Rail"
NV = "Norvane Engineering"
NVR = "Senior Project Engineer"
ARB = "Construcciones Arbeloa"
ARBR = "Jefa de Obra – Edificación"
KL = "Kessler Lowe"
KLR = "Construction Project Manager (Remote, EU)"

MAIL = [
    # --- 16 Hallbrook Partners, Greenhouse ----------------------------------------------------
    m(
        "gh.4471023.hb1",
        "2025-09-11 15:02 +0100",
        "Hallbrook Partners <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Hallbrook Partners",
        ("confirmation", HB, HBI, 16, "greenhouse", "en"),
        "Hi Inês,\n\nThanks for your interest in Hallbrook Partners! We've received your application "
        "for the Project Manager – Infrastructure role in our Lisbon office and our team is "
        "reviewing it.\n\nIf your experience is a good match, a member of our Talent team will be "
        "in touch to discuss next steps. Unfortunately, due to the volume of applications, we "
        "aren't able to provide individual feedback at this stage.\n\nBest,\nHallbrook Talent "
        "Acquisition",
    ),
    m(
        "gh.4471023.hb2",
        "2025-09-23 10:15 +0100",
        "Olivia Marsh <olivia.marsh@hallbrookpartners.com>",
        "Hallbrook Partners – first interview (Project Manager, Infrastructure)",
        ("interview", HB, HBI, 16, "direct", "en"),
        "Dear Inês,\n\nThank you for applying. I'd like to invite you to a 45-minute video "
        "interview with Tom Whitcombe (Associate Director, Transport) and myself. I've sent a "
        "Teams invitation for Tuesday 30 September at 14:00 Lisbon time — please let me know if "
        "that doesn't work.\n\nKind regards,\nOlivia Marsh\nTalent Partner, Iberia\nHallbrook "
        "Partners | 19 Rua Castilho, Lisboa | London · Manchester · Lisbon · Dubai\n\nThis e-mail "
        "and any attachments are confidential and intended solely for the addressee.",
        cc="Tom Whitcombe <tom.whitcombe@hallbrookpartners.com>",
    ),
    m(
        "040000008200E00074C5B7101A82E008hb77",
        "2025-09-23 10:17 +0100",
        "Olivia Marsh <olivia.marsh@hallbrookpartners.com>",
        "Hallbrook | Inês Carvalho Mendes – Project Manager, Infrastructure",
        ("interview", HB, HBI, 16, "direct", "en"),
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to "
        "join the meeting\nMeeting ID: 318 554 201 773\nPasscode: Yh7mQa\n"
        "________________________________________________________________________________",
        ics={
            "style": "outlook",
            "start": "2025-09-30 15:00:00 +0200",
            "minutes": 45,
            "organizer": ("Olivia Marsh", "olivia.marsh@hallbrookpartners.com"),
            "attendees": [("Tom Whitcombe", "tom.whitcombe@hallbrookpartners.com")],
            "uid": "040000008200E00074C5B7101A82E008hb77",
            "summary": "Hallbrook | Inês Carvalho Mendes – Project Manager, Infrastructure",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "gh.4471023.hb3",
        "2025-10-10 16:48 +0100",
        "Hallbrook Partners <no-reply@us.greenhouse-mail.io>",
        "Your application with Hallbrook Partners",
        ("rejection", HB, HBI, 16, "greenhouse", "en"),
        "Dear Inês,\n\nThank you for taking the time to speak with us about the Project Manager – "
        "Infrastructure position. We enjoyed learning more about your background.\n\nAfter careful "
        "consideration, we have decided to move forward with candidates whose experience more "
        "closely matches the needs of the role at this time.\n\nWe'll keep your details on file "
        "and encourage you to apply for future openings.\n\nBest wishes,\nHallbrook Partners",
    ),
    # --- 20 Hallbrook re-application ---------------------------------------------------------
    m(
        "gh.5120877.hb4",
        "2026-01-26 21:30 +0000",
        "Hallbrook Partners <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Hallbrook Partners",
        ("confirmation", HB, HBR, 20, "greenhouse", "en"),
        "Hi Inês,\n\nWe've received your application for Senior Project Manager – Rail (Lisbon "
        "or Porto). Thanks for thinking of us again!\n\nOur team reviews every application and "
        "will reach out if there's a fit.\n\nHallbrook Talent Acquisition",
    ),
    m(
        "hb.olivia.0203",
        "2026-02-03 09:41 +0000",
        "Olivia Marsh <olivia.marsh@hallbrookpartners.com>",
        "Good to see your name again – Rail role",
        ("interview", HB, HBR, 20, "direct", "en"),
        "Hi Inês,\n\nLovely to see your application come through again. The Rail team is growing "
        "with the high-speed line work and your railway maintenance background is relevant this "
        "time. Could you do a 30-minute call on Thursday or Friday afternoon? Just send me two "
        "slots that work.\n\nBest,\nOlivia",
    ),
    m(
        "hb.olivia.0204",
        "2026-02-04 08:12 +0000",
        "Olivia Marsh <olivia.marsh@hallbrookpartners.com>",
        "RE: Good to see your name again – Rail role",
        ("interview", HB, HBR, 20, "direct", "en"),
        "Friday 16:00 it is — I'll call you on +351 912 ••• 408.\n\nOlivia\n\nFrom: Inês Carvalho "
        "Mendes <" + ME_ADDR + ">\nSent: 03 February 2026 19:22\nSubject: Re: Good to see your "
        "name again – Rail role\n\nHi Olivia, thank you! Friday 16:00 or Thursday 17:30 would be "
        "perfect.",
        **reply("hb.olivia.0203", "hallbrookpartners.com"),
    ),
    # --- 17 Norvane Engineering, SmartRecruiters ----------------------------------------------
    m(
        "sr.norvane.74419a",
        "2025-09-16 12:02 +0200",
        "Norvane Engineering <noreply@smartrecruiters.com>",
        "Norvane Engineering: We received your application",
        ("confirmation", NV, NVR, 17, "smartrecruiters", "en"),
        html="<div style='font-family:Arial'><p>Dear Inês,</p><p>Thank you for applying for the "
        "position of <b>Senior Project Engineer – Water & Infrastructure (Remote, Portugal)</b> at "
        "Norvane Engineering.</p><p>We are now reviewing applications and will get back to you as "
        "soon as possible.</p><p>Kind regards,<br>Norvane Talent Team</p><p style='color:#999;"
        "font-size:11px'>Powered by SmartRecruiters · <a href='https://jobs.smartrecruiters.com/"
        "NorvaneEngineering'>Careers</a></p></div>",
    ),
    m(
        "sr.norvane.74419b",
        "2025-10-24 09:30 +0200",
        "Norvane Engineering <noreply@smartrecruiters.com>",
        "Update on your application – Senior Project Engineer",
        ("rejection", NV, NVR, 17, "smartrecruiters", "en"),
        "Dear Inês,\n\nThank you for your patience while we reviewed your application for Senior "
        "Project Engineer – Water & Infrastructure.\n\nWe were impressed by your experience; "
        "however, we have decided not to progress your application further, as we need someone "
        "who holds Danish or Norwegian chartership for this client framework.\n\nWe wish you "
        "every success in your search.\n\nNorvane Talent Team",
    ),
    # --- 18 Construcciones Arbeloa (Madrid), LinkedIn -> withdrawn ----------------------------
    m(
        "li-app-3791120884",
        "2025-10-01 19:55 +0100",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Inês, tu solicitud se ha enviado a Construcciones Arbeloa",
        ("confirmation", ARB, ARBR, 18, "linkedin", "es"),
        "Tu solicitud se ha enviado a Construcciones Arbeloa\n\nJefe/a de Obra – Edificación "
        "residencial\nConstrucciones Arbeloa · Madrid, Comunidad de Madrid (Presencial)\n"
        "Solicitado el 1 oct 2025\n\nVer empleo: https://www.linkedin.com/jobs/view/3791120884",
    ),
    m(
        "arb.rrhh.1014",
        "2025-10-14 13:05 +0200",
        "Lucía Goñi <lgoni@arbeloa-construcciones.es>",
        "Entrevista Jefe/a de Obra – Construcciones Arbeloa",
        ("interview", ARB, ARBR, 18, "direct", "es"),
        "Hola Inês:\n\nGracias por tu interés en Construcciones Arbeloa. Nos ha gustado tu "
        "candidatura y queremos conocerte. ¿Te vendría bien una videollamada el jueves 16 a las "
        "12:00 (hora de Madrid) con nuestro Director de Producción, Javier Echarri?\n\nUn saludo,"
        "\nLucía Goñi\nDpto. de Personas\nConstrucciones Arbeloa, S.A. · Calle de Orense 58, "
        "Madrid",
    ),
    m(
        "arb.rrhh.1105",
        "2025-11-05 10:22 +0100",
        "Lucía Goñi <lgoni@arbeloa-construcciones.es>",
        "RE: Retirada de candidatura – Jefe/a de Obra",
        ("confirmation", ARB, ARBR, 18, "direct", "es"),
        st="withdrawn",
        text="Hola Inês:\n\nGracias por avisarnos. Entendemos tu decisión y retiramos tu "
        "candidatura del proceso. Te deseamos mucha suerte en tu nuevo camino y no dudes en "
        "escribirnos en el futuro.\n\nUn saludo,\nLucía\n\n-----Mensaje original-----\nDe: Inês "
        "Carvalho Mendes\nEnviado el: martes, 4 de noviembre de 2025 21:10\nAsunto: Retirada de "
        "candidatura – Jefe/a de Obra\n\nHola Lucía, por motivos personales he decidido quedarme "
        "en Portugal y prefiero retirar mi candidatura. Muchas gracias por todo.",
        **reply("arb.rrhh.1014", "arbeloa-construcciones.es"),
    ),
    # --- 19 Ingeniería Valdeporras, Teamtailor (es) -------------------------------------------
    m(
        "tt-valdep-5521-1",
        "2025-10-08 11:11 +0200",
        "Ingeniería Valdeporras <no-reply@teamtailor.com>",
        "¡Gracias por tu candidatura!",
        (
            "confirmation",
            "Ingeniería Valdeporras",
            "Project Manager – Obra Civil",
            19,
            "teamtailor",
            "es",
        ),
        "Hola Inês:\n\nHemos recibido tu candidatura para Project Manager – Obra Civil (Madrid). "
        "Nuestro equipo la revisará y te contaremos algo pronto.\n\nUn abrazo,\nEquipo de Talento "
        "de Valdeporras",
    ),
    m(
        "tt-valdep-5521-2",
        "2025-10-30 17:02 +0100",
        "Ingeniería Valdeporras <no-reply@teamtailor.com>",
        "Tu proceso con Valdeporras",
        (
            "rejection",
            "Ingeniería Valdeporras",
            "Project Manager – Obra Civil",
            19,
            "teamtailor",
            "es",
        ),
        "Hola Inês:\n\nQueremos agradecerte el tiempo dedicado. Tras revisar todas las "
        "candidaturas, lamentamos comunicarte que en esta ocasión no seguiremos adelante con tu "
        "perfil. Guardaremos tus datos para futuros procesos si nos das tu consentimiento.\n\n"
        "Equipo de Talento de Valdeporras",
    ),
    # --- 21 Grupo Serranía Infraestructuras, SuccessFactors (es) -> ghosted --------------------
    m(
        "sf.serrania.99172",
        "2025-12-11 18:20 +0100",
        "Grupo Serranía – Empleo <noreply@successfactors.eu>",
        "Confirmación de recepción de su candidatura",
        ("confirmation", "Grupo Serranía", "Jefa de Producción – Ferrocarril", 21, "other", "es"),
        "Estimada Inês:\n\nLe confirmamos que hemos recibido correctamente su candidatura para el "
        "puesto Jefe/a de Producción – Ferrocarril (ref. 99172), Madrid.\n\nSi su perfil se ajusta "
        "a los requisitos, nos pondremos en contacto con usted.\n\nAtentamente,\nDirección de "
        "Recursos Humanos\nGrupo Serranía Infraestructuras, S.A.",
    ),
    # --- 22 Brightline Modular, Greenhouse -> ghosted ------------------------------------------
    m(
        "gh.6611201.bm1",
        "2025-11-27 08:55 +0000",
        "Brightline Modular <no-reply@us.greenhouse-mail.io>",
        "Application received – Delivery Lead, Modular Housing (EMEA)",
        (
            "confirmation",
            "Brightline Modular",
            "Delivery Lead – Modular Housing",
            22,
            "greenhouse",
            "en",
        ),
        "Hi Inês,\n\nThanks for applying to be our Delivery Lead, Modular Housing (EMEA, remote). "
        "We're a small team so it can take us a couple of weeks to get back to everyone — we "
        "appreciate your patience!\n\nThe Brightline team",
    ),
    # --- 23 Ventura (Grupo Ventura Imobiliária), Workday ---------------------------------------
    m(
        "wd-ventura-JR1877-a",
        "2025-10-27 12:40 +0000",
        "Ventura Careers <venturagroup@myworkday.com>",
        "We've received your application – Development Project Manager (JR1877)",
        ("confirmation", "Ventura", "Development Project Manager", 23, "workday", "en"),
        "Dear Inês,\n\nThank you for applying for Development Project Manager (JR1877) in Lisbon. "
        "Unfortunately, we are not able to reply to every applicant personally, but we will "
        "contact you if your profile is shortlisted. You can follow your application in the "
        "Candidate Home.\n\nRegards,\nTalent Team – Grupo Ventura Imobiliária",
    ),
    m(
        "wd-ventura-JR1877-b",
        "2025-12-05 07:10 +0000",
        "Ventura Careers <venturagroup@myworkday.com>",
        "Development Project Manager (JR1877)",
        ("rejection", "Ventura", "Development Project Manager", 23, "workday", "en"),
        "Dear Inês,\n\nWe would like to inform you that the position Development Project Manager "
        "(JR1877) has been filled. We appreciate your interest in Ventura and hope you will "
        "consider other opportunities with us.\n\nTalent Team",
    ),
    # --- 24 Kessler Lowe, LinkedIn outreach -> Zoom interview -> rejection ----------------------
    m(
        "li-inmail-kl-0915",
        "2025-09-15 16:22 +0100",
        "Daniel Fenwick via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Construction PM role – remote, EU projects",
        ("outreach", KL, KLR, None, "linkedin", "en"),
        "Hi Inês,\n\nI lead recruitment for Kessler Lowe, a project-controls consultancy working "
        "on data-centre and logistics builds across Europe. Your mix of site management and "
        "planning caught my eye. We're hiring a Construction Project Manager, fully remote with "
        "occasional site visits. Open to a chat?\n\nDaniel Fenwick\nHead of Talent, Kessler Lowe",
    ),
    m(
        "kl.df.0925",
        "2025-09-25 14:00 +0100",
        "Daniel Fenwick <daniel.fenwick@kesslerlowe.co.uk>",
        "Kessler Lowe – interview with Priya",
        ("interview", KL, KLR, 24, "direct", "en"),
        "Hi Inês,\n\nThanks for sending your CV over — I've put you forward. Priya Raman (Director, "
        "European Projects) would like to meet you on Zoom on Thursday 2 October at 10:00 UK "
        "(11:00 Lisbon). Invite attached.\n\nCheers,\nDan",
        ics={
            "start": "2025-10-02 10:00:00 +0100",
            "minutes": 45,
            "organizer": ("Daniel Fenwick", "daniel.fenwick@kesslerlowe.co.uk"),
            "attendees": [("Priya Raman", "priya.raman@kesslerlowe.co.uk")],
            "uid": "5q2b0v8k1kesslerlowe0925@google.com",
            "summary": "Kessler Lowe | Inês Carvalho Mendes <> Priya Raman",
            "description": "Join Zoom Meeting\nhttps://kesslerlowe.zoom.us/j/91102238817\n"
            "Meeting ID: 911 0223 8817",
            "location": "https://kesslerlowe.zoom.us/j/91102238817",
        },
    ),
    m(
        "kl.df.1013",
        "2025-10-13 12:30 +0100",
        "Daniel Fenwick <daniel.fenwick@kesslerlowe.co.uk>",
        "Quick update",
        ("rejection", KL, KLR, 24, "direct", "en"),
        "Hi Inês,\n\nPriya really enjoyed your conversation and said your approach to look-ahead "
        "planning was spot on. The honest answer is that the client pushed us for someone with "
        "mission-critical (data-centre) delivery on their CV, so we won't be taking you forward "
        "this time. I'm sorry to bring that news.\n\nI'd like to stay in touch for the next one.\n\n"
        "Best,\nDan",
    ),
    # --- 25 Meridian Tunnelling, Workable ----------------------------------------------------
    m(
        "wk-apply-meridian-3321",
        "2026-01-12 10:05 +0000",
        "Meridian Tunnelling <noreply@candidates.workablemail.com>",
        "Thanks for applying to Meridian Tunnelling",
        ("confirmation", "Meridian Tunnelling", "Project Controls Lead", 25, "workable", "en"),
        "Hi Inês,\n\nThank you for applying for the Project Controls Lead position at Meridian "
        "Tunnelling. Your application has been received and we will review it right away.\n\n"
        "If you are selected to continue, we'll contact you shortly.\n\nBest regards,\nMeridian "
        "Tunnelling Hiring Team",
    ),
    m(
        "wk-assess-meridian-3321",
        "2026-01-19 09:14 +0000",
        "Meridian Tunnelling <noreply@candidates.workablemail.com>",
        "Next step: a short questionnaire",
        ("assessment", "Meridian Tunnelling", "Project Controls Lead", 25, "workable", "en"),
        "Hi Inês,\n\nAs a next step, please complete this short questionnaire and the Primavera "
        "P6 exercise (about 40 minutes). Deadline: 26 January.\n\nStart here: "
        "https://apply.workable.com/meridian-tunnelling/q/8AC31F\n\nThanks,\nMeridian Tunnelling",
    ),
    # --- 26 Grupo Oriol Ingeniería (Madrid), SmartRecruiters (es) ------------------------------
    m(
        "sr.oriol.55018a",
        "2025-09-19 09:40 +0200",
        "Grupo Oriol <noreply@smartrecruiters.com>",
        "Hemos recibido tu solicitud",
        (
            "confirmation",
            "Grupo Oriol",
            "Técnica de Planificación y Control",
            26,
            "smartrecruiters",
            "es",
        ),
        "Hola Inês:\n\nGracias por presentar tu solicitud para Técnico/a de Planificación y "
        "Control en Grupo Oriol Ingeniería (Madrid). Estamos revisando tu perfil.\n\nSaludos "
        "cordiales,\nEquipo de Selección",
    ),
    m(
        "sr.oriol.55018b",
        "2025-10-16 15:12 +0200",
        "Grupo Oriol <noreply@smartrecruiters.com>",
        "Información sobre el puesto Técnico/a de Planificación y Control",
        (
            "rejection",
            "Grupo Oriol",
            "Técnica de Planificación y Control",
            26,
            "smartrecruiters",
            "es",
        ),
        "Hola Inês:\n\nTe agradecemos tu interés en Grupo Oriol. Tras estudiar detenidamente tu "
        "candidatura, hemos decidido continuar con otros perfiles que se ajustan mejor a las "
        "necesidades actuales del puesto.\n\nTe animamos a seguir consultando nuestras ofertas.\n\n"
        "Equipo de Selección",
    ),
    # --- other job mail (en/es) ---------------------------------------------------------------
    m(
        "li-alert-en-1006",
        "2025-10-06 05:50 +0100",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to Construction Project Manager",
        ("alert", None, None, None, "linkedin", "en"),
        "Construction Project Manager – Remote (EU)\nKessler Lowe · Remote · Easy Apply\n\n"
        "Senior Project Manager – Rail\nHallbrook Partners · Lisbon\n\nProject Engineer – Wind\n"
        "Aeroflux · Porto\n\nSee all jobs",
    ),
    m(
        "indeed-alert-es-1124",
        "2025-11-24 07:30 +0100",
        "Indeed <alert@indeed.com>",
        "jefe de obra en Madrid: 14 empleos nuevos",
        ("alert", None, None, None, "indeed", "es"),
        "Jefe/a de Obra Edificación – Madrid – Construcciones Arbeloa\nJefe de Producción "
        "Ferroviario – Madrid\nAyudante de Jefe de Obra – Alcalá de Henares\n\nVer todos los "
        "empleos",
    ),
    m(
        "gh-hb-community-1011",
        "2025-10-11 09:00 +0100",
        "Hallbrook Partners <no-reply@us.greenhouse-mail.io>",
        "Stay in touch with Hallbrook",
        ("other_job", HB, None, None, "greenhouse", "en"),
        "Hi Inês,\n\nYou're now part of the Hallbrook Talent Community. We'll share roles in "
        "Transport, Water and Buildings that match your interests, plus news from our projects.\n\n"
        "Update your preferences anytime.",
    ),
    m(
        "sr-incomplete-nv-0914",
        "2025-09-14 20:00 +0200",
        "Norvane Engineering <noreply@smartrecruiters.com>",
        "You have an unfinished application",
        ("other_job", NV, NVR, None, "smartrecruiters", "en"),
        "Hi Inês,\n\nIt looks like you started applying for Senior Project Engineer – Water & "
        "Infrastructure but didn't finish. Pick up where you left off — it only takes a few "
        "minutes.\n\nContinue application",
    ),
    m(
        "cv-outreach-bilbao-1118",
        "2025-11-18 11:47 +0100",
        "Iker Arrieta <iker.arrieta@talentiaobra.es>",
        "Oportunidad Jefa de Obra – empresa constructora líder (Madrid)",
        ("outreach", None, "Jefa de Obra", None, "agency", "es"),
        "Hola Inês:\n\nSoy Iker, consultor de Talentia Obra. Estamos buscando un/a Jefe/a de Obra "
        "para una constructora líder del sector con obra residencial en Valdebebas. ¿Te "
        "interesaría que habláramos? Incorporación inmediata.\n\nUn saludo,\nIker Arrieta",
    ),
    m(
        "kl.oof.0926",
        "2025-09-26 09:00 +0100",
        "Priya Raman <priya.raman@kesslerlowe.co.uk>",
        "Automatic reply: Kessler Lowe | Inês Carvalho Mendes <> Priya Raman",
        ("other_job", KL, KLR, None, "direct", "en"),
        "Thank you for your message. I am on leave until Monday 29 September with limited access "
        "to e-mail. For urgent matters please contact Daniel Fenwick.",
    ),
    m(
        "gh-survey-hb-1020",
        "2025-10-20 14:00 +0100",
        "Hallbrook Partners <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience with Hallbrook?",
        ("other_job", HB, HBI, None, "greenhouse", "en"),
        "Hi Inês,\n\nWe'd love your feedback on your recent candidate experience. The survey "
        "takes 2 minutes and is anonymous.\n\nTake the survey",
    ),
    m(
        "sr-alert-1202",
        "2025-12-02 08:00 +0100",
        "SmartRecruiters Jobs <jobs@smartrecruiters.com>",
        "New jobs at Norvane Engineering that match your profile",
        ("alert", NV, None, None, "smartrecruiters", "en"),
        "Project Manager – Desalination (Lisbon)\nSite Engineer – Pumping Stations (Remote PT)\n\n"
        "View jobs",
    ),
]

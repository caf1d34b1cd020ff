# ruff: noqa: E501
"""Corpus 86, English job mail, alerts and outreach (data only): see heldout86.py."""

from __future__ import annotations

from typing import Any

from heldout86_jobs import ics, m


def N(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


HB, HBR = "Hartwell Bancroft", "Corporate Associate (M&A), Madrid"
CV, CVR = "Corvalis", "Senior Commercial Counsel, EMEA"
BH, BHR = "Brightlane Health", "Legal Counsel, Spain & Portugal"
OR, ORR = "Orbyt", "Legal Counsel EMEA"
QC, QCR = "Quantiva Capital", "Legal Counsel, Funds (Madrid)"

MAIL: list[dict[str, Any]] = [
    # --- 7 Hartwell Bancroft LLP (iCIMS) -----------------------------------------------------
    m(
        "8101",
        "2025-09-15 07:58",
        "Hartwell Bancroft Careers <careers-noreply@hartwellbancroft.icims.com>",
        "Your application to Hartwell Bancroft LLP",
        N("confirmation", HB, HBR, 7, "icims"),
        "Dear Lucía,\n\nThank you for your interest in Hartwell Bancroft LLP. We confirm receipt of your application for the position of Corporate Associate (M&A), Madrid (Requisition 2025-3381).\n\nOur Graduate and Lateral Recruitment team in Madrid will review your application together with the relevant partners. Please note that, owing to the volume of applications, we may not be able to provide individual feedback if your application is not taken forward.\n\nKind regards,\n\nLateral Recruitment | EMEA\nHartwell Bancroft LLP\n\nHartwell Bancroft LLP is a limited liability partnership registered in England and Wales.",
    ),
    m(
        "8102",
        "2025-10-01 14:05",
        "Sophie Tennant <sophie.tennant@hartwellbancroft.com>",
        "Hartwell Bancroft - interview invitation (Madrid Corporate)",
        N("interview", HB, HBR, 7, "direct"),
        "Dear Lucía,\n\nFurther to your application, the Madrid Corporate team would like to invite you to a first-round interview with Javier Montalbán (Partner) and Rebecca Hale (Counsel). The interview will take place on Thursday 9 October at 16:00 CEST via Zoom and will last approximately 45 minutes. Part of it will be conducted in English.\n\nPlease find the calendar invitation attached.\n\nBest regards,\nSophie Tennant\nSenior Lateral Recruitment Advisor\nHartwell Bancroft LLP | London · Madrid · Paris",
        ics=ics(
            "2025-10-09 16:00:00 +0200",
            "Interview: Lucía Arrieta - Corporate Associate (Madrid)",
            ("Sophie Tennant", "sophie.tennant@hartwellbancroft.com"),
            "040000008200E00074C5B7101A82E00800000000D0F3A7E4A137DC01000000000000000010000000",
            minutes=45,
            location="https://hartwellbancroft.zoom.us/j/93371820047",
            attendees=[("Javier Montalbán", "javier.montalban@hartwellbancroft.com")],
        ),
    ),
    m(
        "8103",
        "2025-10-21 12:30",
        "Hartwell Bancroft Careers <careers-noreply@hartwellbancroft.icims.com>",
        "Your application - Corporate Associate (M&A), Madrid",
        N("rejection", HB, HBR, 7, "icims"),
        "Dear Lucía,\n\nThank you for taking the time to meet with Javier and Rebecca. They enjoyed the conversation and were impressed by your transactional experience.\n\nAfter careful consideration, we regret to inform you that we will not be progressing your application further on this occasion. We received applications from a number of very strong candidates and the decision was a difficult one.\n\nWe wish you every success in your career.\n\nKind regards,\nLateral Recruitment | EMEA\nHartwell Bancroft LLP",
    ),
    # --- 8 Corvalis (Greenhouse, US software company) ---------------------------------------------
    m(
        "8111",
        "2025-09-17 16:44",
        "Corvalis Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Corvalis!",
        N("confirmation", CV, CVR, 8, "greenhouse"),
        "Hi Lucía,\n\nThanks for applying for the Senior Commercial Counsel, EMEA role at Corvalis. We're excited that you're interested in helping us build the legal function for our fastest-growing region.\n\nOur team will review your application and get back to you if there's a fit. In the meantime, feel free to check out our blog to learn more about life at Corvalis.\n\nBest,\nThe Corvalis Talent Team\n\nCorvalis Software, Inc. · 500 Third St, San Francisco, CA",
    ),
    m(
        "8112",
        "2025-09-25 18:20",
        "Megan Ortiz <megan.ortiz@corvalis.io>",
        "Corvalis | Senior Commercial Counsel - intro chat",
        N("interview", CV, CVR, 8, "direct"),
        "Hi Lucía,\n\nI'm the recruiter supporting our EMEA legal hiring at Corvalis. Your background in commercial and corporate work caught our Deputy GC's eye and I'd love to set up a 30-minute intro call. Please grab a time that works for you here:\n\nhttps://calendly.com/megan-ortiz-corvalis/intro-30\n\nLooking forward to chatting!\nMegan Ortiz\nTechnical & G&A Recruiting | Corvalis",
    ),
    m(
        "8113",
        "2025-09-25 19:02",
        "Calendly <notifications@calendly.com>",
        "New Event: Lucía Arrieta - 09:30 Tue, 30 Sep 2025 - Intro call with Megan (Corvalis)",
        N("interview", CV, CVR, 8, "other"),
        "Hi Lucía Arrieta,\n\nYour event has been scheduled.\n\nEvent Type: Intro call with Megan (Corvalis)\nInvitee: Megan Ortiz\nEvent Date/Time: 09:30 - Tuesday, 30 September 2025 (Central European Time)\nLocation: Zoom - details in the calendar invitation\n\nNeed to make changes? Cancel or reschedule from the link in the invite.\n\nPowered by Calendly",
        ics=ics(
            "2025-09-30 09:30:00 +0200",
            "Intro call with Megan (Corvalis) - Lucía Arrieta",
            ("Megan Ortiz", "megan.ortiz@corvalis.io"),
            "c7a1f0d2-61b2-4b69-8e3a-0b9e4a2d7c11@calendly.com",
            minutes=30,
            style="google",
            location="https://corvalis.zoom.us/j/88120045511",
        ),
    ),
    m(
        "8114",
        "2025-10-08 20:10",
        "Megan Ortiz <megan.ortiz@corvalis.io>",
        "Next step: contract redline exercise",
        N("assessment", CV, CVR, 8, "direct"),
        "Hi Lucía,\n\nGreat news - Dana (Deputy GC) would like to move you forward. The next step is a short written exercise: we'll send you a customer-paper SaaS agreement and ask you to redline it from Corvalis's perspective and write a one-page cover note to the sales team. Please plan for about 2-3 hours; you'll have until Wednesday 15 October.\n\nThe materials are attached. Any questions, just reply here.\n\nBest,\nMegan",
        attach=[
            (
                "Corvalis_Redline_Exercise.txt",
                "text/plain",
                "Redline exercise - Master Subscription Agreement (customer paper)\nInstructions: ...\n",
            )
        ],
    ),
    m(
        "8115",
        "2025-10-23 17:45",
        "Megan Ortiz <megan.ortiz@corvalis.io>",
        "Re: Next step: contract redline exercise",
        N("interview", CV, CVR, 8, "direct"),
        "Hi Lucía,\n\nThanks for the redline - the team really liked your cover note. We'd like to invite you to a virtual onsite: three 45-minute sessions with Dana Whitfield (Deputy GC), our VP Sales EMEA and a peer on the Commercial Legal team. Are you available on 4 or 5 November in the afternoon, Madrid time?\n\nBest,\nMegan",
    ),
    m(
        "8116",
        "2025-11-06 15:10",
        "Corvalis Recruiting <no-reply@us.greenhouse-mail.io>",
        "Update on your Corvalis application",
        N("rejection", CV, CVR, 8, "greenhouse"),
        "Hi Lucía,\n\nThank you so much for the time and energy you put into our interview process for Senior Commercial Counsel, EMEA. Everyone enjoyed meeting you.\n\nAfter a lot of deliberation we've decided to move forward with another candidate whose experience in SaaS negotiations is a closer match for what the team needs right now. This was a tough call.\n\nWe'd love to stay in touch for future roles.\n\nWarmly,\nMegan & the Corvalis Talent Team",
    ),
    # --- 17 Brightlane Health (Lever) ---------------------------------------------------------------
    m(
        "8121",
        "2025-11-24 09:14",
        "Brightlane Health <no-reply@hire.lever.co>",
        "Thanks for applying to Brightlane Health",
        N("confirmation", BH, BHR, 17, "lever"),
        "Hi Lucía,\n\nThank you for your interest in Brightlane Health! We've received your application for Legal Counsel, Spain & Portugal and our team is reviewing it now.\n\nIf your experience is a match, a member of our recruiting team will reach out to discuss next steps. Unfortunately we can't respond to every applicant individually, but we appreciate you taking the time to apply.\n\nBest,\nBrightlane Health Recruiting",
    ),
    m(
        "8122",
        "2025-12-03 16:00",
        "Tom Reyes <tom.reyes@brightlanehealth.com>",
        "Brightlane Health - Legal Counsel Iberia",
        N("interview", BH, BHR, 17, "lever"),
        "Hi Lucía,\n\nI hope you're well. I'm part of the talent team at Brightlane Health and I'd love to schedule a 30-minute video call to walk you through the Legal Counsel, Spain & Portugal role and learn more about your background. Would Tuesday 9 December at 15:00 CET work? I'll send a Google Meet link.\n\nThanks,\nTom Reyes\nSenior Recruiter, International\n\nSent via Lever",
        reply_to="Tom Reyes <tom.reyes@brightlanehealth.com>",
        sender="Brightlane Health <no-reply@hire.lever.co>",
    ),
    m(
        "8123",
        "2025-12-19 10:30",
        "Brightlane Health <no-reply@hire.lever.co>",
        "Your application at Brightlane Health",
        N("rejection", BH, BHR, 17, "lever"),
        "Hi Lucía,\n\nThanks again for speaking with Tom and for your interest in Brightlane Health.\n\nWe've now completed our review, and we will not be moving forward with your candidacy for the Legal Counsel, Spain & Portugal role at this time. We were looking for more experience in healthcare regulation and medical devices.\n\nWe wish you the best in your search.\n\nBrightlane Health Recruiting",
    ),
    # --- 23 Orbyt (Ashby) ----------------------------------------------------------------------------
    m(
        "8131",
        "2026-01-08 11:02",
        "Orbyt Hiring <no-reply@ashbyhq.com>",
        "Thanks for applying to Orbyt",
        N("confirmation", OR, ORR, 23, "ashby"),
        None,
        "<html><body><p>Hi Lucía,</p><p>Thanks for applying to the <b>Legal Counsel EMEA</b> role at Orbyt! We've received your application and will review it shortly.</p><p>We aim to get back to everyone within two weeks.</p><p>— The Orbyt team</p><p style='color:#999;font-size:11px'>Orbyt Technologies Ltd · Madrid · London · New York</p></body></html>",
    ),
    m(
        "8132",
        "2026-01-15 14:20",
        "Orbyt Hiring <no-reply@ashbyhq.com>",
        "Schedule your interview with Orbyt",
        N("interview", OR, ORR, 23, "ashby"),
        "Hi Lucía,\n\nWe'd like to invite you to a 45-minute interview with Priya Nair, General Counsel at Orbyt, for the Legal Counsel EMEA role. Please choose a time that works for you using the link below:\n\nhttps://app.ashbyhq.com/interview-scheduling/orbyt/9d31c6e2\n\nLooking forward to it,\nThe Orbyt team",
    ),
    m(
        "8133",
        "2026-01-16 09:12",
        "Orbyt Hiring <no-reply@ashbyhq.com>",
        "Interview confirmed: Lucía Arrieta <> Priya Nair (Orbyt)",
        N("interview", OR, ORR, 23, "ashby"),
        "Your interview is confirmed.\n\nThursday, 22 January 2026, 17:00 - 17:45 (CET)\nGoogle Meet: https://meet.google.com/orb-ytle-gal\n\nInterviewer: Priya Nair, General Counsel\n\nNeed to reschedule? Reply to this email.",
        ics=ics(
            "2026-01-22 17:00:00 +0100",
            "Lucía Arrieta <> Priya Nair (Orbyt)",
            ("Orbyt Hiring", "no-reply@ashbyhq.com"),
            "ashby-9d31c6e2-0a44-4d0f-9b7a-0e6c1a2f3b55",
            minutes=45,
            style="google",
            location="https://meet.google.com/orb-ytle-gal",
            attendees=[("Priya Nair", "priya@orbyt.tech")],
        ),
    ),
    m(
        "8134",
        "2026-02-02 16:45",
        "Priya Nair <priya@orbyt.tech>",
        "Orbyt - Legal Counsel EMEA",
        N("rejection", OR, ORR, 23, "direct"),
        "Hi Lucía,\n\nIt was a real pleasure talking to you last month, and thank you for your patience while we finished our interviews.\n\nI'm sorry to say we've decided not to move forward. Honestly, the main reason is timing: you'd only just joined Olmedo & Sanz and we need someone who can start in March. Please do keep in touch - I'd be glad to have a coffee next time I'm in Madrid.\n\nAll the best,\nPriya",
    ),
    # --- 24 Quantiva Capital (LinkedIn Easy Apply) ------------------------------------------------
    m(
        "8141",
        "2025-09-20 10:55",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, your application was sent to Quantiva Capital",
        N("confirmation", QC, QCR, 24, "linkedin"),
        "Your application was sent to Quantiva Capital\n\nLegal Counsel, Funds (Madrid)\nQuantiva Capital · Madrid, Community of Madrid, Spain (On-site)\nApplied on 20 Sep 2025\n\nView job: https://www.linkedin.com/jobs/view/4089912214/\n\nThis email was intended for Lucía Arrieta (Abogada Mercantil en Garrido Bastida Abogados)\n© 2025 LinkedIn Corporation",
    ),
    m(
        "8142",
        "2025-10-06 21:15",
        "Quantiva Capital Talent <talent@quantivacap.com>",
        "Your application - Legal Counsel, Funds",
        N("rejection", QC, QCR, 24, "direct"),
        "Dear Lucía,\n\nThank you for applying for the Legal Counsel, Funds position in our Madrid office.\n\nWe have reviewed your profile carefully. Unfortunately we are looking for candidates with direct experience in fund formation and CNMV registration, and we will not be taking your application forward.\n\nKind regards,\nQuantiva Capital Management S.G.E.I.C., S.A.",
    ),
    # --- alerts ---------------------------------------------------------------------------------------
    m(
        "8201",
        "2025-09-03 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "15 nuevas ofertas de Abogado mercantil en Madrid",
        ("alert", None, None, None, "other", "es"),
        None,
        "<html><body><p>Hola Lucía, estas son las nuevas ofertas de tu alerta <b>Abogado mercantil - Madrid</b>:</p><ul><li>Abogado/a Mercantil Sénior - Bufete Carrascal - Madrid - 45.000 € - 55.000 €</li><li>Asesor/a Jurídico/a - Grupo Ondarreta - Alcobendas</li><li>Abogado/a Societario - Lexnova Asesores - Madrid</li></ul><p>Ver las 15 ofertas</p></body></html>",
    ),
    m(
        "8202",
        "2025-09-17 07:31",
        "InfoJobs <alertas@infojobs.net>",
        "9 nuevas ofertas de Abogado mercantil en Madrid",
        ("alert", None, None, None, "other", "es"),
        None,
        "<html><body><p>Hola Lucía, estas son las nuevas ofertas de tu alerta <b>Abogado mercantil - Madrid</b>:</p><ul><li>Abogado/a In-house - Construcciones Veiga y Lanza - Madrid</li><li>Abogado/a Corporate M&A - Despacho Internacional - Madrid (vía agencia)</li><li>Legal Counsel - Farmacéutica - Alcobendas</li></ul></body></html>",
    ),
    m(
        "8203",
        "2025-09-24 08:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "«abogado corporativo»: Nubalia Cloud - Legal & Compliance Manager y más",
        ("alert", None, None, None, "linkedin", "es"),
        "Tu alerta de empleo para abogado corporativo en Madrid\n\n30+ empleos nuevos coinciden con tus preferencias.\n\nLegal & Compliance Manager\nNubalia Cloud · Madrid (híbrido)\nSolicitud sencilla\n\nAbogado/a Corporativo/a\nHoteles Mirasierra · Madrid\n\nLegal Counsel\nPaguito · Madrid\n\nVer todos los empleos",
    ),
    m(
        "8204",
        "2025-10-12 09:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to Senior Commercial Counsel, EMEA",
        ("alert", None, None, None, "linkedin", "en"),
        "Jobs similar to Senior Commercial Counsel, EMEA at Corvalis\n\nCommercial Counsel, Southern Europe\nDatameld · Madrid (Hybrid)\n\nLegal Counsel EMEA\nOrbyt · Madrid (Remote)\n\nProduct Counsel\nFinchly · Barcelona\n\nSee all jobs",
    ),
    m(
        "8205",
        "2025-10-19 19:45",
        "Indeed <alert@indeed.com>",
        "Abogado in house - Madrid: 12 nuevos empleos",
        ("alert", None, None, None, "indeed", "es"),
        None,
        "<html><body><p><b>12 nuevos empleos</b> para <i>abogado in house</i> en Madrid</p><p>Abogado/a Corporativo/a - Hoteles Mirasierra - Madrid<br>Asesor/a Jurídico/a Societario - Mutua Castellana - Madrid<br>Abogado/a - Viajes Estela - Madrid<br>Legal Counsel - Kumo Foods - Madrid</p><p>Indeed</p></body></html>",
    ),
    m(
        "8206",
        "2025-11-14 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas que encajan contigo",
        ("alert", None, None, None, "other", "es"),
        None,
        "<html><body><p>Hola Lucía, según tu perfil te pueden interesar estas ofertas:</p><ul><li>Abogado/a Contratación Mercantil - Viajes Estela - Madrid</li><li>Asesor/a Jurídico/a Societario - Mutua Castellana - Madrid</li></ul></body></html>",
    ),
    m(
        "8207",
        "2025-09-10 08:15",
        "Iberenergía Servicios Corporativos <noreply@successfactors.eu>",
        "Bienvenida a la Comunidad de Talento de Iberenergía",
        ("alert", "Iberenergía", None, None, "other", "es"),
        "Hola Lucía:\n\nTe damos la bienvenida a la Comunidad de Talento del Grupo Iberenergía. A partir de ahora recibirás avisos de las nuevas oportunidades que encajen con tus intereses (Legal, Cumplimiento Normativo) y noticias sobre nuestra compañía.\n\nPuedes actualizar tus preferencias cuando quieras desde el Portal del Candidato.\n\nSelección y Desarrollo del Talento",
    ),
    m(
        "8208",
        "2025-11-28 08:00",
        "Grupo Telvanta <grupotelvanta@myworkday.com>",
        "Nuevas oportunidades en Grupo Telvanta que encajan contigo",
        ("alert", "Telvanta", None, None, "workday", "es"),
        "Hola Lucía:\n\nSegún tus alertas de empleo, estas posiciones podrían interesarte:\n\n- Abogado/a Secretaría del Consejo - Madrid (JR-0024410)\n- Compliance Officer - Madrid (JR-0024398)\n\nConsulta todas las ofertas en nuestro portal.",
    ),
    m(
        "8209",
        "2026-01-05 09:10",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Legal Counsel EMEA at Orbyt and 7 more jobs",
        ("alert", None, None, None, "linkedin", "en"),
        "Your job alert for legal counsel in Madrid\n\nLegal Counsel EMEA\nOrbyt · Madrid (Remote)\nActively recruiting\n\nSenior Legal Counsel\nHalvard Energy · Madrid\n\nSee all jobs",
    ),
    m(
        "8210",
        "2025-12-10 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "6 nuevas ofertas de Abogado mercantil en Madrid",
        ("alert", None, None, None, "other", "es"),
        None,
        "<html><body><p>Hola Lucía, estas son las nuevas ofertas de tu alerta <b>Abogado mercantil - Madrid</b>:</p><ul><li>Asociado/a Mercantil - Despacho boutique - Madrid</li><li>Legal Manager - Grupo hostelero - Madrid</li></ul></body></html>",
    ),
    # --- outreach -------------------------------------------------------------------------------------
    m(
        "8301",
        "2025-09-30 11:40",
        "Laura Meneses via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Legal Counsel en Datameld",
        ("outreach", "Datameld", "Commercial Counsel, Southern Europe", None, "linkedin", "es"),
        "Hola Lucía,\n\nSoy Laura, Talent Partner en Datameld. Estamos abriendo nuestra primera posición de Commercial Counsel para el sur de Europa desde Madrid y tu experiencia en contratación mercantil encaja muy bien. ¿Te apetece que hablemos esta semana?\n\nLaura Meneses\nTalent Partner · Datameld",
    ),
    m(
        "8302",
        "2026-01-27 10:05",
        "James Whitlow <j.whitlow@lexcroftsearch.co.uk>",
        "Counsel opportunity - international firm, Madrid",
        ("outreach", None, "Counsel, Corporate", None, "agency", "en"),
        "Dear Lucía,\n\nI lead the Spanish legal practice at Lexcroft Search in London. One of our US law firm clients is looking to hire a Counsel into its Madrid corporate team, with a clear path to partnership. Given your background I thought it might be of interest.\n\nWould you be open to a confidential chat?\n\nBest regards,\nJames Whitlow\nDirector, Lexcroft Search",
    ),
    # --- other job mail ----------------------------------------------------------------------------
    m(
        "8401",
        "2025-09-22 09:16",
        "Marta Quiles <mquiles@olmedosanz.es>",
        "Respuesta automática: Proceso de selección Mercantil - caso práctico",
        ("other_job", "Olmedo & Sanz", None, None, "direct", "es"),
        "Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 23 de septiembre con acceso limitado al correo. Para asuntos urgentes de Selección puede escribir a seleccion@talento-olmedosanz.es.\n\nMarta Quiles",
    ),
    m(
        "8402",
        "2025-11-10 12:00",
        "Corvalis Recruiting <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience at Corvalis?",
        ("other_job", CV, CVR, None, "greenhouse", "en"),
        "Hi Lucía,\n\nWe're always trying to improve our hiring process, and we'd love your honest feedback. This 3-minute anonymous survey asks about your experience interviewing with Corvalis.\n\nTake the survey: https://survey.greenhouse.io/c/corvalis/2b77\n\nThank you!",
    ),
    m(
        "8403",
        "2026-02-19 09:30",
        "Inés Kessler <ines.kessler@kesslervidal.com>",
        "Referencias",
        (
            "other_job",
            "Ventisca Renovables",
            "Directora de Asesoría Jurídica",
            None,
            "agency",
            "es",
        ),
        "Lucía:\n\nDe cara a la reunión con el Presidente, el cliente nos pide dos referencias profesionales (idealmente un socio de su despacho anterior y un cliente). ¿Me podría facilitar nombres y teléfonos esta semana?\n\nGracias,\nInés",
    ),
]

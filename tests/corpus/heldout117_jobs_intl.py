# ruff: noqa: E501, RUF100
"""Corpus 117, remote job mail for Colombian, Spanish and US employers, plus boards (data only): see heldout117.py."""

from __future__ import annotations

from typing import Any

from heldout117_jobs import A, J, invite, m

CO4, R4 = "Contably", "Tax Analyst LatAm"
CO5, R5 = "Ledgerline", "Tax Accountant (LatAm, Remote)"
CO6, R6 = "Nubalia", "Analista Fiscal (remoto LATAM)"
CO9, R9 = "Kapok Consulting", "Senior Tax Consultant"
CO15, R15 = "Pagaloo", "Analista de Impuestos Ecuador"
CO16, R16 = "Arenal Asesores", "Técnico Fiscal Senior (remoto)"
CO17, R17 = "Brightmoor Payroll", "International Tax Analyst (Spanish speaker)"
CO20, R20 = "Tributa", "Tax Specialist"
CO23, R23 = "Holvia", "Contable-Fiscal LATAM"

MAIL: list[dict[str, Any]] = [
    # --- 4 Contably (Bogotá start-up), Teamtailor, founder on Gmail -----------------------------
    m(
        "77201",
        "2025-09-15 11:02",
        "Contably <no-reply@teamtailor-mail.com>",
        "¡Gracias por tu aplicación, Sofía!",
        A("confirmation", CO4, R4, 4, "teamtailor"),
        html="<html><body style='font-family:Inter,Arial'><p>Hola Sofía 👋</p><p>¡Qué bueno que quieras sumarte a Contably! Recibimos tu aplicación para <b>Tax Analyst LatAm</b>.</p><p>Somos un equipo pequeño, así que leemos cada perfil con calma. Te escribimos en máximo dos semanas, sea cual sea la respuesta.</p><p>Un abrazo,<br>El equipo de Contably</p><p style='font-size:11px;color:#999'>Contably SAS · Bogotá, Colombia · <a href='https://contably.teamtailor.com'>contably.teamtailor.com</a></p></body></html>",
    ),
    m(
        "77202",
        "2025-09-23 22:31",
        "Camilo Restrepo <camilo.restrepo.v@gmail.com>",
        "Hablemos - Tax Analyst",
        A("interview", CO4, R4, 4, "direct"),
        "Hola Sofía, ¿cómo vas?\n\nSoy Camilo, cofundador de Contably. Me escribo desde mi correo personal porque el corporativo me está fallando hoy, jaja. Vi tu aplicación y me encantó tu experiencia con el SRI y facturación electrónica: justo estamos abriendo Ecuador.\n\n¿Te parece si hablamos 30 minutos por Google Meet el jueves 25 a las 9 am hora Quito (igual que Bogotá)? Te mando el invite.\n\nAbrazo,\nCamilo\n\nEnviado desde mi iPhone",
        ics=invite(
            "6k2q9s0abf3tcontably@google.com",
            "2025-09-25 09:00",
            "Sofía <> Camilo (Contably)",
            ("Camilo Restrepo", "camilo.restrepo.v@gmail.com"),
            30,
            style="google",
            location="https://meet.google.com/xkr-bqta-mvp",
        ),
    ),
    m(
        "77203",
        "2025-10-03 17:15",
        "Camilo Restrepo <camilo@contably.co>",
        "Re: Hablemos - Tax Analyst",
        A("rejection", CO4, R4, 4, "direct"),
        "Hola Sofía,\n\nMil gracias de nuevo por la charla de la semana pasada, la pasé muy bien y aprendí un montón sobre el régimen RIMPE.\n\nTe cuento con total transparencia: decidimos pausar la expansión a Ecuador hasta el próximo año y, por ahora, contratamos a alguien en Bogotá que cubra Colombia y Perú. No vamos a seguir con tu proceso en este momento, pero me encantaría volver a escribirte cuando retomemos.\n\nUn abrazo grande,\nCamilo\nCofundador & CEO · Contably",
        **{"In-Reply-To": "<77202.20250923.22@gmail.com>"},
    ),
    # --- 5 Ledgerline (US), Greenhouse, English -------------------------------------------------
    m(
        "77204",
        "2025-09-17 14:48",
        "Ledgerline Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Ledgerline",
        A("confirmation", CO5, R5, 5, "greenhouse", "en"),
        "Hi Sofía,\n\nThanks for your interest in Ledgerline! We've received your application for Tax Accountant (LatAm, Remote) and our team will review it shortly.\n\nIf your background is a match, a member of our recruiting team will reach out to discuss next steps. Unfortunately, due to the volume of applications we receive, we are not able to respond to every candidate individually.\n\nBest,\nThe Ledgerline Talent Team",
    ),
    m(
        "77205",
        "2025-10-09 16:20",
        "Ledgerline Recruiting <no-reply@us.greenhouse-mail.io>",
        "Your application to Ledgerline",
        A("rejection", CO5, R5, 5, "greenhouse", "en"),
        "Hi Sofía,\n\nThank you for taking the time to apply for the Tax Accountant (LatAm, Remote) role. We were impressed by your background in indirect tax and your bilingual profile, and we appreciate your interest in Ledgerline.\n\nAfter careful consideration, we have decided to move forward with candidates whose experience more closely matches our current needs, particularly around US sales tax nexus.\n\nWe'll keep your information on file and encourage you to apply for future openings.\n\nAll the best,\nLedgerline Talent Team",
    ),
    # --- 6 Nubalia (Madrid), Lever, interview then ghosted --------------------------------------
    m(
        "77206",
        "2025-10-01 10:05",
        "Nubalia <no-reply@hire.lever.co>",
        "Nubalia - Hemos recibido tu candidatura",
        A("confirmation", CO6, R6, 6, "lever"),
        "Hola Sofía,\n\nGracias por tu interés en Nubalia. Hemos recibido tu candidatura para Analista Fiscal (remoto LATAM) y el equipo de People la revisará en los próximos días.\n\nSi tu perfil encaja, nos pondremos en contacto contigo para los siguientes pasos.\n\nUn saludo,\nEquipo de People · Nubalia Tech S.L.",
    ),
    m(
        "77207",
        "2025-10-10 12:44",
        "Lucía Ferrer (Nubalia) <no-reply@hire.lever.co>",
        "Entrevista con Nubalia",
        A("interview", CO6, R6, 6, "lever"),
        "Hola Sofía,\n\n¡Gracias por tu paciencia! Nos gustaría conocerte en una primera entrevista de 30 minutos con Lucía Ferrer (Talent Acquisition). Escoge el horario que mejor te venga aquí:\n\nhttps://hire.lever.co/interviews/schedule/5c2d7e11-nubalia\n\nTen en cuenta la diferencia horaria con Madrid (+6 h).\n\nUn saludo,\nLucía",
        reply_to="lucia.ferrer@nubalia.es",
    ),
    m(
        "77208",
        "2025-10-11 09:12",
        "Lucía Ferrer (Nubalia) <no-reply@hire.lever.co>",
        "Confirmada: entrevista Nubalia - 15 oct 10:00 (hora Quito)",
        A("interview", CO6, R6, 6, "lever"),
        "Hola Sofía,\n\nTu entrevista está confirmada:\n\nMiércoles, 15 de octubre de 2025\n10:00 - 10:30 (GMT-5) / 17:00 - 17:30 (Madrid)\nGoogle Meet: https://meet.google.com/nbl-qqfe-yta\n\nEntrevistadora: Lucía Ferrer\n\nSi necesitas reprogramar, responde a este correo.",
        ics=invite(
            "lever-5c2d7e11-nubalia",
            "2025-10-15 10:00",
            "Entrevista Nubalia - Sofía Cevallos",
            ("Lucía Ferrer", "lucia.ferrer@nubalia.es"),
            30,
            style="google",
            location="https://meet.google.com/nbl-qqfe-yta",
        ),
    ),
    # --- 9 Kapok Consulting (Bogotá), LinkedIn Easy Apply, viewed, ghosted ------------------------
    m(
        "77209",
        "2025-09-26 13:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sofía, se envió tu solicitud a Kapok Consulting",
        A("confirmation", CO9, R9, 9, "linkedin"),
        html="<html><body><table width='520'><tr><td><p>Se envió tu solicitud a <b>Kapok Consulting</b></p><p>Senior Tax Consultant<br>Kapok Consulting · Bogotá, Distrito Capital, Colombia (En remoto)</p><p>Solicitud enviada el 26 sept 2025</p><p><a href='https://www.linkedin.com/jobs/view/4101887234'>Ver empleo</a></p><p style='font-size:11px;color:#666'>Te enviamos este email porque te registraste en LinkedIn. © 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p></td></tr></table></body></html>",
    ),
    m(
        "77210",
        "2025-10-04 08:17",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Kapok Consulting ha visto tu solicitud",
        A("viewed", CO9, R9, 9, "linkedin"),
        html="<html><body><p>Tu solicitud para <b>Senior Tax Consultant</b> fue vista por Kapok Consulting.</p><p>Mientras esperas, consulta empleos similares.</p><p><a href='https://www.linkedin.com/jobs/view/4101887234'>Ver empleo</a></p></body></html>",
    ),
    # --- 15 Pagaloo (Colombian fintech), Greenhouse, offer declined ------------------------------
    m(
        "77211",
        "2025-11-03 09:58",
        "Pagaloo Talent <no-reply@us.greenhouse-mail.io>",
        "¡Recibimos tu aplicación a Pagaloo!",
        A("confirmation", CO15, R15, 15, "greenhouse"),
        "Hola Sofía,\n\nGracias por aplicar a Analista de Impuestos Ecuador en Pagaloo. Estamos revisando tu perfil y te contaremos cómo sigue el proceso pronto.\n\nSi no eres seleccionada para avanzar, igual te enviaremos un correo: aquí nadie se queda sin respuesta.\n\nEquipo de Talento\nPagaloo",
    ),
    m(
        "77212",
        "2025-11-10 15:22",
        "Valeria Ospina <valeria.ospina@pagaloo.co>",
        "Caso práctico - Analista de Impuestos Ecuador",
        A("assessment", CO15, R15, 15, "direct"),
        "Hola Sofía,\n\n¡Avanzaste a la siguiente etapa! Te comparto el caso práctico: un escenario de facturación de comisiones a comercios en Ecuador, con retenciones en la fuente e IVA. Necesitamos que propongas el tratamiento tributario y un flujo de declaraciones mensuales.\n\nTienes 5 días para enviarlo (hasta el sábado 15). No debería tomarte más de 3 horas.\n\nCualquier duda me escribes.\n\nValeria Ospina\nTalent Partner · Pagaloo",
        attach=[
            (
                "Caso_practico_Pagaloo_EC.pdf",
                "application/pdf",
                "%PDF-1.4 caso practico (placeholder)",
            )
        ],
    ),
    m(
        "77213",
        "2025-11-19 11:40",
        "Valeria Ospina <valeria.ospina@pagaloo.co>",
        "Invitación: Panel Pagaloo - Analista de Impuestos Ecuador",
        A("interview", CO15, R15, 15, "greenhouse"),
        "Hola Sofía,\n\nEl equipo quedó feliz con tu caso. Te agendé un panel de 60 minutos con Andrés (Head of Tax) y Natalia (Finance Manager) el martes 25 de noviembre a las 11:00 (hora Quito/Bogotá).\n\nTe llega el invite de Google Calendar.\n\nValeria",
        ics=invite(
            "gh-pagaloo-panel-7731",
            "2025-11-25 11:00",
            "Panel: Sofía Cevallos - Analista de Impuestos Ecuador",
            ("Valeria Ospina", "valeria.ospina@pagaloo.co"),
            60,
            style="google",
            location="https://meet.google.com/pgl-hwzx-ecu",
        ),
    ),
    m(
        "77214",
        "2025-12-29 18:05",
        "Valeria Ospina <valeria.ospina@pagaloo.co>",
        "¡Tenemos una oferta para ti! 🎉",
        A("offer", CO15, R15, 15, "direct"),
        "Hola Sofía,\n\nQué alegría contarte que queremos que seas parte de Pagaloo como Analista de Impuestos Ecuador. Te adjunto la propuesta: USD 2.100 mensuales bajo contrato de prestación de servicios, 100% remoto, equipo y stock options según el plan del próximo año.\n\nNos encantaría tener tu respuesta antes del 9 de enero. ¿Te parece si hablamos el lunes para resolver dudas?\n\nUn abrazo,\nValeria",
        attach=[
            (
                "Propuesta_Pagaloo_SCevallos.pdf",
                "application/pdf",
                "%PDF-1.4 propuesta (placeholder)",
            )
        ],
    ),
    m(
        "77215",
        "2026-01-08 10:12",
        "Valeria Ospina <valeria.ospina@pagaloo.co>",
        "Re: ¡Tenemos una oferta para ti! 🎉",
        A("offer", CO15, R15, 15, "direct"),
        "Hola Sofía,\n\nGracias por contarnos y por ser tan clara. Entendemos perfecto que hayas elegido una posición con relación de dependencia y beneficios en Quito. ¡Te deseamos muchísimos éxitos en Quitumbe!\n\nSi en algún momento quieres volver a conversar, aquí estaremos.\n\nAbrazo,\nValeria\n\nEl mié, 7 ene 2026 a las 21:40, Sofía Cevallos (<sofia.cevallos.j@gmail.com>) escribió:\n> Hola Valeria, muchas gracias por la oferta y por todo el proceso. Lo pensé mucho y decidí aceptar otra propuesta, así que no podré unirme a Pagaloo.",
        st="declined",
        **{"In-Reply-To": "<77214.20251229.30@pagaloo.co>"},
    ),
    # --- 16 Arenal Asesores (Valencia), LinkedIn then direct -----------------------------------
    m(
        "77216",
        "2025-10-20 19:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sofía, se envió tu solicitud a Arenal Asesores",
        A("confirmation", CO16, R16, 16, "linkedin"),
        html="<html><body><p>Se envió tu solicitud a <b>Arenal Asesores</b></p><p>Técnico Fiscal Senior (remoto)<br>Arenal Asesores · Valencia, Comunidad Valenciana, España (En remoto)</p><p><a href='https://www.linkedin.com/jobs/view/4110320981'>Ver empleo</a></p></body></html>",
    ),
    m(
        "77217",
        "2025-11-06 13:25",
        "Recursos Humanos Arenal <rrhh@arenalasesores.es>",
        "Proceso de selección Técnico Fiscal Senior",
        A("rejection", CO16, R16, 16, "direct"),
        "Buenas tardes, Sofía:\n\nOs agradecemos, en nombre de todo el equipo de Arenal Asesores, el interés mostrado en nuestra oferta. Tu candidatura nos ha parecido muy interesante y tu trayectoria en fiscalidad es evidente.\n\nNo obstante, tras valorar los perfiles recibidos, hemos optado por candidatos con experiencia en normativa fiscal española (IRPF, Impuesto sobre Sociedades, modelos 303 y 390), imprescindible para el puesto.\n\nTe deseamos mucha suerte en tu búsqueda.\n\nUn cordial saludo,\nDepartamento de RR. HH.\nArenal Asesores Tributarios, S.L.P.",
    ),
    # --- 17 Brightmoor Payroll (US), Workday, English ------------------------------------------
    m(
        "77218",
        "2025-10-24 12:10",
        "Brightmoor <brightmoor@myworkday.com>",
        "Application Received: International Tax Analyst (Spanish speaker)",
        A("confirmation", CO17, R17, 17, "workday", "en"),
        "Dear Sofía,\n\nThank you for applying for the International Tax Analyst (Spanish speaker) position (JR-22913) at Brightmoor Payroll Solutions, Inc.\n\nOur Talent Acquisition team will review your qualifications. You can check the status of your application at any time by logging into your candidate home account.\n\nSincerely,\nBrightmoor Talent Acquisition",
    ),
    m(
        "77219",
        "2025-11-25 02:14",
        "Brightmoor <brightmoor@myworkday.com>",
        "Update on your Brightmoor application",
        A("rejection", CO17, R17, 17, "workday", "en"),
        "Dear Sofía,\n\nThank you for your interest in the International Tax Analyst (Spanish speaker) position. We truly appreciate the time you invested in applying.\n\nAfter reviewing your application, we have decided not to move forward at this time. This position has been filled by a candidate whose qualifications more closely align with the role.\n\nWe encourage you to continue exploring opportunities at Brightmoor.\n\nSincerely,\nBrightmoor Talent Acquisition",
    ),
    # --- 20 Tributa (Quito start-up), Teamtailor -----------------------------------------------
    m(
        "77220",
        "2025-12-02 16:44",
        "Tributa <no-reply@teamtailor-mail.com>",
        "Recibimos tu aplicación para Tax Specialist",
        A("confirmation", CO20, R20, 20, "teamtailor"),
        html="<html><body><p>¡Hola Sofía!</p><p>Gracias por aplicar a <b>Tax Specialist</b> en Tributa. Nuestro equipo revisará tu perfil y te contactará si hay match 🙌</p><p>Mientras tanto, conoce más sobre cómo simplificamos los impuestos de los emprendedores ecuatorianos en nuestro blog.</p><p>Team Tributa</p></body></html>",
    ),
    m(
        "77221",
        "2025-12-05 10:30",
        "Tributa <no-reply@teamtailor-mail.com>",
        "Agenda tu entrevista con Tributa",
        A("interview", CO20, R20, 20, "teamtailor"),
        html="<html><body><p>Hola Sofía,</p><p>¡Nos gustaría conocerte! Elige un horario para una videollamada de 45 minutos con Mateo (CFO) y Daniela (Tax Lead):</p><p><a href='https://tributa.teamtailor.com/meetings/book/3xf81'>Reservar horario</a></p><p>Team Tributa</p></body></html>",
    ),
    m(
        "77222",
        "2025-12-05 14:02",
        "Tributa <no-reply@teamtailor-mail.com>",
        "Entrevista confirmada: Tax Specialist - 10 dic 15:00",
        A("interview", CO20, R20, 20, "teamtailor"),
        "Hola Sofía, tu entrevista quedó agendada para el miércoles 10 de diciembre de 2025, 15:00 - 15:45 (America/Guayaquil). Enlace de Google Meet en la invitación adjunta.",
        ics=invite(
            "tt-tributa-3xf81",
            "2025-12-10 15:00",
            "Entrevista Tax Specialist - Sofía Cevallos",
            ("Tributa", "no-reply@teamtailor-mail.com"),
            45,
            style="google",
            location="https://meet.google.com/trb-ukpa-qto",
        ),
    ),
    m(
        "77223",
        "2025-12-17 09:20",
        "Tributa <no-reply@teamtailor-mail.com>",
        "Tu postulación",
        A("rejection", CO20, R20, 20, "teamtailor"),
        html="<html><body><p>Hola Sofía,</p><p>Gracias por el tiempo que nos dedicaste. Mateo y Daniela quedaron muy contentos con la conversación y tu dominio del régimen tributario.</p><p>Esta vez buscamos a alguien con más experiencia en producto y automatización, así que no seguiremos adelante contigo para Tax Specialist. Nos encantaría que nos sigas teniendo en cuenta.</p><p>Un abrazo,<br>Team Tributa</p></body></html>",
    ),
    # --- 23 Holvia (Barcelona start-up), Lever ------------------------------------------------
    m(
        "77224",
        "2025-12-12 11:11",
        "Holvia <no-reply@hire.lever.co>",
        "Gracias por tu candidatura a Holvia",
        A("confirmation", CO23, R23, 23, "lever"),
        "Hola Sofía,\n\n¡Gracias por aplicar a Contable-Fiscal LATAM en Holvia! Revisaremos tu candidatura y te diremos algo en un plazo de 10 días laborables.\n\nEquipo de Talento\nHolvia Finance S.L.",
    ),
    m(
        "77225",
        "2026-01-05 15:48",
        "Holvia <no-reply@hire.lever.co>",
        "Sobre tu candidatura en Holvia",
        A("rejection", CO23, R23, 23, "lever"),
        "Hola Sofía,\n\nMuchas gracias por tu interés en Holvia y por tu paciencia durante las fiestas. Tu perfil nos ha gustado mucho, sobre todo tu experiencia con auditorías del SRI.\n\nAun así, hemos decidido seguir con otras candidaturas más alineadas con lo que el equipo necesita ahora mismo. Guardaremos tus datos por si se abre una posición que encaje mejor.\n\nUn saludo,\nEquipo de Talento · Holvia",
    ),
    # --- alerts, outreach, other job mail --------------------------------------------------------
    m(
        "77226",
        "2025-09-05 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“analista tributario”: 14 empleos nuevos en Quito",
        J("alert", src="linkedin"),
        html="<html><body><p>Tu alerta de empleo para <b>analista tributario</b> en Quito, Pichincha, Ecuador</p><ul><li>Analista Tributario Senior · Cordillera · Quito (Presencial)</li><li>Analista de Impuestos · Banco Solandino · Quito</li><li>Tax Analyst · Confidencial · Quito (Híbrido)</li></ul><p><a href='#'>Ver todos los empleos</a></p><p style='font-size:11px'>Recibes alertas de empleo. Cancelar suscripción.</p></body></html>",
    ),
    m(
        "77227",
        "2025-10-14 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“tax analyst”: 9 new jobs in Latin America (remote)",
        J("alert", "en", src="linkedin"),
        html="<html><body><p>Your job alert for <b>tax analyst</b> in Latin America</p><ul><li>Tax Accountant (LatAm, Remote) · Ledgerline</li><li>International Tax Analyst · Brightmoor Payroll</li><li>Senior Tax Consultant · Kapok Consulting</li></ul><p><a href='#'>See all jobs</a></p></body></html>",
    ),
    m(
        "77228",
        "2025-11-18 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“contador”: 21 empleos nuevos en Ecuador",
        J("alert", src="linkedin"),
        html="<html><body><p>Tu alerta de empleo para <b>contador</b> en Ecuador</p><ul><li>Analista de Precios de Transferencia · Cordillera</li><li>Contador General · Clínica Metropolitana del Norte</li><li>Contable-Fiscal LATAM · Holvia</li></ul></body></html>",
    ),
    m(
        "77229",
        "2025-09-30 18:40",
        "Indeed <alert@indeed.com>",
        "Nuevos empleos de contador en Guayaquil",
        J("alert", src="indeed"),
        "Indeed\n\n5 nuevos empleos para 'contador' en Guayaquil, Guayas\n\nContador de Costos - Hoteles Rucu - Quito\nContador Senior - Importadora El Ejido S.A. - Guayaquil\nAsistente contable - Naviera del Pacífico - Guayaquil\n\nVer todos los empleos\n\nEstás recibiendo este correo porque creaste una alerta de empleo en Indeed.",
    ),
    m(
        "77230",
        "2025-12-20 18:40",
        "Indeed <alert@indeed.com>",
        "Nuevos empleos de analista tributario en Quito",
        J("alert", src="indeed"),
        "Indeed\n\n3 nuevos empleos para 'analista tributario' en Quito, Pichincha\n\nAnalista Tributario - Cooperativa de Ahorro y Crédito Andina\nEspecialista de Impuestos - Grupo comercial\n\nEstás recibiendo este correo porque creaste una alerta de empleo en Indeed.",
    ),
    m(
        "77231",
        "2025-10-17 21:05",
        "Rachel Kim via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Remote Tax role - US payroll company",
        J("outreach", "en", src="linkedin"),
        "Hi Sofía,\n\nI'm a recruiter with Northpass Talent, working with a fast-growing US payroll and EOR platform. They're hiring a Senior Tax Analyst to own LatAm indirect tax (Ecuador, Colombia, Peru), fully remote, USD salary.\n\nYour profile looks like a strong fit. Open to a quick chat this week?\n\nBest,\nRachel\n\nReply to this InMail on LinkedIn",
    ),
    m(
        "77232",
        "2025-10-18 09:00",
        "Rachel Kim <rachel@northpasstalent.com>",
        "Automatic reply: Remote Tax role - US payroll company",
        J("other_job", "en", src="agency"),
        "Thanks for your message! I'm out of the office until Monday, October 27 with limited access to email. For urgent matters please contact talent@northpasstalent.com.\n\nRachel Kim | Senior Recruiter | Northpass Talent",
    ),
    m(
        "77233",
        "2025-11-01 14:55",
        "Ledgerline <talent@ledgerline.com>",
        "How was your candidate experience?",
        J("other_job", "en", co=CO5, src="other"),
        "Hi Sofía,\n\nYou recently applied to Ledgerline. We'd love to hear about your experience with our hiring process: this 2-minute survey is anonymous.\n\nTake the survey: https://survey.ledgerline.com/cx/8812\n\nThank you!\nLedgerline People Team",
    ),
    m(
        "77234",
        "2025-09-29 19:20",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Esteban Mora te ha enviado un mensaje",
        J("outreach", src="linkedin"),
        'Esteban Mora\nHeadhunter | Finanzas & Impuestos | Capital Humano Pacífico\n\n"Hola Sofía, estoy buscando un Gerente de Impuestos para un grupo industrial en Guayaquil. ¿Te interesa reubicarte? Saludos."\n\nVer mensaje\n\nEste correo se envió a Sofía Cevallos (Analista tributaria | CPA).',
    ),
    m(
        "77235",
        "2026-01-20 11:30",
        "Brightmoor <brightmoor@myworkday.com>",
        "New jobs that match your profile",
        J("alert", "en", co=CO17, src="workday"),
        "Hi Sofía,\n\nBased on your job alert preferences, here are new positions at Brightmoor:\n\n- Payroll Tax Specialist (LatAm) - Remote\n- Accounts Payable Analyst (Spanish) - Remote\n\nManage your job alerts in your candidate home.\n\nBrightmoor Talent Acquisition",
    ),
    m(
        "77236",
        "2025-11-28 10:00",
        "Teamtailor <no-reply@teamtailor-mail.com>",
        "Te uniste a la comunidad de talento de Tributa",
        J("alert", co=CO20, src="teamtailor"),
        html="<html><body><p>¡Hola Sofía!</p><p>Ahora eres parte de la comunidad de talento de <b>Tributa</b>. Te avisaremos cuando publiquemos vacantes que encajen contigo.</p></body></html>",
    ),
]

"""Job mail of the sixth held-out corpus, Spanish and English (Madrid, spring 2025).

Hand-written; THIS CORPUS MUST NOT BE USED FOR TUNING (see heldout6.py).
"""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

ME_OLD = "Camila Duarte <cami.duarte.enf@hotmail.es>"
W = "+0100"  # Madrid, winter time (until 30 March 2025)


def page(*paras: str, foot: str = "") -> str:
    body = "".join(f'<p style="margin:0 0 12px 0">{p}</p>' for p in paras)
    tail = f'<p style="color:#888;font-size:11px">{foot}</p>' if foot else ""
    return (
        '<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
        f'<table width="600" align="center"><tr><td>{body}{tail}</td></tr></table>'
        "</body></html>"
    )


RN = "Hospital Ribera Norte"
RN_FROM = "Hospital Ribera Norte <riberanorte@myworkday.com>"
ALB = "Laboratorios Albecia"
ALB_FROM = "Albecia Careers <careers@successfactors.eu>"
IBL = "Iberlab"
ENL = "Enlace Sanitario <seleccion@enlacesanitario.es>"

MAIL: list[dict[str, Any]] = [
    # --- 1 Hospital Ribera Norte, Coordinadora de Ensayos Clínicos (Workday) ---
    m(
        "6001",
        "2025-02-04 09:12",
        RN_FROM,
        "Hemos recibido tu solicitud - Coordinador/a de Ensayos Clínicos (R-10482)",
        ("confirmation", RN, "Coordinadora de Ensayos Clínicos", 1, "workday", "es"),
        html=page(
            "Hola Camila:",
            "Gracias por tu interés en el Hospital Ribera Norte. Hemos recibido tu solicitud "
            "para el puesto <b>Coordinador/a de Ensayos Clínicos</b> (R-10482) en la Unidad de "
            "Investigación Clínica.",
            "Nuestro equipo de Talento revisará tu perfil en las próximas semanas. Puedes "
            "consultar el estado en cualquier momento desde tu <a href='https://riberanorte.wd3."
            "myworkdayjobs.com/es-ES/Careers/userHome'>portal de candidato</a>.",
            "Un saludo,<br>Equipo de Selección<br>Hospital Ribera Norte",
            foot="Este mensaje se ha generado automáticamente. Por favor, no respondas.",
        ),
        tz=W,
    ),
    m(
        "6002",
        "2025-02-19 17:40",
        "Marta Lozano Ibáñez <mlozano@riberanorte-salud.es>",
        "Entrevista - Coordinación de Ensayos Clínicos",
        ("interview", RN, "Coordinadora de Ensayos Clínicos", 1, "direct", "es"),
        text="""Buenas tardes, Camila:

Tras revisar tu candidatura para la posición de Coordinadora de Ensayos Clínicos,
nos gustaría conocerte en una primera entrevista por Teams con la Dra. Elena
Rosales (jefa de la Unidad de Investigación) y conmigo.

Te he enviado la convocatoria para el martes 25 de febrero a las 10:00. Si no te
viniera bien, dímelo y buscamos otro hueco.

Un saludo,

Marta Lozano Ibáñez
Técnica de Selección | Dirección de Personas
Hospital Ribera Norte
Av. de la Ilustración 118, 28034 Madrid

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su
destinatario y pueden contener información confidencial. Si usted no es el
destinatario, le rogamos que lo comunique al remitente y proceda a su borrado.
""",
        tz=W,
        ics={
            "style": "outlook",
            "start": "2025-02-25 10:00:00 +0100",
            "minutes": 45,
            "organizer": ("Marta Lozano Ibáñez", "mlozano@riberanorte-salud.es"),
            "attendees": [("Elena Rosales", "erosales@riberanorte-salud.es")],
            "uid": "040000008200E00074C5B7101A82E0080000000090C1A7E2",
            "summary": "Entrevista Camila Duarte - Coord. Ensayos Clínicos",
            "location": "Reunión de Microsoft Teams",
            "description": "Unirse a la reunión de Microsoft Teams: https://teams.microsoft.com"
            "/l/meetup-join/19%3ameeting_RN",
        },
    ),
    m(
        "6003",
        "2025-03-14 13:05",
        RN_FROM,
        "Actualización de tu proceso",
        ("rejection", RN, "Coordinadora de Ensayos Clínicos", 1, "workday", "es"),
        html=page(
            "Hola Camila,",
            "Queremos agradecerte el tiempo que has dedicado al proceso de selección para "
            "Coordinador/a de Ensayos Clínicos. El equipo valoró muy positivamente tu "
            "experiencia asistencial y tu conocimiento de las Buenas Prácticas Clínicas.",
            "Después de una cuidadosa valoración, hemos decidido avanzar con otra persona cuyo "
            "perfil se ajusta más a las necesidades actuales de la unidad.",
            "Conservaremos tus datos para futuras oportunidades y te animamos a seguir nuestras "
            "ofertas.",
            "Atentamente,<br>Dirección de Personas - Hospital Ribera Norte",
        ),
        tz=W,
    ),
    # --- 2 Hospital Ribera Norte, Técnica de Calidad Asistencial (Workday), en pausa ---
    m(
        "6004",
        "2025-03-03 08:51",
        RN_FROM,
        "Gracias por tu solicitud: Técnico/a de Calidad Asistencial",
        ("confirmation", RN, "Técnica de Calidad Asistencial", 2, "workday", "es"),
        html=page(
            "Hola Camila:",
            "Te confirmamos que hemos recibido tu solicitud para <b>Técnico/a de Calidad "
            "Asistencial</b> (R-10577) en Hospital Ribera Norte.",
            "Si tu perfil encaja con lo que buscamos, una persona del equipo se pondrá en "
            "contacto contigo.",
            "Gracias,<br>Talent Acquisition",
            foot="Hospital Ribera Norte · Política de privacidad de candidatos",
        ),
        tz=W,
    ),
    m(
        "6005",
        "2025-04-08 12:20",
        "Marta Lozano Ibáñez <mlozano@riberanorte-salud.es>",
        "RE: Técnico/a de Calidad Asistencial - R-10577",
        ("confirmation", RN, "Técnica de Calidad Asistencial", 2, "direct", "es"),
        text="""Hola de nuevo, Camila:

Te escribo para contarte que la Dirección ha decidido dejar en pausa la
contratación de la posición de Técnico/a de Calidad Asistencial hasta que se
apruebe el presupuesto del segundo semestre. Tu candidatura sigue abierta y, en
cuanto se reactive, te aviso personalmente.

Siento no traerte mejores noticias después de lo de Ensayos.

Un abrazo,
Marta

Marta Lozano Ibáñez
Técnica de Selección | Hospital Ribera Norte

-----Mensaje original-----
De: Camila Duarte <camila.duarte@buzonverde.es>
Enviado: lunes, 7 de abril de 2025 19:02
Para: Marta Lozano Ibáñez <mlozano@riberanorte-salud.es>
Asunto: Técnico/a de Calidad Asistencial - R-10577

Hola, Marta: ¿sabes si hay novedades sobre la plaza de Calidad? Gracias.
Camila
""",
        st="on_hold",
    ),
    # --- 3 Laboratorios Albecia, Clinical Research Associate (SuccessFactors) ---
    m(
        "6006",
        "2025-02-10 15:33",
        ALB_FROM,
        "Application received - Clinical Research Associate (Madrid)",
        ("confirmation", ALB, "Clinical Research Associate", 3, "other", "en"),
        text="""Dear Camila Duarte,

Thank you for applying for the position Clinical Research Associate (Madrid),
requisition 45821, at Laboratorios Albecia.

Your application has been successfully submitted. Unfortunately, due to the high
number of applications we receive, we are not always able to give individual
feedback at the first stage. If your profile matches, a member of our Talent
Acquisition team will contact you.

You can review your application status in our career site.

Kind regards,
Albecia Talent Acquisition

This is a system-generated e-mail. Please do not reply.
""",
        tz=W,
    ),
    m(
        "6007",
        "2025-02-17 10:02",
        "SHL on behalf of Laboratorios Albecia <no-reply@shl.com>",
        "Laboratorios Albecia: complete your online assessment",
        ("assessment", ALB, "Clinical Research Associate", 3, "other", "en"),
        html=page(
            "Dear Camila,",
            "As part of your application for <b>Clinical Research Associate</b>, Laboratorios "
            "Albecia invites you to complete the following assessments:",
            "<ul><li>Verify Numerical Reasoning (approx. 18 min)</li><li>Occupational "
            "Personality Questionnaire (approx. 25 min)</li></ul>",
            "Please complete them by <b>24 February 2025</b>. "
            "<a href='https://online.shl.com/candidate/login'>Start assessment</a>",
            "Good luck!<br>SHL Candidate Support",
        ),
        tz=W,
    ),
    m(
        "6008",
        "2025-03-05 09:15",
        "Thomas Keane <thomas.keane@albecia-pharma.com>",
        "Clinical Research Associate - interview invitation",
        ("interview", ALB, "Clinical Research Associate", 3, "direct", "en"),
        text="""Hi Camila,

Thanks for completing the assessments. I'm the Clinical Operations Lead for
Iberia and I'd like to invite you to a 60-minute interview (competency-based,
plus a short case on site monitoring visits).

Could you pick a slot here: https://calendly.com/thomas-keane-albecia/cra-interview

Best,
Thomas

Thomas Keane | Clinical Operations Lead, Iberia
Laboratorios Albecia | Calle de Serrano Galvache 60, Madrid
""",
        tz=W,
    ),
    m(
        "6009",
        "2025-03-05 11:48",
        "Calendly <notifications@calendly.com>",
        "New Event: Camila Duarte - 11:00 Tue, 11 Mar 2025 - CRA interview",
        ("interview", ALB, "Clinical Research Associate", 3, "other", "en"),
        text="""Hi Camila Duarte,

A new event has been scheduled.

Event Type: CRA interview
Invitee: Camila Duarte
Event Date/Time: 11:00 - Tuesday, 11 March 2025 (Central European Time)
Host: Thomas Keane (Laboratorios Albecia)
Location: Google Meet (details in the calendar invitation)

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/2f1d
Reschedule: https://calendly.com/reschedulings/2f1d

Powered by Calendly.com
""",
        tz=W,
    ),
    m(
        "6010",
        "2025-03-27 16:10",
        ALB_FROM,
        "Your application with Laboratorios Albecia",
        ("rejection", ALB, "Clinical Research Associate", 3, "other", "en"),
        text="""Dear Camila,

Thank you for the time and energy you invested in our selection process for the
Clinical Research Associate position. The panel enjoyed meeting you and was
impressed by your hands-on experience in the operating theatre.

After careful consideration, we will not be moving forward with your application
at this time. We had a very strong pool of candidates and the decision was not an
easy one.

We would encourage you to apply again for future openings.

With best wishes,
Albecia Talent Acquisition
""",
        tz=W,
    ),
    # --- 4 Clínica Valdeluz, Enfermera de Quirófano (Personio), offer by plain mail ---
    m(
        "6011",
        "2025-02-21 11:27",
        "Clínica Valdeluz <no-reply@personio.de>",
        "Tu candidatura para Enfermero/a de Quirófano",
        ("confirmation", "Clínica Valdeluz", "Enfermera de Quirófano", 4, "personio", "es"),
        html=page(
            "Hola Camila,",
            "¡Muchas gracias por tu candidatura para el puesto de Enfermero/a de Quirófano en "
            "Clínica Valdeluz!",
            "Revisaremos tu documentación con atención. Si no recibes respuesta en las "
            "próximas tres semanas, lamentablemente significará que en esta ocasión no hemos "
            "podido continuar con tu perfil.",
            "Saludos cordiales,<br>Recursos Humanos - Clínica Valdeluz",
            foot="Powered by Personio",
        ),
        tz=W,
    ),
    m(
        "6012",
        "2025-02-26 19:44",
        "Rosa Medina <rosa.medina@clinicavaldeluz.es>",
        "Re: Tu candidatura para Enfermero/a de Quirófano",
        ("interview", "Clínica Valdeluz", "Enfermera de Quirófano", 4, "direct", "es"),
        text="""Hola Camila,

soy Rosa, supervisora del bloque quirúrgico. Me ha gustado mucho tu CV. ¿Podrías
pasarte por la clínica el lunes 3 de marzo a las 16:30 para charlar un rato y
enseñarte el bloque? Pregunta por mí en recepción (planta -1).

Saludos,
Rosa

Enviado desde mi iPhone
""",
        tz=W,
    ),
    m(
        "6013",
        "2025-03-12 13:58",
        "Rosa Medina <rosa.medina@clinicavaldeluz.es>",
        "Carta de oferta - Enfermera de Quirófano",
        ("offer", "Clínica Valdeluz", "Enfermera de Quirófano", 4, "direct", "es"),
        text="""Estimada Camila:

Nos complace ofrecerte la incorporación a Clínica Valdeluz como Enfermera de
Quirófano, con las siguientes condiciones:

  - Contrato indefinido, jornada completa (1.645 h/año), turno de mañana con
    guardias localizadas.
  - Retribución bruta anual: 31.800 EUR en 14 pagas, más complemento de guardias.
  - Fecha de incorporación prevista: 1 de abril de 2025.

Te agradeceríamos una respuesta antes del viernes 21 de marzo. Si tienes cualquier
duda, llámame al 91 555 20 13.

Un cordial saludo,

Rosa Medina Sanz
Supervisora de Bloque Quirúrgico
Clínica Valdeluz - C/ Arturo Soria 221, Madrid
""",
        tz=W,
    ),
    # --- 5 Nordvia Health, Healthcare Operations Analyst (Teamtailor) ---
    m(
        "6014",
        "2025-03-10 14:01",
        "Nordvia Health <no-reply@teamtailor.com>",
        "Thanks for applying to Nordvia Health!",
        ("confirmation", "Nordvia Health", "Healthcare Operations Analyst", 5, "teamtailor", "en"),
        html=page(
            "Hi Camila 👋",
            "Thanks for applying for <b>Healthcare Operations Analyst</b>. We're a small team "
            "so we read every application ourselves - expect to hear from us within two weeks.",
            "In the meantime, check out how we work on our <a href='https://careers.nordvia."
            "health/life'>careers page</a>.",
            "Cheers,<br>The Nordvia People team",
        ),
        tz=W,
    ),
    m(
        "6015",
        "2025-03-14 09:30",
        "TestGorilla <no-reply@testgorilla.com>",
        "Nordvia Health has invited you to take an assessment",
        ("assessment", "Nordvia Health", "Healthcare Operations Analyst", 5, "other", "en"),
        html=page(
            "Hi Camila,",
            "Nordvia Health has invited you to complete the assessment <b>Healthcare Operations "
            "Analyst - Spring 2025</b>. It contains 4 tests (Excel, data interpretation, "
            "attention to detail, English) and takes about 45 minutes.",
            "<a href='https://app.testgorilla.com/s/xy7'>Start assessment</a>",
            "The invitation expires in 5 days.",
            foot="TestGorilla B.V. · Amsterdam",
        ),
        tz=W,
    ),
    m(
        "6016",
        "2025-04-02 10:12",
        "Linnea Falk <linnea@nordvia.health>",
        "Update on your application",
        ("rejection", "Nordvia Health", "Healthcare Operations Analyst", 5, "teamtailor", "en"),
        text="""Hi Camila,

Thank you for taking the assessment - your results on data interpretation were
among the best we saw, and we really liked your clinical background.

That said, we've decided to move forward with candidates who have more direct
experience with hospital ERP systems, so we won't be progressing your
application for the Healthcare Operations Analyst role.

I hope our paths cross again.

Warmly,
Linnea Falk
People & Talent, Nordvia Health
""",
    ),
    # --- 6 Grupo Hospitalario San Lázaro, Supervisora de Enfermería (Taleo), ghosted ---
    m(
        "6017",
        "2025-02-12 22:10",
        "Grupo Hospitalario San Lázaro <sanlazaro@taleo.net>",
        "Confirmación de recepción de candidatura",
        (
            "confirmation",
            "Grupo Hospitalario San Lázaro",
            "Supervisora de Enfermería",
            6,
            "taleo",
            "es",
        ),
        text="""Estimado/a Camila Duarte:

Le confirmamos la recepción de su candidatura a la oferta "Supervisor/a de
Enfermería - Hospital San Lázaro Getafe" (Ref. 2500231).

Su solicitud será estudiada por el Departamento de Recursos Humanos. En caso de
que su perfil no resulte seleccionado, lamentablemente no podremos comunicárselo
de forma individual debido al volumen de candidaturas.

Agradecemos su interés en formar parte de nuestro grupo.

Departamento de Recursos Humanos
Grupo Hospitalario San Lázaro

Por favor, no responda a este mensaje.
""",
        tz=W,
    ),
    # --- 7 Iberlab, Data Steward (Clinical) (iCIMS) ---
    m(
        "6018",
        "2025-04-07 08:05",
        "Iberlab Talent Acquisition <talent-iberlab@icims.com>",
        "Iberlab | Thank you for your application: Data Steward (Clinical)",
        ("confirmation", IBL, "Data Steward (Clinical)", 7, "icims", "en"),
        html=page(
            "Dear Camila,",
            "Thank you for your interest in Iberlab. This message confirms that we have received "
            "your application for <b>Data Steward (Clinical)</b> - Job ID 2025-3817, Alcobendas "
            "(hybrid).",
            "Our recruiters review every application. If you are selected to move forward, you "
            "will be contacted by a member of our team.",
            "Sincerely,<br>Iberlab Talent Acquisition",
            foot="Iberlab Farmacéutica S.A. is an equal opportunity employer.",
        ),
    ),
    m(
        "6019",
        "2025-04-14 12:44",
        "Iberlab via HireVue <noreply@hirevue.com>",
        "Iberlab - Video interview invitation",
        ("assessment", IBL, "Data Steward (Clinical)", 7, "hirevue", "en"),
        html=page(
            "Hello Camila,",
            "Iberlab would like you to complete an on-demand video interview for the <b>Data "
            "Steward (Clinical)</b> position. You will answer 5 pre-recorded questions; you "
            "will have 30 seconds to prepare and up to 3 minutes for each answer.",
            "Please complete it within 7 days: <a href='https://app.hirevue.com/interviews/"
            "9f3e'>Start interview</a>",
            "Tip: use Chrome and test your camera and microphone first.",
        ),
    ),
    m(
        "6020",
        "2025-04-24 16:20",
        "Pablo Arenas <pablo.arenas@iberlab.es>",
        "Data Steward - siguiente paso",
        ("interview", IBL, "Data Steward (Clinical)", 7, "direct", "es"),
        text="""Hola Camila,

Gracias por el vídeo, nos ha encantado. Nos gustaría que conocieras a Irene
(Head of Clinical Data Management) y a mí en una entrevista técnica de una hora:
CDISC, calidad de datos en EDC y algo de SQL básico.

Reserva el hueco que mejor te venga aquí:
https://calendly.com/pablo-arenas-iberlab/entrevista-tecnica

Saludos,
Pablo Arenas
Talent Partner - R&D | Iberlab
""",
    ),
    m(
        "6021",
        "2025-04-25 09:02",
        "Calendly <notifications@calendly.com>",
        "Confirmado: Entrevista técnica con Pablo Arenas el miércoles, 30 de abril de 2025",
        ("interview", IBL, "Data Steward (Clinical)", 7, "other", "es"),
        text="""Hola, Camila Duarte:

Tu evento está programado.

Entrevista técnica
Miércoles, 30 de abril de 2025, 12:00 - 13:00 (hora de Europa central)
Con: Pablo Arenas, Irene Gil (Iberlab)
Ubicación: Microsoft Teams

Añadir a Google Calendar | Añadir a iCal | Añadir a Outlook

¿Necesitas hacer cambios?
Cancelar: https://calendly.com/cancellations/7a0c
Reprogramar: https://calendly.com/reschedulings/7a0c
""",
    ),
    m(
        "6022",
        "2025-05-16 11:11",
        "Iberlab Talent Acquisition <talent-iberlab@icims.com>",
        "Tu candidatura en Iberlab",
        ("rejection", IBL, "Data Steward (Clinical)", 7, "icims", "es"),
        html=page(
            "Hola Camila,",
            "Gracias de nuevo por participar en el proceso de <b>Data Steward (Clinical)</b>. "
            "Queríamos informarte de que el puesto ya ha sido cubierto por una candidata "
            "interna.",
            "Tu perfil nos ha parecido muy interesante y lo tendremos en cuenta para próximas "
            "vacantes en el área de datos clínicos.",
            "Un saludo,<br>Equipo de Talento de Iberlab",
        ),
    ),
    # --- 8 Medivisión Analytics, Clinical Data Coordinator (LinkedIn) ---
    m(
        "6023",
        "2025-03-18 20:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Camila, your application was sent to Medivisión Analytics",
        (
            "confirmation",
            "Medivisión Analytics",
            "Clinical Data Coordinator",
            8,
            "linkedin",
            "en",
        ),
        html=page(
            "Your application was sent to Medivisión Analytics",
            "<b>Clinical Data Coordinator</b><br>Medivisión Analytics · Madrid, Community of "
            "Madrid, Spain (Hybrid)<br>Applied on March 18, 2025",
            "Your profile, resume and contact information were shared with the employer.",
            "<a href='https://www.linkedin.com/jobs/view/4158829301/'>View job</a>",
            foot="You are receiving Job application confirmation emails. Unsubscribe · "
            "LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.",
        ),
        tz=W,
    ),
    m(
        "6024",
        "2025-03-24 07:55",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Medivisión Analytics",
        ("viewed", "Medivisión Analytics", "Clinical Data Coordinator", 8, "linkedin", "en"),
        html=page(
            "Medivisión Analytics viewed your application.",
            "<b>Clinical Data Coordinator</b> · Madrid (Hybrid)",
            "Applicants who follow up are more likely to hear back. "
            "<a href='https://www.linkedin.com/jobs/view/4158829301/'>View job</a>",
            foot="This email was intended for Camila Duarte (Clinical Data & Healthcare "
            "Operations). © 2025 LinkedIn Corporation.",
        ),
        tz=W,
    ),
    m(
        "6025",
        "2025-04-09 18:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Medivisión Analytics",
        ("rejection", "Medivisión Analytics", "Clinical Data Coordinator", 8, "linkedin", "en"),
        html=page(
            "Medivisión Analytics",
            "Thank you for your interest in the Clinical Data Coordinator position at "
            "Medivisión Analytics in Madrid. Unfortunately, we will not be moving forward with "
            "your application, but we appreciate your time and interest.",
            "Regards,<br>Medivisión Analytics",
            "<a href='https://www.linkedin.com/jobs/'>Find more jobs</a>",
            foot="© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.",
        ),
    ),
]
MAIL += [
    # --- 9 Clínica Montesol, Enfermera de Consultas Externas (Indeed), ghosted ---
    m(
        "6026",
        "2025-02-07 21:14",
        "Indeed Apply <indeedapply@indeed.com>",
        "Solicitud enviada: Enfermero/a Consultas Externas",
        ("confirmation", "Clínica Montesol", "Enfermera de Consultas Externas", 9, "indeed", "es"),
        html=page(
            "<b>Se ha enviado tu solicitud</b>",
            "<table><tr><td><img src='https://d2q79iu7y748jz.cloudfront.net/s/_logo/montesol' "
            "alt='Clínica Montesol'></td><td><b>Enfermero/a Consultas Externas</b><br>Clínica "
            "Montesol - Pozuelo de Alarcón, Madrid</td></tr></table>",
            "Las siguientes partes de tu solicitud se han enviado: CV, datos de contacto, "
            "respuestas a preguntas.",
            "Consejo: las empresas suelen responder en un plazo de 1 a 2 semanas.",
            foot="© 2025 Indeed - No vendas ni compartas mi información personal",
        ),
        tz=W,
    ),
    # --- 10 Centro Médico Arganzuela, Técnica de Calidad (InfoJobs) ---
    m(
        "6027",
        "2025-02-15 12:03",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Técnico/a de Calidad y Seguridad del Paciente",
        (
            "confirmation",
            "Centro Médico Arganzuela",
            "Técnica de Calidad y Seguridad del Paciente",
            10,
            "other",
            "es",
        ),
        html=page(
            "Hola Camila,",
            "Tu inscripción en la oferta <b>Técnico/a de Calidad y Seguridad del Paciente</b> de "
            "<b>Centro Médico Arganzuela</b> se ha realizado correctamente.",
            "Puedes seguir el estado de tu candidatura desde 'Mis candidaturas'. Te avisaremos "
            "cuando la empresa lea tu CV.",
            "El equipo de InfoJobs",
        ),
        tz=W,
    ),
    m(
        "6028",
        "2025-02-18 09:47",
        "InfoJobs <noreply@infojobs.net>",
        "Centro Médico Arganzuela ha leído tu CV",
        (
            "viewed",
            "Centro Médico Arganzuela",
            "Técnica de Calidad y Seguridad del Paciente",
            10,
            "other",
            "es",
        ),
        html=page(
            "¡Buenas noticias, Camila!",
            "La empresa <b>Centro Médico Arganzuela</b> ha leído tu CV en la oferta Técnico/a "
            "de Calidad y Seguridad del Paciente.",
            "Estado de tu candidatura: <b>CV leído</b>",
        ),
        tz=W,
    ),
    m(
        "6029",
        "2025-03-06 10:30",
        "InfoJobs <noreply@infojobs.net>",
        "Novedades en tu candidatura",
        (
            "rejection",
            "Centro Médico Arganzuela",
            "Técnica de Calidad y Seguridad del Paciente",
            10,
            "other",
            "es",
        ),
        html=page(
            "Hola Camila,",
            "Te informamos de que tu candidatura a la oferta Técnico/a de Calidad y Seguridad del "
            "Paciente (Centro Médico Arganzuela) ha pasado al estado <b>Descartado</b>.",
            "No te desanimes: hay más de 300 ofertas de sanidad que encajan con tu perfil.",
            "<a href='https://www.infojobs.net/ofertas-trabajo/sanidad'>Ver ofertas</a>",
        ),
        tz=W,
    ),
    # --- 11 Agencia Sanitaria del Henares, oposición Enfermera Especialista en Calidad ---
    m(
        "6030",
        "2025-02-24 13:15",
        "Sede electrónica ASH <no-responder@saludhenares.es>",
        "Justificante de presentación de solicitud - Proceso selectivo 2025/EC-04",
        (
            "confirmation",
            "Agencia Sanitaria del Henares",
            "Enfermera Especialista en Calidad",
            11,
            "direct",
            "es",
        ),
        text="""JUSTIFICANTE DE REGISTRO

Número de registro: REGAGE25e00004411873
Fecha y hora: 24/02/2025 13:14:52
Interesada: DUARTE REYES, CAMILA - NIF ***4518**

Procedimiento: Proceso selectivo para el acceso, por concurso-oposición, a la
categoría de Enfermero/a Especialista en Calidad Asistencial (convocatoria
2025/EC-04).

Documentación aportada: solicitud de admisión, justificante de abono de tasas
(modelo 030), título de Grado en Enfermería.

Este justificante acredita la presentación de su solicitud. Conserve este
documento.

Agencia Sanitaria del Henares - Sede electrónica
""",
        tz=W,
    ),
    m(
        "6031",
        "2025-04-22 09:00",
        "Sede electrónica ASH <no-responder@saludhenares.es>",
        "Publicación de la lista provisional de admitidos y excluidos - 2025/EC-04",
        (
            "confirmation",
            "Agencia Sanitaria del Henares",
            "Enfermera Especialista en Calidad",
            11,
            "direct",
            "es",
        ),
        text="""Estimada aspirante:

Le comunicamos que se ha publicado en el tablón de anuncios de la sede
electrónica la Resolución por la que se aprueba la lista provisional de
aspirantes admitidos y excluidos del proceso selectivo 2025/EC-04 (Enfermero/a
Especialista en Calidad Asistencial).

Situación: ADMITIDA (turno libre).

Se abre un plazo de diez días hábiles para presentar alegaciones.

Servicio de Selección y Provisión
""",
    ),
    m(
        "6032",
        "2025-05-20 14:00",
        "Sede electrónica ASH <no-responder@saludhenares.es>",
        "Convocatoria al primer ejercicio - 2025/EC-04",
        (
            "assessment",
            "Agencia Sanitaria del Henares",
            "Enfermera Especialista en Calidad",
            11,
            "direct",
            "es",
        ),
        text="""Estimada aspirante:

Se convoca a los aspirantes admitidos al primer ejercicio (cuestionario tipo
test de 100 preguntas, 120 minutos) que tendrá lugar el sábado 14 de junio de
2025 a las 10:00 en la Facultad de Ciencias de la Salud (Campus de Alcalá),
aula según la letra del primer apellido.

Deberá acudir provista de DNI y bolígrafo azul.

Servicio de Selección y Provisión - Agencia Sanitaria del Henares
""",
    ),
    m(
        "6033",
        "2025-07-09 12:30",
        "Sede electrónica ASH <no-responder@saludhenares.es>",
        "Notificación: calificaciones del primer ejercicio",
        (
            "rejection",
            "Agencia Sanitaria del Henares",
            "Enfermera Especialista en Calidad",
            11,
            "direct",
            "es",
        ),
        text="""Estimada aspirante:

Se han publicado las calificaciones provisionales del primer ejercicio del
proceso selectivo 2025/EC-04.

Puntuación obtenida: 58,40. Nota de corte: 63,10.
Resultado: NO APTA. No supera el ejercicio, por lo que no continúa en el
proceso selectivo.

Contra esta resolución podrá interponer recurso de alzada en el plazo de un
mes.

Servicio de Selección y Provisión
""",
        tz="+0200",
    ),
    # --- 12 Enlace Sanitario (agency) for Hospital Quirúrgico Levante ---
    m(
        "6034",
        "2025-03-20 11:05",
        ENL,
        "Oportunidad: Enfermería hospitalaria en Valencia - hospital privado",
        ("outreach", None, "Enfermera de Hospitalización", None, "agency", "es"),
        text="""Hola Camila:

Soy Inés, consultora de Enlace Sanitario, agencia especializada en selección de
profesionales sanitarios. He visto tu perfil y creo que te puede interesar un
proceso que llevamos para un hospital quirúrgico privado en Valencia (no puedo
dar el nombre todavía): Enfermera de Hospitalización, planta de cirugía, con
posibilidad de pasar a coordinación en un año.

¿Te apetece que lo hablemos por teléfono esta semana?

Un saludo,
Inés Calatayud
Consultora Senior | Enlace Sanitario
Tel. 96 300 41 77
""",
        tz=W,
    ),
    m(
        "6035",
        "2025-03-27 17:25",
        ENL,
        "RE: Oportunidad: Enfermería hospitalaria en Valencia - hospital privado",
        (
            "confirmation",
            "Hospital Quirúrgico Levante",
            "Enfermera de Hospitalización",
            12,
            "agency",
            "es",
        ),
        text="""Hola Camila,

Como hablamos, ya he presentado tu candidatura a nuestro cliente, que es el
Hospital Quirúrgico Levante (Valencia). Les he mandado tu CV y el resumen de la
llamada. Te digo algo en cuanto me respondan.

Gracias y un saludo,
Inés

-----Mensaje original-----
De: Camila Duarte <camila.duarte@buzonverde.es>
Enviado: jueves, 27 de marzo de 2025 10:12
Para: Inés Calatayud <seleccion@enlacesanitario.es>
Asunto: RE: Oportunidad: Enfermería hospitalaria en Valencia - hospital privado

Hola Inés, adelante, puedes presentar mi candidatura. Gracias.
""",
        tz=W,
        headers=reply("6034", ENL),
    ),
    m(
        "6036",
        "2025-04-03 13:40",
        ENL,
        "Entrevista con Hospital Quirúrgico Levante",
        (
            "interview",
            "Hospital Quirúrgico Levante",
            "Enfermera de Hospitalización",
            12,
            "agency",
            "es",
        ),
        text="""Camila, ¡buenas noticias!

La Dirección de Enfermería del Hospital Quirúrgico Levante quiere entrevistarte
por videollamada el miércoles 9 de abril a las 17:00. Te llamará la supervisora
de planta, Amparo Ferrer. Confírmame si te va bien.

Inés Calatayud
Enlace Sanitario
""",
    ),
    m(
        "6037",
        "2025-04-17 10:05",
        ENL,
        "Feedback Hospital Quirúrgico Levante",
        (
            "rejection",
            "Hospital Quirúrgico Levante",
            "Enfermera de Hospitalización",
            12,
            "agency",
            "es",
        ),
        text="""Hola Camila:

Me han dado feedback desde el hospital. Les gustaste mucho (destacan tu
experiencia en quirófano y tu forma de comunicar), pero finalmente se han
decantado por una enfermera que ya vive en Valencia y puede incorporarse de
inmediato.

Te tengo en mente para lo siguiente que entre, ¿vale?

Un abrazo,
Inés
""",
    ),
]
MDS = "Médicos del Sahel"
MDS_ROLE = "Coordinadora Médica de Proyectos"
QH = "Quiral Health"
QH_ROLE = "Clinical Operations Specialist"
BV = "Clínica Bellavista"
GM_ALM = "Lourdes Pineda <lourdes.pineda.r@gmail.com>"

MAIL += [
    # --- 13 Médicos del Sahel (Breezy): interview, cancellation, new slot, rejection ---
    m(
        "6038",
        "2025-04-28 18:02",
        "Médicos del Sahel <noreply@breezy.hr>",
        "Hemos recibido tu candidatura - Coordinador/a Médico/a de Proyectos (Níger)",
        ("confirmation", MDS, MDS_ROLE, 13, "other", "es"),
        html=page(
            "Hola Camila:",
            "Gracias por postularte a <b>Coordinador/a Médico/a de Proyectos</b> en Médicos del "
            "Sahel. Es una misión de 9 meses con base en Niamey.",
            "Revisaremos las candidaturas a partir del 10 de mayo. Si no recibes respuesta "
            "antes del 31 de mayo, entiende que no seguimos adelante con tu perfil.",
            "Un saludo solidario,<br>Equipo de RRHH Terreno",
            foot="Powered by Breezy HR",
        ),
    ),
    m(
        "6039",
        "2025-05-13 10:10",
        "Nuria Olaizola <rrhh.terreno@medicosdelsahel.org>",
        "Invitación: Entrevista Coordinación Médica - Camila Duarte @ jue 15 may 2025 11:00",
        ("interview", MDS, MDS_ROLE, 13, "direct", "es"),
        text="""Nuria Olaizola te ha invitado a un evento.

Entrevista Coordinación Médica - Camila Duarte
jueves, 15 de mayo de 2025 · 11:00 - 12:00
Zona horaria: Europa Central - Madrid
Enlace de videollamada: https://meet.google.com/qas-upro-kdm

Organizador: rrhh.terreno@medicosdelsahel.org

Invitación de Google Calendar
""",
        ics={
            "start": "2025-05-15 11:00:00 +0200",
            "organizer": ("Nuria Olaizola", "rrhh.terreno@medicosdelsahel.org"),
            "uid": "5q1b3r0ct6u3nb0p8fe2o1g0sd@google.com",
            "summary": "Entrevista Coordinación Médica - Camila Duarte",
            "location": "https://meet.google.com/qas-upro-kdm",
        },
    ),
    m(
        "6040",
        "2025-05-14 19:31",
        "Nuria Olaizola <rrhh.terreno@medicosdelsahel.org>",
        "Cancelado: Entrevista Coordinación Médica - Camila Duarte @ jue 15 may 2025 11:00",
        ("interview", MDS, MDS_ROLE, 13, "direct", "es"),
        text="""Se ha cancelado este evento.

Entrevista Coordinación Médica - Camila Duarte
jueves, 15 de mayo de 2025 · 11:00 - 12:00

Nuria: Perdona, Camila, el coordinador de país no puede mañana por un tema de
seguridad en terreno. Te propongo otra fecha por correo.
""",
        ics={
            "method": "CANCEL",
            "start": "2025-05-15 11:00:00 +0200",
            "organizer": ("Nuria Olaizola", "rrhh.terreno@medicosdelsahel.org"),
            "uid": "5q1b3r0ct6u3nb0p8fe2o1g0sd@google.com",
            "summary": "Entrevista Coordinación Médica - Camila Duarte",
        },
    ),
    m(
        "6041",
        "2025-05-15 09:20",
        "Nuria Olaizola <rrhh.terreno@medicosdelsahel.org>",
        "Nueva fecha entrevista",
        ("interview", MDS, MDS_ROLE, 13, "direct", "es"),
        text="""Hola Camila,

de nuevo disculpas por la cancelación. ¿Te vendría bien el martes 20 a las
9:30 (hora de Madrid)? Será con Moussa, coordinador de país, y conmigo. Mismo
enlace de Meet.

Gracias por la flexibilidad,
Nuria Olaizola
Técnica de RRHH Terreno - Médicos del Sahel
""",
    ),
    m(
        "6042",
        "2025-06-02 15:45",
        "Médicos del Sahel <noreply@breezy.hr>",
        "Tu candidatura",
        ("rejection", MDS, MDS_ROLE, 13, "other", "es"),
        html=page(
            "Hola Camila,",
            "Queremos darte las gracias por tu interés en trabajar con nosotros y por la "
            "conversación con el equipo. Nos impresionó tu compromiso y tu experiencia en "
            "gestión de quirófano.",
            "Sin embargo, para esta misión necesitamos a alguien con experiencia previa en "
            "contextos humanitarios, por lo que no podremos continuar con tu candidatura.",
            "Te animamos a inscribirte en nuestra bolsa de profesionales.",
            "Equipo de RRHH Terreno - Médicos del Sahel",
        ),
    ),
    # --- 14 Quiral Health (Recruitee), reschedule, offer via Adobe Sign ---
    m(
        "6043",
        "2025-05-05 12:12",
        "Quiral Health <jobs@quiralhealth.recruitee.com>",
        "Application received: Clinical Operations Specialist",
        ("confirmation", QH, QH_ROLE, 14, "recruitee", "en"),
        text="""Hi Camila,

Thanks for applying for the Clinical Operations Specialist role at Quiral
Health. We've received your CV and cover letter.

What happens next: our hiring team reviews applications weekly. If there's a
match we'll invite you to a 30-minute intro call.

Best,
Quiral Health Talent
""",
    ),
    m(
        "6044",
        "2025-05-12 16:44",
        "Dana Whitfield <dana@quiralhealth.com>",
        "Intro call - Quiral Health",
        ("interview", QH, QH_ROLE, 14, "direct", "en"),
        text="""Hi Camila,

Loved your application - a nurse who can write SQL is exactly what our clinical
ops team needs. Are you free for a 30-min video call on Thursday 15 May at
14:00 CET? I'll send a Google Meet link once you confirm.

Dana Whitfield
Head of Clinical Operations | Quiral Health
quiralhealth.com
""",
    ),
    m(
        "6045",
        "2025-05-14 08:03",
        "Dana Whitfield <dana@quiralhealth.com>",
        "Re: Intro call - Quiral Health",
        ("interview", QH, QH_ROLE, 14, "direct", "en"),
        text="""Hi Camila, so sorry - something came up with a hospital partner tomorrow.
Could we move our call to Friday 16 May, same time (14:00 CET)? Same link.

Apologies again,
Dana

On Mon, 12 May 2025 at 18:20, Camila Duarte <camila.duarte@buzonverde.es> wrote:
> Hi Dana, Thursday at 14:00 works for me. Looking forward to it!
> Camila
""",
        headers=reply("6044", "Dana Whitfield <dana@quiralhealth.com>"),
    ),
    m(
        "6046",
        "2025-06-04 17:30",
        "Dana Whitfield via Adobe Acrobat Sign <adobesign@adobesign.com>",
        "Dana Whitfield has sent you Quiral_Health_Offer_Camila_Duarte for signature",
        ("offer", QH, QH_ROLE, 14, "other", "en"),
        html=page(
            "<b>Dana Whitfield</b> has requested your signature on "
            "<b>Quiral_Health_Offer_Camila_Duarte</b>",
            "Message from sender: Hi Camila - as discussed, please find your offer letter for "
            "the Clinical Operations Specialist position attached. Take your time to review; "
            "happy to answer any questions. We'd love to have you on board!",
            "<a href='https://secure.eu1.adobesign.com/public/apiesign?pid=CBFCIB'>Review and "
            "sign</a>",
            foot="Powered by Adobe Acrobat Sign. Do not forward this email.",
        ),
    ),
    # --- 15 Clínica Bellavista (Factorial): first mail names only the role ---
    m(
        "6047",
        "2025-03-25 13:37",
        "Recursos Humanos <no-reply@factorialhr.com>",
        "Candidatura recibida: Enfermero/a de Quirófano (turno de tarde)",
        ("confirmation", BV, "Enfermera de Quirófano", 15, "other", "es"),
        html=page(
            "Hola Camila,",
            "Hemos recibido correctamente tu candidatura para <b>Enfermero/a de Quirófano (turno "
            "de tarde)</b>.",
            "Nuestro equipo revisará tu perfil y te contactará si encaja con el puesto.",
            "Gracias por tu interés.",
            foot="Enviado con Factorial",
        ),
        tz=W,
    ),
    m(
        "6048",
        "2025-04-01 12:25",
        "Jorge Vallejo <jvallejo@clinicabellavista.es>",
        "Entrevista Enfermera de Quirófano - Clínica Bellavista",
        ("interview", BV, "Enfermera de Quirófano", 15, "direct", "es"),
        text="""Hola Camila:

Te escribo desde Clínica Bellavista (Alcobendas) por tu candidatura a enfermera
de quirófano de tarde. ¿Podrías venir a una entrevista el viernes 4 de abril a
las 12:00? Estaremos la directora de enfermería y yo.

Dirección: Av. de Bruselas 14, Alcobendas. Hay parking para visitas.

Un saludo,
Jorge Vallejo
Responsable de Personas
Clínica Bellavista
""",
    ),
    m(
        "6049",
        "2025-04-11 09:58",
        "Jorge Vallejo <jvallejo@clinicabellavista.es>",
        "Re: Entrevista Enfermera de Quirófano - Clínica Bellavista",
        ("rejection", BV, "Enfermera de Quirófano", 15, "direct", "es"),
        text="""Hola Camila,

gracias por venir el viernes y por tu interés. La directora se quedó con muy
buena impresión, pero finalmente hemos optado por una candidata con más
experiencia en traumatología, que es donde más carga tenemos por las tardes.

Te deseo lo mejor en tu búsqueda.

Jorge
""",
    ),
    # --- 16 Residencia Los Almendros: hiring manager from gmail ---
    m(
        "6050",
        "2025-04-15 22:48",
        GM_ALM,
        "Re: Candidatura coordinadora de cuidados",
        ("interview", "Residencia Los Almendros", "Coordinadora de Cuidados", 16, "direct", "es"),
        text="""Hola Camila!

Perdona que te escriba desde mi correo personal, el de la residencia está dando
guerra esta semana. He leído tu CV y me encantaría conocerte. ¿Te va bien
pasarte el jueves 17 por la mañana, sobre las 10:30? Estamos en la calle
Camino de Valderribas 52.

Un saludo,
Lourdes

--
Lourdes Pineda
Directora
Residencia Los Almendros · Madrid
Tel. 91 478 22 09

El lun, 14 abr 2025 a las 11:02, Camila Duarte (<camila.duarte@buzonverde.es>)
escribió:
> Buenos días:
>
> Les escribo en relación con la oferta de Coordinadora de Cuidados publicada
> en su web. Adjunto mi CV y una carta de presentación.
>
> Quedo a su disposición,
> Camila Duarte
""",
    ),
    m(
        "6051",
        "2025-04-24 20:15",
        GM_ALM,
        "Re: Candidatura coordinadora de cuidados",
        ("rejection", "Residencia Los Almendros", "Coordinadora de Cuidados", 16, "direct", "es"),
        text="""Hola Camila,

te escribo para cerrar el proceso: nos gustó mucho la charla, pero al final el
patronato ha preferido promocionar a una de nuestras enfermeras de la casa, que
conoce a los residentes desde hace años. Lo siento de verdad.

Si más adelante sale algo te llamo, que tengo tu teléfono.

Un beso,
Lourdes

Enviado desde mi iPhone
""",
        headers=reply("6050", GM_ALM),
    ),
    # --- 17 Laboratorios Albecia again (re-application), withdrawn after Lisbon ---
    m(
        "6052",
        "2025-06-10 09:40",
        ALB_FROM,
        "Application received - Clinical Research Associate (Madrid)",
        ("confirmation", ALB, "Clinical Research Associate", 17, "other", "en"),
        text="""Dear Camila Duarte,

Thank you for applying for the position Clinical Research Associate (Madrid),
requisition 46107, at Laboratorios Albecia.

Your application has been successfully submitted. If your profile matches, a
member of our Talent Acquisition team will contact you.

Kind regards,
Albecia Talent Acquisition

This is a system-generated e-mail. Please do not reply.
""",
    ),
    m(
        "6053",
        "2025-07-04 12:00",
        "Thomas Keane <thomas.keane@albecia-pharma.com>",
        "RE: Withdrawing my application - CRA 46107",
        ("confirmation", ALB, "Clinical Research Associate", 17, "direct", "en"),
        text="""Hi Camila,

Thanks for letting me know, and congratulations on the new role in Lisbon!
I've withdrawn your application for requisition 46107 in the system, so you
won't receive further emails about it.

All the best,
Thomas

From: Camila Duarte <camila.duarte@buzonverde.es>
Sent: Thursday, July 3, 2025 20:41
To: Thomas Keane <thomas.keane@albecia-pharma.com>
Subject: Withdrawing my application - CRA 46107

Dear Thomas, I have accepted a position in Lisbon and would like to withdraw my
application. Thank you for considering me again.
Camila
""",
        st="withdrawn",
    ),
    # --- 18 DataSalud Ingeniería (Tecnoempleo) ---
    m(
        "6054",
        "2025-03-11 19:20",
        "Tecnoempleo <noreply@tecnoempleo.com>",
        "Inscripción realizada: Analista de Datos Clínicos (SQL/Power BI)",
        (
            "confirmation",
            "DataSalud Ingeniería",
            "Analista de Datos Clínicos",
            18,
            "other",
            "es",
        ),
        text="""Hola Camila Duarte,

Te confirmamos tu inscripción en la oferta:

  Analista de Datos Clínicos (SQL/Power BI)
  Empresa: DataSalud Ingeniería
  Ubicación: Madrid - Teletrabajo parcial

La empresa recibirá tu CV. Puedes consultar el estado de tus inscripciones en
tu área privada.

Tecnoempleo.com - Empleo en informática y telecomunicaciones
""",
        tz=W,
    ),
    m(
        "6055",
        "2025-03-31 10:04",
        "Selección DataSalud <seleccion@datasalud-ing.es>",
        "Proceso Analista de Datos Clínicos",
        (
            "rejection",
            "DataSalud Ingeniería",
            "Analista de Datos Clínicos",
            18,
            "direct",
            "es",
        ),
        text="""Estimada Camila:

Gracias por tu interés en DataSalud Ingeniería y por el tiempo dedicado. Tu
perfil clínico es muy valioso, pero para esta posición buscamos a alguien con
más experiencia en modelado de datos y desarrollo de cuadros de mando, por lo
que no continuaremos con tu candidatura.

Recibe un cordial saludo,
Departamento de Selección
DataSalud Ingeniería S.L.
""",
    ),
    # --- 19 Hospital Provincial de Almagro (Infoempleo), ghosted ---
    m(
        "6056",
        "2025-02-27 23:05",
        "Infoempleo <noreply@infoempleo.com>",
        "Tu candidatura se ha enviado correctamente",
        (
            "confirmation",
            "Hospital Provincial de Almagro",
            "Enfermera de Urgencias",
            19,
            "other",
            "es",
        ),
        html=page(
            "Hola Camila,",
            "Tu candidatura a <b>Enfermero/a de Urgencias - contrato de verano</b> en "
            "<b>Hospital Provincial de Almagro</b> (Ciudad Real) se ha enviado correctamente.",
            "Recuerda mantener tu CV actualizado para aumentar tus posibilidades.",
            "Equipo Infoempleo",
        ),
        tz=W,
    ),
    # --- 20 Orbis Clinical Research (Glassdoor, then SmartRecruiters) ---
    m(
        "6057",
        "2025-04-03 21:50",
        "Glassdoor <noreply@glassdoor.com>",
        "Your application to Orbis Clinical Research has been submitted",
        (
            "confirmation",
            "Orbis Clinical Research",
            "Clinical Trial Assistant",
            20,
            "other",
            "en",
        ),
        html=page(
            "Application submitted!",
            "<b>Clinical Trial Assistant</b><br>Orbis Clinical Research - Madrid",
            "We sent your application to the employer. Track it on your Glassdoor jobs page.",
            "While you wait, read what employees say about working at Orbis.",
            foot="Glassdoor, Inc. · Mill Valley, CA",
        ),
    ),
    m(
        "6058",
        "2025-04-22 07:40",
        "Orbis Clinical Research <noreply@smartrecruiters.com>",
        "Orbis Clinical Research - Clinical Trial Assistant",
        (
            "rejection",
            "Orbis Clinical Research",
            "Clinical Trial Assistant",
            20,
            "smartrecruiters",
            "en",
        ),
        html=page(
            "Dear Camila,",
            "Thank you for applying to the Clinical Trial Assistant position at Orbis Clinical "
            "Research. We have carefully reviewed your application, and regret to inform you "
            "that we have decided to pursue other candidates whose experience more closely "
            "matches our current needs.",
            "We will keep your details on file.",
            "Kind regards,<br>Orbis Talent Team",
        ),
    ),
    # --- 21 Helix Diagnostics (SmartRecruiters): SJT, interview, rejection ---
    m(
        "6059",
        "2025-05-06 11:19",
        "Helix Diagnostics <noreply@smartrecruiters.com>",
        "Thank you for applying to Helix Diagnostics",
        (
            "confirmation",
            "Helix Diagnostics",
            "Quality Assurance Specialist (GCP)",
            21,
            "smartrecruiters",
            "en",
        ),
        html=page(
            "Hi Camila,",
            "We have received your application for <b>Quality Assurance Specialist (GCP)</b> in "
            "Barcelona / Remote Spain. Thank you for your interest in Helix Diagnostics!",
            "We'll be in touch.",
            "Helix Diagnostics Recruiting",
        ),
    ),
    m(
        "6060",
        "2025-05-09 08:30",
        "Helix Diagnostics <noreply@smartrecruiters.com>",
        "Next step: situational judgement questionnaire",
        (
            "assessment",
            "Helix Diagnostics",
            "Quality Assurance Specialist (GCP)",
            21,
            "smartrecruiters",
            "en",
        ),
        html=page(
            "Hi Camila,",
            "As the next step for <b>Quality Assurance Specialist (GCP)</b>, please complete a "
            "short situational judgement questionnaire (12 scenarios, ~20 minutes). There are no "
            "right or wrong answers; choose what you would most and least likely do.",
            "<a href='https://jobs.smartrecruiters.com/assessment/helix/7c2'>Open "
            "questionnaire</a> - due by 14 May.",
            "Helix Diagnostics Recruiting",
        ),
    ),
    m(
        "6061",
        "2025-05-20 14:05",
        "Gemma Puig <gemma.puig@helixdx.eu>",
        "Helix | QA Specialist interview",
        (
            "interview",
            "Helix Diagnostics",
            "Quality Assurance Specialist (GCP)",
            21,
            "direct",
            "en",
        ),
        text="""Hola Camila,

I'm the QA Manager at Helix. I'd like to invite you to a 45-minute Teams
interview on Monday 26 May at 16:00 - invite attached. We'll talk through an
audit finding and a CAPA example.

Fins aviat,
Gemma Puig
QA Manager | Helix Diagnostics
""",
        ics={
            "style": "outlook",
            "start": "2025-05-26 16:00:00 +0200",
            "minutes": 45,
            "organizer": ("Gemma Puig", "gemma.puig@helixdx.eu"),
            "uid": "040000008200E00074C5B7101A82E00800000000HELIX26",
            "summary": "Interview - QA Specialist (GCP) - Camila Duarte",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "6062",
        "2025-06-05 09:12",
        "Helix Diagnostics <noreply@smartrecruiters.com>",
        "Update on your application",
        (
            "rejection",
            "Helix Diagnostics",
            "Quality Assurance Specialist (GCP)",
            21,
            "smartrecruiters",
            "en",
        ),
        html=page(
            "Hi Camila,",
            "Thank you so much for speaking with Gemma. She really enjoyed the conversation "
            "and your examples from the surgical unit were memorable.",
            "Unfortunately, we have decided to move forward with another candidate who has "
            "more experience hosting sponsor audits.",
            "We wish you every success.<br>Helix Diagnostics Recruiting",
        ),
    ),
    # --- 22 Grupo Sanitario Cantábrico (Cornerstone), withdrawn ---
    m(
        "6063",
        "2025-03-19 10:44",
        "Grupo Sanitario Cantábrico <gscantabrico@csod.com>",
        "Confirmación de solicitud: Responsable de Calidad Asistencial",
        (
            "confirmation",
            "Grupo Sanitario Cantábrico",
            "Responsable de Calidad Asistencial",
            22,
            "other",
            "es",
        ),
        text="""Hola Camila,

Gracias por presentar tu solicitud para el puesto de Responsable de Calidad
Asistencial (Santander). Hemos recibido tu candidatura correctamente.

Puedes consultar o retirar tu solicitud en cualquier momento desde el portal de
empleo.

Atentamente,
Grupo Sanitario Cantábrico - Gestión del Talento
""",
        tz=W,
    ),
    m(
        "6064",
        "2025-04-05 18:01",
        "Grupo Sanitario Cantábrico <gscantabrico@csod.com>",
        "Solicitud retirada: Responsable de Calidad Asistencial",
        (
            "confirmation",
            "Grupo Sanitario Cantábrico",
            "Responsable de Calidad Asistencial",
            22,
            "other",
            "es",
        ),
        text="""Hola Camila,

Te confirmamos que has retirado tu solicitud para el puesto de Responsable de
Calidad Asistencial. No recibirás más comunicaciones sobre este proceso.

Si cambias de opinión, puedes volver a presentar tu candidatura mientras la
oferta siga publicada.

Grupo Sanitario Cantábrico - Gestión del Talento
""",
        st="withdrawn",
    ),
]
FICM = "Fundación Investigación Clínica Mediterránea"
GCA = "Global Care Alliance"

MAIL += [
    # --- 23 Clarivo Telehealth (BambooHR) ---
    m(
        "6065",
        "2025-03-28 15:15",
        "Clarivo Telehealth <notifications@app.bamboohr.com>",
        "Thanks for applying to Clarivo Telehealth",
        (
            "confirmation",
            "Clarivo Telehealth",
            "Patient Operations Coordinator",
            23,
            "bamboohr",
            "en",
        ),
        text="""Hi Camila,

Thank you for your interest in the Patient Operations Coordinator (Spanish
speaker, remote EU) position at Clarivo Telehealth. We have received your
application and our team will review it shortly.

If we feel your skills are a good match, we will reach out to schedule next
steps.

Regards,
Clarivo Telehealth Hiring Team
""",
        tz=W,
    ),
    m(
        "6066",
        "2025-04-15 19:02",
        "Clarivo Telehealth <notifications@app.bamboohr.com>",
        "Regarding your application",
        (
            "rejection",
            "Clarivo Telehealth",
            "Patient Operations Coordinator",
            23,
            "bamboohr",
            "en",
        ),
        text="""Hi Camila,

We appreciate you taking the time to apply for Patient Operations Coordinator.
Your background is impressive, and this was a tough decision; however, we've
chosen to proceed with other applicants for this role.

Thank you again, and we wish you luck in your search.

Clarivo Telehealth Hiring Team
""",
    ),
    # --- 24 Hospital Universitario Sierra Oeste (Oracle Recruiting), Bookings ---
    m(
        "6067",
        "2025-04-10 10:22",
        "Hospital Universitario Sierra Oeste <no-reply@fa.em3.oraclecloud.com>",
        "Hospital Universitario Sierra Oeste - Solicitud enviada",
        (
            "confirmation",
            "Hospital Universitario Sierra Oeste",
            "Enfermera Gestora de Casos",
            24,
            "oracle",
            "es",
        ),
        html=page(
            "Estimada Camila Duarte:",
            "Gracias por enviar su solicitud para <b>Enfermero/a Gestor/a de Casos - Atención "
            "al paciente crónico complejo</b> (ID 25001874).",
            "Puede revisar su solicitud en la sección Mi perfil de nuestro sitio de empleo.",
            "Atentamente,<br>Hospital Universitario Sierra Oeste",
        ),
    ),
    m(
        "6068",
        "2025-04-23 13:50",
        "Selección HUSO <seleccion@husierraoeste.onmicrosoft.com>",
        "Reserva confirmada: Entrevista Enfermería Gestora de Casos",
        (
            "interview",
            "Hospital Universitario Sierra Oeste",
            "Enfermera Gestora de Casos",
            24,
            "other",
            "es",
        ),
        html=page(
            "Hola Camila Duarte,",
            "Su reserva con <b>Selección HUSO</b> está confirmada.",
            "<b>Servicio:</b> Entrevista Enfermería Gestora de Casos<br><b>Fecha:</b> martes, 29 "
            "de abril de 2025, 9:00-9:45 (UTC+01:00) Bruselas, Copenhague, Madrid, París<br>"
            "<b>Personal:</b> Carmen Oteo",
            "<a href='https://teams.microsoft.com/l/meetup-join/huso'>Unirse a la reunión de "
            "Teams</a>",
            "Administrar reserva | Cancelar",
            foot="Con tecnología de Microsoft Bookings",
        ),
    ),
    m(
        "6069",
        "2025-05-09 11:30",
        "Hospital Universitario Sierra Oeste <no-reply@fa.em3.oraclecloud.com>",
        "Información sobre su solicitud",
        (
            "rejection",
            "Hospital Universitario Sierra Oeste",
            "Enfermera Gestora de Casos",
            24,
            "oracle",
            "es",
        ),
        html=page(
            "Estimada Camila:",
            "Le agradecemos su participación en el proceso de selección para Enfermero/a Gestor/a "
            "de Casos y el interés mostrado en nuestro hospital.",
            "Tras valorar todas las candidaturas, lamentamos comunicarle que su perfil no ha "
            "sido seleccionado en esta ocasión.",
            "Atentamente,<br>Área de Selección",
        ),
    ),
    # --- 25 FICM: forwarded confirmation from the old address, later rejection ---
    m(
        "6070",
        "2025-03-09 12:17",
        ME_OLD,
        "Fwd: Gracias por tu candidatura - Técnico/a de Ensayos Clínicos",
        ("confirmation", FICM, "Técnica de Ensayos Clínicos", 25, "teamtailor", "es"),
        text="""para tenerlo en el correo nuevo

---------- Forwarded message ---------
De: Fundación Investigación Clínica Mediterránea <no-reply@teamtailor.com>
Date: sáb, 8 mar 2025 a las 23:40
Subject: Gracias por tu candidatura - Técnico/a de Ensayos Clínicos
To: <cami.duarte.enf@hotmail.es>


Hola Camila,

Gracias por tu interés en la Fundación Investigación Clínica Mediterránea.
Hemos recibido tu candidatura para Técnico/a de Ensayos Clínicos (Unidad de
Fase I, Valencia).

Revisamos todas las candidaturas y contactaremos con las personas
seleccionadas para la siguiente fase.

Un saludo,
Equipo de Personas FICM
""",
        tz=W,
    ),
    m(
        "6071",
        "2025-04-04 10:00",
        "Fundación Investigación Clínica Mediterránea <no-reply@teamtailor.com>",
        "Sobre tu candidatura en FICM",
        ("rejection", FICM, "Técnica de Ensayos Clínicos", 25, "teamtailor", "es"),
        html=page(
            "Hola Camila,",
            "Muchas gracias por tu candidatura para Técnico/a de Ensayos Clínicos. Hemos recibido "
            "perfiles muy valiosos, entre ellos el tuyo.",
            "Tras revisar todas las candidaturas, hemos decidido continuar con otras personas "
            "cuya experiencia en unidades de Fase I se ajusta más a lo que buscamos.",
            "Te deseamos mucha suerte,<br>Equipo de Personas FICM",
        ),
        to=ME_OLD,
    ),
    # --- 26 Vértice Pharma: InMail, then Workday ---
    m(
        "6072",
        "2025-04-29 09:14",
        "Sofía Marchetti via LinkedIn <inmail-hit-reply@linkedin.com>",
        "CRA II opportunity at Vértice Pharma",
        ("outreach", "Vértice Pharma", "Clinical Research Associate II", None, "linkedin", "en"),
        html=page(
            "Hi Camila,",
            "I'm a Talent Acquisition Partner at Vértice Pharma. We're growing our oncology "
            "monitoring team in Madrid and Lisbon and I think your mix of OR nursing and trial "
            "coordination would fit our <b>Clinical Research Associate II</b> role.",
            "Would you be open to applying? Happy to share more over a quick call.",
            "Best,<br>Sofía",
            "<a href='https://www.linkedin.com/messaging/'>Reply</a>",
            foot="This is an InMail. You're receiving InMail notification emails.",
        ),
    ),
    m(
        "6073",
        "2025-05-02 18:33",
        "Vértice Pharma <verticepharma@myworkday.com>",
        "Thank you for applying!",
        (
            "confirmation",
            "Vértice Pharma",
            "Clinical Research Associate II",
            26,
            "workday",
            "en",
        ),
        html=page(
            "Dear Camila,",
            "Thank you for applying for <b>Clinical Research Associate II - Oncology</b> "
            "(JR-2025-0913). We have received your application and our recruiting team will be "
            "in touch if your skills match our needs.",
            "Vértice Pharma Talent Acquisition",
        ),
    ),
    m(
        "6074",
        "2025-05-14 13:20",
        "Sofía Marchetti <sofia.marchetti@verticepharma.com>",
        "Vértice Pharma - interview CRA II",
        (
            "interview",
            "Vértice Pharma",
            "Clinical Research Associate II",
            26,
            "direct",
            "en",
        ),
        text="""Hi Camila,

Great news: the hiring manager, Dr. Rui Pestana, would like to interview you
for the CRA II role. Could you do Wednesday 21 May at 15:00 (Madrid) on
Teams? Please confirm and I'll send the invite.

Best regards,
Sofía Marchetti
Talent Acquisition Partner | Vértice Pharma

CONFIDENTIALITY: This e-mail may contain confidential information. If you are
not the intended recipient, please notify the sender and delete it.
""",
    ),
    # --- 27 Meridian Care Group (iCIMS), ghosted ---
    m(
        "6075",
        "2025-05-27 07:58",
        "Meridian Care Group <careers-meridiancare@icims.com>",
        "Your application: Healthcare Operations Analyst (Remote)",
        (
            "confirmation",
            "Meridian Care Group",
            "Healthcare Operations Analyst",
            27,
            "icims",
            "en",
        ),
        text="""Dear Camila,

Thank you for applying for Healthcare Operations Analyst (Remote - EMEA) at
Meridian Care Group.

Unfortunately we are unable to respond personally to every application. If
you have not heard from us within 28 days, please assume that on this occasion
your application has not been successful.

Kind regards,
Meridian Care Group Recruitment
""",
    ),
    # --- 28 Global Care Alliance (Jobvite), on hold ---
    m(
        "6076",
        "2025-05-19 16:40",
        "Global Care Alliance <notification@jobvite.com>",
        "Global Care Alliance: Application Received",
        ("confirmation", GCA, "Health Programme Officer", 28, "other", "en"),
        html=page(
            "Dear Camila,",
            "Thank you for your application for <b>Health Programme Officer - Maternal Health "
            "(Geneva)</b>. We confirm receipt and will review it against the requirements.",
            "Global Care Alliance - Human Resources",
            foot="Powered by Jobvite",
        ),
    ),
    m(
        "6077",
        "2025-06-03 10:15",
        "Hannah Oduya <h.oduya@globalcarealliance.org>",
        "Interview - Health Programme Officer",
        ("interview", GCA, "Health Programme Officer", 28, "direct", "en"),
        text="""Dear Camila,

We are pleased to invite you to a panel interview for the position of Health
Programme Officer (Maternal Health) on Tuesday 10 June, 14:00-15:00 Geneva
time, via Zoom. The panel will include two members of the programme team and
a representative of HR.

Kindly confirm your availability.

Best regards,
Hannah Oduya
HR Business Partner, Global Care Alliance
""",
    ),
    m(
        "6078",
        "2025-06-24 12:30",
        "Hannah Oduya <h.oduya@globalcarealliance.org>",
        "Health Programme Officer - recruitment on hold",
        ("confirmation", GCA, "Health Programme Officer", 28, "direct", "en"),
        text="""Dear Camila,

I am writing to let you know that, following a change in donor funding for the
maternal health programme, the recruitment for the Health Programme Officer
position has been put on hold until further notice.

Your application remains active and we will contact you should the process
resume. Thank you for your understanding and patience.

Kind regards,
Hannah Oduya
""",
        st="on_hold",
    ),
    # --- other job mail in Spanish and English ---
    m(
        "6079",
        "2025-02-03 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“coordinadora ensayos clínicos”: 8 empleos nuevos en Madrid",
        ("alert", None, None, None, "linkedin", "es"),
        html=page(
            "Tus alertas de empleo: coordinadora ensayos clínicos · Madrid",
            "<b>Clinical Trial Coordinator</b> - Hospital Ribera Norte · Madrid<br>"
            "<b>Coordinador/a de Estudios</b> - Centro de Investigación Arganda · Arganda<br>"
            "<b>Study Coordinator (Oncology)</b> - Orbis Clinical Research · Madrid",
            "Solicitud sencilla · Sé de los primeros en solicitar",
            "<a href='https://www.linkedin.com/jobs/search/'>Ver todos los empleos</a>",
            foot="Recibes estos correos porque creaste una alerta de empleo. Darse de baja.",
        ),
        tz=W,
    ),
    m(
        "6080",
        "2025-03-02 08:15",
        "InfoJobs <alertas@infojobs.net>",
        "12 nuevas ofertas de Enfermería para ti",
        ("alert", None, None, None, "other", "es"),
        html=page(
            "Hola Camila, estas son las ofertas nuevas de tu alerta 'Enfermería quirófano Madrid':",
            "Enfermero/a Quirófano - Clínica Valdeluz - Madrid<br>Enfermero/a Bloque Quirúrgico - "
            "Hospital San Lázaro - Getafe<br>DUE Quirófano fines de semana - Centro Médico "
            "Arganzuela - Madrid",
            "¡Inscríbete ya! Las primeras candidaturas tienen más visibilidad.",
        ),
        tz=W,
    ),
    m(
        "6081",
        "2025-03-16 18:00",
        "Indeed <alert@indeed.com>",
        "Nuevos empleos: técnico calidad sanitaria en Madrid",
        ("alert", None, None, None, "indeed", "es"),
        html=page(
            "<b>Técnico/a de Calidad</b> - Hospital Universitario Sierra Oeste - Majadahonda "
            "<br>Solicita fácilmente",
            "<b>Técnico de Seguridad del Paciente</b> - Grupo Sanitario Cantábrico - Santander",
            "<b>Auditor/a de Calidad ISO 9001 (sanidad)</b> - Certia Auditores - Madrid",
            "Consejos para tu entrevista: prepara ejemplos con el método STAR.",
        ),
        tz=W,
    ),
    m(
        "6082",
        "2025-04-20 09:00",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Camila, new Clinical Research jobs + 5 interview tips",
        ("alert", None, None, None, "other", "en"),
        html=page(
            "Jobs picked for you",
            "Clinical Research Associate - Vértice Pharma - Madrid - Apply now<br>"
            "CTA / Study Start-up - Orbis Clinical Research - Madrid - Easy Apply<br>"
            "Clinical Data Coordinator - Medivisión Analytics - Hybrid",
            "<b>Interview tips:</b> how to answer 'Tell me about yourself' in a CRA interview.",
        ),
    ),
    m(
        "6083",
        "2025-02-28 20:00",
        "Iberlab Careers <careers@iberlab.es>",
        "Iberlab Careers | Febrero: nuestras personas, nuestros ensayos",
        ("alert", "Iberlab", None, None, "direct", "es"),
        html=page(
            "Newsletter de Talento Iberlab",
            "Este mes te contamos cómo es un día en nuestro equipo de Farmacovigilancia, y "
            "compartimos las vacantes destacadas: Data Steward (Clinical), Técnico/a de "
            "Regulatory Affairs y Becas de Formación en Planta.",
            "¿Conoces a alguien? Comparte nuestras ofertas.",
            foot="Recibes este correo porque te uniste a la comunidad de talento de Iberlab.",
        ),
        tz=W,
    ),
    m(
        "6084",
        "2025-02-11 12:40",
        "Hospital Ribera Norte <riberanorte@myworkday.com>",
        "Bienvenida a nuestra Comunidad de Talento",
        ("alert", "Hospital Ribera Norte", None, None, "workday", "es"),
        html=page(
            "Hola Camila,",
            "Gracias por unirte a la Comunidad de Talento de Hospital Ribera Norte. Te "
            "enviaremos ofertas y novedades que encajen con tus intereses: Enfermería, "
            "Investigación Clínica, Calidad.",
            "Unirte a la comunidad no supone presentar una candidatura a ningún puesto.",
        ),
        tz=W,
    ),
    m(
        "6085",
        "2025-04-26 10:00",
        "Vértice Pharma <verticepharma@myworkday.com>",
        "Don't forget to finish your application",
        ("alert", "Vértice Pharma", "Clinical Research Associate II", None, "workday", "en"),
        html=page(
            "Hi Camila,",
            "You started an application for <b>Clinical Research Associate II - Oncology</b> "
            "but haven't submitted it yet. Pick up where you left off before the posting "
            "closes.",
            "<a href='https://verticepharma.wd3.myworkdayjobs.com/'>Continue application</a>",
        ),
    ),
    m(
        "6086",
        "2025-05-30 11:22",
        "Álvaro Benítez <abenitez@talentumhealth.es>",
        "Posición de Clinical Project Manager - CRO internacional",
        ("outreach", None, "Clinical Project Manager", None, "agency", "es"),
        text="""Hola Camila,

Te escribo desde Talentum Health Search. Estamos buscando un/a Clinical Project
Manager junior para una CRO internacional con oficina en Madrid (el nombre del
cliente lo compartiré en una fase posterior). Banda salarial 42-48k + bonus.

¿Tendrías 15 minutos esta semana para una llamada confidencial?

Saludos,
Álvaro Benítez
Partner - Life Sciences | Talentum Health Search
""",
    ),
    m(
        "6087",
        "2025-05-21 15:05",
        "Sofía Marchetti <sofia.marchetti@verticepharma.com>",
        "Automatic reply: Vértice Pharma - interview CRA II",
        ("other_job", "Vértice Pharma", "Clinical Research Associate II", None, "direct", "en"),
        text="""Thank you for your message. I am out of the office until 2 June with limited
access to email. For urgent recruitment matters please contact
talent@verticepharma.com.

Gracias por tu mensaje. Estoy fuera de la oficina hasta el 2 de junio.

Sofía Marchetti
""",
    ),
    m(
        "6088",
        "2025-04-07 08:02",
        "Iberlab Talent Acquisition <talent-iberlab@icims.com>",
        "Iberlab Careers: verify your email address",
        ("other_job", "Iberlab", None, None, "icims", "en"),
        text="""Hello Camila,

Your verification code for the Iberlab Careers portal is 483 920.
This code expires in 15 minutes.

If you did not request this code, please ignore this email.
""",
    ),
    m(
        "6089",
        "2025-04-19 10:30",
        "Clínica Valdeluz <rrhh@clinicavaldeluz.es>",
        "Encuesta sobre tu experiencia como candidata",
        ("other_job", "Clínica Valdeluz", None, None, "direct", "es"),
        text="""Hola Camila,

Hace unas semanas participaste en un proceso de selección con nosotros. Nos
ayudaría mucho que respondieras a esta encuesta de 2 minutos sobre tu
experiencia como candidata: https://forms.clinicavaldeluz.es/candidatos

¡Gracias!
RRHH Clínica Valdeluz
""",
    ),
    m(
        "6090",
        "2025-07-14 09:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30+ new jobs for “clinical data manager” in Lisbon",
        ("alert", None, None, None, "linkedin", "en"),
        html=page(
            "Your job alert for clinical data manager in Lisbon, Portugal",
            "<b>Clinical Data Manager</b> - Saúde Digital Lusa - Lisbon (Hybrid) - Actively "
            "recruiting<br><b>CDM Associate</b> - Orbis Clinical Research - Lisbon<br>"
            "<b>Data Steward, Real World Data</b> - Vértice Pharma - Oeiras",
            "<a href='https://www.linkedin.com/jobs/search/'>See all jobs</a>",
            foot="You are receiving Job Alert emails. Unsubscribe.",
        ),
        tz="+0100",
    ),
]

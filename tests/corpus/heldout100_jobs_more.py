# ruff: noqa: E501, RUF100
"""Corpus 100, more job mail: the last applications, alerts, outreach and other job mail (data only): see heldout100.py."""

from __future__ import annotations

from typing import Any

from heldout100_jobs import A, m

BA, BAR = "Bidasoa Aerostructures", "Ingeniero/a de Mantenimiento de Utillajes"
EF, EFR = "Elorrio Forja", "Ingeniero/a de Mantenimiento Predictivo"
GA, GAR = "Grúas Arteaga", "Jefe/a de Taller y Mantenimiento"

MAIL: list[dict[str, Any]] = [
    # --- 23 Bidasoa Aerostructures (BASA), LinkedIn InMail -> interview -> rejection ----------------
    m(
        "71104",
        "2025-10-20 09:12",
        "Garazi Etxarri vía LinkedIn <inmail-hit-reply@linkedin.com>",
        "Garazi te ha enviado un mensaje: Mantenimiento de utillajes en Irun",
        ("outreach", BA, BAR, None, "linkedin", "es"),
        html="<html><body><p><b>Garazi Etxarri</b> · Talent Acquisition en BASA - Bidasoa Aerostructures</p><p>Kaixo Iker, he visto tu experiencia en mantenimiento de prensas y utillajes y me ha parecido muy interesante para una vacante que tenemos abierta en nuestra planta de Irun (Ingeniero/a de Mantenimiento de Utillajes, sector aeronáutico). Si te interesa, puedes inscribirte en el enlace y te llamo yo después: https://careers.basa-aero.example/jobs/1187</p><p>Ondo izan!</p><p><a href='https://www.linkedin.com/messaging/'>Responder</a></p></body></html>",
    ),
    m(
        "71118",
        "2025-10-22 18:40",
        "BASA Careers <noreply@successfactors.eu>",
        "Bidasoa Aerostructures S.A. - Application received",
        A("confirmation", BA, BAR, 23, "other", "en"),
        "Dear Iker Zabala Etxeberria,\n\nThank you for applying for the position Ingeniero/a de Mantenimiento de Utillajes (Job ID 1187) at Bidasoa Aerostructures S.A.\n\nYour application has been successfully submitted. You can review your application status in the career site.\n\nRegards,\nBASA Talent Acquisition",
    ),
    m(
        "71130",
        "2025-10-29 12:02",
        "Garazi Etxarri <getxarri@basa-aero.example>",
        "Entrevista BASA - Ingeniero/a de Mantenimiento de Utillajes",
        A("interview", BA, BAR, 23, "direct"),
        "Hola Iker:\n\nComo hablamos por teléfono, te envío la convocatoria para la entrevista técnica por Teams con Iñigo Sarasola, responsable de Ingeniería de Mantenimiento, el lunes 3 de noviembre a las 12:00.\n\nMila esker,\nGarazi Etxarri\nTalent Acquisition | BASA\nBidasoa Aerostructures, S.A. - Parque Empresarial Araso, Irun",
        ics={
            "start": "2025-11-03 12:00:00 +0100",
            "uid": "040000008200E00074C5B7101A82E00800000000B0A5@basa-aero.example",
            "organizer": ("Garazi Etxarri", "getxarri@basa-aero.example"),
            "summary": "Entrevista técnica - Iker Zabala",
            "minutes": 60,
            "style": "outlook",
            "description": "Reunión de Microsoft Teams\nId. de reunión: 355 201 447 118\nCódigo de acceso: Lm3Xp9",
        },
    ),
    m(
        "71160",
        "2025-11-18 10:31",
        "BASA Careers <noreply@successfactors.eu>",
        "Tu candidatura",
        A("rejection", BA, BAR, 23, "other"),
        "Hola Iker:\n\nQueremos agradecerte tu participación en el proceso de selección para Ingeniero/a de Mantenimiento de Utillajes. Ha sido un placer conocerte y tu perfil ha sido muy bien valorado por el equipo.\n\nSin embargo, tras una valoración global, hemos decidido continuar con otra candidatura con experiencia previa en el sector aeronáutico.\n\nEskerrik asko y mucha suerte,\nTalent Acquisition - BASA",
    ),
    # --- 24 Elorrio Forja S. Coop. (Grupo Ortzadar), forwarded confirmation ---------------------------
    m(
        "71170",
        "2025-11-19 21:14",
        "Iker Zabala <iker.zabala@euskalnet.example>",
        "RV: Confirmación de candidatura - Req 4630",
        A("confirmation", EF, EFR, 24, "other"),
        "Me lo mando al gmail, que este correo ya casi no lo miro.\n\n________________________________\nDe: Grupo Ortzadar - Empleo <noreply@successfactors.eu>\nEnviado: miércoles, 19 de noviembre de 2025 21:02\nPara: iker.zabala@euskalnet.example\nAsunto: Confirmación de candidatura - Req 4630\n\nEstimado/a Iker:\n\nLe confirmamos que hemos recibido correctamente su candidatura para la posición Ingeniero/a de Mantenimiento Predictivo (Req 4630), con destino en Elorrio (Bizkaia), cooperativa Elorrio Forja, S. Coop.\n\nUna vez analizado su perfil, el equipo de Personas de la cooperativa se pondrá en contacto con usted en caso de que encaje con los requisitos.\n\nAtentamente,\nÁrea de Personas\nGrupo Ortzadar",
    ),
    # --- 25 Grúas Arteaga S.L. (Indeed) --------------------------------------------------------------
    m(
        "71180",
        "2025-11-24 08:21",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Jefe/a de Taller y Mantenimiento",
        A("confirmation", GA, GAR, 25, "indeed"),
        html="<html><body><p><b>Solicitud enviada</b></p><p>Jefe/a de Taller y Mantenimiento<br>Grúas Arteaga - Bilbao, Bizkaia</p><p>Se ha enviado tu solicitud a Grúas Arteaga. Te recomendamos revisar tu correo electrónico y tu teléfono por si el empleador se pone en contacto contigo.</p><p>El equipo de Indeed</p></body></html>",
    ),
    m(
        "71186",
        "2025-11-26 11:09",
        "Grúas Arteaga vía Indeed <noreply@indeed.com>",
        "Nuevo mensaje de Grúas Arteaga",
        A("interview", GA, GAR, 25, "indeed"),
        html="<html><body><p><b>Grúas y Transportes Arteaga, S.L.</b> te ha enviado un mensaje sobre <b>Jefe/a de Taller y Mantenimiento</b>:</p><blockquote>Hola Iker, queremos hacerte una entrevista. ¿Podrías venir el lunes 1 de diciembre a las 10:00 a nuestras oficinas de Zorrotzaurre? Un saludo, Begoña (Administración)</blockquote><p><a href='https://es.indeed.com/messages'>Responder en Indeed</a></p></body></html>",
    ),
    # --- alerts --------------------------------------------------------------------------------------
    m(
        "71001",
        "2025-09-02 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "12 nuevas ofertas de ingeniero mantenimiento en Bizkaia",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Hola Iker, estas son las nuevas ofertas de tu alerta <b>ingeniero mantenimiento - Bizkaia</b>:</p><ul><li>Ingeniero/a de Mantenimiento - Aceros del Nervión - Sestao</li><li>Técnico/a de Mantenimiento Eléctrico - Zamudio</li><li>Jefe/a de Turno de Mantenimiento - IBARSIDER S.A. - Basauri</li><li>Responsable de Mantenimiento - Empresa del sector químico - Barakaldo</li></ul><p><a href='https://www.infojobs.net/ofertas-trabajo'>Ver las 12 ofertas</a></p></body></html>",
    ),
    m(
        "71020",
        "2025-09-22 07:31",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas para tu alerta: ingeniero mantenimiento",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Hola Iker, tenemos <b>8 nuevas ofertas</b> para ti en Bizkaia y Gipuzkoa.</p><ul><li>Ingeniero/a de Mantenimiento - Fundiciones Urola, S.A. - Azkoitia</li><li>Técnico/a de Mantenimiento Preventivo - Txindoki - Ordizia</li></ul><p>¡Inscríbete antes que nadie!</p></body></html>",
    ),
    m(
        "71040",
        "2025-10-14 07:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"ingeniero de mantenimiento": Norrvik Energy y 5 más',
        ("alert", None, None, None, "linkedin", "es"),
        html="<html><body><p>Tus alertas de empleo para <b>ingeniero de mantenimiento</b> en Bilbao</p><p><b>Reliability Engineer</b><br>Norrvik Energy · Bilbao (Híbrido)</p><p><b>Ingeniero de Mantenimiento</b><br>Grúas Arteaga · Bilbao</p><p><b>Maintenance Engineer</b><br>Brightwater Biologics · San Sebastián</p><p><a href='https://www.linkedin.com/jobs/search/'>Ver todos los empleos</a></p></body></html>",
    ),
    m(
        "71045",
        "2025-10-19 09:00",
        "Indeed <alert@indeed.com>",
        "Nuevos empleos de mantenimiento industrial en Vitoria-Gasteiz",
        ("alert", None, None, None, "indeed", "es"),
        html="<html><body><p>Empleos de <b>mantenimiento industrial</b> cerca de <b>Vitoria-Gasteiz, Álava</b></p><ul><li>Técnico de mantenimiento - Mecanizados Zadorra S.L.</li><li>Ingeniero de procesos - automoción - ETT</li><li>Electromecánico/a - turnos</li></ul><p><a href='https://es.indeed.com/jobs'>Ver más empleos</a></p></body></html>",
    ),
    m(
        "71060",
        "2025-11-03 08:00",
        "Tecnoempleo <boletin@tecnoempleo.com>",
        "Boletín semanal: ofertas de ingeniería y mantenimiento",
        ("alert", None, None, None, "other", "es"),
        "Hola Iker,\n\nEstas son las ofertas de la semana que coinciden con tus preferencias (Ingeniería industrial - País Vasco, Navarra, Madrid):\n\n- Ingeniero/a de Fiabilidad O&M - EOCAN - Madrid\n- Ingeniero/a de Mantenimiento de Material Rodante - SFI - Pamplona\n- PLC Engineer - Siemens TIA - Pamplona\n\nTecnoempleo.com",
    ),
    m(
        "71075",
        "2025-11-15 10:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Voltaro está contratando: Field Maintenance Lead",
        ("alert", "Voltaro", "Field Maintenance Lead", None, "linkedin", "es"),
        html="<html><body><p>Iker, una empresa que sigues está contratando</p><p><b>Field Maintenance Lead</b><br>Voltaro · Madrid (Híbrido) · 23 solicitudes</p><p><a href='https://www.linkedin.com/jobs/view/4195501143'>Solicitar</a></p></body></html>",
    ),
    m(
        "71090",
        "2025-12-03 09:47",
        "InfoJobs <noreply@infojobs.net>",
        "Te falta poco para inscribirte",
        (
            "alert",
            "Mantenimientos Ría S.L.",
            "Técnico de Mantenimiento Industrial",
            None,
            "other",
            "es",
        ),
        html="<html><body><p>Hola Iker,</p><p>Empezaste a inscribirte en <b>Técnico de Mantenimiento Industrial</b> (Mantenimientos Ría S.L.) pero no terminaste de responder a las preguntas de la empresa.</p><p><a href='https://www.infojobs.net/candidate/applications'>Completar inscripción</a></p></body></html>",
    ),
    m(
        "71096",
        "2025-09-10 12:00",
        "Larrun Robotics <no-reply@teamtailor-mail.com>",
        "Bienvenido/a a la comunidad de talento de Larrun",
        ("alert", "Larrun Robotics", None, None, "teamtailor", "es"),
        html="<html><body><p>¡Hola Iker!</p><p>Ya formas parte de nuestra comunidad de talento. Te avisaremos cuando publiquemos nuevas posiciones que encajen contigo.</p><p>Larrun 🤖</p></body></html>",
    ),
    m(
        "71140",
        "2026-01-20 07:30",
        "Lanbide - Servicio Vasco de Empleo <ofertas@lanbide.eus>",
        "Lanbide: Nueva oferta de empleo adecuada a su perfil / Zure profilerako lan eskaintza berria",
        ("alert", None, "Ingeniero/a de Mantenimiento", None, "other", "es"),
        "Kaixo / Hola:\n\nLanbide le informa de una oferta de empleo que se ajusta a su perfil de demanda:\n\nOferta 48-2026-000412 · Ingeniero/a de Mantenimiento · Derio (Bizkaia) · Sector alimentación\n\nPuede inscribirse desde Mi Lanbide en el plazo de 5 días.\n\nLanbide - Euskal Enplegu Zerbitzua",
    ),
    m(
        "71150",
        "2025-12-22 07:31",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Nuevos empleos similares a Reliability Engineer en Norrvik Energy",
        ("alert", None, None, None, "linkedin", "es"),
        html="<html><body><p>Empleos similares a <b>Reliability Engineer</b></p><p><b>Ingeniero de Fiabilidad</b> · Eólica Cantábrica · Madrid</p><p><b>Asset Integrity Engineer</b> · Confidencial · Bilbao</p></body></html>",
    ),
    # --- outreach ----------------------------------------------------------------------------------------
    m(
        "71110",
        "2025-10-21 14:55",
        "Tom Whitaker <twhitaker@corriveau-systems.example>",
        "Maintenance Engineering Lead - Madrid",
        ("outreach", "Corriveau Systems", "Maintenance Engineering Lead", None, "direct", "en"),
        "Hi Iker,\n\nI lead talent acquisition for Corriveau Systems in Southern Europe. We're building a new maintenance engineering team for our Madrid data centre campus and your background in industrial reliability caught my eye. Would you be open to a 20-minute call next week?\n\nBest regards,\nTom Whitaker\nSenior Technical Recruiter, EMEA | Corriveau Systems",
    ),
    m(
        "71112",
        "2025-10-22 08:03",
        "Tom Whitaker <twhitaker@corriveau-systems.example>",
        "Automatic reply: RE: Maintenance Engineering Lead - Madrid",
        ("other_job", "Corriveau Systems", None, None, "direct", "en"),
        "Thank you for your email. I am travelling between our Dublin and Madrid offices until 27 October with limited access to email. I will respond as soon as possible. For urgent matters please contact emea-talent@corriveau-systems.example.",
        headers={"Auto-Submitted": "auto-replied"},
    ),
    m(
        "71190",
        "2025-12-16 10:05",
        "Iñaki Barrenetxea | Nexoempleo <inaki.barrenetxea@nexoempleo.example>",
        "¿Abierto a nuevas oportunidades?",
        ("outreach", None, "Responsable de Mantenimiento", None, "agency", "es"),
        "Hola Iker, ¿qué tal?\n\nMi compañera Leire me ha pasado tu perfil. Estoy buscando un Responsable de Mantenimiento para una empresa líder del sector químico en Barakaldo. ¿Tienes 5 minutos esta semana para una llamada?\n\nUn saludo,\nIñaki Barrenetxea\nNexoempleo Bizkaia",
    ),
    # --- other job mail ------------------------------------------------------------------------------------
    m(
        "71005",
        "2025-09-03 11:31",
        "Grupo Ortzadar - Empleo <noreply@successfactors.eu>",
        "Active su cuenta en el Portal de Empleo de Ortzadar",
        ("other_job", "Grupo Ortzadar", None, None, "other", "es"),
        "Estimado/a Iker:\n\nSe ha creado su cuenta en el Portal de Empleo del Grupo Ortzadar. Su nombre de usuario es: iker.zabala.etxe@gmail.com\n\nPara activar la cuenta y establecer su contraseña, utilice el siguiente enlace (válido 24 horas):\nhttps://career5.successfactors.eu/career?company=ortzadarP&token=a81kq\n\nÁrea de Personas - Grupo Ortzadar",
    ),
    m(
        "71080",
        "2025-10-28 17:00",
        "Kalpe Componentes S. Coop. <encuestas@kalpe.example>",
        "¿Cómo ha sido tu experiencia como candidato/a?",
        ("other_job", "Kalpe Componentes", None, None, "direct", "es"),
        "Egun on Iker:\n\nHace unas semanas participaste en un proceso de selección de Kalpe Componentes. Nos ayudaría mucho conocer tu opinión (3 minutos, anónimo):\nhttps://encuestas.ortzadar.example/candidatos?c=KPC\n\nEskerrik asko!\nPersonas - Kalpe Componentes, S. Coop.",
    ),
    m(
        "71200",
        "2025-12-04 12:14",
        "Norrvik Careers <norrvik@myworkday.com>",
        "Código de verificación / Verification code",
        ("other_job", "Norrvik Energy", None, None, "workday", "en"),
        "Your verification code for the Norrvik Careers candidate home is: 482913\n\nThis code expires in 15 minutes. If you did not request it, please ignore this message.",
    ),
    m(
        "71210",
        "2026-01-30 09:10",
        "Norrvik IT Service Desk <servicedesk@norrvik.example>",
        "Tus credenciales de acceso - Norrvik",
        ("other_job", "Norrvik Energy", None, None, "direct", "es"),
        "Hola Iker,\n\nAntes de tu incorporación el 2 de febrero, te enviamos las instrucciones para activar tu cuenta corporativa. El primer día recogerás el portátil en la planta 11. Tu usuario será ikzab01.\n\nService Desk Iberia",
    ),
]

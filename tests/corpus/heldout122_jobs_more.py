# ruff: noqa: E501, RUF100
"""Corpus 122, job mail part two (data only): see heldout122.py."""

from __future__ import annotations

from typing import Any

from heldout122_jobs import A, J, ics, m

AR, ARR = "Grupo Arbolí", "Jefe/a de Turno de Almacén"
TZ, TZR = "Trazza", "Customer Service & Logistics Planner"
OP, OPR = "Ortiz Paint Systems", "Planificador/a MRP"
BL, BLR = "Bruntal Logistics", "Inbound Logistics Lead"
EA, EAR = "Elastómeros Arga", "Supply Chain Manager"
RS, RSR = "Ribera Seating", "Planificador/a de Materiales"
FI, FIR = "Frenos Iberia", "Técnico/a de Logística Interna"
CA, CAR = "Cárdenas Autoparts", "Planificador/a de Transporte"
UC, UCR = "Utillajes Cinco Villas", "Responsable de Compras y Logística"
KD, KDR = "Kinetica Drive", "Supply Planner"
NCT, NCTR = "Navarra Chassis Technologies", "Planificador/a de Producción"
NC2 = "Técnico/a de Planificación de Materiales"

MAIL: list[dict[str, Any]] = [
    # --- 13 Navarra Chassis Technologies, Pamplona (Workday; NCT / NCT S.A.U.) -------------------
    m(
        "204511",
        "2025-09-12 11:02",
        "NCT Talent Acquisition <nctgroup@myworkday.com>",
        "Confirmación de solicitud - Planificador/a de Producción (JR-10433)",
        A("confirmation", NCT, NCTR, 13, "workday"),
        "Hola Irene:\n\nGracias por tu interés en NCT. Hemos recibido tu solicitud para el puesto "
        "Planificador/a de Producción (JR-10433) en Landaben, Pamplona.\n\nNuestro equipo revisará "
        "tu candidatura. Puedes consultar su estado en el Inicio del candidato.\n\n"
        "Saludos cordiales,\nTalent Acquisition\nNavarra Chassis Technologies, S.A.U.",
    ),
    m(
        "204590",
        "2025-09-19 09:15",
        "NCT Talent Acquisition <nctgroup@myworkday.com>",
        "Acción requerida: prueba online JR-10433",
        A("assessment", NCT, NCTR, 13, "workday"),
        "Hola Irene:\n\nEnhorabuena, has superado la primera fase del proceso. El siguiente paso es "
        "una prueba online de razonamiento numérico y un test de Excel (aprox. 50 min).\n\nRecibirás "
        "el acceso en un correo independiente de nuestro proveedor de evaluación. Tienes 4 días para completarla.\n\n"
        "Saludos,\nTalent Acquisition NCT",
    ),
    m(
        "204592",
        "2025-09-19 09:16",
        "NCT Evaluaciones <no-reply@testgorilla.com>",
        "Navarra Chassis Technologies te invita a una evaluación",
        A("assessment", NCT, NCTR, 13, "other"),
        html="<html><body><p>Hola Irene,</p><p><b>Navarra Chassis Technologies</b> te ha invitado a realizar "
        "la evaluación <b>Planificación JR-10433</b>.</p><p>Pruebas: Razonamiento numérico · Microsoft Excel (intermedio) · "
        "Atención al detalle</p><p><a href='https://app.testgorilla.com/'>Comenzar evaluación</a></p>"
        "<p>Fecha límite: 23 de septiembre de 2025</p></body></html>",
    ),
    m(
        "204655",
        "2025-10-01 14:40",
        "Amaia Echarri <amaia.echarri@nct-chassis.example>",
        "Entrevista Planificador/a de Producción - NCT Landaben",
        A("interview", NCT, NCTR, 13, "direct"),
        "Hola Irene,\n\nTras los resultados de la prueba nos gustaría hacerte una entrevista por "
        "Teams con el responsable de planificación, Iñaki Goñi, el lunes 6 de octubre a las 16:00.\n\n"
        "Te mando la convocatoria. Si te cuadra otro horario, avísame.\n\nUn saludo,\nAmaia Echarri\n"
        "Técnica de Selección | NCT - Navarra Chassis Technologies S.A.U.\nPolígono Landaben, calle E, 31012 Pamplona",
        ics=ics(
            "040000008200E00074C5B7101A82E008-nct-10433",
            "2025-10-06 16:00",
            "Entrevista JR-10433 Irene Lasheras",
            ("Amaia Echarri", "amaia.echarri@nct-chassis.example"),
            style="outlook",
            minutes=60,
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "204731",
        "2025-10-17 12:22",
        "NCT Talent Acquisition <nctgroup@myworkday.com>",
        "Proceso de selección",
        A("rejection", NCT, NCTR, 13, "workday"),
        "Hola Irene:\n\nQueremos agradecerte tu participación en el proceso de Planificador/a de "
        "Producción. Tu entrevista con el equipo fue muy bien valorada y tus resultados en la "
        "prueba fueron sólidos.\n\nDespués de valorar todas las candidaturas hemos decidido "
        "continuar con otro perfil más cercano a las necesidades del puesto, en especial en la "
        "gestión de turnos en Navarra.\n\nTe animamos a seguir en contacto con NCT.\n\nUn saludo,\nTalent Acquisition NCT",
    ),
    # --- 14 NCT second role (materiales), ghosted ------------------------------------------------
    m(
        "204802",
        "2025-11-04 19:58",
        "NCT Talent Acquisition <nctgroup@myworkday.com>",
        "Confirmación de solicitud - Técnico/a de Planificación de Materiales (JR-10611)",
        A("confirmation", NCT, NC2, 14, "workday"),
        "Hola Irene:\n\nGracias por tu interés en NCT. Hemos recibido tu solicitud para el puesto "
        "Técnico/a de Planificación de Materiales (JR-10611) en Landaben, Pamplona.\n\n"
        "Saludos cordiales,\nTalent Acquisition\nNavarra Chassis Technologies, S.A.U.",
    ),
    # --- 15 Grupo Arbolí (Talentclue) ------------------------------------------------------------
    m(
        "377010",
        "2025-09-25 10:03",
        "Grupo Arbolí Empleo <noreply@talentclue.com>",
        "Hemos recibido tu candidatura",
        A("confirmation", AR, ARR, 15, "other"),
        "¡Hola Irene!\n\nGracias por inscribirte en la oferta Jefe/a de Turno de Almacén (PLAZA, "
        "Zaragoza). Tu candidatura ha quedado registrada en nuestro portal de empleo.\n\nEn Grupo "
        "Arbolí revisamos todas las candidaturas. Si tu perfil encaja te llamaremos; si no, te "
        "avisaremos por este mismo medio.\n\nEquipo de Personas – Grupo Arbolí Logística\n\nPowered by Talentclue",
    ),
    m(
        "377066",
        "2025-10-06 17:12",
        "Grupo Arbolí Empleo <noreply@talentclue.com>",
        "Convocatoria: entrevista personal",
        A("interview", AR, ARR, 15, "other"),
        "Hola Irene,\n\nTe convocamos a una entrevista personal para la oferta Jefe/a de Turno de "
        "Almacén.\n\nDía: viernes 10 de octubre\nHora: 9:00\nLugar: Arbolí Logística, C/ Bari 31, "
        "PLAZA (Zaragoza). Pregunta por Sergio Pueyo.\n\nConfirma tu asistencia desde el enlace.\n\nEquipo de Personas – Grupo Arbolí",
    ),
    m(
        "377121",
        "2025-10-24 13:45",
        "Grupo Arbolí Empleo <noreply@talentclue.com>",
        "Tu candidatura",
        A("rejection", AR, ARR, 15, "other"),
        "Hola Irene,\n\nGracias por acercarte a conocernos. Sergio y el equipo de operaciones "
        "destacaron tu orden y tu manejo de indicadores.\n\nPor desgracia, esta vez hemos elegido "
        "a otra persona con más experiencia en gestión de equipos a turnos. Tu CV se queda en "
        "nuestra base de datos.\n\nEquipo de Personas – Grupo Arbolí",
    ),
    # --- 16 Trazza / Trazabilidad Logística Aragonesa S.L. (Teamtailor, on hold) ------------------
    m(
        "402200",
        "2025-10-09 08:47",
        "Trazza <no-reply@teamtailor-mail.com>",
        "Hemos recibido tu candidatura 🙌",
        A("confirmation", TZ, TZR, 16, "teamtailor"),
        "¡Hola Irene!\n\nGracias por querer unirte a Trazza. Hemos recibido tu candidatura para "
        "Customer Service & Logistics Planner y ya está en manos del equipo.\n\nNos tomamos unos "
        "días para revisar cada CV con cariño. Te contaremos algo pronto, tanto si seguimos como si no.\n\n"
        "Un abrazo,\nEquipo Trazza\n\nTrazabilidad Logística Aragonesa S.L. · Zaragoza",
    ),
    m(
        "402251",
        "2025-10-15 12:30",
        "Carla Marín (Trazza) <no-reply@teamtailor-mail.com>",
        "Reserva tu entrevista con Trazza",
        A("interview", TZ, TZR, 16, "teamtailor"),
        "¡Hola Irene!\n\nNos ha encantado tu perfil y queremos conocerte. Elige el hueco que mejor "
        "te venga para una videollamada de 30 minutos con Carla (People) y Dani (Ops):\n\n"
        "Reservar entrevista\n\nHasta pronto,\nCarla",
    ),
    m(
        "402252",
        "2025-10-15 18:06",
        "Trazza <no-reply@teamtailor-mail.com>",
        "Entrevista confirmada: Customer Service & Logistics Planner",
        A("interview", TZ, TZR, 16, "teamtailor"),
        "Hola Irene,\n\nTu entrevista está confirmada:\n\nMartes, 21 de octubre de 2025, 16:30 - 17:00 (CEST)\n"
        "Videollamada: Google Meet\nCon: Carla Marín, Daniel Sancho\n\nAdjuntamos la invitación de calendario.",
        ics=ics(
            "teamtailor-trazza-55102",
            "2025-10-21 16:30",
            "Entrevista Trazza - Irene Lasheras",
            ("Carla Marín", "carla@trazza.example"),
            minutes=30,
            location="Google Meet",
        ),
    ),
    m(
        "402330",
        "2025-11-06 11:15",
        "Carla Marín <carla@trazza.example>",
        "Sobre el proceso de Logistics Planner",
        A("confirmation", TZ, TZR, 16, "direct"),
        "Hola Irene:\n\nTe debía noticias. Hemos tenido que congelar temporalmente la vacante: "
        "uno de nuestros clientes grandes ha retrasado el arranque del proyecto hasta el segundo "
        "trimestre y no queremos incorporar a nadie sin carga de trabajo.\n\nTu candidatura "
        "sigue abierta y eras de las finalistas; si lo reactivamos, te escribo yo directamente.\n\n"
        "Siento la espera.\nCarla\n\nCarla Marín · People & Culture · Trazza",
        st="on_hold",
    ),
    # --- 17 Ortiz Paint Systems (careers mailbox at the group's domain, ghosted) ----------------
    m(
        "519900",
        "2025-10-21 09:01",
        "Selección Grupo Ortiz Industrial <seleccion@grupo-ortiz.example>",
        "Acuse de recibo: candidatura Planificador/a MRP (Ref. OPS-BCN-25-17)",
        A("confirmation", OP, OPR, 17, "direct"),
        "Buenos días,\n\nAcusamos recibo de su candidatura para la vacante de Planificador/a MRP "
        "(Ref. OPS-BCN-25-17) en Ortiz Paint Systems, Martorell (Barcelona).\n\nEn caso de no "
        "recibir respuesta en el plazo de 30 días, entienda que su candidatura no ha sido "
        "seleccionada para esta posición.\n\nDepartamento de Selección\nGrupo Ortiz Industrial, S.A.\n\n"
        "Sus datos serán tratados conforme al RGPD. Responsable: Grupo Ortiz Industrial, S.A.",
    ),
    # --- 18 Bruntal Logistics (LinkedIn Easy Apply, English) -------------------------------------
    m(
        "610001",
        "2025-10-23 20:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Irene, your application was sent to Bruntal Logistics",
        A("confirmation", BL, BLR, 18, "linkedin", "en"),
        "Your application was sent to Bruntal Logistics\n\nInbound Logistics Lead\nBruntal Logistics · "
        "Madrid, Community of Madrid, Spain (On-site)\nApplied on October 23, 2025\n\nView job\n\n"
        "Now, take these next steps for more success with your job search\n...",
    ),
    m(
        "610044",
        "2025-10-27 08:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Bruntal Logistics",
        A("viewed", BL, BLR, 18, "linkedin", "en"),
        "Irene, your application was viewed by Bruntal Logistics\n\nInbound Logistics Lead\nBruntal "
        "Logistics · Madrid\n\nThe hiring team viewed your application. It's a good time to reach out "
        "to the job poster.",
    ),
    m(
        "610099",
        "2025-11-10 15:50",
        "Bruntal Logistics Iberia Talent <talent.iberia@bruntal.example>",
        "Your application for Inbound Logistics Lead",
        A("rejection", BL, BLR, 18, "direct", "en"),
        "Dear Irene,\n\nThank you for applying for the Inbound Logistics Lead position in Madrid. "
        "Your profile is strong and we enjoyed reviewing it.\n\nOn this occasion, we have decided "
        "to proceed with candidates whose experience more closely matches the role, particularly "
        "in warehouse leadership at multi-client sites.\n\nWe wish you every success.\n\n"
        "Bruntal Logistics Iberia S.L. – Talent Team",
    ),
    # --- 19 Elastómeros Arga via Pirineo Talent (headhunter, unnamed then named) ------------------
    m(
        "733101",
        "2025-11-13 10:40",
        "Ander Zabalza <ander.zabalza@pirineotalent.example>",
        "Supply Chain Manager - fabricante de componentes (Navarra)",
        J("outreach", "agency", None, EAR),
        "Buenos días Irene,\n\nLe escribo de Pirineo Talent Partners, firma de búsqueda de "
        "directivos. Estamos buscando un/a Supply Chain Manager para un importante fabricante del "
        "sector automoción en la Ribera de Navarra, con unos 400 empleados y clientes OEM en "
        "Europa.\n\nEntiendo que quizá acaba de cerrar un cambio, pero si le interesa conocer el "
        "proyecto, estaría encantado de hablar con usted con total confidencialidad.\n\nAtentamente,\n"
        "Ander Zabalza\nPartner | Pirineo Talent Partners\n+34 948 00 71 22",
    ),
    m(
        "733140",
        "2025-11-17 13:02",
        "Ander Zabalza <ander.zabalza@pirineotalent.example>",
        "RE: Supply Chain Manager - fabricante de componentes (Navarra)",
        A("interview", EA, EAR, 19, "agency"),
        "Irene,\n\nGracias por su respuesta. Como me pedía, le confirmo que el cliente es "
        "Elastómeros Arga, S.A. (Tudela). Hemos agendado una videollamada conmigo el jueves 20 a "
        "las 18:00 para repasar su trayectoria antes de presentarla al director general.\n\n"
        "Le envío la invitación.\n\nAtentamente,\nAnder",
        ics=ics(
            "pirineo-ea-0091",
            "2025-11-20 18:00",
            "Entrevista Irene Lasheras / Pirineo Talent - SCM Elastómeros Arga",
            ("Ander Zabalza", "ander.zabalza@pirineotalent.example"),
            style="outlook",
            minutes=45,
            location="Microsoft Teams",
        ),
    ),
    m(
        "733210",
        "2025-12-03 09:25",
        "Ander Zabalza <ander.zabalza@pirineotalent.example>",
        "Proceso Elastómeros Arga",
        A("rejection", EA, EAR, 19, "agency"),
        "Irene,\n\nLe escribo para cerrar el proceso. El cliente valoró mucho su perfil, pero "
        "finalmente busca a alguien con experiencia previa dirigiendo un equipo de compras, y ha "
        "optado por otro candidato.\n\nLe agradezco su disponibilidad, más aún teniendo en cuenta "
        "su reciente incorporación. Seguimos en contacto.\n\nUn cordial saludo,\nAnder Zabalza",
    ),
    # --- 20 Ribera Seating (InfoJobs, Valencia) ---------------------------------------------------
    m(
        "660388",
        "2025-10-03 22:10",
        "InfoJobs <noreply@infojobs.net>",
        "Tu inscripción en la oferta Planificador/a de Materiales se ha realizado correctamente",
        A("confirmation", RS, RSR, 20, "other"),
        html="<html><body><h2>¡Ya estás inscrito/a!</h2><p>Hola Irene,</p><p>Te has inscrito en la oferta "
        "<b>Planificador/a de Materiales</b> de <b>RIBERA SEATING SL</b> (Almussafes, Valencia).</p>"
        "<p>Te avisaremos de cualquier cambio en tu candidatura.</p></body></html>",
    ),
    m(
        "660402",
        "2025-10-08 09:33",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura sigue en proceso",
        A("viewed", RS, RSR, 20, "other"),
        html="<html><body><p>Hola Irene,</p><p>RIBERA SEATING SL ha marcado tu candidatura a "
        "<b>Planificador/a de Materiales</b> como <b>En proceso</b>.</p><p>Esto significa que tu perfil "
        "interesa y sigue adelante en la selección.</p></body></html>",
    ),
    m(
        "660419",
        "2025-10-09 12:15",
        "Rosa Martí <rmarti@riberaseating.example>",
        "Entrevista telefónica - Planificador/a de Materiales",
        A("interview", RS, RSR, 20, "direct"),
        "Hola Irene,\n\nTe llamo mañana viernes a las 11:00 para una entrevista telefónica de unos "
        "20 minutos sobre la oferta de Planificador/a de Materiales en Almussafes. Si no te va bien, "
        "respóndeme con otra hora.\n\nSalutacions,\nRosa Martí\nRRHH – Ribera Seating S.L.",
    ),
    m(
        "660480",
        "2025-10-28 10:05",
        "InfoJobs <noreply@infojobs.net>",
        "Novedades en tu candidatura",
        A("rejection", RS, RSR, 20, "other"),
        html="<html><body><p>Hola Irene,</p><p>El proceso de selección de la oferta <b>Planificador/a de "
        "Materiales</b> (RIBERA SEATING SL) ha finalizado y tu candidatura no ha sido seleccionada.</p>"
        "<p>Estado: <b>Descartado/a</b></p></body></html>",
    ),
    # --- 21 Frenos Iberia (Indeed + Excel test, ghosted after test) -------------------------------
    m(
        "990140",
        "2025-10-20 07:58",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Técnico/a de Logística Interna",
        A("confirmation", FI, FIR, 21, "indeed"),
        "Indeed\n\nSolicitud enviada\n\nTécnico/a de Logística Interna\nFrenos Iberia - Noáin, Navarra\n\n"
        "Se ha enviado tu solicitud a Frenos Iberia.\n\nEl equipo de Indeed",
    ),
    m(
        "990166",
        "2025-10-22 11:11",
        "Frenos Iberia vía Indeed <reply-a8f3c0@indeedemail.com>",
        "Frenos Iberia te pide completar una evaluación",
        A("assessment", FI, FIR, 21, "indeed"),
        "Hola Irene:\n\nGracias por postularte a Técnico/a de Logística Interna. Como parte del "
        "proceso, te pedimos completar una evaluación de Excel y de gestión de inventarios en "
        "Indeed (aprox. 25 minutos).\n\nCompletar evaluación\n\nFrenos Iberia, S.L.",
    ),
    # --- 22 Cárdenas Autoparts (SuccessFactors, Madrid) -------------------------------------------
    m(
        "845020",
        "2025-11-03 12:44",
        "Cárdenas Autoparts <noreply@successfactors.eu>",
        "Gracias por tu candidatura",
        A("confirmation", CA, CAR, 22, "other"),
        "Hola Irene,\n\nGracias por presentar tu candidatura al puesto Planificador/a de Transporte "
        "en Getafe (Madrid). Si tu perfil resulta seleccionado, nos pondremos en contacto contigo.\n\n"
        "Lamentablemente, debido al volumen de candidaturas no podemos responder de forma "
        "individual a todas ellas.\n\nCárdenas Autoparts España, S.A.",
    ),
    m(
        "845077",
        "2025-11-25 16:20",
        "Cárdenas Autoparts <noreply@successfactors.eu>",
        "Tu candidatura",
        A("rejection", CA, CAR, 22, "other"),
        "Hola Irene,\n\nTe agradecemos el interés mostrado en Cárdenas Autoparts. Tu trayectoria "
        "nos ha parecido muy interesante.\n\nNo obstante, hemos decidido continuar el proceso con "
        "otras candidaturas.\n\nSaludos,\nCárdenas Autoparts España, S.A.",
    ),
    # --- 23 Utillajes Cinco Villas (jefe de planta from webmail) ----------------------------------
    m(
        "112001",
        "2025-09-30 21:34",
        "Fernando Aznárez <fer.aznarez@hotmail.com>",
        "CV que nos mandaste",
        A("interview", UC, UCR, 23, "direct"),
        "Hola Irene, soy Fernando, el gerente de Utillajes Cinco Villas de Ejea. Me pasó tu CV mi "
        "cuñado Luis, que dice que te conoce de la carrera.\n\nNecesitamos a alguien que lleve compras "
        "y logística, somos 35 personas y hacemos utillaje para estampación. Si te parece te vienes "
        "el sábado por la mañana a ver el taller y hablamos, sobre las 10.\n\nUn saludo\nFernando\n"
        "Enviado desde mi móvil",
    ),
    m(
        "112044",
        "2025-10-11 13:50",
        "Fernando Aznárez <fer.aznarez@hotmail.com>",
        "Re: CV que nos mandaste",
        A("rejection", UC, UCR, 23, "direct"),
        "Irene, muchas gracias por venir el sábado. Me gustaste mucho pero al final hemos decidido "
        "que lo lleve uno de dentro, el encargado de almacén, y meter otra persona en taller. No "
        "te quiero tener esperando.\n\nSuerte que seguro que encuentras algo bueno pronto.\nFernando",
    ),
    # --- 24 Kinetica Drive (Teamtailor, Barcelona, English, case study) ---------------------------
    m(
        "402800",
        "2025-10-27 10:22",
        "Kinetica Drive <no-reply@teamtailor-mail.com>",
        "Application received – Supply Planner",
        A("confirmation", KD, KDR, 24, "teamtailor", "en"),
        "Hi Irene,\n\nThanks for applying to Kinetica Drive! We've received your application for "
        "Supply Planner (Barcelona, hybrid).\n\nWe'll get back to you within two weeks.\n\nBest,\nKinetica Talent",
    ),
    m(
        "402851",
        "2025-11-04 09:40",
        "Joana Puig (Kinetica Drive) <no-reply@teamtailor-mail.com>",
        "Next step: case study",
        A("assessment", KD, KDR, 24, "teamtailor", "en"),
        "Hi Irene,\n\nGreat news, we'd like to move forward! The next step is a short case study: a "
        "12-week supply plan for two e-motor SKUs with a constrained supplier. Please send back a "
        "short deck (max 5 slides) within 5 working days.\n\nThe brief is attached.\n\nBest,\nJoana",
        attach=[
            ("Kinetica_case_study.pdf", "application/pdf", "%PDF-1.4 case study brief (simulated)")
        ],
    ),
    m(
        "402899",
        "2025-11-14 17:30",
        "Kinetica Drive <no-reply@teamtailor-mail.com>",
        "Kinetica Drive – your application",
        A("rejection", KD, KDR, 24, "teamtailor", "en"),
        "Hi Irene,\n\nThank you for the effort you put into the case study, the team appreciated the "
        "clear structure of your plan.\n\nUnfortunately, we've decided not to move forward with your "
        "application. We received many strong submissions and had to make a tough call.\n\n"
        "Wishing you the best,\nKinetica Talent",
    ),
    # --- forwarded confirmation (Lacasa Indeed -> old work address) --------------------------------
    m(
        "990033",
        "2025-09-19 08:05",
        "Irene Lasheras <ilasheras@ebrotrim.example>",
        "RV: Solicitud enviada: Técnico/a de Tráfico y Planificación",
        A(
            "confirmation",
            "Transportes Hermanos Lacasa",
            "Técnico/a de Tráfico y Planificación",
            6,
            "indeed",
        ),
        "\n\n________________________________\nDe: Indeed <indeedapply@indeed.com>\nEnviado: jueves, 18 de "
        "septiembre de 2025 21:47\nPara: Irene Lasheras\nAsunto: Solicitud enviada: Técnico/a de Tráfico y "
        "Planificación\n\nSolicitud enviada\n\nTécnico/a de Tráfico y Planificación\nTransportes Hermanos Lacasa "
        "S.L. - Cuarte de Huerva, Zaragoza\n\nSe ha enviado tu solicitud a Transportes Hermanos Lacasa S.L.",
    ),
    # --- alerts ----------------------------------------------------------------------------------
    m(
        "a7001",
        "2025-09-02 07:00",
        "InfoJobs <alertas@infojobs.net>",
        "12 nuevas ofertas de Planificador logística en Zaragoza",
        J("alert", "other"),
        html="<html><body><p>Hola Irene, estas son las nuevas ofertas de tu alerta <b>Planificador logística - Zaragoza</b>:</p>"
        "<ul><li>Técnico/a de planificación - PLAZA</li><li>Planificador/a de producción - Figueruelas</li><li>Administrativo/a de tráfico - Cuarte</li></ul>"
        "<p><a href='https://www.infojobs.net'>Ver todas</a></p></body></html>",
    ),
    m(
        "a7002",
        "2025-09-16 07:00",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas para ti: Supply chain automoción",
        J("alert", "other"),
        html="<html><body><p>Hola Irene, 8 ofertas nuevas coinciden con tu alerta <b>Supply chain automoción</b>.</p>"
        "<ul><li>Supply Chain Planner - Figueruelas (Zaragoza)</li><li>Material Planner - Sagunto</li></ul></body></html>",
    ),
    m(
        "a7003",
        "2025-10-01 07:00",
        "InfoJobs <alertas@infojobs.net>",
        "9 nuevas ofertas de Planificador logística en Zaragoza",
        J("alert", "other"),
        html="<html><body><p>Ofertas de tu alerta: Jefe/a de turno almacén (PLAZA), Técnico/a aprovisionamiento (Épila), Planificador/a MRP (Martorell).</p></body></html>",
    ),
    m(
        "a7004",
        "2025-09-08 06:40",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“supply chain planner”: 14 new jobs in Spain",
        J("alert", "linkedin", lang="en"),
        "Your job alert for supply chain planner in Spain\n\nSupply Chain Planner (EV Batteries) - Voltia Mobility - Barcelona\nDemand Planner Iberia - Hollvik - Madrid\n"
        "Material Planner - SSTAMP - Sagunto\n\nSee all jobs\n\nYou're receiving this because you created a job alert.",
    ),
    m(
        "a7005",
        "2025-10-06 06:40",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“planificador” en Zaragoza: 6 empleos nuevos",
        J("alert", "linkedin"),
        "Tu alerta de empleo de planificador en Zaragoza\n\nCustomer Service & Logistics Planner - Trazza - Zaragoza\nTécnico/a de Planificación - Industrias Gállego - Zaragoza\n\nVer todos los empleos",
    ),
    m(
        "a7006",
        "2025-10-20 06:41",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“supply planner”: 9 new jobs in Barcelona",
        J("alert", "linkedin", lang="en"),
        "Supply Planner - Kinetica Drive - Barcelona (Hybrid)\nS&OP Analyst - confidential - Barcelona\n\nSee all jobs",
    ),
    m(
        "a7007",
        "2025-09-11 18:00",
        "Indeed <alert@indeed.com>",
        "Nuevos empleos de planificador de producción en Pamplona",
        J("alert", "indeed"),
        "Planificador/a de producción\nNavarra Chassis Technologies - Pamplona\nFácil postulación\n\nTécnico/a de logística interna\nFrenos Iberia - Noáin\n\n"
        "Ver todos los empleos. Estás recibiendo este correo porque creaste una alerta de empleo.",
    ),
    m(
        "a7008",
        "2025-10-17 18:00",
        "Indeed <alert@indeed.com>",
        "Técnico logística: 23 nuevos empleos en Zaragoza",
        J("alert", "indeed"),
        "Técnico/a de Logística Interna - Frenos Iberia - Noáin\nTécnico/a de tráfico - Transportes Hermanos Lacasa - Cuarte de Huerva\n\nVer más empleos",
    ),
    m(
        "a7009",
        "2025-09-26 09:00",
        "Tecnoempleo <boletin@tecnoempleo.com>",
        "Ofertas SAP de la semana",
        J("alert", "other"),
        "Boletín semanal de ofertas que coinciden con tu perfil:\n- Consultor/a SAP PP/MM Junior - Madrid\n- Key user SAP MM - Zaragoza\n- Analista SAP EWM - Valencia",
    ),
    m(
        "a7010",
        "2025-11-20 08:00",
        "Infoempleo <alertas@infoempleo.com>",
        "Tus ofertas de empleo de hoy: Logística en Navarra",
        J("alert", "other"),
        html="<html><body><p>Hola Irene:</p><p>Hoy tenemos 5 ofertas nuevas de <b>Logística en Navarra</b>.</p><p>Supply Chain Manager · Tudela</p></body></html>",
    ),
    m(
        "a7011",
        "2025-12-10 07:00",
        "InfoJobs <alertas@infojobs.net>",
        "5 nuevas ofertas de Planificador logística en Zaragoza",
        J("alert", "other"),
        html="<html><body><p>Hola Irene, tu alerta sigue activa. Si ya has encontrado trabajo, puedes desactivarla.</p><ul><li>Planificador/a de materiales - Pedrola</li></ul></body></html>",
    ),
    # --- other job mail: talent communities, nudges, surveys, auto-reply -----------------------------
    m(
        "o8001",
        "2025-09-04 12:10",
        "Hollvik Careers <hollvik@myworkday.com>",
        "Welcome to the Hollvik Talent Community",
        J("other_job", "workday", "Hollvik Automotive", lang="en"),
        "Dear Irene,\n\nThank you for joining the Hollvik Talent Community. We'll let you know about roles in supply chain and logistics in Spain that match your interests.\n\nHollvik Global Talent Acquisition",
    ),
    m(
        "o8002",
        "2025-10-12 10:00",
        "Kinetica Drive <no-reply@teamtailor-mail.com>",
        "You started an application – finish it in 2 minutes",
        J("alert", "teamtailor", "Kinetica Drive", "Supply Planner", "en"),
        "Hi Irene,\n\nYou started applying for Supply Planner but didn't submit your application. Finish it now before the position closes.\n\nContinue application",
    ),
    m(
        "o8003",
        "2025-10-25 11:20",
        "Rosa Martí <rmarti@riberaseating.example>",
        "Respuesta automática: Entrevista telefónica - Planificador/a de Materiales",
        J("other_job", "direct", RS, RSR),
        "Estaré fuera de la oficina hasta el 3 de noviembre con acceso limitado al correo. Para temas urgentes de selección, escribid a rrhh@riberaseating.example.\n\nRosa Martí",
    ),
    m(
        "o8004",
        "2025-11-18 10:00",
        "Trazza <no-reply@teamtailor-mail.com>",
        "¿Qué tal tu experiencia con nuestro proceso?",
        J("other_job", "teamtailor", TZ),
        "Hola Irene,\n\nNos encantaría saber cómo ha sido tu experiencia como candidata en Trazza. Son 2 minutos y es anónimo.\n\nResponder encuesta",
    ),
    m(
        "o8005",
        "2025-09-13 09:30",
        "InfoJobs <noreply@infojobs.net>",
        "Tu CV está completo al 80 %",
        J("other_job", "other"),
        html="<html><body><p>Hola Irene, añade tus idiomas y tu experiencia en SAP para que las empresas te encuentren antes.</p></body></html>",
    ),
    m(
        "o8006",
        "2025-09-22 10:15",
        "INAEM - Instituto Aragonés de Empleo <noreply.inaem@aragon.es>",
        "Cita previa confirmada - Oficina de Empleo",
        J("other_job", "other"),
        "Sra. LASHERAS GIMENO:\n\nLe confirmamos su cita en la Oficina de Empleo Zaragoza-Centro (C/ Doctor Cerrada 1) el día 29/09/2025 a las 10:40 para: inscripción como demandante de mejora de empleo.\n\nTraiga su DNI.",
    ),
    m(
        "o8007",
        "2026-01-09 16:00",
        "Grupo Moncayo Onboarding <onboarding@grupomoncayo.example>",
        "Tu primer día en Figueruelas: gracias por venir",
        J("other_job", "direct", "Moncayo Automotive", "Supply Chain Planner"),
        "Hola Irene,\n\nGracias por tu primer día. Recuerda completar los cursos de PRL en la plataforma de formación antes del día 16.\n\nEquipo de Personas",
    ),
    # --- outreach ---------------------------------------------------------------------------------
    m(
        "r9001",
        "2025-09-29 11:45",
        "Beatriz Ull <beatriz.ull@temporaett.example>",
        "Oferta ETT - planificación logística en Pedrola",
        J("outreach", "agency"),
        "Hola Irene:\n\nSoy Beatriz, de Tempora ETT (delegación Zaragoza). Tenemos una vacante de técnico/a de planificación para un importante fabricante del sector automoción en Pedrola, con contrato de puesta a disposición de 6 meses y posibilidad de incorporación a plantilla. Turno partido.\n\n¿Te interesa? Llámame al 876 24 90 12.\n\nBeatriz Ull\nTempora ETT S.L. – Autorización administrativa 50/0042",
    ),
    m(
        "r9002",
        "2025-10-30 17:20",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Irene, Sofía Méndez le ha enviado un mensaje",
        J("outreach", "linkedin", "Hollvik Automotive", "S&OP Analyst", "en"),
        "Sofía Méndez\nTalent Partner at Hollvik\n\nHi Irene, I came across your profile and thought you could be interested in our S&OP Analyst opening in Madrid. Are you open to a quick call?\n\nReply",
    ),
    m(
        "r9003",
        "2025-12-15 12:00",
        "Nerea Cosculluela <ncosculluela@selectatalent.example>",
        "¿Qué tal en el nuevo puesto?",
        J("outreach", "agency"),
        "Hola Irene:\n\nMe enteré por LinkedIn de que empiezas en enero en Figueruelas, ¡enhorabuena! Si en algún momento necesitáis reforzar el equipo de planificación, cuenta con nosotros. Y si te escribe alguien interesante, ya sabes dónde estoy.\n\nUn abrazo,\nNerea",
    ),
    m(
        "r9004",
        "2026-01-27 09:10",
        "Julen Arrieta <julen.arrieta@hunterlogistics.example>",
        "Demand Planner - multinacional del sector automoción (Valencia)",
        J("outreach", "agency", None, "Demand Planner"),
        "Hola Irene,\n\nTrabajo para una multinacional del sector automoción que abre planta en Valencia y busca Demand Planner. Sé que llevas poco en tu puesto, pero quizá te interese para más adelante.\n\nSaludos,\nJulen Arrieta\nHunter Logistics Search",
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 110, Mexican job mail (data only): see heldout110.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    return "-0600"  # Nuevo León, Coahuila and Querétaro keep standard time all year


m = partial(dated_spec, tz)


def A(cat, co, role, app, src, lang="es"):
    return (cat, co, role, app, src, lang)


def ev(start, summary, org, uid, minutes=60, location="", description=""):
    return {
        "start": f"{start}:00 -0600",
        "minutes": minutes,
        "summary": summary,
        "organizer": org,
        "uid": uid,
        "location": location,
        "description": description,
    }


MR, MR1, MR2 = (
    "Metalúrgica Regiomontana",
    "Ingeniera de Calidad Sr.",
    "Ingeniero(a) de Procesos - Tratamiento Térmico",
)
AC, ACR = "Autopartes Cumbres", "Ingeniero de Procesos"
HA, HAR = "Hallmann Automotive", "Ingeniero(a) de Calidad de Proveedores (SQE)"
KM, KMR = "Kestrel Medical", "Ingeniero de Calidad"
OS, OSR = "Ostrava Components", "Quality Engineer - Planta Saltillo"
AB, ABR = "Aeroforja del Bajío", "Ingeniero de Calidad de Proveedores"
LH, LHR = "Lerma Home", "Ingeniero de Calidad Sr"
CA, CAR = "Cristalería Anáhuac", "Ingeniero de Calidad - Vidrio Automotriz"
TS, TSR = "TSC", "Ingeniero de Procesos de Inyección"
EF, EFR = "Empaques Flexibles del Norte", "Ingeniero de Calidad"
FL, FLR = "Forjas Linares", "Jefe de Calidad"
BE, BER = "Brennan Electric", "Quality Engineer II"
CC, CCR = "Carrocerías Coahuila", "Ingeniero de Calidad Cliente"
TE, TER = "Troqueles Escobedo", "Ingeniero de Procesos / Calidad"
PA, PAR = "Plásticos Apodaca", "Ingeniero de Mejora Continua"
BM, BMR = "Bajío Motion Systems", "Ingeniero de Calidad (APQP/PPAP)"
LU, LUR = "Lumentra Optics", "Quality Engineer - Optical Assembly"

ME_NAME = "Daniela Garza Treviño"

MAIL: list[dict[str, Any]] = [
    # --- 1 Metalúrgica Regiomontana, calidad (OCC) -------------------------------------------
    m(
        "88101",
        "2025-09-03 09:14",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Tu postulación fue enviada: Ingeniera de Calidad Sr.",
        A("confirmation", MR, MR1, 1, "other"),
        "Hola Daniela,\n\nTu postulación a la vacante Ingeniera de Calidad Sr. de METALURGICA REGIOMONTANA SA DE CV (Monterrey, N.L.) se envió correctamente.\n\nLa empresa revisará tu CV. Si tu perfil coincide con lo que buscan, se pondrán en contacto contigo. Mientras tanto, puedes seguir el estatus desde Mis postulaciones.\n\nTip OCC: completa tu perfil al 100% para aparecer primero en las búsquedas de los reclutadores.\n\nOCC Mundial\nEste correo se envió a dgarza.trevino@gmail.com. No respondas a este mensaje.",
    ),
    m(
        "88102",
        "2025-09-08 12:40",
        "Reclutamiento MR <reclutamiento@metreg.com.mx>",
        "Evaluación psicométrica - proceso de selección",
        A("assessment", MR, MR1, 1, "direct"),
        "Buen día Daniela:\n\nGracias por tu interés en formar parte de Metalúrgica Regiomontana. Como siguiente paso de tu proceso para la posición de Ingeniera de Calidad Sr., te pedimos contestar la batería psicométrica en línea (Cleaver, Terman y un breve examen técnico de metrología y GD&T).\n\nLiga: https://evalua.psicoplus.mx/c/MR-77120\nUsuario: DGT-77120\nTienes 72 horas para completarla; el tiempo aproximado es de 90 minutos. Te recomendamos hacerlo desde computadora y en un lugar sin interrupciones.\n\nSaludos,\n\nLic. Brenda Salinas\nAtracción de Talento\nMetalúrgica Regiomontana, S.A. de C.V.\nAv. Ruiz Cortines 4120, Col. Valle Verde, Monterrey, N.L.",
    ),
    m(
        "88103",
        "2025-09-15 16:02",
        "Brenda Salinas <bsalinas@metreg.com.mx>",
        "Entrevista en planta - Ingeniera de Calidad Sr.",
        A("interview", MR, MR1, 1, "direct"),
        "Hola Daniela, ¿cómo estás?\n\nTus resultados salieron muy bien, así que nos gustaría invitarte a entrevista presencial con el Ing. Raúl Cantú (Gerente de Calidad) en planta.\n\nFecha: jueves 18 de septiembre, 10:00 h\nLugar: Planta Valle Verde, caseta 2 (preguntar por Recursos Humanos)\nTraer: identificación oficial, CV impreso y zapato de seguridad (haremos recorrido por la línea de forja).\n\nTe mando la invitación al calendario. Por favor confírmame de recibido.\n\nSaludos,\nBrenda Salinas | Atracción de Talento | MR",
        ics=ev(
            "2025-09-18 10:00",
            "Entrevista Daniela Garza - Ing. Calidad Sr. (planta)",
            ("Brenda Salinas", "bsalinas@metreg.com.mx"),
            "mr-int-0918@metreg.com.mx",
            90,
            "Planta Valle Verde, Av. Ruiz Cortines 4120, Monterrey",
        ),
    ),
    m(
        "88104",
        "2025-10-01 11:25",
        "Reclutamiento MR <reclutamiento@metreg.com.mx>",
        "Seguimiento a tu proceso",
        A("rejection", MR, MR1, 1, "direct"),
        "Estimada Daniela:\n\nQueremos agradecerte el tiempo que dedicaste a nuestro proceso de selección y a la visita a planta. El Ing. Cantú quedó con muy buena impresión de tu experiencia en PPAP y en manejo de clientes de Tier 1.\n\nSin embargo, en esta ocasión decidimos continuar con otro candidato cuyo perfil se ajusta más a las necesidades actuales del puesto. Conservaremos tus datos en nuestra cartera para futuras oportunidades.\n\nTe deseamos mucho éxito.\n\nAtentamente,\nAtracción de Talento\nMetalúrgica Regiomontana, S.A. de C.V.",
    ),
    # --- 16 Metalúrgica Regiomontana, procesos (second role, directly from Brenda) ----------
    m(
        "88105",
        "2025-10-06 09:50",
        "Brenda Salinas <bsalinas@metreg.com.mx>",
        "Otra vacante que te puede interesar",
        ("outreach", MR, MR2, None, "direct", "es"),
        "Hola Daniela,\n\nAunque no se dio lo de Calidad, se nos abrió una vacante de Ingeniero(a) de Procesos en el área de tratamiento térmico y me acordé de ti. Es en la misma planta, turno mixto. ¿Te interesa que te considere? Si sí, solo respóndeme y registro tu CV en el sistema.\n\nSaludos,\nBrenda",
    ),
    m(
        "88106",
        "2025-10-06 14:12",
        "Brenda Salinas <bsalinas@metreg.com.mx>",
        "RE: Otra vacante que te puede interesar",
        A("confirmation", MR, MR2, 16, "direct"),
        "Perfecto Daniela, ya quedaste registrada para la vacante de Ingeniero(a) de Procesos - Tratamiento Térmico. El gerente de Procesos revisará los perfiles la próxima semana y te aviso.\n\nSaludos,\nBrenda\n\n-----Mensaje original-----\nDe: Daniela Garza Treviño <dgarza.trevino@gmail.com>\nEnviado: lunes, 6 de octubre de 2025 01:40 p. m.\nPara: Brenda Salinas\nAsunto: RE: Otra vacante que te puede interesar\n\nHola Brenda, ¡claro que sí me interesa! Gracias por tomarme en cuenta.\nDaniela",
        headers={"In-Reply-To": "<88105.20251006.35@metreg.com.mx>"},
    ),
    m(
        "88107",
        "2025-10-20 08:31",
        "Brenda Salinas <bsalinas@metreg.com.mx>",
        "Entrevista Teams - Procesos TT",
        A("interview", MR, MR2, 16, "direct"),
        "Daniela, buen día.\n\nEl Ing. Homero Villarreal te quiere entrevistar por Teams el miércoles 22 a las 17:00. Te llega la invitación por separado. Es de unos 45 minutos, técnica (hornos, CQI-9, control de dureza).\n\nSaludos,\nBrenda",
    ),
    m(
        "88108",
        "2025-10-20 08:33",
        "Homero Villarreal <hvillarreal@metreg.com.mx>",
        "Entrevista Daniela Garza - Ing. Procesos TT",
        A("interview", MR, MR2, 16, "direct"),
        "________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde el equipo, la aplicación móvil o el dispositivo de sala\nHaga clic aquí para unirse a la reunión\nId. de reunión: 284 551 903 217\nCódigo de acceso: Xq7bR2\n________________________________________________________________________________",
        ics=ev(
            "2025-10-22 17:00",
            "Entrevista Daniela Garza - Ing. Procesos TT",
            ("Homero Villarreal", "hvillarreal@metreg.com.mx"),
            "040000008200E00074C5B7101A82E00800000000MRTT22",
            45,
            "Reunión de Microsoft Teams",
        ),
    ),
    # --- 2 Autopartes Cumbres (Computrabajo), ghosted ---------------------------------------
    m(
        "88110",
        "2025-09-04 20:05",
        "Computrabajo <noreply@computrabajo.com.mx>",
        "Daniela, tu CV fue enviado a Autopartes Cumbres",
        A("confirmation", AC, ACR, 2, "other"),
        html="<html><body><div style='font-family:Arial'><h2>¡Postulación enviada!</h2><p>Hola Daniela, tu hoja de vida llegó a <b>Autopartes Cumbres S.A. de C.V.</b> para la oferta <b>Ingeniero de Procesos</b> en Escobedo, Nuevo León.</p><p>Te avisaremos cuando la empresa lea tu CV.</p><p><a href='https://mx.computrabajo.com/candidato/postulaciones'>Ver mis postulaciones</a></p><p style='color:#888;font-size:11px'>Computrabajo México. Recibes este email porque estás registrado en Computrabajo.</p></div></body></html>",
    ),
    m(
        "88111",
        "2025-09-09 07:48",
        "Computrabajo <noreply@computrabajo.com.mx>",
        "Autopartes Cumbres leyó tu CV",
        A("viewed", AC, ACR, 2, "other"),
        html="<html><body><div style='font-family:Arial'><p>Hola Daniela,</p><p>¡Buenas noticias! La empresa <b>Autopartes Cumbres</b> vio tu hoja de vida para <b>Ingeniero de Procesos</b>.</p><p>Estado de tu proceso: <b>CV leído</b></p><p>Las empresas suelen contactar a los candidatos en los siguientes días. ¡Mucha suerte!</p></div></body></html>",
    ),
    # --- 3 Hallmann Automotive (SuccessFactors), offer accepted --------------------------------
    m(
        "88120",
        "2025-10-09 18:22",
        "Hallmann Automotive México <noreply@successfactors.com>",
        "Gracias por postularte - Ingeniero(a) de Calidad de Proveedores (SQE)",
        A("confirmation", HA, HAR, 3, "other"),
        "Hola Daniela:\n\nGracias por postularte a la vacante Ingeniero(a) de Calidad de Proveedores (SQE) (Req. ID 48812) en Ramos Arizpe, Coahuila.\n\nHemos recibido tu postulación y nuestro equipo de Talent Acquisition la revisará con cuidado. Debido al alto número de solicitudes, solo nos pondremos en contacto con los candidatos cuyo perfil coincida con los requisitos del puesto.\n\nPuedes consultar el estatus de tu postulación en nuestro portal de carreras.\n\nSaludos cordiales,\nTalent Acquisition\nHallmann Automotive México, S. de R.L. de C.V.\n\nEste es un mensaje automático, por favor no respondas.",
    ),
    m(
        "88121",
        "2025-10-16 10:04",
        "Mariana Lozano <mariana.lozano@hallmann-group.com>",
        "Hallmann - llamada telefónica",
        A("interview", HA, HAR, 3, "direct"),
        "Hola Daniela, ¿qué tal?\n\nSoy Mariana, de Talent Acquisition de Hallmann en Ramos Arizpe. Revisé tu CV para la posición de SQE y me gustaría platicar contigo unos 20 minutos por teléfono para conocer tu experiencia y expectativas.\n\n¿Te acomoda el viernes 17 a las 12:00? Te marcaría a tu celular que aparece en el CV.\n\nSaludos,\n\nMariana Lozano\nTalent Acquisition Specialist\nHallmann Automotive México, S. de R.L. de C.V.\nParque Industrial Santa Mónica, Ramos Arizpe, Coah.",
    ),
    m(
        "88122",
        "2025-10-21 13:15",
        "Mariana Lozano <mariana.lozano@hallmann-group.com>",
        "Invitación: Entrevista técnica SQE | Teams",
        A("interview", HA, HAR, 3, "direct"),
        "Hola Daniela,\n\nGracias por la llamada del viernes. Como te comenté, el siguiente paso es una entrevista técnica por Teams con Jürgen Falk (Supplier Quality Manager) y Karla Ríos (Líder SQE). Parte será en inglés.\n\nJueves 23 de octubre, 9:00 a 10:00 (hora centro).\n\nSaludos,\nMariana",
        ics=ev(
            "2025-10-23 09:00",
            "Entrevista técnica SQE - Daniela Garza",
            ("Mariana Lozano", "mariana.lozano@hallmann-group.com"),
            "040000008200E00074C5B7101A82E008HALL1023",
            60,
            "Microsoft Teams Meeting",
        ),
    ),
    m(
        "88123",
        "2025-10-27 09:40",
        "Mariana Lozano <mariana.lozano@hallmann-group.com>",
        "Caso práctico y prueba técnica",
        A("assessment", HA, HAR, 3, "direct"),
        "Hola Daniela,\n\nTe comparto el caso práctico: un proveedor de arneses con 3 rechazos en línea en dos semanas. Te pedimos preparar un 8D con la información del archivo adjunto y resolver la prueba técnica en línea (MSA, SPC y Core Tools).\n\nEntrega: a más tardar el jueves 30 a las 18:00.\nPrueba en línea: https://assess.hallmann-group.com/t/SQE-48812\n\nCualquier duda, aquí estoy.\nMariana",
        attach=[
            (
                "Caso_8D_Proveedor.txt",
                "text/plain",
                "Proveedor: Arneses del Norte. Falla: terminal mal crimpada. Rechazos: 3 en 12 días.\n",
            )
        ],
    ),
    m(
        "88124",
        "2025-11-05 16:30",
        "Mariana Lozano <mariana.lozano@hallmann-group.com>",
        "Entrevista final en planta Ramos Arizpe",
        A("interview", HA, HAR, 3, "direct"),
        "Hola Daniela,\n\n¡Muy buen trabajo con el 8D! Jürgen quiere conocerte en persona. Te invitamos a entrevista final en planta con él y con el Gerente de Planta, Ing. Óscar Dávila.\n\nMartes 11 de noviembre, 11:00 h\nHallmann Automotive México, Blvd. Industria 1450, Parque Industrial Santa Mónica, Ramos Arizpe\nEstacionamiento de visitantes; registra tu acceso en caseta con INE.\n\nSi vienes desde Monterrey, calcula 1 h 10 min por la 40.\n\nSaludos,\nMariana",
        ics=ev(
            "2025-11-11 11:00",
            "Entrevista final Daniela Garza - SQE",
            ("Mariana Lozano", "mariana.lozano@hallmann-group.com"),
            "hall-final-1111@hallmann-group.com",
            120,
            "Blvd. Industria 1450, Ramos Arizpe, Coah.",
        ),
    ),
    m(
        "88125",
        "2025-11-18 17:55",
        "Mariana Lozano <mariana.lozano@hallmann-group.com>",
        "Propuesta económica - Hallmann Automotive",
        A("offer", HA, HAR, 3, "direct"),
        "Hola Daniela,\n\n¡Muchas felicidades! Nos da mucho gusto compartirte que fuiste seleccionada para la posición de Ingeniera de Calidad de Proveedores (SQE).\n\nAdjunto encontrarás la carta oferta con el detalle: sueldo mensual bruto, aguinaldo de 30 días, vales de despensa, fondo de ahorro 13%, SGMM, transporte desde Saltillo/Monterrey y bono anual por desempeño.\n\nTe pedimos confirmar tu aceptación a más tardar el viernes 21. Con gusto agendamos una llamada si tienes preguntas.\n\nSaludos,\nMariana Lozano\nTalent Acquisition | Hallmann Automotive México",
        attach=[
            (
                "Carta_Oferta_DGarza.txt",
                "text/plain",
                "Carta oferta - Hallmann Automotive México, S. de R.L. de C.V. - Puesto: SQE - Fecha de ingreso propuesta: 1 de diciembre de 2025.\n",
            )
        ],
    ),
    m(
        "88126",
        "2025-11-20 10:12",
        "Mariana Lozano <mariana.lozano@hallmann-group.com>",
        "RE: Propuesta económica - Hallmann Automotive",
        A("offer", HA, HAR, 3, "direct"),
        "¡Excelente noticia, Daniela! Bienvenida a Hallmann. Recibimos tu carta firmada. En breve te contacta el área de Servicio Médico para tu examen médico de ingreso, y la próxima semana te mando la lista de documentos para tu alta.\n\nSaludos,\nMariana\n\nDe: Daniela Garza Treviño <dgarza.trevino@gmail.com>\nEnviado: jueves, 20 de noviembre de 2025 09:31\nAsunto: RE: Propuesta económica - Hallmann Automotive\n\nMariana, buen día. Te confirmo que acepto la oferta; adjunto la carta firmada. ¡Muchas gracias!\nDaniela",
        st="accepted",
        headers={"In-Reply-To": "<88125.20251118.41@hallmann-group.com>"},
    ),
    m(
        "88127",
        "2025-11-24 08:20",
        "Servicio Médico Hallmann <serviciomedico.ra@hallmann-group.com>",
        "Cita para examen médico de ingreso",
        ("other_job", HA, HAR, None, "direct", "es"),
        "Daniela Garza Treviño:\n\nTu examen médico de ingreso quedó programado en la Clínica Laboral del Norte (Saltillo) el miércoles 26 de noviembre a las 7:30 h. Presentarte en ayuno de 8 horas, con INE y este correo. Incluye biometría hemática, examen general de orina, audiometría, espirometría y antidoping.\n\nServicio Médico - Hallmann Automotive México",
        ics=ev(
            "2025-11-26 07:30",
            "Examen médico de ingreso - Clínica Laboral del Norte",
            ("Servicio Médico Hallmann", "serviciomedico.ra@hallmann-group.com"),
            "hall-med-1126@hallmann-group.com",
            120,
            "Clínica Laboral del Norte, Saltillo",
        ),
    ),
    m(
        "88128",
        "2025-11-26 19:02",
        "Mariana Lozano <mariana.lozano@hallmann-group.com>",
        "Documentos para alta - ingreso 1 de diciembre",
        ("other_job", HA, HAR, None, "direct", "es"),
        "Hola Daniela,\n\nPara tu alta necesito: acta de nacimiento, CURP, RFC con constancia de situación fiscal, NSS, comprobante de domicilio, estado de cuenta para nómina y, si tienes, aviso de retención de Infonavit. Tu primer día es el lunes 1 de diciembre a las 7:00 en la recepción de planta; inducción hasta el miércoles.\n\nSaludos,\nMariana",
    ),
    # --- 4 Kestrel Medical via shelter company ----------------------------------------------
    m(
        "88130",
        "2025-09-11 11:47",
        "RH Sierra Madre Shelter <rh@sierramadreshelter.com.mx>",
        "Recibimos tu CV - Ingeniero de Calidad (cliente Kestrel Medical)",
        A("confirmation", KM, KMR, 4, "direct"),
        "Hola Daniela,\n\nGracias por enviar tu CV para la vacante de Ingeniero de Calidad para nuestro cliente Kestrel Medical en el Parque Industrial Apodaca. Sierra Madre Shelter Services, S. de R.L. de C.V. administra el personal de la operación, por lo que tu contratación sería a través de nosotros.\n\nRequisitos clave: ISO 13485, validaciones IQ/OQ/PQ, inglés avanzado. Estamos revisando perfiles; si avanzas te contactamos esta semana o la próxima.\n\nSaludos,\nRecursos Humanos\nSierra Madre Shelter Services",
    ),
    m(
        "88131",
        "2025-09-16 15:10",
        "Laura Benavides <lbenavides@sierramadreshelter.com.mx>",
        "Entrevista con Kestrel - Teams",
        A("interview", KM, KMR, 4, "direct"),
        "Daniela, buenas tardes.\n\nEl Quality Manager de Kestrel, Mike Dorsey, quiere entrevistarte por Teams el viernes 19 a las 9:30. La entrevista será en inglés. Te envío la liga.\n\nLaura Benavides\nReclutamiento | Sierra Madre Shelter Services",
        ics=ev(
            "2025-09-19 09:30",
            "Interview - Quality Engineer (Kestrel Apodaca) - D. Garza",
            ("Laura Benavides", "lbenavides@sierramadreshelter.com.mx"),
            "040000008200E00074C5B7101A82E008KEST0919",
            45,
            "Microsoft Teams Meeting",
        ),
    ),
    m(
        "88132",
        "2025-09-30 13:05",
        "Laura Benavides <lbenavides@sierramadreshelter.com.mx>",
        "Kestrel - Ingeniero de Calidad",
        A("rejection", KM, KMR, 4, "direct"),
        "Hola Daniela,\n\nTe escribo para darte seguimiento. A Mike le gustó mucho tu experiencia en automotriz y tu nivel de inglés, pero decidieron cerrar la vacante con un candidato con más años en dispositivos médicos, por el tema de auditorías de FDA que tienen este año.\n\nTe tengo presente para otras posiciones de nuestros clientes. ¡Gracias por tu tiempo!\n\nLaura",
    ),
    # --- 5 Headhunter for "empresa líder del sector automotriz" -> Ostrava -------------------
    m(
        "88140",
        "2025-09-22 10:30",
        "Gabriela Ochoa <gochoa@talentoindustrial.mx>",
        "Oportunidad: Quality Engineer - empresa líder del sector automotriz (Saltillo)",
        ("outreach", None, OSR, None, "agency", "es"),
        "Hola Daniela, buen día.\n\nTe contacto de parte de Talento Industrial Consultores. Estoy apoyando a una empresa líder del sector automotriz, Tier 1 de origen europeo, con planta en Derramadero (Saltillo), que busca un Quality Engineer con experiencia en IATF 16949, atención a cliente OEM y core tools.\n\nOfrecen sueldo competitivo, prestaciones superiores a la ley y transporte. ¿Te interesaría platicar? Si es así, ¿me compartes tu CV actualizado y tu expectativa económica?\n\nSaludos,\nGabriela Ochoa\nSenior Recruiter | Talento Industrial Consultores\nTel. 81 1234 5678",
    ),
    m(
        "88141",
        "2025-09-25 17:20",
        "Gabriela Ochoa <gochoa@talentoindustrial.mx>",
        "RE: Oportunidad: Quality Engineer - empresa líder del sector automotriz (Saltillo)",
        A("confirmation", OS, OSR, 5, "agency"),
        "Hola Daniela,\n\nGracias por tu CV. Ya puedo compartirte que el cliente es Ostrava Components (planta Derramadero). Presenté tu perfil hoy con el Gerente de Calidad; en cuanto tenga retroalimentación te aviso.\n\nSaludos,\nGabriela\n\n> El 23 sept 2025, a las 8:05, Daniela Garza Treviño escribió:\n> Hola Gabriela, sí me interesa. Te adjunto mi CV. Mi expectativa es de 45 a 50 mil brutos.",
        headers={"In-Reply-To": "<88140.20250922.78@talentoindustrial.mx>"},
    ),
    m(
        "88142",
        "2025-10-02 09:00",
        "Gabriela Ochoa <gochoa@talentoindustrial.mx>",
        "Entrevista Ostrava - martes 7",
        A("interview", OS, OSR, 5, "agency"),
        "Daniela, ¡buenas noticias! Ostrava quiere entrevistarte. Martes 7 de octubre a las 16:00 por Teams con Petr Novák (Quality Manager) y la Lic. Adriana Flores de RH. Te paso el link que me compartieron:\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_OSTR\n\nSuerte,\nGabriela",
    ),
    m(
        "88143",
        "2025-10-24 12:12",
        "Gabriela Ochoa <gochoa@talentoindustrial.mx>",
        "Actualización proceso Ostrava",
        A("confirmation", OS, OSR, 5, "agency"),
        "Hola Daniela,\n\nTe cuento: Ostrava puso en pausa la contratación de esta posición por un ajuste de volúmenes de su cliente OEM. Me dicen que retoman en enero; tu perfil quedó como finalista. Te aviso en cuanto tenga novedades.\n\nSaludos,\nGabriela",
        st="on_hold",
    ),
    # --- 6 Aeroforja del Bajío (Workday) ------------------------------------------------------
    m(
        "88150",
        "2025-09-17 22:41",
        "Aeroforja del Bajío <aerobajio@myworkday.com>",
        "Confirmación de solicitud: Ingeniero de Calidad de Proveedores",
        A("confirmation", AB, ABR, 6, "workday"),
        "Estimada Daniela Garza Treviño:\n\nGracias por postularte al puesto Ingeniero de Calidad de Proveedores (R-2025-0931) en Querétaro, Qro.\n\nRevisaremos tu solicitud y, si tus calificaciones coinciden con nuestras necesidades, nos comunicaremos contigo. Puedes verificar el estado de tu solicitud en cualquier momento iniciando sesión en tu cuenta de candidato.\n\nAtentamente,\nEquipo de Adquisición de Talento\nAeroforja del Bajío, S.A.P.I. de C.V.",
    ),
    m(
        "88151",
        "2025-10-13 21:03",
        "Aeroforja del Bajío <aerobajio@myworkday.com>",
        "Actualización sobre tu solicitud",
        A("rejection", AB, ABR, 6, "workday"),
        "Estimada Daniela:\n\nGracias por tu interés en Aeroforja del Bajío y por el tiempo que invertiste en tu solicitud para Ingeniero de Calidad de Proveedores (R-2025-0931). Tu trayectoria es valiosa y la revisamos con atención.\n\nDespués de una cuidadosa evaluación, hemos decidido avanzar con candidatos cuya experiencia en aeroespacial (AS9100, NADCAP) se alinea más estrechamente con los requisitos de esta posición.\n\nTe invitamos a seguir visitando nuestro sitio de carreras.\n\nAtentamente,\nAdquisición de Talento",
    ),
    # --- 7 Lerma Home (LinkedIn) --------------------------------------------------------------
    m(
        "88160",
        "2025-09-19 13:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Daniela, tu solicitud se envió a Lerma Home",
        A("confirmation", LH, LHR, 7, "linkedin"),
        "Tu solicitud se envió a Lerma Home\n\nIngeniero de Calidad Sr\nLerma Home · Querétaro, Qro. (Presencial)\nSolicitud enviada el 19 sept 2025\n\nAhora puedes: ver empleos similares\n\nEste correo es para Daniela Garza Treviño (Ingeniera de Calidad | IATF 16949 | Core Tools).\nLinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085",
    ),
    m(
        "88161",
        "2025-09-24 08:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lerma Home vio tu solicitud",
        A("viewed", LH, LHR, 7, "linkedin"),
        "Tu solicitud fue vista por Lerma Home\n\nIngeniero de Calidad Sr · Querétaro, Qro.\n\nQué significa esto: el equipo de contratación revisó tu solicitud. No siempre se ponen en contacto con todos los candidatos.\n\nVer solicitud",
    ),
    m(
        "88162",
        "2025-10-08 15:44",
        "Talento Lerma <talento@grupolerma.com.mx>",
        "Tu postulación en Lerma Home",
        A("rejection", LH, LHR, 7, "direct"),
        "Hola Daniela,\n\nGracias por postularte a Ingeniero de Calidad Sr en nuestra planta de Querétaro. Recibimos muchísimas postulaciones y nos llamó la atención tu trayectoria en automotriz.\n\nPor ahora no avanzaremos con tu candidatura, ya que buscamos a alguien con experiencia específica en línea blanca. Te animamos a postularte a futuras vacantes de Grupo Lerma.\n\n¡Éxito!\nEquipo de Talento | Grupo Lerma, S.A.B. de C.V.",
    ),
    # --- 8 Cristalería Anáhuac (Taleo), withdrawn ---------------------------------------------
    m(
        "88170",
        "2025-10-02 19:30",
        "Cristalería Anáhuac <cristanahuac@taleo.net>",
        "Cristalería Anáhuac - Acuse de recibo de su solicitud",
        A("confirmation", CA, CAR, 8, "taleo"),
        "Estimado(a) Daniela Garza Treviño:\n\nLe agradecemos su interés en Cristalería Anáhuac, S.A. de C.V. Hemos recibido su solicitud para el puesto Ingeniero de Calidad - Vidrio Automotriz (Solicitud 2500187).\n\nSu perfil será evaluado por el área de Capital Humano. En caso de no ser seleccionado(a) para continuar en el proceso, su información permanecerá en nuestra base de datos para vacantes futuras.\n\nAtentamente,\nCapital Humano\nCristalería Anáhuac\n\nEste mensaje fue generado automáticamente. Por favor no lo responda.",
    ),
    m(
        "88171",
        "2025-10-14 12:00",
        "Capital Humano CRISA <capitalhumano@crisanahuac.com.mx>",
        "Pruebas en línea - Solicitud 2500187",
        A("assessment", CA, CAR, 8, "direct"),
        "Estimada Daniela:\n\nUsted ha avanzado a la etapa de evaluación. Le solicitamos completar las pruebas psicométricas y el examen de inglés en la plataforma antes del viernes 17 de octubre.\n\nAcceso: https://cristanahuac.evaluar.mx/ingreso  Folio: CA-2500187\n\nAtentamente,\nCapital Humano | CRISA",
    ),
    m(
        "88172",
        "2025-11-06 10:35",
        "Rocío Elizondo <relizondo@crisanahuac.com.mx>",
        "Entrevista con Gerencia de Calidad",
        A("interview", CA, CAR, 8, "direct"),
        "Daniela, buen día.\n\nLe confirmo su entrevista con el Ing. Lauro Tamez, Gerente de Calidad, en nuestras oficinas de Av. Lincoln el jueves 13 de noviembre a las 9:00. Favor de presentarse 10 minutos antes.\n\nSaludos cordiales,\nRocío Elizondo\nCapital Humano - Cristalería Anáhuac",
        ics=ev(
            "2025-11-13 09:00",
            "Entrevista Ing. Calidad - Daniela Garza",
            ("Rocío Elizondo", "relizondo@crisanahuac.com.mx"),
            "crisa-1113-dgt@crisanahuac.com.mx",
            60,
            "Av. Lincoln 3300, Monterrey",
        ),
    ),
    m(
        "88173",
        "2025-11-21 09:14",
        "Rocío Elizondo <relizondo@crisanahuac.com.mx>",
        "RE: Declinación de proceso",
        A("confirmation", CA, CAR, 8, "direct"),
        "Daniela, buen día.\n\nGracias por avisarnos con tiempo y por su honestidad. Damos por cerrado su proceso; el Ing. Tamez le desea mucho éxito en su nueva posición. Las puertas quedan abiertas.\n\nSaludos cordiales,\nRocío\n\n-----Mensaje original-----\nDe: Daniela Garza Treviño\nEnviado: jueves, 20 de noviembre de 2025 06:58 p. m.\nAsunto: Declinación de proceso\n\nRocío, buenas tardes. Le agradezco mucho la oportunidad, pero acepté otra propuesta y prefiero retirarme del proceso para no quitarles tiempo.",
        st="withdrawn",
    ),
    # --- 9 TSC (Indeed) -------------------------------------------------------------------------
    m(
        "88180",
        "2025-09-06 11:02",
        "Indeed <indeedapply@indeed.com>",
        "Postulación enviada: Ingeniero de Procesos de Inyección",
        A("confirmation", TS, TSR, 9, "indeed"),
        html="<html><body><table width='600'><tr><td><p><b>Indeed</b></p><p>Se envió tu postulación</p><p><b>Ingeniero de Procesos de Inyección</b><br>Termoplásticos Santa Catarina<br>Santa Catarina, N. L.</p><p>Los siguientes elementos se enviaron a Termoplásticos Santa Catarina: CV, respuestas a preguntas de selección.</p><p>Buena suerte,<br>El equipo de Indeed</p></td></tr></table></body></html>",
    ),
    m(
        "88181",
        "2025-09-10 09:12",
        "Yesenia Ramos <yramos@tsc-plasticos.com.mx>",
        "TSC - entrevista telefónica",
        A("interview", TS, TSR, 9, "direct"),
        "Buenos días Daniela, le escribe Yesenia Ramos de TSC. Vimos su postulación por Indeed. ¿Podemos hacerle una entrevista telefónica mañana jueves entre 10 y 12? Es breve, unos 15 minutos.\n\nSaludos.\nYesenia Ramos\nRH TSC",
    ),
    m(
        "88182",
        "2025-09-23 14:00",
        "Yesenia Ramos <yramos@tsc-plasticos.com.mx>",
        "Gracias por su tiempo",
        A("rejection", TS, TSR, 9, "direct"),
        "Daniela, buenas tardes.\n\nMuchas gracias por su tiempo en la entrevista. Es una candidata muy preparada; sin embargo, para este puesto el área necesita a alguien con más experiencia directa en moldeo por inyección (ajuste de parámetros, cambio de moldes). Por lo tanto no continuaremos con su proceso.\n\nLe deseamos éxito.\nYesenia Ramos\nTermoplásticos Santa Catarina, S.A. de C.V.",
    ),
    # --- 11 Empaques Flexibles del Norte (Bumeran), ghosted ------------------------------------
    m(
        "88190",
        "2025-09-26 21:17",
        "Bumeran <noreply@bumeran.com.mx>",
        "¡Te postulaste con éxito!",
        A("confirmation", EF, EFR, 11, "other"),
        html="<html><body><p>¡Hola Daniela!</p><p>Tu postulación al aviso <b>Ingeniero de Calidad</b> de <b>Empaques Flexibles del Norte</b> se realizó con éxito.</p><p>Recordá que podés seguir el estado de tus postulaciones desde la app.</p><p>Bumeran México</p></body></html>",
    ),
    # --- 12 Forjas Linares (OCC) -----------------------------------------------------------------
    m(
        "88200",
        "2025-10-10 08:05",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Tu postulación fue enviada: Jefe de Calidad",
        A("confirmation", FL, FLR, 12, "other"),
        "Hola Daniela,\n\nTu postulación a la vacante Jefe de Calidad de Forjas Linares (Linares, N.L.) se envió correctamente.\n\nLa empresa revisará tu CV. Si tu perfil coincide con lo que buscan, se pondrán en contacto contigo.\n\nOCC Mundial",
    ),
    m(
        "88201",
        "2025-10-17 13:31",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Actualización de tu postulación: Jefe de Calidad",
        A("rejection", FL, FLR, 12, "other"),
        "Hola Daniela,\n\nForjas Linares actualizó el estatus de tu postulación a Jefe de Calidad: No seleccionado.\n\nNo te desanimes: hay 1,240 vacantes de Calidad en Nuevo León esperando por ti.\n\nVer vacantes similares\n\nOCC Mundial",
    ),
    # --- 13 Brennan Electric (Kenexa BrassRing) -----------------------------------------------
    m(
        "88210",
        "2025-10-14 23:52",
        "Brennan Electric Careers <brennanelectric@trm.brassring.com>",
        "Brennan Electric: Application Received / Solicitud recibida",
        A("confirmation", BE, BER, 13, "other", "en"),
        "Dear Daniela,\n\nThank you for applying for the position of Quality Engineer II (Req 25-0418MX) at Brennan Eléctrica de México, S. de R.L. de C.V. in Santa Catarina, NL.\n\nWe are reviewing your qualifications. If your background matches the requirements, a member of our Talent Acquisition team will contact you.\n\n--\nEstimada Daniela: gracias por postularte al puesto Quality Engineer II. Estamos revisando tu perfil y te contactaremos si coincide con los requisitos.\n\nBrennan Electric Talent Acquisition\nPlease do not reply to this email.",
    ),
    m(
        "88211",
        "2025-10-20 10:25",
        "Brennan Electric Careers <brennanelectric@trm.brassring.com>",
        "Action required: complete your assessment",
        A("assessment", BE, BER, 13, "other", "en"),
        "Dear Daniela,\n\nAs part of your application for Quality Engineer II (Req 25-0418MX), please complete the online Work Style and Problem Solving assessment within 5 days.\n\nStart assessment: https://brennan.assess.example-talent.com/dg8841\n\nThe assessment takes about 40 minutes. You may take it in English or Spanish.\n\nBrennan Electric Talent Acquisition",
    ),
    m(
        "88212",
        "2025-10-29 16:48",
        "Andrea Guajardo <andrea.guajardo@brennanelectric.com>",
        "Brennan - Entrevista Teams con Ingeniería de Calidad",
        A("interview", BE, BER, 13, "direct"),
        "Hola Daniela,\n\nTe invito a entrevista con Luis Mendoza (Quality Supervisor) y Sarah Kim (Quality Manager, Texas Operations), el lunes 3 de noviembre a las 15:00. Será mitad en inglés.\n\nSaludos,\nAndrea Guajardo\nTA Partner, Mexico | Brennan Electric",
        ics=ev(
            "2025-11-03 15:00",
            "Brennan Electric - Interview Daniela Garza (QE II)",
            ("Andrea Guajardo", "andrea.guajardo@brennanelectric.com"),
            "040000008200E00074C5B7101A82E008BREN1103",
            60,
            "Microsoft Teams Meeting",
        ),
    ),
    m(
        "88213",
        "2025-11-14 20:40",
        "Brennan Electric Careers <brennanelectric@trm.brassring.com>",
        "Your application with Brennan Electric",
        A("rejection", BE, BER, 13, "other", "en"),
        "Dear Daniela,\n\nThank you for taking the time to interview for the Quality Engineer II position. The team enjoyed learning about your supplier quality work and your 8D approach.\n\nAfter careful consideration, we have decided to move forward with another candidate whose experience more closely matches our needs at this time.\n\nWe encourage you to apply for future openings that match your skills.\n\nSincerely,\nBrennan Electric Talent Acquisition",
    ),
    # --- 15 Carrocerías Coahuila (Computrabajo) -------------------------------------------------
    m(
        "88220",
        "2025-10-21 07:15",
        "Computrabajo <noreply@computrabajo.com.mx>",
        "Daniela, tu CV fue enviado a Carrocerías Coahuila",
        A("confirmation", CC, CCR, 15, "other"),
        html="<html><body><div style='font-family:Arial'><h2>¡Postulación enviada!</h2><p>Tu hoja de vida llegó a <b>Carrocerías Coahuila</b> para la oferta <b>Ingeniero de Calidad Cliente</b> en Saltillo, Coahuila.</p><p><a href='https://mx.computrabajo.com/candidato/postulaciones'>Ver mis postulaciones</a></p></div></body></html>",
    ),
    m(
        "88221",
        "2025-10-28 18:03",
        "Computrabajo <noreply@computrabajo.com.mx>",
        "Carrocerías Coahuila te ha enviado un mensaje",
        A("interview", CC, CCR, 15, "other"),
        html="<html><body><div style='font-family:Arial'><p>Hola Daniela,</p><p><b>Carrocerías Coahuila</b> te escribió sobre tu postulación a <b>Ingeniero de Calidad Cliente</b>:</p><blockquote>Buenas tardes, nos interesa su perfil. La citamos a entrevista en planta el sábado 1 de noviembre a las 9:00 am en Carretera Saltillo-Monterrey km 9.5, Ramos Arizpe. Preguntar por Lic. Sandra Aguirre. Favor de confirmar.</blockquote><p><a href='https://mx.computrabajo.com/candidato/mensajes'>Responder</a></p></div></body></html>",
    ),
    m(
        "88222",
        "2025-11-06 12:20",
        "Sandra Aguirre <rh.carroceriascoah@gmail.com>",
        "Ingeniero de Calidad Cliente",
        A("rejection", CC, CCR, 15, "direct"),
        "Buen dia Daniela\nGracias por venir a la entrevista el sabado. El ingeniero quedo contento con la platica pero la vacante ya se cubrio con personal interno. Quedamos a sus ordenes para otra ocasion.\nSaludos\nSandra Aguirre\nRecursos Humanos\nCarrocerias Coahuila SA de CV",
    ),
    # --- 17 Troqueles Escobedo (owner from personal webmail), ghosted --------------------------
    m(
        "88230",
        "2025-10-03 21:44",
        "Ing. Javier Leal <javier.leal.troqueles@hotmail.com>",
        "Vacante ingeniero procesos/calidad",
        A("interview", TE, TER, 17, "direct"),
        "Daniela buenas noches\n\nMe paso tu CV un conocido de la AMEF (Jorge Peña). Tengo un taller de troquelado en Escobedo, 60 gentes, y busco ingeniero(a) que lleve procesos y calidad, PPAP para 2 clientes Tier 2. Te puedo recibir el martes a las 8 am en el taller para platicar, Av. Sendero 901 nave 4.\n\nJavier Leal\nDirector General\nTroqueles Escobedo\nCel 81 8000 1122\n\nEnviado desde mi iPhone",
    ),
    # --- 25 Plásticos Apodaca (Indeed) --------------------------------------------------------
    m(
        "88240",
        "2025-11-03 13:27",
        "Indeed <indeedapply@indeed.com>",
        "Postulación enviada: Ingeniero de Mejora Continua",
        A("confirmation", PA, PAR, 25, "indeed"),
        html="<html><body><table width='600'><tr><td><p><b>Indeed</b></p><p>Se envió tu postulación</p><p><b>Ingeniero de Mejora Continua</b><br>Plásticos Apodaca<br>Apodaca, N. L.</p><p>Buena suerte,<br>El equipo de Indeed</p></td></tr></table></body></html>",
    ),
    m(
        "88241",
        "2025-11-12 17:46",
        "Plásticos Apodaca vía Indeed <noreply@indeed.com>",
        "Mensaje nuevo de Plásticos Apodaca",
        A("rejection", PA, PAR, 25, "indeed"),
        'Plásticos Apodaca te envió un mensaje\n\nIngeniero de Mejora Continua - Apodaca, N. L.\n\n"Hola Daniela, gracias por tu interés en nuestra empresa. Revisamos tu perfil con atención y es muy completo; lamentablemente en este momento no es compatible con lo que requerimos. Te deseamos suerte en tu búsqueda."\n\nResponder en Indeed',
    ),
    # --- 26 Bajío Motion Systems (LinkedIn), on hold -------------------------------------------
    m(
        "88250",
        "2025-09-29 09:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Daniela, tu solicitud se envió a Bajío Motion Systems",
        A("confirmation", BM, BMR, 26, "linkedin"),
        "Tu solicitud se envió a Bajío Motion Systems\n\nIngeniero de Calidad (APQP/PPAP)\nBajío Motion Systems · El Marqués, Qro. (Presencial)\nSolicitud enviada el 29 sept 2025",
    ),
    m(
        "88251",
        "2025-10-07 11:30",
        "Fernanda Uribe <fernanda.uribe@bms-mx.com>",
        "BMS | Entrevista Teams - Ingeniero de Calidad",
        A("interview", BM, BMR, 26, "direct"),
        "Hola Daniela,\n\nGracias por aplicar en LinkedIn. Me gustaría invitarte a una primera entrevista por Teams con nuestro Quality Lead. ¿Te acomoda el jueves 9 a las 13:00? Ya te envié la invitación.\n\nSaludos,\nFernanda Uribe\nHR Business Partner\nBMS - Bajío Motion Systems, S.A. de C.V.",
        ics=ev(
            "2025-10-09 13:00",
            "BMS - Entrevista Ing. Calidad APQP/PPAP",
            ("Fernanda Uribe", "fernanda.uribe@bms-mx.com"),
            "040000008200E00074C5B7101A82E008BMS1009",
            45,
            "Microsoft Teams Meeting",
        ),
    ),
    m(
        "88252",
        "2025-10-30 10:10",
        "Fernanda Uribe <fernanda.uribe@bms-mx.com>",
        "Estatus vacante Ingeniero de Calidad",
        A("confirmation", BM, BMR, 26, "direct"),
        "Hola Daniela,\n\nTe quería avisar que la vacante de Ingeniero de Calidad (APQP/PPAP) quedó congelada por presupuesto hasta el próximo año. Tu proceso no se cancela; si se reactiva, te busco para la entrevista con gerencia.\n\nGracias por tu paciencia.\nFernanda",
        st="on_hold",
    ),
    # --- 5 Ostrava comes back in January ------------------------------------------------------
    m(
        "88144",
        "2026-01-14 09:20",
        "Gabriela Ochoa <gochoa@talentoindustrial.mx>",
        "Ostrava reactivó la vacante",
        A("confirmation", OS, OSR, 5, "agency"),
        "Hola Daniela, ¡feliz año!\n\nOstrava Components reactivó la vacante de Quality Engineer. Sé que entraste a Hallmann en diciembre; ¿te interesaría seguir en el proceso o prefieres que te dé de baja?\n\nSaludos,\nGabriela",
        st="on_hold",
    ),
    m(
        "88145",
        "2026-01-15 16:41",
        "Gabriela Ochoa <gochoa@talentoindustrial.mx>",
        "RE: Ostrava reactivó la vacante",
        A("confirmation", OS, OSR, 5, "agency"),
        "Entendido, Daniela. Te doy de baja del proceso con Ostrava y se lo comunico al cliente. ¡Mucho éxito en Hallmann! Sigamos en contacto.\n\nGabriela\n\n> El 15 ene 2026, a las 7:12, Daniela Garza Treviño escribió:\n> Gabriela, muchas gracias por pensar en mí, pero estoy contenta en mi nuevo trabajo. Prefiero no continuar.",
        st="withdrawn",
        headers={"In-Reply-To": "<88144.20260114.27@talentoindustrial.mx>"},
    ),
    # --- job alerts, outreach, portal mail ------------------------------------------------------
    m(
        "88300",
        "2025-09-02 07:00",
        "OCC Mundial <alertas@occ.com.mx>",
        "12 vacantes nuevas de Ingeniero de Calidad en Monterrey",
        ("alert", None, None, None, "other", "es"),
        "Vacantes para ti, Daniela\n\n- Ingeniero de Calidad Sr. | Metalúrgica Regiomontana | Monterrey\n- Ingeniero de Calidad Proveedores | Confidencial | Apodaca\n- Supervisor de Calidad | Grupo Industrial Fénix | Guadalupe\n- Ingeniero de Procesos | Autopartes Cumbres | Escobedo\n\nVer las 12 vacantes\n\nPara dejar de recibir esta alerta, ingresa a Mis alertas.",
    ),
    m(
        "88301",
        "2025-09-20 07:00",
        "Computrabajo <alertas@computrabajo.com.mx>",
        "Nuevas ofertas de empleo: ingeniero de procesos",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Ofertas que coinciden con tu búsqueda <b>ingeniero de procesos</b> en Nuevo León:</p><ul><li>Ingeniero de Procesos Jr - Santa Catarina - $28,000</li><li>Ingeniero de Procesos Estampado - Ramos Arizpe</li><li>Ingeniero de Procesos SMT - Apodaca</li></ul><p>Computrabajo</p></body></html>",
    ),
    m(
        "88302",
        "2025-10-04 08:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“ingeniero de calidad”: Bajío Motion Systems y 9 empleos más",
        ("alert", None, None, None, "linkedin", "es"),
        "Tus alertas de empleo para ingeniero de calidad en Querétaro\n\nSupplier Quality Engineer - Aeroforja del Bajío - Querétaro\nIngeniero de Calidad - Lerma Home - Querétaro\nQuality Engineer - Lumentra Optics - El Marqués\n\nVer todos los empleos",
    ),
    m(
        "88303",
        "2025-10-11 06:30",
        "Indeed <alert@indeed.com>",
        "Ingeniero de calidad: nuevos empleos en Monterrey, N. L.",
        ("alert", None, None, None, "indeed", "es"),
        html="<html><body><p><b>Ingeniero de Mejora Continua</b><br>Plásticos Apodaca - Apodaca, N. L.<br>Postulación fácil</p><p><b>Ingeniero de Calidad</b><br>Grupo Ferrotek - Guadalupe, N. L.<br>$35,000 - $42,000 al mes</p><p>Ver todos los empleos</p></body></html>",
    ),
    m(
        "88304",
        "2025-11-01 07:00",
        "OCC Mundial <alertas@occ.com.mx>",
        "Hay 8 vacantes nuevas que coinciden con tu búsqueda",
        ("alert", None, None, None, "other", "es"),
        "Daniela, estas vacantes se publicaron esta semana:\n\n- Jefe de Calidad | Forjas Linares | Linares\n- Ingeniero SQE | Hallmann Automotive | Ramos Arizpe\n- Ingeniero de Calidad Cliente | Empresa Confidencial | Saltillo\n\nOCC Mundial",
    ),
    m(
        "88305",
        "2025-09-27 12:00",
        "Bumeran <noreply@bumeran.com.mx>",
        "Completá tu perfil y aumentá tus chances",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Hola Daniela, tu perfil está al 60%.</p><p>Los perfiles completos reciben hasta 3 veces más contactos de empresas. Agregá tu experiencia laboral y tu nivel de inglés.</p><p><a href='https://www.bumeran.com.mx/postulantes/perfil'>Completar perfil</a></p></body></html>",
    ),
    m(
        "88306",
        "2025-10-09 18:24",
        "Hallmann Automotive México <noreply@successfactors.com>",
        "Bienvenido(a) a nuestra Comunidad de Talento",
        ("alert", None, None, None, "other", "es"),
        "Hola Daniela:\n\nGracias por unirte a la Comunidad de Talento de Hallmann Automotive. Te enviaremos vacantes que coincidan con tus intereses.\n\nTalent Acquisition",
    ),
    m(
        "88307",
        "2025-09-30 19:00",
        "Aeroforja del Bajío <aerobajio@myworkday.com>",
        "Tu solicitud está incompleta",
        ("alert", None, None, None, "workday", "es"),
        "Hola Daniela:\n\nNotamos que comenzaste una solicitud para Inspector(a) de Calidad NDT (R-2025-1007) pero no la enviaste. Tu información está guardada; inicia sesión para terminarla antes de que cierre la vacante.\n\nAdquisición de Talento",
    ),
    m(
        "88310",
        "2025-10-15 11:10",
        "Ricardo Mejía <ricardo@headhuntersnorte.com>",
        "Posición Gerente de Calidad - confidencial",
        ("outreach", None, None, None, "agency", "es"),
        "Daniela, ¿qué tal?\n\nTengo una posición de Gerente de Calidad para una empresa del sector electrodomésticos en Apodaca (confidencial). Es un salto de nivel, pero tu perfil me parece interesante. ¿Tendrías 10 minutos esta semana?\n\nRicardo Mejía\nPartner | Headhunters del Norte",
    ),
    m(
        "88311",
        "2025-11-19 09:00",
        "Laura Benavides <lbenavides@sierramadreshelter.com.mx>",
        "Nueva vacante - Ingeniero de Procesos (cliente en Santa Catarina)",
        ("outreach", None, "Ingeniero de Procesos", None, "direct", "es"),
        "Hola Daniela,\n\nComo te comenté, te tengo presente. Se abrió Ingeniero de Procesos para otro de nuestros clientes (electrónica, Santa Catarina). ¿Sigues buscando?\n\nLaura",
    ),
    m(
        "88312",
        "2025-11-19 09:01",
        "Ricardo Mejía <ricardo@headhuntersnorte.com>",
        "Fuera de la oficina: RE: Posición Gerente de Calidad - confidencial",
        ("other_job", None, None, None, "agency", "es"),
        "Gracias por tu mensaje. Estaré fuera de la oficina hasta el 24 de noviembre con acceso limitado a correo. Para temas urgentes contacta a asistente@headhuntersnorte.com.\n\nRicardo Mejía",
    ),
    m(
        "88313",
        "2025-12-04 10:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Daniela, tienes un nuevo mensaje InMail",
        ("outreach", None, "Quality Manager", None, "linkedin", "es"),
        'Patricio Leos, Talent Partner en Grupo Ferrotek, te envió un mensaje:\n\n"Hola Daniela, vi tu perfil y tu experiencia en SQE. Estamos buscando Quality Manager para nuestra planta de Guadalupe. ¿Te gustaría conversar?"\n\nResponder',
    ),
    m(
        "88314",
        "2026-01-20 08:00",
        "Computrabajo <encuestas@computrabajo.com.mx>",
        "¿Encontraste empleo? Cuéntanos",
        ("other_job", None, None, None, "other", "es"),
        html="<html><body><p>Hola Daniela, notamos que hace tiempo no te postulas. ¿Ya encontraste empleo? Responde nuestra encuesta de 1 minuto.</p><p><a href='https://mx.computrabajo.com/encuesta'>Responder</a></p></body></html>",
    ),
    m(
        "88315",
        "2025-12-01 07:05",
        "Hallmann People Services <no-reply@hallmann-group.com>",
        "Bienvenida a Hallmann - acceso a tus sistemas",
        ("other_job", HA, None, None, "direct", "es"),
        "Bienvenida, Daniela Garza Treviño.\n\nTu número de empleado es 700441. Tu usuario de red es DGARZAT. Activa tu cuenta en el portal de autoservicio con la contraseña temporal entregada por tu jefe inmediato.\n\nHallmann Group IT & People Services",
    ),
    # --- 27 Lumentra Optics (Taleo), confirmation reaches the old hotmail address ---------
    m(
        "88260",
        "2025-10-01 22:48",
        "Daniela Garza <dani.garza.t@hotmail.com>",
        "RV: Lumentra Optics - Confirmación de solicitud",
        A("confirmation", LU, LUR, 27, "taleo"),
        "\n\n________________________________\nDe: Lumentra Optics <lumentra@taleo.net>\nEnviado: miércoles, 1 de octubre de 2025 04:10 p. m.\nPara: dani.garza.t@hotmail.com\nAsunto: Lumentra Optics - Confirmación de solicitud\n\nEstimado(a) Daniela Garza:\n\nGracias por su interés en Lumentra Optics de México, S. de R.L. de C.V. Hemos recibido su solicitud para el puesto Quality Engineer - Optical Assembly (Solicitud 25000741), El Marqués, Querétaro.\n\nSi su perfil coincide con los requisitos, un reclutador se comunicará con usted. En caso contrario, le notificaremos por este medio.\n\nAtentamente,\nLumentra Optics - Recursos Humanos",
        to="Daniela Garza Treviño <dgarza.trevino@gmail.com>",
    ),
    m(
        "88261",
        "2025-10-27 18:02",
        "Lumentra Optics <lumentra@taleo.net>",
        "Lumentra Optics - Solicitud 25000741",
        A("rejection", LU, LUR, 27, "taleo"),
        "Estimado(a) Daniela Garza:\n\nLe agradecemos el interés mostrado en Lumentra Optics y el tiempo dedicado a su solicitud para el puesto Quality Engineer - Optical Assembly. Su experiencia es sin duda valiosa.\n\nLamentamos informarle que en esta ocasión su perfil no fue seleccionado para continuar en el proceso. Su información quedará registrada para futuras oportunidades.\n\nAtentamente,\nLumentra Optics - Recursos Humanos",
        to="Daniela Garza <dani.garza.t@hotmail.com>",
    ),
    m(
        "88109",
        "2025-10-21 18:30",
        "Homero Villarreal <hvillarreal@metreg.com.mx>",
        "Cancelado: Entrevista Daniela Garza - Ing. Procesos TT",
        A("interview", MR, MR2, 16, "direct"),
        "Daniela, una disculpa, me surgió una auditoría de cliente el miércoles. Cancelo la reunión y Brenda te contacta para reagendar.\n\nHomero",
        ics=ev(
            "2025-10-22 17:00",
            "Entrevista Daniela Garza - Ing. Procesos TT",
            ("Homero Villarreal", "hvillarreal@metreg.com.mx"),
            "040000008200E00074C5B7101A82E00800000000MRTT22",
            45,
            "Reunión de Microsoft Teams",
        )
        | {"method": "CANCEL"},
    ),
]

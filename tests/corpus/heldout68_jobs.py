# ruff: noqa: E501
"""Corpus 68, Chilean job mail in Spanish (data only): see heldout68.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    # Santiago: -04 until the first Sunday of September, -03 (summer time) after it.
    return "-0400" if day < "2025-09-07" else "-0300"


m = partial(dated_spec, _tz)
"""One message's spec: its Message-ID and date worked out from the key and the day."""


def A(cat, co, role, app, src, lang="es"):
    return (cat, co, role, app, src, lang)


def ev(start, org, uid, summary, minutes=45, **kw):
    e = {
        "start": f"{start}:00 {_tz(start[:10])}",
        "organizer": org,
        "uid": uid,
        "summary": summary,
        "minutes": minutes,
    }
    e.update(kw)
    return e


ALB, ALBR = "Tiendas Alborada", "Analista BI Senior"
BC, BC1, BC2 = (
    "Banco Cordillera",
    "Analista de Datos Riesgo Minorista",
    "Analista BI Canales Digitales",
)
PEH, PEHR = "Seguros Pehuén", "Desarrollador BI"
QUE, QUER = "Distribuidora Quelentaro", "Analista de Datos Comercial"
ARR, ARR1, ARR2 = "Clínica Los Arrayanes", "Analista de Control de Gestión", "Analista BI"
TRA, TRAR = "Tralka Logística", "Analista de Inteligencia de Negocios"
PNL, PNLR = "Constructora Peñalolén", "Analista de Datos"
CMA, CMAR = "Viña Cerro Marga", "Analista BI"
FQ, FQR = "Farmacias Quillay", "Analista de Datos Comercial"
KUY, KUYR = "Kuyen", "Data Analyst"
LON, LONR = "Cervecera Lonquimay", "Analista de Business Intelligence"
TAU, TAUR = "TeleAustral", "Data Analyst Senior"
BOL, BOLR = "Agrícola Los Boldos", "Analista de Datos y Reportería"
CB, CBR = "Minera Cerro Blanco", "Analista de Datos Mantenimiento"
CUM, CUMR = "Caja Cumbres", "Analista de Datos Senior"
SST, SSTR = "Superintendencia de Servicios Turísticos", "Profesional Analista de Datos"
MER, MERR = "Mercadito", "Analista BI"

FIRMA_TS = "\n\n--\nCarolina Vidal M.\nConsultora Senior de Selección\nTalento Sur Consultores Ltda.\n+56 9 8812 4471 · Providencia, Santiago"

MAIL: list[dict[str, Any]] = [
    # --- 1 Tiendas Alborada via Talento Sur (agency, client unnamed, then named) -------------
    m(
        "71002",
        "2025-08-05 10:41",
        "Carolina Vidal <cvidal@talentosur.cl>",
        "Proceso de selección Analista BI Senior - importante empresa del rubro retail",
        ("outreach", None, ALBR, None, "agency", "es"),
        "Hola Valentina, ¿cómo estás?\n\nTe escribo de Talento Sur Consultores. Estamos apoyando a una importante empresa del rubro retail en la búsqueda de un/a Analista BI Senior para su gerencia comercial (Las Condes, modalidad híbrida 3x2).\n\nBuscamos experiencia de 4+ años en Power BI, SQL Server y modelamiento dimensional; deseable conocimiento de Azure Data Factory. Renta de mercado, a conversar.\n\nVi tu perfil en LinkedIn y me pareció muy alineado. Si te interesa, ¿me podrías enviar tu CV actualizado y tu pretensión de renta líquida?\n\nSaludos cordiales,"
        + FIRMA_TS,
    ),
    m(
        "71003",
        "2025-08-06 16:02",
        "Carolina Vidal <cvidal@talentosur.cl>",
        "RE: Proceso de selección Analista BI Senior - importante empresa del rubro retail",
        A("confirmation", ALB, ALBR, 1, "agency"),
        "Valentina, muchas gracias por tu CV y tu pretensión de renta. Quedas incorporada al proceso.\n\nEn los próximos días te contactaremos para coordinar una primera entrevista por Teams conmigo. Por confidencialidad aún no puedo compartir el nombre del cliente, pero te lo daré a conocer si avanzas a la etapa con la empresa.\n\nSaludos,"
        + FIRMA_TS
        + "\n\nEl mié, 6 ago 2025 a las 11:15, Valentina Araya <vale.araya.sep@gmail.com> escribió:\n> Hola Carolina, gracias por considerarme. Adjunto mi CV; mi pretensión es de $2.400.000 líquidos.\n> Saludos, Valentina",
        **{"In-Reply-To": "<71002.20250805.80@talentosur.cl>"},
    ),
    m(
        "71004",
        "2025-08-11 09:30",
        "Carolina Vidal <cvidal@talentosur.cl>",
        "Entrevista Talento Sur - Analista BI Senior",
        A("interview", ALB, ALBR, 1, "agency"),
        "Hola Valentina:\n\nTe envío la invitación para nuestra entrevista por Microsoft Teams el miércoles 13 de agosto a las 12:00 hrs. Durará unos 40 minutos y revisaremos tu trayectoria y motivaciones.\n\nQuedo atenta,"
        + FIRMA_TS,
        ics=ev(
            "2025-08-13 12:00",
            ("Carolina Vidal", "cvidal@talentosur.cl"),
            "ts-88120@talentosur.cl",
            "Entrevista Analista BI Senior - Valentina Araya",
            40,
            style="outlook",
            location="Reunión de Microsoft Teams",
        ),
    ),
    m(
        "71005",
        "2025-08-20 17:48",
        "Carolina Vidal <cvidal@talentosur.cl>",
        "Avanzas en el proceso: entrevista con Tiendas Alborada y evaluación psicolaboral",
        A("interview", ALB, ALBR, 1, "agency"),
        "Hola Valentina,\n\n¡Buenas noticias! El cliente revisó tu perfil y quiere conocerte. Ahora te puedo contar que se trata de Tiendas Alborada (Comercializadora Alborada S.A.).\n\nLas siguientes etapas son:\n1. Entrevista psicolaboral con nuestra psicóloga Daniela Pino, el lunes 25 de agosto a las 10:00 en nuestras oficinas (Av. Nueva Providencia 2155, of. 604).\n2. Entrevista técnica con el Subgerente de Inteligencia Comercial de Alborada, a coordinar después de la psicolaboral.\n\nPor favor confírmame tu asistencia.\n\nSaludos,"
        + FIRMA_TS,
    ),
    m(
        "71006",
        "2025-09-02 11:20",
        "Daniel Bórquez <dborquez@alborada.cl>",
        "Entrevista técnica Analista BI Senior",
        A("interview", ALB, ALBR, 1, "direct"),
        "Estimada Valentina:\n\nCarolina de Talento Sur me compartió tu evaluación. Te propongo conversar el jueves 4 de septiembre a las 16:00 en nuestras oficinas de Av. Apoquindo 4800, piso 11. Trae, si puedes, algún dashboard de ejemplo (sin datos sensibles).\n\nSaludos,\n\nDaniel Bórquez Fuenzalida\nSubgerente de Inteligencia Comercial\nComercializadora Alborada S.A.",
        ics=ev(
            "2025-09-04 16:00",
            ("Daniel Bórquez", "dborquez@alborada.cl"),
            "040000008200E00074C5B7101A82E0080000000021af@alborada.cl",
            "Entrevista técnica - Valentina Araya",
            60,
            style="outlook",
            location="Apoquindo 4800, piso 11, sala Lircay",
        ),
    ),
    m(
        "71007",
        "2025-09-19 13:05",
        "Carolina Vidal <cvidal@talentosur.cl>",
        "Actualización proceso de selección",
        A("rejection", ALB, ALBR, 1, "agency"),
        "Hola Valentina,\n\nQuería agradecerte sinceramente tu tiempo y disposición durante todo el proceso para Tiendas Alborada. Tanto en la evaluación psicolaboral como en la entrevista técnica dejaste una muy buena impresión.\n\nSin embargo, el cliente decidió avanzar con otra candidata cuyo perfil tenía mayor experiencia en el negocio de retail de vestuario. Sé que no es la noticia que esperabas.\n\nMantendremos tu CV en nuestra base para futuros procesos, y te contactaré si aparece algo acorde.\n\n¡Mucho éxito!"
        + FIRMA_TS,
    ),
    # --- 2 Banco Cordillera, Riesgo (Workday) ----------------------------------------------
    m(
        "71010",
        "2025-08-08 22:14",
        "Banco Cordillera <bancocordillera@myworkday.com>",
        "Hemos recibido tu postulación",
        A("confirmation", BC, BC1, 2, "workday"),
        html="<html><body style='font-family:Arial'><p>Hola Valentina:</p><p>Gracias por postular al cargo <b>Analista de Datos Riesgo Minorista</b> (R-0041877) en Banco Cordillera.</p><p>Nuestro equipo de Atracción de Talento revisará tu perfil. Si tus antecedentes se ajustan a lo que buscamos, te contactaremos para las siguientes etapas del proceso. En caso contrario, te lo informaremos por este medio.</p><p>Puedes revisar el estado de tu postulación en cualquier momento ingresando a nuestro portal de carreras.</p><p>Saludos cordiales,<br>Gerencia de Personas<br>Banco Cordillera</p><p style='font-size:10px;color:#777'>Este es un correo automático, por favor no respondas.</p></body></html>",
    ),
    m(
        "71011",
        "2025-08-18 09:02",
        "Banco Cordillera <bancocordillera@myworkday.com>",
        "Invitación: prueba técnica - Analista de Datos Riesgo Minorista",
        A("assessment", BC, BC1, 2, "workday"),
        "Hola Valentina,\n\nTu postulación avanzó a la etapa de evaluación técnica. Te invitamos a rendir una prueba en línea de SQL y Python (90 minutos) antes del viernes 22 de agosto a las 23:59.\n\nIngresa con el enlace personal: https://bancocordillera.wd3.myworkdayjobs.com/Cordillera_Careers/assessment/7f21c0\n\nRecomendamos rendirla desde un computador con buena conexión.\n\nÉxito,\nEquipo de Atracción de Talento\nBanco Cordillera",
    ),
    m(
        "71012",
        "2025-09-01 10:30",
        "Josefina Lagos <josefina.lagos@bancocordillera.cl>",
        "Coordinación entrevista - Riesgo Minorista",
        A("interview", BC, BC1, 2, "direct"),
        "Hola Valentina, ¿cómo estás?\n\nSoy Josefina, Business Partner de Atracción de Talento. Te cuento que te fue muy bien en la prueba técnica y el área quiere entrevistarte. ¿Te acomoda el miércoles 3 de septiembre a las 15:30 por Teams? Participarán Marcelo Reyes (Jefe de Modelos) y yo.\n\nSaludos,\nJosefina Lagos Ibáñez\nAtracción de Talento | Gerencia de Personas\nBanco Cordillera",
    ),
    m(
        "71013",
        "2025-09-26 18:40",
        "Banco Cordillera <bancocordillera@myworkday.com>",
        "Actualización de tu postulación",
        A("rejection", BC, BC1, 2, "workday"),
        html="<html><body><p>Estimada Valentina:</p><p>Agradecemos el interés que mostraste en formar parte de Banco Cordillera y el tiempo dedicado al proceso para el cargo Analista de Datos Riesgo Minorista.</p><p>Luego de una cuidadosa evaluación, hemos decidido continuar con otros candidatos cuyo perfil se ajusta de manera más cercana a los requerimientos actuales del cargo.</p><p>Te invitamos a seguir atenta a nuestras oportunidades en el portal de carreras.</p><p>Saludos cordiales,<br>Banco Cordillera</p></body></html>",
    ),
    # --- 20 Banco Cordillera, second role after the rejection (Workday) ----------------------
    m(
        "71015",
        "2025-11-03 21:37",
        "Banco Cordillera <bancocordillera@myworkday.com>",
        "Hemos recibido tu postulación",
        A("confirmation", BC, BC2, 20, "workday"),
        html="<html><body style='font-family:Arial'><p>Hola Valentina:</p><p>Gracias por postular al cargo <b>Analista BI Canales Digitales</b> (R-0043310) en Banco Cordillera.</p><p>Nuestro equipo de Atracción de Talento revisará tu perfil. Si tus antecedentes se ajustan a lo que buscamos, te contactaremos para las siguientes etapas del proceso. En caso contrario, te lo informaremos por este medio.</p><p>Saludos cordiales,<br>Gerencia de Personas<br>Banco Cordillera</p></body></html>",
    ),
    m(
        "71016",
        "2025-11-14 12:11",
        "Josefina Lagos <josefina.lagos@bancocordillera.cl>",
        "Entrevista Analista BI Canales Digitales",
        A("interview", BC, BC2, 20, "direct"),
        "Hola Valentina, ¡qué bueno verte de nuevo en un proceso nuestro!\n\nEl equipo de Canales Digitales quiere conversar contigo. Te dejo la invitación para el martes 18 de noviembre a las 10:00 (Teams). Esta vez serán Ignacio Toro (Subgerente Analytics Digital) y yo.\n\nSaludos,\nJosefina Lagos Ibáñez\nAtracción de Talento\nBanco Cordillera",
        ics=ev(
            "2025-11-18 10:00",
            ("Josefina Lagos", "josefina.lagos@bancocordillera.cl"),
            "040000008200E00074C5B7101A82E00800000000bc11@bancocordillera.cl",
            "Entrevista Valentina Araya - Analista BI Canales Digitales",
            45,
            style="outlook",
            location="Reunión de Microsoft Teams",
            attendees=[("Ignacio Toro", "itoro@bancocordillera.cl")],
        ),
    ),
    m(
        "71017",
        "2025-12-02 16:25",
        "Josefina Lagos <josefina.lagos@bancocordillera.cl>",
        "RE: Entrevista Analista BI Canales Digitales",
        A("confirmation", BC, BC2, 20, "direct"),
        "Hola Valentina,\n\nTe escribo para contarte que el proceso de Analista BI Canales Digitales quedó suspendido por una reestructuración del área. No es una decisión sobre tu candidatura: la posición está congelada al menos hasta marzo.\n\nSi se reactiva, te contactaré directamente.\n\nUn abrazo,\nJosefina\n\n-----Mensaje original-----\nDe: Valentina Araya <vale.araya.sep@gmail.com>\nEnviado: viernes, 28 de noviembre de 2025 9:14\nPara: Josefina Lagos\nAsunto: RE: Entrevista Analista BI Canales Digitales\n\nHola Josefina, ¿hay novedades del proceso? Saludos.",
        st="on_hold",
    ),
    # --- 3 Seguros Pehuén (SuccessFactors, holding sender) -> accepted ----------------------
    m(
        "71020",
        "2025-10-20 19:58",
        "Pehuén Holding Financiero - Carreras <careers-noreply@successfactors.com>",
        "Confirmación de postulación - Req 11872",
        A("confirmation", PEH, PEHR, 3, "other"),
        "Estimada Valentina Araya Sepúlveda,\n\nGracias por tu interés en Pehuén Holding Financiero. Hemos recibido tu postulación para el puesto Desarrollador BI (Req 11872), Compañía de Seguros Generales Pehuén S.A., Santiago.\n\nRevisaremos tus antecedentes y, si tu perfil avanza, nos comunicaremos contigo.\n\nAtentamente,\nGerencia Corporativa de Personas\nPehuén Holding Financiero S.A.",
    ),
    m(
        "71021",
        "2025-10-29 11:44",
        "Marcela Oyarzún <moyarzun@segurospehuen.cl>",
        "Entrevista Desarrollador BI - Seguros Pehuén",
        A("interview", PEH, PEHR, 3, "direct"),
        "Hola Valentina:\n\nSoy Marcela Oyarzún, Jefa de BI de Seguros Pehuén. Revisé tu postulación y me gustaría conversar contigo. ¿Te parece el lunes 3 de noviembre a las 9:30, presencial en Huérfanos 1160, piso 7? Si te complica, lo hacemos por Teams.\n\nSaludos,\nMarcela Oyarzún R.\nJefa de Business Intelligence\nSeguros Pehuén",
        ics=ev(
            "2025-11-03 09:30",
            ("Marcela Oyarzún", "moyarzun@segurospehuen.cl"),
            "040000008200E00074C5B7101A82E008000000007e02@segurospehuen.cl",
            "Entrevista Desarrollador BI - V. Araya",
            60,
            style="outlook",
            location="Huérfanos 1160, piso 7, sala 3",
        ),
    ),
    m(
        "71022",
        "2025-11-10 15:17",
        "Psicolaboral Consultores <agenda@evaluapsico.cl>",
        "Citación evaluación psicolaboral - Seguros Pehuén",
        A("interview", PEH, PEHR, 3, "other"),
        "Estimada Valentina:\n\nA solicitud de Seguros Pehuén, le citamos a evaluación psicolaboral para el cargo Desarrollador BI.\n\nFecha: jueves 13 de noviembre\nHora: 08:45 (duración aprox. 3 horas)\nLugar: Av. Providencia 1208, of. 1102, Metro Manuel Montt\n\nFavor traer cédula de identidad y lápiz pasta. Le solicitamos confirmar su asistencia respondiendo este correo.\n\nAtentamente,\nÁrea de Evaluación\nEvaluapsico Ltda.",
    ),
    m(
        "71023",
        "2025-11-24 10:02",
        "Marcela Oyarzún <moyarzun@segurospehuen.cl>",
        "Segunda entrevista con Gerencia",
        A("interview", PEH, PEHR, 3, "direct"),
        "Valentina, ¡hola!\n\nTe fue bien en la psicolaboral. El siguiente paso es una conversación con Rodrigo Santelices, Gerente de Operaciones y Tecnología. Te mando la invitación para el miércoles 26 a las 17:00.\n\nSaludos,\nMarcela",
        ics=ev(
            "2025-11-26 17:00",
            ("Marcela Oyarzún", "moyarzun@segurospehuen.cl"),
            "040000008200E00074C5B7101A82E008000000007e9a@segurospehuen.cl",
            "Entrevista Gerencia - Desarrollador BI",
            45,
            style="outlook",
            location="Huérfanos 1160, piso 9",
            attendees=[("Rodrigo Santelices", "rsantelices@segurospehuen.cl")],
        ),
    ),
    m(
        "71024",
        "2025-12-09 18:30",
        "Francisca Muñoz <fmunoz@pehuenholding.cl>",
        "Carta oferta - Desarrollador BI",
        A("offer", PEH, PEHR, 3, "direct"),
        "Estimada Valentina:\n\nJunto con saludarte, y en nombre de Compañía de Seguros Generales Pehuén S.A., tenemos el agrado de presentarte nuestra oferta laboral para el cargo de Desarrollador BI.\n\nAdjunto la carta oferta con el detalle de renta, beneficios (seguro complementario de salud, aguinaldos de Fiestas Patrias y Navidad, bono anual por desempeño) y fecha tentativa de ingreso: 5 de enero de 2026.\n\nTe pedimos responder a más tardar el lunes 15 de diciembre.\n\nSaludos cordiales,\nFrancisca Muñoz T.\nAnalista de Personas\nPehuén Holding Financiero S.A.",
        attach=[("Carta_Oferta_VArayaS.pdf", "application/pdf", "%PDF-1.4 carta oferta (resumen)")],
    ),
    m(
        "71025",
        "2025-12-15 12:48",
        "Francisca Muñoz <fmunoz@pehuenholding.cl>",
        "RE: Carta oferta - Desarrollador BI",
        A("offer", PEH, PEHR, 3, "direct"),
        "Valentina, ¡qué buena noticia! Recibimos tu carta oferta firmada. Bienvenida a Seguros Pehuén.\n\nEn los próximos días te llegará la citación a exámenes preocupacionales y el listado de documentos para el contrato (certificado de AFP, de Isapre o Fonasa, título, cédula por ambos lados).\n\nSaludos,\nFrancisca\n\n> El lun, 15 dic 2025, Valentina Araya escribió:\n> Francisca, adjunto la carta firmada. ¡Muchas gracias!",
        st="accepted",
    ),
    m(
        "71026",
        "2025-12-17 09:15",
        "Francisca Muñoz <fmunoz@pehuenholding.cl>",
        "Citación exámenes preocupacionales",
        ("other_job", PEH, PEHR, None, "direct", "es"),
        "Valentina:\n\nTe agendamos exámenes preocupacionales en Centro Médico Laboral Vida Sana (Moneda 920, Santiago Centro) para el viernes 19 de diciembre a las 08:00. Debes asistir con 8 horas de ayuno. Incluye examen de sangre, orina y evaluación de agudeza visual.\n\nSaludos,\nFrancisca Muñoz\nPersonas - Pehuén Holding Financiero",
    ),
    m(
        "71027",
        "2026-01-02 14:00",
        "Seguros Pehuén <bienvenida@segurospehuen.cl>",
        "¡Te damos la bienvenida! Tu primer día el lunes 5 de enero",
        ("other_job", PEH, PEHR, None, "direct", "es"),
        html="<html><body><h2>¡Bienvenida, Valentina!</h2><p>Tu primer día en Seguros Pehuén será el <b>lunes 5 de enero a las 9:00</b>. Te esperamos en recepción, Huérfanos 1160.</p><p>Tu jornada de inducción incluye: charla de cultura, entrega de notebook y credencial, y almuerzo con tu equipo de BI.</p><p>Equipo de Personas</p></body></html>",
    ),
    # --- 4 Distribuidora Quelentaro (Laborum) -> viewed, ghosted -----------------------------
    m(
        "71030",
        "2025-08-12 20:20",
        "Laborum <notificaciones@laborum.cl>",
        "Postulaste a Analista de Datos Comercial",
        A("confirmation", QUE, QUER, 4, "other"),
        html="<html><body><p>¡Hola Valentina!</p><p>Tu postulación fue enviada con éxito.</p><table><tr><td><b>Analista de Datos Comercial</b><br>Distribuidora Quelentaro Ltda.<br>Quilicura, Región Metropolitana</td></tr></table><p>Te avisaremos cuando la empresa lea tu CV. Mientras tanto, completa tu perfil para destacar entre los postulantes.</p><p>Equipo Laborum</p></body></html>",
    ),
    m(
        "71031",
        "2025-08-19 08:05",
        "Laborum <notificaciones@laborum.cl>",
        "Distribuidora Quelentaro Ltda. leyó tu CV",
        A("viewed", QUE, QUER, 4, "other"),
        html="<html><body><p>Hola Valentina,</p><p><b>Distribuidora Quelentaro Ltda.</b> leyó tu CV para el aviso <b>Analista de Datos Comercial</b>.</p><p>Esto no significa que hayas quedado seleccionada, pero tu postulación está siendo evaluada.</p><p><a href='https://www.laborum.cl/postulantes/postulaciones'>Ver mis postulaciones</a></p></body></html>",
    ),
    # --- 5/6 Clínica Los Arrayanes, two roles (Trabajando.com) ------------------------------
    m(
        "71035",
        "2025-08-21 13:12",
        "Trabajando.com <notificaciones@trabajando.com>",
        "Tu postulación fue recibida",
        A("confirmation", ARR, ARR1, 5, "other"),
        "Hola Valentina:\n\nRecibimos tu postulación al cargo Analista de Control de Gestión en Clínica Los Arrayanes.\n\nRecuerda que puedes revisar el estado de tus postulaciones en www.trabajando.cl, sección Mis Postulaciones.\n\nSi no eres seleccionada para continuar, la empresa podría no contactarte.\n\nSaludos,\nEquipo Trabajando.com",
    ),
    m(
        "71036",
        "2025-08-21 13:19",
        "Trabajando.com <notificaciones@trabajando.com>",
        "Tu postulación fue recibida",
        A("confirmation", ARR, ARR2, 6, "other"),
        "Hola Valentina:\n\nRecibimos tu postulación al cargo Analista BI en Clínica Los Arrayanes.\n\nRecuerda que puedes revisar el estado de tus postulaciones en www.trabajando.cl, sección Mis Postulaciones.\n\nSi no eres seleccionada para continuar, la empresa podría no contactarte.\n\nSaludos,\nEquipo Trabajando.com",
    ),
    m(
        "71037",
        "2025-09-15 11:00",
        "Clínica Los Arrayanes vía Trabajando.com <notificaciones@trabajando.com>",
        "Tu postulación",
        A("rejection", ARR, ARR1, 5, "other"),
        "Estimada Valentina Araya:\n\nAgradecemos tu interés en el cargo Analista de Control de Gestión. Queremos contarte que el proceso de selección ha finalizado y que en esta oportunidad no continuarás en las siguientes etapas.\n\nTus antecedentes quedarán en nuestra base de datos.\n\nAtentamente,\nGerencia de Personas\nInmobiliaria y Servicios Médicos Los Arrayanes S.A.",
    ),
    m(
        "71038",
        "2025-09-29 11:00",
        "Clínica Los Arrayanes vía Trabajando.com <notificaciones@trabajando.com>",
        "Tu postulación",
        A("rejection", ARR, ARR2, 6, "other"),
        "Estimada Valentina Araya:\n\nAgradecemos tu interés en el cargo Analista BI. Queremos contarte que el proceso de selección ha finalizado y que en esta oportunidad no continuarás en las siguientes etapas.\n\nTus antecedentes quedarán en nuestra base de datos.\n\nAtentamente,\nGerencia de Personas\nInmobiliaria y Servicios Médicos Los Arrayanes S.A.",
    ),
    # --- 7 Tralka Logística (Bumeran) -> suspendido --------------------------------------------
    m(
        "71040",
        "2025-09-04 23:05",
        "Bumeran <noreply@bumeran.cl>",
        "¡Tu postulación fue enviada!",
        A("confirmation", TRA, TRAR, 7, "other"),
        html="<html><body><p>Valentina, ¡ya postulaste!</p><p><b>Analista de Inteligencia de Negocios</b> · Logística Tralka SpA · Pudahuel</p><p>Sigue el estado de tu postulación desde la app de Bumeran.</p></body></html>",
    ),
    m(
        "71041",
        "2025-09-23 10:40",
        "Romina Castillo <rcastillo@tralka.cl>",
        "Proceso Analista de Inteligencia de Negocios",
        A("confirmation", TRA, TRAR, 7, "direct"),
        "Hola Valentina,\n\nTe escribo porque postulaste a nuestro aviso de Analista de Inteligencia de Negocios. Queremos informarte que, por ajustes presupuestarios, el proceso quedó suspendido hasta nuevo aviso. Conservaremos tu postulación y te escribiremos si lo retomamos.\n\nGracias por tu interés en Tralka.\n\nRomina Castillo\nJefa de Personas\nLogística Tralka SpA",
        st="on_hold",
    ),
    # --- 8 Constructora Peñalolén (Computrabajo) -> ghosted -----------------------------------
    m(
        "71045",
        "2025-09-09 19:33",
        "Computrabajo <noreply@computrabajo.com>",
        "Postulación realizada: Analista de Datos",
        A("confirmation", PNL, PNLR, 8, "other"),
        html="<html><body><p>Hola Valentina,</p><p>Has postulado correctamente a la oferta <b>Analista de Datos</b> de <b>Constructora Peñalolén S.A.</b> en Santiago.</p><p>La empresa revisará tu hoja de vida. Te notificaremos cualquier cambio de estado.</p><p>Computrabajo Chile</p></body></html>",
    ),
    # --- 9 Viña Cerro Marga (BUK) -> prueba técnica, rejection ---------------------------------
    m(
        "71050",
        "2025-09-11 12:30",
        "Viña Cerro Marga <notificaciones@buk.cl>",
        "Confirmación de postulación",
        A("confirmation", CMA, CMAR, 9, "other"),
        "Hola Valentina,\n\nGracias por postular a Analista BI en Viña Cerro Marga. Tu postulación fue recibida correctamente.\n\nTe mantendremos informada de los avances.\n\nEquipo de Personas\nSociedad Agrícola y Vitivinícola Cerro Marga Ltda.\n\nEnviado con Buk",
    ),
    m(
        "71051",
        "2025-09-22 09:10",
        "Viña Cerro Marga <notificaciones@buk.cl>",
        "Siguiente etapa: prueba técnica",
        A("assessment", CMA, CMAR, 9, "other"),
        "Hola Valentina,\n\n¡Avanzaste a la siguiente etapa! Adjuntamos un caso práctico: un set de datos de ventas de exportación (CSV) para construir un tablero en Power BI con 3 a 5 indicadores y una breve presentación de hallazgos.\n\nPlazo de entrega: lunes 29 de septiembre, respondiendo a personas@cerromarga.cl.\n\nSaludos,\nEquipo de Personas Cerro Marga\n\nEnviado con Buk",
        attach=[
            (
                "caso_ventas_export.csv",
                "text/csv",
                "fecha,mercado,cajas,usd\n2024-01-03,US,120,4380\n",
            )
        ],
    ),
    m(
        "71052",
        "2025-10-14 16:50",
        "Viña Cerro Marga <notificaciones@buk.cl>",
        "Resultado del proceso Analista BI",
        A("rejection", CMA, CMAR, 9, "other"),
        "Hola Valentina,\n\nMuchas gracias por el trabajo que pusiste en el caso práctico; el equipo destacó la claridad de tu presentación.\n\nLamentablemente, decidimos continuar con otro candidato para esta posición. Te deseamos mucho éxito.\n\nEquipo de Personas\nViña Cerro Marga\n\nEnviado con Buk",
    ),
    # --- 10 Farmacias Quillay (Talana) -> withdrawn --------------------------------------------
    m(
        "71055",
        "2025-09-16 15:22",
        "Talana <no-reply@talana.com>",
        "Farmacias Quillay: recibimos tu postulación",
        A("confirmation", FQ, FQR, 10, "other"),
        "Hola Valentina,\n\nFarmacias Quillay recibió tu postulación al cargo Analista de Datos Comercial.\n\nSi tu perfil avanza, el equipo de reclutamiento te contactará.\n\nSaludos,\nTalana Reclutamiento",
    ),
    m(
        "71056",
        "2025-10-01 11:05",
        "Patricio Lillo <plillo@farmaciasquillay.cl>",
        "Entrevista Analista de Datos Comercial",
        A("interview", FQ, FQR, 10, "direct"),
        "Hola Valentina, te contacto de Farmacias Quillay. Queremos agendar una entrevista por videollamada. ¿Tienes disponibilidad el lunes 6 o martes 7 de octubre en la tarde?\n\nSaludos,\nPatricio Lillo\nReclutamiento y Selección\nFarmacias Quillay",
    ),
    m(
        "71057",
        "2025-10-03 09:47",
        "Patricio Lillo <plillo@farmaciasquillay.cl>",
        "RE: Entrevista Analista de Datos Comercial",
        A("confirmation", FQ, FQR, 10, "direct"),
        "Hola Valentina,\n\nEntendido, gracias por avisarnos con tiempo. Retiramos tu postulación del proceso como nos pediste. Te deseo éxito en la otra oportunidad y las puertas quedan abiertas.\n\nSaludos,\nPatricio\n\n> El 2 oct 2025, a las 20:31, Valentina Araya <vale.araya.sep@gmail.com> escribió:\n> Hola Patricio, muchas gracias por el contacto. Estoy avanzada en otros procesos y prefiero retirar mi postulación para no quitarles tiempo. Saludos.",
        st="withdrawn",
    ),
    # --- 11 Kuyen (Hiring Room) -> interview, proceso cerrado ----------------------------------
    m(
        "71060",
        "2025-09-30 10:14",
        "Kuyen - Hiring Room <notificaciones@hiringroom.com>",
        "Recibimos tu postulación para Data Analyst",
        A("confirmation", KUY, KUYR, 11, "other"),
        html="<html><body><p>Hola Valentina:</p><p>¡Gracias por postularte a <b>Data Analyst</b>! Nuestro equipo revisará tu perfil.</p><p>Si eres preseleccionada te contactaremos por este medio o por teléfono.</p><p>Equipo de Talento<br>Fintech Kuyen SpA</p></body></html>",
    ),
    m(
        "71061",
        "2025-10-08 13:25",
        "Kuyen - Hiring Room <notificaciones@hiringroom.com>",
        "Agenda tu entrevista con Kuyen",
        A("interview", KUY, KUYR, 11, "other"),
        "Hola Valentina,\n\nQueremos conocerte. Elige un horario para tu primera entrevista (30 min, Google Meet) con Tomás, nuestro Head of Data:\nhttps://kuyen.hiringroom.com/schedule/c9a17b\n\nSaludos,\nEquipo de Talento Kuyen",
    ),
    m(
        "71062",
        "2025-10-09 09:00",
        "Tomás Riquelme <tomas@kuyen.cl>",
        "Invitación: Entrevista Data Analyst - Valentina Araya @ lun 13 oct 2025 11:00 - 11:30 (GMT-3)",
        A("interview", KUY, KUYR, 11, "direct"),
        "Tomás Riquelme te invitó a un evento.\n\nEntrevista Data Analyst - Valentina Araya\nlunes 13 oct 2025 11:00 – 11:30 (hora de Chile)\nUnirse con Google Meet: meet.google.com/kqx-ptra-zun\nOrganizador: tomas@kuyen.cl",
        sender="Google Calendar <calendar-notification@google.com>",
        ics=ev(
            "2025-10-13 11:00",
            ("Tomás Riquelme", "tomas@kuyen.cl"),
            "6p3c8h1k2b@google.com",
            "Entrevista Data Analyst - Valentina Araya",
            30,
            location="meet.google.com/kqx-ptra-zun",
        ),
    ),
    m(
        "71063",
        "2025-10-27 17:30",
        "Kuyen - Hiring Room <notificaciones@hiringroom.com>",
        "Actualización sobre el proceso Data Analyst",
        A("rejection", KUY, KUYR, 11, "other"),
        "Hola Valentina,\n\nTe escribimos para informarte que hemos decidido cerrar la búsqueda de Data Analyst sin cubrir la vacante, debido a un cambio de prioridades en el equipo. Agradecemos mucho tu tiempo y la conversación con Tomás.\n\nEsperamos volver a encontrarnos en futuras oportunidades.\n\nEquipo de Talento\nKuyen",
    ),
    # --- 12 Cervecera Lonquimay (LinkedIn) -> viewed, ghosted ---------------------------------
    m(
        "71065",
        "2025-10-06 22:48",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Valentina, se envió tu solicitud a Cervecera Lonquimay",
        A("confirmation", LON, LONR, 12, "linkedin"),
        html="<html><body><p>Se envió tu solicitud a Cervecera Lonquimay</p><p><b>Analista de Business Intelligence</b><br>Cervecera Lonquimay · Renca, Región Metropolitana de Santiago, Chile (Híbrido)</p><p>Solicitud enviada el 6 oct 2025</p><p>Ahora, destaca con LinkedIn Premium.</p></body></html>",
    ),
    m(
        "71066",
        "2025-10-10 14:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud se ha visto",
        A("viewed", LON, LONR, 12, "linkedin"),
        html="<html><body><p>Cervecera Lonquimay ha visto tu solicitud para <b>Analista de Business Intelligence</b>.</p><p>¿No has tenido noticias? Es habitual que las empresas tarden un poco en responder.</p></body></html>",
    ),
    # --- 13 TeleAustral (LinkedIn Easy Apply) -> rejection ---------------------------------
    m(
        "71068",
        "2025-10-15 08:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Valentina, se envió tu solicitud a Telecomunicaciones Australes S.A. (TASA)",
        A("confirmation", TAU, TAUR, 13, "linkedin"),
        html="<html><body><p>Se envió tu solicitud a Telecomunicaciones Australes S.A. (TASA)</p><p><b>Data Analyst Senior</b><br>Santiago, Chile (Remoto)</p></body></html>",
    ),
    m(
        "71069",
        "2025-10-30 12:44",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud para Data Analyst Senior en TeleAustral",
        A("rejection", TAU, TAUR, 13, "linkedin"),
        html="<html><body><p>Hola Valentina:</p><p>Gracias por tu interés en el puesto <b>Data Analyst Senior</b> en TeleAustral. Lamentablemente, no avanzarán con tu solicitud. Te animamos a que sigas buscando empleos que se ajusten a tu perfil.</p><p>Enviado por TeleAustral mediante LinkedIn</p></body></html>",
    ),
    # --- 14 Agrícola Los Boldos (gerente from Gmail) -> interview, ghosted -------------------
    m(
        "71072",
        "2025-10-21 21:10",
        "Rodrigo Maturana <rodrigo.maturana.v@gmail.com>",
        "Re: CV analista de datos",
        A("confirmation", BOL, BOLR, 14, "direct"),
        "Hola Valentina\n\nGracias por mandar tu CV, me lo pasó el Nico Vergara. Estamos buscando alguien para ordenar la reportería de cosecha y ventas, hoy todo está en Excel. Lo reviso con calma esta semana y te aviso\n\nSaludos\nRodrigo\n\nEnviado desde mi iPhone",
    ),
    m(
        "71073",
        "2025-10-28 19:55",
        "Rodrigo Maturana <rodrigo.maturana.v@gmail.com>",
        "Re: CV analista de datos",
        A("interview", BOL, BOLR, 14, "direct"),
        "Valentina, ¿podrías venir a conversar el viernes 31 a las 11? Estamos en el fundo en Buin pero ese día voy a estar en la oficina de Santiago, Av. Vitacura 2939 of 501. Si te queda mejor por Zoom también sirve.\n\nRodrigo Maturana\nGerente General\nAgrícola Los Boldos Ltda.\n+56 9 7740 2381",
    ),
    # --- 15 Minera Cerro Blanco (Workday, tenant slug) -> rejection months later ------------
    m(
        "71076",
        "2025-08-27 18:12",
        "CBM Talent Acquisition <cbmining@myworkday.com>",
        "Application received / Postulación recibida",
        A("confirmation", CB, CBR, 15, "workday"),
        "Estimada Valentina,\n\nGracias por postular a la posición Analista de Datos Mantenimiento (JR104455) en Minera Cerro Blanco.\n\nRevisaremos cuidadosamente tu postulación. Debido al alto volumen de postulantes, solo nos pondremos en contacto con aquellas personas cuyo perfil se ajuste a los requisitos.\n\n---\nThank you for applying to Analista de Datos Mantenimiento (JR104455).\n\nCBM Talent Acquisition",
    ),
    m(
        "71077",
        "2025-12-11 07:30",
        "CBM Talent Acquisition <cbmining@myworkday.com>",
        "Estado de su postulación JR104455",
        A("rejection", CB, CBR, 15, "workday"),
        "Estimada Valentina,\n\nLe agradecemos su interés en Minera Cerro Blanco. Le informamos que la posición Analista de Datos Mantenimiento (JR104455) ha sido cubierta.\n\nLe invitamos a revisar otras oportunidades en nuestro portal.\n\nSaludos,\nCBM Talent Acquisition",
    ),
    # --- 16 Caja Cumbres (forwarded confirmation from old work mail) -------------------------
    m(
        "71080",
        "2025-08-14 09:22",
        "Valentina Araya Sepúlveda <varaya@portalesrojas.cl>",
        "RV: Confirmación de postulación - Analista de Datos Senior",
        A("confirmation", CUM, CUMR, 16, "other"),
        "Me lo reenvío al personal antes de que me den de baja la cuenta.\n\n________________________________\nDe: Caja Cumbres - Trabaja con Nosotros <empleos@cajacumbres.cl>\nEnviado: miércoles, 13 de agosto de 2025 18:40\nPara: Valentina Araya Sepúlveda <varaya@portalesrojas.cl>\nAsunto: Confirmación de postulación - Analista de Datos Senior\n\nEstimado(a) postulante:\n\nConfirmamos la recepción de sus antecedentes para el cargo Analista de Datos Senior, Gerencia de Planificación. Caja de Compensación de Asignación Familiar Cumbres evalúa cada postulación; sólo las personas preseleccionadas serán contactadas.\n\nAtentamente,\nSubgerencia de Desarrollo de Personas",
    ),
    m(
        "71081",
        "2025-08-29 12:00",
        "Empleos Caja Cumbres <empleos@cajacumbres.cl>",
        "Citación entrevista - Analista de Datos Senior",
        A("interview", CUM, CUMR, 16, "direct"),
        "Estimada Valentina:\n\nLa citamos a entrevista con la jefatura de Planificación el martes 2 de septiembre a las 11:00 hrs, en Agustinas 1450, piso 4. Consultar en recepción por Paula Henríquez.\n\nAtte.,\nSubgerencia de Desarrollo de Personas\nCaja Cumbres",
    ),
    m(
        "71082",
        "2025-09-12 16:33",
        "Empleos Caja Cumbres <empleos@cajacumbres.cl>",
        "Proceso de selección Analista de Datos Senior",
        A("rejection", CUM, CUMR, 16, "direct"),
        "Estimada Valentina:\n\nAgradecemos su participación en el proceso de selección. Valoramos su experiencia y la disposición mostrada en la entrevista. No obstante, le informamos que su candidatura no fue seleccionada para continuar.\n\nAtte.,\nSubgerencia de Desarrollo de Personas\nCaja Cumbres",
    ),
    # --- 17 Superintendencia (Empleos Públicos) -> ghosted ------------------------------------
    m(
        "71085",
        "2025-11-06 16:12",
        "Empleos Públicos <no-responder@empleospublicos.cl>",
        "Comprobante de postulación N° 2025-118342",
        A("confirmation", SST, SSTR, 17, "other"),
        "Estimado(a) VALENTINA ARAYA SEPÚLVEDA:\n\nSu postulación al cargo PROFESIONAL ANALISTA DE DATOS - SUPERINTENDENCIA DE SERVICIOS TURÍSTICOS (convocatoria N° 118342) ha sido registrada correctamente.\n\nFecha de cierre de la convocatoria: 14/11/2025.\n\nEste comprobante no constituye admisibilidad. Los resultados de cada etapa se publicarán en el portal.\n\nPortal Empleos Públicos",
    ),
    # --- 18 Mercadito (Teamtailor) -> interview, rejection with praise -----------------------
    m(
        "71088",
        "2025-11-12 11:20",
        "Mercadito <no-reply@teamtailor-mail.com>",
        "¡Gracias por postular a Mercadito!",
        A("confirmation", MER, MERR, 18, "teamtailor"),
        html="<html><body><p>Hola Valentina 👋</p><p>¡Qué bueno que quieras ser parte de Mercadito! Recibimos tu postulación a <b>Analista BI</b>.</p><p>Somos un equipo chico, así que revisamos todo a mano. Si no te escribimos en las próximas tres semanas, significa que no seguiremos adelante esta vez, pero igual queríamos agradecerte.</p><p>Equipo Mercadito<br><small>Compras Rápidas SpA</small></p></body></html>",
    ),
    m(
        "71089",
        "2025-11-19 10:05",
        "Amanda Soto <amanda@mercadito.cl>",
        "Conversemos - Analista BI",
        A("interview", MER, MERR, 18, "teamtailor"),
        "Hola Valentina! Soy Amanda, people lead de Mercadito. Nos encantaría conversar contigo 30 min. Agenda acá el horario que te acomode: https://app.teamtailor.com/meetings/mercadito/4410\n\nAbrazo,\nAmanda",
        sender="Mercadito <no-reply@teamtailor-mail.com>",
    ),
    m(
        "71090",
        "2025-12-04 18:22",
        "Amanda Soto <amanda@mercadito.cl>",
        "Tu proceso en Mercadito",
        A("rejection", MER, MERR, 18, "teamtailor"),
        "Hola Valentina,\n\nPrimero, gracias por la buena conversa y por el entusiasmo. Nos gustó mucho tu forma de explicar los modelos de atribución.\n\nDespués de pensarlo bastante, decidimos avanzar con una persona con más experiencia en dbt y BigQuery, que es lo que más necesitamos hoy. No fue fácil.\n\nOjalá nos crucemos más adelante.\n\nAmanda\nPeople Lead · Mercadito",
        sender="Mercadito <no-reply@teamtailor-mail.com>",
    ),
    # --- job mail that is not an application ------------------------------------------------
    m(
        "71100",
        "2025-08-04 08:00",
        "Laborum <alertas@laborum.cl>",
        "12 nuevos avisos para 'analista BI' en Santiago",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Hola Valentina, estos avisos coinciden con tu alerta:</p><ul><li>Analista BI – Retail – Las Condes</li><li>Analista de Datos Jr – Quilicura</li><li>Ingeniero/a de Control de Gestión – Santiago Centro</li><li>Analista Power BI – Providencia</li></ul><p><a href='https://www.laborum.cl'>Ver todos</a></p></body></html>",
    ),
    m(
        "71101",
        "2025-09-01 08:00",
        "Laborum <alertas@laborum.cl>",
        "9 nuevos avisos para 'analista BI' en Santiago",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Hola Valentina, estos avisos coinciden con tu alerta:</p><ul><li>Analista de Inteligencia de Negocios – Pudahuel</li><li>BI Developer – Las Condes</li><li>Analista Comercial con Power BI – Huechuraba</li></ul></body></html>",
    ),
    m(
        "71102",
        "2025-10-06 08:00",
        "Laborum <alertas@laborum.cl>",
        "15 nuevos avisos para 'analista BI' en Santiago",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Hola Valentina, estos avisos coinciden con tu alerta:</p><ul><li>Analista BI Senior – Banca – Santiago Centro</li><li>Data Analyst – Startup – Remoto</li><li>Analista de Reportería – Ñuñoa</li></ul></body></html>",
    ),
    m(
        "71103",
        "2025-08-25 07:15",
        "Computrabajo <alertas@computrabajo.com>",
        "Ofertas de empleo de Analista de datos para ti",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Nuevas ofertas: Analista de datos (Santiago) · Analista de datos logística (San Bernardo) · Analista SQL (Maipú)</p><p>¿Ya actualizaste tu hoja de vida?</p></body></html>",
    ),
    m(
        "71104",
        "2025-10-20 07:15",
        "Computrabajo <alertas@computrabajo.com>",
        "Ofertas de empleo de Analista de datos para ti",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Nuevas ofertas: Analista de datos comerciales (Quilicura) · Analista de datos salud (Providencia) · Analista BI (Las Condes)</p></body></html>",
    ),
    m(
        "71105",
        "2025-09-05 12:00",
        "Bumeran <noreply@bumeran.cl>",
        "Te falta poco: completa tu postulación",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Valentina, empezaste a postular a <b>Analista de Reportería</b> en Servicios Integrales Maipo pero no respondiste las preguntas de filtro.</p><p>Completa tu postulación para que la empresa pueda ver tu CV.</p></body></html>",
    ),
    m(
        "71106",
        "2025-08-08 22:20",
        "Banco Cordillera <bancocordillera@myworkday.com>",
        "Tu cuenta de candidato fue creada",
        ("other_job", BC, None, None, "workday", "es"),
        "Hola Valentina,\n\nTu cuenta en el portal de carreras de Banco Cordillera fue creada con el usuario vale.araya.sep@gmail.com. Si no reconoces esta acción, contáctanos.\n\nBanco Cordillera",
    ),
    m(
        "71107",
        "2025-08-10 10:00",
        "Banco Cordillera <talento@bancocordillera.cl>",
        "Bienvenida a la Comunidad de Talento Cordillera",
        ("alert", BC, None, None, "direct", "es"),
        html="<html><body><h3>¡Ya eres parte de nuestra Comunidad de Talento!</h3><p>Te enviaremos oportunidades alineadas con tus intereses: Datos y Analítica, Riesgo.</p><p>Banco Cordillera</p></body></html>",
    ),
    m(
        "71108",
        "2025-09-18 17:45",
        "Ignacio Parra <iparra@andeshunter.cl>",
        "Oportunidad - Jefe/a de BI para empresa del sector financiero",
        ("outreach", None, "Jefe/a de BI", None, "agency", "es"),
        "Estimada Valentina:\n\nMi nombre es Ignacio Parra, Senior Consultant de Andes Hunter. Estamos liderando la búsqueda de un/a Jefe/a de BI para una empresa del sector financiero no bancario, con un equipo de 4 personas a cargo.\n\n¿Tendrías 15 minutos esta semana para una llamada confidencial?\n\nSaludos cordiales,\nIgnacio Parra\nAndes Hunter | Executive Search\n+56 2 2940 1150",
    ),
    m(
        "71109",
        "2025-09-19 18:02",
        "Ignacio Parra <iparra@andeshunter.cl>",
        "Respuesta automática: RE: Oportunidad - Jefe/a de BI para empresa del sector financiero",
        ("other_job", None, None, None, "agency", "es"),
        "Gracias por su correo. Me encuentro fuera de la oficina por Fiestas Patrias hasta el lunes 22 de septiembre, con acceso limitado al correo. Para temas urgentes, escribir a contacto@andeshunter.cl.\n\nIgnacio Parra",
    ),
    m(
        "71110",
        "2025-10-02 12:30",
        "Get on Board <hola@getonbrd.com>",
        "Nuevos empleos en Data Science & Analytics ✨",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Hola Valentina, esta semana en Get on Board:</p><ul><li>Analytics Engineer · Remoto LATAM · USD 3.000 - 4.000</li><li>BI Developer · Santiago (híbrido)</li><li>Data Analyst Sr · Remoto Chile</li></ul><p>Recuerda: en Get on Board todas las ofertas publican sueldo.</p></body></html>",
    ),
    m(
        "71111",
        "2025-11-20 12:30",
        "Get on Board <hola@getonbrd.com>",
        "Nuevos empleos en Data Science & Analytics ✨",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Hola Valentina, esta semana en Get on Board:</p><ul><li>Senior Data Analyst · Remoto · USD 3.500</li><li>Analista BI · Providencia</li></ul></body></html>",
    ),
    m(
        "71112",
        "2025-10-22 15:00",
        "Trabajando.com <encuestas@trabajando.com>",
        "¿Cómo fue tu experiencia postulando a Clínica Los Arrayanes?",
        ("other_job", ARR, None, None, "other", "es"),
        "Hola Valentina, cuéntanos en 1 minuto cómo fue tu experiencia con el proceso de selección. Tus respuestas son anónimas.\n\nResponder encuesta: https://www.trabajando.cl/encuesta/8812\n\nTrabajando.com",
    ),
    m(
        "71113",
        "2025-11-25 09:40",
        "Sebastián Cáceres <scaceres@rhpartners.cl>",
        "Analista de Datos Sr. - Retail (proceso confidencial)",
        ("outreach", None, "Analista de Datos Sr.", None, "agency", "es"),
        "Hola Valentina, ¿cómo estás?\n\nEstoy buscando un/a Analista de Datos Sr. para una cadena de retail, modalidad híbrida en Huechuraba, renta hasta $2.800.000 líquidos. ¿Te interesaría conocer más?\n\nSaludos,\nSebastián Cáceres\nRH Partners Consultores",
    ),
    m(
        "71114",
        "2025-12-16 11:11",
        "Marcela Ríos <mrios@integradatos.cl>",
        "Propuesta: Consultor BI Senior",
        ("outreach", "Integra Datos", "Consultor BI Senior", None, "direct", "es"),
        "Hola Valentina,\n\nVi tu perfil en LinkedIn y tu experiencia con Power BI y Fabric. En Integra Datos buscamos un Consultor BI Senior para proyectos con clientes del sector minero. ¿Podemos conversar?\n\nMarcela Ríos\nSocia Directora\nIntegra Datos SpA",
    ),
    m(
        "71115",
        "2025-10-13 08:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“analista bi”: 20+ empleos nuevos en Santiago",
        ("alert", None, None, None, "linkedin", "es"),
        html="<html><body><p>Tu alerta de empleo para <b>analista bi</b> en Región Metropolitana de Santiago</p><ul><li>Analista BI – Grupo Comercial Lircay – Santiago</li><li>Business Intelligence Analyst – Remoto</li><li>Analista de Datos – Banca – Las Condes</li></ul></body></html>",
    ),
    m(
        "71116",
        "2025-11-17 08:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“analista bi”: 14 empleos nuevos en Santiago",
        ("alert", None, None, None, "linkedin", "es"),
        html="<html><body><p>Tu alerta de empleo para <b>analista bi</b></p><ul><li>Analista BI Senior – Seguros – Santiago</li><li>Power BI Developer – Providencia</li></ul></body></html>",
    ),
    m(
        "71117",
        "2025-12-22 08:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“analista bi”: 8 empleos nuevos en Santiago",
        ("alert", None, None, None, "linkedin", "es"),
        html="<html><body><p>Tu alerta de empleo para <b>analista bi</b></p><ul><li>Analista de Datos – Retail – Huechuraba</li></ul><p>Pausar esta alerta</p></body></html>",
    ),
    m(
        "71118",
        "2025-12-16 15:05",
        "Valentina Araya <vale.araya.sep@gmail.com>",
        "Re: Propuesta: Consultor BI Senior",
        ("other_job", "Integra Datos", None, None, "direct", "es"),
        "Hola Marcela, muchas gracias por pensar en mí. Acabo de aceptar una oferta laboral, así que por ahora no estoy buscando. ¡Quedamos en contacto!\n\nValentina",
        to="Marcela Ríos <mrios@integradatos.cl>",
        **{"In-Reply-To": "<71114.20251216.29@integradatos.cl>"},
    ),
]

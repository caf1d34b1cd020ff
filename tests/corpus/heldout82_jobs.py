# ruff: noqa: E501
"""Corpus 82, Colombian Spanish job mail (data only): see heldout82.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    return "-0500"


m = partial(H.dated_spec, _tz)


def S(cat, co, role, app, src):
    return (cat, co, role, app, src, "es")


def ics(uid, start, summary, org, minutes=45, location="", description="", style="google"):
    return {
        "uid": uid,
        "start": f"{start}:00 -0500",
        "minutes": minutes,
        "summary": summary,
        "organizer": org,
        "location": location,
        "description": description,
        "style": style,
    }


AL, AL1, AL2 = "Alcaraván", "Analista de Growth", "Analista CRM"
BC, BCR = "Banco Cordillera", "Analista de Marketing Digital"
NV, NVR = "Norvita", "Analista Senior de Performance Marketing"
CH, CHR = "Chigüiro", "Growth Marketing Analyst"
CA, CAR = "Caja Aurora", "Analista de Mercadeo Digital"
AP, APR = "Aseguradora del Pacífico", "Analista de Analítica Web"
DC, DCR = "Droguerías Ceiba", "Coordinador(a) de Marketing Digital"
QA, QAR = "Qantu", "Growth Analyst"
IL, ILR = "ILSA", "Analista de Marketing Digital y Pauta"
MU, MUR = "Merkaunido", "Analista de E-commerce"
TG, TGR = "Textiles Guane", "Analista de Marketing Digital"
HM, HMR = "Hoteles Marbella Caribe", "Analista de Marketing Digital (Revenue)"
VL, VLR = "Vértice Logística", "Analista de Marketing"

CT = "Computrabajo <notificaciones@computrabajo.com.co>"

MAIL: list[dict[str, Any]] = [
    # --- 1 Alcaraván, Analista de Growth (Computrabajo) -------------------------------------
    m(
        "8101",
        "2025-09-04 09:12",
        CT,
        "Tu postulación a Analista de Growth fue enviada",
        S("confirmation", AL, AL1, 1, "other"),
        "Hola Valentina,\n\nTu hoja de vida fue enviada con éxito a la oferta:\n\nAnalista de Growth\nTienda Alcaraván S.A.S. - Bogotá, D.C.\nSalario: A convenir\n\nLa empresa revisará tu perfil. Si avanzas en el proceso de selección te contactarán directamente. Puedes ver el estado de tus postulaciones en Mi área > Postulaciones.\n\nMucha suerte,\nEl equipo de Computrabajo\n\nNo respondas a este correo. Para dejar de recibir notificaciones, ajusta tus preferencias.",
    ),
    m(
        "8102",
        "2025-09-08 16:40",
        CT,
        "Tienda Alcaraván S.A.S. vio tu hoja de vida",
        S("viewed", AL, AL1, 1, "other"),
        html="<html><body><p>¡Buenas noticias, Valentina!</p><p><b>Tienda Alcaraván S.A.S.</b> leyó tu hoja de vida para la oferta <b>Analista de Growth</b>.</p><p>Este es un buen momento para revisar que tu perfil esté actualizado.</p><p><a href='https://co.computrabajo.com/candidato/postulaciones'>Ver mis postulaciones</a></p><p style='color:#888'>Computrabajo Colombia</p></body></html>",
    ),
    m(
        "8103",
        "2025-09-11 10:05",
        "Selección Alcaraván <seleccion@alcaravan.com.co>",
        "Pruebas en línea - Proceso Analista de Growth",
        S("assessment", AL, AL1, 1, "direct"),
        "Buenos días Valentina,\n\nReciba un cordial saludo. Usted ha sido preseleccionada para continuar en el proceso de selección para el cargo de Analista de Growth.\n\nComo siguiente paso le solicitamos presentar las pruebas psicotécnicas en línea (personalidad y razonamiento numérico). Tiempo aproximado: 50 minutos. Tiene plazo hasta el domingo 14 de septiembre a las 11:59 p.m.\n\nEnlace: https://evaluar.alcaravan.com.co/candidato/7731\nUsuario: su número de cédula\n\nCualquier inquietud con gusto la atendemos.\n\nCordialmente,\n\nLuisa Fernanda Ortiz\nAnalista de Selección\nTienda Alcaraván S.A.S.\nCra. 15 # 93-47, Bogotá",
    ),
    m(
        "8104",
        "2025-09-17 14:22",
        "Luisa Fernanda Ortiz <lortiz@alcaravan.com.co>",
        "Entrevista - Analista de Growth",
        S("interview", AL, AL1, 1, "direct"),
        "Hola Valentina, buenas tardes.\n\nGracias por presentar las pruebas. Nos gustaría conocerla. Le envío invitación por Teams para el viernes 19 de septiembre a las 10:00 a.m. con Andrés Camacho, líder de Growth.\n\nQuedo atenta a su confirmación.\n\nLuisa Fernanda Ortiz\nAnalista de Selección | Alcaraván",
        ics=ics(
            "AAMkAlcaravan0919",
            "2025-09-19 10:00",
            "Entrevista Valentina Roa - Analista de Growth",
            ("Luisa Fernanda Ortiz", "lortiz@alcaravan.com.co"),
            location="Reunión de Microsoft Teams",
            description="Unirse a la reunión de Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_alc0919",
            style="outlook",
        ),
    ),
    m(
        "8105",
        "2025-10-01 17:48",
        "Selección Alcaraván <seleccion@alcaravan.com.co>",
        "Proceso de selección Alcaraván",
        S("rejection", AL, AL1, 1, "direct"),
        "Apreciada Valentina:\n\nQueremos agradecerle el tiempo y la disposición que dedicó a nuestro proceso de selección para el cargo de Analista de Growth. Su perfil y su experiencia en analítica de campañas nos parecieron muy valiosos, y la entrevista con el equipo fue muy bien recibida.\n\nSin embargo, en esta ocasión hemos decidido continuar con otro candidato cuyo perfil se ajusta más a las necesidades actuales del cargo.\n\nSu hoja de vida quedará en nuestra base de datos para futuras vacantes.\n\nLe deseamos muchos éxitos.\n\nGestión Humana\nTienda Alcaraván S.A.S.",
    ),
    # --- 18 Alcaraván, Analista CRM (Computrabajo) -------------------------------------------
    m(
        "8106",
        "2025-10-20 08:31",
        CT,
        "Tu postulación a Analista CRM fue enviada",
        S("confirmation", AL, AL2, 18, "other"),
        "Hola Valentina,\n\nTu hoja de vida fue enviada con éxito a la oferta:\n\nAnalista CRM\nTienda Alcaraván S.A.S. - Bogotá, D.C.\nSalario: $4.500.000 a $5.200.000 (Mensual)\n\nSi la empresa está interesada en tu perfil te contactará. Puedes ver el estado de tus postulaciones en Mi área.\n\nEl equipo de Computrabajo",
    ),
    m(
        "8107",
        "2025-11-05 12:10",
        "Selección Alcaraván <seleccion@alcaravan.com.co>",
        "Respuesta a su postulación",
        S("rejection", AL, AL2, 18, "direct"),
        "Hola Valentina,\n\nGracias por volver a postularse con nosotros, esta vez para la vacante de Analista CRM. Recordamos con agrado su participación en el proceso anterior.\n\nLuego de revisar los perfiles, le informamos que no continuará en esta etapa, ya que buscamos experiencia más profunda en Salesforce Marketing Cloud.\n\nLe deseamos éxitos en su búsqueda.\n\nGestión Humana - Alcaraván",
    ),
    # --- 2 Banco Cordillera (Workday, tenant of Grupo Financiero Andino) ---------------------
    m(
        "8110",
        "2025-09-22 19:03",
        "Grupo Financiero Andino <grupoandino@myworkday.com>",
        "Confirmación de postulación: Analista de Marketing Digital (R-0048213)",
        S("confirmation", BC, BCR, 2, "workday"),
        "Hola Valentina,\n\nGracias por su interés en hacer parte del Grupo Financiero Andino. Hemos recibido su postulación a la vacante Analista de Marketing Digital (R-0048213) - Banco Cordillera, Bogotá.\n\nNuestro equipo de Talento revisará su perfil. Si avanza en el proceso, nos comunicaremos con usted. Puede consultar el estado de su candidatura en cualquier momento ingresando a su cuenta de candidato.\n\nAtentamente,\nTalento Humano\nGrupo Financiero Andino\n\nEste mensaje fue generado automáticamente; por favor no responda.",
    ),
    m(
        "8111",
        "2025-10-06 09:15",
        "Grupo Financiero Andino <grupoandino@myworkday.com>",
        "Siguiente paso en su proceso: evaluaciones en línea",
        S("assessment", BC, BCR, 2, "workday"),
        "Hola Valentina,\n\nNos complace informarle que continúa en el proceso para la vacante Analista de Marketing Digital (R-0048213).\n\nLe hemos asignado dos evaluaciones en línea: una prueba psicotécnica y una prueba de conocimientos en analítica digital (Google Analytics 4 y Excel). Tiene 5 días calendario para completarlas desde su tarea en el portal de candidatos.\n\nRecomendaciones: use un computador con buena conexión y reserve 90 minutos sin interrupciones.\n\nTalento Humano - Grupo Financiero Andino",
    ),
    m(
        "8112",
        "2025-10-21 11:37",
        "Camila Restrepo Vélez <camila.restrepo@bancocordillera.com.co>",
        "Citación a entrevista - Analista de Marketing Digital",
        S("interview", BC, BCR, 2, "direct"),
        "Buenos días Valentina,\n\nEspero se encuentre muy bien. Teniendo en cuenta sus resultados en las evaluaciones, queremos invitarla a una entrevista con la Gerencia de Mercadeo Digital del Banco Cordillera.\n\nFecha: jueves 23 de octubre\nHora: 3:00 p.m.\nModalidad: Microsoft Teams (adjunto la invitación)\n\nPor favor confirme su asistencia respondiendo este correo.\n\nCordial saludo,\n\nCamila Restrepo Vélez\nProfesional de Atracción de Talento\nBanco Cordillera | Grupo Financiero Andino\nCalle 72 # 10-07, Bogotá",
        ics=ics(
            "AAMkBancoCord1023",
            "2025-10-23 15:00",
            "Entrevista Gerencia Mercadeo Digital - Valentina Roa Quintero",
            ("Camila Restrepo Vélez", "camila.restrepo@bancocordillera.com.co"),
            minutes=60,
            location="Reunión de Microsoft Teams",
            description="Únase a la reunión de Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_bc1023\nId. de reunión: 284 113 902 77",
            style="outlook",
        ),
    ),
    m(
        "8113",
        "2025-11-04 10:02",
        "Camila Restrepo Vélez <camila.restrepo@bancocordillera.com.co>",
        "RE: Citación a entrevista - Analista de Marketing Digital",
        S("interview", BC, BCR, 2, "direct"),
        "Hola Valentina,\n\nTe cuento que pasaste a la entrevista final con la Vicepresidencia de Mercadeo y una entrevista con Gestión Humana. Te propongo el martes 11 de noviembre a las 9:00 a.m., presencial en la Calle 72. Por favor trae tu cédula para el ingreso.\n\nSaludos,\nCamila\n\n-----Mensaje original-----\nDe: Valentina Roa Quintero\nEnviado el: jueves, 23 de octubre de 2025 5:12 p.m.\nAsunto: RE: Citación a entrevista\n\nMuchas gracias Camila, fue un gusto conversar con el equipo.",
        ics=ics(
            "AAMkBancoCord1111",
            "2025-11-11 09:00",
            "Entrevista final VP Mercadeo - Valentina Roa",
            ("Camila Restrepo Vélez", "camila.restrepo@bancocordillera.com.co"),
            minutes=90,
            location="Banco Cordillera - Calle 72 # 10-07, piso 9",
            style="outlook",
        ),
    ),
    m(
        "8114",
        "2026-01-20 16:20",
        "Camila Restrepo Vélez <camila.restrepo@bancocordillera.com.co>",
        "Propuesta - Banco Cordillera",
        S("offer", BC, BCR, 2, "direct"),
        "Hola Valentina,\n\nCon mucho gusto te comparto que el Banco Cordillera quiere contar contigo como Analista de Marketing Digital.\n\nAdjunto la carta con las condiciones: contrato a término indefinido, salario integral mensual de $7.800.000, prima extralegal, póliza de salud y esquema híbrido (3 días en oficina). Fecha tentativa de ingreso: 16 de febrero de 2026. Perdón por la demora: las aprobaciones internas de fin de año tomaron más de lo previsto.\n\nTe agradecería tu respuesta a más tardar el lunes 26 de enero.\n\nUn abrazo,\nCamila Restrepo Vélez\nAtracción de Talento | Banco Cordillera",
        attach=[("Carta_oferta_VRoa.pdf", "application/pdf", "%PDF-1.4 carta oferta")],
    ),
    m(
        "8115",
        "2026-01-27 09:41",
        "Camila Restrepo Vélez <camila.restrepo@bancocordillera.com.co>",
        "RE: Propuesta - Banco Cordillera",
        S("offer", BC, BCR, 2, "direct"),
        "Hola Valentina,\n\nEntiendo perfectamente y gracias por avisarnos con tiempo y con tanta claridad. Lamentamos no poder tenerte en el equipo, pero te deseamos lo mejor en este nuevo reto remoto.\n\nLas puertas del Banco quedan abiertas.\n\nCamila\n\n> El lun, 26 ene 2026, Valentina Roa Quintero escribió:\n> Camila, muchas gracias por la propuesta. Después de pensarlo mucho he decidido no aceptarla, ya que acepté otra oferta. Agradezco mucho todo el proceso.",
        st="declined",
    ),
    # --- 3 Norvita via headhunter Talento Ejecutivo Ltda. -----------------------------------
    m(
        "8120",
        "2025-09-15 11:20",
        "Mónica Salcedo <msalcedo@talentoejecutivo.com.co>",
        "Oportunidad - Performance Marketing - multinacional de consumo masivo",
        ("outreach", None, NVR, None, "agency", "es"),
        "Hola Valentina, ¿cómo estás?\n\nSoy Mónica Salcedo, consultora de Talento Ejecutivo Ltda. Estamos apoyando a una multinacional de consumo masivo en la búsqueda de un(a) Analista Senior de Performance Marketing para su operación en Bogotá (con alcance Andino).\n\nVi tu perfil en LinkedIn y tu experiencia con Meta Ads, Google Ads y modelos de atribución encaja muy bien. ¿Tendrías 15 minutos esta semana para contarte más?\n\nQuedo atenta,\nMónica Salcedo\nConsultora Senior\nTalento Ejecutivo Ltda. | +57 310 555 0182",
    ),
    m(
        "8121",
        "2025-09-19 18:05",
        "Mónica Salcedo <msalcedo@talentoejecutivo.com.co>",
        "RE: Oportunidad - Performance Marketing - multinacional de consumo masivo",
        ("outreach", None, NVR, None, "agency", "es"),
        "Valentina, gracias por la llamada de hoy.\n\nTe confirmo que presenté tu hoja de vida al cliente con la aspiración salarial que conversamos. Apenas tenga retroalimentación te escribo. Por ahora no puedo compartir el nombre de la compañía, pero te adelanto que es una de las cinco grandes de alimentos y bebidas en el país.\n\nSaludos,\nMónica",
    ),
    m(
        "8122",
        "2025-09-30 13:14",
        "Mónica Salcedo <msalcedo@talentoejecutivo.com.co>",
        "Entrevista con Norvita - jueves",
        S("interview", NV, NVR, 3, "agency"),
        "Hola Valentina,\n\n¡Buenas noticias! El cliente es Norvita Colombia y quieren entrevistarte. La entrevista es con Felipe Arango (Gerente de Medios Digitales) el jueves 2 de octubre a las 8:30 a.m. por Google Meet. Te llegará la invitación de su parte.\n\nTips: lleva un ejemplo concreto de optimización de presupuesto y de cómo mediste incrementalidad.\n\n¡Éxitos!\nMónica Salcedo\nTalento Ejecutivo Ltda.",
    ),
    m(
        "8123",
        "2025-09-30 15:02",
        "Felipe Arango <felipe.arango@norvita.com>",
        "Invitación: Entrevista Performance Marketing - Valentina Roa @ jue 2 oct 2025 8:30am - 9:15am (COT)",
        S("interview", NV, NVR, 3, "direct"),
        "Felipe Arango te ha invitado a un evento.\n\nEntrevista Performance Marketing - Valentina Roa\nCuándo: jueves, 2 de octubre de 2025 8:30am – 9:15am Hora de Colombia\nUnirse con Google Meet: https://meet.google.com/nrv-kqte-pdx\n\nInvitados: felipe.arango@norvita.com (organizador), valentina.roaq@gmail.com, msalcedo@talentoejecutivo.com.co",
        ics=ics(
            "nrv1002x@google.com",
            "2025-10-02 08:30",
            "Entrevista Performance Marketing - Valentina Roa",
            ("Felipe Arango", "felipe.arango@norvita.com"),
            location="https://meet.google.com/nrv-kqte-pdx",
        ),
    ),
    m(
        "8124",
        "2025-10-16 17:30",
        "Mónica Salcedo <msalcedo@talentoejecutivo.com.co>",
        "Novedad proceso Norvita",
        S("confirmation", NV, NVR, 3, "agency"),
        "Hola Valentina,\n\nTe escribo con una novedad que no es la que esperábamos. Norvita nos informó que la vacante quedó congelada por una reestructuración regional del área de mercadeo; no hay fecha para reactivarla.\n\nFelipe quedó muy bien impresionado contigo y pidió que te tengamos presente si se reabre. Yo te aviso apenas sepa algo y, mientras tanto, sigo pendiente de otras búsquedas que puedan encajar contigo.\n\nUn abrazo,\nMónica",
        st="on_hold",
    ),
    # --- 9 Chigüiro (Get on Board) -----------------------------------------------------------
    m(
        "8130",
        "2025-10-09 20:11",
        "Get on Board <hola@getonbrd.com>",
        "Postulaste a Growth Marketing Analyst en Chigüiro",
        S("confirmation", CH, CHR, 9, "other"),
        html="<html><body><h2>¡Listo, Valentina!</h2><p>Tu postulación a <b>Growth Marketing Analyst</b> en <b>Chigüiro</b> (Bogotá · Híbrido) fue enviada.</p><p>Chigüiro suele responder en 6 días. Te avisaremos cuando revisen tu postulación.</p><p>— El equipo de Get on Board</p></body></html>",
    ),
    m(
        "8131",
        "2025-10-14 09:55",
        "Tomás Uribe <tomas@chiguiro.co>",
        "¡Hola Vale! Hablemos de Growth en Chigüiro",
        S("interview", CH, CHR, 9, "direct"),
        "¡Hola Valentina!\n\nSoy Tomás, cofundador de Chigüiro. Vi tu postulación en Get on Board y me encantó tu experiencia con cohortes y embudos en apps. ¿Te queda bien una llamada de 30 min el jueves a las 4 p.m.? Te mandé la invitación de Meet.\n\nUn abrazo,\nTomás\nChigüiro Pagos S.A.S. — pagos entre amigos, sin enredos",
        ics=ics(
            "chg1016@google.com",
            "2025-10-16 16:00",
            "Chigüiro x Valentina - charla Growth",
            ("Tomás Uribe", "tomas@chiguiro.co"),
            minutes=30,
            location="https://meet.google.com/chg-vale-tqm",
        ),
    ),
    m(
        "8132",
        "2025-10-20 11:00",
        "Tomás Uribe <tomas@chiguiro.co>",
        "Caso práctico - Growth Chigüiro",
        S("assessment", CH, CHR, 9, "direct"),
        "Vale, ¡gracias por la charla del jueves!\n\nComo siguiente paso te compartimos un caso práctico: en el Drive adjunto hay una base de eventos anonimizada de la app. La idea es que nos propongas 3 experimentos para mejorar la activación en la primera semana y cómo los medirías. Tienes hasta el lunes 27. No tiene que ser perfecto, nos interesa cómo piensas.\n\nhttps://drive.google.com/drive/folders/chg-caso-growth\n\nTomás",
    ),
    m(
        "8133",
        "2026-01-19 15:12",
        "Tomás Uribe <tomas@chiguiro.co>",
        "Re: Retiro del proceso",
        S("confirmation", CH, CHR, 9, "direct"),
        "Vale, qué pena que no se dé, pero entendemos total. Gracias por avisar y por el caso, que estuvo muy bueno. ¡Mucho éxito en lo nuevo y ojalá nos crucemos más adelante!\n\nTomás\n\nEl lun, 19 ene 2026 a las 10:03, Valentina Roa Quintero <valentina.roaq@gmail.com> escribió:\n> Hola Tomás, te escribo para contarte que acepté otra oferta y por eso me retiro del proceso. Muchas gracias por el tiempo y la buena onda.",
        st="withdrawn",
    ),
    m(
        "8134",
        "2025-11-06 18:20",
        "Tomás Uribe <tomas@chiguiro.co>",
        "Segunda conversación con Manu (CEO)",
        S("interview", CH, CHR, 9, "direct"),
        "¡Vale! Tu caso nos gustó mucho, sobre todo el experimento de referidos. Queremos que hables con Manuela, nuestra CEO. Te mandé invitación para el martes 11 a las 8 a.m. (sí, madrugamos 😅).\n\nTomás",
        ics=ics(
            "chg1111@google.com",
            "2025-11-11 08:00",
            "Valentina <> Manuela (Chigüiro)",
            ("Tomás Uribe", "tomas@chiguiro.co"),
            minutes=45,
            location="https://meet.google.com/chg-manu-vlr",
        ),
    ),
    m(
        "8135",
        "2025-12-04 12:30",
        "Tomás Uribe <tomas@chiguiro.co>",
        "Update proceso Growth",
        S("interview", CH, CHR, 9, "direct"),
        "Hola Vale, te debo un update. Estamos cerrando ronda y por eso nos demoramos. La idea es hacer una última charla con el equipo de producto en enero, ¿te parece? Te escribo la primera semana con fechas.\n\nTomás",
    ),
    # --- 10 Caja Aurora (Magneto, Medellín) --------------------------------------------------
    m(
        "8140",
        "2025-09-26 07:44",
        "Magneto <notificaciones@magneto365.com>",
        "Aplicaste a Analista de Mercadeo Digital",
        S("confirmation", CA, CAR, 10, "other"),
        html="<html><body><p>Hola Valentina,</p><p>Tu aplicación a la vacante <b>Analista de Mercadeo Digital</b> de <b>Caja de Compensación Aurora</b> en Medellín fue registrada.</p><p>Puedes seguir el estado de tu proceso en tu perfil de Magneto.</p><p>Magneto · Conectamos talento</p></body></html>",
    ),
    m(
        "8141",
        "2025-10-03 08:10",
        "Magneto <notificaciones@magneto365.com>",
        "Tienes pruebas pendientes - Caja Aurora",
        S("assessment", CA, CAR, 10, "other"),
        "Hola Valentina,\n\nCaja Aurora te invitó a realizar las siguientes pruebas para continuar en el proceso de Analista de Mercadeo Digital:\n\n- Prueba psicotécnica (40 min)\n- Prueba de competencias digitales (25 min)\n\nIngresa a Magneto > Mis procesos para presentarlas. Tienes hasta el 7 de octubre.\n\nMagneto",
    ),
    m(
        "8142",
        "2025-10-24 14:33",
        "Magneto <notificaciones@magneto365.com>",
        "Actualización de tu proceso",
        S("rejection", CA, CAR, 10, "other"),
        "Hola Valentina,\n\nGracias por participar en el proceso de Analista de Mercadeo Digital de Caja Aurora. Valoramos el tiempo que dedicaste a las pruebas.\n\nEn esta ocasión el proceso continuará con otros candidatos. Te invitamos a seguir explorando vacantes en Magneto.\n\nMagneto",
    ),
    # --- 11 Aseguradora del Pacífico (elempleo) ---------------------------------------------
    m(
        "8150",
        "2025-09-09 12:02",
        "elempleo.com <noreply@elempleo.com>",
        "Aplicación exitosa: Analista de Analítica Web",
        S("confirmation", AP, APR, 11, "other"),
        "Valentina, tu aplicación fue exitosa.\n\nCargo: Analista de Analítica Web\nEmpresa: Aseguradora del Pacífico S.A.\nCiudad: Bogotá\n\nRecuerda que la empresa es quien define los candidatos que continúan en el proceso. Si no eres seleccionado(a), no siempre recibirás notificación.\n\nelempleo.com",
    ),
    m(
        "8151",
        "2025-10-10 18:22",
        "Gestión Humana ASPAC <talento@aseguradorapacifico.com.co>",
        "Resultado de su proceso",
        S("rejection", AP, APR, 11, "direct"),
        "Señora\nVALENTINA ROA QUINTERO\nCiudad\n\nReferencia: Proceso de selección Analista de Analítica Web\n\nRespetada señora Roa:\n\nAgradecemos su interés en vincularse a Aseguradora del Pacífico S.A. y su participación en el proceso. Después de un análisis cuidadoso de los perfiles, le informamos que no fue seleccionada para continuar.\n\nConservaremos su información para futuras convocatorias.\n\nAtentamente,\nDirección de Gestión Humana\nASPAC - Aseguradora del Pacífico S.A.",
    ),
    # --- 12 Droguerías Ceiba (Indeed) ---------------------------------------------------------
    m(
        "8160",
        "2025-10-27 21:14",
        "Indeed <indeedapply@indeed.com>",
        "Postulación enviada: Coordinador(a) de Marketing Digital",
        S("confirmation", DC, DCR, 12, "indeed"),
        "Valentina Roa Quintero, tu postulación fue enviada a Droguerías Ceiba.\n\nCoordinador(a) de Marketing Digital\nDroguerías Ceiba - Bogotá, Bogotá, D.C.\n\nTe recomendamos revisar tu correo: el empleador podría contactarte.\n\nIndeed",
    ),
    m(
        "8161",
        "2025-11-03 10:41",
        "Indeed <donotreply@indeed.com>",
        "Tu postulación fue vista por el empleador",
        S("viewed", DC, DCR, 12, "indeed"),
        html="<html><body><p>Droguerías Ceiba vio tu postulación para <b>Coordinador(a) de Marketing Digital</b>.</p><p><a href='https://co.indeed.com/myjobs'>Ver Mis empleos</a></p><p>Indeed</p></body></html>",
    ),
    # --- 13 Qantu (Torre, Medellín) ---------------------------------------------------------
    m(
        "8170",
        "2025-11-10 13:25",
        "Torre <notifications@torre.ai>",
        "Valentina, your application to Qantu was submitted",
        S("confirmation", QA, QAR, 13, "other"),
        "Hola Valentina,\n\nTu postulación a Growth Analyst en Qantu (Medellín / remoto Colombia) fue enviada. Tu coincidencia estimada con la vacante es alta.\n\nTe notificaremos cuando el equipo avance.\n\nTorre",
    ),
    m(
        "8171",
        "2025-11-14 09:02",
        "Sara Londoño <sara@qantu.co>",
        "Charla con Qantu 🚀",
        S("interview", QA, QAR, 13, "direct"),
        "¡Hola Valentina! Soy Sara, Head of People en Qantu. Nos gustó mucho tu perfil en Torre. ¿Agendamos una llamada de 30 min? Puedes escoger el horario aquí: https://calendly.com/sara-qantu/30min\n\nSaludos desde Medellín,\nSara\nQantu S.A.S.",
    ),
    m(
        "8172",
        "2025-11-14 17:40",
        "Calendly <notifications@calendly.com>",
        "Nuevo evento: Valentina Roa Quintero - 09:00 mar 18 nov 2025",
        S("interview", QA, QAR, 13, "other"),
        "Hola Valentina Roa Quintero,\n\nTu evento está agendado.\n\nEvento: Llamada 30 min con Qantu\nInvitado: Sara Londoño\nFecha: 09:00 - 09:30, martes, 18 de noviembre de 2025 (Hora de Colombia)\nUbicación: Google Meet\n\nCalendly",
        ics=ics(
            "calendly-qantu-1118",
            "2025-11-18 09:00",
            "Llamada 30 min con Qantu",
            ("Sara Londoño", "sara@qantu.co"),
            minutes=30,
            location="Google Meet",
        ),
    ),
    m(
        "8173",
        "2025-11-27 11:15",
        "Sara Londoño <sara@qantu.co>",
        "Gracias por tu tiempo",
        S("rejection", QA, QAR, 13, "direct"),
        "Hola Vale,\n\nMil gracias por la conversación y por la energía. Disfrutamos mucho hablar contigo sobre experimentación.\n\nDespués de revisar con el equipo decidimos avanzar con una persona con más experiencia en B2B SaaS, que es lo que más necesitamos ahora. No es un no para siempre: si abrimos algo más B2C te escribimos primero.\n\nAbrazo,\nSara",
    ),
    # --- 16 ILSA (careers mailbox at another domain) ----------------------------------------
    m(
        "8180",
        "2025-10-13 08:57",
        "Selección ILSA <seleccion@trabajaconilsa.com>",
        "Recibimos su hoja de vida",
        S("confirmation", IL, ILR, 16, "direct"),
        "Buen día,\n\nConfirmamos la recepción de su hoja de vida para la convocatoria Analista de Marketing Digital y Pauta.\n\nSi su perfil cumple con los requisitos, el equipo de selección se comunicará con usted. En caso de no ser seleccionado(a), su información será conservada conforme a nuestra política de tratamiento de datos.\n\nIndustrias Lumbre S.A.\nGestión del Talento",
    ),
    m(
        "8181",
        "2025-10-29 10:30",
        "Diana Pulido <dpulido@lumbre.com.co>",
        "Entrevista Analista de Marketing Digital y Pauta",
        S("interview", IL, ILR, 16, "direct"),
        "Buenos días Valentina,\n\nDe parte de Industrias Lumbre la invitamos a entrevista el lunes 3 de noviembre a las 2:00 p.m., vía Teams. Participará Jorge Rincón, Jefe de Mercadeo.\n\nCordialmente,\n\nDiana Pulido\nAnalista de Talento | ILSA\nZona Industrial Montevideo, Bogotá",
        ics=ics(
            "AAMkILSA1103",
            "2025-11-03 14:00",
            "Entrevista V. Roa - Analista Mkt Digital y Pauta",
            ("Diana Pulido", "dpulido@lumbre.com.co"),
            location="Reunión de Microsoft Teams",
            style="outlook",
        ),
    ),
    m(
        "8182",
        "2025-11-19 16:05",
        "Diana Pulido <dpulido@lumbre.com.co>",
        "Proceso Analista de Marketing Digital y Pauta",
        S("rejection", IL, ILR, 16, "direct"),
        "Valentina, buenas tardes.\n\nAgradecemos su participación. Jorge destacó su manejo de pauta programática y su claridad al presentar resultados. No obstante, la compañía decidió cerrar el proceso con un candidato interno.\n\nLe deseamos muchos éxitos.\n\nDiana Pulido\nIndustrias Lumbre S.A. - ILSA",
    ),
    # --- 17 Merkaunido (Computrabajo, ghosted) ----------------------------------------------
    m(
        "8190",
        "2025-11-12 22:18",
        CT,
        "Tu postulación a Analista de E-commerce fue enviada",
        S("confirmation", MU, MUR, 17, "other"),
        "Hola Valentina,\n\nTu hoja de vida fue enviada con éxito a la oferta:\n\nAnalista de E-commerce\nMercaderes Unidos Ltda. - Bogotá, D.C.\n\nEl equipo de Computrabajo",
    ),
    # --- 21 Textiles Guane (elempleo, forwarded from old address) ---------------------------
    m(
        "8200",
        "2025-09-29 19:45",
        "Valentina Roa <vroa@unal.edu.co>",
        "RV: Aplicación exitosa: Analista de Marketing Digital",
        S("confirmation", TG, TGR, 21, "other"),
        "\n\n________________________________\nDe: elempleo.com <noreply@elempleo.com>\nEnviado: lunes, 29 de septiembre de 2025 7:31 p. m.\nPara: Valentina Roa <vroa@unal.edu.co>\nAsunto: Aplicación exitosa: Analista de Marketing Digital\n\nValentina, tu aplicación fue exitosa.\n\nCargo: Analista de Marketing Digital\nEmpresa: Textiles Guane S.A.S.\nCiudad: Medellín\n\nelempleo.com",
    ),
    m(
        "8201",
        "2025-10-22 07:30",
        "Talento Humano Guane <talentohumano@textilesguane.com>",
        "Proceso de selección Textiles Guane",
        S("rejection", TG, TGR, 21, "direct"),
        "Estimada Valentina,\n\nGracias por postularse a nuestra vacante. Recibimos más de 300 hojas de vida y, aunque su perfil es muy interesante, hemos decidido avanzar con candidatos residentes en Medellín.\n\nSaludos,\nTalento Humano\nTextiles Guane S.A.S.",
    ),
    # --- 22 Hoteles Marbella Caribe (SmartRecruiters) ---------------------------------------
    m(
        "8210",
        "2025-11-18 12:44",
        "Hoteles Marbella Caribe <noreply@smartrecruiters.com>",
        "Gracias por postularse a Analista de Marketing Digital (Revenue)",
        S("confirmation", HM, HMR, 22, "smartrecruiters"),
        "Hola Valentina,\n\nGracias por su interés en Hoteles Marbella Caribe. Hemos recibido su postulación para Analista de Marketing Digital (Revenue) - Bogotá / Cartagena.\n\nRevisaremos su perfil y le contactaremos si hay coincidencia.\n\nSaludos,\nEquipo de Talento",
    ),
    m(
        "8211",
        "2025-12-10 15:20",
        "Hoteles Marbella Caribe <noreply@smartrecruiters.com>",
        "Su candidatura en Hoteles Marbella Caribe",
        S("rejection", HM, HMR, 22, "smartrecruiters"),
        "Hola Valentina,\n\nGracias por el tiempo que dedicó a postularse. Fue una decisión difícil: recibimos candidaturas muy sólidas, entre ellas la suya.\n\nLamentablemente, no avanzaremos con su candidatura para este cargo.\n\nLe deseamos éxito,\nEquipo de Talento\nHoteles Marbella Caribe",
    ),
    # --- 14 Vértice Logística (LinkedIn, ghosted) -------------------------------------------
    m(
        "8220",
        "2025-12-03 08:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Valentina, tu solicitud se ha enviado a Vértice Logística",
        S("confirmation", VL, VLR, 14, "linkedin"),
        html="<html><body><p>Tu solicitud se ha enviado a Vértice Logística</p><p><b>Analista de Marketing</b><br>Vértice Logística · Medellín, Antioquia (Híbrido)</p><p>Solicitado el 3 dic 2025</p><p>Ahora, toma estas medidas para destacar...</p></body></html>",
    ),
    m(
        "8221",
        "2025-12-09 13:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud se ha visto",
        S("viewed", VL, VLR, 14, "linkedin"),
        html="<html><body><p>Vértice Logística ha visto tu solicitud para Analista de Marketing.</p><p>Aún no han tomado una decisión.</p></body></html>",
    ),
    # --- alerts, outreach, other job mail ---------------------------------------------------
    m(
        "8300",
        "2025-09-03 06:30",
        "Computrabajo <alertas@computrabajo.com.co>",
        "12 nuevas ofertas de Marketing Digital en Bogotá",
        ("alert", None, None, None, "other", "es"),
        'Hola Valentina, estas son las ofertas nuevas según tu alerta "marketing digital":\n\n- Analista de Marketing Digital - Cosmeticos Flor S.A.S.\n- Community Manager - Agencia Pixel\n- Analista SEO - Confidencial\n...\n\nVer todas: https://co.computrabajo.com/alertas',
    ),
    m(
        "8301",
        "2025-09-24 06:30",
        "Computrabajo <alertas@computrabajo.com.co>",
        "Nuevas ofertas: analista growth",
        ("alert", None, None, None, "other", "es"),
        'Hola Valentina, 7 ofertas nuevas para "analista growth":\n\n- Growth Analyst - Fintech Confidencial (Bogotá)\n- Analista CRM - Tienda Alcaraván S.A.S.\n- Analista de Performance - Grupo Medios\n\nPostúlate antes que los demás.',
    ),
    m(
        "8302",
        "2025-10-15 07:00",
        "elempleo.com <alertas@elempleo.com>",
        "Ofertas de empleo que coinciden con tu perfil",
        ("alert", None, None, None, "other", "es"),
        "Valentina, encontramos 9 ofertas que coinciden con tu perfil:\n\nAnalista de Mercadeo - Sector Salud - Bogotá\nProfesional de Comunicaciones Digitales - Medellín\nAnalista de Inteligencia de Mercados - Bogotá\n\nelempleo.com",
    ),
    m(
        "8303",
        "2025-11-06 07:00",
        "Magneto <notificaciones@magneto365.com>",
        "Vacantes recomendadas para ti esta semana",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Hola Valentina, estas vacantes son para ti:</p><ul><li>Especialista en Pauta Digital - Medellín</li><li>Analista de Datos de Mercadeo - Bogotá</li></ul></body></html>",
    ),
    m(
        "8304",
        "2025-12-01 09:30",
        "Get on Board <hola@getonbrd.com>",
        "Nuevos empleos de Marketing remoto 🌎",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><h3>Empleos que te pueden interesar</h3><p>Performance Marketing Manager · Remoto LatAm · USD 3.000-4.000</p><p>Growth Analyst · Santiago o remoto</p><p>Get on Board</p></body></html>",
    ),
    m(
        "8305",
        "2025-10-05 10:00",
        "Magneto <notificaciones@magneto365.com>",
        "Completa tu postulación a Analista de Pauta",
        ("alert", None, None, None, "other", "es"),
        "Hola Valentina, empezaste a aplicar a Analista de Pauta en Grupo Éxodo Medios pero no terminaste. Te falta responder las preguntas de filtro. La vacante cierra en 3 días.\n\nMagneto",
    ),
    m(
        "8306",
        "2025-10-28 15:15",
        "Juliana Mejía <juliana.mejia@rhsolucionesandinas.com>",
        "Vacante Analista de Marketing Analytics - Medellín",
        ("outreach", None, "Analista de Marketing Analytics", None, "agency", "es"),
        "Buenas tardes Valentina,\n\nDesde RH Soluciones Andinas estamos buscando Analista de Marketing Analytics para un importante cliente del sector retail en Medellín (presencial). Salario $5.500.000 + prestaciones.\n\nSi le interesa, por favor envíeme su hoja de vida actualizada y aspiración salarial.\n\nCordialmente,\nJuliana Mejía\nRH Soluciones Andinas S.A.S.",
    ),
    m(
        "8307",
        "2025-12-15 11:45",
        "Mónica Salcedo <msalcedo@talentoejecutivo.com.co>",
        "¿Sigues abierta a oportunidades?",
        ("outreach", None, "Gerente de Growth", None, "agency", "es"),
        "Hola Valentina, ¡feliz diciembre!\n\nTengo una búsqueda de Gerente de Growth para una fintech colombiana en crecimiento. Sé que estabas en varios procesos; si sigues abierta, hablemos en enero.\n\nMónica\nTalento Ejecutivo Ltda.",
    ),
    m(
        "8308",
        "2025-09-12 08:00",
        "Grupo Financiero Andino <grupoandino@myworkday.com>",
        "Verifique su cuenta de candidato",
        ("other_job", None, None, None, "workday", "es"),
        "Para completar la creación de su cuenta en el portal de empleo del Grupo Financiero Andino, ingrese el siguiente código de verificación: 482 917\n\nEste código vence en 15 minutos.",
    ),
    m(
        "8309",
        "2025-12-12 10:00",
        "Magneto <encuestas@magneto365.com>",
        "¿Cómo fue tu experiencia en el proceso de Caja Aurora?",
        ("other_job", None, None, None, "other", "es"),
        "Hola Valentina, cuéntanos en 1 minuto cómo fue tu experiencia como candidata. Tus respuestas son anónimas.\n\nResponder encuesta: https://magneto365.com/encuesta",
    ),
]

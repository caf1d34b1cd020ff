# ruff: noqa: E501, RUF100
"""Corpus 117, job mail in Ecuador (data only, and the shared helpers): see heldout117.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def zone(day: str) -> str:
    """Ecuador (mainland) keeps -05:00 all year."""
    return "-0500"


m = partial(dated_spec, zone)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "es") -> tuple[Any, ...]:
    """The truth of one message of an application."""
    return (cat, co, role, app, src, lang)


def J(
    cat: str, lang: str = "es", co: str | None = None, role: str | None = None, src: str = "other"
) -> tuple[Any, ...]:
    """The truth of job mail that belongs to no application (alerts, outreach, other job mail)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "es") -> tuple[str, str]:
    """The truth of mail that is not about jobs."""
    return ("not_job", lang)


def invite(
    uid: str,
    start: str,
    summary: str,
    organizer: tuple[str, str],
    minutes: int = 45,
    style: str = "google",
    location: str = "Microsoft Teams Meeting",
    description: str = "",
    method: str = "REQUEST",
) -> dict[str, Any]:
    """A calendar part; ``start`` is "YYYY-MM-DD HH:MM" in Quito time (Google style, in UTC:
    the builder's Outlook style writes a Berlin time zone)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 -0500",
        "summary": summary,
        "organizer": organizer,
        "minutes": minutes,
        "style": style,
        "location": location,
        "method": method,
    }
    if description:
        ev["description"] = description
    return ev


CO1, R1 = "Cordillera", "Analista Tributario Senior"
R1B = "Analista de Precios de Transferencia"
CO2, R2 = "Banco Solandino", "Analista de Impuestos"
CO3, R3 = "Laboratorios Quitumbe", "Jefe de Contabilidad e Impuestos"
CO7, R7 = "Distribuidora Valle Real", "Contador General"
CO8, R8 = "Importadora El Ejido", "Contador Senior"
CO10, R10 = "Hoteles Rucu", "Contador de Costos"
CO11, R11 = "Seguros Tungurahua", "Analista Contable Tributario"
CO12, R12 = "CELA", "Supervisor de Impuestos"
CO13, R13 = "Boticas del Valle", "Analista de Cumplimiento Tributario"
CO14, R14 = "Café Pasochoa", "Contador Senior"
CO18, R18 = "Valdivieso & Asociados", "Senior de Impuestos"
CO19, R19 = "Agrícola San Rafael", "Jefe de Contabilidad"
CO21, R21 = "Constructora Rumiñahui", "Contador"
CO24, R24 = "Cooperativa Andina", "Analista Tributario"


MAIL: list[dict[str, Any]] = [
    # --- 1 Cordillera (Alimentos Cordillera S.A.), Workday tenant alcordillera -----------------
    m(
        "88101",
        "2025-09-08 09:41",
        "Alimentos Cordillera S.A. <alcordillera@myworkday.com>",
        "Hemos recibido su postulación - Analista Tributario Senior (R-04417)",
        A("confirmation", CO1, R1, 1, "workday"),
        "Estimada Sofía:\n\nGracias por su interés en formar parte de Alimentos Cordillera S.A. Hemos recibido su postulación para la vacante Analista Tributario Senior (R-04417) en Quito.\n\nNuestro equipo de Talento Humano revisará su perfil y, en caso de que se ajuste a los requisitos del cargo, nos pondremos en contacto con usted. Puede revisar el estado de su postulación en cualquier momento ingresando a nuestro portal de candidatos.\n\nAtentamente,\nTalento Humano\nCordillera - Alimentamos al Ecuador\n\nEste es un correo automático, por favor no responda.",
    ),
    m(
        "88102",
        "2025-09-16 15:03",
        "Evaluaciones Cordillera <evaluaciones@alcordillera.com.ec>",
        "Invitación a evaluación en línea - Proceso R-04417",
        A("assessment", CO1, R1, 1, "direct"),
        "Estimada Sofía Cevallos:\n\nComo parte del proceso de selección para el cargo de Analista Tributario Senior, le invitamos a completar una batería de pruebas psicométricas (razonamiento numérico, personalidad laboral y una prueba técnica de tributación ecuatoriana: retenciones, IVA, anexos transaccionales ATS).\n\nEnlace: https://evaluaciones.alcordillera.com.ec/c/7Q2KX9\nTiempo estimado: 75 minutos. Plazo: hasta el viernes 19 de septiembre a las 23:59.\n\nLe recomendamos realizarla desde una computadora, con conexión estable y sin interrupciones.\n\nSaludos cordiales,\nMaría Belén Ortiz\nAnalista de Selección | Alimentos Cordillera S.A.\nAv. Galo Plaza Lasso N67-120, Quito",
    ),
    m(
        "88103",
        "2025-09-25 11:17",
        "María Belén Ortiz <mbortiz@alcordillera.com.ec>",
        "Entrevista - Analista Tributario Senior",
        A("interview", CO1, R1, 1, "direct"),
        "Estimada Sofía,\n\nReciba un cordial saludo. Nos complace informarle que ha avanzado a la etapa de entrevista con el Jefe de Impuestos, Ing. Patricio Yánez. Le envío la convocatoria por Teams para el martes 30 de septiembre a las 10:00.\n\nPor favor confirme su asistencia respondiendo la invitación.\n\nSaludos,\nMaría Belén Ortiz\nAnalista de Selección\nAlimentos Cordillera S.A.",
        ics=invite(
            "040000008200E00074C5B7101A82E00800000000A1F04417",
            "2025-09-30 10:00",
            "Entrevista Analista Tributario Senior - Sofía Cevallos",
            ("María Belén Ortiz", "mbortiz@alcordillera.com.ec"),
            45,
        ),
    ),
    m(
        "88104",
        "2025-10-14 17:52",
        "Alimentos Cordillera S.A. <alcordillera@myworkday.com>",
        "Proceso de selección",
        A("rejection", CO1, R1, 1, "workday"),
        "Estimada Sofía:\n\nQueremos agradecerle sinceramente por el tiempo y la dedicación que invirtió en nuestro proceso de selección para el cargo de Analista Tributario Senior. Su experiencia en cumplimiento tributario y su desempeño en la entrevista fueron muy bien valorados por el equipo.\n\nLuego de un análisis detallado, hemos decidido continuar con otro candidato cuyo perfil se ajusta de manera más cercana a las necesidades actuales del área.\n\nConservaremos su hoja de vida en nuestra base de datos para futuras oportunidades y le animamos a seguir postulando a nuestras vacantes.\n\nLe deseamos muchos éxitos.\n\nTalento Humano\nAlimentos Cordillera S.A.",
    ),
    # --- 22 Cordillera again, another role -----------------------------------------------------
    m(
        "88105",
        "2025-11-20 08:33",
        "Alimentos Cordillera S.A. <alcordillera@myworkday.com>",
        "Hemos recibido su postulación - Analista de Precios de Transferencia (R-04761)",
        A("confirmation", CO1, R1B, 22, "workday"),
        "Estimada Sofía:\n\nGracias por su interés en formar parte de Alimentos Cordillera S.A. Hemos recibido su postulación para la vacante Analista de Precios de Transferencia (R-04761) en Quito.\n\nNuestro equipo de Talento Humano revisará su perfil y, en caso de que se ajuste a los requisitos del cargo, nos pondremos en contacto con usted.\n\nAtentamente,\nTalento Humano\nCordillera - Alimentamos al Ecuador\n\nEste es un correo automático, por favor no responda.",
    ),
    # --- 2 Banco Solandino, SuccessFactors (ghosted) -----------------------------------------
    m(
        "88106",
        "2025-09-10 22:08",
        "Banco Solandino Carreras <bancosolandino@successfactors.com>",
        "Confirmación de aplicación: Analista de Impuestos",
        A("confirmation", CO2, R2, 2, "other"),
        html="<html><body style='font-family:Arial'><table width='600'><tr><td style='background:#003a70;color:#fff;padding:14px'><b>Banco Solandino</b></td></tr><tr><td style='padding:18px'><p>Estimado/a Sofía,</p><p>Gracias por postular al cargo <b>Analista de Impuestos</b> (Req. 11832) - Gerencia de Contabilidad y Tributación, Quito.</p><p>Su aplicación fue registrada correctamente. Si su perfil resulta preseleccionado, un miembro del equipo de Selección se comunicará con usted. Debido al alto número de postulaciones, no podemos responder individualmente a cada candidato; si no recibe noticias en las próximas semanas, le agradecemos considerar que el proceso continuó con otros perfiles.</p><p>Cordialmente,<br>Dirección de Gestión del Talento</p></td></tr><tr><td style='font-size:10px;color:#777;padding:10px'>Banco Solandino S.A. es una entidad controlada por la Superintendencia de Bancos. No comparta sus claves.</td></tr></table></body></html>",
    ),
    # --- 3 Selecta Talento Humano for Laboratorios Quitumbe (accepted) ------------------------
    m(
        "88107",
        "2025-11-24 10:26",
        "Gabriela Andrade | Selecta Talento Humano <gandrade@selectath.com.ec>",
        "Oportunidad: Jefe de Contabilidad e Impuestos - importante empresa del sector farmacéutico",
        J("outreach", src="agency"),
        "Buenos días Sofía,\n\nMi nombre es Gabriela Andrade, consultora senior en Selecta Talento Humano. Estamos apoyando a una importante empresa del sector farmacéutico, con más de 40 años en el país, en la búsqueda de un/a Jefe de Contabilidad e Impuestos para su planta en Quito (sector norte).\n\nEl cargo reporta a la Gerencia Financiera y lidera un equipo de 4 personas: cierres mensuales bajo NIIF, declaraciones y anexos al SRI, atención de requerimientos y auditoría externa.\n\nRevisé su perfil en LinkedIn y me parece muy afín. ¿Tendría disponibilidad para una breve llamada esta semana? Si me comparte su hoja de vida actualizada y aspiración salarial, le cuento más detalles.\n\nSaludos cordiales,\nGabriela Andrade\nConsultora Senior\nSelecta Talento Humano\n02 245 8890 | 098 771 0342",
    ),
    m(
        "88108",
        "2025-11-26 16:40",
        "Gabriela Andrade | Selecta Talento Humano <gandrade@selectath.com.ec>",
        "RE: Oportunidad: Jefe de Contabilidad e Impuestos - importante empresa del sector farmacéutico",
        J("outreach", src="agency"),
        "Sofía, muchas gracias por la información y por el tiempo en la llamada de hoy.\n\nComo le comenté, presentaré su perfil a nuestro cliente esta semana. Por confidencialidad aún no puedo revelar el nombre, pero apenas tenga retroalimentación le escribo.\n\nSaludos,\nGabriela\n\n-----Mensaje original-----\nDe: Sofía Cevallos <sofia.cevallos.j@gmail.com>\nEnviado el: miércoles, 26 de noviembre de 2025 12:10\nPara: Gabriela Andrade\nAsunto: RE: Oportunidad\n\nBuenos días Gabriela, adjunto mi CV. Mi aspiración está en el rango que conversamos.",
        **{"In-Reply-To": "<88107.20251124.90@selectath.com.ec>"},
    ),
    m(
        "88109",
        "2025-12-03 09:15",
        "Gabriela Andrade | Selecta Talento Humano <gandrade@selectath.com.ec>",
        "Entrevista con Laboratorios Quitumbe - Jefe de Contabilidad e Impuestos",
        A("interview", CO3, R3, 3, "agency"),
        "Hola Sofía,\n\nBuenas noticias: nuestro cliente, Laboratorios Quitumbe Cía. Ltda., revisó su perfil y desea conocerla. La entrevista sería con el Gerente Financiero, Eco. Fernando Salazar, de forma presencial en sus oficinas (Av. Eloy Alfaro y De los Nogales, Quito) el lunes 8 de diciembre a las 15:00.\n\nLe envío la invitación para que quede en su calendario. Lleve por favor copia de su título registrado en la Senescyt.\n\nSaludos cordiales,\nGabriela Andrade\nSelecta Talento Humano",
        ics=invite(
            "selecta-qtb-20251208-1500",
            "2025-12-08 15:00",
            "Entrevista Laboratorios Quitumbe - Sofía Cevallos",
            ("Gabriela Andrade", "gandrade@selectath.com.ec"),
            60,
            location="Laboratorios Quitumbe, Av. Eloy Alfaro y De los Nogales, Quito",
        ),
    ),
    m(
        "88110",
        "2025-12-11 12:02",
        "Gabriela Andrade | Selecta Talento Humano <gandrade@selectath.com.ec>",
        "Pruebas psicométricas - Quitumbe",
        A("assessment", CO3, R3, 3, "agency"),
        "Sofía, ¿cómo está?\n\nEl Eco. Salazar quedó con muy buena impresión. El siguiente paso son las pruebas psicométricas y de conocimientos que aplicamos desde Selecta. Le llegará un correo de nuestra plataforma con usuario y clave; tiene hasta el domingo 14 para completarlas.\n\nCualquier inquietud me avisa.\n\nGabriela",
    ),
    m(
        "88111",
        "2025-12-19 18:21",
        "Gabriela Andrade | Selecta Talento Humano <gandrade@selectath.com.ec>",
        "Entrevista final - Quitumbe",
        A("interview", CO3, R3, 3, "agency"),
        "Hola Sofía,\n\nLe confirmo la entrevista final con la Gerente General de Quitumbe, Dra. Inés Carrión, el martes 23 de diciembre a las 09:30 por Zoom. Es una conversación de 30 minutos, más de cultura y expectativas.\n\nEnlace: https://zoom.us/j/84122097315?pwd=cXRiMjAyNQ\n\nÉxitos,\nGabriela",
        ics=invite(
            "selecta-qtb-20251223-0930",
            "2025-12-23 09:30",
            "Quitumbe | Entrevista final Jefe de Contabilidad e Impuestos",
            ("Gabriela Andrade", "gandrade@selectath.com.ec"),
            30,
            style="google",
            location="https://zoom.us/j/84122097315",
        ),
    ),
    m(
        "88112",
        "2026-01-06 11:45",
        "Talento Humano Quitumbe <talentohumano@labquitumbe.com.ec>",
        "Carta oferta - Jefe de Contabilidad e Impuestos",
        A("offer", CO3, R3, 3, "direct"),
        "Estimada Sofía:\n\nEs grato para Laboratorios Quitumbe Cía. Ltda. extenderle la presente carta oferta para el cargo de Jefe de Contabilidad e Impuestos, con las siguientes condiciones:\n\n- Remuneración mensual: USD 2.450 más beneficios de ley (décimo tercero, décimo cuarto, fondos de reserva, afiliación al IESS)\n- Seguro médico privado para la colaboradora y dependientes\n- Fecha tentativa de ingreso: lunes 2 de febrero de 2026\n- Modalidad: presencial, con un día de teletrabajo semanal\n\nLe agradecemos enviarnos la carta firmada hasta el viernes 9 de enero. Adjuntamos el documento en PDF.\n\nCordialmente,\nLcda. Verónica Pazmiño\nJefe de Talento Humano\nLaboratorios Quitumbe Cía. Ltda.",
        cc="gandrade@selectath.com.ec",
        attach=[
            ("Carta_oferta_SCevallos.pdf", "application/pdf", "%PDF-1.4 carta oferta (placeholder)")
        ],
    ),
    m(
        "88113",
        "2026-01-08 16:30",
        "Talento Humano Quitumbe <talentohumano@labquitumbe.com.ec>",
        "RE: Carta oferta - Jefe de Contabilidad e Impuestos",
        A("offer", CO3, R3, 3, "direct"),
        "Estimada Sofía,\n\nRecibimos la carta oferta firmada. ¡Bienvenida a la familia Quitumbe! En los próximos días le enviaremos la lista de documentos para el ingreso (certificado de antecedentes, exámenes preocupacionales, cuenta bancaria).\n\nSaludos,\nVerónica Pazmiño\nJefe de Talento Humano\n\n> El 8 ene 2026, a las 14:05, Sofía Cevallos escribió:\n> Estimada Verónica, adjunto la carta oferta firmada. Muchas gracias por la confianza.",
        st="accepted",
        **{"In-Reply-To": "<88112.20260106.47@labquitumbe.com.ec>"},
    ),
    m(
        "88114",
        "2026-01-13 10:05",
        "Talento Humano Quitumbe <talentohumano@labquitumbe.com.ec>",
        "Documentos de ingreso y exámenes preocupacionales",
        J("other_job", co=CO3, role=R3, src="direct"),
        "Sofía, buenos días.\n\nPara su ingreso el 2 de febrero le pedimos:\n1. Copia de cédula y certificado de votación\n2. Certificado de antecedentes penales\n3. Mecanizado del IESS\n4. Certificado bancario\n\nLos exámenes médicos preocupacionales están agendados en el laboratorio LabVida (Av. América) el viernes 16 de enero a las 07:30, en ayunas.\n\nSaludos,\nTalento Humano\nLaboratorios Quitumbe",
    ),
    # --- 7 Distribuidora Valle Real, Multitrabajos (viewed, ghosted) ---------------------------
    m(
        "88115",
        "2025-09-12 13:14",
        "Multitrabajos <noreply@multitrabajos.com>",
        "Postulación enviada: Contador General",
        A("confirmation", CO7, R7, 7, "other"),
        html="<html><body><div style='max-width:560px;font-family:Helvetica'><img src='https://www.multitrabajos.com/static/logo.png' alt='Multitrabajos'><h2>¡Listo, Sofía! Te postulaste a Contador General</h2><p><b>Distribuidora Valle Real Cía. Ltda.</b> · Quito, Pichincha · Tiempo completo</p><p>La empresa recibirá tu CV. Puedes seguir el estado de tu postulación desde <a href='https://www.multitrabajos.com/postulantes/postulaciones'>Mis postulaciones</a>.</p><p style='color:#888'>Consejo: los avisos con más de 200 postulantes tardan en responder. Completa tu perfil al 100% para destacar.</p><hr><p style='font-size:11px'>Recibiste este correo porque tienes una cuenta en Multitrabajos. <a href='#'>Configurar notificaciones</a></p></div></body></html>",
    ),
    m(
        "88116",
        "2025-09-19 07:02",
        "Multitrabajos <noreply@multitrabajos.com>",
        "Distribuidora Valle Real leyó tu CV",
        A("viewed", CO7, R7, 7, "other"),
        html="<html><body><div style='font-family:Helvetica'><h3>¡Buenas noticias!</h3><p>La empresa <b>Distribuidora Valle Real Cía. Ltda.</b> leyó tu CV para el aviso <b>Contador General</b>.</p><p>Mantente atento a tu correo y teléfono: la empresa podría contactarte.</p><p><a href='https://www.multitrabajos.com/postulantes/postulaciones'>Ver mis postulaciones</a></p></div></body></html>",
    ),
    # --- 8 Importadora El Ejido, Computrabajo (viewed, rejected) -------------------------------
    m(
        "88117",
        "2025-09-22 20:45",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Has aplicado a la oferta Contador Senior",
        A("confirmation", CO8, R8, 8, "other"),
        "Hola Sofía,\n\nTu hoja de vida ha sido enviada a la oferta:\n\nContador Senior\nImportadora El Ejido S.A. - Guayaquil, Guayas\n\nSigue el proceso desde 'Mis candidaturas'. Te avisaremos cuando la empresa lea tu hoja de vida.\n\nEl equipo de Computrabajo",
    ),
    m(
        "88118",
        "2025-09-29 09:12",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Importadora El Ejido S.A. ha visto tu hoja de vida",
        A("viewed", CO8, R8, 8, "other"),
        "Hola Sofía,\n\nLa empresa Importadora El Ejido S.A. ha visto tu hoja de vida para la oferta Contador Senior.\n\nConsulta el estado en Mis candidaturas: https://ec.computrabajo.com/candidato/postulaciones\n\nEl equipo de Computrabajo",
    ),
    m(
        "88119",
        "2025-10-21 10:30",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Actualización de tu candidatura - Contador Senior",
        A("rejection", CO8, R8, 8, "other"),
        "Hola Sofía,\n\nLa empresa Importadora El Ejido S.A. ha finalizado el proceso para la oferta Contador Senior y tu candidatura no ha continuado en esta ocasión.\n\nNo te desanimes: hay 312 ofertas de Contabilidad en Ecuador esperándote.\n\nEl equipo de Computrabajo",
    ),
    # --- 10 Hoteles Rucu, Indeed then direct rejection -----------------------------------------
    m(
        "88120",
        "2025-10-02 19:55",
        "Indeed Apply <indeedapply@indeed.com>",
        "Postulación enviada: Contador de Costos",
        A("confirmation", CO10, R10, 10, "indeed"),
        "Indeed\n\nTu postulación ha sido enviada\n\nContador de Costos\nHoteles Rucu - Quito, Pichincha\n\nLos siguientes elementos se enviaron a Hoteles Rucu:\n· CV de Sofía Cevallos\n· Respuestas a 3 preguntas de selección\n\nTe recomendamos dar seguimiento en Mis empleos. Buena suerte.\n\n© 2025 Indeed",
    ),
    m(
        "88121",
        "2025-10-28 12:40",
        "Recursos Humanos - Operadora Hotelera Pichincha <rrhh@ohpichincha.com>",
        "Tu postulación",
        A("rejection", CO10, R10, 10, "direct"),
        "Hola Sofía:\n\nGracias por tu interés en trabajar con nosotros en Hoteles Rucu. Revisamos con atención tu perfil y nos pareció muy completo, especialmente tu experiencia en costeo y cierres.\n\nSin embargo, en esta ocasión hemos seleccionado a otra persona cuya experiencia en el sector hotelero es más cercana a lo que buscamos.\n\nTe deseamos lo mejor en tu búsqueda.\n\nEquipo de Recursos Humanos\nOperadora Hotelera Pichincha S.A. - Hoteles Rucu",
    ),
    # --- 11 Seguros Tungurahua, HiringRoom -----------------------------------------------------
    m(
        "88122",
        "2025-10-06 08:20",
        "Seguros Tungurahua vía HiringRoom <notificaciones@hiringroom.com>",
        "Recibimos tu postulación",
        A("confirmation", CO11, R11, 11, "other"),
        html="<html><body><p>Hola Sofía,</p><p>¡Gracias por postularte a <b>Analista Contable Tributario - Guayaquil</b>!</p><p>Tu información ya está en manos del equipo de Talento de <b>Seguros Tungurahua</b>. Si tu perfil avanza, te contactaremos por este medio.</p><p>Saludos,<br>Equipo de Talento</p><p style='font-size:10px;color:#999'>Powered by HiringRoom · segurostungurahua.hiringroom.com</p></body></html>",
    ),
    m(
        "88123",
        "2025-10-13 14:10",
        "Seguros Tungurahua vía HiringRoom <notificaciones@hiringroom.com>",
        "Completa la evaluación - Analista Contable Tributario",
        A("assessment", CO11, R11, 11, "other"),
        html="<html><body><p>Hola Sofía,</p><p>Avanzaste a la siguiente etapa. Te invitamos a completar una <b>evaluación psicométrica</b> (perfil conductual DISC y razonamiento lógico). Dura aproximadamente 40 minutos.</p><p><a href='https://segurostungurahua.hiringroom.com/evaluaciones/1b77c2'>Comenzar evaluación</a></p><p>Tienes 5 días para completarla.</p><p>Equipo de Talento - Seguros Tungurahua</p></body></html>",
    ),
    m(
        "88124",
        "2025-10-22 17:33",
        "Andrea Mosquera <amosquera@segurostungurahua.com.ec>",
        "Invitación: Entrevista Analista Contable Tributario",
        A("interview", CO11, R11, 11, "direct"),
        "Hola Sofía, ¿qué tal?\n\nTe escribo para coordinar una entrevista por Zoom con la Contadora General, CPA Lorena Villamar, el lunes 27 de octubre a las 16:00. Si no te queda bien, responde a este correo con dos opciones.\n\nUnirse a Zoom: https://segurostungurahua.zoom.us/j/91522406118\n\nSaludos,\nAndrea Mosquera\nAnalista de Talento\nSeguros Tungurahua S.A.",
        ics=invite(
            "zoom-91522406118",
            "2025-10-27 16:00",
            "Entrevista Analista Contable Tributario - Sofía Cevallos",
            ("Andrea Mosquera", "amosquera@segurostungurahua.com.ec"),
            45,
            style="google",
            location="https://segurostungurahua.zoom.us/j/91522406118",
        ),
    ),
    m(
        "88125",
        "2025-11-07 09:48",
        "Seguros Tungurahua vía HiringRoom <notificaciones@hiringroom.com>",
        "Novedades sobre tu proceso",
        A("rejection", CO11, R11, 11, "other"),
        html="<html><body><p>Hola Sofía,</p><p>Queremos agradecerte por tu tiempo y por compartir tu experiencia con nosotros. Fue un gusto conocerte y valoramos mucho tu conocimiento de anexos y conciliaciones tributarias.</p><p>Después de evaluar cuidadosamente a los finalistas, decidimos avanzar con otra persona para la posición <b>Analista Contable Tributario</b>. Esta decisión no fue fácil.</p><p>Guardaremos tu perfil para futuras búsquedas.</p><p>¡Muchos éxitos!<br>Equipo de Talento - Seguros Tungurahua</p></body></html>",
    ),
    # --- 12 CELA (Compañía Ecuatoriana de Logística y Aduanas CELA S.A.), direct -> on hold ----
    m(
        "88126",
        "2025-10-09 21:14",
        "Sofía Cevallos <scevallos@outlook.com>",
        "RV: Recepción de hoja de vida - Supervisor de Impuestos",
        A("confirmation", CO12, R12, 12, "direct"),
        "\n\n________________________________\nDe: Selección CELA <seleccion@celalogistica.com.ec>\nEnviado: jueves, 9 de octubre de 2025 16:02\nPara: scevallos@outlook.com\nAsunto: Recepción de hoja de vida - Supervisor de Impuestos\n\nEstimada Sra. Cevallos:\n\nAcusamos recibo de su hoja de vida para la vacante de Supervisor de Impuestos publicada en nuestra página web. Su perfil será analizado por el área de Gestión Humana. De no recibir respuesta en un plazo de 30 días, se entenderá que su postulación no fue seleccionada para esta ocasión.\n\nAtentamente,\nGestión Humana\nCompañía Ecuatoriana de Logística y Aduanas CELA S.A.",
        to="Sofía Cevallos <sofia.cevallos.j@gmail.com>",
    ),
    m(
        "88127",
        "2025-10-30 11:05",
        "Carlos Tapia <ctapia@celalogistica.com.ec>",
        "Entrevista - Supervisor de Impuestos CELA",
        A("interview", CO12, R12, 12, "direct"),
        "Estimada Sofía,\n\nReciba un cordial saludo de CELA. Queremos invitarle a una entrevista técnica con la Gerencia Financiera el miércoles 5 de noviembre a las 11:00, por Microsoft Teams. La invitación llegará por separado.\n\nAtentamente,\n\nCarlos Tapia Guerrero\nCoordinador de Gestión Humana\nCELA S.A. | Logística y Aduanas\nPBX 02 398 1200 ext. 214",
    ),
    m(
        "88128",
        "2025-10-30 11:07",
        "Carlos Tapia <ctapia@celalogistica.com.ec>",
        "Entrevista técnica Supervisor de Impuestos - Sofía Cevallos",
        A("interview", CO12, R12, 12, "direct"),
        "________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión\nId. de reunión: 284 553 190 417\nCódigo de acceso: Xp7mQ2\n________________________________________________________________________________",
        ics=invite(
            "040000008200E00074C5B7101A82E0080000000078CE1105",
            "2025-11-05 11:00",
            "Entrevista técnica Supervisor de Impuestos - Sofía Cevallos",
            ("Carlos Tapia", "ctapia@celalogistica.com.ec"),
            60,
        ),
    ),
    m(
        "88129",
        "2025-11-18 15:26",
        "Carlos Tapia <ctapia@celalogistica.com.ec>",
        "Proceso Supervisor de Impuestos",
        A("confirmation", CO12, R12, 12, "direct"),
        "Estimada Sofía,\n\nLe escribo para agradecerle por su participación en la entrevista técnica. Lamentablemente, por una reestructuración interna del área financiera, la Gerencia ha decidido suspender temporalmente la contratación de esta posición hasta inicios del próximo año.\n\nSu candidatura se mantiene activa y, apenas se reactive el proceso, nos comunicaremos con usted.\n\nSaludos cordiales,\nCarlos Tapia Guerrero\nCoordinador de Gestión Humana\nCompañía Ecuatoriana de Logística y Aduanas CELA S.A.",
        st="on_hold",
    ),
    # --- 13 Boticas del Valle (Corporación Farmavalle S.A.), Computrabajo then group mailbox ---
    m(
        "88130",
        "2025-10-16 12:00",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Has aplicado a la oferta Analista de Cumplimiento Tributario",
        A("confirmation", CO13, R13, 13, "other"),
        "Hola Sofía,\n\nTu hoja de vida ha sido enviada a la oferta:\n\nAnalista de Cumplimiento Tributario\nCorporación Farmavalle S.A. - Quito, Pichincha\n\nSigue el proceso desde 'Mis candidaturas'.\n\nEl equipo de Computrabajo",
    ),
    m(
        "88131",
        "2025-10-24 10:19",
        "Selección Corporación Farmavalle <seleccion@corpfarmavalle.com.ec>",
        "Citación a entrevista",
        A("interview", CO13, R13, 13, "direct"),
        "Buenos días Sofía,\n\nPor medio del presente le invitamos a una entrevista para el cargo de Analista de Cumplimiento Tributario de nuestra cadena Boticas del Valle, el jueves 30 de octubre a las 14:30 en nuestras oficinas administrativas: Av. De la Prensa N51-33 y Vaca de Castro, piso 3.\n\nPor favor traer cédula y hoja de vida impresa.\n\nAtentamente,\nJefatura de Selección\nCorporación Farmavalle S.A.\nBoticas del Valle · Farmavalle Distribución · Dermavalle",
    ),
    m(
        "88132",
        "2025-11-12 16:44",
        "Selección Corporación Farmavalle <seleccion@corpfarmavalle.com.ec>",
        "Tu postulación",
        A("rejection", CO13, R13, 13, "direct"),
        "Hola Sofía:\n\nAgradecemos tu participación en nuestro proceso. Tu perfil profesional es muy sólido y disfrutamos la conversación contigo.\n\nEn esta oportunidad el proceso para Boticas del Valle concluyó con la selección de otro candidato. Te invitamos a seguir pendiente de nuestras vacantes.\n\nCordialmente,\nSelección - Corporación Farmavalle S.A.",
    ),
    # --- 14 Café Pasochoa (Industrias Pasochoa Cía. Ltda.), Multitrabajos ----------------------
    m(
        "88133",
        "2025-10-27 18:11",
        "Multitrabajos <noreply@multitrabajos.com>",
        "Postulación enviada: Contador Senior",
        A("confirmation", CO14, R14, 14, "other"),
        html="<html><body><div style='max-width:560px;font-family:Helvetica'><h2>¡Listo, Sofía! Te postulaste a Contador Senior</h2><p><b>Industrias Pasochoa Cía. Ltda.</b> · Sangolquí, Pichincha · Tiempo completo</p><p>La empresa recibirá tu CV. Puedes seguir el estado desde <a href='https://www.multitrabajos.com/postulantes/postulaciones'>Mis postulaciones</a>.</p></div></body></html>",
    ),
    m(
        "88134",
        "2025-11-04 09:36",
        "Paola Guerrón <pguerron@cafepasochoa.com>",
        "Entrevista Contador Senior - Café Pasochoa",
        A("interview", CO14, R14, 14, "direct"),
        "Hola Sofía, buenos días.\n\nTe saluda Paola, de Gestión de Personas de Café Pasochoa. Vimos tu postulación en Multitrabajos y nos gustaría conversar contigo por Zoom el viernes 7 de noviembre a las 09:00. Te adjunto la invitación.\n\nUn abrazo,\nPaola Guerrón\nGestión de Personas\nIndustrias Pasochoa Cía. Ltda. | Café Pasochoa",
        ics=invite(
            "pasochoa-8821-zoom",
            "2025-11-07 09:00",
            "Entrevista Contador Senior",
            ("Paola Guerrón", "pguerron@cafepasochoa.com"),
            40,
            style="google",
            location="https://us06web.zoom.us/j/86630219874",
        ),
    ),
    m(
        "88135",
        "2025-11-21 13:58",
        "Paola Guerrón <pguerron@cafepasochoa.com>",
        "Proceso de selección",
        A("rejection", CO14, R14, 14, "direct"),
        "Hola Sofía,\n\nMil gracias por tu tiempo en la entrevista y por tu interés en Café Pasochoa. Nos encantó tu experiencia y tu manera de explicar los temas tributarios.\n\nTras revisar todos los perfiles, decidimos continuar con una persona que ya conoce nuestro sistema contable (SAP Business One). Ojalá podamos coincidir más adelante.\n\nUn abrazo,\nPaola",
    ),
    # --- 18 Valdivieso & Asociados, referral, ghosted after interview --------------------------
    m(
        "88136",
        "2025-11-10 08:05",
        "Diego Valdivieso <dvaldivieso@valdiviesoasociados.ec>",
        "Referido de Juan Pablo - Senior de Impuestos",
        A("interview", CO18, R18, 18, "direct"),
        "Sofía, buenos días.\n\nJuan Pablo Lara me pasó tu hoja de vida para la posición de Senior de Impuestos en nuestra firma. Me gustaría conocerte: ¿te parece el jueves 13 a las 17:30 en la oficina (Av. Naciones Unidas y Shyris, Edif. Onix, piso 9)? Te envío invitación.\n\nSaludos,\nDiego Valdivieso M.\nSocio de Impuestos\nValdivieso & Asociados Auditores Cía. Ltda.",
        ics=invite(
            "040000008200E00074C5B7101A82E008000000009F2DAA13",
            "2025-11-13 17:30",
            "Entrevista Senior de Impuestos - S. Cevallos",
            ("Diego Valdivieso", "dvaldivieso@valdiviesoasociados.ec"),
            60,
            location="Oficina V&A - Edif. Onix piso 9",
        ),
    ),
    # --- 19 Agrícola San Rafael, Indeed, ghosted ----------------------------------------------
    m(
        "88137",
        "2025-11-02 21:40",
        "Indeed Apply <indeedapply@indeed.com>",
        "Postulación enviada: Jefe de Contabilidad",
        A("confirmation", CO19, R19, 19, "indeed"),
        "Indeed\n\nTu postulación ha sido enviada\n\nJefe de Contabilidad\nAgrícola San Rafael S.A. - Milagro, Guayas\n\nLos siguientes elementos se enviaron a Agrícola San Rafael S.A.:\n· CV de Sofía Cevallos\n\nSi el empleador no responde en 2 semanas, revisa otras ofertas similares.\n\n© 2025 Indeed",
    ),
    # --- 21 Constructora Rumiñahui, Computrabajo ----------------------------------------------
    m(
        "88138",
        "2025-12-01 11:22",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Has aplicado a la oferta Contador",
        A("confirmation", CO21, R21, 21, "other"),
        "Hola Sofía,\n\nTu hoja de vida ha sido enviada a la oferta:\n\nContador\nConstructora Rumiñahui Cía. Ltda. - Quito, Pichincha\n\nSigue el proceso desde 'Mis candidaturas'.\n\nEl equipo de Computrabajo",
    ),
    m(
        "88139",
        "2025-12-09 08:50",
        "Constructora Rumiñahui <talento@constructoraruminahui.com>",
        "Respuesta a su postulación",
        A("rejection", CO21, R21, 21, "direct"),
        "Estimada candidata:\n\nAgradecemos su interés en la vacante de Contador. Hemos revisado su hoja de vida, la cual denota una trayectoria destacada. No obstante, en esta ocasión el perfil buscado requiere experiencia específica en contabilidad de proyectos inmobiliarios, por lo que no continuaremos con su candidatura.\n\nAtentamente,\nDepartamento de Talento Humano\nConstructora Rumiñahui Cía. Ltda.",
    ),
    # --- 24 Cooperativa Andina, HiringRoom, test then ghosted ---------------------------------
    m(
        "88140",
        "2025-12-15 10:02",
        "Cooperativa Andina vía HiringRoom <notificaciones@hiringroom.com>",
        "Recibimos tu postulación",
        A("confirmation", CO24, R24, 24, "other"),
        html="<html><body><p>Hola Sofía,</p><p>¡Gracias por postularte a <b>Analista Tributario</b>!</p><p>Tu información ya está en manos del equipo de Talento de <b>Cooperativa de Ahorro y Crédito Andina Ltda.</b> Te informaremos si tu perfil avanza en el proceso. Si no resultas seleccionada, igual te avisaremos por este medio.</p><p style='font-size:10px;color:#999'>Powered by HiringRoom · coopandina.hiringroom.com</p></body></html>",
    ),
    m(
        "88141",
        "2025-12-18 15:30",
        "Cooperativa Andina vía HiringRoom <notificaciones@hiringroom.com>",
        "Te invitamos a una prueba de conocimientos",
        A("assessment", CO24, R24, 24, "other"),
        html="<html><body><p>Hola Sofía,</p><p>Queremos conocerte mejor. Te invitamos a rendir una <b>prueba técnica de tributación</b> (impuesto a la renta, retenciones y ATS) de 45 minutos.</p><p><a href='https://coopandina.hiringroom.com/evaluaciones/5f0d31'>Rendir prueba</a></p><p>Equipo de Talento · Cooperativa Andina</p></body></html>",
    ),
    # --- alerts, outreach and other job mail (Ecuador) ----------------------------------------
    m(
        "88142",
        "2025-09-03 07:00",
        "Multitrabajos <alertas@multitrabajos.com>",
        "12 nuevos avisos de Contador en Quito",
        J("alert"),
        html="<html><body><h3>Avisos que coinciden con tu búsqueda: contador · Quito</h3><ul><li>Contador General - Distribuidora Valle Real Cía. Ltda.</li><li>Asistente Contable - Confidencial</li><li>Contador Senior - Industrias del Pacífico</li><li>Analista Tributario - Importante empresa del sector</li></ul><p><a href='#'>Ver los 12 avisos</a></p><p style='font-size:10px'>Para dejar de recibir alertas, ingresa a tu cuenta.</p></body></html>",
    ),
    m(
        "88143",
        "2025-10-08 07:00",
        "Multitrabajos <alertas@multitrabajos.com>",
        "Nuevos avisos: Analista Tributario",
        J("alert"),
        html="<html><body><h3>Nuevos avisos para ti: analista tributario</h3><ul><li>Analista Tributario Senior - Empresa líder consumo masivo</li><li>Contador Senior - Industrias Pasochoa Cía. Ltda.</li><li>Jefe de Impuestos - Grupo industrial</li></ul><p><a href='#'>Postúlate ahora</a></p></body></html>",
    ),
    m(
        "88144",
        "2025-11-05 07:00",
        "Multitrabajos <alertas@multitrabajos.com>",
        "Empresas buscan perfiles como el tuyo",
        J("alert"),
        html="<html><body><p>Sofía, estas empresas están contratando en Contabilidad / Finanzas:</p><ol><li>Supervisor Contable - Quito</li><li>Contador de Costos - Guayaquil</li><li>Auditor Junior - Cuenca</li></ol><p><a href='#'>Ver avisos</a></p></body></html>",
    ),
    m(
        "88145",
        "2025-12-10 07:00",
        "Multitrabajos <alertas@multitrabajos.com>",
        "8 nuevos avisos de Contador en Quito",
        J("alert"),
        html="<html><body><h3>Avisos que coinciden con tu búsqueda: contador · Quito</h3><ul><li>Contador - Constructora Rumiñahui Cía. Ltda.</li><li>Contador General - Clínica privada</li><li>Analista de Impuestos - Sector financiero</li></ul></body></html>",
    ),
    m(
        "88146",
        "2025-09-18 06:30",
        "Computrabajo <alertas@computrabajo.com>",
        "Ofertas de empleo: analista tributario en Pichincha",
        J("alert"),
        "Hola Sofía, estas son las nuevas ofertas para tu alerta 'analista tributario':\n\n- Analista de Impuestos - Empresa de telecomunicaciones - Quito\n- Asistente Tributario - Estudio jurídico - Quito\n- Contador Senior - Importadora El Ejido S.A. - Guayaquil\n\nVer todas: https://ec.computrabajo.com/ofertas-de-trabajo/?q=analista%20tributario\n\nDarte de baja de esta alerta: https://ec.computrabajo.com/alertas",
    ),
    m(
        "88147",
        "2025-11-26 06:30",
        "Computrabajo <alertas@computrabajo.com>",
        "Ofertas de empleo: contador en Guayas",
        J("alert"),
        "Hola Sofía, estas son las nuevas ofertas para tu alerta 'contador':\n\n- Contador - Camaronera del Golfo - Durán\n- Jefe de Contabilidad - Agrícola San Rafael S.A. - Milagro\n- Contador General - Clínica - Guayaquil\n\nDarte de baja de esta alerta: https://ec.computrabajo.com/alertas",
    ),
    m(
        "88148",
        "2026-01-21 06:30",
        "Computrabajo <alertas@computrabajo.com>",
        "Ofertas de empleo: analista tributario en Pichincha",
        J("alert"),
        "Hola Sofía, estas son las nuevas ofertas para tu alerta 'analista tributario':\n\n- Analista Tributario Jr. - Quito\n- Especialista de Impuestos - Quito\n\nDarte de baja de esta alerta: https://ec.computrabajo.com/alertas",
    ),
    m(
        "88149",
        "2025-09-09 10:12",
        "Alimentos Cordillera S.A. <alcordillera@myworkday.com>",
        "Bienvenida a la Comunidad de Talento Cordillera",
        J("alert", co=CO1, src="workday"),
        "Hola Sofía,\n\nGracias por crear su cuenta de candidato. Ahora forma parte de nuestra Comunidad de Talento y recibirá vacantes que coincidan con sus intereses.\n\nPuede administrar sus preferencias en el portal de carreras.\n\nTalento Humano - Cordillera",
    ),
    m(
        "88150",
        "2025-12-16 19:45",
        "Banco Solandino Carreras <bancosolandino@successfactors.com>",
        "Su solicitud está incompleta",
        J("alert", co=CO2, src="other"),
        html="<html><body><p>Estimado/a Sofía,</p><p>Notamos que inició una postulación para <b>Especialista de Tributación Corporativa</b> y no la completó. Para ser considerado/a, ingrese al portal y finalice los pasos pendientes antes del cierre de la vacante.</p><p><a href='#'>Continuar postulación</a></p><p>Dirección de Gestión del Talento - Banco Solandino</p></body></html>",
    ),
    m(
        "88151",
        "2025-10-01 14:25",
        "Jorge Sarmiento <jsarmiento@hunterandes.com>",
        "Posición Contralor - empresa del sector energético",
        J("outreach", src="agency"),
        "Estimada Sofía,\n\nLe saluda Jorge Sarmiento, de Hunter Andes Executive Search. Estamos liderando la búsqueda de un Contralor para una empresa del sector energético con operaciones en Quito y el Oriente. Buscamos CPA con más de 8 años de experiencia y manejo de precios de transferencia.\n\nSi es de su interés, o si conoce a alguien, le agradecería me escriba.\n\nSaludos,\nJorge Sarmiento\nPartner | Hunter Andes",
    ),
    m(
        "88152",
        "2025-12-22 16:00",
        "Selección CELA <seleccion@celalogistica.com.ec>",
        "Respuesta automática: Proceso Supervisor de Impuestos",
        J("other_job", co=CO12, role=R12, src="direct"),
        "Gracias por su mensaje. El área de Gestión Humana se encuentra en vacaciones colectivas del 22 de diciembre al 2 de enero. Atenderemos su correo a nuestro regreso.\n\nCompañía Ecuatoriana de Logística y Aduanas CELA S.A.",
    ),
    m(
        "88153",
        "2026-02-04 09:15",
        "Carlos Tapia <ctapia@celalogistica.com.ec>",
        "Reactivación proceso Supervisor de Impuestos",
        A("interview", CO12, R12, 12, "direct"),
        "Estimada Sofía,\n\nFeliz año. Le comento que hemos reactivado el proceso de Supervisor de Impuestos y nos gustaría agendar una segunda entrevista con el Gerente General. ¿Tendría disponibilidad la próxima semana?\n\nSaludos cordiales,\nCarlos Tapia Guerrero\nCELA S.A.",
    ),
    m(
        "88154",
        "2026-02-05 08:40",
        "Carlos Tapia <ctapia@celalogistica.com.ec>",
        "RE: Reactivación proceso Supervisor de Impuestos",
        A("confirmation", CO12, R12, 12, "direct"),
        "Estimada Sofía,\n\nGracias por avisarnos con tanta claridad y felicitaciones por su nuevo cargo. Cerramos su candidatura en este proceso; las puertas de CELA quedan abiertas.\n\nÉxitos,\nCarlos\n\n-----Mensaje original-----\nDe: Sofía Cevallos\nEnviado el: miércoles, 4 de febrero de 2026 19:20\nAsunto: RE: Reactivación proceso Supervisor de Impuestos\n\nEstimado Carlos, le agradezco mucho, pero desde esta semana ya trabajo en otra empresa, así que prefiero retirarme del proceso.",
        st="withdrawn",
        **{"In-Reply-To": "<88153.20260204.44@celalogistica.com.ec>"},
    ),
]

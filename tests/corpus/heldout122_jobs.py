# ruff: noqa: E501, RUF100
"""Corpus 122, job mail part one (data only): see heldout122.py.

Also the corpus's shared helpers: the time zone, ``m()`` and the label shorthands, which the other
data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Madrid's offset on ``day`` (CEST until the last Sunday of October 2025)."""
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(dated_spec, tz)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "es") -> tuple[Any, ...]:
    """Application mail."""
    return (cat, co, role, app, src, lang)


def J(
    cat: str, src: str, co: str | None = None, role: str | None = None, lang: str = "es"
) -> tuple[Any, ...]:
    """Job mail that belongs to no application (alerts, outreach, other job mail)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "es") -> tuple[Any, ...]:
    """Mail that is not about jobs."""
    return ("not_job", lang)


def ics(
    uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any
) -> dict[str, Any]:
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" plus offset from :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


MO, MO1, MO2 = "Moncayo Automotive", "Analista de Demanda", "Supply Chain Planner"
NCT, NCTR = "Navarra Chassis Technologies", "Planificador/a de Producción"
GA, GAR = "Industrias Gállego", "Técnico/a de Planificación Logística"
CZ, CZR = "Cierzo Logística", "Planificador/a de Transporte"
VM, VMR = "Voltia Mobility", "Supply Chain Planner (EV Batteries)"
LAC, LACR = "Transportes Hermanos Lacasa", "Técnico/a de Tráfico y Planificación"
KU, KUR = "Kuantia Consulting", "Consultor/a SAP PP/MM Junior"
PH, PHR = "Plásticos Huerva", "Técnico/a de Logística"
MJ, MJR = "Mecanizados Jalón", "Técnico/a de Aprovisionamiento"
LBS, LBSR = "Levante Battery Systems", "Supply Chain Analyst"
SS, SSR = "Sagunto Stamping", "Material Planner"
HV, HVR = "Hollvik Automotive", "Demand Planner Iberia"

MAIL: list[dict[str, Any]] = [
    # --- 1 Moncayo Automotive, Analista de Demanda (SuccessFactors, group mailbox) -------------
    m(
        "881204",
        "2025-09-03 09:14",
        "Grupo Moncayo - Talent Acquisition <careers@grupomoncayo.example>",
        "Confirmación de recepción de su candidatura - Req ID 4471",
        A("confirmation", MO, MO1, 1, "other"),
        "Estimada Irene:\n\nLe confirmamos que hemos recibido su candidatura para la posición "
        "Analista de Demanda (Req ID 4471) en Moncayo Automotive Systems, S.L.U. – planta de Figueruelas.\n\n"
        "Nuestro equipo de Talent Acquisition revisará su perfil y, en caso de que encaje con los "
        "requisitos del puesto, nos pondremos en contacto con usted. Puede consultar el estado de "
        "su solicitud en cualquier momento en nuestro portal de empleo.\n\n"
        "Gracias por su interés en formar parte del Grupo Moncayo.\n\n"
        "Atentamente,\nTalent Acquisition Iberia\nGrupo Moncayo\n\n"
        "Este mensaje se ha generado automáticamente desde SAP SuccessFactors. Por favor, no responda a este correo.",
        sender="noreply@successfactors.eu",
    ),
    m(
        "881377",
        "2025-09-24 16:02",
        "Grupo Moncayo - Talent Acquisition <careers@grupomoncayo.example>",
        "Su candidatura - Req ID 4471",
        A("rejection", MO, MO1, 1, "other"),
        "Estimada Irene:\n\nMuchas gracias por el tiempo dedicado a su candidatura para Analista de "
        "Demanda. Hemos valorado muy positivamente su experiencia en planificación de "
        "suministros y su conocimiento de SAP.\n\nSin embargo, tras revisar todos los perfiles, "
        "hemos decidido avanzar con candidatos cuya experiencia se ajusta más a las necesidades "
        "actuales de la posición.\n\nLe animamos a seguir atento/a a nuestras vacantes: en el "
        "Grupo Moncayo publicamos posiciones en logística con frecuencia.\n\nUn cordial saludo,\n"
        "Talent Acquisition Iberia\nGrupo Moncayo",
        sender="noreply@successfactors.eu",
    ),
    # --- 2 Moncayo Automotive, Supply Chain Planner (re-application, offer accepted) ----------
    m(
        "881532",
        "2025-10-08 11:40",
        "Grupo Moncayo - Talent Acquisition <careers@grupomoncayo.example>",
        "Confirmación de recepción de su candidatura - Req ID 4598",
        A("confirmation", MO, MO2, 2, "other"),
        "Estimada Irene:\n\nLe confirmamos que hemos recibido su candidatura para la posición "
        "Supply Chain Planner (Req ID 4598) – planta de Figueruelas (Zaragoza).\n\n"
        "Si su perfil encaja, el equipo de selección se pondrá en contacto con usted en las "
        "próximas semanas. Si no recibe noticias, entienda que en esta ocasión no ha sido seleccionado/a.\n\n"
        "Atentamente,\nTalent Acquisition Iberia\nGrupo Moncayo",
        sender="noreply@successfactors.eu",
    ),
    m(
        "881601",
        "2025-10-16 13:25",
        "Lucía Berdejo <lucia.berdejo@grupomoncayo.example>",
        "Entrevista Supply Chain Planner - Figueruelas",
        A("interview", MO, MO2, 2, "direct"),
        "Hola Irene,\n\nSoy Lucía Berdejo, de RRHH de la planta de Figueruelas. Hemos revisado tu "
        "candidatura para Supply Chain Planner y nos gustaría conocerte.\n\n"
        "Te propongo una primera entrevista por Teams el martes 21 de octubre a las 10:00, con "
        "Jorge Lalaguna (Responsable de Supply Chain) y conmigo. Te envío la convocatoria aparte.\n\n"
        "Si no te viene bien, dime otra franja esa semana.\n\nUn saludo,\n\n"
        "Lucía Berdejo\nHR Business Partner\nMoncayo Automotive Systems, S.L.U. | Planta Figueruelas\n"
        "Polígono Entrerríos s/n, 50639 Figueruelas (Zaragoza)",
    ),
    m(
        "881602",
        "2025-10-16 13:31",
        "Lucía Berdejo <lucia.berdejo@grupomoncayo.example>",
        "Entrevista Irene Lasheras - Supply Chain Planner",
        A("interview", MO, MO2, 2, "direct"),
        "Reunión de Microsoft Teams\nÚnase desde el ordenador, la aplicación móvil o el dispositivo de sala\n"
        "Haga clic aquí para unirse a la reunión\nId. de reunión: 361 552 870 114\nCódigo de acceso: 7hQm2B",
        ics=ics(
            "040000008200E00074C5B7101A82E008-mon-4598-1",
            "2025-10-21 10:00",
            "Entrevista Irene Lasheras - Supply Chain Planner",
            ("Lucía Berdejo", "lucia.berdejo@grupomoncayo.example"),
            style="outlook",
            minutes=45,
            location="Reunión de Microsoft Teams",
            attendees=[("Jorge Lalaguna", "jorge.lalaguna@grupomoncayo.example")],
        ),
    ),
    m(
        "881745",
        "2025-10-29 17:48",
        "Lucía Berdejo <lucia.berdejo@grupomoncayo.example>",
        "Segunda entrevista en planta",
        A("interview", MO, MO2, 2, "direct"),
        "Hola Irene,\n\nGracias de nuevo por la entrevista del otro día; a Jorge le gustó mucho "
        "cómo explicaste el cambio de MRP a planificación por consumo en tu empresa actual.\n\n"
        "Queremos invitarte a una segunda entrevista presencial en la planta el miércoles 5 de "
        "noviembre a las 9:30. Será con Jorge y con el director de operaciones, Rubén Alcaine, y "
        "haremos una visita rápida a la nave de secuenciación. Trae calzado cerrado, te daremos el EPI.\n\n"
        "Pregunta por mí en recepción (acceso 2, junto a la báscula).\n\nUn saludo,\nLucía\n\n"
        "Lucía Berdejo\nHR Business Partner – Moncayo Automotive Figueruelas",
        ics=ics(
            "040000008200E00074C5B7101A82E008-mon-4598-2",
            "2025-11-05 09:30",
            "2ª entrevista Irene Lasheras (presencial)",
            ("Lucía Berdejo", "lucia.berdejo@grupomoncayo.example"),
            style="outlook",
            minutes=120,
            location="Planta Figueruelas - Recepción acceso 2",
        ),
    ),
    m(
        "881890",
        "2025-11-12 12:06",
        "Lucía Berdejo <lucia.berdejo@grupomoncayo.example>",
        "Propuesta de incorporación - Moncayo Automotive",
        A("offer", MO, MO2, 2, "direct"),
        "Hola Irene,\n\nComo te adelanté por teléfono, nos alegra mucho trasladarte nuestra "
        "propuesta para incorporarte como Supply Chain Planner en la planta de Figueruelas.\n\n"
        "Te adjunto la carta con las condiciones: contrato indefinido, 36.500 € brutos anuales "
        "en 14 pagas, bonus por objetivos de hasta un 8 %, jornada intensiva los viernes y "
        "ruta de autobús desde Zaragoza. La incorporación prevista es el 8 de enero.\n\n"
        "Te pedimos que nos confirmes tu decisión antes del viernes 21 de noviembre. Cualquier "
        "duda, llámame.\n\nUn abrazo,\nLucía\n\nLucía Berdejo\nHR Business Partner\n"
        "Moncayo Automotive Systems, S.L.U.",
        attach=[
            ("Carta_oferta_ILasheras.pdf", "application/pdf", "%PDF-1.4 carta oferta (simulada)")
        ],
    ),
    m(
        "881934",
        "2025-11-19 09:12",
        "Lucía Berdejo <lucia.berdejo@grupomoncayo.example>",
        "RE: Propuesta de incorporación - Moncayo Automotive",
        A("offer", MO, MO2, 2, "direct"),
        "¡Qué buena noticia, Irene! Bienvenida a bordo.\n\nEn los próximos días te llegará desde "
        "el portal de incorporación la documentación (contrato, datos bancarios, número de la "
        "Seguridad Social, reconocimiento médico). Nos vemos el 8 de enero a las 8:00 en "
        "recepción.\n\nUn abrazo,\nLucía\n\n"
        "-----Mensaje original-----\nDe: Irene Lasheras Gimeno <irene.lasheras.g@gmail.com>\n"
        "Enviado: martes, 18 de noviembre de 2025 22:40\nPara: Lucía Berdejo\n"
        "Asunto: RE: Propuesta de incorporación - Moncayo Automotive\n\n"
        "Hola Lucía:\nTe confirmo que acepto la propuesta. Os devuelvo la carta firmada adjunta.\n"
        "Muchas gracias a ti y a Jorge por todo el proceso.\nIrene",
        st="accepted",
        **{"In-Reply-To": "<881890.20251112.47@grupomoncayo.example>"},
    ),
    m(
        "882011",
        "2025-12-02 10:30",
        "Grupo Moncayo Onboarding <onboarding@grupomoncayo.example>",
        "Bienvenida al Grupo Moncayo: completa tu documentación",
        J("other_job", "other", MO, MO2),
        html="<html><body><p>Hola Irene,</p><p>Te damos la bienvenida al <b>Grupo Moncayo</b>. "
        "Para preparar tu incorporación del <b>8 de enero de 2026</b> en la planta de Figueruelas, "
        "accede al portal de Onboarding y sube:</p><ul><li>DNI por ambas caras</li><li>Número de "
        "afiliación a la Seguridad Social</li><li>IBAN para la nómina</li><li>Modelo 145 (IRPF)</li></ul>"
        "<p>Fecha límite: 19 de diciembre.</p><p>Equipo de Personas · Grupo Moncayo</p></body></html>",
    ),
    # --- 3 Industrias Gállego via Selecta Talent (consultora, client named later) -------------
    m(
        "552310",
        "2025-09-10 12:20",
        "Nerea Cosculluela <ncosculluela@selectatalent.example>",
        "Oportunidad: Técnico/a de Planificación Logística - sector automoción (Zaragoza)",
        J("outreach", "agency", None, GAR),
        "Hola Irene:\n\nTe escribo desde Selecta Talent, consultora de selección especializada en "
        "industria. Estamos trabajando en exclusiva un proceso para un importante fabricante del "
        "sector automoción ubicado en la Plataforma Logística de Zaragoza (PLAZA) y he visto tu "
        "perfil en LinkedIn.\n\nBuscamos un/a Técnico/a de Planificación Logística con experiencia "
        "en planificación JIT/JIS, SAP y relación con proveedores Tier 2. Contrato indefinido y "
        "banda salarial de 32-36K.\n\n¿Tendrías 15 minutos esta semana para una llamada?\n\n"
        "Un saludo,\nNerea Cosculluela\nSenior Consultant – Industria\nSelecta Talent Consulting S.L.\n"
        "Tel. 976 55 21 08",
    ),
    m(
        "552388",
        "2025-09-17 18:05",
        "Nerea Cosculluela <ncosculluela@selectatalent.example>",
        "RE: Oportunidad: Técnico/a de Planificación Logística - sector automoción (Zaragoza)",
        A("interview", GA, GAR, 3, "agency"),
        "Hola Irene:\n\nGracias por la llamada de ayer. Como te comenté, ya puedo decirte que el "
        "cliente es Industrias Gállego S.A. (fabricación de módulos de puerta para varias marcas).\n\n"
        "Te he presentado y quieren hacer entrevista con la responsable de logística el jueves "
        "25 a las 12:00 en sus instalaciones de PLAZA (C/ Taormina, nave 14). Confírmame y te "
        "paso la dirección exacta y el nombre de la persona.\n\nUn saludo,\nNerea\n\n"
        "> El 10 sept 2025, a las 12:20, Nerea Cosculluela escribió:\n> Te escribo desde Selecta "
        "Talent, consultora de selección especializada en industria...",
        **{"In-Reply-To": "<552310.20250910.80@selectatalent.example>"},
    ),
    m(
        "552470",
        "2025-10-07 09:51",
        "Nerea Cosculluela <ncosculluela@selectatalent.example>",
        "Proceso de selección - Industrias Gállego",
        A("rejection", GA, GAR, 3, "agency"),
        "Hola Irene:\n\nQuería darte feedback del proceso con Industrias Gállego. Les gustó mucho "
        "tu conocimiento de secuenciación y la entrevista fue muy bien valorada; aun así, "
        "finalmente se han decidido por una persona con más experiencia gestionando proveedores "
        "en Europa del Este.\n\nSiento que no haya salido esta vez. Te tengo muy en cuenta para "
        "próximos procesos, que en PLAZA se mueven bastante.\n\nUn abrazo,\nNerea",
    ),
    # --- 4 Cierzo Logística (InfoJobs) ---------------------------------------------------
    m(
        "660117",
        "2025-09-05 20:33",
        "InfoJobs <noreply@infojobs.net>",
        "Tu inscripción en la oferta Planificador/a de Transporte se ha realizado correctamente",
        A("confirmation", CZ, CZR, 4, "other"),
        html="<html><body><table width='600'><tr><td><img alt='InfoJobs'></td></tr><tr><td>"
        "<h2>¡Ya estás inscrito/a!</h2><p>Hola Irene,</p><p>Te has inscrito en la oferta "
        "<b>Planificador/a de Transporte</b> de <b>CIERZO LOGISTICA INTEGRAL SL</b> (Zaragoza).</p>"
        "<p>Podrás seguir el estado de tu candidatura desde <a href='https://www.infojobs.net/candidate/applications'>"
        "Mis candidaturas</a>. Te avisaremos cuando la empresa lea tu CV.</p><p>Consejo: completa tu "
        "perfil al 100 % para tener más posibilidades.</p></td></tr></table></body></html>",
    ),
    m(
        "660142",
        "2025-09-09 08:12",
        "InfoJobs <noreply@infojobs.net>",
        "CIERZO LOGISTICA INTEGRAL SL ha leído tu CV",
        A("viewed", CZ, CZR, 4, "other"),
        html="<html><body><p>Hola Irene,</p><p>Buenas noticias: la empresa <b>CIERZO LOGISTICA INTEGRAL SL</b> "
        "ha leído tu CV para la oferta <b>Planificador/a de Transporte</b>.</p><p>Estado de tu candidatura: "
        "<b>CV leído</b></p><p><a href='https://www.infojobs.net/candidate/applications'>Ver candidatura</a></p></body></html>",
    ),
    m(
        "660201",
        "2025-09-26 10:44",
        "InfoJobs <noreply@infojobs.net>",
        "Novedades en tu candidatura",
        A("rejection", CZ, CZR, 4, "other"),
        html="<html><body><p>Hola Irene,</p><p>Te informamos de que el proceso de selección de la oferta "
        "<b>Planificador/a de Transporte</b> en el que estabas inscrito/a ha avanzado y, en esta ocasión, "
        "la empresa no ha seguido adelante con tu candidatura.</p><p>Estado: <b>Descartado/a</b></p>"
        "<p>¡No te desanimes! Hay más de 1.200 ofertas de logística en Aragón esperándote.</p></body></html>",
    ),
    # --- 5 Voltia Mobility (LinkedIn -> Teamtailor, founder from Gmail, English) -------------
    m(
        "770402",
        "2025-09-15 14:02",
        "Voltia Mobility <no-reply@teamtailor-mail.com>",
        "Thanks for applying to Voltia Mobility!",
        A("confirmation", VM, VMR, 5, "teamtailor", "en"),
        "Hi Irene,\n\nThanks for applying for the Supply Chain Planner (EV Batteries) role in "
        "Barcelona! We read every application ourselves, so give us a couple of weeks.\n\n"
        "Unfortunately we can't reply personally to everyone, but if we think there's a match "
        "you'll hear from us.\n\nCheers,\nThe Voltia team\n\nvoltia.example/careers",
    ),
    m(
        "770455",
        "2025-09-22 22:17",
        "Marc Solé <marcsole.voltia@gmail.com>",
        "Voltia - quick chat?",
        A("interview", VM, VMR, 5, "direct", "en"),
        "Hi Irene,\n\nMarc here, co-founder of Voltia. Sorry for writing from my personal address, "
        "our domain is having a DNS moment. I saw your application and I'd love a 30-min video "
        "chat about how you'd set up inbound planning for our cell suppliers in Korea.\n\n"
        "Here's my calendar link, pick any slot next week: calendly.com/marc-voltia/30min\n\n"
        "Marc\n--\nMarc Solé · Co-founder & COO · Voltia Mobility (Barcelona)",
    ),
    m(
        "770512",
        "2025-10-01 11:30",
        "Calendly <notifications@calendly.com>",
        "New Event: Irene Lasheras - 10:00 Thu, Oct 2, 2025 - 30 Minute Meeting",
        A("interview", VM, VMR, 5, "other", "en"),
        "Hi Irene Lasheras,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Meeting\n"
        "Invitee: Marc Solé\nEvent Date/Time: 10:00 - Thursday, October 2, 2025 (Central European Time)\n"
        "Location: Google Meet (details in the calendar invitation)\n",
        ics=ics(
            "cal-voltia-7f2a1",
            "2025-10-02 10:00",
            "Irene Lasheras and Marc Solé",
            ("Marc Solé", "marcsole.voltia@gmail.com"),
            minutes=30,
            location="Google Meet",
        ),
    ),
    m(
        "770598",
        "2025-10-14 19:03",
        "Voltia Mobility <no-reply@teamtailor-mail.com>",
        "Your application at Voltia Mobility",
        A("rejection", VM, VMR, 5, "teamtailor", "en"),
        "Hi Irene,\n\nThank you so much for the time you spent with us. It was a genuinely good "
        "conversation and we were impressed by your hands-on SAP knowledge.\n\nAfter a lot of "
        "back and forth we've decided to go with a candidate who has already worked with cell "
        "suppliers in Asia, which is critical for us this year.\n\nWe'd be happy to keep your "
        "profile for future openings.\n\nAll the best,\nMarc & the Voltia team",
    ),
    # --- 6 Transportes Hermanos Lacasa (Indeed, ghosted) -------------------------------------
    m(
        "990021",
        "2025-09-18 21:47",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Técnico/a de Tráfico y Planificación",
        A("confirmation", LAC, LACR, 6, "indeed"),
        "Indeed\n\nSolicitud enviada\n\nTécnico/a de Tráfico y Planificación\nTransportes Hermanos "
        "Lacasa S.L. - Cuarte de Huerva, Zaragoza\n\nSe ha enviado tu solicitud a Transportes Hermanos Lacasa S.L.\n\n"
        "Próximos pasos: el empleador puede ponerse en contacto contigo directamente. Consulta el "
        "estado en Mis empleos.\n\nTe deseamos mucha suerte.\nEl equipo de Indeed",
    ),
    # --- 7 Kuantia Consulting (Tecnoempleo) ---------------------------------------------------
    m(
        "330871",
        "2025-09-23 09:05",
        "Tecnoempleo <info@tecnoempleo.com>",
        "Inscripción confirmada: Consultor/a SAP PP/MM Junior",
        A("confirmation", KU, KUR, 7, "other"),
        'Hola Irene,\n\nTu inscripción en la oferta "Consultor/a SAP PP/MM Junior" de KUANTIA '
        "CONSULTING SL (Madrid / Híbrido) se ha registrado correctamente.\n\nLa empresa recibirá tu "
        "CV de Tecnoempleo. Puedes ver tus inscripciones en el área de candidato.\n\n"
        "Tecnoempleo.com - Empleo en Informática y Telecomunicaciones",
    ),
    m(
        "330904",
        "2025-10-03 13:18",
        "Selección Kuantia <seleccion@kuantia.example>",
        "Prueba técnica SAP - Consultor/a PP/MM",
        A("assessment", KU, KUR, 7, "direct"),
        "Hola Irene:\n\nGracias por tu interés en Kuantia. Como siguiente paso del proceso te "
        "pedimos que resuelvas una prueba técnica online (45 minutos) sobre SAP PP/MM: "
        "parametrización de MRP, tipos de pedido y un caso práctico de aprovisionamiento.\n\n"
        "Tienes el enlace en este correo y de plazo hasta el miércoles 8 de octubre a las 23:59.\n\n"
        "Un saludo,\nEquipo de Selección\nKuantia Consulting S.L.",
    ),
    m(
        "330966",
        "2025-10-20 10:27",
        "Selección Kuantia <seleccion@kuantia.example>",
        "Tu candidatura",
        A("rejection", KU, KUR, 7, "direct"),
        "Hola Irene:\n\nQueremos agradecerte el esfuerzo que has dedicado a la prueba técnica. Tu "
        "resultado en la parte de aprovisionamiento fue de los mejores.\n\nNo obstante, para este "
        "puesto necesitamos un perfil con más horas de configuración en PP y, por ello, no vamos a "
        "continuar con tu candidatura en este proceso.\n\nTe deseamos mucha suerte.\n\nEquipo de Selección – Kuantia",
    ),
    # --- 8 Plásticos Huerva (InfoEmpleo, ghosted) ---------------------------------------------
    m(
        "441290",
        "2025-09-29 19:40",
        "Infoempleo <noreply@infoempleo.com>",
        "Has aplicado a la oferta Técnico/a de Logística",
        A("confirmation", PH, PHR, 8, "other"),
        html="<html><body><p>Hola Irene:</p><p>Tu candidatura a la oferta <b>Técnico/a de Logística</b> "
        "publicada por <b>Plásticos Huerva, S.A.</b> en María de Huerva (Zaragoza) ha sido enviada.</p>"
        "<p>Recuerda que puedes mejorar tus opciones completando tu Currículum Infoempleo.</p>"
        "<p>Un saludo,<br>El equipo de Infoempleo</p></body></html>",
    ),
    # --- 9 Mecanizados Jalón (INAEM, withdrawn) -----------------------------------------------
    m(
        "120455",
        "2025-10-22 12:00",
        "INAEM - Oficina de Empleo Zaragoza-Centro <noreply.inaem@aragon.es>",
        "Comunicación de oferta de empleo n.º 02/2025/018744",
        A("viewed", MJ, MJR, 9, "other"),
        "Estimada Sra. LASHERAS GIMENO:\n\nLe comunicamos que ha sido preseleccionada por la "
        "Oficina de Empleo para la oferta n.º 02/2025/018744 (TÉCNICO/A DE APROVISIONAMIENTO) de "
        "la empresa MECANIZADOS JALON S.L. (Épila).\n\nSus datos se han remitido a la empresa, que "
        "podrá contactar con usted directamente. Le rogamos que comunique a su oficina el resultado "
        "de la entrevista.\n\nInstituto Aragonés de Empleo\nEste correo se ha enviado desde una dirección que no acepta respuestas.",
    ),
    m(
        "120481",
        "2025-10-27 09:36",
        "Pilar Gimeno Royo <administracion@mecanizadosjalon.example>",
        "Entrevista - oferta INAEM técnico aprovisionamiento",
        A("interview", MJ, MJR, 9, "direct"),
        "Buenos días Irene:\n\nNos ha llegado tu CV a través del INAEM. Nos gustaría que vinieras a "
        "hacer una entrevista con el gerente, Javier Jalón, el lunes 3 de noviembre a las 17:00 en "
        "nuestras instalaciones (Polígono Valdemuel, parcela 22, Épila).\n\nPor favor, confírmanos "
        "asistencia por correo o al 976 81 04 33.\n\nUn saludo,\nPilar Gimeno\nAdministración\nMECANIZADOS JALÓN, S.L.",
    ),
    m(
        "120560",
        "2025-11-20 08:58",
        "Pilar Gimeno Royo <administracion@mecanizadosjalon.example>",
        "RE: Retirada de candidatura",
        A("confirmation", MJ, MJR, 9, "direct"),
        "Hola Irene:\n\nRecibido, lo comunicamos al INAEM para que cierren tu candidatura en la "
        "oferta. Javier dice que le alegra que te haya salido lo de Figueruelas y que mucha suerte.\n\n"
        "Un saludo,\nPilar\n\n> El 19/11/2025 a las 21:02, Irene Lasheras Gimeno escribió:\n"
        "> Hola Pilar, os escribo para retirar mi candidatura al puesto de técnico de aprovisionamiento: "
        "he aceptado otra oferta. Muchas gracias por la entrevista y por vuestro tiempo.",
        st="withdrawn",
    ),
    # --- 10 Levante Battery Systems (Personio, Valencia) --------------------------------------
    m(
        "515022",
        "2025-10-02 10:11",
        "Levante Battery Systems <no-reply@mail.personio.de>",
        "Tu candidatura como Supply Chain Analyst",
        A("confirmation", LBS, LBSR, 10, "personio"),
        "Hola Irene,\n\nmuchas gracias por tu candidatura como Supply Chain Analyst en Levante "
        "Battery Systems (Sagunt, Valencia). La hemos recibido correctamente.\n\nRevisaremos tu "
        "perfil con atención y te contactaremos lo antes posible.\n\nUn saludo,\nPeople Team\n"
        "LBS Levante Battery Systems S.L.\n\nEste correo se ha enviado a través de Personio.",
    ),
    m(
        "515067",
        "2025-10-10 15:44",
        "Alba Ferrando (LBS) <no-reply@mail.personio.de>",
        "Invitación a entrevista: Supply Chain Analyst",
        A("interview", LBS, LBSR, 10, "personio"),
        "Hola Irene,\n\nnos gustaría invitarte a una entrevista online para el puesto de Supply "
        "Chain Analyst.\n\nFecha: jueves, 16 de octubre de 2025\nHora: 12:30 - 13:15\nLugar: Google "
        "Meet (enlace en la invitación)\nEntrevistadores: Alba Ferrando (People) y Vicent Llopis (Head of Supply Chain)\n\n"
        "Un saludo,\nAlba",
        reply_to="alba.ferrando@lbs-battery.example",
        ics=ics(
            "personio-lbs-88412",
            "2025-10-16 12:30",
            "Entrevista Supply Chain Analyst - Irene Lasheras",
            ("Alba Ferrando", "alba.ferrando@lbs-battery.example"),
            minutes=45,
            location="Google Meet",
        ),
    ),
    m(
        "515130",
        "2025-10-30 09:20",
        "Levante Battery Systems <no-reply@mail.personio.de>",
        "Actualización sobre tu candidatura",
        A("rejection", LBS, LBSR, 10, "personio"),
        "Hola Irene,\n\ngracias por tu paciencia y por la conversación con Vicent y Alba. Nos "
        "quedamos con una impresión muy buena de tu perfil.\n\nLamentablemente, hemos decidido "
        "seguir adelante con otra persona cuya experiencia encaja algo mejor con la fase en la que "
        "está la gigafactoría.\n\nGuardaremos tu CV, si nos das permiso, para futuras posiciones.\n\n"
        "Un saludo,\nPeople Team LBS",
    ),
    # --- 11 Sagunto Stamping (SmartRecruiters, ghosted) ---------------------------------------
    m(
        "623300",
        "2025-10-13 18:22",
        "SSTAMP Careers <noreply@smartrecruiters.com>",
        "Thank you for your application – Material Planner",
        A("confirmation", SS, SSR, 11, "smartrecruiters", "en"),
        "Dear Irene,\n\nThank you for your interest in Sagunto Stamping S.L. We have received your "
        "application for the position of Material Planner (Sagunto, Valencia).\n\nOur recruiting "
        "team will carefully review your profile. If your qualifications match our requirements, "
        "we will contact you to discuss next steps.\n\nKind regards,\nSSTAMP Talent Acquisition\n"
        "Part of the Ardent Pressings Group",
    ),
    # --- 12 Hollvik Automotive (Workday, Madrid, English) -------------------------------------
    m(
        "718840",
        "2025-10-06 08:55",
        "Hollvik Careers <hollvik@myworkday.com>",
        "Hollvik: Application received - Demand Planner Iberia (R-0028871)",
        A("confirmation", HV, HVR, 12, "workday", "en"),
        "Dear Irene Lasheras Gimeno,\n\nThank you for applying to Demand Planner Iberia "
        "(R-0028871) in Madrid, Spain. We have received your application.\n\nYou can track the "
        "status of your application at any time by signing in to your candidate home account.\n\n"
        "Kind regards,\nHollvik Global Talent Acquisition\n\nHollvik Automotive Iberia S.A.U. | "
        "Hollvik Group AB",
    ),
    m(
        "718902",
        "2025-10-14 07:30",
        "Hollvik Careers <hollvik@myworkday.com>",
        "Next step: online assessment for Demand Planner Iberia",
        A("assessment", HV, HVR, 12, "workday", "en"),
        "Dear Irene,\n\nWe are pleased to invite you to complete an online assessment as part of "
        "your application for Demand Planner Iberia.\n\nThe assessment includes numerical reasoning "
        "and a short forecasting exercise and takes approximately 40 minutes. Please complete it "
        "within 5 days.\n\nStart assessment: sign in to your candidate home and open My Tasks.\n\n"
        "Best of luck,\nHollvik Global Talent Acquisition",
    ),
    m(
        "718977",
        "2025-11-03 16:10",
        "Hollvik Careers <hollvik@myworkday.com>",
        "Update on your application",
        A("rejection", HV, HVR, 12, "workday", "en"),
        "Dear Irene,\n\nThank you for your interest in Hollvik and for the time you invested in "
        "our assessment. We appreciated learning about your background.\n\nAfter careful "
        "consideration, we regret to inform you that we will not be moving forward with your "
        "application for Demand Planner Iberia at this time.\n\nWe encourage you to apply for "
        "future roles that match your profile.\n\nKind regards,\nHollvik Global Talent Acquisition",
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 109, job mail, first part (data only): see heldout109.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    if day < "2025-10-26":
        return "+0200"
    return "+0100"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "es")


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


ALM, ALMR = "Alminar Hotels & Resorts", "Coordinadora de Eventos y Banquetes"
PT, PT1, PT2 = (
    "Palacio de Triana",
    "Coordinador/a de Marketing y Eventos",
    "Responsable de Marketing y Comunicación",
)
MER, MER1, MER2 = (
    "Meridia Hotels",
    "Marketing Coordinator – Southern Spain",
    "Events Sales Coordinator",
)
ATL, ATLR = "Atlántida Resorts", "Events & Guest Experience Coordinator"
OLV, OLVR = "Hoteles Olivar Urbano", "Coordinador/a de Eventos MICE"
SOL, SOLR = "Solenza Hotels", "Marketing Manager Costa del Sol"
PCG, PCGR = "Palacio de Congresos Guadalquivir", "Técnico/a de Eventos y Congresos"
MUR, MURR = "Hotel Murillo Plaza", "Coordinador/a de Ventas y Eventos"
MAR, MARR = "Marlowe Hotels", "Events Coordinator – Marlowe Madrid Castellana"
LUN, LUNR = "Lunara Hoteles", "Marketing & Community Coordinator"
AZA, AZAR = "Azahar Experiences", "Coordinadora de Grupos y Eventos"

MAIL: list[dict[str, Any]] = [
    # --- 1 Alminar Hotels & Resorts (SuccessFactors, Grupo Turístico Alminar S.A.) ---------------
    m(
        "10911",
        "2025-09-08 09:41",
        "Grupo Turístico Alminar <noreply@successfactors.eu>",
        "Confirmación de su candidatura - Coordinadora de Eventos y Banquetes (Req. 4471)",
        A("confirmation", ALM, ALMR, 1, "other"),
        "Estimada Marta Villalobos Ruiz:\n\n"
        "Le confirmamos que hemos recibido correctamente su candidatura para la posición "
        "Coordinadora de Eventos y Banquetes (Req. 4471) – Alminar Sevilla Plaza de Armas.\n\n"
        "Nuestro equipo de Talento revisará su perfil con detenimiento. Si su experiencia se "
        "ajusta a lo que buscamos, nos pondremos en contacto con usted en las próximas semanas. "
        "En caso de no resultar seleccionada, conservaremos sus datos en nuestra base de "
        "candidatos durante un plazo de 12 meses, salvo que nos indique lo contrario.\n\n"
        "Puede consultar el estado de su candidatura en el portal de empleo.\n\n"
        "Atentamente,\n"
        "Departamento de Personas y Talento\n"
        "Grupo Turístico Alminar, S.A.\n"
        "Alminar Hotels & Resorts · Alminar Urban · Alminar Beach\n",
    ),
    m(
        "10912",
        "2025-09-22 13:05",
        "Rocío Benjumea <rocio.benjumea@alminarhotels.es>",
        "Entrevista - Eventos Alminar Sevilla Plaza de Armas",
        A("interview", ALM, ALMR, 1, "direct"),
        "Hola Marta,\n\n"
        "Soy Rocío, de Selección en Alminar. Hemos revisado tu CV para la vacante de "
        "coordinación de eventos y banquetes en el hotel de Plaza de Armas y nos gustaría "
        "conocerte.\n\n"
        "Te propongo una primera entrevista por Teams el jueves 25 a las 10:30, de unos 30-40 "
        "minutos. Te envío la convocatoria aparte. Si no te viene bien, dime otra franja y lo "
        "movemos.\n\n"
        "Un saludo,\n"
        "Rocío Benjumea\n"
        "Talent Acquisition Partner · Andalucía\n"
        "AH&R – Alminar Hotels & Resorts\n",
    ),
    m(
        "10913",
        "2025-09-22 13:07",
        "Rocío Benjumea <rocio.benjumea@alminarhotels.es>",
        "Entrevista Marta Villalobos – Coord. Eventos y Banquetes",
        A("interview", ALM, ALMR, 1, "direct"),
        "Reunión de Microsoft Teams\n"
        "Unirse en el ordenador, aplicación móvil o dispositivo de sala\n"
        "Haga clic aquí para unirse a la reunión\n"
        "Id. de reunión: 371 552 908 114\nCódigo de acceso: qT7uZm\n",
        ics={
            "style": "outlook",
            "organizer": ("Rocío Benjumea", "rocio.benjumea@alminarhotels.es"),
            "uid": "040000008200E00074C5B7101A82E00800000000ALM1",
            "start": "2025-09-25 10:30:00 +0200",
            "minutes": 40,
            "summary": "Entrevista Marta Villalobos – Coord. Eventos y Banquetes",
            "location": "Reunión de Microsoft Teams",
        },
    ),
    m(
        "10914",
        "2025-10-02 17:48",
        "Rocío Benjumea <rocio.benjumea@alminarhotels.es>",
        "RE: Entrevista - Eventos Alminar Sevilla Plaza de Armas",
        A("interview", ALM, ALMR, 1, "direct"),
        "Hola de nuevo Marta,\n\n"
        "Gracias por tu tiempo la semana pasada, nos gustó mucho la conversación. Pasamos a la "
        "segunda fase: una entrevista presencial en el hotel con Ignacio Lora, Director de "
        "Operaciones, y con Carmen Vela, Jefa de Banquetes.\n\n"
        "Sería el martes 7 de octubre a las 12:00 en Alminar Sevilla Plaza de Armas (c/ Marqués "
        "de Paradas). Pregunta en recepción por RR.HH.\n\n"
        "Confírmame, por favor.\n\nRocío\n\n"
        "-----Mensaje original-----\nDe: Marta Villalobos Ruiz\nEnviado: jueves, 25 de septiembre de 2025 11:20\n"
        "Asunto: RE: Entrevista - Eventos Alminar Sevilla Plaza de Armas\n\n"
        "Muchas gracias, Rocío. Quedo a la espera de noticias.\n",
        ics={
            "style": "outlook",
            "organizer": ("Rocío Benjumea", "rocio.benjumea@alminarhotels.es"),
            "uid": "040000008200E00074C5B7101A82E00800000000ALM2",
            "start": "2025-10-07 12:00:00 +0200",
            "minutes": 60,
            "summary": "2ª entrevista presencial – Marta Villalobos",
            "location": "Alminar Sevilla Plaza de Armas, C/ Marqués de Paradas s/n, Sevilla",
        },
    ),
    m(
        "10915",
        "2025-10-15 09:12",
        "Rocío Benjumea <rocio.benjumea@alminarhotels.es>",
        "Caso práctico – propuesta de evento",
        A("assessment", ALM, ALMR, 1, "direct"),
        "Hola Marta,\n\n"
        "Como te comentamos, la última fase es un caso práctico. Te adjunto el briefing: una "
        "empresa farmacéutica quiere celebrar en el hotel una convención de 180 personas (2 días, "
        "con cena de gala en la terraza y actividad en Triana). Te pedimos una propuesta de "
        "programa, escandallo aproximado y plan de comunicación.\n\n"
        "Tienes hasta el lunes 20 a las 14:00. No buscamos un documento perfecto, sino ver cómo "
        "lo planteas.\n\nÁnimo,\nRocío\n",
        attach=[
            (
                "Briefing_convencion_ALM.txt",
                "text/plain",
                "Cliente: laboratorio farmacéutico. 180 pax. 2 días. Presupuesto orientativo 85.000 EUR.\n",
            )
        ],
    ),
    m(
        "10916",
        "2025-11-04 18:30",
        "Ignacio Lora <ignacio.lora@alminarhotels.es>",
        "Propuesta de incorporación",
        A("offer", ALM, ALMR, 1, "direct"),
        "Marta, buenas tardes:\n\n"
        "Tras las entrevistas y la presentación de tu caso, que nos pareció muy sólida, "
        "queremos ofrecerte el puesto de Coordinadora de Eventos y Banquetes en Alminar Sevilla "
        "Plaza de Armas.\n\n"
        "Condiciones: contrato indefinido, convenio de hostelería de Sevilla, nivel II, salario "
        "bruto anual de 27.500 € en 14 pagas más variable por objetivos de hasta un 8 %, "
        "incorporación prevista el 1 de diciembre.\n\n"
        "Te adjunto la carta con el detalle. Nos gustaría tener tu respuesta antes del viernes.\n\n"
        "Un abrazo,\nIgnacio Lora\nDirector de Operaciones · Alminar Sevilla Plaza de Armas\n"
        "Grupo Turístico Alminar, S.A.\n",
        attach=[
            (
                "Carta_oferta_MVillalobos.txt",
                "text/plain",
                "Puesto: Coordinadora de Eventos y Banquetes. Salario: 27.500 EUR brutos anuales.\n",
            )
        ],
    ),
    m(
        "10917",
        "2025-11-07 10:02",
        "Rocío Benjumea <rocio.benjumea@alminarhotels.es>",
        "RE: Propuesta de incorporación",
        A("offer", ALM, ALMR, 1, "direct"),
        "¡Qué alegría, Marta! Recibida tu aceptación firmada. Bienvenida a la familia Alminar.\n\n"
        "La semana que viene te escribirá Administración de Personal para la documentación "
        "(DNI, número de la Seguridad Social, cuenta bancaria) y el día 1 te esperamos a las "
        "9:00 para el welcome day.\n\nRocío\n\n"
        "> El 6 nov 2025, a las 21:14, Marta Villalobos Ruiz escribió:\n"
        "> Ignacio, Rocío: acepto encantada la propuesta. Os adjunto la carta firmada.\n",
        st="accepted",
    ),
    m(
        "10918",
        "2025-11-13 12:40",
        "Administración de Personal Alminar <personal@grupoalminar.com>",
        "Documentación para tu alta – Alminar Sevilla Plaza de Armas",
        ("other_job", ALM, ALMR, None, "direct", "es"),
        "Hola Marta:\n\nPara tramitar tu alta en la Seguridad Social con fecha 01/12/2025 "
        "necesitamos que nos envíes antes del día 24:\n"
        "- Copia del DNI por las dos caras\n- Número de afiliación a la Seguridad Social\n"
        "- IBAN\n- Modelo 145 firmado\n\nGracias,\nAdministración de Personal\nGrupo Turístico Alminar S.A.\n",
    ),
    # --- 2 Palacio de Triana, first role (InfoJobs) ---------------------------------------------
    m(
        "10921",
        "2025-09-03 11:16",
        "InfoJobs <noreply@infojobs.net>",
        "Tu inscripción en la oferta Coordinador/a de Marketing y Eventos",
        A("confirmation", PT, PT1, 2, "other"),
        html="<html><body><p>Hola Marta,</p><p>Te has inscrito correctamente en la oferta "
        "<b>Coordinador/a de Marketing y Eventos</b> de <b>EXPLOTACIONES HOTELERAS TRIANA 2018 SL</b> "
        "(Sevilla).</p><p>Puedes seguir el estado de tu candidatura desde <a href='https://www.infojobs.net/candidate/applications'>Mis candidaturas</a>. "
        "Te avisaremos cuando la empresa lea tu CV.</p><p>¡Mucha suerte!<br>El equipo de InfoJobs</p></body></html>",
    ),
    m(
        "10922",
        "2025-09-05 08:55",
        "InfoJobs <noreply@infojobs.net>",
        "La empresa ha leído tu CV",
        A("viewed", PT, PT1, 2, "other"),
        html="<html><body><p>Hola Marta,</p><p>Tu candidatura ha cambiado de estado: <b>CV leído</b></p>"
        "<p>Oferta: Coordinador/a de Marketing y Eventos<br>Empresa: Palacio de Triana Boutique Hotel</p>"
        "<p>Recuerda que las empresas suelen tardar unos días en avanzar en el proceso.</p></body></html>",
    ),
    m(
        "10923",
        "2025-09-10 16:20",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura ha cambiado de estado",
        A("viewed", PT, PT1, 2, "other"),
        html="<html><body><p>Hola Marta,</p><p>Nuevo estado de tu candidatura: <b>En proceso</b></p>"
        "<p>Oferta: Coordinador/a de Marketing y Eventos · Palacio de Triana Boutique Hotel · Sevilla</p></body></html>",
    ),
    m(
        "10924",
        "2025-09-12 10:31",
        "Lucía Carmona <direccion@palaciodetriana.com>",
        "Entrevista Palacio de Triana",
        A("interview", PT, PT1, 2, "direct"),
        "Buenos días Marta,\n\nTe escribo desde el Palacio de Triana. Nos ha gustado tu "
        "perfil y queremos conocerte en persona. ¿Te vendría bien el miércoles 17 a las 17:00 "
        "aquí en el hotel (c/ Pureza)? Pregunta por mí en recepción.\n\n"
        "Un saludo,\nLucía Carmona\nDirectora\nPalacio de Triana Boutique Hotel\n"
        "Explotaciones Hoteleras Triana 2018 S.L.\n",
    ),
    m(
        "10925",
        "2025-09-24 09:00",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura ha cambiado de estado",
        A("interview", PT, PT1, 2, "other"),
        html="<html><body><p>Hola Marta,</p><p>Nuevo estado de tu candidatura: <b>Finalista</b></p>"
        "<p>Oferta: Coordinador/a de Marketing y Eventos · Palacio de Triana Boutique Hotel</p>"
        "<p>¡Enhorabuena! Estás entre los candidatos finalistas de este proceso.</p></body></html>",
    ),
    m(
        "10926",
        "2025-10-03 13:44",
        "Lucía Carmona <direccion@palaciodetriana.com>",
        "Tu candidatura",
        A("rejection", PT, PT1, 2, "direct"),
        "Hola Marta:\n\nQuería escribirte personalmente. Fue un placer conocerte, y tus ideas "
        "para las redes del hotel nos encantaron. Ha sido una decisión muy ajustada, pero al "
        "final nos hemos decidido por una persona con más experiencia en revenue, que es algo "
        "que necesitamos cubrir ya.\n\nGuardo tu CV y, si surge algo, serás de las primeras a "
        "las que llame. Te deseo mucha suerte.\n\nUn abrazo,\nLucía\n",
    ),
    m(
        "10927",
        "2025-10-03 14:02",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura ha cambiado de estado",
        A("rejection", PT, PT1, 2, "other"),
        html="<html><body><p>Hola Marta,</p><p>Nuevo estado de tu candidatura: <b>Descartado</b></p>"
        "<p>Oferta: Coordinador/a de Marketing y Eventos · Palacio de Triana Boutique Hotel</p>"
        "<p>No te desanimes: hay miles de ofertas esperándote en InfoJobs.</p></body></html>",
    ),
    # --- 16 Palacio de Triana, re-application (InfoJobs) ----------------------------------------
    m(
        "10931",
        "2026-01-19 20:12",
        "InfoJobs <noreply@infojobs.net>",
        "Tu inscripción en la oferta Responsable de Marketing y Comunicación",
        A("confirmation", PT, PT2, 16, "other"),
        html="<html><body><p>Hola Marta,</p><p>Te has inscrito correctamente en la oferta "
        "<b>Responsable de Marketing y Comunicación</b> de <b>Palacio de Triana Boutique Hotel</b> (Sevilla).</p>"
        "<p>Te avisaremos cuando la empresa lea tu CV.</p></body></html>",
    ),
    m(
        "10932",
        "2026-01-21 09:37",
        "InfoJobs <noreply@infojobs.net>",
        "La empresa ha leído tu CV",
        A("viewed", PT, PT2, 16, "other"),
        html="<html><body><p>Hola Marta,</p><p>Tu candidatura ha cambiado de estado: <b>CV leído</b></p>"
        "<p>Oferta: Responsable de Marketing y Comunicación<br>Empresa: EXPLOTACIONES HOTELERAS TRIANA 2018 SL</p></body></html>",
    ),
    # --- 3 / 15 Meridia Hotels, two roles (Workday) ---------------------------------------------
    m(
        "10941",
        "2025-09-15 22:08",
        "Meridia Hotels <meridia@myworkday.com>",
        "Thank you for your application",
        E("confirmation", MER, MER1, 3, "workday"),
        "Dear Marta,\n\nThank you for applying for the position of Marketing Coordinator – "
        "Southern Spain (R-20931) at Meridia Hotels International.\n\n"
        "We have received your application and our Talent Acquisition team will review it "
        "against the requirements of the role. Due to the high volume of applications we "
        "receive, we may not be able to respond to every candidate individually. If you have "
        "not heard from us within four weeks, please assume that your application has not been "
        "successful on this occasion.\n\n"
        "You can track your application at any time in your candidate home.\n\n"
        "Kind regards,\nMeridia Talent Acquisition\n",
    ),
    m(
        "10942",
        "2025-10-09 11:20",
        "Meridia Hotels <meridia@myworkday.com>",
        "Your application for Marketing Coordinator – Southern Spain",
        E("rejection", MER, MER1, 3, "workday"),
        "Dear Marta,\n\nThank you for your interest in Meridia Hotels and for the time you "
        "invested in your application for Marketing Coordinator – Southern Spain.\n\n"
        "We were impressed by your background in hotel events and your languages. After careful "
        "consideration, however, we have decided to move forward with other candidates whose "
        "experience more closely matches the current needs of our Málaga cluster.\n\n"
        "We encourage you to keep an eye on our careers page for future openings.\n\n"
        "Best wishes,\nMeridia Talent Acquisition\n",
    ),
    m(
        "10943",
        "2025-11-18 19:50",
        "Meridia Hotels <meridia@myworkday.com>",
        "Thank you for your application",
        E("confirmation", MER, MER2, 15, "workday"),
        "Dear Marta,\n\nThank you for applying for the position of Events Sales Coordinator "
        "(R-21477) – Meridia Madrid Gran Vía at Meridia Hotels International.\n\n"
        "We have received your application and our Talent Acquisition team will review it. If "
        "you have not heard from us within four weeks, please assume that your application has "
        "not been successful on this occasion.\n\nKind regards,\nMeridia Talent Acquisition\n",
    ),
    m(
        "10944",
        "2025-11-27 15:15",
        "Hannah Whitcombe <hannah.whitcombe@meridiahotels.com>",
        "Meridia Madrid – Events Sales Coordinator – phone screen",
        E("interview", MER, MER2, 15, "direct"),
        "Hi Marta,\n\nThanks for applying for the Events Sales Coordinator role at Meridia "
        "Madrid Gran Vía. I'd love to set up a 20-minute phone call to learn more about you. "
        "Could you pick a slot here: https://calendly.com/hwhitcombe-meridia/20min\n\n"
        "The call will be in English for the first part and then our Director of Events, "
        "Pilar, may join in Spanish.\n\nBest,\nHannah Whitcombe\nTalent Acquisition Specialist, EMEA\nMeridia Hotels\n",
    ),
    m(
        "10945",
        "2025-11-27 21:03",
        "Calendly <notifications@calendly.com>",
        "New Event: Marta Villalobos Ruiz - 11:00am Tue, Dec 2, 2025 - Phone screen (20 min)",
        E("interview", MER, MER2, 15, "other"),
        "Hi Marta Villalobos Ruiz,\n\nA new event has been scheduled.\n\n"
        "Event Type: Phone screen (20 min)\nInvitee: Hannah Whitcombe (Meridia Hotels)\n"
        "Event Date/Time: 11:00am - Tuesday, December 2, 2025 (Central European Time)\n"
        "Location: Hannah will call you on +34 6xx xxx 218\n",
        ics={
            "organizer": ("Hannah Whitcombe", "hannah.whitcombe@meridiahotels.com"),
            "uid": "cal-mer-7731-20251202",
            "start": "2025-12-02 11:00:00 +0100",
            "minutes": 20,
            "summary": "Phone screen (20 min) - Marta Villalobos Ruiz and Hannah Whitcombe",
            "location": "Phone call",
        },
    ),
    m(
        "10946",
        "2025-12-19 10:05",
        "Meridia Hotels <meridia@myworkday.com>",
        "Update on your application",
        E("rejection", MER, MER2, 15, "workday"),
        "Dear Marta,\n\nThank you for speaking with our team about the Events Sales "
        "Coordinator position at Meridia Madrid Gran Vía. We enjoyed learning about your "
        "experience with corporate events in Seville.\n\nWe regret to inform you that we will "
        "not be progressing your application further. This decision was not easy given the "
        "strength of the candidates.\n\nWe wish you every success,\nMeridia Talent Acquisition\n",
    ),
    # --- 4 Atlántida Resorts, Canarias (Teamtailor) ---------------------------------------------
    m(
        "10951",
        "2025-09-19 14:27",
        "Atlántida Resorts <no-reply@teamtailor-mail.com>",
        "¡Gracias por tu candidatura, Marta!",
        A("confirmation", ATL, ATLR, 4, "teamtailor"),
        "¡Hola Marta!\n\nGracias por querer formar parte de Atlántida Resorts. Hemos recibido "
        "tu candidatura para Events & Guest Experience Coordinator (Costa Adeje, Tenerife).\n\n"
        "Nuestro equipo la revisará y te diremos algo, sea cual sea la respuesta. ¡Prometido!\n\n"
        "Un saludo soleado,\nEquipo de People · Atlántida Resorts\n",
    ),
    m(
        "10952",
        "2025-09-30 12:10",
        "Nayra Hernández <nayra.hernandez@atlantidaresorts.com>",
        "Llamada – Events & Guest Experience Coordinator",
        A("interview", ATL, ATLR, 4, "direct"),
        "Hola Marta, ¿qué tal?\n\nSoy Nayra, de People en Atlántida. Me gustaría hacerte una "
        "llamada rápida (15-20 min) para conocerte y contarte el puesto. ¿Te va bien el "
        "jueves 2 a las 10:00 hora canaria (11:00 peninsular)? Te llamo al móvil que pusiste "
        "en el CV.\n\nSaludos,\nNayra Hernández\nPeople & Culture · Atlántida Resorts\n",
    ),
    m(
        "10953",
        "2025-10-06 09:30",
        "Atlántida Resorts <no-reply@teamtailor-mail.com>",
        "Siguiente paso: prueba práctica",
        A("assessment", ATL, ATLR, 4, "teamtailor"),
        "Hola Marta,\n\nGracias por la charla con Nayra. El siguiente paso es una pequeña "
        "prueba práctica: diseña el programa semanal de actividades y eventos para huéspedes "
        "de un resort de 420 habitaciones (familias y parejas, mercado británico y alemán) y "
        "una propuesta de comunicación en el hotel.\n\n"
        "Súbela desde este enlace antes del 13 de octubre: https://atlantidaresorts.teamtailor.com/candidate/tasks/8812\n\n"
        "Equipo de People · Atlántida Resorts\n",
    ),
    m(
        "10954",
        "2025-10-27 13:02",
        "Atlántida Resorts <no-reply@teamtailor-mail.com>",
        "Sobre tu candidatura en Atlántida Resorts",
        A("rejection", ATL, ATLR, 4, "teamtailor"),
        "Hola Marta,\n\nMuchas gracias por el tiempo y el cariño que pusiste en la prueba "
        "práctica; el programa de actividades era muy creativo y lo comentamos en equipo.\n\n"
        "Aun así, hemos decidido seguir con una candidata que ya vive en la isla y puede "
        "incorporarse de inmediato. Sentimos no traerte mejores noticias.\n\n"
        "Te deseamos lo mejor,\nEquipo de People · Atlántida Resorts\n",
    ),
    # --- 5 Grupo Temporis ETT for Hoteles Olivar Urbano -----------------------------------------
    m(
        "10961",
        "2025-09-25 10:48",
        "Irene Sáez | Temporis <irene.saez@temporis-ett.es>",
        "Oportunidad - Coordinador/a de Eventos en Madrid (importante cadena hotelera)",
        ("outreach", None, OLVR, None, "agency", "es"),
        "Hola Marta,\n\nSoy Irene, consultora de Hostelería y Turismo en Grupo Temporis. He "
        "visto tu perfil y creo que encajas en un proceso que llevamos para una importante "
        "cadena hotelera urbana con varios hoteles en Madrid: buscan Coordinador/a de Eventos "
        "MICE para su hotel de Chamartín.\n\n"
        "Contrato indefinido directamente con la cadena, 28-31K según experiencia. ¿Te "
        "interesaría que hablemos? Si me pasas tu CV actualizado, lo presento.\n\n"
        "Un saludo,\nIrene Sáez\nConsultora de Selección · Hostelería y Turismo\nGrupo Temporis ETT\n",
    ),
    m(
        "10962",
        "2025-09-29 16:35",
        "Irene Sáez | Temporis <irene.saez@temporis-ett.es>",
        "RE: Oportunidad - Coordinador/a de Eventos en Madrid (importante cadena hotelera)",
        A("confirmation", OLV, OLVR, 5, "agency"),
        "Hola Marta,\n\nGracias por el CV y por la llamada. Ya te he presentado al cliente: "
        "ahora ya te lo puedo decir, es Hoteles Olivar Urbano (el hotel sería el Olivar Urbano "
        "Chamartín). Les he enviado tu perfil con mi valoración.\n\n"
        "En cuanto me digan algo te aviso.\n\nIrene\n\n"
        "> El lun, 29 sept 2025 a las 12:10, Marta Villalobos Ruiz escribió:\n"
        "> Hola Irene, te adjunto mi CV. Me interesa mucho, podría trasladarme a Madrid.\n",
    ),
    m(
        "10963",
        "2025-10-08 12:15",
        "Irene Sáez | Temporis <irene.saez@temporis-ett.es>",
        "Entrevista con Olivar Urbano",
        A("interview", OLV, OLVR, 5, "agency"),
        "Marta, ¡buenas noticias! Olivar Urbano quiere entrevistarte por Teams el lunes 13 a "
        "las 16:00 con la Directora Comercial, Begoña Elorza. Te llegará la invitación de su "
        "parte. Cualquier duda me llamas.\n\nIrene\n",
    ),
    m(
        "10964",
        "2025-10-08 13:01",
        "Begoña Elorza <belorza@olivarurbano.com>",
        "Entrevista Coordinador/a Eventos MICE – Marta Villalobos",
        A("interview", OLV, OLVR, 5, "direct"),
        "Hola Marta, te envío la convocatoria para el lunes. Hablamos entonces.\n\n"
        "Begoña Elorza\nDirectora Comercial · Olivar Urbano Hotels\n",
        ics={
            "style": "outlook",
            "organizer": ("Begoña Elorza", "belorza@olivarurbano.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000OLV1",
            "start": "2025-10-13 16:00:00 +0200",
            "minutes": 45,
            "summary": "Entrevista Coordinador/a Eventos MICE – Marta Villalobos",
            "location": "Reunión de Microsoft Teams",
        },
    ),
    # --- 6 Talentia Hospitality Search for Solenza Hotels ---------------------------------------
    m(
        "10971",
        "2025-10-14 09:20",
        "Álvaro Mendizábal <amendizabal@talentia-hs.com>",
        "Proceso confidencial – Marketing Manager, cadena vacacional (Costa del Sol)",
        ("outreach", None, SOLR, None, "agency", "es"),
        "Estimada Marta:\n\nLe escribo desde Talentia Hospitality Search, consultora "
        "especializada en selección para hostelería. Estamos llevando de forma confidencial la "
        "búsqueda de un/a Marketing Manager para una importante cadena hotelera vacacional con "
        "cinco establecimientos en la Costa del Sol.\n\n"
        "Por su trayectoria en eventos y marketing hotelero en Sevilla, creo que podría ser "
        "una candidata interesante. ¿Tendría disponibilidad para una breve llamada esta "
        "semana?\n\nReciba un cordial saludo,\nÁlvaro Mendizábal\nSocio Director · Talentia Hospitality Search\n",
    ),
    m(
        "10972",
        "2025-10-20 18:11",
        "Álvaro Mendizábal <amendizabal@talentia-hs.com>",
        "RE: Proceso confidencial – Marketing Manager, cadena vacacional (Costa del Sol)",
        A("assessment", SOL, SOLR, 6, "agency"),
        "Estimada Marta:\n\nGracias por la conversación del jueves. Ahora que ha aceptado "
        "participar puedo decirle que el cliente es Solenza Hotels, y me gustaría presentarla. Antes necesito que complete unas pruebas "
        "psicotécnicas y de personalidad que usamos en todos nuestros procesos; recibirá el "
        "enlace de nuestra plataforma. Le llevará unos 40 minutos.\n\n"
        "Una vez hecho, le confirmo la entrevista con la Dirección del grupo en Málaga.\n\n"
        "Un saludo,\nÁlvaro\n",
    ),
    m(
        "10973",
        "2025-10-21 08:02",
        "Talentia Evaluación <evaluacion@talentia-hs.com>",
        "Acceso a sus pruebas de evaluación",
        A("assessment", SOL, SOLR, 6, "agency"),
        "Estimada candidata:\n\nLe facilitamos el acceso a la batería de pruebas (razonamiento "
        "verbal, numérico y cuestionario de estilo profesional).\n\n"
        "Usuario: MVILLALOBOS-2231\nEnlace: https://evaluacion.talentia-hs.com/acceso\n"
        "Plazo: 72 horas desde la recepción de este correo.\n\n"
        "Le recomendamos realizarlas en un lugar tranquilo y sin interrupciones.\n\n"
        "Talentia Hospitality Search – Área de Evaluación\n",
    ),
    m(
        "10974",
        "2025-10-29 17:25",
        "Álvaro Mendizábal <amendizabal@talentia-hs.com>",
        "Entrevista Solenza – Málaga",
        A("interview", SOL, SOLR, 6, "agency"),
        "Estimada Marta:\n\nBuenos resultados en las pruebas. Solenza Hotels quiere verla en "
        "persona: entrevista con D. Fernando Ruano (Director General) y Dña. Elena Pries "
        "(Directora Comercial) el miércoles 5 de noviembre a las 11:00 en sus oficinas "
        "centrales, Avda. de Andalucía 22, Málaga.\n\nLe adjunto la convocatoria.\n\nÁlvaro\n",
        ics={
            "style": "outlook",
            "organizer": ("Álvaro Mendizábal", "amendizabal@talentia-hs.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000SOL1",
            "start": "2025-11-05 11:00:00 +0100",
            "minutes": 90,
            "summary": "Entrevista Solenza Hotels – M. Villalobos",
            "location": "Solenza Hotels, Avda. de Andalucía 22, Málaga",
        },
    ),
    m(
        "10975",
        "2025-11-12 13:30",
        "Álvaro Mendizábal <amendizabal@talentia-hs.com>",
        "Oferta Solenza Hotels",
        A("offer", SOL, SOLR, 6, "agency"),
        "Estimada Marta:\n\nTengo el placer de comunicarle que Solenza Hotels desea contar con "
        "usted como Marketing Manager Costa del Sol. La propuesta: 38.000 € brutos anuales, "
        "coche de empresa, incorporación en enero, base en Málaga con desplazamientos a los "
        "cinco hoteles.\n\nSoy consciente de que tiene otro proceso avanzado; le agradecería "
        "una respuesta antes del día 19.\n\nCordialmente,\nÁlvaro Mendizábal\n",
    ),
    m(
        "10976",
        "2025-11-17 10:10",
        "Álvaro Mendizábal <amendizabal@talentia-hs.com>",
        "RE: Oferta Solenza Hotels",
        A("offer", SOL, SOLR, 6, "agency"),
        "Estimada Marta:\n\nLamento su decisión, aunque la entiendo perfectamente: quedarse en "
        "Sevilla y en eventos tiene todo el sentido. Se lo trasladaré a Solenza.\n\n"
        "Ha sido un placer trabajar con usted; cuento con su perfil para futuros procesos.\n\n"
        "Álvaro\n\n"
        "> El 16/11/2025 a las 20:47, Marta Villalobos Ruiz escribió:\n"
        "> Álvaro, muchas gracias por todo. Tras pensarlo mucho, he decidido no aceptar la "
        "oferta de Solenza; he aceptado otra propuesta en Sevilla.\n",
        st="declined",
    ),
    # --- 7 Palacio de Congresos Guadalquivir (SAE) ----------------------------------------------
    m(
        "10981",
        "2025-10-01 09:00",
        "Servicio Andaluz de Empleo <noreply.sae@juntadeandalucia.es>",
        "SAE - Comunicación de preselección para oferta de empleo",
        A("confirmation", PCG, PCGR, 7, "other"),
        "Junta de Andalucía\nConsejería de Empleo, Empresa y Trabajo Autónomo\nServicio Andaluz de Empleo\n\n"
        "Estimada Sra. VILLALOBOS RUIZ, MARTA:\n\n"
        "Le comunicamos que ha sido preseleccionada para la oferta de empleo nº 01-2025-0038817 "
        "TÉCNICO/A DE EVENTOS Y CONGRESOS, gestionada por la oficina de empleo Sevilla-Cartuja, "
        "a petición de la entidad PALACIO DE CONGRESOS GUADALQUIVIR, S.A.\n\n"
        "Su currículum ha sido remitido a la entidad, que podrá ponerse en contacto con usted. "
        "Le rogamos mantenga actualizados sus datos de contacto en Andalucía Orienta / Oficina Virtual.\n\n"
        "Este es un mensaje automático, por favor no responda.\n",
    ),
    m(
        "10982",
        "2025-10-09 11:22",
        "RRHH Palacio de Congresos <rrhh@pcguadalquivir.es>",
        "Citación entrevista – Oferta SAE 01-2025-0038817",
        A("interview", PCG, PCGR, 7, "direct"),
        "Estimada Sra. Villalobos:\n\nEn relación con la oferta remitida por el Servicio Andaluz "
        "de Empleo, le citamos a una entrevista personal el día 16 de octubre a las 9:30 en "
        "nuestras instalaciones (Avda. Alcalde Luis Uruñuela s/n, puerta 3, planta 1).\n\n"
        "Le rogamos confirme su asistencia respondiendo a este correo y traiga DNI y copia de "
        "la titulación.\n\nAtentamente,\nDepartamento de Recursos Humanos\n"
        "Palacio de Congresos Guadalquivir, S.A.\n",
    ),
    m(
        "10983",
        "2025-11-03 12:48",
        "RRHH Palacio de Congresos <rrhh@pcguadalquivir.es>",
        "Proceso de selección",
        A("rejection", PCG, PCGR, 7, "direct"),
        "Estimada Sra. Villalobos:\n\nLe agradecemos su participación en el proceso de "
        "selección para el puesto de Técnico/a de Eventos y Congresos y el interés mostrado. "
        "Valoramos positivamente su candidatura y su experiencia en el sector.\n\n"
        "No obstante, le comunicamos que el puesto ha sido cubierto por otra persona cuyo perfil "
        "se ajustaba en mayor medida a los requisitos.\n\nAtentamente,\nDepartamento de Recursos Humanos\nPCG\n",
    ),
    # --- 8 Hotel Murillo Plaza (Indeed), ghosted ------------------------------------------------
    m(
        "10991",
        "2025-09-11 21:34",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Coordinador/a de Ventas y Eventos",
        A("confirmation", MUR, MURR, 8, "indeed"),
        html="<html><body><h2>Candidatura enviada</h2><p>Coordinador/a de Ventas y Eventos</p>"
        "<p>Hotel Murillo Plaza - Sevilla, Sevilla provincia</p>"
        "<p>Los siguientes elementos se enviaron a la empresa. ¡Buena suerte!</p>"
        "<ul><li>Currículum</li><li>Preguntas de selección</li></ul>"
        "<p>Te recomendamos seguir buscando y postular a otros empleos.</p></body></html>",
    ),
    m(
        "10992",
        "2025-09-18 08:15",
        "Indeed <donotreply@indeed.com>",
        "Actualización: el empleador ha visto tu candidatura",
        A("viewed", MUR, MURR, 8, "indeed"),
        html="<html><body><p>Hola Marta:</p><p><b>Hotel Murillo Plaza</b> ha visto tu candidatura a "
        "<b>Coordinador/a de Ventas y Eventos</b>.</p><p>Es un buen momento para prepararte por si te contactan.</p></body></html>",
    ),
    # --- 9 Vela Blanca Hotels (LinkedIn) --------------------------------------------------------
    m(
        "11001",
        "2025-10-04 19:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marta, your application was sent to Vela Blanca Hotels",
        E("confirmation", "Vela Blanca Hotels", "Brand Marketing Coordinator", 9, "linkedin"),
        "Your application was sent to Vela Blanca Hotels\n\nBrand Marketing Coordinator\n"
        "Vela Blanca Hotels · Madrid, Community of Madrid, Spain (Hybrid)\n"
        "Applied on October 4, 2025\n\nView job: https://www.linkedin.com/jobs/view/4128830017\n",
    ),
    m(
        "11002",
        "2025-10-07 09:41",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Vela Blanca Hotels",
        E("viewed", "Vela Blanca Hotels", "Brand Marketing Coordinator", 9, "linkedin"),
        "Marta, your application was viewed\n\nVela Blanca Hotels viewed your application for "
        "Brand Marketing Coordinator.\n\nSee more jobs like this.\n",
    ),
    m(
        "11003",
        "2025-10-23 16:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Brand Marketing Coordinator at Vela Blanca Hotels",
        E("rejection", "Vela Blanca Hotels", "Brand Marketing Coordinator", 9, "linkedin"),
        "Thank you for your interest in the Brand Marketing Coordinator position at Vela Blanca "
        "Hotels in Madrid. Unfortunately, we will not be moving forward with your application, "
        "but we appreciate your time and interest in Vela Blanca Hotels.\n\nRegards,\nVela Blanca Hotels\n",
    ),
    # --- 10 Marlowe Hotels (Taleo), psicotécnicos -----------------------------------------------
    m(
        "11011",
        "2025-10-10 23:12",
        "Marlowe Hotels & Resorts <marlowe@taleo.net>",
        "Marlowe Hotels & Resorts - Application Acknowledgement",
        E("confirmation", MAR, MARR, 10, "taleo"),
        "Dear Marta Villalobos Ruiz,\n\nThank you for submitting your application for the "
        "position Events Coordinator – Marlowe Madrid Castellana (Job Number 25001642).\n\n"
        "Your application will be reviewed by our hiring team. Candidates whose qualifications "
        "best match the requirements will be contacted. You may review the status of your "
        "submission at any time by logging into your MIH careers account.\n\n"
        "Marlowe International Hotels, Inc. is an equal opportunity employer.\n\n"
        "Sincerely,\nMarlowe Talent Acquisition\n",
    ),
    m(
        "11012",
        "2025-10-16 10:00",
        "Marlowe Hotels & Resorts <marlowe@taleo.net>",
        "Next step: online assessment - Events Coordinator (25001642)",
        E("assessment", MAR, MARR, 10, "taleo"),
        "Dear Marta,\n\nAs the next step in our selection process for Events Coordinator – "
        "Marlowe Madrid Castellana, we invite you to complete an online assessment (numerical "
        "and verbal reasoning and a situational judgement questionnaire). It takes about 45 "
        "minutes and is available in Spanish and English.\n\n"
        "Please complete it within 5 days using the link below.\n"
        "https://marlowe.taleo.net/careersection/assessment?c=25001642\n\nMarlowe Talent Acquisition\n",
    ),
    m(
        "11013",
        "2025-11-06 15:44",
        "Marlowe Hotels & Resorts <marlowe@taleo.net>",
        "Your application with Marlowe",
        E("rejection", MAR, MARR, 10, "taleo"),
        "Dear Marta,\n\nThank you for your interest in Marlowe and for completing our "
        "assessment. Your results were strong and we appreciated the care you took.\n\n"
        "After reviewing all candidates for Events Coordinator – Marlowe Madrid Castellana, we "
        "have decided to pursue other applicants for this position. We will keep your profile "
        "for future opportunities across MIH hotels in Spain.\n\nSincerely,\nMarlowe Talent Acquisition\n",
    ),
    # --- 11 Lunara Hoteles (SmartRecruiters), withdrawn -----------------------------------------
    m(
        "11021",
        "2025-10-13 12:05",
        "Lunara Hoteles <noreply@smartrecruiters.com>",
        "Hemos recibido tu solicitud - Marketing & Community Coordinator",
        A("confirmation", LUN, LUNR, 11, "smartrecruiters"),
        "Hola Marta,\n\nGracias por tu interés en Lunara Hoteles. Hemos recibido tu solicitud "
        "para el puesto de Marketing & Community Coordinator en Madrid.\n\n"
        "Revisaremos tu perfil y, si encaja con lo que buscamos, te contactaremos para los "
        "siguientes pasos. Si no recibes noticias en 30 días, entiende que el proceso ha "
        "seguido otro camino.\n\nUn saludo,\nEquipo de Talento – Lunara Hoteles\n",
    ),
    m(
        "11022",
        "2025-10-24 10:18",
        "Lunara Hoteles <noreply@smartrecruiters.com>",
        "Caso práctico - Marketing & Community Coordinator",
        A("assessment", LUN, LUNR, 11, "smartrecruiters"),
        "Hola Marta,\n\nNos gustaría que avanzaras a la siguiente fase. Te proponemos un caso: "
        "plan de contenidos de un mes para Instagram y TikTok del nuevo Lunara Madrid Río, con "
        "tres piezas de ejemplo y KPIs. Envíalo respondiendo a este correo antes del 3 de "
        "noviembre.\n\nEquipo de Talento – Lunara Hoteles\n",
    ),
    m(
        "11023",
        "2025-11-08 11:11",
        "Paula Iriarte <paula.iriarte@lunarahoteles.com>",
        "Entrevista final - Lunara",
        A("interview", LUN, LUNR, 11, "direct"),
        "Hola Marta,\n\nTu caso nos ha encantado. ¿Podrías hacer una entrevista final por "
        "Teams con nuestra Head of Brand la semana que viene? Te propongo el martes 18 a las "
        "12:00.\n\nPaula Iriarte\nTalent Acquisition · Lunara Hoteles\n",
    ),
    m(
        "11024",
        "2025-11-10 09:26",
        "Paula Iriarte <paula.iriarte@lunarahoteles.com>",
        "RE: Entrevista final - Lunara",
        A("confirmation", LUN, LUNR, 11, "direct"),
        "Hola Marta,\n\nEntendido, y muchas gracias por avisarnos con tiempo. Retiramos tu "
        "candidatura del proceso. ¡Enhorabuena por el nuevo puesto y mucha suerte en Sevilla!\n\n"
        "Paula\n\n"
        "> El 9 nov 2025, a las 19:55, Marta Villalobos Ruiz escribió:\n"
        "> Hola Paula, gracias por la oportunidad. He aceptado una oferta en Sevilla y prefiero "
        "retirarme del proceso para no haceros perder tiempo.\n",
        st="withdrawn",
    ),
    # --- 12 Azahar Experiences (Factorial, Sevilla Tours & Experiences S.L.) -------------------
    m(
        "11031",
        "2025-09-09 10:40",
        "Sevilla Tours & Experiences S.L. <no-reply@factorialhr.com>",
        "Hemos recibido tu candidatura",
        A("confirmation", AZA, AZAR, 12, "other"),
        "¡Hola Marta!\n\nGracias por aplicar a la vacante Coordinadora de Grupos y Eventos. "
        "Hemos recibido tu candidatura correctamente.\n\nEl equipo de selección la revisará "
        "y te contactará si tu perfil encaja.\n\nSevilla Tours & Experiences S.L.\n"
        "Enviado con Factorial\n",
    ),
    m(
        "11032",
        "2025-09-16 18:20",
        "Javier Cuenca <javi@azaharexperiences.com>",
        "Hola Marta! Azahar – grupos y eventos",
        A("interview", AZA, AZAR, 12, "direct"),
        "Hola Marta!\n\nSoy Javi, uno de los socios de Azahar Experiences (free tours, "
        "experiencias y eventos para grupos en Sevilla). Nos cuadra mucho tu CV. ¿Te vienes a "
        "tomar un café a la oficina el viernes 19 a las 10:00? Estamos en la calle Feria, "
        "encima de la ferretería.\n\nUn abrazo,\nJavi\nAzahar Experiences · azaharexperiences.com\n",
    ),
    m(
        "11033",
        "2025-10-01 19:47",
        "Javier Cuenca <javi@azaharexperiences.com>",
        "Re: Hola Marta! Azahar – grupos y eventos",
        A("rejection", AZA, AZAR, 12, "direct"),
        "Hola Marta,\n\nPerdona la tardanza. Te lo digo claro porque me caíste genial: al final "
        "vamos a cubrir el puesto con alguien que ya trabajaba con nosotros como guía y conoce "
        "a todos los proveedores. No tiene nada que ver con tu valía, de verdad.\n\n"
        "Si en primavera crecemos, te llamo seguro.\n\nJavi\n",
    ),
]

# ruff: noqa: E501
"""Corpus 63, job mail in Spanish and English (data only): see heldout63.py."""

from __future__ import annotations

from typing import Any

from heldout import message_spec

_TZ = {
    "es": ("+0200", "+0100"),
    "pt": ("+0100", "+0000"),
    "br": ("-0300", "-0300"),
    "co": ("-0500", "-0500"),
    "mx": ("-0600", "-0600"),
}


def m(key, when, frm, subject, t, text=None, html=None, tz="es", **kw: Any) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    summer, winter = _TZ[tz]
    return message_spec(
        mid(key, when, subject, dom),
        f"{when}:00 {summer if when[:10] < '2025-10-26' else winter}",
        frm,
        subject,
        t,
        text,
        html,
        **kw,
    )


def A(cat, co, role, app, src, lang="es"):
    return (cat, co, role, app, src, lang)


def mid(key: str, when: str, subject: str, dom: str) -> str:
    """The Message-ID :func:`m` gives a message, for replies that point at it."""
    return f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{dom}>"


def re_(key: str, when: str, subject: str, dom: str) -> dict[str, str]:
    ref = mid(key, when, subject, dom)
    return {"In-Reply-To": ref, "References": ref}


VO, VO1 = "Vocalis", "Team Leader Atención al Cliente – Portugués"
VO2 = "Quality Analyst Contact Center"
CX, CXR = "Conectia", "Supervisor/a de Operaciones – Cuenta Lumbra Travel"
TX, TXR = "Telexa", "Quality Analyst (español/portugués)"
TR, TRR = "Tripaloo", "Customer Experience Team Lead"
MC, MCR = "Mercatto", "Responsable de Atención al Cliente"
PF, PFR = "Pagoflex", "Customer Service Manager"
CS, CSR = "Costa Serena Hoteles", "Coordinador/a de Guest Experience"
SA, SAR = "Seguros Aldana", "Coordinador/a de Equipo Atención al Cliente"
KV, KVR = "Kivu Delivery", "Agente de soporte bilingüe ES/PT"
AP, APR = "Andina Pay", "Gerente de Experiencia del Cliente LATAM"
CH, CHR = "Casa Habitat", "Head of Customer Care"
IB, IBR = "Iberis Travel", "Analista de Calidad – Contact Center"
MV, MVR = "Electrodomésticos Maravall", "Supervisor/a de Atención al Cliente"
AB, ABR = "Viajes Albatros", "Coordinador/a de Contact Center"

MAIL: list[dict[str, Any]] = [
    # --- 1 Vocalis (legal name Servicios de Contacto Vocalis Iberia, S.L.U.), InfoJobs ----------
    m(
        "70311",
        "2025-09-04 11:02",
        "InfoJobs <noreply@infojobs.net>",
        "Hemos enviado tu inscripción a la oferta Team Leader Atención al Cliente – Portugués",
        A("confirmation", VO, VO1, 1, "other"),
        "Hola Marta,\n\nTu inscripción a la oferta «Team Leader Atención al Cliente – Portugués» de "
        "SERVICIOS DE CONTACTO VOCALIS IBERIA SLU se ha enviado correctamente.\n\nPuedes seguir el "
        "estado de tu candidatura en la sección «Mis candidaturas» de InfoJobs. Te avisaremos "
        "cuando la empresa la lea o cambie de estado.\n\nUbicación: Barcelona (Sant Martí)\n"
        "Jornada: completa, turno rotativo\n\nSuerte,\nEl equipo de InfoJobs\n\n"
        "Recibes este email porque te has inscrito en una oferta. Gestiona tus notificaciones en "
        "infojobs.net/candidate/notifications",
    ),
    m(
        "70318",
        "2025-09-05 09:47",
        "InfoJobs <noreply@infojobs.net>",
        "Tu CV ha sido leído",
        A("viewed", VO, VO1, 1, "other"),
        html="<html><body><table width='600'><tr><td><img src='https://static.infojobs.net/logo.png' alt='InfoJobs'></td></tr>"
        "<tr><td><h2>¡Buenas noticias, Marta!</h2><p>La empresa <b>Servicios de Contacto Vocalis Iberia SLU</b> ha leído tu CV para la oferta "
        "<b>Team Leader Atención al Cliente – Portugués</b>.</p><p>Estado de tu candidatura: <b>CV leído</b></p>"
        "<p><a href='https://www.infojobs.net/candidate/applications'>Ver mis candidaturas</a></p></td></tr>"
        "<tr><td style='font-size:11px;color:#888'>InfoJobs · Barcelona</td></tr></table></body></html>",
    ),
    m(
        "70325",
        "2025-09-08 16:20",
        "Vocalis Selección <seleccion@vocalis-iberia.es>",
        "Siguiente paso: prueba de nivel de portugués e inglés",
        A("assessment", VO, VO1, 1, "direct"),
        "Hola Marta:\n\nGracias por tu interés en formar parte de Vocalis. Tras revisar tu perfil, "
        "nos gustaría que realizaras una prueba de nivel de idiomas online (portugués e inglés). "
        "Recibirás en unos minutos un correo de nuestra plataforma de evaluación, Pipplet, con el "
        "enlace. La prueba dura unos 40 minutos e incluye una parte oral, así que necesitarás "
        "micrófono.\n\nTienes hasta el jueves 11 a las 23:59 para completarla.\n\nUn saludo,\n\n"
        "Lorena Castells\nTalent Acquisition · Vocalis\nServicios de Contacto Vocalis Iberia, S.L.U.\n"
        "C/ Pallars 190, 08005 Barcelona",
    ),
    m(
        "70327",
        "2025-09-08 16:31",
        "Pipplet <no-reply@pipplet.com>",
        "Vocalis te invita a realizar tu evaluación de idiomas",
        A("assessment", VO, VO1, 1, "other"),
        "Hola Marta Ribeiro Gallego,\n\nVocalis te ha invitado a realizar una evaluación de "
        "idiomas en Pipplet.\n\nIdiomas: Portugués (Portugal), Inglés\nFecha límite: 11/09/2025\n\n"
        "Empezar la evaluación: https://app.pipplet.com/t/7Hk2QwzP\n\nConsejos: busca un lugar "
        "tranquilo, usa Chrome o Firefox y comprueba tu micrófono antes de empezar. Tus respuestas "
        "son evaluadas por examinadores certificados.\n\nEl equipo de Pipplet",
    ),
    m(
        "70334",
        "2025-09-15 10:05",
        "Lorena Castells <lorena.castells@vocalis-iberia.es>",
        "Convocatoria dinámica de grupo – jueves 18/09",
        A("interview", VO, VO1, 1, "direct"),
        "Hola Marta,\n\n¡Has superado la prueba de idiomas! Te convocamos a la dinámica de grupo "
        "del proceso de Team Leader, que haremos en nuestras oficinas de Pallars 190 (planta 3).\n\n"
        "Jueves 18 de septiembre, 10:00 a 12:30 aprox.\nTrae DNI/NIE.\n\nLa sesión incluye una "
        "presentación de la compañía, un caso práctico en grupo y un role play de gestión de "
        "equipo. Te envío la invitación de calendario. Confírmame asistencia respondiendo a este "
        "correo, por favor.\n\nSaludos,\nLorena\n\nLorena Castells | Talent Acquisition\nVOCALIS",
        ics={
            "uid": "vocalis-dg-0918@vocalis-iberia.es",
            "start": "2025-09-18 10:00:00 +0200",
            "minutes": 150,
            "summary": "Dinámica de grupo – Team Leader PT (Vocalis)",
            "organizer": ("Lorena Castells", "lorena.castells@vocalis-iberia.es"),
            "location": "Vocalis, C/ Pallars 190 planta 3, Barcelona",
            "style": "outlook",
        },
    ),
    m(
        "70342",
        "2025-09-30 13:12",
        "Vocalis Selección <seleccion@vocalis-iberia.es>",
        "Tu proceso con Vocalis",
        A("rejection", VO, VO1, 1, "direct"),
        "Hola Marta:\n\nQueremos agradecerte tu participación en la dinámica de grupo y el tiempo "
        "que has dedicado al proceso. Tu nivel de portugués y tu experiencia con equipos "
        "multicanal nos han parecido muy interesantes.\n\nAun así, lamentamos comunicarte que en "
        "esta ocasión hemos avanzado con otros perfiles que encajan de forma más cercana con las "
        "necesidades actuales de la campaña.\n\nGuardaremos tu CV para futuras posiciones y te "
        "animamos a seguir atenta a nuestras ofertas.\n\nUn saludo cordial,\nEquipo de Selección\n"
        "Servicios de Contacto Vocalis Iberia, S.L.U.",
    ),
    m(
        "70349",
        "2025-10-03 09:00",
        "Vocalis <encuestas@vocalis-iberia.es>",
        "¿Qué te ha parecido nuestro proceso de selección? (2 minutos)",
        ("other_job", VO, VO1, None, "direct", "es"),
        "Hola Marta,\n\nHace poco participaste en un proceso de selección de Vocalis. Nos ayudaría "
        "mucho saber cómo fue tu experiencia como candidata. La encuesta es anónima y dura 2 "
        "minutos: https://encuestas.vocalis-iberia.es/s/cand25\n\nGracias,\nPeople & Culture · Vocalis",
    ),
    # --- 21 Vocalis again (re-application after the rejection), InfoJobs, ghosted ----------------
    m(
        "71802",
        "2025-11-17 19:41",
        "InfoJobs <noreply@infojobs.net>",
        "Hemos enviado tu inscripción a la oferta Quality Analyst Contact Center",
        A("confirmation", VO, VO2, 21, "other"),
        "Hola Marta,\n\nTu inscripción a la oferta «Quality Analyst Contact Center» de VOCALIS se "
        "ha enviado correctamente.\n\nLa empresa ha marcado esta oferta como de incorporación "
        "inmediata. Si no tienes noticias en unas semanas, es posible que tu candidatura no haya "
        "sido seleccionada.\n\nSuerte,\nEl equipo de InfoJobs",
    ),
    m(
        "71809",
        "2025-11-19 12:15",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura sigue en proceso",
        A("viewed", VO, VO2, 21, "other"),
        html="<html><body><p>Hola Marta,</p><p>La empresa <b>VOCALIS</b> ha cambiado el estado de tu candidatura a la oferta "
        "<b>Quality Analyst Contact Center</b>:</p><p style='font-size:18px'>&#9679; <b>En proceso</b></p>"
        "<p>Esto significa que tu perfil ha pasado el primer filtro. La empresa se pondrá en contacto contigo si avanzas.</p>"
        "<p><a href='https://www.infojobs.net/candidate/applications'>Ir a Mis candidaturas</a></p><p>InfoJobs</p></body></html>",
    ),
    # --- 2 Conectia (BPO hiring for the client brand Lumbra Travel), Teamtailor, offer declined --
    m(
        "70405",
        "2025-09-09 18:30",
        "Conectia Global Services <no-reply@teamtailor-mail.com>",
        "Hemos recibido tu candidatura – Supervisor/a de Operaciones",
        A("confirmation", CX, CXR, 2, "teamtailor"),
        "Hola Marta,\n\n¡Gracias por postularte al puesto de Supervisor/a de Operaciones – Cuenta "
        "Lumbra Travel en Conectia!\n\nNuestro equipo revisará tu candidatura en los próximos "
        "días. Si tu perfil no es seleccionado para la siguiente fase, también te lo haremos "
        "saber: no nos gusta dejar a nadie sin respuesta.\n\nMientras tanto, puedes conocer mejor "
        "cómo trabajamos en conectia.teamtailor.com.\n\nUn saludo,\nEquipo de Talento de Conectia",
    ),
    m(
        "70412",
        "2025-09-16 12:48",
        "Irene Boix <irene.boix@conectiags.com>",
        "Role play y entrevista – Supervisor/a cuenta Lumbra",
        A("interview", CX, CXR, 2, "direct"),
        "Hola Marta,\n\nMe alegra decirte que pasas a la siguiente fase. La sesión tiene dos "
        "partes: un role play de 20 minutos (una conversación de feedback con un agente que no "
        "llega a objetivos de NPS) y una entrevista con Pau Roig, Operations Manager de la cuenta "
        "Lumbra Travel.\n\nSerá por videollamada (Teams) el lunes 22/09 a las 16:00. Te he enviado "
        "la convocatoria.\n\nCualquier duda me dices.\n\nIrene Boix\nTalent Acquisition Specialist\n"
        "Conectia Global Services\nconectiags.com",
        ics={
            "uid": "AAMkAGI2conectia0922roleplay",
            "start": "2025-09-22 16:00:00 +0200",
            "minutes": 60,
            "summary": "Role play + entrevista – Marta Ribeiro (Supervisor/a Lumbra)",
            "organizer": ("Irene Boix", "irene.boix@conectiags.com"),
            "attendees": [("Pau Roig", "pau.roig@conectiags.com")],
            "location": "Microsoft Teams",
            "description": "Unirse a la reunión de Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3a7f1",
            "style": "outlook",
        },
    ),
    m(
        "70416",
        "2025-09-26 09:03",
        "Irene Boix <irene.boix@conectiags.com>",
        "Respuesta automática: Disponibilidad para la última entrevista",
        ("other_job", CX, CXR, None, "direct", "es"),
        "Hola,\n\nEstoy fuera de la oficina hasta el lunes 29 de septiembre con acceso limitado al "
        "correo. Para temas urgentes de selección escribe a talento@conectiags.com.\n\nGracias,\nIrene",
    ),
    m(
        "70419",
        "2025-09-30 17:25",
        "Irene Boix <irene.boix@conectiags.com>",
        "RE: Disponibilidad para la última entrevista",
        A("interview", CX, CXR, 2, "direct"),
        "Hola Marta,\n\nPerfecto, entonces el jueves 2 a las 11:00 en nuestras oficinas de "
        "Diagonal 640 con la directora de Operaciones, Núria Pons. Es una conversación más "
        "informal, unos 45 minutos.\n\nNos vemos,\nIrene\n\n-----Mensaje original-----\n"
        "De: Marta Ribeiro Gallego\nEnviado: viernes, 26 de septiembre de 2025 9:02\n"
        "Asunto: Disponibilidad para la última entrevista\n\nHola Irene, te confirmo que el jueves "
        "o el viernes por la mañana me van bien. Gracias!\nMarta",
    ),
    m(
        "70427",
        "2025-10-07 14:10",
        "Irene Boix <irene.boix@conectiags.com>",
        "Propuesta Conectia – Supervisor/a de Operaciones",
        A("offer", CX, CXR, 2, "direct"),
        "Hola Marta,\n\n¡Enhorabuena! Tras las entrevistas, nos encantaría que te incorporaras "
        "como Supervisor/a de Operaciones en la cuenta Lumbra Travel.\n\nTe resumo la propuesta:\n"
        "- Salario bruto anual: 27.500 € + variable trimestral hasta 2.400 €\n- Contrato "
        "indefinido, 40 h semanales, turnos de mañana y tarde\n- Incorporación: 3 de noviembre\n"
        "- Convenio de contact center\n\nTe adjunto la carta de propuesta. ¿Podrías darnos una "
        "respuesta antes del viernes 10?\n\nUn abrazo,\nIrene",
        attach=[("Propuesta_Marta_Ribeiro.pdf", "application/pdf", "%PDF-1.4 propuesta conectia")],
    ),
    m(
        "70433",
        "2025-10-10 12:02",
        "Irene Boix <irene.boix@conectiags.com>",
        "RE: Propuesta Conectia – Supervisor/a de Operaciones",
        A("offer", CX, CXR, 2, "direct"),
        "Hola Marta,\n\nGracias por decírmelo con tanta claridad y tan pronto. Entiendo que los "
        "turnos rotativos no encajan ahora mismo con lo que buscas; es una pena, porque al equipo "
        "le gustaste mucho. Dejo anotado que declinas la propuesta y cierro el proceso.\n\nSi en "
        "algún momento buscamos un perfil con horario fijo, serás de las primeras en saberlo.\n\n"
        "Mucha suerte,\nIrene\n\n> El 10 oct 2025, a las 10:41, Marta Ribeiro Gallego escribió:\n"
        "> Hola Irene, después de pensarlo mucho, he decidido no aceptar la propuesta. Muchas "
        "gracias por todo el proceso.",
        st="declined",
    ),
    # --- 3 Telexa (TLX, Telexa Contact Solutions, S.A.), Workable, rejected -----------------------
    m(
        "70503",
        "2025-09-11 08:55",
        "TLX Talent <noreply@candidates.workablemail.com>",
        "Gracias por tu candidatura – Quality Analyst",
        A("confirmation", TX, TXR, 3, "workable"),
        "Hola Marta,\n\nHemos recibido tu candidatura para Quality Analyst (español/portugués) en "
        "Madrid. Revisaremos tu perfil y nos pondremos en contacto contigo si encaja.\n\n"
        "Saludos,\nTLX Talent Team\n\nEnviado con Workable",
    ),
    m(
        "70509",
        "2025-09-18 15:30",
        "Sofía Llamas <sofia.llamas@telexa.com>",
        "Llamada breve – Quality Analyst en Telexa",
        A("interview", TX, TXR, 3, "direct"),
        "Hola Marta,\n\nSoy Sofía, del equipo de selección de Telexa. He visto tu candidatura para "
        "Quality Analyst y me gustaría tener una primera llamada de 20 minutos contigo. Puedes "
        "elegir hueco aquí: https://calendly.com/sofia-llamas-tlx/20min\n\nUn saludo,\nSofía Llamas\n"
        "People Team | Telexa Contact Solutions, S.A.\nPaseo de la Castellana 141, Madrid",
    ),
    m(
        "70511",
        "2025-09-19 10:02",
        "Calendly <notifications@calendly.com>",
        "Confirmado: Sofía Llamas y Marta Ribeiro Gallego el martes 23 sep 2025",
        A("interview", TX, TXR, 3, "other"),
        "Hola Marta Ribeiro Gallego,\n\nTu evento programado:\n\nEvento: Llamada 20 min – TLX\n"
        "Invitada: Sofía Llamas\nFecha: 10:30 - 10:50, martes, 23 de septiembre de 2025 (hora de "
        "Europa central)\nUbicación: Google Meet\n\nCancelar o reprogramar: https://calendly.com/cancellations/9a1c",
        ics={
            "uid": "calendly-9a1c-tlx@calendly.com",
            "start": "2025-09-23 10:30:00 +0200",
            "minutes": 20,
            "summary": "Llamada 20 min – TLX (Marta Ribeiro Gallego)",
            "organizer": ("Sofía Llamas", "sofia.llamas@telexa.com"),
            "location": "https://meet.google.com/kdu-pqoz-tar",
        },
    ),
    m(
        "70517",
        "2025-10-06 11:44",
        "TLX Talent <noreply@candidates.workablemail.com>",
        "Actualización sobre tu candidatura",
        A("rejection", TX, TXR, 3, "workable"),
        "Hola Marta,\n\nMuchas gracias por el tiempo que dedicaste a hablar con Sofía. Nos gustó "
        "conocer tu trayectoria en calidad y formación de agentes.\n\nTras valorar todas las "
        "candidaturas, hemos decidido continuar con una persona cuyo perfil se ajusta más a lo que "
        "necesitamos ahora en el equipo de Madrid. Sabemos que no es la noticia que esperabas.\n\n"
        "Te deseamos mucha suerte,\nTelexa Contact Solutions",
    ),
    # --- 4 Tripaloo (subsidiary of Grupo Marnova), Personio, vacancy on hold ---------------------
    m(
        "70604",
        "2025-09-22 21:10",
        "Grupo Marnova <noreply@personio.de>",
        "Tu candidatura en Grupo Marnova",
        A("confirmation", TR, TRR, 4, "personio"),
        "Hola Marta Ribeiro Gallego,\n\nGracias por tu candidatura para el puesto Customer "
        "Experience Team Lead (Tripaloo – Valencia).\n\nLa hemos recibido correctamente y la "
        "revisaremos con atención. Te informaremos sobre los siguientes pasos.\n\nAtentamente,\n"
        "Recursos Humanos\nGrupo Marnova\n\nEste correo se ha generado automáticamente. Por favor, no respondas.",
    ),
    m(
        "70611",
        "2025-10-01 13:37",
        "Elena Sanchis <elena.sanchis@marnova.com>",
        "Entrevista por videollamada – CX Team Lead Tripaloo",
        A("interview", TR, TRR, 4, "direct"),
        "Hola Marta,\n\nSoy Elena, de RRHH del Grupo Marnova. Te escribo por tu candidatura para "
        "CX Team Lead en Tripaloo. Nos gustaría hacerte una entrevista por videollamada con "
        "Jordi Ferrer, Head of Customer Experience de Tripaloo.\n\nTe propongo el martes 7 de "
        "octubre a las 12:00. Te adjunto la invitación.\n\nUn saludo,\nElena Sanchis\nTalent & "
        "People | Grupo Marnova\nTripaloo · Navilia · Marnova Hotels",
        ics={
            "uid": "marnova-tripaloo-1007@marnova.com",
            "start": "2025-10-07 12:00:00 +0200",
            "minutes": 45,
            "summary": "Entrevista Tripaloo – Marta Ribeiro",
            "organizer": ("Elena Sanchis", "elena.sanchis@marnova.com"),
            "attendees": [("Jordi Ferrer", "jordi.ferrer@tripaloo.com")],
            "location": "https://meet.google.com/yhr-bnwe-xcs",
        },
    ),
    m(
        "70618",
        "2025-10-14 10:20",
        "Jordi Ferrer <jordi.ferrer@tripaloo.com>",
        "Segunda conversación + caso práctico",
        A("interview", TR, TRR, 4, "direct"),
        "Hola Marta,\n\nGracias otra vez por la conversación del martes. Nos gustaría verte en una "
        "segunda entrevista, esta vez presencial en Valencia (Marina de Empresas), donde nos "
        "presentarías un caso: cómo reorganizarías la cobertura del chat en temporada alta con "
        "el mismo headcount. 20 minutos de presentación y luego preguntas.\n\n¿Te iría bien el "
        "miércoles 22? Te cubrimos el tren.\n\nSaludos,\nJordi\n--\nJordi Ferrer · Head of CX · Tripaloo",
    ),
    m(
        "70625",
        "2025-11-04 16:05",
        "Elena Sanchis <elena.sanchis@marnova.com>",
        "Proceso CX Team Lead – actualización",
        A("confirmation", TR, TRR, 4, "direct"),
        "Hola Marta,\n\nTe escribo para contarte cómo está el proceso. La dirección del grupo ha "
        "decidido dejar en pausa las nuevas contrataciones de Tripaloo hasta cerrar el "
        "presupuesto de 2026, y esta posición queda congelada de momento.\n\nNo es una decisión "
        "sobre tu candidatura: fuiste una de las dos finalistas y Jordi quedó muy contento con tu "
        "caso. En cuanto se reactive, te llamo yo directamente.\n\nGracias por tu paciencia,\nElena",
        st="on_hold",
    ),
    # --- 5 and 22 Brightlane: two roles (Greenhouse); CX lead accepted -----------------------
    m(
        "70702",
        "2025-10-20 08:14",
        "Brightlane Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Brightlane!",
        A(
            "confirmation",
            "Brightlane",
            "Customer Support Team Lead (Portuguese & Spanish)",
            5,
            "greenhouse",
            "en",
        ),
        "Hi Marta,\n\nThanks for applying for the Customer Support Team Lead (Portuguese & Spanish) "
        "role in our Lisbon hub. We're reading every application ourselves, so it may take a "
        "couple of weeks before you hear from us.\n\nUnfortunately we can't give individual "
        "feedback at the application stage, but if we move forward you'll hear from a member of "
        "the Talent team.\n\nBest,\nBrightlane Talent",
    ),
    m(
        "70705",
        "2025-10-20 08:19",
        "Brightlane Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Brightlane!",
        A("confirmation", "Brightlane", "Workforce Planning Analyst", 22, "greenhouse", "en"),
        "Hi Marta,\n\nThanks for applying for the Workforce Planning Analyst role (Lisbon or "
        "remote within Portugal/Spain). We're reading every application ourselves, so it may take "
        "a couple of weeks before you hear from us.\n\nBest,\nBrightlane Talent",
    ),
    m(
        "70711",
        "2025-10-29 15:40",
        "Brightlane Recruiting <no-reply@us.greenhouse-mail.io>",
        "Your application for Workforce Planning Analyst",
        A("rejection", "Brightlane", "Workforce Planning Analyst", 22, "greenhouse", "en"),
        "Hi Marta,\n\nThank you for your interest in the Workforce Planning Analyst position. We "
        "had a lot of strong applicants and, after careful review, we've decided not to move "
        "forward with your application for this role.\n\nWe noticed you've also applied for our "
        "Customer Support Team Lead position, and that application is still being reviewed "
        "separately.\n\nBest,\nBrightlane Talent",
    ),
    m(
        "70716",
        "2025-10-30 10:12",
        "Tiago Matos <tiago.matos@brightlane.io>",
        "Brightlane – next steps for Support Team Lead",
        A(
            "assessment",
            "Brightlane",
            "Customer Support Team Lead (Portuguese & Spanish)",
            5,
            "direct",
            "en",
        ),
        "Hi Marta,\n\nTiago here, recruiter at Brightlane. Your profile looks great for the Team "
        "Lead role. Next step is a short written exercise: you'll get three real (anonymised) "
        "customer tickets in PT and ES, and we'd like to see your replies plus a short note on how "
        "you'd coach the agent who originally handled them. It should take about an hour; "
        "you'll receive it from TestGorilla shortly.\n\nCheers,\nTiago\n\nTiago Matos | Talent Partner\n"
        "Brightlane · Rua Castilho 39, Lisboa",
        tz="pt",
    ),
    m(
        "70718",
        "2025-10-30 10:20",
        "Brightlane via TestGorilla <no-reply@testgorilla.com>",
        "Brightlane has invited you to an assessment",
        A(
            "assessment",
            "Brightlane",
            "Customer Support Team Lead (Portuguese & Spanish)",
            5,
            "other",
            "en",
        ),
        html="<html><body><div style='max-width:560px;font-family:Arial'><p>Hi Marta,</p><p><b>Brightlane</b> has invited you to complete "
        "the assessment <b>Support Team Lead – PT/ES</b>.</p><p>Estimated time: 62 minutes · Deadline: 6 November 2025</p>"
        "<p><a href='https://app.testgorilla.com/s/xq8nb2'>Start assessment</a></p><p>Good luck!<br>The TestGorilla team</p></div></body></html>",
    ),
    m(
        "70724",
        "2025-11-10 17:01",
        "Tiago Matos <tiago.matos@brightlane.io>",
        "Invitation: Marta Ribeiro <> Brightlane (Hiring Manager) @ Thu 13 Nov",
        A(
            "interview",
            "Brightlane",
            "Customer Support Team Lead (Portuguese & Spanish)",
            5,
            "direct",
            "en",
        ),
        "Hi Marta,\n\nGreat work on the exercise! I've booked 45 minutes with Carla Nunes, our "
        "Head of Support for Southern Europe, on Thursday 13 November at 11:00 Lisbon time "
        "(12:00 in Barcelona). Invite attached.\n\nTiago",
        tz="pt",
        ics={
            "uid": "gh-brightlane-hm-8812@brightlane.io",
            "start": "2025-11-13 11:00:00 +0000",
            "minutes": 45,
            "summary": "Marta Ribeiro <> Brightlane (Hiring Manager)",
            "organizer": ("Tiago Matos", "tiago.matos@brightlane.io"),
            "attendees": [("Carla Nunes", "carla.nunes@brightlane.io")],
            "location": "https://meet.google.com/bri-ght-lane",
        },
    ),
    m(
        "70729",
        "2025-11-21 09:30",
        "Brightlane Recruiting <no-reply@us.greenhouse-mail.io>",
        "Brightlane: please choose times for your final interviews",
        A(
            "interview",
            "Brightlane",
            "Customer Support Team Lead (Portuguese & Spanish)",
            5,
            "greenhouse",
            "en",
        ),
        "Hi Marta,\n\nWe'd like to schedule your final round: a panel with the Support Ops team "
        "(60 min) and a values chat with our VP Customer (30 min). Please choose your "
        "availability here: https://app.greenhouse.io/scheduling/availability/b7f3e1\n\nThanks,\nBrightlane Talent",
    ),
    m(
        "70735",
        "2025-12-09 18:22",
        "Tiago Matos <tiago.matos@brightlane.io>",
        "Good news from Brightlane",
        A(
            "offer",
            "Brightlane",
            "Customer Support Team Lead (Portuguese & Spanish)",
            5,
            "direct",
            "en",
        ),
        "Hi Marta,\n\nI'm really happy to tell you the team would love to have you as Customer "
        "Support Team Lead. Carla will call you tomorrow to walk you through it, but the headline "
        "is: €38,000 base, 10% bonus, hybrid in Lisbon (or fully remote from Barcelona through our "
        "employer-of-record partner), start date 2 February.\n\nThe formal offer letter will follow "
        "via DocuSign once you've had the chat with Carla.\n\nCongratulations!\nTiago",
        tz="pt",
    ),
    m(
        "70741",
        "2026-01-08 11:03",
        "Tiago Matos via DocuSign <dse_NA3@docusign.net>",
        "Please DocuSign: Brightlane_Offer_Letter_MRibeiroGallego.pdf",
        A(
            "offer",
            "Brightlane",
            "Customer Support Team Lead (Portuguese & Spanish)",
            5,
            "docusign",
            "en",
        ),
        "Tiago Matos sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nHi Marta, here's "
        "your offer letter with the remote setup we discussed. Let me know if anything needs fixing.\n\n"
        "Do Not Share This Email\nThis email contains a secure link to DocuSign.",
    ),
    m(
        "70746",
        "2026-01-09 20:14",
        "DocuSign <dse_NA3@docusign.net>",
        "Completed: Brightlane_Offer_Letter_MRibeiroGallego.pdf",
        A(
            "offer",
            "Brightlane",
            "Customer Support Team Lead (Portuguese & Spanish)",
            5,
            "docusign",
            "en",
        ),
        "All parties have completed Brightlane_Offer_Letter_MRibeiroGallego.pdf.\n\nVIEW COMPLETED "
        "DOCUMENT\n\nPowered by DocuSign",
        st="accepted",
    ),
    m(
        "70752",
        "2026-01-20 10:00",
        "Brightlane People Team <people@brightlane.io>",
        "Welcome to Brightlane, Marta! Your first week",
        (
            "other_job",
            "Brightlane",
            "Customer Support Team Lead (Portuguese & Spanish)",
            None,
            "direct",
            "en",
        ),
        "Hi Marta,\n\nWe're so glad you're joining on 2 February! Here's what to expect:\n\n"
        "- Your laptop ships this week via our EOR partner Deelo\n- Day 1: onboarding call at 09:30 "
        "Lisbon time\n- Week 1: shadowing the PT and ES queues\n\nPlease complete your personal "
        "details in HiBob before Friday.\n\nSee you soon,\nThe People Team",
        tz="pt",
    ),
    # --- 6 Nomadik, Lever, rejected -----------------------------------------------------------
    m(
        "70803",
        "2025-09-25 14:22",
        "Nomadik <no-reply@hire.lever.co>",
        "Nomadik | We've received your application",
        A("confirmation", "Nomadik", "Support Operations Manager", 6, "lever", "en"),
        "Hi Marta,\n\nThanks for your interest in the Support Operations Manager role at Nomadik. "
        "We've got your application and the hiring team will take a look soon.\n\nIf you're not "
        "selected for this role, we'll still let you know, and we may reach out about other "
        "openings.\n\nThe Nomadik team\nBarcelona · 22@",
    ),
    m(
        "70809",
        "2025-10-13 17:55",
        "Nomadik <no-reply@hire.lever.co>",
        "Following up on your application",
        A("rejection", "Nomadik", "Support Operations Manager", 6, "lever", "en"),
        "Hi Marta,\n\nThank you for taking the time to apply. Your experience scaling bilingual "
        "teams stood out and the team enjoyed reading your application.\n\nThat said, for this "
        "role we're prioritising candidates with hands-on Zendesk admin and Looker experience, "
        "so we won't be moving forward at this time.\n\nWe hope our paths cross again.\n\nNomadik Talent",
    ),
    # --- 7 Mercatto, SmartRecruiters, ghosted -------------------------------------------------
    m(
        "70902",
        "2025-10-02 22:48",
        "Mercatto <noreply@smartrecruiters.com>",
        "Gracias por tu candidatura a Responsable de Atención al Cliente",
        A("confirmation", MC, MCR, 7, "smartrecruiters"),
        "Hola Marta,\n\nGracias por tu interés en Mercatto. Hemos recibido tu candidatura para "
        "Responsable de Atención al Cliente (Madrid, híbrido).\n\nDebido al volumen de "
        "candidaturas, solo contactaremos con las personas preseleccionadas. Si no recibes noticias "
        "en 30 días, entiende que lamentablemente no has sido seleccionada en esta ocasión.\n\n"
        "Un saludo,\nEquipo de Talento Mercatto",
    ),
    # --- 8 Pagoflex, LinkedIn Easy Apply, rejected ---------------------------------------------
    m(
        "71003",
        "2025-10-08 13:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marta, se ha enviado tu solicitud a Pagoflex",
        A("confirmation", PF, PFR, 8, "linkedin"),
        html="<html><body><table><tr><td><p>Se ha enviado tu solicitud a Pagoflex</p>"
        "<p><b>Customer Service Manager</b><br>Pagoflex · Madrid, Comunidad de Madrid, España (Híbrido)</p>"
        "<p>Enviada el 8 oct</p><p><a href='https://www.linkedin.com/jobs/view/4107738211'>Ver empleo</a></p>"
        "<p>Ahora toca esperar. Puedes consultar el estado de tu solicitud en Mis empleos.</p></td></tr>"
        "<tr><td style='color:#666;font-size:11px'>Este email está dirigido a Marta Ribeiro Gallego. LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085</td></tr></table></body></html>",
    ),
    m(
        "71008",
        "2025-10-10 09:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud se ha visto",
        A("viewed", PF, PFR, 8, "linkedin"),
        html="<html><body><p>Pagoflex ha visto tu solicitud para <b>Customer Service Manager</b>.</p>"
        "<p>Consejo: los candidatos que completan su perfil tienen más probabilidades de destacar.</p>"
        "<p><a href='https://www.linkedin.com/my-items/saved-jobs/'>Ver solicitud</a></p></body></html>",
    ),
    m(
        "71014",
        "2025-10-21 16:40",
        "Pagoflex Talent <talent@pagoflex.es>",
        "Customer Service Manager",
        A("rejection", PF, PFR, 8, "direct"),
        "Hola Marta,\n\nGracias por tu interés en Pagoflex y por tu candidatura al puesto de "
        "Customer Service Manager. Hemos revisado tu perfil con detalle y, aunque tienes una "
        "experiencia muy sólida, lamentamos comunicarte que no continuaremos con tu candidatura.\n\n"
        "Te deseamos lo mejor en tu búsqueda.\n\nEquipo de Talento\nPagoflex Payments, S.L.",
    ),
    # --- 9 Costa Serena Hoteles, Indeed, withdrawn --------------------------------------------
    m(
        "71102",
        "2025-10-15 20:33",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Coordinador/a de Guest Experience",
        A("confirmation", CS, CSR, 9, "indeed"),
        "Indeed\n\nSolicitud enviada\n\nCoordinador/a de Guest Experience\nCosta Serena Hoteles - "
        "Valencia, Valencia\n\nSe han enviado los siguientes elementos a Costa Serena Hoteles:\n"
        "• Tu CV\n• Respuestas a preguntas de la empresa\n\nSi la empresa está interesada, se "
        "pondrá en contacto contigo por correo, teléfono o mensaje de Indeed.\n\n"
        "Buena suerte,\nEl equipo de Indeed",
    ),
    m(
        "71108",
        "2025-10-22 11:18",
        "Mireia Sendra <rrhh@costaserenahoteles.com>",
        "Entrevista telefónica – Guest Experience",
        A("interview", CS, CSR, 9, "direct"),
        "Buenos días Marta,\n\nTe escribo desde el departamento de RRHH de Costa Serena Hoteles. "
        "Nos gustaría mantener una entrevista telefónica contigo el lunes 27 a las 17:00. ¿Te "
        "viene bien? Si no, indícanos otro horario.\n\nSaludos cordiales,\nMireia Sendra\nRRHH – Costa Serena Hoteles\nAv. del Puerto 12, Valencia",
    ),
    m(
        "71115",
        "2025-11-05 09:54",
        "Mireia Sendra <rrhh@costaserenahoteles.com>",
        "RE: Retiro mi candidatura – Guest Experience",
        A("confirmation", CS, CSR, 9, "direct"),
        "Hola Marta,\n\nGracias por avisarnos. Hemos retirado tu candidatura del proceso, tal como "
        "nos pides. Te deseamos mucha suerte en la nueva etapa.\n\nUn saludo,\nMireia\n\n"
        "De: Marta Ribeiro Gallego\nEnviado el: martes, 4 de noviembre de 2025 22:10\nPara: RRHH\n"
        "Asunto: Retiro mi candidatura – Guest Experience\n\nHola Mireia, muchas gracias por la "
        "entrevista de la semana pasada. Finalmente he decidido no trasladarme a Valencia, así "
        "que prefiero retirar mi candidatura para no haceros perder tiempo. Un saludo, Marta",
        st="withdrawn",
    ),
    # --- 11 Seguros Aldana via Proxima ETT (client unnamed, then named), on hold --------------
    m(
        "71201",
        "2025-10-16 10:31",
        "Raquel Mota | Proxima ETT <raquel.mota@proxima-ett.es>",
        "Oportunidad: Coordinador/a de equipo en atención al cliente (sector seguros)",
        ("outreach", None, SAR, None, "agency", "es"),
        "Hola Marta,\n\nSoy Raquel, consultora de selección en Proxima ETT. Estamos buscando para "
        "una importante aseguradora con sede en Barcelona un/a Coordinador/a de Equipo para su "
        "servicio de atención al cliente (unas 25 personas, canales teléfono y chat).\n\n"
        "Contrato inicial por ETT de 6 meses con posibilidad real de incorporación a plantilla, "
        "horario de lunes a viernes de 9 a 18 h, 30-32K según experiencia.\n\n¿Te interesa que "
        "hablemos? Si es así, pásame tu teléfono y una franja para llamarte.\n\nUn saludo,\n"
        "Raquel Mota\nConsultora de Selección · Proxima ETT\nAut. Nº 08/0000123",
    ),
    m(
        "71207",
        "2025-10-20 13:02",
        "Raquel Mota | Proxima ETT <raquel.mota@proxima-ett.es>",
        "RE: Oportunidad: Coordinador/a de equipo en atención al cliente (sector seguros)",
        A("confirmation", SA, SAR, 11, "agency"),
        "Hola Marta,\n\nGracias por la llamada de esta mañana. Como te comenté, ya puedo decirte "
        "que el cliente es Seguros Aldana, en su sede de Torre Glòries. He presentado hoy tu "
        "candidatura al equipo de RRHH de Aldana junto con tu CV actualizado.\n\nEn cuanto tenga "
        "respuesta te aviso.\n\nRaquel\n\n> El 17/10/2025 Marta Ribeiro Gallego escribió:\n> Hola "
        "Raquel, sí, me interesa. Puedes llamarme el lunes por la mañana al 6xx xxx xxx.",
        **re_(
            "71201",
            "2025-10-16",
            "Oportunidad: Coordinador/a de equipo en atención al cliente (sector seguros)",
            "proxima-ett.es",
        ),
    ),
    m(
        "71214",
        "2025-10-28 12:40",
        "Raquel Mota | Proxima ETT <raquel.mota@proxima-ett.es>",
        "Entrevista con Seguros Aldana – viernes 31",
        A("interview", SA, SAR, 11, "agency"),
        "Hola Marta,\n\n¡Buenas noticias! Aldana quiere conocerte. La entrevista será el viernes "
        "31 a las 9:30 en Torre Glòries (Av. Diagonal 211, planta 14) con Ester Vidal, "
        "responsable del Customer Service. Pregunta en recepción por ella.\n\nTe mando la "
        "convocatoria para que la tengas en el calendario.\n\nMucha suerte,\nRaquel",
        ics={
            "uid": "proxima-aldana-1031-mrg@proxima-ett.es",
            "start": "2025-10-31 09:30:00 +0100",
            "minutes": 60,
            "summary": "Entrevista Seguros Aldana – Marta Ribeiro",
            "organizer": ("Raquel Mota", "raquel.mota@proxima-ett.es"),
            "location": "Torre Glòries, Av. Diagonal 211 planta 14, Barcelona",
            "style": "outlook",
        },
    ),
    m(
        "71219",
        "2025-11-12 17:15",
        "Raquel Mota | Proxima ETT <raquel.mota@proxima-ett.es>",
        "Novedades proceso Aldana",
        A("confirmation", SA, SAR, 11, "agency"),
        "Hola Marta,\n\nTe cuento: Aldana nos ha comunicado que congela la posición de "
        "Coordinador/a hasta enero por una reorganización interna del área de clientes. Tu "
        "candidatura sigue siendo la preferida de Ester, así que no se cierra el proceso; "
        "simplemente queda parado.\n\nTe mantengo informada.\nRaquel",
        st="on_hold",
    ),
    # --- 12 Kivu Delivery via Jobandtalent, rejected ----------------------------------------------
    m(
        "71302",
        "2025-11-03 08:20",
        "Jobandtalent <noreply@jobandtalent.com>",
        "Te has inscrito en: Agente de soporte bilingüe ES/PT – Kivu Delivery",
        A("confirmation", KV, KVR, 12, "agency"),
        "¡Hola Marta!\n\nTe has inscrito correctamente en la oferta Agente de soporte bilingüe "
        "ES/PT para nuestro cliente Kivu Delivery (Barcelona, 22@).\n\nSi tu perfil encaja, un "
        "miembro de nuestro equipo te contactará por la app. Recuerda tener tu perfil y tu "
        "documentación al día.\n\nEquipo Jobandtalent",
    ),
    m(
        "71309",
        "2025-11-07 14:02",
        "Jobandtalent <noreply@jobandtalent.com>",
        "Novedades sobre tu candidatura",
        A("rejection", KV, KVR, 12, "agency"),
        "Hola Marta,\n\nGracias por tu interés en la oferta Agente de soporte bilingüe ES/PT – "
        "Kivu Delivery. Las plazas de esta oferta ya se han cubierto, por lo que tu inscripción "
        "no seguirá adelante.\n\nSigue echando un vistazo a la app: publicamos nuevas ofertas "
        "cada día.\n\nEquipo Jobandtalent",
    ),
    # --- 16 Andina Pay (Bogotá), recruiter outreach, then application, rejected ---------------
    m(
        "71601",
        "2025-10-27 15:12",
        "Valentina Ospina <valentina.ospina@andinapay.co>",
        "Gerente de Experiencia del Cliente LATAM – remoto",
        ("outreach", AP, APR, None, "direct", "es"),
        "¡Hola Marta! ¿Cómo estás?\n\nTe escribo desde Andina Pay, una fintech colombiana con "
        "operación en Colombia, Perú y México. Estamos buscando una Gerente de Experiencia del "
        "Cliente para liderar nuestro equipo de soporte LATAM (40 personas, parte de ellas en "
        "Brasil), 100 % remoto y con horario que se solapa con la tarde europea.\n\nTu perfil "
        "bilingüe español/portugués me llamó mucho la atención. ¿Tendrías 20 minuticos esta "
        "semana para contarte?\n\nUn abrazo,\nValentina Ospina\nTalent Lead · Andina Pay\nBogotá, Colombia",
        tz="co",
    ),
    m(
        "71606",
        "2025-10-30 09:40",
        "Valentina Ospina <valentina.ospina@andinapay.co>",
        "Invitación: Marta / Andina Pay – entrevista con Felipe",
        A("interview", AP, APR, 16, "direct"),
        "Hola Marta,\n\nMil gracias por la charla de ayer y por enviarme tu hoja de vida. Ya quedó "
        "registrada tu postulación. Te agendé la entrevista con Felipe Arango, nuestro COO, para "
        "el martes 4 de noviembre a las 10:00 (hora Bogotá) = 16:00 en Barcelona.\n\nSaludos,\nValentina",
        tz="co",
        ics={
            "uid": "andina-felipe-1104@andinapay.co",
            "start": "2025-11-04 10:00:00 -0500",
            "minutes": 50,
            "summary": "Marta Ribeiro / Andina Pay – entrevista con Felipe",
            "organizer": ("Valentina Ospina", "valentina.ospina@andinapay.co"),
            "attendees": [("Felipe Arango", "felipe.arango@andinapay.co")],
            "location": "https://meet.google.com/and-inap-ay1",
        },
    ),
    m(
        "71612",
        "2025-11-18 18:30",
        "Valentina Ospina <valentina.ospina@andinapay.co>",
        "Proceso Andina Pay",
        A("rejection", AP, APR, 16, "direct"),
        "Hola Marta,\n\nQuería escribirte personalmente. Felipe quedó muy bien impresionado con tu "
        "manera de hablar de métricas y de cuidar al equipo. Sin embargo, lamentamos informarte "
        "que decidimos avanzar con una candidata radicada en Bogotá, porque el rol va a exigir "
        "viajes frecuentes a la oficina en los primeros meses.\n\nOjalá podamos coincidir más "
        "adelante. Un abrazo grande,\nValentina",
        tz="co",
    ),
    # --- 17 Ludora Games, Greenhouse, rejected -------------------------------------------------
    m(
        "71701",
        "2025-11-06 12:12",
        "Ludora Games <no-reply@greenhouse-mail.io>",
        "Thank you for your application to Ludora Games",
        A(
            "confirmation",
            "Ludora Games",
            "Workforce Planning Analyst – Player Support",
            17,
            "greenhouse",
            "en",
        ),
        "Hello Marta,\n\nThank you for your interest in Ludora Games! We have received your "
        "application for Workforce Planning Analyst – Player Support (Barcelona).\n\nOur team "
        "will review your background and you can expect to hear from us whatever the outcome.\n\n"
        "GG,\nLudora Games Talent Acquisition",
    ),
    m(
        "71707",
        "2025-11-26 19:03",
        "Ludora Games <no-reply@greenhouse-mail.io>",
        "Ludora Games – application update",
        A(
            "rejection",
            "Ludora Games",
            "Workforce Planning Analyst – Player Support",
            17,
            "greenhouse",
            "en",
        ),
        "Hello Marta,\n\nThanks again for applying. We have now reviewed all applications for the "
        "Workforce Planning Analyst role, and unfortunately we will not be progressing with yours "
        "on this occasion. We'd be happy to see you apply again for future openings.\n\n"
        "Ludora Games Talent Acquisition",
    ),
    # --- 18 Casa Habitat, founder from gmail, ghosted after second call --------------------------
    m(
        "71811",
        "2025-11-24 22:05",
        "Álvaro Peris <alvaroperis.ch@gmail.com>",
        "Hola Marta – Casa Habitat",
        A("interview", CH, CHR, 18, "direct"),
        "Hola Marta!\n\nSoy Álvaro, cofundador de Casa Habitat (alquiler de media estancia en "
        "Valencia y Madrid). Vi que aplicaste a nuestra oferta de Head of Customer Care en "
        "LinkedIn y me encantó tu perfil. Somos 14 personas, así que esto es muy de construir "
        "desde cero.\n\n¿Hablamos el jueves a las 18h por Meet? Te mando invitación.\n\nÁlvaro\n"
        "Enviado desde mi iPhone",
        ics={
            "uid": "7f2kq0casahabitat@google.com",
            "start": "2025-11-27 18:00:00 +0100",
            "minutes": 30,
            "summary": "Marta / Álvaro (Casa Habitat)",
            "organizer": ("Álvaro Peris", "alvaroperis.ch@gmail.com"),
            "location": "https://meet.google.com/cas-aha-bit",
        },
    ),
    m(
        "71817",
        "2025-12-02 08:48",
        "Álvaro Peris <alvaroperis.ch@gmail.com>",
        "Re: Hola Marta – Casa Habitat",
        A("interview", CH, CHR, 18, "direct"),
        "Genial lo del jueves! Te presento a Bea (mi socia, CEO) que quiere conocerte también. "
        "¿Te va bien el lunes 15 a las 13h? Mismo enlace de Meet.\n\nÁlvaro\n\nEl jue, 27 nov "
        "2025 a las 19:02, Marta Ribeiro Gallego <marta.ribeiro.gallego@gmail.com> escribió:\n"
        "> Gracias por la charla, Álvaro. Me quedo con muchas ganas de saber más del proyecto.",
        **re_("71811", "2025-11-24", "Hola Marta – Casa Habitat", "gmail.com"),
    ),
    # --- 20 Iberis Travel, Workday, assessment then rejected ------------------------------------
    m(
        "72001",
        "2025-11-11 21:17",
        "Iberis Travel Group <iberistravel@myworkday.com>",
        "Solicitud recibida: Analista de Calidad – Contact Center (R-0045512)",
        A("confirmation", IB, IBR, 20, "workday"),
        "Estimada Marta:\n\nGracias por tu interés en Iberis Travel Group. Hemos recibido tu "
        "solicitud para el puesto Analista de Calidad – Contact Center (R-0045512) en Madrid.\n\n"
        "Puedes consultar el estado de tu solicitud en cualquier momento desde nuestro portal de "
        "empleo, en la sección Mis solicitudes.\n\nAtentamente,\nTalent Acquisition\nIberis Travel Group",
    ),
    m(
        "72006",
        "2025-11-14 10:00",
        "Iberis Travel Group <iberistravel@myworkday.com>",
        "Acción necesaria: completa la evaluación online",
        A("assessment", IB, IBR, 20, "workday"),
        "Hola Marta:\n\nComo siguiente paso de tu solicitud para Analista de Calidad – Contact "
        "Center (R-0045512), te invitamos a completar una evaluación online de razonamiento y "
        "juicio situacional (unos 35 minutos). Accede desde la tarea pendiente en tu portal de "
        "candidato.\n\nFecha límite: 21 de noviembre.\n\nTalent Acquisition\nIberis Travel Group",
    ),
    m(
        "72012",
        "2025-12-05 13:25",
        "Iberis Travel Group <iberistravel@myworkday.com>",
        "Información sobre tu solicitud R-0045512",
        A("rejection", IB, IBR, 20, "workday"),
        "Estimada Marta:\n\nTe agradecemos el interés y el tiempo dedicado a completar la "
        "evaluación. Tras analizar los resultados y los perfiles recibidos, hemos decidido no "
        "continuar con tu candidatura para esta posición.\n\nTu perfil quedará en nuestra base de "
        "datos y podrás presentarte a otras vacantes.\n\nAtentamente,\nTalent Acquisition\nIberis Travel Group",
    ),
    # --- 25 Electrodomésticos Maravall, Indeed, viewed then ghosted ------------------------------
    m(
        "72501",
        "2025-12-15 17:48",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Supervisor/a de Atención al Cliente",
        A("confirmation", MV, MVR, 25, "indeed"),
        "Indeed\n\nSolicitud enviada\n\nSupervisor/a de Atención al Cliente\nMaravall - "
        "Paterna, Valencia\n\nSe han enviado los siguientes elementos a la empresa:\n• CV\n\n"
        "Buena suerte,\nEl equipo de Indeed",
    ),
    m(
        "72505",
        "2025-12-18 08:30",
        "Indeed <noreply@indeed.com>",
        "La empresa ha visto tu solicitud",
        A("viewed", MV, MVR, 25, "indeed"),
        html="<html><body><p><b>Electrodomésticos Maravall S.A.</b> ha visto tu solicitud para <b>Supervisor/a de Atención al Cliente</b>.</p>"
        "<p>Esto no garantiza que te contacten, pero es una buena señal.</p><p><a href='https://es.indeed.com/myjobs'>Ver Mis empleos</a></p></body></html>",
    ),
    # --- 26 Viajes Albatros, InfoJobs, discarded ------------------------------------------------
    m(
        "72601",
        "2026-01-12 09:15",
        "InfoJobs <noreply@infojobs.net>",
        "Hemos enviado tu inscripción a la oferta Coordinador/a de Contact Center",
        A("confirmation", AB, ABR, 26, "other"),
        "Hola Marta,\n\nTu inscripción a la oferta «Coordinador/a de Contact Center» de VIAJES "
        "ALBATROS SA se ha enviado correctamente.\n\nUbicación: Madrid\n\nSuerte,\nEl equipo de InfoJobs",
    ),
    m(
        "72607",
        "2026-01-19 14:44",
        "InfoJobs <noreply@infojobs.net>",
        "Novedades en tu candidatura",
        A("rejection", AB, ABR, 26, "other"),
        html="<html><body><p>Hola Marta,</p><p>La empresa <b>VIAJES ALBATROS SA</b> ha actualizado tu candidatura para "
        "<b>Coordinador/a de Contact Center</b>.</p><p>Estado: <b>Descartado</b></p><p>No te desanimes: hay muchas ofertas "
        "que encajan con tu perfil esperándote.</p><p><a href='https://www.infojobs.net/ofertas-trabajo'>Ver ofertas</a></p></body></html>",
    ),
    # --- 11 continued: Aldana reactivated -> offer? stays on hold (late ping) ---------------------
    m(
        "71226",
        "2026-01-14 11:05",
        "Raquel Mota | Proxima ETT <raquel.mota@proxima-ett.es>",
        "Aldana – sigue sin fecha",
        A("confirmation", SA, SAR, 11, "agency"),
        "Hola Marta, feliz año!\n\nSolo para contarte que Aldana sigue sin reactivar la vacante de "
        "coordinación: me dicen que quizá en primavera. Te sigo teniendo en cuenta para otras "
        "posiciones que me entren.\n\nUn abrazo,\nRaquel",
        st="on_hold",
    ),
]

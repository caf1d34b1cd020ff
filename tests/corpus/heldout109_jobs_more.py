# ruff: noqa: E501, RUF100
"""Corpus 109, job mail, second part, alerts, outreach and other job mail (data only): see heldout109.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H
from heldout109_jobs import A, E, m


def _canarias(day: str) -> str:
    if day < "2025-10-26":
        return "+0100"
    return "+0000"


m_can = partial(H.dated_spec, _canarias)


MIR, MIRR = "Hotel Mirador del Mar", "Coordinador/a de Animación y Eventos"
CAR, CARR = "Eventos Cartuja", "Coordinador/a de Eventos Corporativos"
OLE, OLER = "Casa Olea Hotels", "Marketing & Events Coordinator"
ALZ, ALZR = "La Almazara Hotel Rural & Spa", "Responsable de Eventos y Bodas"
NOM, NOMR = "Nómada Coliving", "Community & Events Coordinator"
DRA, DRAR = "Drago Hoteles", "Coordinador/a de Marketing"
TAB, TABR = "Tablao Alma Trianera", "Coordinador/a de Marketing y Eventos"
VEL, VELR = "Veloz Travel Group", "MICE Project Coordinator"
HOS, HOSR = "Hospederías Históricas", "Técnico/a de Marketing Hotelero"

MAIL: list[dict[str, Any]] = [
    # --- 13 Hotel Mirador del Mar (Turijobs) ----------------------------------------------------
    m(
        "20131",
        "2025-09-17 22:40",
        "Turijobs <noreply@turijobs.com>",
        "Has aplicado a Coordinador/a de Animación y Eventos",
        A("confirmation", MIR, MIRR, 13, "other"),
        html="<html><body><p>Hola Marta,</p><p>Tu candidatura para <b>Coordinador/a de Animación y "
        "Eventos</b> en <b>Hotel Mirador del Mar ****</b> (Torremolinos, Málaga) se ha enviado correctamente.</p>"
        "<p>Consulta el estado en tu área privada.</p><p>Turijobs · Empleo en turismo y hostelería</p></body></html>",
    ),
    m(
        "20132",
        "2025-10-10 07:58",
        "Turijobs <noreply@turijobs.com>",
        "Novedades en tu candidatura",
        A("rejection", MIR, MIRR, 13, "other"),
        html="<html><body><p>Hola Marta,</p><p>La empresa <b>Hotel Mirador del Mar</b> ha actualizado el estado "
        "de tu candidatura a <b>Coordinador/a de Animación y Eventos</b>: <b>Descartada</b>.</p>"
        "<p>Gracias por tu interés. ¡Sigue buscando! Tenemos cientos de ofertas en hoteles de toda España.</p></body></html>",
    ),
    # --- 14 Eventos Cartuja S.L. (Infoempleo), forwarded, ghosted -------------------------------
    m(
        "20141",
        "2025-09-26 08:33",
        "Marta Villalobos <mvillalobos@alumni.us.es>",
        "RV: Confirmación de inscripción en la oferta",
        A("confirmation", CAR, CARR, 14, "other"),
        "Me reenvío esto al Gmail, que el correo de la uni ya casi no lo miro.\n\n"
        "________________________________\n"
        "De: Infoempleo <noreply@infoempleo.com>\n"
        "Enviado: jueves, 25 de septiembre de 2025 23:10\n"
        "Para: mvillalobos@alumni.us.es\n"
        "Asunto: Confirmación de inscripción en la oferta\n\n"
        "Hola Marta:\n\nTe confirmamos que te has inscrito en la oferta COORDINADOR/A DE "
        "EVENTOS CORPORATIVOS publicada por EVENTOS CARTUJA, S.L. en Sevilla.\n\n"
        "La empresa recibirá tu currículum. Si tu perfil resulta de su interés, se pondrá en "
        "contacto contigo.\n\nEquipo Infoempleo\n",
    ),
    m(
        "20142",
        "2025-10-06 13:12",
        "Sandra Pineda <sandra@eventoscartuja.es>",
        "Llamada para la oferta de coordinador/a de eventos",
        A("interview", CAR, CARR, 14, "direct"),
        "Hola Marta,\n\nte escribo de Eventos Cartuja. Te he intentado llamar esta mañana sin "
        "suerte. ¿Puedo llamarte mañana martes sobre las 11 para una primera entrevista "
        "telefónica de 15 minutos?\n\nGracias,\nSandra Pineda\nRRHH y Administración\n"
        "EVENTOS CARTUJA · Organización de eventos y congresos\n",
    ),
    # --- 17 Casa Olea Hotels (Teamtailor), founder writes from Gmail -------------------------
    m(
        "20171",
        "2025-11-24 11:03",
        "Casa Olea <no-reply@teamtailor-mail.com>",
        "Gracias por tu candidatura – Marketing & Events Coordinator",
        A("confirmation", OLE, OLER, 17, "teamtailor"),
        "Hola Marta,\n\n¡Gracias por escribirnos! Hemos recibido tu candidatura para "
        "Marketing & Events Coordinator en Casa Olea (Sevilla y Jerez).\n\nSomos un equipo "
        "pequeño, así que tardamos un poco en responder, pero respondemos a todo el mundo.\n\n"
        "Un abrazo,\nCasa Olea Hotels\n",
    ),
    m(
        "20172",
        "2025-12-01 22:15",
        "Gonzalo Olea <gonzalo.olea.m@gmail.com>",
        "Casa Olea - nos vemos?",
        A("interview", OLE, OLER, 17, "direct"),
        "Marta, buenas noches:\n\nSoy Gonzalo, fundador de Casa Olea. Perdona que te escriba "
        "desde mi correo personal, ando entre Jerez y Sevilla. He leído tu candidatura y me "
        "encantaría que nos conociéramos. ¿Te viene bien el jueves 4 a las 18:30 en la casa "
        "de la calle San Vicente? Te enseño el hotel y hablamos.\n\nGonzalo\nEnviado desde mi iPhone\n",
    ),
    m(
        "20173",
        "2025-12-16 09:48",
        "Casa Olea <no-reply@teamtailor-mail.com>",
        "Tu candidatura",
        A("rejection", OLE, OLER, 17, "teamtailor"),
        "Hola Marta,\n\nGracias de corazón por venir a conocernos y por las ideas que nos "
        "dejaste para la terraza. Gonzalo se quedó con muchas de ellas.\n\nFinalmente hemos "
        "decidido no cubrir el puesto con tu perfil: buscamos a alguien con base en Jerez. "
        "Ojalá nos crucemos pronto.\n\nCasa Olea Hotels\n",
    ),
    # --- 18 La Almazara (direct), on hold ------------------------------------------------------
    m(
        "20181",
        "2025-09-29 12:20",
        "Reservas La Almazara <info@laalmazararonda.com>",
        "Re: Candidatura responsable de eventos y bodas",
        A("confirmation", ALZ, ALZR, 18, "direct"),
        "Buenos días Marta,\n\nHemos recibido tu CV, muchas gracias. Se lo paso a Dña. "
        "Encarna, la gerente, que es quien lleva la selección. Te diremos algo.\n\n"
        "Un saludo,\nRecepción · La Almazara Hotel Rural & Spa · Ronda\n\n"
        "El 28/09/2025 a las 19:02, Marta Villalobos Ruiz escribió:\n"
        "> Buenas tardes, he visto en vuestro Instagram que buscáis responsable de eventos y "
        "bodas. Os adjunto mi CV.\n",
    ),
    m(
        "20182",
        "2025-10-22 17:05",
        "Encarna Guzmán <gerencia@laalmazararonda.com>",
        "Puesto de eventos",
        A("confirmation", ALZ, ALZR, 18, "direct"),
        "Hola Marta:\n\nTe escribo para no dejarte sin respuesta. Tu perfil nos gusta, pero "
        "hemos decidido aplazar la contratación hasta que sepamos cuántas bodas cerramos para "
        "la temporada que viene. Lo retomaremos, como pronto, en febrero. Si sigues "
        "interesada entonces, te llamo.\n\nUn saludo,\nEncarna Guzmán\nGerente\n",
        st="on_hold",
    ),
    # --- 19 Nómada Coliving (LinkedIn, Personio) -----------------------------------------------
    m(
        "20191",
        "2025-10-18 10:25",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marta, tu solicitud se ha enviado a Nómada Coliving",
        A("confirmation", NOM, NOMR, 19, "linkedin"),
        "Tu solicitud se ha enviado a Nómada Coliving\n\nCommunity & Events Coordinator\n"
        "Nómada Coliving · Madrid, Comunidad de Madrid, España (Presencial)\n"
        "Solicitado el 18 de octubre de 2025\n",
    ),
    m(
        "20192",
        "2025-11-03 14:22",
        "Nómada Coliving <jobs@nomada-coliving.jobs.personio.com>",
        "Tu candidatura en Nómada",
        A("rejection", NOM, NOMR, 19, "personio"),
        "Hola Marta,\n\nMil gracias por tu interés en unirte a la tribu Nómada. Hemos leído "
        "tu candidatura con atención y tu experiencia en eventos es muy interesante.\n\n"
        "Sin embargo, en esta ocasión hemos avanzado con perfiles que ya viven en Madrid y "
        "conocen nuestra comunidad. Guardamos tus datos por si surge algo.\n\n"
        "¡Un abrazo!\nPeople Team · Nómada Coliving\n",
    ),
    # --- 20 Drago Hoteles, Lanzarote (InfoJobs) ------------------------------------------------
    m(
        "20201",
        "2025-12-02 20:44",
        "InfoJobs <noreply@infojobs.net>",
        "Tu inscripción en la oferta Coordinador/a de Marketing",
        A("confirmation", DRA, DRAR, 20, "other"),
        html="<html><body><p>Hola Marta,</p><p>Te has inscrito correctamente en la oferta "
        "<b>Coordinador/a de Marketing</b> de <b>GRUPO DRAGO HOTELES CANARIAS SL</b> (Costa Teguise, Las Palmas).</p>"
        "<p>Te avisaremos cuando la empresa lea tu CV.</p></body></html>",
    ),
    m(
        "20202",
        "2025-12-09 10:12",
        "InfoJobs <noreply@infojobs.net>",
        "La empresa ha leído tu CV",
        A("viewed", DRA, DRAR, 20, "other"),
        html="<html><body><p>Hola Marta,</p><p>Tu candidatura ha cambiado de estado: <b>CV leído</b></p>"
        "<p>Oferta: Coordinador/a de Marketing<br>Empresa: Drago Hoteles</p></body></html>",
    ),
    m(
        "20203",
        "2026-01-08 09:05",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura ha cambiado de estado",
        A("rejection", DRA, DRAR, 20, "other"),
        html="<html><body><p>Hola Marta,</p><p>Nuevo estado de tu candidatura: <b>Descartado</b></p>"
        "<p>Oferta: Coordinador/a de Marketing · Drago Hoteles</p></body></html>",
    ),
    # --- 21 Tablao Alma Trianera (Indeed) ------------------------------------------------------
    m(
        "20211",
        "2025-09-04 13:18",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Coordinador/a de Marketing y Eventos",
        A("confirmation", TAB, TABR, 21, "indeed"),
        html="<html><body><h2>Candidatura enviada</h2><p>Coordinador/a de Marketing y Eventos</p>"
        "<p>Alma Trianera Espectáculos S.L. - Sevilla</p><p>¡Buena suerte!</p></body></html>",
    ),
    m(
        "20212",
        "2025-09-10 12:00",
        "Tablao Alma Trianera <gerencia@almatrianera.es>",
        "Entrevista telefónica",
        A("interview", TAB, TABR, 21, "direct"),
        "Hola Marta,\n\nhemos recibido tu CV a través de Indeed. Te llamaremos el viernes 12 "
        "entre las 12 y las 13h para hacerte una primera entrevista por teléfono. Si no puedes "
        "a esa hora contéstanos a este correo.\n\nSaludos,\nManuel Reyes\nGerente · Tablao Alma Trianera\n",
    ),
    m(
        "20213",
        "2025-09-23 20:31",
        "Tablao Alma Trianera <gerencia@almatrianera.es>",
        "Re: Entrevista telefónica",
        A("rejection", TAB, TABR, 21, "direct"),
        "Hola Marta,\n\nGracias por la conversación. Tienes un perfil muy completo, pero "
        "necesitamos a alguien que pueda trabajar todas las noches de espectáculo y fines de "
        "semana, y por lo que nos contaste no encaja con lo que buscas. Te deseamos mucha "
        "suerte.\n\nManuel\n",
    ),
    # --- 22 Veloz Travel Group (Greenhouse, English) -------------------------------------------
    m(
        "20221",
        "2025-11-20 16:40",
        "Veloz Travel Group <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Veloz!",
        E("confirmation", VEL, VELR, 22, "greenhouse"),
        "Hi Marta,\n\nThanks for applying for the MICE Project Coordinator role (Madrid) at "
        "Veloz. Our team will review your application and get back to you if your profile is "
        "a match. Unfortunately, because of the volume of applications, we can't always give "
        "individual feedback.\n\nCheers,\nThe Veloz Talent Team\n",
    ),
    m(
        "20222",
        "2026-01-13 12:26",
        "Veloz Travel Group <no-reply@us.greenhouse-mail.io>",
        "Your application at Veloz",
        E("rejection", VEL, VELR, 22, "greenhouse"),
        "Hi Marta,\n\nThanks again for your interest in Veloz. We've now filled the MICE "
        "Project Coordinator position and won't be moving forward with your application. We "
        "really appreciate you taking the time to apply.\n\nAll the best,\nThe Veloz Talent Team\n",
    ),
    # --- 23 Hospederías Históricas (SuccessFactors) --------------------------------------------
    m(
        "20231",
        "2026-01-12 10:14",
        "Hospederías Históricas <noreply@successfactors.eu>",
        "Acuse de recibo de su solicitud",
        A("confirmation", HOS, HOSR, 23, "other"),
        "Estimada candidata:\n\nHemos recibido su solicitud para el puesto Técnico/a de "
        "Marketing Hotelero – Hospedería de Carmona (ref. HH-2026-007).\n\nLe informamos de "
        "que el proceso consta de valoración curricular, pruebas psicotécnicas y entrevista "
        "personal. Si no supera alguna de las fases se le comunicará por este medio.\n\n"
        "Hospederías Históricas de España, S.M.E., S.A.\nDirección de Personas\n",
    ),
    m(
        "20232",
        "2026-01-26 09:30",
        "Hospederías Históricas <noreply@successfactors.eu>",
        "Convocatoria a pruebas psicotécnicas – ref. HH-2026-007",
        A("assessment", HOS, HOSR, 23, "other"),
        "Estimada Sra. Villalobos:\n\nHa superado la fase de valoración curricular. Le "
        "convocamos a la realización de pruebas psicotécnicas online, que deberá completar "
        "entre el 27 y el 30 de enero.\n\nRecibirá un segundo correo de la plataforma de "
        "evaluación con sus credenciales.\n\nDirección de Personas · HHE\n",
    ),
    m(
        "20233",
        "2026-02-16 14:00",
        "Hospederías Históricas <noreply@successfactors.eu>",
        "Resultado del proceso – ref. HH-2026-007",
        A("rejection", HOS, HOSR, 23, "other"),
        "Estimada Sra. Villalobos:\n\nLe agradecemos su participación en el proceso de "
        "selección. Una vez evaluadas las pruebas, lamentamos comunicarle que no ha sido "
        "seleccionada para la fase de entrevista.\n\nAtentamente,\nDirección de Personas · HHE\n",
    ),
    # --- alerts ---------------------------------------------------------------------------------
    m(
        "20301",
        "2025-09-02 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "12 ofertas nuevas: coordinador eventos en Sevilla",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Hola Marta, hay ofertas nuevas para tu alerta <b>coordinador eventos - Sevilla</b>:</p>"
        "<ul><li>Coordinador/a de Marketing y Eventos – Palacio de Triana Boutique Hotel</li>"
        "<li>Event Planner bodas – Hacienda Los Olivos (Dos Hermanas)</li>"
        "<li>Comercial de eventos – Catering Giralda</li></ul><p>Ver todas</p></body></html>",
    ),
    m(
        "20302",
        "2025-09-15 07:02",
        "Indeed <alert@indeed.com>",
        "coordinadora eventos hotel: nuevos empleos en Sevilla",
        ("alert", None, None, None, "indeed", "es"),
        html="<html><body><p>Nuevos empleos que coinciden con tu búsqueda</p>"
        "<p><b>Coordinador/a de Ventas y Eventos</b> Hotel Murillo Plaza · Sevilla<br>"
        "<b>Recepcionista con inglés</b> Hotel Giralda Suites · Sevilla<br>"
        "<b>Event Manager</b> Azahar Experiences · Sevilla</p></body></html>",
    ),
    m(
        "20303",
        "2025-10-01 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“hotel marketing”: Meridia Hotels - Marketing Coordinator y más",
        ("alert", None, None, None, "linkedin", "es"),
        "Tus alertas de empleo para hotel marketing en España\n\n"
        "Meridia Hotels – Marketing Coordinator – Málaga\n"
        "Vela Blanca Hotels – Brand Marketing Coordinator – Madrid\n"
        "Lunara Hoteles – Marketing & Community Coordinator – Madrid\n\nVer todos los empleos\n",
    ),
    m(
        "20304",
        "2025-10-14 09:00",
        "Turijobs <newsletter@turijobs.com>",
        "Ofertas destacadas en Andalucía esta semana",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Las ofertas más vistas en Andalucía</p><ul><li>Jefe/a de Recepción – Marbella</li>"
        "<li>Coordinador/a de Eventos – Sevilla</li><li>Revenue Manager – Málaga</li></ul></body></html>",
    ),
    m(
        "20305",
        "2025-10-19 11:00",
        "Meridia Hotels <meridia@myworkday.com>",
        "Welcome to the Meridia Talent Community",
        ("alert", None, None, None, "workday", "en"),
        "Hi Marta,\n\nThanks for joining the Meridia Talent Community! You'll now receive "
        "updates about new opportunities in Sales & Marketing in Spain that match your "
        "interests. Joining our talent community is not the same as applying for a job.\n\n"
        "Meridia Talent Acquisition\n",
    ),
    m(
        "20306",
        "2025-11-02 19:00",
        "Marlowe Hotels & Resorts <marlowe@taleo.net>",
        "You have an incomplete application",
        ("alert", None, None, None, "taleo", "en"),
        "Dear Marta,\n\nYou started an application for Guest Relations Supervisor – Marlowe "
        "Marbella (Job Number 25001801) but did not submit it. Your draft will be kept for 30 "
        "days. Log in to your account to complete it.\n\nMarlowe Talent Acquisition\n",
    ),
    m(
        "20307",
        "2025-11-11 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "8 ofertas nuevas: marketing hotel en Málaga",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Ofertas nuevas para tu alerta <b>marketing hotel - Málaga</b>:</p>"
        "<ul><li>Marketing Manager – Grupo hotelero vacacional (Torremolinos)</li>"
        "<li>Community Manager – Hotel Alboran Beach</li></ul></body></html>",
    ),
    m(
        "20308",
        "2025-11-26 07:02",
        "Indeed <alert@indeed.com>",
        "Events coordinator: nuevos empleos en Madrid",
        ("alert", None, None, None, "indeed", "es"),
        html="<html><body><p><b>MICE Project Coordinator</b> Veloz Travel Group · Madrid<br>"
        "<b>Events Sales Executive</b> Olivar Urbano Hotels · Madrid</p></body></html>",
    ),
    m(
        "20309",
        "2025-12-10 12:00",
        "Servicio Andaluz de Empleo <noreply.sae@juntadeandalucia.es>",
        "SAE - Nuevas ofertas de empleo acordes a su perfil",
        ("alert", None, None, None, "other", "es"),
        "Servicio Andaluz de Empleo\n\nLe informamos de que se han publicado ofertas de "
        "empleo que podrían ajustarse a su demanda (ocupación: Técnicos de empresas y "
        "actividades turísticas):\n- 01-2025-0041022 AGENTE DE DESARROLLO TURÍSTICO (Écija)\n"
        "- 01-2025-0041107 INFORMADOR/A TURÍSTICO/A (Sevilla)\n\n"
        "Puede consultarlas en la Oficina Virtual de Empleo.\n",
    ),
    m(
        "20310",
        "2026-01-07 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“responsable de marketing”: Palacio de Triana y más",
        ("alert", None, None, None, "linkedin", "es"),
        "Tus alertas de empleo\n\nPalacio de Triana Boutique Hotel – Responsable de Marketing y Comunicación – Sevilla\n"
        "Hospederías Históricas de España – Técnico/a de Marketing Hotelero – Carmona\n",
    ),
    m(
        "20311",
        "2026-02-04 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "5 ofertas nuevas: coordinador eventos en Sevilla",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><ul><li>Wedding planner – Hacienda San Rafael de Utrera</li>"
        "<li>Coordinador/a de eventos – Real Club de Golf</li></ul></body></html>",
    ),
    # --- outreach -------------------------------------------------------------------------------
    m(
        "20321",
        "2025-10-28 11:40",
        "Helen Moreau via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Events Manager opportunity – luxury resort, Mallorca",
        ("outreach", "Cala Serena Resort", "Events Manager", None, "linkedin", "en"),
        "Hi Marta,\n\nI'm Helen, recruiting for Cala Serena Resort, a 5* property opening in "
        "Mallorca next spring. We're looking for an Events Manager to build the weddings and "
        "corporate business from scratch. Your profile caught my eye. Would you be open to a "
        "short chat?\n\nBest,\nHelen Moreau\nTalent Partner, Cala Serena\n",
    ),
    m(
        "20322",
        "2025-12-03 10:22",
        "Laura Ponce | Flexiplan ETT <laura.ponce@flexiplan-ett.es>",
        "Oferta: recepcionista de hotel - Sevilla centro (incorporación inmediata)",
        ("outreach", None, "Recepcionista de hotel", None, "agency", "es"),
        "Hola Marta:\n\nTe escribo de Flexiplan ETT. Tenemos varias vacantes de recepcionista "
        "para un hotel de 4* en el centro de Sevilla (turnos rotativos, contrato por "
        "circunstancias de la producción de 3 meses). Si te interesa, responde a este correo "
        "con tu disponibilidad.\n\nLaura Ponce\nDelegación Sevilla · Flexiplan ETT\n",
    ),
    m(
        "20323",
        "2026-02-09 16:05",
        "Jorge Alcaide <jorge.alcaide@hostelsearch.es>",
        "Director/a de Eventos – grupo de restauración (Madrid)",
        ("outreach", None, "Director/a de Eventos", None, "agency", "es"),
        "Hola Marta,\n\nte contacto porque estamos ayudando a un grupo de restauración de "
        "Madrid con 14 locales a incorporar un/a Director/a de Eventos. ¿Te planteas un "
        "cambio ahora mismo?\n\nJorge Alcaide\nHostel Search Consultores\n",
    ),
    # --- other job mail -------------------------------------------------------------------------
    m(
        "20331",
        "2025-10-30 09:00",
        "Hannah Whitcombe <hannah.whitcombe@meridiahotels.com>",
        "Automatic reply: Marketing Coordinator – Southern Spain",
        (
            "other_job",
            "Meridia Hotels",
            "Marketing Coordinator – Southern Spain",
            None,
            "direct",
            "en",
        ),
        "Thank you for your email. I am currently out of the office attending a conference, "
        "returning on Monday 3 November with limited access to email. For urgent matters "
        "please contact talent.emea@meridiahotels.com.\n\nKind regards,\nHannah\n",
    ),
    m(
        "20332",
        "2025-11-14 12:00",
        "InfoJobs <encuestas@infojobs.net>",
        "¿Qué tal fue tu proceso con Palacio de Triana Boutique Hotel?",
        ("other_job", "Palacio de Triana", None, None, "other", "es"),
        html="<html><body><p>Hola Marta,</p><p>Ayuda a otros candidatos valorando el proceso de selección de "
        "<b>Palacio de Triana Boutique Hotel</b>. Solo te llevará 1 minuto.</p></body></html>",
    ),
    m_can(
        "20333",
        "2025-10-28 08:15",
        "Nayra Hernández <nayra.hernandez@atlantidaresorts.com>",
        "Respuesta automática: Sobre tu candidatura en Atlántida Resorts",
        ("other_job", "Atlántida Resorts", None, None, "direct", "es"),
        "Hola, estoy de vacaciones hasta el 3 de noviembre. Para cualquier asunto urgente "
        "escribe a people@atlantidaresorts.com.\n\nNayra Hernández\n",
    ),
    m(
        "20334",
        "2025-11-25 10:00",
        "Grupo Turístico Alminar <noreply@successfactors.eu>",
        "Bienvenida a Alminar – completa tu onboarding",
        (
            "other_job",
            "Alminar Hotels & Resorts",
            "Coordinadora de Eventos y Banquetes",
            None,
            "other",
            "es",
        ),
        "Hola Marta:\n\n¡Te damos la bienvenida a Alminar Hotels & Resorts! Antes de tu "
        "primer día, accede al portal de onboarding para completar tu perfil, firmar la "
        "política de protección de datos y ver el vídeo de bienvenida de nuestro CEO.\n\n"
        "Departamento de Personas y Talento · Grupo Turístico Alminar, S.A.\n",
    ),
    # --- 24 Grupo Tabaiba Hoteles, Gran Canaria (Indeed, then the employer in Canary time) ------
    m(
        "20241",
        "2025-12-14 21:50",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Coordinador/a de Eventos y Animación",
        A("confirmation", "Tabaiba Hoteles", "Coordinador/a de Eventos y Animación", 24, "indeed"),
        html="<html><body><h2>Candidatura enviada</h2><p>Coordinador/a de Eventos y Animación</p>"
        "<p>Grupo Tabaiba Hoteles - Maspalomas, Las Palmas</p><p>Los siguientes elementos se enviaron a la empresa: Currículum.</p></body></html>",
    ),
    m_can(
        "20242",
        "2026-01-15 08:40",
        "Selección Tabaiba <seleccion@tabaibahoteles.com>",
        "Proceso de selección",
        A("rejection", "Tabaiba Hoteles", "Coordinador/a de Eventos y Animación", 24, "direct"),
        "Estimada Marta:\n\nEn primer lugar, queremos agradecerle el interés mostrado en "
        "formar parte de Tabaiba Hoteles. Su currículum ha sido valorado con mucho interés por "
        "nuestro equipo.\n\nLamentablemente, en esta ocasión hemos optado por otras "
        "candidaturas cuyo perfil se adecúa más a las necesidades actuales del puesto. "
        "Conservaremos sus datos para futuros procesos.\n\nAtentamente,\nDepartamento de "
        "Selección\nTHC – Tabaiba Hoteles Canarias\n",
    ),
    # --- 25 Ohana Hostels (SmartRecruiters), ghosted after the interview ----------------------
    m(
        "20251",
        "2026-01-29 12:31",
        "Ohana Hostels <noreply@smartrecruiters.com>",
        "Gracias por tu solicitud, Marta",
        A("confirmation", "Ohana Hostels", "Brand & Events Lead Andalucía", 25, "smartrecruiters"),
        "Hola Marta,\n\nGracias por postularte a Brand & Events Lead Andalucía en Ohana "
        "Hostels. Tu solicitud ha sido recibida y nuestro equipo la revisará pronto.\n\n"
        "Ohana Hostels · Madrid · Sevilla · Granada\n",
    ),
    m(
        "20252",
        "2026-02-06 16:45",
        "Diego Arranz <diego.arranz@ohanahostels.com>",
        "Charla - Brand & Events Lead",
        A("interview", "Ohana Hostels", "Brand & Events Lead Andalucía", 25, "direct"),
        "Hola Marta! Te he visto en SmartRecruiters y me encantaría charlar contigo 30 min por "
        "Teams. Te mando invitación para el miércoles 11 a las 9:30, antes de que entres a "
        "trabajar. ¿Ok?\n\nDiego · People Lead, Ohana\n",
    ),
    m(
        "20253",
        "2026-02-06 16:47",
        "Diego Arranz <diego.arranz@ohanahostels.com>",
        "Invitación: Charla Marta / Diego (Ohana) @ mié 11 feb 2026 9:30 - 10:00 (CET)",
        A("interview", "Ohana Hostels", "Brand & Events Lead Andalucía", 25, "direct"),
        "Has recibido una invitación a este evento.\n\nCharla Marta / Diego (Ohana)\n"
        "miércoles 11 feb 2026 9:30 – 10:00 (hora estándar de Europa central)\n"
        "Unirse con Microsoft Teams\n",
        ics={
            "organizer": ("Diego Arranz", "diego.arranz@ohanahostels.com"),
            "uid": "ohana-charla-20260211@google.com",
            "start": "2026-02-11 09:30:00 +0100",
            "minutes": 30,
            "summary": "Charla Marta / Diego (Ohana)",
            "location": "Microsoft Teams",
        },
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 100, job mail from Spanish employers, boards, ETTs and consultoras (data only): see heldout100.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src, lang="es"):
    return (cat, co, role, app, src, lang)


def inv(start, uid, org, summary, minutes=60, style="outlook", **kw):
    ev = {
        "start": f"{start}:00 {_tz(start[:10])}",
        "uid": uid,
        "organizer": org,
        "summary": summary,
        "minutes": minutes,
        "style": style,
    }
    ev.update(kw)
    return ev


TEAMS = "Reunión de Microsoft Teams\nÚnase desde su ordenador o aplicación móvil\nHaga clic aquí para unirse a la reunión\nId. de reunión: 371 552 908 144\nCódigo de acceso: qR7bZ2"

KA, KAR = "Kalpe Componentes", "Ingeniero/a de Mantenimiento Industrial"
IB, IBR = "Ibarsider", "Jefe/a de Turno de Mantenimiento"
IBR2 = "Ingeniero/a de Fiabilidad de Planta"
GS, GSR = "Gasteiz Stamping", "Ingeniero/a de Mantenimiento (automoción)"
VA, VAR = "Valmora Foods", "Maintenance Manager"
NO, NOR = "Norrvik Energy", "Reliability Engineer"
NOR2 = "Maintenance Planner"
LA, LAR = "Larrun Robotics", "Ingeniero/a de Mantenimiento de Robots"
ADN, ADNR = "Aceros del Nervión", "Ingeniero de Mantenimiento Mecánico"
PD, PDR = "Plásticos Deba", "Responsable de Mantenimiento"
SFI, SFIR = "Sistemas Ferroviarios Iruña", "Ingeniero/a de Mantenimiento de Material Rodante"
MZ, MZR = "Mecanizados Zadorra", "Técnico/a Superior de Mantenimiento"
TX, TXR = "Txindoki", "Técnico/a de Mantenimiento Preventivo"
BP, BPR = "Bizkai Packaging", "Ingeniero/a de Mantenimiento y Mejora Continua"
EO, EOR = "Eólica Cantábrica", "Ingeniero/a de Fiabilidad O&M"
LZ, LZR = "Logística Zierbena", "Técnico/a de Mantenimiento turno de noche"
FU, FUR = "Fundiciones Urola", "Ingeniero/a de Mantenimiento"
HI, HIR = "Hidrovía Ingeniería", "Ingeniero/a de Mantenimiento de Instalaciones"
TO, TOR = "Talleres Olabarri", "Responsable de Mantenimiento"
VO, VOR = "Voltaro", "Field Maintenance Lead"
BB, BBR = "Brightwater Biologics", "Maintenance & Utilities Engineer"
NCE, NCER = "Navarra Componentes Eléctricos", "Jefe/a de Mantenimiento"

IKER = "\n\nUn saludo,\nIker Zabala Etxeberria\n+34 688 41 27 90"

MAIL: list[dict[str, Any]] = [
    # --- 1 Kalpe Componentes S. Coop. (Grupo Ortzadar, SuccessFactors) -------------------------
    m(
        "70211",
        "2025-09-03 11:42",
        "Grupo Ortzadar - Empleo <noreply@successfactors.eu>",
        "Confirmación de candidatura - Req 4471",
        A("confirmation", KA, KAR, 1, "other"),
        "Estimado/a Iker:\n\nLe confirmamos que hemos recibido correctamente su candidatura para la posición Ingeniero/a de Mantenimiento Industrial (Req 4471), con destino en Vitoria-Gasteiz.\n\nLa Corporación Ortzadar gestiona de forma centralizada los procesos de selección de sus cooperativas. Una vez analizado su perfil, el equipo de Personas de la cooperativa se pondrá en contacto con usted en caso de que encaje con los requisitos.\n\nAtentamente,\nÁrea de Personas\nGrupo Ortzadar\n\nEste mensaje se ha generado automáticamente. Por favor, no responda a este correo.",
    ),
    m(
        "70288",
        "2025-09-15 09:05",
        "Kalpe Componentes S. Coop. <personas@kalpe.example>",
        "Proceso de selección - pruebas psicotécnicas",
        A("assessment", KA, KAR, 1, "direct"),
        "Egun on, Iker:\n\nEn relación con su candidatura a Ingeniero/a de Mantenimiento Industrial en Kalpe Componentes, S. Coop., nos complace comunicarle que ha superado la primera fase del proceso.\n\nLa siguiente fase consiste en una batería de pruebas psicotécnicas (razonamiento abstracto, numérico y un cuestionario de personalidad), de unos 75 minutos. Puede realizarla en línea hasta el viernes 19 de septiembre en el siguiente enlace:\nhttps://evaluacion.psicotec.example/s/KPC-4471-IZ\n\nLe recomendamos hacerla en un lugar tranquilo y sin interrupciones.\n\nEskerrik asko,\nAinhoa Lasa\nDepartamento de Personas\nKalpe Componentes, S. Coop. - Grupo Ortzadar\nPol. Ind. Jundiz, Vitoria-Gasteiz",
    ),
    m(
        "70342",
        "2025-09-29 13:20",
        "Ainhoa Lasa <alasa@kalpe.example>",
        "Entrevista - Ingeniero/a de Mantenimiento Industrial",
        A("interview", KA, KAR, 1, "direct"),
        "Buenas tardes, Iker:\n\nTras los resultados de las pruebas, nos gustaría conocerle en persona. Le proponemos una entrevista el jueves 2 de octubre a las 10:00 en nuestras instalaciones de Jundiz (Calle Lermandabide 14). Estarán el responsable de Mantenimiento, Jon Ruiz de Azua, y yo misma. Le adjunto convocatoria.\n\nPor favor, confírmenos su asistencia.\n\nUn saludo,\nAinhoa Lasa\nPersonas - Kalpe Componentes, S. Coop.",
        ics=inv(
            "2025-10-02 10:00",
            "KALPE-4471-IZ@kalpe.example",
            ("Ainhoa Lasa", "alasa@kalpe.example"),
            "Entrevista Iker Zabala - Ing. Mantenimiento",
            90,
            location="Kalpe - Lermandabide 14, Jundiz",
        ),
    ),
    m(
        "70415",
        "2025-10-14 16:48",
        "Ainhoa Lasa <alasa@kalpe.example>",
        "Información sobre su candidatura",
        A("rejection", KA, KAR, 1, "direct"),
        "Estimado Iker:\n\nEn primer lugar, queremos agradecerle el tiempo dedicado al proceso y la entrevista del pasado día 2. El equipo valoró muy positivamente su experiencia en GMAO y su conocimiento de prensas hidráulicas.\n\nNo obstante, tras finalizar todas las entrevistas, hemos decidido continuar con otra persona cuyo perfil se ajusta más a las necesidades actuales del puesto, especialmente en lo relativo a la experiencia en automatización Siemens.\n\nConservaremos su candidatura en la base de datos del Grupo Ortzadar para futuros procesos, si así lo desea.\n\nLe deseamos mucha suerte.\n\nAtentamente,\nAinhoa Lasa\nPersonas - Kalpe Componentes, S. Coop.",
    ),
    # --- 2 Ibarsider S.A. (InfoJobs) ----------------------------------------------------------
    m(
        "70230",
        "2025-09-08 08:14",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Jefe/a de Turno de Mantenimiento",
        A("confirmation", IB, IBR, 2, "other"),
        html="<html><body><table width='600'><tr><td><img src='https://static.infojobs.net/logo.png' alt='InfoJobs'></td></tr><tr><td><h2>¡Inscripción realizada!</h2><p>Hola Iker,</p><p>Te has inscrito correctamente en la oferta <b>Jefe/a de Turno de Mantenimiento</b> de <b>IBARSIDER S.A.</b> (Basauri, Bizkaia).</p><p>Podrás seguir el estado de tu candidatura en <a href='https://www.infojobs.net/candidate/applications'>Mis candidaturas</a>. Te avisaremos cuando la empresa lea tu CV.</p><p>Suerte,<br>El equipo de InfoJobs</p></td></tr></table></body></html>",
    ),
    m(
        "70251",
        "2025-09-10 12:31",
        "InfoJobs <noreply@infojobs.net>",
        "IBARSIDER S.A. ha leído tu CV",
        A("viewed", IB, IBR, 2, "other"),
        html="<html><body><p>Hola Iker,</p><p>Buenas noticias: la empresa <b>IBARSIDER S.A.</b> ha leído tu CV para la oferta <b>Jefe/a de Turno de Mantenimiento</b>.</p><p>Estado de tu candidatura: <span style='color:#167db7'><b>CV leído</b></span></p><p><a href='https://www.infojobs.net/candidate/applications'>Ver mis candidaturas</a></p><p style='font-size:11px;color:#999'>Recibes este email porque estás inscrito en ofertas de InfoJobs. Gestiona tus notificaciones desde tu perfil.</p></body></html>",
    ),
    m(
        "70266",
        "2025-09-12 17:02",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura ha cambiado de estado: En proceso",
        A("viewed", IB, IBR, 2, "other"),
        html="<html><body><p>Hola Iker,</p><p>Tu candidatura a <b>Jefe/a de Turno de Mantenimiento</b> (IBARSIDER S.A.) ha pasado a <b>En proceso</b>.</p><p>Esto significa que la empresa está valorando tu perfil junto con otros candidatos.</p><p><a href='https://www.infojobs.net/candidate/applications'>Ver detalle</a></p></body></html>",
    ),
    m(
        "70279",
        "2025-09-16 10:10",
        "Miren Goikoetxea <rrhh@ibarsider.example>",
        "Entrevista Jefe de Turno - Ibarsider",
        A("interview", IB, IBR, 2, "direct"),
        "Hola Iker, buenos días:\n\nTe escribo de Recursos Humanos de Ibarsider. Hemos visto tu candidatura en InfoJobs y nos gustaría hacerte una primera entrevista por Teams con el jefe de Mantenimiento de la acería. ¿Te viene bien el lunes 22 a las 12:30? Te mando la invitación.\n\nSaludos,\nMiren Goikoetxea\nRRHH | Ibarsider, S.A.\nBarrio San Miguel s/n, 48970 Basauri",
        ics=inv(
            "2025-09-22 12:30",
            "040000008200E00074C5B7101A82E008000000004F1C2D@ibarsider.example",
            ("Miren Goikoetxea", "rrhh@ibarsider.example"),
            "Entrevista Iker Zabala - Jefe de Turno Mantenimiento",
            45,
            description=TEAMS,
        ),
    ),
    m(
        "70318",
        "2025-09-26 09:44",
        "InfoJobs <noreply@infojobs.net>",
        "¡Estás entre los finalistas!",
        A("interview", IB, IBR, 2, "other"),
        html="<html><body><p>Hola Iker,</p><p>¡Enhorabuena! <b>IBARSIDER S.A.</b> ha marcado tu candidatura a <b>Jefe/a de Turno de Mantenimiento</b> como <b>Finalista</b>.</p><p>La empresa se pondrá en contacto contigo para los siguientes pasos.</p></body></html>",
    ),
    m(
        "70377",
        "2025-10-07 18:25",
        "InfoJobs <noreply@infojobs.net>",
        "Actualización de tu candidatura en IBARSIDER S.A.",
        A("rejection", IB, IBR, 2, "other"),
        html="<html><body><p>Hola Iker,</p><p>Tu candidatura a <b>Jefe/a de Turno de Mantenimiento</b> ha cambiado de estado: <b>Descartado</b>.</p><p>La empresa ha decidido continuar el proceso con otros candidatos. No te desanimes: tenemos miles de ofertas nuevas cada día.</p><p><a href='https://www.infojobs.net/ofertas-trabajo/bizkaia'>Ver ofertas en Bizkaia</a></p></body></html>",
    ),
    # --- 3 Gasteiz Stamping S.L. via Nexoempleo ETT --------------------------------------------
    m(
        "70302",
        "2025-09-23 11:15",
        "Leire Mendiola | Nexoempleo <leire.mendiola@nexoempleo.example>",
        "Oportunidad Ingeniero/a de Mantenimiento - Vitoria",
        ("outreach", None, GSR, None, "agency", "es"),
        "¡Hola Iker!\n\nSoy Leire, consultora de selección en Nexoempleo (delegación Álava). He visto tu perfil en LinkedIn y creo que te puede encajar una posición que estamos gestionando para una importante empresa del sector de la automoción en Vitoria: Ingeniero/a de Mantenimiento para línea de estampación en caliente, contrato indefinido, 42-48k según experiencia.\n\n¿Te apetece que hablemos 10 minutos por teléfono esta semana?\n\nUn abrazo,\nLeire Mendiola\nConsultora de Selección - Nexoempleo\nC/ Dato 22, Vitoria-Gasteiz",
    ),
    m(
        "70309",
        "2025-09-24 19:40",
        "Iker Zabala <iker.zabala.etxe@gmail.com>",
        "Re: Oportunidad Ingeniero/a de Mantenimiento - Vitoria",
        ("outreach", None, GSR, None, "agency", "es"),
        "Hola Leire,\n\nGracias por escribir. Sí, me interesa. Puedo hablar mañana a partir de las 16:00."
        + IKER
        + "\n\nEl mar, 23 sept 2025 a las 11:15, Leire Mendiola | Nexoempleo escribió:\n> ¡Hola Iker!\n> Soy Leire, consultora de selección en Nexoempleo (delegación Álava)...",
        to="Leire Mendiola | Nexoempleo <leire.mendiola@nexoempleo.example>",
        **{"In-Reply-To": "<70302.20250923.50@nexoempleo.example>"},
    ),
    m(
        "70327",
        "2025-09-26 13:05",
        "Leire Mendiola | Nexoempleo <leire.mendiola@nexoempleo.example>",
        "Tu candidatura para Gasteiz Stamping",
        A("confirmation", GS, GSR, 3, "agency"),
        "Hola Iker:\n\nGracias por la llamada de ayer. Como te comenté, el cliente es Gasteiz Stamping, S.L. (GSS), proveedor Tier 1 de piezas estampadas en caliente, planta de Júndiz. Ya he presentado tu candidatura a su equipo de RRHH.\n\nEn cuanto tenga feedback te digo algo.\n\nUn abrazo,\nLeire",
    ),
    m(
        "70361",
        "2025-10-03 10:22",
        "Leire Mendiola | Nexoempleo <leire.mendiola@nexoempleo.example>",
        "Entrevista con GSS - miércoles 8",
        A("interview", GS, GSR, 3, "agency"),
        "¡Buenas noticias, Iker!\n\nGSS quiere entrevistarte. Será por Teams el miércoles 8 de octubre a las 9:30, con Unai Pérez de Arrilucea (Plant Maintenance Manager) y Sonia Vidal (HR Business Partner). Te llegará la invitación desde su correo.\n\nConsejo: prepárate bien TPM y los indicadores MTBF/MTTR, Unai es muy de datos.\n\nLeire",
    ),
    m(
        "70363",
        "2025-10-03 10:41",
        "Sonia Vidal <svidal@gasteizstamping.example>",
        "Entrevista Ingeniero Mantenimiento - Iker Zabala",
        A("interview", GS, GSR, 3, "direct"),
        TEAMS,
        ics=inv(
            "2025-10-08 09:30",
            "040000008200E00074C5B7101A82E00800000000A71B@gasteizstamping.example",
            ("Sonia Vidal", "svidal@gasteizstamping.example"),
            "Entrevista Ingeniero Mantenimiento - Iker Zabala",
            60,
            description=TEAMS,
            attendees=[("Unai Pérez de Arrilucea", "uperez@gasteizstamping.example")],
        ),
    ),
    m(
        "70398",
        "2025-10-10 14:00",
        "Leire Mendiola | Nexoempleo <leire.mendiola@nexoempleo.example>",
        "Segunda entrevista GSS + visita a planta",
        A("interview", GS, GSR, 3, "agency"),
        "Hola Iker, ¡les has gustado mucho! Quieren hacerte una segunda entrevista presencial con visita a la planta el martes 14 a las 11:00 (Portal de Gamarra 40, Júndiz). Pregunta en recepción por Sonia. ¿Te confirmo?\n\nLeire",
    ),
    m(
        "70440",
        "2025-10-20 12:18",
        "Leire Mendiola | Nexoempleo <leire.mendiola@nexoempleo.example>",
        "Propuesta económica GSS",
        A("offer", GS, GSR, 3, "agency"),
        "Hola Iker:\n\nTe escribo con muy buenas noticias: GSS quiere hacerte una oferta. Resumen de la propuesta:\n- Contrato indefinido, Ingeniero de Mantenimiento, planta Júndiz\n- 44.500 EUR brutos anuales + 8 % variable\n- Turno central, con disponibilidad para guardias (retribuidas)\n- Incorporación: 1 de diciembre\n\nTe adjunto la carta de oferta. Tienen prisa, así que te pediría respuesta antes del viernes.\n\nUn abrazo,\nLeire",
        attach=[
            (
                "Carta_oferta_GSS_IZabala.pdf",
                "application/pdf",
                "%PDF-1.4 carta de oferta Gasteiz Stamping S.L.",
            )
        ],
    ),
    m(
        "70452",
        "2025-10-23 20:11",
        "Iker Zabala <iker.zabala.etxe@gmail.com>",
        "Re: Propuesta económica GSS",
        A("offer", GS, GSR, 3, "direct", "es"),
        "Hola Leire,\n\nMuchas gracias por todo y por la rapidez. Lo he pensado mucho y al final voy a declinar la oferta: la disponibilidad de guardias con desplazamiento diario Bilbao-Vitoria no me encaja ahora mismo. Transmite por favor mi agradecimiento a Unai y a Sonia."
        + IKER,
        to="Leire Mendiola | Nexoempleo <leire.mendiola@nexoempleo.example>",
        st="declined",
        **{"In-Reply-To": "<70440.20251020.23@nexoempleo.example>"},
    ),
    m(
        "70456",
        "2025-10-24 09:03",
        "Leire Mendiola | Nexoempleo <leire.mendiola@nexoempleo.example>",
        "RE: Propuesta económica GSS",
        A("offer", GS, GSR, 3, "agency"),
        "Hola Iker, entendido, una pena pero lo comprendo perfectamente. Se lo he trasladado a GSS. Te tengo en cuenta para otras posiciones más cerca de Bilbao.\n\nUn abrazo,\nLeire\n\n-----Mensaje original-----\nDe: Iker Zabala\nEnviado el: jueves, 23 de octubre de 2025 20:11\nAsunto: Re: Propuesta económica GSS\n\nvoy a declinar la oferta...",
        st="declined",
    ),
    # --- 4 Valmora Foods via Harlow Stanton (Madrid) --------------------------------------------
    m(
        "70480",
        "2025-10-29 10:30",
        "Daniel Ortega <daniel.ortega@harlowstanton.example>",
        "Maintenance Manager - multinacional alimentación (Madrid)",
        ("outreach", None, VAR, None, "agency", "es"),
        "Buenos días Iker,\n\nLe escribo desde Harlow Stanton, división Engineering & Manufacturing. Estamos trabajando en exclusiva con una multinacional del sector de alimentación y bebidas para cubrir la posición de Maintenance Manager en su planta del Corredor del Henares (Madrid). Equipo de 18 personas, reporte a Dirección de Planta, inglés necesario.\n\n¿Estaría abierto a una conversación confidencial?\n\nSaludos cordiales,\nDaniel Ortega\nSenior Consultant | Harlow Stanton Spain\nPaseo de la Castellana 95, Madrid",
    ),
    m(
        "70497",
        "2025-11-04 15:52",
        "Daniel Ortega <daniel.ortega@harlowstanton.example>",
        "Candidatura presentada - Valmora Foods Iberia",
        A("confirmation", VA, VAR, 4, "agency"),
        "Iker,\n\nGracias por la conversación. Tal y como acordamos, he presentado su candidatura a nuestro cliente, Valmora Foods Iberia, S.L.U. (marca Valmora). El siguiente paso sería una entrevista con el Plant Director, en inglés.\n\nLe mantendré informado.\n\nDaniel Ortega\nHarlow Stanton",
    ),
    m(
        "70512",
        "2025-11-10 09:15",
        "Valmora Talent Acquisition <ta.iberia@valmorafoods.example>",
        "Interview invitation: Maintenance Manager - Azuqueca plant",
        A("interview", VA, VAR, 4, "direct", "en"),
        "Dear Iker,\n\nFollowing your introduction by Harlow Stanton, we would like to invite you to an interview with Mark Ellison, Plant Director, and Rocío Bernal, HR Manager. The interview will take place on Microsoft Teams on Thursday 13 November at 16:00 CET and will be held in English.\n\nPlease accept the attached invitation.\n\nKind regards,\nTalent Acquisition Iberia\nValmora Foods",
        ics=inv(
            "2025-11-13 16:00",
            "040000008200E00074C5B7101A82E00800000000C3D9@valmorafoods.example",
            ("Valmora Talent Acquisition", "ta.iberia@valmorafoods.example"),
            "Interview - Maintenance Manager - Iker Zabala",
            60,
            description="Microsoft Teams meeting\nJoin on your computer or mobile app\nMeeting ID: 318 044 751 902",
        ),
    ),
    m(
        "70541",
        "2025-11-21 11:47",
        "Daniel Ortega <daniel.ortega@harlowstanton.example>",
        "Feedback Valmora",
        A("rejection", VA, VAR, 4, "agency"),
        "Hola Iker,\n\nTe llamé antes pero no te pillé. Valmora me ha dado feedback: les gustó mucho tu enfoque técnico y tu experiencia en fiabilidad, pero finalmente van a avanzar con un candidato con más años gestionando equipos grandes en alimentación. Lo siento, estuviste muy cerca.\n\nSeguimos en contacto,\nDaniel",
    ),
    # --- 5 & 14 Norrvik Energy (Workday) ----------------------------------------------------------
    m(
        "70530",
        "2025-11-18 22:04",
        "Norrvik Careers <norrvik@myworkday.com>",
        "Thank you for applying - Reliability Engineer (R-20931)",
        A("confirmation", NO, NOR, 5, "workday", "en"),
        "Dear Iker,\n\nThank you for your interest in Norrvik Energy. We have received your application for Reliability Engineer (R-20931), Bilbao, Spain.\n\nOur recruiting team will review your profile. If your qualifications match our requirements, we will contact you regarding next steps. You can check the status of your application at any time in our candidate home.\n\nBest regards,\nNorrvik Talent Acquisition\n\nNorrvik Energy Iberia, S.A.U. is part of Norrvik Group ASA.",
    ),
    m(
        "70531",
        "2025-11-18 22:19",
        "Norrvik Careers <norrvik@myworkday.com>",
        "Thank you for applying - Maintenance Planner (R-20977)",
        A("confirmation", NO, NOR2, 6, "workday", "en"),
        "Dear Iker,\n\nThank you for your interest in Norrvik Energy. We have received your application for Maintenance Planner (R-20977), Santurtzi, Spain.\n\nOur recruiting team will review your profile. If your qualifications match our requirements, we will contact you regarding next steps.\n\nBest regards,\nNorrvik Talent Acquisition",
    ),
    m(
        "70566",
        "2025-11-27 08:50",
        "Patricia Aldekoa <patricia.aldekoa@norrvik.example>",
        "Reliability Engineer - next steps / siguientes pasos",
        A("interview", NO, NOR, 5, "direct"),
        "Hola Iker,\n\nSoy Patricia, Talent Partner en Norrvik Energy Iberia. Gracias por tu candidatura a Reliability Engineer. Me gustaría tener una primera conversación contigo (30 min, en castellano, con una parte en inglés). Te envío invitación de Teams para el martes 2 de diciembre a las 10:00.\n\nSaludos,\nPatricia Aldekoa\nTalent Partner Iberia | Norrvik Energy\nTorre Ribera, Bilbao",
        ics=inv(
            "2025-12-02 10:00",
            "040000008200E00074C5B7101A82E00800000000D1E7@norrvik.example",
            ("Patricia Aldekoa", "patricia.aldekoa@norrvik.example"),
            "Norrvik | Iker Zabala - Reliability Engineer screening",
            30,
            description="Microsoft Teams meeting\nJoin on your computer or mobile app\nMeeting ID: 392 110 874 501",
        ),
    ),
    m(
        "70574",
        "2025-12-01 17:30",
        "Norrvik Careers <norrvik@myworkday.com>",
        "Update on your application - Maintenance Planner",
        A("rejection", NO, NOR2, 6, "workday", "en"),
        "Dear Iker,\n\nThank you for taking the time to apply for the Maintenance Planner position at Norrvik Energy. We appreciate your interest and the effort you put into your application.\n\nAfter careful consideration, we have decided to move forward with other candidates whose experience more closely matches the needs of this role. We encourage you to continue exploring opportunities with us.\n\nKind regards,\nNorrvik Talent Acquisition",
    ),
    m(
        "70590",
        "2025-12-04 12:12",
        "Norrvik Careers <norrvik@myworkday.com>",
        "Action required: technical assessment - Reliability Engineer",
        A("assessment", NO, NOR, 5, "workday", "en"),
        "Dear Iker,\n\nAs the next step in the selection process for Reliability Engineer (R-20931), we invite you to complete a technical case study. You will receive a dataset of failure records from a wind turbine gearbox fleet and will be asked to propose a maintenance strategy (RCM / Weibull analysis). Please upload your answer (max. 6 slides) through your candidate home within 5 days.\n\nBest regards,\nNorrvik Talent Acquisition",
    ),
    m(
        "70620",
        "2025-12-12 09:33",
        "Patricia Aldekoa <patricia.aldekoa@norrvik.example>",
        "Panel interview - Reliability Engineer",
        A("interview", NO, NOR, 5, "direct", "en"),
        "Hi Iker,\n\nGreat job on the case study! The hiring team would like to invite you to a panel interview with Henrik Solberg (Head of Asset Management, Oslo) and Andoni Uriarte (O&M Manager Iberia). It will be held in English, on Teams, on Wednesday 17 December at 15:00 CET, 75 minutes. You will present your case and then discuss it.\n\nBest,\nPatricia",
        ics=inv(
            "2025-12-17 15:00",
            "040000008200E00074C5B7101A82E00800000000E4F0@norrvik.example",
            ("Patricia Aldekoa", "patricia.aldekoa@norrvik.example"),
            "Panel interview - Reliability Engineer - Iker Zabala",
            75,
            description="Microsoft Teams meeting\nMeeting ID: 392 110 874 777",
            attendees=[
                ("Henrik Solberg", "henrik.solberg@norrvik.example"),
                ("Andoni Uriarte", "andoni.uriarte@norrvik.example"),
            ],
        ),
    ),
    m(
        "70688",
        "2026-01-09 13:41",
        "Patricia Aldekoa <patricia.aldekoa@norrvik.example>",
        "Carta de oferta - Reliability Engineer",
        A("offer", NO, NOR, 5, "direct"),
        "Hola Iker,\n\nComo hablamos por teléfono, tengo el placer de enviarte la carta de oferta de Norrvik Energy Iberia, S.A.U. para el puesto de Reliability Engineer en Bilbao:\n\n- Salario fijo: 52.000 EUR brutos anuales\n- Bonus anual objetivo: 10 %\n- Plan de pensiones, seguro médico y 2 días de teletrabajo\n- Fecha de incorporación propuesta: 2 de febrero de 2026\n\nTe llegará también por Workday para que la aceptes electrónicamente. Cualquier duda, llámame.\n\nZorionak!\nPatricia",
        attach=[
            (
                "Norrvik_Offer_Letter_IZabala.pdf",
                "application/pdf",
                "%PDF-1.4 offer letter Norrvik Energy Iberia",
            )
        ],
    ),
    m(
        "70699",
        "2026-01-12 10:05",
        "Norrvik Careers <norrvik@myworkday.com>",
        "Your offer has been accepted",
        A("offer", NO, NOR, 5, "workday", "en"),
        "Dear Iker,\n\nThank you for accepting our offer for the position of Reliability Engineer. Welcome to Norrvik Energy!\n\nYou will soon receive information about your onboarding and first day.\n\nBest regards,\nNorrvik Talent Acquisition",
        st="accepted",
    ),
    m(
        "70733",
        "2026-01-26 08:30",
        "Norrvik People Services <onboarding@norrvik.example>",
        "Ongi etorri! Tu primer día en Norrvik",
        ("other_job", NO, NOR, None, "direct", "es"),
        "Kaixo Iker,\n\nQueda una semana para tu incorporación. El lunes 2 de febrero te esperamos a las 8:45 en la recepción de Torre Ribera (planta 11). Trae tu DNI y el número de cuenta para nómina. Tu buddy será Aitor Bengoetxea.\n\nOngi etorri!\nPeople Services Iberia",
    ),
    # --- 6 Larrun Robotics S.L. (Teamtailor, Pamplona) ------------------------------------------
    m(
        "70245",
        "2025-09-09 21:10",
        "Larrun Robotics <no-reply@teamtailor-mail.com>",
        "¡Gracias por tu candidatura, Iker!",
        A("confirmation", LA, LAR, 7, "teamtailor"),
        html="<html><body><div style='max-width:560px'><h1 style='font-family:sans-serif'>¡Hola Iker!</h1><p>Gracias por querer unirte a <b>Larrun</b>. Hemos recibido tu candidatura para <b>Ingeniero/a de Mantenimiento de Robots</b> en Pamplona.</p><p>Somos un equipo pequeño, así que leemos todas las candidaturas nosotros mismos. Si no te contestamos en dos semanas, no te lo tomes a mal: ¡estamos a tope!</p><p>Un abrazo,<br>El equipo de Larrun 🤖</p><p style='font-size:11px'>Larrun Robotics S.L. · Calle Monasterio de Irache 2, Pamplona · <a href='https://larrun.teamtailor.com/connect'>Únete a nuestra comunidad</a></p></div></body></html>",
    ),
    m(
        "70268",
        "2025-09-13 10:26",
        "Xabi Larrea <xabilarrea.robots@gmail.com>",
        "Hola desde Larrun",
        A("interview", LA, LAR, 7, "direct"),
        "Hola Iker!\n\nSoy Xabi, uno de los fundadores de Larrun (te escribo desde mi gmail que el de la empresa me da guerra). Me ha gustado mucho tu CV, sobre todo lo de los ABB en la línea de soldadura. ¿Te apetece una videollamada el jueves 18 a las 18:00? Nada formal, un café virtual y te cuento lo que hacemos.\n\nhttps://meet.google.com/xkq-tfzb-wmr\n\nXabi\n--\nXabi Larrea · CTO & cofundador · Larrun",
    ),
    m(
        "70296",
        "2025-09-19 09:12",
        "Iker Zabala <iker.zabala.etxe@gmail.com>",
        "Re: Hola desde Larrun",
        A("interview", LA, LAR, 7, "direct"),
        "Egun on Xabi,\n\nGracias por la charla de ayer, me encantó el proyecto. Quedo atento a los siguientes pasos."
        + IKER,
        to="Xabi Larrea <xabilarrea.robots@gmail.com>",
        **{"In-Reply-To": "<70268.20250913.17@gmail.com>"},
    ),
    # --- 7 Aceros del Nervión (LinkedIn) --------------------------------------------------------
    m(
        "70258",
        "2025-09-11 07:48",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Iker, se ha enviado tu solicitud a Aceros del Nervión",
        A("confirmation", ADN, ADNR, 8, "linkedin"),
        html="<html><body><table><tr><td><p>Se ha enviado tu solicitud a Aceros del Nervión</p><p><b>Ingeniero de Mantenimiento Mecánico</b><br>Aceros del Nervión · Sestao, País Vasco, España</p><p>Solicitado el 11 sept 2025</p><p><a href='https://www.linkedin.com/jobs/view/4102295531'>Ver empleo</a></p><p style='color:#666;font-size:12px'>Este email está dirigido a Iker Zabala Etxeberria (Ingeniero de Mantenimiento Industrial). LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085</p></td></tr></table></body></html>",
    ),
    m(
        "70284",
        "2025-09-17 14:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud se ha visto",
        A("viewed", ADN, ADNR, 8, "linkedin"),
        html="<html><body><p>Hola Iker:</p><p><b>ADN - Aceros del Nervión, S.A.</b> ha visto tu solicitud para <b>Ingeniero de Mantenimiento Mecánico</b>.</p><p><a href='https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED'>Ver solicitud</a></p></body></html>",
    ),
    # --- 8 Plásticos Deba S.L. (Indeed) ----------------------------------------------------------
    m(
        "70273",
        "2025-09-15 19:55",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Responsable de Mantenimiento",
        A("confirmation", PD, PDR, 9, "indeed"),
        html="<html><body><p><b>Solicitud enviada</b></p><p>Responsable de Mantenimiento<br>Plásticos Deba S.L. - Eibar, Gipuzkoa</p><p>Los siguientes elementos se han enviado a Plásticos Deba S.L.: CV, información de contacto, respuestas a preguntas del empleador.</p><p>Buena suerte,<br>El equipo de Indeed</p></body></html>",
    ),
    m(
        "70334",
        "2025-09-30 12:40",
        "Plásticos Deba S.L. <noreply@indeed.com>",
        "Tu candidatura",
        A("rejection", PD, PDR, 9, "indeed"),
        "Hola Iker:\n\nMuchas gracias por tu interés en Plásticos Deba y por el tiempo que has dedicado a la candidatura. Tu experiencia en mantenimiento de inyectoras nos ha parecido muy interesante.\n\nSin embargo, en esta ocasión hemos seleccionado otros perfiles que se ajustan más a lo que buscamos, ya que necesitamos una persona residente en la comarca del Bajo Deba.\n\nTe deseamos mucha suerte en tu búsqueda.\n\nUn saludo,\nEquipo de RRHH - Plásticos Deba\n\nEnviado a través de Indeed.",
    ),
    # --- 9 Sistemas Ferroviarios Iruña S.A. (Tecnoempleo) -----------------------------------------
    m(
        "70372",
        "2025-10-06 09:00",
        "Tecnoempleo <info@tecnoempleo.com>",
        "Inscripción confirmada en la oferta: Ingeniero/a de Mantenimiento de Material Rodante",
        A("confirmation", SFI, SFIR, 10, "other"),
        'Hola Iker,\n\nTu inscripción en la oferta "Ingeniero/a de Mantenimiento de Material Rodante" publicada por SFI - Sistemas Ferroviarios Iruña (Pamplona/Iruña) se ha realizado correctamente.\n\nPuedes consultar tus procesos en Área Candidato > Mis inscripciones.\n\nTecnoempleo.com - Portal de empleo tecnológico',
    ),
    m(
        "70409",
        "2025-10-13 11:30",
        "Selección SFI <seleccion@sfi-rail.example>",
        "Prueba técnica - proceso Ingeniero Mantenimiento Material Rodante",
        A("assessment", SFI, SFIR, 10, "direct"),
        "Estimado Sr. Zabala:\n\nGracias por su interés en Sistemas Ferroviarios Iruña, S.A. Como parte del proceso de selección, le enviamos una prueba técnica que deberá devolvernos resuelta en un plazo máximo de 72 horas. Consta de tres ejercicios: análisis de un plan de mantenimiento de bogies, cálculo de disponibilidad de flota y un caso de gestión de repuestos.\n\nAdjuntamos el enunciado.\n\nAtentamente,\nDepartamento de Selección\nSFI - Sistemas Ferroviarios Iruña, S.A.",
        attach=[
            (
                "Prueba_tecnica_SFI_MR.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "prueba tecnica bogies disponibilidad repuestos",
            )
        ],
    ),
    m(
        "70470",
        "2025-10-28 10:14",
        "Selección SFI <seleccion@sfi-rail.example>",
        "Proceso de selección",
        A("rejection", SFI, SFIR, 10, "direct"),
        "Estimado Sr. Zabala:\n\nLe agradecemos sinceramente la dedicación mostrada en la prueba técnica, que el equipo evaluador ha considerado muy completa.\n\nLamentamos comunicarle que en esta ocasión su candidatura no ha sido seleccionada para continuar en el proceso, al haberse priorizado perfiles con experiencia específica en material rodante.\n\nLe deseamos éxito en su carrera profesional.\n\nAtentamente,\nDepartamento de Selección - SFI",
    ),
    # --- 10 Mecanizados Zadorra S.L. (Lanbide) ---------------------------------------------------
    m(
        "70427",
        "2025-10-16 08:05",
        "Lanbide - Servicio Vasco de Empleo <ofertas@lanbide.eus>",
        "Lanbide: Nueva oferta de empleo adecuada a su perfil / Zure profilerako lan eskaintza berria",
        ("alert", None, MZR, None, "other", "es"),
        "Kaixo / Hola:\n\nLanbide le informa de una oferta de empleo que se ajusta a su perfil de demanda:\n\nOferta 01-2025-018832 · Técnico/a Superior de Mantenimiento · Vitoria-Gasteiz (Álava) · Sector metal\n\nSi está interesado/a, puede inscribirse desde Mi Lanbide en el plazo de 5 días.\n\nEskerrik asko / Gracias\nLanbide - Euskal Enplegu Zerbitzua",
    ),
    m(
        "70431",
        "2025-10-16 20:37",
        "Lanbide - Servicio Vasco de Empleo <ofertas@lanbide.eus>",
        "Confirmación de inscripción en oferta 01-2025-018832",
        A("confirmation", MZ, MZR, 11, "other"),
        "Hola:\n\nSu inscripción en la oferta 01-2025-018832 (Técnico/a Superior de Mantenimiento) ha quedado registrada. La empresa ofertante, Mecanizados Zadorra S.L., recibirá su candidatura junto con las de otras personas preseleccionadas por Lanbide.\n\nEsta inscripción no supone compromiso de contratación.\n\nLanbide - Servicio Vasco de Empleo",
    ),
    m(
        "70463",
        "2025-10-27 12:55",
        "Koldo Zubiaur <koldo@mecanizadoszadorra.example>",
        "entrevista",
        A("interview", MZ, MZR, 11, "direct"),
        "Buenos dias Iker\n\nNos ha llegado tu CV por Lanbide para el puesto de mantenimiento. Si te parece te esperamos el jueves 30 a las 16h en el taller (Pol. Ali-Gobeo, c/ Zorrolleta 9) y hablamos.\n\nKoldo Zubiaur\nGerente\nMecanizados Zadorra S.L.\nTel 945 00 31 77",
    ),
    m(
        "70502",
        "2025-11-06 18:22",
        "Iker Zabala <iker.zabala.etxe@gmail.com>",
        "Re: entrevista",
        A("confirmation", MZ, MZR, 11, "direct"),
        "Hola Koldo,\n\nGracias de nuevo por recibirme el otro día y por enseñarme el taller. Te escribo para decirte que retiro mi candidatura: estoy avanzado en otro proceso más cerca de casa y no sería justo haceros esperar. Os deseo lo mejor."
        + IKER,
        to="Koldo Zubiaur <koldo@mecanizadoszadorra.example>",
        st="withdrawn",
    ),
    m(
        "70505",
        "2025-11-07 08:40",
        "Koldo Zubiaur <koldo@mecanizadoszadorra.example>",
        "RE: entrevista",
        A("confirmation", MZ, MZR, 11, "direct"),
        "Vale Iker, gracias por avisar, es de agradecer. Suerte con lo otro.\n\nKoldo",
        st="withdrawn",
    ),
    # --- 11 Txindoki (Cornerstone) -----------------------------------------------------------------
    m(
        "70389",
        "2025-10-09 16:17",
        "Txindoki Talento <txindoki@csod.com>",
        "Hemos recibido su solicitud",
        A("confirmation", TX, TXR, 12, "other"),
        "Estimado/a Iker Zabala Etxeberria:\n\nGracias por presentar su solicitud para el puesto Técnico/a de Mantenimiento Preventivo (Planta de Ordizia). Su solicitud ha sido recibida correctamente.\n\nDebido al elevado número de solicitudes, solo nos pondremos en contacto con las personas preseleccionadas. Si no es seleccionado/a, conservaremos sus datos durante 12 meses conforme a nuestra política de privacidad.\n\nAtentamente,\nDirección de Personas\nTxindoki Corporación Alimentaria, S.A.",
    ),
    m(
        "70486",
        "2025-10-31 13:00",
        "Txindoki Talento <txindoki@csod.com>",
        "Su solicitud en Txindoki",
        A("rejection", TX, TXR, 12, "other"),
        "Estimado/a Iker:\n\nLe agradecemos su interés por formar parte de Txindoki. Hemos revisado con atención su candidatura y valoramos su trayectoria.\n\nLamentablemente, en esta ocasión no continuaremos con su solicitud para el puesto Técnico/a de Mantenimiento Preventivo.\n\nLe animamos a seguir consultando nuestras vacantes.\n\nAtentamente,\nDirección de Personas\nTxindoki Corporación Alimentaria, S.A.",
    ),
    # --- 12 Bizkai Packaging S.L. (Factorial) ------------------------------------------------------
    m(
        "70395",
        "2025-10-10 11:11",
        "Bizkai Packaging <no-reply@factorialhr.com>",
        "Bizkai Packaging: hemos recibido tu candidatura",
        A("confirmation", BP, BPR, 13, "other"),
        "¡Hola Iker!\n\nGracias por aplicar a Ingeniero/a de Mantenimiento y Mejora Continua en Bizkai Packaging. Revisaremos tu candidatura en los próximos días.\n\nSi no sigues adelante en el proceso, te lo diremos igualmente, prometido.\n\nEl equipo de Bizkai Packaging\n\nPowered by Factorial",
    ),
    m(
        "70423",
        "2025-10-15 17:45",
        "Nerea Arana <nerea@bizkaipackaging.example>",
        "Charla sobre el puesto de Mantenimiento",
        A("interview", BP, BPR, 13, "direct"),
        "Hola Iker,\n\n¿Qué tal? Soy Nerea, people & ops en Bizkai Packaging. Nos ha encajado tu perfil y queremos conocerte. ¿Te va bien el martes 21 a las 11:00 en la planta de Zamudio? Serán 45 min con Gorka (director de operaciones) y conmigo.\n\n¡Un saludo!\nNerea",
        ics=inv(
            "2025-10-21 11:00",
            "a8f3c1e2b9@google.com",
            ("Nerea Arana", "nerea@bizkaipackaging.example"),
            "Entrevista Iker Zabala - Mantenimiento",
            45,
            style="google",
            location="Bizkai Packaging, Parque Tecnológico, Zamudio",
        ),
    ),
    m(
        "70460",
        "2025-10-27 10:02",
        "Bizkai Packaging <no-reply@factorialhr.com>",
        "Actualización sobre tu proceso con Bizkai Packaging",
        A("rejection", BP, BPR, 13, "other"),
        "Hola Iker,\n\nGracias de verdad por venir a conocernos. A Gorka y a mí nos gustó mucho la conversación y tu forma de plantear la mejora continua.\n\nAl final hemos decidido seguir con otra persona que ya conocía nuestras líneas de corrugado. Ha sido una decisión difícil.\n\nNos encantaría seguir en contacto para futuras posiciones.\n\nUn abrazo,\nNerea - Bizkai Packaging",
    ),
    # --- 13 Eólica Cantábrica S.A. (SuccessFactors) -----------------------------------------------
    m(
        "70445",
        "2025-10-21 09:37",
        "EOCAN Empleo <noreply@successfactors.eu>",
        "Candidatura recibida: Ingeniero/a de Fiabilidad O&M (Madrid)",
        A("confirmation", EO, EOR, 14, "other"),
        "Estimado/a Iker:\n\nGracias por su interés en Eólica Cantábrica, S.A. (EOCAN). Su candidatura a Ingeniero/a de Fiabilidad O&M (Madrid) ha sido registrada con el número 88213.\n\nLamentablemente no podemos responder individualmente a todas las candidaturas; si su perfil resulta preseleccionado, nos pondremos en contacto con usted.\n\nUn cordial saludo,\nTalento EOCAN",
    ),
    m(
        "70612",
        "2025-12-10 12:20",
        "EOCAN Empleo <noreply@successfactors.eu>",
        "Información sobre su candidatura 88213",
        A("confirmation", EO, EOR, 14, "other"),
        "Estimado/a Iker:\n\nLe informamos de que el proceso de selección para la posición Ingeniero/a de Fiabilidad O&M ha quedado temporalmente en suspenso por una reorganización interna del área de Operaciones. Su candidatura sigue activa y le informaremos en cuanto se reanude.\n\nDisculpe las molestias.\n\nTalento EOCAN",
        st="on_hold",
    ),
    # --- 15 Logística Zierbena via Flexia ETT -------------------------------------------------------
    m(
        "70352",
        "2025-10-01 12:45",
        "Flexia ETT Bilbao <bilbao@flexia-ett.example>",
        "Tu inscripción en Flexia: Técnico/a de Mantenimiento turno de noche",
        A("confirmation", LZ, LZR, 15, "agency"),
        "¡Hola Iker!\n\nGracias por inscribirte en la oferta Técnico/a de Mantenimiento turno de noche para nuestro cliente Logística Zierbena (centro logístico del Puerto de Bilbao). Contrato de puesta a disposición de 6 meses con posibilidad de incorporación a plantilla.\n\nSi tu perfil encaja te llamaremos desde la oficina de Gran Vía.\n\n¡Suerte!\nEquipo Flexia Bilbao",
    ),
    m(
        "70380",
        "2025-10-08 13:10",
        "Flexia ETT Bilbao <bilbao@flexia-ett.example>",
        "Sobre la oferta de mantenimiento en Zierbena",
        A("rejection", LZ, LZR, 15, "agency"),
        "Hola Iker, te escribo de Flexia. El cliente ha cubierto ya la vacante de noche con una persona de su bolsa interna, así que cerramos el proceso. Tu perfil es muy bueno (¡quizá demasiado para este puesto!) y te tenemos en cuenta para otras cosas.\n\nUn saludo,\nAmaia - Flexia Bilbao",
    ),
    # --- 16 Fundiciones Urola (InfoJobs) ------------------------------------------------------------
    m(
        "70401",
        "2025-10-11 10:18",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Ingeniero/a de Mantenimiento",
        A("confirmation", FU, FUR, 16, "other"),
        html="<html><body><h2>¡Inscripción realizada!</h2><p>Hola Iker,</p><p>Te has inscrito en la oferta <b>Ingeniero/a de Mantenimiento</b> de <b>Fundiciones Urola, S.A.</b> (Azkoitia, Gipuzkoa).</p><p><a href='https://www.infojobs.net/candidate/applications'>Mis candidaturas</a></p></body></html>",
    ),
    m(
        "70434",
        "2025-10-17 08:56",
        "InfoJobs <noreply@infojobs.net>",
        "Fundiciones Urola, S.A. ha leído tu CV",
        A("viewed", FU, FUR, 16, "other"),
        html="<html><body><p>Hola Iker,</p><p>La empresa <b>Fundiciones Urola, S.A.</b> ha leído tu CV para la oferta <b>Ingeniero/a de Mantenimiento</b>.</p><p>Estado: <b>CV leído</b></p></body></html>",
    ),
    m(
        "70520",
        "2025-11-14 09:29",
        "InfoJobs <noreply@infojobs.net>",
        "Novedades en tu candidatura",
        A("rejection", FU, FUR, 16, "other"),
        html="<html><body><p>Hola Iker,</p><p>Fundiciones Urola, S.A. ha actualizado tu candidatura a <b>Ingeniero/a de Mantenimiento</b>: <b>Descartado</b>.</p><p>Sigue buscando: <a href='https://www.infojobs.net'>nuevas ofertas para ti</a>.</p></body></html>",
    ),
    # --- 17 Hidrovía Ingeniería (LinkedIn, Madrid) ---------------------------------------------------
    m(
        "70507",
        "2025-11-08 12:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Iker, se ha enviado tu solicitud a Hidrovía Ingeniería",
        A("confirmation", HI, HIR, 17, "linkedin"),
        html="<html><body><p>Se ha enviado tu solicitud a Hidrovía Ingeniería</p><p><b>Ingeniero/a de Mantenimiento de Instalaciones</b><br>Hidrovía Ingeniería · Madrid, Comunidad de Madrid, España (Híbrido)</p><p><a href='https://www.linkedin.com/jobs/view/4187730012'>Ver empleo</a></p></body></html>",
    ),
    m(
        "70555",
        "2025-11-25 16:34",
        "Hidrovía Ingeniería y Servicios S.L. <talento@hidrovia.example>",
        "Candidatura Ingeniero/a de Mantenimiento de Instalaciones",
        A("rejection", HI, HIR, 17, "direct"),
        "Hola Iker:\n\nGracias por postularte a nuestra vacante a través de LinkedIn. Hemos recibido un número muy elevado de candidaturas con perfiles muy valiosos, entre ellos el tuyo.\n\nPor desgracia, en esta ocasión no vamos a poder avanzar con tu candidatura, ya que buscamos a alguien con residencia en Madrid y disponibilidad inmediata.\n\nGracias y mucha suerte,\nTalento | Hidrovía Ingeniería y Servicios S.L.",
    ),
    # --- 18 Talleres Olabarri (direct email) -----------------------------------------------------------
    m(
        "70516",
        "2025-11-12 22:47",
        "Iker Zabala <iker.zabala.etxe@gmail.com>",
        "Candidatura Responsable de Mantenimiento",
        A("confirmation", TO, TOR, 18, "direct"),
        "Buenas noches:\n\nHe visto en el Deia que buscan un Responsable de Mantenimiento para su planta de Amorebieta. Les adjunto mi CV. Soy ingeniero industrial con 9 años de experiencia en mantenimiento de líneas de mecanizado y prensas."
        + IKER,
        to="Talleres Olabarri <administracion@olabarri.example>",
        attach=[("CV_Iker_Zabala.pdf", "application/pdf", "%PDF-1.4 CV Iker Zabala Etxeberria")],
    ),
    m(
        "70527",
        "2025-11-17 19:05",
        "Josu Olabarri <josu.olabarri55@hotmail.com>",
        "RE: Candidatura Responsable de Mantenimiento",
        A("interview", TO, TOR, 18, "direct"),
        "Iker buenas,\n\nsoy Josu Olabarri, de Talleres Olabarri. Me han pasado tu correo de administración. Si te parece pásate el viernes a las 9 por la fábrica y lo hablamos tranquilamente. Pregunta por mí.\n\nJosu\n\nEnviado desde Outlook para Android",
    ),
    m(
        "70560",
        "2025-11-26 13:13",
        "Josu Olabarri <josu.olabarri55@hotmail.com>",
        "RE: RE: Candidatura Responsable de Mantenimiento",
        A("rejection", TO, TOR, 18, "direct"),
        "Iker, perdona que no te haya dicho nada antes. Al final hemos cogido a un chaval que ya estaba de oficial con nosotros y lo vamos a formar. Me caíste muy bien y tu experiencia es muy buena, si sale algo te llamo.\n\nUn saludo\nJosu",
    ),
    # --- 19 Voltaro (Teamtailor, Madrid startup) ---------------------------------------------------------
    m(
        "70580",
        "2025-12-02 20:15",
        "Voltaro <no-reply@teamtailor-mail.com>",
        "Hemos recibido tu candidatura 🚀",
        A("confirmation", VO, VOR, 19, "teamtailor"),
        html="<html><body><p>Hey Iker 👋</p><p>Gracias por aplicar a <b>Field Maintenance Lead</b> en Voltaro. Nuestro equipo de Talent revisará tu perfil esta semana.</p><p>Mientras tanto, echa un vistazo a <a href='https://careers.voltaro.example/life'>cómo trabajamos</a>.</p><p>Team Voltaro ⚡<br><small>Voltaro Mobility Technologies, S.L. · Madrid</small></p></body></html>",
    ),
    m(
        "70606",
        "2025-12-09 11:25",
        "Lucía Benítez <lucia@voltaro.example>",
        "Voltaro | Caso práctico Field Maintenance Lead",
        A("assessment", VO, VOR, 19, "direct"),
        "¡Hola Iker!\n\nGracias por la llamada del viernes. Como siguiente paso te enviamos un pequeño caso práctico: diseñar el plan de mantenimiento preventivo y correctivo para una flota de 400 cargadores rápidos en Madrid y Bilbao. No más de 2-3 horas, nos lo mandas cuando puedas antes del 19/12.\n\n¡Ánimo!\nLucía - Talent @ Voltaro",
    ),
    m(
        "70701",
        "2026-01-12 18:30",
        "Iker Zabala <iker.zabala.etxe@gmail.com>",
        "Re: Voltaro | Caso práctico Field Maintenance Lead",
        A("confirmation", VO, VOR, 19, "direct"),
        "Hola Lucía,\n\nFeliz año. Te escribo para retirar mi candidatura: he aceptado una oferta en Bilbao y empiezo en febrero. Muchas gracias por el trato y mucha suerte con el proyecto."
        + IKER,
        to="Lucía Benítez <lucia@voltaro.example>",
        st="withdrawn",
    ),
    m(
        "70705",
        "2026-01-13 09:48",
        "Lucía Benítez <lucia@voltaro.example>",
        "Re: Voltaro | Caso práctico Field Maintenance Lead",
        A("confirmation", VO, VOR, 19, "direct"),
        "¡Enhorabuena, Iker! Gracias por avisar. Cerramos tu proceso; si algún día te apetece volver a hablar, aquí estamos.\n\nLucía",
        st="withdrawn",
    ),
    # --- 20 Brightwater Biologics (Greenhouse, San Sebastián) ------------------------------------------
    m(
        "70538",
        "2025-11-20 15:03",
        "Brightwater Biologics <no-reply@eu.greenhouse-mail.io>",
        "Thank you for applying to Brightwater Biologics",
        A("confirmation", BB, BBR, 20, "greenhouse", "en"),
        "Hi Iker,\n\nThanks for your interest in Brightwater Biologics! We've received your application for Maintenance & Utilities Engineer (Donostia-San Sebastián site) and our team will review it shortly.\n\nIf your background is a fit, a member of our Talent team will reach out. Unfortunately, due to the volume of applications we receive, we are not able to respond to every applicant individually.\n\nBest,\nBrightwater Talent Team",
    ),
    m(
        "70625",
        "2025-12-15 10:40",
        "Brightwater Biologics <no-reply@eu.greenhouse-mail.io>",
        "Your application with Brightwater",
        A("rejection", BB, BBR, 20, "greenhouse", "en"),
        "Hi Iker,\n\nThank you for your interest in the Maintenance & Utilities Engineer role and for the time you spent on your application. We were impressed by your industrial maintenance background.\n\nAfter careful review, we've decided not to move forward, as we are prioritising candidates with GMP / clean utilities experience in a pharmaceutical environment.\n\nWe wish you every success.\n\nBrightwater Talent Team",
    ),
    # --- 21 Navarra Componentes Eléctricos via Harlow Stanton -------------------------------------------
    m(
        "70592",
        "2025-12-05 09:58",
        "Marta Induráin <marta.indurain@harlowstanton.example>",
        "Jefe/a de Mantenimiento - empresa industrial en Navarra",
        ("outreach", None, NCER, None, "agency", "es"),
        "Hola Iker,\n\nSoy Marta, de la oficina de Pamplona de Harlow Stanton. Mi compañero Daniel me ha hablado muy bien de ti. Tenemos una posición de Jefe/a de Mantenimiento para un cliente industrial (componentes eléctricos, unas 300 personas) en la zona de Tudela-Pamplona. ¿Tendrías disponibilidad para mudarte o ir y venir?\n\nSaludos,\nMarta Induráin\nHarlow Stanton Pamplona",
    ),
    m(
        "70603",
        "2025-12-09 10:12",
        "Marta Indurain <marta.indurain@harlowstanton.example>",
        "Presentación de candidatura - NCE",
        A("confirmation", NCE, NCER, 21, "agency"),
        "Iker, gracias por tu respuesta. Te confirmo que he enviado tu candidatura al cliente: Navarra Componentes Eléctricos, S.A. (NCE), planta de Noáin. Te diré algo en cuanto revisen los perfiles, calculo que antes de Navidad.\n\nMarta",
    ),
    # --- 22 Ibarsider re-application (InfoJobs) --------------------------------------------------------
    m(
        "70660",
        "2026-01-05 09:20",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Ingeniero/a de Fiabilidad de Planta",
        A("confirmation", IB, IBR2, 22, "other"),
        html="<html><body><h2>¡Inscripción realizada!</h2><p>Hola Iker,</p><p>Te has inscrito en la oferta <b>Ingeniero/a de Fiabilidad de Planta</b> de <b>IBARSIDER S.A.</b> (Basauri, Bizkaia).</p><p><a href='https://www.infojobs.net/candidate/applications'>Mis candidaturas</a></p></body></html>",
    ),
    m(
        "70675",
        "2026-01-07 15:45",
        "InfoJobs <noreply@infojobs.net>",
        "IBARSIDER S.A. ha leído tu CV",
        A("viewed", IB, IBR2, 22, "other"),
        html="<html><body><p>Hola Iker,</p><p>La empresa <b>IBARSIDER S.A.</b> ha leído tu CV para la oferta <b>Ingeniero/a de Fiabilidad de Planta</b>.</p><p>Estado de tu candidatura: <b>CV leído</b></p></body></html>",
    ),
    m(
        "70709",
        "2026-01-14 11:00",
        "Iker Zabala <iker.zabala.etxe@gmail.com>",
        "Retirada de candidatura - Ingeniero/a de Fiabilidad de Planta",
        A("confirmation", IB, IBR2, 22, "direct"),
        "Hola Miren:\n\nOs escribo para retirar mi candidatura a la oferta de Ingeniero/a de Fiabilidad de Planta que publicasteis en InfoJobs, ya que me incorporo a otra empresa en febrero. Muchas gracias por haber contado conmigo en los dos procesos."
        + IKER,
        to="Miren Goikoetxea <rrhh@ibarsider.example>",
        st="withdrawn",
    ),
]

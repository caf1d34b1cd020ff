# ruff: noqa: E501
"""Corpus 77, Spanish (and a little Catalan) job mail (data only): see heldout77.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the first import path


def _tz(day: str) -> str:
    if day < "2025-10-26":
        return "+0200"
    return "+0100"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "es")


def teams(uid, start, summary, org, minutes=45, attendees=()):
    return {
        "style": "outlook",
        "uid": uid,
        "start": start,
        "minutes": minutes,
        "summary": summary,
        "organizer": org,
        "attendees": list(attendees),
        "location": "Reunión de Microsoft Teams",
        "description": "Unirse a la reunión de Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting\nId. de reunión: 371 552 904 18\nCódigo de acceso: Hq7tUa",
    }


MS, MSR1, MSR2 = (
    "Hoteles Mirasol",
    "Director/a de Operaciones - Mirasol Diagonal",
    "Operations Manager - Mirasol Valencia Ciutat",
)
BR, BRR = "Brisa Hotels & Resorts", "Hotel Operations Manager - Brisa Palma Port"
AU, AUR = "Casa Aurèlia Hotel", "Responsable d'Operacions"
TJ, TJR = "Hotel Marítim València", "Subdirector/a de Hotel"
GLH, GLHR = "Grupo Levante Hoteles", "Operations Manager Valencia"
PB, PBR = "Palmera Boutique Hotels", "Hotel Manager - Palma"
RS, RSR = "Aparthotel Sants Residencial", "Responsable de Operaciones"
NO, NOR = "Hotel Nómada València", "Operations Manager (pre-opening)"
HB, HBR = "Habitat Poblenou", "Head of Operations"
CP, CPR = "Hotel Condal Plaza", "Operations Manager (sustitución)"
SO, SOR = "Solmarí Hotels & Resorts", "Director/a de Operaciones"
HS, HSR = "Grup Hostalia", "Revenue & Operations Manager"
GN, GNR = "Hostal Gràcia Nou", "Encargado/a General"
AM, AMR = "Amarre Hotels", "Guest Experience & Operations Manager"
ES, ESR = "Estela Hoteles", "Operations Manager - Estela Mar Valencia"
AZ, AZR = "Hotel Azahar València", "Director/a de Operaciones"

WD = "Hoteles Mirasol <mirasol@myworkday.com>"
MARTA_SIG = "\n\nUn saludo,\nMarta Vidal Roig\n+34 622 418 937"

MAIL: list[dict[str, Any]] = [
    # --- alerts, communities, nudges ---------------------------------------------------------
    m(
        "7701",
        "2025-09-02 08:05",
        "InfoJobs <alertas@infojobs.net>",
        "12 ofertas nuevas de Director de operaciones hotel en Barcelona",
        ("alert", None, None, None, "other", "es"),
        html="<p>Hola Marta,</p><p>Tenemos <b>12 ofertas nuevas</b> que encajan con tu alerta <i>Director de operaciones hotel - Barcelona</i>.</p><ul><li>Director/a de Operaciones - Hoteles Mirasol, S.A. - Barcelona</li><li>Jefe/a de Recepción - Hotel 4* Eixample - Barcelona</li><li>Operations Manager - Grupo Levante Hoteles - Valencia</li></ul><p><a href='https://www.infojobs.net/ofertas'>Ver todas las ofertas</a></p><p>Recibes este email porque creaste una alerta en InfoJobs. <a href='#'>Gestionar alertas</a></p>",
    ),
    m(
        "7702",
        "2025-09-09 07:30",
        "Turijobs <noreply@turijobs.com>",
        "Nuevas ofertas de Subdirector/a de hotel para ti",
        ("alert", None, None, None, "other", "es"),
        html="<p>Hola Marta:</p><p>Estas ofertas de <b>Dirección y Subdirección</b> se han publicado esta semana:</p><p>Subdirector/a de Hotel · Hotel Marítim València · Valencia<br>Director/a de Alojamiento · Cadena vacacional · Ibiza<br>Hotel Manager · Palmera Boutique Hotels · Palma</p><p><a href='https://www.turijobs.com'>Inscríbete ahora</a></p><p>Turijobs - Empleo en turismo y hostelería</p>",
    ),
    m(
        "7703",
        "2025-09-16 09:12",
        "Talento Mirasol <talento@hotelesmirasol-careers.es>",
        "Bienvenida a la Comunidad de Talento de Hoteles Mirasol",
        ("alert", None, None, None, "other", "es"),
        text="Hola Marta,\n\nGracias por unirte a nuestra Comunidad de Talento. A partir de ahora te avisaremos cuando publiquemos vacantes que encajen con tu perfil en nuestros hoteles de España y Portugal.\n\nEsto no es una candidatura a ninguna vacante concreta: si ves una oferta que te interese, inscríbete desde la web de empleo.\n\nUn abrazo,\nEquipo de Talento\nHoteles Mirasol",
    ),
    m(
        "7704",
        "2025-10-21 18:40",
        "InfoJobs <noreply@infojobs.net>",
        "Tu inscripción a Responsable de Recepción está a medias",
        ("alert", None, None, None, "other", "es"),
        html="<p>Hola Marta,</p><p>Empezaste a inscribirte en <b>Responsable de Recepción</b> (Hotel urbano 4*, Barcelona) pero no terminaste. Te faltan las preguntas del proceso de selección.</p><p><a href='#'>Completar inscripción</a></p><p>La oferta sigue abierta unos días más.</p>",
    ),
    m(
        "7705",
        "2025-11-04 08:00",
        "Indeed <alert@indeed.com>",
        "hotel operations manager en Valencia: 9 empleos nuevos",
        ("alert", None, None, None, "indeed", "es"),
        html="<p>9 empleos nuevos para <b>hotel operations manager</b> en Valencia, Valencia provincia</p><p><b>Operations Manager</b> - Estela Hoteles - València - Contrato indefinido<br><b>Director/a de Hotel</b> - Hotel 3* centro - Valencia<br><b>Guest Experience Manager</b> - Amarre Hotels - Valencia</p><p><a href='https://es.indeed.com'>Ver todos los empleos</a></p><p>Indeed. Ayudamos a las personas a encontrar empleo.</p>",
    ),
    m(
        "7706",
        "2025-12-02 08:10",
        "InfoJobs <alertas@infojobs.net>",
        "5 ofertas nuevas de Director de operaciones hotel en Barcelona",
        ("alert", None, None, None, "other", "es"),
        html="<p>Hola Marta,</p><p>Tenemos <b>5 ofertas nuevas</b> para tu alerta.</p><ul><li>Director/a de Alojamiento - Hotel 5* Passeig de Gràcia</li><li>Operations Manager - Aparthotel - Barcelona</li></ul><p><a href='#'>Ver ofertas</a></p>",
    ),
    m(
        "7707",
        "2026-01-13 07:45",
        "Turijobs <noreply@turijobs.com>",
        "Marta, 7 ofertas de dirección hotelera esta semana",
        ("alert", None, None, None, "other", "es"),
        html="<p>Ofertas de la semana en <b>Dirección</b>: Director/a de Operaciones (Lisboa), Hotel Manager (Palma), Front Office Manager (Barcelona).</p><p><a href='#'>Ver ofertas</a></p>",
    ),
    # --- 1 Hoteles Mirasol, Diagonal (Workday) ---------------------------------------------
    m(
        "7710",
        "2025-09-17 22:14",
        WD,
        "Hemos recibido tu candidatura",
        A("confirmation", MS, MSR1, 1, "workday"),
        text="Hola Marta:\n\nGracias por tu interés en Hoteles Mirasol. Hemos recibido tu candidatura para el puesto Director/a de Operaciones - Mirasol Diagonal (R-0041877).\n\nNuestro equipo de Talento revisará tu perfil. Si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos del proceso de selección. Debido al volumen de candidaturas, si no tienes noticias en las próximas semanas, entenderás que en esta ocasión no hemos podido avanzar con tu candidatura.\n\nPuedes consultar el estado en cualquier momento desde tu cuenta de candidato.\n\nUn saludo,\nTalento Hoteles Mirasol\n\nHoteles Mirasol, S.A. · C/ Balmes 188, 08006 Barcelona",
    ),
    m(
        "7711",
        "2025-09-24 10:02",
        WD,
        "Siguiente paso: pruebas de evaluación online",
        A("assessment", MS, MSR1, 1, "workday"),
        text="Hola Marta:\n\nNos alegra comunicarte que tu candidatura para Director/a de Operaciones - Mirasol Diagonal avanza a la siguiente fase.\n\nComo parte de nuestro proceso, te pedimos que completes dos pruebas psicométricas online (razonamiento numérico y cuestionario de estilo de gestión). Duración aproximada: 40 minutos. Tienes de plazo hasta el 29 de septiembre.\n\nAccede a las pruebas desde tu cuenta: https://mirasol.wd3.myworkday.com/mirasol_careers\n\nTe recomendamos hacerlas en un lugar tranquilo y con buena conexión.\n\nUn saludo,\nEquipo de Talento",
    ),
    m(
        "7712",
        "2025-10-01 13:20",
        "Núria Puig <nuria.puig@hotelesmirasol.com>",
        "Entrevista Director/a de Operaciones - Mirasol Diagonal",
        A("interview", MS, MSR1, 1, "direct"),
        text="Hola Marta,\n\nGracias por completar las pruebas. Nos gustaría conocerte: te envío convocatoria para una primera entrevista por Teams con Jordi Serra (Director del hotel) y conmigo el martes 7 de octubre a las 10:00.\n\nSi no te va bien, dímelo y buscamos otro hueco.\n\nUn abrazo,\n\nNúria Puig\nTalent Acquisition Partner\nHoteles Mirasol\nC/ Balmes 188 · 08006 Barcelona",
        ics=teams(
            "MIRASOL-INT-0041877-1",
            "2025-10-07 10:00:00 +0200",
            "Entrevista Marta Vidal - Dir. Operaciones Diagonal",
            ("Núria Puig", "nuria.puig@hotelesmirasol.com"),
            attendees=[("Jordi Serra", "jordi.serra@hotelesmirasol.com")],
        ),
    ),
    m(
        "7713",
        "2025-10-20 17:48",
        "Núria Puig <nuria.puig@hotelesmirasol.com>",
        "Proceso Mirasol Diagonal",
        A("rejection", MS, MSR1, 1, "direct"),
        text="Hola Marta,\n\nQuería escribirte personalmente. Jordi y yo salimos muy contentos de la conversación contigo: tu experiencia en la apertura de temporada y la gestión de equipos de pisos y recepción nos pareció muy sólida, y las pruebas salieron muy bien.\n\nAun así, después de la última ronda hemos decidido continuar con otra persona cuyo perfil se ajusta algo más a lo que necesitamos ahora mismo en Diagonal, sobre todo en la parte de F&B.\n\nMe encantaría mantener el contacto. Guardamos tu candidatura para próximas posiciones en el grupo.\n\nUn abrazo y mucha suerte,\nNúria",
    ),
    # --- 16 Hoteles Mirasol, Valencia (Workday) --------------------------------------------
    m(
        "7714",
        "2025-11-12 21:03",
        WD,
        "Hemos recibido tu candidatura",
        A("confirmation", MS, MSR2, 16, "workday"),
        text="Hola Marta:\n\nGracias por tu interés en Hoteles Mirasol. Hemos recibido tu candidatura para el puesto Operations Manager - Mirasol Valencia Ciutat (R-0043102).\n\nNuestro equipo de Talento revisará tu perfil. Si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos del proceso de selección. Debido al volumen de candidaturas, si no tienes noticias en las próximas semanas, entenderás que en esta ocasión no hemos podido avanzar con tu candidatura.\n\nUn saludo,\nTalento Hoteles Mirasol\n\nHoteles Mirasol, S.A. · C/ Balmes 188, 08006 Barcelona",
    ),
    m(
        "7715",
        "2025-12-09 09:31",
        WD,
        "Actualización sobre tu candidatura en Hoteles Mirasol",
        A("rejection", MS, MSR2, 16, "workday"),
        text="Hola Marta:\n\nTe escribimos en relación con tu candidatura para Operations Manager - Mirasol Valencia Ciutat (R-0043102).\n\nTe informamos de que la vacante ha sido cubierta internamente, por lo que hemos cerrado el proceso de selección. Agradecemos mucho el tiempo que has dedicado y te animamos a seguir consultando nuestras ofertas.\n\nUn saludo,\nTalento Hoteles Mirasol",
    ),
    # --- 3 Casa Aurèlia (Gestió Hotelera Aurèlia, S.L.), direct, Catalan/Spanish -----------
    m(
        "7720",
        "2025-10-08 11:15",
        "Gestió Hotelera Aurèlia <feina@gestioaurelia.cat>",
        "Re: Candidatura Responsable d'Operacions",
        A("confirmation", AU, AUR, 3, "direct"),
        text="Bon dia Marta,\n\nHem rebut el teu CV per a la posició de Responsable d'Operacions de Casa Aurèlia. Moltes gràcies per l'interès!\n\nEstem revisant les candidatures aquesta setmana i et direm alguna cosa abans del dia 20.\n\nSalutacions cordials,\n\nMontse Ferrer\nRecursos Humans\nGestió Hotelera Aurèlia, S.L.\nCarrer del Rec 41 · 08003 Barcelona\n\n> El 7 d’oct. 2025, a les 19:02, Marta Vidal Roig <marta.vidalroig@gmail.com> va escriure:\n> Bona tarda,\n> Us adjunto el meu CV per a l'oferta de Responsable d'Operacions publicada a la vostra web.\n> Salutacions,\n> Marta",
    ),
    m(
        "7721",
        "2025-10-16 16:40",
        "Montse Ferrer <montse.ferrer@gestioaurelia.cat>",
        "Entrevista - Casa Aurèlia",
        A("interview", AU, AUR, 3, "direct"),
        text="Hola Marta,\n\nT'escric en castellà per si de cas, que la Sra. Lluïsa Bosch, propietària, també participarà. ¿Podrías venir al hotel el jueves 23 de octubre a las 12:00 para una entrevista presencial? Calculamos una hora y un café.\n\nDirección: Casa Aurèlia Hotel, Carrer del Rec 41 (Born).\n\nConfirma'm si et va bé.\n\nMontse Ferrer\nRRHH · Gestió Hotelera Aurèlia, S.L.",
    ),
    m(
        "7722",
        "2025-10-27 10:05",
        "Montse Ferrer <montse.ferrer@gestioaurelia.cat>",
        "Jornada de prova a Casa Aurèlia",
        A("interview", AU, AUR, 3, "direct"),
        text="Hola Marta,\n\nVam quedar molt contents de l'entrevista. Com a segon pas, et proposem una jornada de prova (trial shift) el dilluns 3 de novembre, de 7:30 a 15:30: reunió de torn amb recepció i pisos, check-outs i una revisió de la planificació de la setmana amb el Lluís, el director.\n\nLa jornada està remunerada. Porta roba còmoda i fosca.\n\nUna abraçada,\nMontse",
    ),
    m(
        "7723",
        "2025-11-07 13:30",
        "Lluïsa Bosch <lluisa.bosch.r@gmail.com>",
        "Casa Aurèlia",
        A("offer", AU, AUR, 3, "direct"),
        text="Marta, bon dia,\n\nEt volia trucar però no t'he agafat. Ens agradaria molt que et sumessis a l'equip de Casa Aurèlia com a Responsable d'Operacions. La Montse t'enviarà avui la proposta per escrit (contracte indefinit, 44.000 € bruts anuals + variable, incorporació l'1 de desembre).\n\nPensa-t'ho amb calma i parlem dilluns.\n\nLluïsa\n\nEnviat des del meu iPhone",
    ),
    m(
        "7724",
        "2025-11-07 17:12",
        "Montse Ferrer <montse.ferrer@gestioaurelia.cat>",
        "Proposta de contractació - Responsable d'Operacions",
        A("offer", AU, AUR, 3, "direct"),
        text="Hola Marta,\n\nT'adjunto la carta d'oferta amb les condicions que et va avançar la Lluïsa. Si hi estàs d'acord, signa-la i retorna-me-la abans del 14 de novembre.\n\nQualsevol dubte, aquí em tens.\n\nMontse Ferrer\nRecursos Humans · Gestió Hotelera Aurèlia, S.L.",
        attach=[
            (
                "Carta_oferta_MVidal.pdf",
                "application/pdf",
                "%PDF-1.4 carta oferta Gestio Hotelera Aurelia SL - Responsable d'Operacions - Marta Vidal Roig",
            )
        ],
    ),
    m(
        "7725",
        "2025-11-12 09:44",
        "Montse Ferrer <montse.ferrer@gestioaurelia.cat>",
        "RE: Proposta de contractació - Responsable d'Operacions",
        A("offer", AU, AUR, 3, "direct"),
        st="accepted",
        text="Marta!\n\nRebuda la carta signada. Benvinguda a Casa Aurèlia! La setmana que ve t'envio la documentació per a l'alta a la Seguretat Social i el calendari de la primera setmana.\n\nUna abraçada,\nMontse\n\n-----Mensaje original-----\nDe: Marta Vidal Roig\nEnviado el: miércoles, 12 de noviembre de 2025 8:58\nAsunto: RE: Proposta de contractació\n\nBon dia Montse, us envio la carta signada. Moltes gràcies a totes dues!",
    ),
    m(
        "7726",
        "2025-11-20 12:00",
        "Montse Ferrer <montse.ferrer@gestioaurelia.cat>",
        "Documentació incorporació 1/12",
        ("other_job", AU, AUR, None, "direct", "es"),
        text="Hola Marta,\n\nPer a l'alta necessito: DNI, número de la Seguretat Social, IBAN i el model 145 de l'IRPF emplenat. El dia 1 t'esperem a les 8:00; farem la benvinguda amb el Lluís i la visita a totes les àrees.\n\nFins aviat!\nMontse",
    ),
    # --- 6 Hotel Marítim València (Turijobs) -----------------------------------------------
    m(
        "7730",
        "2025-09-10 20:31",
        "Turijobs <noreply@turijobs.com>",
        "Te has inscrito en la oferta Subdirector/a de Hotel",
        A("confirmation", TJ, TJR, 6, "other"),
        html="<p>Hola Marta,</p><p>Tu inscripción en la oferta <b>Subdirector/a de Hotel</b> de <b>Hotel Marítim València</b> se ha realizado correctamente.</p><p>La empresa revisará tu CV. Te avisaremos por email cuando haya cambios en el estado de tu candidatura.</p><p>Mucha suerte,<br>El equipo de Turijobs</p>",
    ),
    m(
        "7731",
        "2025-09-15 11:02",
        "Turijobs <noreply@turijobs.com>",
        "Hotel Marítim València ha visto tu CV",
        A("viewed", TJ, TJR, 6, "other"),
        html="<p>¡Buenas noticias, Marta!</p><p><b>Hotel Marítim València</b> ha visto tu CV para la oferta <b>Subdirector/a de Hotel</b>.</p><p>Mientras tanto, revisa otras ofertas similares.</p>",
    ),
    # --- 7 Grupo Levante Hoteles (InfoJobs) -------------------------------------------------
    m(
        "7735",
        "2025-09-12 23:10",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en Operations Manager Valencia",
        A("confirmation", GLH, GLHR, 7, "other"),
        html="<p>Hola Marta,</p><p>Te has inscrito correctamente en la oferta <b>Operations Manager Valencia</b> de <b>GLH - Grupo Levante Hoteles</b>.</p><p>Estado: <b>Inscrito</b>. Sigue el proceso en la sección Mis candidaturas.</p>",
    ),
    m(
        "7736",
        "2025-09-19 09:40",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura sigue en proceso",
        A("viewed", GLH, GLHR, 7, "other"),
        html="<p>Hola Marta,</p><p>La empresa <b>GLH</b> ha leído tu CV y tu candidatura para <b>Operations Manager Valencia</b> sigue <b>en proceso</b>.</p>",
    ),
    m(
        "7737",
        "2025-10-03 09:40",
        "InfoJobs <noreply@infojobs.net>",
        "Novedades en Operations Manager Valencia",
        A("rejection", GLH, GLHR, 7, "other"),
        html="<p>Hola Marta,</p><p>La empresa <b>GLH</b> ha actualizado el estado de tu candidatura para <b>Operations Manager Valencia</b>: <b>Descartado</b>.</p><p>No te desanimes: hay 340 ofertas de hostelería en tu zona.</p>",
    ),
    # --- 8 Palmera Boutique Hotels (Hosco), withdrawn --------------------------------------
    m(
        "7740",
        "2025-10-02 19:55",
        "Hosco <notifications@hosco.com>",
        "Your application to Palmera Boutique Hotels",
        ("confirmation", PB, PBR, 8, "other", "en"),
        html="<p>Hi Marta,</p><p>Your application for <b>Hotel Manager - Palma</b> at <b>Palmera Boutique Hotels</b> has been sent.</p><p>The employer will review it and you'll be notified of any update on Hosco.</p><p>Good luck!<br>The Hosco Team</p>",
    ),
    m(
        "7741",
        "2025-10-14 12:20",
        "Biel Cladera <biel.cladera@palmerahotels.es>",
        "Hotel Manager Palma - videollamada",
        A("interview", PB, PBR, 8, "direct"),
        text="Hola Marta,\n\nSoy Biel, director general de Palmera Boutique Hotels. Hemos visto tu perfil en Hosco y nos gustaría tener una primera videollamada contigo. Reserva el hueco que mejor te venga aquí: https://calendly.com/biel-palmera/30min\n\nSalutacions des de Palma,\nBiel Cladera\nPalmera Boutique Hotels · Passeig Mallorca 12 · Palma",
    ),
    m(
        "7742",
        "2025-10-14 18:03",
        "Calendly <notifications@calendly.com>",
        "Nuevo evento: Marta Vidal Roig - 30 minutos el 17 oct 2025",
        ("interview", PB, PBR, 8, "other", "es"),
        text="Hola Marta Vidal Roig:\n\nTu evento con Biel Cladera está programado.\n\nEvento: 30 minutos\nFecha: viernes, 17 de octubre de 2025, 9:30 - 10:00 (hora de Europa Central)\nUbicación: Google Meet\n\nCancelar o reprogramar: https://calendly.com/cancellations",
        ics={
            "uid": "calendly-pb-77a1",
            "start": "2025-10-17 09:30:00 +0200",
            "minutes": 30,
            "summary": "Marta Vidal Roig y Biel Cladera",
            "organizer": ("Biel Cladera", "biel.cladera@palmerahotels.es"),
            "location": "Google Meet",
        },
    ),
    m(
        "7743",
        "2025-11-10 10:22",
        "Biel Cladera <biel.cladera@palmerahotels.es>",
        "Re: Retirada candidatura Hotel Manager",
        A("confirmation", PB, PBR, 8, "direct"),
        st="withdrawn",
        text="Hola Marta,\n\nQué pena, pero lo entiendo perfectamente y te felicito por el nuevo puesto. Retiro tu candidatura del proceso. Si algún día te apetece venir a Mallorca, ya sabes dónde estamos.\n\nUna abraçada,\nBiel\n\nEl lun, 10 nov 2025 a las 8:47, Marta Vidal Roig escribió:\n> Hola Biel, te escribo para retirar mi candidatura: he aceptado una oferta en Barcelona. Muchas gracias por el trato. Marta",
    ),
    # --- 9 Aparthotel Sants Residencial (Indeed), ghosted ----------------------------------
    m(
        "7745",
        "2025-09-22 21:48",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Responsable de Operaciones",
        A("confirmation", RS, RSR, 9, "indeed"),
        html="<p><b>Tu candidatura se ha enviado a Aparthotel Sants Residencial</b></p><p>Responsable de Operaciones<br>Aparthotel Sants Residencial - Barcelona</p><p>Lo que sigue: la empresa revisará tu candidatura. Te avisaremos si hay novedades.</p><p>Indeed</p>",
    ),
    # --- 11 Hotel Nómada València, pre-opening ---------------------------------------------
    m(
        "7750",
        "2025-10-06 12:30",
        "Pre-opening Nómada <preopening@nomadavalencia.com>",
        "Jornada de puertas abiertas - equipo pre-opening Hotel Nómada València",
        A("interview", NO, NOR, 11, "direct"),
        text="Hola Marta,\n\nGracias por tu candidatura a Operations Manager (pre-opening). Estamos formando el equipo de apertura de Hotel Nómada València (138 habitaciones, apertura prevista en marzo 2026).\n\nTe invitamos a nuestra jornada de puertas abiertas el sábado 18 de octubre, de 10:00 a 14:00, en la obra (Av. del Port 77). Habrá presentación del proyecto, visita y entrevistas individuales de 20 minutos con el equipo directivo.\n\nConfirma tu asistencia respondiendo a este correo.\n\nEquipo Pre-opening\nHotel Nómada València\nA Voyant Hospitality property",
    ),
    m(
        "7751",
        "2025-10-28 17:05",
        "Iván Roca <ivan.roca@voyanthospitality.com>",
        "Segunda entrevista - Nómada València",
        A("interview", NO, NOR, 11, "direct"),
        text="Hola Marta,\n\nEncantado de conocerte el sábado. Te paso invitación para la segunda entrevista por Teams con nuestra VP de Operaciones.\n\nIván Roca\nGeneral Manager (pre-opening) · Hotel Nómada València\nVoyant Hospitality Spain, S.L.",
        ics=teams(
            "VOYANT-NOM-OPS-2",
            "2025-11-04 16:00:00 +0100",
            "Marta Vidal - 2ª entrevista Operations Manager Nómada",
            ("Iván Roca", "ivan.roca@voyanthospitality.com"),
            minutes=60,
            attendees=[("Claire Dufour", "claire.dufour@voyanthospitality.com")],
        ),
    ),
    m(
        "7752",
        "2025-11-11 19:30",
        "Iván Roca <ivan.roca@voyanthospitality.com>",
        "Re: Segunda entrevista - Nómada València",
        A("confirmation", NO, NOR, 11, "direct"),
        st="withdrawn",
        text="Marta, gracias por avisar con tiempo. Lo siento por nosotros, pero enhorabuena por Casa Aurèlia. Te doy de baja del proceso. ¡Mucha suerte!\n\nIván\n\n> Hola Iván, prefiero retirarme del proceso porque he aceptado otra oferta en Barcelona.",
    ),
    # --- 12 Habitat Poblenou (Welcome to the Jungle) ---------------------------------------
    m(
        "7755",
        "2025-09-25 10:11",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Tu candidatura a Habitat Living ha sido enviada",
        A("confirmation", HB, HBR, 12, "other"),
        html="<p>¡Hola Marta!</p><p>Tu candidatura para <b>Head of Operations</b> en <b>Habitat Living</b> se ha enviado correctamente.</p><p>El equipo de Habitat Living te contactará directamente si tu perfil encaja.</p><p>Welcome to the Jungle</p>",
    ),
    m(
        "7756",
        "2025-10-01 15:20",
        "Alba Soler <alba@habitatpoblenou.com>",
        "Habitat Poblenou x Marta",
        A("interview", HB, HBR, 12, "direct"),
        text="Hola Marta!\n\nSoy Alba, cofundadora de Habitat Poblenou (coliving + hotel, 90 unidades). Nos encantó tu candidatura. ¿Te va bien un café el jueves 9 a las 17h en el espacio (C/ Pujades 150)?\n\nAlba Soler\nHabitat Living, S.L.",
    ),
    m(
        "7757",
        "2025-10-17 13:02",
        "Alba Soler <alba@habitatpoblenou.com>",
        "Gracias Marta",
        A("rejection", HB, HBR, 12, "direct"),
        text="Hola Marta,\n\nMil gracias por venir y por la energía. De verdad, nos gustó mucho tu visión de operaciones y de equipo. Lo hemos pensado mucho y al final vamos a ir con alguien con más experiencia en coliving de larga estancia, que es el 70% de nuestro negocio.\n\nOjalá coincidamos más adelante.\n\nAlba",
    ),
    # --- 13 Flexa Talent ETT for Hotel Condal Plaza ----------------------------------------
    m(
        "7760",
        "2025-09-29 11:45",
        "Laura Giménez <lgimenez@flexatalent.es>",
        "Posición Operations Manager - sustitución 6 meses",
        ("outreach", None, CPR, None, "agency", "es"),
        text="Buenos días Marta,\n\nLe escribo desde Flexa Talent ETT. Estamos colaborando con un hotel 4* superior del Eixample que busca un/a Operations Manager para cubrir una baja de seis meses (con posibilidad de continuidad).\n\n¿Le interesaría que presentásemos su candidatura? Si es así, le agradecería un CV actualizado y su disponibilidad.\n\nAtentamente,\n\nLaura Giménez\nConsultora de Selección · Flexa Talent ETT, S.L.\nAutorización ETT 08/0000392",
    ),
    m(
        "7761",
        "2025-10-02 09:18",
        "Laura Giménez <lgimenez@flexatalent.es>",
        "RE: Posición Operations Manager - sustitución 6 meses",
        A("confirmation", CP, CPR, 13, "agency"),
        text="Buenos días Marta,\n\nGracias por su CV. Le confirmo que hemos presentado su candidatura a nuestro cliente, Hotel Condal Plaza, para la posición de Operations Manager (sustitución). Le informaremos en cuanto tengamos respuesta.\n\nAtentamente,\nLaura Giménez\nFlexa Talent ETT, S.L.",
    ),
    m(
        "7762",
        "2025-10-08 14:33",
        "Laura Giménez <lgimenez@flexatalent.es>",
        "Entrevista con Hotel Condal Plaza",
        A("interview", CP, CPR, 13, "agency"),
        text="Buenas tardes Marta,\n\nEl cliente desea entrevistarle el lunes 13 de octubre a las 11:30 en el hotel (Carrer de Provença 301). Preguntará por el Sr. Ramon Tur, Director. Le ruego confirme su asistencia.\n\nAtentamente,\nLaura Giménez",
    ),
    m(
        "7763",
        "2025-10-22 10:10",
        "Laura Giménez <lgimenez@flexatalent.es>",
        "Hotel Condal Plaza - respuesta",
        A("confirmation", CP, CPR, 13, "agency"),
        st="on_hold",
        text="Buenos días Marta,\n\nEl cliente me informa de que la persona de baja se reincorpora antes de lo previsto, por lo que dejan el proceso en pausa hasta nuevo aviso. Le mantendré informada si se reactiva.\n\nUn saludo,\nLaura",
    ),
    # --- 14 Vértice Executive Search for Solmarí -------------------------------------------
    m(
        "7765",
        "2025-10-09 18:22",
        "Álvaro de la Fuente <adelafuente@verticesearch.es>",
        "Confidencial - Dirección de Operaciones, cadena hotelera internacional",
        ("outreach", None, SOR, None, "agency", "es"),
        text="Estimada Marta:\n\nMe pongo en contacto con usted porque estamos asesorando a una cadena hotelera internacional en la búsqueda de un/a Director/a de Operaciones para un resort urbano de nueva incorporación en Lisboa, con reporte al COO de Iberia.\n\nSu trayectoria en Barcelona encaja muy bien. ¿Tendría 20 minutos esta semana para una conversación confidencial?\n\nReciba un cordial saludo,\n\nÁlvaro de la Fuente\nPartner · Vértice Executive Search\nPaseo de la Castellana 95 · Madrid",
    ),
    m(
        "7766",
        "2025-10-16 09:00",
        "Álvaro de la Fuente <adelafuente@verticesearch.es>",
        "RE: Confidencial - Dirección de Operaciones",
        A("confirmation", SO, SOR, 14, "agency"),
        text="Estimada Marta:\n\nGracias por la conversación de ayer. Tal como le comenté, el cliente es Solmarí Hotels & Resorts. Con su autorización, hoy presentamos su candidatura. El siguiente paso sería una entrevista con la Directora de RR. HH. Iberia.\n\nReciba un cordial saludo,\nÁlvaro de la Fuente",
    ),
    m(
        "7767",
        "2025-10-24 12:40",
        "Álvaro de la Fuente <adelafuente@verticesearch.es>",
        "Entrevista Solmarí - martes 28",
        A("interview", SO, SOR, 14, "agency"),
        text="Estimada Marta:\n\nSolmarí le propone entrevista por Teams el martes 28 de octubre a las 17:00 con Dña. Helena Matos (HR Director Iberia). Recibirá la convocatoria directamente de ellos.\n\nUn saludo,\nÁlvaro",
    ),
    m(
        "7768",
        "2025-10-24 13:05",
        "Helena Matos <helena.matos@solmari-hotels.com>",
        "Entrevista: Director/a de Operaciones Lisboa",
        A("interview", SO, SOR, 14, "direct"),
        text="Estimada Marta, le envío la convocatoria. Un saludo, Helena Matos - HR Director Iberia, Solmarí Hotels & Resorts",
        ics=teams(
            "SOLMARI-DOPS-LIS-1",
            "2025-10-28 17:00:00 +0100",
            "Entrevista Marta Vidal Roig - DOPS Lisboa",
            ("Helena Matos", "helena.matos@solmari-hotels.com"),
            minutes=60,
        ),
    ),
    m(
        "7769",
        "2025-11-06 19:14",
        "Álvaro de la Fuente <adelafuente@verticesearch.es>",
        "Solmarí - novedades",
        A("rejection", SO, SOR, 14, "agency"),
        text="Estimada Marta:\n\nLe escribo con una noticia que no es la que esperábamos. Solmarí ha decidido cubrir la posición internamente con un director de su hotel de Oporto. La valoración de su entrevista fue excelente y así me lo han trasladado.\n\nCuento con usted para futuros procesos.\n\nUn cordial saludo,\nÁlvaro",
    ),
    # --- 18 Grup Hostalia / GHB (SmartRecruiters) ------------------------------------------
    m(
        "7770",
        "2025-09-30 08:55",
        "Grup Hostalia Barcelona <noreply@smartrecruiters.com>",
        "Gracias por tu candidatura - Revenue & Operations Manager",
        A("confirmation", HS, HSR, 18, "smartrecruiters"),
        text="Hola Marta,\n\nGracias por presentar tu candidatura para Revenue & Operations Manager en GHB. Hemos recibido tu solicitud y nuestro equipo la revisará con atención.\n\nSi tu perfil es seleccionado para continuar, te contactaremos. En caso contrario, también te lo comunicaremos.\n\nSaludos,\nEquipo de Personas - GHB\n\nPowered by SmartRecruiters",
    ),
    m(
        "7771",
        "2025-10-10 12:45",
        "Pau Casals Ferrer <pau.casals@hostalia.cat>",
        "GHB · Entrevista Revenue & Operations Manager",
        A("interview", HS, HSR, 18, "direct"),
        text="Hola Marta,\n\nT'envio la invitació per a la primera entrevista per Teams. Parlarem de la teva experiència en revenue i en la coordinació de departaments.\n\nPau Casals Ferrer\nPeople & Culture · Grup Hostalia\nGran Via de les Corts Catalanes 640 · Barcelona",
        ics=teams(
            "GHB-REVOPS-77",
            "2025-10-15 12:00:00 +0200",
            "Entrevista Marta Vidal - Revenue & Ops",
            ("Pau Casals Ferrer", "pau.casals@hostalia.cat"),
        ),
    ),
    m(
        "7772",
        "2025-10-30 18:01",
        "Grup Hostalia Barcelona <noreply@smartrecruiters.com>",
        "Tu candidatura en GHB",
        A("rejection", HS, HSR, 18, "smartrecruiters"),
        text="Hola Marta,\n\nQueremos agradecerte el tiempo y el interés en GHB. Disfrutamos conociéndote y valoramos mucho tu experiencia.\n\nDespués de analizar todas las candidaturas, hemos decidido avanzar con otros perfiles que se ajustan más a las necesidades actuales del puesto de Revenue & Operations Manager.\n\nTe deseamos mucha suerte.\n\nEquipo de Personas - GHB",
    ),
    # --- 19 Hostal Gràcia Nou (Indeed), ghosted after interview request --------------------
    m(
        "7775",
        "2025-10-05 22:30",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Encargado/a General",
        A("confirmation", GN, GNR, 19, "indeed"),
        html="<p><b>Tu candidatura se ha enviado a Hostal Gràcia Nou</b></p><p>Encargado/a General - Barcelona, Gràcia</p><p>Consulta el estado en Mis empleos.</p>",
    ),
    m(
        "7776",
        "2025-10-09 10:04",
        "Hostal Gràcia Nou via Indeed <noreply@indeed.com>",
        "Nuevo mensaje de Hostal Gràcia Nou",
        A("interview", GN, GNR, 19, "indeed"),
        html="<p>Hostal Gràcia Nou te ha enviado un mensaje sobre <b>Encargado/a General</b>:</p><blockquote>Hola Marta, ¿puedes pasarte el martes 14 a las 11h por el hostal para conocernos? Carrer de Verdi 22. Gracias, Quim</blockquote><p><a href='#'>Responder</a></p>",
    ),
    # --- 22 Amarre Hotels (Hosco) ----------------------------------------------------------
    m(
        "7780",
        "2025-11-05 20:10",
        "Hosco <notifications@hosco.com>",
        "Your application to Amarre Hotels",
        ("confirmation", AM, AMR, 22, "other", "en"),
        html="<p>Hi Marta,</p><p>Your application for <b>Guest Experience &amp; Operations Manager</b> at <b>Amarre Hotels</b> has been sent.</p><p>The Hosco Team</p>",
    ),
    m(
        "7781",
        "2025-11-19 08:30",
        "Hosco <notifications@hosco.com>",
        "Update on your application",
        ("rejection", AM, AMR, 22, "other", "en"),
        html="<p>Hi Marta,</p><p>Amarre Hotels has reviewed your application for <b>Guest Experience &amp; Operations Manager</b> and decided not to move forward at this time.</p><p>Keep exploring opportunities on Hosco!</p>",
    ),
    # --- 23 Estela Hoteles (Personio) ------------------------------------------------------
    m(
        "7785",
        "2025-11-05 09:20",
        "Estela Hoteles <noreply@estelahoteles.jobs.personio.de>",
        "Confirmación de tu candidatura",
        A("confirmation", ES, ESR, 23, "personio"),
        text="Hola Marta Vidal Roig,\n\nmuchas gracias por tu candidatura como Operations Manager - Estela Mar Valencia. La hemos recibido correctamente y la revisaremos lo antes posible.\n\nSaludos cordiales,\nEstela Hoteles, S.A.\nRecursos Humanos",
    ),
    m(
        "7786",
        "2025-11-25 16:45",
        "Estela Hoteles <noreply@estelahoteles.jobs.personio.de>",
        "Tu candidatura como Operations Manager - Estela Mar Valencia",
        A("rejection", ES, ESR, 23, "personio"),
        text="Hola Marta Vidal Roig,\n\nte agradecemos de nuevo el interés. Tu perfil es muy interesante y la decisión no ha sido fácil. Sin embargo, lamentamos comunicarte que en esta ocasión no podemos seguir adelante con tu candidatura.\n\nGuardaremos tus datos para futuras vacantes, si nos das tu consentimiento.\n\nSaludos cordiales,\nEstela Hoteles",
    ),
    # --- 24 Hotel Azahar València (group careers mailbox) ----------------------------------
    m(
        "7790",
        "2025-10-13 08:01",
        "Talento Grupo Azahar <talento@grupoazahar.es>",
        "Respuesta automática: Candidatura Director/a de Operaciones Hotel Azahar",
        A("confirmation", AZ, AZR, 24, "direct"),
        text="Gracias por escribir a Talento Grupo Azahar.\n\nHemos recibido tu candidatura. Todas las candidaturas se revisan; solo contactaremos con las personas cuyo perfil se ajuste al puesto. Si no recibes respuesta en 30 días, considera que tu candidatura no ha sido seleccionada.\n\nGrupo Azahar · Hotel Azahar València · Azahar Suites Alicante",
    ),
    m(
        "7791",
        "2025-10-29 13:12",
        "Rosa Mengual <rmengual@grupoazahar.es>",
        "Entrevista Hotel Azahar",
        A("interview", AZ, AZR, 24, "direct"),
        text="Estimada Sra. Vidal:\n\nNos complace invitarla a una entrevista por Microsoft Teams para el puesto de Director/a de Operaciones del Hotel Azahar València. Adjunto convocatoria para el jueves 13 de noviembre a las 9:30.\n\nAtentamente,\nRosa Mengual\nDpto. de Recursos Humanos - Grupo Azahar",
        ics=teams(
            "AZAHAR-DOP-1113",
            "2025-11-13 09:30:00 +0100",
            "Entrevista Dir. Operaciones Hotel Azahar - M. Vidal",
            ("Rosa Mengual", "rmengual@grupoazahar.es"),
        ),
    ),
    m(
        "7792",
        "2025-11-11 18:20",
        "Rosa Mengual <rmengual@grupoazahar.es>",
        "Cancelado: Entrevista Dir. Operaciones Hotel Azahar - M. Vidal",
        A("interview", AZ, AZR, 24, "direct"),
        st="withdrawn",
        text="Estimada Sra. Vidal: tal como nos indicó, cancelamos la entrevista y damos por retirada su candidatura. Le deseamos mucha suerte. Atentamente, Rosa Mengual",
        ics=dict(
            teams(
                "AZAHAR-DOP-1113",
                "2025-11-13 09:30:00 +0100",
                "Entrevista Dir. Operaciones Hotel Azahar - M. Vidal",
                ("Rosa Mengual", "rmengual@grupoazahar.es"),
            ),
            method="CANCEL",
        ),
    ),
    # --- outreach and other job mail --------------------------------------------------------
    m(
        "7795",
        "2025-11-24 10:15",
        "Laura Giménez <lgimenez@flexatalent.es>",
        "Nueva posición - Jefe/a de Operaciones aparthotel",
        ("outreach", None, "Jefe/a de Operaciones", None, "agency", "es"),
        text="Buenos días Marta,\n\nTengo una nueva posición para un grupo de aparthoteles en Barcelona (Jefe/a de Operaciones, indefinido). ¿Sigue usted en búsqueda activa?\n\nAtentamente,\nLaura Giménez · Flexa Talent ETT",
    ),
    m(
        "7796",
        "2025-12-15 11:30",
        "Álvaro de la Fuente <adelafuente@verticesearch.es>",
        "Felicidades y una posición en Madrid",
        ("outreach", None, "General Manager", None, "agency", "es"),
        text="Estimada Marta:\n\nHe visto en LinkedIn su incorporación a Casa Aurèlia, enhorabuena. Por si en algún momento le interesa, llevamos la búsqueda de un General Manager para un hotel de lujo en Madrid.\n\nUn cordial saludo,\nÁlvaro",
    ),
    m(
        "7797",
        "2025-10-01 08:40",
        "InfoJobs <noreply@infojobs.net>",
        "Marta, 3 empresas han visto tu CV este mes",
        ("alert", None, None, None, "other", "es"),
        html="<p>Hola Marta,</p><p>Tu CV ha aparecido en <b>48 búsquedas</b> y <b>3 empresas</b> lo han visitado este mes. Mejora tu perfil con un Test de Competencias.</p>",
    ),
    m(
        "7798",
        "2025-10-30 09:02",
        "Turijobs <encuestas@turijobs.com>",
        "¿Qué tal tu experiencia con el proceso de Hotel Marítim València?",
        ("other_job", TJ, TJR, None, "other", "es"),
        html="<p>Hola Marta, cuéntanos en 2 minutos cómo ha sido tu experiencia como candidata. Tu opinión ayuda a otros profesionales del turismo.</p><p><a href='#'>Responder encuesta</a></p>",
    ),
    m(
        "7799",
        "2025-10-20 10:00",
        "Hoteles Mirasol <mirasol@myworkday.com>",
        "Código de verificación de tu cuenta de candidato",
        ("other_job", MS, None, None, "workday", "es"),
        text="Tu código de verificación es 582 114. Caduca en 10 minutos.\n\nSi no lo has solicitado, ignora este mensaje.\n\nHoteles Mirasol",
    ),
]

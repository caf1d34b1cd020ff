# ruff: noqa: E501
"""Corpus 53, Spanish job mail (data only): see heldout53.py."""

from __future__ import annotations

from typing import Any


def _tz(day: str) -> str:
    return "+0200" if day >= "2026-03-29" else "+0100"


def m(
    key: str,
    when: str,
    frm: str,
    subject: str,
    t: tuple,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec: dict[str, Any] = {
        "id": f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{dom}>",
        "date": f"{when}:00 {_tz(when[:10])}",
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "es")


BR, BRR = "Brisa Seguros", "Analista de Datos"
ME_, MER = "Mercantia", "Analytics Engineer"
VL, VLR = "Vélez Logística", "Data Analyst"
CU, CUR = "Cuadrante", "Data Analyst (primer analista)"
HS, HSR = "Hidrosur Energía", "Analista BI"
NU, NUR, NUR2 = "Nubalia", "Data Analyst", "BI Developer"
KU, KUR, KUR2 = "Kuvo", "Analytics Engineer", "Senior Data Analyst"
LS, LSR = "Lumbre Studio", "Data Analyst"
OL, OLR = "Oleada Travel", "Product Data Analyst"
TS, TSR = "Trébol Salud", "Analista de Datos Sanitarios"
RI, RIR = "Rutas Ibéricas", "Data Analyst Operaciones"
PD, PDR = "Pincel Digital", "Analista de Marketing Digital"
AR, ARR = "Almacenes Roca", "Data Analyst"
KI, KIR = "Kiosko", "Analytics Engineer"

MAIL: list[dict[str, Any]] = [
    # --- 1 Brisa Seguros (marca de Grupo Albatros Seguros, S.A.), Workday --------------------
    m(
        "530101",
        "2025-11-04 10:17",
        "Grupo Albatros <grupoalbatros@myworkday.com>",
        "Hemos recibido tu candidatura",
        E("confirmation", BR, BRR, 1, "workday"),
        "Hola Lucía:\n\nGracias por tu interés en formar parte de Grupo Albatros. Confirmamos que hemos recibido "
        "tu candidatura para la posición Analista de Datos - Brisa Seguros (Ref. R-0048213), con base en Madrid.\n\n"
        "Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto "
        "contigo. Puedes consultar el estado de tu candidatura en cualquier momento desde nuestro portal de empleo.\n\n"
        "Un saludo,\nEquipo de Talento\nGrupo Albatros Seguros, S.A.\n\n"
        "Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.",
    ),
    m(
        "530102",
        "2025-11-19 13:02",
        "Marta Quiroga Bellido <mquiroga@grupoalbatros.es>",
        "Entrevista Analista de Datos - Brisa",
        E("interview", BR, BRR, 1, "direct"),
        "Buenos días, Lucía:\n\nTe escribo desde el equipo de Selección de Grupo Albatros en relación con tu candidatura "
        "para el puesto de Analista de Datos en Brisa Seguros.\n\nNos gustaría conocerte en una primera entrevista por "
        "Teams con Íñigo Ferrer, responsable de Customer Analytics de Brisa. Te acabo de enviar la convocatoria para "
        "el martes 25 de noviembre a las 10:00. Si no te viniera bien, dime qué otros huecos tienes esa semana.\n\n"
        "Un saludo,\n\nMarta Quiroga Bellido\nTalent Acquisition · Grupo Albatros\nPaseo de la Castellana 141, 28046 Madrid",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000B1A9C3F1@grupoalbatros.es",
            "start": "2025-11-25 10:00:00 +0100",
            "minutes": 45,
            "summary": "Entrevista Lucía Fernández - Analista de Datos Brisa",
            "organizer": ("Marta Quiroga Bellido", "mquiroga@grupoalbatros.es"),
            "attendees": [("Íñigo Ferrer", "iferrer@brisaseguros.es")],
            "location": "Reunión de Microsoft Teams",
            "description": "Únete a la reunión de Microsoft Teams desde el enlace del calendario.",
        },
    ),
    m(
        "530103",
        "2025-12-11 17:40",
        "Grupo Albatros <grupoalbatros@myworkday.com>",
        "Información sobre tu proceso de selección",
        E("rejection", BR, BRR, 1, "workday"),
        "Hola Lucía:\n\nQueremos agradecerte sinceramente el tiempo que has dedicado al proceso de selección para la "
        "posición Analista de Datos - Brisa Seguros. Al equipo le gustó mucho tu conversación y tu experiencia con dbt.\n\n"
        "Lamentablemente, en esta ocasión hemos decidido continuar con otras candidaturas cuyo perfil se ajusta más "
        "a las necesidades actuales del puesto.\n\nGuardaremos tus datos para futuras oportunidades, de acuerdo con "
        "nuestra política de privacidad. Te deseamos mucho éxito.\n\nUn saludo,\nEquipo de Talento\nGrupo Albatros",
    ),
    # --- 2 Mercantia (Mercantia Retail Solutions, S.L. / MRS), InfoJobs -> oferta aceptada -----
    m(
        "530201",
        "2026-01-12 09:31",
        "InfoJobs <noreply@infojobs.net>",
        "Has aplicado a la oferta Analytics Engineer",
        E("confirmation", ME_, MER, 2, "other"),
        html="<div style='font-family:Arial'><h2>¡Inscripción realizada!</h2><p>Hola Lucía,</p><p>Te has inscrito "
        "correctamente en la oferta <b>Analytics Engineer (dbt + BigQuery)</b> de <b>MERCANTIA RETAIL SOLUTIONS SL</b> "
        "en Madrid.</p><p>Te avisaremos cuando la empresa lea tu CV o cambie el estado de tu inscripción.</p>"
        "<p><a href='https://www.infojobs.net/candidate/applications'>Ver mis inscripciones</a></p>"
        "<p style='color:#999;font-size:11px'>InfoJobs · Adevinta Spain, S.L.U. Si no quieres recibir estos avisos, "
        "cambia tus preferencias.</p></div>",
    ),
    m(
        "530202",
        "2026-01-14 16:05",
        "InfoJobs <noreply@infojobs.net>",
        "MERCANTIA RETAIL SOLUTIONS SL ha leído tu CV",
        E("viewed", ME_, MER, 2, "other"),
        html="<p>Hola Lucía,</p><p>Buenas noticias: <b>MERCANTIA RETAIL SOLUTIONS SL</b> ha leído tu CV para la oferta "
        "<b>Analytics Engineer (dbt + BigQuery)</b>.</p><p>Estado de tu inscripción: <b>CV leído</b></p>"
        "<p><a href='https://www.infojobs.net/candidate/applications'>Consulta tu proceso</a></p>",
    ),
    m(
        "530203",
        "2026-01-20 11:48",
        "Sergio Arrieta <sergio.arrieta@mrs-retail.es>",
        "MRS | Entrevista Analytics Engineer",
        E("interview", ME_, MER, 2, "direct"),
        "Hola Lucía,\n\nSoy Sergio, Head of Data en MRS (Mercantia). Hemos visto tu CV a través de InfoJobs y nos "
        "encantaría charlar contigo sobre la posición de Analytics Engineer.\n\nTe propongo que elijas hueco aquí para "
        "una videollamada de 45 min: https://calendly.com/sergio-arrieta-mrs/entrevista-45\n\n"
        "Un abrazo,\nSergio\n\n--\nSergio Arrieta\nHead of Data\nMercantia Retail Solutions, S.L.\nC/ Orense 34, Madrid",
    ),
    m(
        "530204",
        "2026-01-21 09:12",
        "Calendly <notifications@calendly.com>",
        "Nuevo evento: Lucía Fernández Otero - 09:30 lun 26 ene 2026 - Entrevista 45 min",
        E("interview", ME_, MER, 2, "other"),
        "Hola Lucía Fernández Otero,\n\nTu cita con Sergio Arrieta está programada.\n\nTipo de evento: Entrevista 45 min\n"
        "Fecha: 09:30 - 10:15, lunes, 26 de enero de 2026 (hora de Europa Central)\nUbicación: Google Meet, los detalles "
        "se añadirán al evento.\n\nNecesitas hacer cambios? Cancelar | Reprogramar\n\nCon la tecnología de Calendly",
        ics={
            "uid": "cal-mrs-7f3k2@calendly.com",
            "start": "2026-01-26 09:30:00 +0100",
            "minutes": 45,
            "summary": "Entrevista 45 min entre Sergio Arrieta y Lucía Fernández Otero",
            "organizer": ("Sergio Arrieta", "sergio.arrieta@mrs-retail.es"),
            "location": "https://meet.google.com/hzp-qwka-mno",
        },
    ),
    m(
        "530205",
        "2026-02-03 18:22",
        "Sergio Arrieta <sergio.arrieta@mrs-retail.es>",
        "Re: MRS | Entrevista Analytics Engineer",
        E("interview", ME_, MER, 2, "direct"),
        "Hola Lucía,\n\nMil gracias por la prueba técnica, nos ha gustado mucho cómo modelaste las ventas por tienda.\n\n"
        "El siguiente paso sería una sesión presencial en la oficina de Orense con Noelia (CTO) y Raúl, de negocio. "
        "¿Te encaja el jueves 12 a las 11:00? Te mando invitación.\n\nSergio\n\n"
        "El mar, 27 ene 2026 a las 19:10, Lucía Fernández Otero <lucia.fdez.otero@gmail.com> escribió:\n"
        "> Hola Sergio, te adjunto el repo con la prueba. Cualquier duda me dices.\n> Un saludo, Lucía",
        **{
            "In-Reply-To": "<530203.20260120.35@mrs-retail.es>",
            "References": "<530203.20260120.35@mrs-retail.es>",
        },
        ics={
            "uid": "mrs-onsite-12feb@mrs-retail.es",
            "start": "2026-02-12 11:00:00 +0100",
            "minutes": 90,
            "summary": "MRS - Entrevista final Lucía Fernández (Analytics Engineer)",
            "organizer": ("Sergio Arrieta", "sergio.arrieta@mrs-retail.es"),
            "attendees": [("Noelia Prats", "noelia.prats@mrs-retail.es")],
            "location": "Mercantia, C/ Orense 34, 6ª planta, Madrid",
        },
    ),
    m(
        "530206",
        "2026-02-18 13:15",
        "Beatriz Lozano <personas@mrs-retail.es>",
        "Propuesta de incorporación - Mercantia",
        E("offer", ME_, MER, 2, "direct"),
        "Hola Lucía:\n\nEn nombre de todo el equipo, estamos muy contentos de hacerte llegar nuestra propuesta para "
        "incorporarte como Analytics Engineer en Mercantia Retail Solutions, S.L.\n\nResumen de condiciones:\n"
        "- Salario bruto anual: 46.000 €\n- Modelo híbrido (2 días en oficina)\n- Retribución flexible y seguro médico\n"
        "- Incorporación prevista: 16 de marzo de 2026\n\nEn breve recibirás la carta de oferta a través de DocuSign "
        "para su firma. Si tienes cualquier duda, llámame.\n\nUn abrazo,\nBeatriz Lozano\nPersonas y Cultura · MRS",
    ),
    m(
        "530207",
        "2026-02-19 10:02",
        "Beatriz Lozano via DocuSign <dse_NA4@docusign.net>",
        "Completa con DocuSign: Carta de oferta - Lucía Fernández Otero",
        E("offer", ME_, MER, 2, "docusign"),
        html="<table><tr><td><p>Beatriz Lozano te ha enviado un documento para revisar y firmar.</p>"
        "<p><a href='https://eu.docusign.net/Signing/EmailStart.aspx?a=5e1c'>REVISAR DOCUMENTO</a></p>"
        "<p><b>Beatriz Lozano</b><br>personas@mrs-retail.es</p><p>Lucía, te adjuntamos la carta de oferta. "
        "Por favor revísala y fírmala antes del 25 de febrero.</p><p style='font-size:11px'>No compartas este "
        "correo. Powered by DocuSign</p></td></tr></table>",
    ),
    m(
        "530208",
        "2026-02-20 08:47",
        "DocuSign <dse_NA4@docusign.net>",
        "Completado: Carta de oferta - Lucía Fernández Otero",
        E("offer", ME_, MER, 2, "docusign"),
        html="<p>Todas las partes han completado <b>Carta de oferta - Lucía Fernández Otero</b>.</p>"
        "<p>Remitente: Beatriz Lozano (Mercantia Retail Solutions, S.L.)</p><p><a href='https://eu.docusign.net/"
        "Signing/EmailStart.aspx?a=99ab'>VER DOCUMENTO COMPLETADO</a></p>",
        st="accepted",
    ),
    m(
        "530209",
        "2026-03-02 12:30",
        "Beatriz Lozano <personas@mrs-retail.es>",
        "Bienvenida a MRS - documentación para tu alta",
        ("other_job", ME_, MER, None, "direct", "es"),
        "Hola Lucía:\n\n¡Ya queda menos! Para tramitar tu alta en la Seguridad Social necesitamos que nos envíes "
        "copia del DNI, número de afiliación y número de cuenta (IBAN). El lunes 16 a las 9:00 te esperamos en "
        "recepción; te daremos el portátil y tendrás un onboarding con IT.\n\nUn abrazo,\nBeatriz",
    ),
    # --- 3 Vélez Logística vía Talentia Consulting (ETT) -------------------------------------
    m(
        "530301",
        "2025-11-13 12:09",
        "Raquel Benítez <rbenitez@talentiaconsulting.es>",
        "Oportunidad Data Analyst - empresa líder en logística (Madrid)",
        ("outreach", None, VLR, None, "agency", "es"),
        "Hola Lucía, ¿qué tal?\n\nSoy Raquel, consultora de Talentia Consulting. Estoy trabajando en un proceso de "
        "selección para una importante empresa del sector logístico con sede en el Corredor del Henares, y tu perfil "
        "en LinkedIn encaja muy bien con lo que buscan: Data Analyst con SQL, Power BI y algo de Python.\n\n"
        "Contrato indefinido, 38-42k, híbrido. ¿Te apetece que lo hablemos por teléfono esta semana?\n\n"
        "Un saludo,\nRaquel Benítez\nSenior Consultant · IT & Data\nTalentia Consulting ETT, S.L.",
    ),
    m(
        "530302",
        "2025-11-18 16:40",
        "Raquel Benítez <rbenitez@talentiaconsulting.es>",
        "RE: Oportunidad Data Analyst - empresa líder en logística (Madrid)",
        E("confirmation", VL, VLR, 3, "agency"),
        "Hola Lucía,\n\nGracias por la llamada de ayer. Como te comenté, el cliente es Vélez Logística, en Alcalá de "
        "Henares. Ya he presentado tu candidatura al responsable de BI con la información que hablamos.\n\nEn cuanto "
        "tenga feedback te digo algo.\n\nUn saludo,\nRaquel\n\n-----Mensaje original-----\nDe: Lucía Fernández Otero\n"
        "Enviado el: lunes, 17 de noviembre de 2025 9:14\nAsunto: RE: Oportunidad Data Analyst\n\nHola Raquel, sí, "
        "me interesa. Te paso mi CV actualizado.",
    ),
    m(
        "530303",
        "2025-11-27 10:20",
        "Raquel Benítez <rbenitez@talentiaconsulting.es>",
        "Entrevista con Vélez Logística - martes 2/12",
        E("interview", VL, VLR, 3, "agency"),
        "Hola Lucía,\n\n¡Buenas noticias! Vélez quiere conocerte. La entrevista será presencial el martes 2 de "
        "diciembre a las 12:00 en sus oficinas (Av. de Madrid 112, Alcalá de Henares). Te entrevistarán Jorge Vélez "
        "(Director de Operaciones) y Elena Sanz (BI).\n\nLlévate algún ejemplo de cuadro de mando que hayas hecho.\n\n"
        "Mucha suerte,\nRaquel",
    ),
    m(
        "530304",
        "2025-12-16 11:55",
        "Raquel Benítez <rbenitez@talentiaconsulting.es>",
        "Novedades proceso Vélez",
        E("confirmation", VL, VLR, 3, "agency"),
        "Hola Lucía,\n\nTe escribo para ponerte al día. Vélez me comenta que han quedado muy contentos con la "
        "entrevista, pero han decidido congelar temporalmente la posición hasta que cierren el presupuesto de 2026. "
        "No es un no: el proceso queda en pausa y en enero me vuelven a decir.\n\nSiento no traerte algo más concreto. "
        "Seguimos en contacto.\n\nRaquel",
        st="on_hold",
    ),
    # --- 4 Cuadrante (start-up, fundador desde Gmail) -> retirada -----------------------------
    m(
        "530401",
        "2025-12-03 22:14",
        "Pablo Ibarra <pablo.ibarra.cuadrante@gmail.com>",
        "Tu candidatura en LinkedIn",
        E("interview", CU, CUR, 4, "direct"),
        "Hola Lucía!\n\nSoy Pablo, uno de los fundadores de Cuadrante (software de turnos para hostelería). Vi que "
        "te interesaste por la oferta de primer analista de datos que colgamos en LinkedIn y me ha gustado mucho tu "
        "perfil.\n\nTe escribo desde mi gmail porque aún estamos montando el dominio, perdona el caos :) ¿Te "
        "apetece un café la semana que viene? Estamos en un coworking en Lavapiés. Jueves o viernes por la mañana me "
        "van bien.\n\nUn abrazo,\nPablo\nCEO & cofundador, Cuadrante",
    ),
    m(
        "530402",
        "2025-12-05 09:01",
        "Pablo Ibarra <pablo.ibarra.cuadrante@gmail.com>",
        "Invitación: Café Lucía / Pablo (Cuadrante) @ jue 11 dic 2025 10:00 - 11:00 (CET)",
        E("interview", CU, CUR, 4, "direct"),
        "Pablo Ibarra te ha invitado a un evento.\n\nCafé Lucía / Pablo (Cuadrante)\nJueves, 11 de diciembre de "
        "2025 ⋅ 10:00 – 11:00 (hora estándar de Europa central)\nEspacio Lavapiés, C/ del Ave María 20, Madrid\n\n"
        "Invitación de Google Calendar",
        ics={
            "uid": "5kq0a1tqd3@google.com",
            "start": "2025-12-11 10:00:00 +0100",
            "summary": "Café Lucía / Pablo (Cuadrante)",
            "organizer": ("Pablo Ibarra", "pablo.ibarra.cuadrante@gmail.com"),
            "location": "Espacio Lavapiés, C/ del Ave María 20, Madrid",
        },
    ),
    m(
        "530403",
        "2026-01-09 19:33",
        "Pablo Ibarra <pablo.ibarra.cuadrante@gmail.com>",
        "Re: Siguiente paso",
        E("interview", CU, CUR, 4, "direct"),
        "Lucía, feliz año!\n\nComo te dije, el siguiente paso sería una sesión de 2 horas con Ana (la otra fundadora) "
        "mirando nuestros datos reales de Metabase. ¿Te va bien el 22 de enero por la tarde?\n\nPablo",
    ),
    m(
        "530404",
        "2026-02-21 10:47",
        "Pablo Ibarra <pablo.ibarra.cuadrante@gmail.com>",
        "Re: Retiro mi candidatura",
        E("confirmation", CU, CUR, 4, "direct"),
        "Hola Lucía,\n\nQué pena, pero lo entiendo perfectamente y enhorabuena por la oferta de Mercantia, se "
        "llevan a alguien muy bueno. Cierro tu proceso por nuestra parte.\n\nSi algún día te apetece volver al "
        "mundo start-up, ya sabes dónde estamos. ¡Mucha suerte!\n\nPablo\n\n"
        "El vie, 20 feb 2026 a las 18:02, Lucía Fernández Otero escribió:\n> Hola Pablo, te escribo para retirar mi "
        "candidatura: he aceptado otra oferta. Muchísimas gracias por todo.",
        st="withdrawn",
    ),
    # --- 5 Hidrosur Energía (Tecnoempleo), sin respuesta --------------------------------------
    m(
        "530501",
        "2025-11-24 08:44",
        "Tecnoempleo <noreply@tecnoempleo.com>",
        "Confirmación de inscripción: Analista BI (Power BI / SQL Server)",
        E("confirmation", HS, HSR, 5, "other"),
        'Hola Lucía,\n\nTu inscripción en la oferta "Analista BI (Power BI / SQL Server)" publicada por HIDROSUR '
        "ENERGIA SA en Sevilla / Teletrabajo se ha realizado correctamente.\n\nPuedes seguir el estado de tus "
        "procesos desde tu Área de Candidato en tecnoempleo.com.\n\nTecnoempleo.com - Empleo en Informática y "
        "Telecomunicaciones",
    ),
    # --- 6 / 16 Nubalia, dos puestos (Factorial) ------------------------------------------------
    m(
        "530601",
        "2025-11-10 15:20",
        "Nubalia <no-reply@factorialhr.com>",
        "Gracias por tu candidatura a Data Analyst",
        E("confirmation", NU, NUR, 6, "other"),
        "Hola Lucía,\n\n¡Gracias por aplicar a Data Analyst en Nubalia! Hemos recibido tu candidatura correctamente.\n\n"
        "Vamos a revisar todos los perfiles con calma. Si no recibes noticias nuestras en las próximas tres semanas, "
        "significará que lamentablemente no seguimos adelante contigo en esta ocasión.\n\nUn saludo,\nEl equipo de Nubalia",
    ),
    m(
        "530602",
        "2025-11-10 15:26",
        "Nubalia <no-reply@factorialhr.com>",
        "Gracias por tu candidatura a BI Developer",
        E("confirmation", NU, NUR2, 16, "other"),
        "Hola Lucía,\n\n¡Gracias por aplicar a BI Developer en Nubalia! Hemos recibido tu candidatura correctamente.\n\n"
        "Vamos a revisar todos los perfiles con calma. Si no recibes noticias nuestras en las próximas tres semanas, "
        "significará que lamentablemente no seguimos adelante contigo en esta ocasión.\n\nUn saludo,\nEl equipo de Nubalia",
    ),
    m(
        "530603",
        "2025-11-28 12:00",
        "Nubalia <no-reply@factorialhr.com>",
        "Actualización de tu candidatura",
        E("rejection", NU, NUR2, 16, "other"),
        "Hola Lucía,\n\nGracias de nuevo por tu interés en la posición de BI Developer. Hemos recibido muchísimas "
        "candidaturas muy buenas y, tras revisarlas, hemos decidido avanzar con perfiles con más experiencia en "
        "desarrollo de cubos SSAS.\n\nTe animamos a seguir atenta a nuestras ofertas.\n\nUn abrazo,\nEquipo Nubalia",
    ),
    m(
        "530604",
        "2025-12-01 11:14",
        "Irene Solís <irene.solis@nubalia.com>",
        "Nubalia - charla inicial Data Analyst",
        E("interview", NU, NUR, 6, "direct"),
        "Hola Lucía,\n\nSoy Irene, de People en Nubalia. Nos ha encajado tu perfil para Data Analyst (no así para BI "
        "Developer, como ya habrás visto, ¡perdona!). ¿Podemos tener una llamada de 20 minutos el jueves 4 a las 16:30?\n\n"
        "Saludos,\nIrene Solís\nPeople Partner · Nubalia\nValencia",
    ),
    m(
        "530605",
        "2025-12-19 14:08",
        "Irene Solís <irene.solis@nubalia.com>",
        "Re: Nubalia - charla inicial Data Analyst",
        E("rejection", NU, NUR, 6, "direct"),
        "Hola Lucía,\n\nMuchas gracias por tu tiempo con Carles y conmigo. Valoramos mucho tu forma de explicar los "
        "análisis de cohortes.\n\nAl final nos hemos decantado por una persona que puede estar en la oficina de Valencia "
        "cuatro días por semana, algo que para el equipo es importante ahora mismo. Sentimos no poder darte mejores "
        "noticias y ojalá coincidamos más adelante.\n\nUn saludo,\nIrene",
    ),
    # --- 7 / 15 Kuvo (Kuvo Pagos, S.L.), Personio + Codility; reaplicación -------------------
    m(
        "530701",
        "2025-11-06 18:11",
        "Kuvo Pagos S.L. <no-reply@personio.de>",
        "Tu candidatura - Analytics Engineer",
        E("confirmation", KU, KUR, 7, "personio"),
        "Hola Lucía Fernández Otero,\n\nmuchas gracias por tu candidatura para el puesto de Analytics Engineer y por "
        "el interés en Kuvo.\n\nRevisaremos tu documentación y nos pondremos en contacto contigo lo antes posible.\n\n"
        "Saludos cordiales\nTu equipo de Recruiting de Kuvo Pagos S.L.",
    ),
    m(
        "530702",
        "2025-11-14 10:03",
        "Codility <no-reply@codility.com>",
        "Kuvo te invita a realizar una prueba técnica",
        E("assessment", KU, KUR, 7, "codility"),
        html="<p>Hola Lucía,</p><p><b>Kuvo</b> te invita a completar la prueba <b>Analytics Engineering - SQL</b>.</p>"
        "<p>Tiempo disponible: 75 minutos. El enlace caduca el 21/11/2025 a las 23:59 CET.</p>"
        "<p><a href='https://app.codility.com/c/run/demoKV2-4HQ'>Empezar la prueba</a></p>"
        "<p>Te recomendamos probar antes la demo. ¡Suerte!</p><p style='color:#777'>Codility</p>",
    ),
    m(
        "530703",
        "2025-11-25 12:44",
        "Alba Montes <alba.montes@kuvo.es>",
        "Kuvo · Entrevista técnica",
        E("interview", KU, KUR, 7, "direct"),
        "Hola Lucía,\n\nEnhorabuena, has superado la prueba de Codility. El siguiente paso es una entrevista técnica "
        "de una hora con Dani y Lorena (equipo de Data Platform). Reserva hueco aquí: "
        "https://kuvo.personio.de/interview-scheduling/7d2f\n\nUn saludo,\nAlba Montes\nTalent Acquisition · Kuvo",
    ),
    m(
        "530704",
        "2025-12-09 09:58",
        "Kuvo Pagos S.L. <no-reply@personio.de>",
        "Tu candidatura en Kuvo",
        E("rejection", KU, KUR, 7, "personio"),
        "Hola Lucía Fernández Otero,\n\nte agradecemos mucho el tiempo y el esfuerzo que has dedicado a nuestro "
        "proceso de selección. Tras valorar todas las entrevistas, hemos decidido no continuar con tu candidatura "
        "para el puesto de Analytics Engineer.\n\nNo ha sido una decisión fácil. Nos gustaría conservar tus datos "
        "para futuras vacantes.\n\nSaludos cordiales\nTu equipo de Recruiting de Kuvo Pagos S.L.",
    ),
    m(
        "530705",
        "2026-03-10 19:22",
        "Kuvo Pagos S.L. <no-reply@personio.de>",
        "Tu candidatura - Senior Data Analyst",
        E("confirmation", KU, KUR2, 15, "personio"),
        "Hola Lucía Fernández Otero,\n\nmuchas gracias por tu candidatura para el puesto de Senior Data Analyst y "
        "por el interés en Kuvo.\n\nRevisaremos tu documentación y nos pondremos en contacto contigo lo antes posible.\n\n"
        "Saludos cordiales\nTu equipo de Recruiting de Kuvo Pagos S.L.",
    ),
    m(
        "530706",
        "2026-03-11 08:30",
        "Alba Montes <alba.montes@kuvo.es>",
        "Re: Tu candidatura - Senior Data Analyst",
        E("confirmation", KU, KUR2, 15, "direct"),
        "Hola Lucía,\n\nQué bien verte de nuevo por aquí. Vi que has empezado en Mercantia hace nada; si es un "
        "error y no querías aplicar, dímelo sin problema. Si sigue en pie, lo paso al equipo.\n\nAlba",
    ),
    # --- 8 Lumbre Studio (Teamtailor, Valencia) -----------------------------------------------
    m(
        "530801",
        "2025-12-15 11:06",
        "Lumbre Studio <no-reply@teamtailor-mail.com>",
        "¡Gracias por tu candidatura, Lucía!",
        E("confirmation", LS, LSR, 8, "teamtailor"),
        "Hola Lucía,\n\nGracias por tu interés en Lumbre Studio y por tu candidatura a Data Analyst (Valencia, híbrido). "
        "Somos un equipo pequeño, así que revisamos cada CV a mano; puede que tardemos un poco en responder.\n\n"
        "Mientras tanto, echa un vistazo a lo que hacemos en lumbre.studio/blog.\n\nSaludos,\nLumbre Studio",
    ),
    m(
        "530802",
        "2026-01-08 15:27",
        "Lumbre Studio <no-reply@teamtailor-mail.com>",
        "Actualización sobre Data Analyst",
        E("rejection", LS, LSR, 8, "teamtailor"),
        "Hola Lucía,\n\nGracias por la paciencia. Hemos revisado tu candidatura con mucho interés y tu experiencia "
        "en retail nos pareció muy interesante.\n\nDespués de pensarlo bien, hemos decidido seguir con otras "
        "personas para este puesto. Te deseamos lo mejor en tu búsqueda.\n\nUn saludo,\nVicent, Lumbre Studio",
    ),
    # --- 10 Trébol Salud (BambooHR) -------------------------------------------------------------
    m(
        "530901",
        "2025-12-02 09:45",
        "Trébol Salud <notifications@app.bamboohr.com>",
        "Hemos recibido tu solicitud",
        E("confirmation", TS, TSR, 10, "bamboohr"),
        "Hola Lucía,\n\nGracias por presentar tu solicitud para Analista de Datos Sanitarios en Trébol Salud. "
        "Tu candidatura ha llegado correctamente.\n\nNuestro equipo revisará tu perfil; si eres seleccionada para la "
        "siguiente fase, te contactaremos. Lamentablemente, por el volumen de candidaturas no podemos responder "
        "individualmente a todas las personas.\n\nGracias,\nRecursos Humanos · Trébol Salud",
    ),
    m(
        "530902",
        "2026-01-16 13:30",
        "Trébol Salud <notifications@app.bamboohr.com>",
        "Analista de Datos Sanitarios - Trébol Salud",
        E("rejection", TS, TSR, 10, "bamboohr"),
        "Estimada Lucía:\n\nLe agradecemos el interés mostrado en Trébol Salud. Tras estudiar detenidamente su "
        "candidatura, le comunicamos que en esta ocasión no ha sido seleccionada para continuar en el proceso.\n\n"
        "Conservaremos su CV en nuestra base de datos. Reciba un cordial saludo.\n\nRecursos Humanos · Trébol Salud",
    ),
    # --- 11 Rutas Ibéricas (SmartRecruiters + HackerRank) ---------------------------------------
    m(
        "531001",
        "2026-01-19 20:02",
        "Rutas Ibéricas <noreply@smartrecruiters.com>",
        "Gracias por tu candidatura a Rutas Ibéricas",
        E("confirmation", RI, RIR, 11, "smartrecruiters"),
        "Hola Lucía,\n\nGracias por postularte a Data Analyst Operaciones (Madrid). Hemos recibido tu candidatura.\n\n"
        "Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.\n\n"
        "Atentamente,\nEquipo de Selección de Rutas Ibéricas Transporte, S.A.",
    ),
    m(
        "531002",
        "2026-01-26 09:15",
        "HackerRank <support@hackerrank.com>",
        "Invitación: Rutas Ibéricas - SQL & Python Assessment",
        E("assessment", RI, RIR, 11, "hackerrank"),
        html="<p>Hola Lucía,</p><p>Recibe un saludo de <b>Rutas Ibéricas</b>.</p><p>Te han invitado a realizar la prueba "
        "<b>Data Analyst - SQL &amp; Python</b>. Duración: 60 minutos. Fecha límite: 02/02/2026 23:59 CET.</p>"
        "<p><a href='https://www.hackerrank.com/test/3r1bq/login'>Comenzar prueba</a></p><p>Powered by HackerRank</p>",
    ),
    m(
        "531003",
        "2026-02-05 10:40",
        "Rutas Ibéricas <noreply@smartrecruiters.com>",
        "Tu proceso en Rutas Ibéricas",
        E("rejection", RI, RIR, 11, "smartrecruiters"),
        "Hola Lucía,\n\nGracias por completar la prueba técnica. Hemos revisado los resultados junto con tu "
        "candidatura y, aunque has obtenido una buena puntuación, en esta ocasión hemos decidido continuar el "
        "proceso con otros perfiles.\n\nTe deseamos mucha suerte.\n\nEquipo de Selección",
    ),
    # --- 12 Pincel Digital (LinkedIn), sin respuesta -------------------------------------------
    m(
        "531101",
        "2025-11-21 17:55",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, se ha enviado tu solicitud a Pincel Digital",
        E("confirmation", PD, PDR, 12, "linkedin"),
        html="<p>Tu solicitud se ha enviado a Pincel Digital</p><table><tr><td><b>Analista de Marketing Digital</b><br>"
        "Pincel Digital · Barcelona (híbrido)<br>Solicitud enviada el 21 nov</td></tr></table><p>Ahora puedes "
        "consultar el estado de tu solicitud en Mis empleos.</p><p style='font-size:11px'>LinkedIn Ireland Unlimited "
        "Company, Wilton Plaza, Dublín 2.</p>",
    ),
    m(
        "531102",
        "2025-11-26 08:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud se ha visto",
        E("viewed", PD, PDR, 12, "linkedin"),
        html="<p>Hola Lucía:</p><p>Pincel Digital ha visto tu solicitud para <b>Analista de Marketing Digital</b>.</p>"
        "<p><a href='https://www.linkedin.com/my-items/saved-jobs/'>Ver solicitud</a></p>",
    ),
    # --- 13 Almacenes Roca (Indeed) ---------------------------------------------------------------
    m(
        "531201",
        "2025-12-22 21:04",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Data Analyst",
        E("confirmation", AR, ARR, 13, "indeed"),
        html="<p><b>Se ha enviado tu solicitud</b></p><p>Data Analyst<br>Almacenes Roca - Getafe, Madrid</p>"
        "<p>Estos son los próximos pasos: la empresa revisará tu solicitud. Te recomendamos seguir buscando "
        "empleos mientras esperas.</p><p>Indeed</p>",
    ),
    m(
        "531202",
        "2026-01-13 10:10",
        "Almacenes Roca a través de Indeed <noreply@indeed.com>",
        "Respuesta de Almacenes Roca a tu solicitud",
        E("rejection", AR, ARR, 13, "indeed"),
        "Hola Lucía:\n\nGracias por tu interés en el puesto de Data Analyst en Almacenes Roca. Después de revisar tu "
        "solicitud, hemos decidido no avanzar con tu candidatura en este momento.\n\nTe deseamos suerte en tu "
        "búsqueda.\n\nAlmacenes Roca\n\nEste mensaje se ha enviado a través de Indeed.",
    ),
    # --- 14 Kiosko (Welcome to the Jungle) -----------------------------------------------------
    m(
        "531301",
        "2026-02-02 12:51",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Tu candidatura para Kiosko ha sido enviada",
        E("confirmation", KI, KIR, 14, "other"),
        html="<h3>¡Candidatura enviada!</h3><p>Lucía, has enviado tu candidatura al puesto <b>Analytics Engineer</b> en "
        "<b>Kiosko</b> (Barcelona / remoto España).</p><p>Sigue tus candidaturas desde tu espacio personal.</p>",
    ),
    m(
        "531302",
        "2026-02-24 16:38",
        "Kiosko Talent <talent@kiosko.app>",
        "Kiosko - Analytics Engineer",
        E("rejection", KI, KIR, 14, "direct"),
        "Hola Lucía,\n\nGracias por apuntarte a nuestra oferta de Analytics Engineer. Hemos cerrado el proceso con "
        "otra candidata. ¡Mucho ánimo y gracias por pensar en Kiosko!\n\nEquipo de Talento",
    ),
    # --- 9 Oleada Travel (Recruitee, Barcelona) -> oferta rechazada --------------------------------
    m(
        "531401",
        "2026-01-05 10:22",
        "Oleada Travel <no-reply@recruitee.com>",
        "Hemos recibido tu candidatura - Product Data Analyst",
        E("confirmation", OL, OLR, 9, "recruitee"),
        "Hola Lucía,\n\nGracias por tu candidatura para Product Data Analyst en Oleada Travel (Barcelona). La revisaremos "
        "en los próximos días.\n\nUn saludo,\nOleada Travel · Talent",
    ),
    m(
        "531402",
        "2026-01-14 12:00",
        "Jordi Puigvert <jordi.puigvert@oleadatravel.com>",
        "Oleada Travel | Primera entrevista",
        E("interview", OL, OLR, 9, "direct"),
        "Hola Lucía,\n\nEncantado. Soy Jordi, Product Analytics Lead. ¿Te parece bien una videollamada el lunes 19 a "
        "las 17:00? Te mando la invitación de Google Meet.\n\nSalut,\nJordi",
        ics={
            "uid": "0ol7n3dabc@google.com",
            "start": "2026-01-19 17:00:00 +0100",
            "minutes": 45,
            "summary": "Oleada Travel - Lucía Fernández (Product Data Analyst)",
            "organizer": ("Jordi Puigvert", "jordi.puigvert@oleadatravel.com"),
            "location": "https://meet.google.com/oly-trvl-bcn",
        },
    ),
    m(
        "531403",
        "2026-02-10 18:30",
        "Jordi Puigvert <jordi.puigvert@oleadatravel.com>",
        "Oferta Oleada Travel",
        E("offer", OL, OLR, 9, "direct"),
        "Hola Lucía,\n\nTe confirmo por escrito lo que hablamos por teléfono: queremos que te unas a Oleada como "
        "Product Data Analyst. 42.000 € brutos + bonus del 8 %, remoto con una semana al trimestre en Barcelona.\n\n"
        "Te adjunto el resumen. ¿Podrías darnos una respuesta antes del 20 de febrero?\n\nJordi",
        attach=[
            (
                "Oleada_Travel_resumen_oferta.txt",
                "text/plain",
                "Puesto: Product Data Analyst\nSalario: 42.000 EUR\nBonus: 8%\n",
            )
        ],
    ),
    m(
        "531404",
        "2026-02-19 11:15",
        "Jordi Puigvert <jordi.puigvert@oleadatravel.com>",
        "Re: Oferta Oleada Travel",
        E("offer", OL, OLR, 9, "direct"),
        "Hola Lucía,\n\nGracias por decírnoslo con tanta claridad. Nos da pena, pero entendemos que la propuesta de "
        "Madrid encaja mejor contigo ahora mismo. Dejamos la oferta cerrada.\n\nLa puerta queda abierta.\n\nJordi\n\n"
        "> Hola Jordi, después de pensarlo mucho he decidido no aceptar la oferta...",
        st="declined",
    ),
    # --- alertas, outreach y otros (ES) -----------------------------------------------------------
    m(
        "531501",
        "2025-11-03 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "12 nuevas ofertas de Data Analyst en Madrid",
        ("alert", None, None, None, "other", "es"),
        html="<p>Hola Lucía, estas son las nuevas ofertas de tu alerta <b>data analyst - Madrid</b>:</p><ul>"
        "<li>Data Analyst Junior - Conexia Grupo - Madrid</li><li>Analista de Datos (SQL) - Quantum Hoteles - Madrid</li>"
        "<li>Consultor BI - Inforges Consulting - Madrid</li></ul><p><a href='https://www.infojobs.net'>Ver todas</a></p>",
    ),
    m(
        "531502",
        "2025-12-08 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "8 nuevas ofertas de Data Analyst en Madrid",
        ("alert", None, None, None, "other", "es"),
        html="<p>Hola Lucía, nuevas ofertas para <b>data analyst - Madrid</b>:</p><ul><li>Data Analyst - Ferretería "
        "Vallés - Alcobendas</li><li>Analista de Datos de Negocio - Grupo Noray - Madrid</li></ul>",
    ),
    m(
        "531503",
        "2026-01-19 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "15 nuevas ofertas de Analytics Engineer",
        ("alert", None, None, None, "other", "es"),
        html="<p>Ofertas nuevas para tu alerta <b>analytics engineer</b>:</p><ul><li>Analytics Engineer - Datalia "
        "Consulting - Remoto</li><li>Analytics Engineer dbt - Casamar Retail - Madrid</li></ul>",
    ),
    m(
        "531504",
        "2025-11-17 09:00",
        "Tecnoempleo <alertas@tecnoempleo.com>",
        "Ofertas de empleo: Power BI, Madrid",
        ("alert", None, None, None, "other", "es"),
        "Nuevas ofertas que coinciden con tu búsqueda Power BI en Madrid:\n\n- Analista Power BI (Ref. 2291) - "
        "Teletrabajo\n- Técnico BI / SQL - Tres Cantos\n- Data Analyst Power BI - Madrid\n\nDarse de baja de esta alerta",
    ),
    m(
        "531505",
        "2026-02-09 09:00",
        "Tecnoempleo <alertas@tecnoempleo.com>",
        "Ofertas de empleo: dbt, España",
        ("alert", None, None, None, "other", "es"),
        "Nuevas ofertas que coinciden con tu búsqueda dbt en España:\n\n- Analytics Engineer (dbt, Snowflake) - "
        "Barcelona\n- Data Engineer dbt - 100% remoto\n\nDarse de baja de esta alerta",
    ),
    m(
        "531506",
        "2025-11-08 11:36",
        "Grupo Albatros <grupoalbatros@myworkday.com>",
        "Bienvenida a la comunidad de talento de Grupo Albatros",
        ("alert", "Grupo Albatros", None, None, "workday", "es"),
        "Hola Lucía:\n\nGracias por unirte a nuestra comunidad de talento. Te avisaremos cuando publiquemos "
        "posiciones que encajen con tus intereses en Brisa Seguros, Albatros Vida y el resto de marcas del grupo.\n\n"
        "Equipo de Talento · Grupo Albatros",
    ),
    m(
        "531507",
        "2026-01-09 19:00",
        "Rutas Ibéricas <noreply@smartrecruiters.com>",
        "Completa tu candidatura",
        ("alert", RI, RIR, None, "smartrecruiters", "es"),
        "Hola Lucía,\n\nHemos visto que empezaste a rellenar tu candidatura para Data Analyst Operaciones pero no la "
        "terminaste. ¡Aún estás a tiempo! Retoma donde lo dejaste: https://jobs.smartrecruiters.com/RutasIbericas/\n\n"
        "Equipo de Selección",
    ),
    m(
        "531508",
        "2025-12-10 13:19",
        "Héctor Lamas <hector.lamas@norteseleccion.es>",
        "Consultora BI - proyecto banca",
        ("outreach", None, "Consultora BI", None, "agency", "es"),
        "Buenos días Lucía,\n\nTrabajo en Norte Selección IT y busco una Consultora BI para un proyecto estable en "
        "una entidad bancaria en Las Tablas. Tecnologías: Power BI, SQL, DAX. Modalidad híbrida, 40-45k.\n\n"
        "¿Te interesaría? Si es así, envíame tu CV actualizado y tu disponibilidad.\n\nGracias y un saludo,\n"
        "Héctor Lamas\nNorte Selección IT",
    ),
    m(
        "531509",
        "2026-01-27 08:58",
        "Nerea Castaño <nerea@sabanadatos.com>",
        "Analytics Engineer en Sábana Datos (Valencia)",
        ("outreach", "Sábana Datos", "Analytics Engineer", None, "direct", "es"),
        "Hola Lucía,\n\nTe escribo porque he visto tu charla sobre dbt en el meetup de Madrid. En Sábana Datos "
        "estamos buscando una Analytics Engineer para el equipo de Valencia (o remoto). ¿Te apetecería charlar 15 "
        "minutos sin compromiso?\n\nUn saludo,\nNerea Castaño\nCTO · Sábana Datos",
    ),
    m(
        "531511",
        "2026-01-07 16:40",
        "Raquel Benítez <rbenitez@talentiaconsulting.es>",
        "Respuesta automática: Vélez - ¿novedades?",
        ("other_job", None, None, None, "agency", "es"),
        "Hola, estoy de vacaciones hasta el 12 de enero. Para temas urgentes escribe a seleccion@talentiaconsulting.es.\n\n"
        "Raquel Benítez · Talentia Consulting",
    ),
    m(
        "531512",
        "2026-04-08 10:05",
        "InfoJobs <noreply@infojobs.net>",
        "¿Qué tal tu experiencia con los procesos de selección?",
        ("other_job", None, None, None, "other", "es"),
        html="<p>Hola Lucía,</p><p>Hace poco participaste en procesos de selección a través de InfoJobs. ¿Nos ayudas "
        "con una encuesta de 2 minutos?</p><p><a href='https://encuestas.infojobs.net/s/ab1'>Responder encuesta</a></p>",
    ),
    m(
        "531513",
        "2025-11-04 10:15",
        "Grupo Albatros <grupoalbatros@myworkday.com>",
        "Verifica tu cuenta del portal de empleo",
        ("other_job", "Grupo Albatros", None, None, "workday", "es"),
        "Hola Lucía:\n\nPara terminar de crear tu cuenta en el portal de empleo de Grupo Albatros, introduce este "
        "código de verificación: 482913\n\nEl código caduca en 15 minutos.",
    ),
    m(
        "531514",
        "2026-03-16 08:00",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Empresas que contratan Analytics Engineer en Madrid",
        ("alert", None, None, None, "linkedin", "es"),
        html="<p>Lucía, estos empleos coinciden con tus preferencias:</p><ul><li>Analytics Engineer · Ormazábal "
        "Digital · Madrid</li><li>Senior Data Analyst · Kuvo · Madrid</li><li>Data Analyst · Grupo Tressa · Madrid</li></ul>",
    ),
    m(
        "531515",
        "2026-02-12 09:40",
        "Raquel Benítez <rbenitez@talentiaconsulting.es>",
        "Reactivación proceso Vélez Logística",
        E("interview", VL, VLR, 3, "agency"),
        "Hola Lucía,\n\n¡Vélez ha reactivado la vacante! Quieren hacer una segunda entrevista con el CFO el "
        "miércoles 18 a las 9:30 por Teams. ¿Te cuadra?\n\nRaquel",
    ),
    m(
        "531516",
        "2026-02-23 12:12",
        "Raquel Benítez <rbenitez@talentiaconsulting.es>",
        "RE: Reactivación proceso Vélez Logística",
        E("confirmation", VL, VLR, 3, "agency"),
        "Hola Lucía,\n\nRecibido, trasladaré a Vélez que te retiras del proceso. Enhorabuena por la nueva etapa y "
        "gracias por avisar tan rápido.\n\nUn abrazo,\nRaquel",
        st="withdrawn",
    ),
]

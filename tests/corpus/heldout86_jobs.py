# ruff: noqa: E501
"""Corpus 86, Spanish job mail (data only): see heldout86.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(dated_spec, _tz)


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "es")


def ics(start, summary, organizer, uid, minutes=60, style="outlook", **kw):
    ev = {
        "start": start,
        "summary": summary,
        "organizer": organizer,
        "uid": uid,
        "minutes": minutes,
        "style": style,
    }
    ev.update(kw)
    return ev


OS, OSR = "Olmedo & Sanz", "Asociada Sénior Mercantil / M&A"
IB, IBR = "Iberenergía", "Abogado/a Corporativo/a - Asesoría Jurídica"
TV, TVR, TVR2 = "Telvanta", "Legal Counsel Regulatorio", "Abogado/a Secretaría del Consejo"
BA, BAR = "Banca Alarcón", "Letrado/a Asesoría Jurídica Mercantil"
PG, PGR = "Paguito", "Legal Counsel"
RU, RUR = "Rutalia", "Legal Counsel (Barcelona)"
WR, WRR = "Whitcombe & Rey", "Asociado/a Sénior Corporate M&A"
LE, LER = "Laboratorios Lenia", "Abogado/a In-house Life Sciences"
AR, ARR = "Arbelo Asesores", "Abogado/a Mercantil"
VL, VLR = "Veiga y Lanza", "Abogado/a In-house"
NU, NUR = "Nubalia", "Legal & Compliance Manager"
HM, HMR = "Hoteles Mirasierra", "Abogado/a Corporativo/a"
AF, AFR = "Aldaz Ferrer", "Asociada Mercantil (Barcelona)"
KU, KUR = "Kumo Foods", "Abogada In-house"
MC, MCR = "Mutua Castellana", "Asesor/a Jurídico/a Societario"
VE, VER = "Viajes Estela", "Abogado/a Contratación Mercantil"
PE, PER = "Peñalver Abogados", "Asociada Mercantil"
VR, VRR = "Ventisca Renovables", "Directora de Asesoría Jurídica"

ME_ADDR = "lucia.arrieta.d@gmail.com"

MAIL: list[dict[str, Any]] = [
    # --- 1 Olmedo & Sanz (despacho; selección from its own talent domain) -----------------
    m(
        "7301",
        "2025-09-08 11:42",
        "Selección Olmedo & Sanz <seleccion@talento-olmedosanz.es>",
        "Hemos recibido su candidatura",
        E("confirmation", OS, OSR, 1, "direct"),
        "Estimada Sra. Arrieta:\n\nLe agradecemos el interés mostrado en Olmedo & Sanz Abogados, S.L.P. y le confirmamos la recepción de su candidatura para el puesto de Asociado/a Sénior en el área de Mercantil y M&A de nuestra oficina de Madrid.\n\nEl equipo de Talento revisará su perfil con detalle. Si su candidatura se ajusta a lo que buscamos, nos pondremos en contacto con usted en las próximas semanas. En caso contrario, le informaremos igualmente del resultado.\n\nReciba un cordial saludo,\n\nDepartamento de Talento\nOlmedo & Sanz Abogados, S.L.P.\nPaseo de la Castellana 141, 28046 Madrid\n\nSus datos serán tratados conforme a nuestra política de privacidad para la gestión de procesos de selección.",
    ),
    m(
        "7302",
        "2025-09-22 09:15",
        "Marta Quiles <mquiles@olmedosanz.es>",
        "Proceso de selección Mercantil - caso práctico",
        E("assessment", OS, OSR, 1, "direct"),
        "Estimada Lucía:\n\nTras revisar su candidatura, nos gustaría continuar con el proceso. Como siguiente paso le proponemos la resolución de un caso práctico: una operación de compraventa de participaciones con algunas cuestiones de due diligence y de redacción de cláusulas (manifestaciones y garantías, ajuste de precio).\n\nLe enviaremos el enunciado el jueves 25 a las 9:00 y dispondrá de 48 horas para remitirnos su propuesta a esta misma dirección. La extensión orientativa es de 6-8 páginas.\n\nQuedo a su disposición para cualquier duda.\n\nUn saludo,\n\nMarta Quiles\nResponsable de Selección y Desarrollo\nOlmedo & Sanz Abogados\nT. +34 91 555 01 41",
        cc="Selección Olmedo & Sanz <seleccion@talento-olmedosanz.es>",
    ),
    m(
        "7303",
        "2025-09-25 09:01",
        "Marta Quiles <mquiles@olmedosanz.es>",
        "RE: Proceso de selección Mercantil - caso práctico",
        E("assessment", OS, OSR, 1, "direct"),
        "Buenos días, Lucía:\n\nTal y como le indiqué, le adjunto el enunciado del caso. El plazo de entrega vence el sábado 27 a las 9:00.\n\nMucha suerte.\n\nMarta\n\n-----Mensaje original-----\nDe: Lucía Arrieta <lucia.arrieta.d@gmail.com>\nEnviado el: lunes, 22 de septiembre de 2025 12:30\nPara: Marta Quiles\nAsunto: RE: Proceso de selección Mercantil - caso práctico\n\nEstimada Marta, muchas gracias. Me parece perfecto, quedo pendiente del enunciado el jueves.\nUn saludo,\nLucía",
        attach=[
            (
                "Caso_practico_SPA_Mercantil.txt",
                "text/plain",
                "Caso práctico - Compraventa de participaciones de TECNOFORJA, S.L.\n1. Identifique las contingencias...\n2. Redacte la cláusula de ajuste de precio...\n",
            )
        ],
        **{
            "In-Reply-To": "<7302.20250922.46@olmedosanz.es>",
            "References": "<7302.20250922.46@olmedosanz.es>",
        },
    ),
    m(
        "7304",
        "2025-10-06 17:20",
        "Marta Quiles <mquiles@olmedosanz.es>",
        "Entrevista con los socios del área Mercantil",
        E("interview", OS, OSR, 1, "direct"),
        "Estimada Lucía:\n\nLos socios han revisado su caso práctico y les ha parecido muy sólido. Nos gustaría invitarla a una entrevista con D. Ignacio Sanz y Dña. Beatriz Olmedo, socios del área de Mercantil, el martes 14 de octubre a las 18:30 en nuestras oficinas de Castellana 141, planta 9.\n\nLe envío la convocatoria por separado. Si no le viniera bien, dígamelo y buscamos otro hueco.\n\nUn saludo,\nMarta Quiles",
    ),
    m(
        "7305",
        "2025-10-06 17:22",
        "Marta Quiles <mquiles@olmedosanz.es>",
        "Entrevista Lucía Arrieta - Socios Mercantil",
        E("interview", OS, OSR, 1, "direct"),
        "Entrevista presencial con los socios del área Mercantil.\nLugar: Paseo de la Castellana 141, planta 9 (preguntar en recepción por Marta Quiles).",
        ics=ics(
            "2025-10-14 18:30:00 +0200",
            "Entrevista Lucía Arrieta - Socios Mercantil",
            ("Marta Quiles", "mquiles@olmedosanz.es"),
            "040000008200E00074C5B7101A82E00800000000B0E1D6A2F1E6DB01000000000000000010000000",
            minutes=75,
            location="Olmedo & Sanz - Castellana 141, planta 9",
            attendees=[
                ("Ignacio Sanz", "isanz@olmedosanz.es"),
                ("Beatriz Olmedo", "bolmedo@olmedosanz.es"),
            ],
        ),
    ),
    m(
        "7306",
        "2025-10-27 13:05",
        "Marta Quiles <mquiles@olmedosanz.es>",
        "Olmedo & Sanz - propuesta",
        E("offer", OS, OSR, 1, "direct"),
        "Estimada Lucía:\n\nEs un placer comunicarle que el Comité de Socios ha aprobado su incorporación como Asociada Sénior en el área de Mercantil y M&A.\n\nLe resumo las condiciones principales:\n- Retribución fija: 68.000 € brutos anuales\n- Retribución variable: hasta un 15 % según evaluación anual\n- Seguro médico y plan de formación\n- Incorporación: a convenir, idealmente 1 de diciembre\n\nAdjunto la carta de oferta. Le agradeceríamos una respuesta antes del 5 de noviembre.\n\nEnhorabuena y un saludo muy cordial,\n\nMarta Quiles\nResponsable de Selección y Desarrollo",
        attach=[
            (
                "Carta_oferta_L_Arrieta.txt",
                "text/plain",
                "OLMEDO & SANZ ABOGADOS, S.L.P.\nCarta de oferta - Asociada Sénior Mercantil\nRetribución fija: 68.000 EUR\n",
            )
        ],
    ),
    m(
        "7307",
        "2025-11-04 10:48",
        "Marta Quiles <mquiles@olmedosanz.es>",
        "RE: Olmedo & Sanz - propuesta",
        E("offer", OS, OSR, 1, "direct"),
        "Hola Lucía:\n\nGracias por su franqueza. Lo he comentado con Beatriz e Ignacio y podemos mejorar la propuesta: fijo de 74.000 € brutos, revisión a los 12 meses y el reconocimiento de su antigüedad en la categoría a efectos de la carrera profesional. La incorporación podría ser el 12 de enero, como nos pedía, para que pueda cerrar sus asuntos en su despacho actual.\n\nLe adjunto la carta revisada. Quedamos a la espera de su respuesta.\n\nUn saludo,\nMarta\n\n> El 31 oct 2025, a las 19:02, Lucía Arrieta <lucia.arrieta.d@gmail.com> escribió:\n> Estimada Marta: muchas gracias por la propuesta. Tengo otra oferta encima de la mesa y me gustaría saber si hay margen en la retribución fija y en la fecha de incorporación...",
        attach=[
            (
                "Carta_oferta_revisada_L_Arrieta.txt",
                "text/plain",
                "Carta de oferta revisada\nRetribución fija: 74.000 EUR\nIncorporación: 12/01/2026\n",
            )
        ],
        **{"In-Reply-To": "<7306.20251027.25@olmedosanz.es>"},
    ),
    m(
        "7308",
        "2025-11-07 12:30",
        "Marta Quiles <mquiles@olmedosanz.es>",
        "RE: RE: Olmedo & Sanz - propuesta",
        E("offer", OS, OSR, 1, "direct"),
        "¡Qué buena noticia, Lucía! Nos alegra muchísimo que acepte. Le paso a Recursos Humanos para la documentación de alta y el contrato; le escribirán desde rrhh@olmedosanz.es la semana que viene.\n\nBienvenida a Olmedo & Sanz.\n\nMarta",
        st="accepted",
        **{"In-Reply-To": "<7307.20251104.29@olmedosanz.es>"},
    ),
    m(
        "7309",
        "2025-11-13 09:40",
        "RRHH Olmedo & Sanz <rrhh@olmedosanz.es>",
        "Documentación para su incorporación",
        ("other_job", OS, OSR, None, "direct", "es"),
        "Estimada Sra. Arrieta:\n\nPara preparar su incorporación el 12 de enero de 2026 necesitamos la siguiente documentación: copia del DNI, número de afiliación a la Seguridad Social, certificado de colegiación del ICAM, datos bancarios y modelo 145 firmado.\n\nPuede enviarla respondiendo a este correo. Un saludo,\n\nRecursos Humanos\nOlmedo & Sanz Abogados, S.L.P.",
    ),
    # --- 2 Iberenergía (SuccessFactors, mail from Servicios Corporativos) -------------------
    m(
        "7311",
        "2025-09-10 08:12",
        "Iberenergía Servicios Corporativos <noreply@successfactors.eu>",
        "Confirmación de recepción de su candidatura - REQ 48213",
        E("confirmation", IB, IBR, 2, "other"),
        None,
        "<html><body><p>Estimada Lucía,</p><p>Gracias por su interés en formar parte del Grupo Iberenergía. Hemos recibido correctamente su candidatura para la posición <b>Abogado/a Corporativo/a - Asesoría Jurídica (REQ 48213)</b>, Madrid.</p><p>Nuestro equipo de Selección analizará su perfil. Debido al elevado número de candidaturas, únicamente nos pondremos en contacto con las personas cuyo perfil se ajuste a los requisitos del puesto. Si no recibe noticias en las próximas semanas, entienda que su candidatura no ha sido seleccionada en esta ocasión.</p><p>Puede consultar el estado de su candidatura en el Portal del Candidato.</p><p>Atentamente,<br>Selección y Desarrollo del Talento<br>Iberenergía Servicios Corporativos, S.A.U.</p></body></html>",
    ),
    m(
        "7312",
        "2025-09-29 16:44",
        "Raquel Montiel Gil <rmontiel@iberenergia-sc.es>",
        "Entrevista - Asesoría Jurídica Corporativa",
        E("interview", IB, IBR, 2, "direct"),
        "Buenas tardes, Lucía:\n\nSoy Raquel Montiel, del equipo de Selección del Grupo Iberenergía. Nos ha interesado su candidatura para la posición de Abogado/a Corporativo/a en Asesoría Jurídica y nos gustaría mantener una primera entrevista por Microsoft Teams con Álvaro Requena, Director de Asesoría Jurídica Societaria.\n\nLe he enviado la convocatoria para el jueves 2 de octubre a las 12:00. Si tiene algún problema con el horario, no dude en comentármelo.\n\nSaludos cordiales,\n\nRaquel Montiel Gil\nTalent Acquisition\nIberenergía Servicios Corporativos, S.A.U.",
    ),
    m(
        "7313",
        "2025-09-29 16:46",
        "Raquel Montiel Gil <rmontiel@iberenergia-sc.es>",
        "Entrevista Teams - Abogado/a Corporativo/a (L. Arrieta)",
        E("interview", IB, IBR, 2, "direct"),
        "________________________________________________________________________________\nReunión de Microsoft Teams\nUnirse desde el ordenador, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión\nId. de reunión: 348 117 902 551\nCódigo de acceso: qT7bW2\n________________________________________________________________________________",
        ics=ics(
            "2025-10-02 12:00:00 +0200",
            "Entrevista Teams - Abogado/a Corporativo/a (L. Arrieta)",
            ("Raquel Montiel Gil", "rmontiel@iberenergia-sc.es"),
            "040000008200E00074C5B7101A82E0080000000040A8C3F1D3B0DB01000000000000000010000000",
            minutes=45,
            location="Reunión de Microsoft Teams",
            attendees=[("Álvaro Requena", "arequena@iberenergia.es")],
        ),
    ),
    m(
        "7314",
        "2025-10-20 10:03",
        "Iberenergía Servicios Corporativos <noreply@successfactors.eu>",
        "Actualización de su proceso",
        E("rejection", IB, IBR, 2, "other"),
        None,
        "<html><body><p>Estimada Lucía,</p><p>Queremos agradecerle el tiempo dedicado al proceso de selección para la posición Abogado/a Corporativo/a - Asesoría Jurídica (REQ 48213) y la conversación mantenida con nuestro equipo, que valoramos muy positivamente.</p><p>Lamentamos comunicarle que, tras un análisis detallado de todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan más a las necesidades actuales de la posición.</p><p>Conservaremos sus datos para futuras oportunidades dentro del Grupo, salvo que nos indique lo contrario.</p><p>Le deseamos mucho éxito en su carrera profesional.</p><p>Selección y Desarrollo del Talento<br>Grupo Iberenergía</p></body></html>",
    ),
    # --- 3 Telvanta, regulatorio (Workday) ---------------------------------------------------
    m(
        "7321",
        "2025-09-12 19:33",
        "Grupo Telvanta <grupotelvanta@myworkday.com>",
        "Gracias por su candidatura",
        E("confirmation", TV, TVR, 3, "workday"),
        'Hola Lucía:\n\nGracias por presentar su candidatura a la posición Legal Counsel Regulatorio (JR-0021877) en Telvanta España, S.A.U.\n\nHemos recibido su solicitud y nuestro equipo de Talento la revisará. Puede seguir el estado desde la sección "Mis candidaturas" de nuestro portal de empleo.\n\nUn saludo,\nEquipo de Talent Acquisition\nGrupo Telvanta\n\nEste mensaje se ha generado automáticamente. Por favor, no responda.',
    ),
    m(
        "7322",
        "2025-10-09 11:20",
        "Grupo Telvanta <grupotelvanta@myworkday.com>",
        "Su candidatura en Grupo Telvanta",
        E("rejection", TV, TVR, 3, "workday"),
        "Hola Lucía:\n\nGracias de nuevo por su interés en la posición Legal Counsel Regulatorio (JR-0021877).\n\nHemos revisado con atención su experiencia, que nos ha parecido muy interesante. Sin embargo, en esta ocasión hemos decidido avanzar con candidaturas cuyo perfil encaja de forma más directa con la experiencia en regulación de telecomunicaciones que requiere el puesto.\n\nLe animamos a seguir atenta a nuestras ofertas en el portal de empleo.\n\nUn saludo,\nEquipo de Talent Acquisition\nGrupo Telvanta",
    ),
    m(
        "7323",
        "2025-09-12 19:20",
        "Grupo Telvanta <grupotelvanta@myworkday.com>",
        "Verifique su cuenta de candidato",
        ("other_job", TV, None, None, "workday", "es"),
        "Hola:\n\nSe ha creado una cuenta de candidato en el portal de empleo de Grupo Telvanta con esta dirección de correo. Para verificarla, haga clic en el siguiente enlace en las próximas 24 horas:\n\nhttps://grupotelvanta.wd3.myworkdayjobs.com/es-ES/Telvanta_Careers/activate/8f2b91c0\n\nSi no ha creado usted esta cuenta, ignore este mensaje.",
    ),
    # --- 16 Telvanta, Secretaría del Consejo (re-application) -------------------------------
    m(
        "7324",
        "2025-12-01 21:04",
        "Grupo Telvanta <grupotelvanta@myworkday.com>",
        "Gracias por su candidatura",
        E("confirmation", TV, TVR2, 16, "workday"),
        'Hola Lucía:\n\nGracias por presentar su candidatura a la posición Abogado/a Secretaría del Consejo (JR-0024410) en Telvanta, S.A.\n\nHemos recibido su solicitud y nuestro equipo de Talento la revisará. Puede seguir el estado desde la sección "Mis candidaturas" de nuestro portal de empleo.\n\nUn saludo,\nEquipo de Talent Acquisition\nGrupo Telvanta\n\nEste mensaje se ha generado automáticamente. Por favor, no responda.',
    ),
    m(
        "7325",
        "2025-12-11 13:17",
        "Noelia Ferrán <noelia.ferran@telvanta.com>",
        "Secretaría del Consejo - siguiente paso",
        E("interview", TV, TVR2, 16, "direct"),
        "Hola Lucía,\n\nTe escribo desde el equipo de Talent de Telvanta. Hemos visto tu candidatura para Secretaría del Consejo y a Jaime Losada, Vicesecretario del Consejo, le gustaría conocerte. ¿Te viene bien una videollamada de 45 minutos el miércoles 17 a las 16:00? Te mando la invitación de Teams.\n\nGracias,\nNoelia Ferrán\nTalent Acquisition Partner | Grupo Telvanta",
        ics=ics(
            "2025-12-17 16:00:00 +0100",
            "Telvanta | Entrevista Secretaría del Consejo - Lucía Arrieta",
            ("Noelia Ferrán", "noelia.ferran@telvanta.com"),
            "040000008200E00074C5B7101A82E00800000000C07F6E0E6B6ADC01000000000000000010000000",
            minutes=45,
            location="Microsoft Teams Meeting",
            attendees=[("Jaime Losada", "jaime.losada@telvanta.com")],
        ),
    ),
    m(
        "7326",
        "2026-01-14 09:55",
        "Grupo Telvanta <grupotelvanta@myworkday.com>",
        "Actualización sobre su candidatura JR-0024410",
        E("rejection", TV, TVR2, 16, "workday"),
        "Hola Lucía:\n\nQueremos agradecerte el tiempo y el interés que has dedicado al proceso para Abogado/a Secretaría del Consejo. Jaime y el equipo disfrutaron de la conversación.\n\nTras finalizar las entrevistas, hemos decidido continuar con otra persona cuya experiencia en sociedades cotizadas se ajusta más a lo que necesitamos en este momento. Sentimos no traerte mejores noticias.\n\nTe deseamos lo mejor.\n\nEquipo de Talent Acquisition\nGrupo Telvanta",
    ),
    # --- 4 Banca Alarcón (Workday, ghosted) ---------------------------------------------------
    m(
        "7331",
        "2025-09-16 22:10",
        "Banca Alarcón <bancaalarcon@myworkday.com>",
        "Banca Alarcón - Candidatura recibida",
        E("confirmation", BA, BAR, 4, "workday"),
        "Estimado/a Lucía Arrieta Domínguez:\n\nLe confirmamos que hemos recibido su candidatura para la vacante Letrado/a Asesoría Jurídica Mercantil - Madrid (R-118920).\n\nEn Banca Alarcón valoramos el talento y la diversidad. Revisaremos su perfil y, si avanza en el proceso, nos pondremos en contacto con usted.\n\nAtentamente,\nDirección de Personas\nBanco Alarcón de Crédito, S.A.",
    ),
    m(
        "7332",
        "2025-09-15 18:01",
        "Banca Alarcón <bancaalarcon@myworkday.com>",
        "Complete su solicitud",
        ("alert", BA, BAR, None, "workday", "es"),
        "Hola Lucía:\n\nHemos visto que empezó una solicitud para Letrado/a Asesoría Jurídica Mercantil - Madrid pero todavía no la ha enviado. Sus datos están guardados: puede retomarla cuando quiera desde el portal.\n\nhttps://bancaalarcon.wd103.myworkdayjobs.com/Careers/job/Madrid/Letrado-a_R-118920/apply\n\nDirección de Personas - Banca Alarcón",
    ),
    # --- 5 Paguito (Teamtailor, startup, tú) ---------------------------------------------------
    m(
        "7341",
        "2025-09-18 10:27",
        "Paguito <no-reply@teamtailor-mail.com>",
        "¡Gracias por aplicar a Paguito!",
        E("confirmation", PG, PGR, 5, "teamtailor"),
        None,
        "<html><body style='font-family:Helvetica'><h2>¡Hola Lucía! 👋</h2><p>Gracias por tu interés en el puesto de <strong>Legal Counsel</strong> en Paguito. Nos hace mucha ilusión que quieras unirte a la misión de hacer los pagos entre amigos tan fáciles como mandar un emoji.</p><p>Vamos a revisar tu candidatura y te diremos algo en un par de semanas, sea cual sea la respuesta. Prometido.</p><p>Un abrazo,<br>El equipo de People de Paguito</p><p style='font-size:11px;color:#888'>Paguito Payments, S.L. · C/ Fuencarral 45, Madrid</p></body></html>",
    ),
    m(
        "7342",
        "2025-09-24 18:50",
        "Dani Herrero <dani@paguito.app>",
        "Charlamos? Legal Counsel en Paguito",
        E("interview", PG, PGR, 5, "direct"),
        "Hola Lucía!\n\nSoy Dani, cofundador y CEO de Paguito. He leído tu CV y me encantaría charlar contigo sobre el rol de Legal Counsel (seríais la primera persona de legal in-house, ojo). Te he reservado 30 min el lunes a las 9:30 por Google Meet, si no te cuadra muévelo con el link de abajo.\n\nhttps://calendly.com/dani-paguito/30min\n\nAbrazo,\nDani",
        ics=ics(
            "2025-09-29 09:30:00 +0200",
            "Lucía <> Dani (Paguito) - Legal Counsel",
            ("Dani Herrero", "dani@paguito.app"),
            "6k2m0s8cq3h1v0b7r5a9p4g2t1@google.com",
            minutes=30,
            style="google",
            location="https://meet.google.com/kvd-qnrt-xwe",
        ),
    ),
    m(
        "7343",
        "2025-10-03 12:14",
        "Sara (People @ Paguito) <sara@paguito.app>",
        "Siguiente paso con Paguito",
        E("interview", PG, PGR, 5, "direct"),
        "Hola Lucía,\n\nA Dani le encantó la charla 🙌 El siguiente paso sería una sesión de 1 hora con nuestro CFO y con Laura, nuestra Head of Compliance, para hablar de licencias de entidad de pago y contratos con partners. ¿Te va el jueves 9 a las 17:00 en la ofi de Fuencarral?\n\nSara\nPeople @ Paguito",
    ),
    m(
        "7344",
        "2025-10-17 15:02",
        "Sara (People @ Paguito) <sara@paguito.app>",
        "Sobre el proceso de Legal Counsel",
        E("rejection", PG, PGR, 5, "direct"),
        "Hola Lucía,\n\nTe escribo como te prometimos. Antes de nada, gracias por el tiempo que le has dedicado a Paguito: el equipo salió con muy buena impresión de las entrevistas.\n\nAl final hemos decidido seguir con una persona con más experiencia en regulación financiera (PSD2, Banco de España), que ahora mismo es lo más urgente para nosotros. No ha sido una decisión fácil.\n\nSi te parece bien, nos encantaría seguir en contacto para futuras posiciones.\n\nUn abrazo,\nSara",
    ),
    # --- 6 Rutalia (Personio, Barcelona, withdrawn) -------------------------------------------
    m(
        "7351",
        "2025-10-01 08:44",
        "Rutalia <noreply@personio.de>",
        "Tu candidatura en Rutalia",
        E("confirmation", RU, RUR, 6, "personio"),
        "Hola Lucía,\n\n¡gracias por tu candidatura para el puesto Legal Counsel (Barcelona)! La hemos recibido correctamente y la revisaremos en los próximos días.\n\nSaludos,\nTu equipo de Rutalia Proptech S.L.\n\nEste es un correo generado automáticamente por Personio en nombre de Rutalia.",
    ),
    m(
        "7352",
        "2025-10-08 11:30",
        "Pol Vidal <pol.vidal@rutalia.com>",
        "Entrevista Legal Counsel - Rutalia",
        E("interview", RU, RUR, 6, "direct"),
        "Hola Lucía!\n\nSoy Pol, Head of Legal & Ops de Rutalia. Nos ha gustado mucho tu perfil. Te propongo una primera entrevista por Zoom el martes 14 a las 10:00 (30-40 min). Te dejo el enlace:\n\nhttps://us06web.zoom.us/j/81924470013?pwd=Rutal1a\nID de reunión: 819 2447 0013\n\nPor cierto, el rol es en Barcelona con 2 días de remoto a la semana, ¿te encajaría?\n\nFins aviat!\nPol",
    ),
    m(
        "7353",
        "2025-10-21 09:12",
        "Pol Vidal <pol.vidal@rutalia.com>",
        "Caso para la segunda fase",
        E("assessment", RU, RUR, 6, "direct"),
        "Hola Lucía,\n\ncomo te comenté, la segunda fase es un pequeño caso: revisar un contrato de arrendamiento de local y un term sheet de una ronda, y preparar un memo de 2 páginas con los riesgos principales. Tienes hasta el lunes 27. ¡Cualquier duda me dices!\n\nPol",
    ),
    m(
        "7354",
        "2025-10-24 18:40",
        "Pol Vidal <pol.vidal@rutalia.com>",
        "Re: Retirada de mi candidatura",
        E("confirmation", RU, RUR, 6, "direct"),
        "Hola Lucía,\n\nqué pena, pero lo entiendo perfectamente: mudarse a Barcelona ahora no es fácil. Gracias por avisar con tiempo y mucha suerte con el proceso del despacho. Si algún día abrimos posición en Madrid, te escribo.\n\nUna abraçada,\nPol\n\nEl vie, 24 oct 2025 a las 14:03, Lucía Arrieta (<lucia.arrieta.d@gmail.com>) escribió:\n> Hola Pol: te escribo para retirar mi candidatura al puesto de Legal Counsel. He avanzado en otro proceso en Madrid y, siendo sincera, el traslado a Barcelona ahora mismo no me encaja. Muchas gracias por todo. Lucía",
        st="withdrawn",
    ),
    # --- 9 Whitcombe & Rey via Pageford Legal (agency) -----------------------------------------
    m(
        "7361",
        "2025-09-19 12:10",
        "Álvaro Benítez <alvaro.benitez@pagefordlegal.es>",
        "Oportunidad confidencial - Asociado/a Sénior Corporate M&A",
        ("outreach", None, WRR, None, "agency", "es"),
        "Buenos días, Lucía:\n\nMe llamo Álvaro Benítez y soy consultor en la división Legal de Pageford Legal & Compliance. Le escribo porque estoy trabajando en exclusiva con un importante despacho internacional que busca reforzar su equipo de Corporate M&A en Madrid con un/a Asociado/a Sénior de 5 a 7 años de experiencia.\n\nSe trata de una firma anglosajona con una práctica transaccional muy activa (private equity y operaciones cross-border), con trabajo en inglés y buena proyección a counsel.\n\n¿Tendría unos minutos esta semana para una llamada confidencial?\n\nUn cordial saludo,\n\nÁlvaro Benítez\nSenior Consultant | Legal & Compliance\nPageford Legal & Compliance, S.L.\nM. +34 655 31 20 77",
    ),
    m(
        "7362",
        "2025-09-23 17:35",
        "Álvaro Benítez <alvaro.benitez@pagefordlegal.es>",
        "RE: Oportunidad confidencial - Asociado/a Sénior Corporate M&A",
        E("confirmation", WR, WRR, 9, "agency"),
        "Hola Lucía,\n\nGracias por la conversación de ayer. Tal y como hablamos, con su autorización he presentado hoy su candidatura a Whitcombe & Rey LLP para la posición de Asociado/a Sénior en Corporate M&A en su oficina de Madrid. Le adjunto la descripción del puesto.\n\nLe mantendré informada en cuanto tenga feedback del despacho.\n\nUn saludo,\nÁlvaro",
        attach=[
            (
                "JD_Senior_Associate_Corporate_Madrid.txt",
                "text/plain",
                "Whitcombe & Rey LLP - Madrid office\nSenior Associate, Corporate M&A (PQE 5-7)\n",
            )
        ],
    ),
    m(
        "7363",
        "2025-10-02 10:05",
        "Álvaro Benítez <alvaro.benitez@pagefordlegal.es>",
        "Whitcombe & Rey - entrevista con socio",
        E("interview", WR, WRR, 9, "agency"),
        "Lucía, buenas noticias:\n\nWhitcombe & Rey quiere conocerla. La primera entrevista sería con Peter Ashdown (Managing Partner Madrid) y Elena Cortina (socia de Corporate) el miércoles 8 de octubre a las 9:00 en sus oficinas de la calle Serrano. Parte de la entrevista será en inglés.\n\nMe confirma disponibilidad y le paso los detalles. Le llamo mañana para prepararla.\n\nÁlvaro",
    ),
    m(
        "7364",
        "2025-10-15 19:12",
        "Álvaro Benítez <alvaro.benitez@pagefordlegal.es>",
        "Feedback W&R",
        E("rejection", WR, WRR, 9, "agency"),
        "Hola Lucía,\n\nYa tengo feedback del despacho. Peter y Elena se llevaron muy buena impresión de usted, especialmente de su experiencia en operaciones de capital riesgo. Sin embargo, finalmente han decidido avanzar con un candidato que viene de una firma del Magic Circle y con más exposición a operaciones internacionales en inglés.\n\nSé que no es lo que esperaba. Sigo trabajando en otras posiciones que pueden encajarle y la tendré en cuenta.\n\nUn abrazo,\nÁlvaro",
    ),
    # --- 10 Laboratorios Lenia via Halden Selección (agency, on hold) ---------------------------
    m(
        "7371",
        "2025-10-13 09:30",
        "Cristina Lobato <c.lobato@haldenseleccion.com>",
        "Posición in-house sector farmacéutico",
        ("outreach", None, LER, None, "agency", "es"),
        "Estimada Lucía:\n\nDesde Halden Selección estamos gestionando la búsqueda de un/a abogado/a in-house para la asesoría jurídica de una compañía farmacéutica multinacional con sede en Alcobendas. La posición reporta al General Counsel Iberia y cubriría contratación mercantil, societario y soporte a compliance.\n\nPor su trayectoria creo que podría ser un perfil muy interesante. ¿Le parecería que habláramos?\n\nAtentamente,\n\nCristina Lobato\nManager - Legal, Tax & Compliance\nHalden Selección\nwww.haldenseleccion.com",
    ),
    m(
        "7372",
        "2025-10-17 13:20",
        "Cristina Lobato <c.lobato@haldenseleccion.com>",
        "Presentación de candidatura - Laboratorios Lenia",
        E("confirmation", LE, LER, 10, "agency"),
        "Hola Lucía:\n\nTal y como le comenté por teléfono, el cliente es Laboratorios Lenia, S.A. Le confirmo que hoy he presentado su candidatura al General Counsel Iberia, D. Tomás Arnaiz. Le informaré en cuanto tenga novedades.\n\nUn saludo,\nCristina",
    ),
    m(
        "7373",
        "2025-10-28 16:01",
        "Cristina Lobato <c.lobato@haldenseleccion.com>",
        "Entrevista Lenia - jueves 30",
        E("interview", LE, LER, 10, "agency"),
        "Hola Lucía:\n\nTomás Arnaiz quiere entrevistarla este jueves 30 de octubre a las 11:00 en las oficinas de Lenia (Avda. de Bruselas 12, Alcobendas). Le enviamos la convocatoria de Teams por si prefiere conectarse en remoto, aunque el cliente agradecería que fuera presencial.\n\nSaludos,\nCristina",
        ics=ics(
            "2025-10-30 11:00:00 +0100",
            "Entrevista L. Arrieta - Lenia (Halden Selección)",
            ("Cristina Lobato", "c.lobato@haldenseleccion.com"),
            "040000008200E00074C5B7101A82E00800000000F0C1E3A18D47DC01000000000000000010000000",
            location="Laboratorios Lenia - Avda. de Bruselas 12, Alcobendas / Teams",
            attendees=[("Tomás Arnaiz", "tomas.arnaiz@lenia-pharma.com")],
        ),
    ),
    m(
        "7374",
        "2025-11-05 12:45",
        "Cristina Lobato <c.lobato@haldenseleccion.com>",
        "Actualización proceso Lenia",
        E("confirmation", LE, LER, 10, "agency"),
        "Hola Lucía:\n\nLe escribo para contarle que Lenia ha decidido congelar temporalmente la posición: a raíz de una reorganización en el grupo están revisando la estructura del departamento jurídico en Iberia. Tomás me ha trasladado que su perfil fue de los que más le gustaron y que, si retoman la búsqueda a principios de año, contarán con usted.\n\nLe mantendré informada.\n\nCristina",
        st="on_hold",
    ),
    # --- 11 Arbelo Asesores (InfoJobs) -----------------------------------------------------------
    m(
        "7381",
        "2025-09-09 14:22",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura ha sido inscrita en la oferta Abogado/a Mercantil",
        E("confirmation", AR, ARR, 11, "other"),
        None,
        "<html><body><p>Hola Lucía,</p><p>Te has inscrito correctamente en la oferta:</p><p><b>Abogado/a Mercantil</b><br>Arbelo Asesores, S.L. - Madrid</p><p>Te avisaremos cuando la empresa actualice el estado de tu candidatura.</p><p>Mucha suerte,<br>El equipo de InfoJobs</p></body></html>",
    ),
    m(
        "7382",
        "2025-09-11 09:03",
        "InfoJobs <noreply@infojobs.net>",
        "Arbelo Asesores, S.L. ha leído tu CV",
        E("viewed", AR, ARR, 11, "other"),
        None,
        "<html><body><p>¡Buenas noticias, Lucía!</p><p><b>Arbelo Asesores, S.L.</b> ha leído tu CV para la oferta <b>Abogado/a Mercantil</b>.</p><p>Estado de tu candidatura: <b>CV leído</b></p><p>Sigue el proceso desde la app de InfoJobs.</p></body></html>",
    ),
    m(
        "7383",
        "2025-09-26 17:48",
        "InfoJobs <noreply@infojobs.net>",
        "Actualización de tu candidatura en Abogado/a Mercantil",
        E("rejection", AR, ARR, 11, "other"),
        None,
        "<html><body><p>Hola Lucía,</p><p>La empresa <b>Arbelo Asesores, S.L.</b> ha cerrado el proceso para la oferta <b>Abogado/a Mercantil</b> y tu candidatura no ha continuado.</p><p>Estado: <b>Descartado</b></p><p>No te desanimes: hay 312 ofertas nuevas de Legal en Madrid esta semana.</p><p>El equipo de InfoJobs</p></body></html>",
    ),
    # --- 12 Veiga y Lanza (InfoJobs, ghosted) ----------------------------------------------------
    m(
        "7391",
        "2025-09-30 20:11",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura ha sido inscrita en la oferta Abogado/a In-house",
        E("confirmation", VL, VLR, 12, "other"),
        None,
        "<html><body><p>Hola Lucía,</p><p>Te has inscrito correctamente en la oferta:</p><p><b>Abogado/a In-house</b><br>Construcciones Veiga y Lanza, S.A. - Madrid</p><p>Te avisaremos cuando la empresa actualice el estado de tu candidatura.</p><p>Mucha suerte,<br>El equipo de InfoJobs</p></body></html>",
    ),
    m(
        "7392",
        "2025-10-06 08:58",
        "InfoJobs <noreply@infojobs.net>",
        "Construcciones Veiga y Lanza, S.A. ha leído tu CV",
        E("viewed", VL, VLR, 12, "other"),
        None,
        "<html><body><p>¡Buenas noticias, Lucía!</p><p><b>Construcciones Veiga y Lanza, S.A.</b> ha leído tu CV para la oferta <b>Abogado/a In-house</b>.</p><p>Estado de tu candidatura: <b>CV leído</b></p></body></html>",
    ),
    # --- 13 Nubalia (LinkedIn Easy Apply) ---------------------------------------------------------
    m(
        "7401",
        "2025-10-10 13:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, tu solicitud se ha enviado a Nubalia",
        E("confirmation", NU, NUR, 13, "linkedin"),
        "Tu solicitud se ha enviado a Nubalia\n\nLegal & Compliance Manager\nNubalia Cloud · Madrid (híbrido)\nSolicitud enviada el 10 oct 2025\n\nVer solicitud: https://www.linkedin.com/jobs/view/4102277391/\n\nAhora, sigue estos pasos para destacar:\n- Sigue a Nubalia Cloud para estar al día\n\nEste correo se ha enviado a Lucía Arrieta (Abogada Mercantil en Garrido Bastida Abogados)\n© 2025 LinkedIn Corporation",
    ),
    m(
        "7402",
        "2025-10-13 07:55",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud se ha visto",
        E("viewed", NU, NUR, 13, "linkedin"),
        "Nubalia Cloud ha visto tu solicitud\n\nLegal & Compliance Manager\nNubalia Cloud · Madrid (híbrido)\n\nEsto significa que el equipo de contratación ha revisado tu solicitud. Suerte con el proceso.\n\nVer empleo: https://www.linkedin.com/jobs/view/4102277391/",
    ),
    m(
        "7403",
        "2025-10-29 11:22",
        "Equipo de Talento Nubalia <talento@nubalia.cloud>",
        "Tu candidatura para Legal & Compliance Manager",
        E("rejection", NU, NUR, 13, "direct"),
        "Hola Lucía,\n\nGracias por presentar tu candidatura a Legal & Compliance Manager en Nubalia. Hemos recibido muchísimos perfiles buenos y, aunque el tuyo nos ha gustado, vamos a seguir con personas con más experiencia en protección de datos y certificaciones ENS/ISO.\n\nTe deseamos mucha suerte en tu búsqueda.\n\nUn saludo,\nTalento | Nubalia Cloud S.L.",
    ),
    # --- 14 Hoteles Mirasierra (Indeed) ---------------------------------------------------------
    m(
        "7411",
        "2025-10-15 22:03",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Abogado/a Corporativo/a",
        E("confirmation", HM, HMR, 14, "indeed"),
        None,
        "<html><body><p><b>Solicitud enviada</b></p><p>Abogado/a Corporativo/a<br>Hoteles Mirasierra - Madrid, Madrid provincia</p><p>Se han enviado los siguientes elementos a Hoteles Mirasierra: CV, carta de presentación.</p><p>Te recomendamos seguir buscando: la mayoría de las personas envían varias solicitudes.</p><p>Indeed</p></body></html>",
    ),
    m(
        "7412",
        "2025-11-03 10:14",
        "Indeed <indeedapply@indeed.com>",
        "Actualización de tu solicitud para Abogado/a Corporativo/a",
        E("rejection", HM, HMR, 14, "indeed"),
        None,
        "<html><body><p>Hola Lucía,</p><p>Hoteles Mirasierra ha revisado tu solicitud para <b>Abogado/a Corporativo/a</b> y ha decidido no seguir adelante con tu candidatura.</p><p>Mensaje de la empresa: «Gracias por tu interés en Hoteles Mirasierra. En este momento buscamos un perfil con más experiencia en el sector hotelero.»</p><p>Indeed</p></body></html>",
    ),
    # --- 15 Aldaz Ferrer (despacho, Barcelona; offer declined) -------------------------------------
    m(
        "7421",
        "2025-09-26 10:30",
        "Talent Aldaz Ferrer <talent@aldazferrer.cat>",
        "Su candidatura - Asociada Mercantil Barcelona",
        E("confirmation", AF, AFR, 15, "direct"),
        "Estimada Sra. Arrieta:\n\nAcusamos recibo de su candidatura para la posición de Asociado/a en el área de Mercantil de nuestra oficina de Barcelona. La revisaremos con atención y le daremos respuesta en cualquier caso.\n\nAtentamente,\n\nDepartamento de Talento\nAldaz Ferrer Advocats i Economistes, S.L.P.\nAv. Diagonal 520, 08006 Barcelona",
    ),
    m(
        "7422",
        "2025-10-07 09:45",
        "Montse Carbó <mcarbo@aldazferrer.com>",
        "Prueba técnica - Mercantil Barcelona",
        E("assessment", AF, AFR, 15, "direct"),
        "Estimada Lucía:\n\nNos complace comunicarle que ha superado la primera fase del proceso de selección. El siguiente paso consiste en una prueba técnica en remoto de 3 horas (análisis de un pacto de socios y redacción de un informe) que se realizará el viernes 10 de octubre a las 9:30. Le enviaremos el acceso a la plataforma la víspera.\n\nAtentamente,\nMontse Carbó\nTalent Manager\nAldaz Ferrer",
    ),
    m(
        "7423",
        "2025-10-16 16:20",
        "Montse Carbó <mcarbo@aldazferrer.com>",
        "Convocatoria entrevista con socios - Barcelona",
        E("interview", AF, AFR, 15, "direct"),
        "Estimada Lucía:\n\nLe convocamos a una entrevista con los socios Jordi Aldaz y Núria Sala el miércoles 22 de octubre a las 12:00 en nuestra oficina de Diagonal 520. Entendemos que se desplaza desde Madrid: el despacho cubre el AVE, indíquenos horarios.\n\nAtentamente,\nMontse Carbó",
        ics=ics(
            "2025-10-22 12:00:00 +0200",
            "Entrevista socios Mercantil - L. Arrieta",
            ("Montse Carbó", "mcarbo@aldazferrer.com"),
            "040000008200E00074C5B7101A82E008000000002048B7D25A42DC01000000000000000010000000",
            minutes=90,
            location="Aldaz Ferrer - Av. Diagonal 520, Barcelona",
        ),
    ),
    m(
        "7424",
        "2025-10-30 18:10",
        "Montse Carbó <mcarbo@aldazferrer.com>",
        "Propuesta de incorporación",
        E("offer", AF, AFR, 15, "direct"),
        "Estimada Lucía:\n\nEn nombre de Aldaz Ferrer, tengo el placer de trasladarle nuestra propuesta de incorporación como Asociada Sénior del área de Mercantil en Barcelona: retribución fija de 71.000 € brutos anuales, bonus por objetivos, ayuda de reubicación de 5.000 € y fecha de incorporación a convenir.\n\nJordi y Núria están convencidos de que encajaría muy bien en el equipo. Quedamos a la espera de su respuesta.\n\nUn cordial saludo,\nMontse Carbó\nTalent Manager",
    ),
    m(
        "7425",
        "2025-11-07 17:02",
        "Montse Carbó <mcarbo@aldazferrer.com>",
        "RE: Propuesta de incorporación",
        E("offer", AF, AFR, 15, "direct"),
        "Estimada Lucía:\n\nLamentamos mucho su decisión, pero la comprendemos y le agradecemos su transparencia durante todo el proceso. Le deseamos muchísimo éxito en Olmedo & Sanz; estoy segura de que coincidiremos en alguna operación.\n\nUn saludo muy cordial,\nMontse\n\n> De: Lucía Arrieta\n> Enviado: viernes, 7 de noviembre de 2025 11:40\n> Asunto: RE: Propuesta de incorporación\n> Estimada Montse: tras pensarlo mucho, he decidido no aceptar la propuesta y quedarme en Madrid...",
        st="declined",
    ),
    # --- 18 Kumo Foods (Workable) ---------------------------------------------------------------
    m(
        "7431",
        "2025-10-20 12:12",
        "Kumo Foods <noreply@candidates.workablemail.com>",
        "Kumo Foods: Tu candidatura ha sido recibida",
        E("confirmation", KU, KUR, 18, "workable"),
        "Hola Lucía,\n\nGracias por tu interés en Kumo Foods. Hemos recibido tu candidatura para el puesto de Abogada In-house y la estamos revisando.\n\nSi tu perfil encaja, te contactaremos para los siguientes pasos. Si no, también te lo diremos.\n\nSaludos,\nEl equipo de Kumo Foods",
    ),
    m(
        "7432",
        "2025-10-27 15:38",
        "Kumo Foods <noreply@candidates.workablemail.com>",
        "Kumo Foods: Abogada In-house",
        E("rejection", KU, KUR, 18, "workable"),
        "Hola Lucía,\n\nMuchas gracias por tu interés en unirte a Kumo Foods y por el tiempo invertido en tu candidatura.\n\nTras revisarla, hemos decidido no avanzar en esta ocasión. Guardaremos tu CV por si surge alguna posición que encaje mejor.\n\nMucho ánimo,\nEl equipo de Kumo Foods",
    ),
    # --- 19 Mutua Castellana (SuccessFactors; forwarded) ------------------------------------------
    m(
        "7441",
        "2025-11-17 08:31",
        "Lucía Arrieta Domínguez <larrieta@garridobastida.es>",
        "RV: Mutua Castellana - Confirmación de candidatura",
        E("confirmation", MC, MCR, 19, "other"),
        "\n\nDe: Mutua Castellana de Seguros <noreply@successfactors.eu>\nEnviado el: domingo, 16 de noviembre de 2025 21:47\nPara: Lucía Arrieta Domínguez <larrieta@garridobastida.es>\nAsunto: Mutua Castellana - Confirmación de candidatura\n\nEstimada Lucía:\n\nLe confirmamos que hemos recibido su candidatura para la oferta Asesor/a Jurídico/a Societario (Ref. 7714) en Mutua Castellana de Seguros y Reaseguros a Prima Fija.\n\nLe informaremos de la evolución del proceso. Si no resultara seleccionada, conservaremos su candidatura en nuestra base de datos durante doce meses.\n\nAtentamente,\nDirección de Personas y Cultura\nMutua Castellana",
    ),
    m(
        "7442",
        "2025-11-25 10:10",
        "Mutua Castellana de Seguros <noreply@successfactors.eu>",
        "Invitación a pruebas de evaluación",
        E("assessment", MC, MCR, 19, "other"),
        "Estimada Lucía:\n\nLe invitamos a realizar las pruebas de evaluación online correspondientes al proceso Asesor/a Jurídico/a Societario (Ref. 7714): un cuestionario de personalidad y una prueba de razonamiento verbal. Duración aproximada: 40 minutos. Plazo: hasta el 1 de diciembre.\n\nAcceso: https://assessment.evalua-talent.es/mutuacastellana/c/88213\n\nAtentamente,\nDirección de Personas y Cultura",
        to="Lucía Arrieta Domínguez <larrieta@garridobastida.es>",
    ),
    m(
        "7443",
        "2025-12-15 09:00",
        "Mutua Castellana de Seguros <noreply@successfactors.eu>",
        "Su candidatura",
        E("rejection", MC, MCR, 19, "other"),
        "Estimada Lucía:\n\nLe agradecemos sinceramente su participación en el proceso de selección para la posición Asesor/a Jurídico/a Societario. Valoramos mucho su trayectoria.\n\nLamentamos comunicarle que, en esta ocasión, su candidatura no ha sido seleccionada para continuar en el proceso.\n\nAtentamente,\nDirección de Personas y Cultura\nMutua Castellana",
        to="Lucía Arrieta Domínguez <larrieta@garridobastida.es>",
    ),
    # --- 20 Viajes Estela (SmartRecruiters, ghosted) -------------------------------------------
    m(
        "7451",
        "2025-11-19 23:15",
        "Viajes Estela Group <noreply@smartrecruiters.com>",
        "Gracias por tu candidatura, Lucía",
        E("confirmation", VE, VER, 20, "smartrecruiters"),
        "Hola Lucía:\n\nHemos recibido tu candidatura para Abogado/a Contratación Mercantil en Viajes Estela. Nuestro equipo de selección la revisará y se pondrá en contacto contigo si tu perfil encaja con lo que buscamos.\n\nGracias,\nTalent Team - Estela Travel Group, S.L.",
    ),
    # --- 21 Peñalver Abogados (partner from gmail) ------------------------------------------------
    m(
        "7461",
        "2025-10-01 22:40",
        "Fernando Peñalver <fpenalver.abogado@gmail.com>",
        "Re: CV - Asociada Mercantil",
        E("interview", PE, PER, 21, "direct"),
        "Hola Lucía:\n\nGracias por tu correo y por el CV, me lo pasó Carlos Ibarra. Ahora mismo somos un despacho pequeño (cuatro abogados) pero estamos creciendo en mercantil y nos vendría muy bien alguien con tu experiencia. ¿Nos tomamos un café la semana que viene y lo hablamos con calma? Te propongo el martes 7 a las 19:00 en el Café Comercial, o donde te venga mejor.\n\nUn abrazo,\nFernando\n\n--\nFernando Peñalver\nSocio director\nPeñalver Abogados\nC/ Génova 17, Madrid\n\nEl mié, 1 oct 2025 a las 10:12, Lucía Arrieta <lucia.arrieta.d@gmail.com> escribió:\n> Estimado Fernando: Carlos Ibarra me comentó que buscáis incorporar un/a asociado/a de mercantil. Te adjunto mi CV por si pudiera encajar...",
    ),
    m(
        "7462",
        "2025-10-12 20:05",
        "Fernando Peñalver <fpenalver.abogado@gmail.com>",
        "Re: CV - Asociada Mercantil",
        E("rejection", PE, PER, 21, "direct"),
        "Lucía, de nuevo gracias por el café, fue un placer. Te escribo para ser honesto contigo: lo hemos pensado y, para lo que podemos ofrecer ahora mismo, no llegamos a tus expectativas económicas y no quiero hacerte perder el tiempo. Ojalá dentro de un año la situación sea otra.\n\nCualquier cosa que necesites, aquí me tienes.\n\nFernando",
    ),
    # --- 22 Ventisca Renovables via Kessler & Vidal (head-hunter) ----------------------------------
    m(
        "7471",
        "2025-12-02 11:15",
        "Inés Kessler <ines.kessler@kesslervidal.com>",
        "Búsqueda Directora de Asesoría Jurídica - sector energía",
        ("outreach", None, VRR, None, "agency", "es"),
        "Estimada Lucía:\n\nSoy Inés Kessler, socia de Kessler & Vidal Executive Search. Estamos llevando, de forma confidencial, la búsqueda de la Dirección de Asesoría Jurídica de una compañía de energías renovables en fuerte crecimiento, con sede en Madrid y proyectos en España y Portugal.\n\nSé que acaba de incorporarse a un nuevo despacho, pero me gustaría contarle el proyecto por si tuviera interés a medio plazo. ¿Podríamos hablar 20 minutos?\n\nAtentamente,\nInés Kessler\nSocia | Kessler & Vidal Executive Search",
    ),
    m(
        "7472",
        "2026-01-20 18:30",
        "Inés Kessler <ines.kessler@kesslervidal.com>",
        "Ventisca - entrevista con el CEO y el CFO",
        E("interview", VR, VRR, 22, "agency"),
        "Lucía:\n\nComo le adelanté, le confirmo que el cliente es Ventisca Renovables, S.L. y que tanto su CEO, Gonzalo Irízar, como el CFO quieren entrevistarla. Les viene bien el lunes 26 de enero a las 17:00 en su sede de la calle Orense. Le reenvío la convocatoria.\n\nUn saludo,\nInés",
        ics=ics(
            "2026-01-26 17:00:00 +0100",
            "Ventisca Renovables | L. Arrieta - Dirección Asesoría Jurídica",
            ("Inés Kessler", "ines.kessler@kesslervidal.com"),
            "040000008200E00074C5B7101A82E00800000000A0D9A6A5C88ADC01000000000000000010000000",
            location="Ventisca Renovables - C/ Orense 34, Madrid",
            attendees=[("Gonzalo Irízar", "girizar@ventisca-renovables.es")],
        ),
    ),
    m(
        "7473",
        "2026-01-14 13:00",
        "Inés Kessler <ines.kessler@kesslervidal.com>",
        "Presentación al cliente",
        E("confirmation", VR, VRR, 22, "agency"),
        "Lucía, gracias por la conversación de ayer y por su interés. Tal y como acordamos, hoy he enviado su informe de candidatura a Ventisca Renovables. Le iré contando.\n\nInés",
    ),
    m(
        "7474",
        "2026-02-11 10:40",
        "Inés Kessler <ines.kessler@kesslervidal.com>",
        "Ventisca - novedades",
        E("interview", VR, VRR, 22, "agency"),
        "Lucía:\n\nEl CEO quedó muy contento. Pasa a la fase final con otro candidato: una reunión con el Presidente del Consejo, D. Rafael Ventisca, el 24 de febrero. Le paso la hora en cuanto la confirme su secretaria.\n\nInés",
    ),
]

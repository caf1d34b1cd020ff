# ruff: noqa: E501
"""Corpus 51, Spanish job mail (Mexico), and the ``m()`` shorthand the other modules share."""

from __future__ import annotations

import hashlib
from typing import Any


def d(when: str) -> str:
    """'MM-DD HH:MM' in Monterrey time (UTC-6 all year); Sep-Dec is 2025, Jan-Feb 2026."""
    year = 2025 if int(when[:2]) >= 9 else 2026
    return f"{year}-{when[:5]} {when[6:]}:00 -0600"


def mid(key: int, frm: str) -> str:
    domain = frm.rsplit("@", 1)[1].rstrip(">")
    digest = hashlib.sha1(f"h51-{key}".encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


def m(
    key: int,
    when: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "id": mid(key, frm),
        "date": d(when),
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text is not None:
        spec["text"] = text
    spec.update(kw)
    return spec


def re_(parent: dict[str, Any]) -> dict[str, str]:
    """Threading headers of a reply to ``parent``."""
    return {"In-Reply-To": parent["id"], "References": parent["id"]}


def ev(start: str, summary: str, organizer: tuple[str, str], uid: str, **kw: Any) -> dict[str, Any]:
    return {"start": d(start), "summary": summary, "organizer": organizer, "uid": uid, **kw}


# Applications (company, role, application, source, language)
ALF = ("Grupo Alfaro", "Analista Sr. de Planeación Financiera (FP&A)", 1)
CSM = ("Cervecería Sierra Madre", "Analista de Planeación Financiera", 2)
BMG = ("BMG", "Analista de Planeación Financiera – BMG Tech Hub", 3)
SOL1 = ("Tiendas Solana", "Analista de Presupuestos", 4)
SOL2 = ("Tiendas Solana", "Coordinador(a) de Control de Gestión", 5)
IEP = ("Instituto Estatal de Planeación Hacendaria", "Analista de Presupuesto y Gasto Público", 9)
UCS = ("Universidad del Cerro de la Silla", "Analista Financiero – Dirección de Finanzas", 10)
CUM = ("Autopartes Cumbre", "Gerente de FP&A", 11)
LAC = ("Grupo Lácteo Serrano", "Jefe(a) de Planeación Financiera", 12)
PIB = ("Plásticos Industriales del Bajío", "Analista de Costos", 13)
DRA = ("Distribuidora Regia de Abarrotes", "Analista Contable-Financiero", 14)
LPE = ("Logística Pacífico Express", "Analista de FP&A", 15)
VER = ("Verdal Agrotech", "Analista de Finanzas", 20)
HUE = ("Huella Café", "Finance Business Partner", 21)
PEN = ("Constructora Peñasco", "Analista de Tesorería", 22)
ICA = ("Inmobiliaria Cumbres Altas", "Analista Financiero Sr.", 24)


def A(app: tuple[str, str, int], cat: str, source: str, lang: str = "es") -> tuple[Any, ...]:
    return (cat, app[0], app[1], app[2], source, lang)


SF = "Alfaro Talento <alfaro@successfactors.com>"
_alf1 = m(
    101,
    "09-04 09:12",
    SF,
    "Confirmación de recepción de tu solicitud – Analista Sr. de Planeación Financiera (FP&A)",
    A(ALF, "confirmation", "other"),
    """Estimada Daniela:

Gracias por tu interés en formar parte de Grupo Alfaro. Hemos recibido tu solicitud para la vacante:

Analista Sr. de Planeación Financiera (FP&A)
Ubicación: San Pedro Garza García, N.L.
ID de requisición: 48213

Nuestro equipo de Atracción de Talento revisará tu perfil y, en caso de que se ajuste a los requerimientos de la posición, se pondrá en contacto contigo.

Puedes consultar el estatus de tu solicitud en cualquier momento ingresando a nuestro portal de carreras.

Atentamente,
Atracción de Talento
Corporativo Alfaro Industrial, S.A.B. de C.V.

Este correo fue generado automáticamente, por favor no respondas a esta dirección.
""",
)
_alf2 = m(
    102,
    "09-11 16:40",
    "Reclutamiento Grupo Alfaro <reclutamiento@alfaroindustrial.mx>",
    "Evaluaciones en línea – Proceso Analista Sr. FP&A",
    A(ALF, "assessment", "direct"),
    """Hola Daniela, buena tarde.

Como parte del proceso de reclutamiento para la posición de Analista Sr. de Planeación Financiera, te compartimos la liga para realizar tu examen psicométrico y la prueba de conocimientos en Excel y finanzas corporativas.

Liga: https://evaluaciones.psicometrix.com.mx/c/ALF-48213-DGV
Vigencia: 72 horas a partir de la recepción de este correo
Duración aproximada: 90 minutos

Te recomendamos contestarla desde una computadora con buena conexión a internet y en un lugar sin distracciones.

Quedamos atentos a cualquier duda.

Saludos cordiales,

Lic. Mariana Treviño Salinas
Especialista de Atracción de Talento
Grupo Alfaro | Av. Gómez Morín 955, San Pedro Garza García, N.L.
""",
)
_alf3 = m(
    103,
    "09-19 11:05",
    "Mariana Treviño Salinas <mariana.trevino@alfaroindustrial.mx>",
    "Entrevista – Analista Sr. FP&A",
    A(ALF, "interview", "direct"),
    """Daniela, ¿qué tal?

Gracias por completar tus evaluaciones, los resultados fueron favorables. Nos gustaría agendar una primera entrevista conmigo por Teams, de unos 45 minutos.

Te propongo martes 23 de septiembre a las 10:00 am o miércoles 24 a las 4:00 pm. ¿Cuál te acomoda mejor?

Saludos,
Mariana
""",
)
_alf4 = m(
    104,
    "09-19 13:22",
    "Mariana Treviño Salinas <mariana.trevino@alfaroindustrial.mx>",
    "RE: Entrevista – Analista Sr. FP&A",
    A(ALF, "interview", "direct"),
    """Perfecto, queda el martes a las 10. En un momento te llega la invitación de Teams.

Mariana

-----Original Message-----
From: Daniela Garza Villarreal <daniela.garzavillarreal@gmail.com>
Sent: viernes, 19 de septiembre de 2025 12:58 p. m.
To: Mariana Treviño Salinas <mariana.trevino@alfaroindustrial.mx>
Subject: Re: Entrevista – Analista Sr. FP&A

Hola Mariana, muchas gracias. El martes 23 a las 10:00 me queda muy bien.

Saludos,
Daniela
""",
    **re_(_alf3),
)
_alf5 = m(
    105,
    "09-19 13:30",
    "Mariana Treviño Salinas <mariana.trevino@alfaroindustrial.mx>",
    "Entrevista Analista Sr. FP&A – Daniela Garza",
    A(ALF, "interview", "direct"),
    """________________________________________________________________________________
Reunión de Microsoft Teams
Únase desde el equipo, la aplicación móvil o el dispositivo de sala
Haga clic aquí para unirse a la reunión
Id. de reunión: 284 117 390 552
Código de acceso: qV7nLs
________________________________________________________________________________
""",
    ics=ev(
        "09-23 10:00",
        "Entrevista Analista Sr. FP&A – Daniela Garza",
        ("Mariana Treviño Salinas", "mariana.trevino@alfaroindustrial.mx"),
        "040000008200E00074C5B7101A82E00800000000A1F3C51D",
        style="outlook",
        minutes=45,
        location="Reunión de Microsoft Teams",
    ),
)
_alf6 = m(
    106,
    "10-01 18:10",
    "Mariana Treviño Salinas <mariana.trevino@alfaroindustrial.mx>",
    "Siguiente etapa: entrevista con el gerente",
    A(ALF, "interview", "direct"),
    """Hola Daniela:

¡Buenas noticias! Avanzas a la entrevista con el gerente de Planeación Financiera, el Ing. Rodrigo Cavazos. Será presencial en nuestras oficinas de San Pedro el lunes 6 de octubre a las 12:00 hrs. Pregunta por él en recepción (Torre Alfaro, piso 14) y trae una identificación oficial.

Después de esta entrevista, si todo va bien, seguiría el estudio socioeconómico y la validación de referencias laborales.

Sin más por el momento, te mando un saludo.

Mariana Treviño
""",
)
_alf7 = m(
    107,
    "10-14 12:31",
    "Mariana Treviño Salinas <mariana.trevino@alfaroindustrial.mx>",
    "Carta oferta – Grupo Alfaro",
    A(ALF, "offer", "direct"),
    """Daniela, buen día.

Es un gusto compartirte que has sido seleccionada para la posición de Analista Sr. de Planeación Financiera (FP&A). Adjunto encontrarás tu carta oferta con el detalle de la propuesta:

- Sueldo mensual bruto: $42,000 MXN
- Aguinaldo de 30 días
- Vacaciones de acuerdo a ley más 2 días adicionales
- Fondo de ahorro del 13 %
- Vales de despensa
- Seguro de gastos médicos mayores
- Prestaciones superiores a las de ley

Te pedimos de favor que nos confirmes tu respuesta a más tardar el viernes 17 de octubre.

Quedo atenta a tus comentarios.

Mariana Treviño Salinas
Especialista de Atracción de Talento | Grupo Alfaro
""",
    attach=[("Carta_Oferta_DGarza.pdf", "application/pdf", "%PDF-1.4 carta oferta")],
)
_alf8 = m(
    108,
    "10-17 17:45",
    "Mariana Treviño Salinas <mariana.trevino@alfaroindustrial.mx>",
    "RE: Carta oferta – Grupo Alfaro",
    A(ALF, "offer", "direct"),
    st="declined",
    text="""Hola Daniela,

Lamento mucho tu decisión, pero la entiendo perfectamente. Gracias por tu honestidad y por el tiempo que le dedicaste al proceso. Dejo registrado en el sistema que declinas la oferta.

Las puertas de Grupo Alfaro quedan abiertas; ojalá coincidamos más adelante.

Un abrazo,
Mariana

> De: Daniela Garza Villarreal
> Enviado: viernes 17 de octubre de 2025 15:02
> Hola Mariana, muchas gracias por la propuesta. Después de pensarlo mucho, he decidido no aceptarla: el esquema de trabajo 100 % presencial no me es posible por ahora. Les agradezco mucho la oportunidad.
""",
    **re_(_alf7),
)

WD = "Cervecería Sierra Madre <sierramadre@myworkday.com>"
_csm1 = m(
    111,
    "09-08 22:03",
    WD,
    "Gracias por postularte a Cervecería Sierra Madre",
    A(CSM, "confirmation", "workday"),
    html="""<html><body><p>Hola Daniela:</p><p>Gracias por tu interés en <b>Cervecería Sierra Madre</b>. Recibimos tu postulación para <b>Analista de Planeación Financiera</b> (R-0031927) en Monterrey, N.L.</p><p>Revisaremos tu información y te contactaremos si tu perfil coincide con lo que buscamos. Mientras tanto, puedes dar seguimiento en la sección <i>Mis candidaturas</i> de nuestro sitio de empleos.</p><p>¡Salud!<br>Equipo de Talento<br>Grupo Cervecero Sierra Madre, S.A. de C.V.</p></body></html>""",
)
_csm2 = m(
    112,
    "10-02 09:47",
    WD,
    "Actualización sobre tu postulación",
    A(CSM, "rejection", "workday"),
    html="""<html><body><p>Hola Daniela,</p><p>Te agradecemos el tiempo que dedicaste a postularte a la vacante de Analista de Planeación Financiera (R-0031927).</p><p>Después de revisar cuidadosamente los perfiles, hemos decidido continuar con otros candidatos cuya experiencia se alinea más con las necesidades actuales del puesto.</p><p>Te invitamos a seguir atenta a nuestras vacantes.</p><p>Saludos cordiales,<br>Equipo de Talento – Cervecería Sierra Madre</p></body></html>""",
)

BWD = "BMG Tech Hub <bmg@myworkday.com>"
_bmg1 = m(
    121,
    "09-15 08:20",
    BWD,
    "Recibimos tu postulación: Analista de Planeación Financiera – BMG Tech Hub",
    A(BMG, "confirmation", "workday"),
    """Hola Daniela,

¡Gracias por postularte en BMG Tech Hub, el centro de tecnología e innovación de Banco Mercantil del Golfo!

Vacante: Analista de Planeación Financiera – BMG Tech Hub (JR-11842)
Sede: Monterrey (esquema híbrido)

Tu solicitud ya está en manos de nuestro equipo. Si tu perfil avanza, recibirás noticias por este medio.

Equipo de Reclutamiento BMG
""",
)
_bmg2 = m(
    122,
    "09-25 10:15",
    "Reclutamiento BMG <talento@bmg-techhub.mx>",
    "Pruebas de conocimientos – BMG Tech Hub",
    A(BMG, "assessment", "direct"),
    """Hola Daniela, buenos días.

Te compartimos el acceso para las pruebas de conocimientos (modelado financiero en Excel, 60 min) y el cuestionario de estilo de trabajo. Por favor complétalas antes del lunes 29 a las 23:59 h.

https://bmg-techhub.mx/evaluaciones/acceso?token=7f2c91

Cualquier inconveniente técnico, responde a este correo.

Saludos,
Fernanda Elizondo | Talent Acquisition
BMG Tech Hub · Banco Mercantil del Golfo
""",
)
_bmg3 = m(
    123,
    "10-06 15:02",
    "Fernanda Elizondo <fernanda.elizondo@bmg-techhub.mx>",
    "Entrevista panel – Planeación Financiera",
    A(BMG, "interview", "direct"),
    """Daniela, hola.

Te confirmo tu entrevista con el panel (Héctor Lozano, Subdirector de Planeación, y Ana Karen Ríos, Líder de Reporteo) el jueves 9 de octubre de 17:00 a 18:00. Te llegará la invitación de Teams por separado.

Saludos,
Fernanda
""",
)
_bmg4 = m(
    124,
    "10-20 13:40",
    "Fernanda Elizondo <fernanda.elizondo@bmg-techhub.mx>",
    "Seguimiento a tu proceso en BMG Tech Hub",
    A(BMG, "rejection", "direct"),
    """Hola Daniela:

Quiero agradecerte muchísimo tu participación. El panel quedó muy bien impresionado con tu dominio de modelos de flujo y con la claridad con la que explicaste tu caso del presupuesto base cero; de verdad fue una de las mejores entrevistas del proceso.

Sin embargo, en esta ocasión decidimos avanzar con una persona con más experiencia en banca, que era un factor clave para el área.

Me encantaría mantener tu CV en nuestra base para futuras vacantes del Tech Hub.

Un saludo afectuoso,
Fernanda Elizondo
""",
)

TAL = "Tiendas Solana – Reclutamiento <tiendassolana@taleo.net>"
_sol1 = m(
    131,
    "09-22 19:10",
    TAL,
    "Tiendas Solana: Confirmación de solicitud – Analista de Presupuestos",
    A(SOL1, "confirmation", "taleo"),
    """Estimada Daniela Garza Villarreal,

Gracias por enviar su solicitud para el puesto Analista de Presupuestos (Número de solicitud: 2500417) en Súper Solana / Ahorra+ Corporativo, Monterrey.

Hemos recibido su información. Si su perfil corresponde a los requisitos del puesto, un miembro de nuestro equipo se comunicará con usted.

Para consultar el estado de su solicitud, inicie sesión en la sección Carreras de nuestro sitio.

Atentamente,
Recursos Humanos
Comercializadora Solana, S.A. de C.V.

*** Este es un correo automático, por favor no responda. ***
""",
)
_sol2 = m(
    132,
    "09-29 09:00",
    TAL,
    "Tiendas Solana: Confirmación de solicitud – Coordinador(a) de Control de Gestión",
    A(SOL2, "confirmation", "taleo"),
    """Estimada Daniela Garza Villarreal,

Gracias por enviar su solicitud para el puesto Coordinador(a) de Control de Gestión (Número de solicitud: 2500466) en Ahorra+ Oficinas Regionales, Guadalupe, N.L.

Hemos recibido su información. Si su perfil corresponde a los requisitos del puesto, un miembro de nuestro equipo se comunicará con usted.

Atentamente,
Recursos Humanos
Comercializadora Solana, S.A. de C.V.
""",
)
_sol3 = m(
    133,
    "10-09 12:15",
    "Karla Montemayor <karla.montemayor@tiendassolana.com.mx>",
    "Entrevista Analista de Presupuestos",
    A(SOL1, "interview", "direct"),
    """Buen día Daniela,

Te escribo de Recursos Humanos de Tiendas Solana. Revisamos tu solicitud para Analista de Presupuestos y queremos invitarte a una entrevista presencial en nuestro corporativo (Av. Ruiz Cortines 3300, Monterrey) el miércoles 15 de octubre a las 9:30.

Favor de traer CV impreso y llegar 10 minutos antes.

Quedo atenta a tu confirmación.

Karla Montemayor
Reclutamiento Corporativo | Súper Solana · Ahorra+
Tel. 81 8340 2200 ext. 4412
""",
)
_sol4 = m(
    134,
    "10-27 10:05",
    "Karla Montemayor <karla.montemayor@tiendassolana.com.mx>",
    "Resultado de tu proceso – Analista de Presupuestos",
    A(SOL1, "rejection", "direct"),
    """Hola Daniela,

Gracias por acudir a la entrevista y por tu interés en Tiendas Solana. Te informamos que en esta ocasión no fuiste seleccionada para la vacante de Analista de Presupuestos, ya que el puesto se cubrió con un candidato interno.

Tu otra postulación (Control de Gestión) sigue activa y la está revisando el área de Ahorra+.

Saludos cordiales,
Karla Montemayor
""",
)
_sol5 = m(
    135,
    "11-05 16:30",
    TAL,
    "Tiendas Solana: Actualización del estado de su solicitud",
    A(SOL2, "rejection", "taleo"),
    """Estimada Daniela Garza Villarreal,

Le agradecemos su interés en el puesto Coordinador(a) de Control de Gestión (2500466).

Tras evaluar cuidadosamente todas las candidaturas, le informamos que su perfil no se ajusta a lo que requerimos en este momento para la posición. Conservaremos su información en nuestra base de datos.

Le deseamos éxito en su búsqueda.

Recursos Humanos
Comercializadora Solana, S.A. de C.V.
""",
)

_iep1 = m(
    141,
    "10-03 14:00",
    "Convocatorias IEPH <convocatorias@ieph-nl.gob.mx>",
    "Acuse de recibo – Convocatoria IEPH/SPC/014/2025",
    A(IEP, "confirmation", "direct"),
    """C. DANIELA GARZA VILLARREAL
PRESENTE

Por medio del presente se acusa de recibo su registro a la Convocatoria IEPH/SPC/014/2025 para ocupar la plaza de Analista de Presupuesto y Gasto Público (Nivel 11), Dirección de Programación y Presupuesto.

Folio de registro: IEPH-014-0387

La revisión documental se realizará del 6 al 10 de octubre. Los resultados se publicarán en el portal del Instituto.

Sin otro particular, reciba un cordial saludo.

Unidad de Recursos Humanos
Instituto Estatal de Planeación Hacendaria
""",
)
_iep2 = m(
    142,
    "10-14 11:20",
    "Convocatorias IEPH <convocatorias@ieph-nl.gob.mx>",
    "Citación a examen de conocimientos – Folio IEPH-014-0387",
    A(IEP, "assessment", "direct"),
    """C. DANIELA GARZA VILLARREAL

Con base en la revisión documental, usted cumple con los requisitos de la Convocatoria IEPH/SPC/014/2025. Se le cita a presentar el examen de conocimientos técnicos (Ley de Disciplina Financiera, presupuesto basado en resultados, contabilidad gubernamental) y la evaluación de habilidades:

Fecha: martes 21 de octubre de 2025
Hora: 09:00 horas
Sede: Aula 3, Edificio Hacendario, Zaragoza 1000 Sur, Centro, Monterrey

Deberá presentarse con identificación oficial vigente y su folio impreso.

ATENTAMENTE
Unidad de Recursos Humanos
""",
)

_ucs1 = m(
    151,
    "10-20 10:33",
    "Recursos Humanos UCS <rh@ucsilla.edu.mx>",
    "Recepción de documentos – Analista Financiero",
    A(UCS, "confirmation", "direct"),
    """Estimada Daniela:

Recibimos tu CV y carta de exposición de motivos para la vacante de Analista Financiero en la Dirección de Finanzas de la Universidad del Cerro de la Silla. Gracias por tu interés en formar parte de nuestra comunidad.

El comité revisará las candidaturas durante las próximas dos semanas.

Atentamente,
Coordinación de Recursos Humanos
Universidad del Cerro de la Silla
"Saber para servir"
""",
)
_ucs2 = m(
    152,
    "11-04 12:48",
    "Lorena Cantú Garza <lorena.cantu@ucsilla.edu.mx>",
    "Invitación a entrevista",
    A(UCS, "interview", "direct"),
    """Hola Daniela, buenas tardes.

Soy Lorena Cantú, Directora de Finanzas de la UCS. Nos gustaría platicar contigo sobre la vacante de Analista Financiero. ¿Te sería posible una videollamada por Zoom el lunes 10 de noviembre?

Saludos,
Mtra. Lorena Cantú Garza
Directora de Finanzas
""",
)
_ucs3 = m(
    153,
    "11-04 17:05",
    "Lorena Cantú Garza <lorena.cantu@ucsilla.edu.mx>",
    "Re: Invitación a entrevista",
    A(UCS, "interview", "direct"),
    """¿Le parece el lunes a las 11? Le envío la liga.

Lorena

El mar, 4 nov 2025 a las 14:10, Daniela Garza Villarreal (<daniela.garzavillarreal@gmail.com>) escribió:
> Buenas tardes, Mtra. Cantú. Con gusto, el lunes tengo disponibilidad en la mañana.
""",
    **re_(_ucs2),
)
_ucs4 = m(
    154,
    "11-04 17:09",
    "Lorena Cantú Garza <lorena.cantu@ucsilla.edu.mx>",
    "Invitación: Entrevista Analista Financiero – D. Garza @ lun 10 nov 2025 11:00 – 12:00 (CST)",
    A(UCS, "interview", "direct"),
    """Lorena Cantú Garza te invitó a un evento.

Entrevista Analista Financiero – D. Garza
lunes, 10 de noviembre · 11:00 – 12:00
Unirse a la reunión de Zoom: https://ucsilla.zoom.us/j/86120447731?pwd=Qm9hTTZ
ID de reunión: 861 2044 7731
""",
    ics=ev(
        "11-10 11:00",
        "Entrevista Analista Financiero – D. Garza",
        ("Lorena Cantú Garza", "lorena.cantu@ucsilla.edu.mx"),
        "7q3m1vba0kq2n4e9r8fjt1l5@google.com",
        location="https://ucsilla.zoom.us/j/86120447731",
    ),
)
_ucs5 = m(
    155,
    "11-25 09:15",
    "Recursos Humanos UCS <rh@ucsilla.edu.mx>",
    "Vacante Analista Financiero – Dirección de Finanzas",
    A(UCS, "rejection", "direct"),
    """Estimada Daniela:

Agradecemos sinceramente tu participación en el proceso de selección. Te informamos que la vacante fue cubierta por otra candidata.

Conservaremos tu expediente para futuras convocatorias.

Atentamente,
Coordinación de Recursos Humanos
""",
)

AG = "Rocío Salazar | Talentia Consultores <rocio.salazar@talentiaconsultores.mx>"
_ag1 = m(
    161,
    "10-22 11:48",
    AG,
    "Vacante Gerente de FP&A – importante empresa del sector automotriz",
    ("outreach", None, "Gerente de FP&A", None, "agency", "es"),
    """Hola Daniela, buen día.

Mi nombre es Rocío Salazar, consultora senior en Talentia Consultores. Encontré tu perfil en LinkedIn y me parece muy interesante para una posición que estamos buscando para importante empresa del sector automotriz (Tier 1), ubicada en Apodaca, N.L.

Puesto: Gerente de FP&A
- Reporta a Dirección de Finanzas LATAM
- Equipo de 3 analistas
- Inglés avanzado indispensable
- Sueldo competitivo + bono anual + prestaciones superiores a las de ley

¿Te interesaría platicar? Si es así, compárteme tu CV actualizado y tus expectativas económicas.

Saludos cordiales,
Rocío Salazar
Talentia Consultores – Headhunting & Executive Search
""",
)
_ag2 = m(
    162,
    "10-28 16:20",
    AG,
    "RE: Vacante Gerente de FP&A – importante empresa del sector automotriz",
    A(CUM, "interview", "agency"),
    """Daniela, gracias por tu tiempo en la llamada.

Ahora sí te puedo compartir que el cliente es Autopartes Cumbre (planta y oficinas corporativas en Apodaca). Les presenté tu perfil y quieren entrevistarte: sería con el Director de Finanzas, el C.P. Alberto Garza Leal, el jueves 30 de octubre a las 17:00 en sus oficinas.

Te pido confirmarme para enviarles tu confirmación.

Saludos,
Rocío

________________________________
De: Daniela Garza Villarreal <daniela.garzavillarreal@gmail.com>
Enviado: lunes, 27 de octubre de 2025 09:15
Asunto: Re: Vacante Gerente de FP&A – importante empresa del sector automotriz

Hola Rocío, sí me interesa. Te adjunto mi CV. Mis expectativas están en el rango de 65 a 70 mil brutos mensuales.
""",
    **re_(_ag1),
)
_ag3 = m(
    163,
    "11-12 10:02",
    AG,
    "Otra oportunidad – consumo masivo",
    ("outreach", None, "Jefe(a) de Planeación Financiera", None, "agency", "es"),
    """Hola Daniela, ¿cómo estás?

Mientras el cliente automotriz define (te aviso en cuanto tenga retroalimentación), tengo otra búsqueda que creo que te puede quedar muy bien: Jefe(a) de Planeación Financiera para empresa líder de consumo masivo, sector alimentos, en Monterrey. Modalidad híbrida.

¿Me autorizas presentarte también en este proceso?

Saludos,
Rocío Salazar
""",
)
_ag4 = m(
    164,
    "11-14 13:35",
    AG,
    "RE: Otra oportunidad – consumo masivo",
    A(LAC, "confirmation", "agency"),
    """Listo Daniela, ya te presenté. El cliente es Grupo Lácteo Serrano (marcas Serrano y Valle Fresco). En cuanto tengan retroalimentación del CV te comento.

Saludos,
Rocío
""",
    **re_(_ag3),
)
_ag5 = m(
    165,
    "11-18 09:40",
    AG,
    "Retro cliente automotriz",
    A(CUM, "rejection", "agency"),
    """Hola Daniela:

Te comparto la retroalimentación de Autopartes Cumbre: les gustó mucho tu perfil técnico, pero decidieron avanzar con un candidato con experiencia previa como gerente en planta automotriz. Lo siento mucho.

Sigo con el proceso de Lácteo Serrano, que va bien.

Saludos,
Rocío Salazar
""",
)
_ag6 = m(
    166,
    "11-26 12:10",
    AG,
    "Entrevista Grupo Lácteo Serrano",
    A(LAC, "interview", "agency"),
    """Daniela, ¡buenas noticias! El cliente quiere entrevistarte. Propone el martes 2 de diciembre a las 10:00 en sus oficinas de Av. Constitución. Te entrevistaría la Gerente de Finanzas, Lic. Patricia Aguirre.

¿Te queda?

Rocío
""",
)
_ag7 = m(
    167,
    "12-09 18:25",
    AG,
    "Segunda entrevista + pruebas – Lácteo Serrano",
    A(LAC, "assessment", "agency"),
    """Hola Daniela,

Te fue muy bien en la entrevista. El siguiente paso son las pruebas psicométricas (Cleaver y Terman) que aplica el cliente en línea; te llegará la liga de su proveedor. Después seguiría una segunda entrevista con el Director de Finanzas.

Saludos,
Rocío
""",
)
_ag8 = m(
    168,
    "01-28 10:14",
    AG,
    "RE: Retiro de candidatura – Lácteo Serrano",
    A(LAC, "confirmation", "agency"),
    st="withdrawn",
    text="""Daniela, muchas felicidades por tu nuevo trabajo. Entiendo perfecto, ya le avisé al cliente que retiras tu candidatura.

Te deseo muchísimo éxito. Seguimos en contacto.

Rocío

-----Mensaje original-----
De: Daniela Garza Villarreal
Enviado el: martes, 27 de enero de 2026 20:01
Asunto: Retiro de candidatura – Lácteo Serrano

Hola Rocío, te escribo para avisarte que acepté una oferta en otra empresa, por lo que prefiero retirarme del proceso de Grupo Lácteo Serrano. Mil gracias por todo tu apoyo.
""",
)

OCC = "OCC <notificaciones@occ.com.mx>"
_pib1 = m(
    171,
    "09-10 21:14",
    OCC,
    "¡Tu postulación fue enviada! Analista de Costos",
    A(PIB, "confirmation", "other"),
    html="""<html><body><table width="600"><tr><td><img src="https://cdn.occ.com.mx/img/logo-occ.png" alt="OCC"></td></tr><tr><td><h2>¡Listo, Daniela!</h2><p>Te postulaste a la vacante <b>Analista de Costos</b> de <b>Plásticos Industriales del Bajío</b> en Querétaro, Qro.</p><p>Te recomendamos mantener tu CV actualizado para aumentar tus posibilidades.</p><p><a href="https://www.occ.com.mx/empleo/oferta/20418873">Ver vacante</a></p></td></tr><tr><td style="font-size:11px">OCC Mundial · Si no deseas recibir estos correos, <a href="https://www.occ.com.mx/cuenta/notificaciones">modifica tus preferencias</a>.</td></tr></table></body></html>""",
)
_pib2 = m(
    172,
    "09-13 08:02",
    OCC,
    "Plásticos Industriales del Bajío vio tu CV",
    A(PIB, "viewed", "other"),
    html="""<html><body><p>Hola Daniela,</p><p><b>Plásticos Industriales del Bajío</b> revisó tu CV para la vacante <b>Analista de Costos</b>.</p><p>Esto significa que el reclutador ya conoce tu perfil. ¡Mucha suerte!</p><p><a href="https://www.occ.com.mx/postulaciones">Ver mis postulaciones</a></p><p style="font-size:11px">OCC Mundial</p></body></html>""",
)

CT = "Computrabajo <notificaciones@computrabajo.com>"
_dra1 = m(
    181,
    "09-16 13:27",
    CT,
    "Postulación realizada: Analista Contable-Financiero",
    A(DRA, "confirmation", "other"),
    html="""<html><body><p>Hola Daniela,</p><p>Tu postulación a la oferta <b>Analista Contable-Financiero</b> en <b>Distribuidora Regia de Abarrotes</b> (Monterrey, Nuevo León) se ha realizado correctamente.</p><p>Puedes seguir el estado de tu candidatura desde tu área de candidato.</p><p>Equipo Computrabajo</p></body></html>""",
)
_dra2 = m(
    182,
    "09-18 10:55",
    CT,
    "La empresa ha leído tu hoja de vida",
    A(DRA, "viewed", "other"),
    html="""<html><body><p>¡Buenas noticias, Daniela!</p><p>Distribuidora Regia de Abarrotes ha leído tu hoja de vida para la oferta <b>Analista Contable-Financiero</b>.</p><p>Estado actual: <b>CV leído</b></p><p>Computrabajo México</p></body></html>""",
)
_dra3 = m(
    183,
    "09-30 17:40",
    CT,
    "Actualización en tu candidatura",
    A(DRA, "rejection", "other"),
    html="""<html><body><p>Hola Daniela,</p><p>La empresa Distribuidora Regia de Abarrotes ha finalizado el proceso de selección para la oferta <b>Analista Contable-Financiero</b> y no has sido seleccionada para continuar.</p><p>No te desanimes: hay miles de ofertas esperándote en Computrabajo.</p></body></html>""",
)

_lpe1 = m(
    191,
    "09-24 23:11",
    "Bumeran <noreply@bumeran.com.mx>",
    "Te postulaste a Analista de FP&A",
    A(LPE, "confirmation", "other"),
    """Hola Daniela,

Te postulaste con éxito al aviso "Analista de FP&A" publicado por Logística Pacífico Express en Guadalajara, Jalisco.

Te avisaremos cuando la empresa vea tu CV.

Bumeran México
""",
)

WK = "Verdal Agrotech <noreply@workablemail.com>"
_ver1 = m(
    201,
    "10-08 14:44",
    WK,
    "Gracias por postularte a Verdal Agrotech",
    A(VER, "confirmation", "workable"),
    """Hola Daniela,

¡Gracias por tu interés en Verdal Agrotech! Recibimos tu postulación para Analista de Finanzas (Guadalajara / remoto).

Nuestro equipo revisará tu perfil con cuidado y te escribiremos en los próximos días.

Saludos,
El equipo de Verdal Agrotech
""",
)
_ver2 = m(
    202,
    "10-29 12:00",
    WK,
    "Actualización sobre la vacante Analista de Finanzas",
    A(VER, "confirmation", "workable"),
    st="on_hold",
    text="""Hola Daniela,

Queremos contarte que decidimos pausar temporalmente la vacante de Analista de Finanzas mientras cerramos nuestra ronda de inversión. Tu postulación sigue registrada y te escribiremos en cuanto reactivemos el proceso.

Gracias por tu paciencia.

Sofía Ramírez
People & Culture, Verdal Agrotech
""",
)

TT = "Huella Café <no-reply@teamtailor.com>"
_hue1 = m(
    211,
    "11-03 09:30",
    TT,
    "¡Recibimos tu aplicación, Daniela!",
    A(HUE, "confirmation", "teamtailor"),
    """¡Hola Daniela!

Gracias por aplicar a Finance Business Partner en Huella Café ☕. Leemos todas las aplicaciones y te contaremos pronto cómo sigue el proceso.

Mientras tanto, conoce más de nuestra cultura en huellacafe.teamtailor.com

Con cariño,
Equipo Huella
""",
)
_hue2 = m(
    212,
    "11-11 15:12",
    "Andrés Olvera <andres.olvera@huellacafe.mx>",
    "Platiquemos: Finance Business Partner",
    A(HUE, "interview", "direct"),
    """Hola Daniela,

Soy Andrés, CFO de Huella Café. Me encantó tu perfil. ¿Te late una llamada de 30 min esta semana? Puedes elegir horario aquí: https://calendly.com/andres-huella/30min

Abrazo,
Andrés
""",
)
_hue3 = m(
    213,
    "11-24 11:08",
    TT,
    "Sobre tu aplicación a Finance Business Partner",
    A(HUE, "rejection", "teamtailor"),
    """Hola Daniela,

Gracias por el tiempo que nos diste y por la conversación con Andrés. Fue un proceso muy reñido y al final decidimos avanzar con otra persona cuyo perfil tiene más experiencia en retail de alimentos.

Nos encantaría seguir en contacto para futuras oportunidades.

Equipo Huella Café
""",
)

_pen1 = m(
    221,
    "10-13 20:18",
    "Talenteca <notificaciones@talenteca.com>",
    "Postulación exitosa – Analista de Tesorería",
    A(PEN, "confirmation", "other"),
    """¡Hola Daniela!

Tu postulación a la vacante Analista de Tesorería de Constructora Peñasco (Monterrey) fue enviada con éxito.

Te sugerimos completar tu perfil al 100% para destacar.

Talenteca
""",
)
_pen2 = m(
    222,
    "10-16 12:30",
    "Constructora Peñasco RH <rh@constructorapenasco.com.mx>",
    "Evaluación psicométrica – Analista de Tesorería",
    A(PEN, "assessment", "direct"),
    """Buen día Daniela,

Para continuar con tu proceso para Analista de Tesorería, te pedimos contestar la evaluación psicométrica (Terman, Moss y 16PF) en la siguiente liga antes del sábado:

https://evaluar.psicotest.mx/candidato/CPE-9921

Saludos cordiales,
Gabriela Rdz.
Recursos Humanos, Constructora Peñasco
""",
)

GM = "Ricardo Villaseñor <ricardo.villasenor.mty@gmail.com>"
_ica1 = m(
    231,
    "12-03 21:40",
    GM,
    "Vacante analista financiero – de parte de Jorge",
    A(ICA, "interview", "direct"),
    """Hola Daniela, buenas noches.

Jorge Ibarra me pasó tu CV; me dijo que trabajaron juntos en el cierre anual. Soy Director de Finanzas de Inmobiliaria Cumbres Altas y estoy buscando un Analista Financiero Sr. para el área de proyectos (flujos, factibilidades, reporteo a socios).

¿Podríamos vernos para platicar? Te escribo desde mi correo personal porque el corporativo anda con problemas.

Saludos,
Ricardo Villaseñor
""",
)
_ica2 = m(
    232,
    "12-04 08:15",
    GM,
    "Re: Vacante analista financiero – de parte de Jorge",
    A(ICA, "interview", "direct"),
    """¿Le parece el jueves a las 11 en el Starbucks de Calzada del Valle?

R.

El jue, 4 dic 2025, 7:50 a.m., Daniela Garza Villarreal <daniela.garzavillarreal@gmail.com> escribió:
> Buen día, Ricardo. Muchas gracias, con todo gusto. ¿Qué día le acomoda?
""",
    **re_(_ica1),
)
_ica3 = m(
    233,
    "12-12 19:02",
    GM,
    "Re: Vacante analista financiero – de parte de Jorge",
    A(ICA, "interview", "direct"),
    """Daniela, gracias por el café. Le pasé tus datos a Claudia de RH para que te cite con nuestro socio director en enero, después de vacaciones.

R.
""",
    **re_(_ica2),
)

MAIL: list[dict[str, Any]] = [
    v
    for k, v in dict(globals()).items()
    if k.startswith("_") and not k.startswith("__") and isinstance(v, dict) and "id" in v
]

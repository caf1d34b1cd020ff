# ruff: noqa: E501
"""Corpus 38, job mail in Latin American Spanish (Colombia, Mexico, Peru): Valentina Ríos's applications.

Also holds the corpus's shorthand (``m``, ``j``, ``o``, ``APPS``) that its other data modules import.
"""

from __future__ import annotations

import hashlib
from typing import Any

BOG = "-0500"
MEX = "-0600"
LIM = "-0500"

# Application id -> (company as she would write it in a tracker, role).
APPS: dict[int, tuple[str, str]] = {
    1: ("Alimentos Cordillera", "Analista de Mercadeo Digital"),
    2: ("Alimentos Cordillera", "Coordinadora de E-commerce"),
    3: ("Tiendas Olimpo", "Especialista E-commerce"),
    4: ("Nuvia", "Growth Marketing Specialist"),
    5: ("Universidad del Altiplano", "Profesional de Mercadeo y Admisiones"),
    6: ("Agrocafé Cooperativa", "Jefe de Comunicaciones y Mercadeo"),
    7: ("Kiosko Pay", "Performance Marketing Manager"),
    8: ("Frutalia", "Brand Manager Jr."),
    9: ("Sumaq", "Especialista de Trade Marketing Digital"),
    10: ("Huerta Viva", "Responsable de E-commerce"),
    11: ("Lumbre Cosmética", "CRM & Email Marketing Specialist"),
    12: ("Tallyfox", "Lifecycle Marketing Manager, LATAM"),
    13: ("Pampa Labs", "Growth Marketer LATAM"),
    14: ("Quipu Logistics", "E-commerce Operations Specialist"),
    15: ("Farmacias Alameda", "Analista de Marketplace"),
    16: ("Vértice Seguros", "Digital Marketing Lead"),
    17: ("Almendra", "Community & Content Manager"),
    18: ("Supermercados La Canasta", "Jefe de Mercadeo Digital"),
    19: ("Cervecería Tláloc", "Ejecutivo(a) de Trade Marketing"),
    20: ("Kiosko Pay", "Performance Marketing Manager"),
    21: ("Café Quimbaya", "Coordinadora de Ventas Online"),
    22: ("Almacenes Sabana", "Analista Senior CRM"),
    23: ("Lácteos Piedemonte", "Trainee de Marketing Digital"),
    24: ("Harborlight", "Marketing Manager, Spanish-speaking Markets"),
    25: ("Nubeplata", "Content Marketing Specialist"),
    26: ("Viajes Alba", "Especialista SEO/SEM"),
    27: ("Distribuidora Lara Hermanos", "Auxiliar de Mercadeo y Ventas Digitales"),
}

_SEEN: dict[str, dict[str, Any]] = {}


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple,
    text: str | None = None,
    html: str | None = None,
    *,
    tz: str = BOG,
    re: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """One message spec: key is an opaque number, date "YYYY-MM-DD HH:MM" local to ``tz``;
    ``re`` names the key of the message this one answers (threading headers)."""
    domain = frm.rsplit("@", 1)[1].rstrip(">").strip()
    digest = hashlib.sha1(key.encode()).hexdigest()
    spec: dict[str, Any] = {
        "id": f"<{digest[:12]}.{digest[12:20]}.{key}@{domain}>",
        "date": f"{date}:{int(digest[:2], 16) % 60:02d} {tz}",
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    if re:
        parent = _SEEN[re]["id"]
        spec["In-Reply-To"] = parent
        spec["References"] = parent
    spec.update(kw)
    _SEEN[key] = spec
    return spec


def j(cat: str, app: int, source: str, lang: str = "es") -> tuple:
    """Label of application mail."""
    company, role = APPS[app]
    return (cat, company, role, app, source, lang)


def o(cat: str, company: str | None, role: str | None, source: str, lang: str = "es") -> tuple:
    """Label of job mail outside an application (alert, outreach, other_job)."""
    return (cat, company, role, None, source, lang)


N = ("not_job", "es")
NE = ("not_job", "en")

ME_ADDR = "valentina.rios.e@gmail.com"

MAIL: list[dict[str, Any]] = [
    # --- 1: Alimentos Cordillera, Analista de Mercadeo Digital (Computrabajo) --------------------
    m(
        "1001",
        "2025-09-03 08:12",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Tu hoja de vida fue enviada a Alimentos Cordillera S.A.S.",
        j("confirmation", 1, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td><img src="https://ct.computrabajo.com/logo.png" alt="Computrabajo"></td></tr>
<tr><td><h2>¡Hola Valentina!</h2>
<p>Tu postulación a la oferta <b>Analista de Mercadeo Digital</b> de <b>Alimentos Cordillera S.A.S.</b> en Bogotá, D.C. se realizó correctamente.</p>
<p>La empresa revisará tu hoja de vida. Puedes seguir el estado de tu postulación desde la sección <i>Mis postulaciones</i>.</p>
<p><a href="https://co.computrabajo.com/candidato/postulaciones">Ver mis postulaciones</a></p>
<p style="font-size:11px;color:#888">Consejo: completa tu perfil al 100 % y aumenta tus posibilidades de ser visto por los reclutadores.</p>
</td></tr>
<tr><td style="font-size:10px;color:#999">Recibes este correo porque estás registrado en Computrabajo Colombia. Darse de baja | Política de privacidad</td></tr></table>
</body></html>""",
    ),
    m(
        "1002",
        "2025-09-08 15:40",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Alimentos Cordillera S.A.S. vio tu hoja de vida",
        j("viewed", 1, "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hola Valentina,</p>
<p>¡Buenas noticias! La empresa <b>Alimentos Cordillera S.A.S.</b> leyó tu hoja de vida para la vacante <b>Analista de Mercadeo Digital</b>.</p>
<p>Estado actual: <span style="color:#0a7">Hoja de vida vista</span></p>
<p>Mientras tanto, estas ofertas también pueden interesarte:</p>
<ul><li>Auxiliar de mercadeo – Funza</li><li>Analista de trade marketing – Bogotá</li></ul>
<p style="font-size:10px;color:#999">Computrabajo · Todos los derechos reservados</p>
</body></html>""",
    ),
    m(
        "1003",
        "2025-09-12 10:05",
        "Selección Cordillera <seleccion@alimentoscordillera.com.co>",
        "Citación pruebas psicotécnicas - Analista de Mercadeo Digital",
        j("assessment", 1, "direct"),
        """Buenos días Valentina,

Reciba un cordial saludo de parte del equipo de Gestión Humana de Alimentos Cordillera S.A.S.

Nos complace informarle que su hoja de vida fue preseleccionada para continuar en el proceso de selección para el cargo de Analista de Mercadeo Digital (marcas Cordillera y Maizal).

Como siguiente paso, le solicitamos presentar las pruebas psicotécnicas y una prueba de conocimientos en Excel y Google Analytics. Las pruebas se realizan en línea a través de la plataforma de nuestro aliado Psicotest; le llegará un correo aparte con el usuario y la contraseña.

Plazo para presentarlas: martes 16 de septiembre hasta las 6:00 p. m.
Duración aproximada: 90 minutos. Le recomendamos un computador con buena conexión y un espacio sin interrupciones.

Cualquier inquietud con gusto la atendemos.

Cordialmente,

Paula Andrea Gómez Restrepo
Analista de Selección | Gestión Humana
Alimentos Cordillera S.A.S.
Autopista Medellín Km 2,5 – Cota, Cundinamarca
PBX (601) 745 2200 ext. 318

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos pueden contener información confidencial. Si usted no es el destinatario, por favor notifíquelo y elimínelo.""",
    ),
    m(
        "1004",
        "2025-09-19 16:22",
        "Paula Andrea Gómez <pagomez@alimentoscordillera.com.co>",
        "Entrevista con el jefe inmediato – lunes 22 de septiembre",
        j("interview", 1, "direct"),
        """Hola Valentina, buenas tardes.

Le cuento que le fue muy bien en las pruebas, así que queremos invitarla a entrevista con el jefe inmediato, Andrés Felipe Mora (Gerente de Mercadeo Digital).

Fecha: lunes 22 de septiembre de 2025
Hora: 9:00 a. m.
Lugar: sede administrativa Cota (Autopista Medellín Km 2,5). Al llegar, se anuncia en portería con su cédula.

Le envío la invitación de calendario. Por favor confírmeme asistencia respondiendo este correo.

Saludos,
Paula Andrea Gómez Restrepo
Analista de Selección""",
        ics={
            "uid": "cord-entrev-0922-vr@alimentoscordillera.com.co",
            "start": "2025-09-22 09:00:00 -0500",
            "minutes": 60,
            "organizer": ("Paula Andrea Gómez", "pagomez@alimentoscordillera.com.co"),
            "attendees": [("Andrés Felipe Mora", "afmora@alimentoscordillera.com.co")],
            "summary": "Entrevista Valentina Ríos – Analista de Mercadeo Digital",
            "location": "Sede Cota, Autopista Medellín Km 2,5",
            "description": "Entrevista con el jefe inmediato.",
        },
    ),
    m(
        "1005",
        "2025-10-02 11:47",
        "Paula Andrea Gómez <pagomez@alimentoscordillera.com.co>",
        "Actualización de su proceso",
        j("rejection", 1, "direct"),
        """Valentina, buen día.

Queremos agradecerle el tiempo y la disposición que tuvo durante todo el proceso. Andrés Felipe quedó con una muy buena impresión de su experiencia en pauta digital y marketplaces.

Sin embargo, después de evaluar a los finalistas, la compañía decidió continuar con otro perfil que se ajusta más a las necesidades actuales del área, por lo que en esta ocasión no continuará en el proceso.

Su hoja de vida quedará en nuestra base de datos para futuras vacantes.

Un abrazo y muchos éxitos,
Paula Andrea""",
        re="1004",
    ),
    # --- 2: Alimentos Cordillera, Coordinadora de E-commerce (SuccessFactors) -----------------------
    m(
        "1006",
        "2025-10-20 19:03",
        "Alimentos Cordillera Careers <noreply@successfactors.com>",
        "Recibimos su aplicación - Coordinador(a) de E-commerce (Req 4471)",
        j("confirmation", 2, "other"),
        """Estimada Valentina Ríos Echeverri:

Gracias por su interés en Alimentos Cordillera S.A.S. Hemos recibido su aplicación para el cargo:

Coordinador(a) de E-commerce
Número de requisición: 4471
Ubicación: Bogotá D.C., Colombia

Nuestro equipo de Talento revisará su perfil. Si su experiencia se ajusta a los requisitos de la vacante, nos comunicaremos con usted.

Puede consultar el estado de su aplicación ingresando al portal de carreras con su usuario.

Atentamente,
Talento Humano – Alimentos Cordillera

Este es un mensaje automático, por favor no responda a este correo.""",
    ),
    m(
        "1007",
        "2025-11-14 09:31",
        "Alimentos Cordillera Careers <noreply@successfactors.com>",
        "Información sobre la requisición 4471",
        j("rejection", 2, "other"),
        """Estimada Valentina:

Le agradecemos por participar en el proceso de selección para Coordinador(a) de E-commerce. Nos impresionó su trayectoria y valoramos mucho el interés que ha mostrado en nuestra compañía y en nuestras marcas.

Tras un análisis cuidadoso, hemos decidido avanzar con candidatos cuyo perfil coincide de manera más cercana con los requisitos de este cargo.

Le invitamos a seguir atenta a nuestras vacantes en el portal de carreras.

Cordialmente,
Talento Humano – Alimentos Cordillera S.A.S.""",
    ),
    # --- 3: Tiendas Olimpo, Especialista E-commerce (elempleo) -----------------------------------
    m(
        "1008",
        "2025-10-06 13:15",
        "elempleo.com <notificaciones@elempleo.com>",
        "Aplicaste a: Especialista E-commerce",
        j("confirmation", 3, "other"),
        html="""<html><body><div style="max-width:580px;font-family:Helvetica,Arial">
<img src="https://www.elempleo.com/img/logo-elempleo.png" alt="elempleo">
<p>Valentina, tu aplicación fue exitosa.</p>
<table style="border:1px solid #ddd;padding:10px"><tr><td><b>Especialista E-commerce</b><br>Inversiones Olimpo S.A. (Tiendas Olimpo)<br>Bogotá, D.C. · Salario: a convenir · Término indefinido</td></tr></table>
<p>Recuerda que la empresa revisa las hojas de vida y contacta directamente a los candidatos que continúan en el proceso.</p>
<p><a href="https://www.elempleo.com/co/mi-cuenta/aplicaciones">Consulta tus aplicaciones</a></p>
<p style="font-size:11px;color:#777">elempleo.com - Casa Editorial El Tiempo. Si no deseas recibir más notificaciones, ajusta tus preferencias.</p>
</div></body></html>""",
    ),
    m(
        "1009",
        "2025-10-15 17:02",
        "Laura Cifuentes - Tiendas Olimpo <laura.cifuentes@tiendasolimpo.com.co>",
        "Tiendas Olimpo | Entrevista Especialista E-commerce",
        j("interview", 3, "direct"),
        """Hola Valentina, ¿cómo estás?

Soy Laura Cifuentes, del equipo de Atracción de Talento de Tiendas Olimpo. Vimos tu hoja de vida en elempleo y nos gustaría conocerte.

¿Tienes disponibilidad el jueves 23 de octubre a las 3:00 p. m. para una entrevista por Google Meet de unos 45 minutos? Estaría también Camilo Ortiz, jefe de Canales Digitales.

Quedo atenta,

Laura Cifuentes
Atracción de Talento
Tiendas Olimpo – Inversiones Olimpo S.A.
Calle 80 # 69-70, Bogotá""",
        ics={
            "uid": "olimpo-vr-1023@tiendasolimpo.com.co",
            "start": "2025-10-23 15:00:00 -0500",
            "minutes": 45,
            "organizer": ("Laura Cifuentes", "laura.cifuentes@tiendasolimpo.com.co"),
            "attendees": [("Camilo Ortiz", "camilo.ortiz@tiendasolimpo.com.co")],
            "summary": "Entrevista – Especialista E-commerce (Valentina Ríos)",
            "location": "https://meet.google.com/xqe-hvdk-pbn",
        },
    ),
    m(
        "1010",
        "2025-11-05 10:20",
        "Laura Cifuentes - Tiendas Olimpo <laura.cifuentes@tiendasolimpo.com.co>",
        "RE: Tiendas Olimpo | Entrevista Especialista E-commerce",
        j("interview", 3, "direct"),
        """Valentina, ¡qué bueno saludarte de nuevo!

Camilo quedó muy contento con la conversación. El siguiente paso es una entrevista presencial con la Gerente de Mercadeo, Sandra Liliana Vargas, y un caso práctico corto (te lo explicamos allá, no tienes que preparar nada).

Propuesta: martes 11 de noviembre, 10:00 a. m., Calle 80 # 69-70, piso 4.

¿Te sirve?

Laura

-----Mensaje original-----
De: Valentina Ríos <valentina.rios.e@gmail.com>
Enviado: jueves, 23 de octubre de 2025 4:02 p. m.
Para: Laura Cifuentes
Asunto: RE: Tiendas Olimpo | Entrevista Especialista E-commerce

Laura, muchas gracias por el espacio de hoy. Quedo atenta a los siguientes pasos.
Saludos,
Valentina""",
        re="1009",
    ),
    m(
        "1011",
        "2025-11-25 18:44",
        "Sandra Liliana Vargas <sandra.vargas@tiendasolimpo.com.co>",
        "Carta oferta – Especialista E-commerce",
        j("offer", 3, "direct"),
        """Apreciada Valentina:

Es un gusto para nosotros comunicarte que has sido seleccionada para el cargo de Especialista E-commerce en Tiendas Olimpo.

Adjunto encontrarás la carta oferta con las condiciones: salario básico de $6.800.000 mensuales, contrato a término indefinido, bonificación anual por resultados y modalidad híbrida (3 días en oficina). Fecha estimada de ingreso: 12 de enero de 2026.

Te agradecemos darnos una respuesta a más tardar el viernes 5 de diciembre.

Bienvenida (¡ojalá!) al equipo.

Sandra Liliana Vargas
Gerente de Mercadeo
Tiendas Olimpo""",
        attach=[("Carta_oferta_VRios.pdf", "application/pdf", "%PDF-1.4 carta oferta")],
    ),
    m(
        "1012",
        "2025-12-04 12:10",
        "Sandra Liliana Vargas <sandra.vargas@tiendasolimpo.com.co>",
        "RE: Carta oferta – Especialista E-commerce",
        j("offer", 3, "direct"),
        """Valentina, gracias por avisarnos con tiempo y por la transparencia.

Entendemos tu decisión; la verdad nos hubiera encantado tenerte en el equipo. Las puertas quedan abiertas y si más adelante quieres volver a hablar, escríbeme.

Éxitos en el nuevo reto,
Sandra

El mié, 3 dic 2025 a las 21:18, Valentina Ríos (<valentina.rios.e@gmail.com>) escribió:
> Sandra, buenas noches. Te agradezco mucho la oferta y todo el proceso.
> Después de pensarlo bastante, decidí aceptar otra propuesta que se ajusta
> más a lo que busco en este momento, así que no voy a poder aceptar.
> Un saludo muy especial para Camilo y Laura.
> Valentina""",
        re="1011",
        st="declined",
    ),
    # --- 4: Nuvia (Banco del Páramo), Growth Marketing Specialist (Workday) -----------------------
    m(
        "1013",
        "2025-09-15 22:05",
        "Banco del Páramo <bancodelparamo@myworkday.com>",
        "Confirmación de postulación: Growth Marketing Specialist - Nuvia",
        j("confirmation", 4, "workday"),
        """Hola Valentina,

Gracias por postularte a la vacante Growth Marketing Specialist - Nuvia (R-0018823) en Banco del Páramo S.A.

Hemos recibido tu postulación. Nuestro equipo de Selección revisará tu perfil y, si avanzas, te contactaremos. Puedes ver el estado en cualquier momento desde la sección Mis postulaciones de nuestro sitio de Carreras.

Nuvia es el banco digital del Grupo Banco del Páramo.

Saludos,
Equipo de Selección
Banco del Páramo S.A.

No respondas este mensaje.""",
    ),
    m(
        "1014",
        "2025-09-24 08:00",
        "Banco del Páramo <bancodelparamo@myworkday.com>",
        "Tarea pendiente: Evaluación en línea",
        j("assessment", 4, "workday"),
        """Hola Valentina,

Tienes una tarea pendiente en tu proceso para Growth Marketing Specialist - Nuvia (R-0018823).

Tarea: Evaluación de razonamiento y caso de analítica
Fecha límite: 29/09/2025

Ingresa a tu cuenta de candidato en el sitio de Carreras de Banco del Páramo para completarla. La evaluación tiene una duración de 40 minutos y debe hacerse en una sola sesión.

Equipo de Selección
Banco del Páramo S.A.""",
    ),
    m(
        "1015",
        "2025-10-07 14:30",
        "Juliana Betancur <jbetancur@bancodelparamo.com.co>",
        "Entrevista Nuvia - Growth Marketing Specialist",
        j("interview", 4, "direct"),
        """Hola Valentina, buenas tardes.

Te escribo del equipo de Selección de Banco del Páramo. Queremos agendar tu entrevista con Mateo Salcedo, líder de Growth de Nuvia, y conmigo.

Te envío la citación por Teams para el martes 14 de octubre a las 11:00 a. m. La entrevista dura una hora e incluye una parte de caso sobre adquisición de usuarios para una app.

Si no puedes en ese horario, respóndeme por favor y buscamos otro espacio.

Juliana Betancur Quintero
Profesional de Selección
Banco del Páramo S.A. – Vicepresidencia de Talento

La información contenida en este correo es confidencial y de uso exclusivo de su destinatario.""",
        ics={
            "uid": "040000008200E00074C5B7101A82E0080000000042A1F3B8@bancodelparamo.com.co",
            "style": "outlook",
            "start": "2025-10-14 11:00:00 -0500",
            "minutes": 60,
            "organizer": ("Juliana Betancur", "jbetancur@bancodelparamo.com.co"),
            "attendees": [("Mateo Salcedo", "msalcedo@nuvia.com.co")],
            "summary": "Entrevista Valentina Ríos - Growth Marketing Specialist Nuvia",
            "location": "Reunión de Microsoft Teams",
        },
    ),
    m(
        "1016",
        "2025-10-24 09:12",
        "Banco del Páramo <bancodelparamo@myworkday.com>",
        "Actualización sobre tu postulación en Banco del Páramo",
        j("rejection", 4, "workday"),
        """Hola Valentina,

Gracias por el tiempo que dedicaste a tu proceso para Growth Marketing Specialist - Nuvia (R-0018823).

Después de revisar cuidadosamente los perfiles finalistas, decidimos no continuar con tu postulación en esta ocasión. Esta decisión no fue fácil.

Te invitamos a seguir consultando nuestras vacantes.

Equipo de Selección
Banco del Páramo S.A.""",
    ),
    # --- 5: Universidad del Altiplano (direct) --------------------------------------------------
    m(
        "1017",
        "2025-09-10 11:20",
        "Convocatorias Talento Humano <convocatorias@unialtiplano.edu.co>",
        "Recepción de documentos - Convocatoria 027-2025",
        j("confirmation", 5, "direct"),
        """Señora
VALENTINA RÍOS ECHEVERRI
Ciudad

Asunto: Recepción de documentos – Convocatoria 027-2025, cargo Profesional de Mercadeo y Admisiones (Dirección de Mercadeo Institucional).

Por medio de la presente le confirmamos la recepción de su hoja de vida y soportes dentro del plazo establecido. La Universidad verificará el cumplimiento de los requisitos mínimos y publicará la lista de admitidos a la siguiente etapa el 19 de septiembre en la página web institucional.

Atentamente,

Oficina de Talento Humano
Universidad del Altiplano
Tunja – Bogotá""",
    ),
    m(
        "1018",
        "2025-09-26 15:00",
        "Convocatorias Talento Humano <convocatorias@unialtiplano.edu.co>",
        "Citación a entrevista - Convocatoria 027-2025",
        j("interview", 5, "direct"),
        """Cordial saludo,

Una vez verificados los requisitos, usted fue admitida a la etapa de entrevista de la Convocatoria 027-2025 (Profesional de Mercadeo y Admisiones).

La entrevista se realizará ante el comité evaluador el día miércoles 1 de octubre de 2025 a las 2:30 p. m., sede Bogotá, Carrera 7 # 45-12, edificio Administrativo, sala 302. Debe presentar su documento de identidad.

Oficina de Talento Humano
Universidad del Altiplano""",
    ),
    m(
        "1019",
        "2025-10-21 10:02",
        "Convocatorias Talento Humano <convocatorias@unialtiplano.edu.co>",
        "Comunicado Convocatoria 027-2025",
        j("confirmation", 5, "direct"),
        """Cordial saludo,

Informamos a los participantes de la Convocatoria 027-2025 que, por decisión de la Vicerrectoría Administrativa, el proceso queda suspendido temporalmente mientras se aprueba el presupuesto de la Dirección de Mercadeo Institucional para 2026.

Una vez se reanude, se informará por este mismo medio. Los resultados de las entrevistas realizadas se conservarán.

Agradecemos su comprensión.

Oficina de Talento Humano
Universidad del Altiplano""",
        st="on_hold",
    ),
    # --- 6: Agrocafé Cooperativa (direct, Medellín) ---------------------------------------------
    m(
        "1020",
        "2025-10-01 09:45",
        "Gestión Humana Agrocafé <gestionhumana@agrocafecoop.co>",
        "Re: Hoja de vida - Jefe de Comunicaciones y Mercadeo",
        j("confirmation", 6, "direct"),
        """Buenos días señora Valentina,

Acusamos recibo de su hoja de vida para el cargo de Jefe de Comunicaciones y Mercadeo de la Cooperativa Multiactiva Agrocafé (Medellín). Lamentablemente, por el volumen de aspirantes, solo nos comunicaremos con las personas preseleccionadas, en un plazo aproximado de dos semanas.

Gracias por pensar en nuestra cooperativa.

Atentamente,

Gestión Humana
Cooperativa Multiactiva Agrocafé
Cra. 43A # 14-109, Medellín
Tel. (604) 444 1190""",
    ),
    m(
        "1021",
        "2025-10-14 16:28",
        "Gestión Humana Agrocafé <gestionhumana@agrocafecoop.co>",
        "Quedaste preseleccionada - pruebas psicotécnicas",
        j("assessment", 6, "direct"),
        """Hola Valentina,

Quedaste preseleccionada para el cargo de Jefe de Comunicaciones y Mercadeo. El siguiente paso son las pruebas psicotécnicas (personalidad y competencias) y una prueba escrita de redacción.

El enlace de las pruebas estará habilitado hasta el domingo 19 de octubre a la medianoche:
https://evaluaciones.agrocafecoop.co/candidato/VRE-2231

Si pasas esta etapa te citaremos a entrevista en Medellín (podemos cubrir el tiquete).

Un saludo,
Yolanda Arboleda
Coordinadora de Gestión Humana""",
    ),
    m(
        "1022",
        "2025-10-17 11:05",
        "Yolanda Arboleda <yarboleda@agrocafecoop.co>",
        "RE: Retiro del proceso",
        j("confirmation", 6, "direct"),
        """Valentina, buenos días.

Recibimos tu mensaje y retiramos tu nombre del proceso de Jefe de Comunicaciones y Mercadeo, tal como lo solicitas. Entendemos perfectamente lo del traslado a Medellín.

Te deseamos muchos éxitos.

Yolanda

De: Valentina Ríos <valentina.rios.e@gmail.com>
Enviado el: jueves, 16 de octubre de 2025 8:12 p. m.
Para: gestionhumana@agrocafecoop.co
Asunto: Retiro del proceso

Buenas noches, Yolanda. Les agradezco mucho la preselección, pero por motivos familiares no me es posible trasladarme a Medellín en este momento, así que prefiero retirarme del proceso y no ocupar un cupo. Muchas gracias.""",
        st="withdrawn",
    ),
    # --- 7: Kiosko Pay, Performance Marketing Manager (Lever, CDMX) -----------------------------
    m(
        "1023",
        "2025-09-18 17:51",
        "Kiosko Pay <no-reply@hire.lever.co>",
        "Gracias por tu interés en Kiosko Pay",
        j("confirmation", 7, "lever"),
        """Hola Valentina,

¡Gracias por aplicar a Performance Marketing Manager en Kiosko Pay! Recibimos tu solicitud y nuestro equipo la va a revisar con calma.

Si tu perfil hace match con lo que buscamos, alguien del equipo de People te va a escribir para los siguientes pasos.

Saludos,
El equipo de Kiosko Pay

Kiosko Tecnologías, S.A.P.I. de C.V. · Ciudad de México""",
        tz=MEX,
    ),
    m(
        "1024",
        "2025-09-29 12:14",
        "Renata Elizondo <renata@kioskopay.mx>",
        "Kiosko Pay <> Valentina | Llamada con People",
        j("interview", 7, "direct"),
        """¡Hola Valentina!

Soy Renata, Talent Partner en Kiosko Pay. Revisamos tu perfil para la posición de Performance Marketing Manager y nos gustaría platicar contigo 30 minutos para conocerte mejor y contarte del rol.

Puedes agendar directo en mi calendario: https://calendly.com/renata-kioskopay/30min

¡Saludos!
Renata Elizondo | Talent Partner
kioskopay.mx""",
        tz=MEX,
    ),
    m(
        "1025",
        "2025-10-16 10:33",
        "Kiosko Pay <no-reply@hire.lever.co>",
        "Tu proceso en Kiosko Pay",
        j("rejection", 7, "lever"),
        """Hola Valentina,

Gracias por tomarte el tiempo de conocernos y platicar con el equipo sobre la posición de Performance Marketing Manager.

Después de mucha deliberación decidimos avanzar con otras personas cuyo perfil se alinea más con lo que necesitamos en esta etapa (experiencia gestionando presupuestos de pauta arriba de 100k USD mensuales).

Guardaremos tus datos y te escribiremos si se abre algo que haga sentido.

Un abrazo,
Renata y el equipo de Kiosko Pay""",
        tz=MEX,
    ),
    # --- 20: Kiosko Pay again (re-application) --------------------------------------------------
    m(
        "1026",
        "2026-01-19 20:07",
        "Kiosko Pay <no-reply@hire.lever.co>",
        "Gracias por tu interés en Kiosko Pay",
        j("confirmation", 20, "lever"),
        """Hola Valentina,

¡Gracias por aplicar a Performance Marketing Manager en Kiosko Pay! Recibimos tu solicitud y nuestro equipo la va a revisar con calma.

Si tu perfil hace match con lo que buscamos, alguien del equipo de People te va a escribir para los siguientes pasos.

Saludos,
El equipo de Kiosko Pay

Kiosko Tecnologías, S.A.P.I. de C.V. · Ciudad de México""",
        tz=MEX,
    ),
    m(
        "1027",
        "2026-01-23 09:40",
        "Renata Elizondo <renata@kioskopay.mx>",
        "Qué gusto verte de nuevo por aquí",
        j("assessment", 20, "direct"),
        """Hola Vale,

Vi que volviste a aplicar a Performance Marketing, ¡qué gusto! Desde octubre cambiaron varias cosas: ahora el rol cubre México y Colombia y el presupuesto es otro.

Esta vez el proceso arranca con un ejercicio: te comparto un dataset de campañas (Meta y Google) y nos gustaría que armes una propuesta de redistribución de presupuesto en máximo 4 láminas. Tienes 5 días.

Link al material: https://drive.kioskopay.mx/s/perf-case-2026

Cualquier duda me escribes.
Renata""",
        tz=MEX,
    ),
    # --- 8: Frutalia (OCC Mundial) ghosted ------------------------------------------------------
    m(
        "1028",
        "2025-10-09 21:30",
        "OCC <notificaciones@occ.com.mx>",
        "¡Postulación enviada! Brand Manager Jr.",
        j("confirmation", 8, "other"),
        html="""<html><body style="font-family:Arial">
<div style="background:#0a2c6b;color:#fff;padding:12px"><b>OCC</b></div>
<p>Hola Valentina,</p>
<p>Enviamos tu CV a <b>Bebidas del Bajío, S.A. de C.V.</b> para la vacante <b>Brand Manager Jr. – Frutalia</b> (Ciudad de México, Miguel Hidalgo).</p>
<p>Te avisaremos cuando la empresa vea tu CV.</p>
<p><a href="https://www.occ.com.mx/mis-postulaciones">Seguir mis postulaciones</a></p>
<p style="font-size:11px">OCC Mundial · Ayuda · Aviso de privacidad</p>
</body></html>""",
        tz=MEX,
    ),
    m(
        "1029",
        "2025-10-13 08:02",
        "OCC <notificaciones@occ.com.mx>",
        "Bebidas del Bajío vio tu CV",
        j("viewed", 8, "other"),
        html="""<html><body style="font-family:Arial">
<p>¡Hola Valentina!</p>
<p>El reclutador de <b>Bebidas del Bajío, S.A. de C.V.</b> vio tu CV para <b>Brand Manager Jr. – Frutalia</b>.</p>
<p>Tip: las empresas suelen contactar en los próximos 7 días. Mantén tu teléfono a la mano.</p>
</body></html>""",
        tz=MEX,
    ),
    # --- 9: Sumaq (Bumeran, Lima) --------------------------------------------------------------
    m(
        "1030",
        "2025-10-27 12:00",
        "Bumeran <noreply@bumeran.com.pe>",
        "Te postulaste a Especialista de Trade Marketing Digital",
        j("confirmation", 9, "other"),
        """Hola Valentina,

Tu postulación a "Especialista de Trade Marketing Digital" de Corporación Andina de Consumo S.A.C. fue enviada con éxito.

Salario pretendido que indicaste: S/ 7.500

Podrás ver en tu cuenta cuando la empresa lea tu CV.

Equipo Bumeran Perú""",
        tz=LIM,
    ),
    m(
        "1031",
        "2025-11-06 18:20",
        "Corporación Andina de Consumo <reclutamiento@andinaconsumo.pe>",
        "Invitación a videoentrevista – Sumaq",
        j("interview", 9, "direct"),
        """Estimada Valentina:

Un gusto saludarla. Desde el área de Reclutamiento de Corporación Andina de Consumo (marcas Sumaq y Kallpa) la invitamos a una videoentrevista para la posición de Especialista de Trade Marketing Digital.

Día: miércoles 12 de noviembre
Hora: 9:00 a. m. (hora de Lima / Bogotá)
Plataforma: Zoom – ID 843 2210 9917, código 551204

Le pedimos tener a la mano ejemplos de campañas en retail o supermercados.

Saludos cordiales,
Mariela Quispe Huamán
Analista de Reclutamiento
Corporación Andina de Consumo S.A.C. – Av. Javier Prado Este 4200, Surco""",
        tz=LIM,
    ),
    m(
        "1032",
        "2025-11-28 11:11",
        "Mariela Quispe Huamán <reclutamiento@andinaconsumo.pe>",
        "Resultado del proceso",
        j("rejection", 9, "direct"),
        """Estimada Valentina:

Le agradecemos sinceramente su participación en el proceso de selección. Valoramos su experiencia y la claridad de sus respuestas en la entrevista.

Le informamos que en esta oportunidad hemos optado por otro candidato, principalmente por la necesidad de residencia en Lima desde el primer día.

Le deseamos éxitos en su desarrollo profesional.

Mariela Quispe Huamán
Corporación Andina de Consumo""",
        tz=LIM,
    ),
    # --- 14: Quipu Logistics (Torre) -----------------------------------------------------------
    m(
        "1033",
        "2025-09-22 14:16",
        "Torre <notifications@torre.ai>",
        "Tu solicitud para E-commerce Operations Specialist fue enviada",
        j("confirmation", 14, "other"),
        """Hola Valentina,

Tu solicitud para E-commerce Operations Specialist en Quipu Logistics ha sido enviada.

Tu match con la vacante: 87 %.
Recibirás noticias del reclutador a través de Torre. Recuerda que en Torre el equipo siempre responde: si pasan 10 días sin noticias, te avisaremos.

— Torre
Remoto · América Latina""",
    ),
    m(
        "1034",
        "2025-10-03 10:00",
        "Diego Manrique <diego@quipulogistics.com>",
        "Quipu x Valentina - entrevista",
        j("interview", 14, "direct"),
        """Hola Valentina! Soy Diego, Head of Ops en Quipu. Nos gustó mucho tu perfil en Torre.

¿Te queda bien una videollamada el miércoles 8 a las 4pm (hora Bogotá)? Te mando invitación.

Abrazo,
Diego""",
        ics={
            "uid": "5k2m1q0p9a7d@google.com",
            "start": "2025-10-08 16:00:00 -0500",
            "minutes": 45,
            "organizer": ("Diego Manrique", "diego@quipulogistics.com"),
            "summary": "Quipu <> Valentina Ríos",
            "location": "https://meet.google.com/rvt-kfqa-zzo",
            "description": "Charla sobre el rol de E-commerce Operations Specialist.",
        },
    ),
    # --- 15: Farmacias Alameda (Indeed) ghosted ------------------------------------------------
    m(
        "1035",
        "2025-09-05 07:55",
        "Indeed Apply <indeedapply@indeed.com>",
        "Postulación enviada: Analista de Marketplace",
        j("confirmation", 15, "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Arial">
<p><b>indeed</b></p>
<h3>Tu postulación se envió a Farmacias Alameda</h3>
<p>Analista de Marketplace<br>Farmacias Alameda - Bogotá, Bogotá D.C.</p>
<p>Se enviaron los siguientes elementos: CV (Valentina_Rios_HV_2025.pdf), respuestas a 3 preguntas de la empresa.</p>
<p>Es posible que la empresa se comunique contigo directamente. <a href="https://co.indeed.com/myjobs">Mis empleos</a></p>
<p style="font-size:10px;color:#767676">© 2025 Indeed - No vendas mi información personal - Privacidad</p>
</body></html>""",
    ),
    # --- 16: Vértice Seguros (LinkedIn) --------------------------------------------------------
    m(
        "1036",
        "2025-09-25 19:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Valentina, se envió tu solicitud a Vértice Seguros",
        j("confirmation", 16, "linkedin"),
        """Se envió tu solicitud a Vértice Seguros

Digital Marketing Lead
Vértice Seguros · Bogotá, D.C., Colombia (Híbrido)
Solicitud enviada el 25 sept 2025

Ahora, tu perfil y tu currículum son visibles para la empresa.

Ver empleos similares: https://www.linkedin.com/jobs/

Este email está dirigido a Valentina Ríos Echeverri (Especialista en Marketing Digital y E-commerce)
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "1037",
        "2025-09-30 13:04",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud fue vista por Vértice Seguros",
        j("viewed", 16, "linkedin"),
        """Vértice Seguros vio tu solicitud

Digital Marketing Lead · Bogotá, D.C., Colombia

No es garantía de que la empresa te contacte, pero es una buena señal.

Ver solicitud: https://www.linkedin.com/jobs/tracker/applied/""",
    ),
    m(
        "1038",
        "2025-10-10 15:51",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud a Digital Marketing Lead en Vértice Seguros",
        j("rejection", 16, "linkedin"),
        """Tu actualización de Vértice Seguros

Gracias por tu interés en el puesto de Digital Marketing Lead en Vértice Seguros. Lamentablemente, hemos decidido seguir adelante con otros candidatos. Te deseamos éxito en tu búsqueda de empleo.

Vértice Seguros

Las principales empresas de seguros están contratando: https://www.linkedin.com/jobs/seguros""",
    ),
    # --- 17: Almendra (Magneto, Medellín) ------------------------------------------------------
    m(
        "1039",
        "2025-11-03 10:18",
        "Magneto <notificaciones@magneto365.com>",
        "¡Listo! Aplicaste a Community & Content Manager",
        j("confirmation", 17, "other"),
        html="""<html><body style="font-family:Poppins,Arial">
<p>¡Hola, Valentina!</p>
<p>Tu aplicación a <b>Community & Content Manager</b> en <b>Textiles Rionegro S.A.S.</b> (marca Almendra) – Medellín quedó registrada.</p>
<p>Lamentablemente no siempre es posible que las empresas respondan a todas las personas, pero en Magneto podrás ver en qué etapa del proceso estás: <i>Aplicado → En revisión → Entrevista → Finalista</i>.</p>
<p><a href="https://www.magneto365.com/es/mis-procesos">Ver mis procesos</a></p>
<p style="font-size:10px">Magneto Global S.A.S. – Medellín, Colombia</p>
</body></html>""",
    ),
    m(
        "1040",
        "2025-11-12 17:35",
        "Magneto <notificaciones@magneto365.com>",
        "Avanzaste a la etapa de entrevista",
        j("interview", 17, "other"),
        html="""<html><body style="font-family:Poppins,Arial">
<p>Valentina, ¡felicitaciones!</p>
<p>En el proceso <b>Community & Content Manager</b> de <b>Textiles Rionegro S.A.S.</b> avanzaste a la etapa <b>Entrevista</b>.</p>
<p>La empresa te propone: viernes 14 de noviembre, 11:00 a. m., virtual (Google Meet). Confirma tu asistencia desde la app.</p>
</body></html>""",
    ),
    m(
        "1041",
        "2025-11-24 09:09",
        "Magneto <notificaciones@magneto365.com>",
        "Novedades de tu proceso con Textiles Rionegro",
        j("rejection", 17, "other"),
        html="""<html><body style="font-family:Poppins,Arial">
<p>Hola, Valentina:</p>
<p>Gracias por tu participación en el proceso <b>Community & Content Manager</b>. La empresa decidió que no continuarás en el proceso en esta ocasión.</p>
<p>¡No te desanimes! Hay más de 300 vacantes de marketing esperándote.</p>
</body></html>""",
    ),
    # --- 18: agency "Talento Ágil" for Supermercados La Canasta ---------------------------------
    m(
        "1042",
        "2025-10-22 11:30",
        "Marcela Rincón <mrincon@talentoagil.com.co>",
        "Vacante Jefe de Mercadeo Digital - importante empresa del sector retail",
        o("outreach", None, "Jefe de Mercadeo Digital", "agency"),
        """Buenos días Valentina,

Mi nombre es Marcela Rincón, consultora de Talento Ágil Consultores. Actualmente adelantamos el proceso de selección para importante empresa del sector retail con presencia nacional, para el cargo de Jefe de Mercadeo Digital en Bogotá.

Requisitos: profesional en mercadeo, publicidad o afines; 5 años de experiencia en mercadeo digital, manejo de equipo y de agencias; experiencia en e-commerce deseable.
Ofrecemos: contrato indefinido directo con la compañía, salario entre $8 y $9,5 millones + prestaciones.

Si está interesada, por favor envíeme su hoja de vida actualizada y su aspiración salarial.

Cordialmente,
Marcela Rincón Téllez
Consultora Senior de Selección
Talento Ágil Consultores S.A.S.
Cel. 310 555 8821""",
    ),
    m(
        "1043",
        "2025-10-30 16:10",
        "Marcela Rincón <mrincon@talentoagil.com.co>",
        "RE: Vacante Jefe de Mercadeo Digital - entrevista con el cliente",
        j("interview", 18, "agency"),
        """Valentina, buenas tardes.

Gracias por la entrevista del lunes. Le cuento que la presenté al cliente y quieren conocerla: se trata de Supermercados La Canasta. La entrevista sería con la Directora de Mercadeo, Claudia Patricia Henao, el miércoles 5 de noviembre a las 8:00 a. m. en sus oficinas de la Av. Boyacá # 64-30.

Le recomiendo revisar la app y la tienda en línea de La Canasta antes de la entrevista.

Quedo atenta a su confirmación.

Marcela Rincón Téllez
Talento Ágil Consultores""",
        re="1042",
    ),
    m(
        "1044",
        "2025-11-18 10:45",
        "Marcela Rincón <mrincon@talentoagil.com.co>",
        "Retroalimentación proceso La Canasta",
        j("rejection", 18, "agency"),
        """Hola Valentina,

Te llamé hace un rato pero no te encontré. Te cuento que el cliente tomó la decisión de avanzar con una candidata que ya había trabajado en supermercados, así que no continúas en el proceso de La Canasta.

Claudia me comentó que le gustó mucho tu manejo de datos. Te tendré en cuenta para otros procesos que estamos manejando.

Un abrazo,
Marcela""",
    ),
    # --- 19: temporary staffing for Cervecería Tláloc (Mexico) ----------------------------------
    m(
        "1045",
        "2025-11-10 13:00",
        "Reclutamiento Staffing Norte <vacantes@staffingnorte.com.mx>",
        "Vacante Trade Marketing – empresa líder de bebidas – CDMX / remoto parcial",
        o("outreach", None, "Ejecutivo(a) de Trade Marketing", "agency"),
        """Hola Valentina, buen día.

Te contactamos de Staffing Norte. Encontramos tu CV en OCC y creemos que puedes ser un buen perfil para una vacante de Ejecutivo(a) de Trade Marketing en empresa líder del sector bebidas, proyecto de 6 meses con posibilidad de contratación directa.

Sueldo: $38,000 MXN brutos mensuales, esquema por nómina de Staffing Norte, prestaciones de ley.

Si te interesa, responde este correo con tu CV actualizado y te agendamos una llamada.

Saludos,
Itzel Bárcenas
Reclutadora – Staffing Norte, S.A. de C.V.""",
        tz=MEX,
    ),
    m(
        "1046",
        "2025-11-13 17:26",
        "Itzel Bárcenas <itzel.barcenas@staffingnorte.com.mx>",
        "Re: Vacante Trade Marketing – tu registro con el cliente",
        j("confirmation", 19, "agency"),
        """Hola Vale,

Gracias por mandar tu CV y por la llamada. Ya te registramos con el cliente: es Cervecería Tláloc (Grupo Cervecero Tláloc, S.A. de C.V.), para la marca Tláloc Clara. El gerente revisa los perfiles la próxima semana y yo te aviso si te quieren entrevistar.

Saludos,
Itzel

Enviado desde Outlook para Android""",
        tz=MEX,
        re="1045",
    ),
    # --- 21: Café Quimbaya (founder from personal gmail) ----------------------------------------
    m(
        "1047",
        "2025-10-11 09:14",
        "Juan Esteban Arango <juanes.arango.cafe@gmail.com>",
        "Hola Valentina - Café Quimbaya",
        j("interview", 21, "direct"),
        """Hola Valentina, buen día!

Te escribo yo directamente, soy Juan Esteban, uno de los fundadores de Café Quimbaya (cafequimbaya.co). Vimos tu hoja de vida para la coordinación de ventas online que publicamos en Computrabajo y me encantaría que habláramos.

¿Te sirve un café (literal jaja) el martes 14 a las 10 am en nuestra tostadora en Chapinero? Calle 57 # 9-30. Si prefieres virtual también me dices.

Saludos,
Juanes

--
Juan Esteban Arango
Cofundador · Café Quimbaya
+57 316 555 0042""",
    ),
    m(
        "1048",
        "2025-10-24 20:50",
        "Juan Esteban Arango <juanes.arango.cafe@gmail.com>",
        "Re: Hola Valentina - Café Quimbaya",
        j("rejection", 21, "direct"),
        """Valentina, mil gracias por venir y por la paciencia.

Te soy sincero: tu perfil es muy bueno, pero al final nos vamos con alguien que ya maneja Shopify y la parte de logística de envíos, que es lo que más nos duele ahora. Por presupuesto solo podemos una persona.

Ojalá en un año que crezcamos podamos volver a hablar.

Un abrazo,
Juanes

Enviado desde mi iPhone""",
        re="1047",
    ),
    # --- 22: Almacenes Sabana, Analista Senior CRM (Workday) -------------------------------------
    m(
        "1049",
        "2025-11-20 21:40",
        "Almacenes Sabana <almacenessabana@myworkday.com>",
        "Gracias por postularte a Analista Senior CRM",
        j("confirmation", 22, "workday"),
        """Hola Valentina:

Hemos recibido tu solicitud para el cargo Analista Senior CRM (JR-2025-1187) en Almacenes Sabana S.A.

Revisaremos tu información y te contactaremos si tu perfil coincide con los requerimientos del cargo. Puedes revisar tu estado en el Centro del Candidato.

Gracias,
Equipo de Adquisición de Talento
Almacenes Sabana""",
    ),
    m(
        "1050",
        "2025-12-05 09:18",
        "Almacenes Sabana <almacenessabana@myworkday.com>",
        "Confirmación: has retirado tu solicitud",
        j("confirmation", 22, "workday"),
        """Hola Valentina:

Confirmamos que retiraste tu solicitud para Analista Senior CRM (JR-2025-1187). Ya no se tendrá en cuenta para este proceso.

Si cambias de opinión, puedes volver a postularte mientras la vacante siga publicada.

Equipo de Adquisición de Talento
Almacenes Sabana""",
        st="withdrawn",
    ),
    # --- 23: Lácteos Piedemonte, Trainee (Taleo) -----------------------------------------------
    m(
        "1051",
        "2025-09-09 12:40",
        "Lácteos Piedemonte - Talento <piedemonte@taleo.net>",
        "Lácteos Piedemonte - Confirmación de recepción de su solicitud",
        j("confirmation", 23, "taleo"),
        """Estimado(a) Valentina Ríos Echeverri,

Gracias por su interés en Lácteos Piedemonte S.A. Este correo confirma que recibimos su solicitud para el puesto Trainee de Marketing Digital (Número de puesto: 2500391).

Revisaremos sus calificaciones; si su perfil es seleccionado para continuar, un miembro del equipo de Talento se comunicará con usted.

Para revisar el estado de su solicitud, ingrese a la sección "Mis trabajos" de nuestro sitio de empleo.

Atentamente,
Talento Humano
Lácteos Piedemonte S.A.

*** Esta es una notificación automática. Por favor, no responda. ***""",
    ),
    m(
        "1052",
        "2025-09-17 08:30",
        "Lácteos Piedemonte - Talento <piedemonte@taleo.net>",
        "Invitación: pruebas en línea programa Trainee",
        j("assessment", 23, "taleo"),
        """Estimada Valentina,

¡Felicitaciones! Usted avanzó a la etapa de evaluaciones del Programa Trainee de Marketing Digital (puesto 2500391).

Deberá completar: (1) prueba de razonamiento numérico y verbal, (2) cuestionario de estilo de trabajo, (3) prueba de inglés. Tiempo total estimado: 75 minutos.

Enlace personal: https://piedemonte.taleo.net/careersection/assessment?candidate=884512
Vence: 24 de septiembre de 2025.

Talento Humano
Lácteos Piedemonte S.A.""",
    ),
    m(
        "1053",
        "2025-10-08 13:13",
        "Lácteos Piedemonte - Talento <piedemonte@taleo.net>",
        "Lácteos Piedemonte - Su solicitud",
        j("rejection", 23, "taleo"),
        """Estimada Valentina Ríos Echeverri,

Le agradecemos el interés que mostró en el puesto Trainee de Marketing Digital (2500391) y el tiempo que dedicó a las evaluaciones.

Luego de analizar los resultados, lamentamos informarle que su candidatura no fue seleccionada para la siguiente etapa. Su información permanecerá en nuestra base de datos.

Atentamente,
Talento Humano
Lácteos Piedemonte S.A.""",
    ),
    # --- 25: Nubeplata (Lever) withdrawn ---------------------------------------------------------
    m(
        "1054",
        "2025-11-17 16:02",
        "Nubeplata <no-reply@hire.lever.co>",
        "Thanks for applying to Nubeplata!",
        j("confirmation", 25, "lever", "en"),
        """Hi Valentina,

Thanks for your interest in Nubeplata and for applying to the Content Marketing Specialist role. We've received your application and the team will review it shortly.

If there's a match, we'll be in touch to schedule a first conversation.

Best,
Nubeplata Talent Team
Bogotá · Ciudad de México""",
    ),
    m(
        "1055",
        "2025-11-26 11:48",
        "Sofía Naranjo <sofia.naranjo@nubeplata.co>",
        "Primera conversación - Content Marketing Specialist",
        j("interview", 25, "direct"),
        """Hola Valentina, ¿cómo vas?

Te escribo de Nubeplata. Queremos avanzar contigo en el proceso de Content Marketing Specialist. Te envío una invitación para el lunes 1 de diciembre a las 10:30 a. m. con Tomás (nuestro Head of Brand) y conmigo. Son 40 minutos por Meet.

¡Nos vemos!
Sofía Naranjo
People & Culture · Nubeplata""",
        ics={
            "uid": "1n8b3t0s9p2q@google.com",
            "start": "2025-12-01 10:30:00 -0500",
            "minutes": 40,
            "organizer": ("Sofía Naranjo", "sofia.naranjo@nubeplata.co"),
            "attendees": [("Tomás Villegas", "tomas@nubeplata.co")],
            "summary": "Nubeplata | Valentina Ríos - Content Marketing Specialist",
            "location": "https://meet.google.com/pwa-tgze-mmd",
        },
    ),
    m(
        "1056",
        "2025-12-04 15:20",
        "Sofía Naranjo <sofia.naranjo@nubeplata.co>",
        "Re: Retiro del proceso Nubeplata",
        j("confirmation", 25, "direct"),
        """Qué pena que no sigas con nosotros, Valentina, pero mil felicitaciones por la nueva oferta. Cierro tu proceso en nuestro sistema.

¡Mucho éxito!
Sofía

On Wed, Dec 3, 2025 at 9:30 PM Valentina Ríos <valentina.rios.e@gmail.com> wrote:
> Hola Sofía, gracias por la conversación del lunes. Te quería contar que
> acepté otra oferta, así que prefiero retirarme del proceso. ¡Gracias por todo!""",
        st="withdrawn",
    ),
    # --- 27: Distribuidora Lara Hermanos (Computrabajo) ghosted ---------------------------------
    m(
        "1057",
        "2025-12-15 10:26",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Postulación realizada: Auxiliar de Mercadeo y Ventas Digitales",
        j("confirmation", 27, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Valentina, ¡ya te postulaste!</p>
<p>Oferta: <b>Auxiliar de Mercadeo y Ventas Digitales</b><br>Empresa: <b>DISTRIBUIDORA LARA HERMANOS S.A.S.</b><br>Ubicación: Bogotá, D.C. – Fontibón</p>
<p>Te avisaremos por correo cuando la empresa revise tu hoja de vida.</p>
<p style="font-size:10px;color:#999">Computrabajo Colombia</p>
</body></html>""",
    ),
    # --- job mail outside applications (Colombia / Mexico / Peru) --------------------------------
    m(
        "1100",
        "2025-09-02 07:00",
        "Computrabajo <alertas@computrabajo.com>",
        "12 nuevas ofertas de Mercadeo digital en Bogotá",
        o("alert", None, None, "other"),
        html="""<html><body style="font-family:Arial">
<p>Hola Valentina, estas son las ofertas nuevas de tu alerta <b>"mercadeo digital" – Bogotá</b>:</p>
<ul>
<li><a href="#">Analista de Mercadeo Digital</a> – Alimentos Cordillera S.A.S. – Cota</li>
<li><a href="#">Community Manager</a> – Agencia Fénix Creativa – Bogotá</li>
<li><a href="#">Coordinador de Marketing</a> – Confidencial – Bogotá</li>
<li><a href="#">Especialista SEO</a> – Grupo Editorial Tequendama – Bogotá</li>
</ul>
<p><a href="#">Ver las 12 ofertas</a> · <a href="#">Editar alerta</a></p>
</body></html>""",
    ),
    m(
        "1101",
        "2025-10-01 06:45",
        "elempleo.com <alertas@elempleo.com>",
        "Valentina, tenemos ofertas que coinciden con tu perfil",
        o("alert", None, None, "other"),
        """Ofertas recomendadas para ti – elempleo.com

• Especialista E-commerce – Tiendas Olimpo – Bogotá
• Analista de CRM – Compañía de Seguros – Bogotá
• Jefe de Marketing Digital – Importante empresa del sector salud – Medellín

Aplica ya: https://www.elempleo.com/co/ofertas-empleo/

Gestiona tus alertas en Mi cuenta > Alertas.""",
    ),
    m(
        "1102",
        "2025-10-19 08:10",
        "Magneto <notificaciones@magneto365.com>",
        "5 vacantes de marketing en Medellín para ti",
        o("alert", None, None, "other"),
        html="""<html><body><p>Valentina, mira estas vacantes que se parecen a lo que buscas:</p>
<p>Community &amp; Content Manager · Textiles Rionegro S.A.S. · Medellín<br>Analista de mercadeo · Cooperativa financiera · Medellín<br>Ejecutiva de trade · Envigado</p>
<p><a href="#">Ver todas</a></p></body></html>""",
    ),
    m(
        "1103",
        "2025-11-04 09:00",
        "OCC <alertas@occ.com.mx>",
        "Nuevas vacantes: Marketing digital – Ciudad de México",
        o("alert", None, None, "other"),
        """Hola Valentina,

Hay 27 vacantes nuevas que coinciden con tu búsqueda "marketing digital" en Ciudad de México:

- Ejecutivo(a) de Trade Marketing – Empresa confidencial – Cuauhtémoc – $35,000 - $40,000
- Brand Manager – Bebidas del Bajío – Miguel Hidalgo
- Especialista en Paid Media – Agencia – Remoto

Ver vacantes: https://www.occ.com.mx/empleos/de-marketing-digital/en-ciudad-de-mexico/

OCC Mundial""",
        tz=MEX,
    ),
    m(
        "1104",
        "2025-11-21 07:30",
        "Bumeran <alertas@bumeran.com.pe>",
        "Avisos nuevos para 'marketing' en Lima",
        o("alert", None, None, "other"),
        """Bumeran Perú – Tus alertas

Especialista de Marketing Digital – Retail – San Isidro
Jefe de E-commerce – Moda – Miraflores
Analista de Trade Marketing – Consumo masivo – Surco

¡Postula antes que los demás!""",
        tz=LIM,
    ),
    m(
        "1105",
        "2025-12-10 10:00",
        "Indeed <alert@indeed.com>",
        "Nuevos empleos de E-commerce en Bogotá, Bogotá D.C.",
        o("alert", None, None, "indeed"),
        html="""<html><body><p>Empleos de <b>e-commerce</b> en <b>Bogotá, Bogotá D.C.</b></p>
<p><b>Analista E-commerce</b> – Droguerías del Parque – Bogotá – Postulación fácil<br>
<b>Ejecutivo de Marketplace</b> – Grupo Textil Andino – Bogotá<br>
<b>Coordinadora Ecommerce</b> – Calzado Berlín S.A.S. – Bogotá – Nuevo</p>
<p><a href="#">Ver todos los empleos</a> · Cancelar suscripción</p></body></html>""",
    ),
    m(
        "1106",
        "2025-09-11 18:02",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Completa tu hoja de vida y destaca ante las empresas",
        o("other_job", None, None, "other"),
        """Hola Valentina,

Tu hoja de vida en Computrabajo está completa al 70 %. Las hojas de vida completas reciben hasta 3 veces más visitas de los reclutadores.

Te falta: foto de perfil, idiomas y referencias laborales.

Completar ahora: https://co.computrabajo.com/candidato/cv""",
    ),
    m(
        "1107",
        "2025-10-21 19:30",
        "Alimentos Cordillera Careers <noreply@successfactors.com>",
        "Su aplicación está incompleta",
        o("other_job", "Alimentos Cordillera", "Jefe de Trade Marketing", "other"),
        """Estimada Valentina:

Notamos que inició una aplicación para Jefe de Trade Marketing (Req 4480) pero no la finalizó. Para que su perfil sea considerado, ingrese al portal de carreras y complete los pasos pendientes (cuestionario y carga de documentos).

La vacante estará publicada hasta el 31 de octubre.

Talento Humano – Alimentos Cordillera S.A.S.
Mensaje automático.""",
    ),
    m(
        "1108",
        "2025-09-15 22:01",
        "Banco del Páramo <bancodelparamo@myworkday.com>",
        "Bienvenido al sitio de Carreras de Banco del Páramo",
        o("other_job", "Banco del Páramo", None, "workday"),
        """Hola Valentina,

Creaste una cuenta en el sitio de Carreras de Banco del Páramo. Usa tu correo valentina.rios.e@gmail.com para iniciar sesión.

Desde aquí podrás postularte a vacantes, seguir tus procesos y recibir alertas de empleo.

Si no creaste esta cuenta, ignora este mensaje.""",
    ),
    m(
        "1109",
        "2025-11-20 21:35",
        "Almacenes Sabana <almacenessabana@myworkday.com>",
        "Verifica tu cuenta de candidato",
        o("other_job", "Almacenes Sabana", None, "workday"),
        """Para finalizar la creación de tu cuenta en el sitio de Carreras de Almacenes Sabana, verifica tu correo:

https://almacenessabana.wd5.myworkdayjobs.com/es/verify?token=...

El enlace vence en 24 horas.""",
    ),
    m(
        "1110",
        "2025-09-16 09:22",
        "Psicotest <noreply@psicotest.com.co>",
        "Credenciales de acceso – Alimentos Cordillera",
        j("assessment", 1, "other"),
        """Señor(a) aspirante VALENTINA RÍOS ECHEVERRI:

Alimentos Cordillera S.A.S. le ha asignado una batería de pruebas.
Usuario: 1020745331
Contraseña temporal: Ct7#pq21
Ingreso: https://app.psicotest.com.co

Psicotest – Evaluación de talento""",
    ),
    m(
        "1111",
        "2025-10-28 14:00",
        "Tiendas Olimpo Talento <talento@tiendasolimpo.com.co>",
        "Únete a la Comunidad de Talento Olimpo",
        o("other_job", "Tiendas Olimpo", None, "direct"),
        html="""<html><body><h2>¡Bienvenida a la Comunidad de Talento Olimpo!</h2>
<p>Valentina, gracias por unirte. Te enviaremos vacantes de tiendas, centros de distribución y oficinas que se ajusten a tus intereses: <i>Mercadeo, E-commerce</i>.</p>
<p>Conoce cómo es trabajar en Olimpo: #SomosOlimpo</p></body></html>""",
    ),
    m(
        "1112",
        "2025-11-27 12:05",
        "Andrés Camilo Pardo <andres.pardo@huntersmx.com>",
        "Oportunidad: Head of E-commerce – marca de cosméticos (CDMX, híbrido)",
        o("outreach", None, "Head of E-commerce", "agency"),
        """Hola Valentina, ¿qué tal?

Te contacto de Hunters MX, firma de headhunting. Estoy buscando un(a) Head of E-commerce para una marca mexicana de cosméticos en plena expansión a Colombia y Perú. Tu experiencia con marketplaces (Mercado Libre, Rappi, Falabella) me pareció muy relevante.

Rango: $95k - $110k MXN mensuales + bono. Reubicación a CDMX pagada.

¿Tendrías 15 minutos esta semana?

Saludos,
Andrés Camilo Pardo
Senior Headhunter · Hunters MX""",
        tz=MEX,
    ),
    m(
        "1113",
        "2025-12-02 18:50",
        "Talento Ágil Consultores <info@talentoagil.com.co>",
        "Nuevas vacantes Talento Ágil – diciembre",
        o("alert", None, None, "agency"),
        """Buenas tardes,

Compartimos las vacantes vigentes de nuestros clientes:

- Coordinador(a) de Mercadeo – sector farmacéutico – Bogotá
- Analista de Pauta Digital – sector financiero – Bogotá
- Jefe de Marca – consumo masivo – Medellín

Envíe su hoja de vida a seleccion@talentoagil.com.co indicando el cargo en el asunto.

Talento Ágil Consultores S.A.S.""",
    ),
    m(
        "1114",
        "2025-11-28 11:12",
        "Encuesta Andina de Consumo <encuestas@andinaconsumo.pe>",
        "¿Cómo fue tu experiencia como candidata?",
        o("other_job", "Sumaq", None, "direct"),
        """Hola Valentina:

Recientemente participaste en un proceso de selección con Corporación Andina de Consumo. Nos ayudaría mucho conocer tu opinión (3 minutos):

https://encuestas.andinaconsumo.pe/candidatos

Gracias,
Reclutamiento""",
        tz=LIM,
    ),
    m(
        "1115",
        "2025-11-12 08:40",
        "Itzel Bárcenas <itzel.barcenas@staffingnorte.com.mx>",
        "Respuesta automática: Vacante Trade Marketing – empresa líder de bebidas",
        o("other_job", None, "Ejecutivo(a) de Trade Marketing", "agency"),
        """Hola, gracias por tu correo.

Estoy fuera de la oficina del 10 al 12 de noviembre con acceso limitado a correo. Responderé a mi regreso. Para temas urgentes escribe a vacantes@staffingnorte.com.mx.

Itzel Bárcenas
Staffing Norte""",
        tz=MEX,
    ),
    m(
        "1116",
        "2026-01-27 16:00",
        "Get on Board <hola@getonbrd.com>",
        "Nuevos empleos remotos de Marketing en Get on Board",
        o("alert", None, None, "other"),
        """Hola Valentina 👋

Esta semana se publicaron 9 empleos de Marketing remotos para Latinoamérica:

🚀 Growth Marketing Manager – Fintech (remoto LATAM) – USD 3.500 - 4.500
🛒 E-commerce Lead – Marketplace (remoto, Chile/Colombia)
✍️ Content Strategist – SaaS B2B (remoto)

Ver todos: https://www.getonbrd.com/empleos/marketing

Get on Board · Santiago de Chile""",
    ),
]

# ruff: noqa: E501
"""Job mail of the twenty-fourth corpus: applications in Mexico City (Spanish). A tuning corpus."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

MX = "-0600"

ALM = "Almatla"
APD = "Analista de Planeación de Demanda"
APDS = "Analista de Planeación de Demanda Sr."
THL = "Transportes Huasteca"
QUI = "Laboratorios Quimbaya"
ASC = "Analista Sr. de Supply Chain"
BAL = "Bebidas del Altiplano"
RELA = "Relámpago"
NEXO = "Nexo Retail"
UPMV = "Universidad Pública Metropolitana del Valle"
AIM = "Autopartes Integrales de México"
MDV = "Mercados del Valle"

MAIL: list[dict[str, Any]] = [
    # 1 Almatla (razón social Grupo Comercial Tlalpense) via OCC Mundial
    m(
        "24001",
        "2025-02-04 09:12",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Tu postulación fue enviada con éxito",
        ("confirmation", ALM, APD, 1, "other", "es"),
        html="""<html><body style="font-family:Helvetica,Arial">
<p>¡Hola Daniela!</p>
<p>Te postulaste a la vacante <b>Analista de Planeación de Demanda</b></p>
<p>Grupo Comercial Tlalpense, S.A.B. de C.V. · Tlalpan, Ciudad de México</p>
<p>Sueldo: $28,000 - $32,000 Mensual</p>
<p>Te recomendamos mantener tu CV actualizado. Puedes dar seguimiento en <a href="https://www.occ.com.mx/mis-postulaciones">Mis postulaciones</a>.</p>
<p>Equipo OCC</p>
<p style="font-size:10px;color:#999">Recibes este correo porque tienes una cuenta en OCC Mundial. Dejar de recibir notificaciones.</p>
</body></html>""",
        tz=MX,
    ),
    m(
        "24002",
        "2025-02-06 17:40",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "¡Buenas noticias! Una empresa vio tu CV",
        ("viewed", ALM, APD, 1, "other", "es"),
        html="""<html><body>
<p>Daniela, la empresa <b>Grupo Comercial Tlalpense, S.A.B. de C.V.</b> revisó tu CV para la vacante Analista de Planeación de Demanda.</p>
<p>Esto significa que tu perfil está siendo considerado. Mantente atenta a tu correo y teléfono.</p>
<p><a href="https://www.occ.com.mx/mis-postulaciones">Ver estatus</a></p>
</body></html>""",
        tz=MX,
    ),
    m(
        "24003",
        "2025-02-10 11:05",
        "Evaluatest <no-reply@evaluatest.com>",
        "Invitación a evaluación - Grupo Comercial Tlalpense",
        ("assessment", ALM, APD, 1, "other", "es"),
        text="""Estimada Daniela Ríos Cárdenas:

Grupo Comercial Tlalpense le invita a responder una serie de evaluaciones como parte de su proceso de selección:

- Prueba de personalidad (Big Five) - 20 min
- Razonamiento numérico - 25 min
- Cleaver - 10 min

Tiene 72 horas para completarlas a partir de la recepción de este correo.

Ingresar: https://app.evaluatest.com/candidato/9Q4-XT21

Le recomendamos realizarlas desde una computadora, en un lugar tranquilo y con buena conexión a internet.

Atentamente,
Evaluatest
""",
        tz=MX,
    ),
    m(
        "24004",
        "2025-02-14 13:22",
        "Karla Mendoza <kmendoza@almatla.com.mx>",
        "Entrevista - Planeación de Demanda",
        ("interview", ALM, APD, 1, "direct", "es"),
        text="""Hola Daniela, buen día.

Gracias por completar las evaluaciones. Nos gustaría conocerte en una entrevista con Ricardo Ávila, Gerente de Planeación, el martes 18 de febrero a las 10:00 h en nuestras oficinas de Calzada de Tlalpan 4120, piso 3.

Te envío la invitación en el calendario. Por favor trae identificación oficial para registrarte en recepción.

Saludos,

Karla Mendoza
Atracción de Talento | Almatla
Grupo Comercial Tlalpense, S.A.B. de C.V.
55 5487 2210 ext. 311
""",
        ics={
            "uid": "almatla-ent-0218@almatla.com.mx",
            "start": "2025-02-18 10:00:00 -0600",
            "minutes": 60,
            "organizer": ("Karla Mendoza", "kmendoza@almatla.com.mx"),
            "attendees": [("Ricardo Ávila", "ravila@almatla.com.mx")],
            "summary": "Entrevista Daniela Ríos - Analista Planeación de Demanda",
            "location": "Calz. de Tlalpan 4120, piso 3, sala Xochimilco",
            "style": "outlook",
        },
        tz=MX,
    ),
    m(
        "24005",
        "2025-02-14 15:51",
        "Karla Mendoza <kmendoza@almatla.com.mx>",
        "RE: Entrevista - Planeación de Demanda",
        ("interview", ALM, APD, 1, "direct", "es"),
        text="""Perfecto Daniela, sí hay estacionamiento para visitas, nada más da tu nombre en la caseta.

Nos vemos el martes.

Karla

-----Mensaje original-----
De: Daniela Ríos Cárdenas
Enviado: viernes, 14 de febrero de 2025 15:30
Asunto: RE: Entrevista - Planeación de Demanda

Hola Karla, confirmo mi asistencia. ¿Cuentan con estacionamiento?
""",
        headers=reply("24004", "kmendoza@almatla.com.mx"),
        tz=MX,
    ),
    m(
        "24006",
        "2025-03-03 18:02",
        "Karla Mendoza <kmendoza@almatla.com.mx>",
        "Seguimiento a tu proceso",
        ("rejection", ALM, APD, 1, "direct", "es"),
        text="""Hola Daniela:

Muchas gracias por el tiempo que dedicaste a nuestro proceso. A Ricardo le gustó mucho tu experiencia con pronósticos en SAP IBP y tu manera de explicar los indicadores.

Sin embargo, en esta ocasión decidimos continuar con otro candidato cuyo perfil se ajusta más a lo que el área necesita en este momento.

Guardaremos tu CV en nuestra cartera y no dudes en postularte a futuras vacantes.

Te deseo mucho éxito,
Karla Mendoza
Atracción de Talento | Almatla
""",
        tz=MX,
    ),
    # 11 Almatla again, re-application after the rejection
    m(
        "24007",
        "2025-06-09 08:47",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Tu postulación fue enviada con éxito",
        ("confirmation", ALM, APDS, 11, "other", "es"),
        html="""<html><body style="font-family:Helvetica,Arial">
<p>¡Hola Daniela!</p>
<p>Te postulaste a la vacante <b>Analista de Planeación de Demanda Sr.</b></p>
<p>Grupo Comercial Tlalpense, S.A.B. de C.V. · Ciudad de México</p>
<p>Puedes dar seguimiento en <a href="https://www.occ.com.mx/mis-postulaciones">Mis postulaciones</a>.</p>
<p>Equipo OCC</p>
</body></html>""",
        tz=MX,
    ),
    m(
        "24008",
        "2025-06-11 10:30",
        "Karla Mendoza <kmendoza@almatla.com.mx>",
        "¡Hola de nuevo!",
        ("interview", ALM, APDS, 11, "direct", "es"),
        text="""Hola Daniela, ¿cómo estás?

Vi que te postulaste para la posición Sr. de planeación. Ricardo se acordaba muy bien de ti, así que nos gustaría platicar directamente con él y con la directora de Supply, sin repetir las pruebas.

¿Te acomoda el jueves 19 a las 12:00 por Teams? Si sí, te mando el link.

Saludos,
Karla
""",
        tz=MX,
    ),
    m(
        "24009",
        "2025-06-11 12:14",
        "Karla Mendoza <kmendoza@almatla.com.mx>",
        "Re: ¡Hola de nuevo!",
        ("interview", ALM, APDS, 11, "direct", "es"),
        text="""Listo, agendado 👍 te llega la invitación en un momento.

El 11 jun 2025, a las 11:58, Daniela Ríos Cárdenas escribió:
> ¡Hola Karla! Sí, el jueves a las 12 me queda perfecto. Gracias.
""",
        headers=reply("24008", "kmendoza@almatla.com.mx"),
        tz=MX,
    ),
    m(
        "24010",
        "2025-06-30 16:20",
        "Karla Mendoza <kmendoza@almatla.com.mx>",
        "Actualización",
        ("rejection", ALM, APDS, 11, "direct", "es"),
        text="""Hola Daniela,

Te escribo para contarte que finalmente la dirección decidió cubrir la posición con una promoción interna. Sé que no es la noticia que esperabas; de verdad fuiste de las finalistas y la retroalimentación fue muy buena.

Un abrazo y gracias otra vez por tu paciencia,
Karla
""",
        tz=MX,
    ),
    # 2 Transportes Huasteca via Computrabajo: ghosted
    m(
        "24011",
        "2025-02-07 21:33",
        "Computrabajo <noreply@computrabajo.com>",
        "Postulación realizada: Coordinador de Tráfico",
        ("confirmation", THL, "Coordinador de Tráfico", 2, "other", "es"),
        html="""<html><body>
<p>Daniela, ¡tu postulación se realizó correctamente!</p>
<table><tr><td><b>Coordinador de Tráfico</b><br>TRANSPORTES HUASTECA Y LOGISTICA SA DE CV<br>Azcapotzalco, Ciudad de México</td></tr></table>
<p>Te avisaremos cuando la empresa revise tu hoja de vida.</p>
<p><a href="https://mx.computrabajo.com/candidato/postulaciones">Ver mis postulaciones</a></p>
<p>Computrabajo México</p>
</body></html>""",
        tz=MX,
    ),
    # 3 Laboratorios Quimbaya via Workday: the job she takes
    m(
        "24012",
        "2025-04-22 19:04",
        "Laboratorios Quimbaya <quimbaya@myworkday.com>",
        "Gracias por tu postulación",
        ("confirmation", QUI, ASC, 3, "workday", "es"),
        html="""<html><body style="font-family:Arial">
<p>Hola Daniela:</p>
<p>Gracias por tu interés en Laboratorios Quimbaya. Recibimos tu postulación para la posición <b>Analista Sr. de Supply Chain</b> (REQ-11482).</p>
<p>Nuestro equipo de Talento revisará tu perfil. Puedes consultar el estatus en tu <a href="https://quimbaya.wd3.myworkdayjobs.com/es-MX/Quimbaya_Careers/userHome">Página de inicio de candidato</a>.</p>
<p>Atentamente,<br>Talento Quimbaya</p>
</body></html>""",
        tz=MX,
    ),
    m(
        "24013",
        "2025-04-28 10:15",
        "HireVue <noreply@hirevue.com>",
        "Laboratorios Quimbaya: entrevista en video",
        ("assessment", QUI, ASC, 3, "hirevue", "es"),
        text="""Hola Daniela,

Laboratorios Quimbaya te invita a completar una entrevista en video a tu propio ritmo para la posición Analista Sr. de Supply Chain.

Responderás 5 preguntas; tendrás 30 segundos para pensar y hasta 3 minutos por respuesta.

Fecha límite: 2 de mayo de 2025, 23:59 (hora de la Ciudad de México)

Comenzar: https://app.hirevue.com/interviews/qmb-7HF29A

¿Dudas técnicas? Visita https://support.hirevue.com

HireVue, en nombre de Laboratorios Quimbaya
""",
        tz=MX,
    ),
    m(
        "24014",
        "2025-05-07 09:40",
        "Ana Sofía Lozano <anasofia.lozano@quimbaya-lab.com>",
        "Invitación: Entrevista con Gerencia de Supply Chain",
        ("interview", QUI, ASC, 3, "direct", "es"),
        text="""Buen día Daniela,

Le comparto la invitación para su entrevista con el Ing. Mauricio Treviño, Gerente de Supply Chain, el lunes 12 de mayo de 11:00 a 12:00 h por Microsoft Teams.

Quedo atenta a cualquier duda.

Saludos cordiales,

Ana Sofía Lozano
Business Partner de Talento
Laboratorios Quimbaya, S.A. de C.V.
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E008-qmb-0512",
            "start": "2025-05-12 11:00:00 -0600",
            "minutes": 60,
            "organizer": ("Ana Sofía Lozano", "anasofia.lozano@quimbaya-lab.com"),
            "attendees": [("Mauricio Treviño", "mauricio.trevino@quimbaya-lab.com")],
            "summary": "Entrevista Daniela Ríos - Analista Sr. SC",
            "location": "Reunión de Microsoft Teams",
            "description": "Unirse a la reunión: https://teams.microsoft.com/l/meetup-join/19%3ameeting_QMB0512",
            "style": "outlook",
        },
        tz=MX,
    ),
    m(
        "24015",
        "2025-05-09 17:25",
        "Ana Sofía Lozano <anasofia.lozano@quimbaya-lab.com>",
        "Actualizado: Entrevista con Gerencia de Supply Chain",
        ("interview", QUI, ASC, 3, "direct", "es"),
        text="""Daniela, una disculpa: al Ing. Treviño le surgió un viaje a planta. ¿Podemos moverla al martes 13 a las 16:00? Le reenvío la invitación actualizada.

Saludos,
Ana Sofía
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E008-qmb-0512",
            "start": "2025-05-13 16:00:00 -0600",
            "minutes": 60,
            "organizer": ("Ana Sofía Lozano", "anasofia.lozano@quimbaya-lab.com"),
            "attendees": [("Mauricio Treviño", "mauricio.trevino@quimbaya-lab.com")],
            "summary": "Entrevista Daniela Ríos - Analista Sr. SC",
            "location": "Reunión de Microsoft Teams",
            "sequence": 1,
            "style": "outlook",
        },
        tz=MX,
    ),
    m(
        "24016",
        "2025-05-21 13:10",
        "Ana Sofía Lozano <anasofia.lozano@quimbaya-lab.com>",
        "Propuesta",
        ("offer", QUI, ASC, 3, "direct", "es"),
        text="""Hola Daniela,

¡Qué gusto escribirte! Después de las entrevistas, el equipo quiere que te sumes a Quimbaya como Analista Sr. de Supply Chain.

Te comparto los puntos principales:
- Sueldo mensual bruto: $46,500 MXN
- Aguinaldo de 30 días, vales de despensa y fondo de ahorro del 13 %
- Seguro de gastos médicos mayores
- Esquema híbrido: 3 días en oficina (Santa Fe)
- Fecha de ingreso tentativa: 16 de junio

En cuanto me confirmes, te envío la carta formal para firma electrónica.

Cualquier duda me marcas.
Ana Sofía
""",
        tz=MX,
    ),
    m(
        "24017",
        "2025-05-23 12:01",
        "Ana Sofía Lozano vía DocuSign <dse_NA3@docusign.net>",
        "Completado: Carta oferta - Daniela Ríos Cárdenas",
        ("offer", QUI, ASC, 3, "docusign", "es"),
        html="""<html><body>
<p>Todas las partes han completado el documento <b>Carta oferta - Daniela Ríos Cárdenas</b>.</p>
<p>Laboratorios Quimbaya, S.A. de C.V.</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=QMB">VER DOCUMENTO COMPLETADO</a></p>
<p>No comparta este correo. Acerca de DocuSign: firme documentos electrónicamente en minutos.</p>
</body></html>""",
        st="accepted",
        tz=MX,
    ),
    m(
        "24018",
        "2025-05-26 09:30",
        "Verifica Talento <estudios@verificatalento.mx>",
        "Estudio socioeconómico - Laboratorios Quimbaya",
        ("other_job", QUI, ASC, None, "other", "es"),
        text="""Buen día Daniela Ríos Cárdenas,

Por encargo de Laboratorios Quimbaya realizaremos su estudio socioeconómico y de referencias laborales previo a su ingreso.

Por favor tenga a la mano: comprobante de domicilio, constancia de situación fiscal, últimos 3 recibos de nómina y acta de nacimiento. La visita domiciliaria virtual será el jueves 29 de mayo a las 17:00.

Gracias,
Verifica Talento
""",
        tz=MX,
    ),
    m(
        "24019",
        "2025-06-10 11:45",
        "Capital Humano Quimbaya <bienvenida@quimbaya-lab.com>",
        "Tu primer día en Quimbaya",
        ("other_job", QUI, ASC, None, "direct", "es"),
        text="""¡Bienvenida, Daniela!

Tu primer día es el lunes 16 de junio. Preséntate a las 8:30 en la recepción de Av. Santa Fe 505. Tendremos el curso de inducción hasta las 14:00 y después comerás con tu equipo.

Recuerda traer tu NSS, CURP y una cuenta bancaria para el alta en nómina.

Capital Humano
""",
        tz=MX,
    ),
    # 4/5 Bebidas del Altiplano via SuccessFactors: two roles
    m(
        "24020",
        "2025-03-05 12:00",
        "Bebidas del Altiplano <noreply@successfactors.com>",
        "Confirmación de solicitud - Analista de Inventarios",
        ("confirmation", BAL, "Analista de Inventarios", 4, "other", "es"),
        text="""Estimado(a) Daniela,

Gracias por postularse a la vacante Analista de Inventarios (ID 50931) en Bebidas del Altiplano.

Su solicitud ha sido recibida. Si su perfil coincide con los requisitos, un miembro del equipo de Reclutamiento se pondrá en contacto con usted.

Atentamente,
Reclutamiento Bebidas del Altiplano

Este es un correo automático, por favor no responda.
""",
        tz=MX,
    ),
    m(
        "24021",
        "2025-03-05 12:08",
        "Bebidas del Altiplano <noreply@successfactors.com>",
        "Confirmación de solicitud - Especialista S&OP",
        ("confirmation", BAL, "Especialista S&OP", 5, "other", "es"),
        text="""Estimado(a) Daniela,

Gracias por postularse a la vacante Especialista S&OP (ID 50977) en Bebidas del Altiplano.

Su solicitud ha sido recibida. Si su perfil coincide con los requisitos, un miembro del equipo de Reclutamiento se pondrá en contacto con usted.

Atentamente,
Reclutamiento Bebidas del Altiplano

Este es un correo automático, por favor no responda.
""",
        tz=MX,
    ),
    m(
        "24022",
        "2025-03-19 08:55",
        "Bebidas del Altiplano <noreply@successfactors.com>",
        "Su solicitud en Bebidas del Altiplano",
        ("rejection", BAL, "Analista de Inventarios", 4, "other", "es"),
        text="""Estimado(a) Daniela,

Agradecemos su interés en la vacante Analista de Inventarios (ID 50931). Hemos revisado cuidadosamente su perfil y, aunque cuenta con una trayectoria valiosa, en esta ocasión no continuaremos con su candidatura.

Le invitamos a seguir consultando nuestras oportunidades.

Reclutamiento Bebidas del Altiplano
""",
        tz=MX,
    ),
    m(
        "24023",
        "2025-03-20 14:30",
        "Lucía Herrera <lucia.herrera@grupobda.com.mx>",
        "Especialista S&OP - siguiente paso",
        ("interview", BAL, "Especialista S&OP", 5, "direct", "es"),
        text="""Hola Daniela, ¿qué tal?

Soy Lucía, de Talento en Bebidas del Altiplano. Aunque no avanzaste para Inventarios, tu perfil encaja mejor para S&OP y me encantaría hacerte una llamada de 30 minutos.

¿Te funciona el lunes 24 entre 9 y 11?

Lucía Herrera
Grupo BDA, S.A.B. de C.V.
""",
        tz=MX,
    ),
    m(
        "24024",
        "2025-03-20 16:02",
        "Lucía Herrera <lucia.herrera@grupobda.com.mx>",
        "Re: Especialista S&OP - siguiente paso",
        ("interview", BAL, "Especialista S&OP", 5, "direct", "es"),
        text="""Va, lunes 9:30 te marco a tu cel.

Saludos!

El jue, 20 mar 2025 a las 15:41, Daniela Ríos Cárdenas escribió:
> Hola Lucía, claro. El lunes 9:30 me funciona. Mi cel es 55 1837 0042.
""",
        headers=reply("24023", "lucia.herrera@grupobda.com.mx"),
        tz=MX,
    ),
    m(
        "24025",
        "2025-04-08 10:10",
        "Lucía Herrera <lucia.herrera@grupobda.com.mx>",
        "Vacante S&OP",
        ("confirmation", BAL, "Especialista S&OP", 5, "direct", "es"),
        text="""Hola Daniela,

Te quería avisar que la vacante de S&OP quedó en pausa: hubo una reestructura en la dirección de operaciones y no tenemos fecha para retomarla. En cuanto se reactive, te busco primero a ti.

Gracias por tu paciencia,
Lucía
""",
        st="on_hold",
        tz=MX,
    ),
    # 6 Relámpago (Logística Express del Centro) via Indeed
    m(
        "24026",
        "2025-03-11 22:15",
        "Indeed <indeedapply@indeed.com>",
        "Postulación enviada: Analista de Rutas",
        ("confirmation", RELA, "Analista de Rutas", 6, "indeed", "es"),
        html="""<html><body>
<p><b>Postulación enviada</b></p>
<p>Analista de Rutas<br>Logística Express del Centro - Iztapalapa, CDMX</p>
<p>Los siguientes elementos se enviaron a Logística Express del Centro: CV, información de contacto.</p>
<p>Buena suerte,<br>El equipo de Indeed</p>
<p style="font-size:11px">Se le envió este correo porque se postuló a un empleo en Indeed. © 2025 Indeed</p>
</body></html>""",
        tz=MX,
    ),
    m(
        "24027",
        "2025-03-13 12:48",
        "Reclutamiento Relámpago <rh.relampago@gmail.com>",
        "vacante analista de rutas",
        ("interview", RELA, "Analista de Rutas", 6, "direct", "es"),
        text="""Hola Daniela ¿cómo estás?

Te escribo de Relámpago Envíos, vimos tu CV en Indeed para analista de rutas. ¿Podrías venir a entrevista este viernes a las 11 am? Estamos en Av. Tláhuac 1820, bodega 4.

Saludos
Mariana Cruz
Recursos Humanos
Relámpago Envíos
""",
        tz=MX,
    ),
    m(
        "24028",
        "2025-03-13 14:02",
        "Reclutamiento Relámpago <rh.relampago@gmail.com>",
        "Re: vacante analista de rutas",
        ("interview", RELA, "Analista de Rutas", 6, "direct", "es"),
        text="""Sí, el viernes a las 11. Preguntas por mí en la caseta 😊

El 13/03/25 a las 13:40, Daniela escribió:
> Hola Mariana, sí puedo. ¿Es el viernes 14 a las 11?
""",
        headers=reply("24027", "rh.relampago@gmail.com"),
        tz=MX,
    ),
    m(
        "24029",
        "2025-03-24 19:20",
        "Reclutamiento Relámpago <rh.relampago@gmail.com>",
        "Re: vacante analista de rutas",
        ("rejection", RELA, "Analista de Rutas", 6, "direct", "es"),
        text="""Hola Daniela, gracias por venir la otra vez. Te platico que ya se cubrió la posición, buscaban a alguien que viviera más cerca de la bodega por los horarios. Mucho éxito!!

Mariana
""",
        headers=reply("24028", "rh.relampago@gmail.com"),
        tz=MX,
    ),
    # 7 Nexo Retail via LinkedIn; founder from a personal mailbox; she withdraws
    m(
        "24030",
        "2025-04-02 08:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Daniela, tu solicitud se envió a Nexo Retail",
        ("confirmation", NEXO, "Operations & Supply Lead", 7, "linkedin", "es"),
        html="""<html><body>
<p>Tu solicitud se envió a Nexo Retail</p>
<p><b>Operations &amp; Supply Lead</b><br>Nexo Retail · Ciudad de México (Híbrido)</p>
<p>Solicitado el 2 abr 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4108823310/">Ver empleo</a></p>
<p>Ahora, da el siguiente paso: comprueba si hay más empleos parecidos.</p>
</body></html>""",
        tz=MX,
    ),
    m(
        "24031",
        "2025-04-04 23:10",
        "Rodrigo Ibarra <rodrigo.ibarra.m@gmail.com>",
        "hola Daniela",
        ("interview", NEXO, "Operations & Supply Lead", 7, "direct", "es"),
        text="""Hola Daniela,

Te escribo desde mi correo personal porque el corporativo todavía no lo tenemos bien configurado jaja. Vi tu aplicación y me encantó lo de la reducción de inventario que hiciste en tu trabajo actual.

¿Tomamos un café la próxima semana? Estamos en la Roma, cerca de Álvaro Obregón. Martes o miércoles en la tarde.

Rodrigo Ibarra
Cofundador & CEO · Nexo Retail
nexoretail.mx
""",
        tz=MX,
    ),
    m(
        "24032",
        "2025-04-05 10:03",
        "Rodrigo Ibarra <rodrigo.ibarra.m@gmail.com>",
        "Re: hola Daniela",
        ("interview", NEXO, "Operations & Supply Lead", 7, "direct", "es"),
        text="""Miércoles 5pm en Café Buna de Orizaba. Ahí te veo!

On Sat, Apr 5, 2025 at 9:41 AM Daniela Ríos Cárdenas wrote:
> Hola Rodrigo, ¡gracias! El miércoles a las 5 me funciona.
""",
        headers=reply("24031", "rodrigo.ibarra.m@gmail.com"),
        tz=MX,
    ),
    m(
        "24033",
        "2025-05-27 09:15",
        "Rodrigo Ibarra <rodrigo.ibarra.m@gmail.com>",
        "Re: hola Daniela",
        ("confirmation", NEXO, "Operations & Supply Lead", 7, "direct", "es"),
        text="""Daniela, qué buena noticia para ti, aunque nos duele jaja. Entiendo perfecto que retires tu candidatura, Quimbaya es una gran empresa. Si algún día quieres regresar al mundo startup, aquí estamos.

Abrazo,
Rodrigo

On Mon, May 26, 2025 at 8:02 PM Daniela Ríos Cárdenas wrote:
> Rodrigo, muchas gracias por el tiempo y las pláticas. Te quería avisar que acepté otra propuesta, así que prefiero retirarme del proceso para no quitarles tiempo.
""",
        headers=reply("24032", "rodrigo.ibarra.m@gmail.com"),
        st="withdrawn",
        tz=MX,
    ),
    # 8 public university convocatoria
    m(
        "24034",
        "2025-03-17 13:00",
        "Convocatorias UPMV <convocatorias@upmv.edu.mx>",
        "Registro de aspirante - Folio ADM-2025-0413",
        ("confirmation", UPMV, "Jefe(a) del Departamento de Adquisiciones", 8, "other", "es"),
        text="""UNIVERSIDAD PÚBLICA METROPOLITANA DEL VALLE
Dirección General de Personal

Se confirma el registro de su participación en la Convocatoria Pública para ocupar la plaza de Jefe(a) del Departamento de Adquisiciones, adscrita a la Secretaría Administrativa.

Folio: ADM-2025-0413
Nombre: RÍOS CÁRDENAS DANIELA

Los resultados de la etapa de evaluación curricular se publicarán el 4 de abril en la página de la Dirección General de Personal.

Este mensaje se genera automáticamente.
""",
        tz=MX,
    ),
    m(
        "24035",
        "2025-04-04 19:30",
        "Convocatorias UPMV <convocatorias@upmv.edu.mx>",
        "Publicación de resultados - Convocatoria ADM-2025",
        ("rejection", UPMV, "Jefe(a) del Departamento de Adquisiciones", 8, "other", "es"),
        text="""Estimado(a) aspirante, folio ADM-2025-0413:

Le informamos que se han publicado los resultados de la evaluación curricular. Su folio no se encuentra entre los aspirantes que continúan a la etapa de examen de conocimientos.

Agradecemos su participación.

Dirección General de Personal
""",
        tz=MX,
    ),
    # 9 Autopartes Integrales de México (AIM) via Taleo; interview then she withdraws
    m(
        "24036",
        "2025-04-15 07:58",
        "AIM Careers <noreply@taleo.net>",
        "Autopartes Integrales de México - Solicitud recibida",
        ("confirmation", AIM, "Planner de Materiales", 9, "taleo", "es"),
        text="""Estimada Daniela Ríos Cárdenas,

Gracias por su interés en Autopartes Integrales de México. Hemos recibido su solicitud para el puesto Planner de Materiales (Requisición 2500318).

Revisaremos su información y nos comunicaremos con usted si su perfil cumple con los requisitos.

Saludos cordiales,
Adquisición de Talento AIM
""",
        tz=MX,
    ),
    m(
        "24037",
        "2025-04-29 11:11",
        "Héctor Salinas <hsalinas@aim-autopartes.com>",
        "Entrevista técnica Planner",
        ("interview", AIM, "Planner de Materiales", 9, "direct", "es"),
        text="""Daniela, buenos días:

Para continuar con el proceso del Planner de Materiales, la citamos a entrevista técnica el viernes 9 de mayo a las 9:00 en planta Tepotzotlán, con el jefe de Materiales. Incluye un caso práctico de MRP en Excel de 45 minutos.

Favor de confirmar.

Héctor Salinas
Reclutamiento y Selección · Planta Tepotzotlán
""",
        ics={
            "uid": "aim-0509-planner@aim-autopartes.com",
            "start": "2025-05-09 09:00:00 -0600",
            "minutes": 120,
            "organizer": ("Héctor Salinas", "hsalinas@aim-autopartes.com"),
            "summary": "Entrevista técnica - Planner de Materiales",
            "location": "Planta Tepotzotlán, Parque Industrial Cedros",
        },
        tz=MX,
    ),
    m(
        "24038",
        "2025-05-26 17:35",
        "Héctor Salinas <hsalinas@aim-autopartes.com>",
        "RE: Entrevista técnica Planner",
        ("confirmation", AIM, "Planner de Materiales", 9, "direct", "es"),
        text="""Daniela, gracias por avisar. Registramos tu declinación al proceso. Mucho éxito en tu nueva posición.

Héctor

De: Daniela Ríos Cárdenas
Enviado: lunes, 26 de mayo de 2025 16:10
Asunto: RE: Entrevista técnica Planner

Héctor, buenas tardes. Le agradezco mucho la oportunidad; he decidido aceptar otra oferta, por lo que le pido retirar mi candidatura.
""",
        headers=reply("24037", "hsalinas@aim-autopartes.com"),
        st="withdrawn",
        tz=MX,
    ),
    # 10 Mercados del Valle through a consultora that names the client late
    m(
        "24039",
        "2025-02-19 10:02",
        "Paola Guerrero <paola.guerrero@talentonorte.com.mx>",
        "Oportunidad Jefe de Logística - retail",
        ("outreach", None, "Jefe de Logística", None, "agency", "es"),
        text="""Hola Daniela, buen día.

Soy Paola, consultora en Talento Norte. Estoy buscando un(a) Jefe(a) de Logística para una cadena de supermercados muy reconocida, con centro de distribución en Cuautitlán. Esquema 100 % presencial, sueldo de $45k a $50k + prestaciones superiores.

Vi tu perfil en LinkedIn y creo que podrías encajar. ¿Te interesa platicarlo? ¿Me compartes tu CV actualizado y tu expectativa económica?

Saludos,
Paola Guerrero
Consultora Sr. | Talento Norte Consultores
""",
        tz=MX,
    ),
    m(
        "24040",
        "2025-02-21 13:44",
        "Paola Guerrero <paola.guerrero@talentonorte.com.mx>",
        "RE: Oportunidad Jefe de Logística - retail",
        ("interview", MDV, "Jefe de Logística", 10, "agency", "es"),
        text="""Gracias Daniela, ya presenté tu perfil. Ahora sí te puedo decir: el cliente es Mercados del Valle. La gerente de CEDIS quiere entrevistarte el miércoles 26 a las 13:00 en el CEDIS Cuautitlán.

Te mando ubicación por WhatsApp.

Paola

-----Original Message-----
From: Daniela Ríos Cárdenas
Sent: Thursday, February 20, 2025 7:12 PM
Subject: RE: Oportunidad Jefe de Logística - retail

Hola Paola, sí me interesa. Te adjunto mi CV. Mi expectativa es de 48 mil brutos.
""",
        headers=reply("24039", "paola.guerrero@talentonorte.com.mx"),
        tz=MX,
    ),
    m(
        "24041",
        "2025-03-07 12:30",
        "Paola Guerrero <paola.guerrero@talentonorte.com.mx>",
        "RE: Oportunidad Jefe de Logística - retail",
        ("rejection", MDV, "Jefe de Logística", 10, "agency", "es"),
        text="""Hola Daniela, te comparto la retroalimentación del cliente: les gustó tu parte analítica, pero para esta posición buscan a alguien con más experiencia manejando personal operativo (más de 40 personas). No vamos a continuar en este proceso, pero te tengo en mente para otras búsquedas.

Un saludo,
Paola
""",
        headers=reply("24040", "paola.guerrero@talentonorte.com.mx"),
        tz=MX,
    ),
]

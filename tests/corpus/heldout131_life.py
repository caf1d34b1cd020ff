# ruff: noqa: E501, RUF100
"""Corpus 131, personal life (data only): see heldout131.py.

A flat hunt (a "solicitud de arrendamiento" refused, another approved and signed through
DocuSign), a credit card and loan "solicitudes", a master's admission with its "entrevista",
the dentist and the baby's appointments with calendar parts, the condo, the accountant, and
family and friends, some of them talking about their own jobs."""

from __future__ import annotations

from typing import Any

from heldout131_jobs import N, ics, m, mc, mu, rep

FER = ("Fernanda Lomelí", "fer.lomeli.ruiz@gmail.com")

_habitta_sol = m(
    "t01",
    "2025-10-03 12:20",
    "Habitta Inmobiliaria <rentas@habitta.example>",
    "Solicitud de arrendamiento recibida - Av. Chapultepec 480, depto. 302",
    N(),
    text="""Hola Óscar:

Recibimos tu solicitud de arrendamiento para el inmueble:

Av. Chapultepec 480, depto. 302, Col. Americana, Guadalajara
Renta mensual: $18,500 + mantenimiento $1,200
Depósito: 1 mes · Póliza jurídica: a cargo del arrendatario

Para continuar, la aseguradora de la póliza jurídica hará una investigación. Te escribiremos
con la lista de documentos.

Atentamente,
Paulina Sandoval
Asesora de Rentas · Habitta Inmobiliaria
33 1066 2390""",
)

_villalobos = m(
    "t06",
    "2025-12-01 18:40",
    "Ernesto Villalobos <ernesto.villalobos58@gmail.com>",
    "Re: Departamento en Providencia (Inmuebles24)",
    N(),
    text="""Buenas tardes Óscar

Sí sigue disponible el departamento de Marsella. Lo puede ver el sábado a las 11, yo estoy ahí.
Son 2 recámaras, 2 baños, cajón de estacionamiento y bodega. La renta es de $17,000 con
mantenimiento incluido.

Pido un mes de depósito, aval o póliza jurídica, y comprobante de ingresos de los últimos 3
meses o carta de trabajo.

Saludos
Ernesto Villalobos""",
)

_posgrado_int = m(
    "t18",
    "2025-11-05 11:10",
    "Admisiones Posgrado UTO <admisiones.posgrado@uto.example>",
    "Entrevista de admisión - Maestría en Ciencia de Datos",
    N(),
    text="""Estimado Óscar Iñiguez Barajas:

Le informamos que su expediente para la Maestría en Ciencia de Datos (generación Primavera 2026)
está completo. Como parte del proceso de admisión, le invitamos a una entrevista con la
coordinación académica:

Fecha: jueves 13 de noviembre de 2025
Hora: 18:00 h
Modalidad: en línea (Zoom)
Entrevistador: Dr. Julián Mora Esparza, coordinador del programa

En la entrevista se conversará sobre su trayectoria, su interés en el programa y su
disponibilidad de horario. Recibirá una invitación de calendario por separado.

Atentamente,
Coordinación de Admisiones de Posgrado
Universidad Tecnológica de Occidente""",
)

MAIL: list[dict[str, Any]] = [
    # --- a flat: Habitta (refused) ------------------------------------------------------------
    _habitta_sol,
    m(
        "t02",
        "2025-10-04 10:05",
        "Paulina Sandoval <paulina.sandoval@habitta.example>",
        "Invitación: Visita depto. Chapultepec 480-302 @ sáb 4 oct 2025 13:00 - 13:30 (CST)",
        N(),
        text="""Hola Óscar, te confirmo la visita de hoy a la 1 pm. Pregunta por mí en recepción.

Invitación de Google Calendar""",
        ics=ics(
            "2hk7m1q0c9vf8s3l4o5p6j0r1a@google.com",
            "2025-10-04 13:00",
            "Visita depto. Chapultepec 480-302",
            ("Paulina Sandoval", "paulina.sandoval@habitta.example"),
            minutes=30,
            location="Av. Chapultepec 480, Col. Americana, Guadalajara",
        ),
    ),
    m(
        "t03",
        "2025-10-06 16:48",
        "Paulina Sandoval <paulina.sandoval@habitta.example>",
        "RE: Solicitud de arrendamiento recibida - Av. Chapultepec 480, depto. 302",
        N(),
        text="""Óscar, ¡qué bueno que les gustó el depa!

Para la investigación de la póliza jurídica necesito:

- INE de ambos
- Comprobante de domicilio actual
- Comprobantes de ingresos de los últimos 3 meses (recibos de nómina o estados de cuenta)
- Carta laboral reciente
- Datos de 2 referencias personales

Me lo puedes mandar por aquí en PDF. La investigación tarda de 3 a 5 días hábiles.

Saludos,
Paulina""",
        **rep(_habitta_sol),
    ),
    m(
        "t04",
        "2025-10-17 13:15",
        "Habitta Inmobiliaria <rentas@habitta.example>",
        "Resultado de tu solicitud de arrendamiento",
        N(),
        text="""Hola Óscar:

Te informamos que la aseguradora de la póliza jurídica no aprobó la solicitud para el inmueble
de Av. Chapultepec 480, depto. 302. El motivo indicado es que no fue posible acreditar
ingresos recurrentes de los últimos tres meses (carta laboral vigente).

Podemos volver a presentar la solicitud con un obligado solidario (aval) con inmueble en
Jalisco, o cuando cuentes con carta laboral. Lamentamos no tener mejores noticias.

Habitta Inmobiliaria""",
    ),
    # --- a flat: Providencia (approved, signed through DocuSign) ------------------------------
    mu(
        "t05",
        "2025-11-29 20:31",
        "Inmuebles24 <noreply@inmuebles24.com>",
        "Tu mensaje fue enviado al anunciante",
        N(),
        text="""¡Hola Óscar!

Tu mensaje sobre "Departamento en renta en Providencia, 2 recámaras, Calle Marsella" fue enviado
al anunciante. Te contactará por correo o teléfono.

Precio: $17,000 MXN mensuales
Código del aviso: 67123904

Inmuebles24""",
    ),
    _villalobos,
    m(
        "t07",
        "2025-12-18 09:02",
        "Ernesto Villalobos <ernesto.villalobos58@gmail.com>",
        "Re: Departamento en Providencia (Inmuebles24)",
        N(),
        text="""Óscar buen día

Ya me llegó la carta de su nuevo trabajo, todo en orden. Su solicitud queda aprobada. Mi hija
le va a mandar el contrato de arrendamiento por DocuSign para firmarlo electrónicamente, y las
llaves se las entrego el 2 de enero.

Saludos
Ernesto

El lun, 15 dic 2025 a las 20:14, Óscar Iñiguez Barajas escribió:
> Don Ernesto, le mando la carta oferta firmada de mi nuevo empleo como comprobante. Empiezo
> el 12 de enero. Quedo atento. Saludos, Óscar""",
        **rep(_villalobos),
    ),
    mu(
        "t08",
        "2025-12-19 23:06",
        "Andrea Villalobos via Docusign <dse_NA3@docusign.net>",
        "Completar con Docusign: Contrato de Arrendamiento - Marsella 1120 int. 4",
        N(),
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial">
<table width="640" align="center" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:13px;color:#666">Docusign</p>
<p style="font-size:16px">Andrea Villalobos le envió un documento para revisar y firmar.</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=2e7b0c11-54fa-4d5a-8a2e-77c05ad6f213" style="background:#ffc820;color:#000;padding:10px 22px">REVISAR DOCUMENTO</a></p>
<p>Hola Óscar y Fernanda, les comparto el contrato de arrendamiento por 12 meses a partir del
2 de enero de 2026. Saludos.</p>
<hr><p style="font-size:11px;color:#666">No comparta este correo electrónico.</p>
</td></tr></table></body></html>""",
    ),
    mu(
        "t09",
        "2025-12-20 17:40",
        "Docusign <dse_NA3@docusign.net>",
        "Completado: Contrato de Arrendamiento - Marsella 1120 int. 4",
        N(),
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial">
<table width="640" align="center" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:16px">Su documento se ha completado</p>
<p>Todas las partes han completado Contrato de Arrendamiento - Marsella 1120 int. 4.</p>
<p><a href="https://na3.docusign.net/Member/EmailStart.aspx?m=7a1d">VER DOCUMENTO COMPLETADO</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "t10",
        "2025-12-27 12:15",
        "Mudanzas Express Tapatía <cotizaciones@mudanzasexpress.example>",
        "Cotización de mudanza - 2 de enero",
        N(),
        text="""Estimado Óscar:

Le enviamos la cotización solicitada:

Origen: Av. Niños Héroes 2410, Guadalajara
Destino: Calle Marsella 1120 int. 4, Col. Providencia
Fecha: viernes 2 de enero de 2026, 9:00 h
Camión de 3.5 t, 3 cargadores, emplayado de muebles

Total: $5,800 + IVA

Para apartar la fecha se requiere un anticipo del 30 %.

Mudanzas Express Tapatía""",
    ),
    # --- credit card and loan "solicitudes" ---------------------------------------------------
    mu(
        "t11",
        "2025-09-05 01:12",
        "Nu México <hola@nu.com.mx>",
        "Recibimos tu solicitud 💜",
        N(),
        text="""Hola, Óscar:

Recibimos tu solicitud de la Tarjeta de Crédito Nu. Estamos analizando tu información y te
daremos una respuesta en menos de 48 horas.

Mientras tanto, no necesitas hacer nada más.

Nu México Financiera, S.A. de C.V., S.F.P.""",
    ),
    mu(
        "t12",
        "2025-09-06 17:30",
        "Nu México <hola@nu.com.mx>",
        "¡Tu solicitud fue aprobada!",
        N(),
        html="""<html><body style="font-family:Arial;color:#820ad1">
<h1>¡Felicidades, Óscar!</h1>
<p style="color:#222">Tu solicitud de la Tarjeta de Crédito Nu fue <b>aprobada</b> con una línea
inicial de $12,000. Tu tarjeta física llegará en 5 a 7 días hábiles; mientras, ya puedes usar
tu tarjeta digital desde la app.</p>
<p style="font-size:10px;color:#666">Nu México Financiera, S.A. de C.V., S.F.P. CAT promedio
sin IVA informativo. Consulta términos y condiciones.</p>
</body></html>""",
    ),
    mu(
        "t13",
        "2025-09-12 15:00",
        "Nu México <hola@nu.com.mx>",
        "Tu tarjeta va en camino 📦",
        N(),
        text="""Hola, Óscar:

Tu Tarjeta de Crédito Nu ya va en camino a Av. Niños Héroes 2410. Guía: NU88120443MX.

Cuando llegue, actívala desde la app.

Nu México""",
    ),
    m(
        "t14",
        "2025-11-07 10:00",
        "BBVA México <promociones@bbva.mx>",
        "Óscar, tienes una Tarjeta de Crédito Azul preaprobada",
        N(),
        html="""<html><body style="font-family:Arial">
<h2 style="color:#072146">¡Tienes una oferta preaprobada!</h2>
<p>Óscar, por ser cliente BBVA tienes una <b>Tarjeta de Crédito Azul</b> preaprobada sin
anualidad el primer año. Solicítala en la app en menos de 5 minutos.</p>
<p><a href="https://www.bbva.mx/personas/productos/tarjetas-de-credito/azul.html">Solicitar</a></p>
<p style="font-size:9px">Oferta sujeta a aprobación de crédito. CAT promedio 85.2 % sin IVA.
Fecha de cálculo: 01/10/2025.</p>
</body></html>""",
    ),
    mu(
        "t15",
        "2025-11-24 21:00",
        "Kueski <hola@kueski.com>",
        "Tu préstamo preaprobado te está esperando",
        N(),
        text="""Hola Óscar,

Tienes un préstamo personal preaprobado de hasta $8,000 MXN. Completa tu solicitud en 5 minutos
y recibe el dinero hoy mismo.

Solicitar ahora: https://kueski.com/solicitud

Kueski · Préstamos en línea. Consulta CAT y comisiones en kueski.com.""",
    ),
    # --- a master's programme: solicitud, entrevista, carta de aceptación -----------------------
    m(
        "t16",
        "2025-10-01 13:45",
        "Admisiones Posgrado UTO <admisiones.posgrado@uto.example>",
        "Solicitud de admisión recibida - Folio PG-2026-0418",
        N(),
        text="""Estimado Óscar Iñiguez Barajas:

Hemos recibido su solicitud de admisión a la Maestría en Ciencia de Datos, modalidad mixta,
generación Primavera 2026.

Folio: PG-2026-0418

Próximos pasos:
1. Cargar la documentación en el portal de aspirantes.
2. Presentar el examen EXANI-III (o equivalente).
3. Entrevista con la coordinación del programa.

Atentamente,
Coordinación de Admisiones de Posgrado
Universidad Tecnológica de Occidente · Zapopan, Jal.""",
    ),
    m(
        "t17",
        "2025-10-20 09:30",
        "Admisiones Posgrado UTO <admisiones.posgrado@uto.example>",
        "Documentos pendientes de su solicitud PG-2026-0418",
        N(),
        text="""Estimado aspirante:

Le recordamos que en su expediente aún falta:

- Certificado de licenciatura (copia legible)
- Carta de exposición de motivos

La fecha límite para completar su solicitud es el 31 de octubre.

Coordinación de Admisiones de Posgrado""",
    ),
    _posgrado_int,
    m(
        "t19",
        "2025-11-05 11:14",
        "Dr. Julián Mora Esparza <julian.mora@uto.example>",
        "Invitación: Entrevista de admisión MCD - Óscar Iñiguez @ jue 13 nov 2025 18:00 - 18:30 (CST)",
        N(),
        text="""Entrevista de admisión MCD - Óscar Iñiguez
jueves, 13 de noviembre de 2025 · 18:00 – 18:30
Zoom: https://uto.zoom.us/j/91102344590

Invitación de Google Calendar""",
        ics=ics(
            "4c8nq2u7l0r3m5tj9vb1k6ao2e@google.com",
            "2025-11-13 18:00",
            "Entrevista de admisión MCD - Óscar Iñiguez",
            ("Julián Mora Esparza", "julian.mora@uto.example"),
            minutes=30,
            location="https://uto.zoom.us/j/91102344590",
        ),
        **rep(_posgrado_int),
    ),
    m(
        "t20",
        "2025-12-05 17:00",
        "Admisiones Posgrado UTO <admisiones.posgrado@uto.example>",
        "Resultado del proceso de admisión Primavera 2026",
        N(),
        text="""Estimado Óscar Iñiguez Barajas:

Nos complace informarle que ha sido ACEPTADO en la Maestría en Ciencia de Datos, generación
Primavera 2026. Adjuntamos su carta de aceptación.

Para asegurar su lugar deberá realizar el pago de inscripción antes del 9 de enero de 2026.
Le recordamos que el programa cuenta con becas por convenio empresarial; consulte con el área
de Recursos Humanos de su empresa.

¡Felicidades!

Coordinación de Admisiones de Posgrado
Universidad Tecnológica de Occidente""",
        attach=[
            (
                "Carta_aceptacion_PG-2026-0418.txt",
                "text/plain",
                "Carta de aceptación - Folio PG-2026-0418\n",
            )
        ],
    ),
    m(
        "t21",
        "2026-01-08 12:00",
        "Servicios Escolares UTO <escolares@uto.example>",
        "Bienvenida e inscripción - Maestría en Ciencia de Datos",
        N(),
        text="""Estimado alumno:

Su inscripción al primer cuatrimestre quedó registrada. Las clases inician el sábado 17 de
enero de 2026. Su matrícula es 726118.

Active su correo institucional y su cuenta del campus virtual antes del inicio de clases.

Servicios Escolares
Universidad Tecnológica de Occidente""",
    ),
    m(
        "t22",
        "2026-02-09 08:10",
        "Mtra. Irene Cárdenas <irene.cardenas@uto.example>",
        "Estadística para Ciencia de Datos - tarea 3 y examen parcial",
        N(),
        text="""Buenos días, grupo:

Les recuerdo que la tarea 3 (regresión lineal en Python) se entrega el viernes 13 antes de las
23:59 en el campus virtual. El examen parcial será el sábado 21 en el aula B-204.

Saludos,
Mtra. Irene Cárdenas""",
        to="MCD Primavera 2026 <mcd-p26@uto.example>",
    ),
    # --- dentist ------------------------------------------------------------------------------
    m(
        "t23",
        "2025-09-08 17:22",
        "Consultorio Dental Providencia <citas@dentalprovidencia.example>",
        "Confirmación de cita - Limpieza dental",
        N(),
        text="""Hola Óscar,

Tu cita quedó agendada:

Tratamiento: Limpieza dental y revisión
Doctora: Dra. Sofía Lomelí
Fecha: martes 16 de septiembre, 8:30 am
Dirección: Av. Terranova 1204, consultorio 3, Col. Providencia

Si necesitas cambiar tu cita, avísanos con 24 horas de anticipación al 33 3817 2260.

Consultorio Dental Providencia""",
        ics=ics(
            "dp-cita-20250916-0830-oib@dentalprovidencia.example",
            "2025-09-16 08:30",
            "Limpieza dental - Dra. Sofía Lomelí",
            ("Consultorio Dental Providencia", "citas@dentalprovidencia.example"),
            minutes=45,
            location="Av. Terranova 1204, consultorio 3",
        ),
    ),
    m(
        "t24",
        "2025-09-15 10:00",
        "Consultorio Dental Providencia <citas@dentalprovidencia.example>",
        "Recordatorio: tu cita es mañana",
        N(),
        text="""Hola Óscar, te recordamos tu cita de mañana martes 16 de septiembre a las 8:30 am con
la Dra. Sofía Lomelí. Responde SÍ para confirmar.""",
    ),
    m(
        "t25",
        "2025-10-14 19:05",
        "Consultorio Dental Providencia <citas@dentalprovidencia.example>",
        "Nueva cita: resina molar inferior",
        N(),
        text="""Hola Óscar,

Como comentó la doctora, agendamos tu cita para la resina:

Fecha: miércoles 22 de octubre, 7:45 am
Duración aproximada: 1 hora
Costo estimado: $1,100

Consultorio Dental Providencia""",
        ics=ics(
            "dp-cita-20251022-0745-oib@dentalprovidencia.example",
            "2025-10-22 07:45",
            "Resina molar - Dra. Sofía Lomelí",
            ("Consultorio Dental Providencia", "citas@dentalprovidencia.example"),
            location="Av. Terranova 1204, consultorio 3",
        ),
    ),
    m(
        "t26",
        "2026-02-11 10:30",
        "Consultorio Dental Providencia <citas@dentalprovidencia.example>",
        "Óscar, ya te toca tu limpieza semestral 🦷",
        N(),
        text="""Hola Óscar, han pasado casi 6 meses desde tu última limpieza. Agenda tu cita respondiendo
este correo o por WhatsApp al 33 3817 2260.

Consultorio Dental Providencia""",
    ),
    # --- Fernanda and the baby ----------------------------------------------------------------
    m(
        "t27",
        "2025-09-19 13:40",
        "Fernanda Lomelí <fer.lomeli.ruiz@gmail.com>",
        "Invitación: Ultrasonido 12 semanas 💛 @ vie 26 sept 2025 16:30 - 17:30 (CST)",
        N(),
        text="""Amor, ya quedó la cita del ultrasonido en el Hospital Terranova. Te mandé la invitación
para que no se te cruce con ninguna entrevista jaja. ¡Te amo!

Invitación de Google Calendar""",
        ics=ics(
            "5u1b9n0r7q2m4kfa8tj3l6vc0h@google.com",
            "2025-09-26 16:30",
            "Ultrasonido 12 semanas 💛",
            FER,
            location="Hospital Terranova, torre médica 2, piso 5",
        ),
    ),
    m(
        "t28",
        "2025-11-11 22:05",
        "Fernanda Lomelí <fer.lomeli.ruiz@gmail.com>",
        "lista baby shower",
        N(),
        text="""Te paso la lista que hizo mi hermana, ¿la revisas? Le quité la carriola porque esa la
compramos en el Buen Fin, ¿no?

- pañalera
- portabebé
- monitor
- cuna de colecho
- ropa 0-3 meses (mucha)

Y mi mamá dice que el baby shower sea el 13 de diciembre en su casa.

F""",
    ),
    m(
        "t29",
        "2025-11-27 09:50",
        "Fernanda Lomelí <fer.lomeli.ruiz@gmail.com>",
        "Fwd: Inscripción confirmada - Curso psicoprofiláctico",
        N(),
        text="""Mira, ya nos inscribí. Son los martes a las 7 pm, ¿sí alcanzas a llegar?

---------- Forwarded message ---------
De: Centro Materno Bienestar <contacto@maternobienestar.example>
Date: mié, 26 nov 2025 a las 18:12
Subject: Inscripción confirmada - Curso psicoprofiláctico
To: <fer.lomeli.ruiz@gmail.com>

Hola Fernanda, tu inscripción al curso psicoprofiláctico (8 sesiones, inicio martes 6 de enero,
19:00 h) quedó confirmada para ti y tu acompañante. Costo: $3,200 por pareja.
Centro Materno Bienestar""",
    ),
    m(
        "t30",
        "2025-12-15 02:55",
        "Fernanda Lomelí <fer.lomeli.ruiz@gmail.com>",
        "!!!!",
        N(),
        text="""YA FIRMASTE!!! Me llegó tu mensaje pero ya estaba dormida jaja. Estoy bien orgullosa de
ti, amor. Mañana le hablamos a Don Ernesto para lo del depa y a mi mamá.

Te amo 💛

Enviado desde mi iPhone""",
    ),
    m(
        "t31",
        "2026-02-06 14:20",
        "Fernanda Lomelí <fer.lomeli.ruiz@gmail.com>",
        "Invitación: Ultrasonido 28 semanas @ vie 13 feb 2026 16:00 - 17:00 (CST)",
        N(),
        text="""Pídele permiso a tu jefe desde ya 😘

Invitación de Google Calendar""",
        ics=ics(
            "0q6h2v8c4n1t9r7m5kb3ls0pa8@google.com",
            "2026-02-13 16:00",
            "Ultrasonido 28 semanas",
            FER,
            location="Hospital Terranova, torre médica 2, piso 5",
        ),
    ),
    # --- family ------------------------------------------------------------------------------
    m(
        "t32",
        "2025-09-06 19:30",
        "Teresa Barajas <tere.barajas.r@hotmail.com>",
        "comida del domingo",
        N(),
        text="""Hijo, el domingo hacemos birria en la casa, vienen tus tíos de Tepa. Traigan tortillas
de la tortillería de la esquina por favor, de las de maíz. ¿Cómo vas con lo del trabajo?
Tu papá dice que no te preocupes, que ya saldrá algo.

Te quiero mucho
Mamá""",
    ),
    m(
        "t33",
        "2025-10-26 20:12",
        "Teresa Barajas <tere.barajas.r@hotmail.com>",
        "tu papá",
        N(),
        text="""Hijo, te cuento que por fin a tu papá le aprobaron la pensión del IMSS, ya le llegó la
resolución. Le dan su liquidación de la empresa a fin de mes y quiere sacar lo de la Afore,
pero yo le digo que primero le pregunte al contador. ¿Tú sabes algo de eso? Háblale, está
contento pero nervioso, después de 32 años en la fábrica no sabe qué va a hacer en las mañanas.

Mamá""",
    ),
    m(
        "t34",
        "2025-12-20 11:45",
        "Teresa Barajas <tere.barajas.r@hotmail.com>",
        "POSADA FAMILIAR 🎄",
        N(),
        text="""Familia:

La posada será el sábado 20 en la casa a partir de las 6. Cada familia trae un guisado y una
bolsa de dulces para la piñata. Los que van a Mérida se la van a perder (Óscar y Fer!!), pero
los esperamos para el recalentado.

Mamá / Tere""",
        to="Familia Iñiguez Barajas <oscar.iniguez.barajas@gmail.com>",
    ),
    m(
        "t35",
        "2026-01-05 18:03",
        "Teresa Barajas <tere.barajas.r@hotmail.com>",
        "Rosca",
        N(),
        text="""Mañana partimos la rosca a las 7. A ver a quién le sale el niño, el año pasado fue a tu
hermano y nunca puso los tamales 😂

¿Ya estás instalado en el depa nuevo? Mándame fotos.""",
    ),
    m(
        "t36",
        "2025-09-22 22:18",
        "Diego Iñiguez <diego.iniguez.b@gmail.com>",
        "me ofrecieron lo de supervisor",
        N(),
        text="""Carnal, ¿qué onda?

Te cuento porque no quiero decirle a mi mamá hasta estar seguro: me ofrecieron el puesto de
supervisor de turno en la planta de El Salto. Ya pasé la entrevista con el gerente y con RH,
me dieron la carta oferta el viernes. Son $8,000 más al mes, pero es turno rotativo y los
sábados.

¿Tú qué harías? Tú sabes más de estas cosas de ofertas y negociar el sueldo. ¿Les pido más o
acepto así? Tengo hasta el jueves para contestar.

Diego""",
    ),
    m(
        "t37",
        "2026-01-30 21:40",
        "Diego Iñiguez <diego.iniguez.b@gmail.com>",
        "ya cumplí un mes de supervisor",
        N(),
        text="""Ya cumplí un mes en el puesto nuevo. Está pesado el turno de noche pero la neta me gusta
tener gente a cargo. Ayer despedí a un chavo por primera vez y me sentí de la fregada.

¿Y tú qué tal en la chamba nueva? ¿Ya te acostumbraste a tener juntas en inglés a las 8?

Nos vemos el domingo.""",
    ),
    m(
        "t38",
        "2025-10-29 15:02",
        "Mariana Iñiguez <mariana.iniguez.enf@gmail.com>",
        "ya me hicieron la entrevista!!",
        N(),
        text="""Oscarín!!

Ya me hicieron la entrevista para la plaza de enfermera en el Hospital Civil, me fue muy bien
creo. Me preguntaron de urgencias y de mi servicio social. Dicen que en dos semanas publican
los resultados de la convocatoria.

Cruza los dedos por mí 🤞

Mari""",
    ),
    m(
        "t39",
        "2025-11-21 09:15",
        "Tía Lupita <lupita.barajas1962@yahoo.com.mx>",
        "RV: RV: RV: Oración para el trabajo y la prosperidad",
        N(),
        text="""Para mi sobrino Óscar que anda buscando trabajo, Dios te bendiga mijo 🙏

-----Mensaje reenviado-----
Asunto: RV: RV: Oración para el trabajo y la prosperidad

Reenvía esta oración a 10 personas y en 10 días recibirás una buena noticia. Señor, abre las
puertas del trabajo y la prosperidad para quien lea esto...""",
    ),
    m(
        "t40",
        "2025-10-10 12:00",
        "Ale y Rodrigo <boda.aleyrodrigo@gmail.com>",
        "Save the date 💍 Ale & Rodrigo",
        N(),
        html="""<html><body style="font-family:Georgia;text-align:center">
<h1>Ale &amp; Rodrigo</h1>
<p>¡Nos casamos!</p>
<p>Sábado 7 de marzo de 2026<br>Hacienda El Carmen, Ahualulco de Mercado, Jal.</p>
<p>Invitación formal próximamente. Confirma tu asistencia antes del 15 de enero.</p>
</body></html>""",
    ),
    # --- friends -----------------------------------------------------------------------------
    m(
        "t41",
        "2025-09-04 23:10",
        "Chuy Ramírez <chuy.ramirez.dev@gmail.com>",
        "qué onda con el recorte",
        N(),
        text="""Óscar, ¿cómo estás después de lo del recorte? Yo sigo sin creer que sacaron a medio
equipo de backend por un correo de 3 líneas.

A mí me ofrecieron quedarme pero con 15 % menos de sueldo y pasando a contratista. Ya tengo dos
entrevistas la próxima semana, una en Tecnoforja y otra en un banco. Te aviso cómo me va.

¿Unas chelas el viernes en la Chapu?

Chuy""",
    ),
    m(
        "t42",
        "2025-10-30 20:55",
        "Chuy Ramírez <chuy.ramirez.dev@gmail.com>",
        "ya firmé!",
        N(),
        text="""¡Carnal, ya firmé con Tecnoforja! Me dieron 20 % más de lo que ganaba, SGMM y
home office 3 días. Empiezo el 17 de noviembre. La entrevista técnica estuvo rudísima, me
pusieron a diseñar un sistema de colas en el pizarrón.

Yo invito las chelas esta vez 🍻""",
    ),
    mc(
        "t43",
        "2025-11-02 16:20",
        "Kyle Brennan <kbrennan.dev@gmail.com>",
        "Thanksgiving + news",
        N("en"),
        text="""Hey Óscar!

Long time no talk. Hope you, Fer and the little one on the way are doing great.

Quick update from Austin: I finally left the old place too, a month after you guys got cut.
Started at a small climate-tech startup - 12 people, lots of Rust, a lot less Jira. Loving it
so far, even if the pay is lower.

Are you still planning to come to Texas sometime? Thanksgiving dinner's at our place if you're
ever around.

Cheers,
Kyle""",
    ),
    mc(
        "t44",
        "2026-01-16 19:05",
        "Kyle Brennan <kbrennan.dev@gmail.com>",
        "Re: Thanksgiving + news",
        N("en"),
        text="""Saw the LinkedIn post - congrats on Corvane, man! That's awesome. Denver HQ, right? If
you ever get sent up there for an offsite, let me know.

And congrats on the new apartment too. Send pics of the baby room when it's ready.

K""",
    ),
    m(
        "t45",
        "2025-10-08 18:00",
        "Beto Guzmán <beto.guzman.futbol@gmail.com>",
        "Cascarita jueves 9 pm",
        N(),
        text="""Raza, el jueves hay cascarita en las canchas de la Avila Camacho, 9 pm. Somos 8, faltan
2. Son $60 por cabeza para la cancha. Confirmen.

Beto""",
        to="Cascarita Jueves <oscar.iniguez.barajas@gmail.com>",
    ),
    # --- condo, accountant, insurance, webinar --------------------------------------------------
    m(
        "t46",
        "2025-10-01 08:00",
        "Administración Residencial Niños Héroes <admon.rnh@gmail.com>",
        "Cuota de mantenimiento octubre 2025",
        N(),
        text="""Estimados condóminos:

Les recordamos que la cuota de mantenimiento de octubre ($1,450) vence el día 10. Pueden
transferir a la cuenta de siempre y mandar su comprobante por este medio.

Se les informa que el elevador estará en mantenimiento el sábado 11 de 9 a 14 h.

Administración""",
        to="Condóminos RNH <admon.rnh@gmail.com>",
    ),
    m(
        "t47",
        "2025-11-20 20:30",
        "Administración Residencial Niños Héroes <admon.rnh@gmail.com>",
        "Convocatoria: Asamblea ordinaria de condóminos",
        N(),
        text="""Se convoca a la asamblea ordinaria de condóminos el martes 2 de diciembre a las 20:00 h
en el salón de usos múltiples. Orden del día: presupuesto 2026, impermeabilización y elección
de comité.

Administración""",
        to="Condóminos RNH <admon.rnh@gmail.com>",
        ics=ics(
            "asamblea-rnh-20251202@gmail.com",
            "2025-12-02 20:00",
            "Asamblea ordinaria de condóminos",
            ("Administración RNH", "admon.rnh@gmail.com"),
            minutes=120,
            location="Salón de usos múltiples",
        ),
    ),
    m(
        "t48",
        "2026-02-18 12:40",
        "C.P. Ramón Tostado <despacho.tostado@prodigy.net.mx>",
        "Declaración anual 2025 - documentos",
        N(),
        text="""Óscar, buen día.

Para preparar tu declaración anual 2025 necesito:

- Constancias de retenciones o CFDI de nómina de tu empleo anterior (enero-agosto) y de tu
  finiquito
- Facturas de gastos médicos y dentales (las del consultorio de Providencia cuentan)
- Intereses reales del crédito, si aplica
- Aportaciones voluntarias a la Afore

Como tuviste dos patrones en el año, es probable que estés obligado a presentarla. La fecha
límite es el 30 de abril, pero si me mandas todo en marzo la sacamos con calma.

Saludos,
C.P. Ramón Tostado
Despacho Contable Tostado y Asociados""",
    ),
    m(
        "t49",
        "2025-12-10 09:00",
        "GNP Seguros <avisos@gnp.com.mx>",
        "Renovación de tu seguro de auto - oferta especial",
        N(),
        text="""Estimado Óscar Iñiguez Barajas:

Tu póliza de auto 1209-55178-03 vence el 31 de diciembre. Renueva antes del 20 de diciembre y
obtén 10 % de descuento en tu prima anual.

Prima de renovación: $9,480 (antes $10,530)

Renueva en línea o con tu agente.

GNP Seguros""",
    ),
    m(
        "t50",
        "2026-02-02 11:00",
        "Tostado y Asociados <despacho.tostado@prodigy.net.mx>",
        "Webinar gratuito: Declaración anual 2025 para asalariados",
        N(),
        text="""Estimados clientes:

Los invitamos a nuestro webinar gratuito "Declaración anual 2025 para asalariados: deducciones
y saldo a favor", el miércoles 25 de febrero a las 19:00 h por Zoom. Adjuntamos la invitación
para su calendario.

Despacho Contable Tostado y Asociados""",
        ics=ics(
            "webinar-anual-2025-tostado@prodigy.net.mx",
            "2026-02-25 19:00",
            "Webinar: Declaración anual 2025 para asalariados",
            ("Tostado y Asociados", "despacho.tostado@prodigy.net.mx"),
            location="Zoom",
            style="outlook",
        ),
    ),
]

MAIL += [
    m(
        "t51",
        "2025-11-14 12:44",
        "Mariana Iñiguez <mariana.iniguez.enf@gmail.com>",
        "ME QUEDÉ CON LA PLAZA 😭😭",
        N(),
        text="""Ya salieron los resultados de la convocatoria y quedé en segundo lugar, ¡me dieron la
plaza de enfermera general en urgencias del Civil! Entro el 1 de diciembre, turno nocturno.

Mi mamá ya está llorando. Tú sigue echándole ganas que a ti también te va a salir algo bueno,
hermanito.

Mari""",
    ),
    m(
        "t52",
        "2025-12-03 13:20",
        "Chuy Ramírez <chuy.ramirez.dev@gmail.com>",
        "Posada de los ex-Nimbus 🎄",
        N(),
        text="""Raza, los que sobrevivimos (y los que no 😅) del equipo de Nimbus nos juntamos el viernes
12 en la Cervecería Chapultepec a partir de las 8. Ya somos 11. Cada quien lo suyo.

Óscar, llevas a Fer, ¿verdad? Queremos saber cómo va el bebé.

Chuy""",
        to="ex-Nimbus GDL <oscar.iniguez.barajas@gmail.com>",
    ),
    m(
        "t53",
        "2025-12-14 10:10",
        "Fernanda Lomelí <fer.lomeli.ruiz@gmail.com>",
        "fotos baby shower",
        N(),
        text="""Te paso el link de las fotos que tomó mi prima: https://photos.app.goo.gl/r8Tq2mZk4
Salimos bien bonitos en la del pastel. Hay que mandarle las gracias a tu tía Lupita por el
portabebé.""",
    ),
    m(
        "t54",
        "2025-10-24 10:00",
        "Habitta Inmobiliaria <novedades@habitta.example>",
        "Nuevas propiedades en renta que te pueden interesar",
        N(),
        html="""<html><body style="font-family:Arial">
<h3>Propiedades nuevas en Col. Americana y Providencia</h3>
<ul>
<li>Depto. 2 rec, Av. Vallarta 1855 · $16,900/mes</li>
<li>Depto. 1 rec + estudio, Calle Libertad · $14,500/mes</li>
<li>Casa 3 rec, Providencia · $28,000/mes</li>
</ul>
<p><a href="https://habitta.example/rentas">Agenda tu visita</a></p>
<p style="font-size:10px">Habitta Inmobiliaria · Para no recibir más correos, responde BAJA.</p>
</body></html>""",
    ),
    m(
        "t55",
        "2026-02-21 19:30",
        "Teresa Barajas <tere.barajas.r@hotmail.com>",
        "pregunta",
        N(),
        text="""Hijo, ¿ya le dijiste a tu jefe lo del bebé? Tu tía dice que en las empresas gringas dan
más días de paternidad. Pregúntale a la muchacha de recursos humanos, no te vayas a quedar sin
tus días.

Y no se les olvide que el 7 de marzo es la boda de Ale.

Mamá""",
    ),
    m(
        "t56",
        "2025-12-29 11:25",
        "Mudanzas Express Tapatía <cotizaciones@mudanzasexpress.example>",
        "Confirmación de servicio - 2 de enero 9:00 h",
        N(),
        text="""Estimado Óscar:

Recibimos su anticipo de $2,018.40. Su servicio de mudanza queda confirmado para el viernes 2
de enero a las 9:00 h. El jefe de cuadrilla, Sr. Martín, le llamará 30 minutos antes de llegar.

Mudanzas Express Tapatía""",
    ),
]

# ruff: noqa: E501
"""Corpus 72, the rest of a Mexico City inbox (data only): see heldout72.py."""

from __future__ import annotations

from functools import partial
from itertools import count
from typing import Any

from heldout import dated_spec


def tz_mx(day: str) -> str:
    return "-0600"


def tz_es(day: str) -> str:
    if day < "2025-10-26":
        return "+0200"
    return "+0100"


m = partial(dated_spec, tz_mx)
me = partial(dated_spec, tz_es)
_keys = count(90117, 11)


def k() -> str:
    return str(next(_keys))


def at(day_time: str) -> str:
    return f"{day_time}:00 {tz_mx(day_time[:10])}"


ES = ("not_job", "es")
EN = ("not_job", "en")
ME = "Valeria Ortega Ruiz <valeria.ortega.ruiz@gmail.com>"

MAIL: list[dict[str, Any]] = []

# --- Banca Meridia: estados de cuenta, ofertas, tarjeta pre-aprobada ------------------------
for day, month in [
    ("2025-09-06 06:10", "agosto"),
    ("2025-10-06 06:12", "septiembre"),
    ("2025-11-06 06:09", "octubre"),
    ("2025-12-06 06:15", "noviembre"),
    ("2026-01-06 06:11", "diciembre"),
    ("2026-02-06 06:08", "enero"),
]:
    MAIL.append(
        m(
            k(),
            day,
            "Banca Meridia <estadosdecuenta@meridia.com.mx>",
            f"Tu estado de cuenta de {month} está disponible",
            ES,
            html=f"""<html><body style="font-family:Arial"><p>Hola VALERIA ORTEGA RUIZ,</p>
<p>Tu estado de cuenta de <b>{month}</b> de tu Tarjeta de Crédito Meridia Oro terminación 4471 ya está disponible en la app y en banca en línea.</p>
<p>Recuerda pagar antes de tu fecha límite para evitar intereses.</p>
<p style="font-size:10px">Banca Meridia, S.A., Institución de Banca Múltiple. Nunca te pediremos tu NIP por correo.</p></body></html>""",
        )
    )
MAIL += [
    m(
        k(),
        "2025-09-18 12:30",
        "Banca Meridia <ofertas@meridia.com.mx>",
        "Valeria, tienes una tarjeta pre-aprobada 💳",
        ES,
        html="""<html><body><h2>¡Felicidades, Valeria!</h2><p>Tienes una <b>oferta pre-aprobada</b> para la Tarjeta Meridia Platino con límite de hasta $85,000. Sin anualidad el primer año.</p><p>Solicítala en 5 minutos desde la app. Sujeto a aprobación de crédito. CAT promedio 68.4 % sin IVA, informativo.</p></body></html>""",
    ),
    m(
        k(),
        "2025-10-23 12:30",
        "Banca Meridia <ofertas@meridia.com.mx>",
        "Oferta exclusiva: crédito personal con tasa preferencial",
        ES,
        html="""<html><body><p>Valeria, por ser cliente Meridia te ofrecemos un crédito personal de hasta $150,000 con tasa fija desde 19.9 %. Tu solicitud se aprueba en minutos.</p><p>Consulta términos, condiciones y CAT en meridia.com.mx.</p></body></html>""",
    ),
    m(
        k(),
        "2025-11-14 10:02",
        "Banca Meridia <notificaciones@meridia.com.mx>",
        "Recibimos tu solicitud de aumento de línea de crédito",
        ES,
        text="""Hola Valeria,

Recibimos tu solicitud de aumento de límite de crédito para tu tarjeta terminación 4471. Te daremos respuesta en un máximo de 3 días hábiles por este medio y en la app.

Folio: AUM-88120931

Banca Meridia""",
    ),
    m(
        k(),
        "2025-11-16 09:40",
        "Banca Meridia <notificaciones@meridia.com.mx>",
        "Tu solicitud fue aprobada ✅",
        ES,
        text="""Hola Valeria,

¡Buenas noticias! Tu solicitud de aumento de límite de crédito fue aprobada. Tu nuevo límite es de $62,000 y ya está disponible.

Banca Meridia""",
    ),
    m(
        k(),
        "2025-11-28 08:00",
        "Banca Meridia <ofertas@meridia.com.mx>",
        "Buen Fin: hasta 18 meses sin intereses",
        ES,
        html="""<html><body><p>Aprovecha hasta 18 MSI en tiendas participantes y 10 % de bonificación en electrónica pagando con tu Tarjeta Meridia. Vigencia: hasta agotar existencias.</p></body></html>""",
    ),
]

# --- Izzi / CFE / SAT -----------------------------------------------------------------------
for day, period, amount in [
    ("2025-09-12 07:00", "septiembre", "$689.00"),
    ("2025-10-12 07:00", "octubre", "$689.00"),
    ("2025-11-12 07:00", "noviembre", "$719.00"),
    ("2025-12-12 07:00", "diciembre", "$719.00"),
    ("2026-01-12 07:00", "enero", "$719.00"),
    ("2026-02-12 07:00", "febrero", "$749.00"),
]:
    MAIL.append(
        m(
            k(),
            day,
            "izzi <facturacion@izzi-facturas.mx>",
            f"Tu factura izzi de {period} ya está lista",
            ES,
            html=f"""<html><body><p>Hola Valeria, tu factura de {period} por <b>{amount}</b> ya está disponible. Paga a tiempo y conserva tu descuento por pronto pago.</p><p>Cuenta: 0319 4472 11</p></body></html>""",
        )
    )
MAIL += [
    m(
        k(),
        "2025-09-27 11:20",
        "CFE Contigo <avisos@cfe-contigo.mx>",
        "Aviso-recibo disponible - periodo JUL-SEP",
        ES,
        text="Estimado usuario, su aviso-recibo del periodo 18 JUL 25 - 18 SEP 25 por $312.00 ya está disponible. Fecha límite de pago: 08 OCT 25. Servicio 421 880 317 562.",
    ),
    m(
        k(),
        "2025-11-27 11:18",
        "CFE Contigo <avisos@cfe-contigo.mx>",
        "Aviso-recibo disponible - periodo SEP-NOV",
        ES,
        text="Estimado usuario, su aviso-recibo del periodo 18 SEP 25 - 18 NOV 25 por $287.00 ya está disponible. Fecha límite de pago: 08 DIC 25. Servicio 421 880 317 562.",
    ),
    m(
        k(),
        "2026-01-27 11:22",
        "CFE Contigo <avisos@cfe-contigo.mx>",
        "Aviso-recibo disponible - periodo NOV-ENE",
        ES,
        text="Estimado usuario, su aviso-recibo del periodo 18 NOV 25 - 18 ENE 26 por $341.00 ya está disponible. Fecha límite de pago: 07 FEB 26. Servicio 421 880 317 562.",
    ),
    m(
        k(),
        "2025-10-17 13:05",
        "SAT Buzón Tributario <notificaciones@sat.gob.mx>",
        "Tienes un mensaje de interés en tu Buzón Tributario",
        ES,
        text="""Estimado(a) contribuyente OERV900412XX3:

Se le informa que tiene un mensaje de interés en su Buzón Tributario. Para consultarlo ingrese a sat.gob.mx con su contraseña o e.firma.

Este correo es informativo, no es necesario responderlo.
Servicio de Administración Tributaria""",
    ),
    m(
        k(),
        "2025-12-29 10:00",
        "SAT <notificaciones@sat.gob.mx>",
        "Acuse de recibo: solicitud de renovación de e.firma",
        ES,
        text="""Contribuyente: VALERIA ORTEGA RUIZ
RFC: OERV900412XX3

Se recibió su solicitud de renovación del certificado de e.firma (SAT ID). Número de folio: SATID-2025-5531908. Recibirá la resolución en un plazo de 5 días hábiles.

Servicio de Administración Tributaria""",
    ),
    m(
        k(),
        "2026-01-03 18:40",
        "SAT <notificaciones@sat.gob.mx>",
        "Su solicitud de renovación fue aceptada",
        ES,
        text="Su solicitud SATID-2025-5531908 fue aceptada. Descargue su certificado desde el portal del SAT con el número de operación indicado.",
    ),
    m(
        k(),
        "2026-02-10 09:15",
        "Payvance Nómina MX <nomina@payvanceglobal.com>",
        "Tu recibo de nómina CFDI - 1a quincena de febrero",
        ("other_job", "Lumen Ledger", None, None, "other", "es"),
        text="""Hola Valeria,

Adjuntamos tu recibo de nómina (CFDI) correspondiente a la 1a quincena de febrero 2026, emitido por Payvance México, S. de R.L. de C.V. en nombre de Lumen Ledger.

Si tienes dudas escribe a nomina@payvanceglobal.com.""",
        attach=[
            ("CFDI_nomina_2026-02-1.txt", "text/plain", "UUID 7c1a-...\nReceptor: OERV900412XX3\n")
        ],
    ),
]

# --- Departamento: solicitud de renta en la Narvarte ----------------------------------------
MAIL += [
    m(
        k(),
        "2025-09-20 10:30",
        "Habitta <avisos@habitta.mx>",
        "Tu solicitud de visita fue enviada - Depto 2 rec. en Narvarte Poniente",
        ES,
        html="""<html><body><p>Hola Valeria, enviamos tu solicitud al anunciante del departamento en <b>Narvarte Poniente, Benito Juárez</b> ($17,500/mes, 2 recámaras, 1 estacionamiento).</p><p>El anunciante te contactará para agendar la visita.</p></body></html>""",
    ),
    m(
        k(),
        "2025-09-22 17:02",
        "Gabriela Tovar <gtovar.inmuebles@hotmail.com>",
        "Visita depto Luz Saviñón 1123",
        ES,
        text="""Hola Valeria, buena tarde. Le escribe Gabriela, asesora inmobiliaria. Puedo mostrarle el departamento el sábado 27 a las 11 am. Favor de traer identificación.

Saludos
Gabriela Tovar
Tovar Bienes Raíces""",
    ),
    m(
        k(),
        "2025-09-29 13:40",
        "Gabriela Tovar <gtovar.inmuebles@hotmail.com>",
        "Solicitud de arrendamiento - documentos",
        ES,
        text="""Hola Valeria, qué gusto que le haya gustado el depa. Para continuar con su solicitud de arrendamiento necesito:

- Solicitud de arrendamiento firmada (adjunta)
- INE y comprobante de domicilio
- Últimos 3 recibos de nómina o estados de cuenta
- Datos de su aval o póliza jurídica

El propietario pide depósito de un mes y la póliza la cubre el inquilino.

Saludos,
Gabriela""",
        attach=[
            (
                "Solicitud_arrendamiento.txt",
                "text/plain",
                "SOLICITUD DE ARRENDAMIENTO\nNombre del solicitante:\nOcupación:\nIngresos mensuales:\n",
            )
        ],
    ),
    m(
        k(),
        "2025-10-06 12:15",
        "Investigaciones Garantía Legal <investigacion@garantialegal.mx>",
        "Investigación de inquilino - Folio 44821",
        ES,
        text="""Estimada Valeria Ortega:

Recibimos su solicitud para la póliza jurídica del inmueble ubicado en Luz Saviñón 1123. Un analista le llamará para validar referencias personales y laborales. Tiempo estimado: 48 horas.

Garantía Legal""",
    ),
    m(
        k(),
        "2025-10-09 16:44",
        "Gabriela Tovar <gtovar.inmuebles@hotmail.com>",
        "Re: Solicitud de arrendamiento - aprobada",
        ES,
        text="""Valeria, ¡felicidades! La investigación salió aprobada y el propietario aceptó. Firmamos contrato el martes 14 a las 6 pm en el depa. Le mando el borrador.

Gabriela""",
    ),
    m(
        k(),
        "2025-10-10 09:00",
        "Gabriela Tovar <gtovar.inmuebles@hotmail.com>",
        "Invitación: Firma contrato Luz Saviñón 1123 @ mar 14 oct 2025 6pm - 7pm (CST)",
        ES,
        text="Firma de contrato de arrendamiento. Luz Saviñón 1123, depto 302, Narvarte Pte.",
        ics={
            "start": at("2025-10-14 18:00"),
            "minutes": 60,
            "organizer": ("Gabriela Tovar", "gtovar.inmuebles@hotmail.com"),
            "uid": "8rqv3n0d2k7lm5ex9t1a@google.com",
            "summary": "Firma contrato Luz Saviñón 1123",
            "location": "Luz Saviñón 1123, depto 302, Narvarte Pte., CDMX",
        },
    ),
    m(
        k(),
        "2025-11-01 09:00",
        "Administración Luz Saviñón 1123 <admon.luzsavinon@gmail.com>",
        "Cuota de mantenimiento noviembre",
        ES,
        text="Buenos días vecinos, les recordamos que la cuota de mantenimiento de noviembre ($950) se paga antes del día 10. Favor de enviar comprobante por este medio. Administración.",
    ),
    m(
        k(),
        "2025-12-02 09:00",
        "Administración Luz Saviñón 1123 <admon.luzsavinon@gmail.com>",
        "Corte de agua programado jueves 4",
        ES,
        text="Vecinos: SACMEX avisa corte de agua el jueves 4 de diciembre de 9 a 18 h por reparación. Llenen cubetas. Gracias. Administración.",
    ),
]

# --- Metrobús, Uber, Rappi, Mercado, entregas -----------------------------------------------
for day, subj, body in [
    (
        "2025-09-15 05:40",
        "Aviso: Línea 1 con servicio parcial por desfile",
        "Por el desfile del 16 de septiembre, la Línea 1 dará servicio de Indios Verdes a Buenavista y de Hamburgo a El Caminero. Toma tus precauciones.",
    ),
    (
        "2025-10-02 06:00",
        "Cierre de estaciones por marcha conmemorativa",
        "Hoy algunas estaciones de las Líneas 1, 2, 3 y 4 pueden cerrar temporalmente. Consulta la app para rutas alternas.",
    ),
    (
        "2025-11-20 05:30",
        "Horario especial 20 de noviembre",
        "Con motivo del desfile de la Revolución, Metrobús opera con horario especial y desvíos en el Centro Histórico.",
    ),
    (
        "2026-01-19 07:00",
        "Recarga tu tarjeta MI desde la app",
        "Ya puedes consultar tu saldo y recargar tu Tarjeta de Movilidad Integrada desde la app CDMX. ¡Evita filas!",
    ),
]:
    MAIL.append(m(k(), day, "Metrobús CDMX <boletin@metrobus.cdmx.gob.mx>", subj, ES, text=body))

for day, amt, trip in [
    ("2025-09-14 23:41", "$142.60", "Roma Norte → Narvarte"),
    ("2025-10-25 01:12", "$188.90", "Condesa → Narvarte Poniente"),
    ("2025-11-06 09:58", "$97.40", "Narvarte Poniente → Polanco"),
    ("2025-12-20 22:05", "$231.15", "Coyoacán → Narvarte Poniente"),
    ("2026-01-31 14:30", "$315.00", "Narvarte Poniente → Aeropuerto T1"),
]:
    MAIL.append(
        m(
            k(),
            day,
            "Uber Receipts <noreply@uber.com>",
            "Tu viaje del " + day[:10] + " con Uber",
            ES,
            html=f"""<html><body><h2>Gracias por viajar, Valeria</h2><p>Total <b>{amt}</b></p><p>{trip}</p><p>Pagado con Visa ••4471</p></body></html>""",
        )
    )

for day, subj, body in [
    (
        "2025-09-10 13:00",
        "🍣 2x1 en sushi solo hoy",
        "Valeria, pide tu sushi favorito con 2x1 en restaurantes seleccionados. Válido hoy hasta las 23:59.",
    ),
    (
        "2025-10-03 12:00",
        "Tu oferta de envío gratis te espera",
        "Tienes envío gratis en tu próximo pedido de supermercado mayor a $399. ¡No la dejes ir!",
    ),
    (
        "2025-10-31 17:00",
        "Halloween: 30% en postres 🎃",
        "Dulce o truco: 30% de descuento en postres y pan de muerto en tiendas participantes.",
    ),
    (
        "2025-11-14 10:00",
        "El Buen Fin llegó a Rappi",
        "Ofertas de hasta 50% en restaurantes, farmacia y súper. Activa tus cupones en la app.",
    ),
    (
        "2025-12-12 11:00",
        "Tu pedido está en camino 🛵",
        "Tu pedido de Panadería Rosetta va en camino con Jorge. Tiempo estimado: 18 min.",
    ),
    (
        "2026-01-09 13:30",
        "Oferta de bienvenida de Rappi Pro",
        "Prueba Rappi Pro 30 días gratis: envíos ilimitados sin costo y descuentos exclusivos.",
    ),
    (
        "2026-02-13 12:00",
        "San Valentín: flores con envío gratis 💐",
        "Sorprende a quien más quieres. Ramos desde $349 con envío gratis hasta el 14 de febrero.",
    ),
]:
    MAIL.append(
        m(
            k(),
            day,
            "Rappi <noreply@mail.rappi.com>",
            subj,
            ES,
            html=f"<html><body><p>{body}</p></body></html>",
        )
    )

for day, subj in [
    ("2025-09-26 09:12", "Tu compra está en camino: Soporte para laptop ajustable"),
    ("2025-10-18 18:30", "Entregamos tu paquete: Organizador de cocina"),
    ("2025-11-17 08:45", "Tu compra llega mañana: Audífonos inalámbricos"),
    ("2025-12-08 19:02", "¡Gracias por tu compra! Cafetera de goteo"),
    ("2026-01-15 10:10", "Califica tu compra: Cafetera de goteo"),
]:
    MAIL.append(
        m(
            k(),
            day,
            "Mercado Libre <info@mercadolibre.com.mx>",
            subj,
            ES,
            html=f"<html><body><p>Hola Valeria</p><p>{subj}.</p><p>Sigue tu envío desde Mis compras.</p></body></html>",
        )
    )

for day in [
    "2025-09-21 04:00",
    "2025-10-21 04:00",
    "2025-11-21 04:00",
    "2025-12-21 04:00",
    "2026-01-21 04:00",
]:
    MAIL.append(
        m(
            k(),
            day,
            "Spotify <no-reply@spotify.com>",
            "Tu recibo de Spotify",
            ES,
            html="<html><body><p>Gracias por tu pago. Premium Individual: $129.00 MXN. Próximo cobro en un mes.</p></body></html>",
        )
    )

# --- Newsletters: look-alikes with "entrevista", "contratación" -----------------------------
for day, subj, body in [
    (
        "2025-09-08 07:30",
        "La Brújula CS #112 · Entrevista con la VP de Customer Success de un unicornio mexicano",
        "Esta semana: una entrevista sobre cómo escalar equipos de CS de 5 a 60 personas, tres plantillas de QBR y por qué el NPS no basta.",
    ),
    (
        "2025-09-29 07:30",
        "La Brújula CS #115 · Cómo entrevistar a clientes que se van",
        "Guía para entrevistas de salida con clientes (churn interviews): preguntas, errores comunes y cómo documentarlas.",
    ),
    (
        "2025-10-20 07:30",
        "La Brújula CS #118 · Salarios de CS en LATAM 2025",
        "Resultados de nuestra encuesta: cuánto ganan los CSMs en México, Colombia y Argentina, y qué empresas están contratando.",
    ),
    (
        "2025-11-10 07:30",
        "La Brújula CS #121 · Ofertas de trabajo que no lo son",
        "Cómo detectar vacantes fantasma y qué preguntar en la primera entrevista. Además: el playbook de renovaciones de una fintech.",
    ),
    (
        "2025-12-01 07:30",
        "La Brújula CS #124 · Entrevista: de soporte a Head of CS",
        "Conversamos con una líder de CS sobre su carrera. También: 5 métricas para tu plan 2026.",
    ),
    (
        "2026-01-12 07:30",
        "La Brújula CS #127 · Tendencias 2026",
        "IA en el onboarding, consolidación de herramientas y el regreso de las renovaciones multianuales.",
    ),
    (
        "2026-02-09 07:30",
        "La Brújula CS #131 · Cómo negociar una oferta en dólares",
        "Lo que hay que saber de EOR, contratistas y prestaciones si trabajas remoto para EE.UU. desde México.",
    ),
]:
    MAIL.append(
        m(
            k(),
            day,
            "La Brújula CS <hola@labrujulacs.substack.com>",
            subj,
            ES,
            html=f"<html><body><h2>{subj}</h2><p>{body}</p><p>Gracias por leer La Brújula CS. <a href='https://labrujulacs.substack.com/unsubscribe'>Darse de baja</a></p></body></html>",
        )
    )

for day, subj in [
    ("2025-09-13 08:00", "Pulso CDMX: lo que pasa este fin de semana"),
    ("2025-10-11 08:00", "Pulso CDMX: Día de Muertos, la guía"),
    ("2025-11-08 08:00", "Pulso CDMX: entrevista con la chef de moda en la Juárez"),
    ("2025-12-13 08:00", "Pulso CDMX: posadas, romerías y dónde comprar piñatas"),
    ("2026-01-10 08:00", "Pulso CDMX: roscas de Reyes, el ranking"),
    ("2026-02-07 08:00", "Pulso CDMX: planes para San Valentín"),
]:
    MAIL.append(
        m(
            k(),
            day,
            "Pulso CDMX <boletin@pulsocdmx.com>",
            subj,
            ES,
            html=f"<html><body><h1>{subj}</h1><p>Las recomendaciones de la semana: exposiciones, conciertos, restaurantes y el clima.</p></body></html>",
        )
    )

for day, subj, body in [
    (
        "2025-09-24 10:00",
        "Hiring in LATAM: what US startups get wrong",
        "This week on Remote Talent Weekly: an interview with a head of people on hiring in Mexico through employers of record, plus salary benchmarks.",
    ),
    (
        "2025-11-05 10:00",
        "The offer stage is where great candidates drop out",
        "Why candidates decline offers and how recruiting teams can move faster. Sponsored by a scheduling tool.",
    ),
    (
        "2026-01-28 10:00",
        "Remote Talent Weekly: 2026 hiring outlook",
        "Recruiters expect modest growth in customer-facing roles. Plus: contractor vs EOR compliance in Mexico.",
    ),
]:
    MAIL.append(
        m(
            k(),
            day,
            "Remote Talent Weekly <newsletter@remotetalentweekly.com>",
            subj,
            EN,
            html=f"<html><body><h2>{subj}</h2><p>{body}</p><p><a href='#'>Unsubscribe</a></p></body></html>",
        )
    )

# --- LinkedIn social -------------------------------------------------------------------------
for day, subj in [
    ("2025-09-11 19:00", "Felicita a Andrea Villalobos por su nuevo puesto"),
    ("2025-09-25 19:00", "Valeria, apareciste en 14 búsquedas esta semana"),
    ("2025-10-15 19:00", "Mauricio Lara comentó tu publicación"),
    ("2025-11-02 19:00", "Felicita a Diego Santillán por su aniversario laboral"),
    ("2025-12-03 19:00", "Tienes 3 nuevas solicitudes de contacto"),
    ("2026-01-14 19:00", "Felicita a Valeria Ortega Ruiz… ¡tu red quiere celebrarte!"),
    ("2026-01-20 19:00", "Tu publicación sobre tu nuevo puesto tiene 148 reacciones"),
]:
    MAIL.append(
        m(
            k(),
            day,
            "LinkedIn <notifications-noreply@linkedin.com>",
            subj,
            ES,
            html=f"<html><body><p>{subj}</p><p><a href='https://www.linkedin.com/feed/'>Ver en LinkedIn</a></p></body></html>",
        )
    )

# --- Friends, family, life --------------------------------------------------------------------
MAIL += [
    m(
        k(),
        "2025-09-04 21:30",
        "Fernanda Ortega <fer.ortega.r@gmail.com>",
        "Cumple de mamá",
        ES,
        text="""Vale! Ya reservé en el restaurante de Coyoacán para el domingo 14 a las 2. ¿Le compramos la bolsa entre las dos? Yo pongo la mitad.

Besos, Fer""",
    ),
    m(
        k(),
        "2025-09-05 08:15",
        ME,
        "Re: Cumple de mamá",
        ES,
        text="""Sí! Va la bolsa. Te transfiero hoy.

> Vale! Ya reservé en el restaurante de Coyoacán...""",
        to="Fernanda Ortega <fer.ortega.r@gmail.com>",
    ),
    m(
        k(),
        "2025-09-17 22:48",
        "Andrea Villalobos <andrea.villalobos@gmail.com>",
        "nuevo trabajo!!",
        ES,
        text="""Amiga!!! Ya firmé, entro el 1 de octubre como Product Manager en la aseguradora. Las entrevistas fueron eternas (5 rondas!!) pero valió la pena. Tú cómo vas con tus procesos? Si quieres te paso contacto de la de RH, están contratando para el área de servicio.

Te quiero, A.""",
    ),
    m(
        k(),
        "2025-09-18 09:20",
        ME,
        "Re: nuevo trabajo!!",
        ES,
        text="""¡Felicidades Andy!! Te lo mereces. Yo voy con varios procesos, te cuento el viernes en las chelas. Sí pásame el contacto porfa 🙏

> Amiga!!! Ya firmé, entro el 1 de octubre...""",
        to="Andrea Villalobos <andrea.villalobos@gmail.com>",
    ),
    m(
        k(),
        "2025-10-04 11:00",
        "Pablo Hinojosa <pablo.hinojosa@outlook.com>",
        "Chamba en Madrid - consejos",
        ES,
        text="""Hola Vale, me dijo Fer que estás viendo chamba en Madrid. Yo llevo dos años aquí; te cuento lo que me hubiera gustado saber:

1. Casi todas las empresas piden permiso de trabajo; pregunta al principio si patrocinan.
2. Los sueldos de CS andan entre 35 y 50 mil euros brutos al año.
3. InfoJobs es muy usado pero LinkedIn es mejor para tech.

Si vienes, aquí tienes sofá. Abrazo,
Pablo""",
    ),
    me(
        k(),
        "2025-10-05 18:30",
        "Pablo Hinojosa <pablo.hinojosa@outlook.com>",
        "Re: Chamba en Madrid - consejos",
        ES,
        text="""Por cierto, en mi empresa acaban de congelar todas las contrataciones hasta enero, así que por ahí no te puedo ayudar de momento. Pero sigo atento.

P.""",
    ),
    m(
        k(),
        "2025-10-19 20:10",
        "Mauricio Lara <mau.lara.cs@gmail.com>",
        "Te recomiendo para lo de mi chamba?",
        ES,
        text="""Hola Vale! En mi empresa abrieron una vacante de CSM Jr. No es tu nivel, pero por si conoces a alguien. Yo sigo feliz aquí aunque ando con muchísimas cuentas por la salida de un compañero.

¿Comida la otra semana?
Mau""",
    ),
    m(
        k(),
        "2025-10-29 16:02",
        "Mamá <lupita.ruiz.h@yahoo.com.mx>",
        "ofrenda",
        ES,
        text="Hija, ¿vienes el sábado a poner la ofrenda? Trae las fotos del abuelo. Compré cempasúchil en Xochimilco. Te quiero. Mamá",
    ),
    m(
        k(),
        "2025-11-08 12:00",
        "Fernanda Ortega <fer.ortega.r@gmail.com>",
        "Fwd: Boletos Zoé",
        ES,
        text="""Ya salieron los boletos para el concierto de marzo en el Palacio. Compramos?

---------- Forwarded message ---------
De: Boletera Nacional <boletos@boleteranacional.mx>
Asunto: Tu lugar en la fila virtual
Estás en la posición 18,221 de la fila virtual.""",
    ),
    m(
        k(),
        "2025-11-15 21:45",
        "Andrea Villalobos <andrea.villalobos@gmail.com>",
        "Re: cómo vas?",
        ES,
        text="""Ay Vale, no sabes. Mi jefa me dijo hoy que a lo mejor me dan un equipo en enero. Y tú? Supe por Mau que te ofrecieron algo en una fintech, ¡cuéntame todo!

A.""",
    ),
    m(
        k(),
        "2025-11-22 10:30",
        "Diego Santillán <dsantillan@gmail.com>",
        "Boda Diego & Mariel - 7 de febrero 💍",
        ES,
        html="""<html><body style="text-align:center"><h1>Diego & Mariel</h1><p>Tenemos el gusto de invitarte a nuestra boda el sábado 7 de febrero de 2026 en la Hacienda San Gabriel, Tepoztlán.</p><p>Confirma tu asistencia antes del 15 de diciembre.</p></body></html>""",
    ),
    m(
        k(),
        "2025-12-16 22:10",
        ME,
        "ya tengo trabajo!!!",
        ES,
        text="""Fer, mamá: ¡firmé! Entro el 12 de enero como CSM para LATAM en una empresa de EE.UU., remoto. Les cuento el domingo con calma. Gracias por aguantarme estos meses 💛

V.""",
        to="Fernanda Ortega <fer.ortega.r@gmail.com>, Mamá <lupita.ruiz.h@yahoo.com.mx>",
    ),
    m(
        k(),
        "2025-12-16 22:40",
        "Mamá <lupita.ruiz.h@yahoo.com.mx>",
        "Re: ya tengo trabajo!!!",
        ES,
        text="Ay mi niña qué felicidad!!! Sabía que ibas a encontrar algo bueno. El domingo hago mole. Te quiero mucho.",
    ),
    m(
        k(),
        "2026-01-16 18:00",
        "Mauricio Lara <mau.lara.cs@gmail.com>",
        "Qué tal la primera semana?",
        ES,
        text="""Vale! ¿Qué tal la primera semana en la nueva chamba? Aquí la mía igual, ya me asignaron las cuentas de mi ex compañero, así que ando a mil. Te marco el finde.

Mau""",
    ),
    m(
        k(),
        "2026-02-01 11:10",
        "Diego Santillán <dsantillan@gmail.com>",
        "Logística boda: transporte desde CDMX",
        ES,
        text="Hola a todos! Habrá camión desde metro Taxqueña el sábado a las 10 am. Regreso a las 2 am. Respondan este correo si lo quieren usar. Abrazos, D & M",
    ),
    # --- health, gym, education, misc ---------------------------------------------------------
    m(
        k(),
        "2025-09-26 15:00",
        "Clínica Dental Sonríe <citas@sonriedental.mx>",
        "Confirmación de cita - limpieza dental",
        ES,
        text="Hola Valeria, tu cita para limpieza dental es el jueves 2 de octubre a las 8:00 am con la Dra. Ruiz. Sucursal Del Valle. Responde SÍ para confirmar.",
        ics={
            "start": at("2025-10-02 08:00"),
            "minutes": 45,
            "organizer": ("Clínica Dental Sonríe", "citas@sonriedental.mx"),
            "uid": "sonrie-88211@sonriedental.mx",
            "summary": "Limpieza dental - Dra. Ruiz",
            "location": "Sonríe Del Valle, Av. Coyoacán 1430",
        },
    ),
    m(
        k(),
        "2025-10-13 07:00",
        "Yoga Quinta Roo <hola@yogaquintaroo.mx>",
        "Tu paquete de 10 clases vence pronto",
        ES,
        text="Hola Valeria, te quedan 3 clases en tu paquete, con vigencia al 31 de octubre. ¡Te esperamos en el mat!",
    ),
    m(
        k(),
        "2025-11-03 12:00",
        "Yoga Quinta Roo <hola@yogaquintaroo.mx>",
        "Reserva confirmada: Vinyasa sábado 9:00",
        ES,
        text="Reservaste Vinyasa Flow con Ale, sábado 8 de noviembre 9:00. Cancela con 6 h de anticipación.",
        ics={
            "start": at("2025-11-08 09:00"),
            "minutes": 75,
            "organizer": ("Yoga Quinta Roo", "hola@yogaquintaroo.mx"),
            "uid": "yqr-res-5521@yogaquintaroo.mx",
            "summary": "Vinyasa Flow con Ale",
            "location": "Yoga Quinta Roo, Colonia Roma",
        },
    ),
    m(
        k(),
        "2025-09-30 09:00",
        "Instituto Cervantino de Idiomas <inscripciones@icidiomas.mx>",
        "Tu solicitud de inscripción - Inglés de negocios C1",
        ES,
        text="""Hola Valeria,

Recibimos tu solicitud de inscripción al curso Inglés de Negocios C1 (sabatino). Tu examen de colocación será el sábado 4 de octubre a las 10:00. Una vez aprobada la solicitud te enviaremos la ficha de pago.

Coordinación Académica""",
    ),
    m(
        k(),
        "2025-10-06 10:15",
        "Instituto Cervantino de Idiomas <inscripciones@icidiomas.mx>",
        "Resultado de colocación y ficha de pago",
        ES,
        text="Felicidades, tu solicitud fue aceptada. Nivel asignado: C1. Adjuntamos la ficha de pago de la colegiatura ($3,900). Inicio: 11 de octubre.",
    ),
    m(
        k(),
        "2025-10-08 11:00",
        "Podcast Éxito Cliente <produccion@exitocliente.fm>",
        "Invitación a entrevista para el podcast Éxito Cliente",
        ES,
        text="""Hola Valeria,

Producimos Éxito Cliente, un podcast sobre customer success en español. Nos encantaría entrevistarte en un episodio sobre onboarding para PyMEs (45 min, grabación remota). ¿Te interesaría? No hay pago, pero te damos difusión en nuestras redes.

Un saludo,
Lorena Paz, productora""",
    ),
    m(
        k(),
        "2025-10-15 12:00",
        "Lorena Paz <produccion@exitocliente.fm>",
        "Grabación: entrevista Éxito Cliente - Valeria Ortega",
        ES,
        text="Te comparto la invitación para la grabación del episodio. Usaremos Riverside; te llega el enlace un día antes.",
        ics={
            "start": at("2025-10-22 18:00"),
            "minutes": 60,
            "organizer": ("Lorena Paz", "produccion@exitocliente.fm"),
            "uid": "9lmx2e0r5w7qc3ta1hyp@google.com",
            "summary": "Grabación podcast Éxito Cliente - entrevista Valeria Ortega",
            "location": "Riverside.fm",
        },
    ),
    m(
        k(),
        "2025-11-25 10:00",
        "Podcast Éxito Cliente <produccion@exitocliente.fm>",
        "¡Ya salió tu episodio!",
        ES,
        text="Valeria, el episodio 58 con tu entrevista ya está publicado en todas las plataformas. ¡Gracias! Compártelo en LinkedIn y etiquétanos.",
    ),
    m(
        k(),
        "2025-10-27 09:00",
        "CS Latam Summit <eventos@cslatamsummit.com>",
        "Webinar: Cómo preparar tu QBR perfecto",
        ES,
        text="Gracias por registrarte al webinar del jueves 30 de octubre a las 12:00 (hora CDMX). Agrega la invitación a tu calendario.",
        ics={
            "start": at("2025-10-30 12:00"),
            "minutes": 60,
            "organizer": ("CS Latam Summit", "eventos@cslatamsummit.com"),
            "uid": "webinar-qbr-2025@cslatamsummit.com",
            "summary": "Webinar: Cómo preparar tu QBR perfecto",
            "location": "Zoom Webinar",
        },
    ),
    m(
        k(),
        "2026-01-23 09:00",
        "CS Latam Summit <eventos@cslatamsummit.com>",
        "Última llamada: oferta early bird CS Latam Summit 2026",
        ES,
        html="<html><body><p>Boletos early bird con 40% de descuento hasta el 31 de enero. Más de 30 speakers, talleres y networking en CDMX.</p></body></html>",
    ),
    m(
        k(),
        "2025-12-05 14:22",
        "VuelaYa Reservaciones <reservaciones@vuelaya.mx>",
        "Confirmación de reservación - MEX-MID",
        ES,
        text="Reservación FPX7QK. Valeria Ortega Ruiz. MEX-MID 20 dic 2025 08:15, MID-MEX 27 dic 2025 19:40. Tarifa Básica, 1 artículo personal.",
    ),
    m(
        k(),
        "2025-12-19 08:00",
        "VuelaYa <checkin@vuelaya.mx>",
        "Documenta tu vuelo a Mérida",
        ES,
        text="Ya puedes hacer check-in para tu vuelo del 20 de diciembre. Llega 2 horas antes.",
    ),
    m(
        k(),
        "2026-02-04 10:00",
        "Hacienda San Gabriel <reservas@haciendasangabriel.mx>",
        "Reservación confirmada - 7 feb",
        ES,
        text="Confirmamos su reservación de habitación doble para la noche del 7 de febrero, bloque de la boda Santillán-Mariel. Check-in 15:00.",
    ),
    m(
        k(),
        "2025-09-23 18:00",
        "Netflix <info@mailer.netflix.com>",
        "Nuevo en Netflix: series que no te puedes perder",
        ES,
        html="<html><body><p>Valeria, mira lo nuevo de esta semana: dramas, documentales y una serie de entrevistas con chefs.</p></body></html>",
    ),
    m(
        k(),
        "2025-12-26 18:00",
        "Netflix <info@mailer.netflix.com>",
        "Tu pago no se procesó",
        ES,
        html="<html><body><p>No pudimos procesar tu pago. Actualiza tu forma de pago para seguir viendo.</p></body></html>",
    ),
    m(
        k(),
        "2025-11-19 11:00",
        "Google <no-reply@accounts.google.com>",
        "Alerta de seguridad",
        ES,
        text="Se accedió a tu Cuenta de Google desde un nuevo dispositivo Mac. Si fuiste tú, no necesitas hacer nada.",
    ),
    m(
        k(),
        "2025-10-28 09:00",
        "Coursera <no-reply@coursera.org>",
        "Felicitaciones: completaste Customer Success Fundamentals",
        EN,
        html="<html><body><p>Congratulations, Valeria! You've completed Customer Success Fundamentals. Share your certificate on LinkedIn.</p></body></html>",
    ),
    m(
        k(),
        "2025-12-10 17:00",
        "Gainsight Community <community@gainsight.com>",
        "Pulse Americas: call for speakers closes Friday",
        EN,
        html="<html><body><p>Share your story at Pulse Americas 2026. We're looking for practitioners to interview on stage about renewals and digital CS.</p></body></html>",
    ),
    m(
        k(),
        "2026-01-08 08:00",
        "Wise <noreply@wise.com>",
        "Your account details for receiving USD are ready",
        EN,
        html="<html><body><p>Hi Valeria, you can now receive US dollars with your account details. Share them with anyone who needs to pay you.</p></body></html>",
    ),
    m(
        k(),
        "2025-11-30 09:30",
        "INFONAVIT <avisos@infonavit.org.mx>",
        "Consulta tu saldo de la Subcuenta de Vivienda",
        ES,
        text="Derechohabiente, consulta el saldo de tu Subcuenta de Vivienda y conoce cuánto te presta el Infonavit en Mi Cuenta Infonavit.",
    ),
    m(
        k(),
        "2026-02-16 09:30",
        "Afore Cimiento <estados@aforecimiento.mx>",
        "Tu estado de cuenta cuatrimestral",
        ES,
        text="Hola Valeria, ya está disponible tu estado de cuenta de AFORE del periodo septiembre-diciembre 2025.",
    ),
    m(
        k(),
        "2026-02-18 19:00",
        "Fernanda Ortega <fer.ortega.r@gmail.com>",
        "fotos de la boda",
        ES,
        text="Te paso el link del álbum de la boda de Diego. Sales guapísima en la de la pista jaja. https://photos.example/boda-dym",
    ),
    m(
        k(),
        "2026-02-20 12:00",
        "Andrea Villalobos <andrea.villalobos@gmail.com>",
        "entrevista para mi equipo",
        ES,
        text="""Vale, pregunta rápida: voy a entrevistar a candidatos para mi nuevo equipo (¡sí me lo dieron!) y no sé qué preguntar. ¿Me pasas las preguntas que te hicieron en tus entrevistas? Te invito un café.

A.""",
    ),
]

# --- SPEI, Telcel, farmacia, cine, más vida diaria ------------------------------------------
for day, amount, who in [
    ("2025-09-05 09:12", "$1,250.00", "FERNANDA ORTEGA RUIZ"),
    ("2025-10-14 19:20", "$17,500.00", "JOSE ARMANDO QUIROZ LEAL"),
    ("2025-11-10 08:55", "$950.00", "ADMINISTRACION LUZ SAVINON"),
    ("2025-11-14 19:05", "$17,500.00", "JOSE ARMANDO QUIROZ LEAL"),
    ("2025-12-15 19:40", "$17,500.00", "JOSE ARMANDO QUIROZ LEAL"),
    ("2026-01-14 20:02", "$17,500.00", "JOSE ARMANDO QUIROZ LEAL"),
    ("2026-02-14 18:31", "$17,500.00", "JOSE ARMANDO QUIROZ LEAL"),
]:
    MAIL.append(
        m(
            k(),
            day,
            "Banca Meridia <alertas@meridia.com.mx>",
            "Comprobante de transferencia SPEI",
            ES,
            text=f"""Transferencia SPEI enviada
Importe: {amount}
Beneficiario: {who}
Cuenta destino: ****8812
Clave de rastreo: MERI{day[:10].replace("-", "")}0{len(who)}77
Estatus: Liquidada""",
        )
    )

for day, month, amount in [
    ("2025-09-19 08:00", "septiembre", "$399.00"),
    ("2025-10-19 08:00", "octubre", "$399.00"),
    ("2025-11-19 08:00", "noviembre", "$399.00"),
    ("2025-12-19 08:00", "diciembre", "$399.00"),
    ("2026-01-19 08:00", "enero", "$449.00"),
    ("2026-02-19 08:00", "febrero", "$449.00"),
]:
    MAIL.append(
        m(
            k(),
            day,
            "Telcel <factura@telcel-avisos.mx>",
            f"Tu factura Telcel de {month}",
            ES,
            html=f"<html><body><p>Línea 55 4187 2290 · Plan Libre 6GB</p><p>Total a pagar: <b>{amount}</b>. Fecha límite: 5 días después de tu corte.</p></body></html>",
        )
    )

MAIL += [
    m(
        k(),
        "2025-09-09 20:15",
        "Farmacias Sol <ticket@farmaciassol.com.mx>",
        "Tu ticket electrónico",
        ES,
        html="<html><body><p>Gracias por tu compra en Farmacias Sol Eugenia. Total $287.50. Acumulaste 28 puntos Monedero Sol.</p></body></html>",
    ),
    m(
        k(),
        "2025-12-03 13:00",
        "Farmacias Sol <promos@farmaciassol.com.mx>",
        "Oferta: vacuna contra la influenza a domicilio",
        ES,
        html="<html><body><p>Protégete esta temporada: vacuna contra la influenza con 20% de descuento. Agenda en la app.</p></body></html>",
    ),
    m(
        k(),
        "2025-10-11 17:30",
        "CineLuna <boletos@cineluna.mx>",
        "Tus boletos para sábado 11 oct",
        ES,
        text="Sala 7, 19:40 h, asientos F8 y F9. Presenta este código QR en taquilla. CineLuna Universidad.",
    ),
    m(
        k(),
        "2026-01-24 17:00",
        "CineLuna <boletos@cineluna.mx>",
        "Tus boletos para sábado 24 ene",
        ES,
        text="Sala 3, 20:10 h, asiento H12. Presenta este código QR en taquilla. CineLuna Universidad.",
    ),
    m(
        k(),
        "2025-09-28 09:00",
        "Duolingo <hello@duolingo.com>",
        "¡No pierdas tu racha de 120 días!",
        ES,
        html="<html><body><p>Tu racha está en riesgo. Haz una lección de 3 minutos de francés hoy.</p></body></html>",
    ),
    m(
        k(),
        "2025-12-22 09:00",
        "Duolingo <hello@duolingo.com>",
        "Tu resumen del año en Duolingo",
        ES,
        html="<html><body><p>En 2025 completaste 412 lecciones y aprendiste 1,020 palabras. ¡Eres top 5%!</p></body></html>",
    ),
    m(
        k(),
        "2025-10-16 19:22",
        "Google Calendar <calendar-notification@google.com>",
        "Recordatorio: Cena con Mau - jue 16 oct 8:30pm",
        ES,
        text="Recordatorio de evento: Cena con Mau, jueves 16 de octubre 8:30pm, Contramar.",
    ),
    m(
        k(),
        "2025-10-21 19:45",
        "Pablo Hinojosa <pablo.hinojosa@outlook.com>",
        "lo de Kelsa",
        ES,
        text="Qué mala onda lo de Kelsa y el permiso de trabajo, Vale. Aquí pasa muchísimo. Igual si un día vienes a Madrid, avisa y te llevo por unas cañas.",
    ),
    m(
        k(),
        "2025-11-02 10:00",
        "Skyscanner <no-reply@skyscanner.net>",
        "Alerta de precio: Ciudad de México - Madrid bajó 12%",
        ES,
        html="<html><body><p>MEX → MAD desde $14,980 ida y vuelta en febrero. Los precios pueden cambiar.</p></body></html>",
    ),
    m(
        k(),
        "2025-12-09 10:00",
        "Skyscanner <no-reply@skyscanner.net>",
        "Alerta de precio: Ciudad de México - Madrid subió",
        ES,
        html="<html><body><p>MEX → MAD ahora desde $17,220 ida y vuelta en febrero.</p></body></html>",
    ),
    m(
        k(),
        "2025-09-21 11:00",
        "Tía Chela <chela.hdz54@hotmail.com>",
        "Oración del domingo",
        ES,
        text="Mijita, te comparto esta reflexión para la semana. Que Dios te ayude a encontrar ese trabajo que tanto buscas. Tu tía que te quiere.",
    ),
    m(
        k(),
        "2025-10-24 14:10",
        "Fernanda Ortega <fer.ortega.r@gmail.com>",
        "mi jefe otra vez",
        ES,
        text="Vale te juro que ya no aguanto. Hoy mi jefe me pidió el reporte para ayer OTRA VEZ. Estoy pensando en buscar otra chamba yo también, ¿me ayudas con mi CV el finde? Te invito unos tacos.",
    ),
    m(
        k(),
        "2025-10-25 09:30",
        ME,
        "Re: mi jefe otra vez",
        ES,
        text="""Claro, mándamelo y le damos una revisada el domingo. Y cuando te postules guarda todo en una hoja, ya ves que yo ando perdida con tantos procesos 😅

> Vale te juro que ya no aguanto...""",
        to="Fernanda Ortega <fer.ortega.r@gmail.com>",
    ),
    m(
        k(),
        "2026-02-11 20:00",
        "Fernanda Ortega <fer.ortega.r@gmail.com>",
        "me dieron el puesto!!",
        ES,
        text="VALEEEE me hablaron de la agencia de viajes y me ofrecieron el puesto de coordinadora!!! Empiezo en marzo. Gracias por la ayuda con el CV 🥹",
    ),
    m(
        k(),
        "2025-11-12 18:00",
        "FitZona Narvarte <narvarte@fitzona.mx>",
        "Bienvenida a tu gimnasio",
        ES,
        html="<html><body><p>¡Bienvenida, Valeria! Tu membresía Plan Black quedó activa. Descarga la app para reservar clases.</p></body></html>",
    ),
    m(
        k(),
        "2026-01-02 07:00",
        "FitZona Narvarte <narvarte@fitzona.mx>",
        "Propósito 2026: oferta de 3 meses",
        ES,
        html="<html><body><p>Invita a un amigo y ambos obtienen un mes gratis. Oferta válida en enero.</p></body></html>",
    ),
    m(
        k(),
        "2025-09-25 10:00",
        "Notion <team@makenotion.com>",
        "What's new in Notion this month",
        EN,
        html="<html><body><p>Meet the new databases, forms and a template for tracking your job search.</p></body></html>",
    ),
    m(
        k(),
        "2025-12-30 08:30",
        "Banca Meridia <seguridad@meridia.com.mx>",
        "Compra en el extranjero con tu tarjeta",
        ES,
        text="Se realizó una compra por USD 18.99 en DIGITAL SERVICES con tu tarjeta terminación 4471. Si no la reconoces, llama al 55 5140 0000.",
    ),
    m(
        k(),
        "2026-02-25 12:00",
        "Banca Meridia <ofertas@meridia.com.mx>",
        "Valeria, tu crédito de nómina está pre-aprobado",
        ES,
        html="<html><body><p>Por recibir tu nómina en Meridia, tienes un crédito pre-aprobado de hasta $200,000. Solicítalo sin papeleo.</p></body></html>",
    ),
]

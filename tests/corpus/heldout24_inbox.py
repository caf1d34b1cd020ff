# ruff: noqa: E501
"""Mail of the twenty-fourth corpus that is not about jobs: an ordinary Mexican inbox with
look-alikes on purpose (Spanish and English). A tuning corpus."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

MX, ET, PT = "-0600", "-0400", "-0700"
ES, EN = ("not_job", "es"), ("not_job", "en")

MAIL: list[dict[str, Any]] = [
    # look-alikes: rental, credit, loan, visa, posgrado "solicitudes"
    m(
        "24201",
        "2025-02-08 12:30",
        "Inmuebles Condesa <contacto@inmueblescondesa.mx>",
        "Solicitud de arrendamiento recibida - Depto. Ámsterdam 212",
        ES,
        text="""Hola Daniela,

Recibimos tu solicitud de arrendamiento para el departamento de Ámsterdam 212, int. 5. Para continuar necesitamos:

- Identificación oficial
- Comprobantes de ingresos de los últimos 3 meses (3 veces la renta)
- Aval con inmueble en CDMX o póliza jurídica

El estudio de la póliza tarda de 24 a 48 horas. Te avisamos en cuanto tengamos respuesta del propietario.

Saludos,
Fernanda · Inmuebles Condesa
""",
        tz=MX,
    ),
    m(
        "24202",
        "2025-02-12 17:10",
        "Inmuebles Condesa <contacto@inmueblescondesa.mx>",
        "Re: Solicitud de arrendamiento recibida - Depto. Ámsterdam 212",
        ES,
        text="""Daniela, ¡el propietario aprobó tu solicitud! 🎉 La firma del contrato sería el sábado 15 a las 11:00 en el departamento. Lleva el depósito y el primer mes.

Fernanda
""",
        headers=reply("24201", "contacto@inmueblescondesa.mx"),
        tz=MX,
    ),
    m(
        "24203",
        "2025-02-13 10:20",
        "Inmuebles Condesa <contacto@inmueblescondesa.mx>",
        "Invitación: Firma de contrato Ámsterdam 212",
        ES,
        text="""Te comparto la cita para la firma del contrato de arrendamiento.""",
        ics={
            "uid": "firma-amsterdam212@inmueblescondesa.mx",
            "start": "2025-02-15 11:00:00 -0600",
            "minutes": 90,
            "organizer": ("Fernanda Ruiz", "contacto@inmueblescondesa.mx"),
            "summary": "Firma de contrato - Ámsterdam 212 int. 5",
            "location": "Ámsterdam 212, Hipódromo Condesa",
        },
        tz=MX,
    ),
    m(
        "24204",
        "2025-03-01 09:00",
        "Banco Azteca Plata <notificaciones@bancoplata.com.mx>",
        "Tu solicitud de tarjeta de crédito está en revisión",
        ES,
        text="""Hola DANIELA,

Recibimos tu solicitud de la Tarjeta Plata Oro. En un plazo de 5 días hábiles te daremos una respuesta. Número de folio: TC-88120934.

Recuerda: Banco Plata nunca te pedirá tu NIP por correo o teléfono.
""",
        tz=MX,
    ),
    m(
        "24205",
        "2025-03-06 09:00",
        "Banco Azteca Plata <notificaciones@bancoplata.com.mx>",
        "¡Felicidades! Tu tarjeta fue aprobada",
        ES,
        text="""DANIELA, tu solicitud de la Tarjeta Plata Oro fue aprobada con una línea de crédito de $38,000. Recibirás tu plástico en 7 a 10 días hábiles en tu domicilio.
""",
        tz=MX,
    ),
    m(
        "24206",
        "2025-04-11 13:00",
        "Financiera Progresa <creditos@progresa.mx>",
        "Seguimiento a tu solicitud de crédito automotriz",
        ES,
        text="""Estimada Daniela Ríos:

Su solicitud de crédito automotriz (folio CA-55120) requiere documentación adicional: estado de cuenta bancario reciente y constancia laboral. Puede cargarla en su portal de clientes.

Atentamente,
Área de Originación
""",
        tz=MX,
    ),
    m(
        "24207",
        "2025-05-15 08:45",
        "U.S. Embassy Mexico Visa Appointments <no-reply@usvisascheduling.com>",
        "Appointment Confirmation",
        EN,
        text="""Applicant: RIOS CARDENAS, DANIELA
Visa class: B1/B2
Consular appointment: Monterrey, 17 July 2025, 08:15
CAS appointment: Monterrey ASC, 16 July 2025, 10:30

Please bring your appointment confirmation, DS-160 confirmation page and valid passport.
""",
        tz=MX,
    ),
    m(
        "24208",
        "2025-03-20 12:00",
        "Posgrado Ingeniería UNIVERSITARIA <posgrado@ingenieria.uniestatal.edu.mx>",
        "Solicitud de admisión - Maestría en Logística 2025-2",
        ES,
        text="""Estimada aspirante:

Confirmamos la recepción de su solicitud de admisión a la Maestría en Ingeniería Logística, generación 2025-2. La entrevista con el comité académico se llevará a cabo el 23 de abril a las 17:00 h en modalidad virtual. El examen de admisión (EXANI-III) es el 10 de mayo.

Coordinación de Posgrado
""",
        tz=MX,
    ),
    m(
        "24209",
        "2025-06-06 18:00",
        "Posgrado Ingeniería UNIVERSITARIA <posgrado@ingenieria.uniestatal.edu.mx>",
        "Resultados del proceso de admisión",
        ES,
        text="""Estimada Daniela Ríos Cárdenas:

Nos complace informarle que ha sido ACEPTADA en la Maestría en Ingeniería Logística. La inscripción se realiza del 14 al 25 de julio.

¡Bienvenida!
Coordinación de Posgrado
""",
        tz=MX,
    ),
    # marketing "ofertas", podcast "entrevista", webinars, doctor
    m(
        "24210",
        "2025-02-14 08:00",
        "Liverpool <ofertas@liverpool-promos.com.mx>",
        "🎁 Ofertas de San Valentín: hasta 40 % de descuento",
        ES,
        html="""<html><body><h1>Ofertas que enamoran</h1><p>Hasta 40 % en perfumería y 18 MSI con tarjetas participantes. Solo hoy.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24211",
        "2025-05-29 08:00",
        "Aeroméxico Promos <promociones@aeromexico-news.com>",
        "Oferta exclusiva para ti: vuela a Bogotá desde $3,499",
        ES,
        html="""<html><body><p>Daniela, tenemos una oferta que no puedes rechazar. Reserva antes del domingo.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24212",
        "2025-03-25 11:00",
        "Andrés Peña <andres@podcastcadena.fm>",
        "Invitación a entrevista para el podcast Cadena de Valor",
        ES,
        text="""Hola Daniela,

Soy Andrés, conductor de Cadena de Valor, un podcast sobre logística en México. Leímos tu post sobre nearshoring en LinkedIn y nos encantaría entrevistarte para un episodio. Grabamos por Zoom, dura unos 40 minutos.

¿Te interesa? Tenemos espacio el 8 o el 10 de abril.

Andrés Peña
Cadena de Valor Podcast
""",
        tz=MX,
    ),
    m(
        "24213",
        "2025-03-27 10:00",
        "Andrés Peña <andres@podcastcadena.fm>",
        "Invitación: Grabación Cadena de Valor - Daniela Ríos",
        ES,
        text="""¡Gracias por aceptar! Aquí va la invitación para la grabación. Te mando las preguntas unos días antes.""",
        ics={
            "uid": "cdv-ep48@podcastcadena.fm",
            "start": "2025-04-10 18:00:00 -0600",
            "minutes": 60,
            "organizer": ("Andrés Peña", "andres@podcastcadena.fm"),
            "summary": "Entrevista podcast Cadena de Valor - Ep. 48",
            "description": "Zoom: https://zoom.us/j/8812203941",
        },
        tz=MX,
    ),
    m(
        "24214",
        "2025-04-01 12:00",
        "Logística Hoy <eventos@logisticahoy.mx>",
        "Webinar: Cómo contratar y retener talento en tu CEDIS",
        ES,
        text="""Te esperamos el jueves 10 de abril a las 10:00 h en nuestro webinar gratuito con directores de Recursos Humanos de tres operadores logísticos. Hablaremos de reclutamiento, rotación y entrevistas por competencias.

Tu lugar está confirmado.""",
        ics={
            "uid": "webinar-talento-cedis@logisticahoy.mx",
            "start": "2025-04-10 10:00:00 -0600",
            "minutes": 60,
            "organizer": ("Logística Hoy", "eventos@logisticahoy.mx"),
            "summary": "Webinar: Talento en tu CEDIS",
            "description": "https://logisticahoy.mx/webinar/talento",
        },
        tz=MX,
    ),
    m(
        "24215",
        "2025-03-04 16:00",
        "Clínica Dental Sonríe <citas@dentalsonrie.mx>",
        "Confirmación de cita - Limpieza dental",
        ES,
        text="""Hola Daniela, su cita de limpieza con la Dra. Ocampo quedó agendada. Si no puede asistir, avise con 24 horas de anticipación.""",
        ics={
            "uid": "cita-7781@dentalsonrie.mx",
            "start": "2025-03-08 10:30:00 -0600",
            "minutes": 45,
            "organizer": ("Clínica Dental Sonríe", "citas@dentalsonrie.mx"),
            "summary": "Cita: Limpieza dental - Dra. Ocampo",
            "location": "Av. Universidad 1330, consultorio 204",
        },
        tz=MX,
    ),
    m(
        "24216",
        "2025-06-23 09:00",
        "Médica Sur Citas <citas@medicaportal.mx>",
        "Recordatorio: consulta con dermatología",
        ES,
        text="""Recordatorio de su consulta el viernes 27 de junio a las 16:20 con el Dr. Pineda (Dermatología), Torre 2, piso 5. Favor de llegar 15 minutos antes.""",
        ics={
            "uid": "cons-22019@medicaportal.mx",
            "start": "2025-06-27 16:20:00 -0600",
            "minutes": 30,
            "organizer": ("Citas Médicas", "citas@medicaportal.mx"),
            "summary": "Consulta Dermatología - Dr. Pineda",
            "style": "outlook",
        },
        tz=MX,
    ),
    # LinkedIn social notifications
    m(
        "24217",
        "2025-02-20 19:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Felicita a Jimena Sandoval por su nuevo empleo",
        ES,
        html="""<html><body><p>Jimena Sandoval empezó un nuevo puesto como Gerente de Compras en Grupo Bimbo.</p><p><a href="https://www.linkedin.com/feed/">Felicitar</a></p></body></html>""",
        tz=MX,
    ),
    m(
        "24218",
        "2025-03-15 19:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Aparecieron 14 búsquedas de tu perfil esta semana",
        ES,
        html="""<html><body><p>Daniela, apareciste en 14 búsquedas esta semana. Personas de Logística, Compras y Reclutamiento te encontraron.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24219",
        "2025-04-12 08:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Andrés Peña comentó tu publicación",
        ES,
        html="""<html><body><p>Andrés Peña comentó: "¡Gran episodio! Gracias por la entrevista, Daniela."</p></body></html>""",
        tz=MX,
    ),
    m(
        "24220",
        "2025-06-17 20:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Tus contactos te felicitan por tu nuevo puesto",
        ES,
        html="""<html><body><p>32 personas reaccionaron a tu actualización: "Empiezo un nuevo puesto como Analista Sr. de Supply Chain en Laboratorios Quimbaya".</p></body></html>""",
        tz=MX,
    ),
    m(
        "24221",
        "2025-05-03 10:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Tienes 1 mensaje nuevo de Óscar Lemus",
        ES,
        html="""<html><body><p>Óscar Lemus: "Daniela! ¿sigues en Toluca o ya te cambiaste? Voy a CDMX la otra semana, ¿un café?"</p></body></html>""",
        tz=MX,
    ),
    # newsletters about hiring
    m(
        "24222",
        "2025-03-03 07:00",
        "Expansión Newsletter <newsletter@expansion-news.mx>",
        "Las empresas de logística contratarán 20 % más en 2025",
        ES,
        html="""<html><body><h2>El nearshoring dispara la contratación en almacenes del norte</h2><p>Monterrey, Saltillo y Querétaro concentran las vacantes. Entrevistamos a tres directores de Recursos Humanos sobre cómo reclutan.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24223",
        "2025-05-19 07:00",
        "Supply Chain Dive <newsletter@supplychaindive.com>",
        "Hiring freeze hits freight brokers; interview with a 3PL CEO",
        EN,
        html="""<html><body><p>Brokers cut staff as spot rates fall. Plus: our interview with the CEO of a Chicago 3PL on automation.</p></body></html>""",
        tz=ET,
    ),
    m(
        "24224",
        "2025-07-07 07:00",
        "El Financiero Empleo <boletin@elfinanciero-news.mx>",
        "5 preguntas que te harán en cualquier entrevista de trabajo",
        ES,
        html="""<html><body><p>Expertos en reclutamiento comparten cómo responder "¿cuál es tu mayor debilidad?". Además: sueldos promedio en logística.</p></body></html>""",
        tz=MX,
    ),
    # family and friends
    m(
        "24225",
        "2025-02-09 21:15",
        "Mamá <rosa.cardenas.v@gmail.com>",
        "fotos de la comida",
        ES,
        text="""Hija, te mando las fotos de la comida del domingo. Tu tía Lupe dice que cuándo vienes a Puebla. Cuídate mucho, te quiero.

Mamá
""",
        attach=[("fotos.txt", "text/plain", "(4 fotos)\n")],
        tz=MX,
    ),
    m(
        "24226",
        "2025-05-21 22:30",
        "Mamá <rosa.cardenas.v@gmail.com>",
        "Re: ¡Me dieron el trabajo!",
        ES,
        text="""¡¡Ay mi niña, qué orgullo!! Ya le dije a tu papá, está feliz. Hay que celebrar el domingo.

Mamá
""",
        tz=MX,
    ),
    m(
        "24227",
        "2025-03-22 11:40",
        "Luis Ríos <luisrios.c@outlook.com>",
        "Cumple de papá",
        ES,
        text="""Dani, ¿cooperamos para el regalo de papá? Pensé en el reloj que vimos. Serían $1,200 cada quien. Me depositas cuando puedas.

Luis
""",
        tz=MX,
    ),
    m(
        "24228",
        "2025-04-26 09:05",
        "Valeria Soto <vale.soto@gmail.com>",
        "¿Brunch el domingo?",
        ES,
        text="""Amiga!! ¿Brunch el domingo en la Roma? Ya te extrañamos, desde que andas en tus entrevistas no te vemos jaja. Avísame.

Vale
""",
        tz=MX,
    ),
    m(
        "24229",
        "2025-04-26 10:12",
        "Valeria Soto <vale.soto@gmail.com>",
        "Re: ¿Brunch el domingo?",
        ES,
        text="""Va! 11:30 en Lalo. Ya reservé para 4.

El sáb, 26 abr 2025 a las 9:48, Daniela Ríos Cárdenas escribió:
> ¡Sí! ¿A qué hora?
""",
        headers=reply("24228", "vale.soto@gmail.com"),
        tz=MX,
    ),
    # banks, receipts, deliveries, services
    m(
        "24230",
        "2025-02-28 06:00",
        "BBVA México <alertas@bbva-notificaciones.mx>",
        "Tu estado de cuenta de febrero está disponible",
        ES,
        text="""Daniela, tu estado de cuenta de la cuenta terminación 4412 del periodo 01-28 feb 2025 ya está disponible en la app BBVA México.""",
        tz=MX,
    ),
    m(
        "24231",
        "2025-03-31 06:00",
        "BBVA México <alertas@bbva-notificaciones.mx>",
        "Tu estado de cuenta de marzo está disponible",
        ES,
        text="""Daniela, tu estado de cuenta de la cuenta terminación 4412 del periodo 01-31 mar 2025 ya está disponible en la app BBVA México.""",
        tz=MX,
    ),
    m(
        "24232",
        "2025-06-15 14:22",
        "BBVA México <alertas@bbva-notificaciones.mx>",
        "Recibiste una transferencia SPEI",
        ES,
        text="""Recibiste $15,800.00 de LABORATORIOS QUIMBAYA SA DE CV. Concepto: NOMINA QNA 12. Clave de rastreo: BNET01250615003221.""",
        tz=MX,
    ),
    m(
        "24233",
        "2025-02-18 13:14",
        "Mercado Libre <info@mercadolibre.com.mx>",
        "Tu compra está en camino",
        ES,
        html="""<html><body><p>Tu paquete con "Soporte para laptop ajustable" llega mañana entre 8:00 y 20:00.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24234",
        "2025-04-08 20:40",
        "Amazon.com.mx <confirmar-envio@amazon.com.mx>",
        'Enviado: "Libro: El arte de la planeación S&OP"',
        ES,
        html="""<html><body><p>Tu pedido 702-1193821-22 ha sido enviado. Entrega estimada: jueves 10 de abril.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24235",
        "2025-05-02 21:10",
        "Uber Receipts <noreply@uber.com>",
        "Tu viaje del viernes por la tarde con Uber",
        ES,
        html="""<html><body><p>Total: MX$186.40</p><p>Roma Nte. → Santa Fe</p></body></html>""",
        tz=MX,
    ),
    m(
        "24236",
        "2025-03-05 10:00",
        "CFE <recibos@cfe.mx>",
        "Tu recibo de luz está disponible",
        ES,
        text="""Servicio: RIOS CARDENAS DANIELA. Periodo: ENE-FEB 2025. Importe a pagar: $412.00. Fecha límite: 20/03/2025.""",
        tz=MX,
    ),
    m(
        "24237",
        "2025-04-15 11:00",
        "Telmex <facturacion@telmex-recibos.com>",
        "Tu factura Infinitum de abril",
        ES,
        text="""Tu factura de Infinitum por $489.00 vence el 28 de abril. Págala en línea y evita recargos.""",
        tz=MX,
    ),
    m(
        "24238",
        "2025-02-27 08:00",
        "Netflix <info@mailer.netflix.com>",
        "Tu pago no se pudo procesar",
        ES,
        html="""<html><body><p>Hola Daniela: actualiza tu forma de pago para seguir disfrutando de Netflix.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24239",
        "2025-06-01 09:30",
        "SAT <notificaciones@sat-avisos.gob.mx>",
        "Acuse de recibo de tu Declaración Anual",
        ES,
        text="""Contribuyente: RICD920314XXX. Se recibió tu declaración anual del ejercicio 2024. Resultado: saldo a favor $3,210.00.""",
        tz=MX,
    ),
    m(
        "24240",
        "2025-07-20 12:00",
        "Airbnb <automated@airbnb.com>",
        "Reservación confirmada: Monterrey, 15-18 jul",
        ES,
        html="""<html><body><p>¡Todo listo para tu viaje a Monterrey! Anfitriona: Cecilia. Llegada: 15 jul, 15:00.</p></body></html>""",
        tz=MX,
    ),
]

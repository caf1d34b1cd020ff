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

MAIL += [
    m(
        "24241",
        "2025-02-03 08:15",
        "Sofía Ríos <sofi.rios.c@gmail.com>",
        "ayuda con mi tarea de estadística",
        ES,
        text="""Dani!! ¿me ayudas con un ejercicio de regresión? Es para el jueves. Te paso el archivo. Porfa, eres la única que le entiende jaja

Sofi
""",
        tz=MX,
    ),
    m(
        "24242",
        "2025-02-03 22:40",
        "Sofía Ríos <sofi.rios.c@gmail.com>",
        "Re: ayuda con mi tarea de estadística",
        ES,
        text="""Graciaaaas ya me salió!!! te debo unos tacos

El lun, 3 feb 2025 a las 21:05, Daniela Ríos Cárdenas escribió:
> Te mandé la explicación, fíjate en el paso 3.
""",
        headers=reply("24241", "sofi.rios.c@gmail.com"),
        tz=MX,
    ),
    m(
        "24243",
        "2025-02-05 12:00",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify Premium",
        ES,
        html="""<html><body><p>Spotify Premium Individual · $129.00 MXN · 5 feb 2025</p></body></html>""",
        tz=MX,
    ),
    m(
        "24244",
        "2025-03-05 12:00",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify Premium",
        ES,
        html="""<html><body><p>Spotify Premium Individual · $129.00 MXN · 5 mar 2025</p></body></html>""",
        tz=MX,
    ),
    m(
        "24245",
        "2025-02-11 18:30",
        "Smart Fit <comunicacion@smartfit.com.mx>",
        "¡Tu membresía Black se renovó!",
        ES,
        html="""<html><body><p>Daniela, tu plan Black se renovó por $599. Entrena en cualquier sede.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24246",
        "2025-02-16 10:00",
        "Administración Ámsterdam 212 <admin.amsterdam212@gmail.com>",
        "Bienvenida al edificio + reglamento",
        ES,
        text="""Bienvenida, Daniela. Te comparto el reglamento del condominio. La cuota de mantenimiento es de $1,350 mensuales y se paga los primeros 5 días. El gas se pide por el grupo de WhatsApp.

Saludos,
Gabriel (administrador)
""",
        tz=MX,
    ),
    m(
        "24247",
        "2025-04-02 19:00",
        "Administración Ámsterdam 212 <admin.amsterdam212@gmail.com>",
        "Junta de condóminos - abril",
        ES,
        text="""Se convoca a la asamblea ordinaria el martes 8 de abril a las 20:00 en el lobby. Orden del día: impermeabilización y cámaras.""",
        ics={
            "uid": "asamblea-abril@amsterdam212",
            "start": "2025-04-08 20:00:00 -0600",
            "minutes": 90,
            "organizer": ("Administración Ámsterdam 212", "admin.amsterdam212@gmail.com"),
            "summary": "Asamblea de condóminos",
            "location": "Lobby",
        },
        tz=MX,
    ),
    m(
        "24248",
        "2025-02-22 13:00",
        "Rappi <recibos@rappi.com>",
        "Tu pedido de Rappi fue entregado",
        ES,
        html="""<html><body><p>Pedido #8812309 · Panadería Rosetta · $312.50</p></body></html>""",
        tz=MX,
    ),
    m(
        "24249",
        "2025-05-10 14:45",
        "Rappi <recibos@rappi.com>",
        "Tu pedido de Rappi fue entregado",
        ES,
        html="""<html><body><p>Pedido #9120044 · Farmacia San Pablo · $245.00</p></body></html>""",
        tz=MX,
    ),
    m(
        "24250",
        "2025-03-08 09:00",
        "Coursera <no-reply@coursera.org>",
        "Has obtenido tu certificado: Supply Chain Analytics",
        ES,
        html="""<html><body><p>¡Felicidades, Daniela! Completaste Supply Chain Analytics (Rutgers). Agrega tu certificado a tu perfil de LinkedIn.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24251",
        "2025-03-13 16:00",
        "Google <no-reply@accounts.google.com>",
        "Alerta de seguridad",
        EN,
        text="""A new sign-in on Windows. daniela.rios.cardenas@buzonmx.com. If this was you, you don't need to do anything.""",
        tz=MX,
    ),
    m(
        "24252",
        "2025-03-18 10:30",
        "Taller Mecánico Hermanos Ortiz <tallerortiz@gmail.com>",
        "cotización servicio Versa",
        ES,
        text="""Buen día, le mando la cotización del servicio de 60,000 km de su Versa: afinación, balatas delanteras y cambio de aceite, total $4,850 con IVA. Lo podemos recibir el sábado.

Taller Ortiz
""",
        tz=MX,
    ),
    m(
        "24253",
        "2025-03-24 09:00",
        "Fundación Techo México <voluntariado@techo.mx>",
        "Recibimos tu solicitud de voluntariado",
        ES,
        text="""¡Hola Daniela! Gracias por postularte como voluntaria para la construcción de viviendas en Chalco (5 y 6 de abril). Te confirmaremos tu lugar y te enviaremos la lista de material. Habrá una capacitación previa el miércoles.""",
        tz=MX,
    ),
    m(
        "24254",
        "2025-03-31 19:00",
        "Fundación Techo México <voluntariado@techo.mx>",
        "Tu lugar está confirmado - Construcción Chalco",
        ES,
        text="""¡Ya eres parte de la cuadrilla 7! Punto de encuentro: Metro Pantitlán, sábado 5 de abril, 6:30 am. Trae guantes, agua y bloqueador.""",
        tz=MX,
    ),
    m(
        "24255",
        "2025-04-03 11:00",
        "Zoom <no-reply@zoom.us>",
        "Recordatorio de reunión: Maestría en Logística - sesión informativa",
        ES,
        text="""Hola Daniela, la reunión comienza el 3 abr 2025 a las 18:00. Unirse: https://zoom.us/j/9930011223""",
        tz=MX,
    ),
    m(
        "24256",
        "2025-04-18 12:00",
        "Aeroméxico <reservaciones@aeromexico.com>",
        "Confirmación de reservación - MEX-PBC? No: MEX-OAX",
        ES,
        html="""<html><body><p>Código de reservación: QWX7PL · Ciudad de México (MEX) → Oaxaca (OAX) · 18 abr 2025 07:10 · Pasajera: RIOS CARDENAS/DANIELA</p></body></html>""",
        tz=MX,
    ),
    m(
        "24257",
        "2025-04-19 08:00",
        "Hotel Casa Antequera <reservas@casaantequera.mx>",
        "Su reservación en Oaxaca",
        ES,
        text="""Estimada Daniela, le esperamos del 18 al 21 de abril. Check-in a partir de las 15:00. Le recomendamos el tour a Hierve el Agua.""",
        tz=MX,
    ),
    m(
        "24258",
        "2025-04-23 17:00",
        "Posgrado Ingeniería UNIVERSITARIA <posgrado@ingenieria.uniestatal.edu.mx>",
        "Liga para su entrevista con el comité académico",
        ES,
        text="""Estimada aspirante, le compartimos la liga para su entrevista de admisión con el comité académico de la Maestría en Ingeniería Logística, hoy a las 17:00 h.""",
        ics={
            "uid": "adm-mil-0423-041@uniestatal.edu.mx",
            "start": "2025-04-23 17:00:00 -0600",
            "minutes": 20,
            "organizer": ("Coordinación de Posgrado", "posgrado@ingenieria.uniestatal.edu.mx"),
            "summary": "Entrevista de admisión MIL - aspirante 041",
            "description": "https://meet.google.com/adm-mil-041",
        },
        tz=MX,
    ),
    m(
        "24259",
        "2025-05-08 11:30",
        "Nubetrack <research@nubetrack.io>",
        "Would you join a 30-min user interview? ($50 gift card)",
        EN,
        text="""Hi Daniela,

You use Nubetrack to track shipments. Our product team would love to interview you about how you plan inbound freight. 30 minutes on Zoom, and we'll send a $50 Amazon gift card as thanks.

Pick a slot: https://calendly.com/nubetrack-research/30min

Priya, UX Research
""",
        tz=PT,
    ),
    m(
        "24260",
        "2025-05-12 13:00",
        "Mercado Libre <info@mercadolibre.com.mx>",
        "¡Aceptaron tu oferta! Bicicleta de ruta talla M",
        ES,
        html="""<html><body><p>El vendedor aceptó tu oferta de $6,200 por "Bicicleta de ruta talla M, poco uso". Realiza el pago para concretar la compra.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24261",
        "2025-05-18 10:00",
        "Strava <no-reply@strava.com>",
        "Valeria Soto te invitó a un reto: 100 km en mayo",
        ES,
        html="""<html><body><p>Únete al reto y registra tus salidas en bici.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24262",
        "2025-05-21 20:05",
        "Valeria Soto <vale.soto@gmail.com>",
        "QUÉÉÉ",
        ES,
        text="""Amiga vi tu mensaje en el grupo!!! Felicidades por el nuevo trabajo, te lo mereces muchísimo. Esto se celebra con unas chelas el viernes 🍻

Vale
""",
        tz=MX,
    ),
    m(
        "24263",
        "2025-05-25 09:10",
        "Luis Ríos <luisrios.c@outlook.com>",
        "Re: Cumple de papá",
        ES,
        text="""Ya compré el reloj. Lo llevamos el domingo a la comida. Y felicidades por lo del trabajo, papá no deja de presumir.

> Ya te deposité, hermanito.
""",
        headers=reply("24227", "luisrios.c@outlook.com"),
        tz=MX,
    ),
    m(
        "24264",
        "2025-05-30 12:00",
        "IMSS Digital <notificaciones@imss-digital.gob.mx>",
        "Constancia de semanas cotizadas",
        ES,
        text="""Se adjunta la constancia de semanas cotizadas solicitada. NSS: 31109201XXX. Total de semanas: 412.""",
        attach=[("semanas_cotizadas.txt", "text/plain", "Semanas cotizadas: 412\n")],
        tz=MX,
    ),
    m(
        "24265",
        "2025-06-02 10:00",
        "Afore XXI Crecer <contacto@aforecrecer.mx>",
        "Tu estado de cuenta cuatrimestral",
        ES,
        text="""Daniela, consulta tu estado de cuenta del primer cuatrimestre 2025. Saldo total: $214,338.12.""",
        tz=MX,
    ),
    m(
        "24266",
        "2025-06-08 19:45",
        "Rosa Cárdenas <rosa.cardenas.v@gmail.com>",
        "¿Qué le llevo a tu depa?",
        ES,
        text="""Hija, el sábado vamos tu papá y yo a ver tu depa nuevo. ¿Te llevo las cortinas que tenía guardadas? Y ya compré tu mole para que te lleves al trabajo.

Besos
""",
        tz=MX,
    ),
    m(
        "24267",
        "2025-06-12 08:00",
        "Starbucks Rewards <rewards@starbucks-mx.com>",
        "Tu bebida de cumpleaños te espera",
        ES,
        html="""<html><body><p>Daniela, pronto es tu cumpleaños. Disfruta una bebida gratis de cualquier tamaño.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24268",
        "2025-06-14 13:13",
        "Óscar Lemus <oscar.lemus@yahoo.com.mx>",
        "Café?",
        ES,
        text="""Daniela, ya estoy en CDMX. ¿Nos vemos el miércoles en la tarde? Te quiero contar de mi nuevo proyecto (no es para reclutarte, lo prometo jaja).

Óscar
""",
        tz=MX,
    ),
    m(
        "24269",
        "2025-06-20 18:00",
        "Cinépolis <boletos@cinepolis.com>",
        "Tus boletos: Sala 4, viernes 20:40",
        ES,
        html="""<html><body><p>Cinépolis Diana · 2 boletos · Asientos F7, F8 · Total $198</p></body></html>""",
        tz=MX,
    ),
    m(
        "24270",
        "2025-06-25 09:00",
        "Nubetrack <billing@nubetrack.io>",
        "Your Nubetrack invoice",
        EN,
        text="""Invoice NT-20250625 · Starter plan · USD 12.00 · Paid with Visa ending 0931.""",
        tz=PT,
    ),
]

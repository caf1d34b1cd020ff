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
        "Confirmación de reservación - MEX-OAX",
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

MAIL += [
    m(
        "24271",
        "2025-02-06 09:30",
        "Banorte <avisos@banorte-alertas.mx>",
        "Cargo a tu tarjeta de débito",
        ES,
        text="""Se realizó un cargo por $1,240.00 en WALMART EXPRESS COYOACAN el 06/02/2025 09:28. Si no reconoces esta operación llama al 55 5140 5600.""",
        tz=MX,
    ),
    m(
        "24272",
        "2025-04-17 17:50",
        "Banorte <avisos@banorte-alertas.mx>",
        "Oferta de crédito preaprobado para ti",
        ES,
        text="""Daniela, tienes un Crédito de Nómina preaprobado de hasta $120,000 a 36 meses. Solicítalo en la app en 3 minutos. CAT promedio 38.2 % sin IVA. Informativo.""",
        tz=MX,
    ),
    m(
        "24273",
        "2025-02-24 11:00",
        "Clínica Dental Sonríe <citas@dentalsonrie.mx>",
        "Cita reprogramada",
        ES,
        text="""Hola Daniela, por una emergencia de la doctora su cita del 8 de marzo se cambió al miércoles 12 de marzo a las 18:00. Disculpe las molestias.""",
        ics={
            "uid": "cita-7781@dentalsonrie.mx",
            "start": "2025-03-12 18:00:00 -0600",
            "minutes": 45,
            "organizer": ("Clínica Dental Sonríe", "citas@dentalsonrie.mx"),
            "summary": "Cita: Limpieza dental - Dra. Ocampo",
            "sequence": 1,
        },
        tz=MX,
    ),
    m(
        "24274",
        "2025-03-09 10:00",
        "Eventbrite <noreply@eventbrite.com>",
        "Tus boletos para Expo Logística y Almacenes 2025",
        ES,
        html="""<html><body><p>Expo Logística y Almacenes 2025 · Centro Citibanamex · 25-27 marzo · Pase general</p><p>Conferencias: reclutamiento en tiempos de nearshoring, automatización de CEDIS.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24275",
        "2025-03-11 08:00",
        "Canva <marketing@engage.canva.com>",
        "Crea un CV que destaque con estas plantillas",
        ES,
        html="""<html><body><p>Plantillas de currículum gratis para tu próxima entrevista. Diseña en minutos.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24276",
        "2025-03-16 21:00",
        "Tía Lupe <lupe.cardenas58@hotmail.com>",
        "Receta del pozole",
        ES,
        text="""Mija, aquí está la receta que me pediste. El secreto es el maíz cacahuazintle bien reventado y el chile guajillo tostado poquito. Luego me cuentas cómo te quedó.

Te quiere tu tía Lupe
""",
        tz=MX,
    ),
    m(
        "24277",
        "2025-03-19 07:45",
        "Metrobús CDMX <avisos@metrobus-cdmx.mx>",
        "Recarga exitosa de tu tarjeta de movilidad integrada",
        ES,
        text="""Recarga de $200.00 aplicada a la tarjeta 0001 2291 8871.""",
        tz=MX,
    ),
    m(
        "24278",
        "2025-03-29 15:00",
        "Duolingo <hello@duolingo.com>",
        "¡No rompas tu racha de 120 días!",
        ES,
        html="""<html><body><p>Tu racha de inglés está en peligro. Haz una lección de 5 minutos hoy.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24279",
        "2025-04-06 19:20",
        "Fundación Techo México <voluntariado@techo.mx>",
        "¡Gracias por construir con nosotros!",
        ES,
        text="""Gracias, Daniela. Este fin de semana se construyeron 14 viviendas. Cuéntanos tu experiencia en esta encuesta de 3 minutos: https://techo.mx/encuesta""",
        tz=MX,
    ),
    m(
        "24280",
        "2025-04-10 20:00",
        "Andrés Peña <andres@podcastcadena.fm>",
        "Re: Invitación a entrevista para el podcast Cadena de Valor",
        ES,
        text="""¡Mil gracias, Daniela! Quedó increíble la entrevista. El episodio sale el 24 de abril; te mando el link para que lo compartas.

Andrés
""",
        headers=reply("24212", "andres@podcastcadena.fm"),
        tz=MX,
    ),
    m(
        "24281",
        "2025-04-24 08:00",
        "Cadena de Valor Podcast <hola@podcastcadena.fm>",
        "Ep. 48: Nearshoring desde el escritorio de planeación, con Daniela Ríos",
        ES,
        html="""<html><body><p>Nuevo episodio: conversamos con Daniela Ríos, analista de supply chain, sobre pronósticos, proveedores asiáticos y el nearshoring.</p><p>Escúchalo en Spotify o Apple Podcasts.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24282",
        "2025-05-04 12:00",
        "Google Calendar <calendar-notification@google.com>",
        "Invitación: Comida familiar - cumple papá @ dom 25 may 2025 14:00",
        ES,
        text="""Luis Ríos te invitó a este evento: Comida familiar - cumple papá. Casa de mis papás, Puebla.""",
        ics={
            "uid": "cumplepapa2025@google.com",
            "start": "2025-05-25 14:00:00 -0600",
            "minutes": 240,
            "organizer": ("Luis Ríos", "luisrios.c@outlook.com"),
            "summary": "Comida familiar - cumple papá",
            "location": "Puebla",
        },
        tz=MX,
    ),
    m(
        "24283",
        "2025-05-14 09:00",
        "GNP Seguros <servicio@gnp-seguros.mx>",
        "Solicitud de cotización de seguro de auto",
        ES,
        text="""Estimada Daniela: recibimos su solicitud de cotización para su Nissan Versa 2019. Prima anual amplia: $11,820. Un asesor se comunicará con usted.""",
        tz=MX,
    ),
    m(
        "24284",
        "2025-05-16 16:00",
        "Asesor GNP <hugo.medina@agentesgnp.mx>",
        "Re: Solicitud de cotización de seguro de auto",
        ES,
        text="""Buenas tardes Daniela, soy Hugo, su asesor. ¿Podemos agendar una llamada de 15 minutos para revisar coberturas? Le tengo una oferta especial por pago anual.

Hugo Medina
Agente autorizado GNP
""",
        headers=reply("24283", "servicio@gnp-seguros.mx"),
        tz=MX,
    ),
    m(
        "24285",
        "2025-05-24 10:30",
        "Liverpool <pedidos@liverpool.com.mx>",
        "Tu pedido ha sido entregado",
        ES,
        html="""<html><body><p>Pedido 1300288177 · Juego de sábanas matrimonial · Entregado</p></body></html>""",
        tz=MX,
    ),
    m(
        "24286",
        "2025-06-03 07:00",
        "Morning Brew <crew@morningbrew.com>",
        "☕ The labor market cools; Fed watchers react",
        EN,
        html="""<html><body><p>Job openings fell to 7.1M in April. Plus: the interview question every CEO asks, and why remote hiring is back.</p></body></html>""",
        tz=ET,
    ),
    m(
        "24287",
        "2025-06-05 18:00",
        "Amazon.com.mx <confirmar-envio@amazon.com.mx>",
        "Tu paquete fue entregado",
        ES,
        html="""<html><body><p>Entregado: Monitor 27" y base de escritorio. Lo dejamos con el vigilante.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24288",
        "2025-06-16 07:30",
        "Waze <noreply@waze.com>",
        "Tu resumen de trayectos de la semana",
        ES,
        html="""<html><body><p>Pasaste 6 h 40 min en el tráfico esta semana. Ruta más frecuente: Roma Nte. → Santa Fe.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24289",
        "2025-06-18 19:00",
        "Valeria Soto <vale.soto@gmail.com>",
        "qué tal el primer día??",
        ES,
        text="""Cuéntame todo!! ¿Cómo es tu jefe? ¿Ya tienes compañeros para comer?

Vale
""",
        tz=MX,
    ),
    m(
        "24290",
        "2025-06-19 21:00",
        "Valeria Soto <vale.soto@gmail.com>",
        "Re: qué tal el primer día??",
        ES,
        text="""Jajaja me alegra que te fue bien. Ya quiero que me cuentes en persona. Sábado?

> Me fue muy bien, el equipo es buena onda y el jefe tranquilo.
""",
        headers=reply("24289", "vale.soto@gmail.com"),
        tz=MX,
    ),
    m(
        "24291",
        "2025-06-28 11:00",
        "Cornershop <ayuda@cornershopapp.com>",
        "Recibo de tu pedido",
        ES,
        html="""<html><body><p>Costco Interlomas · 23 productos · $2,318.90</p></body></html>""",
        tz=MX,
    ),
    m(
        "24292",
        "2025-07-02 09:00",
        "Posgrado Ingeniería UNIVERSITARIA <posgrado@ingenieria.uniestatal.edu.mx>",
        "Proceso de inscripción - Maestría en Ingeniería Logística",
        ES,
        text="""Estimada alumna de nuevo ingreso: la inscripción se realiza en línea del 14 al 25 de julio. Deberá cargar su título, cédula profesional y comprobante de pago de $4,200. Las clases inician el 11 de agosto, horario vespertino.""",
        tz=MX,
    ),
    m(
        "24293",
        "2025-07-10 13:30",
        "Laura Espinosa <laura.espinosa@escuelaprepa5.edu.mx>",
        "Reunión de exalumnos generación 2009",
        ES,
        text="""¡Hola generación! Estamos organizando la reunión de 16 años el 2 de agosto en Coyoacán. Confirmen en este correo para la reservación. Cooperación $450.

Laura
""",
        tz=MX,
    ),
    m(
        "24294",
        "2025-07-12 10:00",
        "U.S. Embassy Mexico Visa Appointments <no-reply@usvisascheduling.com>",
        "Reminder: Your visa interview is approaching",
        EN,
        text="""This is a reminder that your consular interview is scheduled for 17 July 2025 at 08:15 at the U.S. Consulate General in Monterrey. Do not bring electronic devices.""",
        tz=MX,
    ),
    m(
        "24295",
        "2025-07-18 16:00",
        "DHL Express <noreply@dhl.com>",
        "Su envío con pasaporte está en camino",
        ES,
        text="""Guía 4418237720. Su pasaporte con visa será entregado en el Centro de Servicio DHL Insurgentes a partir del 22 de julio.""",
        tz=MX,
    ),
    m(
        "24296",
        "2025-07-22 09:00",
        "Quimbaya Comunicación Interna <comunicacion@quimbaya-lab.com>",
        "Boletín Quimbaya | Julio",
        ES,
        html="""<html><body><p>Este mes: nueva línea de producción en Toluca, damos la bienvenida a 18 colaboradores, y te invitamos a referir talento: tenemos 12 vacantes abiertas.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24297",
        "2025-07-24 12:30",
        "Mauricio Treviño <mauricio.trevino@quimbaya-lab.com>",
        "Revisión del forecast julio",
        ES,
        text="""Dani, ¿me ayudas a tener la revisión del forecast de julio para el comité del lunes? Ponle atención al SKU de amoxicilina, trae desviación de 18 %.

Gracias,
Mauricio
""",
        tz=MX,
    ),
    m(
        "24298",
        "2025-07-25 17:40",
        "Mauricio Treviño <mauricio.trevino@quimbaya-lab.com>",
        "Invitación: Comité S&OP mensual",
        ES,
        text="""Comité S&OP de julio.""",
        ics={
            "uid": "sop-julio-2025@quimbaya-lab.com",
            "start": "2025-07-28 09:00:00 -0600",
            "minutes": 120,
            "organizer": ("Mauricio Treviño", "mauricio.trevino@quimbaya-lab.com"),
            "summary": "Comité S&OP - julio",
            "location": "Sala Bogotá, piso 7",
            "style": "outlook",
        },
        tz=MX,
    ),
    m(
        "24299",
        "2025-07-31 06:00",
        "BBVA México <alertas@bbva-notificaciones.mx>",
        "Recibiste una transferencia SPEI",
        ES,
        text="""Recibiste $15,800.00 de LABORATORIOS QUIMBAYA SA DE CV. Concepto: NOMINA QNA 15.""",
        tz=MX,
    ),
    m(
        "24300",
        "2025-08-04 19:00",
        "Laura Espinosa <laura.espinosa@escuelaprepa5.edu.mx>",
        "Fotos de la reunión",
        ES,
        text="""¡Gracias a todos por venir! Aquí el álbum: https://photos.app.goo.gl/reunion2009. Nos vemos en la de 20 años.""",
        tz=MX,
    ),
    m(
        "24301",
        "2025-08-08 10:00",
        "Coursera <no-reply@coursera.org>",
        "Oferta por tiempo limitado: 40 % en Coursera Plus",
        ES,
        html="""<html><body><p>Aprende sin límites. Solo esta semana.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24302",
        "2025-08-11 18:00",
        "Posgrado Ingeniería UNIVERSITARIA <posgrado@ingenieria.uniestatal.edu.mx>",
        "Bienvenida al semestre 2025-2",
        ES,
        text="""Les damos la bienvenida al semestre. Su horario y grupo están disponibles en el SIAE. Primera sesión de Modelos de Inventario: lunes 18:00, salón B-204.""",
        tz=MX,
    ),
]

MAIL += [
    m(
        "24303",
        "2025-02-04 19:30",
        "Wise <noreply@wise.com>",
        "Your transfer to Sofía Ríos is complete",
        EN,
        html="""<html><body><p>MXN 2,000.00 has arrived in Sofía's account. Transfer #881230019.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24304",
        "2025-02-13 09:00",
        "Mercado Pago <info@mercadopago.com.mx>",
        "Tu solicitud de préstamo personal fue rechazada",
        ES,
        text="""Hola Daniela, por ahora no podemos ofrecerte un préstamo personal. Sigue usando Mercado Pago para mejorar tu perfil crediticio y vuelve a intentarlo en 30 días.""",
        tz=MX,
    ),
    m(
        "24305",
        "2025-02-15 18:00",
        "Inmuebles Condesa <contacto@inmueblescondesa.mx>",
        "Contrato firmado - copia digital",
        ES,
        text="""Daniela, te comparto la copia digital del contrato firmado y los datos para depositar la renta mensual de $14,500 los días 1 de cada mes. ¡Bienvenida a tu nuevo hogar!

Fernanda
""",
        attach=[("contrato_amsterdam212.txt", "text/plain", "Contrato de arrendamiento (copia)\n")],
        tz=MX,
    ),
    m(
        "24306",
        "2025-02-26 14:00",
        "Izzi <notificaciones@izzi-recibos.mx>",
        "Tu instalación quedó agendada",
        ES,
        text="""Hola Daniela, el técnico de izzi visitará Ámsterdam 212 int. 5 el jueves 27 de febrero entre 9:00 y 13:00 para instalar tu servicio de internet.""",
        tz=MX,
    ),
    m(
        "24307",
        "2025-03-02 11:00",
        "Papá <jorge.rios.m@gmail.com>",
        "tu coche",
        ES,
        text="""Hija, no se te olvide la verificación del coche, te toca en marzo. Ya te agendé en el verificentro de Coyoacán el 14 a las 9. Cualquier cosa me dices.

Papá
""",
        tz=MX,
    ),
    m(
        "24308",
        "2025-03-14 10:20",
        "Verificentro Coyoacán <citas@verificentro-coy.mx>",
        "Comprobante de verificación vehicular",
        ES,
        text="""Placa: NRT-4412. Resultado: APROBADO. Holograma: 0. Vigencia: septiembre 2025.""",
        tz=MX,
    ),
    m(
        "24309",
        "2025-03-26 08:30",
        "Expo Logística <info@expologistica.mx>",
        "Bienvenida a Expo Logística: programa de conferencias",
        ES,
        html="""<html><body><p>Hoy: 11:00 "Cómo reclutan los operadores 3PL", 13:00 "Entrevista con el director de cadena de suministro de una automotriz". Recoge tu gafete en el registro.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24310",
        "2025-04-05 08:00",
        "Apple <no_reply@email.apple.com>",
        "Tu recibo de Apple",
        ES,
        html="""<html><body><p>iCloud+ 50 GB · $17.00 MXN</p></body></html>""",
        tz=MX,
    ),
    m(
        "24311",
        "2025-04-13 12:00",
        "Sofía Ríos <sofi.rios.c@gmail.com>",
        "me aceptaron en el intercambio!!!",
        ES,
        text="""Dani!!! Me aceptaron la solicitud para el intercambio en Salamanca el próximo semestre 😭😭 Ahora hay que ver lo de la beca. ¿Me ayudas a revisar mi carta de motivos?

Sofi
""",
        tz=MX,
    ),
    m(
        "24312",
        "2025-04-14 22:10",
        "Sofía Ríos <sofi.rios.c@gmail.com>",
        "Re: me aceptaron en el intercambio!!!",
        ES,
        text="""ya la corregí como dijiste. mañana la mando. gracias hermana!!!

> Te dejé comentarios en el documento. Quita el primer párrafo, es muy largo.
""",
        headers=reply("24311", "sofi.rios.c@gmail.com"),
        tz=MX,
    ),
    m(
        "24313",
        "2025-04-28 07:00",
        "The Hustle <news@thehustle.co>",
        "Why everyone's hiring supply chain nerds",
        EN,
        html="""<html><body><p>Tariffs have companies scrambling for planners. We talked to recruiters and a hiring manager at a big-box retailer about what they look for.</p></body></html>""",
        tz=PT,
    ),
    m(
        "24314",
        "2025-05-06 20:00",
        "Smart Fit <comunicacion@smartfit.com.mx>",
        "Agenda tu evaluación física gratuita",
        ES,
        html="""<html><body><p>Daniela, agenda tu evaluación con un entrenador y recibe tu plan personalizado.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24315",
        "2025-05-20 13:00",
        "Banco Azteca Plata <notificaciones@bancoplata.com.mx>",
        "Tu estado de cuenta Tarjeta Plata Oro",
        ES,
        text="""Fecha de corte: 18/05/2025. Pago para no generar intereses: $6,218.40. Pago mínimo: $622.00. Fecha límite de pago: 07/06/2025.""",
        tz=MX,
    ),
    m(
        "24316",
        "2025-05-28 11:00",
        "Inmuebles Condesa <contacto@inmueblescondesa.mx>",
        "Oferta: departamentos en preventa en Narvarte",
        ES,
        html="""<html><body><p>Aprovecha precios de preventa desde $3.2 MDP. Agenda tu visita al departamento muestra.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24317",
        "2025-06-04 18:30",
        "Óscar Lemus <oscar.lemus@yahoo.com.mx>",
        "Re: Café?",
        ES,
        text="""Perfecto, miércoles 6pm en el Cardinal. Llevo la propuesta del proyecto de la cooperativa de café, quiero tu opinión de logística (gratis jaja, te invito el café).

> Va, ¿dónde?
""",
        headers=reply("24268", "oscar.lemus@yahoo.com.mx"),
        tz=MX,
    ),
    m(
        "24318",
        "2025-06-10 08:00",
        "Uber Receipts <noreply@uber.com>",
        "Tu viaje del martes por la mañana con Uber",
        ES,
        html="""<html><body><p>Total: MX$212.10</p><p>Roma Nte. → Av. Santa Fe 505</p></body></html>""",
        tz=MX,
    ),
    m(
        "24319",
        "2025-06-13 10:00",
        "Médica Sur Citas <citas@medicaportal.mx>",
        "Cancelación de su cita",
        ES,
        text="""Su consulta de Medicina General del 14 de junio fue cancelada a petición suya.""",
        ics={
            "uid": "cons-21877@medicaportal.mx",
            "start": "2025-06-14 11:00:00 -0600",
            "minutes": 30,
            "method": "CANCEL",
            "organizer": ("Citas Médicas", "citas@medicaportal.mx"),
            "summary": "Consulta Medicina General",
            "style": "outlook",
        },
        tz=MX,
    ),
    m(
        "24320",
        "2025-06-22 12:00",
        "Mamá <rosa.cardenas.v@gmail.com>",
        "la boda de tu prima",
        ES,
        text="""Hija, ya llegó la invitación de la boda de tu prima Karen, es el 23 de agosto en Cholula. Dice que confirmes antes del 15 de julio. ¿Vas a ir con alguien? 😉

Mamá
""",
        tz=MX,
    ),
    m(
        "24321",
        "2025-06-24 09:15",
        "Karen y Emilio <bodakarenyemilio@gmail.com>",
        "Confirma tu asistencia - Boda Karen & Emilio",
        ES,
        html="""<html><body><p>Querida Daniela: nos encantaría que nos acompañes el 23 de agosto de 2025 en la Hacienda San Bernardo, Cholula. Confirma en el enlace.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24322",
        "2025-06-29 16:00",
        "Airbnb <automated@airbnb.com>",
        "Reservación confirmada: Cholula, 22-24 ago",
        ES,
        html="""<html><body><p>Casa de adobe con vista al volcán · Anfitrión: Memo · 2 noches · $2,840</p></body></html>""",
        tz=MX,
    ),
    m(
        "24323",
        "2025-07-05 08:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Karla Mendoza y 4 personas más vieron tu perfil",
        ES,
        html="""<html><body><p>Descubre quién vio tu perfil con Premium. Prueba 1 mes gratis.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24324",
        "2025-07-15 14:00",
        "Aeroméxico <reservaciones@aeromexico.com>",
        "Pase de abordar: MEX → MTY",
        ES,
        html="""<html><body><p>Vuelo AM 902 · 15 jul 2025 · 11:30 · Asiento 18C · Pasajera RIOS CARDENAS/DANIELA</p></body></html>""",
        tz=MX,
    ),
    m(
        "24325",
        "2025-07-19 10:00",
        "Cecilia (Airbnb) <automated@airbnb.com>",
        "Deja una reseña para Cecilia",
        ES,
        html="""<html><body><p>¿Qué tal tu estancia en Monterrey? Tienes 14 días para dejar tu reseña.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24326",
        "2025-07-21 09:00",
        "Amazon.com <shipment-tracking@amazon.com>",
        "Your package is on the way",
        EN,
        html="""<html><body><p>Arriving Thursday: "Supply Chain Science" (paperback). Order #114-2281190.</p></body></html>""",
        tz=PT,
    ),
    m(
        "24327",
        "2025-07-26 11:00",
        "Tía Lupe <lupe.cardenas58@hotmail.com>",
        "Fw: Fw: cadena de oración",
        ES,
        text="""Mija reenvíalo a 10 personas 🙏

---------- Mensaje reenviado ----------
Esta oración ha dado la vuelta al mundo nueve veces...
""",
        tz=MX,
    ),
    m(
        "24328",
        "2025-07-29 13:20",
        "Mauricio Treviño <mauricio.trevino@quimbaya-lab.com>",
        "RE: Revisión del forecast julio",
        ES,
        text="""Excelente trabajo en el comité, Dani. La dirección quedó contenta con la propuesta de inventario de seguridad. Sigamos así.

Mauricio
""",
        headers=reply("24297", "mauricio.trevino@quimbaya-lab.com"),
        tz=MX,
    ),
    m(
        "24329",
        "2025-08-01 09:00",
        "Inmuebles Condesa <contacto@inmueblescondesa.mx>",
        "Recibo de renta agosto",
        ES,
        text="""Recibimos tu depósito de $14,500 correspondiente a la renta de agosto. Gracias.""",
        tz=MX,
    ),
    m(
        "24330",
        "2025-08-06 17:00",
        "Quimbaya Capacitación <capacitacion@quimbaya-lab.com>",
        "Invitación: Curso SAP IBP avanzado",
        ES,
        text="""Has sido inscrita en el curso SAP IBP avanzado. Sesiones: 12, 14 y 19 de agosto de 9:00 a 13:00.""",
        ics={
            "uid": "ibp-avanzado-ago@quimbaya-lab.com",
            "start": "2025-08-12 09:00:00 -0600",
            "minutes": 240,
            "organizer": ("Quimbaya Capacitación", "capacitacion@quimbaya-lab.com"),
            "summary": "Curso SAP IBP avanzado - sesión 1",
            "style": "outlook",
        },
        tz=MX,
    ),
    m(
        "24331",
        "2025-08-14 20:00",
        "Valeria Soto <vale.soto@gmail.com>",
        "¿vamos juntas a Cholula?",
        ES,
        text="""Oye, ¿me das raite a la boda de tu prima? Karen también me invitó jaja. Pongo la gasolina.

Vale
""",
        tz=MX,
    ),
    m(
        "24332",
        "2025-08-18 07:00",
        "El Financiero Empleo <boletin@elfinanciero-news.mx>",
        "Las ofertas laborales mejor pagadas de agosto",
        ES,
        html="""<html><body><p>Ranking de sueldos: gerentes de cadena de suministro, analistas de datos y compradores internacionales encabezan la lista.</p></body></html>""",
        tz=MX,
    ),
]

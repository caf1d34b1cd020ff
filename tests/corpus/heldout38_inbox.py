# ruff: noqa: E501
"""Corpus 38, the rest of Valentina Ríos's inbox: ordinary Bogotá mail and look-alikes on purpose."""

from __future__ import annotations

from typing import Any

from heldout38_jobs import NE, N, m

MES = [
    "",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]

# Recurring senders: one message a month, as real statements and receipts come.
_MONTHS = [(2025, 9), (2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2)]


_RAPPI = [
    ("Crepes & Waffles", "1 Crepe de pollo, 1 Limonada de coco", "$58.400"),
    ("El Corral", "1 Combo Todoterreno, 1 Malteada", "$47.900"),
    ("Wok", "1 Pad thai de langostinos", "$52.300"),
    ("Sipote Burrito", "2 Burritos de carnitas", "$61.000"),
    ("Masa", "1 Sánduche de pavo, 1 croissant", "$39.800"),
    ("Mercado Carulla", "Mercado (14 productos)", "$212.650"),
]
_NEQUI = [
    ("Camila Ríos", "45.000", "lo del regalo de papá"),
    ("Natalia Giraldo", "30.000", "pizza del viernes"),
    ("Andrés Ríos", "120.000", "gracias por el préstamo"),
    ("Beatriz Echeverri", "200.000", "para el mercado mija"),
    ("Daniela Castaño", "25.000", "almuerzo 😘"),
    ("Camila Ríos", "60.000", "tiquetes cine + crispetas"),
]
_SILLA = [
    "La reforma laboral en su último debate",
    "Quién financia las campañas a la Alcaldía",
    "El mapa de las coaliciones para 2026",
    "Lo que deja el año en el Congreso",
    "Los candidatos que pelean el centro",
    "Las encuestas de febrero, explicadas",
]
_PODCAST = [
    "Episodio 88: la entrevista con el fundador de una marca de café que vende en 12 países",
    "Episodio 89: cómo negociar tu salario en marketing (con una headhunter)",
    "Episodio 90: Black Friday en Colombia, ¿vale la pena?",
    "Episodio 91: las 10 campañas del año",
    "Episodio 92: entrevista con la CMO de Rappi sobre retención",
    "Episodio 93: el estado del e-commerce en LATAM 2026",
]
_SMART = [
    "Nueva clase de spinning los martes",
    "Vuelve la clase de yoga de los sábados",
    "Tenemos nuevos horarios de funcional",
    "Este mes estrenamos clases de boxeo",
    "Año nuevo, nueva rutina: agenda tu evaluación física",
    "Reta a un amigo y gana un mes gratis",
]


def _recurring() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, (y, mo) in enumerate(_MONTHS):
        out.append(
            m(
                f"31{i}0",
                f"{y}-{mo:02d}-05 06:{10 + i:02d}",
                "Banco Cafetal <extractos@bancocafetal.com.co>",
                f"Tu extracto de {MES[mo]} está disponible",
                N,
                f"""Hola VALENTINA,

Tu extracto de la cuenta de ahorros terminada en 4417 correspondiente a {MES[mo]} de {y} ya está disponible en la Sucursal Virtual.

Por tu seguridad, el extracto está protegido con los últimos 4 dígitos de tu cédula.

Banco Cafetal nunca te pedirá claves por correo.""",
            )
        )
        out.append(
            m(
                f"31{i}1",
                f"{y}-{mo:02d}-{12 + i:02d} 03:{20 + i:02d}",
                "Spotify <no-reply@spotify.com>",
                "Tu recibo de Spotify",
                N,
                html=f"""<html><body><p>Hola Valentina:</p><p>Gracias por tu pago de Spotify Premium Individual.</p>
<p>Fecha: {12 + i}/{mo:02d}/{y} · Total: $ 18.900 COP (IVA incluido) · Tarjeta Visa terminada en 0921</p></body></html>""",
                tz="+0000",
            )
        )
        value = f"{[92450, 88130, 95710, 101220, 97300, 90880][i]:,}".replace(",", ".")
        out.append(
            m(
                f"31{i}2",
                f"{y}-{mo:02d}-{18 + i // 2:02d} 09:0{i}",
                "Enel Colombia <facturaelectronica@enel.com>",
                f"Factura Enel – {MES[mo].capitalize()} {y}",
                N,
                f"""Apreciado cliente,

Adjuntamos la factura de energía del inmueble Cra 13A # 86-47 Apto 502, periodo de {MES[mo]}.
Valor a pagar: ${value}
Fecha límite: {y}-{mo:02d}-28

Pague fácil por PSE en enel.com.co.""",
                attach=[(f"factura_{y}{mo:02d}.pdf", "application/pdf", "%PDF-1.4 factura")],
            )
        )
        rest, dish, total = _RAPPI[i]
        out.append(
            m(
                f"31{i}3",
                f"{y}-{mo:02d}-{7 + i:02d} 20:{15 + i:02d}",
                "Rappi <noreply@rappi.com>",
                f"Tu pedido de {rest} fue entregado",
                N,
                html=f"""<html><body><p>¡Gracias, Valentina!</p><p>Tu pedido de <b>{rest}</b> fue entregado.</p>
<p>{dish}<br>Total pagado: {total}</p><p>Califica a tu Rappitendero.</p></body></html>""",
            )
        )
        who, amount, note = _NEQUI[i]
        out.append(
            m(
                f"31{i}4",
                f"{y}-{mo:02d}-{2 + 3 * i:02d} 13:{30 + i:02d}",
                "Nequi <notificaciones@nequi.com.co>",
                "Te llegó plata a Nequi",
                N,
                f"""¡Hola Valentina!

{who} te envió ${amount} a tu Nequi.
Mensaje: "{note}"

Nequi, plata sencilla.""",
            )
        )
        topic = _SILLA[i]
        out.append(
            m(
                f"31{i}5",
                f"{y}-{mo:02d}-{9 + 2 * i:02d} 07:30",
                "La Silla Vacía <boletin@lasillavacia.com>",
                f"La Silla Llena: {topic}",
                N,
                f"""BOLETÍN SEMANAL

{topic}. Lo que hay detrás, en cinco claves.

Además: lo que pasó en el Congreso esta semana y el perfil de los nuevos precandidatos.

Apoya el periodismo independiente: hazte Súper Amigo.""",
            )
        )
        ep = _PODCAST[i]
        out.append(
            m(
                f"31{i}6",
                f"{y}-{mo:02d}-{20 + i // 2:02d} 10:00",
                "Marketing Hoy <newsletter@marketinghoy.co>",
                ep,
                N,
                html=f"""<html><body><h2>Marketing Hoy</h2><p>{ep}.</p><p>Escúchalo en Spotify o léelo en la web. También: los lanzamientos de la semana y las campañas más comentadas.</p></body></html>""",
            )
        )
        viewers = 9 + 3 * i
        out.append(
            m(
                f"31{i}7",
                f"{y}-{mo:02d}-{24 + (i % 3):02d} 08:45",
                "LinkedIn <notifications-noreply@linkedin.com>",
                f"Tienes {viewers} nuevas visualizaciones de perfil",
                N,
                f"""Valentina, tu perfil recibió {viewers} visualizaciones en los últimos 30 días.

Descubre quién vio tu perfil con LinkedIn Premium. Pruébalo gratis 1 mes.

Ver visualizaciones: https://www.linkedin.com/me/profile-views/""",
                tz="+0000",
            )
        )
        out.append(
            m(
                f"31{i}8",
                f"{y}-{mo:02d}-{3 + i:02d} 19:00",
                "Smart Fit <no-reply@smartfit.com.co>",
                _SMART[i],
                N,
                f"""Hola Valentina, {_SMART[i].lower()}. Reserva tu clase en la app Smart Fit. ¡Nos vemos en la sede Calle 85!""",
            )
        )
    return out


MAIL: list[dict[str, Any]] = [
    *_recurring(),
    # --- look-alikes: "solicitud", "aplicación", "oferta", "entrevista", "candidata" ----------------
    m(
        "3001",
        "2025-09-04 10:30",
        "Banco Cafetal <notificaciones@bancocafetal.com.co>",
        "¡Tu solicitud de tarjeta de crédito fue aprobada!",
        N,
        """Hola Valentina,

¡Felicitaciones! Tu solicitud de Tarjeta de Crédito Cafetal Visa Platinum fue aprobada con un cupo de $9.500.000.

Recibirás tu tarjeta en la dirección registrada en los próximos 8 días hábiles. Recuerda activarla en la app.

Banco Cafetal – Vigilado Superintendencia Financiera de Colombia""",
    ),
    m(
        "3002",
        "2025-09-02 12:00",
        "Banco Cafetal <notificaciones@bancocafetal.com.co>",
        "Recibimos tu solicitud No. 88120455",
        N,
        """Valentina, recibimos tu solicitud de tarjeta de crédito número 88120455. Estamos estudiándola y te daremos respuesta en máximo 3 días hábiles.

Puedes consultar el estado en bancocafetal.com.co/solicitudes.""",
    ),
    m(
        "3003",
        "2025-11-08 15:20",
        "Arriendos Chicó <contacto@arriendoschico.com>",
        "Estado de su aplicación – Apartamento Cedritos Calle 140",
        N,
        """Señora Valentina Ríos,

Le informamos que su aplicación para el arriendo del apartamento ubicado en la Calle 140 # 11-35, apto 804, fue aprobada por la aseguradora (Fianza Segura). Su codeudor también quedó aprobado.

Para continuar, debe firmar el contrato de arrendamiento y pagar el primer canon más el depósito antes del 15 de noviembre.

Cordialmente,
Arriendos Chicó – Inmobiliaria
Tel. 601 555 3399""",
    ),
    m(
        "3004",
        "2025-11-04 09:10",
        "Arriendos Chicó <contacto@arriendoschico.com>",
        "Documentos pendientes para estudio de arrendamiento",
        N,
        """Buen día,

Para radicar el estudio del apartamento en Cedritos nos faltan: certificado laboral o extractos de los últimos 3 meses, y copia de la cédula del codeudor.

Gracias,
Arriendos Chicó""",
    ),
    m(
        "3005",
        "2025-10-03 17:00",
        "Fundación Becas Horizonte <becas@fundacionhorizonte.org>",
        "Tu postulación a la Beca Horizonte 2026 fue recibida",
        N,
        """Hola Valentina,

Confirmamos la recepción de tu postulación a la Beca Horizonte 2026 para estudios de maestría en el exterior (convocatoria Marketing y Negocios Digitales).

Los resultados de la primera fase se publicarán el 15 de diciembre. Las candidatas preseleccionadas serán citadas a entrevista en enero.

Equipo de Becas
Fundación Horizonte""",
    ),
    m(
        "3006",
        "2025-12-15 18:00",
        "Fundación Becas Horizonte <becas@fundacionhorizonte.org>",
        "Resultados fase 1 – Beca Horizonte 2026",
        N,
        """Hola Valentina,

Lamentablemente tu postulación no fue seleccionada para la fase de entrevistas en esta convocatoria. Recibimos más de 2.300 postulaciones para 40 becas.

Te animamos a postularte de nuevo en 2027.

Fundación Horizonte""",
    ),
    m(
        "3007",
        "2025-10-10 11:00",
        "Falabella <ofertas@mail.falabella.com.co>",
        "🔥 Oferta irresistible: hasta 50 % en tecnología",
        N,
        html="""<html><body><h1>CYBER OFERTAS</h1><p>Valentina, solo por hoy: hasta 50 % de descuento en celulares, portátiles y televisores.</p><p>Paga con CMR y llévate 12 cuotas sin interés.</p><p><a href="#">Comprar ahora</a></p></body></html>""",
    ),
    m(
        "3008",
        "2025-11-28 06:00",
        "Rappi <noreply@rappi.com>",
        "Black Friday: ofertas que no puedes dejar pasar 🛒",
        N,
        html="""<html><body><p>Valentina, ¡llegó el Black Friday a Rappi!</p><p>Hasta 40 % OFF en mercado, envío gratis con Rappi Pro y cupón NEGRO15.</p></body></html>""",
    ),
    m(
        "3009",
        "2025-10-20 07:30",
        "La Silla Vacía <boletin@lasillavacia.com>",
        "Entrevista: la ministra habla del empleo joven",
        N,
        """BOLETÍN DE LA MAÑANA

En entrevista con La Silla Vacía, la ministra de Trabajo defiende la reforma laboral y explica por qué el desempleo juvenil sigue por encima del 16 %.

Además: el Congreso aplaza el debate de la reforma a la salud; las claves de las consultas internas.

Lee más en lasillavacia.com""",
    ),
    m(
        "3010",
        "2025-11-11 12:00",
        "Marketing Hoy <newsletter@marketinghoy.co>",
        "Cómo contratar a tu primer growth marketer (y qué preguntar en la entrevista)",
        N,
        html="""<html><body><h2>Marketing Hoy #142</h2>
<p><b>Contratación:</b> 7 preguntas para la entrevista de tu primer growth marketer, según tres CMOs de startups colombianas.</p>
<p><b>Datos:</b> el e-commerce creció 18 % en Colombia en el tercer trimestre.</p>
<p><b>Herramientas:</b> lo nuevo de Meta Advantage+.</p></body></html>""",
    ),
    m(
        "3011",
        "2025-10-21 16:00",
        "HubSpot Academy <webinars@hubspot.com>",
        "Invitación: Webinar Email Marketing para LATAM – 29 de octubre",
        N,
        """Hola Valentina,

Te confirmamos tu registro al webinar "Email marketing que vende en Latinoamérica".
Fecha: miércoles 29 de octubre, 11:00 a. m. (hora Bogotá)

Agrega el evento a tu calendario con el archivo adjunto.

HubSpot Academy""",
        ics={
            "uid": "hs-webinar-latam-1029@hubspot.com",
            "start": "2025-10-29 11:00:00 -0500",
            "minutes": 60,
            "organizer": ("HubSpot Academy", "webinars@hubspot.com"),
            "summary": "Webinar: Email marketing que vende en Latinoamérica",
            "location": "https://zoom.us/webinar/hubspot",
        },
    ),
    m(
        "3012",
        "2025-09-27 19:40",
        "Daniela Castaño <danicastano.m@gmail.com>",
        "Favor: referencia laboral 🙏",
        N,
        """Hola Vale!! ¿Cómo estás?

Te escribo porque estoy aplicando a un cargo de coordinadora de eventos en una agencia y me piden dos referencias laborales. ¿Te puedo poner a ti, como excompañera de Publicis? Seguramente te llamen esta semana o la otra, solo para preguntar cómo trabajábamos.

Mil gracias, te debo un almuerzo 😘
Dani""",
    ),
    m(
        "3013",
        "2025-10-05 10:15",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Felicita a Sebastián Ortiz por su nuevo empleo",
        N,
        """Sebastián Ortiz empezó un nuevo cargo como Gerente de Marca en Grupo Textil Andino.

Felicitar: https://www.linkedin.com/feed/

Valentina, ¿conoces a estas personas? Amplía tu red.""",
    ),
    m(
        "3014",
        "2025-11-19 08:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Valentina, apareciste en 14 búsquedas esta semana",
        N,
        """Tu perfil apareció en 14 búsquedas

Quienes te buscaron trabajan en: Tiendas Olimpo, Banco del Páramo, Talento Ágil Consultores.
Palabras clave: e-commerce, marketing digital.

Descubre más con Premium.""",
    ),
    m(
        "3015",
        "2025-12-22 18:12",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Natalia te envió un mensaje",
        N,
        """Natalia Giraldo
"¡Vale! Vi que entraste a Tallyfox, felicitaciones!! Tenemos que celebrar antes de Navidad"

Ver mensaje: https://www.linkedin.com/messaging/""",
    ),
    m(
        "3016",
        "2025-12-10 17:33",
        "Beatriz Echeverri <beatriz.echeverri61@hotmail.com>",
        "Novena en la casa",
        N,
        """Mija, la novena del 20 es en la casa. Trae el postre de natas que le queda tan rico y avísele a su hermano que no llegue tarde como el año pasado.

Besos,
Mamá""",
    ),
    m(
        "3017",
        "2025-10-18 12:00",
        "Avianca <noreply@info.avianca.com>",
        "Tu pase de abordar – BOG → MDE",
        N,
        html="""<html><body><p>Hola VALENTINA RIOS ECHEVERRI,</p><p>Tu pase de abordar para el vuelo AV 9321 Bogotá (BOG) → Medellín (MDE), 31 oct 2025, 06:05 está listo.</p><p>Puerta: se asigna 1 hora antes. Asiento 14C.</p></body></html>""",
    ),
    m(
        "3018",
        "2025-10-12 20:20",
        "Airbnb <automated@airbnb.com>",
        "Reserva confirmada: Laureles, Medellín",
        N,
        """Hola Valentina,

Tu reserva está confirmada. Vas a Medellín.
Llegada: vie, 31 oct · Salida: lun, 3 nov
Anfitrión: Gloria
Código de confirmación: HMZ4KR2QPA

Airbnb""",
    ),
    m(
        "3019",
        "2025-09-20 11:00",
        "Platzi <hola@platzi.com>",
        "Tu certificado del Curso de Google Analytics 4 está listo",
        N,
        """¡Felicitaciones Valentina!

Completaste el Curso de Google Analytics 4. Descarga tu certificado y compártelo en LinkedIn.

Nunca pares de aprender 💚""",
    ),
    m(
        "3020",
        "2025-11-01 10:00",
        "Platzi <hola@platzi.com>",
        "Oferta especial: 40 % en Platzi Expert anual",
        N,
        html="""<html><body><p>Valentina, solo hasta el domingo: <b>40 % de descuento</b> en la suscripción anual Expert.</p><p>Aprende marketing, data e inglés.</p></body></html>""",
    ),
    m(
        "3021",
        "2025-09-08 08:00",
        "Mercado Libre <info@mercadolibre.com.co>",
        "¡Tu compra está en camino!",
        N,
        """Hola Valentina,

Tu paquete con "Soporte para portátil ajustable aluminio" ya está en camino. Llega el miércoles.

Sigue tu envío en la app de Mercado Libre.""",
    ),
    m(
        "3022",
        "2025-09-10 14:00",
        "Mercado Libre <info@mercadolibre.com.co>",
        "Tu paquete fue entregado",
        N,
        """¡Entregamos tu paquete!

Soporte para portátil ajustable aluminio
Lo recibió: portería.

¿Qué tal tu compra? Califica al vendedor.""",
    ),
    m(
        "3023",
        "2025-11-15 19:30",
        "Rappi <noreply@rappi.com>",
        "Recibo de tu pedido en Crepes & Waffles",
        N,
        """Gracias por pedir en Rappi, Valentina.

Crepes & Waffles – Usaquén
1 Crepe de pollo champiñones, 1 Limonada de coco
Total: $58.400
Propina: $5.000

Pedido #98213441""",
    ),
    m(
        "3024",
        "2025-12-01 09:00",
        "DIAN <notificaciones@dian.gov.co>",
        "Notificación: factura electrónica recibida",
        N,
        """Señor(a) contribuyente:

Se informa que a su NIT/CC se ha expedido una factura electrónica de venta por parte de ALMACENES SABANA S.A. por valor de $342.900.

Dirección de Impuestos y Aduanas Nacionales""",
    ),
    m(
        "3025",
        "2025-09-14 16:45",
        "Camila Ríos <camirios.e@gmail.com>",
        "Fotos del cumple de papá",
        N,
        """Vale, te paso el link de las fotos del domingo. Salieron hermosas las de la torta 😂

https://photos.app.goo.gl/XXXXX

Cami""",
    ),
    m(
        "3026",
        "2025-10-26 11:11",
        "Camila Ríos <camirios.e@gmail.com>",
        "Re: ¿cómo te fue en la entrevista?",
        N,
        """Jajaja qué nervios. Yo sé que te fue bien, tú siempre te luces. Avísame cuando te digan algo!!

El sáb, 25 oct 2025 a las 21:02, Valentina Ríos escribió:
> Cami, te cuento que el jueves tuve la entrevista en Olimpo y creo que me
> fue bien. Ahora a esperar.""",
    ),
    m(
        "3027",
        "2025-12-04 08:01",
        "Camila Ríos <camirios.e@gmail.com>",
        "QUÉ????",
        N,
        """¡¡¡Vale trabajando para una empresa gringa!!! Felicitaciones, te lo mereces. Esto se celebra el sábado.

Cami""",
    ),
    m(
        "3028",
        "2025-09-25 13:00",
        "Colsanitas <citas@colsanitas.com>",
        "Confirmación de cita médica",
        N,
        """Señora Valentina Ríos Echeverri,

Su cita de Medicina General quedó programada:
Fecha: martes 30 de septiembre de 2025 – 7:20 a. m.
Sede: Centro Médico Calle 100
Profesional: Dra. Marta Lucía Ospina

Llegue 15 minutos antes.""",
        ics={
            "uid": "cita-ms-88812@colsanitas.com",
            "start": "2025-09-30 07:20:00 -0500",
            "minutes": 20,
            "organizer": ("Colsanitas", "citas@colsanitas.com"),
            "summary": "Cita Medicina General – Centro Médico Calle 100",
            "location": "Calle 100 # 18A-51",
        },
    ),
    m(
        "3029",
        "2025-10-30 09:40",
        "Smart Fit <no-reply@smartfit.com.co>",
        "Tu plan Black se renueva pronto",
        N,
        """Hola Valentina, tu plan Black se renovará automáticamente el 5 de noviembre por $109.900. Si quieres cambiar de plan, hazlo desde la app.""",
    ),
    m(
        "3030",
        "2025-09-19 20:00",
        "Netflix <info@mailer.netflix.com>",
        "Nuevo en Netflix: la serie de la que todos hablan",
        N,
        html="""<html><body><p>Valentina, ya está disponible la temporada 2.</p><p><a href="#">Ver ahora</a></p></body></html>""",
        tz="+0000",
    ),
    m(
        "3031",
        "2025-11-22 10:30",
        "Netflix <info@account.netflix.com>",
        "Se inició sesión en un nuevo dispositivo",
        N,
        """Hola, Valentina:

Alguien inició sesión en tu cuenta desde un nuevo dispositivo: Smart TV, Medellín, Colombia.

Si fuiste tú, no tienes que hacer nada. Si no, cambia tu contraseña.""",
        tz="+0000",
    ),
    m(
        "3032",
        "2025-10-02 15:00",
        "Universidad de los Andes Educación Continua <educacioncontinua@uniandes.edu.co>",
        "Inscripciones abiertas: Diplomado en Analítica de Marketing",
        N,
        """Inscripciones abiertas – Diplomado en Analítica de Marketing (modalidad virtual)
Inicio: 3 de febrero de 2026 · 120 horas

Aplica antes del 15 de enero y obtén 15 % de descuento por pronto pago.

Educación Continua – Facultad de Administración""",
    ),
    m(
        "3033",
        "2025-12-03 11:25",
        "Embajada de España – Visados <noreply@citaconsular.es>",
        "Confirmación de cita – Visado de estancia",
        N,
        """Cita confirmada

Servicio: Visado de estancia (turismo)
Fecha: 18/12/2025 – 08:40
Lugar: Consulado General de España en Bogotá, Calle 94A # 11A-70

Presente este justificante el día de la cita.""",
        tz="+0100",
    ),
    m(
        "3034",
        "2025-12-18 16:00",
        "Iberia <iberia@comunicaciones.iberia.com>",
        "Confirmación de tu reserva – Bogotá – Madrid",
        N,
        """Hola Valentina,

Tu reserva está confirmada. Código de reserva: K7VQ2M
IB6586 Bogotá → Madrid · 14 feb 2026 · 16:10
IB6585 Madrid → Bogotá · 24 feb 2026 · 11:55

Iberia""",
        tz="+0100",
    ),
    m(
        "3035",
        "2026-01-06 09:00",
        "Slack <feedback@slack.com>",
        "Únete a Tallyfox en Slack",
        NE,
        """Megan Albright has invited you to join the Slack workspace Tallyfox. Join now to start collaborating.

Join now: https://tallyfox.slack.com/

Slack Technologies""",
        tz="+0000",
    ),
    m(
        "3036",
        "2026-01-05 07:50",
        "Google Workspace <workspace-noreply@google.com>",
        "Your new Tallyfox account is ready",
        NE,
        """Hi Valentina,

Your Google Workspace account valentina.rios@tallyfox.com has been created. Sign in to get started.

The Google Workspace Team""",
        tz="+0000",
    ),
    m(
        "3037",
        "2025-09-29 18:00",
        "Cine Colombia <boletas@cinecolombia.com>",
        "Tus boletas – Andino",
        N,
        """Compra exitosa
Película: (2D) Subtitulada
Sala 5 – Andino – Sáb 4 oct – 8:15 p. m.
Sillas: F7, F8
Código: CC8812""",
    ),
    m(
        "3038",
        "2025-10-25 08:00",
        "Substack <no-reply@substack.com>",
        "Growth en español: La entrevista con la CMO de un unicornio mexicano",
        N,
        html="""<html><body><h2>Growth en español</h2><p>Esta semana entrevistamos a la CMO de una fintech mexicana: cómo armó el equipo de growth desde cero, cuánto paga y qué busca cuando contrata.</p><p>Además, 5 vacantes de la comunidad.</p></body></html>""",
        tz="+0000",
    ),
    m(
        "3039",
        "2025-11-06 12:30",
        "Meetup <info@meetup.com>",
        "Nuevo evento: Marketing Digital Bogotá – Afterwork de noviembre",
        N,
        """Marketing Digital Bogotá publicó un evento nuevo:

Afterwork: IA aplicada a performance
Jueves 20 de noviembre · 6:30 p. m. · WeWork Calle 93

Asistiré / No asistiré""",
        tz="+0000",
    ),
    m(
        "3040",
        "2025-11-19 19:00",
        "Meetup <info@meetup.com>",
        "Recordatorio: Afterwork: IA aplicada a performance es mañana",
        N,
        """Tu evento es mañana.

Afterwork: IA aplicada a performance
Jueves 20 de noviembre · 6:30 p. m. – 9:00 p. m.
WeWork Calle 93, Bogotá""",
        ics={
            "uid": "meetup-event-311245889@meetup.com",
            "start": "2025-11-20 18:30:00 -0500",
            "minutes": 150,
            "organizer": ("Meetup", "info@meetup.com"),
            "summary": "Afterwork: IA aplicada a performance",
            "location": "WeWork Calle 93, Bogotá",
        },
        tz="+0000",
    ),
    m(
        "3041",
        "2025-09-12 07:00",
        "Canva <marketing@engage.canva.com>",
        "Nuevas plantillas para tus campañas de temporada",
        NE,
        html="""<html><body><p>Hi Valentina, get ready for Q4 with 200+ new templates for Black Friday and holiday campaigns.</p></body></html>""",
        tz="+0000",
    ),
    m(
        "3042",
        "2025-10-07 13:22",
        "Google Ads <ads-noreply@google.com>",
        "Tu certificación de Google Ads – Búsqueda vence pronto",
        N,
        """Hola Valentina:

Tu certificación de Google Ads – Búsqueda vence el 2 de noviembre de 2025. Vuelve a presentar la evaluación en Skillshop para mantenerla vigente.

Equipo de Google Ads""",
        tz="+0000",
    ),
    m(
        "3043",
        "2025-10-09 21:00",
        "Skillshop <skillshop-noreply@google.com>",
        "¡Felicitaciones! Obtuviste la certificación de Google Ads – Búsqueda",
        N,
        """Valentina, aprobaste la evaluación y obtuviste la certificación. Vigencia: un año.""",
        tz="+0000",
    ),
    m(
        "3044",
        "2025-12-19 15:00",
        "Copropiedad Edificio Miramar <administracion.miramar@gmail.com>",
        "Cuota de administración enero y asamblea",
        N,
        """Señores copropietarios y residentes,

Les recordamos que la cuota de administración de enero tiene un incremento del 9,5 %. La asamblea ordinaria será el sábado 14 de marzo a las 9 a. m. en el salón comunal.

Administración Edificio Miramar""",
    ),
    m(
        "3045",
        "2025-09-01 18:30",
        "Andrés Ríos <andresrios.e@outlook.com>",
        "Pasaporte",
        N,
        """Vale, ¿tú sabes dónde quedó mi pasaporte viejo? Mamá dice que tú lo tenías en la caja azul. Lo necesito para lo de la visa.

A.""",
    ),
    m(
        "3046",
        "2025-10-31 14:12",
        "Uber <noreply@uber.com>",
        "Tu viaje del viernes por la tarde con Uber",
        N,
        """Gracias por viajar, Valentina
Total: $21.300
Aeropuerto José María Córdova → Laureles, Medellín""",
    ),
    m(
        "3047",
        "2026-01-17 11:02",
        "Bold <hola@bold.co>",
        "Encuesta: ¿qué tal tu experiencia con Bold?",
        N,
        """Hola Valentina, ¿nos regalas 1 minuto? Cuéntanos cómo fue tu experiencia con el datáfono que pediste para el emprendimiento de tu mamá.""",
    ),
    m(
        "3048",
        "2026-01-09 20:00",
        "Banco Cafetal <notificaciones@bancocafetal.com.co>",
        "Transferencia recibida",
        N,
        """Recibiste una transferencia internacional por USD 2.400,00 (COP 9.312.000) de DEEL INC. a tu cuenta terminada en 4417.""",
    ),
    m(
        "3049",
        "2026-02-03 10:10",
        "Wise <noreply@wise.com>",
        "Tu cuenta en USD está lista",
        NE,
        """Hi Valentina, your USD account details are ready. You can now receive payments from the US.

The Wise team""",
        tz="+0000",
    ),
    m(
        "3050",
        "2025-12-27 18:20",
        "Natalia Giraldo <natalia.giraldo.p@gmail.com>",
        "Re: celebración",
        N,
        """Listo, entonces el 28 a las 7 en Andrés DC. Ya reservé para 6. ¡Qué emoción!

Nata""",
    ),
    m(
        "3051",
        "2025-09-23 09:30",
        "Cámara de Comercio de Bogotá <eventos@ccb.org.co>",
        "Invitación: Foro de Comercio Electrónico 2025",
        N,
        """La Cámara de Comercio de Bogotá le invita al Foro de Comercio Electrónico 2025.

Fecha: 16 de octubre · Hora: 8:00 a. m. · Lugar: Sede Salitre
Inscripción gratuita con cupo limitado.

Entre los temas: logística de última milla, marketplaces y la oferta de talento digital en Colombia.""",
    ),
    m(
        "3052",
        "2025-10-14 07:15",
        "Cámara de Comercio de Bogotá <eventos@ccb.org.co>",
        "Su inscripción al Foro de Comercio Electrónico 2025",
        N,
        """Confirmamos su inscripción al Foro de Comercio Electrónico 2025 – jueves 16 de octubre, 8:00 a. m., Sede Salitre.""",
        ics={
            "uid": "ccb-foro-ecommerce-2025@ccb.org.co",
            "start": "2025-10-16 08:00:00 -0500",
            "minutes": 240,
            "organizer": ("Cámara de Comercio de Bogotá", "eventos@ccb.org.co"),
            "summary": "Foro de Comercio Electrónico 2025",
            "location": "CCB Sede Salitre, Av. El Dorado 68D-35",
        },
    ),
    m(
        "3053",
        "2025-09-05 19:00",
        "Amazon.com <shipment-tracking@amazon.com>",
        "Your Amazon.com order has shipped",
        NE,
        """Hello Valentina,

Your package with "Kindle Paperwhite (16 GB)" has shipped and will be delivered by Sep 16 via Amazon Global.

Track package""",
        tz="+0000",
    ),
    m(
        "3054",
        "2025-10-16 13:40",
        "Rappi <noreply@rappi.com>",
        "Confirmación de tu solicitud de RappiCard",
        N,
        """Hola Valentina, tu solicitud de RappiCard está en estudio. Te avisaremos en máximo 48 horas.""",
    ),
    m(
        "3055",
        "2025-10-18 10:20",
        "Rappi <noreply@rappi.com>",
        "Tu solicitud de RappiCard no fue aprobada",
        N,
        """Hola Valentina, lamentablemente en este momento no podemos aprobar tu RappiCard. Podrás volver a intentarlo en 90 días.""",
    ),
    m(
        "3056",
        "2025-11-25 08:00",
        "El Tiempo <boletines@eltiempo.com>",
        "Boletín: El desempleo baja al 8,2 % en octubre",
        N,
        html="""<html><body><h3>Lo más importante hoy</h3><p>El DANE reportó que la tasa de desempleo bajó a 8,2 % en octubre. Los sectores que más contrataron: comercio y servicios.</p><p>Además: ofertas de fin de año en los centros comerciales.</p></body></html>""",
    ),
    m(
        "3057",
        "2026-01-12 12:00",
        "Jorge Luis Ríos <jlrios.arq@gmail.com>",
        "Lo del carro",
        N,
        """Hija, ya hablé con el del taller y dice que el arreglo del carro queda en 1,2 millones. ¿Le parece que lo hagamos o lo vendemos? Hablamos el domingo.

Papá""",
    ),
    m(
        "3058",
        "2026-02-06 09:45",
        "Airbnb <automated@airbnb.com>",
        "Reserva confirmada: Malasaña, Madrid",
        N,
        """Hola Valentina,

Tu reserva está confirmada.
Llegada: 15 feb · Salida: 23 feb
Anfitrión: Javier
Código: HM8PQ22KLA""",
        tz="+0100",
    ),
    m(
        "3059",
        "2025-11-30 10:00",
        "Duolingo <hello@duolingo.com>",
        "¡No pierdas tu racha de 120 días!",
        N,
        """Valentina, tu racha de 120 días está en riesgo. ¡Haz una lección de 3 minutos!""",
        tz="+0000",
    ),
    m(
        "3060",
        "2025-09-16 21:40",
        "Google <no-reply@accounts.google.com>",
        "Alerta de seguridad",
        N,
        """Se accedió a tu cuenta de Google desde un nuevo dispositivo Windows. Si fuiste tú, no tienes que hacer nada.""",
        tz="+0000",
    ),
    m(
        "3061",
        "2025-12-12 15:30",
        "Fondo Nacional del Ahorro <servicioalcliente@fna.gov.co>",
        "Radicación de su solicitud de crédito hipotecario",
        N,
        """Señora Valentina Ríos Echeverri:

Su solicitud de crédito de vivienda fue radicada con el número 2025-44120. El análisis tomará hasta 15 días hábiles.

Fondo Nacional del Ahorro""",
    ),
    m(
        "3062",
        "2026-01-20 16:00",
        "Fondo Nacional del Ahorro <servicioalcliente@fna.gov.co>",
        "Aprobación de crédito – Carta de aprobación",
        N,
        """Señora Valentina:

Nos complace informarle que su solicitud de crédito hipotecario 2025-44120 fue aprobada por $180.000.000. La carta de aprobación tiene vigencia de 6 meses.

Fondo Nacional del Ahorro""",
        attach=[("carta_aprobacion.pdf", "application/pdf", "%PDF-1.4 carta")],
    ),
    m(
        "3063",
        "2025-10-06 07:00",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Recomendado para ti: Meta Social Media Marketing",
        N,
        """Valentina, según tus intereses te recomendamos el Certificado Profesional de Marketing en Redes Sociales de Meta. Inscríbete gratis.""",
        tz="+0000",
    ),
    m(
        "3064",
        "2026-01-30 18:00",
        "Tallyfox All Hands <calendar-notification@google.com>",
        "Invitation: Tallyfox Monthly All Hands @ Thu Feb 5, 2026",
        NE,
        """Tallyfox Monthly All Hands
Thursday Feb 5, 2026 ⋅ 11am – 12pm (Colombia Standard Time)

Join Zoom Meeting

Invitation from Google Calendar""",
        tz="+0000",
        ics={
            "uid": "allhands-feb-tfx@google.com",
            "start": "2026-02-05 11:00:00 -0500",
            "minutes": 60,
            "organizer": ("Jess Han", "people@tallyfox.com"),
            "summary": "Tallyfox Monthly All Hands",
            "location": "https://tallyfox.zoom.us/j/5500",
        },
    ),
    m(
        "3065",
        "2026-01-14 10:00",
        "Marco Ibáñez <marco.ibanez@tallyfox.com>",
        "Lifecycle roadmap Q1 - draft",
        NE,
        """Hey Vale! Here's the Q1 lifecycle roadmap draft we talked about. Let me know your thoughts on the WhatsApp reactivation flow before Friday's sync.

Marco""",
    ),
    m(
        "3066",
        "2025-09-28 14:00",
        "Fundación Techo Colombia <voluntariado@techo.org>",
        "Tu inscripción como voluntaria fue aceptada",
        N,
        """¡Hola Valentina!

Tu solicitud para ser voluntaria en la construcción del 25 de octubre en Soacha fue aceptada. Te esperamos a las 6 a. m. en el punto de encuentro.

TECHO Colombia""",
    ),
    m(
        "3067",
        "2025-11-13 11:00",
        "Claro <facturacion@claro.com.co>",
        "Tu factura Claro de noviembre",
        N,
        """Hola VALENTINA, tu factura del servicio Hogar (internet 500 megas) por $119.900 vence el 25/11/2025. Págala en la app Mi Claro.""",
    ),
    m(
        "3068",
        "2026-02-12 09:00",
        "Aeropuerto El Dorado <info@eldorado.aero>",
        "Encuesta de satisfacción",
        N,
        """Gracias por usar el Aeropuerto Internacional El Dorado. Cuéntanos cómo fue tu experiencia.""",
    ),
    m(
        "3069",
        "2025-12-20 13:00",
        "Tiendas Olimpo <noticias@tiendasolimpo.com.co>",
        "Valentina, tu oferta navideña te espera 🎄",
        N,
        html="""<html><body><p>Solo para clientes Olimpo Puntos: 30 % en juguetería y 2x1 en vinos. Válido hasta el 24 de diciembre.</p><p>Tienes 3.420 puntos.</p></body></html>""",
    ),
    m(
        "3070",
        "2025-09-18 16:00",
        "Laura Martínez <lmartinez.fotografia@gmail.com>",
        "Cotización sesión de fotos perfil profesional",
        N,
        """Hola Valentina, gracias por escribirme. La sesión de retrato profesional (para LinkedIn, hoja de vida, etc.) cuesta $350.000 e incluye 10 fotos editadas. Tengo disponible el sábado 27.

Laura""",
    ),
    m(
        "3071",
        "2025-09-03 12:40",
        "Daniela Castaño <danicastano.m@gmail.com>",
        "almuerzo?",
        N,
        """Vale, ¿almorzamos el viernes por la 93? Tengo chisme de la agencia jajaja""",
    ),
    m(
        "3072",
        "2025-09-21 10:05",
        "Banco Cafetal <notificaciones@bancocafetal.com.co>",
        "Compra aprobada con tu tarjeta débito",
        N,
        """Compra por $86.500 en FARMATODO USAQUEN aprobada. Si no la reconoces, llama a la línea 601 555 0000.""",
    ),
    m(
        "3073",
        "2025-10-04 16:30",
        "Decathlon <hola@decathlon.com.co>",
        "Tu pedido está listo para recoger",
        N,
        """Hola Valentina, tu pedido #DC-552190 (tenis de trail, talla 37) ya está listo en la tienda Colina. Tienes 7 días para recogerlo.""",
    ),
    m(
        "3074",
        "2025-10-08 09:00",
        "Movistar Arena <info@movistararena.co>",
        "Preventa exclusiva: boletas ya disponibles",
        N,
        html="""<html><body><p>Preventa con tu tarjeta Cafetal: 20 % de descuento en localidades VIP y Platea. Solo 48 horas.</p></body></html>""",
    ),
    m(
        "3075",
        "2025-10-13 22:10",
        "Natalia Giraldo <natalia.giraldo.p@gmail.com>",
        "el link del curso",
        N,
        """Acá está el link del curso de Klaviyo que te dije: está gratis hasta fin de mes. Besos!""",
    ),
    m(
        "3076",
        "2025-10-29 12:20",
        "HubSpot Academy <webinars@hubspot.com>",
        "La grabación del webinar ya está disponible",
        N,
        """Gracias por asistir a "Email marketing que vende en Latinoamérica". Aquí tienes la grabación y las diapositivas. Recuerda presentar el examen para obtener tu certificado.""",
    ),
    m(
        "3077",
        "2025-11-02 18:00",
        "Cabify <no-reply@cabify.com>",
        "Recibo de tu viaje",
        N,
        """Viaje del 2 nov · Laureles → Aeropuerto José María Córdova · $78.900 · Pagado con Visa •••• 0921""",
    ),
    m(
        "3078",
        "2025-11-09 11:30",
        "Andrés Ríos <andresrios.e@outlook.com>",
        "Re: Pasaporte",
        N,
        """Ya apareció, estaba en el cajón del escritorio de papá 🙄 gracias igual.

> Vale, ¿tú sabes dónde quedó mi pasaporte viejo?""",
    ),
    m(
        "3079",
        "2025-11-16 09:15",
        "Arriendos Chicó <contacto@arriendoschico.com>",
        "Contrato de arrendamiento para firma",
        N,
        """Señora Valentina, adjuntamos el contrato de arrendamiento del apartamento 804 (Calle 140) para su firma. Entrega de llaves: 1 de diciembre.""",
        attach=[("contrato_arrendamiento_804.pdf", "application/pdf", "%PDF-1.4 contrato")],
    ),
    m(
        "3080",
        "2025-11-29 17:45",
        "Homecenter <contacto@homecenter.com.co>",
        "Tu compra llegará el 2 de diciembre",
        N,
        """Hola Valentina, tu compra (cortinas blackout x3, juego de ollas) será entregada el martes 2 de diciembre entre 8 a. m. y 5 p. m. en Calle 140 # 11-35 apto 804.""",
    ),
    m(
        "3081",
        "2025-12-02 20:00",
        "Gas Natural Vanti <notificaciones@grupovanti.com>",
        "Solicitud de servicio registrada",
        N,
        """Su solicitud de reconexión del servicio de gas natural para Calle 140 # 11-35 apto 804 quedó registrada con el número 7718234. Un técnico la visitará en las próximas 72 horas.""",
    ),
    m(
        "3082",
        "2025-12-08 11:00",
        "Beatriz Echeverri <beatriz.echeverri61@hotmail.com>",
        "Fwd: receta natas",
        N,
        """Aquí está la receta, no se le olvide la leche entera.

---------- Forwarded message ---------
De: Tía Gloria <gloriaecheverri@yahoo.com>
Asunto: receta natas
Se necesitan 6 litros de leche, azúcar, canela...""",
    ),
    m(
        "3083",
        "2025-12-24 09:00",
        "Banco Cafetal <notificaciones@bancocafetal.com.co>",
        "Feliz Navidad de parte de Banco Cafetal",
        N,
        html="""<html><body><p>Valentina, en esta Navidad te deseamos lo mejor. Y recuerda: tu tarjeta de crédito tiene una oferta de compra de cartera al 1,4 % mensual.</p></body></html>""",
    ),
    m(
        "3084",
        "2026-01-02 10:00",
        "Claro <facturacion@claro.com.co>",
        "Traslado de servicio completado",
        N,
        """Hola VALENTINA, el traslado de tu servicio Hogar a Calle 140 # 11-35 apto 804 quedó completado. ¡Disfruta tu internet!""",
    ),
    m(
        "3085",
        "2026-01-08 07:30",
        "Platzi <hola@platzi.com>",
        "Tu meta de aprendizaje para 2026",
        N,
        """Valentina, 2026 es tu año. Define tu meta de aprendizaje y te armamos una ruta a tu medida.""",
    ),
    m(
        "3086",
        "2026-01-25 15:40",
        "Daniela Castaño <danicastano.m@gmail.com>",
        "ME CONTRATARON",
        N,
        """Vale!!! Me dieron el trabajo de la agencia de eventos, y me dijeron que tu referencia fue súper buena. Gracias gracias gracias. Ahora sí te invito ese almuerzo.""",
    ),
    m(
        "3087",
        "2026-02-01 12:00",
        "Migración Colombia <noreply@migracioncolombia.gov.co>",
        "Registro Check-MIG exitoso",
        N,
        """Su registro Check-MIG para el vuelo IB6586 del 14/02/2026 fue exitoso. Presente el código QR en el aeropuerto.""",
    ),
    m(
        "3088",
        "2026-02-13 19:00",
        "Iberia <iberia@comunicaciones.iberia.com>",
        "Ya puedes hacer el check-in",
        N,
        """Hola Valentina, ya puedes hacer el check-in online para tu vuelo IB6586 Bogotá – Madrid de mañana.""",
        tz="+0100",
    ),
    m(
        "3089",
        "2026-02-18 21:00",
        "Lucía Fernández <lucia.fdez.m@gmail.com>",
        "¡Qué bien verte en Madrid!",
        N,
        """Valentina, ¡qué ilusión habernos visto después de tantos años! A ver si el jueves os venís a cenar a casa, Pablo hace su tortilla. Un beso.""",
    ),
    m(
        "3090",
        "2026-02-20 10:30",
        "Museo del Prado <entradas@museodelprado.es>",
        "Tus entradas",
        N,
        """Entrada general · 21/02/2026 · 10:00 · 2 personas. Presenta el código QR en la puerta de Jerónimos.""",
        tz="+0100",
    ),
]

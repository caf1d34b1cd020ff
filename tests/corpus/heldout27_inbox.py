# ruff: noqa: E501
"""Corpus 27, the ordinary inbox of Álvaro Menéndez in Madrid (not job mail), with look-alikes
on purpose: non-job "applications", marketing "offers", "interviews" in newsletters, webinars
and appointments with calendar parts, LinkedIn social notifications, news about hiring."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    lang: str,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """A not-job spec in Madrid time (CEST until 26 October 2025, CET after)."""
    kw.setdefault("tz", "+0200" if date < "2025-10-26 03:00" else "+0100")
    return _m(key, date, frm, subject, ("not_job", lang), text, html, **kw)


MAMA = "Mercedes Álvarez <merche.alvarez58@hotmail.com>"
LAURA = "Laura Pastor <laurapastor.fisio@gmail.com>"
KIKE = "Kike Menéndez <kikemenendez@yahoo.es>"
BANK = "Banco Meseta <avisos@bancomeseta.es>"
AMZ = "Amazon.es <confirmar-envio@amazon.es>"

MAIL: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- bank, money, admin
    m(
        "27700",
        "2025-09-01 08:02",
        BANK,
        "Tu extracto de agosto ya está disponible",
        "es",
        """Hola Álvaro:

Ya puedes consultar el extracto de agosto de tu Cuenta Nómina terminada en 4471 en la app o en
bancomeseta.es > Cuentas > Extractos.

Banco Meseta. Este es un mensaje automático; por seguridad, nunca te pediremos claves por correo.""",
    ),
    m(
        "27701",
        "2025-09-05 13:40",
        BANK,
        "Hemos recibido tu solicitud de tarjeta de crédito",
        "es",
        """Hola Álvaro:

Gracias por solicitar la Tarjeta Meseta Oro. Estamos estudiando tu solicitud y en un plazo máximo
de 48 horas laborables te comunicaremos la respuesta. Es posible que te pidamos la última nómina.

Número de solicitud: TC-2025-0931884

Banco Meseta""",
    ),
    m(
        "27702",
        "2025-09-08 09:15",
        BANK,
        "Solicitud aprobada: tu nueva tarjeta va de camino",
        "es",
        """Hola Álvaro:

¡Enhorabuena! Tu solicitud de la Tarjeta Meseta Oro ha sido aprobada. La recibirás en tu domicilio
en 5-7 días hábiles. Recuerda activarla desde la app antes de usarla.

Banco Meseta""",
    ),
    m(
        "27703",
        "2025-10-01 08:05",
        BANK,
        "Tu extracto de septiembre ya está disponible",
        "es",
        """Hola Álvaro:

El extracto de septiembre de tu Cuenta Nómina (…4471) está disponible en la app.

Banco Meseta""",
    ),
    m(
        "27704",
        "2025-10-15 19:22",
        "Bizum <notificaciones@bancomeseta.es>",
        "Has recibido 25,00 € por Bizum",
        "es",
        """Kike Menéndez te ha enviado 25,00 € con el concepto "cumple mamá 🎂".

Banco Meseta · Bizum""",
    ),
    m(
        "27705",
        "2025-11-03 08:01",
        BANK,
        "Tu extracto de octubre ya está disponible",
        "es",
        """Hola Álvaro:

Ya tienes disponible el extracto de octubre. Recuerda que puedes descargar el certificado de
retenciones desde el apartado Documentos.

Banco Meseta""",
    ),
    m(
        "27706",
        "2025-11-20 11:10",
        "Hipotecas Banco Meseta <hipotecas@bancomeseta.es>",
        "Tu solicitud de hipoteca: estado del estudio",
        "es",
        """Hola Álvaro y Laura:

Os informamos de que vuestra solicitud de préstamo hipotecario (Ref. HIP-558102) ha pasado a la
fase de tasación. Un tasador homologado se pondrá en contacto con vosotros en los próximos días
para visitar la vivienda de la calle Ponzano.

Documentación pendiente: vida laboral actualizada de Álvaro y últimas tres nóminas.

Vuestro gestor, Raúl Cebrián
Oficina 0412 · Chamberí""",
    ),
    m(
        "27707",
        "2025-12-01 08:03",
        BANK,
        "Tu extracto de noviembre ya está disponible",
        "es",
        """Hola Álvaro: el extracto de noviembre de tu cuenta …4471 está disponible en la app.

Banco Meseta""",
    ),
    m(
        "27708",
        "2026-01-22 10:30",
        "Hipotecas Banco Meseta <hipotecas@bancomeseta.es>",
        "Oferta vinculante de vuestro préstamo hipotecario",
        "es",
        """Hola Álvaro y Laura:

Os adjuntamos la Ficha Europea de Información Normalizada (FEIN) y la oferta vinculante de
vuestro préstamo hipotecario. Conforme a la Ley 5/2019, debéis acudir al notario para el acta de
transparencia al menos 10 días antes de la firma.

Raúl Cebrián · Banco Meseta""",
        attach=[("FEIN_HIP-558102.pdf", "application/pdf", "%PDF-1.4 FEIN (placeholder)")],
    ),
    m(
        "27709",
        "2026-02-02 08:04",
        BANK,
        "Tu extracto de enero ya está disponible",
        "es",
        """Hola Álvaro: ya tienes el extracto de enero. Banco Meseta""",
    ),
    m(
        "27710",
        "2025-09-19 12:00",
        "Agencia Tributaria <notificaciones@correo.aeat.es>",
        "Aviso de notificación en la Dirección Electrónica Habilitada única",
        "es",
        """Le informamos de que tiene una notificación pendiente de la Agencia Estatal de Administración
Tributaria en la Dirección Electrónica Habilitada única (DEHú).

Acceda a https://dehu.redsara.es para consultarla. Este correo es meramente informativo.""",
    ),
    m(
        "27711",
        "2025-10-27 09:00",
        "Cita Previa DNI <citaprevia@dnielectronico.es>",
        "Confirmación de cita previa - Renovación DNI",
        "es",
        """Su cita ha sido confirmada.

Trámite: Renovación DNI
Oficina: Madrid - Chamberí (C/ Eloy Gonzalo 5)
Fecha: 06/11/2025  Hora: 09:40
Localizador: 7TQ4KX

Recuerde traer una fotografía reciente y el DNI actual.""",
    ),
    m(
        "27712",
        "2025-12-28 18:30",
        "GOV.UK <noreply@notifications.service.gov.uk>",
        "Your UK Electronic Travel Authorisation (ETA) application",
        "en",
        """Dear ALVARO MENENDEZ,

We've received your application for an electronic travel authorisation (ETA).

Application reference: 4410-7723-1180-0912

We'll usually email you a decision within 3 working days. You do not need to do anything else
until you receive a decision.

UK Visas and Immigration""",
        tz="+0000",
    ),
    m(
        "27713",
        "2025-12-30 10:02",
        "GOV.UK <noreply@notifications.service.gov.uk>",
        "Your UK ETA has been approved",
        "en",
        """Dear ALVARO MENENDEZ,

Your application for an electronic travel authorisation (ETA) has been approved. Your ETA is
linked to the passport you used to apply. It is valid for 2 years.

UK Visas and Immigration""",
        tz="+0000",
    ),
    # ---------------------------------------------------------------- shopping, deliveries
    m(
        "27720",
        "2025-09-03 15:20",
        AMZ,
        'Tu pedido de Amazon.es de "Funda nórdica 150..." ha sido enviado',
        "es",
        html="""<html><body style="font-family:Arial"><p>Hola Álvaro,</p><p>Tu paquete está en camino.</p>
<p><b>Funda nórdica 150 cm algodón lavado, gris perla</b><br>Llegada estimada: jueves, 4 de septiembre</p>
<p><a href="https://www.amazon.es/gp/your-account/order-details?orderID=407-1180035-5521104">Ver o gestionar pedido</a></p></body></html>""",
    ),
    m(
        "27721",
        "2025-09-27 10:11",
        AMZ,
        'Entregado: "Libro Revenue Management for..."',
        "es",
        html="""<html><body style="font-family:Arial"><p>Tu paquete se ha entregado.</p>
<p><b>Revenue Management for the Hospitality Industry (tapa blanda)</b><br>Entregado en: buzón</p></body></html>""",
    ),
    m(
        "27722",
        "2025-10-30 21:04",
        AMZ,
        'Tu pedido de Amazon.es de "Disfraz de dinosaurio..."',
        "es",
        html="""<html><body style="font-family:Arial"><p>Gracias por tu pedido, Álvaro.</p>
<p><b>Disfraz de dinosaurio infantil 4-6 años</b> · Llegada: viernes, 31 de octubre</p>
<p>Total del pedido: 22,99 €</p></body></html>""",
    ),
    m(
        "27723",
        "2025-11-28 08:30",
        "Amazon.es <store-news@amazon.es>",
        "Black Friday: ofertas que terminan hoy",
        "es",
        html="""<html><body style="font-family:Arial"><h2>Black Friday · Últimas horas</h2>
<p>Ofertas de hasta el 40 % en electrónica, hogar y moda. ¡No te quedes sin la tuya!</p>
<p><a href="https://www.amazon.es/blackfriday">Ver todas las ofertas</a></p></body></html>""",
    ),
    m(
        "27724",
        "2025-12-14 12:45",
        AMZ,
        "Tu pedido de Amazon.es (3 artículos) ha sido enviado",
        "es",
        html="""<html><body style="font-family:Arial"><p>Hola Álvaro, tu pedido está en camino:</p>
<ul><li>Juego de construcción granja</li><li>Taza térmica acero 450 ml</li><li>Pilas AA pack 24</li></ul>
<p>Llegada estimada: martes, 16 de diciembre</p></body></html>""",
    ),
    m(
        "27725",
        "2025-10-04 17:03",
        "Wallapop <no-reply@wallapop.com>",
        "¡Tu oferta ha sido aceptada! 🎉",
        "es",
        """¡Buenas noticias, Álvaro!

Marta_C ha aceptado tu oferta de 60 € por "Cuna de viaje Chicco + colchón". Ya podéis acordar la
entrega por el chat o pagar con envío Wallapop.

Ir al chat: https://es.wallapop.com/app/chat""",
    ),
    m(
        "27726",
        "2025-10-04 17:40",
        "Wallapop <no-reply@wallapop.com>",
        "Nuevo mensaje de Marta_C",
        "es",
        """Marta_C: "Perfecto, ¿te va bien mañana a las 12 en la salida del metro Quevedo?"

Responder: https://es.wallapop.com/app/chat""",
    ),
    m(
        "27727",
        "2025-11-08 13:20",
        "El Corte Inglés <noreply@elcorteingles.es>",
        "Tu ticket electrónico",
        "es",
        """Gracias por tu compra en El Corte Inglés Princesa.

Fecha: 08/11/2025 13:18
Importe: 89,90 €
Artículos: 1 x Zapatilla running hombre

Conserva este ticket para cambios y devoluciones (30 días).""",
    ),
    m(
        "27728",
        "2025-12-19 09:12",
        "SEUR <notificaciones@seur.com>",
        "Tu envío llega hoy entre 10:00 y 14:00",
        "es",
        """Hola, tu envío 0761 8834 2201 de PEQUEÑOS EXPLORADORES S.L. llega hoy entre las 10:00 y las 14:00.

¿No vas a estar? Cambia la entrega en https://www.seur.com/miseur/""",
    ),
    m(
        "27729",
        "2025-09-13 20:35",
        "Glovo <no-reply@glovoapp.com>",
        "Tu pedido de Sushi Nakama está en camino",
        "es",
        """¡Tu pedido ya va de camino! Tu repartidor, Luis, llegará en unos 15 minutos.

Pedido #GL-88213 · Total 34,50 €""",
    ),
    m(
        "27730",
        "2025-11-22 21:10",
        "Glovo <no-reply@glovoapp.com>",
        "Oferta exclusiva: envío gratis este fin de semana",
        "es",
        """Álvaro, tenemos una oferta solo para ti: envío gratis en todos los restaurantes hasta el
domingo. Usa el código FINDE0.

Glovo · Darte de baja""",
    ),
    m(
        "27731",
        "2025-10-19 11:00",
        "IKEA <noreply@ikea.es>",
        "Confirmación de pedido 1172339482",
        "es",
        """Hola Álvaro,

Gracias por tu compra. Resumen del pedido 1172339482:
- 1 x KALLAX estantería 77x147, blanco
- 1 x SKÅDIS tablero perforado

Entrega: 24/10/2025 (franja 8:00-14:00)

IKEA Ibérica S.A.""",
    ),
    # ---------------------------------------------------------------- utilities, telecom, subscriptions
    m(
        "27740",
        "2025-09-09 10:00",
        "Iberdrola Clientes <clientes@iberdrola.es>",
        "Tu factura de luz de agosto",
        "es",
        """Hola Álvaro:

Ya tienes disponible tu factura de luz del periodo 05/07/2025 – 04/09/2025.
Importe: 87,34 €. Se cargará en tu cuenta el 19/09/2025.

Consúltala en tu Área Clientes.""",
    ),
    m(
        "27741",
        "2025-11-10 10:00",
        "Iberdrola Clientes <clientes@iberdrola.es>",
        "Tu factura de luz de octubre",
        "es",
        """Hola Álvaro:

Tu factura de luz del periodo 05/09/2025 – 04/11/2025 ya está disponible. Importe: 71,18 €.

Iberdrola Clientes""",
    ),
    m(
        "27742",
        "2026-01-09 10:00",
        "Iberdrola Clientes <clientes@iberdrola.es>",
        "Tu factura de luz de diciembre",
        "es",
        """Hola Álvaro: ya puedes ver tu factura del periodo 05/11/2025 – 04/01/2026. Importe: 112,60 €.""",
    ),
    m(
        "27743",
        "2025-09-20 09:30",
        "Digi <noreply@digimobil.es>",
        "Tu factura de septiembre",
        "es",
        """Hola ÁLVARO, tu factura de Digi de septiembre es de 30,00 € (Fibra 1Gb + 2 líneas).

Consulta el detalle en Mi Digi.""",
    ),
    m(
        "27744",
        "2025-12-20 09:31",
        "Digi <noreply@digimobil.es>",
        "Tu factura de diciembre",
        "es",
        """Hola ÁLVARO, tu factura de Digi de diciembre es de 30,00 €.""",
    ),
    m(
        "27745",
        "2025-10-02 07:15",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        "es",
        """Hola Álvaro, gracias por tu pago del plan Premium Familiar: 17,99 €. Próximo pago: 2 nov 2025.""",
    ),
    m(
        "27746",
        "2025-12-03 09:00",
        "Spotify <no-reply@spotify.com>",
        "Tu Spotify Wrapped 2025 está aquí",
        "es",
        html="""<html><body style="background:#000;color:#fff;font-family:Arial"><h1>Tu 2025 en Spotify</h1>
<p>Escuchaste 31.240 minutos. Tu artista más escuchado: Rodrigo Cuevas.</p>
<p><a href="https://www.spotify.com/wrapped" style="color:#1ed760">Descubre tu Wrapped</a></p></body></html>""",
    ),
    m(
        "27747",
        "2025-09-25 18:00",
        "Netflix <info@mailer.netflix.com>",
        "Nuevo en Netflix esta semana",
        "es",
        """Álvaro, estas son las novedades: una miniserie de cocina en Oaxaca, la segunda temporada de
tu thriller favorito y un documental sobre hoteles legendarios de la Riviera.""",
    ),
    m(
        "27748",
        "2025-11-01 06:30",
        "Basic-Fit <info@basic-fit.com>",
        "Tu cuota de noviembre",
        "es",
        """Hola Álvaro, el 1 de noviembre cargaremos 29,99 € de tu membresía Premium. ¡Nos vemos en el club!""",
    ),
    m(
        "27749",
        "2026-01-02 08:00",
        "Basic-Fit <info@basic-fit.com>",
        "Año nuevo, objetivos nuevos: oferta para traer a un amigo",
        "es",
        """Trae a un amigo este mes y los dos tendréis un mes gratis. Oferta válida hasta el 31 de enero.""",
    ),
    # ---------------------------------------------------------------- travel
    m(
        "27750",
        "2025-09-29 14:12",
        "Renfe <venta@renfe.es>",
        "Confirmación de compra - Localizador Q7HZ2M",
        "es",
        """Gracias por su compra.

Trayecto: MADRID-PUERTA DE ATOCHA → MÁLAGA MARÍA ZAMBRANO
Fecha: 07/10/2025  Salida: 08:05  Llegada: 10:49
Tren: AVE 02071  Coche 6  Plaza 07A
Importe: 47,30 €

Localizador: Q7HZ2M""",
    ),
    m(
        "27751",
        "2025-12-15 22:40",
        "Renfe <venta@renfe.es>",
        "Confirmación de compra - Localizador 4KP9VB",
        "es",
        """Gracias por su compra.

Trayecto: MADRID-PUERTA DE ATOCHA → MÁLAGA MARÍA ZAMBRANO (ida y vuelta)
Ida: 18/12/2025 06:35 · Vuelta: 18/12/2025 19:20
Importe total: 88,60 €

Localizador: 4KP9VB""",
    ),
    m(
        "27752",
        "2025-10-11 10:05",
        "Iberia <iberia@comunicaciones.iberia.com>",
        "Tu tarjeta de embarque - Madrid - Londres",
        "es",
        """Hola ÁLVARO,

Ya tienes tu tarjeta de embarque para el vuelo IB3166 Madrid (MAD) – Londres Heathrow (LHR) del
12/10/2025 a las 09:50. Puerta de embarque: se informará en el aeropuerto.

¡Buen viaje!""",
    ),
    m(
        "27753",
        "2025-10-02 19:00",
        "Booking.com <noreply@booking.com>",
        "Reserva confirmada en The Clerkenwell Rooms",
        "es",
        """Álvaro, tu reserva está confirmada.

The Clerkenwell Rooms · Londres
Entrada: dom 12 oct 2025 · Salida: mié 15 oct 2025
Número de confirmación: 4123.881.207

Gestiona tu reserva en la app de Booking.com.""",
    ),
    m(
        "27754",
        "2025-11-25 12:00",
        "Booking.com <noreply@booking.com>",
        "Ofertas de última hora para tu próximo viaje",
        "es",
        """Ahorra un 15 % o más en alojamientos de Lisboa, Oporto y Sevilla. Ofertas por tiempo limitado.""",
    ),
    m(
        "27755",
        "2026-01-28 11:20",
        "Vueling <noreply@vueling.com>",
        "Tu reserva MRKQ4T - Madrid - Lanzarote",
        "es",
        """Hola Álvaro, aquí tienes los detalles de tu reserva:

VY3820 MAD → ACE · sáb 21 feb 2026 · 10:15
VY3821 ACE → MAD · sáb 28 feb 2026 · 17:40
Pasajeros: 3 (2 adultos, 1 niño)

Reserva: MRKQ4T""",
    ),
    m(
        "27756",
        "2026-01-29 09:00",
        "Airbnb <automated@airbnb.com>",
        "Reserva confirmada: casa en Famara",
        "es",
        """¡Todo listo para tu viaje a Famara, Álvaro!

Llegada: 21 feb 2026 · Salida: 28 feb 2026 · 3 huéspedes
Anfitriona: Nayra

Código de confirmación: HMQ4Y2KZ8A""",
    ),
    m(
        "27757",
        "2025-10-24 08:00",
        "Uber <noreply@uber.com>",
        "Tu viaje del jueves por la mañana",
        "es",
        """Gracias por viajar con Uber, Álvaro.

Total: 23,40 €
De: Calle de Ponzano 41 → A: Ctra. M-506 km 22, San Martín de la Vega""",
    ),
    # ---------------------------------------------------------------- family and friends
    m(
        "27760",
        "2025-09-04 21:30",
        MAMA,
        "fotos del pueblo",
        "es",
        """Hijo te mando las fotos de las fiestas de Cangas, tu padre salió fatal en todas jajaja.
Dale un beso a Laura y al peque.

Mamá""",
        attach=[
            ("IMG_2231.jpg", "image/jpeg", "jpegdata"),
            ("IMG_2234.jpg", "image/jpeg", "jpegdata"),
        ],
    ),
    m(
        "27761",
        "2025-09-21 10:14",
        KIKE,
        "Comida domingo 28?",
        "es",
        """Tío, ¿os venís el domingo 28 a comer a casa? Hago fabada, que Ana está de guardia.
Confirmame que compro pan.

Kike""",
    ),
    m(
        "27762",
        "2025-09-21 12:50",
        LAURA,
        "Re: Comida domingo 28?",
        "es",
        """Nosotros vamos! Llevo postre.

El dom, 21 sept 2025 a las 10:14, Kike Menéndez (<kikemenendez@yahoo.es>) escribió:
> Tío, ¿os venís el domingo 28 a comer a casa? Hago fabada, que Ana está de guardia.""",
        **reply("27761", KIKE),
    ),
    m(
        "27763",
        "2025-10-09 08:31",
        LAURA,
        "lista para el súper",
        "es",
        """- leche (2 bricks)
- plátanos
- yogures del peque
- papel de horno
- algo para la cena del viernes con Sara y Pedro

Gracias cari 😘""",
    ),
    m(
        "27764",
        "2025-10-14 22:05",
        MAMA,
        "el cumple",
        "es",
        """Gracias por el regalo hijo, me encantó el pañuelo. Y dile a tu hermano que el Bizum no era
necesario! Ya sé que estás con lo del trabajo, ya verás como sale algo bueno.
Besos, mamá""",
    ),
    m(
        "27765",
        "2025-10-25 17:40",
        "Sara Molina <saramolina.arq@gmail.com>",
        "Cena del viernes",
        "es",
        """Holaaa, ¿confirmamos cena el viernes 31 en vuestra casa? Pedro lleva vino y yo hago la tarta
de queso. ¿A las 21:30 os va? Besos!!""",
    ),
    m(
        "27766",
        "2025-11-06 18:20",
        "Javi Ortega <javi.ortega.lopez@gmail.com>",
        "pádel jueves",
        "es",
        """Álvaro, tengo pista el jueves a las 20:30 en el Canal, nos falta uno. ¿Te apuntas?
Si no, lo hablo con Nacho.""",
    ),
    m(
        "27767",
        "2025-11-16 12:00",
        "Colegio Ponzano Infantil <secretaria@escuelaponzano.es>",
        "Circular: festival de Navidad",
        "es",
        """Estimadas familias:

El festival de Navidad de Infantil será el viernes 19 de diciembre a las 10:00 en el salón de
actos. Las familias podrán asistir con un máximo de dos invitados por alumno.

Rogamos que los niños vengan con camiseta blanca y gorro rojo.

Secretaría · Escuela Infantil Ponzano""",
    ),
    m(
        "27768",
        "2025-12-02 09:20",
        "Escuela Infantil Ponzano <secretaria@escuelaponzano.es>",
        "Solicitud de plaza escolar 2026-2027: documentación",
        "es",
        """Estimada familia:

Les recordamos que el plazo de solicitud de admisión en 2º ciclo de Educación Infantil (curso
2026-2027) de la Comunidad de Madrid se abre en abril. Desde secretaría podemos ayudarles a
preparar la solicitud y la documentación (libro de familia, empadronamiento).

Secretaría""",
    ),
    m(
        "27769",
        "2025-12-24 11:30",
        MAMA,
        "Nochebuena",
        "es",
        """Hijo, ¿a qué hora llegáis esta noche? Tu padre quiere saber si traes tú el vino o lo compra él.
Feliz Nochebuena a los tres!!!""",
    ),
    m(
        "27770",
        "2026-01-12 22:48",
        KIKE,
        "enhorabuena!!!",
        "es",
        """Me ha dicho mamá lo del hotel de Huertas!!! Enhorabuena hermano, te lo mereces.
Esto hay que celebrarlo, ¿finde que viene?""",
    ),
    m(
        "27771",
        "2026-01-13 07:55",
        "Sara Molina <saramolina.arq@gmail.com>",
        "Re: noticias!",
        "es",
        """Qué alegríaaaaa!!! Ya sabía yo que Paloma te iba a fichar. Brindamos el viernes 🥂

> El 12 ene 2026, Laura Pastor escribió:
> Chicos, Álvaro tiene trabajo nuevo a partir de marzo!! Cena el viernes?""",
    ),
    m(
        "27772",
        "2025-10-20 19:10",
        "Javi Ortega <javi.ortega.lopez@gmail.com>",
        "Entrevista para el trabajo de clase de Lucía",
        "es",
        """Hola Álvaro, una cosa rara: mi sobrina Lucía está en 1º de Turismo en la Complutense y tiene
que hacer una "entrevista a un profesional del sector" para una asignatura. ¿Le dejarías
hacerte 20 minutos de preguntas por videollamada? Sería esta semana o la que viene.

Gracias crack""",
    ),
    m(
        "27773",
        "2025-10-22 21:02",
        "Lucía Ortega <lucia.ortega.tur@ucm.es>",
        "Preguntas para la entrevista (trabajo de Introducción al Turismo)",
        "es",
        """Hola Álvaro,

Muchas gracias por aceptar la entrevista para mi trabajo. Te adelanto las preguntas:
1. ¿Cómo empezaste en la hostelería?
2. ¿Qué hace exactamente un revenue manager?
3. ¿Qué consejo le darías a alguien que empieza?

¿Te viene bien el jueves a las 18:00?

Un saludo,
Lucía Ortega""",
    ),
    m(
        "27774",
        "2025-11-30 16:15",
        "Comunidad de Propietarios Ponzano 41 <admin@fincasrivas.es>",
        "Convocatoria de Junta General Ordinaria",
        "es",
        """Estimado/a propietario/a:

Por la presente se le convoca a la Junta General Ordinaria que se celebrará el 15 de diciembre
de 2025 a las 19:00 en primera convocatoria y a las 19:30 en segunda, en el portal del edificio.

Orden del día: 1. Aprobación de cuentas. 2. Presupuesto 2026. 3. Derrama ascensor. 4. Ruegos.

Fincas Rivas, administración""",
    ),
    m(
        "27775",
        "2026-02-08 11:44",
        LAURA,
        "piso Ponzano - notaría",
        "es",
        """Amor, me ha llamado Raúl del banco: la firma en la notaría sería el 24 de febrero a las 12.
¿Pides el día? Así ya estamos de vuelta de Lanzarote.
😍🏠""",
    ),
    m(
        "27776",
        "2025-09-16 20:20",
        "Pedro Lanza <pedrolanza@outlook.es>",
        "Fotos boda Irene",
        "es",
        """Os dejo el enlace a las fotos de la boda de Irene: https://photos.app.goo.gl/Bx7dEr2mQ
Estáis guapísimos en la 47!""",
    ),
    m(
        "27777",
        "2026-02-14 10:00",
        "Kike Menéndez <kikemenendez@yahoo.es>",
        "Fwd: vídeo del peque en el festival",
        "es",
        """Mira lo que me ha pasado Ana, qué risa 😂

---------- Forwarded message ---------
De: Ana Cuesta <anacuesta.med@gmail.com>
Asunto: vídeo del peque
Enlace: https://drive.google.com/file/d/1xZk8Q/view""",
    ),
    # ---------------------------------------------------------------- look-alikes: applications
    m(
        "27780",
        "2025-09-06 11:30",
        "idealista <noreply@idealista.com>",
        "Tu solicitud de visita se ha enviado al anunciante",
        "es",
        """Hola Álvaro,

Hemos enviado tu solicitud de información sobre el piso de 3 habitaciones en calle de Ponzano,
Chamberí (Madrid) – 465.000 €. El anunciante, Fincas Almagro, se pondrá en contacto contigo.

Consejo: prepara tu informe de solvencia para acelerar el proceso.

idealista""",
    ),
    m(
        "27781",
        "2025-09-10 16:05",
        "Fincas Almagro <visitas@fincasalmagro.es>",
        "Visita Ponzano 41 - sábado 13",
        "es",
        """Buenas tardes Álvaro,

Le confirmamos la visita al piso de Ponzano 41, 3ºB, el sábado 13 de septiembre a las 11:00.
Le esperará Mónica en el portal.

Un saludo,
Fincas Almagro""",
    ),
    m(
        "27782",
        "2025-09-22 13:00",
        "Fincas Almagro <visitas@fincasalmagro.es>",
        "Oferta aceptada por la propiedad - Ponzano 41",
        "es",
        """Buenas tardes Álvaro y Laura,

Les comunicamos que la propiedad ha aceptado su oferta de 452.000 € por la vivienda de Ponzano
41, 3ºB. El siguiente paso es la firma del contrato de arras; les propondremos fecha en cuanto
tengamos el borrador.

Enhorabuena,
Fincas Almagro""",
    ),
    m(
        "27783",
        "2025-10-03 10:00",
        "Escuela Superior de Turismo Atocha <admisiones@estatocha.es>",
        "Solicitud de admisión recibida – Máster en Revenue Management y Distribución",
        "es",
        """Estimado Álvaro:

Hemos recibido correctamente tu solicitud de admisión al Máster Executive en Revenue Management y
Distribución (edición febrero 2026, modalidad online).

El Comité de Admisiones revisará tu expediente y te convocará a una entrevista personal de
admisión en las próximas semanas. Recuerda subir a la plataforma la copia de tu título.

Oficina de Admisiones · ESTA""",
    ),
    m(
        "27784",
        "2025-10-17 12:30",
        "Escuela Superior de Turismo Atocha <admisiones@estatocha.es>",
        "Entrevista de admisión - Máster Executive en Revenue Management",
        "es",
        """Estimado Álvaro:

Te convocamos a la entrevista de admisión al Máster el martes 21 de octubre a las 18:00, por
videoconferencia (enlace en tu área de candidato). Duración: 20 minutos con la directora
académica.

Oficina de Admisiones · ESTA""",
    ),
    m(
        "27785",
        "2025-11-04 09:45",
        "Escuela Superior de Turismo Atocha <admisiones@estatocha.es>",
        "¡Has sido admitido! Máster Executive en Revenue Management",
        "es",
        """¡Enhorabuena, Álvaro!

Nos complace comunicarte que has sido admitido en el Máster Executive en Revenue Management y
Distribución. Para reservar tu plaza, abona la matrícula (1.200 €) antes del 30 de noviembre.

Oficina de Admisiones · ESTA""",
    ),
    m(
        "27786",
        "2025-11-27 18:00",
        "Escuela Superior de Turismo Atocha <admisiones@estatocha.es>",
        "Lamentamos tu decisión: reserva de plaza no realizada",
        "es",
        """Hola Álvaro, hemos visto que no has formalizado la reserva de plaza. Si cambias de idea, la
edición de octubre 2026 abre inscripciones en mayo. ¡Te esperamos!""",
    ),
    m(
        "27787",
        "2025-09-17 19:00",
        "Banco de Alimentos de Madrid <voluntariado@bamadrid.org>",
        "Gracias por tu solicitud de voluntariado",
        "es",
        """Hola Álvaro,

¡Gracias por querer ser voluntario en la Gran Recogida! Hemos recibido tu solicitud para el turno
del sábado 29 de noviembre en el supermercado de Cea Bermúdez. Unos días antes te enviaremos la
confirmación del turno y el nombre del coordinador.

Banco de Alimentos de Madrid""",
    ),
    m(
        "27788",
        "2025-11-24 12:00",
        "Banco de Alimentos de Madrid <voluntariado@bamadrid.org>",
        "Confirmación de turno - Gran Recogida",
        "es",
        """Hola Álvaro: tu turno queda confirmado el sábado 29 de 10:00 a 14:00. Tu coordinador será
Emilio (tlf. 655 12 40 87). ¡Gracias!""",
    ),
    m(
        "27789",
        "2025-12-09 10:20",
        "Consulado General de Portugal <noreply@mne.gov.pt>",
        "Pedido de agendamento recebido",
        "pt",
        """Exmo.(a) Senhor(a) ALVARO MENENDEZ,

O seu pedido de agendamento para o serviço "Reconhecimento de assinatura" foi recebido. Receberá
confirmação da data por e-mail.

Consulado-Geral de Portugal em Madrid""",
    ),
    # ---------------------------------------------------------------- look-alikes: offers, interviews, hiring news
    m(
        "27790",
        "2025-09-12 09:00",
        "Hosteltur <boletin@hosteltur.com>",
        'Entrevista: "El revenue manager del futuro será un analista de datos"',
        "es",
        """HOSTELTUR · Boletín diario

ENTREVISTA | Marina Gallardo, directora de revenue de una gran cadena vacacional: "El revenue
manager del futuro será un analista de datos con mucha intuición comercial". Hablamos con ella
sobre IA, precios dinámicos y la guerra por el talento.

Además hoy: Las pernoctaciones hoteleras crecen un 3,1 % en agosto · Canarias bate récord de
turistas británicos · Lisboa sube la tasa turística.

Leer en hosteltur.com""",
    ),
    m(
        "27791",
        "2025-10-10 09:00",
        "Hosteltur <boletin@hosteltur.com>",
        "El sector hotelero busca 18.000 trabajadores para la temporada de invierno",
        "es",
        """HOSTELTUR · Boletín diario

EMPLEO | Las cadenas canarias y de la Costa del Sol necesitan cubrir 18.000 puestos para el
invierno. Recepción, cocina y pisos, los perfiles más difíciles de encontrar. Las empresas
mejoran salarios y alojamiento para atraer candidatos.

Además: La ocupación en Madrid roza el 85 % en septiembre.""",
    ),
    m(
        "27792",
        "2025-11-14 09:00",
        "Hosteltur <boletin@hosteltur.com>",
        "Una cadena abre proceso para contratar 400 personas en Málaga",
        "es",
        """HOSTELTUR · Boletín diario

Una cadena hotelera andaluza prevé contratar 400 personas para sus tres aperturas de 2026 en la
provincia de Málaga. Según su director de personas, "la formación interna será clave".

Además: El RevPAR de Barcelona cae un 2 % en octubre por la tasa turística.""",
    ),
    m(
        "27793",
        "2025-12-12 09:00",
        "Hosteltur <boletin@hosteltur.com>",
        "Balance 2025: los hoteles españoles cierran su mejor año",
        "es",
        """HOSTELTUR · Boletín diario

Los hoteles españoles cierran 2025 con un ADR récord. Entrevistamos a cinco directores generales
sobre lo que esperan de 2026.""",
    ),
    m(
        "27794",
        "2025-10-01 08:00",
        "Skift <newsletter@skift.com>",
        "Skift Daily: Hotels bet on AI pricing, again",
        "en",
        """Good morning. Today: why hotel groups are reopening the AI pricing debate, an interview with
the CEO of a boutique chain on owner relations, and the hiring crunch in European resort
markets.""",
    ),
    m(
        "27795",
        "2025-11-19 08:00",
        "Skift <newsletter@skift.com>",
        "Skift Daily: The hotel labor shortage isn't over",
        "en",
        """Hotels across Europe are still struggling to hire front-office staff. We talked to three HR
leaders about pay, housing and the four-day week.""",
    ),
    m(
        "27796",
        "2025-10-06 12:00",
        "PriceWise RMS <events@pricewise-rms.com>",
        'Invitación: Webinar "Pricing dinámico para 2026"',
        "es",
        """Hola Álvaro,

Te esperamos en nuestro webinar gratuito "Pricing dinámico para 2026: lo que funciona en hoteles
urbanos", el jueves 16 de octubre a las 16:00 (CEST). Te adjuntamos la invitación para tu
calendario.

Equipo PriceWise RMS""",
        ics={
            "uid": "pricewise-webinar-20251016@pricewise-rms.com",
            "start": "2025-10-16 16:00:00 +0200",
            "minutes": 60,
            "organizer": ("PriceWise RMS Events", "events@pricewise-rms.com"),
            "summary": "Webinar: Pricing dinámico para 2026",
            "location": "https://pricewise-rms.zoom.us/webinar/register/WN_4kq",
            "description": "Webinar gratuito. Ponentes: equipo de Customer Success de PriceWise.",
        },
    ),
    m(
        "27797",
        "2025-10-17 10:00",
        "PriceWise RMS <events@pricewise-rms.com>",
        "Grabación y presentación del webinar",
        "es",
        """Gracias por registrarte. Aquí tienes la grabación y las diapositivas: https://pricewise-rms.com/webinars/2026
Y una oferta especial: 3 meses de PriceWise Pro al 50 % para hoteles independientes.""",
    ),
    m(
        "27798",
        "2025-11-26 10:00",
        "ITH <eventos@ithotelero.com>",
        "Invitación: Foro de Innovación Hotelera - 10 de diciembre",
        "es",
        """Estimado profesional:

Tenemos el placer de invitarle al Foro de Innovación Hotelera, el 10 de diciembre en Madrid.
Mesas redondas sobre distribución, talento y sostenibilidad. Plazas limitadas.

Inscripción: https://ithotelero.com/foro-2025""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000ITH27798",
            "start": "2025-12-10 09:30:00 +0100",
            "minutes": 240,
            "organizer": ("Eventos ITH", "eventos@ithotelero.com"),
            "summary": "Foro de Innovación Hotelera 2025",
            "location": "Auditorio Castellana 33, Madrid",
        },
    ),
    m(
        "27799",
        "2025-10-13 19:00",
        "Clínica Dental Chamberí <citas@dentalchamberi.es>",
        "Recordatorio de cita",
        "es",
        """Hola Álvaro, le recordamos su cita de revisión e higiene el martes 14/10 a las 19:30 con la Dra. Sanz.

Si no puede acudir, avísenos al 91 446 22 10.""",
        ics={
            "uid": "cita-7781-20251014@dentalchamberi.es",
            "start": "2025-10-14 19:30:00 +0200",
            "minutes": 45,
            "organizer": ("Clínica Dental Chamberí", "citas@dentalchamberi.es"),
            "summary": "Revisión e higiene dental",
            "location": "C/ Santa Engracia 120, Madrid",
        },
    ),
    m(
        "27800",
        "2026-01-26 09:00",
        "Sanitas <citas@sanitas.es>",
        "Cita confirmada: Medicina general",
        "es",
        """Tu cita está confirmada.

Especialidad: Medicina general · Dr. Ignacio Prado
Fecha: jueves 29 de enero de 2026, 08:45
Centro: Milenium Chamberí""",
    ),
    m(
        "27801",
        "2025-10-28 10:00",
        "Iberia Plus <iberiaplus@comunicaciones.iberia.com>",
        "Oferta exclusiva para ti: vuela a Lisboa desde 49 €",
        "es",
        """Álvaro, solo para socios Iberia Plus: vuelos a Lisboa, Oporto y Londres desde 49 €. Oferta
válida hasta el domingo. ¡Reserva ya!""",
    ),
    m(
        "27802",
        "2025-11-05 12:30",
        "El Corte Inglés <ofertas@elcorteingles.es>",
        "Las ofertas de Black Friday ya han llegado",
        "es",
        """Descubre hasta un 50 % en tecnología, electrodomésticos y moda. Solo del 21 al 30 de noviembre.""",
    ),
    m(
        "27803",
        "2025-12-27 10:00",
        "Decathlon <news@decathlon.es>",
        "Tu oferta personalizada: -20% en running",
        "es",
        """Hola Álvaro, por ser socio tienes un -20 % en zapatillas de running hasta el 6 de enero.""",
    ),
    m(
        "27804",
        "2025-11-13 18:00",
        "Onda Hostelera Podcast <hola@ondahostelera.fm>",
        "Nuevo episodio: entrevista a la directora de Las Letras",
        "es",
        """Nuevo episodio de Onda Hostelera 🎙️

Hoy entrevistamos a Paloma Urquijo, directora de un pequeño hotel del Barrio de las Letras, sobre
cómo competir con las cadenas sin perder el alma. Escúchalo en tu plataforma favorita.""",
    ),
    m(
        "27805",
        "2025-09-23 08:00",
        "Revenue Hub Spain <newsletter@revenuehub.es>",
        "Newsletter #112: ¿quién está contratando revenue managers?",
        "es",
        """En este número: un análisis de las ofertas publicadas en septiembre (las cadenas vacacionales
lideran la demanda de revenue managers), un caso de éxito de pricing de salas de reuniones y una
entrevista con un experto en forecast.

Revenue Hub Spain · Darse de baja""",
    ),
    m(
        "27806",
        "2026-01-14 08:00",
        "Revenue Hub Spain <newsletter@revenuehub.es>",
        "Newsletter #118: tendencias 2026",
        "es",
        """Tendencias 2026 en revenue: atribución de canales, precios por atributos y la vuelta del
grupo corporativo. Además, nuestra encuesta salarial anual (participa en 3 minutos).""",
    ),
    m(
        "27807",
        "2025-12-05 13:00",
        "Coursera <no-reply@coursera.org>",
        "¡Enhorabuena! Has completado Data Analysis with Python",
        "es",
        """Hola Álvaro, has completado el curso "Data Analysis with Python". Tu certificado ya está disponible
para compartir en LinkedIn.""",
    ),
    # ---------------------------------------------------------------- LinkedIn social
    m(
        "27810",
        "2025-09-18 18:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Felicita a Sergio Bravo por su nuevo puesto",
        "es",
        html="""<html><body style="font-family:-apple-system,Arial"><p><b>Sergio Bravo</b> ha empezado un nuevo puesto como
Director of Revenue en Grupo Lumen Hoteles.</p><p><a href="https://www.linkedin.com/feed/">Dar la enhorabuena</a></p></body></html>""",
    ),
    m(
        "27811",
        "2025-10-05 12:10",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Irene Campos te ha enviado un mensaje",
        "es",
        html="""<html><body style="font-family:-apple-system,Arial"><p><b>Irene Campos</b>: "¡Álvaro! Cuánto tiempo. ¿Sigues en Madrid? Voy en noviembre a FITUR pre-meeting, ¿café?"</p>
<p><a href="https://www.linkedin.com/messaging/">Responder</a></p></body></html>""",
    ),
    m(
        "27812",
        "2025-10-29 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Tu perfil ha aparecido en 23 búsquedas esta semana",
        "es",
        html="""<html><body style="font-family:-apple-system,Arial"><p>Tu perfil apareció en 23 búsquedas.</p>
<p>Te encontraron usuarios de: hostelería, consultoría, turismo.</p></body></html>""",
    ),
    m(
        "27813",
        "2025-11-21 19:45",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "A Paloma Urquijo y 14 personas más les gusta tu publicación",
        "es",
        html="""<html><body style="font-family:-apple-system,Arial"><p>Tu publicación "Cinco errores de forecast que sigo viendo en hoteles urbanos" está teniendo éxito.</p></body></html>""",
    ),
    m(
        "27814",
        "2025-12-08 11:00",
        "LinkedIn <invitations@linkedin.com>",
        "Tiago Moura quiere conectar",
        "es",
        html="""<html><body style="font-family:-apple-system,Arial"><p><b>Tiago Moura</b> · Senior Consultant – Hospitality &amp; Leisure</p>
<p><a href="https://www.linkedin.com/mynetwork/">Aceptar</a></p></body></html>""",
    ),
    m(
        "27815",
        "2026-01-20 20:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Marcos Veiga ha comentado tu publicación",
        "es",
        html="""<html><body style="font-family:-apple-system,Arial"><p><b>Marcos Veiga</b> ha comentado: "¡Enhorabuena por la nueva etapa, Álvaro!"</p></body></html>""",
    ),
    m(
        "27816",
        "2026-02-10 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Felicita a Noelia Ferrándiz por su aniversario laboral",
        "es",
        html="""<html><body style="font-family:-apple-system,Arial"><p>Noelia Ferrándiz celebra 5 años en Lunamar Hotels.</p></body></html>""",
    ),
    m(
        "27817",
        "2025-11-30 10:00",
        "LinkedIn Premium <premium-noreply@linkedin.com>",
        "Álvaro, prueba Premium Career gratis 1 mes",
        "es",
        """Destaca ante los reclutadores y consulta quién ha visto tu perfil. Prueba Premium Career gratis durante 1 mes.""",
    ),
    # ---------------------------------------------------------------- accounts, security, services
    m(
        "27820",
        "2025-09-07 23:14",
        "Google <no-reply@accounts.google.com>",
        "Alerta de seguridad",
        "es",
        """Nuevo inicio de sesión en Mac

Hemos detectado un nuevo inicio de sesión en tu cuenta de Google alvaro.menendez.rm@gmail.com.
Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.""",
    ),
    m(
        "27821",
        "2025-10-21 07:00",
        "Google Calendar <calendar-notification@google.com>",
        "Recordatorio: Cumple Laura @ mar 21 oct 2025",
        "es",
        """Este es un recordatorio del evento: Cumple Laura
Cuándo: martes 21 oct 2025 (todo el día)
Calendario: alvaro.menendez.rm@gmail.com""",
    ),
    m(
        "27822",
        "2025-11-15 10:30",
        "Google One <googleone-noreply@google.com>",
        "Tu almacenamiento está casi lleno",
        "es",
        """Has usado el 92 % de tus 100 GB. Libera espacio o amplía tu plan para seguir recibiendo correos.""",
    ),
    m(
        "27823",
        "2025-12-18 16:00",
        "Apple <no_reply@email.apple.com>",
        "Tu factura de Apple",
        "es",
        """Factura · iCloud+ 200 GB · 2,99 € · Fecha: 18 dic 2025 · ID de pedido: MQ7Z2L4KP""",
    ),
    m(
        "27824",
        "2025-09-26 10:10",
        "DGT <notificaciones@dgt.es>",
        "Tu ITV caduca pronto",
        "es",
        """Le recordamos que la inspección técnica del vehículo 4471 KLM caduca el 15/10/2025. Puede pedir
cita en cualquier estación ITV autorizada.""",
    ),
    m(
        "27825",
        "2025-10-08 11:05",
        "ITV Tres Cantos <citas@itvtrescantos.es>",
        "Cita ITV confirmada",
        "es",
        """Cita confirmada: 11/10/2025 a las 09:20 · Matrícula 4471 KLM · Tarifa: 42,15 €""",
    ),
    m(
        "27826",
        "2025-11-07 13:00",
        "Mapfre <clientes@mapfre.com>",
        "Renovación de tu seguro de coche",
        "es",
        """Hola Álvaro, tu póliza de automóvil se renueva el 01/12/2025. Prima anual: 398,20 €.
Puedes consultar las condiciones en tu área de cliente.""",
    ),
    m(
        "27827",
        "2026-01-30 09:40",
        "Mapfre <clientes@mapfre.com>",
        "Tu solicitud de presupuesto de seguro de hogar",
        "es",
        """Hola Álvaro, hemos recibido tu solicitud de presupuesto para el seguro de hogar de tu nueva
vivienda. Un agente te llamará en las próximas 24 horas.""",
    ),
    m(
        "27828",
        "2025-09-30 20:00",
        "Canal de Isabel II <facturas@canaldeisabelsegunda.es>",
        "Factura de agua disponible",
        "es",
        """Su factura del bimestre julio-agosto está disponible. Importe: 41,22 €.""",
    ),
    m(
        "27829",
        "2025-12-22 08:00",
        "Correos <notificaciones@correos.es>",
        "Tu envío está en la oficina",
        "es",
        """Tu envío PQ4B7Z0412288830128001 está disponible para recoger en la oficina de Correos de
Chamberí (C/ Fernández de la Hoz 43) hasta el 06/01/2026.""",
    ),
    # ---------------------------------------------------------------- other newsletters and marketing
    m(
        "27830",
        "2025-09-15 07:00",
        "El País <newsletter@elpais.es>",
        "Las noticias de la mañana",
        "es",
        """Buenos días. Hoy: el Gobierno aprueba el anteproyecto de vivienda, la ola de calor tardía y la
entrevista del domingo con la nueva directora del Prado.""",
    ),
    m(
        "27831",
        "2025-10-13 07:00",
        "El País <newsletter@elpais.es>",
        "Las noticias de la mañana",
        "es",
        """Buenos días. El paro baja en septiembre en hostelería pese al fin de la temporada; la EPA
refleja récord de afiliados en el sector servicios.""",
    ),
    m(
        "27832",
        "2025-11-17 07:00",
        "El País <newsletter@elpais.es>",
        "Las noticias de la mañana",
        "es",
        """Buenos días. La vivienda, principal preocupación de los jóvenes; el Real Madrid gana en Vigo.""",
    ),
    m(
        "27833",
        "2026-01-19 07:00",
        "El País <newsletter@elpais.es>",
        "Las noticias de la mañana",
        "es",
        """Buenos días. Empieza FITUR con récord de expositores; Canarias plantea una ecotasa.""",
    ),
    m(
        "27834",
        "2025-10-03 18:00",
        "Xataka <newsletter@xataka.com>",
        "Lo mejor de la semana en Xataka",
        "es",
        """Los móviles más vendidos, cómo funciona la tarificación dinámica de las aerolíneas y una
entrevista con el fundador de una startup de viajes.""",
    ),
    m(
        "27835",
        "2025-12-01 10:00",
        "Vinoselección <ofertas@vinoseleccion.com>",
        "Oferta del mes: caja de Ribeira Sacra",
        "es",
        """Este mes te ofrecemos una caja de 6 vinos de Ribeira Sacra con un 25 % de descuento. Envío gratis.""",
    ),
    m(
        "27836",
        "2025-11-03 09:00",
        "FITUR <newsletter@ifema.es>",
        "FITUR 2026: acreditación profesional abierta",
        "es",
        """Solicita tu acreditación profesional para FITUR 2026 (21-25 de enero, IFEMA Madrid). Las
solicitudes se validan en 48-72 horas.""",
    ),
    m(
        "27837",
        "2025-11-06 12:00",
        "FITUR <acreditaciones@ifema.es>",
        "Tu solicitud de acreditación ha sido aprobada",
        "es",
        """Estimado Álvaro Menéndez: su solicitud de acreditación como profesional para FITUR 2026 ha sido
aprobada. Descargue su pase en el área de visitante.""",
    ),
    m(
        "27838",
        "2026-01-16 10:00",
        "FITUR <newsletter@ifema.es>",
        "Agenda FITUR 2026: FITUR Talent y foros profesionales",
        "es",
        """Descubre la agenda de FITUR 2026: FITUR Talent, con más de 40 ponencias sobre empleo y
formación en turismo, FITUR Tech y el nuevo foro de sostenibilidad.""",
    ),
    m(
        "27839",
        "2025-09-24 12:00",
        "Meetup <info@meetup.com>",
        "Nuevo evento: Revenue Drinks Madrid",
        "es",
        """Revenue Drinks Madrid ha programado un nuevo evento: "Cervezas y forecast", jueves 2 de octubre a
las 19:30 en La Tape (San Bernardo 88). 34 personas van a asistir.""",
    ),
    m(
        "27840",
        "2025-12-16 10:00",
        "Atlético de Madrid <socios@atleticodemadrid.com>",
        "Venta de entradas para socios",
        "es",
        """Estimado socio, la venta de localidades para el partido frente al Athletic Club se abre el jueves
a las 10:00 a través del área de socios.""",
    ),
    m(
        "27841",
        "2026-02-05 18:30",
        "Zara <zara@news.zara.com>",
        "Nueva colección",
        "es",
        """Descubre la nueva colección de primavera. Envío gratuito a partir de 30 €.""",
    ),
    m(
        "27842",
        "2025-10-11 12:00",
        "Strava <no-reply@strava.com>",
        "Tu resumen semanal",
        "es",
        """Esta semana: 3 actividades, 24,6 km, 2 h 18 min. ¡Sigue así!""",
    ),
    m(
        "27843",
        "2025-11-09 11:00",
        "Carrera Popular Chamberí <inscripciones@carrerachamberi.es>",
        "Inscripción confirmada - 10K Chamberí",
        "es",
        """Tu inscripción en la 10K Chamberí (domingo 30 de noviembre) está confirmada. Dorsal: 1188.
Recogida de dorsales en Decathlon Alcalá el viernes y sábado.""",
    ),
    # ---------------------------------------------------------------- English and Portuguese personal / services
    m(
        "27850",
        "2025-09-29 21:10",
        "Tom Hargreaves <tom.hargreaves.ldn@gmail.com>",
        "London in October?",
        "en",
        """Mate! Saw on Instagram you'll be in London mid-October. Come for a pint on the Monday? The
Jerusalem Tavern in Clerkenwell, 7ish. Bring stories from Madrid.

Tom""",
        tz="+0100",
    ),
    m(
        "27851",
        "2025-10-16 09:00",
        "Tom Hargreaves <tom.hargreaves.ldn@gmail.com>",
        "Re: London in October?",
        "en",
        """Great to see you! Next time bring Laura and the little one. Sending the photo from the pub.

Tom""",
        tz="+0100",
        **reply("27850", "Tom Hargreaves <tom.hargreaves.ldn@gmail.com>"),
    ),
    m(
        "27852",
        "2025-10-15 20:30",
        "Transport for London <noreply@tfl.gov.uk>",
        "Your contactless journey history",
        "en",
        """Your contactless journeys for 12-15 October 2025: 7 journeys, total charged £19.20.""",
        tz="+0100",
    ),
    m(
        "27853",
        "2025-10-13 10:00",
        "The Clerkenwell Rooms <stay@clerkenwellrooms.co.uk>",
        "Welcome to The Clerkenwell Rooms",
        "en",
        """Dear Álvaro, welcome! Your room is ready from 3pm. Breakfast is served 7-10:30 in the Larder.
Wi-Fi: Clerkenwell_Guest / password on your key card.""",
        tz="+0100",
    ),
    m(
        "27854",
        "2025-10-17 09:00",
        "The Clerkenwell Rooms <stay@clerkenwellrooms.co.uk>",
        "How was your stay? Exclusive offer for your next visit",
        "en",
        """Thank you for staying with us. Tell us about your stay and enjoy 15 % off your next booking
with code RETURN15.""",
        tz="+0100",
    ),
    m(
        "27855",
        "2025-11-02 18:00",
        "Medium Daily Digest <noreply@medium.com>",
        "Interviewing the best hotel pricing minds",
        "en",
        """Today's highlights: "I interviewed 20 revenue managers. Here's what they told me" · "Why your
forecast is always wrong" · "Hiring in hospitality is broken".""",
    ),
    m(
        "27856",
        "2025-09-19 15:00",
        "Inês Barros <ines.barros.lx@gmail.com>",
        "Olá! Lisboa em setembro",
        "pt",
        """Olá Álvaro!

Que bom ter notícias tuas. Claro que podes ficar cá em casa se vieres a Lisboa. O quarto de
hóspedes está livre no fim de setembro. Diz-me as datas!

Beijinhos,
Inês""",
        tz="+0100",
    ),
    m(
        "27857",
        "2025-12-23 12:00",
        "Inês Barros <ines.barros.lx@gmail.com>",
        "Boas Festas!",
        "pt",
        """Feliz Natal para ti, para a Laura e para o pequeno! Espero ver-vos em 2026. Beijinhos,
Inês""",
        tz="+0000",
    ),
    m(
        "27858",
        "2025-10-26 10:00",
        "CP - Comboios de Portugal <bilheteira@cp.pt>",
        "Confirmação de compra",
        "pt",
        """Obrigado pela sua compra.

Alfa Pendular 133 · Lisboa Santa Apolónia → Porto Campanhã
Data: 28/10/2025 · Partida 09:39
Carruagem 4, Lugar 52""",
        tz="+0000",
    ),
    m(
        "27859",
        "2025-09-02 12:00",
        "Duolingo <hello@duolingo.com>",
        "¡Tu racha de 200 días está en peligro!",
        "es",
        """¡Hola Álvaro! Aún no has hecho tu lección de portugués de hoy. Mantén tu racha de 200 días.""",
    ),
    m(
        "27860",
        "2025-11-25 09:00",
        "Duolingo <hello@duolingo.com>",
        "Tu progreso semanal en francés",
        "es",
        """Esta semana has ganado 820 XP en francés. ¡Estás en la Liga Zafiro!""",
    ),
    m(
        "27861",
        "2025-10-03 10:00",
        "Booking.com <noreply@booking.com>",
        "Confirmación: Hotel Mar de Alborán, Málaga",
        "es",
        """Reserva confirmada. Hotel Mar de Alborán · Málaga · 7 oct 2025 – 8 oct 2025 · 1 adulto""",
    ),
    m(
        "27862",
        "2025-12-18 21:30",
        "Laura Pastor <laurapastor.fisio@gmail.com>",
        "qué tal en Marbella?",
        "es",
        """¿Cómo ha ido? Llámame cuando estés en el tren. El peque ya está dormido 💤""",
    ),
    m(
        "27863",
        "2025-11-12 08:00",
        "Ayuntamiento de Madrid <noreply@madrid.es>",
        "Tu solicitud de cambio de domicilio en el padrón",
        "es",
        """Hemos recibido su solicitud de modificación de datos en el Padrón Municipal de Habitantes.
Número de expediente: 105/2025/0771233. Recibirá el volante actualizado por correo.""",
    ),
    m(
        "27864",
        "2026-02-12 10:15",
        "Notaría Gil-Albarellos <notaria@notariagil.es>",
        "Provisión de fondos y cita de firma",
        "es",
        """Estimados señores:

Les confirmamos la firma de la compraventa y el préstamo hipotecario el martes 24 de febrero a las
12:00 en esta notaría (C/ Zurbano 48). Les rogamos traigan DNI en vigor.

Notaría Gil-Albarellos""",
    ),
    m(
        "27865",
        "2026-02-17 19:20",
        MAMA,
        "Buen viaje!!",
        "es",
        """Que lo paséis muy bien en Lanzarote. Poneros crema al niño. Y disfruta antes de empezar en el
hotel!! Besos""",
    ),
    m(
        "27866",
        "2026-02-24 15:00",
        "Fincas Almagro <visitas@fincasalmagro.es>",
        "Enhorabuena por vuestra nueva casa",
        "es",
        """Álvaro, Laura: ¡enhorabuena por la firma de hoy! Ha sido un placer acompañaros. Os dejamos en
recepción del edificio un pequeño detalle de bienvenida.

Fincas Almagro""",
    ),
    m(
        "27867",
        "2026-02-20 09:00",
        "Vueling <noreply@vueling.com>",
        "Ya puedes hacer el check-in de tu vuelo a Lanzarote",
        "es",
        """Hola Álvaro, el check-in del vuelo VY3820 del 21/02 ya está abierto. Descarga tu tarjeta de embarque.""",
    ),
    m(
        "27868",
        "2025-09-30 12:00",
        "Seguridad Social <noreply@seg-social.es>",
        "Informe de vida laboral",
        "es",
        """Le remitimos el informe de vida laboral solicitado a través de Import@ss. Documento adjunto
protegido con su DNI.""",
        attach=[("VidaLaboral.pdf", "application/pdf", "%PDF-1.4 vida laboral (placeholder)")],
    ),
    m(
        "27869",
        "2025-10-01 12:00",
        "SEPE <noreply@sepe.es>",
        "Cita previa confirmada - Prestación por desempleo",
        "es",
        """Su cita previa ha sido confirmada.
Oficina: Madrid - Chamberí, C/ Santa Engracia 124
Fecha: 09/10/2025 10:20 · Trámite: Solicitud de prestación contributiva""",
    ),
]

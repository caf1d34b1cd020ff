# ruff: noqa: E501, RUF100
"""Corpus 131, the ordinary inbox (data only): see heldout131.py.

Bills and government (SAT, CFE, Telmex), banks, shopping and El Buen Fin "ofertas", services,
newsletters that interview people, meetup and webinar invitations, LinkedIn network mail."""

from __future__ import annotations

from typing import Any

from heldout131_jobs import N, ics, m, me, mu

MAIL: list[dict[str, Any]] = [
    # --- SAT ----------------------------------------------------------------------------------
    m(
        "s01",
        "2025-09-02 09:14",
        "SAT Buzón Tributario <notificaciones@sat.gob.mx>",
        "Aviso: tienes un mensaje de interés en tu Buzón Tributario",
        N(),
        text="""Servicio de Administración Tributaria

Estimado contribuyente: IÑIGUEZ BARAJAS OSCAR
RFC: IIBO910314***

Te informamos que tienes un mensaje de interés en tu Buzón Tributario. Para consultarlo ingresa
con tu e.firma o contraseña en:

https://wwwmat.sat.gob.mx/personas/buzon-tributario

Este mensaje es informativo y no implica una notificación de un acto de autoridad.

Atentamente,
Servicio de Administración Tributaria

Este correo electrónico fue enviado desde una cuenta no monitoreada. El SAT nunca te pedirá
información personal o contraseñas por correo.""",
    ),
    m(
        "s02",
        "2025-10-24 12:03",
        "SAT Buzón Tributario <notificaciones@sat.gob.mx>",
        "Confirma tus medios de contacto",
        N(),
        html="""<html><body style="font-family:Montserrat,Arial">
<p><img src="https://www.sat.gob.mx/img/logo-sat.png" alt="SAT - Hacienda" width="160"></p>
<p>Estimado(a) contribuyente:</p>
<p>Para seguir recibiendo avisos del <b>Buzón Tributario</b>, es necesario que confirmes tu
correo electrónico y número celular. Si no lo haces, no podremos enviarte notificaciones.</p>
<p>Ingresa a tu Buzón Tributario, sección <b>Medios de contacto</b>, y captura el código que te
enviamos por SMS.</p>
<p style="font-size:11px;color:#777">Recuerda: el SAT no envía ligas para descargar archivos ni
solicita pagos por este medio.</p>
</body></html>""",
    ),
    m(
        "s03",
        "2025-12-18 17:50",
        "SAT <notificaciones@sat.gob.mx>",
        "Tu solicitud de SAT ID fue atendida",
        N(),
        text="""Estimado contribuyente:

Tu solicitud de renovación de contraseña a través de SAT ID, con folio SATID-2025-9184422, fue
atendida y APROBADA.

Ingresa al portal del SAT con tu RFC para descargar tu contraseña. El enlace vence en 72 horas.

Si tú no realizaste esta solicitud, acude a una oficina del SAT.

Servicio de Administración Tributaria""",
    ),
    m(
        "s04",
        "2026-02-12 10:30",
        "SAT Informa <sat.informa@sat.gob.mx>",
        "Declaración Anual 2025: todo lo que necesitas saber",
        N(),
        html="""<html><body style="font-family:Arial">
<h2 style="color:#691c32">Declaración Anual de Personas Físicas 2025</h2>
<p>Del 1 al 30 de abril podrás presentar tu Declaración Anual. Si eres asalariado y tu patrón
te hizo el cálculo anual, es posible que no estés obligado, pero puedes presentarla para
solicitar tu saldo a favor.</p>
<ul><li>Revisa tus deducciones personales: gastos médicos, dentales, colegiaturas, intereses
hipotecarios.</li><li>Verifica que tus facturas tengan tu RFC correcto.</li></ul>
<p><a href="https://www.sat.gob.mx/declaracion/anual">Conoce más</a></p>
<p style="font-size:11px">Para dejar de recibir SAT Informa, cancela tu suscripción.</p>
</body></html>""",
    ),
    # --- CFE ------------------------------------------------------------------------------------
    m(
        "s05",
        "2025-09-04 05:42",
        "CFE Recibo Digital <recibodigital@cfe.mx>",
        "Tu recibo de luz CFE está disponible",
        N(),
        text="""Comisión Federal de Electricidad

Estimado(a) usuario(a): OSCAR IÑIGUEZ BARAJAS
Número de servicio: 594 220 801 337

Tu recibo del periodo 03 JUL 25 - 02 SEP 25 ya está disponible.

Total a pagar: $1,284.00
Fecha límite de pago: 19 SEP 25

Paga en línea en https://app.cfe.mx/Aplicaciones/CCFE/Recibos o en tiendas de conveniencia.

Consumo del periodo: 412 kWh (tarifa 1C)

Este es un mensaje automático, por favor no respondas.""",
    ),
    m(
        "s06",
        "2025-11-04 05:38",
        "CFE Recibo Digital <recibodigital@cfe.mx>",
        "Tu recibo de luz CFE está disponible",
        N(),
        text="""Comisión Federal de Electricidad

Estimado(a) usuario(a): OSCAR IÑIGUEZ BARAJAS
Número de servicio: 594 220 801 337

Tu recibo del periodo 02 SEP 25 - 03 NOV 25 ya está disponible.

Total a pagar: $1,097.00
Fecha límite de pago: 20 NOV 25

Consumo del periodo: 368 kWh (tarifa 1C)

Este es un mensaje automático, por favor no respondas.""",
    ),
    m(
        "s07",
        "2026-01-06 05:40",
        "CFE Recibo Digital <recibodigital@cfe.mx>",
        "Tu recibo de luz CFE está disponible",
        N(),
        text="""Comisión Federal de Electricidad

Estimado(a) usuario(a): OSCAR IÑIGUEZ BARAJAS
Número de servicio: 594 220 801 337

Tu recibo del periodo 03 NOV 25 - 05 ENE 26 ya está disponible.

Total a pagar: $712.00
Fecha límite de pago: 21 ENE 26

Recuerda actualizar tu domicilio si te cambias de casa.

Este es un mensaje automático, por favor no respondas.""",
    ),
    # --- Telmex ---------------------------------------------------------------------------------
    m(
        "s08",
        "2025-09-06 03:20",
        "Telmex <facturaelectronica@telmex.com>",
        "Tu estado de cuenta Telmex de septiembre",
        N(),
        html="""<html><body style="font-family:Arial">
<p><img src="https://telmex.com/img/logo.png" alt="Telmex" width="110"></p>
<p>Hola, OSCAR IÑIGUEZ</p>
<p>Tu estado de cuenta del mes de <b>septiembre</b> ya está disponible.</p>
<table cellpadding="4"><tr><td>Teléfono:</td><td>33 3642 ****</td></tr>
<tr><td>Paquete:</td><td>Infinitum 200 Mbps</td></tr>
<tr><td>Total a pagar:</td><td><b>$589.00</b></td></tr>
<tr><td>Pagar antes de:</td><td>25/09/2025</td></tr></table>
<p><a href="https://telmex.com/mitelmex">Pagar en Mi Telmex</a></p>
<p style="font-size:10px;color:#888">Teléfonos de México, S.A.B. de C.V.</p>
</body></html>""",
    ),
    m(
        "s09",
        "2025-10-06 03:18",
        "Telmex <facturaelectronica@telmex.com>",
        "Tu estado de cuenta Telmex de octubre",
        N(),
        html="""<html><body style="font-family:Arial">
<p>Hola, OSCAR IÑIGUEZ</p>
<p>Tu estado de cuenta del mes de <b>octubre</b> ya está disponible. Total a pagar:
<b>$589.00</b>. Pagar antes de: 25/10/2025.</p>
<p><a href="https://telmex.com/mitelmex">Pagar en Mi Telmex</a></p>
<p style="font-size:10px;color:#888">Teléfonos de México, S.A.B. de C.V.</p>
</body></html>""",
    ),
    m(
        "s10",
        "2025-11-08 11:00",
        "Telmex <promociones@telmex.com>",
        "Óscar, oferta exclusiva: duplica tu velocidad",
        N(),
        html="""<html><body style="font-family:Arial;text-align:center">
<h1 style="color:#0033a0">¡Sube a Infinitum 500 Mbps!</h1>
<p>Por solo <b>$100 más al mes</b> durante 12 meses. Oferta exclusiva para clientes como tú,
válida hasta el 30 de noviembre.</p>
<p>Ideal si trabajas desde casa: videollamadas sin cortes y más dispositivos conectados.</p>
<p><a href="https://telmex.com/promo/500" style="background:#0033a0;color:#fff;padding:10px">Solicítalo ahora</a></p>
<p style="font-size:9px;color:#999">Sujeto a disponibilidad técnica en tu domicilio. Consulta
términos y condiciones en telmex.com. Para no recibir promociones, responde BAJA.</p>
</body></html>""",
    ),
    m(
        "s11",
        "2025-12-06 03:22",
        "Telmex <facturaelectronica@telmex.com>",
        "Tu estado de cuenta Telmex de diciembre",
        N(),
        text="""Hola, OSCAR IÑIGUEZ

Tu estado de cuenta del mes de diciembre ya está disponible.
Total a pagar: $589.00
Pagar antes de: 25/12/2025

Consulta tu recibo en https://telmex.com/mitelmex

Teléfonos de México, S.A.B. de C.V.""",
    ),
    m(
        "s12",
        "2026-02-05 03:19",
        "Telmex <facturaelectronica@telmex.com>",
        "Tu estado de cuenta Telmex de febrero",
        N(),
        text="""Hola, OSCAR IÑIGUEZ

Tu estado de cuenta del mes de febrero ya está disponible.
Total a pagar: $619.00 (incluye ajuste anual de tarifa)
Pagar antes de: 25/02/2026

Teléfonos de México, S.A.B. de C.V.""",
    ),
    # --- banks ----------------------------------------------------------------------------------
    m(
        "s13",
        "2025-09-11 20:41",
        "BBVA México <notificaciones@bbva.mx>",
        "Compra con tu tarjeta de débito",
        N(),
        text="""BBVA

Hola Óscar,

Se realizó una compra con tu tarjeta de débito terminación 4421:

Comercio: COSTCO GUADALAJARA
Monto: $2,318.40 MXN
Fecha: 11/09/2025 20:40

Si no reconoces este cargo, llámanos al 55 5226 2663.

BBVA México, S.A., Institución de Banca Múltiple, Grupo Financiero BBVA México.""",
    ),
    m(
        "s14",
        "2025-10-01 06:05",
        "BBVA México <estadosdecuenta@bbva.mx>",
        "Tu estado de cuenta ya está disponible",
        N(),
        text="""Hola Óscar,

Tu estado de cuenta de la Cuenta Libretón terminación 4421, correspondiente al periodo del
01/09/2025 al 30/09/2025, ya está disponible en la app BBVA México y en bbva.mx.

Saldo al corte: $41,906.12

BBVA México""",
    ),
    m(
        "s15",
        "2025-11-16 13:12",
        "BBVA México <notificaciones@bbva.mx>",
        "Compra con tu tarjeta de débito",
        N(),
        text="""BBVA

Hola Óscar,

Se realizó una compra con tu tarjeta de débito terminación 4421:

Comercio: LIVERPOOL ANDARES
Monto: $6,749.00 MXN (6 MSI no aplica en débito)
Fecha: 16/11/2025 13:11

BBVA México""",
    ),
    m(
        "s16",
        "2026-01-02 06:04",
        "BBVA México <estadosdecuenta@bbva.mx>",
        "Tu estado de cuenta ya está disponible",
        N(),
        text="""Hola Óscar,

Tu estado de cuenta de la Cuenta Libretón terminación 4421, correspondiente al periodo del
01/12/2025 al 31/12/2025, ya está disponible en la app BBVA México.

BBVA México""",
    ),
    # --- shopping and El Buen Fin -----------------------------------------------------------------
    m(
        "s17",
        "2025-09-07 22:30",
        "Mercado Libre <info@mercadolibre.com.mx>",
        "¡Compraste Teclado Mecánico Keychron K2 Pro!",
        N(),
        html="""<html><body style="font-family:Arial">
<p><img src="https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/logo.png" alt="Mercado Libre" width="120"></p>
<p>¡Hola Óscar!</p>
<p>Compraste <b>Teclado Mecánico Keychron K2 Pro Inalámbrico</b>. Pagaste $2,199 con tarjeta.</p>
<p>Llega el martes a Av. Niños Héroes, Guadalajara. Te avisaremos cuando esté en camino.</p>
<p><a href="https://myaccount.mercadolibre.com.mx/purchases">Ver compra</a></p>
</body></html>""",
    ),
    m(
        "s18",
        "2025-09-09 14:02",
        "Mercado Libre <info@mercadolibre.com.mx>",
        "Tu paquete llegó",
        N(),
        text="""¡Hola Óscar!

Entregamos tu paquete (Teclado Mecánico Keychron K2 Pro) hoy a las 13:58. Lo recibió: Fernanda.

¿Todo bien con tu compra? Califica al vendedor.

Mercado Libre""",
    ),
    m(
        "s19",
        "2025-10-12 16:44",
        "Amazon.com.mx <pedidos@amazon.com.mx>",
        'Tu pedido de Amazon.com.mx de "Designing Data-Intensive..."',
        N(),
        text="""Hola Óscar,

Gracias por tu pedido. Te avisaremos cuando se envíe.

Pedido n.º 701-4418203-5529017
Designing Data-Intensive Applications (2nd Edition) - Martin Kleppmann
Total del pedido: $1,145.00

Entrega estimada: jueves, 16 de octubre

Amazon.com.mx""",
    ),
    m(
        "s20",
        "2025-11-10 08:00",
        "Liverpool <liverpool@mail.liverpool.com.mx>",
        "🔥 El Buen Fin ya empezó: hasta 18 MSI + bonificación",
        N(),
        html="""<html><body style="font-family:Arial;text-align:center;background:#e10098;color:#fff">
<h1>El Buen Fin en Liverpool</h1>
<p>Adelántate: del 10 al 17 de noviembre. Hasta <b>18 meses sin intereses</b> y 15 % de
bonificación en electrónica con tu tarjeta Liverpool.</p>
<p><a href="https://www.liverpool.com.mx/buenfin" style="color:#fff">Ver ofertas</a></p>
<p style="font-size:9px">Vigencia del 10 al 17 de noviembre de 2025. Consulta bases. Para dejar
de recibir correos, da clic aquí.</p>
</body></html>""",
    ),
    m(
        "s21",
        "2025-11-13 07:15",
        "Mercado Libre <ofertas@mercadolibre.com.mx>",
        "Óscar, estas ofertas de El Buen Fin son para ti",
        N(),
        html="""<html><body style="font-family:Arial">
<h2>Buen Fin en Mercado Libre</h2>
<p>Elegimos estas ofertas pensando en lo que buscaste:</p>
<ul><li>Carriola Travel System - 35 % OFF</li><li>Monitor 27" 4K - 12 MSI</li>
<li>Silla ergonómica - envío gratis</li></ul>
<p><a href="https://www.mercadolibre.com.mx/ofertas">Ver todas las ofertas</a></p>
<p style="font-size:10px;color:#999">Mercado Libre. No respondas a este correo.</p>
</body></html>""",
    ),
    mu(
        "s22",
        "2025-11-14 12:00",
        "Amazon.com.mx <store-news@amazon.com.mx>",
        "Ofertas de El Buen Fin: hasta 40 % de descuento",
        N(),
        html="""<html><body style="font-family:Arial">
<h2>El Buen Fin en Amazon.com.mx</h2>
<p>Del 14 al 17 de noviembre: ofertas relámpago cada hora en Electrónicos, Hogar y Bebé.</p>
<p><a href="https://www.amazon.com.mx/buenfin">Comprar ahora</a></p>
<p style="font-size:10px">Amazon.com.mx · Para darte de baja de estos correos, visita tus
preferencias de comunicación.</p>
</body></html>""",
    ),
    m(
        "s23",
        "2025-11-14 09:30",
        "Walmart México <walmart@news.walmart.com.mx>",
        "¡Es El Buen Fin! Ofertas irresistibles en pantallas",
        N(),
        html="""<html><body style="font-family:Arial">
<h2>El Buen Fin 2025</h2>
<p>Pantallas desde $3,999, lavadoras con 12 MSI y envío gratis en compras mayores a $499.</p>
<p><a href="https://www.walmart.com.mx/buenfin">Ver ofertas</a></p>
<p style="font-size:9px">Promociones válidas del 14 al 17 de noviembre de 2025 o hasta agotar
existencias.</p>
</body></html>""",
    ),
    m(
        "s24",
        "2025-11-15 19:48",
        "Mercado Libre <info@mercadolibre.com.mx>",
        "¡Compraste Carriola Travel System Chicco!",
        N(),
        text="""¡Hola Óscar!

Compraste Carriola Travel System Chicco Bravo con portabebé. Pagaste $6,389 en 12 meses sin
intereses.

Llega entre el 19 y el 21 de noviembre.

Mercado Libre""",
    ),
    m(
        "s25",
        "2025-11-17 07:05",
        "Liverpool <liverpool@mail.liverpool.com.mx>",
        "ÚLTIMO DÍA de El Buen Fin ⏰",
        N(),
        html="""<html><body style="font-family:Arial;text-align:center">
<h1>¡Hoy termina El Buen Fin!</h1>
<p>Aprovecha hasta 18 MSI y envío gratis. Tiendas abiertas hasta las 23:00 h.</p>
<p><a href="https://www.liverpool.com.mx/buenfin">Comprar</a></p>
</body></html>""",
    ),
    m(
        "s26",
        "2026-01-14 21:10",
        "Mercado Libre <info@mercadolibre.com.mx>",
        "¡Compraste Silla Ergonómica de Oficina!",
        N(),
        text="""¡Hola Óscar!

Compraste Silla Ergonómica de Oficina con soporte lumbar. Pagaste $3,450.

Llega mañana a Calle Marsella, Col. Providencia.

Mercado Libre""",
    ),
    m(
        "s27",
        "2026-02-09 09:00",
        "Liverpool <liverpool@mail.liverpool.com.mx>",
        "San Valentín: ofertas para sorprender 💝",
        N(),
        html="""<html><body style="font-family:Arial;text-align:center">
<h2>Este 14 de febrero, sorprende</h2>
<p>Perfumes, relojes y joyería con hasta 30 % de descuento.</p>
<p><a href="https://www.liverpool.com.mx/sanvalentin">Ver regalos</a></p>
</body></html>""",
    ),
    # --- services and subscriptions ---------------------------------------------------------------
    mu(
        "s28",
        "2025-09-13 06:22",
        "Uber Receipts <noreply@uber.com>",
        "Tu viaje del sábado por la noche con Uber",
        N(),
        text="""Gracias por viajar, Óscar

Total: MX$148.60
Viaje: Chapultepec, Guadalajara → Av. Niños Héroes 2410
Fecha: 13 de septiembre de 2025, 00:12

UberX · 7.4 km · 19 min

Uber B.V.""",
    ),
    mu(
        "s29",
        "2025-10-28 02:15",
        "DiDi <no-reply@didiglobal.com>",
        "Recibo de tu viaje con DiDi",
        N(),
        text="""Hola Óscar,

Gracias por viajar con DiDi.

Total: $96.00 MXN
Origen: Plaza del Sol, Zapopan
Destino: Av. Niños Héroes 2410, Guadalajara

DiDi México""",
    ),
    mu(
        "s30",
        "2025-10-09 02:40",
        "Rappi <no-reply@rappi.com>",
        "Tu pedido fue entregado 🛵",
        N(),
        text="""¡Hola Óscar!

Tu pedido de Tortas Ahogadas José El de la Bicicleta fue entregado.

Total: $312.00
Propina al Rappitendero: $30.00

¡Buen provecho!
Rappi""",
    ),
    mu(
        "s31",
        "2025-09-20 10:01",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        N(),
        text="""Hola Óscar:

Gracias por tu pago. Este es tu recibo.

Spotify Premium Familiar: $199.00 MXN
Fecha: 20/09/2025
Método de pago: Visa ••••7734

Spotify México""",
    ),
    mu(
        "s32",
        "2026-02-10 10:02",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        N(),
        text="""Hola Óscar:

Gracias por tu pago. Este es tu recibo.

Spotify Premium Familiar: $219.00 MXN
Fecha: 10/02/2026
Método de pago: Nu ••••0912

Spotify México""",
    ),
    mu(
        "s33",
        "2025-09-24 15:33",
        "Netflix <info@mailer.netflix.com>",
        "Actualización del precio de tu membresía",
        N(),
        text="""Hola, Óscar:

Te escribimos para informarte que el precio de tu plan Estándar cambiará a $299 al mes a
partir de tu próxima fecha de facturación después del 24 de octubre de 2025.

Seguimos invirtiendo en más series y películas. Si quieres cambiar de plan, puedes hacerlo
en cualquier momento desde tu cuenta.

El equipo de Netflix""",
    ),
    m(
        "s34",
        "2025-12-05 07:00",
        "Smart Fit <noreply@smartfit.com.mx>",
        "Tu membresía Black se renovó",
        N(),
        text="""Hola Óscar,

Tu plan Black se renovó correctamente. Cargo: $599.00 MXN.

Unidad: Smart Fit Chapultepec
Próximo cargo: 05/01/2026

¡Nos vemos en el gym!
Smart Fit""",
    ),
    mu(
        "s35",
        "2025-11-22 19:30",
        "Google One <googleone-noreply@google.com>",
        "Tu almacenamiento de Google está casi lleno",
        N(),
        text="""Hola, Óscar:

Usaste el 92 % de tus 15 GB de almacenamiento. Cuando te quedes sin espacio, no podrás subir
archivos a Drive, respaldar fotos ni enviar o recibir correos en Gmail.

Obtén 100 GB por $29 MXN al mes.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    ),
    mu(
        "s36",
        "2025-09-27 03:14",
        "Google <no-reply@accounts.google.com>",
        "Alerta de seguridad",
        N(),
        text="""Nuevo acceso en Linux

oscar.iniguez.barajas@gmail.com

Detectamos un nuevo acceso a tu Cuenta de Google en un dispositivo Linux. Si fuiste tú, no
tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.

Revisar actividad: https://myaccount.google.com/notifications

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    ),
    mu(
        "s37",
        "2026-01-12 15:08",
        "Google <no-reply@accounts.google.com>",
        "Alerta de seguridad: nueva contraseña de aplicación",
        N(),
        text="""Se creó una contraseña de aplicación

oscar.iniguez.barajas@gmail.com

Se creó una contraseña de aplicación para "Thunderbird (laptop)". Si no fuiste tú, revisa tu
cuenta de inmediato.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    ),
    mu(
        "s38",
        "2025-09-16 18:45",
        "GitHub <noreply@github.com>",
        "[GitHub] A new SSH authentication public key was added to your account",
        N("en"),
        text="""Hey oiniguez!

The following SSH key was added to your account:

Home desktop
SHA256:Zk3g0Yx4ZbX1lTnQ7pR2mW9cV5aUoE8sHfJtKqLdN0A

If you believe this key was added in error, you can remove the key and disable access at the
following location:

https://github.com/settings/keys

Thanks,
The GitHub Team""",
    ),
    mu(
        "s39",
        "2026-01-10 16:20",
        "GitHub <noreply@github.com>",
        "Your GitHub Copilot Pro trial ends in 3 days",
        N("en"),
        text="""Hi @oiniguez,

Your free trial of GitHub Copilot Pro ends on January 13, 2026. After that, you'll be billed
$10.00 USD per month unless you cancel.

Manage your subscription: https://github.com/settings/copilot

GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107""",
    ),
    mu(
        "s40",
        "2025-10-03 09:12",
        "Amazon Web Services <aws-billing@amazon.com>",
        "AWS Notification - Your invoice is available",
        N("en"),
        text="""Greetings from Amazon Web Services,

Your AWS invoice for account 4417-2290-5531 for the billing period September 1 - September 30,
2025 is available. Amount due: USD 7.42.

You can view your invoice in the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.""",
    ),
    # --- travel and leisure -----------------------------------------------------------------
    m(
        "s41",
        "2025-11-28 22:17",
        "Volaris <reservaciones@volaris.com>",
        "Confirmación de tu reservación - Clave FQX7RT",
        N(),
        text="""¡Gracias por volar con Volaris!

Clave de reservación: FQX7RT

Ida: GDL → MID  martes 23 dic 2025  07:40 - 11:05  Y4 2612
Regreso: MID → GDL  domingo 28 dic 2025  18:20 - 20:05  Y4 2613

Pasajeros: OSCAR IÑIGUEZ BARAJAS, FERNANDA LOMELI RUIZ

Total pagado: $7,842.00 MXN

Recuerda hacer tu check-in en volaris.com a partir de 24 horas antes del vuelo.""",
    ),
    m(
        "s42",
        "2025-12-22 07:41",
        "Volaris <checkin@volaris.com>",
        "Ya puedes hacer tu check-in ✈️",
        N(),
        text="""Hola OSCAR,

Tu vuelo GDL → MID sale mañana a las 07:40. Haz tu check-in en línea y evita filas en el
aeropuerto.

Clave: FQX7RT

Volaris""",
    ),
    m(
        "s43",
        "2025-10-15 18:20",
        "Cinépolis <boletos@cinepolis.com>",
        "Tus boletos para One Battle After Another",
        N(),
        text="""¡Listo, Óscar!

Película: One Battle After Another (Subtitulada)
Complejo: Cinépolis Andares
Fecha: miércoles 15 de octubre, 21:10
Sala 7 · Asientos F8, F9

Código de compra: 8821 4470

Presenta este código en taquilla o en la entrada de la sala.""",
    ),
    mu(
        "s44",
        "2026-01-27 19:02",
        "Ticketmaster México <customer_service@ticketmaster.com.mx>",
        "Tu pedido: Atlas vs Guadalajara - Clausura 2026",
        N(),
        text="""¡Gracias por tu compra, Óscar!

Evento: Atlas vs Guadalajara - Liga MX Clausura 2026
Estadio Jalisco · sábado 14 de febrero de 2026, 19:00
Sección: Cabecera Norte · 2 boletos

Número de pedido: 31-55278/GDL

Tus boletos digitales estarán disponibles en la app 48 horas antes del evento.""",
    ),
    m(
        "s45",
        "2026-01-09 11:00",
        "Hacienda Jalisco <refrendo@jalisco.gob.mx>",
        "Refrendo vehicular 2026: paga antes del 31 de marzo",
        N(),
        html="""<html><body style="font-family:Arial">
<p><b>Gobierno de Jalisco · Secretaría de la Hacienda Pública</b></p>
<p>Paga tu refrendo vehicular 2026 en línea y obtén tu holograma sin filas.</p>
<p>Placa: JKT-***-B · Monto: $826.00</p>
<p><a href="https://gobiernoenlinea1.jalisco.gob.mx/refrendo">Pagar en línea</a></p>
</body></html>""",
    ),
    # --- newsletters, meetups, webinars --------------------------------------------------------
    mu(
        "s46",
        "2025-09-14 12:00",
        "The Backend Brief <hello@backendbrief.example>",
        "Interview: scaling Postgres at a 40-person startup",
        N("en"),
        html="""<html><body style="font-family:Georgia,serif;max-width:620px">
<h1>The Backend Brief · #112</h1>
<h2>Interview: scaling Postgres at a 40-person startup</h2>
<p>This week we interviewed Nadia Farouk, the first engineer at a logistics start-up that still
runs everything on one Postgres cluster at 30k writes per second. We talked about
partitioning, why she refused to adopt Kafka for two years, and how she hires backend
engineers ("I ask candidates to debug a slow query with me, live").</p>
<p><a href="https://backendbrief.example/112">Read the full interview →</a></p>
<h3>Links</h3>
<ul><li>Go 1.25 release notes: what's new in the runtime</li><li>Designing idempotent APIs</li></ul>
<p style="font-size:11px">You're receiving this because you subscribed at backendbrief.example.
<a href="https://backendbrief.example/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    mu(
        "s47",
        "2025-11-16 12:00",
        "The Backend Brief <hello@backendbrief.example>",
        "#121: the offer you can't refuse (a caching story)",
        N("en"),
        html="""<html><body style="font-family:Georgia,serif;max-width:620px">
<h1>The Backend Brief · #121</h1>
<p>An offer you can't refuse: this week's essay is about a cache that promised 10× faster
reads and delivered three outages. Plus: notes from GopherCon LATAM and a short Q&amp;A with the
maintainers of a popular Python task queue.</p>
<p><a href="https://backendbrief.example/121">Read online</a></p>
<p style="font-size:11px"><a href="https://backendbrief.example/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    mu(
        "s48",
        "2026-01-18 12:00",
        "The Backend Brief <hello@backendbrief.example>",
        "Interview with a VP of Engineering who still writes code",
        N("en"),
        text="""The Backend Brief · #130

In this issue: an interview with Tomasz Wrona, VP of Engineering at a payments company, on why
he still ships one pull request a week, how his team runs technical interviews without
leetcode, and what he looks for in a senior hire.

Read it: https://backendbrief.example/130

Also: Postgres 18's async I/O, benchmarked.

Unsubscribe: https://backendbrief.example/unsubscribe""",
    ),
    m(
        "s49",
        "2025-10-02 08:30",
        "Jalisco Digital <boletin@jaliscodigital.example>",
        "Boletín #38 | Entrevista: la CTO que llevó a una startup tapatía a 12 países",
        N(),
        html="""<html><body style="font-family:Arial;max-width:640px">
<h2>Jalisco Digital · Boletín del ecosistema tech de Jalisco</h2>
<h3>Entrevista con Daniela Arreola, CTO de Nubeplex</h3>
<p>Platicamos con Daniela sobre cómo pasó de ser la única desarrolladora a liderar un equipo de
80 personas, la decisión de quedarse en Guadalajara y los retos de contratar talento senior
cuando las empresas de EE.UU. pagan en dólares.</p>
<p><a href="https://jaliscodigital.example/boletin/38">Leer la entrevista completa</a></p>
<h3>Agenda</h3>
<ul><li>9 oct · Hackatón Ciudad Creativa Digital</li><li>16 oct · Noche de Python GDL</li></ul>
<p style="font-size:10px">Recibes este boletín porque te registraste en un evento de Jalisco
Digital. Cancelar suscripción.</p>
</body></html>""",
    ),
    m(
        "s50",
        "2025-12-08 08:30",
        "Jalisco Digital <boletin@jaliscodigital.example>",
        "Boletín #42 | ¿Cómo contratarán las empresas de TI en 2026?",
        N(),
        html="""<html><body style="font-family:Arial;max-width:640px">
<h2>Jalisco Digital · Boletín #42</h2>
<p>Según nuestra encuesta a 60 empresas del estado, el 70 % planea contratar perfiles backend y
de datos en 2026, y el nearshoring sigue empujando los sueldos: un backend senior en
Guadalajara ya gana entre $80,000 y $120,000 MXN brutos mensuales.</p>
<p>También: ¿vale la pena el esquema de contratista en dólares? Lo que dicen los contadores.</p>
<p><a href="https://jaliscodigital.example/boletin/42">Leer más</a></p>
</body></html>""",
    ),
    mu(
        "s51",
        "2025-09-18 17:05",
        "Meetup <info@meetup.com>",
        "Ya estás en la lista: Python Guadalajara - Meetup de septiembre",
        N(),
        text="""¡Vas a ir!

Python Guadalajara - Meetup de septiembre: FastAPI en producción y tipado gradual
jueves, 25 de septiembre de 2025, 19:00 CST
Ciudad Creativa Digital, Guadalajara

Te esperamos. Agrega el evento a tu calendario con el archivo adjunto.

Meetup""",
        ics=ics(
            "event_306118223@meetup.com",
            "2025-09-25 19:00",
            "Python Guadalajara - Meetup de septiembre",
            ("Python Guadalajara", "info@meetup.com"),
            minutes=150,
            location="Ciudad Creativa Digital, Guadalajara",
        ),
    ),
    mu(
        "s52",
        "2026-02-19 17:10",
        "Meetup <info@meetup.com>",
        "Ya estás en la lista: Python Guadalajara - Febrero: observabilidad con OpenTelemetry",
        N(),
        text="""¡Vas a ir!

Python Guadalajara - Febrero: observabilidad con OpenTelemetry
jueves, 26 de febrero de 2026, 19:00 CST
Oficinas de Corvane, Av. Patria 2085, Zapopan

Meetup""",
        ics=ics(
            "event_309441870@meetup.com",
            "2026-02-26 19:00",
            "Python Guadalajara - Febrero: observabilidad con OpenTelemetry",
            ("Python Guadalajara", "info@meetup.com"),
            minutes=150,
            location="Av. Patria 2085, Zapopan",
        ),
    ),
    mu(
        "s53",
        "2025-10-21 16:00",
        "AWS Events <aws-events@amazon.com>",
        "You're registered: Building event-driven architectures on AWS (LATAM webinar)",
        N("en"),
        html="""<html><body style="font-family:Arial">
<p>Hi Óscar,</p>
<p>Thank you for registering for <b>Building event-driven architectures on AWS</b>.</p>
<p>Date: Thursday, October 30, 2025 · 10:00 AM CST · Online</p>
<p>A calendar invitation is attached. Your unique join link:
https://aws.amazon.com/events/webinar/join?reg=88412</p>
<p style="font-size:10px">Amazon Web Services, Inc., 410 Terry Ave North, Seattle, WA 98109</p>
</body></html>""",
        ics=ics(
            "aws-webinar-eda-latam-20251030@amazon.com",
            "2025-10-30 10:00",
            "Webinar: Building event-driven architectures on AWS",
            ("AWS Events", "aws-events@amazon.com"),
            location="Online",
            style="outlook",
        ),
    ),
    # --- LinkedIn network mail ----------------------------------------------------------------
    mu(
        "s54",
        "2025-10-18 14:30",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Felicita a Jesús Orozco por su nuevo empleo",
        N(),
        text="""LinkedIn

Jesús Orozco empezó un nuevo puesto: Senior Software Engineer en Tecnoforja

Felicita a Jesús: https://www.linkedin.com/feed/update/urn:li:activity:7384412290

Otras novedades de tu red:
  Paola Gutiérrez comentó una publicación
  3 personas vieron tu perfil

Este correo está dirigido a Óscar Iñiguez Barajas.
© 2025 LinkedIn Corporation""",
    ),
    mu(
        "s55",
        "2025-12-04 15:10",
        "LinkedIn <invitations@linkedin.com>",
        "Óscar, tienes una invitación pendiente",
        N(),
        text="""Iván Solís quiere conectar contigo

Iván Solís
Engineering Manager en Corvane

Aceptar: https://www.linkedin.com/comm/mynetwork/invite-accept/7392

© 2025 LinkedIn Corporation""",
    ),
    mu(
        "s56",
        "2026-01-16 14:02",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Óscar, your network is congratulating you on your new position",
        N("en"),
        text="""LinkedIn

27 people reacted to your update: "I'm happy to share that I'm starting a new position as
Backend Engineer II at Corvane!"

Chuy Ramírez: ¡Felicidades, carnal! 🎉
Kyle Brennan: Congrats man, well deserved!

See all: https://www.linkedin.com/feed/update/urn:li:activity:7417

© 2026 LinkedIn Corporation""",
    ),
    mu(
        "s57",
        "2026-02-05 14:11",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 18 searches this week",
        N("en"),
        text="""LinkedIn

Óscar, you appeared in 18 searches this week.

Top search titles: Backend Engineer, Software Engineer, Python Developer

See who's looking: https://www.linkedin.com/me/search-appearances

© 2026 LinkedIn Corporation""",
    ),
    # --- education platforms ------------------------------------------------------------------
    mu(
        "s58",
        "2025-10-26 20:00",
        "Platzi <team@platzi.com>",
        "Tu suscripción Expert se renueva en 5 días",
        N(),
        text="""Hola Óscar,

Tu suscripción Platzi Expert se renovará el 31 de octubre por $3,499 MXN anuales.

Este año completaste 6 cursos. ¡Nunca pares de aprender!

Platzi""",
    ),
    mu(
        "s59",
        "2025-11-26 15:00",
        "Udemy <udemy@email.udemy.com>",
        "Oferta por tiempo limitado: cursos desde $179 MXN",
        N(),
        html="""<html><body style="font-family:Arial">
<h2>Cyber Monday en Udemy</h2>
<p>Cursos desde $179 MXN. Aprende Go, Kubernetes, System Design y más.</p>
<p><a href="https://www.udemy.com/courses/search/?q=golang">Ver cursos</a></p>
<p style="font-size:10px">Udemy, Inc. · Darse de baja</p>
</body></html>""",
    ),
    m(
        "s60",
        "2025-11-26 09:00",
        "Afore Horizonte <estadosdecuenta@aforehorizonte.example>",
        "Tu Estado de Cuenta cuatrimestral ya está disponible",
        N(),
        text="""Estimado(a) OSCAR IÑIGUEZ BARAJAS

Tu Estado de Cuenta del periodo mayo - agosto 2025 ya está disponible en la app de Afore Horizonte y en AforeMóvil.

Recuerda que puedes hacer aportaciones voluntarias desde $50 pesos en tiendas de
conveniencia.

Afore Horizonte""",
    ),
]

MAIL += [
    m(
        "s61",
        "2026-01-06 03:21",
        "Telmex <facturaelectronica@telmex.com>",
        "Tu estado de cuenta Telmex de enero",
        N(),
        text="""Hola, OSCAR IÑIGUEZ

Tu estado de cuenta del mes de enero ya está disponible.
Total a pagar: $589.00
Pagar antes de: 25/01/2026

¿Te cambiaste de domicilio? Solicita el cambio de domicilio de tu línea en telmex.com/mitelmex.

Teléfonos de México, S.A.B. de C.V.""",
    ),
    mu(
        "s62",
        "2025-11-01 03:30",
        "Mercado Pago <info@mercadopago.com.mx>",
        "Recibiste $450.00 de Jesús Ramírez",
        N(),
        text="""¡Hola Óscar!

Recibiste una transferencia de $450.00 de Jesús Ramírez Pulido.
Concepto: chelas del viernes 🍻

El dinero ya está disponible en tu cuenta de Mercado Pago.

Mercado Pago""",
    ),
    mu(
        "s63",
        "2025-12-07 03:05",
        "Uber Eats <noreply@uber.com>",
        "Tu pedido de Uber Eats de Karne Garibaldi",
        N(),
        text="""Gracias por tu pedido, Óscar

Karne Garibaldi (Chapultepec)
2 × Carne en su jugo grande
1 × Frijoles con tocino
Total: MX$486.00

Entregado a las 21:02""",
    ),
    m(
        "s64",
        "2025-10-20 08:15",
        "BBVA México <avisos@bbva.mx>",
        "Aviso importante sobre tu Cuenta Libretón",
        N(),
        text="""Hola Óscar,

Te informamos que a partir del 20 de noviembre de 2025 se actualizarán las comisiones de tu
Cuenta Libretón. Consulta el detalle en bbva.mx/comisiones. Si no estás de acuerdo, puedes
cancelar tu contrato sin costo dentro de los 30 días siguientes.

BBVA México""",
    ),
    mu(
        "s65",
        "2025-10-28 14:00",
        "Nu México <hola@nu.com.mx>",
        "Tu estado de cuenta de octubre está listo",
        N(),
        text="""Hola, Óscar:

Tu estado de cuenta de la Tarjeta de Crédito Nu ya está disponible en la app.

Saldo al corte: $3,912.40
Pago mínimo: $391.00
Pago para no generar intereses: $3,912.40
Fecha límite de pago: 7 de noviembre

Nu México""",
    ),
    mu(
        "s66",
        "2025-12-04 16:00",
        "Nu México <hola@nu.com.mx>",
        "Tu fecha límite de pago es en 3 días",
        N(),
        text="""Hola, Óscar: tu fecha límite de pago es el 7 de diciembre. Paga $5,204.10 para no generar
intereses. Puedes pagar desde tu cuenta Nu o por SPEI.

Nu México""",
    ),
    mu(
        "s67",
        "2025-10-09 14:30",
        "Stack Overflow <do-not-reply@stackoverflow.email>",
        "The Overflow #298: An interview with the people who keep Postgres running",
        N("en"),
        html="""<html><body style="font-family:Arial;max-width:600px">
<h2>The Overflow #298</h2>
<p><b>Interview:</b> we sat down with three Postgres committers to talk about what it takes to
keep the world's favourite database boring.</p>
<p><b>From the blog:</b> Developers want more AI tools at work, but trust them less.</p>
<p><a href="https://stackoverflow.blog/newsletter/298">Read this week's issue</a></p>
<p style="font-size:10px">Stack Overflow, 110 William Street, New York, NY 10038 · Unsubscribe</p>
</body></html>""",
    ),
    me(
        "s68",
        "2025-12-16 15:00",
        "PyCon US <pycon-reg@python.org>",
        "PyCon US 2026: registration and financial aid applications are open",
        N("en"),
        text="""Hello Pythonistas!

Registration for PyCon US 2026 in Long Beach, California is now open. Early-bird pricing ends
January 31.

Financial aid applications are also open until February 20. Grants can cover registration,
travel and lodging; you'll hear back about your application in March.

See you in May!
The PyCon US team
Python Software Foundation""",
    ),
    mu(
        "s69",
        "2025-11-05 18:00",
        "Docker <noreply@notify.docker.com>",
        "Your Docker Personal plan: new pull limits",
        N("en"),
        text="""Hi oiniguez,

Starting December 1, 2025, unauthenticated pulls from Docker Hub will be limited to 10 per hour
per IP. Sign in to Docker Desktop to keep pulling without interruption.

The Docker Team""",
    ),
    mu(
        "s70",
        "2025-09-26 04:10",
        "Slack <no-reply@slack.com>",
        "Únete a Python Guadalajara en Slack",
        N(),
        text="""Alberto Cuevas te invitó a unirte al espacio de trabajo Python Guadalajara en Slack.

Únete ahora: https://join.slack.com/t/pythongdl/shared_invite/zt-2r8x

Canales populares: #general, #empleos, #meetups, #ayuda

Slack Technologies, LLC""",
    ),
    m(
        "s71",
        "2025-10-22 09:00",
        "Costco México <costco@costco.com.mx>",
        "Tu membresía vence el 31 de octubre",
        N(),
        text="""Estimado socio:

Tu membresía Gold Star vence el 31 de octubre de 2025. Renuévala en cualquier almacén o en
costco.com.mx por $600.

Costco de México""",
    ),
    m(
        "s72",
        "2026-02-16 10:00",
        "Infonavit <avisos@infonavit.org.mx>",
        "Ya puedes solicitar tu crédito Infonavit",
        N(),
        html="""<html><body style="font-family:Arial">
<p>Hola, OSCAR:</p>
<p>Con tu nueva relación laboral ya acumulas puntos. Consulta tu precalificación en Mi Cuenta
Infonavit y conoce cuánto te prestamos para comprar, construir o remodelar.</p>
<p><a href="https://micuenta.infonavit.org.mx">Ir a Mi Cuenta Infonavit</a></p>
<p style="font-size:10px">Infonavit nunca te pedirá dinero por realizar trámites.</p>
</body></html>""",
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 160, the ordinary inbox (data only): shops, bills, banks, services and newsletters,
with look-alikes on purpose. See heldout160.py."""

from __future__ import annotations

from typing import Any

from heldout160_jobs import N, ics, m, m_us, unsub

_RAPPI_FOOT = """\
<p style='font-size:11px;color:#9b9b9b'>Rappi S.A.S. · NIT 900.843.898-9 · Bogotá, Colombia.
¿No quieres recibir más correos? <a href='https://www.rappi.com.co/unsubscribe?e=dmrestrepo.qa'>Cancela tu suscripción</a>.</p>"""

_EXITO_FOOT = """\
<p style='font-size:10px;color:#777'>Almacenes Éxito S.A. · Envigado, Antioquia. Precios y ofertas válidos
hasta agotar existencias; no acumulables con otras promociones. Ley 1480 de 2011.
<a href='https://www.exito.com/preferencias'>Cancelar suscripción</a></p>"""

_POBLADO = "Banco del Poblado <notificaciones@bancodelpoblado.example>"
_CREDI = "Crediágil <hola@crediagil.example>"
_BUG = "El Bug Semanal <hola@elbugsemanal.example>"

MAIL: list[dict[str, Any]] = [
    # --- Rappi, Éxito, Falabella, Mercado Libre ----------------------------------------------
    m(
        "r1aa",
        "2025-07-05 20:41",
        "Rappi <noreply@rappi.com>",
        "Tu pedido de Crepes & Waffles fue entregado 🧡",
        N(),
        html=f"""\
<div style='font-family:Arial;max-width:520px'>
<h2>¡Disfruta tu pedido, Daniela!</h2>
<p>Pedido #98812734 · Crepes &amp; Waffles Laureles</p>
<table style='font-size:14px'>
<tr><td>1 x Crepe de pollo champiñones</td><td>$32.900</td></tr>
<tr><td>1 x Limonada de coco</td><td>$13.500</td></tr>
<tr><td>Envío (RappiPrime)</td><td>$0</td></tr>
<tr><td>Propina RT</td><td>$3.000</td></tr>
<tr><td><b>Total</b></td><td><b>$49.400</b></td></tr>
</table>
<p>Pagado con Nequi ****4478</p>
{_RAPPI_FOOT}
</div>""",
    ),
    m(
        "r2bb",
        "2025-07-19 11:00",
        "Rappi <promos@rappi.com>",
        "🔥 Ofertas que no vas a creer: hasta 50% OFF en restaurantes",
        N(),
        headers=unsub(
            "https://www.rappi.com.co/unsubscribe?e=dmrestrepo.qa", "unsubscribe@rappi.com"
        ),
        html=f"""\
<div style='font-family:Arial;max-width:520px;text-align:center'>
<h1 style='color:#ff441f'>Fin de semana de OFERTAS</h1>
<p>Hasta <b>50% OFF</b> en tus restaurantes favoritos y envío gratis con RappiPrime.</p>
<p>Solo este sábado y domingo. ¡Aplica ya tu cupón <b>FINDE50</b>!</p>
<p><a href='https://rappi.com.co/promociones?utm_source=email&amp;utm_campaign=finde50' style='background:#ff441f;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none'>Pedir ahora</a></p>
{_RAPPI_FOOT}
</div>""",
    ),
    m(
        "r3cc",
        "2025-08-23 13:12",
        "Rappi <noreply@rappi.com>",
        "Recibo de tu pedido en Éxito Laureles",
        N(),
        html=f"""\
<div style='font-family:Arial;max-width:520px'>
<p>Hola Daniela, este es el recibo de tu pedido <b>#99410255</b> en <b>Éxito Laureles</b>.</p>
<p>12 productos · Subtotal $186.320 · Envío $0 · Total <b>$186.320</b></p>
<p>Productos no disponibles: 1 (Queso campesino 500 g) - se te reembolsaron $9.850 en RappiCréditos.</p>
{_RAPPI_FOOT}
</div>""",
    ),
    m(
        "r4dd",
        "2025-09-27 17:30",
        "Rappi <promos@rappi.com>",
        "⚡ Oferta relámpago: 2x1 en helados por las próximas 3 horas",
        N(),
        headers=unsub(
            "https://www.rappi.com.co/unsubscribe?e=dmrestrepo.qa", "unsubscribe@rappi.com"
        ),
        html=f"""\
<div style='font-family:Arial;text-align:center'><h2>2x1 en helados 🍦</h2>
<p>Oferta válida hoy de 5:30 p. m. a 8:30 p. m. en tiendas seleccionadas. Entrega en 10 minutos con Rappi Turbo.</p>
<p><a href='https://rappi.com.co/turbo?utm_campaign=2x1helados'>¡Lo quiero!</a></p>
{_RAPPI_FOOT}</div>""",
    ),
    m(
        "r5ee",
        "2025-11-28 09:00",
        "Rappi <promos@rappi.com>",
        "BLACK FRIDAY: las mejores ofertas del año ya están aquí",
        N(),
        headers=unsub(
            "https://www.rappi.com.co/unsubscribe?e=dmrestrepo.qa", "unsubscribe@rappi.com"
        ),
        html=f"""\
<div style='font-family:Arial;max-width:520px'>
<h1>BLACK FRIDAY 🖤</h1>
<p>Tecnología, mercado, licores y restaurantes con hasta 60% de descuento. Además, 3 meses de RappiPrime Plus a $1.</p>
<p><a href='https://rappi.com.co/blackfriday?utm_source=email'>Ver todas las ofertas</a></p>
{_RAPPI_FOOT}
</div>""",
    ),
    m(
        "e1ff",
        "2025-07-26 07:30",
        "Éxito <exito@mail.exito.com>",
        "Días de Precios Especiales: ofertas en mercado, tecnología y hogar",
        N(),
        headers=unsub("https://www.exito.com/preferencias"),
        html=f"""\
<div style='font-family:Arial;max-width:600px'>
<img src='https://www.exito.com/email/dpe-banner.jpg' alt='Días de Precios Especiales' width='600'>
<p>Del 26 al 28 de julio: hasta 40% en televisores, 3x2 en aseo y la mejor oferta en carnes para tu asado.</p>
<p>Paga con Tarjeta Éxito y recibe 10% adicional. Compra en tienda, en exito.com o por WhatsApp.</p>
<p><a href='https://www.exito.com/dias-de-precios-especiales?utm_medium=email'>Comprar ahora</a></p>
{_EXITO_FOOT}
</div>""",
    ),
    m(
        "e2gg",
        "2025-08-10 16:04",
        "Éxito Factura Electrónica <facturaelectronica@exito.com>",
        "Factura electrónica de venta SETP 99381045",
        N(),
        text="""\
Señor(a) DANIELA MARCELA RESTREPO OSPINA

Adjuntamos la factura electrónica de venta No. SETP 99381045 generada por su compra en
ÉXITO LAURELES el 10/08/2025 por valor de $214.900.

Este documento se envía en cumplimiento de la Resolución DIAN 000165 de 2023. Consulte su
factura en https://facturaelectronica.exito.com/consulta

Almacenes Éxito S.A. - NIT 890.900.608-9
""",
        attach=[
            (
                "SETP99381045.xml",
                "application/xml",
                "<?xml version='1.0'?><Invoice>SETP99381045</Invoice>\n",
            )
        ],
    ),
    m(
        "e3hh",
        "2025-10-17 08:15",
        "Éxito <exito@mail.exito.com>",
        "Daniela, esta oferta exclusiva es solo para ti",
        N(),
        headers=unsub("https://www.exito.com/preferencias"),
        html=f"""\
<div style='font-family:Arial;max-width:600px'>
<p>Hola Daniela,</p>
<p>Por ser cliente Puntos Colombia tienes una <b>oferta exclusiva</b>: 25% de descuento en tu próxima compra de
electrodomésticos. Activa tu cupón antes del domingo.</p>
<p><a href='https://www.exito.com/ofertas-exclusivas?c=PC25'>Activar cupón</a></p>
{_EXITO_FOOT}
</div>""",
    ),
    m(
        "e4ii",
        "2025-11-21 06:00",
        "Éxito <exito@mail.exito.com>",
        "BLACK DAYS ÉXITO ⚫ Empezó la temporada de ofertas",
        N(),
        headers=unsub("https://www.exito.com/preferencias"),
        html=f"""\
<div style='font-family:Arial;max-width:600px;background:#111;color:#fff;padding:20px'>
<h1 style='color:#ffe600'>BLACK DAYS</h1>
<p>Celulares, computadores y televisores con precios que no se repiten. Hasta 24 cuotas sin interés con tarjetas aliadas.</p>
<p><a href='https://www.exito.com/black-days' style='color:#ffe600'>Descubre las ofertas</a></p>
{_EXITO_FOOT}
</div>""",
    ),
    m(
        "f1jj",
        "2025-11-03 10:00",
        "Falabella <falabella@news.falabella.com.co>",
        "CyberLunes 🖥️ ofertas en tecnología hasta medianoche",
        N(),
        headers=unsub("https://www.falabella.com.co/falabella-co/preferencias"),
        html="""\
<div style='font-family:Arial;max-width:600px'>
<h2>CYBERLUNES</h2>
<p>Portátiles, monitores y audífonos con hasta 45% dcto. + envío gratis desde $149.900.</p>
<p>Oferta válida el 3 de noviembre de 2025 o hasta agotar existencias.</p>
<p><a href='https://www.falabella.com.co/falabella-co/page/cyber?utm_source=email'>Ver ofertas</a></p>
<p style='font-size:10px;color:#888'>Falabella de Colombia S.A. · Cancelar suscripción</p>
</div>""",
    ),
    m(
        "l1kk",
        "2025-08-02 19:27",
        "Mercado Libre <info@mercadolibre.com.co>",
        "¡Tu compra fue aprobada! Soporte para portátil ajustable",
        N(),
        html="""\
<div style='font-family:Arial;max-width:520px'>
<p>Hola Daniela,</p>
<p>Tu pago de <b>$89.900</b> fue aprobado. Ahora el vendedor preparará tu paquete.</p>
<p>Soporte para portátil ajustable aluminio - 1 unidad<br>Vendido por TECNOSHOP_MED</p>
<p>Llega entre el lunes y el martes.</p>
<p><a href='https://www.mercadolibre.com.co/mis-compras'>Ver compra</a></p>
</div>""",
    ),
    m(
        "l2ll",
        "2025-08-04 08:12",
        "Mercado Libre <info@mercadolibre.com.co>",
        "Tu paquete está en camino",
        N(),
        text="""\
Hola Daniela,

Tu paquete con "Soporte para portátil ajustable aluminio" salió para tu domicilio.
Llega mañana.

Seguimiento: https://www.mercadolibre.com.co/mis-compras/seguimiento?id=2000009912874521

Mercado Libre
""",
    ),
    m(
        "l3mm",
        "2025-08-05 15:40",
        "Mercado Libre <info@mercadolibre.com.co>",
        "Entregamos tu paquete",
        N(),
        text="""\
¡Hola Daniela! Entregamos tu paquete en la portería. Lo recibió: Portería Ed. Ceibos.

¿Todo bien con tu compra? Cuéntanos en https://www.mercadolibre.com.co/mis-compras
""",
    ),
    m(
        "l4nn",
        "2025-08-12 12:00",
        "Mercado Libre <opiniones@mercadolibre.com.co>",
        "¿Qué te pareció tu soporte para portátil? Opina y ayuda a otros",
        N(),
        html="""\
<div style='font-family:Arial;max-width:520px'>
<p>Daniela, tu opinión ayuda a miles de personas a decidir mejor.</p>
<p>¿Cómo calificarías <b>Soporte para portátil ajustable aluminio</b>?</p>
<p>⭐ ⭐ ⭐ ⭐ ⭐ <a href='https://www.mercadolibre.com.co/opiniones/crear?item=MCO1388112'>Calificar</a></p>
</div>""",
    ),
    # --- bills and utilities ----------------------------------------------------------------
    m(
        "u1oo",
        "2025-07-12 05:30",
        "EPM <facturaweb@epm.com.co>",
        "Su factura de servicios públicos EPM - julio 2025",
        N(),
        text="""\
Señor(a) usuario(a) DANIELA MARCELA RESTREPO OSPINA

Su factura de servicios públicos domiciliarios del período 2025-06 está disponible.

  Contrato: 7712094
  Dirección: CL 48 77 15 AP 502
  Valor a pagar: $187.460
  Fecha límite de pago: 24/07/2025
  Consumos: energía 142 kWh · acueducto 9 m3 · gas 11 m3

Pague en línea en www.epm.com.co o en los puntos de pago autorizados.

EPM - Empresas Públicas de Medellín E.S.P.
""",
    ),
    m(
        "u2pp",
        "2025-08-12 05:30",
        "EPM <facturaweb@epm.com.co>",
        "Su factura de servicios públicos EPM - agosto 2025",
        N(),
        text="""\
Señor(a) usuario(a) DANIELA MARCELA RESTREPO OSPINA

Su factura del período 2025-07 está disponible.

  Contrato: 7712094
  Valor a pagar: $194.020
  Fecha límite de pago: 25/08/2025

Recuerde: ahorrar energía es cuidar el agua. Pague en www.epm.com.co

EPM - Empresas Públicas de Medellín E.S.P.
""",
    ),
    m(
        "u3qq",
        "2025-10-13 05:30",
        "EPM <facturaweb@epm.com.co>",
        "Su factura de servicios públicos EPM - octubre 2025",
        N(),
        text="""\
Señor(a) usuario(a) DANIELA MARCELA RESTREPO OSPINA

Su factura del período 2025-09 está disponible.

  Contrato: 8810337 (NUEVO)
  Dirección: CR 70 C 3 SUR 41 AP 1203
  Valor a pagar: $96.880 (lectura parcial por cambio de suscriptor)
  Fecha límite de pago: 27/10/2025

EPM - Empresas Públicas de Medellín E.S.P.
""",
    ),
    m(
        "u4rr",
        "2025-07-20 09:00",
        "Tigo <facturacion@tigo.com.co>",
        "Tu factura Tigo Hogar ya está disponible",
        N(),
        html="""\
<div style='font-family:Arial;max-width:560px'>
<p>Hola Daniela Marcela,</p>
<p>Tu factura de <b>Internet 300 Megas + TV</b> por <b>$139.900</b> vence el 05/08/2025.</p>
<p><a href='https://mi.tigo.com.co/pago-express'>Pagar ahora</a></p>
<p style='font-size:10px'>UNE EPM Telecomunicaciones S.A. - Tigo</p>
</div>""",
    ),
    m(
        "u5ss",
        "2025-10-20 11:20",
        "Tigo <servicioalcliente@tigo.com.co>",
        "Confirmación de traslado de tu servicio",
        N(),
        text="""\
Hola Daniela Marcela,

Tu solicitud de traslado del servicio de Internet y TV a la dirección CR 70 C 3 SUR 41 AP 1203
fue realizada con éxito. Número de solicitud: 44091877.

Tu plan y tarifa se mantienen. Si tienes inconvenientes, escríbenos por WhatsApp al 300 300 3000.

Tigo
""",
    ),
    m(
        "u6tt",
        "2025-08-15 07:10",
        "Claro <factura.electronica@claro.com.co>",
        "Factura Electrónica Claro Móvil - agosto",
        N(),
        text="""\
Estimado(a) cliente,

Adjuntamos su factura electrónica Claro Móvil del período 06/07/2025 - 05/08/2025.
Línea: 300 612 4478 · Valor: $62.990 · Pago oportuno: 28/08/2025.

Comunicación Celular S.A. COMCEL S.A.
""",
    ),
    m(
        "u7uu",
        "2025-11-15 07:10",
        "Claro <factura.electronica@claro.com.co>",
        "Factura Electrónica Claro Móvil - noviembre",
        N(),
        text="""\
Estimado(a) cliente,

Adjuntamos su factura electrónica Claro Móvil del período 06/10/2025 - 05/11/2025.
Línea: 300 612 4478 · Valor: $62.990 · Pago oportuno: 28/11/2025.

¡Conoce la oferta de fin de año: duplica tus gigas por 3 meses! Aplican condiciones.

Comunicación Celular S.A. COMCEL S.A.
""",
    ),
    m(
        "s1vv",
        "2025-07-09 03:12",
        "Netflix <info@account.netflix.com>",
        "Tu pago se procesó correctamente",
        N(),
        text="""\
Hola, Daniela:

Gracias por ser parte de Netflix. Procesamos tu pago de $44.900 del plan Estándar.

Próxima fecha de facturación: 9 de agosto de 2025.

El equipo de Netflix
""",
    ),
    m(
        "s2ww",
        "2025-09-05 18:45",
        "Netflix <info@mailer.netflix.com>",
        "Nuevo en Netflix: Entrevista con el vampiro y más estrenos",
        N(),
        headers=unsub("https://www.netflix.com/unsubscribe?c=new_arrivals"),
        html="""\
<div style='font-family:Helvetica;background:#000;color:#fff;padding:20px;max-width:560px'>
<h2>Daniela, esto llegó esta semana</h2>
<p><b>Entrevista con el vampiro</b> - Temporadas 1 y 2</p>
<p><b>La entrevista</b> - Comedia</p>
<p><b>Cien años de soledad</b> - Ya disponible la serie completa</p>
<p><a href='https://www.netflix.com/browse' style='color:#e50914'>Ver ahora</a></p>
</div>""",
    ),
    m(
        "s3xx",
        "2025-12-03 12:00",
        "Spotify <no-reply@spotify.com>",
        "Tu Wrapped 2025 ya está aquí 🎧",
        N(),
        headers=unsub("https://www.spotify.com/account/notifications/"),
        html="""\
<div style='font-family:Arial;max-width:520px'>
<h1>Tu 2025 en Spotify</h1>
<p>Escuchaste 41.277 minutos de música. Tu artista #1: <b>Grupo Niche</b>. Tu género: <b>salsa</b>.</p>
<p><a href='https://www.spotify.com/wrapped'>Ver mi Wrapped</a></p>
</div>""",
    ),
    # --- money: Nequi, a credit card and a loan "solicitud", taxes and pension ------------
    m(
        "n1yy",
        "2025-07-30 18:22",
        "Nequi <notificaciones@nequi.com.co>",
        "Te llegó plata a tu Nequi",
        N(),
        text="""\
¡Qué bien, Daniela! Gloria Ospina te envió $150.000 a tu Nequi.

Mensaje: "pa' los domicilios mija 💛"

Nequi - Bancolombia
""",
    ),
    m(
        "n2zz",
        "2025-10-30 12:05",
        "Nequi <notificaciones@nequi.com.co>",
        "Pagaste con tu Nequi",
        N(),
        text="""\
Daniela, pagaste $1.850.000 a ARRENDAMIENTOS LAURELES S.A.S. con tu Nequi.
Referencia: canon noviembre apto 1203.

Nequi - Bancolombia
""",
    ),
    m(
        "b1ab",
        "2025-08-08 10:31",
        _POBLADO,
        "Recibimos tu solicitud de Tarjeta de Crédito",
        N(),
        text="""\
Hola, Daniela Marcela:

Recibimos tu solicitud de Tarjeta de Crédito Poblado Visa Platinum. Número de solicitud:
TC-2025-0812774.

En los próximos 3 días hábiles te contaremos el resultado del estudio. Es posible que uno de
nuestros asesores te llame para validar tu información laboral y tus ingresos.

Banco del Poblado S.A. - Vigilado Superintendencia Financiera de Colombia
""",
    ),
    m(
        "b2bc",
        "2025-08-12 14:10",
        _POBLADO,
        "Tu solicitud está en estudio: necesitamos un documento",
        N(),
        text="""\
Hola, Daniela Marcela:

Tu solicitud TC-2025-0812774 está en estudio. Para continuar necesitamos que cargues tu
certificado laboral con fecha no mayor a 30 días, donde consten cargo, salario y tipo de
contrato.

Cárgalo aquí: https://solicitudes.bancodelpoblado.example/documentos?s=TC-2025-0812774

Banco del Poblado S.A.
""",
    ),
    m(
        "b3cd",
        "2025-08-19 09:45",
        _POBLADO,
        "¡Felicitaciones! Tu solicitud fue aprobada",
        N(),
        html="""\
<div style='font-family:Arial;max-width:560px'>
<h2 style='color:#0a6e5c'>¡Tu Tarjeta de Crédito fue aprobada!</h2>
<p>Hola, Daniela Marcela. Nos alegra contarte que tu solicitud <b>TC-2025-0812774</b> fue aprobada.</p>
<p>Cupo aprobado: <b>$8.500.000</b> · Cuota de manejo: $0 los primeros 6 meses</p>
<p>Tu tarjeta llegará a tu dirección registrada en los próximos 8 días hábiles. Actívala en la app Poblado Móvil.</p>
<p style='font-size:10px;color:#777'>Banco del Poblado S.A. - Vigilado Superintendencia Financiera de Colombia.
Tasa de interés efectiva anual vigente para el mes: 26,74 %.</p>
</div>""",
    ),
    m(
        "b4de",
        "2025-10-25 06:00",
        _POBLADO,
        "Tu extracto de Tarjeta de Crédito de octubre está disponible",
        N(),
        text="""\
Hola, Daniela Marcela:

El extracto de tu Tarjeta de Crédito Visa terminada en 3391 ya está disponible.

  Pago mínimo: $412.300
  Pago total: $1.978.450
  Fecha límite de pago: 10/11/2025

Consúltalo en https://www.bancodelpoblado.example/extractos o en la app.

Banco del Poblado S.A.
""",
    ),
    m(
        "c1ef",
        "2025-07-17 21:03",
        _CREDI,
        "Solicitud de crédito de libre inversión N.° LI-77120",
        N(),
        text="""\
Hola Daniela,

Recibimos tu solicitud de crédito de libre inversión:

  Monto solicitado: $6.000.000
  Plazo: 24 meses
  Número de solicitud: LI-77120

¿Qué sigue? Estudiamos tu historial en centrales de riesgo y en menos de 24 horas te damos
respuesta. Puede que te llamemos para una breve entrevista de verificación de datos.

Crediágil - Crédito 100 % digital
""",
    ),
    m(
        "c2fg",
        "2025-07-18 10:20",
        _CREDI,
        "Agenda tu llamada de verificación",
        N(),
        text="""\
Hola Daniela,

Para aprobar tu solicitud LI-77120 necesitamos una llamada corta (5 minutos) en la que una
asesora confirmará tu identidad, tu actividad económica y tus ingresos. Elige un horario:

https://crediagil.example/verificacion/LI-77120

Crediágil
""",
    ),
    m(
        "c3gh",
        "2025-07-22 15:42",
        _CREDI,
        "¡Tu crédito fue aprobado y desembolsado! 🎉",
        N(),
        text="""\
¡Hola Daniela!

Tu crédito de libre inversión LI-77120 fue aprobado. Desembolsamos $6.000.000 a tu cuenta
Nequi 300 612 4478.

  Cuota mensual: $318.420
  Primera cuota: 22/08/2025
  Tasa: 1,89 % M.V.

Consulta tu plan de pagos en la app. ¡Gracias por confiar en nosotros!

Crediágil
""",
    ),
    m(
        "d1hi",
        "2025-08-05 09:00",
        "DIAN <notificacionesrenta@dian.gov.co>",
        "Recuerde: su plazo para declarar renta vence el 28 de agosto",
        N(),
        text="""\
Señor(a) contribuyente DANIELA MARCELA RESTREPO OSPINA
NIT 1036652418

La Dirección de Impuestos y Aduanas Nacionales le recuerda que, de acuerdo con los dos últimos
dígitos de su NIT (18), el plazo para presentar su declaración de renta de personas naturales
por el año gravable 2024 (formulario 210) vence el 28 de agosto de 2025.

Ingrese a www.dian.gov.co, servicios en línea, con su usuario y firma electrónica.

DIAN - Este es un mensaje informativo, no responda este correo.
""",
    ),
    m(
        "d2ij",
        "2025-08-21 22:14",
        "DIAN <notificacionesrenta@dian.gov.co>",
        "Acuse de recibo - Formulario 210 número 2113602554871",
        N(),
        text="""\
La DIAN informa que se ha presentado con éxito el Formulario 210 - Declaración de renta y
complementario personas naturales, número 2113602554871, del contribuyente NIT 1036652418,
año gravable 2024, el día 21/08/2025 a las 22:13:48.

Saldo a pagar: $0
""",
    ),
    m(
        "p1jk",
        "2025-08-28 08:00",
        "Protección <extractos@proteccion.com.co>",
        "Tu extracto de pensión obligatoria ya está disponible",
        N(),
        text="""\
Hola, Daniela Marcela:

Tu extracto de pensión obligatoria del primer semestre de 2025 ya está disponible en
www.proteccion.com/extractos. Saldo a 30 de junio: $58.214.770.

Protección S.A. - Administradora de Fondos de Pensiones y Cesantías
""",
    ),
    # --- travel, transport, cinema, gym -----------------------------------------------------
    m(
        "a1kl",
        "2025-10-30 21:40",
        "Avianca <noreply@info.avianca.com>",
        "Confirmación de reserva - Código ZQ4P7M",
        N(),
        text="""\
Hola DANIELA MARCELA,

Tu reserva está confirmada. Código de reserva: ZQ4P7M

  Ida: viernes 19 de diciembre de 2025 - AV 9232 - Medellín (MDE) 17:45 → Cali (CLO) 18:40
  Regreso: lunes 22 de diciembre de 2025 - AV 9249 - Cali (CLO) 19:10 → Medellín (MDE) 20:05
  Tarifa: basic · Pasajeros: 1

Total pagado: COP 412.600

Haz check-in en avianca.com desde 48 horas antes.
Avianca
""",
    ),
    m(
        "a2lm",
        "2025-12-18 17:50",
        "Avianca <noreply@info.avianca.com>",
        "Ya puedes hacer check-in para tu vuelo a Cali",
        N(),
        text="""\
Hola DANIELA MARCELA, tu vuelo AV 9232 a Cali sale mañana a las 17:45.

Haz check-in y descarga tu pase de abordar: https://www.avianca.com/co/es/check-in/?pnr=ZQ4P7M

Avianca
""",
    ),
    m(
        "a3mn",
        "2025-08-30 14:11",
        "Metro de Medellín <civica@metrodemedellin.gov.co>",
        "Recarga exitosa de tu tarjeta Cívica",
        N(),
        text="""\
Hola Daniela, recargaste $50.000 a tu tarjeta Cívica personalizada terminada en 0917.
Saldo disponible: $61.400.

Metro de Medellín - Cultura Metro
""",
    ),
    m(
        "a4no",
        "2025-10-08 12:58",
        "DiDi <no-reply@didiglobal.com>",
        "Tu recibo de viaje con DiDi",
        N(),
        text="""\
Gracias por viajar con DiDi, Daniela.

  Miércoles 8 de octubre de 2025, 12:21 p. m.
  Origen: Cra. 70C # 3 Sur-41, Medellín
  Destino: Campus Robledo, Cra. 52 # 71-20, Medellín
  Tarifa: $21.300 · Pagado con tarjeta Visa ****3391

DiDi
""",
    ),
    m(
        "a5op",
        "2025-11-16 19:05",
        "Cine Colombia <boleteria@cinecolombia.com>",
        "Tus boletas para Wicked: Por siempre",
        N(),
        text="""\
¡Hola Daniela! Estas son tus boletas:

  Película: Wicked: Por siempre (doblada)
  Teatro: Cine Colombia Viva Laureles - Sala 4
  Función: domingo 16 de noviembre, 8:10 p. m.
  Sillas: G7, G8

Presenta el código QR en la entrada.
""",
    ),
    m(
        "a6pq",
        "2025-09-01 07:00",
        "Bodytech <servicios@bodytech.com.co>",
        "Tu plan se renovó automáticamente",
        N(),
        text="""\
Hola Daniela,

Tu plan Bodytech Anual Flex se renovó hoy. Cargo a tu tarjeta: $129.900 (cuota 1 de 12).
Sede: Bodytech Laureles.

¿Sabías que ahora puedes reservar clases de rumba y spinning desde la app?

Bodytech
""",
    ),
    # --- learning, certification, open source ----------------------------------------------
    m(
        "t1qr",
        "2025-08-08 20:30",
        "Platzi <team@platzi.com>",
        "¡Aprobaste el Curso de Testing E2E con Playwright! 🎓",
        N(),
        text="""\
¡Felicitaciones, Daniela!

Aprobaste el Curso de Testing E2E con Playwright con una calificación de 9.6/10.
Tu certificado digital ya está disponible: https://platzi.com/p/dmrestrepo/curso/playwright-e2e/diploma/

Compártelo en LinkedIn y sigue tu ruta de QA Automation.

Nunca pares de aprender 💚
Platzi
""",
    ),
    m(
        "t2rs",
        "2025-09-16 10:00",
        "Platzi <team@platzi.com>",
        "Oferta: 40% OFF en Platzi Expert por 48 horas",
        N(),
        headers=unsub("https://platzi.com/unsubscribe/?e=dmrestrepo.qa"),
        html="""\
<div style='font-family:Arial;background:#13161c;color:#fff;padding:24px;max-width:560px'>
<h1 style='color:#0ae98a'>40% OFF</h1>
<p>Aprende inglés, programación y QA con un año de Platzi Expert. Solo por 48 horas.</p>
<p><a href='https://platzi.com/precios/?utm_source=email&amp;utm_campaign=expert40' style='color:#0ae98a'>Aprovechar la oferta</a></p>
</div>""",
    ),
    m(
        "t3st",
        "2025-11-27 09:00",
        "Platzi <team@platzi.com>",
        "BLACK FRIDAY: tu mejor oferta para aprender en 2026",
        N(),
        headers=unsub("https://platzi.com/unsubscribe/?e=dmrestrepo.qa"),
        text="""\
Daniela, esta es la oferta más grande del año: Platzi Expert Duo a mitad de precio.

Aprovecha hasta el lunes: https://platzi.com/blackfriday?utm_source=email
""",
    ),
    m(
        "t4tu",
        "2025-10-09 13:20",
        "iSQI Exam Services <exams@isqi.org>",
        "Exam registration confirmed: ISTQB® Advanced Level Test Automation Engineering",
        N("en"),
        text="""\
Dear Daniela Marcela Restrepo Ospina,

Thank you for registering for the following exam:

  Exam: ISTQB® Certified Tester Advanced Level - Test Automation Engineering (CTAL-TAE) v2.0
  Language: Spanish
  Format: Online, remotely proctored
  Date: Saturday, November 22, 2025, 9:00 AM (America/Bogota)
  Booking ID: ISQ-CO-3318420

Please run the system check at least 48 hours before your exam:
https://www.isqi.org/en/system-check

Good luck!
iSQI GmbH - Exam Services
""",
    ),
    m(
        "t5uv",
        "2025-11-25 16:02",
        "iSQI Exam Services <exams@isqi.org>",
        "Your exam result: CTAL-TAE",
        N("en"),
        text="""\
Dear Daniela Marcela Restrepo Ospina,

Congratulations! You have passed the ISTQB® Certified Tester Advanced Level - Test Automation
Engineering exam with a score of 71/88 (81 %).

Your certificate will be available in your iSQI account within 10 business days, and your
name will be listed in the ISTQB® Successful Candidate Register if you opted in.

iSQI GmbH - Exam Services
""",
    ),
    m(
        "g1vw",
        "2025-07-26 23:02",
        "GitHub <noreply@github.com>",
        "[GitHub] A third-party OAuth application has been added to your account",
        N("en"),
        text="""\
Hey dmrestrepo!

A third-party OAuth application (Cypress Cloud) with read:user and repo scopes was recently
authorized to access your account.

Visit https://github.com/settings/connections/applications/0a1b2c3d for more information.

To see this and other security events for your account, visit
https://github.com/settings/security-log

If you run into problems, please contact support by visiting https://github.com/contact

Thanks,
The GitHub Team
""",
    ),
    m(
        "g2wx",
        "2025-09-09 21:17",
        "Pedro Alves <notifications@github.com>",
        "Re: [dmrestrepo/cypress-a11y-helpers] Fix flaky retry when axe runs twice (PR #14)",
        N("en"),
        headers={
            "List-ID": "dmrestrepo/cypress-a11y-helpers <cypress-a11y-helpers.dmrestrepo.github.com>"
        },
        text="""\
@pedroalves commented on this pull request.

> +  cy.checkA11y(null, { retries: 2 })

I think we should keep the default at 0 and let people opt in, otherwise the suite gets slower
for everyone. Otherwise LGTM 👍

--
Reply to this email directly, view it on GitHub:
https://github.com/dmrestrepo/cypress-a11y-helpers/pull/14#discussion_r1784412
You are receiving this because you authored the thread.
""",
    ),
    m(
        "g3xy",
        "2025-09-30 07:44",
        "Google <no-reply@accounts.google.com>",
        "Alerta de seguridad",
        N(),
        text="""\
Nuevo inicio de sesión en Windows

dmrestrepo.qa@gmail.com

Detectamos un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo Windows. Si
fuiste tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.

Revisar actividad: https://accounts.google.com/AccountChooser?Email=dmrestrepo.qa@gmail.com&continue=https://myaccount.google.com/alert/nt/1727691840000

Te enviamos este correo electrónico para informarte sobre cambios importantes en tu cuenta y
en los servicios de Google.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    ),
    # --- newsletters, communities, webinars -------------------------------------------------
    m(
        "w1yz",
        "2025-07-13 08:00",
        _BUG,
        "El Bug Semanal #112: flaky tests, el impuesto que nadie presupuesta",
        N(),
        headers=unsub(
            "https://elbugsemanal.example/unsubscribe?u=4412", "baja@elbugsemanal.example"
        ),
        text="""\
EL BUG SEMANAL · #112 · Calidad de software en español

Hola, comunidad 🐞

Esta semana: ¿cuánto cuesta realmente un test inestable? Hicimos cuentas con tres equipos de
Medellín y Bogotá y el resultado asusta: hasta 11 horas de ingeniería por sprint re-ejecutando
pipelines.

EN ESTE NÚMERO
  1. Cuarentena de tests: cómo hacerlo sin esconder bugs
  2. Cypress 14.5: qué cambió en cy.session
  3. Herramienta de la semana: Testcontainers para pruebas de integración

LECTURAS
  - "Test pyramid is dead, long live the test trophy?" - debate abierto
  - Contract testing con Pact en microservicios de pagos

Nos leemos el próximo domingo,
Mariana y Julián · El Bug Semanal

¿Te reenviaron este correo? Suscríbete en https://elbugsemanal.example
""",
    ),
    m(
        "w2za",
        "2025-08-24 08:00",
        _BUG,
        "El Bug Semanal #118: Entrevista con la CTO de Kuma Payments",
        N(),
        headers=unsub(
            "https://elbugsemanal.example/unsubscribe?u=4412", "baja@elbugsemanal.example"
        ),
        html="""\
<div style='font-family:Georgia,serif;max-width:600px;margin:auto'>
<p style='font-size:12px;color:#888'>EL BUG SEMANAL · #118</p>
<h1>Entrevista con la CTO de Kuma Payments: "Nuestros testers escriben más código que muchos devs"</h1>
<p>Hablamos con <b>Verónica Salazar</b>, CTO de Kuma Payments, sobre cómo su equipo de 60 personas
en Medellín y Ciudad de México pasó de 40 % de pruebas manuales a un pipeline donde cada pull request
corre 3.000 pruebas en menos de ocho minutos.</p>
<p><b>¿Cómo es una entrevista técnica para QA en Kuma?</b><br>
"No pedimos algoritmos. Les damos una API con bugs sembrados y vemos cómo piensan. La mejor candidata
del año pasado encontró un bug que nosotros no sabíamos que estaba."</p>
<p><b>¿Qué le dirías a alguien que quiere pasar de QA manual a automatización?</b><br>
"Que aprenda a leer código antes que a escribirlo, y que no le tenga miedo a la terminal."</p>
<p><a href='https://elbugsemanal.example/118-entrevista-veronica-salazar?utm_source=newsletter'>Leer la entrevista completa</a></p>
<hr><p style='font-size:11px;color:#888'>Recibes este correo porque te suscribiste a El Bug Semanal.
<a href='https://elbugsemanal.example/unsubscribe?u=4412'>Darte de baja</a></p>
</div>""",
    ),
    m(
        "w3ab",
        "2025-10-19 08:00",
        _BUG,
        "El Bug Semanal #126: Playwright 1.56 y los agentes que escriben tests",
        N(),
        headers=unsub(
            "https://elbugsemanal.example/unsubscribe?u=4412", "baja@elbugsemanal.example"
        ),
        text="""\
EL BUG SEMANAL · #126

Hola 🐞 Esta semana todo gira alrededor de los "test agents": planner, generator y healer.
¿Reemplazan al QA? Spoiler: no, pero cambian qué hacemos los lunes.

  1. Probamos los agentes de Playwright contra una app real: 7 de 20 tests útiles sin tocar
  2. Opinión: "La IA no entiende el negocio; tú sí"
  3. Evento: QA Minds Medellín, 30 de octubre

Mariana y Julián
""",
    ),
    m(
        "w4bc",
        "2025-08-09 06:31",
        "Medium Daily Digest <noreply@medium.com>",
        "I interviewed for 14 SDET roles in 2025. Here's what actually got me offers",
        N("en"),
        headers=unsub("https://medium.com/me/settings/notifications"),
        text="""\
Today's highlights

I interviewed for 14 SDET roles in 2025. Here's what actually got me offers
Priya K. in Level Up Coding · 9 min read

Stop Writing Page Objects Like It's 2015
Alex Moreno in Better Programming · 6 min read

The Quiet Death of the Manual Tester (and Why It's Wrong)
Sam Oyelaran · 5 min read

See more of what you like and less of what you don't.
Medium, 548 Market St, PMB 90420, San Francisco, CA 94104
Unsubscribe: https://medium.com/me/settings/notifications
""",
    ),
    m(
        "w5cd",
        "2025-08-28 19:10",
        "QA Minds Medellín <qaminds.medellin@gmail.com>",
        "Invitación: Meetup QA Minds #27 – Testing de APIs con Postman y Newman @ jue 4 sept 2025 6:30pm - 8:30pm (COT) (dmrestrepo.qa@gmail.com)",
        N(),
        text="""\
¡Hola, comunidad! Les dejamos la invitación al meetup de septiembre. Cupos limitados; habrá
pizza y cerveza gracias a nuestros patrocinadores. Traigan portátil.

Has recibido una invitación para el siguiente evento.

Meetup QA Minds #27 – Testing de APIs con Postman y Newman
jueves, 4 sept 2025 6:30pm – 8:30pm (hora de Colombia)
Ruta N, Cl. 67 # 52-20, Medellín

Invitación de Google Calendar
""",
        ics=ics(
            "7q2w4e6r8t0y1u3i5o7p9a2s4d@google.com",
            "2025-09-04 18:30",
            "Meetup QA Minds #27 – Testing de APIs con Postman y Newman",
            ("QA Minds Medellín", "qaminds.medellin@gmail.com"),
            minutes=120,
            location="Ruta N, Cl. 67 # 52-20, Medellín",
        ),
    ),
    m_us(
        "w6de",
        "2025-10-02 11:00",
        "BrowserStack <webinars@browserstack.com>",
        "You're registered: Playwright at Scale – Parallelization Without Tears",
        N("en"),
        text="""\
Hi Daniela,

Thanks for registering! Here are your webinar details:

  Playwright at Scale – Parallelization Without Tears
  Thursday, October 9, 2025 · 11:00 AM - 12:00 PM ET (10:00 AM Bogotá)
  Speakers: Nithin S. (Product Manager, BrowserStack), Elena Ruiz (QA Architect)

Join link: https://browserstack.zoom.us/w/98123344110?tk=aBcD1234

Add to your calendar using the attached invite. Can't make it live? Register anyway and we'll
send you the recording.

Team BrowserStack
""",
        ics=ics(
            "bs-webinar-20251009-playwright-at-scale",
            "2025-10-09 10:00",
            "Webinar: Playwright at Scale – Parallelization Without Tears",
            ("BrowserStack Webinars", "webinars@browserstack.com"),
            location="https://browserstack.zoom.us/w/98123344110",
        ),
    ),
    m_us(
        "w7ef",
        "2025-10-10 09:30",
        "BrowserStack <webinars@browserstack.com>",
        "Recording + slides: Playwright at Scale",
        N("en"),
        headers=unsub("https://www.browserstack.com/email-preferences"),
        text="""\
Hi Daniela,

Thanks for joining us yesterday! Here's the recording and the slides:
https://www.browserstack.com/webinars/playwright-at-scale?utm_source=email

Bonus: try BrowserStack Automate free for 30 days.

Team BrowserStack
""",
    ),
    m(
        "k1fg",
        "2025-09-15 19:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Felicita a Mateo Gil por su nuevo empleo en Quimbaya Labs",
        N(),
        headers=unsub("https://www.linkedin.com/comm/psettings/email-unsubscribe"),
        text="""\
Mateo Gil empezó un nuevo empleo

Mateo Gil
Analista QA Automatización en Quimbaya Labs

Felicítale: https://www.linkedin.com/comm/feed/update/urn:li:activity:7373220811/

Este correo electrónico estaba dirigido a Daniela Restrepo (QA Automation | Selenium · Cypress | ISTQB).
Cancelar suscripción · Ayuda
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "k2gh",
        "2025-10-05 18:02",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Tu publicación tuvo 1.203 impresiones",
        N(),
        headers=unsub("https://www.linkedin.com/comm/psettings/email-unsubscribe"),
        text="""\
Daniela, a la gente le está gustando tu publicación

"5 errores que cometí al migrar de Selenium a Playwright (y cómo los arreglé) 🧵"

1.203 impresiones · 87 reacciones · 19 comentarios

Ver estadísticas: https://www.linkedin.com/comm/analytics/post/urn:li:activity:7380112237/

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "b5ef",
        "2025-11-12 11:40",
        _POBLADO,
        "Daniela, tienes una oferta preaprobada de crédito de libre inversión",
        N(),
        headers=unsub("https://www.bancodelpoblado.example/preferencias"),
        html="""\
<div style='font-family:Arial;max-width:560px'>
<p>Hola, Daniela Marcela:</p>
<p>Por tu buen comportamiento de pago tienes una <b>oferta preaprobada</b> de hasta <b>$25.000.000</b>
a una tasa preferencial desde 1,49 % M.V. Solicítala en la app en menos de 5 minutos y recibe el dinero hoy.</p>
<p><a href='https://www.bancodelpoblado.example/preaprobados?utm_source=email'>Solicitar ahora</a></p>
<p style='font-size:10px;color:#777'>Oferta sujeta a verificación de información y políticas de crédito del banco. Vigilado Superintendencia Financiera.</p>
</div>""",
    ),
    m(
        "n3ab",
        "2025-12-12 21:48",
        "Nequi <notificaciones@nequi.com.co>",
        "Pagaste con tu Nequi",
        N(),
        text="""\
Daniela, pagaste $25.000 a SALSA Y SABOR ACADEMIA con tu Nequi.
Referencia: entrada noche de salsa.

Nequi - Bancolombia
""",
    ),
    m(
        "l5op",
        "2025-11-10 08:00",
        "Mercado Libre <ofertas@mercadolibre.com.co>",
        "Ofertas del día: hasta 50% OFF en monitores y sillas ergonómicas",
        N(),
        headers=unsub("https://www.mercadolibre.com.co/suscripciones/baja"),
        html="""\
<div style='font-family:Arial;max-width:560px'>
<h2>Ofertas del día ⚡</h2>
<p>Monitor 27" IPS desde $689.900 · Silla ergonómica con soporte lumbar $429.900 · Teclado mecánico $159.900</p>
<p>Envío gratis y hasta 12 cuotas sin interés.</p>
<p><a href='https://www.mercadolibre.com.co/ofertas?utm_source=email'>Ver ofertas</a></p>
</div>""",
    ),
    m(
        "u8vw",
        "2025-11-20 10:30",
        "Tigo <ofertas@tigo.com.co>",
        "Daniela, sube a 600 Megas por el mismo precio durante 6 meses",
        N(),
        headers=unsub("https://mi.tigo.com.co/preferencias"),
        text="""\
Hola Daniela Marcela,

Tenemos una oferta para tu hogar: sube tu internet de 300 a 600 Megas sin costo adicional
durante 6 meses. Responde SI a este correo o actívala en Mi Tigo.

Aplican términos y condiciones. UNE EPM Telecomunicaciones S.A.
""",
    ),
    m(
        "a7qr",
        "2025-12-19 15:02",
        "Uber Receipts <noreply@uber.com>",
        "Tu viaje del viernes por la tarde con Uber",
        N(),
        text="""\
Gracias por viajar, Daniela

Total: COP 86.400
  Viaje: 84.900
  Peaje: 1.500

Cra. 70C # 3 Sur-41, Medellín → Aeropuerto Internacional José María Córdova, Rionegro
UberX · 45 min · 38,2 km
""",
    ),
    # --- building, Comfama ------------------------------------------------------------------
    m(
        "h1hi",
        "2025-07-29 12:10",
        "Administración Edificio Los Ceibos <admonlosceibos@gmail.com>",
        "Corte de agua programado - jueves 31 de julio",
        N(),
        to="Residentes Edificio Los Ceibos <residentes.losceibos@googlegroups.com>",
        text="""\
Buenas tardes señores residentes,

EPM nos informa que el jueves 31 de julio entre las 8:00 a. m. y las 4:00 p. m. se suspenderá
el servicio de acueducto por mantenimiento de redes en el sector. Les recomendamos almacenar
agua.

Atentamente,
Luz Dary Henao
Administradora - Edificio Los Ceibos P.H.
""",
    ),
    m(
        "h2ij",
        "2025-09-19 17:45",
        "Administración Edificio Los Ceibos <admonlosceibos@gmail.com>",
        "Convocatoria a asamblea extraordinaria de copropietarios",
        N(),
        to="Residentes Edificio Los Ceibos <residentes.losceibos@googlegroups.com>",
        text="""\
CONVOCATORIA

De conformidad con la Ley 675 de 2001 y el reglamento de propiedad horizontal, se convoca a
los señores copropietarios a la ASAMBLEA EXTRAORDINARIA que se realizará el sábado 4 de octubre
de 2025 a las 9:00 a. m. en el salón social.

Orden del día:
  1. Verificación del quórum
  2. Aprobación de cuota extraordinaria para impermeabilización de fachada
  3. Proposiciones y varios

Los arrendatarios pueden asistir con poder firmado por el propietario.

Luz Dary Henao
Administradora
""",
    ),
    m(
        "h4kl",
        "2025-10-05 10:15",
        "Administración Edificio Alpes 70 <administracion.alpes70@gmail.com>",
        "Bienvenida - Apartamento 1203",
        N(),
        text="""\
Buenos días señora Daniela,

Le damos la bienvenida al Edificio Alpes 70 P.H. Le recordamos:

  - Cuota de administración: $285.000, pagadera los primeros 10 días de cada mes.
  - Trasteos: solo de lunes a sábado de 8:00 a. m. a 5:00 p. m., con aviso previo.
  - Los domicilios se reciben en portería después de las 10:00 p. m.
  - Adjuntamos el manual de convivencia.

Cualquier inquietud, estamos en la oficina de administración (primer piso) de lunes a viernes.

Carolina Posada
Administradora
""",
        attach=[
            ("manual_convivencia_alpes70.pdf", "application/pdf", "%PDF-1.4\n% manual\n%%EOF\n")
        ],
    ),
    m(
        "h3jk",
        "2025-07-25 11:30",
        "Comfama <noticias@comfama.com>",
        "Vacaciones recreativas, cursos de cocina y baile: inscríbete ya",
        N(),
        headers=unsub("https://www.comfama.com/preferencias"),
        html="""\
<div style='font-family:Arial;max-width:600px'>
<h2>Este segundo semestre, aprende algo nuevo 🎉</h2>
<ul><li>Cocina saludable en 4 sesiones - desde $38.000 categoría B</li>
<li>Salsa caleña para principiantes - sábados en Comfama Aranjuez</li>
<li>Fotografía con celular</li></ul>
<p><a href='https://www.comfama.com/cursos?utm_source=email'>Ver toda la programación</a></p>
<p style='font-size:10px'>Comfama - Caja de Compensación Familiar de Antioquia</p>
</div>""",
    ),
]

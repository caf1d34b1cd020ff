# ruff: noqa: E501, RUF100
"""Corpus 145, the ordinary inbox part one (data only): money, taxes, shopping, bills, the
flat she rents and travel. See heldout145.py."""

from __future__ import annotations

from typing import Any

from heldout145_jobs import N, R, m

MAIL: list[dict[str, Any]] = [
    # --- ARCA (ex AFIP), monotributo, payments ---------------------------------------------------
    m(
        "ar01",
        "2025-09-03 06:12",
        "ARCA <notificaciones@arca.gob.ar>",
        "Domicilio Fiscal Electrónico - Nueva comunicación",
        N(),
        text="""Estimado/a contribuyente:

Le informamos que tiene una nueva comunicación en su Domicilio Fiscal Electrónico.

CUIT: 27-37XXX412-4
Organismo: ARCA - DGI
Asunto: Recordatorio - Vencimiento Monotributo período 09/2025
Fecha de publicación: 03/09/2025

Para visualizarla, ingrese con su Clave Fiscal al servicio "Domicilio Fiscal Electrónico".

La comunicación se considerará notificada el día que se produzca su apertura o, en su
defecto, el primer lunes o jueves posterior a su publicación.

Este mensaje es generado automáticamente. No responda a esta dirección.
Agencia de Recaudación y Control Aduanero
""",
    ),
    m(
        "rb02",
        "2025-10-20 14:31",
        "Banco Ribereño <avisos@bancoribereno.example>",
        "Comprobante de pago - VEP",
        N(),
        text="""Estimada Agustina Belén Iturralde Ocampo:

Le informamos que el pago electrónico detallado a continuación fue realizado con éxito.

Tipo de pago: VEP - ARCA
Contribuyente: 27-37XXX412-4
Concepto: Monotributo - Pago mensual
Período: 10/2025
Importe: $ 42.386,25
Cuenta débito: CA $ ****8831
N° de transacción: 0092477120

Conserve este comprobante.

Banco Ribereño S.A. - Este es un correo automático, por favor no lo responda.
""",
    ),
    m(
        "ar03",
        "2026-01-20 07:40",
        "ARCA <notificaciones@arca.gob.ar>",
        "Monotributo: recategorización semestral enero 2026",
        N(),
        html="""<div style="font-family:Arial;font-size:13px;color:#1a1a1a">
<p><img src="https://www.arca.gob.ar/images/logo-arca-mail.png" alt="ARCA" height="40"></p>
<p>Estimado/a contribuyente:</p>
<p>Le recordamos que hasta el <b>5 de febrero de 2026</b> podrá realizar la recategorización
semestral del Régimen Simplificado para Pequeños Contribuyentes (Monotributo), considerando los
ingresos brutos devengados en los últimos 12 meses.</p>
<p>Si su categoría no varió, no es necesario realizar ningún trámite.</p>
<p>Ingrese con Clave Fiscal al <a href="https://monotributo.afip.gob.ar/">Portal Monotributo</a>.</p>
<p style="font-size:11px;color:#666">ARCA nunca le solicitará su Clave Fiscal por correo electrónico.</p>
</div>""",
    ),
    m(
        "wk04",
        "2025-09-18 17:45",
        "Workana <payments@workana.com>",
        "Recibiste un pago de USD 85,00",
        N(),
        text="""Hola Agustina,

El cliente liberó el pago del proyecto "Liquidación de monotributo y IIBB para 3 clientes
(Argentina)".

Monto: USD 85,00
Comisión Workana: USD 17,00
Neto acreditado en tu saldo: USD 68,00

Podés retirar tu saldo desde Finanzas > Retiros.

Workana
""",
    ),
    m(
        "mp05",
        "2025-09-19 10:07",
        "Mercado Pago <info@mercadopago.com>",
        "Recibiste $ 76.500",
        N(),
        text="""Recibiste dinero

$ 76.500
De: Payoneer - Workana Retiros
Medio: Transferencia
Fecha: 19 de septiembre de 2025, 10:06 hs

Ya está disponible en tu cuenta. Si lo dejás en Mercado Pago, rinde todos los días.

Mercado Pago
""",
    ),
    m(
        "mp06",
        "2025-10-06 13:00",
        "Mercado Pago <info@mercadopago.com>",
        "Agustina, tenés un préstamo preaprobado",
        N(),
        html="""<table width="600" align="center" style="font-family:Proxima Nova,Arial,sans-serif"><tr><td>
<p><img src="https://http2.mlstatic.com/frontend-assets/mp-web-navigation/ui-navigation/6.6.73/mercadopago/logo__large@2x.png" width="140" alt="Mercado Pago"></p>
<h1 style="font-size:24px">Tenés hasta <span style="color:#009ee3">$ 2.500.000</span> preaprobados</h1>
<p>Solicitalo en minutos y recibilo al instante en tu cuenta. Sin trámites ni papeles.</p>
<p>Hasta 12 cuotas fijas. TNA 89,9 % · TEA 136,2 % · CFTEA 165,8 %.</p>
<p><a href="https://www.mercadopago.com.ar/credits/consumer/solicitud?utm_source=email&amp;utm_campaign=preaprobado_oct" style="background:#009ee3;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">Pedir préstamo</a></p>
<p style="font-size:11px;color:#999">Sujeto a aprobación crediticia. Oferta válida hasta el 31/10/2025. MercadoLibre S.R.L., Av. Caseros 3039, CABA.</p>
</td></tr></table>""",
    ),
    m(
        "mp07",
        "2025-11-02 09:30",
        "Mercado Pago <info@mercadopago.com>",
        "Tus rendimientos de octubre",
        N(),
        text="""¡Hola, Agustina!

En octubre tu dinero generó $ 11.842,16 de rendimientos.

Saldo promedio: $ 412.300
Rendimiento anual estimado (TNA): 34,6 %

Los rendimientos se acreditan todos los días, incluso fines de semana.

Mercado Pago
""",
    ),
    m(
        "mp08",
        "2025-12-01 11:14",
        "Mercado Pago <info@mercadopago.com>",
        "Pagaste $ 1.250.000 a Propiedades Lacroze",
        N(),
        text="""Pagaste con tu dinero en cuenta

$ 1.250.000
Para: PROPIEDADES LACROZE S.R.L.
CVU/CBU destino: ****4412
Motivo: Alquiler - Depósito + mes diciembre
Operación N° 98321007725

Mercado Pago
""",
    ),
    # --- Mercado Libre, supermercados and other "ofertas" ---------------------------------------
    m(
        "ml09",
        "2025-09-21 20:18",
        "Mercado Libre <info@mercadolibre.com.ar>",
        "Compraste Monitor LG 24'' Full HD IPS",
        N(),
        text="""¡Listo, Agustina! Tu compra está confirmada.

Monitor LG 24'' Full HD IPS 24MP400
1 unidad · $ 219.999
Pagaste en 6 cuotas sin interés de $ 36.666,50 con Visa Banco Ribereño.

Llega el martes a Thames 1190, Villa Crespo.

Ver compra: https://www.mercadolibre.com.ar/compras/2000007712340981

Mercado Libre
""",
    ),
    m(
        "ml10",
        "2025-09-23 08:40",
        "Mercado Libre <info@mercadolibre.com.ar>",
        "Tu paquete está en camino",
        N(),
        text="""Tu Monitor LG 24'' Full HD IPS llega hoy.

Lo lleva Mercado Envíos Flex entre las 9 y las 18 hs. Si no hay nadie, lo puede recibir un
vecino o portería.

Seguí el envío: https://myaccount.mercadolibre.com.ar/purchases/2000007712340981/shipping
""",
    ),
    m(
        "ml11",
        "2025-09-28 12:00",
        "Mercado Libre <info@mercadolibre.com.ar>",
        "¿Qué te pareció Monitor LG 24''?",
        N(),
        text="""Contanos tu opinión y ayudá a otros compradores.

★★★★★  Calificá tu producto: https://www.mercadolibre.com.ar/opiniones/MLA1411920553/nueva

¡Gracias por comprar en Mercado Libre!
""",
    ),
    m(
        "ml12",
        "2025-11-03 07:00",
        "Mercado Libre <ofertas@mercadolibre.com.ar>",
        "CYBER MONDAY: hasta 40% OFF + 12 cuotas sin interés 🔥",
        N(),
        html="""<html><body style="margin:0;background:#ebebeb">
<table width="600" align="center" style="background:#fff;font-family:Arial"><tr><td style="background:#fff159;padding:12px"><b>mercado libre</b></td></tr>
<tr><td style="padding:16px"><h2>Llegó el Cyber Monday</h2>
<p>Las mejores ofertas en tecnología, hogar y moda. Solo por 3 días.</p>
<p>Notebooks desde $ 699.999 · Aires acondicionados hasta 35% OFF · Zapatillas 2x1</p>
<p><a href="https://www.mercadolibre.com.ar/ofertas/cyber-monday?utm_source=email_mkt&amp;utm_campaign=cm25">Ver ofertas</a></p>
<p style="font-size:10px;color:#999">Promoción válida del 3/11 al 5/11/2025 o hasta agotar stock. Para dejar de recibir estos emails, <a href="https://www.mercadolibre.com.ar/preferencias">configurá tus preferencias</a>.</p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.mercadolibre.com.ar/unsub?c=cm25&u=7781>"},
    ),
    m(
        "ml13",
        "2026-01-27 18:55",
        "Mercado Libre <info@mercadolibre.com.ar>",
        "Compraste Mochila para notebook 15,6'' impermeable",
        N(),
        text="""¡Listo, Agustina! Tu compra está confirmada.

Mochila para notebook 15,6'' impermeable - gris
1 unidad · $ 48.900

Llega el jueves a Av. Federico Lacroze 3147 4° B, Colegiales.

Mercado Libre
""",
    ),
    m(
        "co14",
        "2025-09-11 08:15",
        "Coto Digital <ofertas@cotodigital.com.ar>",
        "Ofertas de la semana: 2x1 en lácteos y 30% en limpieza",
        N(),
        html="""<table width="600" align="center" style="font-family:Arial"><tr><td style="background:#e30613;color:#fff;padding:10px;font-size:20px"><b>COTO digital</b></td></tr>
<tr><td style="padding:12px"><p><b>Ofertas válidas del 11 al 17 de septiembre</b></p>
<p>2x1 en yogures bebibles · 30% OFF en limpieza con tarjeta Comunidad Coto · Vinos 3x2</p>
<p><a href="https://www.cotodigital.com.ar/sitios/cdigi/ofertas?utm_source=mailing">Comprá online</a></p>
<p style="font-size:10px;color:#888">Promociones no acumulables. Ver bases y condiciones en cotodigital.com.ar.</p></td></tr></table>""",
    ),
    m(
        "co15",
        "2025-10-18 19:40",
        "Coto Digital <pedidos@cotodigital.com.ar>",
        "Tu pedido N° 7712094 fue entregado",
        N(),
        text="""Hola Agustina,

Tu pedido N° 7712094 fue entregado en Thames 1190 3° A.

Total abonado: $ 84.317,40
Ahorro en ofertas: $ 9.204,00

¡Gracias por comprar en Coto Digital!
""",
    ),
    m(
        "co16",
        "2026-02-12 08:00",
        "Coto Digital <ofertas@cotodigital.com.ar>",
        "Vuelta al cole: útiles y mochilas con hasta 25% OFF",
        N(),
        html="""<div style="font-family:Arial;font-size:14px"><p style="background:#e30613;color:#fff;padding:8px">COTO digital</p>
<p>Preparate para marzo: útiles escolares, mochilas y loncheras con hasta 25% OFF y 6 cuotas sin interés.</p>
<p><a href="https://www.cotodigital.com.ar/sitios/cdigi/vuelta-al-cole?utm_source=mailing">Ver ofertas</a></p></div>""",
    ),
    m(
        "cf17",
        "2025-10-01 09:05",
        "Mi Carrefour <novedades@carrefour.com.ar>",
        "Agustina, tus ofertas personalizadas de octubre",
        N(),
        text="""Hola Agustina,

Estas son tus ofertas personalizadas Mi Carrefour de octubre:

- 2x1 en almacén seleccionado (fideos, arroz, aceite)
- 25% OFF en frutas y verduras los miércoles
- 20% de reintegro con Mercado Pago los sábados (tope $ 10.000)

Activá tus cupones en la app Mi Carrefour antes de ir.

Carrefour Argentina
Para dejar de recibir comunicaciones: https://www.carrefour.com.ar/desuscripcion
""",
    ),
    m(
        "cf18",
        "2025-11-27 07:30",
        "Carrefour <novedades@carrefour.com.ar>",
        "BLACK FRIDAY Carrefour: ofertas increíbles sólo hasta el domingo",
        N(),
        html="""<div style="background:#000;color:#fff;font-family:Arial;padding:18px;text-align:center">
<h1>BLACK FRIDAY</h1><p>Smart TVs, heladeras, lavarropas y mucho más con hasta 12 cuotas sin interés.</p>
<p><a style="color:#ffcc00" href="https://www.carrefour.com.ar/black-friday?utm_source=email">Aprovechá</a></p>
<p style="font-size:10px">Ofertas válidas del 27/11 al 30/11/2025 en carrefour.com.ar. INC S.A.</p></div>""",
    ),
    m(
        "fv19",
        "2025-11-02 20:00",
        "Frávega <newsletter@fravega.com>",
        "Tu oferta exclusiva de CyberMonday ya está disponible",
        N(),
        text="""Agustina, ¡se viene el CyberMonday!

Te reservamos una oferta exclusiva: 15% extra en notebooks y monitores con el código CYBERAGUS.

Válido del 3 al 5 de noviembre en fravega.com. Hasta 18 cuotas sin interés con bancos
seleccionados.

Frávega S.A.C.I.e.I. - Para desuscribirte hacé clic aquí: https://www.fravega.com/newsletter/baja
""",
    ),
    m(
        "dp20",
        "2025-10-22 18:10",
        "Despegar <ofertas@despegar.com.ar>",
        "Escapadas de verano: Bariloche, Mendoza y Salta desde $ 189.000",
        N(),
        text="""¿Ya planeaste tus vacaciones?

Bariloche · vuelo + hotel 4 noches desde $ 489.000
Mendoza · vuelo + hotel 3 noches desde $ 312.000
Salta · vuelo ida y vuelta desde $ 189.000

Hasta 6 cuotas sin interés. Precios por persona en base doble.

https://www.despegar.com.ar/paquetes/ofertas-verano?utm_source=newsletter

Despegar.com.ar S.A.
""",
    ),
    # --- banks and cards -------------------------------------------------------------------------
    m(
        "rb21",
        "2025-10-05 05:50",
        "Banco Ribereño <resumenes@bancoribereno.example>",
        "Su resumen de cuenta está disponible",
        N(),
        text="""Estimada Agustina Belén Iturralde Ocampo:

Le informamos que su resumen de Caja de Ahorro en Pesos N° ****8831 correspondiente al
período septiembre 2025 se encuentra disponible en Home Banking.

Banco Ribereño S.A.
Este correo es informativo. Ante cualquier consulta comuníquese al 0810-222-7437.
""",
    ),
    m(
        "rb22",
        "2025-11-20 12:00",
        "Banco Ribereño <beneficios@bancoribereno.example>",
        "Préstamo personal preaprobado: solicítelo en minutos",
        N(),
        html="""<table width="600" align="center" style="font-family:Georgia,serif;color:#102a43"><tr><td>
<p style="background:#0b3d91;color:#fff;padding:12px">Banco Ribereño</p>
<p>Estimada Agustina:</p>
<p>Por ser cliente, usted tiene un <b>Préstamo Personal preaprobado de hasta $ 4.800.000</b>,
a tasa fija y en hasta 48 cuotas.</p>
<p>Complete la solicitud desde Home Banking o la app y recíbalo en su cuenta en el día.</p>
<p><a href="https://www.bancoribereno.example/personas/prestamos/solicitud?cmp=preaprob_nov">Solicitar ahora</a></p>
<p style="font-size:10px;color:#777">TNA 72,00 %. TEA 101,22 %. CFTEA con IVA 139,77 %. Sujeto a aprobación crediticia y
condiciones vigentes. Banco Ribereño S.A., CUIT 30-XXXXXXXX-1.</p></td></tr></table>""",
    ),
    m(
        "rb23",
        "2025-12-09 22:47",
        "Banco Ribereño <seguridad@bancoribereno.example>",
        "Aviso de seguridad: nuevo ingreso a Home Banking",
        N(),
        text="""Estimada clienta:

Registramos un ingreso a su Home Banking el 09/12/2025 a las 22:45 desde un nuevo dispositivo
(Chrome - Windows).

Si fue usted, no necesita hacer nada. Si no reconoce este ingreso, comuníquese de inmediato al
0810-222-7437 opción 9.

Banco Ribereño nunca le solicitará claves ni códigos por correo electrónico o teléfono.
""",
    ),
    m(
        "rb24",
        "2026-01-08 06:20",
        "Banco Ribereño <resumenes@bancoribereno.example>",
        "Resumen de su tarjeta Visa - cierre 01/2026",
        N(),
        text="""Estimada Agustina Belén:

El resumen de su tarjeta Visa terminada en 4471 ya está disponible.

Fecha de cierre: 02/01/2026
Fecha de vencimiento: 14/01/2026
Saldo en pesos: $ 1.184.226,90
Saldo en dólares: U$S 38,40
Pago mínimo: $ 118.500,00

Puede abonarlo desde Home Banking o la app.

Banco Ribereño S.A.
""",
    ),
    m(
        "rb25",
        "2026-02-10 09:10",
        "Banco Ribereño <avisos@bancoribereno.example>",
        "Modificación de condiciones de su Paquete Ribereño Plus",
        N(),
        text="""Estimada clienta:

Conforme a la normativa del BCRA, le informamos que a partir del 12/04/2026 la comisión
mensual de mantenimiento de su Paquete Ribereño Plus será de $ 18.900 + IVA.

Si acredita su sueldo en Banco Ribereño, la comisión tendrá una bonificación del 100 %.

Usted puede rescindir el producto sin cargo dentro de los 60 días de recibida esta
notificación.

Banco Ribereño S.A.
""",
    ),
    m(
        "nx26",
        "2025-10-11 16:02",
        "Naranja X <hola@naranjax.com>",
        "Recibimos tu solicitud de tarjeta",
        N(),
        text="""¡Hola Agustina!

Recibimos tu solicitud de Tarjeta de Crédito Naranja X Visa. Estamos revisando tus datos y
en un máximo de 72 horas hábiles te avisamos la respuesta.

N° de solicitud: NX-20251011-558102

No hace falta que hagas nada más por ahora.

Equipo Naranja X
""",
    ),
    m(
        "nx27",
        "2025-10-16 11:25",
        "Naranja X <hola@naranjax.com>",
        "¡Tu solicitud fue aprobada! Tu tarjeta ya está en camino 💳",
        N(),
        html="""<div style="font-family:Arial;font-size:15px;color:#2b2b2b;max-width:560px">
<p style="color:#fe5000;font-size:22px"><b>¡Aprobada!</b></p>
<p>Agustina, tu Tarjeta de Crédito Naranja X Visa fue aprobada con un límite de compra de
<b>$ 1.800.000</b>.</p>
<p>Te la enviamos por correo a tu domicilio en los próximos 10 días hábiles. Mientras tanto, ya
podés usar la tarjeta virtual desde la app.</p>
<p style="font-size:11px;color:#888">Naranja Digital Compañía Financiera S.A.U.</p></div>""",
    ),
    m(
        "nx28",
        "2025-12-03 08:00",
        "Naranja X <resumen@naranjax.com>",
        "Tu resumen de noviembre ya está disponible",
        N(),
        text="""Hola Agustina, ya podés ver tu resumen de noviembre.

Total a pagar: $ 214.380,00
Vencimiento: 12/12/2025

Pagalo desde la app sin comisiones.

Naranja X
""",
    ),
    # --- bills, building, services ---------------------------------------------------------------
    m(
        "pf29",
        "2025-09-14 03:10",
        "Personal <facturas@personal.com.ar>",
        "Tu factura de Personal Flow de septiembre",
        N(),
        text="""Hola Agustina,

Ya está disponible tu factura de septiembre.

Cliente N°: 0044719823
Servicio: Personal Flow Internet 500 Mb + Flow TV
Total: $ 48.712,00
Vencimiento: 25/09/2025

Adherite al débito automático y olvidate de los vencimientos.

Personal - Telecom Argentina S.A.
""",
    ),
    m(
        "pf30",
        "2025-12-14 03:12",
        "Personal <facturas@personal.com.ar>",
        "Confirmamos el cambio de domicilio de tu servicio",
        N(),
        text="""Hola Agustina,

Confirmamos el traslado de tu servicio Personal Flow a Av. Federico Lacroze 3147 4° B,
Colegiales. La instalación quedó registrada el 12/12/2025.

Tu próxima factura incluirá el cargo de traslado ($ 15.000) en 3 cuotas.

Personal - Telecom Argentina S.A.
""",
    ),
    m(
        "mg31",
        "2025-10-12 09:00",
        "Metrogas <facturadigital@metrogas.com.ar>",
        "Factura digital disponible - Cuenta 20-118842-7",
        N(),
        text="""Estimada clienta:

Su factura digital correspondiente al período 08/2025 - 10/2025 está disponible.

Importe: $ 31.402,55
1° vencimiento: 24/10/2025

MetroGAS S.A.
""",
    ),
    m(
        "ed32",
        "2025-11-09 10:31",
        "Edesur <facturadigital@edesur.com.ar>",
        "Tu factura de energía",
        N(),
        text="""Hola Agustina,

Tu factura N° B 0018-77214089 ya está disponible.

Consumo: 262 kWh
Total a pagar: $ 38.560,10
Vencimiento: 21/11/2025

Edesur
""",
    ),
    m(
        "ex33",
        "2025-10-07 15:44",
        "Administración Gallardo <expensas@admgallardo.example>",
        "Expensas octubre - Thames 1190",
        N(),
        text="""Estimados copropietarios e inquilinos:

Adjuntamos la liquidación de expensas del mes de octubre del consorcio Thames 1190.

UF 3° A - Total a pagar: $ 146.300
Vencimiento: 10/10/2025

Recordamos que se realizará la limpieza del tanque de agua el sábado 18/10 entre las 8 y las
14 hs.

Administración Gallardo
Mat. RPA N° 1442
""",
        attach=[("Expensas_10-2025_Thames1190.pdf", "application/pdf", "%PDF-1.4 expensas")],
    ),
    m(
        "ex34",
        "2026-02-03 13:20",
        "Consorcio Lacroze 3147 <administracion@consorciolacroze.example>",
        "Liquidación de expensas - febrero 2026",
        N(),
        text="""Sres. propietarios e inquilinos:

Se encuentra disponible en la web la liquidación de expensas de febrero.

UF 4° B: $ 171.940,00 - Vencimiento 10/02/2026

Informamos además que el ascensor estará fuera de servicio el 6/2 por mantenimiento anual.

La Administración
""",
    ),
    # --- the flat in Colegiales: Zonaprop, a solicitud de alquiler, guarantee, contract ---------
    m(
        "zp35",
        "2025-10-28 19:00",
        "Zonaprop <alertas@zonaprop.com.ar>",
        "8 propiedades nuevas para tu búsqueda",
        N(),
        text="""Nuevos avisos para "Departamento 2 ambientes en alquiler - Colegiales, Chacarita, Villa Crespo":

- Av. Federico Lacroze 3100 · 2 amb · 48 m² · $ 720.000 + expensas
- Jorge Newbery 3500 · 2 amb · luminoso · $ 690.000
- Guevara 400 · 2 amb con balcón · $ 760.000

Ver todas: https://www.zonaprop.com.ar/departamentos-alquiler-colegiales.html?utm_source=alerta

Zonaprop - Para desuscribirte, editá tus alertas.
""",
    ),
    m(
        "zp36",
        "2025-11-08 11:22",
        "Zonaprop <notificaciones@zonaprop.com.ar>",
        "Tu consulta fue enviada al anunciante",
        N(),
        text="""¡Listo! Enviamos tu consulta a Propiedades Lacroze.

Departamento 2 ambientes · Av. Federico Lacroze 3100, Colegiales
$ 720.000 + $ 165.000 expensas

Tu mensaje: "Hola, me interesa el depto. ¿Se puede visitar esta semana? ¿Qué requisitos piden?
Gracias, Agustina"

El anunciante suele responder en menos de 24 horas.

Zonaprop
""",
    ),
    m(
        "pl37",
        "2025-11-10 10:05",
        "Propiedades Lacroze <alquileres@lacrozeprop.example>",
        "Solicitud de alquiler - Av. Federico Lacroze 3147 4° B",
        N(),
        text="""Hola Agustina, buen día:

Gracias por visitar el departamento el sábado. Para avanzar con la solicitud de alquiler, le
pedimos la siguiente documentación:

- Formulario de solicitud completo y firmado (adjunto)
- DNI frente y dorso
- Últimos 3 recibos de sueldo (o constancia de monotributo + últimas DDJJ si es independiente)
- Garantía: propietaria en CABA o seguro de caución (trabajamos con Fianzas Ya)

Contrato a 2 años con ajuste cuatrimestral por IPC. Mes de depósito + mes adelantado.

Una vez recibida la documentación, presentamos su solicitud al propietario.

Saludos cordiales,
Mirta Cáceres
Propiedades Lacroze S.R.L. · Mat. CUCICBA 7791
""",
        attach=[
            (
                "Solicitud_de_alquiler_Lacroze3147.pdf",
                "application/pdf",
                "%PDF-1.4 solicitud de alquiler",
            )
        ],
    ),
    m(
        "fy38",
        "2025-11-14 16:30",
        "Fianzas Ya <solicitudes@fianzasya.example>",
        "Tu solicitud de garantía fue aprobada ✅",
        N(),
        text="""¡Hola Agustina!

Tu solicitud de seguro de caución para alquiler fue APROBADA.

Inmueble: Av. Federico Lacroze 3147 4° B, CABA
Monto del alquiler: $ 720.000
Costo de la garantía: $ 612.000 (hasta 6 cuotas sin interés)

Enviale este certificado a tu inmobiliaria para continuar con la firma del contrato.

Fianzas Ya - Garantías de alquiler 100 % online
""",
    ),
    m(
        "pl39",
        "2025-11-17 12:48",
        "Propiedades Lacroze <alquileres@lacrozeprop.example>",
        "Re: Solicitud de alquiler - Av. Federico Lacroze 3147 4° B",
        N(),
        text="""Agustina:

¡Buenas noticias! El propietario aprobó su solicitud. Le enviaremos el contrato de locación
por DocuSign para la firma digital durante la semana próxima. La entrega de llaves sería el
1° de diciembre.

Saludos,
Mirta

-----Mensaje original-----
De: Agustina Iturralde
Enviado: viernes, 14 de noviembre de 2025 17:02
Asunto: Re: Solicitud de alquiler - Av. Federico Lacroze 3147 4° B

Mirta, te adjunto el certificado de Fianzas Ya y los recibos de sueldo. ¡Gracias!
""",
        **R("<CAJd8kP0Ab3cLk9u-Zp2@mail.gmail.com>"),
    ),
    m(
        "ds40",
        "2025-11-24 15:10",
        "Propiedades Lacroze via Docusign <dse_NA3@docusign.net>",
        "Completar con Docusign: Contrato de Locación - Lacroze 3147 4B.pdf",
        N(),
        html="""<table width="640" align="center" style="font-family:Helvetica,Arial;background:#fff"><tr><td style="padding:20px">
<p style="background:#1e4ca1;color:#fff;padding:16px">Mirta Cáceres le envió un documento para revisar y firmar.</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=31fd09e2-77aa-4c01-b3f5-0d9e2c5a1b48" style="background:#ffc820;color:#000;padding:10px 20px;text-decoration:none">REVISAR DOCUMENTO</a></p>
<p>Agustina: adjunto contrato de locación para su firma. La garantía de Fianzas Ya ya figura en el anexo II.</p>
<p style="font-size:11px;color:#666">No comparta este correo electrónico. Este correo contiene un enlace de seguridad a Docusign.</p>
</td></tr></table>""",
    ),
    m(
        "ds41",
        "2025-11-25 09:33",
        "Docusign NA3 System <dse_NA3@docusign.net>",
        "Completado: Contrato de Locación - Lacroze 3147 4B.pdf",
        N(),
        text="""Todas las partes han completado Contrato de Locación - Lacroze 3147 4B.pdf.

VER DOCUMENTO COMPLETADO:
https://na3.docusign.net/Member/EmailStart.aspx?m=c09b7d12-4e8f-4af1-9d2a-80ab55e3f117

Remitente: Mirta Cáceres (alquileres@lacrozeprop.example)
""",
    ),
    m(
        "fl42",
        "2025-11-26 20:14",
        "Fletes Don Beto <fletesdonbeto@gmail.com>",
        "Presupuesto mudanza Villa Crespo - Colegiales",
        N(),
        text="""Hola Agustina como estas, te paso el presupuesto que me pediste

Mudanza 1 ambiente + bauleras
Thames 1190 3A (Villa Crespo) a Lacroze 3147 4B (Colegiales)
Camion mediano + 2 ayudantes
Sabado 29/11 desde las 8 hs
Total: $ 280.000 (efectivo o transferencia)

Si no entra el sillon por el ascensor lo subimos por escalera sin cargo extra jaja

Confirmame asi te reservo el dia
Beto
11 6622-0193
""",
    ),
    # --- transport, travel, delivery -------------------------------------------------------------
    m(
        "ub43",
        "2025-10-17 11:02",
        "Uber Receipts <noreply@uber.com>",
        "Tu viaje del viernes a la mañana con Uber",
        N(),
        text="""Gracias por viajar, Agustina

Total $ 9.842

Viaje  $ 9.190
Tarifa de reserva  $ 652

Origen: Thames 1190, Villa Crespo - 08:51
Destino: Av. Alicia Moreau de Justo 1150, Puerto Madero - 09:24

Pagado con Visa ••4471
""",
    ),
    m(
        "cb44",
        "2025-11-25 12:20",
        "Cabify <no-reply@cabify.com>",
        "Tu viaje del 25 nov",
        N(),
        text="""Hola Agustina,

Este es el resumen de tu viaje:

Desde: Parque Industrial Pilar, Calle 8
Hasta: Av. Federico Lacroze 3147, Colegiales
Distancia: 54,3 km · Duración: 1 h 07 min

Total: $ 41.380 (incluye peajes $ 3.900)

Cabify
""",
    ),
    m(
        "aa45",
        "2025-12-01 21:40",
        "Aerolíneas Argentinas <noreply@aerolineas.com.ar>",
        "Confirmación de compra - Código de reserva QTZ7LM",
        N(),
        text="""¡Gracias por elegirnos!

Código de reserva: QTZ7LM
Pasajera: ITURRALDE OCAMPO / AGUSTINA BELEN

IDA   AR 1672  Aeroparque (AEP) 06:10 -> Bariloche (BRC) 08:30  Sáb 17/01/2026
VUELTA AR 1677 Bariloche (BRC) 19:05 -> Aeroparque (AEP) 21:20  Sáb 24/01/2026

Tarifa: Base · Equipaje de mano 8 kg
Total abonado: $ 387.455,00

El check-in online se habilita 48 horas antes de la salida.

Aerolíneas Argentinas
""",
    ),
    m(
        "bk46",
        "2025-12-02 08:50",
        "Booking.com <noreply@booking.com>",
        "Reserva confirmada: Hostería Lago Gutiérrez",
        N(),
        html="""<div style="font-family:BlinkMacSystemFont,-apple-system,Segoe UI,Arial;font-size:14px">
<p style="background:#003580;color:#fff;padding:12px">Booking.com</p>
<p>¡Gracias, Agustina! Tu reserva en <b>Hostería Lago Gutiérrez</b> está confirmada.</p>
<p>Check-in: sáb 17 ene 2026 (desde 14:00)<br>Check-out: sáb 24 ene 2026 (hasta 10:00)<br>
Número de confirmación: 4418.209.773 · PIN: 6621</p>
<p>Precio total: US$ 742 (pagás en el alojamiento)</p>
<p><a href="https://secure.booking.com/myreservations.es.html?aid=304142">Administrar reserva</a></p></div>""",
    ),
    m(
        "aa47",
        "2026-01-15 06:15",
        "Aerolíneas Argentinas <noreply@aerolineas.com.ar>",
        "Ya podés hacer tu check-in - AR 1672",
        N(),
        text="""Hola AGUSTINA BELEN,

Tu vuelo AR 1672 Aeroparque - Bariloche del sábado 17/01 ya tiene el check-in habilitado.

Hacelo online y evitá filas: https://www.aerolineas.com.ar/checkin?pnr=QTZ7LM

Recordá llegar al aeropuerto 2 horas antes.
""",
    ),
    m(
        "py48",
        "2025-09-27 21:32",
        "PedidosYa <no-reply@pedidosya.com>",
        "Tu pedido de La Guitarrita está confirmado",
        N(),
        text="""¡Tu pedido está confirmado!

La Guitarrita - Villa Crespo
1x Pizza grande muzzarella
6x Empanadas de carne cortada a cuchillo

Total: $ 34.900
Tiempo estimado: 35-45 min

PedidosYa
""",
    ),
    m(
        "py49",
        "2025-12-24 13:05",
        "PedidosYa <no-reply@pedidosya.com>",
        "¡Tu pedido llegó! Contanos qué tal",
        N(),
        text="""¿Cómo estuvo tu pedido de Heladería Cadore?

1 kg de helado (dulce de leche granizado, sambayón, limón)

Calificá tu experiencia: https://www.pedidosya.com.ar/rate?o=88120441
""",
    ),
    # --- subscriptions and accounts --------------------------------------------------------------
    m(
        "sp50",
        "2025-09-20 14:00",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        N(),
        text="""Hola Agustina,

Gracias por tu pago de Spotify Premium Individual.

Fecha: 20/09/2025
Total: ARS 4.799,00 (impuestos incluidos)
Método de pago: Mastercard terminada en 0932

Spotify AB, Regeringsgatan 19, 111 53 Estocolmo, Suecia
""",
    ),
    m(
        "nf51",
        "2025-10-19 16:48",
        "Netflix <info@mailer.netflix.com>",
        "Actualizamos el precio de tu plan",
        N(),
        text="""Hola, Agustina:

Te escribimos para informarte que el precio de tu plan Estándar cambiará a ARS 11.999 al mes
(más impuestos aplicables) a partir de tu próxima fecha de facturación del 4 de noviembre.

Si querés cambiar de plan o cancelar, podés hacerlo en cualquier momento desde tu cuenta.

El equipo de Netflix
""",
    ),
    m(
        "gg52",
        "2025-09-30 23:14",
        "Google <no-reply@accounts.google.com>",
        "Alerta de seguridad",
        N(),
        text="""Nuevo inicio de sesión en Windows

agustina.iturralde.o@gmail.com

Detectamos un nuevo acceso a tu Cuenta de Google en un dispositivo Windows. Si fuiste tú, no
tienes que hacer nada. De lo contrario, te ayudaremos a proteger tu cuenta.

Revisar actividad: https://myaccount.google.com/notifications

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    ),
    m(
        "gg53",
        "2026-01-05 10:00",
        "Google One <googleone-noreply@google.com>",
        "Your Google storage is almost full",
        N("en"),
        text="""Hi Agustina,

You've used 14.2 GB (95%) of your 15 GB of storage. When you run out, you won't be able to
send or receive emails in Gmail, or upload new files to Google Drive or Google Photos.

Get more storage with Google One: 100 GB for ARS 2,199/month.

https://one.google.com/storage?utm_source=email&utm_campaign=storage_full_95

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    ),
    m(
        "gy54",
        "2025-09-29 09:00",
        "Gimnasio Warnes <socios@gimnasiowarnes.example>",
        "Tu plan vence el 30/09: renová con 15% OFF",
        N(),
        text="""Hola Agus!

Tu plan trimestral vence mañana. Si renovás antes del 3/10 tenés 15% OFF en el plan semestral
o anual.

Recordá que desde octubre sumamos clases de funcional a las 7 am y pilates reformer los
sábados.

Te esperamos,
Gimnasio Warnes - Av. Warnes 730, Villa Crespo
""",
    ),
    # --- her current employer's payroll portal (pay slips sent to her personal address) --------
    m(
        "rs55",
        "2025-10-03 18:30",
        "Mi Recibo Digital <notificaciones@mirecibodigital.example>",
        "Tu recibo de sueldo de septiembre 2025 está disponible",
        N(),
        text="""Hola AGUSTINA BELEN,

IBARGUREN, SOSA & ASOCIADOS publicó tu recibo de sueldo del período 09/2025.

Ingresá para verlo y firmarlo en conformidad:
https://app.mirecibodigital.example/empleado/recibos?emp=isa

Recordá que tenés 30 días para firmarlo.

Mi Recibo Digital - Recibos de sueldo electrónicos (Res. MTEySS 346/2019)
""",
    ),
    m(
        "rs56",
        "2025-11-04 18:12",
        "Mi Recibo Digital <notificaciones@mirecibodigital.example>",
        "Tu recibo de sueldo de octubre 2025 está disponible",
        N(),
        text="""Hola AGUSTINA BELEN,

IBARGUREN, SOSA & ASOCIADOS publicó tu recibo de sueldo del período 10/2025.

Ingresá para verlo y firmarlo en conformidad:
https://app.mirecibodigital.example/empleado/recibos?emp=isa

Mi Recibo Digital
""",
    ),
    m(
        "rs57",
        "2025-12-19 17:55",
        "Mi Recibo Digital <notificaciones@mirecibodigital.example>",
        "Nuevo recibo disponible: SAC 2° semestre 2025",
        N(),
        text="""Hola AGUSTINA BELEN,

IBARGUREN, SOSA & ASOCIADOS publicó un nuevo recibo: Sueldo Anual Complementario - 2°
semestre 2025.

Ver recibo: https://app.mirecibodigital.example/empleado/recibos?emp=isa

Mi Recibo Digital
""",
    ),
    m(
        "rs58",
        "2026-02-27 19:40",
        "Mi Recibo Digital <notificaciones@mirecibodigital.example>",
        "Nuevo recibo disponible: Liquidación final",
        N(),
        text="""Hola AGUSTINA BELEN,

IBARGUREN, SOSA & ASOCIADOS publicó un nuevo recibo: Liquidación final (vacaciones no gozadas,
SAC proporcional, días trabajados febrero 2026).

Recordá descargar también tu certificado de trabajo (art. 80 LCT) cuando esté disponible.

Ver recibo: https://app.mirecibodigital.example/empleado/recibos?emp=isa

Mi Recibo Digital
""",
    ),
    m(
        "ca59",
        "2026-02-13 15:21",
        "Correo Argentino <seguimiento@correoargentino.com.ar>",
        "Tu envío TL 0028815472 fue entregado",
        N(),
        text="""Seguimiento de envío

Número: TL 0028815472 (Telegrama Ley 23.789)
Remitente: ITURRALDE OCAMPO AGUSTINA BELEN
Destinatario: IBARGUREN SOSA Y ASOCIADOS
Estado: ENTREGADO - 13/02/2026 14:52 - CABA

Correo Oficial de la República Argentina S.A.
""",
    ),
    m(
        "tb60",
        "2025-09-17 07:00",
        "Editorial Tributum <novedades@tributum.example>",
        "Novedades impositivas: RG 5.7xx, percepciones IIBB y el nuevo régimen de facturación",
        N(),
        html="""<html><body style="font-family:Georgia,serif;font-size:14px;color:#222">
<table width="640" align="center"><tr><td>
<p style="border-bottom:2px solid #7a1f1f;font-size:22px;color:#7a1f1f">TRIBUTUM · Novedades</p>
<h3>ARCA: cambios en el régimen de información de compras y ventas</h3>
<p>La resolución general publicada ayer en el Boletín Oficial posterga hasta diciembre la entrada
en vigencia del nuevo libro IVA digital para monotributistas...</p>
<h3>CABA: actualización del padrón de alícuotas de percepción de IIBB</h3>
<p>AGIP publicó el padrón para el mes de octubre...</p>
<h3>Agenda de vencimientos de la semana</h3>
<p>IVA DDJJ mensual (terminaciones 0-1): 18/09 · SICORE: 22/09 · Convenio Multilateral CM03: 15/09</p>
<p><a href="https://www.tributum.example/novedades/2025-09-17?utm_source=newsletter">Leer en la web</a></p>
<p style="font-size:11px;color:#888">Recibís este boletín por ser suscriptora de Tributum Online. <a href="https://www.tributum.example/baja">Darse de baja</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<mailto:baja@tributum.example>"},
    ),
    m(
        "tb61",
        "2025-12-17 07:00",
        "Editorial Tributum <novedades@tributum.example>",
        "Agenda fiscal 2026 + Ganancias personas humanas: nuevas deducciones",
        N(),
        text="""TRIBUTUM · Novedades impositivas

- ARCA publicó el cronograma de vencimientos 2026.
- Ganancias personas humanas: se actualizan deducciones personales para el período 2026.
- Bienes Personales: anticipos y régimen especial de ingreso (REIBP).
- Monotributo: nuevas escalas desde febrero.

Leer más: https://www.tributum.example/novedades/2025-12-17

Para darse de baja: https://www.tributum.example/baja
""",
    ),
    m(
        "mp62",
        "2026-02-20 12:00",
        "Mercado Pago <info@mercadopago.com>",
        "Tarjeta de crédito Mercado Pago: tu solicitud está pre-aprobada",
        N(),
        text="""¡Hola, Agustina!

Tenés una Tarjeta de Crédito Mercado Pago Mastercard pre-aprobada, sin costo de emisión ni
mantenimiento.

Solicitala en 2 minutos desde la app: Inicio > Tarjetas > Pedir tarjeta de crédito.

Sujeto a aprobación crediticia.
Mercado Pago
""",
    ),
    m(
        "mi63",
        "2025-11-12 14:40",
        "Mi Argentina <noreply@mi.argentina.gob.ar>",
        "Turno confirmado: Renovación de DNI",
        N(),
        text="""Hola Agustina Belén,

Tu turno quedó confirmado.

Trámite: Renovación de DNI (vencimiento)
Lugar: Centro de Documentación Rápida - Av. Corrientes 5400, CABA
Fecha: jueves 20/11/2025 - 9:20 hs

Presentate con tu DNI anterior. Podés cancelar el turno desde la app Mi Argentina.
""",
    ),
    m(
        "bd64",
        "2025-12-20 18:30",
        "Banco de Alimentos de Buenos Aires <donaciones@bancodealimentos.example>",
        "Gracias por tu donación, Agustina",
        N(),
        text="""¡Gracias, Agustina!

Recibimos tu donación de $ 30.000. Con tu aporte ayudamos a que más comedores y merenderos
lleguen a fin de año.

Podés descargar tu certificado de donación (deducible de Ganancias) desde tu cuenta.

Banco de Alimentos de Buenos Aires
""",
    ),
    m(
        "sl65",
        "2026-02-02 09:30",
        "Cobertura Andina Salud <afiliados@coberturaandina.example>",
        "Actualización de cuota - febrero 2026",
        N(),
        text="""Estimada afiliada:

Le informamos que, conforme a la normativa vigente, el valor de su cuota del Plan A300 se
actualizará a partir de febrero 2026 en un 2,4 %.

Nuevo valor mensual: $ 198.740

Si usted cambia de empleador y deriva aportes a través de otra obra social, recuerde
informarlo en nuestra sucursal virtual.

Cobertura Andina Salud
""",
    ),
]

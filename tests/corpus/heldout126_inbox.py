# ruff: noqa: E501, RUF100
"""Corpus 126, the ordinary inbox part one (data only): bills, DIAN, banks, shops, newsletters.
See heldout126.py."""

from __future__ import annotations

from typing import Any

from heldout126_jobs import N, ics, m

_ENEL = "Enel Colombia <facturaelectronica@enel.com>"
_PARAMO = "Banco del Páramo <notificaciones@bancodelparamo.example>"
_PARAISO = "Almacenes Paraíso <ofertas@almacenesparaiso.example>"
_DATOSCAFE = "Datos & Café <datosycafe@substack.com>"
_LUPA = "Lupa Tech <hola@lupatech.example>"
_UNSUB = {"List-Unsubscribe": "<mailto:unsubscribe@almacenesparaiso.example>"}


def _enel(key: str, when: str, month: str, kwh: int, total: str, due: str) -> dict[str, Any]:
    return m(
        key,
        when,
        _ENEL,
        f"Tu factura de energía de {month} ya está disponible",
        N(),
        html=f"""<html><body style="font-family:Arial;font-size:13px;color:#333">
<div style="max-width:600px;margin:auto">
<img src="https://www.enel.com.co/content/dam/enel-co/logo.png" alt="Enel" height="36">
<p>Hola, LAURA VALENTINA CARDENAS PINZON</p>
<p>Tu factura de energía del periodo de <b>{month}</b> ya está disponible.</p>
<table style="border:1px solid #ddd;padding:10px;width:100%">
<tr><td>Número de cliente</td><td><b>3021877-4</b></td></tr>
<tr><td>Consumo</td><td>{kwh} kWh</td></tr>
<tr><td>Total a pagar</td><td><b>{total}</b></td></tr>
<tr><td>Pago oportuno hasta</td><td><b>{due}</b></td></tr></table>
<p><a href="https://www.enel.com.co/es/personas/pagar-factura.html">Pagar en línea</a> · <a href="https://www.enel.com.co/es/personas/factura.html">Descargar factura</a></p>
<p style="font-size:11px;color:#777">Enel Colombia S.A. E.S.P. (antes Codensa). Este correo fue enviado a lauracardenas.pinzon@gmail.com porque te inscribiste a factura digital. Por favor no respondas a este mensaje.</p>
</div></body></html>""",
        attach=[
            (
                f"Factura_Enel_{month.replace(' ', '_')}.pdf",
                "application/pdf",
                "%PDF-1.4\n% factura\n%%EOF\n",
            )
        ],
    )


MAIL: list[dict[str, Any]] = [
    _enel("t01", "2025-09-04 05:12", "agosto 2025", 118, "$96.420", "17 de septiembre de 2025"),
    _enel("t02", "2025-10-03 05:09", "septiembre 2025", 124, "$101.880", "16 de octubre de 2025"),
    _enel("t03", "2025-11-05 05:31", "octubre 2025", 121, "$99.150", "18 de noviembre de 2025"),
    _enel("t04", "2025-12-03 05:02", "noviembre 2025", 109, "$90.030", "16 de diciembre de 2025"),
    _enel("t05", "2026-01-06 05:40", "diciembre 2025", 97, "$81.770", "19 de enero de 2026"),
    m(
        "t06",
        "2026-02-04 05:15",
        _ENEL,
        "Cambio de titular registrado – cuenta 3021877-4",
        N(),
        text="""Hola, LAURA VALENTINA CARDENAS PINZON:

Te confirmamos que registramos la solicitud de terminación de tu inscripción a factura digital
para la cuenta 3021877-4 (Calle 53 # 27-18 apto 402), según lo solicitaste el 30 de enero de
2026. Tu última factura se generará con la lectura final del medidor.

Si tienes otro inmueble con Enel, puedes inscribirlo en www.enel.com.co.

Enel Colombia S.A. E.S.P.""",
    ),
    m(
        "t07",
        "2025-09-08 10:00",
        "DIAN <notificacionesdian@dian.gov.co>",
        "Recuerde: declaración de renta personas naturales año gravable 2024",
        N(),
        html="""<html><body style="font-family:Arial;font-size:13px">
<p><img src="https://www.dian.gov.co/PublishingImages/logo_dian.png" alt="DIAN" height="40"></p>
<p>Apreciado(a) contribuyente:</p>
<p>La Dirección de Impuestos y Aduanas Nacionales – DIAN le recuerda que el plazo para presentar
la declaración de renta de personas naturales (formulario 210) por el año gravable 2024 vence
según los dos últimos dígitos de su NIT. Para NIT terminados en <b>31</b>, la fecha límite es el
<b>8 de octubre de 2025</b>.</p>
<p>Consulte su información exógena y utilice el formulario sugerido en los Servicios en Línea:
<a href="https://muisca.dian.gov.co">muisca.dian.gov.co</a></p>
<p>La DIAN nunca solicita pagos, claves ni datos bancarios por correo electrónico.</p>
<p>Dirección de Impuestos y Aduanas Nacionales</p></body></html>""",
    ),
    m(
        "t08",
        "2025-10-06 22:41",
        "DIAN Servicios en Línea <serviciosenlinea@dian.gov.co>",
        "Acuse de recibo – Formulario 210 No. 2112601483391",
        N(),
        text="""DIRECCIÓN DE IMPUESTOS Y ADUANAS NACIONALES

ACUSE DE RECIBO

Señor(a) CARDENAS PINZON LAURA VALENTINA
NIT 1020784331-5

La DIAN informa que el formulario 210 – Declaración de renta y complementario personas
naturales y asimiladas residentes, año gravable 2024, número 2112601483391, fue presentado
exitosamente el 06/10/2025 a las 22:39:18.

Valor a pagar: $0
Saldo a favor: $412.000

Este documento se genera automáticamente; no responda a este mensaje.""",
    ),
    m(
        "t09",
        "2026-01-23 09:30",
        "DIAN <notificacionesdian@dian.gov.co>",
        "Actualice su RUT: nueva responsabilidad a partir de 2026",
        N(),
        text="""Apreciado(a) contribuyente:

Le recordamos que debe mantener actualizado su Registro Único Tributario – RUT. Si cambió de
dirección, correo electrónico o actividad económica, actualícelo en línea con su firma
electrónica.

Ingrese a: https://muisca.dian.gov.co

DIAN – Dirección de Impuestos y Aduanas Nacionales""",
    ),
    m(
        "t10",
        "2025-09-12 19:48",
        "Droguería La Economía Plus <facturacion@economiaplus.example>",
        "Factura electrónica FEP-221873 - DROGUERIA LA ECONOMIA PLUS S.A.S.",
        N(),
        text="""Señor(a) LAURA VALENTINA CARDENAS PINZON

Le informamos que ha recibido una factura electrónica de venta:

Emisor: DROGUERIA LA ECONOMIA PLUS S.A.S. NIT 901.334.221-7
Número: FEP-221873
Fecha: 2025-09-12
Valor total: $58.300

Adjunto encontrará la representación gráfica (PDF) y el documento XML.

CUFE: 7c1e8b3a9f02d6e4a1b57c0d9e8f3a2b1c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f

Este documento fue generado por el proveedor tecnológico autorizado por la DIAN.""",
        attach=[("FEP-221873.zip", "application/zip", "PK...")],
    ),
    m(
        "t11",
        "2025-11-29 13:05",
        "Facturación Electrónica <fe@tiendasmerkafacil.example>",
        "Documento electrónico: Factura de venta FVE 1187734",
        N(),
        text="""Estimado cliente:

MERKAFACIL S.A.S. le envía el documento electrónico:

Tipo: Factura electrónica de venta
Número: FVE 1187734
Fecha de emisión: 29/11/2025
Valor: $214.870

Para consultar su documento ingrese a https://catalogo-vpfe.dian.gov.co/document/searchqr?documentkey=4a2f...

Gracias por su compra.""",
    ),
    m(
        "t12",
        "2025-10-14 08:00",
        _PARAMO,
        "Su extracto de Tarjeta de Crédito Visa está disponible",
        N(),
        text="""Estimada LAURA VALENTINA:

Su extracto de Tarjeta de Crédito Visa Clásica terminada en 4471 con corte a 10/10/2025 ya
está disponible en la Sucursal Virtual.

Pago mínimo: $312.400
Pago total: $1.846.210
Fecha límite de pago: 25/10/2025

Banco del Páramo nunca le solicitará claves ni códigos por correo o llamada.

Vigilado Superintendencia Financiera de Colombia""",
    ),
    m(
        "t13",
        "2025-11-14 08:00",
        _PARAMO,
        "Su extracto de Tarjeta de Crédito Visa está disponible",
        N(),
        text="""Estimada LAURA VALENTINA:

Su extracto de Tarjeta de Crédito Visa Clásica terminada en 4471 con corte a 10/11/2025 ya
está disponible en la Sucursal Virtual.

Pago mínimo: $205.900
Pago total: $1.102.660
Fecha límite de pago: 25/11/2025

Vigilado Superintendencia Financiera de Colombia""",
    ),
    m(
        "t14",
        "2025-10-20 11:32",
        _PARAMO,
        "Laura, tienes una Tarjeta de Crédito Mastercard Black preaprobada",
        N(),
        html="""<html><body style="font-family:Arial;background:#0d2b45;color:#fff">
<div style="max-width:600px;margin:auto;padding:24px">
<h1 style="color:#f5c542">¡Felicitaciones, Laura!</h1>
<p>Por tu excelente comportamiento de pago tienes una <b>Mastercard Black preaprobada</b> con cupo de hasta <b>$18.000.000</b>.</p>
<p>✔ Cuota de manejo $0 el primer año<br>✔ Acceso a salas VIP<br>✔ 2x puntos en compras internacionales</p>
<p><a href="https://www.bancodelparamo.example/solicitud/tc-black?utm_source=email&amp;utm_campaign=preaprobados_oct" style="background:#f5c542;color:#0d2b45;padding:12px 24px;text-decoration:none;font-weight:bold">Solicítala en 5 minutos</a></p>
<p style="font-size:10px;color:#aaa">Oferta sujeta a estudio de crédito y políticas del banco. Vigilado Superintendencia Financiera de Colombia. Si no deseas recibir más ofertas, <a href="https://www.bancodelparamo.example/baja" style="color:#aaa">haz clic aquí</a>.</p>
</div></body></html>""",
        headers={"List-Unsubscribe": "<https://www.bancodelparamo.example/baja>"},
    ),
    m(
        "t15",
        "2025-10-21 20:14",
        _PARAMO,
        "Recibimos tu solicitud de Tarjeta de Crédito – radicado 88120431",
        N(),
        text="""Hola Laura Valentina,

Recibimos tu solicitud de Tarjeta de Crédito Mastercard Black. Número de radicado: 88120431.

Tu solicitud se encuentra EN ESTUDIO. En un plazo máximo de 3 días hábiles te informaremos
la respuesta por este medio y por mensaje de texto.

Si necesitamos documentos adicionales (certificado laboral o desprendibles de nómina), un
asesor te contactará.

Banco del Páramo
Vigilado Superintendencia Financiera de Colombia""",
    ),
    m(
        "t16",
        "2025-10-23 15:03",
        _PARAMO,
        "Respuesta a tu solicitud 88120431",
        N(),
        text="""Hola Laura Valentina,

Después de analizar tu solicitud de Tarjeta de Crédito Mastercard Black, lamentamos
informarte que en esta oportunidad no fue aprobada, de acuerdo con nuestras políticas de
otorgamiento de crédito.

Tu Visa Clásica actual no tiene ningún cambio. Podrás volver a solicitar un nuevo producto en
6 meses.

Banco del Páramo
Vigilado Superintendencia Financiera de Colombia""",
    ),
    m(
        "t17",
        "2025-09-16 12:20",
        "Coomunal Crédito <creditos@coomunal.example>",
        "Laura Valentina: crédito de libranza PREAPROBADO hasta $45.000.000 💰",
        N(),
        html="""<html><body style="font-family:Arial">
<div style="max-width:600px;margin:auto;border:2px solid #1f8a3b;padding:20px">
<h2 style="color:#1f8a3b">¡Tienes un crédito de libranza preaprobado!</h2>
<p>Por ser empleada de una empresa con convenio, accede a tasas desde el 1,19 % MV con descuento directo de nómina.</p>
<ul><li>Monto: hasta $45.000.000</li><li>Plazo: hasta 96 meses</li><li>Sin codeudor, sin estudio de centrales</li></ul>
<p><a href="https://www.coomunal.example/libranza/solicitud?ref=CTM-8812">Aplica hoy</a></p>
<p style="font-size:10px;color:#888">Tasa efectiva anual desde 15,25 %. Sujeto a capacidad de descuento y aprobación del pagador. Coomunal – Cooperativa Multiactiva Nacional, vigilada por la Superintendencia de la Economía Solidaria.</p>
</div></body></html>""",
    ),
    m(
        "t18",
        "2025-09-19 09:00",
        "Coomunal Crédito <creditos@coomunal.example>",
        "Tu solicitud de libranza quedó incompleta",
        N(),
        text="""Hola Laura Valentina,

Iniciaste tu solicitud de crédito de libranza pero no la terminaste. Solo te faltan 2 pasos:

1. Cargar tu último desprendible de nómina
2. Autorizar el descuento con tu empresa pagadora

Continúa donde quedaste: https://www.coomunal.example/libranza/solicitud/continuar?id=CTM-8812

¡Tu dinero puede estar en tu cuenta en 48 horas!

Coomunal – Cooperativa Multiactiva Nacional""",
    ),
    m(
        "t19",
        "2025-10-05 07:30",
        "ICETEX <notificaciones@icetex.gov.co>",
        "Extracto de su crédito educativo – octubre 2025",
        N(),
        text="""Señor(a) LAURA VALENTINA CARDENAS PINZON

ICETEX le informa que el extracto de su crédito educativo No. 1020784331-01 (ACCES –
Pregrado) con corte a 30/09/2025 está disponible.

Valor cuota: $486.200
Fecha límite de pago: 20/10/2025
Saldo a capital: $9.318.744

Pague por PSE en www.icetex.gov.co o en las entidades recaudadoras autorizadas.

ICETEX – Instituto Colombiano de Crédito Educativo y Estudios Técnicos en el Exterior""",
    ),
    m(
        "t20",
        "2025-12-05 07:30",
        "ICETEX <notificaciones@icetex.gov.co>",
        "Extracto de su crédito educativo – diciembre 2025",
        N(),
        text="""Señor(a) LAURA VALENTINA CARDENAS PINZON

ICETEX le informa que el extracto de su crédito educativo No. 1020784331-01 con corte a
30/11/2025 está disponible.

Valor cuota: $486.200
Fecha límite de pago: 20/12/2025
Saldo a capital: $8.652.190

ICETEX""",
    ),
    m(
        "t21",
        "2025-09-25 08:10",
        "Conecta Fibra <facturacion@conectafibra.example>",
        "Factura Hogar No. 55102-09 – Conecta Fibra",
        N(),
        text="""Hola Laura,

Tu factura de Internet Hogar 300 Mb + TV está lista.

Periodo: 25 ago – 24 sep 2025
Valor: $119.900
Pago oportuno: 5 de octubre

Paga por PSE o en puntos Efecty con tu referencia 55102.

Conecta Fibra S.A.S.""",
    ),
    m(
        "t22",
        "2026-01-20 08:10",
        "Conecta Fibra <facturacion@conectafibra.example>",
        "Confirmación de traslado de servicio – orden 7781204",
        N(),
        text="""Hola Laura,

Recibimos tu solicitud de traslado del servicio Internet Hogar a la nueva dirección:
Cra. 4 # 57-31, apto 701, Chapinero Alto.

Orden de trabajo: 7781204
Fecha de visita técnica: sábado 31 de enero de 2026, franja 8 a.m. – 12 m.

Recuerda que debe haber un adulto en el inmueble.

Conecta Fibra S.A.S.""",
    ),
    m(
        "t23",
        "2025-09-30 18:00",
        "Administración Altos de Galerías <admin@altosdegalerias.example>",
        "Convocatoria asamblea extraordinaria – 11 de octubre",
        N(),
        text="""Señores propietarios y residentes
Conjunto Residencial Altos de Galerías P.H.

Por medio de la presente se convoca a asamblea extraordinaria el sábado 11 de octubre de 2025
a las 9:00 a.m. en el salón comunal. Orden del día:

1. Verificación del quórum
2. Aprobación de cuota extraordinaria para impermeabilización de cubiertas
3. Proposiciones y varios

Los arrendatarios pueden asistir con poder firmado por el propietario.

Atentamente,
Administración""",
    ),
    m(
        "t24",
        "2026-01-14 16:22",
        "Administración Altos de Galerías <admin@altosdegalerias.example>",
        "Paz y salvo y trasteo – apto 402",
        N(),
        text="""Buenas tardes Sra. Laura,

De acuerdo con su solicitud, le informamos que para autorizar el trasteo del apartamento 402
debe presentar el paz y salvo de administración firmado por el propietario y programar el
horario con la portería (sábados 8 a.m. a 4 p.m., domingos no se permiten trasteos). El
sábado 31 de enero ya está reservado para otro trasteo en la mañana; tenemos disponible de
1 p.m. en adelante.

Cordialmente,
Administración Altos de Galerías""",
    ),
    m(
        "t25",
        "2025-09-13 12:40",
        "Rappi <noreply@rappi.com>",
        "Tu pedido de Rappi ha sido entregado 🛵",
        N(),
        text="""¡Hola Laura!

Tu pedido #8812043991 de Crepes & Waffles fue entregado.

Total: $67.400 (incluye propina $4.000)

¿Cómo te fue? Califica tu pedido en la app.

Rappi""",
    ),
    m(
        "t26",
        "2025-11-27 19:00",
        "Rappi <noreply@rappi.com>",
        "Black Friday 🔥 ofertas hasta 50 % solo hoy",
        N(),
        html="""<html><body style="font-family:Arial;text-align:center">
<h1 style="color:#ff441f">BLACK FRIDAY RAPPI</h1>
<p>Hasta 50 % OFF en restaurantes, mercado y farmacia. Envío gratis con Rappi Pro.</p>
<p><a href="https://www.rappi.com.co/promociones?utm_campaign=bf2025">Ver ofertas</a></p>
<p style="font-size:10px;color:#999">Términos y condiciones aplican. <a href="https://www.rappi.com.co/unsubscribe">Cancelar suscripción</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.rappi.com.co/unsubscribe>"},
    ),
    m(
        "t27",
        "2025-09-19 07:00",
        _PARAISO,
        "🛍️ Días Paraíso: hasta 60 % en moda y tecnología",
        N(),
        html="""<html><body style="font-family:Arial"><div style="max-width:600px;margin:auto">
<img src="https://www.almacenesparaiso.example/img/banner-dias-paraiso.jpg" alt="Días Paraíso hasta 60%">
<p>Solo este fin de semana. Paga con tu tarjeta Paraíso y recibe 10 % adicional.</p>
<p><a href="https://www.almacenesparaiso.example/dias-paraiso?utm_source=mail">Comprar ahora</a></p>
<p style="font-size:10px;color:#888">Almacenes Paraíso S.A. · Av. 68 # 75A-50 Bogotá. Si no deseas recibir estos correos <a href="https://www.almacenesparaiso.example/baja">cancela tu suscripción</a>.</p>
</div></body></html>""",
        headers=_UNSUB,
    ),
    m(
        "t28",
        "2025-11-21 07:00",
        _PARAISO,
        "Laura, esta oferta es solo para ti (vence hoy)",
        N(),
        html="""<html><body style="font-family:Arial"><div style="max-width:600px;margin:auto">
<h2>Oferta exclusiva para ti, Laura</h2>
<p>Tienes un cupón de <b>$50.000</b> para compras superiores a $250.000 en tecnología y hogar.</p>
<p>Código: <b>PARAISO50LV</b> · Válido hasta las 11:59 p.m.</p>
<p><a href="https://www.almacenesparaiso.example/cupon?c=PARAISO50LV">Usar mi cupón</a></p>
<p style="font-size:10px;color:#888"><a href="https://www.almacenesparaiso.example/baja">Cancelar suscripción</a></p>
</div></body></html>""",
        headers=_UNSUB,
    ),
    m(
        "t29",
        "2025-12-20 07:00",
        _PARAISO,
        "Regalos de Navidad con envío en 24 horas 🎄",
        N(),
        html="""<html><body style="font-family:Arial"><div style="max-width:600px;margin:auto">
<h2>¿Se te olvidó el regalo? Tranqui.</h2>
<p>Compra antes del 22 de diciembre y recibe en 24 horas en Bogotá, Medellín y Cali.</p>
<p><a href="https://www.almacenesparaiso.example/navidad">Ver regalos</a></p>
<p style="font-size:10px;color:#888"><a href="https://www.almacenesparaiso.example/baja">Cancelar suscripción</a></p>
</div></body></html>""",
        headers=_UNSUB,
    ),
    m(
        "t30",
        "2025-09-26 06:30",
        _DATOSCAFE,
        "Entrevista: Marcela Giraldo, la CDO que armó el equipo de datos de una cadena de droguerías",
        N(),
        html="""<html><body style="font-family:Georgia,serif;max-width:600px;margin:auto;color:#222">
<p style="color:#888">Datos &amp; Café · Edición #58</p>
<h1>"El primer tablero que construimos fue para apagar incendios"</h1>
<p>Esta semana entrevistamos a Marcela Giraldo, Chief Data Officer, sobre cómo pasó de una analista
con Excel a un equipo de 22 personas, qué busca cuando contrata analistas junior y por qué cree
que SQL sigue siendo la habilidad más subestimada.</p>
<p><b>¿Qué preguntas haces en una entrevista a un analista?</b><br>"Le pido que me explique un
análisis que salió mal. Ahí se ve todo."</p>
<p><a href="https://datosycafe.substack.com/p/entrevista-marcela-giraldo">Leer la entrevista completa</a></p>
<p style="font-size:11px;color:#888">Recibes este correo porque te suscribiste a Datos &amp; Café. <a href="https://datosycafe.substack.com/action/disable_email">Cancelar suscripción</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://datosycafe.substack.com/action/disable_email>"},
    ),
    m(
        "t31",
        "2025-10-24 06:30",
        _DATOSCAFE,
        "Salarios de analistas de datos en Colombia 2025: lo que encontramos",
        N(),
        html="""<html><body style="font-family:Georgia,serif;max-width:600px;margin:auto;color:#222">
<p style="color:#888">Datos &amp; Café · Edición #62</p>
<h1>¿Cuánto gana un analista de datos en Bogotá?</h1>
<p>Con 1.140 respuestas a nuestra encuesta: la mediana para 2-4 años de experiencia es $5,9
millones; en empresas remotas que pagan en dólares, USD 2.400. Además: cuántas rondas de
entrevistas son normales y por qué las pruebas técnicas de 8 horas son una bandera roja.</p>
<p><a href="https://datosycafe.substack.com/p/salarios-2025">Leer el informe</a></p>
<p style="font-size:11px;color:#888"><a href="https://datosycafe.substack.com/action/disable_email">Cancelar suscripción</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://datosycafe.substack.com/action/disable_email>"},
    ),
    m(
        "t32",
        "2026-01-16 06:30",
        _DATOSCAFE,
        "Entrevista con Andrés F. Mora: así se arma un equipo de datos en una fintech seed",
        N(),
        html="""<html><body style="font-family:Georgia,serif;max-width:600px;margin:auto;color:#222">
<p style="color:#888">Datos &amp; Café · Edición #71</p>
<h1>"Contratamos al primer analista antes que al segundo ingeniero"</h1>
<p>Conversamos con el cofundador de una fintech bogotana de cobranza que acaba de cerrar su ronda
seed sobre por qué su primera contratación de 2026 es de datos y qué le pide a un caso técnico.</p>
<p><a href="https://datosycafe.substack.com/p/fintech-seed-datos">Leer</a></p>
<p style="font-size:11px;color:#888"><a href="https://datosycafe.substack.com/action/disable_email">Cancelar suscripción</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://datosycafe.substack.com/action/disable_email>"},
    ),
    m(
        "t33",
        "2025-10-09 12:00",
        _LUPA,
        "Lupa Tech #112: despidos en fintech, la nueva ley de startups y quién está contratando",
        N(),
        text="""LUPA TECH – lo que pasó esta semana en el ecosistema tech colombiano

1. Tres fintech anunciaron recortes de entre 10 % y 25 % de su planta.
2. El Congreso aprobó en primer debate el proyecto de ley de emprendimiento.
3. Quién está contratando: empresas de logística y healthtech siguen abriendo vacantes de
   datos; las US companies "remote-first" buscan analistas con inglés B2+.
4. Entrevista de la semana: hablamos con la fundadora de una app de movilidad sobre su
   expansión a Lima.

Leer en la web: https://lupatech.example/112

¿Te reenviaron este correo? Suscríbete en lupatech.example
Darte de baja: https://lupatech.example/baja""",
        headers={"List-Unsubscribe": "<https://lupatech.example/baja>"},
    ),
    m(
        "t34",
        "2025-12-04 12:00",
        _LUPA,
        "Lupa Tech #120: las rondas de inversión de noviembre",
        N(),
        text="""LUPA TECH #120

- Noviembre cerró con 9 rondas anunciadas en Colombia, USD 74 millones en total.
- Una fintech de cobranza cerró ronda seed (no revelaron monto, se rumoran USD 2,5 millones).
- Ofertas de trabajo del mes: 40 % más vacantes de datos que en noviembre de 2024.

Leer en la web: https://lupatech.example/120
Darte de baja: https://lupatech.example/baja""",
        headers={"List-Unsubscribe": "<https://lupatech.example/baja>"},
    ),
    m(
        "t35",
        "2025-10-27 10:15",
        "Aprende Datos <eventos@aprendedatos.example>",
        "Confirmación de registro: Webinar «Cómo superar una entrevista técnica de SQL»",
        N(),
        text="""¡Hola Laura Valentina!

Tu registro al webinar gratuito «Cómo superar una entrevista técnica de SQL (y no morir en el
intento)» está confirmado.

Fecha: jueves 30 de octubre de 2025
Hora: 7:00 p.m. (hora de Colombia)
Enlace: https://aprendedatos.example/live/entrevista-sql

Agrega el evento a tu calendario con el archivo adjunto. Te enviaremos la grabación a este
correo.

Equipo Aprende Datos""",
        ics=ics(
            "webinar-sql-20251030@aprendedatos.example",
            "2025-10-30 19:00",
            "Webinar: Cómo superar una entrevista técnica de SQL",
            ("Aprende Datos", "eventos@aprendedatos.example"),
            minutes=90,
            location="https://aprendedatos.example/live/entrevista-sql",
        ),
    ),
    m(
        "t36",
        "2025-10-31 09:00",
        "Aprende Datos <eventos@aprendedatos.example>",
        "Grabación disponible + 40 % en la Ruta de Analista de Datos",
        N(),
        html="""<html><body style="font-family:Arial;max-width:600px">
<p>Hola Laura, gracias por acompañarnos ayer. Aquí está la grabación del webinar:</p>
<p><a href="https://aprendedatos.example/grabaciones/entrevista-sql">Ver grabación</a></p>
<p>Y como asististe, tienes <b>40 % de descuento</b> en la Ruta de Analista de Datos (SQL, Power BI, Python) hasta el domingo.</p>
<p><a href="https://aprendedatos.example/checkout?cupon=WEBINAR40">Aprovechar la oferta</a></p>
<p style="font-size:10px;color:#888"><a href="https://aprendedatos.example/baja">Darme de baja</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://aprendedatos.example/baja>"},
    ),
    m(
        "t37",
        "2025-09-22 17:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Felicita a Juliana Rocha por su nuevo empleo",
        N(),
        text="""Juliana Rocha empezó un nuevo cargo

Juliana Rocha
Analista Senior de Riesgo de Mercado en Banco del Páramo

Felicítala: https://www.linkedin.com/comm/feed/update/urn:li:activity:7376/

Este correo electrónico está dirigido a Laura Valentina Cárdenas Pinzón.
Darse de baja: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "t38",
        "2025-11-09 18:02",
        "LinkedIn <invitations@linkedin.com>",
        "Laura Valentina, acepta la invitación de Sebastián Lleras",
        N(),
        text="""Sebastián Lleras
CTO & Cofounder en Cuadra
Bogotá, Distrito Capital, Colombia

quiere conectar contigo.

Aceptar: https://www.linkedin.com/comm/mynetwork/invitation-manager/

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "t39",
        "2026-02-03 09:11",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Tus contactos reaccionaron a tu publicación",
        N(),
        text="""Tu publicación está recibiendo atención

"¡Feliz de compartir que empiezo un nuevo reto como Analista de Datos Comerciales en
Mercadiario! Gracias a todos los que me acompañaron en este proceso…"

Felipe Ardila, Juliana Rocha y 86 personas más reaccionaron.

Ver publicación: https://www.linkedin.com/comm/feed/update/urn:li:activity:7424/

© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "t40",
        "2025-09-29 14:21",
        "Coursera <no-reply@m.mail.coursera.org>",
        "¡Felicitaciones, Laura Valentina! Obtuviste tu certificado",
        N(),
        text="""¡Felicitaciones por completar Análisis de datos con Python!

Tu certificado ya está disponible. Compártelo en LinkedIn para que tu red lo vea.

Ver certificado: https://www.coursera.org/account/accomplishments/certificate/QX8K2LMN3PZT

Coursera, Inc. · 2440 W. El Camino Real, Suite 500, Mountain View, CA 94040""",
    ),
    m(
        "t41",
        "2025-10-12 21:08",
        "Uber Receipts <noreply@uber.com>",
        "Tu viaje del domingo por la noche con Uber",
        N(),
        text="""Gracias por viajar, Laura

Total: COP 23.800
Viaje: 8,2 km · 24 min
Desde: Cra. 13 # 85-24, Bogotá
Hasta: Calle 53 # 27-18, Bogotá

Forma de pago: Visa ••••4471

Uber Colombia""",
    ),
    m(
        "t42",
        "2025-12-04 07:32",
        "Uber Receipts <noreply@uber.com>",
        "Tu viaje del jueves por la mañana con Uber",
        N(),
        text="""Gracias por viajar, Laura

Total: COP 18.200
Viaje: 6,9 km · 21 min
Desde: Calle 53 # 27-18, Bogotá
Hasta: Av. Calle 100 # 19-61, Bogotá

Forma de pago: Visa ••••4471""",
    ),
    m(
        "t43",
        "2025-10-02 11:45",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        N(),
        text="""Hola Laura,

Gracias por tu pago de Spotify Premium Duo.

Fecha: 2 de octubre de 2025
Total: COP 26.900 (IVA incluido)
Método: Visa ••••4471

Spotify AB""",
    ),
    m(
        "t44",
        "2025-11-15 10:00",
        "Compensar <comunicaciones@compensar.com>",
        "Vacaciones de fin de año con tu subsidio: planes desde $89.000",
        N(),
        html="""<html><body style="font-family:Arial;max-width:600px">
<h2 style="color:#00a0df">¡Estas vacaciones, descansa con Compensar!</h2>
<p>Como afiliada categoría B tienes tarifas especiales en Lagosol y nuestros centros vacacionales.</p>
<p><a href="https://www.compensar.com/recreacion/vacaciones">Reservar</a></p>
<p style="font-size:10px;color:#888">Compensar – Caja de Compensación Familiar · <a href="https://www.compensar.com/baja">Cancelar suscripción</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.compensar.com/baja>"},
    ),
    m(
        "t45",
        "2025-12-14 16:20",
        "Fondo Futuro Pensiones <extractos@fondofuturo.example>",
        "Tu extracto de pensiones obligatorias – tercer trimestre 2025",
        N(),
        text="""Hola Laura Valentina,

Tu extracto de pensiones obligatorias del tercer trimestre de 2025 ya está disponible.

Saldo total: $38.417.209
Rentabilidad del periodo: 2,1 %
Semanas cotizadas: 171

Consúltalo en https://www.fondofuturo.example/afiliados

Fondo Futuro Pensiones y Cesantías S.A.""",
    ),
    m(
        "t46",
        "2026-02-09 08:30",
        "Cumplimiento Mercadiario <cumplimiento@mercadiario.example>",
        "Curso obligatorio SAGRILAFT y Protección de Datos – plazo 20 de febrero",
        N(),
        text="""Buenos días,

Todos los colaboradores que ingresaron en enero y febrero deben completar los cursos
virtuales obligatorios de SAGRILAFT (prevención de lavado de activos) y Protección de Datos
Personales en la plataforma Aprende Bacatá, a más tardar el viernes 20 de febrero.

Ingreso: https://aprende.grupobacata.example con su usuario de red.

Oficial de Cumplimiento
Mercadiario S.A.S.""",
    ),
    m(
        "t47",
        "2026-02-26 18:00",
        "Nómina Grupo Bacatá <nomina@grupobacata.example>",
        "Comprobante de pago de nómina – febrero 2026",
        N(),
        text="""Cordial saludo,

Adjunto encontrará su comprobante de pago de nómina correspondiente al periodo 01/02/2026 –
28/02/2026.

Empresa: MERCADIARIO S.A.S.
Empleado: CARDENAS PINZON LAURA VALENTINA

La clave del archivo PDF son los últimos 4 dígitos de su documento de identidad.

Nómina – Centro de Servicios Compartidos Grupo Empresarial Bacatá""",
        attach=[
            ("Comprobante_Nomina_202602.pdf", "application/pdf", "%PDF-1.4\n% protegido\n%%EOF\n")
        ],
    ),
    m(
        "t48",
        "2025-10-18 09:14",
        "Vanti <facturaelectronica@grupovanti.com>",
        "Tu factura de gas natural está disponible",
        N(),
        text="""Hola LAURA VALENTINA,

Tu factura de gas natural de octubre ya está disponible.

Cuenta contrato: 60118842
Valor a pagar: $38.640
Fecha límite: 30/10/2025

Paga en www.grupovanti.com

Vanti S.A. ESP""",
    ),
    m(
        "t49",
        "2025-09-17 20:30",
        "Google <no-reply@accounts.google.com>",
        "Alerta de seguridad",
        N(),
        text="""Se accedió a tu cuenta de Google desde un dispositivo nuevo

lauracardenas.pinzon@gmail.com

Motorola edge 40
Si fuiste tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.

Revisar actividad: https://accounts.google.com/AccountChooser?Email=lauracardenas.pinzon@gmail.com&continue=https://myaccount.google.com/alert/nt/1758159000

Te enviamos este correo electrónico para informarte sobre cambios importantes en tu cuenta y
en los servicios de Google.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    ),
    m(
        "t50",
        "2026-01-28 10:02",
        "Fit Andes <socios@fitandes.example>",
        "Tu plan se renueva el 3 de febrero",
        N(),
        text="""Hola Laura,

Tu plan Fit Andes Anual (sede Galerías) se renueva automáticamente el 3 de febrero de 2026
por $1.290.000. Si quieres cambiar de sede (tenemos nueva sede en Chapinero Alto y en la
Calle 100), hazlo desde la app antes de la fecha de renovación.

¡Nos vemos entrenando!
Fit Andes""",
    ),
]

MAIL += [
    m(
        "v01",
        "2025-10-25 08:10",
        "Conecta Fibra <facturacion@conectafibra.example>",
        "Factura Hogar No. 55102-10 – Conecta Fibra",
        N(),
        text="""Hola Laura,

Tu factura de Internet Hogar 300 Mb + TV está lista.

Periodo: 25 sep – 24 oct 2025
Valor: $119.900
Pago oportuno: 5 de noviembre

Paga por PSE o en puntos Efecty con tu referencia 55102.

Conecta Fibra S.A.S.""",
    ),
    m(
        "v02",
        "2025-11-25 08:10",
        "Conecta Fibra <facturacion@conectafibra.example>",
        "Factura Hogar No. 55102-11 – Conecta Fibra",
        N(),
        text="""Hola Laura,

Tu factura de Internet Hogar 300 Mb + TV está lista.

Periodo: 25 oct – 24 nov 2025
Valor: $124.900 (incluye reajuste anual)
Pago oportuno: 5 de diciembre

Conecta Fibra S.A.S.""",
    ),
    m(
        "v03",
        "2025-12-14 08:00",
        _PARAMO,
        "Su extracto de Tarjeta de Crédito Visa está disponible",
        N(),
        text="""Estimada LAURA VALENTINA:

Su extracto de Tarjeta de Crédito Visa Clásica terminada en 4471 con corte a 10/12/2025 ya
está disponible en la Sucursal Virtual.

Pago mínimo: $188.300
Pago total: $977.420
Fecha límite de pago: 26/12/2025

Vigilado Superintendencia Financiera de Colombia""",
    ),
    m(
        "v04",
        "2025-09-21 09:12",
        "Banco del Páramo <alertas@bancodelparamo.example>",
        "Transferencia exitosa",
        N(),
        text="""Banco del Páramo le informa:

Transferencia exitosa desde su Cuenta de Ahorros *8830 por $140.000 a la llave 3115557720
(CAMILO CARDENAS P.) el 21/09/2025 a las 09:11.

Si usted no realizó esta operación comuníquese de inmediato al 601 555 0000.""",
    ),
    m(
        "v05",
        "2025-11-02 11:45",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        N(),
        text="""Hola Laura,

Gracias por tu pago de Spotify Premium Duo.

Fecha: 2 de noviembre de 2025
Total: COP 26.900 (IVA incluido)
Método: Visa ••••4471

Spotify AB""",
    ),
    m(
        "v06",
        "2025-10-04 21:03",
        "Rappi <noreply@rappi.com>",
        "Tu pedido de Rappi ha sido entregado 🛵",
        N(),
        text="""¡Hola Laura!

Tu pedido #8840217730 de Sushi Light fue entregado.

Total: $54.900

Rappi""",
    ),
    m(
        "v07",
        "2026-01-31 20:18",
        "Rappi <noreply@rappi.com>",
        "Tu pedido de Rappi ha sido entregado 🛵",
        N(),
        text="""¡Hola Laura!

Tu pedido #8951102284 de El Corral fue entregado en Cra. 4 # 57-31 apto 701.

Total: $71.300

¡Bienvenida a tu nueva dirección! Guardamos la dirección en tu cuenta.

Rappi""",
    ),
    m(
        "v08",
        "2025-11-15 14:02",
        "Cinemas Andinos <boletas@cinemasandinos.example>",
        "Tus boletas: sábado 15 de noviembre – Sala 4",
        N(),
        text="""¡Disfruta la función, Laura!

Película: Un poeta
Fecha: sábado 15 de noviembre de 2025 – 4:10 p.m.
Teatro: Cinemas Andinos Galerías – Sala 4
Sillas: F7, F8

Presenta el código QR en la entrada.""",
    ),
    m(
        "v09",
        "2025-12-18 09:14",
        "Vanti <facturaelectronica@grupovanti.com>",
        "Tu factura de gas natural está disponible",
        N(),
        text="""Hola LAURA VALENTINA,

Tu factura de gas natural de diciembre ya está disponible.

Cuenta contrato: 60118842
Valor a pagar: $35.210
Fecha límite: 30/12/2025

Vanti S.A. ESP""",
    ),
    m(
        "v10",
        "2025-10-29 13:00",
        "Google One <googleone-noreply@google.com>",
        "Tu almacenamiento de Google está casi lleno",
        N(),
        text="""Laura, usaste el 92 % de tus 15 GB

Cuando te quedes sin espacio, no podrás enviar ni recibir correos en Gmail.

Obtén 100 GB por COP 6.900/mes: https://one.google.com/storage?utm_source=gmail

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""",
    ),
    m(
        "v11",
        "2025-09-15 18:00",
        "Compensar EPS <citas@compensar.com>",
        "Recordatorio: su cita es mañana",
        N(),
        text="""LAURA VALENTINA, le recordamos su cita de MEDICINA GENERAL mañana 16/09/2025 a las
7:20 a.m. en la Unidad de Servicios de Salud Calle 67. Si no puede asistir, cancele por la
app Compensar.""",
    ),
    m(
        "v12",
        "2025-10-01 07:00",
        "Administración Altos de Galerías <admin@altosdegalerias.example>",
        "Cuota de administración octubre – apto 402",
        N(),
        text="""Señor(a) residente apto 402:

La cuota de administración de octubre es de $286.000. Pague antes del día 10 para obtener el
descuento por pronto pago ($271.700). Cuenta corriente Banco del Páramo 0412-88103-2,
referencia 402.

Administración""",
    ),
    m(
        "v13",
        "2025-10-17 11:00",
        "Tintico ☕ <hola@tintico.example>",
        "2x1 en tu primera suscripción de café (solo este fin de semana)",
        N(),
        html="""<html><body style="font-family:Arial;background:#f7efe6;max-width:600px">
<h1 style="color:#5b3a1e">Café de origen, cada mes en tu puerta</h1>
<p>Suscríbete este fin de semana y recibe <b>dos bolsas por el precio de una</b> en tu primer envío.
Cafés del Quindío, Huila y Nariño tostados a la semana.</p>
<p><a href="https://tintico.example/suscripcion?utm_campaign=2x1oct">Quiero mi café</a></p>
<p style="font-size:10px;color:#888">Inversiones Cafeteras del Quindío S.A.S. · <a href="https://tintico.example/baja">Cancelar suscripción</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://tintico.example/baja>"},
    ),
    m(
        "v14",
        "2025-11-12 10:30",
        "BCA <comunicaciones@bancocomercialandino.example>",
        "Abre tu Cuenta BCA Digital en 5 minutos y gana $50.000",
        N(),
        html="""<html><body style="font-family:Arial;max-width:600px">
<div style="background:#0b3d6e;color:#fff;padding:18px"><h2>Cuenta BCA Digital</h2></div>
<p>Sin cuota de manejo, transferencias gratis a otros bancos y tarjeta débito virtual al instante.</p>
<p>Ábrela antes del 30 de noviembre y te abonamos <b>$50.000</b> con tu primera compra.</p>
<p><a href="https://www.bancocomercialandino.example/cuenta-digital?utm_source=email">Abrir mi cuenta</a></p>
<p style="font-size:10px;color:#888">Banco Comercial Andino S.A. Vigilado Superintendencia Financiera de Colombia. Reglamento en bancocomercialandino.example. <a href="https://www.bancocomercialandino.example/desuscribir">Desuscribirse</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.bancocomercialandino.example/desuscribir>"},
    ),
    m(
        "v15",
        "2025-10-23 06:00",
        "Mercadiario <ofertas@mercadiario.example>",
        "🥑 Ofertas de la semana: frutas y verduras al 2x1",
        N(),
        html="""<html><body style="font-family:Verdana,Arial;max-width:600px">
<div style="background:#e30613;color:#fff;padding:12px;font-size:22px">Mercadiario – Ofertas de la semana</div>
<p>Del jueves 23 al domingo 26 de octubre: aguacate Hass, mango y tomate al 2x1. Arroz 5 kg a $19.900.</p>
<p><a href="https://www.mercadiario.example/ofertas?utm_source=newsletter">Ver folleto</a> · <a href="https://www.mercadiario.example/domicilios">Pide a domicilio</a></p>
<p style="font-size:10px;color:#888">Mercadiario S.A.S. – una compañía del Grupo Empresarial Bacatá. <a href="https://www.mercadiario.example/baja">Cancelar suscripción</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.mercadiario.example/baja>"},
    ),
    m(
        "v16",
        "2026-01-15 06:00",
        "Mercadiario <ofertas@mercadiario.example>",
        "Regreso a clases: útiles desde $2.900 ✏️",
        N(),
        html="""<html><body style="font-family:Verdana,Arial;max-width:600px">
<div style="background:#e30613;color:#fff;padding:12px;font-size:22px">Mercadiario – Regreso a clases</div>
<p>Cuadernos, colores y loncheras con hasta 40 % de descuento en todas nuestras tiendas.</p>
<p><a href="https://www.mercadiario.example/regreso-a-clases">Ver ofertas</a></p>
<p style="font-size:10px;color:#888"><a href="https://www.mercadiario.example/baja">Cancelar suscripción</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.mercadiario.example/baja>"},
    ),
    m(
        "v17",
        "2025-12-15 09:00",
        "Fundación Pequeños Pasos <boletin@pequenospasos.example>",
        "Boletín de fin de año: 1.240 niñas y niños acompañados en 2025 💛",
        N(),
        html="""<html><body style="font-family:Arial;max-width:600px;color:#333">
<h2>Gracias por hacer parte de 2025</h2>
<p>Este año acompañamos a 1.240 niñas y niños en Usme, Ciudad Bolívar y Soacha. Con tu donación de
Navidad, una familia recibe un kit de lectura y estimulación temprana.</p>
<p><a href="https://pequenospasos.example/dona?utm_source=boletin">Donar ahora</a></p>
<p style="font-size:10px;color:#888">Recibes este boletín porque estás en nuestra base de contactos. <a href="https://pequenospasos.example/baja">Darse de baja</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://pequenospasos.example/baja>"},
    ),
    m(
        "v18",
        "2025-12-01 07:00",
        _PARAISO,
        "Cyber Lunes ⚡ solo 24 horas",
        N(),
        html="""<html><body style="font-family:Arial"><div style="max-width:600px;margin:auto">
<h2>CYBER LUNES</h2>
<p>Portátiles, celulares y televisores con hasta 45 % y 12 cuotas sin interés con tarjetas seleccionadas.</p>
<p><a href="https://www.almacenesparaiso.example/cyber">Ver ofertas</a></p>
<p style="font-size:10px;color:#888"><a href="https://www.almacenesparaiso.example/baja">Cancelar suscripción</a></p>
</div></body></html>""",
        headers=_UNSUB,
    ),
    m(
        "v19",
        "2025-11-24 16:00",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Laura Valentina, 40 % de descuento en Coursera Plus",
        N(),
        html="""<html><body style="font-family:Arial;max-width:600px">
<p>Aprende sin límites por menos: Coursera Plus anual con 40 % de descuento hasta el 1 de diciembre.</p>
<p>Recomendado para ti: Certificado profesional de Ingeniería de Datos de IBM · Google Advanced Data Analytics.</p>
<p><a href="https://www.coursera.org/courseraplus?utm_campaign=bf25">Obtener oferta</a></p>
<p style="font-size:10px;color:#888">Coursera, Inc. · <a href="https://www.coursera.org/account-settings">Preferencias de correo</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.coursera.org/account-settings>"},
    ),
    m(
        "v20",
        "2025-12-09 22:40",
        "GitHub <noreply@github.com>",
        "[GitHub] A new SSH key was added to your account",
        N("en"),
        text="""Hey laura-cardenas-data!

A new public key was added to your account.

Key: lv-portatil-nuevo (SHA256:9bX3q...Ff0)

If you believe this key was added in error, you can remove it and disable access at:
https://github.com/settings/keys

Thanks,
The GitHub Team""",
    ),
    m(
        "v21",
        "2025-09-30 20:20",
        "Biblioteca Pública Virgilio Barco <boletin@biblored.gov.co>",
        "Agenda cultural de octubre en BibloRed",
        N(),
        text="""Agenda de octubre en las bibliotecas públicas de Bogotá:

- Club de lectura de novela negra – Biblioteca Virgilio Barco, sábados 10 a.m.
- Taller de Excel básico para adultos mayores – Biblioteca El Tintal
- Cine foro: cine colombiano de los 90 – Biblioteca Julio Mario Santo Domingo

Toda la programación es gratuita. Consulta en www.biblored.gov.co

BibloRed – Red Distrital de Bibliotecas Públicas de Bogotá""",
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 155, the ordinary inbox: state, bank, bills, shops and look-alikes (data only): see
heldout155.py."""

from __future__ import annotations

from typing import Any

from heldout155_jobs import N, ics, m

_BO_FOOT = """<p style="font-size:10px;color:#8c8c8c">Banco Oriental S.A. – Institución de intermediación financiera
supervisada por el Banco Central del Uruguay. Nunca te vamos a pedir tus claves por correo ni por
teléfono. Por consultas: 1970 8000 o en cualquiera de nuestras sucursales.</p>"""

_UNSUB = "List-Unsubscribe"

MAIL: list[dict[str, Any]] = [
    # --- Banco Oriental: a loan "solicitud" that gets "aprobada" -------------------------------------
    m(
        "bo1a",
        "2025-09-02 06:10",
        "Banco Oriental <notificaciones@bancoriental.example>",
        "Tu estado de cuenta de agosto ya está disponible",
        N(),
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<p>Hola Florencia,</p>
<p>Tu estado de cuenta de la Caja de Ahorro en pesos terminada en 4471 correspondiente a
<b>agosto 2025</b> ya está disponible en eBanking.</p>
<p><a href="https://ebanking.bancoriental.example/estados">Ver estado de cuenta</a></p>
{_BO_FOOT}</body></html>""",
    ),
    m(
        "bo2c",
        "2025-10-03 18:22",
        "Banco Oriental <prestamos@bancoriental.example>",
        "Recibimos tu solicitud de préstamo",
        N(),
        """Hola Florencia:

Recibimos tu solicitud de Préstamo Consumo en pesos.

  N.º de solicitud: PC-2025-1183307
  Monto solicitado: $ 120.000
  Plazo: 24 cuotas

Un ejecutivo va a analizar tu solicitud y te vamos a avisar por este medio el resultado en un
plazo de hasta 5 días hábiles. Podés seguir el estado desde la app.

Banco Oriental
Este es un correo automático, por favor no lo respondas.""",
    ),
    m(
        "bo3x",
        "2025-10-07 10:47",
        "Banco Oriental <prestamos@bancoriental.example>",
        "Solicitud PC-2025-1183307: necesitamos documentación",
        N(),
        """Hola Florencia:

Para continuar con el análisis de tu solicitud de préstamo necesitamos que nos envíes:

- Últimos 3 recibos de sueldo (o constancia de ingresos si sos profesional independiente).
- Constancia de domicilio (factura de UTE, OSE o Antel a tu nombre).

Podés subirlos desde la app en "Mis solicitudes" o acercarlos a la sucursal Pocitos
(Av. Brasil 2590).

Banco Oriental""",
    ),
    m(
        "bo4q",
        "2025-10-14 15:31",
        "Banco Oriental <prestamos@bancoriental.example>",
        "¡Tu préstamo fue aprobado!",
        N(),
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<h2 style="color:#0a4a8f">¡Felicitaciones, Florencia!</h2>
<p>Tu solicitud de Préstamo Consumo N.º PC-2025-1183307 fue <b>aprobada</b>.</p>
<p>Monto: $ 120.000 · 24 cuotas de $ 6.912 · TEA 38,5 %</p>
<p>Para recibir el dinero solo tenés que <b>firmar el contrato</b> desde la app o en sucursal antes del 24/10.</p>
<p><a href="https://ebanking.bancoriental.example/prestamos/firmar?s=PC-2025-1183307">Firmar ahora</a></p>
{_BO_FOOT}</body></html>""",
    ),
    m(
        "bo5s",
        "2025-11-02 23:48",
        "Banco Oriental <seguridad@bancoriental.example>",
        "Alerta de seguridad: nuevo ingreso a eBanking",
        N(),
        """Hola Florencia:

Registramos un ingreso a tu eBanking desde un nuevo dispositivo:

  Fecha: 02/11/2025 23:46
  Dispositivo: Chrome en Windows
  Ubicación aproximada: Montevideo, UY

Si fuiste vos, no tenés que hacer nada. Si no reconocés este ingreso, bloqueá tu usuario
llamando al 1970 8000 opción 9.

Banco Oriental – Seguridad""",
    ),
    m(
        "bo6n",
        "2025-12-02 06:12",
        "Banco Oriental <notificaciones@bancoriental.example>",
        "Tu estado de cuenta de noviembre ya está disponible",
        N(),
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<p>Hola Florencia,</p>
<p>Tu estado de cuenta de la Caja de Ahorro en pesos terminada en 4471 correspondiente a
<b>noviembre 2025</b> ya está disponible en eBanking.</p>
<p><a href="https://ebanking.bancoriental.example/estados">Ver estado de cuenta</a></p>
{_BO_FOOT}</body></html>""",
    ),
    m(
        "bo7t",
        "2026-01-05 09:02",
        "Banco Oriental <notificaciones@bancoriental.example>",
        "Recibiste una transferencia",
        N(),
        """Hola Florencia:

Recibiste una transferencia en tu cuenta terminada en 4471.

  Ordenante: CENTRO MEDICO COOPERATIVO
  Concepto: HABERES DIC/2025
  Importe: $ 41.327,00
  Fecha: 05/01/2026

Banco Oriental""",
    ),
    # --- Tarjeta Celeste: a "preaprobada" offer and an incomplete "solicitud" -----------------------
    m(
        "tc1o",
        "2025-09-17 12:00",
        "Tarjeta Celeste <novedades@tarjetaceleste.example>",
        "Florencia, tenés una oferta exclusiva: Tarjeta Celeste Oro preaprobada",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;background:#eaf6ff">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<h1 style="color:#00a3e0">Tu Tarjeta Oro te está esperando</h1>
<p>Florencia, por ser cliente tenés una <b>oferta exclusiva</b>: Tarjeta Celeste Oro
<b>preaprobada</b>, sin costo de emisión el primer año, 20 % de descuento en farmacias y
6 cuotas sin recargo en supermercados.</p>
<p><a href="https://www.tarjetaceleste.example/solicitar?utm_source=mail&amp;utm_campaign=oro_preaprobada" style="background:#00a3e0;color:#fff;padding:12px 24px;text-decoration:none">Solicitala ahora</a></p>
<p style="font-size:10px;color:#888">Oferta sujeta a verificación de datos. TEA máxima 89 %. Válido hasta el 31/10/2025.
Si no querés recibir más comunicaciones, <a href="https://www.tarjetaceleste.example/baja">hacé clic aquí</a>.</p>
</td></tr></table></body></html>""",
        headers={_UNSUB: "<https://www.tarjetaceleste.example/baja?m=ftecheraolivera%40gmail.com>"},
    ),
    m(
        "tc2v",
        "2025-09-24 19:15",
        "Tarjeta Celeste <novedades@tarjetaceleste.example>",
        "Tu solicitud quedó a mitad de camino",
        N(),
        """Hola Florencia:

Empezaste tu solicitud de Tarjeta Celeste Oro pero no la terminaste. ¡Te faltan solo 2 pasos!

Retomá tu solicitud acá: https://www.tarjetaceleste.example/solicitar/continuar?id=88c1

La oferta preaprobada es válida hasta el 31/10.

Tarjeta Celeste
Para darte de baja de estas comunicaciones: https://www.tarjetaceleste.example/baja""",
        headers={_UNSUB: "<https://www.tarjetaceleste.example/baja?m=ftecheraolivera%40gmail.com>"},
    ),
    m(
        "tc3b",
        "2025-11-27 08:30",
        "Tarjeta Celeste <novedades@tarjetaceleste.example>",
        "Black Friday Celeste: hasta 12 cuotas sin recargo 🛍️",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>BLACK FRIDAY</h2><p>Del 27 al 30 de noviembre, <b>hasta 12 cuotas sin recargo</b> en electrodomésticos,
tecnología y viajes. Además 25 % de reintegro en PedidosYa los viernes.</p>
<p><a href="https://www.tarjetaceleste.example/blackfriday">Ver comercios adheridos</a></p>
<p style="font-size:10px;color:#888">Topes de reintegro: $ 500 por mes. <a href="https://www.tarjetaceleste.example/baja">Baja</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.tarjetaceleste.example/baja?m=ftecheraolivera%40gmail.com>"},
    ),
    # --- the flat: a guarantee "solicitud", a viewing with a calendar part, the contract -------------
    m(
        "in1v",
        "2025-10-29 16:12",
        "Inmobiliaria Trouville <alquileres@inmotrouville.example>",
        "Visita confirmada: Apto. 2 dorm. Pocitos – Ref. 3318",
        N(),
        """Hola Florencia:

Te confirmamos la visita al apartamento de 2 dormitorios en Benito Blanco y 21 de Setiembre
(Ref. 3318, $ 28.500 + gastos comunes $ 6.200) para el sábado 1.º de noviembre a las 11:00.
Te va a recibir Gabriela en la puerta del edificio.

Te mandamos la invitación para que lo tengas agendado.

Inmobiliaria Trouville
Av. Brasil 2875 · Tel. 2708 1515""",
        ics=ics(
            "2g6j0m4p8s1v5y9b@google.com",
            "2025-11-01 11:00",
            "Visita Apto Ref. 3318 – Benito Blanco y 21 de Setiembre",
            ("Inmobiliaria Trouville", "alquileres@inmotrouville.example"),
            minutes=30,
            location="Benito Blanco y 21 de Setiembre, Pocitos",
        ),
    ),
    m(
        "ga1s",
        "2025-11-05 11:40",
        "Garantía Alquiler Sur <solicitudes@garantiasur.example>",
        "Recibimos tu solicitud de garantía de alquiler – N.º 20457",
        N(),
        """Estimada Florencia Techera Olivera:

Recibimos su solicitud de garantía de alquiler N.º 20457 para el inmueble sito en Benito
Blanco 1141, apto. 502 (Inmobiliaria Trouville).

El estudio de la solicitud demora entre 5 y 10 días hábiles. Le recordamos que para la
aprobación se requiere acreditar ingresos líquidos de al menos 2,5 veces el valor del
alquiler.

Garantía Alquiler Sur – Sistema de garantía de alquiler para socios
Atención: lunes a viernes de 10 a 17 hs""",
    ),
    m(
        "ga2d",
        "2025-11-10 14:05",
        "Garantía Alquiler Sur <solicitudes@garantiasur.example>",
        "Solicitud N.º 20457: documentación pendiente",
        N(),
        """Estimada Florencia:

Para continuar con el estudio de su solicitud N.º 20457 debe presentar:

- Recibos de sueldo de los últimos 6 meses (todos los empleadores).
- Certificado de ingresos firmado por contador público, si corresponde.
- Fotocopia de cédula del co-solicitante, si lo hubiera.

Puede enviarlos respondiendo este correo o en nuestras oficinas (Colonia 1120).

Garantía Alquiler Sur""",
    ),
    m(
        "ga3a",
        "2025-11-20 12:18",
        "Garantía Alquiler Sur <solicitudes@garantiasur.example>",
        "Solicitud N.º 20457 aprobada",
        N(),
        """Estimada Florencia:

Nos complace comunicarle que su solicitud de garantía de alquiler N.º 20457 fue APROBADA por
un monto máximo de alquiler de $ 30.000 mensuales.

El certificado de garantía se encuentra disponible para retirar en nuestras oficinas o será
enviado directamente a la inmobiliaria que usted indique.

Costo del servicio: 6 % mensual sobre el valor del alquiler, con débito en su cuenta.

Garantía Alquiler Sur""",
    ),
    m(
        "in2f",
        "2025-11-24 17:25",
        "Gabriela Ruiz <gruiz@inmotrouville.example>",
        "Contrato Benito Blanco 1141/502 – firma",
        N(),
        """Hola Florencia, ¿cómo estás?

Ya nos llegó el certificado de Garantía Alquiler Sur. Te paso el borrador del contrato para que
lo leas con tiempo. La firma sería el jueves 27 a las 18 en la inmobiliaria, con el propietario.
Tenés que traer: cédula, primer mes de alquiler y la comisión (un mes + IVA), por transferencia
o en efectivo.

Cualquier duda me decís.

Gabriela Ruiz
Inmobiliaria Trouville""",
        attach=[
            (
                "Borrador_contrato_BBlanco1141_502.txt",
                "text/plain",
                "CONTRATO DE ARRENDAMIENTO\n\nEn la ciudad de Montevideo, el día ... entre ARRENDADOR ... y ARRENDATARIA Florencia Techera Olivera ...\nPLAZO: dos años a partir del 1.º de diciembre de 2025.\nPRECIO: $ 28.500 mensuales, reajuste anual por IPC.\n",
            )
        ],
    ),
    m(
        "gc1e",
        "2026-01-08 10:00",
        "Administración Edificio Blanco <adm.edificioblanco@gmail.com>",
        "Gastos comunes enero 2026 – Edificio Benito Blanco 1141",
        N(),
        """Estimados copropietarios e inquilinos:

Adjuntamos la liquidación de gastos comunes de enero 2026. Vencimiento: 15/01.
Recordamos que el miércoles 14 se realizará la limpieza del tanque de agua entre las 9 y las
13, por lo que no habrá agua en ese horario.

Apto. 502 – $ 6.240

Saludos,
Administración – Marcela""",
    ),
    # --- the posgrado "postulación": received, admission interview, "seleccionada" -----------------
    m(
        "iu1p",
        "2025-11-28 13:44",
        "Admisiones IUP <admisiones@iuplata.example>",
        "Recibimos tu postulación – Diploma en Nutrición Deportiva 2026",
        N(),
        html="""<html><body style="font-family:Georgia,serif;color:#222">
<p>Estimada Florencia:</p>
<p>Recibimos tu postulación al <b>Diploma de Especialización en Nutrición Deportiva</b> (cohorte
2026, modalidad semipresencial) del Instituto Universitario del Plata.</p>
<p>El Comité Académico evaluará los antecedentes y coordinará una entrevista de admisión con
cada postulante. Cupos limitados: 25.</p>
<p>Saludos cordiales,<br>Oficina de Admisiones – Posgrados<br>Instituto Universitario del Plata</p>
</body></html>""",
    ),
    m(
        "iu2e",
        "2025-12-03 11:12",
        "Admisiones IUP <admisiones@iuplata.example>",
        "Entrevista de admisión – Diploma en Nutrición Deportiva",
        N(),
        """Estimada Florencia:

Te convocamos a la entrevista de admisión del Diploma en Nutrición Deportiva con la
coordinadora académica, Mag. Lic. Nut. Carolina Fleitas, el viernes 5 de diciembre a las 18:30
por Zoom. La entrevista dura 20 minutos.

Enlace: https://iuplata-edu.zoom.us/j/91822004516

Oficina de Admisiones – Posgrados
Instituto Universitario del Plata""",
        ics=ics(
            "6k0n4r8u2x5a9d3g@google.com",
            "2025-12-05 18:30",
            "Entrevista de admisión – Diploma Nutrición Deportiva",
            ("Admisiones IUP", "admisiones@iuplata.example"),
            minutes=20,
            location="https://iuplata-edu.zoom.us/j/91822004516",
        ),
    ),
    m(
        "iu3r",
        "2025-12-12 17:05",
        "Admisiones IUP <admisiones@iuplata.example>",
        "Resultado del proceso de admisión",
        N(),
        """Estimada Florencia:

¡Felicitaciones! Nos alegra comunicarte que quedaste seleccionada para cursar el Diploma de
Especialización en Nutrición Deportiva, cohorte 2026.

Para confirmar tu lugar debés abonar la matrícula antes del 15 de febrero. Las clases
comienzan el viernes 13 de marzo (viernes de 18 a 22 y un sábado por mes).

Bienvenida,
Oficina de Admisiones – Posgrados
Instituto Universitario del Plata""",
    ),
    m(
        "iu4m",
        "2026-02-09 10:33",
        "Tesorería IUP <tesoreria@iuplata.example>",
        "Comprobante de pago – Matrícula Diploma Nutrición Deportiva",
        N(),
        """Estimada Florencia Techera Olivera:

Registramos el pago de la matrícula del Diploma en Nutrición Deportiva (cohorte 2026).

  Importe: $ 9.800
  Medio de pago: transferencia bancaria
  N.º de comprobante: 000-188412

Tu inscripción quedó confirmada. En los próximos días recibirás el usuario para el aula virtual.

Tesorería – Instituto Universitario del Plata""",
    ),
    # --- BPS, DGI, Caja de Profesionales ------------------------------------------------------------
    m(
        "bp1h",
        "2025-09-09 09:30",
        "BPS <noreply@bps.gub.uy>",
        "Nueva información en su Historia Laboral",
        N(),
        """Estimado/a afiliado/a:

Le informamos que se registraron nuevas nóminas en su Historia Laboral correspondientes al
período 07/2025. Puede consultarlas ingresando a Servicios en línea con su usuario.

Banco de Previsión Social
Este correo es generado automáticamente. No responda a este mensaje.""",
    ),
    m(
        "bp2k",
        "2025-11-12 09:31",
        "BPS <noreply@bps.gub.uy>",
        "Nueva información en su Historia Laboral",
        N(),
        """Estimado/a afiliado/a:

Le informamos que se registraron nuevas nóminas en su Historia Laboral correspondientes al
período 09/2025. Puede consultarlas ingresando a Servicios en línea con su usuario.

Banco de Previsión Social
Este correo es generado automáticamente. No responda a este mensaje.""",
    ),
    m(
        "dg1w",
        "2025-09-17 14:02",
        "DGI <notificaciones@dgi.gub.uy>",
        "Devolución de IRPF – Ejercicio 2024",
        N(),
        """Sr./Sra. contribuyente:

Se le informa que la devolución de IRPF correspondiente al ejercicio 2024 por un importe de
$ 3.412 se encuentra disponible para el cobro en las redes de cobranza habilitadas o mediante
crédito en la cuenta bancaria que usted haya indicado.

Dirección General Impositiva
Ministerio de Economía y Finanzas""",
    ),
    m(
        "dg2y",
        "2026-02-20 08:45",
        "DGI <notificaciones@dgi.gub.uy>",
        "Aviso: nuevo comunicado en su buzón electrónico",
        N(),
        """Sr./Sra. contribuyente:

Tiene un nuevo comunicado en su Buzón Electrónico de DGI. Para leerlo ingrese a
Servicios en línea con su usuario y contraseña.

Dirección General Impositiva""",
    ),
    m(
        "cj1p",
        "2025-10-10 07:30",
        "Caja de Profesionales <comunicaciones@cjppu.org.uy>",
        "Su boleta de aportes de octubre está disponible",
        N(),
        """Estimada afiliada:

Su boleta de aportes correspondiente a octubre de 2025 está disponible. Categoría: 1.ª
Importe: $ 5.830. Vencimiento: 31/10/2025.

Puede abonarla en Abitab, Redpagos, por débito automático o en línea.

Caja de Jubilaciones y Pensiones de Profesionales Universitarios""",
    ),
    m(
        "cj2q",
        "2025-12-11 07:30",
        "Caja de Profesionales <comunicaciones@cjppu.org.uy>",
        "Su boleta de aportes de diciembre está disponible",
        N(),
        """Estimada afiliada:

Su boleta de aportes correspondiente a diciembre de 2025 está disponible. Categoría: 1.ª
Importe: $ 5.830. Vencimiento: 31/12/2025.

Recuerde que si inicia actividad en relación de dependencia como profesional, sigue obligada
a aportar mientras mantenga el ejercicio libre declarado.

Caja de Jubilaciones y Pensiones de Profesionales Universitarios""",
    ),
    m(
        "ab1c",
        "2025-10-30 12:41",
        "Abitab <comprobantes@abitab.com.uy>",
        "Comprobante de pago",
        N(),
        """Comprobante de pago – Abitab Pocitos (Agencia 1137)

Empresa: Caja de Profesionales
Referencia: 11482-2025-10
Importe: $ 5.830,00
Fecha: 30/10/2025 12:40

Gracias por elegir Abitab.""",
    ),
    # --- bills ----------------------------------------------------------------------------------
    m(
        "ut1f",
        "2025-09-20 05:15",
        "UTE <facturadigital@ute.com.uy>",
        "Tu factura de UTE – septiembre 2025",
        N(),
        """Hola FLORENCIA TECHERA:

Tu factura de energía eléctrica ya está disponible.

Cuenta: 4100 8813 22
Período: 12/08/2025 – 11/09/2025
Consumo: 182 kWh
Importe: $ 2.146
Vencimiento: 02/10/2025

Pagala en línea, con débito automático o en las redes de cobranza.
UTE – Administración Nacional de Usinas y Trasmisiones Eléctricas""",
    ),
    m(
        "ut2g",
        "2025-11-20 05:16",
        "UTE <facturadigital@ute.com.uy>",
        "Tu factura de UTE – noviembre 2025",
        N(),
        """Hola FLORENCIA TECHERA:

Tu factura de energía eléctrica ya está disponible.

Cuenta: 4100 8813 22
Período: 12/10/2025 – 11/11/2025
Consumo: 149 kWh
Importe: $ 1.811
Vencimiento: 02/12/2025

UTE – Administración Nacional de Usinas y Trasmisiones Eléctricas""",
    ),
    m(
        "os1e",
        "2025-10-15 06:02",
        "OSE Factura Digital <facturadigital@ose.com.uy>",
        "OSE – Factura disponible",
        N(),
        """Estimado/a cliente:

Su factura de OSE correspondiente al período 09/2025 está disponible.
Cuenta: 0218 4471-3 · Importe: $ 1.104 · Vencimiento: 28/10/2025

OSE – Obras Sanitarias del Estado""",
    ),
    m(
        "an1t",
        "2025-10-06 08:20",
        "Antel <facturas@antel.com.uy>",
        "Tu factura Antel de octubre",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hola Florencia,</p>
<p>Tu factura de <b>Fibra Óptica + Móvil</b> de octubre ya está disponible.</p>
<p>Importe: $ 2.389 · Vencimiento: 20/10/2025</p>
<p><a href="https://www.antel.com.uy/mi-antel/facturas">Ver factura en Mi Antel</a></p>
</body></html>""",
    ),
    m(
        "an2u",
        "2026-01-06 08:21",
        "Antel <facturas@antel.com.uy>",
        "Tu factura Antel de enero",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hola Florencia,</p>
<p>Tu factura de <b>Fibra Óptica + Móvil</b> de enero ya está disponible.</p>
<p>Importe: $ 2.451 · Vencimiento: 20/01/2026</p>
<p><a href="https://www.antel.com.uy/mi-antel/facturas">Ver factura en Mi Antel</a></p>
</body></html>""",
    ),
    m(
        "mv1o",
        "2025-09-30 13:00",
        "Movistar <ofertas@movistar.com.uy>",
        "Oferta exclusiva: duplicá tus gigas por 6 meses",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#019df4">¡Pasate a Movistar y duplicá tus gigas!</h2>
<p>Portabilidad con <b>oferta exclusiva</b>: el doble de gigas por 6 meses y tu primer mes gratis.</p>
<p><a href="https://www.movistar.com.uy/portabilidad?utm_source=email">Quiero la oferta</a></p>
<p style="font-size:10px;color:#888">Promoción válida para nuevas líneas por portabilidad hasta el 31/10/2025. <a href="https://www.movistar.com.uy/baja">Baja</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.movistar.com.uy/baja>"},
    ),
    # --- shops and deliveries ------------------------------------------------------------------------
    m(
        "ti1s",
        "2025-09-11 10:00",
        "Tienda Inglesa <ofertas@tiendainglesa.com.uy>",
        "Ofertas de la semana: frutas y verduras al mejor precio 🍎",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2 style="color:#d71920">OFERTAS DE LA SEMANA</h2>
<p>Del jueves 11 al miércoles 17 de septiembre</p>
<ul><li>Manzana roja x kg – $ 69</li><li>Aceite de girasol 900 ml – 2x $ 159</li><li>Yogur bebible 1 lt – 30 % OFF la segunda unidad</li></ul>
<p><a href="https://www.tiendainglesa.com.uy/ofertas?utm_campaign=semanal">Ver todas las ofertas</a></p>
<p style="font-size:10px;color:#888">Precios válidos en locales y tienda online hasta agotar stock. <a href="https://www.tiendainglesa.com.uy/baja">Desuscribirme</a></p>
</td></tr></table></body></html>""",
        headers={_UNSUB: "<https://www.tiendainglesa.com.uy/baja>"},
    ),
    m(
        "ti2b",
        "2025-11-27 07:00",
        "Tienda Inglesa <ofertas@tiendainglesa.com.uy>",
        "BLACK WEEK: ofertas imperdibles en toda la tienda",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#000">BLACK WEEK Tienda Inglesa</h2>
<p>Hasta <b>40 % OFF</b> en electro, hogar y bazar. 12 cuotas sin recargo con tarjetas seleccionadas.</p>
<p><a href="https://www.tiendainglesa.com.uy/blackweek">Ver ofertas</a></p>
<p style="font-size:10px;color:#888"><a href="https://www.tiendainglesa.com.uy/baja">Desuscribirme</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.tiendainglesa.com.uy/baja>"},
    ),
    m(
        "ti3p",
        "2025-12-20 15:48",
        "Tienda Inglesa Online <pedidos@tiendainglesa.com.uy>",
        "Tu pedido N.º 7714082 está listo para retirar",
        N(),
        """Hola Florencia,

Tu pedido N.º 7714082 ya está listo para retirar en el local Pocitos (Av. Brasil y Simón
Bolívar), en el mostrador de Retiro en Tienda.

Horario de retiro: hasta las 21 hs. Presentá tu cédula y el número de pedido.

Tienda Inglesa""",
    ),
    m(
        "py1e",
        "2025-09-27 21:34",
        "PedidosYa <no-reply@pedidosya.com>",
        "Tu pedido está en camino 🛵",
        N(),
        """¡Hola Florencia!

Tu pedido de Sushi Pop Pocitos ya salió. Llega aproximadamente a las 22:05.

Pedido #318820114
- Combinado 30 piezas x1
- Gyozas de cerdo x1
Total: $ 1.480 (pagado con tarjeta)

PedidosYa""",
    ),
    m(
        "py2o",
        "2025-10-17 11:30",
        "PedidosYa <promociones@pedidosya.com>",
        "Ofertas de hasta 50 % OFF solo por hoy",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#fa0050">¡Viernes de ofertas!</h2>
<p>Hasta <b>50 % OFF</b> en tus restaurantes favoritos y envío gratis con Plus.</p>
<p><a href="https://www.pedidosya.com.uy/ofertas?utm_medium=email">Pedir ahora</a></p>
<p style="font-size:10px;color:#888">Válido hoy hasta las 23:59. <a href="https://www.pedidosya.com.uy/unsubscribe">Cancelar suscripción</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.pedidosya.com.uy/unsubscribe>"},
    ),
    m(
        "py3l",
        "2025-12-05 18:00",
        "PedidosYa Plus <promociones@pedidosya.com>",
        "Florencia, tenemos una oferta para vos: 3 meses de Plus gratis",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Florencia, sumate a <b>PedidosYa Plus</b> y disfrutá envíos gratis ilimitados y descuentos exclusivos.</p>
<p><b>Oferta:</b> 3 meses gratis, después $ 249 por mes. Cancelás cuando quieras.</p>
<p><a href="https://www.pedidosya.com.uy/plus?promo=3M">Activar Plus</a></p>
<p style="font-size:10px;color:#888"><a href="https://www.pedidosya.com.uy/unsubscribe">Cancelar suscripción</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.pedidosya.com.uy/unsubscribe>"},
    ),
    m(
        "py4r",
        "2026-01-10 13:12",
        "PedidosYa <no-reply@pedidosya.com>",
        "Recibo de tu pedido en Farmashop",
        N(),
        """¡Gracias por tu pedido, Florencia!

Farmashop Pocitos
- Protector solar FPS 50 200 ml x1
- Repelente de insectos x1
Subtotal: $ 1.238 · Envío: $ 0 · Total: $ 1.238

Entregado a las 13:10.
PedidosYa""",
    ),
    m(
        "ml1c",
        "2025-10-19 22:40",
        "Mercado Libre <info@mercadolibre.com.uy>",
        "¡Compraste! Balanza de cocina digital 5 kg",
        N(),
        """Hola Florencia,

¡Tu compra está confirmada!

Balanza de cocina digital 5 kg – acero inoxidable
$ 990 · 1 unidad
Vendedor: HOGARUY_STORE

Te avisaremos cuando el vendedor despache tu paquete.

Mercado Libre""",
    ),
    m(
        "ml2d",
        "2025-10-22 15:17",
        "Mercado Libre <info@mercadolibre.com.uy>",
        "Tu paquete fue entregado",
        N(),
        """Hola Florencia,

Entregamos tu paquete: Balanza de cocina digital 5 kg.

¿Tuviste algún problema? Tenés 30 días para devolverlo.

Mercado Libre""",
    ),
    m(
        "ml3e",
        "2025-11-01 10:05",
        "Mercado Libre <info@mercadolibre.com.uy>",
        "¿Qué te pareció tu balanza de cocina?",
        N(),
        """Florencia, contanos qué te pareció tu compra. Tu opinión ayuda a otros compradores.

★★★★★ Calificar: https://www.mercadolibre.com.uy/opiniones/MLU628817720

Mercado Libre""",
    ),
    m(
        "sp1r",
        "2025-09-14 04:12",
        "Spotify <no-reply@spotify.com>",
        "Your receipt from Spotify",
        N("en"),
        """Hi Florencia,

Thanks for your payment for Spotify Premium Individual.

Date: 14 September 2025
Amount: UYU 259.00
Payment method: Visa ending in 2291

Manage your account: https://www.spotify.com/account

Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden""",
    ),
    m(
        "nf1u",
        "2025-12-08 12:50",
        "Netflix <info@mailer.netflix.com>",
        "Actualizá tu método de pago",
        N(),
        """Hola, Florencia:

No pudimos procesar el pago de tu membresía. Actualizá tu información de pago para seguir
viendo Netflix sin interrupciones.

Actualizar cuenta: https://www.netflix.com/YourAccount

El equipo de Netflix""",
    ),
    m(
        "go1s",
        "2025-10-25 20:03",
        "Google <no-reply@accounts.google.com>",
        "Alerta de seguridad",
        N(),
        """Nuevo acceso en Android

ftecheraolivera@gmail.com

Detectamos un nuevo acceso a tu Cuenta de Google desde un dispositivo Android (Samsung
Galaxy A54). Si fuiste tú, no es necesario que hagas nada. Si no, te ayudaremos a proteger tu
cuenta.

Revisar actividad: https://myaccount.google.com/notifications

Te enviamos este correo electrónico para informarte sobre cambios importantes en tu Cuenta y
en los servicios de Google.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    ),
    m(
        "cs1c",
        "2025-11-09 16:22",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Congratulations, Florencia! Your certificate is ready",
        N("en"),
        """Congratulations, Florencia!

You've completed Food Safety and Hygiene: HACCP Principles, offered by an accredited partner.
Your course certificate is ready to share.

View certificate: https://www.coursera.org/account/accomplishments/certificate/9QK2LX8T

Add it to your LinkedIn profile to show your new skills.

Coursera | 2440 W El Camino Real, Suite 500, Mountain View, CA 94040""",
    ),
    m(
        "cs2t",
        "2026-01-18 14:00",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Recommended for you: Nutrition and Lifestyle in Pregnancy",
        N("en"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Florencia,</p><p>Based on your interests, we think you'll like these courses:</p>
<ul><li><a href="https://www.coursera.org/learn/nutrition-pregnancy">Nutrition and Lifestyle in Pregnancy</a></li>
<li><a href="https://www.coursera.org/learn/sports-nutrition">Sports Performance Nutrition</a></li></ul>
<p style="font-size:10px;color:#888"><a href="https://www.coursera.org/account-settings">Unsubscribe</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.coursera.org/account-settings>"},
    ),
    m(
        "bb1r",
        "2025-12-16 20:55",
        "Buquebus <reservas@buquebus.com>",
        "Confirmación de reserva – Montevideo ✈ Buenos Aires",
        N(),
        """Estimada FLORENCIA TECHERA:

Su reserva fue confirmada.

Localizador: BQB7Q2KL
Ida: 27/12/2025 – Montevideo 08:30 → Buenos Aires 10:45 (Francisco)
Vuelta: 30/12/2025 – Buenos Aires 19:30 → Montevideo 21:45
Pasajeros: 1 adulto · Clase Turista

Recuerde presentarse 1 hora antes con su documento de identidad vigente.

Buquebus""",
    ),
    m(
        "bb2c",
        "2025-12-26 09:00",
        "Buquebus <reservas@buquebus.com>",
        "Ya podés hacer el check-in online",
        N(),
        """Hola Florencia, tu viaje BQB7Q2KL sale mañana. Hacé el check-in online y ahorrá tiempo:
https://www.buquebus.com/checkin?loc=BQB7Q2KL

¡Buen viaje!
Buquebus""",
    ),
    m(
        "ub1x",
        "2025-11-18 07:31",
        "Uber <noreply@uber.com>",
        "Tu viaje del martes por la mañana con Uber",
        N(),
        """Gracias por viajar, Florencia

Total: UYU 412,00
18 de noviembre de 2025

Desde: Benito Blanco 1141, Montevideo (06:58)
Hasta: Terminal Tres Cruces, Montevideo (07:14)

Pagado con Visa ••2291
Uber B.V.""",
    ),
    m(
        "bs1g",
        "2026-01-20 11:10",
        "BSE <comunicaciones@bse.com.uy>",
        "Oferta especial: asegurá tu hogar con 15 % de descuento",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Florencia, ¿te mudaste? Protegé tu nuevo hogar con el <b>Seguro de Hogar BSE</b>.</p>
<p>Oferta especial para clientes: <b>15 % de descuento</b> el primer año contratando online.</p>
<p><a href="https://www.bse.com.uy/hogar?utm_source=mail">Cotizar ahora</a></p>
<p style="font-size:10px;color:#888">Banco de Seguros del Estado. <a href="https://www.bse.com.uy/baja">No recibir más</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.bse.com.uy/baja>"},
    ),
    m(
        "fs1x",
        "2025-12-12 09:15",
        "Farmashop <novedades@farmashop.com.uy>",
        "Protegete del sol: 2x1 en protectores solares ☀️",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#e4002b">Verano Farmashop</h2>
<p><b>2x1</b> en protectores solares seleccionados y 20 % OFF en repelentes.</p>
<p><a href="https://www.farmashop.com.uy/verano">Ver ofertas</a></p>
<p style="font-size:10px;color:#888"><a href="https://www.farmashop.com.uy/baja">Desuscribirme</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.farmashop.com.uy/baja>"},
    ),
    m(
        "mo1v",
        "2026-01-24 16:40",
        "Movie <entradas@movie.com.uy>",
        "Tus entradas para Montevideo Shopping",
        N(),
        """Hola Florencia,

Estas son tus entradas:

Película: Zootopia 2 (Castellano)
Sala 6 · Sábado 24/01/2026 · 19:30
Butacas: F7, F8

Presentá el código QR en la entrada.
Movie – Montevideo Shopping""",
    ),
    m(
        "eo1n",
        "2025-10-13 07:00",
        "El Observador <newsletter@elobservador.com.uy>",
        "Empleo: qué buscan las empresas uruguayas en 2026 y cómo prepararse para la entrevista",
        N(),
        html="""<html><body style="font-family:Georgia,serif">
<p><b>El Observador · Newsletter Economía y Empresas</b></p>
<h3>Qué buscan las empresas uruguayas en 2026</h3>
<p>Las consultoras de recursos humanos coinciden: las habilidades blandas pesan cada vez más en
los procesos de selección. Consejos para la entrevista laboral, el currículum y LinkedIn.</p>
<p><a href="https://www.elobservador.com.uy/nota/empleo-2026">Leer nota</a></p>
<h3>Exportaciones lácteas crecen 8 % en el tercer trimestre</h3>
<p>Las cooperativas del sector destacan la recuperación de precios en Argelia y Brasil.</p>
<p style="font-size:10px;color:#888">Recibís este newsletter porque te suscribiste en elobservador.com.uy. <a href="https://www.elobservador.com.uy/newsletter/baja">Baja</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.elobservador.com.uy/newsletter/baja>"},
    ),
    m(
        "ut3h",
        "2026-01-20 05:14",
        "UTE <facturadigital@ute.com.uy>",
        "Tu factura de UTE – enero 2026",
        N(),
        """Hola FLORENCIA TECHERA:

Tu factura de energía eléctrica ya está disponible.

Cuenta: 4100 8813 22
Período: 12/12/2025 – 11/01/2026
Consumo: 231 kWh
Importe: $ 2.702
Vencimiento: 02/02/2026

Tip de verano: el aire acondicionado a 24 °C consume hasta 30 % menos.
UTE – Administración Nacional de Usinas y Trasmisiones Eléctricas""",
    ),
    m(
        "bo8d",
        "2025-11-24 06:30",
        "Banco Oriental <notificaciones@bancoriental.example>",
        "Débito de cuota – Préstamo PC-2025-1183307",
        N(),
        """Hola Florencia:

Debitamos la cuota 1 de 24 de tu Préstamo Consumo PC-2025-1183307.

  Importe debitado: $ 6.912
  Cuenta: Caja de Ahorro $ terminada en 4471
  Próximo vencimiento: 24/12/2025

Banco Oriental""",
    ),
    m(
        "ml4o",
        "2025-12-11 09:00",
        "Mercado Libre <ofertas@mercadolibre.com.uy>",
        "Ofertas del día: hasta 45 % OFF en cocina",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="background:#fff159;padding:8px">Ofertas del día</h2>
<p>Licuadoras, mixers y sartenes con <b>hasta 45 % OFF</b> y envío gratis en 24 h.</p>
<p><a href="https://www.mercadolibre.com.uy/ofertas?utm_source=email">Ver ofertas</a></p>
<p style="font-size:10px;color:#888"><a href="https://www.mercadolibre.com.uy/suscripciones">Dejar de recibir</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.mercadolibre.com.uy/suscripciones>"},
    ),
    m(
        "in3r",
        "2026-01-03 12:20",
        "Inmobiliaria Trouville <cobranzas@inmotrouville.example>",
        "Recibo de alquiler – enero 2026 – Benito Blanco 1141/502",
        N(),
        """Estimada inquilina:

Adjuntamos el recibo correspondiente al alquiler de enero 2026 del inmueble Benito Blanco 1141
apto. 502. Recordamos que el pago vence el día 10 de cada mes.

Importe: $ 28.500
Depósito: BROU cuenta 001-5521870-00002 (Inmobiliaria Trouville) – indicar Ref. 3318

Cobranzas – Inmobiliaria Trouville""",
    ),
    m(
        "py5b",
        "2025-11-14 21:02",
        "PedidosYa <no-reply@pedidosya.com>",
        "Tu pedido está en camino 🛵",
        N(),
        """¡Hola Florencia!

Tu pedido de La Pasiva Pocitos ya salió. Llega aproximadamente a las 21:40.

Pedido #331904552
- Chivito al plato x1
- Agua sin gas 600 ml x1
Total: $ 690

PedidosYa""",
    ),
]

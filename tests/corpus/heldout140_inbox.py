# ruff: noqa: E501, RUF100
"""Corpus 140, the ordinary inbox part one (data only): see heldout140.py.

Services, bills and paperwork of a Santiago inbox, with the look-alikes on purpose (an arriendo
"postulación" and its DocuSign contract, credit-card "solicitudes", a diplomado admission
"entrevista", payroll slips, calendar invitations that are not interviews)."""

from __future__ import annotations

from heldout140_jobs import N, ics, m, mu

ISAPRE = "Isapre Araucaria <notificaciones@isaprearaucaria.example>"
SII = "Servicio de Impuestos Internos <notificaciones@sii.cl>"
METRO = "Metro de Santiago <cargas@metro.cl>"
CORREDORA = "Paulina Zamorano | Propiedades Los Leones <pzamorano@propiedadesleones.example>"
PEHUEN = "Banco Pehuén <notificaciones@bancopehuen.example>"
PUELCHE = "Supermercados Puelche <ofertas@puelche.example>"
LUZ = "Luz Capital <boletas@luzcapital.example>"
MOVILINK = "Movilink <facturacion@movilink.example>"
BUK = "Buk <notificaciones@buk.cl>"
DENTAL = "Clínica Dental Plaza Ñuñoa <agenda@dentalplazanunoa.example>"
UMP = "Educación Continua UMP <postulaciones.ec@ump.example>"


def puelche_html(title: str, items: list[tuple[str, str]], foot: str) -> str:
    rows = "".join(
        f'<tr><td style="padding:6px 10px">{name}</td><td style="padding:6px 10px;color:#c8102e;font-weight:bold">{price}</td></tr>'
        for name, price in items
    )
    return f"""\
<html><body style="font-family:Arial,sans-serif;background:#fff8e7">
<table width="600" align="center" style="background:#fff">
<tr><td style="background:#c8102e;color:#fff;padding:16px;font-size:22px;font-weight:bold">Puelche · {title}</td></tr>
<tr><td style="padding:16px"><p>Hola Josefina, ¡aprovecha las ofertas de esta semana en tu Puelche de Irarrázaval y en puelche.example!</p>
<table>{rows}</table>
<p><a href="https://www.puelche.example/ofertas?utm_source=newsletter&amp;utm_medium=email">Ver todas las ofertas</a></p>
<p style="font-size:11px;color:#777">{foot} Precios válidos hasta agotar stock. No acumulable con otras promociones.
Si no quieres recibir más correos, <a href="https://www.puelche.example/desuscribir?e=josefina.aravenau">desuscríbete aquí</a>.</p>
</td></tr></table></body></html>"""


def buk_text(mes: str, empresa: str, rut: str) -> str:
    return f"""\
Hola Josefina,

Tu liquidación de sueldo de {mes} ya está disponible en Buk.

Empresa: {empresa} (RUT {rut})
Período: {mes}

Puedes verla y descargarla desde la app o en https://app.buk.cl/empleados/liquidaciones

Recuerda que también puedes revisar tus vacaciones, solicitar certificados y actualizar tus
datos personales desde tu perfil.

Equipo Buk
Este es un correo automático, por favor no lo respondas."""


def bip_text(monto: str, tarjeta: str, fecha: str, code: str) -> str:
    return f"""\
Comprobante de carga Tarjeta bip!

Estimado(a) usuario(a):

Tu carga se realizó con éxito.

  N° Tarjeta bip!: {tarjeta}
  Monto cargado: {monto}
  Fecha: {fecha}
  Medio de pago: Tarjeta de débito ****4471
  Código de transacción: {code}

Recuerda que la carga debe ser activada en un tótem o validador dentro de los próximos 30 días.

Metro de Santiago
Este correo es generado automáticamente, por favor no responder."""


MAIL = [
    # --- Isapre ---
    m(
        "ib01",
        "2025-09-05 13:22",
        ISAPRE,
        "Tu solicitud de reembolso N° 8821340 fue aprobada",
        N(),
        html="""\
<html><body style="font-family:Arial;color:#333">
<p><img src="https://www.isaprearaucaria.example/img/logo-mail.png" alt="Isapre Araucaria"></p>
<p>Estimada Josefina Aravena Urrutia:</p>
<p>Tu solicitud de reembolso <b>N° 8821340</b> fue <b>aprobada</b>.</p>
<table cellpadding="4"><tr><td>Prestación</td><td>Consulta médica especialidad (Dermatología)</td></tr>
<tr><td>Monto solicitado</td><td>$45.000</td></tr><tr><td>Monto bonificado</td><td>$27.000</td></tr>
<tr><td>Forma de pago</td><td>Depósito en cuenta Banco Pehuén ****2290</td></tr></table>
<p>El depósito se verá reflejado en un plazo de 3 días hábiles.</p>
<p>Saludos,<br>Isapre Araucaria</p>
<p style="font-size:11px;color:#888">Este correo es informativo. Para consultas ingresa a tu Sucursal Virtual.</p>
</body></html>""",
    ),
    m(
        "ib02",
        "2025-10-14 08:40",
        ISAPRE,
        "Tu estado de cuenta de excedentes – septiembre 2025",
        N(),
        text="""\
Estimada afiliada:

Ya está disponible tu estado de cuenta de excedentes correspondiente a septiembre de 2025.

  Saldo anterior: $38.412
  Excedentes del período: $6.210
  Uso de excedentes: $0
  Saldo disponible: $44.622

Recuerda que puedes usar tus excedentes para pagar copagos de prestaciones médicas, lentes ópticos
o medicamentos en farmacias en convenio.

Isapre Araucaria
Sucursal Virtual: https://sucursal.isaprearaucaria.example""",
    ),
    m(
        "ib03",
        "2025-11-20 11:05",
        ISAPRE,
        "Reembolso depositado",
        N(),
        text="""\
Hola Josefina,

Te informamos que el reembolso N° 8934417 por $18.900 (exámenes de laboratorio) fue depositado
hoy en tu cuenta Banco Pehuén ****2290.

Isapre Araucaria""",
    ),
    m(
        "ib04",
        "2025-12-11 10:00",
        "Isapre Araucaria <contigo@isaprearaucaria.example>",
        "Josefina, ¿ya hiciste tu chequeo preventivo este año? 🩺",
        N(),
        html="""\
<div style="font-family:Arial;max-width:560px;color:#2d2d2d">
<h2 style="color:#1c7c54">Tu salud primero</h2>
<p>Hola Josefina, el Examen de Medicina Preventiva (EMPA) es gratuito para afiliados y toma menos de una hora.</p>
<p>Agenda en cualquiera de nuestros centros en convenio antes del 31 de diciembre y participa en el sorteo de una gift card de $100.000.</p>
<p><a href="https://www.isaprearaucaria.example/empa?utm_campaign=empa_dic">Agendar mi chequeo</a></p>
<p style="font-size:11px;color:#888">Isapre Araucaria S.A. · Para dejar de recibir comunicaciones comerciales <a href="https://www.isaprearaucaria.example/preferencias">haz clic aquí</a>.</p>
</div>""",
    ),
    m(
        "ib05",
        "2026-02-16 09:30",
        ISAPRE,
        "Actualizamos los datos de tu empleador",
        N(),
        text="""\
Estimada Josefina Aravena Urrutia:

Te informamos que tu nuevo empleador, MONEDI SPA (RUT 77.412.908-3), informó tu incorporación a
partir del 02/02/2026. A contar de la remuneración de febrero, tu cotización de salud será
descontada y pagada por este empleador.

Tu plan de salud, tus beneficiarios y tus excedentes no cambian. Si tu nuevo empleador ofrece
un seguro complementario, puedes informarlo en tu Sucursal Virtual para agilizar tus reembolsos.

Saludos cordiales,
Isapre Araucaria""",
    ),
    # --- SII ---
    m(
        "ib06",
        "2025-09-15 19:48",
        SII,
        "Boleta de Honorarios Electrónica N° 31",
        N(),
        text="""\
SERVICIO DE IMPUESTOS INTERNOS

Se ha emitido la siguiente Boleta de Honorarios Electrónica:

  N° Boleta: 31
  Emisor: JOSEFINA ARAVENA URRUTIA
  Receptor: CAFÉ RAÍCES SPA
  Fecha: 15/09/2025
  Total honorarios: $450.000
  Retención (15,25%): $68.625

Puede consultar y descargar el documento en www.sii.cl, menú Servicios online, Boletas de
honorarios electrónicas.

Este correo ha sido enviado automáticamente; por favor no lo responda.""",
    ),
    m(
        "ib07",
        "2025-11-03 22:17",
        SII,
        "SII: Modificación de Clave Tributaria",
        N(),
        text="""\
Estimado(a) contribuyente:

Le informamos que con fecha 03/11/2025 a las 22:16 se modificó la Clave Tributaria asociada al
RUT 18.***.***-K.

Si usted no realizó este cambio, ingrese a www.sii.cl y recupere su clave de inmediato, o
comuníquese con la Mesa de Ayuda al +56 2 2395 1115.

Servicio de Impuestos Internos""",
    ),
    m(
        "ib08",
        "2026-01-22 18:02",
        SII,
        "Boleta de Honorarios Electrónica N° 34",
        N(),
        text="""\
SERVICIO DE IMPUESTOS INTERNOS

Se ha emitido la siguiente Boleta de Honorarios Electrónica:

  N° Boleta: 34
  Emisor: JOSEFINA ARAVENA URRUTIA
  Receptor: CAFÉ RAÍCES SPA
  Fecha: 22/01/2026
  Total honorarios: $450.000
  Retención (15,25%): $68.625

Puede consultar y descargar el documento en www.sii.cl.

Este correo ha sido enviado automáticamente; por favor no lo responda.""",
    ),
    # --- Metro / bip! ---
    m(
        "ib09",
        "2025-09-08 07:52",
        METRO,
        "Comprobante de carga Tarjeta bip!",
        N(),
        text=bip_text("$15.000", "08 6612 3344", "08/09/2025 07:51", "MT-2509087751-4419"),
    ),
    m(
        "ib10",
        "2025-09-16 13:00",
        "Metro de Santiago <noticias@metro.cl>",
        "Horarios de servicio para Fiestas Patrias 🇨🇱",
        N(),
        html="""\
<div style="font-family:Arial;max-width:600px">
<p><img src="https://www.metro.cl/img/mailing/cabecera-fiestas-patrias.jpg" alt="Metro de Santiago" width="600"></p>
<p>Estas Fiestas Patrias, Metro funcionará con horario especial:</p>
<ul><li><b>Miércoles 17:</b> horario normal, cierre extendido hasta las 23:30.</li>
<li><b>Jueves 18 y viernes 19:</b> horario de festivo, de 9:00 a 23:00.</li>
<li><b>Sábado 20:</b> de 6:30 a 23:00.</li></ul>
<p>Estación Parque O'Higgins de Línea 2 tendrá accesos especiales para las Fondas.</p>
<p>¡Felices Fiestas Patrias!</p>
<p style="font-size:11px;color:#777">Recibes este correo porque estás suscrito(a) a las noticias de Metro. <a href="https://www.metro.cl/suscripcion/baja">Anular suscripción</a></p>
</div>""",
    ),
    m(
        "ib11",
        "2025-10-27 08:05",
        METRO,
        "Comprobante de carga Tarjeta bip!",
        N(),
        text=bip_text("$20.000", "08 6612 3344", "27/10/2025 08:04", "MT-2510278004-9921"),
    ),
    m(
        "ib12",
        "2025-12-15 18:33",
        METRO,
        "Comprobante de carga Tarjeta bip!",
        N(),
        text=bip_text("$10.000", "08 6612 3344", "15/12/2025 18:32", "MT-2512151832-0187"),
    ),
    m(
        "ib13",
        "2026-01-28 07:41",
        METRO,
        "Comprobante de carga Tarjeta bip!",
        N(),
        text=bip_text("$20.000", "08 6612 3344", "28/01/2026 07:40", "MT-2601280740-3366"),
    ),
    # --- arriendo: visita, postulación, aprobada, contrato DocuSign, cobros ---
    m(
        "ib14",
        "2025-10-02 15:10",
        CORREDORA,
        "Visita depto. Av. Irarrázaval 3450 #805 – sábado 4/10",
        N(),
        text="""\
Hola Josefina,

Confirmo la visita al departamento de Av. Irarrázaval 3450, depto. 805 (2D1B, 58 m², Ñuñoa) para
el sábado 4 de octubre a las 11:00. Te envío la invitación al calendario; me encuentras en el
hall del edificio.

Valor arriendo: 14,5 UF mensuales + gastos comunes aprox. $95.000.

Saludos,
Paulina Zamorano
Ejecutiva de Arriendos · Propiedades Los Leones
+56 9 7765 2201""",
        ics=ics(
            "5k2h8m1q4n7c0x3z9v6b1g4f8d@google.com",
            "2025-10-04 11:00",
            "Visita depto Irarrázaval 3450 #805",
            ("Paulina Zamorano", "pzamorano@propiedadesleones.example"),
            minutes=30,
            location="Av. Irarrázaval 3450, Ñuñoa",
        ),
    ),
    m(
        "ib15",
        "2025-10-06 12:44",
        CORREDORA,
        "Postulación recibida – Irarrázaval 3450 #805",
        N(),
        text="""\
Hola Josefina,

Recibimos tu postulación para arrendar el departamento de Av. Irarrázaval 3450, depto. 805.
Para que el propietario pueda evaluarla necesitamos los siguientes documentos:

  1. Copia de cédula de identidad por ambos lados
  2. Tres últimas liquidaciones de sueldo
  3. Certificado de cotizaciones AFP de los últimos 12 meses
  4. Contrato de trabajo o certificado de antigüedad laboral
  5. Informe comercial (Dicom Platinum 360)
  6. Datos de un aval o codeudor solidario, con los mismos documentos

La renta líquida del grupo familiar debe ser al menos 3 veces el valor del arriendo.

Una vez completa la carpeta, la evaluación demora entre 2 y 3 días hábiles.

Saludos,
Paulina Zamorano
Propiedades Los Leones""",
    ),
    m(
        "ib16",
        "2025-10-08 17:21",
        CORREDORA,
        "RE: Postulación recibida – Irarrázaval 3450 #805",
        N(),
        text="""\
Hola Josefina, gracias por los documentos. Solo falta el informe comercial de tu aval (tu papá,
¿cierto?). Con eso paso la carpeta al propietario hoy mismo.

Paulina

-----Mensaje original-----
De: Josefina Aravena Urrutia <josefina.aravenau@gmail.com>
Enviado el: miércoles, 8 de octubre de 2025 9:12
Asunto: Re: Postulación recibida – Irarrázaval 3450 #805

Hola Paulina, te adjunto mis liquidaciones, el certificado de AFP, el contrato y el Dicom.
Saludos, Josefina""",
    ),
    m(
        "ib17",
        "2025-10-10 13:55",
        CORREDORA,
        "¡Tu postulación fue aprobada! – Irarrázaval 3450 #805",
        N(),
        text="""\
¡Felicitaciones, Josefina!

El propietario aprobó tu postulación para arrendar el departamento de Av. Irarrázaval 3450,
depto. 805. Los próximos pasos:

  - Firma electrónica del contrato de arrendamiento (te llegará por DocuSign)
  - Pago de mes de garantía (14,5 UF) + primer mes de arriendo + comisión de corretaje (50%)
  - Entrega de llaves e inventario: sábado 1 de noviembre

Cualquier duda, me escribes.

Paulina Zamorano
Propiedades Los Leones""",
    ),
    m(
        "ib18",
        "2025-10-14 11:30",
        "Propiedades Los Leones via DocuSign <dse_NA3@docusign.net>",
        "Completar con DocuSign: Contrato de Arrendamiento Irarrázaval 3450 depto 805",
        N(),
        reply_to="pzamorano@propiedadesleones.example",
        html="""\
<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" alt="DocuSign" width="116">
<div style="background:#1e4ca1;color:#fff;padding:24px;margin:16px 0;text-align:center">
<p style="font-size:18px">Paulina Zamorano le envió un documento para revisar y firmar.</p>
<a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=7f3e2d1c-0b9a-4c8d-a7e6-5f4e3d2c1b0a&amp;etti=24" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a></div>
<p><b>Paulina Zamorano</b><br>pzamorano@propiedadesleones.example</p>
<p>Josefina: adjunto contrato de arrendamiento para tu firma. Firman también el propietario y tu aval. Saludos.</p>
<p style="font-size:11px;color:#666"><b>No comparta este email</b><br>Este email contiene un enlace seguro a DocuSign. No comparta este email, enlace o código de acceso con otras personas.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "ib19",
        "2025-11-03 09:00",
        "Cobranza Propiedades Los Leones <cobranza@propiedadesleones.example>",
        "Aviso de cobro arriendo noviembre 2025 – Irarrázaval 3450 #805",
        N(),
        text="""\
Estimada Josefina Aravena Urrutia:

Le recordamos que el arriendo de noviembre 2025 del inmueble ubicado en Av. Irarrázaval 3450,
depto. 805, Ñuñoa, vence el día 5 del presente mes.

  Valor: 14,5 UF ($571.836 al valor UF del 03/11/2025)
  Transferir a: Propiedades Los Leones SpA, Banco Pehuén, cta. cte. 0012-44871-09
  Enviar comprobante a: cobranza@propiedadesleones.example

Atentamente,
Departamento de Cobranza""",
    ),
    m(
        "ib20",
        "2026-01-02 09:00",
        "Cobranza Propiedades Los Leones <cobranza@propiedadesleones.example>",
        "Aviso de cobro arriendo enero 2026 – Irarrázaval 3450 #805",
        N(),
        text="""\
Estimada Josefina Aravena Urrutia:

Le recordamos que el arriendo de enero 2026 del inmueble ubicado en Av. Irarrázaval 3450,
depto. 805, Ñuñoa, vence el día 5 del presente mes.

  Valor: 14,5 UF ($574.120 al valor UF del 02/01/2026)
  Transferir a: Propiedades Los Leones SpA, Banco Pehuén, cta. cte. 0012-44871-09

Atentamente,
Departamento de Cobranza""",
    ),
    # --- tarjetas y créditos ---
    m(
        "ib21",
        "2025-09-19 12:00",
        "Banco Austral <novedades@bancoaustral.example>",
        "Josefina, tienes una Tarjeta de Crédito Austral Signature pre-aprobada 💳",
        N(),
        html="""\
<html><body style="margin:0;font-family:Arial,sans-serif;background:#f3f5f9">
<table width="600" align="center" style="background:#fff">
<tr><td style="background:#0d2b5c;padding:18px"><img src="https://www.bancoaustral.example/mailing/logo-blanco.png" alt="Banco Austral" height="32"></td></tr>
<tr><td style="padding:24px">
<h1 style="color:#0d2b5c;font-size:24px">¡Josefina, tu oferta está lista!</h1>
<p>Tienes una <b>Tarjeta de Crédito Austral Signature pre-aprobada</b> con un cupo de hasta <b>$3.500.000</b>.</p>
<ul><li>Sin costo de mantención el primer año</li><li>Acumula AustralPuntos en todas tus compras</li><li>6 cuotas sin interés en Fiestas Patrias</li></ul>
<p style="text-align:center"><a href="https://www.bancoaustral.example/tarjetas/preaprobada?c=TC-SIG-0925&amp;utm_source=email" style="background:#f5a623;color:#0d2b5c;padding:12px 26px;text-decoration:none;font-weight:bold">Solicítala en 5 minutos</a></p>
<p style="font-size:11px;color:#777">Oferta pre-aprobada sujeta a evaluación crediticia y a las condiciones vigentes al momento de la contratación. Válida hasta el 31/10/2025.
CAE referencial 32,4%. Infórmese sobre la garantía estatal de los depósitos en su banco o en www.cmfchile.cl.
Banco Austral es parte de Grupo Austral. Si no deseas recibir más ofertas, <a href="https://www.bancoaustral.example/desuscribir">haz clic aquí</a>.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "ib22",
        "2025-10-22 16:15",
        PEHUEN,
        "Tu solicitud de Tarjeta de Crédito está en evaluación",
        N(),
        text="""\
Hola Josefina:

Recibimos tu solicitud de Tarjeta de Crédito Pehuén Visa Platinum, N° de solicitud 0045512.

Nuestro equipo de riesgo está evaluando tus antecedentes. Te informaremos el resultado en un
plazo máximo de 3 días hábiles. No es necesario que envíes documentos adicionales.

Banco Pehuén
Nunca te pediremos tus claves ni coordenadas por correo electrónico.""",
    ),
    m(
        "ib23",
        "2025-10-24 10:02",
        PEHUEN,
        "¡Tu Tarjeta de Crédito Pehuén Visa Platinum fue aprobada!",
        N(),
        text="""\
¡Felicitaciones, Josefina!

Tu solicitud N° 0045512 fue aprobada. Tu nueva Tarjeta de Crédito Pehuén Visa Platinum tiene un
cupo nacional de $2.800.000 y un cupo internacional de USD 1.500.

La recibirás en tu domicilio (Av. Irarrázaval 3450, depto. 805, Ñuñoa) en un plazo de 5 días
hábiles. Recuerda activarla en la app Pehuén.

Banco Pehuén""",
    ),
    m(
        "ib24",
        "2025-11-28 09:10",
        "Financiera Cóndor <ofertas@financieracondor.example>",
        "CyberMonday: crédito de consumo pre-aprobado hasta $8.000.000 🔥",
        N(),
        html="""\
<div style="font-family:Arial;max-width:560px">
<p>Josefina, <b>tienes un crédito de consumo pre-aprobado</b> de hasta $8.000.000 en 48 cuotas.</p>
<p>Primera cuota en marzo 2026 · Tasa preferente solo por este CyberMonday.</p>
<p><a href="https://www.financieracondor.example/credito-preaprobado?rut=18xxxxxx&amp;utm_campaign=cyber">Simula y solicita aquí</a></p>
<p style="font-size:10px;color:#888">Oferta sujeta a evaluación comercial. CAE referencial 28,9%. Costo total del crédito referencial $11.402.880.</p>
</div>""",
    ),
    # --- Banco Pehuén: cartolas, transferencias, alertas ---
    m(
        "ib25",
        "2025-09-21 14:02",
        PEHUEN,
        "Comprobante de transferencia",
        N(),
        text="""\
Comprobante de Transferencia de Fondos

  Fecha: 21/09/2025 14:01
  Monto: $18.000
  Cuenta de origen: Cuenta Corriente ****2290
  Destinatario: Nicolás Fuentes Ríos
  Banco destino: Banco Estado
  Mensaje: asado 18 🍖
  N° de operación: 1174482901

Banco Pehuén""",
    ),
    m(
        "ib26",
        "2025-10-09 06:15",
        PEHUEN,
        "Tu cartola de septiembre 2025 está disponible",
        N(),
        text="""\
Hola Josefina:

Tu cartola de Cuenta Corriente ****2290 correspondiente a septiembre de 2025 ya está disponible en
la app y en Banca en Línea.

Banco Pehuén""",
    ),
    m(
        "ib27",
        "2025-11-05 10:44",
        PEHUEN,
        "Comprobante de transferencia",
        N(),
        text="""\
Comprobante de Transferencia de Fondos

  Fecha: 05/11/2025 10:43
  Monto: $571.836
  Cuenta de origen: Cuenta Corriente ****2290
  Destinatario: Propiedades Los Leones SpA
  Banco destino: Banco Pehuén
  Mensaje: Arriendo nov Irarrazaval 805
  N° de operación: 1181093377

Banco Pehuén""",
    ),
    m(
        "ib28",
        "2025-11-29 23:48",
        PEHUEN,
        "Alerta: compra con tu Tarjeta de Crédito",
        N(),
        text="""\
Hola Josefina:

Se realizó una compra con tu Tarjeta de Crédito Pehuén Visa Platinum terminada en 8815:

  Comercio: TIENDAZO.EXAMPLE
  Monto: $189.990
  Fecha: 29/11/2025 23:47

Si no reconoces esta compra, llámanos de inmediato al 600 600 4400.

Banco Pehuén""",
    ),
    m(
        "ib29",
        "2025-12-09 06:15",
        PEHUEN,
        "Tu cartola de noviembre 2025 está disponible",
        N(),
        text="""\
Hola Josefina:

Tu cartola de Cuenta Corriente ****2290 correspondiente a noviembre de 2025 ya está disponible en
la app y en Banca en Línea.

Banco Pehuén""",
    ),
    m(
        "ib30",
        "2026-01-30 11:20",
        PEHUEN,
        "Abono recibido en tu cuenta",
        N(),
        text="""\
Hola Josefina:

Recibiste un abono en tu Cuenta Corriente ****2290:

  Monto: $1.412.560
  Origen: KILTRO STORE SPA
  Glosa: REMUNERACIONES Y FINIQUITO
  Fecha: 30/01/2026

Banco Pehuén""",
    ),
    # --- supermercado: "ofertas" ---
    m(
        "ib31",
        "2025-09-11 08:00",
        PUELCHE,
        "🇨🇱 Ofertas dieciocheras: todo para tu asado",
        N(),
        html=puelche_html(
            "Ofertas Fiestas Patrias",
            [
                ("Lomo vetado al vacío kg", "$12.990"),
                ("Longaniza Chillán 1 kg", "$6.490"),
                ("Pack 6 Cerveza 470 cc", "$5.990"),
                ("Carbón 5 kg", "$3.990"),
            ],
            "Ofertas válidas del 11 al 19 de septiembre de 2025.",
        ),
    ),
    m(
        "ib32",
        "2025-10-16 08:00",
        PUELCHE,
        "Ofertas de la semana: frutas y verduras al mejor precio",
        N(),
        html=puelche_html(
            "Ofertas de la semana",
            [
                ("Palta Hass kg", "$3.490"),
                ("Tomate kg", "$990"),
                ("Frutillas 500 g", "$1.990"),
                ("Leche Descremada 1 L x6", "$5.490"),
            ],
            "Ofertas válidas del 16 al 22 de octubre de 2025.",
        ),
    ),
    m(
        "ib33",
        "2025-11-20 08:00",
        PUELCHE,
        "Josefina, estas ofertas son para ti",
        N(),
        html=puelche_html(
            "Ofertas personalizadas",
            [
                ("Café en grano 1 kg", "$11.990"),
                ("Detergente líquido 3 L", "$8.990"),
                ("Yogur griego x4", "$2.790"),
            ],
            "Ofertas exclusivas para socios Club Puelche, válidas hasta el 26 de noviembre de 2025.",
        ),
    ),
    m(
        "ib34",
        "2025-12-18 08:00",
        PUELCHE,
        "🎄 Ofertas de Navidad: arma tu cena",
        N(),
        html=puelche_html(
            "Ofertas de Navidad",
            [
                ("Pavo entero kg", "$4.290"),
                ("Pan de pascua 1 kg", "$4.990"),
                ("Espumante brut 750 cc", "$5.990"),
                ("Cola de mono 1 L", "$6.490"),
            ],
            "Ofertas válidas del 18 al 24 de diciembre de 2025.",
        ),
    ),
    m(
        "ib35",
        "2025-12-22 15:47",
        "Puelche Online <pedidos@puelche.example>",
        "Tu pedido #PU-7781204 va en camino 🚚",
        N(),
        text="""\
Hola Josefina,

Tu pedido #PU-7781204 salió de nuestro centro de distribución y llegará hoy entre 18:00 y 20:00
a Av. Irarrázaval 3450, depto. 805, Ñuñoa.

Productos: 23 · Total pagado: $84.310

Sigue tu pedido: https://www.puelche.example/pedidos/PU-7781204/seguimiento

Puelche Online""",
    ),
    m(
        "ib36",
        "2026-01-22 08:00",
        PUELCHE,
        "Ofertas de verano ☀️ para tus vacaciones",
        N(),
        html=puelche_html(
            "Ofertas de verano",
            [
                ("Sandía unidad", "$2.990"),
                ("Helado 2 L", "$3.490"),
                ("Bloqueador FPS 50", "$7.990"),
            ],
            "Ofertas válidas del 22 al 28 de enero de 2026.",
        ),
    ),
    # --- cuentas: luz, internet, celular (Movilink, la telco a la que postuló) ---
    m(
        "ib37",
        "2025-09-18 10:12",
        LUZ,
        "Tu boleta de septiembre ya está disponible",
        N(),
        text="""\
Hola Josefina,

Tu boleta electrónica de Luz Capital ya está disponible.

  N° cliente: 3318240-5
  Consumo: 142 kWh
  Total a pagar: $27.430
  Vencimiento: 02/10/2025

Paga en https://www.luzcapital.example/pago o activa el PAC para no preocuparte.

Luz Capital""",
    ),
    m(
        "ib38",
        "2025-10-20 10:09",
        LUZ,
        "Tu boleta de octubre ya está disponible",
        N(),
        text="""\
Hola Josefina,

Tu boleta electrónica de Luz Capital ya está disponible.

  N° cliente: 3318240-5
  Consumo: 131 kWh
  Total a pagar: $25.880
  Vencimiento: 03/11/2025

Luz Capital""",
    ),
    m(
        "ib39",
        "2025-11-19 17:30",
        LUZ,
        "Confirmación de cambio de domicilio de suministro",
        N(),
        text="""\
Estimada Josefina Aravena Urrutia:

Confirmamos el término de suministro en Av. Grecia 2210, depto. 32, Ñuñoa, y el alta a tu nombre
en Av. Irarrázaval 3450, depto. 805, Ñuñoa, a partir del 01/11/2025.

Tu nuevo N° de cliente es 3401177-2.

Luz Capital""",
    ),
    m(
        "ib40",
        "2025-10-03 12:00",
        "Fibra Andes <clientes@fibraandes.example>",
        "Agendamos tu traslado de servicio de internet",
        N(),
        text="""\
Hola Josefina,

Agendamos el traslado de tu plan Fibra 800 Mbps a tu nueva dirección:

  Dirección: Av. Irarrázaval 3450, depto. 805, Ñuñoa
  Fecha: sábado 1 de noviembre, bloque 14:00 a 18:00

Un técnico te contactará el mismo día. Si necesitas reagendar, responde este correo o llama al
600 380 2020.

Fibra Andes""",
    ),
    m(
        "ib41",
        "2025-12-03 09:40",
        "Fibra Andes <facturacion@fibraandes.example>",
        "Tu boleta Fibra Andes – diciembre",
        N(),
        text="""\
Hola Josefina, tu boleta de diciembre ya está disponible.

  Plan: Fibra 800 Mbps
  Total: $21.990
  Vence: 15/12/2025
  Pago automático con tarjeta ****8815

Fibra Andes""",
    ),
    m(
        "ib42",
        "2025-09-24 07:00",
        MOVILINK,
        "Tu boleta Movilink de septiembre",
        N(),
        html="""\
<div style="font-family:Arial;max-width:560px">
<p><img src="https://www.movilink.example/mail/logo.png" alt="Movilink"></p>
<p>Hola Josefina,</p>
<p>Ya está disponible tu boleta del plan <b>Movilink Libre 60 GB</b> (+56 9 6221 ****).</p>
<p>Total a pagar: <b>$13.990</b> · Vencimiento: 08/10/2025</p>
<p><a href="https://mi.movilink.example/boletas?utm_source=email">Ver mi boleta</a></p>
<p style="font-size:11px;color:#888">Movilink Chile S.A. · Este es un correo automático.</p>
</div>""",
    ),
    m(
        "ib43",
        "2025-10-24 07:00",
        MOVILINK,
        "Tu boleta Movilink de octubre",
        N(),
        html="""\
<div style="font-family:Arial;max-width:560px">
<p><img src="https://www.movilink.example/mail/logo.png" alt="Movilink"></p>
<p>Hola Josefina,</p>
<p>Ya está disponible tu boleta del plan <b>Movilink Libre 60 GB</b> (+56 9 6221 ****).</p>
<p>Total a pagar: <b>$13.990</b> · Vencimiento: 07/11/2025</p>
<p><a href="https://mi.movilink.example/boletas?utm_source=email">Ver mi boleta</a></p>
<p style="font-size:11px;color:#888">Movilink Chile S.A. · Este es un correo automático.</p>
</div>""",
    ),
    m(
        "ib44",
        "2025-12-01 11:30",
        "Movilink <ofertas@movilink.example>",
        "Josefina, tienes una oferta exclusiva: duplica tus GB 🎁",
        N(),
        html="""\
<div style="font-family:Arial;max-width:560px">
<p>Hola Josefina,</p>
<p>Por ser cliente Movilink, te ofrecemos <b>pasar a 120 GB por el mismo precio</b> durante 6 meses.</p>
<p>Oferta válida hasta el 15 de diciembre. Acéptala con un clic:</p>
<p><a href="https://mi.movilink.example/ofertas/duplica?c=DUP120">Aceptar oferta</a></p>
<p style="font-size:11px;color:#888">Movilink Chile S.A. · Para no recibir más ofertas responde BAJA.</p>
</div>""",
    ),
    # --- Buk: liquidaciones (empleo actual y luego el nuevo) ---
    m(
        "ib45",
        "2025-09-30 18:10",
        BUK,
        "Tu liquidación de sueldo de septiembre 2025 está disponible",
        N(),
        text=buk_text("septiembre 2025", "KILTRO STORE SPA", "76.998.140-2"),
    ),
    m(
        "ib46",
        "2025-10-31 18:05",
        BUK,
        "Tu liquidación de sueldo de octubre 2025 está disponible",
        N(),
        text=buk_text("octubre 2025", "KILTRO STORE SPA", "76.998.140-2"),
    ),
    m(
        "ib47",
        "2025-11-28 17:55",
        BUK,
        "Tu liquidación de sueldo de noviembre 2025 está disponible",
        N(),
        text=buk_text("noviembre 2025", "KILTRO STORE SPA", "76.998.140-2"),
    ),
    m(
        "ib48",
        "2025-12-30 12:40",
        BUK,
        "Tu liquidación de sueldo de diciembre 2025 está disponible",
        N(),
        text=buk_text("diciembre 2025", "KILTRO STORE SPA", "76.998.140-2"),
    ),
    m(
        "ib49",
        "2026-02-27 19:15",
        BUK,
        "Tu liquidación de sueldo de febrero 2026 está disponible",
        N(),
        text=buk_text("febrero 2026", "MONEDI SPA", "77.412.908-3"),
    ),
    # --- dentista (con invitación) ---
    m(
        "ib50",
        "2025-10-08 12:30",
        DENTAL,
        "Confirmación de hora: martes 14 de octubre, 19:00",
        N(),
        text="""\
Estimada Josefina Aravena:

Su hora ha sido agendada:

  Profesional: Dra. Carolina Méndez (Odontología general)
  Fecha: martes 14 de octubre de 2025
  Hora: 19:00
  Sede: Av. Irarrázaval 2821, of. 302, Ñuñoa

Para confirmar o anular, responda este correo o llame al +56 2 2274 1180. Se ruega llegar 10
minutos antes.

Clínica Dental Plaza Ñuñoa""",
        ics=ics(
            "dentalplaza-44781-20251014@dentalplazanunoa.example",
            "2025-10-14 19:00",
            "Hora dental – Dra. Carolina Méndez",
            ("Clínica Dental Plaza Ñuñoa", "agenda@dentalplazanunoa.example"),
            minutes=45,
            location="Av. Irarrázaval 2821, of. 302, Ñuñoa",
        ),
    ),
    m(
        "ib51",
        "2025-10-13 10:00",
        DENTAL,
        "Recordatorio: su hora es mañana",
        N(),
        text="""\
Josefina, le recordamos su hora de mañana martes 14/10 a las 19:00 con Dra. Carolina Méndez.
Responda SI para confirmar o NO para anular.

Clínica Dental Plaza Ñuñoa""",
    ),
    m(
        "ib52",
        "2026-01-13 16:20",
        DENTAL,
        "Confirmación de hora: control y limpieza – jueves 22 de enero",
        N(),
        text="""\
Estimada Josefina Aravena:

Su hora de control y destartraje ha sido agendada para el jueves 22 de enero de 2026 a las
18:30, con Dra. Carolina Méndez, en Av. Irarrázaval 2821, of. 302, Ñuñoa.

Clínica Dental Plaza Ñuñoa""",
        ics=ics(
            "dentalplaza-46102-20260122@dentalplazanunoa.example",
            "2026-01-22 18:30",
            "Control y limpieza dental",
            ("Clínica Dental Plaza Ñuñoa", "agenda@dentalplazanunoa.example"),
            minutes=45,
            location="Av. Irarrázaval 2821, of. 302, Ñuñoa",
        ),
    ),
    # --- webinar (con invitación) ---
    m(
        "ib53",
        "2025-11-06 17:00",
        "Comunidad Growth Chile <eventos@growthchile.example>",
        "Inscripción confirmada: Webinar «GA4 + BigQuery para e-commerce»",
        N(),
        text="""\
¡Hola Josefina!

Tu inscripción al webinar «GA4 + BigQuery para e-commerce: del evento al LTV» está confirmada.

  Miércoles 12 de noviembre, 19:00 hrs (Chile)
  Expositora: Daniela Rebolledo, Analytics Lead en Rutapp
  Link de acceso: https://zoom.us/j/93155520114 (también en la invitación adjunta)

Te enviaremos la grabación a quienes se inscriban, aunque no puedan conectarse.

Nos vemos,
Comunidad Growth Chile""",
        ics=ics(
            "webinar-ga4-bq-20251112@growthchile.example",
            "2025-11-12 19:00",
            "Webinar: GA4 + BigQuery para e-commerce",
            ("Comunidad Growth Chile", "eventos@growthchile.example"),
            minutes=75,
            location="https://zoom.us/j/93155520114",
        ),
    ),
    m(
        "ib54",
        "2025-11-12 18:00",
        "Comunidad Growth Chile <eventos@growthchile.example>",
        "Empezamos en 1 hora ⏰",
        N(),
        text="""\
Hola Josefina, en 1 hora comienza «GA4 + BigQuery para e-commerce».

Entra aquí: https://zoom.us/j/93155520114

Comunidad Growth Chile""",
    ),
    # --- diplomado: "postulación", "entrevista de admisión", "admitida" ---
    m(
        "ib55",
        "2025-11-25 21:05",
        UMP,
        "Postulación recibida – Diplomado en Marketing Analytics 2026",
        N(),
        text="""\
Estimada Josefina Aravena Urrutia:

Hemos recibido tu postulación al Diplomado en Marketing Analytics (versión 2026, modalidad
online), de la Facultad de Economía y Negocios de la Universidad Metropolitana del Pacífico.

El proceso de admisión considera la revisión de antecedentes y una entrevista personal con la
coordinación académica. Te contactaremos para agendarla.

Saludos cordiales,
Coordinación de Admisión · Educación Continua UMP""",
    ),
    m(
        "ib56",
        "2025-12-03 10:30",
        UMP,
        "Entrevista de admisión – Diplomado en Marketing Analytics",
        N(),
        text="""\
Estimada Josefina:

Te invitamos a tu entrevista de admisión con el coordinador académico del programa, Prof.
Sebastián Arancibia, el viernes 5 de diciembre a las 13:00 por Zoom. Adjuntamos la invitación.

La entrevista dura aproximadamente 20 minutos y busca conocer tu motivación y tus expectativas
del programa.

Coordinación de Admisión · Educación Continua UMP""",
        ics=ics(
            "ump-ec-adm-3391@ump.example",
            "2025-12-05 13:00",
            "Entrevista de admisión Diplomado Marketing Analytics – J. Aravena",
            ("Coordinación Admisión EC", "postulaciones.ec@ump.example"),
            minutes=20,
            attendees=[("Sebastián Arancibia", "sarancibia@ump.example")],
            location="https://ump-cl.zoom.us/j/81100442291",
        ),
    ),
    m(
        "ib57",
        "2025-12-12 15:45",
        UMP,
        "Resultado de tu postulación: ¡Admitida!",
        N(),
        html="""\
<div style="font-family:Georgia,serif;max-width:580px;color:#222">
<p>Estimada Josefina:</p>
<p>Nos alegra informarte que has sido <b>admitida</b> en el <b>Diplomado en Marketing Analytics 2026</b>.</p>
<p>Para asegurar tu cupo, completa tu matrícula antes del 9 de enero de 2026 en el portal de pagos. Recuerda que
puedes solicitar un certificado para financiamiento vía franquicia SENCE o de tu empleador.</p>
<p>Clases desde el martes 7 de abril, martes y jueves de 19:00 a 21:30 (online).</p>
<p>¡Bienvenida!<br>Coordinación de Admisión<br>Educación Continua · Universidad Metropolitana del Pacífico</p>
</div>""",
    ),
    # --- Google, Servel, LinkedIn que no es empleo ---
    m(
        "ib58",
        "2025-10-19 23:12",
        "Google <no-reply@accounts.google.com>",
        "Alerta de seguridad",
        N(),
        text="""\
Nuevo acceso en Mac

josefina.aravenau@gmail.com

Se detectó un nuevo acceso a tu Cuenta de Google en un dispositivo Mac. Si fuiste tú, no tienes
que hacer nada. De lo contrario, te ayudaremos a proteger tu cuenta.

Revisar actividad: https://accounts.google.com/AccountChooser?Email=josefina.aravenau@gmail.com&continue=https://myaccount.google.com/alert/nt/1760926320000

Recibiste este correo electrónico para informarte sobre cambios importantes en tu Cuenta de Google
y tus servicios.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    ),
    m(
        "ib59",
        "2025-11-10 12:00",
        "Servel <noreply@servel.cl>",
        "Elecciones 16 de noviembre: consulta tu local de votación",
        N(),
        text="""\
Servicio Electoral de Chile

Este domingo 16 de noviembre se realizan las Elecciones Presidencial y Parlamentarias. El voto es
obligatorio.

Consulta tu local de votación y tu mesa en https://consulta.servel.cl con tu RUN.

Recuerda llevar tu cédula de identidad o pasaporte vigente (o vencido en el último año).

Servel""",
    ),
    mu(
        "ib60",
        "2025-09-27 15:30",
        "LinkedIn <invitations@linkedin.com>",
        "Tienes 4 invitaciones pendientes",
        N(),
        text="""\
Josefina, tienes 4 invitaciones pendientes

Francisca Olave · Ejecutiva de Cuentas en Agencia Rayén
Diego Sepúlveda · SEO Specialist en Kiltro Store
Benjamín Tapia · Data Analyst en Rutapp
Camila Rozas · Brand Manager en Tienda Volcán

Ver invitaciones: https://www.linkedin.com/comm/mynetwork/invitation-manager/

Este email se ha enviado a Josefina Aravena Urrutia (Growth & Marketing Analyst en Kiltro Store)
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    mu(
        "ib61",
        "2025-11-04 13:20",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Felicita a Catalina Muñoz por su nuevo empleo",
        N(),
        text="""\
Catalina Muñoz empezó un nuevo cargo

Catalina Muñoz
Consultora Senior en Vértice Consultores
Empezó un nuevo empleo en noviembre de 2025

Felicítala: https://www.linkedin.com/comm/feed/update/urn:li:activity:7391120045512/?lipi=urn%3Ali%3Apage%3Aemail_notifications

Este email se ha enviado a Josefina Aravena Urrutia (Growth & Marketing Analyst en Kiltro Store)
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    mu(
        "ib62",
        "2026-02-06 22:15",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Catalina Muñoz y 38 personas más reaccionaron a tu publicación",
        N(),
        text="""\
Tu publicación está teniendo mucha actividad

"Después de 4 años lindos en Kiltro Store, empiezo un nuevo desafío como Growth Analyst en
Monedi 💜 ¡Gracias a todos los que me acompañaron!"

Catalina Muñoz, Nicolás Fuentes y 37 personas más reaccionaron · 21 comentarios

Ver publicación: https://www.linkedin.com/comm/feed/update/urn:li:activity:7425501198804/

Este email se ha enviado a Josefina Aravena Urrutia (Growth Analyst en Monedi)
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "ib63",
        "2025-11-10 10:00",
        "Administración Edificio Irarrázaval 3450 <administracion@edificioirarrazaval3450.example>",
        "Gastos comunes noviembre 2025 – Depto 805",
        N(),
        text="""\
Estimados residentes:

Adjuntamos el aviso de cobro de gastos comunes de noviembre 2025.

  Depto 805 – Total: $96.410 (incluye fondo de reserva 5%)
  Vencimiento: 20/11/2025
  Pago: transferencia a Comunidad Edificio Irarrázaval 3450, Banco Pehuén, cta. cte. 0019-22018-04

Recordamos que la piscina abre el sábado 29 de noviembre; se debe reservar quincho con 48 horas
de anticipación.

Administración""",
        attach=[
            (
                "GGCC_nov2025_805.pdf",
                "application/pdf",
                "%PDF-1.4\n% Gastos comunes noviembre\n%%EOF\n",
            )
        ],
    ),
    m(
        "ib64",
        "2025-12-10 10:00",
        "Administración Edificio Irarrázaval 3450 <administracion@edificioirarrazaval3450.example>",
        "Gastos comunes diciembre 2025 – Depto 805",
        N(),
        text="""\
Estimados residentes:

Adjuntamos el aviso de cobro de gastos comunes de diciembre 2025.

  Depto 805 – Total: $98.120
  Vencimiento: 20/12/2025

Les deseamos muy felices fiestas. El conserje Don Luis estará de vacaciones del 2 al 16 de
enero; lo reemplaza Don Héctor.

Administración""",
        attach=[
            (
                "GGCC_dic2025_805.pdf",
                "application/pdf",
                "%PDF-1.4\n% Gastos comunes diciembre\n%%EOF\n",
            )
        ],
    ),
]

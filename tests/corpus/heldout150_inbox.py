# ruff: noqa: E501, RUF100
"""Corpus 150, the ordinary inbox: banks, SUNAT, AFP, shops, services, newsletters and look-alikes
(data only): see heldout150.py."""

from __future__ import annotations

from typing import Any

from heldout150_jobs import ME, N, ics, m, rp

_BANK = "Banco Sur Andino <notificaciones@bancosurandino.example>"
_BANK_FOOT = (
    "\n\nBanco Sur Andino nunca te solicitará tu clave de internet, token digital ni datos de tu "
    "tarjeta por correo, teléfono o mensajes de texto. Si recibes un mensaje sospechoso, repórtalo "
    "al (01) 311-7700.\nBanco Sur Andino S.A. – Av. Rivera Navarrete 600, San Isidro. "
    "Este es un correo automático, por favor no lo respondas.\n"
)
_EPG = "Admisión Posgrado UTA <admision.epg@utandina.example>"
_NEWS = "Obras & Minería Semanal <boletin@obrasymineria.example>"
_NEWS_FOOT = (
    '<p style="font-size:11px;color:#888">Recibes este boletín porque te suscribiste en obrasymineria.example. '
    '<a href="https://obrasymineria.example/baja?u=rqv">Anular suscripción</a> · '
    '<a href="https://obrasymineria.example/preferencias">Preferencias</a></p>'
)
_CIP = "CIP Consejo Departamental de Lima <comunicaciones@cdlima.cip.org.pe>"

_smart = m(
    "i0a1",
    "2025-09-02 05:30",
    "Smart Fit <no-reply@smartfit.com.pe>",
    "Tu plan Black fue renovado",
    N(),
    "Hola Renzo,\n\nTu plan Black fue renovado con éxito.\n\nMonto: S/ 119.90\nPróximo cobro: 02/10/2025\n"
    "Sede: Smart Fit San Borja Sur\n\n¡Nos vemos en el gimnasio!\n",
)

_sunat1 = m(
    "i0a2",
    "2025-09-11 10:04",
    "SUNAT <notificaciones@sunat.gob.pe>",
    "Buzón Electrónico SUNAT: Usted tiene una nueva notificación",
    N(),
    "Estimado contribuyente:\n\n"
    "Se ha depositado un documento en su Buzón Electrónico SUNAT Operaciones en Línea.\n\n"
    "RUC: 10452*****1\nTipo de documento: Comunicación – Devolución de oficio de Renta Anual 2024\n\n"
    "Para visualizarlo ingrese a SUNAT Operaciones en Línea con su Clave SOL en www.sunat.gob.pe.\n\n"
    "Superintendencia Nacional de Aduanas y de Administración Tributaria\n",
)

_luz1 = m(
    "i0a3",
    "2025-09-08 14:20",
    "Luz del Sur <recibodigital@luzdelsur.com.pe>",
    "Tu recibo digital de setiembre ya está disponible",
    N(),
    None,
    """<html><body style="font-family:Arial"><p>Estimado cliente RENZO QUISPE VILLANUEVA,</p>
<p>Tu recibo del suministro <b>1487***</b> ya está disponible.</p>
<p>Importe: <b>S/ 143.60</b> · Vencimiento: 24/09/2025</p>
<p><a href="https://www.luzdelsur.com.pe/recibo-digital">Ver recibo</a> · Paga en la app, agentes o banca por internet.</p></body></html>""",
)

_bank1 = m(
    "i0a4",
    "2025-09-06 09:15",
    _BANK,
    "Tu estado de cuenta de setiembre está disponible",
    N(),
    "Hola Renzo,\n\nTu estado de cuenta de la Tarjeta de Crédito Visa Clásica terminada en 4417 ya está "
    "disponible en Banca por Internet.\n\nPago mínimo: S/ 186.00\nPago total: S/ 1,912.45\n"
    "Fecha límite de pago: 25/09/2025" + _BANK_FOOT,
)

_gym_news = m(
    "i0a5",
    "2025-09-12 18:00",
    "Rappi <noreply@rappi.com>",
    "Tu pedido está en camino 🛵",
    N(),
    "¡Hola Renzo! Tu pedido de Pardos Chicken (San Borja) ya está en camino.\n\n"
    "1/4 de pollo a la brasa + papas + ensalada\nBebida 500 ml\nTotal: S/ 42.80\n\n"
    "Llegada estimada: 20:15 – 20:25\n\nSigue tu pedido en la app.\n",
)

_cip1 = m(
    "i0a6",
    "2025-09-17 11:30",
    _CIP,
    "Webinar: Last Planner System y BIM 4D en obras de edificación",
    N(),
    None,
    """<html><body style="font-family:Calibri,Arial"><p style="text-align:center"><img src="https://www.cip.org.pe/images/logo-cdl.png" alt="CIP CD Lima"></p>
<p>Estimado(a) colegiado(a):</p>
<p>El Capítulo de Ingeniería Civil del CD Lima lo invita al webinar gratuito:</p>
<h3 style="text-align:center">«Last Planner System y BIM 4D en obras de edificación: lecciones de proyectos en Lima»</h3>
<p><b>Fecha:</b> jueves 25 de setiembre · <b>Hora:</b> 7:00 p. m.<br><b>Expositor:</b> Ing. Mónica Salazar Ch., MSc. – Lean Construction Institute Perú<br>
<b>Plataforma:</b> Zoom (se adjunta invitación)</p>
<p>Certificado digital para colegiados habilitados.</p>
<p>Capítulo de Ingeniería Civil – Consejo Departamental de Lima</p></body></html>""",
    ics=ics(
        "webinar-lps-bim-20250925@cdlima.cip.org.pe",
        "2025-09-25 19:00",
        "Webinar CIP: Last Planner System y BIM 4D",
        ("Capítulo de Ingeniería Civil CD Lima", "comunicaciones@cdlima.cip.org.pe"),
        style="outlook",
        minutes=90,
        location="Zoom https://us02web.zoom.us/j/81234509876",
    ),
)

_bank2 = m(
    "i0a7",
    "2025-09-20 16:48",
    _BANK,
    "Recibimos tu solicitud de Tarjeta de Crédito",
    N(),
    "Hola Renzo,\n\n"
    "Recibimos tu solicitud de Tarjeta de Crédito Visa Signature Sur Andino Millas.\n\n"
    "Número de solicitud: TC-2025-0920-88341\n\n"
    "En un plazo máximo de 48 horas hábiles te informaremos el resultado de la evaluación. Podríamos "
    "comunicarnos contigo para validar algunos datos.\n\nGracias por confiar en nosotros."
    + _BANK_FOOT,
)

_news1 = m(
    "i0a8",
    "2025-09-22 07:00",
    _NEWS,
    "Entrevista al gerente de proyectos de Cordillera Sur Perú: «La productividad en obra se gana en la oficina técnica»",
    N(),
    None,
    """<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<h1 style="font-family:Arial">Obras &amp; Minería Semanal</h1><p style="color:#888">Lunes 22 de setiembre de 2025 · Edición 312</p>
<h2>ENTREVISTA | Matías Rojas, gerente de proyectos de Cordillera Sur Perú</h2>
<p>El ejecutivo chileno, que dirige los contratos de la constructora en el sur del Perú, conversa sobre la escasez de perfiles de planeamiento,
la diferencia entre trabajar con mandantes chilenos y peruanos, y por qué su empresa apuesta por contratar ingenieros locales.</p>
<p><i>—¿Qué buscan cuando contratan a un jefe de oficina técnica?</i><br>—Alguien que haya estado en el barro. El P6 se aprende en un mes; el criterio de obra, no.</p>
<p><a href="https://obrasymineria.example/entrevistas/matias-rojas-cordillera-sur">Leer la entrevista completa</a></p>
<h3>También en esta edición</h3>
<ul><li>MINEM: cartera de proyectos mineros 2025 suma US$ 64 mil millones</li>
<li>Obras por Impuestos: 14 nuevos convenios en infraestructura vial</li>
<li>Opinión: ¿Está lista la Ley 32069 para las obras públicas?</li></ul>
"""
    + _NEWS_FOOT
    + "</body></html>",
    headers={"List-Unsubscribe": "<https://obrasymineria.example/baja?u=rqv>"},
)

_bank3 = m(
    "i0a9",
    "2025-09-23 12:02",
    _BANK,
    "¡Tu solicitud fue aprobada!",
    N(),
    "Hola Renzo,\n\n"
    "¡Felicitaciones! Tu solicitud de Tarjeta de Crédito Visa Signature Sur Andino Millas fue aprobada.\n\n"
    "Línea de crédito: S/ 18,000\nTu tarjeta será entregada en tu domicilio en los próximos 5 días hábiles. "
    "Recuerda activarla desde la app." + _BANK_FOOT,
)

_google1 = m(
    "i0b0",
    "2025-09-25 23:41",
    "Google <no-reply@accounts.google.com>",
    "Alerta de seguridad",
    N(),
    "Se accedió a tu Cuenta de Google desde un nuevo dispositivo Windows\n\n"
    "renzo.quispe.v@gmail.com\n\n"
    "Recibimos este aviso porque accediste desde un nuevo dispositivo. Si fuiste tú, no necesitas hacer nada. "
    "Si no, te ayudaremos a proteger tu cuenta.\n\nVerificar actividad: https://myaccount.google.com/notifications\n\n"
    "© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n",
)

_epg1 = m(
    "i0b1",
    "2025-09-28 19:55",
    _EPG,
    "Hemos recibido tu postulación – Maestría en Gestión de Proyectos de Infraestructura",
    N(),
    None,
    """<html><body style="font-family:Arial;font-size:14px">
<p>Estimado(a) Renzo Quispe Villanueva:</p>
<p>Te confirmamos que hemos recibido tu <b>postulación</b> al programa <b>Maestría en Gestión de Proyectos de Infraestructura – Promoción 2026-I</b>.</p>
<p>Código de postulante: <b>MGPI-26-0412</b></p>
<p>Próximos pasos del proceso de admisión:</p>
<ol><li>Revisión de expediente (CV, grado de bachiller, carta de motivación)</li><li>Entrevista personal con el comité académico</li><li>Publicación de resultados: 24 de octubre</li></ol>
<p>Cualquier consulta, escríbenos a este correo o al WhatsApp 946 221 870.</p>
<p>Oficina de Admisión<br>Escuela de Posgrado – Universidad Tecnológica Andina</p></body></html>""",
)

_li1 = m(
    "i0b2",
    "2025-09-30 08:42",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Felicita a Carla Medina por su nuevo puesto",
    N(),
    "Carla Medina empezó un nuevo puesto como Ingeniera de Planeamiento en Strata Mining Services\n\n"
    "Felicitar: https://www.linkedin.com/feed/update/urn:li:activity:7379901122/\n\n"
    "Otras novedades de tu red:\n- Jorge Gamarra celebra 10 años en Cimenta Grupo Constructor\n\n"
    "Darse de baja: https://www.linkedin.com/comm/psettings/email-unsubscribe\n"
    "© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n",
)

_cip2 = m(
    "i0b3",
    "2025-10-01 09:00",
    _CIP,
    "Recordatorio: mantenga su habilitación vigente",
    N(),
    "Estimado(a) Ing. QUISPE VILLANUEVA RENZO – CIP N° 214587:\n\n"
    "Le recordamos que para mantener la condición de HABILITADO debe encontrarse al día en sus cuotas "
    "ordinarias. Su última cuota registrada corresponde a agosto de 2025.\n\n"
    "Puede pagar en línea en https://www.cip.org.pe/pagos o en las agencias bancarias autorizadas.\n\n"
    "Tesorería – CD Lima\n",
)

_plaza1 = m(
    "i0b4",
    "2025-10-03 08:00",
    "Plaza Vea <novedades@plazavea.com.pe>",
    "Renzo, ¡Ofertas que no puedes dejar pasar! 🛒",
    N(),
    None,
    """<html><body style="margin:0;font-family:Arial"><div style="background:#e30613;color:#fff;padding:12px;text-align:center"><b>plazaVea</b> · Precios Bajos Siempre</div>
<table width="100%"><tr><td style="padding:10px"><b>Aceite vegetal 900 ml</b><br>S/ 7.49 <s>S/ 9.90</s></td><td style="padding:10px"><b>Arroz extra 5 kg</b><br>S/ 19.90</td></tr>
<tr><td style="padding:10px"><b>Leche evaporada six pack</b><br>S/ 21.50</td><td style="padding:10px"><b>Detergente 4 kg</b><br>2x S/ 59.90</td></tr></table>
<p style="text-align:center"><a href="https://www.plazavea.com.pe/ofertas">Ver todas las ofertas</a></p>
<p style="font-size:10px;color:#777;text-align:center">Ofertas válidas del 3 al 6 de octubre o hasta agotar stock. <a href="https://www.plazavea.com.pe/desuscribir">Desuscribirse</a></p></body></html>""",
    headers={"List-Unsubscribe": "<https://www.plazavea.com.pe/desuscribir>"},
)

_urb1 = m(
    "i0b5",
    "2025-10-04 21:15",
    "Urbania <notificaciones@urbania.pe>",
    "Tu mensaje fue enviado al anunciante",
    N(),
    "Hola Renzo,\n\nTu consulta fue enviada al anunciante del aviso:\n\n"
    "Departamento en alquiler – 2 dormitorios, 78 m², Surquillo (Calle Dante)\nS/ 2,300 / mes\n\n"
    "El anunciante se pondrá en contacto contigo. Te recomendamos no realizar pagos sin visitar el inmueble.\n\n"
    "Urbania.pe\n",
)

_condo = m(
    "i0b6",
    "2025-10-05 10:10",
    "Junta de Propietarios Edif. Los Sauces <juntalossauces@gmail.com>",
    "Cuota de mantenimiento octubre y corte de agua el martes",
    N(),
    "Estimados vecinos:\n\n"
    "Se recuerda que la cuota de mantenimiento de octubre (S/ 180) vence el día 10. Cuenta de la Junta en "
    "Banco Sur Andino N° 193-2288410-0-77.\n\n"
    "Además, el martes 7 de 9 a 13 h habrá corte de agua por limpieza de cisterna.\n\n"
    "Atte.\nLa Directiva – Edificio Los Sauces, San Borja\n",
)

_urb2 = m(
    "i0b7",
    "2025-10-06 13:37",
    "Inmobiliaria Capulí <alquileres.capuli@gmail.com>",
    "Solicitud de alquiler - dpto Calle Dante",
    N(),
    "Buenas tardes Sr. Renzo,\n\n"
    "Gracias por su interés en el departamento de Calle Dante. Para evaluar su solicitud de alquiler el "
    "propietario pide:\n\n"
    "- Copia de DNI\n- Últimas 3 boletas de pago\n- Reporte de Infocorp / Sentinel\n- Datos de un aval (opcional)\n\n"
    "Condiciones: 1 mes de adelanto + 2 de garantía, contrato mínimo 1 año.\n\n"
    "Puede enviarnos los documentos por este medio.\n\nSaludos,\nSilvia Ramos\nInmobiliaria Capulí\n",
)

_epg2 = m(
    "i0b8",
    "2025-10-09 16:20",
    _EPG,
    "Entrevista de admisión – Maestría en Gestión de Proyectos de Infraestructura",
    N(),
    "Estimado Renzo:\n\n"
    "Tras la revisión de tu expediente, te invitamos a la entrevista personal con el comité académico de la "
    "Maestría en Gestión de Proyectos de Infraestructura.\n\n"
    "Fecha: miércoles 15 de octubre\nHora: 7:30 p. m.\nModalidad: virtual (Google Meet)\n\n"
    "La entrevista dura aproximadamente 20 minutos. Te pedimos tener tu cámara encendida y tu DNI a la mano.\n\n"
    "Saludos cordiales,\nOficina de Admisión – EPG UTA\n",
    ics=ics(
        "admision-mgpi-0412@utandina.example",
        "2025-10-15 19:30",
        "Entrevista de admisión MGPI – Renzo Quispe",
        ("Admisión Posgrado UTA", "admision.epg@utandina.example"),
        minutes=20,
        description="Google Meet: https://meet.google.com/wyx-hqza-kpr",
    ),
)

_afp1 = m(
    "i0b9",
    "2025-10-10 10:00",
    "AFP Confluencia <comunicaciones@afpconfluencia.example>",
    "Tu estado de cuenta cuatrimestral (mayo – agosto 2025)",
    N(),
    None,
    """<html><body style="font-family:Arial;font-size:14px"><p>Hola Renzo,</p>
<p>Ya puedes revisar tu estado de cuenta del cuatrimestre mayo – agosto 2025.</p>
<p>Fondo acumulado: <b>S/ 98,452.17</b> · Tipo de fondo: 2 (mixto) · Rentabilidad del periodo: 3.1 %</p>
<p><a href="https://www.afpconfluencia.example/mi-cuenta">Ingresa a Mi Cuenta</a></p>
<p style="font-size:11px;color:#888">AFP Confluencia S.A. – Supervisada por la SBS.</p></body></html>""",
)

_sedapal = m(
    "i0c0",
    "2025-10-12 06:45",
    "Sedapal <recibodigital@sedapal.com.pe>",
    "Sedapal - Recibo digital octubre 2025",
    N(),
    "Estimado cliente:\n\nAdjuntamos su recibo digital correspondiente al mes de octubre de 2025.\n\n"
    "Suministro: 2837***\nTotal a pagar: S/ 68.30\nFecha de vencimiento: 28/10/2025\n\nSedapal\n",
    attach=[("Recibo_Sedapal_202510.pdf", "application/pdf", "%PDF-1.4\n% recibo\n")],
)

_urb3 = m(
    "i0c1",
    "2025-10-13 18:05",
    "Inmobiliaria Capulí <alquileres.capuli@gmail.com>",
    "Re: Solicitud de alquiler - dpto Calle Dante",
    N(),
    "Sr. Renzo, buenas tardes.\n\n"
    "Le agradecemos el envío de sus documentos, todo estaba conforme. Lamentablemente el propietario decidió "
    "alquilar el departamento a otra familia que podía mudarse de inmediato.\n\n"
    "Si desea, le puedo avisar de otras opciones en Surquillo y Surco en el mismo rango de precio.\n\n"
    "Saludos,\nSilvia Ramos\nInmobiliaria Capulí\n",
)

_sunat2 = m(
    "i0c2",
    "2025-10-15 12:00",
    "SUNAT <comunica@sunat.gob.pe>",
    "Conoce tus gastos deducibles 2025",
    N(),
    None,
    """<html><body style="font-family:Arial"><p>Estimado(a) contribuyente:</p>
<p>Recuerda que puedes deducir hasta <b>3 UIT adicionales</b> por gastos en restaurantes, hoteles, alquiler de vivienda,
servicios profesionales, EsSalud de trabajadores del hogar y más. Solo debes pedir comprobante electrónico con tu DNI.</p>
<p>Consulta tus gastos acumulados en <a href="https://www.sunat.gob.pe/gastos-deducibles">SUNAT – Mis gastos deducibles</a>.</p>
<p>SUNAT – Trabajamos para todos los peruanos</p></body></html>""",
)

_clinic1 = m(
    "i0c3",
    "2025-10-16 09:12",
    "Clínica Santa Rosalía <citas@clinicasantarosalia.example>",
    "Confirmación de cita médica",
    N(),
    "Estimado(a) paciente QUISPE VILLANUEVA RENZO:\n\n"
    "Su cita ha sido reservada.\n\n"
    "Especialidad: TRAUMATOLOGÍA\nMédico: Dr. Enrique Palomino Tello\n"
    "Fecha: miércoles 22/10/2025 – 6:40 p. m.\nSede: San Borja – Av. Aviación 2890, piso 3, consultorio 305\n\n"
    "Cobertura: EPS – Plan Salud Total (copago S/ 50)\n\n"
    "Por favor llegue 20 minutos antes con su DNI. Para reprogramar llame al (01) 610-0000.\n",
    ics=ics(
        "cita-78812345@clinicasantarosalia.example",
        "2025-10-22 18:40",
        "Cita Traumatología – Dr. Palomino",
        ("Clínica Santa Rosalía", "citas@clinicasantarosalia.example"),
        minutes=20,
        location="Clínica Santa Rosalía – Av. Aviación 2890, San Borja",
    ),
)

_bank4 = m(
    "i0c4",
    "2025-10-18 20:33",
    _BANK,
    "Constancia de transferencia",
    N(),
    "Constancia de operación\n\nTransferencia a otros bancos (CCI)\nFecha: 18/10/2025 20:33\n"
    "Cuenta de origen: Ahorros Soles ****2210\nBeneficiario: SILVIA RAMOS CH.\nMonto: S/ 150.00\n"
    "Concepto: separación visita dpto\nN° de operación: 00719377" + _BANK_FOOT,
)

_net1 = m(
    "i0c5",
    "2025-10-22 04:10",
    "Netflix <info@mailer.netflix.com>",
    "Actualiza tu forma de pago",
    N(),
    "Hola, Renzo:\n\nTuvimos problemas con tu forma de pago actual. Actualiza tus datos para seguir "
    "disfrutando de Netflix.\n\nActualizar cuenta: https://www.netflix.com/YourAccount\n\n"
    "¿Preguntas? Visita el Centro de ayuda: https://help.netflix.com\n\nEl equipo de Netflix\n",
)

_epg3 = m(
    "i0c6",
    "2025-10-24 18:00",
    _EPG,
    "Resultados del proceso de admisión 2026-I",
    N(),
    None,
    """<html><body style="font-family:Arial;font-size:14px"><p>Estimado(a) Renzo Quispe Villanueva:</p>
<p>Nos complace comunicarle que ha sido <b>ADMITIDO</b> a la Maestría en Gestión de Proyectos de Infraestructura – Promoción 2026-I.</p>
<p>Le recordamos que la matrícula se realiza del 3 al 28 de noviembre. En los próximos días recibirá el cronograma de pagos y el
enlace para registrar su matrícula. Asimismo, puede solicitar el <b>beneficio de descuento por convenio CIP</b> (10 %).</p>
<p>¡Bienvenido!</p><p>Dirección Académica<br>Escuela de Posgrado – Universidad Tecnológica Andina</p></body></html>""",
)

_urb4 = m(
    "i0c7",
    "2025-10-25 11:30",
    "Paola Ríos – Ríos & Asociados Inmobiliaria <prios@riosinmobiliaria.example>",
    "Aprobación de su solicitud de arrendamiento - Dpto 502 Av. Caminos del Inca",
    N(),
    "Estimado Sr. Quispe:\n\n"
    "Nos es grato comunicarle que la propietaria ha aprobado su solicitud de arrendamiento para el "
    "departamento 502 de Av. Caminos del Inca 1844, Santiago de Surco.\n\n"
    "- Renta mensual: S/ 2,450 (incluye mantenimiento)\n- Garantía: 2 meses\n- Entrega de llaves: 1 de noviembre\n\n"
    "En las próximas horas le llegará el contrato para firma electrónica por DocuSign.\n\n"
    "Atentamente,\nPaola Ríos Benavente\nAgente Inmobiliaria – Ríos & Asociados\n",
)

_cyber = m(
    "i0c8",
    "2025-10-27 07:00",
    "Falabella.com <falabella@mail.falabella.com.pe>",
    "⚡ CYBER WOW: hasta 60% dscto + cuotas sin intereses",
    N(),
    None,
    """<html><body style="font-family:Arial;text-align:center"><h1 style="color:#aad500">CYBER WOW</h1>
<p>Solo del 27 al 30 de octubre · Ofertas exclusivas online</p>
<p>Laptops desde S/ 1,699 · Smart TV 55" S/ 1,499 · Zapatillas hasta 50 %</p>
<p><a href="https://www.falabella.com.pe/falabella-pe/page/cyberwow">Comprar ahora</a></p>
<p style="font-size:10px;color:#999">Stock mínimo 5 unidades por producto. Ver términos y condiciones. <a href="https://www.falabella.com.pe/unsubscribe">Desuscribirme</a></p></body></html>""",
    headers={"List-Unsubscribe": "<https://www.falabella.com.pe/unsubscribe>"},
)

_docu = m(
    "i0c9",
    "2025-10-28 15:02",
    "Paola Ríos vía DocuSign <dse_NA3@docusign.net>",
    "Completado: Contrato de Arrendamiento - Dpto 502 Caminos del Inca 1844",
    N(),
    "Todos los firmantes han completado Contrato de Arrendamiento - Dpto 502 Caminos del Inca 1844.\n\n"
    "VER DOCUMENTO COMPLETADO: https://na3.docusign.net/Signing/EmailStart.aspx?a=8f2c1d0e&etti=24\n\n"
    "Paola Ríos\nprios@riosinmobiliaria.example\n\n"
    "No compartas este correo: contiene un enlace de acceso seguro a DocuSign.\n"
    "Acerca de DocuSign: firma documentos electrónicamente en minutos.\n",
    envelope="dse_NA3@docusign.net",
)

_clinic2 = m(
    "i0d0",
    "2025-10-30 17:26",
    "Clínica Santa Rosalía <resultados@clinicasantarosalia.example>",
    "Sus resultados están disponibles",
    N(),
    "Estimado(a) paciente:\n\nLos resultados de su examen RESONANCIA MAGNÉTICA DE RODILLA DERECHA ya se "
    "encuentran disponibles en el portal del paciente.\n\n"
    "https://pacientes.clinicasantarosalia.example\n\n"
    "Por su seguridad, ingrese con su DNI y la clave enviada por SMS.\n",
)

_udemy = m(
    "i0d1",
    "2025-10-31 22:18",
    "Udemy <no-reply@e.udemy.com>",
    "¡Felicidades! Has completado «Primavera P6 Professional: de cero a avanzado»",
    N(),
    "¡Felicidades, Renzo!\n\nHas completado el curso Primavera P6 Professional: de cero a avanzado "
    "(18,5 horas).\n\nDescarga tu certificado de finalización: https://www.udemy.com/certificate/UC-3b7f0a2d/\n\n"
    "Comparte tu logro en LinkedIn.\n",
)

_epg4 = m(
    "i0d2",
    "2025-11-03 10:30",
    "Tesorería EPG UTA <tesoreria.epg@utandina.example>",
    "Matrícula 2026-I – cronograma de pagos",
    N(),
    "Estimado Renzo:\n\nLe enviamos el cronograma de pagos de la Maestría en Gestión de Proyectos de "
    "Infraestructura:\n\n- Matrícula: S/ 850 (hasta el 28/11/2025)\n- 24 cuotas mensuales de S/ 1,390 desde marzo 2026\n\n"
    "Códigos de pago disponibles en el Campus Virtual.\n\nTesorería – Escuela de Posgrado UTA\n",
)

_movi = m(
    "i0d3",
    "2025-11-05 08:00",
    "Movistar <recibos@movistar.com.pe>",
    "Tu recibo Movistar de noviembre",
    N(),
    "Hola Renzo,\n\nTu recibo de Movistar Total (Internet 400 Mbps + Móvil ilimitado) ya está disponible.\n\n"
    "Monto: S/ 189.90\nVence: 20/11/2025\n\nPaga fácil con la app Mi Movistar.\n",
)

_bank5 = m(
    "i0d4",
    "2025-11-07 13:10",
    _BANK,
    "Tu solicitud de Préstamo Personal está en evaluación",
    N(),
    "Hola Renzo,\n\n"
    "Hemos recibido tu solicitud de Préstamo Personal por S/ 12,000 a 24 meses.\n\n"
    "N° de solicitud: PP-77291045\nEstado: En evaluación\n\n"
    "Un asesor podría contactarte para validar tu información laboral. El resultado te llegará por este medio."
    + _BANK_FOOT,
)

_bank6 = m(
    "i0d5",
    "2025-11-10 11:44",
    "Banco Sur Andino - Créditos <creditos@bancosurandino.example>",
    "Necesitamos información adicional para tu solicitud PP-77291045",
    N(),
    "Hola Renzo,\n\n"
    "Para continuar con la evaluación de tu préstamo necesitamos que adjuntes:\n\n"
    "- Tus 3 últimas boletas de pago\n- Constancia de trabajo o certificado de trabajo con antigüedad\n\n"
    "Puedes subirlos en https://www.bancosurandino.example/solicitudes/PP-77291045 hasta el 14/11.\n\n"
    "Atentamente,\nCréditos de Consumo – Banco Sur Andino" + _BANK_FOOT,
)

_news2 = m(
    "i0d6",
    "2025-11-10 07:00",
    _NEWS,
    "«Faltan planners»: las mineras compiten por perfiles de control de proyectos",
    N(),
    None,
    """<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<h1 style="font-family:Arial">Obras &amp; Minería Semanal</h1><p style="color:#888">Lunes 10 de noviembre de 2025 · Edición 319</p>
<h2>INFORME | La guerra por el talento en control de proyectos</h2>
<p>Con una docena de ampliaciones en marcha, las mineras y sus contratistas compiten por planners, ingenieros de costos y
especialistas en P6. Headhunters consultados señalan que los sueldos subieron entre 12 % y 18 % en dos años y que los regímenes 14x7 se
volvieron el estándar. «Hoy un buen planner con experiencia de campo recibe tres ofertas», dice una consultora de selección.</p>
<p><a href="https://obrasymineria.example/informes/talento-control-proyectos">Leer el informe</a></p>
<h3>Agenda</h3><ul><li>Jueves 13: Foro de Infraestructura y APP – Lima</li><li>Martes 18: Webinar de costos en proyectos EPC</li></ul>
"""
    + _NEWS_FOOT
    + "</body></html>",
    headers={"List-Unsubscribe": "<https://obrasymineria.example/baja?u=rqv>"},
)

_bank7 = m(
    "i0d7",
    "2025-11-14 16:31",
    _BANK,
    "¡Listo! Tu préstamo fue desembolsado",
    N(),
    "Hola Renzo,\n\nTu Préstamo Personal fue aprobado y desembolsado en tu cuenta de ahorros ****2210.\n\n"
    "Monto: S/ 12,000.00\nCuota mensual: S/ 612.48\nPrimera cuota: 15/12/2025\nTCEA: 21.94 %"
    + _BANK_FOOT,
)

_li2 = m(
    "i0d8",
    "2025-11-08 09:15",
    "LinkedIn <invitations@linkedin.com>",
    "Tienes 3 invitaciones pendientes",
    N(),
    "Renzo, tienes 3 invitaciones pendientes\n\n"
    "Gonzalo Bedoya Lerner – Senior Consultant – Mining & Infrastructure en Apu Search\n"
    "Milagros Cárdenas Ríos – Analista de Selección en Grupo Andino\n"
    "Patricia Lozano – Coordinadora de Oficina Técnica en Cimenta\n\n"
    "Ver invitaciones: https://www.linkedin.com/mynetwork/invitation-manager/\n\n"
    "© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n",
)

_cip3 = m(
    "i0d9",
    "2025-11-20 15:15",
    "CIP – Certificados <certificados@cip.org.pe>",
    "Certificado de Habilidad N° 2025-0928311",
    N(),
    "Estimado Ingeniero:\n\nSe ha emitido su Certificado de Habilidad con los siguientes datos:\n\n"
    "Colegiado: QUISPE VILLANUEVA RENZO\nCIP N°: 214587\nEspecialidad: Ingeniería Civil\n"
    "Vigencia: hasta el 20/02/2026\nCódigo de verificación: CH-8K2M-77QX\n\n"
    "Descargue el certificado en https://www.cip.org.pe/certificados/verificar\n\nColegio de Ingenieros del Perú\n",
)

_soat = m(
    "i0e0",
    "2025-11-22 09:00",
    "Andina Seguros <avisos@andinaseguros.example>",
    "Tu SOAT vence en 10 días",
    N(),
    "Hola Renzo,\n\nEl SOAT de tu vehículo placa BXK-4**  vence el 02/12/2025.\n\n"
    "Renuévalo online en 3 minutos desde S/ 79: https://www.andinaseguros.example/soat\n\n"
    "Andina Seguros – Protegemos lo que más quieres\n",
)

_rappi2 = m(
    "i0e1",
    "2025-11-28 12:00",
    "Rappi <promos@rappi.com>",
    "Black Friday en Rappi: ofertas hasta 50% 🖤",
    N(),
    None,
    """<html><body style="font-family:Arial;text-align:center;background:#000;color:#fff"><h1 style="color:#ff441f">BLACK FRIDAY</h1>
<p>Hasta 50 % dscto en restaurantes, super y farmacia · Envío gratis con RappiPro</p>
<p><a href="https://www.rappi.com.pe/promociones" style="color:#ff441f">Ver ofertas</a></p>
<p style="font-size:10px;color:#888">Válido hasta el 1/12/2025. <a href="https://www.rappi.com.pe/unsubscribe" style="color:#888">Darme de baja</a></p></body></html>""",
    headers={"List-Unsubscribe": "<https://www.rappi.com.pe/unsubscribe>"},
)

_ml1 = m(
    "i0e2",
    "2025-11-29 17:44",
    "Mercado Libre <info@mercadolibre.com.pe>",
    "¡Compraste Zapatos de seguridad punta de acero Talla 42!",
    N(),
    "¡Hola Renzo!\n\nTu compra fue confirmada.\n\nZapatos de seguridad punta de acero dieléctricos – Talla 42\n"
    "S/ 189.00 · 1 unidad\n\nLlega el lunes 1 de diciembre.\n\nVer compra: https://myaccount.mercadolibre.com.pe/my_purchases\n",
)

_bank8 = m(
    "i0e3",
    "2025-12-01 10:00",
    "Banco Sur Andino <ofertas@bancosurandino.example>",
    "Renzo, tienes una oferta exclusiva: préstamo preaprobado hasta S/ 45,000",
    N(),
    None,
    """<html><body style="font-family:Arial"><div style="background:#003b71;color:#fff;padding:20px">
<h2>¡Tienes un préstamo preaprobado!</h2><p>Hasta <b>S/ 45,000</b> con tasa preferencial desde 13.9 % TEA.</p></div>
<p>Solicítalo 100 % digital, sin papeleos y con desembolso inmediato. Oferta válida hasta el 31/12/2025.</p>
<p><a href="https://www.bancosurandino.example/prestamo-preaprobado">Solicitar ahora</a></p>
<p style="font-size:10px;color:#777">TCEA referencial 15.8 % para un préstamo de S/ 20,000 a 36 meses. Sujeto a evaluación crediticia. <a href="https://www.bancosurandino.example/baja">No deseo recibir ofertas</a></p></body></html>""",
    headers={"List-Unsubscribe": "<https://www.bancosurandino.example/baja>"},
)

_latam1 = m(
    "i0e4",
    "2025-12-02 21:30",
    "LATAM Airlines <info@info.latam.com>",
    "Confirmación de compra - Lima a Cusco",
    N(),
    "Hola RENZO,\n\nTu compra fue exitosa. Código de reserva: QMXT4L\n\n"
    "Ida: LA2025 Lima (LIM) → Cusco (CUZ) – sáb 27 dic 2025, 06:10 – 07:30\n"
    "Vuelta: LA2030 Cusco (CUZ) → Lima (LIM) – mié 31 dic 2025, 18:45 – 20:10\n\n"
    "Pasajeros: RENZO QUISPE VILLANUEVA, ANDREA TORRES SALAS\n\nTotal: S/ 1,288.40\n\n"
    "Haz check-in desde 48 horas antes en latam.com o en la app.\n",
)

_sunat3 = m(
    "i0e5",
    "2025-12-05 19:20",
    "SUNAT <notificaciones@sunat.gob.pe>",
    "Modificación de datos – Clave SOL",
    N(),
    "Estimado(a) contribuyente:\n\nLe informamos que el 05/12/2025 a las 19:18 se modificó el correo "
    "electrónico de notificaciones asociado a su Clave SOL.\n\n"
    "Si usted no realizó este cambio, comuníquese de inmediato con la Central de Consultas 0-801-12-100.\n",
)

_luz2 = m(
    "i0e6",
    "2025-12-09 14:20",
    "Luz del Sur <recibodigital@luzdelsur.com.pe>",
    "Tu recibo digital de diciembre ya está disponible",
    N(),
    "Estimado cliente RENZO QUISPE VILLANUEVA,\n\nTu recibo del suministro 2291*** (Av. Caminos del Inca 1844 dpto 502) "
    "ya está disponible.\n\nImporte: S/ 97.30 · Vencimiento: 26/12/2025\n\nhttps://www.luzdelsur.com.pe/recibo-digital\n",
)

_news3 = m(
    "i0e7",
    "2025-12-15 07:00",
    "Brújula Económica <newsletter@brujulaeconomica.example>",
    "Brújula al día: inversión minera, Obras por Impuestos y el empleo formal en 2026",
    N(),
    "BRÚJULA AL DÍA – Lunes 15 de diciembre\n\n"
    "1. Inversión minera cerraría 2025 en US$ 5,100 millones, la más alta en seis años.\n"
    "2. Entrevista: la presidenta de la Cámara de Construcción sobre el «shock de obras» y la falta de "
    "residentes en regiones.\n"
    "3. Empleo formal en Lima Metropolitana creció 3.4 % interanual; construcción lidera.\n"
    "4. Tipo de cambio: S/ 3.36 por dólar.\n\n"
    "Leer más: https://brujulaeconomica.example/al-dia/2025-12-15\n\n"
    "Darse de baja: https://brujulaeconomica.example/baja\n",
    headers={"List-Unsubscribe": "<https://brujulaeconomica.example/baja>"},
)

_plaza2 = m(
    "i0e8",
    "2025-12-20 09:00",
    "Plaza Vea <novedades@plazavea.com.pe>",
    "🎄 Especial Navidad: panetones, pavos y más ofertas",
    N(),
    "¡Se viene la Navidad, Renzo!\n\nPanetón en caja 900 g desde S/ 24.90\nPavo entero x kg S/ 16.90\n"
    "Chocolate para taza 3x S/ 15\n\nVálido del 20 al 24 de diciembre.\n\nhttps://www.plazavea.com.pe/navidad\n"
    "Desuscribirse: https://www.plazavea.com.pe/desuscribir\n",
)

_latam2 = m(
    "i0e9",
    "2025-12-26 06:00",
    "LATAM Airlines <info@info.latam.com>",
    "Ya puedes hacer check-in para tu vuelo a Cusco",
    N(),
    "Hola RENZO, tu vuelo LA2025 a Cusco sale el 27 de diciembre a las 06:10.\n\n"
    "Haz check-in ahora: https://www.latamairlines.com/pe/es/check-in?pnr=QMXT4L\n\n"
    "Recuerda llegar al aeropuerto con 2 horas de anticipación.\n",
)

_clinic3 = m(
    "i0f0",
    "2025-12-29 10:30",
    "Clínica Santa Rosalía <encuestas@clinicasantarosalia.example>",
    "¿Cómo fue tu atención con nosotros?",
    N(),
    "Hola Renzo, nos gustaría conocer tu opinión sobre tu última atención en Traumatología.\n\n"
    "Responder la encuesta (1 minuto): https://encuestas.clinicasantarosalia.example/nps?c=78812345\n\n¡Gracias!\n",
)

_bank9 = m(
    "i0f1",
    "2026-01-06 13:02",
    _BANK,
    "Consumo realizado con tu tarjeta",
    N(),
    "Hola Renzo,\n\nSe realizó un consumo con tu Tarjeta de Crédito Visa Signature terminada en 8830:\n\n"
    "Comercio: PLAZA VEA HIGUERETA\nMonto: S/ 389.90\nFecha: 06/01/2026 13:01\n\n"
    "Si no reconoces esta operación, bloquea tu tarjeta desde la app." + _BANK_FOOT,
)

_afp2 = m(
    "i0f2",
    "2026-01-15 10:00",
    "AFP Confluencia <comunicaciones@afpconfluencia.example>",
    "Tu aporte de diciembre fue acreditado",
    N(),
    "Hola Renzo,\n\nTe informamos que tu empleador CONSTRUCTORA LIMATAMBO S.A.C. realizó el pago de tu aporte "
    "correspondiente a diciembre de 2025.\n\nAporte obligatorio: S/ 812.00\n\n"
    "Revisa tu cuenta en https://www.afpconfluencia.example/mi-cuenta\n",
)

_epg5 = m(
    "i0f3",
    "2026-01-23 16:40",
    "Secretaría Académica EPG UTA <secretaria.epg@utandina.example>",
    "RE: Solicitud de reserva de matrícula",
    N(),
    "Estimado Renzo:\n\n"
    "Hemos recibido su solicitud de reserva de matrícula por motivos laborales (régimen de trabajo 14x7 en "
    "unidad minera). La Dirección Académica la ha aprobado: su vacante queda reservada para la promoción "
    "2026-II, que inicia en agosto. Le sugerimos evaluar también la modalidad semipresencial.\n\n"
    "Atentamente,\nSecretaría Académica – Escuela de Posgrado UTA\n\n"
    "-----Mensaje original-----\nDe: Renzo Quispe Villanueva\nEnviado: miércoles, 21 de enero de 2026 21:12\n"
    "Asunto: Solicitud de reserva de matrícula\n\n"
    "Buenas noches, por la presente solicito la reserva de mi matrícula (código MGPI-26-0412) debido a que "
    "iniciaré un nuevo trabajo en régimen atípico en febrero...\n",
)

_cip4 = m(
    "i0f4",
    "2026-01-26 12:00",
    _CIP,
    "Curso: Valorizaciones, adicionales y liquidación de obras públicas (Ley 32069)",
    N(),
    None,
    """<html><body style="font-family:Calibri,Arial"><p>Estimado(a) colegiado(a):</p>
<p>Inscripciones abiertas para el curso de especialización <b>«Valorizaciones, adicionales y liquidación de obras públicas en el marco de la Ley 32069»</b>.</p>
<p>Inicio: 9 de febrero · Lunes y miércoles 7 a 10 p. m. · 24 horas académicas · Virtual en vivo<br>Inversión: colegiados hábiles S/ 250 · público general S/ 350</p>
<p><a href="https://www.cip.org.pe/cursos/ley32069">Inscríbete aquí</a></p></body></html>""",
)

_msb = m(
    "i0f5",
    "2026-01-28 08:30",
    "Municipalidad de San Borja <rentas@msb.gob.pe>",
    "Arbitrios e Impuesto Predial 2026: descuento por pronto pago",
    N(),
    "Estimado vecino:\n\nYa se encuentran disponibles sus cuponeras 2026 de Impuesto Predial y Arbitrios "
    "Municipales. Pagando el total anual hasta el 27 de febrero obtendrá 10 % de descuento en arbitrios.\n\n"
    "Consulte su deuda en https://www.msb.gob.pe/tributos\n\nGerencia de Rentas – Municipalidad de San Borja\n",
)

_rappi3 = m(
    "i0f6",
    "2026-01-31 10:05",
    "Rappi <noreply@rappi.com>",
    "RappiPro: tu suscripción se renovó",
    N(),
    "Hola Renzo, tu suscripción RappiPro mensual se renovó.\n\nMonto: S/ 19.90\nPróxima renovación: 28/02/2026\n",
)

_news4 = m(
    "i0f7",
    "2026-02-02 07:00",
    _NEWS,
    "Entrevista: «En Huaylla no buscamos genios del P6, buscamos gente que entienda la operación»",
    N(),
    None,
    """<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<h1 style="font-family:Arial">Obras &amp; Minería Semanal</h1><p style="color:#888">Lunes 2 de febrero de 2026 · Edición 331</p>
<h2>ENTREVISTA | Raúl Benavides, gerente de proyectos de la U.M. Huaylla</h2>
<p>El ingeniero, con 20 años en operaciones de Grupo Andino, explica el plan de ampliación de la relavera y cómo está armando su equipo
de control de proyectos, con ingenieros que vienen de la construcción urbana.</p>
<p><a href="https://obrasymineria.example/entrevistas/raul-benavides-huaylla">Leer la entrevista</a></p>
<ul><li>Minería: producción de cobre creció 2.8 % en 2025</li><li>Rumbo al PDAC 2026: la delegación peruana</li></ul>
"""
    + _NEWS_FOOT
    + "</body></html>",
    headers={"List-Unsubscribe": "<https://obrasymineria.example/baja?u=rqv>"},
)

_plaza3 = m(
    "i0f8",
    "2026-02-07 19:12",
    "Plaza Vea Online <pedidos@plazavea.com.pe>",
    "Tu pedido #1389922041 fue entregado",
    N(),
    "Hola Renzo, tu pedido #1389922041 fue entregado en Av. Caminos del Inca 1844 dpto 502.\n\n"
    "Productos: 14 · Total: S/ 276.40\n\n¡Gracias por comprar en plazaVea.com.pe!\n",
)

_bus = m(
    "i0f9",
    "2026-02-08 22:10",
    "Cruz del Sur <ventas@cruzdelsur.com.pe>",
    "Tu boleto electrónico – Lima a Huaraz",
    N(),
    "Estimado(a) RENZO QUISPE VILLANUEVA:\n\nGracias por tu compra.\n\n"
    "Ruta: Lima (Javier Prado) → Huaraz\nFecha: viernes 20/02/2026 – 22:30\nServicio: Cruzero Suite · Asiento 14\n"
    "Total: S/ 95.00\n\nPresenta tu DNI al embarcar. Llega 45 minutos antes.\n",
)

_sunat4 = m(
    "i0g0",
    "2026-02-16 09:00",
    "SUNAT <comunica@sunat.gob.pe>",
    "Declaración Anual de Renta 2025: cronograma de vencimientos",
    N(),
    "Estimado(a) contribuyente:\n\nSe aprobó el cronograma para la Declaración Jurada Anual del Impuesto a la "
    "Renta 2025. Si solo percibiste rentas de trabajo y no tienes saldo a favor, no estás obligado a declarar.\n\n"
    "Revisa si SUNAT te devolverá impuestos: https://www.sunat.gob.pe/renta2025\n",
)

_li3 = m(
    "i0g1",
    "2026-02-12 08:05",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Diego Alarcón y otras 14 personas vieron tu publicación",
    N(),
    "Tu publicación está teniendo buena acogida\n\n"
    "«Feliz de empezar una nueva etapa como Ingeniero de Control de Proyectos en Compañía Minera Huaylla…»\n\n"
    "118 reacciones · 41 comentarios\n\nVer publicación: https://www.linkedin.com/feed/update/urn:li:activity:7426610021/\n\n"
    "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n",
)

_spot = m(
    "i0g2",
    "2026-02-14 11:00",
    "Spotify <no-reply@spotify.com>",
    "Your Spotify Premium receipt",
    N("en"),
    "Hi Renzo,\n\nThanks for your payment. Here's your receipt.\n\nPremium Duo – S/ 26.90\nDate: Feb 14, 2026\n"
    "Payment method: Visa •••• 8830\n\nQuestions? Visit support.spotify.com\n",
)

_bank10 = m(
    "i0g3",
    "2026-02-20 09:00",
    _BANK,
    "Actualiza tus datos laborales",
    N(),
    "Hola Renzo,\n\nNotamos que tu abono de haberes ya no proviene de CONSTRUCTORA LIMATAMBO S.A.C. Para mantener "
    "tus condiciones y ofertas, actualiza tu centro de labores y tus ingresos en la app.\n\n"
    "Actualizar datos: https://www.bancosurandino.example/datos" + _BANK_FOOT,
)

_epg_re = m(
    "i0g4",
    "2025-10-09 21:05",
    ME,
    "Re: Entrevista de admisión – Maestría en Gestión de Proyectos de Infraestructura",
    N(),
    "Buenas noches, confirmo mi asistencia a la entrevista del miércoles 15. Gracias.\nRenzo Quispe V.\n",
    to=_EPG,
    **rp(_epg2),
)

_adv = m(
    "i0g5",
    "2025-09-29 08:10",
    "Adondevivir <alertas@adondevivir.com>",
    "12 nuevos avisos para tu búsqueda: alquiler 2 dorm. Surco / Surquillo",
    N(),
    None,
    """<html><body style="font-family:Arial"><p>Hola Renzo, encontramos nuevos inmuebles para tu alerta:</p>
<p><b>Departamento 2 dorm. – Surquillo</b> · S/ 2,200 · 72 m² · <a href="https://www.adondevivir.com/propiedades/68122011">Ver aviso</a></p>
<p><b>Departamento 2 dorm. + cochera – Santiago de Surco</b> · S/ 2,450 · 85 m² · <a href="https://www.adondevivir.com/propiedades/68120375">Ver aviso</a></p>
<p><b>Flat 2 dorm. – Surquillo (cerca al Óvalo Higuereta)</b> · S/ 2,350 · <a href="https://www.adondevivir.com/propiedades/68119902">Ver aviso</a></p>
<p style="font-size:11px;color:#888">Para dejar de recibir esta alerta, <a href="https://www.adondevivir.com/alertas">gestiona tus alertas</a>.</p></body></html>""",
    headers={"List-Unsubscribe": "<https://www.adondevivir.com/alertas>"},
)

_tkt = m(
    "i0g6",
    "2025-10-08 13:44",
    "Teleticket <ventas@teleticket.com.pe>",
    "Confirmación de compra – Perú vs. Chile – Eliminatorias",
    N(),
    "Hola RENZO QUISPE,\n\nTu compra fue realizada con éxito.\n\nEvento: Perú vs. Chile – Eliminatorias\n"
    "Estadio Nacional – martes 14 de octubre, 8:30 p. m.\nZona: Oriente Baja · 2 entradas\nTotal: S/ 420.00\n\n"
    "Tus entradas digitales estarán disponibles en la app 48 horas antes del evento.\n",
)

_promart = m(
    "i0g7",
    "2025-11-01 18:20",
    "Promart Homecenter <pedidos@promart.pe>",
    "Boleta electrónica B071-00482211",
    N(),
    "Gracias por tu compra en Promart Surco.\n\nCortina blackout 1.40 x 2.20 m (2) S/ 159.80\nRiel extensible (2) S/ 59.80\n"
    "Taladro percutor 650W S/ 149.90\n\nTotal: S/ 369.50\n\nAdjuntamos tu boleta electrónica.\n",
    attach=[("B071-00482211.pdf", "application/pdf", "%PDF-1.4\n% boleta\n")],
)

_cts = m(
    "i0g8",
    "2025-11-15 09:40",
    _BANK,
    "Recibiste tu depósito CTS",
    N(),
    "Hola Renzo,\n\nTu empleador CONSTRUCTORA LIMATAMBO S.A.C. depositó tu CTS de noviembre en tu cuenta "
    "CTS Soles ****0913.\n\nMonto depositado: S/ 4,486.25\nSaldo disponible para retiro: según normativa vigente."
    + _BANK_FOOT,
)

_coursera = m(
    "i0g9",
    "2025-12-03 15:00",
    "Coursera <no-reply@m.mail.coursera.org>",
    "Renzo, new courses in Construction Management",
    N("en"),
    "Hi Renzo,\n\nBased on your interests, here are courses you might like:\n\n"
    "- Construction Scheduling (Columbia University)\n- Construction Cost Estimating and Cost Control\n"
    "- Mining Project Management\n\nEnroll for free: https://www.coursera.org/browse/business/construction\n\n"
    "Unsubscribe: https://www.coursera.org/account-settings\n",
    headers={"List-Unsubscribe": "<https://www.coursera.org/account-settings>"},
)

_dent = m(
    "i0h0",
    "2026-01-20 11:11",
    "Clínica Santa Rosalía <citas@clinicasantarosalia.example>",
    "Confirmación de cita médica",
    N(),
    "Estimado(a) paciente QUISPE VILLANUEVA RENZO:\n\nSu cita ha sido reservada.\n\n"
    "Especialidad: ODONTOLOGÍA\nMédico: Dra. Rocío Lazarte\nFecha: martes 27/01/2026 – 7:20 p. m.\n"
    "Sede: San Borja – Av. Aviación 2890, piso 2\n\nPara reprogramar llame al (01) 610-0000.\n",
    ics=ics(
        "cita-79120544@clinicasantarosalia.example",
        "2026-01-27 19:20",
        "Cita Odontología – Dra. Lazarte",
        ("Clínica Santa Rosalía", "citas@clinicasantarosalia.example"),
        minutes=30,
        location="Clínica Santa Rosalía – Av. Aviación 2890, San Borja",
    ),
)

_eps = m(
    "i0h1",
    "2026-02-11 10:30",
    "Pacífico Andino EPS <bienvenida@pacificoandinoeps.example>",
    "Bienvenido a tu EPS – Plan Corporativo Grupo Andino",
    N(),
    None,
    """<html><body style="font-family:Arial"><p>Hola Renzo,</p>
<p>Te damos la bienvenida a <b>Pacífico Andino EPS</b>. Desde hoy estás afiliado al Plan Corporativo de tu empleador
COMPAÑÍA MINERA HUAYLLA S.A.A.</p>
<p>Cobertura ambulatoria 100 % en red preferente · Copago S/ 25 · Puedes inscribir a tus dependientes desde la app.</p>
<p><a href="https://www.pacificoandinoeps.example/afiliados">Descarga tu carné digital</a></p></body></html>""",
)

_afp3 = m(
    "i0h2",
    "2026-02-25 10:00",
    "AFP Confluencia <comunicaciones@afpconfluencia.example>",
    "Registramos un nuevo empleador en tu cuenta",
    N(),
    "Hola Renzo,\n\nTe informamos que se registró un nuevo empleador en tu cuenta individual: COMPAÑÍA MINERA "
    "HUAYLLA S.A.A. (a partir de febrero de 2026).\n\nSi no reconoces esta información, comunícate con nosotros.\n",
)

MAIL: list[dict[str, Any]] = [
    _smart, _sunat1, _luz1, _bank1, _gym_news, _cip1, _bank2, _news1, _bank3, _google1, _epg1, _li1,
    _cip2, _plaza1, _urb1, _condo, _urb2, _epg2, _epg_re, _afp1, _sedapal, _urb3, _sunat2, _clinic1,
    _bank4, _net1, _epg3, _urb4, _cyber, _docu, _clinic2, _udemy, _epg4, _movi, _bank5, _bank6,
    _news2, _bank7, _li2, _cip3, _soat, _rappi2, _ml1, _bank8, _latam1, _sunat3, _luz2, _news3,
    _plaza2, _latam2, _clinic3, _bank9, _afp2, _epg5, _cip4, _msb, _rappi3, _news4, _plaza3, _bus,
    _sunat4, _li3, _spot, _bank10, _adv, _tkt, _promart, _cts, _coursera, _dent, _eps, _afp3,
]  # fmt: skip

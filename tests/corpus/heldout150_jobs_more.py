# ruff: noqa: E501, RUF100
"""Corpus 150, job mail part two (data only): see heldout150.py."""

from __future__ import annotations

from typing import Any

from heldout150_jobs import (
    AS,
    ASR,
    CH,
    CHR,
    ES,
    ESR,
    HN,
    HNR,
    HS,
    HSR,
    KO,
    KOR,
    MD,
    MDR,
    ME,
    PA,
    PAR,
    PK,
    PKR,
    RA,
    RAR,
    TM,
    TMR,
    A,
    J,
    m,
    rp,
)

_LI_FOOT = (
    "\n\n----------------------------------------\n"
    "Este correo electrónico está destinado a Renzo Quispe Villanueva (Ingeniero Residente de Obra).\n"
    "Más información sobre por qué incluimos esto: https://www.linkedin.com/help/linkedin/answer/4788\n"
    "Darse de baja: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail\n"
    "© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n"
    "LinkedIn y el logotipo de LinkedIn son marcas registradas de LinkedIn.\n"
)
_CT = "Computrabajo <noreply@computrabajo.com>"
_CT_FOOT = (
    '<p style="font-size:11px;color:#999">Computrabajo Perú · Recibes este correo porque tienes una cuenta '
    'de candidato. <a href="https://pe.computrabajo.com/candidate/settings/notifications">Darte de baja</a></p>'
)

# --- Constructora Rímac Andina (Computrabajo) ------------------------------------------------

_ra1 = m(
    "c3y1",
    "2025-09-02 22:40",
    _CT,
    "Has postulado a Ingeniero Residente de Obra",
    A("confirmation", RA, RAR, 13, "other"),
    None,
    '<html><body style="font-family:Arial;font-size:14px">'
    "<p>Hola Renzo,</p><p><b>¡Tu postulación se ha enviado correctamente!</b></p>"
    "<p><b>Ingeniero Residente de Obra – Edificaciones</b><br>Constructora Rímac Andina S.A.C. · Lima, Jesús María</p>"
    "<p>Requisitos: Ingeniero Civil colegiado y habilitado, 5 años de experiencia como residente en "
    "edificaciones multifamiliares.</p>"
    '<p>Puedes seguir el estado desde <a href="https://pe.computrabajo.com/candidate/match/">Mis postulaciones</a>.</p>'
    + _CT_FOOT
    + "</body></html>",
)

_ra2 = m(
    "c3y3",
    "2025-09-05 10:11",
    _CT,
    "Constructora Rímac Andina S.A.C. ha visto tu hoja de vida",
    A("viewed", RA, RAR, 13, "other"),
    None,
    '<html><body style="font-family:Arial;font-size:14px">'
    "<p>Hola Renzo,</p>"
    "<p>La empresa <b>Constructora Rímac Andina S.A.C.</b> ha visto tu hoja de vida para la oferta "
    "<b>Ingeniero Residente de Obra – Edificaciones</b>.</p>"
    '<p>Estado de tu postulación: <span style="color:#0d5ea6"><b>CV visto</b></span></p>'
    "<p>Consejo: las empresas valoran los perfiles completos. Agrega tus certificaciones y tu expectativa salarial.</p>"
    + _CT_FOOT
    + "</body></html>",
)

# --- Edifica Sur (Indeed) --------------------------------------------------------------------

_es1 = m(
    "d8u2",
    "2025-09-10 20:03",
    "Indeed <indeedapply@indeed.com>",
    "Postulación enviada: Ingeniero de Control de Costos",
    A("confirmation", ES, ESR, 14, "indeed"),
    "Se envió tu postulación\n\n"
    "Ingeniero de Control de Costos\nEdifica Sur Inmobiliaria\nSantiago de Surco, Lima\n\n"
    "Tu postulación, incluido tu CV, se envió a Edifica Sur Inmobiliaria. Te recomendamos revisar el "
    "estado de tu postulación en Mis empleos.\n\n"
    "https://pe.indeed.com/myjobs?from=applyconf\n\n"
    "Buena suerte,\nEl equipo de Indeed\n\n"
    "Indeed · Blackthorn Park, 20 Dayton Drive, Dublin 9\n"
    "No respondas a este correo. Para dejar de recibir estos mensajes, cambia tu configuración de correo.\n",
)

_es2 = m(
    "d8u5",
    "2025-10-02 11:37",
    "Talento Edifica Sur <talento@edificasur.example>",
    "Postulación – Ingeniero de Control de Costos",
    A("rejection", ES, ESR, 14, "direct"),
    "Hola Renzo:\n\n"
    "Gracias por postular a Edifica Sur. Revisamos tu perfil con mucha atención: tu experiencia como "
    "residente y en control de obra es muy valiosa.\n\n"
    "En esta oportunidad, sin embargo, hemos decidido continuar el proceso con candidatos que cuentan con "
    "mayor experiencia específica en costos de proyectos inmobiliarios (presupuesto meta, flujo de caja "
    "por proyecto y S10 en entorno de promotora).\n\n"
    "Te deseamos muchos éxitos.\n\n"
    "Equipo de Talento\nEdifica Sur Inmobiliaria S.A.C.\n"
    "www.edificasur.example · Av. Primavera 1050, Santiago de Surco\n",
)

# --- Tecnomin (LinkedIn) ---------------------------------------------------------------------

_tm1 = m(
    "e2w1",
    "2025-09-18 07:45",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Renzo, tu solicitud se ha enviado a Tecnomin Servicios Mineros",
    A("confirmation", TM, TMR, 15, "linkedin"),
    "Tu solicitud se ha enviado a Tecnomin Servicios Mineros\n\n"
    "Planner de Proyectos\nTecnomin Servicios Mineros S.A.C. · Arequipa, Perú (Presencial)\n"
    "Solicitado el 18 de septiembre de 2025\n\n"
    "Ver empleo: https://www.linkedin.com/jobs/view/4301177520/" + _LI_FOOT,
)

_tm2 = m(
    "e2w4",
    "2025-09-25 13:22",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Se ha visto tu solicitud para Planner de Proyectos",
    A("viewed", TM, TMR, 15, "linkedin"),
    "Tu solicitud para Planner de Proyectos en Tecnomin Servicios Mineros ha sido vista por el anunciante del empleo.\n\n"
    "Las empresas suelen tardar unas semanas en ponerse en contacto con los candidatos. Mientras tanto, "
    "sigue buscando empleos que te interesen.\n\n"
    "Ver solicitud: https://www.linkedin.com/jobs/view/4301177520/" + _LI_FOOT,
)

# --- Consorcio Vial Chinchaysuyo (Aptitus) ---------------------------------------------------

_ch1 = m(
    "g5b1",
    "2025-10-01 19:28",
    "Aptitus <notificaciones@aptitus.com>",
    "Postulaste al aviso Ingeniero de Campo - Obras Viales",
    A("confirmation", CH, CHR, 16, "other"),
    None,
    """<html><body style="font-family:Verdana,Arial;font-size:13px">
<div style="border-top:4px solid #f7941d;padding:18px">
<p>Hola, <b>Renzo</b></p>
<p>Tu postulación al aviso <b>Ingeniero de Campo – Obras Viales (Huánuco)</b> de <b>Consorcio Vial Chinchaysuyo</b> se realizó con éxito.</p>
<p>Preguntas respondidas: 3 de 3 · Pretensión salarial: S/ 7,000 a S/ 9,000</p>
<p>Recuerda que las empresas revisan las postulaciones en distintos momentos. Te avisaremos cualquier novedad.</p>
<p><a href="https://aptitus.com/mi-cuenta/mis-postulaciones">Ir a mis postulaciones</a></p>
<p style="color:#aaa;font-size:10px">Aptitus · Si no deseas recibir estos mensajes, <a href="https://aptitus.com/mi-cuenta/notificaciones">actualiza tus preferencias</a>.</p>
</div></body></html>""",
)

# --- Hidrosur Ingeniería (UNI job board, gerente on Hotmail) ---------------------------------

_hs1 = m(
    "j4l1",
    "2025-11-20 12:00",
    "Bolsa de Trabajo UNI <bolsadetrabajo@uni.edu.pe>",
    "Confirmación de postulación – Oferta N° 2025-1184",
    A("confirmation", HS, HSR, 17, "other"),
    "Estimado(a) egresado(a) RENZO QUISPE VILLANUEVA:\n\n"
    "Su postulación a la siguiente oferta laboral ha sido registrada y su CV ha sido remitido a la empresa:\n\n"
    "Oferta N° 2025-1184\nEmpresa: HIDROSUR INGENIERÍA S.A.C.\n"
    "Cargo: Especialista en Metrados y Presupuestos (expedientes técnicos de saneamiento)\n"
    "Lugar: Lima – Pueblo Libre\n\n"
    "La Bolsa de Trabajo no participa en el proceso de selección; la empresa se comunicará directamente "
    "con los postulantes preseleccionados.\n\n"
    "Atentamente,\nOficina de Bolsa de Trabajo y Seguimiento del Egresado\nUniversidad Nacional de Ingeniería\n",
)

_hs2 = m(
    "j4l3",
    "2025-11-26 21:52",
    "Alberto Sifuentes <alberto.sifuentes62@hotmail.com>",
    "conversacion",
    A("interview", HS, HSR, 17, "direct"),
    "Ing. Renzo buenas noches\n"
    "Recibi su CV por la bolsa de la UNI. Yo tambien soy egresado de la FIC, promo 89.\n"
    "Estamos con 3 expedientes de agua y desague para municipalidades de la sierra de Lima y necesito "
    "reforzar metrados y presupuestos en S10.\n"
    "Puede pasar por la oficina el viernes 28 a las 6pm? Jr. Ayacucho 612 (segundo piso) Pueblo Libre, "
    "a media cuadra de la plaza.\n"
    "Saludos\n\n"
    "Ing. Alberto Sifuentes Luna\nGerente General – Hidrosur Ingeniería SAC\n\n"
    "Enviado desde mi Samsung Galaxy\n",
)

_hs2b = m(
    "j4l4",
    "2025-11-27 07:10",
    ME,
    "RE: conversacion",
    A("interview", HS, HSR, 17, "direct"),
    "Buenos días Ing. Sifuentes, muchas gracias. Confirmo que estaré el viernes 28 a las 6 p. m. en su oficina.\n"
    "Saludos,\nRenzo Quispe\n",
    to="Alberto Sifuentes <alberto.sifuentes62@hotmail.com>",
    **rp(_hs2),
)

_hs3 = m(
    "j4l6",
    "2025-12-10 13:25",
    "Alberto Sifuentes <alberto.sifuentes62@hotmail.com>",
    "RE: conversacion",
    A("rejection", HS, HSR, 17, "direct"),
    "Ing. Renzo, gracias por venir la otra vez, buena conversacion. Al final me quedo con un colega que "
    "puede empezar ya y a medio tiempo, que es lo que el presupuesto me da. Lo tengo en cuenta para el "
    "proximo año.\nExitos\nAlberto\n\n"
    "________________________________\n"
    "De: Renzo Quispe Villanueva <renzo.quispe.v@gmail.com>\n"
    "Enviado: jueves, 27 de noviembre de 2025 07:10\n"
    "Asunto: RE: conversacion\n\n"
    "Buenos días Ing. Sifuentes, muchas gracias. Confirmo que estaré el viernes 28 a las 6 p. m. en su oficina.\n",
    **rp(_hs2, _hs2b),
)

# --- Programa Nacional Agua Segura Rural (CAS via Talento Perú) ------------------------------

_as1 = m(
    "n6q1",
    "2025-12-01 23:18",
    "Talento Perú <no-responder@servir.gob.pe>",
    "Registro de postulación",
    A("confirmation", AS, ASR, 18, "other"),
    "TALENTO PERÚ – Autoridad Nacional del Servicio Civil\n\n"
    "Estimado(a) RENZO QUISPE VILLANUEVA:\n\n"
    "Se registró su postulación en la siguiente convocatoria:\n\n"
    "Entidad: PROGRAMA NACIONAL AGUA SEGURA RURAL\n"
    "Convocatoria: CAS N° 112-2025-PNASR\n"
    "Puesto: INGENIERO MONITOR DE OBRAS – UNIDAD TERRITORIAL CAJAMARCA\n"
    "Remuneración: S/ 8,500.00\n\n"
    "Recuerde que la entidad es responsable de la conducción del proceso de selección y de la publicación "
    "de resultados en su portal institucional. Revise las bases y el cronograma.\n\n"
    "https://talentoperu.servir.gob.pe/\n\n"
    "Este correo ha sido generado automáticamente, por favor no responda.\n",
)

_as2 = m(
    "n6q4",
    "2025-12-11 20:44",
    "Unidad de Recursos Humanos PNASR <convocatorias@aguaseguraruralpe.example>",
    "CAS N° 112-2025-PNASR - Resultados de evaluación curricular",
    A("rejection", AS, ASR, 18, "direct"),
    None,
    """<html><body style="font-family:Arial;font-size:13px">
<p>Estimado(a) postulante:</p>
<p>Se pone en su conocimiento que se ha publicado el <b>Acta de Resultados de la Evaluación Curricular</b> del proceso CAS N° 112-2025-PNASR.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr style="background:#dde"><th>N°</th><th>Apellidos y nombres</th><th>Puesto</th><th>Resultado</th><th>Observación</th></tr>
<tr><td>14</td><td>QUISPE VILLANUEVA, RENZO</td><td>Ingeniero Monitor de Obras – UT Cajamarca</td><td><b>NO APTO</b></td><td>No acredita experiencia específica mínima de 3 años en el sector público en supervisión o monitoreo de obras de saneamiento.</td></tr>
</table>
<p>Los postulantes que obtengan la condición de NO APTO no continúan en el proceso. El acta completa puede descargarse en
<a href="https://www.aguaseguraruralpe.example/convocatorias/cas-112-2025/acta-ec.pdf">el portal institucional</a>.</p>
<p>Atentamente,<br>Comité de Selección<br>Programa Nacional Agua Segura Rural</p>
</body></html>""",
)

# --- Koltrane EPCM (LinkedIn, TestGorilla) ---------------------------------------------------

_ko1 = m(
    "r2v1",
    "2026-01-05 09:02",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Renzo, tu solicitud se ha enviado a Koltrane",
    A("confirmation", KO, KOR, 19, "linkedin"),
    "Tu solicitud se ha enviado a Koltrane\n\n"
    "Cost Control Engineer\nKoltrane · Lima, Perú (Híbrido)\nSolicitado el 5 de enero de 2026\n\n"
    "Tu perfil, tu CV y tus respuestas se compartieron con Koltrane.\n"
    + _LI_FOOT.replace("2025", "2026"),
)

_ko2 = m(
    "r2v3",
    "2026-01-08 15:47",
    "TestGorilla <no-reply@testgorilla.com>",
    "Koltrane Engineering has invited you to take an assessment",
    A("assessment", KO, KOR, 19, "other", "en"),
    None,
    """<html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1a1a1a">
<div style="max-width:560px;margin:0 auto">
<p>Hi Renzo,</p>
<p>Thank you for your interest in the <b>Cost Control Engineer - Lima</b> position at <b>Koltrane Engineering Peru S.A.C.</b></p>
<p>As a next step, we'd like you to complete an assessment. It contains the following tests:</p>
<ul><li>Project Cost Control (EVM)</li><li>Microsoft Excel (Advanced)</li><li>English (B2)</li><li>Critical thinking</li></ul>
<p>It takes about 52 minutes. Please complete it by <b>January 15, 2026</b>.</p>
<p><a href="https://app.testgorilla.com/s/k0ltr4ne-8hw2" style="background:#46a997;color:#fff;padding:12px 24px;border-radius:6px;text-decoration:none">Start assessment</a></p>
<p>Good luck!<br>Koltrane Engineering Talent team</p>
<p style="font-size:11px;color:#888">Sent via TestGorilla · Having trouble? Visit our <a href="https://support.testgorilla.com">Help Center</a>.</p>
</div></body></html>""",
)

_ko3 = m(
    "r2v5",
    "2026-01-13 15:47",
    "TestGorilla <no-reply@testgorilla.com>",
    "Reminder: your assessment for Koltrane Engineering expires soon",
    A("assessment", KO, KOR, 19, "other", "en"),
    "Hi Renzo,\n\n"
    "Just a friendly reminder that your assessment for Cost Control Engineer - Lima at Koltrane "
    "Engineering Peru S.A.C. will expire on January 15, 2026.\n\n"
    "Continue where you left off: https://app.testgorilla.com/s/k0ltr4ne-8hw2\n\n"
    "The TestGorilla team\n",
)

# --- Constructora Pariacaca (Computrabajo) ---------------------------------------------------

_pa1 = m(
    "s1h1",
    "2025-12-04 06:51",
    _CT,
    "Has postulado a Ingeniero de Producción",
    A("confirmation", PA, PAR, 20, "other"),
    "Hola Renzo,\n\n¡Tu postulación se ha enviado correctamente!\n\n"
    "Ingeniero de Producción – Obras de Saneamiento\nCONSTRUCTORA PARIACACA S.A.C. · Lima, Ate\n\n"
    "Ver mis postulaciones: https://pe.computrabajo.com/candidate/match/\n\n"
    "Computrabajo Perú\n",
)

_pa2 = m(
    "s1h3",
    "2025-12-06 16:02",
    _CT,
    "Tu postulación está en proceso",
    A("viewed", PA, PAR, 20, "other"),
    "Hola Renzo,\n\n"
    "CONSTRUCTORA PARIACACA S.A.C. cambió el estado de tu postulación a la oferta Ingeniero de Producción "
    "– Obras de Saneamiento.\n\n"
    "Nuevo estado: En proceso\n\n"
    "Ver detalle: https://pe.computrabajo.com/candidate/match/\n\nComputrabajo Perú\n",
)

_pa3 = m(
    "s1h6",
    "2025-12-18 09:30",
    _CT,
    "Actualización de tu postulación",
    A("rejection", PA, PAR, 20, "other"),
    None,
    '<html><body style="font-family:Arial;font-size:14px">'
    "<p>Hola Renzo,</p>"
    "<p>CONSTRUCTORA PARIACACA S.A.C. ha actualizado el estado de tu postulación a "
    "<b>Ingeniero de Producción – Obras de Saneamiento</b>.</p>"
    "<p>Estado: <b>Finalizada</b></p>"
    '<p>Mensaje de la empresa: <i>"Agradecemos su participación. En esta ocasión su perfil no ha sido '
    'seleccionado para continuar en el proceso."</i></p>'
    "<p>¡No te desanimes! Hay más de 300 ofertas para Ingeniero Civil en Lima.</p>"
    '<p><a href="https://pe.computrabajo.com/trabajo-de-ingeniero-civil-en-lima">Ver ofertas</a></p>'
    + _CT_FOOT
    + "</body></html>",
)

# --- Consorcio Hospitalario Norte (Indeed) ---------------------------------------------------

_hn1 = m(
    "u7f1",
    "2025-12-22 12:14",
    "Indeed <indeedapply@indeed.com>",
    "Postulación enviada: Ingeniero Supervisor de Obra",
    A("confirmation", HN, HNR, 21, "indeed"),
    "Se envió tu postulación\n\n"
    "Ingeniero Supervisor de Obra\nConsorcio Hospitalario Norte\nChiclayo, Lambayeque\n\n"
    "Preguntas del empleador respondidas: ¿Cuenta con colegiatura CIP habilitada? Sí · "
    "¿Disponibilidad para residir en Chiclayo? Sí\n\n"
    "Los siguientes pasos: el empleador revisará tu postulación. Si tu perfil encaja, se pondrá en contacto contigo.\n\n"
    "https://pe.indeed.com/myjobs\n\n"
    "© 2025 Indeed\n",
)

# --- Montaña Dorada Contratistas Mineros (Bumeran) -------------------------------------------

_md1 = m(
    "x9p1",
    "2025-09-29 22:05",
    "Bumeran <noreply@bumeran.com.pe>",
    "Postulación enviada: Ingeniero Civil - Obras de Superficie",
    A("confirmation", MD, MDR, 22, "other"),
    "¡Listo, Renzo! Tu postulación fue enviada\n\n"
    "Ingeniero Civil - Obras de Superficie (Proyecto minero - Cajamarca)\n"
    "Confidencial\n\n"
    "Te vamos a avisar por este medio cuando la empresa lea tu CV.\n\n"
    "Ver mis postulaciones: https://www.bumeran.com.pe/postulantes/postulaciones\n",
)

_md2 = m(
    "x9p3",
    "2025-10-03 08:26",
    "Bumeran <noreply@bumeran.com.pe>",
    "Montaña Dorada Contratistas Mineros S.A.C. leyó tu CV",
    A("viewed", MD, MDR, 22, "other"),
    "Renzo, ¡buenas noticias!\n\n"
    "Montaña Dorada Contratistas Mineros S.A.C. leyó tu CV para el aviso Ingeniero Civil - Obras de Superficie "
    "(Proyecto minero - Cajamarca).\n\n"
    "Mirá el estado de todas tus postulaciones: https://www.bumeran.com.pe/postulantes/postulaciones\n\n"
    "Equipo Bumeran\n",
)

# --- Pukara Copper again (re-application) ----------------------------------------------------

_pk5 = m(
    "b8c1",
    "2025-12-01 20:36",
    "Pukara Copper <pukaracopper@myworkday.com>",
    "Thank you for applying to Pukara Copper",
    A("confirmation", PK, PKR, 12, "workday", "en"),
    None,
    """<html><body style="font-family:Arial;font-size:13px;color:#222">
<p>Dear Renzo,</p>
<p>Thank you for your interest in <b>Pukara Copper</b>. We have received your application for
<b>Project Controls Planner</b> (R-11807), Lima, Peru / Site.</p>
<p>Our Talent Acquisition team will review your qualifications. If your profile matches our needs, a member of the team will reach out
regarding next steps. You can follow the status of your application at any time from your
<a href="https://pukaracopper.wd3.myworkdayjobs.com/en-US/PukaraCareers/userHome">candidate home</a>.</p>
<p>Kind regards,<br>Talent Acquisition<br>Pukara Copper Peru S.A.</p>
<p style="font-size:10px;color:#777">Pukara Copper is an equal opportunity employer. This is an automated message sent from Workday; replies to this address are not monitored.</p>
</body></html>""",
)

_pk6 = m(
    "b8c4",
    "2025-12-18 14:58",
    "Pukara Copper <pukaracopper@myworkday.com>",
    "Your application status has been updated",
    A("viewed", PK, PKR, 12, "workday", "en"),
    "Hello Renzo,\n\n"
    "The status of your application for Project Controls Planner (R-11807) has changed to: Under Review.\n\n"
    "No action is needed from you at this time.\n\n"
    "View your application: https://pukaracopper.wd3.myworkdayjobs.com/en-US/PukaraCareers/userHome\n\n"
    "Pukara Copper Talent Acquisition\n",
)

# --- alerts, nudges, outreach and other job mail ---------------------------------------------

_al1 = m(
    "a0l1",
    "2025-09-09 07:30",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "«planner primavera p6»: 14 empleos nuevos en Lima",
    J("alert", "linkedin"),
    "Tus alertas de empleo para planner primavera p6 en Lima, Perú\n\n"
    "Planner Senior – Proyectos Mineros\nStrata Mining Services · Lima (Híbrido)\nSolicitud sencilla\n"
    "https://www.linkedin.com/comm/jobs/view/4299310021\n\n"
    "Planner de Proyectos\nTecnomin Servicios Mineros S.A.C. · Arequipa\nEres uno de los 25 primeros solicitantes\n"
    "https://www.linkedin.com/comm/jobs/view/4301177520\n\n"
    "Especialista en Planeamiento y Control\nConsorcio Anillo Vial · Lima\n"
    "https://www.linkedin.com/comm/jobs/view/4298821104\n\n"
    "Ver todos los empleos: https://www.linkedin.com/comm/jobs/search?keywords=planner%20primavera%20p6"
    + _LI_FOOT,
)

_al2 = m(
    "a0l2",
    "2025-09-15 06:12",
    "Computrabajo <alertas@computrabajo.com>",
    "5 nuevas ofertas de Ingeniero civil en Lima",
    J("alert", "other"),
    None,
    '<html><body style="font-family:Arial"><p>Hola Renzo, estas son las nuevas ofertas de tu alerta '
    "<b>Ingeniero civil – Lima</b>:</p><ul>"
    '<li><a href="https://pe.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-ingeniero-civil-residente-A1">Ingeniero Civil Residente</a> – Constructora del Valle S.A.C. – Chorrillos</li>'
    '<li><a href="https://pe.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-asistente-de-oficina-tecnica-B2">Asistente de Oficina Técnica</a> – Inmobiliaria Alameda – San Miguel</li>'
    '<li><a href="https://pe.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-ingeniero-de-calidad-C3">Ingeniero de Calidad (QA/QC)</a> – Importante empresa – Lurín</li>'
    '<li><a href="https://pe.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-supervisor-de-obra-D4">Supervisor de Obra</a> – Consultora – Lima</li>'
    '<li><a href="https://pe.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-ingeniero-de-campo-E5">Ingeniero de Campo</a> – Grupo Torre Alta – Callao</li>'
    "</ul>" + _CT_FOOT + "</body></html>",
)

_out1 = m(
    "o4t1",
    "2025-09-19 16:40",
    "Kelly Rosales | ObraTalento <krosales@obratalento.example>",
    "Ingeniero de Campo - Chancay (inicio inmediato)",
    J("outreach", "agency", None, "Ingeniero de Campo"),
    "Buenas tardes Ing. Renzo,\n\n"
    "Soy Kelly, de ObraTalento (empresa de servicios temporales). Estamos cubriendo para un cliente "
    "contratista un puesto de Ingeniero de Campo para obras complementarias en la zona del puerto de "
    "Chancay. Contrato por obra (6 meses aprox.), S/ 7,500 + alimentación, inicio en octubre.\n\n"
    "Vimos su CV en Computrabajo. ¿Podría llamarlo mañana? Si le interesa, me indica un horario.\n\n"
    "Gracias!\nKelly Rosales\nEjecutiva de Reclutamiento – ObraTalento Perú\nCel. 954 120 778\n",
)

_al3 = m(
    "a0l3",
    "2025-09-26 09:00",
    "Talento Perú <no-responder@servir.gob.pe>",
    "Nuevas convocatorias de acuerdo a su perfil",
    J("alert", "other"),
    "TALENTO PERÚ\n\n"
    "Se han publicado convocatorias que coinciden con sus preferencias (Ingeniería Civil – Lima / Junín):\n\n"
    "- PROYECTO ESPECIAL CAMINOS DEL ANDE – CAS N° 048-2025 – Especialista en Supervisión de Obras Viales – S/ 9,000\n"
    "- MUNICIPALIDAD DISTRITAL DE SAN GABRIEL DE LURÍN – CAS N° 007-2025 – Supervisor de Obras – S/ 6,500\n"
    "- GOBIERNO REGIONAL – Especialista en Liquidación de Obras – S/ 7,000\n"
    "- PROGRAMA DE INVERSIÓN – Asistente en Seguimiento de Inversiones – S/ 5,200\n\n"
    "Revise los requisitos y el cronograma de cada convocatoria en https://talentoperu.servir.gob.pe/\n\n"
    "Autoridad Nacional del Servicio Civil – SERVIR\n",
)

_oj1 = m(
    "o9j1",
    "2025-10-05 20:41",
    "Talento Perú <no-responder@servir.gob.pe>",
    "Código de verificación",
    J("other_job", "other"),
    "Su código de verificación para Talento Perú es: 482915\n\n"
    "El código vence en 10 minutos. Si usted no solicitó este código, ignore este mensaje.\n",
)

_al4 = m(
    "a0l4",
    "2025-10-08 07:02",
    "Indeed <alert@indeed.com>",
    "ingeniero control de proyectos: nuevos empleos en Lima",
    J("alert", "indeed"),
    None,
    """<html><body style="font-family:Arial;font-size:14px">
<p><b>Nuevos empleos para "ingeniero control de proyectos" en Lima</b></p>
<p><a href="https://pe.indeed.com/rc/clk?jk=a1b2c3d4e5">Ingeniero de Control de Proyectos</a><br>Consorcio Línea Amarilla Norte – Lima<br><span style="color:#767676">Postulación fácil · hace 1 día</span></p>
<p><a href="https://pe.indeed.com/rc/clk?jk=f6a7b8c9d0">Project Controls Specialist</a><br>EPC Contractor – San Isidro<br><span style="color:#767676">S/ 10,000 – S/ 13,000 al mes</span></p>
<p><a href="https://pe.indeed.com/rc/clk?jk=1122aabbcc">Planner de Obra</a><br>Constructora Surandina – Arequipa</p>
<p style="font-size:11px;color:#767676">Recibes este correo porque creaste una alerta de empleo en Indeed. <a href="https://pe.indeed.com/alerts">Gestionar alertas</a> · <a href="https://pe.indeed.com/unsubscribe">Cancelar suscripción</a></p>
</body></html>""",
)

_al5 = m(
    "a0l5",
    "2025-10-10 11:30",
    "Bolsa de Trabajo UNI <bolsadetrabajo@uni.edu.pe>",
    "Boletín de ofertas laborales N° 41-2025",
    J("alert", "other"),
    "BOLSA DE TRABAJO UNI – BOLETÍN N° 41-2025\n\n"
    "Ofertas para egresados de Ingeniería Civil:\n\n"
    "2025-1102  Ingeniero de Costos y Presupuestos – Consultora – Miraflores\n"
    "2025-1107  Asistente de Residente – Edificaciones – Los Olivos\n"
    "2025-1111  Ingeniero Hidráulico Jr. – Proyectos de riego – San Borja\n"
    "2025-1115  Practicante profesional de Oficina Técnica – Surquillo\n\n"
    "Postule ingresando con su código de egresado en https://bolsadetrabajo.uni.edu.pe\n\n"
    "Oficina de Bolsa de Trabajo y Seguimiento del Egresado – UNI\n",
)

_al6 = m(
    "a0l6",
    "2025-10-20 08:15",
    "Bumeran <avisos@bumeran.com.pe>",
    "Renzo, hay 8 avisos nuevos para vos",
    J("alert", "other"),
    "Nuevos avisos que coinciden con tu búsqueda: Ingeniero de costos\n\n"
    "• Ingeniero de Costos – Proyecto Hospitalario – Confidencial – Lima\n"
    "• Especialista en Costos y Valorizaciones – Qhapaq Ingeniería & Supervisión S.A.C. – Lince\n"
    "• Analista de Control de Proyectos – Empresa minera – Arequipa\n"
    "• Jefe de Presupuestos – Inmobiliaria – Miraflores\n\n"
    "Ver los 8 avisos: https://www.bumeran.com.pe/empleos-busqueda-ingeniero-de-costos.html\n\n"
    "Para dejar de recibir esta alerta: https://www.bumeran.com.pe/postulantes/alertas\n",
)

_out2 = m(
    "o4t2",
    "2025-10-29 12:05",
    "Valeria Chumpitaz vía LinkedIn <inmail-hit-reply@linkedin.com>",
    "Oportunidad: Planner – contratos mineros (Minkay)",
    J("outreach", "linkedin", "Minkay Servicios Mineros", "Planner de Contratos Mineros"),
    "Hola Renzo,\n\n"
    "Soy Valeria, Talent Partner en Minkay Servicios Mineros. Estamos armando el equipo de planeamiento "
    "para dos contratos de movimiento de tierras en Moquegua y tu perfil (residente de obra + P6) encaja "
    "muy bien. ¿Te interesaría conversar 15 minutos esta semana?\n\n"
    "Saludos,\nValeria\n\n"
    "Responder: https://www.linkedin.com/messaging/thread/2-YTk3ZmE0/\n\n"
    "Este es un mensaje InMail de LinkedIn." + _LI_FOOT,
)

_al7 = m(
    "a0l7",
    "2025-11-02 10:00",
    "Aptitus <notificaciones@aptitus.com>",
    "Empleos recomendados para ti",
    J("alert", "other"),
    "Hola Renzo, encontramos estos avisos que podrían interesarte:\n\n"
    "- Residente de Obra – Saneamiento (Ica)\n- Ingeniero de Metrados (Lima)\n- Planner Junior (Callao)\n\n"
    "https://aptitus.com/buscar-empleos?recomendados=1\n",
)

_out3 = m(
    "o4t3",
    "2025-11-13 17:22",
    "Selección - Constructora Costa Verde <seleccion@costaverdeconstructora.example>",
    "Convocatoria Ingeniero Residente - Proyecto Lurín",
    J("outreach", "direct", "Constructora Costa Verde", "Ingeniero Residente"),
    "Estimado Ing. Quispe:\n\n"
    "Encontramos su perfil en nuestra base de datos de Computrabajo y nos gustaría saber si estaría "
    "interesado en el puesto de Ingeniero Residente para un proyecto de naves industriales en Lurín "
    "(inicio enero 2026, plazo 10 meses).\n\n"
    "Si le interesa, por favor envíenos su CV actualizado y su expectativa salarial respondiendo a este correo.\n\n"
    "Atentamente,\nÁrea de Selección\nConstructora Costa Verde S.A.C.\n",
)

_oj2 = m(
    "o9j2",
    "2025-11-15 12:00",
    "Bumeran <encuestas@bumeran.com.pe>",
    "¿Cómo fue tu experiencia postulando?",
    J("other_job", "other"),
    "Hola Renzo,\n\n"
    "Hace unas semanas postulaste a Especialista en Costos y Valorizaciones. Queremos saber cómo fue tu "
    "experiencia. Son solo 2 minutos:\n\nhttps://encuestas.bumeran.com.pe/s/nps-postulante?u=9182\n\n"
    "¡Gracias!\nEquipo Bumeran\n",
)

_oj3 = m(
    "o9j3",
    "2025-11-17 23:01",
    "Grupo Andino Careers <talento@grupoandino.example>",
    "Restablecimiento de contraseña",
    J("other_job", "other", "Grupo Andino"),
    "Estimado usuario:\n\n"
    "Hemos recibido una solicitud para restablecer la contraseña de su cuenta en el portal de empleo.\n\n"
    "Haga clic en el siguiente enlace para crear una nueva contraseña (válido por 60 minutos):\n"
    "https://career8.successfactors.com/career?company=grupoandinP&career_ns=reset_password&token=Qk3vT7\n\n"
    "Si usted no realizó esta solicitud, ignore este mensaje.\n",
)

_al8 = m(
    "a0l8",
    "2025-11-24 09:10",
    "Talento Perú <no-responder@servir.gob.pe>",
    "Nuevas convocatorias de acuerdo a su perfil",
    J("alert", "other"),
    "TALENTO PERÚ\n\n"
    "Convocatorias publicadas esta semana que coinciden con sus preferencias:\n\n"
    "- PROGRAMA NACIONAL AGUA SEGURA RURAL – CAS N° 112-2025 – Ingeniero Monitor de Obras (Cajamarca) – S/ 8,500\n"
    "- AUTORIDAD PORTUARIA – Especialista en Infraestructura – S/ 12,000\n"
    "- MUNICIPALIDAD PROVINCIAL – Residente de Obra – S/ 7,500\n\n"
    "https://talentoperu.servir.gob.pe/\n",
)

_al9 = m(
    "a0l9",
    "2025-11-25 07:31",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "Cost Control Engineer y 9 empleos más en Lima",
    J("alert", "linkedin"),
    "Tus alertas de empleo para control de proyectos en Lima, Perú\n\n"
    "Cost Control Engineer\nKoltrane · Lima (Híbrido)\n"
    "https://www.linkedin.com/comm/jobs/view/4339002145\n\n"
    "Ingeniero de Oficina Técnica\nCimenta Grupo Constructor · San Isidro\n"
    "https://www.linkedin.com/comm/jobs/view/4331190077\n\n"
    "Project Controls Planner\nPukara Copper · Lima\nTu perfil coincide con este empleo\n"
    "https://www.linkedin.com/comm/jobs/view/4340118820\n" + _LI_FOOT,
)

_al10 = m(
    "a0m0",
    "2025-12-08 18:00",
    "Laborum <alertas@laborum.cl>",
    "Nuevos avisos: Oficina Técnica minería",
    J("alert", "other"),
    "Hola Renzo,\n\nEstos avisos coinciden con tu alerta «Oficina Técnica minería»:\n\n"
    "- Jefe de Oficina Técnica – Constructora Cordillera Sur S.A. – Antofagasta\n"
    "- Ingeniero de Control Documental – Minera (confidencial) – Calama\n"
    "- Administrador de Contrato – Montajes Industriales – Arequipa, Perú\n\n"
    "https://www.laborum.cl/empleos-busqueda-oficina-tecnica-mineria.html\n",
)

_al11 = m(
    "a0m1",
    "2026-01-20 06:10",
    "Computrabajo <alertas@computrabajo.com>",
    "Nuevas ofertas: Planner de obra",
    J("alert", "other"),
    "Hola Renzo,\n\nNuevas ofertas de tu alerta «Planner de obra»:\n\n"
    "Planner de Obra – Consorcio Vial Sierra – Huancayo\n"
    "Planner / Programador P6 – Contratista EPC – Lima\n"
    "Analista de Control de Proyectos – Cementos – Lima\n\n"
    "https://pe.computrabajo.com/trabajo-de-planner-de-obra\n",
)

_out4 = m(
    "o4t4",
    "2026-02-03 14:18",
    "Ethan Brooks via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Project Controls role in Chile - open to a chat?",
    J("outreach", "linkedin", "Halvorsen Engineering", "Senior Planner", "en"),
    "Hi Renzo,\n\n"
    "I lead recruitment for Halvorsen Engineering's mining projects in South America. We're staffing a "
    "copper concentrator expansion near Calama and are looking for a Senior Planner with Primavera P6 "
    "and field experience. Relocation and a 10x10 roster are on the table.\n\n"
    "Would you be open to a quick call next week?\n\nBest,\nEthan\n\n"
    "Reply: https://www.linkedin.com/messaging/thread/2-QmVhY2g/\n\n"
    "This is a LinkedIn InMail.\n© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n",
)

_al12 = m(
    "a0m2",
    "2026-02-10 05:40",
    "Pukara Copper <pukaracopper@myworkday.com>",
    "New jobs matching your job alert",
    J("alert", "workday", PK, lang="en"),
    'Hello Renzo,\n\nNew jobs that match your saved search "planner" at Pukara Copper:\n\n'
    "- Senior Planner - Shutdowns (R-12044) - Site\n- Contracts Administrator (R-12051) - Lima\n\n"
    "View jobs: https://pukaracopper.wd3.myworkdayjobs.com/en-US/PukaraCareers\n\n"
    "To manage your job alerts, sign in to your candidate home.\n",
)

MAIL: list[dict[str, Any]] = [
    _ra1, _ra2, _es1, _es2, _tm1, _tm2, _ch1, _hs1, _hs2, _hs2b, _hs3, _as1, _as2,
    _ko1, _ko2, _ko3, _pa1, _pa2, _pa3, _hn1, _md1, _md2, _pk5, _pk6,
    _al1, _al2, _out1, _al3, _oj1, _al4, _al5, _al6, _out2, _al7, _out3, _oj2, _oj3,
    _al8, _al9, _al10, _al11, _out4, _al12,
]  # fmt: skip

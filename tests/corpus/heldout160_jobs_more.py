# ruff: noqa: E501, RUF100
"""Corpus 160, job mail part two (data only): see heldout160.py."""

from __future__ import annotations

from typing import Any

from heldout160_jobs import (
    AG,
    AGR,
    AP,
    APR,
    BT,
    BTR,
    CD,
    CDR,
    CL,
    CLR,
    CM,
    CMR,
    FR,
    FRR,
    HV,
    HVR,
    LL,
    LLR,
    LX,
    LXR,
    NG,
    NGR,
    PX,
    PXR,
    RR,
    RRR,
    SN,
    SNR,
    TT,
    TTR,
    UT,
    UTR,
    A,
    J,
    ics,
    m,
    m_us,
    reply,
    unsub,
)

_UTA = "Convocatorias Docentes UTA <convocatorias@utaburra.example>"
_UTA_FOOT = """\
UNIVERSIDAD TECNOLÓGICA DEL ABURRÁ
Institución de Educación Superior de carácter público - Vigilada MinEducación
Vicerrectoría de Docencia | Cra. 52 # 71-20, Medellín | PBX (604) 460 1100
Este correo es informativo; las respuestas a este buzón se atienden en horario hábil."""

_CT_FOOT = """\
<p style='font-size:11px;color:#8c8c8c'>Recibes este correo porque tienes una cuenta en Computrabajo Colombia.
<a href='https://co.computrabajo.com/candidato/notificaciones?utm_source=email'>Gestionar notificaciones</a> ·
<a href='https://co.computrabajo.com/ayuda/privacidad'>Política de privacidad</a><br>
Computrabajo · Redarbor · Nunca te pediremos dinero para acceder a una oferta de empleo.</p>"""

_santi_1 = m(
    "gd4r",
    "2025-08-07 22:41",
    "Santiago Echeverri <santi.echeverri.m@gmail.com>",
    "Tintico - QA",
    A("interview", TT, TTR, 10, "direct"),
    text="""\
Hola Daniela, vi tu postulación en Get on Board. ¿Hablamos el viernes a las 10 am por Meet?

Santi

Enviado desde mi iPhone
""",
)

_uta_withdraw_req = "<CAKp2x9=Fq7sV0dN3mR@mail.gmail.com>"

MAIL: list[dict[str, Any]] = [
    # --- 9 Universidad Tecnológica del Aburrá, Convocatoria Pública 037 de 2025 -------------
    m(
        "yq2m",
        "2025-08-26 07:58",
        "Daniela Restrepo <dani_restrepo88@hotmail.com>",
        "RV: Constancia de inscripción – Convocatoria Pública 037 de 2025",
        A("confirmation", UT, UTR, 9, "direct"),
        text=f"""\
Para tenerlo en el Gmail

Obtener Outlook para Android<https://aka.ms/AAb9ysg>
________________________________
De: {_UTA}
Enviado: lunes, 25 de agosto de 2025 4:12 p. m.
Para: dani_restrepo88@hotmail.com <dani_restrepo88@hotmail.com>
Asunto: Constancia de inscripción – Convocatoria Pública 037 de 2025

Señor(a) aspirante:
DANIELA MARCELA RESTREPO OSPINA
C.C. 1.036.652.418
Número de inscripción: 037-2025-0148

La Vicerrectoría de Docencia confirma su inscripción en la Convocatoria Pública 037 de 2025
para conformar el banco de hojas de vida de docentes de cátedra de la Facultad de Ingenierías,
perfil: Calidad y Pruebas de Software (Tecnología en Desarrollo de Software).

Documentos recibidos: hoja de vida (formato único de la función pública), títulos, tarjeta
profesional, certificados laborales (3), certificación ISTQB Foundation Level.

Cronograma:
  - Verificación de requisitos y publicación de admitidos: 12 de septiembre de 2025
  - Prueba de conocimientos y entrevista: 6 al 10 de octubre de 2025
  - Publicación de resultados: 24 de octubre de 2025

Esta constancia no implica admisión al proceso. Consulte el reglamento de la convocatoria en
https://www.utaburra.example/convocatorias/037-2025

{_UTA_FOOT}
""",
    ),
    m(
        "wv8n",
        "2025-09-12 18:30",
        _UTA,
        "Convocatoria 037-2025: publicación de la lista de admitidos",
        A("viewed", UT, UTR, 9, "direct"),
        to="undisclosed-recipients:;",
        text=f"""\
Señores aspirantes
Convocatoria Pública 037 de 2025 - Docentes de cátedra, Facultad de Ingenierías

Cordial saludo.

Se informa que en la página web institucional se encuentra publicada la Resolución Rectoral
1184 del 12 de septiembre de 2025, por medio de la cual se adopta la lista de aspirantes
admitidos y no admitidos a la Convocatoria Pública 037 de 2025.

Los aspirantes admitidos serán citados a la prueba de conocimientos y entrevista mediante
correo electrónico, con al menos cinco (5) días hábiles de anticipación. Las reclamaciones
frente a la lista podrán presentarse hasta el 17 de septiembre a través del mismo buzón.

Consulte la resolución: https://www.utaburra.example/convocatorias/037-2025/resolucion-1184.pdf

Atentamente,

Vicerrectoría de Docencia

{_UTA_FOOT}
""",
    ),
    m(
        "bs6e",
        "2025-09-29 11:45",
        _UTA,
        "Citación a prueba de conocimientos y entrevista – Convocatoria 037 de 2025",
        A("interview", UT, UTR, 9, "direct"),
        text=f"""\
Señora
DANIELA MARCELA RESTREPO OSPINA
Inscripción 037-2025-0148 - Perfil: Calidad y Pruebas de Software

Cordial saludo.

En su calidad de aspirante admitida, se le cita a la prueba de conocimientos y a la entrevista
ante el comité de selección de la Facultad de Ingenierías, así:

  Fecha: miércoles 8 de octubre de 2025
  Hora: 2:00 p. m. (presentarse 15 minutos antes)
  Lugar: Bloque 5, sala 301, Campus Robledo
  Duración aproximada: 2 horas (prueba escrita 60 min; clase muestra 20 min; entrevista)

Para la clase muestra prepare un tema de 20 minutos sobre "Diseño de casos de prueba con
técnicas de caja negra". Debe presentar el documento de identidad original. La inasistencia
se entenderá como desistimiento del proceso.

Atentamente,

Comité de Selección Docente
Facultad de Ingenierías

{_UTA_FOOT}
""",
    ),
    m(
        "h5kc",
        "2025-11-12 15:20",
        _UTA,
        "RE: Solicitud de retiro – Convocatoria 037 de 2025",
        A("confirmation", UT, UTR, 9, "direct"),
        st="withdrawn",
        **{"In-Reply-To": _uta_withdraw_req, "References": _uta_withdraw_req},
        text=f"""\
Señora Daniela Marcela Restrepo Ospina:

Cordial saludo. En atención a su solicitud, la Vicerrectoría de Docencia deja constancia de su
retiro voluntario de la Convocatoria Pública 037 de 2025 (inscripción 037-2025-0148). En
consecuencia, su nombre no será incluido en el banco de elegibles resultante.

Le agradecemos su participación y le deseamos éxitos en su nuevo cargo.

Atentamente,
Vicerrectoría de Docencia

De: Daniela Restrepo <dmrestrepo.qa@gmail.com>
Enviado: martes, 11 de noviembre de 2025 8:03 p. m.
Asunto: Solicitud de retiro – Convocatoria 037 de 2025

Buenas noches,
De manera atenta solicito mi retiro de la Convocatoria 037 de 2025 (inscripción
037-2025-0148, perfil Calidad y Pruebas de Software), pues acepté una oferta laboral de tiempo
completo que no me permitiría cumplir con los horarios de cátedra. Agradezco la oportunidad.
Daniela Marcela Restrepo Ospina
C.C. 1.036.652.418

{_UTA_FOOT}
""",
    ),
    # --- 10 Tintico (Get on Board; the founder writes from Gmail) ---------------------------
    m(
        "pa1t",
        "2025-08-04 12:16",
        "Get on Board <notifications@getonbrd.com>",
        "Tu postulación a QA Engineer en Tintico fue enviada",
        A("confirmation", TT, TTR, 10, "other"),
        html="""\
<div style='font-family:Helvetica,Arial;max-width:560px'>
<p>¡Hola Daniela!</p>
<p>Enviamos tu postulación a <b>QA Engineer</b> en <b>Tintico</b> (Medellín · Remoto local · Full time).</p>
<p>Tintico es una startup de suscripción de café de origen que conecta fincas del Suroeste antioqueño con hogares y oficinas.</p>
<p>Te avisaremos cuando la empresa revise tu postulación. Tip: las postulaciones con un mensaje personalizado
tienen 2x más probabilidades de ser respondidas.</p>
<p><a href='https://www.getonbrd.com/myapplications?utm_source=email&amp;utm_medium=transactional'>Ver mis postulaciones</a></p>
<p>Equipo Get on Board 🚀</p>
<p style='font-size:11px;color:#999'>Get on Board · El lugar para encontrar trabajo en tecnología en Latinoamérica</p>
</div>""",
    ),
    _santi_1,
    m(
        "kt0w",
        "2025-08-08 07:12",
        "Santiago Echeverri <santi.echeverri.m@gmail.com>",
        "Re: Tintico - QA",
        A("interview", TT, TTR, 10, "direct"),
        **reply(_santi_1),
        text="""\
uy perdón, hoy se me cruzó con un inversionista. ¿Lunes 11 a las 10? mismo link: meet.google.com/xkd-pqrt-zna

S.

El jue, 7 ago 2025 a las 11:02 p. m., Daniela Restrepo (<dmrestrepo.qa@gmail.com>) escribió:
> Hola Santiago, claro que sí. El viernes a las 10 me queda perfecto. Quedo atenta al link.
> Daniela
""",
    ),
    # --- 11 Bitácora Cloud (referral; Lever) ------------------------------------------------
    m(
        "cu7j",
        "2025-07-23 13:05",
        "Juliana Montoya <juliana.montoya@bitacoracloud.example>",
        "Te referí!!",
        J("other_job", "direct", BT, BTR),
        text="""\
Dani!! Ya te referí para la de QA Automation. Te debe llegar un correo de Lever en estos días
(a veces cae en promociones, ojo). El recruiter es Tomás Arango, es muy buena gente.

Si pasas la primera, te cuento cómo es la técnica, yo la hice el año pasado.

Juli

--
Juliana Montoya | Senior Backend Engineer
Bitácora Cloud · bitacoracloud.example
""",
    ),
    m(
        "oq5b",
        "2025-07-24 09:37",
        "Bitácora Cloud <no-reply@hire.lever.co>",
        "Thanks for your application to Bitácora Cloud",
        A("confirmation", BT, BTR, 11, "lever", "en"),
        text="""\
Hi Daniela,

Thank you for applying to the QA Automation Engineer position at Bitácora Cloud - and thanks
to Juliana Montoya for the referral!

Our team reviews every application carefully, and we'll be in touch soon about next steps.

All the best,
The Bitácora Cloud Team

--
Sent by Lever on behalf of Bitácora Cloud
https://jobs.lever.co/bitacoracloud/8d1f4c32-6a7e-4b5f-9e0a-3c2d1b0a9f87
""",
    ),
    m(
        "nx3s",
        "2025-08-01 14:50",
        "Tomás Arango <tomas.arango@bitacoracloud.example>",
        "Invitación: Entrevista Daniela Restrepo <> Bitácora Cloud @ mar 5 ago 2025 4pm - 5pm (COT) (dmrestrepo.qa@gmail.com)",
        A("interview", BT, BTR, 11, "direct"),
        text="""\
Hola Daniela, un gusto. Te agendé la primera entrevista: conmigo y con Sara, la QA lead.
Hablamos de tu experiencia y hacemos un ejercicio corto de diseño de pruebas. Cualquier cosa
me avisas.

Has recibido una invitación para el siguiente evento.

Entrevista Daniela Restrepo <> Bitácora Cloud
martes, 5 ago 2025 4pm – 5pm (hora de Colombia)

Unirse con Google Meet
meet.google.com/fzo-bkwt-mep

Invitados
Tomás Arango - organizador
sara.quintero@bitacoracloud.example
dmrestrepo.qa@gmail.com

Invitación de Google Calendar
""",
        ics=ics(
            "1k7p3r9t2v5x8z0b4d6f1h3j5l@google.com",
            "2025-08-05 16:00",
            "Entrevista Daniela Restrepo <> Bitácora Cloud",
            ("Tomás Arango", "tomas.arango@bitacoracloud.example"),
            attendees=[("Sara Quintero", "sara.quintero@bitacoracloud.example")],
            description="Unirse con Google Meet: https://meet.google.com/fzo-bkwt-mep",
        ),
    ),
    m(
        "rf6h",
        "2025-08-15 10:14",
        "Bitácora Cloud <no-reply@hire.lever.co>",
        "Following up on your application",
        A("rejection", BT, BTR, 11, "lever", "en"),
        reply_to="Tomás Arango <tomas.arango@bitacoracloud.example>",
        text="""\
Hi Daniela,

Thank you for taking the time to speak with Tomás and Sara about the QA Automation Engineer
role. We really enjoyed learning about your work, and your test-design exercise was one of the
most thorough we saw.

After a lot of deliberation, we've decided to move forward with another candidate whose
experience with performance and load testing (k6, Gatling) more closely matches what the team
needs right now.

We know this isn't the news you were hoping for. We'd genuinely love to stay in touch, and
we'll reach out if a role opens up that fits your background.

Best wishes,
Tomás Arango
Talent Partner, Bitácora Cloud
""",
    ),
    # --- 12 Sistemas Nevado (Computrabajo) ---------------------------------------------------
    m(
        "ld2q",
        "2025-07-04 20:07",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Postulación exitosa: Analista de Pruebas de Software",
        A("confirmation", SN, SNR, 12, "other"),
        html=f"""\
<div style='font-family:Arial;max-width:600px;margin:auto'>
<img src='https://co.computrabajo.com/img/email/logo-ct.png' alt='Computrabajo' height='30'>
<h3>¡Te postulaste correctamente!</h3>
<p>Hola Daniela Marcela, tu hoja de vida fue enviada a la oferta:</p>
<div style='border:1px solid #ddd;padding:12px;border-radius:6px'>
<b>Analista de Pruebas de Software</b><br>
Sistemas Nevado S.A.S. · Medellín, Antioquia<br>
Contrato a término indefinido · $4.500.000 a $5.500.000
</div>
<p>¿Qué sigue? La empresa revisará tu hoja de vida. Te avisaremos cuando la lea o cambie el estado de tu proceso.</p>
<p><a href='https://co.computrabajo.com/candidato/postulaciones?utm_source=email&amp;utm_campaign=postulacion'>Ver mis postulaciones</a></p>
{_CT_FOOT}
</div>""",
    ),
    m(
        "vm9a",
        "2025-07-11 09:02",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Sistemas Nevado S.A.S. leyó tu hoja de vida",
        A("viewed", SN, SNR, 12, "other"),
        html=f"""\
<div style='font-family:Arial;max-width:600px;margin:auto'>
<h3>👀 ¡Tu hoja de vida fue vista!</h3>
<p>Hola Daniela Marcela,</p>
<p><b>Sistemas Nevado S.A.S.</b> leyó tu hoja de vida para la oferta <b>Analista de Pruebas de Software</b>.</p>
<p>Estado del proceso: <b>Hoja de vida vista</b></p>
<p>Mantén tu teléfono disponible: es posible que la empresa te contacte.</p>
<p><a href='https://co.computrabajo.com/candidato/postulaciones/detalle?id=3F8A2C71B0&amp;utm_source=email'>Ver estado del proceso</a></p>
{_CT_FOOT}
</div>""",
    ),
    # --- 13 Aseguradora Pórtico (elempleo.com) ----------------------------------------------
    m(
        "eu4x",
        "2025-07-30 13:40",
        "elempleo.com <notificaciones@elempleo.com>",
        "Usted se postuló a la oferta Analista QA",
        A("confirmation", AP, APR, 13, "other"),
        html="""\
<table width='600' style='font-family:Tahoma,Arial;font-size:13px'>
<tr><td><img src='https://www.elempleo.com/co/img/logo-elempleo.png' alt='elempleo.com'></td></tr>
<tr><td>
<p>Apreciado(a) Daniela Marcela:</p>
<p>Su hoja de vida fue enviada exitosamente a la siguiente oferta:</p>
<p><b>Analista QA</b><br>Aseguradora Pórtico S.A.<br>Medellín · Salario a convenir</p>
<p>Recuerde que puede hacer seguimiento a sus postulaciones en la sección <i>Mis postulaciones</i>.</p>
<p>Cordialmente,<br>elempleo.com</p>
</td></tr>
<tr><td style='font-size:10px;color:#777'>elempleo.com nunca le solicitará dinero por participar en un proceso de selección. Si recibe una solicitud de este tipo, denúnciela.</td></tr>
</table>""",
    ),
    m(
        "dr1f",
        "2025-08-06 16:22",
        "elempleo.com <notificaciones@elempleo.com>",
        "Su hoja de vida fue vista",
        A("viewed", AP, APR, 13, "other"),
        text="""\
Apreciado(a) Daniela Marcela:

Le informamos que la empresa Aseguradora Pórtico S.A. vio su hoja de vida en la oferta
Analista QA.

Esto no significa que haya sido seleccionado(a); la empresa continúa con la revisión de los
candidatos.

Consulte el estado de su proceso: https://www.elempleo.com/co/mis-postulaciones

Cordialmente,
elempleo.com
""",
    ),
    m(
        "qj7v",
        "2025-08-27 11:31",
        "Selección Pórtico <seleccion@aseguradoraportico.example>",
        "Proceso de selección",
        A("rejection", AP, APR, 13, "direct"),
        text="""\
Apreciada Daniela Marcela:

Reciba un cordial saludo de Aseguradora Pórtico S.A.

Agradecemos su interés en formar parte de nuestra compañía y el tiempo dedicado a la entrevista
telefónica. Su perfil resultó muy interesante para el equipo, en especial su experiencia en
automatización de pruebas sobre canales digitales.

No obstante, una vez evaluados todos los candidatos, hemos decidido continuar con otros
candidatos cuyo perfil se ajusta de manera más cercana a los requerimientos actuales del cargo.

Conservaremos su hoja de vida en nuestra base de datos para futuras oportunidades.

Cordialmente,

Dirección de Gestión Humana
Aseguradora Pórtico S.A.
""",
    ),
    # --- 14 Cumbre Digital (Torre) ----------------------------------------------------------
    m(
        "st3g",
        "2025-08-12 19:55",
        "Torre <notifications@torre.ai>",
        "You applied to SDET (Cypress) at Cumbre Digital",
        A("confirmation", CD, CDR, 14, "other", "en"),
        text="""\
Hi Daniela,

Your application to SDET (Cypress) at Cumbre Digital has been submitted.

  Compensation: USD 3,000 - 4,000/month
  Remote · LATAM · Full-time

What happens next: Cumbre Digital's team will review your genome and your answers to the
screening questions. We'll notify you as soon as there's an update. On average, this
organization responds in 6 days.

Track your application: https://torre.ai/applications?utm_medium=email

Torre
Reply to this email to talk to Torre's support team.
""",
    ),
    m(
        "xc0p",
        "2025-08-20 14:06",
        "Torre <notifications@torre.ai>",
        "Cumbre Digital viewed your genome",
        A("viewed", CD, CDR, 14, "other", "en"),
        text="""\
Hi Daniela,

Good news: someone from Cumbre Digital viewed your genome for the SDET (Cypress) opportunity.

Tip: genomes with a complete "Projects" section get 40% more replies. Add yours:
https://torre.ai/dmrestrepo/edit?utm_medium=email

Torre
""",
    ),
    # --- 15 Harborview Analytics (LinkedIn Easy Apply) --------------------------------------
    m(
        "ig8d",
        "2025-08-26 10:44",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Daniela, your application was sent to Harborview Analytics",
        A("confirmation", HV, HVR, 15, "linkedin", "en"),
        html="""\
<table width='100%' style='font-family:-apple-system,system-ui,Arial'><tr><td align='center'>
<table width='512'>
<tr><td><img src='https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb' alt='LinkedIn' height='20'></td></tr>
<tr><td><h2 style='font-size:20px'>Your application was sent to Harborview Analytics</h2></td></tr>
<tr><td><b>QA Automation Engineer</b><br>Harborview Analytics · Colombia (Remote)<br>Applied on August 26, 2025</td></tr>
<tr><td><p>Now, take these steps to stand out:</p>
<a href='https://www.linkedin.com/comm/jobs/view/4091837265/?trackingId=Qm9wZz0%3D&amp;refId=a1b2'>View job</a></td></tr>
<tr><td style='font-size:12px;color:#666'>This email was intended for Daniela Restrepo (QA Automation | Selenium · Cypress | ISTQB).
<a href='https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail'>Unsubscribe</a> · Help<br>
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table></td></tr></table>""",
    ),
    m(
        "ob5z",
        "2025-08-29 15:19",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Harborview Analytics",
        A("viewed", HV, HVR, 15, "linkedin", "en"),
        text="""\
Your application was viewed by Harborview Analytics

QA Automation Engineer
Harborview Analytics · Colombia (Remote)

The employer viewed your application. Here's what you can do next:
See similar jobs: https://www.linkedin.com/comm/jobs/collections/similar-jobs/?currentJobId=4091837265

----------------------------------------
This email was intended for Daniela Restrepo (QA Automation | Selenium · Cypress | ISTQB)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving Job application emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    # --- 16 Copperline (LinkedIn InMail; Greenhouse; HackerRank) ----------------------------
    m(
        "fy2k",
        "2025-09-29 12:33",
        "Jessica Park via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior QA Engineer - remote from Colombia?",
        J("outreach", "linkedin", CL, CLR, "en"),
        text="""\
Jessica Park
Technical Recruiter at Copperline

Hi Daniela,

I'm a recruiter at Copperline - we build routing and freight-visibility software for
mid-size carriers in the US. We're growing our QA team in Colombia (2 engineers already in
Medellín!) and I think your Selenium/Cypress background would be a great fit for our Senior
QA Engineer role.

Fully remote, USD contract, ~4 hours overlap with Central time. Would you be open to applying?
Here's the link: https://boards.greenhouse.io/copperline/jobs/6012448003

Thanks!
Jessica

Reply: https://www.linkedin.com/messaging/thread/2-ZTQ3ZjE5MmEtNzE0Yy00/?trk=eml-inmail

This message was sent to Daniela Restrepo. Unsubscribe · Help
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m_us(
        "kb6u",
        "2025-10-01 20:02",
        "Copperline <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Copperline",
        A("confirmation", CL, CLR, 16, "greenhouse", "en"),
        reply_to="no-reply@us.greenhouse-mail.io",
        text="""\
Hi Daniela,

Thanks for applying to Copperline. Your application for the Senior QA Engineer role has been
received and will be reviewed by our hiring team.

If your background is a fit, a member of our recruiting team will reach out to you about next
steps.

Regards,
Copperline Recruiting

** Please note: Do not reply to this email. This email is sent from an unattended mailbox.
Replies will not be read.
""",
    ),
    m(
        "mp4c",
        "2025-10-03 10:11",
        "HackerRank <noreply@hackerrankforwork.com>",
        "Copperline Test Invitation",
        A("assessment", CL, CLR, 16, "hackerrank", "en"),
        text="""\
Hi Daniela,

Thank you for your interest in Copperline! As the next step in our hiring process, we'd like
you to complete the Senior QA - Automation & API test.

  Duration: 90 minutes
  Test link expires: Oct 8, 2025

Start here: https://www.hackerrank.com/tests/cp9sqa2025/login?b=eyJ1c2VybmFtZSI6ImRtcmVzdHJlcG8ifQ==

Copperline Talent Team
(powered by HackerRank)
""",
    ),
    m_us(
        "hw1e",
        "2025-10-17 14:37",
        "Copperline <no-reply@us.greenhouse-mail.io>",
        "Copperline | Senior QA Engineer",
        A("rejection", CL, CLR, 16, "greenhouse", "en"),
        reply_to="no-reply@us.greenhouse-mail.io",
        text="""\
Hi Daniela,

Thank you for your interest in Copperline and for the time you put into the HackerRank
assessment. We truly appreciate the effort.

After careful consideration, we have decided not to move forward with your candidacy at this
time. This was not an easy decision, as we received many strong applications.

We encourage you to keep an eye on our careers page for future openings, and we wish you the
best of luck in your search.

Best,
Copperline Recruiting
""",
    ),
    # --- 17 Farmarío (Magneto; Evaluar.com names the razón social) --------------------------
    m(
        "ax9r",
        "2025-07-18 18:26",
        "Magneto <notificaciones@magneto365.com>",
        "¡Listo, Daniela Marcela! Tu postulación fue enviada",
        A("confirmation", FR, FRR, 17, "other"),
        html="""\
<html><body style='font-family:Arial,sans-serif'>
<div style='max-width:600px;margin:auto'>
<h2 style='color:#7b2cbf'>¡Tu postulación fue enviada!</h2>
<p>Hola Daniela Marcela,</p>
<p>Te postulaste a la vacante <b>Analista de Pruebas QA</b> de <b>Distribuidora Farmacéutica del Río S.A.S.</b></p>
<p>📍 Itagüí, Antioquia · 🏢 Presencial</p>
<p>Sigue el estado en <a href='https://www.magneto365.com/co/mis-procesos?utm_source=transaccional&amp;utm_medium=email'>Mis procesos</a>.</p>
<p>¡Éxitos!<br>Equipo Magneto</p>
<p style='font-size:11px;color:#888'>Magneto Global S.A.S. · Tratamos tus datos conforme a la Ley 1581 de 2012.</p>
</div></body></html>""",
    ),
    m(
        "ue3m",
        "2025-07-25 08:47",
        "Evaluar.com <notificaciones@evaluar.com>",
        "Invitación a presentar pruebas - DISTRIBUIDORA FARMACEUTICA DEL RIO SAS",
        A("assessment", FR, FRR, 17, "other"),
        text="""\
Señor(a) DANIELA MARCELA RESTREPO OSPINA

DISTRIBUIDORA FARMACEUTICA DEL RIO SAS (Farmarío) lo(a) invita a presentar las siguientes
pruebas dentro de su proceso de selección para el cargo ANALISTA DE PRUEBAS QA:

  - Prueba de Personalidad (16PF-5)
  - Prueba de Valores Interpersonales
  - Razonamiento Numérico

Fecha límite: 28/07/2025 18:00
Usuario: 1036652418
Clave temporal: FR-8835
Ingrese a: https://app.evaluar.com/candidato/login

Este es un mensaje automático, por favor no lo responda.
Evaluar.com
""",
    ),
    m(
        "nq6o",
        "2025-08-20 12:03",
        "Magneto <notificaciones@magneto365.com>",
        "Actualización de tu postulación",
        A("rejection", FR, FRR, 17, "other"),
        html="""\
<html><body style='font-family:Arial,sans-serif'>
<div style='max-width:600px;margin:auto'>
<p>Hola Daniela Marcela,</p>
<p>Gracias por participar en el proceso de <b>Analista de Pruebas QA</b> en <b>Distribuidora Farmacéutica del Río S.A.S.</b></p>
<p>Valoramos tu tiempo y el interés en hacer parte de la compañía. En esta oportunidad, la empresa decidió continuar con otros candidatos cuyo perfil se ajusta más a las necesidades del cargo.</p>
<p>¡No te desanimes! Tenemos más vacantes para ti:</p>
<p><a href='https://www.magneto365.com/co/empleos/qa?utm_source=transaccional&amp;utm_campaign=descarte'>Ver vacantes de QA</a></p>
<p>Equipo Magneto</p>
</div></body></html>""",
    ),
    # --- 18 Clínica Montesacro (Computrabajo) -----------------------------------------------
    m(
        "jk4h",
        "2025-09-03 21:18",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Postulación exitosa: Analista de Pruebas de Sistemas de Información",
        A("confirmation", CM, CMR, 18, "other"),
        html=f"""\
<div style='font-family:Arial;max-width:600px;margin:auto'>
<h3>¡Te postulaste correctamente!</h3>
<p>Hola Daniela Marcela, tu hoja de vida fue enviada a la oferta:</p>
<div style='border:1px solid #ddd;padding:12px;border-radius:6px'>
<b>Analista de Pruebas de Sistemas de Información</b><br>
Clínica Montesacro · Medellín, Antioquia<br>
Salario a convenir
</div>
<p><a href='https://co.computrabajo.com/candidato/postulaciones?utm_source=email&amp;utm_campaign=postulacion'>Ver mis postulaciones</a></p>
{_CT_FOOT}
</div>""",
    ),
    m(
        "wq8b",
        "2025-10-06 07:31",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Novedades en tu proceso con Clínica Montesacro",
        A("rejection", CM, CMR, 18, "other"),
        html=f"""\
<div style='font-family:Arial;max-width:600px;margin:auto'>
<p>Hola Daniela Marcela,</p>
<p>La empresa <b>Clínica Montesacro</b> finalizó el proceso de selección de la oferta
<b>Analista de Pruebas de Sistemas de Información</b> y tu hoja de vida no continúa en esta ocasión.</p>
<p>Estado del proceso: <b>Finalizado</b></p>
<p>¡Sigue adelante! Hay nuevas ofertas que encajan con tu perfil.</p>
<p><a href='https://co.computrabajo.com/trabajo-de-analista-qa-en-antioquia?utm_source=email'>Ver ofertas</a></p>
{_CT_FOOT}
</div>""",
    ),
    # --- 19 Atlas Global Services (SmartRecruiters; Emmersion English test) -----------------
    m(
        "cx1l",
        "2025-09-09 14:55",
        "Atlas Global Services <no-reply@smartrecruiters.com>",
        "Thank you for your application",
        A("confirmation", AG, AGR, 19, "smartrecruiters", "en"),
        text="""\
Dear Daniela Marcela,

Thank you for applying for the QA Automation Analyst (Bilingual) position at Atlas Global
Services in Medellín. We have received your application and our Talent Acquisition team is
reviewing it.

As a bilingual position, our process includes an English assessment. If you are shortlisted,
you will receive an invitation shortly.

Kind regards,
Talent Acquisition - Atlas Global Services Colombia

Powered by SmartRecruiters - https://jobs.smartrecruiters.com/AtlasGlobalServices1/744000083215690
""",
    ),
    m(
        "gp7n",
        "2025-09-11 09:26",
        "Emmersion <no-reply@emmersion.ai>",
        "Atlas Global Services has invited you to take an English assessment",
        A("assessment", AG, AGR, 19, "other", "en"),
        text="""\
Hello Daniela,

Atlas Global Services has invited you to complete the TrueNorth English speaking assessment as
part of your application.

  - Takes about 15-20 minutes
  - You will need a microphone and a quiet place
  - You can take it on your phone or computer

Start your assessment: https://app.emmersion.ai/assess/8c2f41d0?lang=en

This link expires in 72 hours.

The Emmersion Team
""",
    ),
    # --- 20 Pixelandia Estudio (hoja de vida sent by e-mail) --------------------------------
    m(
        "rb0s",
        "2025-07-31 11:09",
        "Laura Gómez | Pixelandia <talento@pixelandia.example>",
        "RE: Hoja de vida - Tester QA",
        A("confirmation", PX, PXR, 20, "direct"),
        **{
            "In-Reply-To": "<CAF8qX=dR5mWn0p2@mail.gmail.com>",
            "References": "<CAF8qX=dR5mWn0p2@mail.gmail.com>",
        },
        text="""\
Hola Daniela, buenos días.

Recibimos tu hoja de vida, ¡gracias por escribirnos! La vamos a revisar con el equipo de
producto y si avanzas te contactamos la próxima semana.

Saludos,
Laura Gómez
Coordinadora de Talento · Pixelandia Estudio
Envigado, Antioquia

________________________________
De: Daniela Restrepo <dmrestrepo.qa@gmail.com>
Enviado: miércoles, 30 de julio de 2025 7:52 p. m.
Para: talento@pixelandia.example
Asunto: Hoja de vida - Tester QA

Buenas noches,
Vi en Instagram la publicación de la vacante de Tester QA y les comparto mi hoja de vida.
Tengo cinco años de experiencia en pruebas funcionales y automatizadas (Selenium, Cypress) y
certificación ISTQB Foundation. Quedo atenta.
Daniela Restrepo - 300 612 4478
""",
    ),
    # --- 21 Northgate Insurance (Workday tenant "ngic") -------------------------------------
    m_us(
        "lv5g",
        "2025-08-07 21:33",
        "ngic@myworkday.com",
        "Your candidate account has been created",
        J("other_job", "workday", NG, None, "en"),
        text="""\
Dear Daniela Restrepo,

Thank you for creating a candidate account on the NGIC Careers site.

Your user name is: dmrestrepo.qa@gmail.com

You can sign in at any time to view the status of your applications, update your profile or
apply for other positions: https://ngic.wd1.myworkdayjobs.com/External

Northgate Insurance Group - Talent Acquisition
""",
    ),
    m_us(
        "ej2w",
        "2025-08-07 21:58",
        "ngic@myworkday.com",
        "Application received: QA Automation Engineer II (R-10482)",
        A("confirmation", NG, NGR, 21, "workday", "en"),
        text="""\
Dear Daniela,

Thank you for your interest in Northgate Insurance. We have received your application for
QA Automation Engineer II (R-10482) - Remote, Latin America.

Our Talent Acquisition team will review your qualifications. If your experience matches our
needs, a recruiter will contact you. You can check the status of your application at any time
in your candidate home: https://ngic.wd1.myworkdayjobs.com/External/userHome

Sincerely,
Northgate Insurance Group - Talent Acquisition

Northgate Insurance is an Equal Opportunity Employer.
""",
    ),
    m_us(
        "vy8r",
        "2025-09-18 08:15",
        "ngic@myworkday.com",
        "Regarding your application for QA Automation Engineer II",
        A("rejection", NG, NGR, 21, "workday", "en"),
        text="""\
Dear Daniela,

Thank you for applying for the QA Automation Engineer II (R-10482) position. We appreciate
the time you took to share your experience with us.

We have reviewed your application and, while your qualifications are impressive, we have
decided to pursue other candidates whose experience more closely aligns with the requirements
of this role.

We encourage you to continue to visit our careers site and apply for positions that match
your skills.

Sincerely,
Northgate Insurance Group - Talent Acquisition
""",
    ),
    # --- 22 Runa Robotics (Get on Board; the team writes from Santiago de Chile) ------------
    m(
        "sk1y",
        "2025-10-06 19:44",
        "Get on Board <notifications@getonbrd.com>",
        "Tu postulación a QA Engineer (Automation) en Runa Robotics fue enviada",
        A("confirmation", RR, RRR, 22, "other"),
        text="""\
¡Hola Daniela!

Enviamos tu postulación a QA Engineer (Automation) en Runa Robotics (Remoto LATAM · Full
time · USD 2.800 - 3.500).

Te avisaremos cuando la empresa revise tu postulación.

Ver mis postulaciones: https://www.getonbrd.com/myapplications

Equipo Get on Board
""",
    ),
    m(
        "fo6c",
        "2025-10-10 12:30",
        "Ignacia Soto <ignacia@runarobotics.example>",
        "Invitación: Conversación Runa Robotics + Daniela @ mar 14 oct 2025 11am - 11:45am (COT) (dmrestrepo.qa@gmail.com)",
        A("interview", RR, RRR, 22, "direct"),
        text="""\
¡Hola Daniela! Te dejo agendada una primera conversa con el equipo, cualquier cosa me avisas
y lo movemos. ¡Saludos desde Santiago!

Has recibido una invitación para el siguiente evento.

Conversación Runa Robotics + Daniela
martes, 14 oct 2025 11am – 11:45am (hora de Colombia)

Unirse con Google Meet
meet.google.com/rnq-hzpc-dwo

Invitación de Google Calendar
""",
        ics=ics(
            "3c8e1g5i7k9m2o4q6s8u0w2y4a@google.com",
            "2025-10-14 11:00",
            "Conversación Runa Robotics + Daniela",
            ("Ignacia Soto", "ignacia@runarobotics.example"),
            minutes=45,
            description="Unirse con Google Meet: https://meet.google.com/rnq-hzpc-dwo",
        ),
    ),
    m(
        "co3b",
        "2025-10-28 17:12",
        "Ignacia Soto <ignacia@runarobotics.example>",
        "Gracias por tu tiempo, Daniela",
        A("rejection", RR, RRR, 22, "direct"),
        text="""\
Hola Daniela, ¿cómo estás?

Te escribo para cerrar el proceso. Nos gustó mucho conversar contigo y el equipo destacó tu
orden para diseñar casos de prueba. Al final decidimos avanzar con una persona con experiencia
en pruebas de sistemas embebidos y ROS, que es lo que más vamos a necesitar en 2026.

Ojalá nos volvamos a topar. ¡Mucho éxito!

Ignacia Soto
People & Culture · Runa Robotics
""",
    ),
    # --- 23 Logística Aburrá Express (Indeed) -----------------------------------------------
    m(
        "zq7i",
        "2025-09-05 13:50",
        "Indeed <indeedapply@indeed.com>",
        "Se envió tu postulación a Logística Aburrá Express",
        A("confirmation", LX, LXR, 23, "indeed"),
        html="""\
<div style='font-family:Helvetica,Arial;max-width:560px'>
<img src='https://www.indeed.com/images/indeed-logo.png' alt='Indeed' height='24'>
<h2>Postulación enviada</h2>
<p><b>Analista de Pruebas</b><br>Logística Aburrá Express - Sabaneta, Antioquia</p>
<p>Se enviaron los siguientes elementos a Logística Aburrá Express:</p>
<ul><li>Información de contacto</li><li>CV: HV_Daniela_Restrepo_QA_2025.pdf</li><li>Respuestas a 3 preguntas del empleador</li></ul>
<p>Buena suerte. Te notificaremos si hay novedades.</p>
<p><a href='https://co.indeed.com/myjobs?from=applyconfemail'>Ir a Mis empleos</a></p>
<p style='font-size:11px;color:#767676'>© 2025 Indeed · No responder a este correo electrónico.</p>
</div>""",
    ),
    m(
        "qm3d",
        "2025-12-02 16:05",
        "Salud Ocupacional Integral IPS <citas@saludocupacionalips.example>",
        "Confirmación cita examen médico ocupacional de ingreso",
        J("other_job", "other", LL),
        text="""\
Señor(a) DANIELA MARCELA RESTREPO OSPINA
C.C. 1036652418

Le confirmamos su cita para EXAMEN MÉDICO OCUPACIONAL DE INGRESO:

  Empresa solicitante: DEEL COLOMBIA S.A.S.
  Cargo: SOFTWARE DEVELOPMENT ENGINEER IN TEST
  Fecha: martes 9 de diciembre de 2025, 7:00 a. m.
  Sede: Cra. 48 # 19A-40, piso 3, Medellín
  Exámenes: evaluación médica con énfasis osteomuscular, optometría, audiometría

Preparación: asista en ayunas de 8 horas y traiga sus gafas o lentes formulados, si los usa.
Presente su documento de identidad original.

Si no puede asistir, reprograme con 24 horas de anticipación al (604) 322 1188.

Salud Ocupacional Integral IPS
""",
    ),
    # --- alerts, talent communities, outreach and other job mail ---------------------------
    m(
        "ah4e",
        "2025-07-03 07:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“qa automation”: 15 oportunidades nuevas en Medellín",
        J("alert", "linkedin"),
        headers=unsub(
            "https://www.linkedin.com/comm/jobs/alerts?lipi=urn%3Ali%3Apage%3Aemail_jobs_alert"
        ),
        text="""\
Tus alertas de empleo: “qa automation” en Medellín, Antioquia, Colombia

Analista QA Automatización
Quimbaya Labs · Medellín, Antioquia, Colombia (Híbrido)
Solicitud sencilla
https://www.linkedin.com/comm/jobs/view/4078112904/

QA Automation Engineer
Bitácora Cloud · Medellín, Antioquia, Colombia (Híbrido)
Hace 3 días · 2 contactos trabajan aquí
https://www.linkedin.com/comm/jobs/view/4077520148/

Ingeniero(a) de Pruebas Automatizadas
Sistemas Nevado · Medellín, Antioquia, Colombia
https://www.linkedin.com/comm/jobs/view/4079302271/

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search/?keywords=qa%20automation&location=Medell%C3%ADn

Este correo electrónico estaba dirigido a Daniela Restrepo (QA Automation | Selenium · Cypress | ISTQB)
Cancelar suscripción · Ayuda
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "bk9w",
        "2025-07-07 10:21",
        "Servicio Público de Empleo <notificaciones@serviciodeempleo.gov.co>",
        "Registro exitoso de su hoja de vida",
        J("other_job", "other"),
        text="""\
Señor(a) DANIELA MARCELA RESTREPO OSPINA:

La Unidad Administrativa Especial del Servicio Público de Empleo le informa que su hoja de vida
fue registrada exitosamente en el Sistema de Información del Servicio de Empleo (SISE).

Para completar su inscripción, acérquese o comuníquese con el prestador que usted eligió:
Agencia de Gestión y Colocación de Empleo - Comfama, Sede San Ignacio, Medellín. Allí recibirá
orientación ocupacional y podrá ser remitido(a) a vacantes que se ajusten a su perfil.

Recuerde que todos los servicios del Servicio Público de Empleo son gratuitos.

Usuario: 1036652418
Consulte vacantes en https://www.serviciodeempleo.gov.co/buscador-de-empleo

Unidad del Servicio Público de Empleo - Ministerio del Trabajo
Este mensaje se genera automáticamente; por favor no responda.
""",
    ),
    m(
        "dn2j",
        "2025-07-21 06:40",
        "Computrabajo <alertas@computrabajo.com>",
        "Nuevas ofertas de empleo para ti: Analista QA",
        J("alert", "other"),
        headers=unsub("https://co.computrabajo.com/candidato/alertas/baja?id=9c2e"),
        html=f"""\
<div style='font-family:Arial;max-width:600px;margin:auto'>
<p>Hola Daniela Marcela, estas ofertas coinciden con tu alerta <b>Analista QA · Antioquia</b>:</p>
<ul>
<li><a href='https://co.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-analista-qa-semi-senior-en-medellin-A1B2C3'>Analista QA Semi Senior</a> - Serviprocesos S.A.S. - Medellín - $4.800.000</li>
<li><a href='https://co.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-tester-funcional-en-envigado-D4E5F6'>Tester Funcional</a> - Confidencial - Envigado</li>
<li><a href='https://co.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-analista-de-calidad-de-software-en-rionegro-G7H8I9'>Analista de Calidad de Software</a> - Grupo Agroindustrial Oriente - Rionegro</li>
</ul>
<p><a href='https://co.computrabajo.com/trabajo-de-analista-qa-en-antioquia?utm_source=alerta'>Ver todas las ofertas</a></p>
{_CT_FOOT}
</div>""",
    ),
    m(
        "ew6q",
        "2025-07-28 08:00",
        "Get on Board <hello@getonbrd.com>",
        "Los empleos de QA y testing de la semana 🧪",
        J("alert", "other"),
        headers=unsub(
            "https://www.getonbrd.com/unsubscribe/weekly?t=7bd0", "unsubscribe@getonbrd.com"
        ),
        text="""\
Hola Daniela 👋

Estos son los empleos de QA & Testing publicados esta semana que coinciden con tus preferencias
(Remoto · Colombia · USD o COP):

  QA Engineer - Tintico (Medellín, remoto local)
  https://www.getonbrd.com/jobs/qa-testing/qa-engineer-tintico-medellin

  QA Automation Engineer (Playwright) - Kuma Payments (Remoto LATAM)
  https://www.getonbrd.com/jobs/qa-testing/qa-automation-kuma-payments-remote

  Tester Manual Semi Senior - Agencia Doble Clic (Bogotá, híbrido)
  https://www.getonbrd.com/jobs/qa-testing/tester-manual-doble-clic-bogota

¿Buscando otra cosa? Ajusta tus preferencias: https://www.getonbrd.com/preferences

Get on Board - Tecnología, remoto y en español.
""",
    ),
    m(
        "ip8v",
        "2025-08-13 07:11",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“sdet”: Cumbre Digital - SDET (Cypress) y 9 más",
        J("alert", "linkedin"),
        headers=unsub(
            "https://www.linkedin.com/comm/jobs/alerts?lipi=urn%3Ali%3Apage%3Aemail_jobs_alert"
        ),
        text="""\
Tus alertas de empleo: “sdet” en Latinoamérica (Remoto)

SDET (Cypress)
Cumbre Digital · Latinoamérica (En remoto)
Se está contratando activamente

Software Engineer in Test II
Harborview Analytics · Colombia (En remoto)
Solicitud sencilla

QA Automation Engineer
Harborview Analytics · Colombia (En remoto)
Solicitud sencilla · Hace 1 día

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search/?keywords=sdet&f_WT=2

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "yt1u",
        "2025-08-18 06:30",
        "elempleo.com <alertas@elempleo.com>",
        "Ofertas de empleo que le pueden interesar",
        J("alert", "other"),
        headers=unsub("https://www.elempleo.com/co/alertas/cancelar?c=41d9"),
        text="""\
Apreciado(a) Daniela Marcela:

Según su perfil, estas ofertas le pueden interesar:

  * Analista de Pruebas Senior - Banca - Medellín - $6.000.000 a $7.000.000
  * Ingeniero de Calidad de Software - Empresa del sector energético - Medellín
  * Automatizador de Pruebas - Consultora TI - Remoto

Vea todas las ofertas: https://www.elempleo.com/co/ofertas-empleo/analista-de-pruebas

Para dejar de recibir estas alertas ingrese a su cuenta.
elempleo.com
""",
    ),
    m(
        "ru5a",
        "2025-08-22 09:10",
        "Servicio Público de Empleo <notificaciones@serviciodeempleo.gov.co>",
        "Vacantes que se ajustan a su perfil",
        J("alert", "other"),
        text="""\
Señor(a) DANIELA MARCELA RESTREPO OSPINA:

El Servicio Público de Empleo encontró vacantes que coinciden con su perfil ocupacional
(Analista de pruebas de software - CUOC 2512):

  - Código 1782034-47: Analista de pruebas de software. Medellín. Salario $3.500.001 a $4.000.000.
  - Código 1782311-12: Técnico en pruebas de aplicaciones. Bello. Salario a convenir.
  - Código 1783009-05: Profesional de calidad de software. Itagüí. $5.000.001 a $6.000.000.

Si le interesa alguna, ingrese con su usuario y postúlese, o comuníquese con su prestador
(Comfama) para ser remitido(a).

Unidad del Servicio Público de Empleo
""",
    ),
    m(
        "ko0h",
        "2025-08-25 14:28",
        "Temporales Antioquia S.A.S. <reclutamiento@temporalesantioquia.example>",
        "Oferta laboral – Tester manual (obra o labor)",
        J("outreach", "agency", None, "Tester manual"),
        text="""\
Buenas tardes Sra. Daniela,

Encontramos su hoja de vida en el Servicio Público de Empleo y queremos invitarla a
participar en el proceso para el cargo TESTER MANUAL en misión con una empresa usuaria del
sector retail ubicada en Medellín.

Condiciones: contrato por obra o labor a través de nuestra empresa de servicios temporales,
salario $2.900.000 + prestaciones, horario de lunes a viernes 7:00 a. m. a 5:00 p. m.,
presencial.

Si está interesada, por favor responda este correo con su hoja de vida actualizada y
disponibilidad para entrevista.

Atentamente,

Yuliana Cano
Analista de Reclutamiento
Temporales Antioquia S.A.S. - Empresa de Servicios Temporales
Autorizada por el Ministerio del Trabajo
""",
    ),
    m(
        "gl3x",
        "2025-08-30 18:00",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Ledgerline está contratando: Software Development Engineer in Test",
        J("alert", "linkedin", LL, LLR),
        headers=unsub(
            "https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_listings"
        ),
        text="""\
Ledgerline está contratando

Software Development Engineer in Test (LATAM, Remote)
Ledgerline · Latinoamérica (En remoto)
Estás entre los 25 primeros solicitantes

Ledgerline construye la infraestructura de conciliación de pagos para empresas de software en
EE. UU. Busca a su primer SDET en Latinoamérica.

Ver empleo: https://www.linkedin.com/comm/jobs/view/4102238710/

Este correo electrónico estaba dirigido a Daniela Restrepo. Recibes correos de empleos que podrían interesarte.
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe
""",
    ),
    m(
        "ze4t",
        "2025-09-02 11:15",
        "Torre <notifications@torre.ai>",
        "3 new opportunities match your genome",
        J("alert", "other", None, None, "en"),
        headers=unsub("https://torre.ai/preferences/notifications"),
        text="""\
Hi Daniela,

These opportunities are a strong match for your genome:

  QA Automation Engineer - Kuma Payments - Remote (LATAM) - USD 3,500-4,500/mo - 91% match
  Senior SDET - Nortal Labs - Remote - USD 4,000-5,200/mo - 87% match
  QA Lead - Cumbre Digital - Remote - USD 4,500-5,500/mo - 79% match

See all: https://torre.ai/search/jobs?q=qa&utm_medium=email

Torre
""",
    ),
    m(
        "bw7y",
        "2025-09-15 06:41",
        "Computrabajo <alertas@computrabajo.com>",
        "¡Tenemos ofertas nuevas! Analista QA en Antioquia",
        J("alert", "other"),
        headers=unsub("https://co.computrabajo.com/candidato/alertas/baja?id=9c2e"),
        html=f"""\
<div style='font-family:Arial;max-width:600px;margin:auto'>
<p>Hola Daniela Marcela, encontramos <b>12 ofertas nuevas</b> para tu alerta <b>Analista QA · Antioquia</b>:</p>
<ul>
<li>Analista de Pruebas de Sistemas de Información - Clínica Montesacro - Medellín</li>
<li>QA Automatizador Cypress - Confidencial - Medellín - $6.500.000</li>
<li>Analista QA Junior - Inversiones Palmas S.A. - Sabaneta</li>
</ul>
<p><a href='https://co.computrabajo.com/trabajo-de-analista-qa-en-antioquia?utm_source=alerta&amp;utm_campaign=diaria'>Ver las 12 ofertas</a></p>
{_CT_FOOT}
</div>""",
    ),
    m(
        "tc5m",
        "2025-09-24 15:00",
        "Agencia de Empleo Comfama <agenciadeempleo@comfama.com>",
        "Invitación: taller de orientación ocupacional y marca personal",
        J("other_job", "other"),
        headers=unsub("https://www.comfama.com/preferencias"),
        text="""\
Hola, Daniela Marcela:

Como usuaria inscrita en la Agencia de Gestión y Colocación de Empleo de Comfama, te invitamos
al taller gratuito "Tu hoja de vida y tu marca personal en LinkedIn".

  Fecha: jueves 2 de octubre de 2025
  Hora: 9:00 a. m. a 11:00 a. m.
  Lugar: Comfama San Ignacio, salón 4 (también por Teams)

Inscríbete aquí: https://www.comfama.com/empleo/talleres?id=OR-2510

Recuerda: este taller no es un proceso de selección ni una vacante.

Agencia de Empleo Comfama - Prestador autorizado del Servicio Público de Empleo
""",
    ),
    m(
        "vj6f",
        "2025-10-01 07:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“qa automation remoto”: Tiendalia - QA Automation Engineer (Remoto · LATAM) y más",
        J("alert", "linkedin"),
        headers=unsub(
            "https://www.linkedin.com/comm/jobs/alerts?lipi=urn%3Ali%3Apage%3Aemail_jobs_alert"
        ),
        text="""\
Tus alertas de empleo: “qa automation remoto”

QA Automation Engineer (Remoto · LATAM)
Tiendalia · Colombia (En remoto)
Tiendalia publicó de nuevo este empleo

Senior QA Engineer
Copperline · Colombia (En remoto)
Tienes 1 contacto que trabaja aquí

QA Analyst
Brightpath Health · Estados Unidos (En remoto)
Hace 1 semana

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search/?keywords=qa%20automation%20remoto

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "nu9p",
        "2025-10-08 08:20",
        "Magneto <notificaciones@magneto365.com>",
        "Daniela Marcela, estas vacantes son para ti",
        J("alert", "other"),
        headers=unsub("https://www.magneto365.com/co/preferencias?utm_source=recomendados"),
        html="""\
<div style='font-family:Arial;max-width:600px;margin:auto'>
<p>Hola Daniela Marcela, según tu perfil te recomendamos:</p>
<ul>
<li><b>Analista de Pruebas Automatizadas</b> - Cordillera Seguros - Medellín</li>
<li><b>Ingeniero(a) QA</b> - Droguerías Farmarío - Itagüí</li>
<li><b>Analista de Calidad de Software</b> - Empresa de energía - Medellín</li>
</ul>
<p><a href='https://www.magneto365.com/co/empleos?utm_source=recomendados&amp;utm_medium=email'>Postúlate ahora</a></p>
<p style='font-size:11px;color:#888'>Magneto Global S.A.S. · Ley 1581 de 2012 · Cancelar suscripción</p>
</div>""",
    ),
    m(
        "pe2r",
        "2025-10-27 10:48",
        "Ricardo Mejía Uribe <rmejia@talentoejecutivoandino.example>",
        "Oportunidad confidencial – Gerente de QA – salario integral",
        J("outreach", "agency", None, "Gerente de QA"),
        text="""\
Daniela, buenos días.

Mi nombre es Ricardo Mejía, socio de Talento Ejecutivo Andino, firma de búsqueda de
ejecutivos. Estoy liderando una búsqueda confidencial para una multinacional del sector retail
con centro de tecnología en Medellín: Gerente de QA, a cargo de un equipo de 14 personas
(manual, automatización y performance).

Condiciones: salario integral de $22.000.000 a $25.000.000 mensuales, bono anual por
resultados, contrato a término indefinido, esquema híbrido.

Sé que tu trayectoria es más técnica que gerencial, pero varias personas me dieron tu nombre
como referente de automatización en la ciudad. ¿Tendrías 20 minutos esta semana para una
conversación confidencial?

Cordialmente,

Ricardo Mejía Uribe
Socio | Talento Ejecutivo Andino
Executive Search · Medellín · Bogotá
+57 310 555 8842
""",
    ),
    m(
        "xa8k",
        "2025-11-03 06:55",
        "Indeed <alert@indeed.com>",
        "Nuevos empleos de analista de pruebas en Medellín, Antioquia",
        J("alert", "indeed"),
        headers=unsub("https://co.indeed.com/alerts/unsubscribe?id=7fe1c2a9"),
        html="""\
<div style='font-family:Helvetica,Arial;max-width:560px'>
<p><b>15 empleos nuevos</b> para <b>analista de pruebas</b> en Medellín, Antioquia</p>
<p><a href='https://co.indeed.com/rc/clk?jk=8f2d1c0e&amp;from=ja'>Analista de Pruebas Funcionales</a><br>Serviprocesos S.A.S. - Medellín<br>$4.200.000 al mes · Postúlate fácilmente</p>
<p><a href='https://co.indeed.com/rc/clk?jk=1b3e5f70&amp;from=ja'>QA Tester Junior</a><br>Logística Aburrá Express - Sabaneta</p>
<p><a href='https://co.indeed.com/rc/clk?jk=9a7c6d21&amp;from=ja'>Analista de Calidad de Software</a><br>Grupo Agroindustrial Oriente - Rionegro</p>
<p style='font-size:11px;color:#767676'>Recibes este correo porque te suscribiste a alertas de empleo de Indeed. Cancelar suscripción.</p>
</div>""",
    ),
]

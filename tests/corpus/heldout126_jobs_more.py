# ruff: noqa: E501, RUF100
"""Corpus 126, job mail part two (data only): see heldout126.py."""

from __future__ import annotations

from typing import Any

from heldout126_jobs import (
    AS,
    ASR,
    DN,
    DNR,
    HH,
    HHR,
    KO,
    KOR,
    LG,
    LGR,
    ME_FROM,
    NF,
    NFR,
    OP,
    OPR,
    PP,
    PPR,
    QF,
    QFR,
    RA,
    RAR,
    TI,
    TIR1,
    US,
    USR,
    A,
    J,
    ics,
    m,
    re,
)

_GH = "no-reply@us.greenhouse-mail.io"
_MEGAN = "Megan O'Connell <megan.oconnell@harborlinehealth.example>"
_RACHEL = "Rachel Kim <rachel.kim@orbitalpay.example>"

# --- Harborline Health, Greenhouse (12) -------------------------------------------------------

_hh_conf = m(
    "r1a",
    "2025-10-16 14:37",
    f"Harborline Health <{_GH}>",
    "Thank you for applying to Harborline Health",
    A("confirmation", HH, HHR, 12, "greenhouse", "en"),
    text="""Hi Laura Valentina,

Thanks for applying to Harborline Health! Your application for the Data Analyst, LATAM
position has been received and our team is reviewing it.

Harborline builds care-navigation software used by more than 300 clinics across the United
States, and our LATAM analytics hub (remote, Colombia and Mexico) supports the product and
operations teams.

If your experience matches what we're looking for, someone from our Talent team will be in
touch within the next two weeks.

Best,
The Harborline Health Talent Team

**Please do not reply to this email. This mailbox is not monitored.**""",
)

_hh_hr = m(
    "r1b",
    "2025-10-22 18:03",
    "Harborline Health Recruiting <no-reply@hackerrankforwork.com>",
    "Invitation: Harborline Health – Data Analyst SQL Assessment",
    A("assessment", HH, HHR, 12, "hackerrank", "en"),
    html="""<html><body style="font-family:Arial;color:#39424e">
<div style="max-width:600px;margin:auto">
<p>Hi Laura Valentina,</p>
<p>Thank you for your interest in <b>Harborline Health</b>. As the next step in our hiring
process, we'd like you to complete the <b>Data Analyst SQL Assessment</b> on HackerRank.</p>
<table style="border:1px solid #ddd;padding:10px">
<tr><td>Duration</td><td><b>75 minutes</b></td></tr>
<tr><td>Questions</td><td>4 SQL, 2 multiple choice (statistics)</td></tr>
<tr><td>Expires</td><td><b>Oct 29, 2025 11:59 PM EDT</b></td></tr></table>
<p><a href="https://www.hackerrank.com/test/8h3kqk2mt1c/login?b=eyJ1c2VybmFtZSI6ImxhdXJh" style="background:#1ba94c;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px">Start Test</a></p>
<p>Before you begin, we recommend trying the <a href="https://www.hackerrank.com/tests/sample">sample test</a> to get familiar with the environment.</p>
<p>Good luck!<br>Harborline Health Recruiting Team</p>
<p style="font-size:11px;color:#999">Powered by HackerRank · <a href="https://www.hackerrank.com/privacy">Privacy Policy</a></p>
</div></body></html>""",
)

_hh_int = m(
    "r1c",
    "2025-11-04 11:26",
    _MEGAN,
    "Next steps: Hiring Manager interview – Data Analyst, LATAM",
    A("interview", HH, HHR, 12, "direct", "en"),
    text="""Hi Laura,

Great news – you did really well on the SQL assessment and our hiring manager, Priya Raman
(Director of Analytics), would like to meet you.

I've sent a calendar invite for Wednesday, November 12 at 10:00 AM Bogotá time (10:00 AM
EST) over Google Meet. It's a 45-minute conversation: your background, a walk-through of a
project you're proud of, and time for your questions.

Let me know if the time doesn't work and I'll find another slot.

Best,
Megan

Megan O'Connell | Senior Technical Recruiter
Harborline Health
harborlinehealth.example/careers""",
    ics=ics(
        "3u7j1pq9mx0c5b2k8w4r6z1t3e@google.com",
        "2025-11-12 10:00",
        "Laura Cárdenas <> Priya Raman – Data Analyst, LATAM",
        ("Megan O'Connell", "megan.oconnell@harborlinehealth.example"),
        minutes=45,
        attendees=[("Priya Raman", "priya.raman@harborlinehealth.example")],
        location="https://meet.google.com/hhx-pqrm-tzv",
        description="Hiring Manager interview\nJoin with Google Meet: https://meet.google.com/hhx-pqrm-tzv",
    ),
)

_hh_ack = m(
    "r1d",
    "2025-11-04 12:02",
    ME_FROM,
    "Re: Next steps: Hiring Manager interview – Data Analyst, LATAM",
    A("interview", HH, HHR, 12, "direct", "en"),
    to=_MEGAN,
    text="""Hi Megan,

Thank you so much! Wednesday Nov 12 at 10:00 AM works perfectly for me. I accepted the
invite.

Best regards,
Laura

On Tue, Nov 4, 2025 at 11:26 AM Megan O'Connell <megan.oconnell@harborlinehealth.example> wrote:
> Hi Laura,
>
> Great news – you did really well on the SQL assessment and our hiring manager, Priya Raman
> (Director of Analytics), would like to meet you.""",
    **re(_hh_int),
)

_hh_ooo = m(
    "r1e",
    "2025-11-04 12:02",
    _MEGAN,
    "Automatic reply: Re: Next steps: Hiring Manager interview – Data Analyst, LATAM",
    J("other_job", "direct", HH, HHR, "en"),
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Hi there,

I'm at a university recruiting event today and tomorrow (November 4-5) with limited access
to email. I'll respond as soon as I can when I'm back on Thursday.

If your message is urgent, please reach out to talent@harborlinehealth.example.

Thanks,
Megan""",
    **re(_hh_int, _hh_ack),
)

_hh_cancel = m(
    "r1f",
    "2025-11-11 16:50",
    _MEGAN,
    "Canceled: Laura Cárdenas <> Priya Raman – Data Analyst, LATAM",
    A("interview", HH, HHR, 12, "direct", "en"),
    text="""Hi Laura,

I'm so sorry for the late notice – Priya is out sick today and tomorrow, so I have to cancel
tomorrow's conversation. I'll send a new invite shortly, most likely for next week.

Apologies again,
Megan""",
    ics=ics(
        "3u7j1pq9mx0c5b2k8w4r6z1t3e@google.com",
        "2025-11-12 10:00",
        "Laura Cárdenas <> Priya Raman – Data Analyst, LATAM",
        ("Megan O'Connell", "megan.oconnell@harborlinehealth.example"),
        method="CANCEL",
        minutes=45,
        attendees=[("Priya Raman", "priya.raman@harborlinehealth.example")],
    ),
)

_hh_new = m(
    "r1g",
    "2025-11-12 09:14",
    "Megan O'Connell (Google Calendar) <calendar-notification@google.com>",
    "Invitation: Laura Cárdenas <> Priya Raman (rescheduled) @ Tue Nov 18, 2025 11am - 11:45am (COT)",
    A("interview", HH, HHR, 12, "direct", "en"),
    reply_to="megan.oconnell@harborlinehealth.example",
    sender="Google Calendar <calendar-notification@google.com>",
    text="""Megan O'Connell has invited you to an event

Laura Cárdenas <> Priya Raman (rescheduled)
When: Tuesday Nov 18, 2025 11am – 11:45am Colombia Standard Time - Bogota
Join with Google Meet: meet.google.com/hhx-rsch-kmv

Guests:
Megan O'Connell – organizer
Priya Raman
lauracardenas.pinzon@gmail.com

Going (lauracardenas.pinzon@gmail.com)? Yes – Maybe – No    More options

Invitation from Google Calendar
You are receiving this email because you are an attendee of the event.""",
    ics=ics(
        "9d1v5nq2kx7b3m0c8t6r4y2w1a@google.com",
        "2025-11-18 11:00",
        "Laura Cárdenas <> Priya Raman (rescheduled)",
        ("Megan O'Connell", "megan.oconnell@harborlinehealth.example"),
        minutes=45,
        attendees=[("Priya Raman", "priya.raman@harborlinehealth.example")],
        location="https://meet.google.com/hhx-rsch-kmv",
    ),
)

_hh_rej = m(
    "r1h",
    "2025-12-02 13:19",
    f"Harborline Health <{_GH}>",
    "Your application with Harborline Health",
    A("rejection", HH, HHR, 12, "greenhouse", "en"),
    text="""Hi Laura Valentina,

Thank you for taking the time to interview with us for the Data Analyst, LATAM role. Priya
and the team really enjoyed learning about your work automating reporting for a 1,200-seat
contact center, and your SQL assessment was one of the strongest we received.

After a lot of deliberation, we've decided to move forward with another candidate whose
background in US healthcare claims data is a closer fit for what the team needs right now.

This was a difficult decision, and we'd genuinely love to stay in touch for future roles.

Warm regards,
Megan O'Connell
on behalf of the Harborline Health Talent Team""",
)

_hh_survey = m(
    "r1i",
    "2025-12-04 15:00",
    f"Harborline Health <{_GH}>",
    "How was your interview experience with Harborline Health?",
    J("other_job", "greenhouse", HH, None, "en"),
    text="""Hi Laura Valentina,

We'd love to hear about your recent candidate experience with Harborline Health. This
anonymous survey takes about 2 minutes and helps us improve how we hire.

Take the survey: https://app.greenhouse.io/survey/candidate/7f2e9d1c4b

Your responses are anonymous and will not affect any current or future applications.

Thank you!
Harborline Health""",
)

# --- Nimbus Freight, Lever (13) -----------------------------------------------------------

_nf_conf = m(
    "r2a",
    "2025-10-20 20:41",
    "Nimbus Freight <no-reply@hire.lever.co>",
    "Thanks for applying to Nimbus Freight!",
    A("confirmation", NF, NFR, 13, "lever", "en"),
    html="""<html><body style="font-family:Georgia,serif;color:#222;max-width:560px">
<p>Hi Laura,</p>
<p>Thanks for your interest in the <b>Business Intelligence Analyst (Colombia – Remote)</b> role at
Nimbus Freight. We've got your application and a real human on our recruiting team will read it.</p>
<p>We try to get back to every candidate within 3 weeks. In the meantime, you can read about how we
think about data at <a href="https://nimbusfreight.example/blog/data">nimbusfreight.example/blog/data</a>.</p>
<p>Cheers,<br>Nimbus Freight Recruiting</p>
<p style="font-size:11px;color:#888">Sent via Lever · <a href="https://jobs.lever.co/nimbusfreight/5b1a9e7c-22d4-4c3e-9f0a-bb7c6d5e4f3a">View posting</a></p>
</body></html>""",
)

# --- Dinarep on Indeed (14) -----------------------------------------------------------------

_dn_conf = m(
    "r3a",
    "2025-11-10 21:58",
    "Indeed <indeedapply@indeed.com>",
    "Postulación enviada: Analista de Datos",
    A("confirmation", DN, DNR, 14, "indeed"),
    html="""<html><body style="font-family:Arial;color:#2d2d2d">
<div style="max-width:600px;margin:auto">
<img src="https://www.indeed.com/images/indeed-logo.png" alt="Indeed" height="28">
<h2>Postulación enviada</h2>
<p><b>Analista de Datos</b><br>DISTRIBUIDORA NACIONAL DE REPUESTOS - DINAREP<br>Bogotá, Bogotá, D.C.</p>
<p>Buenas noticias, Laura Valentina: tu postulación se envió a DISTRIBUIDORA NACIONAL DE REPUESTOS - DINAREP.</p>
<p>Próximos pasos:<br>• La empresa revisará tu postulación.<br>• Te notificaremos si hay actualizaciones.<br>• Puedes hacer seguimiento desde <a href="https://myjobs.indeed.com/applied">Mis empleos</a>.</p>
<p style="font-size:11px;color:#767676">Has recibido este correo porque te postulaste a un empleo en Indeed. © 2025 Indeed · <a href="https://co.indeed.com/legal">Condiciones</a> · <a href="https://co.indeed.com/legal/privacy">Privacidad</a></p>
</div></body></html>""",
)

_dn_int = m(
    "r3b",
    "2025-11-13 08:11",
    "Gustavo Adolfo Peña <gpena@dinarep.example>",
    "Entrevista - Analista de Datos",
    A("interview", DN, DNR, 14, "direct"),
    text="""Buenos días señorita Laura,

Recibimos su hoja de vida a través de Indeed. Quisiéramos invitarla a una entrevista presencial
el martes 18 de noviembre a las 10:00 am en nuestra sede principal: Calle 17 # 22-41,
Paloquemao. Traer hoja de vida y certificados laborales.

Le informo que el salario para el cargo es de $3.800.000 más prestaciones, horario lunes a
viernes 7 am a 5 pm y sábados hasta el mediodía, 100 % presencial.

Quedo atento a su confirmación.

Gustavo Adolfo Peña Rueda
Jefe de Sistemas
DINAREP – Distribuidora Nacional de Repuestos S.A.S.
PBX 601 555 3030 ext 112""",
)

_dn_wd = m(
    "r3c",
    "2025-11-17 16:25",
    "Gustavo Adolfo Peña <gpena@dinarep.example>",
    "RE: Entrevista - Analista de Datos",
    A("confirmation", DN, DNR, 14, "direct"),
    st="withdrawn",
    text="""Entendido señorita Laura, gracias por avisar con tiempo. Quedamos atentos por si más
adelante le interesa.

Saludos,
Gustavo Peña

-----Mensaje original-----
De: Laura Valentina Cárdenas <lauracardenas.pinzon@gmail.com>
Enviado el: lunes, 17 de noviembre de 2025 3:02 p. m.
Para: Gustavo Adolfo Peña <gpena@dinarep.example>
Asunto: Re: Entrevista - Analista de Datos

Buenas tardes Gustavo,

Muchas gracias por la invitación. Después de revisar las condiciones del cargo (horario de
sábados y esquema 100 % presencial) prefiero no continuar en el proceso, para no hacerles
perder tiempo. Les agradezco mucho el interés en mi perfil.

Cordialmente,
Laura Valentina Cárdenas""",
    **re(_dn_int),
)

# --- Koalla on Torre (15) ---------------------------------------------------------------

_ko_conf = m(
    "r4a",
    "2025-10-27 19:30",
    "Torre <notifications@torre.ai>",
    "Aplicaste a Senior Data Analyst en Koalla",
    A("confirmation", KO, KOR, 15, "other"),
    text="""¡Hola, Laura!

Tu aplicación a Senior Data Analyst en Koalla fue enviada 🙌

Remoto (LATAM) · USD 2.800 – 3.600 / mes · Contratista

Tu compatibilidad con esta oportunidad: 82 % (Alta)

El equipo de Koalla revisará tu genoma profesional. Te avisaremos por aquí cuando haya
novedades. Recuerda que en Torre siempre recibirás una respuesta.

Ver la oportunidad: https://torre.ai/post/Kx9QmD3r-koalla-senior-data-analyst

Torre · Trabajo con propósito
Para cambiar tus notificaciones: https://torre.ai/settings/notifications""",
)

_ko_rej = m(
    "r4b",
    "2025-11-11 22:05",
    "Torre <notifications@torre.ai>",
    "Koalla tomó una decisión sobre tu aplicación",
    A("rejection", KO, KOR, 15, "other"),
    text="""Hola, Laura:

El equipo de Koalla revisó tu aplicación a Senior Data Analyst y decidió no avanzar contigo
en este proceso.

Motivo compartido por el reclutador: "Buscamos a alguien con experiencia liderando el equipo
de datos y manejo de inglés C1 para reuniones con inversionistas."

Sabemos que no es la noticia que esperabas. Te compartimos oportunidades con alta
compatibilidad para tu perfil:
https://torre.ai/search/jobs?q=data+analyst&matches=high

Torre · Trabajo con propósito""",
)

# --- Fundación Pequeños Pasos, direct (16) -------------------------------------------

_PILAR = "Pilar Andrea Quintero <pquintero@pequenospasos.example>"

_pp_conf = m(
    "r5a",
    "2025-09-25 10:58",
    _PILAR,
    "RE: Hoja de vida - Analista de Monitoreo y Evaluación",
    A("confirmation", PP, PPR, 16, "direct"),
    text="""Buenos días Laura Valentina,

Acusamos recibo de su hoja de vida para la convocatoria de Analista de Monitoreo y Evaluación.
La convocatoria cierra el 30 de septiembre; después de esa fecha revisaremos todas las
postulaciones y nos comunicaremos con las personas preseleccionadas.

Gracias por su interés en trabajar con la Fundación.

Cordialmente,

Pilar Andrea Quintero
Coordinadora de Talento Humano
Fundación Pequeños Pasos
"Primera infancia primero"
Calle 45 # 13-62, Bogotá

El 24 sept 2025, a las 19:12, Laura Valentina Cárdenas <lauracardenas.pinzon@gmail.com> escribió:

Buenas noches,

Adjunto mi hoja de vida para la convocatoria de Analista de Monitoreo y Evaluación publicada en
la página de la Fundación. Soy ingeniera industrial con 3 años de experiencia en análisis de
datos, indicadores y tableros en Power BI.

Quedo atenta.
Laura Valentina Cárdenas Pinzón""",
)

_pp_int = m(
    "r5b",
    "2025-10-03 15:40",
    _PILAR,
    "Entrevista convocatoria Analista M&E",
    A("interview", PP, PPR, 16, "direct"),
    text="""Laura Valentina, buenas tardes.

Usted ha sido preseleccionada para la convocatoria. La entrevista será el martes 7 de octubre a
las 4:00 p.m. por Google Meet con la Directora de Programas, Carolina Ardila, y conmigo. Le
llegará la invitación de calendario.

Durante la entrevista le pediremos que nos cuente cómo diseñaría un sistema de indicadores
para un programa de atención a la primera infancia.

Saludos cordiales,
Pilar Andrea Quintero
Fundación Pequeños Pasos""",
    ics=ics(
        "6b0n8v2c4x1z7m5k3j9h1g0f2d@google.com",
        "2025-10-07 16:00",
        "Entrevista Analista M&E – Laura Valentina Cárdenas",
        ("Pilar Andrea Quintero", "pquintero@pequenospasos.example"),
        attendees=[("Carolina Ardila", "cardila@pequenospasos.example")],
        location="https://meet.google.com/fpp-mkew-qnz",
    ),
)

_pp_rej = m(
    "r5c",
    "2025-10-21 12:13",
    _PILAR,
    "Convocatoria Analista de Monitoreo y Evaluación",
    A("rejection", PP, PPR, 16, "direct"),
    text="""Estimada Laura Valentina:

Queremos agradecerle su participación en la convocatoria. Valoramos mucho su experiencia
técnica y la claridad con la que presentó su propuesta de indicadores.

Tras culminar el proceso, el comité seleccionó a una candidata con experiencia previa en
programas de primera infancia con el ICBF, que era un requisito deseable para esta etapa del
proyecto.

Guardaremos su hoja de vida en nuestra base de datos para futuras convocatorias.

Con aprecio,
Pilar Andrea Quintero
Coordinadora de Talento Humano
Fundación Pequeños Pasos""",
)

# --- Tintico again: re-application after the September rejection (17) ----------------------

_ti2_conf = m(
    "r6a",
    "2025-11-27 07:42",
    "Inversiones Cafeteras del Quindío S.A.S. <no-reply@hire.lever.co>",
    "Gracias por tu aplicación a Inversiones Cafeteras del Quindío S.A.S.",
    A("confirmation", TI, TIR1, 17, "lever"),
    text="""Hola Laura Valentina,

¡Qué bueno verte de nuevo por aquí! ☕

Recibimos de nuevo tu aplicación para Analista de Marketing Analytics (reabrimos la
vacante) y nuestro equipo de People la está revisando. Si
tu perfil hace match con lo que buscamos, te escribiremos en los próximos días para
coordinar una primera conversación.

Un abrazo,
Equipo de People
Tintico – Inversiones Cafeteras del Quindío S.A.S.

---
Vacante: https://jobs.lever.co/icq-sas/b8e4f1a2-6c3d-4d9e-8f7a-0e1d2c3b4a59""",
)

_ti2_cal = m(
    "r6b",
    "2025-12-03 17:26",
    "Calendly <no-reply@calendly.com>",
    "Nuevo evento: Laura Valentina Cárdenas - 10:00am mar, 9 dic 2025 - Conversación inicial (30 min)",
    A("interview", TI, TIR1, 17, "other"),
    html="""<html><body style="font-family:Arial;color:#1a1a1a">
<div style="max-width:560px;margin:auto">
<p>Hola Laura Valentina Cárdenas,</p>
<p>Se programó un nuevo evento.</p>
<p><b>Tipo de evento:</b><br>Conversación inicial (30 min) – Analista de Marketing Analytics</p>
<p><b>Invitado:</b><br>Mariana Londoño (Tintico People)<br>mariana@tintico.example</p>
<p><b>Fecha/hora del evento:</b><br>10:00am – martes, 9 de diciembre de 2025 (hora de Colombia)</p>
<p><b>Ubicación:</b><br>Google Meet: https://meet.google.com/tnt-cafe-bix</p>
<p><a href="https://calendly.com/cancellations/5e7c1d92-aa3b">Cancelar</a> · <a href="https://calendly.com/reschedulings/5e7c1d92-aa3b">Reprogramar</a></p>
<p style="font-size:11px;color:#666">Enviado desde Calendly</p>
</div></body></html>""",
    ics=ics(
        "5e7c1d92-aa3b-4e1f-9c22-calendly",
        "2025-12-09 10:00",
        "Conversación inicial (30 min) – Analista de Marketing Analytics – Tintico",
        ("Mariana Londoño", "mariana@tintico.example"),
        minutes=30,
        location="https://meet.google.com/tnt-cafe-bix",
    ),
)

_ti2_wd = m(
    "r6c",
    "2025-12-19 11:05",
    "Mariana Londoño <mariana@tintico.example>",
    "Re: Retiro del proceso – Analista de Marketing Analytics",
    A("confirmation", TI, TIR1, 17, "direct"),
    st="withdrawn",
    text="""¡Hola Laura!

Gracias por contarnos y ¡felicitaciones por el nuevo reto! Dejamos tu proceso como
retirado por tu decisión. Esta vez la conversación del martes 9 nos dejó con muy buena
impresión, así que ojalá en el futuro coincidamos.

Un abrazo cafetero,
Mariana
People Partner · Tintico

> El jue, 18 dic 2025 a las 20:40, Laura Valentina Cárdenas escribió:
> Hola Mariana, te escribo para contarte que acepté una oferta en otra compañía, así que
> prefiero retirarme del proceso de Analista de Marketing Analytics. Muchas gracias por
> el tiempo.""",
)

# --- Lácteos Guatavita, Workday tenant "lgsa" (18) --------------------------------------

_LGSA = "Talento Lácteos Guatavita <lgsa@myworkday.com>"

_lg_nudge = m(
    "r7a",
    "2025-11-16 09:00",
    _LGSA,
    "No olvides terminar tu solicitud",
    J("alert", "workday", LG, LGR),
    text="""Hola Laura Valentina:

Notamos que comenzaste una solicitud para Analista de Revenue Management (JR-2025-0817) pero
aún no la has enviado. Tu progreso está guardado.

Termínala aquí: https://lgsa.wd3.myworkdayjobs.com/es/Carreras_LG/job/Bogota/Analista-de-Revenue-Management_JR-2025-0817/apply

La vacante estará publicada hasta el 30 de noviembre.

Talento Humano – Lácteos Guatavita S.A.""",
)

_lg_conf = m(
    "r7b",
    "2025-11-18 22:36",
    _LGSA,
    "Hemos recibido tu solicitud",
    A("confirmation", LG, LGR, 18, "workday"),
    text="""Hola Laura Valentina:

Gracias por postularte a Analista de Revenue Management (JR-2025-0817) en Lácteos Guatavita.

Revisaremos tu información y, si tu perfil se ajusta a lo que buscamos, nos pondremos en
contacto contigo. Puedes consultar el estado de tu solicitud en tu cuenta de candidato.

¡Gracias por querer crecer con nosotros!

Talento Humano – Lácteos Guatavita S.A.
"Del campo sabanero a tu mesa\"""",
)

_lg_rej = m(
    "r7c",
    "2025-12-10 06:45",
    _LGSA,
    "Tu candidatura en Lácteos Guatavita",
    A("rejection", LG, LGR, 18, "workday"),
    text="""Hola Laura Valentina:

Agradecemos tu interés en la posición Analista de Revenue Management (JR-2025-0817).

Hemos revisado tu perfil y, aunque tienes muy buenas cualidades, en esta oportunidad hemos
decidido avanzar con otros candidatos.

Te invitamos a seguir consultando nuestras vacantes.

Saludos,
Talento Humano – Lácteos Guatavita S.A.""",
)

# --- Aguas de la Sabana, SuccessFactors (19) --------------------------------------------

_as_conf = m(
    "r8a",
    "2025-12-01 10:18",
    "Aguas de la Sabana S.A. E.S.P. <no-reply@successfactors.eu>",
    "Aplicación recibida – Analista de Datos Operativos",
    A("confirmation", AS, ASR, 19, "other"),
    text="""Estimado(a) Laura Valentina Cárdenas Pinzón,

Le confirmamos que su aplicación para el cargo Analista de Datos Operativos (Req. ID 20931)
fue recibida satisfactoriamente.

Aguas de la Sabana S.A. E.S.P. es una empresa de servicios públicos comprometida con la
igualdad de oportunidades. La información suministrada será tratada conforme a nuestra
política de protección de datos personales.

Atentamente,
Gerencia de Talento Humano
Aguas de la Sabana S.A. E.S.P.

Este correo fue generado automáticamente. No responda a este mensaje.""",
)

_as_test = m(
    "r8b",
    "2025-12-09 14:52",
    "Selección Aguas de la Sabana <seleccion@aguasdelasabana.example>",
    "Prueba de conocimientos – Req. 20931",
    A("assessment", AS, ASR, 19, "direct"),
    html="""<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Señora<br>LAURA VALENTINA CÁRDENAS PINZÓN</p>
<p>Cordial saludo.</p>
<p>En el marco del proceso de selección del cargo <b>Analista de Datos Operativos (Req. 20931)</b>,
le informamos que usted continúa en el proceso y ha sido citada a la <b>prueba de conocimientos
técnicos</b> (estadística, SQL y gestión de indicadores de acueducto y alcantarillado).</p>
<p><b>Fecha:</b> jueves 11 de diciembre de 2025<br>
<b>Hora:</b> 8:00 a.m. (duración 2 horas)<br>
<b>Modalidad:</b> virtual supervisada – el enlace y las credenciales le llegarán el mismo día a las 7:30 a.m.</p>
<p>Le solicitamos conectarse desde un computador con cámara web y tener su documento de identidad
a la mano.</p>
<p>Atentamente,</p>
<p>Profesional de Selección<br>Gerencia de Talento Humano<br>Aguas de la Sabana S.A. E.S.P.<br>
<span style="font-size:11px;color:#666">Antes de imprimir este correo piense en su compromiso con el medio ambiente.</span></p>
</body></html>""",
)

# --- Quillfeather, Greenhouse (20) ------------------------------------------------------

_qf_conf = m(
    "r9a",
    "2025-12-03 03:22",
    f"Quillfeather Recruiting <{_GH}>",
    "Quillfeather – application received",
    A("confirmation", QF, QFR, 20, "greenhouse", "en"),
    html="""<html><body style="font-family:Inter,Arial;color:#111;max-width:560px">
<p>Hey Laura Valentina 👋</p>
<p>Thanks for applying for <b>Analytics Engineer (LATAM, remote)</b> at Quillfeather. We read every
application, and we'll be in touch either way.</p>
<p>While you wait: our <a href="https://quillfeather.example/handbook/data">data handbook</a> explains how
we use dbt, Snowflake and Looker.</p>
<p>— The Quillfeather team</p>
<p style="font-size:11px;color:#888">Powered by <a href="https://www.greenhouse.com">Greenhouse</a></p>
</body></html>""",
)

_qf_rej = m(
    "r9b",
    "2025-12-17 17:48",
    f"Quillfeather Recruiting <{_GH}>",
    "Quillfeather – your application",
    A("rejection", QF, QFR, 20, "greenhouse", "en"),
    text="""Hi Laura Valentina,

Thanks again for your interest in the Analytics Engineer role and for your patience while we
reviewed applications.

We're not going to move forward with your candidacy right now. We had many strong applicants
and we're prioritizing people with production dbt experience for this hire.

We'd be glad to hear from you again in the future, and we wish you the very best.

— Quillfeather Recruiting""",
)

# --- Corporación Universitaria del Salitre, Servicio Público de Empleo (21) ------------------

_us_conf = m(
    "ra1",
    "2025-10-23 11:30",
    "Servicio Público de Empleo <notificaciones@serviciodeempleo.gov.co>",
    "Postulación registrada a la vacante 2025-0443187",
    A("confirmation", US, USR, 21, "other"),
    text="""Señor(a) LAURA VALENTINA CARDENAS PINZON

Le informamos que su postulación a la vacante PROFESIONAL DE ANALITICA INSTITUCIONAL
(código 2025-0443187) del empleador CORPORACION UNIVERSITARIA DEL SALITRE fue registrada
exitosamente en el Sistema de Información del Servicio de Empleo – SISE.

El prestador encargado revisará su hoja de vida y, si cumple con el perfil, será remitida
al empleador.

Unidad Administrativa Especial del Servicio Público de Empleo
Ministerio del Trabajo – Colombia
Línea gratuita nacional 01 8000 513 100

Este es un mensaje automático. Por favor no responda.""",
)

_us_view = m(
    "ra2",
    "2025-11-04 16:07",
    "Servicio Público de Empleo <notificaciones@serviciodeempleo.gov.co>",
    "Su hoja de vida fue remitida al empleador",
    A("viewed", US, USR, 21, "other"),
    text="""Señor(a) LAURA VALENTINA CARDENAS PINZON

Su hoja de vida fue remitida al empleador CORPORACION UNIVERSITARIA DEL SALITRE para la
vacante PROFESIONAL DE ANALITICA INSTITUCIONAL (código 2025-0443187).

El empleador será el encargado de contactarle si decide continuar con su proceso.

Unidad Administrativa Especial del Servicio Público de Empleo
Este es un mensaje automático. Por favor no responda.""",
)

# --- Orbital Payments: InMail, then Greenhouse, then a freeze (22) -------------------------

_op_out = m(
    "rb1",
    "2025-11-24 13:10",
    "Rachel Kim via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Data Analyst II, Risk – Orbital Payments (remote from Colombia)",
    J("outreach", "linkedin", OP, OPR, "en"),
    html="""<html><body style="font-family:-apple-system,Arial;color:#191919;max-width:512px">
<p><b>Rachel Kim</b> · Talent Acquisition Partner at Orbital Payments</p>
<p>Hi Laura,</p>
<p>I came across your profile and your experience building fraud and collections dashboards
caught my eye. We're hiring a <b>Data Analyst II, Risk</b> to join our Bogotá-based risk analytics
pod (fully remote, USD contract, US team hours overlap 9–3 COT).</p>
<p>Would you be open to a quick chat? If so, the easiest path is to apply here and I'll make sure
your application is reviewed right away: https://job-boards.greenhouse.io/orbitalpayments/jobs/7712045</p>
<p>Thanks!<br>Rachel</p>
<p><a href="https://www.linkedin.com/comm/messaging/thread/2-MDk4NzY1/">Reply</a> · <a href="https://www.linkedin.com/comm/messaging/thread/2-MDk4NzY1/?decline=true">Not interested</a></p>
<p style="font-size:12px;color:#666">This is an InMail message. © 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</body></html>""",
)

_op_conf = m(
    "rb2",
    "2025-11-26 00:51",
    f"Orbital Payments <{_GH}>",
    "Thanks for applying to Orbital Payments",
    A("confirmation", OP, OPR, 22, "greenhouse", "en"),
    text="""Hi Laura Valentina,

Thanks for your interest in Orbital Payments! We've received your application for Data
Analyst II, Risk and our recruiting team will review it shortly.

Orbital is an equal opportunity employer. If you need any accommodation during the process,
reply to recruiting@orbitalpay.example.

Regards,
Orbital Payments Recruiting""",
)

_op_screen = m(
    "rb3",
    "2025-12-04 10:37",
    _RACHEL,
    "Recruiter screen – Orbital Payments",
    A("interview", OP, OPR, 22, "direct", "en"),
    text="""Hi Laura,

Thanks for applying so quickly! I've put 30 minutes on your calendar for Monday, December 8
at 9:30 AM (Bogotá) for a recruiter screen. We'll cover your background, what you're looking
for, compensation expectations (in USD) and timing.

Talk soon,
Rachel

Rachel Kim
Talent Acquisition Partner · Orbital Payments""",
    ics=ics(
        "0p4q8r2s6t1u5v9w3x7y1z5a9b@google.com",
        "2025-12-08 09:30",
        "Orbital Payments – Recruiter screen (Laura Cárdenas)",
        ("Rachel Kim", "rachel.kim@orbitalpay.example"),
        minutes=30,
        location="https://orbitalpay.zoom.us/j/84021937711",
        description="Zoom: https://orbitalpay.zoom.us/j/84021937711 Passcode: 551903",
    ),
)

_op_hm = m(
    "rb4",
    "2025-12-10 19:02",
    f"Orbital Payments <{_GH}>",
    "Interview confirmation: Orbital Payments – Data Analyst II, Risk",
    A("interview", OP, OPR, 22, "greenhouse", "en"),
    text="""Hi Laura Valentina,

Your interview for Data Analyst II, Risk has been scheduled. Details below:

Monday, December 15, 2025
10:00 AM – 11:00 AM (COT)
Interviewer: Daniel Okafor, Risk Analytics Manager
Location: Zoom – https://orbitalpay.zoom.us/j/81239940022

Format: 20 minutes about your experience, 30 minutes live SQL/case exercise (shared doc), 10
minutes for your questions.

A calendar invite is attached. If you need to reschedule, please reply to this email.

Best,
Orbital Payments Recruiting""",
    ics=ics(
        "gh-int-7712045-550183@greenhouse.io",
        "2025-12-15 10:00",
        "Interview: Laura Valentina Cárdenas Pinzón – Data Analyst II, Risk",
        ("Orbital Payments Recruiting", "no-reply@us.greenhouse-mail.io"),
        attendees=[("Daniel Okafor", "daniel.okafor@orbitalpay.example")],
        location="https://orbitalpay.zoom.us/j/81239940022",
    ),
)

_op_hold = m(
    "rb5",
    "2026-01-07 12:44",
    _RACHEL,
    "Update on the Data Analyst II, Risk role",
    A("confirmation", OP, OPR, 22, "direct", "en"),
    st="on_hold",
    text="""Hi Laura,

Happy new year, and thank you for your patience. I wanted to give you a transparent update:
during our annual planning the company put a pause on new headcount for Q1, and the Data
Analyst II, Risk role is on hold until at least April.

Daniel really enjoyed your session, so this is not a reflection of your candidacy. If the role
re-opens, I'll reach out to you first and we can pick up where we left off.

Sorry this isn't better news.
Rachel""",
)

# --- Rutas Andinas on elempleo (23) -----------------------------------------------------------

_ra_conf = m(
    "rc1",
    "2025-10-30 21:25",
    "elempleo.com <notificaciones@elempleo.com>",
    "Aplicaste a la oferta: Analista de Datos de Pricing",
    A("confirmation", RA, RAR, 23, "other"),
    html="""<html><body style="font-family:Arial;font-size:14px">
<table width="600" align="center"><tr><td style="background:#ff6b00;padding:10px"><img src="https://www.elempleo.com/co/assets/img/logo-elempleo-white.png" alt="elempleo.com"></td></tr>
<tr><td style="padding:18px">
<p>¡Hola, Laura Valentina!</p>
<p>Tu postulación a la oferta <b>Analista de Datos de Pricing</b> de <b>RUTAS ANDINAS S.A.S.</b> fue exitosa.</p>
<p>Ubicación: Bogotá (híbrido) · Salario: a convenir · Experiencia: 2 años</p>
<p>Consulta el estado en <a href="https://www.elempleo.com/co/mi-cuenta/postulaciones">Mis postulaciones</a>.</p>
<p>¡Mucha suerte!<br>Equipo elempleo.com</p>
</td></tr></table></body></html>""",
)

# --- alerts, talent communities, outreach and other job mail -------------------------------

_al_li1 = m(
    "s1a",
    "2025-09-02 07:04",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "“analista de datos”: Banco Comercial Andino - Analista de Datos Riesgo de Crédito y más",
    J("alert", "linkedin"),
    text="""Tus alertas de empleo para analista de datos en Bogotá, Distrito Capital, Colombia

30 empleos nuevos coinciden con tus preferencias.

Analista de Datos Riesgo de Crédito
BCA – Banco Comercial Andino
Bogotá, D.C. · Presencial
Ver empleo: https://www.linkedin.com/comm/jobs/view/4009981122/

Data Analyst (Remote, LATAM)
Brightwell Analytics
Colombia (En remoto) · Solicitud sencilla
Ver empleo: https://www.linkedin.com/comm/jobs/view/4011223344/

Analista de Marketing Analytics
Tintico
Bogotá, D.C. · Híbrido
Ver empleo: https://www.linkedin.com/comm/jobs/view/4010057761/

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1733905

Este correo electrónico está dirigido a Laura Valentina Cárdenas Pinzón.
Darse de baja: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
)

_al_ee1 = m(
    "s1b",
    "2025-09-03 06:30",
    "elempleo.com <alertas@elempleo.com>",
    "Laura Valentina, 12 nuevas ofertas para ti",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial;font-size:13px">
<p>Hola, Laura Valentina. Estas son las ofertas más recientes que coinciden con tu alerta <b>"analista de datos – Bogotá"</b>:</p>
<ul>
<li><a href="https://www.elempleo.com/co/ofertas-trabajo/analista-de-inteligencia-de-negocios/1885522">Analista de Inteligencia de Negocios</a> – Constructora Monserrate S.A.S. – $4,5 a $5,5 millones</li>
<li><a href="https://www.elempleo.com/co/ofertas-trabajo/analista-de-informacion/1885730">Analista de Información</a> – Importante empresa del sector asegurador – $4 a $5 millones</li>
<li><a href="https://www.elempleo.com/co/ofertas-trabajo/analista-bi/1886011">Analista BI</a> – Empresa confidencial – A convenir</li>
<li><a href="https://www.elempleo.com/co/ofertas-trabajo/analista-de-datos-junior/1886107">Analista de Datos Junior</a> – Compañía del sector salud – $3 a $3,5 millones</li>
</ul>
<p><a href="https://www.elempleo.com/co/ofertas-empleo/?trabajo=analista%20de%20datos">Ver todas las ofertas</a></p>
<p style="font-size:11px;color:#777">Recibes este correo porque creaste una alerta en elempleo.com. <a href="https://www.elempleo.com/co/mi-cuenta/alertas">Administrar alertas</a></p>
</body></html>""",
)

_al_ct1 = m(
    "s1c",
    "2025-09-10 18:15",
    "Computrabajo <avisos@computrabajo.com>",
    "Ofertas de Analista de datos que te pueden interesar",
    J("alert", "other"),
    text="""Hola Laura Valentina,

Estas ofertas de empleo coinciden con tu búsqueda:

• Analista de Datos Junior – Laboratorios Vitalis S.A. – Bogotá, D.C.
• Analista de Reportes – Empresa de call center – Bogotá, D.C. – $2.800.000
• Auxiliar de Analítica – Importante cadena de droguerías – Bogotá, D.C.
• Analista de Datos con Power BI – Confidencial – Remoto

Ver todas: https://co.computrabajo.com/trabajo-de-analista-de-datos-en-bogota-dc

¡Aplica ahora, las primeras hojas de vida tienen más posibilidades!

Computrabajo""",
)

_al_in1 = m(
    "s1d",
    "2025-09-21 09:48",
    "Indeed <alert@indeed.com>",
    "Nuevos empleos de analista de datos en Bogotá, D.C.",
    J("alert", "indeed"),
    html="""<html><body style="font-family:Arial;color:#2d2d2d">
<div style="max-width:600px;margin:auto">
<p>9 nuevos empleos de <b>analista de datos</b> en <b>Bogotá, D.C.</b></p>
<p><a href="https://co.indeed.com/rc/clk?jk=a81c92&amp;from=ja">Analista de Datos Senior</a><br>Nodo Energía S.A.S. – Bogotá, D.C.<br><i>Postúlate fácilmente</i></p>
<p><a href="https://co.indeed.com/rc/clk?jk=b2f017&amp;from=ja">Data Analyst – Spanish Speaker</a><br>Confidencial – Remoto</p>
<p><a href="https://co.indeed.com/rc/clk?jk=c55e10&amp;from=ja">Analista de Información Comercial</a><br>Cementos del Tequendama – Bogotá, D.C.</p>
<p style="font-size:11px;color:#767676">Recibes esta alerta de empleo porque te suscribiste. <a href="https://co.indeed.com/alerts/unsubscribe?id=af2">Cancelar suscripción</a> · © 2025 Indeed</p>
</div></body></html>""",
)

_al_bk = m(
    "s1e",
    "2025-10-29 08:15",
    "Talento Grupo Bacatá <talento@grupobacata.example>",
    "Bienvenida a la Comunidad de Talento del Grupo Empresarial Bacatá",
    J("alert", "direct"),
    html="""<html><body style="font-family:Arial;font-size:14px;color:#333">
<p>¡Hola Laura Valentina!</p>
<p>Gracias por unirte a nuestra <b>Comunidad de Talento</b>. A partir de ahora recibirás, según tus
intereses (Analítica y datos · Comercial), las vacantes de nuestras compañías: Mercadiario,
Farmaexpress Bacatá, Logística BKT e Inmobiliaria Usaquén.</p>
<p>Vacantes destacadas esta semana:</p>
<ul><li>Analista de Datos Comerciales – Mercadiario – Bogotá</li>
<li>Coordinador(a) de Inventarios – Logística BKT – Cota</li></ul>
<p><a href="https://career5.successfactors.com/career?company=grupobacataP">Ver vacantes</a></p>
<p>Equipo de Talento Humano<br>Grupo Empresarial Bacatá</p>
<p style="font-size:11px;color:#888">Puedes darte de baja de la comunidad en cualquier momento desde tu perfil.</p>
</body></html>""",
)

_al_torre = m(
    "s1f",
    "2025-10-15 20:02",
    "Torre <notifications@torre.ai>",
    "3 oportunidades con alta compatibilidad para ti",
    J("alert", "other"),
    text="""Hola, Laura:

Estas oportunidades encajan con tu genoma profesional:

1. Senior Data Analyst · Koalla · Remoto · 82 % compatibilidad
2. Analytics Engineer · Quillfeather · Remoto · 71 % compatibilidad
3. BI Analyst · Tiendas Vecinas · Bogotá · 68 % compatibilidad

Ver todas: https://torre.ai/search/jobs?matches=high

Torre · Trabajo con propósito""",
)

_al_li2 = m(
    "s1g",
    "2025-10-12 07:11",
    "LinkedIn <jobs-listings@linkedin.com>",
    "Harborline Health está contratando: Data Analyst, LATAM",
    J("alert", "linkedin", HH, HHR),
    text="""Harborline Health está contratando

Data Analyst, LATAM
Colombia (En remoto)
Tienes las aptitudes principales: SQL, Power BI, Python

Ver empleo: https://www.linkedin.com/comm/jobs/view/4025118090/
Te avisamos porque sigues a Harborline Health.

Darse de baja: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation""",
)

_al_mg = m(
    "s1h",
    "2025-11-08 10:30",
    "Magneto <notificaciones@magneto365.com>",
    "Laura, estas vacantes son para ti",
    J("alert", "other"),
    html="""<html><body style="font-family:Poppins,Arial"><div style="max-width:560px;margin:auto">
<p>Hola Laura, encontramos vacantes que se ajustan a tu perfil:</p>
<p><b>Analista de Datos</b> – Caja de Ahorros del Magisterio – Bogotá<br>
<b>Analista de Planeación Financiera</b> – Cementos del Tequendama – Bogotá<br>
<b>Científico(a) de Datos Junior</b> – Aseguradora confidencial – Medellín</p>
<p><a href="https://www.magneto365.com/co/empleos/recomendados">Ver vacantes recomendadas</a></p>
</div></body></html>""",
)

_al_ee2 = m(
    "s1i",
    "2025-12-06 06:30",
    "elempleo.com <alertas@elempleo.com>",
    "Completa tu hoja de vida y aumenta tus oportunidades",
    J("alert", "other"),
    text="""Hola, Laura Valentina:

Tu hoja de vida está completa en un 78 %. Las empresas ven primero los perfiles completos.

Te falta:
- Agregar tu nivel de inglés certificado
- Agregar referencias laborales
- Actualizar tu aspiración salarial

Completar ahora: https://www.elempleo.com/co/mi-cuenta/hoja-de-vida

Además, hay 18 ofertas nuevas de Analista de datos esta semana.

Equipo elempleo.com""",
)

_al_in2 = m(
    "s1j",
    "2026-01-19 09:03",
    "Indeed <alert@indeed.com>",
    "analista de datos: 14 empleos nuevos",
    J("alert", "indeed"),
    text="""14 empleos nuevos de analista de datos en Bogotá, D.C.

Analista de Datos – Banca Digital
BCA – Banco Comercial Andino – Bogotá, D.C.
Postúlate fácilmente

Analista de Datos Pricing
Rutas Andinas – Bogotá, D.C.

Business Intelligence Analyst
Nimbus Freight – Remoto

Ver todos los empleos: https://co.indeed.com/jobs?q=analista+de+datos&l=Bogot%C3%A1

Cancelar suscripción: https://co.indeed.com/alerts/unsubscribe?id=af2
© 2026 Indeed""",
)

_al_spe = m(
    "s1k",
    "2025-11-20 07:45",
    "Servicio Público de Empleo <notificaciones@serviciodeempleo.gov.co>",
    "Vacantes acordes a su perfil",
    J("alert", "other"),
    text="""Señor(a) LAURA VALENTINA CARDENAS PINZON

El Servicio Público de Empleo le informa que existen vacantes acordes a su perfil laboral:

- PROFESIONAL UNIVERSITARIO ANALISTA DE DATOS – Bogotá D.C. – 2025-0451190
- ANALISTA DE INFORMACION ESTADISTICA – Soacha – 2025-0451732
- INGENIERO(A) INDUSTRIAL – ANALISTA DE PROCESOS – Bogotá D.C. – 2025-0452018

Ingrese a https://www.serviciodeempleo.gov.co para postularse.

Unidad Administrativa Especial del Servicio Público de Empleo""",
)

_out_hunt = m(
    "s2a",
    "2025-10-22 12:36",
    "Camila Restrepo Uribe <camila.restrepo@andeshunting.example>",
    "Oportunidad confidencial – Analista Senior Revenue Management",
    J("outreach", "agency", None, "Analista Senior de Revenue Management"),
    text="""Hola Laura Valentina, ¿cómo estás?

Soy consultora de Andes Hunting Partners, firma de búsqueda de talento ejecutivo. Estamos
acompañando a una compañía multinacional de consumo masivo, líder en su categoría, en la
búsqueda de un(a) Analista Senior de Revenue Management para su operación en Bogotá.

Buscamos a alguien con experiencia en modelos de precio, promociones y elasticidades, SQL y
Power BI. Compensación muy competitiva + bono.

Por confidencialidad no puedo compartir el nombre de la compañía en este primer contacto,
pero con gusto te cuento más en una llamada. ¿Tendrías 15 minutos esta semana?

Un saludo,

Camila Restrepo Uribe
Senior Consultant
Andes Hunting Partners
Bogotá · Medellín · Lima""",
)

_out_act2 = m(
    "s2b",
    "2025-12-11 09:27",
    "Selección Activa Temporales <seleccion1@activatemporales.example>",
    "VACANTE ANALISTA DE REPORTES – ENTIDAD FINANCIERA",
    J("outreach", "agency", None, "Analista de Reportes"),
    text="""Buen día,

ACTIVA TEMPORALES S.A.S. se encuentra en búsqueda de ANALISTA DE REPORTES para importante
entidad financiera ubicada en el centro de Bogotá.

- Profesional en ingeniería industrial, sistemas o afines
- Experiencia mínima de 1 año en elaboración de reportes regulatorios
- Manejo de Excel avanzado y SQL
- Contrato por obra o labor, salario $3.900.000

Si está interesado(a), envíe su hoja de vida a este correo indicando en el asunto el nombre
de la vacante.

Nota: recibimos su hoja de vida en un proceso anterior, por eso le contactamos.

Atentamente,
Departamento de Selección
ACTIVA TEMPORALES S.A.S.""",
)

_out_nodo = m(
    "s2c",
    "2026-01-20 15:50",
    "Juan Camilo Betancur via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Analista de Datos Senior en Nodo Energía",
    J("outreach", "linkedin", "Nodo Energía", "Analista de Datos Senior"),
    text="""Juan Camilo Betancur
Líder de Atracción de Talento en Nodo Energía

Hola Laura, ¡buenas tardes!

Estamos buscando un(a) Analista de Datos Senior para nuestra área de Comercialización de
Energía, con sede en Bogotá (híbrido). Tu experiencia en analítica operacional y tableros me
pareció muy alineada.

¿Te interesaría conocer más? Podemos hablar esta semana.

Saludos,
Juan Camilo

Responder: https://www.linkedin.com/comm/messaging/thread/2-NzE3ODg1/

Este es un mensaje InMail de LinkedIn.
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
)

_oj_mag_survey = m(
    "s3a",
    "2025-11-02 11:00",
    "Magneto <notificaciones@magneto365.com>",
    "¿Cómo ha sido tu experiencia en el proceso con Cementos del Tequendama?",
    J("other_job", "other", "Cementos del Tequendama"),
    text="""Hola Laura,

Tu opinión nos ayuda a mejorar. Cuéntanos en 1 minuto cómo fue tu experiencia en el proceso
Analista de Planeación Comercial.

Califica de 1 a 5: https://www.magneto365.com/co/encuesta/experiencia?p=ct-44812

Gracias,
Equipo Magneto""",
)

_oj_spe = m(
    "s3b",
    "2025-09-05 14:20",
    "Servicio Público de Empleo <notificaciones@serviciodeempleo.gov.co>",
    "Registro de hoja de vida exitoso",
    J("other_job", "other"),
    text="""Señor(a) LAURA VALENTINA CARDENAS PINZON

Su hoja de vida ha sido registrada exitosamente en el Sistema de Información del Servicio de
Empleo – SISE. Recuerde actualizarla al menos cada 3 meses para que siga visible para los
empleadores.

Usuario: 1020784331

Para recibir orientación, acérquese a cualquier prestador autorizado del Servicio Público de
Empleo (cajas de compensación, alcaldías, SENA).

Unidad Administrativa Especial del Servicio Público de Empleo
Este es un mensaje automático. Por favor no responda.""",
)

_oj_lgsa_acct = m(
    "s3c",
    "2025-11-16 08:41",
    _LGSA,
    "Verifica tu cuenta de candidato",
    J("other_job", "workday", LG),
    text="""Hola:

Para terminar de crear tu cuenta en el sitio de carreras de Lácteos Guatavita, verifica tu
dirección de correo electrónico haciendo clic en el siguiente enlace:

https://lgsa.wd3.myworkdayjobs.com/es/Carreras_LG/activate/5d2a9c1f8e7b

Este enlace vence en 24 horas.

Este es un mensaje automático.""",
)

MAIL: list[dict[str, Any]] = [
    _hh_conf,
    _hh_hr,
    _hh_int,
    _hh_ack,
    _hh_ooo,
    _hh_cancel,
    _hh_new,
    _hh_rej,
    _hh_survey,
    _nf_conf,
    _dn_conf,
    _dn_int,
    _dn_wd,
    _ko_conf,
    _ko_rej,
    _pp_conf,
    _pp_int,
    _pp_rej,
    _ti2_conf,
    _ti2_cal,
    _ti2_wd,
    _lg_nudge,
    _lg_conf,
    _lg_rej,
    _as_conf,
    _as_test,
    _qf_conf,
    _qf_rej,
    _us_conf,
    _us_view,
    _op_out,
    _op_conf,
    _op_screen,
    _op_hm,
    _op_hold,
    _ra_conf,
    _al_li1,
    _al_ee1,
    _al_ct1,
    _al_in1,
    _al_bk,
    _al_torre,
    _al_li2,
    _al_mg,
    _al_ee2,
    _al_in2,
    _al_spe,
    _out_hunt,
    _out_act2,
    _out_nodo,
    _oj_mag_survey,
    _oj_spe,
    _oj_lgsa_acct,
]

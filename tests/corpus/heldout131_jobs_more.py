# ruff: noqa: E501, RUF100
"""Corpus 131, job mail part two (data only): see heldout131.py.

Applications 10 to 23, then the job mail that belongs to no application: alerts, talent
communities, incomplete-application nudges, recruiter and agency outreach, portal codes, a
candidate survey and out-of-office replies."""

from __future__ import annotations

from typing import Any

from heldout131_jobs import (
    CU,
    CUR,
    CV,
    CV1,
    DC,
    DCR,
    FN,
    FNR,
    HMD,
    HMDR,
    KL,
    KLR,
    LU,
    LUR,
    MZ,
    MZR,
    OS,
    OSR,
    QM,
    QMR,
    RD,
    RDR,
    RW,
    RWR,
    SC,
    SCR,
    TR,
    TRR,
    VX,
    VXR,
    A,
    J,
    ics,
    m,
    mc,
    me,
    mm,
    mp,
    mu,
    rep,
)

TOMAS = ("Tomás Errázuriz", "tomas.errazuriz.v@gmail.com")
LEO = ("Leonardo Gallo", "leo@cuaderno.example")

# --- 10 Kuntur Labs (Get on Board, then the founder from Gmail) ------------------------------

_kl_call = m(
    "r10c",
    "2025-10-02 19:26",
    "Tomás Errázuriz <tomas.errazuriz.v@gmail.com>",
    "Kuntur Labs x Óscar",
    A("interview", KL, KLR, 10, "direct"),
    text="""Hola Óscar!

Soy Tomás, cofundador y CTO de Kuntur Labs. Vimos tu postulación en Get on Board y nos tincó
harto tu experiencia con Django y colas de tareas. ¿Te parece si conversamos 40 min el lunes?
Te mandé una invitación para el lunes 6 a las 9:00 de México (12:00 de Santiago). Si no te
acomoda, proponme otro horario sin problema.

Te cuento un poco: somos 9 personas, hacemos software de cobranza para clínicas dentales en Chile,
Perú y México, y queremos sumar a alguien senior en backend que pueda ordenar nuestra API.

Abrazo,
Tomás

--
Tomás Errázuriz V.
Co-founder & CTO · Kuntur Labs
kunturlabs.example""",
    ics=ics(
        "0b6jv9h3rq8mq2fo0ao1k4t7e5@google.com",
        "2025-10-06 09:00",
        "Conversación Kuntur Labs - Óscar Iñiguez",
        TOMAS,
        minutes=40,
        location="https://meet.google.com/zka-mdbf-qxe",
    ),
)

MAIL: list[dict[str, Any]] = [
    mu(
        "r10a",
        "2025-09-24 14:58",
        "Get on Board <hola@getonbrd.com>",
        "Postulaste a Backend Developer Python/Django en Kuntur Labs",
        A("confirmation", KL, KLR, 10, "other"),
        html="""<html><body style="font-family:Helvetica,Arial;color:#222">
<p><img src="https://www.getonbrd.com/assets/logo.png" alt="Get on Board" width="120"></p>
<p>¡Hola Óscar!</p>
<p>Tu postulación a <b>Backend Developer Python/Django</b> en <b>Kuntur Labs</b> fue enviada con
éxito. 🚀</p>
<p>Kuntur Labs suele responder en <b>5 días</b>. Te avisaremos por correo cada vez que tu
postulación cambie de estado; también puedes seguirla en tu panel.</p>
<p><a href="https://www.getonbrd.com/postulaciones">Ver mis postulaciones</a></p>
<p>Remoto (LATAM) · Full time · USD 3.200 - 4.000 / mes</p>
<p style="font-size:11px;color:#777">Get on Board · Hecho con ♥ en Santiago de Chile.
Recibes este correo porque te postulaste a un empleo en getonbrd.com.</p>
</body></html>""",
    ),
    mu(
        "r10b",
        "2025-09-30 20:12",
        "Get on Board <hola@getonbrd.com>",
        "Tu postulación en Kuntur Labs avanzó",
        A("viewed", KL, KLR, 10, "other"),
        text="""Hola Óscar,

Buenas noticias: Kuntur Labs revisó tu postulación a Backend Developer Python/Django y la movió
a la etapa "Preseleccionado".

Esto significa que la empresa está interesada en tu perfil. Es posible que te contacten
directamente por correo en los próximos días.

Equipo Get on Board
https://www.getonbrd.com/postulaciones""",
    ),
    _kl_call,
    m(
        "r10d",
        "2025-10-16 21:03",
        "Tomás Errázuriz <tomas.errazuriz.v@gmail.com>",
        "Re: Kuntur Labs x Óscar",
        A("rejection", KL, KLR, 10, "direct"),
        text="""Óscar, te escribo para cerrar el círculo, como te prometí.

Nos gustó mucho conversar contigo y tu ejercicio de diseño fue de los mejores que vimos. Al
final decidimos ir por alguien que vive en Santiago, porque en esta etapa necesitamos a una
persona que pueda ir a las clínicas con el equipo comercial un par de veces al mes. Fue una
decisión difícil y honestamente no tiene que ver con lo técnico.

Si en algún momento abrimos operación fuerte en México, serías de los primeros a los que
llamaría. Mucho éxito en la búsqueda, ¡y gracias por tu tiempo!

Un abrazo,
Tomás

El jue, 2 oct 2025 a las 22:26, Tomás Errázuriz (<tomas.errazuriz.v@gmail.com>) escribió:
> Hola Óscar!
> Soy Tomás, cofundador y CTO de Kuntur Labs. Vimos tu postulación en Get on Board...""",
        **rep(_kl_call),
    ),
    # --- 11 Finlio via Talently ---------------------------------------------------------------
    mu(
        "r11a",
        "2025-10-01 17:40",
        "Talently <hola@talently.tech>",
        "Te postulaste a Senior Backend Engineer (Python) en Finlio",
        A("confirmation", FN, FNR, 11, "other"),
        html="""<html><body style="font-family:Arial">
<p><img src="https://talently.tech/static/logo.png" alt="Talently" width="110"></p>
<p>¡Hola Óscar! 👋</p>
<p>Recibimos tu postulación para <b>Senior Backend Engineer (Python)</b> en <b>Finlio</b>
(fintech, San Francisco · 100% remoto LATAM · USD 5,000 - 6,500/mes).</p>
<p>Próximo paso: completar el <b>Talently Challenge</b> técnico. En cuanto nuestro equipo valide
tu perfil te enviaremos el enlace.</p>
<p>¡Mucha suerte!<br>Equipo Talently</p>
</body></html>""",
    ),
    mu(
        "r11b",
        "2025-10-03 15:22",
        "Talently <hola@talently.tech>",
        "Tu Talently Challenge para Finlio está listo",
        A("assessment", FN, FNR, 11, "other"),
        text="""¡Hola Óscar!

Tu perfil fue validado para la vacante Senior Backend Engineer (Python) en Finlio. 🎉

El siguiente paso es el Talently Challenge: un reto técnico en vivo de 60 minutos con uno de
nuestros evaluadores senior (Python, diseño de APIs y bases de datos). Agenda tu sesión aquí:

https://talently.tech/challenge/agenda?ref=fnl-8812

Tienes hasta el viernes 10 de octubre para agendar.

Equipo Talently""",
    ),
    mu(
        "r11c",
        "2025-10-15 18:05",
        "Talently <hola@talently.tech>",
        "¡Finlio quiere entrevistarte!",
        A("interview", FN, FNR, 11, "other"),
        text="""¡Felicidades, Óscar!

Aprobaste el Talently Challenge con una calificación de 8.6/10 y Finlio quiere entrevistarte.

Entrevista con: Ryan Castellanos, Head of Engineering (Finlio)
Fecha: lunes 20 de octubre de 2025, 11:00 (hora de Ciudad de México)
Duración: 45 minutos · en inglés
Enlace: https://us06web.zoom.us/j/81993420017

Te recomendamos revisar el producto de Finlio (cuentas por cobrar para PyMEs) antes de la
llamada.

Equipo Talently""",
        ics=ics(
            "talently-fnl-8812-int1@talently.tech",
            "2025-10-20 11:00",
            "Entrevista Finlio - Óscar Iñiguez (Talently)",
            ("Talently", "hola@talently.tech"),
            minutes=45,
            location="https://us06web.zoom.us/j/81993420017",
        ),
    ),
    mu(
        "r11d",
        "2025-11-04 16:48",
        "Talently <hola@talently.tech>",
        "Actualización de tu proceso con Finlio",
        A("rejection", FN, FNR, 11, "other"),
        text="""Hola Óscar,

Gracias por participar en el proceso de Finlio. Ryan nos compartió que disfrutó mucho la
conversación, especialmente tu experiencia con conciliación de pagos.

Lamentablemente, Finlio decidió avanzar con otro candidato para esta posición. Tu perfil sigue
activo en Talently y tu calificación del Challenge es válida por 6 meses, así que podrás
postularte a otras vacantes sin repetirlo.

¡Seguimos en contacto!
Equipo Talently""",
    ),
    # --- 12 Redwick Analytics (BambooHR) ------------------------------------------------------
    mu(
        "r12a",
        "2025-10-02 23:55",
        "Redwick Analytics <notifications@app.bamboohr.com>",
        "Thanks for applying to Redwick Analytics",
        A("confirmation", RW, RWR, 12, "bamboohr", "en"),
        text="""Hi Óscar,

Thank you for your interest in the Backend Developer (Python/FastAPI) position at Redwick
Analytics. We have received your application and will be reviewing it shortly.

If your qualifications match our needs, we will contact you to discuss next steps.

Best regards,
The Redwick Analytics Hiring Team
Phoenix, AZ · https://redwick.bamboohr.com/careers/57""",
    ),
    mu(
        "r12b",
        "2025-10-30 19:14",
        "Redwick Analytics <notifications@app.bamboohr.com>",
        "Redwick Analytics - Backend Developer (Python/FastAPI)",
        A("rejection", RW, RWR, 12, "bamboohr", "en"),
        text="""Hi Óscar,

We truly appreciate your interest in Redwick Analytics and the time you took to apply. We had
many highly qualified applicants, and your experience stood out.

After careful consideration, we will not be moving forward with your application for this
position. We encourage you to apply for future openings that match your skills.

Thanks again, and best of luck in your search.

Redwick Analytics Hiring Team""",
    ),
    # --- 13 Mezquite Cloud (Workable tenant "Mezquite Software") -------------------------------
    mu(
        "r13a",
        "2025-10-06 16:30",
        "Mezquite Software <noreply@candidates.workablemail.com>",
        "Gracias por tu postulación - Backend Engineer (Go)",
        A("confirmation", MZ, MZR, 13, "workable"),
        html="""<html><body style="font-family:Arial;color:#333">
<p>Hola Óscar,</p>
<p>¡Gracias por postularte para <b>Backend Engineer (Go)</b> en Mezquite Software! Recibimos tu
CV y lo vamos a revisar con calma.</p>
<p>En Mezquite Cloud construimos la plataforma de facturación electrónica (CFDI) que usan más de
12,000 negocios en México. Si tu perfil hace match, te escribimos en los próximos días.</p>
<p>Saludos,<br>Equipo de Talento · Mezquite</p>
<p style="font-size:11px;color:#999">Enviado por Workable en nombre de Mezquite Software.
<a href="https://apply.workable.com/mezquite-software/j/4C1E9A22B7/">Ver vacante</a></p>
</body></html>""",
    ),
    mu(
        "r13b",
        "2025-10-09 17:02",
        "Mezquite Software <noreply@candidates.workablemail.com>",
        "Siguiente paso: reto técnico",
        A("assessment", MZ, MZR, 13, "workable"),
        text="""Hola Óscar,

Nos gustó tu perfil y queremos pasar al siguiente paso. 🎯

Te compartimos un reto técnico corto (2-3 horas máximo): construir un microservicio en Go que
reciba CFDIs en XML, valide su estructura básica y exponga un endpoint de consulta. Todo el
detalle está en el documento del enlace:

https://apply.workable.com/mezquite-software/assessment/8f0a2d71

Tienes una semana para enviarlo desde la misma página. Si tienes dudas, responde a este correo.

Saludos,
Fer Villaseñor
Talent Partner · Mezquite Cloud""",
    ),
    mu(
        "r13c",
        "2025-10-17 22:41",
        "Mezquite Software <noreply@candidates.workablemail.com>",
        "Entrevista con Mezquite Software",
        A("interview", MZ, MZR, 13, "workable"),
        text="""Hola Óscar,

Tu entrevista quedó agendada:

Entrevista técnica con el equipo de Plataforma
Lunes 20 de octubre de 2025, 16:00 - 17:00 (America/Mexico_City)
Google Meet: https://meet.google.com/wqe-sxfn-ugm
Entrevistadores: Fer Villaseñor, Arturo Limón (Tech Lead)

Vamos a platicar sobre tu reto técnico y algunos temas de concurrencia en Go.

Si necesitas reprogramar, hazlo desde aquí:
https://apply.workable.com/mezquite-software/interviews/reschedule/3ac9

¡Nos vemos!
Mezquite Software""",
        ics=ics(
            "workable-interview-3ac9f1e2@workable.com",
            "2025-10-20 16:00",
            "Entrevista: Óscar Iñiguez Barajas - Backend Engineer (Go)",
            ("Mezquite Software", "noreply@candidates.workablemail.com"),
            location="https://meet.google.com/wqe-sxfn-ugm",
        ),
    ),
    mu(
        "r13d",
        "2025-11-07 18:20",
        "Mezquite Software <noreply@candidates.workablemail.com>",
        "Actualización sobre tu postulación",
        A("rejection", MZ, MZR, 13, "workable"),
        text="""Hola Óscar,

Gracias de verdad por el tiempo que le dedicaste al reto y a la entrevista; Arturo quedó
contento con tu solución, sobre todo con las pruebas.

Después de pensarlo mucho, decidimos continuar con otra persona que ya tiene experiencia con el
esquema de timbrado del SAT, algo que para este rol pesa bastante. No fue fácil.

Nos encantaría seguir en contacto para futuras posiciones.

Un abrazo,
Fer · Mezquite Cloud""",
    ),
    # --- 14 Sólida Crédito (OCC; an interview cancelled, then silence) ------------------------
    m(
        "r14a",
        "2025-10-08 13:14",
        "OCC <noreply@occ.com.mx>",
        "¡Listo! Tu postulación fue enviada",
        A("confirmation", SC, SCR, 14, "other"),
        html="""<html><body style="font-family:Arial;background:#f4f6f9">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<img src="https://www.occ.com.mx/img/logo-occ.png" alt="OCC" width="90">
<h3>Óscar, te postulaste con éxito</h3>
<p><b>Ingeniero de Software Backend (Java/Spring)</b><br>Financiera Sólida del Bajío, S.A. de
C.V., SOFOM, E.N.R.<br>Guadalajara, Jalisco · Sueldo: A convenir</p>
<p>La empresa recibirá tu CV y, si tu perfil coincide, se pondrá en contacto contigo.</p>
<p>Número de vacante: 20466310</p>
<p style="font-size:11px;color:#888">OCC Mundial · Recibes este correo porque tienes una cuenta
en OCC.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "r14b",
        "2025-10-22 10:47",
        "Reclutamiento Sólida <reclutamiento@solidacredito.example>",
        "Entrevista | Ingeniero de Software Backend",
        A("interview", SC, SCR, 14, "direct"),
        text="""Buenos días, Óscar.

En seguimiento a su postulación en OCC Mundial, le confirmamos su entrevista con el área de
Tecnología para la posición de Ingeniero de Software Backend (Java/Spring):

Día: martes 28 de octubre
Hora: 13:00 h (hora del centro)
Modalidad: Microsoft Teams (liga en la invitación)

Quedamos atentos.

Saludos cordiales,

Lic. Brenda Medina
Reclutamiento y Selección
Sólida Crédito | Financiera Sólida del Bajío, S.A. de C.V., SOFOM, E.N.R.

La información contenida en este correo es confidencial. Sólida Crédito no solicita pagos ni
depósitos a candidatos en ningún proceso de selección.""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A0C4D5E6F746DC01000000000000000010000000",
            "2025-10-28 13:00",
            "Entrevista Tecnología - Óscar Iñiguez Barajas",
            ("Brenda Medina", "reclutamiento@solidacredito.example"),
            style="outlook",
            location="Reunión de Microsoft Teams",
            attendees=[("Jorge Padilla", "jorge.padilla@solidacredito.example")],
        ),
    ),
    m(
        "r14c",
        "2025-10-27 17:35",
        "Reclutamiento Sólida <reclutamiento@solidacredito.example>",
        "Cancelado: Entrevista Tecnología - Óscar Iñiguez Barajas",
        A("interview", SC, SCR, 14, "direct"),
        text="""Óscar, buena tarde.

Por cambios en la agenda del Subdirector de Tecnología nos vemos en la necesidad de cancelar la
entrevista de mañana. En cuanto tengamos nueva fecha nos comunicamos con usted.

Una disculpa por las molestias.

Lic. Brenda Medina
Reclutamiento y Selección | Sólida Crédito""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A0C4D5E6F746DC01000000000000000010000000",
            "2025-10-28 13:00",
            "Cancelado: Entrevista Tecnología - Óscar Iñiguez Barajas",
            ("Brenda Medina", "reclutamiento@solidacredito.example"),
            style="outlook",
            method="CANCEL",
            location="Reunión de Microsoft Teams",
        ),
    ),
    # --- 15 Quillmark (Lever, CodeSignal; withdrawn after the Corvane offer) ---------------------
    mu(
        "r15a",
        "2025-10-13 20:19",
        "Quillmark <no-reply@hire.lever.co>",
        "Your application to Quillmark",
        A("confirmation", QM, QMR, 15, "lever", "en"),
        text="""Hi Óscar,

Thanks for applying to the Senior Software Engineer, Backend position at Quillmark! We're a
fully distributed team, and we hire across the Americas through our employer of record.

We've received your application and a member of our recruiting team will review it soon. If
there's a match, you'll hear from us within about two weeks.

Cheers,
Quillmark Recruiting

https://jobs.lever.co/quillmark/0d8e6c1a-4b1f-4f53-9f7a-7c2b2e5f9a10""",
    ),
    mu(
        "r15b",
        "2025-10-17 13:06",
        "CodeSignal <noreply@codesignal.com>",
        "Quillmark invited you to a CodeSignal assessment",
        A("assessment", QM, QMR, 15, "codesignal", "en"),
        html="""<html><body style="font-family:Arial">
<p><img src="https://codesignal.com/wp-content/uploads/logo.png" alt="CodeSignal" width="130"></p>
<p>Hi Óscar,</p>
<p><b>Quillmark</b> has invited you to complete the <b>Industry Coding Framework</b> assessment as
part of your application for <b>Senior Software Engineer, Backend</b>.</p>
<ul><li>Time limit: 90 minutes</li><li>Proctored: yes (camera and screen sharing)</li>
<li>Complete by: October 24, 2025</li></ul>
<p><a href="https://app.codesignal.com/test/invite/Qm3xZ0fT8kLp">Start assessment</a></p>
<p>Need help? Visit <a href="https://support.codesignal.com">support.codesignal.com</a>.</p>
<p style="font-size:11px;color:#888">CodeSignal, Inc. · San Francisco, CA</p>
</body></html>""",
    ),
    mu(
        "r15c",
        "2025-10-30 21:50",
        "Sam Okafor <no-reply@hire.lever.co>",
        "Quillmark: interview with the Billing team",
        A("interview", QM, QMR, 15, "lever", "en"),
        reply_to="sam.okafor@quillmark.example",
        text="""Hi Óscar,

Nice work on the CodeSignal assessment. We'd love for you to meet the Billing team for a
60-minute technical conversation on Monday, November 3 at 10:00 AM (Mexico City time). You'll
talk with Hannah Lee (Staff Engineer) about a past project of yours and do a short API design
exercise.

The invitation is attached; the Zoom link is in it.

Best,
Sam Okafor
Recruiting Lead, Quillmark""",
        ics=ics(
            "lever-int-0d8e6c1a-20251103@hire.lever.co",
            "2025-11-03 10:00",
            "Quillmark Interview - Óscar Iñiguez Barajas / Billing team",
            ("Sam Okafor", "sam.okafor@quillmark.example"),
            location="https://quillmark.zoom.us/j/94150022871",
            attendees=[("Hannah Lee", "hannah.lee@quillmark.example")],
        ),
    ),
]

_qm_out = mp(
    "r15d",
    "2025-12-16 09:12",
    "Sam Okafor <sam.okafor@quillmark.example>",
    "Re: Next steps - Quillmark",
    A("confirmation", QM, QMR, 15, "direct", "en"),
    st="withdrawn",
    text="""Hi Óscar,

Thanks for letting me know, and congratulations on the new role! I've withdrawn your
application from our process so you won't get any more scheduling emails from us.

It was a pleasure getting to know you. If things change down the road, my inbox is open.

All the best,
Sam

On Mon, Dec 15, 2025 at 7:41 PM Óscar Iñiguez Barajas <oscar.iniguez.barajas@gmail.com> wrote:
> Hi Sam,
>
> Thank you for the time you and the team have put into my process. I wanted to let you know
> that I've accepted an offer with another company, so I'd like to withdraw from the Senior
> Software Engineer, Backend process. I really enjoyed talking with Hannah.
>
> Best regards,
> Óscar""",
)

MAIL += [
    _qm_out,
    # --- 16 Tandem Rails (Greenhouse, Codility) ----------------------------------------------
    mc(
        "r16a",
        "2025-10-20 22:33",
        "Tandem Rails <no-reply@us.greenhouse-mail.io>",
        "Application received - Software Engineer, Payments (Go)",
        A("confirmation", TR, TRR, 16, "greenhouse", "en"),
        html="""<html><body style="font-family:Georgia,serif">
<p>Hi Óscar,</p>
<p>Thanks for applying to Tandem Rails! We're building real-time payment rails for credit
unions, and our Monterrey/Guadalajara nearshore pod is growing.</p>
<p>We've received your application for <b>Software Engineer, Payments (Go)</b>. Our team
reviews every application, and we'll follow up if we'd like to move forward.</p>
<p>– Tandem Rails Talent</p>
<p style="font-size:10px;color:#888">Tandem Rails, Inc. · 222 W Merchandise Mart Plaza,
Chicago, IL · <a href="https://job-boards.greenhouse.io/tandemrails/jobs/4477120005">Job posting</a></p>
</body></html>""",
    ),
    mu(
        "r16b",
        "2025-10-22 15:40",
        "Codility <no-reply@codility.com>",
        "Tandem Rails - online coding test",
        A("assessment", TR, TRR, 16, "codility", "en"),
        text="""Hello Óscar,

Tandem Rails invites you to take an online programming test as part of the recruitment process
for Software Engineer, Payments (Go).

The test consists of 2 tasks and takes 110 minutes. You can choose Go or Python. Please make
sure you complete the test before 2025-10-29 23:59 UTC.

Start your test here:
https://app.codility.com/c/run/TFK7N2-Q9A/

We recommend trying the demo test first to get familiar with the interface.

Good luck!
Codility on behalf of Tandem Rails""",
    ),
    mu(
        "r16c",
        "2025-11-12 17:25",
        "Tandem Rails <no-reply@us.greenhouse-mail.io>",
        "Tandem Rails | Software Engineer, Payments",
        A("rejection", TR, TRR, 16, "greenhouse", "en"),
        text="""Hi Óscar,

Thanks for your patience while we reviewed your coding test. You clearly know your way around
Go, and we appreciate the effort you put in.

That said, we're going to move ahead with other candidates for this role. We'll hold on to
your details and may get in touch if something suitable comes up.

Best of luck,
Tandem Rails Talent""",
    ),
    # --- 17 Vexa Semiconductors (Workday tenant "vxsemi") -------------------------------------
    mp(
        "r17a",
        "2025-10-27 11:02",
        "Vexa Careers <vxsemi@myworkday.com>",
        "We've received your application",
        A("confirmation", VX, VXR, 17, "workday", "en"),
        text="""Hi Óscar,

Thank you for applying to Vexa. Your application for Backend Software Engineer – Test
Automation Platform (JR-2025-11873), Guadalajara (Tlajomulco site), has been received.

What's next? Our recruiting team will review your application. You may be asked to complete an
online assessment; if so, you'll find it as a task in your candidate home.

https://vxsemi.wd1.myworkdayjobs.com/en-US/VexaCareers

Vexa Semiconductors Talent Acquisition""",
    ),
    mp(
        "r17b",
        "2025-10-29 08:44",
        "Vexa Careers <vxsemi@myworkday.com>",
        "Action required: complete your assessment",
        A("assessment", VX, VXR, 17, "workday", "en"),
        text="""Hi Óscar,

As the next step for Backend Software Engineer – Test Automation Platform (JR-2025-11873), please
complete the Technical Skills Questionnaire and the short coding exercise assigned to you in
Workday. It takes about 45 minutes.

Sign in to your candidate home to find the task in your inbox:
https://vxsemi.wd1.myworkdayjobs.com/en-US/VexaCareers/userHome

Please complete it within 5 days.

Vexa Semiconductors Talent Acquisition""",
    ),
    mp(
        "r17c",
        "2025-12-09 15:30",
        "Vexa Careers <vxsemi@myworkday.com>",
        "Your application status",
        A("rejection", VX, VXR, 17, "workday", "en"),
        text="""Hi Óscar,

Thank you for your interest in Backend Software Engineer – Test Automation Platform
(JR-2025-11873) and for completing our assessment.

The position has now been filled. While your application was not selected, we encourage you to
keep an eye on our careers site for future roles in Guadalajara.

Vexa Semiconductors Talent Acquisition""",
    ),
    # --- 18 Datacéntrica (LinkedIn in Spanish, rejection through LinkedIn) --------------------
    mu(
        "r18a",
        "2025-10-28 18:09",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Óscar, tu solicitud se envió a Datacéntrica",
        A("confirmation", DC, DCR, 18, "linkedin"),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial">
<p><img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" width="84"></p>
<h2 style="font-size:20px">Tu solicitud se envió a Datacéntrica</h2>
<p><b>Desarrollador(a) Backend Python</b><br>Datacéntrica · Zapopan, Jalisco, México (Híbrido)<br>
Solicitado el 28 de octubre de 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4311820594/">Ver empleo</a></p>
<p style="font-size:11px;color:#666">Este correo electrónico está dirigido a Óscar Iñiguez
Barajas. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Darse de baja</a><br>
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</body></html>""",
    ),
    mu(
        "r18b",
        "2025-10-31 20:47",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Datacéntrica vio tu solicitud",
        A("viewed", DC, DCR, 18, "linkedin"),
        text="""LinkedIn

Tu solicitud fue vista por Datacéntrica

Desarrollador(a) Backend Python
Datacéntrica · Zapopan, Jalisco, México

Es posible que la empresa se ponga en contacto contigo. Mientras tanto, revisa empleos similares.

Ver solicitud: https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED

Este correo electrónico está dirigido a Óscar Iñiguez Barajas.
© 2025 LinkedIn Corporation""",
    ),
    mu(
        "r18c",
        "2025-11-20 15:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Novedades de tu solicitud a Datacéntrica",
        A("rejection", DC, DCR, 18, "linkedin"),
        text="""LinkedIn

Desarrollador(a) Backend Python
Datacéntrica · Zapopan, Jalisco, México

Mensaje de Datacéntrica:

"Hola Óscar, gracias por tu interés en Datacéntrica. Revisamos con atención tu perfil y, aunque
tienes una trayectoria muy sólida, en esta ocasión decidimos avanzar con perfiles más
enfocados en ingeniería de datos (Spark, Airflow). Te deseamos mucho éxito."

Sigue buscando: hay 214 empleos de Desarrollador backend en Zona metropolitana de Guadalajara.

Este correo electrónico está dirigido a Óscar Iñiguez Barajas.
© 2025 LinkedIn Corporation""",
    ),
    # --- 19 Lumora Health (Lever; an automatic no three days later) ----------------------------
    mu(
        "r19a",
        "2025-11-03 23:38",
        "Lumora Health <no-reply@hire.lever.co>",
        "Thank you for your application",
        A("confirmation", LU, LUR, 19, "lever", "en"),
        text="""Hi Óscar,

Thank you for applying to Lumora Health for the Backend Engineer (Python) – Mexico role. We're
excited to learn more about you.

Our team reviews applications on a rolling basis. We'll be in touch regarding next steps.

Warmly,
The Lumora Health Team""",
    ),
    mu(
        "r19b",
        "2025-11-06 12:00",
        "Lumora Health <no-reply@hire.lever.co>",
        "Lumora Health",
        A("rejection", LU, LUR, 19, "lever", "en"),
        text="""Hi Óscar,

We wanted to thank you for your interest in Lumora Health. Our hiring team has carefully
reviewed your application, and while your experience is impressive, we have decided to pursue
other candidates whose backgrounds more closely match the needs of the Backend Engineer
(Python) – Mexico role, in particular hands-on experience with HIPAA-regulated systems.

We wish you success in your job search.

The Lumora Health Team""",
    ),
]

# --- 20 Cuaderno (the CTO answers a cold e-mail; the offer is declined) ----------------------

_cu_conf = m(
    "r20a",
    "2025-11-04 08:53",
    "Leonardo Gallo <leo@cuaderno.example>",
    "Re: Backend dev - vi su post en LinkedIn",
    A("confirmation", CU, CUR, 20, "direct"),
    text="""¡Qué onda Óscar! Gracias por escribir.

Sí, seguimos buscando a alguien para backend (Python, FastAPI, Postgres). Ya le eché un ojo a tu
CV y a tu GitHub, me late mucho lo del scheduler que hiciste. Lo paso con Regina (nuestra CEO) y
esta semana te escribo con el siguiente paso, que normalmente es un ejercicio chiquito.

Saludos,
Leo

Leonardo Gallo
CTO · Cuaderno
cuaderno.example · Guadalajara

El lun, 3 nov 2025 a las 22:10, Óscar Iñiguez Barajas (<oscar.iniguez.barajas@gmail.com>)
escribió:

> Hola Leonardo, vi el post que compartiste en LinkedIn sobre la vacante de backend en
> Cuaderno. Te comparto mi CV; tengo 6 años con Python (Django/FastAPI) y Go, y me encanta lo que
> están haciendo con las escuelas públicas de Jalisco.
> Saludos, Óscar""",
)

_cu_task = m(
    "r20b",
    "2025-11-07 12:40",
    "Leonardo Gallo <leo@cuaderno.example>",
    "Ejercicio Cuaderno 📓",
    A("assessment", CU, CUR, 20, "direct"),
    text="""Óscar, va el ejercicio:

https://github.com/cuaderno-mx/ejercicio-backend

Es una API para registrar tareas de alumnos y calcular el avance por grupo. Nada de
sobreingeniería, ponle 3 horitas. Lo que más nos importa es cómo modelas los datos y cómo
pruebas. Mándame el link a tu repo cuando lo tengas, sin prisa, pero idealmente antes del
jueves 13.

¡Gracias!
Leo""",
)

_cu_offer = m(
    "r20d",
    "2025-12-10 19:15",
    "Leonardo Gallo <leo@cuaderno.example>",
    "Propuesta Cuaderno",
    A("offer", CU, CUR, 20, "direct"),
    cc="Regina Ochoa <regina@cuaderno.example>",
    text="""Óscar,

Como te adelanté por teléfono, ¡queremos que te sumes a Cuaderno! Aquí va la propuesta económica
formal:

- Puesto: Backend Developer (Python), reportando a mí
- Sueldo: $62,000 MXN brutos mensuales, por nómina con prestaciones de ley (alta en el IMSS desde
  el día uno), aguinaldo de 20 días, 15 días de vacaciones
- Stock options: 0.25 % con vesting a 4 años
- Home office, con oficina en coworking de Chapultepec cuando quieras
- Fecha de inicio: 5 de enero de 2026, o la que te acomode

Sé que no le ganamos a una gringa en sueldo, pero creemos que aquí tendrías mucho impacto. Te
mando la carta oferta en PDF para que la revises. ¿Nos das respuesta antes del 17?

Un abrazo,
Leo y Regina""",
    attach=[
        (
            "Carta_oferta_Oscar_Iniguez_Cuaderno.txt",
            "text/plain",
            "Cuaderno Educación Digital, S.A.P.I. de C.V. - Carta oferta (borrador para revisión)\n",
        )
    ],
)

MAIL += [
    _cu_conf,
    _cu_task,
    m(
        "r20c",
        "2025-11-14 10:02",
        "Leonardo Gallo <leo@cuaderno.example>",
        "Invitación: Cuaderno <> Óscar @ mar 18 nov 2025 17:00 - 18:00 (CST)",
        A("interview", CU, CUR, 20, "direct"),
        text="""Leonardo Gallo te invitó a este evento.

Cuaderno <> Óscar
martes, 18 de noviembre de 2025 · 17:00 – 18:00
Hora central - Ciudad de México
Unirse con Google Meet: meet.google.com/hox-pcty-bwe

Revisamos tu ejercicio juntos y platicas con Regina. ¡Estuvo muy bien!

Invitación de Google Calendar""",
        ics=ics(
            "6r2q0mlhg7b1t3u9ckf8e4vd2n@google.com",
            "2025-11-18 17:00",
            "Cuaderno <> Óscar",
            LEO,
            location="https://meet.google.com/hox-pcty-bwe",
            attendees=[("Regina Ochoa", "regina@cuaderno.example")],
            description="Revisamos tu ejercicio juntos y platicas con Regina. ¡Estuvo muy bien!",
        ),
        **rep(_cu_task),
    ),
    _cu_offer,
    m(
        "r20e",
        "2025-12-16 13:27",
        "Leonardo Gallo <leo@cuaderno.example>",
        "Re: Propuesta Cuaderno",
        A("offer", CU, CUR, 20, "direct"),
        st="declined",
        text="""Ni modo, Óscar, ¡pero qué gusto por ti! Corvane es muy buena opción y entiendo
perfecto lo del SGMM con el bebé en camino.

Gracias por la honestidad y por avisar rápido. Si algún día te animas a volver al mundo
startup, aquí estamos. Y nos debemos unas cheves.

Leo

El lun, 15 dic 2025 a las 21:02, Óscar Iñiguez Barajas escribió:
> Leo, Regina: muchísimas gracias por la propuesta y por todo el proceso. Lo pensé mucho, pero
> decidí aceptar otra oferta, así que tengo que declinar la de Cuaderno. De verdad me encantó
> el proyecto.
> Un abrazo, Óscar""",
        **rep(_cu_offer),
    ),
    # --- 21 Rodalia (Indeed; seen, then silence) ----------------------------------------------
    m(
        "r21a",
        "2025-11-10 22:48",
        "Indeed <indeedapply@indeed.com>",
        "Postulación enviada: Desarrollador Backend Go",
        A("confirmation", RD, RDR, 21, "indeed"),
        text="""Indeed

¡Tu postulación se envió!

Desarrollador Backend Go
Autos Rodalia, S.A.P.I. de C.V. - Zapopan, Jal. - Híbrido

Se envió tu CV (CV_Oscar_Iniguez_2025.pdf) a Autos Rodalia, S.A.P.I. de C.V.

Revisa el estado en Mis empleos: https://mx.indeed.com/myjobs

--
Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750""",
    ),
    m(
        "r21b",
        "2025-11-13 09:12",
        "Indeed <no-reply@indeed.com>",
        "Rodalia vio tu postulación",
        A("viewed", RD, RDR, 21, "indeed"),
        html="""<html><body style="font-family:Arial">
<p><b>indeed</b></p>
<p>Óscar, ¡el empleador vio tu postulación!</p>
<p><b>Desarrollador Backend Go</b><br>Rodalia · Zapopan, Jal.</p>
<p>No se requiere ninguna acción. Si el empleador está interesado, te contactará.</p>
<p><a href="https://mx.indeed.com/myjobs?tab=applied">Ver mis empleos</a></p>
<p style="font-size:11px;color:#888">Indeed, 6433 Champion Grandview Way, Building 1, Austin,
TX 78750</p>
</body></html>""",
    ),
    # --- 22 Ocelote Security (Computrabajo; nothing after) ------------------------------------
    m(
        "r22a",
        "2025-11-12 07:55",
        "Computrabajo <no-reply@computrabajo.com>",
        "Has aplicado a la oferta: Desarrollador Backend Go / Python",
        A("confirmation", OS, OSR, 22, "other"),
        html="""<html><body style="font-family:Arial;color:#333">
<p><img src="https://mx.computrabajo.com/img/logo.svg" alt="Computrabajo" width="140"></p>
<p>Hola Óscar,</p>
<p>Tu postulación a la oferta <b>Desarrollador Backend Go / Python</b> de <b>Ocelote
Security</b> (Guadalajara, Jalisco) se ha enviado correctamente.</p>
<p><a href="https://mx.computrabajo.com/candidato/postulaciones">Seguir mis postulaciones</a></p>
<p style="font-size:11px;color:#999">Computrabajo México.</p>
</body></html>""",
    ),
    # --- 23 Halvorsen again (a new requisition for the same role) ----------------------------
    me(
        "r23a",
        "2025-11-24 20:05",
        "HMD Careers <hmdcorp@myworkday.com>",
        "Thank you for applying!",
        A("confirmation", HMD, HMDR, 23, "workday", "en"),
        text="""Dear Óscar,

Thank you for your interest in Halvorsen. We have received your application for the position
of Software Engineer II – Backend (Java) (R-0051306) in Guadalajara, Jalisco, Mexico.

Our Talent Acquisition team will review your qualifications. If your skills and experience are a
strong match, a recruiter will contact you. You can check the status of your application at any
time by signing in to your candidate home:

https://hmdcorp.wd5.myworkdayjobs.com/HMD_Careers/userHome

Sincerely,
Talent Acquisition
Halvorsen Medical Devices""",
    ),
    me(
        "r23b",
        "2026-01-15 11:48",
        "HMD Careers <hmdcorp@myworkday.com>",
        "Regarding your application for R-0051306",
        A("rejection", HMD, HMDR, 23, "workday", "en"),
        text="""Dear Óscar,

Thank you for your continued interest in Halvorsen Medical Devices.

After reviewing your application for Software Engineer II – Backend (Java) (R-0051306), we
regret to inform you that we will not be moving forward at this time. Please know that this
decision was not easy given the strength of the candidate pool.

We wish you every success.

Talent Acquisition
Halvorsen Medical Devices""",
    ),
    # --- job mail outside applications -------------------------------------------------------
    me(
        "r90a",
        "2025-09-15 23:01",
        "HMD Careers <hmdcorp@myworkday.com>",
        "Verify your candidate account",
        J("other_job", "workday", HMD, lang="en"),
        text="""Hello,

Thank you for creating a candidate account with Halvorsen Medical Devices. Please verify your
email address within 24 hours by clicking the link below:

https://hmdcorp.wd5.myworkdayjobs.com/HMD_Careers/activate/8c1f7e2a90bd4e

If you did not create this account, you can ignore this message.""",
    ),
    me(
        "r90b",
        "2025-09-16 14:00",
        "Halvorsen Talent Community <hmdcorp@myworkday.com>",
        "Welcome to the Halvorsen Talent Community",
        J("alert", "workday", HMD, lang="en"),
        html="""<html><body style="font-family:Arial">
<h2 style="color:#00558c">Welcome, Óscar!</h2>
<p>You're now part of the Halvorsen Talent Community. We'll send you news about life at
Halvorsen and job openings that match your interests: <b>Software Engineering</b> in
<b>Guadalajara</b>.</p>
<p>Did you know? Our Guadalajara Technology Center opened in 2019 and is home to more than 600
engineers building software for cardiac monitoring devices.</p>
<p><a href="https://hmdcorp.wd5.myworkdayjobs.com/HMD_Careers">Explore open roles</a></p>
<p style="font-size:11px;color:#888">You can manage your preferences or unsubscribe at any time.</p>
</body></html>""",
    ),
    mu(
        "r90c",
        "2025-09-05 13:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“backend engineer”: Parcelwise - Backend Engineer (Node.js) – LATAM and more",
        J("alert", "linkedin", lang="en"),
        text="""Your job alert for backend engineer in Mexico
8 new jobs match your preferences.

Backend Engineer (Node.js) – LATAM
Parcelwise · Mexico (Remote)
Easy Apply

Senior Python Developer
Arkhos Nearshore · Guadalajara, Jalisco (Remote)
Actively recruiting

Backend Engineer II (Python)
Corvane · Guadalajara, Jalisco (Hybrid)
3 connections work here

Software Engineer, Platform
Tandem Rails · Mexico (Remote)

See all jobs: https://www.linkedin.com/comm/jobs/search?savedSearchId=1748811342

You're receiving job alert emails. Unsubscribe · Help
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    mu(
        "r90d",
        "2025-10-14 13:01",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“desarrollador backend”: Datacéntrica y 11 empleos más",
        J("alert", "linkedin"),
        text="""Tu alerta de empleo para desarrollador backend en Zona metropolitana de Guadalajara
12 nuevos empleos coinciden con tus preferencias.

Desarrollador(a) Backend Python
Datacéntrica · Zapopan, Jalisco, México (Híbrido)
Solicitud sencilla

Ingeniero Backend Sr. (Java)
Banco Altamira · Guadalajara, Jalisco, México

Backend Developer - Go
Rodalia · Zapopan, Jalisco, México
Contratación activa

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search?savedSearchId=1750020913

Estás recibiendo correos de alertas de empleo. Darse de baja
© 2025 LinkedIn Corporation""",
    ),
    mu(
        "r90e",
        "2025-11-25 14:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tandem Rails is hiring: Senior Software Engineer, Ledger",
        J("alert", "linkedin", TR, "Senior Software Engineer, Ledger", "en"),
        text="""Tandem Rails is hiring

Because you applied to Software Engineer, Payments (Go) at Tandem Rails, you may be interested
in this new role:

Senior Software Engineer, Ledger
Tandem Rails · Mexico (Remote)
Posted 2 days ago · 41 applicants

View job: https://www.linkedin.com/jobs/view/4330219871/

© 2025 LinkedIn Corporation""",
    ),
    mu(
        "r90f",
        "2026-02-03 13:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“backend engineer”: 5 new jobs in Mexico",
        J("alert", "linkedin", lang="en"),
        text="""Your job alert for backend engineer in Mexico

Senior Backend Engineer (Go)
Brightwater Freight · Mexico (Remote)

Backend Engineer, Integrations
Lumora Health · Mexico (Remote)

Staff Engineer, Payments
Finlio · Latin America (Remote)

See all jobs: https://www.linkedin.com/comm/jobs/search?savedSearchId=1748811342

You're receiving job alert emails. Turn off this alert.
© 2026 LinkedIn Corporation""",
    ),
    m(
        "r90g",
        "2025-09-21 07:30",
        "Indeed <alert@indeed.com>",
        "Desarrollador backend: 23 empleos nuevos en Guadalajara, Jal.",
        J("alert", "indeed"),
        html="""<html><body style="font-family:Arial">
<p><b>indeed</b></p>
<p>Empleos nuevos para <b>desarrollador backend</b> en <b>Guadalajara, Jal.</b></p>
<p><a href="https://mx.indeed.com/rc/clk?jk=a1">Desarrollador Backend Node.js</a><br>
Telecomunicaciones de Occidente · Guadalajara, Jal. · $45,000 - $55,000 al mes<br>
<i>Postúlate fácilmente</i></p>
<p><a href="https://mx.indeed.com/rc/clk?jk=a2">Programador Python Jr.</a><br>
Soluciones Tapatías de Software · Zapopan, Jal.</p>
<p><a href="https://mx.indeed.com/rc/clk?jk=a3">Backend Developer (Java)</a><br>
Empresa confidencial · Guadalajara, Jal. · Urgente</p>
<p><a href="https://mx.indeed.com/jobs?q=desarrollador+backend&amp;l=Guadalajara">Ver los 23 empleos</a></p>
<p style="font-size:11px;color:#888">Recibes esta alerta de empleo porque te suscribiste en
Indeed. Cancelar suscripción.</p>
</body></html>""",
    ),
    m(
        "r90i",
        "2025-10-04 06:12",
        "OCC <alertas@occ.com.mx>",
        "Óscar, tenemos 15 vacantes para ti",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial">
<p><img src="https://www.occ.com.mx/img/logo-occ.png" alt="OCC" width="90"></p>
<p>Vacantes que coinciden con tu búsqueda <b>"Desarrollador backend"</b> en Jalisco:</p>
<ul>
<li><b>Ingeniero de Software Backend (Java/Spring)</b> - Financiera Sólida del Bajío · Guadalajara</li>
<li><b>Desarrollador .NET Sr.</b> - Corporativo Minerva · Zapopan</li>
<li><b>Líder Técnico Backend</b> - Empresa confidencial · Guadalajara · $80,000 - $95,000</li>
</ul>
<p><a href="https://www.occ.com.mx/empleos/de-desarrollador-backend/en-jalisco/">Ver todas</a></p>
<p style="font-size:11px;color:#888">Recibes este correo porque creaste una alerta en OCC.</p>
</body></html>""",
    ),
    m(
        "r90j",
        "2025-10-19 09:20",
        "Computrabajo <alertas@computrabajo.com>",
        "12 nuevas ofertas de empleo de Backend",
        J("alert", "other"),
        text="""Computrabajo

Hola Óscar, estas son las nuevas ofertas de empleo que coinciden con tu alerta "Backend -
Jalisco":

- Desarrollador Backend Go / Python - Ocelote Security - Guadalajara
- Programador PHP (Laravel) - Transportes Castañeda e Hijos - Tlaquepaque
- Analista Programador Java - Importante empresa del sector financiero - Zapopan

Ver todas las ofertas: https://mx.computrabajo.com/ofertas-de-trabajo/?q=backend&p=jalisco

Para darte de baja de esta alerta, entra a tu cuenta.""",
    ),
    mu(
        "r90k",
        "2025-10-23 15:00",
        "Get on Board <hola@getonbrd.com>",
        "💼 Nuevos empleos remotos en Programación esta semana",
        J("alert", "other"),
        html="""<html><body style="font-family:Helvetica,Arial">
<p>Hola Óscar, esta semana se publicaron <b>37 empleos</b> en Programación que aceptan postulantes
desde México:</p>
<ul>
<li>Senior Backend Engineer (Elixir) · Arrayán Tech · USD 4.500 - 5.500</li>
<li>Python Developer · Kuntur Labs · USD 3.000 - 3.800</li>
<li>Tech Lead Node.js · Mercado Pleno · USD 5.000 - 6.000</li>
</ul>
<p><a href="https://www.getonbrd.com/empleos/programacion">Ver todos</a></p>
<p style="font-size:11px;color:#777">Ajusta la frecuencia de este correo en tu cuenta.</p>
</body></html>""",
    ),
    mu(
        "r90l",
        "2025-10-11 17:33",
        "Get on Board <hola@getonbrd.com>",
        "Tu postulación a Arrayán Tech está incompleta",
        J("alert", "other", "Arrayán Tech", "Senior Backend Engineer (Elixir)"),
        text="""Hola Óscar,

Comenzaste a postular a Senior Backend Engineer (Elixir) en Arrayán Tech, pero no terminaste.
Te faltan 2 preguntas de la empresa y tu pretensión salarial.

Termina tu postulación aquí: https://www.getonbrd.com/jobs/programming/senior-backend-engineer-elixir-arrayan-tech

La oferta cierra en 4 días.

Equipo Get on Board""",
    ),
    mp(
        "r90m",
        "2025-10-25 18:00",
        "Vexa Careers <vxsemi@myworkday.com>",
        "Your application is still in progress",
        J("alert", "workday", VX, VXR, "en"),
        text="""Hi Óscar,

We noticed you started an application for Backend Software Engineer – Test Automation Platform
(JR-2025-11873) but haven't submitted it yet. Your progress has been saved.

Pick up where you left off:
https://vxsemi.wd1.myworkdayjobs.com/en-US/VexaCareers/job/Guadalajara/JR-2025-11873/apply

Vexa Semiconductors Talent Acquisition""",
    ),
    mu(
        "r91a",
        "2025-09-25 18:27",
        "Travis Boone <travis@bridgewaynearshore.example>",
        "Senior Python Engineer – US healthtech (remote, USD)",
        J("outreach", "agency", None, "Senior Python Engineer", "en"),
        text="""Hey Óscar,

Hope you're well! I'm a recruiter at Bridgeway Nearshore. We place senior LATAM engineers with
US product companies as long-term contractors (paid in USD, 100% remote).

I'm working on a Senior Python Engineer role for a Series B healthtech client in Denver - great
engineering culture, FastAPI + Postgres + AWS, CST hours. Budget is $5,500-6,500 USD/month.

I can't share the client's name until we've had a quick call, but I think you'd be a strong
fit. Do you have 15 minutes this week? Here's my Calendly:
https://calendly.com/travis-bridgeway/15min

Best,
Travis Boone
Senior Technical Recruiter | Bridgeway Nearshore
Austin, TX · Guadalajara · Medellín""",
    ),
    m(
        "r91b",
        "2025-10-06 12:15",
        "Andesoft Nearshore | Talent <talent@andesoft.example>",
        "Oportunidad: Python Developer para proyectos con clientes en EE.UU.",
        J("outreach", "agency", None, "Python Developer"),
        html="""<html><body style="font-family:Arial">
<p>¡Hola Óscar!</p>
<p>En <b>Andesoft</b> estamos creciendo nuestro equipo en Guadalajara y tu perfil nos pareció
ideal para una posición de <b>Python Developer</b> asignado a un cliente del sector retail en
Estados Unidos.</p>
<ul><li>100% remoto</li><li>Pago en USD o MXN, tú eliges</li><li>Clases de inglés y
certificaciones AWS pagadas</li></ul>
<p>¿Te interesa? <a href="https://andesoft.example/careers/apply?ref=li-oi">Aplica aquí en 2
minutos</a>.</p>
<p>Saludos,<br>Talent Acquisition Team · Andesoft</p>
<p style="font-size:10px;color:#999">Si no deseas recibir más correos, <a href="https://andesoft.example/unsubscribe">da clic aquí</a>.</p>
</body></html>""",
    ),
    m(
        "r91c",
        "2025-11-18 11:05",
        "Karla Ruvalcaba | Nexo Talento TI <karla.ruvalcaba@nexotalento.example>",
        "Nueva vacante para ti - Backend Python Sr",
        J("outreach", "agency", None, "Backend Python Sr"),
        text="""¡Hola Óscar! Como te prometí, te escribo por una nueva posición:

Backend Python Sr para un cliente del sector asegurador en Chicago. Stack: Python (FastAPI),
AWS, Terraform. Mismo esquema que la anterior (contrato con Nexo, prestaciones superiores de ley).
Rango: $90,000 - $105,000 MXN brutos.

¿Sigues en búsqueda? Si te interesa, te agendo la llamada con el cliente esta misma semana.

¡Saludos!
Karla""",
    ),
    mu(
        "r91d",
        "2026-01-21 17:44",
        "Ashley Grant via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Quick question about Go + payments",
        J("outreach", "linkedin", "Helix Rewards", "Senior Backend Engineer (Go)", "en"),
        text="""Hi Óscar,

I'm the Head of Talent at Helix Rewards (loyalty infrastructure for US retailers). We just opened
a Senior Backend Engineer (Go) role for our Mexico team and your profile came up as one of the
best matches for payments + Go.

I know you just started a new position - no pressure at all, but would you be open to a
20-minute chat sometime in the next few weeks?

Ashley

Reply  |  Not interested
This message was sent to Óscar Iñiguez Barajas. © 2026 LinkedIn Corporation""",
    ),
    m(
        "r91e",
        "2026-02-17 10:22",
        "Ximena Pérez <ximena.perez@talentoocc.example>",
        "Líder técnico backend - empresa líder en retail (GDL)",
        J("outreach", "agency", None, "Líder Técnico Backend"),
        text="""Buen día Óscar:

Mi nombre es Ximena Pérez, consultora de Headhunting en Talento Occidente. Actualmente
buscamos un Líder Técnico Backend para una empresa líder del sector retail con corporativo en
Guadalajara. Es una posición confidencial.

Ofrecemos: $110,000 - $125,000 MXN brutos mensuales, bono anual, SGMM, esquema híbrido.

¿Le interesaría conocer más detalles? Quedo atenta a sus comentarios.

Saludos cordiales,
Ximena Pérez
Consultora Sr. | Talento Occidente""",
    ),
    mu(
        "r92a",
        "2025-11-20 17:00",
        "Corvane Talent <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience with Corvane?",
        J("other_job", "greenhouse", CV, CV1, "en"),
        text="""Hi Óscar,

You recently interviewed with Corvane. We'd love to hear about your experience, whatever the
outcome - it takes 2 minutes and your answers are anonymous to the hiring team.

https://app.greenhouse.io/surveys/candidate/corvane/7a9e21

Thank you!
Corvane Talent Team""",
    ),
    m(
        "r92b",
        "2025-11-19 09:14",
        "Karla Ruvalcaba | Nexo Talento TI <karla.ruvalcaba@nexotalento.example>",
        "Respuesta automática: RE: Nueva vacante para ti - Backend Python Sr",
        J("other_job", "agency"),
        text="""Hola, gracias por tu mensaje.

Estaré fuera de la oficina del 19 al 21 de noviembre con acceso limitado a correo. Para temas
urgentes de procesos activos escribe a reclutamiento@nexotalento.example o al WhatsApp 33 1784
2260.

Karla Ruvalcaba | Nexo Talento TI""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    ),
    mm(
        "r92c",
        "2025-12-22 08:01",
        "Dana Whitfield <dana.whitfield@corvane.example>",
        "Automatic reply: Documentos para onboarding",
        J("other_job", "direct", CV, lang="en"),
        text="""Hi there, thanks for your email!

I'm out of office for the holidays from December 22 through January 2 with no access to email.
For anything related to onboarding in Mexico, please contact Lucía Camarena
(lucia.camarena@corvane.example).

Happy holidays! / ¡Felices fiestas!
Dana""",
        headers={"Auto-Submitted": "auto-replied"},
    ),
    m(
        "r92d",
        "2025-09-01 18:30",
        "OCC <noreply@occ.com.mx>",
        "Tu código de verificación OCC",
        J("other_job", "other"),
        text="""Hola Óscar,

Tu código de verificación para ingresar a OCC es: 482 913

El código vence en 10 minutos. Si tú no lo solicitaste, ignora este mensaje.

OCC Mundial""",
    ),
    m(
        "r92e",
        "2025-09-10 20:47",
        "Karla Ruvalcaba | Nexo Talento TI <karla.ruvalcaba@nexotalento.example>",
        "Aviso de privacidad y consentimiento - Nexo Talento TI",
        J("other_job", "agency"),
        text="""Hola Óscar, gracias por tu CV.

Antes de presentarte con cualquier cliente necesito tu autorización para el tratamiento de tus
datos personales. Por favor lee y acepta el aviso de privacidad en este enlace (toma 1 minuto):

https://nexotalento.example/privacidad/consentimiento?c=OI-2025-0912

¡Gracias!
Karla""",
    ),
]

# ruff: noqa: E501
"""Job mail of the twenty-fourth corpus: Monterrey, Bogotá, Buenos Aires, US remote roles, alerts,
outreach and other job mail (Spanish and English). A tuning corpus."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

MX, CO, AR, ET, CT, PT = "-0600", "-0500", "-0300", "-0400", "-0500", "-0700"

ARI = "Acero Regio Industrial"
IAC = "Instituto de Abastecimiento y Compras de Nuevo León"
SAB = "Sabana Blooms"
YM = "Yerba Misionera"
FL = "Freightlane"
SW = "Shipwise"
NG = "Northgate Distributors"

MAIL: list[dict[str, Any]] = [
    # 12 Acero Regio Industrial (Industrias Metálicas del Norte) via Jobvite, Monterrey
    m(
        "24101",
        "2025-02-25 15:20",
        "ARI Talento <notification@jobvite.com>",
        "Gracias por tu interés en ARI",
        ("confirmation", ARI, "Analista de Logística Inbound", 12, "other", "es"),
        html="""<html><body>
<p>Hola Daniela,</p>
<p>Recibimos tu solicitud para <b>Analista de Logística Inbound</b> en Monterrey, N.L.</p>
<p>En ARI forjamos el acero que mueve a México. Nuestro equipo revisará tu perfil y te contactará si avanzas a la siguiente etapa.</p>
<p>Industrias Metálicas del Norte, S.A.B. de C.V.<br>
<a href="https://jobs.jobvite.com/acero-regio/job/oKx82fwQ">Ver vacante</a></p>
</body></html>""",
        tz=MX,
    ),
    m(
        "24102",
        "2025-03-06 09:00",
        "Gerardo Villarreal <gvillarreal@imn.com.mx>",
        "Entrevista virtual - Logística Inbound",
        ("interview", ARI, "Analista de Logística Inbound", 12, "direct", "es"),
        text="""Buenos días Daniela,

Te agendé con el Lic. Garza (Jefe de Tráfico Internacional) para una videollamada el martes 11 de marzo a las 12:00 h (hora centro). Te llega la invitación de Teams.

Saludos desde Monterrey,

Gerardo Villarreal
Reclutamiento Corporativo
IMN | Acero Regio Industrial
""",
        ics={
            "uid": "imn-ent-0311-drios",
            "start": "2025-03-11 12:00:00 -0600",
            "minutes": 45,
            "organizer": ("Gerardo Villarreal", "gvillarreal@imn.com.mx"),
            "attendees": [("Jorge Garza", "jgarza@imn.com.mx")],
            "summary": "Entrevista - Daniela Ríos / Analista Logística Inbound",
            "location": "Microsoft Teams",
            "style": "outlook",
        },
        tz=MX,
    ),
    m(
        "24103",
        "2025-03-10 18:40",
        "Gerardo Villarreal <gvillarreal@imn.com.mx>",
        "Cancelado: Entrevista - Daniela Ríos / Analista Logística Inbound",
        ("interview", ARI, "Analista de Logística Inbound", 12, "direct", "es"),
        text="""Daniela, cancelo la reunión de mañana porque el Lic. Garza estará en aduana en Nuevo Laredo. Te busco para reagendar.
""",
        ics={
            "uid": "imn-ent-0311-drios",
            "start": "2025-03-11 12:00:00 -0600",
            "minutes": 45,
            "method": "CANCEL",
            "organizer": ("Gerardo Villarreal", "gvillarreal@imn.com.mx"),
            "summary": "Entrevista - Daniela Ríos / Analista Logística Inbound",
            "style": "outlook",
        },
        tz=MX,
    ),
    m(
        "24104",
        "2025-04-01 11:25",
        "ARI Talento <notification@jobvite.com>",
        "Actualización de tu solicitud",
        ("rejection", ARI, "Analista de Logística Inbound", 12, "other", "es"),
        html="""<html><body>
<p>Hola Daniela,</p>
<p>Gracias por tu tiempo y por tu interés en formar parte de ARI. Valoramos mucho tu experiencia.</p>
<p>Te informamos que la posición Analista de Logística Inbound ha sido cubierta. Conservaremos tu información para futuras oportunidades.</p>
<p>Equipo de Talento ARI</p>
</body></html>""",
        tz=MX,
    ),
    # 13 state agency, Nuevo León: on hold
    m(
        "24105",
        "2025-03-26 10:00",
        "Servicio Profesional IAC-NL <convocatorias@iacnl.gob.mx>",
        "Acuse de registro CP-IAC-07/2025",
        ("confirmation", IAC, "Subdirector(a) de Logística y Almacenes", 13, "other", "es"),
        text="""GOBIERNO DEL ESTADO DE NUEVO LEÓN
Instituto de Abastecimiento y Compras

ACUSE DE REGISTRO
Concurso público CP-IAC-07/2025
Plaza: Subdirector(a) de Logística y Almacenes
Aspirante: Daniela Ríos Cárdenas
Número de registro: 000871

Conserve este acuse. Las fechas de examen se comunicarán por este medio.
""",
        tz=MX,
    ),
    m(
        "24106",
        "2025-04-10 14:15",
        "Servicio Profesional IAC-NL <convocatorias@iacnl.gob.mx>",
        "Aviso: suspensión temporal del concurso CP-IAC-07/2025",
        ("confirmation", IAC, "Subdirector(a) de Logística y Almacenes", 13, "other", "es"),
        text="""Estimada aspirante:

Por acuerdo del Comité de Selección, el concurso CP-IAC-07/2025 se suspende temporalmente hasta nuevo aviso, derivado de la revisión de la estructura orgánica del Instituto. Su registro 000871 conserva su validez.

Atentamente,
Comité de Selección
""",
        st="on_hold",
        tz=MX,
    ),
    # 14 Sabana Blooms (Flores de la Sabana S.A.S.) via elempleo.com, Bogotá
    m(
        "24107",
        "2025-03-03 08:30",
        "elempleo.com <notificaciones@elempleo.com>",
        "Te postulaste a: Analista de Comercio Exterior",
        ("confirmation", SAB, "Analista de Comercio Exterior", 14, "other", "es"),
        html="""<html><body>
<p>Hola Daniela,</p>
<p>Tu hoja de vida fue enviada a la oferta <b>Analista de Comercio Exterior</b> - Madrid, Cundinamarca.</p>
<p>Empresa: FLORES DE LA SABANA S.A.S.</p>
<p>Consulta el estado de tu postulación en <a href="https://www.elempleo.com/co/mis-postulaciones">Mis postulaciones</a>.</p>
</body></html>""",
        tz=CO,
    ),
    m(
        "24108",
        "2025-03-07 16:45",
        "Selección Sabana Blooms <seleccion@sabanablooms.co>",
        "Pruebas psicotécnicas - proceso Comercio Exterior",
        ("assessment", SAB, "Analista de Comercio Exterior", 14, "direct", "es"),
        text="""Buenas tardes Daniela,

Gracias por su interés en Sabana Blooms. Para continuar en el proceso de selección le solicitamos presentar las pruebas psicotécnicas y de Excel en el siguiente enlace antes del martes 11 de marzo:

https://pruebas.sabanablooms.co/candidato?id=CE-2291

Cordialmente,
Andrea Pinzón
Analista de Selección
Flores de la Sabana S.A.S. · Madrid, Cundinamarca
""",
        tz=CO,
    ),
    m(
        "24109",
        "2025-03-14 10:05",
        "Selección Sabana Blooms <seleccion@sabanablooms.co>",
        "Citación a entrevista",
        ("interview", SAB, "Analista de Comercio Exterior", 14, "direct", "es"),
        text="""Daniela, buen día.

Superó las pruebas. La citamos a entrevista por videollamada con la Jefe de Exportaciones el miércoles 19 de marzo a las 9:00 a. m. hora Colombia (8:00 a. m. hora México).

Enlace Meet: https://meet.google.com/xfe-qpmt-rbn

Cordialmente,
Andrea Pinzón
""",
        tz=CO,
    ),
    m(
        "24110",
        "2025-03-28 17:30",
        "Selección Sabana Blooms <seleccion@sabanablooms.co>",
        "Resultado proceso de selección",
        ("rejection", SAB, "Analista de Comercio Exterior", 14, "direct", "es"),
        text="""Apreciada Daniela,

Agradecemos su participación en el proceso. Fue muy grato conocer su experiencia en operaciones internacionales. No obstante, la compañía decidió avanzar con un candidato con residencia en Colombia, dado que el cargo requiere presencia en finca.

Le deseamos éxitos.

Andrea Pinzón
""",
        tz=CO,
    ),
    # 15 Droguerías Alameda via Computrabajo Colombia: ghosted
    m(
        "24111",
        "2025-04-03 20:10",
        "Computrabajo <noreply@computrabajo.com>",
        "Postulación realizada: Coordinador(a) de Inventarios",
        ("confirmation", "Droguerías Alameda", "Coordinador(a) de Inventarios", 15, "other", "es"),
        html="""<html><body>
<p>Daniela, ¡tu postulación se realizó correctamente!</p>
<p><b>Coordinador(a) de Inventarios</b><br>DROGUERIAS ALAMEDA S.A.S.<br>Bogotá, D.C.</p>
<p><a href="https://co.computrabajo.com/candidato/postulaciones">Ver mis postulaciones</a></p>
</body></html>""",
        tz=CO,
    ),
    # 16 Logística Pampa via Bumeran, Buenos Aires
    m(
        "24112",
        "2025-02-12 11:00",
        "Bumeran <noreply@bumeran.com.ar>",
        "¡Te postulaste! Analista de Planeamiento",
        ("confirmation", "Logística Pampa", "Analista de Planeamiento", 16, "other", "es"),
        html="""<html><body>
<p>¡Hola Daniela!</p>
<p>Tu postulación para <b>Analista de Planeamiento</b> en <b>Logística Pampa S.A.</b> (Parque Patricios, CABA) fue enviada.</p>
<p>Remuneración pretendida: USD 2.000</p>
<p>Seguí el estado de tus postulaciones desde la app de Bumeran.</p>
</body></html>""",
        tz=AR,
    ),
    m(
        "24113",
        "2025-02-19 09:30",
        "Bumeran <noreply@bumeran.com.ar>",
        "Logística Pampa S.A. leyó tu CV",
        ("viewed", "Logística Pampa", "Analista de Planeamiento", 16, "other", "es"),
        html="""<html><body>
<p>Daniela, ¡buenas noticias! La empresa <b>Logística Pampa S.A.</b> leyó tu CV para el aviso Analista de Planeamiento.</p>
<p><a href="https://www.bumeran.com.ar/postulantes/postulaciones">Ver postulación</a></p>
</body></html>""",
        tz=AR,
    ),
    # 17 Yerba Misionera via Hiring Room, voseo
    m(
        "24114",
        "2025-04-07 13:00",
        "Yerba Misionera - Búsquedas <notificaciones@hiringroom.com>",
        "Recibimos tu postulación",
        ("confirmation", YM, "Analista de Supply Chain", 17, "other", "es"),
        text="""Hola Daniela,

¡Gracias por postularte a Analista de Supply Chain (remoto LATAM)! Recibimos tu CV y lo vamos a analizar con el equipo.

Si tu perfil avanza, te vamos a contactar por este medio.

Saludos,
Equipo de Personas
Establecimiento Yerbatero Misionero S.A.
""",
        tz=AR,
    ),
    m(
        "24115",
        "2025-04-14 15:22",
        "Florencia Benítez <florencia.benitez@emisionero.com.ar>",
        "Charla - Analista de Supply",
        ("interview", YM, "Analista de Supply Chain", 17, "direct", "es"),
        text="""Hola Daniela, ¿cómo andás?

Te escribo de Yerba Misionera por tu postulación. ¿Tenés un rato el jueves para una charla de 30 min por Meet? Podría ser 10 hs de Argentina (7 hs de México, perdón lo temprano jaja) o 15 hs de acá.

Abrazo,
Flor
People · Yerba Misionera
""",
        tz=AR,
    ),
    m(
        "24116",
        "2025-04-14 17:05",
        "Florencia Benítez <florencia.benitez@emisionero.com.ar>",
        "Re: Charla - Analista de Supply",
        ("interview", YM, "Analista de Supply Chain", 17, "direct", "es"),
        text="""Genial, jueves 15 hs ARG. Te mando el link.

El lun, 14 abr 2025 a las 16:48, Daniela Ríos Cárdenas escribió:
> ¡Hola Flor! Mejor a las 15 hs, muchas gracias.
""",
        headers=reply("24115", "florencia.benitez@emisionero.com.ar"),
        tz=AR,
    ),
    m(
        "24117",
        "2025-05-02 12:40",
        "Florencia Benítez <florencia.benitez@emisionero.com.ar>",
        "Novedades",
        ("rejection", YM, "Analista de Supply Chain", 17, "direct", "es"),
        text="""Hola Dani,

Gracias por la buena onda en la charla. Te cuento que finalmente la búsqueda se va a cubrir con alguien de la zona de Posadas, por un tema de viajes a los secaderos. Tu perfil nos encantó y me lo guardo.

¡Éxitos!
Flor
""",
        tz=AR,
    ),
    # 18 ZonaJobs: ghosted
    m(
        "24118",
        "2025-05-06 22:01",
        "ZonaJobs <noreply@zonajobs.com.ar>",
        "Postulación enviada: Jefe/a de Depósito",
        ("confirmation", "Harinas del Plata", "Jefe/a de Depósito", 18, "other", "es"),
        html="""<html><body>
<p>¡Listo Daniela! Te postulaste a <b>Jefe/a de Depósito</b>.</p>
<p>Empresa: Molinos del Plata S.A. (Harinas del Plata) - Avellaneda, Buenos Aires</p>
<p>Te recomendamos completar tu perfil para destacarte.</p>
</body></html>""",
        tz=AR,
    ),
    # 19 Freightlane via Greenhouse + HackerRank, US remote
    m(
        "24119",
        "2025-03-18 14:02",
        "Freightlane <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Freightlane!",
        ("confirmation", FL, "Supply Chain Analyst (LATAM, Remote)", 19, "greenhouse", "en"),
        text="""Hi Daniela,

Thanks for applying to the Supply Chain Analyst (LATAM, Remote) position at Freightlane. Our team is reviewing applications and we'll be in touch if there's a fit.

While you wait, read how we cut dwell time for shippers: https://freightlane.io/blog

Best,
The Freightlane Recruiting Team
""",
        tz=CT,
    ),
    m(
        "24120",
        "2025-03-25 10:31",
        "HackerRank <support@hackerrank.com>",
        "Freightlane has invited you to take a test",
        ("assessment", FL, "Supply Chain Analyst (LATAM, Remote)", 19, "hackerrank", "en"),
        text="""Hi Daniela Ríos Cárdenas,

Freightlane has invited you to take the "SQL & Data Analysis - Analyst" test.

Duration: 75 minutes
Test link: https://www.hackerrank.com/tests/frl-sca-2025/login
The test expires on Apr 1, 2025 11:59 PM CDT.

Good luck!
HackerRank
""",
        tz=CT,
    ),
    m(
        "24121",
        "2025-04-02 16:15",
        "Megan Holt <megan.holt@freightlane.io>",
        "Invitation: Daniela / Freightlane - Hiring Manager Chat",
        ("interview", FL, "Supply Chain Analyst (LATAM, Remote)", 19, "direct", "en"),
        text="""Hi Daniela,

Nice work on the assessment! I've sent a calendar invite for a 45-minute conversation with Tom Reyes, our Head of Network Planning, on Tuesday, April 8 at 11:00 AM Central.

Talk soon,
Megan Holt
Technical Recruiter, Freightlane
""",
        ics={
            "uid": "7b2c19f0aa@google.com",
            "start": "2025-04-08 11:00:00 -0500",
            "minutes": 45,
            "organizer": ("Megan Holt", "megan.holt@freightlane.io"),
            "attendees": [("Tom Reyes", "tom.reyes@freightlane.io")],
            "summary": "Daniela / Freightlane - Hiring Manager Chat",
            "description": "Join with Google Meet: https://meet.google.com/kqv-hwzd-tpe",
        },
        tz=CT,
    ),
    m(
        "24122",
        "2025-04-21 09:50",
        "Megan Holt <megan.holt@freightlane.io>",
        "Following up",
        ("rejection", FL, "Supply Chain Analyst (LATAM, Remote)", 19, "direct", "en"),
        text="""Hi Daniela,

Thank you so much for the time you spent with Tom and the panel last week. Everyone enjoyed your walkthrough of the network model, and your SQL test was one of the strongest we saw.

That said, we've decided to move forward with a candidate whose experience is a bit closer to our US carrier base. I know this isn't the news you hoped for, and I'd be glad to stay in touch for future roles.

All the best,
Megan
""",
        tz=CT,
    ),
    # 20 Caldera Home Goods via Workday
    m(
        "24123",
        "2025-03-27 18:40",
        "Caldera Home Goods <caldera@myworkday.com>",
        "Application received: Demand Planner - Remote",
        ("confirmation", "Caldera Home Goods", "Demand Planner - Remote", 20, "workday", "en"),
        html="""<html><body>
<p>Dear Daniela,</p>
<p>Thank you for your interest in Caldera Home Goods. We have received your application for <b>Demand Planner - Remote</b> (JR-20881).</p>
<p>You can view your application in the <a href="https://caldera.wd1.myworkdayjobs.com/External/userHome">Candidate Home</a>.</p>
<p>Caldera Talent Acquisition</p>
</body></html>""",
        tz=ET,
    ),
    m(
        "24124",
        "2025-04-17 13:05",
        "Caldera Home Goods <caldera@myworkday.com>",
        "Your application with Caldera",
        ("rejection", "Caldera Home Goods", "Demand Planner - Remote", 20, "workday", "en"),
        html="""<html><body>
<p>Dear Daniela,</p>
<p>We appreciate the time you took to apply for Demand Planner - Remote. We received many strong applications, and after careful review we will not be moving forward with yours at this time.</p>
<p>We wish you success in your search.</p>
<p>Caldera Talent Acquisition</p>
</body></html>""",
        tz=ET,
    ),
    # 21 Shipwise via Lever: short replies, take-home, withdrawal
    m(
        "24125",
        "2025-04-24 12:12",
        "Shipwise <no-reply@hire.lever.co>",
        "Your application to Shipwise",
        ("confirmation", SW, "Operations Analyst, Fulfillment", 21, "lever", "en"),
        text="""Hi Daniela,

Thanks for your interest in Shipwise! We've received your application for Operations Analyst, Fulfillment and our team will be reviewing it soon.

- The Shipwise Team
""",
        tz=PT,
    ),
    m(
        "24126",
        "2025-05-01 10:20",
        "Jess Park <jess@shipwise.co>",
        "Quick chat?",
        ("interview", SW, "Operations Analyst, Fulfillment", 21, "direct", "en"),
        text="""Hi Daniela,

I run recruiting at Shipwise. Do you have 30 minutes next week for an intro call? Tuesday 3pm or Wednesday 10am CT are open.

Jess
""",
        tz=PT,
    ),
    m(
        "24127",
        "2025-05-01 14:48",
        "Jess Park <jess@shipwise.co>",
        "Re: Quick chat?",
        ("interview", SW, "Operations Analyst, Fulfillment", 21, "direct", "en"),
        text="""Great, Tuesday 3pm CT works. Invite on its way.

On Thu, May 1, 2025 at 12:30 PM Daniela Ríos Cárdenas wrote:
> Hi Jess, Tuesday 3pm works for me. Thanks!
""",
        headers=reply("24126", "jess@shipwise.co"),
        tz=PT,
    ),
    m(
        "24128",
        "2025-05-07 16:30",
        "Jess Park <jess@shipwise.co>",
        "Re: Quick chat?",
        ("assessment", SW, "Operations Analyst, Fulfillment", 21, "direct", "en"),
        text="""Thanks again for today! As mentioned, attached is the exercise. Take up to 3 hours, no more, and send it back by Monday.

Jess
""",
        headers=reply("24127", "jess@shipwise.co"),
        attach=[
            (
                "shipwise_case.txt",
                "text/plain",
                "Case: pick-path optimisation for a 3PL warehouse. Data in the sheet linked below.\n",
            )
        ],
        tz=PT,
    ),
    m(
        "24129",
        "2025-05-27 11:00",
        "Jess Park <jess@shipwise.co>",
        "Re: Quick chat?",
        ("confirmation", SW, "Operations Analyst, Fulfillment", 21, "direct", "en"),
        text="""Totally understand, Daniela. Congrats on the new role! I've closed out your application on our side. Best of luck.

Jess

On Mon, May 26, 2025 at 7:30 PM Daniela Ríos Cárdenas wrote:
> Hi Jess, thanks for everything. I've accepted another offer and would like to withdraw.
""",
        headers=reply("24128", "jess@shipwise.co"),
        st="withdrawn",
        tz=PT,
    ),
    # 22 US staffing agency, client named late: ghosted after the interview
    m(
        "24130",
        "2025-02-27 09:40",
        "Kyle Branson <kbranson@bridgewaytalent.com>",
        "Bilingual Logistics Analyst - remote contract",
        ("outreach", None, "Bilingual Logistics Analyst", None, "agency", "en"),
        text="""Hi Daniela,

I'm a recruiter with Bridgeway Talent Partners. One of our clients, a national food distributor in the Midwest, needs a bilingual (English/Spanish) Logistics Analyst to support their Mexico cross-border lanes. 12-month contract, fully remote, USD 30-35/hr.

Would you be open to a quick call?

Kyle Branson
Senior Recruiter | Bridgeway Talent Partners
""",
        tz=CT,
    ),
    m(
        "24131",
        "2025-03-04 15:10",
        "Kyle Branson <kbranson@bridgewaytalent.com>",
        "RE: Bilingual Logistics Analyst - remote contract",
        ("interview", NG, "Bilingual Logistics Analyst", 22, "agency", "en"),
        text="""Daniela,

Good news: Northgate Distributors would like to meet you. Their transportation manager, Dana Kowalski, has Thursday 3/6 at 1:00 PM CT open for a video interview. Can I confirm you?

Kyle

From: Daniela Ríos Cárdenas
Sent: Friday, February 28, 2025 10:02 AM
Subject: RE: Bilingual Logistics Analyst - remote contract
Hi Kyle, yes, I'm interested. Resume attached.
""",
        headers=reply("24130", "kbranson@bridgewaytalent.com"),
        tz=CT,
    ),
    # 23 Pallet Labs via LinkedIn (English): viewed, then ghosted
    m(
        "24132",
        "2025-05-12 18:25",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Daniela, your application was sent to Pallet Labs",
        ("confirmation", "Pallet Labs", "Supply Chain Data Analyst", 23, "linkedin", "en"),
        html="""<html><body>
<p>Your application was sent to Pallet Labs</p>
<p><b>Supply Chain Data Analyst</b><br>Pallet Labs · Remote (Latin America)</p>
<p><a href="https://www.linkedin.com/jobs/view/4172230915/">View job</a></p>
</body></html>""",
        tz=MX,
    ),
    m(
        "24133",
        "2025-05-15 07:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Pallet Labs",
        ("viewed", "Pallet Labs", "Supply Chain Data Analyst", 23, "linkedin", "en"),
        html="""<html><body>
<p>Daniela, your application was viewed.</p>
<p>Supply Chain Data Analyst · Pallet Labs</p>
<p>Viewed by the hiring team on May 14.</p>
</body></html>""",
        tz=MX,
    ),
    # 24 Glassdoor apply: ghosted
    m(
        "24134",
        "2025-03-29 11:11",
        "Glassdoor <noreply@glassdoor.com>",
        "Your application was submitted",
        (
            "confirmation",
            "Cadena Fría del Sureste",
            "Analista de Cadena de Suministro",
            24,
            "other",
            "es",
        ),
        html="""<html><body>
<p>Application submitted</p>
<p>Analista de Cadena de Suministro<br>Cadena Fría del Sureste · Ciudad de México</p>
<p>Your application was sent to the employer. Good luck!</p>
</body></html>""",
        tz=MX,
    ),
    # 25 Talent Clue: Excel test by mail, rejection
    m(
        "24135",
        "2025-06-02 10:00",
        "Grupo Hotelero Brisas <noreply@talentclue.com>",
        "Hemos recibido tu candidatura",
        ("confirmation", "Brisas Hoteles", "Analista de Compras", 25, "other", "es"),
        text="""Hola Daniela,

Gracias por inscribirte en la oferta Analista de Compras (Corporativo CDMX) de Brisas Hoteles. Hemos recibido tu candidatura correctamente.

Te mantendremos informada del estado del proceso.

Operadora Hotelera Brisas, S.A. de C.V.
Powered by Talent Clue
""",
        tz=MX,
    ),
    m(
        "24136",
        "2025-06-05 12:30",
        "Itzel Romero <itzel.romero@brisashoteles.mx>",
        "Prueba técnica Compras",
        ("assessment", "Brisas Hoteles", "Analista de Compras", 25, "direct", "es"),
        text="""Hola Daniela, ¿cómo estás?

Te comparto la prueba técnica de la vacante de Compras: son tres ejercicios en Excel (comparativo de cotizaciones, cálculo de punto de reorden y una tabla dinámica). Tienes hasta el lunes para regresarla.

Saludos,
Itzel Romero
Reclutamiento Corporativo · Brisas Hoteles
""",
        attach=[
            (
                "prueba_compras.csv",
                "text/csv",
                "proveedor,precio,tiempo_entrega\nA,120,5\nB,112,9\nC,118,4\n",
            )
        ],
        tz=MX,
    ),
    m(
        "24137",
        "2025-06-20 17:00",
        "Grupo Hotelero Brisas <noreply@talentclue.com>",
        "Información sobre tu candidatura",
        ("rejection", "Brisas Hoteles", "Analista de Compras", 25, "other", "es"),
        text="""Hola Daniela,

Te agradecemos la participación en el proceso de Analista de Compras. Tras valorar todas las candidaturas, hemos seleccionado a otra persona para el puesto.

Un saludo,
Brisas Hoteles
""",
        tz=MX,
    ),
    # alerts, recommendations, talent communities, nudges
    m(
        "24150",
        "2025-02-10 07:00",
        "OCC Mundial <alertas@occ.com.mx>",
        "12 nuevas vacantes de Analista de Supply Chain",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Daniela, estas vacantes coinciden con tu búsqueda "supply chain" en Ciudad de México:</p>
<ul><li>Analista de Abastecimiento - Grupo Farmacéutico Sol - Vallejo</li><li>Planeador de Producción - Empaques Alfa - Tultitlán</li><li>Comprador Jr. - Confidencial - Naucalpan</li></ul>
<p><a href="https://www.occ.com.mx/empleos/de-supply-chain/">Ver todas</a></p></body></html>""",
        tz=MX,
    ),
    m(
        "24151",
        "2025-03-10 07:00",
        "OCC Mundial <alertas@occ.com.mx>",
        "Vacantes para ti: Logística en CDMX",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Nuevas vacantes de Logística:</p>
<ul><li>Jefe de Almacén - Comercializadora del Bajío</li><li>Analista de Tráfico - Transportes Olmeca</li></ul></body></html>""",
        tz=MX,
    ),
    m(
        "24152",
        "2025-02-17 06:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“supply chain analyst”: Freightlane - Supply Chain Analyst (LATAM, Remote) y 9 más",
        ("alert", None, None, None, "linkedin", "es"),
        html="""<html><body><p>Tus alertas de empleo para supply chain analyst · Remoto</p>
<p>Freightlane · Supply Chain Analyst (LATAM, Remote) · Hace 1 día</p><p>Caldera Home Goods · Demand Planner · Remote</p></body></html>""",
        tz=MX,
    ),
    m(
        "24153",
        "2025-04-20 06:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Nexo Retail y otras empresas están contratando",
        ("alert", None, None, None, "linkedin", "es"),
        html="""<html><body><p>Empleos recomendados para ti</p><p>Pallet Labs · Supply Chain Data Analyst</p><p>Tu red: 3 contactos trabajan en Nexo Retail</p></body></html>""",
        tz=MX,
    ),
    m(
        "24154",
        "2025-03-02 09:00",
        "Indeed <alert@indeed.com>",
        "Analista de logística: 25 empleos nuevos en Ciudad de México",
        ("alert", None, None, None, "indeed", "es"),
        html="""<html><body><p>Analista de Logística - Envíos Express - $25,000 al mes</p><p>Coordinador de Distribución - Lácteos Norteños</p><p>Fácil postulación</p></body></html>""",
        tz=MX,
    ),
    m(
        "24155",
        "2025-04-16 08:00",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Daniela, companies are hiring for Demand Planner",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body><p>New jobs for Demand Planner near Remote</p><p>Vantage Foods · Demand Planner II · 4.1★</p><p>Roostr · Supply Planner</p></body></html>""",
        tz=ET,
    ),
    m(
        "24156",
        "2025-03-12 10:00",
        "Bebidas del Altiplano <noreply@successfactors.com>",
        "Completa tu solicitud",
        ("alert", "Bebidas del Altiplano", "Coordinador de Distribución", None, "other", "es"),
        text="""Hola Daniela,

Notamos que iniciaste tu solicitud para Coordinador de Distribución, pero no la has enviado. Tu información está guardada: termínala antes del 20 de marzo para que podamos considerarte.

https://career4.successfactors.com/career?company=bdaltiplano

Reclutamiento Bebidas del Altiplano
""",
        tz=MX,
    ),
    m(
        "24157",
        "2025-04-22 19:10",
        "Laboratorios Quimbaya <quimbaya@myworkday.com>",
        "Bienvenido(a) a nuestra comunidad de talento",
        ("alert", "Laboratorios Quimbaya", None, None, "workday", "es"),
        html="""<html><body><p>Hola Daniela,</p><p>Gracias por unirte a la Comunidad de Talento de Laboratorios Quimbaya. Te enviaremos vacantes que coincidan con tus intereses.</p></body></html>""",
        tz=MX,
    ),
    m(
        "24158",
        "2025-05-05 12:00",
        "Computrabajo <noreply@computrabajo.com>",
        "Empresas buscan perfiles como el tuyo",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Daniela, 8 empresas publicaron vacantes de Inventarios esta semana.</p><p>Auxiliar de Inventarios · Tiendas Surtimax · Bogotá</p></body></html>""",
        tz=CO,
    ),
    m(
        "24159",
        "2025-07-14 07:00",
        "Bumeran <noreply@bumeran.com.ar>",
        "Avisos que te pueden interesar",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Analista de Logística Sr. · Distribuidora Litoral · Rosario</p><p>Planner de Abastecimiento · Confidencial · CABA</p></body></html>""",
        tz=AR,
    ),
    # outreach
    m(
        "24160",
        "2025-03-21 11:30",
        "Mónica Treviño vía LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidad: Gerente de Abastecimiento en Monterrey",
        ("outreach", "Lácteos Norteños", "Gerente de Abastecimiento", None, "linkedin", "es"),
        text="""Hola Daniela,

Vi tu perfil y me llamó la atención tu experiencia en S&OP. En Lácteos Norteños estamos buscando Gerente de Abastecimiento para nuestra planta en Apodaca. ¿Estarías abierta a reubicarte?

Saludos,
Mónica Treviño · Talent Acquisition Lead en Lácteos Norteños
""",
        tz=MX,
    ),
    m(
        "24161",
        "2025-07-08 10:15",
        "Arturo Cienfuegos <acienfuegos@hunterslatam.com>",
        "Confidencial - Supply Chain Manager",
        ("outreach", None, "Supply Chain Manager", None, "agency", "es"),
        text="""Estimada Daniela:

Le escribo de Hunters LATAM. Estamos conduciendo una búsqueda confidencial de Supply Chain Manager para una multinacional de consumo masivo en Ciudad de México. Me gustaría conversar con usted esta semana, aun si no está buscando activamente.

Cordialmente,
Arturo Cienfuegos
Partner | Hunters LATAM Executive Search
""",
        tz=MX,
    ),
    m(
        "24162",
        "2025-04-30 13:00",
        "Ben Carter <ben@roostr.io>",
        "Supply Planner role at Roostr",
        ("outreach", "Roostr", "Supply Planner", None, "direct", "en"),
        text="""Hi Daniela,

I'm the COO at Roostr (DTC coffee gear). We're hiring our first Supply Planner to manage our Mexico and Vietnam suppliers, fully remote. Your profile looked like a great fit. Any interest in chatting?

Ben
""",
        tz=PT,
    ),
    # other job mail
    m(
        "24170",
        "2025-03-27 18:32",
        "Caldera Home Goods <caldera@myworkday.com>",
        "Verify your candidate account",
        ("other_job", "Caldera Home Goods", None, None, "workday", "en"),
        text="""Please verify your email address to finish creating your account on Caldera Home Goods Careers.

Verification code: 480213

If you didn't create this account, ignore this email.
""",
        tz=ET,
    ),
    m(
        "24171",
        "2025-04-25 09:00",
        "Freightlane <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience with Freightlane?",
        ("other_job", FL, None, None, "greenhouse", "en"),
        text="""Hi Daniela,

We'd love your feedback on your recent interview experience. The survey takes 2 minutes and is anonymous.

https://survey.greenhouse.io/candidate/frl-7721
""",
        tz=CT,
    ),
    m(
        "24172",
        "2025-02-20 19:13",
        "Paola Guerrero <paola.guerrero@talentonorte.com.mx>",
        "Respuesta automática: Oportunidad Jefe de Logística - retail",
        ("other_job", None, None, None, "agency", "es"),
        text="""Gracias por tu mensaje. Estaré fuera de la oficina hasta el viernes 21 de febrero con acceso limitado a correo. Para temas urgentes escribe a contacto@talentonorte.com.mx.

Paola Guerrero
""",
        tz=MX,
    ),
    m(
        "24173",
        "2025-04-14 08:00",
        "Laboratorios Quimbaya <quimbaya@myworkday.com>",
        "Código de verificación",
        ("other_job", "Laboratorios Quimbaya", None, None, "workday", "es"),
        text="""Su código de verificación para el sitio de empleos de Laboratorios Quimbaya es 772051. Vence en 10 minutos.
""",
        tz=MX,
    ),
]

MAIL += [
    # 26 Vantage Foods via Greenhouse, forwarded from her old address; rejection
    m(
        "24180",
        "2025-04-09 20:15",
        "Daniela Ríos <dani.rios.c@outlook.com>",
        "Fwd: Thank you for applying to Vantage Foods",
        ("confirmation", "Vantage Foods", "Demand Planner II", 26, "greenhouse", "en"),
        text="""mando a mi correo principal

---------- Forwarded message ---------
From: Vantage Foods <no-reply@us.greenhouse-mail.io>
Date: Wed, Apr 9, 2025 at 7:58 PM
Subject: Thank you for applying to Vantage Foods
To: <dani.rios.c@outlook.com>

Hi Daniela,

Thank you for your interest in Vantage Foods! We received your application for Demand Planner II (Remote - Americas) and will review it shortly.

Vantage Foods Talent Team
""",
        tz=MX,
    ),
    m(
        "24181",
        "2025-05-06 15:30",
        "Vantage Foods <no-reply@us.greenhouse-mail.io>",
        "An update from Vantage Foods",
        ("rejection", "Vantage Foods", "Demand Planner II", 26, "greenhouse", "en"),
        to="Daniela Ríos <dani.rios.c@outlook.com>",
        text="""Hi Daniela,

Thanks for taking the time to apply for Demand Planner II. Your background in Latin American distribution is impressive, and the decision was a hard one.

Unfortunately, we won't be moving forward with your candidacy at this time.

Best,
Vantage Foods Talent Team
""",
        tz=ET,
    ),
    # 27 OCC confidential posting; the employer only in the job URL, then HR
    m(
        "24182",
        "2025-07-01 09:40",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Tu postulación fue enviada con éxito",
        ("confirmation", "Ferremex Distribución", "Comprador Sr.", 27, "other", "es"),
        html="""<html><body>
<p>¡Hola Daniela!</p>
<p>Te postulaste a la vacante <b>Comprador Sr.</b></p>
<p>Empresa confidencial · Naucalpan, Estado de México</p>
<p>Postulación externa: <a href="https://empleos.ferremexdist.com.mx/vacantes/comprador-sr-1189">empleos.ferremexdist.com.mx/vacantes/comprador-sr-1189</a></p>
</body></html>""",
        tz=MX,
    ),
    m(
        "24183",
        "2025-07-03 12:05",
        "Reclutamiento Ferremex <reclutamiento@ferremexdist.com.mx>",
        "Comprador Sr. - llamada",
        ("interview", "Ferremex Distribución", "Comprador Sr.", 27, "direct", "es"),
        text="""Buen día Daniela.

Recibimos su CV para Comprador Sr. ¿Tendría disponibilidad para una llamada telefónica el lunes 7 de julio a las 10:00?

Saludos,
Perla Nava
Ferremex Distribución, S.A. de C.V.
""",
        tz=MX,
    ),
    m(
        "24184",
        "2025-07-04 08:30",
        "Reclutamiento Ferremex <reclutamiento@ferremexdist.com.mx>",
        "RE: Comprador Sr. - llamada",
        ("confirmation", "Ferremex Distribución", "Comprador Sr.", 27, "direct", "es"),
        text="""Entendido Daniela, gracias por su honestidad. Damos de baja su postulación.

Perla

> Perla, buen día. Le agradezco, pero me postulé antes de empezar en mi nuevo trabajo y ya no estoy buscando. Prefiero no continuar.
""",
        headers=reply("24183", "reclutamiento@ferremexdist.com.mx"),
        st="withdrawn",
        tz=MX,
    ),
    m(
        "24185",
        "2025-07-28 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Nuevos empleos de Supply Chain Manager en Ciudad de México",
        ("alert", None, None, None, "linkedin", "es"),
        html="""<html><body><p>Supply Chain Manager · Hunters LATAM (cliente confidencial)</p><p>Gerente de Planeación · Almatla · Hace 2 días</p></body></html>""",
        tz=MX,
    ),
    m(
        "24186",
        "2025-08-05 10:00",
        "Kyle Branson <kbranson@bridgewaytalent.com>",
        "New bilingual roles - still open to contract work?",
        ("outreach", None, "Bilingual Supply Chain Coordinator", None, "agency", "en"),
        text="""Hi Daniela, hope you've been well! I have two new bilingual supply chain coordinator openings with clients in Texas, remote from Mexico. Still open to contract work? Happy to share details.

Kyle
""",
        tz="-0500",
    ),
    m(
        "24187",
        "2025-07-09 18:00",
        "Arturo Cienfuegos <acienfuegos@hunterslatam.com>",
        "Re: Confidencial - Supply Chain Manager",
        ("outreach", "Distribuidora Cumbre", "Supply Chain Manager", None, "agency", "es"),
        text="""Daniela, entiendo que acaba de ingresar a su nueva empresa. Para su referencia, el cliente es Distribuidora Cumbre; la búsqueda seguirá abierta un par de meses por si cambia de opinión.

Saludos cordiales,
Arturo
""",
        headers=reply("24161", "acienfuegos@hunterslatam.com"),
        tz=MX,
    ),
]

MAIL += [
    m(
        "24188",
        "2025-02-11 16:20",
        "Computrabajo <noreply@computrabajo.com>",
        "La empresa vio tu hoja de vida",
        ("viewed", "Transportes Huasteca", "Coordinador de Tráfico", 2, "other", "es"),
        html="""<html><body>
<p>Daniela, TRANSPORTES HUASTECA Y LOGISTICA SA DE CV vio tu hoja de vida para la oferta <b>Coordinador de Tráfico</b>.</p>
<p>Mantente pendiente: si tu perfil les interesa, te contactarán.</p>
</body></html>""",
        tz=MX,
    ),
    m(
        "24189",
        "2025-03-18 14:05",
        "Freightlane <no-reply@us.greenhouse-mail.io>",
        "Join the Freightlane Talent Network",
        ("alert", FL, None, None, "greenhouse", "en"),
        text="""Hi Daniela,

Not seeing the right role yet? Join our Talent Network and we'll let you know when new openings in planning and analytics go live.

https://boards.greenhouse.io/freightlane/talent-network
""",
        tz=CT,
    ),
]

MAIL += [
    # 28 Grupo Logístico Anáhuac (Monterrey) via Indeed, interview booked through Indeed; ghosted
    m(
        "24190",
        "2025-07-02 21:40",
        "Indeed <indeedapply@indeed.com>",
        "Postulación enviada: Supervisor(a) de Embarques",
        (
            "confirmation",
            "Grupo Logístico Anáhuac",
            "Supervisor(a) de Embarques",
            28,
            "indeed",
            "es",
        ),
        html="""<html><body>
<p><b>Postulación enviada</b></p>
<p>Supervisor(a) de Embarques<br>GLA Servicios Integrales, S.A. de C.V. - Apodaca, N. L.</p>
<p>Los siguientes elementos se enviaron al empleador: CV, respuestas a preguntas de selección.</p>
</body></html>""",
        tz=MX,
    ),
    m(
        "24191",
        "2025-07-03 10:02",
        "Indeed <noreply@indeed.com>",
        "Grupo Logístico Anáhuac quiere agendar una entrevista contigo",
        ("interview", "Grupo Logístico Anáhuac", "Supervisor(a) de Embarques", 28, "indeed", "es"),
        html="""<html><body>
<p>Daniela, <b>Grupo Logístico Anáhuac</b> te invitó a una entrevista por video para <b>Supervisor(a) de Embarques</b>.</p>
<p>Elige un horario disponible:</p>
<ul><li>lun 7 jul, 9:00</li><li>lun 7 jul, 12:30</li><li>mar 8 jul, 10:00</li></ul>
<p><a href="https://employers.indeed.com/interviews/r/GLA-3381">Elegir horario</a></p>
<p>Indeed Entrevistas</p>
</body></html>""",
        tz=MX,
    ),
]

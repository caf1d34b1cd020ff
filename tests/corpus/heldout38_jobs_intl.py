# ruff: noqa: E501
"""Corpus 38, job mail from Madrid (Spain's Spanish) and from US startups hiring in LATAM (English)."""

from __future__ import annotations

from typing import Any

from heldout38_jobs import j, m, o

MAD = "+0200"
MAD_W = "+0100"
NYC = "-0400"
NYC_W = "-0500"
UTC = "+0000"

MAIL: list[dict[str, Any]] = [
    # --- 10: Huerta Viva (InfoJobs, Madrid) -------------------------------------------------------
    m(
        "2001",
        "2025-09-17 11:02",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Responsable de E-commerce",
        j("confirmation", 10, "other"),
        html="""<html><body style="font-family:Arial;color:#2d2d2d">
<div style="background:#167db7;padding:10px;color:#fff"><b>InfoJobs</b></div>
<p>Hola Valentina,</p>
<p>Tu inscripción en la oferta <b>Responsable de E-commerce</b> de <b>MERCADO VERDE DISTRIBUCIÓN S.L.</b> (Madrid) se ha realizado correctamente.</p>
<p>Estado de tu candidatura: <b>CV recibido</b>. Te avisaremos de cada cambio.</p>
<p style="font-size:11px">InfoJobs · Adevinta Spain S.L.U.</p>
</body></html>""",
        tz=MAD,
    ),
    m(
        "2002",
        "2025-09-22 16:40",
        "InfoJobs <noreply@infojobs.net>",
        "Han leído tu CV",
        j("viewed", 10, "other"),
        html="""<html><body style="font-family:Arial">
<p>¡Hola Valentina!</p>
<p>La empresa <b>MERCADO VERDE DISTRIBUCIÓN S.L.</b> ha leído tu CV de la oferta <b>Responsable de E-commerce</b>.</p>
<p>Tu candidatura sigue en proceso. ¡Mucha suerte!</p></body></html>""",
        tz=MAD,
    ),
    m(
        "2003",
        "2025-10-06 09:15",
        "InfoJobs <noreply@infojobs.net>",
        "Novedades en tu candidatura: Responsable de E-commerce",
        j("rejection", 10, "other"),
        html="""<html><body style="font-family:Arial">
<p>Hola Valentina,</p>
<p>La empresa MERCADO VERDE DISTRIBUCIÓN S.L. ha actualizado el estado de tu candidatura a <b>Descartado</b> para la oferta Responsable de E-commerce.</p>
<p>Mensaje de la empresa: «Gracias por tu interés en Huerta Viva. En esta ocasión buscamos a alguien con permiso de trabajo en España y disponibilidad inmediata.»</p>
<p>Sigue buscando: hay 1.240 ofertas de marketing en Madrid.</p></body></html>""",
        tz=MAD,
    ),
    # --- 11: Lumbre Cosmética (Workable, Madrid) ----------------------------------------------------
    m(
        "2004",
        "2025-10-08 18:22",
        "Lumbre Cosmética <noreply@candidates.workablemail.com>",
        "Gracias por tu candidatura a CRM & Email Marketing Specialist",
        j("confirmation", 11, "workable"),
        """Hola Valentina,

¡Gracias por tu interés en Lumbre Cosmética! Hemos recibido tu candidatura para CRM & Email Marketing Specialist (remoto desde España o Latinoamérica, horario solapado con Madrid).

Os escribimos a todas las personas que se presentan, así que en las próximas dos semanas tendrás noticias nuestras, sean las que sean.

Un abrazo,
Equipo de Personas · Lumbre Cosmética

Powered by Workable""",
        tz=MAD,
    ),
    m(
        "2005",
        "2025-10-20 12:30",
        "Nerea Olaizola <nerea.olaizola@lumbrecosmetica.es>",
        "Entrevista con Lumbre - CRM & Email Marketing",
        j("interview", 11, "direct"),
        """Hola Valentina:

Soy Nerea, Head of CRM en Lumbre. Nos ha encantado tu currículum, sobre todo la parte de automatizaciones en Klaviyo.

Te propongo una videollamada el martes 28 de octubre a las 17:00 (hora de Madrid), que serían las 11:00 en Bogotá. Te mando la convocatoria de Teams.

Un saludo,
Nerea Olaizola
Head of CRM · Lumbre Cosmética
C/ de Fuencarral 118, 28010 Madrid""",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000E7C4B1A2@lumbrecosmetica.es",
            "style": "outlook",
            "start": "2025-10-28 17:00:00 +0100",
            "minutes": 45,
            "organizer": ("Nerea Olaizola", "nerea.olaizola@lumbrecosmetica.es"),
            "summary": "Entrevista Valentina Ríos – CRM & Email Marketing Specialist",
            "location": "Reunión de Microsoft Teams",
        },
        tz=MAD,
    ),
    m(
        "2006",
        "2025-11-07 10:05",
        "Lumbre Cosmética <noreply@candidates.workablemail.com>",
        "Tu candidatura en Lumbre Cosmética",
        j("rejection", 11, "workable"),
        """Hola Valentina,

Gracias de verdad por el tiempo que nos has dedicado. Disfrutamos mucho de la conversación con Nerea y tu enfoque de segmentación nos pareció muy sólido.

Aun así, hemos decidido seguir con otra candidatura que encaja algo mejor con lo que necesita el equipo ahora mismo, sobre todo por la experiencia con mercado europeo.

Guardaremos tu currículum por si surge algo en el futuro.

Un abrazo,
Equipo de Personas · Lumbre Cosmética""",
        tz=MAD_W,
    ),
    # --- 26: Viajes Alba (LinkedIn, Madrid) --------------------------------------------------------
    m(
        "2007",
        "2025-10-14 20:11",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Valentina, se envió tu solicitud a Viajes Alba",
        j("confirmation", 26, "linkedin"),
        """Se envió tu solicitud a Viajes Alba

Especialista SEO/SEM
Viajes Alba · Madrid, Comunidad de Madrid, España (En remoto)
Solicitud enviada el 14 oct 2025

Ver empleos similares: https://www.linkedin.com/jobs/""",
    ),
    m(
        "2008",
        "2025-10-23 13:44",
        "Irene Cuesta <icuesta@viajesalba.es>",
        "Proceso Especialista SEO/SEM – Viajes Alba",
        j("interview", 26, "direct"),
        """Buenas tardes, Valentina:

Te escribo desde el departamento de RR. HH. de Viajes Alba. Hemos revisado tu candidatura para el puesto de Especialista SEO/SEM y nos gustaría mantener una primera entrevista por videoconferencia.

¿Te vendría bien el jueves 30 de octubre a las 16:30 h (hora peninsular)? Te adjunto la convocatoria.

Un saludo,
Irene Cuesta Mateos
Técnica de Selección – Viajes Alba S.A.
Paseo de la Castellana 141, Madrid""",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000AB12CD34@viajesalba.es",
            "style": "outlook",
            "start": "2025-10-30 16:30:00 +0100",
            "minutes": 30,
            "organizer": ("Irene Cuesta", "icuesta@viajesalba.es"),
            "summary": "Entrevista Especialista SEO/SEM – Valentina Ríos",
            "location": "Microsoft Teams",
        },
        tz=MAD,
    ),
    m(
        "2009",
        "2025-11-19 09:50",
        "Irene Cuesta <icuesta@viajesalba.es>",
        "Viajes Alba – Especialista SEO/SEM",
        j("rejection", 26, "direct"),
        """Hola, Valentina:

Te agradecemos mucho tu participación en el proceso de selección. Tras valorar todas las candidaturas finalistas, hemos decidido continuar con otro perfil, por lo que tu candidatura no sigue adelante.

Ha sido un placer conocerte y te deseamos mucha suerte.

Un cordial saludo,
Irene Cuesta Mateos
RR. HH. – Viajes Alba""",
        tz=MAD_W,
    ),
    # --- 12: Tallyfox (Greenhouse, US startup) — accepted ------------------------------------------
    m(
        "2010",
        "2025-10-29 15:33",
        "Tallyfox Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Tallyfox",
        j("confirmation", 12, "greenhouse", "en"),
        """Hi Valentina,

Thanks for applying to Tallyfox! We've received your application for Lifecycle Marketing Manager, LATAM (Remote - Colombia/Mexico).

Our team reviews every application carefully. If your background is a strong fit, someone from our recruiting team will reach out about next steps.

In the meantime, check out our blog to learn more about how small merchants across the Americas use Tallyfox.

Best,
The Tallyfox Recruiting Team""",
        tz=UTC,
    ),
    m(
        "2011",
        "2025-11-04 13:10",
        "Megan Albright <megan.albright@tallyfox.com>",
        "Tallyfox - Lifecycle Marketing Manager, LATAM: next steps",
        j("interview", 12, "direct", "en"),
        """Hi Valentina,

Thanks so much for your interest in Tallyfox! I'm Megan, the recruiter supporting our LATAM growth team. I'd love to set up a 30-minute intro call to learn more about your background and share more about the role.

Could you pick a time that works for you here? https://app.greenhouse.io/schedule/tallyfox/7x9kq

Looking forward to chatting!

Megan Albright
Senior Recruiter | Tallyfox
She/her | Austin, TX""",
        tz=NYC_W,
    ),
    m(
        "2012",
        "2025-11-13 17:45",
        "Megan Albright <megan.albright@tallyfox.com>",
        "Tallyfox take-home exercise",
        j("assessment", 12, "direct", "en"),
        """Hi Valentina,

Great news: the team loved your conversation with Rafael and would like to move you forward. The next step is a short take-home exercise.

You'll find the brief attached: design a 60-day onboarding email/WhatsApp journey for new merchants in Mexico, with the metrics you'd track. Please don't spend more than 3-4 hours on it. We'd appreciate your response by Thursday, November 20.

Let me know if you have any questions!

Best,
Megan""",
        tz=NYC_W,
        attach=[("Tallyfox_Lifecycle_TakeHome.pdf", "application/pdf", "%PDF-1.4 take-home brief")],
    ),
    m(
        "2013",
        "2025-11-21 10:02",
        "Tallyfox Recruiting <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Valentina Ríos - Lifecycle Marketing Manager, LATAM",
        j("interview", 12, "greenhouse", "en"),
        """Hi Valentina,

Your final round with Tallyfox is confirmed. Here are the details:

Tuesday, November 25, 2025
10:00 AM - 10:45 AM COT  Rafael Mendoza (Director, LATAM Growth) - Take-home review
11:00 AM - 11:30 AM COT  Priya Natarajan (VP Marketing) - Values & leadership
11:30 AM - 12:00 PM COT  Marco Ibáñez (Lifecycle team) - Peer conversation

Zoom links are in the calendar invitations. If you need to reschedule, reply to this email.

Best,
Tallyfox Recruiting""",
        tz=UTC,
        ics={
            "uid": "gh-interview-8837120-tallyfox@greenhouse.io",
            "start": "2025-11-25 10:00:00 -0500",
            "minutes": 120,
            "organizer": ("Tallyfox Recruiting", "recruiting@tallyfox.com"),
            "attendees": [("Rafael Mendoza", "rafael.mendoza@tallyfox.com")],
            "summary": "Tallyfox Final Interview - Valentina Ríos",
            "location": "https://tallyfox.zoom.us/j/8812003311",
        },
    ),
    m(
        "2014",
        "2025-11-28 16:20",
        "Megan Albright <megan.albright@tallyfox.com>",
        "Offer - Lifecycle Marketing Manager, LATAM",
        j("offer", 12, "direct", "en"),
        """Hi Valentina,

It was great speaking with you earlier today — congratulations again! As discussed, I'm thrilled to extend you an offer to join Tallyfox as Lifecycle Marketing Manager, LATAM.

Summary:
- Compensation: USD 4,800/month as an independent contractor via Deel
- 15 days PTO + Colombian public holidays
- Equity: 2,000 options, 4-year vesting with 1-year cliff
- Start date: January 5, 2026

The formal offer letter will come through DocuSign shortly. Please let me know if you have any questions, and we'd love your decision by December 5.

Welcome (hopefully!) to the den 🦊

Megan""",
        tz=NYC_W,
    ),
    m(
        "2015",
        "2025-12-03 21:05",
        "Megan Albright via DocuSign <dse_na3@docusign.net>",
        "Completed: Tallyfox Offer Letter - Valentina Ríos",
        j("offer", 12, "docusign", "en"),
        html="""<html><body style="font-family:Helvetica,Arial;background:#f4f4f4">
<table align="center" width="600" style="background:#fff"><tr><td style="background:#1e4ca1;color:#fff;padding:20px;text-align:center">
<p style="font-size:20px">Your document has been completed</p></td></tr>
<tr><td style="padding:20px"><p>All parties have completed <b>Tallyfox Offer Letter - Valentina Ríos</b>.</p>
<p><a href="https://na3.docusign.net/Signing/">VIEW COMPLETED DOCUMENT</a></p>
<p style="font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link to DocuSign.</p>
<p style="font-size:11px;color:#666">Powered by DocuSign</p></td></tr></table></body></html>""",
        tz=UTC,
        st="accepted",
    ),
    m(
        "2016",
        "2025-12-09 14:00",
        "Deel <no-reply@deel.com>",
        "Tallyfox invited you to Deel",
        ("other_job", "Tallyfox", "Lifecycle Marketing Manager, LATAM", None, "other", "en"),
        """Hi Valentina,

Tallyfox has invited you to join Deel to sign your contractor agreement and set up your payments.

Contract: Lifecycle Marketing Manager, LATAM
Start date: Jan 5, 2026

Accept invitation: https://app.deel.com/invite

Deel Inc. · San Francisco, CA""",
        tz=UTC,
    ),
    m(
        "2017",
        "2025-12-29 12:30",
        "Jess Han <people@tallyfox.com>",
        "Welcome to Tallyfox! Your first week 🦊",
        o("other_job", "Tallyfox", "Lifecycle Marketing Manager, LATAM", "direct", "en"),
        """Hi Valentina,

We're so excited you're joining us on Monday, January 5! Here's what to expect:

- Your laptop is on its way (DHL tracking sent separately)
- Monday 9:00 AM COT: Welcome session with People
- Your onboarding buddy is Marco Ibáñez
- Please complete your I-9-equivalent contractor docs in Deel before Friday

See you soon,
Jess Han
People Operations, Tallyfox""",
        tz=NYC_W,
    ),
    m(
        "2018",
        "2025-12-15 11:00",
        "Certiva Background <noreply@certivacheck.com>",
        "Background verification requested by Tallyfox",
        o("other_job", "Tallyfox", None, "other", "en"),
        """Hello Valentina,

Tallyfox has requested a background verification as part of your onboarding. Please provide your consent and complete the form (ID, education and prior employment) within 3 business days:

https://portal.certivacheck.com/candidate/start

Questions? support@certivacheck.com""",
        tz=UTC,
    ),
    # --- 13: Pampa Labs (Get on Board) --------------------------------------------------------------
    m(
        "2019",
        "2025-10-02 18:30",
        "Get on Board <hola@getonbrd.com>",
        "Postulaste a Growth Marketer LATAM en Pampa Labs",
        j("confirmation", 13, "other"),
        """¡Hola Valentina!

Tu postulación a Growth Marketer LATAM en Pampa Labs fue enviada. 🎉

Pampa Labs es una empresa que responde rápido en Get on Board: el 90 % de sus postulantes recibe respuesta en menos de 10 días.

Puedes revisar el estado desde tu panel: https://www.getonbrd.com/webpros/applications

Get on Board""",
    ),
    m(
        "2020",
        "2025-10-09 22:15",
        "Get on Board <hola@getonbrd.com>",
        "Pampa Labs actualizó tu postulación",
        j("rejection", 13, "other"),
        """Hola Valentina,

Pampa Labs revisó tu postulación a Growth Marketer LATAM y decidió no avanzar en esta ocasión.

Comentario de la empresa: "Thanks Valentina! We're prioritizing candidates with B2B SaaS experience for this role."

Sigue postulando: hay 42 empleos remotos de marketing abiertos ahora mismo.""",
    ),
    # --- 24: Harborlight (Greenhouse) ---------------------------------------------------------------
    m(
        "2021",
        "2025-09-30 16:01",
        "Harborlight <no-reply@us.greenhouse-mail.io>",
        "Harborlight - Application Received",
        j("confirmation", 24, "greenhouse", "en"),
        """Dear Valentina,

Thank you for your interest in Harborlight! We wanted to let you know we received your application for Marketing Manager, Spanish-speaking Markets, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. Unfortunately, due to the high volume of applications, we are not able to provide individual feedback.

Thanks again,
Harborlight Talent Acquisition""",
        tz=UTC,
    ),
    m(
        "2022",
        "2025-10-27 19:44",
        "Harborlight <no-reply@us.greenhouse-mail.io>",
        "Your application with Harborlight",
        j("rejection", 24, "greenhouse", "en"),
        """Dear Valentina,

Thank you for taking the time to apply for the Marketing Manager, Spanish-speaking Markets position. We were impressed by your background and appreciate your interest in Harborlight.

After careful consideration, we've decided to move forward with other candidates whose experience more closely matches our current needs.

We wish you the best in your search.

Regards,
Harborlight Talent Acquisition""",
        tz=UTC,
    ),
    # --- job mail outside applications --------------------------------------------------------------
    m(
        "2100",
        "2025-09-06 14:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“marketing manager latam”: 18 oportunidades nuevas",
        o("alert", None, None, "linkedin"),
        """Tu alerta de empleo para marketing manager latam
en Latinoamérica

Lifecycle Marketing Manager, LATAM
Tallyfox · Remoto
Postulación sencilla

Marketing Manager, Spanish-speaking Markets
Harborlight · Remoto

Growth Lead
Rutafácil · Ciudad de México (híbrido)

Ver todos los empleos: https://www.linkedin.com/jobs/search/

Recibes alertas de empleo. Darse de baja""",
        tz=UTC,
    ),
    m(
        "2101",
        "2025-10-26 07:00",
        "InfoJobs <alertas@infojobs.net>",
        "Ofertas nuevas para ti: Marketing digital en Madrid",
        o("alert", None, None, "other"),
        html="""<html><body><p>Hola Valentina, hay <b>34 ofertas nuevas</b> para tu alerta <i>Marketing digital · Madrid</i>:</p>
<p>Paid Media Specialist – Agencia Nube Azul – Madrid<br>Responsable de Marketing Online – Ópticas Lucero – Alcobendas<br>Content Manager – Editorial Sierra – Madrid</p>
<p><a href="#">Ver ofertas</a></p></body></html>""",
        tz=MAD,
    ),
    m(
        "2102",
        "2025-11-16 09:30",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Valentina, ¿te interesa este empleo en Rutafácil?",
        o("alert", "Rutafácil", "Growth Lead", "linkedin"),
        """Rutafácil está contratando

Growth Lead
Ciudad de México, México · Híbrido
Tu perfil coincide con 7 de 9 aptitudes

Ver empleo: https://www.linkedin.com/jobs/view/

Empleos recomendados por tu actividad.""",
    ),
    m(
        "2103",
        "2025-10-15 15:27",
        "Carlos Whitfield <carlos@meridianhire.com>",
        "LATAM Marketing role at a Series B fintech (remote)",
        o("outreach", None, "Senior Growth Marketing Manager", "agency", "en"),
        """Hi Valentina,

I came across your profile on LinkedIn and was impressed by your e-commerce work in Colombia. I'm partnering with a Series B fintech (US-based, 200 people) that is building out its LATAM team and looking for a Senior Growth Marketing Manager, fully remote from Colombia, paid in USD.

Would you be open to a quick chat this week? Happy to share more details, including the company name, once we connect.

Best,
Carlos Whitfield
Principal Recruiter, Meridian Hire
meridianhire.com""",
        tz=NYC,
    ),
    m(
        "2104",
        "2025-12-16 10:40",
        "Amanda Pryce <amanda.pryce@loopmart.com>",
        "Quick question about your lifecycle experience",
        o("outreach", "Loopmart", "Retention Marketing Lead", "direct", "en"),
        """Hi Valentina,

I lead marketing at Loopmart (we're a grocery delivery startup launching in Mexico City next quarter). I saw your talk on WhatsApp retention at the E-commerce Day Bogotá and think you'd be a great fit for our Retention Marketing Lead role.

Any chance you'd be up for a 20-min chat?

Amanda Pryce
VP Marketing, Loopmart""",
        tz=NYC_W,
    ),
    m(
        "2105",
        "2025-12-17 09:02",
        "Amanda Pryce <amanda.pryce@loopmart.com>",
        "Re: Quick question about your lifecycle experience",
        o("other_job", "Loopmart", "Retention Marketing Lead", "direct", "en"),
        """Totally understand, and congrats on Tallyfox! Let's stay in touch — I'll ping you in a year :)

Amanda

On Tue, Dec 16, 2025 at 8:15 PM, Valentina Ríos <valentina.rios.e@gmail.com> wrote:
> Hi Amanda, thank you so much for reaching out! I just accepted a role and
> start in January, so I'm not looking right now. Would love to keep in touch.""",
        tz=NYC_W,
        re="2104",
    ),
    m(
        "2106",
        "2025-11-02 10:00",
        "Indeed <donotreply@indeed.com>",
        "Terminá tu postulación: Analista de Marketing - Remoto",
        o("other_job", "Rappido", "Analista de Marketing", "indeed"),
        """Hola Valentina,

Empezaste a postularte a Analista de Marketing en Rappido pero no terminaste. Todavía puedes completarla:

Continuar postulación: https://co.indeed.com/apply/resume

Indeed""",
    ),
    m(
        "2107",
        "2026-02-10 08:15",
        "Lumbre Cosmética <noreply@candidates.workablemail.com>",
        "Nuevas ofertas en Lumbre Cosmética",
        o("alert", "Lumbre Cosmética", None, "workable"),
        """Hola Valentina,

Como formas parte de nuestra red de talento, queríamos contarte que hemos publicado nuevas ofertas:

- Performance Marketing Specialist (remoto)
- E-commerce Manager (Madrid)

Consulta las ofertas en nuestra página de empleo.

Equipo de Personas · Lumbre Cosmética""",
        tz=MAD_W,
    ),
]

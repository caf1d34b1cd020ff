# ruff: noqa: E501
"""Corpus 51: English job mail (US companies' hubs in Mexico), boards, alerts, outreach and other job mail."""

from __future__ import annotations

from typing import Any

from heldout51_jobs import A, ev, m

KES1 = ("Kessler Dynamics", "FP&A Analyst II", 6)
KES2 = ("Kessler Dynamics", "FP&A Analyst II", 7)
COB = ("Cobrix", "Finance Analyst", 8)
BWH = ("Brightwater Health Solutions", "Financial Analyst (Nearshore)", 16)
COR = ("Corvane Logistics", "Senior Financial Analyst", 17)
NUB = ("Nubeo", "FP&A Analyst, LATAM", 18)
GRY = ("Greystone Analytics", "Financial Planning Analyst", 19)
OST = ("Ostrander Medical Devices", "FP&A Analyst", 23)
HAL = ("Halvorsen Foods", "Senior Financial Analyst", 25)
RIV = ("Rivermark Payments", "FP&A Analyst", 26)

KWD = "Kessler Dynamics <kessler@myworkday.com>"
_k1 = m(
    301,
    "09-05 17:02",
    KWD,
    "Thank you for applying to Kessler Dynamics",
    A(KES1, "confirmation", "workday", "en"),
    html="""<html><body><p>Dear Daniela,</p><p>Thank you for your interest in Kessler Dynamics. We have received your application for <b>FP&amp;A Analyst II</b> (REQ-24-08817) at our Global Business Services center in Guadalajara, Jalisco.</p><p>Our Talent Acquisition team will review your qualifications. If your background is a match, a recruiter will reach out to discuss next steps. You can check your application status anytime in our Candidate Home.</p><p>Best regards,<br>Kessler Dynamics Talent Acquisition</p><p style="font-size:10px">Kessler Dynamics is an Equal Opportunity Employer.</p></body></html>""",
)
_k2 = m(
    302,
    "09-17 09:30",
    "Brenda Okafor <brenda.okafor@kesslerdyn.com>",
    "Kessler GBS – FP&A Analyst II interview",
    A(KES1, "interview", "direct", "en"),
    """Hi Daniela,

Thanks for applying to the FP&A Analyst II role with our GBS team in Guadalajara. I'd like to set up a 30-minute Teams call with you and Luis Navarro, the FP&A Manager, to go over your experience with monthly forecasts and variance analysis. The interview will be in English.

I've sent an invite for Monday, September 22 at 9:00 AM Central. Let me know if that time doesn't work.

Best,
Brenda Okafor
Talent Acquisition Partner – LATAM
Kessler Dynamics Global Business Services
""",
)
_k3 = m(
    303,
    "09-17 09:31",
    "Brenda Okafor <brenda.okafor@kesslerdyn.com>",
    "Interview: Daniela Garza Villarreal – FP&A Analyst II",
    A(KES1, "interview", "direct", "en"),
    """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 219 804 557 102
Passcode: 8xPqT2
________________________________________________________________________________
""",
    ics=ev(
        "09-22 09:00",
        "Interview: Daniela Garza Villarreal – FP&A Analyst II",
        ("Brenda Okafor", "brenda.okafor@kesslerdyn.com"),
        "040000008200E00074C5B7101A82E00800000000D2A7F19B",
        style="outlook",
        minutes=30,
        attendees=[("Luis Navarro", "luis.navarro@kesslerdyn.com")],
        location="Microsoft Teams Meeting",
    ),
)
_k4 = m(
    304,
    "10-03 14:12",
    KWD,
    "Your application status with Kessler Dynamics",
    A(KES1, "rejection", "workday", "en"),
    """Dear Daniela,

Thank you for taking the time to interview for the FP&A Analyst II position (REQ-24-08817). We appreciated learning more about your background.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the requirements of this role.

We encourage you to continue exploring opportunities with Kessler Dynamics.

Sincerely,
Kessler Dynamics Talent Acquisition
""",
)
_k5 = m(
    305,
    "01-08 19:44",
    KWD,
    "Thank you for applying to Kessler Dynamics",
    A(KES2, "confirmation", "workday", "en"),
    html="""<html><body><p>Dear Daniela,</p><p>Thank you for your interest in Kessler Dynamics. We have received your application for <b>FP&amp;A Analyst II</b> (REQ-25-12940) at our Global Business Services center in Guadalajara, Jalisco.</p><p>Our Talent Acquisition team will review your qualifications and be in touch if there is a fit.</p><p>Best regards,<br>Kessler Dynamics Talent Acquisition</p></body></html>""",
)

LV = "Cobrix <no-reply@hire.lever.co>"
_c1 = m(
    311,
    "11-19 12:06",
    LV,
    "Thanks for applying to Cobrix!",
    A(COB, "confirmation", "lever", "en"),
    """Hi Daniela,

Thanks for applying for the Finance Analyst role at Cobrix! We're a small team building credit infrastructure for Mexican SMBs, and every application is read by a human (usually our Head of Finance).

We'll get back to you within a couple of weeks either way.

– The Cobrix team
""",
)
_c2 = m(
    312,
    "11-27 10:20",
    "Paola Quiroga <paola@cobrix.io>",
    "Cobrix – let's chat",
    A(COB, "interview", "direct", "en"),
    """Hola Daniela!

I'm Paola, Head of Finance at Cobrix. Loved your background in FP&A for manufacturing – we need someone who can build our 13-week cash model and the board pack. Sending a Zoom invite for Tuesday Dec 2 at 4pm (Monterrey time). We can do it in Spanish or English, whatever you prefer.

Paola
""",
)
_c3 = m(
    313,
    "11-27 10:22",
    "Paola Quiroga <paola@cobrix.io>",
    "Invitation: Daniela <> Paola (Cobrix) @ Tue Dec 2, 2025 4pm - 4:45pm (CST)",
    A(COB, "interview", "direct", "en"),
    """Paola Quiroga has invited you to this event.

Daniela <> Paola (Cobrix)
Tuesday Dec 2, 2025 ⋅ 4pm – 4:45pm (Central Standard Time - Monterrey)
Join Zoom Meeting: https://us06web.zoom.us/j/83310529984
""",
    ics=ev(
        "12-02 16:00",
        "Daniela <> Paola (Cobrix)",
        ("Paola Quiroga", "paola@cobrix.io"),
        "5cbrx0a1t9e3n8q2m4v7@google.com",
        minutes=45,
        location="https://us06web.zoom.us/j/83310529984",
    ),
)
_c4 = m(
    314,
    "12-05 18:50",
    "Paola Quiroga <paola@cobrix.io>",
    "Next step: case + meeting the founders",
    A(COB, "assessment", "direct", "en"),
    """Hi Daniela,

Great talking to you! Next step is a short take-home: attached is an anonymised P&L and loan book. We'd like a simple 2026 budget and a one-page memo with 3 insights. Please don't spend more than 3-4 hours on it. Send it back by Friday Dec 12 and we'll set up time with our founders, Tomás and Iker.

Paola
""",
    attach=[
        (
            "Cobrix_case_FinanceAnalyst.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "PK case data",
        )
    ],
)
_c5 = m(
    315,
    "12-15 09:05",
    "Paola Quiroga <paola@cobrix.io>",
    "Re: Cobrix case – Daniela Garza",
    A(COB, "interview", "direct", "en"),
    """Daniela, this is excellent work – the cohort view was exactly what we were hoping for. Tomás and Iker can meet Wednesday 17 or Thursday 18 in the afternoon at our office in Torre Koi (San Pedro). Which works?

P.
""",
)
_c6 = m(
    316,
    "01-14 13:30",
    "Paola Quiroga <paola@cobrix.io>",
    "Oferta – Finance Analyst, Cobrix",
    A(COB, "offer", "direct", "es"),
    """Hola Daniela,

¡Qué gusto escribirte este correo! Nos encantaría que te unas a Cobrix como Finance Analyst. Te adjunto la carta oferta con el detalle: sueldo mensual bruto de $48,000 MXN, aguinaldo de 30 días, vales de despensa, SGMM para ti y tu familia, esquema híbrido (2 días en oficina) y un paquete de opciones sobre acciones.

Cualquier duda la platicamos por llamada. Si estás de acuerdo, fírmala en DocuSign antes del 21 de enero.

Un abrazo,
Paola Quiroga
Head of Finance · Cobrix
""",
    attach=[("Carta_oferta_Cobrix_DGarza.pdf", "application/pdf", "%PDF-1.4 oferta")],
)
_c7 = m(
    317,
    "01-19 11:42",
    "Paola Quiroga <paola@cobrix.io>",
    "¡Bienvenida a Cobrix! 🎉",
    A(COB, "offer", "direct", "es"),
    st="accepted",
    text="""Daniela,

¡Recibimos tu carta oferta firmada! Estamos felices de que te sumes al equipo. Tu fecha de ingreso queda el lunes 9 de febrero.

En los próximos días te escribirá Mónica, de People, para el alta en el IMSS y tu equipo de cómputo.

¡Bienvenida!
Paola
""",
)
_c8 = m(
    318,
    "01-22 10:00",
    "Mónica Herrera <monica@cobrix.io>",
    "Documentos para tu ingreso y estudio socioeconómico",
    ("other_job", "Cobrix", "Finance Analyst", None, "direct", "es"),
    """Hola Daniela, ¡bienvenida!

Para tu alta necesitamos: acta de nacimiento, CURP, RFC (constancia de situación fiscal), NSS, comprobante de domicilio, estado de cuenta para nómina. Además, la empresa ESE Confiable te contactará para agendar el estudio socioeconómico (visita domiciliaria) y la validación de referencias laborales.

Saludos,
Mónica Herrera
People Ops, Cobrix
""",
)

_b1 = m(
    321,
    "10-10 22:31",
    "Indeed Apply <indeedapply@indeed.com>",
    "Application submitted: Financial Analyst (Nearshore)",
    A(BWH, "confirmation", "indeed", "en"),
    html="""<html><body><p><b>Your application has been submitted</b></p><p>Financial Analyst (Nearshore)<br>Brightwater Health Solutions – Monterrey, N.L.</p><p>Good luck, Daniela! Here's what happens next: the employer will review your application. You can track this application in <a href="https://myjobs.indeed.com/applied">My jobs</a>.</p><p style="font-size:11px">© 2025 Indeed - Indeed Mexico</p></body></html>""",
)
GH = "Brightwater Health Solutions <no-reply@us.greenhouse-mail.io>"
_b2 = m(
    322,
    "10-16 15:00",
    GH,
    "Brightwater Health Solutions – Financial Analyst exercise",
    A(BWH, "assessment", "greenhouse", "en"),
    """Hi Daniela,

Thank you for your interest in the Financial Analyst (Nearshore) position at Brightwater Health Solutions! As a next step, we'd like you to complete a short Excel exercise (variance analysis of a hospital revenue cycle). Please upload your answers using the link below within 5 days:

https://app.greenhouse.io/tests/5a7c1e2b9d?utm_medium=email

Regards,
Brightwater Recruiting Team
""",
)
_b3 = m(
    323,
    "10-24 11:30",
    "Keisha Morgan <keisha.morgan@brightwaterhs.com>",
    "Interview availability – Financial Analyst (Nearshore)",
    A(BWH, "interview", "direct", "en"),
    """Hi Daniela,

Great job on the exercise! The hiring team would like to move you forward to a 60-minute panel interview with our Monterrey finance hub leadership. Please share your availability for next Tuesday through Thursday, between 9am and 3pm CT.

Thanks,
Keisha Morgan | Recruiter, Brightwater Health Solutions
""",
)
_b4 = m(
    324,
    "11-07 16:45",
    GH,
    "Your application to Brightwater Health Solutions",
    A(BWH, "rejection", "greenhouse", "en"),
    """Hi Daniela,

Thank you again for interviewing for the Financial Analyst (Nearshore) role. Our team truly enjoyed meeting you. Unfortunately, we've decided to move forward with another candidate at this time.

We'll keep your information on file and hope you'll consider us for future openings.

Best,
Brightwater Health Solutions Recruiting
""",
)

LI = "LinkedIn <jobs-noreply@linkedin.com>"
_cr1 = m(
    331,
    "09-26 07:48",
    LI,
    "Daniela, your application was sent to Corvane Logistics",
    A(COR, "confirmation", "linkedin", "en"),
    html="""<html><body><p>Your application was sent to Corvane Logistics</p><p><b>Senior Financial Analyst</b><br>Corvane Logistics · Mexico (Remote)<br>Applied on September 26, 2025</p><p><a href="https://www.linkedin.com/jobs/view/4112093377/">View job</a></p><p style="font-size:11px">This email was intended for Daniela Garza Villarreal (FP&amp;A | Financial Analyst). © 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p></body></html>""",
)
_cr2 = m(
    332,
    "10-01 12:12",
    LI,
    "Your application was viewed by Corvane Logistics",
    A(COR, "viewed", "linkedin", "en"),
    html="""<html><body><p>Daniela, your application was viewed for <b>Senior Financial Analyst</b> at Corvane Logistics.</p><p>Keep applying – candidates who apply to more jobs are more likely to be hired.</p><p><a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">See your applied jobs</a></p></body></html>""",
)

NGH = "Nubeo Recruiting <no-reply@greenhouse.io>"
_n1 = m(
    341,
    "10-21 10:10",
    NGH,
    "Thank you for applying to Nubeo",
    A(NUB, "confirmation", "greenhouse", "es"),
    """Hola Daniela,

¡Gracias por tu interés en Nubeo! Recibimos tu aplicación para FP&A Analyst, LATAM (Ciudad de México, híbrido). Nuestro equipo la revisará y te contactaremos si tu perfil avanza.

Saludos,
Talent Team @ Nubeo
""",
)
_n2 = m(
    342,
    "10-30 13:25",
    "Diego Ferrer <diego.ferrer@nubeo.mx>",
    "Nubeo | entrevista con Finance",
    A(NUB, "interview", "direct", "es"),
    """Hola Daniela, qué tal.

Me gustaría invitarte a una primera entrevista con Regina Paz, nuestra Finance Lead, el miércoles 5 de noviembre a las 12:00 (hora CDMX; 12:00 también en Monterrey). Te llegará la invitación de Google Meet desde Greenhouse.

Saludos,
Diego Ferrer
Talent Partner, Nubeo
""",
)
_n3 = m(
    343,
    "11-13 17:19",
    NGH,
    "Nubeo: caso práctico FP&A",
    A(NUB, "assessment", "greenhouse", "es"),
    """Hola Daniela,

Gracias por avanzar en el proceso. El siguiente paso es un caso práctico: construir un modelo de unit economics para uno de nuestros productos y presentarlo en 20 minutos. Tienes 4 días para entregarlo. Sube tu archivo en el enlace:

https://app.greenhouse.io/tests/c81f0e?utm_source=email

¡Éxito!
Talent Team @ Nubeo
""",
)
_n4 = m(
    344,
    "11-28 19:02",
    NGH,
    "Seguimiento de tu proceso en Nubeo",
    A(NUB, "rejection", "greenhouse", "es"),
    """Hola Daniela,

Muchas gracias por el tiempo y la dedicación que pusiste en el caso práctico. Después de revisar todas las propuestas, decidimos no continuar con tu candidatura para esta posición.

Te deseamos mucho éxito.
Talent Team @ Nubeo
""",
)

GLV = "Greystone Analytics <no-reply@hire.lever.co>"
_g1 = m(
    351,
    "11-06 15:38",
    GLV,
    "Your application to Greystone Analytics",
    A(GRY, "confirmation", "lever", "en"),
    """Hi Daniela,

Thanks for your interest in Greystone Analytics and the Financial Planning Analyst role (Remote – Mexico). We've received your application and our team is reviewing it.

Unfortunately, due to the high volume of applications, we can't respond to each one individually, but we'll reach out if there's a match.

Best,
Greystone Talent
""",
)
_g2 = m(
    352,
    "12-01 08:44",
    GLV,
    "Update on your Greystone Analytics application",
    A(GRY, "rejection", "lever", "en"),
    """Hi Daniela,

Thank you for your patience. We've reviewed your application for Financial Planning Analyst and have decided not to move forward at this time. This was a tough call given the strength of the applicant pool.

All the best in your search,
Greystone Talent
""",
)

_o1 = m(
    361,
    "11-20 21:50",
    "Glassdoor <noreply@glassdoor.com>",
    "Your application to Ostrander Medical Devices was submitted",
    A(OST, "confirmation", "other", "en"),
    html="""<html><body><p>Application submitted</p><p><b>FP&amp;A Analyst</b><br>Ostrander Medical Devices · Remote, Mexico</p><p>You'll hear from the employer directly if they'd like to move forward. In the meantime, check out company reviews and salaries.</p><p><a href="https://www.glassdoor.com.mx/myjobs">Track your applications</a></p></body></html>""",
)

HSF = "Halvorsen Foods Careers <halvorsen@successfactors.com>"
_h1 = m(
    371,
    "12-08 14:27",
    HSF,
    "Application Received – Senior Financial Analyst",
    A(HAL, "confirmation", "other", "en"),
    """Dear Daniela,

Thank you for applying for the position of Senior Financial Analyst (Job Req ID 31045) at the Halvorsen Foods Shared Services Center in Querétaro.

We will review your application and contact you if your qualifications match our needs.

Kind regards,
Halvorsen Foods Talent Acquisition
""",
)
_h2 = m(
    372,
    "12-18 10:10",
    "Sergio Lugo <sergio.lugo@halvorsenfoods.com>",
    "Halvorsen Foods – phone screen",
    A(HAL, "interview", "direct", "en"),
    """Hi Daniela,

I'm the recruiter for the Senior Financial Analyst role in our Querétaro SSC. Would you be available for a 20-minute phone screen on Friday, December 19 at 10:00 AM? I'll call you at the number in your application.

Regards,
Sergio Lugo
Talent Acquisition, Halvorsen Foods México
""",
)
_h3 = m(
    373,
    "01-12 09:00",
    HSF,
    "Halvorsen Foods – Senior Financial Analyst",
    A(HAL, "rejection", "other", "en"),
    """Dear Daniela,

Thank you for your interest in Halvorsen Foods and for the time you invested in our selection process for Senior Financial Analyst (31045).

We regret to inform you that we will not be proceeding with your application. We will retain your details should a suitable role arise in the future.

Kind regards,
Halvorsen Foods Talent Acquisition
""",
)

_r1 = m(
    381,
    "12-10 08:05",
    LI,
    "Daniela, your application was sent to Rivermark Payments",
    A(RIV, "confirmation", "linkedin", "en"),
    html="""<html><body><p>Your application was sent to Rivermark Payments</p><p><b>FP&amp;A Analyst</b><br>Rivermark Payments · Mexico City (Hybrid)<br>Applied on December 10, 2025</p><p><a href="https://www.linkedin.com/jobs/view/4188127764/">View job</a></p></body></html>""",
)
_r2 = m(
    382,
    "12-22 16:31",
    LI,
    "Your update from Rivermark Payments",
    A(RIV, "rejection", "linkedin", "en"),
    html="""<html><body><p><b>Your update from Rivermark Payments</b></p><p>FP&amp;A Analyst · Mexico City (Hybrid)</p><p>Thank you for your interest in the FP&amp;A Analyst position at Rivermark Payments in Mexico City. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Rivermark Payments.</p><p>Regards,<br>Rivermark Payments</p></body></html>""",
)

# Alerts, talent communities, nudges, outreach, other job mail.
_x1 = m(
    401,
    "09-02 07:30",
    "OCC Alertas <alertas@occ.com.mx>",
    "12 vacantes nuevas de Analista Financiero en Monterrey",
    ("alert", None, None, None, "other", "es"),
    html="""<html><body><h3>Tus vacantes de hoy, Daniela</h3><ul><li>Analista Financiero Sr – Grupo Industrial del Noreste – Monterrey – $35,000 a $40,000</li><li>Analista de FP&amp;A – Confidencial – San Nicolás de los Garza</li><li>Especialista en Planeación Financiera – Empresa del sector acerero – Monterrey</li></ul><p><a href="https://www.occ.com.mx/empleos/de-analista-financiero/en-nuevo-leon/">Ver todas</a></p></body></html>""",
)
_x2 = m(
    402,
    "09-09 07:31",
    "OCC Alertas <alertas@occ.com.mx>",
    "Nuevas vacantes para ti: FP&A",
    ("alert", None, None, None, "other", "es"),
    html="""<html><body><p>Hola Daniela, estas vacantes coinciden con tu búsqueda <b>FP&amp;A</b>:</p><p>Gerente de Planeación Financiera – Monterrey<br>Analista de Presupuestos – Santa Catarina<br>Controller Jr – Apodaca</p></body></html>""",
)
_x3 = m(
    403,
    "09-21 18:00",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "“financial planning analyst”: 30+ opportunities in Monterrey",
    ("alert", None, None, None, "linkedin", "en"),
    html="""<html><body><p>Your job alert for <b>financial planning analyst</b> in Monterrey, Nuevo León</p><p>FP&amp;A Analyst – Kessler Dynamics – Guadalajara (Hybrid)<br>Senior Financial Analyst – Corvane Logistics – Mexico (Remote)<br>Financial Analyst – Actively recruiting</p><p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=118">See all jobs</a></p></body></html>""",
)
_x4 = m(
    404,
    "10-05 06:55",
    "Indeed <alert@indeed.com>",
    "Financial Analyst: nuevos empleos en Monterrey, N. L.",
    ("alert", None, None, None, "indeed", "es"),
    """Nuevos empleos que coinciden con tu búsqueda "financial analyst" cerca de Monterrey, N. L.

Financial Analyst (Nearshore) – Brightwater Health Solutions – Monterrey – Postulación fácil
Analista de Planeación – Hospital San Vicente del Norte – Monterrey
FP&A Specialist – Empresa confidencial – Remoto

Ver todos los empleos: https://mx.indeed.com/jobs?q=financial+analyst&l=Monterrey
""",
)
_x5 = m(
    405,
    "10-19 08:00",
    "Computrabajo <ofertas@computrabajo.com>",
    "Ofertas recomendadas para ti",
    ("alert", None, None, None, "other", "es"),
    html="""<html><body><p>Daniela, te recomendamos estas ofertas:</p><p>Analista de Costos – Guadalupe, N.L.<br>Auxiliar de Tesorería – Monterrey<br>Analista Financiero – Escobedo</p></body></html>""",
)
_x6 = m(
    406,
    "11-09 09:10",
    "Glassdoor Jobs <noreply@glassdoor.com>",
    "FP&A Analyst jobs you may like",
    ("alert", None, None, None, "other", "en"),
    html="""<html><body><p>Jobs picked for you</p><p>FP&amp;A Analyst – Ostrander Medical Devices – Remote<br>Financial Analyst II – Vexa Semiconductors – Guadalajara</p></body></html>""",
)
_x7 = m(
    407,
    "12-14 07:40",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "Rivermark Payments is hiring: FP&A Analyst",
    ("alert", None, None, None, "linkedin", "en"),
    html="""<html><body><p>New jobs similar to Senior Financial Analyst at Corvane Logistics</p><p>FP&amp;A Analyst – Rivermark Payments – Mexico City</p></body></html>""",
)
_x8 = m(
    408,
    "01-11 07:30",
    "OCC Alertas <alertas@occ.com.mx>",
    "Vacantes de Planeación Financiera en Monterrey",
    ("alert", None, None, None, "other", "es"),
    html="""<html><body><p>Nuevas vacantes: Jefe de FP&amp;A (Santa Catarina), Analista Sr de Presupuestos (San Pedro).</p></body></html>""",
)
_x9 = m(
    409,
    "09-05 17:10",
    "Kessler Dynamics Talent Community <kessler@myworkday.com>",
    "Welcome to the Kessler Dynamics Talent Community",
    ("alert", "Kessler Dynamics", None, None, "workday", "en"),
    """Hi Daniela,

Thanks for joining our Talent Community! You'll receive updates about roles that match your interests in Finance at our Guadalajara and Monterrey hubs.

Kessler Dynamics Talent Acquisition
""",
)
_x10 = m(
    410,
    "09-08 22:05",
    "Cervecería Sierra Madre <sierramadre@myworkday.com>",
    "Bienvenida a nuestra Comunidad de Talento",
    ("alert", "Cervecería Sierra Madre", None, None, "workday", "es"),
    """Hola Daniela,

¡Ya eres parte de la Comunidad de Talento de Cervecería Sierra Madre! Te avisaremos cuando se publiquen vacantes de Finanzas que coincidan con tu perfil.

Equipo de Talento
""",
)
_x11 = m(
    411,
    "09-03 20:00",
    "Alfaro Talento <alfaro@successfactors.com>",
    "Tu solicitud está incompleta",
    ("alert", "Grupo Alfaro", "Analista Sr. de Planeación Financiera (FP&A)", None, "other", "es"),
    """Estimada Daniela:

Notamos que comenzaste tu solicitud para Analista Sr. de Planeación Financiera (FP&A) pero no la enviaste. Tu información está guardada; ingresa al portal para completarla antes de que la vacante se cierre.

Atracción de Talento – Grupo Alfaro
""",
)
_x12 = m(
    412,
    "12-06 11:00",
    "Halvorsen Foods Careers <halvorsen@successfactors.com>",
    "Complete your application",
    ("alert", "Halvorsen Foods", "Senior Financial Analyst", None, "other", "en"),
    """Hi Daniela,

You started an application for Senior Financial Analyst but haven't submitted it yet. Pick up where you left off:
https://career5.successfactors.eu/career?company=halvorsenP&career_job_req_id=31045

Halvorsen Foods Talent Acquisition
""",
)
_x13 = m(
    413,
    "10-11 10:30",
    "Emilio Zambrano via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Oportunidad: Financial Planning Lead – Vexa Semiconductors",
    ("outreach", "Vexa Semiconductors", "Financial Planning Lead", None, "linkedin", "es"),
    """Hola Daniela,

Vi tu perfil y tu experiencia en presupuestos industriales. En Vexa Semiconductors estamos abriendo nuestro centro de finanzas en Guadalajara y buscamos un(a) Financial Planning Lead. ¿Tendrías 15 minutos para platicar esta semana?

Saludos,
Emilio Zambrano
Senior Recruiter, Vexa Semiconductors

Responder: https://www.linkedin.com/messaging/thread/2-ZmE3
""",
)
_x14 = m(
    414,
    "01-06 12:40",
    "Marcela Duarte <mduarte@nexuscapitalhumano.mx>",
    "Propuesta laboral – Controller para empresa del sector retail",
    ("outreach", None, "Controller", None, "agency", "es"),
    """Buenas tardes Daniela,

En Nexus Capital Humano estamos reclutando un(a) Controller para importante cadena comercial del noreste. Buscamos experiencia en cierre mensual, presupuesto y reporteo bajo NIF. ¿Te gustaría conocer más detalles?

Quedamos atentos.

Marcela Duarte
Nexus Capital Humano
""",
)
_x15 = m(
    415,
    "09-04 09:11",
    "Alfaro Talento <alfaro@successfactors.com>",
    "Activación de tu cuenta en el Portal de Carreras",
    ("other_job", "Grupo Alfaro", None, None, "other", "es"),
    """Hola Daniela,

Se creó tu cuenta en el Portal de Carreras de Grupo Alfaro. Tu código de verificación es: 418 207

Si tú no solicitaste esta cuenta, ignora este mensaje.
""",
)
_x16 = m(
    416,
    "12-02 10:00",
    "Candidate Experience <survey@kesslerdyn.com>",
    "How did we do? Share your candidate experience",
    ("other_job", "Kessler Dynamics", None, None, "direct", "en"),
    """Hi Daniela,

You recently took part in our hiring process. We'd love your feedback – this 3-minute survey is anonymous:
https://survey.kesslerdyn.com/cx?i=88172

Thank you!
Kessler Dynamics Talent Acquisition
""",
)
_x17 = m(
    417,
    "10-30 08:01",
    "Fernanda Elizondo <fernanda.elizondo@bmg-techhub.mx>",
    "Respuesta automática: Pregunta sobre retroalimentación",
    ("other_job", "BMG", None, None, "direct", "es"),
    """Gracias por tu mensaje. Estaré fuera de la oficina del 29 de octubre al 3 de noviembre con acceso limitado al correo. Para temas urgentes de reclutamiento escribe a talento@bmg-techhub.mx.

Saludos,
Fernanda Elizondo
""",
)
_x18 = m(
    418,
    "11-20 21:51",
    "Glassdoor <noreply@glassdoor.com>",
    "Rate your interview experience",
    ("other_job", None, None, None, "other", "en"),
    html="""<html><body><p>Help others prepare – share your interview experience anonymously on Glassdoor.</p></body></html>""",
)
_x19 = m(
    419,
    "01-30 16:20",
    "ESE Confiable <agenda@eseconfiable.com.mx>",
    "Agenda de visita – Estudio socioeconómico",
    ("other_job", "Cobrix", "Finance Analyst", None, "other", "es"),
    """Buenas tardes Sra. Daniela Garza Villarreal,

Por encargo de Cobrix, le confirmamos su visita domiciliaria para el estudio socioeconómico el lunes 2 de febrero a las 10:00 hrs. Tenga a la mano comprobante de domicilio, últimos 3 recibos de nómina y datos de dos referencias laborales.

Atentamente,
ESE Confiable
""",
)
_x20 = m(
    420,
    "01-26 10:15",
    "Héctor Lozano <hector.lozano@bmg-techhub.mx>",
    "Nueva vacante en Planeación – ¿te interesa?",
    ("outreach", "BMG", "Especialista de Planeación Financiera", None, "direct", "es"),
    """Hola Daniela,

Te recuerdo del panel de octubre. Se abrió una posición de Especialista de Planeación Financiera en mi equipo y pensé en ti. Si te interesa, con gusto te refiero.

Saludos,
Héctor Lozano
Subdirector de Planeación, BMG Tech Hub
""",
)

MAIL: list[dict[str, Any]] = [
    v
    for k, v in dict(globals()).items()
    if k.startswith("_") and not k.startswith("__") and isinstance(v, dict) and "id" in v
]

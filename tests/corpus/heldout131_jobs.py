# ruff: noqa: E501, RUF100
"""Corpus 131, job mail part one (data only): see heldout131.py.

Also the corpus's shared helpers: the time zones, ``m()`` and friends, the label shorthands and
the employer / role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Guadalajara's offset on ``day`` (Mexico dropped summer time in 2022: CST all year)."""
    return "-0600"


def tz_utc(day: str) -> str:
    """Vendors that stamp their mail in UTC."""
    return "+0000"


def tz_ct(day: str) -> str:
    """US Central (Dallas, Chicago): CDT until 2 November 2025."""
    return "-0500" if day < "2025-11-02" else "-0600"


def tz_mt(day: str) -> str:
    """US Mountain (Denver): MDT until 2 November 2025."""
    return "-0600" if day < "2025-11-02" else "-0700"


def tz_et(day: str) -> str:
    """US Eastern: EDT until 2 November 2025."""
    return "-0400" if day < "2025-11-02" else "-0500"


def tz_pt(day: str) -> str:
    """US Pacific: PDT until 2 November 2025."""
    return "-0700" if day < "2025-11-02" else "-0800"


m = partial(dated_spec, tz)
mu = partial(dated_spec, tz_utc)
mc = partial(dated_spec, tz_ct)
mm = partial(dated_spec, tz_mt)
me = partial(dated_spec, tz_et)
mp = partial(dated_spec, tz_pt)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "es") -> tuple[Any, ...]:
    """Application mail."""
    return (cat, co, role, app, src, lang)


def J(
    cat: str, src: str, co: str | None = None, role: str | None = None, lang: str = "es"
) -> tuple[Any, ...]:
    """Job mail that belongs to no application (alerts, outreach, other job mail)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "es") -> tuple[Any, ...]:
    """Mail that is not about jobs."""
    return ("not_job", lang)


def ics(
    uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any
) -> dict[str, Any]:
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" Guadalajara time)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def rep(spec: dict[str, Any], *older: dict[str, Any]) -> dict[str, str]:
    """Threading headers of a reply to ``spec`` (``older`` messages of the thread first)."""
    refs = " ".join([*(o["id"] for o in older), spec["id"]])
    return {"In-Reply-To": spec["id"], "References": refs}


ME_NAME = "Óscar Iñiguez Barajas"
ME_ADDR = "oscar.iniguez.barajas@gmail.com"

TC, TCR = "Transportes Castañeda", "Desarrollador Backend PHP/Laravel"
CV, CV1, CV2 = "Corvane", "Backend Engineer II (Python)", "Platform Engineer (Kubernetes)"
PW, PWR = "Parcelwise", "Backend Engineer (Node.js) – LATAM"
BW, BWR = "Brightwater Freight", "Senior Backend Engineer (Go)"
PC, PCR = "Pagoclick", "Desarrollador Backend Java Sr."
HMD, HMDR = "Halvorsen Medical Devices", "Software Engineer II – Backend (Java)"
TCO, TCOR = "Telecomunicaciones de Occidente", "Desarrollador Backend Node.js"
OT, OTR = "Orbis Telemetry", "Backend Engineer, Data Ingestion"
KL, KLR = "Kuntur Labs", "Backend Developer Python/Django"
FN, FNR = "Finlio", "Senior Backend Engineer (Python)"
RW, RWR = "Redwick Analytics", "Backend Developer (Python/FastAPI)"
MZ, MZR = "Mezquite Cloud", "Backend Engineer (Go)"
SC, SCR = "Sólida Crédito", "Ingeniero de Software Backend (Java/Spring)"
QM, QMR = "Quillmark", "Senior Software Engineer, Backend"
TR, TRR = "Tandem Rails", "Software Engineer, Payments (Go)"
VX, VXR = "Vexa Semiconductors", "Backend Software Engineer – Test Automation Platform"
DC, DCR = "Datacéntrica", "Desarrollador(a) Backend Python"
LU, LUR = "Lumora Health", "Backend Engineer (Python) – Mexico"
CU, CUR = "Cuaderno", "Backend Developer (Python)"
RD, RDR = "Rodalia", "Desarrollador Backend Go"
OS, OSR = "Ocelote Security", "Desarrollador Backend Go / Python"

DANA = ("Dana Whitfield", "dana.whitfield@corvane.example")
KARLA = ("Karla Ruvalcaba", "karla.ruvalcaba@nexotalento.example")

# --- 1 Transportes Castañeda (Indeed, then the gerente from Hotmail) ---------------------------

_tc_conf = m(
    "q1a",
    "2025-09-03 21:47",
    "Indeed <indeedapply@indeed.com>",
    "Postulación enviada: Desarrollador Backend PHP/Laravel",
    A("confirmation", TC, TCR, 1, "indeed"),
    text="""Indeed

¡Tu postulación se envió!

Desarrollador Backend PHP/Laravel
Transportes Castañeda e Hijos, S.A. de C.V. - Tlaquepaque, Jal.

Se enviaron los siguientes elementos a Transportes Castañeda e Hijos, S.A. de C.V.:
  • CV: CV_Oscar_Iniguez_2025.pdf
  • Respuestas a 3 preguntas de la empresa

Buena suerte, Óscar. Te avisaremos cuando haya novedades. Mientras tanto, puedes ver el estado
de esta y otras postulaciones en Mis empleos:
https://mx.indeed.com/myjobs?from=applyconf&co=MX

Empleos similares cerca de Guadalajara, Jal.
  Programador PHP Sr. - Grupo Logístico Occidental - Zapopan, Jal.
  Desarrollador Full Stack (Laravel + Vue) - Remoto

--
Has recibido este mensaje porque te postulaste a un empleo en Indeed.
Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
Política de privacidad: https://mx.indeed.com/legal
""",
)

MAIL: list[dict[str, Any]] = [
    _tc_conf,
    m(
        "q1b",
        "2025-09-09 08:12",
        "Rogelio Castañeda <rogelio.castaneda.tce@hotmail.com>",
        "Entrevista - sistemas",
        A("interview", TC, TCR, 1, "direct"),
        text="""Buenos días Óscar

Vi su solicitud por Indeed para el puesto de desarrollador. Me gustaría platicar con usted en
persona, ¿le queda el jueves 11 a las 10:30 am en nuestras oficinas?

Av. Gobernador Curiel 3870, col. Las Pintas, Tlaquepaque (es la bodega grande color azul, pida
en caseta que lo pasen con sistemas). Traiga por favor una identificación.

Somos una empresa familiar, tenemos un sistema de rastreo de unidades hecho en Laravel que
necesita mantenimiento y queremos migrar unos módulos. Le platico más el jueves.

Saludos

Ing. Rogelio Castañeda
Gerente de Sistemas
Transportes Castañeda
Tel. 33 3600 4412 ext. 118

Enviado desde Outlook para Android""",
    ),
    # --- 2 / 3 Corvane: two roles; the Mexican entity signs the offer -------------------------
    mu(
        "q2a",
        "2025-09-08 16:31",
        "Corvane Hiring Team <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Corvane",
        A("confirmation", CV, CV1, 2, "greenhouse", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#1d2733">
<img src="https://s3.amazonaws.com/grnhse-prod/corvane/logo.png" alt="Corvane" width="120">
<p>Hi Óscar,</p>
<p>Thanks for applying for the <b>Backend Engineer II (Python)</b> position at Corvane (Guadalajara
hub / remote in Mexico). We wanted to let you know that we've received your application and our
team is reviewing it.</p>
<p>If your background is a match for the role, someone from our Talent team will reach out to
discuss next steps. Because of the volume of applications, this can take up to two weeks.</p>
<p>In the meantime, learn more about how we build software for freight brokers on our
<a href="https://corvane.example/engineering">engineering blog</a>.</p>
<p>Best,<br>The Corvane Talent Team</p>
<p style="font-size:11px;color:#8795a1">Please do not reply to this email; this mailbox is not
monitored. Corvane, Inc. · 1600 Wynkoop St, Denver, CO 80202 ·
<a href="https://job-boards.greenhouse.io/corvane/jobs/7014882003">View the job posting</a></p>
</body></html>""",
    ),
    mu(
        "q3a",
        "2025-09-08 16:44",
        "Corvane Hiring Team <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Corvane",
        A("confirmation", CV, CV2, 3, "greenhouse", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#1d2733">
<img src="https://s3.amazonaws.com/grnhse-prod/corvane/logo.png" alt="Corvane" width="120">
<p>Hi Óscar,</p>
<p>Thanks for applying for the <b>Platform Engineer (Kubernetes)</b> position at Corvane
(Guadalajara hub / remote in Mexico). We wanted to let you know that we've received your
application and our team is reviewing it.</p>
<p>If your background is a match for the role, someone from our Talent team will reach out to
discuss next steps. Because of the volume of applications, this can take up to two weeks.</p>
<p>Best,<br>The Corvane Talent Team</p>
<p style="font-size:11px;color:#8795a1">Please do not reply to this email; this mailbox is not
monitored. Corvane, Inc. · 1600 Wynkoop St, Denver, CO 80202 ·
<a href="https://job-boards.greenhouse.io/corvane/jobs/7016120003">View the job posting</a></p>
</body></html>""",
    ),
    mu(
        "q2b",
        "2025-09-22 15:05",
        "Dana Whitfield <no-reply@us.greenhouse-mail.io>",
        "Corvane - let's find a time to chat",
        A("interview", CV, CV1, 2, "greenhouse", "en"),
        reply_to="Dana Whitfield <dana.whitfield@corvane.example>",
        text="""Hi Óscar,

Thanks again for your interest in Corvane! I'm the recruiter supporting our Guadalajara
engineering hub and I'd love to set up a 30-minute intro call to tell you more about the
Backend Engineer II (Python) role and learn about what you're looking for.

Please use the link below to share your availability for the next few days. Times are shown in
your local time zone (America/Mexico_City).

https://app.greenhouse.io/scheduling/availability/corvane/6f2c91d0a7e84b39

Talk soon,
Dana

Dana Whitfield | Senior Technical Recruiter, LATAM
Corvane""",
    ),
    mm(
        "q2c",
        "2025-09-23 09:40",
        "Dana Whitfield <dana.whitfield@corvane.example>",
        "Invitation: Óscar Iñiguez Barajas <> Corvane (Recruiter Screen) @ Thu Sep 25, 2025 11am - 11:30am (CST)",
        A("interview", CV, CV1, 2, "direct", "en"),
        text="""You have been invited to the following event.

Óscar Iñiguez Barajas <> Corvane (Recruiter Screen)
When: Thursday Sep 25, 2025 11am – 11:30am Central Time - Mexico City
Joining info: meet.google.com/vdk-qzmu-ert
Calendar: oscar.iniguez.barajas@gmail.com
Who:
  • Dana Whitfield - organizer
  • oscar.iniguez.barajas@gmail.com

Hi Óscar, looking forward to our chat. No prep needed - bring your questions!

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future
updates for this event, decline this event.""",
        ics=ics(
            "5p0c1ks3b2q9rjv6m0tqv8nhs4@google.com",
            "2025-09-25 11:00",
            "Óscar Iñiguez Barajas <> Corvane (Recruiter Screen)",
            DANA,
            minutes=30,
            location="https://meet.google.com/vdk-qzmu-ert",
            description="Hi Óscar, looking forward to our chat. No prep needed - bring your questions!",
        ),
    ),
    mu(
        "q3b",
        "2025-09-30 22:18",
        "Corvane Hiring Team <no-reply@us.greenhouse-mail.io>",
        "Following up on your Corvane application",
        A("rejection", CV, CV2, 3, "greenhouse", "en"),
        text="""Hi Óscar,

Thank you for your interest in the Platform Engineer (Kubernetes) role and for the time you
spent applying. We were impressed by your background, and this was not an easy decision.

After careful review, we've decided to move forward with candidates whose experience with
large-scale Kubernetes operations more closely matches what the team needs right now.

We know that you are also in process for another role with us; this decision does not affect
that process in any way.

We wish you the best in your search,
Corvane Talent Team

Corvane, Inc. | 1600 Wynkoop St, Denver, CO 80202""",
    ),
    mu(
        "q2d",
        "2025-09-29 14:02",
        "HackerRank <support@hackerrankforwork.com>",
        "Corvane: Backend Engineer II - Coding Assessment",
        A("assessment", CV, CV1, 2, "hackerrank", "en"),
        html="""<html><body>
<table width="600" style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<tr><td><img src="https://hrcdn.net/fcore/assets/brand/logo-new-white-green.svg" alt="HackerRank"></td></tr>
<tr><td>
<p>Hi Óscar Iñiguez Barajas,</p>
<p>Corvane has invited you to take the <b>Backend Engineer II - Python</b> test.</p>
<p><b>Test duration:</b> 90 minutes<br><b>Number of questions:</b> 3<br>
<b>Expires:</b> Oct 6, 2025 11:59 PM CST</p>
<p>Before you begin, make sure you have a stable internet connection. You can try a sample test to
get familiar with the environment.</p>
<p><a href="https://www.hackerrank.com/tests/2298341/login?b=eyJ1c2VybmFtZSI6Im9zY2Fy" style="background:#1ba94c;color:#fff;padding:10px 18px;text-decoration:none">Start Test</a></p>
<p>Good luck!<br>Team Corvane</p>
<p style="font-size:11px;color:#999">Powered by HackerRank. If you have questions about the test,
contact the recruiter at dana.whitfield@corvane.example. Questions about the platform:
support@hackerrank.com</p>
</td></tr></table></body></html>""",
    ),
    mu(
        "q2e",
        "2025-10-08 17:26",
        "Corvane Recruiting <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Technical Interview with Corvane",
        A("interview", CV, CV1, 2, "greenhouse", "en"),
        reply_to="dana.whitfield@corvane.example",
        text="""Hi Óscar,

Great work on the assessment! You're confirmed for the next step:

Technical Interview (system design + live coding, Python)
Tuesday, October 14, 2025
12:00 PM - 1:30 PM CST (America/Mexico_City)

Interviewers:
  Marcus Bell - Staff Engineer, Load Matching
  Paola Gutiérrez - Senior Backend Engineer

Zoom: https://corvane.zoom.us/j/86120094415?pwd=Qm9ZSm1aU2tGcz09

A calendar invitation is attached. If you need to reschedule, reply to this email and I'll take
care of it.

Dana""",
        ics=ics(
            "gh-interview-2f8a7c1e-corvane@greenhouse.io",
            "2025-10-14 12:00",
            "Corvane - Technical Interview (Óscar Iñiguez Barajas)",
            ("Corvane Recruiting", "dana.whitfield@corvane.example"),
            minutes=90,
            location="https://corvane.zoom.us/j/86120094415",
            attendees=[
                ("Marcus Bell", "marcus.bell@corvane.example"),
                ("Paola Gutiérrez", "paola.gutierrez@corvane.example"),
            ],
        ),
    ),
    mm(
        "q2f",
        "2025-10-13 08:55",
        "Dana Whitfield <dana.whitfield@corvane.example>",
        "Small change for tomorrow",
        A("interview", CV, CV1, 2, "direct", "en"),
        text="""Hi Óscar - apologies for the late notice. Marcus got pulled into an incident review
tomorrow, so we need to move your technical interview to Thursday Oct 16, same time (12:00 PM
CST). Paola will still be there. I just sent the updated invite.

If Thursday doesn't work, let me know and we'll figure something out.

Thanks for your flexibility!
Dana

Sent from my iPhone""",
        ics=ics(
            "gh-interview-2f8a7c1e-corvane@greenhouse.io",
            "2025-10-16 12:00",
            "Corvane - Technical Interview (Óscar Iñiguez Barajas)",
            DANA,
            minutes=90,
            sequence=1,
            location="https://corvane.zoom.us/j/86120094415",
        ),
    ),
    mu(
        "q2g",
        "2025-11-12 19:40",
        "Corvane Recruiting <no-reply@us.greenhouse-mail.io>",
        "Your Corvane final round – Nov 18",
        A("interview", CV, CV1, 2, "greenhouse", "en"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hola Óscar,</p>
<p>Congrats on making it to our final round! Here is your schedule for <b>Tuesday, November 18</b>
(all times CST):</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>10:00 – 10:45</td><td>Architecture deep dive</td><td>Priya Raman, Principal Engineer</td></tr>
<tr><td>11:00 – 11:45</td><td>Pairing session (bring your own IDE)</td><td>Iván Solís, Engineering Manager, GDL</td></tr>
<tr><td>12:15 – 12:45</td><td>Values conversation</td><td>Renee Castillo, Director of Engineering</td></tr>
</table>
<p>All sessions use the same Zoom link: https://corvane.zoom.us/j/83007716254</p>
<p>Questions? Just reply.<br>Dana &amp; the Corvane Talent team</p>
</body></html>""",
        reply_to="dana.whitfield@corvane.example",
        ics=ics(
            "gh-interview-9b1d44e0-corvane@greenhouse.io",
            "2025-11-18 10:00",
            "Corvane Final Round - Óscar Iñiguez Barajas",
            ("Corvane Recruiting", "dana.whitfield@corvane.example"),
            minutes=165,
            location="https://corvane.zoom.us/j/83007716254",
        ),
    ),
    mm(
        "q2h",
        "2025-12-11 16:20",
        "Dana Whitfield <dana.whitfield@corvane.example>",
        "Great news from Corvane 🎉",
        A("offer", CV, CV1, 2, "direct", "en"),
        cc="Lucía Camarena <lucia.camarena@corvane.example>",
        text="""Hi Óscar,

As promised on our call this morning, here's the summary of your offer for the Backend Engineer
II (Python) role on the Load Matching team. The team was really excited after your final round.

  • Base salary: $86,500 MXN gross per month (nómina, 12 months + aguinaldo de 30 días)
  • Prima vacacional 30 %, 20 days of vacation in year one
  • Vales de despensa, SGMM (major medical insurance) for you and dependents, seguro de vida
  • RSU grant: 1,200 units vesting over 4 years (1-year cliff)
  • Start date: Monday, January 12, 2026
  • Hybrid: Guadalajara office (Andares) optional, remote is fine

Your employment contract will be with our Mexican entity, Servicios Tecnológicos CVN de México,
S. de R.L. de C.V. Lucía (cc'd), our People Ops lead in Mexico, will send the carta oferta for
signature through DocuSign in the next day or two. It will be in Spanish; the RSU terms come
separately from Corvane, Inc.

Take the time you need to review, and please call me with any questions.

Un abrazo,
Dana""",
    ),
    mu(
        "q2i",
        "2025-12-12 18:03",
        "Lucía Camarena via Docusign <dse_NA4@docusign.net>",
        "Completar con Docusign: Carta Oferta - Óscar Iñiguez Barajas",
        A("offer", CV, CV1, 2, "docusign"),
        reply_to="Lucía Camarena <lucia.camarena@corvane.example>",
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:13px;color:#666">Docusign</p>
<p style="font-size:16px">Lucía Camarena le envió un documento para revisar y firmar.</p>
<p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=9c3f55a1-7d0e-4b6e-a2c1-83f1d0b7ee42" style="background:#ffc820;color:#000;padding:10px 22px;text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a></p>
<p><b>Lucía Camarena</b><br>lucia.camarena@corvane.example</p>
<p>Hola Óscar:<br>Te comparto la carta oferta de Servicios Tecnológicos CVN de México, S. de R.L.
de C.V. para tu firma electrónica. Cualquier duda estoy al pendiente.<br>Saludos, Lucía</p>
<hr>
<p style="font-size:11px;color:#666"><b>No comparta este correo electrónico</b><br>Este correo
contiene un enlace de acceso seguro a Docusign. No comparta este correo, enlace o código de
acceso con otras personas.</p>
<p style="font-size:11px;color:#666">Acerca de Docusign: firme documentos electrónicamente en
minutos. Es seguro. Ya sea que se encuentre en la oficina, en casa o en camino, Docusign ofrece
una solución profesional y confiable para la gestión de transacciones digitales.</p>
</td></tr></table></body></html>""",
    ),
    mu(
        "q2j",
        "2025-12-15 02:47",
        "Docusign <dse_NA4@docusign.net>",
        "Completado: Carta Oferta - Óscar Iñiguez Barajas",
        A("offer", CV, CV1, 2, "docusign"),
        st="accepted",
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:13px;color:#666">Docusign</p>
<p style="font-size:16px">Su documento se ha completado</p>
<p><a href="https://na4.docusign.net/Member/EmailStart.aspx?m=41be0c7a-1cf2-4a3b-9b55-0de1c27a0f11">VER DOCUMENTO COMPLETADO</a></p>
<p>Todas las partes han completado Carta Oferta - Óscar Iñiguez Barajas.</p>
<p>Remitente: Servicios Tecnológicos CVN de México, S. de R.L. de C.V.</p>
<hr><p style="font-size:11px;color:#666">No comparta este correo electrónico. Este correo
contiene un enlace de acceso seguro a Docusign.</p>
</td></tr></table></body></html>""",
        attach=[
            (
                "Carta_Oferta_Oscar_Iniguez_Barajas_firmada.txt",
                "text/plain",
                "Documento completado. Envelope ID: 9C3F55A17D0E4B6EA2C183F1D0B7EE42\n",
            )
        ],
    ),
    m(
        "q2k",
        "2025-12-17 10:15",
        "Lucía Camarena <lucia.camarena@corvane.example>",
        "Bienvenido a Corvane - documentos para tu alta en el IMSS",
        J("other_job", "direct", CV, CV1),
        text="""¡Hola Óscar! Bienvenido al equipo 🙌

Para tenerte todo listo el 12 de enero necesito que me compartas, a más tardar el viernes 9 de
enero, los siguientes documentos escaneados en PDF:

1. Acta de nacimiento
2. CURP
3. Constancia de Situación Fiscal (actualizada, del SAT)
4. Número de Seguridad Social (NSS) - lo puedes descargar en el portal del IMSS
5. Comprobante de domicilio no mayor a 3 meses
6. INE por ambos lados
7. Estado de cuenta con CLABE para el depósito de nómina
8. Si tienes crédito Infonavit o Fonacot, la carta de retención

Con eso hacemos tu alta en el IMSS y te damos de alta en nómina. La primera semana será
onboarding, te llegará la agenda a este correo.

Cualquier cosa, aquí estoy.

Lucía Camarena
People Operations Lead, México
Servicios Tecnológicos CVN de México, S. de R.L. de C.V. (Corvane)
Av. Patria 2085, piso 9, Puerta de Hierro, Zapopan, Jal.""",
    ),
    m(
        "q2l",
        "2026-01-07 13:32",
        "Lucía Camarena <lucia.camarena@corvane.example>",
        "Invitación: Onboarding Corvane GDL - Día 1 @ lun 12 ene 2026 9am - 2pm (CST)",
        J("other_job", "direct", CV, CV1),
        text="""Hola Óscar, te comparto la agenda de tu primer día. Te esperamos en la oficina de
Andares (piso 9) para entregarte tu laptop; el resto de la semana puede ser remoto.

9:00  Bienvenida y entrega de equipo
10:00 Alta en sistemas (Okta, Slack, GitHub)
11:30 Plática de beneficios y nómina
13:00 Comida con el equipo de Load Matching

Invitación de Google Calendar""",
        ics=ics(
            "1ql8q3a0t7m2vhdl8e6fgpo9k2@google.com",
            "2026-01-12 09:00",
            "Onboarding Corvane GDL - Día 1",
            ("Lucía Camarena", "lucia.camarena@corvane.example"),
            minutes=300,
            location="Av. Patria 2085, piso 9, Zapopan, Jal.",
        ),
    ),
    m(
        "q2m",
        "2026-01-30 18:44",
        "Nómina CVN <nomina@corvane.example>",
        "Recibo de nómina CFDI - Quincena 2 enero 2026",
        N(),
        text="""Estimado(a) colaborador(a):

Adjunto encontrará su recibo de nómina (CFDI 4.0) correspondiente al periodo 16/01/2026 al
31/01/2026.

Emisor: Servicios Tecnológicos CVN de México, S. de R.L. de C.V.
RFC emisor: STC190311K42
Receptor: IÑIGUEZ BARAJAS OSCAR

Para cualquier aclaración escriba a nomina@corvane.example.

Este correo se genera automáticamente; por favor no responda.""",
        attach=[
            (
                "CFDI_nomina_2026Q02.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?><cfdi:Comprobante Version="4.0" TipoDeComprobante="N"/>\n',
            )
        ],
    ),
    # --- 4 Parcelwise (LinkedIn Easy Apply; ghosted) -----------------------------------------
    mu(
        "q4a",
        "2025-09-09 02:11",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Óscar, your application was sent to Parcelwise",
        A("confirmation", PW, PWR, 4, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial">
<p><img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" width="84"></p>
<h2 style="font-size:20px">Your application was sent to Parcelwise</h2>
<table><tr><td><img src="https://media.licdn.com/dms/image/parcelwise_logo" width="48" alt="Parcelwise"></td>
<td><b>Backend Engineer (Node.js) – LATAM</b><br>Parcelwise · Austin, TX (Remote)<br>
Applied on September 8, 2025</td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4290177351/">View job</a></p>
<p>Now, take these next steps for more success with your job search</p>
<ul><li>Set job alerts for similar roles</li><li>Update your profile to stand out to recruiters</li></ul>
<p style="font-size:11px;color:#666">This email was intended for Óscar Iñiguez Barajas (Backend
Engineer | Python · Go · AWS). Learn why we included this. You are receiving Job application
emails. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a><br>
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</body></html>""",
    ),
    # --- 5 Brightwater Freight via Nexo Talento TI (client named late) ------------------------
]

_bw_out = m(
    "q5a",
    "2025-09-10 11:37",
    "Karla Ruvalcaba | Nexo Talento TI <karla.ruvalcaba@nexotalento.example>",
    "Vacante Sr Backend Go - 100% remoto - cliente USA",
    J("outreach", "agency", None, BWR),
    text="""Hola Óscar, ¿cómo estás?

Soy Karla, reclutadora de TI en Nexo Talento. Vi tu perfil en LinkedIn y creo que podrías hacer
muy buen match con una posición que estamos cubriendo para un cliente en Estados Unidos (empresa
de logística y transporte de carga, con oficinas en Texas).

- Puesto: Senior Backend Engineer (Go)
- Stack: Go, PostgreSQL, Kafka, AWS (ECS, Lambda), gRPC
- Esquema: contrato indefinido con Nexo, 100% remoto desde México, horario de Texas (CST)
- Inglés avanzado/conversacional (indispensable)
- Rango: $85,000 - $100,000 MXN brutos mensuales, según experiencia, + prestaciones de ley y SGMM

¿Te interesaría platicar 15 minutos esta semana? Si me compartes tu CV actualizado te cuento
más del cliente.

¡Saludos!

Karla Ruvalcaba
Talent Acquisition Specialist
Nexo Talento TI, S.A. de C.V. | Consultoría y staffing de TI
WhatsApp 33 1784 2260 | nexotalento.example""",
)

_bw_conf = m(
    "q5b",
    "2025-09-17 17:02",
    "Karla Ruvalcaba | Nexo Talento TI <karla.ruvalcaba@nexotalento.example>",
    "RE: Vacante Sr Backend Go - 100% remoto - cliente USA",
    A("confirmation", BW, BWR, 5, "agency"),
    text="""Óscar, ¡gracias por tu tiempo en la llamada de hoy!

Como te comenté, ya quedó enviada tu candidatura al cliente. Ahora sí te puedo decir de quién se
trata: es Brightwater Freight, con sede en Dallas. Tienen un equipo de ~40 ingenieros y están
armando una célula en México para su plataforma de tracking de embarques.

Siguiente paso: una entrevista de 45 min con su Engineering Manager (en inglés). En cuanto me
confirmen disponibilidad te mando la invitación.

Te dejo aquí la descripción completa: https://nexotalento.example/vacantes/sr-backend-go-bw

¡Mucho éxito!
Karla

-----Mensaje original-----
De: Óscar Iñiguez Barajas <oscar.iniguez.barajas@gmail.com>
Enviado el: miércoles, 10 de septiembre de 2025 14:05
Para: Karla Ruvalcaba <karla.ruvalcaba@nexotalento.example>
Asunto: Re: Vacante Sr Backend Go - 100% remoto - cliente USA

Hola Karla, gracias por escribir. Sí me interesa, te adjunto mi CV. ¿Te parece el miércoles 17 a
las 12?

Saludos,
Óscar""",
    **rep(_bw_out),
)

MAIL += [
    _bw_out,
    _bw_conf,
    m(
        "q5c",
        "2025-09-24 13:20",
        "Karla Ruvalcaba <karla.ruvalcaba@nexotalento.example>",
        "Invitación: Entrevista Brightwater Freight - Óscar Iñiguez @ vie 26 sept 2025 10am - 10:45am (CST)",
        A("interview", BW, BWR, 5, "agency"),
        text="""Óscar, te mando la invitación para la entrevista con Jake Morrison (Engineering Manager
de Brightwater). Va a ser en inglés, enfocada en tu experiencia con Go y sistemas distribuidos.
¡Conéctate 5 minutos antes!

Unirse con Google Meet: meet.google.com/ngh-ytwp-kza

Invitación de Google Calendar""",
        ics=ics(
            "7ua0pfd1bq7lr2jlgq6b5u0j8c@google.com",
            "2025-09-26 10:00",
            "Entrevista Brightwater Freight - Óscar Iñiguez",
            KARLA,
            minutes=45,
            location="https://meet.google.com/ngh-ytwp-kza",
            attendees=[("Jake Morrison", "jake.morrison@brightwaterfreight.example")],
        ),
    ),
    mc(
        "q5d",
        "2025-10-07 15:48",
        "Jake Morrison <jake.morrison@brightwaterfreight.example>",
        "Technical deep-dive - Brightwater",
        A("interview", BW, BWR, 5, "direct", "en"),
        cc="Karla Ruvalcaba <karla.ruvalcaba@nexotalento.example>",
        text="""Hi Óscar,

Really enjoyed our conversation last week. I'd like you to meet two of our senior engineers for a
technical deep-dive (about 90 min): we'll walk through a design problem around shipment event
ingestion and then look at some Go code together. I've sent an invite for Friday Oct 10 at
9:00 AM your time; let me know if that doesn't work.

Best,
Jake

Jake Morrison
Engineering Manager, Tracking Platform
Brightwater Freight | 2200 Ross Ave, Dallas, TX 75201""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000F0A1C2D3E4F5DB01000000000000000010000000",
            "2025-10-10 09:00",
            "Brightwater - Technical deep-dive (Óscar Iñiguez)",
            ("Jake Morrison", "jake.morrison@brightwaterfreight.example"),
            minutes=90,
            style="outlook",
            location="Microsoft Teams Meeting",
            attendees=[("Karla Ruvalcaba", "karla.ruvalcaba@nexotalento.example")],
        ),
    ),
    m(
        "q5e",
        "2025-10-24 18:31",
        "Karla Ruvalcaba | Nexo Talento TI <karla.ruvalcaba@nexotalento.example>",
        "Seguimiento proceso",
        A("rejection", BW, BWR, 5, "agency"),
        text="""Hola Óscar,

Ya tengo retroalimentación del cliente. Les gustó mucho tu manera de estructurar el diseño y tu
comunicación en inglés, Jake lo mencionó en particular. Sin embargo, decidieron avanzar con otro
candidato que tiene más experiencia operando Kafka en producción a gran escala, que para ellos
es crítico en este primer hire.

Sé que no es la noticia que esperabas. Me quedo con tu perfil muy presente: tenemos otras dos
vacantes de backend que van a abrir en noviembre y te busco en cuanto estén.

Un abrazo,
Karla

Karla Ruvalcaba
Talent Acquisition Specialist
Nexo Talento TI, S.A. de C.V.""",
    ),
    # --- 6 Pagoclick, written by Corporativo Minerva's talent mailbox (OCC) -------------------
    m(
        "q6a",
        "2025-09-12 22:05",
        "OCC <noreply@occ.com.mx>",
        "¡Listo! Tu postulación fue enviada",
        A("confirmation", PC, PCR, 6, "other"),
        html="""<html><body style="font-family:Arial;background:#f4f6f9">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<img src="https://www.occ.com.mx/img/logo-occ.png" alt="OCC" width="90">
<h3>Óscar, te postulaste con éxito</h3>
<p><b>Desarrollador Backend Java Sr.</b><br>Corporativo Minerva, S.A. de C.V.<br>
Zapopan, Jalisco · Sueldo: $60,000 - $70,000 Mensual</p>
<p>La empresa recibirá tu CV y, si tu perfil coincide, se pondrá en contacto contigo. Te
recomendamos mantener tu CV actualizado y revisar el estatus de tu postulación en
<a href="https://www.occ.com.mx/postulaciones">Mis postulaciones</a>.</p>
<p>Número de vacante: 20419873</p>
<p style="font-size:11px;color:#888">OCC Mundial · Recibes este correo porque tienes una cuenta
en OCC. <a href="https://www.occ.com.mx/cuenta/notificaciones">Administrar notificaciones</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "q6b",
        "2025-09-15 09:41",
        "OCC <noreply@occ.com.mx>",
        "Una empresa vio tu CV",
        A("viewed", PC, PCR, 6, "other"),
        html="""<html><body style="font-family:Arial">
<p><img src="https://www.occ.com.mx/img/logo-occ.png" alt="OCC" width="90"></p>
<p>¡Buenas noticias, Óscar!</p>
<p><b>Corporativo Minerva, S.A. de C.V.</b> revisó tu CV para la vacante <b>Desarrollador
Backend Java Sr.</b></p>
<p>Estatus de tu postulación: <b>CV visto</b></p>
<p><a href="https://www.occ.com.mx/postulaciones/20419873">Ver postulación</a></p>
<p style="font-size:11px;color:#888">OCC Mundial. Este es un correo automático.</p>
</body></html>""",
    ),
    m(
        "q6c",
        "2025-09-19 12:58",
        "Atracción de Talento Corporativo Minerva <talento@grupominerva.example>",
        "Invitación a entrevista técnica - Desarrollador Backend Java Sr.",
        A("interview", PC, PCR, 6, "direct"),
        text="""Estimado Óscar Iñiguez Barajas:

Por medio del presente, y en seguimiento a su postulación a través de OCC Mundial, nos
permitimos invitarle a una entrevista técnica para la posición de Desarrollador Backend Java
Sr. en Pagoclick, la plataforma de pagos digitales de Corporativo Minerva.

Fecha: martes 23 de septiembre de 2025
Hora: 11:00 h
Lugar: Av. Patria 1891, torre B, piso 4, col. Puerta de Hierro, Zapopan, Jal.
Entrevistadores: Ing. Alejandro Robles (Gerente de Desarrollo, Pagoclick) y Lic. Mariana Fregoso
(Atracción de Talento)

Le solicitamos presentarse con 10 minutos de anticipación e identificación oficial. Se le
enviará la invitación a su calendario.

Sin otro particular, quedamos atentos a su confirmación.

Atentamente,

Lic. Mariana Fregoso Ayala
Atracción de Talento | Corporativo Minerva, S.A. de C.V.
Tel. 33 3884 1200 ext. 2214

AVISO DE PRIVACIDAD: Corporativo Minerva, S.A. de C.V. y sus subsidiarias, con domicilio en Av.
Patria 1891, Zapopan, Jal., son responsables del tratamiento de sus datos personales conforme a
la Ley Federal de Protección de Datos Personales en Posesión de los Particulares. Consulte el
aviso integral en grupominerva.example/privacidad.""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000060B3E1A4B228DC01000000000000000010000000",
            "2025-09-23 11:00",
            "Entrevista técnica - Óscar Iñiguez Barajas (Pagoclick)",
            ("Mariana Fregoso Ayala", "talento@grupominerva.example"),
            style="outlook",
            location="Av. Patria 1891, torre B, piso 4, Zapopan",
            attendees=[("Alejandro Robles", "alejandro.robles@pagoclick.example")],
        ),
    ),
    m(
        "q6d",
        "2025-10-10 16:10",
        "Atracción de Talento Corporativo Minerva <talento@grupominerva.example>",
        "Seguimiento a su proceso de selección",
        A("rejection", PC, PCR, 6, "direct"),
        text="""Estimado Óscar:

Agradecemos sinceramente el tiempo y el interés que dedicó al proceso de selección para la
vacante de Desarrollador Backend Java Sr. El equipo de Pagoclick quedó con una muy buena
impresión de su conocimiento técnico.

No obstante, le informamos que en esta ocasión se ha seleccionado a otro candidato cuyo perfil
se ajusta de manera más cercana a las necesidades actuales de la posición, particularmente en
experiencia con el ecosistema Spring en el sector financiero.

Su información permanecerá en nuestra cartera de candidatos de Corporativo Minerva y sus
empresas para futuras oportunidades.

Le deseamos éxito en sus proyectos profesionales.

Atentamente,
Atracción de Talento
Corporativo Minerva, S.A. de C.V.""",
    ),
    # --- 7 Halvorsen Medical Devices (Workday tenant "hmdcorp"), first try ---------------------
    me(
        "q7a",
        "2025-09-15 23:16",
        "HMD Careers <hmdcorp@myworkday.com>",
        "Thank you for applying!",
        A("confirmation", HMD, HMDR, 7, "workday", "en"),
        text="""Dear Óscar,

Thank you for your interest in Halvorsen. We have received your application for the position
of Software Engineer II – Backend (Java) (R-0048127) in Guadalajara, Jalisco, Mexico.

Our Talent Acquisition team will review your qualifications. If your skills and experience are a
strong match, a recruiter will contact you. You can check the status of your application at any
time by signing in to your candidate home:

https://hmdcorp.wd5.myworkdayjobs.com/HMD_Careers/userHome

Sincerely,
Talent Acquisition
Halvorsen Medical Devices

Halvorsen is an Equal Opportunity Employer. This is a system-generated message; replies to this
address are not monitored.""",
    ),
    me(
        "q7b",
        "2025-10-21 14:30",
        "HMD Careers <hmdcorp@myworkday.com>",
        "Update on your application",
        A("rejection", HMD, HMDR, 7, "workday", "en"),
        text="""Dear Óscar,

Thank you for applying for the Software Engineer II – Backend (Java) position (R-0048127). We
appreciate the time you invested in your application.

We have reviewed your qualifications carefully and have decided to pursue other candidates
whose experience more closely aligns with the requirements of this position.

We encourage you to continue to explore opportunities with Halvorsen at
https://hmdcorp.wd5.myworkdayjobs.com/HMD_Careers and to join our Talent Community.

Kind regards,
Talent Acquisition
Halvorsen Medical Devices""",
    ),
    # --- 8 TCO (Telecomunicaciones de Occidente), via Computrabajo; frozen ---------------------
    m(
        "q8a",
        "2025-09-18 20:22",
        "Computrabajo <no-reply@computrabajo.com>",
        "Has aplicado a la oferta: Desarrollador Backend Node.js",
        A("confirmation", TCO, TCOR, 8, "other"),
        html="""<html><body style="font-family:Arial;color:#333">
<p><img src="https://mx.computrabajo.com/img/logo.svg" alt="Computrabajo" width="140"></p>
<p>Hola Óscar,</p>
<p>Tu postulación a la oferta <b>Desarrollador Backend Node.js</b> de
<b>Telecomunicaciones de Occidente SAPI de CV</b> (Guadalajara, Jalisco) se ha enviado
correctamente.</p>
<p>Consejo: las empresas revisan primero los CV completos. Completa tu hoja de vida al 100%.</p>
<p><a href="https://mx.computrabajo.com/candidato/postulaciones">Seguir mis postulaciones</a></p>
<p style="font-size:11px;color:#999">Computrabajo México. Para dejar de recibir estos correos
modifica tus preferencias de notificación.</p>
</body></html>""",
    ),
    m(
        "q8b",
        "2025-09-25 10:03",
        "Reclutamiento TCO <reclutamiento@tco.example>",
        "TCO - Prueba técnica Backend",
        A("assessment", TCO, TCOR, 8, "direct"),
        text="""Buen día Óscar,

Gracias por tu interés en TCO. Como parte del proceso para la vacante de Desarrollador Backend
Node.js te compartimos la prueba técnica:

https://github.com/tco-dev/prueba-backend-2025 (repositorio privado, ya te mandamos invitación
a tu usuario de GitHub)

Se trata de una API REST para administrar órdenes de instalación de fibra, con Node.js y
PostgreSQL. Tienes 4 días naturales para entregarla (lunes 29 de septiembre, 11:59 pm). Valoramos
pruebas unitarias, manejo de errores y un README claro.

Saludos,

Daniela Ochoa
Capital Humano | TCO
Telecomunicaciones de Occidente, S.A.P.I. de C.V.
Av. López Mateos Sur 2375, Guadalajara, Jal.

Este mensaje y sus anexos son confidenciales y para uso exclusivo del destinatario.""",
    ),
    m(
        "q8c",
        "2025-10-02 17:45",
        "Daniela Ochoa <daniela.ochoa@tco.example>",
        "RE: TCO - Prueba técnica Backend",
        A("interview", TCO, TCOR, 8, "direct"),
        text="""Hola Óscar, ¡el equipo revisó tu prueba y le fue muy bien!

Queremos invitarte a una entrevista con el líder técnico, Hugo Navarro, el lunes 6 de octubre a
las 17:00 h por Teams. En un rato te llega la liga.

Saludos,
Daniela

________________________________
De: Óscar Iñiguez Barajas <oscar.iniguez.barajas@gmail.com>
Enviado: domingo, 28 de septiembre de 2025 23:12
Para: Reclutamiento TCO <reclutamiento@tco.example>
Asunto: Re: TCO - Prueba técnica Backend

Hola Daniela, ya quedó entregada la prueba en el repo (rama main). Cualquier cosa quedo atento.
Óscar""",
    ),
    m(
        "q8d",
        "2025-10-27 12:30",
        "Daniela Ochoa <daniela.ochoa@tco.example>",
        "Vacante Desarrollador Backend",
        A("confirmation", TCO, TCOR, 8, "direct"),
        st="on_hold",
        text="""Hola Óscar, buen día.

Te escribo para darte transparencia sobre el proceso: la dirección decidió congelar
temporalmente la contratación de esta vacante mientras se cierra el presupuesto 2026. No es un
tema de tu perfil; Hugo quedó muy contento con la entrevista.

En cuanto se libere la posición (posiblemente en febrero) te contactamos para retomar el proceso
desde donde nos quedamos, sin repetir la prueba.

Gracias por tu paciencia.

Daniela Ochoa
Capital Humano | TCO""",
    ),
    # --- 9 Orbis Telemetry: recruiter's InMail first, then Greenhouse -------------------------
    mu(
        "q9o",
        "2025-09-19 15:52",
        "Megan Tully via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Backend role at Orbis Telemetry (remote from Mexico)",
        J("outreach", "linkedin", OT, OTR, "en"),
        text="""Hi Óscar,

I'm recruiting for Orbis Telemetry - we build fleet telematics (think: 250k connected trucks
streaming GPS and engine data). We're growing our data ingestion team and hiring our first
engineers in Mexico through our EOR partner.

Your Python + Go background and the IoT work at your current company caught my eye. The role is
Backend Engineer, Data Ingestion: Python/Go services, Kinesis, Timescale. Comp is competitive
in USD.

Would you be open to applying? Here's the posting:
https://job-boards.greenhouse.io/orbistelemetry/jobs/5529104004

Cheers,
Megan Tully
Technical Recruiter, Orbis Telemetry

Reply  |  Not interested
This message was sent to Óscar Iñiguez Barajas. © 2025 LinkedIn Corporation""",
    ),
    mu(
        "q9a",
        "2025-09-22 04:09",
        "Orbis Telemetry <no-reply@greenhouse.io>",
        "Thanks for applying to Orbis Telemetry!",
        A("confirmation", OT, OTR, 9, "greenhouse", "en"),
        text="""Hi Óscar,

Thanks for applying to Orbis Telemetry. Your application for Backend Engineer, Data Ingestion
has been received. We review every application and will be in touch if there's a fit.

Orbis Telemetry Recruiting Team

--
Powered by Greenhouse""",
    ),
    mp(
        "q9b",
        "2025-09-26 10:14",
        "Megan Tully <megan.tully@orbistelemetry.example>",
        "Invitation: Orbis Telemetry <> Óscar Iñiguez Barajas @ Wed Oct 1, 2025 10am - 10:30am (CST)",
        A("interview", OT, OTR, 9, "direct", "en"),
        text="""Megan Tully has invited you to an event.

Orbis Telemetry <> Óscar Iñiguez Barajas
Wednesday Oct 1, 2025 ⋅ 10am – 10:30am (Central Standard Time - Mexico City)
Google Meet joining info: meet.google.com/rpx-hbvk-omt

Intro call for Backend Engineer, Data Ingestion. Glad you applied!

Reply for oscar.iniguez.barajas@gmail.com: Yes / No / Maybe / More options
Invitation from Google Calendar""",
        ics=ics(
            "3f9k2r8uvhq1d0tjc7s5nlm6a1@google.com",
            "2025-10-01 10:00",
            "Orbis Telemetry <> Óscar Iñiguez Barajas",
            ("Megan Tully", "megan.tully@orbistelemetry.example"),
            minutes=30,
            location="https://meet.google.com/rpx-hbvk-omt",
            description="Intro call for Backend Engineer, Data Ingestion. Glad you applied!",
        ),
    ),
    mu(
        "q9c",
        "2025-10-15 21:37",
        "Orbis Telemetry <no-reply@greenhouse.io>",
        "Your application with Orbis Telemetry",
        A("rejection", OT, OTR, 9, "greenhouse", "en"),
        text="""Hi Óscar,

Thank you for taking the time to speak with Megan and for your interest in Orbis Telemetry.

We've been fortunate to have a strong pool of candidates for the Backend Engineer, Data
Ingestion position. After a lot of deliberation, we have decided not to move forward with your
application at this time. Our hiring in Mexico has also been scaled back for the rest of the
year, which meant fewer openings than we originally planned.

We'll keep your information on file and may reach out if a suitable role opens in 2026.

All the best,
Orbis Telemetry Recruiting Team""",
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 134, job mail part one, February and March 2026 (data only): see heldout134.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, ``ics()``,
``reply()`` and the employer / role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Madrid's offset on ``day`` (CEST from the last Sunday of March 2026)."""
    return "+0200" if "2026-03-29" <= day < "2026-10-25" else "+0100"


m = partial(dated_spec, tz)


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
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" plus offset from :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def reply(*ids: str) -> dict[str, str]:
    """Threading headers of a reply to the messages ``ids`` (oldest first)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ME_ADDR = "lferrandez.ortega@gmail.com"
WORK = "Lucía Ferrández Ortega <lferrandez@talleresgredos.example>"

NV, NV1, NV2 = (
    "Norvance Pharmaceuticals",
    "Senior Financial Controller",
    "Finance Business Partner – Commercial Iberia",
)
QV, QVR = "Quantiva", "Financial Controller, Iberia"
KA, KAR = "Kampo", "Responsable de Contabilidad"
LU, LUR = "Lúmina Hogar", "Controller Financiero/a"
EN, ENR = "Enerxa Renovables", "Analista Senior de Consolidación"
TA, TAR = "Tally", "Senior Accountant"
FW, FWR = "Laboratorios Fenwick", "Contable Senior (interim)"
PA, PAR = "Distribuciones Eléctricas Pardo", "Contable Senior"
KU, KUR = "Kuve", "Accounting Lead"
AMV, AMVR = "AMV Auditores", "Supervisor/a de Auditoría"
INS, INSR = "INSUMA", "Técnico/a Superior de Control Financiero"
KR, KRR = "Kessler Rowe", "Manager de Auditoría – Industria"
TR, TRR = "TRAMESA", "Controller de Planta"
AL, ALR = "Grupo Albaida", "Financial Controller Corporativo"
CB, CBR = "Cobrix", "Financial Controller"
MT, MTR = "Muebles Tajuña", "Responsable Administrativo-Financiero"
LL, LLR = "Llavero", "Finance Manager"
HO, HOR = "Hostelia Hotels", "Financial Controller"
BR, BRR = "Bravia Logistics", "Contable Senior"
DI, DIR = "Grupo Dental Ibérica", "Responsable Contable"

INFOJOBS = "InfoJobs <noreply@infojobs.net>"
LINKEDIN_JOBS = "LinkedIn <jobs-noreply@linkedin.com>"
INDEED_APPLY = "Indeed <indeedapply@indeed.com>"
WD_NV = "Norvance Pharmaceuticals <nvpharma@myworkday.com>"
SV = "Íñigo Serrano Lapuerta <iserrano@serranovidal.example>"
NEXO = "Cristina Alfaro | Nexo Finance <cristina.alfaro@nexofinance.example>"


# --- February ----------------------------------------------------------------------------------

wd_account = m(
    "k7a1",
    "2026-02-03 21:02",
    WD_NV,
    "Your Norvance candidate account",
    J("other_job", "workday", NV, None, "en"),
    "Hi Lucía,\n\n"
    "Your candidate account for the Norvance Pharmaceuticals career site has been created.\n\n"
    "User name: lferrandez.ortega@gmail.com\n\n"
    "You can use this account to check the status of your applications and keep your profile up to date:\n"
    "https://wd3.myworkday.com/nvpharma/d/home.htmld\n\n"
    "If you did not create this account, please ignore this email.\n\n"
    "Norvance Pharmaceuticals\n"
    "This is an automatically generated message. Please do not reply.",
)

nv1_conf = m(
    "k7a2",
    "2026-02-03 21:19",
    WD_NV,
    "Thank you for applying – Senior Financial Controller (R-0048213)",
    A("confirmation", NV, NV1, 1, "workday", "en"),
    "Dear Lucía,\n\n"
    "Thank you for your interest in Norvance Pharmaceuticals. We have received your application for "
    "the position of Senior Financial Controller (R-0048213) in Madrid, Spain.\n\n"
    "Our Talent Acquisition team will review your background against the requirements of the role. "
    "If your profile matches, a member of the team will contact you to discuss next steps. Due to the "
    "high number of applications we receive, this may take a few weeks.\n\n"
    "You can follow the status of your application at any time in your candidate home:\n"
    "https://wd3.myworkday.com/nvpharma/d/home.htmld\n\n"
    "Kind regards,\n"
    "Norvance Talent Acquisition\n\n"
    "Norvance Pharmaceuticals is an equal opportunity employer. Please do not reply to this email; "
    "this mailbox is not monitored.",
    '<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
    '<img src="https://wd3.myworkday.com/nvpharma/assets/logo-norvance.png" alt="Norvance" width="140"><br><br>'
    "<p>Dear Lucía,</p>"
    "<p>Thank you for your interest in Norvance Pharmaceuticals. We have received your application for the "
    "position of <b>Senior Financial Controller (R-0048213)</b> in Madrid, Spain.</p>"
    "<p>Our Talent Acquisition team will review your background against the requirements of the role. If your "
    "profile matches, a member of the team will contact you to discuss next steps. Due to the high number of "
    "applications we receive, this may take a few weeks.</p>"
    '<p>You can follow the status of your application at any time in your <a href="https://wd3.myworkday.com/nvpharma/d/home.htmld">candidate home</a>.</p>'
    "<p>Kind regards,<br>Norvance Talent Acquisition</p>"
    '<p style="font-size:11px;color:#777">Norvance Pharmaceuticals is an equal opportunity employer. '
    "Please do not reply to this email; this mailbox is not monitored.</p></body></html>",
)

amv_invite = m(
    "k7d8",
    "2026-03-18 10:55",
    "Pilar Heras <pheras@amvauditores.example>",
    "Proceso Supervisor/a de Auditoría – entrevista",
    A("interview", AMV, AMVR, 11, "direct"),
    "Estimada Lucía:\n\n"
    "Hemos recibido su candidatura a través de LinkedIn para la posición de Supervisor/a de Auditoría. D. "
    "Tomás Villalba, socio responsable del área de Industria, desearía mantener una entrevista con usted.\n\n"
    "Le propongo el martes 24 de marzo a las 18:00 h en nuestras oficinas de la calle Orense 34, 6.ª planta. "
    "Le ruego me confirme su asistencia.\n\n"
    "Atentamente,\n\n"
    "Pilar Heras\nAdministración y RR. HH.\n"
    "Arroyo, Mendizábal y Villalba Auditores, S.L.P.\nC/ Orense 34, 6.ª · 28020 Madrid · Tel. 91 555 20 13",
)

MAIL: list[dict[str, Any]] = [
    m(
        "k7a0",
        "2026-02-02 07:31",
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "“financial controller”: 14 empleos nuevos en Comunidad de Madrid",
        J("alert", "linkedin"),
        "Tus alertas de empleo\n\n"
        "financial controller\nComunidad de Madrid, España\n14 empleos nuevos coinciden con tus preferencias.\n\n"
        "Senior Financial Controller\nNorvance Pharmaceuticals · Madrid (Híbrido)\nPromocionado · Solicitud sencilla no disponible\n"
        "https://www.linkedin.com/comm/jobs/view/4102233871/?trackingId=Zq9%2Fv1\n\n"
        "Financial Controller\nHostelia Hotels · Madrid\nHace 3 días\n"
        "https://www.linkedin.com/comm/jobs/view/4101187420/?trackingId=Zq9%2Fv2\n\n"
        "Controller Financiero (m/f/d)\nUna empresa de selección · Alcobendas\nSé de los primeros 25 solicitantes\n"
        "https://www.linkedin.com/comm/jobs/view/4103340012/?trackingId=Zq9%2Fv3\n\n"
        "Ver todos los empleos: https://www.linkedin.com/comm/jobs/search/?savedSearchId=17722019\n\n"
        "Has recibido este correo porque tienes activadas las alertas de empleo.\n"
        "Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali\n"
        "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.",
        headers={
            "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali>"
        },
    ),
    wd_account,
    nv1_conf,
    m(
        "k7a3",
        "2026-02-04 09:12",
        "Quantiva Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Quantiva!",
        A("confirmation", QV, QVR, 2, "greenhouse", "en"),
        "Hi Lucía,\n\n"
        "Thanks for your interest in Quantiva! We've received your application for Financial Controller, Iberia "
        "and our team is looking forward to learning more about you.\n\n"
        "We review every application by hand, so it can take us a little while to get back to you. In the "
        "meantime, feel free to check out our blog (https://quantiva.example/blog) to see what we've been up to.\n\n"
        "Best,\nThe Quantiva Talent Team\n\n"
        "---\nQuantiva Financial Technologies, S.L. · Paseo de la Castellana 77, 28046 Madrid\n"
        "Your data will be processed in accordance with our Candidate Privacy Notice: "
        "https://boards.greenhouse.io/quantivafinance/privacy",
        reply_to="talent@quantiva.example",
    ),
    m(
        "k7a4",
        "2026-02-05 13:47",
        INFOJOBS,
        "Te has inscrito en la oferta Responsable de Contabilidad",
        A("confirmation", KA, KAR, 3, "other"),
        None,
        '<html><body style="margin:0;background:#f3f5f7"><table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
        '<tr><td style="padding:24px"><img src="https://media.infojobs.net/appgrade/logo_ij.png" alt="InfoJobs" width="110"></td></tr>'
        '<tr><td style="padding:0 24px"><h2 style="color:#167db7">¡Inscripción realizada!</h2>'
        "<p>Hola Lucía,</p><p>Te has inscrito correctamente en la oferta:</p>"
        '<p style="font-size:17px"><b>Responsable de Contabilidad</b><br>KAMPO DISTRIBUCIÓN AGROALIMENTARIA<br>'
        '<span style="color:#666">Madrid · Contrato indefinido · Jornada completa</span></p>'
        "<p>La empresa ya tiene tu CV. Te avisaremos cuando lo lea o cuando cambie el estado de tu candidatura.</p>"
        '<p><a href="https://click.infojobs.net/ls/click?upn=u001.Kp3Hf7-2FqsJ0TrZ" style="background:#ff6340;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Ver mis candidaturas</a></p>'
        '<p style="color:#666;font-size:13px">Consejo: las empresas valoran los perfiles completos. Añade tus idiomas y conocimientos de SAP.</p></td></tr>'
        '<tr><td style="padding:24px;font-size:11px;color:#999">InfoJobs · Adevinta Spain, S.L.U. · Tánger 98, 08018 Barcelona. '
        '<a href="https://www.infojobs.net/candidate/settings/notifications">Gestionar notificaciones</a></td></tr></table></body></html>',
    ),
    m(
        "k7a5",
        "2026-02-06 08:05",
        "InfoJobs Alertas <alertas@infojobs.net>",
        "8 ofertas nuevas de «controller financiero» en Madrid",
        J("alert", "other"),
        "Hola Lucía, estas son las ofertas nuevas de tu alerta «controller financiero» (Madrid):\n\n"
        "· Controller Financiero – Grupo empresarial sector retail – Madrid – 45.000 € - 55.000 € bruto/año\n"
        "· Financial Controller – Empresa sector farmacéutico – Alcobendas – Salario no disponible\n"
        "· Controller de Planta – TRANSFORMADOS METALICOS DEL HENARES SA – Alcalá de Henares\n"
        "· Contable Senior – DISTRIBUCIONES ELECTRICAS PARDO SL – Getafe – 32.000 € - 36.000 € bruto/año\n"
        "· Responsable Administración y Finanzas – Empresa sector mueble – Arganda del Rey\n"
        "· ... y 3 ofertas más\n\n"
        "Ver todas: https://www.infojobs.net/ofertas-trabajo/madrid/controller-financiero?alerta=9931827\n\n"
        "No quiero recibir más esta alerta: https://www.infojobs.net/candidate/alerts/unsubscribe?id=9931827",
        headers={
            "List-Unsubscribe": "<https://www.infojobs.net/candidate/alerts/unsubscribe?id=9931827>"
        },
    ),
    m(
        "k7a6",
        "2026-02-09 10:40",
        INFOJOBS,
        "La empresa ha leído tu CV",
        A("viewed", KA, KAR, 3, "other"),
        "Hola Lucía:\n\n"
        "Buenas noticias: KAMPO DISTRIBUCIÓN AGROALIMENTARIA ha leído tu CV para la oferta «Responsable de "
        "Contabilidad».\n\n"
        "Estado de tu candidatura: CV leído\n\n"
        "Sigue el proceso desde «Mis candidaturas»: https://www.infojobs.net/candidate/applications/list.xhtml\n\n"
        "Mucha suerte,\nEl equipo de InfoJobs",
    ),
    m(
        "k7a7",
        "2026-02-09 18:26",
        "Kessler Rowe Careers <careers@kesslerrowe.example>",
        "Bienvenida a la Comunidad de Talento de Kessler Rowe",
        J("alert", "other", KR),
        None,
        '<html><body style="font-family:Georgia,serif;color:#1d2b3a">'
        '<div style="background:#0b2545;padding:18px"><img src="https://careers.kesslerrowe.example/img/kr-white.png" alt="KR | Kessler Rowe" height="36"></div>'
        "<p>Hola, Lucía:</p>"
        "<p>Gracias por unirte a nuestra Comunidad de Talento. A partir de ahora recibirás novedades sobre "
        "oportunidades en Auditoría, Asesoramiento Financiero y Consultoría en nuestras oficinas de Madrid, "
        "Barcelona, Bilbao y Valencia que encajen con tus intereses: <i>Auditoría · Industria · Experienced hire</i>.</p>"
        '<p>¿Ya has visto una vacante que te interesa? <a href="https://careers.kesslerrowe.example/es/experienced?utm_source=tc&utm_medium=email">Consulta las posiciones abiertas</a>.</p>'
        "<p>Un saludo,<br>Talent Acquisition España</p>"
        '<p style="font-size:11px;color:#888">Kessler Rowe Auditores, S.L.P. — Torre Picasso, Plaza Pablo Ruiz Picasso 1, 28020 Madrid. '
        "Inscrita en el ROAC con el n.º S0742. "
        '<a href="https://careers.kesslerrowe.example/es/talent-community/leave">Darme de baja</a></p></body></html>',
    ),
    m(
        "k7a8",
        "2026-02-10 08:58",
        WORK,
        "RV: Confirmación de tu candidatura",
        A("confirmation", LU, LUR, 4, "other"),
        "me lo reenvío al personal, que este se lo lleva el filtro\n\n"
        "________________________________\n"
        "De: Empleo Grupo Vértice <noreply@successfactors.eu>\n"
        "Enviado: lunes, 9 de febrero de 2026 22:14\n"
        "Para: Lucía Ferrández Ortega <lferrandez@talleresgredos.example>\n"
        "Asunto: Confirmación de tu candidatura\n\n"
        "Hola Lucía,\n\n"
        "Gracias por tu interés en formar parte de Lúmina Hogar, una marca de Grupo Vértice Retail.\n\n"
        "Hemos recibido correctamente tu candidatura para la posición:\n"
        "Controller Financiero/a – Oficinas centrales (Madrid)\n"
        "Referencia: 14872BR\n\n"
        "Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en "
        "contacto contigo. Puedes consultar el estado de tus candidaturas en "
        "https://career5.successfactors.eu/career?company=grupovertic&lang=es_ES\n\n"
        "Un saludo,\n"
        "Equipo de Talento\n"
        "Grupo Vértice Retail\n"
        "Lúmina Hogar · Nube Kids · Vértice Outlet\n\n"
        "Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.\n\n"
        "________________________________\n"
        "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, "
        "pudiendo contener información confidencial sometida a secreto profesional. Talleres Gredos, S.A.",
        envelope="lferrandez@talleresgredos.example",
    ),
    m(
        "k7a9",
        "2026-02-11 19:03",
        "Enerxa Talento <talento-enerxa@csod.com>",
        "Código de verificación de tu cuenta",
        J("other_job", "other", EN),
        "Tu código de verificación para el Portal de Empleo de Enerxa es: 480 117\n\n"
        "El código caduca en 15 minutos. Si no has solicitado este código, ignora este mensaje.\n\n"
        "Enerxa Renovables — Portal de Empleo\nhttps://enerxagroup.csod.com/ux/ats/careersite/4/home",
    ),
    m(
        "k7b0",
        "2026-02-11 22:31",
        "Enerxa Talento <talento-enerxa@csod.com>",
        "¿Terminamos tu solicitud?",
        J("alert", "other", EN, ENR),
        None,
        '<html><body style="font-family:Verdana,sans-serif;font-size:13px">'
        '<img src="https://enerxagroup.csod.com/clientimg/enerxagroup/logo/enerxa_logo.png" alt="ENERXA" height="32">'
        "<p>Hola Lucía,</p>"
        "<p>Hemos visto que empezaste una solicitud para <b>Analista Senior de Consolidación</b> (Req. 2026-0193, "
        "Madrid – Campo de las Naciones) pero todavía no la has enviado.</p>"
        "<p>Solo te quedan un par de pasos. Tu progreso está guardado:</p>"
        '<p><a href="https://enerxagroup.csod.com/ux/ats/careersite/4/home/requisition/193?c=enerxagroup&resume=1">Continuar con mi solicitud</a></p>'
        "<p>La oferta estará publicada hasta el 27 de febrero.</p>"
        "<p>Equipo de Talento · Enerxa Renovables</p>"
        '<p style="color:#999;font-size:10px">Powered by Cornerstone</p></body></html>',
    ),
    m(
        "k7b1",
        "2026-02-12 07:55",
        "Enerxa Talento <talento-enerxa@csod.com>",
        "Enerxa Renovables – Solicitud recibida",
        A("confirmation", EN, ENR, 5, "other"),
        "Estimada Lucía Ferrández Ortega:\n\n"
        "Le confirmamos la recepción de su solicitud para el puesto Analista Senior de Consolidación "
        "(Req. 2026-0193).\n\n"
        "Revisaremos su candidatura con atención. En caso de que su perfil se ajuste a los requisitos del "
        "puesto, nos pondremos en contacto con usted para informarle de los siguientes pasos del proceso.\n\n"
        "Le agradecemos el interés mostrado en formar parte de Enerxa.\n\n"
        "Atentamente,\n"
        "Dirección de Personas y Cultura\n"
        "ENERXA RENOVABLES, S.A.\n\n"
        "Responsable del tratamiento: Enerxa Renovables, S.A. Finalidad: gestión de procesos de selección. "
        "Puede ejercer sus derechos en privacidad@enerxa.example.",
    ),
    m(
        "k7b2",
        "2026-02-13 12:18",
        "Marta Gil Sancho <mgil@kampodistribucion.example>",
        "Entrevista",
        A("interview", KA, KAR, 3, "direct"),
        "Buenos días Lucía,\n\n"
        "Te escribo en relación a tu candidatura para el puesto de Responsable de Contabilidad que publicamos en "
        "InfoJobs. Nos ha gustado tu perfil y nos gustaría conocerte.\n\n"
        "¿Te vendría bien el jueves 19 a las 10:00 en nuestras oficinas? Estamos en Mercamadrid, Nave E-14 "
        "(Ctra. Villaverde a Vallecas, km 3,8). Hay parking para visitas en la puerta.\n\n"
        "La entrevista será con Fernando (director financiero) y conmigo, calcula una hora más o menos.\n\n"
        "Si no te cuadra dime otra franja y lo vemos.\n\n"
        "Un saludo,\n\n"
        "Marta Gil Sancho\n"
        "Departamento de Personas\n"
        "T. 91 785 22 40 · Ext. 214\n\n"
        "KAMPO DISTRIBUCIÓN AGROALIMENTARIA, S.L. · CIF B-86412207\n"
        "Antes de imprimir este correo, piensa si es necesario. Este mensaje es confidencial; si lo has recibido "
        "por error, bórralo y comunícalo al remitente.",
    ),
    m(
        "k7b3",
        "2026-02-16 16:44",
        WD_NV,
        "Thank you for applying – Finance Business Partner – Commercial Iberia (R-0048377)",
        A("confirmation", NV, NV2, 6, "workday", "en"),
        "Dear Lucía,\n\n"
        "Thank you for your interest in Norvance Pharmaceuticals. We have received your application for the "
        "position of Finance Business Partner – Commercial Iberia (R-0048377) in Madrid, Spain.\n\n"
        "Our Talent Acquisition team will review your background against the requirements of the role. If your "
        "profile matches, a member of the team will contact you to discuss next steps. Due to the high number of "
        "applications we receive, this may take a few weeks.\n\n"
        "You can follow the status of your application at any time in your candidate home:\n"
        "https://wd3.myworkday.com/nvpharma/d/home.htmld\n\n"
        "Kind regards,\nNorvance Talent Acquisition\n\n"
        "Norvance Pharmaceuticals is an equal opportunity employer. Please do not reply to this email; this "
        "mailbox is not monitored.",
    ),
    m(
        "k7b4",
        "2026-02-17 11:09",
        NEXO,
        "Posición interim contabilidad – multinacional farma (Alcobendas)",
        J("outreach", "agency", None, FWR),
        "Hola Lucía,\n\n"
        "Soy Cristina Alfaro, consultora senior en Nexo Finance, la división de Finanzas y Contabilidad de "
        "Nexo Talent. He visto tu perfil en LinkedIn y creo que podría encajarte una posición que estoy "
        "gestionando ahora mismo:\n\n"
        "- Contable Senior en modalidad interim (6 meses, con posibilidad de incorporación)\n"
        "- Cliente: multinacional del sector farmacéutico con sede en Alcobendas\n"
        "- Cierres mensuales, conciliaciones intercompañía y reporting a matriz (US GAAP) en SAP S/4HANA\n"
        "- Retribución: 48.000-52.000 € anualizados, híbrido 3+2\n"
        "- Incorporación: inmediata / 15 días\n\n"
        "Entiendo que ahora mismo estás trabajando, pero si te apetece que lo comentemos sin compromiso, "
        "dime cuándo te viene bien una llamada de 15 minutos.\n\n"
        "Un saludo,\n\n"
        "Cristina Alfaro\nSenior Consultant · Finance & Accounting\n"
        "Nexo Finance · Paseo de la Castellana 141, planta 8 · 28046 Madrid\n"
        "+34 611 40 28 93 · www.nexofinance.example\n\n"
        "Nexo Talent Solutions, S.L. — Agencia de colocación autorizada n.º 9900000412.",
    ),
    m(
        "k7b5",
        "2026-02-19 14:22",
        "Tally Hiring <no-reply@ashbyhq.com>",
        "Thanks for applying to Tally!",
        A("confirmation", TA, TAR, 7, "ashby", "en"),
        "Hi Lucía,\n\n"
        "Thank you for applying for the Senior Accountant role at Tally! We're excited that you're interested "
        "in helping us build the finance function behind Europe's friendliest business account.\n\n"
        "What happens next? Someone from our team will review your application within the next two weeks. "
        "Whatever the outcome, you'll hear back from us.\n\n"
        "In the meantime, you can read about how we work here: https://tallyo.example/handbook\n\n"
        "Cheers,\nThe Tally team\n\n"
        "You received this email because you applied at jobs.ashbyhq.com/tallyo.",
    ),
    m(
        "k7b6",
        "2026-02-20 17:35",
        NEXO,
        "RE: Posición interim contabilidad – multinacional farma (Alcobendas)",
        A("confirmation", FW, FWR, 8, "agency"),
        "Hola Lucía,\n\n"
        "Gracias por la llamada de esta mañana, me quedo con muy buena impresión. Como te comentaba, el cliente "
        "es Laboratorios Fenwick (la filial española de Fenwick Health); te acabo de presentar a la Financial "
        "Controller, Beatriz Ordóñez, con tu CV y mis notas.\n\n"
        "En cuanto me den feedback te digo algo. Normalmente son rápidos, así que calculo que la semana que viene "
        "tendríamos entrevista.\n\n"
        "Un abrazo,\nCristina\n\n"
        "Cristina Alfaro\nSenior Consultant · Finance & Accounting\nNexo Finance\n\n"
        "-----Mensaje original-----\n"
        "De: Lucía Ferrández Ortega <lferrandez.ortega@gmail.com>\n"
        "Enviado el: martes, 17 de febrero de 2026 21:40\n"
        "Asunto: Re: Posición interim contabilidad – multinacional farma (Alcobendas)\n\n"
        "Hola Cristina, gracias por escribirme. Me interesa, ¿podemos hablar el viernes a primera hora? "
        "Te dejo mi móvil: 622 31 80 47.\nLucía",
        **reply("<CAJx9Lf1p0Q2s@mail.gmail.com>"),
    ),
    m(
        "k7b7",
        "2026-02-23 07:12",
        "Indeed <alert@indeed.com>",
        "Contable senior: 23 empleos nuevos en Madrid, Madrid provincia",
        J("alert", "indeed"),
        None,
        '<html><body style="font-family:Arial,sans-serif">'
        "<p><b>23 empleos nuevos</b> de <b>contable senior</b> en Madrid, Madrid provincia</p>"
        '<table cellpadding="6">'
        '<tr><td><a href="https://es.indeed.com/rc/clk?jk=7b1f0c2a9d4e&from=ja&tk=1hq">Contable Senior</a><br>Bravia Logistics · Coslada<br>30.000 € - 35.000 € al año · <span style="color:#085">Solicitud fácil</span></td></tr>'
        '<tr><td><a href="https://es.indeed.com/rc/clk?jk=c3d88e10f2aa&from=ja&tk=1hq">Responsable Contable</a><br>Grupo Dental Ibérica · Madrid<br>Responde normalmente en 3 días</td></tr>'
        '<tr><td><a href="https://es.indeed.com/rc/clk?jk=92ab71c0d3e5&from=ja&tk=1hq">Controller de Planta</a><br>Transformados Metálicos del Henares · Alcalá de Henares</td></tr>'
        "</table>"
        '<p><a href="https://es.indeed.com/jobs?q=contable+senior&l=Madrid&from=ja">Ver los 23 empleos</a></p>'
        '<p style="font-size:11px;color:#767676">Has recibido este mensaje porque te suscribiste a alertas de empleo en Indeed. '
        '<a href="https://es.indeed.com/alert/unsubscribe?id=5a0e">Darse de baja</a> · Indeed Ireland Operations Ltd.</p></body></html>',
        headers={"List-Unsubscribe": "<https://es.indeed.com/alert/unsubscribe?id=5a0e>"},
    ),
    m(
        "k7b8",
        "2026-02-24 19:48",
        INFOJOBS,
        "Te has inscrito en la oferta Contable Senior",
        A("confirmation", PA, PAR, 9, "other"),
        "¡Inscripción realizada!\n\n"
        "Hola Lucía,\n"
        "Te has inscrito correctamente en la oferta Contable Senior de DISTRIBUCIONES ELECTRICAS PARDO SL "
        "(Getafe).\n\n"
        "La empresa ya tiene tu CV. Te avisaremos cuando lo lea o cuando cambie el estado de tu candidatura.\n\n"
        "Ver mis candidaturas: https://click.infojobs.net/ls/click?upn=u001.Qm8-2FxZr71\n\n"
        "InfoJobs · Adevinta Spain, S.L.U.",
    ),
    m(
        "k7b9",
        "2026-02-24 20:30",
        "Norvance Pharmaceuticals via HireVue <noreply@hirevue.com>",
        "Norvance Pharmaceuticals – next step for Finance Business Partner – Commercial Iberia",
        A("assessment", NV, NV2, 6, "hirevue", "en"),
        None,
        '<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">'
        '<img src="https://cdn.hirevue.com/company/nvpharma/logo.png" alt="Norvance Pharmaceuticals" height="40">'
        "<p>Hi Lucía,</p>"
        "<p>Thank you for your application for <b>Finance Business Partner – Commercial Iberia</b>. We would like to "
        "invite you to the next step of our process: an on-demand video interview.</p>"
        "<p>You will be asked 5 questions and will have up to 3 minutes to answer each one. You can complete the "
        "interview at any time before <b>3 March 2026, 23:59 CET</b>, from a computer or a phone with a camera.</p>"
        '<p style="margin:24px 0"><a href="https://app.hirevue.com/interviews/cand/9QkT2w7ZpV?lang=en" style="background:#00796b;color:#fff;padding:12px 20px;text-decoration:none;border-radius:3px">Start interview</a></p>'
        "<p>Tips: find a quiet, well-lit place and try the practice question first.</p>"
        "<p>Best of luck!<br>Norvance Talent Acquisition</p>"
        '<p style="font-size:11px;color:#999">Need help? Visit <a href="https://candidate.hirevue.com">candidate.hirevue.com</a>. '
        "HireVue, Inc. processes your data on behalf of Norvance Pharmaceuticals.</p></body></html>",
    ),
    m(
        "k7c0",
        "2026-02-25 11:20",
        "Empleo Grupo Vértice <noreply@successfactors.eu>",
        "Actualización de tu candidatura",
        A("rejection", LU, LUR, 4, "other"),
        "Hola Lucía,\n\n"
        "Queremos agradecerte sinceramente el tiempo que has dedicado a tu candidatura para la posición de "
        "Controller Financiero/a en Lúmina Hogar. Hemos recibido un número muy elevado de candidaturas y "
        "tu experiencia nos ha parecido muy interesante.\n\n"
        "Tras analizar detenidamente todos los perfiles, hemos decidido continuar el proceso con otras personas "
        "cuya experiencia se ajusta más a las necesidades actuales de la posición, en particular en el sector "
        "retail.\n\n"
        "Guardaremos tus datos para futuras oportunidades dentro de Grupo Vértice Retail, salvo que nos indiques "
        "lo contrario.\n\n"
        "Te deseamos mucha suerte en tu búsqueda.\n\n"
        "Un saludo,\nEquipo de Talento\nGrupo Vértice Retail\n\n"
        "Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.",
        to="Lucía Ferrández Ortega <lferrandez@talleresgredos.example>",
        cc="Lucía Ferrández Ortega <lferrandez.ortega@gmail.com>",
    ),
    m(
        "k7c1",
        "2026-02-26 09:03",
        NEXO,
        "Entrevista Laboratorios Fenwick – martes 3/03 a las 16:00",
        A("interview", FW, FWR, 8, "agency"),
        "Hola Lucía,\n\n"
        "¡Buenas noticias! A Beatriz le ha encajado mucho tu perfil y quiere verte. Te he mandado la "
        "convocatoria por Outlook:\n\n"
        "Martes 3 de marzo, 16:00 h\n"
        "Laboratorios Fenwick – Av. de Europa 19, Parque Empresarial La Moraleja, Alcobendas (recepción edificio B)\n"
        "Con: Beatriz Ordóñez (Financial Controller) y Raúl Benito (Accounting Manager)\n\n"
        "Llévate el DNI para recepción. Te llamo el lunes para prepararla un poco; sobre todo te van a preguntar "
        "por intercompañía y por el cierre en SAP.\n\n"
        "¡Mucha suerte!\nCristina",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B0C4F3E11AA7DC01000000000000000010000000F2F91",
            "2026-03-03 16:00",
            "Entrevista Lucía Ferrández – Contable Senior interim (Laboratorios Fenwick)",
            ("Cristina Alfaro", "cristina.alfaro@nexofinance.example"),
            style="outlook",
            location="Laboratorios Fenwick, Av. de Europa 19, Alcobendas (edificio B)",
            attendees=[("Beatriz Ordóñez", "bordonez@fenwickhealth.example")],
        ),
    ),
    # --- March ---------------------------------------------------------------------------------
    m(
        "k7c4",
        "2026-03-02 10:15",
        INFOJOBS,
        "Novedades sobre tu candidatura",
        A("rejection", KA, KAR, 3, "other"),
        None,
        '<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">'
        '<img src="https://media.infojobs.net/appgrade/logo_ij.png" alt="InfoJobs" width="110">'
        "<p>Hola Lucía,</p>"
        "<p>Te informamos de que el estado de tu candidatura a la oferta <b>Responsable de Contabilidad</b> de "
        "<b>KAMPO DISTRIBUCIÓN AGROALIMENTARIA</b> ha cambiado:</p>"
        '<p style="font-size:16px;color:#b3261e"><b>Descartado/a</b></p>'
        "<p>La empresa ha seguido adelante con otros candidatos. ¡No te desanimes! Hay más de 1.200 ofertas nuevas "
        "de Administración y Finanzas esta semana en Madrid.</p>"
        '<p><a href="https://click.infojobs.net/ls/click?upn=u001.Lx0-2Fofertas-finanzas">Ver ofertas para ti</a></p>'
        '<p style="font-size:11px;color:#999">InfoJobs · Adevinta Spain, S.L.U.</p></body></html>',
    ),
    m(
        "k7c5",
        "2026-03-02 15:41",
        "Kuve <no-reply@ashbyhq.com>",
        "Your application to Kuve",
        A("confirmation", KU, KUR, 10, "ashby", "en"),
        "Hi Lucía,\n\n"
        "Thanks for applying for the Accounting Lead position at Kuve. We've got your application and "
        "someone on the team will take a look soon.\n\n"
        "Kuve is a small team, so we read everything ourselves — please bear with us.\n\n"
        "Kuve Hiring",
    ),
    m(
        "k7c6",
        "2026-03-03 09:37",
        "Tally Hiring <no-reply@ashbyhq.com>",
        "Tally: let's schedule your interview",
        A("interview", TA, TAR, 7, "ashby", "en"),
        "Hi Lucía,\n\n"
        "Great news — we'd love to move forward with your application for Senior Accountant. The first step is "
        "a 45-minute video call with Clara Núñez, our Finance Lead.\n\n"
        "You picked Friday, 6 March 2026, 11:00–11:45 (CET). A calendar invite is attached and the Google Meet "
        "link is below:\n"
        "https://meet.google.com/xpa-hqrt-mvc\n\n"
        "Need to reschedule? Use this link: https://app.ashbyhq.com/interview-scheduling/c7f1e2a0/reschedule\n\n"
        "Talk soon,\nThe Tally team",
        ics=ics(
            "ashby-7f1e2a0c-1@ashbyhq.com",
            "2026-03-06 11:00",
            "Tally <> Lucía Ferrández – Senior Accountant (Finance Lead)",
            ("Tally Hiring", "scheduling@ashbyhq.com"),
            minutes=45,
            location="https://meet.google.com/xpa-hqrt-mvc",
            description="Interview with Clara Núñez, Finance Lead. Join: https://meet.google.com/xpa-hqrt-mvc",
            attendees=[("Clara Núñez", "clara@tallyo.example")],
        ),
    ),
    m(
        "k7c7",
        "2026-03-04 13:02",
        LINKEDIN_JOBS,
        "Lucía, tu solicitud se ha enviado a AMV Auditores",
        A("confirmation", AMV, AMVR, 11, "linkedin"),
        "Tu solicitud se ha enviado a AMV Auditores\n\n"
        "Supervisor/a de Auditoría\nAMV Auditores · Madrid, Comunidad de Madrid, España (Presencial)\n"
        "Solicitud enviada el 4 mar 2026\n\n"
        "Ahora la empresa puede ver tu perfil de LinkedIn y el CV que has adjuntado.\n\n"
        "Consulta el estado de tu solicitud: https://www.linkedin.com/comm/jobs/view/4109921844/?trk=eml-jymbii\n\n"
        "Empleos similares que pueden interesarte:\n"
        "Auditor Senior · Kessler Rowe · Madrid\nSupervisor de auditoría · Una firma de auditoría · Pozuelo de Alarcón\n\n"
        "Este correo se ha enviado a Lucía Ferrández Ortega (Financial Controller | Senior Accountant | ex-auditora)\n"
        "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.",
    ),
    m(
        "k7c8",
        "2026-03-05 08:21",
        "Kuve <no-reply@ashbyhq.com>",
        "Kuve – Accounting Lead",
        A("rejection", KU, KUR, 10, "ashby", "en"),
        "Hi Lucía,\n\n"
        "Thank you for your interest in Kuve and for taking the time to apply.\n\n"
        "We've reviewed your application carefully, and while your experience is impressive, we've decided to "
        "move ahead with candidates whose background in venture-backed SaaS companies more closely matches what "
        "we need right now.\n\n"
        "We really appreciate you considering us and wish you the best in your search.\n\n"
        "Best,\nMartina\nPeople & Talent, Kuve",
    ),
    m(
        "k7c9",
        "2026-03-06 16:52",
        "Lucía Sanz | Norvance <lucia.sanz@norvance.example>",
        "Entrevista – Finance Business Partner Commercial Iberia",
        A("interview", NV, NV2, 6, "direct"),
        "Hola Lucía,\n\n"
        "Encantada de saludarte (¡tocayas!). Soy Lucía Sanz, Talent Acquisition Partner de Norvance en Iberia. "
        "Hemos revisado tu vídeo-entrevista y nos gustaría que tuvieras una primera conversación con la Head of "
        "Commercial Finance Iberia, Elena Morcillo.\n\n"
        "Te he enviado una convocatoria de Teams para el jueves 12 de marzo a las 9:30. Si no te encaja, "
        "respóndeme con dos o tres alternativas y lo movemos.\n\n"
        "La conversación será en español, aunque es posible que Elena te haga alguna pregunta en inglés.\n\n"
        "Un saludo,\n\n"
        "Lucía Sanz\nTalent Acquisition Partner – Iberia\nNorvance Pharmaceuticals, S.A.U.\n"
        "C/ Ribera del Loira 46, 28042 Madrid",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000D2A4B81B3AADDC01000000000000000010000000B7C11",
            "2026-03-12 09:30",
            "Entrevista: Lucía Ferrández – Finance Business Partner Commercial Iberia",
            ("Lucía Sanz", "lucia.sanz@norvance.example"),
            style="outlook",
            location="Microsoft Teams Meeting",
            description="Reunión de Microsoft Teams\nUnirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjU4ZDc4",
            attendees=[("Elena Morcillo", "elena.morcillo@norvance.example")],
        ),
    ),
    m(
        "k7d0",
        "2026-03-09 11:48",
        "Registro Electrónico INSUMA <registro@insuma.example>",
        "Justificante de presentación – Solicitud de participación PS-04/2026",
        A("confirmation", INS, INSR, 12, "direct"),
        "INFRAESTRUCTURAS Y SUELO DE MADRID, S.A., S.M.E. (INSUMA)\n"
        "Registro Electrónico\n\n"
        "JUSTIFICANTE DE PRESENTACIÓN\n\n"
        "Número de registro: E-2026-004187\n"
        "Fecha y hora de presentación: 09/03/2026 11:47:52\n"
        "Interesada: FERRÁNDEZ ORTEGA, LUCÍA — NIF ***4812**\n"
        "Asunto: Solicitud de participación en el proceso selectivo PS-04/2026 para la cobertura de una plaza de "
        "Técnico/a Superior de Control Financiero (Dirección Económico-Financiera), mediante contrato indefinido.\n"
        "Documentación adjunta: Solicitud.pdf (212 KB); CV.pdf (340 KB); Titulación.pdf (1,1 MB); "
        "Méritos.pdf (2,4 MB)\n\n"
        "Este justificante acredita la presentación de la documentación, no su admisión al proceso. La lista "
        "provisional de personas admitidas y excluidas se publicará en el Portal de Transparencia de INSUMA.\n\n"
        "Este correo se ha generado automáticamente. No responda a este mensaje.",
    ),
    m(
        "k7d1",
        "2026-03-09 13:05",
        NEXO,
        "Fenwick – feedback",
        A("rejection", FW, FWR, 8, "agency"),
        "Hola Lucía,\n\n"
        "Te escribo porque ya tengo el feedback de Fenwick y prefiero que te llegue cuanto antes. Les gustaste "
        "mucho, especialmente en la parte técnica y en cómo explicaste el cierre intercompañía, pero finalmente "
        "se han decidido por otra candidata que ya había trabajado con su matriz americana y se podía incorporar "
        "el 16 de marzo.\n\n"
        "Siento que no haya salido esta vez. Te tengo muy presente para otros procesos; te llamo en cuanto tenga "
        "algo que te encaje.\n\n"
        "Un abrazo,\nCristina",
    ),
    m(
        "k7d2",
        "2026-03-10 10:26",
        "Tally Hiring <no-reply@ashbyhq.com>",
        "Next step: a short case study",
        A("assessment", TA, TAR, 7, "ashby", "en"),
        "Hi Lucía,\n\n"
        "Thanks for your time with Clara on Friday — she really enjoyed the conversation!\n\n"
        "As a next step, we'd like to ask you to complete a short case study. It's a simplified month-end close "
        "for a fictional Tally entity: a trial balance, a few bank statements and some open items to reconcile. "
        "It shouldn't take more than 2–3 hours; please don't spend longer.\n\n"
        "Download the materials: https://tallyo.notion.example/case-senior-accountant-2026\n"
        "Please send your answers (Excel is fine) by replying to this email before Tuesday 17 March.\n\n"
        "We'll then go through it together in a 45-minute session with Clara and our CFO, Guillermo.\n\n"
        "Cheers,\nThe Tally team",
        reply_to="hiring+senior-accountant@tallyo.example",
        st="interviewing",
    ),
    m(
        "k7d3",
        "2026-03-11 22:07",
        "Kessler Rowe Talent Acquisition <noreply@successfactors.eu>",
        "Kessler Rowe | Hemos recibido tu candidatura",
        A("confirmation", KR, KRR, 13, "other"),
        None,
        '<html><body style="font-family:Georgia,serif;color:#1d2b3a">'
        '<div style="background:#0b2545;padding:18px"><img src="https://careers.kesslerrowe.example/img/kr-white.png" alt="KR" height="36"></div>'
        "<p>Hola, Lucía:</p>"
        "<p>Gracias por presentar tu candidatura a <b>Manager de Auditoría – Industria</b> (ID 61204) en nuestra oficina "
        "de Madrid.</p>"
        "<p>Nuestro equipo revisará tu perfil y, si encaja, te contactaremos en las próximas semanas. Mientras tanto, "
        'puedes consultar el estado de tu candidatura en <a href="https://career2.successfactors.eu/career?company=kesslerrowP&career_ns=job_application">tu área personal</a>.</p>'
        "<p>Un saludo,<br>Talent Acquisition · KR España</p>"
        '<p style="font-size:11px;color:#888">Kessler Rowe Auditores, S.L.P. — Torre Picasso, 28020 Madrid. Este correo se ha enviado '
        "automáticamente; por favor, no respondas.</p></body></html>",
    ),
    m(
        "k7d4",
        "2026-03-12 18:44",
        SV,
        "Confidencial – Financial Controller, grupo cotizado (alimentación)",
        J("outreach", "agency", None, ALR),
        "Estimada Lucía:\n\n"
        "Mi nombre es Íñigo Serrano y soy socio de Serrano Vidal, firma de búsqueda de directivos especializada en "
        "posiciones financieras. Me pongo en contacto contigo de forma confidencial en relación con un proceso que "
        "estamos llevando a cabo para un grupo español del sector de la alimentación, cotizado en el Mercado "
        "Continuo, con sede corporativa en Madrid y plantas de producción en Murcia, Navarra y Galicia.\n\n"
        "La posición es la de Financial Controller Corporativo, con dependencia directa del Director Financiero y "
        "un equipo de cuatro personas. Entre sus responsabilidades: cierre y consolidación del grupo (NIIF-UE), "
        "reporting a la CNMV y al Consejo, relación con el auditor externo y coordinación de los controllers de "
        "planta.\n\n"
        "Tu trayectoria —auditoría en una firma internacional y después control financiero en industria— encaja "
        "muy bien con lo que busca nuestro cliente. ¿Tendrías 20 minutos esta semana o la próxima para una primera "
        "conversación telefónica?\n\n"
        "Un cordial saludo,\n\n"
        "Íñigo Serrano Lapuerta\nSocio\nSERRANO VIDAL · Executive Search\nC/ Almagro 22, 4.º dcha. · 28010 Madrid\n"
        "+34 91 310 48 26\n\n"
        "La información contenida en este mensaje es confidencial y está dirigida exclusivamente a su destinatario.",
    ),
    m(
        "k7d5",
        "2026-03-13 08:02",
        WD_NV,
        "Your application",
        A("rejection", NV, NV1, 1, "workday", "en"),
        "Dear Lucía,\n\n"
        "Thank you for your interest in the Senior Financial Controller position at Norvance Pharmaceuticals and "
        "for the time you invested in your application.\n\n"
        "After careful consideration, we regret to inform you that we have decided not to move forward with your "
        "application for this position. This decision does not affect any other application you may have with us.\n\n"
        "We encourage you to continue exploring opportunities at https://wd3.myworkday.com/nvpharma and wish you "
        "every success in your career.\n\n"
        "Kind regards,\nNorvance Talent Acquisition",
    ),
    m(
        "k7d6",
        "2026-03-16 12:10",
        "Kessler Rowe Talent Acquisition <noreply@successfactors.eu>",
        "Siguiente paso en tu proceso: prueba online",
        A("assessment", KR, KRR, 13, "other"),
        "Hola, Lucía:\n\n"
        "Nos alegra comunicarte que has pasado a la siguiente fase del proceso de selección para Manager de "
        "Auditoría – Industria (ID 61204).\n\n"
        "El siguiente paso es una prueba online de razonamiento numérico y un caso técnico breve (NIIF 15 y "
        "NIIF 16). Tiempo estimado: 50 minutos. Plazo: hasta el domingo 22 de marzo a las 23:59.\n\n"
        "Acceso: https://career2.successfactors.eu/career?company=kesslerrowP&assessment=a8812f\n\n"
        "Te recomendamos hacerla desde un ordenador, con buena conexión y sin interrupciones.\n\n"
        "Un saludo,\nTalent Acquisition · KR España",
    ),
    m(
        "k7d7",
        "2026-03-17 09:30",
        SV,
        "RE: Confidencial – Financial Controller, grupo cotizado (alimentación)",
        J("outreach", "agency", None, ALR),
        "Lucía, perfecto.\n\n"
        "Te llamo entonces el jueves 19 a las 19:30 al 622 31 80 47. Si prefieres que nos veamos en persona más "
        "adelante, tenemos la oficina en Almagro.\n\n"
        "Un saludo,\nÍñigo\n\n"
        "Enviado desde mi iPhone\n\n"
        "> El 16 mar 2026, a las 22:51, Lucía Ferrández Ortega <lferrandez.ortega@gmail.com> escribió:\n"
        ">\n"
        "> Buenas noches Íñigo, gracias por pensar en mí. Me interesa conocer más detalles. El jueves a partir "
        "de las 19:00 me viene bien.\n"
        "> Un saludo, Lucía",
        **reply("<CAJx9Lf3wqR8t@mail.gmail.com>"),
    ),
    amv_invite,
    m(
        "k7d9",
        "2026-03-19 17:31",
        "Tally Hiring <no-reply@ashbyhq.com>",
        "Following up on your application",
        A("rejection", TA, TAR, 7, "ashby", "en"),
        "Hi Lucía,\n\n"
        "Thank you so much for the effort you put into the case study — the reconciliations were spot on and "
        "Clara especially liked your notes on the accruals.\n\n"
        "This was a really difficult decision, but we've decided to continue with another candidate whose "
        "experience with Spanish and Portuguese e-money entities is closer to what we need for this specific "
        "role.\n\n"
        "We'd love to stay in touch, and we'll reach out if something opens up that fits you better. Thanks again "
        "for your time and for your interest in Tally.\n\n"
        "All the best,\nClara & the Tally team",
    ),
    m(
        "k7e0",
        "2026-03-20 09:14",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Controller de Planta",
        A("confirmation", TR, TRR, 14, "indeed"),
        None,
        '<html><body style="font-family:Arial,sans-serif;color:#2d2d2d">'
        '<img src="https://es.indeed.com/images/indeed-logo.png" alt="Indeed" width="96">'
        "<h2>Solicitud enviada</h2>"
        "<p><b>Controller de Planta</b><br>Transformados Metálicos del Henares<br>Alcalá de Henares, Madrid provincia</p>"
        "<p>Las siguientes partes de tu solicitud se han enviado a la empresa:<br>· CV: Lucia_Ferrandez_CV_2026.pdf<br>"
        "· Información de contacto<br>· Preguntas de la empresa (3)</p>"
        '<p>Consulta el estado de tu solicitud en <a href="https://myjobs.indeed.com/applied?from=ia_email">Mis empleos</a>.</p>'
        '<p style="font-size:11px;color:#767676">Al enviar tu solicitud has aceptado los Términos de Indeed. '
        "Indeed Ireland Operations Ltd., 124 St. Stephen's Green, Dublín 2.</p></body></html>",
    ),
    m(
        "k7e1",
        "2026-03-20 10:02",
        INFOJOBS,
        "Novedades sobre tu candidatura",
        A("rejection", PA, PAR, 9, "other"),
        "Hola Lucía,\n\n"
        "Te informamos de que el estado de tu candidatura a la oferta Contable Senior de DISTRIBUCIONES "
        "ELECTRICAS PARDO SL ha cambiado:\n\n"
        "Descartado/a\n\n"
        "La empresa ha seguido adelante con otros candidatos. ¡No te desanimes! Sigue buscando en "
        "https://www.infojobs.net\n\n"
        "InfoJobs · Adevinta Spain, S.L.U.",
    ),
    m(
        "k7e2",
        "2026-03-23 07:45",
        LINKEDIN_JOBS,
        "Cobrix está contratando: Financial Controller",
        J("alert", "linkedin", CB, CBR),
        "Cobrix está contratando\n\n"
        "Como sigues a Cobrix, queremos que sepas que acaba de publicar un empleo que podría interesarte:\n\n"
        "Financial Controller\nCobrix · Madrid (Híbrido) · 2 días\n"
        "https://www.linkedin.com/comm/jobs/view/4113018820/?trk=eml-company_hiring\n\n"
        "Cancelar suscripción · Ayuda\nLinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.",
    ),
    m(
        "k7e3",
        "2026-03-23 15:20",
        "Sophie Hartley <sophie.hartley@norvance.example>",
        "Finance Business Partner – Commercial Iberia: second round",
        A("interview", NV, NV2, 6, "direct", "en"),
        "Dear Lucía,\n\n"
        "Elena passed on very positive feedback from your conversation, thank you. I lead Commercial Finance for "
        "Southern Europe and would like to invite you to a panel interview with me and Marco Bellandi (Iberia "
        "Commercial Director).\n\n"
        "Please find an invitation attached for Tuesday 31 March, 15:00–16:15 CET, on Teams. We will ask you to "
        "walk us through a short analysis of a brand P&L that Lucía Sanz will send you on Thursday.\n\n"
        "Looking forward to meeting you.\n\n"
        "Best regards,\nSophie\n\n"
        "Sophie Hartley\nHead of Commercial Finance, Southern Europe\nNorvance Pharmaceuticals\n"
        "Norvance House, 2 Kingdom Street, London W2 6BD",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000E9AF03D4B8BADC01000000000000000010000000A8E32",
            "2026-03-31 15:00",
            "Panel interview – Lucía Ferrández (FBP Commercial Iberia)",
            ("Sophie Hartley", "sophie.hartley@norvance.example"),
            style="outlook",
            minutes=75,
            location="Microsoft Teams Meeting",
            attendees=[
                ("Marco Bellandi", "marco.bellandi@norvance.example"),
                ("Lucía Sanz", "lucia.sanz@norvance.example"),
            ],
        ),
        cc="Lucía Sanz <lucia.sanz@norvance.example>",
    ),
    m(
        "k7e4",
        "2026-03-24 13:38",
        SV,
        "Proceso Financial Controller – Grupo Albaida",
        A("confirmation", AL, ALR, 15, "agency"),
        "Lucía:\n\n"
        "Muchas gracias por la conversación del jueves y por la reunión de ayer en la oficina. Como te adelanté, "
        "ahora que has confirmado tu interés ya puedo decirte el nombre del cliente: se trata de Grupo Albaida "
        "(Albaida Alimentación, S.A.), el grupo conservero y de platos preparados.\n\n"
        "Esta mañana he presentado tu candidatura a Ramón Iturbe, el Director Financiero, junto con otros dos "
        "perfiles. Te adjunto la descripción completa del puesto y las últimas cuentas anuales consolidadas por si "
        "quieres ir preparándote.\n\n"
        "Te recuerdo que el proceso es confidencial.\n\n"
        "Un saludo,\nÍñigo\n\n"
        "Íñigo Serrano Lapuerta\nSocio · SERRANO VIDAL Executive Search",
        attach=[
            (
                "Descripcion_FC_Corporativo_Albaida.txt",
                "text/plain",
                "Financial Controller Corporativo - Grupo Albaida\nDependencia: Director Financiero\n",
            )
        ],
    ),
    m(
        "k7e5",
        "2026-03-25 11:26",
        "Alejandro Prieto | KR <aprieto@kesslerrowe.example>",
        "Entrevista – Manager de Auditoría Industria",
        A("interview", KR, KRR, 13, "direct"),
        "Hola Lucía,\n\n"
        "Enhorabuena, has superado la prueba online con muy buen resultado. Nos gustaría invitarte a una primera "
        "entrevista con Nuria Llorente, Senior Manager de Auditoría en el grupo de Industria.\n\n"
        "Te envío la convocatoria para el martes 31 de marzo a las 12:00 por Teams. Dura unos 45 minutos.\n\n"
        "Un saludo,\nAlejandro\n\n"
        "Alejandro Prieto\nTalent Acquisition Specialist | Experienced Hires\nKR · Kessler Rowe España\n"
        "Torre Picasso, Plaza Pablo Ruiz Picasso 1 · 28020 Madrid",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000C13F77D8DABCDC01000000000000000010000000E4A19",
            "2026-03-31 12:00",
            "Entrevista Lucía Ferrández – Manager Auditoría Industria",
            ("Alejandro Prieto", "aprieto@kesslerrowe.example"),
            style="outlook",
            minutes=45,
            location="Microsoft Teams",
            attendees=[("Nuria Llorente", "nllorente@kesslerrowe.example")],
        ),
    ),
    m(
        "k7e6",
        "2026-03-26 20:11",
        "Cobrix <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Cobrix",
        A("confirmation", CB, CBR, 16, "greenhouse", "en"),
        None,
        '<html><body style="font-family:Inter,Helvetica,sans-serif;color:#111">'
        "<p>Hi Lucía,</p>"
        "<p>Thanks for applying for the <b>Financial Controller</b> role at Cobrix! Our team will review your "
        "application and get back to you as soon as possible.</p>"
        "<p>At Cobrix we're building the payment infrastructure for B2B marketplaces in Southern Europe. You can "
        'learn more about our team and values <a href="https://cobrix.example/careers?gh_src=confirm">here</a>.</p>'
        "<p>Best,<br>Cobrix Talent</p>"
        '<p style="font-size:11px;color:#888">Cobrix Payments, S.L. · Calle de Alcalá 21, 28014 Madrid · '
        '<a href="https://boards.greenhouse.io/cobrix/jobs/5521093004">View job posting</a></p></body></html>',
    ),
    m(
        "k7e7",
        "2026-03-27 09:40",
        "Alejandro Prieto | KR <aprieto@kesslerrowe.example>",
        "Cambio de hora: Entrevista – Manager de Auditoría Industria",
        A("interview", KR, KRR, 13, "direct"),
        "Hola de nuevo, Lucía:\n\n"
        "Nuria tiene un cierre de cliente que se le ha complicado y me pide si podemos mover la entrevista del "
        "martes. Te he actualizado la convocatoria al martes 7 de abril, misma hora (12:00). Si no te viene bien, "
        "dímelo y buscamos otro hueco.\n\n"
        "Disculpa las molestias.\n\nAlejandro",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000C13F77D8DABCDC01000000000000000010000000E4A19",
            "2026-04-07 12:00",
            "Entrevista Lucía Ferrández – Manager Auditoría Industria",
            ("Alejandro Prieto", "aprieto@kesslerrowe.example"),
            style="outlook",
            minutes=45,
            location="Microsoft Teams",
            sequence=1,
            attendees=[("Nuria Llorente", "nllorente@kesslerrowe.example")],
        ),
    ),
    m(
        "k7e8",
        "2026-03-30 12:04",
        "Procesos de Selección INSUMA <procesos.seleccion@insuma.example>",
        "PS-04/2026 – Publicación de la lista provisional de personas admitidas y excluidas",
        A("viewed", INS, INSR, 12, "direct"),
        "Estimado/a participante:\n\n"
        "Le comunicamos que se ha publicado en el Portal de Transparencia de INSUMA la lista provisional de personas "
        "admitidas y excluidas del proceso selectivo PS-04/2026 (Técnico/a Superior de Control Financiero).\n\n"
        "Consulta: https://transparencia.insuma.example/empleo/ps-04-2026/admitidos-provisional.pdf\n\n"
        "Conforme a la base sexta de la convocatoria, las personas interesadas disponen de un plazo de cinco días "
        "hábiles, a contar desde el día siguiente a esta publicación, para formular alegaciones o subsanar los "
        "defectos que hayan motivado su exclusión.\n\n"
        "Infraestructuras y Suelo de Madrid, S.A., S.M.E.\nDirección de Recursos Humanos\n\n"
        "Sus datos serán tratados conforme al RGPD. Más información: https://insuma.example/privacidad",
    ),
    m(
        "k7e9",
        "2026-03-31 19:16",
        INFOJOBS,
        "Te has inscrito en la oferta Responsable Administrativo-Financiero",
        A("confirmation", MT, MTR, 17, "other"),
        "¡Inscripción realizada!\n\n"
        "Hola Lucía,\n"
        "Te has inscrito correctamente en la oferta Responsable Administrativo-Financiero de MUEBLES TAJUÑA SL "
        "(Arganda del Rey).\n\n"
        "La empresa ya tiene tu CV. Te avisaremos cuando lo lea o cuando cambie el estado de tu candidatura.\n\n"
        "Ver mis candidaturas: https://click.infojobs.net/ls/click?upn=u001.Tj2-2FmRq19\n\n"
        "InfoJobs · Adevinta Spain, S.L.U.",
    ),
]

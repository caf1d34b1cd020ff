# ruff: noqa: E501, RUF100
"""Corpus 150, job mail part one (data only): see heldout150.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, the reply headers
and the employer / role names, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Lima's offset on ``day`` (Peru keeps UTC-5 all year)."""
    return "-0500"


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


def rp(*earlier: dict[str, Any]) -> dict[str, str]:
    """Threading headers of a reply to the last of ``earlier`` (oldest first)."""
    ids = [spec["id"] for spec in earlier]
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ME = "Renzo Quispe Villanueva <renzo.quispe.v@gmail.com>"
OLD = "Renzo Quispe <renzo_qv@hotmail.com>"

HU, HUR = "Minera Huaylla", "Ingeniero de Control de Proyectos"
PK, PKR = "Pukara Copper", "Project Controls Planner"
CI, CIR1, CIR2 = "Cimenta", "Planner de Proyectos (Primavera P6)", "Ingeniero de Oficina Técnica"
PE, PER = "Proyecto Especial Caminos del Ande", "Especialista en Supervisión de Obras Viales"
MU, MUR = "Municipalidad Distrital de San Gabriel de Lurín", "Supervisor de Obras"
CS, CSR = "Costanera Sur", "Ingeniero de Conservación Vial"
QH, QHR = "Qhapaq Ingeniería", "Especialista en Costos y Valorizaciones"
HC, HCR = "Cementos Huancaraylla", "Ingeniero de Proyectos Civiles"
CO, COR = "Cordillera Sur", "Jefe de Oficina Técnica"
SY, SYR = "Minera Sayhua", "Planner Senior de Proyectos"
RA, RAR = "Constructora Rímac Andina", "Ingeniero Residente de Obra"
ES, ESR = "Edifica Sur", "Ingeniero de Control de Costos"
TM, TMR = "Tecnomin", "Planner de Proyectos"
CH, CHR = "Consorcio Vial Chinchaysuyo", "Ingeniero de Campo"
HS, HSR = "Hidrosur Ingeniería", "Especialista en Metrados y Presupuestos"
AS, ASR = "Programa Nacional Agua Segura Rural", "Ingeniero Monitor de Obras"
KO, KOR = "Koltrane EPCM", "Cost Control Engineer"
PA, PAR = "Constructora Pariacaca", "Ingeniero de Producción"
HN, HNR = "Consorcio Hospitalario Norte", "Ingeniero Supervisor de Obra"
MD, MDR = "Montaña Dorada Contratistas Mineros", "Ingeniero Civil de Obras de Superficie"

_GA = "Selección de Personal – Grupo Andino <seleccion@grupoandino.example>"
_GA_FOOT = (
    "\n\n--\nGrupo Andino | Gestión del Talento\nAv. Manuel Olguín 501, piso 9, Santiago de Surco, Lima\n"
    "Este correo ha sido generado automáticamente desde nuestro portal de empleo (SAP SuccessFactors).\n"
    "Por favor no responda a este mensaje.\n\n"
    "AVISO DE CONFIDENCIALIDAD: La información contenida en este correo es confidencial y está dirigida "
    "exclusivamente a su destinatario. Si usted no es el destinatario, le rogamos eliminarlo y comunicarlo "
    "al remitente. Grupo Andino y sus subsidiarias no se responsabilizan por opiniones personales.\n"
)

_hu1 = m(
    "v1c9",
    "2025-09-16 21:47",
    _GA,
    "Confirmación de postulación - Req. 48213",
    A("confirmation", HU, HUR, 1, "other"),
    "Estimado(a) Renzo Quispe Villanueva:\n\n"
    "Gracias por su interés en formar parte de nuestro equipo. Le confirmamos que hemos recibido su "
    "postulación a la posición:\n\n"
    "   Ingeniero de Control de Proyectos (Req. 48213)\n"
    "   Ubicación: Unidad Minera Huaylla – Áncash (régimen atípico)\n"
    "   Empresa: Compañía Minera Huaylla S.A.A.\n\n"
    "Nuestro equipo de Gestión del Talento revisará su perfil y, en caso de ajustarse a los requisitos "
    "de la posición, se comunicará con usted para las siguientes etapas del proceso de selección.\n\n"
    "Puede revisar el estado de su postulación ingresando a su perfil de candidato:\n"
    "https://career8.successfactors.com/career?company=grupoandinP&career_ns=job_application&lang=es_ES\n\n"
    "Atentamente,\nGestión del Talento" + _GA_FOOT,
)

_hu_tc = m(
    "v1ca",
    "2025-09-16 21:49",
    "Grupo Andino Careers <talento@grupoandino.example>",
    "Bienvenido a la Comunidad de Talento de Grupo Andino",
    J("alert", "other", "Grupo Andino"),
    None,
    """<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td style="background:#0b3d2e;padding:18px">
<img src="https://career8.successfactors.com/career?company=grupoandinP&amp;logo=1" alt="Grupo Andino" height="40"></td></tr>
<tr><td style="padding:24px">
<h2 style="color:#0b3d2e">¡Hola Renzo!</h2>
<p>Ya formas parte de nuestra <b>Comunidad de Talento</b>. Te avisaremos cuando publiquemos oportunidades
que coincidan con tus intereses en nuestras unidades mineras, proyectos y oficinas corporativas.</p>
<p>Mientras tanto, te invitamos a mantener tu perfil actualizado y a seguirnos en LinkedIn.</p>
<p><a href="https://career8.successfactors.com/career?company=grupoandinP&amp;navBarLevel=MY_PROFILE">Actualizar mi perfil</a></p>
<p style="font-size:11px;color:#888">Recibes este correo porque creaste un perfil en el portal de empleo de Grupo Andino.
<a href="https://career8.successfactors.com/career?company=grupoandinP&amp;unsubscribe=1">Darte de baja</a></p>
</td></tr></table></body></html>""",
)

_hu2 = m(
    "v1d4",
    "2025-10-02 10:12",
    "Evaluar <notificaciones@evaluar.com>",
    "Invitación a evaluación en línea",
    A("assessment", HU, HUR, 1, "other"),
    None,
    """<html><body>
<div style="max-width:560px;margin:auto;font-family:Helvetica,Arial;font-size:14px">
<p><img src="https://www.evaluar.com/static/img/logo-evaluar.png" alt="Evaluar.com"></p>
<p>Hola <b>Renzo</b>,</p>
<p><b>Compañía Minera Huaylla</b> te invita a completar una evaluación en línea como parte de su proceso de selección.</p>
<ul>
<li>Evaluación: Perfil de personalidad laboral + Razonamiento numérico</li>
<li>Duración aproximada: 45 minutos</li>
<li>Fecha límite: 06/10/2025 23:59 (hora de Lima)</li>
</ul>
<p>Te recomendamos realizarla desde una computadora, en un lugar tranquilo y con buena conexión a internet.</p>
<p style="text-align:center"><a href="https://app.evaluar.com/i/7Yq2Lm0Pz" style="background:#1f6fb2;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Comenzar evaluación</a></p>
<p>No hay respuestas correctas ni incorrectas en el cuestionario de personalidad. Responde con sinceridad.</p>
<p style="color:#999;font-size:11px">Evaluar.com · Este mensaje fue enviado en nombre de la empresa que te evalúa. Si tienes problemas técnicos escribe a soporte@evaluar.com</p>
</div></body></html>""",
)

_hu3 = m(
    "v1e0",
    "2025-10-21 16:05",
    "Milagros Cárdenas Ríos <mcardenas@grupoandino.example>",
    "Entrevista – Ingeniero de Control de Proyectos",
    A("interview", HU, HUR, 1, "direct"),
    "Buenas tardes, Ing. Quispe:\n\n"
    "Es grato saludarlo. Luego de revisar sus resultados, nos gustaría conversar con usted sobre la "
    "posición de Ingeniero de Control de Proyectos para la U.M. Huaylla.\n\n"
    "Le he enviado una invitación de Microsoft Teams para el viernes 24 de octubre a las 10:00 a. m. "
    "Participarán el Ing. Fernando Ugarte (Superintendente de Proyectos) y quien le escribe.\n\n"
    "Por favor, tenga a la mano su CV actualizado y, de ser posible, algún cronograma o curva S que haya "
    "elaborado (sin información confidencial de su empleador).\n\n"
    "Quedo atenta a su confirmación.\n\n"
    "Saludos cordiales,\n\n"
    "Milagros Cárdenas Ríos\nAnalista de Selección – Gestión del Talento\nGrupo Andino\n"
    "T. (01) 610-4400 anexo 2231\n",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5B6C7",
        "2025-10-24 10:00",
        "Entrevista: Ingeniero de Control de Proyectos - R. Quispe",
        ("Milagros Cárdenas Ríos", "mcardenas@grupoandino.example"),
        style="outlook",
        minutes=45,
        location="Reunión de Microsoft Teams",
        attendees=[("Fernando Ugarte Soto", "fugarte@grupoandino.example")],
        description="Unirse a la reunión de Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Yz8kQ2%40thread.v2/0\nId. de reunión: 284 113 907 552\nCódigo de acceso: gR7xQ3",
    ),
)

_hu4 = m(
    "v1e7",
    "2025-11-18 09:31",
    "Milagros Cárdenas Ríos <mcardenas@grupoandino.example>",
    "Segunda etapa – entrevista presencial",
    A("interview", HU, HUR, 1, "direct"),
    "Ing. Renzo, buenos días.\n\n"
    "Le comento que ha pasado a la etapa final. Lo esperamos el martes 25/11 a las 3:00 p. m. en "
    "nuestras oficinas de Surco (Av. Manuel Olguín 501, piso 9) para una entrevista con el Gerente de "
    "Proyectos de la unidad, Ing. Raúl Benavides. Traer DNI y, si lo tiene, su certificado de habilidad "
    "del CIP vigente.\n\n"
    "Le adjunto la invitación.\n\nSaludos,\nMilagros\n",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D9E8F7A6B5C4D3E2",
        "2025-11-25 15:00",
        "Entrevista final - Control de Proyectos UM Huaylla",
        ("Milagros Cárdenas Ríos", "mcardenas@grupoandino.example"),
        style="outlook",
        minutes=60,
        location="Oficina Lima - Av. Manuel Olguín 501, piso 9, sala Pumarongo",
        attendees=[("Raúl Benavides Zegarra", "rbenavides@grupoandino.example")],
    ),
)

_hu5 = m(
    "v1e9",
    "2025-11-21 12:48",
    "Milagros Cárdenas Ríos <mcardenas@grupoandino.example>",
    "RE: Segunda etapa – entrevista presencial",
    A("interview", HU, HUR, 1, "direct"),
    "Ing. Renzo:\n\n"
    "Le pido disculpas, el Ing. Benavides tiene que subir a la unidad la próxima semana. ¿Podríamos "
    "reprogramar para el martes 2 de diciembre a la misma hora (3:00 p. m.), en el mismo lugar? Le envío "
    "la invitación actualizada.\n\nGracias por su comprensión.\n\nMilagros\n\n"
    "________________________________\n"
    "De: Renzo Quispe Villanueva <renzo.quispe.v@gmail.com>\n"
    "Enviado: martes, 18 de noviembre de 2025 10:02\n"
    "Para: Milagros Cárdenas Ríos <mcardenas@grupoandino.example>\n"
    "Asunto: Re: Segunda etapa – entrevista presencial\n\n"
    "Buenos días, Milagros. Confirmo mi asistencia el martes 25 a las 3 p. m. Muchas gracias.\n"
    "Renzo\n",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D9E8F7A6B5C4D3E2",
        "2025-12-02 15:00",
        "Entrevista final - Control de Proyectos UM Huaylla",
        ("Milagros Cárdenas Ríos", "mcardenas@grupoandino.example"),
        style="outlook",
        minutes=60,
        sequence=1,
        location="Oficina Lima - Av. Manuel Olguín 501, piso 9, sala Pumarongo",
        attendees=[("Raúl Benavides Zegarra", "rbenavides@grupoandino.example")],
    ),
    **rp(_hu4),
)

_hu_docs = m(
    "v1ec",
    "2025-12-22 18:20",
    ME,
    "Documentos solicitados - Renzo Quispe",
    J("other_job", "direct", HU, HUR),
    "Milagros, buenas tardes:\n\n"
    "Adjunto los documentos que me pidió por teléfono: certificados de trabajo de los últimos 5 años, "
    "constancia de habilidad del CIP y copia de mi título. Quedo atento.\n\n"
    "Saludos,\nRenzo Quispe Villanueva\nIng. Civil – CIP 214587\n",
    to="Milagros Cárdenas Ríos <mcardenas@grupoandino.example>",
    attach=[("Certificados_RQV.pdf", "application/pdf", "%PDF-1.4\n% certificados de trabajo\n")],
)

_hu_ooo = m(
    "v1ed",
    "2025-12-22 18:20",
    "Milagros Cárdenas Ríos <mcardenas@grupoandino.example>",
    "Respuesta automática: Documentos solicitados - Renzo Quispe",
    J("other_job", "direct", HU, HUR),
    "Gracias por su mensaje. Me encuentro de vacaciones hasta el lunes 5 de enero de 2026, con acceso "
    "limitado al correo. Para temas urgentes de selección puede escribir a seleccion@grupoandino.example.\n\n"
    "Thank you for your email. I am out of the office until January 5th, 2026.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    **rp(_hu_docs),
)

_hu6 = m(
    "v1f2",
    "2026-01-08 17:36",
    "Milagros Cárdenas Ríos <mcardenas@grupoandino.example>",
    "Carta oferta – Compañía Minera Huaylla S.A.A.",
    A("offer", HU, HUR, 1, "direct"),
    "Estimado Ing. Renzo Quispe Villanueva:\n\n"
    "Es muy grato comunicarle que ha sido seleccionado para el puesto de Ingeniero de Control de "
    "Proyectos en la Unidad Minera Huaylla. Adjuntamos la carta oferta con el detalle de las condiciones:\n\n"
    "  • Remuneración bruta mensual: S/ 11,800 (14 sueldos al año) + bono por desempeño anual\n"
    "  • Régimen de trabajo: 14x7 (catorce días de trabajo por siete de descanso), con traslado Lima – unidad a cargo de la empresa\n"
    "  • Seguro EPS al 100 % para el titular y 80 % para dependientes, seguro vida ley y SCTR\n"
    "  • Alojamiento y alimentación en campamento\n"
    "  • Fecha tentativa de ingreso: lunes 9 de febrero de 2026\n\n"
    "Le agradeceremos confirmar su aceptación respondiendo a este correo a más tardar el lunes 12 de enero. "
    "Una vez aceptada, coordinaremos su examen médico ocupacional y la inducción.\n\n"
    "Reciba nuestras felicitaciones.\n\n"
    "Atentamente,\n\nMilagros Cárdenas Ríos\nAnalista de Selección – Gestión del Talento\n"
    "Grupo Andino | Compañía Minera Huaylla S.A.A.\n",
    attach=[("Carta_Oferta_RQuispe.pdf", "application/pdf", "%PDF-1.4\n% carta oferta\n")],
)

_hu7 = m(
    "v1f3",
    "2026-01-09 08:14",
    ME,
    "RE: Carta oferta – Compañía Minera Huaylla S.A.A.",
    A("offer", HU, HUR, 1, "direct"),
    "Estimada Milagros:\n\n"
    "Muchas gracias por la noticia. Por medio del presente confirmo que acepto la oferta para el puesto de "
    "Ingeniero de Control de Proyectos en las condiciones indicadas en la carta, con fecha de ingreso el "
    "9 de febrero. Presentaré mi renuncia en mi empleo actual esta semana.\n\n"
    "Quedo atento a las indicaciones para el examen médico.\n\n"
    "Saludos cordiales,\nRenzo Quispe Villanueva\n\n"
    "El jue., 8 ene. 2026 a las 17:36, Milagros Cárdenas Ríos (<mcardenas@grupoandino.example>) escribió:\n"
    "> Estimado Ing. Renzo Quispe Villanueva:\n>\n"
    "> Es muy grato comunicarle que ha sido seleccionado para el puesto de Ingeniero de Control de\n"
    "> Proyectos en la Unidad Minera Huaylla. Adjuntamos la carta oferta con el detalle de las condiciones:\n"
    "> [...]\n",
    st="accepted",
    to="Milagros Cárdenas Ríos <mcardenas@grupoandino.example>",
    **rp(_hu6),
)

_hu_med = m(
    "v1f6",
    "2026-01-13 11:02",
    "Salud Ocupacional Grupo Andino <saludocupacional@grupoandino.example>",
    "Programación de Examen Médico Ocupacional (EMO) pre-ocupacional",
    J("other_job", "direct", HU, HUR),
    "Sr. Renzo Quispe Villanueva\nPuesto: Ingeniero de Control de Proyectos – U.M. Huaylla\n\n"
    "Se ha programado su Examen Médico Ocupacional de ingreso:\n\n"
    "Fecha: sábado 17 de enero de 2026\nHora: 7:00 a. m. (en ayunas de 8 a 12 horas)\n"
    "Lugar: Centro Médico Ocupacional MedAltura – Av. Javier Prado Este 2465, San Borja\n\n"
    "Incluye: evaluación médica, audiometría, espirometría, prueba de esfuerzo, examen psicológico y "
    "evaluación para altura geográfica (> 2,500 m.s.n.m.).\n\n"
    "Llevar DNI, lentes (si usa) y no haber consumido alcohol 48 horas antes.\n\n"
    "Área de Salud Ocupacional\nGrupo Andino\n",
    ics=ics(
        "emo-48213-rquispe@grupoandino.example",
        "2026-01-17 07:00",
        "EMO pre-ocupacional – R. Quispe V.",
        ("Salud Ocupacional Grupo Andino", "saludocupacional@grupoandino.example"),
        minutes=240,
        location="MedAltura, Av. Javier Prado Este 2465, San Borja",
    ),
)

_hu_ind = m(
    "v1f9",
    "2026-01-29 15:40",
    "Onboarding Grupo Andino <onboarding@grupoandino.example>",
    "¡Bienvenido! Información para tu primer día",
    J("other_job", "direct", HU, HUR),
    None,
    """<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Hola Renzo,</p>
<p>¡Qué gusto tenerte en el equipo de <b>Compañía Minera Huaylla</b>! Aquí tienes lo que necesitas para tu primera guardia:</p>
<ol>
<li><b>Lunes 9 de febrero, 8:00 a. m.</b> – Inducción corporativa en Lima (oficina Surco, piso 9).</li>
<li><b>Martes 10</b> – Traslado a la unidad (bus de personal, salida 5:00 a. m. desde Av. Canadá).</li>
<li><b>Miércoles 11 al jueves 12</b> – Inducción SSOMA Anexo 4 (DS 024-2016-EM), curso de 8 horas.</li>
</ol>
<p>Recuerda llevar tus EPP personales si los tienes (botas dieléctricas talla y casaca serán entregadas en almacén).</p>
<p>Tu usuario de red y correo corporativo te llegarán el día de la inducción.</p>
<p>Saludos,<br>Equipo de Onboarding · Grupo Andino</p>
</body></html>""",
)

# --- Pukara Copper (Workday, English tenant) ------------------------------------------------

_WD = "Pukara Copper <pukaracopper@myworkday.com>"

_pk0 = m(
    "b8a1",
    "2025-09-04 22:10",
    _WD,
    "Please verify your candidate account",
    J("other_job", "workday", PK, lang="en"),
    "Hello,\n\nThank you for creating a candidate account with Pukara Copper.\n\n"
    "To verify your email address, please click the link below:\n"
    "https://pukaracopper.wd3.myworkdayjobs.com/en-US/PukaraCareers/activate/4b1f8e2c9d\n\n"
    "This link will expire in 24 hours.\n\nPukara Copper Talent Acquisition\n",
)

_pk1 = m(
    "b8a2",
    "2025-09-04 22:31",
    _WD,
    "Thank you for applying to Pukara Copper",
    A("confirmation", PK, PKR, 2, "workday", "en"),
    None,
    """<html><body style="font-family:Arial;font-size:13px;color:#222">
<p>Dear Renzo,</p>
<p>Thank you for your interest in <b>Pukara Copper</b>. We have received your application for
<b>Project Controls Planner</b> (R-10432), Lima, Peru / Site.</p>
<p>Our Talent Acquisition team will review your qualifications. If your profile matches our needs, a member of the team will reach out
regarding next steps. You can follow the status of your application at any time from your
<a href="https://pukaracopper.wd3.myworkdayjobs.com/en-US/PukaraCareers/userHome">candidate home</a>.</p>
<p>Kind regards,<br>Talent Acquisition<br>Pukara Copper Peru S.A.</p>
<p style="font-size:10px;color:#777">Pukara Copper is an equal opportunity employer. This is an automated message sent from Workday; replies to this address are not monitored.</p>
</body></html>""",
)

_pk2 = m(
    "b8a5",
    "2025-09-12 14:03",
    "Pukara Copper via HireVue <noreply@hirevue.com>",
    "Next step: your on-demand interview with Pukara Copper",
    A("assessment", PK, PKR, 2, "hirevue", "en"),
    "Hi Renzo,\n\n"
    "Pukara Copper has invited you to complete an on-demand video interview for the Project Controls Planner "
    "position. You will be asked 5 questions and will have up to 3 minutes to record each answer. You can "
    "complete it whenever it suits you before Friday, September 19, 2025.\n\n"
    "Start your interview: https://app.hirevue.com/interviews/pukaracopper/kx92Ma7Q\n\n"
    "Tip: use Chrome or the HireVue mobile app and check your camera and microphone before you start.\n\n"
    "Good luck!\nThe HireVue team, on behalf of Pukara Copper\n\n"
    "HireVue, Inc. · 10876 S River Front Pkwy, South Jordan, UT 84095\n"
    "Privacy notice: https://www.hirevue.com/privacy\n",
)

_pk3 = m(
    "b8a9",
    "2025-09-30 11:26",
    "Andrea Whitfield <andrea.whitfield@pukaracopper.example>",
    "Interview invitation - Project Controls Planner (R-10432)",
    A("interview", PK, PKR, 2, "direct", "en"),
    "Hi Renzo,\n\n"
    "Thanks for completing the video interview. The hiring team would like to meet you virtually on "
    "Friday, October 3 at 9:00 AM Lima time. You will speak with Diego Alarcón (Project Controls Lead) "
    "and me. The conversation will be in English and Spanish and should take around 50 minutes.\n\n"
    "Please accept the invite below so it lands in your calendar.\n\n"
    "Best regards,\nAndrea Whitfield\nSenior Talent Acquisition Partner | Pukara Copper\n"
    "Lima · Toronto\n",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000011AA22BB33CC44DD",
        "2025-10-03 09:00",
        "Pukara Copper | Interview - Renzo Quispe (Project Controls Planner)",
        ("Andrea Whitfield", "andrea.whitfield@pukaracopper.example"),
        style="outlook",
        minutes=50,
        location="Microsoft Teams Meeting",
        attendees=[("Diego Alarcón", "diego.alarcon@pukaracopper.example")],
        description="Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_PkC0pp3r%40thread.v2/0\nMeeting ID: 331 702 118 45\nPasscode: 9sWq2h",
    ),
)

_pk4 = m(
    "b8b0",
    "2025-10-20 19:44",
    _WD,
    "Update on your application",
    A("rejection", PK, PKR, 2, "workday", "en"),
    "Dear Renzo,\n\n"
    "Thank you for the time you invested in our recruitment process for the Project Controls Planner "
    "role (R-10432). The team enjoyed learning about your site experience and your work with "
    "Primavera P6.\n\n"
    "After careful consideration, we have decided to move forward with a candidate whose experience more "
    "closely matches the current needs of the project. We know this is not the news you were hoping for.\n\n"
    "We encourage you to keep an eye on our careers site for future opportunities, and we will keep your "
    "profile in our talent pool.\n\n"
    "Kind regards,\nPukara Copper Talent Acquisition\n",
)

# --- Cimenta (legal name Olaechea & Ríos Ingenieros S.A.C.) -------------------------------

_ci1 = m(
    "q2k1",
    "2025-09-08 08:52",
    "Computrabajo <noreply@computrabajo.com>",
    "Has postulado a Planner de Proyectos (Primavera P6)",
    A("confirmation", CI, CIR1, 3, "other"),
    None,
    """<html><body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Arial;font-size:14px;color:#333">
<tr><td style="padding:16px;border-bottom:3px solid #0d5ea6"><img src="https://pe.computrabajo.com/img/logo-ct.png" alt="Computrabajo"></td></tr>
<tr><td style="padding:20px">
<p>Hola Renzo,</p>
<p><b>¡Tu postulación se ha enviado correctamente!</b></p>
<p style="font-size:16px"><b>Planner de Proyectos (Primavera P6)</b><br>
<span style="color:#666">OLAECHEA &amp; RIOS INGENIEROS S.A.C. · Lima, San Isidro</span></p>
<p>La empresa revisará tu hoja de vida. Te avisaremos cuando la empresa vea tu CV o actualice el estado de tu postulación.</p>
<p><a href="https://pe.computrabajo.com/candidate/match/?utm_source=email&amp;utm_medium=postulacion" style="color:#0d5ea6">Ver mis postulaciones</a></p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:12px;color:#888">Ofertas similares: Planner de Obra – Lima · Asistente de Control de Proyectos – Callao · Ing. de Costos – Arequipa</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#999">Computrabajo Perú · Recibes este correo porque postulaste a una oferta en Computrabajo.
<a href="https://pe.computrabajo.com/candidate/settings/notifications">Configurar notificaciones</a></td></tr>
</table></td></tr></table></body></html>""",
)

_ci2 = m(
    "q2k4",
    "2025-09-22 12:15",
    "Gestión Humana Cimenta <gestionhumana@cimenta.example>",
    "Evaluación técnica - Primavera P6",
    A("assessment", CI, CIR1, 3, "direct"),
    "Estimado Renzo:\n\n"
    "Reciba un cordial saludo de parte de Cimenta Grupo Constructor.\n\n"
    "En relación a su postulación al puesto de Planner de Proyectos, le invitamos a rendir una evaluación "
    "técnica práctica. Deberá desarrollar, a partir del archivo XER adjunto, la programación de un edificio "
    "multifamiliar de 12 pisos (partidas de estructuras y arquitectura), la ruta crítica y la curva S de "
    "avance programado.\n\n"
    "Plazo de entrega: jueves 25 de setiembre, 6:00 p. m., respondiendo a este correo con el archivo XER y "
    "un breve informe en PDF (máx. 2 páginas).\n\n"
    "Atentamente,\n\nLic. Karina Ojeda P.\nJefa de Gestión Humana\n"
    "OLAECHEA & RÍOS INGENIEROS S.A.C. – CIMENTA\nCalle Las Begonias 415, of. 1202, San Isidro\n",
    attach=[
        (
            "Caso_Multifamiliar_Surquillo.xer",
            "text/plain",
            "ERMHDR\t19.12\t2025-09-22\tProject\tadmin\n",
        )
    ],
)

_ci3 = m(
    "q2k9",
    "2025-10-14 17:50",
    "Gestión Humana <gestionhumana@cimenta.example>",
    "Proceso de selección",
    A("rejection", CI, CIR1, 3, "direct"),
    "Estimado Renzo Quispe:\n\n"
    "Queremos agradecerle por el interés mostrado en nuestra empresa y por el tiempo dedicado a la "
    "evaluación técnica, cuyo desarrollo fue muy ordenado.\n\n"
    "Le informamos que la posición ha sido cubierta, por lo que el proceso ha concluido. Guardaremos sus "
    "datos en nuestra base para futuras convocatorias que se ajusten a su perfil.\n\n"
    "Le deseamos éxitos en sus objetivos profesionales.\n\n"
    "Atentamente,\nGestión Humana\nOlaechea & Ríos Ingenieros S.A.C.\n",
)

_ci4 = m(
    "q2m3",
    "2025-11-03 20:17",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Renzo, tu solicitud se ha enviado a Cimenta Grupo Constructor",
    A("confirmation", CI, CIR2, 4, "linkedin"),
    "Tu solicitud se ha enviado a Cimenta Grupo Constructor\n\n"
    "Ingeniero de Oficina Técnica\nCimenta Grupo Constructor · San Isidro, Lima, Perú (Presencial)\n"
    "Solicitado el 3 de noviembre de 2025\n\n"
    "Ahora que has solicitado el empleo, estos son algunos consejos:\n"
    "- Sigue a Cimenta Grupo Constructor para estar al tanto de novedades\n"
    "- Revisa el estado de tu solicitud en Mis empleos: https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED\n\n"
    "Empleos similares: Ingeniero de Costos y Presupuestos · Coordinador de Oficina Técnica\n\n"
    "----------------------------------------\n"
    "Este correo electrónico está destinado a Renzo Quispe Villanueva (Ingeniero Residente de Obra).\n"
    "Darse de baja: https://www.linkedin.com/comm/psettings/email-unsubscribe\n"
    "© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n",
)

_ci5 = m(
    "q2m6",
    "2025-11-12 10:40",
    "Arq. Patricia Lozano <plozano@cimenta.example>",
    "Conversación - Oficina Técnica",
    A("interview", CI, CIR2, 4, "direct"),
    "Hola Renzo, ¿qué tal?\n\n"
    "Vi tu postulación para Oficina Técnica. Curiosamente ya habías participado hace un par de meses "
    "en otro proceso con nosotros, así que algo te conocemos :)\n\n"
    "¿Te parece si conversamos el lunes 17 a las 6:30 pm por Meet? Es una charla corta con el Ing. Gamarra, "
    "gerente de proyectos, sobre el proyecto de oficinas que iniciamos en enero en Miraflores.\n\n"
    "Te mandé la invitación al calendario.\n\n"
    "Saludos,\nPatricia Lozano\nCoordinadora de Oficina Técnica\nCimenta · Grupo Constructor\n",
    ics=ics(
        "5g7h2k9m1n3p@google.com",
        "2025-11-17 18:30",
        "Renzo Quispe / Cimenta - Oficina Técnica",
        ("Patricia Lozano", "plozano@cimenta.example"),
        minutes=30,
        attendees=[("Jorge Gamarra", "jgamarra@cimenta.example")],
        description="Unirse con Google Meet: https://meet.google.com/qzk-pbwe-ntr\nO llamar al: (PE) +51 1 640 8921 PIN: 551 908 227#",
    ),
)

_ci6 = m(
    "q2m8",
    "2025-11-14 16:22",
    "Patricia Lozano <plozano@cimenta.example>",
    "Cancelado: Renzo Quispe / Cimenta - Oficina Técnica",
    A("interview", CI, CIR2, 4, "direct"),
    "Renzo, disculpa, tenemos que cancelar lo del lunes: el Ing. Gamarra está con la entrega de obra en "
    "Chorrillos toda la semana. Te escribo apenas tenga nueva fecha.\n\nPatricia\n",
    ics=ics(
        "5g7h2k9m1n3p@google.com",
        "2025-11-17 18:30",
        "Renzo Quispe / Cimenta - Oficina Técnica",
        ("Patricia Lozano", "plozano@cimenta.example"),
        minutes=30,
        method="CANCEL",
        attendees=[("Jorge Gamarra", "jgamarra@cimenta.example")],
    ),
    **rp(_ci5),
)

# --- Proyecto Especial Caminos del Ande (CAS) ---------------------------------------------

_pe1 = m(
    "h3p2",
    "2025-10-06 23:05",
    OLD,
    "RV: Constancia de postulación - Convocatoria CAS N° 048-2025-PECA",
    A("confirmation", PE, PER, 5, "direct"),
    "\n\nEnviado desde Outlook\n\n"
    "________________________________\n"
    "De: Sistema de Convocatorias PECA <convocatorias@caminosdelande.example>\n"
    "Enviado: lunes, 6 de octubre de 2025 22:51\n"
    "Para: renzo_qv@hotmail.com\n"
    "Asunto: Constancia de postulación - Convocatoria CAS N° 048-2025-PECA\n\n"
    "PROYECTO ESPECIAL CAMINOS DEL ANDE\nOficina de Recursos Humanos\n\n"
    "CONSTANCIA DE POSTULACIÓN\n\n"
    "Postulante: QUISPE VILLANUEVA RENZO\nDNI: 4*****18\n"
    "Convocatoria: PROCESO CAS N° 048-2025-PECA\n"
    "Puesto: ESPECIALISTA EN SUPERVISIÓN DE OBRAS VIALES (1 plaza) – Unidad Zonal Junín\n"
    "Código de postulación: P048-000217\nFecha y hora de registro: 06/10/2025 22:51:07\n\n"
    "Su ficha de postulación y documentos sustentatorios han sido registrados. La presente constancia no "
    "implica la calificación de su expediente. Los resultados de cada etapa serán publicados en el portal "
    "institucional y en Talento Perú conforme al cronograma de la convocatoria.\n\n"
    "Etapas: Evaluación curricular (eliminatoria) – Evaluación de conocimientos – Entrevista personal.\n\n"
    "Este es un mensaje automático, no responda a este correo.\n",
    to="renzo.quispe.v@gmail.com",
)

_pe2 = m(
    "h3p5",
    "2025-10-15 19:30",
    "Sistema de Convocatorias PECA <convocatorias@caminosdelande.example>",
    "Resultados de la evaluación curricular - CAS N° 048-2025-PECA",
    A("assessment", PE, PER, 5, "direct"),
    "Señor(a) postulante:\n\n"
    "Se comunica que se han publicado los RESULTADOS DE LA EVALUACIÓN CURRICULAR del PROCESO CAS "
    "N° 048-2025-PECA.\n\n"
    "Código de postulación: P048-000217\nResultado: APTO\nPuntaje: 26.00\n\n"
    "Los postulantes APTOS deberán presentarse a la EVALUACIÓN DE CONOCIMIENTOS el día viernes 17 de "
    "octubre de 2025 a las 09:00 horas en la sede central (Jr. Cahuide 805, Jesús María), portando su DNI. "
    "La tolerancia máxima es de 10 minutos.\n\n"
    "Acta de resultados: https://www.caminosdelande.example/convocatorias/cas/2025/048/acta-evaluacion-curricular.pdf\n\n"
    "Oficina de Recursos Humanos\n",
    to="renzo_qv@hotmail.com",
    cc="renzo.quispe.v@gmail.com",
)

_pe3 = m(
    "h3p7",
    "2025-10-20 20:12",
    "Sistema de Convocatorias PECA <convocatorias@caminosdelande.example>",
    "Resultados de la evaluación de conocimientos - CAS N° 048-2025-PECA",
    A("interview", PE, PER, 5, "direct"),
    "Señor(a) postulante:\n\n"
    "Se publica el ACTA DE RESULTADOS DE LA EVALUACIÓN DE CONOCIMIENTOS del PROCESO CAS N° 048-2025-PECA.\n\n"
    "Código: P048-000217 – Nota: 16.50 – CALIFICA\n\n"
    "ROL DE ENTREVISTAS PERSONALES\nFecha: miércoles 22 de octubre de 2025\nHora: 11:40 a. m.\n"
    "Modalidad: virtual (Google Meet). El enlace será remitido al correo registrado el día anterior.\n\n"
    "Se recuerda que el comité podrá solicitar la presentación de los documentos originales.\n\n"
    "Oficina de Recursos Humanos\nProyecto Especial Caminos del Ande\n",
    to="renzo_qv@hotmail.com",
    cc="renzo.quispe.v@gmail.com",
)

_pe4 = m(
    "h3p9",
    "2025-10-27 21:03",
    "Sistema de Convocatorias PECA <convocatorias@caminosdelande.example>",
    "Publicación de resultados finales - CAS N° 048-2025-PECA",
    A("rejection", PE, PER, 5, "direct"),
    "Señor(a) postulante:\n\n"
    "Se ha publicado el CUADRO DE MÉRITOS / RESULTADO FINAL del PROCESO CAS N° 048-2025-PECA "
    "(Especialista en Supervisión de Obras Viales – 1 plaza).\n\n"
    "  Orden 1 – P048-000188 – Puntaje final 82.50 – GANADOR(A)\n"
    "  Orden 2 – P048-000217 – Puntaje final 79.25 – ACCESITARIO\n"
    "  Orden 3 – P048-000041 – Puntaje final 71.00 – APROBADO NO GANADOR\n\n"
    "El postulante declarado GANADOR deberá suscribir el contrato dentro de los cinco (5) días hábiles "
    "siguientes a la publicación. De no suscribirse el contrato por causas objetivas imputables al "
    "ganador, se convocará al accesitario según el orden de mérito.\n\n"
    "Acta final: https://www.caminosdelande.example/convocatorias/cas/2025/048/cuadro-meritos.pdf\n\n"
    "Oficina de Recursos Humanos\n",
    to="renzo_qv@hotmail.com",
    cc="renzo.quispe.v@gmail.com",
)

# --- Municipalidad (mesa de partes, CAS suspendido) --------------------------------------

_mu1 = m(
    "t6r1",
    "2025-11-05 12:34",
    "Mesa de Partes Virtual MDSGL <mesadepartes@munisangabriel.example>",
    "Cargo de recepción - Expediente N° 2025-0018734",
    A("confirmation", MU, MUR, 6, "direct"),
    "MUNICIPALIDAD DISTRITAL DE SAN GABRIEL DE LURÍN\nMESA DE PARTES VIRTUAL\n\n"
    "CARGO DE RECEPCIÓN\n\n"
    "N° de expediente: 2025-0018734\nFecha de recepción: 05/11/2025 12:34\n"
    "Remitente: QUISPE VILLANUEVA, RENZO (DNI)\n"
    "Asunto: POSTULACIÓN – PROCESO CAS N° 007-2025-MDSGL – SUPERVISOR DE OBRAS (SUBGERENCIA DE OBRAS PÚBLICAS)\n"
    "Folios: 46\nDestino: Subgerencia de Recursos Humanos\n\n"
    "Los documentos presentados fuera del horario de atención (8:00 a 16:30) se consideran recibidos el "
    "día hábil siguiente. Puede consultar el estado de su trámite en https://mpv.munisangabriel.example/consulta\n\n"
    "Mensaje generado automáticamente.\n",
)

_mu2 = m(
    "t6r4",
    "2025-11-28 18:15",
    "Subgerencia de Recursos Humanos <rrhh@munisangabriel.example>",
    "COMUNICADO N° 003-2025-SGRH/MDSGL",
    A("confirmation", MU, MUR, 6, "direct"),
    None,
    """<html><body><p style="text-align:center"><b>MUNICIPALIDAD DISTRITAL DE SAN GABRIEL DE LURÍN</b><br>
Subgerencia de Recursos Humanos</p>
<p style="text-align:center"><b>COMUNICADO N° 003-2025-SGRH/MDSGL</b></p>
<p>Se comunica a los postulantes del <b>PROCESO CAS N° 007-2025-MDSGL</b> (Supervisor de Obras – Subgerencia de Obras Públicas)
que, por disposición de la Gerencia Municipal y debido a la falta de disponibilidad presupuestal confirmada para el ejercicio,
el proceso queda <b>SUSPENDIDO</b> hasta nuevo aviso.</p>
<p>Las etapas pendientes serán reprogramadas y comunicadas oportunamente a través del portal institucional.
Se agradece la comprensión de los postulantes.</p>
<p>San Gabriel de Lurín, 28 de noviembre de 2025.</p>
<p>LA COMISIÓN</p></body></html>""",
    st="on_hold",
    to="Postulantes CAS 007-2025 <postulantes-cas@munisangabriel.example>",
)

# --- Costanera Sur (Taleo) ---------------------------------------------------------------

_cs1 = m(
    "w5n2",
    "2025-09-24 07:58",
    "Concesionaria Vía Costanera Sur <vcsur@taleo.net>",
    "Hemos recibido su solicitud - Ingeniero de Conservación Vial (2500187)",
    A("confirmation", CS, CSR, 7, "taleo"),
    "Estimado/a Renzo:\n\n"
    "Gracias por su interés en Concesionaria Vía Costanera Sur S.A.\n\n"
    "Le confirmamos la recepción de su solicitud para el puesto Ingeniero de Conservación Vial, número de "
    "solicitud de empleo 2500187. Revisaremos su candidatura y nos pondremos en contacto con usted si su "
    "perfil coincide con los requisitos del puesto.\n\n"
    "Para consultar el estado de su solicitud, acceda a la sección Mis trabajos de nuestro sitio de empleo:\n"
    "https://vcsur.taleo.net/careersection/ext/mysubmissions.ftl?lang=es\n\n"
    "Atentamente,\nGestión de Personas\nConcesionaria Vía Costanera Sur S.A.\n\n"
    "Nota: Este es un mensaje automatizado; por favor no responda.\n",
)

_cs_nudge = m(
    "w5n4",
    "2025-10-01 06:00",
    "Concesionaria Vía Costanera Sur <vcsur@taleo.net>",
    "Su solicitud está incompleta",
    J("alert", "taleo", CS, "Ingeniero de Seguridad Vial"),
    "Estimado/a Renzo:\n\n"
    "Hemos notado que inició una solicitud para el puesto Ingeniero de Seguridad Vial (2500203) pero aún no "
    "la ha enviado. Las solicitudes incompletas no pueden ser consideradas en el proceso de selección.\n\n"
    "Para completarla, ingrese a: https://vcsur.taleo.net/careersection/ext/jobapply.ftl?job=2500203&lang=es\n\n"
    "La publicación cerrará el 10/10/2025.\n\n"
    "Gestión de Personas\nConcesionaria Vía Costanera Sur S.A.\n",
)

_cs2 = m(
    "w5n8",
    "2026-01-14 16:45",
    "Concesionaria Vía Costanera Sur <vcsur@taleo.net>",
    "Estado de su solicitud - 2500187",
    A("rejection", CS, CSR, 7, "taleo"),
    "Estimado/a Renzo:\n\n"
    "Le agradecemos el interés mostrado en el puesto Ingeniero de Conservación Vial (2500187).\n\n"
    "Tras analizar detenidamente todas las candidaturas recibidas, le informamos que en esta ocasión hemos "
    "decidido continuar con otros postulantes cuyo perfil se ajusta de manera más cercana a los requerimientos "
    "del puesto.\n\n"
    "Su información permanecerá en nuestra base de datos y lo invitamos a postular a futuras oportunidades.\n\n"
    "Atentamente,\nGestión de Personas\nConcesionaria Vía Costanera Sur S.A.\n",
)

# --- Qhapaq Ingeniería (Bumeran) -----------------------------------------------------------

_qh1 = m(
    "z4d1",
    "2025-10-27 13:20",
    "Bumeran <noreply@bumeran.com.pe>",
    "Postulación enviada: Especialista en Costos y Valorizaciones",
    A("confirmation", QH, QHR, 8, "other"),
    None,
    """<html><body style="background:#f5f6f8;font-family:Hind,Arial,sans-serif">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">
<img src="https://www.bumeran.com.pe/static/logo-bumeran.png" alt="bumeran" width="130">
<h2 style="color:#0a2240">¡Listo, Renzo! Tu postulación fue enviada</h2>
<table style="border:1px solid #e1e4e8;border-radius:6px;width:100%"><tr><td style="padding:14px">
<b>Especialista en Costos y Valorizaciones</b><br>Qhapaq Ingeniería &amp; Supervisión S.A.C.<br>
<span style="color:#6b7280">Lima, Lima · Presencial · Full-time</span></td></tr></table>
<p>Salario pretendido informado: S/ 9,500</p>
<p>Te vamos a avisar por este medio cuando la empresa lea tu CV.</p>
<p><a href="https://www.bumeran.com.pe/postulantes/postulaciones" style="background:#e4007c;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">Ver mis postulaciones</a></p>
<p style="font-size:11px;color:#9ca3af">Bumeran Perú – Av. Paseo de la República 3245, San Isidro. Si no querés recibir más estos correos, <a href="https://www.bumeran.com.pe/postulantes/notificaciones">modificá tus preferencias</a>.</p>
</div></body></html>""",
)

_qh2 = m(
    "z4d3",
    "2025-10-30 09:07",
    "Bumeran <noreply@bumeran.com.pe>",
    "Qhapaq Ingeniería & Supervisión S.A.C. leyó tu CV",
    A("viewed", QH, QHR, 8, "other"),
    "Renzo, ¡buenas noticias!\n\n"
    "Qhapaq Ingeniería & Supervisión S.A.C. leyó tu CV para el aviso Especialista en Costos y Valorizaciones.\n\n"
    "Esto no significa que hayas avanzado en el proceso, pero es una señal de que tu perfil está siendo evaluado.\n\n"
    "Mirá el estado de todas tus postulaciones: https://www.bumeran.com.pe/postulantes/postulaciones\n\n"
    "Equipo Bumeran\n",
)

_qh3 = m(
    "z4d6",
    "2025-11-06 15:33",
    "Rosa Huamán - Qhapaq <rhuaman@qhapaq.example>",
    "Invitación a entrevista",
    A("interview", QH, QHR, 8, "direct"),
    "Buenas tardes Ingeniero Renzo,\n\n"
    "Le saluda Rosa Huamán, del área de Recursos Humanos de Qhapaq Ingeniería & Supervisión. Hemos revisado "
    "su CV y quisiéramos invitarlo a una entrevista para el puesto de Especialista en Costos y Valorizaciones "
    "(supervisión de obras de saneamiento, contrato con entidad pública).\n\n"
    "Fecha: lunes 10 de noviembre\nHora: 5:00 p. m.\nLugar: Av. Arequipa 2450, oficina 603, Lince\n"
    "Entrevistadores: Ing. Walter Ccori (Jefe de Supervisión) y Rosa Huamán (RR. HH.)\n\n"
    "Le agradeceré confirmar su asistencia.\n\n"
    "Atte.\nRosa Huamán Quispe\nAsistente de Recursos Humanos\nQhapaq Ingeniería & Supervisión S.A.C.\n"
    "Cel. 987 654 210\n",
    ics=ics(
        "0r8tq1vk2p6s9h3d@google.com",
        "2025-11-10 17:00",
        "Entrevista Especialista Costos - Ing. Renzo Quispe",
        ("Rosa Huamán", "rhuaman@qhapaq.example"),
        minutes=45,
        location="Av. Arequipa 2450, of. 603, Lince",
        attendees=[("Walter Ccori", "wccori@qhapaq.example")],
    ),
)

_qh4 = m(
    "z4d9",
    "2025-12-12 19:02",
    "Walter Ccori <wccori@qhapaq.example>",
    "Propuesta laboral - Especialista en Costos y Valorizaciones",
    A("offer", QH, QHR, 8, "direct"),
    "Ing. Quispe, buenas noches.\n\n"
    "Como conversamos por teléfono, le envío la propuesta formal para incorporarse a nuestro equipo de "
    "supervisión en la obra de agua potable y alcantarillado de Huaral:\n\n"
    "- Cargo: Especialista en Costos y Valorizaciones\n"
    "- Modalidad: locación de servicios (recibo por honorarios), plazo 8 meses renovable\n"
    "- Honorario mensual: S/ 8,200\n"
    "- Régimen: lunes a sábado en obra (Huaral), con movilidad desde Lima\n"
    "- Inicio: 5 de enero de 2026\n\n"
    "Le agradeceré su respuesta hasta el miércoles 17. Cualquier duda me llama.\n\n"
    "Saludos,\nIng. Walter Ccori Mamani\nJefe de Supervisión\nQhapaq Ingeniería & Supervisión S.A.C.\n",
)

_qh5 = m(
    "z4e0",
    "2025-12-16 22:41",
    ME,
    "Re: Propuesta laboral - Especialista en Costos y Valorizaciones",
    A("offer", QH, QHR, 8, "direct"),
    "Ing. Ccori, buenas noches.\n\n"
    "Le agradezco mucho la propuesta y la confianza. Lo he pensado bastante, pero en este momento no podré "
    "aceptarla: la modalidad por recibo por honorarios y el plazo no me permiten dejar mi puesto actual, y "
    "estoy por cerrar otro proceso en minería. Ojalá podamos coincidir en un próximo proyecto.\n\n"
    "Saludos cordiales,\nRenzo Quispe V.\n\n"
    "El vie, 12 dic 2025 a las 19:02, Walter Ccori <wccori@qhapaq.example> escribió:\n"
    "> Ing. Quispe, buenas noches.\n>\n"
    "> Como conversamos por teléfono, le envío la propuesta formal para incorporarse a nuestro equipo de\n"
    "> supervisión en la obra de agua potable y alcantarillado de Huaral:\n"
    "> ...\n",
    st="declined",
    to="Walter Ccori <wccori@qhapaq.example>",
    **rp(_qh4),
)

# --- Cementos Huancaraylla (SmartRecruiters tenant of Unión Cementera del Centro) ----------

_hc1 = m(
    "f9g1",
    "2025-10-09 18:26",
    "Unión Cementera del Centro S.A.A. <noreply@smartrecruiters.com>",
    "Gracias por postular",
    A("confirmation", HC, HCR, 9, "smartrecruiters"),
    None,
    """<html><body style="font-family:Arial;font-size:14px">
<p>Hola Renzo,</p>
<p>Gracias por postular al puesto de <b>Ingeniero de Proyectos Civiles – Planta Condorcocha (Tarma)</b>.</p>
<p>En <b>Cementos Huancaraylla</b> creemos que el talento construye el Perú. Nuestro equipo revisará tu postulación y te contactará si tu perfil encaja con lo que buscamos.</p>
<p>Puedes ver los detalles de la posición <a href="https://jobs.smartrecruiters.com/UnionCementeraDelCentroSAA/743999112358-ingeniero-de-proyectos-civiles">aquí</a>.</p>
<p>Saludos,<br>Equipo de Talento<br>UNICEM – Cementos Huancaraylla</p>
<p style="font-size:11px;color:#888">Powered by SmartRecruiters · <a href="https://www.smartrecruiters.com/privacy-policy">Privacidad</a></p>
</body></html>""",
    reply_to="talento@unicem.example",
)

_hc2 = m(
    "f9g4",
    "2025-10-23 10:55",
    "SHL <noreply@shl.com>",
    "Unión Cementera del Centro: complete su evaluación",
    A("assessment", HC, HCR, 9, "other"),
    "Estimado Renzo Quispe Villanueva:\n\n"
    "Unión Cementera del Centro S.A.A. le ha invitado a completar las siguientes evaluaciones en línea como "
    "parte de su postulación:\n\n"
    "  - Verify Interactive – Razonamiento numérico (aprox. 18 min)\n"
    "  - OPQ – Cuestionario de personalidad ocupacional (aprox. 25 min)\n\n"
    "Plazo: 30 de octubre de 2025.\n\n"
    "Acceder: https://candidate.shl.com/invite/3f9a2c1e-77b0-4d2a-9e11-2c5d8a0f6b34\n\n"
    "Si necesita ajustes razonables por discapacidad, comuníquelo a la empresa antes de iniciar.\n\n"
    "SHL Talent Measurement – Soporte: https://support.shl.com\n",
)

_hc3 = m(
    "f9g7",
    "2025-12-03 12:09",
    "Lucía Paredes (UNICEM) <noreply@smartrecruiters.com>",
    "Entrevista con Cementos Huancaraylla – Ingeniero de Proyectos Civiles",
    A("interview", HC, HCR, 9, "smartrecruiters"),
    "Hola Renzo:\n\n"
    "¡Felicitaciones por avanzar en el proceso! Te confirmamos tu entrevista con el Jefe de Proyectos de "
    "Planta, Ing. Óscar Meza, y conmigo:\n\n"
    "Martes 9 de diciembre de 2025, 11:00 a. m. (hora de Lima) – Microsoft Teams\n\n"
    "Encontrarás la invitación adjunta. Si necesitas reprogramar, responde a este correo.\n\n"
    "Saludos,\nLucía Paredes\nBusiness Partner de Talento\n",
    reply_to="lparedes@unicem.example",
    ics=ics(
        "sr-interview-743999112358-88412@smartrecruiters.com",
        "2025-12-09 11:00",
        "Entrevista: Renzo Quispe Villanueva – Ingeniero de Proyectos Civiles",
        ("Lucía Paredes", "lparedes@unicem.example"),
        minutes=45,
        attendees=[("Óscar Meza", "omeza@unicem.example")],
        location="Microsoft Teams",
    ),
)

_hc4 = m(
    "f9h0",
    "2026-01-12 09:48",
    "Lucía Paredes <lparedes@unicem.example>",
    "RE: Retiro de postulación – Ingeniero de Proyectos Civiles",
    A("confirmation", HC, HCR, 9, "direct"),
    "Hola Renzo, buenos días.\n\n"
    "Gracias por avisarnos con tiempo. Registramos el retiro de tu postulación al puesto de Ingeniero de "
    "Proyectos Civiles; ya lo comuniqué al Ing. Meza. Te deseamos lo mejor en esta nueva etapa en minería "
    "y las puertas quedan abiertas.\n\n"
    "Un abrazo,\nLucía\n\n"
    "Lucía Paredes Gutiérrez | Business Partner de Talento\n"
    "Unión Cementera del Centro S.A.A. – Cementos Huancaraylla\n\n"
    "-----Mensaje original-----\n"
    "De: Renzo Quispe Villanueva <renzo.quispe.v@gmail.com>\n"
    "Enviado el: sábado, 10 de enero de 2026 10:31\n"
    "Para: Lucía Paredes <lparedes@unicem.example>\n"
    "Asunto: Retiro de postulación – Ingeniero de Proyectos Civiles\n\n"
    "Estimada Lucía: le escribo para agradecerle la entrevista de diciembre y comunicarle que he aceptado "
    "una oferta de otra empresa, por lo que retiro mi postulación. Muchas gracias por todo.\n",
    st="withdrawn",
)

# --- Cordillera Sur (Chilean contractor hiring for Peru, Laborum) --------------------------

_co1 = m(
    "k7s1",
    "2025-11-10 21:14",
    "Laborum <noreply@laborum.cl>",
    "Tu postulación a Jefe de Oficina Técnica fue enviada",
    A("confirmation", CO, COR, 10, "other"),
    "Hola Renzo,\n\n"
    "Postulaste con éxito al aviso:\n\n"
    "Jefe de Oficina Técnica – Proyecto Minero (Arequipa, Perú)\n"
    "Constructora Cordillera Sur S.A.\n\n"
    "Te vamos a avisar cuando la empresa revise tu CV.\n\n"
    "Revisá tus postulaciones en https://www.laborum.cl/postulantes/postulaciones\n\n"
    "Laborum.com – Encontrá el trabajo que buscás\n",
)

_co2 = m(
    "k7s4",
    "2025-11-19 17:40",
    "Francisca Vergara <fvergara@cordillerasur.example>",
    "Entrevista proceso JOT Perú",
    A("interview", CO, COR, 10, "direct"),
    "Hola Renzo, ¿cómo estás?\n\n"
    "Te escribo desde Cordillera Sur, en Santiago. Vimos tu postulación para el cargo de Jefe de Oficina "
    "Técnica de nuestro contrato de movimiento de tierras y obras civiles en la ampliación de una planta "
    "concentradora en Arequipa, que ejecutamos con nuestra filial Cordillera Sur Perú S.A.C.\n\n"
    "Te propongo una videollamada el lunes 24 a las 10:00 de Perú (12:00 de Chile). Estará conmigo "
    "Matías Rojas, gerente del contrato. Te dejo la invitación adjunta.\n\n"
    "Quedo atenta, saludos!\n\n"
    "Francisca Vergara M.\nPsicóloga Organizacional – Reclutamiento y Selección\n"
    "Constructora Cordillera Sur S.A. | Av. Apoquindo 4700, Las Condes, Santiago\n",
    ics=ics(
        "7c2d9ab1e44f0@google.com",
        "2025-11-24 10:00",
        "Entrevista Renzo Quispe - JOT Perú",
        ("Francisca Vergara", "fvergara@cordillerasur.example"),
        minutes=45,
        attendees=[("Matías Rojas", "mrojas@cordillerasur.example")],
        description="Reunión de Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_CdS9%40thread.v2/0",
    ),
)

_co3 = m(
    "k7s6",
    "2025-12-01 13:02",
    "Francisca Vergara <fvergara@cordillerasur.example>",
    "Evaluación psicolaboral",
    A("assessment", CO, COR, 10, "direct"),
    "Hola Renzo!\n\n"
    "Gracias por la entrevista con Matías, quedó muy contento. El siguiente paso es la evaluación "
    "psicolaboral, que hacemos en dos partes:\n\n"
    "1) Test en línea (aprox. 60 min): https://evaluaciones.cordillerasur.example/t/Rq7XvP\n"
    "2) Entrevista psicolaboral conmigo por video (te escribo para agendar una vez completes el test)\n\n"
    "¿Podrías completar el test antes del viernes 5?\n\n"
    "Saludos,\nFrancisca\n",
    st="interviewing",
    **rp(_co2),
)

_co4 = m(
    "k7s9",
    "2025-12-19 16:27",
    "Francisca Vergara <fvergara@cordillerasur.example>",
    "Resultado proceso",
    A("rejection", CO, COR, 10, "direct"),
    "Hola Renzo, ¿cómo estás?\n\n"
    "Primero, agradecerte tu disposición durante todo el proceso. Tu experiencia en obra y tu manejo de "
    "Primavera fueron muy bien valorados por el equipo y tu evaluación psicolaboral salió muy bien.\n\n"
    "Sin embargo, el cliente nos pidió que el JOT tenga experiencia previa en contratos mineros de más "
    "de 50 MUSD, por lo que decidimos avanzar con otro candidato que cumple ese requisito.\n\n"
    "Me gustaría mantenerte en nuestra base para los contratos que vienen en Perú el 2026.\n\n"
    "Un abrazo y felices fiestas,\nFrancisca Vergara\n",
)

# --- Apu Search (headhunter) for Minera Sayhua ---------------------------------------------

_sy0 = m(
    "p1x1",
    "2025-10-13 11:18",
    "Gonzalo Bedoya | Apu Search <gbedoya@apusearch.example>",
    "Oportunidad confidencial – Planner Senior (minería)",
    J("outreach", "agency", None, SYR),
    "Estimado Renzo:\n\n"
    "Mi nombre es Gonzalo Bedoya, consultor de Apu Search, firma de búsqueda de ejecutivos especializada en "
    "minería e infraestructura. Encontré su perfil en LinkedIn y me pareció muy interesante para una búsqueda "
    "que estamos conduciendo para una empresa minera de mediana escala, con operaciones en el sur del país, "
    "que inicia un proyecto de expansión de su planta y relavera.\n\n"
    "El rol es Planner Senior de Proyectos: programación en Primavera P6, control de avance, reportes al "
    "directorio, interacción con contratistas EPC. Régimen 14x7 o 10x4 según etapa. Por confidencialidad, no "
    "puedo revelar aún el nombre del cliente.\n\n"
    "¿Tendría 20 minutos esta semana para conversar? Si le interesa, puede enviarme su CV actualizado.\n\n"
    "Cordialmente,\n\nGonzalo Bedoya Lerner\nSenior Consultant – Mining & Infrastructure\nApu Search\n"
    "Av. Camino Real 390, Torre Central, of. 801, San Isidro | +51 1 422 9900\n",
)

_sy1 = m(
    "p1x3",
    "2025-10-16 09:05",
    "Gonzalo Bedoya | Apu Search <gbedoya@apusearch.example>",
    "RE: Oportunidad confidencial – Planner Senior (minería)",
    A("interview", SY, SYR, 11, "agency"),
    "Renzo, gracias por enviar su CV tan rápido.\n\n"
    "Le propongo conversar por Zoom el lunes 20 a las 7:30 p. m., así no se cruza con su horario de obra.\n"
    "https://us06web.zoom.us/j/84122907731?pwd=bXpRa2tYc0N2\n"
    "ID de reunión: 841 2290 7731 – Código: 552190\n\n"
    "En esa reunión le contaré más del cliente y de la posición, y revisaremos sus expectativas.\n\n"
    "Saludos,\nGonzalo\n\n"
    "-----Original Message-----\nFrom: Renzo Quispe Villanueva <renzo.quispe.v@gmail.com>\n"
    "Sent: Tuesday, October 14, 2025 9:47 PM\nTo: Gonzalo Bedoya <gbedoya@apusearch.example>\n"
    "Subject: Re: Oportunidad confidencial – Planner Senior (minería)\n\n"
    "Estimado Gonzalo, gracias por considerarme. Sí me interesa, adjunto mi CV. Saludos, Renzo\n",
    **rp(_sy0),
)

_sy2 = m(
    "p1x6",
    "2025-11-04 18:32",
    "Gonzalo Bedoya | Apu Search <gbedoya@apusearch.example>",
    "Siguiente paso – entrevista con el cliente",
    A("interview", SY, SYR, 11, "agency"),
    "Renzo, buenas tardes:\n\n"
    "Buenas noticias: el cliente revisó la terna y desea entrevistarlo. Ahora sí puedo contarle que se "
    "trata de Minera Sayhua (Compañía de Minas Sayhua S.A.), unidad Sayhua en Ayacucho, para el proyecto de "
    "ampliación de planta a 3,500 tpd.\n\n"
    "La entrevista será con el Gerente de Proyectos, Ing. Hernán Valdivia, el martes 11 de noviembre a las "
    "8:00 a. m. en sus oficinas de San Isidro (Calle Amador Merino Reyna 267, piso 4). Le envío la "
    "invitación; por favor confírmeme.\n\n"
    "Le recomiendo repasar su experiencia en control de contratistas y reportes de valor ganado.\n\n"
    "Saludos,\nGonzalo Bedoya\nApu Search\n",
    ics=ics(
        "a9d1c3e5f7b2@google.com",
        "2025-11-11 08:00",
        "Entrevista Minera Sayhua – Planner Senior (R. Quispe)",
        ("Gonzalo Bedoya", "gbedoya@apusearch.example"),
        minutes=60,
        location="Calle Amador Merino Reyna 267, piso 4, San Isidro",
        attendees=[("Hernán Valdivia", "hvaldivia@sayhua.example")],
    ),
)

MAIL: list[dict[str, Any]] = [
    _hu1, _hu_tc, _hu2, _hu3, _hu4, _hu5, _hu_docs, _hu_ooo, _hu6, _hu7, _hu_med, _hu_ind,
    _pk0, _pk1, _pk2, _pk3, _pk4,
    _ci1, _ci2, _ci3, _ci4, _ci5, _ci6,
    _pe1, _pe2, _pe3, _pe4,
    _mu1, _mu2,
    _cs1, _cs_nudge, _cs2,
    _qh1, _qh2, _qh3, _qh4, _qh5,
    _hc1, _hc2, _hc3, _hc4,
    _co1, _co2, _co3, _co4,
    _sy0, _sy1, _sy2,
]  # fmt: skip

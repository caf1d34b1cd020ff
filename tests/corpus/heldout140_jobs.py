# ruff: noqa: E501, RUF100
"""Corpus 140, job mail part one (data only): see heldout140.py.

Also the corpus's shared helpers: the time zone, ``m()`` and the label shorthands, which the other
data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Santiago's offset on ``day`` (CLT until Chile's summer time starts on 7 September 2025)."""
    return "-0400" if day < "2025-09-07" else "-0300"


m = partial(dated_spec, tz)
# Mail stamped by servers that write their Date in UTC (Greenhouse, LinkedIn, Lever, Ashby ...):
# ``when`` is then UTC, three hours ahead of Santiago from September on.
mu = partial(dated_spec, lambda day: "+0000")


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
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" in Santiago time, see :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def thread(*ids: str) -> dict[str, str]:
    """In-Reply-To / References for a reply to the last of ``ids``."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


CN, CNR = "Casa Nativa", "Analista de Performance Marketing"
BA, BA1, BA2, BA3 = (
    "Banco Austral",
    "Analista de Marketing Digital",
    "Especialista CRM y Fidelización",
    "Analista de Inteligencia Comercial",
)
CA, CAR = "Cobre Andino", "Analista de Analítica Digital"
BL, BLR = "Brightloop", "Growth Marketing Analyst (LATAM)"
FD, FDR = "Feria Digital", "Analista de Growth"
AF, AFR = "AFP Alerce", "Analista de Marketing y CRM"
TR, TRR = "Tramoya", "Analista de Medios Digitales"
DA, DAR = "Datum Consultores", "Consultor/a de Analytics Digital"
KO, KOR = "Kolibri", "Marketing Analyst, LATAM"
LU, LUR = "Lumbre", "Growth Analyst Sr."
NV, NVR = "Nordvik", "Performance Marketing Analyst"
SA, SAR = "Seguros Altamar", "Jefe/a de Marketing Digital"
MO, MOR = "Monedi", "Growth Analyst"
VI, VIR = "Vidriera", "Analista de Growth (remoto LATAM)"
FN, FNR = "Fieldnote", "Marketing Data Analyst"
ML, MLR = "Movilink", "Analista CRM"
TZ, TZR = "Tizalab", "Analista de Marketing Growth"
VA, VAR = "Viña Los Aromos", "Analista E-commerce"
TL, TLR = "Tiendas Lago", "Analista de CRM y Email Marketing"
CL, CLR = "Clínica Los Coihues", "Analista de Marketing Digital"
OB, OBR = "Orbitrack", "Growth Analyst (Remote, LATAM)"

# Senders used in more than one module.
TRABAJANDO = "Trabajando.com <noreply@trabajando.com>"
LABORUM = "Laborum <no_reply@laborum.cl>"
COMPUTRABAJO = "Computrabajo <no-reply@computrabajo.com>"
GETONBRD = "Get on Board <team@getonbrd.com>"
LI_JOBS = "LinkedIn <jobs-noreply@linkedin.com>"
SF_AUSTRAL = "Grupo Austral - Trabaja con Nosotros <GrupoAustral@successfactors.com>"
CUMBRE = "Atracción de Talento Cumbre Retail <atracciondetalento@cumbreretail.example>"

LI_FOOTER = """\
Este email se ha enviado a Josefina Aravena Urrutia (Growth & Marketing Analyst en Kiltro Store)
Descubre por qué hemos incluido esta información: https://www.linkedin.com/help/linkedin/answer/4788
Estás recibiendo emails de notificación sobre empleos.
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_application
Ayuda: https://www.linkedin.com/help/linkedin/answer/67
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
LinkedIn y el logotipo de LinkedIn son marcas registradas de LinkedIn."""


def trabajando_html(cargo: str, empresa: str, lugar: str, fecha: str, code: str) -> str:
    """Trabajando.com's "postulación enviada" template."""
    return f"""\
<html><head><meta charset="utf-8"><title>Postulación enviada</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#00a3e0;padding:18px"><img src="https://www.trabajando.cl/static/mail/logo-blanco.png" alt="Trabajando.com" width="170"></td></tr>
<tr><td style="padding:28px 32px;color:#333">
<h2 style="margin:0 0 12px">¡Hola Josefina!</h2>
<p>Tu postulación fue enviada con éxito. Estos son los datos de la oferta:</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Cargo</b></td><td>{cargo}</td></tr>
<tr><td><b>Empresa</b></td><td>{empresa}</td></tr>
<tr><td><b>Lugar de trabajo</b></td><td>{lugar}</td></tr>
<tr><td><b>Fecha de postulación</b></td><td>{fecha}</td></tr>
<tr><td><b>Código oferta</b></td><td>{code}</td></tr>
</table>
<p>Puedes seguir el estado de tu postulación (Postulación enviada, CV recibido, CV visto, CV evaluado,
Proceso finalizado) en <a href="https://www.trabajando.cl/mis-postulaciones?utm_source=transaccional&amp;utm_medium=email&amp;utm_campaign=postulacion_enviada">Mis postulaciones</a>.</p>
<p style="background:#eef8fd;padding:12px">💡 <b>Tip:</b> las empresas revisan primero los CV completos.
Un CV con foto, pretensión de renta y experiencia actualizada tiene más probabilidades de ser visto.</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999">Recibes este correo porque tienes una cuenta en Trabajando.com con
josefina.aravenau@gmail.com. Para dejar de recibir notificaciones <a href="https://www.trabajando.cl/preferencias-correo?u=9f31c2">cambia tus preferencias</a>.<br>
Trabajando.com · Santiago, Chile · Nunca te pediremos dinero para postular a una oferta.</td></tr>
</table></td></tr></table></body></html>"""


def laborum_html(titulo: str, intro: str, aviso: str, empresa: str, lugar: str, link: str) -> str:
    """Laborum's transactional template."""
    return f"""\
<html><body style="font-family:'Open Sans',Arial,sans-serif;background:#fafafa">
<div style="max-width:580px;margin:auto;background:#fff;border-top:4px solid #0a4da2">
<div style="padding:20px"><img src="https://imgbum-rebranding.laborum.cl/mail/laborum-logo.png" alt="laborum" height="28"></div>
<div style="padding:0 24px 24px">
<h1 style="font-size:22px;color:#0a4da2">{titulo}</h1>
<p>Hola Josefina,</p>
<p>{intro}</p>
<div style="border:1px solid #e4e4e4;border-radius:8px;padding:14px">
<p style="margin:0;font-weight:bold;font-size:16px">{aviso}</p>
<p style="margin:4px 0;color:#666">{empresa}</p>
<p style="margin:0;color:#666">{lugar}</p>
</div>
<p style="text-align:center;margin:24px 0"><a href="{link}" style="background:#e9004c;color:#fff;padding:12px 22px;border-radius:20px;text-decoration:none">Ver mis postulaciones</a></p>
<p style="font-size:12px;color:#777">Recuerda que laborum nunca te solicitará dinero ni datos bancarios para postular a un empleo.</p>
</div>
<div style="background:#f1f1f1;padding:14px;font-size:11px;color:#888">© 2025 Laborum Chile. Todos los derechos reservados.<br>
Si no quieres recibir más estos correos, <a href="https://www.laborum.cl/candidatos/configuracion/notificaciones">desuscríbete aquí</a>.</div>
</div></body></html>"""


def computrabajo_text(head: str, body: str, oferta: str, empresa: str, lugar: str) -> str:
    """Computrabajo's plain-text part."""
    return f"""\
{head}

{body}

  {oferta}
  {empresa}
  {lugar}

Revisa todas tus postulaciones en: https://candidato.cl.computrabajo.com/candidate/matches?utm_source=mail&utm_medium=transactional

Computrabajo nunca te pedirá dinero a cambio de un empleo. Si recibes una solicitud así, denúnciala.

---
Has recibido este correo porque estás registrado/a en Computrabajo Chile con josefina.aravenau@gmail.com.
Darte de baja de estas notificaciones: https://candidato.cl.computrabajo.com/candidate/settings/notifications"""


MAIL = [
    # --- 1. Casa Nativa (Cumbre Retail), Analista de Performance Marketing: Trabajando.com ---
    m(
        "ja01",
        "2025-09-02 21:47",
        TRABAJANDO,
        "Postulación enviada: Analista de Performance Marketing - Casa Nativa",
        A("confirmation", CN, CNR, 1, "other"),
        html=trabajando_html(
            "Analista de Performance Marketing - Casa Nativa",
            "Cumbre Retail S.A.",
            "Las Condes, Región Metropolitana",
            "02-09-2025",
            "5021877",
        ),
        headers={"List-Unsubscribe": "<https://www.trabajando.cl/preferencias-correo?u=9f31c2>"},
    ),
    m(
        "ja02",
        "2025-09-11 16:20",
        CUMBRE,
        "Casa Nativa | Coordinación de entrevista",
        A("interview", CN, CNR, 1, "direct"),
        text="""\
Hola Josefina,

¿Cómo estás? Te escribo del equipo de Atracción de Talento de Cumbre Retail. Revisamos tu
postulación al cargo de Analista de Performance Marketing para nuestra marca Casa Nativa y nos
gustaría conocerte.

Te propongo una primera entrevista por videollamada el martes 16 de septiembre a las 10:00 hrs,
con Paula Riquelme (Jefa de Marketing Digital de Casa Nativa) y conmigo. Va la invitación de
Teams en este mismo correo; si el horario no te acomoda, avísame y buscamos otro antes del 18.

Duración aproximada: 45 minutos. No necesitas preparar nada especial, pero nos encantaría que
nos contaras de alguna campaña de la que te sientas orgullosa.

Saludos,

Daniela Ortúzar
Analista de Atracción de Talento
Gerencia de Personas | Cumbre Retail S.A.
Casa Nativa · Trébol Calzado · Bazar Mirador
Av. Presidente Riesco 5711, piso 9, Las Condes

Este correo y sus adjuntos son confidenciales y para uso exclusivo de su destinatario.""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B0F1C3D2A21DDC01000000000000000010000000F3C0A1",
            "2025-09-16 10:00",
            "Entrevista Analista de Performance Marketing - Casa Nativa",
            ("Daniela Ortúzar", "dortuzar@cumbreretail.example"),
            style="outlook",
            minutes=45,
            attendees=[("Paula Riquelme", "priquelme@casanativa.example")],
            location="Reunión de Microsoft Teams",
            description="Únase a la reunión ahora: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTVh%40thread.v2/0\nId. de reunión: 284 611 902 77\nCódigo de acceso: Xk7Pq2",
        ),
    ),
    m(
        "ja03",
        "2025-09-29 12:05",
        CUMBRE,
        "Actualización de tu proceso",
        A("rejection", CN, CNR, 1, "direct"),
        text="""\
Hola Josefina:

Muchas gracias por el tiempo que dedicaste a conversar con nosotras y por tu interés en Casa
Nativa. Paula y yo quedamos muy bien impresionadas con tu experiencia en campañas de Meta y
Google Ads, y con lo clara que fuiste para explicar tu modelo de atribución.

Después de revisar con calma todas las candidaturas, decidimos avanzar con otra persona cuyo
perfil se ajusta más a lo que el equipo necesita hoy, en particular experiencia gestionando
marketplaces (Falabella, Paris, Mercado Libre).

Guardaremos tus antecedentes en nuestra base para futuros procesos del grupo y te animamos a
seguir postulando a nuestras marcas.

Un abrazo y mucho éxito,

Daniela Ortúzar
Atracción de Talento – Cumbre Retail S.A.""",
    ),
    # --- 2. Banco Austral (Grupo Austral), Analista de Marketing Digital: SuccessFactors, HireVue ---
    m(
        "ja04",
        "2025-09-04 20:12",
        SF_AUSTRAL,
        "Activa tu cuenta en el Portal de Empleos de Grupo Austral",
        J("other_job", "other", BA),
        text="""\
Hola Josefina,

Gracias por registrarte en el Portal de Empleos de Grupo Austral.

Para activar tu cuenta, haz clic en el siguiente enlace (válido por 48 horas):
https://career4.successfactors.com/career?company=grupoaustrP&career_ns=account_activation&token=c2F8a1QmZ3R5

Tu nombre de usuario es: josefina.aravenau@gmail.com

Si no creaste esta cuenta, puedes ignorar este mensaje.

Grupo Austral
Este es un mensaje generado automáticamente. Por favor, no respondas a este correo.""",
    ),
    m(
        "ja05",
        "2025-09-04 20:31",
        SF_AUSTRAL,
        "Grupo Austral: hemos recibido tu postulación",
        A("confirmation", BA, BA1, 2, "other"),
        text="""\
Estimada Josefina Aravena Urrutia:

Agradecemos tu interés en formar parte de Grupo Austral. Hemos recibido correctamente tu
postulación al cargo:

    Analista de Marketing Digital – Banco Austral
    N.º de requisición: 4471
    Ubicación: Santiago, Región Metropolitana, CL

Nuestro equipo de Reclutamiento y Selección revisará tus antecedentes. Si tu perfil se ajusta a lo
requerido, te contactaremos para las siguientes etapas del proceso. Puedes revisar el estado de
tu postulación en cualquier momento ingresando al Portal de Empleos.

Te recordamos que Grupo Austral nunca solicita pagos, depósitos ni claves bancarias durante sus
procesos de selección.

Atentamente,
Gerencia de Personas y Cultura
Grupo Austral | Banco Austral · Austral Corredores de Bolsa · Austral Seguros de Vida

Este es un mensaje automático, por favor no respondas a este correo.""",
    ),
    m(
        "ja06",
        "2025-09-06 10:00",
        SF_AUSTRAL,
        "Tu postulación aún no está completa",
        J("alert", "other", BA, BA3),
        html="""\
<html><body style="font-family:Arial;font-size:14px;color:#222">
<p><img src="https://career4.successfactors.com/career/grupoaustrP/logo_austral.png" alt="Grupo Austral"></p>
<p>Hola Josefina:</p>
<p>Notamos que comenzaste a postular al cargo <b>Analista de Inteligencia Comercial</b> (Req. 4502)
pero no terminaste el proceso. Tu postulación quedó guardada como borrador y <u>no ha sido enviada</u>.</p>
<p>La publicación cierra el <b>15/09/2025</b>. Puedes retomarla donde la dejaste:</p>
<p><a href="https://career4.successfactors.com/career?company=grupoaustrP&amp;career_job_req_id=4502&amp;career_ns=job_application">Continuar mi postulación</a></p>
<p>Saludos,<br>Reclutamiento y Selección<br>Grupo Austral</p>
<p style="font-size:11px;color:#777">Mensaje automático. No respondas a esta dirección.</p>
</body></html>""",
    ),
    m(
        "ja07",
        "2025-09-10 09:15",
        "Banco Austral <noreply@hirevue.com>",
        "Invitación a entrevista digital: Analista de Marketing Digital",
        A("assessment", BA, BA1, 2, "hirevue"),
        html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1b1b1b">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0"><img src="https://cdn.hirevue.com/logos/bancoaustral_cl.png" alt="Banco Austral" height="40"></td></tr>
<tr><td>
<p>Hola Josefina:</p>
<p>¡Felicitaciones! Has avanzado a la siguiente etapa del proceso de selección de <b>Banco Austral</b>
para el cargo <b>Analista de Marketing Digital</b>.</p>
<p>Te invitamos a completar una entrevista digital en HireVue. Responderás 5 preguntas en video a tu
propio ritmo: tendrás 30 segundos para preparar cada respuesta y hasta 3 minutos para responder.
Tienes dos intentos por pregunta.</p>
<p><b>Fecha límite:</b> lunes 15 de septiembre de 2025, 23:59 (hora de Chile)</p>
<p style="margin:26px 0"><a href="https://app.hirevue.com/interviews/Qm9x7Tz2/start?lang=es-419" style="background:#0b5fff;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Comenzar entrevista</a></p>
<p>Recomendaciones:</p>
<ul><li>Usa Chrome o la app de HireVue en tu celular.</li>
<li>Busca un lugar tranquilo, con buena luz y conexión estable.</li>
<li>Haz la pregunta de práctica antes de comenzar; no se envía a la empresa.</li></ul>
<p>¿Problemas técnicos? Visita <a href="https://www.hirevue.com/candidates">hirevue.com/candidates</a>.</p>
<p>¡Mucho éxito!<br>Equipo de Reclutamiento y Selección<br>Banco Austral</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding-top:20px">Powered by HireVue · <a href="https://www.hirevue.com/privacy">Aviso de privacidad</a></td></tr>
</table></body></html>""",
    ),
    m(
        "ja08",
        "2025-09-14 18:40",
        "Banco Austral <noreply@hirevue.com>",
        "Recordatorio: tu entrevista digital vence mañana",
        A("assessment", BA, BA1, 2, "hirevue"),
        text="""\
Hola Josefina,

Te recordamos que tu entrevista digital para Analista de Marketing Digital en Banco Austral
vence mañana, 15 de septiembre, a las 23:59 (hora de Chile).

Aún no has comenzado la entrevista. Puedes hacerlo aquí:
https://app.hirevue.com/interviews/Qm9x7Tz2/start?lang=es-419

Si ya la completaste, ignora este mensaje.

Equipo de Reclutamiento y Selección
Banco Austral

Powered by HireVue""",
    ),
    m(
        "ja09",
        "2025-10-03 11:22",
        SF_AUSTRAL,
        "Tu postulación en Grupo Austral",
        A("rejection", BA, BA1, 2, "other"),
        text="""\
Estimada Josefina:

Queremos agradecer sinceramente el tiempo y la dedicación que pusiste en el proceso de selección
para el cargo Analista de Marketing Digital (Req. 4471). Tu entrevista digital fue muy bien
evaluada por el equipo y valoramos especialmente tu experiencia en analítica de e-commerce.

Sin embargo, en esta ocasión hemos decidido continuar con otros postulantes cuyos perfiles se
ajustan de manera más cercana a los requerimientos actuales del cargo.

Tus antecedentes quedarán registrados en nuestro Portal de Empleos y te invitamos a postular a
futuras oportunidades en Banco Austral y en las demás empresas de Grupo Austral.

Te deseamos mucho éxito.

Equipo de Reclutamiento y Selección
Gerencia de Personas y Cultura – Banco Austral

Este es un mensaje automático, por favor no respondas a este correo.""",
    ),
    # --- 3. Cobre Andino (Andino Digital), Analista de Analítica Digital: Laborum, confidential ---
    m(
        "ja10",
        "2025-09-08 22:10",
        LABORUM,
        "Postulaste a Analista de Analítica Digital",
        A("confirmation", CA, CAR, 3, "other"),
        html=laborum_html(
            "¡Tu postulación fue enviada!",
            "Enviamos tu CV a la empresa. Te avisaremos cuando lo vean.",
            "Analista de Analítica Digital",
            "Importante Empresa Minera - Confidencial",
            "Las Condes, Santiago · Híbrido",
            "https://www.laborum.cl/postulantes/postulaciones?utm_source=transaccional&utm_campaign=postulacion",
        ),
    ),
    m(
        "ja11",
        "2025-09-12 08:03",
        LABORUM,
        "¡Buenas noticias! Vieron tu CV",
        A("viewed", CA, CAR, 3, "other"),
        html=laborum_html(
            "Tu CV fue leído",
            "La empresa que publicó este aviso leyó tu CV. ¡Estás un paso más cerca!",
            "Analista de Analítica Digital",
            "Importante Empresa Minera - Confidencial",
            "Las Condes, Santiago · Híbrido",
            "https://www.laborum.cl/postulantes/postulaciones?utm_source=transaccional&utm_campaign=cv_leido",
        ),
    ),
    m(
        "ja12",
        "2025-09-24 17:45",
        "Camila Fuenzalida Rojas <cfuenzalida@cobreandino.example>",
        "Proceso Analista de Analítica Digital – Andino Digital",
        A("interview", CA, CAR, 3, "direct"),
        text="""\
Estimada Josefina:

Junto con saludar, te escribo desde Andino Digital, la unidad de transformación digital de Cobre
Andino. Postulaste a través de Laborum al cargo de Analista de Analítica Digital y nos gustaría
avanzar contigo a una entrevista por competencias con el líder del área, Felipe Matamala.

¿Te acomoda el miércoles 1 de octubre a las 11:00 hrs por Teams? Te adjunto la invitación.
Te pedimos tener a mano tu CV y, si es posible, un ejemplo de un dashboard o análisis que hayas
construido (sin información confidencial de tu empleador actual).

Quedo atenta.

Saludos cordiales,

Camila Fuenzalida Rojas
Business Partner de Personas | Andino Digital
Gerencia de Transformación Digital
Compañía Minera Cobre Andino S.A.
Av. Apoquindo 4001, piso 12, Las Condes – Santiago
+56 2 2946 7100

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos pueden contener información confidencial o
legalmente protegida, para uso exclusivo de su destinatario. Si usted lo ha recibido por error,
por favor notifíquelo al remitente y elimínelo de su sistema. Antes de imprimir, piensa en el
medio ambiente.""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000C41D2F8E6A2EDC0100000000000000001000000088A1B2",
            "2025-10-01 11:00",
            "Entrevista Analista de Analítica Digital – J. Aravena",
            ("Camila Fuenzalida Rojas", "cfuenzalida@cobreandino.example"),
            style="outlook",
            attendees=[("Felipe Matamala", "fmatamala@cobreandino.example")],
            location="Reunión de Microsoft Teams",
            description="Reunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE1MzA0%40thread.v2/0\nId. de reunión: 331 902 556 140",
        ),
    ),
    m(
        "ja13",
        "2025-10-03 14:30",
        "Pipplet <noreply@pipplet.com>",
        "Cobre Andino has invited you to take a Pipplet English test",
        A("assessment", CA, CAR, 3, "other", "en"),
        text="""\
Hello Josefina,

As part of your application, Cobre Andino has asked you to take a language assessment in
English with Pipplet.

The test takes about 30 minutes and has a written part and an oral part (you will record short
answers with your microphone). There is no right or wrong answer: our certified examiners will
assess your level on the CEFR scale (A1 to C2).

You have 5 days to complete your test.

Start my test: https://app.pipplet.com/test/start?token=pp_7Jq4Xw0RzA&lang=en

Before you start:
 - use Chrome or Firefox on a computer (not a phone)
 - check that your microphone works
 - make sure you can spend 30 minutes without interruption

Good luck!
The Pipplet team

Pipplet - 49 rue de Ponthieu, 75008 Paris, France
You received this e-mail because Cobre Andino invited you to take a Pipplet test.""",
    ),
    m(
        "ja14",
        "2025-10-17 10:12",
        "Camila Fuenzalida Rojas <cfuenzalida@cobreandino.example>",
        "Segunda etapa: entrevista presencial – Analista de Analítica Digital",
        A("interview", CA, CAR, 3, "direct"),
        text="""\
Hola Josefina:

¡Buenas noticias! Felipe quedó muy contento con la conversación y tu resultado en la evaluación de
inglés fue B2+. La siguiente etapa es una entrevista presencial con Felipe y con Andrea Cifuentes,
Gerenta de Transformación Digital.

Fecha: miércoles 22 de octubre
Hora: 15:30 a 16:30 hrs
Lugar: Av. Apoquindo 4001, piso 12, sala Atacama (metro Escuela Militar)

Al llegar, regístrate en recepción del edificio con tu cédula de identidad. Si vienes en auto,
avísame para dejarte un estacionamiento de visita.

Te envío la invitación al calendario.

Saludos,
Camila

Camila Fuenzalida Rojas
Business Partner de Personas | Andino Digital
Compañía Minera Cobre Andino S.A.""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000D8E33A907C3FDC01000000000000000010000000AA02F3",
            "2025-10-22 15:30",
            "Entrevista presencial – Analista de Analítica Digital",
            ("Camila Fuenzalida Rojas", "cfuenzalida@cobreandino.example"),
            style="outlook",
            attendees=[
                ("Felipe Matamala", "fmatamala@cobreandino.example"),
                ("Andrea Cifuentes", "acifuentes@cobreandino.example"),
            ],
            location="Av. Apoquindo 4001, piso 12, sala Atacama, Las Condes",
        ),
    ),
    m(
        "ja15",
        "2025-11-04 09:40",
        "Mente Sur Consultores <agenda@mentesur.example>",
        "Agenda evaluación psicolaboral – Josefina Aravena Urrutia",
        A("interview", CA, CAR, 3, "agency"),
        text="""\
Estimada Josefina:

Junto con saludarla, y por encargo de Compañía Minera Cobre Andino S.A., la contactamos para
coordinar su evaluación psicolaboral para el cargo de Analista de Analítica Digital.

La evaluación es presencial, tiene una duración aproximada de 2 horas e incluye una entrevista
psicolaboral y la aplicación de pruebas psicométricas.

  Fecha: jueves 6 de noviembre de 2025
  Hora: 09:00 hrs
  Dirección: Av. Providencia 2133, oficina 604, Providencia (metro Los Leones)

Le solicitamos confirmar su asistencia respondiendo este correo. Recuerde traer su cédula de
identidad y, si los usa, sus lentes ópticos.

Atentamente,

Macarena Leiva Sáez
Psicóloga Laboral
Mente Sur Consultores – Evaluación y Selección de Personas
www.mentesur.example""",
        ics=ics(
            "mentesur-8841-20251106T0900@mentesur.example",
            "2025-11-06 09:00",
            "Evaluación psicolaboral - J. Aravena (Cobre Andino)",
            ("Macarena Leiva Sáez", "agenda@mentesur.example"),
            minutes=120,
            location="Av. Providencia 2133, of. 604, Providencia",
        ),
    ),
    m(
        "ja16",
        "2025-12-09 18:05",
        "Camila Fuenzalida Rojas <cfuenzalida@cobreandino.example>",
        "Carta Oferta – Analista de Analítica Digital",
        A("offer", CA, CAR, 3, "direct"),
        text="""\
Hola Josefina:

Es un gusto para nosotros informarte que has sido seleccionada para el cargo de Analista de
Analítica Digital en Andino Digital. Adjunto encontrarás la carta oferta con el detalle de las
condiciones. En resumen:

  - Renta bruta mensual: $2.350.000
  - Gratificación legal (tope 4,75 IMM) y bono anual por desempeño (hasta 1,5 sueldos)
  - Seguro complementario de salud y dental, seguro de vida
  - Modalidad híbrida 4x1 (cuatro días en oficina Apoquindo, uno remoto)
  - Contrato a plazo indefinido, con fecha de ingreso a convenir en enero 2026

La contratación está sujeta a la aprobación de los exámenes pre-ocupacionales y a la verificación
de antecedentes, que coordinaríamos una vez que aceptes.

Te agradeceremos confirmar tu respuesta a más tardar el lunes 15 de diciembre. Si tienes
cualquier duda, llámame o escríbeme.

Un abrazo,
Camila

Camila Fuenzalida Rojas
Business Partner de Personas | Andino Digital
Compañía Minera Cobre Andino S.A.""",
        attach=[
            (
                "Carta_Oferta_JAravena_AnalistaAnaliticaDigital.pdf",
                "application/pdf",
                "%PDF-1.4\n% Carta oferta - Compania Minera Cobre Andino S.A.\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
            )
        ],
    ),
    m(
        "ja17",
        "2025-12-15 16:48",
        "Camila Fuenzalida Rojas <cfuenzalida@cobreandino.example>",
        "RE: Carta Oferta – Analista de Analítica Digital",
        A("offer", CA, CAR, 3, "direct"),
        st="declined",
        text="""\
Hola Josefina:

Gracias por avisarnos con tiempo y por tu transparencia. Entendemos que la modalidad presencial
no calza con lo que buscas en este momento. Lo conversé con Felipe y Andrea, y aunque lamentamos
mucho no poder contar contigo, valoramos tu honestidad.

Las puertas de Andino Digital quedan abiertas; si más adelante cambian las condiciones, no dudes
en escribirnos.

Mucho éxito en lo que viene.

Saludos,
Camila

________________________________
De: Josefina Aravena Urrutia <josefina.aravenau@gmail.com>
Enviado: lunes, 15 de diciembre de 2025 12:31
Para: Camila Fuenzalida Rojas <cfuenzalida@cobreandino.example>
Asunto: Re: Carta Oferta – Analista de Analítica Digital

Hola Camila:

Muchas gracias por la oferta y por todo el proceso; fue muy grato conocer al equipo.

Después de pensarlo bastante, he decidido no aceptarla. La modalidad de cuatro días presenciales
en Las Condes me complica mucho desde Ñuñoa, y tengo otra alternativa con más flexibilidad.

Les agradezco de verdad la oportunidad y espero que nos crucemos más adelante.

Saludos,
Josefina""",
        headers=thread("<CAK9v+3pQ0x2mM1zK_offerCA@mail.gmail.com>"),
    ),
    # --- 4. Brightloop, Growth Marketing Analyst (LATAM): Greenhouse ---
    mu(
        "ja18",
        "2025-09-10 14:02",
        "Brightloop Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Brightloop",
        A("confirmation", BL, BLR, 4, "greenhouse", "en"),
        text="""\
Hi Josefina,

Thanks for your interest in Brightloop! We've received your application for the Growth Marketing
Analyst (LATAM) position, and our team will review it shortly.

If your background is a good match for the role, someone from our Talent team will reach out
about next steps. Because we receive a high volume of applications, this can take up to two
weeks.

In the meantime, you can learn more about how we work at https://brightloop.example/blog.

Best,
The Brightloop Talent Team

Brightloop is an equal opportunity employer. We celebrate diversity and are committed to
creating an inclusive environment for all employees.""",
        html="""\
<div style="font-family:Inter,Arial,sans-serif;font-size:15px;line-height:1.5;color:#111">
<p>Hi Josefina,</p>
<p>Thanks for your interest in Brightloop! We've received your application for the <strong>Growth Marketing Analyst (LATAM)</strong> position, and our team will review it shortly.</p>
<p>If your background is a good match for the role, someone from our Talent team will reach out about next steps. Because we receive a high volume of applications, this can take up to two weeks.</p>
<p>In the meantime, you can learn more about how we work on <a href="https://brightloop.example/blog?utm_source=greenhouse">our blog</a>.</p>
<p>Best,<br>The Brightloop Talent Team</p>
<p style="font-size:12px;color:#666">Brightloop is an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive environment for all employees.</p>
</div>""",
    ),
    mu(
        "ja19",
        "2025-09-19 17:30",
        "Dana Whitfield <no-reply@us.greenhouse-mail.io>",
        "Brightloop – take-home exercise",
        A("assessment", BL, BLR, 4, "greenhouse", "en"),
        reply_to="dana.whitfield@brightloop.example",
        text="""\
Hi Josefina,

Great news: the hiring team would like to move you forward for the Growth Marketing Analyst
(LATAM) role!

The next step is a short take-home exercise. You'll get a CSV (~40k rows of anonymized trial
sign-ups) and four questions about funnel conversion and channel performance. Please don't spend
more than 3 hours on it; we care more about your reasoning than about polish.

Start the exercise here (the timer starts when you open the link):
https://app.greenhouse.io/tests/8f1c2a7be0d94b1f?utm_medium=email&utm_source=TakeHomeTest

Please submit by Thursday, September 25, end of day in your time zone. If you need more time,
just reply to this email.

Cheers,
Dana

Dana Whitfield
Senior Technical Recruiter, Brightloop""",
    ),
    mu(
        "ja20",
        "2025-09-30 20:14",
        "Dana Whitfield <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Growth Marketing Analyst (LATAM) at Brightloop",
        A("interview", BL, BLR, 4, "greenhouse", "en"),
        reply_to="dana.whitfield@brightloop.example",
        text="""\
Hi Josefina,

You're confirmed for your interview with Brightloop! Here are the details:

Date: Thursday, October 2, 2025
Time: 12:00 PM - 12:45 PM EDT (1:00 PM - 1:45 PM your time, America/Santiago)
Interviewer: Marcus Bell, Head of Growth
Location: Zoom - https://brightloop.zoom.us/j/81234567890?pwd=bG9vcA

Marcus will walk through your take-home with you and talk about the team's roadmap for Latin
America. A calendar invitation is attached.

If you need to reschedule, please reply to this email as soon as possible.

Good luck!
Dana""",
        ics=ics(
            "gh-interview-55120931@brightloop.example",
            "2025-10-02 13:00",
            "Josefina Aravena Urrutia <> Brightloop: Hiring Manager Interview",
            ("Dana Whitfield", "dana.whitfield@brightloop.example"),
            minutes=45,
            attendees=[("Marcus Bell", "marcus.bell@brightloop.example")],
            location="https://brightloop.zoom.us/j/81234567890?pwd=bG9vcA",
            description="Interview for Growth Marketing Analyst (LATAM). Scheduled via Greenhouse.",
        ),
    ),
    mu(
        "ja21",
        "2025-10-15 15:47",
        "Dana Whitfield <no-reply@us.greenhouse-mail.io>",
        "Following up from Brightloop",
        A("rejection", BL, BLR, 4, "greenhouse", "en"),
        reply_to="dana.whitfield@brightloop.example",
        text="""\
Hi Josefina,

Thank you so much for the time you put into the take-home and for the great conversation with
Marcus. Your analysis of the activation funnel was one of the most thoughtful we received, and
the team genuinely enjoyed meeting you.

After a lot of deliberation, we've decided to move forward with another candidate whose
experience with product-led B2B SaaS is a closer fit for where the team is right now. This was a
tough call, and it's no reflection on the quality of your work.

We'd love to stay in touch as we grow the LATAM team next year. Wishing you the very best in
your search.

Warmly,
Dana""",
    ),
    mu(
        "ja22",
        "2025-10-22 13:00",
        "Brightloop <no-reply@us.greenhouse-mail.io>",
        "How did we do? Tell us about your interview experience",
        J("other_job", "greenhouse", BL, BLR, "en"),
        text="""\
Hi Josefina,

Thank you for interviewing with Brightloop. We're always working to improve our hiring process,
and we'd love to hear about your experience, whatever the outcome.

This anonymous survey takes about 2 minutes:
https://app.greenhouse.io/survey/candidate/7b2e91?token=Yk3mQ

Your responses are not shared with the interviewers and won't affect any current or future
applications.

Thank you,
Brightloop Talent Team""",
    ),
    # --- 5. Feria Digital, Analista de Growth: LinkedIn ---
    mu(
        "ja23",
        "2025-09-16 23:05",
        LI_JOBS,
        "Josefina, tu solicitud se ha enviado a Feria Digital",
        A("confirmation", FD, FDR, 5, "linkedin"),
        text=f"""\
Tu solicitud se ha enviado a Feria Digital

Analista de Growth
Feria Digital · Santiago, Región Metropolitana de Santiago, Chile (Híbrido)
Solicitud enviada el 16 de sept. de 2025

Ver empleo: https://www.linkedin.com/comm/jobs/view/4297715530/?trackingId=Zk1%2Bq0bVRs6Yv3D%2Fm2xE8g%3D%3D&refId=ByteString

Ahora, haz que tu perfil destaque
Los seleccionadores suelen revisar tu perfil de LinkedIn. Asegúrate de que tu titular y tu
experiencia estén actualizados.

Empleos similares
Analista de Marketing Digital · Retail Andino · Santiago
Growth Marketing Specialist · Kuanto · Remoto

{LI_FOOTER}""",
    ),
    # --- 6. AFP Alerce, Analista de Marketing y CRM: Trabajando.com, SHL, Teams ---
    m(
        "ja24",
        "2025-09-22 21:30",
        TRABAJANDO,
        "Postulación enviada: Analista de Marketing y CRM",
        A("confirmation", AF, AFR, 6, "other"),
        html=trabajando_html(
            "Analista de Marketing y CRM",
            "AFP Alerce S.A.",
            "Santiago Centro, Región Metropolitana",
            "22-09-2025",
            "5039402",
        ),
        headers={"List-Unsubscribe": "<https://www.trabajando.cl/preferencias-correo?u=9f31c2>"},
    ),
    m(
        "ja25",
        "2025-09-30 10:02",
        "SHL <noreply@shl.com>",
        "AFP Alerce – Invitación a evaluación en línea",
        A("assessment", AF, AFR, 6, "other"),
        text="""\
Estimada Josefina Aravena:

AFP Alerce le invita a completar una evaluación en línea como parte del proceso de selección para
el cargo Analista de Marketing y CRM.

La evaluación consta de:
  1. Cuestionario de personalidad ocupacional (OPQ32) - aprox. 25 minutos
  2. Razonamiento numérico (Verify) - 18 minutos
  3. Razonamiento verbal (Verify) - 19 minutos

Fecha límite: 06/10/2025 23:59 (GMT-3)

Para comenzar, ingrese al siguiente enlace:
https://online.shl.com/candidate/login?p=AFPALERCE-CL&u=J4R8V2

Le recomendamos realizar las pruebas en un computador, en un lugar tranquilo y sin
interrupciones. Las pruebas de razonamiento tienen tiempo límite; puede usar calculadora y papel.

Si tiene dificultades técnicas, contacte a soporte: https://www.shl.com/candidate-support

Atentamente,
Equipo de Soporte SHL, en nombre de AFP Alerce

Este correo fue enviado por SHL en nombre de AFP Alerce. SHL procesa sus datos de acuerdo con su
política de privacidad: https://www.shl.com/legal/privacy""",
    ),
    m(
        "ja26",
        "2025-10-09 15:44",
        "Reclutamiento AFP Alerce <reclutamiento@afpalerce.example>",
        "Citación entrevista – Analista de Marketing y CRM",
        A("interview", AF, AFR, 6, "direct"),
        sender="Macarena Soto Pizarro <msoto@afpalerce.example>",
        text="""\
Estimada Josefina:

Junto con saludar, y de acuerdo con los resultados de la evaluación en línea, te invitamos a una
entrevista con la Subgerencia de Marketing para el cargo de Analista de Marketing y CRM.

  Fecha: miércoles 15 de octubre de 2025
  Hora: 10:30 hrs
  Modalidad: videollamada por Microsoft Teams (enlace en la invitación adjunta)
  Participan: Jorge Villalobos (Subgerente de Marketing) y Macarena Soto (Reclutamiento)

Agradeceremos confirmar tu asistencia aceptando la invitación.

Saludos cordiales,

Macarena Soto Pizarro
Analista de Reclutamiento y Selección
Gerencia de Personas – AFP Alerce S.A.
Av. Libertador Bernardo O'Higgins 1449, Santiago""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000017AF55C8A439DC01000000000000000010000000C7D0E4",
            "2025-10-15 10:30",
            "Entrevista Analista de Marketing y CRM – J. Aravena",
            ("Macarena Soto Pizarro", "msoto@afpalerce.example"),
            style="outlook",
            minutes=45,
            attendees=[("Jorge Villalobos", "jvillalobos@afpalerce.example")],
            location="Reunión de Microsoft Teams",
            description="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWZwYWxl%40thread.v2/0\nId. de reunión: 219 448 073 912",
        ),
    ),
    m(
        "ja27",
        "2025-10-14 18:20",
        "Macarena Soto Pizarro <msoto@afpalerce.example>",
        "Cancelado: Entrevista Analista de Marketing y CRM – J. Aravena",
        A("interview", AF, AFR, 6, "direct"),
        text="""\
Hola Josefina:

Lamentablemente, por temas de agenda de la Subgerencia de Marketing debemos cancelar la entrevista
de mañana miércoles. Te escribiremos en los próximos días para coordinar una nueva fecha.

Disculpa las molestias.

Macarena Soto Pizarro
Reclutamiento y Selección – AFP Alerce""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000017AF55C8A439DC01000000000000000010000000C7D0E4",
            "2025-10-15 10:30",
            "Cancelado: Entrevista Analista de Marketing y CRM – J. Aravena",
            ("Macarena Soto Pizarro", "msoto@afpalerce.example"),
            style="outlook",
            method="CANCEL",
            minutes=45,
            attendees=[("Jorge Villalobos", "jvillalobos@afpalerce.example")],
            location="Reunión de Microsoft Teams",
        ),
    ),
    m(
        "ja28",
        "2025-10-20 09:12",
        "Macarena Soto Pizarro <msoto@afpalerce.example>",
        "Respuesta automática: Nueva fecha entrevista",
        J("other_job", "direct", AF),
        headers={
            "Auto-Submitted": "auto-replied",
            "X-Auto-Response-Suppress": "All",
            "Thread-Topic": "Nueva fecha entrevista",
        },
        text="""\
Estaré fuera de la oficina desde el lunes 20 hasta el viernes 24 de octubre, con acceso limitado
al correo.

Para temas urgentes de reclutamiento, por favor escribir a reclutamiento@afpalerce.example.

Saludos,
Macarena Soto Pizarro
AFP Alerce""",
    ),
    m(
        "ja29",
        "2025-11-10 13:15",
        "Reclutamiento AFP Alerce <reclutamiento@afpalerce.example>",
        "Proceso de selección Analista de Marketing y CRM",
        A("rejection", AF, AFR, 6, "direct"),
        text="""\
Estimada Josefina:

Junto con saludar, queremos agradecer tu participación en el proceso de selección para el cargo
de Analista de Marketing y CRM, y nuevamente pedirte disculpas por la cancelación de la entrevista
de octubre.

Te contamos que la Subgerencia de Marketing decidió cerrar el proceso con una persona que
participó en la etapa final antes de la reprogramación. Tus resultados en la evaluación en línea
fueron muy buenos, por lo que mantendremos tu perfil en nuestra base de datos para futuras
oportunidades.

Te deseamos mucho éxito en tus próximos desafíos.

Saludos cordiales,
Equipo de Reclutamiento y Selección
Gerencia de Personas – AFP Alerce S.A.""",
    ),
    # --- 7. Tramoya, Analista de Medios Digitales: Computrabajo (ghosted) ---
    m(
        "ja30",
        "2025-09-25 22:40",
        COMPUTRABAJO,
        "Has postulado a la oferta Analista de Medios Digitales",
        A("confirmation", TR, TRR, 7, "other"),
        text=computrabajo_text(
            "¡Postulación realizada con éxito!",
            "Josefina, tu CV se ha enviado correctamente a la empresa. Te avisaremos cuando lo revisen.",
            "Analista de Medios Digitales",
            "Tramoya Agencia Digital SpA",
            "Providencia, RM",
        ),
    ),
    m(
        "ja31",
        "2025-09-29 11:10",
        COMPUTRABAJO,
        "Tramoya Agencia Digital SpA ha visto tu CV",
        A("viewed", TR, TRR, 7, "other"),
        text=computrabajo_text(
            "Tu CV ha sido visto",
            "Buenas noticias, Josefina: la empresa ha abierto tu CV para la oferta a la que postulaste.",
            "Analista de Medios Digitales",
            "Tramoya Agencia Digital SpA",
            "Providencia, RM",
        ),
    ),
    # --- 8. Datum Consultores, Consultor/a de Analytics Digital: Computrabajo ---
    m(
        "ja32",
        "2025-10-01 08:55",
        COMPUTRABAJO,
        "Has postulado a la oferta Consultor/a de Analytics Digital",
        A("confirmation", DA, DAR, 8, "other"),
        text=computrabajo_text(
            "¡Postulación realizada con éxito!",
            "Josefina, tu CV se ha enviado correctamente a la empresa. Te avisaremos cuando lo revisen.",
            "Consultor/a de Analytics Digital",
            "Datum Consultores Ltda.",
            "Santiago, RM",
        ),
    ),
    m(
        "ja33",
        "2025-10-06 15:31",
        COMPUTRABAJO,
        "Datum Consultores Ltda. ha visto tu CV",
        A("viewed", DA, DAR, 8, "other"),
        text=computrabajo_text(
            "Tu CV ha sido visto",
            "Buenas noticias, Josefina: la empresa ha abierto tu CV para la oferta a la que postulaste.",
            "Consultor/a de Analytics Digital",
            "Datum Consultores Ltda.",
            "Santiago, RM",
        ),
    ),
    m(
        "ja34",
        "2025-10-24 19:02",
        COMPUTRABAJO,
        "Novedades en tu postulación: Consultor/a de Analytics Digital",
        A("rejection", DA, DAR, 8, "other"),
        text="""\
Hola Josefina,

La empresa Datum Consultores Ltda. ha actualizado el estado de tu postulación a la oferta
Consultor/a de Analytics Digital:

  Estado: Descartado/a - la empresa ha decidido continuar con otros candidatos.

¡No te desanimes! Cada postulación es una oportunidad para aprender. Estas ofertas podrían
interesarte:

  > Analista de Marketing Digital - Comercial Pudú SpA - Santiago
    https://cl.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-analista-de-marketing-digital-en-santiago-8C1F2E
  > Ejecutivo/a de Performance - Agencia Rayén - Providencia
    https://cl.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-ejecutivo-de-performance-en-providencia-A3D9B0
  > Analista CRM - Confidencial - Las Condes
    https://cl.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-analista-crm-en-las-condes-77E0C4

Mucho éxito en tu búsqueda,
El equipo de Computrabajo

---
Has recibido este correo porque estás registrado/a en Computrabajo Chile con josefina.aravenau@gmail.com.
Darte de baja: https://candidato.cl.computrabajo.com/candidate/settings/notifications""",
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 160, job mail part one (data only): see heldout160.py.

Also the corpus's shared helpers: the time zones, ``m()`` and the label shorthands, which the
other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Bogotá's offset on ``day`` (Colombia keeps UTC-5 all year)."""
    return "-0500"


def tz_madrid(day: str) -> str:
    """Madrid's offset on ``day`` (CEST until the last Sunday of October 2025)."""
    return "+0200" if day < "2025-10-26" else "+0100"


def tz_us_east(day: str) -> str:
    """New York's offset on ``day`` (EDT until the first Sunday of November 2025)."""
    return "-0400" if day < "2025-11-02" else "-0500"


m = partial(dated_spec, tz)
m_mad = partial(dated_spec, tz_madrid)  # mail written in Madrid, dated in Madrid time
m_us = partial(dated_spec, tz_us_east)  # mail written on the US east coast


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
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM", Bogotá time)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def reply(*earlier: dict[str, Any]) -> dict[str, str]:
    """Threading headers of a reply to the given specs (oldest first)."""
    return {
        "In-Reply-To": earlier[-1]["id"],
        "References": " ".join(spec["id"] for spec in earlier),
    }


def unsub(url: str, mailto: str | None = None) -> dict[str, str]:
    """List-Unsubscribe headers of bulk mail."""
    value = f"<{url}>" if mailto is None else f"<mailto:{mailto}>, <{url}>"
    return {"List-Unsubscribe": value, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


ME_NAME = "Daniela Marcela Restrepo Ospina"
ME_ADDR = "dmrestrepo.qa@gmail.com"

# Employers and roles (as a person would write them).
BC, BCR = "Banco Cordillera", "Analista de Pruebas Automatizadas"
QL, QLR, QLL = "Quimbaya Labs", "Analista QA Automatización", "QA Lead"
LL, LLR = "Ledgerline", "Software Development Engineer in Test"
TD, TDR = "Tiendalia", "QA Automation Engineer"
CA, CAR = "Conecta", "Analista de Aseguramiento de Calidad de Software"
BH, BHR = "Brightpath Health", "QA Automation Engineer"
UT, UTR = "Universidad Tecnológica del Aburrá", "Docente de cátedra – Pruebas de Software"
TT, TTR = "Tintico", "QA Engineer"
BT, BTR = "Bitácora Cloud", "QA Automation Engineer"
SN, SNR = "Sistemas Nevado", "Analista de Pruebas de Software"
AP, APR = "Aseguradora Pórtico", "Analista QA"
CD, CDR = "Cumbre Digital", "SDET (Cypress)"
HV, HVR = "Harborview Analytics", "QA Automation Engineer"
CL, CLR = "Copperline", "Senior QA Engineer"
FR, FRR = "Farmarío", "Analista de Pruebas QA"
CM, CMR = "Clínica Montesacro", "Analista de Pruebas de Sistemas de Información"
AG, AGR = "Atlas Global Services", "QA Automation Analyst (Bilingual)"
PX, PXR = "Pixelandia Estudio", "Tester QA"
NG, NGR = "Northgate Insurance", "QA Automation Engineer II"
RR, RRR = "Runa Robotics", "QA Engineer (Automation)"
LX, LXR = "Logística Aburrá Express", "Analista de Pruebas"

_CORDILLERA_FOOTER = """\
--
AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su
destinatario y pueden contener información privilegiada o confidencial de las compañías del
Grupo Cordillera. Si usted no es el destinatario, le solicitamos informarlo al remitente y
eliminarlo. El tratamiento de sus datos personales se realiza conforme a la Ley 1581 de 2012 y
a la Política de Tratamiento de Datos disponible en www.grupocordillera.example/privacidad.
Antes de imprimir este correo piense en su responsabilidad con el medio ambiente."""

_MAZ = "Zuluaga Henao, María Alejandra"
_MAZ_ADDR = "mazuluaga@grupocordillera.example"

_bc_interview = m(
    "t4rw",
    "2025-08-04 16:37",
    f"{_MAZ} <{_MAZ_ADDR}>",
    "Entrevista proceso Analista de Pruebas Automatizadas - Banco Cordillera",
    A("interview", BC, BCR, 1, "direct"),
    text=f"""\
Hola Daniela Marcela, buenas tardes.

Te felicito, tus resultados en las pruebas en línea fueron satisfactorios y continúas en el
proceso. Te envío la invitación para la entrevista con Gestión Humana el jueves 7 de agosto a
las 2:00 p. m. por Microsoft Teams. Dura aproximadamente 45 minutos; te recomiendo conectarte
5 minutos antes y tener a la mano tu hoja de vida.

Quedo atenta a tu confirmación.

________________________________________________________________________________
Reunión de Microsoft Teams
Únase desde el equipo, la aplicación móvil o un dispositivo de sala
Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTc4ZmEtY2Q0NS00YjI4LWE5ZTAtOTI0MWNlN2E0ZDhm%40thread.v2/0?context=%7b%22Tid%22%3a%22c7a1f0de%22%7d>
Id. de reunión: 284 551 903 217
Código de acceso: Xq7Rt2
Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________

María Alejandra Zuluaga Henao
Profesional de Atracción de Talento
Vicepresidencia de Gestión Humana | Grupo Cordillera
Cra. 43A # 1 Sur-100, Medellín
{_CORDILLERA_FOOTER}
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A0F3C2B1E1F4DB01000000000000000010000000B7E2A44C0F3D2B4E9A77D0C1E5F6A921",
        "2025-08-07 14:00",
        "Entrevista Gestión Humana - Analista de Pruebas Automatizadas",
        (_MAZ, _MAZ_ADDR),
        style="outlook",
        minutes=45,
        location="Reunión de Microsoft Teams",
        description="Entrevista con Gestión Humana. Proceso: Analista de Pruebas Automatizadas (Banco Cordillera S.A.).",
    ),
)

_bc_hold = m(
    "w8nc",
    "2025-09-17 10:05",
    "Atracción de Talento Grupo Cordillera <talento@grupocordillera.example>",
    "Proceso de selección",
    A("confirmation", BC, BCR, 1, "direct"),
    st="on_hold",
    text=f"""\
Cordial saludo, Daniela Marcela:

Agradecemos tu participación y la disposición que has tenido durante el proceso de selección
para el cargo Analista de Pruebas Automatizadas.

Te informamos que, por decisión de la Vicepresidencia de Tecnología de Banco Cordillera S.A.,
la requisición de esta vacante se encuentra en pausa mientras se redefine la estructura del
equipo de calidad de software para 2026. Esto no significa que hayas sido descartada: tu
proceso queda suspendido en la etapa en la que te encuentras (estudio de seguridad y visita
domiciliaria finalizados) y, si la vacante se reactiva, te contactaremos para continuar.

Por ahora no es necesario que realices ninguna acción. Si en este tiempo recibes otra
propuesta, te agradecemos que nos lo hagas saber.

Quedamos atentos,

Equipo de Atracción de Talento
Grupo Cordillera
{_CORDILLERA_FOOTER}
""",
)

_ql_offer = m(
    "p2sd",
    "2025-08-12 17:48",
    "Valentina Ríos <valentina.rios@quimbayalabs.example>",
    "Propuesta laboral Quimbaya Labs",
    A("offer", QL, QLR, 2, "direct"),
    text="""\
Hola Daniela, ¡qué gusto saludarte!

Después de la entrevista técnica con Andrés y Mónica, el equipo quedó muy contento con tu
perfil, especialmente con lo que nos contaste del framework de Cypress que armaste desde cero.
Por eso queremos hacerte la siguiente propuesta:

- Cargo: Analista QA Automatización
- Tipo de contrato: contrato a término indefinido
- Salario: $6.200.000 mensuales + prestaciones de ley
- Modalidad: híbrida (martes y jueves en la oficina de Ciudad del Río)
- Beneficios: medicina prepagada al 50 %, tarde libre el día de tu cumpleaños, auxilio de
  conectividad de $150.000 y presupuesto anual de formación (ISTQB Advanced incluido)
- Fecha de ingreso tentativa: lunes 1 de septiembre

Si aceptas, el siguiente paso es el examen médico de ingreso (lo agendamos con la IPS) y la
firma del contrato. Te adjunto la carta oferta con el detalle. Te agradecería una respuesta
antes del jueves 14.

Cualquier duda me escribes o me llamas.

Un abrazo,

Valentina Ríos Castaño
Líder de Talento Humano
Quimbaya Labs S.A.S. · Fábrica de software
Cl. 10 Sur # 50FF-28, oficina 1102, Medellín
+57 604 448 2210
""",
    attach=[
        (
            "Carta_oferta_Daniela_Restrepo.pdf",
            "application/pdf",
            "%PDF-1.4\n% carta oferta Quimbaya Labs S.A.S. - Analista QA Automatizacion\n%%EOF\n",
        )
    ],
)

_ll_offer = m_us(
    "g5hv",
    "2025-11-04 15:12",
    "Megan Holt <megan.holt@ledgerline.example>",
    "Ledgerline offer 🎉",
    A("offer", LL, LLR, 4, "direct", "en"),
    text="""\
Hi Daniela,

I'm so happy to be writing this one! The whole panel loved working through the payments
reconciliation test plan with you, and Priya said your Cypress + Playwright migration story was
the best answer she's heard all quarter.

We'd love for you to join Ledgerline as a Software Development Engineer in Test on the Payments
Platform team. The headline numbers:

  * Base salary: USD 60,000 per year, paid monthly in COP through Deel Colombia, our
    Employer of Record (so it's a local, indefinite-term employment contract under
    Colombian law: salario integral, EPS, pension, paid vacations)
  * Equity: 4,000 stock options (4-year vesting, 1-year cliff)
  * Home-office stipend: USD 1,000 one-time + USD 60/month internet/coworking
  * Start date: Tuesday, January 13, 2026 (flexible by a week either way)

You'll get a separate email from Deel in the next day or two with the employment agreement to
review and sign. Until then, anything at all - questions about the equity, the team, the
on-call rotation (there isn't one for QA!) - just reply here or grab time on my calendar:
https://calendly.com/megan-holt-ledgerline/30min

Congrats, and I really hope it's a yes.

Megan

--
Megan Holt | Senior Technical Recruiter | Ledgerline
she/her · New York (ET)
""",
)

MAIL: list[dict[str, Any]] = [
    # --- 1 Banco Cordillera (Grupo Cordillera's talent team; Magneto; Evaluar.com) -----------
    m(
        "k0fz",
        "2025-07-08 21:14",
        "Magneto <notificaciones@magneto365.com>",
        "¡Listo, Daniela Marcela! Tu postulación fue enviada",
        A("confirmation", BC, BCR, 1, "other"),
        html="""\
<html><body style='font-family:Arial,sans-serif;color:#1d1d1b'>
<div style='max-width:600px;margin:auto'>
<img src='https://cdn.magneto365.com/email/logo-magneto.png' alt='Magneto' width='140'>
<h2 style='color:#7b2cbf'>¡Tu postulación fue enviada!</h2>
<p>Hola Daniela Marcela,</p>
<p>Te postulaste a la vacante <b>Analista de Pruebas Automatizadas</b> de <b>Banco Cordillera</b>.</p>
<table style='font-size:14px'>
<tr><td>📍 Ubicación</td><td>Medellín, Antioquia</td></tr>
<tr><td>🏢 Modalidad</td><td>Híbrido</td></tr>
<tr><td>📅 Fecha de postulación</td><td>08/07/2025</td></tr>
</table>
<p>La empresa revisará tu perfil. Si continúas en el proceso, te contactará por este medio o por teléfono.
Mientras tanto, puedes seguir el estado de tus procesos en
<a href='https://www.magneto365.com/co/mis-procesos?utm_source=transaccional&amp;utm_medium=email&amp;utm_campaign=postulacion_exitosa'>Mis procesos</a>.</p>
<p><a href='https://www.magneto365.com/co/empleos?utm_source=transaccional&amp;utm_medium=email' style='background:#7b2cbf;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none'>Ver más vacantes</a></p>
<p>¡Éxitos!<br>Equipo Magneto</p>
<hr>
<p style='font-size:11px;color:#888'>Recibiste este correo porque tienes una cuenta en Magneto 365 con el correo dmrestrepo.qa@gmail.com.
Tratamos tus datos personales conforme a la Ley 1581 de 2012. Magneto Global S.A.S. · Medellín, Colombia.</p>
</div></body></html>""",
    ),
    m(
        "b3qe",
        "2025-07-09 08:02",
        "Grupo Cordillera | Talento <talento@grupocordillera.example>",
        "Bienvenida a nuestra Comunidad de Talento",
        J("alert", "direct", "Grupo Cordillera"),
        headers=unsub("https://talento.grupocordillera.example/comunidad/baja?u=8f31c2"),
        html="""\
<html><body>
<table width='100%' cellpadding='0' cellspacing='0'><tr><td align='center'>
<table width='600'><tr><td style='background:#003a70;padding:24px'>
<img src='https://talento.grupocordillera.example/img/grupo-cordillera-blanco.png' alt='Grupo Cordillera'>
</td></tr>
<tr><td style='padding:24px;font-family:Georgia,serif'>
<p>Hola, Daniela Marcela:</p>
<p>¡Gracias por unirte a la Comunidad de Talento del Grupo Cordillera! Desde ahora recibirás
noticias sobre nuestras compañías —Banco Cordillera, Cordillera Seguros, Fiduciaria
Cordillera y Cordillera Tecnología— y oportunidades que se ajusten a los intereses que
registraste: <i>Tecnología, Calidad de Software, Medellín</i>.</p>
<p>Conoce cómo es trabajar con nosotros, nuestros beneficios y la cultura #SomosCordillera en
<a href='https://talento.grupocordillera.example/?utm_source=comunidad&amp;utm_medium=email'>talento.grupocordillera.example</a>.</p>
<p>Un abrazo,<br>Equipo de Marca Empleadora</p>
</td></tr>
<tr><td style='font-size:10px;color:#777;padding:12px'>Puedes actualizar tus preferencias o darte de baja
<a href='https://talento.grupocordillera.example/comunidad/baja?u=8f31c2'>aquí</a>.</td></tr>
</table></td></tr></table>
</body></html>""",
    ),
    m(
        "x7lm",
        "2025-07-22 11:20",
        "Atracción de Talento Grupo Cordillera <talento@grupocordillera.example>",
        "Continuamos con tu proceso – Pruebas en línea",
        A("assessment", BC, BCR, 1, "direct"),
        text=f"""\
Cordial saludo, Daniela Marcela:

Queremos contarte que continúas en el proceso de selección para el cargo Analista de Pruebas
Automatizadas en Banco Cordillera S.A., una de las compañías del Grupo Cordillera.

La siguiente etapa consiste en la aplicación de pruebas psicotécnicas (personalidad,
razonamiento lógico y competencias) y una prueba de conocimientos en automatización (Selenium
WebDriver con Java, API testing y fundamentos ISTQB). En las próximas horas recibirás un correo
de la plataforma Evaluar.com con tu usuario y contraseña. Tienes plazo hasta el viernes 25 de
julio a las 11:59 p. m.

Recomendaciones:
  - Presenta las pruebas desde un computador con buena conexión; no es posible hacerlo desde
    el celular.
  - Dispón de aproximadamente 90 minutos sin interrupciones.
  - Si tienes inconvenientes técnicos, escribe a soporte@evaluar.com indicando tu número de
    cédula.

Quedamos atentos,

María Alejandra Zuluaga Henao
Profesional de Atracción de Talento
Grupo Cordillera | Vicepresidencia de Gestión Humana
{_CORDILLERA_FOOTER}
""",
    ),
    m(
        "r5yt",
        "2025-07-24 07:00",
        "Evaluar.com <notificaciones@evaluar.com>",
        "Recordatorio: tiene pruebas pendientes por responder",
        A("assessment", BC, BCR, 1, "other"),
        html="""\
<html><body style='font-family:Verdana;font-size:13px'>
<p>Señor(a)<br><b>DANIELA MARCELA RESTREPO OSPINA</b></p>
<p><b>GRUPO CORDILLERA</b> lo(a) ha invitado a responder las siguientes pruebas:</p>
<table border='1' cellpadding='4' style='border-collapse:collapse'>
<tr><th>Prueba</th><th>Estado</th></tr>
<tr><td>Personalidad Laboral (PL-16)</td><td>Pendiente</td></tr>
<tr><td>Razonamiento Lógico Abstracto</td><td>Pendiente</td></tr>
<tr><td>Conocimientos: Automatización de Pruebas</td><td>Pendiente</td></tr>
</table>
<p>Fecha límite: <b>25/07/2025 23:59</b> (hora de Colombia)</p>
<p>Usuario: 1036652418<br>Ingrese a: <a href='https://app.evaluar.com/candidato/login?c=GC-QA-0725'>https://app.evaluar.com/candidato/login</a></p>
<p>Este es un mensaje automático, por favor no lo responda.</p>
<p style='color:#999;font-size:10px'>Evaluar.com · Soluciones de evaluación de talento humano</p>
</body></html>""",
    ),
    _bc_interview,
    m(
        "e9hu",
        "2025-08-15 09:41",
        f"{_MAZ} <{_MAZ_ADDR}>",
        "Entrevista técnica - Analista de Pruebas Automatizadas",
        A("interview", BC, BCR, 1, "direct"),
        cc="Cárdenas Ruiz, Juan Pablo <jpcardenas@bancocordillera.example>",
        text=f"""\
Buenos días Daniela,

Como te comenté por teléfono, avanzas a la entrevista técnica con Juan Pablo Cárdenas, Líder
de Calidad de Software de la Vicepresidencia de Tecnología (en copia). Será el miércoles 20 de
agosto de 10:00 a 11:00 a. m. por Teams. Es probable que te pida compartir pantalla para
revisar un ejercicio corto de automatización, así que ten listo tu entorno (IDE, Java 17).

Saludos,

María Alejandra Zuluaga Henao
Profesional de Atracción de Talento
{_CORDILLERA_FOOTER}
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000C1D8E7F2F10CDC01000000000000000010000000D4A9E3B1C77F5A4CB0E21F3A8C6D7B02",
            "2025-08-20 10:00",
            "Entrevista técnica Daniela Restrepo - QA Automatización",
            (_MAZ, _MAZ_ADDR),
            style="outlook",
            attendees=[("Cárdenas Ruiz, Juan Pablo", "jpcardenas@bancocordillera.example")],
            location="Reunión de Microsoft Teams",
        ),
    ),
    m(
        "h1ob",
        "2025-09-01 15:26",
        f"{_MAZ} <{_MAZ_ADDR}>",
        "Siguiente etapa: estudio de seguridad y visita domiciliaria",
        A("interview", BC, BCR, 1, "direct"),
        text=f"""\
Hola Daniela Marcela,

Buenas tardes. Te cuento que el concepto de la entrevista técnica fue favorable y continúas a
la etapa de estudio de seguridad, que incluye verificación de referencias laborales y una
visita domiciliaria.

La visita quedó programada para el sábado 6 de septiembre entre las 8:00 y las 10:00 a. m. en
la dirección que registraste (Cl. 48 # 77-15, apto 502, Laureles). La realiza una psicóloga
de la firma Verifica Seguridad Ltda., aliada del Grupo; dura alrededor de una hora y es
importante que estés presente. Ten a la mano:

  1. Fotocopia de la cédula al 150 %
  2. Certificados laborales de los últimos dos empleos
  3. Un recibo de servicios públicos reciente
  4. Diplomas y acta de grado

Si tienes algún inconveniente con la fecha, por favor avísame a más tardar el jueves.

Saludos,

María Alejandra Zuluaga Henao
Profesional de Atracción de Talento
{_CORDILLERA_FOOTER}
""",
    ),
    _bc_hold,
    m(
        "u6cv",
        "2025-10-20 08:14",
        f"{_MAZ} <{_MAZ_ADDR}>",
        "Respuesta automática: Proceso de selección",
        J("other_job", "direct", BC, BCR),
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        **reply(_bc_hold),
        text="""\
Buen día,

Me encuentro en periodo de vacaciones desde el 20 hasta el 31 de octubre, con acceso limitado
al correo. Para temas de procesos de selección en curso puede escribir a
talento@grupocordillera.example.

Gracias,
María Alejandra Zuluaga Henao
""",
    ),
    # --- 2, 3 Quimbaya Labs (fábrica de software; Workable tenant "qlabs-sas") ---------------
    m(
        "n2pg",
        "2025-07-15 19:31",
        "Quimbaya Labs <noreply@candidates.workablemail.com>",
        "Gracias por tu postulación – Analista QA Automatización",
        A("confirmation", QL, QLR, 2, "workable"),
        reply_to="Quimbaya Labs <qlabs-sas@candidates.workablemail.com>",
        text="""\
Hola Daniela Marcela,

Gracias por tu interés en Quimbaya Labs. Hemos recibido tu postulación para el cargo de
Analista QA Automatización y nuestro equipo la revisará en los próximos días.

Si tu perfil se ajusta a lo que buscamos, te contactaremos para contarte los siguientes pasos.
Mientras tanto, puedes conocer más sobre cómo trabajamos en https://quimbayalabs.example/cultura

Saludos,
Equipo de Talento Humano
Quimbaya Labs

--
Este correo fue enviado a través de Workable en nombre de Quimbaya Labs.
Ver la vacante: https://apply.workable.com/qlabs-sas/j/4B7E21C0A9/
""",
    ),
    m(
        "c8kd",
        "2025-07-21 14:03",
        "HackerRank <noreply@hackerrankforwork.com>",
        "Quimbaya Labs has invited you to take a test: QA Automation (Java + Selenium)",
        A("assessment", QL, QLR, 2, "hackerrank", "en"),
        text="""\
Hi Daniela Marcela Restrepo Ospina,

You have been invited by Quimbaya Labs to take the test QA Automation (Java + Selenium).

  Duration: 75 minutes
  Questions: 4 (2 coding, 1 debugging, 1 multiple choice)
  Test expires on: Jul 25, 2025 11:59 PM COT

Start test:
https://www.hackerrank.com/tests/7f2kq9a1c3d/login?b=eyJ1c2VybmFtZSI6ImRtcmVzdHJlcG8ucWFAZ21haWwuY29tIn0=

Before you begin:
  * Make sure you have a stable internet connection and use the latest Chrome or Firefox.
  * You can take a sample test to get familiar with the environment:
    https://www.hackerrank.com/tests/sample
  * This test is proctored: your webcam may be used to capture images during the test.

Good luck!
Team HackerRank

If you received this email by mistake, please ignore it. HackerRank, 2001 Gateway Pl, San Jose, CA.
""",
    ),
    m(
        "j4ma",
        "2025-07-29 10:12",
        "Valentina Ríos <valentina.rios@quimbayalabs.example>",
        "Invitación: Entrevista técnica Daniela Restrepo – Analista QA @ jue 31 jul 2025 3pm - 4pm (COT) (dmrestrepo.qa@gmail.com)",
        A("interview", QL, QLR, 2, "direct"),
        text="""\
Hola Dani, ¡te fue súper bien en la prueba de HackerRank! Te mando la invitación para la
técnica con Andrés (arquitecto) y Mónica (líder de QA). Es en Meet, una hora.

Has recibido una invitación para el siguiente evento.

Entrevista técnica Daniela Restrepo – Analista QA
jueves, 31 jul 2025 3pm – 4pm (hora de Colombia)

Unirse con Google Meet
meet.google.com/qvd-mxze-rta

Invitados
Valentina Ríos - organizador
andres.velez@quimbayalabs.example
monica.loaiza@quimbayalabs.example
dmrestrepo.qa@gmail.com

¿Vas a asistir? Sí - Quizás - No    Más opciones

Invitación de Google Calendar

Recibes este correo electrónico porque eres un invitado a este evento. Para dejar de recibir
actualizaciones de este evento, rechaza la invitación.
""",
        ics=ics(
            "2v9hq1c0m7k3r5t8b6n4d2f0aa@google.com",
            "2025-07-31 15:00",
            "Entrevista técnica Daniela Restrepo – Analista QA",
            ("Valentina Ríos", "valentina.rios@quimbayalabs.example"),
            attendees=[
                ("Andrés Vélez", "andres.velez@quimbayalabs.example"),
                ("Mónica Loaiza", "monica.loaiza@quimbayalabs.example"),
            ],
            description="Unirse con Google Meet: https://meet.google.com/qvd-mxze-rta",
        ),
    ),
    _ql_offer,
    m(
        "f6zb",
        "2025-08-14 18:55",
        "Valentina Ríos <valentina.rios@quimbayalabs.example>",
        "RE: Propuesta laboral Quimbaya Labs",
        A("offer", QL, QLR, 2, "direct"),
        st="declined",
        **reply(_ql_offer),
        text="""\
Hola Dani,

Gracias por contarnos con tanta claridad y tan rápido. Entendemos perfectamente: la propuesta
quedó por debajo de tu expectativa y, por la banda salarial del cargo, no tenemos margen para
ajustarla en este momento. Lo lamentamos mucho porque el equipo te quería.

Te cuento algo en confianza: en unas semanas se abre una vacante de QA Lead para un cliente
nuevo de banca, con otra banda. Si te parece, te escribo cuando esté publicada.

Mucho éxito y seguimos en contacto,
Valentina

-----Mensaje original-----
De: Daniela Restrepo <dmrestrepo.qa@gmail.com>
Enviado el: miércoles, 13 de agosto de 2025 9:47 p. m.
Para: Valentina Ríos <valentina.rios@quimbayalabs.example>
Asunto: Re: Propuesta laboral Quimbaya Labs

Hola Valentina, buenas noches.

Muchas gracias por la propuesta y por todo el acompañamiento en el proceso; me sentí muy
cómoda con el equipo. Sin embargo, después de pensarlo bien, no puedo aceptarla: el salario
está por debajo de lo que gano hoy y, sumando el desplazamiento de los días presenciales, no
me da para hacer el cambio. Quería decírtelo de frente y no dejarte esperando.

Ojalá podamos coincidir más adelante.

Quedo atenta,
Daniela
""",
    ),
    m(
        "s3wx",
        "2025-09-02 12:22",
        "Valentina Ríos <valentina.rios@quimbayalabs.example>",
        "Lo que te conté 😉",
        J("outreach", "direct", QL, QLL),
        text="""\
Hola Dani, ¿cómo vas?

Como te había contado, ya abrimos la vacante de QA Lead (equipo de 4 personas, cliente del
sector bancario, 100 % remoto con una visita al mes). La banda está entre $9.000.000 y
$10.500.000 y es a término indefinido. Creo que te puede ir muy bien.

Si te interesa, por favor aplica por aquí para que quede en el sistema y yo la muevo:
https://apply.workable.com/qlabs-sas/j/9C1D55E2F0/

Valentina
""",
    ),
    m(
        "a0vn",
        "2025-09-03 08:47",
        "Quimbaya Labs <noreply@candidates.workablemail.com>",
        "Recibimos tu postulación: QA Lead",
        A("confirmation", QL, QLL, 3, "workable"),
        reply_to="Quimbaya Labs <qlabs-sas@candidates.workablemail.com>",
        text="""\
Hola Daniela Marcela,

¡Gracias por postularte nuevamente! Confirmamos que recibimos tu postulación para QA Lead.
Revisaremos tu perfil y te escribiremos con novedades.

Saludos,
Equipo de Talento Humano
Quimbaya Labs

--
Enviado con Workable · https://apply.workable.com/qlabs-sas/
""",
    ),
    m(
        "l9rc",
        "2025-09-24 16:40",
        "Quimbaya Labs <noreply@candidates.workablemail.com>",
        "Tu postulación en Quimbaya Labs",
        A("rejection", QL, QLL, 3, "workable"),
        reply_to="Quimbaya Labs <qlabs-sas@candidates.workablemail.com>",
        text="""\
Hola Daniela Marcela,

Gracias por el tiempo que dedicaste a la conversación con Mauricio y con el equipo. Valoramos
mucho tu experiencia técnica en automatización y la claridad con la que explicas tus
decisiones.

Para este cargo decidimos continuar con otros candidatos que tienen mayor trayectoria
liderando equipos de QA y gestionando clientes directamente. Sabemos que no es la noticia que
esperabas y queremos que sepas que tu perfil queda en nuestra base para futuras vacantes.

Te deseamos muchos éxitos,
Equipo de Talento Humano
Quimbaya Labs
""",
    ),
    # --- 4 Ledgerline (US fintech; Ashby; hires in Colombia through Deel) -------------------
    m_us(
        "v1ds",
        "2025-09-08 13:04",
        "Ledgerline <no-reply@ashbyhq.com>",
        "Thanks for applying to Ledgerline",
        A("confirmation", LL, LLR, 4, "ashby", "en"),
        reply_to="Ledgerline Talent <talent@ledgerline.example>",
        html="""\
<div style='font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5'>
<p>Hi Daniela,</p>
<p>Thanks for applying for the <strong>Software Development Engineer in Test (LATAM, Remote)</strong>
role at Ledgerline! We've received your application and someone on our team will review it shortly.</p>
<p>A quick heads-up: we hire across Latin America through our Employer of Record partner, so if we
move forward together you'd be employed locally in Colombia with full statutory benefits.</p>
<p>In the meantime, here's a peek at how we build: <a href='https://ledgerline.example/engineering'>ledgerline.example/engineering</a></p>
<p>Best,<br>The Ledgerline Talent Team</p>
<p style='color:#8a8a8a;font-size:12px'>Ledgerline, Inc. · New York, NY<br>
Powered by <a href='https://www.ashbyhq.com'>Ashby</a></p>
</div>""",
    ),
    m_us(
        "q8tb",
        "2025-09-15 10:31",
        "Ledgerline <no-reply@ashbyhq.com>",
        "Interview Confirmation: Recruiter Screen with Ledgerline",
        A("interview", LL, LLR, 4, "ashby", "en"),
        reply_to="Megan Holt <megan.holt@ledgerline.example>",
        text="""\
Hi Daniela,

Your interview has been scheduled. Details below:

Recruiter Screen
Wednesday, September 17, 2025
11:00 AM - 11:30 AM (America/Bogota)

Interviewer: Megan Holt (Senior Technical Recruiter)
Location: Google Meet - https://meet.google.com/hbe-wkzq-pjd

A calendar invitation is attached. Need to reschedule? Use this link:
https://app.ashbyhq.com/interview-scheduling/reschedule/5f1c2b7e-93a0-4d1e-8a3b-0c77e0b1d4aa

Talk soon,
Ledgerline Talent
""",
        ics=ics(
            "ashby-5f1c2b7e-93a0-4d1e-8a3b-0c77e0b1d4aa",
            "2025-09-17 11:00",
            "Ledgerline: Recruiter Screen (Daniela Restrepo)",
            ("Megan Holt", "megan.holt@ledgerline.example"),
            minutes=30,
            location="https://meet.google.com/hbe-wkzq-pjd",
        ),
    ),
    m_us(
        "d2ew",
        "2025-09-19 17:45",
        "CodeSignal <no-reply@codesignal.com>",
        "Ledgerline invited you to a CodeSignal assessment",
        A("assessment", LL, LLR, 4, "codesignal", "en"),
        html="""\
<table width='100%' style='background:#f4f6fb'><tr><td align='center'>
<table width='560' style='background:#fff;font-family:Helvetica,Arial;padding:32px'>
<tr><td><img src='https://codesignal.com/email/logo.png' alt='CodeSignal' height='28'></td></tr>
<tr><td>
<p>Hi Daniela,</p>
<p><b>Ledgerline</b> has invited you to complete the <b>SDET Practical Assessment</b>.</p>
<p>Time limit: 90 minutes<br>Complete by: September 26, 2025, 11:59 PM (your local time)</p>
<p>The assessment includes a small test-automation task in a browser IDE (TypeScript, Playwright)
and two API testing questions. You can run your code as many times as you like.</p>
<p style='text-align:center'><a href='https://app.codesignal.com/invite/Jt4WqkS9zPd2vNsx?utm_source=email' style='background:#1062fb;color:#fff;padding:12px 24px;border-radius:6px;text-decoration:none'>Start assessment</a></p>
<p>Questions about the role? Contact your recruiter at Ledgerline directly. Technical problems? Visit <a href='https://support.codesignal.com'>support.codesignal.com</a>.</p>
</td></tr>
<tr><td style='font-size:11px;color:#999'>CodeSignal, Inc. · 220 Sansome St, San Francisco, CA 94104</td></tr>
</table></td></tr></table>""",
    ),
    m_us(
        "y7fk",
        "2025-10-01 09:58",
        "Ledgerline <no-reply@ashbyhq.com>",
        "Interview Confirmation: Technical Interview with Ledgerline",
        A("interview", LL, LLR, 4, "ashby", "en"),
        reply_to="Megan Holt <megan.holt@ledgerline.example>",
        text="""\
Hi Daniela,

Great news - you've been moved forward to the Technical Interview. Details below:

Technical Interview (pairing)
Friday, October 3, 2025
10:00 AM - 11:15 AM (America/Bogota)

Interviewers: Priya Natarajan (QA Engineering Manager), Tom Becker (Staff Engineer)
Location: Google Meet - https://meet.google.com/ymu-cqaf-kst

What to expect: we'll pair on extending a small Playwright test suite against a sandbox
payments API. Bring your own editor setup if you like; we'll share a repo 10 minutes before.

Need to reschedule? https://app.ashbyhq.com/interview-scheduling/reschedule/a8d0e6f1-1b2c-47e9-9c55-6e2f3d4b5a61

Ledgerline Talent
""",
        ics=ics(
            "ashby-a8d0e6f1-1b2c-47e9-9c55-6e2f3d4b5a61",
            "2025-10-03 10:00",
            "Ledgerline: Technical Interview (Daniela Restrepo)",
            ("Megan Holt", "megan.holt@ledgerline.example"),
            minutes=75,
            attendees=[
                ("Priya Natarajan", "priya.natarajan@ledgerline.example"),
                ("Tom Becker", "tom.becker@ledgerline.example"),
            ],
            location="https://meet.google.com/ymu-cqaf-kst",
        ),
    ),
    m_us(
        "i5gs",
        "2025-10-02 16:20",
        "Megan Holt <megan.holt@ledgerline.example>",
        "Updated invitation: Ledgerline: Technical Interview (Daniela Restrepo) @ Tue Oct 7, 2025 10am - 11:15am (COT) (dmrestrepo.qa@gmail.com)",
        A("interview", LL, LLR, 4, "direct", "en"),
        text="""\
Hi Daniela - so sorry for the late change! Priya is out sick tomorrow and Tom is covering an
incident, so I've moved your technical interview to next Tuesday, same time. I hope that still
works; if not, just reply and we'll find something else. Thanks for your flexibility!

Megan

This event has been changed.

Ledgerline: Technical Interview (Daniela Restrepo)
When  Changed: Tuesday Oct 7, 2025 10am – 11:15am Colombia Time
Joining info  Join with Google Meet
meet.google.com/ymu-cqaf-kst

Guests
Megan Holt - organizer
Priya Natarajan
Tom Becker
dmrestrepo.qa@gmail.com

Invitation from Google Calendar
""",
        ics=ics(
            "ashby-a8d0e6f1-1b2c-47e9-9c55-6e2f3d4b5a61",
            "2025-10-07 10:00",
            "Ledgerline: Technical Interview (Daniela Restrepo)",
            ("Megan Holt", "megan.holt@ledgerline.example"),
            minutes=75,
            sequence=1,
            attendees=[
                ("Priya Natarajan", "priya.natarajan@ledgerline.example"),
                ("Tom Becker", "tom.becker@ledgerline.example"),
            ],
            location="https://meet.google.com/ymu-cqaf-kst",
        ),
    ),
    m_us(
        "o3jh",
        "2025-10-20 12:15",
        "Ledgerline <no-reply@ashbyhq.com>",
        "Interview Confirmation: Final Round (Virtual Onsite) with Ledgerline",
        A("interview", LL, LLR, 4, "ashby", "en"),
        reply_to="Megan Holt <megan.holt@ledgerline.example>",
        text="""\
Hi Daniela,

Congratulations on making it to the final round! Here's your schedule (all times
America/Bogota), all on the same Google Meet link:

Thursday, October 23, 2025
  09:00 - 09:45  Test strategy & quality culture - Priya Natarajan
  09:50 - 10:35  System design for testability - Rafael Ortiz
  10:45 - 11:15  Values & collaboration - Dana Whitfield (VP Engineering)
  11:15 - 11:30  Wrap-up and Q&A - Megan Holt

Location: https://meet.google.com/pbn-gqxo-vwe

Reschedule: https://app.ashbyhq.com/interview-scheduling/reschedule/0b9e3f27-77c4-4c1a-b0ad-24f1e9c8d3b5

Ledgerline Talent
""",
        ics=ics(
            "ashby-0b9e3f27-77c4-4c1a-b0ad-24f1e9c8d3b5",
            "2025-10-23 09:00",
            "Ledgerline: Final Round - Daniela Restrepo",
            ("Megan Holt", "megan.holt@ledgerline.example"),
            minutes=150,
            location="https://meet.google.com/pbn-gqxo-vwe",
        ),
    ),
    _ll_offer,
    m(
        "z4ua",
        "2025-11-05 11:03",
        "Deel <no-reply@deel.com>",
        "Ledgerline sent you an employment agreement to review",
        A("offer", LL, LLR, 4, "other", "en"),
        html="""\
<div style='font-family:Inter,Arial,sans-serif;max-width:560px;margin:auto;color:#1a1a1a'>
<img src='https://assets.deel.com/email/deel-logo.png' alt='deel.' height='26'>
<h2 style='font-weight:600'>You have a new employment agreement</h2>
<p>Hi Daniela Marcela,</p>
<p><b>Deel Colombia S.A.S.</b>, acting as Employer of Record on behalf of <b>Ledgerline, Inc.</b>,
has prepared an Employment Agreement for you.</p>
<table style='font-size:14px;border-collapse:collapse'>
<tr><td style='color:#6b6b6b;padding:4px 12px 4px 0'>Job title</td><td>Software Development Engineer in Test</td></tr>
<tr><td style='color:#6b6b6b;padding:4px 12px 4px 0'>Contract type</td><td>Indefinite term (contrato a término indefinido)</td></tr>
<tr><td style='color:#6b6b6b;padding:4px 12px 4px 0'>Start date</td><td>Jan 13, 2026</td></tr>
<tr><td style='color:#6b6b6b;padding:4px 12px 4px 0'>Gross salary</td><td>COP 19.600.000 / month</td></tr>
<tr><td style='color:#6b6b6b;padding:4px 12px 4px 0'>Salary type</td><td>Salario integral</td></tr>
</table>
<p>Please review the agreement and sign it within 5 days. The agreement is in Spanish and English.</p>
<p><a href='https://app.deel.com/contracts/eor/3pQ7xLk2/review?utm_source=transactional' style='background:#15357a;color:#fff;padding:12px 22px;border-radius:8px;text-decoration:none'>Review agreement</a></p>
<p style='font-size:12px;color:#6b6b6b'>You're receiving this email because Ledgerline, Inc. invited you to Deel.
Deel, Inc. · 650 2nd Street, San Francisco, CA 94107</p>
</div>""",
    ),
    m_us(
        "b6ky",
        "2025-11-06 09:40",
        "Megan Holt <megan.holt@ledgerline.example>",
        "Re: Ledgerline offer 🎉",
        A("offer", LL, LLR, 4, "direct", "en"),
        st="accepted",
        **reply(_ll_offer),
        text="""\
DANIELA!!! This is the best news of my week. Welcome to Ledgerline! 🎉

I've let Priya and the team know - expect a very enthusiastic Slack welcome in January. Deel
will confirm once the agreement is countersigned, and then they'll walk you through
onboarding (documents, EPS, pension fund, etc.). I'll be in touch about your laptop in
December.

Megan

On Wed, Nov 5, 2025 at 9:12 PM Daniela Restrepo <dmrestrepo.qa@gmail.com> wrote:
> Hi Megan,
>
> Thank you so much - I'm very happy to accept the offer! I just reviewed the Deel agreement
> and I'll sign it tomorrow morning. January 13 works perfectly for me.
>
> Thanks for making this process so clear and human.
>
> Best,
> Daniela
>
> On Tue, Nov 4, 2025 at 3:12 PM Megan Holt <megan.holt@ledgerline.example> wrote:
>> Hi Daniela,
>>
>> I'm so happy to be writing this one! [...]
""",
    ),
    m(
        "m0qa",
        "2025-11-07 14:22",
        "Deel <no-reply@deel.com>",
        "Your employment agreement with Ledgerline is fully signed",
        A("offer", LL, LLR, 4, "other", "en"),
        st="accepted",
        text="""\
Hi Daniela Marcela,

Good news: your Employment Agreement has been signed by all parties.

  Employer of Record: Deel Colombia S.A.S.
  Client: Ledgerline, Inc.
  Position: Software Development Engineer in Test
  Start date: January 13, 2026

A copy of the signed agreement is available in your Deel account:
https://app.deel.com/contracts/eor/3pQ7xLk2/documents

Next, we'll ask you for a few documents to complete your onboarding.

The Deel Team
""",
    ),
    m(
        "w2lr",
        "2025-11-18 10:05",
        "Deel <no-reply@deel.com>",
        "Action required: complete your onboarding with Ledgerline",
        J("other_job", "other", LL, LLR, "en"),
        text="""\
Hi Daniela Marcela,

You're almost ready for your first day at Ledgerline. Please complete these onboarding steps
in Deel before December 12:

  [ ] Upload a copy of your cédula de ciudadanía (both sides)
  [ ] Upload your RUT
  [ ] Add a Colombian bank account certificate (certificación bancaria)
  [ ] Choose your EPS, pension fund and cesantías fund
  [ ] Schedule your pre-employment medical exam (examen médico de ingreso) - we'll email
      the IPS options
  [ ] Sign the data-processing consent (Ley 1581 de 2012)

Continue onboarding: https://app.deel.com/onboarding/eor?ref=email

Questions? Reply to this email or chat with us in the app.

The Deel Team
""",
    ),
    m_us(
        "h8tn",
        "2025-12-10 14:48",
        "Ledgerline IT <it-help@ledgerline.example>",
        "Your Ledgerline laptop is on its way 💻",
        J("other_job", "direct", LL, None, "en"),
        text="""\
Hi Daniela,

Your MacBook Pro (14", M4) shipped today via DHL Express from our partner in Bogotá.

  Tracking: 4418 2290 65 (https://www.dhl.com/co-es/home/rastreo.html?tracking-id=4418229065)
  Expected delivery: Dec 15-17
  Ship to: Cra. 70C # 3 Sur-41, apto 1203, Medellín

Someone will need to sign for it. Please don't open the box until your first-day IT session
on January 13 - we'll set it up together.

Cheers,
Ledgerline IT
""",
    ),
    # --- 5, 6 Tiendalia (Spanish e-commerce; Teamtailor tenant "tlo-careers") ----------------
    m_mad(
        "p7xe",
        "2025-07-10 17:42",
        "Equipo de People <no-reply@teamtailor.com>",
        "¡Gracias por tu candidatura, Daniela!",
        A("confirmation", TD, TDR, 5, "teamtailor"),
        reply_to="tlo-careers+c4f81d07@inbound.teamtailor.com",
        html="""\
<div style='font-family:Helvetica,Arial,sans-serif;max-width:580px;margin:0 auto'>
<img src='https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/image_uploads/7c1e5b/tlo.png' alt='' width='120'>
<p>¡Hola Daniela!</p>
<p>Hemos recibido tu candidatura para <strong>QA Automation Engineer (Remoto)</strong>. ¡Muchas gracias por el interés!</p>
<p>Nuestro equipo la revisará con calma durante las próximas dos semanas. Te escribiremos sea cual sea la decisión, prometido.</p>
<p>Mientras tanto, puedes echar un ojo a cómo trabajamos en el equipo de tecnología:
<a href='https://tlo-careers.teamtailor.com/departments/tecnologia'>tlo-careers.teamtailor.com</a></p>
<p>Un saludo,<br>El equipo de People · Tiendalia</p>
<p style='font-size:11px;color:#999'>Tus datos se tratan conforme al RGPD. Puedes consultar, modificar o eliminar tus datos en
<a href='https://tlo-careers.teamtailor.com/connect/privacy'>nuestro portal</a>.</p>
</div>""",
    ),
    m_mad(
        "g9cw",
        "2025-08-06 12:09",
        "Equipo de People <no-reply@teamtailor.com>",
        "Actualización de tu candidatura",
        A("rejection", TD, TDR, 5, "teamtailor"),
        reply_to="tlo-careers+c4f81d07@inbound.teamtailor.com",
        text="""\
¡Hola Daniela!

Antes de nada, gracias por el tiempo que has dedicado al proceso. Nos ha encantado conocer tu
trayectoria: la parte del framework de Cypress con Page Objects y la integración con GitHub
Actions nos pareció muy sólida.

Aun así, en esta ocasión hemos decidido avanzar con perfiles que tienen más experiencia con
Playwright y que pueden solaparse más horas con el horario peninsular (CET), que para este
equipo es importante.

No es un "nunca": guardamos tu candidatura y nos encantaría volver a saber de ti si ves otra
posición que encaje. Te deseamos mucha suerte en la búsqueda.

Un abrazo,
Lucía Ferrer
People Partner · Tiendalia
""",
    ),
    m_mad(
        "e1sq",
        "2025-10-14 10:26",
        "Equipo de People <no-reply@teamtailor.com>",
        "Hemos recibido tu candidatura 🙌",
        A("confirmation", TD, TDR, 6, "teamtailor"),
        reply_to="tlo-careers+c4f81d07@inbound.teamtailor.com",
        text="""\
¡Hola de nuevo, Daniela!

Gracias por volver a pensar en nosotros. Hemos recibido tu candidatura para QA Automation
Engineer (Remoto · LATAM). Esta vez el equipo trabaja en horario de Ciudad de México / Bogotá,
así que las cosas pintan distinto.

Te escribiremos en cuanto tengamos novedades.

Un saludo,
El equipo de People · Tiendalia
https://tlo-careers.teamtailor.com/jobs/6112930-qa-automation-engineer-remoto-latam
""",
    ),
    m(
        "k5ob",
        "2025-10-22 08:30",
        "Codility <no-reply@codility.com>",
        "Tiendalia Online S.L. invites you to take a test",
        A("assessment", TD, TDR, 6, "codility", "en"),
        text="""\
Hello Daniela Restrepo,

Tiendalia Online S.L. has invited you to take a test as part of their recruitment process.

  Test: QA Automation - Web & API (Cypress/JS)
  Time limit: 120 minutes
  Deadline: October 29, 2025 23:59 UTC

Take the test: https://app.codility.com/c/invite/PZ4QY8-NKD/

Tips:
  - Once you start, the timer cannot be paused.
  - Try the demo task first to get familiar with the interface: https://app.codility.com/demo/take-sample-test/
  - You can use any documentation, but your solution must be your own.

Good luck!
The Codility Team

This invitation was sent to dmrestrepo.qa@gmail.com on behalf of Tiendalia Online S.L.
""",
    ),
    # --- 7 Conecta (telecom; SuccessFactors under its razón social) -------------------------
    m(
        "c1vh",
        "2025-07-14 22:10",
        "Telecomunicaciones Andinas de Colombia S.A. E.S.P. <no-reply@successfactors.com>",
        "Su solicitud aún no ha sido enviada",
        J("alert", "other", CA, CAR),
        text="""\
Estimado(a) Daniela Marcela,

Hemos notado que inició una solicitud para la vacante Analista de Aseguramiento de Calidad de
Software (ID de requisición 24871) pero no la ha enviado. Las solicitudes incompletas no son
tenidas en cuenta en el proceso de selección.

Para completarla, ingrese a nuestro portal de empleo:
https://career2.successfactors.com/career?company=telandinas&career_ns=job_application&career_job_req_id=24871

Atentamente,
Gerencia de Talento y Cultura
Telecomunicaciones Andinas de Colombia S.A. E.S.P.

Por favor no responda a este mensaje; este buzón no es monitoreado.
""",
    ),
    m(
        "f4ai",
        "2025-07-16 07:55",
        "Telecomunicaciones Andinas de Colombia S.A. E.S.P. <no-reply@successfactors.com>",
        "Confirmación de recepción de su solicitud",
        A("confirmation", CA, CAR, 7, "other"),
        text="""\
Estimado(a) Daniela Marcela Restrepo Ospina:

Gracias por su interés en formar parte de Telecomunicaciones Andinas de Colombia S.A. E.S.P.
Hemos recibido su solicitud para la vacante:

  Analista de Aseguramiento de Calidad de Software
  ID de requisición: 24871
  Ubicación: Medellín - Sede El Poblado

Su hoja de vida será evaluada frente al perfil requerido. En caso de ser preseleccionado(a),
nos comunicaremos con usted por este medio o por teléfono.

Puede consultar el estado de su solicitud en cualquier momento en la sección "Mis
solicitudes" del portal de empleo.

Atentamente,
Gerencia de Talento y Cultura

Conecta® es una marca registrada de Telecomunicaciones Andinas de Colombia S.A. E.S.P.
NIT 890.912.455-3. Por favor no responda a este mensaje.
""",
    ),
    m(
        "t7ng",
        "2025-07-29 09:18",
        "SHL <noreply@shl.com>",
        "Invitación a completar evaluaciones en línea",
        A("assessment", CA, CAR, 7, "other"),
        html="""\
<html><body style='font-family:Arial;font-size:13px'>
<p>Estimado/a Daniela Marcela Restrepo Ospina:</p>
<p>Telecomunicaciones Andinas de Colombia le ha invitado a completar las siguientes evaluaciones
como parte de su proceso de selección:</p>
<ul><li>Verify - Razonamiento numérico</li><li>Verify - Razonamiento deductivo</li><li>Cuestionario de Personalidad Ocupacional (OPQ32r)</li></ul>
<p>Tiempo estimado total: 65 minutos. Fecha límite: 04/08/2025.</p>
<p><a href='https://candidate.shl.com/invite/7f0c3e19-4a2b-4c80-9e6d-81b2ad7c55f0'>Comenzar las evaluaciones</a></p>
<p>Le recomendamos completar las evaluaciones en un lugar tranquilo y sin interrupciones. Si necesita ajustes razonables, contacte al equipo de selección.</p>
<p>Atentamente,<br>SHL en nombre de Telecomunicaciones Andinas de Colombia</p>
<p style='font-size:10px;color:#888'>© 2025 SHL and/or its affiliates. Aviso de privacidad: https://www.shl.com/legal/privacy/</p>
</body></html>""",
    ),
]

_ca_interview = m(
    "n6fp",
    "2025-08-11 15:02",
    "Selección Conecta <seleccion@conectaandina.example>",
    "Entrevista Analista de Aseguramiento de Calidad – Conecta",
    A("interview", CA, CAR, 7, "direct"),
    text="""\
Buenas tardes Daniela,

Reciba un cordial saludo. De acuerdo con lo conversado telefónicamente, le confirmamos la
entrevista con el líder del área de Aseguramiento de Calidad para el jueves 14 de agosto a las
9:00 a. m. por Microsoft Teams.

Por favor acepte la invitación adjunta.

Cordialmente,

Paula Andrea Betancur
Analista de Selección | Talento y Cultura
Conecta · Telecomunicaciones Andinas de Colombia S.A. E.S.P.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000005E1A2B3C4D0ADC010000000000000000100000009A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D",
        "2025-08-14 09:00",
        "Entrevista Analista de Aseguramiento de Calidad - Daniela Restrepo",
        ("Selección Conecta", "seleccion@conectaandina.example"),
        style="outlook",
        attendees=[("Gómez Arango, Hernán", "hgomez@conectaandina.example")],
        location="Reunión de Microsoft Teams",
    ),
)

MAIL += [
    _ca_interview,
    m(
        "r2dj",
        "2025-08-13 17:36",
        "Selección Conecta <seleccion@conectaandina.example>",
        "Cancelada: Entrevista Analista de Aseguramiento de Calidad – Conecta",
        A("interview", CA, CAR, 7, "direct"),
        **reply(_ca_interview),
        text="""\
Buenas tardes Daniela,

Por ajustes en la agenda del líder del área debemos cancelar la entrevista programada para
mañana jueves 14 de agosto. Le estaremos contactando para reprogramarla. Ofrecemos disculpas
por los inconvenientes.

Cordialmente,

Paula Andrea Betancur
Analista de Selección | Talento y Cultura
""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000005E1A2B3C4D0ADC010000000000000000100000009A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D",
            "2025-08-14 09:00",
            "Cancelada: Entrevista Analista de Aseguramiento de Calidad - Daniela Restrepo",
            ("Selección Conecta", "seleccion@conectaandina.example"),
            style="outlook",
            method="CANCEL",
            attendees=[("Gómez Arango, Hernán", "hgomez@conectaandina.example")],
        ),
    ),
    m(
        "j8yi",
        "2025-09-04 18:00",
        "Telecomunicaciones Andinas de Colombia S.A. E.S.P. <no-reply@successfactors.com>",
        "Actualización sobre su solicitud – Req. 24871",
        A("rejection", CA, CAR, 7, "other"),
        text="""\
Estimado(a) Daniela Marcela Restrepo Ospina:

Agradecemos su participación en el proceso de selección para la vacante Analista de
Aseguramiento de Calidad de Software (ID de requisición 24871).

Le informamos que la vacante ya fue cubierta. Su hoja de vida permanecerá en nuestra base de
datos y podrá ser considerada para futuras oportunidades acordes con su perfil.

Le deseamos éxitos en sus proyectos.

Atentamente,
Gerencia de Talento y Cultura
Telecomunicaciones Andinas de Colombia S.A. E.S.P.
""",
    ),
    m(
        "s9bm",
        "2025-09-08 10:00",
        "Conecta Talento y Cultura <encuestas@conectaandina.example>",
        "¿Cómo fue tu experiencia como candidato(a)?",
        J("other_job", "direct", CA),
        headers=unsub("https://encuestas.conectaandina.example/baja?id=cx-24871-7731"),
        html="""\
<p>Hola Daniela Marcela,</p>
<p>Recientemente participaste en un proceso de selección en <b>Conecta</b>. Queremos mejorar:
¿nos regalas 2 minutos para contarnos cómo fue tu experiencia?</p>
<p>¿Qué tan probable es que recomiendes a Conecta como empleador a un amigo? (0 = nada probable, 10 = muy probable)</p>
<p><a href='https://encuestas.conectaandina.example/s/cx?score=0'>0</a> · <a href='https://encuestas.conectaandina.example/s/cx?score=5'>5</a> · <a href='https://encuestas.conectaandina.example/s/cx?score=10'>10</a></p>
<p>¡Gracias!<br>Talento y Cultura · Conecta</p>""",
    ),
    # --- 8 Brightpath Health, through a nearshore agency that names the client late ---------
    m(
        "a5wz",
        "2025-09-15 09:12",
        "Camila Duarte <camila.duarte@nearbridgetalent.example>",
        "QA Automation role – US healthtech, 100% remote (USD)",
        J("outreach", "agency", None, BHR, "en"),
        text="""\
Hi Daniela,

I came across your profile on LinkedIn and your Cypress + Selenium background caught my eye.

I'm recruiting for one of our clients, a fast-growing US healthtech company (Series C, ~400
people) that is building its first QA automation team in Latin America. Quick highlights:

  - Role: QA Automation Engineer (Cypress or Playwright, API testing, CI/CD)
  - 100% remote from Colombia, US Eastern hours overlap (9-5 ET is fine)
  - Long-term contractor engagement through Nearbridge, paid in USD
  - Range: USD 3,800 - 4,600 / month depending on experience
  - Process: 20-min call with me, technical interview with the client, short take-home

Would you be open to a quick chat this week? Here's my calendar:
https://calendly.com/camila-nearbridge/20min

Best,
Camila Duarte
Senior Technical Recruiter | Nearbridge Talent
Nearshore engineering teams for US companies · Medellín · Austin
""",
    ),
    m(
        "z8ki",
        "2025-09-18 16:44",
        "Camila Duarte <camila.duarte@nearbridgetalent.example>",
        "Next steps – client details + submission",
        A("confirmation", BH, BHR, 8, "agency", "en"),
        text="""\
Hi Daniela,

Thanks again for the great call today! As promised, now that we've talked, I can share the
client: it's Brightpath Health (brightpathhealth.example), a care-coordination platform
for clinics in the US. You'd be joining their Patient Engagement squad.

I've submitted your profile to their hiring manager (Kevin Shah, Director of Engineering)
with the rate we discussed (USD 4,300/month). I'll let you know as soon as I hear back,
usually within 3-5 business days.

A couple of reminders:
  - Please don't apply directly on their careers page - it would duplicate your submission.
  - Keep your English fresh :) the technical interview is fully in English.

Talk soon,
Camila

Camila Duarte
Senior Technical Recruiter | Nearbridge Talent
""",
    ),
]

_bh_interview = m(
    "u3xr",
    "2025-09-26 11:08",
    "Camila Duarte <camila.duarte@nearbridgetalent.example>",
    "Invitation: Brightpath Health <> Daniela Restrepo | QA Automation interview @ Tue Sep 30, 2025 1pm - 2pm (COT) (dmrestrepo.qa@gmail.com)",
    A("interview", BH, BHR, 8, "agency", "en"),
    text="""\
Great news Daniela - Kevin wants to meet you! Invite below. It's 45-60 min with Kevin and one
of their senior engineers: mostly your experience, a test-design exercise on a patient
check-in flow, and some live questions on Cypress. Let's do a 15-min prep call Monday?

You have been invited to the following event.

Brightpath Health <> Daniela Restrepo | QA Automation interview
Tuesday Sep 30, 2025 1pm – 2pm Colombia Time

Join Zoom Meeting
https://brightpathhealth.zoom.us/j/84213377920?pwd=Zk9xQ2NhV0pQa2ZlU1d3

Guests
Camila Duarte - organizer
kevin.shah@brightpathhealth.example
dmrestrepo.qa@gmail.com

Going (dmrestrepo.qa@gmail.com)?   Yes - Maybe - No    more options »

Invitation from Google Calendar
""",
    ics=ics(
        "6h2qk0t8m1c4v9r3s7a5d0f2bb@google.com",
        "2025-09-30 13:00",
        "Brightpath Health <> Daniela Restrepo | QA Automation interview",
        ("Camila Duarte", "camila.duarte@nearbridgetalent.example"),
        attendees=[("Kevin Shah", "kevin.shah@brightpathhealth.example")],
        location="https://brightpathhealth.zoom.us/j/84213377920",
    ),
)

MAIL += [
    _bh_interview,
    m(
        "i0hd",
        "2025-10-09 17:25",
        "Camila Duarte <camila.duarte@nearbridgetalent.example>",
        "Brightpath – feedback",
        A("rejection", BH, BHR, 8, "agency", "en"),
        text="""\
Hi Daniela,

I finally got detailed feedback from Brightpath and wanted to share it with you by email as
well as on WhatsApp.

The good: Kevin really liked your communication and the way you structured the test design
for the check-in flow - he said your risk-based prioritization was "exactly how we want the
team to think".

Unfortunately, they decided to move forward with another candidate who has more hands-on
mobile automation (Appium, React Native), since the squad's roadmap shifted toward the
patient app for Q1.

I know it's disappointing, especially after such a good interview. I'd love to keep you in
mind for the next openings - we have two other US clients hiring QA in November.

Un abrazo,
Camila
""",
    ),
]

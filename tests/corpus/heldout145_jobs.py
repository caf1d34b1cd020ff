# ruff: noqa: E501, RUF100
"""Corpus 145, job mail part one (data only): see heldout145.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer
and role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Buenos Aires' offset on ``day`` (Argentina keeps UTC-3 all year, no daylight saving)."""
    return "-0300"


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
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" in Buenos Aires time)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def R(ref: str) -> dict[str, str]:
    """Threading headers of a reply to ``ref`` (a Message-ID, brackets included)."""
    return {"In-Reply-To": ref, "References": ref}


ME_NAME, ME_ADDR = "Agustina Belén Iturralde Ocampo", "agustina.iturralde.o@gmail.com"

EF, EFR = "Estudio Ferrari", "Contador/a Semi Senior – Impuestos"
KA, KA1, KA2 = (
    "Kestler Abalos",
    "Senior de Impuestos – Tax Compliance",
    "Semi Senior de Precios de Transferencia",
)
BA, BA1, BA2 = (
    "Banco Austral",
    "Analista de Impuestos Sr.",
    "Analista Sr. de Planeamiento Impositivo",
)
TP, TPR = "Termoplast", "Analista Contable Impositivo"
PP, PPR = "Pampa Pay", "Tax Analyst Semi Senior"
CG, CGR = "Carcarañá Granos", "Analista Contable Sr. – Comercio Exterior"
OP, OPR = (
    "Organismo Provincial de Control Fiscal",
    "Profesional Contable – Concurso Abierto N° 7/2025",
)
LP, LPR = "Supermercados La Posta", "Analista de Impuestos Sr. (IIBB / Convenio Multilateral)"
DS, DSR = "Delta Sur Logística", "Analista Impositivo/a"
SC, SCR = "Solvo Cloud", "Tax & Accounting Analyst"
NV, NVR = "Nordvik", "Analista Sr. de FP&A"
MP, MPR = "Maltería Pampeana", "Analista de Costos y Presupuesto"
LG, LGR = "Laboratorios Gándara", "Contador/a Sr. de Impuestos"
BW, BWR = "Brightwater Analytics", "Senior Accountant, LatAm (Contractor)"
AR, ARR = "Constructora Arrieta", "Responsable de Impuestos"
CU, CUR = "Cuotify", "Analista Contable e Impositivo"
KL, KLR = "Kuyén Labs", "Accounting Lead Argentina"
SO, SOR = "Solaria Energía", "Tax Analyst"
FX, FXR = "Fénix Patagónica Seguros", "Analista Contable Sr."
LT, LTR = "Frigorífico Las Talas", "Contador/a Semi Senior"

KA_TALENT = ("Milagros Peralta", "mperalta@kestlerabalos.example")
NV_TALENT = ("Valentina Rossi", "valentina.rossi@nordvik.example")


MAIL: list[dict[str, Any]] = [
    # --- 1 Estudio Ferrari (Computrabajo): confirmation, "tu CV fue visto", then nothing -------
    m(
        "c7a1",
        "2025-09-04 11:42",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Te postulaste a: Contador/a Semi Senior - Impuestos",
        A("confirmation", EF, EFR, 1, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<img src="https://ar.computrabajo.com/img/logo-ct.png" alt="Computrabajo" width="160">
<h2 style="color:#0c57a1">¡Hola Agustina!</h2>
<p>Tu postulación se envió correctamente.</p>
<table style="border:1px solid #ddd;padding:12px;width:100%"><tr><td>
<b>Contador/a Semi Senior - Impuestos</b><br>
ESTUDIO FERRARI &amp; ASOC.<br>
Capital Federal, Buenos Aires<br>
<span style="color:#888">Publicado hace 2 días</span>
</td></tr></table>
<p>La empresa revisará tu hoja de vida. Te avisaremos por este medio cuando haya novedades
sobre tu candidatura.</p>
<p><a href="https://ar.computrabajo.com/candidato/postulaciones?utm_source=email&amp;utm_medium=postulacion&amp;utm_campaign=apply_ok">Ver mis postulaciones</a></p>
<hr>
<p style="font-size:13px"><b>Ofertas similares a esta</b><br>
Analista Impositivo - Palermo · Liquidador/a de Sueldos e Impuestos - Microcentro ·
Contador/a Jr - San Martín</p>
<p style="font-size:11px;color:#999">Recibís este email porque tenés una cuenta en Computrabajo Argentina.
<a href="https://ar.computrabajo.com/candidato/notificaciones">Configurar notificaciones</a> ·
<a href="https://ar.computrabajo.com/privacidad">Política de privacidad</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://ar.computrabajo.com/unsub?u=8f3c21&t=apply>"},
    ),
    m(
        "c7a2",
        "2025-09-09 16:05",
        "Computrabajo <notificaciones@computrabajo.com>",
        "¡Buenas noticias! Tu CV fue visto 👀",
        A("viewed", EF, EFR, 1, "other"),
        text="""Hola Agustina,

ESTUDIO FERRARI & ASOC. vio tu hoja de vida para la oferta:

  Contador/a Semi Senior - Impuestos
  Capital Federal

Estado de tu candidatura: CV visto

Consejo: las empresas revisan muchos perfiles. Mantener tu CV actualizado y completo aumenta
hasta 3 veces las chances de avanzar en un proceso.

Ver el estado: https://ar.computrabajo.com/candidato/postulaciones?id=ct-94120587

--
Computrabajo Argentina
No respondas este email, fue enviado automáticamente.
""",
    ),
    # --- 2 Kestler Abalos, Tax Compliance (Workday "kaglobal"): account, confirmation, task,
    # interview, auto-reply, rejection ------------------------------------------------------------
    m(
        "w0k9",
        "2025-09-08 22:05",
        "Kestler Abalos Careers <kaglobal@myworkday.com>",
        "Verificá tu cuenta de candidato",
        J("other_job", "workday", KA),
        text="""Hola,

Creaste una cuenta en el sitio de carreras de KA Global (kaglobal.wd3.myworkdayjobs.com).

Para verificar tu dirección de correo electrónico, hacé clic en el siguiente enlace dentro de
las próximas 24 horas:

https://kaglobal.wd3.myworkdayjobs.com/es/KA_Careers/activate/7d1c0ad2e91f4b5c

Si no creaste esta cuenta, ignorá este mensaje.

Este es un mensaje generado automáticamente. Por favor, no respondas.
""",
    ),
    m(
        "w0k1",
        "2025-09-08 22:17",
        "Kestler Abalos Careers <kaglobal@myworkday.com>",
        "Recibimos tu postulación – R-0045821",
        A("confirmation", KA, KA1, 2, "workday"),
        text="""Hola Agustina Belén:

¡Gracias por tu interés en KA!

Recibimos tu postulación para la posición R-0045821 Senior de Impuestos – Tax Compliance
(Buenos Aires – Torre Catalinas). Nuestro equipo de Talent Acquisition va a revisar tu perfil y,
si tu experiencia se ajusta a lo que buscamos, se va a comunicar con vos.

Podés consultar el estado de tu postulación en cualquier momento ingresando a "Mis
postulaciones" en nuestro sitio de carreras:
https://kaglobal.wd3.myworkdayjobs.com/es/KA_Careers/userHome

Saludos,
Talent Acquisition
Kestler Abalos & Co. S.R.L.

--
Kestler Abalos & Co. S.R.L. es una firma miembro de la red Kestler Abalos Global, una entidad
inglesa de responsabilidad limitada por garantía. Cada firma miembro es una entidad legal
separada e independiente. Este correo fue generado automáticamente; por favor no respondas a
esta dirección.
""",
    ),
    m(
        "w0k2",
        "2025-09-19 10:03",
        "Kestler Abalos Careers <kaglobal@myworkday.com>",
        "Acción requerida: tenés una tarea pendiente",
        A("assessment", KA, KA1, 2, "workday"),
        html="""<div style="font-family:Segoe UI,Arial;font-size:14px">
<p>Hola Agustina Belén,</p>
<p>Como parte del proceso de selección para <b>R-0045821 Senior de Impuestos – Tax Compliance</b>,
te pedimos que completes la siguiente tarea en tu bandeja de entrada de Workday:</p>
<ul>
<li><b>Evaluación en línea:</b> razonamiento numérico (20 min) y caso práctico de IVA y
retenciones (25 min)</li>
<li><b>Fecha límite:</b> 26/09/2025 23:59 (hora de Buenos Aires)</li>
</ul>
<p>Te recomendamos hacerla desde una computadora, con buena conexión y sin interrupciones.
Una vez iniciada, no se puede pausar.</p>
<p><a href="https://kaglobal.wd3.myworkdayjobs.com/es/KA_Careers/userHome/tasks">Ir a mis tareas</a></p>
<p>¡Éxitos!<br>Talent Acquisition – KA Argentina</p>
<p style="color:#777;font-size:11px">Powered by Workday</p>
</div>""",
    ),
    m(
        "w0k3",
        "2025-10-01 15:30",
        "Milagros Peralta <mperalta@kestlerabalos.example>",
        "Entrevista - Tax Compliance",
        A("interview", KA, KA1, 2, "direct"),
        text="""Hola Agustina, ¿cómo estás?

Te escribo del equipo de Talent Acquisition de KA. ¡Felicitaciones! Aprobaste la evaluación
online y nos gustaría avanzar con una entrevista con Carolina Ledesma (Gerente de Tax
Compliance) y conmigo.

Te propongo el lunes 6/10 a las 11 hs por Teams. Te mando la invitación; si no te queda
cómodo avisame y buscamos otro horario.

La entrevista dura alrededor de 45 minutos. Vamos a charlar sobre tu experiencia en
liquidación de Ganancias, IVA e Ingresos Brutos, y sobre cómo trabajás con clientes.

Saludos,

Milagros Peralta
Talent Acquisition Senior | People
KA | Kestler Abalos & Co. S.R.L.
Torre Catalinas Plaza – Av. Eduardo Madero 1020, piso 8, C1106ACX CABA
kestlerabalos.example/ar

La información contenida en este mensaje es confidencial y está dirigida únicamente a su
destinatario. Si lo recibió por error, por favor notifique al remitente y elimínelo.
""",
        ics=ics(
            "ka-tc-0045821-int1@kestlerabalos.example",
            "2025-10-06 11:00",
            "Entrevista Agustina Iturralde - Senior Tax Compliance",
            KA_TALENT,
            minutes=45,
            attendees=[("Carolina Ledesma", "cledesma@kestlerabalos.example")],
            location="Microsoft Teams",
            description="Unirse a la reunión de Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_KA0045821%40thread.v2/0\nID de reunión: 392 118 447 05\nCódigo de acceso: t7Xq2P",
        ),
    ),
    m(
        "w0k4",
        "2025-10-10 09:12",
        "Milagros Peralta <mperalta@kestlerabalos.example>",
        "Respuesta automática: Consulta proceso Tax Compliance",
        J("other_job", "direct", KA, KA1),
        text="""Hola, gracias por tu mensaje.

Estoy fuera de la oficina hasta el lunes 20 de octubre, con acceso limitado al correo. Para
temas urgentes de procesos de selección podés escribir a talent.ar@kestlerabalos.example.

Saludos,
Milagros

Hi, I am out of the office until Monday, October 20th. For urgent matters please contact
talent.ar@kestlerabalos.example.
""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    ),
    m(
        "w0k5",
        "2025-10-20 18:44",
        "Kestler Abalos Careers <kaglobal@myworkday.com>",
        "Actualización sobre tu postulación",
        A("rejection", KA, KA1, 2, "workday"),
        text="""Hola Agustina Belén:

Queremos agradecerte por el tiempo que dedicaste al proceso para la posición R-0045821 Senior
de Impuestos – Tax Compliance y por las conversaciones que tuviste con nuestro equipo.

Tu perfil es muy interesante y el equipo valoró especialmente tu experiencia en Convenio
Multilateral. Sin embargo, en esta oportunidad decidimos avanzar con otros candidatos cuya
experiencia se ajusta más a las necesidades actuales de la práctica.

Vamos a conservar tus datos en nuestra base y te invitamos a seguir atenta a nuestras
búsquedas: es muy probable que vuelvan a surgir oportunidades acordes a tu perfil.

¡Te deseamos muchos éxitos!

Talent Acquisition
KA Argentina
""",
    ),
    # --- 3 Banco Austral, Analista de Impuestos Sr. (SuccessFactors of Grupo Financiero Austral)
    m(
        "sf31",
        "2025-09-10 20:31",
        "Grupo Financiero Austral - Empleos <noreply@successfactors.com>",
        "Confirmación de postulación - Requisición 10934",
        A("confirmation", BA, BA1, 3, "other"),
        text="""Estimada Agustina Belén Iturralde Ocampo:

Le agradecemos su interés en formar parte de Grupo Financiero Austral.

Hemos recibido su postulación para la posición:

   Requisición: 10934
   Puesto: Analista de Impuestos Sr.
   Empresa: Banco Austral S.A.
   Ubicación: Casa Central - Reconquista 650, CABA

Su perfil será evaluado por nuestro equipo de Selección. En caso de que sus antecedentes se
ajusten a los requerimientos de la posición, nos pondremos en contacto con usted.

Puede consultar el estado de su postulación ingresando al Portal de Empleos con su usuario.

Atentamente,
Gerencia de Capital Humano
Grupo Financiero Austral

Este mensaje ha sido generado automáticamente. Por favor, no responda a esta dirección.
Grupo Financiero Austral S.A. - Banco Austral S.A. - Austral Seguros S.A. - Austral Valores S.A.
""",
    ),
    m(
        "ev32",
        "2025-09-24 09:15",
        "Evaluar <notificaciones@evaluar.com>",
        "Invitación a completar su evaluación",
        A("assessment", BA, BA1, 3, "other"),
        html="""<html><body style="font-family:Verdana,Arial;font-size:13px;color:#222">
<p><img src="https://www.evaluar.com/static/mail/logo_evaluar.png" alt="Evaluar" height="40"></p>
<p>Estimado/a <b>Agustina Belén</b>:</p>
<p><b>Grupo Financiero Austral</b> le invita a completar una evaluación en línea como parte del
proceso de selección en el que participa.</p>
<p>La evaluación incluye un cuestionario de personalidad laboral y pruebas de razonamiento
(psicotécnico). El tiempo estimado es de 50 minutos.</p>
<table cellpadding="6" style="background:#f3f6f9"><tr><td>Usuario: <b>aiturralde_10934</b></td></tr>
<tr><td>Fecha límite: <b>29/09/2025</b></td></tr></table>
<p><a href="https://app.evaluar.com/candidato/ingreso?token=Q2VmN0p1Y0xqYWE3">Comenzar evaluación</a></p>
<p>Le recomendamos realizarla en un lugar tranquilo y desde una computadora.</p>
<p style="font-size:11px;color:#888">Evaluar® – Soluciones de evaluación para la gestión de talento.
Este mensaje fue enviado en nombre de Grupo Financiero Austral. Si no reconoce este proceso,
por favor ignórelo.</p>
</body></html>""",
    ),
    m(
        "ba33",
        "2025-10-07 13:40",
        "Lucía Bermúdez <lucia.bermudez@gfaustral.example>",
        "Entrevista - Analista de Impuestos Sr.",
        A("interview", BA, BA1, 3, "direct"),
        text="""Estimada Agustina:

Me comunico desde la Gerencia de Capital Humano de Grupo Financiero Austral en relación con su
postulación a la posición de Analista de Impuestos Sr. en Banco Austral.

Quisiéramos invitarla a una entrevista presencial con la Lic. Mariana Ocampo (Jefa de
Impuestos) y quien suscribe, el jueves 9 de octubre a las 10:30 hs, en Reconquista 650, piso
4, CABA. Por favor, presentarse 10 minutos antes en la recepción con su DNI.

Le agradeceré confirmar su asistencia respondiendo este correo.

Saludos cordiales,

Lic. Lucía Bermúdez
Analista Sr. de Selección | Gerencia de Capital Humano
Grupo Financiero Austral
Tel. (011) 4310-5500 int. 2241

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y para uso exclusivo de
su destinatario. Grupo Financiero Austral no se responsabiliza por opiniones personales
expresadas en este correo.
""",
        ics=ics(
            "gfa-sel-10934-ent1@gfaustral.example",
            "2025-10-09 10:30",
            "Entrevista - Iturralde Ocampo - Req. 10934",
            ("Lucía Bermúdez", "lucia.bermudez@gfaustral.example"),
            attendees=[("Mariana Ocampo", "mariana.ocampo@gfaustral.example")],
            location="Reconquista 650, piso 4, CABA",
        ),
    ),
    m(
        "sf34",
        "2025-10-29 19:02",
        "Grupo Financiero Austral - Empleos <noreply@successfactors.com>",
        "Novedades sobre su postulación",
        A("rejection", BA, BA1, 3, "other"),
        text="""Estimada Agustina Belén:

Agradecemos sinceramente su participación en el proceso de selección para la posición
Analista de Impuestos Sr. (Requisición 10934) y el tiempo dedicado a las entrevistas y
evaluaciones.

Su perfil resultó de gran interés para nuestro equipo; no obstante, en esta instancia hemos
decidido continuar el proceso con otros candidatos cuyos antecedentes se ajustan en mayor
medida a los requerimientos del puesto.

Sus datos permanecerán en nuestra base para futuras búsquedas. Lo invitamos a continuar
consultando nuestras oportunidades en el Portal de Empleos.

Le deseamos éxito en sus próximos desafíos.

Gerencia de Capital Humano
Grupo Financiero Austral
""",
    ),
    # --- 4 Termoplast (SmartRecruiters, legal name Termoplásticos del Plata S.A.) ----------------
    m(
        "sr41",
        "2025-09-12 08:56",
        "Termoplásticos del Plata <noreply@smartrecruiters.com>",
        "Gracias por tu postulación, Agustina",
        A("confirmation", TP, TPR, 4, "smartrecruiters"),
        html="""<div style="max-width:560px;font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<p><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/termoplast.png" alt="Termoplast" height="48"></p>
<p>Hola Agustina,</p>
<p>Gracias por postularte a <b>Analista Contable Impositivo</b> en Termoplast. Recibimos tu
solicitud y nuestro equipo la va a revisar con atención.</p>
<p>Si tu perfil coincide con lo que buscamos, te vamos a contactar para coordinar los próximos
pasos. Mientras tanto, podés conocer más sobre nuestra planta del Parque Industrial Pilar y
nuestro compromiso con el reciclado en termoplast.example.</p>
<p>Saludos,<br>Equipo de Talento<br>Termoplásticos del Plata S.A.</p>
<p style="font-size:11px;color:#999">Este correo fue enviado a través de SmartRecruiters en nombre
de Termoplásticos del Plata S.A. · <a href="https://www.smartrecruiters.com/privacy-policy">Privacidad</a></p>
</div>""",
    ),
    m(
        "sr42",
        "2025-10-03 14:21",
        "Termoplásticos del Plata <noreply@smartrecruiters.com>",
        "Tu postulación en Termoplásticos del Plata",
        A("rejection", TP, TPR, 4, "smartrecruiters"),
        text="""Hola Agustina,

Gracias nuevamente por tu interés en la posición de Analista Contable Impositivo.

Luego de revisar cuidadosamente todas las postulaciones, decidimos continuar con candidatos
cuya experiencia se acerca más a lo que necesitamos hoy en la planta de Pilar.

Te deseamos lo mejor en tu búsqueda.

Equipo de Talento
Termoplast
""",
    ),
    # --- 5 Pampa Pay (Lever, posting slug "ppsf"): confirmation, HackerRank, two interviews,
    # rejection after the last one, candidate survey --------------------------------------------
    m(
        "lv51",
        "2025-09-16 19:48",
        "Pampa Pay <no-reply@hire.lever.co>",
        "¡Gracias por postularte a Pampa Pay!",
        A("confirmation", PP, PPR, 5, "lever"),
        text="""¡Hola Agustina!

Gracias por sumarte a nuestro proceso para Tax Analyst Semi Senior. 🙌

Nos llegó tu postulación y la estamos leyendo con atención. Si vemos match con lo que buscamos,
te escribimos para contarte los próximos pasos. Si no, también te avisamos: nadie se queda sin
respuesta en Pampa Pay.

Mientras tanto, contanos en redes qué te gustaría que mejoremos de la app 😉

Abrazo,
El equipo de Talent de Pampa Pay

---
PampaPay Servicios Financieros S.A.U. · Av. Corrientes 1386, CABA
Ver la búsqueda: https://jobs.lever.co/ppsf/5b9e2c7a-13d4-4c88-9f0e-2a1d6c9b7e31
""",
    ),
    m(
        "hr52",
        "2025-09-30 11:07",
        "Pampa Pay Hiring Team <support@hackerrankforwork.com>",
        "Invitation: Pampa Pay - Tax Data Challenge",
        A("assessment", PP, PPR, 5, "hackerrank", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#39424e">
<p>Hi Agustina,</p>
<p>Thanks for your interest in <b>Pampa Pay</b>. As the next step in the process for
<b>Tax Analyst Semi Senior</b>, we'd like you to take the following test:</p>
<p style="background:#f3f7f7;padding:10px"><b>Tax Data Challenge</b><br>
Duration: 60 minutes · 3 SQL questions (basic), 2 multiple choice questions<br>
Test expires: Oct 05, 2025, 11:59 PM ART</p>
<p><em>Mensaje del equipo: ¡Hola Agus! No hace falta ser experta en SQL: queremos ver cómo
razonás sobre datos de retenciones. Cualquier duda, escribinos.</em></p>
<p><a href="https://www.hackerrank.com/test/9fk2m1a0p4s/login?b=eyJ1c2VybmFtZSI6ImFndXN0aW5hIn0">Start test</a></p>
<p>Please make sure you have a stable internet connection. You can practice with a sample test
before starting.</p>
<p>Good luck!<br>The Pampa Pay Hiring Team</p>
<p style="font-size:11px;color:#999">This email was sent via HackerRank on behalf of Pampa Pay.
HackerRank, 700 E El Camino Real, Suite 300, Mountain View, CA 94040.</p>
</body></html>""",
    ),
    m(
        "lv53",
        "2025-10-14 17:26",
        "Rocío Sanz <rocio.sanz@pampapay.example>",
        "Entrevista con Tax Lead - Pampa Pay",
        A("interview", PP, PPR, 5, "direct"),
        text="""¡Hola Agus! ¿Cómo va?

¡Qué bien te fue en el challenge! Te queremos presentar a Germán, nuestro Tax Lead. Te mandé
una invitación para el viernes 17 a las 15 por Google Meet, son 45 minutos.

Va a ser una charla bastante técnica (percepciones, regímenes de información del BCRA y ARCA,
IIBB en varias jurisdicciones) y también sobre cómo te imaginás trabajando en un equipo chico
que se mueve rápido.

Si el horario no te sirve, contestame por acá y lo movemos.

¡Abrazo!
Rocío
Talent Acquisition · Pampa Pay
""",
        ics=ics(
            "3k2l9t0m8q1v7pp@google.com",
            "2025-10-17 15:00",
            "Pampa Pay | Agustina Iturralde <> Germán (Tax Lead)",
            ("Rocío Sanz", "rocio.sanz@pampapay.example"),
            minutes=45,
            attendees=[("Germán Toledo", "german.toledo@pampapay.example")],
            description="Unirse con Google Meet: https://meet.google.com/xqv-ptdr-kma\nO marcar: (AR) +54 11 3986-4511 PIN: 802 113 559#",
        ),
    ),
    m(
        "lv54",
        "2025-10-23 10:40",
        "Rocío Sanz <rocio.sanz@pampapay.example>",
        "Re: Entrevista con Tax Lead - Pampa Pay",
        A("interview", PP, PPR, 5, "direct"),
        text="""Agus, ¡buenas noticias! A Germán le encantó la charla.

Última instancia: una entrevista con Lorena Paz, nuestra Finance Director, el martes 28 a las
10. Te mandé la invite. Es más de fit cultural y de cómo ves el área en 2 años.

Abrazo,
Rocío

El vie, 17 oct 2025 a las 16:02, Agustina Iturralde (<agustina.iturralde.o@gmail.com>) escribió:
> ¡Hola Rocío! Muchas gracias por la charla de hoy, me quedé con muchas ganas de seguir.
> Cualquier cosa que necesites, avisame.
> Saludos,
> Agustina
""",
        ics=ics(
            "8h1c4r0z6n2w5pp@google.com",
            "2025-10-28 10:00",
            "Pampa Pay | Agustina Iturralde <> Lorena Paz (Finance Director)",
            ("Rocío Sanz", "rocio.sanz@pampapay.example"),
            minutes=40,
            attendees=[("Lorena Paz", "lorena.paz@pampapay.example")],
            description="Unirse con Google Meet: https://meet.google.com/bnf-kwze-tqo",
        ),
        **R("<CAJd8kP2vQe1m0Xn4-Tz@mail.gmail.com>"),
    ),
    m(
        "lv55",
        "2025-11-04 12:15",
        "Pampa Pay <no-reply@hire.lever.co>",
        "Novedades sobre tu postulación",
        A("rejection", PP, PPR, 5, "lever"),
        text="""Hola Agustina,

Antes que nada, ¡gracias! Sabemos que un proceso de selección lleva tiempo y energía, y vos le
pusiste muchísima onda en cada etapa.

Nos encantó conocerte y tu perfil es muy interesante, pero después de pensarlo mucho decidimos
avanzar con otra persona que ya tiene experiencia en regímenes de información específicos de
entidades financieras, algo que hoy necesitamos desde el día uno.

No es un "no" para siempre: nos gustaría volver a contactarte si se abre otra posición en el
equipo de Finance.

Te deseamos lo mejor,
Rocío y el equipo de Talent de Pampa Pay
""",
    ),
    m(
        "lv56",
        "2025-11-06 09:30",
        "Pampa Pay <no-reply@hire.lever.co>",
        "Contanos cómo fue tu experiencia (2 minutos)",
        J("other_job", "lever", PP, PPR),
        text="""¡Hola Agustina!

Hace poco participaste de un proceso de selección en Pampa Pay. Queremos mejorar y tu opinión
nos sirve un montón.

¿Nos regalás 2 minutos? La encuesta es anónima:
https://survey.lever.co/s/ppsf/c0a9e1f6-candidate-experience

¡Gracias!
Talent @ Pampa Pay
""",
    ),
    # --- 6 Carcarañá Granos (Bumeran, legal name Agroexportadora Carcarañá S.A.): on hold -------
    m(
        "bm61",
        "2025-09-19 13:14",
        "Bumeran <noreply@bumeran.com.ar>",
        "Recibimos tu postulación",
        A("confirmation", CG, CGR, 6, "other"),
        html="""<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="background:#e6007e;padding:14px"><img src="https://www.bumeran.com.ar/static/mail/logo-bumeran-blanco.png" alt="bumeran"></td></tr>
<tr><td style="padding:20px">
<p>¡Listo, Agustina!</p>
<p>Te postulaste al aviso <b>Analista Contable Sr. - Comercio Exterior</b> de
<b>Agroexportadora Carcarañá S.A.</b></p>
<p>Zona: Puerto Madero, Capital Federal · Modalidad: Híbrido · Jornada: Full-time</p>
<p>Salario pretendido informado: $ 2.900.000</p>
<p>Te vamos a avisar cuando la empresa vea tu CV.</p>
<p><a href="https://www.bumeran.com.ar/postulantes/postulaciones?utm_source=mail&amp;utm_campaign=postulacion_ok" style="background:#e6007e;color:#fff;padding:8px 14px;text-decoration:none">Ver mis postulaciones</a></p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#999">Bumeran es parte de Jobint. Para dejar de recibir estos emails,
<a href="https://www.bumeran.com.ar/postulantes/configuracion/notificaciones">hacé clic acá</a>.</td></tr>
</table></td></tr></table></body></html>""",
    ),
    m(
        "bm62",
        "2025-09-26 18:02",
        "Bumeran <noreply@bumeran.com.ar>",
        "¡Tu CV fue visto!",
        A("viewed", CG, CGR, 6, "other"),
        text="""¡Hola Agustina!

Agroexportadora Carcarañá S.A. vio tu CV para el aviso "Analista Contable Sr. - Comercio
Exterior".

¿Querés destacarte? Completá tu perfil al 100 % y sumá tus certificaciones.

Mirá el estado de todas tus postulaciones:
https://www.bumeran.com.ar/postulantes/postulaciones

Equipo Bumeran
""",
    ),
    m(
        "cg63",
        "2025-10-14 10:25",
        "Selección Carcarañá <seleccion@carcaranagranos.example>",
        "Entrevista - Analista Contable Sr.",
        A("interview", CG, CGR, 6, "direct"),
        text="""Buen día Agustina,

Recibimos tu CV a través de Bumeran para la búsqueda de Analista Contable Sr. para el área de
Comercio Exterior. Nos gustaría conocerte en nuestras oficinas de Puerto Madero.

Día: viernes 17 de octubre
Hora: 9:30 hs
Lugar: Av. Alicia Moreau de Justo 1150, piso 3, oficina B
Entrevistan: Sofía Arce (RRHH) y Raúl Benítez (Gerente de Administración y Finanzas)

Te adjuntamos la invitación. Por favor confirmanos la asistencia.

Saludos cordiales,

Sofía Arce
Recursos Humanos
Carcarañá Granos | Agroexportadora Carcarañá S.A.
Oficina Buenos Aires: Av. Alicia Moreau de Justo 1150 · Planta: Puerto General San Martín, Santa Fe
""",
        ics=ics(
            "agro-carc-sel-2025-117@carcaranagranos.example",
            "2025-10-17 09:30",
            "Entrevista Analista Contable Sr. - A. Iturralde",
            ("Sofía Arce", "seleccion@carcaranagranos.example"),
            attendees=[("Raúl Benítez", "rbenitez@carcaranagranos.example")],
            location="Av. Alicia Moreau de Justo 1150, piso 3, of. B, CABA",
        ),
    ),
    m(
        "cg64",
        "2025-11-05 16:48",
        "Selección Carcarañá <seleccion@carcaranagranos.example>",
        "Búsqueda Analista Contable Sr.",
        A("confirmation", CG, CGR, 6, "direct"),
        st="on_hold",
        text="""Hola Agustina, ¿cómo estás?

Te escribo para contarte en qué quedó la búsqueda. Por los cambios en el esquema de derechos de
exportación y la reorganización del área comercial, la dirección decidió congelar por ahora
la incorporación de la posición. No sabemos todavía si se va a reactivar en el primer
trimestre del año próximo.

No queríamos dejarte sin respuesta: la entrevista con Raúl fue muy buena y, si la búsqueda se
retoma, vas a ser de las primeras personas a las que llamemos.

Un saludo grande,
Sofía Arce
RRHH – Carcarañá Granos
""",
    ),
    # --- 7 Organismo Provincial de Control Fiscal: concurso abierto -----------------------------
    m(
        "op71",
        "2025-09-29 14:00",
        "Concursos OPCF <concursos@opcf.example>",
        "Constancia de inscripción - Concurso Abierto N° 7/2025",
        A("confirmation", OP, OPR, 7, "other"),
        text="""ORGANISMO PROVINCIAL DE CONTROL FISCAL
Dirección de Recursos Humanos – Departamento Concursos

Se deja constancia de que la Sra. ITURRALDE OCAMPO, Agustina Belén (DNI 37.XXX.412) se ha
inscripto en el CONCURSO ABIERTO DE ANTECEDENTES Y OPOSICIÓN N° 7/2025 para la cobertura de
DOS (2) cargos de Profesional Contable, Agrupamiento Profesional, Categoría 18, con
prestación de servicios en la Sede Central (La Plata) y la Delegación CABA.

Número de inscripción: 0413
Fecha y hora de registro: 29/09/2025 13:58

La documentación respaldatoria (título, certificado de matrícula y CV) deberá presentarse en
original y copia el día del examen. La lista de postulantes admitidos será publicada en el
sitio oficial del Organismo.

Este correo se genera en forma automática. No responder.
""",
        attach=[
            (
                "constancia_inscripcion_0413.pdf",
                "application/pdf",
                "%PDF-1.4 constancia de inscripcion concurso 7/2025 n 0413",
            )
        ],
    ),
    m(
        "op72",
        "2025-10-27 12:30",
        "Concursos OPCF <concursos@opcf.example>",
        "Concurso Abierto N° 7/2025 - Publicación del listado de admitidos",
        A("viewed", OP, OPR, 7, "other"),
        text="""Sra. Iturralde Ocampo:

Se informa que, por Disposición DRH N° 214/2025, se aprobó el listado de postulantes admitidos
y no admitidos del Concurso Abierto N° 7/2025 (Profesional Contable – Categoría 18).

Su inscripción N° 0413 figura en el listado como: ADMITIDA.

Los postulantes admitidos serán convocados oportunamente a la instancia de evaluación
técnica escrita. El listado completo puede consultarse en el sitio del Organismo, sección
Concursos.

Departamento Concursos
Dirección de Recursos Humanos – OPCF
""",
    ),
    m(
        "op73",
        "2025-11-14 11:05",
        "Concursos OPCF <concursos@opcf.example>",
        "Convocatoria a evaluación técnica escrita - Concurso N° 7/2025",
        A("assessment", OP, OPR, 7, "other"),
        text="""Sra. Iturralde Ocampo, Agustina Belén
Inscripción N° 0413

Por la presente se la convoca a rendir la EVALUACIÓN TÉCNICA ESCRITA del Concurso Abierto
N° 7/2025, conforme al siguiente detalle:

Fecha: viernes 28 de noviembre de 2025
Hora: 9:00 (presentarse 8:30)
Lugar: Sede Central, calle 7 N° 1260, La Plata – Aula Magna
Duración: 3 horas
Temario: Ley de Procedimiento Tributario provincial, Código Fiscal, Ingresos Brutos y
Convenio Multilateral, Impuesto de Sellos, Contabilidad Pública (Ley de Administración
Financiera), Normas Contables Profesionales.

Deberá concurrir con DNI y la documentación respaldatoria en original y copia. Se permite el
uso de calculadora no programable. La inasistencia implicará la exclusión del concurso.

Departamento Concursos – OPCF
""",
    ),
    m(
        "op74",
        "2025-12-10 15:20",
        "Concursos OPCF <concursos@opcf.example>",
        "Citación a entrevista personal - Concurso N° 7/2025",
        A("interview", OP, OPR, 7, "other"),
        text="""Sra. Iturralde Ocampo:

Habiendo aprobado la evaluación técnica escrita (puntaje: 78/100), se la cita a la ENTREVISTA
PERSONAL ante el Jurado del Concurso Abierto N° 7/2025:

Fecha: miércoles 17 de diciembre de 2025 – 10:00 hs
Lugar: Delegación CABA, Av. Belgrano 1370, piso 6

La entrevista tendrá una duración aproximada de 30 minutos y versará sobre los antecedentes
presentados y la motivación para el cargo.

Se ruega puntualidad.

Departamento Concursos
Dirección de Recursos Humanos – OPCF
""",
    ),
    m(
        "op75",
        "2026-01-26 13:10",
        "Concursos OPCF <concursos@opcf.example>",
        "Orden de mérito definitivo - Concurso Abierto N° 7/2025",
        A("confirmation", OP, OPR, 7, "other"),
        st="on_hold",
        text="""Sra. Iturralde Ocampo:

Se comunica que por Resolución N° 33/2026 se aprobó el ORDEN DE MÉRITO DEFINITIVO del Concurso
Abierto N° 7/2025. Usted ha quedado ubicada en el SEGUNDO (2°) lugar, con un puntaje total de
84,50 puntos.

Se hace saber que, en virtud del Decreto provincial N° 12/2026 de contención del gasto en
personal, las designaciones derivadas de los concursos en trámite quedan SUSPENDIDAS hasta
nueva disposición. El orden de mérito tendrá una vigencia de doce (12) meses desde su
aprobación.

Oportunamente se le notificará la fecha de toma de posesión, en caso de corresponder.

Departamento Concursos
Dirección de Recursos Humanos – OPCF
""",
    ),
    # --- 8 Supermercados La Posta (HiringRoom tenant of Grupo Tehuelche) --------------------------
    m(
        "hg81",
        "2025-10-02 21:37",
        "Grupo Tehuelche <notificaciones@hiringroom.com>",
        "Postulación recibida",
        A("confirmation", LP, LPR, 8, "other"),
        html="""<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#404040;max-width:600px">
<img src="https://cdn.hiringroom.com/images/clients/gtehuelche/logo.png" alt="Grupo Tehuelche" height="50">
<p>Hola Agustina,</p>
<p>Recibimos tu postulación para la búsqueda <b>Analista de Impuestos Sr. (IIBB / Convenio
Multilateral)</b> - Supermercados La Posta.</p>
<p>Vamos a analizar tu perfil y, si avanzás a la siguiente etapa, nos vamos a comunicar con vos
por este medio o por teléfono.</p>
<p>¡Gracias por querer ser parte de nuestro grupo!</p>
<p>Equipo de Selección<br>Grupo Tehuelche · La Posta · Tehuelche Hogar · Farmacias Tehuelche</p>
<p style="font-size:11px;color:#9a9a9a">Enviado con HiringRoom · <a href="https://gtehuelche.hiringroom.com/jobs">Ver otras búsquedas</a></p>
</div>""",
    ),
    m(
        "hg82",
        "2025-10-21 09:58",
        "Selección Grupo Tehuelche <seleccion@grupotehuelche.example>",
        "Proceso de selección",
        A("rejection", LP, LPR, 8, "direct"),
        text="""Hola Agustina:

Te escribimos en relación con la búsqueda de Analista de Impuestos Sr. para nuestra cadena de
supermercados.

Te agradecemos el interés y el tiempo dedicado. En esta oportunidad, decidimos avanzar con
otros candidatos cuyos perfiles se ajustan más a los requerimientos de la posición
(experiencia en retail multijurisdiccional con más de 20 jurisdicciones).

Guardaremos tu CV para futuras búsquedas del grupo.

Saludos cordiales,
Equipo de Selección
Grupo Tehuelche S.A.
Av. Córdoba 5650, CABA
""",
    ),
    # --- 9 Delta Sur Logística (ZonaJobs): confirmation, rejection --------------------------------
    m(
        "zj91",
        "2025-10-07 12:09",
        "ZonaJobs <noreply@zonajobs.com.ar>",
        "Te postulaste en Delta Sur Logística S.A.",
        A("confirmation", DS, DSR, 9, "other"),
        text="""¡Hola Agustina!

Tu postulación fue enviada con éxito.

Aviso: Analista Impositivo/a
Empresa: Delta Sur Logística S.A.
Ubicación: Pilar, Buenos Aires
Publicado: 06/10/2025

Seguí el estado de tu postulación desde "Mis postulaciones":
https://www.zonajobs.com.ar/postulantes/postulaciones

ZonaJobs – Parte de Jobint
Si no querés recibir más estos emails, modificá tus preferencias en tu cuenta.
""",
    ),
    m(
        "zj92",
        "2025-10-22 17:33",
        "ZonaJobs <noreply@zonajobs.com.ar>",
        "Novedades sobre tu postulación",
        A("rejection", DS, DSR, 9, "other"),
        html="""<table width="600" align="center" style="font-family:Arial;font-size:14px;color:#333">
<tr><td><img src="https://www.zonajobs.com.ar/static/mail/zonajobs-logo.png" alt="ZonaJobs"></td></tr>
<tr><td>
<p>Hola Agustina,</p>
<p>La empresa <b>Delta Sur Logística S.A.</b> actualizó el estado de tu postulación al aviso
<b>Analista Impositivo/a</b>.</p>
<p style="border-left:3px solid #ffb400;padding-left:10px"><i>Mensaje de la empresa:</i><br>
"Gracias por postularte. Analizamos tu perfil con detenimiento y decidimos avanzar con otros
candidatos que se encuentran más cerca de nuestro centro de distribución en Pilar. ¡Éxitos!"</p>
<p>Estado: <b>Finalizado</b></p>
<p>¡No te desanimes! Hay <a href="https://www.zonajobs.com.ar/empleos-busqueda-analista-impositivo.html">134 avisos nuevos</a> que coinciden con tu perfil.</p>
</td></tr></table>""",
    ),
    # --- 10 Solvo Cloud (LinkedIn Easy Apply): sent, viewed, rejection ----------------------------
    m(
        "li101",
        "2025-10-09 08:41",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Agustina, tu solicitud se envió a Solvo Cloud",
        A("confirmation", SC, SCR, 10, "linkedin"),
        text="""Tu solicitud se envió a Solvo Cloud

Tax & Accounting Analyst
Solvo Cloud · Buenos Aires, Argentina (Híbrido)
Solicitud enviada el 9 oct 2025

Ver tu solicitud: https://www.linkedin.com/jobs/view/4112873390/?trk=eml-email_application_confirmation_01

Ahora que enviaste la solicitud, estos consejos pueden ayudarte:
- Seguí a Solvo Cloud para enterarte de novedades.
- Contactá a personas de la empresa para conocer más sobre la cultura.

Este email está dirigido a Agustina Iturralde Ocampo (Analista Semi Senior de Impuestos en
Ibarguren, Sosa & Asociados).
Obtén más información sobre por qué hemos incluido esto: https://www.linkedin.com/help/linkedin/answer/4788
Te has suscrito a las notificaciones de solicitudes de empleo.
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "li102",
        "2025-10-13 19:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud fue vista por Solvo Cloud",
        A("viewed", SC, SCR, 10, "linkedin"),
        text="""Solvo Cloud vio tu solicitud

Tax & Accounting Analyst
Solvo Cloud · Buenos Aires, Argentina

Tu solicitud fue vista por la empresa. Esto no significa necesariamente que avanzarás en el
proceso, pero es una buena señal.

Ver empleo: https://www.linkedin.com/jobs/view/4112873390/?trk=eml-jobs_application_viewed

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "li103",
        "2025-11-03 15:52",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud para Tax & Accounting Analyst en Solvo Cloud",
        A("rejection", SC, SCR, 10, "linkedin"),
        text="""Tu actualización de Solvo Cloud

Gracias por tu interés en el puesto de Tax & Accounting Analyst en Solvo Cloud en Buenos Aires.
Lamentablemente, hemos decidido no avanzar con tu solicitud en esta ocasión.

Te animamos a que sigas buscando otras oportunidades en Solvo Cloud.

Saludos,
Solvo Cloud

Buscá empleos similares: https://www.linkedin.com/jobs/search/?keywords=tax%20analyst&location=Buenos%20Aires
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
]

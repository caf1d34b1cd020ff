# ruff: noqa: E501, RUF100
"""Corpus 126, job mail part one (data only): see heldout126.py.

Also the corpus's shared helpers: the time zone, ``m()`` and the label shorthands, which the other
data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Bogotá's offset on ``day`` (Colombia keeps UTC-5 all year)."""
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
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM", Bogotá time)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def re(*parents: dict[str, Any]) -> dict[str, str]:
    """Threading headers of a reply to ``parents`` (oldest first)."""
    return {
        "In-Reply-To": parents[-1]["id"],
        "References": " ".join(p["id"] for p in parents),
    }


ME_ADDR = "lauracardenas.pinzon@gmail.com"
ME_FROM = f"Laura Valentina Cárdenas <{ME_ADDR}>"

BCA, BCA1, BCA2 = (
    "Banco Comercial Andino",
    "Analista de Datos Riesgo de Crédito",
    "Analista BI Canales Digitales",
)
CU, CUR = "Cuadra", "Data Analyst"
MD, MDR = "Mercadiario", "Analista de Datos Comerciales"
TI, TIR1 = "Tintico", "Analista de Marketing Analytics"
SG, SGR = "Seguros Guayacán", "Analista de Información"
LT, LTR = "Logística Tayrona", "Analista de Datos Logísticos"
LV, LVR = "Laboratorios Vitalis", "Analista de Datos Junior"
CM, CMR = "Constructora Monserrate", "Analista de Inteligencia de Negocios"
CT, CTR = "Cementos del Tequendama", "Analista de Planeación Comercial"
BW, BWR = "Brightwell Analytics", "Data Analyst (Remote, LATAM)"
HH, HHR = "Harborline Health", "Data Analyst, LATAM"
NF, NFR = "Nimbus Freight", "Business Intelligence Analyst"
DN, DNR = "Dinarep", "Analista de Datos"
KO, KOR = "Koalla", "Senior Data Analyst"
PP, PPR = "Fundación Pequeños Pasos", "Analista de Monitoreo y Evaluación"
LG, LGR = "Lácteos Guatavita", "Analista de Revenue Management"
AS, ASR = "Aguas de la Sabana", "Analista de Datos Operativos"
QF, QFR = "Quillfeather", "Analytics Engineer"
US, USR = "Corporación Universitaria del Salitre", "Profesional de Analítica Institucional"
OP, OPR = "Orbital Payments", "Data Analyst II, Risk"
RA, RAR = "Rutas Andinas", "Analista de Datos de Pricing"

_BCA_WD = "BCA <bca@myworkday.com>"
_PAOLA = "Paola Andrea Gutiérrez Mesa <pagutierrez@bancocomercialandino.example>"
_PAOLA_SIG = """Cordialmente,

Paola Andrea Gutiérrez Mesa
Analista de Selección | Dirección de Gestión Humana
BCA – Banco Comercial Andino S.A.
Cra. 7 # 71-52, Torre B, piso 9 – Bogotá D.C.
PBX (601) 742 0000 ext. 4418

Este mensaje y sus anexos son confidenciales y de uso exclusivo del destinatario. Si usted lo
recibió por error, por favor notifíquelo al remitente y elimínelo. BCA nunca le solicitará
dinero para participar en un proceso de selección."""

_ANDRES = "Andrés Felipe Mora <andresfmora.r@gmail.com>"
_NATALIA = "Natalia Forero Ríos <nforero@grupobacata.example>"
_NATALIA_SIG = """Natalia Forero Ríos
Analista de Atracción de Talento
Dirección Corporativa de Talento Humano
GRUPO EMPRESARIAL BACATÁ
Av. Calle 100 # 19-61, Bogotá
www.grupobacata.example

Mercadiario · Farmaexpress Bacatá · Logística BKT · Inmobiliaria Usaquén

Aviso de privacidad: sus datos personales son tratados conforme a la Ley 1581 de 2012 y a la
Política de Tratamiento de Datos del Grupo Empresarial Bacatá S.A.S."""

_YULY = "Yuly Marcela Patiño <seleccion3@activatemporales.example>"

# --- BCA, two roles (1, 2) ------------------------------------------------------------------

_bca_acct = m(
    "q1a",
    "2025-09-08 21:12",
    _BCA_WD,
    "Su cuenta de candidato ha sido creada",
    J("other_job", "workday", BCA),
    text="""Estimado(a) Laura Valentina:

Su cuenta en el Portal de Empleo de BCA ha sido creada correctamente.

Usuario: lauracardenas.pinzon@gmail.com

Puede ingresar en cualquier momento para consultar el estado de sus postulaciones o
actualizar su información:
https://bca.wd12.myworkdayjobs.com/es/BCA_Trabaje_con_nosotros/login

Si usted no creó esta cuenta, ignore este mensaje.

Gestión Humana BCA
Este es un correo automático, por favor no responda.""",
)

_bca1_conf = m(
    "q1b",
    "2025-09-08 21:19",
    _BCA_WD,
    "Gracias por postularse: Analista de Datos Riesgo de Crédito (R-10482)",
    A("confirmation", BCA, BCA1, 1, "workday"),
    text="""Estimado(a) Laura Valentina Cárdenas Pinzón:

Gracias por su interés en formar parte de BCA. Hemos recibido su postulación para la vacante
Analista de Datos Riesgo de Crédito (R-10482) – Bogotá, Sede Administrativa Calle 72.

Nuestro equipo de Gestión Humana revisará su perfil frente a los requisitos del cargo. Si su
hoja de vida avanza a la siguiente etapa, le contactaremos por este medio o al número
registrado. Le recomendamos revisar también su carpeta de correo no deseado.

Puede consultar el estado de su postulación en "Mis postulaciones":
https://bca.wd12.myworkdayjobs.com/es/BCA_Trabaje_con_nosotros/userHome

Recuerde: BCA no cobra por ningún proceso de selección ni solicita consignaciones.

Cordialmente,
Dirección de Gestión Humana
Banco Comercial Andino S.A. – BCA""",
)

_bca2_conf = m(
    "q1c",
    "2025-09-10 07:48",
    _BCA_WD,
    "Gracias por postularse: Analista BI Canales Digitales (R-10517)",
    A("confirmation", BCA, BCA2, 2, "workday"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b2a4a">
<table width="600" align="center"><tr><td style="background:#0b3d6e;padding:14px">
<img src="https://bca.wd12.myworkdayjobs.com/BCA_Trabaje_con_nosotros/assets/logo" alt="BCA" height="32"></td></tr>
<tr><td style="padding:20px">
<p>Estimado(a) Laura Valentina Cárdenas Pinzón:</p>
<p>Gracias por su interés en formar parte de BCA. Hemos recibido su postulación para la vacante
<b>Analista BI Canales Digitales (R-10517)</b> – Vicepresidencia de Banca Digital, Bogotá.</p>
<p>Nuestro equipo de Gestión Humana revisará su perfil frente a los requisitos del cargo. Si su
hoja de vida avanza a la siguiente etapa, le contactaremos por este medio o al número registrado.</p>
<p><a href="https://bca.wd12.myworkdayjobs.com/es/BCA_Trabaje_con_nosotros/userHome">Ver mis postulaciones</a></p>
<p style="font-size:12px;color:#666">Recuerde: BCA no cobra por ningún proceso de selección ni solicita consignaciones.</p>
<p>Cordialmente,<br>Dirección de Gestión Humana<br>Banco Comercial Andino S.A. – BCA</p>
</td></tr></table></body></html>""",
)

_bca1_shl = m(
    "q1d",
    "2025-09-17 10:03",
    "BCA - Evaluaciones <no-reply@shl.com>",
    "Invitación a evaluación en línea – BCA",
    A("assessment", BCA, BCA1, 1, "other"),
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Hola Laura Valentina,</p>
<p>Como parte del proceso de selección de <b>BCA – Banco Comercial Andino</b> para el cargo
<b>Analista de Datos Riesgo de Crédito</b>, le invitamos a completar las siguientes evaluaciones
en línea:</p>
<ul>
<li>Razonamiento numérico (aprox. 25 minutos)</li>
<li>Razonamiento inductivo (aprox. 25 minutos)</li>
<li>Cuestionario de estilo de trabajo (OPQ, aprox. 30 minutos)</li>
</ul>
<p><b>Fecha límite: 21 de septiembre de 2025, 11:59 p.m. (hora de Colombia)</b></p>
<p style="margin:22px 0"><a href="https://candidate.shl.com/es/invite/9f3b1c7e-bca-2025" style="background:#00a3a1;color:#fff;padding:10px 18px;text-decoration:none">Comenzar evaluaciones</a></p>
<p>Recomendaciones: use un computador (no celular), con conexión estable y en un lugar tranquilo.
Tenga a mano papel, lápiz y calculadora.</p>
<p>Si tiene inconvenientes técnicos escriba a soporte desde el enlace de ayuda de la plataforma.</p>
<p>Saludos,<br>Equipo de Selección BCA</p>
<hr><p style="font-size:11px;color:#888">Este correo fue enviado por SHL en nombre de BCA. SHL · The Pavilion, 1 Atwell Place, Thames Ditton, KT7 0NE, UK · <a href="https://www.shl.com/legal/privacy/">Privacidad</a></p>
</body></html>""",
)

_bca1_int1 = m(
    "q1e",
    "2025-09-29 16:40",
    _PAOLA,
    "Citación entrevista – Analista de Datos Riesgo de Crédito",
    A("interview", BCA, BCA1, 1, "direct"),
    text=f"""Buenas tardes Laura Valentina,

Reciba un cordial saludo. De acuerdo con los resultados de las pruebas, queremos invitarla a
una entrevista por competencias con la Gerencia de Analítica de Riesgo de Crédito.

Fecha: jueves 2 de octubre de 2025
Hora: 9:00 a.m. a 10:00 a.m.
Modalidad: Microsoft Teams (el enlace está en la invitación adjunta)
Entrevistadores: Jorge Iván Sarmiento (Gerente de Analítica de Riesgo) y Paola Gutiérrez

Le agradecemos confirmar su asistencia respondiendo este correo. Por favor tenga a mano un
ejemplo de un modelo o tablero que haya construido y cómo midió su impacto.

{_PAOLA_SIG}""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B0F1B6A2BA31DC01000000000000000010000000BCA91",
        "2025-10-02 09:00",
        "Entrevista Analista de Datos Riesgo de Crédito – Laura Cárdenas",
        ("Paola Andrea Gutiérrez Mesa", "pagutierrez@bancocomercialandino.example"),
        style="outlook",
        attendees=[("Jorge Iván Sarmiento", "jisarmiento@bancocomercialandino.example")],
        location="Reunión de Microsoft Teams",
        description="Únase a la reunión ahora\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_BCA_rc_2025\nId. de reunión: 284 117 390 55\nCódigo de acceso: Xe7bQ2",
    ),
)

_bca1_ok = m(
    "q1f",
    "2025-09-29 18:05",
    ME_FROM,
    "RE: Citación entrevista – Analista de Datos Riesgo de Crédito",
    A("interview", BCA, BCA1, 1, "direct"),
    to=_PAOLA,
    text="""Buenas tardes Paola,

Confirmo mi asistencia a la entrevista del jueves 2 de octubre a las 9:00 a.m. por Teams.
Muchas gracias por la invitación.

Cordialmente,
Laura Valentina Cárdenas Pinzón
C.C. 1.020.784.331
Cel. 310 555 2841

________________________________
De: Paola Andrea Gutiérrez Mesa <pagutierrez@bancocomercialandino.example>
Enviado: lunes, 29 de septiembre de 2025 4:40 p. m.
Para: lauracardenas.pinzon@gmail.com
Asunto: Citación entrevista – Analista de Datos Riesgo de Crédito

Buenas tardes Laura Valentina,

Reciba un cordial saludo. De acuerdo con los resultados de las pruebas, queremos invitarla a
una entrevista por competencias con la Gerencia de Analítica de Riesgo de Crédito.
[...]""",
    **re(_bca1_int1),
)

_bca1_int2 = m(
    "q1g",
    "2025-10-14 11:22",
    _PAOLA,
    "Segunda etapa – entrevista con comité",
    A("interview", BCA, BCA1, 1, "direct"),
    text=f"""Laura Valentina, buenos días.

Nos alegra informarle que continúa en el proceso. La siguiente etapa es una entrevista con el
comité (Gerencia de Riesgo de Crédito y Vicepresidencia de Riesgos), en la que se le pedirá
presentar en 15 minutos un ejercicio corto que le enviaremos 48 horas antes.

Esta entrevista es presencial: viernes 17 de octubre, 2:30 p.m., Cra. 7 # 71-52, Torre B,
piso 12. Por favor llegue 15 minutos antes con su documento de identidad para el registro en
recepción.

Adjunto la invitación.

{_PAOLA_SIG}""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C2A4E7D5C13FDC01000000000000000010000000BCA92",
        "2025-10-17 14:30",
        "Entrevista comité – Analista de Datos Riesgo de Crédito",
        ("Paola Andrea Gutiérrez Mesa", "pagutierrez@bancocomercialandino.example"),
        style="outlook",
        minutes=90,
        attendees=[
            ("Jorge Iván Sarmiento", "jisarmiento@bancocomercialandino.example"),
            ("Claudia Marcela Ortegón", "cmortegon@bancocomercialandino.example"),
        ],
        location="BCA Torre B piso 12 – Sala Monserrate",
    ),
)

_bca1_rej = m(
    "q1h",
    "2025-10-29 15:31",
    _BCA_WD,
    "Actualización sobre su proceso en BCA",
    A("rejection", BCA, BCA1, 1, "workday"),
    text="""Estimado(a) Laura Valentina:

Queremos agradecerle el tiempo y la dedicación que invirtió en el proceso para la vacante
Analista de Datos Riesgo de Crédito (R-10482). Su presentación ante el comité fue muy bien
valorada y destacamos su manejo de SQL y de indicadores de cartera.

Después de un análisis cuidadoso, hemos decidido continuar con otro(a) candidato(a) cuyo perfil
se ajusta de manera más cercana a las necesidades actuales del área.

Su hoja de vida permanecerá en nuestra base de datos y podrá ser considerada para futuras
oportunidades. Le invitamos a seguir atento(a) a nuestras vacantes en el portal.

Le deseamos muchos éxitos.

Dirección de Gestión Humana
Banco Comercial Andino S.A. – BCA""",
)

_bca2_hold = m(
    "q1i",
    "2025-11-05 08:57",
    "Gestión Humana BCA <seleccion@bancocomercialandino.example>",
    "Novedad vacante R-10517",
    A("confirmation", BCA, BCA2, 2, "direct"),
    st="on_hold",
    text="""Buen día,

Le escribimos en relación con su postulación a la vacante Analista BI Canales Digitales
(R-10517).

Le informamos que, por una redefinición de la estructura de la Vicepresidencia de Banca Digital
para 2026, esta vacante se encuentra suspendida temporalmente. Su postulación se mantiene
activa y, en caso de que el proceso se reactive, le contactaremos para continuar.

Agradecemos su comprensión y su interés en BCA.

Atentamente,
Equipo de Selección
Dirección de Gestión Humana – BCA

*** Por favor no responda a este buzón: no es monitoreado. ***""",
)

# --- Cuadra, fintech; the co-founder writes from Gmail (3) ----------------------------------

_cu_conf = m(
    "q2a",
    "2025-10-01 19:44",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Laura Valentina, tu solicitud se envió a Cuadra",
    A("confirmation", CU, CUR, 3, "linkedin"),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial;color:#191919">
<table width="100%"><tr><td align="center"><table width="512">
<tr><td><img src="https://static.licdn.com/aero-v1/sc/h/logo.png" alt="LinkedIn" width="84"></td></tr>
<tr><td style="padding-top:16px;font-size:20px">Tu solicitud se envió a Cuadra</td></tr>
<tr><td style="padding:16px 0">
<table><tr><td><img src="https://media.licdn.com/dms/image/cuadra-logo" width="48" alt="Cuadra"></td>
<td style="padding-left:12px"><b>Data Analyst</b><br>Cuadra<br>Bogotá, Distrito Capital, Colombia (Híbrido)<br>
<span style="color:#666">Solicitud enviada el 1 de octubre de 2025</span></td></tr></table></td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/4021876653/?trackingId=Qm9%2B&amp;refId=ac1" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Ver empleo</a></td></tr>
<tr><td style="padding-top:20px;font-size:14px"><b>Ahora, da el siguiente paso:</b> las personas que se comunican con el equipo de selección después de solicitar tienen más probabilidades de recibir una respuesta.</td></tr>
<tr><td style="padding-top:24px;font-size:12px;color:#666">Este correo electrónico está dirigido a Laura Valentina Cárdenas Pinzón (Analista de Datos | SQL · Power BI · Python).
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_application">Darse de baja</a> · <a href="https://www.linkedin.com/help/linkedin/answer/4788">Ayuda</a><br>
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table></td></tr></table></body></html>""",
    headers={
        "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=jobs>"
    },
)

_cu_hola = m(
    "q2b",
    "2025-10-06 22:17",
    _ANDRES,
    "Hola Laura – Cuadra",
    A("interview", CU, CUR, 3, "direct"),
    text="""Hola Laura, ¿cómo vas?

Soy Andrés, uno de los cofundadores de Cuadra. Vi tu aplicación para la posición de data
analyst y me gustó mucho lo que hiciste con los tableros de productividad en el BPO, es
justo el tipo de cosas que necesitamos para cobranza.

Te escribo desde mi correo personal porque todavía estamos migrando el dominio (sí, startup 😅).

¿Tendrías 30 minutos esta semana para una llamada sin mucha formalidad? Te propongo el
jueves 9 a las 6 pm por Meet, te acabo de mandar la invitación. Si no te sirve me dices y
la movemos.

Un abrazo,
Andrés

--
Andrés Felipe Mora
Cofundador & CEO · Cuadra
cuadra.example · +57 315 555 0192""",
    ics=ics(
        "5k2r0c9q1v7m3b4n6h8j0l2p4s@google.com",
        "2025-10-09 18:00",
        "Laura <> Andrés (Cuadra) – café virtual",
        ("Andrés Felipe Mora", "andresfmora.r@gmail.com"),
        minutes=30,
        description="Unirse con Google Meet: https://meet.google.com/qvx-ntrd-pko",
        location="https://meet.google.com/qvx-ntrd-pko",
    ),
)

_cu_case = m(
    "q2c",
    "2025-10-14 09:26",
    _ANDRES,
    "Caso Cuadra - prueba",
    A("assessment", CU, CUR, 3, "direct"),
    cc="Sebastián Lleras <sebastian@cuadra.example>",
    text="""Laura, buenos días!

Gracias otra vez por la charla del jueves. Como te conté, el siguiente paso es un caso
cortico. Te comparto la carpeta con un CSV anonimizado de 40 mil créditos de nuestra cartera
y el enunciado:

https://drive.google.com/drive/folders/1xCUADRAcasoDataAnalyst2025?usp=sharing

Básicamente: (1) cómo segmentarías la cartera para priorizar la gestión de cobranza,
(2) 3 métricas que pondrías en un tablero semanal para el comité, y (3) una consulta SQL o
notebook que soporte lo anterior. No esperamos más de 4-5 horas de trabajo, no te mates.

¿Te parece entregarlo el martes 21? Le copio a Sebas (nuestro CTO) que va a revisar la
parte técnica.

Saludos,
Andrés""",
)

_cu_case_re = m(
    "q2d",
    "2025-10-20 23:48",
    ME_FROM,
    "Re: Caso Cuadra - prueba",
    A("assessment", CU, CUR, 3, "direct"),
    to=_ANDRES,
    cc="Sebastián Lleras <sebastian@cuadra.example>",
    text="""Hola Andrés y Sebastián,

Les comparto mi entrega del caso: el notebook, las consultas SQL y un PDF de 6 láminas con
la segmentación propuesta y el boceto del tablero. Quedo atenta a sus comentarios.

https://drive.google.com/drive/folders/1LauraCardenasEntregaCuadra?usp=sharing

¡Gracias por la oportunidad!
Laura

El mar, 14 oct 2025 a las 9:26, Andrés Felipe Mora (<andresfmora.r@gmail.com>) escribió:
> Laura, buenos días!
>
> Gracias otra vez por la charla del jueves. Como te conté, el siguiente paso es un caso
> cortico.
> [...]
> ¿Te parece entregarlo el martes 21?""",
    **re(_cu_case),
)

_cu_cto = m(
    "q2e",
    "2025-10-24 12:02",
    "Sebastián Lleras (Google Calendar) <calendar-notification@google.com>",
    "Invitación: Cuadra – revisión del caso con Laura @ mar 28 oct 2025 4pm - 5pm (COT)",
    A("interview", CU, CUR, 3, "direct"),
    reply_to="sebastian@cuadra.example",
    sender="Google Calendar <calendar-notification@google.com>",
    text="""Sebastián Lleras te ha invitado a un evento

Cuadra – revisión del caso con Laura
Cuándo: martes 28 oct 2025 4pm – 5pm (hora de Colombia)
Unirse con Google Meet: meet.google.com/hyb-wkqe-sfa

Invitados:
Sebastián Lleras – organizador
andresfmora.r@gmail.com
lauracardenas.pinzon@gmail.com

"Vamos a revisar tu entrega juntos y luego 20 min de preguntas técnicas (SQL, dbt, un poco
de estadística). Tranqui."

¿Vas a asistir? Sí – Quizás – No   Más opciones

Invitación de Google Calendar
Recibes este correo porque eres un invitado al evento. Para dejar de recibir actualizaciones,
responde "No" al evento.""",
    ics=ics(
        "7hq2m3bs0d9c1r8t5v6x4z2a0k@google.com",
        "2025-10-28 16:00",
        "Cuadra – revisión del caso con Laura",
        ("Sebastián Lleras", "sebastian@cuadra.example"),
        attendees=[("Andrés Felipe Mora", "andresfmora.r@gmail.com")],
        description="Vamos a revisar tu entrega juntos y luego 20 min de preguntas técnicas (SQL, dbt, un poco de estadística). Tranqui.\n\nUnirse con Google Meet: https://meet.google.com/hyb-wkqe-sfa",
        location="https://meet.google.com/hyb-wkqe-sfa",
    ),
)

_cu_wait = m(
    "q2f",
    "2025-11-21 20:31",
    _ANDRES,
    "Re: Cuadra",
    A("confirmation", CU, CUR, 3, "direct"),
    st="on_hold",
    text="""Laura qué pena la demora en responderte. Te cuento en corto: estamos cerrando la ronda
seed y hasta que no firmemos no puedo abrir la posición formalmente. A Sebas y a mí nos
encantó tu caso, eres nuestra primera opción.

Dame unas semanas más, te prometo que en enero a más tardar te tengo noticias concretas.

Andrés

Enviado desde mi iPhone""",
)

_cu_offer = m(
    "q2g",
    "2026-01-13 21:09",
    _ANDRES,
    "Propuesta Cuadra 🚀",
    A("offer", CU, CUR, 3, "direct"),
    text="""Hola Laura!

Como te prometí: cerramos la ronda y queremos que seas la primera data analyst de Cuadra.
Te resumo la propuesta (el documento formal lo saca nuestra contadora apenas me confirmes):

- Cargo: Data Analyst (reportas directamente a mí, con Sebas en lo técnico)
- Contrato a término indefinido con Cuadra Tecnología S.A.S.
- Salario: $7.800.000 COP mensuales + prestaciones de ley
- 0,25 % en opciones con vesting a 4 años (1 año de cliff)
- Híbrido: 2 días en la oficina de Chapinero Alto
- Inicio: lo antes posible, idealmente 2 de febrero

Sé que es startup y que tienes otros procesos, así que sin presión: ¿te parece si me das
respuesta a más tardar el viernes 16?

Un abrazo y ojalá digas que sí,
Andrés""",
)

_cu_decline = m(
    "q2h",
    "2026-01-15 13:47",
    ME_FROM,
    "Re: Propuesta Cuadra 🚀",
    A("offer", CU, CUR, 3, "direct"),
    st="declined",
    to=_ANDRES,
    text="""Hola Andrés,

Mil gracias por la propuesta y por la paciencia durante todo el proceso, de verdad disfruté
mucho conversar con ustedes y el caso.

Lo pensé bastante y con mucho pesar te cuento que no voy a poder aceptarla: en diciembre
firmé con otra compañía y empiezo allá en febrero. No me pareció correcto dejarlos en
espera sin decirles nada.

Les deseo muchísimos éxitos con Cuadra, estoy segura de que les va a ir muy bien. Ojalá nos
sigamos cruzando.

Un abrazo,
Laura

El mar, 13 ene 2026 a las 21:09, Andrés Felipe Mora (<andresfmora.r@gmail.com>) escribió:
> Hola Laura!
>
> Como te prometí: cerramos la ronda y queremos que seas la primera data analyst de Cuadra.
> [...]""",
    **re(_cu_offer),
)

_cu_ok = m(
    "q2i",
    "2026-01-15 18:20",
    _ANDRES,
    "Re: Propuesta Cuadra 🚀",
    A("offer", CU, CUR, 3, "direct"),
    st="declined",
    text="""Uy Laura, qué lástima, pero entiendo totalmente y te agradezco la honestidad. Mucho éxito
en lo nuevo. Las puertas de Cuadra quedan abiertas, en serio.

A.

Enviado desde mi iPhone

> El 15 ene 2026, a las 13:47, Laura Valentina Cárdenas <lauracardenas.pinzon@gmail.com> escribió:
>
> Hola Andrés,
>
> Mil gracias por la propuesta y por la paciencia durante todo el proceso""",
    **re(_cu_offer, _cu_decline),
)

# --- Mercadiario through Grupo Empresarial Bacatá (4) ---------------------------------------

_md_conf = m(
    "q3a",
    "2025-11-03 12:15",
    "Oportunidades Grupo Bacatá <no-reply@successfactors.com>",
    "Confirmación de su aplicación",
    A("confirmation", MD, MDR, 4, "other"),
    html="""<html><body style="font-family:Arial;font-size:13px;color:#222">
<p><img src="https://career5.successfactors.com/career?company=grupobacataP&amp;logo=1" alt="Grupo Empresarial Bacatá" height="40"></p>
<p>Apreciado(a) Laura Valentina,</p>
<p>Gracias por aplicar a la vacante <b>Analista de Datos Comerciales</b> (Req. 3391) de
<b>Mercadiario S.A.S.</b>, compañía del Grupo Empresarial Bacatá.</p>
<p>Su aplicación ha sido recibida exitosamente. Le informaremos por este medio el avance de su
proceso. Puede ver el estado en cualquier momento ingresando a su perfil de candidato:</p>
<p><a href="https://career5.successfactors.com/career?company=grupobacataP&amp;career_ns=job_application&amp;navBarLevel=MY_APPLICATIONS">Mis aplicaciones</a></p>
<p>Cordial saludo,<br>Dirección Corporativa de Talento Humano<br>Grupo Empresarial Bacatá</p>
<p style="font-size:11px;color:#777">Este es un mensaje generado automáticamente. Por favor no responda a este correo.</p>
</body></html>""",
)

_md_test = m(
    "q3b",
    "2025-11-12 08:30",
    "Grupo Empresarial Bacatá <no-reply@testgorilla.com>",
    "Grupo Empresarial Bacatá te invita a realizar una evaluación",
    A("assessment", MD, MDR, 4, "other"),
    html="""<html><body style="font-family:Helvetica,Arial;color:#2d2d2d">
<div style="max-width:560px;margin:auto">
<p>Hola Laura Valentina,</p>
<p><b>Grupo Empresarial Bacatá</b> te ha invitado a realizar la evaluación
<b>"Analista de Datos Comerciales – Mercadiario"</b>.</p>
<p>La evaluación incluye: SQL (nivel intermedio), Excel avanzado, atención al detalle y un
cuestionario de cultura y motivación. Duración estimada: 58 minutos.</p>
<p>Tienes hasta el <b>16 de noviembre de 2025</b> para completarla.</p>
<p><a href="https://app.testgorilla.com/s/7hx2kq9d" style="background:#46a997;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Iniciar evaluación</a></p>
<p>Consejos: realiza la evaluación en un computador con cámara, en un lugar tranquilo; la
prueba se debe completar de una sola vez.</p>
<p>¡Mucha suerte!<br>El equipo de TestGorilla, en nombre de Grupo Empresarial Bacatá</p>
<p style="font-size:11px;color:#999">TestGorilla B.V. · Keizersgracht 555, Amsterdam · <a href="https://www.testgorilla.com/privacy-policy/">Política de privacidad</a></p>
</div></body></html>""",
)

_md_int1 = m(
    "q3c",
    "2025-11-19 17:02",
    _NATALIA,
    "Entrevista – Analista de Datos Comerciales (Mercadiario)",
    A("interview", MD, MDR, 4, "direct"),
    text=f"""Buenas tardes, Laura Valentina:

Reciba un cordial saludo de parte del Grupo Empresarial Bacatá.

Nos complace informarle que su perfil fue preseleccionado para continuar en el proceso de
Analista de Datos Comerciales de nuestra compañía Mercadiario S.A.S. Queremos conocerla en una
entrevista virtual el martes 25 de noviembre a las 10:00 a.m. por Google Meet (invitación
adjunta).

Le agradecemos tener a mano su hoja de vida actualizada y confirmar la asistencia por este medio.

Cordialmente,

{_NATALIA_SIG}""",
    ics=ics(
        "2r9m5tq0b1kd7x3c6v8n4j2h1f@google.com",
        "2025-11-25 10:00",
        "Entrevista Laura Cárdenas – Analista de Datos Comerciales",
        ("Natalia Forero Ríos", "nforero@grupobacata.example"),
        minutes=45,
        location="https://meet.google.com/bkt-aesq-xzn",
        description="Entrevista por competencias – proceso Mercadiario S.A.S.\nUnirse con Google Meet: https://meet.google.com/bkt-aesq-xzn",
    ),
)

_md_move = m(
    "q3d",
    "2025-11-24 15:44",
    _NATALIA,
    "Cambio de hora: Entrevista – Analista de Datos Comerciales (Mercadiario)",
    A("interview", MD, MDR, 4, "direct"),
    text=f"""Laura Valentina, buenas tardes:

Por un cruce de agenda debemos mover la entrevista de mañana a las 3:00 p.m. (misma fecha,
mismo enlace). Le pido disculpas por el cambio tan cercano. Le envío la invitación actualizada;
si la nueva hora no le sirve, me avisa y buscamos otra.

Gracias por su comprensión.

{_NATALIA_SIG}""",
    ics=ics(
        "2r9m5tq0b1kd7x3c6v8n4j2h1f@google.com",
        "2025-11-25 15:00",
        "Entrevista Laura Cárdenas – Analista de Datos Comerciales",
        ("Natalia Forero Ríos", "nforero@grupobacata.example"),
        minutes=45,
        sequence=1,
        location="https://meet.google.com/bkt-aesq-xzn",
        description="Entrevista por competencias – proceso Mercadiario S.A.S. (NUEVA HORA)\nUnirse con Google Meet: https://meet.google.com/bkt-aesq-xzn",
    ),
)

_md_int2 = m(
    "q3e",
    "2025-12-01 11:37",
    "Hernán Darío Castellanos <hcastellanos@mercadiario.example>",
    "Entrevista gerencia comercial",
    A("interview", MD, MDR, 4, "direct"),
    cc=_NATALIA,
    text="""Laura buenos días,

Natalia me pasó tu perfil y las pruebas. Me gustaría que nos conociéramos en persona con
Diana (jefe de planeación comercial) el jueves 4 de diciembre a las 8 am en nuestras oficinas
de la Calle 100. Pregunta en recepción por la Gerencia Comercial, piso 4.

Te envío la invitación.

Saludos,

Hernán Darío Castellanos
Gerente Comercial
Mercadiario S.A.S.
Av. Calle 100 # 19-61 piso 4
"Lo de todos los días, cerca de ti\"""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000031D8C27A4962DC01000000000000000010000000MD4",
        "2025-12-04 08:00",
        "Entrevista Laura Cárdenas – Analista de Datos Comerciales",
        ("Hernán Darío Castellanos", "hcastellanos@mercadiario.example"),
        style="outlook",
        attendees=[
            ("Diana Carolina Vega", "dvega@mercadiario.example"),
            ("Natalia Forero Ríos", "nforero@grupobacata.example"),
        ],
        location="Mercadiario – Av. Calle 100 # 19-61 piso 4, sala Guatavita",
    ),
)

_md_offer = m(
    "q3f",
    "2025-12-16 18:22",
    _NATALIA,
    "Buenas noticias – proceso Analista de Datos Comerciales",
    A("offer", MD, MDR, 4, "direct"),
    text=f"""Laura Valentina, buenas tardes:

¡Qué gusto saludarla! Tengo el placer de informarle que fue seleccionada para el cargo de
Analista de Datos Comerciales en Mercadiario S.A.S.

Condiciones de la propuesta:
• Contrato a término indefinido
• Salario básico: $6.900.000 mensuales + prestaciones de ley
• Auxilio de alimentación y bono por cumplimiento anual (hasta 1 salario)
• Horario: lunes a viernes, 8:00 a.m. a 5:00 p.m., esquema híbrido (3 días en oficina)
• Fecha de ingreso propuesta: lunes 2 de febrero de 2026

Mañana le llegará por DocuSign la carta oferta para su firma. Una vez firmada, le enviaremos
las órdenes de exámenes médicos de ingreso y le programaremos la visita domiciliaria.

Quedo atenta a cualquier inquietud.

{_NATALIA_SIG}""",
)

_md_docu = m(
    "q3g",
    "2025-12-17 09:14",
    "Natalia Forero Ríos via DocuSign <dse_NA3@docusign.net>",
    "Completar con DocuSign: Carta Oferta - Laura Valentina Cárdenas Pinzón - Mercadiario S.A.S.",
    A("offer", MD, MDR, 4, "docusign"),
    reply_to=_NATALIA,
    html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116">
<div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center;margin-top:16px">
<p style="font-size:16px">Natalia Forero Ríos le envió un documento para revisar y firmar.</p>
<a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=4f2c9e51-bacata&amp;etti=24&amp;acct=88ab" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a></div>
<p style="padding-top:20px"><b>Natalia Forero Ríos</b><br>nforero@grupobacata.example</p>
<p>Laura Valentina, adjunto la carta oferta para el cargo Analista de Datos Comerciales. Por favor revísela y fírmela electrónicamente. ¡Bienvenida!</p>
<p style="font-size:11px;color:#666;padding-top:24px"><b>No comparta este correo electrónico</b><br>Este correo contiene un enlace seguro a DocuSign. No comparta este correo, enlace o código de acceso con otras personas.</p>
<p style="font-size:11px;color:#666"><b>Acerca de DocuSign</b><br>Firme documentos electrónicamente en solo minutos. Es seguro.</p>
</td></tr></table></body></html>""",
)

_md_done = m(
    "q3h",
    "2025-12-18 07:51",
    "DocuSign a través de Grupo Empresarial Bacatá <dse_NA3@docusign.net>",
    "Completado: Carta Oferta - Laura Valentina Cárdenas Pinzón - Mercadiario S.A.S.",
    A("offer", MD, MDR, 4, "docusign"),
    st="accepted",
    html="""<html><body style="font-family:Helvetica,Arial;background:#eaeaea">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116">
<div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center;margin-top:16px">
<p style="font-size:16px">Todas las partes han completado Carta Oferta - Laura Valentina Cárdenas Pinzón - Mercadiario S.A.S.</p>
<a href="https://na3.docusign.net/Member/EmailStart.aspx?m=1c7e-bacata-done" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">VER DOCUMENTO COMPLETADO</a></div>
<p style="font-size:11px;color:#666;padding-top:24px">Si tiene dudas sobre el documento, comuníquese con el remitente: Natalia Forero Ríos, nforero@grupobacata.example.</p>
</td></tr></table></body></html>""",
    attach=[
        (
            "Carta_Oferta_LCardenas_Mercadiario.pdf",
            "application/pdf",
            "%PDF-1.4\n% carta oferta firmada – Mercadiario S.A.S. – Analista de Datos Comerciales\n%%EOF\n",
        )
    ],
)

_md_med = m(
    "q3i",
    "2025-12-19 10:06",
    "Ingresos Grupo Bacatá <ingresos@grupobacata.example>",
    "Orden exámenes médicos de ingreso – Laura Valentina Cárdenas Pinzón",
    J("other_job", "direct", MD, MDR),
    text="""Buen día Laura Valentina,

Adjuntamos la orden para sus exámenes médicos ocupacionales de ingreso. Por favor asista en
ayunas (mínimo 8 horas) a cualquiera de las sedes de la IPS Salud Ocupacional Integral:

- Sede Chicó: Cra. 15 # 93A-84, consultorio 302 – L a S 6:30 a.m. a 11:00 a.m.
- Sede Centro: Calle 19 # 5-30, piso 2

Exámenes: examen médico ocupacional con énfasis osteomuscular, optometría, audiometría y
cuadro hemático. Lleve su documento de identidad y esta orden impresa o en el celular.

Una vez tengamos el concepto de aptitud continuaremos con la afiliación a seguridad social.
Por favor envíenos también: certificado de afiliación a EPS y fondo de pensiones, certificado
bancario y copia de sus diplomas.

Cordialmente,
Equipo de Ingresos y Contratación
Grupo Empresarial Bacatá – en nombre de Mercadiario S.A.S.""",
    attach=[
        (
            "Orden_Examenes_Ingreso_1020784331.pdf",
            "application/pdf",
            "%PDF-1.4\n% orden de exámenes ocupacionales de ingreso\n%%EOF\n",
        )
    ],
)

_md_visita = m(
    "q3j",
    "2026-01-08 14:20",
    "Coordinación Visitas <visitas@verificamoscolombia.example>",
    "Programación visita domiciliaria – Cliente Grupo Bacatá",
    J("other_job", "other", MD, MDR),
    text="""Señora
LAURA VALENTINA CARDENAS PINZON
Ciudad

Respetada señora Cárdenas:

Verificamos Colombia Ltda., empresa contratada por GRUPO EMPRESARIAL BACATA S.A.S. para la
realización de estudios de seguridad, le informa que su visita domiciliaria quedó programada
así:

Fecha: sábado 10 de enero de 2026
Franja: 8:00 a.m. a 12:00 m.
Dirección registrada: Calle 53 # 27-18, apto 402 (Galerías)
Profesional asignado: Wilson Ferney Baquero – CC 79.xxx.xxx

Por favor tenga disponibles: documento de identidad, diplomas, recibo de servicio público
reciente y certificados laborales. Es importante que se encuentre presente un familiar o
persona con la que convive.

Cualquier cambio debe informarse con 24 horas de anticipación al 601 555 8830.

Atentamente,
Coordinación de Visitas
VERIFICAMOS COLOMBIA LTDA.""",
)

_md_ind = m(
    "q3k",
    "2026-01-22 16:48",
    "Talento Humano Mercadiario <talentohumano@mercadiario.example>",
    "¡Bienvenida a la familia Mercadiario! Tu inducción – 2 de febrero",
    J("other_job", "direct", MD, MDR),
    html="""<html><body style="font-family:Verdana,Arial;font-size:13px;color:#333">
<div style="background:#e30613;color:#fff;padding:16px;font-size:20px">¡Bienvenida, Laura Valentina!</div>
<p>Nos alegra mucho que te unas a Mercadiario como <b>Analista de Datos Comerciales</b>.</p>
<p>Tu primer día es el <b>lunes 2 de febrero de 2026</b>. La inducción corporativa será de 8:00
a.m. a 12:30 p.m. en el auditorio del Grupo Empresarial Bacatá (Av. Calle 100 # 19-61, piso 1).
En la tarde te recibirá Diana Vega en la Gerencia Comercial.</p>
<p>Lleva tu documento de identidad. Ese día te entregaremos carné y equipo de cómputo.</p>
<p>Antes de tu ingreso recibirás un correo de Tecnología con tus credenciales.</p>
<p>¡Te esperamos!<br>Equipo de Talento Humano – Mercadiario S.A.S.</p>
</body></html>""",
)

# --- Tintico (Inversiones Cafeteras del Quindío S.A.S.), first role (5) -------------------

_ti1_conf = m(
    "q4a",
    "2025-09-04 13:28",
    "Inversiones Cafeteras del Quindío S.A.S. <no-reply@hire.lever.co>",
    "Gracias por tu aplicación a Inversiones Cafeteras del Quindío S.A.S.",
    A("confirmation", TI, TIR1, 5, "lever"),
    text="""Hola Laura Valentina,

¡Gracias por tu interés en ser parte de Tintico! ☕

Recibimos tu aplicación para Analista de Marketing Analytics y nuestro equipo de People la
está revisando. Si tu perfil hace match con lo que buscamos, te escribiremos en los próximos
días para coordinar una primera conversación.

Mientras tanto, síguenos en Instagram @tinticocafe para conocer más de nuestra cultura.

Un abrazo,
Equipo de People
Tintico – Inversiones Cafeteras del Quindío S.A.S.

---
Vacante: https://jobs.lever.co/icq-sas/3c7d2e1a-9b4f-4e8a-a1c2-7f6e5d4c3b2a""",
)

_ti1_rej = m(
    "q4b",
    "2025-09-24 10:12",
    "Tintico People <no-reply@hire.lever.co>",
    "Tu aplicación",
    A("rejection", TI, TIR1, 5, "lever"),
    text="""Hola Laura Valentina,

Queremos agradecerte por el tiempo que dedicaste a aplicar a Analista de Marketing Analytics.
Revisamos tu perfil con mucho cuidado y nos gustó tu experiencia construyendo tableros
operativos y automatizando reportes.

Para esta posición buscamos a alguien con más experiencia en atribución de medios y
experimentación (A/B testing) en e-commerce, por lo que no vamos a continuar con tu
aplicación en esta ocasión.

Esperamos que sigas de cerca a Tintico: abrimos vacantes con frecuencia y nos encantaría
volver a ver tu nombre.

Con cariño,
Equipo de People
Tintico""",
)

# --- Seguros Guayacán through Activa Temporales (6) ---------------------------------------

_sg_out = m(
    "q5a",
    "2025-09-15 11:09",
    _YULY,
    "Oportunidad laboral – Analista de Información (sector asegurador)",
    J("outreach", "agency", None, SGR),
    text="""Buenos días Laura Valentina,

Mi nombre es Yuly Marcela Patiño, psicóloga de selección de Activa Temporales S.A.S.
Encontramos su hoja de vida en elempleo.com y consideramos que su perfil podría ajustarse a
una vacante que estamos gestionando para una importante compañía del sector asegurador en
Bogotá:

Cargo: Analista de Información
Requisitos: profesional en Ingeniería Industrial, de Sistemas, Estadística o afines; mínimo 2
años de experiencia en construcción de informes y bases de datos (SQL, Power BI, Excel avanzado)
Contrato: obra o labor a través de empresa de servicios temporales, con posibilidad de
vinculación directa
Salario: $4.800.000 + prestaciones
Horario: lunes a viernes, 7:30 a.m. a 5:00 p.m., sede norte

Si está interesada, por favor responda este correo con su hoja de vida actualizada y su
aspiración salarial.

Cordialmente,

Yuly Marcela Patiño Cárdenas
Psicóloga de Selección
ACTIVA TEMPORALES S.A.S. – Empresa de Servicios Temporales
Autorizada por el Ministerio del Trabajo
Calle 26 # 69-76, oficina 1103 – Bogotá
Tel. 601 555 7712 – WhatsApp 318 555 4490""",
)

_sg_test = m(
    "q5b",
    "2025-09-19 15:33",
    _YULY,
    "Citación pruebas psicotécnicas y técnicas – Analista de Información",
    A("assessment", SG, SGR, 6, "agency"),
    text="""Laura Valentina, buenas tardes.

Gracias por su interés. Le confirmamos que continúa en el proceso de selección para el cargo
de Analista de Información. La siguiente etapa son las pruebas psicotécnicas y una prueba
técnica de Excel y SQL, que debe presentar de manera virtual:

Enlace pruebas psicotécnicas: https://evaluaciones.activatemporales.example/candidato/88231
Usuario: 1020784331
Clave temporal: AT-7731
Fecha límite: lunes 22 de septiembre a las 6:00 p.m.

La prueba técnica le llegará en un correo aparte una vez termine la batería psicotécnica.

Le comento también, ya que pasó el primer filtro, que la vacante es para nuestro cliente
SEGUROS GUAYACÁN S.A., en su sede de la Calle 116. En caso de avanzar, la entrevista final
sería con la jefe de Inteligencia de Información de la aseguradora.

Cordialmente,

Yuly Marcela Patiño Cárdenas
Psicóloga de Selección
ACTIVA TEMPORALES S.A.S.""",
)

_sg_int = m(
    "q5c",
    "2025-09-26 09:18",
    _YULY,
    "Entrevista cliente – Seguros Guayacán / Analista de Información",
    A("interview", SG, SGR, 6, "agency"),
    text="""Buenos días Laura,

Le informo que el cliente revisó sus resultados y desea entrevistarla:

Fecha: martes 30 de septiembre de 2025
Hora: 11:00 a.m.
Lugar: Seguros Guayacán S.A. – Calle 116 # 7-15, piso 6. Preguntar por la Dra. Liliana
Rozo, Jefe de Inteligencia de Información.

Le sugiero ir con vestimenta formal y llevar su hoja de vida impresa. Por favor confirme
asistencia.

Yuly Marcela Patiño Cárdenas
Psicóloga de Selección
ACTIVA TEMPORALES S.A.S.""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000AB11CD22EF33DC01000000000000000010000000ACT6",
        "2025-09-30 11:00",
        "Entrevista Laura Cárdenas – Analista de Información (Seguros Guayacán)",
        ("Yuly Marcela Patiño", "seleccion3@activatemporales.example"),
        style="outlook",
        location="Seguros Guayacán S.A. – Calle 116 # 7-15, piso 6",
    ),
)

_sg_rej = m(
    "q5d",
    "2025-10-09 17:55",
    _YULY,
    "Resultado proceso de selección",
    A("rejection", SG, SGR, 6, "agency"),
    text="""Laura Valentina, buenas tardes.

Le agradecemos su participación en el proceso de Analista de Información. El cliente nos
informó que tomó la decisión de continuar con otro candidato, cuyo perfil tiene experiencia
específica en el sector asegurador (SARLAFT y reservas técnicas).

Sus resultados en las pruebas fueron muy buenos, por lo que conservaremos su hoja de vida
para próximas vacantes que gestionemos.

Muchos éxitos.

Yuly Marcela Patiño Cárdenas
ACTIVA TEMPORALES S.A.S.""",
)

# --- Logística Tayrona through the Caja's agencia de empleo (7) ----------------------------

_ae_orient = m(
    "q6a",
    "2025-09-22 10:40",
    "Agencia de Empleo Compensar <agenciadeempleo@compensar.com>",
    "Confirmación de orientación ocupacional – Agencia de Empleo",
    J("other_job", "other"),
    html="""<html><body style="font-family:Arial;font-size:13px">
<p>Señor(a) LAURA VALENTINA CARDENAS PINZON</p>
<p>Su registro en la Agencia de Gestión y Colocación de Empleo fue validado. De acuerdo con su
solicitud, le confirmamos el taller de orientación ocupacional virtual:</p>
<p><b>Taller:</b> Hoja de vida y entrevista por competencias<br>
<b>Fecha:</b> viernes 26 de septiembre de 2025, 2:00 p.m.<br>
<b>Enlace:</b> <a href="https://compensar.webex.com/meet/agencia.taller3">compensar.webex.com/meet/agencia.taller3</a></p>
<p>Recuerde que los servicios de la Agencia de Empleo son gratuitos. Agencia de Gestión y
Colocación de Empleo autorizada por la Unidad Administrativa Especial del Servicio Público de
Empleo.</p>
<p>Compensar – Caja de Compensación Familiar</p></body></html>""",
)

_lt_view = m(
    "q6b",
    "2025-10-02 13:05",
    "Agencia de Empleo Compensar <agenciadeempleo@compensar.com>",
    "Su hoja de vida fue remitida a una vacante",
    A("viewed", LT, LTR, 7, "other"),
    text="""Señor(a) LAURA VALENTINA CARDENAS PINZON:

La Agencia de Gestión y Colocación de Empleo le informa que, después del proceso de
preselección, su hoja de vida fue remitida al empleador para la siguiente vacante:

Empleador: LOGISTICA TAYRONA S.A.S.
Vacante: ANALISTA DE DATOS LOGISTICOS
Código de vacante: 1857293-41
Municipio: FUNZA (CUNDINAMARCA)

En caso de ser seleccionado(a) para la siguiente etapa, el empleador se comunicará con usted
directamente. Le recomendamos mantener actualizados sus datos de contacto.

Este mensaje es generado automáticamente, por favor no responda.
Agencia de Empleo Compensar""",
)

_lt_int = m(
    "q6c",
    "2025-10-08 16:12",
    "Recursos Humanos Logística Tayrona <rrhh@logisticatayrona.example>",
    "CITACION ENTREVISTA",
    A("interview", LT, LTR, 7, "direct"),
    text="""Buenas tardes

Por medio de la presente lo citamos a entrevista para el cargo de ANALISTA DE DATOS
LOGISTICOS el dia viernes 10 de octubre a las 8:30 am en nuestras instalaciones del Parque
Industrial San Diego, Bodega 14, Funza. Traer documento de identidad y hoja de vida.

Favor confirmar asistencia.

Att.
Sandra Milena Rincón
Auxiliar de Recursos Humanos
LOGISTICA TAYRONA S.A.S.
Cel 311 555 0876""",
)

# --- Laboratorios Vitalis on Computrabajo (8) ----------------------------------------------

_lv_conf = m(
    "q7a",
    "2025-09-12 20:51",
    "Computrabajo <no-reply@computrabajo.com>",
    "Has aplicado a Analista de Datos Junior",
    A("confirmation", LV, LVR, 8, "other"),
    html="""<html><body style="font-family:Arial;background:#f4f6f8">
<div style="max-width:600px;margin:auto;background:#fff;padding:20px">
<img src="https://co.computrabajo.com/img/logo_ct.png" alt="Computrabajo" height="28">
<h2 style="color:#0b64b5">¡Tu hoja de vida fue enviada!</h2>
<p>Hola Laura Valentina,</p>
<p>Has aplicado correctamente a la oferta:</p>
<div style="border:1px solid #dde;padding:12px">
<b>Analista de Datos Junior</b><br>Laboratorios Vitalis S.A.<br>Bogotá, D.C. – Fontibón<br>$3.500.000 a $4.000.000 (Mensual)</div>
<p>Puedes seguir el estado de tu aplicación en la sección <a href="https://candidato.co.computrabajo.com/candidate/matches">Mis postulaciones</a>.</p>
<p style="font-size:12px">Consejo: las empresas valoran los perfiles completos. Tu hoja de vida está al 85 %.</p>
<p style="font-size:11px;color:#999">Computrabajo Colombia · Has recibido este correo porque tienes una cuenta en Computrabajo. <a href="https://candidato.co.computrabajo.com/unsubscribe">Darse de baja</a></p>
</div></body></html>""",
)

_lv_view = m(
    "q7b",
    "2025-09-16 09:33",
    "Computrabajo <no-reply@computrabajo.com>",
    "Laboratorios Vitalis S.A. ha visto tu hoja de vida",
    A("viewed", LV, LVR, 8, "other"),
    html="""<html><body style="font-family:Arial">
<div style="max-width:600px;margin:auto">
<p>Hola Laura Valentina,</p>
<p>¡Buenas noticias! <b>Laboratorios Vitalis S.A.</b> ha visto tu hoja de vida para la oferta
<b>Analista de Datos Junior</b>.</p>
<p>Estado actual de tu postulación: <b>Hoja de vida vista</b></p>
<p><a href="https://candidato.co.computrabajo.com/candidate/matches/detail/8F2C1A">Ver estado de mi postulación</a></p>
<p style="font-size:11px;color:#999">Computrabajo · <a href="https://candidato.co.computrabajo.com/unsubscribe">Configurar notificaciones</a></p>
</div></body></html>""",
)

_lv_rej = m(
    "q7c",
    "2025-10-01 07:12",
    "Computrabajo <no-reply@computrabajo.com>",
    "Actualización de tu postulación",
    A("rejection", LV, LVR, 8, "other"),
    html="""<html><body style="font-family:Arial">
<div style="max-width:600px;margin:auto">
<p>Hola Laura Valentina,</p>
<p>La empresa <b>Laboratorios Vitalis S.A.</b> ha finalizado el proceso de selección para la
oferta <b>Analista de Datos Junior</b> y en esta ocasión tu hoja de vida no continuará en el
proceso.</p>
<p>¡No te desanimes! Hay más de 1.200 ofertas de <b>Analista de datos</b> en Bogotá esperando
por ti.</p>
<p><a href="https://co.computrabajo.com/trabajo-de-analista-de-datos-en-bogota-dc">Ver ofertas similares</a></p>
<p style="font-size:11px;color:#999">Computrabajo · <a href="https://candidato.co.computrabajo.com/unsubscribe">Configurar notificaciones</a></p>
</div></body></html>""",
)

# --- Constructora Monserrate on elempleo (9) -------------------------------------------

_cm_conf = m(
    "q8a",
    "2025-09-18 22:03",
    "elempleo.com <notificaciones@elempleo.com>",
    "Aplicaste a la oferta: Analista de Inteligencia de Negocios",
    A("confirmation", CM, CMR, 9, "other"),
    html="""<html><body style="font-family:Arial;font-size:14px">
<table width="600" align="center"><tr><td style="background:#ff6b00;padding:10px"><img src="https://www.elempleo.com/co/assets/img/logo-elempleo-white.png" alt="elempleo.com"></td></tr>
<tr><td style="padding:18px">
<p>¡Hola, Laura Valentina!</p>
<p>Tu postulación a la oferta <b>Analista de Inteligencia de Negocios</b> de
<b>CONSTRUCTORA MONSERRATE S.A.S.</b> fue exitosa.</p>
<p>Ubicación: Bogotá · Salario: $4,5 a $5,5 millones · Experiencia: 2 años</p>
<p>Recuerda que puedes consultar el estado de tus postulaciones en <a href="https://www.elempleo.com/co/mi-cuenta/postulaciones">Mis postulaciones</a>.</p>
<p>¡Mucha suerte!<br>Equipo elempleo.com</p>
<p style="font-size:11px;color:#777">elempleo.com nunca te pedirá dinero para aplicar a una oferta. Si recibes una solicitud así, denúnciala.</p>
</td></tr></table></body></html>""",
)

_cm_view = m(
    "q8b",
    "2025-09-29 12:47",
    "elempleo.com <notificaciones@elempleo.com>",
    "La empresa revisó tu hoja de vida",
    A("viewed", CM, CMR, 9, "other"),
    text="""Hola, Laura Valentina:

La empresa CONSTRUCTORA MONSERRATE S.A.S. revisó tu hoja de vida para la oferta Analista de
Inteligencia de Negocios.

Esto significa que tu perfil está siendo considerado. Te recomendamos estar atenta a tu
correo y a tu celular.

Consulta tus postulaciones: https://www.elempleo.com/co/mi-cuenta/postulaciones

Equipo elempleo.com""",
)

# --- Cementos del Tequendama on Magneto (10) ---------------------------------------------

_ct_conf = m(
    "q9a",
    "2025-10-07 07:55",
    "Magneto <notificaciones@magneto365.com>",
    "¡Aplicaste con éxito!",
    A("confirmation", CT, CTR, 10, "other"),
    html="""<html><body style="font-family:Poppins,Arial;color:#1c1c1c">
<div style="max-width:560px;margin:auto;padding:16px">
<img src="https://cdn.magneto365.com/brand/logo-magneto.png" alt="Magneto" height="30">
<h3>¡Aplicaste con éxito, Laura!</h3>
<p>Tu postulación al cargo <b>Analista de Planeación Comercial</b> en <b>Cementos del Tequendama</b> fue registrada.</p>
<p>Sigue tu proceso en tiempo real desde tu cuenta Magneto: te avisaremos cada vez que avances de etapa.</p>
<p><a href="https://www.magneto365.com/co/mis-procesos" style="background:#6c2bd9;color:#fff;padding:10px 20px;border-radius:20px;text-decoration:none">Ver mi proceso</a></p>
<p style="font-size:11px;color:#888">Magneto Global S.A.S. · Medellín, Colombia · <a href="https://www.magneto365.com/co/configuracion/notificaciones">Preferencias</a></p>
</div></body></html>""",
)

_ct_test = m(
    "q9b",
    "2025-10-13 14:21",
    "Magneto <notificaciones@magneto365.com>",
    "Avanzaste de etapa: tienes pruebas pendientes",
    A("assessment", CT, CTR, 10, "other"),
    html="""<html><body style="font-family:Poppins,Arial;color:#1c1c1c">
<div style="max-width:560px;margin:auto;padding:16px">
<h3>¡Avanzaste en tu proceso! 🎉</h3>
<p>Hola Laura, en el proceso <b>Analista de Planeación Comercial – Cementos del Tequendama</b>
estás en la etapa <b>Pruebas</b>.</p>
<p>Tienes 2 pruebas pendientes:</p>
<ul><li>Prueba de personalidad (20 min)</li><li>Razonamiento lógico-matemático (30 min)</li></ul>
<p>Plazo: 72 horas.</p>
<p><a href="https://www.magneto365.com/co/mis-procesos/pruebas" style="background:#6c2bd9;color:#fff;padding:10px 20px;border-radius:20px;text-decoration:none">Presentar pruebas</a></p>
</div></body></html>""",
)

_ct_rej = m(
    "q9c",
    "2025-10-28 09:40",
    "Magneto <notificaciones@magneto365.com>",
    "Actualización de tu proceso",
    A("rejection", CT, CTR, 10, "other"),
    html="""<html><body style="font-family:Poppins,Arial;color:#1c1c1c">
<div style="max-width:560px;margin:auto;padding:16px">
<p>Hola Laura,</p>
<p>Gracias por participar en el proceso <b>Analista de Planeación Comercial</b> de
<b>Cementos del Tequendama</b>. La empresa ha decidido continuar con otros candidatos cuyo
perfil se ajusta más a lo que buscan en este momento, por lo que tu proceso ha finalizado.</p>
<p>Tu perfil sigue activo y visible para otras empresas. ¡Sigue intentando!</p>
<p><a href="https://www.magneto365.com/co/empleos">Explorar vacantes</a></p>
</div></body></html>""",
)

# --- Brightwell Analytics via LinkedIn Easy Apply (11) -----------------------------------

_bw_conf = m(
    "qa1",
    "2025-09-05 23:14",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Laura Valentina, your application was sent to Brightwell Analytics",
    A("confirmation", BW, BWR, 11, "linkedin", "en"),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial;color:#191919">
<table width="512" align="center">
<tr><td><img src="https://static.licdn.com/aero-v1/sc/h/logo.png" alt="LinkedIn" width="84"></td></tr>
<tr><td style="padding-top:16px;font-size:20px">Your application was sent to Brightwell Analytics</td></tr>
<tr><td style="padding:14px 0"><b>Data Analyst (Remote, LATAM)</b><br>Brightwell Analytics · Latin America (Remote)<br><span style="color:#666">Applied on September 5, 2025</span></td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/4011223344/" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">View job</a></td></tr>
<tr><td style="padding-top:24px;font-size:12px;color:#666">This email was intended for Laura Valentina Cárdenas Pinzón.
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a> · © 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table></body></html>""",
)

_bw_view = m(
    "qa2",
    "2025-09-09 15:02",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Your application was viewed by Brightwell Analytics",
    A("viewed", BW, BWR, 11, "linkedin", "en"),
    text="""Your application was viewed by Brightwell Analytics

Data Analyst (Remote, LATAM)
Brightwell Analytics · Latin America (Remote)

Viewed on Sep 9

View job: https://www.linkedin.com/comm/jobs/view/4011223344/

----------------------------------------
This email was intended for Laura Valentina Cárdenas Pinzón (Analista de Datos | SQL · Power BI · Python)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving Job Application notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
)

_bw_rej = m(
    "qa3",
    "2025-09-27 02:18",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Your application to Data Analyst (Remote, LATAM) at Brightwell Analytics",
    A("rejection", BW, BWR, 11, "linkedin", "en"),
    text="""Your update from Brightwell Analytics

Hi Laura Valentina,

Thank you for your interest in the Data Analyst (Remote, LATAM) position at Brightwell
Analytics. We received a remarkable number of applications and, after careful consideration,
we have decided to move forward with candidates whose experience more closely matches our
needs at this time.

We wish you the best in your search.

Brightwell Analytics Talent Team

View similar jobs: https://www.linkedin.com/comm/jobs/search/?keywords=data%20analyst%20remote

----------------------------------------
This email was intended for Laura Valentina Cárdenas Pinzón
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
)

MAIL: list[dict[str, Any]] = [
    _bca_acct,
    _bca1_conf,
    _bca2_conf,
    _bca1_shl,
    _bca1_int1,
    _bca1_ok,
    _bca1_int2,
    _bca1_rej,
    _bca2_hold,
    _cu_conf,
    _cu_hola,
    _cu_case,
    _cu_case_re,
    _cu_cto,
    _cu_wait,
    _cu_offer,
    _cu_decline,
    _cu_ok,
    _md_conf,
    _md_test,
    _md_int1,
    _md_move,
    _md_int2,
    _md_offer,
    _md_docu,
    _md_done,
    _md_med,
    _md_visita,
    _md_ind,
    _ti1_conf,
    _ti1_rej,
    _sg_out,
    _sg_test,
    _sg_int,
    _sg_rej,
    _ae_orient,
    _lt_view,
    _lt_int,
    _lv_conf,
    _lv_view,
    _lv_rej,
    _cm_conf,
    _cm_view,
    _ct_conf,
    _ct_test,
    _ct_rej,
    _bw_conf,
    _bw_view,
    _bw_rej,
]

# ruff: noqa: E501, RUF100
"""Corpus 155, job mail part one (data only): see heldout155.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer and
role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Montevideo's offset on ``day`` (Uruguay keeps UTC-3 all year, no summer time since 2015)."""
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
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" plus offset from :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def thread(*ids: str) -> dict[str, str]:
    """In-Reply-To / References of a reply (the last id is the message answered)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ME_ADDR = "ftecheraolivera@gmail.com"

FS, FSR = "Fraternidad Salud", "Licenciada en Nutrición – Internación"
SM = "Sanatorio Miramar"
SM1 = "Licenciado/a en Nutrición – CTI"
SM2 = "Nutricionista – Soporte Nutricional (suplencia)"
LT, LTR = "Lácteos Tala", "Analista de Calidad – Planta Tala"
NV, NVR = "Nordvik Foods", "Regulatory Affairs & Labelling Analyst"
BA, BAR = "Supermercados Bahía", "Nutricionista – Comidas Preparadas"
RF, RFR = "Ritmo Fitness", "Nutricionista Deportiva"
RS, RSR = "Club Rambla Sur", "Nutricionista – Divisiones Formativas"
AN, ANR = (
    "Agencia Nacional de Inocuidad Alimentaria",
    "Licenciado/a en Nutrición – Rotulado de Alimentos",
)
CO, COR = (
    "Administración Nacional de Comedores Públicos",
    "Nutricionista – Supervisión de Comedores",
)
IM, IMR = "Intendencia de Montevideo", "Licenciado/a en Nutrición – Policlínicas"
GLA, GLAR = "Granja Las Acacias", "Jefe/a de Aseguramiento de Calidad"
GD, GDR = "Grão Dourado Alimentos", "Analista de Assuntos Regulatórios"
SS, SSR = "Sabores del Sur", "Responsable de Calidad e Inocuidad"
NL, NLR = "Nutrilab Uruguay", "Asistente de I+D – Alimentos Funcionales"
HC, HCR = "Hotel Costa Pocitos", "Supervisor/a de Calidad – Cocina Central"
CJ, CJR = "Fundación Crecer Juntos", "Nutricionista – Primera Infancia"
VV, VVR = "Vianda Viva", "Nutricionista (planificación de viandas)"
LA, LAR = "Residencial Los Álamos", "Licenciada en Nutrición"
CC, CCR = "Conservas del Cerro", "Técnico/a en Rotulado y Asuntos Regulatorios"
CP, CPR = "Colegio del Prado", "Nutricionista – Cantina Saludable"
HV, HVR = "Helvea Medical Nutrition", "Representante Científico/a – Nutrición Clínica"

_FS_SIG = """Departamento de Gestión Humana – Selección de Personal
Asociación Sanitaria Fraternidad del Plata
Av. 8 de Octubre 3120 – Montevideo
Tel. 2487 3300 int. 1410"""

_FS_FOOT = """--
Este mensaje y sus adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario.
Si lo recibió por error, le solicitamos notificarlo al remitente y eliminarlo. Asociación Sanitaria
Fraternidad del Plata no se responsabiliza por opiniones personales vertidas en este correo."""

_GSC_FOOT = """<p style="font-size:11px;color:#8a8a8a">Grupo Sanitario Costa · Sanatorio Miramar · Sanatorio Costa Norte · Emergencia Costa 1730<br>
Recibiste este correo porque te postulaste en trabajaconnosotros.gruposanitariocosta.example.
No respondas a este mensaje.</p>"""

_CUC_FOOT = """
---------------------------------------------------------------
Este es un mensaje automático generado por el sistema Uruguay Concursa. Por favor no responda
este correo. Consultas: a través del formulario de contacto del portal o al 2908 0022.
Oficina Nacional del Servicio Civil – Presidencia de la República"""

MAIL: list[dict[str, Any]] = [
    # --- 1. Fraternidad Salud (the mutualista; legal name in the signature) -----------------------
    m(
        "b7q2",
        "2025-09-12 10:42",
        "Selección de Personal <seleccion@fraternidadsalud.example>",
        "Recepción de currículum – Llamado 27/2025",
        A("confirmation", FS, FSR, 1, "direct"),
        f"""Sra. Florencia Techera Olivera:

Acusamos recibo de su postulación al Llamado Interno-Externo N.º 27/2025 – Licenciado/a en
Nutrición para el Departamento de Alimentación y Dietoterapia (áreas de Internación).

Su documentación será evaluada por la Comisión de Selección de acuerdo a las bases del llamado.
Únicamente serán contactados los postulantes que cumplan con los requisitos excluyentes
(título habilitante, registro en el MSP, Caja de Profesionales al día).

Saludos cordiales,

{_FS_SIG}

{_FS_FOOT}""",
    ),
    m(
        "nv0c",
        "2025-10-20 14:05",
        "Selección de Personal <seleccion@fraternidadsalud.example>",
        "Citación – Llamado 27/2025",
        A("assessment", FS, FSR, 1, "direct"),
        f"""Sra. Florencia Techera Olivera:

Por la presente se le cita a la instancia de EVALUACIÓN PSICOLABORAL correspondiente al Llamado
27/2025 (Lic. en Nutrición – Internación), que se realizará en forma presencial:

  Día: jueves 23 de octubre de 2025
  Hora: 8:30 (duración estimada 3 horas)
  Lugar: Sede Central, Av. 8 de Octubre 3120, 2.º piso, Sala de Capacitación

La evaluación consta de una instancia grupal y pruebas psicotécnicas individuales. Deberá
concurrir con cédula de identidad y lapicera. No se admitirán ingresos pasadas las 8:45.

Le solicitamos confirmar asistencia respondiendo este correo.

Saludos cordiales,

{_FS_SIG}

{_FS_FOOT}""",
    ),
    m(
        "w1dd",
        "2025-11-05 11:20",
        "Mariela Bentancor <mbentancor@fraternidadsalud.example>",
        "Llamado 27/2025 – Entrevista",
        A("interview", FS, FSR, 1, "direct"),
        """Buenos días Florencia,

De acuerdo a los resultados de la evaluación psicolaboral, la Comisión de Selección la convoca a
una entrevista el martes 11 de noviembre a las 10:00 en la Dirección del Departamento de
Alimentación (Sede Central, subsuelo, al lado de Cocina Central).

El tribunal estará integrado por quien suscribe, la Lic. Psic. Andrea Gómez (Gestión Humana) y
la Lic. Nut. Silvana Correa (supervisora de Internación). Le adjuntamos invitación.

Saludos cordiales,

Lic. Nut. Mariela Bentancor
Jefa Departamento de Alimentación y Dietoterapia
Fraternidad Salud""",
        ics=ics(
            "fs27-entrevista-ftechera@fraternidadsalud.example",
            "2025-11-11 10:00",
            "Entrevista Llamado 27/2025 – F. Techera",
            ("Mariela Bentancor", "mbentancor@fraternidadsalud.example"),
            minutes=45,
            location="Sede Central – Dpto. Alimentación (subsuelo)",
            attendees=[("Andrea Gómez", "agomez@fraternidadsalud.example")],
        ),
    ),
    m(
        "p8ha",
        "2025-12-15 16:48",
        "Selección de Personal <seleccion@fraternidadsalud.example>",
        "Llamado 27/2025 – segunda instancia",
        A("interview", FS, FSR, 1, "direct"),
        f"""Sra. Florencia Techera Olivera:

Nos comunicamos para informarle que ha quedado entre los postulantes que pasan a la instancia
final del Llamado 27/2025. La misma consiste en una entrevista con la Dirección Técnica, el
jueves 18 de diciembre a las 9:00, en la Sede Central (4.º piso, Dirección Técnica).

Se envía invitación de calendario. Ante cualquier inconveniente comunicarse al int. 1410.

Saludos cordiales,

{_FS_SIG}""",
        ics=ics(
            "fs27-dirtec-03@fraternidadsalud.example",
            "2025-12-18 09:00",
            "Llamado 27/2025 – Entrevista Dirección Técnica",
            ("Selección de Personal", "seleccion@fraternidadsalud.example"),
            minutes=30,
            location="Sede Central, 4.º piso – Dirección Técnica",
        ),
    ),
    m(
        "c3ee",
        "2026-01-14 12:10",
        "Selección de Personal <seleccion@fraternidadsalud.example>",
        "Llamado 27/2025 – Resultado",
        A("offer", FS, FSR, 1, "direct"),
        f"""Sra. Florencia Techera Olivera:

Tenemos el agrado de comunicarle que, finalizado el proceso del Llamado 27/2025, usted ha sido
seleccionada para ocupar el cargo de Licenciada en Nutrición en el Departamento de Alimentación
y Dietoterapia (Internación), con las siguientes condiciones:

- Carga horaria: 48 horas semanales, lunes a sábado, turno matutino (7:30 a 15:30).
- Remuneración: según laudo del Consejo de Salarios, Grupo 15 (Servicios de Salud), categoría
  Licenciado/a, más compensaciones institucionales.
- Período de prueba: 90 días.
- Fecha de ingreso prevista: lunes 2 de febrero de 2026.

Le solicitamos confirmar por esta vía su aceptación antes del viernes 16 de enero. Una vez
recibida, el área de Gestión Humana le indicará la documentación necesaria para el ingreso.

Felicitaciones y saludos cordiales,

{_FS_SIG}

{_FS_FOOT}""",
    ),
    m(
        "yt4m",
        "2026-01-16 09:35",
        "Andrea Gómez <agomez@fraternidadsalud.example>",
        "RE: Llamado 27/2025 – Resultado",
        A("offer", FS, FSR, 1, "direct"),
        """Florencia, buen día:

Recibimos su aceptación, ¡bienvenida! La esperamos el lunes 2 de febrero a las 7:30 en Gestión
Humana (Sede Central, 2.º piso) para la inducción; luego la Lic. Bentancor la acompañará al
servicio.

En los próximos días le enviaremos el detalle de la documentación (carné de salud, etc.).

Saludos cordiales,

Lic. Psic. Andrea Gómez
Gestión Humana – Fraternidad Salud

-----Mensaje original-----
De: Florencia Techera <ftecheraolivera@gmail.com>
Enviado el: miércoles, 14 de enero de 2026 19:02
Para: Selección de Personal <seleccion@fraternidadsalud.example>
Asunto: Re: Llamado 27/2025 – Resultado

Buenas tardes,

Muchas gracias por la noticia. Por la presente confirmo mi aceptación del cargo de Licenciada
en Nutrición (Internación) en las condiciones indicadas, con ingreso el 2 de febrero.

Saludos cordiales,
Florencia Techera Olivera
Lic. en Nutrición – Reg. MSP 11.482""",
        st="accepted",
        **thread("<CAH3kTq9v1fS0xEw@mail.gmail.com>"),
    ),
    m(
        "e2va",
        "2026-01-22 15:02",
        "Gestión Humana <gestionhumana@fraternidadsalud.example>",
        "Documentación para su ingreso – 02/02/2026",
        J("other_job", "direct", FS, FSR),
        f"""Estimada Florencia:

Para completar su ingreso a la institución le solicitamos presentar el lunes 2 de febrero, en
Gestión Humana, la siguiente documentación:

1. Cédula de identidad vigente (original y fotocopia).
2. Carné de salud básico vigente (si está vencido, puede tramitarlo en nuestra policlínica de
   Medicina Laboral, agenda al 2487 3300 int. 2200).
3. Título de Licenciada en Nutrición y constancia de registro en el MSP.
4. Constancia de inscripción y estar al día en la Caja de Profesionales Universitarios.
5. Número de cuenta en pesos (BROU o banco de plaza) para el depósito del sueldo.
6. Formulario de declaración de IRPF (se entrega el mismo día).

El alta en BPS la realiza la institución con fecha de ingreso. Le recordamos que el uniforme
(ambo blanco) será entregado en la primera semana.

Saludos cordiales,

Gestión Humana
Asociación Sanitaria Fraternidad del Plata

{_FS_FOOT}""",
    ),
    m(
        "u5ro",
        "2026-02-05 08:14",
        "Mesa de Ayuda TI <mesadeayuda@fraternidadsalud.example>",
        "Su usuario de Historia Clínica Electrónica",
        N(),
        """Estimada usuaria:

Se ha creado su usuario para el sistema de Historia Clínica Electrónica y el correo
institucional.

  Usuario: ftechera
  Contraseña temporal: se entrega en forma personal en Mesa de Ayuda (Sede Central, PB)

Al primer ingreso deberá cambiar la contraseña. Recuerde que el acceso a historias clínicas es
registrado y auditado (Ley 18.331 de Protección de Datos Personales).

Mesa de Ayuda – Tecnologías de la Información
Int. 4000""",
    ),
    # --- 2. Sanatorio Miramar, CTI (the group's careers mailbox) --------------------------------------
    m(
        "k9sl",
        "2025-09-08 18:02",
        "Grupo Sanitario Costa <seleccion@gruposanitariocosta.example>",
        "Recibimos tu postulación",
        A("confirmation", SM, SM1, 2, "direct"),
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td style="background:#0b5e86;padding:14px">
<img src="https://trabajaconnosotros.gruposanitariocosta.example/img/logo-gsc.png" alt="Grupo Sanitario Costa" height="36"></td></tr>
<tr><td style="padding:20px">
<p>Hola Florencia,</p>
<p>¡Gracias por postularte! Recibimos tu postulación para la posición
<b>Licenciado/a en Nutrición – CTI</b> en <b>Sanatorio Miramar</b> (Malvín).</p>
<p>Nuestro equipo de Selección va a revisar tu perfil. Si avanzás a la siguiente etapa te vamos
a contactar por este medio o por teléfono.</p>
<p>Mientras tanto podés ver el estado de tu postulación en
<a href="https://trabajaconnosotros.gruposanitariocosta.example/candidato/mis-postulaciones?utm_source=email&amp;utm_medium=transaccional">Mis postulaciones</a>.</p>
<p>Saludos,<br>Equipo de Selección</p>
</td></tr><tr><td>{_GSC_FOOT}</td></tr></table></body></html>""",
    ),
    m(
        "a0zt",
        "2025-10-02 15:30",
        "Grupo Sanitario Costa <seleccion@gruposanitariocosta.example>",
        "Llamado",
        A("rejection", SM, SM1, 2, "direct"),
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td style="padding:20px">
<p>Estimada Florencia:</p>
<p>Queremos agradecerte el tiempo y el interés que pusiste en el proceso para Licenciado/a en
Nutrición – CTI. Tu perfil nos resultó muy interesante y valoramos especialmente tu formación
en soporte nutricional.</p>
<p>Sin embargo, en esta oportunidad decidimos continuar con postulantes cuyo perfil se ajusta
más a los requerimientos del puesto (experiencia mínima de dos años en paciente crítico).</p>
<p>Tu currículum quedará en nuestra base para futuras búsquedas en las instituciones del grupo.</p>
<p>Te deseamos mucho éxito.</p>
<p>Equipo de Selección<br>Sanatorio Miramar</p>
</td></tr><tr><td>{_GSC_FOOT}</td></tr></table></body></html>""",
    ),
    # --- 3. Sanatorio Miramar, the second role (suplencia) ----------------------------------------
    m(
        "f6cu",
        "2025-11-04 09:15",
        "Grupo Sanitario Costa <seleccion@gruposanitariocosta.example>",
        "Postulación recibida – Soporte Nutricional",
        A("confirmation", SM, SM2, 3, "direct"),
        text="""Hola Florencia,

Recibimos tu postulación para Nutricionista – Soporte Nutricional (suplencia por licencia
maternal, 6 meses, 36 hs semanales), Sanatorio Miramar.

Vas a poder seguir el estado en Mis postulaciones:
https://trabajaconnosotros.gruposanitariocosta.example/candidato/mis-postulaciones

Equipo de Selección – Grupo Sanitario Costa""",
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Hola Florencia,</p>
<p>Recibimos tu postulación para <b>Nutricionista – Soporte Nutricional (suplencia por licencia
maternal, 6 meses, 36 hs semanales)</b>, Sanatorio Miramar.</p>
<p>Vas a poder seguir el estado en <a href="https://trabajaconnosotros.gruposanitariocosta.example/candidato/mis-postulaciones">Mis postulaciones</a>.</p>
<p>Equipo de Selección – Grupo Sanitario Costa</p>{_GSC_FOOT}</body></html>""",
    ),
    m(
        "h2wb",
        "2025-11-14 13:40",
        "Valeria Sosa <vsosa@gruposanitariocosta.example>",
        "Invitación: Entrevista suplencia Soporte Nutricional @ mié 19 nov 2025 15:00 - 15:40 (UYT)",
        A("interview", SM, SM2, 3, "direct"),
        """Florencia, ¿cómo estás?

Te escribo por tu postulación para la suplencia en el equipo de Soporte Nutricional del
Sanatorio Miramar. Nos gustaría tener una primera entrevista por Meet el miércoles 19 a las 15.
Te mando la invitación; si el horario no te sirve avisame y buscamos otro.

Saludos,
Lic. Nut. Valeria Sosa
Coordinadora Soporte Nutricional – Sanatorio Miramar
Grupo Sanitario Costa""",
        ics=ics(
            "4q0l3r8v2m6j9n1s@google.com",
            "2025-11-19 15:00",
            "Entrevista suplencia Soporte Nutricional",
            ("Valeria Sosa", "vsosa@gruposanitariocosta.example"),
            minutes=40,
            location="https://meet.google.com/xnb-qpkt-fwe",
            description="Entrevista con Florencia Techera.\nUnirse con Google Meet: https://meet.google.com/xnb-qpkt-fwe",
        ),
    ),
    m(
        "g7tn",
        "2025-11-18 19:22",
        "Valeria Sosa <vsosa@gruposanitariocosta.example>",
        "Invitación cancelada: Entrevista suplencia Soporte Nutricional @ mié 19 nov 2025 15:00 - 15:40 (UYT)",
        A("interview", SM, SM2, 3, "direct"),
        """Florencia, te pido disculpas: tenemos que suspender la entrevista de mañana. Surgió un
cambio en la licencia de la compañera y estamos revisando cómo cubrimos. Te escribo en estos
días.

Valeria""",
        ics=ics(
            "4q0l3r8v2m6j9n1s@google.com",
            "2025-11-19 15:00",
            "Entrevista suplencia Soporte Nutricional",
            ("Valeria Sosa", "vsosa@gruposanitariocosta.example"),
            minutes=40,
            method="CANCEL",
        ),
    ),
    m(
        "d1xq",
        "2025-12-02 10:05",
        "Grupo Sanitario Costa <seleccion@gruposanitariocosta.example>",
        "Novedades del proceso",
        A("rejection", SM, SM2, 3, "direct"),
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Hola Florencia:</p>
<p>Te escribimos para contarte cómo siguió la búsqueda de Nutricionista – Soporte Nutricional
(suplencia). Finalmente la suplencia se cubrió con personal interno del Sanatorio, por lo que
no vamos a continuar con el proceso externo.</p>
<p>Te agradecemos la disposición y te pedimos disculpas por la entrevista suspendida. Vamos a
tener en cuenta tu perfil para próximas búsquedas.</p>
<p>Saludos cordiales,<br>Equipo de Selección</p>{_GSC_FOOT}</body></html>""",
    ),
    # --- 4. Lácteos Tala (the cooperative's central writes for the plant) -------------------------
    m(
        "s4jd",
        "2025-09-15 11:00",
        "RRHH Central Cooperativa Láctea <seleccion@centrallactea.example>",
        "Postulación – Analista de Calidad",
        A("confirmation", LT, LTR, 4, "direct"),
        """Estimada Florencia:

Recibimos su postulación para el cargo de Analista de Calidad para la planta industrial de
Tala (Canelones) de la Cooperativa Agraria Lechera de Tala Ltda. – Lácteos Tala.

La selección es coordinada por el Departamento de Recursos Humanos de la Central Cooperativa
Láctea. En caso de que su perfil se ajuste a lo requerido nos comunicaremos para las etapas
siguientes (evaluación psicotécnica y entrevistas).

Le recordamos que el cargo requiere disponibilidad para trabajar en planta (Ruta 7 km 62) y
se ofrece traslado desde Montevideo.

Saludos cordiales,
Departamento de Recursos Humanos
Central Cooperativa Láctea – CCL
Camino Carrasco 6611, Montevideo""",
    ),
    m(
        "o3ly",
        "2025-09-25 08:12",
        "Evaluar.com <notificaciones@evaluar.com>",
        "Central Cooperativa Láctea te invita a completar una evaluación",
        A("assessment", LT, LTR, 4, "other"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f3f5f7">
<table width="560" align="center" style="background:#fff;padding:24px"><tr><td>
<img src="https://www.evaluar.com/img/mail/logo-evaluar.png" alt="Evaluar.com" width="120">
<h2 style="color:#1c6fb5">Hola Florencia Techera Olivera</h2>
<p><b>Central Cooperativa Láctea</b> te ha invitado a completar las siguientes pruebas como
parte del proceso de selección <b>Analista de Calidad – Planta Tala</b>:</p>
<ul><li>Evaluación de Personalidad Laboral (Big Five)</li><li>Razonamiento Lógico</li>
<li>Razonamiento Numérico</li></ul>
<p>Tiempo estimado: 55 minutos. Tenés plazo hasta el <b>30/09/2025 23:59</b>.</p>
<p style="text-align:center"><a href="https://app.evaluar.com/candidato/acceso?token=eyJjIjoiQ0NMLTIwMjUtMDkxIiwidSI6IjQ0ODIxIn0" style="background:#1c6fb5;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Comenzar evaluación</a></p>
<p style="font-size:12px;color:#777">Te recomendamos realizar las pruebas desde una computadora,
en un lugar tranquilo y con buena conexión. Una vez iniciada una prueba no podrás pausarla.</p>
<p style="font-size:11px;color:#999">Evaluar.com · Este correo fue enviado en nombre de Central Cooperativa Láctea.
<a href="https://www.evaluar.com/privacidad">Política de privacidad</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "z8fk",
        "2025-10-08 17:30",
        "Cecilia Moreira <cmoreira@centrallactea.example>",
        "Coordinación de entrevista",
        A("interview", LT, LTR, 4, "direct"),
        """Hola Florencia, buenas tardes.

Te escribo de Recursos Humanos de la Central por el proceso de Analista de Calidad de la planta
de Tala. Quedaste entre los perfiles seleccionados para la entrevista con el Jefe de Calidad de
la planta, Ing. Alim. Gustavo Pereyra.

Sería el martes 14 de octubre a las 10:30, en la planta (Ruta 7 km 62, Tala). Si te complica
llegar, sale una camioneta de la Central (Camino Carrasco 6611) a las 8:45; avisame y te anoto.

Te envío la invitación al calendario.

Saludos cordiales,
Cecilia Moreira
Analista de RRHH – Central Cooperativa Láctea
099 418 227""",
        ics=ics(
            "7c1h5e0o9k3p2t8r@google.com",
            "2025-10-14 10:30",
            "Entrevista Analista de Calidad – Planta Tala",
            ("Cecilia Moreira", "cmoreira@centrallactea.example"),
            minutes=60,
            location="Planta Lácteos Tala, Ruta 7 km 62, Tala, Canelones",
            attendees=[("Gustavo Pereyra", "gpereyra@lacteostala.example")],
        ),
    ),
    m(
        "i6pv",
        "2025-10-28 16:20",
        "RRHH Central Cooperativa Láctea <seleccion@centrallactea.example>",
        "Proceso Analista de Calidad – Planta Tala",
        A("rejection", LT, LTR, 4, "direct"),
        """Estimada Florencia:

En primer lugar queremos agradecerle su participación en el proceso de selección y el tiempo
dedicado a las evaluaciones y a la entrevista en planta. El Ing. Pereyra destacó su formación
en inocuidad y su buena disposición.

Le comunicamos que el puesto ya fue cubierto. Sus datos quedarán en nuestra base para futuros
llamados de la Central y de las cooperativas socias.

Saludos cordiales,
Departamento de Recursos Humanos
Central Cooperativa Láctea – CCL""",
    ),
    # --- 5. Nordvik Foods (multinational, Workday, English) -----------------------------------------
    m(
        "v3nx",
        "2025-09-18 21:14",
        "Nordvik Foods <nvkgroup@myworkday.com>",
        "Thank you for applying!",
        A("confirmation", NV, NVR, 5, "workday", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Florencia,</p>
<p>Thank you for your interest in Nordvik Foods. We have received your application for the
position of <b>Regulatory Affairs &amp; Labelling Analyst</b> (R-0048213), Montevideo, Uruguay.</p>
<p>Our Talent Acquisition team will review your profile against the requirements of the role.
If your experience matches what we are looking for, we will be in touch about next steps.</p>
<p>You can track the status of your application at any time in your
<a href="https://nvkgroup.wd3.myworkdayjobs.com/en-US/NordvikCareers/userHome">candidate home</a>.</p>
<p>Kind regards,<br>Talent Acquisition<br>Nordvik Foods</p>
<p style="font-size:11px;color:#666">Nordvik Foods A/S and its affiliates are equal opportunity employers.
This is an automated message; replies to this address are not monitored.</p>
</body></html>""",
    ),
    m(
        "q0bj",
        "2025-09-22 10:03",
        "Nordvik Foods <noreply@hirevue.com>",
        "Next step: your video interview with Nordvik Foods",
        A("assessment", NV, NVR, 5, "hirevue", "en"),
        """Hi Florencia,

Thank you for your application for Regulatory Affairs & Labelling Analyst. As the next step,
Nordvik Foods invites you to complete an on-demand video interview through HireVue.

You will answer 5 questions on your own time. For each question you will have 30 seconds to
prepare and up to 3 minutes to record your answer. Questions are in English.

Please complete your interview by Monday, 29 September 2025.

Start your interview:
https://app.hirevue.com/interviews/nordvikfoods/Kq7Rz2pVd9/start

Tips: use Chrome or the HireVue app, check your camera and microphone first, and find a quiet,
well-lit place.

Good luck!
The Nordvik Foods Talent Acquisition Team

This message was sent by HireVue on behalf of Nordvik Foods. HireVue, Inc. | 10876 S River
Front Pkwy, South Jordan, UT 84095 | Privacy: https://www.hirevue.com/privacy""",
    ),
    m(
        "l5ur",
        "2025-10-10 14:47",
        "Camilla Strand <camilla.strand@nordvikfoods.example>",
        "Interview invitation – Regulatory Affairs & Labelling Analyst",
        A("interview", NV, NVR, 5, "direct", "en"),
        """Dear Florencia,

Thank you for completing the video interview. I'm pleased to invite you to a conversation with
me and Rodrigo Benítez (Regulatory Affairs Manager, Southern Cone) on Tuesday 14 October.

The meeting is set at 15:00 Copenhagen time, which should be 10:00 in Montevideo. It will
be on Microsoft Teams and take about 45 minutes. Part of it will be in Spanish with Rodrigo.

Please accept the invitation to confirm, or let me know if the time doesn't work.

Best regards,
Camilla Strand
Senior Talent Acquisition Partner – LATAM
Nordvik Foods A/S

This e-mail may contain confidential information. If you are not the intended recipient,
please notify the sender and delete it.""",
        ics={
            "uid": "040000008200E00074C5B7101A82E008000000009C41A1C3B93BDC01000000000000000010000000",
            "start": "2025-10-14 15:00:00 +0200",
            "minutes": 45,
            "summary": "Interview: Florencia Techera Olivera – Regulatory Affairs & Labelling Analyst",
            "organizer": ("Camilla Strand", "camilla.strand@nordvikfoods.example"),
            "attendees": [("Rodrigo Benitez", "rodrigo.benitez@nordvikfoods.example")],
            "location": "Microsoft Teams Meeting",
            "description": "Microsoft Teams meeting\nJoin on your computer or mobile app\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NzM1ZjE3\nMeeting ID: 342 918 557 204",
            "style": "outlook",
        },
    ),
    m(
        "x7gw",
        "2025-11-05 07:31",
        "Nordvik Foods <nvkgroup@myworkday.com>",
        "Update from Nordvik Foods",
        A("rejection", NV, NVR, 5, "workday", "en"),
        """Dear Florencia,

Thank you for taking the time to interview for the Regulatory Affairs & Labelling Analyst
position and for your interest in Nordvik Foods.

We enjoyed learning about your background in food labelling and nutrition. After careful
consideration, we have decided to move forward with another candidate whose experience more
closely matches our current needs.

We will keep your profile on file and encourage you to apply for future openings that match
your skills.

We wish you every success.

Kind regards,
Talent Acquisition
Nordvik Foods""",
    ),
    # --- 6. Supermercados Bahía (SmartRecruiters, legal name as display name) -----------------------
    m(
        "r2cm",
        "2025-09-29 20:41",
        "BAHIA COMERCIAL S.A. <noreply@smartrecruiters.com>",
        "Gracias por tu postulación",
        A("confirmation", BA, BAR, 6, "smartrecruiters"),
        html="""<html><body style="font-family:'Open Sans',Arial,sans-serif;color:#222">
<div style="max-width:600px;margin:auto">
<img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/5f1e0a2b/huge?r=s3" alt="BAHIA COMERCIAL S.A." height="48">
<p>Hola Florencia,</p>
<p>¡Gracias por querer ser parte de <b>Bahía</b>! Recibimos tu postulación para
<b>Nutricionista – Comidas Preparadas</b> (Montevideo – Oficinas Centrales y Cocina de Producción).</p>
<p>Vamos a revisar tu perfil con atención. Si avanzás en el proceso, te contactaremos.</p>
<p>Saludos,<br>Equipo de Talento – Supermercados Bahía</p>
<hr><p style="font-size:11px;color:#888">Powered by SmartRecruiters ·
<a href="https://jobs.smartrecruiters.com/BahiaComercialSA">Ver todas las ofertas</a> ·
<a href="https://www.smartrecruiters.com/privacy-policy/">Privacidad</a></p>
</div></body></html>""",
    ),
    m(
        "t9ad",
        "2025-12-03 12:00",
        "BAHIA COMERCIAL S.A. <noreply@smartrecruiters.com>",
        "Actualización sobre tu postulación",
        A("confirmation", BA, BAR, 6, "smartrecruiters"),
        html="""<html><body style="font-family:'Open Sans',Arial,sans-serif;color:#222">
<div style="max-width:600px;margin:auto">
<p>Hola Florencia,</p>
<p>Te escribimos por la búsqueda de <b>Nutricionista – Comidas Preparadas</b>.</p>
<p>Por una reorganización del área de producción decidimos <b>poner en pausa</b> esta búsqueda
hasta el primer trimestre de 2026. Tu postulación sigue activa y, si el proceso se retoma, te
vamos a contactar sin que tengas que volver a postularte.</p>
<p>Gracias por tu paciencia.</p>
<p>Equipo de Talento – Supermercados Bahía</p>
<hr><p style="font-size:11px;color:#888">Powered by SmartRecruiters</p>
</div></body></html>""",
        st="on_hold",
    ),
    # --- 7. Ritmo Fitness (gym chain; the manager writes from Gmail) --------------------------------
    m(
        "j4hs",
        "2025-10-06 22:10",
        "BuscoJobs <notificaciones@buscojobs.com.uy>",
        "Tu postulación fue enviada con éxito",
        A("confirmation", RF, RFR, 7, "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#ff6b00;padding:10px;color:#fff"><b>BuscoJobs</b></td></tr>
<tr><td style="padding:16px">
<p>Hola Florencia,</p>
<p>Tu postulación al aviso <b>Nutricionista Deportiva</b> de <b>Ritmo Fitness</b>
(Montevideo – Pocitos / Punta Carretas) fue enviada con éxito.</p>
<p>Te recomendamos mantener tu CV actualizado. Podés ver tus postulaciones en
<a href="https://www.buscojobs.com.uy/candidato/postulaciones?utm_campaign=postulacion_ok">Mis postulaciones</a>.</p>
<p>¡Mucha suerte!<br>El equipo de BuscoJobs</p>
</td></tr><tr><td style="font-size:11px;color:#999">Si no querés recibir más correos, <a href="https://www.buscojobs.com.uy/baja">desuscribite</a>.</td></tr></table>
</body></html>""",
    ),
    m(
        "n8kw",
        "2025-10-21 19:45",
        "Nicolás Larrañaga <nico.larra.fit@gmail.com>",
        "Hola Florencia",
        A("interview", RF, RFR, 7, "direct"),
        """Hola Florencia, ¿cómo va?

Soy Nicolás, gerente de las sedes de Ritmo en Pocitos y Punta Carretas. Vi tu CV en BuscoJobs
y me interesó mucho lo de nutrición deportiva. ¿Podés pasar el jueves 23 a eso de las 18 por la
sede de Pocitos (Benito Blanco 1080)? Charlamos un rato, te muestro el gimnasio y te cuento la
idea que tenemos con los planes de nutrición para socios.

Abrazo
Nico

--
Nicolás Larrañaga
Ritmo Fitness · Pocitos | Punta Carretas
099 223 815""",
    ),
    m(
        "c5po",
        "2025-10-22 08:03",
        "Nicolás Larrañaga <nico.larra.fit@gmail.com>",
        "Re: Hola Florencia",
        A("interview", RF, RFR, 7, "direct"),
        """Dale, perfecto. Te espero, preguntá por mí en recepción.

Nico

El mar, 21 oct 2025 a las 21:12, Florencia Techera (<ftecheraolivera@gmail.com>) escribió:
> ¡Hola Nicolás! Gracias por escribirme. Sí, el jueves a las 18 puedo sin problema.
> Nos vemos,
> Florencia""",
        **thread("<n8kw.20251021.14@gmail.com>", "<CAH3kTq8mTwq5y0P@mail.gmail.com>"),
    ),
    m(
        "y1fe",
        "2025-11-04 20:30",
        "Nicolás Larrañaga <nico.larra.fit@gmail.com>",
        "Re: Hola Florencia",
        A("interview", RF, RFR, 7, "direct"),
        """Flor, ¿cómo andás? Perdón la demora.

Nos gustó mucho la charla y la propuesta del plan para socios. Estamos esperando que la
dirección cierre el presupuesto del año que viene para ver con cuántas horas arrancamos. Apenas
tenga novedades te escribo y coordinamos una segunda reunión con Fede (el dueño).

Abrazo,
Nico

El jue, 23 oct 2025 a las 22:40, Florencia Techera (<ftecheraolivera@gmail.com>) escribió:
> Nicolás, muchas gracias por el rato de hoy. Te mando el esquema del plan que te comenté.
> Quedo atenta,
> Flor""",
        **thread(
            "<n8kw.20251021.14@gmail.com>",
            "<CAH3kTq8mTwq5y0P@mail.gmail.com>",
            "<c5po.20251022.18@gmail.com>",
            "<CAH3kTq-2rLs0dGa@mail.gmail.com>",
        ),
    ),
    m(
        "b0ui",
        "2026-01-21 10:12",
        "Nicolás Larrañaga <nico.larra.fit@gmail.com>",
        "Re: Hola Florencia",
        A("confirmation", RF, RFR, 7, "direct"),
        """Uh, qué pena Flor, justo ahora que teníamos el ok para arrancar en marzo. Pero te entiendo
perfecto, es una gran oportunidad. ¡Mucha suerte en la nueva etapa! Si algún día querés hacer
algo con nosotros los sábados, avisá.

Abrazo grande
Nico

El mar, 20 ene 2026 a las 18:05, Florencia Techera (<ftecheraolivera@gmail.com>) escribió:
> Hola Nico, ¿cómo estás? Te quería avisar que acepté una propuesta full time en una
> mutualista y empiezo en febrero, así que prefiero bajarme del proceso con Ritmo. Muchas
> gracias por el interés y la buena onda de siempre.
> Un abrazo,
> Flor""",
        st="withdrawn",
        **thread(
            "<n8kw.20251021.14@gmail.com>",
            "<CAH3kTq8mTwq5y0P@mail.gmail.com>",
            "<y1fe.20251104.18@gmail.com>",
            "<CAH3kTq_Wd1nZq7e@mail.gmail.com>",
        ),
    ),
    # --- 8. Club Rambla Sur, divisiones formativas ---------------------------------------------------
    m(
        "e4la",
        "2025-10-01 12:30",
        "Coordinación Formativas <formativas@clubramblasur.example>",
        "Re: CV – Nutricionista formativas",
        A("confirmation", RS, RSR, 8, "direct"),
        """Hola Florencia, buen día.

Recibimos tu currículum, muchas gracias. Lo pasamos al cuerpo técnico y al área médica de
formativas, que están armando el equipo interdisciplinario para la temporada 2026. En cuanto
tengamos definido el perfil te avisamos.

Saludos
Prof. Diego Arismendi
Coordinador General – Divisiones Formativas
Club Social y Deportivo Rambla Sur

El lun, 29 sept 2025 a las 9:17, Florencia Techera (<ftecheraolivera@gmail.com>) escribió:
> Buenos días,
> Les escribo porque vi en Instagram que el club está buscando nutricionista para las
> divisiones formativas. Adjunto mi currículum.
> Saludos cordiales,
> Florencia Techera Olivera
> Lic. en Nutrición""",
        **thread("<CAH3kTq9sW1LgkE4@mail.gmail.com>"),
    ),
    m(
        "m3dq",
        "2025-10-14 18:10",
        "Diego Arismendi <formativas@clubramblasur.example>",
        "Charla en el Complejo",
        A("interview", RS, RSR, 8, "direct"),
        """Florencia, ¿cómo estás?

¿Te podés acercar al Complejo Deportivo (Cno. Carrasco y Havre) el sábado 18 a las 10? Vas a
estar con el Dr. Salaberry (médico de formativas) y conmigo, la idea es conocernos y que veas
cómo trabajamos con las categorías sub-14 a sub-19. Después te mostramos el comedor.

Te mando invitación al calendario para que te quede agendado.

Saludos
Diego""",
        ics=ics(
            "0s2v8k4c6h1n5q3w@google.com",
            "2025-10-18 10:00",
            "Charla Nutricionista formativas – Florencia Techera",
            ("Diego Arismendi", "formativas@clubramblasur.example"),
            minutes=60,
            location="Complejo Deportivo Rambla Sur, Cno. Carrasco y Havre",
        ),
    ),
    m(
        "h5xn",
        "2025-11-12 21:05",
        "Diego Arismendi <formativas@clubramblasur.example>",
        "Formativas",
        A("rejection", RS, RSR, 8, "direct"),
        """Hola Florencia,

Te escribo para contarte que finalmente el puesto ya fue cubierto: la directiva decidió sumar a
una nutricionista que ya trabajaba con el plantel principal, para que el área quede unificada.

Te agradezco mucho que te hayas acercado el sábado, a todos nos gustó tu propuesta. Cualquier
cosa que surja te vuelvo a escribir.

Un saludo grande,
Diego Arismendi
Coordinador General – Divisiones Formativas""",
    ),
    # --- 9. ANIA via Uruguay Concursa ----------------------------------------------------------------
    m(
        "a6wm",
        "2025-09-10 23:18",
        "Uruguay Concursa <no-responder@uruguayconcursa.gub.uy>",
        "Confirmación de postulación - Llamado N° 0412/2025",
        A("confirmation", AN, ANR, 9, "other"),
        f"""Estimado/a postulante:

Su postulación fue registrada correctamente.

  Llamado: N° 0412/2025
  Organismo: Agencia Nacional de Inocuidad Alimentaria (ANIA)
  Denominación: Licenciado/a en Nutrición – Área Rotulado de Alimentos
  Vínculo: Contrato de Trabajo – 40 horas semanales
  N° de postulación: UC-2025-0412-00387
  Fecha y hora: 10/09/2025 23:18

Recuerde que podrá modificar sus datos hasta la fecha de cierre de inscripción (19/09/2025).
Los méritos declarados deberán acreditarse con la documentación correspondiente en la etapa
que indiquen las bases del llamado.

En caso de que el número de postulantes que cumplan los requisitos supere el establecido en
las bases, se realizará un sorteo ante Escribano Público.
{_CUC_FOOT}""",
    ),
    m(
        "p2zb",
        "2025-09-30 17:00",
        "Uruguay Concursa <no-responder@uruguayconcursa.gub.uy>",
        "Llamado N° 0412/2025 - Resultado del sorteo",
        A("viewed", AN, ANR, 9, "other"),
        f"""Estimado/a postulante:

Le informamos que en el sorteo realizado el día 29/09/2025 ante Escribano Público, para el
Llamado N° 0412/2025 (Agencia Nacional de Inocuidad Alimentaria – Licenciado/a en Nutrición –
Área Rotulado de Alimentos), usted HA RESULTADO SORTEADO/A y continúa en el proceso.

Deberá cargar en el portal la documentación que acredite requisitos y méritos declarados
antes del 06/10/2025 a las 23:59. Se sugiere consultar periódicamente el portal, donde se
publicarán las próximas etapas.
{_CUC_FOOT}""",
    ),
    m(
        "u9kc",
        "2025-10-16 16:25",
        "Uruguay Concursa <no-responder@uruguayconcursa.gub.uy>",
        "Llamado N° 0412/2025 - Convocatoria a prueba",
        A("assessment", AN, ANR, 9, "other"),
        f"""Estimado/a postulante:

Se le convoca a la PRUEBA ESCRITA de conocimientos del Llamado N° 0412/2025 (ANIA):

  Fecha: sábado 25/10/2025
  Hora: 9:00 (presentarse 8:30)
  Lugar: Facultad de Química, Av. General Flores 2124, Salón 3

Temario: normativa nacional y MERCOSUR de rotulado de alimentos envasados, rotulado
nutricional frontal (Decreto 272/018 y modificativos), alérgenos, declaración de propiedades
nutricionales. Duración: 2 horas. Puntaje máximo: 40 puntos; mínimo de aprobación: 24.

Deberá presentarse con documento de identidad. No se permitirá el uso de celulares.
{_CUC_FOOT}""",
    ),
    m(
        "f0rh",
        "2025-11-06 18:40",
        "Uruguay Concursa <no-responder@uruguayconcursa.gub.uy>",
        "Llamado N° 0412/2025 - Resultado de méritos y prueba",
        A("interview", AN, ANR, 9, "other"),
        f"""Estimado/a postulante:

Se ha publicado en el portal el resultado de la evaluación de méritos y de la prueba escrita
del Llamado N° 0412/2025.

  Méritos: 22,5 / 30
  Prueba escrita: 31 / 40

Usted ha superado el puntaje mínimo requerido y pasa a la etapa de ENTREVISTA con el Tribunal.
El organismo se comunicará con usted para coordinar día y hora.
{_CUC_FOOT}""",
    ),
    m(
        "w6yo",
        "2025-11-17 11:05",
        "Recursos Humanos ANIA <rrhh@ania.example>",
        "Entrevista – Llamado 0412/2025",
        A("interview", AN, ANR, 9, "direct"),
        """Sra. Florencia Techera Olivera:

De acuerdo a lo comunicado por Uruguay Concursa, se la convoca a la entrevista con el Tribunal
del Llamado N.º 0412/2025 el viernes 21 de noviembre de 2025 a las 11:00 horas, en la sede de
la Agencia (Rincón 575, piso 3, Sala de reuniones).

Deberá presentar la documentación original que acredite los méritos cargados en el portal.

Saludos cordiales,

División Recursos Humanos
Agencia Nacional de Inocuidad Alimentaria
Rincón 575 – CP 11000 – Montevideo""",
        ics=ics(
            "1a9d5f2k7m3q8s0u@google.com",
            "2025-11-21 11:00",
            "Entrevista Tribunal Llamado 0412/2025 – Techera Olivera",
            ("Recursos Humanos ANIA", "rrhh@ania.example"),
            minutes=30,
            location="ANIA – Rincón 575, piso 3",
        ),
    ),
    m(
        "k1ge",
        "2025-12-15 13:10",
        "Uruguay Concursa <no-responder@uruguayconcursa.gub.uy>",
        "Llamado N° 0412/2025 - Publicación de resultados",
        A("rejection", AN, ANR, 9, "other"),
        f"""Estimado/a postulante:

Se ha publicado en el portal el acta final del Tribunal y la lista de prelación del Llamado
N° 0412/2025 (Agencia Nacional de Inocuidad Alimentaria – Licenciado/a en Nutrición – Área
Rotulado de Alimentos).

Puntaje total obtenido: 74,5 / 100
Lugar en la lista de prelación: 4

Las 2 vacantes del llamado han sido cubiertas por los postulantes ubicados en los primeros
lugares, por lo que usted no ha resultado seleccionado/a en esta instancia. La lista de
prelación tendrá una vigencia de 18 meses a partir de la resolución de designación.

Agradecemos su participación.
{_CUC_FOOT}""",
    ),
    # --- 10. Administración Nacional de Comedores Públicos via Uruguay Concursa --------------------
    m(
        "o8ev",
        "2025-10-24 09:51",
        "Uruguay Concursa <no-responder@uruguayconcursa.gub.uy>",
        "Confirmación de postulación - Llamado N° 0527/2025",
        A("confirmation", CO, COR, 10, "other"),
        f"""Estimado/a postulante:

Su postulación fue registrada correctamente.

  Llamado: N° 0527/2025
  Organismo: Administración Nacional de Comedores Públicos (ANCOP)
  Denominación: Nutricionista – Supervisión de Comedores (Montevideo y Canelones)
  Vínculo: Provisoriato – 30 horas semanales
  N° de postulación: UC-2025-0527-01142
  Fecha y hora: 24/10/2025 09:51

Recuerde que podrá modificar sus datos hasta la fecha de cierre de inscripción (31/10/2025).
{_CUC_FOOT}""",
    ),
    m(
        "s7ta",
        "2025-12-10 17:33",
        "Uruguay Concursa <no-responder@uruguayconcursa.gub.uy>",
        "Comunicado - Llamado N° 0527/2025",
        A("confirmation", CO, COR, 10, "other"),
        f"""Estimado/a postulante:

Se comunica que por Resolución N° 388/2025 del Directorio de la Administración Nacional de
Comedores Públicos, el Llamado N° 0527/2025 (Nutricionista – Supervisión de Comedores) ha
sido SUSPENDIDO hasta nuevo aviso, a la espera de la aprobación de la partida presupuestal
correspondiente.

Las postulaciones registradas se mantienen vigentes. Cualquier novedad será comunicada por
esta vía y publicada en el portal.
{_CUC_FOOT}""",
        st="on_hold",
    ),
    # --- 11. Intendencia de Montevideo ---------------------------------------------------------------
    m(
        "i2bq",
        "2025-09-03 12:47",
        "Llamados IM <no-reply.llamados@imm.example>",
        "Inscripción Llamado N.º 1187 - O3/25",
        A("confirmation", IM, IMR, 11, "direct"),
        """INTENDENCIA DE MONTEVIDEO
Unidad de Selección y Carrera Funcional

Comprobante de inscripción

Llamado: 1187 - O3/25 – Concurso abierto de oposición y méritos para cubrir funciones de
contrato de Licenciado/a en Nutrición (Escalafón Profesional y Científico, Carrera 5216) con
destino a la División Salud – Policlínicas Municipales.

Nombre: FLORENCIA TECHERA OLIVERA
Cédula: 4.812.XXX-X
Fecha de inscripción: 03/09/2025 12:47
N.º de inscripción: 000318

Se realizará sorteo entre los inscriptos que cumplan los requisitos, de acuerdo a las bases.
Conserve este comprobante.

Este correo es generado automáticamente, no responda al mismo.""",
    ),
    m(
        "n4jf",
        "2025-10-10 15:02",
        "Llamados IM <no-reply.llamados@imm.example>",
        "Llamado N.º 1187 - O3/25 - Resultado del sorteo",
        A("viewed", IM, IMR, 11, "direct"),
        """INTENDENCIA DE MONTEVIDEO
Unidad de Selección y Carrera Funcional

Se comunica que en el sorteo realizado el día 09/10/2025, usted resultó SORTEADA con el número
de orden 9 y pasa a la etapa de evaluación de méritos.

Deberá presentar la carpeta de méritos en el Servicio de Atención a la Ciudadanía (Edificio
Sede, Av. 18 de Julio 1360, planta baja) entre el 20 y el 24 de octubre de 10 a 16 horas,
según el instructivo publicado en la página web de llamados.

Este correo es generado automáticamente, no responda al mismo.""",
    ),
    m(
        "q5sy",
        "2026-01-09 11:26",
        "Llamados IM <no-reply.llamados@imm.example>",
        "Llamado N.º 1187 - O3/25 - Comunicado",
        A("rejection", IM, IMR, 11, "direct"),
        """INTENDENCIA DE MONTEVIDEO
Unidad de Selección y Carrera Funcional

Se comunica a los postulantes del Llamado 1187 - O3/25 (Licenciado/a en Nutrición –
Policlínicas Municipales) que, por Resolución N.º 0041/26 de fecha 07/01/2026, el llamado ha
sido DECLARADO DESIERTO en virtud de lo informado por el Tribunal actuante.

Se prevé una nueva convocatoria durante el año 2026, que será publicada en la página web.

Este correo es generado automáticamente, no responda al mismo.""",
    ),
    # --- 12. Granja Las Acacias through Talento Sur Consultores (client named late) ----------------
    m(
        "t3nu",
        "2025-10-13 10:20",
        "Talento Sur Consultores <postulaciones@talentosur.example>",
        "Recibimos tu postulación – Ref. TS-2291",
        A("confirmation", GLA, GLAR, 12, "agency"),
        """Hola Florencia:

Gracias por postularte a la búsqueda Ref. TS-2291 – Jefe/a de Aseguramiento de Calidad para
una importante empresa del sector alimenticio (avícola), con planta en Canelones.

Nuestro equipo está analizando los perfiles recibidos. Si tu experiencia se ajusta a lo
solicitado, una consultora se comunicará contigo para coordinar una entrevista.

Por razones de confidencialidad, el nombre de la empresa cliente se informa en etapas
posteriores del proceso.

Saludos cordiales,
Talento Sur Consultores
Selección · Evaluación · Desarrollo
Juncal 1327, of. 804 – Montevideo""",
    ),
    m(
        "g8mz",
        "2025-10-27 12:44",
        "Lucía Ferreira | Talento Sur <lferreira@talentosur.example>",
        "Entrevista – Ref. TS-2291",
        A("interview", GLA, GLAR, 12, "agency"),
        """Hola Florencia, ¿cómo estás?

Soy Lucía Ferreira, consultora de Talento Sur. Te contacto por la búsqueda de Jefe/a de
Aseguramiento de Calidad. Me gustaría conocerte en una entrevista por Zoom el jueves 30 de
octubre a las 16:00 (45 minutos aprox.).

Te envío la invitación. Si necesitás cambiar el horario, escribime.

Saludos,
Lucía Ferreira
Consultora Senior – Talento Sur Consultores
Tel. 2901 4455 · 098 733 120""",
        ics=ics(
            "9h3f7b1d5l0n2r6t@google.com",
            "2025-10-30 16:00",
            "Entrevista TS-2291 – Florencia Techera",
            ("Lucía Ferreira", "lferreira@talentosur.example"),
            minutes=45,
            location="Zoom – https://us06web.zoom.us/j/84213390775",
        ),
    ),
    m(
        "l0qp",
        "2025-11-11 17:58",
        "Lucía Ferreira | Talento Sur <lferreira@talentosur.example>",
        "Re: Entrevista – Ref. TS-2291",
        A("interview", GLA, GLAR, 12, "agency"),
        """Florencia, ¿qué tal?

Buenas noticias: presentamos tu perfil y el cliente quiere conocerte. Ahora sí te puedo contar
que se trata de Granja Las Acacias, en su planta de faena y procesamiento de Progreso
(Canelones). La entrevista sería con el Gerente Industrial, Ing. Marcelo Quintans, y la
responsable de RRHH, el martes 18 de noviembre a las 9:00 en la planta (Ruta 5 km 30,500).

Te mando la invitación. Es importante que vayas con calzado cerrado porque probablemente
recorran la planta.

Cualquier duda, avisame.
Lucía

> El 30 oct 2025, a las 17:02, Florencia Techera <ftecheraolivera@gmail.com> escribió:
> Lucía, gracias por el tiempo de hoy. Quedo a disposición por cualquier información
> adicional.""",
        ics=ics(
            "5m2q8a4e0i6o1u3y@google.com",
            "2025-11-18 09:00",
            "Entrevista Granja Las Acacias – F. Techera (TS-2291)",
            ("Lucía Ferreira", "lferreira@talentosur.example"),
            minutes=90,
            location="Granja Las Acacias – Ruta 5 km 30,500, Progreso",
        ),
        **thread("<g8mz.20251027.25@talentosur.example>", "<CAH3kTq9xJ5e3bAq@mail.gmail.com>"),
    ),
    m(
        "v6hd",
        "2025-12-01 14:15",
        "Lucía Ferreira | Talento Sur <lferreira@talentosur.example>",
        "Tu postulación",
        A("rejection", GLA, GLAR, 12, "agency"),
        """Hola Florencia,

Quería contarte personalmente cómo terminó el proceso. El cliente destacó tu formación y tu
presentación en la entrevista, pero finalmente avanzó con una candidata con más años de
experiencia en HACCP y auditorías en la industria cárnica, que era un punto clave para ellos.

Sé que no es la noticia que esperabas. Me quedo con tu CV muy presente para las próximas
búsquedas del área alimentaria, que en el primer semestre suelen ser varias.

Un saludo grande,
Lucía Ferreira
Talento Sur Consultores""",
    ),
]

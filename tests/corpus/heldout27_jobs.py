# ruff: noqa: E501
"""Corpus 27, job mail in Spanish (Álvaro Menéndez's applications in Spain, plus alerts,
outreach and other job mail). One spec per message, made with the third corpus's ``m()``."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """Madrid time unless told: CEST until 26 October 2025, CET after."""
    kw.setdefault("tz", "+0200" if date < "2025-10-26 03:00" else "+0100")
    return _m(key, date, frm, subject, t, text, html, **kw)


ALV = ("Álvaro Menéndez", "alvaro.menendez.rm@gmail.com")

# --- 1 Meridia Madrid Castellana (franchise hotel; Hosco, then the owner company) ------------
MER = ("Meridia Madrid Castellana", "Revenue Manager")
MER_GM = "Beatriz Olmedo <b.olmedo@ihcastellana.es>"

# --- 2, 3 Lunamar Hotels (Teamtailor) ---------------------------------------------------------
LUN_FO = ("Lunamar Hotels", "Director/a de Recepción - Lunamar Marbella Beach")
LUN_RM = ("Lunamar Hotels", "Revenue Manager Clúster Costa del Sol")
LUN_TT = "Lunamar Hotels <no-reply@mail.teamtailor.com>"
LUN_HR = "Noelia Ferrándiz <noelia.ferrandiz@lunamarhotels.com>"

# --- 4, 5 Atlántida Resorts (InfoJobs; re-application) ----------------------------------------
ATL = ("Atlántida Resorts", "Front Office Manager")
IJ = "InfoJobs <noreply@infojobs.net>"

# --- 10 Hotel Boutique Las Letras (Turijobs; GM from personal mail) ----------------------------
LET = ("Hotel Las Letras", "Front Office Manager")
PALOMA = "Paloma Urquijo <palomaurquijo.hotel@gmail.com>"

MAIL: list[dict[str, Any]] = [
    # ============================================================ 1 Meridia Madrid Castellana
    m(
        "27001",
        "2025-09-08 10:14",
        "Hosco <no-reply@hosco.com>",
        "Tu candidatura para Revenue Manager ha sido enviada",
        ("confirmation", *MER, 1, "other", "es"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<table width="600" align="center"><tr><td>
<img src="https://static.hosco.com/img/logo.png" alt="Hosco" width="96">
<h2 style="font-size:20px">¡Candidatura enviada!</h2>
<p>Hola Álvaro,</p>
<p>Tu candidatura para <b>Revenue Manager</b> en <b>Meridia Madrid Castellana</b> se ha enviado correctamente.
El equipo de selección revisará tu perfil y se pondrá en contacto contigo si encaja con lo que buscan.</p>
<p>Mientras tanto, mantén tu perfil actualizado: los reclutadores ven primero los perfiles completos.</p>
<p><a href="https://www.hosco.com/es/empleo/meridia-madrid-castellana/revenue-manager-218844"
style="background:#00a39a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Ver la oferta</a></p>
<p style="color:#888;font-size:11px">Hosco · Rue du Rhône 14, 1204 Ginebra, Suiza<br>
Recibes este correo porque te postulaste a través de Hosco. <a href="https://www.hosco.com/es/settings/notifications">Gestionar notificaciones</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "27002",
        "2025-09-17 12:41",
        MER_GM,
        "Entrevista - Revenue Manager Meridia Madrid Castellana",
        ("interview", *MER, 1, "direct", "es"),
        """Buenos días Álvaro:

Gracias por tu interés en incorporarte a nuestro equipo. Hemos revisado tu candidatura y nos
gustaría conocerte en persona.

Te propongo el martes 23 de septiembre a las 11:00 en el hotel (Paseo de la Castellana 141, pregunta
en recepción por mí). Estaremos Jorge Lafuente, director del hotel, y yo. Calcula una hora
aproximadamente; prepararemos un pequeño caso práctico sobre pick-up y forecast del último trimestre.

Te envío la convocatoria en el calendario. Si no te encaja la hora, dímelo y buscamos otra.

Un saludo,

Beatriz Olmedo
Responsable de Personas
Meridia Madrid Castellana
Inversiones Hoteleras Castellana, S.L. – hotel operado bajo licencia de Meridia Hotels & Resorts
T. +34 914 55 20 18

Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, le rogamos que lo
comunique al remitente y lo elimine.""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E0080000000020B1D4C2A27001",
            "start": "2025-09-23 11:00:00 +0200",
            "minutes": 60,
            "organizer": ("Beatriz Olmedo", "b.olmedo@ihcastellana.es"),
            "attendees": [("Jorge Lafuente", "j.lafuente@ihcastellana.es")],
            "summary": "Entrevista Revenue Manager - Álvaro Menéndez",
            "location": "Meridia Madrid Castellana - Sala Prado (planta -1)",
            "description": "Entrevista presencial con Dirección y Personas. Caso práctico de forecast.",
        },
    ),
    m(
        "27003",
        "2025-10-06 17:02",
        MER_GM,
        "Proceso de selección Revenue Manager",
        ("rejection", *MER, 1, "direct", "es"),
        """Hola Álvaro,

Queríamos agradecerte de verdad el tiempo que nos dedicaste. Jorge y yo salimos muy contentos de la
entrevista: tu análisis del caso fue de los más claros que hemos visto y tu experiencia en grupos
MICE nos pareció muy valiosa.

Después de darle muchas vueltas, hemos decidido avanzar con otra persona cuyo perfil está más
centrado en la distribución online y con experiencia previa con nuestro sistema de revenue. No ha
sido una decisión fácil.

Nos gustaría mantener tu CV para futuras vacantes en el hotel, si te parece bien.

Un abrazo y mucha suerte,
Beatriz

--
Beatriz Olmedo
Responsable de Personas · Meridia Madrid Castellana""",
        **reply("27002", MER_GM),
    ),
    # ============================================================ 2 Lunamar, Recepción
    m(
        "27010",
        "2025-09-10 09:03",
        LUN_TT,
        "Hemos recibido tu candidatura - Director/a de Recepción",
        ("confirmation", *LUN_FO, 2, "teamtailor", "es"),
        html="""<!DOCTYPE html><html><body style="margin:0;background:#f4f1ec">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;font-family:Helvetica,Arial,sans-serif">
<img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/image_uploads/lunamar.png" height="40" alt="Lunamar Hotels">
<p>Hola Álvaro:</p>
<p>¡Gracias por querer formar parte de la familia Lunamar! Hemos recibido tu candidatura para el puesto de
<strong>Director/a de Recepción - Lunamar Marbella Beach</strong>.</p>
<p>Nuestro equipo la revisará en los próximos días. Si tu perfil avanza en el proceso, te escribiremos por
este mismo canal.</p>
<p>Un saludo,<br>Equipo de Talento · Lunamar Hotels</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#999">Gestionamos tus datos conforme a nuestra <a href="https://careers.lunamarhotels.com/privacy">política de privacidad</a>.
Puedes ver o eliminar tus datos en <a href="https://careers.lunamarhotels.com/connect">tu perfil de candidato</a>.</p>
</div></body></html>""",
        reply_to="Lunamar Hotels <job-reply+e9a1c7@lunamarhotels.teamtailor-mail.com>",
    ),
    m(
        "27011",
        "2025-09-19 13:30",
        LUN_TT,
        "Siguiente paso: cuestionario de estilo de gestión",
        ("assessment", *LUN_FO, 2, "teamtailor", "es"),
        """Hola Álvaro,

Nos ha gustado tu perfil para Director/a de Recepción en Lunamar Marbella Beach y queremos seguir
adelante contigo.

Como siguiente paso te pedimos que completes un cuestionario online de estilo de gestión y
resolución de situaciones en recepción. Son unos 25 minutos y no hay respuestas buenas o malas.

Enlace: https://careers.lunamarhotels.com/jobs/4418231-director-a-de-recepcion/questionnaire?token=Qm9sbG9z

Por favor, complétalo antes del jueves 25 de septiembre.

Gracias,
Noelia Ferrándiz
Talent Acquisition · Lunamar Hotels""",
        reply_to="Noelia Ferrándiz <job-reply+e9a1c7@lunamarhotels.teamtailor-mail.com>",
    ),
    m(
        "27012",
        "2025-10-01 16:12",
        LUN_HR,
        "Invitación: Entrevista Álvaro Menéndez / Lunamar Marbella Beach",
        ("interview", *LUN_FO, 2, "direct", "es"),
        """Hola Álvaro:

Te confirmo la entrevista con Ricardo Sanz, director general de Lunamar Marbella Beach, y conmigo
por Google Meet el miércoles 8 de octubre a las 17:30. Tienes la invitación adjunta.

Si al final puedes acercarte a Marbella esa semana, también podemos hacerla en el hotel y te
enseñamos la recepción y el lobby recién reformados.

Saludos,
Noelia""",
        ics={
            "uid": "6ru1lq0b9r0v7c4lunamar27012@google.com",
            "start": "2025-10-08 17:30:00 +0200",
            "minutes": 45,
            "organizer": ("Noelia Ferrándiz", "noelia.ferrandiz@lunamarhotels.com"),
            "attendees": [("Ricardo Sanz", "ricardo.sanz@lunamarhotels.com")],
            "summary": "Entrevista Álvaro Menéndez - Dir. Recepción Marbella Beach",
            "location": "https://meet.google.com/kqx-rbdm-wpe",
            "description": "Únete con Google Meet: https://meet.google.com/kqx-rbdm-wpe",
        },
    ),
    m(
        "27013",
        "2025-11-14 10:48",
        LUN_HR,
        "Propuesta Lunamar Marbella Beach",
        ("offer", *LUN_FO, 2, "direct", "es"),
        """Hola Álvaro,

Como te adelantó Ricardo por teléfono, estamos muy contentos de poder hacerte una propuesta para
incorporarte como Director de Recepción de Lunamar Marbella Beach.

Resumen de las condiciones:
- Contrato indefinido, incorporación prevista el 12 de enero de 2026.
- Retribución fija: 46.000 € brutos anuales en 14 pagas.
- Variable de hasta un 10 % ligado a NPS y RevPAR del hotel.
- Ayuda de alojamiento durante los tres primeros meses.
- Convenio de Hostelería de la provincia de Málaga.

Adjunto la carta de oferta. Te pediríamos una respuesta antes del 24 de noviembre.

Un abrazo,
Noelia Ferrándiz
Talent Acquisition · Lunamar Hotels
Grupo Lunamar Hoteles, S.A. · Av. Ricardo Soriano 72, 29601 Marbella""",
        attach=[
            (
                "Carta_oferta_AMenendez.pdf",
                "application/pdf",
                "%PDF-1.4 carta de oferta (placeholder)",
            )
        ],
    ),
    m(
        "27014",
        "2025-11-21 09:20",
        LUN_HR,
        "RE: Propuesta Lunamar Marbella Beach",
        ("offer", *LUN_FO, 2, "direct", "es"),
        """Hola Álvaro,

Gracias por contestarnos tan rápido y con tanta sinceridad. Entendemos que mudarte a Marbella en
enero no te encaja ahora mismo con la situación familiar, y respetamos tu decisión de no aceptar la
propuesta.

Ricardo me pide que te diga que la puerta queda abierta.

Un abrazo,
Noelia

-----Mensaje original-----
De: Álvaro Menéndez <alvaro.menendez.rm@gmail.com>
Enviado: jueves, 20 de noviembre de 2025 22:41
Para: Noelia Ferrándiz <noelia.ferrandiz@lunamarhotels.com>
Asunto: Re: Propuesta Lunamar Marbella Beach

Hola Noelia, muchísimas gracias por la propuesta y por todo el proceso. Lo he pensado mucho y,
por motivos familiares, no voy a poder aceptarla...""",
        st="declined",
        **reply("27013", LUN_HR),
    ),
    # ============================================================ 3 Lunamar, Revenue clúster
    m(
        "27020",
        "2025-10-03 18:55",
        LUN_TT,
        "Gracias por tu candidatura, Álvaro",
        ("confirmation", *LUN_RM, 3, "teamtailor", "es"),
        """Hola Álvaro,

Hemos recibido tu candidatura para Revenue Manager Clúster Costa del Sol. Vemos que también estás
en proceso con nosotros para otra posición; las dos candidaturas se revisan por separado.

Te contaremos algo lo antes posible.

Equipo de Talento
Lunamar Hotels""",
        reply_to="Lunamar Hotels <job-reply+f1b2d3@lunamarhotels.teamtailor-mail.com>",
    ),
    m(
        "27021",
        "2025-10-22 11:37",
        LUN_TT,
        "Actualización sobre Revenue Manager Clúster Costa del Sol",
        ("rejection", *LUN_RM, 3, "teamtailor", "es"),
        """Hola Álvaro,

Gracias de nuevo por tu interés en el puesto de Revenue Manager Clúster Costa del Sol.

Tras revisar todas las candidaturas, hemos decidido continuar con perfiles con más experiencia
gestionando varios hoteles vacacionales a la vez. Esta decisión no afecta a tu otro proceso con
nosotros, que sigue abierto.

Saludos cordiales,
Equipo de Talento · Lunamar Hotels""",
        reply_to="Lunamar Hotels <job-reply+f1b2d3@lunamarhotels.teamtailor-mail.com>",
    ),
    # ============================================================ 4 Atlántida Resorts (InfoJobs)
    m(
        "27030",
        "2025-09-12 20:06",
        IJ,
        "Te has inscrito en la oferta Front Office Manager",
        ("confirmation", *ATL, 4, "other", "es"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<div style="background:#167db7;padding:12px"><img src="https://static.infojobs.net/img/ij-logo-white.png" alt="InfoJobs"></div>
<p>Hola Álvaro,</p>
<p>Tu inscripción en la oferta <a href="https://www.infojobs.net/las-palmas-de-gran-canaria/front-office-manager/of-i7c4e02a1b34f9a8d55b1f0c2e9a711">Front Office Manager</a>
de <b>Atlántida Resorts</b> (Maspalomas, Las Palmas) se ha realizado con éxito.</p>
<p>Puedes seguir el estado de tu candidatura en cualquier momento desde <a href="https://www.infojobs.net/candidate/applications/list.xhtml">Mis candidaturas</a>.</p>
<table><tr><td style="padding:4px 8px;background:#e7f3fa">CV recibido</td><td>›</td><td>CV leído</td><td>›</td><td>En proceso</td><td>›</td><td>Finalista</td></tr></table>
<p style="font-size:11px;color:#777">InfoJobs - Adevinta Spain S.L.U. · Este es un email automático, por favor no respondas.</p>
</body></html>""",
    ),
    m(
        "27031",
        "2025-09-16 08:44",
        IJ,
        "Atlántida Resorts ha leído tu CV",
        ("viewed", *ATL, 4, "other", "es"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>¡Buenas noticias, Álvaro!</p>
<p><b>Atlántida Resorts</b> ha leído tu CV para la oferta <b>Front Office Manager</b>.</p>
<p>Esto significa que la empresa ha revisado tu perfil. Te avisaremos cuando cambie el estado de tu candidatura.</p>
<p><a href="https://www.infojobs.net/candidate/applications/detail.xhtml?id=i7c4e02a1b34f9a8d55b1f0c2e9a711">Ver mi candidatura</a></p>
<p style="font-size:11px;color:#777">Para dejar de recibir estos avisos, modifica tus preferencias de notificación.</p>
</body></html>""",
    ),
    m(
        "27032",
        "2025-10-02 15:19",
        IJ,
        "Novedades en tu candidatura a Front Office Manager",
        ("rejection", *ATL, 4, "other", "es"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hola Álvaro,</p>
<p>La empresa <b>Atlántida Resorts</b> ha actualizado el estado de tu candidatura para <b>Front Office Manager</b>:</p>
<p style="font-size:16px"><b>Descartado</b></p>
<p>El proceso sigue su curso con otros candidatos cuyo perfil se ajusta más a los requisitos de la oferta.
No te desanimes: hay más de 300 ofertas de hostelería y turismo publicadas esta semana.</p>
<p><a href="https://www.infojobs.net/ofertas-trabajo/hosteleria-turismo">Ver ofertas similares</a></p>
</body></html>""",
    ),
    # ============================================================ 5 Atlántida Resorts, again
    m(
        "27035",
        "2026-01-07 21:32",
        IJ,
        "Te has inscrito en la oferta Front Office Manager",
        ("confirmation", *ATL, 5, "other", "es"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hola Álvaro,</p>
<p>Tu inscripción en la oferta <a href="https://www.infojobs.net/adeje/front-office-manager/of-i0b9d51e2f7a64c1f8e3a20d95cc410">Front Office Manager</a>
de <b>Atlántida Resorts</b> (Costa Adeje, Santa Cruz de Tenerife) se ha realizado con éxito.</p>
<p>Ya te habías inscrito en una oferta de esta empresa. ¡Mucha suerte esta vez!</p>
<p><a href="https://www.infojobs.net/candidate/applications/list.xhtml">Mis candidaturas</a></p>
</body></html>""",
    ),
    m(
        "27036",
        "2026-01-13 10:05",
        "Carmela Rivero <crivero@atlantidaresorts.com>",
        "Videollamada - Front Office Manager Atlántida Costa Adeje",
        ("interview", *ATL, 5, "direct", "es"),
        """Hola Álvaro,

Soy Carmela, de Recursos Humanos de Atlántida Resorts. Recibimos tu candidatura para Front Office
Manager en nuestro hotel de Costa Adeje y nos gustaría tener una primera conversación por Teams.

¿Te vendría bien el viernes 16 a las 12:00 (hora peninsular, 11:00 en Canarias)? Te mando la
convocatoria; si no te va bien, respóndeme con un par de alternativas.

Un saludo,

Carmela Rivero Déniz
Dpto. de Recursos Humanos
ATLÁNTIDA RESORTS · Maspalomas | Costa Adeje | Corralejo""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000ATL27036",
            "start": "2026-01-16 12:00:00 +0100",
            "minutes": 30,
            "organizer": ("Carmela Rivero Déniz", "crivero@atlantidaresorts.com"),
            "summary": "Entrevista FOM Costa Adeje - Álvaro Menéndez",
            "location": "Reunión de Microsoft Teams",
            "description": "Unirse a la reunión de Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_atl27036",
        },
    ),
    # ============================================================ 10 Hotel Las Letras
    m(
        "27100",
        "2025-11-24 19:40",
        "Turijobs <noreply@turijobs.com>",
        "Candidatura registrada: Front Office Manager - Hotel Las Letras",
        ("confirmation", *LET, 10, "other", "es"),
        """Hola Álvaro,

Tu candidatura a la oferta "Front Office Manager" de Hotel Las Letras (Madrid) se ha registrado
correctamente.

Ref. oferta: TJ-392217
Fecha de inscripción: 24/11/2025

Consulta el estado de tus candidaturas en https://www.turijobs.com/mi-turijobs/candidaturas

Turijobs - El portal de empleo de turismo y hostelería
No respondas a este correo, ha sido enviado de forma automática.""",
    ),
    m(
        "27101",
        "2025-11-27 23:12",
        PALOMA,
        "Tu CV - recepción Las Letras",
        ("interview", *LET, 10, "direct", "es"),
        """Hola Álvaro, buenas noches

Soy Paloma Urquijo, dirijo el Hotel Las Letras (el de la calle Huertas, 48 habitaciones). Me ha
llegado tu CV por Turijobs y me ha encantado, perdona que te escriba desde mi correo personal pero
el del hotel lleva dos días caído.

¿Podrías pasarte el lunes o el martes por la mañana a tomar un café y charlamos? Sin formalidades.
Si me dices el día te reservo una hora.

Un saludo,
Paloma

Enviado desde mi iPhone""",
    ),
    m(
        "27102",
        "2025-11-28 09:58",
        PALOMA,
        "Re: Tu CV - recepción Las Letras",
        ("interview", *LET, 10, "direct", "es"),
        """Perfecto, martes 2 a las 10:30 entonces. Pregunta por mí en recepción.

Paloma

El vie, 28 nov 2025 a las 8:14, Álvaro Menéndez (<alvaro.menendez.rm@gmail.com>) escribió:
> Hola Paloma, muchas gracias por escribirme. El martes me viene genial, ¿a las 10:30?
> Un saludo,
> Álvaro""",
        **reply("27101", PALOMA),
    ),
    m(
        "27103",
        "2026-01-09 14:25",
        PALOMA,
        "Propuesta para la jefatura de recepción",
        ("offer", *LET, 10, "direct", "es"),
        """Hola Álvaro,

Tras las dos charlas y la mañana que pasaste con el equipo, los socios y yo lo tenemos claro:
queremos que seas nuestro Front Office Manager.

Te lo pongo por escrito:
  · Incorporación: 2 de marzo de 2026
  · Contrato indefinido, jornada completa
  · 44.000 € brutos/año + bonus anual por objetivos (hasta 4.000 €)
  · Formación en el nuevo PMS a cargo del hotel

Dime algo cuando lo hayas pensado, pero no tardes mucho que me muero de ganas :)

Paloma Urquijo
Directora · Hotel Las Letras
C/ de las Huertas 27 · 28014 Madrid""",
    ),
    m(
        "27104",
        "2026-01-12 18:03",
        "Nacho Velasco <administracion@hotellasletras.es>",
        "Bienvenida y documentación para tu incorporación",
        ("offer", *LET, 10, "direct", "es"),
        """Hola Álvaro:

Paloma nos ha contado que has aceptado la propuesta. ¡Bienvenido al equipo!

Para preparar el contrato necesitamos que nos envíes antes del 30 de enero:
- Copia del DNI
- Número de afiliación a la Seguridad Social
- IBAN para la nómina
- Modelo 145 firmado (adjunto)

Cualquier duda, aquí me tienes.

Nacho Velasco
Administración y personal
Hotel Las Letras – Las Letras Hospitality, S.L.""",
        st="accepted",
        attach=[("Modelo145.pdf", "application/pdf", "%PDF-1.4 modelo 145 (placeholder)")],
    ),
    # ============================================================ 6 Parque Ánfora (SuccessFactors)
    m(
        "27060",
        "2025-09-25 11:11",
        "Parque Ánfora Empleo <noreply@successfactors.eu>",
        "Confirmación de solicitud: Responsable de Operaciones Hoteleras (Req. 10422)",
        ("confirmation", "Parque Ánfora", "Responsable de Operaciones Hoteleras", 6, "other", "es"),
        """Estimado/a Álvaro Menéndez:

Gracias por su interés en Parque Ánfora Resort. Le confirmamos que hemos recibido su solicitud
para el puesto Responsable de Operaciones Hoteleras (ID de solicitud 10422), San Martín de la Vega.

Su solicitud será evaluada por nuestro equipo de Selección. Puede consultar el estado en
cualquier momento accediendo a su perfil de candidato:
https://career5.successfactors.eu/career?company=anforaparP&career_ns=job_application

Atentamente,
Departamento de Selección
Parque Ánfora Resort – Parque temático y hoteles

Por favor, no responda a este mensaje.""",
    ),
    m(
        "27061",
        "2025-10-06 09:30",
        "Parque Ánfora Empleo <noreply@successfactors.eu>",
        "Pruebas online - Responsable de Operaciones Hoteleras (Req. 10422)",
        ("assessment", "Parque Ánfora", "Responsable de Operaciones Hoteleras", 6, "other", "es"),
        """Estimado/a Álvaro Menéndez:

Su candidatura ha pasado a la fase de evaluación. Le invitamos a realizar las siguientes pruebas
online (razonamiento numérico y cuestionario situacional, 40 minutos en total):

https://assess.anforaparque.com/start?c=AMZ-10422-7731

Dispone de 5 días naturales para completarlas. Le recomendamos hacerlas en un ordenador, con
conexión estable y sin interrupciones.

Atentamente,
Departamento de Selección · Parque Ánfora Resort""",
    ),
    m(
        "27062",
        "2025-10-20 13:47",
        "Samuel Crespo <samuel.crespo@anforaparque.com>",
        "Entrevista con Dirección de Hoteles - Parque Ánfora",
        ("interview", "Parque Ánfora", "Responsable de Operaciones Hoteleras", 6, "direct", "es"),
        """Buenas tardes, Álvaro:

Enhorabuena por los resultados de las pruebas. Te convocamos a una entrevista con Marta Gil,
directora de Hoteles del resort, el jueves 23 de octubre a las 9:30 en nuestras oficinas
(Acceso de empleados, puerta 4, Ctra. M-506 km 22). Trae el DNI para el control de acceso.

Aparcamiento gratuito en el parking de empleados P2.

Un saludo,
Samuel Crespo
Talent Acquisition Partner
Parque Ánfora Resort""",
    ),
    m(
        "27063",
        "2025-11-10 16:20",
        "Parque Ánfora Empleo <noreply@successfactors.eu>",
        "Su solicitud para Responsable de Operaciones Hoteleras (Req. 10422)",
        ("rejection", "Parque Ánfora", "Responsable de Operaciones Hoteleras", 6, "other", "es"),
        """Estimado/a Álvaro Menéndez:

Le agradecemos el tiempo y el interés dedicados al proceso de selección para el puesto de
Responsable de Operaciones Hoteleras.

Tras una valoración detallada, le comunicamos que en esta ocasión no continuaremos con su
candidatura. Conservaremos sus datos en nuestra base de candidatos durante 12 meses para futuras
oportunidades, salvo que nos indique lo contrario.

Le deseamos mucho éxito en su carrera profesional.

Departamento de Selección · Parque Ánfora Resort""",
    ),
    # ============================================================ 7 Grupo Brasa & Sal (Jobtoday)
    m(
        "27070",
        "2025-10-09 12:02",
        "JOB TODAY <noreply@jobtoday.com>",
        "Has aplicado a Revenue & Reservations Manager",
        ("confirmation", "Brasa & Sal", "Revenue & Reservations Manager", 7, "other", "es"),
        html="""<html><body style="font-family:Helvetica,Arial">
<p style="font-size:18px"><b>¡Solicitud enviada!</b></p>
<p>Tu perfil ha llegado a <b>Brasa &amp; Sal</b> para el puesto <b>Revenue &amp; Reservations Manager</b> en Madrid.</p>
<p>Los empleadores de JOB TODAY suelen responder en 48 horas. Activa las notificaciones para no perderte su mensaje.</p>
<p><a href="https://jobtoday.com/es/trabajo/revenue-reservations-manager-madrid-b7Qx2">Ver anuncio</a></p>
<p style="color:#999;font-size:11px">JOB TODAY S.A. · Descarga la app en iOS y Android</p>
</body></html>""",
    ),
    m(
        "27071",
        "2025-10-10 18:27",
        "JOB TODAY <noreply@jobtoday.com>",
        "Nuevo mensaje de Brasa & Sal",
        ("interview", "Brasa & Sal", "Revenue & Reservations Manager", 7, "other", "es"),
        html="""<html><body style="font-family:Helvetica,Arial">
<p><b>Iñigo (Brasa &amp; Sal)</b> te ha enviado un mensaje:</p>
<blockquote style="border-left:3px solid #ffcc00;padding-left:10px">Hola Álvaro! Gracias por aplicar. Somos 6 restaurantes en Madrid y
queremos montar el área de reservas y revenue desde cero. ¿Te vienes el miércoles 15 a las 16h a nuestra oficina en
Chamberí (C/ Fernández de la Hoz 12) y lo hablamos? Un saludo</blockquote>
<p><a href="https://jobtoday.com/es/chat/7731190">Responder en la app</a></p>
</body></html>""",
    ),
    # ============================================================ 8 Turismo Costa de Málaga
    m(
        "27080",
        "2025-10-14 10:00",
        "Sede electrónica Turismo Costa de Málaga <no-reply@sede.turismocostamalaga.es>",
        "Justificante de registro de solicitud - Proceso selectivo ET-2025-07",
        (
            "confirmation",
            "Turismo Costa de Málaga",
            "Técnico/a de Inteligencia Turística",
            8,
            "other",
            "es",
        ),
        """JUSTIFICANTE DE PRESENTACIÓN

Número de registro: REGAGE25e00041177320
Fecha y hora: 14/10/2025 09:59:41
Interesado: MENÉNDEZ ***** ÁLVARO (DNI ***4721**)
Procedimiento: Proceso selectivo ET-2025-07 - Técnico/a de Inteligencia Turística
(Consorcio de Turismo de la Costa de Málaga, personal laboral fijo)

Documentación aportada: CV, Titulación, Anexo II (méritos), Justificante de tasa

Le informamos de que, lamentablemente, debido al elevado número de solicitudes previsto, no se
contestará de forma individual a cada aspirante. La lista provisional de admitidos y excluidos se
publicará en el tablón de anuncios de la sede electrónica.

Este justificante tiene validez a efectos de acreditar la presentación en plazo.""",
    ),
    m(
        "27081",
        "2025-11-18 12:30",
        "Selección Turismo Costa de Málaga <seleccion@turismocostamalaga.es>",
        "Convocatoria primer ejercicio ET-2025-07",
        (
            "assessment",
            "Turismo Costa de Málaga",
            "Técnico/a de Inteligencia Turística",
            8,
            "direct",
            "es",
        ),
        """Estimado aspirante:

Publicada la lista definitiva de admitidos, se le convoca a la realización del primer ejercicio
(prueba teórico-práctica sobre análisis de datos turísticos y gestión de destinos) del proceso
ET-2025-07:

  Fecha: sábado 29 de noviembre de 2025
  Hora: 10:00 (llamamiento único)
  Lugar: Palacio de Ferias y Congresos de Málaga, Sala 3

Deberá presentarse provisto de DNI y bolígrafo azul o negro. No se permitirá el uso de
calculadoras programables.

El Tribunal de Selección""",
    ),
    m(
        "27082",
        "2025-12-19 14:02",
        "Selección Turismo Costa de Málaga <seleccion@turismocostamalaga.es>",
        "Publicación de calificaciones - primer ejercicio ET-2025-07",
        (
            "rejection",
            "Turismo Costa de Málaga",
            "Técnico/a de Inteligencia Turística",
            8,
            "direct",
            "es",
        ),
        """Estimado aspirante:

Le comunicamos que se han publicado en la sede electrónica las calificaciones del primer
ejercicio. Según el acta del Tribunal, su puntuación (21,40 puntos) no alcanza el mínimo de 25
exigido en las bases, por lo que no supera el ejercicio y queda excluido de las siguientes fases.

Dispone de 10 días hábiles para presentar alegaciones o solicitar la revisión del examen.

El Tribunal de Selección
Consorcio de Turismo de la Costa de Málaga""",
    ),
    # ============================================================ 9 agency -> Hotel Mirador de Montjuïc
    m(
        "27090",
        "2025-10-16 09:15",
        "Rocío Alarcón <ralarcon@talentohotelero.es>",
        "Revenue Manager - hotel 4* urbano en Barcelona",
        ("outreach", None, "Revenue Manager", None, "agency", "es"),
        """Hola Álvaro,

Te escribo desde Talento Hotelero Selección, consultora especializada en hostelería. Estamos
llevando en exclusiva la búsqueda de un/a Revenue Manager para un hotel urbano de 4* y 210
habitaciones en Barcelona, perteneciente a un grupo nacional en expansión.

Buscan a alguien con al menos 4 años en revenue, manejo de RMS y experiencia con segmento
corporativo y MICE, y tu trayectoria encaja muy bien. Banda salarial 42-48k + variable.

¿Te interesaría que lo habláramos? Te llamo cuando me digas.

Un saludo,
Rocío Alarcón
Senior Consultant · Hospitality
Talento Hotelero Selección S.L. · Madrid · Barcelona · Palma
+34 600 418 227""",
    ),
    m(
        "27091",
        "2025-10-23 17:48",
        "Rocío Alarcón <ralarcon@talentohotelero.es>",
        "RE: Revenue Manager - hotel 4* urbano en Barcelona",
        ("interview", "Hotel Mirador de Montjuïc", "Revenue Manager", 9, "agency", "es"),
        """Hola de nuevo Álvaro,

Gracias por la conversación del lunes. Te confirmo que el cliente ha revisado tu perfil y quiere
conocerte. Ya te puedo decir que se trata del Hotel Mirador de Montjuïc (Grupo Barna Stays).

La entrevista sería con su Director Comercial, Pau Ribas, el jueves 30 de octubre a las 12:00 por
videollamada. Te envío el enlace de Zoom en cuanto me lo pase el hotel.

Quedo pendiente de tu confirmación.

Rocío

De: Álvaro Menéndez <alvaro.menendez.rm@gmail.com>
Enviado: lunes, 20 de octubre de 2025 19:02
Para: Rocío Alarcón <ralarcon@talentohotelero.es>
Asunto: Re: Revenue Manager - hotel 4* urbano en Barcelona

Hola Rocío, sí, me interesa. ¿Hablamos mañana a las 10?""",
        **reply("27090", "Rocío Alarcón <ralarcon@talentohotelero.es>"),
    ),
    m(
        "27092",
        "2025-11-12 12:16",
        "Rocío Alarcón <ralarcon@talentohotelero.es>",
        "Feedback Hotel Mirador de Montjuïc",
        ("rejection", "Hotel Mirador de Montjuïc", "Revenue Manager", 9, "agency", "es"),
        """Hola Álvaro,

Ya tengo respuesta del cliente. Pau se quedó con muy buena impresión, pero finalmente se han
decantado por una candidata interna del grupo que conoce sus sistemas, así que no seguimos adelante
en este proceso.

Siento no traerte mejores noticias. Te tengo muy presente para los próximos proyectos que
tengamos en Madrid y Barcelona.

Un abrazo,
Rocío""",
    ),
    # ============================================================ 11 Hoteles Bahía Solera (Hosteltur)
    m(
        "27110",
        "2025-10-28 08:37",
        "Hosteltur Empleo <empleo@hosteltur.com>",
        "Inscripción confirmada: Revenue Manager (Torremolinos)",
        ("confirmation", "Hoteles Bahía Solera", "Revenue Manager", 11, "other", "es"),
        """Hola Álvaro Menéndez,

Te confirmamos que te has inscrito correctamente en la oferta:

  Revenue Manager
  Hoteles Bahía Solera - Torremolinos (Málaga)
  Publicada el 24/10/2025

La empresa recibirá tu CV y tu carta de presentación. Si está interesada en tu perfil, se pondrá
en contacto contigo directamente.

Hosteltur Empleo
https://empleo.hosteltur.com""",
    ),
    # ============================================================ 12 Cumbre Canarias (Talentclue)
    m(
        "27120",
        "2025-10-30 13:21",
        "Talentclue <noreply@talentclue.com>",
        "Cumbre Canarias Hoteles - Hemos recibido tu candidatura",
        (
            "confirmation",
            "Cumbre Canarias Hoteles",
            "Jefe/a de Recepción - Lanzarote",
            12,
            "other",
            "es",
        ),
        """Hola Álvaro,

Gracias por inscribirte en el proceso Jefe/a de Recepción - Lanzarote de Cumbre Canarias Hoteles.

Tu candidatura está siendo analizada. Te informaremos por email de cualquier novedad.

Saludos,
Equipo de Selección Cumbre Canarias Hoteles

Powered by Talentclue""",
    ),
    m(
        "27121",
        "2025-11-05 10:40",
        "Talentclue <noreply@talentclue.com>",
        "Cumbre Canarias Hoteles te invita a una videoentrevista",
        (
            "assessment",
            "Cumbre Canarias Hoteles",
            "Jefe/a de Recepción - Lanzarote",
            12,
            "other",
            "es",
        ),
        """Hola Álvaro,

Cumbre Canarias Hoteles quiere conocerte mejor. Te invitamos a grabar una videoentrevista
diferida de 4 preguntas; tendrás 2 minutos para responder cada una y podrás repetir la primera.

Accede desde aquí antes del 10/11/2025:
https://app.talentclue.com/video/interview/5c8e0fa2-cumbre

¡Mucha suerte!
Powered by Talentclue""",
    ),
    m(
        "27122",
        "2025-11-26 09:12",
        "Talentclue <noreply@talentclue.com>",
        "Tu proceso con Cumbre Canarias Hoteles",
        (
            "rejection",
            "Cumbre Canarias Hoteles",
            "Jefe/a de Recepción - Lanzarote",
            12,
            "other",
            "es",
        ),
        """Hola Álvaro,

En primer lugar, gracias por el tiempo dedicado a la videoentrevista. Hemos valorado tu
candidatura con atención pero en esta ocasión no ha sido seleccionada para la siguiente fase.

Te animamos a seguir atento a nuestras ofertas en https://empleo.cumbrecanarias.com.

Equipo de Selección Cumbre Canarias Hoteles""",
    ),
    # ============================================================ 13 Aparthotel Ramblas Nou (Indeed)
    m(
        "27130",
        "2025-11-03 22:48",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Front Office Manager",
        ("confirmation", "Aparthotel Ramblas Nou", "Front Office Manager", 13, "indeed", "es"),
        html="""<html><body style="font-family:'Noto Sans',Arial">
<img src="https://d3fw5vlhllyvee.cloudfront.net/indeed-logo.png" alt="indeed" width="90">
<h3>Solicitud enviada</h3>
<p><b>Front Office Manager</b><br>Aparthotel Ramblas Nou - Barcelona, Barcelona provincia</p>
<p>Se ha enviado a la empresa tu solicitud. Los siguientes elementos se han incluido:<br>• CV · Alvaro_Menendez_CV_2025.pdf<br>• Respuestas a preguntas de la empresa</p>
<p>Seguiremos tu solicitud en <a href="https://myjobs.indeed.com/applied">Mis empleos</a>.</p>
<p style="font-size:11px;color:#767676">© 2025 Indeed · No respondas a este mensaje.</p>
</body></html>""",
    ),
    m(
        "27131",
        "2025-11-17 07:55",
        "Aparthotel Ramblas Nou <noreply@indeed.com>",
        "Una actualización sobre tu solicitud",
        ("rejection", "Aparthotel Ramblas Nou", "Front Office Manager", 13, "indeed", "es"),
        html="""<html><body style="font-family:'Noto Sans',Arial">
<p>Front Office Manager · Aparthotel Ramblas Nou</p>
<p>Hola Álvaro:</p>
<p>Gracias por tu interés en el puesto. Tras revisar tu solicitud, Aparthotel Ramblas Nou (gestionado por Costa Urbana Hospitality)
ha decidido no seguir adelante con tu candidatura en este momento.</p>
<p>Hemos encontrado empleos que podrían interesarte:</p>
<ul><li>Recepcionista nocturno/a – Hotel en Eixample</li><li>Guest Relations Manager – Sitges</li></ul>
<p style="font-size:11px;color:#767676">Indeed envió este mensaje en nombre de la empresa.</p>
</body></html>""",
    ),
    # ============================================================ 14 Hotel Faro Maspalomas (Indeed)
    m(
        "27140",
        "2025-11-06 11:30",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Revenue Manager",
        ("confirmation", "Hotel Faro Maspalomas", "Revenue Manager", 14, "indeed", "es"),
        html="""<html><body style="font-family:'Noto Sans',Arial">
<h3>Solicitud enviada</h3>
<p><b>Revenue Manager</b><br>Hotel Faro Maspalomas - San Bartolomé de Tirajana, Las Palmas provincia</p>
<p>¡Buena suerte! Te notificaremos si la empresa se pone en contacto contigo.</p>
<p><a href="https://es.indeed.com/viewjob?jk=6b1e0c9d2f44a871">Ver empleo</a></p>
</body></html>""",
    ),
    m(
        "27141",
        "2025-11-19 16:05",
        "Yeray Santana - Hotel Faro Maspalomas <yeray-s-4c7e1b@indeedemail.com>",
        "Revenue Manager - Hotel Faro Maspalomas",
        ("interview", "Hotel Faro Maspalomas", "Revenue Manager", 14, "indeed", "es"),
        """Hola Álvaro,

Gracias por tu solicitud. Me gustaría hacerte una entrevista telefónica de 20 minutos para
conocerte. ¿Tienes disponibilidad el lunes 24 de noviembre entre las 10 y las 13h (hora canaria)?

Saludos,
Yeray Santana
Director de Operaciones, Hotel Faro Maspalomas

--------------------
Responde directamente a este mensaje. Indeed lo reenviará a la empresa.""",
    ),
    # ============================================================ 15 Solstice Hotels (Workday)
    m(
        "27150",
        "2025-10-13 15:03",
        "Solstice Hotels <solstice@myworkday.com>",
        "Gracias por su solicitud - Cluster Revenue Manager Spain",
        ("confirmation", "Solstice Hotels", "Cluster Revenue Manager Spain", 15, "workday", "es"),
        html="""<html><body style="font-family:Arial;font-size:13px">
<p>Estimado/a Álvaro,</p>
<p>Gracias por presentar su solicitud para el puesto <b>Cluster Revenue Manager Spain (R-0058213)</b> en Solstice Hotels.</p>
<p>Hemos recibido su solicitud y nuestro equipo de Talent Acquisition la revisará. Puede revisar el estado de su solicitud
en cualquier momento iniciando sesión en su <a href="https://solstice.wd3.myworkdayjobs.com/es/SolsticeCareers/userHome">página de inicio de candidato</a>.</p>
<p>Saludos cordiales,<br>Solstice Hotels Talent Acquisition</p>
<p style="font-size:10px;color:#888">Solstice Hotels es un empleador que ofrece igualdad de oportunidades.</p>
</body></html>""",
    ),
    m(
        "27151",
        "2025-10-24 10:10",
        "Solstice Hotels <solstice@myworkday.com>",
        "Action required: complete your online assessment",
        ("assessment", "Solstice Hotels", "Cluster Revenue Manager Spain", 15, "workday", "en"),
        """Dear Álvaro,

Thank you for your interest in the Cluster Revenue Manager Spain role. As the next step of our
process, please complete the Solstice Commercial Leadership assessment. It takes around 35
minutes and includes a pricing scenario and a short work-style questionnaire.

Please log in to your candidate home to open the task:
https://solstice.wd3.myworkdayjobs.com/SolsticeCareers/userHome

Kind regards,
Solstice Hotels Talent Acquisition – EMEA""",
    ),
    m(
        "27152",
        "2025-11-07 12:00",
        "Clara Mendoza <clara.mendoza@solsticehotels.com>",
        "Entrevista Cluster Revenue Manager Spain",
        ("interview", "Solstice Hotels", "Cluster Revenue Manager Spain", 15, "direct", "es"),
        """Hola Álvaro,

Te envío la convocatoria para la entrevista con Tom Hale (Area Director of Revenue Southern
Europe) y conmigo. Será en inglés la primera mitad. Teams, 45 minutos.

Un saludo,

Clara Mendoza
Talent Acquisition Partner Iberia
Solstice Hotels | Torre Picasso, planta 22, Madrid""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000SOL27152",
            "start": "2025-11-13 16:00:00 +0100",
            "minutes": 45,
            "organizer": ("Clara Mendoza", "clara.mendoza@solsticehotels.com"),
            "attendees": [("Tom Hale", "tom.hale@solsticehotels.com")],
            "summary": "Interview Álvaro Menéndez - Cluster Revenue Manager Spain",
            "location": "Microsoft Teams Meeting",
            "description": "Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_sol27152",
        },
    ),
    m(
        "27153",
        "2025-12-03 13:44",
        "Clara Mendoza <clara.mendoza@solsticehotels.com>",
        "Cluster Revenue Manager Spain - estado del proceso",
        ("confirmation", "Solstice Hotels", "Cluster Revenue Manager Spain", 15, "direct", "es"),
        """Hola Álvaro,

Quería darte una actualización honesta: la posición de Cluster Revenue Manager Spain ha quedado en
pausa. Estamos reorganizando la estructura comercial de Iberia y el presupuesto de la posición no
se confirmará hasta el primer trimestre.

Tu candidatura no está descartada; en cuanto se reactive te escribo yo misma.

Gracias por tu paciencia,
Clara""",
        st="on_hold",
    ),
    # ============================================================ 16 Hotel Miramar Barceloneta (LinkedIn)
    m(
        "27160",
        "2025-11-11 09:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Álvaro, tu solicitud se ha enviado a Hotel Miramar Barceloneta",
        ("confirmation", "Hotel Miramar Barceloneta", "Revenue Manager", 16, "linkedin", "es"),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial">
<table width="512"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/logo.png" width="84" alt="LinkedIn">
<p style="font-size:20px">Tu solicitud se ha enviado a Hotel Miramar Barceloneta</p>
<p><b>Revenue Manager</b><br>Hotel Miramar Barceloneta · Barcelona, Cataluña, España (Presencial)</p>
<p>Solicitado el 11 nov 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4310087725/">Ver empleo</a></p>
<p>Ahora, sigue a Hotel Miramar Barceloneta para estar al día de sus novedades.</p>
<p style="font-size:11px;color:#666">Este email se ha enviado a Álvaro Menéndez (Revenue &amp; Front Office Manager)<br>
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "27161",
        "2025-11-25 18:09",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud para Revenue Manager en Hotel Miramar Barceloneta",
        ("rejection", "Hotel Miramar Barceloneta", "Revenue Manager", 16, "linkedin", "es"),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial">
<p>Hotel Miramar Barceloneta</p>
<p>Gracias por tu interés en el puesto de Revenue Manager en Hotel Miramar Barceloneta en Barcelona.
Por desgracia, en esta ocasión no avanzaremos con tu solicitud, pero agradecemos el tiempo que has
dedicado y te animamos a que solicites otros empleos en el futuro.</p>
<p>Un saludo,<br>Blau Costa Management, en nombre de Hotel Miramar Barceloneta</p>
<p><a href="https://www.linkedin.com/jobs/search/?keywords=revenue%20manager">Buscar más empleos</a></p>
</body></html>""",
    ),
    # ============================================================ 17 Lúa Hotels (group mailbox)
    m(
        "27170",
        "2025-12-01 10:26",
        "Talento <talento@grupoardea.es>",
        "Lúa Hotels | Revenue Manager - Lúa Madrid Chamberí",
        ("confirmation", "Lúa Hotels", "Revenue Manager", 17, "other", "es"),
        """Hola Álvaro:

Muchas gracias por enviarnos tu candidatura a través de nuestra web de empleo para el puesto de
Revenue Manager en Lúa Madrid Chamberí. La hemos recibido correctamente.

Revisamos todas las candidaturas una a una, así que te pedimos un poco de paciencia. Lamentablemente
no siempre podemos responder a todo el mundo, pero si tu perfil avanza te llamaremos.

Un saludo,
Equipo de Talento
Lúa Hotels · Madrid · Santiago · A Coruña · Oporto
https://empleo.luahotels.com""",
    ),
    m(
        "27171",
        "2025-12-16 11:50",
        "Marcos Veiga <marcos.veiga@grupoardea.es>",
        "Entrevista Revenue Manager Lúa Madrid Chamberí",
        ("interview", "Lúa Hotels", "Revenue Manager", 17, "direct", "es"),
        """Hola Álvaro,

Soy Marcos Veiga, director de revenue de la marca. Me gustaría conocerte esta semana o la próxima.
¿Te va bien el lunes 22 a las 10:00 en el hotel (C/ Santa Engracia 94)? Después te enseño la
casa.

Saludos,
Marcos Veiga
Director de Revenue · Lúa Hotels""",
    ),
    m(
        "27172",
        "2026-01-14 09:31",
        "Marcos Veiga <marcos.veiga@grupoardea.es>",
        "RE: Retirada de candidatura",
        ("confirmation", "Lúa Hotels", "Revenue Manager", 17, "direct", "es"),
        """Hola Álvaro,

Gracias por avisarme tan pronto, se agradece. Retiro tu candidatura del proceso. ¡Enhorabuena por
el nuevo puesto, Las Letras se lleva a un buen profesional! Seguro que coincidimos en algún foro.

Un abrazo,
Marcos

> El 13 ene 2026, a las 20:10, Álvaro Menéndez escribió:
> Hola Marcos, te escribo para retirar mi candidatura, he aceptado otra propuesta...""",
        st="withdrawn",
    ),
    # ============================================================ 18 Nodo Coworking (Teamtailor)
    m(
        "27180",
        "2025-09-29 19:14",
        "Nodo Coworking <no-reply@mail.teamtailor.com>",
        "¡Gracias por aplicar a Nodo!",
        (
            "confirmation",
            "Nodo Coworking",
            "Community & Front Office Manager",
            18,
            "teamtailor",
            "es",
        ),
        """¡Hola Álvaro!

Gracias por aplicar a Community & Front Office Manager en Nodo Madrid Río. 🙌

Somos un equipo pequeño, así que leemos cada candidatura con calma. En un par de semanas
tendrás noticias nuestras, sea cual sea la respuesta.

Team Nodo
Nodo Coworking · Madrid · Barcelona · Lisboa""",
        reply_to="Nodo Coworking <job-reply+0a7c99@nodo.teamtailor-mail.com>",
    ),
    m(
        "27181",
        "2025-10-08 12:20",
        "Lucía Abad <lucia@nodocoworking.com>",
        "Charlamos? Community & Front Office Manager",
        ("interview", "Nodo Coworking", "Community & Front Office Manager", 18, "direct", "es"),
        """Hola Álvaro!

Me ha encantado tu perfil: alguien que viene de recepción de hotel es justo lo que necesitamos
para Nodo Madrid Río. ¿Te apetece una videollamada de 30 min esta semana? Puedes elegir hueco aquí:
https://calendly.com/lucia-nodo/30min

Lucía Abad
Head of Community · Nodo Coworking""",
    ),
    m(
        "27182",
        "2025-10-27 10:03",
        "Nodo Coworking <no-reply@mail.teamtailor.com>",
        "Sobre tu candidatura en Nodo",
        ("rejection", "Nodo Coworking", "Community & Front Office Manager", 18, "teamtailor", "es"),
        """Hola Álvaro,

Muchas gracias por tu tiempo y por la charla con Lucía. Nos ha costado mucho decidir, pero
hemos elegido a otra persona para Community & Front Office Manager, con más recorrido en
comunidades de startups.

Te deseamos lo mejor y ojalá nos crucemos pronto. Si alguna vez necesitas un puesto para
trabajar un día, invita la casa 😉

Team Nodo""",
        reply_to="Nodo Coworking <job-reply+0a7c99@nodo.teamtailor-mail.com>",
    ),
    # ============================================================ alerts, outreach, other job mail (es)
    m(
        "27500",
        "2025-09-02 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "12 nuevas ofertas de Revenue Manager en Madrid",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body style="font-family:Arial">
<p>Hola Álvaro, estas son las nuevas ofertas de tu alerta <b>"revenue manager - Madrid"</b>:</p>
<ul>
<li><a href="https://www.infojobs.net/madrid/revenue-manager/of-i11a">Revenue Manager</a> · Hotel Puerta del Ángel · Madrid</li>
<li><a href="https://www.infojobs.net/madrid/revenue-analyst/of-i22b">Revenue Analyst</a> · Cadena hotelera urbana · Madrid</li>
<li><a href="https://www.infojobs.net/madrid/pricing-manager/of-i33c">Pricing Manager</a> · Apartamentos turísticos · Madrid</li>
</ul><p><a href="https://www.infojobs.net/candidate/alerts">Ver las 12 ofertas</a> · <a href="https://www.infojobs.net/candidate/alerts/unsubscribe">Darse de baja de esta alerta</a></p>
</body></html>""",
    ),
    m(
        "27501",
        "2025-09-22 07:31",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas para ti: jefe de recepción",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body style="font-family:Arial">
<p>Tu alerta <b>"jefe de recepción"</b> tiene 7 ofertas nuevas:</p>
<ul><li>Jefe/a de Recepción · Hotel 5* Gran Lujo · Madrid</li><li>Jefe de Recepción · Resort familiar · Fuerteventura</li>
<li>Segundo/a Jefe/a de Recepción · Hotel boutique · Sevilla</li></ul>
<p><a href="https://www.infojobs.net/candidate/alerts">Ver todas</a></p></body></html>""",
    ),
    m(
        "27502",
        "2025-10-15 08:00",
        "Turijobs <alertas@turijobs.com>",
        "Ofertas que encajan contigo esta semana",
        ("alert", None, None, None, "other", "es"),
        """Hola Álvaro,

Estas ofertas publicadas en Turijobs encajan con tu perfil:

- Revenue Manager · Grupo hotelero vacacional · Palma de Mallorca
- Front Office Manager · Hotel 5* · Marbella
- Director/a de Alojamiento · Resort · Lanzarote
- Reservations Manager · Cadena urbana · Barcelona

Ver todas: https://www.turijobs.com/ofertas-trabajo?alerta=118273

Turijobs · Darse de baja: https://www.turijobs.com/baja-alertas""",
    ),
    m(
        "27503",
        "2025-11-02 09:10",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“revenue manager”: Grupo Lumen Hoteles y otras empresas están contratando",
        ("alert", None, None, None, "linkedin", "es"),
        html="""<html><body style="font-family:-apple-system,Arial">
<p>Tu alerta de empleo para <b>revenue manager</b> en <b>Madrid y alrededores</b></p>
<p><b>Revenue Manager</b><br>Grupo Lumen Hoteles · Madrid · Solicitud sencilla</p>
<p><b>Senior Revenue Analyst</b><br>Vistamar Apartments · Madrid (Híbrido)</p>
<p><b>Revenue &amp; Distribution Manager</b><br>Hotel Sabina Retiro · Madrid</p>
<p><a href="https://www.linkedin.com/comm/jobs/search?savedSearchId=1887362">Ver todos los empleos</a></p>
<p style="font-size:11px">Recibes alertas de empleo. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Cancelar suscripción</a></p>
</body></html>""",
    ),
    m(
        "27504",
        "2025-12-10 07:45",
        "Indeed <alert@indeed.com>",
        "Front Office Manager: 9 empleos nuevos en Barcelona",
        ("alert", None, None, None, "indeed", "es"),
        html="""<html><body style="font-family:'Noto Sans',Arial">
<p>Nuevos empleos para <b>Front Office Manager</b> en <b>Barcelona</b></p>
<p><b>Front Office Manager</b> – Hotel Diagonal Mar Plaza – Barcelona – 45.000 € al año – Solicitud fácil</p>
<p><b>Guest Experience Manager</b> – Casa Gràcia Suites – Barcelona</p>
<p><a href="https://es.indeed.com/jobs?q=front+office+manager&l=Barcelona">Ver todos</a></p>
</body></html>""",
    ),
    m(
        "27505",
        "2025-09-30 10:02",
        "Solstice Hotels Careers <careers@solsticehotels.com>",
        "Bienvenido a la comunidad de talento de Solstice Hotels",
        ("alert", "Solstice Hotels", None, None, "other", "es"),
        """Hola Álvaro,

¡Gracias por unirte a nuestra Comunidad de Talento! A partir de ahora recibirás las vacantes que
encajen con tus intereses (Revenue, Front Office · España y Portugal) y novedades sobre la vida en
Solstice Hotels.

Puedes actualizar tus preferencias en https://careers.solsticehotels.com/talent-community

Un saludo,
Solstice Hotels Talent Acquisition""",
    ),
    m(
        "27506",
        "2025-10-13 14:58",
        "Solstice Hotels <solstice@myworkday.com>",
        "Verifique su cuenta de candidato",
        ("other_job", "Solstice Hotels", None, None, "workday", "es"),
        """Hola,

Ha creado una cuenta en el sitio de empleo de Solstice Hotels. Para verificar su dirección de
correo electrónico, haga clic en el siguiente enlace en las próximas 24 horas:

https://solstice.wd3.myworkdayjobs.com/SolsticeCareers/verifyEmail?token=a1f8e0

Si no ha creado esta cuenta, ignore este mensaje.""",
    ),
    m(
        "27507",
        "2025-10-18 19:30",
        "Parque Ánfora Empleo <noreply@successfactors.eu>",
        "Finalice su solicitud: Coordinador/a de Reservas de Grupos",
        ("alert", "Parque Ánfora", "Coordinador/a de Reservas de Grupos", None, "other", "es"),
        """Estimado/a Álvaro Menéndez:

Hemos detectado que comenzó una solicitud para el puesto Coordinador/a de Reservas de Grupos
(Req. 10517) pero no la ha enviado. Su borrador se guardará durante 14 días.

Continúe su solicitud aquí:
https://career5.successfactors.eu/career?company=anforaparP&career_job_req_id=10517

Departamento de Selección · Parque Ánfora Resort""",
    ),
    m(
        "27508",
        "2025-11-20 12:00",
        "Turijobs <encuestas@turijobs.com>",
        "¿Qué tal tu experiencia con Hotel Las Letras? 2 minutos",
        ("other_job", "Hotel Las Letras", None, None, "other", "es"),
        """Hola Álvaro,

Hace unos días te inscribiste en una oferta. Queremos mejorar Turijobs: ¿nos cuentas en 2 minutos
cómo ha sido tu experiencia como candidato?

https://www.turijobs.com/encuesta/candidato?o=TJ-392217

¡Gracias!""",
    ),
    m(
        "27509",
        "2025-10-20 08:14",
        "Rocío Alarcón <ralarcon@talentohotelero.es>",
        "Respuesta automática: Re: Revenue Manager - hotel 4* urbano en Barcelona",
        ("other_job", None, None, None, "agency", "es"),
        """Gracias por tu mensaje. Estoy fuera de la oficina hasta el martes 21 de octubre con acceso
limitado al correo. Para asuntos urgentes puedes escribir a seleccion@talentohotelero.es.

Rocío Alarcón · Talento Hotelero Selección""",
    ),
    m(
        "27510",
        "2025-11-04 17:25",
        "Héctor Bastida via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidad: Director/a de Revenue - Ibiza (temporada 2026)",
        ("outreach", "Ses Roques Collection", "Director/a de Revenue", None, "linkedin", "es"),
        """Hola Álvaro,

Soy Héctor, headhunter independiente del sector. Estoy ayudando a Ses Roques Collection (tres
hoteles adults-only en Ibiza) a encontrar su Director/a de Revenue para la temporada 2026, con
posibilidad de continuidad anual.

He visto tu experiencia en vacacional y urbano y creo que podría encajarte. ¿Tienes 15 minutos
esta semana?

Saludos,
Héctor Bastida

Ver perfil de Héctor: https://www.linkedin.com/comm/in/hectorbastida-hospitality""",
    ),
    m(
        "27511",
        "2025-12-12 16:40",
        "Diego Paredes <diego.paredes@gmail.com>",
        "Fwd: Buscamos Revenue Manager - Grupo Olea Hoteles",
        ("alert", "Grupo Olea Hoteles", "Revenue Manager", None, "other", "es"),
        """Álvaro, me lo ha pasado mi cuñada que trabaja en Olea, pensé en ti. Un abrazo!

---------- Forwarded message ---------
De: Comunicación Interna Olea <comunicacion@oleahoteles.com>
Date: jue, 11 dic 2025 a las 13:02
Subject: Buscamos Revenue Manager - Grupo Olea Hoteles
To: <plantilla@oleahoteles.com>

Hola a todos,

Abrimos proceso para incorporar un/a Revenue Manager en la central de Madrid. Si conocéis a alguien
con experiencia en hoteles urbanos, podéis enviar su CV a seleccion@oleahoteles.com antes del 9 de
enero. ¡El programa de referidos tiene premio!

Comunicación Interna · Grupo Olea Hoteles""",
    ),
    m(
        "27512",
        "2026-01-20 08:30",
        "Hosteltur Empleo <empleo@hosteltur.com>",
        "Boletín de empleo: 48 ofertas nuevas en hoteles",
        ("alert", None, None, None, "other", "es"),
        """Boletín semanal de Hosteltur Empleo

Destacadas:
· Revenue Manager – Cadena vacacional – Canarias
· Director/a de Hotel – Urbano 4* – Valencia
· Front Office Manager – Resort 5* – Marbella
· Responsable de Reservas – Grupo de restauración – Madrid

Ver todas las ofertas: https://empleo.hosteltur.com/ofertas

Has recibido este boletín porque estás registrado en Hosteltur Empleo.""",
    ),
    m(
        "27513",
        "2026-02-03 07:32",
        "InfoJobs <alertas@infojobs.net>",
        "Hay 5 nuevas ofertas de revenue manager",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body style="font-family:Arial"><p>Hola Álvaro,</p>
<p>Todavía tienes activa la alerta <b>"revenue manager - Madrid"</b>. Si ya has encontrado trabajo, puedes desactivarla.</p>
<ul><li>Revenue Manager · Hotel Serrano Palace · Madrid</li><li>Revenue &amp; Pricing Analyst · Aparthotel chain · Madrid</li></ul>
<p><a href="https://www.infojobs.net/candidate/alerts">Gestionar alertas</a></p></body></html>""",
    ),
]

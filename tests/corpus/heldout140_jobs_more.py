# ruff: noqa: E501, RUF100
"""Corpus 140, job mail part two (data only): see heldout140.py."""

from __future__ import annotations

from heldout140_jobs import (
    BA,
    BA2,
    CL,
    CLR,
    CN,
    CNR,
    COMPUTRABAJO,
    FN,
    FNR,
    GETONBRD,
    KO,
    KOR,
    LABORUM,
    LI_FOOTER,
    LI_JOBS,
    LU,
    LUR,
    ML,
    MLR,
    MO,
    MOR,
    NV,
    NVR,
    OB,
    OBR,
    SA,
    SAR,
    TL,
    TLR,
    TRABAJANDO,
    TZ,
    TZR,
    VA,
    VAR,
    VI,
    VIR,
    A,
    J,
    computrabajo_text,
    ics,
    laborum_html,
    m,
    mu,
    thread,
)

BUMERAN = "Bumeran <noreply@bumeran.com.ar>"
LUMBRE_WK = "Lumbre <noreply@candidates.workablemail.com>"
MONEDI_VO = "Valentina Ossandón <valentina@monedi.example>"
QUILLAY = "Rodrigo Valdebenito <rvaldebenito@quillaytalent.example>"
AUSTRAL_FL = "Francisca Lagos Mena <francisca.lagos@grupoaustral.example>"
TIZA = "Ignacio Pérez Ossa <nacho.perez.ossa@gmail.com>"


def gob_html(title: str, lead: str, job: str, company: str, extra: str) -> str:
    """Get on Board's notification template."""
    return f"""\
<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
<body style="background:#f4f4f7;font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#27272a">
<div style="max-width:560px;margin:0 auto;padding:24px">
<a href="https://www.getonbrd.com/?utm_source=email"><img src="https://www.getonbrd.com/assets/mailer/logo-gob.png" alt="Get on Board" width="140"></a>
<div style="background:#fff;border-radius:10px;padding:24px;margin-top:16px">
<h2 style="margin-top:0">{title}</h2>
<p>Hola Josefina,</p>
<p>{lead}</p>
<div style="border-left:4px solid #5d26c1;padding:8px 14px;background:#f7f3ff">
<strong>{job}</strong><br><span style="color:#71717a">{company}</span></div>
{extra}
<p><a href="https://www.getonbrd.com/webpros/applications?utm_source=email&amp;utm_medium=transactional" style="color:#5d26c1">Ver mis postulaciones →</a></p>
</div>
<p style="font-size:11px;color:#a1a1aa;text-align:center">Get on Board · Empleos en tecnología para Latinoamérica<br>
Recibes este email porque tienes una cuenta en Get on Board. <a href="https://www.getonbrd.com/webpros/notifications">Configura tus notificaciones</a></p>
</div></body></html>"""


def bumeran_html(title: str, body: str) -> str:
    """Bumeran Argentina's template (voseo)."""
    return f"""\
<html><body style="font-family:Arial,sans-serif;background:#efefef">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:16px;background:#1e1e5a">
<img src="https://imgbum.bumeran.com.ar/mail/bumeran-logo-blanco.png" alt="bumeran" height="30"></td></tr>
<tr><td style="padding:24px"><h2>{title}</h2>{body}
<p style="font-size:12px;color:#777">Acordate: en Bumeran nunca te vamos a pedir dinero para postularte.</p></td></tr>
<tr><td style="font-size:11px;color:#999;padding:12px">Bumeran Argentina · <a href="https://www.bumeran.com.ar/postulantes/notificaciones">Dejá de recibir estos emails</a></td></tr>
</table></body></html>"""


MAIL = [
    # --- 9. Kolibri, Marketing Analyst, LATAM: Ashby (late rejection) ---
    mu(
        "jb01",
        "2025-10-02 19:22",
        "Kolibri <no-reply@ashbyhq.com>",
        "Thanks for applying to Kolibri!",
        A("confirmation", KO, KOR, 9, "ashby", "en"),
        html="""\
<div style="font-family:system-ui,sans-serif;max-width:540px;color:#0f172a">
<p>Hi Josefina,</p>
<p>Thanks for applying for the <b>Marketing Analyst, LATAM</b> role at Kolibri! 🐦</p>
<p>We're a small team, so a real human reads every application. We aim to get back to everyone
within two weeks, whatever the outcome.</p>
<p>While you wait, here's a peek at <a href="https://kolibri.example/culture?utm_source=ashby">how we work</a>
(remote-first, with a hub in Berlin-Kreuzberg).</p>
<p>Talk soon,<br>The Kolibri Team</p>
<hr style="border:none;border-top:1px solid #e2e8f0">
<p style="font-size:12px;color:#64748b">Kolibri Labs GmbH · Oranienstraße 183, 10999 Berlin ·
<a href="https://jobs.ashbyhq.com/kolibri-labs/privacy">Candidate privacy notice</a></p>
</div>""",
    ),
    mu(
        "jb02",
        "2026-01-15 10:05",
        "Kolibri <no-reply@ashbyhq.com>",
        "Your application to Kolibri",
        A("rejection", KO, KOR, 9, "ashby", "en"),
        text="""\
Hi Josefina,

First of all: sorry. We promised you an answer within two weeks and it took us more than three
months. We paused most hiring in Q4 while we closed our Series A, and your application sat in
limbo longer than it should have.

We have now filled the Marketing Analyst, LATAM position internally, so we won't be moving
forward with your application. Your profile was genuinely strong, and if we open another
analytics role for the region we'd be happy to hear from you again.

All the best,
Lena Hartmann
People & Talent, Kolibri""",
    ),
    # --- 10. Lumbre, Growth Analyst Sr.: Workable ---
    m(
        "jb03",
        "2025-10-06 12:40",
        LUMBRE_WK,
        "Gracias por postular a Lumbre",
        A("confirmation", LU, LUR, 10, "workable"),
        text="""\
Hola Josefina,

¡Gracias por tu interés en Lumbre! Recibimos tu postulación para Growth Analyst Sr. (Santiago,
Chile - Remoto).

Nuestro equipo de Talent revisará tu perfil en los próximos días. Si avanzas a la siguiente etapa,
te escribiremos a este mismo correo.

Mientras tanto, puedes conocer más de nosotros en https://apply.workable.com/lumbre-tech/

Saludos,
Equipo de Talent
Lumbre Technologies Inc.

--
Este correo fue enviado a través de Workable en nombre de Lumbre.
Política de privacidad para candidatos: https://apply.workable.com/lumbre-tech/#privacy""",
    ),
    m(
        "jb04",
        "2025-10-07 09:20",
        LUMBRE_WK,
        "Siguiente paso: cuestionario para Growth Analyst Sr.",
        A("assessment", LU, LUR, 10, "workable"),
        html="""\
<div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;max-width:560px">
<p>Hola Josefina,</p>
<p>Gracias por postular a <b>Growth Analyst Sr.</b> en Lumbre. Para continuar, te pedimos completar un
breve cuestionario con dos preguntas de SQL y un mini caso de priorización de experimentos.</p>
<p>Tiempo estimado: 25 minutos. Plazo: 5 días.</p>
<p><a href="https://apply.workable.com/lumbre-tech/j/4C1D2E9A7B/assessment?token=wk_8Hn2Lp" style="background:#00756a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Responder cuestionario</a></p>
<p>¡Éxito!<br>Andrés Felipe Gómez<br>Talent Acquisition Partner · Lumbre</p>
<p style="font-size:11px;color:#888">Enviado a través de Workable</p>
</div>""",
    ),
    m(
        "jb05",
        "2025-10-20 11:48",
        LUMBRE_WK,
        "Entrevista confirmada con Lumbre",
        A("interview", LU, LUR, 10, "workable"),
        text="""\
Hola Josefina,

Tu entrevista para el cargo Growth Analyst Sr. está confirmada:

  Jueves 23 de octubre de 2025
  16:00 - 16:45 (hora de Santiago) / 14:00 - 14:45 (hora de Bogotá)
  Google Meet: https://meet.google.com/xqe-rtvb-kpm
  Con: Andrés Felipe Gómez (Talent) y Luisa Cárdenas (Growth Lead LATAM)

Te adjuntamos la invitación para tu calendario.

Saludos,
Equipo de Talent - Lumbre

Enviado a través de Workable""",
        ics=ics(
            "workable-evt-77412c9e@lumbre.example",
            "2025-10-23 16:00",
            "Entrevista: Josefina Aravena Urrutia - Growth Analyst Sr. (Lumbre)",
            ("Andrés Felipe Gómez", "andres.gomez@lumbre.example"),
            minutes=45,
            attendees=[("Luisa Cárdenas", "luisa.cardenas@lumbre.example")],
            location="https://meet.google.com/xqe-rtvb-kpm",
        ),
    ),
    m(
        "jb06",
        "2025-11-12 17:03",
        LUMBRE_WK,
        "Actualización sobre tu postulación en Lumbre",
        A("rejection", LU, LUR, 10, "workable"),
        text="""\
Hola Josefina,

Gracias por el tiempo que dedicaste a nuestro proceso para Growth Analyst Sr. y por la
conversación con Luisa.

Luego de evaluar a todos los candidatos, decidimos seguir adelante con otros perfiles que tienen
más experiencia en marketplaces de logística. Esta decisión no fue fácil.

Nos encantaría mantenerte en nuestra comunidad de talento para futuras posiciones.

Un abrazo,
Equipo de Talent - Lumbre""",
    ),
    # --- 11. Nordvik, Performance Marketing Analyst: Lever (tenant nvk-technologies) ---
    mu(
        "jb07",
        "2025-10-14 12:40",
        "Nordvik <no-reply@hire.lever.co>",
        "Thank you for your application to Nordvik",
        A("confirmation", NV, NVR, 11, "lever", "en"),
        text="""\
Hi Josefina,

Thank you for applying to the Performance Marketing Analyst position at Nordvik. We have received
your application and will review it as soon as possible.

You can view the job posting here:
https://jobs.lever.co/nvk-technologies/3b7e1c52-90aa-4f1e-b0f2-6d1e77c0a9d4

Kind regards,
Nordvik Talent Team

NVK Technologies B.V. · Keizersgracht 520 · 1017 EK Amsterdam""",
    ),
    mu(
        "jb08",
        "2025-10-21 09:15",
        "Femke de Vries <no-reply@hire.lever.co>",
        "Nordvik - intro call",
        A("interview", NV, NVR, 11, "lever", "en"),
        reply_to="femke.devries@nordvik.example",
        text="""\
Hi Josefina,

Thanks for your application for Performance Marketing Analyst - we'd love to get to know you
better! I've booked a 30-minute intro call for Monday, October 27 at 15:00 CET (11:00 in
Santiago, if I've got the time difference right). The invite is attached.

In the call I'll tell you more about Nordvik and the team, and I'd like to hear about your
experience with paid social and attribution.

If the time doesn't work, just reply and we'll find another slot.

Best,
Femke

Femke de Vries | Talent Partner | Nordvik""",
        ics=ics(
            "lever-interview-d91f0a4c@nordvik.example",
            "2025-10-27 11:00",
            "Intro call Nordvik <> Josefina Aravena Urrutia",
            ("Femke de Vries", "femke.devries@nordvik.example"),
            minutes=30,
            location="https://meet.google.com/nvk-intro-jar",
        ),
    ),
    mu(
        "jb09",
        "2025-11-04 14:10",
        "Femke de Vries <no-reply@hire.lever.co>",
        "Nordvik - Performance Marketing Analyst",
        A("rejection", NV, NVR, 11, "lever", "en"),
        reply_to="femke.devries@nordvik.example",
        text="""\
Hi Josefina,

Thanks again for the call last week, it was really nice talking to you.

I've discussed your profile with the hiring manager. In the end we've decided to focus on
candidates who can overlap fully with our Amsterdam working hours, so unfortunately we won't be
taking your application further.

I'm sorry to bring this news, and I wish you lots of success with your search.

Best,
Femke""",
    ),
    # --- 12. Seguros Altamar via Quillay Talent Partners (client named late, then en pausa) ---
    m(
        "jb10",
        "2025-10-09 11:30",
        QUILLAY,
        "Oportunidad: Jefe/a de Marketing Digital – aseguradora",
        J("outreach", "agency", None, SAR),
        **{"with": 12},
        text="""\
Hola Josefina, ¿cómo estás?

Soy Rodrigo Valdebenito, consultor senior en Quillay Talent Partners, consultora de búsqueda y
selección de ejecutivos. Estamos apoyando a una aseguradora de primer nivel en la búsqueda de un/a
Jefe/a de Marketing Digital, que lideraría un equipo de 3 personas (performance, CRM y contenido).

Vi tu perfil en LinkedIn y tu experiencia en analítica y medios pagados en e-commerce calza muy
bien con lo que el cliente busca. Renta referencial entre $3.200.000 y $3.600.000 brutos, modalidad
híbrida.

¿Tendrías 20 minutos esta semana para conversar? Por confidencialidad, te podré contar el nombre
del cliente una vez que firmes un breve acuerdo de confidencialidad.

Saludos,

Rodrigo Valdebenito
Senior Consultant
Quillay Talent Partners
+56 9 8123 4411 | quillaytalent.example""",
    ),
    m(
        "jb11",
        "2025-10-16 18:02",
        QUILLAY,
        "RE: Oportunidad: Jefe/a de Marketing Digital – aseguradora",
        A("confirmation", SA, SAR, 12, "agency"),
        headers=thread(
            "<jb10.20251009.54@quillaytalent.example>",
            "<CAK9v+3pR8wq2Tz_altamar1@mail.gmail.com>",
        ),
        text="""\
Hola Josefina,

Muchas gracias por la conversación de ayer y por enviarme el acuerdo firmado.

Como te comenté, ahora te puedo contar que el cliente es Seguros Altamar. Ya presenté tu
candidatura junto con mi informe al Gerente de Marketing, Cristián Echeverría; ellos revisan la
terna durante la próxima semana y te aviso apenas tenga novedades.

Saludos,
Rodrigo

Rodrigo Valdebenito
Senior Consultant | Quillay Talent Partners

-----Mensaje original-----
De: Josefina Aravena Urrutia <josefina.aravenau@gmail.com>
Enviado el: martes, 14 de octubre de 2025 21:03
Para: Rodrigo Valdebenito <rvaldebenito@quillaytalent.example>
Asunto: Re: Oportunidad: Jefe/a de Marketing Digital – aseguradora

Hola Rodrigo, gracias por escribir. Me interesa conversar; ¿te acomoda mañana a las 13:00?
Te adjunto el acuerdo firmado.
Saludos, Josefina""",
    ),
    m(
        "jb12",
        "2025-10-28 12:20",
        QUILLAY,
        "Entrevista Seguros Altamar – jueves 30/10",
        A("interview", SA, SAR, 12, "agency"),
        text="""\
Hola Josefina,

¡Buenas noticias! Cristián Echeverría quiere conocerte. La entrevista quedó para el jueves 30 de
octubre a las 17:00, en las oficinas de Seguros Altamar (Av. Isidora Goyenechea 3000, piso 15, Las
Condes). Pregunta por Cristián en recepción.

Te envío la invitación. Cualquier cosa, llámame al celular.

Rodrigo""",
        ics=ics(
            "7d3s9qk1m0c4b8nq2o5h1e6f3a@google.com",
            "2025-10-30 17:00",
            "Entrevista Seguros Altamar - Josefina Aravena",
            ("Rodrigo Valdebenito", "rvaldebenito@quillaytalent.example"),
            attendees=[("Cristián Echeverría", "cecheverria@segurosaltamar.example")],
            location="Av. Isidora Goyenechea 3000, piso 15, Las Condes",
        ),
    ),
    m(
        "jb13",
        "2025-11-26 17:55",
        QUILLAY,
        "Novedades proceso Altamar",
        A("confirmation", SA, SAR, 12, "agency"),
        st="on_hold",
        text="""\
Hola Jose,

Te escribo para contarte en qué está el proceso. El cliente decidió ponerlo en pausa: en el marco
de la planificación presupuestaria 2026 congelaron la posición de Jefe/a de Marketing Digital
hasta, al menos, marzo.

Cristián me comentó que quedó muy bien impresionado contigo y que tu candidatura sigue siendo de
las favoritas. Apenas se reactive, te aviso.

Perdón por la noticia, sé que no es lo que esperábamos. Cualquier cosa estoy atento.

Abrazo,
Rodrigo""",
    ),
    # --- 13. Monedi, Growth Analyst: Get on Board, TestGorilla, case, interviews, offer ---
    m(
        "jb14",
        "2025-10-20 21:14",
        GETONBRD,
        "Postulaste a Growth Analyst en Monedi 🚀",
        A("confirmation", MO, MOR, 13, "other"),
        html=gob_html(
            "¡Postulación enviada!",
            "Tu postulación fue enviada. Monedi recibirá tu perfil de Get on Board, tu CV y tus respuestas a las preguntas del aviso.",
            "Growth Analyst",
            "Monedi · Santiago (híbrido) · $2.300.000 - $2.800.000 CLP brutos/mes",
            "<p>Te avisaremos por email cuando la empresa revise tu postulación.</p>",
        ),
    ),
    m(
        "jb15",
        "2025-10-22 10:30",
        GETONBRD,
        "Monedi revisó tu postulación a Growth Analyst",
        A("viewed", MO, MOR, 13, "other"),
        html=gob_html(
            "Tu postulación fue revisada 👀",
            "Monedi revisó tu postulación. Si avanzas en el proceso, la empresa te contactará directamente.",
            "Growth Analyst",
            "Monedi · Santiago (híbrido)",
            "<p>Mientras tanto, asegúrate de que tu perfil esté completo.</p>",
        ),
    ),
    m(
        "jb16",
        "2025-10-27 12:00",
        "Monedi <no-reply@testgorilla.com>",
        "Invitación a la evaluación de Monedi",
        A("assessment", MO, MOR, 13, "other"),
        html="""\
<div style="font-family:Arial,sans-serif;max-width:560px;color:#1d1d1b">
<p>Hola Josefina,</p>
<p><b>Monedi</b> te invitó a completar una evaluación para el cargo <b>Growth Analyst</b>.</p>
<p>La evaluación incluye 4 pruebas:</p>
<ol><li>Análisis de datos</li><li>Google Analytics 4</li><li>Pensamiento crítico</li><li>Personalidad (Big 5 / OCEAN)</li></ol>
<p>Tiempo estimado: 55 minutos. Puedes hacerla cuando quieras antes del <b>3 de noviembre de 2025</b>,
pero una vez que empieces debes terminarla de una vez.</p>
<p><a href="https://app.testgorilla.com/s/7m2vhk1q?lang=es" style="background:#46a997;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">Comenzar evaluación</a></p>
<p>¡Mucho éxito!</p>
<p style="font-size:11px;color:#888">Este email fue enviado por TestGorilla en nombre de Monedi. TestGorilla B.V., Amsterdam.</p>
</div>""",
    ),
    m(
        "jb17",
        "2025-11-03 16:40",
        MONEDI_VO,
        "Caso práctico Growth Analyst 📊",
        A("assessment", MO, MOR, 13, "direct"),
        text="""\
¡Hola Josefina!

Te cuento que te fue muy bien en las pruebas de TestGorilla, así que pasamos a la etapa del caso.

Te adjunto un CSV con cohortes semanales de usuarios de la app (registro, KYC aprobado y primer
depósito). Queremos que nos propongas cómo mejorarías la activación (primer depósito) en los
primeros 7 días: qué mirarías, qué hipótesis priorizarías y cómo medirías el impacto.

Formato libre, máximo 5 slides. Plazo: lunes 10 de noviembre. Después lo presentas en la
entrevista con el equipo.

Si tienes dudas, escríbeme nomás.

Vale

--
Valentina Ossandón
People & Talent · Monedi
monedi.example""",
        attach=[
            (
                "caso_growth_monedi.csv",
                "text/csv",
                "cohort_week,signups,kyc_ok,first_deposit_d7\n2025-W30,1843,1201,644\n2025-W31,1790,1174,602\n2025-W32,2011,1288,655\n2025-W33,2204,1402,681\n",
            )
        ],
    ),
    m(
        "jb18",
        "2025-11-11 11:05",
        MONEDI_VO,
        "Entrevista con el equipo de Growth – Monedi",
        A("interview", MO, MOR, 13, "direct"),
        text="""\
Hola Jose!

Recibimos tu caso, ¡gracias! Matías (Head of Growth) quedó muy entusiasmado.

Agendé la entrevista con el equipo para el jueves 13 a las 15:00 por Meet (te llega la
invitación). La idea es que presentes el caso unos 15 minutos y luego conversemos.

Saludos,
Vale""",
        ics=ics(
            "4q8m2n6c1k9f0b3s7v5d8t2h1p@google.com",
            "2025-11-13 15:00",
            "Monedi | Entrevista Growth Analyst – Josefina Aravena",
            ("Valentina Ossandón", "valentina@monedi.example"),
            attendees=[("Matías Henríquez", "matias@monedi.example")],
            location="https://meet.google.com/mnd-gwth-ana",
            description="Presentación del caso (15 min) + conversación con el equipo de Growth.",
        ),
    ),
    m(
        "jb19",
        "2025-11-24 19:20",
        MONEDI_VO,
        "Última etapa 🙌",
        A("interview", MO, MOR, 13, "direct"),
        text="""\
Hola Jose,

Te escribo con buenas noticias: pasaste a la última etapa. Es una conversación de 30 minutos con
Tomás Larraín, nuestro CEO, el jueves 27 a las 18:00 por Meet (va la invitación).

En paralelo, ¿me podrías mandar el contacto de dos referencias laborales (nombre, cargo,
teléfono)? Idealmente una jefatura directa.

¡Vamos que se puede!
Vale""",
        ics=ics(
            "9c2k5m1x7q3n8b0v4d6f2h1s9t@google.com",
            "2025-11-27 18:00",
            "Monedi | Conversación con Tomás (CEO) – Josefina Aravena",
            ("Valentina Ossandón", "valentina@monedi.example"),
            minutes=30,
            attendees=[("Tomás Larraín", "tomas@monedi.example")],
            location="https://meet.google.com/mnd-ceo-jar",
        ),
    ),
    m(
        "jb20",
        "2025-12-17 13:10",
        MONEDI_VO,
        "Carta oferta – Growth Analyst – Monedi",
        A("offer", MO, MOR, 13, "direct"),
        text="""\
Hola Josefina,

¡Qué alegría escribirte este correo! 🎉 Queremos que seas parte de Monedi como Growth Analyst.

Te adjunto la carta oferta. Lo principal:

  • Renta bruta mensual: $2.650.000
  • Bono anual por cumplimiento de objetivos (hasta 1 sueldo)
  • Plan de stock options (vesting 4 años, cliff de 1)
  • Modalidad híbrida: 2 días en la oficina de Providencia
  • Seguro complementario de salud, dental y de vida
  • Semana Monedi: 5 días libres adicionales al año
  • Fecha de ingreso propuesta: lunes 2 de febrero de 2026

Nos encantaría tener tu respuesta antes del martes 23 de diciembre. Si quieres conversar
cualquier punto, feliz de agendar una llamada.

Un abrazo,
Vale

--
Valentina Ossandón
People & Talent · Monedi SpA""",
        attach=[
            (
                "Carta_Oferta_Monedi_JAravena.pdf",
                "application/pdf",
                "%PDF-1.5\n% Monedi SpA - Carta oferta Growth Analyst\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
            )
        ],
    ),
    m(
        "jb21",
        "2025-12-23 10:48",
        MONEDI_VO,
        "Re: Carta oferta – Growth Analyst – Monedi",
        A("offer", MO, MOR, 13, "direct"),
        headers=thread(
            "<jb20.20251217.38@monedi.example>",
            "<CAK9v+3qT1u7Lm4p_counterMO@mail.gmail.com>",
        ),
        text="""\
Hola Jose,

Gracias por tu respuesta y por lo clara que fuiste. Lo conversamos con Tomás y Matías, y esto es
lo que podemos hacer:

  • Renta bruta mensual: $2.850.000 (no llegamos a los 2.9, pero nos acercamos harto)
  • 3 días remotos a la semana (2 en oficina), como pediste
  • El bono y las stock options se mantienen igual

Te adjunto la carta oferta actualizada (v2). Tómate los días que necesites después de Navidad;
¿te parece si lo conversamos el lunes 5?

Abrazo,
Vale

El vie, 19 dic 2025 a las 9:02, Josefina Aravena Urrutia (<josefina.aravenau@gmail.com>) escribió:
> Hola Valentina,
>
> Muchas gracias por la carta oferta, estoy muy contenta con el proceso y con el equipo.
>
> Antes de responder, quería plantearles dos puntos: ¿sería posible llegar a $2.900.000 brutos,
> considerando que hoy estoy en $2.600.000 más bonos trimestrales? Y, si se puede, trabajar
> 3 días remotos en vez de 2.
>
> Quedo atenta, y muchas gracias de nuevo.
> Josefina""",
        attach=[
            (
                "Carta_Oferta_Monedi_JAravena_v2.pdf",
                "application/pdf",
                "%PDF-1.5\n% Monedi SpA - Carta oferta Growth Analyst v2\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
            )
        ],
    ),
    m(
        "jb22",
        "2026-01-06 15:02",
        MONEDI_VO,
        "Re: Carta oferta – Growth Analyst – Monedi",
        A("offer", MO, MOR, 13, "direct"),
        st="accepted",
        headers=thread(
            "<jb20.20251217.38@monedi.example>",
            "<CAK9v+3qT1u7Lm4p_counterMO@mail.gmail.com>",
            "<jb21.20251223.42@monedi.example>",
            "<CAK9v+3rA0k2Zp9w_acceptMO@mail.gmail.com>",
        ),
        text="""\
¡¡Qué buena noticia, Jose!! 🎉🎉

Bienvenida oficialmente a Monedi. Todo el equipo está feliz.

Próximos pasos: esta semana te llega el contrato por DocuSign para firma electrónica, y a
fines de enero te escribe el equipo de Personas con todo lo de tu primer día (2 de febrero).

Un abrazo grande,
Vale

El mar, 6 ene 2026 a las 11:37, Josefina Aravena Urrutia (<josefina.aravenau@gmail.com>) escribió:
> Hola Vale,
>
> Feliz año! Lo pensé bien durante las fiestas y les confirmo que acepto la oferta con las
> condiciones de la carta v2. Muchas gracias por la flexibilidad.
>
> Un abrazo,
> Jose""",
    ),
    m(
        "jb23",
        "2026-01-08 12:30",
        "Valentina Ossandón via DocuSign <dse_NA3@docusign.net>",
        "Completar con DocuSign: Contrato_Trabajo_JAravena_Monedi.pdf",
        A("offer", MO, MOR, 13, "docusign"),
        st="accepted",
        reply_to="valentina@monedi.example",
        html="""\
<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" alt="DocuSign" width="116">
<div style="background:#1e4ca1;color:#fff;padding:24px;margin:16px 0;text-align:center">
<p style="font-size:18px">Valentina Ossandón le envió un documento para revisar y firmar.</p>
<a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=5e1a7c3d-88b2-4a70-9f21-c0f4e1d2a8b3&amp;etti=24&amp;acct=aa1f0e22" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a></div>
<p><b>Valentina Ossandón</b><br>valentina@monedi.example</p>
<p>Hola Josefina, te envío tu contrato de trabajo para firma. Cualquier duda me avisas. ¡Bienvenida! Vale</p>
<p style="font-size:11px;color:#666"><b>No comparta este email</b><br>Este email contiene un enlace seguro a DocuSign. No comparta este email, enlace o código de acceso con otras personas.</p>
<p style="font-size:11px;color:#666"><b>Acerca de DocuSign</b><br>Firme documentos electrónicamente en pocos minutos. Es seguro. Ya sea que se encuentre en la oficina, en su hogar o en tránsito, DocuSign proporciona una solución profesional de confianza para la gestión de transacciones digitales.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "jb24",
        "2026-01-08 21:15",
        "DocuSign <dse_NA3@docusign.net>",
        "Completado: Completar con DocuSign: Contrato_Trabajo_JAravena_Monedi.pdf",
        A("offer", MO, MOR, 13, "docusign"),
        st="accepted",
        html="""\
<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" alt="DocuSign" width="116">
<div style="background:#1e4ca1;color:#fff;padding:24px;margin:16px 0;text-align:center">
<p style="font-size:18px">Su documento se ha completado</p>
<a href="https://na3.docusign.net/Member/EmailStart.aspx?a=0c2d9e71-4b5a-4f33-a7e8-91d2c3b4e5f6&amp;acct=aa1f0e22" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">VER DOCUMENTO COMPLETADO</a></div>
<p>Todas las partes han completado Completar con DocuSign: Contrato_Trabajo_JAravena_Monedi.pdf.</p>
<p style="font-size:11px;color:#666">Firmantes: Josefina Aravena Urrutia; Tomás Larraín (Monedi SpA)</p>
<p style="font-size:11px;color:#666"><b>No comparta este email</b><br>Este email contiene un enlace seguro a DocuSign.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "jb25",
        "2026-01-26 10:00",
        "Personas Monedi <personas@monedi.example>",
        "Tu primer día en Monedi – lunes 2 de febrero",
        J("other_job", "direct", MO, MOR),
        text="""\
Hola Josefina,

¡Ya queda poco! Te esperamos el lunes 2 de febrero a las 9:30 en nuestra oficina de
Av. Providencia 1208, piso 7 (metro Manuel Montt). Pregunta por Vale en recepción.

Para tu ingreso necesitamos que nos envíes antes del jueves 29:
  - Copia de tu cédula de identidad (por ambos lados)
  - Certificado de afiliación a tu AFP
  - Certificado de tu Isapre o Fonasa
  - Certificado de título
  - Datos de tu cuenta bancaria para el depósito de remuneraciones

Tu primera semana tendrás onboarding con cada área, almuerzo de bienvenida y te entregaremos tu
notebook. ¡No traigas almuerzo el lunes!

Nos vemos pronto,
Equipo de Personas · Monedi""",
    ),
    # --- 14. Vidriera, Analista de Growth (remoto LATAM): Bumeran Argentina ---
    m(
        "jb26",
        "2025-10-23 20:18",
        BUMERAN,
        "¡Listo! Te postulaste a Analista de Growth (remoto LATAM)",
        A("confirmation", VI, VIR, 14, "other"),
        html=bumeran_html(
            "¡Tu postulación fue enviada!",
            "<p>Hola Josefina, ya le enviamos tu CV a <b>Vidriera</b> para el aviso <b>Analista de Growth (remoto LATAM)</b>.</p>"
            "<p>Podés seguir el estado de tu postulación desde <a href='https://www.bumeran.com.ar/postulantes/postulaciones'>Mis postulaciones</a>. "
            "Te recomendamos completar tu perfil al 100% para destacarte.</p>",
        ),
    ),
    m(
        "jb27",
        "2025-10-29 13:44",
        BUMERAN,
        "¡Leyeron tu CV!",
        A("viewed", VI, VIR, 14, "other"),
        html=bumeran_html(
            "Vidriera leyó tu CV",
            "<p>Hola Josefina, ¡buenas noticias! La empresa leyó tu CV para el aviso <b>Analista de Growth (remoto LATAM)</b>.</p>"
            "<p>Mientras tanto, seguí postulándote a otros avisos que te interesen.</p>",
        ),
    ),
    # --- 15. Fieldnote, Marketing Data Analyst: LinkedIn, then a direct no ---
    mu(
        "jb28",
        "2025-10-28 01:12",
        LI_JOBS,
        "Josefina, tu solicitud se ha enviado a Fieldnote",
        A("confirmation", FN, FNR, 15, "linkedin"),
        text=f"""\
Tu solicitud se ha enviado a Fieldnote

Marketing Data Analyst
Fieldnote · América Latina (En remoto)
Solicitud enviada el 27 de oct. de 2025

Ver empleo: https://www.linkedin.com/comm/jobs/view/4312098816/?trackingId=Q2x9aF%2BpT0iYw1C%2Fk7nR5A%3D%3D

{LI_FOOTER}""",
    ),
    mu(
        "jb29",
        "2025-10-30 16:40",
        LI_JOBS,
        "Fieldnote ha visto tu solicitud",
        A("viewed", FN, FNR, 15, "linkedin"),
        text=f"""\
Tu solicitud se ha visto

Fieldnote ha visto tu solicitud para Marketing Data Analyst.

Marketing Data Analyst
Fieldnote · América Latina (En remoto)

Ver solicitud: https://www.linkedin.com/comm/jobs/view/4312098816/?trackingId=p8Qm1cV3Sg2%2F0aB7kLwE%3D%3D

¿Has pensado en enviar un mensaje al anunciante del empleo? Las personas que lo hacen tienen más
probabilidades de recibir respuesta.

{LI_FOOTER}""",
    ),
    m(
        "jb30",
        "2025-11-20 18:26",
        "Fieldnote Talent <talent@fieldnote.example>",
        "Marketing Data Analyst at Fieldnote",
        A("rejection", FN, FNR, 15, "direct", "en"),
        text="""\
Hi Josefina,

Thanks for applying to Fieldnote through LinkedIn. We received more than 900 applications for
the Marketing Data Analyst role, and we've reviewed yours carefully.

Unfortunately, we won't be moving forward with your application at this time.

We appreciate your interest in Fieldnote and wish you the best.

Fieldnote Talent Team""",
    ),
    # --- 16. Banco Austral, Especialista CRM y Fidelización: LinkedIn, Teams, reprogramada ---
    mu(
        "jb31",
        "2025-11-03 23:50",
        LI_JOBS,
        "Josefina, tu solicitud se ha enviado a Banco Austral",
        A("confirmation", BA, BA2, 16, "linkedin"),
        text=f"""\
Tu solicitud se ha enviado a Banco Austral

Especialista CRM y Fidelización
Banco Austral · Las Condes, Región Metropolitana de Santiago, Chile (Híbrido)
Solicitud enviada el 3 de nov. de 2025

Ver empleo: https://www.linkedin.com/comm/jobs/view/4318774201/?trackingId=aW5lZ0%2BzQ1m%2F9pR2vL8xY%3D%3D

Empleos similares
Analista CRM · Movilink Chile · Santiago
Especialista de Fidelización · Farmacias del Valle · Santiago

{LI_FOOTER}""",
    ),
    mu(
        "jb32",
        "2025-11-05 14:03",
        LI_JOBS,
        "Banco Austral ha visto tu solicitud",
        A("viewed", BA, BA2, 16, "linkedin"),
        text=f"""\
Tu solicitud se ha visto

Banco Austral ha visto tu solicitud para Especialista CRM y Fidelización.

Ver solicitud: https://www.linkedin.com/comm/jobs/view/4318774201/?trackingId=Vb6%2FqW1eR3kT0xZ8mN4p%3D%3D

{LI_FOOTER}""",
    ),
    m(
        "jb33",
        "2025-11-12 10:25",
        AUSTRAL_FL,
        "Entrevista Especialista CRM y Fidelización – Banco Austral",
        A("interview", BA, BA2, 16, "direct"),
        text="""\
Estimada Josefina:

Junto con saludar, te contacto por tu postulación vía LinkedIn al cargo de Especialista CRM y
Fidelización de Banco Austral. Vi que en septiembre participaste en otro proceso con nosotros,
así que ya conoces un poco cómo trabajamos.

Nos gustaría invitarte a una entrevista con Rodrigo Paz, Subgerente de CRM, el miércoles 19 de
noviembre a las 9:30 hrs por Teams. Te envío la invitación.

Saludos cordiales,

Francisca Lagos Mena
Business Partner de Atracción de Talento
Gerencia de Personas y Cultura | Grupo Austral
Av. El Golf 150, piso 18, Las Condes

La información contenida en este correo es confidencial y está dirigida exclusivamente a su
destinatario. Grupo Austral no se hace responsable por el uso indebido de esta información.""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000009A4B77E2F153DC010000000000000000100000002E91F0",
            "2025-11-19 09:30",
            "Entrevista Especialista CRM y Fidelización - Josefina Aravena",
            ("Francisca Lagos Mena", "francisca.lagos@grupoaustral.example"),
            style="outlook",
            attendees=[("Rodrigo Paz", "rodrigo.paz@bancoaustral.example")],
            location="Reunión de Microsoft Teams",
            description="https://teams.microsoft.com/l/meetup-join/19%3ameeting_QXVzdHJh%40thread.v2/0\nId. de reunión: 267 551 980 314\nCódigo de acceso: aB3xQ9",
        ),
    ),
    m(
        "jb34",
        "2025-11-18 16:05",
        AUSTRAL_FL,
        "Reprogramación: Entrevista Especialista CRM y Fidelización",
        A("interview", BA, BA2, 16, "direct"),
        text="""\
Hola Josefina:

Disculpa el cambio a última hora: a Rodrigo le surgió un comité de riesgo que no puede mover.
¿Podemos pasar la entrevista al viernes 21 de noviembre a las 12:00? Te envío la invitación
actualizada; si no te acomoda, me avisas y buscamos otra alternativa.

Saludos,
Francisca""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000009A4B77E2F153DC010000000000000000100000002E91F0",
            "2025-11-21 12:00",
            "Entrevista Especialista CRM y Fidelización - Josefina Aravena",
            ("Francisca Lagos Mena", "francisca.lagos@grupoaustral.example"),
            style="outlook",
            sequence=1,
            attendees=[("Rodrigo Paz", "rodrigo.paz@bancoaustral.example")],
            location="Reunión de Microsoft Teams",
        ),
    ),
    m(
        "jb35",
        "2025-12-02 09:30",
        AUSTRAL_FL,
        "Segunda entrevista – Gerencia de Marketing",
        A("interview", BA, BA2, 16, "direct"),
        text="""\
Hola Josefina:

Rodrigo quedó muy conforme con la entrevista, así que avanzas a la etapa final: una entrevista
presencial con él y con Verónica Soto, Gerenta de Marketing y Experiencia Cliente.

  Jueves 4 de diciembre, 16:00 hrs
  Edificio Corporativo Grupo Austral, Av. El Golf 150, piso 18 (metro El Golf)

Saludos,
Francisca Lagos Mena
Gerencia de Personas y Cultura | Grupo Austral""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000E1C09B44A863DC0100000000000000001000000077BD21",
            "2025-12-04 16:00",
            "Entrevista final Especialista CRM y Fidelización",
            ("Francisca Lagos Mena", "francisca.lagos@grupoaustral.example"),
            style="outlook",
            attendees=[
                ("Rodrigo Paz", "rodrigo.paz@bancoaustral.example"),
                ("Verónica Soto", "veronica.soto@bancoaustral.example"),
            ],
            location="Av. El Golf 150, piso 18, sala 18B",
        ),
    ),
    m(
        "jb36",
        "2026-01-08 11:40",
        AUSTRAL_FL,
        "RE: Proceso Especialista CRM y Fidelización",
        A("confirmation", BA, BA2, 16, "direct"),
        st="withdrawn",
        text="""\
Hola Josefina:

Gracias por avisarnos. Lamentamos que no sigas en el proceso, pero lo entendemos perfectamente y
te felicitamos por tu nuevo desafío. Dejaremos registrado tu desistimiento y cerraremos tu
postulación.

Rodrigo y Verónica te mandan saludos. Ojalá nos volvamos a cruzar.

Saludos cordiales,
Francisca

De: Josefina Aravena Urrutia <josefina.aravenau@gmail.com>
Enviado el: miércoles, 7 de enero de 2026 22:14
Para: Francisca Lagos Mena <francisca.lagos@grupoaustral.example>
Asunto: Proceso Especialista CRM y Fidelización

Hola Francisca:

Te escribo para contarte que acepté otra oferta laboral, por lo que quiero retirarme del proceso
de Especialista CRM y Fidelización. Muchas gracias a ti, a Rodrigo y a Verónica por el tiempo y
la buena disposición.

Saludos,
Josefina Aravena""",
    ),
    # --- 17. Movilink, Analista CRM: Laborum (ghosted) ---
    m(
        "jb37",
        "2025-11-05 23:02",
        LABORUM,
        "Postulaste a Analista CRM",
        A("confirmation", ML, MLR, 17, "other"),
        html=laborum_html(
            "¡Tu postulación fue enviada!",
            "Enviamos tu CV a la empresa. Te avisaremos cuando lo vean.",
            "Analista CRM",
            "Movilink Chile S.A.",
            "Santiago Centro, Santiago · Presencial",
            "https://www.laborum.cl/postulantes/postulaciones?utm_source=transaccional&utm_campaign=postulacion",
        ),
    ),
    # --- 18. Tizalab, Analista de Marketing Growth: Get on Board, founder on Gmail, withdrawn ---
    m(
        "jb38",
        "2025-11-10 08:47",
        GETONBRD,
        "Postulaste a Analista de Marketing Growth en Tizalab 🚀",
        A("confirmation", TZ, TZR, 18, "other"),
        html=gob_html(
            "¡Postulación enviada!",
            "Tu postulación fue enviada. Tizalab recibirá tu perfil de Get on Board, tu CV y tus respuestas a las preguntas del aviso.",
            "Analista de Marketing Growth",
            "Tizalab · Remoto (Chile) · $1.800.000 - $2.200.000 CLP brutos/mes",
            "<p>Te avisaremos por email cuando la empresa revise tu postulación.</p>",
        ),
    ),
    m(
        "jb39",
        "2025-11-18 22:41",
        TIZA,
        "Tizalab 👋 ¿conversemos?",
        A("interview", TZ, TZR, 18, "direct"),
        text="""\
Hola Josefina! Soy Nacho, cofundador de Tizalab (la plataforma de planificación para profes
que viste en Get on Board).

Me encantó tu postulación, sobre todo lo de los experimentos de onboarding en Kiltro. ¿Te tinca
una conversación el viernes 21 a las 18:30? Te mandé invitación de Meet, si no te sirve
proponme otro horario sin problema.

Saludos!
Nacho

--
Ignacio Pérez Ossa
Cofundador & CEO · Tizalab
Enviado desde mi iPhone""",
        ics=ics(
            "1h7g3k9d2m5q8w0e4r6t1y3u5i@google.com",
            "2025-11-21 18:30",
            "Tizalab <> Josefina",
            ("Ignacio Pérez Ossa", "nacho.perez.ossa@gmail.com"),
            minutes=45,
            location="https://meet.google.com/tiz-jose-cnv",
        ),
    ),
    m(
        "jb40",
        "2025-12-03 13:12",
        TIZA,
        "Re: Tizalab 👋 ¿conversemos?",
        A("assessment", TZ, TZR, 18, "direct"),
        headers=thread("<jb39.20251118.23@gmail.com>", "<CAK9v+3sH2o0Xr1y_tiza1@mail.gmail.com>"),
        text="""\
Jose, feliz de avanzar contigo!! 🙌

Te mando el desafío: imagina que tenemos $3 millones al mes para medios y queremos llegar a
jefes de UTP de colegios particulares subvencionados. ¿Cómo armarías el plan de adquisición
para los primeros 90 días y qué medirías? Máximo 4 páginas, sin apuro, idealmente antes del
19/12.

Cualquier duda me escribes por acá o al WhatsApp.

Nacho

El vie, 21 nov 2025 a las 20:02, Josefina Aravena Urrutia (<josefina.aravenau@gmail.com>) escribió:
> Nacho, muchas gracias por la conversación de hoy, me quedé con muchas ganas de seguir.
> Quedo atenta a los próximos pasos.
> Jose""",
    ),
    m(
        "jb41",
        "2026-01-09 09:58",
        TIZA,
        "Re: Tizalab 👋 ¿conversemos?",
        A("confirmation", TZ, TZR, 18, "direct"),
        st="withdrawn",
        headers=thread(
            "<jb39.20251118.23@gmail.com>",
            "<CAK9v+3sH2o0Xr1y_tiza1@mail.gmail.com>",
            "<jb40.20251203.27@gmail.com>",
            "<CAK9v+3tW8e1Qa5z_tiza2@mail.gmail.com>",
        ),
        text="""\
Uff qué pena, pero felicitaciones por lo de Monedi!! Se nota que es un buen lugar.

Cierro tu postulación entonces. Si en algún momento te dan ganas de volver al mundo edtech,
acá estamos. Un abrazo y éxito!

Nacho

Enviado desde mi iPhone

> El 8 ene 2026, a las 23:40, Josefina Aravena Urrutia <josefina.aravenau@gmail.com> escribió:
>
> Hola Nacho, perdón la demora con el desafío. Te quería contar que acepté una oferta en otra
> empresa, así que prefiero bajarme del proceso para no hacerles perder tiempo. Me encantó
> conocer Tizalab y lo que están construyendo. Gracias por todo!
> Jose""",
    ),
    # --- 19. Viña Los Aromos, Analista E-commerce: CV by e-mail (ghosted after a call) ---
    m(
        "jb42",
        "2025-11-13 12:14",
        "Soledad Cárcamo <scarcamo@vinalosaromos.example>",
        "RE: Postulación Analista E-commerce – Josefina Aravena",
        A("confirmation", VA, VAR, 19, "direct"),
        text="""\
Hola Josefina,

Gracias por tu interés y por escribirnos. Recibimos tu CV; estamos en plena revisión de
postulaciones y esperamos tener una primera selección a fines de la próxima semana.

Saludos,

Soledad Cárcamo Vial
Subgerente E-commerce y Canales Directos
Viña Los Aromos S.A.
Camino a Pirque km 3, Pirque | vinalosaromos.example

De: Josefina Aravena Urrutia <josefina.aravenau@gmail.com>
Enviado el: miércoles, 12 de noviembre de 2025 20:51
Para: Soledad Cárcamo <scarcamo@vinalosaromos.example>
Asunto: Postulación Analista E-commerce – Josefina Aravena

Estimada Soledad:

Vi en LinkedIn su publicación sobre el cargo de Analista E-commerce para la tienda online de la
viña y me gustaría postular. Tengo 4 años de experiencia en analítica y medios pagados en
e-commerce retail (GA4, SQL, Meta y Google Ads, CRM). Adjunto mi CV.

Saludos cordiales,
Josefina Aravena Urrutia
[CV_Josefina_Aravena_2025.pdf]""",
    ),
    m(
        "jb43",
        "2025-11-25 17:20",
        "Soledad Cárcamo <scarcamo@vinalosaromos.example>",
        "RE: Postulación Analista E-commerce – Josefina Aravena",
        A("interview", VA, VAR, 19, "direct"),
        text="""\
Hola Josefina,

Quedaste en nuestra primera selección. ¿Podrías conversar conmigo el viernes 28 a las 16:00 por
Meet? Te envío la invitación; si no puedes, propón otro horario esa misma semana.

Saludos,
Soledad""",
        ics=ics(
            "0b8n4m2x6c1v9z3k5j7h2g4f6d@google.com",
            "2025-11-28 16:00",
            "Conversación Analista E-commerce – Viña Los Aromos",
            ("Soledad Cárcamo", "scarcamo@vinalosaromos.example"),
            minutes=40,
            location="https://meet.google.com/vla-ecom-jar",
        ),
    ),
    # --- 20. Tiendas Lago, Analista de CRM y Email Marketing: Teamtailor (tenant lagoretail) ---
    m(
        "jb44",
        "2025-11-18 19:36",
        "Tiendas Lago <no-reply@lagoretail.teamtailor-mail.com>",
        "¡Gracias por postular, Josefina!",
        A("confirmation", TL, TLR, 20, "teamtailor"),
        html="""\
<div style="font-family:Arial,sans-serif;max-width:560px;color:#2b2b2b">
<p><img src="https://images.teamtailor-cdn.com/images/lagoretail/logo.png" alt="Tiendas Lago" height="36"></p>
<p>Hola Josefina,</p>
<p>Hemos recibido tu postulación para <b>Analista de CRM y Email Marketing</b>. ¡Gracias por querer ser parte de Tiendas Lago!</p>
<p>Nuestro equipo revisará tu perfil y te contactaremos si avanzas en el proceso.</p>
<p>Saludos,<br>Equipo de Selección · Tiendas Lago</p>
<p style="font-size:11px;color:#888"><a href="https://lagoretail.teamtailor.com/connect">Únete a nuestra comunidad</a> ·
<a href="https://lagoretail.teamtailor.com/candidate/privacy">Tus datos</a></p>
</div>""",
    ),
    m(
        "jb45",
        "2025-12-05 12:00",
        "Tiendas Lago <no-reply@lagoretail.teamtailor-mail.com>",
        "Tu postulación a Analista de CRM y Email Marketing",
        A("rejection", TL, TLR, 20, "teamtailor"),
        text="""\
Hola Josefina,

Gracias por tu interés en Tiendas Lago. Revisamos tu postulación para Analista de CRM y Email
Marketing y, en esta oportunidad, decidimos no continuar con tu candidatura.

Te deseamos éxito en tu búsqueda.

Equipo de Selección · Tiendas Lago""",
    ),
    # --- 21. Clínica Los Coihues, Analista de Marketing Digital: Laborum, then a formal no ---
    m(
        "jb46",
        "2025-11-24 20:25",
        LABORUM,
        "Postulaste a Analista de Marketing Digital",
        A("confirmation", CL, CLR, 21, "other"),
        html=laborum_html(
            "¡Tu postulación fue enviada!",
            "Enviamos tu CV a la empresa. Te avisaremos cuando lo vean.",
            "Analista de Marketing Digital",
            "Clínica Los Coihues",
            "Vitacura, Santiago · Presencial",
            "https://www.laborum.cl/postulantes/postulaciones?utm_source=transaccional&utm_campaign=postulacion",
        ),
    ),
    m(
        "jb47",
        "2025-12-12 16:30",
        "Selección Clínica Los Coihues <seleccion@loscoihues.example>",
        "Resultado proceso de selección",
        A("rejection", CL, CLR, 21, "direct"),
        text="""\
Estimada Sra. Josefina Aravena Urrutia:

Junto con saludarla, agradecemos su interés en formar parte de Clínica Los Coihues y el tiempo
dedicado a postular al cargo de Analista de Marketing Digital.

Le informamos que, tras el análisis de los antecedentes recibidos, su perfil no fue seleccionado
para continuar en las siguientes etapas del proceso.

Sus antecedentes permanecerán en nuestra base de datos por un período de 6 meses.

Atentamente,
Unidad de Reclutamiento y Selección
Subgerencia de Personas – Clínica Los Coihues
Av. Vitacura 5900, Vitacura""",
    ),
    # --- 22. Casa Nativa again (re-application): LinkedIn shows the holding ---
    mu(
        "jb48",
        "2025-12-01 22:30",
        LI_JOBS,
        "Josefina, tu solicitud se ha enviado a Cumbre Retail",
        A("confirmation", CN, CNR, 22, "linkedin"),
        text=f"""\
Tu solicitud se ha enviado a Cumbre Retail

Analista de Performance Marketing - Casa Nativa
Cumbre Retail · Las Condes, Región Metropolitana de Santiago, Chile (Híbrido)
Solicitud enviada el 1 de dic. de 2025

Ver empleo: https://www.linkedin.com/comm/jobs/view/4330187742/?trackingId=Kq7%2Bd1WzS5y%2FvB0eX3nM%3D%3D

{LI_FOOTER}""",
    ),
    mu(
        "jb49",
        "2025-12-09 15:17",
        LI_JOBS,
        "Cumbre Retail ha visto tu solicitud",
        A("viewed", CN, CNR, 22, "linkedin"),
        text=f"""\
Tu solicitud se ha visto

Cumbre Retail ha visto tu solicitud para Analista de Performance Marketing - Casa Nativa.

Ver solicitud: https://www.linkedin.com/comm/jobs/view/4330187742/?trackingId=c3Rf0%2BqL9mW2%2FzX1aB%3D%3D

{LI_FOOTER}""",
    ),
    # --- 23. Orbitrack, Growth Analyst (Remote, LATAM): LinkedIn (ghosted) ---
    mu(
        "jb50",
        "2025-12-04 02:05",
        LI_JOBS,
        "Josefina, tu solicitud se ha enviado a Orbitrack",
        A("confirmation", OB, OBR, 23, "linkedin"),
        text=f"""\
Tu solicitud se ha enviado a Orbitrack

Growth Analyst (Remote, LATAM)
Orbitrack · América Latina (En remoto)
Solicitud enviada el 3 de dic. de 2025

Ver empleo: https://www.linkedin.com/comm/jobs/view/4331550903/?trackingId=Tg5%2Bk2PzQ0a%2Fw9bN7cE%3D%3D

{LI_FOOTER}""",
    ),
    # --- alerts, talent community, outreach, portal mail ---
    m(
        "jb51",
        "2025-09-03 10:00",
        "Talento Cumbre Retail <comunidad@cumbreretail.example>",
        "Bienvenida a la Comunidad de Talento Cumbre Retail",
        J("alert", "direct", "Cumbre Retail"),
        html="""\
<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Hola Josefina,</p>
<p>¡Gracias por unirte a la <b>Comunidad de Talento Cumbre Retail</b>! Desde ahora recibirás en tu correo las
oportunidades de Casa Nativa, Trébol Calzado y Bazar Mirador que calcen con tus intereses:
<i>Marketing Digital, E-commerce, Analítica</i>.</p>
<p>Puedes actualizar tus intereses o darte de baja cuando quieras desde <a href="https://empleos.cumbreretail.example/comunidad/preferencias">tu perfil</a>.</p>
<p>¡Nos vemos pronto!<br>Equipo de Atracción de Talento<br>Cumbre Retail S.A.</p>
</body></html>""",
    ),
    mu(
        "jb52",
        "2025-09-09 12:31",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“analista de marketing digital”: 14 empleos nuevos en Santiago",
        J("alert", "linkedin"),
        text=f"""\
Tu alerta de empleo para analista de marketing digital en Santiago, Región Metropolitana de Santiago, Chile

14 empleos nuevos coinciden con tus preferencias.

Analista de Marketing Digital
Banco Austral · Santiago (Híbrido)
Solicitud sencilla · Hace 1 día
https://www.linkedin.com/comm/jobs/view/4290013344/

Analista Performance
Agencia Rayén · Providencia (Presencial)
https://www.linkedin.com/comm/jobs/view/4290881275/

Especialista SEM
Comercial Pudú SpA · Santiago (En remoto)
Hace 3 días
https://www.linkedin.com/comm/jobs/view/4291106620/

Analista de E-commerce
Farmacias del Valle · Santiago (Híbrido)
https://www.linkedin.com/comm/jobs/view/4289337018/

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search?keywords=analista%20de%20marketing%20digital&location=Santiago

{LI_FOOTER}""",
    ),
    m(
        "jb53",
        "2025-09-24 07:30",
        LABORUM,
        "Nuevos avisos para “Analista de Marketing”",
        J("alert", "other"),
        html="""\
<html><body style="font-family:'Open Sans',Arial,sans-serif">
<div style="max-width:580px;margin:auto;border-top:4px solid #0a4da2;padding:20px">
<p>Hola Josefina, encontramos <b>8 nuevos avisos</b> para tu alerta <b>Analista de Marketing</b> en Región Metropolitana:</p>
<ul>
<li><a href="https://www.laborum.cl/empleos/analista-de-marketing-digital-comercial-puelche-1116682431.html">Analista de Marketing Digital</a> – Supermercados Puelche – Quilicura</li>
<li><a href="https://www.laborum.cl/empleos/analista-de-trade-marketing-confidencial-1116684022.html">Analista de Trade Marketing</a> – Confidencial – Pudahuel</li>
<li><a href="https://www.laborum.cl/empleos/analista-crm-movilink-1116690170.html">Analista CRM</a> – Movilink Chile S.A. – Santiago</li>
<li><a href="https://www.laborum.cl/empleos/analista-de-marketing-junior-1116691208.html">Analista de Marketing Junior</a> – Importante empresa de consumo masivo – Santiago</li>
</ul>
<p><a href="https://www.laborum.cl/empleos-busqueda-analista-de-marketing.html?alerta=77120">Ver todos los avisos</a></p>
<p style="font-size:11px;color:#888">Recibes este correo porque creaste una alerta en laborum. <a href="https://www.laborum.cl/candidatos/alertas">Administrar alertas</a></p>
</div></body></html>""",
    ),
    m(
        "jb54",
        "2025-10-12 09:00",
        TRABAJANDO,
        "Josefina, estas ofertas calzan con tu perfil",
        J("alert", "other"),
        text="""\
Hola Josefina,

Seleccionamos estas ofertas de empleo según tu perfil y tus últimas búsquedas:

* Analista de Growth - Tienda Volcán - Providencia
  https://www.trabajando.cl/trabajo/5049911-analista-de-growth
* Analista de Marketing Digital - Universidad Santa Brígida - Santiago
  https://www.trabajando.cl/trabajo/5050217-analista-de-marketing-digital
* Ejecutivo/a de Medios Digitales - Agencia Rayén - Providencia
  https://www.trabajando.cl/trabajo/5050873-ejecutivo-de-medios-digitales

¡Postula hoy! Las primeras postulaciones tienen más probabilidades de ser revisadas.

Trabajando.com
Modificar mis preferencias de correo: https://www.trabajando.cl/preferencias-correo?u=9f31c2""",
    ),
    m(
        "jb55",
        "2025-10-18 11:00",
        GETONBRD,
        "Nuevos empleos de Marketing Digital y Growth esta semana",
        J("alert", "other"),
        html="""\
<div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;max-width:560px;margin:auto">
<p>Hola Josefina 👋, estos son los empleos nuevos en <b>Marketing Digital</b> que publicaron esta semana:</p>
<table cellpadding="8" width="100%">
<tr><td><b>Growth Analyst</b><br>Monedi · Santiago (híbrido) · $2.3M - $2.8M CLP</td><td><a href="https://www.getonbrd.com/empleos/marketing/growth-analyst-monedi-santiago">Ver</a></td></tr>
<tr><td><b>Performance Marketing Specialist</b><br>Kuanto · Remoto LATAM · USD 1800 - 2400</td><td><a href="https://www.getonbrd.com/empleos/marketing/performance-marketing-specialist-kuanto-remote">Ver</a></td></tr>
<tr><td><b>Marketing Automation Analyst</b><br>Rutapp · Remoto (Chile)</td><td><a href="https://www.getonbrd.com/empleos/marketing/marketing-automation-analyst-rutapp-remote">Ver</a></td></tr>
</table>
<p style="font-size:11px;color:#a1a1aa">Recibes este resumen semanal porque sigues la categoría Marketing Digital.
<a href="https://www.getonbrd.com/webpros/notifications">Cambiar frecuencia</a></p>
</div>""",
    ),
    mu(
        "jb56",
        "2025-10-26 13:10",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“growth analyst”: 9 empleos nuevos en América Latina",
        J("alert", "linkedin"),
        text=f"""\
Tu alerta de empleo para growth analyst en América Latina

9 empleos nuevos coinciden con tus preferencias.

Marketing Data Analyst
Fieldnote · América Latina (En remoto)
Hace 2 días
https://www.linkedin.com/comm/jobs/view/4312098816/

Growth Analyst
Kuanto · Ciudad de México (En remoto)
https://www.linkedin.com/comm/jobs/view/4311004577/

Senior Growth Analyst
Stackwise · América Latina (En remoto)
Solicitud sencilla
https://www.linkedin.com/comm/jobs/view/4310772319/

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search?keywords=growth%20analyst&geoId=91000011

{LI_FOOTER}""",
    ),
    m(
        "jb57",
        "2025-11-08 08:15",
        COMPUTRABAJO,
        "Ofertas recomendadas para ti, Josefina",
        J("alert", "other"),
        text=computrabajo_text(
            "Nuevas ofertas para ti",
            "Según tu CV y tus postulaciones, creemos que te pueden interesar estas ofertas publicadas hoy:",
            "Analista de Marketing Digital - Comercial Pudú SpA (Santiago)",
            "Analista de Inteligencia de Clientes - Confidencial (Las Condes)",
            "Coordinador/a de E-commerce - Tienda Volcán (Providencia)",
        ),
    ),
    m(
        "jb58",
        "2025-11-15 10:20",
        BUMERAN,
        "Nuevos empleos remotos que te pueden interesar",
        J("alert", "other"),
        html=bumeran_html(
            "Avisos nuevos para vos",
            "<p>Hola Josefina, encontramos avisos nuevos parecidos a los que te postulaste:</p><ul>"
            "<li><a href='https://www.bumeran.com.ar/empleos/analista-de-performance-remoto-1117004412.html'>Analista de Performance (remoto)</a> – Mercadito Plus</li>"
            "<li><a href='https://www.bumeran.com.ar/empleos/growth-marketing-analyst-1117005530.html'>Growth Marketing Analyst</a> – Vidriera</li>"
            "<li><a href='https://www.bumeran.com.ar/empleos/analista-crm-1117006621.html'>Analista CRM</a> – Confidencial</li></ul>",
        ),
    ),
    mu(
        "jb59",
        "2025-12-06 14:00",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Banco Austral está contratando: 3 empleos nuevos",
        J("alert", "linkedin", BA),
        text=f"""\
Banco Austral publicó 3 empleos nuevos

Porque sigues a Banco Austral:

Analista de Inteligencia Comercial
Banco Austral · Las Condes (Híbrido)
https://www.linkedin.com/comm/jobs/view/4333109281/

Product Owner Canales Digitales
Banco Austral · Las Condes (Híbrido)
https://www.linkedin.com/comm/jobs/view/4333110774/

Ejecutivo/a Banca Personas
Banco Austral · Ñuñoa (Presencial)
https://www.linkedin.com/comm/jobs/view/4333112905/

{LI_FOOTER}""",
    ),
    m(
        "jb60",
        "2025-12-14 11:00",
        GETONBRD,
        "Nuevos empleos de Marketing Digital y Growth esta semana",
        J("alert", "other"),
        html="""\
<div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;max-width:560px;margin:auto">
<p>Hola Josefina 👋, estos son los empleos nuevos en <b>Marketing Digital</b> que publicaron esta semana:</p>
<table cellpadding="8" width="100%">
<tr><td><b>CRM Lead</b><br>Rutapp · Remoto (Chile) · $2.8M - $3.4M CLP</td><td><a href="https://www.getonbrd.com/empleos/marketing/crm-lead-rutapp-remote">Ver</a></td></tr>
<tr><td><b>Paid Media Analyst</b><br>Tramoya Agencia Digital · Providencia</td><td><a href="https://www.getonbrd.com/empleos/marketing/paid-media-analyst-tramoya-santiago">Ver</a></td></tr>
</table>
<p style="font-size:11px;color:#a1a1aa">Recibes este resumen semanal porque sigues la categoría Marketing Digital.
<a href="https://www.getonbrd.com/webpros/notifications">Cambiar frecuencia</a></p>
</div>""",
    ),
    m(
        "jb61",
        "2025-11-24 20:21",
        LABORUM,
        "Tu código de verificación de laborum",
        J("other_job", "other"),
        text="""\
Hola Josefina,

Tu código de verificación para ingresar a laborum es:

    482913

El código vence en 10 minutos. Si no intentaste ingresar, te recomendamos cambiar tu contraseña.

Equipo laborum""",
    ),
    mu(
        "jb62",
        "2025-10-30 15:22",
        "Claudia Reyes vía LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidad Growth Lead – Pagolisto (remoto)",
        J("outreach", "linkedin", "Pagolisto", "Growth Lead"),
        text=f"""\
Claudia Reyes
Talent Acquisition Manager en Pagolisto

Hola Josefina, ¿qué tal?

Te escribo desde Pagolisto, fintech mexicana de pagos para pymes. Estamos armando el equipo de
Growth para nuestra expansión a Chile y Perú y buscamos un/a Growth Lead 100% remoto.

Tu experiencia en analítica de e-commerce y CRM me llamó la atención. ¿Te interesaría conversar
15 minutos esta semana o la próxima?

Saludos,
Claudia

Responder: https://www.linkedin.com/comm/messaging/thread/2-ZTk5YjQ1N2Ut/?lipi=urn%3Ali%3Apage%3Aemail_inmail

{LI_FOOTER}""",
    ),
    mu(
        "jb63",
        "2025-11-27 19:40",
        "Ryan Okafor via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Josefina, Senior Growth Analyst at Stackwise (remote, LATAM)",
        J("outreach", "linkedin", "Stackwise", "Senior Growth Analyst", "en"),
        text="""\
Ryan Okafor
Technical Recruiter at Stackwise

Hi Josefina,

I came across your profile and was impressed by your work on attribution and lifecycle analytics
in e-commerce. Stackwise (Series B, developer tools, ~120 people) is hiring a Senior Growth
Analyst to work with our PLG team, fully remote from LATAM, paid in USD.

Would you be open to a quick 20-minute chat next week? Happy to share the comp range upfront.

Best,
Ryan

Reply: https://www.linkedin.com/comm/messaging/thread/2-OGYxNzQ2ZmIt/

This is an InMail from a member using LinkedIn Recruiter.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "jb64",
        "2025-12-10 10:35",
        "Andrea Muñoz | Trabajo Sur <amunoz@trabajosur.example>",
        "Reemplazo pre y post natal – Analista de Marketing Digital",
        J("outreach", "agency", None, "Analista de Marketing Digital"),
        text="""\
Hola Josefina, buenos días.

Te contacto de Trabajo Sur, empresa de servicios transitorios. Encontramos tu CV en Computrabajo
y creemos que calzas con un requerimiento de una importante empresa de consumo masivo:

  Cargo: Analista de Marketing Digital (reemplazo pre y post natal, 6 meses)
  Lugar: Huechuraba, modalidad híbrida
  Inicio: enero 2026
  Renta: $1.900.000 líquidos

Si te interesa, respóndeme con tu pretensión de renta y disponibilidad, y te llamo para
contarte más.

Saludos,
Andrea Muñoz
Consultora de Selección · Trabajo Sur EST""",
    ),
    mu(
        "jb65",
        "2026-02-12 21:03",
        "Martín Goldberg vía LinkedIn <inmail-hit-reply@linkedin.com>",
        "¿Abierta a nuevas oportunidades en Growth?",
        J("outreach", "linkedin", None, "Growth Manager"),
        text=f"""\
Martín Goldberg
Partner en Andes Executive Search

Hola Josefina,

Felicitaciones por tu nuevo rol en Monedi. Sé que recién empiezas, pero te escribo igual porque
estoy trabajando una búsqueda de Growth Manager para una scale-up de e-commerce con operación en
Chile, Perú y Colombia, y tu perfil calza muy bien.

Si no es el momento, lo entiendo perfectamente; quizás podamos tomar un café más adelante.

Saludos,
Martín

Responder: https://www.linkedin.com/comm/messaging/thread/2-YTQ1ZmE3OWUt/

{LI_FOOTER}""",
    ),
]

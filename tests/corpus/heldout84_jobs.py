# ruff: noqa: E501
"""Corpus 84, Rioplatense Spanish job mail (data only): see heldout84.py."""

from __future__ import annotations

import functools
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    return "-0300"  # Buenos Aires and Montevideo: no daylight saving


m = functools.partial(H.dated_spec, _tz)


def A(cat, co, role, app, src, lang="es"):
    return (cat, co, role, app, src, lang)


def ics(
    uid,
    start,
    summary,
    organizer,
    minutes=45,
    location="",
    description="",
    style="google",
    method="REQUEST",
):
    ev: dict[str, Any] = {
        "uid": uid,
        "start": start + ":00 -0300",
        "minutes": minutes,
        "summary": summary,
        "organizer": organizer,
        "style": style,
        "method": method,
    }
    if location:
        ev["location"] = location
    if description:
        ev["description"] = description
    return ev


BA, BAR = "Banco Austral", "Analista QA Automation Sr."
PP, PPR = "Pampa Pay", "QA Automation Engineer"
MS, MSR = "Mercantil Sur Seguros", "Analista de Testing Automatizado"
CE, CER = "Celeste Software", "QA Engineer (Montevideo / híbrido)"
LR, LRR = "Logística Riachuelo", "Tester QA Semi Senior"
FP, FPR = "Farmacias del Parque", "Analista QA"
NB, NBR = "Nubeforte", "QA Automation Engineer Ssr/Sr"
TC, TCR = "Tienda Calafate", "Automatización de pruebas E2E para tienda online"
GT, GTR = "Grupo Telar", "QA Analyst e-commerce"
BOU, BOUR = "BOU", "Analista de Calidad de Software"
YB, YBR = "Yerbal", "QA Engineer (primer QA del equipo)"
CY, CYR = "Cuyo Energía", "Automatizador de Pruebas"
CD, CDR = "Ceibo Digital", "QA Automation (Cypress)"

SIG_SEL = """--
Florencia Arregui
Consultora Senior de Selección IT
Selectia Consultores | Talento & Tecnología
Av. Córdoba 1215, piso 6, CABA
Tel. +54 11 4812-3390"""

MAIL: list[dict[str, Any]] = [
    # --- 1 Banco Austral, vía consultora y luego el grupo ----------------------------------
    m(
        "84101",
        "2025-09-08 11:42",
        "Florencia Arregui <farregui@selectiaconsultores.com.ar>",
        "Búsqueda confidencial - Analista QA Automation Sr. - sector bancario",
        ("outreach", None, BAR, None, "agency", "es"),
        f"""Hola Lucía, ¿cómo estás?

Te escribo desde Selectia Consultores. Estamos acompañando a una empresa líder del sector bancario en la búsqueda de un/a Analista QA Automation Sr. para su área de Canales Digitales (home banking y app mobile).

Algunos datos de la posición:
- Modalidad híbrida, 2 días en oficina (microcentro)
- Stack: Java, Selenium, RestAssured, Appium; CI en Jenkins
- Relación de dependencia, convenio bancario

Vi tu perfil en LinkedIn y me parece que encaja muy bien. ¿Te interesaría que lo conversemos? Si es así, mandame tu CV actualizado y tu remuneración pretendida (bruta mensual).

Saludos,
{SIG_SEL}""",
    ),
    m(
        "84102",
        "2025-09-09 16:05",
        "Florencia Arregui <farregui@selectiaconsultores.com.ar>",
        "RE: Búsqueda confidencial - Analista QA Automation Sr. - sector bancario",
        A("confirmation", BA, BAR, 1, "agency"),
        f"""Lucía, gracias por el CV.

Te cuento que el cliente es Banco Austral; ya presenté tu perfil al área de Recursos Humanos y queda formalmente en proceso. Te aviso apenas tenga novedades para coordinar la primera entrevista con ellos.

Cualquier cosa me escribís por acá o al WhatsApp.

Abrazo,
{SIG_SEL}

-----Mensaje original-----
De: Lucía Ferreyra <lucia.ferreyra.qa@gmail.com>
Enviado: martes, 9 de septiembre de 2025 10:31
Para: Florencia Arregui
Asunto: RE: Búsqueda confidencial - Analista QA Automation Sr. - sector bancario

Hola Florencia, sí, me interesa. Te adjunto el CV. Pretensión: a conversar según el paquete.
Gracias!
Lucía""",
        headers={"In-Reply-To": "<84101.20250908.68@selectiaconsultores.com.ar>"},
    ),
    m(
        "84103",
        "2025-09-17 09:20",
        "Selección Grupo Financiero Austral <seleccion@grupoaustral.com.ar>",
        "Invitación a evaluación técnica - Proceso 2025-QA-114",
        A("assessment", BA, BAR, 1, "hackerrank"),
        html="""<html><body style="font-family:Arial">
<p>Estimada Lucía Ferreyra:</p>
<p>En el marco del proceso de selección en el que usted participa, le solicitamos completar una evaluación técnica en línea a través de la plataforma HackerRank.</p>
<ul><li>Duración: 90 minutos</li><li>Plazo para realizarla: hasta el lunes 22/09 a las 23:59</li><li>Contenido: automatización con Java, consultas SQL y un caso de pruebas de API</li></ul>
<p><a href="https://www.hackerrank.com/test/grupoaustral-qa114/login">Acceder a la evaluación</a></p>
<p>Ante cualquier inconveniente técnico, le pedimos responder a este correo.</p>
<p>Atentamente,<br>Gerencia de Desarrollo Humano<br>Grupo Financiero Austral S.A. &mdash; Banco Austral | Austral Seguros | Austral Inversiones</p>
<p style="font-size:10px;color:#888">Este mensaje es confidencial y está dirigido exclusivamente a su destinatario.</p>
</body></html>""",
    ),
    m(
        "84104",
        "2025-09-25 13:10",
        "Florencia Arregui <farregui@selectiaconsultores.com.ar>",
        "Entrevista con Banco Austral - jueves 2/10",
        A("interview", BA, BAR, 1, "agency"),
        f"""Hola Lucía!

Buenas noticias: el banco revisó tu evaluación técnica y quiere avanzar. La entrevista es con el líder de QA de Canales Digitales (Martín Sosa) y una analista de RR.HH.

Jueves 2/10 a las 15 h, por Teams. Te va a llegar la invitación del banco directamente.

Consejo: repasá lo de pipelines y pruebas de regresión en mobile, les interesa mucho.

Éxitos!
{SIG_SEL}""",
    ),
    m(
        "84105",
        "2025-09-26 10:02",
        "Martín Sosa <msosa@bancoaustral.com.ar>",
        "Entrevista - Analista QA Automation Sr.",
        A("interview", BA, BAR, 1, "direct"),
        """Estimada Lucía:

Le envío la invitación para la entrevista técnica del jueves 2 de octubre a las 15:00 h (Microsoft Teams). Participará también Carla Benítez, de Desarrollo Humano.

Saludos cordiales,

Martín Sosa
Líder de Calidad - Canales Digitales
Banco Austral
Tte. Gral. Perón 650, C1038 CABA""",
        ics=ics(
            "AAMkAGQ1ZTk5-84105",
            "2025-10-02 15:00",
            "Entrevista técnica - Ferreyra, Lucía - QA Automation Sr.",
            ("Martín Sosa", "msosa@bancoaustral.com.ar"),
            minutes=60,
            location="Reunión de Microsoft Teams",
            description="Unirse a la reunión: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk4",
            style="outlook",
        ),
    ),
    m(
        "84106",
        "2025-10-10 17:45",
        "Florencia Arregui <farregui@selectiaconsultores.com.ar>",
        "Banco Austral - segunda instancia",
        A("interview", BA, BAR, 1, "agency"),
        f"""Lucía, ¿cómo va?

El banco quedó muy conforme con la técnica y te quieren ver en una segunda instancia, presencial, con la gerente de Tecnología. Te propongo martes 14/10 a las 10 h en Perón 650, piso 9. ¿Te queda bien? Confirmame y les aviso.

Saludos,
{SIG_SEL}""",
    ),
    m(
        "84107",
        "2025-10-27 12:30",
        "Florencia Arregui <farregui@selectiaconsultores.com.ar>",
        "Propuesta Banco Austral",
        A("offer", BA, BAR, 1, "agency"),
        f"""Hola Lucía,

¡Felicitaciones! Banco Austral decidió avanzar con tu incorporación. Te paso los números de la propuesta (te llega la carta formal de parte del banco):

- Sueldo bruto mensual: según lo conversado, dentro de convenio bancario
- Bono anual por desempeño, prepaga para vos y grupo familiar
- Híbrido 3x2, ingreso estimado 17/11

Necesitan respuesta antes del viernes 31/10. Si querés lo hablamos por teléfono.

Abrazo,
{SIG_SEL}""",
    ),
    m(
        "84109",
        "2025-10-28 11:05",
        "Desarrollo Humano GFA <seleccion@grupoaustral.com.ar>",
        "Carta oferta - Ferreyra, Lucía",
        A("offer", BA, BAR, 1, "direct"),
        """Estimada Lucía:

Por medio de la presente, Banco Austral S.A., integrante del Grupo Financiero Austral, tiene el agrado de ofrecerle la posición de Analista QA Automation Sr. en la Gerencia de Canales Digitales, en las condiciones que se detallan en el documento adjunto.

Le solicitamos nos haga llegar su aceptación firmada antes del viernes 31 de octubre.

Sin otro particular, la saludamos atentamente.

Carla Benítez
Desarrollo Humano - Grupo Financiero Austral S.A.""",
        attach=[("Carta_oferta_LFerreyra.pdf", "application/pdf", "%PDF-1.4 carta oferta")],
    ),
    m(
        "84108",
        "2025-11-03 09:15",
        "Florencia Arregui <farregui@selectiaconsultores.com.ar>",
        "RE: Propuesta Banco Austral",
        A("offer", BA, BAR, 1, "agency"),
        f"""Lucía, gracias por avisarme con tiempo y por la sinceridad.

Ya le transmití al banco que declinás la propuesta porque estás priorizando posiciones 100% remotas. Lo entendieron perfectamente y me pidieron que te diga que les encantaría volver a contactarte en el futuro.

Te deseo lo mejor en la búsqueda, y quedamos en contacto para lo que necesites.

{SIG_SEL}

> El 31 oct 2025, a las 18:40, Lucía Ferreyra escribió:
> Florencia, después de pensarlo mucho voy a declinar la propuesta del banco. Estoy priorizando posiciones 100% remotas y el esquema híbrido no me cierra. Muchas gracias por todo el acompañamiento.""",
        st="declined",
    ),
    # --- 2 Pampa Pay (Pampeana de Pagos S.A.S.), Get on Board ------------------------------
    m(
        "84111",
        "2025-09-11 20:14",
        "Get on Board <hola@getonbrd.com>",
        "Postulaste a QA Automation Engineer en Pampa Pay",
        A("confirmation", PP, PPR, 2, "other"),
        html="""<html><body>
<h2>¡Listo, Lucía! Tu postulación fue enviada 🚀</h2>
<p>Postulaste a <b>QA Automation Engineer</b> en <b>Pampa Pay</b> (Buenos Aires · Remoto local).</p>
<p>La empresa suele responder en 6 días. Te vamos a avisar cuando revisen tu postulación.</p>
<p><a href="https://www.getonbrd.com/myjobs">Ver mis postulaciones</a></p>
<p style="color:#999;font-size:11px">Get on Board · Empleos tech en Latinoamérica</p>
</body></html>""",
    ),
    m(
        "84112",
        "2025-09-16 11:03",
        "Tomás Iturbe <tomas@pampapay.com.ar>",
        "Challenge técnico - Pampa Pay 🧉",
        A("assessment", PP, PPR, 2, "direct"),
        """Hola Lucía! Soy Tomás, lidero el equipo de Calidad en Pampa Pay.

Gracias por postularte, nos gustó mucho tu perfil. Como primer paso te queremos mandar un challenge para hacer en casa:

- Armar una suite con Playwright (TS) que cubra el flujo de login y una transferencia en nuestro sandbox
- Sumar un par de tests de API sobre /payments
- Subilo a un repo y mandanos el link

Tenés una semana, pero tomate el tiempo que necesites. No buscamos perfección, queremos ver cómo pensás los casos.

Cualquier duda escribime.

Tomi
--
Tomás Iturbe · QA Lead
Pampeana de Pagos S.A.S. (Pampa Pay)""",
    ),
    m(
        "84113",
        "2025-09-29 14:22",
        "Tomás Iturbe <tomas@pampapay.com.ar>",
        "Re: Challenge técnico - Pampa Pay 🧉",
        A("interview", PP, PPR, 2, "direct"),
        """Luci, el challenge está buenísimo. El reporte con Allure y cómo separaste los fixtures nos encantó.

Te mando invite para charlar el jueves con Vale (CTO) y conmigo, 45 min por Meet. Si no te va el horario avisame y lo movemos.

Abrazo!
Tomi

El dom, 28 sept 2025 a las 22:10, Lucía Ferreyra (<lucia.ferreyra.qa@gmail.com>) escribió:
> Hola Tomás! Te paso el repo: https://github.com/luferreyra/pampa-challenge
> Cualquier cosa me decís. Saludos!""",
        ics=ics(
            "6g3k2p0q9s8@google.com",
            "2025-10-02 11:00",
            "Lucía Ferreyra <> Pampa Pay - charla técnica",
            ("Tomás Iturbe", "tomas@pampapay.com.ar"),
            location="https://meet.google.com/pqx-rtwa-kdm",
        ),
    ),
    m(
        "84114",
        "2025-10-08 18:30",
        "Valentina Ruiz Díaz <vale@pampapay.com.ar>",
        "Propuesta para sumarte a Pampa Pay",
        A("offer", PP, PPR, 2, "direct"),
        """Hola Lucía,

¡Qué lindo escribir este mail! Después de las charlas queremos hacerte una propuesta formal para que te sumes como QA Automation Engineer.

Te adjunto la carta con el detalle: salario en pesos con ajuste trimestral por inflación, 100% remoto, notebook, días de estudio y 3 semanas de vacaciones.

Tomate unos días para pensarlo y si tenés preguntas, armamos una llamada.

Vale
CTO · Pampa Pay""",
        attach=[("Propuesta_Lucia_Ferreyra_PampaPay.pdf", "application/pdf", "%PDF-1.4 propuesta")],
    ),
    m(
        "84115",
        "2025-10-30 10:12",
        "Valentina Ruiz Díaz <vale@pampapay.com.ar>",
        "Re: Propuesta para sumarte a Pampa Pay",
        A("offer", PP, PPR, 2, "direct"),
        """Lucía, gracias por avisarnos y por la honestidad. Obvio nos da pena, pero entendemos que ahora estás apuntando a otro tipo de posición.

Si en algún momento querés volver a charlar, la puerta queda abierta. ¡Mucha suerte!

Vale

El mié, 29 oct 2025 a las 21:05, Lucía Ferreyra escribió:
> Vale, Tomi: muchas gracias por la propuesta y por el proceso, que fue de lo mejor que viví. Finalmente decidí no aceptarla: tengo procesos avanzados con empresas de afuera y el salario en pesos hoy no me cierra.""",
        st="declined",
    ),
    # --- 3 Mercantil Sur Seguros (MSS), ZonaJobs --------------------------------------------
    m(
        "84121",
        "2025-09-15 09:40",
        "ZonaJobs <noreply@zonajobs.com.ar>",
        "Te postulaste a Analista de Testing Automatizado",
        A("confirmation", MS, MSR, 3, "other"),
        html="""<html><body>
<p>Hola Lucía,</p>
<p>Tu postulación a <b>Analista de Testing Automatizado</b> de <b>Mercantil Sur Seguros S.A.</b> se realizó con éxito.</p>
<p>Recordá que podés seguir el estado de tus postulaciones desde tu perfil. Si la empresa no se comunica, no te desanimes: muchas búsquedas reciben cientos de candidatos.</p>
<p>— El equipo de ZonaJobs</p>
</body></html>""",
    ),
    m(
        "84122",
        "2025-10-14 15:55",
        "Recursos Humanos MSS <rrhh.seleccion@mss.com.ar>",
        "Proceso de selección - Mercantil Sur",
        A("rejection", MS, MSR, 3, "direct"),
        """Estimada Lucía:

Queremos agradecerle el tiempo dedicado a postularse a la posición de Analista de Testing Automatizado en MSS. Valoramos especialmente su experiencia en automatización de servicios y su formación.

Luego de un análisis detallado, le informamos que en esta oportunidad hemos decidido continuar con otros perfiles cuya experiencia se ajusta con mayor precisión a los requerimientos del puesto.

Conservaremos sus datos para futuras búsquedas.

Cordialmente,
Gerencia de Capital Humano
MSS - Mercantil Sur Seguros""",
    ),
    # --- 4 Celeste Software (Soluciones Celeste S.A., Montevideo), Workable ----------------
    m(
        "84131",
        "2025-09-22 12:01",
        "Celeste Software <noreply@candidates.workablemail.com>",
        "Gracias por postularte a QA Engineer (Montevideo / híbrido)",
        A("confirmation", CE, CER, 4, "workable"),
        """Hola Lucía,

¡Gracias por tu interés en Celeste! Recibimos tu postulación para QA Engineer (Montevideo / híbrido).

Nuestro equipo la va a revisar y, si tu perfil avanza, te vamos a contactar para coordinar una primera charla. Si no tenés noticias nuestras en las próximas semanas, es probable que hayamos avanzado con otras personas.

Saludos,
Equipo de Talento
Soluciones Celeste S.A. · Montevideo, Uruguay""",
    ),
    m(
        "84132",
        "2025-10-01 10:40",
        "Agustina Pereyra <agustina.pereyra@celeste.com.uy>",
        "Primera charla - Celeste",
        A("interview", CE, CER, 4, "direct"),
        """Hola Lucía, ¿cómo andás?

Soy Agustina, de Talento en Celeste. Vimos tu perfil y nos gustaría tener una primera charla de 30 minutos para conocerte y contarte sobre el equipo. Te dejo la invitación por Zoom para el lunes 6/10 a las 10:30 (hora de Montevideo, la misma que Buenos Aires).

Un abrazo,
Agustina Pereyra
Talent Acquisition · Celeste
Soluciones Celeste S.A. - Zonamerica, Montevideo""",
        ics=ics(
            "zoom-87431120931@zoom.us",
            "2025-10-06 10:30",
            "Charla inicial Celeste - Lucía Ferreyra",
            ("Agustina Pereyra", "agustina.pereyra@celeste.com.uy"),
            minutes=30,
            location="https://us06web.zoom.us/j/87431120931",
        ),
    ),
    m(
        "84133",
        "2025-10-20 16:18",
        "Agustina Pereyra <agustina.pereyra@celeste.com.uy>",
        "Novedades sobre la búsqueda de QA",
        A("confirmation", CE, CER, 4, "direct"),
        """Hola Lucía,

Te escribo para contarte algo que no depende de nosotros: el cliente para el que íbamos a armar el equipo postergó el proyecto y la búsqueda de QA quedó en pausa hasta nuevo aviso.

Tu perfil nos gustó mucho, así que si se reactiva en los próximos meses te vamos a escribir primero a vos. Perdón por la demora en avisar.

Saludos,
Agustina""",
        st="on_hold",
    ),
    # --- 5 Logística Riachuelo, Bumeran (ghost) -------------------------------------------
    m(
        "84141",
        "2025-09-24 22:48",
        "Bumeran <noreply@bumeran.com.ar>",
        "¡Tu postulación fue enviada!",
        A("confirmation", LR, LRR, 5, "other"),
        html="""<html><body>
<table width="600"><tr><td>
<p>Lucía, tu CV ya está en manos de <b>Logística Riachuelo S.A.</b></p>
<p>Aviso: <b>Tester QA Semi Senior</b> · Barracas, Capital Federal · Full-time</p>
<p>Consejo Bumeran: completá tu perfil al 100% para aumentar tus chances de ser contactado.</p>
<p><a href="https://www.bumeran.com.ar/postulantes/postulaciones">Ver estado</a></p>
</td></tr></table>
</body></html>""",
    ),
    # --- 6 Farmacias del Parque, Computrabajo ---------------------------------------------
    m(
        "84142",
        "2025-09-30 13:40",
        "Bumeran <noreply@bumeran.com.ar>",
        "Logística Riachuelo leyó tu CV",
        A("viewed", LR, LRR, 5, "other"),
        html="""<html><body><p>¡Buenas noticias, Lucía! <b>Logística Riachuelo S.A.</b> leyó tu CV para el aviso <b>Tester QA Semi Senior</b>.</p><p>Seguí atento a tu casilla: la empresa podría contactarte.</p></body></html>""",
    ),
    m(
        "84151",
        "2025-10-03 08:55",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Te postulaste: Analista QA - Farmacias del Parque",
        A("confirmation", FP, FPR, 6, "other"),
        """Hola Lucía:

Tu postulación a la oferta "Analista QA" de Farmacias del Parque fue registrada correctamente.

Lugar de trabajo: Villa Crespo, Capital Federal
Jornada: completa

Podés consultar en todo momento en qué etapa está tu candidatura desde Mis postulaciones.

Computrabajo Argentina""",
    ),
    m(
        "84152",
        "2025-10-06 13:12",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Farmacias del Parque vio tu hoja de vida",
        A("viewed", FP, FPR, 6, "other"),
        """¡Hola Lucía!

La empresa Farmacias del Parque leyó tu hoja de vida para la oferta "Analista QA". ¡Buena señal!

Mantené tu perfil actualizado y seguí el proceso desde la app.

Computrabajo""",
    ),
    m(
        "84153",
        "2025-10-21 19:20",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Actualización de tu candidatura: Analista QA",
        A("rejection", FP, FPR, 6, "other"),
        """Hola Lucía:

Farmacias del Parque actualizó el estado de tu candidatura a "Analista QA": Finalista no seleccionado.

No te desanimes, hay miles de ofertas esperándote. Te recomendamos estas vacantes similares:
- Tester funcional · Palermo
- QA Manual · Remoto

Computrabajo Argentina""",
    ),
    # --- 7 Nubeforte, LinkedIn -> retiro ---------------------------------------------------
    m(
        "84161",
        "2025-10-05 21:33",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, se envió tu solicitud a Nubeforte",
        A("confirmation", NB, NBR, 7, "linkedin"),
        html="""<html><body>
<p>Se envió tu solicitud a Nubeforte</p>
<p><b>QA Automation Engineer Ssr/Sr</b><br>Nubeforte · Buenos Aires, Argentina (Híbrido)</p>
<p>Solicitud enviada el 5 oct</p>
<p><a href="https://www.linkedin.com/jobs/view/4087765512">Ver empleo</a></p>
<p style="font-size:11px;color:#666">Este correo se envió a Lucía Ferreyra. LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085</p>
</body></html>""",
    ),
    m(
        "84162",
        "2025-10-09 10:07",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Nubeforte vio tu solicitud",
        A("viewed", NB, NBR, 7, "linkedin"),
        html="""<html><body><p>Tu solicitud fue vista por Nubeforte</p><p>QA Automation Engineer Ssr/Sr · Buenos Aires</p><p><a href="https://www.linkedin.com/my-items/saved-jobs/">Ver el estado de tu solicitud</a></p></body></html>""",
    ),
    m(
        "84163",
        "2025-10-15 15:44",
        "Julieta Mancini <julieta.mancini@nubeforte.io>",
        "Coordinemos una entrevista 🙂",
        A("interview", NB, NBR, 7, "direct"),
        """Hola Lu! Soy Juli, de People en Nubeforte.

Vimos tu postulación por LinkedIn y nos encantaría conocerte. ¿Tenés disponibilidad el martes 21 o el miércoles 22 a la tarde? Es una charla de 40 minutos por Meet con alguien del equipo de plataforma.

Elegí el horario que te quede mejor acá: https://calendly.com/julieta-nubeforte/entrevista-qa

Saludos!
Juli
Nubeforte · Cloud para pymes""",
    ),
    m(
        "84164",
        "2025-10-31 11:26",
        "Julieta Mancini <julieta.mancini@nubeforte.io>",
        "Re: Coordinemos una entrevista 🙂",
        A("confirmation", NB, NBR, 7, "direct"),
        """Lu, gracias por avisar! Quedó registrado que retirás tu postulación. Entiendo perfecto lo de priorizar remoto, ¡éxitos!

Si más adelante te interesa volver a hablar, escribime.

Juli

El jue, 30 oct 2025 a las 19:02, Lucía Ferreyra escribió:
> Hola Juli, te escribo para retirar mi postulación: decidí enfocarme en posiciones 100% remotas y no quiero hacerles perder tiempo con la segunda etapa. ¡Gracias por todo!""",
        st="withdrawn",
    ),
    # --- 8 Tienda Calafate, Workana --------------------------------------------------------
    m(
        "84171",
        "2025-09-19 19:02",
        "Workana <notificaciones@workana.com>",
        "Tu propuesta fue enviada",
        A("confirmation", TC, TCR, 8, "other"),
        """Hola Lucía,

Enviaste una propuesta al proyecto "Automatización de pruebas E2E para tienda online" de Tienda Calafate.

Presupuesto ofrecido: USD 600 · Plazo: 15 días

Te vamos a avisar si el cliente te envía un mensaje o acepta tu propuesta.

Equipo Workana""",
    ),
    m(
        "84172",
        "2025-09-27 09:00",
        "Workana <notificaciones@workana.com>",
        'El proyecto "Automatización de pruebas E2E para tienda online" fue cerrado',
        A("rejection", TC, TCR, 8, "other"),
        """Hola Lucía,

El cliente Tienda Calafate eligió otra propuesta para el proyecto "Automatización de pruebas E2E para tienda online".

¡Seguí postulándote! Hay nuevos proyectos de QA y testing publicados hoy.

Equipo Workana""",
    ),
    # --- 9 Grupo Telar, Indeed ---------------------------------------------------------------
    m(
        "84181",
        "2025-10-12 23:10",
        "Indeed <indeedapply@indeed.com>",
        "Postulación enviada: QA Analyst e-commerce",
        A("confirmation", GT, GTR, 9, "indeed"),
        html="""<html><body><p>Se envió tu postulación</p><p><b>QA Analyst e-commerce</b><br>Grupo Telar - Palermo, Buenos Aires</p><p>Se ha notificado al empleador. Recibirás noticias si deciden avanzar.</p><p>Indeed</p></body></html>""",
    ),
    m(
        "84182",
        "2025-11-04 10:37",
        "Talento Grupo Telar <talento@grupotelar.com.ar>",
        "Tu postulación en Grupo Telar",
        A("rejection", GT, GTR, 9, "direct"),
        """Hola Lucía,

Gracias por interesarte en sumarte a Grupo Telar. Tu perfil tiene una experiencia muy valiosa en automatización y nos tomamos el tiempo de revisarlo con el equipo.

En esta ocasión avanzamos con otra persona cuyo perfil estaba más enfocado en testing de plataformas de e-commerce. Te deseamos muchos éxitos en tu búsqueda.

Equipo de Talento
Grupo Telar""",
    ),
    # --- 10 BOU - Banco Oriental del Uruguay --------------------------------------------------
    m(
        "84191",
        "2025-10-02 14:20",
        "Portal de Empleo BOU <empleos@bou.com.uy>",
        "Confirmación de postulación - Llamado 2025/118",
        A("confirmation", BOU, BOUR, 10, "other"),
        """Sra. Lucía Ferreyra:

Se confirma la recepción de su postulación al Llamado 2025/118 - Analista de Calidad de Software, Gerencia de Sistemas del Banco Oriental del Uruguay.

Las etapas del llamado son: evaluación de méritos, prueba técnica, entrevista y evaluación psicolaboral. Únicamente serán contactados los postulantes que superen cada instancia.

Atentamente,
Departamento de Gestión Humana
Banco Oriental del Uruguay
Montevideo""",
    ),
    m(
        "84194",
        "2025-10-13 09:30",
        "Portal de Empleo BOU <empleos@bou.com.uy>",
        "Llamado 2025/118 - Prueba técnica",
        A("assessment", BOU, BOUR, 10, "other"),
        """Sra. Lucía Ferreyra:

Habiendo superado la evaluación de méritos del Llamado 2025/118, se la convoca a la prueba técnica escrita, que se realizará en forma remota el jueves 16 de octubre de 9:00 a 11:00 h (hora de Uruguay). Recibirá las instrucciones de acceso el día anterior.

Atentamente,
Departamento de Gestión Humana - BOU""",
    ),
    m(
        "84192",
        "2025-10-23 11:00",
        "Portal de Empleo BOU <empleos@bou.com.uy>",
        "Llamado 2025/118 - Citación a entrevista",
        A("interview", BOU, BOUR, 10, "other"),
        """Sra. Lucía Ferreyra:

Habiendo aprobado la prueba técnica, se la cita a entrevista con el tribunal del llamado el día miércoles 29 de octubre a las 14:00 h (hora de Uruguay), modalidad virtual vía Zoom.

Enlace: https://bou-uy.zoom.us/j/91277450021
Solicitamos confirmar asistencia respondiendo este correo.

Atentamente,
Departamento de Gestión Humana - BOU""",
    ),
    m(
        "84193",
        "2025-11-18 15:30",
        "Portal de Empleo BOU <empleos@bou.com.uy>",
        "Llamado 2025/118 - Resultado",
        A("rejection", BOU, BOUR, 10, "other"),
        """Sra. Lucía Ferreyra:

Le comunicamos que, finalizada la etapa de entrevistas del Llamado 2025/118, usted no ha sido seleccionada para continuar en el proceso. El tribunal destacó su solvencia técnica.

Agradecemos su participación.

Departamento de Gestión Humana
Banco Oriental del Uruguay""",
    ),
    # --- 11 Yerbal, fundador desde gmail --------------------------------------------------
    m(
        "84201",
        "2025-09-30 22:41",
        "Nicolás Garay <nicogaray.dev@gmail.com>",
        "Hola Lucía - Yerbal",
        A("interview", YB, YBR, 11, "direct"),
        """Hola Lucía! Qué tal?

Soy Nico, cofundador de Yerbal (agtech, monitoreo de cultivos). Te escribo desde mi mail personal porque todavía no tenemos el dominio bien configurado 😅

Nos pasó tu CV un amigo en común (Gonza Peralta) después de que postulaste al aviso que él compartió. Estamos buscando a nuestra primera QA y nos encantaría charlar. ¿Te va un café el viernes en Chacarita, o si preferís por Meet?

Abrazo,
Nico
Yerbal · cofundador & CTO""",
    ),
    m(
        "84202",
        "2025-10-16 09:18",
        "Nicolás Garay <nicogaray.dev@gmail.com>",
        "Re: Hola Lucía - Yerbal",
        A("rejection", YB, YBR, 11, "direct"),
        """Lu, primero gracias por el tiempo y por el café, la charla estuvo buenísima.

Te quería contar de frente: con Juan decidimos que por ahora vamos a postergar la incorporación de QA y que los devs cubran testing unos meses más hasta cerrar la ronda. O sea que no vamos a avanzar con vos ahora, y no quería dejarte colgada.

Ojalá nos crucemos más adelante.

Nico""",
    ),
    # --- 12 Cuyo Energía, Bumeran + HackerRank (ghost) ------------------------------------
    m(
        "84211",
        "2025-11-06 20:02",
        "Bumeran <noreply@bumeran.com.ar>",
        "¡Tu postulación fue enviada!",
        A("confirmation", CY, CYR, 12, "other"),
        html="""<html><body>
<table width="600"><tr><td>
<p>Lucía, tu CV ya está en manos de <b>Cuyo Energía S.A.</b></p>
<p>Aviso: <b>Automatizador de Pruebas</b> · Remoto (Argentina) · Full-time</p>
<p><a href="https://www.bumeran.com.ar/postulantes/postulaciones">Ver estado</a></p>
</td></tr></table>
</body></html>""",
    ),
    m(
        "84212",
        "2025-11-10 09:45",
        "Cuyo Energía <support@hackerrankforwork.com>",
        "Cuyo Energía te invitó a una evaluación",
        A("assessment", CY, CYR, 12, "hackerrank"),
        """Hola Lucía,

Cuyo Energía te invitó a completar la prueba "QA Automation - Nivel 1" como parte de su proceso de selección.

Duración: 60 minutos
Vence: 17 nov 2025, 23:59 ART

Iniciar evaluación: https://www.hackerrank.com/tests/cuyo-qa-n1/login

Buena suerte,
El equipo de HackerRank""",
    ),
    # --- 13 Ceibo Digital (Montevideo), Get on Board (ghost) -------------------------------
    m(
        "84221",
        "2025-12-02 19:28",
        "Get on Board <hola@getonbrd.com>",
        "Postulaste a QA Automation (Cypress) en Ceibo Digital",
        A("confirmation", CD, CDR, 13, "other"),
        html="""<html><body>
<h2>Tu postulación fue enviada</h2>
<p>Postulaste a <b>QA Automation (Cypress)</b> en <b>Ceibo Digital</b> (Montevideo, Uruguay · Remoto LATAM).</p>
<p>Te vamos a avisar cuando la empresa revise tu postulación.</p>
<p style="color:#999;font-size:11px">Get on Board</p>
</body></html>""",
    ),
    m(
        "84222",
        "2025-12-09 12:10",
        "Get on Board <hola@getonbrd.com>",
        "Ceibo Digital revisó tu postulación",
        A("viewed", CD, CDR, 13, "other"),
        html="""<html><body><p>¡Hola Lucía! <b>Ceibo Digital S.A.</b> revisó tu postulación a <b>QA Automation (Cypress)</b>. Si avanzan, se van a poner en contacto con vos por acá o por email.</p></body></html>""",
    ),
    # --- alertas, comunidad, outreach (sin postulación) ------------------------------------
    m(
        "84301",
        "2025-09-04 07:30",
        "Bumeran <alertas@bumeran.com.ar>",
        '12 nuevos avisos para "QA automation"',
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Hola Lucía, estos son los avisos nuevos que coinciden con tu búsqueda:</p>
<ul><li>QA Automation Sr - Importante empresa de retail - CABA</li><li>Tester Automatizador - Consultora IT - Remoto</li><li>Analista QA - Compañía de seguros - Vicente López</li></ul>
<p><a href="https://www.bumeran.com.ar">Ver los 12 avisos</a></p></body></html>""",
    ),
    m(
        "84302",
        "2025-09-18 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“qa automation”: 8 empleos nuevos en Montevideo",
        ("alert", None, None, None, "linkedin", "es"),
        html="""<html><body><p>8 empleos nuevos que coinciden con tus preferencias</p><p>QA Automation Engineer · Ceibo Digital · Montevideo</p><p>SDET · Urufin · Montevideo (Híbrido)</p><p>Analista de Testing · Banco Oriental del Uruguay · Montevideo</p><p><a href="https://www.linkedin.com/jobs/search">Ver todos</a></p></body></html>""",
    ),
    m(
        "84303",
        "2025-10-07 07:15",
        "Computrabajo <alertas@computrabajo.com>",
        "Nuevas ofertas de QA para vos",
        ("alert", None, None, None, "other", "es"),
        """Hola Lucía, encontramos 5 ofertas nuevas para "tester":

* Tester QA Jr - Grupo Logístico - Avellaneda
* Analista de Calidad - Farmacéutica - Pilar
* QA Manual/Automation - Startup fintech - Remoto

Ver ofertas: https://ar.computrabajo.com/ofertas-de-trabajo/?q=tester

Computrabajo""",
    ),
    m(
        "84304",
        "2025-10-22 18:40",
        "Get on Board <hola@getonbrd.com>",
        "Completá tu postulación a SDET en Urufin",
        ("alert", "Urufin", "SDET", None, "other", "es"),
        html="""<html><body><p>Hola Lucía, empezaste a postularte a <b>SDET</b> en <b>Urufin</b> pero no terminaste. Te faltan responder 2 preguntas de la empresa.</p><p><a href="https://www.getonbrd.com/jobs/sdet-urufin">Completar postulación</a></p></body></html>""",
    ),
    m(
        "84305",
        "2025-11-12 11:22",
        "Rodrigo Basile <rbasile@talentbridge.com.ar>",
        "Propuesta QA Lead - empresa de telecomunicaciones",
        ("outreach", None, "QA Lead", None, "agency", "es"),
        """Hola Lucía, ¿cómo estás?

Desde TalentBridge estamos buscando un/a QA Lead para una importante compañía de telecomunicaciones con sede en Núñez. Equipo de 6 personas, foco en automatización mobile.

¿Te gustaría que te cuente más? Quedo atento.

Rodrigo Basile
Senior IT Recruiter | TalentBridge""",
    ),
    m(
        "84306",
        "2025-11-20 08:30",
        "ZonaJobs <alertas@zonajobs.com.ar>",
        "Avisos recomendados para vos",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Lucía, te pueden interesar estos avisos:</p><p>QA Automation Engineer - Banco - Microcentro</p><p>Tester de Performance - Consultora - Remoto</p></body></html>""",
    ),
    m(
        "84307",
        "2025-12-15 10:00",
        "Talento Celeste <talento@celeste.com.uy>",
        "Te damos la bienvenida a la comunidad de talento de Celeste",
        ("alert", CE, None, None, "other", "es"),
        """Hola Lucía,

¡Gracias por sumarte a nuestra comunidad de talento! Vas a recibir novedades cuando abramos búsquedas que coincidan con tus intereses (QA, testing, Montevideo / remoto).

Equipo de Talento · Celeste""",
    ),
    m(
        "84308",
        "2026-01-14 09:12",
        "Sofía Lemos <slemos@bancoplatense.com.ar>",
        "Oportunidad en Banco Platense - QA Automation",
        ("outreach", "Banco Platense", "QA Automation Engineer", None, "direct", "es"),
        """Hola Lucía,

Soy Sofía, del equipo de Atracción de Talento de Banco Platense. Vi tu experiencia en automatización de canales digitales y me gustaría contarte sobre una posición en nuestro equipo de Calidad.

¿Tendrías 15 minutos esta semana para una llamada?

Saludos,
Sofía Lemos
Atracción de Talento | Banco Platense""",
    ),
    m(
        "84309",
        "2025-10-29 07:45",
        "Workana <notificaciones@workana.com>",
        "Nuevos proyectos de Testing y QA",
        ("alert", None, None, None, "other", "es"),
        """Hola Lucía, se publicaron proyectos que coinciden con tus habilidades:

- Pruebas de carga con k6 para API de turnos médicos (USD 300-500)
- Testing manual de app mobile de delivery (por hora)
- Automatizar regresión en Cypress para SaaS contable

Ver proyectos: https://www.workana.com/jobs?category=it-programming

Workana""",
    ),
    m(
        "84310",
        "2025-11-25 16:20",
        "Rocío Barreiro <rocio.barreiro@urufin.com.uy>",
        "SDET en Urufin - ¿charlamos?",
        ("outreach", "Urufin", "SDET", None, "direct", "es"),
        """Hola Lucía, ¿cómo va?

Soy Rocío, de People en Urufin (Montevideo). Vi que empezaste a postularte a nuestra posición de SDET y no llegaste a terminar; ¿seguís interesada? Es 100% remota para Argentina, y nos encantaría conocerte.

Si te copa, pasame un par de horarios y coordinamos una charla corta.

Rocío Barreiro
People & Culture · Urufin""",
    ),
]

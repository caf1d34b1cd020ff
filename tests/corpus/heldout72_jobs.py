# ruff: noqa: E501
"""Corpus 72, Spanish job mail from Mexico and Spain (data only): see heldout72.py."""

from __future__ import annotations

from functools import partial
from itertools import count
from typing import Any

from heldout import dated_spec


def tz_mx(day: str) -> str:
    return "-0600"


def tz_es(day: str) -> str:
    if day < "2025-10-26":
        return "+0200"
    return "+0100"


m = partial(dated_spec, tz_mx)
me = partial(dated_spec, tz_es)
_keys = count(51203, 17)


def k() -> str:
    return str(next(_keys))


def at(day_time: str, zone=tz_mx) -> str:
    return f"{day_time}:00 {zone(day_time[:10])}"


def S(cat, co, role, app, src):
    return (cat, co, role, app, src, "es")


VAL = ("Valeria Ortega Ruiz", "valeria.ortega.ruiz@gmail.com")

CB, CB1, CB2 = "Cobrix", "Customer Success Manager", "Customer Success Lead"
TV, TVR = "Tiendas Vela", "Key Account Manager E-commerce"
PG, PGR = "Pagora", "Head of Customer Success"
KS, KSR = "Kelsa Software", "Customer Success Manager"
TZ, TZR = "Trazza Logística", "Account Manager LATAM"
BA, BAR = "Bruma Analytics", "Customer Success Lead"
KP, KPR = "Kopilo", "Customer Success Lead"
DM, DMR = "Distribuidora Marbella", "Ejecutivo(a) de Cuentas Clave"
HD, HDR = "Huerta Digital", "Customer Success Manager"
MA, MAR = "Monedero Azul", "Gerente de Cuenta Sr."
IDN, IDNR = "IDN", "Gerente de Customer Success"
SI, SIR = "Sirena Software", "Key Account Manager SaaS"
VP, VPR = "Vértice Pagos", "Customer Success Manager LATAM"
LB, LBR = "Lumbre Studio", "Customer Success Manager (remoto)"
OR, ORR = "Orbe Hospitality", "Gerente de Relación con Clientes"

FIRMA_V = "\n\nSaludos,\nValeria Ortega Ruiz\n+52 55 4187 2290\nlinkedin.com/in/valeriaortegaruiz"

MAIL: list[dict[str, Any]] = [
    # --- 1 Cobrix, CSM (OCC Mundial) then rejection -----------------------------------------
    m(
        k(),
        "2025-09-03 10:41",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Tu postulación fue enviada: Customer Success Manager",
        S("confirmation", CB, CB1, 1, "other"),
        html="""<html><body><div style="font-family:Arial;color:#333">
<p>¡Hola Valeria!</p>
<p>Tu postulación a la vacante <b>Customer Success Manager</b> de <b>Cobrix Servicios Financieros, S.A.P.I. de C.V.</b> fue enviada con éxito.</p>
<p>Ubicación: Ciudad de México, CDMX · Sueldo: $45,000 - $55,000 Mensual</p>
<p>La empresa revisará tu CV. Si tu perfil es de su interés, se pondrá en contacto contigo. Mientras tanto, te recomendamos mantener tu CV actualizado.</p>
<p><a href="https://www.occ.com.mx/candidato/postulaciones">Ver mis postulaciones</a></p>
<p style="font-size:11px;color:#888">OCC Mundial · Recibes este correo porque te postulaste a una vacante. <a href="https://www.occ.com.mx/preferencias">Preferencias de correo</a></p>
</div></body></html>""",
    ),
    m(
        k(),
        "2025-09-22 17:05",
        "Talento Cobrix <talento@cobrix.mx>",
        "Seguimiento a tu postulación",
        S("rejection", CB, CB1, 1, "direct"),
        text="""Hola Valeria,

Te agradecemos mucho el tiempo que dedicaste a postularte a la vacante de Customer Success Manager en Cobrix. Revisamos tu perfil con atención y nos llamó la atención tu experiencia con cuentas B2B y tu manejo de herramientas como Gainsight y HubSpot.

En esta ocasión decidimos avanzar con perfiles que tienen mayor experiencia específica en crédito empresarial, por lo que no continuaremos con tu proceso.

Guardaremos tu CV en nuestra base de talento y con gusto te contactaremos si se abre una posición que se ajuste mejor.

Un saludo cordial,
Equipo de Talento
Cobrix | Crédito simple para PyMEs
Cobrix Servicios Financieros, S.A.P.I. de C.V.""",
    ),
    # --- 2 Tiendas Vela (Grupo Almena), Workday --------------------------------------------
    m(
        k(),
        "2025-09-05 13:12",
        "Grupo Almena <grupoalmena@myworkday.com>",
        "Hemos recibido tu solicitud - Key Account Manager E-commerce (R-004418)",
        S("confirmation", TV, TVR, 2, "workday"),
        text="""Hola Valeria:

Gracias por tu interés en formar parte de Grupo Almena. Confirmamos que recibimos tu solicitud para la posición Key Account Manager E-commerce (R-004418) de Tiendas Vela.

Puedes revisar el estatus de tu solicitud en cualquier momento en nuestro portal de carreras:
https://grupoalmena.wd5.myworkday.com/es-MX/Almena_Careers/userHome

Nuestro equipo de Atracción de Talento revisará tu perfil. Debido al volumen de solicitudes, solamente nos comunicaremos con los candidatos que continúen en el proceso.

Atentamente,
Atracción de Talento
Grupo Almena, S.A.B. de C.V.
Tiendas Vela · Casa Almena · Farmacias Sol

Este es un correo automático, favor de no responder.""",
    ),
    m(
        k(),
        "2025-09-11 09:30",
        "Grupo Almena <grupoalmena@myworkday.com>",
        "Siguiente paso: evaluación en línea",
        S("assessment", TV, TVR, 2, "workday"),
        text="""Hola Valeria:

¡Buenas noticias! Tu perfil para Key Account Manager E-commerce avanzó a la siguiente etapa.

Como parte del proceso, te pedimos completar una batería de pruebas psicométricas (razonamiento numérico, verbal y un inventario de personalidad). Dura aproximadamente 45 minutos y debe realizarse en una sola sesión, desde computadora.

Liga de acceso: https://evalua.psicomet.mx/c/ALM-77310-VOR
Fecha límite: lunes 15 de septiembre, 23:59 h (hora del centro).

Si tienes algún problema técnico escribe a soporte@psicomet.mx.

Mucho éxito,
Atracción de Talento · Grupo Almena""",
    ),
    m(
        k(),
        "2025-09-12 20:16",
        "PsicoMet <no-reply@psicomet.mx>",
        "Confirmación: completaste tu evaluación",
        S("assessment", TV, TVR, 2, "other"),
        html="""<html><body><table width="560" style="font-family:Helvetica"><tr><td>
<h3>¡Gracias, Valeria!</h3>
<p>Registramos que completaste la batería <b>ALM-Comercial-B</b> el 12/09/2025 a las 20:14.</p>
<p>Los resultados se comparten directamente con la empresa que te invitó. PsicoMet no emite resultados al candidato.</p>
<p style="color:#999;font-size:11px">PsicoMet Evaluaciones, S.C. · Aviso de privacidad</p>
</td></tr></table></body></html>""",
    ),
    m(
        k(),
        "2025-09-19 11:02",
        "Mariana Cárdenas <mariana.cardenas@grupoalmena.com.mx>",
        "Entrevista - Key Account Manager E-commerce | Tiendas Vela",
        S("interview", TV, TVR, 2, "direct"),
        text="""Hola Valeria, buen día.

Te escribo de parte del equipo de Atracción de Talento. Nos gustaría platicar contigo sobre la vacante de Key Account Manager E-commerce para Tiendas Vela. Te comparto una invitación por Teams para el martes 23 de septiembre a las 12:00 h. La entrevista será con Ernesto Salinas, Gerente Comercial Digital, y conmigo.

Si el horario no te funciona, dime por favor qué otras opciones tienes esa semana.

Saludos,
Mariana Cárdenas
Talent Acquisition Partner
Grupo Almena""",
        ics={
            "style": "outlook",
            "start": at("2025-09-23 12:00"),
            "minutes": 45,
            "organizer": ("Mariana Cárdenas", "mariana.cardenas@grupoalmena.com.mx"),
            "uid": "040000008200E00074C5B7101A82E0080000000071B3A2D0",
            "summary": "Entrevista KAM E-commerce - Valeria Ortega",
            "location": "Reunión de Microsoft Teams",
            "attendees": [("Ernesto Salinas", "ernesto.salinas@grupoalmena.com.mx")],
        },
    ),
    m(
        k(),
        "2025-10-06 16:48",
        "Grupo Almena <grupoalmena@myworkday.com>",
        "Actualización sobre tu solicitud R-004418",
        S("rejection", TV, TVR, 2, "workday"),
        text="""Hola Valeria:

Gracias por tu interés en la posición Key Account Manager E-commerce y por el tiempo que dedicaste a las entrevistas y evaluaciones. Fue un gusto conocerte.

Después de una evaluación cuidadosa, hemos decidido continuar con otra persona cuyo perfil se alinea más a las necesidades actuales del puesto.

Te invitamos a seguir consultando nuestras vacantes en grupoalmena.wd5.myworkday.com.

Atentamente,
Atracción de Talento
Grupo Almena""",
    ),
    # --- 3 Headhunter (Talentia Search) for "una empresa líder del sector fintech" = Pagora ----
    m(
        k(),
        "2025-10-01 10:15",
        "Rodrigo Anaya <rodrigo.anaya@talentiasearch.com.mx>",
        "Oportunidad confidencial - Head of Customer Success (fintech)",
        ("outreach", None, PGR, None, "agency", "es"),
        text="""Hola Valeria, ¿cómo estás?

Soy Rodrigo Anaya, consultor senior en Talentia Search Partners. Estoy llevando una búsqueda confidencial para una empresa líder del sector fintech en México (Serie C, más de 400 colaboradores) que está buscando su Head of Customer Success para el segmento PyME y corporativo.

Por tu trayectoria en Custodia y tu experiencia liderando equipos de CSMs creo que podrías encajar muy bien. El paquete es competitivo (base + bono anual + acciones) y el esquema es híbrido en Polanco.

¿Tendrías 20 minutos esta semana para platicar? Con gusto te cuento más a detalle.

Saludos,
Rodrigo Anaya
Senior Consultant · Talentia Search Partners
+52 55 7012 4488""",
    ),
    m(
        k(),
        "2025-10-02 08:47",
        "Valeria Ortega Ruiz <valeria.ortega.ruiz@gmail.com>",
        "RE: Oportunidad confidencial - Head of Customer Success (fintech)",
        ("outreach", None, PGR, None, "agency", "es"),
        text="""Hola Rodrigo, gracias por pensar en mí.

Sí me interesa conocer más. ¿Te funciona el jueves a las 10 am o el viernes después de las 4?"""
        + FIRMA_V
        + """

> El 1 oct 2025, a las 10:15, Rodrigo Anaya escribió:
> Hola Valeria, ¿cómo estás?
> Soy Rodrigo Anaya, consultor senior en Talentia Search Partners...""",
        to="Rodrigo Anaya <rodrigo.anaya@talentiasearch.com.mx>",
    ),
    m(
        k(),
        "2025-10-09 18:20",
        "Rodrigo Anaya <rodrigo.anaya@talentiasearch.com.mx>",
        "Presentación de tu perfil - Pagora",
        S("confirmation", PG, PGR, 3, "agency"),
        text="""Valeria, qué gusto platicar el jueves.

Como te comenté, ya puedo decirte el nombre: el cliente es Pagora (Pagora Tecnología Financiera, S.A.P.I. de C.V.). Con tu autorización envié hoy tu perfil al equipo de People y a Daniela Ibarra, VP de Operaciones.

Te aviso en cuanto tenga retroalimentación. Normalmente responden en una semana.

Saludos,
Rodrigo""",
    ),
    m(
        k(),
        "2025-10-16 12:34",
        "Rodrigo Anaya <rodrigo.anaya@talentiasearch.com.mx>",
        "Pagora quiere conocerte",
        S("interview", PG, PGR, 3, "agency"),
        text="""Hola Valeria,

¡Buenas noticias! A Daniela le gustó mucho tu perfil y quiere entrevistarte. Propone el martes 21 a las 17:00 por Google Meet. Ella te mandará la invitación directamente.

Tips: le importa mucho el tema de churn en PyMEs y cómo estructuraste el playbook de onboarding. Ten números a la mano.

Saludos,
Rodrigo""",
    ),
    m(
        k(),
        "2025-10-16 15:02",
        "Daniela Ibarra <daniela.ibarra@pagora.mx>",
        "Invitación: Valeria Ortega <> Daniela Ibarra (Pagora) @ mar 21 oct 2025 5pm - 5:45pm (CST)",
        S("interview", PG, PGR, 3, "direct"),
        text="""Daniela Ibarra te invitó a este evento.

Valeria Ortega <> Daniela Ibarra (Pagora)
martes, 21 de octubre de 2025 · 5:00 – 5:45pm
Zona horaria: Hora del centro - Ciudad de México
Unirse con Google Meet: meet.google.com/qpd-rstv-kma

Invitación de Google Calendar""",
        ics={
            "start": at("2025-10-21 17:00"),
            "minutes": 45,
            "organizer": ("Daniela Ibarra", "daniela.ibarra@pagora.mx"),
            "uid": "5g1ks0e2m7b4vq8hd0c9r@google.com",
            "summary": "Valeria Ortega <> Daniela Ibarra (Pagora)",
            "description": "Conversación para la posición Head of Customer Success.",
            "location": "meet.google.com/qpd-rstv-kma",
        },
    ),
    m(
        k(),
        "2025-10-28 10:10",
        "People Pagora <people@pagora.mx>",
        "Pagora | Caso práctico Head of Customer Success",
        S("assessment", PG, PGR, 3, "direct"),
        text="""Hola Valeria,

Gracias por tu tiempo con Daniela. Como siguiente paso te compartimos un caso práctico: diseñar un plan de 90 días para reducir el churn del segmento PyME, con base en los datos anonimizados que adjuntamos (ver enlace). Lo presentarás en una sesión de 45 minutos con el panel.

Enlace a la carpeta: https://drive.pagora.mx/s/caso-hcs-2025
Entrega: lunes 3 de noviembre antes de las 9:00.

Quedamos atentos,
Sofía Pech
People Team · Pagora""",
    ),
    m(
        k(),
        "2025-11-04 09:41",
        "Sofía Pech <sofia.pech@pagora.mx>",
        "Panel final - jueves 6 de noviembre",
        S("interview", PG, PGR, 3, "direct"),
        text="""Hola Valeria, recibimos tu caso, ¡gracias!

Te agendé el panel final el jueves 6 de noviembre a las 11:00 en nuestras oficinas (Av. Presidente Masaryk 111, piso 7, Polanco). Estarán Daniela Ibarra, Tomás Reyes (CRO) y Lucía Ferrer (Head of Product).

Al llegar pregunta por mí en recepción; lleva una identificación oficial.

Saludos,
Sofía""",
        ics={
            "start": at("2025-11-06 11:00"),
            "minutes": 90,
            "organizer": ("Sofía Pech", "sofia.pech@pagora.mx"),
            "uid": "1rk3v9a0c5d2opqm7u4t8@google.com",
            "summary": "Panel final Head of CS - Valeria Ortega",
            "location": "Pagora, Av. Presidente Masaryk 111, piso 7, Polanco, CDMX",
        },
    ),
    m(
        k(),
        "2025-11-13 19:05",
        "Rodrigo Anaya <rodrigo.anaya@talentiasearch.com.mx>",
        "¡Oferta de Pagora!",
        S("offer", PG, PGR, 3, "agency"),
        text="""Valeria, ¡felicidades!

Pagora decidió extenderte una oferta para Head of Customer Success. Te adjunto la carta oferta: base mensual bruta de $115,000 MXN, bono anual de hasta 20 %, plan de acciones con vesting a 4 años, prestaciones superiores a las de ley y SGMM.

Les gustaría tener respuesta a más tardar el viernes 21. ¿Platicamos mañana para resolver dudas?

Abrazo,
Rodrigo""",
        attach=[
            (
                "Carta_Oferta_Pagora_VOrtega.txt",
                "text/plain",
                "Pagora Tecnología Financiera, S.A.P.I. de C.V.\nCarta oferta - Head of Customer Success\nCandidata: Valeria Ortega Ruiz\n",
            )
        ],
    ),
    m(
        k(),
        "2025-11-20 13:22",
        "Rodrigo Anaya <rodrigo.anaya@talentiasearch.com.mx>",
        "Re: Respuesta a la oferta de Pagora",
        S("offer", PG, PGR, 3, "agency"),
        st="declined",
        text="""Valeria, gracias por avisarme con tiempo y por la transparencia.

Entiendo perfectamente que el esquema de 4 días presenciales no te funciona ahora. Ya le comuniqué a Daniela tu decisión de declinar; lo lamentaron, pero se quedaron con muy buena impresión de ti.

Seguimos en contacto, seguro surge algo más adelante.

Rodrigo

> El 20 nov 2025, Valeria Ortega Ruiz escribió:
> Rodrigo, lo pensé mucho y he decidido no aceptar la oferta...""",
    ),
    # --- 10 Kopilo, founder from gmail ------------------------------------------------------
    m(
        k(),
        "2025-10-20 22:14",
        "Iván Zúñiga <ivanzuniga.mx@gmail.com>",
        "Kopilo - platicamos?",
        ("outreach", KP, KPR, None, "direct", "es"),
        text="""Hola Valeria! Vi tu post sobre métricas de adopción y me encantó.

Soy cofundador de Kopilo (software de cobranza para distribuidoras). Somos 14 personas, levantamos seed en junio y necesito a alguien que arme Customer Success desde cero. ¿Te late tomar un café esta semana en la Roma?

Iván
(te escribo de mi correo personal porque el de la empresa todavía lo estamos migrando jaja)""",
    ),
    m(
        k(),
        "2025-10-21 09:03",
        "Valeria Ortega Ruiz <valeria.ortega.ruiz@gmail.com>",
        "Re: Kopilo - platicamos?",
        ("outreach", KP, KPR, None, "direct", "es"),
        text="""Hola Iván, ¡qué gusto! Claro, me encantaría. ¿Jueves 8:30 en el Almanegra de Orizaba?
Te adjunto mi CV por si quieres echarle un ojo antes."""
        + FIRMA_V,
        to="Iván Zúñiga <ivanzuniga.mx@gmail.com>",
    ),
    m(
        k(),
        "2025-10-21 11:40",
        "Iván Zúñiga <ivanzuniga.mx@gmail.com>",
        "Invitación: Café Valeria / Iván (Kopilo) @ jue 23 oct 2025 8:30am - 9:30am (CST)",
        S("interview", KP, KPR, 10, "direct"),
        text="""Café Valeria / Iván (Kopilo)
jueves, 23 de octubre de 2025 · 8:30 – 9:30am
Almanegra Café, Orizaba 85, Roma Nte.

Invitación de Google Calendar: ya puedes responder desde tu correo.""",
        ics={
            "start": at("2025-10-23 08:30"),
            "minutes": 60,
            "organizer": ("Iván Zúñiga", "ivanzuniga.mx@gmail.com"),
            "uid": "7u2o1e8sd9kbn3q4z0lf@google.com",
            "summary": "Café Valeria / Iván (Kopilo)",
            "location": "Almanegra Café, Orizaba 85, Roma Nte., CDMX",
        },
    ),
    m(
        k(),
        "2025-10-27 21:51",
        "Iván Zúñiga <ivanzuniga.mx@gmail.com>",
        "Siguiente paso con Kopilo",
        S("interview", KP, KPR, 10, "direct"),
        text="""Valeria, súper buena plática el jueves. Mi socia Renata quiere conocerte también; ¿puedes el martes 4 de nov a las 6 pm por Zoom? Te mando liga.

Después de eso te armamos una propuesta formal.

Iván Zúñiga
Cofundador, Kopilo""",
    ),
    # --- 11 Distribuidora Marbella, Computrabajo (ghosted) ---------------------------------
    m(
        k(),
        "2025-09-08 19:27",
        "Computrabajo <noreply@computrabajo.com>",
        "Has aplicado a Ejecutivo(a) de Cuentas Clave",
        S("confirmation", DM, DMR, 11, "other"),
        html="""<html><body style="font-family:Arial">
<p>Valeria, tu postulación se envió correctamente.</p>
<table><tr><td><b>Ejecutivo(a) de Cuentas Clave</b><br>Distribuidora Marbella S.A. de C.V.<br>Tlalnepantla de Baz, Estado de México</td></tr></table>
<p>Te avisaremos cuando la empresa lea tu hoja de vida. Puedes seguir el proceso desde <a href="https://mx.computrabajo.com/candidato/postulaciones">Mis postulaciones</a>.</p>
<p style="font-size:10px;color:#777">Computrabajo México · Para dejar de recibir estos avisos, modifica tus notificaciones.</p>
</body></html>""",
    ),
    m(
        k(),
        "2025-09-10 08:15",
        "Computrabajo <noreply@computrabajo.com>",
        "Distribuidora Marbella S.A. de C.V. ha leído tu hoja de vida",
        S("viewed", DM, DMR, 11, "other"),
        html="""<html><body style="font-family:Arial">
<p>¡Buenas noticias, Valeria!</p>
<p>La empresa <b>Distribuidora Marbella S.A. de C.V.</b> vio tu hoja de vida para la oferta <b>Ejecutivo(a) de Cuentas Clave</b>.</p>
<p>Estado de tu proceso: <b>CV leído</b></p>
<p><a href="https://mx.computrabajo.com/candidato/postulaciones">Ver detalle</a></p>
</body></html>""",
    ),
    # --- 12 Huerta Digital, LinkedIn --------------------------------------------------------
    m(
        k(),
        "2025-09-15 12:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Valeria, tu solicitud se envió a Huerta Digital",
        S("confirmation", HD, HDR, 12, "linkedin"),
        html="""<html><body><table style="font-family:-apple-system,Helvetica"><tr><td>
<p>Tu solicitud se envió a Huerta Digital</p>
<p><b>Customer Success Manager</b><br>Huerta Digital · Ciudad de México (híbrido)</p>
<p>Enviada el 15 sept 2025</p>
<p>Ahora, sigue buscando: <a href="https://www.linkedin.com/jobs/">Ver empleos similares</a></p>
<p style="font-size:11px;color:#666">Este correo se envió a Valeria Ortega Ruiz. LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085.</p>
</td></tr></table></body></html>""",
    ),
    m(
        k(),
        "2025-09-17 07:55",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud fue vista por Huerta Digital",
        S("viewed", HD, HDR, 12, "linkedin"),
        html="""<html><body><p>Tu solicitud fue vista por Huerta Digital</p>
<p><b>Customer Success Manager</b> · Huerta Digital</p><p>Las empresas suelen tardar unas semanas en responder. Mientras, <a href="https://www.linkedin.com/jobs/">explora más empleos</a>.</p></body></html>""",
    ),
    m(
        k(),
        "2025-10-03 14:30",
        "Huerta Digital <reclutamiento@huertadigital.com.mx>",
        "Gracias por tu interés en Huerta Digital",
        S("rejection", HD, HDR, 12, "direct"),
        text="""Hola Valeria,

Gracias por tu interés en la vacante de Customer Success Manager. Tu experiencia es muy valiosa y nos dio gusto conocer tu trayectoria.

Después de revisar cuidadosamente todas las postulaciones, elegimos a una persona cuyo perfil se ajusta más a lo que buscamos en este momento.

¡Te deseamos mucho éxito en tu búsqueda!

Equipo de Reclutamiento
Huerta Digital""",
    ),
    # --- 13 Monedero Azul, Indeed -----------------------------------------------------------
    m(
        k(),
        "2025-09-24 21:40",
        "Indeed <indeedapply@indeed.com>",
        "Postulación enviada: Gerente de Cuenta Sr.",
        S("confirmation", MA, MAR, 13, "indeed"),
        html="""<html><body><div style="font-family:Arial">
<p><b>Postulación enviada</b></p>
<p>Gerente de Cuenta Sr.<br>Monedero Azul · Benito Juárez, CDMX</p>
<p>Se envió lo siguiente a Monedero Azul: tu CV y tus respuestas a las preguntas del empleador.</p>
<p>Si no recibes noticias, no te desanimes: sigue postulándote.</p>
<p><a href="https://mx.indeed.com/myjobs">Mis empleos</a></p>
</div></body></html>""",
    ),
    m(
        k(),
        "2025-10-01 12:15",
        "Karla Benítez <karla.benitez@monederoazul.mx>",
        "Llamada - Gerente de Cuenta Sr.",
        S("interview", MA, MAR, 13, "direct"),
        text="""Hola Valeria, buenas tardes.

Te escribo de Monedero Azul. Recibimos tu CV por Indeed para la vacante de Gerente de Cuenta Sr. y nos gustaría agendar una llamada telefónica de 30 minutos. ¿Te acomoda el viernes 3 a las 10:00?

Quedo atenta.
Karla Benítez
Reclutamiento · Monedero Azul, S.A. de C.V., SOFOM E.N.R.""",
    ),
    m(
        k(),
        "2025-10-14 18:02",
        "Karla Benítez <karla.benitez@monederoazul.mx>",
        "Re: Llamada - Gerente de Cuenta Sr.",
        S("rejection", MA, MAR, 13, "direct"),
        text="""Hola Valeria,

Muchas gracias por tu tiempo en la llamada, fue una conversación muy agradable y tu experiencia con clientes corporativos es muy sólida.

Lamentablemente la posición requiere mayor enfoque en venta directa de crédito, así que no continuaremos contigo en este proceso. Espero que podamos coincidir en otra oportunidad.

Saludos cordiales,
Karla""",
    ),
    # --- 14 IDN (Interconexión Digital del Norte) ------------------------------------------
    m(
        k(),
        "2025-10-07 10:20",
        "Reclutamiento IDN <reclutamiento@idn-telecom.com.mx>",
        "Registro de postulación - Gerente de Customer Success",
        S("confirmation", IDN, IDNR, 14, "direct"),
        text="""Estimada Valeria Ortega:

Por medio del presente confirmamos la recepción de su postulación para la vacante Gerente de Customer Success (Folio GCS-2025-31).

Le informamos que, en caso de que su perfil no sea seleccionado para continuar, conservaremos sus datos por un periodo de seis meses conforme a nuestro aviso de privacidad.

Atentamente,
Gerencia de Capital Humano
Interconexión Digital del Norte, S.A.P.I. de C.V.
Blvd. Manuel Ávila Camacho 40, Lomas de Chapultepec""",
    ),
    m(
        k(),
        "2025-10-15 09:00",
        "Alejandra Montiel <amontiel@idn-telecom.com.mx>",
        "Entrevista con Capital Humano - Interconexión Digital",
        S("interview", IDN, IDNR, 14, "direct"),
        text="""Estimada Valeria:

Me permito invitarle a una entrevista para la posición de Gerente de Customer Success el próximo lunes 20 de octubre a las 16:00 h, vía Microsoft Teams. Le envío la convocatoria por separado.

Quedo a sus órdenes.

Lic. Alejandra Montiel Robles
Especialista de Capital Humano
IDN | Interconexión Digital del Norte""",
        ics={
            "style": "outlook",
            "start": at("2025-10-20 16:00"),
            "minutes": 60,
            "organizer": ("Alejandra Montiel", "amontiel@idn-telecom.com.mx"),
            "uid": "040000008200E00074C5B7101A82E00800000000D0F1C8E3",
            "summary": "Entrevista Gerente de Customer Success - V. Ortega",
            "location": "Reunión de Microsoft Teams",
        },
    ),
    m(
        k(),
        "2025-10-24 13:10",
        "Alejandra Montiel <amontiel@idn-telecom.com.mx>",
        "Segunda entrevista - Dirección Comercial",
        S("interview", IDN, IDNR, 14, "direct"),
        text="""Estimada Valeria:

Derivado de su entrevista, el Ing. Héctor Garza, Director Comercial, desea conocerle en nuestras oficinas el jueves 30 de octubre a las 10:00 h. Favor de confirmar su asistencia.

Saludos cordiales,
Lic. Alejandra Montiel Robles
IDN""",
    ),
    m(
        k(),
        "2025-11-11 17:45",
        "Reclutamiento IDN <reclutamiento@idn-telecom.com.mx>",
        "Resultado de proceso - Folio GCS-2025-31",
        S("rejection", IDN, IDNR, 14, "direct"),
        text="""Estimada Valeria Ortega:

Agradecemos sinceramente su participación en el proceso de selección para la posición de Gerente de Customer Success. Su preparación y experiencia fueron muy bien valoradas por el comité.

No obstante, le informamos que la posición ha sido cubierta por un candidato con experiencia específica en el sector telecomunicaciones.

Le deseamos éxito en sus proyectos profesionales.

Gerencia de Capital Humano
Interconexión Digital del Norte, S.A.P.I. de C.V.""",
    ),
    # --- 15 Sirena Software, OCC + psicométricos ---------------------------------------------
    m(
        k(),
        "2025-10-10 20:33",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Tu postulación fue enviada: Key Account Manager SaaS",
        S("confirmation", SI, SIR, 15, "other"),
        html="""<html><body><div style="font-family:Arial;color:#333">
<p>¡Hola Valeria!</p>
<p>Tu postulación a la vacante <b>Key Account Manager SaaS</b> de <b>Sirena Software</b> fue enviada con éxito.</p>
<p>Ubicación: Guadalajara, Jalisco (Remoto) · Sueldo: A convenir</p>
<p><a href="https://www.occ.com.mx/candidato/postulaciones">Ver mis postulaciones</a></p>
</div></body></html>""",
    ),
    m(
        k(),
        "2025-10-14 10:05",
        "Evaluaciones OCC <evaluaciones@occ.com.mx>",
        "Sirena Software te invita a realizar una evaluación",
        S("assessment", SI, SIR, 15, "other"),
        html="""<html><body><p>Hola Valeria,</p>
<p><b>Sirena Software</b> quiere conocerte mejor y te invita a contestar la prueba <b>Perfil de Competencias Comerciales</b> para la vacante Key Account Manager SaaS.</p>
<p>Tiempo estimado: 25 minutos. Tienes 5 días para responderla.</p>
<p><a href="https://www.occ.com.mx/evaluaciones/inicio?t=8f3a">Comenzar evaluación</a></p></body></html>""",
    ),
    m(
        k(),
        "2025-10-22 11:11",
        "Paola Gutiérrez <paola@sirenasoftware.mx>",
        "Entrevista Sirena Software 🧜",
        S("interview", SI, SIR, 15, "direct"),
        text="""¡Hola Valeria! ¿Qué tal?

Soy Paola, de People en Sirena. Vimos tus resultados y nos encantaría platicar contigo. Agenda aquí el horario que mejor te acomode para una videollamada de 30 min: https://calendly.com/paola-sirena/entrevista-kam

¡Saludos desde Guadalajara!
Paola""",
    ),
    m(
        k(),
        "2025-10-22 13:48",
        "Calendly <notifications@calendly.com>",
        "Confirmado: Entrevista KAM con Paola Gutiérrez el viernes 24 de octubre de 2025",
        S("interview", SI, SIR, 15, "other"),
        text="""Hola Valeria Ortega Ruiz:

Tu evento programado está confirmado.

Evento: Entrevista KAM (Sirena Software)
Invitada: Paola Gutiérrez
Fecha/hora: 13:00 - 13:30, viernes, 24 de octubre de 2025 (Hora central - México)
Ubicación: Google Meet (los detalles se proporcionarán en la invitación)

¿Necesitas hacer cambios? Reprogramar: https://calendly.com/reschedulings/ab31 · Cancelar: https://calendly.com/cancellations/ab31""",
        ics={
            "start": at("2025-10-24 13:00"),
            "minutes": 30,
            "organizer": ("Paola Gutiérrez", "paola@sirenasoftware.mx"),
            "uid": "c2b8e1f4-40aa-4d1e-9e57-7a13c0a9f0e2@calendly.com",
            "summary": "Entrevista KAM (Sirena Software)",
            "location": "Google Meet",
        },
    ),
    m(
        k(),
        "2025-11-05 16:20",
        "Paola Gutiérrez <paola@sirenasoftware.mx>",
        "Sobre tu proceso en Sirena",
        S("rejection", SI, SIR, 15, "direct"),
        text="""Hola Valeria,

Primero que nada, gracias por tu tiempo y por la buena plática. Al equipo le gustó mucho tu enfoque consultivo.

Te cuento que decidimos avanzar con una persona que ya vive en Guadalajara, porque el rol terminó requiriendo visitas frecuentes a clientes en Jalisco. Sé que no es la noticia que esperabas.

Ojalá podamos coincidir más adelante,
Paola""",
    ),
    # --- 18 Cobrix re-application: Customer Success Lead (withdrawn) -------------------------
    m(
        k(),
        "2025-12-02 09:55",
        "Talento Cobrix <talento@cobrix.mx>",
        "Recibimos tu postulación - Customer Success Lead",
        S("confirmation", CB, CB2, 18, "direct"),
        text="""Hola Valeria,

¡Gracias por volver a postularte a Cobrix! Recibimos tu postulación para Customer Success Lead. Nuestro equipo la revisará en los próximos días; si no hay match en esta ocasión también te avisaremos.

Saludos,
Equipo de Talento · Cobrix""",
    ),
    m(
        k(),
        "2025-12-09 15:30",
        "Luis Fernando Ochoa <lf.ochoa@cobrix.mx>",
        "Entrevista CS Lead - Cobrix",
        S("interview", CB, CB2, 18, "direct"),
        text="""Hola Valeria, soy Luis Fernando, Head of Operations en Cobrix.

Me gustaría platicar contigo sobre la posición de Customer Success Lead. ¿Te parece el viernes 12 de diciembre a las 9:30 por Meet?

Saludos,
Luis Fernando Ochoa
Cobrix""",
        ics={
            "start": at("2025-12-12 09:30"),
            "minutes": 45,
            "organizer": ("Luis Fernando Ochoa", "lf.ochoa@cobrix.mx"),
            "uid": "3vr8hpq2d0t5m4lnx7ce@google.com",
            "summary": "Entrevista CS Lead - Valeria Ortega",
            "location": "meet.google.com/wzu-ekqc-tod",
        },
    ),
    m(
        k(),
        "2025-12-17 11:25",
        "Luis Fernando Ochoa <lf.ochoa@cobrix.mx>",
        "Re: Retiro mi postulación - CS Lead",
        S("confirmation", CB, CB2, 18, "direct"),
        st="withdrawn",
        text="""Hola Valeria,

Gracias por avisarnos y muchas felicidades por tu nuevo rol. Damos de baja tu postulación para Customer Success Lead.

La puerta queda abierta. ¡Mucho éxito!

Luis Fernando

> El mar, 16 dic 2025, Valeria Ortega Ruiz escribió:
> Hola Luis Fernando, te escribo para retirar mi postulación, acepté otra oferta...""",
    ),
    # --- 24 Orbe Hospitality, Workday forwarded (RV:) ---------------------------------------
    m(
        k(),
        "2025-11-03 22:18",
        "Valeria Ortega <vortega@outlook.com>",
        "RV: Gracias por tu solicitud - Gerente de Relación con Clientes",
        S("confirmation", OR, ORR, 24, "workday"),
        text="""me lo reenvío porque me registré con el correo viejo

________________________________
De: Orbe Hoteles y Resorts <orbehr@myworkday.com>
Enviado: lunes, 3 de noviembre de 2025 21:57
Para: vortega@outlook.com
Asunto: Gracias por tu solicitud - Gerente de Relación con Clientes

Hola Valeria,

Gracias por postularte a Gerente de Relación con Clientes (JR-10277) en Orbe Hospitality. Revisaremos tu información y, si tu experiencia coincide con lo que buscamos, un miembro del equipo se pondrá en contacto.

Consulta tu solicitud en: https://orbehr.wd3.myworkday.com/orbe/login

Saludos,
Talent Acquisition · Orbe Hoteles y Resorts""",
    ),
    # --- Mexico alerts, talent community, nudges -------------------------------------------
    m(
        k(),
        "2025-09-02 07:00",
        "OCC Mundial <alertas@occ.com.mx>",
        "12 vacantes nuevas de Customer Success en Ciudad de México",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><h3>Vacantes que coinciden con tu búsqueda</h3>
<ul><li>Customer Success Manager · Cobrix · CDMX · $45,000 - $55,000</li><li>Ejecutivo de Retención · Aseguradora Pirámide · CDMX</li><li>Account Manager · Logística Quetzal · Naucalpan</li></ul>
<p><a href="https://www.occ.com.mx/empleos/">Ver las 12 vacantes</a></p>
<p style="font-size:10px">Recibes esta alerta porque la creaste en OCC Mundial. Cancelar alerta.</p></body></html>""",
    ),
    m(
        k(),
        "2025-09-30 07:00",
        "OCC Mundial <alertas@occ.com.mx>",
        "Nuevas vacantes: Key Account Manager",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><h3>Hola Valeria, estas vacantes te pueden interesar</h3>
<ul><li>Key Account Manager SaaS · Sirena Software · Remoto</li><li>KAM Autoservicio · Lácteos del Bajío · Querétaro</li><li>Gerente de Cuentas Clave · Grupo Textil Anáhuac · CDMX</li></ul></body></html>""",
    ),
    m(
        k(),
        "2025-11-18 07:00",
        "OCC Mundial <alertas@occ.com.mx>",
        "Vacantes para ti: Customer Success Lead",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><h3>Vacantes recomendadas</h3><ul><li>Customer Success Lead · Cobrix · CDMX</li><li>Líder de Experiencia del Cliente · Seguros Atlántida · CDMX</li></ul><p>Postúlate hoy: las vacantes recientes reciben más atención.</p></body></html>""",
    ),
    m(
        k(),
        "2025-10-05 09:00",
        "Computrabajo <alertas@computrabajo.com>",
        "Ofertas de empleo: Ejecutivo de cuenta en Ciudad de México",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Valeria, hay <b>27 ofertas nuevas</b> para "Ejecutivo de cuenta".</p><ul><li>Ejecutivo de Cuenta Corporativo · Papelera Tolteca · Azcapotzalco</li><li>Ejecutiva de Cuentas Clave · Cosméticos Lirio · CDMX</li></ul></body></html>""",
    ),
    m(
        k(),
        "2025-12-14 09:00",
        "Computrabajo <alertas@computrabajo.com>",
        "¿Sigues buscando empleo? Estas ofertas son para ti",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Hola Valeria, revisa las ofertas de esta semana.</p><ul><li>Gerente de Atención a Clientes · Muebles Huasteca · CDMX</li><li>Coordinadora de Postventa · Autos del Valle · Coyoacán</li></ul></body></html>""",
    ),
    m(
        k(),
        "2025-09-19 18:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“customer success manager”: 30+ empleos nuevos en Ciudad de México",
        ("alert", None, None, None, "linkedin", "es"),
        html="""<html><body><p>Tu alerta de empleo para customer success manager en Ciudad de México</p>
<p><b>Customer Success Manager</b> · Huerta Digital · Ciudad de México · Solicitud sencilla</p>
<p><b>CSM Enterprise</b> · Plataforma Cumbre · Remoto</p>
<p><b>Account Manager</b> · Vértice Pagos · Madrid</p>
<p><a href="https://www.linkedin.com/jobs/search">Ver todos los empleos</a></p></body></html>""",
    ),
    m(
        k(),
        "2025-11-26 18:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“customer success lead”: Cobrix y otros están contratando",
        ("alert", None, None, None, "linkedin", "es"),
        html="""<html><body><p><b>Customer Success Lead</b> · Cobrix · Ciudad de México</p><p><b>Head of Client Success</b> · Banco Nube · CDMX</p><p><a href="https://www.linkedin.com/jobs/">Ver más</a></p></body></html>""",
    ),
    m(
        k(),
        "2025-10-12 08:00",
        "Indeed <alert@indeed.com>",
        "Gerente de cuenta - 18 empleos nuevos en Ciudad de México, CDMX",
        ("alert", None, None, None, "indeed", "es"),
        html="""<html><body><p>18 empleos nuevos para tu búsqueda</p><ul><li>Gerente de Cuenta Sr. · Monedero Azul · Benito Juárez · Postulación fácil</li><li>Gerente de Cuentas Clave · Farmacéutica Itzel · Miguel Hidalgo</li></ul></body></html>""",
    ),
    m(
        k(),
        "2025-09-06 11:00",
        "Grupo Almena <grupoalmena@myworkday.com>",
        "Bienvenida a la Comunidad de Talento de Grupo Almena",
        ("other_job", TV, None, None, "workday", "es"),
        text="""Hola Valeria:

Gracias por unirte a nuestra Comunidad de Talento. Te enviaremos vacantes de Tiendas Vela, Casa Almena y Farmacias Sol que coincidan con tus intereses.

Puedes actualizar tus preferencias en cualquier momento desde tu perfil.

Atracción de Talento · Grupo Almena""",
    ),
    m(
        k(),
        "2025-11-04 09:00",
        "Orbe Hoteles y Resorts <orbehr@myworkday.com>",
        "Tienes una solicitud sin terminar",
        ("alert", None, None, None, "workday", "es"),
        text="""Hola Valeria,

Notamos que empezaste una solicitud para Coordinador(a) de Grupos y Convenciones (JR-10301) y no la has enviado. Tu información está guardada: retoma donde te quedaste.

https://orbehr.wd3.myworkday.com/orbe/login

Talent Acquisition · Orbe Hoteles y Resorts""",
        to="vortega@outlook.com",
    ),
    m(
        k(),
        "2025-11-21 10:30",
        "Ximena Robles <ximena.robles@nexohunters.com>",
        "Gerente de Cuentas - empresa de seguros",
        ("outreach", None, "Gerente de Cuentas Corporativas", None, "agency", "es"),
        text="""Hola Valeria, buen día.

Estoy buscando un(a) Gerente de Cuentas Corporativas para una aseguradora multinacional con oficinas en Santa Fe. Sueldo de $70k a $80k brutos + bonos. ¿Te interesaría? Si me compartes tu CV actualizado te cuento detalles.

Saludos,
Ximena Robles
Nexo Hunters · Reclutamiento especializado""",
    ),
    m(
        k(),
        "2025-11-21 10:31",
        "Nexo Hunters <no-reply@nexohunters.com>",
        "Gracias por tu correo",
        ("other_job", None, None, None, "agency", "es"),
        text="""Gracias por escribir a Nexo Hunters. Hemos recibido tu mensaje y uno de nuestros consultores te responderá en un plazo de 48 horas hábiles.

Nexo Hunters""",
    ),
    m(
        k(),
        "2026-01-13 17:15",
        "PsicoMet <encuestas@psicomet.mx>",
        "¿Cómo fue tu experiencia con la evaluación?",
        ("other_job", TV, None, None, "other", "es"),
        text="""Hola Valeria, hace unas semanas realizaste una evaluación de PsicoMet a solicitud de Grupo Almena. ¿Nos ayudas con una encuesta de 2 minutos?

https://encuestas.psicomet.mx/c/7731""",
    ),
    # --- Spain: 7 Kelsa Software (InfoJobs) -------------------------------------------------
    me(
        k(),
        "2025-09-16 18:22",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Customer Success Manager",
        S("confirmation", KS, KSR, 7, "other"),
        html="""<html><body style="font-family:Arial"><p>Hola Valeria,</p>
<p>Te has inscrito correctamente en la oferta <b>Customer Success Manager</b> de <b>Kelsa Software S.L.</b> (Madrid).</p>
<p>Puedes seguir el estado de tu candidatura desde <a href="https://www.infojobs.net/candidate/applications">Mis candidaturas</a>.</p>
<p style="font-size:10px;color:#999">InfoJobs · Avenida de Barcelona 100, Barcelona</p></body></html>""",
    ),
    me(
        k(),
        "2025-09-18 10:05",
        "InfoJobs <noreply@infojobs.net>",
        "Kelsa Software S.L. ha leído tu CV",
        S("viewed", KS, KSR, 7, "other"),
        html="""<html><body><p>Tu candidatura avanza</p><p>La empresa <b>Kelsa Software S.L.</b> ha leído tu CV para la oferta <b>Customer Success Manager</b>.</p><p>Estado: <b>CV leído</b></p></body></html>""",
    ),
    me(
        k(),
        "2025-09-25 12:40",
        "Irene Salvatierra <irene.salvatierra@kelsa.es>",
        "Proceso de selección Customer Success Manager - Kelsa",
        S("interview", KS, KSR, 7, "direct"),
        text="""Hola, Valeria:

Soy Irene, de Personas en Kelsa. Hemos revisado tu candidatura para el puesto de Customer Success Manager y nos gustaría tener una primera videollamada contigo. Sabemos que estás en Ciudad de México, así que te proponemos el martes 30 a las 17:00 (hora de Madrid), que serían las 9:00 allí.

Un saludo,
Irene Salvatierra
Personas · Kelsa Software""",
        ics={
            "start": at("2025-09-30 17:00", tz_es),
            "minutes": 30,
            "organizer": ("Irene Salvatierra", "irene.salvatierra@kelsa.es"),
            "uid": "0ajv4s9r1kq6wbn8y2pi@google.com",
            "summary": "Kelsa · Primera entrevista CSM - Valeria Ortega",
            "location": "meet.google.com/hkd-xpvq-rrm",
        },
    ),
    me(
        k(),
        "2025-10-08 09:12",
        "Irene Salvatierra <irene.salvatierra@kelsa.es>",
        "Tu candidatura en Kelsa",
        S("rejection", KS, KSR, 7, "direct"),
        text="""Hola, Valeria:

Muchas gracias por tu tiempo la semana pasada. Nos gustó mucho conversar contigo y tu experiencia con clientes en Latinoamérica es muy interesante.

Finalmente, hemos decidido seguir adelante con candidatos que ya residen en España, porque en este momento no podemos gestionar permisos de trabajo. Lamentamos no poder darte una respuesta distinta.

Te deseamos mucha suerte,
Irene""",
    ),
    # --- 8 Trazza Logística (Teamtailor), ghosted ------------------------------------------
    me(
        k(),
        "2025-10-13 16:03",
        "Trazza Logística <no-reply@teamtailor-mail.com>",
        "Hemos recibido tu candidatura",
        S("confirmation", TZ, TZR, 8, "teamtailor"),
        html="""<html><body style="font-family:Helvetica"><h2>¡Gracias, Valeria!</h2>
<p>Hemos recibido tu candidatura para <b>Account Manager LATAM</b>. Revisaremos tu perfil y te escribiremos en cuanto tengamos novedades.</p>
<p>Mientras tanto, conoce cómo trabajamos en <a href="https://carreras.trazza.es">carreras.trazza.es</a>.</p>
<p>Equipo de Talento · Trazza Logística S.L.</p></body></html>""",
        reply_to="Trazza Logística <jobs@trazza.teamtailor-mail.com>",
    ),
    # --- 9 Bruma Analytics (SmartRecruiters), congelada -------------------------------------
    me(
        k(),
        "2025-10-20 11:45",
        "Bruma Analytics <noreply@smartrecruiters.com>",
        "Gracias por tu candidatura a Customer Success Lead",
        S("confirmation", BA, BAR, 9, "smartrecruiters"),
        text="""Hola Valeria,

Gracias por presentar tu candidatura a Customer Success Lead en Bruma Analytics. Hemos recibido tu solicitud correctamente.

Nuestro equipo revisará tu perfil. Si no eres seleccionada para la siguiente fase, te lo comunicaremos igualmente.

Un saludo,
Talent Team · Bruma Analytics""",
    ),
    me(
        k(),
        "2025-10-29 13:00",
        "Nacho Ferrándiz <nacho.ferrandiz@bruma.ai>",
        "Entrevista - Customer Success Lead (Bruma)",
        S("interview", BA, BAR, 9, "direct"),
        text="""Hola Valeria,

Te escribo para proponerte una entrevista con Marta (VP Customer) y conmigo el lunes 3 de noviembre a las 16:30 hora de Madrid (9:30 en CDMX). Te mando la invitación.

Saludos,
Nacho Ferrándiz
Talent Acquisition · Bruma Analytics""",
        ics={
            "start": at("2025-11-03 16:30", tz_es),
            "minutes": 45,
            "organizer": ("Nacho Ferrándiz", "nacho.ferrandiz@bruma.ai"),
            "uid": "6hnq2v8k4ae1s7xr3bzd@google.com",
            "summary": "Bruma · Entrevista CS Lead (Valeria Ortega)",
            "location": "meet.google.com/trx-pkez-hhy",
            "attendees": [("Marta Lluch", "marta.lluch@bruma.ai")],
        },
    ),
    me(
        k(),
        "2025-11-17 10:20",
        "Nacho Ferrándiz <nacho.ferrandiz@bruma.ai>",
        "Novedades sobre el proceso de Customer Success Lead",
        S("confirmation", BA, BAR, 9, "direct"),
        st="on_hold",
        text="""Hola Valeria,

Quería contarte de primera mano que la posición de Customer Success Lead ha quedado congelada temporalmente: estamos revisando la planificación de 2026 tras un cambio en la dirección.

Tu candidatura sigue activa y, si el proceso se reabre en el primer trimestre, serías de las primeras personas a las que contactaríamos. Siento la espera.

Un abrazo,
Nacho""",
    ),
    # --- 20 Vértice Pagos (LinkedIn) ----------------------------------------------------------
    me(
        k(),
        "2025-11-10 19:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Valeria, tu solicitud se envió a Vértice Pagos",
        S("confirmation", VP, VPR, 20, "linkedin"),
        html="""<html><body><p>Tu solicitud se envió a Vértice Pagos</p><p><b>Customer Success Manager LATAM</b><br>Vértice Pagos · Madrid, Comunidad de Madrid, España (híbrido)</p><p>Enviada el 10 nov 2025</p></body></html>""",
    ),
    me(
        k(),
        "2025-11-19 12:10",
        "Beatriz Olmedo <beatriz.olmedo@verticepagos.es>",
        "Entrevista Customer Success Manager LATAM",
        S("interview", VP, VPR, 20, "direct"),
        text="""Hola Valeria:

Gracias por tu interés en Vértice Pagos. Nos gustaría conocerte en una entrevista por Teams el miércoles 26 de noviembre a las 16:00 (hora peninsular). ¿Te viene bien?

Un saludo,
Beatriz Olmedo
Talento · Vértice Pagos S.L.""",
        ics={
            "style": "outlook",
            "start": at("2025-11-26 16:00", tz_es),
            "minutes": 45,
            "organizer": ("Beatriz Olmedo", "beatriz.olmedo@verticepagos.es"),
            "uid": "040000008200E00074C5B7101A82E00800000000A4B29F11",
            "summary": "Entrevista CSM LATAM - Valeria Ortega",
            "location": "Reunión de Microsoft Teams",
        },
    ),
    me(
        k(),
        "2025-12-10 09:30",
        "Beatriz Olmedo <beatriz.olmedo@verticepagos.es>",
        "Tu candidatura en Vértice Pagos",
        S("rejection", VP, VPR, 20, "direct"),
        text="""Hola Valeria:

Gracias de nuevo por participar en nuestro proceso de selección. Valoramos mucho tu experiencia con cuentas en México y tu claridad en la entrevista.

Tras valorar todas las candidaturas, hemos decidido continuar con otra persona para esta posición. Nos encantaría mantener el contacto para futuras oportunidades.

Un saludo,
Beatriz""",
    ),
    # --- 22 Lumbre Studio (Teamtailor) --------------------------------------------------------
    me(
        k(),
        "2025-12-04 20:10",
        "Lumbre Studio <no-reply@teamtailor-mail.com>",
        "¡Gracias por tu candidatura, Valeria!",
        S("confirmation", LB, LBR, 22, "teamtailor"),
        html="""<html><body><h2>¡Hola Valeria!</h2><p>Gracias por tu candidatura a <b>Customer Success Manager (remoto)</b>. La leeremos con calma y te diremos algo en las próximas dos semanas.</p><p>Lumbre Studio · Madrid</p></body></html>""",
    ),
    me(
        k(),
        "2025-12-19 11:50",
        "Lumbre Studio <no-reply@teamtailor-mail.com>",
        "Actualización de tu candidatura",
        S("rejection", LB, LBR, 22, "teamtailor"),
        html="""<html><body><p>Hola Valeria,</p><p>Gracias por tu interés en Lumbre Studio y por el tiempo que has dedicado. Nos ha encantado leer tu candidatura.</p><p>Esta vez hemos decidido seguir con otros perfiles cuya experiencia encaja más con el puesto. Guardaremos tus datos por si surge algo en el futuro.</p><p>Un abrazo,<br>Equipo Lumbre</p></body></html>""",
    ),
    # --- Spain alerts -------------------------------------------------------------------------
    me(
        k(),
        "2025-10-01 08:00",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas: customer success en Madrid",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Tienes <b>9 ofertas nuevas</b> que encajan con tu alerta.</p><ul><li>Customer Success Manager · Kelsa Software S.L. · Madrid</li><li>Account Manager · Trazza Logística · Madrid</li></ul></body></html>""",
    ),
    me(
        k(),
        "2025-12-01 08:00",
        "InfoJobs <alertas@infojobs.net>",
        "Ofertas de la semana que encajan contigo",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Customer Success Manager (remoto) · Lumbre Studio · Madrid</p><p>Técnico/a de Onboarding · Soluciones Ebro · Zaragoza</p></body></html>""",
    ),
    me(
        k(),
        "2025-12-05 12:00",
        "Nacho Ferrándiz <nacho.ferrandiz@bruma.ai>",
        "Re: Novedades sobre el proceso de Customer Success Lead",
        S("confirmation", BA, BAR, 9, "direct"),
        st="on_hold",
        text="""Hola Valeria, ¡gracias por escribir! De momento seguimos sin fecha para reabrir la posición. Te aviso en cuanto sepa algo.

Un saludo,
Nacho""",
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 145, job mail part two (data only): see heldout145.py."""

from __future__ import annotations

from typing import Any

from heldout145_jobs import (
    AR,
    ARR,
    BA,
    BA2,
    BW,
    BWR,
    CU,
    CUR,
    FX,
    FXR,
    KA,
    KA2,
    KA_TALENT,
    KL,
    KLR,
    LG,
    LGR,
    LT,
    LTR,
    MP,
    MPR,
    NV,
    NV_TALENT,
    NVR,
    SO,
    SOR,
    A,
    J,
    R,
    ics,
    m,
)

NEXO = ("Florencia Díaz Vélez", "fdiazvelez@nexotalento.example")
BW_MEGAN = ("Megan Holloway", "megan.holloway@brightwateranalytics.example")

MAIL: list[dict[str, Any]] = [
    # --- 11 Nordvik (Taleo, then Oracle Recruiting): test, interviews (one moved), CFO panel,
    # offer accepted by reply, DocuSign, onboarding -----------------------------------------------
    m(
        "tl111",
        "2025-10-14 23:09",
        "Nordvik Talent Acquisition <no-reply@taleo.net>",
        "Nordvik - Confirmación de postulación",
        A("confirmation", NV, NVR, 11, "taleo"),
        text="""Estimada Agustina Belén,

Gracias por postularse al puesto 2500317 - Analista Sr. de FP&A (Vicente López, Buenos Aires).

Hemos recibido su solicitud correctamente. Nuestro equipo de Talent Acquisition revisará sus
antecedentes y se pondrá en contacto con usted si su perfil coincide con los requisitos del
puesto.

Para consultar el estado de su candidatura, ingrese a su cuenta en:
https://nordvik.taleo.net/careersection/ext_latam/mysubmissions.ftl?lang=es

Atentamente,

Talent Acquisition – Cono Sur
Nordvik Consumer Goods Argentina S.R.L.

Nordvik es un empleador que ofrece igualdad de oportunidades. No solicitamos pagos a
candidatos en ninguna etapa del proceso.
""",
    ),
    m(
        "tg112",
        "2025-10-27 16:40",
        "TestGorilla <no-reply@testgorilla.com>",
        "Nordvik te invitó a completar una evaluación",
        A("assessment", NV, NVR, 11, "other"),
        html="""<html><body style="font-family:Inter,Arial,sans-serif;color:#1b1b1b;font-size:15px">
<p>Hola Agustina,</p>
<p><b>Nordvik</b> te invitó a realizar una evaluación para el puesto <b>Analista Sr. de FP&amp;A</b>.</p>
<p>La evaluación incluye:</p>
<ul><li>Microsoft Excel (avanzado)</li><li>Razonamiento numérico</li><li>Inglés (B2)</li>
<li>2 preguntas abiertas sobre presupuesto y forecast</li></ul>
<p>Duración estimada: 55 minutos. Tenés tiempo hasta el <b>3 de noviembre de 2025</b>.</p>
<p><a href="https://app.testgorilla.com/invite/c2b91f3e-8e0d-4a57-b1c7-0e4aa2c1d7f0?utm_source=email" style="background:#46a997;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Comenzar evaluación</a></p>
<p style="font-size:12px;color:#777">¿Problemas técnicos? Visitá nuestro centro de ayuda en support.testgorilla.com.<br>
TestGorilla B.V. · Amsterdam, Países Bajos</p>
</body></html>""",
    ),
    m(
        "or113",
        "2025-11-07 12:03",
        "Nordvik Careers <ehsx.fa.sender@workflow.mail.us2.cloud.oracle.com>",
        "Confirmación de entrevista: Analista Sr. de FP&A",
        A("interview", NV, NVR, 11, "oracle"),
        text="""Hola Agustina Belén:

Su entrevista para el puesto Analista Sr. de FP&A (2500317) quedó programada.

Fecha: miércoles, 12 de noviembre de 2025
Hora: 10:00 - 10:45 (GMT-03:00) Buenos Aires
Tipo: Videollamada (Microsoft Teams)
Entrevistadores: Valentina Rossi (Talent Acquisition), Paula Lanús (Gerente de FP&A)

Si necesita modificar el horario, puede hacerlo desde la sección "Mis solicitudes" del sitio
de empleos o respondiendo a su reclutadora.

Nordvik – Talent Acquisition
""",
        ics=ics(
            "ORA-IRC-INTV-300000419928817",
            "2025-11-12 10:00",
            "Entrevista: Analista Sr. de FP&A - Nordvik",
            NV_TALENT,
            minutes=45,
            attendees=[("Paula Lanús", "paula.lanus@nordvik.example")],
            location="Microsoft Teams",
            description="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NVK2500317%40thread.v2/0",
        ),
    ),
    m(
        "nv114",
        "2025-11-11 18:17",
        "Valentina Rossi <valentina.rossi@nordvik.example>",
        "Cambio de horario - entrevista FP&A",
        A("interview", NV, NVR, 11, "direct"),
        text="""Hola Agus, ¿qué tal?

Te pido mil disculpas por el cambio a último momento: Paula tiene que viajar mañana a la planta
de Pilar por el cierre del budget 2026 y no llega a conectarse.

¿Podemos pasar la entrevista al viernes 14 a las 15? Ya te actualicé la invitación; si no te
sirve decime y buscamos otro hueco la semana que viene.

¡Gracias por la flexibilidad!

Valentina Rossi
Talent Acquisition Partner – Cono Sur
Nordvik | Av. del Libertador 2442, Olivos, Vicente López
""",
        ics=ics(
            "ORA-IRC-INTV-300000419928817",
            "2025-11-14 15:00",
            "Entrevista: Analista Sr. de FP&A - Nordvik (reprogramada)",
            NV_TALENT,
            minutes=45,
            sequence=1,
            attendees=[("Paula Lanús", "paula.lanus@nordvik.example")],
            location="Microsoft Teams",
            description="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NVK2500317%40thread.v2/0",
        ),
    ),
    m(
        "nv115",
        "2025-11-26 11:34",
        "Valentina Rossi <valentina.rossi@nordvik.example>",
        "Próxima instancia: panel con Finanzas",
        A("interview", NV, NVR, 11, "direct"),
        text="""Hola Agus,

¡Buenísimas noticias! Paula quedó muy contenta con la charla y queremos invitarte a la última
instancia: un panel presencial en nuestras oficinas de Olivos con:

- Martín Echeverría – CFO Cono Sur
- Paula Lanús – Gerente de FP&A
- Diego Saravia – Controller

Martes 2 de diciembre, 11 hs, Av. del Libertador 2442, piso 9. Dura alrededor de una hora.
Vas a presentar en 10 minutos un análisis breve sobre un caso (te lo mando el jueves por
mail), y después preguntas.

Confirmame cuando puedas. ¡Vamos que falta poco!

Vale

Valentina Rossi
Talent Acquisition Partner – Cono Sur
Nordvik
""",
        ics=ics(
            "NVK-PANEL-2500317-0212@nordvik.example",
            "2025-12-02 11:00",
            "Panel Finanzas - Agustina Iturralde (FP&A Sr.)",
            NV_TALENT,
            minutes=60,
            attendees=[
                ("Martín Echeverría", "martin.echeverria@nordvik.example"),
                ("Paula Lanús", "paula.lanus@nordvik.example"),
                ("Diego Saravia", "diego.saravia@nordvik.example"),
            ],
            location="Nordvik – Av. del Libertador 2442, piso 9, Olivos",
        ),
    ),
    m(
        "nv116",
        "2026-01-07 17:50",
        "Valentina Rossi <valentina.rossi@nordvik.example>",
        "Propuesta - Nordvik",
        A("offer", NV, NVR, 11, "direct"),
        text="""Hola Agus:

¡Qué alegría escribirte este mail! Después del panel y de las referencias, el equipo de
Finanzas decidió avanzar con vos para la posición de Analista Sr. de FP&A. Te paso el detalle
de la propuesta económica, que armamos tomando como base el recibo de sueldo que nos
compartiste:

- Remuneración bruta mensual: $ 3.450.000 (fuera de convenio), con revisión en abril y
  octubre según política de la compañía.
- Bono anual: target de 1,5 sueldos según objetivos individuales y de la compañía.
- Prepaga Salud Plena plan 410 para vos y tu grupo familiar, sin costo.
- Modalidad híbrida: 3 días en Olivos, 2 días home office.
- Almuerzo en comedor, estacionamiento y 5 días adicionales de vacaciones a partir del
  segundo año.
- Fecha de ingreso propuesta: lunes 2 de marzo de 2026.

Contanos qué te parece; si tenés dudas armamos una llamada con Paula. Una vez que nos confirmes,
te enviamos la carta oferta para firmar por DocuSign.

Un abrazo,
Vale

Valentina Rossi
Talent Acquisition Partner – Cono Sur
Nordvik Consumer Goods Argentina S.R.L.
""",
    ),
    m(
        "nv117",
        "2026-01-09 10:22",
        "Valentina Rossi <valentina.rossi@nordvik.example>",
        "Re: Propuesta - Nordvik",
        A("offer", NV, NVR, 11, "direct"),
        st="accepted",
        text="""¡Agus, qué buena noticia! 🎉

Recibimos tu aceptación, ya le avisé a Paula y a Martín, que están felices. Hoy mismo te llega
la carta oferta por DocuSign y la semana que viene te escribe el equipo de Ingresos para el
preocupacional y la documentación.

Bienvenida a Nordvik.

Vale

El jue, 8 ene 2026 a las 21:14, Agustina Iturralde <agustina.iturralde.o@gmail.com> escribió:
> Hola Vale, ¿cómo estás?
> Muchas gracias por la propuesta. La estuve pensando y la acepto con mucho gusto. Les voy a
> avisar en el estudio la semana que viene, así que el 2/3 me queda perfecto.
> Abrazo,
> Agus
""",
        **R("<CAJd8kP7Lr0uYt2q-Nv4x@mail.gmail.com>"),
    ),
    m(
        "ds118",
        "2026-01-12 12:40",
        "Nordvik Argentina via Docusign <dse_NA3@docusign.net>",
        "Completar con Docusign: Carta Oferta - Iturralde Ocampo.pdf",
        A("offer", NV, NVR, 11, "docusign"),
        st="accepted",
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<p style="background:#1e4ca1;color:#fff;padding:18px;font-size:16px">Valentina Rossi le envió un documento para revisar y firmar.</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=7c1e0f9a-2b55-4f3c-8d17-5c1a9e3b6d02&amp;acct=d2e1&amp;er=4f9b" style="background:#ffc820;color:#000;padding:10px 22px;text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a></p>
<p><b>Valentina Rossi</b><br>valentina.rossi@nordvik.example</p>
<p>Agustina: te envío la carta oferta para tu firma. ¡Cualquier duda me avisás!</p>
<p style="font-size:12px;color:#666"><b>No comparta este correo electrónico</b><br>Este correo electrónico contiene un enlace de
seguridad a Docusign. No comparta este correo electrónico, este enlace ni el código de acceso con otras personas.</p>
<p style="font-size:12px;color:#666"><b>Acerca de Docusign</b><br>Firme documentos electrónicamente en solo minutos. Es seguro.
Si está en la oficina, en su hogar o en cualquier lugar, confíe en Docusign.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "ds119",
        "2026-01-12 20:06",
        "Docusign NA3 System <dse_NA3@docusign.net>",
        "Completado: Carta Oferta - Iturralde Ocampo.pdf",
        A("offer", NV, NVR, 11, "docusign"),
        st="accepted",
        text="""Todas las partes han completado Carta Oferta - Iturralde Ocampo.pdf.

Todos los firmantes completaron el sobre. Puede ver o descargar el documento completado
desde Docusign.

VER DOCUMENTO COMPLETADO:
https://na3.docusign.net/Member/EmailStart.aspx?m=0a3b5d71-c2e9-4a18-9f0f-6b2e7c84d915

Remitente: Valentina Rossi (valentina.rossi@nordvik.example)
Nordvik Consumer Goods Argentina S.R.L.

No comparta este correo electrónico. Docusign, Inc. 221 Main Street, Suite 1550, San
Francisco, CA 94105.
""",
        attach=[
            (
                "Carta Oferta - Iturralde Ocampo.pdf",
                "application/pdf",
                "%PDF-1.7 carta oferta firmada Nordvik",
            )
        ],
    ),
    m(
        "nv11a",
        "2026-01-20 09:15",
        "Ingresos Nordvik <ingresos@nordvik.example>",
        "Tu ingreso a Nordvik: preocupacional y documentación",
        J("other_job", "direct", NV, NVR),
        text="""Hola Agustina,

¡Bienvenida! Somos el equipo de Ingresos de Nordvik. Para avanzar con tu alta necesitamos:

1. Examen preocupacional: turno el martes 27/01 a las 8:00 en Centro Médico Laboral Olivos
   (Av. Maipú 1820, Vicente López). Ir en ayunas, con DNI.
2. Documentación (escaneada, por respuesta a este mail):
   - DNI frente y dorso
   - Constancia de CUIL
   - Título de Contadora Pública y certificado de matrícula del CPCE
   - Formulario de alta de obra social / opción de prepaga (adjunto)
   - CBU de una cuenta sueldo o caja de ahorro a tu nombre
3. Constancia de baja del empleador anterior (cuando la tengas).

Cualquier duda, estamos por acá.

Equipo de Ingresos | People
Nordvik Consumer Goods Argentina S.R.L.
""",
    ),
    m(
        "nv11b",
        "2026-02-23 10:02",
        "Ingresos Nordvik <ingresos@nordvik.example>",
        "¡Te esperamos el lunes 2/3! Tu primer día en Nordvik",
        J("other_job", "direct", NV, NVR),
        html="""<div style="font-family:Arial;font-size:14px;color:#222">
<h2 style="color:#0a4a7a">¡Hola Agustina! Ya casi estás 🙂</h2>
<p>El lunes 2 de marzo te esperamos a las <b>9:00</b> en Av. del Libertador 2442, Olivos.
Preguntá en recepción por Paula Lanús.</p>
<p><b>Tu agenda del primer día</b></p>
<ul><li>9:00 Bienvenida y entrega de notebook</li><li>10:30 Inducción People (beneficios, Salud Plena, recibo de sueldo digital)</li>
<li>13:00 Almuerzo con el equipo de FP&amp;A</li><li>15:00 Accesos a SAP y Anaplan</li></ul>
<p>¡Bienvenida a la familia Nordvik!</p>
<p style="font-size:11px;color:#888">People Team – Nordvik Cono Sur</p>
</div>""",
    ),
    # --- 12 Maltería Pampeana (Workday "mpsa"): confirmation forwarded from an old Hotmail ------
    m(
        "fw121",
        "2025-10-23 22:48",
        "Agustina Iturralde <agus_iturralde@hotmail.com.ar>",
        "RV: Maltería Pampeana - Recibimos tu postulación",
        A("confirmation", MP, MPR, 12, "workday"),
        text="""me llegó al hotmail viejo, lo reenvío para tenerlo acá

________________________________
De: Maltería Pampeana <mpsa@myworkday.com>
Enviado: jueves, 23 de octubre de 2025 19:31
Para: agus_iturralde@hotmail.com.ar <agus_iturralde@hotmail.com.ar>
Asunto: Maltería Pampeana - Recibimos tu postulación

Hola Agustina,

Gracias por postularte a la posición JR-2025-0388 Analista de Costos y Presupuesto en
Maltería Pampeana S.A. (Oficinas Corporativas – Vicente López).

Revisaremos tu perfil y, en caso de avanzar, nos comunicaremos por este medio.

Saludos,
Gestión del Talento
Maltería Pampeana S.A.

Este es un correo automático. No responder.
""",
    ),
    # --- 13 Laboratorios Gándara through Nexo Talento (client named late) -----------------------
    m(
        "nx131",
        "2025-10-30 12:47",
        "Florencia Díaz Vélez <fdiazvelez@nexotalento.example>",
        "Búsqueda confidencial - Contador/a Sr. Impuestos (zona Pilar)",
        J("outreach", "agency", None, LGR),
        text="""Hola Agustina, ¿cómo estás?

Soy Florencia, consultora en Nexo Talento. Vi tu perfil en LinkedIn y creo que puede encajar
muy bien con una búsqueda que estamos llevando adelante de forma confidencial.

Nuestro cliente es un laboratorio farmacéutico de capitales nacionales con planta en Pilar,
en plena expansión de sus exportaciones. Buscan un/a Contador/a Sr. para el área de
Impuestos, reportando al Gerente de Impuestos:

- Liquidación de IVA, Ganancias, IIBB (CM) y regímenes de retención y percepción
- Atención de inspecciones y requerimientos
- Participación en proyectos de reintegros a la exportación
- Modalidad: 4 días en planta Pilar / 1 home. Traslado desde CABA cubierto.

¿Te interesaría conversar? Si es así, mandame tu CV actualizado y coordinamos una llamada.

Saludos,

Florencia Díaz Vélez
Consultora Sr. | Finanzas & Administración
Nexo Talento – Consultores en Recursos Humanos
Tel. +54 9 11 5832-4471 | nexotalento.example
""",
    ),
    m(
        "nx132",
        "2025-11-05 09:18",
        "Florencia Díaz Vélez <fdiazvelez@nexotalento.example>",
        "RE: Búsqueda confidencial - Contador/a Sr. Impuestos (zona Pilar)",
        A("interview", LG, LGR, 13, "agency"),
        text="""¡Gracias por tu respuesta y por el CV, Agustina!

¿Te parece si hacemos una primera charla el viernes 7 a las 12 por Meet? Son 30 minutos para
conocernos, repasar tu experiencia y contarte un poco más del cliente y de la posición.

Te mando la invitación.

Saludos,
Florencia

Florencia Díaz Vélez
Consultora Sr. | Nexo Talento

-----Mensaje original-----
De: Agustina Iturralde <agustina.iturralde.o@gmail.com>
Enviado el: martes, 4 de noviembre de 2025 20:36
Para: Florencia Díaz Vélez <fdiazvelez@nexotalento.example>
Asunto: Re: Búsqueda confidencial - Contador/a Sr. Impuestos (zona Pilar)

Hola Florencia, gracias por escribirme. Sí, me interesa. Te adjunto mi CV.
Saludos, Agustina
""",
        ics=ics(
            "5ud2n8f0xq3j9nexo@google.com",
            "2025-11-07 12:00",
            "Entrevista Agustina Iturralde - Nexo Talento",
            NEXO,
            minutes=30,
            description="Unirse con Google Meet: https://meet.google.com/ajr-xwtn-pod",
        ),
        **R("<CAJd8kP5wXz0aT3v-Hq8@mail.gmail.com>"),
    ),
    m(
        "nx133",
        "2025-11-18 16:29",
        "Florencia Díaz Vélez <fdiazvelez@nexotalento.example>",
        "Avanzamos - entrevista con el cliente",
        A("interview", LG, LGR, 13, "agency"),
        text="""Hola Agus,

Como te adelanté por WhatsApp, el cliente quiere conocerte. Ahora sí te puedo contar: se trata
de Laboratorios Gándara (Gándara S.A.I.C.F.).

La entrevista es presencial con Hernán Villalba (Gerente de Impuestos) y Mónica Reyes (HRBP):

Martes 25/11, 10:00 hs
Planta Pilar – Ruta Panamericana km 49,5, Parque Industrial Pilar, Calle 8 N° 140
Preguntar en garita por RRHH. Hay estacionamiento para visitas.

Te sugiero repasar el tema de reintegros y el régimen de exportadores, es algo que les
preocupa mucho. Después de la entrevista hablamos.

¡Éxitos!
Flor

Florencia Díaz Vélez
Consultora Sr. | Nexo Talento
""",
        ics=ics(
            "nexo-lg-2025-048@nexotalento.example",
            "2025-11-25 10:00",
            "Entrevista Laboratorios Gándara - A. Iturralde (Nexo Talento)",
            NEXO,
            minutes=60,
            attendees=[("Hernán Villalba", "hvillalba@labgandara.example")],
            location="Laboratorios Gándara - Parque Industrial Pilar, Calle 8 N° 140",
        ),
    ),
    m(
        "nx134",
        "2025-12-18 18:03",
        "Florencia Díaz Vélez <fdiazvelez@nexotalento.example>",
        "Novedades búsqueda",
        A("rejection", LG, LGR, 13, "agency"),
        text="""Hola Agus, ¿cómo estás?

Te quería contar en persona, pero no coincidimos por teléfono. Finalmente el cliente decidió
avanzar con otra candidata que viene de la industria farmacéutica y ya maneja el régimen de
reintegros y el de ANMAT desde lo impositivo.

Hernán me dijo que tu entrevista le gustó mucho y que tu perfil es muy sólido, pero pesó la
experiencia en la industria. Lamento que esta vez no se haya dado.

Te tengo muy presente para próximas búsquedas. ¡Felices fiestas!

Flor
Nexo Talento
""",
    ),
    # --- 14 Kestler Abalos, second role: Transfer Pricing (Workday), put on hold -----------------
    m(
        "w0k6",
        "2025-11-03 09:12",
        "Kestler Abalos Careers <kaglobal@myworkday.com>",
        "Gracias por postularte a KA",
        A("confirmation", KA, KA2, 14, "workday"),
        text="""Hola Agustina Belén:

¡Gracias por volver a elegirnos!

Recibimos tu postulación para la posición R-0047310 Semi Senior de Precios de Transferencia
(Buenos Aires). Vamos a revisar tu perfil y te contactaremos si avanzás en el proceso.

Podés seguir el estado desde "Mis postulaciones":
https://kaglobal.wd3.myworkdayjobs.com/es/KA_Careers/userHome

Saludos,
Talent Acquisition
Kestler Abalos & Co. S.R.L.
""",
    ),
    m(
        "w0k7",
        "2025-11-19 17:20",
        "Tomás Ugarte <tugarte@kestlerabalos.example>",
        "Charla con el equipo de Transfer Pricing",
        A("interview", KA, KA2, 14, "direct"),
        cc="Milagros Peralta <mperalta@kestlerabalos.example>",
        text="""Hola Agustina,

Soy Tomás Ugarte, Gerente de Precios de Transferencia en KA. Milagros me pasó tu CV y me
interesó tu experiencia con el informe de operaciones internacionales en el estudio.

¿Podemos juntarnos el lunes 24/11 a las 16 en la oficina de Catalinas (piso 11)? Una charla
de una hora, informal, con Jimena (Senior Manager).

Saludos,
Tomás

Tomás Ugarte | Manager – Transfer Pricing
KA Argentina
""",
        ics=ics(
            "ka-tp-0047310-int1@kestlerabalos.example",
            "2025-11-24 16:00",
            "Entrevista TP - Agustina Iturralde",
            ("Tomás Ugarte", "tugarte@kestlerabalos.example"),
            attendees=[KA_TALENT, ("Jimena Roldán", "jroldan@kestlerabalos.example")],
            location="Torre Catalinas Plaza, piso 11, sala Paraná",
        ),
    ),
    m(
        "w0k8",
        "2025-12-12 12:05",
        "Milagros Peralta <mperalta@kestlerabalos.example>",
        "Re: Búsqueda Semi Senior TP",
        A("confirmation", KA, KA2, 14, "direct"),
        st="on_hold",
        text="""Hola Agus,

Gracias por escribir. Te cuento: la búsqueda de Semi Senior de TP quedó en pausa. Se está
revisando el headcount de la práctica para el año fiscal que empieza en enero y no tenemos
todavía la aprobación para cubrirla.

Tomás quedó muy bien con la entrevista, así que apenas se reactive te contactamos sin
necesidad de que vuelvas a postularte.

Saludos y buen fin de año,
Milagros

Milagros Peralta
Talent Acquisition Senior | KA

> El jue, 11 dic 2025 a las 18:40, Agustina Iturralde escribió:
> Hola Milagros, ¿cómo estás? Quería saber si hubo novedades en la búsqueda de TP.
> ¡Gracias!
""",
        **R("<CAJd8kP9Qm2bHs1o-Ka7@mail.gmail.com>"),
    ),
    # --- 15 Brightwater Analytics (LinkedIn, then direct; contractor through Deel): offer
    # declined after a counter-offer --------------------------------------------------------------
    m(
        "li151",
        "2025-11-26 21:33",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Agustina, tu solicitud se envió a Brightwater Analytics",
        A("confirmation", BW, BWR, 15, "linkedin"),
        text="""Tu solicitud se envió a Brightwater Analytics

Senior Accountant, LatAm (Contractor)
Brightwater Analytics · Argentina (En remoto)
Solicitud enviada el 26 nov 2025

Ver tu solicitud: https://www.linkedin.com/jobs/view/4130550218/?trk=eml-email_application_confirmation_01

Este email está dirigido a Agustina Iturralde Ocampo.
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "bw152",
        "2025-12-04 14:11",
        "Megan Holloway <megan.holloway@brightwateranalytics.example>",
        "Brightwater Analytics - Intro call",
        A("interview", BW, BWR, 15, "direct", "en"),
        text="""Hi Agustina,

Thanks for applying to the Senior Accountant, LatAm role at Brightwater Analytics! I'm the
recruiter for our Finance team and I'd love to set up a 30-minute intro call.

I've sent an invite for Tuesday, Dec 9 at 11:00 AM ET (1:00 PM in Buenos Aires). We'll go over
your background, the contractor setup (we engage our LatAm team through Deel) and your
compensation expectations in USD.

Let me know if another time works better.

Best,
Megan

Megan Holloway
Talent Partner | Brightwater Analytics
Boston, MA
""",
        ics=ics(
            "0r7kq3bw9v2tz5h1bright@google.com",
            "2025-12-09 13:00",
            "Agustina Iturralde / Brightwater - Intro call",
            BW_MEGAN,
            minutes=30,
            description="Join with Google Meet: https://meet.google.com/vty-hqmr-zse",
        ),
    ),
    m(
        "bw153",
        "2025-12-12 10:45",
        "Megan Holloway <megan.holloway@brightwateranalytics.example>",
        "Next step: chat with our Controller",
        A("interview", BW, BWR, 15, "direct", "en"),
        text="""Hi Agustina,

Great talking to you on Tuesday! Next step is a 45-minute conversation with Daniel Kraus, our
Controller. He'll dig into month-end close, intercompany reconciliations and how you'd handle
our Argentine and Colombian entities' local filings.

Invite sent for Wednesday, Dec 17 at 10:00 AM ET (12:00 PM your time).

Best,
Megan
""",
        ics=ics(
            "6p1mx8bw4c0yr2d7bright@google.com",
            "2025-12-17 12:00",
            "Agustina Iturralde / Daniel Kraus (Controller)",
            BW_MEGAN,
            minutes=45,
            attendees=[("Daniel Kraus", "daniel.kraus@brightwateranalytics.example")],
            description="Join with Google Meet: https://meet.google.com/kpe-rdzb-mvf",
        ),
    ),
    m(
        "bw154",
        "2026-01-05 15:27",
        "Daniel Kraus <daniel.kraus@brightwateranalytics.example>",
        "Brightwater - Senior Accountant, LatAm",
        A("offer", BW, BWR, 15, "direct", "en"),
        cc="Megan Holloway <megan.holloway@brightwateranalytics.example>",
        text="""Hi Agustina,

Happy New Year! I hope you had a good break.

I'm happy to let you know that we'd like you to join the Finance team as Senior Accountant,
LatAm. Here are the main terms:

- Engagement: full-time independent contractor through Deel (Argentina)
- Fee: USD 2,900 per month, paid monthly via Deel
- Schedule: 40 h/week, overlapping at least 5 hours with US Eastern time
- Time off: 15 business days per year plus US and Argentine national holidays
- Equipment: laptop provided
- Target start date: February 2, 2026

You'll receive the contract from Deel shortly. Please let me know if you have any questions;
happy to jump on a call.

Best regards,
Daniel

Daniel Kraus
Controller | Brightwater Analytics, Inc.
""",
    ),
    m(
        "dl155",
        "2026-01-06 09:02",
        "Deel <no-reply@deel.com>",
        "Brightwater Analytics, Inc. sent you a contract to review and sign",
        A("offer", BW, BWR, 15, "other", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#111;font-size:15px">
<p><img src="https://app.deel.com/static/email/deel-logo.png" alt="Deel" height="28"></p>
<p>Hi Agustina,</p>
<p><b>Brightwater Analytics, Inc.</b> has invited you to Deel and sent you a contract for
<b>Senior Accountant, LatAm</b>.</p>
<table cellpadding="6" style="border:1px solid #e4e4e4"><tr><td>Contract type</td><td>Fixed rate (Independent contractor)</td></tr>
<tr><td>Rate</td><td>USD 2,900.00 / month</td></tr><tr><td>Start date</td><td>Feb 2, 2026</td></tr></table>
<p><a href="https://app.deel.com/contracts/invite/mx39qk2?utm_source=email&amp;utm_campaign=contract_invite" style="background:#15357a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:6px">Review and sign</a></p>
<p style="font-size:12px;color:#666">Deel, Inc. · 650 2nd Street, San Francisco, CA 94107 · You received this email because a
client invited you to Deel.</p>
</body></html>""",
    ),
    m(
        "bw156",
        "2026-01-08 13:14",
        "Daniel Kraus <daniel.kraus@brightwateranalytics.example>",
        "Re: Brightwater - Senior Accountant, LatAm",
        A("offer", BW, BWR, 15, "direct", "en"),
        text="""Hi Agustina,

Thanks for being upfront about your expectations. I talked to our CFO: we can move the fee to
USD 3,150/month and add a USD 600 yearly learning budget, but we can't get to 3,500 for this
role right now.

If that works for you, we'll update the Deel contract today.

Best,
Daniel

On Wed, Jan 7, 2026 at 6:52 PM Agustina Iturralde <agustina.iturralde.o@gmail.com> wrote:
> Hi Daniel, thank you so much for the offer, I'm really excited about the team.
> Considering the contractor setup (I'd be covering my own monotributo, health insurance and
> no aguinaldo), would it be possible to get to USD 3,500 per month?
> Best, Agustina
""",
        **R("<CAJd8kP3Tn6cWx8e-Bw1@mail.gmail.com>"),
    ),
    m(
        "bw157",
        "2026-01-12 16:38",
        "Daniel Kraus <daniel.kraus@brightwateranalytics.example>",
        "Re: Brightwater - Senior Accountant, LatAm",
        A("offer", BW, BWR, 15, "direct", "en"),
        st="declined",
        text="""Hi Agustina,

Sorry to hear that, but I completely understand — a local role with full benefits is a strong
option. Thanks for letting us know quickly. We'll withdraw the Deel contract on our side.

Best of luck in the new job, and let's stay in touch.

Daniel

On Sun, Jan 11, 2026 at 8:03 PM Agustina Iturralde <agustina.iturralde.o@gmail.com> wrote:
> Hi Daniel, thank you for the effort with the new numbers. After thinking it through, I've
> decided to decline the offer: I accepted a position with a local company. I really enjoyed
> the process. Best, Agustina
""",
        **R("<CAJd8kP1Zv4fRn7y-Bw2@mail.gmail.com>"),
    ),
    m(
        "dl158",
        "2026-01-12 17:05",
        "Deel <no-reply@deel.com>",
        "Your contract with Brightwater Analytics, Inc. was cancelled",
        A("offer", BW, BWR, 15, "other", "en"),
        st="declined",
        text="""Hi Agustina,

Brightwater Analytics, Inc. has cancelled the contract "Senior Accountant, LatAm" before it was
signed. No action is needed from you.

If you think this is a mistake, contact the client directly.

— The Deel team
Deel, Inc. · 650 2nd Street, San Francisco, CA 94107
""",
    ),
    # --- 16 Constructora Arrieta (Indeed): sent, interview through Indeed, then silence ----------
    m(
        "in161",
        "2025-11-11 20:16",
        "Indeed Apply <indeedapply@indeed.com>",
        "Postulación enviada: Responsable de Impuestos",
        A("confirmation", AR, ARR, 16, "indeed"),
        html="""<table width="100%" style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2d2d2d"><tr><td>
<p><img src="https://www.indeed.com/images/indeed-logo-email.png" alt="Indeed" width="100"></p>
<p><b>Se envió tu postulación</b></p>
<p>Responsable de Impuestos<br>Constructora Arrieta Hnos. S.A. - Vicente López, Buenos Aires</p>
<p>Enviado el 11 de noviembre de 2025. Sigue tus postulaciones en <a href="https://myjobs.indeed.com/applied?from=email">Mis empleos</a>.</p>
<p>Recordá: Indeed nunca te pedirá que pagues para postularte.</p>
<p style="font-size:11px;color:#767676">© 2025 Indeed · Avisos de privacidad · <a href="https://ar.indeed.com/unsubscribe">Cancelar suscripción</a></p>
</td></tr></table>""",
    ),
    m(
        "in162",
        "2025-11-19 11:48",
        "Mariano Arrieta via Indeed <mariano-arrieta-4f2c1a9e@indeedemail.com>",
        "Entrevista - Responsable de Impuestos",
        A("interview", AR, ARR, 16, "indeed"),
        text="""Hola Agustina

vimos tu cv y nos interesa conocerte. Podrias acercarte el jueves 27 a las 17 hs a nuestras
oficinas en Av. Maipú 2340 1er piso, Vicente López? Es una empresa familiar, hoy el tema
impositivo lo maneja un estudio externo y queremos tener a alguien adentro.

Confirmame por aca por favor.

Mariano Arrieta
Constructora Arrieta Hnos.

---
Mensaje enviado a través de Indeed. Responde directamente a este email para contestar.
""",
    ),
    # --- 17 Cuotify (Greenhouse): interview scheduled, cancelled, rejection ----------------------
    m(
        "gh171",
        "2025-11-18 10:06",
        "Cuotify <no-reply@us.greenhouse-mail.io>",
        "¡Gracias por postularte a Cuotify!",
        A("confirmation", CU, CUR, 17, "greenhouse"),
        text="""¡Hola Agustina!

Gracias por tu interés en Cuotify y por postularte a Analista Contable e Impositivo. Ya tenemos
tu CV y lo vamos a revisar en los próximos días.

Si tu perfil avanza, te escribimos para coordinar una primera charla. Mientras tanto, podés
seguirnos en LinkedIn para conocer cómo estamos cambiando la forma de pagar en cuotas. 💳

¡Saludos!
Equipo de Talento – Cuotify

Cuotify Labs S.A. · boards.greenhouse.io/cuotifylabs
""",
    ),
    m(
        "gh172",
        "2025-11-27 15:55",
        "Ignacio Pérez Lago <no-reply@us.greenhouse-mail.io>",
        "Entrevista con Finance - Cuotify",
        A("interview", CU, CUR, 17, "greenhouse"),
        reply_to="Ignacio Pérez Lago <ignacio.perezlago@cuotify.example>",
        text="""Hola Agustina,

¡Gracias por tu tiempo en la llamada de hoy! Como te comenté, el siguiente paso es una
entrevista con Pilar Gómez (Head of Accounting).

Fecha: miércoles 3 de diciembre de 2025
Hora: 14:00 - 14:45 (ART)
Link: https://meet.google.com/wep-sgju-nxa

Te adjunto la invitación para que la agendes.

¡Saludos!
Ignacio
Talent Acquisition | Cuotify
""",
        ics=ics(
            "greenhouse-int-88201937@cuotify.example",
            "2025-12-03 14:00",
            "Entrevista: Agustina Iturralde - Analista Contable e Impositivo",
            ("Ignacio Pérez Lago", "ignacio.perezlago@cuotify.example"),
            minutes=45,
            attendees=[("Pilar Gómez", "pilar.gomez@cuotify.example")],
            description="Google Meet: https://meet.google.com/wep-sgju-nxa",
        ),
    ),
    m(
        "gh173",
        "2025-12-02 19:12",
        "Ignacio Pérez Lago <no-reply@us.greenhouse-mail.io>",
        "Cancelada: Entrevista con Finance - Cuotify",
        A("interview", CU, CUR, 17, "greenhouse"),
        reply_to="Ignacio Pérez Lago <ignacio.perezlago@cuotify.example>",
        text="""Hola Agustina,

Te escribo para avisarte que tuvimos que cancelar la entrevista de mañana con Pilar. Surgió un
cambio interno en el equipo y estamos revisando la posición; prefiero avisarte con tiempo en
vez de hacerte perder la tarde.

Te escribo apenas tenga novedades. Perdón por las molestias.

Ignacio
""",
        ics=ics(
            "greenhouse-int-88201937@cuotify.example",
            "2025-12-03 14:00",
            "Cancelada: Entrevista: Agustina Iturralde - Analista Contable e Impositivo",
            ("Ignacio Pérez Lago", "ignacio.perezlago@cuotify.example"),
            minutes=45,
            method="CANCEL",
            attendees=[("Pilar Gómez", "pilar.gomez@cuotify.example")],
        ),
    ),
    m(
        "gh174",
        "2025-12-09 11:20",
        "Cuotify <no-reply@us.greenhouse-mail.io>",
        "Tu postulación en Cuotify",
        A("rejection", CU, CUR, 17, "greenhouse"),
        text="""Hola Agustina,

Como te adelantó Ignacio, estuvimos revisando la posición de Analista Contable e Impositivo.
Finalmente la vamos a cubrir con una persona que ya trabajaba en el equipo de Operaciones, por
lo que cerramos el proceso externo.

Sabemos que es una noticia frustrante después de haber avanzado. Gracias por la buena
predisposición y por el tiempo que le dedicaste.

Saludos,
Equipo de Talento – Cuotify
""",
    ),
    # --- 18 Kuyén Labs (Get on Board, Chilean start-up): interview, then withdrawn ----------------
    m(
        "gb181",
        "2025-12-01 22:40",
        "Get on Board <notificaciones@getonbrd.com>",
        "Postulaste a Accounting Lead Argentina en Kuyén Labs",
        A("confirmation", KL, KLR, 18, "other"),
        text="""Hola Agustina,

Tu postulación a Accounting Lead Argentina en Kuyén Labs fue enviada. 🚀

Remoto (Argentina) · Full time · USD 2.600 - 3.200 brutos/mes

Puedes revisar el estado de tu postulación en tu perfil:
https://www.getonbrd.com/my-applications?utm_source=email

Consejo: las empresas en Get on Board suelen responder dentro de 10 días hábiles.

— El equipo de Get on Board
""",
    ),
    m(
        "kl182",
        "2025-12-11 13:02",
        "Camila Reyes <camila@kuyenlabs.example>",
        "Conversemos - Accounting Lead Argentina",
        A("interview", KL, KLR, 18, "direct"),
        text="""Hola Agustina!

Te escribo desde Kuyén Labs (Santiago). Vimos tu postulación en Get on Board y nos encantaría
conversar contigo sobre el rol de Accounting Lead para nuestra filial argentina (Kuyén Labs
Argentina S.R.L., que estamos abriendo en 2026).

Te envié una invitación para el martes 16 a las 11:00 (hora de Buenos Aires, que en diciembre
coincide con Santiago 😅). Serán 45 min con nuestro CFO, Felipe, y conmigo.

Saludos!
Camila Reyes
People Lead · Kuyén Labs SpA
""",
        ics=ics(
            "1ay6cw3kuyen8r0z4@google.com",
            "2025-12-16 11:00",
            "Kuyén Labs x Agustina Iturralde",
            ("Camila Reyes", "camila@kuyenlabs.example"),
            minutes=45,
            attendees=[("Felipe Aránguiz", "felipe@kuyenlabs.example")],
            description="Google Meet: https://meet.google.com/dzm-ikqp-tbv",
        ),
    ),
    m(
        "kl183",
        "2026-01-15 08:57",
        "Camila Reyes <camila@kuyenlabs.example>",
        "Re: Retiro de postulación",
        A("confirmation", KL, KLR, 18, "direct"),
        st="withdrawn",
        text="""Hola Agustina,

Muchas gracias por avisarnos y felicitaciones por el nuevo desafío!! Ya dimos de baja tu
postulación del proceso.

Felipe quedó con muy buena impresión de la conversación, así que ojalá nos crucemos más
adelante.

Un abrazo,
Camila

El mié, 14 ene 2026 a las 19:25, Agustina Iturralde (<agustina.iturralde.o@gmail.com>) escribió:
> Hola Camila, ¿cómo estás? Te quería avisar que acepté una propuesta en una empresa local,
> así que prefiero retirarme del proceso para no hacerles perder tiempo. Muchas gracias por
> todo y mucha suerte con la apertura en Argentina.
> Saludos, Agustina
""",
        **R("<CAJd8kP6Yr1oUq5s-Kl3@mail.gmail.com>"),
    ),
    # --- 19 Solaria Energía (Glassdoor): confirmation only ---------------------------------------
    m(
        "gd191",
        "2025-12-02 09:36",
        "Glassdoor <noreply@glassdoor.com>",
        "Tu solicitud a Solaria Energía fue enviada",
        A("confirmation", SO, SOR, 19, "other"),
        html="""<div style="font-family:Arial,sans-serif;font-size:14px;color:#20262e">
<p><img src="https://www.glassdoor.com/static/img/email/gd-logo.png" alt="Glassdoor" width="120"></p>
<p><b>¡Listo! Enviaste tu solicitud.</b></p>
<p>Tax Analyst<br>Solaria Energía · Buenos Aires</p>
<p>Mientras esperás, mirá lo que dicen los empleados de Solaria Energía: 3,9 ★ (42 reseñas).</p>
<p><a href="https://www.glassdoor.com/Reviews/Solaria-Energia-Reviews-E9981273.htm?utm_medium=email&amp;utm_source=applyconfirm">Ver reseñas</a> ·
<a href="https://www.glassdoor.com/Salaries/buenos-aires-tax-analyst-salary-SRCH_IL.0,12_IM1032_KO13,24.htm">Salarios de Tax Analyst</a></p>
<p style="font-size:11px;color:#888">Glassdoor LLC · 50 Beale Street, San Francisco, CA 94105 · <a href="https://www.glassdoor.com/emailprefs">Preferencias de email</a></p>
</div>""",
    ),
    # --- 20 Banco Austral again (re-application, new requisition): nudge, confirmation, interview
    m(
        "sf200",
        "2025-12-14 10:00",
        "Grupo Financiero Austral - Empleos <noreply@successfactors.com>",
        "Su postulación no está completa",
        J("alert", "other", BA, BA2),
        text="""Estimada Agustina Belén:

Notamos que comenzó su postulación a la posición Analista Sr. de Planeamiento Impositivo
(Requisición 11872) pero aún no la ha enviado.

Para completarla, ingrese al Portal de Empleos y finalice los pasos pendientes:
- Carga de CV
- Preguntas de preselección

La búsqueda permanecerá abierta hasta el 19/12/2025.

Gerencia de Capital Humano
Grupo Financiero Austral
""",
    ),
    m(
        "sf201",
        "2025-12-15 22:31",
        "Grupo Financiero Austral - Empleos <noreply@successfactors.com>",
        "Confirmación de postulación - Requisición 11872",
        A("confirmation", BA, BA2, 20, "other"),
        text="""Estimada Agustina Belén Iturralde Ocampo:

Le agradecemos su interés en formar parte de Grupo Financiero Austral.

Hemos recibido su postulación para la posición:

   Requisición: 11872
   Puesto: Analista Sr. de Planeamiento Impositivo
   Empresa: Banco Austral S.A.
   Ubicación: Casa Central - Reconquista 650, CABA

Su perfil será evaluado por nuestro equipo de Selección.

Atentamente,
Gerencia de Capital Humano
Grupo Financiero Austral

Este mensaje ha sido generado automáticamente. Por favor, no responda a esta dirección.
""",
    ),
    m(
        "ba202",
        "2026-01-08 11:16",
        "Lucía Bermúdez <lucia.bermudez@gfaustral.example>",
        "Entrevista - Planeamiento Impositivo",
        A("interview", BA, BA2, 20, "direct"),
        text="""Estimada Agustina:

Qué gusto volver a contactarla. Vimos su postulación a la nueva posición de Analista Sr. de
Planeamiento Impositivo y el Cdor. Ezequiel Funes, Gerente de Planeamiento Fiscal, quisiera
conocerla.

Le propongo una entrevista virtual el martes 13 de enero a las 15 hs (Teams). Le envío la
convocatoria.

Saludos cordiales,

Lic. Lucía Bermúdez
Analista Sr. de Selección | Gerencia de Capital Humano
Grupo Financiero Austral
""",
        ics=ics(
            "gfa-sel-11872-ent1@gfaustral.example",
            "2026-01-13 15:00",
            "Entrevista - Iturralde Ocampo - Req. 11872",
            ("Lucía Bermúdez", "lucia.bermudez@gfaustral.example"),
            attendees=[("Ezequiel Funes", "ezequiel.funes@gfaustral.example")],
            location="Microsoft Teams",
            description="Reunión de Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_GFA11872%40thread.v2/0",
        ),
    ),
    # --- 21 Fénix Patagónica Seguros (Bumeran): confirmation only --------------------------------
    m(
        "bm211",
        "2025-11-27 07:58",
        "Bumeran <noreply@bumeran.com.ar>",
        "Te postulaste a Analista Contable Sr.",
        A("confirmation", FX, FXR, 21, "other"),
        text="""¡Listo, Agustina!

Te postulaste al aviso "Analista Contable Sr." de Fénix Patagónica Compañía de Seguros S.A.

Zona: Microcentro, Capital Federal
Modalidad: Presencial

Te vamos a avisar cuando la empresa vea tu CV.

https://www.bumeran.com.ar/postulantes/postulaciones

Equipo Bumeran
""",
    ),
    # --- 22 Frigorífico Las Talas (Bumeran): confirmation, rejection ------------------------------
    m(
        "bm221",
        "2025-09-23 21:05",
        "Bumeran <noreply@bumeran.com.ar>",
        "Recibimos tu postulación",
        A("confirmation", LT, LTR, 22, "other"),
        text="""¡Listo, Agustina!

Te postulaste al aviso "Contador/a Semi Senior" de Frigorífico Las Talas S.A.

Zona: Avellaneda, Buenos Aires
Modalidad: Presencial

Te vamos a avisar cuando la empresa vea tu CV.

Equipo Bumeran
""",
    ),
    m(
        "bm222",
        "2025-10-30 12:44",
        "Bumeran <noreply@bumeran.com.ar>",
        "La empresa finalizó el proceso de selección",
        A("rejection", LT, LTR, 22, "other"),
        text="""Hola Agustina,

Frigorífico Las Talas S.A. finalizó el proceso de selección del aviso "Contador/a Semi Senior"
y, en esta oportunidad, no continuarás en la búsqueda.

Mensaje de la empresa: "Gracias por tu interés. Seleccionamos un perfil con experiencia en la
industria cárnica."

¡Seguí postulándote! Tenemos avisos nuevos para vos:
https://www.bumeran.com.ar/empleos-busqueda-contador.html

Equipo Bumeran
""",
    ),
    # --- alerts, talent communities, outreach and other job mail ---------------------------------
    m(
        "zj01",
        "2025-09-02 07:30",
        "ZonaJobs <alertas@zonajobs.com.ar>",
        "12 nuevos avisos de Analista impositivo",
        J("alert", "other"),
        text="""Hola Agustina, estos avisos coinciden con tu alerta "Analista impositivo - GBA Norte":

- Analista Impositivo Sr. · Distribuidora del Norte S.A. · Munro
- Liquidador/a de Impuestos · Estudio contable · Olivos
- Analista Contable e Impositivo · Industria alimenticia · Pilar
- Contador/a para área de impuestos · Empresa de servicios · San Isidro
... y 8 avisos más

Ver todos: https://www.zonajobs.com.ar/alertas/ver?id=2277134&utm_source=alerta

Para dejar de recibir esta alerta, modificala desde tu cuenta.
""",
    ),
    m(
        "wk02",
        "2025-09-06 10:15",
        "Workana <notifications@workana.com>",
        "Nuevos proyectos para vos: Contabilidad e impuestos",
        J("alert", "other"),
        text="""Hola Agustina,

Estos proyectos se publicaron en las últimas 24 horas y coinciden con tus habilidades:

- Liquidación de monotributo y IIBB para 3 clientes (Argentina) · USD 50 - 100
- Armado de planilla de flujo de caja en Excel · USD 100 - 250
- Conciliaciones bancarias mensuales para pyme · A convenir

Enviá tu propuesta antes que otros freelancers: https://www.workana.com/jobs?category=admin-support&language=es

Workana - El marketplace de talento freelance de América Latina
""",
    ),
    m(
        "wk03",
        "2025-09-10 18:22",
        "Workana <notifications@workana.com>",
        "El cliente vio tu propuesta",
        J("other_job", "other"),
        text="""¡Buenas noticias, Agustina!

El cliente del proyecto "Liquidación de monotributo y IIBB para 3 clientes (Argentina)" vio tu
propuesta. Si tiene dudas, te va a escribir por el chat del proyecto.

Ver proyecto: https://www.workana.com/job/liquidacion-monotributo-iibb-3-clientes

Workana
""",
    ),
    m(
        "li04",
        "2025-09-15 08:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“analista de impuestos”: 18 empleos nuevos en Buenos Aires",
        J("alert", "linkedin"),
        text="""Tu alerta de empleo para analista de impuestos en Buenos Aires, Argentina

Analista de Impuestos Sr
Banco Austral · Ciudad Autónoma de Buenos Aires (Presencial)
Postulación sencilla

Tax Senior - Indirect Taxes
Kestler Abalos · Buenos Aires (Híbrido)

Tax Analyst
Pampa Pay · Buenos Aires (Híbrido)
Hace 3 días · 74 solicitudes

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search?keywords=analista%20de%20impuestos&geoId=100446943

Recibiste este email porque creaste una alerta de empleo.
Cancelar suscripción: https://www.linkedin.com/comm/jobs/alerts?lipi=urn
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "bm05",
        "2025-10-05 09:00",
        "Bumeran <alertas@bumeran.com.ar>",
        "Agustina, tenemos 9 avisos nuevos para vos",
        J("alert", "other"),
        html="""<table width="600" align="center" style="font-family:Arial;font-size:14px">
<tr><td style="background:#e6007e;color:#fff;padding:10px"><b>bumeran</b> · Tu alerta: Contador impuestos CABA</td></tr>
<tr><td style="padding:10px">
<p><b>Analista de Impuestos Sr.</b> – Importante empresa de consumo masivo – Vicente López</p>
<p><b>Contador/a Semi Senior</b> – Fénix Patagónica Seguros – Microcentro</p>
<p><b>Analista Contable</b> – Confidencial – Palermo</p>
<p><a href="https://www.bumeran.com.ar/empleos-busqueda-contador-impuestos.html?utm_source=alerta&amp;utm_medium=email">Ver los 9 avisos</a></p>
<p style="font-size:11px;color:#999">Recibís este email porque tenés una alerta activa. <a href="https://www.bumeran.com.ar/postulantes/alertas">Editar alertas</a></p>
</td></tr></table>""",
    ),
    m(
        "hr06",
        "2025-10-02 21:40",
        "Grupo Tehuelche <notificaciones@hiringroom.com>",
        "¡Ya sos parte de nuestra Comunidad de Talento!",
        J("alert", "other"),
        text="""Hola Agustina,

Al postularte, te sumaste a la Comunidad de Talento de Grupo Tehuelche. Cuando publiquemos
búsquedas que coincidan con tu perfil en cualquiera de nuestras empresas (La Posta, Tehuelche
Hogar, Farmacias Tehuelche, Logística Tehuelche), te vamos a avisar.

Podés actualizar tus datos o darte de baja en: https://gtehuelche.hiringroom.com/comunidad

Equipo de Selección – Grupo Tehuelche
""",
    ),
    m(
        "cp07",
        "2025-10-08 12:00",
        "CPCE CABA - Bolsa de Trabajo <bolsadetrabajo@consejo.org.ar>",
        "Bolsa de Trabajo: nuevas búsquedas para matriculados",
        J("alert", "other"),
        text="""Consejo Profesional de Ciencias Económicas de la Ciudad Autónoma de Buenos Aires
Bolsa de Trabajo

Nuevas búsquedas publicadas esta semana:

Ref. 2025-1142 – Contador/a Público/a Sr. – área impositiva – Estudio contable (Belgrano)
Ref. 2025-1147 – Analista de Costos – Industria gráfica (Barracas)
Ref. 2025-1150 – Auditor/a Semi Senior – Firma de auditoría (Microcentro)
Ref. 2025-1153 – Jefe/a de Administración – Cooperativa (Villa Crespo)

Para postularse, ingrese con su usuario de matriculado a Servicios en línea > Bolsa de Trabajo.
""",
    ),
    m(
        "in08",
        "2025-10-19 08:22",
        "Indeed <alert@indeed.com>",
        "Contador Impuestos en Vicente López: 7 empleos nuevos",
        J("alert", "indeed"),
        text="""Empleos nuevos para: contador impuestos en Vicente López, Buenos Aires

Responsable de Impuestos - Constructora Arrieta Hnos. S.A. - Vicente López
Analista contable impositivo - Grupo Logístico - Munro
Contador/a Sr - Estudio Contable - Olivos

Ver los 7 empleos: https://ar.indeed.com/jobs?q=contador+impuestos&l=Vicente+L%C3%B3pez&from=ja

Recibís este email porque te suscribiste a alertas de empleo de Indeed.
Cancelar suscripción: https://ar.indeed.com/alert/unsubscribe?id=e1f2c3
""",
    ),
    m(
        "gd09",
        "2025-11-12 07:45",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Empresas que contratan Tax Analysts cerca tuyo",
        J("alert", "other"),
        text="""Hola Agustina,

Estas empresas están contratando para puestos como el que buscás:

Solaria Energía · Tax Analyst · Buenos Aires · 3,9 ★
Finmarket · Tax Specialist · Buenos Aires · 4,2 ★
Kestler Abalos · Transfer Pricing Senior · Buenos Aires · 3,6 ★

Ver todos los empleos: https://www.glassdoor.com/Job/buenos-aires-tax-analyst-jobs-SRCH_IL.0,12_IC2989468_KO13,24.htm?utm_source=jobsalert

Glassdoor LLC · 50 Beale Street, San Francisco, CA 94105
""",
    ),
    m(
        "lk10",
        "2025-11-13 19:04",
        "Ramiro Goyena via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Gerente de Impuestos – consumo masivo (confidencial)",
        J("outreach", "linkedin", None, "Gerente de Impuestos"),
        text="""Agustina, buenas tardes.

Soy Ramiro, socio de Baires Search Partners. Estamos trabajando una búsqueda de Gerente de
Impuestos para una compañía multinacional de consumo masivo con sede en zona norte. Si bien
es un paso de carrera importante respecto de tu rol actual, tu recorrido en Convenio
Multilateral y en fiscalizaciones es justamente lo que el cliente está pidiendo.

¿Tendrías 20 minutos esta semana o la próxima para una llamada confidencial?

Saludos cordiales,
Ramiro Goyena
Baires Search Partners

Responder: https://www.linkedin.com/messaging/thread/2-YTk3ZWQ2N2Et/
Este mensaje es un InMail de LinkedIn.
""",
    ),
    m(
        "lk11",
        "2025-11-21 09:31",
        "Ramiro Goyena via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Re: Gerente de Impuestos – consumo masivo (confidencial)",
        J("outreach", "linkedin", None, "Gerente de Impuestos"),
        text="""Agustina, retomo mi mensaje anterior por si se te pasó. La búsqueda sigue abierta y el
cliente está entrevistando hasta mediados de diciembre.

Quedo atento. ¡Buen fin de semana!

Ramiro Goyena
Baires Search Partners
""",
    ),
    m(
        "li12",
        "2025-11-24 08:06",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“FP&A”: 9 empleos nuevos en Gran Buenos Aires",
        J("alert", "linkedin"),
        text="""Tu alerta de empleo para FP&A en Gran Buenos Aires

Analista Sr. de FP&A
Nordvik · Vicente López (Híbrido)

FP&A Analyst (Remote - LatAm)
Brightwater Analytics · Argentina (En remoto)

Analista de Planeamiento Financiero
Maltería Pampeana · Vicente López

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search?keywords=FP%26A&geoId=90010096

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "fm13",
        "2025-12-03 12:20",
        "Julieta Sosa <julieta.sosa@finmarket.example>",
        "Tax Specialist en Finmarket 🚀",
        J("outreach", "direct", "Finmarket", "Tax Specialist"),
        text="""¡Hola Agustina! ¿Cómo estás?

Te escribimos desde el equipo de Talento de Finmarket, el broker de inversiones. Estamos
armando el área de Impuestos desde cero y buscamos una Tax Specialist que quiera sumarse en
esta etapa: regímenes de información de la CNV y ARCA, retenciones a inversores del exterior,
Bienes Personales de clientes... mucho para construir.

Somos un equipo de 140 personas, 100 % remoto con oficina en Palermo para quien quiera ir.

¿Te interesa que lo charlemos? Contanos y coordinamos una llamada cortita.

¡Saludos!
Julieta Sosa
Talent Acquisition · Finmarket
""",
    ),
    m(
        "ct14",
        "2025-12-09 07:10",
        "Computrabajo <alertas@computrabajo.com>",
        "Ofertas de empleo para ti: Contador Público",
        J("alert", "other"),
        text="""Hola Agustina,

Nuevas ofertas de Contador Público en Capital Federal:

> Contador/a Público/a - Liquidación de Impuestos (Caballito) - $ 1.900.000
> Analista contable Sr (Villa Urquiza)
> Contador con experiencia en PYMEs (Palermo) - Inmediata

Ver todas: https://ar.computrabajo.com/trabajo-de-contador-publico-en-capital-federal?utm_source=alerta

Computrabajo
""",
    ),
    m(
        "gb15",
        "2026-01-20 10:30",
        "Get on Board <notificaciones@getonbrd.com>",
        "Nuevos empleos remotos en Finanzas y Contabilidad",
        J("alert", "other"),
        text="""Hola Agustina,

Estos son los empleos remotos de la semana en Finanzas y Contabilidad:

- Senior Accountant (LatAm) · Tandem Ledger · USD 3.000 - 3.800
- Controller Cono Sur · Kuyén Labs · USD 3.500 - 4.200
- Contador/a para e-commerce · Tiendix · $ 2.400.000

Ver todos: https://www.getonbrd.com/empleos/finanzas-contabilidad?utm_source=newsletter

Para dejar de recibir estos correos, ajusta tus preferencias.
""",
    ),
]

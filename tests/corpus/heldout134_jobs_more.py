# ruff: noqa: E501, RUF100
"""Corpus 134, job mail part two, April to July 2026 (data only): see heldout134.py."""

from __future__ import annotations

from typing import Any

from heldout134_jobs import (
    AL,
    ALR,
    AMV,
    AMVR,
    BR,
    BRR,
    CB,
    CBR,
    DI,
    DIR,
    EN,
    ENR,
    HO,
    HOR,
    INDEED_APPLY,
    INFOJOBS,
    INS,
    INSR,
    KA,
    KAR,
    KR,
    KRR,
    LINKEDIN_JOBS,
    LL,
    LLR,
    MT,
    MTR,
    NV,
    NV2,
    SV,
    TR,
    TRR,
    A,
    J,
    N,
    amv_invite,
    ics,
    m,
    reply,
)

TEAMTAILOR = "Llavero <no-reply@teamtailor.com>"
TRAMESA = "RR.HH. TRAMESA <rrhh@tramesa.example>"
INSUMA = "Procesos de Selección INSUMA <procesos.seleccion@insuma.example>"
ALB_RRHH = "Sara Domínguez Peral <sara.dominguez@grupoalbaida.example>"
KR_PARTNER = "Javier Cifuentes <jcifuentes@kesslerrowe.example>"
GH = "Cobrix <no-reply@us.greenhouse-mail.io>"
DOCUSIGN = "Sara Domínguez Peral vía DocuSign <dse@eumail.docusign.net>"

alb_offer = m(
    "p3d0",
    "2026-05-11 13:15",
    ALB_RRHH,
    "Propuesta de incorporación – Financial Controller Corporativo",
    A("offer", AL, ALR, 15, "direct"),
    "Estimada Lucía:\n\n"
    "En nombre de Albaida Alimentación, S.A. y tras las entrevistas mantenidas con Ramón Iturbe y con nuestro "
    "Consejero Delegado, tengo el placer de trasladarte nuestra propuesta para incorporarte como Financial "
    "Controller Corporativo, con dependencia del Director Financiero del Grupo.\n\n"
    "Las condiciones principales son:\n"
    "· Contrato indefinido, jornada completa. Centro de trabajo: sede corporativa (C/ Príncipe de Vergara 112, "
    "Madrid), con dos días de teletrabajo a la semana.\n"
    "· Retribución fija: 68.000 € brutos anuales en 14 pagas.\n"
    "· Retribución variable: hasta un 15 % de la fija, ligada a objetivos de grupo e individuales.\n"
    "· Seguro médico para ti y tus beneficiarios, plan de retribución flexible y ayuda de comida.\n"
    "· Fecha de incorporación prevista: 1 de julio de 2026.\n\n"
    "Te adjunto la carta con el detalle. Te agradeceríamos una respuesta antes del viernes 15 de mayo. Para "
    "cualquier duda, estoy a tu disposición, y por supuesto también Íñigo.\n\n"
    "Un cordial saludo,\n\n"
    "Sara Domínguez Peral\nDirectora de Personas\nGRUPO ALBAIDA\nC/ Príncipe de Vergara 112 · 28002 Madrid\n"
    "www.grupoalbaida.example",
    cc="Íñigo Serrano Lapuerta <iserrano@serranovidal.example>",
    attach=[
        (
            "Carta_oferta_LFerrandez.txt",
            "text/plain",
            "Carta de oferta - Financial Controller Corporativo\nAlbaida Alimentacion, S.A.\n",
        )
    ],
)

kr_offer = m(
    "p3c1",
    "2026-05-04 18:22",
    KR_PARTNER,
    "Propuesta",
    A("offer", KR, KRR, 13, "direct"),
    "Lucía, buenas tardes:\n\n"
    "Como te adelanté por teléfono, desde el grupo de Industria queremos que te incorpores al equipo como "
    "Manager de Auditoría. Te resumo la propuesta, que Alejandro te enviará formalmente por el portal:\n\n"
    "- Categoría: Manager (nivel M1)\n"
    "- Salario fijo: 62.000 € brutos anuales\n"
    "- Bonus anual por desempeño (objetivo 10 %)\n"
    "- Incorporación: 1 de junio o a convenir\n"
    "- Cartera: clientes de industria y distribución, principalmente en Madrid y Guadalajara\n\n"
    "Creo sinceramente que tu paso por industria te da una visión que nos hace falta. Tómate unos días y "
    "llámame con cualquier duda.\n\n"
    "Un abrazo,\n\n"
    "Javier Cifuentes\nSocio | Auditoría – Industria\nKR · Kessler Rowe\nM. +34 609 11 82 70",
)

cobrix_second = m(
    "p3b9",
    "2026-04-30 17:58",
    "Daniel Okafor <daniel.okafor@cobrix.example>",
    "Next chat?",
    A("interview", CB, CBR, 16, "direct", "en"),
    "Hi Lucía,\n\n"
    "Thanks for the great conversation last Friday. Ana and I compared notes and we'd both like to continue.\n\n"
    "Would you be up for meeting in person at our office (Calle de Alcalá 21, 3rd floor) next week? I'd like you "
    "to meet Pablo, our CEO, and go through how we'd structure month-end as we get the EMI licence. Wed 6 May "
    "after 16:00 or Thu 7 May in the morning would work on our side.\n\n"
    "Cheers,\nDaniel\n\n"
    "Daniel Okafor | Head of Finance | Cobrix\nSent from Superhuman",
)

MAIL: list[dict[str, Any]] = [
    # --- April ---------------------------------------------------------------------------------
    m(
        "p3a0",
        "2026-04-01 10:32",
        "Carmen Lobo <carmen.lobo@grupoalbaida.example>",
        "Reunión con D. Ramón Iturbe – miércoles 8 de abril",
        A("interview", AL, ALR, 15, "direct"),
        "Buenos días, Sra. Ferrández:\n\n"
        "Por indicación de D. Ramón Iturbe, Director Financiero, le remito convocatoria para una reunión el "
        "miércoles 8 de abril a las 10:00 h en nuestra sede de Príncipe de Vergara 112, planta 5.ª. Al llegar, "
        "pregunte por mí en recepción.\n\n"
        "Le agradecería que me confirmara la asistencia aceptando la convocatoria.\n\n"
        "Reciba un cordial saludo,\n\n"
        "Carmen Lobo\nAsistente de Dirección Financiera\nAlbaida Alimentación, S.A.\nTel. 91 402 77 10",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000006D15A3A0C4C1DC01000000000000000010000000C0E77",
            "2026-04-08 10:00",
            "Reunión D. Ramón Iturbe / Lucía Ferrández",
            ("Carmen Lobo", "carmen.lobo@grupoalbaida.example"),
            style="outlook",
            minutes=90,
            location="Príncipe de Vergara 112, planta 5 – Sala Consejo",
            attendees=[("Ramón Iturbe", "ramon.iturbe@grupoalbaida.example")],
        ),
    ),
    m(
        "p3a1",
        "2026-04-02 09:47",
        "Íñigo Serrano Lapuerta <iserrano@serranovidal.example>",
        "Respuesta automática: Preparación reunión Albaida",
        J("other_job", "agency", AL),
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 6 de abril, con acceso limitado al "
        "correo. Para asuntos urgentes puede contactar con Alicia Vidal (avidal@serranovidal.example) o llamar "
        "al 91 310 48 26.\n\n"
        "Thank you for your message. I am out of the office until Monday 6 April.\n\n"
        "Íñigo Serrano Lapuerta · SERRANO VIDAL Executive Search",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    ),
    m(
        "p3a2",
        "2026-04-02 12:19",
        TRAMESA,
        "Tu candidatura – Controller de Planta (Alcalá)",
        A("interview", TR, TRR, 14, "direct"),
        "Hola Lucía:\n\n"
        "Hemos recibido tu candidatura a través de Indeed para la posición de Controller de Planta en nuestro "
        "centro de Alcalá de Henares. Nos gustaría tener una primera conversación telefónica contigo de unos 20 "
        "minutos.\n\n"
        "¿Te viene bien el martes 7 de abril entre las 13:00 y las 15:00? Si es así, indícanos a qué número "
        "llamarte.\n\n"
        "Saludos,\n\n"
        "Noelia Bermejo\nTécnico de Selección\n"
        "Transformados Metálicos del Henares, S.A. (TRAMESA)\nPolígono Industrial La Garena, C/ Forja 6 · 28806 "
        "Alcalá de Henares",
    ),
    m(
        "p3a4",
        "2026-04-06 21:37",
        "Julián García <juliangarcia.tajuna@hotmail.es>",
        "oferta administración",
        A("interview", MT, MTR, 17, "direct"),
        "Hola Lucía, buenas noches\n\n"
        "soy Julián García, gerente de Muebles Tajuña, te escribo por lo de la oferta de responsable de "
        "administración que pusimos en infojobs. He visto tu curriculum y me ha gustado mucho.\n"
        "Si quieres pasate por la fábrica esta semana y te la enseño y hablamos con calma, el jueves o el viernes "
        "por la mañana estoy todo el día. Estamos en Arganda, Polígono Las Monjas, C/ del Roble 9.\n"
        "Mi movil es el 650 21 33 98 por si prefieres llamarme.\n\n"
        "Un saludo\nJulián\n\n"
        "Enviado desde Outlook para Android",
    ),
    m(
        "p3a5",
        "2026-04-07 11:05",
        GH,
        "Interview confirmed: Cobrix – Financial Controller",
        A("interview", CB, CBR, 16, "greenhouse", "en"),
        "Hi Lucía,\n\n"
        "Thanks for scheduling! Here are the details of your interview with Cobrix:\n\n"
        "Wednesday, April 15, 2026\n"
        "17:00 – 17:45 CEST\n"
        "Interviewers: Daniel Okafor (Head of Finance), Ana Ruiz (Finance Operations)\n"
        "Location: Google Meet – https://meet.google.com/kco-ybsr-wtn\n\n"
        "If you need to reschedule, please reply to this email.\n\n"
        "Best,\nCobrix Talent",
        ics=ics(
            "gh-interview-83201977-2026@greenhouse.io",
            "2026-04-15 17:00",
            "Interview: Lucía Ferrández Ortega – Financial Controller (Cobrix)",
            ("Cobrix Talent", "talent@cobrix.example"),
            minutes=45,
            location="https://meet.google.com/kco-ybsr-wtn",
            attendees=[
                ("Daniel Okafor", "daniel.okafor@cobrix.example"),
                ("Ana Ruiz", "ana.ruiz@cobrix.example"),
            ],
        ),
        reply_to="talent@cobrix.example",
    ),
    m(
        "p3a6",
        "2026-04-08 09:01",
        "Enerxa Talento <talento-enerxa@csod.com>",
        "Enerxa Renovables – Información sobre su candidatura",
        A("rejection", EN, ENR, 5, "other"),
        "Estimada Lucía Ferrández Ortega:\n\n"
        "En relación con su candidatura al puesto Analista Senior de Consolidación (Req. 2026-0193), le "
        "agradecemos de nuevo el interés mostrado en Enerxa.\n\n"
        "Una vez finalizado el proceso de evaluación, le comunicamos que su perfil no ha sido seleccionado para "
        "continuar en el mismo. Conservaremos su información en nuestra base de datos para futuras vacantes que "
        "pudieran ajustarse a su perfil.\n\n"
        "Atentamente,\nDirección de Personas y Cultura\nENERXA RENOVABLES, S.A.",
    ),
    m(
        "p3a7",
        "2026-04-09 12:48",
        "Lucía Sanz | Norvance <lucia.sanz@norvance.example>",
        "Update – FBP Commercial Iberia",
        A("confirmation", NV, NV2, 6, "direct"),
        "Hola Lucía,\n\n"
        "Quería darte una actualización sobre el proceso de Finance Business Partner – Commercial Iberia, ya que "
        "sé que estabas esperando noticias después del panel con Sophie y Marco.\n\n"
        "Nos acaban de comunicar que la compañía ha iniciado una revisión de la estructura comercial en el sur de "
        "Europa y, como consecuencia, la posición queda en pausa hasta después del verano. No es una cuestión de "
        "tu candidatura: el feedback del panel fue muy bueno y, si la posición se reactiva, tú serías de las "
        "primeras personas con las que contactaríamos.\n\n"
        "Siento no poder darte mejores noticias ahora. Te mantengo informada.\n\n"
        "Un abrazo,\nLucía Sanz\nTalent Acquisition Partner – Iberia\nNorvance Pharmaceuticals, S.A.U.",
        st="on_hold",
    ),
    m(
        "p3a8",
        "2026-04-09 19:25",
        "Tom Whitaker via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Head of Accounting – Finza (Madrid, hybrid)",
        J("outreach", "linkedin", "Finza", "Head of Accounting", "en"),
        "Hi Lucía,\n\n"
        "I'm leading talent at Finza, a Series B lending platform for SMEs in Spain and Italy. We're hiring our "
        "first Head of Accounting in Madrid to own the close, statutory accounts and audits across four entities, "
        "and your mix of Big-4 audit and industry control caught my eye.\n\n"
        "Would you be open to a quick chat next week?\n\n"
        "Best,\nTom\n\n"
        "Tom Whitaker · Talent Partner at Finza\n"
        "Responder: https://www.linkedin.com/messaging/thread/2-YmQ4ZjE3/\n\n"
        "Este InMail se ha enviado a Lucía Ferrández Ortega. LinkedIn Ireland Unlimited Company.",
    ),
    m(
        "p3a9",
        "2026-04-10 10:12",
        "Pilar Heras <pheras@amvauditores.example>",
        "RE: Proceso Supervisor/a de Auditoría – entrevista",
        A("rejection", AMV, AMVR, 11, "direct"),
        "Estimada Lucía:\n\n"
        "Le agradecemos su asistencia a la entrevista del pasado 24 de marzo y el interés mostrado en nuestra "
        "firma. D. Tomás Villalba me pide que le traslade que, aunque su perfil le pareció muy sólido, finalmente "
        "se ha optado por un candidato con mayor experiencia reciente en el ejercicio de la auditoría.\n\n"
        "Le deseamos mucho éxito profesional.\n\n"
        "Atentamente,\n\nPilar Heras\nAdministración y RR. HH.\nArroyo, Mendizábal y Villalba Auditores, S.L.P.",
        **reply(amv_invite["id"], "<CAJx9Lf5aa1@mail.gmail.com>"),
    ),
    m(
        "p3b0",
        "2026-04-13 08:34",
        INFOJOBS,
        "Te has inscrito en la oferta Responsable de Contabilidad",
        A("confirmation", KA, KAR, 18, "other"),
        "¡Inscripción realizada!\n\n"
        "Hola Lucía,\n"
        "Te has inscrito correctamente en la oferta Responsable de Contabilidad de KAMPO DISTRIBUCIÓN "
        "AGROALIMENTARIA (Madrid).\n\n"
        "La empresa ya tiene tu CV. Te avisaremos cuando lo lea o cuando cambie el estado de tu candidatura.\n\n"
        "Ver mis candidaturas: https://click.infojobs.net/ls/click?upn=u001.Vn7-2FkQa55\n\n"
        "InfoJobs · Adevinta Spain, S.L.U.",
    ),
    m(
        "p3b1",
        "2026-04-13 16:50",
        "Alejandro Prieto | KR <aprieto@kesslerrowe.example>",
        "Segunda entrevista – Javier Cifuentes (Socio)",
        A("interview", KR, KRR, 13, "direct"),
        "Hola Lucía,\n\n"
        "Nuria salió muy contenta de la entrevista del martes. El siguiente paso es una entrevista presencial con "
        "Javier Cifuentes, socio responsable de Auditoría de Industria. Te he enviado la convocatoria para el "
        "jueves 16 de abril a las 17:30 en Torre Picasso, planta 21.\n\n"
        "Un saludo,\nAlejandro",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000FA0C8E2DA8CBDC01000000000000000010000000D1B08",
            "2026-04-16 17:30",
            "Entrevista Lucía Ferrández – Javier Cifuentes",
            ("Alejandro Prieto", "aprieto@kesslerrowe.example"),
            style="outlook",
            location="Torre Picasso, planta 21 – Sala Retiro",
            attendees=[("Javier Cifuentes", "jcifuentes@kesslerrowe.example")],
        ),
    ),
    m(
        "p3b2",
        "2026-04-14 13:29",
        GH,
        "Your interview with Cobrix has been rescheduled",
        A("interview", CB, CBR, 16, "greenhouse", "en"),
        "Hi Lucía,\n\n"
        "Your interview for the Financial Controller role has been moved to a new time:\n\n"
        "Friday, April 17, 2026\n17:00 – 17:45 CEST\n"
        "Location: Google Meet – https://meet.google.com/kco-ybsr-wtn\n\n"
        "Sorry for the change — Daniel had a board meeting moved on him. An updated invitation is attached.\n\n"
        "Best,\nCobrix Talent",
        ics=ics(
            "gh-interview-83201977-2026@greenhouse.io",
            "2026-04-17 17:00",
            "Interview: Lucía Ferrández Ortega – Financial Controller (Cobrix)",
            ("Cobrix Talent", "talent@cobrix.example"),
            minutes=45,
            sequence=1,
            location="https://meet.google.com/kco-ybsr-wtn",
            attendees=[
                ("Daniel Okafor", "daniel.okafor@cobrix.example"),
                ("Ana Ruiz", "ana.ruiz@cobrix.example"),
            ],
        ),
        reply_to="talent@cobrix.example",
    ),
    m(
        "p3b3",
        "2026-04-15 20:43",
        TEAMTAILOR,
        "¡Gracias por tu candidatura, Lucía!",
        A("confirmation", LL, LLR, 19, "teamtailor"),
        None,
        '<html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1f1f1f;background:#faf7f2">'
        '<div style="max-width:560px;margin:auto;padding:28px;background:#fff">'
        '<img src="https://assets.teamtailor-cdn.com/llaverohomes/logo.png" alt="Llavero" height="30">'
        '<h1 style="font-size:22px">¡Hola Lucía! 🔑</h1>'
        "<p>Gracias por querer unirte a Llavero como <b>Finance Manager</b>. Hemos recibido tu candidatura y la "
        "vamos a leer con calma (de verdad, las leemos todas).</p>"
        "<p>Solemos responder en menos de 10 días. Mientras tanto, puedes cotillear cómo trabajamos en nuestra "
        '<a href="https://llaverohomes.teamtailor.com/pages/como-trabajamos">página de empleo</a>.</p>'
        "<p>¡Hablamos pronto!<br>Equipo de Personas de Llavero</p>"
        '<p style="font-size:11px;color:#888">Llavero Homes Technologies, S.L. · ¿Quieres que borremos tus datos? '
        '<a href="https://llaverohomes.teamtailor.com/connect/privacy">Gestiona tu privacidad</a></p></div></body></html>',
    ),
    m(
        "p3b4",
        "2026-04-16 09:22",
        "Noelia Bermejo <nbermejo@tramesa.example>",
        "Visita a planta – Controller de Planta",
        A("interview", TR, TRR, 14, "direct"),
        "Hola Lucía,\n\n"
        "Como hablamos por teléfono, te enviamos la invitación para la entrevista en planta con Andrés Molina "
        "(Director de Planta) y Rosa Quintana (Directora Financiera). Será el martes 21 de abril a las 9:00 y "
        "después te enseñaremos la línea de extrusión, así que trae calzado cerrado.\n\n"
        "Saludos,\nNoelia\n\n"
        "Transformados Metálicos del Henares, S.A.",
        ics=ics(
            "6h3k9q2l0s1t7v5m@google.com",
            "2026-04-21 09:00",
            "Entrevista Controller de Planta – Lucía Ferrández",
            ("Noelia Bermejo", "nbermejo@tramesa.example"),
            minutes=120,
            location="TRAMESA, Pol. Ind. La Garena, C/ Forja 6, Alcalá de Henares",
            attendees=[
                ("Andrés Molina", "amolina@tramesa.example"),
                ("Rosa Quintana", "rquintana@tramesa.example"),
            ],
        ),
    ),
    m(
        "p3b5",
        "2026-04-17 14:03",
        INSUMA,
        "PS-04/2026 – Convocatoria a la prueba de conocimientos",
        A("assessment", INS, INSR, 12, "direct"),
        "Estimada Sra. Ferrández Ortega:\n\n"
        "Publicada la lista definitiva de personas admitidas al proceso selectivo PS-04/2026, se le convoca a la "
        "realización de la PRIMERA FASE (prueba de conocimientos, de carácter eliminatorio), que consistirá en un "
        "cuestionario tipo test de 60 preguntas y un supuesto práctico sobre el temario del Anexo II.\n\n"
        "Fecha: sábado, 25 de abril de 2026\n"
        "Hora de llamamiento: 9:30 h (llamamiento único)\n"
        "Lugar: Facultad de Ciencias Económicas y Empresariales, UCM, Campus de Somosaguas, Aula 12\n\n"
        "Deberá presentarse provista de DNI, NIE o pasaporte en vigor y bolígrafo azul o negro. No se permitirá el "
        "uso de calculadoras programables ni dispositivos móviles.\n\n"
        "Dirección de Recursos Humanos\nInfraestructuras y Suelo de Madrid, S.A., S.M.E.",
    ),
    m(
        "p3b6",
        "2026-04-20 09:58",
        SV,
        "Albaida – reunión con el Consejero Delegado",
        A("interview", AL, ALR, 15, "agency"),
        "Lucía, buenos días:\n\n"
        "Ramón salió muy bien impresionado de la reunión del día 8 y quiere que conozcas a Gonzalo Albaida, "
        "Consejero Delegado. La reunión sería el jueves 23 a las 18:30 en la sede. Te mando convocatoria.\n\n"
        "Es una conversación más de encaje que técnica; le interesa mucho cómo te relacionas con las plantas y "
        "con el comité de auditoría. Si quieres, lo preparamos el miércoles por teléfono.\n\n"
        "Un saludo,\nÍñigo",
        ics=ics(
            "2r8hq1m4b0c7n3p5@google.com",
            "2026-04-23 18:30",
            "Grupo Albaida – Gonzalo Albaida / Lucía Ferrández",
            ("Íñigo Serrano Lapuerta", "iserrano@serranovidal.example"),
            location="Príncipe de Vergara 112, Madrid",
        ),
    ),
    m(
        "p3b7",
        "2026-04-20 12:40",
        INFOJOBS,
        "Tu candidatura está «En proceso»",
        A("viewed", KA, KAR, 18, "other"),
        "Hola Lucía:\n\n"
        "KAMPO DISTRIBUCIÓN AGROALIMENTARIA ha actualizado tu candidatura para la oferta «Responsable de "
        "Contabilidad».\n\n"
        "Nuevo estado: En proceso\n\n"
        "Esto significa que la empresa sigue valorando tu perfil. Consulta los detalles en «Mis candidaturas»: "
        "https://www.infojobs.net/candidate/applications/list.xhtml\n\n"
        "El equipo de InfoJobs",
    ),
    m(
        "p3b8",
        "2026-04-20 18:01",
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Nuevos empleos para ti: Controller Financiero",
        J("alert", "linkedin"),
        "Empleos que te pueden interesar\n\n"
        "Contable Senior – Bravia Logistics – Coslada (Presencial) – Solicitud sencilla\n"
        "https://www.linkedin.com/comm/jobs/view/4118820031/?trk=eml-jobs_jymbii\n\n"
        "Financial Controller – Hostelia Hotels – Madrid (Híbrido) – Solicitud sencilla\n"
        "https://www.linkedin.com/comm/jobs/view/4118400216/?trk=eml-jobs_jymbii\n\n"
        "Group Reporting Manager – Una empresa del IBEX 35 – Madrid\n"
        "https://www.linkedin.com/comm/jobs/view/4117720994/?trk=eml-jobs_jymbii\n\n"
        "Ver más empleos: https://www.linkedin.com/comm/jobs/collections/recommended\n\n"
        "Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe",
    ),
    m(
        "p3b9x",
        "2026-04-21 20:14",
        "Julián García <juliangarcia.tajuna@hotmail.es>",
        "RE: oferta administración",
        A("confirmation", MT, MTR, 17, "direct"),
        "Hola Lucía\n\n"
        "nada mujer, lo entiendo perfectamente, Arganda desde Carabanchel es una paliza todos los días y lo del "
        "sueldo ya te dije que más no puedo. Me alegro de haberte conocido, si algún día cambias de idea ya sabes "
        "donde estamos.\n\n"
        "Suerte!!\nJulián\n\n"
        "________________________________\n"
        "De: Lucía Ferrández Ortega <lferrandez.ortega@gmail.com>\n"
        "Enviado: martes, 21 de abril de 2026 18:32\n"
        "Para: Julián García <juliangarcia.tajuna@hotmail.es>\n"
        "Asunto: Re: oferta administración\n\n"
        "Hola Julián,\n\n"
        "Muchas gracias por enseñarme la fábrica el viernes y por el tiempo que me dedicaste. Lo he pensado "
        "mucho y prefiero retirarme del proceso: entre el desplazamiento y la parte económica no lo veo viable "
        "ahora mismo, y no quiero haceros perder tiempo.\n\n"
        "Mucha suerte con la búsqueda, de verdad.\nLucía",
        **reply("<CAJx9Lf7tt2@mail.gmail.com>"),
        st="withdrawn",
    ),
    m(
        "p3c0",
        "2026-04-22 22:48",
        LINKEDIN_JOBS,
        "Lucía, tu solicitud se ha enviado a Hostelia Hotels",
        A("confirmation", HO, HOR, 20, "linkedin"),
        "Tu solicitud se ha enviado a Hostelia Hotels\n\n"
        "Financial Controller\nHostelia Hotels · Madrid, Comunidad de Madrid, España (Híbrido)\n"
        "Solicitud enviada el 22 abr 2026\n\n"
        "Consulta el estado de tu solicitud: https://www.linkedin.com/comm/jobs/view/4118400216/?trk=eml-jobs_applied\n\n"
        "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.",
    ),
    m(
        "p3c0b",
        "2026-04-23 13:11",
        LINKEDIN_JOBS,
        "Lucía, tu solicitud se ha enviado a Bravia Logistics",
        A("confirmation", BR, BRR, 21, "linkedin"),
        None,
        '<html><body style="font-family:-apple-system,system-ui,Segoe UI,sans-serif;color:#000000e6">'
        '<table width="512" align="center"><tr><td><img src="https://static.licdn.com/aero-v1/sc/h/logo-li.png" alt="LinkedIn" width="84"></td></tr>'
        '<tr><td><h2 style="font-size:20px">Tu solicitud se ha enviado a Bravia Logistics</h2>'
        '<table><tr><td><img src="https://media.licdn.com/dms/image/bravia-logo.png" alt="Bravia Logistics" width="48"></td>'
        "<td><b>Contable Senior</b><br>Bravia Logistics · Coslada, Comunidad de Madrid, España (Presencial)<br>"
        '<span style="color:#666">Solicitud enviada el 23 abr 2026</span></td></tr></table>'
        '<p><a href="https://www.linkedin.com/comm/jobs/view/4118820031/?trk=eml-jobs_applied">Ver empleo</a></p></td></tr>'
        '<tr><td style="font-size:11px;color:#666">Has recibido este correo porque has solicitado un empleo en LinkedIn. '
        "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2. LinkedIn y el logotipo de LinkedIn son marcas "
        "registradas de LinkedIn.</td></tr></table></body></html>",
    ),
    m(
        "p3c0c",
        "2026-04-24 10:06",
        INDEED_APPLY,
        "Solicitud enviada: Responsable Contable",
        A("confirmation", DI, DIR, 22, "indeed"),
        "Solicitud enviada\n\n"
        "Responsable Contable\nGrupo Dental Ibérica – Madrid, Madrid provincia\n\n"
        "Las siguientes partes de tu solicitud se han enviado a la empresa:\n"
        "· CV: Lucia_Ferrandez_CV_2026.pdf\n· Información de contacto\n\n"
        "Consulta el estado de tu solicitud en Mis empleos: https://myjobs.indeed.com/applied?from=ia_email\n\n"
        "Indeed Ireland Operations Ltd.",
    ),
    m(
        "p3c0d",
        "2026-04-27 11:50",
        TEAMTAILOR,
        "Entrevista con Llavero: Finance Manager",
        A("interview", LL, LLR, 19, "teamtailor"),
        "¡Hola Lucía!\n\n"
        "Nos ha encantado tu perfil y queremos conocerte. Has reservado la siguiente entrevista:\n\n"
        "Qué: Primera conversación con Jaime Ortuño (COO)\n"
        "Cuándo: jueves, 30 de abril de 2026, 13:00–13:40\n"
        "Dónde: Google Meet — https://meet.google.com/lla-verx-fin\n\n"
        "Si necesitas cambiarla, puedes hacerlo aquí: https://llaverohomes.teamtailor.com/meetings/3c8a1f/reschedule\n\n"
        "¡Nos vemos!\nEquipo de Personas de Llavero",
        ics=ics(
            "teamtailor-meeting-3c8a1f@teamtailor.com",
            "2026-04-30 13:00",
            "Llavero – Lucía Ferrández / Jaime Ortuño",
            ("Llavero", "no-reply@teamtailor.com"),
            minutes=40,
            location="https://meet.google.com/lla-verx-fin",
            attendees=[("Jaime Ortuño", "jaime@llaverohomes.example")],
        ),
    ),
    m(
        "p3c0e",
        "2026-04-28 08:44",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Hostelia Hotels ha visto tu solicitud",
        A("viewed", HO, HOR, 20, "linkedin"),
        "Hostelia Hotels ha visto tu solicitud\n\n"
        "Financial Controller · Madrid (Híbrido)\nVisto el 28 abr 2026\n\n"
        "Destaca entre los solicitantes: los candidatos que envían un mensaje al anunciante del empleo tienen más "
        "probabilidades de recibir respuesta.\n\n"
        "Ver solicitud: https://www.linkedin.com/comm/jobs/view/4118400216/?trk=eml-jobs_viewed\n\n"
        "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.",
    ),
    m(
        "p3c0f",
        "2026-04-28 16:37",
        "Marta Gil Sancho <mgil@kampodistribucion.example>",
        "Llamada",
        A("interview", KA, KAR, 18, "direct"),
        "Hola Lucía,\n\n"
        "¡Cuánto tiempo! Me ha salido de nuevo tu CV en la oferta. Como sabes la persona que entró en marzo no ha "
        "superado el periodo de prueba, así que hemos vuelto a abrir el proceso y Fernando se acordaba mucho de ti.\n\n"
        "¿Podemos hablar por teléfono el jueves a las 12:30? Serán 15-20 minutos, para ver en qué punto estás y "
        "si te sigue interesando.\n\n"
        "Un saludo,\n\n"
        "Marta Gil Sancho\nDepartamento de Personas\nT. 91 785 22 40 · Ext. 214\n\n"
        "KAMPO DISTRIBUCIÓN AGROALIMENTARIA, S.L. · CIF B-86412207",
    ),
    m(
        "p3c0g",
        "2026-04-29 13:20",
        "Noelia Bermejo <nbermejo@tramesa.example>",
        "Proceso Controller de Planta",
        A("rejection", TR, TRR, 14, "direct"),
        "Hola Lucía:\n\n"
        "Queremos agradecerte de nuevo que vinieras a conocer la planta. Tanto Andrés como Rosa valoraron mucho tu "
        "experiencia y la claridad con la que explicaste cómo montaste el cálculo de costes en tu empresa actual.\n\n"
        "Después de valorar todas las candidaturas, hemos decidido seguir adelante con una persona que ya conoce "
        "el sector del aluminio, lo que en este momento es clave para nosotros.\n\n"
        "Te deseamos mucha suerte y esperamos coincidir en el futuro.\n\n"
        "Un saludo,\nNoelia Bermejo\nTécnico de Selección · TRAMESA",
    ),
    m(
        "p3c0h",
        "2026-04-29 18:05",
        "Adelante Talento ETT <ofertas@adelantetalento.example>",
        "Oferta de empleo: Técnico/a contable – sustitución (Madrid norte)",
        J("outreach", "agency", None, "Técnico/a contable"),
        "Hola Lucía:\n\n"
        "Desde Adelante Talento ETT hemos encontrado tu perfil en nuestra base de datos y creemos que podría "
        "interesarte esta oferta:\n\n"
        "Puesto: Técnico/a contable\nCliente: importante empresa del sector distribución\n"
        "Ubicación: San Sebastián de los Reyes\nContrato: sustitución por baja de maternidad (aprox. 6 meses)\n"
        "Horario: L-J 8:00-17:30, V 8:00-15:00\nSalario: 28.000 € brutos anuales\n\n"
        "Si estás interesada, responde a este correo o inscríbete en https://empleo.adelantetalento.example/of/58814\n\n"
        "Adelante Talento ETT, S.L. · Autorización administrativa 28/0112/99\n"
        "Si no deseas recibir más ofertas, haz clic aquí: https://empleo.adelantetalento.example/baja?u=lfo",
    ),
    cobrix_second,
    # --- May -----------------------------------------------------------------------------------
    m(
        "p3c0i",
        "2026-05-04 07:55",
        "Indeed <alert@indeed.com>",
        "Financial controller: 11 empleos nuevos en Madrid",
        J("alert", "indeed"),
        "11 empleos nuevos de financial controller en Madrid, Madrid provincia\n\n"
        "Financial Controller – Finza – Madrid – Híbrido\nhttps://es.indeed.com/rc/clk?jk=e01a77c4f9b2&from=ja\n\n"
        "Controller Financiero – Grupo hotelero – Madrid\nhttps://es.indeed.com/rc/clk?jk=4a90b1d2c3e7&from=ja\n\n"
        "Jefe de Control de Gestión – Empresa de alimentación – Alcobendas\nhttps://es.indeed.com/rc/clk?jk=f3c2a0b9d8e1&from=ja\n\n"
        "Ver todos: https://es.indeed.com/jobs?q=financial+controller&l=Madrid&from=ja\n\n"
        "Darse de baja: https://es.indeed.com/alert/unsubscribe?id=71cc",
        headers={"List-Unsubscribe": "<https://es.indeed.com/alert/unsubscribe?id=71cc>"},
    ),
    kr_offer,
    m(
        "p3c2",
        "2026-05-05 09:26",
        TEAMTAILOR,
        "Cancelada: Llavero – Lucía Ferrández / Paula Méndez",
        A("interview", LL, LLR, 19, "teamtailor"),
        "Hola Lucía,\n\n"
        "Te escribimos para avisarte de que la reunión con Paula Méndez (CEO) prevista para el miércoles 6 de mayo "
        "a las 10:00 ha sido cancelada. Te contaremos algo en los próximos días.\n\n"
        "Sentimos las molestias.\nEquipo de Personas de Llavero",
        ics=ics(
            "teamtailor-meeting-5e02bd@teamtailor.com",
            "2026-05-06 10:00",
            "Llavero – Lucía Ferrández / Paula Méndez",
            ("Llavero", "no-reply@teamtailor.com"),
            method="CANCEL",
            minutes=45,
            location="Llavero HQ, C/ Fuencarral 121, Madrid",
            attendees=[("Paula Méndez", "paula@llaverohomes.example")],
        ),
    ),
    m(
        "p3c3",
        "2026-05-05 17:40",
        "Indeed <no-reply@indeed.com>",
        "Grupo Dental Ibérica te invita a realizar una evaluación",
        A("assessment", DI, DIR, 22, "indeed"),
        None,
        '<html><body style="font-family:Arial,sans-serif;color:#2d2d2d">'
        "<p>Hola Lucía:</p>"
        "<p><b>Grupo Dental Ibérica</b> ha revisado tu solicitud para <b>Responsable Contable</b> y te invita a "
        "completar la siguiente evaluación:</p>"
        '<p style="font-size:16px">Contabilidad: principios y conciliaciones<br><span style="color:#666">Unos 25 minutos · '
        "Los resultados se compartirán con la empresa</span></p>"
        '<p><a href="https://es.indeed.com/assessments/take?id=acc-principles-es&token=Rr7Tq" style="background:#2557a7;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none">Empezar evaluación</a></p>'
        "<p>La invitación caduca en 7 días.</p>"
        '<p style="font-size:11px;color:#767676">Indeed Ireland Operations Ltd. · <a href="https://es.indeed.com/legal">Condiciones</a></p></body></html>',
    ),
    m(
        "p3c4",
        "2026-05-05 19:31",
        INSUMA,
        "PS-04/2026 – Resultados de la primera fase y convocatoria a entrevista",
        A("interview", INS, INSR, 12, "direct"),
        "Estimada Sra. Ferrández Ortega:\n\n"
        "Le comunicamos que ha SUPERADO la primera fase del proceso selectivo PS-04/2026, con una puntuación de "
        "31,40 puntos sobre 40. La relación de calificaciones puede consultarse en el Portal de Transparencia.\n\n"
        "De acuerdo con la base octava, se le convoca a la SEGUNDA FASE (entrevista personal ante el Tribunal de "
        "Selección):\n\n"
        "Fecha: viernes, 8 de mayo de 2026\nHora: 11:15 h\nLugar: Sede de INSUMA, C/ Alcalá 265, planta 3.ª, "
        "Sala de Juntas\n\n"
        "Rogamos puntualidad.\n\n"
        "Dirección de Recursos Humanos\nInfraestructuras y Suelo de Madrid, S.A., S.M.E.",
    ),
    m(
        "p3c5",
        "2026-05-06 11:14",
        "Alicia Vidal <avidal@serranovidal.example>",
        "Referencias – proceso Albaida",
        J("other_job", "agency", AL, ALR),
        "Hola Lucía:\n\n"
        "Soy Alicia, la socia de Íñigo. Estamos en la recta final del proceso y, como es habitual antes de que el "
        "cliente formalice una propuesta, necesitamos contrastar dos referencias profesionales.\n\n"
        "¿Podrías enviarnos nombre, cargo, teléfono y relación contigo de dos personas (idealmente un superior "
        "directo de Talleres Gredos y alguien de tu etapa en auditoría)? Por supuesto, no contactaremos con nadie "
        "de tu empresa actual sin que nos lo confirmes.\n\n"
        "Gracias,\nAlicia Vidal\nSocia · SERRANO VIDAL Executive Search",
    ),
    m(
        "p3c6",
        "2026-05-08 08:30",
        "Bravia Logistics a través de LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud para el puesto de Contable Senior en Bravia Logistics",
        A("rejection", BR, BRR, 21, "linkedin"),
        "Tu actualización de Bravia Logistics\n\n"
        "Contable Senior\nBravia Logistics · Coslada\n\n"
        "Hola Lucía:\n\n"
        "Gracias por tu interés en el puesto de Contable Senior en Bravia Logistics. Lamentablemente, no seguiremos "
        "adelante con tu solicitud, pero te agradecemos el tiempo que has dedicado a presentarla. Te animamos a "
        "solicitar otros puestos que se ajusten a tu perfil.\n\n"
        "Saludos,\nBravia Logistics\n\n"
        "Buscar empleos similares: https://www.linkedin.com/comm/jobs/search/?keywords=contable%20senior\n\n"
        "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.",
    ),
    alb_offer,
    m(
        "p3d1",
        "2026-05-12 10:03",
        TEAMTAILOR,
        "Sobre tu candidatura en Llavero",
        A("rejection", LL, LLR, 19, "teamtailor"),
        "Hola Lucía,\n\n"
        "Antes de nada, perdona que te cancelásemos la reunión con Paula casi sin margen.\n\n"
        "Te debemos una explicación: hemos cerrado una operación con un inversor que nos obliga a replantear el "
        "área de finanzas, y hemos decidido incorporar de momento a alguien con un perfil más de FP&A y "
        "relación con inversores. Tu conversación con Jaime fue genial y nos ha costado mucho tomar la decisión.\n\n"
        "Gracias de verdad por tu tiempo. Ojalá nos crucemos más adelante.\n\n"
        "Un abrazo,\nEquipo de Personas de Llavero",
    ),
    m(
        "p3d2",
        "2026-05-13 17:45",
        ALB_RRHH,
        "RE: Propuesta de incorporación – Financial Controller Corporativo",
        A("offer", AL, ALR, 15, "direct"),
        "Querida Lucía:\n\n"
        "¡Qué buena noticia! Ramón y todo el equipo estamos encantados de que te unas a Grupo Albaida.\n\n"
        "En los próximos días te llegará el contrato para firma electrónica a través de DocuSign. Más adelante te "
        "escribiré con los detalles de tu primer día y la documentación que necesitaremos (DNI, número de la "
        "Seguridad Social, cuenta bancaria, modelo 145).\n\n"
        "Bienvenida, de verdad.\n\n"
        "Un abrazo,\nSara\n\n"
        "Sara Domínguez Peral\nDirectora de Personas · GRUPO ALBAIDA\n\n"
        "El mié, 13 may 2026 a las 8:12, Lucía Ferrández Ortega <lferrandez.ortega@gmail.com> escribió:\n"
        "> Buenos días Sara,\n>\n"
        "> Muchas gracias por la propuesta y por la rapidez. Lo he hablado en casa y estaré encantada de "
        "aceptarla. Confirmo la incorporación el 1 de julio; esta semana comunicaré mi baja en Talleres Gredos.\n>\n"
        "> Un saludo,\n> Lucía",
        cc="Íñigo Serrano Lapuerta <iserrano@serranovidal.example>",
        **reply(alb_offer["id"], "<CAJx9Lf9Yq4@mail.gmail.com>"),
        st="accepted",
    ),
    m(
        "p3d3",
        "2026-05-14 09:10",
        KR_PARTNER,
        "RE: Propuesta",
        A("offer", KR, KRR, 13, "direct"),
        "Lucía:\n\n"
        "Gracias por decírmelo tan claro y tan pronto. Me da pena, no te voy a engañar, pero entiendo "
        "perfectamente que un puesto de controller en un grupo cotizado es justo lo que buscabas. Mucha suerte en "
        "Albaida; seguro que nos vemos en algún cierre, aunque sea al otro lado de la mesa.\n\n"
        "Un abrazo,\nJavier\n\n"
        "-----Original Message-----\n"
        "From: Lucía Ferrández Ortega <lferrandez.ortega@gmail.com>\n"
        "Sent: Wednesday, May 13, 2026 9:05 PM\n"
        "To: Javier Cifuentes <jcifuentes@kesslerrowe.example>\n"
        "Subject: Re: Propuesta\n\n"
        "Javier, buenas noches:\n\n"
        "Muchísimas gracias por la propuesta y por el trato durante todo el proceso. Después de pensarlo mucho, "
        "he decidido no aceptarla: he recibido otra oferta en industria que encaja mejor con lo que busco en este "
        "momento.\n\nUn abrazo,\nLucía",
        cc="Alejandro Prieto <aprieto@kesslerrowe.example>",
        **reply(kr_offer["id"], "<CAJx9Lf9Zr5@mail.gmail.com>"),
        st="declined",
    ),
    m(
        "p3d4",
        "2026-05-14 15:27",
        "Daniel Okafor <daniel.okafor@cobrix.example>",
        "Re: Next chat?",
        A("confirmation", CB, CBR, 16, "direct", "en"),
        "Hi Lucía,\n\n"
        "Thanks for letting me know, and congratulations — that sounds like a great role. I've withdrawn your "
        "application in our system so you won't get any more automatic emails from us.\n\n"
        "If things change, or in a couple of years you fancy coming back to the startup chaos, my door is open.\n\n"
        "All the best,\nDaniel\n\n"
        "On Wed, May 13, 2026 at 10:14 PM Lucía Ferrández Ortega <lferrandez.ortega@gmail.com> wrote:\n"
        "> Hi Daniel, I wanted to thank you and Pablo for last week's meeting. I have just accepted an offer "
        "from another company, so I would like to withdraw from the process. It was a pleasure.\n> Lucía",
        **reply(cobrix_second["id"], "<CAJx9LfA0s6@mail.gmail.com>"),
        st="withdrawn",
    ),
    m(
        "p3d5",
        "2026-05-15 11:40",
        DOCUSIGN,
        "Completar con DocuSign: Contrato_LFerrandez_Albaida.pdf",
        A("offer", AL, ALR, 15, "docusign"),
        None,
        '<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">'
        '<table width="640" align="center" style="background:#fff"><tr><td style="background:#1e4ca1;padding:24px;color:#fff;text-align:center">'
        '<img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116"><br><br>'
        "Sara Domínguez Peral le ha enviado un documento para revisar y firmar.<br><br>"
        '<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=4f1c0e8a-77b1-4c2e-9a3d-0b6c5e2f8d71&acct=ab12" style="background:#ffc423;color:#000;padding:10px 22px;text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a></td></tr>'
        '<tr><td style="padding:24px;font-size:14px"><b>Sara Domínguez Peral</b><br>sara.dominguez@grupoalbaida.example<br><br>'
        "Hola Lucía, te envío el contrato y el anexo de retribución variable para tu firma. Cualquier duda, me dices. Un abrazo.</td></tr>"
        '<tr><td style="padding:24px;font-size:11px;color:#666">No comparta este correo electrónico. Este correo contiene un enlace seguro a DocuSign. '
        "Por favor, no comparta este correo electrónico, el enlace o el código de acceso con otras personas.<br><br>"
        "Método de firma alternativo: visite DocuSign.com, haga clic en 'Access Documents' e introduzca el código de seguridad: "
        "4F1C0E8A77B14C2E9A3D0B6C5E2F8D711<br><br>Acerca de DocuSign: firme documentos electrónicamente en tan solo unos minutos.</td></tr></table></body></html>",
        st="accepted",
    ),
    m(
        "p3d6",
        "2026-05-15 21:58",
        "DocuSign <dse@eumail.docusign.net>",
        "Completado: Contrato_LFerrandez_Albaida.pdf",
        A("offer", AL, ALR, 15, "docusign"),
        "Todas las partes han completado Contrato_LFerrandez_Albaida.pdf.\n\n"
        "Remitente: Sara Domínguez Peral (sara.dominguez@grupoalbaida.example)\n"
        "Firmantes: Lucía Ferrández Ortega; Gonzalo Albaida Roig\n\n"
        "VER DOCUMENTO COMPLETADO: https://eu.docusign.net/Member/EmailStart.aspx?m=9b7e1c2d-0a44-4f18-b6e3-5d1a2c3b4e5f\n\n"
        "Este mensaje se envió a lferrandez.ortega@gmail.com de parte de Albaida Alimentación, S.A. mediante el "
        "servicio de firma electrónica DocuSign.\n\n"
        "No comparta este correo electrónico.",
        st="accepted",
    ),
    m(
        "p3d8",
        "2026-05-20 10:00",
        "Kessler Rowe Talent Acquisition <noreply@successfactors.eu>",
        "¿Qué tal ha sido tu experiencia como candidata?",
        J("other_job", "other", KR),
        "Hola, Lucía:\n\n"
        "Hace poco participaste en un proceso de selección en Kessler Rowe. Nos gustaría conocer tu opinión para "
        "mejorar la experiencia de nuestros candidatos. Son solo 3 minutos:\n\n"
        "https://kesslerrowe.qualtrics.example/jfe/form/SV_3kRc8Xy?src=sf\n\n"
        "La encuesta es anónima.\n\n"
        "Gracias,\nTalent Acquisition · KR España",
    ),
    m(
        "p3d9",
        "2026-05-25 08:07",
        "InfoJobs Alertas <alertas@infojobs.net>",
        "5 ofertas nuevas de «controller financiero» en Madrid",
        J("alert", "other"),
        "Hola Lucía, estas son las ofertas nuevas de tu alerta «controller financiero» (Madrid):\n\n"
        "· Controller Financiero – Grupo de distribución – Getafe\n"
        "· Financial Controller (inglés alto) – Multinacional farmacéutica – Alcobendas\n"
        "· Responsable de Control de Gestión – Cadena de restauración – Madrid\n"
        "· ... y 2 más\n\n"
        "Ver todas: https://www.infojobs.net/ofertas-trabajo/madrid/controller-financiero?alerta=9931827\n\n"
        "¿Ya has encontrado trabajo? Desactiva tus alertas: https://www.infojobs.net/candidate/alerts",
        headers={
            "List-Unsubscribe": "<https://www.infojobs.net/candidate/alerts/unsubscribe?id=9931827>"
        },
    ),
    # --- June / July ---------------------------------------------------------------------------
    m(
        "p3e0",
        "2026-06-03 13:10",
        INSUMA,
        "PS-04/2026 – Resolución definitiva del proceso selectivo",
        A("rejection", INS, INSR, 12, "direct"),
        "Estimada Sra. Ferrández Ortega:\n\n"
        "Le comunicamos que el Tribunal de Selección del proceso PS-04/2026 ha elevado a la Dirección General la "
        "propuesta de contratación de la persona con mayor puntuación total, que se ha publicado hoy en el Portal de "
        "Transparencia.\n\n"
        "Su puntuación final ha sido de 62,15 puntos, ocupando el puesto n.º 3 de la relación. Conforme a la base "
        "undécima, pasa a formar parte de la bolsa de empleo derivada de este proceso, con una vigencia de dos "
        "años, a efectos de futuras contrataciones para puestos de igual categoría.\n\n"
        "Contra la presente resolución podrá interponer reclamación ante la Dirección de Recursos Humanos en el "
        "plazo de diez días hábiles.\n\n"
        "Dirección de Recursos Humanos\nInfraestructuras y Suelo de Madrid, S.A., S.M.E.",
    ),
    m(
        "p3e1",
        "2026-06-05 16:22",
        "Oliver Grant <oliver.grant@hunterbell.example>",
        "Group Financial Controller – confidential search, Madrid",
        J("outreach", "agency", None, "Group Financial Controller", "en"),
        "Dear Lucía,\n\n"
        "I hope you don't mind the direct approach. I'm a Director at Hunter & Bell, and we've been retained by a "
        "European consumer-goods business to find a Group Financial Controller for their Madrid hub (consolidation "
        "of 14 entities, IFRS, reporting to a PE-backed board).\n\n"
        "Your background in audit followed by industry control looks highly relevant. Would you be open to a "
        "confidential conversation?\n\n"
        "Kind regards,\nOliver Grant\nDirector, Finance Practice – Hunter & Bell\n+44 20 7946 0812\n\n"
        "Hunter & Bell Search Ltd. Registered in England No. 08812345.",
    ),
    m(
        "p3e2",
        "2026-06-10 12:05",
        ALB_RRHH,
        "Tu incorporación el 1 de julio",
        J("other_job", "direct", AL, ALR),
        "Hola Lucía:\n\n"
        "¡Ya queda menos! Te escribo para organizar tu primer día:\n\n"
        "· Miércoles 1 de julio, 9:00 h, recepción de Príncipe de Vergara 112. Te recibiré yo y después pasarás "
        "la mañana con Ramón.\n"
        "· Por favor, envíame antes del 19 de junio: copia del DNI, número de afiliación a la Seguridad Social, "
        "IBAN, modelo 145 firmado (te lo adjunto) y una foto para la tarjeta de acceso.\n"
        "· El jueves 2 y el viernes 3 harás la ruta de bienvenida por la planta de Molina de Segura con Carlos, "
        "el controller de planta. Los billetes de AVE te los gestiona Carmen.\n\n"
        "Cualquier cosa, me dices.\n\nUn abrazo,\nSara",
        attach=[
            ("Modelo_145.txt", "text/plain", "Modelo 145 - Comunicacion de datos al pagador\n")
        ],
    ),
    m(
        "p3e4",
        "2026-06-22 10:17",
        "Sistemas Grupo Albaida <it.servicedesk@grupoalbaida.example>",
        "Alta de usuario – Lucía Ferrández Ortega",
        J("other_job", "direct", AL),
        "Hola Lucía,\n\n"
        "Te damos la bienvenida. Ya hemos creado tu usuario corporativo:\n\n"
        "Usuario: lferrandez\nCorreo: lucia.ferrandez@grupoalbaida.example\n\n"
        "La contraseña temporal te la entregaremos en mano el día de tu incorporación junto con el portátil y el "
        "móvil de empresa. El primer día tendrás que configurar el doble factor (Microsoft Authenticator).\n\n"
        "Servicio de Atención al Usuario · Sistemas\nGrupo Albaida · Ext. 4400",
    ),
    m(
        "p3e5",
        "2026-06-29 18:33",
        "Indeed <no-reply@indeed.com>",
        "¿Has tenido noticias de Grupo Dental Ibérica?",
        J("other_job", "indeed", DI, DIR),
        "Hola Lucía:\n\n"
        "Hace unas semanas solicitaste el empleo Responsable Contable en Grupo Dental Ibérica. ¿Te ha contactado "
        "la empresa?\n\n"
        "Sí: https://es.indeed.com/survey/r?ans=yes&jk=c3d88e10f2aa\n"
        "No: https://es.indeed.com/survey/r?ans=no&jk=c3d88e10f2aa\n\n"
        "Tus respuestas nos ayudan a mejorar Indeed para todos los demandantes de empleo.\n\nIndeed",
    ),
    m(
        "p3e6",
        "2026-07-07 09:12",
        "Formación Grupo Albaida <formacion@grupoalbaida.example>",
        "Formación obligatoria: Código Ético y Canal de Denuncias",
        N(),
        "Estimada Lucía:\n\n"
        "Como parte de tu plan de acogida, tienes asignados los siguientes cursos obligatorios en el Campus "
        "Albaida, que deberás completar antes del 31 de julio:\n\n"
        "· Código Ético y Canal de Denuncias (45 min)\n· Prevención de Riesgos Laborales – Oficinas (2 h)\n"
        "· Ciberseguridad básica (30 min)\n\n"
        "Acceso: https://campus.grupoalbaida.example\n\n"
        "Departamento de Formación · Grupo Albaida",
        to="Lucía Ferrández Ortega <lucia.ferrandez@grupoalbaida.example>",
        cc="Lucía Ferrández Ortega <lferrandez.ortega@gmail.com>",
    ),
]

# ruff: noqa: E501
"""Corpus 90, job mail part 2, alerts and outreach (data only): see heldout90.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    return "-0300"  # Chile keeps summer time (CLST) from September 2025 to April 2026


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src, lang="es"):
    return (cat, co, role, app, src, lang)


KA, KAR = "Kanasta", "Marketplace Category Analyst"
DL, DLR = "Distribuidora Los Andes", "Analista Comercial de Ventas"
TC, TCR = "Tiendas Cóndor", "Analista de Planificación Comercial"
PI, PIR = "Picada", "Data Analyst Comercial"
BI, BIR = "Boticas Inca", "Analista de Category Management"
MD, MDR = "Mercadito Digital", "Analista de Surtido y Pricing"
LM, LMR = "Lúa Moda", "Analista de Merchandising (LatAm)"
CM, CMR = "Casa Mapocho", "Jefa de Producto Decoración"
VQ, VQR = "Viñedos Quillay", "Analista de Trade Marketing"
CR, CRR = "CrediAndes", "Analista de Riesgo Comercial Retail"
TL, TLR = "Tambo Labs", "Commercial Analyst, Grocery (Remote)"

MAIL: list[dict[str, Any]] = [
    # --- 13 Kanasta (Lever), ghosted after interview ------------------------------------------
    m(
        "90201",
        "2025-10-24 23:10",
        "Kanasta <no-reply@hire.lever.co>",
        "Gracias por postular a Kanasta",
        A("confirmation", KA, KAR, 13, "lever"),
        "Hola Catalina,\n\n¡Gracias por tu interés en Kanasta! Recibimos tu postulación a Marketplace Category Analyst y la estamos revisando.\n\nSi calzas con lo que buscamos, alguien del equipo te escribirá. ¡Éxito!\n\nEquipo Kanasta",
    ),
    m(
        "90202",
        "2025-11-05 12:36",
        "Ignacia Soto <ignacia@kanasta.cl>",
        "Entrevista Kanasta 🛒",
        A("interview", KA, KAR, 13, "lever"),
        "Hola Catalina! Soy Ignacia, de People en Kanasta. Nos gustaría conocerte: ¿tienes 30 min esta semana? Puedes elegir horario acá: https://calendly.com/ignacia-kanasta/30min\n\nSaludos!\nIgnacia",
        headers={"X-Mailer": "Lever"},
        sender="Kanasta via Lever <no-reply@hire.lever.co>",
    ),
    m(
        "90203",
        "2025-11-06 08:14",
        "Calendly <notifications@calendly.com>",
        "Nuevo evento: Catalina Fuentes - 10:00 vie 7 nov 2025 - Conversación Kanasta",
        A("interview", KA, KAR, 13, "other"),
        "Hola Catalina Fuentes,\n\nTu evento con Ignacia Soto está agendado.\n\nEvento: Conversación Kanasta (30 min)\nFecha: viernes 7 de noviembre de 2025, 10:00 - 10:30 (hora de Chile)\nUbicación: Google Meet (el enlace se agregará a la invitación)\n\nCancelar o reprogramar: https://calendly.com/cancellations/9a3e",
        ics={
            "uid": "kanasta-7nov@calendly.com",
            "start": "2025-11-07 10:00:00 -0300",
            "minutes": 30,
            "summary": "Conversación Kanasta",
            "organizer": ("Ignacia Soto", "ignacia@kanasta.cl"),
            "location": "Google Meet",
        },
    ),
    # --- 14 Distribuidora Los Andes (Computrabajo Chile), ghosted -----------------------------
    m(
        "90204",
        "2025-11-11 20:48",
        "Computrabajo <notificaciones@cl.computrabajo.com>",
        "Tu postulación fue enviada: Analista Comercial de Ventas",
        A("confirmation", DL, DLR, 14, "other"),
        html="<html><body><h2>¡Postulación enviada!</h2><p>Catalina, tu CV fue enviado a la oferta <b>Analista Comercial de Ventas</b> - Distribuidora Los Andes Ltda. - Pudahuel, RM.</p><p>Te avisaremos cuando la empresa lo lea.</p></body></html>",
    ),
    # --- 15 Tiendas Cóndor (LinkedIn Easy Apply) ----------------------------------------------
    m(
        "90205",
        "2025-11-25 09:18",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Catalina, tu solicitud se envió a Tiendas Cóndor",
        A("confirmation", TC, TCR, 15, "linkedin"),
        "Tu solicitud se envió a Tiendas Cóndor\n\nAnalista de Planificación Comercial\nTiendas Cóndor · Santiago, Región Metropolitana (Híbrido)\nSolicitud enviada el 25 nov 2025\n\nVer empleo: https://www.linkedin.com/jobs/view/4160023345",
    ),
    m(
        "90206",
        "2025-12-11 16:41",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud para Analista de Planificación Comercial en Tiendas Cóndor",
        A("rejection", TC, TCR, 15, "linkedin"),
        "Gracias por tu interés en Analista de Planificación Comercial en Tiendas Cóndor.\n\nMensaje de Tiendas Cóndor:\nAgradecemos tu postulación. Lamentablemente hemos decidido no avanzar con tu candidatura en esta oportunidad. Te deseamos mucho éxito en tu búsqueda.\n\nBusca empleos similares: https://www.linkedin.com/jobs/",
    ),
    # --- 16 Picada SpA (Get on Board + HackerRank) -------------------------------------------
    m(
        "90207",
        "2025-12-03 11:27",
        "Get on Board <noreply@getonbrd.com>",
        "Postulaste a Data Analyst Comercial en Picada",
        A("confirmation", PI, PIR, 16, "other"),
        "¡Listo, Catalina! Tu postulación a Data Analyst Comercial en Picada SpA fue enviada.\n\nTe avisaremos por aquí cuando haya novedades.\n\nEl equipo de Get on Board",
    ),
    m(
        "90208",
        "2025-12-05 10:00",
        "Picada Hiring Team <support@hackerrank.com>",
        "Invitation: Picada - Data Analyst Comercial Test",
        A("assessment", PI, PIR, 16, "hackerrank", "en"),
        "Hi Catalina,\n\nPicada has invited you to take the Data Analyst Comercial Test on HackerRank.\n\nDuration: 75 minutes (SQL x3, Python x1)\nExpires: December 10, 2025 23:59 CLST\n\nTake the test: https://www.hackerrank.com/tests/8b2d1c/login\n\nGood luck!\nHackerRank on behalf of Picada",
    ),
    m(
        "90209",
        "2025-12-16 17:33",
        "Get on Board <noreply@getonbrd.com>",
        "Novedades de tu postulación en Picada",
        A("rejection", PI, PIR, 16, "other"),
        'Hola Catalina,\n\nPicada cerró tu postulación a Data Analyst Comercial. Mensaje de la empresa:\n\n"Hola Cata, gracias por hacer el test, te fue bien en SQL pero buscamos a alguien con más Python para este rol. ¡Mucho éxito!"\n\nHay más de 40 ofertas de Data & Analytics esperándote en Get on Board.',
    ),
    # --- 18 Boticas Inca (Bumeran Perú), ghosted -----------------------------------------------
    m(
        "90210",
        "2025-12-09 07:55",
        "Bumeran <noreply@bumeran.com.pe>",
        "Postulación exitosa - Analista de Category Management",
        A("confirmation", BI, BIR, 18, "other"),
        html="<html><body><p>¡Hola Catalina!</p><p>Te postulaste con éxito al aviso <b>Analista de Category Management</b> en <b>Boticas Inca S.A.C.</b> (San Isidro, Lima).</p><p>Mantén tu CV actualizado para aumentar tus chances.</p></body></html>",
    ),
    # --- 19 Mercadito Digital (Workable, Argentina) ---------------------------------------------
    m(
        "90211",
        "2025-12-12 15:04",
        "Mercadito Digital <noreply@candidates.workablemail.com>",
        "Gracias por postularte a Mercadito Digital",
        A("confirmation", MD, MDR, 19, "workable"),
        "Hola Catalina,\n\nGracias por tu interés en el puesto Analista de Surtido y Pricing. Recibimos tu postulación y la vamos a revisar en los próximos días.\n\nSaludos,\nEl equipo de Mercadito Digital",
    ),
    m(
        "90212",
        "2025-12-18 11:20",
        "Mercadito Digital <noreply@candidates.workablemail.com>",
        "Siguiente paso: ejercicio práctico",
        A("assessment", MD, MDR, 19, "workable"),
        "Hola Catalina,\n\n¡Pasaste a la siguiente etapa! Te compartimos un ejercicio práctico de pricing (planilla adjunta en el portal). Tenés 5 días para resolverlo y subirlo acá: https://apply.workable.com/mercadito-digital/j/8D21AA/assessment\n\nCualquier consulta, respondé este mail.\n\nEquipo de Talento · Mercadito Digital",
    ),
    m(
        "90213",
        "2026-01-09 12:45",
        "Mercadito Digital <noreply@candidates.workablemail.com>",
        "Tu postulación en Mercadito Digital",
        A("rejection", MD, MDR, 19, "workable"),
        "Hola Catalina,\n\nGracias por resolver el ejercicio y por tu paciencia con las fiestas de por medio. Lo revisamos con el equipo de Comercial y, si bien nos gustó el enfoque, decidimos avanzar con otros perfiles para esta búsqueda.\n\nTe deseamos muchos éxitos,\nEquipo de Talento",
    ),
    # --- 20 Lúa Moda (Personio, Spain) ----------------------------------------------------------
    m(
        "90214",
        "2026-01-14 06:30",
        "Lúa Moda <noreply@personio.de>",
        "Confirmación de tu candidatura: Analista de Merchandising (LatAm)",
        A("confirmation", LM, LMR, 20, "personio"),
        "Hola Catalina,\n\nGracias por tu candidatura para el puesto Analista de Merchandising (LatAm). La hemos recibido correctamente y la revisaremos en breve.\n\nUn saludo cordial,\nLúa Moda Textil S.L.\nA Coruña",
    ),
    m(
        "90215",
        "2026-01-22 08:05",
        "Noelia Castro <noelia.castro@luamoda.es>",
        "Entrevista Lúa Moda",
        A("interview", LM, LMR, 20, "direct"),
        "Hola Catalina:\n\nSoy Noelia, de Selección en Lúa Moda. Nos ha encajado mucho tu perfil para abrir el mercado chileno. ¿Te vendría bien una videollamada el martes 27 a las 16:00 hora peninsular (12:00 en Santiago)? Te envío el enlace de Teams en cuanto me confirmes.\n\nUn saludo,\nNoelia Castro\nTalent Acquisition · Lúa Moda",
    ),
    m(
        "90216",
        "2026-02-10 09:12",
        "Noelia Castro <noelia.castro@luamoda.es>",
        "Lúa Moda - proceso Analista de Merchandising",
        A("rejection", LM, LMR, 20, "direct"),
        "Hola Catalina:\n\nGracias de nuevo por tu tiempo en las entrevistas. Finalmente, la compañía ha decidido retrasar la apertura en Chile y cubrir el puesto desde Madrid con una persona del equipo, por lo que no seguiremos adelante con tu candidatura.\n\nHa sido un placer conocerte.\n\nUn abrazo,\nNoelia",
    ),
    # --- 21 Casa Mapocho via Andes Search (headhunter) ------------------------------------------
    m(
        "90217",
        "2025-12-22 10:10",
        "Tomás Aguirre <taguirre@andessearch.cl>",
        "Búsqueda confidencial - Jefe(a) de Producto retail decoración",
        ("outreach", None, CMR, None, "agency", "es"),
        "Estimada Catalina:\n\nMi nombre es Tomás Aguirre, socio de Andes Search. Estamos liderando una búsqueda confidencial para una cadena chilena de decoración y hogar con más de 30 tiendas, para el cargo de Jefe(a) de Producto Decoración.\n\nSu experiencia en category management podría ser de mucho interés para nuestro cliente. ¿Tendría 20 minutos para conversar?\n\nAtentamente,\nTomás Aguirre\nSocio | Andes Search",
    ),
    m(
        "90218",
        "2026-01-05 18:20",
        "Tomás Aguirre <taguirre@andessearch.cl>",
        "RE: Búsqueda confidencial - Jefe(a) de Producto retail decoración",
        A("interview", CM, CMR, 21, "agency"),
        "Estimada Catalina:\n\nMuchas gracias por su CV. Ahora le puedo contar que el cliente es Casa Mapocho. La gerente de producto, Sra. Carolina Vial, quiere entrevistarla el jueves 8 de enero a las 12:00 en sus oficinas de Vitacura.\n\nQuedo atento.\n\nTomás Aguirre\nAndes Search",
    ),
    m(
        "90219",
        "2026-01-26 16:44",
        "Tomás Aguirre <taguirre@andessearch.cl>",
        "Casa Mapocho - feedback",
        A("rejection", CM, CMR, 21, "agency"),
        "Estimada Catalina:\n\nLe escribo para darle retroalimentación. Casa Mapocho destacó su capacidad analítica, pero decidió avanzar con un candidato con más experiencia en desarrollo de producto e importaciones desde Asia. Lamento no traer mejores noticias.\n\nCordialmente,\nTomás Aguirre",
    ),
    # --- 22 Viñedos Quillay (referral, manager on gmail), ghosted -------------------------------
    m(
        "90220",
        "2026-01-15 21:02",
        "Pedro Lagos <pedrolagos.q@gmail.com>",
        "Hola Catalina - de parte de la Javi",
        A("interview", VQ, VQR, 22, "direct"),
        "Hola Catalina, ¿cómo estái? La Javi me pasó tu CV para el cargo de trade marketing que tenemos abierto en la viña. Te escribo desde mi correo personal porque el de la pega anda lento.\n\n¿Podríamos juntarnos a tomar un café la próxima semana? Yo ando por Providencia el martes 20 en la tarde, tipo 17:00 en el café de Los Leones con Suecia.\n\nSaludos,\nPedro Lagos\nJefe de Trade Marketing\nViñedos Quillay S.A.",
    ),
    m(
        "90221",
        "2026-01-21 09:30",
        "Pedro Lagos <pedrolagos.q@gmail.com>",
        "Re: Hola Catalina - de parte de la Javi",
        A("interview", VQ, VQR, 22, "direct"),
        "Cata, gracias por el café ayer. Le pasé tu CV a RRHH, te deberían llamar para la entrevista formal con la gerencia. Cualquier cosa me escribes.\n\nPedro\n\nEl mar, 20 ene 2026 a las 23:11, Catalina Fuentes escribió:\n> Pedro, muchas gracias por la conversa...",
    ),
    # --- 23 CrediAndes (Trabajando.com) -----------------------------------------------------------
    m(
        "90222",
        "2026-02-02 12:05",
        "Trabajando.com <postulaciones@trabajando.com>",
        "Confirmación de postulación - CrediAndes",
        A("confirmation", CR, CRR, 23, "other"),
        "Estimada Catalina Fuentes Araya:\n\nSu postulación al cargo Analista de Riesgo Comercial Retail, publicado por CrediAndes Servicios Financieros S.A., ha sido recibida.\n\nN° de postulación: 19412208\n\nTrabajando.com",
    ),
    m(
        "90223",
        "2026-02-18 17:50",
        "Trabajando.com <postulaciones@trabajando.com>",
        "Actualización proceso",
        A("rejection", CR, CRR, 23, "other"),
        "Estimada Catalina:\n\nCrediAndes Servicios Financieros S.A. ha actualizado el estado de su postulación a Analista de Riesgo Comercial Retail: Proceso finalizado - no seleccionado.\n\nLe agradecemos su interés y le deseamos éxito.\n\nTrabajando.com",
    ),
    # --- 24 Tambo Labs (Ashby, English) -----------------------------------------------------------
    m(
        "90224",
        "2026-01-29 14:14",
        "Tambo Labs <no-reply@ashbyhq.com>",
        "Thanks for applying to Tambo Labs!",
        A("confirmation", TL, TLR, 24, "ashby", "en"),
        "Hi Catalina,\n\nThanks for applying to the Commercial Analyst, Grocery (Remote) role at Tambo Labs. We've received your application and our team will review it soon. If we don't move forward, we'll still let you know.\n\nCheers,\nTambo Labs Recruiting",
    ),
    m(
        "90225",
        "2026-02-06 13:30",
        "Martina Kohl <martina@tambolabs.io>",
        "Tambo Labs - intro call",
        A("interview", TL, TLR, 24, "ashby", "en"),
        "Hi Catalina,\n\nI'm Martina, recruiter at Tambo Labs. We'd love to chat about the Commercial Analyst role. Please grab a slot that works for you: https://jobs.ashbyhq.com/tambolabs/interview/schedule/4f1e\n\nTalk soon,\nMartina",
        sender="Tambo Labs <no-reply@ashbyhq.com>",
    ),
    m(
        "90226",
        "2026-02-06 19:02",
        "Tambo Labs <no-reply@ashbyhq.com>",
        "Interview confirmed: Tambo Labs Intro Call",
        A("interview", TL, TLR, 24, "ashby", "en"),
        "Hi Catalina, your interview is confirmed.\n\nTambo Labs Intro Call with Martina Kohl\nTuesday, February 10, 2026 · 11:00 - 11:30 (GMT-3)\nGoogle Meet: https://meet.google.com/tmb-oopq-xdz",
        ics={
            "uid": "ashby-tambo-10feb@ashbyhq.com",
            "start": "2026-02-10 11:00:00 -0300",
            "minutes": 30,
            "summary": "Tambo Labs Intro Call - Catalina Fuentes",
            "organizer": ("Martina Kohl", "martina@tambolabs.io"),
            "location": "https://meet.google.com/tmb-oopq-xdz",
        },
    ),
    m(
        "90227",
        "2026-02-16 10:00",
        "Martina Kohl <martina@tambolabs.io>",
        "Out of Office: Re: Tambo Labs - intro call",
        ("other_job", TL, TLR, None, "direct", "en"),
        "Hi! I'm out of office until February 23 with limited access to email. For urgent matters please contact recruiting@tambolabs.io.\n\nMartina",
    ),
    m(
        "90228",
        "2026-02-13 15:20",
        "Tambo Labs <no-reply@ashbyhq.com>",
        "Tambo Labs - next steps",
        A("interview", TL, TLR, 24, "ashby", "en"),
        "Hi Catalina,\n\nThanks for speaking with Martina! We'd like to invite you to a 60-minute case interview with our Head of Commercial, Diego Funes. Please choose a time: https://jobs.ashbyhq.com/tambolabs/interview/schedule/7b90\n\nTambo Labs Recruiting",
    ),
    m(
        "90229",
        "2026-03-04 12:12",
        "Tambo Labs <no-reply@ashbyhq.com>",
        "Withdrawal confirmed - Tambo Labs",
        A("confirmation", TL, TLR, 24, "ashby", "en"),
        "Hi Catalina,\n\nWe've received your request to withdraw your application for Commercial Analyst, Grocery (Remote). Congratulations on your new role, and thanks for letting us know!\n\nTambo Labs Recruiting",
        st="withdrawn",
    ),
    # --- alerts, talent communities, nudges ------------------------------------------------
    m(
        "90240",
        "2025-10-02 08:00",
        "Laborum <alertas@laborum.cl>",
        "12 nuevos avisos de Analista Category Management para ti",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Hola Catalina, estos avisos coinciden con tu búsqueda <b>analista category management</b> en Santiago:</p><ul><li>Analista de Categorías - Comercial Austral Ltda.</li><li>Analista Comercial Senior - Importante empresa del retail</li><li>Category Analyst - Empresa confidencial</li></ul><p><a href='https://www.laborum.cl/empleos'>Ver todos</a></p></body></html>",
    ),
    m(
        "90241",
        "2025-10-16 08:00",
        "Laborum <alertas@laborum.cl>",
        "Nuevos avisos: Analista de Pricing",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Catalina, hay 7 avisos nuevos para <b>analista de pricing</b>.</p><ul><li>Analista de Pricing - Comercial Austral Ltda.</li><li>Analista Pricing & Revenue - Aerolínea</li></ul></body></html>",
    ),
    m(
        "90242",
        "2025-10-12 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“category manager”: Góndola Data y 9 empleos más",
        ("alert", None, None, None, "linkedin", "es"),
        "Tus alertas de empleo\n\nCategory Analyst · Despensa · Santiago (Híbrido)\nRetail Analytics Consultant · Góndola Data · Argentina (Remoto)\nCategory Manager · Hogar Maule · Quilicura\n\nVer todos los empleos: https://www.linkedin.com/jobs/search/",
    ),
    m(
        "90243",
        "2025-11-09 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“category manager”: Tiendas Cóndor y 14 empleos más",
        ("alert", None, None, None, "linkedin", "es"),
        "Tus alertas de empleo\n\nAnalista de Planificación Comercial · Tiendas Cóndor · Santiago\nCategory Insights Analyst · Northstar Retail Analytics · Remoto\n\nVer todos: https://www.linkedin.com/jobs/search/",
    ),
    m(
        "90244",
        "2026-01-11 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“analista de categorías”: Farmacias Vitalis y 6 empleos más",
        ("alert", None, None, None, "linkedin", "es"),
        "Tus alertas de empleo\n\nAnalista de Categorías OTC · Farmacias Vitalis S.A. · Macul\nCommercial Analyst, Grocery · Tambo Labs · Remote\n\nVer todos: https://www.linkedin.com/jobs/search/",
    ),
    m(
        "90245",
        "2025-10-27 09:00",
        "Get on Board <noreply@getonbrd.com>",
        "Nuevos empleos de Data & Analytics para ti",
        ("alert", None, None, None, "other", "es"),
        "Hola Catalina, estos empleos remotos y en Santiago podrían interesarte:\n\n• Data Analyst Comercial — Picada (Santiago)\n• Growth Analyst — Fintech confidencial (Remoto LatAm)\n• BI Analyst — Kanasta (Santiago)\n\nPostula en 1 clic con tu perfil de Get on Board.",
    ),
    m(
        "90246",
        "2025-11-30 09:00",
        "Get on Board <noreply@getonbrd.com>",
        "Nuevos empleos de Data & Analytics para ti",
        ("alert", None, None, None, "other", "es"),
        "Hola Catalina, te dejamos los empleos más recientes:\n\n• Data Analyst Comercial — Picada\n• Analytics Engineer — Empresa de logística (Remoto)\n\nEl equipo de Get on Board",
    ),
    m(
        "90247",
        "2025-12-07 10:15",
        "Computrabajo <alertas@cl.computrabajo.com>",
        "Ofertas de empleo: analista comercial en Santiago",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Catalina, tenemos 23 ofertas nuevas de <b>analista comercial</b>:</p><ol><li>Analista Comercial de Ventas - Distribuidora Los Andes Ltda.</li><li>Analista de Reposición - Supermercado mayorista</li></ol></body></html>",
    ),
    m(
        "90248",
        "2026-01-18 10:15",
        "Computrabajo <alertas@pe.computrabajo.com>",
        "Nuevas ofertas: analista de categorías en Lima",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Catalina, 9 ofertas nuevas de <b>analista de categorías</b> en Lima.</p><ol><li>Analista de Category Management - Boticas Inca S.A.C.</li><li>Analista de Trade - Consumo masivo</li></ol></body></html>",
    ),
    m(
        "90249",
        "2025-10-04 11:00",
        "Grupo Cordillera <grupocordillera@myworkday.com>",
        "Bienvenida a la Comunidad de Talento Grupo Cordillera",
        ("alert", None, None, None, "workday", "es"),
        "Hola Catalina:\n\n¡Gracias por unirte a nuestra Comunidad de Talento! Te enviaremos oportunidades en Mercado Andino, Tiendas Pehuén y el resto de nuestras marcas según tus intereses.\n\nGrupo Cordillera S.A.",
    ),
    m(
        "90250",
        "2026-02-03 19:25",
        "Trabajando.com <postulaciones@trabajando.com>",
        "Tu postulación a Analista de Canales Digitales no está completa",
        ("alert", None, None, None, "other", "es"),
        "Estimada Catalina:\n\nNotamos que comenzó su postulación al cargo Analista de Canales Digitales (CrediAndes Servicios Financieros S.A.), pero no respondió las preguntas de filtro. Su postulación no será enviada hasta que las complete.\n\nCompletar postulación: https://www.trabajando.cl/postulacion/continuar\n\nTrabajando.com",
    ),
    m(
        "90251",
        "2025-11-15 10:00",
        "Cestia <no-reply@teamtailor-mail.com>",
        "Te has unido a Cestia Talent Community",
        ("alert", None, None, None, "teamtailor", "es"),
        "¡Hola Catalina! Ya formas parte de nuestra comunidad de talento. Te avisaremos cuando publiquemos ofertas que encajen contigo.\n\nCestia",
    ),
    m(
        "90252",
        "2026-03-02 08:00",
        "Bumeran <alertas@bumeran.com.pe>",
        "Avisos recomendados para ti",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Hola Catalina, te recomendamos estos avisos en Lima:</p><ul><li>Jefe de Categoría - Retail farmacéutico</li><li>Analista de Pricing - Tienda por departamento</li></ul></body></html>",
    ),
    # --- outreach, other job mail ---------------------------------------------------------------
    m(
        "90253",
        "2025-11-19 14:55",
        "Camila Herrera via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidad Category Manager - retail de mascotas",
        ("outreach", None, "Category Manager", None, "linkedin", "es"),
        "Hola Catalina, soy headhunter en una consultora boutique. Estoy buscando Category Manager para una cadena de tiendas de mascotas en expansión (Santiago). ¿Te interesaría saber más? Saludos, Camila",
    ),
    m(
        "90254",
        "2026-01-07 10:40",
        "Rocío Meneses <rmeneses@grupo-trazzo.cl>",
        "Perfil Analista Comercial - Empresa de consumo masivo",
        ("outreach", None, "Analista de Revenue Management", None, "agency", "es"),
        "Estimada Catalina:\n\nJunto con saludar, le escribo de Trazzo Selección. Estamos buscando un(a) Analista de Revenue Management para una multinacional de consumo masivo. Si le interesa, le agradecería enviarme su CV actualizado y pretensiones de renta.\n\nSaludos cordiales,\nRocío Meneses\nTrazzo Selección Ltda.",
    ),
    m(
        "90255",
        "2025-12-02 16:00",
        "Joaquín Ferrada <joaquin.ferrada@kanasta.cl>",
        "Kanasta - ¿conversamos para BI?",
        ("outreach", KA, "BI Analyst", None, "direct", "es"),
        "Hola Catalina, vi que postulaste a Kanasta para category. Tenemos también un rol de BI Analyst que quizás te calza mejor. ¿Te tinca conversarlo?\n\nJoaquín\nHead of Data, Kanasta",
    ),
    m(
        "90256",
        "2026-01-16 11:11",
        "Farmacias Vitalis vía Buk <notificaciones@buk.cl>",
        "Encuesta: ¿cómo fue tu experiencia postulando?",
        ("other_job", "Farmacias Vitalis", None, None, "other", "es"),
        "Hola Catalina, nos interesa tu opinión sobre el proceso de postulación en Farmacias Vitalis. Responder te tomará 2 minutos: https://vitalis.buk.cl/encuesta/44ab",
    ),
    m(
        "90257",
        "2026-03-10 09:00",
        "Paula Henríquez <phenriquez@vitalis.cl>",
        "Bienvenida Catalina - primer día",
        (
            "other_job",
            "Farmacias Vitalis",
            "Analista de Categorías OTC y Cuidado Personal",
            None,
            "direct",
            "es",
        ),
        "Estimada Catalina:\n\nTe recordamos que tu inducción corporativa es el lunes 16 de marzo a las 9:00 en Vicuña Mackenna 3501. Trae tu cédula y el certificado de afiliación AFP.\n\nSaludos,\nPaula",
    ),
    m(
        "90258",
        "2025-10-31 12:00",
        "Laborum <no-reply@laborum.cl>",
        "Tu CV fue visto por 4 empresas esta semana",
        ("other_job", None, None, None, "other", "es"),
        html="<html><body><p>Catalina, tu CV apareció en 38 búsquedas y fue visto por 4 empresas esta semana.</p><p>Mejora tu perfil con Laborum Premium.</p></body></html>",
    ),
]

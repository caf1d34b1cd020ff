# ruff: noqa: E501
"""Corpus 44: job mail in Spain's Spanish (applications, alerts, outreach)."""

from __future__ import annotations

from heldout3_util import m_cet as m
from heldout3_util import reply

RSA = "Red Sanitaria de Andalucía"
BOLSA = (RSA, "Fisioterapeuta (Bolsa Única)")
OPO = (RSA, "Fisioterapeuta (Oposición 2025)")
GIR1 = ("Hospitales Giralda", "Fisioterapeuta – Hospital Giralda Nervión")
GIR2 = ("Hospitales Giralda", "Fisioterapeuta de hospitalización – Hospital Giralda Málaga")
MUT = ("Mutua Bética", "Fisioterapeuta de centro asistencial")
CLUB = ("Triana Balompié", "Fisioterapeuta primer equipo")
FRED = ("FisioRed", "Fisioterapeuta – Clínica FisioRed Los Remedios")
OLIV = ("Residencias Olivar", "Fisioterapeuta geriátrico")
MOVE = ("Movelab", "Fisioterapeuta clínico (telerrehabilitación)")
MARTA = ("Fisioterapia Marta Lozano", "Fisioterapeuta")
BAHIA = ("Clínicas Bahía Salud", "Fisioterapeuta traumatológico")
ALAM = ("Centro de Fisioterapia Alameda", "Fisioterapeuta")
SJUSTA = ("Policlínica Santa Justa", "Fisioterapeuta media jornada")
KINE = ("Kinesia Sport", "Fisioterapeuta deportivo")
RIBERA = ("Ribera Mayores", "Fisioterapeuta – sustitución")
LUZ = ("Centro de Rehabilitación Costa de la Luz", "Fisioterapeuta")
SBLANCA = ("Hospital Sierra Blanca", "Fisioterapeuta neurológico")
MONCLOA = ("Hospital Universitario Moncloa", "Fisioterapeuta respiratorio")
CASA = ("Cuidamos en Casa", "Fisioterapeuta a domicilio")


def t(cat, pair, app, source, lang="es"):
    return (cat, pair[0], pair[1], app, source, lang)


RSA_FROM = "Red Sanitaria de Andalucía - Bolsa Única <bolsaunica@redsanitaria-andalucia.es>"
GIR_FROM = "Hospitales Giralda - Empleo <noreply@successfactors.eu>"
MUT_FROM = "Mutua Bética <mutuabetica@myworkday.com>"
FRED_FROM = "FisioRed <no-reply@mail.teamtailor.com>"
CLUB_DOC = "Dr. Ignacio Perea <i.perea@trianabalompie.es>"
MARTA_FROM = "Marta Lozano <martalozano.fisio@gmail.com>"
TSC = "Lucía Barranco | Talento Sanitario <lucia.barranco@talentosanitario.es>"
INFOJOBS = "InfoJobs <noreply@infojobs.net>"

MAIL = [
    # --- 1 Bolsa Única (public job pool) -------------------------------------------------
    m(
        "4401",
        "2025-09-03 10:12",
        RSA_FROM,
        "Bolsa Única: justificante de inscripción / actualización de méritos",
        t("confirmation", BOLSA, 1, "other"),
        "Estimado/a Sr./Sra. QUINTERO BENJUMEA, ÁLVARO:\n\nLe comunicamos que su solicitud de inscripción en la Bolsa Única de empleo temporal de la Red Sanitaria de Andalucía, categoría FISIOTERAPEUTA, ha sido registrada correctamente.\n\nNº de registro: BU-2025-0871342\nFecha de presentación: 03/09/2025 10:11\nCorte de baremación: 31/10/2025\nÁreas de preferencia: AGS Sevilla Norte, AGS Aljarafe, Distrito Sevilla, H.U. Virgen de la Palmera\n\nPuede consultar el estado de su solicitud en la Ventanilla Electrónica del Profesional (VEP).\n\nEste mensaje se genera automáticamente. No responda a esta dirección.\n\nRed Sanitaria de Andalucía\nDirección General de Personal",
    ),
    m(
        "4402",
        "2025-11-21 13:40",
        RSA_FROM,
        "Publicación de listas provisionales - Corte 2025",
        t("confirmation", BOLSA, 1, "other"),
        "Estimado/a profesional:\n\nSe ha publicado en la web de la Red Sanitaria de Andalucía la Resolución por la que se aprueban las listas provisionales de personas candidatas de la Bolsa Única correspondientes al corte de 31 de octubre de 2025.\n\nSu baremo provisional en la categoría FISIOTERAPEUTA es de 41,350 puntos (experiencia: 28,900; formación: 12,450).\n\nDispone de un plazo de 10 días hábiles, a contar desde el día siguiente a la publicación, para presentar alegaciones a través de la VEP.\n\nAtentamente,\nServicio de Selección - Dirección General de Personal",
    ),
    m(
        "4403",
        "2026-01-13 09:05",
        "Unidad de Contratación H.U. Virgen de la Palmera <contratacion.hvp@redsanitaria-andalucia.es>",
        "Oferta de nombramiento - Fisioterapeuta - Interinidad",
        t("offer", BOLSA, 1, "other"),
        "Buenos días, Álvaro:\n\nSegún el orden de la Bolsa Única, le ofertamos un nombramiento de personal estatutario temporal (interinidad por vacante) como FISIOTERAPEUTA en el Hospital Universitario Virgen de la Palmera, Unidad de Rehabilitación, turno de mañana, con incorporación el 19/01/2026.\n\nLe rogamos que nos confirme la aceptación o renuncia antes de las 14:00 h de mañana, respondiendo a este correo o llamando al 955 01 23 40. Si no recibimos respuesta, se entenderá como no localizado según el pacto de bolsa.\n\nDocumentación a aportar: DNI, título, colegiación, certificado de delitos de naturaleza sexual y número de cuenta.\n\nUnidad de Contratación\nH.U. Virgen de la Palmera",
    ),
    m(
        "4404",
        "2026-01-13 11:22",
        "Álvaro Quintero Benjumea <alvaro.quintero.fisio@gmail.com>",
        "RE: Oferta de nombramiento - Fisioterapeuta - Interinidad",
        t("offer", BOLSA, 1, "other"),
        st="accepted",
        to="Unidad de Contratación H.U. Virgen de la Palmera <contratacion.hvp@redsanitaria-andalucia.es>",
        text="Buenos días:\n\nAcepto el nombramiento de interinidad ofertado. Adjunto la documentación solicitada y me paso el jueves por la Unidad para firmar.\n\nUn saludo,\nÁlvaro Quintero Benjumea\nDNI 2874****K · Col. 4521\n\nEl mar, 13 ene 2026 a las 9:05, Unidad de Contratación H.U. Virgen de la Palmera escribió:\n> Buenos días, Álvaro:\n> Según el orden de la Bolsa Única, le ofertamos un nombramiento de personal estatutario temporal...",
        **reply("4403", "contratacion.hvp@redsanitaria-andalucia.es"),
    ),
    m(
        "4405",
        "2026-01-16 12:30",
        "Unidad de Contratación H.U. Virgen de la Palmera <contratacion.hvp@redsanitaria-andalucia.es>",
        "Cita para firma e incorporación",
        t("other_job", BOLSA, None, "other"),
        "Álvaro, te esperamos el lunes 19 a las 8:00 en Personal (planta baja, edificio de gobierno) para la firma del nombramiento y recogida de uniforme y tarjeta. Después te acompañará la supervisora de Rehabilitación, Rocío Carmona.\n\nUn saludo,\nInma\nUnidad de Contratación",
    ),
    # --- 2 Oposición --------------------------------------------------------------------------
    m(
        "4406",
        "2025-09-29 17:02",
        "Red Sanitaria de Andalucía - Oferta Pública de Empleo <ope@redsanitaria-andalucia.es>",
        "Registro de solicitud: concurso-oposición Fisioterapeuta (OPE 2025)",
        t("confirmation", OPO, 2, "other"),
        "Su solicitud de participación en el concurso-oposición para el acceso a la condición de personal estatutario fijo en la categoría de Fisioterapeuta (turno libre) ha sido presentada.\n\nNúmero de solicitud: OPE25-FIS-004127\nTasa abonada: 30,12 €\n\nRecuerde que la presentación de la solicitud no implica la admisión. Las listas provisionales de personas admitidas y excluidas se publicarán en el Boletín Oficial.\n\n-- \nMensaje automático. Red Sanitaria de Andalucía",
    ),
    m(
        "4407",
        "2025-12-02 08:45",
        "Red Sanitaria de Andalucía - Oferta Pública de Empleo <ope@redsanitaria-andalucia.es>",
        "Aviso: listado definitivo de admitidos y fecha de examen",
        t("confirmation", OPO, 2, "other"),
        "Le informamos de que se ha publicado el listado definitivo de personas admitidas y excluidas del concurso-oposición de Fisioterapeuta. Usted figura como ADMITIDO.\n\nLa prueba de la fase de oposición se celebrará el sábado 14 de marzo de 2026 a las 10:00 h en la Facultad de Ciencias de la Salud de Sevilla. La asignación de aulas se publicará con 10 días de antelación.\n\nServicio de Selección",
    ),
    # --- 3 Hospitales Giralda Nervión (rejected) -------------------------------------------------
    m(
        "4408",
        "2025-09-08 19:14",
        GIR_FROM,
        "Gracias por tu candidatura – Fisioterapeuta – Hospital Giralda Nervión (Req. 11823)",
        t("confirmation", GIR1, 3, "other"),
        html="<html><body style='font-family:Arial'><img src='https://career5.successfactors.eu/logo/giralda.png' alt='Hospitales Giralda'><p>Hola Álvaro,</p><p>Gracias por tu interés en <b>Hospitales Giralda</b>. Hemos recibido tu candidatura para la posición <b>Fisioterapeuta – Hospital Giralda Nervión</b> (ID de solicitud 11823).</p><p>Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo.</p><p>Puedes consultar el estado de tu solicitud en cualquier momento desde <a href='https://career5.successfactors.eu/career?company=giraldasalud'>tu perfil de candidato</a>.</p><p>Un saludo,<br>Equipo de Talento<br>Giralda Salud, S.L.</p><p style='font-size:10px;color:#888'>Giralda Salud, S.L. – CIF B-41999999 – Avda. de Eduardo Dato 120, 41005 Sevilla. Tus datos serán tratados conforme al RGPD.</p></body></html>",
    ),
    m(
        "4409",
        "2025-09-22 10:03",
        "Carmen Vela <carmen.vela@giraldasalud.es>",
        "Entrevista Hospital Giralda Nervión",
        t("interview", GIR1, 3, "direct"),
        "Hola Álvaro:\n\nTe escribo desde Selección de Hospitales Giralda. Nos ha gustado tu perfil para la vacante de fisioterapia en Nervión y nos gustaría conocerte. ¿Te vendría bien el jueves 25 a las 12:30 en el hospital (planta -1, Rehabilitación)? Estará también el coordinador del servicio, Javier Nieto.\n\nConfírmame por favor si te encaja.\n\nSaludos,\n\nCarmen Vela Ortiz\nTécnico de Selección · Hospitales Giralda\nT. 954 00 11 22\n\nEste mensaje y sus adjuntos son confidenciales...",
    ),
    m(
        "4410",
        "2025-10-07 16:48",
        GIR_FROM,
        "Actualización de tu candidatura",
        t("rejection", GIR1, 3, "other"),
        html="<html><body style='font-family:Arial'><p>Hola Álvaro,</p><p>Queremos agradecerte el tiempo que has dedicado al proceso de selección de <b>Fisioterapeuta – Hospital Giralda Nervión</b> y la entrevista con el equipo.</p><p>Tras valorar todas las candidaturas, hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del servicio.</p><p>Conservaremos tus datos para futuras oportunidades y te animamos a seguir atento a nuestro portal de empleo.</p><p>Un cordial saludo,<br>Equipo de Talento – Hospitales Giralda</p></body></html>",
    ),
    # --- 4 Hospitales Giralda Málaga (re-application; offer declined) ----------------------------
    m(
        "4411",
        "2025-12-01 21:30",
        GIR_FROM,
        "Gracias por tu candidatura – Fisioterapeuta de hospitalización – Hospital Giralda Málaga (Req. 12410)",
        t("confirmation", GIR2, 4, "other"),
        html="<html><body style='font-family:Arial'><p>Hola Álvaro,</p><p>Hemos recibido tu candidatura para <b>Fisioterapeuta de hospitalización – Hospital Giralda Málaga</b> (ID 12410). Gracias por volver a confiar en nosotros.</p><p>Te informaremos de cualquier novedad a través de este correo.</p><p>Equipo de Talento<br>Giralda Salud, S.L.</p></body></html>",
    ),
    m(
        "4412",
        "2025-12-10 09:15",
        "Carmen Vela <carmen.vela@giraldasalud.es>",
        "Invitación: Entrevista Álvaro Quintero – Fisio hospitalización Málaga @ mar 16 dic 2025 11:00 - 11:45 (CET)",
        t("interview", GIR2, 4, "direct"),
        "Álvaro, te envío la convocatoria para la videollamada con la supervisora de Málaga, Ana Belén Ruiz. Enlace de Teams en la invitación.\n\nUn saludo,\nCarmen",
        ics={
            "uid": "gir-12410-av@giraldasalud.es",
            "start": "2025-12-16 11:00:00 +0100",
            "minutes": 45,
            "style": "outlook",
            "organizer": ("Carmen Vela", "carmen.vela@giraldasalud.es"),
            "summary": "Entrevista Álvaro Quintero – Fisio hospitalización Málaga",
            "location": "Reunión de Microsoft Teams",
            "attendees": [("Ana Belén Ruiz", "anabelen.ruiz@giraldasalud.es")],
        },
    ),
    m(
        "4413",
        "2025-12-23 13:05",
        "Carmen Vela <carmen.vela@giraldasalud.es>",
        "Propuesta de incorporación – Hospital Giralda Málaga",
        t("offer", GIR2, 4, "direct"),
        "Hola Álvaro:\n\nEnhorabuena, Ana Belén quedó muy contenta con la entrevista y queremos hacerte una propuesta: contrato indefinido, jornada completa (turnos de mañana y tarde rotativos), categoría de fisioterapeuta según convenio de sanidad privada, salario bruto anual de 24.800 € más complemento de turnicidad. Incorporación a partir del 12 de enero.\n\nTe dejo hasta el 30 de diciembre para pensarlo. Cualquier duda, llámame.\n\nUn abrazo,\nCarmen Vela Ortiz\nHospitales Giralda",
    ),
    m(
        "4414",
        "2026-01-14 10:40",
        "Carmen Vela <carmen.vela@giraldasalud.es>",
        "RE: Propuesta de incorporación – Hospital Giralda Málaga",
        t("offer", GIR2, 4, "direct"),
        st="declined",
        text="Entendido, Álvaro. Una pena, pero comprendo perfectamente que una interinidad en Sevilla pese más. Te deseo mucha suerte en la Palmera y, si algún día quieres volver a hablar, aquí estamos.\n\nUn saludo,\nCarmen\n\n-----Mensaje original-----\nDe: Álvaro Quintero Benjumea <alvaro.quintero.fisio@gmail.com>\nEnviado el: martes, 13 de enero de 2026 12:01\nAsunto: RE: Propuesta de incorporación – Hospital Giralda Málaga\n\nHola Carmen, muchísimas gracias por la propuesta y por la paciencia. Al final me ha salido un nombramiento en la bolsa en Sevilla y voy a aceptarlo, así que tengo que declinar la oferta de Málaga. Ha sido un placer.\nÁlvaro",
        **reply("4413", "carmen.vela@giraldasalud.es"),
    ),
    # --- 5 Mutua Bética (Workday) -------------------------------------------------------------
    m(
        "4415",
        "2025-09-15 12:00",
        MUT_FROM,
        "Solicitud incompleta: Fisioterapeuta de centro asistencial",
        ("other_job", MUT[0], MUT[1], None, "workday", "es"),
        html="<html><body><p>Hola, Álvaro:</p><p>Hemos visto que empezaste a solicitar el puesto <b>Fisioterapeuta de centro asistencial (R-0045521)</b> pero no enviaste la solicitud.</p><p><a href='https://mutuabetica.wd3.myworkday.com/MutuaBetica_Careers'>Continuar con mi solicitud</a></p><p>Mutua Bética, Mutua Colaboradora con la Seguridad Social nº 299</p></body></html>",
    ),
    m(
        "4416",
        "2025-09-16 22:41",
        MUT_FROM,
        "Hemos recibido su solicitud",
        t("confirmation", MUT, 5, "workday"),
        html="<html><body><p>Estimado/a Álvaro Quintero Benjumea:</p><p>Gracias por presentar su solicitud para el puesto <b>R-0045521 Fisioterapeuta de centro asistencial</b> (Sevilla – Polígono Calonge).</p><p>Revisaremos su candidatura y nos pondremos en contacto con usted si su perfil se ajusta a los requisitos.</p><p>Atentamente,<br>Departamento de Personas<br>Mutua Bética</p></body></html>",
    ),
    m(
        "4417",
        "2025-09-30 09:30",
        "Mutua Bética - Selección <seleccion@mutuabetica.es>",
        "Mutua Bética | Pruebas online - proceso R-0045521",
        t("assessment", MUT, 5, "direct"),
        "Estimado Álvaro:\n\nEn el marco del proceso de selección para el puesto de Fisioterapeuta de centro asistencial, te invitamos a realizar dos pruebas online: un cuestionario de personalidad (20 min) y un caso práctico sobre rehabilitación de lesiones laborales (30 min).\n\nEnlace: https://evaluacion.mutuabetica.es/c/8813XK\nPlazo: hasta el domingo 5 de octubre a las 23:59.\n\nGracias,\nSelección · Dpto. de Personas",
    ),
    m(
        "4418",
        "2025-10-14 14:12",
        "Mutua Bética - Selección <seleccion@mutuabetica.es>",
        "Te convocamos a una entrevista - Fisioterapeuta Calonge",
        t("interview", MUT, 5, "direct"),
        "Hola Álvaro:\n\nHas superado la fase de pruebas. Te convocamos a una entrevista presencial el martes 21 de octubre a las 9:30 en nuestro centro de Calonge (C/ Metalurgia 14, Sevilla). Pregunta en recepción por Pilar Domínguez.\n\nTrae el título y el certificado de colegiación.\n\nUn saludo,\nPilar Domínguez\nResponsable de Selección Andalucía Occidental",
    ),
    m(
        "4419",
        "2025-11-04 18:20",
        "Mutua Bética - Selección <seleccion@mutuabetica.es>",
        "Proceso de selección Fisioterapeuta - Calonge",
        t("rejection", MUT, 5, "direct"),
        "Hola Álvaro:\n\nAnte todo, gracias por tu tiempo. Tanto la coordinadora del centro como yo nos quedamos con muy buena impresión de ti: tu experiencia en readaptación y la manera de explicar el caso práctico nos gustaron mucho.\n\nAun así, lamentamos comunicarte que finalmente nos hemos decantado por una persona con más experiencia en mutuas y gestión de incapacidad temporal. Ha sido una decisión difícil.\n\nNos gustaría mantener tu CV para próximas vacantes en la provincia.\n\nUn abrazo,\nPilar Domínguez",
    ),
    # --- 6 Triana Balompié (direct) -------------------------------------------------------------
    m(
        "4420",
        "2025-09-18 23:05",
        CLUB_DOC,
        "Fisio primer equipo",
        t("interview", CLUB, 6, "direct"),
        "Álvaro, buenas noches. Me pasó tu CV Quique Robles (coincidisteis en el máster). Estamos buscando un fisio para el primer equipo de cara a la segunda vuelta. ¿Puedes pasarte el lunes a las 17:00 por la ciudad deportiva? Hablamos un rato con el preparador físico y ves las instalaciones.\n\nIgnacio Perea\nJefe de Servicios Médicos · Triana Balompié\n\nEnviado desde mi iPhone",
    ),
    m(
        "4421",
        "2025-09-19 08:10",
        "Álvaro Quintero Benjumea <alvaro.quintero.fisio@gmail.com>",
        "Re: Fisio primer equipo",
        t("interview", CLUB, 6, "direct"),
        to=CLUB_DOC,
        text="Buenos días Ignacio, muchas gracias por contar conmigo. El lunes a las 17:00 allí estoy.\nUn saludo,\nÁlvaro\n\n> Álvaro, buenas noches. Me pasó tu CV Quique Robles...",
        **reply("4420", "i.perea@trianabalompie.es"),
    ),
    m(
        "4422",
        "2025-10-03 13:33",
        CLUB_DOC,
        "Re: Fisio primer equipo",
        t("rejection", CLUB, 6, "direct"),
        "Álvaro, te debía una respuesta. Al final el club ha decidido cubrir la plaza con alguien de la casa que ya estaba en el filial, así que por ahora no vamos a seguir. Me gustó mucho hablar contigo; si se mueve algo en cantera te llamo.\n\nUn abrazo,\nIgnacio",
        **reply("4421", "alvaro.quintero.fisio@gmail.com"),
    ),
    # --- 7 FisioRed (Teamtailor; offer declined) -------------------------------------------------
    m(
        "4423",
        "2025-10-20 11:11",
        FRED_FROM,
        "¡Gracias por aplicar a FisioRed!",
        t("confirmation", FRED, 7, "teamtailor"),
        html="<html><body style='font-family:Helvetica'><h2 style='color:#00a19a'>¡Hola Álvaro!</h2><p>Gracias por tu interés en unirte al equipo de <b>FisioRed</b>. Hemos recibido tu solicitud para <b>Fisioterapeuta – Clínica FisioRed Los Remedios</b>.</p><p>Leemos todas las candidaturas personalmente, así que danos unos días. 💚</p><p>Equipo de People · FisioRed</p><p style='font-size:11px'>Fisiored Clínicas S.L. · <a href='https://fisiored.teamtailor.com/connect'>Únete a nuestra comunidad</a></p></body></html>",
    ),
    m(
        "4424",
        "2025-10-27 10:02",
        "Rafa Montes (FisioRed) <no-reply@mail.teamtailor.com>",
        "Entrevista con FisioRed – elige día y hora",
        t("interview", FRED, 7, "teamtailor"),
        html="<html><body><p>Hola Álvaro,</p><p>¡Nos encantaría conocerte! Reserva un hueco para una entrevista de 30 minutos con Rafa Montes, coordinador de clínicas en Sevilla.</p><p><a href='https://fisiored.teamtailor.com/meetings/2hT8'>Elegir hora</a></p><p>Un saludo,<br>Rafa</p></body></html>",
    ),
    m(
        "4425",
        "2025-11-12 17:25",
        "Rafa Montes <rafa.montes@fisiored.es>",
        "Oferta FisioRed Los Remedios",
        t("offer", FRED, 7, "direct"),
        "Hola Álvaro,\n\nComo te adelanté por teléfono, queremos que te incorpores a Los Remedios. Resumen de la oferta:\n- Contrato indefinido, 35 h semanales (tardes L-J, viernes mañana)\n- 1.650 € brutos/mes x 14 + incentivo por sesiones\n- Formación continua pagada (punción seca, suelo pélvico)\n- Incorporación 1 de diciembre\n\nSi te parece bien te preparamos el contrato. Dime algo esta semana.\n\nRafa Montes\nCoordinador Sevilla · FisioRed",
    ),
    m(
        "4426",
        "2025-11-17 09:48",
        "Rafa Montes <rafa.montes@fisiored.es>",
        "RE: Oferta FisioRed Los Remedios",
        t("offer", FRED, 7, "direct"),
        st="declined",
        text="Vale, Álvaro, gracias por decírmelo tan claro. Entiendo lo del horario de tardes con el máster. Te doy de baja del proceso y si más adelante cambia algo, escríbeme.\n\nRafa\n\n> Hola Rafa, he estado dándole vueltas y al final no voy a aceptar la oferta. El horario de tarde me impide terminar el máster este curso...",
        **reply("4425", "rafa.montes@fisiored.es"),
    ),
    # --- 8 Residencias Olivar (Personio; withdrawn) ---------------------------------------------
    m(
        "4427",
        "2025-10-02 15:20",
        "Olivar Mayores S.A. <no-reply@personio.de>",
        "Tu candidatura en Residencias Olivar",
        t("confirmation", OLIV, 8, "personio"),
        "Hola Álvaro Quintero Benjumea,\n\nmuchas gracias por tu candidatura como Fisioterapeuta geriátrico (Residencia Olivar Dos Hermanas). La hemos recibido correctamente.\n\nRevisaremos tu documentación lo antes posible y te contactaremos.\n\nSaludos cordiales\nTu equipo de Recursos Humanos\nOlivar Mayores S.A.",
    ),
    m(
        "4428",
        "2025-10-08 12:44",
        "Nuria Cabello <nuria.cabello@residenciasolivar.es>",
        "Llamada - Fisioterapeuta Dos Hermanas",
        t("interview", OLIV, 8, "direct"),
        "Buenas Álvaro, soy Nuria de RRHH de Residencias Olivar. ¿Podríamos tener una llamada de 20 minutos el viernes 10 por la mañana? Dime a qué hora te viene bien y te llamo al móvil que pusiste.\n\nGracias,\nNuria Cabello\nRRHH · Residencias Olivar",
    ),
    m(
        "4429",
        "2025-10-16 10:05",
        "Nuria Cabello <nuria.cabello@residenciasolivar.es>",
        "RE: Retirar candidatura",
        t("confirmation", OLIV, 8, "direct"),
        st="withdrawn",
        text="Hola Álvaro,\n\nrecibido, retiramos tu candidatura del proceso. Gracias por avisar con tiempo y mucha suerte.\n\nNuria\n\nDe: Álvaro Quintero Benjumea\nEnviado: miércoles, 15 de octubre de 2025 21:14\nAsunto: Retirar candidatura\n\nHola Nuria, te escribo para retirarme del proceso de fisioterapeuta en Dos Hermanas; estoy en otros procesos más cerca de casa y no quiero haceros perder tiempo. Muchas gracias por la llamada.",
    ),
    # --- 9 Movelab (Greenhouse; Madrid startup) -------------------------------------------------
    m(
        "4430",
        "2025-10-06 19:55",
        "Movelab <no-reply@us.greenhouse-mail.io>",
        "Gracias por tu interés en Movelab",
        t("confirmation", MOVE, 9, "greenhouse"),
        "Hola Álvaro,\n\nGracias por aplicar a Fisioterapeuta clínico (telerrehabilitación) en Movelab. Nuestro equipo revisará tu solicitud y, si tu perfil encaja, te contactaremos para los siguientes pasos.\n\nMientras tanto, puedes conocer más sobre cómo trabajamos en movelab-rehab.com/equipo.\n\nSaludos,\nEl equipo de Talento de Movelab\n\n**Por favor, no respondas a este correo. Esta bandeja no está monitorizada.**",
    ),
    m(
        "4431",
        "2025-10-13 11:30",
        "Elena Sáez <elena@movelab-rehab.com>",
        "Movelab – caso práctico",
        t("assessment", MOVE, 9, "greenhouse"),
        sender="Movelab <no-reply@us.greenhouse-mail.io>",
        text="Hola Álvaro,\n\nEl siguiente paso es un pequeño caso práctico: te enviamos el historial anonimizado de un paciente post-LCA y te pedimos que diseñes un plan de 6 semanas de telerrehabilitación en nuestra app (te damos acceso de prueba). No te debería llevar más de 2 horas.\n\nPuedes entregarlo aquí hasta el 20/10: https://app.greenhouse.io/tests/4f8a21\n\n¡Ánimo!\nElena Sáez · People @ Movelab",
    ),
    m(
        "4432",
        "2025-10-24 09:00",
        "Elena Sáez <elena@movelab-rehab.com>",
        "Invitación: Movelab – Entrevista con Clinical Lead",
        t("interview", MOVE, 9, "direct"),
        "Hola Álvaro, ¡nos ha encantado tu caso! Te he enviado una invitación de Google Meet con Daniel Ferrer, nuestro Clinical Lead. Si no te viene bien, dime y lo movemos.",
        ics={
            "uid": "mvl-af-2025-10-29@movelab-rehab.com",
            "start": "2025-10-29 16:00:00 +0100",
            "minutes": 45,
            "organizer": ("Elena Sáez", "elena@movelab-rehab.com"),
            "summary": "Movelab – Entrevista Álvaro Quintero / Daniel Ferrer",
            "location": "https://meet.google.com/qmv-hyzr-kpt",
            "attendees": [("Daniel Ferrer", "daniel@movelab-rehab.com")],
        },
    ),
    m(
        "4433",
        "2025-11-07 12:15",
        "Movelab <no-reply@us.greenhouse-mail.io>",
        "Tu proceso en Movelab",
        t("rejection", MOVE, 9, "greenhouse"),
        "Hola Álvaro,\n\nGracias por todo el trabajo que has puesto en el proceso, de verdad. Después de la entrevista con Daniel hemos decidido no avanzar con tu candidatura: buscamos a alguien que pueda estar en Madrid dos días a la semana desde el primer mes.\n\nOjalá coincidamos más adelante.\n\nUn saludo,\nElena Sáez\nMovelab",
    ),
    # --- 10 Marta Lozano (self-employed, Gmail; on hold) -----------------------------------------
    m(
        "4434",
        "2025-11-03 21:47",
        MARTA_FROM,
        "tu cv",
        t("interview", MARTA, 10, "direct"),
        "Hola Álvaro! Soy Marta, tengo una clínica pequeña en Cádiz (Fisioterapia Marta Lozano, en la Avenida). Vi tu CV en el grupo de fisios de Cádiz y me gustaría hablar contigo porque en enero necesito a alguien para las tardes. Te va bien un café el sábado por la mañana? Estoy en Cádiz pero puedo acercarme a Jerez.\n\nMarta\n652 33 10 98",
    ),
    m(
        "4435",
        "2025-11-04 07:58",
        "Álvaro Quintero Benjumea <alvaro.quintero.fisio@gmail.com>",
        "Re: tu cv",
        t("interview", MARTA, 10, "direct"),
        to=MARTA_FROM,
        text="Hola Marta! Claro, el sábado a las 11 en Jerez me viene genial. Te mando ubicación.\nGracias!\nÁlvaro\n\nEl lun, 3 nov 2025 a las 21:47, Marta Lozano <martalozano.fisio@gmail.com> escribió:\n> Hola Álvaro! Soy Marta, tengo una clínica pequeña en Cádiz...",
        **reply("4434", "martalozano.fisio@gmail.com"),
    ),
    m(
        "4436",
        "2025-12-09 20:12",
        MARTA_FROM,
        "Re: tu cv",
        t("confirmation", MARTA, 10, "direct"),
        st="on_hold",
        text="Álvaro, te escribo para que no pienses que me olvidé. Me ha salido un lío con el local (obras de la comunidad) y hasta que no lo resuelva no puedo contratar a nadie. Lo dejo aparcado de momento, seguramente hasta marzo o así. Si sigues disponible entonces te vuelvo a escribir.\n\nUn abrazo y gracias por la paciencia!\nMarta",
        **reply("4435", "alvaro.quintero.fisio@gmail.com"),
    ),
    # --- 11 Talento Sanitario (agency -> Clínicas Bahía Salud) ------------------------------------
    m(
        "4437",
        "2025-10-01 10:27",
        TSC,
        "Oportunidad fisioterapeuta - importante grupo hospitalario de Andalucía",
        ("outreach", None, "Fisioterapeuta traumatológico", None, "agency", "es"),
        "Hola Álvaro,\n\nSoy Lucía Barranco, consultora de Talento Sanitario. Estamos colaborando con un importante grupo hospitalario de Andalucía que busca un/a fisioterapeuta con experiencia en traumatología para uno de sus centros en la provincia de Cádiz. Incorporación inmediata, contrato estable y salario por encima de convenio.\n\nHe visto tu perfil y creo que podrías encajar muy bien. ¿Tendrías 15 minutos esta semana para una llamada?\n\nUn saludo,\nLucía Barranco\nConsultora Senior · Talento Sanitario\nwww.talentosanitario.es",
    ),
    m(
        "4438",
        "2025-10-06 13:50",
        TSC,
        "Candidatura presentada - Fisioterapeuta traumatológico (Clínicas Bahía Salud)",
        t("confirmation", BAHIA, 11, "agency"),
        "Hola de nuevo Álvaro,\n\ntal y como hablamos, ya puedo contarte que el cliente es Clínicas Bahía Salud (centro de San Fernando). He presentado hoy tu candidatura a su directora de RRHH con el informe de nuestra entrevista.\n\nEn cuanto tenga feedback te digo algo.\n\nLucía",
    ),
    m(
        "4439",
        "2025-10-15 09:40",
        TSC,
        "Entrevista Clínicas Bahía Salud - lunes 20",
        t("interview", BAHIA, 11, "agency"),
        "Álvaro, ¡buenas noticias! Bahía Salud quiere conocerte. Entrevista presencial el lunes 20 de octubre a las 10:00 en la clínica de San Fernando (C/ Real 210). Te atenderán la directora médica y el responsable de fisioterapia.\n\nConsejo: llévate preparado algún caso de hombro, les preocupa mucho esa patología.\n\nLucía",
    ),
    m(
        "4440",
        "2025-10-29 16:05",
        TSC,
        "Feedback Bahía Salud",
        t("rejection", BAHIA, 11, "agency"),
        "Hola Álvaro,\n\nya tengo respuesta del cliente. Les gustaste mucho en lo técnico, pero finalmente han optado por otro candidato que vive en San Fernando y puede empezar sin mudarse. Lo siento, sé que tenías ganas.\n\nSigo moviendo tu perfil con otros clientes, te aviso en cuanto surja algo.\n\nUn abrazo,\nLucía",
    ),
    # --- 12 Centro de Fisioterapia Alameda (InfoJobs) ---------------------------------------------
    m(
        "4441",
        "2025-09-10 18:02",
        INFOJOBS,
        "Inscripción realizada en la oferta Fisioterapeuta",
        t("confirmation", ALAM, 12, "other"),
        html="<html><body><table width='600'><tr><td><img src='https://static.infojobs.net/logo.png' alt='InfoJobs'></td></tr><tr><td><p>¡Hola Álvaro!</p><p>Te has inscrito correctamente en la oferta:</p><p><b>Fisioterapeuta</b><br>Centro de Fisioterapia Alameda · Sevilla</p><p>Sigue el estado de tu candidatura en <a href='https://www.infojobs.net/candidate/applications'>Mis candidaturas</a>.</p><p>Consejo: las empresas valoran los CV completos. ¡Revisa el tuyo!</p></td></tr></table></body></html>",
    ),
    m(
        "4442",
        "2025-09-12 09:30",
        INFOJOBS,
        "Centro de Fisioterapia Alameda ha leído tu CV",
        t("viewed", ALAM, 12, "other"),
        html="<html><body><p>Hola Álvaro,</p><p>Buenas noticias: <b>Centro de Fisioterapia Alameda</b> ha leído tu CV para la oferta <b>Fisioterapeuta</b>.</p><p>Estado actual: <b>CV leído</b></p><p><a href='https://www.infojobs.net/candidate/applications'>Ver candidatura</a></p><p>El equipo de InfoJobs</p></body></html>",
    ),
    m(
        "4443",
        "2025-09-26 08:15",
        INFOJOBS,
        "Novedades en tu candidatura",
        t("rejection", ALAM, 12, "other"),
        html="<html><body><p>Hola Álvaro,</p><p>El estado de tu candidatura a <b>Fisioterapeuta</b> en <b>Centro de Fisioterapia Alameda</b> ha cambiado a: <b>Descartado</b>.</p><p>No te desanimes, hay más de 300 ofertas de fisioterapia esperándote.</p><p><a href='https://www.infojobs.net/ofertas-trabajo/fisioterapeuta'>Ver ofertas</a></p></body></html>",
    ),
    # --- 13 Policlínica Santa Justa (Indeed; ghosted, lamentablemente in confirmation) --------
    m(
        "4444",
        "2025-09-24 14:47",
        "Indeed Apply <indeedapply@indeed.com>",
        "Solicitud enviada: Fisioterapeuta media jornada",
        t("confirmation", SJUSTA, 13, "indeed"),
        "Indeed\n\nSe ha enviado tu solicitud\n\nFisioterapeuta media jornada\nPoliclínica Santa Justa - Sevilla, Sevilla provincia\n\nTambién se enviará una copia a tu correo.\n\nMensaje del empleador:\nGracias por tu interés. Lamentablemente, debido al elevado volumen de candidaturas, solo podremos contactar con las personas preseleccionadas. Si en 15 días no recibes noticias, entiende que tu perfil no ha sido seleccionado en esta ocasión.\n\nVer las solicitudes: https://myjobs.indeed.com/applied\n\n© 2025 Indeed",
    ),
    # --- 14 Kinesia Sport (LinkedIn; Madrid) -----------------------------------------------------
    m(
        "4445",
        "2025-10-09 20:21",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Álvaro, se ha enviado tu solicitud a Kinesia Sport",
        t("confirmation", KINE, 14, "linkedin"),
        "Se ha enviado tu solicitud a Kinesia Sport\n\nFisioterapeuta deportivo\nKinesia Sport · Madrid, Comunidad de Madrid, España (Presencial)\nSolicitado el 9 oct 2025\n\nVer empleo: https://www.linkedin.com/jobs/view/4123987654\n\nEste email se ha enviado a Álvaro Quintero Benjumea (Fisioterapeuta)\n© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.",
    ),
    m(
        "4446",
        "2025-10-11 10:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Kinesia Sport ha visto tu solicitud",
        t("viewed", KINE, 14, "linkedin"),
        "Tu solicitud ha sido vista por Kinesia Sport\n\nFisioterapeuta deportivo · Madrid\n\nEl equipo de contratación ha consultado tu solicitud. Mientras esperas, echa un vistazo a otros empleos similares.\n\n© 2025 LinkedIn",
    ),
    m(
        "4447",
        "2025-10-23 07:44",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud para Fisioterapeuta deportivo en Kinesia Sport",
        t("rejection", KINE, 14, "linkedin"),
        "Tu actualización de Kinesia Sport\n\nGracias por tu interés en el puesto de Fisioterapeuta deportivo en Kinesia Sport en Madrid. Desafortunadamente, no continuaremos con tu solicitud, pero te agradecemos el tiempo que has dedicado a enviarla.\n\nTe deseamos suerte en tu búsqueda.\nKinesia Sport\n\nPrincipales empleos que te pueden interesar: ...\n© 2025 LinkedIn",
    ),
    # --- 15 Ribera Mayores (Jobandtalent) -------------------------------------------------------
    m(
        "4448",
        "2025-11-18 12:06",
        "Jobandtalent <no-reply@jobandtalent.com>",
        "Has aplicado a Fisioterapeuta – sustitución en Ribera Mayores",
        t("confirmation", RIBERA, 15, "other"),
        "Hola Álvaro 👋\n\nTu candidatura para Fisioterapeuta – sustitución (Ribera Mayores, Coria del Río) está en revisión.\n\nDuración: 3 meses (baja maternal) · 25 h/semana · 13,40 €/h brutos\n\nTe avisaremos desde la app cuando haya novedades. Asegúrate de tener tu documentación subida.\n\nEquipo Jobandtalent",
    ),
    m(
        "4449",
        "2025-11-25 18:30",
        "Jobandtalent <no-reply@jobandtalent.com>",
        "Actualización sobre Fisioterapeuta – sustitución",
        t("rejection", RIBERA, 15, "other"),
        "Hola Álvaro,\n\nEsta posición ya ha sido cubierta, así que tu candidatura no seguirá adelante. ¡Pero no te preocupes! Tenemos nuevas ofertas de sanidad cerca de ti en la app.\n\nEquipo Jobandtalent",
    ),
    # --- 16 Adecco (agency -> Costa de la Luz) --------------------------------------------------
    m(
        "4450",
        "2025-11-05 11:19",
        "Adecco <noreply@adecco.es>",
        "Hemos recibido tu candidatura",
        t("confirmation", LUZ, 16, "agency"),
        "Hola Álvaro,\n\nGracias por inscribirte en la oferta FISIOTERAPEUTA - CENTRO DE REHABILITACIÓN COSTA DE LA LUZ (Chiclana de la Frontera) publicada por Adecco Medical.\n\nNuestro equipo revisará tu perfil. Si encaja con los requisitos del puesto, un/a consultor/a se pondrá en contacto contigo.\n\nReferencia de la oferta: 11-2025-MED-4471\n\nAdecco Medical & Science\nAdecco TT, S.A., ETT",
    ),
    m(
        "4451",
        "2025-11-11 13:36",
        "Sergio Alcaide | Adecco Medical <sergio.alcaide@adecco.es>",
        "Entrevista - Fisioterapeuta Chiclana",
        t("interview", LUZ, 16, "agency"),
        "Hola Álvaro, gracias por atenderme por teléfono. Te confirmo la entrevista con el Centro de Rehabilitación Costa de la Luz el jueves 13 a las 12:00 por videollamada (te llegará el enlace desde el centro).\n\nUn saludo,\nSergio Alcaide\nConsultor Sector Sanitario · Adecco Medical Andalucía",
    ),
    # --- 17 Hospital Sierra Blanca (health board; ghosted after interview) -----------------------
    m(
        "4452",
        "2025-10-28 17:35",
        "Portal FisioEmpleo <avisos@portalfisioempleo.es>",
        "Tu candidatura ha sido enviada a Hospital Sierra Blanca",
        t("confirmation", SBLANCA, 17, "other"),
        'Portal FisioEmpleo\n\nHola Álvaro:\n\nTu candidatura a la oferta "Fisioterapeuta neurológico - Marbella" de Hospital Sierra Blanca se ha enviado correctamente junto con tu CV (CV_AlvaroQuintero_2025.pdf).\n\nPuedes seguir su estado en tu área privada.\n\nPortal FisioEmpleo - el portal de empleo de la fisioterapia',
    ),
    m(
        "4453",
        "2025-11-06 10:44",
        "RRHH Clínica Sierra Blanca <rrhh@clinicasierrablanca.es>",
        "Proceso Fisioterapeuta neurológico",
        t("interview", SBLANCA, 17, "direct"),
        "Estimado Álvaro:\n\nNos ponemos en contacto con usted en relación con su candidatura para el puesto de fisioterapeuta neurológico en Hospital Sierra Blanca. Le proponemos una entrevista por videoconferencia el miércoles 12 de noviembre a las 13:00.\n\nRogamos confirme asistencia.\n\nAtentamente,\nDepartamento de Recursos Humanos\nClínica Sierra Blanca, S.A. · Marbella",
    ),
    # --- 18 Hospital Universitario Moncloa (Workday; Madrid) -------------------------------------
    m(
        "4454",
        "2025-11-20 23:12",
        "Grupo Vitalia Salud <vitalia@myworkday.com>",
        "Confirmación de su solicitud - Fisioterapeuta respiratorio",
        t("confirmation", MONCLOA, 18, "workday"),
        html="<html><body><p>Estimado/a Álvaro,</p><p>Gracias por su interés en el <b>Hospital Universitario Moncloa</b>. Confirmamos la recepción de su solicitud para la posición <b>Fisioterapeuta respiratorio</b> (JR-118902).</p><p>Puede consultar el estado en la sección <i>Mis solicitudes</i> de nuestro sitio de empleo.</p><p>Cordialmente,<br>Talent Acquisition<br>Grupo Vitalia Salud, S.A.</p></body></html>",
    ),
    m(
        "4455",
        "2025-12-15 08:01",
        "Grupo Vitalia Salud <vitalia@myworkday.com>",
        "Su solicitud para JR-118902",
        t("rejection", MONCLOA, 18, "workday"),
        html="<html><body><p>Estimado/a Álvaro,</p><p>Le agradecemos su interés en la posición Fisioterapeuta respiratorio del Hospital Universitario Moncloa.</p><p>Tras revisar detenidamente su candidatura, le informamos de que en esta ocasión no ha sido seleccionada para continuar en el proceso.</p><p>Le animamos a seguir consultando nuestras vacantes.</p><p>Talent Acquisition · Grupo Vitalia Salud</p></body></html>",
    ),
    # --- 19 Cuidamos en Casa (Teamtailor; ghosted) ------------------------------------------------
    m(
        "4456",
        "2026-01-28 12:20",
        "Cuidamos en Casa <no-reply@mail.teamtailor.com>",
        "Hemos recibido tu candidatura 🙌",
        t("confirmation", CASA, 19, "teamtailor"),
        html="<html><body><p>Hola Álvaro,</p><p>¡Gracias por querer formar parte de <b>Cuidamos en Casa</b>! Tu candidatura para <b>Fisioterapeuta a domicilio</b> (Sevilla y Aljarafe) nos ha llegado.</p><p>Te escribiremos en cuanto la hayamos revisado.</p><p>Un abrazo,<br>Equipo Cuidamos en Casa</p></body></html>",
    ),
    # --- other job mail: alerts, communities, outreach, portal --------------------------------
    m(
        "4457",
        "2025-09-05 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "12 nuevas ofertas de Fisioterapeuta en Sevilla",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Hola Álvaro, estas son las nuevas ofertas de tu alerta <b>fisioterapeuta - Sevilla</b>:</p><ul><li>Fisioterapeuta - Centro de Fisioterapia Alameda - Sevilla</li><li>Fisioterapeuta suelo pélvico - Clínica Nuevo Día - Sevilla</li><li>Fisioterapeuta a domicilio - Dos Hermanas</li></ul><p><a href='https://www.infojobs.net'>Ver las 12 ofertas</a></p><p>Gestionar alertas · Darse de baja</p></body></html>",
    ),
    m(
        "4458",
        "2025-10-19 07:31",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas para ti: fisioterapeuta",
        ("alert", None, None, None, "other", "es"),
        html="<html><body><p>Tu alerta <b>fisioterapeuta - Sevilla</b> tiene 5 ofertas nuevas.</p><ul><li>Fisioterapeuta - FisioRed - Sevilla</li><li>Fisioterapeuta geriátrico - Residencias Olivar - Dos Hermanas</li></ul><p><a href='https://www.infojobs.net'>Ver ofertas</a></p></body></html>",
    ),
    m(
        "4459",
        "2025-11-14 06:55",
        "Indeed <alert@indeed.com>",
        "fisioterapeuta en Málaga: 9 empleos nuevos",
        ("alert", None, None, None, "indeed", "es"),
        "Indeed\n\n9 empleos nuevos para fisioterapeuta en Málaga\n\nFisioterapeuta de hospitalización\nHospitales Giralda - Málaga\nHace 1 día\n\nFisioterapeuta deportivo\nClínica Atlántida Sport - Marbella\nFácil solicitud\n\nFisioterapeuta\nResidencia Los Naranjos - Alhaurín de la Torre\n\nVer todos los empleos\n\nHas recibido este mensaje porque te has suscrito a las alertas de empleo de Indeed.",
    ),
    m(
        "4460",
        "2025-12-05 07:05",
        "Indeed <alert@indeed.com>",
        "Nuevos empleos de fisioterapeuta cerca de Sevilla",
        ("alert", None, None, None, "indeed", "es"),
        "Indeed\n\nFisioterapeuta - Policlínica Santa Justa - Sevilla\nFisioterapeuta a domicilio - Cuidamos en Casa - Sevilla (pronto)\nFisioterapeuta respiratorio - Hospital Universitario Moncloa - Madrid\n\nVer más empleos: https://es.indeed.com\n\nDarte de baja",
    ),
    m(
        "4461",
        "2025-09-25 09:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“fisioterapeuta”: Kinesia Sport - Fisioterapeuta deportivo y más",
        ("alert", None, None, None, "linkedin", "es"),
        "Tu alerta de empleo para fisioterapeuta en Andalucía y Madrid\n\nKinesia Sport\nFisioterapeuta deportivo\nMadrid · 1 solicitante\n\nMovelab\nFisioterapeuta clínico (telerrehabilitación)\nMadrid (Híbrido)\n\nVer todos los empleos\n\nEste email se ha enviado a Álvaro Quintero Benjumea.\n© 2025 LinkedIn",
    ),
    m(
        "4462",
        "2026-01-22 09:14",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30+ nuevos empleos de “fisioterapeuta”",
        ("alert", None, None, None, "linkedin", "es"),
        "Nuevos empleos que coinciden con tus preferencias\n\nCuidamos en Casa · Fisioterapeuta a domicilio · Sevilla\nHospital Universitario Moncloa · Fisioterapeuta UCI · Madrid\n\nVer todos los empleos\n© 2026 LinkedIn",
    ),
    m(
        "4463",
        "2025-10-30 08:00",
        "Portal FisioEmpleo <avisos@portalfisioempleo.es>",
        "Boletín semanal: ofertas de fisioterapia en Andalucía",
        ("alert", None, None, None, "other", "es"),
        "Portal FisioEmpleo · Boletín de ofertas\n\n- Fisioterapeuta neurológico · Hospital Sierra Blanca · Marbella\n- Fisioterapeuta · Clínica del Puerto · El Puerto de Santa María\n- Fisioterapeuta para club de balonmano · Huelva\n\nAccede a todas las ofertas en portalfisioempleo.es\n\nPara dejar de recibir este boletín, modifica tus preferencias.",
    ),
    m(
        "4464",
        "2025-10-08 10:10",
        GIR_FROM,
        "Bienvenido a la comunidad de talento de Hospitales Giralda",
        ("other_job", "Hospitales Giralda", None, None, "other", "es"),
        html="<html><body><p>Hola Álvaro,</p><p>¡Ya formas parte de nuestra Comunidad de Talento! Te avisaremos cuando publiquemos vacantes que encajen con tus intereses: <i>Fisioterapia, Sevilla, Málaga</i>.</p><p>Equipo de Talento · Hospitales Giralda</p></body></html>",
    ),
    m(
        "4465",
        "2025-11-22 10:00",
        "FisioRed <no-reply@mail.teamtailor.com>",
        "Te damos la bienvenida a FisioRed Connect",
        ("other_job", "FisioRed", None, None, "teamtailor", "es"),
        html="<html><body><p>¡Hola Álvaro!</p><p>Gracias por unirte a <b>FisioRed Connect</b>. Serás de los primeros en enterarte cuando abramos clínicas nuevas o publiquemos puestos.</p><p>Equipo de People · FisioRed</p></body></html>",
    ),
    m(
        "4466",
        "2025-11-26 16:40",
        "Javier Lobato <javier.lobato@talentosanitario.es>",
        "Fisioterapeuta para mutua en Huelva",
        ("outreach", None, "Fisioterapeuta", None, "agency", "es"),
        "Hola Álvaro,\n\nmi compañera Lucía me ha pasado tu perfil. Tengo abierto un proceso para una mutua colaboradora en Huelva capital, incorporación inmediata, jornada de mañanas. ¿Te interesaría? Si te encaja, te llamo mañana.\n\nJavier Lobato\nTalento Sanitario",
    ),
    m(
        "4467",
        "2025-12-11 12:55",
        "Rocío Aranda via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Rocío te ha enviado un mensaje: Fisioterapia en Hospital Costa Azahar",
        ("outreach", "Hospital Costa Azahar", "Fisioterapeuta de UCI", None, "linkedin", "es"),
        "Rocío Aranda\nResponsable de Selección en Hospital Costa Azahar\n\nHola Álvaro, ¿qué tal? Estamos ampliando el equipo de fisioterapia respiratoria en la UCI de Almería y tu experiencia en el H. Virgen de la Palmera me ha llamado la atención. ¿Hablamos?\n\nResponder · Ver perfil\n\nEste es un mensaje InMail de LinkedIn.",
    ),
    m(
        "4468",
        "2025-10-21 17:00",
        "Mutua Bética - Selección <seleccion@mutuabetica.es>",
        "Respuesta automática: Documentación entrevista",
        ("other_job", MUT[0], MUT[1], None, "direct", "es"),
        "Gracias por su correo. Estaré fuera de la oficina hasta el lunes 27 de octubre con acceso limitado al correo. Para asuntos urgentes puede escribir a personas@mutuabetica.es.\n\nPilar Domínguez",
    ),
    m(
        "4469",
        "2025-11-21 09:00",
        "Grupo Vitalia Salud <vitalia@myworkday.com>",
        "Código de verificación de su cuenta de candidato",
        ("other_job", "Hospital Universitario Moncloa", None, None, "workday", "es"),
        "Su código de verificación es 481 920. Caduca en 10 minutos.\n\nSi no ha solicitado este código, ignore este mensaje.\n\nGrupo Vitalia Salud - Empleo",
    ),
    m(
        "4470",
        "2026-02-10 11:00",
        "Movelab <no-reply@us.greenhouse-mail.io>",
        "¿Cómo fue tu experiencia como candidato en Movelab?",
        ("other_job", "Movelab", None, None, "greenhouse", "es"),
        "Hola Álvaro, nos encantaría saber qué te pareció nuestro proceso de selección. La encuesta dura 2 minutos y es anónima.\n\nResponder encuesta: https://movelab.typeform.com/candidatos\n\nGracias,\nMovelab",
    ),
]

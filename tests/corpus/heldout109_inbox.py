# ruff: noqa: E501, RUF100
"""Corpus 109, the rest of the inbox (data only): see heldout109.py."""

from __future__ import annotations

from typing import Any

from heldout109_jobs import m


def N(key, when, frm, subject, text=None, html=None, lang="es", **kw):
    return m(key, when, frm, subject, ("not_job", lang), text, html, **kw)


MAIL: list[dict[str, Any]] = [
    # --- piso: solicitud de alquiler ------------------------------------------------------------
    N(
        "30001",
        "2025-09-02 18:22",
        "idealista <noreply@idealista.com>",
        "Tu mensaje al anunciante: Piso en alquiler en calle Feria, Macarena",
        html="<html><body><p>Hola Marta,</p><p>Hemos enviado tu mensaje al anunciante del piso en "
        "<b>calle Feria, Macarena (Sevilla)</b> – 2 hab., 780 €/mes.</p><p>Te avisaremos cuando responda.</p></body></html>",
    ),
    N(
        "30002",
        "2025-09-04 10:05",
        "Inmobiliaria Alameda <alquileres@inmoalameda.es>",
        "Solicitud de alquiler - documentación necesaria",
        "Hola Marta,\n\nGracias por tu interés en el piso de la calle Feria. Para estudiar tu "
        "solicitud de alquiler necesitamos: DNI, tres últimas nóminas o contrato de trabajo, "
        "última declaración de la renta y, si no tienes contrato indefinido, un avalista.\n\n"
        "La visita sería el sábado 6 a las 11:00.\n\nInmobiliaria Alameda\n",
    ),
    N(
        "30003",
        "2025-09-11 13:40",
        "Inmobiliaria Alameda <alquileres@inmoalameda.es>",
        "Re: Solicitud de alquiler - documentación necesaria",
        "Hola Marta,\n\nLa propietaria ha revisado las solicitudes y, lamentablemente, ha "
        "elegido a otro candidato con contrato indefinido. Si quieres, te avisamos de otros "
        "pisos en la zona.\n\nUn saludo,\nInmobiliaria Alameda\n",
    ),
    N(
        "30004",
        "2025-11-20 19:12",
        "Fotocasa <no-reply@fotocasa.es>",
        "Nuevos pisos en alquiler en San Bernardo que te pueden interesar",
        html="<html><body><p>Tu búsqueda guardada: <b>alquiler, Sevilla, San Bernardo, hasta 850 €</b></p>"
        "<ul><li>Piso 2 hab. calle Santo Rey – 820 €</li><li>Ático con terraza – 850 €</li></ul></body></html>",
    ),
    N(
        "30005",
        "2025-11-26 12:30",
        "Gestión Patrimonial Giralda <pisos@giraldagestion.es>",
        "Su solicitud para la vivienda de c/ Santo Rey ha sido aceptada",
        "Estimada Sra. Villalobos:\n\nNos complace comunicarle que la propiedad ha aceptado "
        "su solicitud de arrendamiento para la vivienda sita en c/ Santo Rey 14, 2ºB. Para "
        "formalizar el contrato deberá abonar una mensualidad de fianza y otra de garantía "
        "adicional. Le proponemos firmar el jueves 4 de diciembre a las 10:00.\n\n"
        "Atentamente,\nGestión Patrimonial Giralda\n",
    ),
    N(
        "30006",
        "2025-12-04 13:15",
        "Gestión Patrimonial Giralda <pisos@giraldagestion.es>",
        "Contrato de arrendamiento firmado - copia",
        "Estimada Sra. Villalobos:\n\nLe adjuntamos copia del contrato firmado y el justificante "
        "de depósito de la fianza. Recuerde domiciliar los suministros.\n\nGestión Patrimonial Giralda\n",
        attach=[
            (
                "contrato_arrendamiento_SantoRey14.txt",
                "text/plain",
                "Contrato de arrendamiento de vivienda. Duración: 5 años.\n",
            )
        ],
    ),
    N(
        "30007",
        "2025-12-09 09:02",
        "Endesa <clientes@endesa-comunica.es>",
        "Bienvenida: tu contrato de luz está activo",
        "Hola Marta:\n\nYa tienes luz en c/ Santo Rey 14, 2ºB. Tu tarifa: Tempo Fijo. Primera "
        "factura aproximadamente en 30 días.\n",
    ),
    N(
        "30008",
        "2025-12-15 20:40",
        "Mudanzas Hércules <presupuestos@mudanzashercules.es>",
        "Presupuesto mudanza Macarena → San Bernardo",
        "Hola Marta, te paso presupuesto: 1 camión pequeño, 2 operarios, 3 horas: 290 € + IVA. "
        "Sábado 20 por la mañana. Confírmanos.\n",
    ),
    # --- banco, tarjeta de crédito "oferta" -----------------------------------------------------
    N(
        "30011",
        "2025-09-09 11:00",
        "Caja Rural del Sur <comunicaciones@cajaruraldelsur.es>",
        "Marta, tienes una oferta preconcedida: tarjeta de crédito sin comisiones",
        html="<html><body><h2>Tu tarjeta te está esperando</h2><p>Marta, por ser cliente tienes una "
        "<b>oferta preconcedida</b> de tarjeta de crédito con límite de hasta 3.000 €. Solicítala en 2 minutos.</p></body></html>",
    ),
    N(
        "30012",
        "2025-09-13 17:22",
        "Caja Rural del Sur <avisos@cajaruraldelsur.es>",
        "Hemos recibido tu solicitud de tarjeta",
        "Hola Marta:\n\nHemos recibido tu solicitud de Tarjeta Crédito Clásica. La estamos "
        "estudiando y te responderemos en un plazo máximo de 48 horas.\n",
    ),
    N(
        "30013",
        "2025-09-15 09:10",
        "Caja Rural del Sur <avisos@cajaruraldelsur.es>",
        "Tu solicitud ha sido aprobada",
        "Hola Marta:\n\n¡Enhorabuena! Tu solicitud de tarjeta ha sido aprobada. La recibirás en "
        "tu domicilio en 5-7 días laborables. Actívala desde la app.\n",
    ),
    N(
        "30014",
        "2025-10-02 08:00",
        "Caja Rural del Sur <avisos@cajaruraldelsur.es>",
        "Extracto de tu tarjeta - septiembre",
        "Ya tienes disponible el extracto de tu tarjeta terminada en 4417. Importe a cargar: 214,36 €.\n",
    ),
    N(
        "30015",
        "2025-11-28 10:00",
        "Caja Rural del Sur <comunicaciones@cajaruraldelsur.es>",
        "Black Friday: oferta de préstamo al 5,95 % TIN",
        html="<html><body><p>Solo hasta el lunes: préstamo personal al 5,95 % TIN. Solicitud 100 % online, respuesta inmediata.</p></body></html>",
    ),
    N(
        "30016",
        "2026-01-05 09:30",
        "Caja Rural del Sur <avisos@cajaruraldelsur.es>",
        "Has recibido una nómina",
        "Hola Marta: has recibido un ingreso de GRUPO TURISTICO ALMINAR SA por importe de 1.702,45 € en tu cuenta ****8812.\n",
    ),
    N(
        "30017",
        "2026-02-03 09:30",
        "Caja Rural del Sur <avisos@cajaruraldelsur.es>",
        "Has recibido una nómina",
        "Hola Marta: has recibido un ingreso de GRUPO TURISTICO ALMINAR SA por importe de 1.702,45 € en tu cuenta ****8812.\n",
    ),
    N(
        "30018",
        "2025-12-12 16:00",
        "Revolut <no-reply@revolut.com>",
        "Your December statement is ready",
        "Hi Marta, your EUR account statement for November is ready in the app.\n",
        lang="en",
    ),
    # --- Hacienda, DGT, SAE, Seguridad Social ----------------------------------------------------
    N(
        "30021",
        "2025-09-18 10:11",
        "Agencia Tributaria <notificaciones@correo.aeat.es>",
        "Aviso de puesta a disposición de notificación",
        "Agencia Tributaria\n\nLe informamos de que tiene una notificación disponible en la "
        "Dirección Electrónica Habilitada única (DEHú). Concepto: requerimiento IRPF 2024. "
        "Dispone de 10 días naturales para acceder.\n\nEste mensaje es meramente informativo.\n",
    ),
    N(
        "30022",
        "2025-10-06 12:44",
        "Agencia Tributaria <notificaciones@correo.aeat.es>",
        "Justificante de presentación de documentación",
        "Se ha presentado correctamente la documentación en respuesta al requerimiento "
        "(referencia 2025GRC41019876X). Número de registro: RGE128833452025.\n",
    ),
    N(
        "30023",
        "2025-11-21 09:00",
        "Agencia Tributaria <notificaciones@correo.aeat.es>",
        "Resolución con liquidación provisional - IRPF 2024",
        "Tiene disponible la resolución del procedimiento. Resultado: devolución de 186,20 €.\n",
    ),
    N(
        "30024",
        "2025-09-24 17:35",
        "DGT <noreply@dgt.es>",
        "Cita previa confirmada - Jefatura Provincial de Tráfico de Sevilla",
        "Su cita previa ha quedado registrada.\nTrámite: Renovación del permiso de conducción\n"
        "Fecha: 14/10/2025 09:40\nOficina: Jefatura Provincial de Tráfico de Sevilla, Avda. Ramón y Cajal\n"
        "Localizador: SE7XK21\n",
    ),
    N(
        "30025",
        "2025-12-30 11:20",
        "DGT - Dirección Electrónica Vial <dev@dgt.es>",
        "Tiene una notificación pendiente en la DEV",
        "Le comunicamos que dispone de una nueva notificación en su Dirección Electrónica Vial. "
        "Expediente sancionador 41-006-221-784-5. Acceda con Cl@ve.\n",
    ),
    N(
        "30026",
        "2026-01-02 19:03",
        "Ayuntamiento de Sevilla <sede@sevilla.org>",
        "Solicitud de cambio de domicilio en el Padrón registrada",
        "Su solicitud de modificación de datos en el Padrón Municipal de Habitantes ha sido "
        "registrada con el número 2026/000812. Nuevo domicilio: C/ Santo Rey 14, 2ºB.\n",
    ),
    N(
        "30027",
        "2025-11-29 12:00",
        "Seguridad Social <noreply@seg-social.es>",
        "Su informe de vida laboral",
        "Le remitimos el informe de vida laboral solicitado a través de la Sede Electrónica.\n",
        attach=[("vida_laboral.txt", "text/plain", "Informe de vida laboral. Situaciones: 6.\n")],
    ),
    N(
        "30028",
        "2025-12-03 09:45",
        "Servicio Andaluz de Empleo <noreply.sae@juntadeandalucia.es>",
        "Baja en la demanda de empleo por colocación",
        "Servicio Andaluz de Empleo\n\nLe comunicamos que su demanda de empleo ha causado baja "
        "por colocación con fecha 01/12/2025. Si vuelve a estar en situación de desempleo "
        "podrá inscribirse de nuevo.\n",
    ),
    N(
        "30029",
        "2025-09-03 09:15",
        "Servicio Andaluz de Empleo <noreply.sae@juntadeandalucia.es>",
        "Recordatorio: renovación de la demanda de empleo",
        "Le recordamos que debe renovar su demanda de empleo antes del 05/09/2025. Puede "
        "hacerlo desde la app SAE o la Oficina Virtual.\n",
    ),
    # --- gimnasio -------------------------------------------------------------------------------
    N(
        "30031",
        "2025-09-08 20:10",
        "FitSur Nervión <hola@fitsur.es>",
        "¡Tu inscripción está confirmada!",
        "Hola Marta:\n\nBienvenida a FitSur Nervión. Tu inscripción está confirmada (cuota "
        "mensual 34,90 €, matrícula gratis). Tu primera sesión con monitor es el jueves 11 a "
        "las 19:00.\n\nNos vemos,\nEquipo FitSur\n",
    ),
    N(
        "30032",
        "2025-09-10 08:00",
        "FitSur Nervión <reservas@fitsur.es>",
        "Reserva confirmada: Body Pump",
        "Tu reserva para Body Pump (jueves 11/09, 20:00, Sala 2) está confirmada.\n",
        ics={
            "organizer": ("FitSur Nervión", "reservas@fitsur.es"),
            "uid": "fitsur-bp-20250911",
            "start": "2025-09-11 20:00:00 +0200",
            "minutes": 55,
            "summary": "Body Pump – FitSur Nervión",
            "location": "FitSur Nervión, Sala 2",
        },
    ),
    N(
        "30033",
        "2025-11-24 09:00",
        "FitSur Nervión <hola@fitsur.es>",
        "Black Friday: 3 meses al 50 %. Oferta solo para socios",
        html="<html><body><h1>Oferta Black Friday</h1><p>Trae a un amigo y los dos tenéis 3 meses al 50 %.</p></body></html>",
    ),
    N(
        "30034",
        "2026-01-07 10:30",
        "FitSur Nervión <hola@fitsur.es>",
        "Solicitud de cambio de centro recibida",
        "Hola Marta: hemos recibido tu solicitud de cambio de centro a FitSur Puerta Jerez. Se "
        "hará efectivo el 1 de febrero.\n",
    ),
    # --- Feria, Fitur, cultura ------------------------------------------------------------------
    N(
        "30041",
        "2026-01-14 18:00",
        "Caseta Los Cabales <caseta.loscabales@gmail.com>",
        "Cuota Feria 2026 y solicitud de invitaciones",
        "Queridos socios:\n\nYa está abierto el plazo para pagar la cuota de la caseta para la "
        "Feria de Abril 2026 (160 €) y para pedir las tarjetas de invitados. La solicitud de "
        "invitaciones se hace respondiendo a este correo antes del 15 de febrero.\n\n"
        "¡Que se note que ya queda menos!\nLa Junta\n",
    ),
    N(
        "30042",
        "2026-01-09 12:00",
        "FITUR 2026 <fitur@ifema.es>",
        "Confirmación de acreditación profesional – FITUR 2026",
        "Estimada Marta Villalobos Ruiz:\n\nSu acreditación profesional para FITUR 2026 "
        "(21-25 de enero, IFEMA Madrid) ha sido confirmada. Descargue su pase en el área "
        "privada.\n\nIFEMA MADRID\n",
    ),
    N(
        "30043",
        "2025-10-12 11:00",
        "Teatro de la Maestranza <entradas@teatrodelamaestranza.es>",
        "Tus entradas: Carmen",
        "Gracias por tu compra. 2 entradas, Anfiteatro fila 3, viernes 31 de octubre, 20:00.\n",
    ),
    N(
        "30044",
        "2025-12-05 18:30",
        "Ayuntamiento de Sevilla - ICAS <cultura@sevilla.org>",
        "Programación de Navidad en Sevilla",
        html="<html><body><p>Belenes, conciertos y la Feria del Belén de la Catedral. Consulta la agenda completa.</p></body></html>",
    ),
    # --- newsletters with 'entrevista' ----------------------------------------------------------
    N(
        "30051",
        "2025-09-16 07:00",
        "Hosteltur <boletin@hosteltur.com>",
        "Entrevista: “Los hoteles urbanos tienen que vender experiencias, no camas”",
        html="<html><body><h2>Boletín diario</h2><p><b>Entrevista</b> al director general de una cadena urbana sobre eventos y MICE.</p>"
        "<p>La ocupación hotelera en Andalucía bate récord en agosto.</p></body></html>",
    ),
    N(
        "30052",
        "2025-10-21 07:00",
        "Hosteltur <boletin@hosteltur.com>",
        "Las cadenas buscan perfiles de revenue y eventos: el empleo turístico crece un 4 %",
        html="<html><body><p>El sector turístico suma 2,9 millones de afiliados. Los perfiles más demandados: revenue, eventos, marketing digital.</p></body></html>",
    ),
    N(
        "30053",
        "2025-11-18 07:00",
        "Hosteltur <boletin@hosteltur.com>",
        "Entrevista con la nueva presidenta de los hoteleros de Sevilla",
        html="<html><body><p>Hablamos de la tasa turística, los pisos turísticos y la temporada de congresos.</p></body></html>",
    ),
    N(
        "30054",
        "2026-01-20 07:00",
        "Hosteltur <boletin@hosteltur.com>",
        "Especial FITUR: entrevistas, ofertas y todo lo que pasa en IFEMA",
        html="<html><body><p>Cobertura especial de FITUR 2026: entrevistas con consejeros de turismo y las mejores ofertas de los expositores.</p></body></html>",
    ),
    N(
        "30055",
        "2025-10-09 08:30",
        "Marketing4Hotels <hola@marketing4hotels.es>",
        "Nuevo episodio: entrevista a una wedding planner de Cádiz",
        "En el podcast de esta semana entrevistamos a Rosa Melgar, wedding planner: cómo "
        "vender bodas a parejas internacionales. Escúchalo en tu plataforma favorita.\n",
    ),
    N(
        "30056",
        "2025-12-11 08:30",
        "Marketing4Hotels <hola@marketing4hotels.es>",
        "Cómo preparar una entrevista de trabajo en hotelería (y otros 4 artículos)",
        "Esta semana: cómo preparar una entrevista en hotelería, plantillas de briefing de "
        "eventos y las tendencias de Instagram para 2026.\n",
    ),
    N(
        "30057",
        "2026-02-12 08:30",
        "Marketing4Hotels <hola@marketing4hotels.es>",
        "Oferta de lanzamiento: curso de Revenue para eventos (-40 %)",
        html="<html><body><p>Solo esta semana: curso online de revenue management para eventos con un 40 % de descuento.</p></body></html>",
    ),
    N(
        "30058",
        "2025-11-04 09:00",
        "Skift <newsletters@skift.com>",
        "Interview: The CEO rebuilding hotel events after the MICE slowdown",
        "Skift Daily\n\nIn today's interview, a hotel group CEO on group business, AI pricing "
        "and why events teams are hiring again.\n",
        lang="en",
    ),
    N(
        "30059",
        "2026-01-27 09:00",
        "Skift <newsletters@skift.com>",
        "Hotel hiring is slowing in Southern Europe, data shows",
        "Skift Daily\n\nJob postings for hotel sales and marketing roles fell 6 % in Spain and "
        "Portugal in Q4.\n",
        lang="en",
    ),
    # --- LinkedIn social ------------------------------------------------------------------------
    N(
        "30061",
        "2025-09-20 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Felicita a Carmen Roldán por su nuevo puesto",
        "Carmen Roldán ha empezado un nuevo puesto como Groups & Events Manager en Hotel "
        "Casa Giralda. Dale la enhorabuena.\n",
    ),
    N(
        "30062",
        "2025-10-15 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Has aparecido en 23 búsquedas esta semana",
        "Marta, has aparecido en 23 búsquedas. Tus visitantes trabajan en: hostelería, eventos, selección de personal.\n",
    ),
    N(
        "30063",
        "2025-12-02 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "12 personas han reaccionado a tu publicación",
        "A 12 personas les gusta tu publicación: “¡Nueva etapa! Desde hoy soy Coordinadora de "
        "Eventos y Banquetes en Alminar Sevilla Plaza de Armas”.\n",
    ),
    N(
        "30064",
        "2026-01-22 12:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Pablo Ferrer te ha enviado un mensaje",
        "Pablo Ferrer: ¡Marta! ¿Vas a estar en FITUR el jueves? Estamos en el stand de Andalucía, pásate.\n",
    ),
    N(
        "30065",
        "2026-02-18 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Felicita a Elena Castro por su aniversario laboral",
        "Elena Castro celebra 5 años en Turismo de Sevilla.\n",
    ),
    # --- amigos y familia ----------------------------------------------------------------------
    N(
        "30071",
        "2025-09-06 23:14",
        "Claudia Ortega <claudia.ortega.b@gmail.com>",
        "¡¡Me han cogido!!",
        "Martaaa, ¡que me han cogido en el hotel de la Plaza Nueva! Recepción de noche al "
        "principio, pero es indefinido. La entrevista fue rarísima, me preguntaron qué animal "
        "sería, te lo cuento el sábado. ¿Tú cómo vas con lo tuyo?\n\nBesos\n",
    ),
    N(
        "30072",
        "2025-09-07 10:02",
        "Claudia Ortega <claudia.ortega.b@gmail.com>",
        "Re: ¡¡Me han cogido!!",
        "Jajaja pues yo dije un delfín. Quedamos en la Alameda a las 9?\n\n"
        "El dom, 7 sept 2025 a las 9:40, Marta Villalobos Ruiz escribió:\n"
        "> ¡¡Enhorabuena!! Te lo mereces muchísimo. Yo con varias candidaturas, ya te cuento. "
        "¿Qué animal dijiste?\n",
    ),
    N(
        "30073",
        "2025-10-05 21:40",
        "Mamá <pilar.ruiz.sanchez@hotmail.com>",
        "La boda de tu prima",
        "Hija, que ha llamado la tía Reme. La boda de Lorena es el 22 de noviembre en la "
        "hacienda de Carmona. Dice que si vas con acompañante se lo digas ya para el sitting. "
        "Y que cómo van las entrevistas, que le ha dicho tu padre que tienes muchas. Un beso.\n",
    ),
    N(
        "30074",
        "2025-10-17 19:20",
        "Lorena Villalobos <lorena.vg.88@gmail.com>",
        "Invitación: Boda Lorena & Rafa",
        "¡Hola prima! Te mando la invitación al calendario para que no se te olvide. Autobús "
        "desde Plaza de Armas a las 12:30.\n",
        ics={
            "organizer": ("Lorena Villalobos", "lorena.vg.88@gmail.com"),
            "uid": "boda-lorena-rafa-20251122@google.com",
            "start": "2025-11-22 13:30:00 +0100",
            "minutes": 600,
            "summary": "Boda Lorena & Rafa",
            "location": "Hacienda La Alcantarilla, Carmona",
        },
    ),
    N(
        "30075",
        "2025-11-07 22:05",
        "Papá <antonio.villalobos.p@gmail.com>",
        "Enhorabuena campeona",
        "Me lo ha dicho tu madre. Sabía que lo ibas a conseguir. El domingo comemos en casa "
        "para celebrarlo, que tu hermano trae a la novia.\n\nPapá\n",
    ),
    N(
        "30076",
        "2025-11-12 20:30",
        "Sergio Márquez <sergio.marquez.dev@gmail.com>",
        "Oferta de Málaga - consejo?",
        "Oye Marta, una cosa rápida: tú que estás metida en procesos... me han hecho una "
        "oferta en una startup de Málaga, 10K más pero full presencial. ¿Tú negociarías o "
        "aceptarías tal cual? Te invito a una caña y me lo cuentas.\n\nSergio\n",
    ),
    N(
        "30077",
        "2025-11-13 08:55",
        "Sergio Márquez <sergio.marquez.dev@gmail.com>",
        "Re: Oferta de Málaga - consejo?",
        "Pues tienes razón, les pido teletrabajo dos días. Gracias!! Y lo de la oferta de "
        "Málaga que te hicieron a ti, ¿al final qué? Ya me contarás.\n\n"
        "El mié, 12 nov 2025 a las 23:10, Marta Villalobos Ruiz escribió:\n"
        "> Negocia siempre. Pide teletrabajo si no suben más el sueldo.\n",
    ),
    N(
        "30078",
        "2025-12-21 11:30",
        "Claudia Ortega <claudia.ortega.b@gmail.com>",
        "Cena de Navidad de las de la facultad",
        "Chicas, cena el 27 en La Bodeguita de Triana a las 21:30. Confirmad, que hay que "
        "reservar. Marta, tú traes el amigo invisible.\n",
    ),
    N(
        "30079",
        "2026-01-11 18:45",
        "Inés Palomo <ines.palomo@outlook.es>",
        "Entrevista en Madrid el martes!",
        "Marta!! Me llaman para segunda entrevista en una agencia de viajes en Madrid el "
        "martes. ¿Me dejas tu traje azul? Y si me cogen, ¿tú conoces a alguien que alquile "
        "habitación por Chamberí?\n\nInés\n",
    ),
    N(
        "30080",
        "2026-01-28 20:10",
        "Inés Palomo <ines.palomo@outlook.es>",
        "Re: Entrevista en Madrid el martes!",
        "No me cogieron, pero me dijeron que quedé segunda y que me tienen en cuenta. Así que "
        "el traje te lo devuelvo el finde 😅\n",
    ),
    N(
        "30081",
        "2025-10-25 10:00",
        "Hannah Becker <hannah.becker.hd@gmail.com>",
        "Coming to Seville in December!",
        "Hi Marta!\n\nRemember me from Erasmus in Heidelberg? My sister and I are coming to "
        "Seville 12-15 December. Any hotel tips? Are you still working in events? Would love "
        "to meet for tapas.\n\nHugs,\nHannah\n",
        lang="en",
    ),
    N(
        "30082",
        "2025-12-16 22:30",
        "Hannah Becker <hannah.becker.hd@gmail.com>",
        "Re: Coming to Seville in December!",
        "Thank you so much for showing us around! The flamenco place was incredible. "
        "Congratulations again on the new job, you'll be amazing.\n\nHannah\n",
        lang="en",
    ),
    N(
        "30083",
        "2026-02-22 13:05",
        "Mamá <pilar.ruiz.sanchez@hotmail.com>",
        "Fotos del cumple de la abuela",
        "Te mando las fotos del cumple. Salís todas guapísimas. Besos\n",
        attach=[("fotos_cumple_abuela.txt", "text/plain", "(enlace a álbum compartido)\n")],
    ),
    # --- máster y voluntariado: solicitudes y "entrevistas" que no son empleo --------------------
    N(
        "30091",
        "2025-10-20 13:00",
        "Universidad de Sevilla - Posgrado <posgrado@us.es>",
        "Solicitud de admisión recibida – Máster en Dirección de Eventos y Protocolo",
        "Estimada Marta Villalobos Ruiz:\n\nSe ha registrado su solicitud de admisión al "
        "Título Propio Máster en Dirección de Eventos y Protocolo (edición 2026). La comisión "
        "académica valorará los expedientes y podrá convocar a entrevista personal.\n",
    ),
    N(
        "30092",
        "2025-11-10 12:00",
        "Universidad de Sevilla - Posgrado <posgrado@us.es>",
        "Convocatoria a entrevista de admisión",
        "Estimada Marta:\n\nLa comisión académica le convoca a una entrevista de admisión al "
        "Máster en Dirección de Eventos y Protocolo el 18 de noviembre a las 17:00 (online, "
        "Blackboard Collaborate).\n",
    ),
    N(
        "30093",
        "2025-12-01 14:00",
        "Universidad de Sevilla - Posgrado <posgrado@us.es>",
        "Resolución de admisión: ADMITIDA",
        "Le comunicamos que ha sido ADMITIDA en el Máster en Dirección de Eventos y Protocolo "
        "(modalidad semipresencial). Deberá formalizar la matrícula antes del 20 de diciembre.\n",
    ),
    N(
        "30094",
        "2025-12-18 10:22",
        "Universidad de Sevilla - Posgrado <posgrado@us.es>",
        "Matrícula formalizada",
        "Su matrícula ha sido formalizada. Primer plazo: 1.150 €. Inicio de las clases: 13 de febrero de 2026.\n",
    ),
    N(
        "30095",
        "2025-09-27 11:10",
        "Banco de Alimentos de Sevilla <voluntariado@bancodealimentossevilla.org>",
        "Gracias por tu solicitud de voluntariado",
        "Hola Marta:\n\nHemos recibido tu solicitud para colaborar como voluntaria en la Gran "
        "Recogida de noviembre. Te llamaremos para una breve entrevista de acogida y asignarte "
        "supermercado y turno.\n\nBanco de Alimentos de Sevilla\n",
    ),
    N(
        "30096",
        "2025-11-14 09:00",
        "Banco de Alimentos de Sevilla <voluntariado@bancodealimentossevilla.org>",
        "Tu turno en la Gran Recogida",
        "Marta, te toca el sábado 29 de 10:00 a 14:00 en el supermercado de la calle Feria. "
        "¡Gracias!\n",
    ),
    # --- viajes y transporte --------------------------------------------------------------------
    N(
        "30101",
        "2025-11-01 18:20",
        "Renfe <venta@renfe.com>",
        "Confirmación de compra - Sevilla Santa Justa → Málaga María Zambrano",
        "Localizador: Q7PX2M\nMiércoles 05/11/2025 07:50 Sevilla Santa Justa → 09:45 Málaga "
        "María Zambrano\nVuelta 05/11/2025 17:15\nTotal: 48,60 €\n",
    ),
    N(
        "30102",
        "2026-01-16 12:44",
        "Renfe <venta@renfe.com>",
        "Confirmación de compra - Sevilla Santa Justa → Madrid Puerta de Atocha",
        "Localizador: M3KD8A\nJueves 22/01/2026 07:00 Sevilla Santa Justa → 09:38 Madrid "
        "Puerta de Atocha\nVuelta 23/01/2026 19:00\nTotal: 96,40 €\n",
    ),
    N(
        "30103",
        "2026-01-16 13:10",
        "Booking.com <noreply@booking.com>",
        "Reserva confirmada: Hostal Atocha Plaza",
        "Gracias, Marta. Tu reserva en Hostal Atocha Plaza está confirmada. 22-23 ene 2026, 1 noche.\n",
    ),
    N(
        "30104",
        "2025-09-30 08:00",
        "Tussam <tarjetas@tussam.es>",
        "Recarga de tu tarjeta de bus confirmada",
        "Se ha recargado tu tarjeta Bonobús con 10,00 €.\n",
    ),
    N(
        "30105",
        "2025-12-08 17:40",
        "Vueling <noreply@vueling.com>",
        "¡Oferta flash! Vuela a Tenerife desde 29 €",
        html="<html><body><h1>Oferta flash</h1><p>Sevilla – Tenerife Norte desde 29 €. Solo 48 horas.</p></body></html>",
    ),
    N(
        "30106",
        "2026-02-14 10:02",
        "Sevici <info@sevici.es>",
        "Tu abono anual se renueva pronto",
        "Tu abono anual de Sevici caduca el 01/03/2026. Renueva online.\n",
    ),
    # --- compras, servicios ----------------------------------------------------------------------
    N(
        "30111",
        "2025-09-12 15:33",
        "Amazon.es <confirmar-envio@amazon.es>",
        'Tu pedido de "Agenda 2026 semana vista" ha sido enviado',
        "Hola Marta, tu paquete llegará el lunes 15 de septiembre.\n",
    ),
    N(
        "30112",
        "2025-10-01 12:00",
        "Digi <clientes@digimobil.es>",
        "Tu factura de septiembre",
        "Ya tienes disponible tu factura: 20,00 €. Fibra 1Gb + móvil.\n",
    ),
    N(
        "30113",
        "2025-11-03 12:00",
        "Digi <clientes@digimobil.es>",
        "Tu factura de octubre",
        "Ya tienes disponible tu factura: 20,00 €. Fibra 1Gb + móvil.\n",
    ),
    N(
        "30114",
        "2025-12-10 11:00",
        "Digi <clientes@digimobil.es>",
        "Solicitud de traslado de fibra recibida",
        "Hemos recibido tu solicitud de traslado a C/ Santo Rey 14. Un técnico te llamará para la cita de instalación.\n",
    ),
    N(
        "30115",
        "2025-10-22 16:12",
        "Wallapop <noreply@wallapop.com>",
        '¡Tienes una oferta por tu "Vestido de flamenca talla 38"!',
        "Lucía ha hecho una oferta de 90 € por tu producto. Acéptala o responde en el chat.\n",
    ),
    N(
        "30116",
        "2025-10-23 10:40",
        "Wallapop <noreply@wallapop.com>",
        "Venta completada",
        '¡Has vendido "Vestido de flamenca talla 38"! Recibirás 90,00 € en tu monedero.\n',
    ),
    N(
        "30117",
        "2025-11-27 09:00",
        "El Corte Inglés <ofertas@elcorteingles.es>",
        "Black Friday: ofertas de hasta el 50 %",
        html="<html><body><h1>Black Friday</h1><p>Ofertas en moda, belleza y hogar.</p></body></html>",
    ),
    N(
        "30118",
        "2025-12-18 21:12",
        "Glovo <no-reply@glovoapp.com>",
        "Tu pedido está en camino",
        "Tu pedido de La Brunilda llegará en 25 minutos.\n",
    ),
    N(
        "30119",
        "2026-01-10 11:20",
        "Correos <notificaciones@correos.es>",
        "Tienes un envío pendiente de recoger",
        "Tu envío PQ4BA30712345670141080R te espera en la oficina de calle Feria hasta el 20/01.\n",
    ),
    N(
        "30120",
        "2025-09-25 09:00",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        "Spotify Premium Individual: 11,99 €. Gracias.\n",
    ),
    N(
        "30121",
        "2025-12-20 10:00",
        "Mapfre <clientes@mapfre-comunica.es>",
        "Solicitud de seguro de hogar: presupuesto",
        "Hola Marta: te enviamos el presupuesto de tu seguro de hogar para C/ Santo Rey 14: 148 €/año. "
        "Contrátalo antes del 31 y ahórrate un 15 %.\n",
    ),
    # --- salud ------------------------------------------------------------------------------------
    N(
        "30131",
        "2025-10-28 12:00",
        "Clínica Dental Nervión <citas@dentalnervion.es>",
        "Recordatorio de cita",
        "Te recordamos tu cita de revisión e higiene el jueves 30 de octubre a las 18:00.\n",
    ),
    N(
        "30132",
        "2026-02-05 08:30",
        "Salud Responde <citaprevia@juntadeandalucia.es>",
        "ClicSalud+: cita confirmada en su centro de salud",
        "Cita con medicina de familia. Centro de Salud San Luis. 10/02/2026 a las 09:24.\n",
    ),
    # --- trabajo nuevo: lo que no es búsqueda de empleo -----------------------------------------
    N(
        "30141",
        "2025-12-12 17:40",
        "Carmen Vela <carmen.vela@alminarhotels.es>",
        "Cena de Navidad del hotel",
        "Hola equipo (y bienvenida Marta 😊), la cena de Navidad del hotel será el 18 en la "
        "terraza. Os paso convocatoria.\n",
        ics={
            "style": "outlook",
            "organizer": ("Carmen Vela", "carmen.vela@alminarhotels.es"),
            "uid": "040000008200E00074C5B7101A82E00800000000XMAS",
            "start": "2025-12-18 21:00:00 +0100",
            "minutes": 180,
            "summary": "Cena de Navidad – Alminar Plaza de Armas",
            "location": "Terraza Alminar",
        },
    ),
    N(
        "30142",
        "2026-01-30 12:15",
        "Carmen Vela <carmen.vela@alminarhotels.es>",
        "Visita de inspección – boda Fernández-Ortiz",
        "Marta, ¿puedes atender tú la visita de inspección del sábado con los novios? Te paso "
        "la ficha del evento. Gracias!\n",
    ),
    # --- otros -----------------------------------------------------------------------------------
    N(
        "30151",
        "2025-09-19 19:00",
        "Coursera <no-reply@coursera.org>",
        "Your certificate is ready: Digital Marketing for Hospitality",
        "Congratulations, Marta! You've completed Digital Marketing for Hospitality.\n",
        lang="en",
    ),
    N(
        "30152",
        "2025-11-16 10:00",
        "Canva <marketing@canva.com>",
        "Oferta: Canva Pro gratis 30 días",
        html="<html><body><p>Diseña presentaciones, posts y menús de eventos. Prueba Canva Pro gratis.</p></body></html>",
    ),
    N(
        "30153",
        "2025-12-22 12:00",
        "Loterías y Apuestas del Estado <noreply@loteriasyapuestas.es>",
        "Resultado de tu décimo de Navidad",
        "Tu décimo 48213 no ha resultado premiado. ¡Suerte en El Niño!\n",
    ),
    N(
        "30154",
        "2026-02-10 19:00",
        "Hermandad de la Macarena <secretaria@hermandaddelamacarena.es>",
        "Reparto de papeletas de sitio – Semana Santa 2026",
        "Estimada hermana: le informamos de que el reparto de papeletas de sitio tendrá lugar "
        "del 2 al 13 de marzo en la casa hermandad.\n",
    ),
    N(
        "30155",
        "2026-02-25 09:00",
        "Airbnb <automated@airbnb.com>",
        "Marta, ¿vas a viajar en Semana Santa?",
        html="<html><body><p>Descubre alojamientos en la costa para Semana Santa.</p></body></html>",
    ),
    # --- más vida: comunidad, club, suscripciones, ofertas ---------------------------------------
    N(
        "30161",
        "2025-09-05 09:00",
        "Tussam <tarjetas@tussam.es>",
        "Solicitud de tarjeta joven recibida",
        "Hemos recibido tu solicitud de Tarjeta Joven. Podrás recogerla en la oficina de Diego de Riaño en 10 días hábiles.\n",
    ),
    N(
        "30162",
        "2025-09-14 20:05",
        "Club de Lectura Triana <clublectura.triana@gmail.com>",
        'Próxima sesión: "La hija del Este"',
        "Hola lectoras: nos vemos el martes 30 a las 19:30 en la biblioteca Triana-Solea. "
        "Este mes, además, entrevista en directo con la autora por videollamada.\n",
    ),
    N(
        "30163",
        "2025-10-30 20:05",
        "Club de Lectura Triana <clublectura.triana@gmail.com>",
        "Sesión de noviembre",
        'Sesión el martes 25 de noviembre. Libro: "Panza de burro". Traed algo de picar.\n',
    ),
    N(
        "30164",
        "2025-09-21 10:15",
        "Netflix <info@mailer.netflix.com>",
        "Nuevo en Netflix: la serie que todo el mundo está viendo",
        html="<html><body><p>Estrenos de la semana y entrevistas con el reparto.</p></body></html>",
    ),
    N(
        "30165",
        "2025-10-07 18:00",
        "Comunidad de Propietarios Feria 88 <admin.fincas.sevilla@gmail.com>",
        "Convocatoria junta ordinaria",
        "Se convoca a los vecinos a junta ordinaria el 20 de octubre a las 19:00 en el portal. "
        "Orden del día: derrama ascensor, limpieza.\n",
    ),
    N(
        "30166",
        "2025-10-11 11:30",
        "Vodafone <ofertas@vodafone-comunica.es>",
        "Marta, una oferta solo para ti: fibra + móvil por 25 €",
        html="<html><body><h2>Oferta exclusiva</h2><p>Fibra 1Gb + 2 líneas por 25 €/mes durante 12 meses.</p></body></html>",
    ),
    N(
        "30167",
        "2025-10-16 13:20",
        "Caja Rural del Sur <avisos@cajaruraldelsur.es>",
        "Bizum recibido",
        "Claudia Ortega te ha enviado 15,00 € por Bizum. Concepto: cena cumple.\n",
    ),
    N(
        "30168",
        "2025-11-05 07:15",
        "Renfe <avisos@renfe.com>",
        "Información sobre tu viaje: retraso",
        "Tu tren 02164 Sevilla – Málaga circula con un retraso estimado de 20 minutos.\n",
    ),
    N(
        "30169",
        "2025-11-08 10:00",
        "Idealista <noreply@idealista.com>",
        "Tu alerta: 5 pisos nuevos en Triana",
        html="<html><body><p>Nuevos pisos para tu búsqueda <b>Triana, hasta 850 €</b>.</p></body></html>",
    ),
    N(
        "30170",
        "2025-11-19 12:40",
        "Inmobiliaria Alameda <alquileres@inmoalameda.es>",
        "Visita confirmada: piso calle Pureza",
        "Hola Marta, te confirmamos la visita al piso de la calle Pureza el viernes 21 a las 18:00.\n",
        ics={
            "organizer": ("Inmobiliaria Alameda", "alquileres@inmoalameda.es"),
            "uid": "visita-pureza-20251121",
            "start": "2025-11-21 18:00:00 +0100",
            "minutes": 30,
            "summary": "Visita piso c/ Pureza",
            "location": "C/ Pureza 61, Sevilla",
        },
    ),
    N(
        "30171",
        "2025-11-22 09:45",
        "Inmobiliaria Alameda <alquileres@inmoalameda.es>",
        "Re: Visita confirmada: piso calle Pureza",
        "Hola Marta, el propietario ya ha elegido inquilino para el de Pureza, lo siento. Te "
        "seguimos avisando.\n",
    ),
    N(
        "30172",
        "2025-12-02 08:30",
        "Agencia Tributaria <notificaciones@correo.aeat.es>",
        "Cl@ve: registro completado",
        "Su registro en Cl@ve se ha completado. Ya puede acceder a los servicios de la Agencia Tributaria.\n",
    ),
    N(
        "30173",
        "2025-12-24 10:00",
        "Mamá <pilar.ruiz.sanchez@hotmail.com>",
        "Nochebuena",
        "A las 8 en casa. Tráete el postre de la confitería de la calle Feria, el de siempre. Besos.\n",
    ),
    N(
        "30174",
        "2025-12-29 17:00",
        "Caja Rural del Sur <comunicaciones@cajaruraldelsur.es>",
        "Tu resumen del año 2025",
        html="<html><body><p>En 2025 has hecho 412 pagos con tarjeta. Tu categoría favorita: restaurantes.</p></body></html>",
    ),
    N(
        "30175",
        "2026-01-03 11:11",
        "Mudanzas Hércules <presupuestos@mudanzashercules.es>",
        "Factura mudanza 20/12",
        "Adjuntamos factura de la mudanza del 20 de diciembre: 350,90 €. Gracias por confiar en nosotros.\n",
    ),
    N(
        "30176",
        "2026-01-12 09:00",
        "Universidad de Sevilla - Posgrado <posgrado@us.es>",
        "Máster en Dirección de Eventos: calendario y acceso al campus virtual",
        "Bienvenida. Las sesiones presenciales serán viernes tarde y sábados mañana. Acceso a la Enseñanza Virtual con su UVUS.\n",
    ),
    N(
        "30177",
        "2026-01-18 19:30",
        "Claudia Ortega <claudia.ortega.b@gmail.com>",
        "Oferta de trabajo para tu hermano?",
        "Oye, en mi hotel buscan mozo de equipajes para fines de semana. ¿Se lo dices a tu "
        "hermano? Que me mande el CV a mí y se lo paso a la jefa de recepción.\n",
    ),
    N(
        "30178",
        "2026-01-25 21:00",
        "Pablo Ferrer <pablo.ferrer.turismo@gmail.com>",
        "Fotos FITUR",
        "Qué bien verte en FITUR! Te paso las fotos del stand. Mi jefa dice que si algún día "
        "te cansas de hoteles la llames, jeje.\n",
    ),
    N(
        "30179",
        "2026-02-01 10:10",
        "FitSur Puerta Jerez <hola@fitsur.es>",
        "Bienvenida a tu nuevo centro",
        "Marta, ya puedes entrenar en FitSur Puerta Jerez. Reserva tus clases desde la app.\n",
    ),
    N(
        "30180",
        "2026-02-08 12:00",
        "Digi <clientes@digimobil.es>",
        "Tu factura de enero",
        "Ya tienes disponible tu factura: 20,00 €.\n",
    ),
    N(
        "30181",
        "2026-02-11 18:30",
        "Hosteltur <boletin@hosteltur.com>",
        "Entrevista: la directora de marketing que llenó un hotel en temporada baja",
        html="<html><body><p>Entrevista, análisis y las noticias del sector.</p></body></html>",
    ),
    N(
        "30182",
        "2026-02-15 09:00",
        "Ayuntamiento de Sevilla <sede@sevilla.org>",
        "Solicitud de autorización de caseta: plazo abierto",
        "Se abre el plazo de presentación de solicitudes de renovación de titularidad de "
        "casetas para la Feria de Abril 2026 hasta el 6 de marzo.\n",
    ),
    N(
        "30183",
        "2026-02-19 20:00",
        "Sergio Márquez <sergio.marquez.dev@gmail.com>",
        "Me voy a Málaga!",
        "Al final acepté lo de Málaga, con dos días en remoto. Empiezo el 2 de marzo. "
        "Despedida el viernes en el Perro Andaluz, vente!\n",
    ),
    N(
        "30184",
        "2026-02-23 08:00",
        "Seguridad Social <noreply@seg-social.es>",
        "Cita previa confirmada",
        "Su cita para el trámite 'Duplicado de tarjeta sanitaria europea' es el 26/02/2026 a las 10:20 en CAISS Sevilla-Triana.\n",
    ),
    N(
        "30185",
        "2025-09-26 19:00",
        "Eventbrite <noreply@eventbrite.com>",
        "Tus entradas para Networking Turismo Sevilla",
        "Pedido #8812330. Networking Turismo Sevilla – 2 de octubre, 19:00, Espacio Santa Clara.\n",
    ),
    N(
        "30186",
        "2025-10-03 09:00",
        "Eventbrite <noreply@eventbrite.com>",
        "¿Qué te pareció Networking Turismo Sevilla?",
        "Cuéntanos qué te pareció el evento y ayuda al organizador a mejorar.\n",
    ),
    N(
        "30187",
        "2025-11-30 11:00",
        "Amazon.es <confirmar-envio@amazon.es>",
        'Tu pedido de "Cinta de embalar (pack 6)" ha sido enviado',
        "Tu paquete llegará mañana.\n",
    ),
    N(
        "30188",
        "2025-12-13 10:30",
        "Leroy Merlin <noreply@leroymerlin.es>",
        "Tu pedido está listo para recoger",
        "Pedido 4418812: estantería y cortinas. Recógelo en Leroy Merlin Sevilla Macarena.\n",
    ),
    N(
        "30189",
        "2026-01-20 16:20",
        "Medium Daily Digest <noreply@medium.com>",
        "An interview with a hotel revenue manager | 5 tips for event planners",
        "Today's highlights: an interview with a revenue manager and tips for planners.\n",
        lang="en",
    ),
    N(
        "30190",
        "2025-09-29 19:45",
        "Lorena Villalobos <lorena.vg.88@gmail.com>",
        "Pregunta de eventos 😇",
        "Prima, tú que sabes de esto: ¿cuánto se suele dejar de señal en una hacienda para la "
        "boda? Nos piden el 30 % y me parece una barbaridad.\n",
    ),
    N(
        "30191",
        "2026-02-26 22:15",
        "Inés Palomo <ines.palomo@outlook.es>",
        "Por fin!!",
        "MARTA ME HAN LLAMADO. Empiezo en abril en una DMC de Sevilla, ni Madrid ni nada. "
        "Te debo una cena por el traje de la suerte.\n",
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 134, the ordinary inbox, February to April 2026 (data only): see heldout134.py."""

from __future__ import annotations

from typing import Any

from heldout134_jobs import N, ics, m, reply

MAMA = "Pepa Ortega <pepa.ortega.elx@gmail.com>"
DANI = "Dani Rubio <danirubio.m@gmail.com>"
BEA = "Bea Campos <beacampos84@gmail.com>"
JAVI = "Javi Luengo <javiluengo@yahoo.es>"
BANCO = "Banco Mirasierra <avisos@bancomirasierra.example>"
LUZ = "Luz Mediterránea <facturas@luzmediterranea.example>"
RAICES = "Secretaría Virtual – Comunidad de Madrid <noreply.secretariavirtual@educa.madrid.example>"
CONTROLLER_NEWS = "Diario del Controller <boletin@diariodelcontroller.example>"
PLAYTOMIC = "Playtomic <no-reply@playtomic.io>"
AMAZON = "Amazon.es <confirmar-envio@amazon.es>"
DENTAL = "Clínica Dental Oporto <citas@clinicadentaloporto.example>"
RIOS = "Inmobiliaria Ríos <alquileres@inmobiliariarios.example>"
VALDES = "Fincas Valdés <gestion@fincasvaldes.example>"

bea_offer = m(
    "q1a6",
    "2026-02-07 23:12",
    BEA,
    "¡¡Me han hecho una oferta!!",
    N(),
    "Lu!!!\n\n"
    "Te lo cuento por aquí porque por whatsapp me enrollo fatal. Al final los del banco me han llamado esta "
    "tarde: me ofrecen el puesto de responsable de riesgos en la oficina de Azca, con un 20% más y teletrabajo "
    "dos días. Todavía no me lo creo después de cuatro entrevistas y la dichosa prueba de inglés.\n\n"
    "Lo malo es que tengo que contestar el lunes y me da pena dejar a mi equipo. ¿Nos tomamos algo el domingo y "
    "me ayudas a pensar? Tú que eres la de las hojas de Excel con pros y contras jajaja\n\n"
    "Besos,\nBea",
)

rental_one = m(
    "q1b2",
    "2026-02-16 12:40",
    RIOS,
    "Vivienda C/ Oca 42, 3.º B – Documentación solicitud de alquiler",
    N(),
    "Buenos días Lucía:\n\n"
    "Gracias por su interés en la vivienda de la calle Oca 42, 3.º B (3 dormitorios, 1.150 €/mes). Para tramitar "
    "su solicitud de alquiler y presentarla a la propiedad necesitamos la siguiente documentación de ambos "
    "titulares:\n\n"
    "- DNI/NIE\n- Contrato de trabajo en vigor\n- Tres últimas nóminas\n- Última declaración de la Renta\n"
    "- Informe de vida laboral\n\n"
    "La propiedad solicita además dos mensualidades de fianza y seguro de impago. Puede enviarnos la "
    "documentación respondiendo a este correo.\n\n"
    "Un saludo,\nRaquel Muñoz\nDepartamento de Alquileres · Inmobiliaria Ríos\nC/ General Ricardos 101 · "
    "28019 Madrid · 91 471 33 08",
)

MAIL: list[dict[str, Any]] = [
    # --- February ------------------------------------------------------------------------------
    m(
        "q1a0",
        "2026-02-01 10:14",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        N(),
        None,
        '<html><body style="font-family:Circular,Helvetica,Arial;background:#fff"><img src="https://i.scdn.co/logo.png" alt="Spotify" width="120">'
        "<h2>Gracias por tu pago</h2><p>Premium Familiar · 1 mes</p><p>Total: <b>21,99 €</b> (IVA incluido)</p>"
        "<p>Fecha: 1 feb 2026 · Método de pago: Visa ···· 4471</p>"
        '<p style="font-size:11px;color:#6a6a6a">Spotify AB, Regeringsgatan 19, 111 53 Estocolmo, Suecia. <a href="https://www.spotify.com/es/account/overview/">Tu cuenta</a></p></body></html>',
    ),
    m(
        "q1a1",
        "2026-02-02 08:30",
        BANCO,
        "Ya tienes disponible tu extracto de enero",
        N(),
        "Hola, LUCIA:\n\n"
        "Ya puedes consultar el extracto mensual de tu Cuenta Nómina ***8812 correspondiente a enero de 2026 en la "
        "banca online o en la app.\n\n"
        "Recuerda que Banco Mirasierra nunca te pedirá tus claves por correo electrónico ni por SMS.\n\n"
        "Banco Mirasierra, S.A. · Este es un mensaje automático.",
    ),
    m(
        "q1a2",
        "2026-02-03 17:22",
        LUZ,
        "Tu factura de enero ya está disponible",
        N(),
        "Hola Lucía,\n\n"
        "Te informamos de que ya está disponible tu factura de electricidad.\n\n"
        "Periodo: 01/01/2026 – 31/01/2026\nImporte: 78,43 €\nFecha de cargo: 10/02/2026\n"
        "Dirección de suministro: C/ Laguna 58, 4.º A, 28025 Madrid\n\n"
        "Descárgala en tu área de cliente: https://clientes.luzmediterranea.example/facturas\n\n"
        "Luz Mediterránea Comercializadora, S.L.",
    ),
    m(
        "q1a3",
        "2026-02-04 19:05",
        "CEIP Antonio Machado <cp.antoniomachado.madrid@educa.madrid.example>",
        "Jornada de puertas abiertas – curso 2026/2027",
        N(),
        "Estimadas familias:\n\n"
        "Les invitamos a la jornada de puertas abiertas del CEIP Antonio Machado para las familias que soliciten "
        "plaza en 1.º de Educación Infantil (niños y niñas nacidos en 2023) para el curso 2026/2027.\n\n"
        "Día: jueves 19 de febrero\nHora: 17:30 h\nLugar: salón de actos (entrada por C/ Toboso)\n\n"
        "Les adjuntamos la convocatoria para que puedan añadirla a su calendario. Presentaremos el proyecto "
        "educativo, el horario, el comedor y las actividades extraescolares del AMPA.\n\n"
        "Equipo Directivo\nCEIP Antonio Machado",
        ics=ics(
            "puertas-abiertas-2026-ceip-am@educa.madrid.example",
            "2026-02-19 17:30",
            "Puertas abiertas CEIP Antonio Machado (Infantil 3 años)",
            ("CEIP Antonio Machado", "cp.antoniomachado.madrid@educa.madrid.example"),
            minutes=90,
            location="CEIP Antonio Machado, C/ Toboso 45, Madrid",
        ),
    ),
    m(
        "q1a4",
        "2026-02-05 11:47",
        AMAZON,
        "Enviado: «Organizador de cajones de bambú...» y 1 artículo más",
        N(),
        "Hola Lucía:\n\n"
        "Tu paquete está en camino. Puedes seguir el envío en Tus pedidos.\n\n"
        "Llega: sábado, 7 de febrero\n\n"
        "Pedido n.º 402-7718203-5531927\n"
        "Organizador de cajones de bambú, set de 6\nCuento infantil «El pollo Pepe» (tapa dura)\n\n"
        "Seguir paquete: https://www.amazon.es/gp/your-account/order-details?orderID=402-7718203-5531927\n\n"
        "Amazon EU S.à r.l., Sucursal en España.",
    ),
    m(
        "q1a5",
        "2026-02-06 20:18",
        MAMA,
        "fotos de la comida",
        N(),
        "Hola hija, te mando las fotos de la comida del domingo que me ha pasado tu tía Reme. La de la nena con la "
        "tarta es preciosa, imprímela y ponla en la nevera.\n\n"
        "Tu padre dice que le llames que no sabe poner el móvil nuevo en silencio.\n\n"
        "Besos a los tres\nMamá",
        attach=[("IMG_20260201_153212.txt", "text/plain", "(foto)\n")],
    ),
    bea_offer,
    m(
        "q1a7",
        "2026-02-09 09:05",
        "idealista <noreply@idealista.com>",
        "Nuevo piso que encaja con tu búsqueda en Carabanchel",
        N(),
        None,
        '<html><body style="font-family:Arial,sans-serif"><img src="https://st3.idealista.com/static/common/release/home/resources/img/logo.png" alt="idealista" width="110">'
        "<p>Hay 1 inmueble nuevo en tu búsqueda guardada <b>«Alquiler 3 hab. Carabanchel hasta 1.200 €»</b>:</p>"
        '<p><a href="https://www.idealista.com/inmueble/108812234/?xts=alerta">Piso en calle de Oca, 42, Vista Alegre</a><br>'
        "1.150 €/mes · 3 hab. · 84 m² · 3.ª planta exterior con ascensor</p>"
        '<p><a href="https://www.idealista.com/usuario/busquedas">Gestionar búsquedas</a></p>'
        '<p style="font-size:11px;color:#888">idealista S.A.U. · Plaza de las Cortes 2, 28014 Madrid</p></body></html>',
    ),
    m(
        "q1a8",
        "2026-02-10 07:00",
        CONTROLLER_NEWS,
        "Entrevista | «El controller del futuro será un analista de datos con criterio»",
        N(),
        None,
        '<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">'
        '<p style="font-size:12px;color:#888">Boletín semanal · n.º 412 · 10 de febrero de 2026</p>'
        '<h1 style="font-size:24px">«El controller del futuro será un analista de datos con criterio»</h1>'
        "<p>Entrevistamos a Mercedes Alcántara, directora financiera de un grupo de distribución con 2.000 "
        "empleados, sobre cómo está cambiando la función de control de gestión: cierres en cinco días, "
        "automatización de conciliaciones y el papel del business partner.</p>"
        '<p><a href="https://diariodelcontroller.example/entrevistas/alcantara?utm_source=newsletter&utm_campaign=412">Leer la entrevista completa</a></p>'
        "<h3>También esta semana</h3><ul><li>Plan General Contable: lo que cambia con la reforma de 2026</li>"
        "<li>Ofertas de empleo: ¿por qué cuesta tanto encontrar controllers?</li><li>Webinar: Power BI para el cierre mensual</li></ul>"
        '<p style="font-size:11px;color:#999">Recibes este boletín porque te suscribiste en diariodelcontroller.example. '
        '<a href="https://diariodelcontroller.example/baja?e=lfo">Darse de baja</a></p></body></html>',
        headers={"List-Unsubscribe": "<https://diariodelcontroller.example/baja?e=lfo>"},
    ),
    m(
        "q1a9",
        "2026-02-11 13:30",
        "Fibra Meseta <clientes@fibrameseta.example>",
        "Factura Fibra Meseta – febrero 2026",
        N(),
        "Hola Lucía,\n\nTu factura de febrero (Fibra 1 Gb + 2 líneas móviles) ya está disponible: 54,90 €.\n"
        "Se cargará en tu cuenta ES** **** **** **** **** 8812 el día 15.\n\n"
        "Área de clientes: https://mi.fibrameseta.example\n\nFibra Meseta Telecomunicaciones, S.L.",
    ),
    m(
        "q1b0",
        "2026-02-12 18:55",
        PLAYTOMIC,
        "Reserva confirmada: Club Pádel Vista Alegre, sáb. 14 feb 10:30",
        N(),
        "¡Tu partido está listo!\n\n"
        "Club Pádel Vista Alegre – Pista 4 (cristal)\nSábado, 14 de febrero de 2026 · 10:30 – 12:00\n"
        "Jugadores: Lucía F., Bea C., Marga T., Nuria P.\nImporte pagado: 8,00 € (tu parte)\n\n"
        "Cancelación gratuita hasta 24 h antes.\n\nVer reserva: https://app.playtomic.io/matches/8b21f0c3\n\nPlaytomic",
    ),
    m(
        "q1b1",
        "2026-02-13 21:40",
        BEA,
        "Re: ¡¡Me han hecho una oferta!!",
        N(),
        "Pues dicho y hecho: he aceptado!! Empiezo el 2 de marzo, así que me toca dar el preaviso mañana 😬\n"
        "Gracias por la tabla de pros y contras, eres la mejor. Invito yo al próximo pádel.\n\nB.\n\n"
        "El sáb, 7 feb 2026 a las 23:58, Lucía Ferrández Ortega <lferrandez.ortega@gmail.com> escribió:\n"
        "> Enhorabuena!!! Claro que sí, el domingo vermut en La Tita y lo hablamos. Yo lo tengo claro: acéptalo.\n",
        **reply(bea_offer["id"], "<CAJx9Lf0b1x@mail.gmail.com>"),
    ),
    rental_one,
    m(
        "q1b3",
        "2026-02-17 10:02",
        BANCO,
        "Tienes un préstamo preconcedido de hasta 25.000 €",
        N(),
        None,
        '<html><body style="font-family:Arial,sans-serif;color:#123"><div style="background:#0a5c36;color:#fff;padding:16px;font-size:20px">Banco Mirasierra</div>'
        "<p>Hola, Lucía:</p><p>Por ser cliente, tienes un <b>Préstamo Personal Preconcedido de hasta 25.000 €</b> "
        "disponible al instante, sin papeleos y sin cambiar de banco.</p>"
        "<p>TIN 6,45 % · TAE 6,92 %. Ejemplo para 10.000 € a 60 meses: cuota 195,60 €.</p>"
        '<p><a href="https://www.bancomirasierra.example/prestamos/preconcedido?utm_campaign=feb26">Solicítalo ahora en la app</a></p>'
        '<p style="font-size:10px;color:#777">Oferta válida hasta el 31/03/2026 sujeta a la aprobación del banco. '
        "Si no quieres recibir comunicaciones comerciales, pulsa aquí.</p></body></html>",
    ),
    m(
        "q1b4",
        "2026-02-18 08:20",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Felicita a Rocío por su nuevo puesto",
        N(),
        "Rocío Blanco ha empezado un nuevo puesto\n\n"
        "Rocío Blanco\nSenior Manager de Auditoría en Kessler Rowe\n\n"
        "Dile algo: https://www.linkedin.com/comm/feed/update/urn:li:activity:74291?trk=eml-congrats\n\n"
        "Has recibido este correo porque Rocío y tú estáis conectados. Cancelar suscripción.\n"
        "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.",
    ),
    m(
        "q1b5",
        "2026-02-19 09:10",
        DENTAL,
        "Recordatorio de su cita – lunes 23 de febrero",
        N(),
        "Estimada Lucía Ferrández:\n\n"
        "Le recordamos su cita en Clínica Dental Oporto:\n\n"
        "Lunes, 23 de febrero de 2026 a las 19:15 h\nTratamiento: revisión e higiene\nDra. Amparo Llorens\n\n"
        "Si no puede acudir, le rogamos que nos avise con al menos 24 horas de antelación llamando al 91 569 20 14.\n\n"
        "Clínica Dental Oporto · Av. de Oporto 33 · 28019 Madrid",
        ics=ics(
            "cita-44812-20260223@clinicadentaloporto.example",
            "2026-02-23 19:15",
            "Cita dentista – Clínica Dental Oporto",
            ("Clínica Dental Oporto", "citas@clinicadentaloporto.example"),
            minutes=45,
            location="Av. de Oporto 33, Madrid",
        ),
    ),
    m(
        "q1b6",
        "2026-02-20 12:00",
        "Instituto de Censores Jurados de Cuentas <formacion@icjce-madrid.example>",
        "Webinar 3 de marzo: NIIF 18 – Presentación y desglose en los estados financieros",
        N(),
        "Estimada colegiada:\n\n"
        "Le invitamos al webinar «NIIF 18: lo que cambia en la cuenta de resultados» que se celebrará el martes 3 de "
        "marzo de 2026 de 16:00 a 18:00 h. Computa 2 horas de formación continuada (materia: contabilidad).\n\n"
        "Ponente: D.ª Irene Soler, directora técnica.\nInscripción gratuita para miembros: "
        "https://formacion.icjce-madrid.example/cursos/niif18-webinar\n\n"
        "Adjuntamos la invitación para su calendario.\n\nAgrupación Territorial 1.ª – Madrid",
        ics=ics(
            "webinar-niif18-0303@icjce-madrid.example",
            "2026-03-03 16:00",
            "Webinar NIIF 18 – Agrupación Madrid",
            ("Formación ICJCE Madrid", "formacion@icjce-madrid.example"),
            minutes=120,
            location="Online (Zoom)",
            style="outlook",
        ),
    ),
    m(
        "q1b7",
        "2026-02-23 16:34",
        "Wallapop <noreply@wallapop.com>",
        "¡Enhorabuena! Has vendido «Trona de bebé Stokke»",
        N(),
        "¡Hola Lucía!\n\nHas vendido «Trona de bebé Stokke» por 95 €. El comprador ya ha pagado y tienes 5 días "
        "para enviar el paquete con la etiqueta que te hemos generado.\n\n"
        "Ver detalles: https://es.wallapop.com/app/delivery/sales\n\nEl equipo de Wallapop",
    ),
    m(
        "q1b8",
        "2026-02-24 21:09",
        DANI,
        "piso oca",
        N(),
        "Te reenvío lo que me han pedido a mí también los de la inmobiliaria. Yo mañana saco la vida laboral y las "
        "nóminas, tú tienes la renta del año pasado en el portátil no?\n\n"
        "La visita del sábado a las 12 la confirmo yo.\n\nD.",
        **reply(rental_one["id"]),
    ),
    m(
        "q1b9",
        "2026-02-26 14:15",
        RAICES,
        "Proceso de admisión de alumnos curso 2026-2027: plazos",
        N(),
        "Estimada familia:\n\n"
        "Le recordamos que el plazo de presentación de solicitudes de admisión en centros sostenidos con fondos "
        "públicos para el curso 2026-2027 será del 5 al 19 de marzo de 2026, ambos inclusive. La solicitud se "
        "presentará preferentemente por vía telemática a través de la Secretaría Virtual.\n\n"
        "Calendario:\n- Listados provisionales de solicitudes baremadas: 28 de abril\n"
        "- Reclamaciones: 29 y 30 de abril y 4 de mayo\n- Listados definitivos de admitidos: 26 de mayo\n"
        "- Matriculación en Infantil y Primaria: del 15 al 29 de junio\n\n"
        "Consejería de Educación, Ciencia y Universidades – Comunidad de Madrid",
    ),
    m(
        "q1c0",
        "2026-02-27 10:20",
        "Galerías Castilla <ofertas@galeriascastilla.example>",
        "Lucía, tus ofertas exclusivas te esperan: hasta -40 %",
        N(),
        None,
        '<html><body style="font-family:Arial;text-align:center"><img src="https://img.galeriascastilla.example/hdr.jpg" alt="Galerías Castilla" width="600">'
        "<h1>Días Exclusivos</h1><p>Solo para titulares de la Tarjeta Galerías: hasta <b>-40 %</b> en moda, hogar y "
        "electrónica, del 27 de febrero al 8 de marzo.</p>"
        '<p><a href="https://www.galeriascastilla.example/dias-exclusivos?cid=em_0227">Descubre tus ofertas</a></p>'
        '<p style="font-size:10px;color:#999">Galerías Castilla, S.A. · <a href="https://www.galeriascastilla.example/baja">Darme de baja</a></p></body></html>',
        headers={"List-Unsubscribe": "<https://www.galeriascastilla.example/baja>"},
    ),
    # --- March ---------------------------------------------------------------------------------
    m(
        "q1c1",
        "2026-03-02 08:31",
        BANCO,
        "Ya tienes disponible tu extracto de febrero",
        N(),
        "Hola, LUCIA:\n\nYa puedes consultar el extracto mensual de tu Cuenta Nómina ***8812 correspondiente a "
        "febrero de 2026 en la banca online o en la app.\n\nBanco Mirasierra, S.A. · Este es un mensaje automático.",
    ),
    m(
        "q1c2",
        "2026-03-03 17:40",
        LUZ,
        "Tu factura de febrero ya está disponible",
        N(),
        "Hola Lucía,\n\nYa está disponible tu factura de electricidad.\n\nPeriodo: 01/02/2026 – 28/02/2026\n"
        "Importe: 71,06 €\nFecha de cargo: 10/03/2026\n\nLuz Mediterránea Comercializadora, S.L.",
    ),
    m(
        "q1c3",
        "2026-03-05 13:22",
        RIOS,
        "RE: Vivienda C/ Oca 42, 3.º B – Documentación solicitud de alquiler",
        N(),
        "Buenos días Lucía:\n\n"
        "Le agradecemos el envío de la documentación y la visita del sábado. Lamentablemente, la propiedad ha "
        "decidido seguir adelante con otra solicitud que se ajustaba mejor a sus preferencias (contrato de mayor "
        "duración y sin mascotas).\n\n"
        "Guardamos sus datos por si tuviéramos otra vivienda con características similares en la zona.\n\n"
        "Un saludo,\nRaquel Muñoz\nDepartamento de Alquileres · Inmobiliaria Ríos",
        **reply(rental_one["id"], "<CAJx9Lf2rr0@mail.gmail.com>"),
    ),
    m(
        "q1c4",
        "2026-03-09 22:03",
        RAICES,
        "Justificante de presentación de solicitud de admisión",
        N(),
        "Su solicitud de admisión ha sido registrada correctamente.\n\n"
        "Número de solicitud: 2026/ADM/1183377\nAlumna: RUBIO FERRÁNDEZ, VEGA\n"
        "Curso solicitado: 1.º Educación Infantil (3 años) – curso 2026-2027\n"
        "Centro en primera opción: CEIP Antonio Machado (28012345)\n"
        "Otras opciones: CEIP Lope de Vega; CEIP Parque Eugenia de Montijo\n"
        "Fecha de registro: 09/03/2026 22:02\n\n"
        "Conserve este justificante. Podrá consultar el estado de su solicitud en la Secretaría Virtual.\n\n"
        "Comunidad de Madrid",
    ),
    m(
        "q1c5",
        "2026-03-10 09:45",
        AMAZON,
        "Entregado: Tu paquete de Amazon.es",
        N(),
        "Tu paquete se ha entregado.\n\nEntregado en: buzón / portería, C/ Laguna 58\n"
        'Pedido n.º 402-9034416-1182250 · Funda para portátil 14"\n\n'
        "¿Cómo fue la entrega? https://www.amazon.es/gp/css/order-history\n\nAmazon.es",
    ),
    m(
        "q1c6",
        "2026-03-12 20:27",
        MAMA,
        "Semana Santa",
        N(),
        "Lucía, que dice tu hermana que ella baja el miércoles santo. Vosotros cuándo venís? Así le digo a tu "
        "padre que vaya preparando la habitación de arriba y compro lo de la mona. Si venís en tren os vamos a "
        "buscar a la estación de Elche, no cojáis taxi que es un robo.\n\n"
        "Por cierto, qué tal lo de las entrevistas esas? Tú no te agobies que en tu trabajo ya estás bien.\n\n"
        "Besos\nMamá",
    ),
    m(
        "q1c7",
        "2026-03-13 12:06",
        "Renfe <ventaonline@renfe.com>",
        "Confirmación de compra – Localizador K7QZ2P",
        N(),
        "Gracias por viajar con Renfe.\n\n"
        "Localizador: K7QZ2P\n\n"
        "IDA · Miércoles 01/04/2026 · Madrid-Chamartín-Clara Campoamor 15:40 → Elche AV 18:02 · AVLO 05191 · Coche 6\n"
        "VUELTA · Lunes 06/04/2026 · Elche AV 18:20 → Madrid-Chamartín-Clara Campoamor 20:45 · AVE 05292 · Coche 3\n\n"
        "Viajeros: 2 adultos, 1 niño (gratuito)\nImporte total: 143,60 €\n\n"
        "Puedes consultar y modificar tu viaje en la app Renfe Cercanías y Viajeros o en https://www.renfe.com.\n"
        "Renfe Viajeros S.M.E., S.A.",
    ),
    m(
        "q1c8",
        "2026-03-16 19:02",
        PLAYTOMIC,
        "Reserva confirmada: Club Pádel Vista Alegre, mié. 18 mar 20:00",
        N(),
        "¡Tu partido está listo!\n\nClub Pádel Vista Alegre – Pista 2\nMiércoles, 18 de marzo · 20:00 – 21:30\n"
        "Jugadores: Lucía F., Marga T., Elena V., Bea C.\nImporte pagado: 9,00 €\n\n"
        "Ver reserva: https://app.playtomic.io/matches/c1e09a77\n\nPlaytomic",
    ),
    m(
        "q1c9",
        "2026-03-17 11:18",
        "Salud Activa <citas@saludactiva.example>",
        "Cita confirmada: Ginecología – Dra. Patricia Gómez",
        N(),
        None,
        '<html><body style="font-family:Arial,sans-serif"><p>Hola, Lucía:</p>'
        "<p>Tu cita ha quedado confirmada:</p><p><b>Ginecología</b> – Dra. Patricia Gómez Arenas<br>Jueves, 26 de marzo "
        "de 2026, 08:40 h<br>Centro Médico Salud Activa Delicias, Paseo de las Delicias 65, 2.ª planta</p>"
        "<p>Recuerda traer tu tarjeta de asegurada. Para cambiar o anular la cita, entra en la app.</p>"
        '<p style="font-size:11px;color:#888">Salud Activa Seguros, S.A. de Seguros y Reaseguros</p></body></html>',
        ics=ics(
            "cita-ginec-993281@saludactiva.example",
            "2026-03-26 08:40",
            "Cita Ginecología – Salud Activa Delicias",
            ("Salud Activa", "citas@saludactiva.example"),
            minutes=20,
            location="Paseo de las Delicias 65, Madrid",
        ),
    ),
    m(
        "q1d0",
        "2026-03-18 09:02",
        BANCO,
        "Solicitud de Tarjeta Mirasierra Oro: aprobada",
        N(),
        "Hola, Lucía:\n\n"
        "Tenemos buenas noticias: hemos aprobado tu solicitud de la Tarjeta Mirasierra Oro con un límite de "
        "crédito de 4.000 €.\n\n"
        "En los próximos 5-7 días hábiles la recibirás en tu domicilio. Mientras tanto, ya puedes usarla desde el "
        "móvil añadiéndola a tu cartera digital.\n\n"
        "Modalidad de pago: fin de mes (sin intereses). Cuota anual: gratuita el primer año.\n\n"
        "Banco Mirasierra, S.A.",
    ),
    m(
        "q1d1",
        "2026-03-19 13:33",
        "UrbanFit Carabanchel <hola@urbanfit.example>",
        "Oferta de primavera: trae a un amigo y tu cuota de abril es gratis",
        N(),
        "¡Hola Lucía!\n\nLa primavera llega a UrbanFit: si te apuntas con un amigo antes del 31 de marzo, tu cuota "
        "de abril es gratis y él no paga matrícula.\n\nNuevas clases: Hyrox, pilates reformer y yoga en familia los "
        "sábados.\n\nUrbanFit Carabanchel · C/ General Ricardos 170\nBaja de comunicaciones: https://urbanfit.example/baja",
    ),
    m(
        "q1d2",
        "2026-03-20 07:30",
        "Cuentas Claras Podcast <hola@cuentasclaras.example>",
        "Nuevo episodio: entrevistamos a la CFO que cerró las cuentas en 3 días",
        N(),
        "Episodio 88 · 52 min\n\n"
        "Esta semana entrevistamos a Lourdes Valbuena, CFO de una cadena de supermercados regional, sobre cómo "
        "redujo el cierre mensual de 12 a 3 días hábiles, qué herramientas usa y qué busca cuando contrata "
        "contables («antes miraba el título; ahora miro cómo piensan»).\n\n"
        "Escúchalo en Spotify, iVoox o https://cuentasclaras.example/88\n\n"
        "Si te gusta el podcast, compártelo con tu equipo de finanzas. Darte de baja: https://cuentasclaras.example/baja",
    ),
    m(
        "q1d3",
        "2026-03-24 18:15",
        VALDES,
        "Convocatoria Junta General Ordinaria – C/ Laguna 58",
        N(),
        "Comunidad de Propietarios C/ Laguna 58\n\n"
        "Por orden del Sr. Presidente se le convoca a la Junta General Ordinaria que se celebrará el día 14 de "
        "abril de 2026 en el portal del inmueble, a las 19:00 h en primera convocatoria y a las 19:30 h en "
        "segunda, con el siguiente ORDEN DEL DÍA:\n\n"
        "1. Aprobación de cuentas del ejercicio 2025.\n2. Presupuesto 2026.\n3. Renovación de cargos.\n"
        "4. Presupuestos para la sustitución del ascensor.\n5. Ruegos y preguntas.\n\n"
        "Si no puede asistir puede delegar su voto en el documento adjunto.\n\n"
        "Fincas Valdés – Administración de fincas",
        cc="Dani Rubio <danirubio.m@gmail.com>",
    ),
    m(
        "q1d4",
        "2026-03-25 10:00",
        "Cuadra ERP <eventos@cuadraerp.example>",
        "Invitación: Cierre contable acelerado con IA – webinar 9 de abril",
        N(),
        "Hola Lucía,\n\n"
        "Te invitamos a nuestro webinar «Cierre contable acelerado con IA: conciliaciones automáticas y "
        "consolidación en tiempo real», el jueves 9 de abril de 11:00 a 12:00.\n\n"
        "Contaremos con Andrés Peláez, Financial Controller de un grupo industrial, que nos explicará cómo su "
        "equipo redujo el cierre a cinco días.\n\n"
        "Reserva tu plaza: https://eventos.cuadraerp.example/webinar-cierre-ia?utm_medium=email\n"
        "Te dejamos el evento en tu calendario.\n\n"
        "Cuadra Software, S.L. · Si no quieres recibir más invitaciones, haz clic aquí.",
        ics=ics(
            "webinar-cierre-ia-20260409@cuadraerp.example",
            "2026-04-09 11:00",
            "Webinar Cuadra ERP: Cierre contable acelerado con IA",
            ("Cuadra ERP Eventos", "eventos@cuadraerp.example"),
            location="https://eventos.cuadraerp.example/live/cierre-ia",
        ),
    ),
    m(
        "q1d5",
        "2026-03-26 22:11",
        "Netflix <info@account.netflix.com>",
        "Actualización del precio de tu plan",
        N(),
        "Hola, Lucía:\n\n"
        "Te escribimos para informarte de que el precio de tu plan Estándar pasará a ser de 14,99 €/mes a partir "
        "de tu próxima fecha de facturación del 12 de mayo de 2026.\n\n"
        "Puedes cambiar de plan o cancelar en cualquier momento en https://www.netflix.com/youraccount\n\n"
        "El equipo de Netflix",
    ),
    m(
        "q1d6",
        "2026-03-27 14:02",
        DANI,
        "RV: Confirmación de reserva – Casa Rural El Tejo (Valdeverdeja)",
        N(),
        "para el puente de mayo, ya está pagada la señal 👍\n\n"
        "---------- Forwarded message ---------\n"
        "De: Casa Rural El Tejo <reservas@casaeltejo.example>\n"
        "Date: vie, 27 mar 2026 a las 13:48\n"
        "Subject: Confirmación de reserva – Casa Rural El Tejo (Valdeverdeja)\n"
        "To: <danirubio.m@gmail.com>\n\n"
        "Hola Daniel,\n\nOs confirmamos la reserva de la casa completa del 1 al 3 de mayo (2 noches) para 2 adultos "
        "y 1 niña. Precio total: 260 €. Hemos recibido la señal de 80 €; el resto se abona a la llegada.\n\n"
        "La cuna y la trona están incluidas. ¡Os esperamos!\nMaribel · Casa Rural El Tejo",
    ),
    m(
        "q1d7",
        "2026-03-30 13:00",
        "Emma Doyle <emma.doyle.dub@gmail.com>",
        "Madrid in May?!",
        N("en"),
        "Hola guapa!\n\n"
        "Guess who finally has a week off... me! I'm thinking of coming to Madrid around 20-24 May. Would you be "
        "around? I'd love to meet Vega properly and eat my body weight in croquetas.\n\n"
        "Big news on my side too: I handed in my notice at the agency last week. I start at a design studio in "
        "June, much smaller but way more fun. Terrified and excited in equal parts.\n\n"
        "How's the job hunt going? Any interviews you can tell me about?\n\n"
        "Love,\nEmma x",
    ),
    m(
        "q1d8",
        "2026-03-31 20:40",
        "Wallapop <noreply@wallapop.com>",
        "Tienes un nuevo mensaje sobre «Cuna de viaje plegable»",
        N(),
        "Tienes un mensaje nuevo de Sergio M.:\n\n«Hola, ¿sigue disponible? ¿Me la dejarías en 40 y la recojo "
        "mañana?»\n\nResponder: https://es.wallapop.com/app/chat\n\nWallapop",
    ),
    m(
        "q1g0",
        "2026-02-08 21:26",
        "Glovo <no-reply@glovoapp.com>",
        "Tu pedido de Glovo: Pizzería Da Nino",
        N(),
        "¡Que aproveche, Lucía!\n\n"
        "Pizzería Da Nino · Entregado a las 21:24\n"
        "1 × Pizza margherita\n1 × Pizza diavola\n1 × Tiramisú\n"
        "Gastos de envío: 1,99 €\nTotal: 31,39 €\n\n"
        "¿Qué tal tu pedido? Valóralo en la app.\n\nGlovoapp23, S.A.",
    ),
    m(
        "q1g1",
        "2026-02-14 11:02",
        "TheFork <no-reply@thefork.com>",
        "Reserva confirmada en Casa Lucio Carabanchel – sábado 14 de febrero, 21:30",
        N(),
        "Hola Lucía:\n\nTu reserva está confirmada.\n\nCasa Lucio Carabanchel\nSábado, 14 de febrero de 2026 · "
        "21:30\n2 personas · Menú San Valentín (45 € por persona)\n\n"
        "¿Necesitas modificar o cancelar? https://www.thefork.es/mis-reservas\n\nTheFork, a Tripadvisor company",
    ),
    m(
        "q1g2",
        "2026-02-20 15:45",
        "Escuela Infantil Los Pinos <direccion@eilospinos.example>",
        "Circular: fiesta de Carnaval",
        N(),
        "Queridas familias:\n\n"
        "El viernes 27 celebraremos el Carnaval en la escuela. Este año el tema es «Los animales del bosque». No "
        "hace falta comprar disfraz: con una diadema o una cola de cartón es suficiente, en clase haremos las "
        "máscaras.\n\nLas familias estáis invitadas al pasacalles a las 12:30 en el patio.\n\n"
        "Un abrazo,\nEl equipo de Los Pinos",
    ),
    m(
        "q1g3",
        "2026-02-25 19:00",
        "Duolingo <hello@duolingo.com>",
        "You're on a 120-day streak! 🔥",
        N("en"),
        "Hi Lucía,\n\nYou practised Italian 6 days this week and earned 1,340 XP. You're in the top 10% of "
        "your league.\n\nKeep your streak going: https://www.duolingo.com/learn\n\n"
        "Duolingo, 5900 Penn Ave, Pittsburgh, PA 15206 · Unsubscribe",
    ),
    m(
        "q1g4",
        "2026-03-01 10:14",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        N(),
        "Gracias por tu pago\n\nPremium Familiar · 1 mes\nTotal: 21,99 € (IVA incluido)\nFecha: 1 mar 2026\n\nSpotify AB",
    ),
    m(
        "q1g5",
        "2026-03-06 13:20",
        "Escuela Infantil Los Pinos <direccion@eilospinos.example>",
        "Tutoría individual – Vega (aula Ardillas)",
        N(),
        "Hola Lucía y Dani:\n\n"
        "Os proponemos la tutoría del segundo trimestre para hablar de cómo va Vega el jueves 12 de marzo a las "
        "16:45. Os mando la invitación; si no os viene bien, decídnoslo y la cambiamos.\n\n"
        "Un beso,\nNoemí (tutora del aula Ardillas)",
        ics=ics(
            "tutoria-vega-2t@eilospinos.example",
            "2026-03-12 16:45",
            "Tutoría Vega – aula Ardillas",
            ("Noemí Sastre", "direccion@eilospinos.example"),
            minutes=30,
            location="Escuela Infantil Los Pinos, C/ Eugenia de Montijo 12",
        ),
        cc="Dani Rubio <danirubio.m@gmail.com>",
    ),
    m(
        "q1g6",
        "2026-03-21 11:38",
        "Marga Torres <margatorres@gmail.com>",
        "un favor enorme",
        N(),
        "Lu, ayer me despidieron. ERE en la consultora, 40 personas, me enteré por una reunión de Teams de 10 "
        "minutos. Estoy bastante en shock.\n\n"
        "Te lo pido a ti porque eres la persona más ordenada que conozco: ¿me echas un ojo al CV? Te lo adjunto. "
        "Quiero empezar a mandarlo la semana que viene y no sé si poner lo del máster o no. Y si sabes de alguna "
        "oferta de project manager me dices.\n\nGracias guapa\nMarga",
        attach=[
            ("CV_Marga_Torres_2026.txt", "text/plain", "Margarita Torres Gil - Project Manager\n")
        ],
    ),
    m(
        "q1g7",
        "2026-04-01 10:14",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        N(),
        "Gracias por tu pago\n\nPremium Familiar · 1 mes\nTotal: 21,99 € (IVA incluido)\nFecha: 1 abr 2026\n\nSpotify AB",
    ),
    m(
        "q1g8",
        "2026-03-31 18:00",
        "Renfe <avisos@renfe.com>",
        "Tu viaje es mañana – Localizador K7QZ2P",
        N(),
        "Hola Lucía:\n\nTe recordamos que mañana viajas:\nMadrid-Chamartín-Clara Campoamor 15:40 → Elche AV 18:02 · "
        "AVLO 05191 · Coche 6\n\nEl acceso al tren se cierra 2 minutos antes de la salida. Lleva tu billete "
        "en la app.\n\nRenfe Viajeros S.M.E., S.A.",
    ),
    m(
        "q1g9",
        "2026-04-22 14:12",
        BANCO,
        "Has recibido un Bizum",
        N(),
        "Has recibido un Bizum de 40,00 € de MARGARITA TORRES GIL.\nConcepto: pádel + cañas, que te debía 🙏\n\n"
        "Banco Mirasierra, S.A.",
    ),
    # --- April ---------------------------------------------------------------------------------
    m(
        "q1d9",
        "2026-04-01 09:12",
        BANCO,
        "Ya tienes disponible tu extracto de marzo",
        N(),
        "Hola, LUCIA:\n\nYa puedes consultar el extracto mensual de tu Cuenta Nómina ***8812 correspondiente a marzo "
        "de 2026 en la banca online o en la app.\n\nBanco Mirasierra, S.A. · Este es un mensaje automático.",
    ),
    m(
        "q1e0",
        "2026-04-03 22:30",
        "Inés Ferrández <ines.ferrandez.o@outlook.es>",
        "fotos procesión + mona",
        N(),
        "te paso las fotos de ayer que las tuyas salieron todas movidas jajaja\n"
        "la de Vega con la mona y el huevo en la cabeza es lo mejor que ha pasado este año\n\n"
        "Inés\n\nEnviado desde Outlook para iOS",
        attach=[
            ("IMG_4412.txt", "text/plain", "(foto)\n"),
            ("IMG_4419.txt", "text/plain", "(foto)\n"),
        ],
    ),
    m(
        "q1e1",
        "2026-04-06 09:00",
        "Agencia Tributaria <avisos@correo.agenciatributaria.gob.es>",
        "Campaña de Renta 2025: ya puede consultar sus datos fiscales",
        N(),
        "Estimado/a contribuyente:\n\n"
        "Le informamos de que desde el 8 de abril podrá presentar su declaración de la Renta 2025 por internet. "
        "Ya puede consultar sus datos fiscales y su borrador en Renta WEB, accediendo con Cl@ve, certificado "
        "electrónico o número de referencia.\n\n"
        "La Agencia Tributaria nunca le solicitará datos bancarios por correo electrónico ni SMS.\n\n"
        "Agencia Estatal de Administración Tributaria",
    ),
    m(
        "q1e2",
        "2026-04-07 07:00",
        CONTROLLER_NEWS,
        "Cómo preparar una entrevista para un puesto financiero (y las 10 preguntas que siempre caen)",
        N(),
        "Boletín semanal · n.º 420 · 7 de abril de 2026\n\n"
        "CÓMO PREPARAR UNA ENTREVISTA PARA UN PUESTO FINANCIERO\n"
        "Hablamos con tres headhunters especializados en finanzas: qué miran en el CV, cómo responder a «háblame de "
        "un cierre que salió mal» y por qué conviene llevar preparado un caso de ahorro de costes. Incluye las 10 "
        "preguntas que siempre caen y un modelo de respuesta para cada una.\n"
        "Leer: https://diariodelcontroller.example/carrera/entrevista-puesto-financiero?utm_source=newsletter\n\n"
        "TAMBIÉN ESTA SEMANA\n"
        "· El SII de IVA cumple nueve años: lecciones aprendidas\n"
        "· Ofertas del mes: 35 vacantes de controller en España\n\n"
        "Darse de baja: https://diariodelcontroller.example/baja?e=lfo",
        headers={"List-Unsubscribe": "<https://diariodelcontroller.example/baja?e=lfo>"},
    ),
    m(
        "q1e3",
        "2026-04-08 11:26",
        "Eduardo Sáez | Grupo Inmobiliario Lares <esaez@grupolares.example>",
        "Solicitud de alquiler – General Ricardos 88, 5.º izda.: APROBADA",
        N(),
        "Hola Lucía y Daniel:\n\n"
        "¡Enhorabuena! La propiedad ha aceptado vuestra solicitud de alquiler para la vivienda de General Ricardos "
        "88, 5.º izquierda. Las condiciones son las que hablamos: 1.180 €/mes, contrato de 5 años, dos meses de "
        "fianza y entrada el 15 de mayo.\n\n"
        "En los próximos días os enviaremos el contrato para firmar electrónicamente por DocuSign. Necesitaremos "
        "también el justificante de la transferencia de la fianza.\n\n"
        "Un saludo,\nEduardo Sáez\nAsesor inmobiliario · Grupo Inmobiliario Lares",
        cc="Dani Rubio <danirubio.m@gmail.com>",
    ),
    m(
        "q1e4",
        "2026-04-10 10:48",
        "Eduardo Sáez vía DocuSign <dse@eumail.docusign.net>",
        "Completar con DocuSign: Contrato arrendamiento General Ricardos 88 5º izq",
        N(),
        None,
        '<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">'
        '<table width="640" align="center" style="background:#fff"><tr><td style="background:#1e4ca1;padding:24px;color:#fff;text-align:center">'
        '<img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116"><br><br>'
        "Eduardo Sáez le ha enviado un documento para revisar y firmar.<br><br>"
        '<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=0c8d7e51-2a3b-4c1d-9e8f-7a6b5c4d3e2f&acct=lr77" style="background:#ffc423;color:#000;padding:10px 22px;text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a></td></tr>'
        '<tr><td style="padding:24px;font-size:14px"><b>Eduardo Sáez</b><br>esaez@grupolares.example<br><br>'
        "Lucía, Daniel: os envío el contrato de arrendamiento y el inventario para vuestra firma. Saludos.</td></tr>"
        '<tr><td style="padding:24px;font-size:11px;color:#666">No comparta este correo electrónico. Este correo contiene un enlace seguro a DocuSign.</td></tr></table></body></html>',
    ),
    m(
        "q1e5",
        "2026-04-10 19:21",
        "DocuSign <dse@eumail.docusign.net>",
        "Completado: Contrato arrendamiento General Ricardos 88 5º izq",
        N(),
        "Todas las partes han completado Contrato arrendamiento General Ricardos 88 5º izq.\n\n"
        "Remitente: Eduardo Sáez (esaez@grupolares.example)\n"
        "Firmantes: Lucía Ferrández Ortega; Daniel Rubio Mateos; Julio Carrasco Peña (propietario)\n\n"
        "VER DOCUMENTO COMPLETADO: https://eu.docusign.net/Member/EmailStart.aspx?m=77e0b1a2-3c4d-4e5f-8a9b-0c1d2e3f4a5b\n\n"
        "No comparta este correo electrónico.",
    ),
    m(
        "q1e6",
        "2026-04-13 16:05",
        "Mudanzas Carpetana <presupuestos@mudanzascarpetana.example>",
        "Presupuesto de mudanza n.º 2026-0418",
        N(),
        "Buenas tardes Lucía:\n\n"
        "Según la visita de ayer, le remitimos presupuesto para la mudanza de C/ Laguna 58, 4.º A a C/ General "
        "Ricardos 88, 5.º izq. (ambos con ascensor):\n\n"
        "- Embalaje de menaje y libros (material incluido)\n- Desmontaje y montaje de 3 armarios y 2 camas\n"
        "- Camión de 30 m³ con 3 operarios\n- Seguro de mercancía\n\n"
        "Total: 890 € + IVA. Fecha propuesta: sábado 16 de mayo, 8:00 h.\n\n"
        "Para confirmar, necesitamos una señal del 20 %.\n\nMudanzas Carpetana · 91 462 10 77",
    ),
    m(
        "q1e7",
        "2026-04-14 19:40",
        PLAYTOMIC,
        "Reserva cancelada: Club Pádel Vista Alegre, mié. 15 abr 20:00",
        N(),
        "Tu reserva ha sido cancelada.\n\nClub Pádel Vista Alegre – Pista 1\nMiércoles, 15 de abril · 20:00 – 21:30\n"
        "Motivo: cancelada por el organizador (Bea C.)\nReembolso: 9,00 € a tu método de pago en 3-5 días.\n\nPlaytomic",
    ),
    m(
        "q1e8",
        "2026-04-15 23:02",
        JAVI,
        "me han entrevistado en la radio!!",
        N(),
        "Buenas familia,\n\n"
        "Lo prometido es deuda: aquí está la entrevista que me hicieron el jueves en el programa de Radio "
        "Carabanchel sobre el huerto urbano del barrio. Salgo a partir del minuto 14, no os riáis de mi voz.\n\n"
        "https://radiocarabanchel.example/podcast/la-tarde-del-barrio-2026-04-09\n\n"
        "Por cierto, en el curro me han ascendido a jefe de turno (por fin!!), así que el sábado invito yo a las "
        "cañas.\n\nJavi",
        to="Lucía Ferrández Ortega <lferrandez.ortega@gmail.com>, Dani Rubio <danirubio.m@gmail.com>, Marga Torres <margatorres@gmail.com>",
    ),
    m(
        "q1e9",
        "2026-04-16 12:14",
        AMAZON,
        "Enviado: «Cinta de embalar marrón, pack de 12» y 2 artículos más",
        N(),
        "Hola Lucía:\n\nTu paquete está en camino.\n\nLlega: mañana, viernes 17 de abril\n\n"
        "Pedido n.º 402-1128840-0092317\nCinta de embalar marrón, pack de 12\nCajas de cartón para mudanza (20 uds.)\n"
        "Rotuladores permanentes negros\n\nSeguir paquete: https://www.amazon.es/gp/your-account/order-details\n\nAmazon.es",
    ),
    m(
        "q1f0",
        "2026-04-17 10:10",
        DENTAL,
        "Presupuesto de tratamiento – Lucía Ferrández",
        N(),
        "Estimada Lucía:\n\n"
        "Tal y como le comentó la Dra. Llorens en su última revisión, le adjuntamos el presupuesto para el "
        "tratamiento de ortodoncia invisible: 3.200 € (financiable hasta en 24 meses sin intereses).\n\n"
        "Si desea aceptarlo, puede llamarnos o responder a este correo y le daremos cita para el escaneado "
        "intraoral.\n\nClínica Dental Oporto",
        attach=[
            ("Presupuesto_4512.txt", "text/plain", "Presupuesto ortodoncia invisible: 3.200 EUR\n")
        ],
    ),
    m(
        "q1f1",
        "2026-04-20 09:32",
        LUZ,
        "Hemos recibido tu solicitud de alta de suministro",
        N(),
        "Hola Lucía,\n\n"
        "Hemos recibido tu solicitud de alta de suministro eléctrico para la dirección C/ General Ricardos 88, 5.º "
        "izq., 28019 Madrid, con fecha de efecto 15/05/2026.\n\n"
        "Número de solicitud: AS-2026-771902\nTarifa: Tarifa Hogar Estable (2.0TD) · Potencia: 4,6 kW\n\n"
        "Te avisaremos cuando la distribuidora confirme el cambio de titular. No tienes que hacer nada más.\n\n"
        "Luz Mediterránea Comercializadora, S.L.",
    ),
    m(
        "q1f2",
        "2026-04-21 18:22",
        "Fibra Meseta <clientes@fibrameseta.example>",
        "Tu cita de instalación: 15 de mayo de 9:00 a 13:00",
        N(),
        "Hola Lucía,\n\n"
        "Hemos programado el traslado de tu fibra a C/ General Ricardos 88, 5.º izq.\n\n"
        "Cita con el técnico: viernes 15 de mayo, franja de 9:00 a 13:00. El técnico te llamará 30 minutos antes "
        "de llegar. Es necesario que haya una persona mayor de edad en el domicilio.\n\n"
        "Fibra Meseta Telecomunicaciones, S.L.",
        ics=ics(
            "instalacion-771233@fibrameseta.example",
            "2026-05-15 09:00",
            "Instalación fibra – Fibra Meseta",
            ("Fibra Meseta", "clientes@fibrameseta.example"),
            minutes=240,
            location="C/ General Ricardos 88, 5.º izq., Madrid",
        ),
    ),
    m(
        "q1f3",
        "2026-04-24 16:45",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Lucía, your certificate is ready: Financial Planning & Analysis with Power BI",
        N("en"),
        "Congratulations, Lucía!\n\n"
        "You've completed Financial Planning & Analysis with Power BI. Your certificate is ready to share.\n\n"
        "Share on LinkedIn: https://www.coursera.org/account/accomplishments/certificate/QW7K2ZP9LM\n\n"
        "Keep learning: learners like you also enrolled in Advanced Excel for Finance and Data Storytelling.\n\n"
        "Coursera Inc., 2440 W. El Camino Real, Suite 500, Mountain View, CA 94040",
    ),
    m(
        "q1f4",
        "2026-04-27 21:14",
        VALDES,
        "Acta Junta General Ordinaria 14/04/2026 – C/ Laguna 58",
        N(),
        "Estimados propietarios e inquilinos:\n\n"
        "Adjuntamos el acta de la Junta General Ordinaria celebrada el pasado 14 de abril. Se aprobó el "
        "presupuesto para la sustitución del ascensor (derrama de 1.200 € por vivienda en tres plazos).\n\n"
        "Fincas Valdés – Administración de fincas",
        attach=[("Acta_JGO_Laguna58_2026.txt", "text/plain", "Acta Junta General Ordinaria\n")],
    ),
    m(
        "q1f5",
        "2026-04-28 12:04",
        RAICES,
        "Publicación de listados provisionales de solicitudes baremadas",
        N(),
        "Estimada familia:\n\n"
        "Se han publicado los listados provisionales de solicitudes baremadas del proceso de admisión 2026-2027.\n\n"
        "Solicitud: 2026/ADM/1183377 – RUBIO FERRÁNDEZ, VEGA\nCentro: CEIP Antonio Machado\n"
        "Puntuación provisional: 14 puntos (domicilio en zona 4, hermanos 0, renta mínima 0, otros 2)\n\n"
        "Puede presentar reclamación los días 29 y 30 de abril y 4 de mayo en el centro solicitado en primera "
        "opción o a través de la Secretaría Virtual.\n\nComunidad de Madrid",
    ),
    m(
        "q1f6",
        "2026-04-29 08:40",
        "UrbanFit Carabanchel <hola@urbanfit.example>",
        "Tu recibo de mayo",
        N(),
        "Hola Lucía,\n\nTe cargaremos la cuota de mayo (39,90 €) el día 1. Recuerda que puedes congelar tu cuota "
        "hasta 2 meses al año desde la app.\n\nUrbanFit Carabanchel",
    ),
    m(
        "q1f7",
        "2026-04-30 11:55",
        "Canva <marketing@engage.canva.com>",
        "New in Canva: turn any spreadsheet into a chart in one click",
        N("en"),
        None,
        '<html><body style="font-family:Arial"><h1>Meet Magic Charts ✨</h1>'
        "<p>Paste your data, pick a style and let Canva do the rest. Perfect for your monthly reports and presentations.</p>"
        '<p><a href="https://www.canva.com/newsletters/magic-charts?utm_source=email">Try it now</a></p>'
        '<p style="font-size:10px;color:#888">Canva Pty Ltd · <a href="https://www.canva.com/unsubscribe">Unsubscribe</a></p></body></html>',
        headers={"List-Unsubscribe": "<https://www.canva.com/unsubscribe>"},
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 134, the ordinary inbox, May to July 2026 (data only): see heldout134.py."""

from __future__ import annotations

from typing import Any

from heldout134_inbox import (
    AMAZON,
    BANCO,
    BEA,
    CONTROLLER_NEWS,
    DANI,
    JAVI,
    LUZ,
    MAMA,
    PLAYTOMIC,
    RAICES,
)
from heldout134_jobs import N, ics, m, reply

ENR = "Admisiones ENR <admisiones@enretiro.example>"
EMMA = "Emma Doyle <emma.doyle.dub@gmail.com>"
CAMP = "Campamentos Urbanos Carabanchel <inscripciones@campamentoscarabanchel.example>"
BOOKING = "Booking.com <noreply@booking.com>"

enr_interview = m(
    "r2a2",
    "2026-05-04 10:30",
    ENR,
    "Entrevista de admisión – Executive Master en Dirección Financiera (EMDF)",
    N(),
    "Estimada Lucía:\n\n"
    "Gracias por completar tu solicitud de admisión al Executive Master en Dirección Financiera (EMDF), "
    "edición de octubre de 2026, y por realizar el test GMAT Focus.\n\n"
    "El Comité de Admisiones ha revisado tu expediente y nos gustaría invitarte a una entrevista personal con "
    "el director académico del programa, el profesor Luis Berenguer. Te hemos reservado el jueves 7 de mayo a "
    "las 19:00 h en nuestro campus de la calle Menéndez Pelayo 9 (también puede hacerse por Zoom si lo "
    "prefieres).\n\n"
    "La entrevista dura unos 30 minutos y es una conversación sobre tu trayectoria, tus motivaciones y cómo "
    "compaginarás el programa con tu actividad profesional.\n\n"
    "Un saludo,\n\nMaría José Peinado\nAdmisiones · Escuela de Negocios Retiro (ENR)",
    ics=ics(
        "enr-admision-emdf-lfo-20260507@enretiro.example",
        "2026-05-07 19:00",
        "Entrevista de admisión EMDF – Lucía Ferrández",
        ("Admisiones ENR", "admisiones@enretiro.example"),
        minutes=30,
        location="ENR Campus Retiro, C/ Menéndez Pelayo 9, Madrid",
        style="outlook",
    ),
)

emma_may = m(
    "r2a4",
    "2026-05-05 21:15",
    EMMA,
    "Re: Madrid in May?!",
    N("en"),
    "Flights booked!! Landing Wed 20 May at 14:10, leaving Sunday evening. I found a little hotel near "
    "Lavapiés so don't worry about hosting me with the move and everything.\n\n"
    "And OMG the job news — a listed company, Lucía! You'll have to explain to me what a 'corporate controller' "
    "actually does, over croquetas.\n\nxx E\n\n"
    "On Tue, 5 May 2026 at 18:02, Lucía Ferrández Ortega <lferrandez.ortega@gmail.com> wrote:\n"
    "> Of course I'll be around! We're moving flats on the 16th so it will be chaos, but come. And fingers "
    "crossed, I might have a new job to celebrate by then...",
    **reply("<CAJx9Lf8em1@mail.gmail.com>"),
)

MAIL: list[dict[str, Any]] = [
    # --- May -----------------------------------------------------------------------------------
    m(
        "r2a0",
        "2026-05-01 10:14",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        N(),
        None,
        '<html><body style="font-family:Circular,Helvetica,Arial"><img src="https://i.scdn.co/logo.png" alt="Spotify" width="120">'
        "<h2>Gracias por tu pago</h2><p>Premium Familiar · 1 mes</p><p>Total: <b>21,99 €</b> (IVA incluido)</p>"
        "<p>Fecha: 1 may 2026 · Método de pago: Visa ···· 4471</p></body></html>",
    ),
    m(
        "r2a1",
        "2026-05-02 08:33",
        BANCO,
        "Ya tienes disponible tu extracto de abril",
        N(),
        "Hola, LUCIA:\n\nYa puedes consultar el extracto mensual de tu Cuenta Nómina ***8812 correspondiente a abril "
        "de 2026 en la banca online o en la app.\n\nBanco Mirasierra, S.A. · Este es un mensaje automático.",
    ),
    enr_interview,
    m(
        "r2a3",
        "2026-05-04 17:50",
        LUZ,
        "Tu factura de abril ya está disponible",
        N(),
        "Hola Lucía,\n\nYa está disponible tu factura de electricidad.\n\nPeriodo: 01/04/2026 – 30/04/2026\n"
        "Importe: 58,12 €\nFecha de cargo: 10/05/2026\n\nLuz Mediterránea Comercializadora, S.L.",
    ),
    emma_may,
    m(
        "r2a5",
        "2026-05-06 13:48",
        BEA,
        "y??",
        N(),
        "Oye que no me has contado nada de la entrevista con el jefazo de las conservas!! Y lo de la auditora? "
        "Dime algo que estoy en ascuas. Si tienes dos ofertas a la vez te hago yo la tabla de pros y contras esta "
        "vez 😂\n\nB.\n\nEnviado desde mi iPhone",
    ),
    m(
        "r2a6",
        "2026-05-07 09:22",
        "Mudanzas Carpetana <presupuestos@mudanzascarpetana.example>",
        "Confirmación de servicio – mudanza 16/05/2026",
        N(),
        "Buenos días Lucía:\n\n"
        "Hemos recibido la señal de 215,38 €. Confirmamos el servicio de mudanza para el sábado 16 de mayo a las "
        "8:00 h (origen C/ Laguna 58, destino C/ General Ricardos 88).\n\n"
        "El jueves 14 os dejaremos en portería las cajas y el papel de embalar. Recordad reservar el ascensor con "
        "el administrador si fuera necesario.\n\nMudanzas Carpetana · 91 462 10 77",
    ),
    m(
        "r2a7",
        "2026-05-08 16:05",
        ENR,
        "Resolución de admisión – EMDF octubre 2026",
        N(),
        None,
        '<html><body style="font-family:Georgia,serif;color:#222"><img src="https://enretiro.example/img/logo-enr.png" alt="ENR Escuela de Negocios Retiro" width="160">'
        "<p>Estimada Lucía:</p>"
        "<p>Es un placer comunicarte que el Comité de Admisiones ha resuelto <b>admitirte</b> en el Executive Master "
        "en Dirección Financiera (EMDF), edición de octubre de 2026.</p>"
        "<p>Además, te ofrecemos una <b>beca de excelencia del 20 %</b> sobre el importe del programa (18.500 €), "
        "en reconocimiento a tu trayectoria profesional.</p>"
        "<p>Para reservar tu plaza, deberás aceptar la oferta de admisión y abonar la matrícula (1.500 €) antes del 29 de mayo "
        'en <a href="https://portal.enretiro.example/admision/aceptar?id=EMDF26-0412">tu portal de candidata</a>.</p>'
        "<p>Enhorabuena y bienvenida,<br>Luis Berenguer<br>Director académico del EMDF</p></body></html>",
        **reply(enr_interview["id"]),
    ),
    m(
        "r2a8",
        "2026-05-11 19:12",
        "IKEA <noreply@order.ikea.es>",
        "Confirmación de tu pedido 1184220731",
        N(),
        "¡Gracias por tu compra, Lucía!\n\n"
        "Pedido n.º 1184220731\nEntrega a domicilio: martes 19 de mayo, franja 14:00-18:00\n"
        "Dirección: C/ General Ricardos 88, 5.º izq., 28019 Madrid\n\n"
        "1 × Cama infantil MINNEN extensible blanco\n1 × Estantería KALLAX 2x4\n2 × Cortina opaca\n"
        "Montaje: sí\n\nTotal: 463,96 €\n\nIKEA Ibérica, S.A.U.",
    ),
    m(
        "r2a9",
        "2026-05-13 21:33",
        MAMA,
        "¡¡¡Enhorabuena hija!!!",
        N(),
        "Lucía mi vida, me ha dicho tu hermana lo del trabajo nuevo y tu padre está que no cabe en sí, ya se lo ha "
        "contado a todo el bar. Directora de no se qué en una empresa de conservas que sale en la bolsa!! Ya sabía yo "
        "que te iba a salir algo bueno.\n\n"
        "Llámame mañana y me lo explicas bien que tu padre dice que controller no es lo mismo que contable y yo no "
        "me entero.\n\n"
        "Muchos besos, estamos muy orgullosos\nMamá",
    ),
    m(
        "r2b0",
        "2026-05-14 20:48",
        "Agencia Tributaria <avisos@correo.agenciatributaria.gob.es>",
        "Justificante de presentación – Declaración Renta 2025",
        N(),
        "Le informamos de que su declaración del Impuesto sobre la Renta de las Personas Físicas, ejercicio 2025, "
        "ha sido presentada correctamente.\n\n"
        "Número de justificante: 1002025C41877330\nPresentador: FERRANDEZ ORTEGA LUCIA\n"
        "Resultado: a devolver 412,77 €\n\n"
        "Puede consultar el estado de tramitación en la Sede electrónica.\n\nAgencia Estatal de Administración Tributaria",
    ),
    m(
        "r2b1",
        "2026-05-15 08:05",
        LUZ,
        "Tu nuevo suministro ya está activo",
        N(),
        "Hola Lucía,\n\n"
        "¡Bienvenida a tu nueva casa! Desde hoy, 15/05/2026, el suministro de C/ General Ricardos 88, 5.º izq. está "
        "a tu nombre con Luz Mediterránea. La lectura inicial del contador es de 28.771 kWh.\n\n"
        "Luz Mediterránea Comercializadora, S.L.",
    ),
    m(
        "r2b2",
        "2026-05-18 07:30",
        "Cuentas Claras Podcast <hola@cuentasclaras.example>",
        "Nuevo episodio: «Me rechazaron en 30 procesos antes de ser CFO»",
        N(),
        "Episodio 92 · 47 min\n\n"
        "Entrevistamos a Tomás Rey, CFO de una tecnológica de pagos, sobre los 30 procesos de selección en los que le "
        "descartaron antes de su primer puesto de dirección financiera, y qué aprendió de cada rechazo. Además, "
        "respondemos a vuestras preguntas sobre cómo negociar una oferta.\n\n"
        "Escúchalo: https://cuentasclaras.example/92\n\nDarte de baja: https://cuentasclaras.example/baja",
    ),
    m(
        "r2b3",
        "2026-05-19 18:40",
        PLAYTOMIC,
        "Reserva confirmada: Club Pádel Vista Alegre, jue. 21 may 20:30",
        N(),
        "¡Tu partido está listo!\n\nClub Pádel Vista Alegre – Pista 3\nJueves, 21 de mayo · 20:30 – 22:00\n"
        "Jugadores: Lucía F., Bea C., Marga T., Elena V.\nImporte pagado: 9,00 €\n\n"
        "Ver reserva: https://app.playtomic.io/matches/f0a4e918\n\nPlaytomic",
    ),
    m(
        "r2b4",
        "2026-05-20 15:02",
        EMMA,
        "landed!!",
        N("en"),
        "In a taxi!! Hotel by 3:30. Dinner tonight still on? Send me the name of the place, my phone is on 4% and "
        "Google Maps hates me.\n\nE\n\nSent from my iPhone",
    ),
    m(
        "r2b5",
        "2026-05-21 12:00",
        "Instituto de Censores Jurados de Cuentas <formacion@icjce-madrid.example>",
        "Curso presencial: Cierre del ejercicio 2026 – novedades contables y fiscales",
        N(),
        "Estimada colegiada:\n\n"
        "Le invitamos al curso presencial «Cierre del ejercicio 2026: novedades contables y fiscales», que se "
        "celebrará el martes 16 de junio de 9:30 a 14:00 en la sede de la Agrupación (C/ Bárbara de Braganza 11). "
        "Computa 4,5 horas de formación continuada.\n\n"
        "Precio miembros: 95 €. Inscripción: https://formacion.icjce-madrid.example/cursos/cierre-2026\n\n"
        "Agrupación Territorial 1.ª – Madrid",
        ics=ics(
            "curso-cierre-2026-0616@icjce-madrid.example",
            "2026-06-16 09:30",
            "Curso Cierre del ejercicio 2026 – ICJCE Madrid",
            ("Formación ICJCE Madrid", "formacion@icjce-madrid.example"),
            minutes=270,
            location="C/ Bárbara de Braganza 11, Madrid",
            style="outlook",
        ),
    ),
    m(
        "r2b6",
        "2026-05-22 10:41",
        BANCO,
        "Hemos actualizado tu domicilio",
        N(),
        "Hola, Lucía:\n\n"
        "Te confirmamos que hemos actualizado el domicilio de tus productos a C/ General Ricardos 88, 5.º izq., 28019 "
        "Madrid, tal y como solicitaste desde la app el 21/05/2026.\n\n"
        "Si no has sido tú, llama al 91 000 44 00.\n\nBanco Mirasierra, S.A.",
    ),
    m(
        "r2b7",
        "2026-05-25 17:27",
        "Wallapop <noreply@wallapop.com>",
        "¡Enhorabuena! Has vendido «Sofá cama 2 plazas gris»",
        N(),
        "¡Hola Lucía!\n\nHas vendido «Sofá cama 2 plazas gris» por 120 €. Recuerda acordar con el comprador la "
        "recogida en mano.\n\nEl equipo de Wallapop",
    ),
    m(
        "r2b8",
        "2026-05-26 12:10",
        RAICES,
        "Listados definitivos de alumnos admitidos – curso 2026-2027",
        N(),
        "Estimada familia:\n\n"
        "Se han publicado los listados definitivos de alumnos admitidos.\n\n"
        "Solicitud: 2026/ADM/1183377 – RUBIO FERRÁNDEZ, VEGA\n"
        "Resultado: ADMITIDA en CEIP Antonio Machado (primera opción) – 1.º Educación Infantil\n\n"
        "La matrícula deberá formalizarse en el centro entre el 15 y el 29 de junio. Si no se formaliza en plazo, "
        "se entenderá que renuncia a la plaza adjudicada.\n\nComunidad de Madrid",
    ),
    m(
        "r2b9",
        "2026-05-28 11:15",
        "Motor Carabanchel <ofertas@motorcarabanchel.example>",
        "Oferta exclusiva para ti, Lucía: tu SUV híbrido desde 199 €/mes",
        N(),
        None,
        '<html><body style="font-family:Arial;text-align:center"><h1>OFERTA EXCLUSIVA</h1>'
        "<p>Solo este mes, tu SUV híbrido nuevo desde <b>199 €/mes</b>* con mantenimiento incluido. Ven a probarlo "
        "este fin de semana y llévate un cargador de regalo.</p>"
        '<p><a href="https://www.motorcarabanchel.example/oferta-suv?utm_source=mail">Pide tu prueba</a></p>'
        '<p style="font-size:9px">*Cuota final de 12.400 €. TAE 8,99 %. Sujeto a aprobación financiera. '
        '<a href="https://www.motorcarabanchel.example/baja">Baja</a></p></body></html>',
    ),
    m(
        "r2c0",
        "2026-05-29 14:30",
        "Julio Carrasco <jcarrasco1959@telefonica.net>",
        "fianza piso Laguna",
        N(),
        "Buenas tardes Lucía,\n\n"
        "Ya he pasado por el piso con la chica de la agencia y está todo perfecto, se nota que lo habéis cuidado. "
        "Os he hecho hoy la transferencia de la fianza (2.100 €) a la cuenta que me pasasteis. Si en un par de días "
        "no os ha llegado me decís.\n\n"
        "Mucha suerte en la casa nueva.\nJulio",
    ),
    m(
        "r2c1",
        "2026-05-29 15:10",
        "Rosa Ibarra <ribarra@talleresgredos.example>",
        "comida despedida 🥲",
        N(),
        "Hola Lucía!\n\n"
        "Te escribo al personal para que no te enteres por el Outlook del curro jaja. Estamos organizando tu comida "
        "de despedida el viernes 26 de junio en el Asador de Getafe, a las 14:30. Va casi todo administración y los "
        "de compras. No me digas que no, que ya está reservado.\n\n"
        "Te vamos a echar muchísimo de menos\nRosa",
    ),
    m(
        "r2g0",
        "2026-05-12 23:41",
        "Google <no-reply@accounts.google.com>",
        "Alerta de seguridad",
        N(),
        "Nuevo inicio de sesión en Windows\n\n"
        "lferrandez.ortega@gmail.com\n\n"
        "Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo Windows. Si has "
        "sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.\n\n"
        "Consultar actividad: https://myaccount.google.com/notifications\n\n"
        "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
    ),
    m(
        "r2g1",
        "2026-05-27 16:10",
        "Escuela Infantil Los Pinos <direccion@eilospinos.example>",
        "Fiesta de fin de curso – viernes 19 de junio",
        N(),
        "Queridas familias:\n\n"
        "Os esperamos el viernes 19 de junio a las 17:30 en el parque de la escuela para la fiesta de fin de curso "
        "y la despedida de los mayores, que en septiembre empiezan el cole. Cada familia puede traer algo de "
        "picar para compartir.\n\nEl equipo de Los Pinos",
    ),
    m(
        "r2g2",
        "2026-06-12 21:05",
        "Glovo <no-reply@glovoapp.com>",
        "Tu pedido de Glovo: Sushi Ya Carabanchel",
        N(),
        "¡Que aproveche, Lucía!\n\nSushi Ya Carabanchel · Entregado a las 21:03\n"
        "1 × Combinado 24 piezas\n1 × Gyozas de pollo\nTotal: 27,80 €\n\nGlovoapp23, S.A.",
    ),
    m(
        "r2g3",
        "2026-07-17 13:30",
        "Escuela Infantil Los Pinos <direccion@eilospinos.example>",
        "¡Hasta siempre, Ardillas!",
        N(),
        "Queridas familias del aula Ardillas:\n\n"
        "Hoy se despiden de la escuela los niños y niñas que en septiembre empiezan el colegio. Os dejamos el "
        "enlace al álbum de fotos del curso y el informe final de cada peque en la app.\n\n"
        "Ha sido un placer acompañaros estos tres años. Volved a visitarnos cuando queráis.\n\n"
        "Noemí y todo el equipo de Los Pinos",
    ),
    # --- June ----------------------------------------------------------------------------------
    m(
        "r2c2",
        "2026-06-01 08:30",
        BANCO,
        "Ya tienes disponible tu extracto de mayo",
        N(),
        "Hola, LUCIA:\n\nYa puedes consultar el extracto mensual de tu Cuenta Nómina ***8812 correspondiente a mayo "
        "de 2026 en la banca online o en la app.\n\nBanco Mirasierra, S.A. · Este es un mensaje automático.",
    ),
    m(
        "r2c3",
        "2026-06-03 17:45",
        LUZ,
        "Tu factura de mayo ya está disponible",
        N(),
        "Hola Lucía,\n\nYa está disponible tu factura de electricidad.\n\nPeriodo: 15/05/2026 – 31/05/2026\n"
        "Importe: 29,87 €\nDirección de suministro: C/ General Ricardos 88, 5.º izq.\n\nLuz Mediterránea Comercializadora, S.L.",
    ),
    m(
        "r2c4",
        "2026-06-04 09:00",
        "Centro de Salud Vista Alegre <citaprevia@salud.madrid.example>",
        "Cita confirmada – Revisión del niño sano (3 años)",
        N(),
        "Cita previa confirmada\n\n"
        "Paciente: RUBIO FERRÁNDEZ, VEGA\nServicio: Pediatría – Revisión del niño sano (3 años)\n"
        "Profesional: Dr. Ignacio Bravo\nFecha: martes 9 de junio de 2026, 10:20 h\nCentro: C. S. Vista Alegre, "
        "C/ Oca 90\n\nSi no puede acudir, anule la cita desde la app Cita Sanitaria Madrid.",
        ics=ics(
            "cita-ped-55120931@salud.madrid.example",
            "2026-06-09 10:20",
            "Pediatría – Revisión 3 años (Vega)",
            ("Cita Previa Sanidad Madrid", "citaprevia@salud.madrid.example"),
            minutes=20,
            location="C. S. Vista Alegre, C/ Oca 90, Madrid",
        ),
    ),
    m(
        "r2c5",
        "2026-06-05 22:10",
        "Netflix <info@account.netflix.com>",
        "Tu factura de Netflix",
        N(),
        "Hola, Lucía:\n\nGracias por seguir con Netflix. Hemos cobrado 14,99 € por tu plan Estándar.\n\n"
        "Próxima facturación: 12 de julio de 2026.\n\nEl equipo de Netflix",
    ),
    m(
        "r2c6",
        "2026-06-08 12:30",
        "UrbanFit Carabanchel <hola@urbanfit.example>",
        "Hemos recibido tu solicitud de baja",
        N(),
        "Hola Lucía,\n\n"
        "Sentimos que te vayas. Hemos recibido tu solicitud de baja, que será efectiva el 30 de junio de 2026. "
        "Hasta entonces puedes seguir usando el centro con normalidad.\n\n"
        "Si cambias de idea, te guardamos tu tarifa actual durante 3 meses.\n\nUrbanFit Carabanchel",
    ),
    m(
        "r2c7",
        "2026-06-09 19:44",
        CAMP,
        "Solicitud de plaza recibida – Campamento urbano Julio 2026",
        N(),
        "Hola familia:\n\n"
        "Hemos recibido vuestra solicitud de plaza para el Campamento Urbano de verano (grupo Peques, 3-5 años).\n\n"
        "Participante: Vega Rubio Ferrández\nQuincenas solicitadas: 1.ª y 2.ª de julio\nHorario: 9:00-14:00 con "
        "servicio de comedor\n\n"
        "Las plazas se adjudican por orden de inscripción. El 15 de junio os confirmaremos si tenéis plaza y cómo "
        "hacer el pago.\n\nCampamentos Urbanos Carabanchel",
    ),
    m(
        "r2c8",
        "2026-06-10 11:00",
        ENR,
        "Bienvenida al EMDF – sesión de acogida",
        N(),
        "Estimada Lucía:\n\n"
        "¡Bienvenida a la promoción EMDF 2026-2027! Te invitamos a la sesión de acogida, en la que conocerás a tus "
        "compañeros, al claustro y la plataforma del campus virtual.\n\n"
        "Jueves 25 de junio, 19:00 h · Aula Magna, C/ Menéndez Pelayo 9. Habrá cóctel al terminar.\n\n"
        "Programa de Executive Education · ENR",
        ics=ics(
            "enr-acogida-emdf-2026@enretiro.example",
            "2026-06-25 19:00",
            "EMDF 2026-27 – Sesión de acogida",
            ("Admisiones ENR", "admisiones@enretiro.example"),
            minutes=120,
            location="ENR, Aula Magna, C/ Menéndez Pelayo 9, Madrid",
        ),
    ),
    m(
        "r2c9",
        "2026-06-11 13:02",
        AMAZON,
        "Enviado: «Mochila infantil Tortuga» y 1 artículo más",
        N(),
        "Hola Lucía:\n\nTu paquete está en camino.\n\nLlega: viernes, 12 de junio\n\n"
        "Pedido n.º 402-5541309-2219047\nMochila infantil Tortuga\nEtiquetas para ropa con nombre (100 uds.)\n\nAmazon.es",
    ),
    m(
        "r2d0",
        "2026-06-15 10:50",
        "Renfe <ventaonline@renfe.com>",
        "Confirmación de compra – Localizador P2MW8R",
        N(),
        "Gracias por viajar con Renfe.\n\nLocalizador: P2MW8R\n\n"
        "IDA · Sábado 01/08/2026 · Madrid-Chamartín-Clara Campoamor 09:25 → Elche AV 11:48 · AVE 05111 · Coche 4\n"
        "VUELTA · Domingo 16/08/2026 · Elche AV 19:10 → Madrid-Chamartín-Clara Campoamor 21:34 · AVLO 05286 · Coche 7\n\n"
        "Viajeros: 2 adultos, 1 niño (gratuito)\nImporte total: 168,20 €\n\nRenfe Viajeros S.M.E., S.A.",
    ),
    m(
        "r2d1",
        "2026-06-15 18:22",
        CAMP,
        "Plaza adjudicada – Campamento urbano Julio 2026",
        N(),
        "¡Buenas noticias! Vega tiene plaza en el grupo Peques para las dos quincenas de julio.\n\n"
        "Para confirmar la plaza, realizad el pago de 310 € antes del 22 de junio (transferencia o bizum, concepto: "
        "VEGA RUBIO PEQUES). Después os mandaremos la lista de material y las normas.\n\n"
        "Campamentos Urbanos Carabanchel",
    ),
    m(
        "r2d2",
        "2026-06-16 20:05",
        "Administración Fincas Arroyo <comunidades@fincasarroyo.example>",
        "Bienvenida a la Comunidad de Propietarios General Ricardos 88",
        N(),
        "Estimados vecinos:\n\n"
        "Les damos la bienvenida a la comunidad. Les recordamos que la piscina abre el 20 de junio (horario de 11 a 21 "
        "h) y que para acceder necesitarán la tarjeta, que pueden recoger en portería presentando el contrato de "
        "arrendamiento.\n\nAdministración Fincas Arroyo",
        cc="Dani Rubio <danirubio.m@gmail.com>",
    ),
    m(
        "r2d3",
        "2026-06-16 07:00",
        CONTROLLER_NEWS,
        "Fichajes del trimestre: las empresas que más controllers han contratado",
        N(),
        None,
        '<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">'
        '<p style="font-size:12px;color:#888">Boletín semanal · n.º 430 · 16 de junio de 2026</p>'
        "<h1>Fichajes del trimestre</h1><p>Repasamos los movimientos más relevantes en direcciones financieras: "
        "qué grupos cotizados han reforzado sus equipos de control, cuánto se paga hoy a un financial controller "
        "corporativo en Madrid (entre 60.000 y 85.000 €) y por qué las fintech vuelven a contratar.</p>"
        '<p><a href="https://diariodelcontroller.example/fichajes-t2-2026?utm_source=newsletter">Leer más</a></p>'
        '<p style="font-size:11px;color:#999"><a href="https://diariodelcontroller.example/baja?e=lfo">Darse de baja</a></p></body></html>',
        headers={"List-Unsubscribe": "<https://diariodelcontroller.example/baja?e=lfo>"},
    ),
    m(
        "r2d4",
        "2026-06-18 12:40",
        "CEIP Antonio Machado <cp.antoniomachado.madrid@educa.madrid.example>",
        "Matrícula 1.º Infantil – documentación y reunión de familias",
        N(),
        "Estimadas familias de los nuevos alumnos de 3 años:\n\n"
        "Para formalizar la matrícula deben entregar en secretaría, antes del 29 de junio: impreso de matrícula, "
        "fotocopia del libro de familia, cartilla de vacunación, dos fotografías y autorización de imagen.\n\n"
        "La reunión informativa del periodo de adaptación será el 8 de septiembre a las 17:00.\n\n"
        "Secretaría · CEIP Antonio Machado",
    ),
    m(
        "r2d5",
        "2026-06-22 09:15",
        PLAYTOMIC,
        "Inscripción confirmada: Torneo de Verano Vista Alegre 2026",
        N(),
        "¡Estáis dentro!\n\n"
        "Torneo de Verano Club Pádel Vista Alegre · Categoría femenina 3.ª\nPareja: Lucía F. / Bea C.\n"
        "Fechas: 3 al 5 de julio · El cuadro se publicará el 1 de julio en la app.\nInscripción pagada: 30 €\n\n"
        "Playtomic",
    ),
    m(
        "r2d6",
        "2026-06-23 11:30",
        "Seguros Horizonte <polizas@seguroshorizonte.example>",
        "Tu póliza de hogar ya está emitida",
        N(),
        "Hola Lucía,\n\n"
        "Hemos aceptado tu solicitud de seguro y tu póliza Hogar Inquilino n.º HI-2026-0884120 ya está en vigor "
        "desde el 23/06/2026. Continente: no aplica. Contenido: 30.000 €. Responsabilidad civil: 300.000 €.\n\n"
        "Prima anual: 142,30 € (pago fraccionado trimestral).\n\n"
        "Consulta las condiciones en tu área de cliente.\n\nSeguros Horizonte, S.A.",
    ),
    m(
        "r2d7",
        "2026-06-25 16:20",
        BOOKING,
        "Tu reserva está confirmada: Hotel Marina Dénia",
        N(),
        "¡Gracias, Lucía! Tu reserva en Dénia está confirmada.\n\n"
        "Hotel Marina Dénia ★★★\nEntrada: lunes 10 de agosto de 2026 (desde las 15:00)\n"
        "Salida: jueves 13 de agosto de 2026 (hasta las 12:00)\n"
        "1 habitación familiar · 2 adultos, 1 niño\nPrecio: 486 € · Pago en el alojamiento\n"
        "Cancelación gratuita hasta el 7 de agosto.\n\n"
        "Número de confirmación: 4118.220.913 · PIN: 7731\n\n"
        "Gestiona tu reserva: https://secure.booking.com/myreservations.es.html\n\nBooking.com B.V.",
    ),
    m(
        "r2d8",
        "2026-06-26 10:02",
        BEA,
        "hoy es el día!!",
        N(),
        "Disfruta mucho de la comida de despedida, que tú que llevas 6 años ahí vas a llorar seguro.\n"
        "Y el lunes 29 a celebrarlo con nosotras, que a partir del 1 de julio ya eres una señora controller "
        "corporativa y no vas a tener tiempo para nada jajaja\n\nB.",
    ),
    m(
        "r2d9",
        "2026-06-29 09:30",
        "Agencia Tributaria <avisos@correo.agenciatributaria.gob.es>",
        "Devolución de la declaración de Renta 2025",
        N(),
        "Le comunicamos que se ha ordenado el pago de la devolución correspondiente a su declaración del IRPF, "
        "ejercicio 2025, por importe de 412,77 €, a la cuenta indicada en la declaración.\n\n"
        "Agencia Estatal de Administración Tributaria",
    ),
    m(
        "r2e0",
        "2026-06-30 22:48",
        EMMA,
        "three weeks in",
        N("en"),
        "Hey you,\n\n"
        "Three weeks at the studio and I love it. The pay is worse, the coffee is better, and nobody sends emails "
        "with 'per my last email'. My boss interviewed me for their blog this week, so I'm officially 'the new "
        "senior designer' on the internet, ha.\n\n"
        "Good luck on Wednesday!! Send me a photo of your new desk.\n\nE x",
    ),
    # --- July ----------------------------------------------------------------------------------
    m(
        "r2e1",
        "2026-07-01 10:14",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        N(),
        "Gracias por tu pago\n\nPremium Familiar · 1 mes\nTotal: 21,99 € (IVA incluido)\nFecha: 1 jul 2026\n\nSpotify AB",
    ),
    m(
        "r2e2",
        "2026-07-01 08:35",
        BANCO,
        "Ya tienes disponible tu extracto de junio",
        N(),
        "Hola, LUCIA:\n\nYa puedes consultar el extracto mensual de tu Cuenta Nómina ***8812 correspondiente a junio "
        "de 2026 en la banca online o en la app.\n\nBanco Mirasierra, S.A. · Este es un mensaje automático.",
    ),
    m(
        "r2e3",
        "2026-07-01 21:30",
        MAMA,
        "que tal el primer dia",
        N(),
        "Bueno cuéntame que tal el primer día, te han dado despacho? Tu padre pregunta si te dan latas de "
        "conservas gratis jajaja\n\nBesos\nMamá\n\nEnviado desde mi móvil Huawei",
    ),
    m(
        "r2e4",
        "2026-07-03 17:45",
        LUZ,
        "Tu factura de junio ya está disponible",
        N(),
        "Hola Lucía,\n\nYa está disponible tu factura de electricidad.\n\nPeriodo: 01/06/2026 – 30/06/2026\n"
        "Importe: 66,40 €\nFecha de cargo: 10/07/2026\n\nLuz Mediterránea Comercializadora, S.L.",
    ),
    m(
        "r2e5",
        "2026-07-06 12:11",
        AMAZON,
        "Entregado: Tu paquete de Amazon.es",
        N(),
        "Tu paquete se ha entregado.\n\nEntregado en: portería, C/ General Ricardos 88\n"
        "Pedido n.º 402-8806123-4471100 · Soporte elevador para portátil\n\nAmazon.es",
    ),
    m(
        "r2e6",
        "2026-07-09 08:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "A 48 personas les ha gustado tu actualización",
        N(),
        "Tu actualización está teniendo éxito\n\n"
        "«Empiezo una nueva etapa como Financial Controller Corporativo en Grupo Albaida...»\n"
        "48 recomendaciones · 21 comentarios\n\n"
        "Bea Campos y Rocío Blanco han comentado: «¡Enhorabuena, Lucía! Qué grande»\n\n"
        "Ver actualización: https://www.linkedin.com/comm/feed/update/urn:li:activity:7352?trk=eml-notif\n\n"
        "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.",
    ),
    m(
        "r2e7",
        "2026-07-10 13:02",
        JAVI,
        "fotos barbacoa",
        N(),
        "Ahí van las fotos de la barbacoa del sábado. Enhorabuena otra vez por el curro nuevo, ya nos contarás qué "
        "tal con los de las latas 😄\n\nhttps://photos.app.goo.gl/k3Jr9TzVq1XbN7aU8\n\nJavi",
    ),
    m(
        "r2e8",
        "2026-07-13 19:10",
        PLAYTOMIC,
        "Reserva confirmada: Club Pádel Vista Alegre, mié. 15 jul 21:00",
        N(),
        "¡Tu partido está listo!\n\nClub Pádel Vista Alegre – Pista 5\nMiércoles, 15 de julio · 21:00 – 22:30\n"
        "Jugadores: Lucía F., Marga T., Bea C., Nuria P.\nImporte pagado: 9,00 €\n\nPlaytomic",
    ),
    m(
        "r2e9",
        "2026-07-14 10:00",
        ENR,
        "EMDF 2026-27: calendario académico y acceso al campus virtual",
        N(),
        "Estimada Lucía:\n\n"
        "Ya tienes disponible el calendario académico del programa (clases viernes de 16:00 a 21:00 y un sábado al "
        "mes) y tus credenciales del campus virtual. Te recomendamos completar antes de septiembre el módulo "
        "preparatorio de Matemáticas Financieras.\n\nPrograma de Executive Education · ENR",
        attach=[
            ("Calendario_EMDF_2026-27.txt", "text/plain", "Calendario academico EMDF 2026-2027\n")
        ],
    ),
    m(
        "r2f0",
        "2026-07-16 18:05",
        "Wallapop <noreply@wallapop.com>",
        "Tienes un nuevo mensaje sobre «Bicicleta infantil 12 pulgadas»",
        N(),
        "Tienes un mensaje nuevo de Marta R.:\n\n«Buenas, ¿la tienes todavía? ¿Podría pasar el sábado por la "
        "mañana?»\n\nResponder: https://es.wallapop.com/app/chat\n\nWallapop",
    ),
    m(
        "r2f1",
        "2026-07-21 09:50",
        "Autos Levante <reservas@autoslevante.example>",
        "Confirmación de reserva – Alicante Aeropuerto / Estación AV",
        N(),
        "Estimada Lucía Ferrández:\n\n"
        "Confirmamos su reserva n.º AL-7781203:\n"
        "Recogida: 10/08/2026 10:00, oficina Estación Alicante AV\nDevolución: 13/08/2026 18:00, misma oficina\n"
        "Vehículo: grupo C (tipo Seat León o similar), con silla infantil\nImporte estimado: 187,50 €\n\n"
        "Autos Levante Rent a Car, S.L.",
    ),
    m(
        "r2f2",
        "2026-07-22 16:40",
        "Salud Activa <citas@saludactiva.example>",
        "Tus resultados ya están disponibles",
        N(),
        "Hola, Lucía:\n\nYa puedes consultar en la app los resultados de tu analítica del 15/07/2026. Tu médico los "
        "revisará contigo en tu próxima consulta.\n\nSalud Activa Seguros",
    ),
    m(
        "r2f3",
        "2026-07-27 13:30",
        "Fibra Meseta <clientes@fibrameseta.example>",
        "Factura Fibra Meseta – julio 2026",
        N(),
        "Hola Lucía,\n\nTu factura de julio (Fibra 1 Gb + 2 líneas móviles) ya está disponible: 54,90 €.\n\n"
        "Fibra Meseta Telecomunicaciones, S.L.",
    ),
    m(
        "r2f4",
        "2026-07-29 10:20",
        "Galerías Castilla <ofertas@galeriascastilla.example>",
        "Segundas rebajas: una oferta que no puedes rechazar",
        N(),
        None,
        '<html><body style="font-family:Arial;text-align:center"><h1>SEGUNDAS REBAJAS</h1>'
        "<p>Hasta <b>-70 %</b> en moda y hogar. Y para titulares de la Tarjeta Galerías, un 10 % extra.</p>"
        '<p><a href="https://www.galeriascastilla.example/rebajas?cid=em_0729">Ver ofertas</a></p>'
        '<p style="font-size:10px;color:#999"><a href="https://www.galeriascastilla.example/baja">Darme de baja</a></p></body></html>',
        headers={"List-Unsubscribe": "<https://www.galeriascastilla.example/baja>"},
    ),
    m(
        "r2f5",
        "2026-07-30 20:15",
        DANI,
        "RV: Renovación de tu seguro de coche",
        N(),
        "Lu mira esto, nos suben 60 € el seguro. Buscamos otro este finde?\n\n"
        "---------- Forwarded message ---------\n"
        "De: Seguros Horizonte <polizas@seguroshorizonte.example>\n"
        "Date: jue, 30 jul 2026 a las 11:02\n"
        "Subject: Renovación de tu seguro de coche\n\n"
        "Hola Daniel,\n\nTu póliza de auto n.º AU-2025-331902 se renovará el 1 de septiembre de 2026. Nueva prima "
        "anual: 512,40 €.\n\nSeguros Horizonte, S.A.",
    ),
]

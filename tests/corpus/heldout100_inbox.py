# ruff: noqa: E501, RUF100
"""Corpus 100, ordinary Bilbao life with look-alikes (data only): see heldout100.py."""

from __future__ import annotations

from typing import Any

from heldout100_jobs import m

ES, EN = ("not_job", "es"), ("not_job", "en")
MONTHS = ["septiembre", "octubre", "noviembre", "diciembre", "enero", "febrero"]
DAYS = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]


def _monthly() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    luz = ["41,87", "48,12", "63,40", "79,95", "86,31", "72,08"]
    movil = ["32,90", "32,90", "35,40", "32,90", "32,90", "38,15"]
    for i, (ym, mes) in enumerate(zip(DAYS, MONTHS, strict=True)):
        out.append(
            m(
                f"8{i}01",
                f"{ym}-0{3 + i % 3} 06:1{i}",
                "Ekialde Energía <facturas@ekialde-energia.example>",
                f"Tu factura de luz de {mes} ya está disponible",
                ES,
                f"Hola Iker:\n\nYa tienes disponible tu factura de electricidad correspondiente al periodo de {mes}. Importe: {luz[i]} EUR. Se cargará en tu cuenta terminada en 4417 en los próximos días.\n\nConsulta el detalle en el Área Cliente.\n\nEkialde Energía - Tarifa Etxea Plus",
            )
        )
        out.append(
            m(
                f"8{i}02",
                f"{ym}-1{i} 09:0{i}",
                "Olatu Mobile <no-reply@olatumobile.example>",
                f"Factura Olatu {mes}",
                ES,
                f"Kaixo Iker! Tu factura de {mes} de fibra + móvil es de {movil[i]} EUR. Gracias por seguir con nosotros.\n\nOlatu Mobile",
            )
        )
        out.append(
            m(
                f"8{i}03",
                f"{ym}-0{2 + i % 4} 08:3{i}",
                "Nerbioi Kutxa <avisos@nerbioikutxa.example>",
                f"Extracto mensual de su cuenta - {mes}",
                ES,
                f"Estimado cliente:\n\nLe informamos de que tiene a su disposición el extracto de la cuenta ES** **** **** **** 4417 correspondiente al mes de {mes} en su banca online.\n\nNerbioi Kutxa\nEste mensaje es informativo; Nerbioi Kutxa nunca le pedirá sus claves por correo.",
            )
        )
        out.append(
            m(
                f"8{i}04",
                f"{ym}-2{i} 19:4{i}",
                "Bizkaibus <noreply@bizkaibus.eus>",
                "Recarga de tarjeta Barik realizada",
                ES,
                "Se ha realizado correctamente la recarga online de su tarjeta Barik nº ****8812 por importe de 20,00 EUR.\n\nBizkaibus - Bizkaiko Foru Aldundia / Diputación Foral de Bizkaia",
            )
        )
    return out


def _newsletters() -> list[dict[str, Any]]:
    items = [
        (
            "2025-09-18 07:00",
            "Entrevista: «El mantenimiento predictivo ya no es ciencia ficción»",
            "Esta semana entrevistamos a Arantza Olano, directora de planta en el sector papelero, sobre sensores de vibración y gemelos digitales.",
        ),
        (
            "2025-10-16 07:00",
            "Industria 4.0 Hoy | Ofertas para la feria BIEMH y una entrevista con un CTO",
            "Descuentos para la Bienal de Máquina-Herramienta y la entrevista del mes con el CTO de una ingeniería navarra.",
        ),
        (
            "2025-11-20 07:00",
            "Cómo preparar una entrevista técnica en ingeniería (y otras 4 lecturas)",
            "Nuestro especial de empleo: qué preguntan los jefes de mantenimiento, cómo hablar de MTBF sin aburrir y los sueldos medios en Euskadi.",
        ),
        (
            "2025-12-18 07:00",
            "Industria 4.0 Hoy: balance del año y entrevista a la Red de Clústeres",
            "Cerramos el año con las cifras de la industria vasca y una larga entrevista sobre la falta de perfiles técnicos.",
        ),
        (
            "2026-01-22 07:00",
            "Las empresas vascas que más contratarán en 2026",
            "Un informe de la patronal anticipa contratación en eólica, automoción y aeronáutica. Además: la reforma de la FP dual.",
        ),
        (
            "2026-02-19 07:00",
            "Entrevista: mantenimiento en la industria alimentaria",
            "Hablamos con un responsable de utilities sobre higiene, paradas planificadas y el papel del GMAO.",
        ),
    ]
    out = []
    for i, (when, subj, body) in enumerate(items):
        out.append(
            m(
                f"82{i}0",
                when,
                "Industria 4.0 Hoy <boletin@industria40hoy.example>",
                subj,
                ES,
                html=f"<html><body><h1>Industria 4.0 Hoy</h1><p>{body}</p><p><a href='https://industria40hoy.example/n/{i}'>Leer más</a></p><p style='font-size:11px'>Recibes este boletín porque te suscribiste en industria40hoy.example. <a href='https://industria40hoy.example/baja'>Darse de baja</a></p></body></html>",
            )
        )
    return out


def _shop() -> list[dict[str, Any]]:
    items = [
        ("2025-09-06 12:10", "Calcetines de montaña (pack 3)", "18,90"),
        ("2025-10-04 17:33", "Frontal LED 400 lm", "29,99"),
        ("2025-11-01 10:02", "Libro: Mantenimiento centrado en fiabilidad", "42,50"),
        ("2025-11-28 22:41", "Auriculares inalámbricos (Black Friday)", "49,00"),
        ("2025-12-14 18:20", "Crampones 10 puntas", "64,95"),
        ("2026-01-17 11:11", 'Funda portátil 15"', "19,99"),
    ]
    out = []
    for i, (when, item, price) in enumerate(items):
        out.append(
            m(
                f"83{i}0",
                when,
                "Zoko Market <pedidos@zokomarket.example>",
                f"Confirmación de tu pedido ZM-40{i}17",
                ES,
                f"Hola Iker,\n\nGracias por tu pedido. Resumen:\n- {item}: {price} EUR\n\nEntrega estimada: 2-3 días laborables en Calle Iparraguirre 52, 3º izq, 48011 Bilbao.\n\nZoko Market",
            )
        )
        out.append(
            m(
                f"83{i}1",
                when[:8] + f"{int(when[8:10]) + 2:02d} 09:15",
                "Zoko Market <envios@zokomarket.example>",
                f"Tu pedido ZM-40{i}17 ha sido entregado",
                ES,
                "Tu paquete se ha entregado en buzón / conserjería. ¿Todo bien? Valora tu compra.\n\nZoko Market",
            )
        )
    return out


def _more() -> list[dict[str, Any]]:
    news = [
        (
            "2025-09-09",
            "Los astilleros de la ría recuperan actividad; oferta de vivienda en Bilbao bajo mínimos",
        ),
        ("2025-09-23", "Entrevista al diputado general: «Bizkaia necesita más FP dual»"),
        ("2025-10-07", "La industria vasca crea 3.000 empleos en el tercer trimestre"),
        ("2025-10-21", "Obras en la línea 3 de metro; oferta cultural del puente de noviembre"),
        ("2025-11-04", "Bilbao aprueba la ordenanza de pisos turísticos"),
        ("2025-11-18", "Entrevista: la nueva directora del Guggenheim habla de su primer año"),
        ("2025-12-02", "Black Friday récord en el comercio del Casco Viejo"),
        ("2025-12-16", "Santo Tomás: horarios, cortes de tráfico y mercado"),
        ("2026-01-13", "La cuesta de enero: qué sube este año en Bizkaia"),
        ("2026-01-27", "Aeronáutica y eólica tiran del empleo en Euskadi"),
        ("2026-02-10", "Carnavales: programa completo en Bilbao y Mundaka"),
        ("2026-02-24", "Temporal en la costa: alerta naranja en Bizkaia"),
    ]
    out = []
    for i, (day, head) in enumerate(news):
        out.append(
            m(
                f"85{i:02d}",
                f"{day} 06:30",
                "Nerbioi Egunkaria <boletin@nerbioiegunkaria.example>",
                f"Titulares de hoy: {head}",
                ES,
                html=f"<html><body><h2>Nerbioi Egunkaria</h2><p><b>{head}</b></p><p>Además: deportes, tiempo y agenda.</p><p><a href='https://nerbioiegunkaria.example/hoy'>Leer el periódico</a></p></body></html>",
            )
        )
    km = ["42,1", "55,7", "38,0", "61,3", "29,8", "47,5", "52,2", "33,9"]
    for i, k in enumerate(km):
        day = [
            "2025-09-29",
            "2025-10-13",
            "2025-10-27",
            "2025-11-17",
            "2025-12-08",
            "2026-01-05",
            "2026-01-26",
            "2026-02-16",
        ][i]
        out.append(
            m(
                f"86{i:02d}",
                f"{day} 08:00",
                "Strava <no-reply@strava.com>",
                f"Tu resumen semanal: {k} km",
                ES,
                html=f"<html><body><p>¡Buena semana, Iker! Has recorrido <b>{k} km</b>. Tu segmento favorito: subida a Artxanda.</p></body></html>",
            )
        )
    for i, (ym, mes) in enumerate(zip(DAYS, MONTHS, strict=True)):
        out.append(
            m(
                f"87{i:02d}",
                f"{ym}-01 07:1{i}",
                "Kirolgune Indautxu <recibos@kirolgune.example>",
                f"Recibo cuota {mes}",
                ES,
                f"Hola Iker,\n\nTe informamos de que se ha emitido el recibo de tu cuota mensual de {mes}: 39,90 EUR.\n\nKirolgune Indautxu",
            )
        )
    fincas = [
        (
            "2025-09-17 12:00",
            "Convocatoria Junta General Ordinaria - Iparraguirre 52",
            "Se convoca a los propietarios e inquilinos a la Junta General Ordinaria el 2 de octubre a las 19:00 en el portal. Orden del día: cuentas, ascensor, derrama fachada.",
        ),
        (
            "2025-10-06 12:00",
            "Acta de la Junta - Iparraguirre 52",
            "Adjuntamos el acta de la junta del 2 de octubre. Se aprueba la derrama para la fachada.",
        ),
        (
            "2025-11-20 12:00",
            "Aviso: corte de agua el martes 25",
            "Por reparación de la acometida, el martes 25 no habrá agua de 9:00 a 13:00.",
        ),
        (
            "2026-02-06 12:00",
            "Revisión del ascensor",
            "La empresa mantenedora realizará la inspección periódica del ascensor el 11 de febrero.",
        ),
    ]
    for i, (when, subj, body) in enumerate(fincas):
        out.append(
            m(
                f"88{i:02d}",
                when,
                "Administración Fincas Ercilla <comunidades@fincasercilla.example>",
                subj,
                ES,
                body + "\n\nAdministración de Fincas Ercilla",
            )
        )
    sec = [
        (
            "2025-10-05 21:33",
            "Alerta de seguridad",
            "Se ha iniciado sesión en tu cuenta de Google desde un nuevo dispositivo Windows. Si has sido tú, no tienes que hacer nada.",
        ),
        (
            "2026-01-31 18:02",
            "Alerta de seguridad",
            "Se ha añadido una nueva contraseña de aplicación a tu cuenta. Si no has sido tú, revisa tu actividad.",
        ),
    ]
    for i, (when, subj, body) in enumerate(sec):
        out.append(m(f"89{i:02d}", when, "Google <no-reply@accounts.google.com>", subj, ES, body))
    return out


MAIL: list[dict[str, Any]] = [
    *_monthly(),
    *_more(),
    *_newsletters(),
    *_shop(),
    # --- alquiler: a flat "application" in Deusto --------------------------------------------------
    m(
        "84001",
        "2025-09-05 20:14",
        "Pisuak <avisos@pisuak.example>",
        "Has contactado con el anunciante: Piso en Deusto, 3 hab.",
        ES,
        "Hola Iker,\n\nTu mensaje sobre el piso de Calle Lehendakari Aguirre (Deusto, 850 EUR/mes) se ha enviado al anunciante, Inmobiliaria Abando Etxeak. Te responderá directamente.\n\nPisuak - Tu casa en Euskadi",
    ),
    m(
        "84002",
        "2025-09-08 11:30",
        "Abando Etxeak <alquileres@abandoetxeak.example>",
        "Visita piso Lehendakari Aguirre - jueves 11",
        ES,
        "Buenos días Iker,\n\nLe confirmo la visita al piso el jueves 11 de septiembre a las 18:30. Le espera Gorka en el portal.\n\nAbando Etxeak - Gestión de alquileres",
        ics={
            "start": "2025-09-11 18:30:00 +0200",
            "uid": "visita-lehendakari-2291@abandoetxeak.example",
            "organizer": ("Abando Etxeak", "alquileres@abandoetxeak.example"),
            "summary": "Visita piso Lehendakari Aguirre 3ºB",
            "minutes": 30,
            "style": "google",
            "location": "Lehendakari Aguirre 31, Bilbao",
        },
    ),
    m(
        "84003",
        "2025-09-12 10:02",
        "Abando Etxeak <alquileres@abandoetxeak.example>",
        "Solicitud de alquiler - documentación",
        ES,
        "Hola Iker,\n\nGracias por su interés tras la visita. Para tramitar su solicitud de alquiler necesitamos: DNI, las tres últimas nóminas o la prestación por desempleo, contrato laboral o vida laboral, y el formulario adjunto firmado. La propiedad valorará las solicitudes por orden de entrada.\n\nUn saludo,\nAbando Etxeak",
        attach=[
            ("Solicitud_arrendamiento.pdf", "application/pdf", "%PDF-1.4 solicitud arrendamiento")
        ],
    ),
    m(
        "84004",
        "2025-09-19 13:45",
        "Abando Etxeak <alquileres@abandoetxeak.example>",
        "Su solicitud de alquiler",
        ES,
        "Hola Iker,\n\nLamentamos comunicarle que la propiedad ha elegido otra solicitud para el piso de Lehendakari Aguirre, con un contrato indefinido en vigor. Le tendremos en cuenta si sale algo similar.\n\nAbando Etxeak",
    ),
    m(
        "84005",
        "2026-01-19 19:02",
        "Pisuak <avisos@pisuak.example>",
        "Nuevos pisos en alquiler en Indautxu que encajan con tu búsqueda",
        ES,
        html="<html><body><p>3 pisos nuevos en <b>Indautxu</b> para tu alerta:</p><ul><li>2 hab. · 920 EUR/mes · Calle Urquijo</li><li>3 hab. · 1.050 EUR/mes · Alameda Mazarredo</li></ul></body></html>",
    ),
    m(
        "84006",
        "2026-02-04 12:20",
        "Abando Etxeak <alquileres@abandoetxeak.example>",
        "Solicitud aceptada - piso Alameda Mazarredo",
        ES,
        "Hola Iker,\n\nBuenas noticias: la propiedad ha aceptado su solicitud para el piso de Alameda Mazarredo. Para la firma del contrato de arrendamiento le proponemos el viernes 13 a las 10:00 en nuestra oficina. Fianza: dos mensualidades.\n\nZorionak!\nAbando Etxeak",
    ),
    # --- tarjeta de crédito / banco -----------------------------------------------------------------
    m(
        "84101",
        "2025-10-02 10:00",
        "Nerbioi Kutxa <ofertas@nerbioikutxa.example>",
        "Iker, tienes una oferta preconcedida: Tarjeta Oro sin comisiones",
        ES,
        html="<html><body><h2>Oferta exclusiva para ti</h2><p>Solicita ahora tu Tarjeta Oro Nerbioi sin cuota el primer año y con un 3 % de devolución en gasolineras.</p><p><a href='https://nerbioikutxa.example/tarjetas'>Solicitar</a></p><p style='font-size:10px'>Oferta sujeta a aprobación. TAE 21,7 %.</p></body></html>",
    ),
    m(
        "84102",
        "2025-10-05 21:31",
        "Nerbioi Kutxa <tarjetas@nerbioikutxa.example>",
        "Hemos recibido tu solicitud de tarjeta",
        ES,
        "Hola Iker, hemos recibido tu solicitud de la Tarjeta Oro. La estamos estudiando y te diremos algo en un máximo de 48 horas.\n\nNerbioi Kutxa",
    ),
    m(
        "84103",
        "2025-10-07 09:12",
        "Nerbioi Kutxa <tarjetas@nerbioikutxa.example>",
        "Tu solicitud ha sido aprobada",
        ES,
        "¡Enhorabuena, Iker! Tu solicitud de Tarjeta Oro ha sido aprobada con un límite de 3.000 EUR. La recibirás en tu domicilio en 5-7 días.\n\nNerbioi Kutxa",
    ),
    m(
        "84104",
        "2025-12-01 10:00",
        "Aseguradora Gure Bidea <ofertas@gurebidea.example>",
        "Renovación de tu seguro de coche: tenemos una oferta para ti",
        ES,
        "Hola Iker, tu seguro a terceros ampliado vence el 15 de enero. Renueva ahora y te aplicamos un 15 % de descuento. Tu oferta personalizada: 312 EUR/año.\n\nGure Bidea Seguros",
    ),
    # --- Osakidetza / Hacienda Foral / ITV ---------------------------------------------------------
    m(
        "84201",
        "2025-09-24 08:00",
        "Osakidetza <noreply@osakidetza.eus>",
        "Cita previa confirmada - Centro de Salud Indautxu",
        ES,
        "Osakidetza - Servicio Vasco de Salud\n\nSe ha confirmado su cita:\nPaciente: IKER ZABALA ETXEBERRIA\nCentro: C.S. Indautxu\nProfesional: Medicina de Familia\nFecha: 29/09/2025 09:20\n\nSi no puede acudir, anule la cita para que otra persona pueda utilizarla.",
    ),
    m(
        "84202",
        "2025-11-11 12:30",
        "Osakidetza <noreply@osakidetza.eus>",
        "Cita previa confirmada - Extracción",
        ES,
        "Osakidetza\n\nSe ha confirmado su cita:\nCentro: C.S. Indautxu - Extracciones\nFecha: 14/11/2025 08:10\nAcuda en ayunas.",
    ),
    m(
        "84203",
        "2026-01-08 09:45",
        "Osakidetza <noreply@osakidetza.eus>",
        "Recordatorio de cita - Traumatología Hospital Basurto",
        ES,
        "Osakidetza\n\nLe recordamos su cita en Consultas Externas de Traumatología, Hospital Universitario Basurto, el 15/01/2026 a las 11:40 (Pabellón Arrupe).",
    ),
    m(
        "84211",
        "2025-10-09 10:00",
        "Bizkaiko Foru Aldundia - Ogasuna <notificaciones@bizkaia.eus>",
        "Notificación electrónica disponible / Jakinarazpen elektronikoa",
        ES,
        "Egun on / Buenos días:\n\nTiene a su disposición una notificación del Departamento de Hacienda y Finanzas en la sede electrónica (BizkaiBai). Dispone de 10 días naturales para acceder a ella.\n\nBizkaiko Foru Aldundia / Diputación Foral de Bizkaia",
    ),
    m(
        "84212",
        "2025-10-10 18:12",
        "Bizkaiko Foru Aldundia - Ogasuna <notificaciones@bizkaia.eus>",
        "Justificante de acceso a notificación",
        ES,
        "Ha accedido a la notificación nº 2025/NT/881203 (Liquidación Impuesto sobre Vehículos de Tracción Mecánica). Importe: 104,20 EUR.\n\nHacienda Foral de Bizkaia",
    ),
    m(
        "84213",
        "2026-02-10 09:00",
        "Bizkaiko Foru Aldundia - Ogasuna <info@bizkaia.eus>",
        "Campaña de Renta 2025: datos fiscales y novedades",
        ES,
        "Le informamos de que a partir de abril podrá consultar su propuesta de autoliquidación de IRPF 2025 en BizkaiBai. Revise sus datos personales y su cuenta bancaria.\n\nHacienda Foral de Bizkaia",
    ),
    m(
        "84221",
        "2025-12-02 16:40",
        "ITV Bizkaia <citas@itvbizkaia.example>",
        "Confirmación de cita ITV - Arrigorriaga",
        ES,
        "Su cita para la inspección del vehículo 4471-KLM ha sido confirmada: 10/12/2025 a las 08:45, estación de Arrigorriaga. Traiga la ficha técnica y el permiso de circulación.",
    ),
    # --- clubs: mendi taldea, pelota, marathon, euskaltegi ------------------------------------------
    m(
        "84301",
        "2025-09-04 21:00",
        "Gorbeia Mendi Taldea <idazkaritza@gorbeiamendi.example>",
        "Irteera: Anboto (21 de septiembre) - inscripción abierta",
        ES,
        "Kaixo lagunok!\n\nYa está abierta la inscripción para la salida a Anboto del domingo 21. Autobús desde Plaza Moyúa a las 7:30. Socios 12 EUR, no socios 18 EUR. Para inscribirse, responded a este correo antes del miércoles.\n\nAgur bero bat,\nIdazkaritza - Gorbeia Mendi Taldea",
    ),
    m(
        "84302",
        "2025-09-16 09:30",
        "Gorbeia Mendi Taldea <idazkaritza@gorbeiamendi.example>",
        "Inscripción confirmada - Anboto",
        ES,
        "Kaixo Iker, tu inscripción para Anboto está confirmada (plaza 27). Recuerda calzado adecuado y agua.\n\nIdazkaritza",
    ),
    m(
        "84303",
        "2025-11-12 20:05",
        "Gorbeia Mendi Taldea <idazkaritza@gorbeiamendi.example>",
        "Asamblea anual y renovación de licencia federativa 2026",
        ES,
        "Kaixo! La asamblea general será el viernes 28 de noviembre a las 19:30 en el local. También os recordamos que la licencia de la federación para 2026 se tramita antes del 15 de diciembre.\n\nIdazkaritza",
    ),
    m(
        "84304",
        "2026-01-25 18:00",
        "Gorbeia Mendi Taldea <idazkaritza@gorbeiamendi.example>",
        "Curso de iniciación a la alta montaña invernal",
        ES,
        "Kaixo! Este año repetimos el curso de crampones y piolet en Gorbeia (7-8 de febrero). Plazas limitadas a 12 personas. Inscripción en el local o por correo.\n\nIdazkaritza",
    ),
    m(
        "84311",
        "2025-10-13 19:10",
        "Deustuko Pilota Elkartea <pilota.deusto@gmail.com>",
        "Txapelketa de pala - inscripción de parejas",
        ES,
        "Kaixo pilotazaleak!\n\nEl torneo social de pala empieza el 3 de noviembre en el frontón de Deusto. La inscripción de parejas se cierra el día 25. Cuota: 15 EUR por pareja.\n\nZuzendaritza",
    ),
    m(
        "84312",
        "2025-10-24 22:31",
        "Deustuko Pilota Elkartea <pilota.deusto@gmail.com>",
        "Re: inscripción Iker Zabala / Asier Urrutia",
        ES,
        "Kaixo Iker, apuntados. Jugáis el primer partido el martes 4 a las 20:00 contra Etxebarria-Goiri. Suerte!\n\nJosetxu",
    ),
    m(
        "84321",
        "2025-09-27 10:00",
        "Bilbao Night Marathon <info@bilbaonightmarathon.example>",
        "Tu dorsal para la 10K: recogida y horarios",
        ES,
        html="<html><body><p>Hola Iker,</p><p>Tu inscripción en la <b>10K</b> está confirmada. Dorsal: <b>4412</b>. Recogida en el Palacio Euskalduna el viernes 17 y sábado 18 de octubre.</p></body></html>",
    ),
    m(
        "84331",
        "2025-09-01 09:00",
        "AEK Bilbo Euskaltegia <bilbo@aek-euskaltegi.example>",
        "Matrícula curso 2025-2026 / Izen-ematea",
        ES,
        "Kaixo Iker!\n\nZure izen-ematea jaso dugu B2 mailarako (astelehen eta asteazkenetan, 19:00-21:00). Ikasturtea irailaren 22an hasiko da.\n\nHemos recibido tu matrícula para el nivel B2 (lunes y miércoles, 19:00-21:00). El curso empieza el 22 de septiembre.\n\nOndo izan!",
    ),
    m(
        "84332",
        "2025-12-17 12:00",
        "AEK Bilbo Euskaltegia <bilbo@aek-euskaltegi.example>",
        "Gabonetako oporrak / Vacaciones de Navidad",
        ES,
        "Kaixo! Gogoratu Abenduaren 22tik urtarrilaren 7ra ez dagoela klaserik. Urte berri on!\n\nOs recordamos que del 22 de diciembre al 7 de enero no hay clase. Urte berri on!",
    ),
    # --- podcasts / webinars / calendar invites that are not interviews --------------------------------
    m(
        "84401",
        "2025-10-01 08:00",
        "Mantenimiento en Planta (podcast) <hola@mantenimientoenplanta.example>",
        "Nuevo episodio: entrevistamos a un jefe de mantenimiento de una acería",
        ES,
        "Episodio 47 ya disponible. Nuestra entrevista de hoy: 30 años de mantenimiento en hornos de arco eléctrico, de la llave inglesa al análisis de aceite.\n\nEscúchalo en tu plataforma favorita.",
    ),
    m(
        "84402",
        "2026-01-14 08:00",
        "Mantenimiento en Planta (podcast) <hola@mantenimientoenplanta.example>",
        "Ep. 58 - Entrevista: ¿ha muerto el preventivo?",
        ES,
        "En este episodio entrevistamos a una consultora de fiabilidad sobre por qué muchas plantas siguen haciendo preventivo a ciegas.",
    ),
    m(
        "84411",
        "2025-11-05 12:00",
        "Clúster de Mantenimiento de Euskadi <eventos@mantenimientoeuskadi.example>",
        'Invitación: Webinar "Termografía aplicada" - 12 de noviembre',
        ES,
        "Le confirmamos su inscripción en el webinar Termografía aplicada al mantenimiento eléctrico. Adjuntamos la convocatoria.",
        ics={
            "start": "2025-11-12 17:00:00 +0100",
            "uid": "webinar-termografia-2025@mantenimientoeuskadi.example",
            "organizer": (
                "Clúster de Mantenimiento de Euskadi",
                "eventos@mantenimientoeuskadi.example",
            ),
            "summary": "Webinar: Termografía aplicada al mantenimiento eléctrico",
            "minutes": 90,
            "style": "outlook",
            "description": "Reunión de Microsoft Teams\nId. de reunión: 301 882 745 611",
        },
    ),
    m(
        "84421",
        "2025-10-20 10:10",
        "Clínica Dental Indautxu <citas@dentalindautxu.example>",
        "Recordatorio: revisión y limpieza",
        ES,
        "Hola Iker, te recordamos tu cita de revisión y limpieza el lunes 27 de octubre a las 17:30 con la Dra. Elorza. Adjuntamos cita para tu calendario.",
        ics={
            "start": "2025-10-27 17:30:00 +0100",
            "uid": "cita-88312@dentalindautxu.example",
            "organizer": ("Clínica Dental Indautxu", "citas@dentalindautxu.example"),
            "summary": "Revisión dental - Dra. Elorza",
            "minutes": 45,
            "style": "google",
            "location": "Calle Licenciado Poza 21, Bilbao",
        },
    ),
    m(
        "84422",
        "2025-12-10 19:22",
        "Ane Gorostiza <ane.gorostiza@gmail.com>",
        "Invitación: Cena cuadrilla Navidad @ vie 19 dic 21:00",
        ES,
        "Ane Gorostiza te ha invitado a este evento.\n\nCena cuadrilla Navidad\nviernes, 19 de diciembre · 21:00 – 23:59\nSociedad Gastronómica Txoko Zaharra, Casco Viejo\n\n¿Asistirás? Sí - Quizás - No",
        ics={
            "start": "2025-12-19 21:00:00 +0100",
            "uid": "7f2cena2025@google.com",
            "organizer": ("Ane Gorostiza", "ane.gorostiza@gmail.com"),
            "summary": "Cena cuadrilla Navidad",
            "minutes": 179,
            "style": "google",
            "location": "Txoko Zaharra, Casco Viejo, Bilbao",
        },
    ),
    # --- friends and family --------------------------------------------------------------------------
    m(
        "84501",
        "2025-09-14 22:10",
        "Ane Gorostiza <ane.gorostiza@gmail.com>",
        "¡Nuevo curro!",
        ES,
        "Iker!!\n\nTe cuento: al final me han cogido en la ingeniería de Getxo, empiezo el 1 de octubre. La entrevista final fue durísima pero salió bien. Oferta cerrada y firmada 🎉\n\n¿Y tú qué tal con la búsqueda? Si quieres te paso contactos de allí.\n\nMuxu bat,\nAne",
    ),
    m(
        "84502",
        "2025-09-15 08:05",
        "Iker Zabala <iker.zabala.etxe@gmail.com>",
        "Re: ¡Nuevo curro!",
        ES,
        "Zorionak Ane!! Me alegro un montón. Yo voy echando CVs, tengo un par de procesos abiertos. Lo celebramos el sábado.\n\nIker",
        to="Ane Gorostiza <ane.gorostiza@gmail.com>",
    ),
    m(
        "84511",
        "2025-10-30 21:44",
        "Mikel Urrutia <mikel.urrutia@outlook.es>",
        "lo de mi empresa",
        ES,
        "Ey Iker, en mi empresa (la de Zamudio) están buscando gente de mantenimiento pero es más de técnico que de ingeniero, no creo que te encaje. Yo sigo con lo mío, me han subido de categoría por fin. A ver si quedamos para el Athletic.\n\nMikel",
    ),
    m(
        "84512",
        "2026-01-13 20:20",
        "Mikel Urrutia <mikel.urrutia@outlook.es>",
        "Re: noticia",
        ES,
        "Joder, zorionak!! Norrvik es una pasada. Ya me contarás qué tal el primer día. Esto hay que celebrarlo con unos pintxos.\n\nMikel\n\n> El lun, 12 ene 2026, Iker Zabala escribió:\n> Ya es oficial, he aceptado lo de Norrvik, empiezo el 2 de febrero.",
    ),
    m(
        "84521",
        "2025-11-02 11:15",
        "Amaia Etxeberria <amaia.etxeberria1961@gmail.com>",
        "comida del domingo",
        ES,
        "Iker maitia, el domingo comemos en casa de la tía en Getxo. Trae pan de la panadería de abajo. ¿Qué tal las entrevistas? No te agobies, ya saldrá algo.\n\nMuxus, ama",
    ),
    m(
        "84522",
        "2026-01-12 19:02",
        "Amaia Etxeberria <amaia.etxeberria1961@gmail.com>",
        "Re: buenas noticias",
        ES,
        "¡Qué alegría, hijo! Ya se lo he dicho al aita, está muy orgulloso. El domingo lo celebramos.\n\nAma",
    ),
    m(
        "84531",
        "2025-12-21 17:30",
        "Asier Urrutia <asier.urrutia@gmail.com>",
        "fotos txapelketa",
        ES,
        "Iker, te paso las fotos de la final de pala. Subcampeones, no está mal para dos viejos 😂\n\nhttps://photos.example/album/pala2025",
    ),
    # --- social network and LinkedIn non-job ----------------------------------------------------------------
    m(
        "84601",
        "2025-10-02 18:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Felicita a Ane Gorostiza por su nuevo empleo",
        ES,
        html="<html><body><p><b>Ane Gorostiza</b> ha empezado un nuevo cargo como Ingeniera de Proyectos en Sareko Ingeniería.</p><p><a href='https://www.linkedin.com/feed/'>Dar la enhorabuena</a></p></body></html>",
    ),
    m(
        "84602",
        "2025-11-09 18:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Apareciste en 14 búsquedas esta semana",
        ES,
        html="<html><body><p>Iker, apareciste en <b>14 búsquedas</b> esta semana.</p><p>Personas de Norrvik Energy y Harlow Stanton buscaron perfiles como el tuyo.</p></body></html>",
    ),
    m(
        "84603",
        "2026-02-03 18:30",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Mikel Urrutia y 23 personas más han reaccionado a tu publicación",
        ES,
        html="<html><body><p>Tu publicación «Hoy empiezo una nueva etapa en Norrvik Energy como Reliability Engineer» está teniendo buena acogida.</p></body></html>",
    ),
    m(
        "84604",
        "2025-12-28 10:00",
        "Strava <no-reply@strava.com>",
        "Tu año en Strava 2025",
        ES,
        html="<html><body><h1>Tu 2025</h1><p>1.214 km · 38.400 m de desnivel · 96 actividades</p></body></html>",
    ),
    # --- subscriptions / misc ---------------------------------------------------------------------------------
    m(
        "84701",
        "2025-09-20 09:00",
        "Pantaila+ <hola@pantailaplus.example>",
        "Nuevo en Pantaila+: la serie de la que todo el mundo habla",
        ES,
        html="<html><body><p>Esta semana: estrenos de thriller nórdico y el documental sobre los astilleros de la ría.</p></body></html>",
    ),
    m(
        "84702",
        "2025-11-25 09:00",
        "Pantaila+ <hola@pantailaplus.example>",
        "Oferta Black Friday: 3 meses a mitad de precio",
        ES,
        html="<html><body><h2>Solo esta semana</h2><p>Oferta: 3 meses de Pantaila+ Premium a 4,99 EUR/mes.</p></body></html>",
    ),
    m(
        "84703",
        "2026-01-02 09:00",
        "Pantaila+ <facturacion@pantailaplus.example>",
        "Recibo de tu suscripción",
        ES,
        "Hemos cobrado 9,99 EUR por tu suscripción Pantaila+ Estándar (enero 2026).",
    ),
    m(
        "84711",
        "2025-10-15 10:30",
        "Merkatu Plaza <club@merkatuplaza.example>",
        "Tus ofertas personalizadas de la semana",
        ES,
        html="<html><body><p>Iker, estas son tus ofertas de esta semana con tu tarjeta Club: 2x1 en bonito del norte, -30 % en queso Idiazabal.</p></body></html>",
    ),
    m(
        "84712",
        "2025-12-12 10:30",
        "Merkatu Plaza <club@merkatuplaza.example>",
        "Ofertas de Navidad: reserva tu besugo",
        ES,
        html="<html><body><p>Reserva ya tus productos de Navidad. Ofertas válidas hasta el 24 de diciembre.</p></body></html>",
    ),
    m(
        "84713",
        "2026-02-12 10:30",
        "Merkatu Plaza <club@merkatuplaza.example>",
        "Tienes un cheque de 6 EUR",
        ES,
        html="<html><body><p>Has acumulado 6 EUR en tu tarjeta Club. Úsalos antes del 28 de febrero.</p></body></html>",
    ),
    m(
        "84721",
        "2025-11-14 20:00",
        "RRHH Hoy <newsletter@rrhhhoy.example>",
        "Por qué las empresas tardan tanto en contestar a los candidatos",
        ES,
        html="<html><body><h1>RRHH Hoy</h1><p>El 'ghosting' en los procesos de selección crece: analizamos datos de 2.000 candidaturas y hablamos con técnicos de selección.</p></body></html>",
    ),
    m(
        "84722",
        "2026-01-23 20:00",
        "RRHH Hoy <newsletter@rrhhhoy.example>",
        "5 errores en la carta de presentación (y cómo evitarlos)",
        ES,
        html="<html><body><h1>RRHH Hoy</h1><p>Además: la nueva ley de transparencia salarial y las ofertas de empleo.</p></body></html>",
    ),
    m(
        "84731",
        "2025-10-11 08:00",
        "Flyzaina <reservas@flyzaina.example>",
        "Confirmación de reserva BIO-MAD",
        ES,
        "Localizador: K7QZ2P\nBilbao (BIO) - Madrid (MAD) · 12/11/2025 07:05\nMadrid (MAD) - Bilbao (BIO) · 13/11/2025 20:40\nPasajero: ZABALA ETXEBERRIA/IKER\n\nGracias por volar con Flyzaina.",
    ),
    m(
        "84732",
        "2025-11-11 07:05",
        "Flyzaina <checkin@flyzaina.example>",
        "Ya puedes hacer el check-in: BIO-MAD",
        ES,
        "Hola Iker, tu vuelo de mañana sale a las 07:05. Haz el check-in online y descarga tu tarjeta de embarque.",
    ),
    m(
        "84741",
        "2025-09-29 12:00",
        "Gmail Team <mail-noreply@google.com>",
        "Tips for using your new inbox",
        EN,
        "Hi Iker,\n\nHere are a few tips to get the most out of Gmail: use labels, try smart compose and set up filters.\n\nThe Gmail Team",
    ),
    m(
        "84751",
        "2026-02-20 11:00",
        "Abando Etxeak <alquileres@abandoetxeak.example>",
        "Contrato firmado y entrega de llaves",
        ES,
        "Hola Iker, le adjuntamos copia del contrato de arrendamiento firmado. Entrega de llaves el 1 de marzo. ¡Bienvenido a su nuevo piso!\n\nAbando Etxeak",
        attach=[
            (
                "Contrato_arrendamiento_Mazarredo.pdf",
                "application/pdf",
                "%PDF-1.4 contrato arrendamiento",
            )
        ],
    ),
    m(
        "84761",
        "2025-12-23 12:00",
        "Bilbao Bizkaia Euskal Herriko Kutxa Fundazioa <agenda@fundazioa.example>",
        "Zorionak eta urte berri on! / Felices fiestas",
        ES,
        "Zorionak eta urte berri on! Os deseamos unas felices fiestas. Consulta la agenda cultural de enero en nuestra web.",
    ),
]

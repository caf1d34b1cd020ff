# ruff: noqa: E501
"""Corpus 68, the rest of a Santiago inbox (not job mail; data only): see heldout68.py."""

from __future__ import annotations

from typing import Any


def _tz(day: str) -> str:
    return "-0400" if day < "2025-09-07" else "-0300"


def N(
    key: str,
    when: str,
    frm: str,
    subject: str,
    text: str | None = None,
    html: str | None = None,
    lang: str = "es",
    **kw: Any,
) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec: dict[str, Any] = {
        "id": f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{dom}>",
        "date": f"{when}:00 {_tz(when[:10])}",
        "from": frm,
        "subject": subject,
        "t": ("not_job", lang),
    }
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def ev(start, org, uid, summary, minutes=60, **kw):
    e = {
        "start": f"{start}:00 {_tz(start[:10])}",
        "organizer": org,
        "uid": uid,
        "summary": summary,
        "minutes": minutes,
    }
    e.update(kw)
    return e


MESES = {
    "08": "agosto",
    "09": "septiembre",
    "10": "octubre",
    "11": "noviembre",
    "12": "diciembre",
    "01": "enero",
}

# Monthly bills and statements: (month "YYYY-MM", day, amount) per sender.
_CARD = [
    ("2025-08", "07", "$412.390"),
    ("2025-09", "08", "$538.120"),
    ("2025-10", "07", "$366.804"),
    ("2025-11", "07", "$451.077"),
    ("2025-12", "09", "$702.455"),
    ("2026-01", "08", "$389.960"),
]
_LUZ = [
    ("2025-08", "12", "$38.420"),
    ("2025-09", "11", "$35.910"),
    ("2025-10", "13", "$31.200"),
    ("2025-11", "12", "$29.840"),
    ("2025-12", "11", "$30.115"),
    ("2026-01", "12", "$33.670"),
]
_NET = [
    ("2025-08", "03", "$27.990"),
    ("2025-09", "03", "$27.990"),
    ("2025-10", "03", "$27.990"),
    ("2025-11", "03", "$29.490"),
    ("2025-12", "03", "$29.490"),
    ("2026-01", "03", "$29.490"),
]
_ISAPRE = [
    ("2025-08", "15"),
    ("2025-09", "16"),
    ("2025-10", "15"),
    ("2025-11", "17"),
    ("2025-12", "15"),
    ("2026-01", "15"),
]
_STREAM = [
    ("2025-08", "21"),
    ("2025-09", "21"),
    ("2025-10", "21"),
    ("2025-11", "21"),
    ("2025-12", "21"),
    ("2026-01", "21"),
]


def _monthly() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, (ym, d, amt) in enumerate(_CARD):
        mes = MESES[ym[5:]]
        out.append(
            N(
                f"80{i}1",
                f"{ym}-{d} 06:12",
                "Banco Andino <estadodecuenta@bancoandino.cl>",
                f"Tu estado de cuenta de {mes} ya está disponible",
                html=f"<html><body><p>Hola Valentina,</p><p>Tu estado de cuenta de la Tarjeta de Crédito Andino Visa Signature terminada en 4417 correspondiente a {mes} ya está disponible.</p><p>Monto facturado: <b>{amt}</b><br>Pago mínimo: ver detalle</p><p>Recuerda que puedes pagar en la App Andino.</p></body></html>",
            )
        )
    for i, (ym, d, amt) in enumerate(_LUZ):
        out.append(
            N(
                f"81{i}2",
                f"{ym}-{d} 10:30",
                "Eléctrica Metropolitana <boleta@electricametro.cl>",
                f"Tu boleta de {MESES[ym[5:]]} - Cliente N° 2290417-3",
                f"Estimada clienta:\n\nTu boleta electrónica está disponible. Total a pagar: {amt}. Vencimiento en 15 días.\n\nDirección de suministro: Av. Los Leones 1290, depto 804, Providencia.\n\nRecuerda que puedes suscribirte al pago automático (PAC/PAT).",
            )
        )
    for i, (ym, d, amt) in enumerate(_NET):
        out.append(
            N(
                f"82{i}3",
                f"{ym}-{d} 04:45",
                "Fibra Austral <no-reply@fibraaustral.cl>",
                "Tu boleta de servicios Hogar está disponible",
                html=f"<html><body><p>Hola Valentina, tu boleta Fibra 600 Mega está lista.</p><p>Total: <b>{amt}</b>. Se cargará automáticamente a tu tarjeta.</p></body></html>",
            )
        )
    for i, (ym, d) in enumerate(_ISAPRE):
        out.append(
            N(
                f"83{i}4",
                f"{ym}-{d} 09:00",
                "Isapre Vidasur <contacto@vidasur.cl>",
                f"Comprobante de cotización {MESES[ym[5:]]}",
                "Estimada afiliada:\n\nInformamos que se recibió el pago de su cotización de salud correspondiente al período indicado. Puede descargar su certificado en la sucursal virtual.\n\nIsapre Vidasur",
            )
        )
    for i, (ym, d) in enumerate(_STREAM):
        out.append(
            N(
                f"84{i}5",
                f"{ym}-{d} 03:17",
                "Cineflix <info@mailer.cineflix.com>",
                "Tu recibo de Cineflix",
                "Hola Valentina:\n\nGracias por ser parte de Cineflix. Cobramos $7.990 (Plan Estándar con anuncios) a tu Visa •••• 4417.\n\n¿Preguntas? Visita el Centro de ayuda.",
                lang="es",
            )
        )
    return out


MAIL: list[dict[str, Any]] = [
    *_monthly(),
    # --- friends and family ------------------------------------------------------------------
    N(
        "90001",
        "2025-08-02 11:20",
        "Fernanda Araya <fer.araya.s@gmail.com>",
        "asado domingo",
        "Vale!! el domingo asado donde mi papá en La Florida, llega tipo 1. Lleva pebre porfa que el tuyo es el mejor jaja\n\nbesos",
    ),
    N(
        "90002",
        "2025-08-07 22:03",
        "Nicolás Vergara <nico.vergara.p@gmail.com>",
        "Re: pega",
        "Vale, le pasé tu CV al Rodrigo de Los Boldos como te dije, pero ojo que él es medio lento para responder. Igual es buena onda.\n\nEn mi pega está todo igual, nos cambiaron al jefe otra vez, ya van tres este año. Si sabes de algo en data engineering avísame jaja\n\nNico",
    ),
    N(
        "90003",
        "2025-08-15 19:41",
        "Mamá <patricia.sepulveda61@gmail.com>",
        "receta kuchen",
        "Hija te mando la receta del kuchen de la tía Lucy como me pediste. Harina 250 g, mantequilla 125 g, un huevo, azúcar 100 g... el resto te lo dicto por teléfono mejor.\n\nCómo te fue en la entrevista? Cuéntame.\nTe quiere tu mamá",
    ),
    N(
        "90004",
        "2025-08-22 13:05",
        "Javiera Toledo <jtoledo.ing@gmail.com>",
        "Fwd: foto del paseo",
        "jajaja mira esta foto del paseo a Cajón del Maipo\n\n---------- Forwarded message ---------\nDe: Ale Soto\nAsunto: foto del paseo\n\nAhí va la foto grupal!",
        attach=[("IMG_4821.jpg", "image/jpeg", "JFIF")],
    ),
    N(
        "90005",
        "2025-09-10 20:14",
        "Grupo Ex-Compañeros U <excompas.ingcomercial@googlegroups.com>",
        "Once para las fiestas patrias",
        "Hola a todos! Propongo juntarnos el sábado 13 a tomar once antes del 18. Yo pongo la casa en Ñuñoa. La Cata dice que se viene a vivir a Chile después de 5 años en Madrid.\n\nQuién se anota?\n\nPía",
    ),
    N(
        "90006",
        "2025-09-17 10:10",
        "Fernanda Araya <fer.araya.s@gmail.com>",
        "fonda",
        "Vamos a la fonda del Parque O'Higgins el 19? Dicen que este año hay más cuecas que nunca jaja. Voy con el Cristóbal y unos amigos de su pega",
    ),
    N(
        "90007",
        "2025-10-04 18:33",
        "Catalina Bravo <cata.bravo.h@outlook.com>",
        "volví!!",
        "Vale! Ya estoy en Santiago, llegué el miércoles. Me cambié de pega también, ahora estoy en una consultora de sostenibilidad, entré en remoto desde Madrid y ahora sigo acá. Mi jefa es un amor.\n\nVamos por un café esta semana? Yo estoy por Providencia.\n\nCata",
    ),
    N(
        "90008",
        "2025-10-18 09:22",
        "Papá <jorge.araya.m@gmail.com>",
        "auto",
        "Vale, el martes llevo el auto a la revisión técnica. Si necesitas que te lleve a alguna entrevista me avisas nomás.\n\nPapá",
    ),
    N(
        "90009",
        "2025-10-25 23:40",
        "Nicolás Vergara <nico.vergara.p@gmail.com>",
        "jaja",
        "Oye supe que el Rodrigo te llamó para conversar, bien!! Ahora a mí me entrevistaron para una pega en una minera, hice la psicolaboral ayer, 3 horas de dibujar árboles y personas bajo la lluvia jajaja. Te cuento cómo me va\n\nNico",
    ),
    N(
        "90010",
        "2025-11-02 12:00",
        "Mamá <patricia.sepulveda61@gmail.com>",
        "cumpleaños abuela",
        "Hija recuerda que el sábado 8 es el cumpleaños de la abuela, 85 años. Almuerzo en San Bernardo a las 13:30. Tu hermana lleva la torta.\nBesos",
    ),
    N(
        "90011",
        "2025-11-16 21:35",
        "Javiera Toledo <jtoledo.ing@gmail.com>",
        "elecciones",
        "Fuiste a votar? Yo me demoré una hora en el liceo, fila eterna. Tú eras vocal de mesa no?? jaja qué lata",
    ),
    N(
        "90012",
        "2025-11-27 19:02",
        "Catalina Bravo <cata.bravo.h@outlook.com>",
        "Re: volví!!",
        "Y cómo vas con la búsqueda? Si quieres te reviso el CV en inglés, ahora lo uso todo el día.\n\nPor cierto en mi pega buscan alguien de datos para reportes ESG pero es media jornada, no creo que te sirva.\n\nCata\n\n> El 4 oct 2025, Valentina escribió:\n> Cataaa bienvenida!!",
    ),
    N(
        "90013",
        "2025-12-15 20:20",
        "Fernanda Araya <fer.araya.s@gmail.com>",
        "Re: noticia!!!",
        "AAAAH felicitaciones hermanita!!! Sabía que te iba a ir bien. Hay que celebrar, el viernes te invito a comer sushi\n\n> El lun, 15 dic, Valentina escribió:\n> Fer! acepté la oferta de Pehuén, entro el 5 de enero!!",
    ),
    N(
        "90014",
        "2025-12-20 10:45",
        "Grupo Ex-Compañeros U <excompas.ingcomercial@googlegroups.com>",
        "Amigo secreto 2025",
        "Ya hice el sorteo del amigo secreto, revisen su correo. Monto máximo $15.000. Nos juntamos el 27 en la casa de la Pía.\n\nPía",
    ),
    N(
        "90015",
        "2026-01-06 21:10",
        "Nicolás Vergara <nico.vergara.p@gmail.com>",
        "y?",
        "Cómo estuvo el primer día en la pega nueva?? Yo al final quedé en la minera, entro en febrero. Hay que celebrar los dos\n\nNico",
    ),
    N(
        "90016",
        "2026-01-12 08:31",
        "Papá <jorge.araya.m@gmail.com>",
        "Puerto Varas",
        "Vale, ya reservé la cabaña en Puerto Varas para el 24. Te mando el dato de la transferencia para tu parte. Son $180.000 por persona.\n\nBanco Estado, cta RUT 9.882.114-2\n\nPapá",
    ),
    # --- rental "postulación" (look-alike) ------------------------------------------------------
    N(
        "90100",
        "2025-08-28 12:40",
        "Corredora Propiedades Vitacura <arriendos@propvitacura.cl>",
        "Postulación arriendo depto Los Leones 1290 - documentos",
        "Estimada Valentina:\n\nHemos recibido su postulación para el arriendo del departamento de Av. Los Leones 1290, depto 804. Para evaluarla necesitamos:\n- Últimas 3 liquidaciones de sueldo\n- Certificado de cotizaciones AFP (12 meses)\n- Informe comercial (Dicom)\n- Fotocopia de cédula\n\nSaludos,\nMónica Herrera\nCorredora Propiedades Vitacura",
    ),
    N(
        "90101",
        "2025-09-03 16:18",
        "Corredora Propiedades Vitacura <arriendos@propvitacura.cl>",
        "Re: Postulación arriendo depto Los Leones 1290 - documentos",
        "Estimada Valentina:\n\nLe informamos que su postulación fue aprobada por el propietario. La firma del contrato será el viernes 5 de septiembre a las 11:00 en la notaría de Providencia. Debe traer mes de garantía y mes adelantado.\n\nSaludos,\nMónica Herrera",
    ),
    N(
        "90102",
        "2025-09-05 17:02",
        "Notaría Providencia <notificaciones@notariaprovidencia.cl>",
        "Documento firmado electrónicamente - Contrato de arriendo",
        "Se adjunta copia del contrato de arrendamiento firmado electrónicamente. Código de verificación: 8812-AX91.\n\nNotaría Providencia",
    ),
    N(
        "90103",
        "2025-08-16 09:10",
        "Portal Inmobiliario Austral <alertas@portalaustral.cl>",
        "3 nuevos departamentos en Providencia",
        html="<html><body><p>Departamentos en arriendo que coinciden con tu búsqueda (2D 1B, hasta $650.000):</p><ul><li>Pedro de Valdivia 1740 – $590.000</li><li>Los Leones 1290 – $620.000</li></ul></body></html>",
    ),
    # --- banks, credit, "ofertas", solicitudes --------------------------------------------------
    N(
        "90200",
        "2025-08-19 11:00",
        "Banco Andino <ofertas@bancoandino.cl>",
        "Valentina, tienes un crédito de consumo preaprobado",
        html="<html><body><h2>¡Tienes una oferta exclusiva!</h2><p>Crédito de consumo preaprobado por hasta <b>$8.500.000</b>, en hasta 48 cuotas. Primera cuota en 90 días.</p><p>Simula y solicita en la App Andino. CAE referencial 24,1 %.</p></body></html>",
    ),
    N(
        "90201",
        "2025-09-25 13:20",
        "Banco Andino <solicitudes@bancoandino.cl>",
        "Recibimos tu solicitud de aumento de cupo",
        "Hola Valentina,\n\nRecibimos tu solicitud de aumento de cupo para tu Tarjeta de Crédito. Evaluaremos tus antecedentes y te daremos una respuesta en un plazo de 48 horas hábiles.\n\nBanco Andino",
    ),
    N(
        "90202",
        "2025-09-27 10:05",
        "Banco Andino <solicitudes@bancoandino.cl>",
        "Tu solicitud fue aprobada",
        "Hola Valentina,\n\nTu solicitud de aumento de cupo fue aprobada. Tu nuevo cupo total es $2.000.000.\n\nBanco Andino",
    ),
    N(
        "90203",
        "2025-10-15 18:00",
        "Banco Pacífico Sur <noticias@pacificosur.cl>",
        "Cámbiate a nuestra Cuenta Corriente: oferta sin costo de mantención por 12 meses",
        html="<html><body><p>Valentina, abre tu Cuenta Corriente Pacífico 100 % online y no pagues mantención por 12 meses. Postula en 10 minutos con tu Clave Única.</p></body></html>",
    ),
    N(
        "90204",
        "2025-11-20 12:22",
        "Caja Vecinal <creditos@cajavecinal.cl>",
        "Estado de tu solicitud de crédito N° 551209",
        "Estimada Valentina:\n\nTu solicitud de crédito social N° 551209 se encuentra en evaluación. Te informaremos el resultado por este medio.\n\nCaja Vecinal",
    ),
    N(
        "90205",
        "2025-11-28 08:00",
        "Tienda Paris Norte <cyber@parisnorte.cl>",
        "🔥 BLACK FRIDAY: ofertas de hasta 70 % dto.",
        html="<html><body><h1>BLACK FRIDAY</h1><p>Notebooks, smart TV y más. Ofertas de hasta 70 % + 12 cuotas sin interés con tarjeta de la tienda.</p></body></html>",
    ),
    N(
        "90206",
        "2025-10-06 00:05",
        "Mercado Austral <ofertas@mercadoaustral.cl>",
        "CyberDay: estas ofertas terminan hoy",
        html="<html><body><p>CyberDay Chile: audífonos, freidoras de aire y más con despacho gratis.</p></body></html>",
    ),
    N(
        "90207",
        "2025-12-10 09:30",
        "Banco Andino <avisos@bancoandino.cl>",
        "Compra con tu tarjeta terminada en 4417",
        "Se realizó una compra por $64.990 en MERCADO AUSTRAL el 10/12/2025 a las 09:28. Si no reconoces esta transacción llama al 600 600 2020.",
    ),
    N(
        "90208",
        "2026-01-14 11:40",
        "Banco Andino <solicitudes@bancoandino.cl>",
        "Tu solicitud de Cuenta Vista fue recibida",
        "Hola Valentina, recibimos tu solicitud para abrir una Cuenta Vista para recibir tu remuneración. Te avisaremos cuando esté activa.\n\nBanco Andino",
    ),
    # --- AFP / SII / Servel / Metro -------------------------------------------------------------
    N(
        "90300",
        "2025-08-30 10:00",
        "AFP Horizonte <comunicaciones@afphorizonte.cl>",
        "Tu cartola cuatrimestral está disponible",
        "Hola Valentina,\n\nYa puedes revisar tu cartola del período mayo-agosto 2025. Tu fondo C tuvo una rentabilidad de 2,1 % en el período.\n\nAFP Horizonte",
    ),
    N(
        "90301",
        "2025-12-29 10:00",
        "AFP Horizonte <comunicaciones@afphorizonte.cl>",
        "Tu cartola cuatrimestral está disponible",
        "Hola Valentina,\n\nYa puedes revisar tu cartola del período septiembre-diciembre 2025.\n\nAFP Horizonte",
    ),
    N(
        "90302",
        "2025-10-08 15:00",
        "AFP Horizonte <comunicaciones@afphorizonte.cl>",
        "Alerta: cotizaciones impagas de tu empleador",
        "Estimada afiliada:\n\nDetectamos que no se registran cotizaciones por el mes de agosto. Si terminaste tu relación laboral, no es necesario que hagas nada. Si no, te recomendamos contactar a tu empleador.\n\nAFP Horizonte",
    ),
    N(
        "90303",
        "2025-08-22 09:14",
        "Servicio de Impuestos Internos <noreply@sii.cl>",
        "Notificación: Devolución de impuestos depositada",
        "Estimado contribuyente:\n\nSe ha depositado la devolución correspondiente al Año Tributario 2025 en la cuenta informada.\n\nServicio de Impuestos Internos",
    ),
    N(
        "90304",
        "2025-11-05 16:30",
        "Servicio de Impuestos Internos <noreply@sii.cl>",
        "Boleta de honorarios electrónica emitida",
        "Se ha emitido la boleta de honorarios electrónica N° 12 a nombre de CONSULTORA NODO SPA por $550.000 (retención 14,5 %).\n\nSII",
    ),
    N(
        "90305",
        "2025-10-24 12:00",
        "Servel <notificaciones@servel.cl>",
        "Designación como vocal de mesa - Elección 16 de noviembre",
        "Estimada Valentina Araya Sepúlveda:\n\nLe informamos que ha sido designada vocal de mesa para la Elección Presidencial y Parlamentaria del domingo 16 de noviembre de 2025. Local: Liceo José Victorino Lastarria, mesa 188.\n\nServel",
    ),
    N(
        "90306",
        "2025-09-14 18:10",
        "Red Movilidad <contacto@redmovilidadcl.cl>",
        "Tu tarjeta bip! fue cargada",
        "Carga en línea exitosa. Tarjeta bip! N° 7711-0392. Monto: $10.000. Saldo disponible: $11.480.",
    ),
    N(
        "90307",
        "2025-11-09 20:50",
        "Red Movilidad <contacto@redmovilidadcl.cl>",
        "Tu tarjeta bip! fue cargada",
        "Carga en línea exitosa. Tarjeta bip! N° 7711-0392. Monto: $15.000. Saldo disponible: $15.920.",
    ),
    N(
        "90308",
        "2025-12-03 07:05",
        "Metro Informa <informa@metronoticias.cl>",
        "Cierre temporal estación Los Leones este fin de semana",
        html="<html><body><p>Por trabajos de mantención, la estación Los Leones (L1 y L6) estará cerrada el sábado 6 y domingo 7 de diciembre. Use Pedro de Valdivia o Tobalaba.</p></body></html>",
    ),
    # --- health / gym / shopping / transport ----------------------------------------------------
    N(
        "90400",
        "2025-09-30 17:20",
        "Clínica Dental Providencia <agenda@dentalprovidencia.cl>",
        "Confirmación de hora: limpieza dental",
        "Estimada Valentina, su hora está agendada para el jueves 2 de octubre a las 18:30 con la Dra. Constanza Ruiz. Responda SÍ para confirmar.",
        ics=ev(
            "2025-10-02 18:30",
            ("Clínica Dental Providencia", "agenda@dentalprovidencia.cl"),
            "dent-91222@dentalprovidencia.cl",
            "Limpieza dental - Dra. Ruiz",
            45,
            location="Av. Providencia 2015, of. 32",
        ),
    ),
    N(
        "90401",
        "2025-08-05 07:00",
        "Gimnasio Cumbre Fit <socios@cumbrefit.cl>",
        "Tu plan mensual se renovó",
        "Hola Valentina, tu plan Cumbre Black se renovó por $32.900. ¡Nos vemos en la sede Providencia!",
    ),
    N(
        "90402",
        "2025-10-01 07:00",
        "Gimnasio Cumbre Fit <socios@cumbrefit.cl>",
        "Nueva clase: Funcional a las 7 AM",
        html="<html><body><p>Desde octubre tenemos clase de Funcional a las 7:00 en Providencia. Reserva en la app.</p></body></html>",
    ),
    N(
        "90403",
        "2025-12-28 10:00",
        "Gimnasio Cumbre Fit <socios@cumbrefit.cl>",
        "Congela tu plan estas vacaciones",
        "¿Te vas de vacaciones? Puedes congelar tu plan hasta 30 días sin costo desde la app.",
    ),
    N(
        "90404",
        "2025-08-24 13:55",
        "Mercado Austral <envios@mercadoaustral.cl>",
        "Tu compra llegó",
        "Entregamos tu paquete: Soporte para notebook ajustable. ¡Que lo disfrutes!",
    ),
    N(
        "90405",
        "2025-10-07 19:12",
        "Mercado Austral <envios@mercadoaustral.cl>",
        "Tu compra está en camino",
        "Tu pedido #2001837719 (Audífonos inalámbricos) sale hoy a reparto. Llega mañana entre 10:00 y 16:00.",
    ),
    N(
        "90406",
        "2025-12-11 14:30",
        "Mercado Austral <envios@mercadoaustral.cl>",
        "Tu compra llegó",
        'Entregamos tu paquete: Mochila para notebook 15,6". ¡Que la disfrutes!',
    ),
    N(
        "90407",
        "2025-08-09 21:40",
        "Pedido Ya Chile <recibos@pedidoya.cl>",
        "Tu pedido de Sushi Barrio Italia",
        "Total: $18.900 (propina incluida). ¡Gracias por pedir con nosotros!",
    ),
    N(
        "90408",
        "2025-09-20 22:05",
        "Pedido Ya Chile <recibos@pedidoya.cl>",
        "Tu pedido de Completos El Guatón",
        "Total: $9.400. ¡Buen provecho!",
    ),
    N(
        "90409",
        "2025-11-14 21:15",
        "Pedido Ya Chile <recibos@pedidoya.cl>",
        "Tu pedido de Pizzería Italia Chica",
        "Total: $16.250. Califica tu pedido.",
    ),
    N(
        "90410",
        "2025-10-12 02:10",
        "Viaja Ya <recibos@viajaya.cl>",
        "Tu viaje del domingo por la madrugada",
        "Gracias por viajar con Viaja Ya. Bellavista → Los Leones. Total: $6.340. Conductor: Héctor.",
    ),
    N(
        "90411",
        "2025-12-19 23:50",
        "Viaja Ya <recibos@viajaya.cl>",
        "Tu viaje del viernes por la noche",
        "Gracias por viajar con Viaja Ya. Barrio Italia → Los Leones. Total: $4.980.",
    ),
    N(
        "90412",
        "2025-11-22 10:12",
        "Supermercado Líder Sur <pedidos@lidersur.cl>",
        "Tu pedido fue entregado",
        "Hola Valentina, entregamos tu pedido de supermercado (32 productos). Total pagado: $78.440. 3 productos fueron reemplazados.",
    ),
    N(
        "90413",
        "2026-01-09 09:05",
        "Aerolíneas Australes <reservas@aereoaustral.cl>",
        "Confirmación de reserva SCL-PMC",
        "Hola Valentina:\n\nTu reserva está confirmada. Código: QX7P2L\nIda: 24 ene 2026 SCL 07:40 → PMC 09:25\nVuelta: 31 ene 2026 PMC 18:10 → SCL 19:55\n\nAerolíneas Australes",
    ),
    N(
        "90414",
        "2026-01-23 07:40",
        "Aerolíneas Australes <checkin@aereoaustral.cl>",
        "Ya puedes hacer check-in para tu vuelo a Puerto Montt",
        "El check-in para tu vuelo del 24 de enero está abierto. Recuerda llegar 2 horas antes.",
    ),
    # --- newsletters, podcasts, social (look-alikes) -------------------------------------------
    N(
        "90500",
        "2025-08-13 07:30",
        "Datos en Español <hola@datosenespanol.substack.com>",
        "Entrevista: cómo armó su equipo de analítica la jefa de BI de una cadena de farmacias",
        html="<html><body><h2>Entrevista de la semana</h2><p>Conversamos con Macarena Díaz sobre cómo pasó de un Excel gigante a un lakehouse, y por qué cree que los analistas deberían aprender dbt antes que Python.</p><p>Además: 5 tips para tu próxima entrevista técnica de SQL.</p></body></html>",
    ),
    N(
        "90501",
        "2025-09-24 07:30",
        "Datos en Español <hola@datosenespanol.substack.com>",
        "¿Se está contratando menos en datos? Lo que muestran los avisos",
        html="<html><body><p>Revisamos 4.000 avisos de empleo de datos publicados en Chile este año: las ofertas de Analista BI bajaron un 12 %, las de Analytics Engineer subieron.</p></body></html>",
    ),
    N(
        "90502",
        "2025-11-05 07:30",
        "Datos en Español <hola@datosenespanol.substack.com>",
        "Entrevista: el data engineer que rechazó una oferta en Silicon Valley",
        html="<html><body><p>Entrevistamos a Felipe Contreras, que rechazó una oferta laboral de una big tech para quedarse en Valparaíso.</p></body></html>",
    ),
    N(
        "90503",
        "2025-12-17 07:30",
        "Datos en Español <hola@datosenespanol.substack.com>",
        "Lo mejor del año en datos + nuestras entrevistas favoritas",
        html="<html><body><p>Cerramos 2025 con las 10 entrevistas más leídas del newsletter.</p></body></html>",
    ),
    N(
        "90504",
        "2025-09-02 08:00",
        "Analytics Weekly <newsletter@analyticsweekly.io>",
        "Power BI's new calculation features, explained",
        html="<html><body><p>This week: visual calculations, a deep dive into DAX performance, and an interview with a BI lead on hiring remote analysts in Latin America.</p></body></html>",
        lang="en",
    ),
    N(
        "90505",
        "2025-10-14 08:00",
        "Analytics Weekly <newsletter@analyticsweekly.io>",
        "Semantic layers are having a moment",
        html="<html><body><p>Also: the 2025 data salary survey is out. Take it and get the results.</p></body></html>",
        lang="en",
    ),
    N(
        "90506",
        "2025-11-25 08:00",
        "Analytics Weekly <newsletter@analyticsweekly.io>",
        "Interview: what hiring managers look for in a BI portfolio",
        html="<html><body><p>We asked five analytics managers what makes a portfolio stand out. Spoiler: clear business questions beat flashy visuals.</p></body></html>",
        lang="en",
    ),
    N(
        "90507",
        "2025-08-29 18:00",
        "Diario Pulso Económico <newsletter@pulsoeconomico.cl>",
        "Desempleo en la RM sube a 9,1 %",
        html="<html><body><p>El INE informó la tasa de desocupación del trimestre mayo-julio. Además: las empresas que más contratan este semestre y el nuevo plan de empleo.</p></body></html>",
    ),
    N(
        "90508",
        "2025-10-31 18:00",
        "Diario Pulso Económico <newsletter@pulsoeconomico.cl>",
        "Retail: grandes tiendas anuncian reestructuraciones",
        html="<html><body><p>Dos cadenas de retail anunciaron despidos en sus áreas corporativas. Entrevista al presidente de la Cámara de Comercio.</p></body></html>",
    ),
    N(
        "90509",
        "2025-12-05 18:00",
        "Diario Pulso Económico <newsletter@pulsoeconomico.cl>",
        "Las ofertas laborales repuntan en diciembre",
        html="<html><body><p>Según un índice de avisos laborales en línea, la publicación de ofertas de empleo creció 6 % mensual.</p></body></html>",
    ),
    N(
        "90510",
        "2025-10-08 12:00",
        "Podcast Café con Datos <podcast@cafecondatos.cl>",
        "Invitación a entrevista para nuestro podcast",
        "Hola Valentina,\n\nTe escuchamos en el meetup de PyData Santiago y nos encantaría entrevistarte para un episodio de Café con Datos sobre visualización en el sector público. Grabamos en remoto, 40 minutos. ¿Te animas?\n\nSaludos,\nMatías y Trini",
    ),
    N(
        "90511",
        "2025-10-16 12:30",
        "Trinidad Gómez <trini@cafecondatos.cl>",
        "Grabación podcast - jueves 23",
        "Listo Vale, te mandé la invitación para grabar el jueves 23 a las 19:00.",
        ics=ev(
            "2025-10-23 19:00",
            ("Trinidad Gómez", "trini@cafecondatos.cl"),
            "0pq9a1m2k3@google.com",
            "Grabación Café con Datos - Valentina Araya",
            60,
            location="riverside.fm/studio/cafecondatos",
        ),
    ),
    N(
        "90512",
        "2025-09-04 17:00",
        "Meetup <info@meetup.com>",
        "Nuevo evento: PyData Santiago #42 - Dashboards que sí se usan",
        html="<html><body><p>PyData Santiago publicó un nuevo evento: jueves 11 de septiembre, 19:00, Campus Lo Contador. 3 charlas + pizza.</p></body></html>",
    ),
    N(
        "90513",
        "2025-11-06 09:00",
        "Eventos Fabric Chile <eventos@comunidadfabric.cl>",
        "Webinar: Microsoft Fabric para equipos BI",
        "Hola Valentina, gracias por inscribirte. Te esperamos el martes 11 de noviembre a las 18:00.",
        ics=ev(
            "2025-11-11 18:00",
            ("Comunidad Fabric Chile", "eventos@comunidadfabric.cl"),
            "web-5512@comunidadfabric.cl",
            "Webinar: Microsoft Fabric para equipos BI",
            90,
            location="Teams Live",
        ),
    ),
    N(
        "90514",
        "2025-08-11 12:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Felicita a Cristóbal Muñoz por su nuevo puesto",
        html="<html><body><p>Cristóbal Muñoz comenzó un nuevo puesto como Jefe de Proyectos en Inmobiliaria Cumbre Verde.</p><p>Felicítalo</p></body></html>",
    ),
    N(
        "90515",
        "2025-09-12 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Javiera Toledo y 12 personas más reaccionaron a tu publicación",
        html="<html><body><p>Tu publicación sobre dashboards de salud pública está recibiendo atención.</p></body></html>",
    ),
    N(
        "90516",
        "2025-10-20 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Apareciste en 34 búsquedas esta semana",
        html="<html><body><p>Valentina, apareciste en 34 búsquedas. Personas de Banca y Seguros buscan perfiles como el tuyo.</p></body></html>",
    ),
    N(
        "90517",
        "2025-11-30 12:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Catalina Bravo te envió un mensaje",
        html="<html><body><p>Catalina Bravo: Vale, ¿me recomendarías en mis aptitudes de Excel? jaja</p></body></html>",
    ),
    N(
        "90518",
        "2026-01-05 12:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Tus contactos te felicitan por tu nuevo puesto",
        html="<html><body><p>23 personas felicitaron a Valentina por su nuevo puesto como Desarrolladora BI en Seguros Pehuén.</p></body></html>",
    ),
    N(
        "90519",
        "2025-12-08 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Nicolás Vergara está celebrando un aniversario laboral",
        html="<html><body><p>Saluda a Nicolás por sus 3 años en Frutícola del Valle.</p></body></html>",
    ),
    N(
        "90520",
        "2025-08-26 19:30",
        "Coursera <no-reply@m.coursera.org>",
        "Te inscribiste en: Data Modeling for Analytics",
        "¡Bienvenida! La primera semana está disponible. Plazo sugerido: 4 semanas.",
        lang="es",
    ),
    N(
        "90521",
        "2025-10-30 19:30",
        "Coursera <no-reply@m.coursera.org>",
        "¡Felicitaciones! Obtuviste tu certificado",
        "Completaste Data Modeling for Analytics. Agrega el certificado a tu perfil de LinkedIn.",
    ),
    N(
        "90522",
        "2025-12-01 10:00",
        "Teletón Chile <contacto@teletonaporta.cl>",
        "Gracias por tu aporte",
        "Valentina, tu aporte de $10.000 ya es parte de la meta. ¡Gracias!",
    ),
    N(
        "90523",
        "2025-09-16 08:00",
        "Comunidad Edificio Los Leones 1290 <administracion@edificiolosleones.cl>",
        "Gastos comunes septiembre",
        "Estimados residentes: se adjunta el detalle de gastos comunes de septiembre. Depto 804: $96.300. Vence el día 10.",
    ),
    N(
        "90524",
        "2025-10-16 08:00",
        "Comunidad Edificio Los Leones 1290 <administracion@edificiolosleones.cl>",
        "Gastos comunes octubre",
        "Estimados residentes: se adjunta el detalle de gastos comunes de octubre. Depto 804: $94.150. Vence el día 10.",
    ),
    N(
        "90525",
        "2025-11-16 08:00",
        "Comunidad Edificio Los Leones 1290 <administracion@edificiolosleones.cl>",
        "Corte de agua programado",
        "Se informa corte de agua el miércoles 19 de noviembre entre las 9:00 y 14:00 por mantención de bombas.",
    ),
    N(
        "90526",
        "2025-12-16 08:00",
        "Comunidad Edificio Los Leones 1290 <administracion@edificiolosleones.cl>",
        "Gastos comunes diciembre",
        "Estimados residentes: se adjunta el detalle de gastos comunes de diciembre. Depto 804: $101.870.",
    ),
    N(
        "90527",
        "2025-11-07 13:00",
        "Fernanda Araya <fer.araya.s@gmail.com>",
        "Invitación: Cumple abuela 85 @ sáb 8 nov 2025 13:30",
        "Te agregué al calendario familiar jaja para que no se te olvide",
        ics=ev(
            "2025-11-08 13:30",
            ("Fernanda Araya", "fer.araya.s@gmail.com"),
            "4kq1b2m9x8@google.com",
            "Cumple abuela 85 🎂",
            180,
            location="San Bernardo",
        ),
    ),
    N(
        "90528",
        "2025-12-26 18:00",
        "Aguas del Mapocho <boletas@aguasmapocho.cl>",
        "Boleta de agua potable disponible",
        "Tu boleta de diciembre por $14.330 ya está disponible. Consumo: 7 m3.",
    ),
    N(
        "90529",
        "2025-08-31 13:00",
        "Google <no-reply@accounts.google.com>",
        "Alerta de seguridad: nuevo inicio de sesión en Windows",
        "Se inició sesión en tu Cuenta de Google en un dispositivo Windows nuevo. Si fuiste tú, no es necesario que hagas nada.",
    ),
    N(
        "90530",
        "2025-09-21 10:00",
        "Dropbox <no-reply@dropbox.com>",
        "Tu espacio de Dropbox está casi lleno",
        "You're using 95% of your Dropbox Basic space.",
        lang="en",
    ),
    N(
        "90531",
        "2025-10-27 09:00",
        "Universidad del Pacífico Sur <postgrado@upsur.cl>",
        "Postulación Magíster en Business Analytics 2026 - recepción de antecedentes",
        "Estimada Valentina:\n\nConfirmamos la recepción de su postulación al Magíster en Business Analytics, admisión 2026. La comisión evaluará los antecedentes y le citará a una entrevista de admisión en noviembre.\n\nDirección de Postgrado",
    ),
    N(
        "90532",
        "2025-11-18 09:00",
        "Universidad del Pacífico Sur <postgrado@upsur.cl>",
        "Entrevista de admisión - Magíster en Business Analytics",
        "Estimada Valentina: la citamos a entrevista de admisión el lunes 24 de noviembre a las 18:30 vía Zoom con el director del programa.",
        ics=ev(
            "2025-11-24 18:30",
            ("Postgrado UPSur", "postgrado@upsur.cl"),
            "mba-admision-2210@upsur.cl",
            "Entrevista admisión MBA - V. Araya",
            30,
            style="outlook",
            location="Zoom",
        ),
    ),
    N(
        "90533",
        "2025-12-12 09:00",
        "Universidad del Pacífico Sur <postgrado@upsur.cl>",
        "Resultado de su postulación - Magíster en Business Analytics",
        "Estimada Valentina: nos complace informarle que ha sido aceptada en el Magíster en Business Analytics, cohorte marzo 2026. Adjuntamos la carta de aceptación y el arancel.",
    ),
    N(
        "90534",
        "2025-09-01 09:00",
        "Clínica Vitacura Salud <resultados@vitacurasalud.cl>",
        "Resultados de exámenes disponibles",
        "Estimada paciente: sus resultados de laboratorio ya están disponibles en el portal de pacientes.",
    ),
    N(
        "90535",
        "2025-12-23 16:00",
        "Correos de Chile Express <seguimiento@correosexpress.cl>",
        "Tu envío está en tránsito",
        "Tu envío N° 99120033 está en tránsito hacia el centro de distribución de Santiago.",
    ),
    N(
        "90536",
        "2026-01-19 20:00",
        "Fernanda Araya <fer.araya.s@gmail.com>",
        "lista para el sur",
        "Vale, hagamos lista para Puerto Varas: yo llevo parka y botas, tú el bloqueador. El papá dice que lleva el termo. ¿Cómo va la pega nueva? Todavía en inducción?",
    ),
    N(
        "90537",
        "2026-01-27 21:15",
        "Javiera Toledo <jtoledo.ing@gmail.com>",
        "Re: fotos Frutillar",
        "Qué lindas las fotos!! Yo con envidia acá en la oficina con 34 grados. A la vuelta almorzamos, te quiero contar que me ofrecieron ser jefa de área, todavía no decido.",
    ),
    # --- more ordinary mail -------------------------------------------------------------------
    N(
        "90600",
        "2025-08-06 18:25",
        "Programa Arriendo Joven <notificaciones@arriendojoven.cl>",
        "Comprobante de postulación al subsidio de arriendo",
        "Estimada Valentina Araya Sepúlveda:\n\nSu postulación al Programa Arriendo Joven, segundo llamado 2025, fue ingresada con el folio 44120087. Los resultados se publicarán en octubre.\n\nEste correo es informativo.",
    ),
    N(
        "90601",
        "2025-10-21 12:00",
        "Programa Arriendo Joven <notificaciones@arriendojoven.cl>",
        "Resultados segundo llamado 2025",
        "Estimada postulante: lamentamos informarle que en esta oportunidad su postulación no resultó seleccionada por puntaje. Podrá postular nuevamente en el próximo llamado.",
    ),
    N(
        "90602",
        "2025-11-21 10:00",
        "Becas Postgrado UPSur <becas@upsur.cl>",
        "Postulación a Beca de Excelencia - documentos pendientes",
        "Estimada Valentina: para completar su postulación a la Beca de Excelencia del Magíster falta subir su concentración de notas de pregrado. Plazo: 30 de noviembre.",
    ),
    N(
        "90603",
        "2025-09-09 20:00",
        "Instituto Anglo Providencia <admision@angloprov.cl>",
        "Agenda tu entrevista de nivel",
        "Hola Valentina, gracias por tu interés en el curso Business English B2. Antes de matricularte debes rendir una entrevista oral de nivel de 15 minutos. Reserva tu hora en el link.",
    ),
    N(
        "90604",
        "2025-09-12 11:00",
        "Instituto Anglo Providencia <admision@angloprov.cl>",
        "Resultado entrevista de nivel: B2",
        "¡Felicitaciones! Según tu entrevista de nivel quedaste en B2.2. El curso comienza el 6 de octubre, lunes y miércoles 19:30.",
    ),
    N(
        "90605",
        "2025-08-23 15:30",
        "Coro Vocal Mapocho <coro.vocalmapocho@gmail.com>",
        "Audiciones: quedaste seleccionada!",
        "Hola Valentina!\n\nNos encantó tu audición del sábado. Quedaste seleccionada para las contraltos 🎶 Ensayamos los martes a las 20:00 en la parroquia de Santa Isabel.\n\nSaludos,\nIgnacia (directora)",
    ),
    N(
        "90606",
        "2025-12-09 21:00",
        "Coro Vocal Mapocho <coro.vocalmapocho@gmail.com>",
        "Concierto de Navidad - horario",
        "Chiquillas y chiquillos: el concierto es el sábado 20 a las 19:00, citación a las 17:30. Vestimenta negra.",
    ),
    N(
        "90607",
        "2025-10-02 10:15",
        "Seguros Autoflex <ventas@autoflex.cl>",
        "Valentina, tu oferta de seguro automotriz vence hoy",
        html="<html><body><p>Tu cotización de seguro automotriz con 20 % de descuento vence hoy. Contrata en línea.</p></body></html>",
    ),
    N(
        "90608",
        "2025-08-18 09:00",
        "Aguas del Mapocho <boletas@aguasmapocho.cl>",
        "Boleta de agua potable disponible",
        "Tu boleta de agosto por $12.870 ya está disponible. Consumo: 6 m3.",
    ),
    N(
        "90609",
        "2025-10-20 09:00",
        "Aguas del Mapocho <boletas@aguasmapocho.cl>",
        "Boleta de agua potable disponible",
        "Tu boleta de octubre por $13.550 ya está disponible. Consumo: 6 m3.",
    ),
    N(
        "90610",
        "2025-08-28 21:00",
        "Catalina Bravo <cata.bravo.h@outlook.com>",
        "desde Madrid",
        "Vale! Te cuento que en octubre vuelvo a Chile definitivamente. Y tú? supe que dejaste la pega en Portales Rojas. Yo siempre dije que ese jefe no te valoraba. Harta suerte con las postulaciones, ya vas a encontrar algo.\n\nCata",
    ),
    N(
        "90611",
        "2025-09-26 19:15",
        "Javiera Toledo <jtoledo.ing@gmail.com>",
        "entrevista de mi hermano",
        "Oye te cuento que mi hermano tuvo entrevista en un banco y le preguntaron cuál era su mayor defecto jajaja. Le dijo que era muy perfeccionista, clásico. Tú qué respondes en esas?",
    ),
    N(
        "90612",
        "2025-10-29 22:30",
        "Fernanda Araya <fer.araya.s@gmail.com>",
        "Re: pega",
        "Qué bueno lo de la entrevista!! Yo en el colegio igual, agotada con fin de año, los informes de notas me tienen chata. El Cristóbal tiene entrevista el viernes para cambiarse a otra constructora.\n\nbesos",
    ),
    N(
        "90613",
        "2025-11-11 08:00",
        "Isapre Vidasur <contacto@vidasur.cl>",
        "Adecuación de precio base de su plan",
        "Estimada afiliada: le informamos la adecuación anual del precio base de su plan de salud a contar de la anualidad de enero. Revise el detalle en la carta adjunta.",
    ),
    N(
        "90614",
        "2025-12-30 10:00",
        "Servicio de Impuestos Internos <noreply@sii.cl>",
        "Recordatorio: Declaración de renta Año Tributario 2026",
        "Recuerde que la Operación Renta 2026 comienza en abril. Revise su propuesta de declaración en www.sii.cl.",
    ),
    N(
        "90615",
        "2025-12-02 10:00",
        "Cineflix <info@mailer.cineflix.com>",
        "Nuevo en Cineflix: la serie chilena que todos comentan",
        html="<html><body><p>Estreno: 'Valle Central', temporada 2. Además, una entrevista exclusiva con su directora.</p></body></html>",
    ),
    N(
        "90616",
        "2025-09-18 12:00",
        "Sanguchería Fuente Providencia <club@fuenteprov.cl>",
        "¡Feliz 18! 2x1 en chacareros",
        html="<html><body><p>Este 18 celebra con nuestro 2x1 en chacareros y churrascos. Solo en local.</p></body></html>",
    ),
    N(
        "90617",
        "2025-11-03 18:40",
        "Loreto Pinochet A. <loreto.pinochet.a@gmail.com>",
        "Carta de recomendación",
        "Hola Vale, te adjunto la carta de recomendación que me pediste para el magíster. Si necesitas otra para alguna pega, me avisas. Éxito!!\n\nLoreto",
        attach=[("Carta_recomendacion_VArayaS.pdf", "application/pdf", "%PDF-1.4 carta")],
    ),
    N(
        "90618",
        "2025-08-14 10:00",
        "Zoom <no-reply@zoom.us>",
        "Tu plan Zoom Workplace Basic ha cambiado",
        "Your meetings are now limited to 40 minutes.",
        lang="en",
    ),
    N(
        "90619",
        "2025-12-24 09:00",
        "Banco Andino <avisos@bancoandino.cl>",
        "Transferencia recibida",
        "Recibiste una transferencia de JORGE ARAYA MUÑOZ por $50.000. Mensaje: feliz navidad hija",
    ),
    N(
        "90620",
        "2026-01-30 18:00",
        "Seguros Pehuén Bienestar <bienestar@segurospehuen.cl>",
        "Club de beneficios: descuentos de verano",
        html="<html><body><p>Colaboradores Pehuén: 15 % en hoteles del sur y 2x1 en cine los martes. Ingresa al portal de beneficios.</p></body></html>",
    ),
    N(
        "90621",
        "2026-01-16 13:00",
        "Nicolás Vergara <nico.vergara.p@gmail.com>",
        "Re: y?",
        "Jaja igual el primer mes es puro leer documentación. A mí me mandaron los exámenes preocupacionales recién ayer, tuve que ir en ayuno a las 7 am a Santiago Centro. Ya, hablamos!\n\nNico",
    ),
    N(
        "90622",
        "2025-12-30 07:30",
        "Analytics Weekly <newsletter@analyticsweekly.io>",
        "Job market check-in: LATAM remote roles",
        html="<html><body><p>Remote postings for LATAM analysts fell in Q3, but offers for senior roles held steady. Plus: how to negotiate a contractor offer in USD.</p></body></html>",
        lang="en",
    ),
]

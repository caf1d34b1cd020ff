# ruff: noqa: E501
"""Corpus 77, the rest of a Barcelona inbox (data only): see heldout77.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the first import path


def _tz(day: str) -> str:
    if day < "2025-10-26":
        return "+0200"
    return "+0100"


m = partial(H.dated_spec, _tz)

ES = ("not_job", "es")
EN = ("not_job", "en")
PT = ("not_job", "pt")

MONTHS = [
    ("2025-09", "septiembre"),
    ("2025-10", "octubre"),
    ("2025-11", "noviembre"),
    ("2025-12", "diciembre"),
    ("2026-01", "enero"),
    ("2026-02", "febrero"),
]

MAIL: list[dict[str, Any]] = []

# --- recurring: TMB, bank, gym, newsletters, utilities -----------------------------------------
for i, (ym, name) in enumerate(MONTHS):
    MAIL.append(
        m(
            f"78{i}01",
            f"{ym}-01 06:{10 + i}",
            "TMB <noreply@tmb.cat>",
            f"Recàrrega T-usual {name} / Recarga T-usual {name}",
            ES,
            text=f"Hola Marta,\n\nLa teva T-usual s'ha recarregat correctament per al mes de {name}.\nTu T-usual se ha recargado correctamente para el mes de {name}.\n\nImport / Importe: 21,35 €\nTarjeta acabada en 4471\n\nTransports Metropolitans de Barcelona",
        )
    )
    MAIL.append(
        m(
            f"78{i}02",
            f"{ym}-03 09:{15 + i}",
            "Banco Litoral <avisos@bancolitoral.es>",
            f"Tu extracto de {name} ya está disponible",
            ES,
            text=f"Hola Marta:\n\nYa puedes consultar el extracto de tu Cuenta Nómina correspondiente a {name} en la app o en la banca online.\n\nPor tu seguridad, nunca te pediremos claves por email.\n\nBanco Litoral, S.A.",
        )
    )
    MAIL.append(
        m(
            f"78{i}03",
            f"{ym}-12 19:{20 + i}",
            "Aigües de Barcelona <factura@aiguesdebarcelona-clients.cat>",
            "Tu factura del agua" if i % 2 == 0 else "Ya tienes tu factura disponible",
            ES,
            html=f"<p>Hola MARTA VIDAL ROIG,</p><p>Tu factura del periodo está disponible en el Área de Clientes. Importe: {18 + i * 2},{40 + i} €. Se cargará en tu cuenta el día 20.</p>",
        )
    )
    MAIL.append(
        m(
            f"78{i}04",
            f"{ym}-15 08:{30 + i}",
            "Fitnova Poblenou <hola@fitnova.es>",
            [
                "Horarios de clases de septiembre",
                "Nuevo: pilates reformer en Poblenou",
                "Tu cuota de noviembre",
                "Clases especiales de Navidad",
                "Reto enero: 20 clases en 31 días",
                "Cerramos el 28F por mantenimiento",
            ][i],
            ES,
            html="<p>Hola Marta,</p><p>"
            + [
                "Ya están los horarios de la nueva temporada. Reserva desde la app.",
                "Estrenamos sala de reformer: primera clase gratis para socias.",
                "Te recordamos que el día 5 se cargará tu cuota mensual (39,90 €).",
                "Del 22 al 30 de diciembre, horario reducido y clases especiales.",
                "¿Te apuntas al reto? Premio: un mes gratis.",
                "El sábado 28 de febrero el centro permanecerá cerrado.",
            ][i]
            + "</p><p>Fitnova Poblenou · C/ Llull 201</p>",
        )
    )

NEWS = [
    (
        "2025-09-04",
        "Entrevista: la directora que cambió el check-in de un 5*",
        "Esta semana entrevistamos a una directora de hotel que eliminó el mostrador de recepción. Además: ocupación récord en agosto en Barcelona.",
    ),
    (
        "2025-09-18",
        "La tasa turística sube en Catalunya: lo que cambia",
        "Análisis de la nueva tasa y cómo la comunicarán los hoteles. También: 5 aperturas en Valencia.",
    ),
    (
        "2025-10-02",
        "Por qué los hoteles no encuentran camareras de pisos",
        "Un reportaje sobre la falta de personal en hostelería y los planes de formación de las cadenas.",
    ),
    (
        "2025-10-16",
        "Entrevista con el CEO de un grupo vacacional balear",
        "Hablamos de la desestacionalización en Mallorca y de la oferta de invierno.",
    ),
    (
        "2025-10-30",
        "Ocupación hotelera en octubre: Lisboa supera a Barcelona",
        "Los datos del mes y el efecto de los congresos.",
    ),
    (
        "2025-11-13",
        "Revenue management en 2026: tres tendencias",
        "Precios dinámicos, venta directa y el fin de las tarifas no reembolsables.",
    ),
    (
        "2025-11-27",
        "Entrevista: cómo se monta un equipo pre-opening",
        "Una GM cuenta cómo contrató a 80 personas en cuatro meses.",
    ),
    (
        "2025-12-11",
        "Especial: los hoteles que abren en 2026",
        "Barcelona, Valencia, Palma y Lisboa, la lista completa.",
    ),
    (
        "2026-01-08",
        "Convenio de hostelería: qué se ha firmado",
        "Subidas salariales y jornada: resumen del nuevo convenio provincial.",
    ),
    (
        "2026-01-22",
        "Entrevista: 'La recepción del futuro tiene menos pantallas'",
        "Conversamos con un consultor de experiencia de cliente.",
    ),
    (
        "2026-02-05",
        "FITUR 2026 en cinco claves",
        "Lo que dejó la feria y las ofertas de los grandes grupos.",
    ),
    (
        "2026-02-19",
        "¿Cuánto cobra un director de hotel en España?",
        "Nuestro informe anual de salarios en hostelería, por categoría y ciudad.",
    ),
]
for i, (day, subject, lead) in enumerate(NEWS):
    MAIL.append(
        m(
            f"781{i:02d}",
            f"{day} 07:00",
            "Diario Hotelero <boletin@diariohotelero-news.es>",
            subject,
            ES,
            html=f"<h2>{subject}</h2><p>{lead}</p><p><a href='#'>Leer más</a></p><p>Recibes este boletín porque te suscribiste en diariohotelero-news.es. <a href='#'>Darse de baja</a></p>",
        )
    )

ORDERS = [
    ("2025-09-08", "Tu pedido 40-2291 está en camino", "Zapatillas running (talla 38)"),
    ("2025-09-27", "Pedido confirmado: 2 artículos", "Funda de portátil y cargador USB-C"),
    ("2025-10-18", "Tu pedido ha sido entregado", "Plancha de vapor"),
    ("2025-11-15", "Tu pedido 40-3387 está en camino", "Blazer negra y camisa blanca"),
    ("2025-11-29", "Black Friday: tu pedido está confirmado", "Zapatos de salón negros"),
    ("2025-12-17", "Tu pedido llegará mañana", "Regalos: libro y bufanda"),
    ("2026-01-09", "Devolución recibida", "Bufanda (reembolso 24,95 €)"),
    ("2026-02-03", "Tu pedido 40-5120 está en camino", "Agenda 2026"),
]
for i, (day, subject, item) in enumerate(ORDERS):
    MAIL.append(
        m(
            f"782{i:02d}",
            f"{day} 12:{10 + i}",
            "Mercat Online <pedidos@mercatonline.es>",
            subject,
            ES,
            html=f"<p>Hola Marta,</p><p>{subject}.</p><p><b>Artículo:</b> {item}</p><p>Gracias por comprar en Mercat Online.</p>",
        )
    )

MAIL += [
    # --- piso: a rental "solicitud" --------------------------------------------------------
    m(
        "7901",
        "2025-09-05 18:30",
        "Finques Rambla <lloguers@finquesrambla.cat>",
        "Solicitud de visita - Piso C/ Sardenya 310",
        ES,
        text="Hola Marta,\n\nHemos recibido tu solicitud de visita para el piso de C/ Sardenya 310, 3º 2ª (2 hab., 1.250 €/mes). Te proponemos el lunes 8 a las 19:00.\n\nFinques Rambla, S.L.\nAgencia inmobiliaria API 1234",
    ),
    m(
        "7902",
        "2025-09-09 10:15",
        "Finques Rambla <lloguers@finquesrambla.cat>",
        "Documentación para tu solicitud de alquiler",
        ES,
        text="Hola Marta,\n\nPara estudiar tu solicitud de alquiler necesitamos: DNI, tres últimas nóminas, contrato de trabajo y última declaración de la renta. La propiedad decidirá en 48 h tras recibir la documentación.\n\nFinques Rambla",
    ),
    m(
        "7903",
        "2025-09-12 13:40",
        "Finques Rambla <lloguers@finquesrambla.cat>",
        "Tu solicitud no ha sido aceptada",
        ES,
        text="Hola Marta,\n\nLamentamos comunicarte que la propiedad ha seleccionado otro perfil para el piso de C/ Sardenya. Te avisaremos si entra algo similar en la zona.\n\nFinques Rambla",
    ),
    m(
        "7904",
        "2025-11-26 20:05",
        "Habitaclia Alertas <alertas@habitaclia-mail.es>",
        "3 pisos nuevos en Sant Martí que encajan con tu búsqueda",
        ES,
        html="<p>Nuevos pisos en alquiler en Sant Martí: 2 hab. 1.180 €, 2 hab. 1.300 €, 3 hab. 1.450 €. <a href='#'>Ver anuncios</a></p>",
    ),
    m(
        "7905",
        "2025-12-04 11:20",
        "Jaume Pons <jaume.pons.finques@gmail.com>",
        "Pis carrer Pallars - sol·licitud acceptada",
        ES,
        text="Hola Marta,\n\nEl propietari ha acceptat la teva sol·licitud per al pis del carrer Pallars. ¿Quedamos el día 10 para firmar el contrato y entregar las llaves? Recuerda la fianza de dos mensualidades.\n\nJaume Pons\nAdministrador de finques",
    ),
    m(
        "7906",
        "2025-12-10 09:00",
        "Signaturit <notifications@signaturit.com>",
        "Jaume Pons te ha enviado un documento para firmar: Contrato arrendamiento Pallars 160",
        ES,
        html="<p>Hola Marta Vidal Roig,</p><p>Jaume Pons te ha enviado <b>Contrato arrendamiento vivienda - Pallars 160, 4º 1ª</b> para firmar.</p><p><a href='#'>Revisar y firmar</a></p>",
    ),
    m(
        "7907",
        "2025-12-18 16:30",
        "Incasòl <fiances@gencat.cat>",
        "Justificant de dipòsit de fiança",
        ES,
        text="Benvolguda,\n\nS'ha registrat el dipòsit de la fiança del contracte d'arrendament de l'habitatge situat a Pallars 160, 4t 1a, Barcelona. Núm. registre 2025/884312.\n\nInstitut Català del Sòl",
    ),
    # --- Hacienda ---------------------------------------------------------------------------
    m(
        "7910",
        "2025-10-14 09:00",
        "Agencia Tributaria <notificaciones@correo.agenciatributaria.gob.es>",
        "Aviso de puesta a disposición de notificación",
        ES,
        text="Le informamos de que tiene una notificación pendiente en su Dirección Electrónica Habilitada única (DEHú). Procedimiento: Comprobación limitada IRPF 2024. Dispone de 10 días naturales para acceder.\n\nAgencia Estatal de Administración Tributaria",
    ),
    m(
        "7911",
        "2025-10-20 12:40",
        "Gestoría Camps <info@gestoriacamps.es>",
        "RE: Requerimiento Hacienda IRPF 2024",
        ES,
        text="Hola Marta,\n\nHe revisado el requerimiento: solo piden el certificado de la deducción por alquiler. Lo presentamos nosotros. Coste: 40 € + IVA.\n\nUn saludo,\nMireia Camps\nGestoría Camps",
    ),
    m(
        "7912",
        "2026-02-16 09:30",
        "Agencia Tributaria <notificaciones@correo.agenciatributaria.gob.es>",
        "Resolución con liquidación provisional - IRPF 2024",
        ES,
        text="Le comunicamos que se ha dictado resolución en el procedimiento de comprobación limitada. Resultado: sin cuota adicional. Puede consultarla en la Sede electrónica.",
    ),
    # --- bank "ofertas" and "solicitud" ------------------------------------------------------
    m(
        "7915",
        "2025-09-24 11:00",
        "Banco Litoral <ofertas@bancolitoral.es>",
        "Marta, tienes una oferta preconcedida",
        ES,
        html="<p>Hola Marta,</p><p>Tienes un <b>préstamo preconcedido</b> de hasta 12.000 € sin comisión de apertura. Oferta válida hasta el 31 de octubre.</p><p><a href='#'>Solicitar ahora</a></p>",
    ),
    m(
        "7916",
        "2025-10-31 17:10",
        "Banco Litoral <avisos@bancolitoral.es>",
        "Hemos recibido tu solicitud de tarjeta de crédito",
        ES,
        text="Hola Marta:\n\nHemos recibido tu solicitud de Tarjeta Litoral Oro. Estamos revisando tu documentación y te responderemos en un plazo máximo de 3 días hábiles.\n\nBanco Litoral",
    ),
    m(
        "7917",
        "2025-11-04 10:00",
        "Banco Litoral <avisos@bancolitoral.es>",
        "Tu solicitud de tarjeta ha sido aprobada",
        ES,
        text="¡Enhorabuena, Marta! Tu solicitud ha sido aprobada. Recibirás tu Tarjeta Litoral Oro en 5-7 días en tu domicilio.",
    ),
    m(
        "7918",
        "2025-12-01 10:00",
        "Banco Litoral <ofertas@bancolitoral.es>",
        "Oferta exclusiva: domicilia tu nueva nómina y llévate 300 €",
        ES,
        html="<p>¿Has cambiado de trabajo? Domicilia tu nueva nómina antes del 31 de enero y te regalamos 300 €.</p>",
    ),
    m(
        "7919",
        "2026-01-15 13:00",
        "Vueling <noreply@vueling-news.com>",
        "Ofertas de invierno: vuela a Lisboa desde 29,99 €",
        ES,
        html="<p>Escápate este invierno: Lisboa, Palma, Roma. Plazas limitadas.</p>",
    ),
    # --- friends and family ------------------------------------------------------------------
    m(
        "7920",
        "2025-09-11 21:40",
        "Clara Mas <claramas88@gmail.com>",
        "quedada sábado?",
        ES,
        text="Tiaaa, ¿te vienes el sábado a la Barceloneta? Vienen el Pol y la Berta. Por cierto, a la Berta la han hecho jefa de sala en el restaurante, ¡brindamos!\n\nbesos",
    ),
    m(
        "7921",
        "2025-09-30 22:15",
        "Berta Ribas <berta.ribas@hotmail.com>",
        "Re: ¿cómo va la búsqueda?",
        ES,
        text="Marta, ánimo con las entrevistas. En el restaurante esto es una locura desde que me ascendieron: tres camareros de baja y el encargado nuevo no se entera. Si ves algo de sala en tus hoteles avísame jaja\n\nBesos,\nBerta\n\nEl mar, 30 sept 2025 a las 21:02, Marta Vidal Roig escribió:\n> ¿Qué tal el curro nuevo? Yo sigo con procesos, esta semana tengo dos.",
    ),
    m(
        "7922",
        "2025-10-19 10:20",
        "Mamá <roser.roig.p@gmail.com>",
        "Dinar diumenge",
        ES,
        text="Filla, diumenge dinem a Sabadell amb els avis. Porta les postres si pots. El pare diu que si vas a Palma per l'entrevista et pot deixar la maleta gran.\n\nPetons,\nMama",
    ),
    m(
        "7923",
        "2025-11-08 11:02",
        "Pol Garriga <polgarriga@gmail.com>",
        "Re: me han ofrecido dos cosas!!",
        ES,
        text="¡Enhorabuena!! Yo me quedaría en Barcelona, la verdad, lo del hotel boutique del Born suena genial y Palma en invierno es muy muerto. Además en mi empresa acaban de hacer un ERE y te digo que lo de tener estabilidad cerca de casa vale oro.\n\nPol",
    ),
    m(
        "7924",
        "2025-11-28 19:00",
        "Clara Mas <claramas88@gmail.com>",
        "Celebración!!",
        ES,
        text="Cena de celebración por tu trabajo nuevo el viernes en el Poblenou, reservado a las 21:30. No acepto un no por respuesta.",
    ),
    m(
        "7925",
        "2025-12-20 12:30",
        "Pau Vidal <pau.vidal.roig@gmail.com>",
        "Regal dels pares",
        ES,
        text="Germaneta, fem el regal de Nadal dels pares a mitges? Havia pensat en una escapada a Lisboa. Tu que coneixes hotels, recomana'n un!\n\nPau",
    ),
    m(
        "7926",
        "2026-01-11 20:45",
        "Berta Ribas <berta.ribas@hotmail.com>",
        "me voy del restaurante",
        ES,
        text="Marta!! He aceptado una oferta de un grupo de restauración en Gràcia, empiezo en febrero como encargada. Me hicieron tres entrevistas y una prueba de un día. Te cuento en persona, ¿café el jueves?\n\nB.",
    ),
    m(
        "7927",
        "2026-02-14 09:10",
        "Clara Mas <claramas88@gmail.com>",
        "Fwd: entradas concierto",
        ES,
        text="Te reenvío las entradas, guárdalas tú que yo las pierdo.\n\n---------- Forwarded message ---------\nDe: Ticketea Barcelona\nAsunto: Tus entradas - Sala Apolo 27/02\n\n2 entradas · Pista · 22:00",
    ),
    m(
        "7928",
        "2025-10-25 17:25",
        "Sarah Okafor <sarah.okafor@outlook.com>",
        "Lisbon weekend?",
        EN,
        text="Hey Marta! Are you still thinking of going to Lisbon for that interview? I'll be there 31 Oct - 2 Nov for a conference, we could grab dinner. My team at work just got restructured so I need wine.\n\nxx Sarah",
    ),
    m(
        "7929",
        "2026-01-27 18:40",
        "Sarah Okafor <sarah.okafor@outlook.com>",
        "Re: new job!",
        EN,
        text="So happy the new job is going well! Sounds like the owner really trusts you. I've just had my annual review, got promoted to senior analyst, finally.\n\nS.",
    ),
    # --- calendar invites that are not interviews ------------------------------------------
    m(
        "7930",
        "2025-10-06 09:00",
        "Clínica Dental Clot <citas@dentalclot.es>",
        "Recordatorio de cita - 9 de octubre, 18:00",
        ES,
        text="Hola Marta, te recordamos tu cita de revisión e higiene el jueves 9 de octubre a las 18:00 con la Dra. Serrano. Si no puedes venir, avísanos con 24 h.",
        ics={
            "uid": "dentalclot-2025-1009",
            "start": "2025-10-09 18:00:00 +0200",
            "minutes": 45,
            "summary": "Cita Clínica Dental Clot",
            "organizer": ("Clínica Dental Clot", "citas@dentalclot.es"),
            "location": "C/ Clot 112, Barcelona",
        },
    ),
    m(
        "7931",
        "2025-12-05 14:30",
        "Clara Mas <claramas88@gmail.com>",
        "Invitación: Amigo invisible 2025 @ sáb 20 dic 2025 20:30",
        ES,
        text="Clara Mas te ha invitado a un evento.\n\nAmigo invisible 2025\nsábado, 20 de diciembre de 2025 · 20:30 - 23:30\nCasa de Clara, C/ Pere IV 88",
        ics={
            "uid": "amigoinvisible2025@google.com",
            "start": "2025-12-20 20:30:00 +0100",
            "minutes": 180,
            "summary": "Amigo invisible 2025",
            "organizer": ("Clara Mas", "claramas88@gmail.com"),
            "location": "C/ Pere IV 88",
        },
    ),
    m(
        "7932",
        "2026-01-19 10:00",
        "Ajuntament de Barcelona <cita.previa@bcn.cat>",
        "Confirmació cita prèvia - Empadronament",
        ES,
        text="Cita prèvia confirmada / Cita previa confirmada\nTràmit: Alta al padró per canvi de domicili\nOAC Sant Martí · 26/01/2026 · 9:40\nLocalitzador: BCN-55821",
    ),
    # --- podcasts and newsletters with "entrevista" / "interview" --------------------------
    m(
        "7935",
        "2025-10-09 08:00",
        "Hospitality Talks Podcast <hello@hospitalitytalks.fm>",
        "New episode: an interview with a GM who opened 12 hotels",
        EN,
        html="<p>This week on Hospitality Talks we interview a general manager who has led 12 hotel openings across Europe. Listen on your favourite platform.</p>",
    ),
    m(
        "7936",
        "2026-01-29 08:00",
        "Hospitality Talks Podcast <hello@hospitalitytalks.fm>",
        "Episode 88: hiring in hospitality after the boom",
        EN,
        html="<p>Why do hotels struggle to hire front-line staff? We talk to two HR directors about recruitment, retention and the 4-day week.</p>",
    ),
    m(
        "7937",
        "2025-11-20 18:00",
        "La Vanguardia Newsletters <newsletters@lavanguardia-noticias.es>",
        "La entrevista de la semana: Ada Colom, chef",
        ES,
        html="<p>Entrevistamos a la chef Ada Colom, que acaba de abrir su restaurante en Sant Antoni. Además, la agenda cultural del fin de semana.</p>",
    ),
    # --- LinkedIn social notifications ----------------------------------------------------
    m(
        "7940",
        "2025-09-21 12:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Felicita a Jordi por su nuevo puesto",
        ES,
        html="<p>Jordi Serra ha empezado un nuevo puesto como Hotel Director en Hoteles Mirasol.</p><p><a href='#'>Felicitar</a></p>",
    ),
    m(
        "7941",
        "2025-10-12 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Tu perfil ha aparecido en 27 búsquedas",
        ES,
        html="<p>Marta, tu perfil ha aparecido en 27 búsquedas esta semana. Descubre quién te busca con Premium.</p>",
    ),
    m(
        "7942",
        "2025-12-03 19:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Berta Ribas y 14 personas más han reaccionado a tu publicación",
        ES,
        html="<p>Tu publicación «Nueva etapa como Responsable d'Operacions en Casa Aurèlia» está teniendo mucha actividad.</p>",
    ),
    m(
        "7943",
        "2026-01-05 12:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Marta, tienes 4 invitaciones pendientes",
        ES,
        html="<p>Montse Ferrer, Iván Roca y 2 personas más quieren conectar contigo.</p>",
    ),
    m(
        "7944",
        "2026-02-02 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Felicita a Pol por su aniversario laboral",
        ES,
        html="<p>Pol Garriga celebra 5 años en su empresa. <a href='#'>Felicitar</a></p>",
    ),
    # --- travel and misc --------------------------------------------------------------------
    m(
        "7945",
        "2025-10-13 21:00",
        "Renfe <venta@renfe-billetes.es>",
        "Tu billete Barcelona-València 18/10",
        ES,
        text="Localizador: 4TQ9PX. Barcelona Sants 07:30 - València Joaquín Sorolla 10:22. Coche 5, plaza 7A.",
    ),
    m(
        "7946",
        "2025-10-24 08:10",
        "Airbnb <automated@airbnb.com>",
        "Reserva confirmada en Lisboa",
        ES,
        html="<p>¡Todo listo para tu viaje a Lisboa, Marta! 31 oct - 2 nov · Apartamento en Graça · Anfitriona: Teresa.</p>",
    ),
    m(
        "7947",
        "2025-10-30 15:00",
        "Teresa Lopes <teresa.graca.alojamento@gmail.com>",
        "Chegada sexta-feira",
        PT,
        text="Olá Marta! As chaves estão na caixa ao lado da porta, código 4410. O wifi é GracaCasa / sardinha25. Boa estadia!\n\nTeresa",
    ),
    m(
        "7948",
        "2025-11-17 11:30",
        "Biblioteques de Barcelona <biblioteques@bcn.cat>",
        "Préstec a punt de vèncer",
        ES,
        text="El document «Gestió hotelera: operacions i qualitat» s'ha de retornar el 20/11/2025 a la Biblioteca Sant Martí de Provençals.",
    ),
    m(
        "7949",
        "2025-12-28 10:00",
        "Mercat Online <ofertas@mercatonline.es>",
        "Rebajas: ofertas de hasta el 50 %",
        ES,
        html="<p>Empiezan las rebajas. Ofertas en moda, hogar y tecnología.</p>",
    ),
    m(
        "7950",
        "2026-01-08 18:00",
        "Fitnova Poblenou <hola@fitnova.es>",
        "Tu solicitud de baja temporal",
        ES,
        text="Hola Marta, hemos recibido tu solicitud de congelación de cuota para febrero. Se aplicará desde el día 1. Fitnova Poblenou",
    ),
    m(
        "7951",
        "2025-09-14 12:00",
        "Escola d'Idiomes Poblenou <secretaria@idiomespoblenou.cat>",
        "Matrícula curs de portuguès - confirmació",
        ES,
        text="Hola Marta,\n\nHem rebut la teva sol·licitud d'inscripció al curs de portuguès A2 (dimarts i dijous, 20:00). Confirmada la plaça. El curs comença el 6 d'octubre.\n\nSecretaria",
    ),
    m(
        "7952",
        "2025-11-05 12:00",
        "Correos <notificaciones@correos-envios.es>",
        "Tu envío está en reparto",
        ES,
        text="Tu envío PQ4A2B0431 está en reparto y se entregará hoy.",
    ),
    m(
        "7953",
        "2025-12-12 09:30",
        "Movistar <facturas@movistar-clientes.es>",
        "Tu factura de diciembre",
        ES,
        html="<p>Tu factura de diciembre ya está disponible: 58,90 €.</p>",
    ),
    m(
        "7954",
        "2026-02-21 11:00",
        "Pau Vidal <pau.vidal.roig@gmail.com>",
        "Re: Regal dels pares",
        ES,
        text="Ja està reservat l'hotel de Lisboa que em vas dir. Als pares els ha encantat la idea!\n\nPau",
    ),
]

BIZUM = [
    ("2025-09-07", "Clara Mas", "12,50", "pizzas"),
    ("2025-09-21", "Pol Garriga", "30,00", "entradas Primavera"),
    ("2025-10-12", "Berta Ribas", "18,00", "cena dijous"),
    ("2025-11-02", "Pau Vidal", "45,00", "regal aniversari mama"),
    ("2025-11-29", "Clara Mas", "35,00", "cena celebración"),
    ("2025-12-21", "Pau Vidal", "150,00", "Lisboa pares"),
    ("2026-01-18", "Berta Ribas", "9,00", "vermut"),
    ("2026-02-08", "Sarah Okafor", "22,00", "calçotada"),
]
for i, (day, who, amount, concept) in enumerate(BIZUM):
    MAIL.append(
        m(
            f"783{i:02d}",
            f"{day} 14:{20 + i}",
            "Banco Litoral <avisos@bancolitoral.es>",
            f"Has recibido un Bizum de {who}",
            ES,
            text=f"Hola Marta:\n\nHas recibido {amount} € de {who}.\nConcepto: {concept}\n\nBanco Litoral",
        )
    )

LIGHT = [
    ("2025-09-25", "septiembre", "41,12"),
    ("2025-10-27", "octubre", "38,70"),
    ("2025-11-25", "noviembre", "52,33"),
    ("2025-12-29", "diciembre", "64,05"),
    ("2026-01-26", "enero", "71,48"),
    ("2026-02-24", "febrero", "59,90"),
]
for i, (day, name, amount) in enumerate(LIGHT):
    MAIL.append(
        m(
            f"784{i:02d}",
            f"{day} 10:05",
            "Energia Mediterrània <clientes@energiamediterrania.es>",
            f"Factura de luz de {name}",
            ES,
            html=f"<p>Hola Marta,</p><p>Ya tienes disponible tu factura de luz de {name}: <b>{amount} €</b>.</p><p>¿Sabías que con nuestra oferta Tarifa Noche ahorrarías hasta un 12 %? <a href='#'>Ver oferta</a></p>",
        )
    )

FOOD = [
    ("2025-09-19", "Poke Bowl Born"),
    ("2025-10-10", "Ramen Ya"),
    ("2025-10-26", "Pizzeria Sant Martí"),
    ("2025-11-21", "Sushi Clot"),
    ("2025-12-14", "Burritos Poblenou"),
    ("2026-01-24", "Dim Sum Gràcia"),
]
for i, (day, place) in enumerate(FOOD):
    MAIL.append(
        m(
            f"785{i:02d}",
            f"{day} 21:{10 + i}",
            "Menjar a Casa <pedidos@menjaracasa.app>",
            f"Tu pedido de {place} está en camino",
            ES,
            html=f"<p>¡Marchando! Tu pedido de <b>{place}</b> llegará en 25-35 min.</p><p>Usa el código CASA5 para 5 € de descuento en tu próximo pedido.</p>",
        )
    )

CAMPUS = [
    (
        "2025-09-13",
        "Abiertas las inscripciones: Curso de Revenue Management",
        "Plazas limitadas. Bonificable por FUNDAE.",
    ),
    (
        "2025-10-04",
        "Solicitud de beca recibida",
        "Hemos recibido tu solicitud de beca para el Curso de Revenue Management. Resolvemos el 20 de octubre.",
    ),
    (
        "2025-10-20",
        "Resolución de becas: concedida",
        "¡Enhorabuena! Se te ha concedido una beca del 30 %. Confirma tu matrícula antes del 27.",
    ),
    (
        "2025-11-10",
        "Webinar: liderazgo de equipos en hostelería",
        "Jueves 13 a las 18:00. Inscripción gratuita.",
    ),
    (
        "2026-01-12",
        "Tu certificado ya está disponible",
        "Has completado el Curso de Revenue Management. Descarga tu certificado.",
    ),
    (
        "2026-02-09",
        "Oferta: 20 % en el Máster en Dirección Hotelera",
        "Solo hasta el 28 de febrero.",
    ),
]
for i, (day, subject, body) in enumerate(CAMPUS):
    MAIL.append(
        m(
            f"786{i:02d}",
            f"{day} 11:{15 + i}",
            "Campus Hostelería Online <info@campushosteleria.es>",
            subject,
            ES,
            html=f"<p>Hola Marta,</p><p>{body}</p><p>Campus Hostelería Online</p>",
        )
    )

CITY = [
    ("2025-09-17", "Qué hacer en Barcelona este fin de semana: Festes de la Mercè"),
    ("2025-10-15", "Los 10 mejores vermuts de Sant Antoni"),
    ("2025-11-12", "Planes de otoño: castañadas y conciertos"),
    ("2025-12-10", "Mercados de Navidad en Barcelona 2025"),
    ("2026-01-14", "Rebajas, museos gratis y planes baratos de enero"),
    ("2026-02-11", "Calçotades cerca de Barcelona"),
]
for i, (day, subject) in enumerate(CITY):
    MAIL.append(
        m(
            f"787{i:02d}",
            f"{day} 17:00",
            "Planes BCN <hola@planesbcn-news.com>",
            subject,
            ES,
            html=f"<h1>{subject}</h1><p>Nuestra selección semanal de planes en la ciudad.</p><p><a href='#'>Darte de baja</a></p>",
        )
    )

MAIL += [
    m(
        "7960",
        "2025-09-28 20:30",
        "Comunitat de Propietaris Sardenya 280 <administracio@finquesbosch.cat>",
        "Convocatòria junta ordinària",
        ES,
        text="Es convoca als veïns a la junta ordinària el dimarts 7 d'octubre a les 19:30 al vestíbul. Ordre del dia: pressupost 2026, ascensor, derrames.",
    ),
    m(
        "7961",
        "2025-12-11 09:15",
        "Seguros Salut Plus <reembolsos@salutplus.es>",
        "Solicitud de reembolso recibida",
        ES,
        text="Hola Marta, hemos recibido tu solicitud de reembolso de la factura de fisioterapia (60,00 €). La resolveremos en 10 días hábiles.",
    ),
    m(
        "7962",
        "2025-12-19 12:00",
        "Seguros Salut Plus <reembolsos@salutplus.es>",
        "Tu solicitud de reembolso ha sido aprobada",
        ES,
        text="Te abonaremos 48,00 € en la cuenta terminada en 7712 en los próximos días.",
    ),
    m(
        "7963",
        "2025-11-01 18:00",
        "Cines Verdi <entradas@cinesverdi-bcn.es>",
        "Tus entradas - sábado 1 nov, 20:15",
        ES,
        text="2 entradas · Sala 3 · Fila F, butacas 7 y 8. Presenta el QR en la entrada.",
    ),
    m(
        "7964",
        "2025-10-05 20:00",
        "Clara Mas <claramas88@gmail.com>",
        "Re: quedada sábado?",
        ES,
        text="Vale, entonces el sábado que viene. Por cierto, me han llamado de una empresa para una entrevista de diseñadora, ¡deséame suerte!\n\n> El 5 oct 2025, a las 19:12, Marta escribió:\n> Este finde no puedo, tengo que preparar dos entrevistas.",
    ),
    m(
        "7965",
        "2025-10-18 22:50",
        "Clara Mas <claramas88@gmail.com>",
        "NO ME LO CREO",
        ES,
        text="¡¡Me han hecho una oferta!! Empiezo en noviembre en el estudio de Gràcia. Mañana te llamo que hoy estoy afónica de gritar.",
    ),
    m(
        "7966",
        "2025-11-23 10:40",
        "Mamá <roser.roig.p@gmail.com>",
        "Felicitats!!",
        ES,
        text="Filla, el pare i jo estem molt orgullosos. Casa Aurèlia, quin nom més bonic. Diumenge ho celebrem.\n\nMama",
    ),
    m(
        "7967",
        "2025-12-27 11:00",
        "Pol Garriga <polgarriga@gmail.com>",
        "Cap d'any",
        ES,
        text="¿Al final quién viene a cap d'any a casa? Si trabajas, pásate después del turno, guardamos uvas.\n\nPol",
    ),
    m(
        "7968",
        "2026-01-03 13:20",
        "Joana Ferrer <joana.ferrer.arq@gmail.com>",
        "Cafè?",
        ES,
        text="Marta! Em diu la Clara que estàs de directora d'operacions en un hotel del Born. Jo acabo de deixar l'estudi i començo de freelance, si mai necessiteu reformes ja saps! Cafè aviat?\n\nJoana",
    ),
    m(
        "7969",
        "2026-02-17 19:30",
        "Berta Ribas <berta.ribas@hotmail.com>",
        "primera semana",
        ES,
        text="Sobreviví a la primera semana de encargada. El equipo es majo pero el TPV es del siglo pasado. ¿Tú qué tal con la temporada baja?",
    ),
    m(
        "7970",
        "2025-09-03 08:30",
        "Música Ara <hola@musicaara.app>",
        "Tu suscripción Premium se renovará el 5 de septiembre",
        ES,
        html="<p>Tu plan Premium Individual (10,99 €/mes) se renovará automáticamente.</p>",
    ),
    m(
        "7971",
        "2025-11-30 12:00",
        "Música Ara <hola@musicaara.app>",
        "Oferta Black Friday: 3 meses de Premium Familiar por 0 €",
        ES,
        html="<p>Comparte tu música con hasta 6 personas. Oferta válida hasta el 2 de diciembre.</p>",
    ),
    m(
        "7972",
        "2026-01-30 18:00",
        "Google Calendar <calendar-notification@google.com>",
        "Invitación: Calçotada Valls @ dom 8 feb 2026 12:00",
        ES,
        text="Pol Garriga te ha invitado a Calçotada Valls.\ndomingo, 8 de febrero de 2026 · 12:00 - 18:00\nMas Cal Ponet, Valls",
        ics={
            "uid": "calcotada2026@google.com",
            "start": "2026-02-08 12:00:00 +0100",
            "minutes": 360,
            "summary": "Calçotada Valls",
            "organizer": ("Pol Garriga", "polgarriga@gmail.com"),
            "location": "Mas Cal Ponet, Valls",
        },
    ),
    m(
        "7973",
        "2025-10-21 20:40",
        "Airbnb <automated@airbnb.com>",
        "Tu anfitriona te ha enviado un mensaje",
        ES,
        html="<p>Teresa: Olá Marta! Confirmo a entrada a partir das 15h. Até breve!</p>",
    ),
    m(
        "7974",
        "2026-02-26 09:00",
        "TMB <noreply@tmb.cat>",
        "Enquesta de satisfacció / Encuesta de satisfacción",
        ES,
        html="<p>Ajuda'ns a millorar: respon l'enquesta sobre el servei de metro (3 minuts).</p>",
    ),
]

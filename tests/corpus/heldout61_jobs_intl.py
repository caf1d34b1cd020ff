# ruff: noqa: E501
"""Corpus 61, Spanish and Portuguese job mail (data only): see heldout61.py."""

from __future__ import annotations

from typing import Any

from heldout61_jobs import ev, m


def ES(cat, co, role, app, src):
    return (cat, co, role, app, src, "es")


def PT(cat, co, role, app, src):
    return (cat, co, role, app, src, "pt")


MA, MA1, MA2 = (
    "Hoteles Marisal",
    "Jefe/a de Recepción - Tenerife Sur",
    "Supervisor/a de Operaciones F&B - Gran Canaria",
)
AV, AVR = "Almacenes Vela", "Encargado/a de tienda - Madrid Goya"
AL, ALR = "Hotel Alfama Luz", "Supervisor de Operações"
SA, SAR = "Supermercados Alisio", "Jefe/a de Sección - Las Palmas"
PERSONIO = "Hoteles Marisal <noreply@personio.de>"

MAIL: list[dict[str, Any]] = [
    # --- 21 Hoteles Marisal, Tenerife (Personio) --------------------------------------------
    m(
        "620101",
        "2025-10-04 22:10",
        PERSONIO,
        "Hemos recibido tu candidatura",
        ES("confirmation", MA, MA1, 21, "personio"),
        "Hola Ciarán:\n\nGracias por tu interés en Hoteles Marisal. Hemos recibido correctamente tu candidatura para el puesto de Jefe/a de Recepción - Tenerife Sur (Marisal Costa Adeje 4*).\n\n"
        "Nuestro equipo de Personas revisará tu perfil. Si encaja con lo que buscamos, te contactaremos en las próximas semanas. En caso contrario, te informaremos igualmente por correo.\n\n"
        "Un saludo,\nEquipo de Selección\nMarisal Hotels & Resorts S.L.",
    ),
    m(
        "620102",
        "2025-10-13 10:45",
        "Marta Siverio <marta.siverio@marisalhotels.es>",
        "Entrevista - Jefe/a de Recepción Costa Adeje",
        ES("interview", MA, MA1, 21, "direct"),
        "Hola Ciarán,\n\nMe llamo Marta y llevo la selección del hotel Marisal Costa Adeje. Nos ha gustado mucho tu perfil, sobre todo la experiencia con clientes internacionales. "
        "¿Te vendría bien una videollamada el jueves 16 de octubre a las 12:00 (hora canaria, la misma que en Dublín)? Te envío la invitación por Google Meet.\n\n"
        "Podemos hacer la entrevista en inglés y una parte en español, para ver tu nivel.\n\nSaludos,\nMarta Siverio\nResponsable de Personas - Marisal Hotels & Resorts",
        ics=ev(
            "4kq1d8s0ue9mar2025@google.com",
            "2025-10-16 12:00:00 +0100",
            "Entrevista Ciarán Delaney - Jefe/a de Recepción",
            ("Marta Siverio", "marta.siverio@marisalhotels.es"),
            minutes=45,
            location="https://meet.google.com/xqa-rkpt-sov",
        ),
    ),
    m(
        "620103",
        "2025-10-31 13:05",
        PERSONIO,
        "Tu candidatura en Hoteles Marisal",
        ES("rejection", MA, MA1, 21, "personio"),
        "Hola Ciarán:\n\nQueremos agradecerte el tiempo que has dedicado al proceso de selección y la entrevista con Marta. Ha sido un placer conocerte.\n\n"
        "Tras valorar todas las candidaturas, hemos decidido continuar con otra persona cuyo perfil se ajusta más a las necesidades actuales del hotel. "
        "Guardaremos tus datos para futuras vacantes, si nos das tu consentimiento.\n\nUn cordial saludo,\nEquipo de Selección\nMarisal Hotels & Resorts",
    ),
    # --- 22 Hoteles Marisal, Gran Canaria (second role; on hold) ---------------------------
    m(
        "620201",
        "2025-10-20 09:30",
        PERSONIO,
        "Hemos recibido tu candidatura",
        ES("confirmation", MA, MA2, 22, "personio"),
        "Hola Ciarán:\n\nGracias por tu interés en Hoteles Marisal. Hemos recibido correctamente tu candidatura para el puesto de Supervisor/a de Operaciones F&B - Gran Canaria (Marisal Meloneras).\n\n"
        "Un saludo,\nEquipo de Selección\nMarisal Hotels & Resorts S.L.",
    ),
    m(
        "620202",
        "2025-11-12 16:20",
        "Marta Siverio <marta.siverio@marisalhotels.es>",
        "Proceso F&B Meloneras",
        ES("confirmation", MA, MA2, 22, "direct"),
        "Hola de nuevo Ciarán,\n\nTe escribo para contarte que el proceso de Supervisor/a de Operaciones F&B en Meloneras queda en pausa hasta enero, porque la reforma del hotel se ha retrasado. "
        "Tu candidatura sigue activa y te avisaré en cuanto lo retomemos.\n\nUn abrazo,\nMarta",
        st="on_hold",
    ),
    # --- 23 Almacenes Vela (InfoJobs; careers mail from parent Grupo Brisamar) ---------------
    m(
        "620301",
        "2025-11-01 12:44",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Encargado/a de tienda - Madrid Goya",
        ES("confirmation", AV, AVR, 23, "other"),
        None,
        "<html><body><p>Hola Ciarán,</p><p>Te has inscrito correctamente en la oferta:</p><p><b>Encargado/a de tienda - Madrid Goya</b><br>Almacenes Vela<br>Madrid (Madrid)</p>"
        "<p>Te avisaremos cuando la empresa lea tu CV o cambie el estado de tu candidatura.</p><p>Equipo InfoJobs</p></body></html>",
    ),
    m(
        "620302",
        "2025-11-04 08:15",
        "InfoJobs <noreply@infojobs.net>",
        "Almacenes Vela ha leído tu CV",
        ES("viewed", AV, AVR, 23, "other"),
        "Hola Ciarán,\n\nBuenas noticias: Almacenes Vela ha leído tu CV para la oferta Encargado/a de tienda - Madrid Goya.\n\nEstado: CV leído\n\nSigue el estado de tus candidaturas en InfoJobs.",
    ),
    m(
        "620303",
        "2025-11-06 17:30",
        "Talento Grupo Brisamar <talento@grupobrisamar.com>",
        "Tu candidatura - Encargado/a Goya",
        ES("assessment", AV, AVR, 23, "direct"),
        "Hola Ciarán:\n\nDesde el departamento de Talento de Grupo Brisamar (Almacenes Vela, Brisa Home) te invitamos a realizar una prueba online de competencias: 20 situaciones habituales en tienda en las que tendrás que elegir la respuesta que te parezca más adecuada. Dura unos 20 minutos.\n\n"
        "Enlace: https://evaluacion.grupobrisamar.com/sjt/AV-GOYA-118\nPlazo: 10 de noviembre\n\nGracias,\nTalento Grupo Brisamar",
    ),
    m(
        "620304",
        "2025-11-20 10:02",
        "InfoJobs <noreply@infojobs.net>",
        "Actualización de tu candidatura en Almacenes Vela",
        ES("rejection", AV, AVR, 23, "other"),
        "Hola Ciarán,\n\nEl estado de tu candidatura para Encargado/a de tienda - Madrid Goya ha cambiado a: Descartado/a.\n\nNo te desanimes, hay miles de ofertas esperándote en InfoJobs.",
    ),
    # --- 24 Hotel Alfama Luz, Lisbon (Recruitee; ghosted after interview) -------------------
    m(
        "620401",
        "2025-11-22 15:38",
        "Hotel Alfama Luz <noreply@recruitee.com>",
        "Obrigado pela sua candidatura",
        PT("confirmation", AL, ALR, 24, "recruitee"),
        "Olá Ciarán,\n\nObrigado pelo seu interesse no Hotel Alfama Luz! Recebemos a sua candidatura para Supervisor de Operações.\n\n"
        "A nossa equipa vai analisar o seu perfil e entraremos em contacto consigo caso avance para a próxima fase.\n\nCom os melhores cumprimentos,\nEquipa de Recursos Humanos\nAlfama Luz Boutique Hotel, Lda.",
    ),
    m(
        "620402",
        "2025-12-01 11:12",
        "Joana Ferraz <joana.ferraz@alfamaluz.pt>",
        "Entrevista - Supervisor de Operações",
        PT("interview", AL, ALR, 24, "direct"),
        "Olá Ciarán,\n\nGostaríamos de conversar consigo por videochamada sobre a vaga de Supervisor de Operações. Pode ser na quinta-feira, 4 de dezembro, às 15h (hora de Lisboa)? "
        "A entrevista será em inglês, não se preocupe com o português.\n\nCumprimentos,\nJoana Ferraz\nDiretora de Operações | Hotel Alfama Luz",
        ics=ev(
            "7hj2mlk0alfama@google.com",
            "2025-12-04 15:00:00 +0000",
            "Entrevista: Ciarán Delaney / Hotel Alfama Luz",
            ("Joana Ferraz", "joana.ferraz@alfamaluz.pt"),
            minutes=40,
            location="https://meet.google.com/fpd-wnqe-tua",
        ),
    ),
    # --- 25 Supermercados Alisio (referral; forwarded confirmation) -------------------------
    m(
        "620501",
        "2025-11-03 19:25",
        "Lucía Benítez <lucia.benitez.g@hotmail.es>",
        "RV: Confirmación de candidatura - Jefe/a de Sección",
        ES("confirmation", SA, SAR, 25, "smartrecruiters"),
        "Ciarán!! Mira, me ha llegado esto a mí porque te metí como referido. Ya estás dentro 😊 Mi jefa dice que llaman en un par de semanas.\n\n"
        "________________________________\nDe: Supermercados Alisio <noreply@smartrecruiters.com>\nEnviado: lunes, 3 de noviembre de 2025 18:02\nPara: Lucía Benítez\n"
        "Asunto: Confirmación de candidatura - Jefe/a de Sección\n\n"
        "Hola Lucía:\n\nGracias por recomendar a Ciarán Delaney para el puesto Jefe/a de Sección - Las Palmas. Hemos recibido su candidatura y la revisaremos en breve. Te mantendremos informada del resultado del programa de referidos.\n\nEquipo de Selección Supermercados Alisio",
    ),
    m(
        "620502",
        "2025-11-05 09:00",
        "Supermercados Alisio <noreply@smartrecruiters.com>",
        "Gracias por tu candidatura en Supermercados Alisio",
        ES("confirmation", SA, SAR, 25, "smartrecruiters"),
        "Hola Ciarán:\n\nGracias por presentar tu candidatura al puesto Jefe/a de Sección - Las Palmas. La hemos recibido correctamente. Si tu perfil no resulta seleccionado, te lo comunicaremos por este medio.\n\nUn saludo,\nEquipo de Selección",
    ),
    m(
        "620503",
        "2025-12-12 12:20",
        "Supermercados Alisio <noreply@smartrecruiters.com>",
        "Novedades sobre tu proceso",
        ES("rejection", SA, SAR, 25, "smartrecruiters"),
        "Hola Ciarán:\n\nLamentamos comunicarte que en esta ocasión no continuaremos con tu candidatura para Jefe/a de Sección - Las Palmas. Valoramos mucho tu experiencia y te animamos a seguir atento a nuestras ofertas.\n\nUn saludo,\nEquipo de Selección Supermercados Alisio",
    ),
    # --- alerts / outreach ------------------------------------------------------------------
    m(
        "620601",
        "2025-10-08 08:00",
        "InfoJobs <alertas@infojobs.net>",
        "5 nuevas ofertas de Encargado de tienda",
        ("alert", None, None, None, "other", "es"),
        "Nuevas ofertas para tu alerta 'encargado de tienda' en Madrid y Canarias:\n- Encargado/a de tienda - Almacenes Vela - Madrid\n- 2º Encargado/a - Calzados Rivera - Santa Cruz de Tenerife\n- Jefe/a de Sección - Supermercados Alisio - Las Palmas\n\nVer ofertas",
    ),
    m(
        "620602",
        "2025-12-18 10:30",
        "Rui Valente <rui.valente@hospitalityhunters.pt>",
        "Oportunidade - Gestor de Operações, hotel 5* no Porto",
        ("outreach", None, "Gestor de Operações", None, "agency", "pt"),
        "Olá Ciarán,\n\nEncontrei o seu perfil no LinkedIn. Estou a recrutar um Gestor de Operações para um hotel de 5 estrelas no Porto, cliente nosso. Inglês fluente é essencial, português é uma vantagem. "
        "Teria disponibilidade para uma conversa de 15 minutos esta semana?\n\nCumprimentos,\nRui Valente\nHospitality Hunters - Executive Search",
    ),
    m(
        "620603",
        "2025-10-25 19:00",
        "Lucía Benítez <lucia.benitez.g@hotmail.es>",
        "RV: Oferta de empleo Alisio",
        ("alert", SA, SAR, None, "other", "es"),
        "Mira esto, en mi súper buscan jefe de sección en Las Palmas. ¿Te animas? Si quieres te meto como referido y me dan 300 pavos jaja\n\n"
        "---------- Mensaje reenviado ----------\nOferta de empleo: Jefe/a de Sección - Las Palmas\nSupermercados Alisio busca una persona responsable de sección de frescos para su tienda de Mesa y López. Experiencia mínima 2 años gestionando equipos. Contrato indefinido.",
    ),
]

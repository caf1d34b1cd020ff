# ruff: noqa: E501
"""Corpus 90, job mail part 1 (data only): see heldout90.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    return "-0300"  # Chile keeps summer time (CLST) from September 2025 to April 2026


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src, lang="es"):
    return (cat, co, role, app, src, lang)


def ev(uid, start, summary, org, minutes=45, location="", description=""):
    return {
        "uid": uid,
        "start": start + ":00 -0300",
        "minutes": minutes,
        "summary": summary,
        "organizer": org,
        "location": location,
        "description": description,
    }


MA, MAR = "Mercado Andino", "Analista de Category Management"
MAP = "Analista de Pricing Senior"
TP, TPR = "Tiendas Pehuén", "Analista Comercial Vestuario Mujer"
DS, DSR = "Despensa", "Category Analyst"
FV, FVR = "Farmacias Vitalis", "Analista de Categorías OTC y Cuidado Personal"
HM, HMR = "Hogar Maule", "Analista de Category Management Senior"
SR, SRR = "Supermercados Ribera", "Analista de Categorías"
GD, GDR = "Góndola Data", "Retail Analytics Consultant"
CE, CER = "Cestia", "Category Manager Junior (remoto)"
CA, CAR = "Comercial Austral", "Analista de Pricing"
BP, BPR = "Banco del Pacífico Sur", "Analista de Inteligencia Comercial"
OL, OLR = "Ópticas Lumen", "Analista Comercial"
NS, NSR = "Northstar Retail Analytics", "Category Insights Analyst (LatAm, Remote)"

SIG_MA = "\n\nEquipo de Atracción de Talento\nGrupo Cordillera S.A.\nAv. Presidente Riesco 5711, Las Condes"

MAIL: list[dict[str, Any]] = [
    # --- 1 Mercado Andino (Workday of Grupo Cordillera) -------------------------------------
    m(
        "90101",
        "2025-10-03 11:42",
        "Grupo Cordillera <grupocordillera@myworkday.com>",
        "Hemos recibido tu postulación - Analista de Category Management",
        A("confirmation", MA, MAR, 1, "workday"),
        "Hola Catalina:\n\nGracias por postular al cargo Analista de Category Management (R-0048812) en Mercado Andino.\n\nTu postulación fue recibida correctamente y será revisada por nuestro equipo. Si tu perfil se ajusta a lo que buscamos, te contactaremos para continuar con el proceso de selección. En caso contrario, tu CV quedará en nuestra base para futuras oportunidades.\n\nPuedes revisar el estado de tu postulación en cualquier momento ingresando a nuestro portal de empleos."
        + SIG_MA,
    ),
    m(
        "90102",
        "2025-10-14 09:05",
        "Evaluaciones Cordillera <evaluaciones@psicolaboral-andes.cl>",
        "Citación evaluación psicolaboral - Mercado Andino",
        A("assessment", MA, MAR, 1, "other"),
        "Estimada Catalina Fuentes:\n\nEn el marco del proceso de selección para el cargo de Analista de Category Management de Mercado Andino, le informamos que ha sido seleccionada para rendir la evaluación psicolaboral.\n\nFecha: jueves 16 de octubre\nHora: 10:00 hrs.\nModalidad: online (test en plataforma + entrevista por Google Meet con psicóloga)\nDuración estimada: 2 horas y media\n\nLe solicitamos confirmar su asistencia respondiendo este correo. Recuerde contar con un computador, buena conexión y un lugar tranquilo.\n\nSaludos cordiales,\nDaniela Ossandón\nPsicóloga Laboral\nPsicolaboral Andes Ltda.",
    ),
    m(
        "90103",
        "2025-10-22 16:30",
        "Rodrigo Valenzuela <rodrigo.valenzuela@grupocordillera.cl>",
        "Invitación: Entrevista Category Management - Mercado Andino @ lun 27 oct 2025 11:00 - 11:45 (CLST)",
        A("interview", MA, MAR, 1, "direct"),
        "Hola Catalina, te envío la invitación para la entrevista con la Gerencia de Categorías (Perecibles). Es por Google Meet.\n\nSaludos,\nRodrigo Valenzuela\nJefe de Category Management Perecibles\nMercado Andino | Grupo Cordillera",
        ics=ev(
            "ma-int-27oct@grupocordillera.cl",
            "2025-10-27 11:00",
            "Entrevista Category Management - Mercado Andino",
            ("Rodrigo Valenzuela", "rodrigo.valenzuela@grupocordillera.cl"),
            location="https://meet.google.com/qfr-ukza-nwe",
        ),
    ),
    m(
        "90104",
        "2025-11-10 18:12",
        "Grupo Cordillera <grupocordillera@myworkday.com>",
        "Actualización proceso",
        A("rejection", MA, MAR, 1, "workday"),
        "Hola Catalina:\n\nQueremos agradecerte sinceramente el tiempo y la disposición que mostraste durante el proceso de selección para Analista de Category Management. Tu experiencia en retail nos pareció muy interesante y el equipo valoró mucho la conversación.\n\nLamentablemente, en esta oportunidad decidimos avanzar con otro(a) candidato(a) cuyo perfil se ajusta más a los requerimientos actuales del cargo.\n\nTe invitamos a seguir atenta a nuestras ofertas laborales.\n\nTe agradecemos tu interés en formar parte de Mercado Andino."
        + SIG_MA,
    ),
    # --- 17 Mercado Andino again: Pricing Senior ----------------------------------------------
    m(
        "90105",
        "2025-12-02 08:55",
        "Grupo Cordillera <grupocordillera@myworkday.com>",
        "Hemos recibido tu postulación - Analista de Pricing Senior",
        A("confirmation", MA, MAP, 17, "workday"),
        "Hola Catalina:\n\nGracias por postular al cargo Analista de Pricing Senior (R-0051390) en Mercado Andino.\n\nTu postulación fue recibida correctamente y será revisada por nuestro equipo. Si tu perfil se ajusta a lo que buscamos, te contactaremos para continuar con el proceso de selección."
        + SIG_MA,
    ),
    m(
        "90106",
        "2025-12-15 12:20",
        "Constanza Iturra <constanza.iturra@grupocordillera.cl>",
        "Entrevista Pricing - Mercado Andino",
        A("interview", MA, MAP, 17, "direct"),
        "Hola Catalina, ¿cómo estás?\n\nSoy Constanza, del equipo de Atracción de Talento de Grupo Cordillera. Vi que postulaste nuevamente, ahora a Pricing, y el gerente quiere conversar contigo. ¿Te acomoda el miércoles 17 a las 15:30 por Teams? Te mando la invitación apenas me confirmes.\n\nSaludos!\nConstanza Iturra\nTalent Acquisition Partner\nGrupo Cordillera S.A.",
    ),
    m(
        "90107",
        "2026-01-08 10:02",
        "Constanza Iturra <constanza.iturra@grupocordillera.cl>",
        "RE: Entrevista Pricing - Mercado Andino",
        A("confirmation", MA, MAP, 17, "direct"),
        "Hola Catalina,\n\nTe escribo para contarte que el proceso de Analista de Pricing Senior quedó congelado por ahora: con la reestructuración de la gerencia comercial después del Cyber, la vacante no tiene aprobación presupuestaria hasta marzo. Tu perfil quedó muy bien evaluado y si se reactiva te contacto directamente.\n\nMil disculpas por la espera.\n\nConstanza Iturra\nTalent Acquisition Partner\nGrupo Cordillera S.A.\n\n-----Mensaje original-----\nDe: Catalina Fuentes\nEnviado: martes, 6 de enero de 2026 17:40\nAsunto: RE: Entrevista Pricing - Mercado Andino\n\nHola Constanza, ¿hay alguna novedad del proceso? Saludos, Catalina",
        st="on_hold",
    ),
    # --- 2 Tiendas Pehuén (also Grupo Cordillera Workday), ghosted ----------------------------
    m(
        "90108",
        "2025-10-09 21:14",
        "Grupo Cordillera <grupocordillera@myworkday.com>",
        "Hemos recibido tu postulación - Analista Comercial Vestuario Mujer",
        A("confirmation", TP, TPR, 2, "workday"),
        html="<html><body><p>Hola Catalina:</p><p>Gracias por postular al cargo <b>Analista Comercial Vestuario Mujer</b> (R-0049107).</p><p>Tu postulación fue recibida correctamente. Si tu perfil se ajusta a lo que buscamos, te contactaremos.</p><p><img alt='Tiendas Pehuén' src='https://cordillera.wd3.myworkday.com/img/pehuen_logo.png'></p><p style='font-size:11px;color:#777'>Tiendas Pehuén es una marca de Grupo Cordillera S.A.</p></body></html>",
    ),
    m(
        "90147",
        "2025-10-10 08:02",
        "Catalina Fuentes <cata.fuentes.a@outlook.com>",
        "RV: Hemos recibido tu postulación - Analista Comercial Vestuario Mujer",
        A("confirmation", TP, TPR, 2, "workday"),
        "Me lo reenvío al gmail para tenerlo ordenado.\n\n________________________________\nDe: Grupo Cordillera <grupocordillera@myworkday.com>\nEnviado: jueves, 9 de octubre de 2025 21:14\nPara: cata.fuentes.a@outlook.com\nAsunto: Hemos recibido tu postulación - Analista Comercial Vestuario Mujer\n\nHola Catalina:\n\nGracias por postular al cargo Analista Comercial Vestuario Mujer (R-0049107).\nTu postulación fue recibida correctamente. Si tu perfil se ajusta a lo que buscamos, te contactaremos.\n\nTiendas Pehuén es una marca de Grupo Cordillera S.A.",
    ),
    # --- 3 Despensa SpA (Get on Board, founder on gmail), offer declined ----------------------
    m(
        "90109",
        "2025-10-06 13:21",
        "Get on Board <noreply@getonbrd.com>",
        "Postulaste a Category Analyst en Despensa",
        A("confirmation", DS, DSR, 3, "other"),
        "¡Listo, Catalina! Tu postulación a Category Analyst en Despensa SpA fue enviada.\n\nDespensa revisará tu perfil y te avisaremos por aquí cuando haya novedades. Puedes seguir el estado en Mis postulaciones.\n\nTip: las empresas responden más rápido cuando tu perfil está completo al 100%.\n\nEl equipo de Get on Board",
    ),
    m(
        "90110",
        "2025-10-08 19:47",
        "Get on Board <noreply@getonbrd.com>",
        "Despensa vio tu postulación",
        A("viewed", DS, DSR, 3, "other"),
        'Buenas noticias: Despensa revisó tu postulación a Category Analyst y la movió a la etapa "Entrevista". Mantente atenta a tu correo.\n\nEl equipo de Get on Board',
    ),
    m(
        "90111",
        "2025-10-09 22:03",
        "Matías Rebolledo <matirebolledo.d@gmail.com>",
        "Conversemos? (Despensa)",
        A("interview", DS, DSR, 3, "direct"),
        "Hola Cata! Soy Matías, cofundador de Despensa. Vi tu postulación en Get on Board y me encantó tu experiencia armando surtido en perecibles.\n\nTe propongo una videollamada de 30 min el lunes 13 a las 9:30. Te dejo el link de Meet: meet.google.com/dsp-xkqa-rre\n\nAbrazo,\nMati\n--\nMatías Rebolledo · Cofundador & CEO\nDespensa SpA — tu súper en 20 minutos",
    ),
    m(
        "90112",
        "2025-10-15 10:11",
        "Matías Rebolledo <matirebolledo.d@gmail.com>",
        "Caso Despensa - siguiente paso",
        A("assessment", DS, DSR, 3, "direct"),
        "Hola Cata, gracias por la conversa del lunes, quedamos muy contentos.\n\nEl siguiente paso es un caso corto: te adjunto un extracto de ventas de snacks (3 meses, 4 dark stores). La idea es que nos propongas qué SKUs sacarías y qué agregarías, y cómo lo medirías. No más de 5 láminas. Tienes hasta el lunes 20.\n\nCualquier duda me escribes por acá o al WhatsApp.\n\nMati",
        attach=[
            (
                "caso_snacks_despensa.csv",
                "text/csv",
                "sku,tienda,semana,unidades,venta_neta\n7801234000011,ÑUÑOA,38,42,71400\n7801234000028,PROVIDENCIA,38,17,30600\n",
            )
        ],
    ),
    m(
        "90113",
        "2025-10-24 17:55",
        "Matías Rebolledo <matirebolledo.d@gmail.com>",
        "Invitación: Despensa x Cata - panel final @ mar 28 oct 2025 12:00 - 13:00 (CLST)",
        A("interview", DS, DSR, 3, "direct"),
        "Te invito al panel con Josefina (COO) y Tomás (Head of Growth) para que presentes el caso.",
        ics=ev(
            "dsp-panel-28oct@google.com",
            "2025-10-28 12:00",
            "Despensa x Cata - panel final",
            ("Matías Rebolledo", "matirebolledo.d@gmail.com"),
            60,
            "https://meet.google.com/dsp-xkqa-rre",
        ),
    ),
    m(
        "90114",
        "2025-11-04 20:30",
        "Josefina Larraín <josefina@despensa.cl>",
        "Carta oferta - Category Analyst",
        A("offer", DS, DSR, 3, "direct"),
        "Hola Catalina,\n\n¡Qué alegría escribirte esto! Queremos que te sumes a Despensa como Category Analyst. Te adjunto la carta oferta con el detalle: renta bruta mensual, opciones de la SpA (vesting a 4 años) y modalidad híbrida (2 días en la oficina de Ñuñoa).\n\nNos encantaría tener tu respuesta antes del viernes 14. Si quieres conversar algo de la oferta, feliz de juntarnos.\n\nUn abrazo,\nJosefina Larraín\nCOO · Despensa SpA",
        attach=[
            (
                "Carta_Oferta_Catalina_Fuentes.pdf",
                "application/pdf",
                "%PDF-1.4 carta oferta Despensa SpA (placeholder)",
            )
        ],
    ),
    m(
        "90115",
        "2025-11-13 11:48",
        "Josefina Larraín <josefina@despensa.cl>",
        "Re: Carta oferta - Category Analyst",
        A("offer", DS, DSR, 3, "direct"),
        "Cata, gracias por avisarnos con tiempo y por la honestidad. Entendemos que la estabilidad pesa mucho ahora, sobre todo con la ronda todavía abierta. Nos da pena, pero te deseamos lo mejor y la puerta queda abierta.\n\nAbrazo,\nJose\n\nEl mié, 12 nov 2025 a las 21:05, Catalina Fuentes escribió:\n> Hola Josefina, muchas gracias por la oferta y por todo el proceso. Lo pensé mucho y por ahora voy a declinar...",
        st="declined",
    ),
    # --- 4 Farmacias Vitalis (Buk), accepted --------------------------------------------------
    m(
        "90116",
        "2026-01-12 15:40",
        "Farmacias Vitalis vía Buk <notificaciones@buk.cl>",
        "Confirmación de postulación: Analista de Categorías OTC y Cuidado Personal",
        A("confirmation", FV, FVR, 4, "other"),
        "Estimada Catalina:\n\nHemos recibido su postulación al cargo Analista de Categorías OTC y Cuidado Personal en Farmacias Vitalis S.A.\n\nNuestro equipo revisará los antecedentes. Si usted no es contactada en los próximos 30 días, significa que en esta oportunidad su perfil no fue seleccionado para continuar.\n\nAtentamente,\nGerencia de Personas\nFarmacias Vitalis S.A.",
    ),
    m(
        "90117",
        "2026-01-20 09:15",
        "Farmacias Vitalis vía Buk <notificaciones@buk.cl>",
        "Evaluación en línea - Proceso FVS",
        A("assessment", FV, FVR, 4, "other"),
        "Estimada Catalina:\n\nComo parte del proceso de selección, le invitamos a completar la evaluación en línea (test de razonamiento numérico y cuestionario de personalidad). Plazo: 48 horas.\n\nIngresar: https://vitalis.buk.cl/evaluaciones/7f3c2a\n\nGerencia de Personas FVS",
    ),
    m(
        "90118",
        "2026-01-27 11:00",
        "Paula Henríquez <phenriquez@vitalis.cl>",
        "Entrevista Gerencia Comercial - Farmacias Vitalis",
        A("interview", FV, FVR, 4, "direct"),
        "Estimada Catalina:\n\nJunto con saludar, la invitamos a una entrevista con el Subgerente de Categorías, Sr. Andrés Pizarro, el jueves 29 de enero a las 16:00 en nuestras oficinas de Av. Vicuña Mackenna 3501, piso 6, Macul. Por favor traer cédula de identidad.\n\nQuedo atenta a su confirmación.\n\nPaula Henríquez\nAnalista de Selección | Gerencia de Personas\nFarmacias Vitalis S.A.",
    ),
    m(
        "90119",
        "2026-02-09 13:25",
        "Paula Henríquez <phenriquez@vitalis.cl>",
        "Carta oferta Farmacias Vitalis S.A.",
        A("offer", FV, FVR, 4, "direct"),
        "Estimada Catalina:\n\nNos es muy grato informarle que ha sido seleccionada para el cargo de Analista de Categorías OTC y Cuidado Personal. Adjuntamos carta oferta con las condiciones (renta, gratificación legal, seguro complementario de salud y fecha tentativa de ingreso 2 de marzo).\n\nLe agradeceremos responder firmada a más tardar el viernes 13 de febrero.\n\nAtentamente,\nPaula Henríquez\nGerencia de Personas",
        attach=[
            (
                "CartaOferta_CFuentes_FVS.pdf",
                "application/pdf",
                "%PDF-1.4 carta oferta FVS (placeholder)",
            )
        ],
    ),
    m(
        "90120",
        "2026-02-12 10:07",
        "Paula Henríquez <phenriquez@vitalis.cl>",
        "RE: Carta oferta Farmacias Vitalis S.A.",
        A("offer", FV, FVR, 4, "direct"),
        "Estimada Catalina:\n\nRecibimos su carta oferta firmada. ¡Bienvenida a Vitalis! Durante los próximos días le llegará un correo de Buk para completar su ficha de ingreso (AFP, Isapre, cuenta bancaria) y agendar el examen preocupacional.\n\nSaludos cordiales,\nPaula Henríquez",
        st="accepted",
    ),
    m(
        "90121",
        "2026-02-16 09:00",
        "Buk <notificaciones@buk.cl>",
        "Completa tu ficha de ingreso en Farmacias Vitalis S.A.",
        ("other_job", FV, FVR, None, "other", "es"),
        "Hola Catalina, Farmacias Vitalis S.A. te invita a completar tu ficha de ingreso antes del 25 de febrero: datos personales, AFP, Isapre o Fonasa, cuenta para depósito de remuneraciones y contacto de emergencia.\n\nIngresar a Buk: https://vitalis.buk.cl/onboarding",
    ),
    # --- 5 Talentia Consultores for "una importante empresa del retail" = Hogar Maule ---------
    m(
        "90122",
        "2025-10-20 10:35",
        "Francisca Moya <fmoya@talentiaconsultores.cl>",
        "Oportunidad Analista de Category Management Senior - importante empresa del retail",
        ("outreach", None, HMR, None, "agency", "es"),
        "Hola Catalina, ¿cómo estás?\n\nTe escribo de Talentia Consultores. Estamos apoyando a una importante empresa del retail de mejoramiento del hogar en la búsqueda de un(a) Analista de Category Management Senior (categorías de construcción y terminaciones). Vi tu perfil en LinkedIn y creo que calzas muy bien.\n\n¿Te interesaría conversar esta semana? Renta en rango de mercado + bono anual.\n\nSaludos,\nFrancisca Moya\nConsultora Senior | Talentia Consultores Ltda.",
    ),
    m(
        "90123",
        "2025-10-23 15:10",
        "Francisca Moya <fmoya@talentiaconsultores.cl>",
        "Invitación: Entrevista Talentia - Catalina Fuentes @ vie 24 oct 2025 09:00 - 09:45 (CLST)",
        A("interview", HM, HMR, 5, "agency"),
        "Hola Catalina, te dejo la invitación para nuestra entrevista por Teams. Ya te puedo contar que el cliente es Hogar Maule (te pido reserva por ahora). Conversaremos sobre tu trayectoria y el equipo de categorías.\n\nFrancisca",
        ics=ev(
            "talentia-fm-24oct@talentiaconsultores.cl",
            "2025-10-24 09:00",
            "Entrevista Talentia - Catalina Fuentes",
            ("Francisca Moya", "fmoya@talentiaconsultores.cl"),
            location="Reunión de Microsoft Teams",
        ),
    ),
    m(
        "90124",
        "2025-10-30 12:44",
        "Francisca Moya <fmoya@talentiaconsultores.cl>",
        "Presentación al cliente + psicolaboral",
        A("assessment", HM, HMR, 5, "agency"),
        "Hola Catalina!\n\nBuenas noticias: te presentamos a Hogar Maule y quieren avanzar contigo. Ahora corresponde la evaluación psicolaboral con nuestra psicóloga, Valentina Reyes, el martes 4 de noviembre a las 9:00 en nuestras oficinas (Av. Apoquindo 4499, of. 1202). Dura aprox. 3 horas e incluye pruebas de Excel.\n\n¿Me confirmas?\n\nFrancisca Moya\nTalentia Consultores Ltda.",
    ),
    m(
        "90125",
        "2025-11-12 17:05",
        "Francisca Moya <fmoya@talentiaconsultores.cl>",
        "Re: Presentación al cliente + psicolaboral",
        A("interview", HM, HMR, 5, "agency"),
        "Cata, Hogar Maule quiere entrevistarte con la Gerente de Categorías Construcción el lunes 17 a las 11:00, presencial en su casa matriz de Quilicura. Te mando los datos de acceso mañana.\n\nF.",
    ),
    m(
        "90126",
        "2025-11-28 13:30",
        "Francisca Moya <fmoya@talentiaconsultores.cl>",
        "Cierre proceso Hogar Maule",
        A("rejection", HM, HMR, 5, "agency"),
        "Hola Catalina,\n\nTe quería contar personalmente cómo terminó el proceso. El cliente quedó muy bien impresionado con tu manejo de datos, pero finalmente optó por una candidata con más años en categorías de construcción. Lamentablemente no seguimos esta vez.\n\nTe agradezco mucho la disposición. Seguimos en contacto para futuras búsquedas.\n\nUn abrazo,\nFrancisca",
    ),
    # --- 6 Supermercados Ribera (Lima, Computrabajo Perú) -------------------------------------
    m(
        "90127",
        "2025-10-17 08:20",
        "Computrabajo <notificaciones@pe.computrabajo.com>",
        "Tu postulación fue enviada: Analista de Categorías",
        A("confirmation", SR, SRR, 6, "other"),
        html="<html><body><h2>¡Postulación enviada!</h2><p>Catalina, tu hoja de vida fue enviada a la oferta <b>Analista de Categorías</b> - Supermercados Ribera S.A.C. - Miraflores, Lima.</p><p>Te notificaremos cuando la empresa lea tu HV.</p><p><a href='https://pe.computrabajo.com/candidato/postulaciones'>Ver mis postulaciones</a></p></body></html>",
    ),
    m(
        "90128",
        "2025-10-21 12:02",
        "Computrabajo <notificaciones@pe.computrabajo.com>",
        "Supermercados Ribera S.A.C. leyó tu hoja de vida",
        A("viewed", SR, SRR, 6, "other"),
        html="<html><body><p>¡Buenas noticias, Catalina!</p><p><b>Supermercados Ribera S.A.C.</b> vio tu hoja de vida para <b>Analista de Categorías</b>.</p><p>Estado: HV vista</p></body></html>",
    ),
    m(
        "90129",
        "2025-10-29 18:40",
        "Lucía Paredes <lparedes@ribera.com.pe>",
        "Entrevista virtual - Analista de Categorías",
        A("interview", SR, SRR, 6, "direct"),
        "Estimada Catalina, buenas tardes.\n\nLa saludo cordialmente de parte del área de Gestión del Talento de Supermercados Ribera. Queremos coordinar una entrevista virtual por Microsoft Teams el lunes 3 de noviembre a las 10:00 a.m. (hora de Lima).\n\nAgradeceré su confirmación. Asimismo, le consultamos si tiene disponibilidad para reubicarse en Lima.\n\nSaludos cordiales,\nLucía Paredes\nGestión del Talento\nSupermercados Ribera S.A.C.",
    ),
    m(
        "90130",
        "2025-11-18 09:45",
        "Lucía Paredes <lparedes@ribera.com.pe>",
        "Proceso de selección - Analista de Categorías",
        A("rejection", SR, SRR, 6, "direct"),
        "Estimada Catalina:\n\nLe agradecemos por su participación en nuestro proceso de selección. Después de una evaluación cuidadosa, le comunicamos que no ha sido seleccionada para continuar a la siguiente etapa. La decisión tomó en cuenta, entre otros, la necesidad de incorporación inmediata en Lima.\n\nLe deseamos éxitos en sus objetivos profesionales.\n\nAtentamente,\nGestión del Talento",
    ),
    # --- 7 Góndola Data (Buenos Aires, LinkedIn), withdrawn -----------------------------------
    m(
        "90131",
        "2025-11-03 14:08",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Catalina, your application was sent to Góndola Data",
        A("confirmation", GD, GDR, 7, "linkedin", "en"),
        "Your application was sent to Góndola Data\n\nRetail Analytics Consultant\nGóndola Data · Buenos Aires, Argentina (Remote)\nApplied on November 3, 2025\n\nView job: https://www.linkedin.com/jobs/view/4129087731",
    ),
    m(
        "90132",
        "2025-11-06 09:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Góndola Data",
        A("viewed", GD, GDR, 7, "linkedin", "en"),
        "Catalina, your application for Retail Analytics Consultant was viewed by Góndola Data.\n\nSee who else is hiring: https://www.linkedin.com/jobs/",
    ),
    m(
        "90133",
        "2025-11-10 16:22",
        "Sofía Bianchi <sofia.bianchi@gondoladata.com.ar>",
        "Entrevista Góndola Data - Retail Analytics",
        A("interview", GD, GDR, 7, "direct"),
        "Hola Catalina, ¿cómo andás?\n\nSoy Sofía, People Lead en Góndola Data. Nos gustó mucho tu perfil. ¿Podés charlar el jueves 13 a las 11 hs de Argentina (misma hora que Chile)? Te paso el link de Meet: meet.google.com/gnd-ppto-wqa\n\n¡Saludos!\nSofía Bianchi\nGóndola Data S.R.L.",
    ),
    m(
        "90134",
        "2025-11-20 10:14",
        "Sofía Bianchi <sofia.bianchi@gondoladata.com.ar>",
        "Re: Entrevista Góndola Data - Retail Analytics",
        A("confirmation", GD, GDR, 7, "direct"),
        "Hola Cata, gracias por avisar. Entiendo perfecto lo del monotributo y la facturación desde Chile, es un tema que nos pasa seguido. Damos de baja tu postulación y quedamos en contacto por si abrimos entidad en Chile.\n\nUn abrazo,\nSofi\n\n> El 19 nov 2025, Catalina Fuentes escribió:\n> Sofía, después de pensarlo prefiero retirar mi postulación...",
        st="withdrawn",
    ),
    # --- 8 Cestia (Madrid, Teamtailor) -------------------------------------------------------
    m(
        "90135",
        "2025-11-05 05:12",
        "Cestia <no-reply@teamtailor-mail.com>",
        "Gracias por tu candidatura, Catalina",
        A("confirmation", CE, CER, 8, "teamtailor"),
        "¡Hola Catalina!\n\nGracias por presentar tu candidatura para Category Manager Junior (remoto) en Cestia. Hemos recibido tu CV correctamente.\n\nNuestro equipo revisará todas las candidaturas en las próximas semanas. Si no encajas en este proceso, te lo diremos igualmente: no nos gusta dejar a nadie sin respuesta.\n\nUn saludo,\nEl equipo de People de Cestia",
    ),
    m(
        "90136",
        "2025-11-26 07:48",
        "Cestia <no-reply@teamtailor-mail.com>",
        "Resultado de tu candidatura en Cestia",
        A("rejection", CE, CER, 8, "teamtailor"),
        "Hola Catalina:\n\nMuchas gracias por tu interés en Cestia y por el tiempo que has dedicado a tu candidatura. Hemos recibido más de 600 solicitudes y tu perfil nos ha parecido muy sólido.\n\nAun así, hemos decidido seguir adelante con personas con experiencia en el mercado español de alimentación y con residencia en la UE, por temas de contratación.\n\nTe deseamos muchísima suerte.\n\nPeople Team · Cestia",
    ),
    # --- 9 Comercial Austral (Laborum), ghosted ----------------------------------------------
    m(
        "90137",
        "2025-10-13 22:31",
        "Laborum <no-reply@laborum.cl>",
        "Postulaste al aviso Analista de Pricing",
        A("confirmation", CA, CAR, 9, "other"),
        html="<html><body><p>Hola Catalina,</p><p>Tu postulación a <b>Analista de Pricing</b> de <b>Comercial Austral Ltda.</b> (Santiago, Región Metropolitana) fue enviada con éxito.</p><p>Recuerda que puedes seguir el estado de tus postulaciones desde la app de Laborum.</p><p>Laborum.cl</p></body></html>",
    ),
    m(
        "90138",
        "2025-10-20 11:16",
        "Laborum <no-reply@laborum.cl>",
        "¡Comercial Austral Ltda. leyó tu CV!",
        A("viewed", CA, CAR, 9, "other"),
        html="<html><body><p>Catalina, la empresa <b>Comercial Austral Ltda.</b> leyó tu CV para el aviso <b>Analista de Pricing</b>.</p><p>¡Mucha suerte!</p></body></html>",
    ),
    # --- 10 Banco del Pacífico Sur (Trabajando.com) -------------------------------------------
    m(
        "90139",
        "2025-10-28 10:50",
        "Trabajando.com <postulaciones@trabajando.com>",
        "Confirmación de postulación - Banco del Pacífico Sur",
        A("confirmation", BP, BPR, 10, "other"),
        "Estimada Catalina Fuentes Araya:\n\nSu postulación al cargo Analista de Inteligencia Comercial, publicado por Banco del Pacífico Sur, ha sido recibida.\n\nN° de postulación: 18830274\n\nLe recordamos mantener su currículum actualizado.\n\nTrabajando.com",
    ),
    m(
        "90140",
        "2025-11-07 09:40",
        "Selección Banco del Pacífico Sur <seleccion@bancopacificosur.cl>",
        "Evaluación psicolaboral - Analista de Inteligencia Comercial",
        A("assessment", BP, BPR, 10, "direct"),
        "Estimada Sra. Fuentes:\n\nEn relación con su postulación, le informamos que ha sido preseleccionada para la etapa de evaluación psicolaboral, que se realizará el miércoles 12 de noviembre a las 14:30 hrs en Huérfanos 1134, piso 9, Santiago Centro.\n\nLa evaluación incluye pruebas psicométricas y entrevista por competencias. Duración aproximada: 3 horas.\n\nSe ruega puntualidad.\n\nSubgerencia de Selección y Desarrollo\nBanco del Pacífico Sur",
    ),
    m(
        "90141",
        "2025-11-24 15:15",
        "Andrea Cortés <acortes@bancopacificosur.cl>",
        "Invitación: Entrevista técnica Inteligencia Comercial",
        A("interview", BP, BPR, 10, "direct"),
        "Estimada Catalina:\n\nLa invitamos a una entrevista técnica con la Gerencia de Inteligencia Comercial el jueves 27 de noviembre a las 10:30 por Microsoft Teams. Se considerará un ejercicio práctico de SQL en vivo.\n\nSaludos cordiales,\nAndrea Cortés\nSubgerencia de Selección y Desarrollo",
    ),
    m(
        "90142",
        "2025-12-10 18:02",
        "Selección Banco del Pacífico Sur <seleccion@bancopacificosur.cl>",
        "Resultado de tu postulación",
        A("rejection", BP, BPR, 10, "direct"),
        "Estimada Catalina:\n\nAgradecemos sinceramente su participación en el proceso de selección para el cargo de Analista de Inteligencia Comercial.\n\nLe informamos que, tras evaluar a los candidatos finalistas, el proceso se cerró con otro postulante. Sus antecedentes quedarán en nuestra base de datos.\n\nSaludos cordiales,\nSubgerencia de Selección y Desarrollo\nBanco del Pacífico Sur",
    ),
    # --- 11 Ópticas Lumen (Hiringroom tenant grupolumen) ---------------------------------------
    m(
        "90143",
        "2025-11-17 12:33",
        "Grupo Lumen <notificaciones@hiringroom.com>",
        "Recibimos tu postulación",
        A("confirmation", OL, OLR, 11, "other"),
        "Hola Catalina,\n\n¡Gracias por postularte a Analista Comercial! Tu CV ya está en nuestras manos.\n\nSi tu perfil avanza en el proceso, nos pondremos en contacto.\n\nSaludos,\nEquipo de Talento\nhttps://grupolumen.hiringroom.com/jobs",
    ),
    m(
        "90144",
        "2025-12-19 13:00",
        "Grupo Lumen <notificaciones@hiringroom.com>",
        "Actualización sobre tu postulación",
        A("rejection", OL, OLR, 11, "other"),
        "Hola Catalina,\n\nTe agradecemos el tiempo dedicado a postular a Analista Comercial en Ópticas Lumen. Hemos revisado cuidadosamente tu perfil y, aunque tienes una experiencia muy valiosa, en esta ocasión no continuarás en el proceso.\n\nTe deseamos mucho éxito.\n\nEquipo de Talento · Ópticas Lumen",
    ),
    # --- 12 Northstar Retail Analytics (Greenhouse, English) ----------------------------------
    m(
        "90145",
        "2025-11-20 19:05",
        "Northstar Retail Analytics <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Northstar",
        A("confirmation", NS, NSR, 12, "greenhouse", "en"),
        "Hi Catalina,\n\nThanks for applying for the Category Insights Analyst (LatAm, Remote) role at Northstar. Our team reviews every application, and we will reach out if there is a match. Unfortunately, due to the volume of applications we cannot respond to every candidate individually.\n\nBest,\nNorthstar Talent Team",
    ),
    m(
        "90146",
        "2025-12-04 14:27",
        "Northstar Retail Analytics <no-reply@us.greenhouse-mail.io>",
        "Your application to Northstar",
        A("rejection", NS, NSR, 12, "greenhouse", "en"),
        "Hi Catalina,\n\nThank you for your interest in Northstar and for taking the time to apply. We were impressed by your background in grocery category management. After careful consideration, we've decided to move forward with other candidates whose experience more closely matches our needs for this role.\n\nWe wish you the best in your search.\n\nNorthstar Talent Team",
    ),
]

"""Corpus 43, job mail: the staffing firm and the bilingual clinic network (Spanish)."""

from __future__ import annotations

from typing import Any

from heldout43_jobs import a, j, m

AG = "Jolene Pruitt <jpruitt@crossbowclinicalstaffing.com>"

MAIL: list[dict[str, Any]] = [
    # --- 11: Crossbow Clinical Staffing, client named late ---------------------------------
    m(
        500,
        "2025-09-24 10:32:18 -0400",
        AG,
        "13-week contract - unit coordinator, Dallas",
        j("outreach", None, "Contract Unit Coordinator", "agency"),
        "Hi Kayla,\n\nHope you're well! I'm a recruiter with Crossbow Clinical Staffing - we "
        "place travel and contract administrative staff at hospitals across the Southeast and "
        "Texas. I have a 13-week contract for a Unit Coordinator on a med-surg/telemetry floor "
        "at a 500+ bed hospital in the Dallas area, $31/hr plus a weekly housing stipend, "
        "possible extension.\n\nIf you're interested, send me an updated resume and two "
        "references and I can get you submitted this week.\n\nJolene Pruitt\nSenior Recruiter | "
        "Crossbow Clinical Staffing\nc: 678-555-0120",
    ),
    m(
        501,
        "2025-09-26 16:04:51 -0400",
        AG,
        "Submitted! Contract Unit Coordinator",
        a("confirmation", 11),
        "Kayla,\n\nThanks for the quick turnaround. You're officially submitted to Trinity Plains "
        "Medical Center in Dallas for the Contract Unit Coordinator (6 West Tele) assignment. "
        "Their nurse manager usually reviews within 3-5 business days. I'll let you know as soon "
        "as I hear anything.\n\nJolene",
    ),
    m(
        502,
        "2025-10-01 13:18:07 -0400",
        AG,
        "Trinity Plains wants to talk!",
        a("interview", 11),
        "Great news - the nurse manager at Trinity Plains, Holly Garza, would like a phone "
        "interview Friday at 9 AM Central. She'll call your cell. It's usually 15-20 minutes: "
        "shift coverage, Epic ADT, how you handle a busy discharge day. Call me after!\n\nJolene",
    ),
    m(
        503,
        "2025-10-09 11:55:30 -0400",
        AG,
        "Update on Trinity Plains",
        a("confirmation", 11),
        st="on_hold",
        text="Hi Kayla,\n\nQuick update: Trinity Plains just told us they've put all contract "
        "unit coordinator requisitions on hold until their budget review in January. Holly was "
        "positive about you, so if it reopens I'll reach back out. Sorry for the slowdown!\n\n"
        "Jolene",
    ),
    m(
        504,
        "2025-11-17 09:12:00 -0500",
        AG,
        "New contracts this week",
        j("alert", None, None, "agency"),
        "Hi Kayla! Here are a few contract admin roles we're staffing now:\n\n- Health Unit "
        "Coordinator, ICU - Nashville - 13 wks - $29/hr\n- Patient Registration Lead - "
        "Charlotte - 8 wks - $27/hr\n- Surgery Scheduler - remote (EST) - 26 wks\n\nReply to "
        "any you like and I'll send details.\n\nJolene",
    ),
    # --- 12: Red de Salud Esperanza (JazzHR, Spanish) -------------------------------------------
    m(
        510,
        "2025-11-24 18:40:22 -0500",
        "Red de Salud Esperanza <notifications@app.jazz.co>",
        "Gracias por su solicitud - Coordinadora de Operaciones Clínicas",
        a("confirmation", 12, lang="es"),
        "Hola Kayla:\n\nGracias por su interés en Red de Salud Esperanza. Hemos recibido su "
        "solicitud para el puesto de Coordinadora de Operaciones Clínicas (bilingüe) en nuestras "
        "clínicas de Norcross y Doraville.\n\nNuestro equipo revisará su experiencia y, si su "
        "perfil coincide con lo que buscamos, nos comunicaremos con usted.\n\nAtentamente,\n"
        "Recursos Humanos\nRed de Salud Esperanza\n\nhttps://esperanzasalud.applytojob.com/apply",
    ),
    m(
        511,
        "2025-12-04 12:06:15 -0500",
        "Maricela Fuentes <mfuentes@saludesperanza.org>",
        "Entrevista - Coordinadora de Operaciones Clínicas",
        a("interview", 12, "direct", "es"),
        "Buenas tardes, Kayla:\n\nLe escribo de parte de la Dirección de Operaciones. Nos "
        "gustaría invitarla a una entrevista presencial el jueves 11 de diciembre a las 10:00 a. "
        "m. en nuestra clínica de Norcross (5450 Jimmy Carter Blvd, Suite 120). Parte de la "
        "entrevista será en español, ya que el 70 % de nuestros pacientes son hispanohablantes.\n\n"
        "Por favor, confírmeme su asistencia respondiendo a este correo.\n\nSaludos cordiales,\n"
        "Maricela Fuentes\nDirectora de Operaciones\nRed de Salud Esperanza\nTel. 770-555-0148",
    ),
    m(
        512,
        "2025-12-12 09:30:40 -0500",
        "Maricela Fuentes <mfuentes@saludesperanza.org>",
        "Gracias por su visita",
        a("interview", 12, "direct", "es"),
        "Kayla, muchas gracias por venir ayer. Al equipo le encantó conocerla. Queremos "
        "invitarla a una segunda conversación con nuestro director ejecutivo, probablemente "
        "después de las fiestas. Le escribo en cuanto tenga fecha.\n\nUn abrazo,\nMaricela",
    ),
]

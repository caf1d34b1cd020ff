"""Spanish steps and outcomes from Madrid's firms (corpus 86) and recruiters' pitches in
English (corpora 85, 91 and 92), in words the phrases did not know.
"""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import Category
from tests.classifiers.mail_cases import Case, category_test

# (sender, display name, subject, body, language, category)
CASES: list[Case] = [
    (
        "rmontiel@iberenergia-sc.es",
        "Raquel Montiel Gil",
        "Entrevista - Asesoría Jurídica Corporativa",
        "Buenas tardes, Lucía:\n\nNos ha interesado su candidatura para la posición de Abogado/a "
        "Corporativo/a y nos gustaría mantener una primera entrevista por Microsoft Teams.\n\n"
        "Le he enviado la convocatoria para el jueves 2 de octubre a las 12:00.\n\nRaquel",
        "es",
        Category.INTERVIEW,
    ),
    (
        "grupotelvanta@myworkday.com",
        "Grupo Telvanta",
        "Su candidatura en Grupo Telvanta",
        "Hola Lucía:\n\nGracias de nuevo por su interés en la posición Legal Counsel Regulatorio "
        "(JR-0021877). Sin embargo, en esta ocasión hemos decidido avanzar con candidaturas cuyo "
        "perfil encaja de forma más directa con el puesto.",
        "es",
        Category.REJECTION,
    ),
    (
        "noreply@candidates.workablemail.com",
        "Kumo Foods",
        "Kumo Foods: Abogada In-house",
        "Hola Lucía,\n\nMuchas gracias por tu interés en unirte a Kumo Foods.\n\nTras revisarla, "
        "hemos decidido no avanzar en esta ocasión. Guardaremos tu CV.",
        "es",
        Category.REJECTION,
    ),
    (
        "carly.nguyen@driftline.io",
        "Carly Nguyen",
        "Rafael - Solutions Engineering at Driftline",
        "Hi Rafael,\n\nI'm on the talent team at Driftline. Your background is exactly what our "
        "Senior SE team does.\n\nWould you be open to a 20 minute conversation next week?\n\nCarly",
        "en",
        Category.OUTREACH,
    ),
    (
        "marisa@talentbridge.co.za",
        "Marisa Botha",
        "Temporary Works Engineer - JSE-listed contractor - Gauteng",
        "Good day Lerato\n\nI am assisting a JSE-listed construction group with a Temporary Works "
        "Engineer appointment in Johannesburg.\n\nPlease let me know if this is of interest and "
        "send through your latest CV.\n\nKind regards\nMarisa Botha",
        "en",
        Category.OUTREACH,
    ),
]


test_steps_outcomes_and_pitches = category_test(CASES)

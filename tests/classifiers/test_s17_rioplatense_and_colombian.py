"""Argentine and Colombian hiring mail (corpora 82 and 84): boards' receipts and status
notices, agencies passing a client's yes on, offers, and the many ways a no is said.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]

# (sender, display name, subject, body, category, status or None, employer or "")
CASES: list[tuple[str, str, str, str, Category, ApplicationStatus | None, str]] = [
    (
        "farregui@selectiaconsultores.example",
        "Florencia Arregui",
        "Entrevista con Banco Austral - jueves 2/10",
        "Hola Lucía!\n\nBuenas noticias: el banco revisó tu evaluación técnica y quiere avanzar. "
        "La entrevista es con el líder de QA de Canales Digitales.\n\nJueves 2/10 a las 15 h, "
        "por Teams.",
        Category.INTERVIEW,
        None,
        "",
    ),
    (
        "farregui@selectiaconsultores.example",
        "Florencia Arregui",
        "Propuesta Banco Austral",
        "Hola Lucía,\n\n¡Felicitaciones! Banco Austral decidió avanzar con tu incorporación. Te "
        "paso los números de la propuesta (te llega la carta formal de parte del banco).",
        Category.OFFER,
        None,
        "",
    ),
    (
        "noreply@zonajobs.com.ar",
        "ZonaJobs",
        "Te postulaste a Analista de Testing Automatizado",
        "Hola Lucía,\n\nTu postulación a Analista de Testing Automatizado de Mercantil Sur "
        "Seguros S.A. se realizó con éxito.",
        Category.CONFIRMATION,
        None,
        "Mercantil Sur Seguros",
    ),
    (
        "noreply@bumeran.com.ar",
        "Bumeran",
        "¡Tu postulación fue enviada!",
        "Lucía, tu CV ya está en manos de Logística Riachuelo S.A.\n\nAviso: Tester QA Semi "
        "Senior · Barracas",
        Category.CONFIRMATION,
        None,
        "Logística Riachuelo",
    ),
    (
        "notificaciones@computrabajo.com",
        "Computrabajo",
        "Actualización de tu candidatura: Analista QA",
        'Hola Lucía:\n\nFarmacias del Parque actualizó el estado de tu candidatura a "Analista '
        'QA": Finalista no seleccionado.',
        Category.REJECTION,
        ApplicationStatus.REJECTED,
        "",
    ),
    (
        "talento@grupotelar.example",
        "Talento Grupo Telar",
        "Tu postulación en Grupo Telar",
        "Hola Lucía,\n\nGracias por interesarte en sumarte a Grupo Telar. En esta ocasión "
        "avanzamos con otra persona cuyo perfil estaba más enfocado en e-commerce.",
        Category.REJECTION,
        ApplicationStatus.REJECTED,
        "",
    ),
    (
        "talento@aseguradorapacifico.example",
        "Gestión Humana ASPAC",
        "Resultado de su proceso",
        "Respetada señora Roa:\n\nAgradecemos su interés en vincularse a Aseguradora del "
        "Pacífico S.A. Después de un análisis cuidadoso de los perfiles, le informamos que no "
        "fue seleccionada para continuar.",
        Category.REJECTION,
        ApplicationStatus.REJECTED,
        "",
    ),
    (
        "notificaciones@magneto365.com",
        "Magneto",
        "Actualización de tu proceso",
        "Hola Valentina,\n\nGracias por participar en el proceso de Analista de Mercadeo Digital "
        "de Caja Aurora.\n\nEn esta ocasión el proceso continuará con otros candidatos.",
        Category.REJECTION,
        ApplicationStatus.REJECTED,
        "",
    ),
    (
        "dpulido@lumbre.example",
        "Diana Pulido",
        "Proceso Analista de Marketing Digital y Pauta",
        "Valentina, buenas tardes.\n\nAgradecemos su participación. No obstante, la compañía "
        "decidió cerrar el proceso con un candidato interno.\n\nLe deseamos muchos éxitos.",
        Category.REJECTION,
        ApplicationStatus.REJECTED,
        "",
    ),
    (
        "camila@bancocordillera.example",
        "Camila Restrepo Vélez",
        "RE: Propuesta - Banco Cordillera",
        "Hola Valentina,\n\nEntiendo perfectamente y gracias por avisarnos con tiempo. Lamentamos "
        "no poder tenerte en el equipo, pero te deseamos lo mejor en este nuevo reto.",
        Category.CONFIRMATION,
        ApplicationStatus.WITHDRAWN,
        "",
    ),
]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "category", "status", "company"),
    CASES,
    ids=[f"{c[4].value}-{i}" for i, c in enumerate(CASES)],
)
def test_rioplatense_and_colombian_mail(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    category: Category,
    status: ApplicationStatus | None,
    company: str,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language="es")
    assert result.category is category, result.evidence
    if status is not None:
        assert result.status is status
    if company:
        assert result.company == company


def test_a_phone_company_called_personal_is_no_agency(classify: Classify) -> None:
    """A domain that is only a search firm's word ("personal.com.ar", Argentina's phone
    company) is a brand, not a staffing firm: its bill is no agency's update."""
    result = classify(
        sender="facturas@personal.com.ar",
        name="Personal",
        subject="Tu factura de octubre",
        body="Hola Lucía, tu factura de Internet + Móvil de octubre es de $46.780. Vence el 15/10.",
        language="es",
    )
    assert result.category is Category.NOT_JOB


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "category"),
    [
        (
            "alertas@zonajobs.com.ar",
            "ZonaJobs",
            "Avisos recomendados para vos",
            "Lucía, te pueden interesar estos avisos:\n\nQA Automation Engineer - Banco - "
            "Microcentro\n\nTester de Performance - Consultora - Remoto",
            "es",
            Category.ALERT,
        ),
        (
            "team@wellfound.com",
            "Wellfound",
            "5 startups looking for QA engineers this week",
            "Hi Lucía, here are this week's picks:\n\nKindra — QA Engineer, Mobile · Remote\n\n"
            "Mintwell — Founding QA · Remote",
            "en",
            Category.ALERT,
        ),
        (
            "slemos@bancoplatense.example",
            "Sofía Lemos",
            "Oportunidad en Banco Platense - QA Automation",
            "Hola Lucía,\n\nSoy Sofía, del equipo de Atracción de Talento de Banco Platense. Vi tu "
            "experiencia y me gustaría contarte sobre una posición en nuestro equipo de Calidad."
            "\n\n¿Tendrías 15 minutos esta semana para una llamada?\n\nSofía Lemos",
            "es",
            Category.OUTREACH,
        ),
    ],
)
def test_picks_and_a_talent_teams_approach(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    category: Category,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is category, result.evidence

"""Colombian, Peruvian and Mexican job mail: the CV is a "hoja de vida", applying is "aplicar",
boards (Magneto, Get on Board, Torre, elempleo) relay receipts and decisions, and a registered
name often stands before the brand the candidate applied to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import CalendarEvent, Classification, NormalizedMessage
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]
MessageFactory = Callable[..., NormalizedMessage]


def test_a_receipt_of_the_hoja_de_vida_is_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="seleccion@cafeteraruiz.example",
        name="Selección Cafetera Ruiz",
        subject="Re: Hoja de vida - Analista de Compras",
        body="Buenos días señor Pablo,\n\nAcusamos recibo de su hoja de vida para el cargo de "
        "Analista de Compras. Solo nos comunicaremos con las personas preseleccionadas.\n\n"
        "Atentamente,\nSelección\nCafetera Ruiz",
    )
    assert result.category is Category.CONFIRMATION


def test_a_public_call_admitting_to_the_interview_stage_is_an_interview(
    classify: Classify,
) -> None:
    result = classify(
        sender="convocatorias@uniriobravo.example",
        name="Convocatorias Talento Humano",
        subject="Citación a entrevista - Convocatoria 112-2026",
        body="Cordial saludo,\n\nUna vez verificados los requisitos, usted fue admitido a la "
        "etapa de entrevista de la Convocatoria 112-2026 (Profesional de Comunicaciones).\n\n"
        "La entrevista se realizará ante el comité evaluador el martes 3 de marzo.\n\n"
        "Oficina de Talento Humano\nUniversidad del Río Bravo",
        signature="Oficina de Talento Humano\nUniversidad del Río Bravo",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Universidad del Río Bravo"  # not "Convocatorias"


def test_a_board_receipt_names_the_brand_in_brackets(classify: Classify) -> None:
    result = classify(
        sender="notificaciones@magneto365.com",
        name="Magneto",
        subject="¡Listo! Aplicaste a Analista de Pauta",
        body="¡Hola, Pablo!\n\nTu aplicación a Analista de Pauta en Confecciones Paramillo "
        "S.A.S. (marca Lirio) – Cali quedó registrada.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Lirio"


def test_a_registered_name_with_its_brand_in_brackets_is_the_brand(classify: Classify) -> None:
    result = classify(
        sender="notificaciones@elempleo.com",
        name="elempleo.com",
        subject="Aplicaste a: Jefe de Tienda",
        body="Pablo, tu aplicación fue exitosa.\n\nJefe de Tienda\nComercializadora Guaduas "
        "S.A. (Almacenes Guaduas)\nCali · Salario: a convenir",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Almacenes Guaduas"


def test_a_boards_relayed_no_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="hola@getonbrd.com",
        name="Get on Board",
        subject="Ventisca Labs actualizó tu postulación",
        body="Hola Pablo,\n\nVentisca Labs revisó tu postulación a Data Analyst y decidió no "
        "avanzar en esta ocasión.",
    )
    assert result.category is Category.REJECTION
    assert result.company == "Ventisca Labs"


def test_a_talent_platform_receipt_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="notifications@torre.ai",
        name="Torre",
        subject="Tu solicitud para Product Designer fue enviada",
        body="Hola Pablo,\n\nTu solicitud para Product Designer en Brisa Fintech ha sido enviada.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Brisa Fintech"


def test_a_brand_said_to_be_part_of_the_group_is_the_employer(classify: Classify) -> None:
    result = classify(
        sender="bancorivera@myworkday.com",
        name="Banco Rivera",
        subject="Confirmación de postulación: Analista de Riesgo - Zafiro",
        body="Hola Pablo,\n\nGracias por postularte a la vacante Analista de Riesgo - Zafiro en "
        "Banco Rivera S.A.\n\nHemos recibido tu postulación.\n\nZafiro es el banco digital del "
        "Grupo Banco Rivera.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Zafiro"


def test_a_group_naming_its_brands_in_brackets_means_the_one_the_subject_names(
    classify: Classify,
) -> None:
    result = classify(
        sender="reclutamiento@alimentosdelsur.example",
        name="Alimentos del Sur",
        subject="Invitación a entrevista – Chaski",
        body="Estimada Ana:\n\nDesde el área de Reclutamiento de Alimentos del Sur (marcas Chaski "
        "y Pacha) la invitamos a una entrevista para la posición de Jefa de Marca.",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Chaski"


def test_a_scholarship_application_is_no_job(classify: Classify) -> None:
    result = classify(
        sender="becas@fundacionaurora.example",
        name="Fundación Aurora",
        subject="Tu postulación a la Beca Aurora 2027 fue recibida",
        body="Hola Pablo,\n\nConfirmamos la recepción de tu postulación a la Beca Aurora 2027 "
        "para estudios de maestría en el exterior.",
    )
    assert result.category is Category.NOT_JOB


def test_a_founders_coffee_after_reading_the_cv_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="martin.ochoa.tostado@gmail.com",
        name="Martín Ochoa",
        subject="Hola Pablo - Tostadores Ochoa",
        body="Hola Pablo!\n\nSoy Martín, uno de los fundadores de Tostadores Ochoa. Vimos tu "
        "hoja de vida para la vacante de ventas que publicamos en Computrabajo.\n\n¿Te sirve "
        "un café el jueves 9 a las 3 pm en nuestra tienda?",
    )
    assert result.category is Category.INTERVIEW


def test_a_consultoras_first_approach_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="lrojas@selectaconsultores.example",
        name="Lucía Rojas",
        subject="Vacante Gerente Comercial - importante empresa del sector salud",
        body="Buenos días Pablo,\n\nActualmente adelantamos el proceso de selección para "
        "importante empresa del sector salud, para el cargo de Gerente Comercial.\n\nSi está "
        "interesado, por favor envíeme su hoja de vida actualizada.",
    )
    assert result.category is Category.OUTREACH


def test_the_employers_note_on_the_readers_withdrawal_is_a_withdrawal(
    classify: Classify,
) -> None:
    result = classify(
        sender="yolanda@lacteosandes.example",
        name="Yolanda Pérez",
        subject="RE: Retiro del proceso",
        body="Pablo, buenos días.\n\nRecibimos tu mensaje y retiramos tu nombre del proceso de "
        "Jefe de Planta, tal como lo solicitas.\n\nÉxitos.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is not None and result.status.value == "withdrawn"


def test_a_staff_meeting_of_the_new_employer_is_no_interview(
    classifier: RuleClassifier, message: MessageFactory
) -> None:
    """Read as mail of the process at that employer, an invite counts as a meeting of it;
    an all-hands is the company's, not the hiring's."""
    event = CalendarEvent(
        summary="Brisa Fintech Monthly All Hands",
        start=datetime(2026, 2, 5, 15, tzinfo=UTC),
        method="REQUEST",
        status="CONFIRMED",
    )
    mail = message(
        sender="calendar-notification@google.com",
        name="Brisa Fintech All Hands",
        subject="Invitation: Brisa Fintech Monthly All Hands @ Thu Feb 5, 2026",
        body="Monthly all hands: product updates, new joiners and Q&A.",
        events=(event,),
    )
    result = classifier.classify_in_process(mail, "Brisa Fintech")
    assert result.category is not Category.INTERVIEW


def test_a_contractor_platforms_invitation_names_the_employer_not_the_platform(
    classify: Classify,
) -> None:
    result = classify(
        sender="no-reply@deel.com",
        name="Deel",
        subject="Brisa Fintech invited you to Deel",
        body="Hi Pablo,\n\nBrisa Fintech has invited you to join Deel to sign your contractor "
        "agreement and set up your payments.\n\nStart date: Mar 2, 2026",
    )
    assert result.category is Category.OTHER_JOB
    assert result.company == "Brisa Fintech"


def test_a_boards_title_stops_before_the_employer_it_names(classify: Classify) -> None:
    result = classify(
        sender="notificaciones@computrabajo.com",
        name="Computrabajo",
        subject="Tu hoja de vida fue enviada a Lácteos Guatavita S.A.S.",
        body="¡Hola Pablo!\n\nTu postulación a la oferta Analista de Costos de Lácteos Guatavita "
        "S.A.S. en Bogotá, D.C. se realizó correctamente.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.role == "Analista de Costos"


def test_the_cargo_names_the_title(classify: Classify) -> None:
    result = classify(
        sender="gestionhumana@lacteosguatavita.example",
        name="Gestión Humana Lácteos Guatavita",
        subject="Re: Hoja de vida",
        body="Buenos días señor Pablo,\n\nAcusamos recibo de su hoja de vida para el cargo de "
        "Jefe de Producción de la planta de Sopó.\n\nGestión Humana",
    )
    assert result.category is Category.CONFIRMATION
    assert result.role is not None and result.role.startswith("Jefe de Producción")


def test_receipt_subjects_name_the_post(classify: Classify) -> None:
    first = classify(
        sender="noreply@candidates.workablemail.com",
        name="Lirio Cosmética",
        subject="Gracias por tu candidatura a Community Manager",
        body="Hola Pablo,\n\nHemos recibido tu candidatura. Revisaremos tu perfil y te "
        "escribiremos pronto.\n\nEl equipo de Lirio Cosmética",
    )
    second = classify(
        sender="noreply@successfactors.eu",
        name="Lácteos Guatavita Careers",
        subject="Recibimos su aplicación - Jefe(a) de Calidad (Req 5120)",
        body="Estimado Pablo:\n\nRecibimos su aplicación. Nuestro equipo de selección la "
        "revisará.\n\nLácteos Guatavita",
    )
    assert first.category is Category.CONFIRMATION
    assert first.role == "Community Manager"
    assert second.category is Category.CONFIRMATION
    assert second.role is not None and second.role.startswith("Jefe(a) de Calidad")


def test_applying_for_a_loan_is_no_job_application(classify: Classify) -> None:
    result = classify(
        sender="notificaciones@bancoandino.example",
        name="Banco Andino",
        subject="Aplicaste a tu crédito de libre inversión",
        body="Hola Pablo, aplicaste a tu crédito de libre inversión por $10.000.000. Te "
        "avisaremos cuando el estudio termine.",
    )
    assert result.category is Category.NOT_JOB


def test_a_brand_ending_in_a_short_word_ends_at_the_sentences_dot(classify: Classify) -> None:
    result = classify(
        sender="renata@brisapay.example",
        name="Renata Solís",
        subject="Brisa Pay <> Pablo | Llamada con People",
        body="¡Hola Pablo!\n\nSoy Renata, Talent Partner en Brisa Pay. Revisamos tu perfil para "
        "la posición de Growth Manager y nos gustaría platicar contigo 30 minutos.\n\nPuedes "
        "agendar directo en mi calendario: https://calendly.com/renata-brisapay/30min",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Brisa Pay"

"""A Mexican finance analyst's inbox: boards' one-line receipts, recruiters booking and moving
interviews, preterite no's, knowledge exams and consultoras' second searches."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_boards_one_line_receipt_names_the_employer_after_the_last_de(
    classify: Classify,
) -> None:
    result = classify(
        sender="notificaciones@occ.com.mx",
        name="OCC",
        subject="¡Tu postulación fue enviada! Contador de Impuestos",
        body=(
            "¡Listo, Luis!\n\nTe postulaste a la vacante Contador de Impuestos de Aceros "
            "Norteños Ribera en Saltillo, Coah.\n\nVer vacante"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Aceros Norteños Ribera"


def test_a_quoted_title_published_by_an_employer_is_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="noreply@bumeran.com.mx",
        name="Bumeran",
        subject="Te postulaste a Auxiliar Contable",
        body=(
            'Hola Luis,\n\nTe postulaste con éxito al aviso "Auxiliar Contable" publicado por '
            "Distribuidora Cañada Verde en Puebla, Puebla.\n\nTe avisaremos cuando la empresa "
            "vea tu CV."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Distribuidora Cañada Verde"


def test_a_recruiter_booking_a_first_interview_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="karla.mendez@vidrioscolonial.mx",
        name="Karla Méndez",
        subject="Entrevista – Contador Sr.",
        body=(
            "Luis, buen día.\n\nNos gustaría agendar una primera entrevista por Zoom, de unos "
            "30 minutos. ¿Te acomoda el jueves a las 11?\n\nSaludos,\nKarla"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_a_preterite_no_relayed_by_a_consultora_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="sofia@vertientetalento.mx",
        name="Sofía Ríos",
        subject="Noticias del proceso",
        body=(
            "Hola Luis:\n\nEl cliente agradeció tu tiempo, pero decidieron avanzar con un "
            "candidato con más experiencia en manufactura.\n\nSaludos,\nSofía"
        ),
    )
    assert result.category is Category.REJECTION


def test_a_public_calls_knowledge_exam_is_an_assessment(classify: Classify) -> None:
    result = classify(
        sender="seleccion@inst-catastro.gob.mx",
        name="Selección de Personal",
        subject="Citación – Folio 22-0190",
        body=(
            "C. LUIS ORTEGA\n\nUsted cumple con los requisitos de la convocatoria. Se le cita a "
            "presentar el examen de conocimientos técnicos el jueves 9 a las 10:00 horas.\n\n"
            "Unidad de Recursos Humanos"
        ),
    )
    assert result.category is Category.ASSESSMENT


def test_a_consultoras_second_search_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="sofia@vertientetalento.mx",
        name="Sofía Ríos",
        subject="Otra búsqueda",
        body=(
            "Hola Luis,\n\nTengo otra búsqueda que te puede quedar muy bien: Contralor para una "
            "empresa de autopartes en Ramos Arizpe.\n\n¿Me autorizas presentarte?\n\nSofía"
        ),
    )
    assert result.category is Category.OUTREACH


def test_a_birthday_party_on_tuesday_is_not_job_mail(classify: Classify) -> None:
    result = classify(
        sender="tere.ortega@gmail.com",
        name="Tere Ortega",
        subject="Cumple de mi mamá",
        body="Hola Luis, ¿nos vemos el martes a las 8 para la cena del cumple? Lleva pastel.",
    )
    assert result.category is Category.NOT_JOB


def test_moving_the_reader_on_to_the_managers_interview_is_an_interview(
    classify: Classify,
) -> None:
    result = classify(
        sender="karla.mendez@vidrioscolonial.mx",
        name="Karla Méndez",
        subject="Siguiente etapa",
        body=(
            "Hola Luis:\n\n¡Buenas noticias! Avanzas a la entrevista con la directora de "
            "Contraloría. Después seguiría el estudio socioeconómico.\n\nKarla"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_an_ats_nudge_about_an_unsent_application_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="vidrios@successfactors.com",
        name="Vidrios Colonial Talento",
        subject="Tu solicitud está incompleta",
        body=(
            "Estimado Luis:\n\nNotamos que comenzaste tu solicitud para Contador Sr. pero no la "
            "enviaste. Ingresa al portal para completarla antes de que la vacante se cierre."
        ),
    )
    assert result.category is Category.ALERT


def test_a_survey_after_the_hiring_process_is_other_job_mail(classify: Classify) -> None:
    result = classify(
        sender="survey@ridgelinemed.com",
        name="Candidate Experience",
        subject="How did we do? Share your candidate experience",
        body=(
            "Hi Luis,\n\nYou recently took part in our hiring process. We'd love your feedback "
            "in a 3-minute survey.\n\nRidgeline Medical Talent Acquisition"
        ),
    )
    assert result.category is Category.OTHER_JOB

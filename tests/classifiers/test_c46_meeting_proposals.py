"""A person proposing to meet about a candidacy, and a person closing it, in plain words.

Small employers rarely write "invitación a entrevista": they ask whether Thursday suits you,
whether you could drop by the office, or say they want to interview you. Their no is as plain:
they went for someone else, the process paused, the status turned to "descartado".
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


def test_spanish_can_you_come_by_on_a_weekday_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="marta@talleresgil.example",
        name="Marta Gil",
        subject="Re: Candidatura mecánico de mantenimiento",
        body=(
            "Hola Luis,\n\nhe visto tu CV y encaja con lo que buscamos. ¿Puedes acercarte\n"
            "al taller el miércoles por la tarde, hacia las 17:00, y lo hablamos?\n\nMarta"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_spanish_would_tuesday_suit_you_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="seleccion@logistica-norte.example",
        name="Selección Logística Norte",
        subject="Cambio de hora de la entrevista",
        body=(
            "Hola Luis,\n\nperdona el cambio. ¿Le vendría bien el jueves 12 a las 11:00? "
            "Usaremos el mismo enlace de Teams.\n\nUn saludo"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_spanish_they_want_to_interview_you(classify: Classify) -> None:
    result = classify(
        sender="seleccion@consultora-sur.example",
        name="Consultora Sur",
        subject="Buenas noticias",
        body="Luis, el cliente quiere entrevistarte esta semana por videollamada. ¿Te encaja?",
    )
    assert result.category is Category.INTERVIEW


def test_office_hours_from_monday_to_friday_are_no_meeting(classify: Classify) -> None:
    result = classify(
        sender="empleo@cadena-hoteles.example",
        name="Empleo Cadena Hoteles",
        subject="Hemos recibido tu candidatura",
        body=(
            "Hemos recibido tu candidatura para el puesto de recepcionista. Si tienes dudas "
            "puedes llamarnos de lunes a viernes."
        ),
    )
    assert result.category is Category.CONFIRMATION


def test_portuguese_could_you_come_by_on_thursday_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="ana.reis@padariacentral.example",
        name="Ana Reis",
        subject="Re: Candidatura - Pasteleiro",
        body=(
            "Olá Rui,\n\nrecebi o seu currículo. Conseguiria passar cá na\n"
            "terça-feira de manhã, pelas 10h, para conversarmos?\n\nAna"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_english_invitation_to_a_timed_conversation_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="li.wei@fernbrook.example",
        name="Li Wei",
        subject="Platform Engineer - next step",
        body=(
            "Hi Sam,\n\nWe'd like to invite you to a 30 min conversation with our platform "
            "lead on Monday at 10:00. Does that work?\n\nLi"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_spanish_they_went_for_another_person_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="seleccion@consultora-sur.example",
        name="Consultora Sur",
        subject="Novedades del proceso",
        body=(
            "Hola Luis:\n\nel cliente valoró mucho la entrevista, pero al final se ha "
            "decantado por un perfil con más años en el sector.\n\nTe deseo suerte en tu "
            "búsqueda."
        ),
    )
    assert result.category is Category.REJECTION


def test_spanish_status_turned_to_discarded_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="noreply@infojobs.net",
        name="InfoJobs",
        subject="Cambios en tu candidatura",
        body=(
            "Tu candidatura a la oferta Administrativo/a (Gestoría Pérez) ha cambiado al "
            "estado descartada."
        ),
    )
    assert result.category is Category.REJECTION


def test_spanish_public_exam_not_passed_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="no-responder@ayuntamiento.example",
        name="Sede electrónica",
        subject="Resultado de la segunda prueba",
        body=(
            "Se publican las notas de la segunda prueba del proceso selectivo de auxiliar "
            "administrativo. Resultado: no apto. No supera la prueba."
        ),
    )
    assert result.category is Category.REJECTION


def test_spanish_hiring_left_on_pause_is_on_hold(classify: Classify) -> None:
    result = classify(
        sender="rrhh@fabrica-textil.example",
        name="RRHH Fábrica Textil",
        subject="Tu candidatura",
        body=(
            "Hola Luis, la gerencia ha decidido dejar en pausa la búsqueda de jefe de turno "
            "hasta enero. Tu candidatura sigue activa."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.ON_HOLD


def test_portuguese_the_vacancy_for_a_title_was_filled_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="rh@lojasdomar.example",
        name="Recursos Humanos Lojas do Mar",
        subject="A sua candidatura",
        body=(
            "Agradecemos a sua candidatura. Informamos que a vaga de Gerente de Loja "
            "(Porto) já foi preenchida."
        ),
    )
    assert result.category is Category.REJECTION

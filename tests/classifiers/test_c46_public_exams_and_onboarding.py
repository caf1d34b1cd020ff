"""Mail around a hiring that is neither an interview nor an offer, and mail that only looks
like one.

Public employers (Spanish "oposiciones") send a receipt of the filed application, the list of
those admitted and the call to an exam; a new hire gets admission paperwork, a medical and a
first-week plan; a background check is done. A podcast's or a shop's "interview", a
rental agency's "candidatura" and a talent newsletter are something else.
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

_SEDE = {"sender": "no-reply@sede.ayuntamiento.example", "name": "Sede electrónica"}


def test_spanish_receipt_of_an_exam_application_is_a_confirmation(classify: Classify) -> None:
    result = classify(
        **_SEDE,
        subject="Justificante de registro - Proceso selectivo Auxiliar Administrativo",
        body=(
            "Procedimiento: proceso selectivo por concurso-oposición de Auxiliar "
            "Administrativo. Este documento acredita la presentación de su solicitud."
        ),
    )
    assert result.category is Category.CONFIRMATION


def test_spanish_receipt_of_a_grant_application_is_no_job(classify: Classify) -> None:
    result = classify(
        **_SEDE,
        subject="Justificante de registro",
        body="Este documento acredita la presentación de su solicitud de ayuda al alquiler.",
    )
    assert result.category is Category.NOT_JOB


def test_spanish_admitted_to_the_exam_list_is_a_confirmation(classify: Classify) -> None:
    result = classify(
        **_SEDE,
        subject="Lista provisional de admitidos",
        body=(
            "Estimada aspirante: se ha publicado la lista provisional de admitidos del proceso "
            "selectivo de Técnico de Empleo. Situación: admitida."
        ),
    )
    assert result.category is Category.CONFIRMATION


def test_spanish_call_to_the_first_exam_is_an_assessment(classify: Classify) -> None:
    result = classify(
        **_SEDE,
        subject="Aviso a los aspirantes",
        body=(
            "Se convoca a los aspirantes admitidos a la primera prueba (cuestionario tipo "
            "test) el sábado 3 de mayo a las 9:00."
        ),
    )
    assert result.category is Category.ASSESSMENT


def test_spanish_board_confirms_the_registration_to_an_offer(classify: Classify) -> None:
    result = classify(
        sender="noreply@tecnoempleo.com",
        name="Tecnoempleo",
        subject="Inscripción realizada",
        body=(
            "Te confirmamos tu inscripción en la oferta Técnico de Soporte. "
            "La empresa recibirá tu CV."
        ),
    )
    assert result.category is Category.CONFIRMATION


def test_spanish_podcast_interview_is_no_job(classify: Classify) -> None:
    result = classify(
        sender="hola@podcastlogistica.example",
        name="Podcast Logística",
        subject="¿Te animas?",
        body=(
            "Hola Ana, somos un podcast sobre cadena de suministro y nos encantaría hacerte "
            "una entrevista para el podcast sobre tu experiencia."
        ),
    )
    assert result.category is Category.NOT_JOB


def test_portuguese_admission_medical_is_job_mail_without_a_stage(classify: Classify) -> None:
    result = classify(
        sender="rh@clinicadoporto.example",
        name="Marta Lopes",
        subject="Próximos passos",
        body=(
            "Cara Ana, para concluirmos a sua admissão marque o exame médico de admissão "
            "na medicina do trabalho e envie o NIF e o IBAN."
        ),
    )
    assert result.category is Category.OTHER_JOB


def test_portuguese_finished_background_check_is_other_job(classify: Classify) -> None:
    result = classify(
        sender="no-reply@sterlingcheck.com",
        name="Sterling",
        subject="Verificação concluída",
        body="A verificação de antecedentes pedida pela Clínica do Porto foi concluída.",
    )
    assert result.category is Category.OTHER_JOB


def test_portuguese_landlord_chose_another_tenant_is_no_job(classify: Classify) -> None:
    result = classify(
        sender="rita@imobiliaria.example",
        name="Imobiliária Central",
        subject="Re: Candidatura ao arrendamento",
        body=(
            "Cara Ana, lamentamos informar que o proprietário escolheu outro candidato para "
            "o T2 da Rua Alegre."
        ),
    )
    assert result.category is Category.NOT_JOB


def test_portuguese_podcast_episode_is_no_job(classify: Classify) -> None:
    result = classify(
        sender="ola@podcastcompras.example",
        name="Podcast Compras",
        subject="Novo episódio: entrevista com o diretor de logística da Fábrica Sul",
        body="No episódio 12 falamos de stocks e fornecedores. Ouça agora!",
    )
    assert result.category is Category.NOT_JOB


def test_shopper_research_interview_is_no_job(classify: Classify) -> None:
    result = classify(
        sender="research@webshop.example",
        name="Webshop Research",
        subject="Join a 20-minute video interview",
        body=(
            "We're looking for customers to take part in a video interview about how you shop "
            "online. As a thank-you you'll receive a voucher. Pick a time below."
        ),
    )
    assert result.category is Category.NOT_JOB


def test_pre_employment_check_before_the_start_is_other_job(classify: Classify) -> None:
    result = classify(
        sender="maya@fernbrook.example",
        name="Maya Jones",
        subject="Before you start",
        body=(
            "Hi Sam, thanks for the signed contract! Our screening partner will email you to "
            "complete a pre-employment check."
        ),
    )
    assert result.category is Category.OTHER_JOB


def test_first_week_plan_is_other_job(classify: Classify) -> None:
    result = classify(
        sender="people@fernbrook.example",
        name="Fernbrook People Team",
        subject="See you on Monday",
        body="Hi Sam, here is what your first week looks like: laptop on Monday, training Tuesday.",
    )
    assert result.category is Category.OTHER_JOB


def test_french_talent_newsletter_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="talents@solaire.example",
        name="Solaire",
        subject="La newsletter talents de Solaire",
        body=(
            "Ce mois-ci : nos projets et 8 postes ouverts. Vous recevez cet e-mail car vous "
            "avez postulé chez Solaire. Se désabonner."
        ),
    )
    assert result.category is Category.ALERT

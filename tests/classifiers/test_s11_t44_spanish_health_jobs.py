"""Spain's health job mail: a regional health service's job pool (bolsa) and exam (oposición),
private hospital and clinic groups writing about one of their sites, staffing apps, health
recruiters and a clinic owner writing from webmail."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


def test_a_job_pool_registration_is_a_confirmation_of_the_service(classify: Classify) -> None:
    result = classify(
        sender="bolsa@saludcantabrica.example",
        name="Servicio Cantábrico de Salud - Bolsa de Empleo Temporal",
        subject="Justificante de inscripción en la bolsa",
        body="Estimada Sra. Ruiz:\n\nSu solicitud de inscripción en la Bolsa de Empleo Temporal "
        "del Servicio Cantábrico de Salud, categoría ENFERMERA, ha sido registrada "
        "correctamente con el número BT-2026-0042.\n\nDirección de Recursos Humanos",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Servicio Cantábrico de Salud"


def test_the_provisional_score_of_a_job_pool_is_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="bolsa@saludcantabrica.example",
        name="Servicio Cantábrico de Salud - Bolsa de Empleo Temporal",
        subject="Listas provisionales publicadas",
        body="Se han publicado las listas provisionales de personas candidatas de la bolsa. "
        "Su baremo provisional es de 22,5 puntos. Dispone de diez días hábiles para "
        "presentar alegaciones.",
    )
    assert result.category is Category.CONFIRMATION


def test_an_appointment_offered_from_the_pool_is_an_offer(classify: Classify) -> None:
    result = classify(
        sender="personal.hcn@saludcantabrica.example",
        name="Contratación Hospital Costa Norte",
        subject="Llamamiento - Enfermera - sustitución",
        body="Buenos días:\n\nSegún el orden de la bolsa, le ofertamos un nombramiento de "
        "personal estatutario temporal en la planta de Cirugía desde el día 3. Confirme la "
        "aceptación o renuncia antes de mañana a las 13:00.",
    )
    assert result.category is Category.OFFER


def test_the_readers_yes_to_an_appointment_is_accepted(classify: Classify) -> None:
    result = classify(
        sender="lucia.ruiz.enf@gmail.com",
        name="Lucía Ruiz",
        subject="RE: Llamamiento - Enfermera - sustitución",
        body="Buenos días, acepto el nombramiento de sustitución. Mañana llevo los papeles.",
    )
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.ACCEPTED


def test_a_language_schools_admission_list_is_no_job_mail(classify: Classify) -> None:
    result = classify(
        sender="secretaria@idiomas-norte.example",
        name="Escuela de Idiomas Norte",
        subject="Listado de admitidos",
        body="Ya está publicada la lista provisional de admitidos. Usted figura como ADMITIDA "
        "en el grupo B2 de tarde.",
    )
    assert result.category is Category.NOT_JOB


def test_a_recruiter_of_a_hospital_group_writes_for_the_group(classify: Classify) -> None:
    result = classify(
        sender="pablo.soto@quiralsalud.example",
        name="Pablo Soto",
        subject="Entrevista Hospital Quiral Levante",
        body="Hola Lucía:\n\nTe escribo desde Selección de Hospitales Quiral. ¿Te vendría bien "
        "una entrevista el martes 4 a las 10:00 en el hospital?\n\n",
        signature="Pablo Soto\nTécnico de Selección · Hospitales Quiral",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Hospitales Quiral"


def test_a_person_signs_with_the_group_their_domain_runs_together(classify: Classify) -> None:
    result = classify(
        sender="pablo.soto@quiralsalud.example",
        name="Pablo Soto",
        subject="Propuesta de incorporación",
        body="Hola Lucía:\n\nQueremos hacerte una propuesta: contrato indefinido, salario bruto "
        "anual de 26.000 € e incorporación el día 1.\n\n",
        signature="Un saludo,\nPablo Soto\nHospitales Quiral",
    )
    assert result.category is Category.OFFER
    assert result.company == "Hospitales Quiral"


def test_a_chains_receipt_names_the_chain_not_its_clinic(classify: Classify) -> None:
    result = classify(
        sender="no-reply@mail.teamtailor.com",
        name="Fisiocare",
        subject="¡Gracias por aplicar a Fisiocare!",
        body="Hola Lucía, hemos recibido tu solicitud para Fisioterapeuta – Clínica Fisiocare "
        "Triana. Te escribiremos pronto.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Fisiocare"


def test_an_ats_mail_under_the_registered_name_keeps_the_brand_applied_to(
    classify: Classify,
) -> None:
    result = classify(
        sender="no-reply@personio.de",
        name="Almendro Cuidados S.L.",
        subject="Tu candidatura en Residencias Almendro",
        body="Hola Lucía,\n\nmuchas gracias por tu candidatura como Enfermera. La hemos recibido "
        "correctamente.\n\nTu equipo de Recursos Humanos\nAlmendro Cuidados S.L.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Residencias Almendro"


def test_a_staffing_apps_receipt_names_post_and_employer(classify: Classify) -> None:
    result = classify(
        sender="no-reply@jobandtalent.com",
        name="Jobandtalent",
        subject="Has aplicado a Auxiliar de enfermería – noches en Residencia Los Pinos",
        body="Tu candidatura para Auxiliar de enfermería – noches (Residencia Los Pinos, "
        "Écija) está en revisión.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Residencia Los Pinos"
    assert result.role == "Auxiliar de enfermería – noches"


def test_a_health_title_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@infojobs.net",
        name="InfoJobs",
        subject="Inscripción realizada en la oferta Logopeda",
        body="Te has inscrito correctamente en la oferta:\n\nLogopeda\nCentro Habla Clara · "
        "Huelva\n\nSigue el estado de tu candidatura en Mis candidaturas.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Centro Habla Clara"


def test_a_clinic_owner_on_webmail_names_her_clinic(classify: Classify) -> None:
    result = classify(
        sender="rosa.fisio.cadiz@gmail.com",
        name="Rosa Gil",
        subject="tu cv",
        body="Hola Lucía! Soy Rosa, tengo una consulta pequeña en Rota (Fisioterapia Rosa Gil, "
        "junto al puerto). Vi tu CV en el grupo de fisios y me gustaría hablar contigo. ¿Te va "
        "bien un café el sábado por la mañana?",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Fisioterapia Rosa Gil"


def test_a_health_recruiters_cold_pitch_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="amy.cole@tidewaterstaffing.example",
        name="Amy Cole | Tidewater Staffing",
        subject="Band 6 nursing roles in Scotland",
        body="Hi Lucía,\n\nHope you don't mind me reaching out. One of our partner hospitals "
        "in Glasgow is running an international recruitment campaign for theatre nurses. Would "
        "you be free for a quick chat this week?",
    )
    assert result.category is Category.OUTREACH


def test_a_networks_profile_view_upsell_is_no_job_mail(classify: Classify) -> None:
    result = classify(
        sender="messages-noreply@linkedin.com",
        name="LinkedIn",
        subject="Pablo Soto ha visto tu perfil",
        body="Pablo Soto, Técnico de Selección en Hospitales Quiral, ha visto tu perfil.\n\n"
        "Prueba Premium gratis para ver quién más.",
    )
    assert result.category is Category.NOT_JOB


def test_the_employer_recording_a_declined_offer_leaves_it_declined(classify: Classify) -> None:
    result = classify(
        sender="nina.hale@eastmoor.nhs.example",
        name="Nina Hale",
        subject="RE: Withdrawal - Staff Nurse Band 5",
        body="Dear Lucía,\n\nThank you for letting us know. I've recorded that you are "
        "declining the conditional offer and closed your record.\n\nBest wishes,\nNina\n\n"
        "Nina Hale | Nurse Recruitment Lead | Eastmoor Hospitals",
    )
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.WITHDRAWN


def test_an_ats_receipt_names_the_post_without_de(classify: Classify) -> None:
    result = classify(
        sender="saludnorte@myworkday.com",
        name="Grupo Salud Norte",
        subject="Confirmación de su solicitud",
        body="Estimada Lucía,\n\nConfirmamos la recepción de su solicitud para la posición "
        "Técnico de rayos (JR-20417).\n\nTalent Acquisition",
    )
    assert result.category is Category.CONFIRMATION
    assert result.role == "Técnico de rayos"


def test_thanks_for_applying_names_post_and_employer(classify: Classify) -> None:
    result = classify(
        sender="no-reply@us.greenhouse-mail.io",
        name="Rehabit",
        subject="Gracias por tu interés en Rehabit",
        body="Hola Lucía,\n\nGracias por aplicar a Terapeuta ocupacional (remoto) en Rehabit. "
        "Nuestro equipo revisará tu solicitud.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.role == "Terapeuta ocupacional"  # the work mode is no part of the title


def test_a_sellers_cold_apology_is_no_recruiters_pitch(classify: Classify) -> None:
    result = classify(
        sender="jake@cloudtrim.example",
        name="Jake Moss",
        subject="Cutting your clinic's software bill",
        body="Hi Lucía,\n\nHope you don't mind me reaching out. We help clinics cut their "
        "booking-software bill by a third. Would you be free for a quick chat this week?",
    )
    assert result.category is Category.NOT_JOB

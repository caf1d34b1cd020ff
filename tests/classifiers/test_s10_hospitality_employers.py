"""Hotel mail whose names differ: the hospitality boards that relay an application, a chain's
team writing about one of its hotels, a franchised hotel signing above its operator's legal
name, a manager writing from a personal mailbox, a headhunter naming the client, and a public
body's e-registry. The employer is the name the candidate tracks.
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import Classification, NormalizedMessage
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


def test_hospitality_board_receipt_names_the_hotel_not_the_board(classify: Classify) -> None:
    result = classify(
        sender="no-reply@hosco.com", name="Hosco",
        subject="Your application for Night Manager has been sent",
        body="Hi Sam,\n\nYour application for Night Manager at Casa Ribeira Boutique Hotel "
        "(Porto, Portugal) was sent successfully.\n\nView job",
        language="en",
    )  # fmt: skip
    assert result.company == "Casa Ribeira Boutique Hotel"


def test_board_receipt_with_the_title_in_quotes_es(classify: Classify) -> None:
    result = classify(
        sender="noreply@turijobs.com", name="Turijobs",
        subject="Candidatura registrada: Jefe de Recepción - Hotel Candil",
        body='Hola Sam,\n\nTu candidatura a la oferta "Jefe de Recepción" de Hotel Candil '
        "(Sevilla) se ha registrado correctamente.\n\nRef. oferta: TJ-1001",
        language="es",
    )  # fmt: skip
    assert result.company == "Hotel Candil"
    assert result.role == "Jefe de Recepción"


def test_chat_board_says_the_profile_reached_the_employer_es(classify: Classify) -> None:
    result = classify(
        sender="noreply@jobtoday.com", name="JOB TODAY",
        subject="Has aplicado a Jefe de Sala",
        body="¡Solicitud enviada!\n\nTu perfil ha llegado a Taberna Alcalde para el puesto "
        "Jefe de Sala en Madrid.\n\nLos empleadores suelen responder en 48 horas.",
        language="es",
    )  # fmt: skip
    assert result.company == "Taberna Alcalde"


def test_hotel_trade_paper_is_no_board(classify: Classify) -> None:
    """A hospitality newspaper's daily bulletin about hiring is not a board's mail."""
    result = classify(
        sender="boletin@hosteltur.com", name="Hosteltur",
        subject="Las cadenas hoteleras abren procesos para la temporada de verano",
        body="HOSTELTUR · Boletín diario\n\nVarias cadenas buscan personal para sus hoteles "
        "de costa. Leer la noticia completa en la web.",
        language="es",
    )  # fmt: skip
    assert result.company is None


def test_franchised_hotel_signs_above_its_operators_legal_name(classify: Classify) -> None:
    """The title line "Responsable de Personas" ends at its line: the hotel signs below it,
    the franchisee's legal name and the licensing brand follow."""
    result = classify(
        sender="m.sanz@ohmarina.es", name="Marta Sanz",
        subject="Entrevista - Jefe de Recepción",
        body="Hola Sam:\n\nHemos revisado tu candidatura y nos gustaría conocerte el martes a "
        "las 11:00 en el hotel.\n\nUn saludo,",
        signature="Marta Sanz\nResponsable de Personas\nVelaria Sevilla Marina\nOperadora "
        "Hotelera Marina, S.L. – hotel operado bajo licencia de Velaria Hotels & Resorts",
        language="es",
    )  # fmt: skip
    assert result.company == "Velaria Sevilla Marina"


def test_chain_team_writing_about_one_of_its_hotels_is_the_chain(classify: Classify) -> None:
    result = classify(
        sender="seleccion@grupobrisa.es", name="Selección",
        subject="Hemos recibido tu candidatura",
        body="Hola Sam:\n\nGracias por tu candidatura para el puesto de Jefe de Recepción en "
        "Brisa Cádiz Centro. La hemos recibido correctamente.\n\nUn saludo,",
        signature="Equipo de Talento\nBrisa Hotels · Cádiz · Sevilla · Huelva",
        language="es",
    )  # fmt: skip
    assert result.company == "Brisa Hotels"


def test_display_name_shortening_the_name_the_letter_signs(classify: Classify) -> None:
    result = classify(
        sender="nortecruises@myworkday.com", name="Norte Cruises Careers",
        subject="Thanks for applying, Sam!",
        body="Hi Sam,\n\nThank you for applying to Purser – Shipboard (R2201). We review "
        "applications in the order they arrive.",
        signature="Shipboard Recruitment – Norte Atlantic Cruises",
        language="en",
    )  # fmt: skip
    assert result.company == "Norte Atlantic Cruises"


def test_public_e_registry_receipt_names_the_body_es(classify: Classify) -> None:
    result = classify(
        sender="no-reply@sede.consorcioturismosur.es",
        name="Sede electrónica Consorcio Turismo Sur",
        subject="Justificante de registro de solicitud - Proceso selectivo TS-2025-03",
        body="Se ha registrado su solicitud de participación en el proceso selectivo TS-2025-03 "
        "(Técnico/a de Promoción Turística).\n\nNúmero de registro: 2025-E-118",
        language="es",
    )  # fmt: skip
    assert result.company == "Consorcio Turismo Sur"


def test_manager_from_personal_mail_says_which_hotel_she_runs_es(classify: Classify) -> None:
    result = classify(
        sender="lucia.hostal@gmail.com", name="Lucía Prado",
        subject="Tu CV - recepción",
        body="Hola Sam,\n\nSoy Lucía Prado, dirijo el Hostal Puerta Oscura (el de la plaza, 20 "
        "habitaciones). Me ha llegado tu CV y me gustaría conocerte. ¿Te pasas el lunes por la "
        "mañana y charlamos?\n\nUn saludo,\nLucía",
        language="es",
    )  # fmt: skip
    assert result.company == "Hostal Puerta Oscura"


def test_headhunter_names_the_client_it_helps_es(classify: Classify) -> None:
    result = classify(
        sender="inmail-hit-reply@linkedin.com", name="Iker Sola via LinkedIn",
        subject="Oportunidad: Jefe/a de Recepción - Menorca",
        body="Hola Sam,\n\nSoy Iker, headhunter del sector. Estoy ayudando a Cala Blava Hotels "
        "(dos hoteles en Menorca) a encontrar su Jefe/a de Recepción para la temporada.\n\n"
        "¿Tienes 15 minutos esta semana?",
        language="es",
    )  # fmt: skip
    assert result.company == "Cala Blava Hotels"


def test_consultant_names_the_client_late_es(classify: Classify) -> None:
    result = classify(
        sender="isabel@seleccionhotelera.es", name="Isabel Roca",
        subject="RE: Jefe de Recepción - hotel 4* en Valencia",
        body="Hola Sam,\n\nEl cliente ha revisado tu perfil y quiere conocerte. Ya te puedo "
        "decir que se trata del Hotel Turia Alto (Grupo Levante Stays).\n\nLa entrevista sería "
        "el jueves a las 12:00 por videollamada.\n\nIsabel",
        language="es",
    )  # fmt: skip
    assert result.company == "Hotel Turia Alto"


def test_management_company_writes_for_the_hotel_it_runs_es(classify: Classify) -> None:
    result = classify(
        sender="rrhh@torvahotels.com", name="Torva Hotels RRHH",
        subject="Tu candidatura - Jefe de Recepción",
        body="Hola Sam:\n\nHemos recibido tu candidatura para Jefe de Recepción del Hotel Alcazaba "
        "Real, gestionado por Torva Hotels S.L. Te contactaremos si tu perfil encaja.\n\n"
        "Un saludo,",
        signature="Selección\nTorva Hotels",
        language="es",
    )  # fmt: skip
    assert result.company == "Hotel Alcazaba Real"


def test_management_company_writes_for_the_hotel_it_runs_en(classify: Classify) -> None:
    result = classify(
        sender="careers@brackenhm.co.uk", name="Bracken Hotel Management Careers",
        subject="Your application – Front Office Manager",
        body="Dear Sam,\n\nThank you for applying for Front Office Manager at The Whitefriars "
        "Hotel, operated by Bracken Hotel Management. We will be in touch.\n\nKind regards,",
        signature="Talent Team\nBracken Hotel Management",
        language="en",
    )  # fmt: skip
    assert result.company == "The Whitefriars Hotel"


def test_hotel_footer_naming_its_operating_company_keeps_the_hotel(classify: Classify) -> None:
    result = classify(
        sender="anna.bell@quayside-hotel.co.uk", name="Anna Bell",
        subject="Interview – Front Office Manager",
        body="Dear Sam,\n\nThank you for your application for the Front Office Manager position. "
        "We would like to invite you to an interview on Tuesday at 10:00 at the hotel.\n\n"
        "Kind regards,",
        signature="Anna Bell\nHR Manager | The Quayside Hotel\nQuayside Hotel Operations Ltd · "
        "Registered office 1 Harbour Street",
        language="en",
    )  # fmt: skip
    assert result.company == "The Quayside Hotel"


def test_consultants_sector_desk_is_no_employer_pt(classify: Classify) -> None:
    result = classify(
        sender="inmail-hit-reply@linkedin.com", name="Rui Matos via LinkedIn",
        subject="Diretor de Alojamento | Grupo hoteleiro no Alentejo",
        body="Olá Sam,\n\nSou consultor de recrutamento na área de hotelaria. Tenho em mãos uma "
        "posição de Diretor de Alojamento para um grupo hoteleiro com três unidades no Alentejo "
        "(confidencial nesta fase).\n\nTeria interesse em saber mais?\n\nCumprimentos,",
        signature="Rui Matos\nSenior Consultant – Hospitality & Leisure",
        language="pt",
    )  # fmt: skip
    assert result.company is None


def test_board_survey_names_the_employer_es(classify: Classify) -> None:
    result = classify(
        sender="encuestas@turijobs.com", name="Turijobs",
        subject="¿Qué tal tu experiencia con Hostal Puerta Oscura? 2 minutos",
        body="Hola Sam,\n\nHace unos días te inscribiste en una oferta. ¿Nos cuentas en 2 minutos "
        "cómo ha sido tu experiencia como candidato?\n\nResponder la encuesta",
        language="es",
    )  # fmt: skip
    assert result.company == "Hostal Puerta Oscura"


def test_employer_notes_the_declined_offer_en(classify: Classify) -> None:
    """The employer's answer to the reader's no to its offer is offer mail that closes it."""
    result = classify(
        sender="hr@quayside-hotel.co.uk", name="Anna Bell",
        subject="RE: Offer of employment – Front Office Manager",
        body="Dear Sam,\n\nThank you for letting us know. Of course we are disappointed, but we "
        "understand. We have noted that you decline the offer.\n\nKind regards,\nAnna",
        language="en",
    )  # fmt: skip
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.WITHDRAWN


def test_welcome_after_the_yes_marks_the_offer_accepted_es(
    classifier: RuleClassifier, message: Callable[..., NormalizedMessage]
) -> None:
    """A colleague's onboarding mail tells the reader accepted the offer ("Lucía nos ha contado
    que has aceptado la propuesta"): read in the process, it is offer mail, accepted."""
    mail = message(
        sender="administracion@hostalpuertaoscura.es", name="Iván Gil",
        subject="Bienvenida y documentación para tu incorporación",
        body="Hola Sam:\n\nLucía nos ha contado que has aceptado la propuesta. ¡Bienvenido al "
        "equipo!\n\nPara preparar el contrato necesitamos copia del DNI y el IBAN.\n\nIván",
        language="es",
    )  # fmt: skip
    result = classifier.classify_in_process(mail, "Hostal Puerta Oscura")
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.ACCEPTED


def test_board_receipt_with_the_hotels_town_in_brackets_pt(classify: Classify) -> None:
    result = classify(
        sender="no-reply@hosco.com", name="Hosco",
        subject="Candidatura enviada",
        body="Olá Sam,\n\nA sua candidatura para Rececionista no Hotel Cais do Sodré Alto "
        "(Lisboa) foi enviada com sucesso.\n\nVer oferta",
        language="pt",
    )  # fmt: skip
    assert result.company == "Hotel Cais do Sodré Alto"


def test_quoted_title_is_not_cut_into_title_and_employer_es(classify: Classify) -> None:
    """'a la oferta "Jefe de Recepción"' with no employer after it: "Recepción" is no employer."""
    result = classify(
        sender="noreply@turijobs.com", name="Turijobs",
        subject="Tu candidatura ha sido vista por Hotel Candil",
        body='Hola Sam,\n\nHotel Candil ha visto tu candidatura a la oferta "Jefe de Recepción".'
        "\n\nTurijobs",
        language="es",
    )  # fmt: skip
    assert result.company == "Hotel Candil"


def test_chat_board_says_the_profile_reached_the_employer_en(classify: Classify) -> None:
    result = classify(
        sender="noreply@jobtoday.com", name="JOB TODAY",
        subject="You applied for Head Waiter",
        body="Application sent!\n\nYour profile has reached The Copper Kettle for the position "
        "Head Waiter in London.\n\nEmployers usually reply within 48 hours.",
        language="en",
    )  # fmt: skip
    assert result.company == "The Copper Kettle"

"""Hotel mail whose names differ: the hospitality boards that relay an application, a chain's
team writing about one of its hotels, a franchised hotel signing above its operator's legal
name, a manager writing from a personal mailbox, a headhunter naming the client, and a public
body's e-registry. The employer is the name the candidate tracks.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import Classification, NormalizedMessage
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("mail", "company"),
    [
        pytest.param(
            {
                "sender": "no-reply@hosco.com",
                "name": "Hosco",
                "subject": "Your application for Night Manager has been sent",
                "body": (
                    "Hi Sam,\n\nYour application for Night Manager at Casa Ribeira "
                    "Boutique Hotel (Porto, Portugal) was sent successfully.\n\nView job"
                ),
                "language": "en",
            },
            "Casa Ribeira Boutique Hotel",
            id="hospitality-board-receipt-names-the-hotel-not-the-board",
        ),
        pytest.param(
            {
                "sender": "noreply@jobtoday.com",
                "name": "JOB TODAY",
                "subject": "Has aplicado a Jefe de Sala",
                "body": (
                    "¡Solicitud enviada!\n\nTu perfil ha llegado a Taberna Alcalde para "
                    "el puesto Jefe de Sala en Madrid.\n\nLos empleadores suelen "
                    "responder en 48 horas."
                ),
                "language": "es",
            },
            "Taberna Alcalde",
            id="chat-board-says-the-profile-reached-the-employer-es",
        ),
        # The title line "Responsable de Personas" ends at its line: the hotel signs
        # below it, the franchisee's legal name and the licensing brand follow.
        pytest.param(
            {
                "sender": "m.sanz@ohmarina.es",
                "name": "Marta Sanz",
                "subject": "Entrevista - Jefe de Recepción",
                "body": (
                    "Hola Sam:\n\nHemos revisado tu candidatura y nos gustaría conocerte "
                    "el martes a las 11:00 en el hotel.\n\nUn saludo,"
                ),
                "signature": (
                    "Marta Sanz\nResponsable de Personas\nVelaria Sevilla Marina\n"
                    "Operadora Hotelera Marina, S.L. – hotel operado bajo licencia de "
                    "Velaria Hotels & Resorts"
                ),
                "language": "es",
            },
            "Velaria Sevilla Marina",
            id="franchised-hotel-signs-above-its-operators-legal-name",
        ),
        pytest.param(
            {
                "sender": "seleccion@grupobrisa.es",
                "name": "Selección",
                "subject": "Hemos recibido tu candidatura",
                "body": (
                    "Hola Sam:\n\nGracias por tu candidatura para el puesto de Jefe de "
                    "Recepción en Brisa Cádiz Centro. La hemos recibido "
                    "correctamente.\n\nUn saludo,"
                ),
                "signature": "Equipo de Talento\nBrisa Hotels · Cádiz · Sevilla · Huelva",
                "language": "es",
            },
            "Brisa Hotels",
            id="chain-team-writing-about-one-of-its-hotels-is-the-chain",
        ),
        pytest.param(
            {
                "sender": "nortecruises@myworkday.com",
                "name": "Norte Cruises Careers",
                "subject": "Thanks for applying, Sam!",
                "body": (
                    "Hi Sam,\n\nThank you for applying to Purser – Shipboard (R2201). We "
                    "review applications in the order they arrive."
                ),
                "signature": "Shipboard Recruitment – Norte Atlantic Cruises",
                "language": "en",
            },
            "Norte Atlantic Cruises",
            id="display-name-shortening-the-name-the-letter-signs",
        ),
        pytest.param(
            {
                "sender": "no-reply@sede.consorcioturismosur.es",
                "name": "Sede electrónica Consorcio Turismo Sur",
                "subject": "Justificante de registro de solicitud - Proceso selectivo TS-2025-03",
                "body": (
                    "Se ha registrado su solicitud de participación en el proceso "
                    "selectivo TS-2025-03 (Técnico/a de Promoción Turística).\n\nNúmero "
                    "de registro: 2025-E-118"
                ),
                "language": "es",
            },
            "Consorcio Turismo Sur",
            id="public-e-registry-receipt-names-the-body-es",
        ),
        pytest.param(
            {
                "sender": "lucia.hostal@gmail.com",
                "name": "Lucía Prado",
                "subject": "Tu CV - recepción",
                "body": (
                    "Hola Sam,\n\nSoy Lucía Prado, dirijo el Hostal Puerta Oscura (el de "
                    "la plaza, 20 habitaciones). Me ha llegado tu CV y me gustaría "
                    "conocerte. ¿Te pasas el lunes por la mañana y charlamos?\n\nUn "
                    "saludo,\nLucía"
                ),
                "language": "es",
            },
            "Hostal Puerta Oscura",
            id="manager-from-personal-mail-says-which-hotel-she-runs-es",
        ),
        pytest.param(
            {
                "sender": "inmail-hit-reply@linkedin.com",
                "name": "Iker Sola via LinkedIn",
                "subject": "Oportunidad: Jefe/a de Recepción - Menorca",
                "body": (
                    "Hola Sam,\n\nSoy Iker, headhunter del sector. Estoy ayudando a Cala "
                    "Blava Hotels (dos hoteles en Menorca) a encontrar su Jefe/a de "
                    "Recepción para la temporada.\n\n¿Tienes 15 minutos esta semana?"
                ),
                "language": "es",
            },
            "Cala Blava Hotels",
            id="headhunter-names-the-client-it-helps-es",
        ),
        pytest.param(
            {
                "sender": "isabel@seleccionhotelera.es",
                "name": "Isabel Roca",
                "subject": "RE: Jefe de Recepción - hotel 4* en Valencia",
                "body": (
                    "Hola Sam,\n\nEl cliente ha revisado tu perfil y quiere conocerte. "
                    "Ya te puedo decir que se trata del Hotel Turia Alto (Grupo Levante "
                    "Stays).\n\nLa entrevista sería el jueves a las 12:00 por "
                    "videollamada.\n\nIsabel"
                ),
                "language": "es",
            },
            "Hotel Turia Alto",
            id="consultant-names-the-client-late-es",
        ),
        pytest.param(
            {
                "sender": "rrhh@torvahotels.com",
                "name": "Torva Hotels RRHH",
                "subject": "Tu candidatura - Jefe de Recepción",
                "body": (
                    "Hola Sam:\n\nHemos recibido tu candidatura para Jefe de Recepción "
                    "del Hotel Alcazaba Real, gestionado por Torva Hotels S.L. Te "
                    "contactaremos si tu perfil encaja.\n\nUn saludo,"
                ),
                "signature": "Selección\nTorva Hotels",
                "language": "es",
            },
            "Hotel Alcazaba Real",
            id="management-company-writes-for-the-hotel-it-runs-es",
        ),
        pytest.param(
            {
                "sender": "careers@brackenhm.co.uk",
                "name": "Bracken Hotel Management Careers",
                "subject": "Your application – Front Office Manager",
                "body": (
                    "Dear Sam,\n\nThank you for applying for Front Office Manager at The "
                    "Whitefriars Hotel, operated by Bracken Hotel Management. We will be "
                    "in touch.\n\nKind regards,"
                ),
                "signature": "Talent Team\nBracken Hotel Management",
                "language": "en",
            },
            "The Whitefriars Hotel",
            id="management-company-writes-for-the-hotel-it-runs-en",
        ),
        pytest.param(
            {
                "sender": "anna.bell@quayside-hotel.co.uk",
                "name": "Anna Bell",
                "subject": "Interview – Front Office Manager",
                "body": (
                    "Dear Sam,\n\nThank you for your application for the Front Office "
                    "Manager position. We would like to invite you to an interview on "
                    "Tuesday at 10:00 at the hotel.\n\nKind regards,"
                ),
                "signature": (
                    "Anna Bell\nHR Manager | The Quayside Hotel\nQuayside Hotel "
                    "Operations Ltd · Registered office 1 Harbour Street"
                ),
                "language": "en",
            },
            "The Quayside Hotel",
            id="hotel-footer-naming-its-operating-company-keeps-the-hotel",
        ),
        pytest.param(
            {
                "sender": "encuestas@turijobs.com",
                "name": "Turijobs",
                "subject": "¿Qué tal tu experiencia con Hostal Puerta Oscura? 2 minutos",
                "body": (
                    "Hola Sam,\n\nHace unos días te inscribiste en una oferta. ¿Nos "
                    "cuentas en 2 minutos cómo ha sido tu experiencia como candidato?\n\n"
                    "Responder la encuesta"
                ),
                "language": "es",
            },
            "Hostal Puerta Oscura",
            id="board-survey-names-the-employer-es",
        ),
        pytest.param(
            {
                "sender": "no-reply@hosco.com",
                "name": "Hosco",
                "subject": "Candidatura enviada",
                "body": (
                    "Olá Sam,\n\nA sua candidatura para Rececionista no Hotel Cais do "
                    "Sodré Alto (Lisboa) foi enviada com sucesso.\n\nVer oferta"
                ),
                "language": "pt",
            },
            "Hotel Cais do Sodré Alto",
            id="board-receipt-with-the-hotels-town-in-brackets-pt",
        ),
        # 'a la oferta "Jefe de Recepción"' with no employer after it: "Recepción" is
        # no employer.
        pytest.param(
            {
                "sender": "noreply@turijobs.com",
                "name": "Turijobs",
                "subject": "Tu candidatura ha sido vista por Hotel Candil",
                "body": (
                    'Hola Sam,\n\nHotel Candil ha visto tu candidatura a la oferta "Jefe '
                    'de Recepción".\n\nTurijobs'
                ),
                "language": "es",
            },
            "Hotel Candil",
            id="quoted-title-is-not-cut-into-title-and-employer-es",
        ),
        pytest.param(
            {
                "sender": "noreply@jobtoday.com",
                "name": "JOB TODAY",
                "subject": "You applied for Head Waiter",
                "body": (
                    "Application sent!\n\nYour profile has reached The Copper Kettle for "
                    "the position Head Waiter in London.\n\nEmployers usually reply "
                    "within 48 hours."
                ),
                "language": "en",
            },
            "The Copper Kettle",
            id="chat-board-says-the-profile-reached-the-employer-en",
        ),
    ],
)
def test_hotel_mail_gives_company(classify: Classify, mail: dict[str, str], company: str) -> None:
    result = classify(**mail)
    assert result.company == company


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


@pytest.mark.parametrize(
    ("mail"),
    [
        # A hospitality newspaper's daily bulletin about hiring is not a board's mail.
        pytest.param(
            {
                "sender": "boletin@hosteltur.com",
                "name": "Hosteltur",
                "subject": "Las cadenas hoteleras abren procesos para la temporada de verano",
                "body": (
                    "HOSTELTUR · Boletín diario\n\nVarias cadenas buscan personal para "
                    "sus hoteles de costa. Leer la noticia completa en la web."
                ),
                "language": "es",
            },
            id="hotel-trade-paper-is-no-board",
        ),
        pytest.param(
            {
                "sender": "inmail-hit-reply@linkedin.com",
                "name": "Rui Matos via LinkedIn",
                "subject": "Diretor de Alojamento | Grupo hoteleiro no Alentejo",
                "body": (
                    "Olá Sam,\n\nSou consultor de recrutamento na área de hotelaria. "
                    "Tenho em mãos uma posição de Diretor de Alojamento para um grupo "
                    "hoteleiro com três unidades no Alentejo (confidencial nesta "
                    "fase).\n\nTeria interesse em saber mais?\n\nCumprimentos,"
                ),
                "signature": "Rui Matos\nSenior Consultant – Hospitality & Leisure",
                "language": "pt",
            },
            id="consultants-sector-desk-is-no-employer-pt",
        ),
    ],
)
def test_hotel_mail_gives_no_company(classify: Classify, mail: dict[str, str]) -> None:
    result = classify(**mail)
    assert result.company is None


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

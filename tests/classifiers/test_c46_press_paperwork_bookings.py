"""Mail that says "interview" without being one (a podcast, a journalist, market research), the
first-day and hiring paperwork of a new job, public competitions and booking tools, in five
languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

CASES = [
    (
        Category.NOT_JOB,
        "Interview request for our podcast",
        (
            "Hi Ana, we host a podcast about supply chains and would love to "
            "interview you for an episode next month. Are you free on Tuesday?"
        ),
    ),
    (
        Category.NOT_JOB,
        "Interview für unseren Podcast",
        (
            "Hallo Ana, wir machen einen Podcast über Logistik und würden dich gern"
            " für eine Folge interviewen. Passt es dir am Dienstag?"
        ),
    ),
    (
        Category.NOT_JOB,
        "Interview pour notre podcast",
        (
            "Bonjour Ana, nous animons un podcast sur la logistique et aimerions "
            "vous interviewer pour un épisode. Seriez-vous disponible mardi ?"
        ),
    ),
    (
        Category.NOT_JOB,
        "Entrevista para un artículo",
        (
            "Hola Ana, soy periodista de El Diario y me gustaría entrevistarte para"
            " un artículo sobre logística. ¿Te va bien el martes?"
        ),
    ),
    (
        Category.NOT_JOB,
        "Entrevista para a revista",
        (
            "Olá Ana, sou jornalista da revista Logística Hoje e gostaria de a "
            "entrevistar para um artigo. Podemos falar na terça-feira?"
        ),
    ),
    (
        Category.NOT_JOB,
        "Kurze Umfrage",
        (
            "Hallo Ana, wir suchen Kundinnen für ein 30-minütiges Interview zu "
            "Ihrem Einkaufserlebnis. Als Dankeschön erhalten Sie einen 20 Euro "
            "Gutschein."
        ),
    ),
    (
        Category.NOT_JOB,
        "Étude clients",
        (
            "Bonjour Ana, nous recherchons des clients pour un entretien de 30 "
            "minutes sur votre expérience d'achat. En remerciement, vous recevrez "
            "un bon d'achat."
        ),
    ),
    (
        Category.NOT_JOB,
        "Estudio de usuarios",
        (
            "Hola Ana, buscamos clientes para una entrevista de 30 minutos sobre tu"
            " experiencia de compra. Como agradecimiento recibirás una tarjeta "
            "regalo."
        ),
    ),
    (
        Category.OTHER_JOB,
        "Dein erster Tag",
        (
            "Hallo Ana, wir freuen uns auf dich! Am Montag um 9 Uhr holt dich dein "
            "Buddy am Empfang ab. Bitte bring deinen Ausweis und die Steuer-ID mit."
        ),
    ),
    (
        Category.OTHER_JOB,
        "Ton premier jour",
        (
            "Bonjour Ana, nous avons hâte de t'accueillir lundi à 9h. Merci "
            "d'apporter ta pièce d'identité et ton RIB pour ton dossier d'embauche."
        ),
    ),
    (
        Category.OTHER_JOB,
        "Tu primer día",
        (
            "Hola Ana, te esperamos el lunes a las 9:00 en recepción. Trae tu DNI y"
            " el número de la Seguridad Social para darte de alta."
        ),
    ),
    (
        Category.OTHER_JOB,
        "Welcome aboard",
        (
            "Hi Ana, we're so excited you're joining us on Monday. Please bring "
            "your passport and bank details so we can set up payroll."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Ihre Bewerbung im Auswahlverfahren",
        (
            "Sehr geehrte Frau Silva, hiermit bestätigen wir den Eingang Ihrer "
            "Bewerbung im Auswahlverfahren für die Stelle Sachbearbeitung "
            "(Kennziffer 12/2025)."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Concours externe",
        (
            "Madame, nous accusons réception de votre dossier d'inscription au "
            "concours externe d'adjoint administratif."
        ),
    ),
    (
        Category.INTERVIEW,
        "Ihre Buchung ist bestätigt: Vorstellungsgespräch",
        (
            "Hallo Ana Silva, Ihre Buchung bei Personalabteilung ist bestätigt. "
            "Dienst: Vorstellungsgespräch. Datum: Dienstag, 10:00-10:45. An Teams-"
            "Besprechung teilnehmen."
        ),
    ),
    (
        Category.INTERVIEW,
        "Réservation confirmée : Entretien",
        (
            "Bonjour Ana Silva, votre réservation avec Service RH est confirmée. "
            "Service : Entretien de recrutement. Date : mardi 10:00. Rejoindre la "
            "réunion Teams."
        ),
    ),
    (
        Category.INTERVIEW,
        "Booking confirmed: Interview",
        (
            "Hello Ana Silva, your booking with Talent Team is confirmed. Service: "
            "Interview - Store Manager. Date: Tuesday 10:00. Join Teams meeting."
        ),
    ),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CASES)
def test_interviews_that_are_not_and_paperwork_that_is(
    classify: Classify, expected: Category, subject: str, body: str
) -> None:
    result = classify(sender="info@org.example", name="Alex Kim", subject=subject, body=body)
    assert result.category is expected

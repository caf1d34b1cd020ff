"""German and Spanish mail of a job search as DACH and Iberian senders write it: a recruiter's
questions before the next step, a "Zwischenbescheid", an assessment centre, refusals that name
who got the job, a contract offered in a small firm's own words; and the look-alikes around them
(a lay judge's office, a certificate course, an electricity tariff, a car inspection, an
insurance or phone-line "solicitud", a flat given to someone else, a trade magazine)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

from .conftest import make_message

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "category"),
    [
        (
            "l.hartwig@brennecke-werke.de",
            "Ihre Bewerbung - zwei Fragen",
            "Guten Tag Frau Albers,\n\ndanke für Ihre Unterlagen. Bevor wir weitermachen: Wie "
            "hoch ist Ihre Gehaltsvorstellung, und welche Kündigungsfrist haben Sie?\n\nGruß\n"
            "Lena Hartwig",
            Category.VIEWED,
        ),
        (
            "bewerbung@ostwald-technik.de",
            "Zwischenbescheid",
            "Sehr geehrte Frau Albers,\n\nIhre Bewerbung befindet sich nach wie vor im "
            "Auswahlverfahren. Wir bitten noch um etwas Geduld.",
            Category.VIEWED,
        ),
        (
            "t.kramer@ostwald-technik.de",
            "Ihre Unterlagen",
            "Hallo Frau Albers,\n\nich habe Ihre Bewerbung gelesen und leite Ihre Unterlagen "
            "heute an Frau Dr. Seidel weiter. Ich melde mich dann.",
            Category.VIEWED,
        ),
        (
            "p.lorenz@ostwald-technik.de",
            "Einladung zum Assessment-Center",
            "Sehr geehrte Frau Albers,\n\nwir möchten Sie zu unserem zweitägigen "
            "Assessment-Center für Nachwuchsführungskräfte einladen: Gruppenübung, Fallstudie, "
            "Präsentation.",
            Category.ASSESSMENT,
        ),
        (
            "noreply@jobs.ostwald-technik.de",
            "Ihre Bewerbung",
            "Sehr geehrte Frau Albers,\n\nnach Sichtung aller Unterlagen haben wir uns für andere "
            "Bewerberinnen und Bewerber entschieden. Alles Gute auf Ihrem weiteren Weg.",
            Category.REJECTION,
        ),
        (
            "s.pohl@kessler-personal.de",
            "Feedback",
            "Hallo Frau Albers,\n\nder Kunde hat sich für eine Kandidatin mit mehr Erfahrung "
            "im Vertrieb entschieden. Ihre Bewerbung war trotzdem stark.",
            Category.REJECTION,
        ),
        (
            "m.ritter@ritter-formenbau.de",
            "Wie besprochen",
            "Hallo Frau Albers,\n\nnach Ihrem Probetag sind wir uns einig: Wir würden Sie gern "
            "als Leiterin Qualität bei uns sehen. Ich kann Ihnen 74.000 EUR im Jahr bieten.",
            Category.OFFER,
        ),
        (
            "h.berger@auenwald-ag.at",
            "AW: Bewerbung Projektleitung",
            "Sehr geehrte Frau Albers,\n\ngratuliere zur neuen Stelle! Wir nehmen Ihre "
            "Bewerbung damit aus dem Auswahlverfahren.",
            Category.CONFIRMATION,
        ),
    ],
)
def test_german_process_mail(
    classify: Classify, sender: str, subject: str, body: str, category: Category
) -> None:
    assert classify(sender=sender, subject=subject, body=body).category is category


def test_a_meeting_with_the_management_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="c.vogt@vogt-consulting.de",
        subject="Halberg: Termin mit dem Bereichsleiter",
        body="Guten Tag Frau Albers,\n\nHerr Halberg würde Sie gerne persönlich kennenlernen, "
        "vorgeschlagen ist Dienstag um 14 Uhr.",
    )
    assert result.category is Category.INTERVIEW


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "wahlamt@stadt-musterhausen.de",
            "Eingangsbestätigung Ihrer Bewerbung als Schöffin",
            "Sehr geehrte Frau Albers,\n\nIhre Bewerbung für das Schöffenamt ist bei uns "
            "eingegangen.",
        ),
        (
            "akademie@fh-musterstadt.de",
            "Ihre Bewerbung: Zertifikatslehrgang Projektmanagement",
            "Vielen Dank für Ihre Bewerbung für den berufsbegleitenden Zertifikatslehrgang. Ihre "
            "Unterlagen sind vollständig.",
        ),
        (
            "kundenservice@stadtwerke-beispiel.de",
            "Ihr Vertragsangebot",
            "Guten Tag Frau Albers,\n\nanbei unser Vertragsangebot für Ökostrom: 31,2 ct/kWh, "
            "Grundpreis 11,50 EUR.",
        ),
        (
            "service@werkstatt-beispiel.de",
            "Terminbestätigung Hauptuntersuchung",
            "Hiermit bestätigen wir Ihren Termin für die Hauptuntersuchung am Montag um 8 Uhr.",
        ),
    ],
)
def test_german_look_alikes_stay_not_job(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    assert classify(sender=sender, subject=subject, body=body).category is Category.NOT_JOB


def test_a_trade_magazine_from_a_newsletter_address_is_no_job_mail(
    classifier: RuleClassifier,
) -> None:
    message = make_message(
        sender="newsletter@fachblatt-beispiel.de",
        subject="Gehälter 2025: Was Konstrukteure verdienen",
        body="Außerdem: Wie Sie im Vorstellungsgespräch Ihr Angebot verhandeln und welches "
        "Vertragsangebot sich lohnt.",
    )
    assert classifier.classify(message).category is Category.NOT_JOB


@pytest.mark.parametrize(
    ("sender", "subject", "body", "category"),
    [
        (
            "noreply@empleos-ejemplo.es",
            "Tu candidatura sigue en proceso",
            "Hola Ana, tu candidatura para Analista de Datos ha pasado a «En proceso». La "
            "empresa está revisando tu perfil.",
            Category.VIEWED,
        ),
        (
            "r.soto@lumeria.example",
            "Novedades",
            "Hola Ana:\n\nGracias por tu tiempo en la entrevista. Finalmente hemos decidido "
            "continuar con un perfil con más experiencia en retail para el puesto.",
            Category.REJECTION,
        ),
        (
            "noreply@empleos-ejemplo.es",
            "Actualización",
            "La empresa ha finalizado el proceso para la oferta Analista de Datos y tu "
            "candidatura no ha continuado.",
            Category.REJECTION,
        ),
        (
            "carlos@lumeria.example",
            "Siguiente paso",
            "Hola Ana, gracias por la charla. Como siguiente paso te pedimos un caso práctico "
            "breve sobre nuestro lanzamiento en Valencia.",
            Category.ASSESSMENT,
        ),
        (
            "carlos.vidal.m@gmail.com",
            "Hola Ana",
            "Soy Carlos, cofundador de Lumeria. Vi tu solicitud y me gustó mucho tu perfil. "
            "¿Te late una llamada? Ando libre el martes a las 11.",
            Category.INTERVIEW,
        ),
        (
            "notificaciones@empleos-ejemplo.com",
            "Tu hoja de vida fue enviada",
            "Tu hoja de vida fue enviada con éxito a la oferta Analista de Datos.",
            Category.CONFIRMATION,
        ),
    ],
)
def test_spanish_process_mail(
    classify: Classify, sender: str, subject: str, body: str, category: Category
) -> None:
    assert classify(sender=sender, subject=subject, body=body).category is category


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "clientes@seguros-ejemplo.es",
            "Hemos recibido tu solicitud",
            "Hola Ana, hemos recibido tu solicitud de seguro de coche. Tu póliza empieza el lunes.",
        ),
        (
            "atencion@telefonia-ejemplo.es",
            "Solicitud recibida",
            "Hemos recibido tu solicitud de portabilidad. Te llamaremos pronto.",
        ),
        (
            "alquileres@pisos-ejemplo.es",
            "Resultado de su solicitud",
            "Lamentamos comunicarle que el propietario ha decidido seguir adelante con otro "
            "candidato para la vivienda de la calle Mayor.",
        ),
    ],
)
def test_spanish_requests_that_are_no_job_stay_not_job(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    assert classify(sender=sender, subject=subject, body=body).category is Category.NOT_JOB


def test_a_spanish_job_solicitud_is_still_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="rrhh@lumeria.example",
        subject="Hemos recibido tu solicitud",
        body="Hola Ana, hemos recibido tu solicitud para el puesto de Analista de Datos. "
        "Revisaremos tu candidatura en los próximos días.",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.APPLIED


def test_a_refusal_naming_a_candidate_with_more_experience(classify: Classify) -> None:
    result = classify(
        sender="j.engel@engel-personal.de",
        subject="Rückmeldung Kessler",
        body="Hallo Frau Albers,\n\nKessler hat sich für einen Kandidaten mit mehr Erfahrung in "
        "der\nSerienfreigabe entschieden. Das tut mir leid.",
    )
    assert result.category is Category.REJECTION


def test_the_employers_answer_to_a_declined_offer_acknowledges_it(
    classifier: RuleClassifier,
) -> None:
    message = make_message(
        sender="u.brandt@brandt-maschinen.de",
        subject="AW: Unser Angebot",
        body="Hallo Frau Albers,\n\nschade, aber ich verstehe es. Danke für Ihre offenen Worte - "
        "Sie wissen, wo Sie uns finden.\n\nGruß\nU. Brandt",
        quoted="> ich habe mich entschieden, Ihr Angebot nicht anzunehmen",
    )
    result = classifier.classify_in_process(message, "Brandt Maschinen")
    assert result.status is ApplicationStatus.WITHDRAWN


def test_a_take_home_exercise_asked_as_the_next_step(classify: Classify) -> None:
    result = classify(
        sender="mira@lanthor.example",
        subject="Next step",
        body="Hi Jane, as a next step we ask candidates to spend about two hours on a short "
        "pricing exercise. Send us a few slides by Friday.",
    )
    assert result.category is Category.ASSESSMENT


@pytest.mark.parametrize(
    ("sender", "subject", "body", "category"),
    [
        (
            "hr@brunnhofer.example.ch",
            "Ihre Bewerbung",
            "Grüezi Frau Meier\n\nWie sieht Ihre Lohnvorstellung aus, und welche "
            "Kündigungsfrist haben Sie?\n\nFreundliche Grüsse",
            Category.VIEWED,
        ),
        (
            "anna@roesterei.example",
            "Probearbeiten?",
            "Hallo Lisa,\n\ndanke für deine Bewerbung! Hast du Lust, nächste Woche einen "
            "Probearbeitstag bei uns zu machen?",
            Category.INTERVIEW,
        ),
        (
            "personal@stadt-beispiel.example.at",
            "Einladung zum Hearing",
            "Sehr geehrte Frau Meier,\n\nwir laden Sie zum Hearing für die Stelle Leitung "
            "Tiefbau am 12. März ein.",
            Category.INTERVIEW,
        ),
        (
            "m.schulz@schulz-executive.example",
            "Rückmeldung meines Mandanten",
            "Sehr geehrte Frau Meier,\n\nleider hat sich mein Mandant nach den Gesprächen für "
            "eine interne Lösung entschieden.",
            Category.REJECTION,
        ),
        (
            "jan@kleinbau.example",
            "Wir wollen dich!",
            "Hey Lisa,\n\nwir fanden dich alle super und würden dich gern ins Team holen. Das "
            "Angebot schicke ich dir morgen.",
            Category.OFFER,
        ),
        (
            "laura@grupo-ejemplo.example",
            "Un par de preguntas",
            "Hola Ana:\n\nAntes de avanzar, ¿cuál es tu expectativa salarial? ¿Y cuánto "
            "preaviso tienes en tu empresa?",
            Category.VIEWED,
        ),
        (
            "laura@grupo-ejemplo.example",
            "Caso práctico",
            "Hola Ana:\n\nTe adjunto el caso práctico que comentamos. Tienes una semana.",
            Category.ASSESSMENT,
        ),
        (
            "pablo@busqueda-ejemplo.example",
            "Novedades",
            "Hola Ana, el cliente ha decidido seguir con otro finalista. Siento que no haya "
            "salido esta vez.",
            Category.REJECTION,
        ),
        (
            "joana@empresa-exemplo.example",
            "Proposta",
            "Olá Ana,\n\ntemos o prazer de lhe apresentar a nossa proposta para a função de "
            "Analista, com início a 1 de setembro.",
            Category.OFFER,
        ),
        (
            "rh@empresa-exemplo.example",
            "A sua candidatura",
            "Olá Ana, a sua candidatura continua em análise pela equipa. Voltaremos a contactar.",
            Category.VIEWED,
        ),
    ],
)
def test_dach_and_iberian_variants(
    classify: Classify, sender: str, subject: str, body: str, category: Category
) -> None:
    assert classify(sender=sender, subject=subject, body=body).category is category


@pytest.mark.parametrize(
    ("sender", "subject", "body", "category"),
    [
        (
            "t.vogel@holzwerk.example",
            "Rückmeldung",
            "Hallo Frau Meier,\n\nwir haben uns nun leider für eine Bewerberin entschieden, "
            "deren Profil noch etwas besser auf die Stelle passt.",
            Category.REJECTION,
        ),
        (
            "t.vogel@holzwerk.example",
            "Zweitgespräch",
            "Hallo Frau Meier,\n\nwir würden Sie gerne zu einem Zweitgespräch mit unserem "
            "Geschäftsführer einladen. Passt Ihnen Montag, 10 Uhr?",
            Category.INTERVIEW,
        ),
        (
            "t.vogel@holzwerk.example",
            "Gute Nachrichten",
            "Hallo Frau Meier,\n\nwir freuen uns, Ihnen mitteilen zu können, dass wir uns für "
            "Sie entschieden haben! Den Vertrag schicke ich Ihnen bis Freitag.",
            Category.OFFER,
        ),
        (
            "jan@kleinbau.example",
            "Zusage",
            "Hi Lisa,\n\nwir haben uns für dich entschieden! Willkommen im Team.",
            Category.OFFER,
        ),
        (
            "irene@grupo-ejemplo.example",
            "Siguiente ronda",
            "Hola Ana:\n\nNos gustaría que tuvieras una segunda conversación con nuestra "
            "directora de marketing. ¿Te va bien el viernes a las 12?",
            Category.INTERVIEW,
        ),
        (
            "irene@grupo-ejemplo.example",
            "Gracias",
            "Hola Ana:\n\nGracias por todo el proceso. Al final hemos cerrado la posición con "
            "una persona que ya conocía el sector.",
            Category.REJECTION,
        ),
        (
            "rh@empresa-exemplo.example",
            "Case",
            "Oi Ana, como próxima etapa pedimos que você resolva um case curto e apresente na "
            "semana que vem.",
            Category.ASSESSMENT,
        ),
    ],
)
def test_more_person_written_stage_mail(
    classify: Classify, sender: str, subject: str, body: str, category: Category
) -> None:
    assert classify(sender=sender, subject=subject, body=body).category is category


def test_a_dash_in_an_office_name_is_no_hiring_word(classify: Classify) -> None:
    """ "Sede Electrónica - Policía Nacional" names no hiring team: a work contract listed among
    the documents for a residence appointment is no offer."""
    result = classify(
        sender="no-reply@sede-ejemplo.example",
        name="Sede Electrónica - Registro Civil",
        subject="Justificante de cita previa",
        body="Documentación a aportar: pasaporte, contrato de trabajo o medios económicos.",
    )
    assert result.category is Category.NOT_JOB


@pytest.mark.parametrize(
    ("sender", "subject", "body", "category"),
    [
        (
            "personalamt@stadt-beispiel.example",
            "Einladung zum Auswahlgespräch",
            "Sehr geehrte Frau Meier,\n\nfür die Stelle als Sachbearbeiterin laden wir Sie zu "
            "einem Auswahlgespräch am 12.03. um 9 Uhr im Rathaus ein.",
            Category.INTERVIEW,
        ),
        (
            "t.vogel@holzwerk.example",
            "Kurze Rückmeldung",
            "Hallo Frau Meier,\n\nnach dem Gespräch mit dem Fachbereich müssen wir Ihnen "
            "mitteilen, dass wir den Prozess an dieser Stelle nicht fortsetzen.",
            Category.REJECTION,
        ),
        (
            "t.vogel@holzwerk.example",
            "Ihre Bewerbung",
            "Hallo Frau Meier,\n\nIhre Unterlagen liegen aktuell der Fachabteilung zur Prüfung "
            "vor. Wir melden uns in zwei Wochen.",
            Category.VIEWED,
        ),
        (
            "info@chor-beispiel.example",
            "Vorsingen",
            "Liebe Lisa,\n\ndanke für deine Bewerbung für unseren Chor! Das Vorsingen findet am "
            "Dienstag statt.",
            Category.NOT_JOB,
        ),
    ],
)
def test_public_employers_and_hiring_managers(
    classify: Classify, sender: str, subject: str, body: str, category: Category
) -> None:
    assert classify(sender=sender, subject=subject, body=body).category is category

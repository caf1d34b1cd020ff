"""Boards' digests counted by title and place, search firms' and temp agencies' openings for a
client they do not name, and look-alike "applications" (a master's programme, a homeowners'
board, a vehicle's registration) and a podcast's episode about interviews (corpora 115-122)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "category"),
    [
        (
            "alerts@ziprecruiter.com",
            "ZipRecruiter",
            "Maria, 12 new Data Analyst jobs near you",
            "Great matches for you near Tucson, AZ\n\nData Analyst - Desert Bloom Health - "
            "Tucson, AZ - 1-Click Apply\nReporting Analyst - confidential - Marana, AZ",
            "en",
            Category.ALERT,
        ),
        (
            "alertas@multitrabajos.com",
            "Multitrabajos",
            "9 nuevos avisos de Auxiliar Contable en Cuenca",
            "Avisos que coinciden con tu búsqueda: auxiliar contable · Cuenca\n\nAuxiliar "
            "Contable - Comercial Andes\nAsistente Contable - Confidencial",
            "es",
            Category.ALERT,
        ),
        (
            "jobs@aktuarverein.example",
            "Stellenbörse des Aktuarvereins",
            "Neue Stellenangebote in der Stellenbörse",
            "Liebe Mitglieder,\n\nneu in der Stellenbörse:\n\n- Aktuar (m/w/d), Hanse Leben AG, "
            "Hamburg\n- Pricing Analyst (m/w/d), Elbwerk Versicherung, Kiel",
            "de",
            Category.ALERT,
        ),
        (
            "julen@norte-search.example",
            "Julen Etxeberria",
            "Jefe de Compras - multinacional del sector alimentación (Bilbao)",
            "Hola Ane,\n\nTrabajo para una multinacional del sector alimentación que abre planta "
            "en Bilbao y busca Jefe de Compras. Quizá te interese.\n\nSaludos,\nJulen",
            "es",
            Category.OUTREACH,
        ),
        (
            "marta@laboraett.example",
            "Marta Gil",
            "Oferta ETT - mozo de almacén en Alagón",
            "Hola Ane:\n\nSoy Marta, de Labora ETT. Tenemos una vacante de mozo de almacén para "
            "un importante fabricante del sector automoción en Alagón, con contrato de 6 meses."
            "\n\n¿Te interesa? Llámame.\n\nMarta Gil",
            "es",
            Category.OUTREACH,
        ),
        (
            "r.meier@alpen-kader.example",
            "Reto Meier",
            "Nachfassen: Leitung QA - Raum Bern",
            "Guten Tag Frau Roth\n\nIch erlaube mir, kurz nachzufassen. Das Mandat ist weiterhin "
            "offen und ich würde mich über einen Austausch freuen.\n\nFreundliche Grüsse\nReto "
            "Meier",
            "de",
            Category.OUTREACH,
        ),
        (
            "admisiones@posgrado-andino.example",
            "Universidad Andina",
            "Postulación a la Maestría en Finanzas recibida",
            "Estimado Andrés, hemos recibido su postulación a la Maestría en Finanzas, cohorte "
            "2026. El comité académico revisará su expediente.",
            "es",
            Category.NOT_JOB,
        ),
        (
            "board@pinecrest-hoa.example",
            "Pinecrest HOA",
            "Board candidate application received",
            "Thanks Sam, we've received your application to serve on the HOA board. Candidate "
            "statements will be mailed with the ballot.",
            "en",
            Category.NOT_JOB,
        ),
        (
            "noreply@dmv-portal.example",
            "Motor Vehicle Division",
            "Title and registration application received",
            "We received the title and registration application for your 2024 pickup submitted "
            "by the dealer. Plates will be mailed within 3 weeks.",
            "en",
            Category.NOT_JOB,
        ),
        (
            "hello@transitcast.example",
            "The Transit Cast",
            "Ep. 41: Job interview horror stories",
            "Listeners sent in their worst job interview stories. We learned about panel "
            "interviews. Episode 41 is out now.",
            "en",
            Category.NOT_JOB,
        ),
    ],
)
def test_digests_pitches_and_look_alikes(
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


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language"),
    [
        (
            "oma.kessler@t-online.example",
            "Mama",
            "Sonntag",
            "Liebe Jana,\n\nkommst du am Sonntag zum Essen? Und erzähl mal, wie es mit dem "
            "Vorstellungsgespräch bei der Bank war.\n\nLiebe Grüße\nMama",
            "de",
        ),
        (
            "mia.brandt@gmail.com",
            "Mia Brandt",
            "Und, wie läuft's?",
            "Hey Jana,\n\nwie läuft die Jobsuche? Ich hab übrigens morgen mein zweites "
            "Vorstellungsgespräch bei der Agentur in Mainz, drück mir die Daumen!\n\nMia",
            "de",
        ),
        (
            "bia.souza88@gmail.com",
            "Bia Souza",
            "passei na entrevista!!!",
            "Luuu\n\nPASSEI!!! A entrevista final foi hoje e já me ligaram com a proposta. Vou ser "
            "coordenadora lá na agência.\n\nbeijo\nBia",
            "pt",
        ),
        (
            "bia.souza88@gmail.com",
            "Bia Souza",
            "ajuda com proposta",
            "Lu, me ajuda? O RH mandou a proposta formal e o valor veio menor do que falaram na "
            "entrevista. Tu acha que eu devo negociar ou aceitar logo?\n\nBia",
            "pt",
        ),
        (
            "praxis@arzt-seeland.example",
            "Praxis Dr. med. Keller",
            "Terminbestätigung: Grippeimpfung",
            "Guten Tag Frau Roth\n\nHiermit bestätigen wir Ihren Termin für die Grippeimpfung am "
            "Freitag, 19. Dezember um 07:45 Uhr.\n\nFreundliche Grüsse\nPraxis Dr. med. Keller",
            "de",
        ),
    ],
)
def test_family_friends_and_a_doctor_are_no_job_mail(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.NOT_JOB, result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language"),
    [
        (
            "vale@cobrito.example",
            "Vale Ruiz",
            "¡Buenas noticias!",
            "Hola Ana,\n\nQué alegría contarte que queremos que seas parte de Cobrito como "
            "Analista Contable. Te adjunto la propuesta: USD 1.900 mensuales, 100% remoto.\n\n"
            "Vale",
            "es",
        ),
        (
            "rh@biosarine.example",
            "RH Biosarine",
            "Contrat de travail - Léa Roth",
            "Madame,\n\nFaisant suite à notre entretien, nous avons le plaisir de vous faire "
            "parvenir en annexe votre contrat de travail.\n\nNous vous prions de nous retourner "
            "un exemplaire signé.\n\nRessources Humaines\nBiosarine SA",
            "fr",
        ),
    ],
)
def test_an_offer_in_a_persons_words(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.OFFER, result.evidence

"""Abbreviations' dots inside titles and sentences, and stage wording found by corpora 70-74.

A title keeps the dot of an abbreviation it begins with or holds ("Sr. Product Manager",
"Dipl. Pflegefachfrau HF", "Analista Sr. de Supply Chain"), while a "Sr." that ends a title
still ends it before the next sentence. Phrases read on past an honorific's dot ("Un second
entretien avec M. Dussert ... pourrait être organisé"), but not past a doctor's "Dr.", whose
practice's booking is no interview.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.text import unabbreviate
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("body", "language", "role"),
    [
        (
            "Thank you for your application for the Sr. Product Manager role at Acme. We will "
            "review it shortly.",
            "en",
            "Sr. Product Manager",
        ),
        (
            "Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle «Dipl. Pflegefachfrau HF "
            "Innere Medizin 80–100 %» (Req 24817).",
            "de",
            "Dipl. Pflegefachfrau HF Innere Medizin 80–100 %",
        ),
        (
            "Gracias por postularte a la vacante Analista Sr. de Supply Chain. Te contactaremos.",
            "es",
            "Analista Sr. de Supply Chain",
        ),
        (
            "Gracias por postularte a la vacante Desarrollador Backend Sr. Iván quiere retomar "
            "contigo donde nos quedamos.",
            "es",
            "Desarrollador Backend Sr",
        ),
        (
            "Nous avons bien reçu votre candidature pour la mission de Contrôleur de gestion "
            "(6 mois, démarrage ASAP) chez notre client Laboratoires Seyvoz à Lyon.",
            "fr",
            "Contrôleur de gestion",
        ),
    ],
)
def test_a_title_keeps_its_abbreviations(
    classify: Classify, body: str, language: str, role: str
) -> None:
    result = classify(
        sender="jobs@acme.example",
        name="Acme Careers",
        subject="Application received",
        body=body,
        language=language,
    )
    assert result.category is Category.CONFIRMATION
    assert result.role == role


def test_a_list_of_interviewers_names_no_title(classify: Classify) -> None:
    result = classify(
        sender="simone.achebe@halbrookinfra.example",
        name="Simone Achebe",
        subject="Panel interview invitation",
        body="Hi Nadia,\n\nThe hiring team would like to invite you to a panel interview with:"
        "\n\n- Graham Kowal, P.Eng., Manager, Mechanical Systems\n- Ines Barros, P.Eng., "
        "Senior Project Engineer\n- Me\n\nThe interview will be 75 minutes on Teams.\n\nBest,"
        "\nSimone",
        language="en",
    )
    assert result.category is Category.INTERVIEW
    assert result.role is None


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "category", "status"),
    [
        # a Swiss board's saved search
        (
            "jobmail@jobs.ch",
            "jobs.ch",
            "Neue Stellen: Pflegefachfrau HF · Zürich",
            "Grüezi Katharina Moser\n\n8 neue Stellen für Ihr Suchabo.\nPflegefachfrau "
            "Wochenbett 80 % – Seespital Horgenberg AG\nPflegefachperson Akutgeriatrie – "
            "Spital Uetliberg",
            "de",
            Category.ALERT,
            None,
        ),
        # a board's receipt whose title holds "Dipl."
        (
            "noreply@jobs.ch",
            "jobs.ch",
            "Ihre Bewerbung bei Spitex Sihltal AG",
            "Guten Tag Katharina Moser\n\nIhre Bewerbung für die Stelle «Dipl. Pflegefachfrau HF "
            "Spitex 70 %» wurde erfolgreich an Spitex Sihltal AG gesendet.\n\nDer Arbeitgeber "
            "wird sich direkt bei Ihnen melden.",
            "de",
            Category.CONFIRMATION,
            None,
        ),
        # no post to offer, the post named after the word
        (
            "jobs@kswt.example",
            "KSWT Personal",
            "Ihre Bewerbung beim Kantonsspital Winterthal",
            "Guten Tag Frau Moser\n\nBesten Dank für Ihr Interesse am Kantonsspital Winterthal. "
            "Leider können wir Ihnen keinen Ausbildungsplatz im NDS Intensivpflege anbieten; "
            "für den Kurs standen deutlich mehr Bewerbungen als Plätze zur Verfügung.\n\n"
            "Freundliche Grüsse\nPersonaldienst KSWT",
            "de",
            Category.REJECTION,
            None,
        ),
        # a public employer's board
        (
            "drh@hcf-lyon.example",
            "DRH Recrutement HCF",
            "Convocation - entretien de recrutement",
            "Madame,\n\nJ'ai le plaisir de vous informer que votre candidature a été retenue "
            "pour un entretien devant une commission.\n\nDate : jeudi 22 janvier 2026 à 9h30"
            "\n\nFlorence Guillermin",
            "fr",
            Category.INTERVIEW,
            None,
        ),
        # the next round, its interviewer named with "M."
        (
            "florence@hcf-lyon.example",
            "Florence Guillermin",
            "Votre candidature - contrôle de gestion",
            "Madame,\n\nSuite à votre entretien du 22 janvier, la commission a souhaité "
            "poursuivre le processus avec vous. Un second entretien avec M. Dussert, Directeur "
            "général adjoint, pourrait être organisé courant mars.\n\nCordialement,\n"
            "Florence Guillermin",
            "fr",
            Category.INTERVIEW,
            None,
        ),
        # the reader's withdrawal acknowledged in the first person
        (
            "florence@hcf-lyon.example",
            "Florence Guillermin",
            "RE: Candidature n° 2025-1187 - désistement",
            "Madame,\n\nJe prends bonne note de votre désistement et vous remercie de nous en "
            "avoir informés rapidement. Votre dossier est clôturé.\n\nCordialement,\n"
            "Florence Guillermin",
            "fr",
            Category.CONFIRMATION,
            ApplicationStatus.WITHDRAWN,
        ),
        # a recruiter's search for a client named by its trade
        (
            "ximena.robles@nexohunters.example",
            "Ximena Robles",
            "Gerente de Cuentas - empresa de seguros",
            "Hola Valeria, buen día.\n\nEstoy buscando un(a) Gerente de Cuentas Corporativas "
            "para una aseguradora multinacional con oficinas en Santa Fe. ¿Te interesaría? Si "
            "me compartes tu CV actualizado te cuento detalles.\n\nSaludos,\nXimena Robles\n"
            "Nexo Hunters · Reclutamiento especializado",
            "es",
            Category.OUTREACH,
            None,
        ),
    ],
)
def test_stage_wording(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    category: Category,
    status: ApplicationStatus | None,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is category, result.evidence
    if status is not None:
        assert result.status is status


def test_a_practice_booking_with_a_doctor_is_no_interview(classify: Classify) -> None:
    result = classify(
        sender="no-reply@doctolib.example",
        name="Doctolib",
        subject="Terminbestätigung: Kinderarzt Dr. Yildiz",
        body="Ihr Termin für Mila Wiesner bei Dr. med. Selin Yildiz (Kinder- und "
        "Jugendmedizin) am 19.01.2026 um 09:20 Uhr ist bestätigt (U7a).",
        language="de",
    )
    assert result.category is Category.NOT_JOB


def test_a_department_before_the_name_is_no_part_of_it(classify: Classify) -> None:
    result = classify(
        sender="bewerbung@straphael-wien.example",
        name="Bewerbungsmanagement St. Raphael",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="Sehr geehrte Frau Moser,\n\nvielen Dank für Ihre Bewerbung. Wir haben Ihre "
        "Unterlagen erhalten.\n\nMit freundlichen Grüßen\nIhr Team",
        language="de",
    )
    assert result.company == "St. Raphael"


@pytest.mark.parametrize(
    ("folded", "read"),
    [
        ("avec m. dussert, directeur", "avec m  dussert, directeur"),
        ("als dipl. pflegefachfrau", "als dipl  pflegefachfrau"),
        ("bei dr. weber", "bei dr. weber"),
        ("the end. next", "the end. next"),
        ("u.s. army", "u.s. army"),
    ],
)
def test_unabbreviate_keeps_the_length(folded: str, read: str) -> None:
    assert unabbreviate(folded) == read
    assert len(unabbreviate(folded)) == len(folded)

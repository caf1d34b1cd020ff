"""Stage and status mail a student's inbox holds: an HR suite's staff notices (no job search),
a hold that says the post is still open, the employer's answer in the reader's own withdrawal
thread, a filled post told as what the employer could do, an interim "Sachstand", a public
posting number with a slash, and a request for an enrolment certificate."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Deine Lohnabrechnung für März ist verfügbar",
            "Hallo Jan,\n\ndeine Lohnabrechnung für März 2026 ist jetzt für dich verfügbar.\n\n"
            "Dein HR-Team",
        ),
        (
            "Dein Urlaubsantrag wurde genehmigt",
            "Hallo Jan,\n\ndein Urlaubsantrag (07.04.–11.04.) wurde genehmigt.\n\nDein HR-Team",
        ),
        (
            "Your payslip for March is ready",
            "Hi Jan,\n\nyour payslip for March 2026 is now available.\n\nPeople Team",
        ),
        (
            "Votre bulletin de paie de mars est disponible",
            "Bonjour Jan,\n\nvotre bulletin de paie de mars est disponible.\n\nL'équipe RH",
        ),
        (
            "Tu nómina de marzo ya está disponible",
            "Hola Jan,\n\ntu nómina de marzo ya está disponible.\n\nEquipo de Personas",
        ),
        (
            "Seu holerite de março está disponível",
            "Olá Jan,\n\nseu holerite de março já está disponível.\n\nEquipe de Pessoas",
        ),
    ],
)
def test_an_hr_suites_staff_notice_is_no_job_search_mail(
    classify: Classify, subject: str, body: str
) -> None:
    result = classify(
        sender="notifications@personio.de", name="Kesselhaus", subject=subject, body=body
    )
    assert result.category is Category.NOT_JOB


def test_a_hold_that_says_the_post_is_not_given_away_is_no_rejection(classify: Classify) -> None:
    result = classify(
        sender="t.brandt@nordpersonal.example",
        name="Tobias Brandt",
        subject="Update zur Stelle",
        body="Hallo Herr Doe,\n\nder Kunde hat die Suche für die Werkstudentenstelle bis März auf "
        "Eis gelegt. Sie waren im Gespräch überzeugend, und die Stelle ist weiterhin nicht "
        "vergeben.\n\nViele Grüße\nTobias Brandt\nPersonalberater",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.ON_HOLD


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Rückzug meiner Bewerbung",
        "Re: Withdrawal of my application",
        "RE: Retrait de ma candidature",
        "RE: Retirada de mi candidatura",
        "RE: Desistência da minha candidatura",
    ],
)
def test_the_employers_answer_in_the_readers_withdrawal_thread(
    classify: Classify, subject: str
) -> None:
    result = classify(
        sender="mia@tallbird.example",
        name="Mia Kern",
        subject=subject,
        body="Hi Jan,\n\nthanks, all clear. I have closed the file for the analyst role in our "
        "system.\n\nMia",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.WITHDRAWN


def test_a_post_filled_told_as_what_the_employer_could_do_is_a_rejection(
    classify: Classify,
) -> None:
    result = classify(
        sender="k.wendt@hs-example.de",
        name="Prof. Dr. Klara Wendt",
        subject="Ihre Bewerbung als wissenschaftliche Hilfskraft",
        body="Liebe Frau Doe,\n\nvielen Dank für Ihre Bewerbung an meinem Institut. Die Stelle "
        "konnten wir inzwischen mit einem Studenten aus unserem Masterprogramm besetzen.\n\n"
        "Alles Gute für Ihr Studium\nKlara Wendt",
    )
    assert result.category is Category.REJECTION


def test_a_post_not_yet_filled_is_no_rejection(classify: Classify) -> None:
    result = classify(
        sender="k.wendt@hs-example.de",
        name="Prof. Dr. Klara Wendt",
        subject="Ihre Bewerbung als wissenschaftliche Hilfskraft",
        body="Liebe Frau Doe,\n\nvielen Dank für Ihre Bewerbung. Wir konnten die Stelle noch "
        "nicht besetzen und melden uns bald mit einem Termin.\n\nKlara Wendt",
    )
    assert result.category is not Category.REJECTION


def test_an_interim_sachstand_is_application_mail_with_its_posting_number(
    classify: Classify,
) -> None:
    result = classify(
        sender="noreply@umantis.com",
        name="Landkreis Ostheim Bewerbermanagement",
        subject="Sachstand Ihrer Bewerbung – Ausschreibung 2026/14",
        body="Sehr geehrter Herr Doe,\n\ndie Vorauswahl zu unserer Ausschreibung 2026/14 ist noch "
        "nicht abgeschlossen. Wir werden Sie im Mai über den weiteren Verlauf informieren.\n\n"
        "Mit freundlichen Grüßen\nLandkreis Ostheim",
    )
    assert result.category is Category.VIEWED
    assert result.requisition_id == "2026/14"


def test_an_employer_asking_for_the_enrolment_certificate_is_application_mail(
    classify: Classify,
) -> None:
    result = classify(
        sender="p.lorenz@kesselwerke.example",
        name="Petra Lorenz",
        subject="Ihre Bewerbung – fehlende Unterlagen",
        body="Sehr geehrter Herr Doe,\n\nvielen Dank für Ihre Bewerbung. Damit wir sie prüfen "
        "können, fehlt uns noch eine aktuelle Immatrikulationsbescheinigung.\n\nMit "
        "freundlichen Grüßen\nPetra Lorenz\nPersonal\nKesselwerke GmbH",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Kesselwerke"


def test_a_student_grant_asking_for_an_employment_contract_is_no_offer(
    classify: Classify,
) -> None:
    result = classify(
        sender="foerderung@studentenwerk.example",
        name="Studentenwerk – Ausbildungsförderung",
        subject="Ihr BAföG-Antrag – Unterlagen nachreichen",
        body="Sehr geehrter Herr Doe,\n\nfür Ihren Antrag benötigen wir noch Ihren "
        "Arbeitsvertrag als Werkstudent und den Leistungsnachweis.\n\nAmt für "
        "Ausbildungsförderung",
    )
    assert result.category is Category.NOT_JOB

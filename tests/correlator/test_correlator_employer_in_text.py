"""A job board's status notice whose employer the extractor misread: when the name it gave
is one the user never applied to, the one known employer the text spells out decides."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C

BOARD = "noreply@board.example"


def _applied(mail, correlator: Correlator):
    first = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Taller Ondarreta",
            role="Técnico/a de Mantenimiento Industrial",
            sender=BOARD,
            sent="2024-09-02",
        )
    )
    return first.application


def test_the_employer_the_text_names_wins_over_a_misread_one(mail) -> None:
    correlator = Correlator()
    applied = _applied(mail, correlator)
    no = correlator.correlate(
        mail(
            C.REJECTION,
            company="Industrial Taller",  # the extractor cut the wrong words
            role="Técnico/a",
            sender=BOARD,
            subject="Novedades en tu candidatura",
            text="Tu candidatura a la oferta Técnico/a de Mantenimiento Industrial "
            "(Taller Ondarreta) ha pasado al estado Descartado.",
            sent="2024-09-20",
        )
    )
    assert no.application is applied
    assert applied is not None and applied.status is S.REJECTED


def test_a_text_naming_no_known_employer_changes_nothing(mail) -> None:
    correlator = Correlator()
    applied = _applied(mail, correlator)
    no = correlator.correlate(
        mail(
            C.REJECTION,
            company="Astilleros Getaria",
            sender=BOARD,
            subject="Novedades en tu candidatura",
            text="Tu candidatura a la oferta Soldador/a (Astilleros Getaria) ha sido descartada.",
            sent="2024-09-20",
        )
    )
    assert no.application is not applied


def test_a_persons_text_does_not_rename_the_employer(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, company="Harlow", sender="jobs@harlow.example"))
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Quintel Systems",
            sender="dana.k@quintel.example",
            text="Let's talk on Monday.\n\nDana Harlow | Recruiter | Quintel Systems",
            sent="2024-03-05",
        )
    )
    assert invite.application is not None
    assert invite.application.company == "Quintel Systems"

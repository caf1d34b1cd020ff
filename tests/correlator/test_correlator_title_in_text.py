"""Two processes open at one employer, and a careers site's "no" that names the title only
in its text: the mail goes to the process whose title it spells out."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C

SITE = "valdemora@careers.example"


def _two_processes(mail, correlator: Correlator):
    first = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Valdemora Foods",
            role="Responsable de Compras, en nuestro equipo de Sevilla",
            sender=SITE,
            sent="2024-06-03",
        )
    )
    second = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Valdemora Foods",
            role="Analista de Costes",
            sender=SITE,
            sent="2024-06-20",
        )
    )
    assert first.application is not second.application
    return first.application, second.application


def test_the_no_joins_the_process_whose_title_its_text_names(mail) -> None:
    correlator = Correlator()
    buyer, analyst = _two_processes(mail, correlator)
    no = correlator.correlate(
        mail(
            C.REJECTION,
            company="Valdemora Foods",
            sender=SITE,
            subject="Novedades sobre tu candidatura",
            text="Gracias por participar en el proceso para Responsable de Compras. "
            "Hemos decidido seguir con otra persona.",
            sent="2024-06-25",
        )
    )
    assert no.application is buyer
    assert buyer.status is S.REJECTED
    assert analyst.status is S.APPLIED


def test_a_text_naming_both_titles_decides_nothing(mail) -> None:
    correlator = Correlator()
    _two_processes(mail, correlator)
    no = correlator.correlate(
        mail(
            C.REJECTION,
            company="Valdemora Foods",
            sender=SITE,
            subject="Novedades sobre tu candidatura",
            text="Tus procesos: Responsable de Compras y Analista de Costes.",
            sent="2024-06-25",
        )
    )
    assert no.review_reason is not None  # a person decides

"""A public body's selection process carries its file number in every subject ("Oposición
2026/TS-11"): its notices weeks apart are one application, though each reads as an
acknowledgement and none names the post."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.roles import subject_reference
from jobtracker.pipeline.vocabulary import Category as C

OFFICE = "no-reply@sede.concello.example"


def test_a_call_number_is_read_from_a_subject() -> None:
    assert subject_reference("Solicitude rexistrada - proceso 2026/TS-11") == "2026/TS-11"
    assert subject_reference("Factura 2026/03/14") is None
    assert subject_reference("Order 12345") is None


def test_notices_carrying_one_call_number_are_one_application(mail) -> None:
    correlator = Correlator()
    filed = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Concello de Vilamar",
            sender=OFFICE,
            subject="Solicitude rexistrada - proceso 2026/TS-11",
            sent="2026-01-10",
        )
    )
    admitted = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Concello de Vilamar",
            sender=OFFICE,
            subject="Lista provisional de admitidos - 2026/TS-11",
            sent="2026-03-02",
        )
    )
    assert admitted.application is filed.application


def test_another_call_number_is_another_application(mail) -> None:
    correlator = Correlator()
    filed = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Concello de Vilamar",
            sender=OFFICE,
            subject="Solicitude rexistrada - proceso 2026/TS-11",
            sent="2026-01-10",
        )
    )
    other = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Concello de Vilamar",
            sender=OFFICE,
            subject="Solicitude rexistrada - proceso 2026/AX-02",
            sent="2026-01-11",
        )
    )
    assert other.application is not filed.application

"""Two applications at one employer acknowledged the same day, told apart by requisition."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C

_ATS = "northwind@ats.example"


def test_one_careers_site_confirming_two_requisitions_is_two_applications(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Northwind", requisition_id="R-5501", sender=_ATS)
    )
    second = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Northwind",
            requisition_id="R-5577",
            sender=_ATS,
            sent="2024-03-01T09:20",
        )
    )
    assert second.created
    assert second.application is not first.application
    # mail naming neither is for a person to place
    test = correlator.correlate(mail(C.ASSESSMENT, company="Northwind", sent="2024-03-08"))
    assert test.review_reason is not None


def test_the_same_requisition_confirmed_twice_is_one_application(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Northwind", requisition_id="R-5501", sender=_ATS)
    )
    again = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Northwind",
            requisition_id="r5501",
            sender=_ATS,
            sent="2024-03-01T10:00",
        )
    )
    assert again.application is first.application


def test_a_job_boards_copy_with_another_number_is_still_a_copy(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Northwind", requisition_id="R-5501", sender=_ATS)
    )
    copy = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Northwind",
            requisition_id="884213",
            sender="apply@board.example",
            sent="2024-03-01T09:05",
        )
    )
    assert copy.application is first.application

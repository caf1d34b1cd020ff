"""Two applications at one employer acknowledged the same day, told apart by requisition."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.state import Application
from jobtracker.pipeline.vocabulary import ApplicationStatus
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


def _two_processes(mail, correlator: Correlator) -> tuple[Application | None, Application | None]:
    first = correlator.correlate(mail(C.CONFIRMATION, company="Northwind", role="Buyer"))
    second = correlator.correlate(
        mail(C.CONFIRMATION, company="Northwind", role="Planner", sent="2024-03-02")
    )
    return first.application, second.application


def test_an_offer_naming_no_role_goes_to_the_process_that_had_interviews(mail) -> None:
    correlator = Correlator()
    interviewed, waiting = _two_processes(mail, correlator)
    correlator.correlate(mail(C.INTERVIEW, company="Northwind", role="Buyer", sent="2024-03-10"))
    # the other process heard from more recently, but only a test so far
    correlator.correlate(mail(C.ASSESSMENT, company="Northwind", role="Planner", sent="2024-03-20"))
    offer = correlator.correlate(mail(C.OFFER, company="Northwind", sent="2024-03-25"))
    assert offer.application is interviewed
    assert offer.application is not waiting
    assert offer.review_reason is not None  # still for a person to confirm


def test_a_rejection_naming_no_role_spares_the_process_at_an_offer(mail) -> None:
    correlator = Correlator()
    offered, other = _two_processes(mail, correlator)
    correlator.correlate(mail(C.OFFER, company="Northwind", role="Buyer", sent="2024-03-20"))
    rejection = correlator.correlate(mail(C.REJECTION, company="Northwind", sent="2024-03-22"))
    assert rejection.application is other
    assert offered is not None and offered.status is ApplicationStatus.OFFER

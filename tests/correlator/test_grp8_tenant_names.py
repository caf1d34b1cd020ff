"""An ATS mailbox several employers share writes under each one's display name."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C

ATS = "noreply@ats-shared.example"


def _as(item, name: str):
    sender = item.message.from_.model_copy(update={"name": name})
    return item.model_copy(update={"message": item.message.model_copy(update={"from_": sender})})


def test_a_notice_under_the_display_name_one_employer_used_is_that_employers(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        _as(mail(C.CONFIRMATION, company="Brisk Motors", role="Tester", sender=ATS), "Brisk Jobs")
    )
    second = correlator.correlate(
        _as(
            mail(C.CONFIRMATION, company="Kelmar", role="Designer", sender=ATS, sent="2024-03-02"),
            "Recruiting",
        )
    )
    notice = _as(
        mail(C.REJECTION, company=None, role=None, sender=ATS, sent="2024-03-20"), "Recruiting"
    )
    assert correlator.correlate(notice).application is second.application


def test_a_display_name_two_employers_used_names_neither(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        _as(mail(C.CONFIRMATION, company="Brisk Motors", role="Tester", sender=ATS), "Recruiting")
    )
    second = correlator.correlate(
        _as(
            mail(C.CONFIRMATION, company="Kelmar", role="Designer", sender=ATS, sent="2024-03-02"),
            "Recruiting",
        )
    )
    notice = _as(
        mail(C.REJECTION, company=None, role=None, sender=ATS, sent="2024-03-20"), "Recruiting"
    )
    found = correlator.correlate(notice).application
    assert found is not first.application and found is not second.application

"""A scheduling service's booking notice: the host it names takes part in the process."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.scheduling import hosts_named
from jobtracker.pipeline.contracts import ClassifiedMessage
from jobtracker.pipeline.vocabulary import Category as C

_BOOKED = (
    "Hi Dana Whitfield,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Meeting\n"
    "Invitee: Dana Whitfield\nHost: Marek Osei (Brightloom)\n"
    "Location: This is a Google Meet web conference.\n"
)


def _named(item: ClassifiedMessage, display: str) -> ClassifiedMessage:
    sender = item.message.from_.model_copy(update={"name": display})
    message = item.message.model_copy(update={"from_": sender})
    return ClassifiedMessage.model_construct(message=message, classification=item.classification)


def test_the_host_is_read_from_the_body_the_display_name_and_the_subject() -> None:
    assert hosts_named("notifications@calendly.com", "Calendly", "New Event", _BOOKED) == (
        "Marek Osei (Brightloom)",
    )
    assert hosts_named("no-reply@goodtime.io", "Marek Osei via GoodTime", "Booked", "") == (
        "Marek Osei",
    )
    assert hosts_named(
        "notifications@calendly.com", "", "Invitation from Marek Osei via Calendly", ""
    ) == ("Marek Osei",)


def test_a_person_or_another_service_names_no_host() -> None:
    assert hosts_named("marek@brightloom.example", "Marek Osei", "Hello", _BOOKED) == ()
    assert hosts_named("no-reply@hire.lever.co", "Lever", "New Event", _BOOKED) == ()


def test_a_booking_whose_host_line_names_an_open_employer_is_in_its_process(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        mail(
            C.INTERVIEW, company="Brightloom", sender="marek@brightloom.example", sent="2024-05-02"
        )
    )
    notice = mail(
        C.NOT_JOB,
        company=None,
        sender="notifications@calendly.com",
        subject="New Event: Dana Whitfield - 10:00 Thu - 30 Minute Meeting",
        text=_BOOKED,
        sent="2024-05-03",
    )
    app = correlator.in_process(notice)
    assert app is not None and app.company == "Brightloom"


def test_a_booking_named_after_a_writer_of_the_process_is_in_it(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        mail(C.INTERVIEW, company="Tallow", sender="ines.varga@tallow.example", sent="2024-05-02")
    )
    notice = _named(
        mail(
            C.NOT_JOB,
            company=None,
            sender="notifications@calendly.com",
            subject="Ines Varga and you",
            sent="2024-05-03",
        ),
        "Ines Varga via Calendly",
    )
    app = correlator.in_process(notice)
    assert app is not None and app.company == "Tallow"


def test_a_booking_with_someone_unknown_is_in_no_process(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        mail(
            C.INTERVIEW, company="Brightloom", sender="marek@brightloom.example", sent="2024-05-02"
        )
    )
    notice = mail(
        C.NOT_JOB,
        company=None,
        sender="notifications@calendly.com",
        subject="New Event",
        text=_BOOKED.replace("Marek Osei (Brightloom)", "Sam Lee (Pilates Studio)"),
        sent="2024-05-03",
    )
    assert correlator.in_process(notice) is None

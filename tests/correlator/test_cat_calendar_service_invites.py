"""A person's invite sent through a calendar service: its organizer is the writer."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.contracts import CalendarEvent, ClassifiedMessage
from jobtracker.pipeline.vocabulary import Category as C


def _sent_by_calendar(item: ClassifiedMessage, organizer: str) -> ClassifiedMessage:
    event = CalendarEvent(summary="Jane / Ravi - Quillon", method="REQUEST", organizer=organizer)
    message = item.message.model_copy(update={"calendar_events": (event,)})
    return ClassifiedMessage.model_construct(message=message, classification=item.classification)


def test_an_invite_organized_by_a_writer_of_the_process_is_in_it(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        mail(C.INTERVIEW, company="Quillon", sender="ravi.menon@quillon.example", sent="2024-03-01")
    )
    invite = _sent_by_calendar(
        mail(C.NOT_JOB, company=None, sender="calendar-notification@google.com", sent="2024-03-02"),
        "ravi.menon@quillon.example",
    )
    app = correlator.in_process(invite)
    assert app is not None and app.company == "Quillon"


def test_an_invite_organized_by_a_stranger_is_not(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        mail(C.INTERVIEW, company="Quillon", sender="ravi.menon@quillon.example", sent="2024-03-01")
    )
    invite = _sent_by_calendar(
        mail(C.NOT_JOB, company=None, sender="calendar-notification@google.com", sent="2024-03-02"),
        "tom@bbq-club.example",
    )
    assert correlator.in_process(invite) is None

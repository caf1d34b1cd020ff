"""A network's message relay (LinkedIn InMail, XING) sends every recruiter's pitch from one
mailbox: a second recruiter's pitch naming no employer is no part of the first one's process."""

from __future__ import annotations

from jobtracker.correlator.matcher import _VIA_PERSON, Correlator
from jobtracker.pipeline.contracts import ClassifiedMessage
from jobtracker.pipeline.vocabulary import Category as C

_RELAY = "inmail-relay@network.example"


def _named(item: ClassifiedMessage, name: str) -> ClassifiedMessage:
    sender = item.message.from_.model_copy(update={"name": name})
    message = item.message.model_copy(update={"from_": sender})
    return ClassifiedMessage(message=message, classification=item.classification)


def test_another_recruiter_through_the_relay_starts_no_link(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        _named(
            mail(C.OUTREACH, company="Saltmarsh Foods", role="Planning Lead", sender=_RELAY),
            "Mia Lund via LinkedIn",
        )
    )
    other = correlator.correlate(
        _named(
            mail(C.OUTREACH, company=None, sender=_RELAY, sent="2024-03-20"),
            "Ravi Menon via LinkedIn",
        )
    )
    assert other.application is None or other.application is not first.application


def test_the_same_recruiter_through_the_relay_still_links(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        _named(
            mail(C.OUTREACH, company="Saltmarsh Foods", role="Planning Lead", sender=_RELAY),
            "Mia Lund via LinkedIn",
        )
    )
    again = correlator.correlate(
        _named(
            mail(C.INTERVIEW, company=None, sender=_RELAY, sent="2024-03-08"),
            "Mia Lund via LinkedIn",
        )
    )
    assert again.application is first.application


def test_the_relay_name_check_needs_a_person_via_a_service() -> None:
    assert _VIA_PERSON.search("Mia Lund via LinkedIn")
    assert _VIA_PERSON.search("Jan Roe über XING")
    assert not _VIA_PERSON.search("Saltmarsh Foods Careers")
    assert not _VIA_PERSON.search("Mia Lund via Greenhouse")  # an ATS mailbox of one employer

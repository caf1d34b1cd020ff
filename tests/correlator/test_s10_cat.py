"""The booking notice a reader gets as the host of their own booking page names no host: the
person who booked is its invitee, the writer of the process the call belongs to."""

from __future__ import annotations

from jobtracker.correlator.scheduling import hosts_named

_HOSTED_BY_THE_READER = (
    "Hi Jane Doe,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Meeting\n"
    "Invitee: Tom Hale (tom.hale@quarrybank.example)\nEvent Date/Time: 10:00 - Monday\n"
)
_HOSTED_BY_THE_RECRUITER = (
    "Hi Jane Doe,\n\nA new event has been scheduled.\n\nInvitee: Jane Doe\n"
    "Host: Tom Hale, Talent, Quarry Bank\n"
)


def test_the_invitee_is_read_when_no_host_is_named() -> None:
    found = hosts_named(
        "notifications@calendly.com",
        "Calendly",
        "New Event: Jane Doe - 10:00",
        _HOSTED_BY_THE_READER,
    )
    assert found == ("Tom Hale (tom.hale@quarrybank.example)",)


def test_a_host_line_wins_over_the_invitee() -> None:
    found = hosts_named(
        "notifications@calendly.com", "Calendly", "New Event", _HOSTED_BY_THE_RECRUITER
    )
    assert found == ("Tom Hale, Talent, Quarry Bank",)

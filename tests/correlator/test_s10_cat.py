"""The booking notice a reader gets as the host of their own booking page names no host: the
person who booked is its invitee, the writer of the process the call belongs to."""

from __future__ import annotations

import pytest

from jobtracker.correlator.scheduling import hosts_named

_HOSTED_BY_THE_READER = (
    "Hi Jane Doe,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Meeting\n"
    "Invitee: Tom Hale (tom.hale@quarrybank.example)\nEvent Date/Time: 10:00 - Monday\n"
)
_HOSTED_BY_THE_RECRUITER = (
    "Hi Jane Doe,\n\nA new event has been scheduled.\n\nInvitee: Jane Doe\n"
    "Host: Tom Hale, Talent, Quarry Bank\n"
)


@pytest.mark.parametrize(
    ("subject", "body", "hosts"),
    [
        pytest.param(
            "New Event: Jane Doe - 10:00",
            _HOSTED_BY_THE_READER,
            ("Tom Hale (tom.hale@quarrybank.example)",),
            id="the-invitee-is-read-when-no-host-is-named",
        ),
        pytest.param(
            "New Event",
            _HOSTED_BY_THE_RECRUITER,
            ("Tom Hale, Talent, Quarry Bank",),
            id="a-host-line-wins-over-the-invitee",
        ),
    ],
)
def test_the_booking_notice_names_its_host(subject: str, body: str, hosts: tuple[str, ...]) -> None:
    found = hosts_named("notifications@calendly.com", "Calendly", subject, body)
    assert found == hosts

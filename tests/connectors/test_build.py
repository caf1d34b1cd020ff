"""Models built without re-validation are the very objects validation builds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from jobtracker.connectors.mime import normalize, skim
from jobtracker.connectors.mime.build import _same, build, fast_path_active, updated
from jobtracker.pipeline.contracts import Address, CalendarEvent, Link, NormalizedMessage, RawMail
from jobtracker.pipeline.errors import ParseFailure
from tests.connectors.mailgen import message, multipart, part, raw_mail

INVITE = (
    "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:42\r\n"
    "DTSTART;TZID=Europe/Berlin:20240610T100000\r\nSUMMARY:Interview\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)

ATTACHED = 'Content-Disposition: attachment; filename="a.pdf"\r\n'


def validated_twin(built: NormalizedMessage) -> NormalizedMessage:
    """What model_validate makes of the fields the built message was given."""
    given = {name: getattr(built, name) for name in built.model_fields_set}
    return NormalizedMessage.model_validate(given)


def test_the_current_contracts_are_built_without_validation() -> None:
    # If this fails, the contracts grew validators or hooks: everything still works (through
    # validation) but normalisation is slower; teach build.py about them.
    assert fast_path_active()


@pytest.mark.parametrize(
    "values",
    [
        {"name": "Jane", "address": "jane@example.org", "domain": "example.org"},
        {"address": "x@example.org"},
        {},
    ],
)
def test_an_address_is_what_validation_makes(values: dict[str, Any]) -> None:
    assert _same(build(Address, values), Address.model_validate(values))


def test_events_and_links_are_what_validation_makes() -> None:
    event = {
        "uid": "1", "method": "REQUEST", "status": "", "summary": "Interview",
        "start": datetime(2024, 6, 10, 8, tzinfo=UTC), "end": None, "location": "",
        "organizer": "hr@acme.example",
    }  # fmt: skip
    assert _same(build(CalendarEvent, event), CalendarEvent.model_validate(event))
    link = {"url": "https://acme.example/jobs/1", "text": "", "unwrapped_from": None}
    assert _same(build(Link, link), Link.model_validate(link))
    assert _same(build(Link, {"url": "https://x.example/"}), Link(url="https://x.example/"))


def test_missing_required_fields_fail_as_validation_fails() -> None:
    with pytest.raises(ValidationError, match="url"):
        build(Link, {"text": "no url"})


def test_a_model_with_validators_is_validated() -> None:
    class Shouting(BaseModel):
        model_config = ConfigDict(frozen=True)
        word: str

        @field_validator("word")
        @classmethod
        def upper(cls, value: str) -> str:
            return value.upper()

    assert build(Shouting, {"word": "hi"}).word == "HI"


@pytest.mark.parametrize(
    "data",
    [
        message("Thanks for applying.\n\nBest regards,\nSam\n"),
        message("<p>Hello <a href='https://acme.example/'>Acme</a></p>", content_type="text/html"),
        message("Hi", headers=(("Subject", "only a subject"),)),
        multipart(
            [
                part("text/plain; charset=utf-8", "See https://acme.example/jobs/1"),
                part("text/calendar; method=REQUEST", INVITE),
                part("application/pdf", "%PDF", extra=ATTACHED),
            ]
        ),
    ],
    ids=["plain", "html", "headers-only", "invite"],
)
def test_normalised_and_skimmed_messages_are_what_validation_makes(data: bytes) -> None:
    raw = raw_mail(data, thread_id="t-1", labels=("Inbox", "Jobs"))
    if b"VCALENDAR" in data:
        assert normalize(raw).calendar_events and normalize(raw).attachment_names == ("a.pdf",)
    for built in (
        normalize(raw),
        normalize(raw, keep_raw=True),
        skim(raw).message,
        skim(raw).complete(),
    ):
        assert _same(built, validated_twin(built))
        assert built.model_dump_json() == validated_twin(built).model_dump_json()


def test_updated_is_validation_of_the_given_fields_and_the_new_ones() -> None:
    built = skim(raw_mail(message("Hi there"))).message
    links = (Link(url="https://acme.example/"),)
    expected = NormalizedMessage.model_validate(
        {name: getattr(built, name) for name in built.model_fields_set}
        | {"links": links, "language": "en"}
    )
    assert _same(updated(built, {"links": links, "language": "en"}), expected)


def test_the_self_check_catches_a_difference() -> None:
    when = datetime(2024, 6, 3, tzinfo=timezone(timedelta(hours=2)))
    first = build(CalendarEvent, {"start": when})
    assert _same(first, CalendarEvent.model_validate({"start": when}))
    assert not _same(first, CalendarEvent.model_validate({"start": when, "uid": ""}))
    assert not _same(build(Link, {"url": "u", "text": "a"}), Link(url="u", text="b"))


def test_a_raw_mail_built_without_validation_is_validated_on_the_way_out() -> None:
    raw = raw_mail(message("Hi"))
    loose = RawMail.model_construct(**(raw.__dict__ | {"provider_message_id": 7}))
    # Run as Python, the model's validation refuses it; compiled (pipeline/compiled.py), the
    # typed code refuses it first. Either way it is an error, never a stored message.
    with pytest.raises((ValidationError, ParseFailure)):
        normalize(loose)

"""A scheduling service's booking notice: the host it names is the writer.

Calendly, GoodTime and the like write "New Event: ..." or "Invitation from Jane Roe via
Calendly" from their own shared mailbox. The person who takes part in the process is the
host the notice names: in the display name, the subject, or a "Host:" line of the body.
The services and their wording are data (``data/scheduling.toml``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Sequence
from functools import lru_cache
from importlib import resources

from jobtracker.correlator.domains import domain_of

_HOST_LINE_MAX = 120  # a host line names a person and maybe their employer, no more


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    text = resources.files("jobtracker.correlator").joinpath("data/scheduling.toml")
    data = tomllib.loads(text.read_text(encoding="utf-8"))
    return (
        frozenset(str(d) for d in data["domains"]),
        tuple(str(p) for p in data["host_labels"]),
        tuple(str(p) for p in data["name_markers"]),
        tuple(str(p) for p in data["subject_prefixes"]),
    )


@lru_cache(maxsize=1)
def _booking() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    text = resources.files("jobtracker.correlator").joinpath("data/scheduling.toml")
    data = tomllib.loads(text.read_text(encoding="utf-8"))
    return (
        tuple(str(p) for p in data["booking_prefixes"]),
        tuple(str(p) for p in data["host_joiners"]),
        tuple(str(p) for p in data["date_joiners"]),
        tuple(str(p) for p in data["event_type_labels"]),
    )


def _event_types(text: str) -> list[str]:
    """The host's own notice's event type line, when it joins a host to the event ("Event
    Type: 30 Minute Meeting with Jane Roe (Acme)")."""
    _, joiners, _, labels = _booking()
    found: list[str] = []
    for line in text.splitlines():
        head, colon, rest = line.partition(":")
        value = rest.strip()
        if (
            colon
            and head.strip().lower() in labels
            and 0 < len(value) <= _HOST_LINE_MAX
            and any(j in value.lower() for j in joiners)
        ):
            found.append(value)
    return found


def _booked_with(subject: str) -> list[str]:
    """The event and the host of an invitee's booking confirmation: "Intro (Acme)" and "Jane
    Roe" from "Confirmed: Intro (Acme) with Jane Roe on Friday, March 20"."""
    prefixes, joiners, dates, _ = _booking()
    lowered = subject.strip().lower()
    prefix = next((p for p in prefixes if lowered.startswith(p)), None)
    if prefix is None:
        return []
    rest = subject.strip()[len(prefix) :]
    low = rest.lower()
    at = max(low.rfind(j) for j in joiners)
    if at <= 0:
        return _pair_host(rest, dates)
    joiner = next(j for j in joiners if low.startswith(j, at))
    event, host = rest[:at].strip(), rest[at + len(joiner) :]
    ends = [i for i in (host.lower().find(d) for d in dates) if i > 0]
    host = host[: min(ends)] if ends else host
    return [part for part in (event, host.strip()) if part]


def _pair_host(rest: str, dates: Sequence[str]) -> list[str]:
    """The host of a booking named as a pair of people before its date, the invitee first:
    "Sam Roe" from "Jane Doe and Sam Roe on Tuesday". Both sides must read as a person's
    name; "Intro call and portfolio review on Tuesday" names no host."""
    ends = [i for i in (rest.lower().find(d) for d in dates) if i > 0]
    if not ends:
        return []
    pair = rest[: min(ends)]
    for joiner in _pair_joiners():
        first, found, second = pair.partition(joiner)
        if found and _reads_as_person(first) and _reads_as_person(second):
            return [second.strip()]
    return []


def _reads_as_person(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").replace(".", "").isalpha()
        for w in words
    )


@lru_cache(maxsize=1)
def _pair_joiners() -> tuple[str, ...]:
    text = resources.files("jobtracker.correlator").joinpath("data/scheduling.toml")
    data = tomllib.loads(text.read_text(encoding="utf-8"))
    return tuple(str(p) for p in data.get("pair_joiners", ()))


@lru_cache(maxsize=1)
def _confirmed_markers() -> tuple[str, ...]:
    text = resources.files("jobtracker.correlator").joinpath("data/scheduling.toml")
    data = tomllib.loads(text.read_text(encoding="utf-8"))
    return tuple(str(p) for p in data.get("confirmed_markers", ()))


_CONFIRMED_LINES = 6  # the sentence that confirms the booking opens the notice
_HOST_WORDS = 5


def _confirmed_with(text: str) -> list[str]:
    """The host of an invitee's confirmation that names them in its opening sentence only:
    "Jonas Roe" from "Dein Termin mit Jonas Roe ist bestätigt"."""
    _, joiners, dates, _ = _booking()
    found: list[str] = []
    for line in text.splitlines()[:_CONFIRMED_LINES]:
        low = line.lower()
        for marker in _confirmed_markers():
            end = low.find(marker)
            if end <= 0:
                continue
            at = max(low.rfind(j, 0, end) for j in joiners)
            if at < 0:
                continue
            joiner = next(j for j in joiners if low.startswith(j, at))
            host = line[at + len(joiner) : end]
            ends = [i for i in (host.lower().find(d) for d in dates) if i > 0]
            host = (host[: min(ends)] if ends else host).strip()  # "Jane Roe on Friday"
            if host and len(host.split()) <= _HOST_WORDS:
                found.append(host)
            break
    return found


def scheduling_service(sender: str) -> bool:
    """Whether ``sender`` writes for a scheduling service."""
    domains = _table()[0]
    domain = domain_of(sender)
    return any(domain == d or domain.endswith("." + d) for d in domains)


@lru_cache(maxsize=1)
def _invitee_labels() -> frozenset[str]:
    text = resources.files("jobtracker.correlator").joinpath("data/scheduling.toml")
    data = tomllib.loads(text.read_text(encoding="utf-8"))
    return frozenset(str(p) for p in data.get("invitee_labels", ()))


def _host_lines(text: str) -> list[str]:
    """The values of the lines a host label (or an event title) begins: "Host: Jane Roe
    (Acme)", or the label alone with the value on the next line ("Host:" then "Jane Roe,
    People Team, Acme"), as notices laid out in blocks write them."""
    return _labelled_lines(text, _table()[1])


def _labelled_lines(text: str, labels: Collection[str]) -> list[str]:
    """The values of the lines one of ``labels`` begins, on its line or the next."""
    found: list[str] = []
    lines = text.splitlines()
    for at, line in enumerate(lines):
        head, colon, rest = line.partition(":")
        if not colon or head.strip().lower() not in labels:
            continue
        value = rest.strip()
        if not value and at + 1 < len(lines):
            value = lines[at + 1].strip()
        if 0 < len(value) <= _HOST_LINE_MAX:
            found.append(value)
    return found


def hosts_named(sender: str, display_name: str, subject: str, text: str) -> tuple[str, ...]:
    """The texts that name the host of a scheduling service's notice: "Jane Roe" from
    "Jane Roe via Calendly", the subject after "Invitation from", and each "Host:" line;
    failing those, the "Invitee:" line of the notice to a reader who hosts the booking page.
    Empty when ``sender`` is no scheduling service."""
    if not sender or not scheduling_service(sender):
        return ()
    _, _, markers, prefixes = _table()
    found: list[str] = []
    name = display_name.strip()
    for marker in markers:
        head, joined, _ = name.lower().partition(marker)
        if joined and head.strip():
            found.append(name[: len(head)].strip())
            break
    lowered = subject.strip().lower()
    for prefix in prefixes:
        if lowered.startswith(prefix):
            rest = subject.strip()[len(prefix) :]
            for marker in markers:
                at = rest.lower().find(marker)
                rest = rest[:at] if at > 0 else rest
            found.append(rest.strip())
            break
    found.extend(_booked_with(subject))
    found.extend(_host_lines(text))
    found.extend(_event_types(text))
    found.extend(_confirmed_with(text))
    if not any(found):
        found.extend(_labelled_lines(text, _invitee_labels()))
    return tuple(f for f in found if f)

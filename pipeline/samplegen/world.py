"""The mailbox owner and the fixed cast around them, drawn once per seed."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .employers import Employer, make_employers
from .people import Person, ascii_slug, random_person
from .rand import Rng, Weighted

HOME = Weighted([("en", 55), ("de", 17), ("fr", 10), ("es", 10), ("pt", 8)])
_TZ = {"en": (-300, -360, -480, 0, 0), "de": (60,), "fr": (60,), "es": (60,), "pt": (-180, 0)}
LANGS = ("en", "de", "fr", "es", "pt")


@dataclass(kw_only=True, slots=True)
class Persona:
    """The person whose mailbox this is."""

    person: Person
    address: str
    other_address: str  # an older personal account they forward things from
    home: str
    tz: int


@dataclass(kw_only=True, slots=True)
class World:
    """Everything that stays fixed while the mailbox fills up."""

    rng: Rng
    user_id: str
    persona: Persona
    employers: list[Employer]
    friends: list[Person]
    family: list[Person]
    friend_addresses: dict[str, str] = field(default_factory=dict)
    serial: int = 0

    def next_serial(self) -> int:
        self.serial += 1
        return self.serial

    def address_of(self, person: Person) -> str:
        key = person.full
        if key not in self.friend_addresses:
            self.friend_addresses[key] = person.personal_address(self.rng)
        return self.friend_addresses[key]


def tz_offset(base: int, ts: float) -> int:
    """Summer time, roughly: Europe and North America move an hour ahead in summer."""
    if base in {-180}:  # Brazil has no daylight saving any more
        return base
    month = time.gmtime(ts).tm_mon
    return base + 60 if 4 <= month <= 10 else base


def zone_for(lang: str, rng: Rng) -> int:
    return rng.pick(_TZ[lang])


def make_world(rng: Rng, user_id: str, employer_count: int = 420) -> World:
    home = HOME.draw(rng)
    person = random_person(rng, home)
    local = person.local_part(rng)
    if "@" in user_id:
        address = user_id
    else:
        address = f"{local}@{rng.pick(('example.com', 'mail.example.org', 'example.net'))}"
    old_domain = rng.pick(("example.org", "old-mail.example"))
    other = f"{ascii_slug(person.first)}{rng.between(70, 99)}@{old_domain}"
    persona = Persona(
        person=person, address=address, other_address=other, home=home, tz=zone_for(home, rng)
    )
    friends = [random_person(rng, home if rng.chance(0.7) else "en", person) for _ in range(14)]
    family = [
        Person(first=random_person(rng, home).first, last=person.last, lang=home) for _ in range(4)
    ]
    return World(
        rng=rng,
        user_id=user_id,
        persona=persona,
        employers=make_employers(rng, employer_count, home),
        friends=friends,
        family=family,
    )

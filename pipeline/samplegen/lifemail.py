"""Everyday mail: shops, parcels, banks, landlords, newsletters, friends, family, calendars,
developer tools. About four in five messages of a real mailbox look like this."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ..vocabulary import Category
from .attachments import fake_pdf
from .dates import clock, long_date, month_name
from .draft import Attachment, Block, Draft
from .ics import invitation
from .people import Person
from .phrases import Kind, Lazy, book, compose, fill
from .rand import Rng, Weighted
from .senders import phantom_id
from .truth import Meta
from .world import LANGS, World

_WEIGHTS = {
    "newsletter": 22,
    "credit_offer": 14,
    "receipt": 9,
    "shipping": 9,
    "social": 9,
    "friend": 7,
    "family": 3,
    "security": 4,
    "bill": 4,
    "github": 5,
    "slack": 3,
    "invite": 3,
    "invite_cancel": 0.4,
    "travel": 2,
    "bank": 2.5,
    "apartment": 1.5,
    "university": 0.7,
    "charity": 1,
    "school": 1.5,
}  # per kind, or per ``group`` of kinds (shipped / delivered, received / declined ...)
_SENDER = re.compile(r"^(.*?)\s*<([^>]+)>$")
_MONEY = {
    "en": ("${:.2f}", "£{:.2f}"),
    "de": ("{:.2f} €",),
    "fr": ("{:.2f} €",),
    "es": ("{:.2f} €",),
    "pt": ("R$ {:.2f}", "{:.2f} €"),
}
_REPLY = ("Re:", "RE:", "AW:", "Re: re:")
_CANCELLED = ("Canceled", "Abgesagt", "Annulé", "Cancelado", "Cancelada")


def _mix(lang: str) -> Weighted[str]:
    kinds = {name: kind for name, kind in book("life", lang).items() if "senders" in kind}
    groups: dict[str, list[str]] = {}
    for name, kind in kinds.items():
        groups.setdefault(str(kind.get("group", name)), []).append(name)
    return Weighted(
        [(name, _WEIGHTS[group] / len(names)) for group, names in groups.items() for name in names]
    )


_MIXES: dict[str, Weighted[str]] = {}


def pick_language(world: World) -> str:
    rng = world.rng
    home = world.persona.home
    if home == "en":
        return "en" if rng.chance(0.88) else rng.pick(LANGS[1:])
    return home if rng.chance(0.5) else "en" if rng.chance(0.9) else rng.pick(LANGS)


def _money(rng: Rng, lang: str) -> str:
    text: str = rng.pick(_MONEY[lang]).format(rng.uniform(4, 480))
    return text if lang == "en" else text.replace(".", ",")


_CHANNELS = ("general", "random", "book-club", "team-social", "announcements")
_WORKSPACES = ("Neighbourhood Garden", "Book Club", "Hack Night", "Climbing Crew")
_AUTHORS = ("octo-dev", "mlopez", "jkim42", "tidy-bot", "dependabot[bot]")


@dataclass(slots=True)
class _State:
    """What the placeholder makers of one message draw from."""

    rng: Rng
    lang: str
    ts: float
    tz: int
    vocab: Kind
    headlines: list[str] = field(default_factory=list)


def _headline(index: int) -> Callable[[_State], str]:
    def make(state: _State) -> str:
        pool = state.vocab["headline"]
        while len(state.headlines) <= index:
            choice = fill(state.rng.pick(pool), {}, state.rng)
            if choice not in state.headlines or len(state.headlines) >= len(pool):
                state.headlines.append(choice)
        return state.headlines[index]

    return make


def _word(key: str) -> Callable[[_State], str]:
    def make(state: _State) -> str:
        pool = state.vocab.get(key) or book("life", "en")["vocab"][key]
        return fill(state.rng.pick(pool), {}, state.rng)

    return make


def _order(state: _State) -> str:
    rng = state.rng
    return f"{rng.digits(3)}-{rng.digits(7)}" if rng.chance(0.5) else rng.token(8).upper()


def _later(state: _State) -> float:
    return state.ts + state.rng.uniform(1, 20) * 86400


_MAKERS: dict[str, Callable[[_State], str]] = {
    "order": _order,
    "amount": lambda s: _money(s.rng, s.lang),
    "tracking": lambda s: "1Z" + s.rng.token(16).upper(),
    "date": lambda s: long_date(_later(s), s.tz, s.lang),
    "time": lambda s: clock(_daytime(_later(s), s.tz, s.rng), s.tz, s.lang),
    "code": lambda s: s.rng.digits(6),
    "last4": lambda s: s.rng.digits(4),
    "ref": lambda s: s.rng.token(6).upper() + s.rng.digits(4),
    "n": lambda s: str(s.rng.between(2, 60)),
    "n2": lambda s: str(s.rng.between(0, 12)),
    "issue_no": lambda s: str(s.rng.between(12, 4800)),
    "sha": lambda s: s.rng.hex(7),
    "channel": lambda s: s.rng.pick(_CHANNELS),
    "team_name": lambda s: s.rng.pick(_WORKSPACES),
    "month": lambda s: month_name(s.ts, s.lang),
    "year": lambda s: str(time.gmtime(s.ts).tm_year - 1),
    "author": lambda s: s.rng.pick(_AUTHORS),
    "headline": _headline(0),
    "headline2": _headline(1),
    "headline3": _headline(2),
    "item2": _word("item"),
    "blurb2": _word("blurb"),
    **{
        key: _word(key)
        for key in (
            "item",
            "carrier",
            "city",
            "street",
            "topic",
            "place",
            "event",
            "dish",
            "blurb",
            "repo",
            "issue_title",
            "plan",
        )
    },
}


def _ctx(world: World, lang: str, ts: float, vocab: Kind, rng: Rng) -> Lazy:
    person = world.persona.person
    state = _State(rng=rng, lang=lang, ts=ts, tz=world.persona.tz, vocab=vocab)
    return Lazy(_MAKERS, state, first=person.first, last=person.last)


def _daytime(ts: float, tz: int, rng: Rng) -> float:
    """A plausible local time on the day of ``ts``: 8:00 to 20:30, on a 5-minute grid."""
    local_midnight = ts - (ts + tz * 60) % 86400
    return local_midnight + rng.between(96, 246) * 300


def render(world: World, ts: float) -> tuple[Draft, Meta]:
    rng = world.rng
    lang = pick_language(world)
    kinds = book("life", lang)
    if lang not in _MIXES:
        _MIXES[lang] = _mix(lang)
    name = _MIXES[lang].draw(rng)
    kind = kinds[name]
    ctx = _ctx(world, lang, ts, kinds["vocab"], rng)
    spec = fill(rng.pick(kind["senders"]), ctx, rng)
    if spec in {"@friend", "@family"}:
        person: Person = rng.pick(world.friends if spec == "@friend" else world.family)
        from_name, from_addr = person.full, world.address_of(person)
        ctx["friend"] = person.first
        ctx["brand"] = person.full
    else:
        match = _SENDER.match(spec)
        from_name, from_addr = (match.group(1), match.group(2)) if match else ("", spec)
        ctx["brand"] = from_name
        ctx["friend"] = rng.pick(world.friends).first
    start = 0.0
    if kind.get("calendar"):
        start = _daytime(ts + rng.uniform(1, 20) * 86400, world.persona.tz, rng)
        ctx["date"] = long_date(start, world.persona.tz, lang)
        ctx["time"] = clock(start, world.persona.tz, lang)
    subject, paragraphs = compose(kind, ctx, rng)
    blocks: list[Block] = list(paragraphs)
    draft = Draft(
        sent_at=ts,
        tz_minutes=world.persona.tz if kind["style"] == "personal" else 0,
        from_name=from_name,
        from_addr=from_addr,
        to_name=world.persona.person.full,
        to_addr=world.persona.address,
        subject=subject,
        lang=lang,
        style=kind["style"],
        blocks=blocks,
        list_unsubscribe=bool(kind.get("unsubscribe")),
        tracking=rng.chance(float(kind.get("tracking", 0))),
        precedence="bulk" if kind.get("unsubscribe") else "",
    )
    if subject.startswith(_REPLY):
        draft.in_reply_to = phantom_id(world)
        draft.references = [phantom_id(world), draft.in_reply_to]
    if rng.chance(float(kind.get("attach", 0))):
        label = {"receipt": "Invoice", "bill": "Statement", "travel": "Itinerary"}.get(
            name, "Document"
        )
        draft.attachments.append(
            Attachment(
                filename=f"{label}_{ctx['ref']}.pdf",
                content_type="application/pdf",
                data=fake_pdf(rng, 600),
            )
        )
    if start:
        draft.calendar = invitation(
            uid=f"{rng.hex(24)}@{from_addr.rpartition('@')[2]}",
            summary=ctx["event"],
            start=start,
            minutes=rng.pick((30, 60, 90, 120)),
            organizer=(from_name, from_addr),
            attendee=(world.persona.person.full, world.persona.address),
            location=ctx["place"],
            method="CANCEL" if subject.startswith(_CANCELLED) else "REQUEST",
            stamp=ts,
        )
        draft.calendar_method = "CANCEL" if subject.startswith(_CANCELLED) else "REQUEST"
    return draft, Meta(category=Category.NOT_JOB.value, language=lang)

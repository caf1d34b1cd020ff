"""Who a piece of application mail comes from: the ATS, a person, a board or a vendor."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..vocabulary import Source
from .application import Application
from .people import ascii_slug
from .rand import Rng
from .vendors import VENDORS
from .world import World

_REPLY_PREFIX = {
    "en": ("Re: ", "RE: ", "Re: "),
    "de": ("AW: ", "Re: ", "AW: "),
    "fr": ("RE : ", "Re: ", "RE: "),
    "es": ("RE: ", "Re: "),
    "pt": ("RE: ", "Re: "),
}


@dataclass(kw_only=True, slots=True)
class Sender:
    """The envelope side of a message: who, through what, and how it looks."""

    name: str
    addr: str
    source: Source
    style: str
    reply_to: str = ""
    msgid_domain: str = ""
    footer: list[str] = field(default_factory=list)
    person: bool = False  # a human wrote it: person sign-off, casual greeting, threads
    tracking: bool = False


def _values(app: Application, company: str, world: World) -> dict[str, str]:
    return {
        **app.vars,
        "company": company,
        "recruiter": app.recruiter.full,
        "user": world.persona.person.full,
    }


def ats(world: World, app: Application, company: str, *, recruiter: bool = False) -> Sender:
    """The employer's applicant tracking system, or its careers mailbox if it has none."""
    rng = world.rng
    if app.ats == Source.DIRECT:
        return Sender(
            name=rng.pick((f"{company} Careers", f"{company} HR", company)),
            addr=rng.pick(("careers", "jobs", "hr", "recruiting")) + "@" + app.employer.domain,
            source=Source.DIRECT,
            style=rng.pick(("outlook", "transactional")),
        )
    vendor = VENDORS[app.ats]
    values = _values(app, company, world)
    displays = vendor.displays
    if recruiter:
        people = tuple(d for d in displays if "{recruiter}" in d)
        displays = people or displays
    elif len(displays) > 1:
        displays = tuple(d for d in displays if "{recruiter}" not in d) or displays
    footer = rng.pick(vendor.footers).format_map(values) if vendor.footers else ""
    return Sender(
        name=rng.pick(displays).format_map(values),
        addr=rng.pick(vendor.addresses).format_map(values).lower(),
        source=app.ats,
        style="notification" if recruiter else "transactional",
        reply_to=app.recruiter_addr if recruiter or rng.chance(0.2) else "",
        msgid_domain=vendor.msgid_domain.format_map(values),
        footer=[footer] if footer else [],
        person=recruiter,
        tracking=rng.chance(0.35),
    )


def human(world: World, app: Application, company: str) -> Sender:
    """A recruiter, hiring manager or agency consultant writing themselves."""
    rng = world.rng
    if app.source == Source.AGENCY:
        return Sender(
            name=app.recruiter.full,
            addr=app.recruiter_addr,
            source=Source.AGENCY,
            style=rng.pick(("outlook", "personal")),
            person=True,
        )
    if app.human == "ats":
        return ats(world, app, company, recruiter=True)
    if app.human == "gmail":
        addr = world.address_of(app.manager)
        return Sender(
            name=app.manager.full, addr=addr, source=Source.DIRECT, style="personal", person=True
        )
    return Sender(
        name=app.recruiter.full,
        addr=app.recruiter_addr,
        source=Source.DIRECT,
        style="outlook" if rng.chance(0.6) else "personal",
        person=True,
    )


def board(world: World, source: Source, company: str, app: Application | None = None) -> Sender:
    """LinkedIn, Indeed, Wellfound, Handshake, or an assessment / signing vendor."""
    rng = world.rng
    vendor = VENDORS[source]
    values = {
        "company": company,
        "user": world.persona.person.full,
        "recruiter": app.recruiter.full if app else "",
        "slug": ascii_slug(company),
    }
    name = rng.pick(vendor.displays).format_map(values)
    footer = rng.pick(vendor.footers).format_map(values) if vendor.footers else ""
    return Sender(
        name=name,
        addr=rng.pick(vendor.addresses),
        source=source,
        style="transactional" if source != Source.LINKEDIN else "notification",
        msgid_domain=vendor.msgid_domain,
        footer=[footer] if footer else [],
        tracking=source not in {Source.LINKEDIN, Source.DOCUSIGN} and rng.chance(0.5),
    )


def reply_subject(subject: str, lang: str, rng: Rng) -> str:
    if subject[:3].lower() in {"re:", "aw:"} or subject[:4] in {"RE :"}:
        return subject
    return rng.pick(_REPLY_PREFIX.get(lang, ("Re: ",))) + subject


def phantom_id(world: World) -> str:
    """The Message-ID of a reply the user sent (in their Sent folder, not this mailbox)."""
    domain = world.persona.address.rpartition("@")[2]
    return f"<{world.rng.uuid()}@{domain}>"

"""One true application while it is being generated: who, where, through which channel."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..vocabulary import ApplicationStatus, Source
from .employers import Employer
from .people import Person, ascii_slug, random_person
from .phrases import book, fill
from .rand import Rng, Weighted
from .roles import Role
from .vendors import VENDORS, stable_token
from .world import World, tz_offset, zone_for

_CHANNEL = Weighted(
    [
        ("ats", 70),
        (Source.LINKEDIN, 13),
        (Source.INDEED, 6),
        (Source.WELLFOUND, 2),
        (Source.HANDSHAKE, 1),
        (Source.AGENCY, 5),
        (Source.DIRECT, 3),
    ]
)
_HUMAN_VIA_ATS = frozenset(
    {
        Source.GREENHOUSE,
        Source.LEVER,
        Source.ASHBY,
        Source.WORKABLE,
        Source.TEAMTAILOR,
        Source.RECRUITEE,
        Source.BAMBOOHR,
        Source.SMARTRECRUITERS,
        Source.PERSONIO,
        Source.JAZZHR,
    }
)
_RANK = {
    ApplicationStatus.APPLIED: 1,
    ApplicationStatus.ASSESSMENT: 2,
    ApplicationStatus.INTERVIEWING: 3,
}


@dataclass(kw_only=True, slots=True)
class Application:
    """A true application and the state its mail has reached so far."""

    app_id: str
    employer: Employer
    role: Role
    source: Source  # how the user applied; the applications file reports this
    ats: Source  # the employer's system, which sends the automated mail
    lang: str
    book: str  # phrase book: the language, or "de_du" for informal German
    applied_at: float
    job_url: str  # the posting the user applied to
    ats_url: str  # the same job on the employer's ATS (may equal job_url)
    vars: dict[str, str]
    recruiter: Person
    recruiter_addr: str
    manager: Person
    human: str  # how people write: "ats" (through the ATS), "direct" (work mail), "gmail"
    agency: str = ""
    agency_domain: str = ""
    tz_base: int = 0
    status: ApplicationStatus | None = None
    messages: int = 0
    last_at: float = 0.0
    pending: int = 0
    ghosted: bool = False
    thread: list[str] = field(default_factory=list)
    in_thread: bool = False  # the message being rendered continues ``thread``
    thread_subject: str = ""
    quote: str = ""
    assessment_vendor: Source | None = None  # HireVue for video interviews, else by job
    interview_uid: str = ""
    interview_seq: int = 0

    def tz(self, ts: float) -> int:
        return tz_offset(self.tz_base, ts)

    def advance(self, new: ApplicationStatus) -> ApplicationStatus:
        """Mail moves status forward only; rejection and offer may move it anywhere."""
        final = new in {ApplicationStatus.REJECTED, ApplicationStatus.OFFER}
        if final or self.status is None or _RANK.get(new, 0) > _RANK.get(self.status, 0):
            self.status = new
        return self.status


def _vars(rng: Rng, employer: Employer, role: Role, lang: str) -> dict[str, str]:
    title = role.title
    workday_req = role.req_id if role.req_id.startswith(("R", "JR")) else f"R{rng.digits(6)}"
    return {
        "slug": employer.slug,
        "dashed": employer.dashed,
        "tenant": employer.tenant,
        "wd": str(employer.wd),
        "site": rng.pick(
            ("External", "Careers", f"{employer.tenant.capitalize()}_Careers", "ExternalCareerSite")
        ),
        "city_dashed": ascii_slug(employer.city, "-").title().replace("-", "-") or "Remote",
        "title_dashed": "-".join(w for w in title.replace("/", " ").split() if w.isalnum())
        or "Job",
        "wd_req": workday_req.replace("-", ""),
        "jobnum": rng.digits(7).lstrip("0") or "4012345",
        "smallnum": str(rng.between(10000, 999999)),
        "longnum": rng.digits(15).lstrip("0"),
        "uuid": rng.uuid(),
        "uuid2": rng.uuid(),
        "uuid3": rng.uuid(),
        "token": rng.token(12),
        "b64": rng.b64token(24),
        "code10": rng.hex(10).upper(),
        "title_slug": role.slug,
        "title_camel": "".join(w.capitalize() for w in role.slug.split("-")),
        "linkedin_id": str(rng.between(3_600_000_000, 4_199_999_999)),
        "hex16": rng.hex(16),
        "indeed_host": {
            "de": "de.indeed.com",
            "fr": "fr.indeed.com",
            "es": "es.indeed.com",
            "pt": "br.indeed.com",
        }.get(lang, "www.indeed.com"),
        "gh_region": "eu" if employer.eu else "us",
        "gh_board": "eu." if employer.eu else "",
        "lever_eu": "eu." if employer.eu and rng.chance(0.5) else "",
        "tt_token": stable_token(employer.slug),
        "oracle_pod": rng.pick(("us2", "em2", "em3", "us6")),
        "smart_name": employer.short.replace(" ", ""),
        "req_or_num": role.req_id or rng.digits(6),
        "lang": lang,
        "domain": employer.domain,
    }


def job_url(
    rng: Rng, source: Source, ats: Source, values: dict[str, str], agency_domain: str
) -> str:
    if source in {Source.LINKEDIN, Source.INDEED, Source.WELLFOUND, Source.HANDSHAKE}:
        return rng.pick(VENDORS[source].urls).format_map(values)
    if source == Source.AGENCY:
        return f"https://www.{agency_domain}/jobs/{values['smallnum']}-{values['title_slug']}"
    if ats == Source.DIRECT:
        return rng.pick(
            (
                f"https://{values['domain']}/careers/{values['title_slug']}",
                f"https://careers.{values['domain']}/jobs/{values['smallnum']}",
            )
        )
    return rng.pick(VENDORS[ats].urls).format_map(values)


def new_application(
    world: World,
    app_id: str,
    employer: Employer,
    role: Role,
    applied_at: float,
    *,
    source: Source | None = None,
) -> Application:
    rng = world.rng
    channel = source or _CHANNEL.draw(rng)
    if channel == "ats":
        channel = employer.ats
    if employer.lang != "en" and channel in {Source.WELLFOUND, Source.HANDSHAKE}:
        channel = Source.LINKEDIN
    src = Source(channel)
    lang = employer.lang if rng.chance(0.85) else "en"
    phrase_book = "de_du" if lang == "de" and employer.casual else lang
    values = _vars(rng, employer, role, lang)
    agency, agency_domain = "", ""
    if src == Source.AGENCY:
        agency = fill(rng.pick(book("job", lang)["vocab"]["agency"]), {}, rng)
        agency_domain = ascii_slug(agency.split()[0]) + rng.pick(
            (".example", "-recruitment.example")
        )
    url = job_url(rng, src, employer.ats, values, agency_domain)
    recruiter = random_person(rng, lang, world.persona.person)
    recruiter_addr = recruiter.work_address(agency_domain or employer.domain, rng)
    if employer.ats == Source.DIRECT or src == Source.DIRECT:
        human = "gmail" if rng.chance(0.25) else "direct"
    elif employer.ats in _HUMAN_VIA_ATS and rng.chance(0.55):
        human = "ats"
    else:
        human = "direct"
    return Application(
        app_id=app_id,
        employer=employer,
        role=role,
        source=src,
        ats=employer.ats,
        lang=lang,
        book=phrase_book,
        applied_at=applied_at,
        job_url=url,
        ats_url=url
        if employer.ats == src
        else job_url(rng, employer.ats, employer.ats, values, ""),
        vars=values,
        recruiter=recruiter,
        recruiter_addr=recruiter_addr,
        manager=random_person(rng, lang, world.persona.person),
        human=human,
        agency=agency,
        agency_domain=agency_domain,
        tz_base=zone_for(employer.lang, rng),
    )

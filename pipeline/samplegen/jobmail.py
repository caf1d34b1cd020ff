"""Job mail that belongs to no application: alerts, nudges, account codes, surveys,
auto-replies and recruiter outreach."""

from __future__ import annotations

from ..vocabulary import Category, Source
from .application import Application, new_application
from .dates import long_date
from .draft import Block, Draft, Link
from .employers import Employer
from .links import linkedin_comm
from .people import Person, ascii_slug, random_person
from .phrases import book, compose, fill
from .rand import Rng, Weighted
from .roles import Role, make_role
from .senders import Sender, ats, board
from .truth import Meta
from .vendors import VENDORS
from .world import World

KINDS = Weighted(
    [
        ("alert_digest", 40),
        ("alert_hiring", 8),
        ("alert_recommend", 10),
        ("alert_incomplete", 5),
        ("alert_community", 5),
        ("other_code", 5),
        ("other_survey", 3),
        ("other_autoreply", 3),
        ("outreach", 9),
        ("outreach_agency", 5),
    ]
)
_DIGEST_BOARDS = Weighted(
    [
        ("linkedin", 40),
        ("indeed", 25),
        ("glassdoor", 12),
        ("jobharbor", 8),
        ("wellfound", 8),
        ("handshake", 3),
    ]
)
_ROLE_KINDS = frozenset({"alert_incomplete", "outreach", "outreach_agency"})
_OTHER_BOARDS = {
    "glassdoor": (
        "Glassdoor Jobs",
        "noreply@glassdoor.com",
        "https://www.glassdoor.com/job-listing/{slug}-JV_IC{n}_KO0,{k}.htm?jl={id}",
    ),
    "jobharbor": (
        "JobHarbor",
        "alerts@jobharbor.example",
        "https://www.jobharbor.example/jobs/{id}",
    ),
}


def _category(kind: str) -> Category:
    if kind.startswith("alert"):
        return Category.ALERT
    if kind.startswith("outreach"):
        return Category.OUTREACH
    return Category.OTHER_JOB


def _ctx(
    world: World,
    lang: str,
    employer: Employer,
    role: Role,
    ts: float,
    recruiter: Person | None = None,
) -> dict[str, str]:
    rng = world.rng
    person = world.persona.person
    vocab = book("job", lang)["vocab"]
    recruiter = recruiter or random_person(rng, lang, person)
    ctx = {
        "first": person.first,
        "last": person.last,
        "full": person.full,
        "company": employer.name_in_mail(rng),
        "role": role.in_mail(rng),
        "city": employer.city,
        "team": role.team,
        "recruiter": recruiter.full,
        "recruiter_first": recruiter.first,
        "n": str(rng.between(3, 25)),
        "code": rng.digits(6) if rng.chance(0.7) else rng.token(8).upper(),
        "date": long_date(ts + rng.uniform(2, 14) * 86400, employer_tz(employer), lang),
        "orig": rng.pick(
            (
                f"Application for {role.shown}",
                f"{role.shown} - {person.full}",
                "Following up on my application",
                f"Re: {role.shown} interview",
            )
        ),
        "other": random_person(rng, lang, person).full,
        "other_addr": f"talent@{employer.domain}",
        "query": role.query
        if lang == "en" or rng.chance(0.5)
        else fill(rng.pick(vocab["query"]), {}, rng),
    }
    for key in ("skill", "industry", "salary", "agency", "recruiter_title"):
        ctx[key] = fill(rng.pick(vocab[key]), ctx, rng)
    return ctx


def employer_tz(employer: Employer) -> int:
    return 60 if employer.lang in {"de", "fr", "es"} else -300 if employer.lang == "en" else 0


def render(
    world: World, ts: float, kind: str, app: Application | None = None
) -> tuple[Draft, Meta]:
    """One job-noise message; ``app`` ties an account code to an application being started."""
    rng = world.rng
    if app is not None:
        employer, role = app.employer, app.role
    else:
        employer = rng.pick(world.employers)
        role = make_role(rng, employer.lang)
    category = _category(kind)
    if kind in {"alert_digest", "alert_hiring", "alert_recommend"}:
        return _board_alert(world, ts, kind, employer, role)
    lang = employer.lang if rng.chance(0.85) else "en"
    book_lang = "de_du" if lang == "de" and employer.casual else lang
    throwaway = app or new_application(world, "", employer, role, ts, source=employer.ats)
    ctx = _ctx(world, lang, employer, role, ts, throwaway.recruiter)
    company: str | None = employer.legal
    role_title: str | None = role.title
    if kind == "outreach":
        sender = _outreach_sender(world, throwaway, ctx)
    elif kind == "outreach_agency":
        agency = ctx["agency"]
        domain = ascii_slug(agency) + ".example"
        sender = Sender(
            name=ctx["recruiter"],
            addr=f"{ascii_slug(ctx['recruiter_first'])}@{domain}",
            source=Source.AGENCY,
            style=rng.pick(("outlook", "personal")),
            person=True,
        )
        company = None
    elif kind == "other_autoreply":
        sender = Sender(
            name=ctx["recruiter"],
            addr=throwaway.recruiter_addr,
            source=Source.DIRECT,
            style="outlook",
            person=True,
        )
    else:
        sender = ats(world, throwaway, ctx["company"])
        if kind == "alert_community":
            role_title = None
    kinds = book("job", book_lang)
    register = "casual" if sender.person else rng.pick(("formal", "casual"))
    greet = None if kind == "other_autoreply" else kinds["greet"][register]
    subject, paragraphs = compose(
        kinds[kind],
        ctx,
        rng,
        greet=greet,
        sign=kinds["sign"]["person" if sender.person else "team"],
    )
    blocks: list[Block] = list(paragraphs)
    labels = kinds["labels"]
    if kind == "alert_incomplete":
        blocks.insert(-1, Link(label=labels["complete"], url=throwaway.job_url))
    elif kind == "other_survey":
        blocks.insert(
            -1,
            Link(
                label=labels["survey"],
                url=f"https://survey.candidate-feedback.example/s/{rng.token(10)}",
            ),
        )
    elif kind == "alert_community":
        blocks.insert(
            -1, Link(label=labels["see_all"], url=f"https://careers.{employer.domain}/jobs")
        )
    draft = Draft(
        sent_at=ts,
        tz_minutes=employer_tz(employer),
        from_name=sender.name,
        from_addr=sender.addr,
        to_name=world.persona.person.full,
        to_addr=world.persona.address,
        subject=subject,
        lang=lang,
        style=sender.style,
        blocks=blocks,
        footer=list(sender.footer),
        msgid_domain=sender.msgid_domain,
        tracking=sender.tracking,
    )
    if kind == "other_autoreply":
        draft.auto_submitted = "auto-replied"
        draft.extra_headers.append(("X-Auto-Response-Suppress", "All"))
        draft.subject = draft.subject if rng.chance(0.9) else draft.subject.replace(": ", ":  ", 1)
    if kind.startswith("outreach") and sender.source == Source.LINKEDIN:
        draft.footer = [
            "You received this InMail because you are a LinkedIn member.",
            "© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.",
        ]
    if kind not in _ROLE_KINDS:
        role_title = None
    meta = Meta(
        category=category.value,
        language=lang,
        company=company,
        role=role_title,
        source=sender.source.value,
    )
    return draft, meta


def _outreach_sender(world: World, app: Application, ctx: dict[str, str]) -> Sender:
    rng = world.rng
    if rng.chance(0.5):
        return Sender(
            name=f"{ctx['recruiter']} via LinkedIn",
            addr="inmail-hit-reply@linkedin.com",
            source=Source.LINKEDIN,
            style="notification",
            person=True,
            reply_to="",
            msgid_domain="linkedin.com",
        )
    first, last = ascii_slug(ctx["recruiter_first"]), ascii_slug(ctx["recruiter"].split()[-1])
    addr = f"{first}.{last}@{app.employer.domain}"
    return Sender(
        name=ctx["recruiter"],
        addr=addr,
        source=Source.DIRECT,
        style=rng.pick(("outlook", "personal")),
        person=True,
    )


def _listing_url(rng: Rng, board_name: str, employer: Employer, role: Role) -> str:
    if board_name in {"linkedin", "indeed", "wellfound", "handshake"}:
        throwaway = {
            "linkedin_id": str(rng.between(3_600_000_000, 4_199_999_999)),
            "hex16": rng.hex(16),
            "indeed_host": "www.indeed.com",
            "smallnum": str(rng.between(10000, 999999)),
            "title_slug": role.slug,
            "dashed": employer.dashed,
        }
        return rng.pick(VENDORS[Source(board_name)].urls).format_map(throwaway)
    return _OTHER_BOARDS[board_name][2].format(
        slug=role.slug, n=rng.between(1000, 99999), k=len(role.slug), id=rng.digits(10)
    )


def _board_alert(
    world: World, ts: float, kind: str, employer: Employer, role: Role
) -> tuple[Draft, Meta]:
    rng = world.rng
    name = "linkedin" if kind != "alert_digest" else _DIGEST_BOARDS.draw(rng)
    if kind == "alert_recommend" and rng.chance(0.4):
        name = "indeed"
    lang = world.persona.home if name == "indeed" and rng.chance(0.6) else "en"
    if kind not in book("job", lang):
        lang = "en"
    ctx = _ctx(world, lang, employer, role, ts)
    kinds = book("job", lang)
    subject, paragraphs = compose(kinds[kind], ctx, rng)
    blocks: list[Block] = list(paragraphs)
    company: str | None = None
    role_title: str | None = None
    if kind == "alert_hiring":
        company, role_title = employer.legal, role.title
        url = _listing_url(rng, name, employer, role)
        blocks.append(Link(label=kinds["labels"]["view_job"], url=linkedin_comm(url, rng)))
    else:
        for _ in range(rng.between(3, 7)):
            other = rng.pick(world.employers)
            # An alert lists jobs like the one searched for, mostly.
            other_role = make_role(rng, other.lang, role.family if rng.chance(0.75) else None)
            url = _listing_url(rng, name, other, other_role)
            if name == "linkedin":
                url = linkedin_comm(url, rng)
            salary = ""
            if other.lang == lang and rng.chance(0.3):
                salary = f" · {fill(rng.pick(kinds['vocab']['salary']), ctx, rng)}"
            blocks.append(f"{other_role.shown}\n{other.name_in_mail(rng)} · {other.city}{salary}")
            blocks.append(Link(label=kinds["labels"]["view_job"], url=url))
        blocks.append(
            Link(label=kinds["labels"]["see_all"], url=_listing_url(rng, name, employer, role))
        )
    if name in _OTHER_BOARDS:
        sender = Sender(
            name=_OTHER_BOARDS[name][0],
            addr=_OTHER_BOARDS[name][1],
            source=Source.OTHER,
            style="newsletter",
            tracking=True,
        )
    else:
        sender = board(world, Source(name), ctx["company"])
        if name == "linkedin":
            sender.addr = (
                "jobalerts-noreply@linkedin.com"
                if kind == "alert_digest"
                else (
                    "jobs-listings@linkedin.com"
                    if kind == "alert_hiring"
                    else "jobs-noreply@linkedin.com"
                )
            )
            sender.name = "LinkedIn Job Alerts" if kind == "alert_digest" else "LinkedIn"
        elif name == "indeed":
            sender.addr = "alert@indeed.com"
    draft = Draft(
        sent_at=ts,
        tz_minutes=0,
        from_name=sender.name,
        from_addr=sender.addr,
        to_name=world.persona.person.full,
        to_addr=world.persona.address,
        subject=subject,
        lang=lang,
        style="newsletter" if rng.chance(0.6) else sender.style,
        blocks=blocks,
        footer=list(sender.footer),
        msgid_domain=sender.msgid_domain,
        list_unsubscribe=True,
        tracking=sender.tracking,
    )
    meta = Meta(
        category=Category.ALERT.value,
        language=lang,
        company=company,
        role=role_title,
        source=sender.source.value,
    )
    return draft, meta

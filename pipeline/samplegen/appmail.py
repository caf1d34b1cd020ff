"""Render one planned step of an application into a message."""

from __future__ import annotations

from ..vocabulary import STATUS_FOR_CATEGORY, Source
from .application import Application
from .attachments import fake_pdf
from .dates import clock, long_date, short_date, tz_name
from .draft import Attachment, Block, Draft, Link
from .invites import attach_invite, calendar_text
from .links import linkedin_comm
from .phrases import Kind, book, compose, fill
from .rand import Rng
from .senders import Sender, ats, board, human, phantom_id, reply_subject
from .timeline import DAY, Step
from .truth import Meta
from .vendors import VENDORS
from .world import World

_BOARD_KINDS = {
    "linkedin_sent": Source.LINKEDIN,
    "linkedin_viewed": Source.LINKEDIN,
    "linkedin_update": Source.LINKEDIN,
    "indeed_sent": Source.INDEED,
    "indeed_viewed": Source.INDEED,
    "indeed_update": Source.INDEED,
    "wellfound_sent": Source.WELLFOUND,
    "handshake_sent": Source.HANDSHAKE,
}
_PLATFORMS = frozenset(
    {Source.LINKEDIN, Source.INDEED, Source.WELLFOUND, Source.HANDSHAKE, Source.DOCUSIGN}
)
_FORWARD_PREFIX = {
    "en": ("Fwd: ", "Fw: ", "FW: "),
    "de": ("WG: ", "Fwd: "),
    "fr": ("TR: ", "Fwd: "),
}
_HUMAN_KINDS = frozenset(
    {"interview_invite", "interview_next", "rejection_after_interview", "offer"}
)


def context(world: World, app: Application, step: Step, lang: str) -> dict[str, str]:
    rng = world.rng
    person = world.persona.person
    tz = app.tz(step.at)
    when = step.event_at or step.at + rng.uniform(2, 6) * DAY
    ctx = {
        "first": person.first,
        "last": person.last,
        "full": person.full,
        "company": app.employer.name_in_mail(rng),
        "role": app.role.in_mail(rng),
        "recruiter": app.recruiter.full,
        "recruiter_first": app.recruiter.first,
        "city": app.employer.city,
        "team": app.role.team,
        "interviewer": app.manager.full,
        "duration": str(rng.pick((30, 45, 45, 60, 60, 90))),
        "minutes": str(rng.pick((45, 60, 70, 90, 120))),
        "days": str(rng.pick((3, 5, 7))),
        "n": str(rng.between(3, 8)),
        "agency": app.agency,
        "digits3": rng.digits(3),
        "date": long_date(when, tz, lang),
        "time": clock(when, tz, lang),
        "tz": tz_name(tz),
        "deadline": long_date(step.at + rng.uniform(3, 8) * DAY, tz, lang),
        "start_date": long_date(step.at + rng.uniform(25, 60) * DAY, tz, lang),
        "date_short": short_date(app.applied_at, tz, lang),
        "today_short": short_date(step.at, tz, lang),
        "meeting": _meeting_url(rng),
        "vendor": VENDORS[_assessment_vendor(app)].name,
    }
    vocab = book("job", lang)["vocab"]
    for key in ("recruiter_title", "interviewer_title", "stage", "salary", "test_name"):
        ctx[key] = fill(rng.pick(vocab[key]), ctx, rng)
    return ctx


def _meeting_url(rng: Rng) -> str:
    roll = rng.random()
    if roll < 0.4:
        letters = "abcdefghijkmnopqrstuvwxyz"
        code = f"{rng.token(3, letters)}-{rng.token(4, letters)}-{rng.token(3, letters)}"
        return f"https://meet.google.com/{code}"
    if roll < 0.75:
        return f"https://zoom.us/j/{rng.digits(11)}?pwd={rng.b64token(32)}"
    return (
        f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{rng.b64token(48)}"
        "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + rng.uuid() + "%22%7d"
    )


def _assessment_vendor(app: Application) -> Source:
    """The vendor that hosts this application's test: one per application, chosen when planned."""
    if app.assessment_vendor is not None:
        return app.assessment_vendor
    index = int(app.vars["jobnum"]) % 3
    return (Source.HACKERRANK, Source.CODILITY, Source.CODESIGNAL)[index]


def _text(
    world: World, lang: str, kind_name: str, ctx: dict[str, str], sender: Sender
) -> tuple[str, list[str]]:
    rng = world.rng
    kinds = book("job", lang)
    kind: Kind = kinds[kind_name]
    register = "casual" if sender.person or rng.chance(0.35) else "formal"
    if sender.source in _PLATFORMS:
        # Boards and signing services speak for themselves: no recruiter sign-off.
        quiet = {Source.LINKEDIN, Source.DOCUSIGN}
        greet = None if sender.source in quiet else kinds["greet"]["casual"]
        return compose(kind, ctx, rng, greet=greet, sign=None)
    sign = kinds["sign"]["person" if sender.person else "team"]
    return compose(kind, ctx, rng, greet=kinds["greet"][register], sign=sign)


def _label(lang: str, key: str) -> str:
    labels: dict[str, str] = book("job", lang)["labels"]
    return labels[key]


def render(world: World, app: Application, step: Step) -> tuple[Draft, Meta]:
    rng = world.rng
    kind = step.kind
    lang = app.book
    if kind in _BOARD_KINDS:
        lang = "en"
    ctx = context(world, app, step, lang.split("_")[0])
    source = _BOARD_KINDS.get(kind)
    if source is not None:
        sender = board(world, source, ctx["company"], app)
    elif kind in {"assessment_vendor", "assessment_reminder"}:
        sender = board(world, _assessment_vendor(app), ctx["company"], app)
    elif kind == "video_interview":
        sender = board(world, Source.HIREVUE, ctx["company"], app)  # HireVue brands as employer
    elif kind == "offer_docusign":
        sender = board(world, Source.DOCUSIGN, ctx["company"], app)
    elif kind in _HUMAN_KINDS or app.source in {Source.AGENCY, Source.DIRECT}:
        sender = human(world, app, ctx["company"])
    elif kind.startswith("interview_"):
        sender = (
            ats(world, app, ctx["company"], recruiter=True)
            if app.human == "ats"
            else (human(world, app, ctx["company"]))
        )
    elif kind == "assessment" and rng.chance(0.4):
        sender = human(world, app, ctx["company"])
    else:
        sender = ats(world, app, ctx["company"])
    draft = _build(world, app, step, kind, lang, ctx, sender)
    status = app.advance(STATUS_FOR_CATEGORY[step.category])
    language = "en" if lang == "en" else lang.split("_")[0]
    meta = Meta(
        category=step.category.value,
        language=language,
        company=app.employer.legal,
        role=app.role.title,
        application=app.app_id,
        status_after=status.value,
        source=sender.source.value,
    )
    return draft, meta


def _phrase_kind(kind: str, app: Application) -> str:
    if kind == "confirmation" and app.source == Source.AGENCY:
        return "confirmation_agency"
    if kind == "confirmation" and app.source == Source.DIRECT:
        return "confirmation_direct"
    if kind == "rejection" and app.status is not None and app.status.value == "interviewing":
        return "rejection_after_interview"
    return kind


def _build(
    world: World,
    app: Application,
    step: Step,
    kind: str,
    lang: str,
    ctx: dict[str, str],
    sender: Sender,
) -> Draft:
    rng = world.rng
    persona = world.persona
    if kind == "forward":
        return _forward(world, app, step, ctx)
    phrase_kind = _phrase_kind(kind, app)
    if phrase_kind in {"interview_confirm", "interview_reschedule", "interview_cancel"} and (
        sender.person and rng.chance(0.35)
    ):
        subject, paragraphs = calendar_text(world, app, step, ctx, phrase_kind, lang)
    else:
        subject, paragraphs = _text(world, lang, phrase_kind, ctx, sender)
    if kind == "confirmation" and app.ats == Source.JAZZHR and app.source == Source.JAZZHR:
        subject = rng.pick((f"{ctx['company']} - {ctx['role']}", subject))
    blocks: list[Block] = list(paragraphs)
    link = _link(app, phrase_kind, lang, ctx, rng, sender)
    if link is not None and sender.source == Source.LINKEDIN:
        link.url = linkedin_comm(link.url, rng)
    if link is not None:
        blocks.insert(max(1, len(blocks) - 1), link)
    draft = Draft(
        sent_at=step.at,
        tz_minutes=app.tz(step.at) if sender.person else _vendor_tz(sender, app, step),
        from_name=sender.name,
        from_addr=sender.addr,
        to_name=persona.person.full,
        to_addr=persona.address,
        subject=subject,
        lang=lang.split("_")[0],
        style=sender.style,
        blocks=blocks,
        footer=list(sender.footer),
        reply_to=sender.reply_to,
        msgid_domain=sender.msgid_domain,
        tracking=sender.tracking,
    )
    if sender.person and sender.source in {Source.DIRECT, Source.AGENCY}:
        _thread(world, app, draft, phrase_kind)
    if step.event_at and phrase_kind.startswith("interview_"):
        attach_invite(world, app, step, draft, ctx, sender, phrase_kind)
    if kind == "offer" and rng.chance(0.5):
        draft.attachments.append(
            Attachment(
                filename=f"Offer_Letter_{persona.person.last}.pdf".replace(" ", "_"),
                content_type="application/pdf",
                data=fake_pdf(rng, 900),
            )
        )
    return draft


def _vendor_tz(sender: Sender, app: Application, step: Step) -> int:
    return (
        0 if sender.source in {Source.LINKEDIN, Source.INDEED, Source.DOCUSIGN} else app.tz(step.at)
    )


def _link(
    app: Application, kind: str, lang: str, ctx: dict[str, str], rng: Rng, sender: Sender
) -> Link | None:
    lang = lang.split("_")[0]
    if kind in {"assessment_vendor", "assessment_reminder", "video_interview"}:
        vendor = VENDORS[_assessment_vendor(app)]
        return Link(label=_label(lang, "start"), url=vendor.urls[0].format_map(app.vars))
    if kind == "offer_docusign":
        return Link(
            label=_label(lang, "review"), url=VENDORS[Source.DOCUSIGN].urls[0].format_map(app.vars)
        )
    if kind in {"interview_invite", "interview_next"} and rng.chance(0.5):
        return Link(
            label=_label(lang, "schedule"),
            url=f"https://calendly.com/{app.recruiter.first.lower()}-{app.vars['token'][:5]}/30min",
        )
    if kind in {
        "confirmation",
        "linkedin_sent",
        "indeed_sent",
        "wellfound_sent",
        "handshake_sent",
        "linkedin_viewed",
        "indeed_viewed",
        "assessment",
    } or rng.chance(0.25):
        label = "view_job" if rng.chance(0.6) else "view_application"
        # The employer's own system links to its own posting, not to the board it came from.
        url = app.ats_url if sender.source == app.ats and app.ats_url else app.job_url
        return Link(label=_label(lang, label), url=url)
    return None


def _thread(world: World, app: Application, draft: Draft, kind: str) -> None:
    rng = world.rng
    if kind == "confirmation_direct":
        # The user wrote first; this answers their mail.
        app.thread = [phantom_id(world)]
        app.thread_subject = draft.subject
    elif app.thread and rng.chance(0.75):
        app.thread.append(phantom_id(world))
        draft.subject = reply_subject(app.thread_subject or draft.subject, draft.lang, rng)
        if app.quote and rng.chance(0.6):
            draft.quoted = app.quote
    else:
        app.thread = []
        app.thread_subject = draft.subject
    if app.thread:
        draft.in_reply_to = app.thread[-1]
        draft.references = list(app.thread[-8:])
    app.in_thread = True
    app.quote = "\n".join(b for b in draft.blocks[:3] if isinstance(b, str))


def register_sent(app: Application, message_id: str) -> None:
    """After the message has its Message-ID, later replies in the thread can point at it."""
    if app.in_thread:
        app.thread.append(message_id)
        app.in_thread = False


def _forward(world: World, app: Application, step: Step, ctx: dict[str, str]) -> Draft:
    """The user forwards an ATS confirmation from an old address to this one."""
    rng = world.rng
    persona = world.persona
    original = ats(world, app, ctx["company"])
    lang = app.book
    subject, paragraphs = _text(world, lang, "confirmation", ctx, original)
    orig_at = step.at - rng.uniform(3600, 2 * DAY)
    header = fill(
        book("job", "en")["forward_header"]["body"][0],
        {
            "orig_from": f"{original.name} <{original.addr}>",
            "orig_date": f"{long_date(orig_at, 0, 'en')} at {clock(orig_at, 0, 'en')}",
            "orig_subject": subject,
            "orig_to": persona.other_address,
        },
        rng,
    )
    note = fill(rng.pick(book("job", lang)["forward_note"]["body"]), ctx, rng)
    blocks: list[Block] = [note] if note else []
    blocks += [
        header,
        *paragraphs,
        Link(label=_label(lang.split("_")[0], "view_job"), url=app.job_url),
    ]
    prefix = rng.pick(_FORWARD_PREFIX.get(app.lang, ("Fwd: ", "FW: ")))
    return Draft(
        sent_at=step.at,
        tz_minutes=world.persona.tz,
        from_name=persona.person.full,
        from_addr=persona.other_address,
        to_name="",
        to_addr=persona.address,
        subject=prefix + subject,
        lang=lang.split("_")[0],
        style="personal",
        blocks=blocks,
    )

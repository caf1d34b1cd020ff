"""A hand-written, labelled held-out mail corpus: how do the rules do on mail they never saw?

What it is
    About 250 messages of one job seeker ("me", Jordan Almeida, a data engineer living in Berlin
    who applies in English, German, French, Spanish and Portuguese) over six months of 2024
    (8 January to early July). Roughly 40 % of it is job mail: 43 applications with 83 messages of
    application mail (confirmations, "viewed", assessments, interviews, rejections, offers), plus
    job alerts, talent-community welcomes, an incomplete-application reminder, recruiter outreach,
    candidate-portal codes, a candidate survey and a recruiter's out-of-office reply. The rest is
    an ordinary inbox: receipts, shipping, bank and SaaS notifications, newsletters, travel,
    friends and family, and look-alikes on purpose (flat, loan, credit-card, visa, summer-school
    and volunteer "applications", a rental contract sent through DocuSign, flat viewings and
    dentist appointments, "offers" that are marketing, newsletters that "interview" someone,
    LinkedIn congratulating a contact on a new job, a user-research "interview" request).

How it was written
    By hand, message by message, in the style real senders use: ATS vendors (Greenhouse, Lever,
    Workday, Ashby, iCIMS, SmartRecruiters, Taleo, Oracle Recruiting, JazzHR, BambooHR, Workable,
    Teamtailor, Personio, Recruitee, softgarden, Gupy), job boards (LinkedIn, Indeed, StepStone,
    XING, Welcome to the Jungle, InfoJobs, Glassdoor, Wellfound), assessment vendors (HackerRank,
    Codility, CodeSignal, HireVue), DocuSign, a staffing agency, a headhunter, and hiring managers
    writing from their own mailboxes. Plain text, HTML only and multipart/alternative; quoted
    replies (Gmail and Outlook style), signatures and legal footers, a forwarded invitation,
    calendar invitations (Google and Outlook, one cancellation), an auto-reply. Written without
    looking at jobtracker's rules or at its sample generator, so that the score says something
    about mail the rules were not tuned on. Every person, employer and employer domain is invented
    (employers use .example domains); vendor sender domains are the vendors' real ones.

Labels
    One truth line per message, the keys ``jobtracker evaluate --truth`` reads. Categories,
    statuses and sources use DESIGN.md's vocabulary. ``company`` and ``role`` are set for every
    message of an application (the application's employer and role title, even where one message
    does not repeat them), for outreach and for other job mail where the mail names them.
    ``application`` groups messages of one application (an int); ``status_after`` is the status
    the application has after the message (alerts, outreach, other job mail and non-job mail:
    null). ``source`` is where this message came from (the ATS, board, assessment vendor,
    DocuSign, ``agency``, ``direct`` for a person writing from the employer's mailbox, ``other``
    for boards and ATSs outside the vocabulary). Special cases: the DocuSign "Completed" envelope
    of a signed offer letter leaves the application ``accepted``; an interview cancellation is
    interview mail; a HireVue one-way video interview is an assessment.

Splits
    Applications (not messages) are split about half/half between ``dev`` and ``test``; messages
    of one application, and related messages (the other role at the same employer, a
    re-application, the recruiter's first approach, the careers-portal code), stay together.
    Everything else alternates in date order within its category (and
    language, for mail that is not about jobs).

Usage
    python tests/corpus/heldout.py OUTDIR
    -> OUTDIR/dev.mbox, OUTDIR/dev.mbox.truth.jsonl, OUTDIR/test.mbox, OUTDIR/test.mbox.truth.jsonl

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import mailbox
import sys
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType
from typing import Any

ME = "Jordan Almeida <jordan.almeida@fastpost.example>"
USER_ID = "me"
DATA_MODULES = (
    "heldout_jobs_en",
    "heldout_jobs_intl",
    "heldout_inbox_en",
    "heldout_inbox_intl",
)

CATEGORIES = {
    "confirmation",
    "viewed",
    "assessment",
    "interview",
    "rejection",
    "offer",
    "outreach",
    "alert",
    "other_job",
    "not_job",
}
APPLICATION_CATEGORIES = {"confirmation", "viewed", "assessment", "interview", "rejection", "offer"}
STATUS_FOR = {
    "confirmation": "applied",
    "viewed": "applied",
    "assessment": "assessment",
    "interview": "interviewing",
    "rejection": "rejected",
    "offer": "offer",
}
STATUSES = {
    "interested",
    "applied",
    "assessment",
    "interviewing",
    "offer",
    "accepted",
    "declined",
    "rejected",
    "withdrawn",
    "on_hold",
}
SOURCES = {
    "greenhouse",
    "lever",
    "workday",
    "ashby",
    "icims",
    "smartrecruiters",
    "taleo",
    "oracle",
    "jazzhr",
    "bamboohr",
    "workable",
    "teamtailor",
    "personio",
    "recruitee",
    "linkedin",
    "indeed",
    "wellfound",
    "handshake",
    "hackerrank",
    "codility",
    "codesignal",
    "hirevue",
    "docusign",
    "direct",
    "agency",
    "other",
}
LANGUAGES = {"en", "de", "fr", "es", "pt"}

# Applications in the dev split; every other application is in test. Related applications stay
# together: Northwind Freight's re-application (1, 2, dev), Halcyon Health's two roles (3, 4,
# test), Kestrel Mobility's two roles (6, 48, test).
DEV_APPLICATIONS = frozenset(
    {1, 2, 14, 15, 17, 20, 21, 22, 24, 45, 8, 26, 9, 29, 32, 11, 34, 36, 13, 37, 40}
)


def message_spec(
    message_id: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """One message's spec as the data modules write it: the keys every message has, then its
    text and HTML when it has them, then any other key (the data modules' ``m()`` shorthand
    works out the Message-ID and the dated time zone and hands the rest on)."""
    spec: dict[str, Any] = {
        "id": message_id,
        "date": date,
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def dated_spec(
    zone: Callable[[str], str],
    key: str,
    when: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """:func:`message_spec` for the data modules that date "YYYY-MM-DD HH:MM" in their own time
    zone (``zone(day)`` gives its offset that day) and spell the Message-ID from the key, the day,
    the subject's length and the sender's domain (``functools.partial(dated_spec, zone)`` is
    their ``m()``)."""
    domain = frm.rsplit("@", 1)[1].rstrip(">")
    message_id = f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{domain}>"
    date = f"{when}:00 {zone(when[:10])}"
    return message_spec(message_id, date, frm, subject, t, text, html, **kw)


def load_module(name: str) -> ModuleType:
    """A module of this folder by name (the later corpora load their data with it too)."""
    path = Path(__file__).resolve().parent / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_corpus_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_specs() -> list[dict[str, Any]]:
    specs: list[dict[str, Any]] = []
    for name in DATA_MODULES:
        specs.extend(load_module(name).MAIL)
    return specs


# --- labels -----------------------------------------------------------------------------------


def _parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S %z")


def label(spec: dict[str, Any]) -> dict[str, Any]:
    """The truth line of one message spec (``t`` is (category, lang) or a 6-tuple)."""
    t = spec["t"]
    if len(t) == 2:
        category, lang = t
        company = role = app = source = None
    else:
        category, company, role, app, source, lang = t
    status = spec.get("st") or STATUS_FOR.get(category)
    if category not in APPLICATION_CATEGORIES:
        status = None
    sent = _parse_date(spec["date"]).astimezone(UTC)
    return {
        "message_id": spec["id"],
        "user_id": USER_ID,
        "category": category,
        "company": company,
        "role": role,
        "application": app,
        "status_after": status,
        "source": source,
        "language": lang,
        "sent_at": sent.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


# Threading headers a spec may carry beside its other keys instead of under ``headers``.
THREAD_HEADERS = ("In-Reply-To", "References")
# Every key :func:`label` and :func:`build_message` read; :func:`check` refuses others, so a
# misspelt key cannot silently drop what the writer meant (a reply without its thread).
SPEC_KEYS = frozenset(
    {
        "id", "date", "from", "subject", "t", "text", "html", "headers", "ics", "attach",
        "st", "reply_to", "to", "cc", "sender", "cte", "with", "envelope", *THREAD_HEADERS,
    }
)  # fmt: skip


def check(
    specs: list[dict[str, Any]],
    *,
    first: str = "2024-01-08",
    last: str = "2024-07-10",
    contiguous: bool = False,
) -> None:
    """Refuse a corpus whose labels break the vocabulary or its own rules: mail sent between
    ``first`` and ``last``; with ``contiguous``, application ids 1..n."""
    seen: set[str] = set()
    app_company: dict[int, tuple[str, str]] = {}
    for spec in specs:
        row = label(spec)
        mid = row["message_id"]
        assert mid.startswith("<") and mid.endswith(">") and "@" in mid, mid
        assert mid not in seen, f"duplicate Message-ID {mid}"
        seen.add(mid)
        cat = row["category"]
        assert cat in CATEGORIES, (mid, cat)
        assert row["language"] in LANGUAGES, (mid, row["language"])
        assert row["source"] is None or row["source"] in SOURCES, (mid, row["source"])
        assert row["status_after"] is None or row["status_after"] in STATUSES, mid
        assert first <= row["sent_at"] < last, (mid, row["sent_at"])
        if cat in APPLICATION_CATEGORIES:
            assert isinstance(row["application"], int) and row["application"] > 0, mid
            assert row["company"] and row["role"] and row["source"], mid
            pair = (row["company"], row["role"])
            assert app_company.setdefault(row["application"], pair) == pair, (mid, pair)
        else:
            assert row["application"] is None, mid
        if cat == "not_job":
            assert row["company"] is None and row["role"] is None and row["source"] is None, mid
        else:
            assert row["source"], mid
        assert spec.get("subject") is not None and spec.get("from"), mid
        unknown = set(spec) - SPEC_KEYS
        assert not unknown, f"{mid}: keys the builder does not read: {sorted(unknown)}"
        assert spec.get("text") or spec.get("html"), mid
    if contiguous:
        assert sorted(app_company) == list(range(1, len(app_company) + 1)), sorted(app_company)


# --- MIME -------------------------------------------------------------------------------------


def _ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    out: list[str] = []
    data = line.encode()
    first = True
    while data:
        width = 75 if first else 74
        cut = min(len(data), width)
        while cut < len(data) and (data[cut] & 0xC0) == 0x80:  # keep UTF-8 sequences whole
            cut -= 1
        out.append(("" if first else " ") + data[:cut].decode())
        data = data[cut:]
        first = False
    return out


_VTIMEZONE_BERLIN = [
    "BEGIN:VTIMEZONE",
    "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T030000",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def calendar_text(ev: dict[str, Any], sent: datetime) -> str:
    """An iCalendar invitation (METHOD REQUEST or CANCEL) the way Google or Outlook writes one."""
    style = ev.get("style", "google")
    method = ev.get("method", "REQUEST")
    start = _parse_date(ev["start"])
    end = start + timedelta(minutes=ev.get("minutes", 60))
    stamp = sent.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    org_name, org_addr = ev["organizer"]
    lines = ["BEGIN:VCALENDAR"]
    if style == "outlook":
        lines += [f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
        lines += _VTIMEZONE_BERLIN
        when = [
            "DTSTART;TZID=W. Europe Standard Time:" + start.strftime("%Y%m%dT%H%M%S"),
            "DTEND;TZID=W. Europe Standard Time:" + end.strftime("%Y%m%dT%H%M%S"),
        ]
    else:
        lines += [
            "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            f"METHOD:{method}",
        ]
        when = [
            "DTSTART:" + start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
            "DTEND:" + end.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
        ]
    lines += ["BEGIN:VEVENT", *when, f"DTSTAMP:{stamp}"]
    lines.append(f"ORGANIZER;CN={org_name}:mailto:{org_addr}")
    lines.append(f"UID:{ev['uid']}")
    attendees = [*ev.get("attendees", []), ("Jordan Almeida", "jordan.almeida@fastpost.example")]
    for name, addr in attendees:
        lines.append(
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
            f";CN={name};X-NUM-GUESTS=0:mailto:{addr}"
        )
    if ev.get("description"):
        lines.append("DESCRIPTION:" + _ics_escape(ev["description"]))
    if ev.get("location"):
        lines.append("LOCATION:" + _ics_escape(ev["location"]))
    cancelled = method == "CANCEL"
    lines += [
        f"SEQUENCE:{ev.get('sequence', 1 if cancelled else 0)}",
        f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}",
        "SUMMARY:" + _ics_escape(ev["summary"]),
        "TRANSP:OPAQUE",
    ]
    if not cancelled:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:This is an event reminder",
            "TRIGGER:-P0DT0H15M0S",
            "END:VALARM",
        ]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [part for line in lines for part in _fold(line)]
    return "\r\n".join(folded) + "\r\n"


def attendee_calendar(name: str, address: str) -> Callable[[dict[str, Any], datetime], str]:
    """:func:`calendar_text` with another corpus's candidate as the invited attendee."""
    first = calendar_text

    def text(ev: dict[str, Any], sent: datetime) -> str:
        unfolded = first(ev, sent).replace("\r\n ", "")
        unfolded = unfolded.replace("Jordan Almeida", name)
        unfolded = unfolded.replace("jordan.almeida@fastpost.example", address)
        lines = [part for line in unfolded.split("\r\n") if line for part in _fold(line)]
        return "\r\n".join(lines) + "\r\n"

    return text


def build_message(spec: dict[str, Any]) -> EmailMessage:
    sent = _parse_date(spec["date"])
    msg = EmailMessage()
    msg["From"] = spec["from"]
    if spec.get("sender"):
        msg["Sender"] = spec["sender"]
    msg["To"] = spec.get("to", ME)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = spec["id"]
    for key, value in spec.get("headers", {}).items():
        msg[key] = value
    for key in THREAD_HEADERS:  # written beside the other keys: ``m(..., **reply(...))``
        if key in spec:
            msg[key] = spec[key]
    text, html, cte = spec.get("text"), spec.get("html"), spec.get("cte")
    extra = {"cte": cte} if cte else {}
    if text:
        msg.set_content(text, **extra)
        if html:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    ev = spec.get("ics")
    if ev:
        ics = calendar_text(ev, sent)
        method = ev.get("method", "REQUEST")
        if not msg.is_multipart():
            msg.make_alternative()
        # As bytes, so that the CRLF line ends iCalendar asks for survive.
        msg.add_alternative(
            ics.encode(),
            maintype="text",
            subtype="calendar",
            params={"method": method, "charset": "UTF-8"},
        )
        if ev.get("style", "google") == "google":
            msg.add_attachment(
                ics.encode(), maintype="application", subtype="ics", filename="invite.ics"
            )
    for filename, mime, body in spec.get("attach", []):
        maintype, subtype = mime.split("/")
        msg.add_attachment(body.encode(), maintype=maintype, subtype=subtype, filename=filename)
    digest = hashlib.sha1(spec["id"].encode()).hexdigest()[:20]
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"000000000000{digest}{i:02d}")
    return msg


# --- writing ----------------------------------------------------------------------------------


def split_of(specs: list[dict[str, Any]]) -> dict[str, str]:
    """Message-ID -> dev | test: by application, by the related application, else alternating."""
    out: dict[str, str] = {}
    free: Counter[tuple[str, str]] = Counter()
    for spec in sorted(specs, key=lambda s: (_parse_date(s["date"]), s["id"])):
        row = label(spec)
        app = row["application"] or spec.get("with")
        if app:
            out[spec["id"]] = "dev" if app in DEV_APPLICATIONS else "test"
        else:
            lang = row["language"] if row["category"] == "not_job" else ""
            key = (row["category"], lang)
            out[spec["id"]] = "dev" if free[key] % 2 == 0 else "test"
            free[key] += 1
    return out


def write(outdir: Path) -> dict[str, int]:
    specs = load_specs()
    check(specs)
    splits = split_of(specs)
    outdir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name in ("dev", "test"):
        mine = sorted(
            (s for s in specs if splits[s["id"]] == name),
            key=lambda s: (_parse_date(s["date"]), s["id"]),
        )
        box_path = outdir / f"{name}.mbox"
        truth_path = outdir / f"{name}.mbox.truth.jsonl"
        for path in (box_path, truth_path, outdir / f"{name}.mbox.lock"):
            path.unlink(missing_ok=True)
        box = mailbox.mbox(str(box_path), create=True)
        with truth_path.open("w", encoding="utf-8") as truth:
            for spec in mine:
                entry = mailbox.mboxMessage(build_message(spec))
                sent = _parse_date(spec["date"]).astimezone(UTC)
                sender = spec.get("envelope", "MAILER-DAEMON")
                entry.set_from(sender, sent.timetuple())
                box.add(entry)
                truth.write(json.dumps(label(spec), ensure_ascii=False, separators=(",", ":")))
                truth.write("\n")
        box.flush()
        box.close()
        counts[name] = len(mine)
    return counts


def summary(specs: list[dict[str, Any]]) -> str:
    rows = [label(s) for s in specs]
    splits = split_of(specs)
    lines = []
    for name in ("dev", "test", None):
        mine = [r for r in rows if name is None or splits[r["message_id"]] == name]
        apps = {r["application"] for r in mine if r["application"]}
        job = sum(r["category"] != "not_job" for r in mine)
        lines.append(
            f"{name or 'all'}: {len(mine)} messages, {job} job-related, {len(apps)} applications"
        )
        lines.append("  categories: " + json.dumps(Counter(r["category"] for r in mine)))
        lines.append("  languages: " + json.dumps(Counter(r["language"] for r in mine)))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[1].startswith("-"):
        print(__doc__.split("Usage")[1].strip(), file=sys.stderr)
        return 0 if argv[1:] in (["-h"], ["--help"]) else 2
    counts = write(Path(argv[1]))
    print(summary(load_specs()))
    print("written:", json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""A third hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    About 270 messages of one job seeker ("me", Nadia Berger, a frontend / full-stack engineer
    living in Munich who applies across Europe and Brazil in English, German, French, Spanish
    and Portuguese) over six months (May to November 2025). About 40 % of it is job mail: 45
    applications (many with several messages: confirmation, assessment, interviews, offer or
    rejection; two roles at one employer; a re-application months after a rejection; ghosted
    ones; a role put on hold; two withdrawals; an offer signed through DocuSign), job alerts,
    recruiter and agency outreach (some agencies name the client only later), a background check
    and onboarding mail after the offer, candidate surveys and portal mail. The rest is an
    ordinary inbox, with look-alikes on purpose: flat, loan, credit-card, insurance, visa,
    university and scholarship "applications", marketing "exclusive offers", HR-tech
    newsletters, job-alert tips that say "apply now" and "interview".

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the two earlier corpora (``heldout_*``, ``heldout2_*``),
    which were used for tuning. Only the first corpus's builder (MIME, calendar parts, truth
    lines) is reused. The mix differs on purpose: small employers writing plain mail from their
    own domains, founders and hiring managers writing from gmail / outlook / hotmail / web.de /
    gmx.de / orange.fr / yahoo.com.br, "Sent from my iPhone" replies, top-posted replies with
    long quoted history, a forwarded chain, HTML-only marketing-style ATS mail, hard-wrapped
    plain text, a role named only in an attached PDF's name, subjects in one language and
    bodies in another, ATS mail whose display name is a person, noreply mail naming the
    employer only in a footer or logo alt text; Workday, SuccessFactors, Greenhouse, Lever,
    Ashby, Personio, Teamtailor, JOIN, softgarden, Welcome to the Jungle, JobTeaser, Indeed,
    LinkedIn, StepStone, InfoJobs, Gupy; HackerRank, Codility, TestGorilla, SHL, Pymetrics,
    HireVue, Spark Hire; Calendly, GoodTime and ModernLoop confirming, moving and cancelling
    interviews; DocuSign and Adobe Acrobat Sign offer letters; a background-check vendor.
    People, employers and employer domains are invented; vendor sender domains are real.

    THIS CORPUS MUST NOT BE USED FOR TUNING. Report aggregate figures only; do not read
    individual failures back into the rules, or it stops being an honest estimate.

Labels
    As the earlier corpora write them (this module reuses ``heldout.py``'s ``label``): one line
    per message with message_id, user_id, category, company, role, application (int, from 1),
    status_after, source, language and sent_at. Alerts, outreach, other job mail and non-job mail
    have application and status_after null. Sources outside DESIGN.md's vocabulary (StepStone,
    JOIN, softgarden, Welcome to the Jungle, JobTeaser, InfoJobs, Gupy, SuccessFactors,
    TestGorilla, SHL, Pymetrics, Spark Hire, Calendly, GoodTime, ModernLoop, Adobe Sign) are
    ``other``. Special cases: a DocuSign "Completed" envelope of a signed offer letter leaves the
    application ``accepted``; an interview reschedule or cancellation is interview mail; a
    one-way video interview (HireVue, Spark Hire) is an assessment; "the role is on hold" is
    confirmation-like application mail leaving it ``on_hold``; an employer confirming the
    candidate's withdrawal is confirmation-like application mail leaving it ``withdrawn``; a
    background check or onboarding mail after an offer is ``other_job``.

Usage
    python tests/corpus/heldout3.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import json
import mailbox
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import heldout as H  # this folder is the script's first import path

ME = "Nadia Berger <nadia.berger@mailbucht.de>"
DATA_MODULES = (
    "heldout3_jobs_en",
    "heldout3_jobs_intl",
    "heldout3_inbox_en",
    "heldout3_inbox_intl",
)
FIRST, LAST = "2025-05-01", "2025-11-20"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Nadia Berger", "nadia.berger@mailbucht.de")


def load_specs() -> list[dict[str, Any]]:
    specs: list[dict[str, Any]] = []
    for name in DATA_MODULES:
        for spec in H.load_module(name).MAIL:
            spec.setdefault("to", ME)
            specs.append(spec)
    return specs


def check(specs: list[dict[str, Any]]) -> None:
    H.check(specs, first=FIRST, last=LAST, contiguous=True)


def _ordered(specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(specs, key=lambda s: (H._parse_date(s["date"]), s["id"]))


def write(outdir: Path) -> int:
    specs = _ordered(load_specs())
    check(specs)
    outdir.mkdir(parents=True, exist_ok=True)
    box_path = outdir / "all.mbox"
    truth_path = outdir / "all.mbox.truth.jsonl"
    for path in (box_path, truth_path, outdir / "all.mbox.lock"):
        path.unlink(missing_ok=True)
    box = mailbox.mbox(str(box_path), create=True)
    for spec in specs:
        entry = mailbox.mboxMessage(H.build_message(spec))
        sent = H._parse_date(spec["date"]).astimezone(H.UTC)
        entry.set_from(spec.get("envelope", "MAILER-DAEMON"), sent.timetuple())
        box.add(entry)
    box.flush()
    box.close()
    with truth_path.open("w", encoding="utf-8") as truth:
        for spec in specs:
            row = H.label(spec)
            truth.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    return len(specs)


def summary(specs: list[dict[str, Any]]) -> str:
    rows = [H.label(s) for s in specs]
    apps = {r["application"] for r in rows if r["application"]}
    job = [r for r in rows if r["category"] != "not_job"]
    return "\n".join(
        [
            f"all: {len(rows)} messages, {len(job)} job-related, {len(apps)} applications",
            "  categories: " + json.dumps(Counter(r["category"] for r in rows)),
            "  languages: " + json.dumps(Counter(r["language"] for r in rows)),
            "  job languages: " + json.dumps(Counter(r["language"] for r in job)),
            "  final statuses: " + json.dumps(Counter(_finals(rows).values())),
        ]
    )


def _finals(rows: list[dict[str, Any]]) -> dict[int, str]:
    out: dict[int, str] = {}
    for row in sorted(rows, key=lambda r: r["sent_at"]):
        if row["application"] and row["status_after"]:
            out[row["application"]] = row["status_after"]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[1].startswith("-"):
        print(__doc__.split("Usage")[1].strip(), file=sys.stderr)
        return 0 if argv[1:] in (["-h"], ["--help"]) else 2
    count = write(Path(argv[1]))
    print(summary(load_specs()))
    print("written:", count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

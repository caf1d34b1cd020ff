"""A fourth hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    314 messages of one job seeker ("me", Priya Raman, an operations / supply-chain and
    finance professional living in Amsterdam, not a software engineer) over June to December
    2025, applying in English, German (formal Sie and informal du), French, Spanish and
    Portuguese for roles such as Supply Chain Analyst, Senior Buyer, Procurement Specialist
    (m/w/d), Financial Controller, Analista de Operaciones, Responsable Logistique, Coordenadora
    de Compras, Store Operations Manager and Accounts Payable Lead. About 46 % of it is job mail:
    45 applications (confirmations, "viewed", assessments, interviews with calendar invitations,
    reschedules and a cancellation, rejections in every language, often under neutral subjects
    and with praise before the no, "position filled", roles put on hold, withdrawals, two roles at
    one employer, a re-application months after a rejection, ghosted applications, a forwarded
    confirmation, an offer signed through DocuSign followed by a background check and onboarding
    mail), job alerts and digests that say "apply now" and "interview tips", talent-community
    welcomes, incomplete-application reminders, employers' careers newsletters, recruiter and
    staffing-agency outreach (agencies that name the client late, a company that first writes
    without its name), a hiring manager writing from a personal mailbox, recruiter auto-replies
    and candidate-portal mail. The rest is an ordinary inbox, with look-alikes on purpose:
    rental-flat, mortgage, loan, credit-card, school and volunteer "applications", visa and
    residence-permit appointments, a doctor's appointment with a calendar invitation, marketing
    "offers", a podcast "interview", a webinar "invitation", LinkedIn asking to congratulate a
    contact on a new job.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder
    (MIME, calendar parts, truth lines, checks) and the third corpus's spec shorthand are
    reused. Senders: Workday (display names that are a person or "Workday"), SAP
    SuccessFactors, Oracle Taleo, iCIMS, SmartRecruiters, Greenhouse, Lever, Ashby, Workable,
    Teamtailor, Personio, Recruitee, BambooHR, JazzHR, softgarden, Jobvite, Breezy, Pinpoint;
    LinkedIn, Indeed (the employer sometimes only in the HTML), StepStone, Glassdoor, InfoJobs,
    Welcome to the Jungle, Catho, Vagas; SHL, Criteria, TestGorilla, HireVue; Calendly and
    GoodTime; DocuSign; invented staffing agencies. HTML-only, multipart/alternative and
    hard-wrapped plain text, Gmail and Outlook quoted replies, signatures, legal footers, "Sent
    from my iPhone", subjects in one language over bodies in another. People, employers and
    employer domains are invented; vendor sender domains are the vendors' real ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING. Report aggregate figures only; do not read
    individual failures back into the rules, or it stops being an honest estimate.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``): one line per message with
    message_id, user_id, category, company, role, application (int, from 1), status_after,
    source, language and sent_at. ``company`` is the employer as a person would write it; for a
    staffing agency's mail it is the client employer (None while the agency has not named it).
    Sources outside DESIGN.md's vocabulary (SuccessFactors, softgarden, Jobvite, Breezy,
    Pinpoint, StepStone, Glassdoor, InfoJobs, Welcome to the Jungle, Catho, Vagas, SHL,
    Criteria, TestGorilla, Calendly, GoodTime) are ``other``. Special cases as in the third
    corpus: a DocuSign "Completed" envelope of a signed offer leaves the application
    ``accepted``; an interview reschedule or cancellation is interview mail; a one-way video
    interview is an assessment; "on hold" leaves the application ``on_hold``; an employer
    confirming the candidate's withdrawal leaves it ``withdrawn``; a background check or
    onboarding mail after an offer is ``other_job``.

Usage
    python tests/corpus/heldout4.py OUTDIR
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

ME = "Priya Raman <priya.raman@grachtpost.nl>"
DATA_MODULES = (
    "heldout4_jobs",
    "heldout4_jobs_intl",
    "heldout4_inbox",
)
FIRST, LAST = "2025-06-01", "2025-12-20"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Priya Raman", "priya.raman@grachtpost.nl")


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

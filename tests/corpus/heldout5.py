"""A fifth hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    About 320 messages of one job seeker ("me", Lucas Ferreira, a recent graduate in mechanical
    and electrical engineering living in Lyon, also changing course towards UX research) over
    March to October 2025. He applies for internships, graduate programmes, trainee posts and
    junior roles in French, German (formal Sie and informal du; German, Swiss and Austrian
    employers), Spanish, Portuguese (Portugal and Brazil) and English. 148 messages (46 %) are
    job mail: 45 applications (confirmations, "viewed", online tests, game-based and one-way
    video assessments, an assessment centre, interviews with reschedules and a cancellation,
    neutral-subject rejections with praise before the no, "position filled", offers as a PDF,
    through DocuSign and Adobe Sign, a signed offer, a role on hold, two withdrawals, two
    internships at one employer, a re-application after a rejection, ghosted ones, a forwarded
    confirmation), job alerts and digests, a school career service forwarding postings,
    talent-pool welcomes, incomplete-application reminders, employer careers newsletters,
    recruiter and professor outreach, out-of-office replies, a background check and onboarding.
    The rest is an ordinary inbox with look-alikes on purpose: a flat "dossier de candidature",
    loan and credit-card applications, Erasmus, master's and scholarship applications, a
    hackathon "application accepted", a volunteer programme, marketing "offres exclusives", a
    podcast "interview", a conference invitation and a dentist appointment with calendar parts.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder
    (MIME, calendar parts, truth lines, checks) and the third corpus's ``m`` / ``reply``
    shorthand are reused. Vendors: Workday, SuccessFactors, Taleo, Oracle, iCIMS,
    SmartRecruiters, Avature, Cornerstone, Eightfold, Phenom, Greenhouse, Lever, Ashby, Personio,
    Teamtailor, softgarden, d.vinci, rexx, Concludis, Welcome to the Jungle, JobTeaser,
    Handshake, Gupy, Kenoby; LinkedIn, Indeed, StepStone, XING, APEC, HelloWork, InfoJobs,
    Net-Empregos; HackerRank, Codility, CodeSignal, Pymetrics, Harver, SHL, HireVue, Spark Hire;
    Calendly, Microsoft Bookings, Teams / Outlook invitations; DocuSign, Adobe Acrobat Sign.
    People, employers and employer domains are invented; vendor sender domains are real.

    THIS CORPUS MUST NOT BE USED FOR TUNING. Report aggregate figures only; do not read
    individual failures back into the rules, or it stops being an honest estimate.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``): one line per message with
    message_id, user_id, category, company, role, application (int, from 1), status_after,
    source, language and sent_at. Alerts, outreach, other job mail and non-job mail have
    application and status_after null. Sources outside DESIGN.md's vocabulary are ``other``.
    Special cases as in the third corpus: a DocuSign "Completed" envelope of a signed offer
    leaves the application ``accepted``; an interview reschedule or cancellation is interview
    mail; a one-way video interview and a game-based test are assessments, while an invitation
    to an assessment-centre day is an interview; "the role is on hold" is
    confirmation-like mail leaving it ``on_hold``; an employer confirming the candidate's
    withdrawal is confirmation-like mail leaving it ``withdrawn``; a background check or
    onboarding mail after an offer is ``other_job``; a forwarded confirmation is a
    confirmation of the same application.

Usage
    python tests/corpus/heldout5.py OUTDIR
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

ME = "Lucas Ferreira <lucas.ferreira@boitemail.fr>"
DATA_MODULES = (
    "heldout5_jobs",
    "heldout5_jobs_intl",
    "heldout5_inbox",
)
FIRST, LAST = "2025-03-01", "2025-11-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Lucas Ferreira", "lucas.ferreira@boitemail.fr")


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

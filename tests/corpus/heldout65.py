"""Corpus 65: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 225 messages of one job seeker ("me", Élise Tremblay-Okafor, a bilingual
    (English/French) policy and data analyst living in Ottawa) from September 2025 to February
    2026. She applies to the federal public service (through an invented careers portal, "GC
    Talent Hub / Carrefour des talents du GC", and departmental staffing mailboxes), to Ontario
    and Quebec public bodies (Toronto, Gatineau, Montréal) and to private firms (consultancies, a
    tech company, a bank, an insurer, a caisse, a research institute, a start-up). Mail is in
    English and Canadian French, often both in one message ("English follows / Le français
    suit"). About 43 % of the inbox is job mail, 26 applications: federal selection processes
    with "application received", screening results (screened in / screened out), unsupervised
    written exams and internet tests, a board interview, reference checks, qualified-pool
    placement, security-clearance forms, a letter of offer signed and accepted, and a process
    cancelled; a Quebec offer declined by the reader; withdrawals (Lever acknowledgement, a
    consultancy, an agency contract, a re-application) and a role put on hold; rejections with
    neutral subjects and praise before the no; confirmations that say "unfortunately" or "if
    you are not selected"; ghosted applications. Boards and ATSs: Workday (three tenants, one
    in French), Taleo (two roles at one bank), iCIMS, Greenhouse, Lever, SmartRecruiters,
    Workable, LinkedIn (Easy Apply, viewed, rejection, InMail), Indeed, Calendly. Employer
    naming: a department by full name, by acronym (NICC / ICNC, ECRC) and as "the Government of
    Canada"; a Crown corporation by legal name (Canadian Housing Guarantee Corporation) and
    brand (Habitas); Rideau Trust Bank / RTB / Banque Fiducie Rideau; Tessellate /
    Tessellate Labs, Inc. with a Greenhouse slug; an employer named only in the HTML footer; a
    staffing agency whose "federal client" is named late (Shared Analytics Canada / SAC); a
    co-founder writing from Gmail; a confirmation forwarded from a work address. Also job
    alerts (bilingual), an incomplete-application nudge, talent communities, agency and
    recruiter outreach, an out-of-office auto-reply, a candidate survey and a portal code. The
    rest is an ordinary Ottawa inbox with look-alikes: passport renewal and rental, parking,
    line-of-credit, volunteer and mentor "applications", credit-card and mortgage "offers",
    CRA notices, OC Transpo, hockey, podcasts and newsletters that "interview" people, social
    and calendar invites that are not interviews, and friends talking about their jobs.

How it was written
    By hand, without reading jobtracker's classifiers, correlator or sample generator, nor the
    message data of the other corpora. The first corpus's builder is reused with a small
    ``m()`` shorthand; spec keys are opaque numbers. The weekly digests (LinkedIn search
    counts, two morning newsletters) are expanded from three hand-written templates by a loop
    over dates. People, employers and employer domains are invented; vendor sender domains are
    the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). The GC careers portal,
    Calendly and the provincial careers portal are ``other``; departmental staffing mailboxes
    and board members are ``direct``; agency mail is ``agency`` with the client as ``company``
    (null in the outreach before the client is named). ``company`` is the employer as a person
    would write it, one name per application whatever the message says (Northern
    Infrastructure and Connectivity Canada, not NICC; Environment and Climate Resilience
    Canada even where the portal only says "the Government of Canada"; Habitas, not its legal
    name; Rideau Trust Bank, not RTB; Caisse Boréale, not its federation). Federal
    specifics: "screened in" is confirmation-like mail (stays ``applied``); an unsupervised exam
    or internet test is an assessment; reference checks and security-clearance forms are
    ``other_job`` (no application); qualified-pool placement is confirmation-like mail leaving
    the application ``on_hold``; a cancelled process is a rejection; the reply acknowledging the
    signed letter of offer leaves it ``accepted``, the reply to a declined offer ``declined``;
    withdrawal acknowledgements leave it ``withdrawn``. Mapleweave applications 23 and 24 are
    the same role before and after a rejection.

Usage
    python tests/corpus/heldout65.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Élise Tremblay-Okafor <elise.tremblayokafor@gmail.com>"
DATA_MODULES = (
    "heldout65_jobs",
    "heldout65_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Élise Tremblay-Okafor", "elise.tremblayokafor@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

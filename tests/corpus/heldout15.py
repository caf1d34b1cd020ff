"""A fifteenth hand-written, labelled held-out mail corpus: a HELD-OUT ESTIMATE, measured, never tuned on.

What it is
    Messages of one job seeker ("me", Dr. Katharina Albrecht, a senior finance professional on
    the CFO / finance-director track in Frankfurt am Main) from January to July 2026. About 40 %
    of it is job mail: CFO, finance-director, VP Finance and group-controlling roles in
    Frankfurt, Zurich, Paris, Luxembourg and London, plus a Madrid-based group. Much of the
    process runs through retained executive-search firms that keep the client confidential for
    weeks and name it late; board-level interviews, a psychologist's management assessment,
    reference checks, long gaps; corporate ATSs (Workday, SuccessFactors, Taleo, Avature),
    LinkedIn Recruiter InMails, XING, executive assistants scheduling on behalf of CEOs and
    supervisory-board chairs; employers whose legal group name differs from the brand.
    German (formal Sie), French, English and some Spanish. Rejections with neutral subjects,
    an offer in plain words, a withdrawal, a role on hold, ghosted applications, two roles at
    one employer, a re-application after a rejection, short human replies in threads, calendar
    invitations (reschedule, cancellation), background/reference checks after an offer. The
    rest is an ordinary inbox with look-alikes on purpose: loan, rental and school
    "applications", marketing "offers", a podcast "interview", webinars and a doctor's
    appointment with calendar parts, LinkedIn/XING social notifications, finance newsletters
    about CFO hiring, family, banks, deliveries.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder
    (MIME, calendar parts, truth lines) and the third corpus's ``m()`` shorthand are reused;
    spec keys are opaque numbers. People, employers and employer domains are invented; vendor
    sender domains (ATS, job boards, LinkedIn, XING) are the vendors' real ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING. Report aggregate figures only; do not read
    individual failures back into the rules, or it stops being an honest estimate.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``): the 6-tuple (category,
    company, role, application number, source, language). Sources outside DESIGN.md's
    vocabulary (SAP SuccessFactors, Avature, XING, StepStone, Calendly, SHL, HireRight, Glassdoor,
    APEC, jobs.ch, InfoJobs, a psychologists' practice) are ``other``; mail delivered through a
    platform (LinkedIn InMail, XING message) takes the platform as source; a forwarded
    confirmation keeps the source of the mail it forwards; mail from an executive-search firm or agency is ``agency``, and its ``company``
    is the client employer, null while the firm has not named it; direct human mail from the
    employer (or its assistants) is ``direct``. A reschedule or cancellation is interview mail;
    a psychologist's assessment is ``assessment``; "on hold" leaves the application
    ``on_hold``; a withdrawal confirmation leaves it ``withdrawn``; a reference or background
    check after the offer is ``other_job``; a reply accepting the offer leaves it ``accepted``.

Usage
    python tests/corpus/heldout15.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Dr. Katharina Albrecht <k.albrecht@posteo.de>"
DATA_MODULES = (
    "heldout15_jobs",
    "heldout15_jobs_intl",
    "heldout15_inbox",
)
FIRST, LAST = "2026-01-01", "2026-08-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Katharina Albrecht", "k.albrecht@posteo.de")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

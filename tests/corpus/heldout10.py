"""A tenth hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    About 320 messages of one job seeker ("me", Lukas Brunner, a data scientist / machine
    learning engineer living in Zurich) from February to mid-August 2025. Somewhat over 40 % of
    it is job mail: 29 applications in Zurich, Zug, St. Gallen, Chur, Munich, Berlin, Vienna and
    Geneva/Lausanne, plus a remote startup in Madrid (Spanish) and one in Lisbon (Portuguese). Most mail is
    German (formal "Sie" from corporates, banks and insurers, informal "du" from startups, Swiss
    spelling with "ss" from Swiss senders), French from Romandie employers and English from
    international firms. Application mail runs through jobs.ch, jobup.ch, StepStone, XING,
    LinkedIn, Indeed, Personio, JOIN, softgarden, rexx systems, d.vinci, SAP SuccessFactors,
    Workday, Greenhouse, SmartRecruiters, Lever, Recruitee and Teamtailor, with assessments on
    HireVue, Codility and TestGorilla and by e-mail, and much mail written by people: HR
    partners, hiring managers, founders writing from Gmail, GMX or Proton addresses with the
    company only in the signature, and Swiss Personalvermittler who name their client late.
    Short replies in threads, calendar invitations (Google and Outlook, a reschedule and a
    cancellation), rejections with neutral subjects, two roles at one employer, a re-application
    after a rejection, roles put on hold, withdrawals, offers in plain words, a signed contract
    and onboarding, ghosted applications, an employer whose mail domain differs from its brand.
    Also job alerts, talent pools, incomplete-application nudges, recruiter outreach, account
    codes, candidate surveys and auto-replies. The rest is an ordinary Swiss inbox with
    look-alikes on purpose: flat, credit-card, loan, residence-permit and CAS "applications",
    marketing "offers", podcast and press "interviews", webinars and doctor's appointments with
    calendar parts, LinkedIn social notifications and newsletters that talk about hiring.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder
    (MIME, calendar parts, truth lines) and the third corpus's ``m()`` shorthand are reused;
    spec keys are opaque numbers. People, employers and employer domains are invented; vendor
    sender domains (ATS, job boards, assessment vendors, DocuSign) are the vendors' real ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING. Report aggregate figures only; do not read
    individual failures back into the rules, or it stops being an honest estimate.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (jobs.ch, jobup.ch, StepStone, XING, JOIN, softgarden, rexx systems, d.vinci,
    SAP SuccessFactors, TestGorilla) are ``other``; a forwarded confirmation keeps the source of
    the mail it forwards. A DocuSign "Completed" signed contract leaves the application
    ``accepted``; an employer's reply acknowledging that the candidate turned an offer down is
    offer mail leaving it ``declined``; a reschedule or cancellation is interview mail; a one-way video interview is an
    assessment; "on hold" is confirmation-like mail leaving it ``on_hold``; a withdrawal
    confirmation is confirmation-like mail leaving it ``withdrawn``; background checks and
    onboarding after the offer are ``other_job``. For an agency, ``company`` is the client
    employer (null while the agency has not named it) and ``source`` is ``agency``.

Usage
    python tests/corpus/heldout10.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Lukas Brunner <lukas.brunner@bluewin-mail.ch>"
DATA_MODULES = (
    "heldout10_jobs",
    "heldout10_jobs_intl",
    "heldout10_inbox",
)
FIRST, LAST = "2025-02-01", "2025-08-20"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Lukas Brunner", "lukas.brunner@bluewin-mail.ch")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

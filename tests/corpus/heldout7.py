"""A seventh hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    About 315 messages of one job seeker ("me", Jonas Albrecht, a B2B sales / customer-success /
    account-management professional living in Vienna) from April to November 2025. He applies in
    German (Austria, Germany, Switzerland; formal Sie at corporates, informal du at start-ups),
    in English (remote roles at US and UK companies, much high-volume ATS mail) and in French,
    Spanish and Portuguese (roles in Geneva, Barcelona and Lisbon). About 43 % of it is job mail:
    46 applications (confirmations, "viewed", assessments, interviews and reschedules,
    rejections with praise before the no, "position filled", a role on hold, withdrawals after an
    accepted offer, a re-application months after a rejection, two roles at one employer, ghosted
    ones, an offer by mail with a PDF and a counter-offer, an offer signed through DocuSign),
    recruiter, agency and InMail outreach (agencies naming the client late), a founder writing
    from a personal address, job alerts, talent-community welcomes, an incomplete-application
    nudge, careers newsletters, a referral, auto-replies, a background check and onboarding.
    The rest is an ordinary inbox with look-alikes on purpose: flat, loan, leasing, credit-card,
    kindergarten and volunteer "applications", a Meldezettel appointment, marketing "offers",
    a podcast "interview", webinar and doctor invitations with calendar parts, a sales newsletter
    full of "closing deals" and "prospecting", a CRM trial offer, LinkedIn "new job" congrats.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder
    (``heldout.py``) and the third corpus's ``m()`` shorthand are reused; Message-ID keys are
    opaque hashes. People, employers and employer domains are invented; vendor sender domains
    (ATS, job boards, assessment vendors, DocuSign) are the vendors' real ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING. Report aggregate figures only; do not read
    individual failures back into the rules, or it stops being an honest estimate.

Labels
    As ``heldout.py``'s ``label`` writes them: message_id, user_id, category, company, role,
    application (int, from 1), status_after, source, language, sent_at. ``company`` is the
    employer as a person writes it (for agencies, the client employer, on every message of that
    application even before it is named). Sources outside DESIGN.md's vocabulary (softgarden,
    d.vinci, rexx, JOIN, StepStone, karriere.at, XING, Glassdoor, Pinpoint, Homerun, Rippling,
    Criteria, SHL, TestGorilla, Spark Hire, Calendly, GoodTime, jobup.ch, InfoJobs, Checkr,
    forwarded mail) are ``other``.
    Special cases as in ``heldout3.py``: DocuSign "Completed" of a signed offer -> ``accepted``;
    a reschedule or cancellation is interview mail; a one-way video interview is an assessment;
    a role on hold is application mail leaving it ``on_hold``; a withdrawal confirmation leaves
    it ``withdrawn``; a background check or onboarding after an offer is ``other_job``.

Usage
    python tests/corpus/heldout7.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Jonas Albrecht <jonas.albrecht@donaupost.at>"
DATA_MODULES = (
    "heldout7_jobs",
    "heldout7_jobs_intl",
    "heldout7_inbox",
)
FIRST, LAST = "2025-04-01", "2025-12-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Jonas Albrecht", "jonas.albrecht@donaupost.at")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

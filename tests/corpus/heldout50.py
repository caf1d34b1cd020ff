"""Corpus 50: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 250 messages of one job seeker ("me", Priya Raghunathan-Cole, a senior software
    engineer (mobile/backend) living in Seattle) from October 2025 to March 2026. She applies in
    Seattle, the Bay Area, New York, Austin, Vancouver BC and remote (US), all in American
    English. Roughly 41 % of the inbox is job mail, 29 applications: recruiter screens booked
    through GoodTime, Calendly, ModernLoop and Gem, HackerRank / CodeSignal / CoderPad
    assessments and a take-home, a Karat interview on the employer's behalf, virtual onsite
    loops, team matching and hiring committee, offer calls and DocuSign offer letters (one
    accepted, one declined with its acknowledgement), a Checkr background check and onboarding,
    rejections with neutral subjects and praise before the no, confirmations that say
    "unfortunately", a role put on hold (by an employer and by an agency's client), ghosted
    applications, two withdrawals and their acknowledgements, a recruiter's PTO auto-reply, a
    co-founder writing from personal Gmail, a referral, a big employer whose mail comes from its
    parent (Skylark, a brand of Northvale Group), an employer written several ways (Quillon /
    Quillon Technologies, Inc. / QLN), an agency pitching "a Series B fintech in SoMa" that
    names Tallyfin late, two roles at Ferrowell and a re-application at Lumora Health after a
    rejection. Boards and ATSs: LinkedIn (Easy Apply, viewed, InMail), Indeed, Wellfound,
    Hired, Dice, Built In, Welcome to the Jungle (Otta), Greenhouse, Lever, Ashby, Workday,
    iCIMS, SmartRecruiters, Jobvite, Eightfold, Gem. Also job alerts, talent-community
    welcomes, an incomplete-application nudge, recruiter and agency outreach, a candidate
    survey and a portal code. The rest is an ordinary Seattle inbox with look-alikes on
    purpose: an apartment rental application, credit-card and rollover "applications", a
    mortgage pre-approval, a TSA PreCheck application, a podcast "interview", a conference
    "offer to speak", newsletters about hiring, a webinar and a dentist visit with calendar
    parts, a home-purchase "offer accepted", LinkedIn social notifications and a friend asking
    for a referral.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with a small ``m()`` shorthand of its own; spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Calendly, GoodTime, ModernLoop, Gem, Karat, CoderPad, Checkr, Jobvite,
    Eightfold, Dice, Hired, Built In, Welcome to the Jungle) are ``other``; staffing-agency mail
    is ``agency`` with the client as ``company`` (null until the agency names it); a person
    writing from the employer's mailbox or from personal webmail on its behalf is ``direct``.
    ``company`` is the employer as a person would write it (Skylark, not Northvale Group;
    Quillon, however it is written). A background check, onboarding, survey or auto-reply is
    ``other_job``; a withdrawal acknowledgement is confirmation-like mail leaving the
    application ``withdrawn``; "on hold" is confirmation-like mail leaving it ``on_hold``; the
    DocuSign "Completed" offer leaves it ``accepted``, the recruiter's reply to a declined offer
    ``declined``; a Hired interview request is outreach, accepting it a confirmation; a
    take-home is an assessment, a Karat interview an interview.

Usage
    python tests/corpus/heldout50.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Priya Raghunathan-Cole <priya.rcole@gmail.com>"
DATA_MODULES = (
    "heldout50_jobs",
    "heldout50_jobs_intl",
    "heldout50_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Priya Raghunathan-Cole", "priya.rcole@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 85: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Rafael Espinoza-Hart, a solutions engineer /
    technical account manager living in Austin, Texas) from September 2025 to February 2026. He
    applies in Austin and remote across the US, all in American English. Roughly 40 % of the
    inbox is job mail, 25 applications: Greenhouse, Lever, Ashby, Workday, iCIMS, Jobvite and
    SmartRecruiters confirmations (one saying "unfortunately", one saying "if you don't hear from
    us"), recruiter screens booked through GoodTime, Calendly and ModernLoop with Zoom invites
    (.ics), a take-home and an online assessment, virtual panel "onsites", rejections with
    neutral subjects ("Your application with Brightlane", "Update", "Following up") and praise
    before the no, an offer accepted through DocuSign (Corvalis, written Corvalis / Corvalis
    Technologies, Inc. / CVL) followed by a Checkr background check and onboarding, an offer
    declined by reply (Sablewood), two roles at Brightlane, a re-application at Kindling Labs
    after a rejection, a brand whose Workday mail comes from its parent (Halvorsen Health, of
    Halvorsen Holdings), a staffing agency (Keystone Talent Partners) pitching "a cybersecurity
    client" contract-to-hire that names Vantage Shield late, puts it on hold and withdraws it, a
    withdrawal acknowledged by a recruiter (Tessellate AI) and one by Workday (Tejas Mutual), a
    founder writing from personal Gmail (Lumenfold via Wellfound), LinkedIn Easy Apply receipts,
    "viewed" and InMail, Indeed Apply, a forwarded confirmation, ghosted applications, a
    four-step sourcing sequence ("bumping this to the top of your inbox"), agency outreach, job
    alerts, a talent-community welcome, an incomplete-application nudge, a recruiter's
    auto-reply, a candidate-account code and a candidate survey. The rest is an ordinary Austin
    inbox with look-alikes on purpose: an apartment application through a leasing portal,
    credit-card "pre-approved offers", Texas DMV registration, an HOA, a podcast newsletter's
    "interview with", a conference "call for speakers application", Venmo, non-interview Zoom and
    calendar invites, newsletters about hiring, LinkedIn social notifications and friends writing
    about their new jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused;
    the data modules' ``m()`` is ``heldout.dated_spec`` with Austin's time zone (CDT/CST). Spec
    keys are opaque numbers. People, employers and employer domains are invented; vendor sender
    domains are the vendors' real ones. Mail the candidate sent himself stays in Sent mail; only
    replies that quote it are in the inbox.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (GoodTime, Calendly, ModernLoop, Jobvite, Checkr) are ``other``; staffing-agency
    mail is ``agency`` with the client as ``company`` (null until the agency names it); a person
    writing from the employer's mailbox or from personal webmail on its behalf is ``direct``; a
    forwarded confirmation keeps the source of the mail it forwards. ``company`` is the employer
    as a person would write it (Halvorsen Health, not Halvorsen Holdings; Corvalis, however it is
    written). The DocuSign "Completed" offer leaves the application ``accepted``; the recruiter's
    reply to a declined offer ``declined``; "on hold" is confirmation-like mail leaving it
    ``on_hold``; a withdrawal acknowledgement is confirmation-like mail leaving it ``withdrawn``.
    The Checkr background check and the onboarding mail belong to the offer stage of the accepted
    application but carry no stage of their own, so they are ``other_job`` (as in the earlier
    corpora); a take-home or online assessment is ``assessment``; scheduling-tool links and
    confirmations are ``interview``.

Usage
    python tests/corpus/heldout85.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Rafael Espinoza-Hart <rafa.espinozahart@gmail.com>"
DATA_MODULES = (
    "heldout85_jobs",
    "heldout85_jobs_more",
    "heldout85_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Rafael Espinoza-Hart", "rafa.espinozahart@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

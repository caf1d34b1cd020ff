"""Corpus 93: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 225 messages of one job seeker ("me", Melvin Goh Wei Jie, a supply-chain and
    procurement manager living in Tampines, Singapore) from September 2025 to February 2026. He
    applies in Singapore, in Kuala Lumpur and for remote regional (APAC) roles, all in Singapore
    English ("Pte. Ltd.", "Sdn. Bhd.", "shortlisted", "kindly", "we regret to inform", "noted
    with thanks"). Roughly 43 % of the inbox is job mail, 24 applications: receipts from an
    invented government job board (WorkForward SG), JobStreet (Singapore and Malaysia), LinkedIn
    Easy Apply, Indeed, Workday and SuccessFactors at MNC regional HQs whose mail comes from "X
    Asia Pacific Pte. Ltd." or the group, Greenhouse, Lever, Ashby, iCIMS, SmartRecruiters,
    Oracle Recruiting and Recruitee; a statutory board's own careers portal; an executive-search
    firm writing for "a leading MNC in the consumer space" that names Verandah later, and a
    recruitment agency writing for "a regional FMCG" that names Sunbird Beverages; an invented
    SHL-like online assessment (TalentMetriq) and a take-home case; panel interviews with Teams
    and Zoom invitations across time zones (Tokyo, Sydney, Amsterdam); a letter of offer, a
    counter-offer and a revised offer that is accepted, another offer declined; a role "on hold
    due to restructuring"; two withdrawals; ghosting; rejections with neutral subjects and
    praise before the no; confirmations that say "if you are not shortlisted"; a forwarded
    confirmation from an old work mailbox; two roles at Vantor Medical and a re-application at
    Kestrel after a rejection; a founder writing from Gmail. Employer naming: Halvorsen /
    Halvorsen Asia Pacific Pte. Ltd. / HAP, Kestrel whose mail comes from Kestrel Life Sciences
    Group, the Workday tenant "bwcgroup" for Brightwater Chemicals, Seri Mutiara Holdings Berhad
    written SMH, Marisol Foods Sdn. Bhd. through LinkedIn, and Quayline's careers mailbox at a
    different domain than the brand. Also job alerts, a talent-community welcome, an
    incomplete-application nudge, recruiter outreach and an InMail, a recruiter's auto-reply and
    a candidate survey. The rest is an ordinary Singapore inbox with look-alikes on purpose: an
    HDB resale / condo rental "application" and viewing, a bank "pre-approved" credit line and a
    card "application", CPF and IRAS mail, Grab and Shopee receipts, a badminton club,
    newsletters with "interview", a podcast, calendar invites that are not interviews and
    friends talking about their jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused
    through ``heldout.dated_spec`` (every date is Singapore time, +0800); spec keys are opaque
    numbers. People, employers and employer domains are invented; vendor sender domains are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (WorkForward SG, JobStreet, SuccessFactors, TalentMetriq, the statutory board's
    portal) are ``other``; executive-search and agency mail is ``agency`` with the client as
    ``company`` (null until it is named); a person writing from the employer's mailbox or from
    personal webmail on its behalf is ``direct``; a forwarded confirmation keeps the source of
    the mail it forwards. ``company`` is the brand (Halvorsen, Kestrel, Brightwater Chemicals,
    Seri Mutiara, Vantor Medical), however the mail writes it. "On hold due to restructuring"
    is confirmation-like mail leaving the application ``on_hold``; a withdrawal acknowledgement
    is confirmation-like mail leaving it ``withdrawn``; the signed letter of offer leaves it
    ``accepted``, the reply to a declined offer ``declined``; a counter-offer reply with a
    revised letter is an offer; onboarding, surveys and auto-replies are ``other_job``.

Usage
    python tests/corpus/heldout93.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Melvin Goh <melvin.goh.wj@gmail.com>"
DATA_MODULES = (
    "heldout93_jobs",
    "heldout93_jobs_more",
    "heldout93_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Melvin Goh", "melvin.goh.wj@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

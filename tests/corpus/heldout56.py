"""Corpus 56: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 260 messages of one job seeker ("me", Mei Lin Hartono, a registered nurse moving from
    the ward into health-tech product and clinical informatics, living in Sydney) from
    September 2025 to February 2026. She applies in Sydney, Melbourne, Brisbane and remote
    (Australia / New Zealand), all in Australian English. Roughly 41 % of the inbox is job mail,
    25 applications: a Lever application at Lumenfield (written Lumenfield Health Pty Ltd,
    Lumenfield and LFH) through a Calendly screen, a case study, a panel, Xref reference checks,
    an offer email, a DocuSign offer letter that is completed (accepted), a police check and
    onboarding; a NSW Health (Taleo) application at Northern Harbours Local Health District,
    whose confirmation comes from the department and interview from the LHD, with Referoo
    references and a withdrawal acknowledged by the panel convenor; a start-up (Wardround) whose
    co-founder writes from Gmail, with a coffee chat, a pilot-plan exercise and an offer she
    declines; Queensland Health SmartJobs (Metro Bayside HHS, ghosted); two agencies writing
    for an unnamed client who is named later (Medilink Systems, put on hold; Oakridge Aged
    Care, rejected) through JobAdder; two roles at Kinnear Health (Workday, sender Kinnear
    Healthcare Group); a re-application at Beacon Telehealth (Workable) after a rejection; a
    Workday tenant slug (TWG) for Tidewater Radiology; a Sonru video interview and a
    SuccessFactors incomplete-application nudge for Harbourline (Harbourline Mutual Ltd, HBL);
    a HireVue interview at Fernhill Medical (Devices Australia Pty Ltd); Kōwhai Health in NZ
    named only in the HTML of a Workable confirmation; a SEEK confirmation and "viewed"; Indeed,
    Jora, LinkedIn Easy Apply, Livehire, PageUp (one forwarded from her hospital address),
    Greenhouse, Ashby and SmartRecruiters; four withdrawals (one her own note), rejections
    with neutral subjects and praise before the no, confirmations that say "unfortunately" or
    "if you are not selected". Also SEEK, LinkedIn, Indeed, Jora, Ethical Jobs, SmartJobs and
    Wellfound alerts, a talent-community welcome, an unsubmitted-application nudge, recruiter
    and agency outreach, a recruiter's out-of-office reply, a careers-account code and a
    candidate survey.
    The rest is an ordinary Sydney inbox with look-alikes on purpose: 2Apply rental
    applications (one refused, one approved, the lease through DocuSign), Service NSW (Working
    with Children Check "application", rego), Medicare / myGov, a credit-card application and
    its approval, a university micro-credential application and "offer", a council parking
    permit application, a super rollover, a volunteer application, Opal, newsletters and
    podcasts that "interview" people or write about hiring, marketing "offers", an "offer to
    speak", calendar invites that are not interviews (dentist, key collection, a farewell, a
    customer-discovery "interview" at her new job), LinkedIn social notifications and friends
    and family talking about their jobs.

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
    vocabulary (SEEK, Jora, Ethical Jobs, PageUp, SuccessFactors, Livehire, SmartJobs, Sonru,
    Xref, Referoo, Calendly, National Crime Check) are ``other``; NSW Health's recruitment
    system is ``taleo``; staffing-agency mail (JobAdder) is ``agency`` with the client as
    ``company`` (null until the agency names it); a person writing from the employer's mailbox
    or from personal webmail on its behalf is ``direct``, except a recruiter's note sent from
    the ATS workflow, which keeps the ATS; a forwarded confirmation keeps the source of the
    mail it forwards. ``company`` is the brand she applied to (Kinnear Health, not Kinnear
    Healthcare Group; the LHD, not NSW Health; Lumenfield however written). Reference checks,
    police check, onboarding, account codes, surveys and auto-replies are ``other_job``; a
    withdrawal acknowledgement (hers or the employer's) is confirmation-like mail leaving the
    application ``withdrawn``; "on hold" leaves it ``on_hold``; the DocuSign "Completed" offer
    leaves it ``accepted``; the founder's reply to her declined offer leaves it ``declined``; a
    take-home or exercise is an assessment, a one-way video interview (Sonru, HireVue) an
    assessment, a founder's coffee chat an interview.

Usage
    python tests/corpus/heldout56.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Mei Lin Hartono <meilin.hartono@gmail.com>"
DATA_MODULES = (
    "heldout56_jobs",
    "heldout56_jobs_misc",
    "heldout56_inbox",
    "heldout56_inbox2",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Mei Lin Hartono", "meilin.hartono@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

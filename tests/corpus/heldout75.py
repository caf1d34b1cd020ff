"""Corpus 75: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 240 messages of one job seeker ("me", Ruth Adeyemi-Clarke, a marketing and
    communications officer at a Manchester leisure company) from September 2025 to February
    2026. She applies in Manchester, London and Leeds, all in British English. Roughly 42 % of
    the inbox is job mail, 25 applications: Civil Service Jobs (a sift, a reserve-list
    rejection after a presentation interview, a sift rejection), NHS Jobs and Trac for an NHS
    trust (shortlisted, presentation interview, a conditional offer, references through Trac, an
    enhanced DBS check through uCheck, then the unconditional offer that leaves it ``accepted``
    and an induction invite), a university whose HR mailbox is on another domain than its
    academic one (two roles: a written exercise and a rejection, a second confirmation that says
    "if you have not heard from us"), a housing association on Eploy (panel interview with a
    tenant, praise then the no), a council on Tribepad ("the vacancy has been withdrawn"), a
    charity on Teamtailor that trades as Brightside Minds but is registered as The Northern
    Wellbeing Trust (written task, Teams interview, rejection), a charity on Guardian Jobs known
    as Open Stage and registered as Fairshare Arts Trust ("we have decided to pause
    recruitment"), Workday for Halberd (Halberd Insurance Group plc: online assessment, Teams
    interview, final stage, then her withdrawal acknowledged) and for a building society
    (presentation task, then a rejection), Oleeo (tal.net) for an LLP, Greenhouse (a rejection
    with a neutral subject, a re-application to another role, a company named only in the
    HTML), Reed, Totaljobs, CV-Library, Indeed and LinkedIn Easy Apply, two agencies (Harlow &
    Finch writing for "a well-known consumer brand" that is named Tandem & Rye once the CV goes
    in, whose mail comes from Rye Beverages plc; Northpoint Talent for "a leading Leeds-based
    retailer", Beckett & Hale) with call notes and a consultant's auto-reply, and a PR agency
    founder writing from Gmail. Also job alerts from every board, an incomplete-application
    nudge, a profile nudge, a talent pool and a talent community, a candidate survey, a
    forwarded confirmation, LinkedIn InMail and agency outreach, and ghosted applications. The
    rest is an ordinary Manchester inbox with look-alikes on purpose: a tenancy application with
    referencing, council tax, a bank's "pre-approved" loan and mortgage, a credit-card
    application, a passport application, a volunteer application with a DBS check, the Bee
    Network, a running club (its membership application, an AGM "vacancy", newsletters with an
    "interview"), PR newsletters and a podcast about interviews and hiring, calendar invites that
    are not interviews (dentist, flat inspection, Christmas do, an exit interview at her current
    employer, a birthday brunch), payslips and her resignation acknowledgement, LinkedIn social
    notifications and friends talking about their own jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused
    with ``heldout.dated_spec`` as the data modules' ``m()``; spec keys are opaque numbers.
    People, employers and employer domains are invented; vendor sender domains are the vendors'
    real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Civil Service Jobs, NHS Jobs, Trac, Eploy, Tribepad, Oleeo, Guardian Jobs, Reed,
    Totaljobs, CV-Library, uCheck, a university's own HR system) are ``other``; staffing-agency
    mail is ``agency`` with the client as ``company`` (null until the agency names it); a person
    writing from the employer's mailbox or from personal webmail on its behalf is ``direct``.
    ``company`` is the employer as a person would write it: Tandem & Rye (not Rye Beverages
    plc), Halberd (not Halberd Insurance Group plc), Brightside Minds (not The Northern
    Wellbeing Trust), Open Stage (not Fairshare Arts Trust), Northern Pennine Teaching
    Hospitals NHS Foundation Trust however it is written (NPTH), Irwell Metropolitan University
    (Irwell Met, IMU), Calderbrook Council. A written exercise, presentation task or online
    test sent on its own is an assessment; an interview invitation that also sets a
    presentation is an interview. The Trac conditional offer and the hiring manager's call-back
    are offers; the unconditional offer after references and the DBS check leaves the
    application ``accepted``; references, the DBS check, induction and auto-replies are
    ``other_job``. "We have decided to pause recruitment" is confirmation-like mail leaving the
    application ``on_hold``; a council withdrawing the vacancy ends the application as a
    rejection; the recruiter's acknowledgement of her withdrawal is confirmation-like mail
    leaving it ``withdrawn``. Her forward of a confirmation keeps the forwarded mail's source.
    Exit interviews, volunteer and tenancy "applications" and the club's committee "vacancy"
    are not job mail.

Usage
    python tests/corpus/heldout75.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Ruth Adeyemi-Clarke <ruth.adeyemiclarke@outlook.com>"
DATA_MODULES = (
    "heldout75_jobs",
    "heldout75_boards",
    "heldout75_inbox",
    "heldout75_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Ruth Adeyemi-Clarke", "ruth.adeyemiclarke@outlook.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

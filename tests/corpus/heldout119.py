"""Corpus 119: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Tessa Lindqvist, P.E., a civil / transportation
    engineer living in Denver, Colorado) from September 2025 to February 2026. She applies in
    Denver, Boulder, Colorado Springs, Salt Lake City and to federal jobs, all in American
    English. Roughly 45 % of the inbox is job mail, 24 applications, the way the US public and
    engineering sector really hires: GovernmentJobs / NEOGOV postings of a city department (the
    City and County of Denver's Department of Transportation and Infrastructure, DOTI), the City
    of Boulder, an invented county (Platte Valley County), a transit authority, Colorado
    Springs, Salt Lake City, the state DOTs written both ways (Colorado Department of
    Transportation / CDOT, Utah Department of Transportation / UDOT); USAJOBS postings whose
    status mail comes from USA Staffing ("Application Received", "Referred", "Eligible - Not
    Referred", "Not Selected") for FHWA, FTA and the National Park Service; eligibility lists; a
    written skills exercise and an online technical assessment; panel interviews with Outlook
    and Google invitations and a Microsoft Bookings confirmation; rejections with neutral
    subjects and praise before the no; a conditional offer pending a background check, accepted
    by reply (and a Docusign "Completed" offer letter), then the background screening and
    onboarding; withdrawals after accepting (by reply to a state hiring manager, to a city with
    the portal's "Withdrawn by Applicant" status change, and to a Salt Lake hiring manager);
    ghosted applications. Consultancies: Halvorsen Pike Engineering, Inc. ("HPE", Workday tenant
    hpeng, two roles and a talent-community welcome), Kestrel Civil (Kestrel Civil Group, Inc.,
    whose careers mailbox is at kestrelcareers.com, iCIMS), Meridian Grade Partners and Wasatch
    Ridge Consulting (Greenhouse, a principal writing from personal Gmail), Alder & Stone
    Engineers (UKG), Tributary Infrastructure (Taleo), Cordillera Transit Partners (Paylocity,
    and a "Fwd:" of its confirmation from her old address), Bridgeline Structures (iCIMS, an
    incomplete-application nudge first); LinkedIn Easy Apply with "viewed", Indeed Apply,
    ZipRecruiter 1-Click; a staffing agency (Summit Talent Partners) pitching "a mid-size
    transportation consultancy in the Denver Tech Center" that names Basalt Road Engineering at
    submission, then puts the role on hold (and asks her for a referral when it reopens). Also
    job alerts (LinkedIn, Indeed, ZipRecruiter, GovernmentJobs interest cards, USAJOBS saved
    searches), an InMail and a recruiter's out-of-office reply, another agency's outreach, a
    candidate survey. The rest is an ordinary Denver inbox with look-alikes on purpose: a rental
    application and lease in Boulder, a tenant application for her condo, a credit-card and an
    auto-loan "application" with a loan "offer", HOA board application and meetings, PE license
    renewal and a Utah comity application, a hut lottery "application" that was "not selected",
    a volunteer application, podcasts and newsletters with "interview", newsletters about
    hiring, marketing "offers", calendar invitations that are not interviews (dentist, webinar,
    study session, potluck, moving day, an apartment tour, a podcast pre-interview), LinkedIn
    notifications and friends' job news.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused
    through ``heldout.dated_spec`` (the ``m()`` shorthand, defined once in heldout119_jobs.py
    with Denver's time zone and the label helpers); spec keys are opaque numbers. People,
    consultancies, the county and the transit authority and all employer domains are invented;
    vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (GovernmentJobs / NEOGOV, USAJOBS / USA Staffing, UKG, Paylocity, ZipRecruiter,
    Microsoft Bookings, Sterling) are ``other``; staffing-agency mail is ``agency`` with the
    client as ``company`` (null until the agency names it); a person writing from the employer's
    mailbox or from personal webmail on its behalf, and the candidate's own replies in a thread,
    are ``direct``; a forwarded confirmation keeps the source of the mail it forwards.
    ``company`` is the employer as a person would write it: "City and County of Denver" for mail
    from DOTI, "CDOT" and "UDOT" however the mail writes them, "Halvorsen Pike" for Halvorsen
    Pike Engineering, Inc. / HPE, "Kestrel Civil" for Kestrel Civil Group, Inc. A USAJOBS
    "Referred" / eligible-list notice is confirmation-like mail (the application stays
    ``applied``); "Not Referred" and "Not Selected" are rejections; a written exercise or online
    technical test is an assessment. The candidate's reply accepting the conditional offer and
    the Docusign "Completed" envelope leave the application ``accepted``; a withdrawal (hers, in
    an interview thread, or the portal's status change and the manager's acknowledgement) leaves
    it ``withdrawn``; the agency's "on hold" leaves it ``on_hold``. Background screening,
    onboarding, a survey and an auto-reply are ``other_job``; an incomplete-application nudge
    and a talent-community welcome are alerts.

Usage
    python tests/corpus/heldout119.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Tessa Lindqvist <tessa.lindqvist.pe@gmail.com>"
DATA_MODULES = (
    "heldout119_jobs",
    "heldout119_jobs_fed",
    "heldout119_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Tessa Lindqvist", "tessa.lindqvist.pe@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

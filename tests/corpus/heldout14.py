"""A fourteenth hand-written, labelled held-out mail corpus: a HELD-OUT ESTIMATE, measured, never tuned on.

What it is
    About 270 messages of one job seeker ("me", Aoife Brennan, a registered nurse in Dublin,
    Ireland, moving from ward nursing into healthcare administration, nurse-management and
    clinical-informatics roles) from January to July 2026. Roughly 40 % of it is job mail:
    applications to Irish hospital groups, private clinics, health-tech companies and pharma,
    and further ones in the UK (NHS Jobs / Trac), Portugal (European Portuguese), Spain
    (Spanish) and Germany (German). Application mail comes through Rezoomo, IrishJobs, Jobs.ie,
    NHS Jobs / Trac, Workday, SAP SuccessFactors, Oracle Taleo, Greenhouse, Personio,
    SmartRecruiters, LinkedIn and Indeed, and much of it is written by people: recruiters,
    hiring managers, a founder writing from a personal webmail address, nursing recruitment
    agencies that name the hospital late. It runs from confirmations through competency-based
    interviews (calendar invitations, a reschedule, a cancellation), assessments, rejections
    with neutral subjects and praise before the no, offers in plain words, withdrawals, a role
    put on hold, ghosted applications, Garda vetting and occupational-health clearance after
    an offer, two roles at one employer and a re-application after a rejection. Also job
    alerts, talent-community welcomes, incomplete-application nudges, recruiter outreach,
    agency shift-pattern "offers" that are not applications, careers-site codes, candidate
    surveys and auto-replies. The rest is an ordinary Dublin inbox with look-alikes on purpose:
    rental, credit-card, mortgage, visa/registration and university "applications", marketing
    "offers", a podcast "interview", webinars and GP / dental appointments with calendar parts,
    LinkedIn social notifications, nursing newsletters about hiring, family mail, receipts,
    deliveries and banks.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder
    (MIME, calendar parts, truth lines) and the third corpus's ``m()`` shorthand are reused;
    spec keys are opaque numbers. People, employers and employer domains are invented; vendor
    sender domains (ATS, job boards, assessment vendors) are the vendors' real ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING. It is measured, never tuned on. Report aggregate
    figures only; do not read individual failures back into the rules, or it stops being an
    honest estimate.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``): a 6-tuple (category,
    company, role, application number, source, language) or (category, language). Sources
    outside DESIGN.md's vocabulary (Rezoomo, IrishJobs, Jobs.ie, NHS Jobs / Trac, SAP
    SuccessFactors, Net-Empregos, InfoJobs, StepStone, SHL, Calendly, the Garda vetting
    portal) are ``other``; Oracle Taleo is ``taleo``; agency mail is ``agency`` and mail written directly by
    an employer's people is ``direct``. A forwarded confirmation keeps the source of the mail it
    forwards. A reschedule or cancellation is interview mail; "on hold" is confirmation-like
    mail leaving the application ``on_hold``; a withdrawal confirmation is confirmation-like
    mail leaving it ``withdrawn``; an accepted offer is offer mail leaving it ``accepted`` and the
    employer's reply to a turned-down offer is offer mail leaving it ``declined``; Garda
    vetting, occupational-health clearance and onboarding after an offer are ``other_job``. For
    an agency, ``company`` is the client employer (null while the agency has not named it).
    Agency shift-pattern "offers" for a nurse bank are ``outreach`` (not applications).

Usage
    python tests/corpus/heldout14.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Aoife Brennan <aoife.brennan@gaelpost.ie>"
DATA_MODULES = (
    "heldout14_jobs",
    "heldout14_jobs_intl",
    "heldout14_inbox",
)
FIRST, LAST = "2026-01-01", "2026-08-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Aoife Brennan", "aoife.brennan@gaelpost.ie")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""An eleventh hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    About 310 messages of one job seeker ("me", Dana Okafor, a mid-career marketing and
    operations manager in Chicago looking for remote or hybrid roles) from February to August
    2025. About 40 % of it is job mail from a high-volume search: LinkedIn Easy Apply and Indeed
    Apply notices, Workday tenants whose sender slug is not the brand, iCIMS, Taleo, Oracle,
    SAP SuccessFactors, Greenhouse, Lever, Ashby, Jobvite, Paylocity, ADP Workforce Now, UKG,
    SmartRecruiters, BambooHR, Workable and Wellfound; many applications are ghosted. Two invented US
    staffing agencies write about clients they name late; an employer in Montréal writes in
    Québec French; a Houston food company writes some of its mail in Spanish. Phone screens are
    booked through Calendly and Paradox, one-way video interviews run on HireVue, a Criteria
    test, a take-home sent by a founder from a personal webmail address, calendar invitations
    (Google and Outlook; a reschedule and a cancellation), neutral-subject rejections with
    praise first, a role on hold, withdrawals, an offer in plain words, a DocuSign-signed offer,
    a background check and onboarding, one-line replies from recruiters' phones, two roles at
    one employer, a re-application after a rejection, a forwarded confirmation. Also job alerts,
    talent communities, incomplete-application nudges, recruiter outreach, account codes, a
    candidate survey and an out-of-office reply. The rest is an ordinary Chicago inbox with
    look-alikes on purpose: apartment, credit-card, car-loan, passport and MBA "applications",
    marketing "offers", a podcast "interview", webinars and a doctor visit with calendar parts,
    LinkedIn social notifications, newsletters about hiring.

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
    vocabulary (Jobvite, Paylocity, UKG, ADP, SAP SuccessFactors, Paradox, Calendly, Criteria,
    Checkr, ZipRecruiter, Glassdoor) are ``other``; a forwarded confirmation keeps the source of
    the mail it forwards. A DocuSign "Completed" signed offer leaves the application
    ``accepted``; a reschedule or cancellation is interview mail; a one-way video interview is
    an assessment; "on hold" is confirmation-like mail leaving it ``on_hold``; a withdrawal
    confirmation is confirmation-like mail leaving it ``withdrawn``; a background check or
    onboarding after the offer is ``other_job``. For an agency, ``company`` is the client
    employer (null while the agency has not named it), and the source is ``agency``.

Usage
    python tests/corpus/heldout11.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Dana Okafor <dana.okafor@prairiepost.net>"
DATA_MODULES = (
    "heldout11_jobs",
    "heldout11_jobs_intl",
    "heldout11_inbox",
)
FIRST, LAST = "2025-02-01", "2025-09-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Dana Okafor", "dana.okafor@prairiepost.net")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

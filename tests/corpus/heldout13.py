"""A thirteenth hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    About 280 messages of one job seeker ("me", Léa Marchand, who finished a master's degree in
    supply-chain management and data analysis in Lyon in September 2025 and looks for a first
    job: a CDI, a VIE or a trainee programme in France, Belgium, Luxembourg and Germany) from
    September 2025 to March 2026. About 40 % of it is job mail, in French (formal "vous" and
    startup "tu"), German ("Sie" and "du") and English: applications through Welcome to the
    Jungle, HelloWork, APEC, JobTeaser, Indeed, LinkedIn, StepStone, XING, Taleo,
    SmartRecruiters, Workday, Personio, Teamtailor, softgarden, d.vinci, Flatchr, Jobaffinity
    and Business France's VIE site; confirmations, "viewed", personality questionnaires, a
    one-way video interview, a case study, an assessment centre, interviews (Google and Outlook
    invitations, a reschedule, a cancellation), rejections with neutral subjects and praise
    before the no, a role put on hold, a withdrawal, an offer declined and one accepted and
    signed, onboarding after it. Two roles at one employer, a re-application after a rejection,
    ghosted applications, a forwarded confirmation, a cabinet de recrutement that names its
    client late, founders writing from a webmail address, employers writing from a group
    domain unlike the brand, short human replies in threads. Also job alerts, talent
    communities, incomplete-application nudges, recruiter outreach, careers-site codes, a
    candidate survey, an out-of-office reply, school career-service mail about job fairs. The
    rest is an ordinary French inbox (with German and English friends and services) and
    look-alikes on purpose: a rental "candidature" accepted and a lease sent through DocuSign,
    a German flat enquiry and viewing invitation, student-loan, credit-card and credit
    "demandes", a passport request, a university diploma application, a brother's
    Parcoursup letter, a volunteer application, marketing "offres", a podcast and an alumni
    magazine "interview", webinars and doctor's appointments with calendar parts, LinkedIn
    social notifications, newsletters about hiring and interviews, a friend's own job
    interview and a friend asking for a referral.

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
    vocabulary (Welcome to the Jungle, HelloWork, APEC, JobTeaser, StepStone, XING, softgarden,
    d.vinci, Flatchr, Jobaffinity, Business France, easyRECrue, AssessFirst, Calendly) are
    ``other``; a forwarded confirmation keeps the source of the mail it forwards. A DocuSign
    "Completed" signed offer leaves the application ``accepted``; an employer's note taking
    note of a declined offer is confirmation-like mail leaving it ``declined``; a reschedule or
    cancellation is interview mail; a one-way video interview is an assessment; "on hold" is
    confirmation-like mail leaving it ``on_hold``; a withdrawal confirmation is
    confirmation-like mail leaving it ``withdrawn``; onboarding after the offer is
    ``other_job``. For an agency, ``company`` is the client employer (null while the agency has
    not named it), and its source is ``agency``; a person writing from the employer's mailbox or
    a personal one is ``direct``. A school career service's job-fair mail is ``other_job``, its
    digest of offers an ``alert``.

Usage
    python tests/corpus/heldout13.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Léa Marchand <lea.marchand@laposte.net>"
DATA_MODULES = (
    "heldout13_jobs",
    "heldout13_jobs_intl",
    "heldout13_inbox",
)
FIRST, LAST = "2025-09-01", "2026-04-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Léa Marchand", "lea.marchand@laposte.net")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""A fifth hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    About 320 messages of one job seeker ("me", Lucas Ferreira, a recent graduate in mechanical
    and electrical engineering living in Lyon, also changing course towards UX research) over
    March to October 2025. He applies for internships, graduate programmes, trainee posts and
    junior roles in French, German (formal Sie and informal du; German, Swiss and Austrian
    employers), Spanish, Portuguese (Portugal and Brazil) and English. 148 messages (46 %) are
    job mail: 45 applications (confirmations, "viewed", online tests, game-based and one-way
    video assessments, an assessment centre, interviews with reschedules and a cancellation,
    neutral-subject rejections with praise before the no, "position filled", offers as a PDF,
    through DocuSign and Adobe Sign, a signed offer, a role on hold, two withdrawals, two
    internships at one employer, a re-application after a rejection, ghosted ones, a forwarded
    confirmation), job alerts and digests, a school career service forwarding postings,
    talent-pool welcomes, incomplete-application reminders, employer careers newsletters,
    recruiter and professor outreach, out-of-office replies, a background check and onboarding.
    The rest is an ordinary inbox with look-alikes on purpose: a flat "dossier de candidature",
    loan and credit-card applications, Erasmus, master's and scholarship applications, a
    hackathon "application accepted", a volunteer programme, marketing "offres exclusives", a
    podcast "interview", a conference invitation and a dentist appointment with calendar parts.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder
    (MIME, calendar parts, truth lines, checks) and the third corpus's ``m`` / ``reply``
    shorthand are reused. Vendors: Workday, SuccessFactors, Taleo, Oracle, iCIMS,
    SmartRecruiters, Avature, Cornerstone, Eightfold, Phenom, Greenhouse, Lever, Ashby, Personio,
    Teamtailor, softgarden, d.vinci, rexx, Concludis, Welcome to the Jungle, JobTeaser,
    Handshake, Gupy, Kenoby; LinkedIn, Indeed, StepStone, XING, APEC, HelloWork, InfoJobs,
    Net-Empregos; HackerRank, Codility, CodeSignal, Pymetrics, Harver, SHL, HireVue, Spark Hire;
    Calendly, Microsoft Bookings, Teams / Outlook invitations; DocuSign, Adobe Acrobat Sign.
    People, employers and employer domains are invented; vendor sender domains are real.

    THIS CORPUS MUST NOT BE USED FOR TUNING. Report aggregate figures only; do not read
    individual failures back into the rules, or it stops being an honest estimate.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``): one line per message with
    message_id, user_id, category, company, role, application (int, from 1), status_after,
    source, language and sent_at. Alerts, outreach, other job mail and non-job mail have
    application and status_after null. Sources outside DESIGN.md's vocabulary are ``other``.
    Special cases as in the third corpus: a DocuSign "Completed" envelope of a signed offer
    leaves the application ``accepted``; an interview reschedule or cancellation is interview
    mail; a one-way video interview and a game-based test are assessments, while an invitation
    to an assessment-centre day is an interview; "the role is on hold" is
    confirmation-like mail leaving it ``on_hold``; an employer confirming the candidate's
    withdrawal is confirmation-like mail leaving it ``withdrawn``; a background check or
    onboarding mail after an offer is ``other_job``; a forwarded confirmation is a
    confirmation of the same application.

Usage
    python tests/corpus/heldout5.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Lucas Ferreira <lucas.ferreira@boitemail.fr>"
DATA_MODULES = (
    "heldout5_jobs",
    "heldout5_jobs_intl",
    "heldout5_inbox",
)
FIRST, LAST = "2025-03-01", "2025-11-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Lucas Ferreira", "lucas.ferreira@boitemail.fr")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

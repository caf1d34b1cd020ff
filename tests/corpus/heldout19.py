"""A nineteenth hand-written, labelled held-out mail corpus: measured, never tuned on.

What it is
    About 250 messages of one job seeker ("me", Élodie Gagnon-Pham, a bilingual French/English
    data analyst in Montréal) from September 2025 to March 2026. About 40 % of it is job mail:
    applications in Montréal, Québec City and Ottawa (Québec French and English, bilingual
    federal and municipal HR mail), and in Brussels and Geneva (Belgian and Swiss French).
    Application mail comes through Workday, Taleo, SuccessFactors, Njoyn, ADP, BambooHR,
    Jobillico, Jobboom, Indeed, LinkedIn, Workopolis, Québec emploi, Guichet-Emplois / GC Jobs,
    Lever, Ashby, iCIMS, Workable, SmartRecruiters, Teamtailor and Greenhouse, and from people:
    recruiters, hiring managers and founders writing from the employer's mailbox or from a
    personal webmail address, recruitment firms and placement agencies that name their client
    late, short replies in threads, a forwarded confirmation, calendar invitations (an
    interview, a reschedule, a cancellation), public-sector competitions with online exams,
    rejections with neutral subjects, an offer in plain words and one signed through DocuSign,
    a declined offer, withdrawals, a competition put on hold, ghosted applications, two roles at
    one employer and a re-application after a rejection. Also job alerts, talent communities,
    incomplete-application nudges, recruiter outreach, careers-site codes, candidate surveys,
    auto-replies and onboarding. The rest is an ordinary Montréal inbox and look-alikes on
    purpose: rental, credit-card, car-loan, university and permanent-residence "applications",
    marketing "offers", a podcast "entrevue", webinars and a doctor's appointment with calendar
    parts, LinkedIn social notifications, newsletters about hiring.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder and
    the third corpus's ``m()`` shorthand are reused; spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real ones.

    THIS CORPUS IS A HELD-OUT ESTIMATE: measured, never tuned on. Report aggregate figures only;
    do not read individual failures back into the rules.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Jobillico, Jobboom, Workopolis, Québec emploi, GC Jobs, SuccessFactors, Njoyn,
    ADP, Calendly) are ``other``; a forwarded confirmation keeps the source of the mail it
    forwards. A DocuSign "Completed" signed offer leaves the application ``accepted``; a
    reschedule or cancellation is interview mail; "on hold" is confirmation-like mail leaving it
    ``on_hold``; a withdrawal or a declined offer acknowledged by the employer is
    confirmation-like mail leaving it ``withdrawn`` or ``declined``; background checks and
    onboarding after the offer are ``other_job``. For an agency, ``company`` is the client
    employer (null while the agency has not named it), source ``agency``.

Usage
    python tests/corpus/heldout19.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Élodie Gagnon-Pham <elodie.gagnonpham@courrielboreal.ca>"
DATA_MODULES = (
    "heldout19_jobs",
    "heldout19_jobs_intl",
    "heldout19_inbox",
)
FIRST, LAST = "2025-09-01", "2026-04-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Élodie Gagnon-Pham", "elodie.gagnonpham@courrielboreal.ca")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

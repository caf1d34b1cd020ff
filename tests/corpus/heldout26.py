"""Corpus 26: hand-written, labelled held-out mail (HELD-OUT ESTIMATE: measured, never tuned on).

What it is
    About 240 messages of one job seeker ("me", Inês Carvalho, a hospitality and retail
    operations manager living in Lisbon) from September 2025 to February 2026. She applies in
    Lisbon, Madrid, Barcelona, Paris and London, so her job mail is in European Portuguese,
    Spanish, French and English. Roughly 43 % of the inbox is job mail, 27 applications: hotel
    groups (legal group vs hotel brand vs property name), retail and restaurant groups, a cruise
    line, an airport operator and a municipal tourism office, reached through Hosco,
    Caterer.com, Indeed, LinkedIn, InfoJobs, Net-Empregos, Welcome to the Jungle, Workday,
    SuccessFactors, Teamtailor, Harri, Fountain and a hotel group's own careers site; staffing
    agencies for seasonal and temporary work that name their client late; general managers
    writing from personal webmail; trial shifts, assessment days, group and video interviews,
    reference checks, offers with contract details (one accepted, two declined), withdrawals,
    roles on hold, ghosted applications, two roles at one employer and a re-application after a
    rejection. Also job alerts, talent-community welcomes, incomplete-application nudges,
    recruiter outreach, portal codes, surveys and auto-replies. The rest is an ordinary Lisbon
    inbox with look-alikes on purpose (rental, credit, visa and course "applications", marketing
    "offers", a podcast "interview", webinars and a doctor's appointment with calendar parts,
    LinkedIn social notifications, newsletters about hiring).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder and
    the third corpus's ``m()`` shorthand are reused; spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING: it is measured, never tuned on. Report aggregate
    figures only; do not read individual failures back into the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Hosco, Caterer.com, InfoJobs, Net-Empregos, Welcome to the Jungle,
    SuccessFactors, Harri, Fountain, a careers site of the employer's own, assessment vendors
    other than the listed ones) are ``other``; staffing-agency mail is ``agency`` with the
    client as ``company`` (null until the agency names it); a person writing from the
    employer's mailbox or from personal webmail on its behalf is ``direct``. A reference
    check, background check or onboarding after the offer is ``other_job``; a withdrawal
    acknowledgement is confirmation-like mail leaving the application ``withdrawn``; "on hold"
    leaves it ``on_hold``; a returned signed contract leaves it ``accepted``, a declined offer
    ``declined``; an assessment day or trial shift is an interview, a one-way video interview
    an assessment.

Usage
    python tests/corpus/heldout26.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Inês Carvalho <ines.carvalho.ops@gmail.com>"
DATA_MODULES = (
    "heldout26_jobs",
    "heldout26_jobs_intl",
    "heldout26_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Inês Carvalho", "ines.carvalho.ops@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

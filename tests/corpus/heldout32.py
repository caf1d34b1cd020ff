"""Corpus 32: hand-written, labelled held-out mail (HELD-OUT ESTIMATE: measured, never tuned on).

What it is
    About 265 messages of one job seeker ("me", Priya Raman-Okafor, a senior product designer
    living in Toronto) from September 2025 to February 2026. She applies in Toronto, New York,
    to remote-first US startups and to a few remote Latin American companies (Bogotá, São
    Paulo, Buenos Aires) and one Montréal studio, so her job mail is mostly English with some
    Spanish, Brazilian Portuguese and French. Roughly 44 % of the inbox is job mail, 28
    applications: product companies whose brand differs from the legal entity, a bank's
    digital studio writing under the bank's name, a brand agency, a design consultancy,
    founders writing from personal addresses, a health startup acquired and renamed mid-process
    (role put on hold), reached through Greenhouse (gh-mail and job-boards links), Lever, Ashby,
    Workday, SmartRecruiters, Workable, Gupy, Gem, Wellfound, LinkedIn (applied, viewed,
    InMail), Indeed and a staffing agency that names its client late. Scheduling by Calendly
    (bookings and a reschedule), GoodTime, ModernLoop and calendar invitations; short replies
    that only set a time; a HireVue one-way video, take-home design challenges, a paid design
    sprint, portfolio reviews and a whiteboard session; an offer signed through DocuSign and
    a Certn background check, an offer declined, withdrawals, rejections with neutral
    subjects and praise before the no, a confirmation containing "unfortunately", two roles at
    one employer, a re-application after a rejection, a role re-opened months after a
    rejection, ghosted applications and a recruiter who moves companies mid-search. Also job
    alerts, talent-community welcomes, an incomplete-application nudge, recruiter outreach, a
    portal verification code, candidate surveys, an auto-reply and onboarding mail. The rest is
    an ordinary Toronto inbox with look-alikes on purpose (rental, credit-card, passport,
    volunteer, garden-plot and speaker "applications", marketing "offers", newsletters and a
    podcast that "interview" people, a user-research interview booked through Calendly,
    webinars, parties and a dentist appointment with calendar parts, LinkedIn social
    notifications, newsletters about design hiring).

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
    vocabulary (Gupy, Gem, Calendly, GoodTime, ModernLoop, Certn) are ``other``; staffing-agency
    mail is ``agency`` with the client as ``company`` (null until the agency names it, so its
    first approach is outreach); a person writing from the employer's mailbox or from personal
    webmail on its behalf, and the candidate's own replies, are ``direct``. A recruiter's
    message sent through the ATS keeps the ATS as source. The candidate's own withdrawal is
    confirmation-like mail leaving the application ``withdrawn``, her declining an offer is
    offer mail leaving it ``declined``, the DocuSign "Completed" envelope leaves it
    ``accepted``; "on hold" leaves it ``on_hold``; a paid design sprint or take-home challenge
    is an assessment, a one-way video interview an assessment; a background check or
    onboarding after the offer is ``other_job``. An application re-opened by the employer after
    a rejection is a new application.

Usage
    python tests/corpus/heldout32.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Priya Raman-Okafor <priya.ramanokafor@fastmail.com>"
DATA_MODULES = (
    "heldout32_jobs",
    "heldout32_jobs_intl",
    "heldout32_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Priya Raman-Okafor", "priya.ramanokafor@fastmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 41: hand-written, labelled held-out mail (HELD-OUT ESTIMATE: measured, never tuned on).

What it is
    About 250 messages of one job seeker ("me", Marcus Delgado-Whitfield, a program manager in
    the nonprofit and public sector living in Chicago) from September 2025 to February 2026. He
    applies in Chicago, Milwaukee, Minneapolis, Washington DC and to remote roles, almost all in
    American English, with some Spanish from a bilingual community organisation and one French
    message from a Montréal-based international NGO. Roughly 40 % of the inbox is job mail, 26
    applications: nonprofits, foundations, a city agency (a civil-service application with a
    notice of examination results, an eligible list and a notice of non-selection), a community
    college, a health system, a university with its own HR portal and a B-corp, reached through
    Idealist, LinkedIn (Easy Apply, "viewed", "Your update from"), Indeed (employer named only in
    the HTML part), Workday (tenant slugs that are not the brand), iCIMS, Paylocity, ADP
    Workforce Now, UKG, BambooHR (a person as display name), JazzHR, Greenhouse, Lever,
    governmentjobs.com, HireVue, DocuSign, Calendly and Zoom; a nonprofit-search firm pitching
    "a national education nonprofit" before naming it; an executive director writing from a
    personal Gmail. Rejections with neutral subjects, praise before the no, a confirmation that
    says "unfortunately", two roles at one employer, a re-application after a rejection, ghosted
    applications, a withdrawal, a role on hold, one offer declined and one accepted. Also job
    alerts, talent-community welcomes, an incomplete-application nudge, recruiter outreach,
    portal codes, a survey and an auto-reply. The rest is an ordinary Chicago inbox with
    look-alikes on purpose (a mortgage pre-approval "application", a food-bank volunteer
    "application", a grant portal for his own side project, jury duty, a podcast "interview", a
    webinar with a calendar part, "limited-time offers", LinkedIn social notifications,
    newsletters about hiring).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder is
    reused, with a small ``m()`` shorthand of this corpus's own; spec keys are opaque. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING: it is measured, never tuned on. Report aggregate
    figures only; do not read individual failures back into the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Idealist, Paylocity, ADP, UKG, governmentjobs.com / NEOGOV, Calendly, Zoom,
    Checkr, a university's own HR portal) are ``other``; the search firm's mail is ``agency``
    with the client as ``company`` (null until the firm names it); a person writing from the
    employer's mailbox or from personal webmail on its behalf is ``direct``. The city's notice
    of examination results is an assessment; a one-way HireVue interview is an assessment; a
    withdrawal acknowledgement is confirmation-like mail leaving the application ``withdrawn``;
    "on hold" leaves it ``on_hold``; the DocuSign "Completed" envelope leaves it ``accepted``;
    the employer acknowledging a declined offer leaves it ``declined``; a background check or
    onboarding after the offer is ``other_job``.

Usage
    python tests/corpus/heldout41.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Marcus Delgado-Whitfield <marcus.dwhitfield@gmail.com>"
DATA_MODULES = (
    "heldout41_jobs",
    "heldout41_jobs_intl",
    "heldout41_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Marcus Delgado-Whitfield", "marcus.dwhitfield@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

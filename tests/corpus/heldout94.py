"""Corpus 94: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Danielle "Dani" Okafor-Reyes, RN, BSN, a
    med-surg nurse at Halsted General in Chicago) from September 2025 to February 2026, all in
    American English. She wants to move into the ICU or into case management and applies in
    Chicago, in Milwaukee and to remote telehealth roles. Roughly 43 % of the inbox is job mail,
    24 applications: hospital systems' Workday, Taleo, Oracle Recruiting Cloud and iCIMS portals
    whose mail comes from the health system while she applied to one hospital in it (Lakeview
    Health vs Lakeview Medical Center – Evanston / – Skokie; St. Brendan Health vs St. Brendan
    Hospital; Menomonee Valley Health vs its medical center; Bayview Health vs its heart
    institute), Indeed and LinkedIn applications and "viewed" notices, two invented nurse
    platforms (ShiftRoute, Pulsewise) where employers are "interested in you" or send an
    "interview request" that she accepts, a travel agency (Meridian Travel Nursing) pitching "a
    Level I trauma center in Milwaukee" before naming Kinnickinnic University Hospital and then
    putting the contract on hold, a recruiter's texts arriving through Google Voice's
    text-to-mail, a clinical skills assessment, a skills checklist, a HireVue on-demand
    interview, peer interviews, a unit tour and a shadow with calendar invites, a Calendly
    recruiter call, a contingent offer with pre-employment health screening, background check
    and onboarding (accepted), a Milwaukee offer declined, a position "no longer available",
    two withdrawals (one by a cancelled invite), a re-application in the same system after a
    rejection, a community health center supervisor writing from personal Gmail, a
    confirmation forwarded by her mother, rejections with neutral subjects ("Your application
    status", "Update from Brightpath Care", "Following up") and ghosted applications. Also job
    alerts, an incomplete-application nudge, a talent-community welcome, staffing-agency
    outreach with an auto-reply, and profile nudges. The rest is an ordinary Chicago inbox with
    look-alikes on purpose: an apartment rental application (approved), credit-card offers,
    application and approval, a credit-union loan, Illinois RN license renewal (an invented
    licensure portal), a CE course "application" and acceptance, a hospital foundation
    newsletter with interviews and scholarship "applications", a nursing podcast "interview",
    a running club, her current employer's staffing mail, annual review and exit interview
    (with invites), and friends and family talking about their own new jobs, offers and shifts.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused
    through its ``dated_spec`` helper; spec keys are opaque numbers. People, employers,
    employer domains and the nurse platforms are invented; vendor sender domains are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). ``company`` is the hospital
    she applied to as she would write it (Lakeview Medical Center – Evanston, not Lakeview
    Health); an agency's mail is ``agency`` with the client as ``company`` (null until named).
    Sources outside DESIGN.md's vocabulary (ShiftRoute, Pulsewise, Calendly, Sterling, the
    employer's own assessment site) are ``other``; a recruiter or manager writing from the
    employer's mailbox, from Google Voice text-to-mail or from personal webmail is ``direct``;
    a forwarded confirmation is ``direct`` (the forwarder's mail). An employer "interested in
    you" on a nurse platform is outreach; accepting its interview request is the confirmation.
    The agency's skills checklist is an assessment. The pre-employment health screening,
    background check, clearance and onboarding after the accepted offer are ``other_job``; the
    portal's "offer accepted" is offer mail leaving it ``accepted``; the recruiter's reply to
    the declined offer ``declined``; "on hold" and withdrawal acknowledgements are
    confirmation-like mail leaving it ``on_hold`` / ``withdrawn``; a cancelled interview after
    her withdrawal is interview mail leaving it ``withdrawn``; "no longer available" is a
    rejection. Her current employer's mail (shifts, review, resignation, exit interview) is
    ``not_job``.

Usage
    python tests/corpus/heldout94.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Danielle Okafor-Reyes <dani.okaforreyes@gmail.com>"
DATA_MODULES = (
    "heldout94_jobs",
    "heldout94_jobs2",
    "heldout94_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Danielle Okafor-Reyes", "dani.okaforreyes@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

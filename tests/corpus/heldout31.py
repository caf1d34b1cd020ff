"""Corpus 31: hand-written, labelled held-out mail (HELD-OUT ESTIMATE: measured, never tuned on).

What it is
    About 245 messages of one job seeker ("me", Jonas Albrecht, a mechanical and test engineer
    living in Stuttgart) from September 2025 to February 2026. He applies in Stuttgart, Munich,
    Linz, Zürich, Lyon and at the German sites of a Gothenburg-based truck maker, so his job mail
    is mostly German (Sie and Du), with English, some French (a Lyon site) and Spanish (a Spanish
    supplier). Roughly 40 % of the inbox is job mail, 26 applications: automotive suppliers and
    machine builders whose group, division and legal-entity names differ, engineering service
    providers and personnel services (Arbeitnehmerüberlassung) writing for an unnamed, later a
    named client, a research institute, a university of applied sciences, a Mittelständler, a
    robotics startup whose founder writes from personal webmail, a Swiss AG and an Austrian plant
    builder. Reached through StepStone, XING, LinkedIn, Indeed, the Bundesagentur für Arbeit's
    Jobbörse, Personio, SuccessFactors, Workday, softgarden, rexx, d.vinci, Umantis, Greenhouse
    and JOIN. Eingangsbestätigungen (one with "leider"), Einladungen zum Vorstellungsgespräch
    with calendar parts, an online test, a Probearbeitstag, a Vertragsangebot accepted, an offer
    declined, Absagen with neutral subjects and praise before the no, two withdrawals, a role on
    hold, ghosted applications, two roles at one employer and a re-application after a
    rejection. Also job alerts, talent-community welcomes, an incomplete-application nudge,
    recruiter outreach, account mail, a candidate survey and an auto-reply. The rest is an
    ordinary Stuttgart inbox with look-alikes on purpose (flat, allotment and credit
    "Bewerbungen"/applications, marketing "Angebote", an electricity "Vertragsangebot", a gym's
    "Probetraining", newsletters with "Interview" in them, a bank's "Beratungsgespräch" and
    webinars with calendar parts, LinkedIn social notifications, newsletters about hiring).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder and
    the third corpus's ``m()`` shorthand are reused; spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING: it is measured, never tuned on. Report aggregate
    figures only; do not read individual failures back into the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). ``company`` is the employer
    as a person would write it in a tracker (the brand or operating company, not the group's
    legal entity string, never the ATS, board or agency). Sources outside DESIGN.md's
    vocabulary (StepStone, XING, the Jobbörse, SuccessFactors, softgarden, rexx, d.vinci,
    Umantis, JOIN, an online-test vendor, an employer's own careers portal) are ``other``;
    personnel-service mail is ``agency`` with the client as ``company`` (null in outreach that
    does not name it); a person writing from the employer's mailbox or from personal webmail on
    its behalf is ``direct``. A withdrawal acknowledgement is confirmation-like mail leaving the
    application ``withdrawn``; "on hold" leaves it ``on_hold``; the employer's welcome after the
    signed contract leaves it ``accepted``; the answer to a declined offer is offer mail leaving
    it ``declined``; a Probearbeitstag is an interview, an online test an assessment;
    onboarding after the contract is ``other_job``.

Usage
    python tests/corpus/heldout31.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Jonas Albrecht <jonas.albrecht@posteo.de>"
DATA_MODULES = (
    "heldout31_jobs",
    "heldout31_jobs_intl",
    "heldout31_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Jonas Albrecht", "jonas.albrecht@posteo.de")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

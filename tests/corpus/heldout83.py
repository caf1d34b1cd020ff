"""Corpus 83: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 240 messages of one job seeker ("me", Inès Garnier, a data scientist (NLP, pricing,
    fraud, forecasting) living in Paris who also applies in Lille and for remote roles) from
    October 2025 to March 2026. Most of it is French (vouvoiement from grands groupes, the
    public sector and ATSs, tutoiement from start-ups and Welcome to the Jungle), some English
    (Tessellate Labs, a London scale-up; Brightmoor Analytics and Corvid Security, US companies
    with a Paris office; a remote EU start-up). Roughly 38 % of the inbox is job mail, 23
    applications: confirmations from Welcome to the Jungle, APEC, Indeed, HelloWork, LinkedIn
    Easy Apply, Flatchr, Teamtailor, Lever, Greenhouse, SmartRecruiters, Workable, Workday (at
    a bank) and Taleo (at an insurer); a CodinGame test, a HackerRank test, a take-home, a cas
    pratique and an étude de cas; entretiens booked through Calendly and GoodTime, Google Meet
    and Teams invitations (Google and Outlook calendar parts), a jury at a public institute;
    refus with neutral subjects ("Votre candidature chez …", "Suite à votre candidature") and
    praise before the no; "le poste a été pourvu"; "le recrutement est suspendu" (on hold); a
    promesse d'embauche signed and accepted; a London offer declined; a withdrawal and its
    acknowledgement; ghosted applications; two roles at Solvane. Employer naming: Paylisse vs
    Paylisse SAS, Kalisto vs Kalisto SAS, Solvane vs Groupe Solvane; a bank group (Groupe
    Arvernienne) sending for its subsidiary Arvernienne Financement; an acronym (INDT,
    Institut National de la Donnée Territoriale); a Lever sender and slug (Orfeo Health
    Technologies, orfeohealth) that is not the brand Orfeo Santé; a cabinet de recrutement
    (Hestia Talents) writing for "une fintech parisienne en forte croissance" and then naming
    Paylisse; a co-founder writing from Gmail; a confirmation forwarded ("TR:") from an old
    university address; a recruiter's auto-reply. Also job alerts (WTTJ, APEC, Indeed,
    HelloWork, LinkedIn), talent-community welcomes, a Workday incomplete-application nudge,
    recruiter and agency outreach and a WTTJ process survey. The rest is an ordinary Paris
    inbox with look-alikes on purpose: a dossier de location "candidature" and its refusal,
    Visale, impots.gouv, the CAF, Ameli, ANTS, Navigo/RATP/SNCF, a bank's "offre de prêt" and
    card "candidature acceptée", marketing "offres", newsletters and a podcast with
    "entretien", a community-garden association (AG, "appel à candidatures" for plots), a
    conference proposal, non-interview calendar invites, LinkedIn "new job" notifications and
    friends and family talking about their own jobs, interviews and resignations.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused; the data modules' ``m()`` is ``functools.partial(heldout.dated_spec, zone)``; spec
    keys are opaque numbers. People, employers and employer domains are invented; vendor sender
    domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Welcome to the Jungle, APEC, HelloWork, Flatchr, CodinGame, Calendly,
    GoodTime) are ``other``; cabinet de recrutement mail is ``agency`` with the client as
    ``company`` (null until the cabinet names it); a person writing from the employer's mailbox
    or from personal webmail on its behalf is ``direct``; a forwarded confirmation keeps the
    source of the mail it forwards. ``company`` is the employer as a person would write it
    (Arvernienne Financement, not Groupe Arvernienne; Orfeo Santé; INDT; Solvane). A take-home,
    cas pratique, étude de cas or online test is an assessment; a jury convocation or a
    scheduling confirmation an interview; "recrutement suspendu" is confirmation-like mail
    leaving the application ``on_hold``; "le poste a été pourvu" a rejection; a withdrawal
    acknowledgement is confirmation-like mail leaving it ``withdrawn``; the acknowledgement of
    the signed promesse d'embauche leaves it ``accepted``, the reply to a declined offer
    ``declined``; onboarding, a survey, auto-replies and a recruiter's reply after the search
    ended are ``other_job``; a talent-community welcome and an incomplete-application nudge
    are alerts; mail from the new employer after starting is not job mail.

Usage
    python tests/corpus/heldout83.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Inès Garnier <ines.garnier@gmail.com>"
DATA_MODULES = (
    "heldout83_jobs",
    "heldout83_jobs_intl",
    "heldout83_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Inès Garnier", "ines.garnier@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 71: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 225 messages of one job seeker ("me", Elodie Marchetti, a contrôleuse de gestion / FP&A
    analyst living in Lyon) from October 2025 to March 2026. She looks in Lyon and in Geneva,
    mostly in French (vouvoiement from HR departments and ATSs, tutoiement from a start-up and
    from Welcome to the Jungle, Swiss French from Geneva employers and jobup.ch), with some
    English (a US medtech's EMEA hub in Geneva on Workday, a British firm on Lever, a Geneva
    pharma on SmartRecruiters). Roughly 40 % of the inbox is job mail, 24 applications: APEC,
    Welcome to the Jungle, HelloWork, Indeed, LinkedIn and jobup.ch confirmations, Taleo at a
    group, SmartRecruiters, Workday, Teamtailor and Lever; accusés de réception, convocations à
    un entretien with Outlook and Google invitations and a Calendly booking, a test Excel / étude
    de cas (from HR, from a founder, through TestGorilla), "nous sommes au regret", "le poste a
    été pourvu en interne", a mission pourvue at an intérim agency, a recruitment "suspendu" at
    an agency's client and at a Geneva employer (on hold), a promesse d'embauche accepted, a
    start-up offer declined, a withdrawal from a public hospital group after accepting, ghosted
    applications, a confirmation forwarded from an old address ("TR:"), two roles at one
    cooperative bank and a re-application at Nexolyne after a rejection. Employer naming: the
    brand Cartonneries Brévanne whose mail comes from its parent Groupe Halvard's Taleo; Maison
    Tréval SAS / Tréval; HCF / Hospices Civils de Fourvière; SLGE / Société Lémanique de Gestion
    Énergétique SA; Crédit Rhodanien / Caisse Régionale de Crédit Rhodanien Loire Rhône; Corvessa
    / Corvessa International Sàrl; a cabinet de recrutement writing for "un groupe industriel de
    la région" that names Ondrelle Industries later. Also job alerts (APEC, HelloWork, LinkedIn,
    Indeed, WTTJ, jobup.ch, France Travail), a Taleo candidate-account creation and a Lever
    talent-community welcome, a Workday incomplete-application nudge, recruiter and agency
    outreach, a recruiter's auto-reply, a candidate survey, an APEC profile-views notice and an
    APEC coaching appointment. The rest is an ordinary Lyon inbox with look-alikes on purpose:
    a rental "candidature" refused "au regret" and a lease signed, DossierFacile, CAF, impots.gouv,
    a credit-card application refused and bank "offres", TCL and SNCF, a boiler "entretien", a
    bike "entretien", newsletters and a podcast with "entretien" and hiring stories, a DFCG
    workshop, a dentist and a club AG with calendar parts, a housewarming invitation, a leboncoin
    "offre", a friend's master's "candidature", LinkedIn social notifications and friends
    talking about their jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused,
    with ``heldout.dated_spec`` as the data modules' ``m()``; spec keys are opaque numbers.
    People, employers and employer domains are invented; vendor sender domains are the vendors'
    real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (APEC, Welcome to the Jungle, HelloWork, jobup.ch, France Travail, Calendly,
    TestGorilla) are ``other``; cabinet de recrutement and intérim-agency mail is ``agency``
    with the client as ``company`` (null until the cabinet names it); a person writing from the
    employer's mailbox, from personal webmail on its behalf, or an employer's own careers
    mailbox is ``direct``; the forwarded confirmation keeps the source of the mail it forwards.
    ``company`` is the employer as a person would write it (Cartonneries Brévanne, not Groupe
    Halvard; Tréval; HCF; SLGE; Crédit Rhodanien; Corvessa Medical; Ondrelle Industries).
    A test Excel or étude de cas is an assessment; a founder's "café" and a Calendly phone
    screen are interviews; "recrutement suspendu" is confirmation-like mail leaving the
    application ``on_hold``; the withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; the reply to the signed promesse d'embauche leaves it ``accepted``, the
    founder's reply to the declined offer ``declined``; onboarding, surveys and auto-replies are
    ``other_job``; a Taleo account creation and a talent-community welcome are alerts.

Usage
    python tests/corpus/heldout71.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Elodie Marchetti <elodie.marchetti@free.fr>"
DATA_MODULES = (
    "heldout71_jobs",
    "heldout71_jobs_intl",
    "heldout71_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Elodie Marchetti", "elodie.marchetti@free.fr")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

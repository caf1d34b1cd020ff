# ruff: noqa: E501
"""Corpus 48: hand-written, labelled mail of one Montréal job seeker (TUNING CORPUS: measured first, then tuned on).

What it is
    About 250 messages of one job seeker ("me", Élodie Tremblay-Nguyen, a data analyst and
    business intelligence developer living in Montréal) from September 2025 to February 2026.
    She applies in Montréal, Québec City, Ottawa/Gatineau, Paris and remotely, so her job mail
    is mostly in Québec French (poste, candidature, entrevue, courriel, affichage, concours,
    banque de candidatures), some in France French (entretien, CDI, période d'essai, chargée
    de recrutement) and some in Canadian English (bilingual employers, a federal "GC Jobs"
    style selection process with screening, a written exam and a pool). Roughly 40 % of the
    inbox is job mail, 27 applications: a cooperative financial group known by its acronym and
    its brand (two roles), a provincial Crown corporation, a CIUSSS-style health network, a
    university, an insurer whose brand differs from its legal name ("Groupe ... inc."), a
    video-game studio (a re-application after a rejection), a retail parent writing for one of
    its banners, startups, a municipality, a Québec public-service "concours", Paris employers
    and two staffing firms that name their client late. Reached through Jobillico, Indeed,
    LinkedIn, Jobboom, Québec emploi, Welcome to the Jungle, APEC, Workday, Taleo,
    SuccessFactors, Greenhouse, Lever, Workable, BambooHR, Dayforce and GC Jobs. Teams
    invitations with .ics parts, short thread replies setting a time, praise-before-no,
    confirmations containing "malheureusement", an offer accepted with a background check, an
    offer declined, a withdrawal and its acknowledgement, ghosted applications, a hiring manager
    writing from personal webmail. Also job alerts, talent-community welcomes, an
    incomplete-application nudge, recruiter outreach, account codes, a survey and an auto-reply.
    The rest is an ordinary Montréal inbox with look-alikes on purpose (a CPE "demande
    d'admission", an apartment "demande de location", a credit "demande approuvée", an
    "entrevue" in a podcast newsletter, a webinar with a calendar part, marketing "offres",
    LinkedIn social notifications, newsletters about hiring).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder and
    the shared one-mailbox driver are reused; spec keys are opaque numbers. People, employers
    and employer domains are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule is changed
    for it and keep that figure; later figures on it are no longer an honest estimate.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Jobillico, Jobboom, Québec emploi, Welcome to the Jungle, APEC,
    SuccessFactors, Dayforce, GC Jobs, an employer's own careers portal) are ``other``;
    staffing-firm mail is ``agency`` with the client as ``company`` (null until the firm names
    it); a person writing from the employer's mailbox or from personal webmail on its behalf is
    ``direct``. A background check or onboarding after the offer is ``other_job``; a withdrawal
    acknowledgement is confirmation-like mail leaving the application ``withdrawn``; a declined
    offer's acknowledgement leaves it ``declined``, an accepted one ``accepted``; a written exam
    or an online test is an assessment. ``company`` is the name a person would write in a
    tracker: the brand or banner, never the ATS, board or agency.

Usage
    python tests/corpus/heldout48.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; tuning corpus)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Élodie Tremblay-Nguyen <elodie.tn@courrielplus.ca>"
DATA_MODULES = (
    "heldout48_jobs",
    "heldout48_jobs_intl",
    "heldout48_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Élodie Tremblay-Nguyen", "elodie.tn@courrielplus.ca")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

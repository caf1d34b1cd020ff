# ruff: noqa: E501
"""Corpus 29: hand-written, labelled mail of a Québec job seeker (TUNING CORPUS: measured first, then tuned on).

What it is
    About 240 messages of one job seeker ("me", Mathieu Tremblay-Roy, a health-services planning
    analyst living in Québec City) from September 2025 to February 2026. He applies in Québec
    City, Montréal, Ottawa-Gatineau and Moncton, so his job mail is mostly in Canadian French,
    some in English and a few in Spanish. Roughly 40 % of the inbox is job mail, 26
    applications: CIUSSS/CISSS health bodies (two roles at one of them), a provincial ministry
    through its competitions ("appel de candidatures", exam, "bassin de personnes qualifiées"),
    a federal agency through GC Jobs / Emplois GC notices ("processus de sélection", "liste de
    candidats qualifiés") with a re-application after a rejection, a city, a university, a
    health cooperative and a caisse, an insurer whose mail says its mutual group's name while
    he applied to its brand, a crown corporation known mostly by its acronym (spelled out in
    some signatures only), a non-profit whose director writes from personal webmail, consulting
    firms, a Moncton health network and a Montréal firm writing in Spanish. Reached through
    Jobboom, Indeed, LinkedIn, Guichet-Emplois, Québec emploi, Workday, Taleo, SuccessFactors,
    Cornerstone, Njoyn, ADP, Greenhouse, the provincial careers portal and direct mail; a
    staffing agency that names its client late. Confirmations (one saying "malheureusement"),
    exams, interviews with Outlook/Google calendar parts, rejections with neutral subjects and
    praise before the no, an offer accepted, two declined, a withdrawal, a role on hold,
    ghosted applications. Also job alerts, talent-community welcomes, incomplete-application
    nudges, recruiter outreach, portal codes, a survey and auto-replies. The rest is an ordinary
    Québec City inbox with look-alikes on purpose (daycare, condo, loan, permit and course
    "applications", marketing "offres", a podcast "entrevue", webinars and a clinic appointment
    with calendar parts, LinkedIn social notifications, newsletters about hiring).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder and
    the third corpus's ``m()`` shorthand are reused; spec keys are opaque. People, employers and
    employer domains are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule is changed
    for it; after that it is a tuning corpus like the first two, not an honest estimate.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Jobboom, Guichet-Emplois, Québec emploi, SuccessFactors, Cornerstone, Njoyn,
    ADP, the provincial careers portal, GC Jobs, an employer's own careers site, assessment
    vendors outside the list) are ``other``; staffing-agency mail is ``agency`` with the client
    as ``company`` (null until the agency names it); a person writing from the employer's
    mailbox or from personal webmail on its behalf is ``direct``. Canadian French is ``fr``. A
    bilingual federal notice is labelled with the language it opens with. A written exam or an
    exam result that keeps him in the process is an assessment; being told he is not qualified
    is a rejection; a withdrawal acknowledgement is confirmation-like mail leaving the
    application ``withdrawn``; "on hold" leaves it ``on_hold``; an acknowledged acceptance
    leaves it ``accepted``, an acknowledged refusal ``declined``; onboarding after the offer is
    ``other_job``.

Usage
    python tests/corpus/heldout29.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is for tuning)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Mathieu Tremblay-Roy <mathieu.tremblayroy@gmail.com>"
DATA_MODULES = (
    "heldout29_jobs",
    "heldout29_jobs_intl",
    "heldout29_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Mathieu Tremblay-Roy", "mathieu.tremblayroy@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

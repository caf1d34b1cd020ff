# ruff: noqa: E501
"""Corpus 36: hand-written, labelled held-out mail of a Lyon backend developer (HELD-OUT ESTIMATE: measured, never tuned on).

What it is
    About 250 messages of one job seeker ("me", Antoine Mbappé-Laurent, a backend developer
    living in Lyon) from September 2025 to February 2026. He applies in Lyon, Grenoble, Paris
    (remote-friendly roles), Geneva and Brussels, so his job mail is mostly in French, with some
    English and a little Swiss German. Roughly 39 % of the inbox is job mail, 29 applications:
    product startups and scale-ups whose brand differs from the legal name (SAS), ESN / consulting
    firms recruiting "pour un de nos clients grands comptes" that name the client late, a bank's
    IT subsidiary (GIE) that puts its role on hold, a public body (fiche de poste, convocation
    before a jury), a Swiss SA, a Belgian SRL, a freelance mission; reached through Welcome to
    the Jungle, APEC, Indeed, LinkedIn, HelloWork, Free-Work, Malt, Greenhouse, Lever,
    Teamtailor, Workable, Taleo, SmartRecruiters, Personio and Recruitee. CodinGame-like tests,
    a take-home, HackerRank, "entretien RH", "entretien technique", "rencontre avec l'équipe",
    a "proposition d'embauche" in K€ and a signed "promesse d'embauche" (accepted), an offer
    declined, withdrawals, a role on hold, ghosted applications, two roles at one employer, a
    re-application after a rejection, a CTO writing from personal webmail. Also job alerts,
    talent-community welcomes, an incomplete-application nudge, recruiter outreach, a candidate
    survey, onboarding. The rest is an ordinary Lyon family inbox with look-alikes on purpose (a
    rental "dossier de candidature", a school and a training "candidature", marketing "offres",
    podcast and magazine "entretiens", webinars and appointments with calendar parts, LinkedIn
    social notifications, newsletters about hiring, a loan "offre de prêt").

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder and
    the third corpus's ``m()`` shorthand are reused; spec keys are opaque. People, employers and
    employer domains are invented; vendor sender domains are the vendors' real ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING: it is measured, never tuned on. Report aggregate
    figures only; do not read individual failures back into the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Welcome to the Jungle, APEC, HelloWork, Free-Work, Malt, CodinGame, France
    Travail) are ``other``; ESN and recruitment-firm mail is ``agency`` with the client as
    ``company`` (null while the firm has not named it, which is outreach); a person writing from
    the employer's mailbox or from personal webmail on its behalf is ``direct``. An
    onboarding message after the offer is ``other_job``; a withdrawal acknowledgement is
    confirmation-like mail leaving the application ``withdrawn``; "poste suspendu" leaves it
    ``on_hold``; a signed promesse d'embauche leaves it ``accepted``, a declined offer
    ``declined``; a jury convocation is an interview.

Usage
    python tests/corpus/heldout36.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Antoine Mbappé-Laurent <antoine.mbl@laposte.net>"
DATA_MODULES = (
    "heldout36_jobs",
    "heldout36_jobs_intl",
    "heldout36_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Antoine Mbappé-Laurent", "antoine.mbl@laposte.net")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

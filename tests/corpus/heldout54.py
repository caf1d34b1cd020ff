"""Corpus 54: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Thomas Lefèvre-Nguyen, a product designer and
    UX researcher living in Lyon) from October 2025 to March 2026. He applies in Lyon, Paris,
    Grenoble and remote (France), mostly in French (vouvoiement and the startups' tutoiement),
    about a fifth in English. Roughly 44 % of the inbox is job mail, 25 applications: Welcome to
    the Jungle, APEC, LinkedIn, Indeed, HelloWork, JobTeaser and Malt (a freelance mission)
    confirmations, often followed by the ATS's own (Teamtailor, Taleo); Greenhouse, Lever,
    Workday, SmartRecruiters, Recruitee, BambooHR, Flatchr, DigitalRecruiters and Cegid
    Talentsoft mail; design exercises (a take-home brief, a Notion brief); interviews booked
    through Calendly, GoodTime, Lever and Teamtailor with calendar parts; rejections with neutral
    subjects and praise before the no; confirmations that say "malheureusement" /
    "unfortunately"; an offer signed through Yousign (accepted) and another sent by DocuSign and
    declined (the recruiter's reply); two withdrawals and their acknowledgements; two roles put
    on hold (by a founder, by an agency's client); ghosted applications; onboarding mail.
    Employer naming: Maison Vautrin whose mail comes from Groupe Vautrin; Quadrille written as
    Quadrille, Quadrille Solutions SAS, QUADRILLE SOLUTIONS and QDS; Banque Rhodanienne SA and
    EUROLAB ANALYSES SA in signatures; a cabinet de recrutement (Talentis Conseil) pitching "une
    scale-up lyonnaise de la mobilité" that names Velora later, and another (Prisme RH) naming
    Cybelis at once; the Brindille co-founder writing from personal Gmail; two roles at Orféo
    Santé; a re-application at Pixelune after a rejection. Also job alerts, a talent-community
    welcome, incomplete-application nudges, recruiter and agency outreach (LinkedIn InMail, a
    Malt project request), a recruiter's auto-reply, a candidate survey, an account code and a
    forwarded ("TR:") confirmation. The rest is an ordinary Lyon inbox with look-alikes on
    purpose: a crèche "dossier d'inscription", a bank "demande de crédit", a university
    application, CAF, impots.gouv, France Travail, SNCF Connect, Leboncoin "offres", marketing
    "offres", a podcast "interview", newsletters about hiring, a webinar, a meetup, Doctolib and
    notary calendar invitations, an "offre d'achat acceptée", a Yousign-signed compromis,
    LinkedIn social notifications and friends talking about their jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with a small ``m()`` shorthand of its own; spec keys are opaque numbers derived from
    each message. People, employers and employer domains are invented; vendor sender domains
    are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Welcome to the Jungle, APEC, HelloWork, JobTeaser, Malt, Flatchr,
    DigitalRecruiters, Cegid Talentsoft, Calendly, GoodTime, Yousign) are ``other``;
    cabinet-de-recrutement mail is ``agency`` with the client as ``company`` (null until the
    cabinet names it; before the client is named the mail is outreach); a person writing from
    the employer's mailbox or from personal webmail on its behalf is ``direct``. ``company`` is
    the brand the candidate applied to (Maison Vautrin, not Groupe Vautrin; Quadrille, however
    it is written). A forwarded confirmation keeps the source of the mail it forwards. A design
    exercise is an assessment. "On hold" is confirmation-like mail leaving the application
    ``on_hold``; a withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; the Yousign "Document signé" offer leaves it ``accepted``; the recruiter's
    reply to a declined offer is confirmation-like mail leaving it ``declined``. Onboarding, a
    survey, an auto-reply, a profile-views digest and an account code are ``other_job``.

Usage
    python tests/corpus/heldout54.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Thomas Lefèvre-Nguyen <thomas.lefevre.nguyen@laposte.net>"
DATA_MODULES = (
    "heldout54_jobs",
    "heldout54_jobs_intl",
    "heldout54_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Thomas Lefèvre-Nguyen", "thomas.lefevre.nguyen@laposte.net")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

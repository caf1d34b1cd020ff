"""Corpus 37: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 240 messages of one job seeker ("me", Jonas Petersen-Yıldız, a supply-chain and
    logistics manager living in Hamburg) from September 2025 to February 2026. He applies in
    Hamburg, Bremen, Hannover, Munich and remote, so most of his job mail is German: formal
    "Sie" from Konzerne, Mittelstand, a Stadtwerk and a port-authority-style public company
    (TVöD pay group, Personalrat, Gleichstellungsbeauftragte), informal "du" from quick-commerce
    and logistics-tech start-ups; English from international groups and a Danish and a Dutch
    shipping company. About 40 % of the inbox is job mail, 27 applications reached through
    StepStone, XING, LinkedIn, Indeed, the Arbeitsagentur's Jobbörse, softgarden, Personio,
    d.vinci, rexx systems, SuccessFactors, Workday, Greenhouse, Lever, SmartRecruiters, JOIN and
    HireVue; Personalberatungen that describe "ein familiengeführtes Unternehmen aus dem Norden"
    before naming their Mandant; a brand that differs from the legal name; two roles at one
    Konzern; a re-application after an Absage; Eingangsbestätigungen with "leider kann es etwas
    dauern", a Zwischenbescheid, online assessments, Kennenlerngespräch, Zweitgespräch vor Ort,
    Fallstudie, Vertragsangebot (one accepted, one declined), Absagen with neutral subjects,
    a withdrawal, a role on hold, ghosted applications, a hiring manager writing from a personal
    address, job alerts, talent communities, an incomplete-application nudge and auto-replies.
    The rest is an ordinary Hamburg inbox with look-alikes on purpose: a Kita-Platz
    "Bewerbung", a Wohnungsbewerbung, a Kreditantrag, marketing "Angebote", a podcast
    "Interview", a webinar with a calendar part, LinkedIn social mail and newsletters about
    hiring.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder and
    the one-mailbox driver are reused. People, employers and employer domains are invented;
    vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Its first measurement is an honest estimate;
    after the team tunes rules on it, it no longer is one.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (StepStone, XING, the Jobbörse, softgarden, d.vinci, rexx systems,
    SuccessFactors, JOIN, assessment vendors other than the listed ones) are ``other``;
    Personalberatung mail is ``agency`` with the Mandant as
    ``company`` (null while it is unnamed, which makes that mail outreach); a person writing
    from the employer's mailbox or from personal webmail on its behalf is ``direct``. A
    Zwischenbescheid is confirmation-like mail; a withdrawal acknowledgement leaves the
    application ``withdrawn``, "Besetzung gestoppt" ``on_hold``; a confirmed acceptance of the
    Vertragsangebot ``accepted``, an acknowledged refusal ``declined``; a Fallstudie or online
    assessment is an assessment, a one-way video interview too. Danish and Dutch companies
    write in English.

Usage
    python tests/corpus/heldout37.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Jonas Petersen-Yıldız <jonas.petersen.yildiz@gmail.com>"
DATA_MODULES = (
    "heldout37_jobs",
    "heldout37_jobs_intl",
    "heldout37_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Jonas Petersen-Yıldız", "jonas.petersen.yildiz@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

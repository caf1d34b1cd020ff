# ruff: noqa: E501
"""Corpus 33: hand-written, labelled mail of one job seeker (TUNING CORPUS: measured first, then tuned on).

What it is
    About 250 messages of one job seeker ("me", Tiago Fernandes Lopes, a logistics and
    operations engineer living in Porto) from September 2025 to February 2026. He applies in
    Porto, Braga, Aveiro, Lisbon, Vigo / A Coruña (Galicia) and remotely for Madrid, so his job
    mail is mostly in European Portuguese, with Spanish, English and a little French. Roughly
    38 % of the inbox is job mail, 26 applications: an industrial group whose SGPS holding,
    brand and operating company differ (two roles), a port authority and a municipal company
    known by acronyms (public recruitment: "procedimento concursal", "aviso de abertura",
    "prova de conhecimentos", "avaliação psicológica", "entrevista profissional de seleção",
    "lista de ordenação final", an exclusion notice), a retail chain, a 3PL (offer accepted), a
    shipping line (rejected, then a re-application), a Spanish automotive supplier (on hold), a
    startup (offer declined), a cold-chain firm and a Galician group (withdrawals), reached
    through Net-Empregos, SAPO Emprego, Expresso Emprego, ITJobs.pt, Landing.jobs, IEFP, BEP,
    InfoJobs, LinkedIn, Indeed, SuccessFactors, Workday, Teamtailor, Recruitee and Greenhouse;
    a temporary-work agency (ETT) naming its client late, a plant manager writing from personal
    Gmail, ghosted applications, rejections with neutral subjects and praise before the no, a
    confirmation that says "unfortunately". Also job alerts, talent-community welcomes,
    incomplete-application nudges, recruiter outreach, account codes, a candidate survey, IEFP
    registration notices and an out-of-office reply. The rest is an ordinary Porto inbox with
    look-alikes on purpose (affordable-rent, credit, health-insurance, master's, financial-aid,
    ETA and volunteer "applications", a house "proposta aceite", marketing "ofertas", newsletters
    that "interview" employers or report who is hiring, webinars, an admissions interview and a
    dentist appointment with calendar parts, a user-research "interview", LinkedIn social mail).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder and
    the one-mailbox driver are reused; message ids are opaque hashes. People, employers and
    employer domains are invented; vendor sender domains (ATS, job boards, public employment
    portals) are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Its first measurement is a held-out figure;
    after that the team tunes rules on it, and later figures from it are no longer held out.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, Net-Empregos, SAPO Emprego, Expresso Emprego, ITJobs.pt,
    Landing.jobs, IEFP, BEP, InfoJobs) are ``other``; staffing-agency and headhunter mail is
    ``agency`` with the client as ``company`` (null until the agency names it); a person
    writing from the employer's mailbox, or from personal webmail on its behalf, is
    ``direct``. In public recruitment the written test and the psychological evaluation are
    assessments, the "entrevista profissional de seleção" an interview, an exclusion notice and
    a final ranking below the places offered rejections; an IEFP summons to an employer's
    selection interview is interview mail. "On hold" is confirmation-like mail leaving the
    application ``on_hold``; a withdrawal acknowledgement leaves it ``withdrawn``; the
    employer's reply to a signed offer leaves it ``accepted``, to a declined one ``declined``;
    onboarding paperwork after acceptance is ``other_job``.

Usage
    python tests/corpus/heldout33.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Tiago Fernandes Lopes <tiago.flopes@gmail.com>"
DATA_MODULES = (
    "heldout33_jobs",
    "heldout33_jobs_intl",
    "heldout33_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Tiago Fernandes Lopes", "tiago.flopes@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

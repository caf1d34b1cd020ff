"""A twenty-first hand-written, labelled mail corpus: a TUNING corpus (Brazil and Portugal).

What it is
    About 260 messages of one job seeker ("me", Larissa Nogueira Campos, a data / BI analyst
    living in São Paulo) from February to July 2025. Somewhat over 40 % of it is job mail, 30
    applications: in Brazil (São Paulo, Campinas, Curitiba, remote) in Portuguese, some at
    multinationals in English, and, after she gets a Portuguese job-seeker visa, applications in
    Lisbon and Porto in European Portuguese. Channels: Gupy, Kenoby, Vagas.com, Catho, InfoJobs,
    LinkedIn, Indeed, Glassdoor, Trampos, Solides, Recrutei, Quickin, Pandapé; in Portugal
    Net-Empregos, ITJobs.pt, SAPO Emprego, Landing.jobs, Teamtailor, Workable; invented
    recruitment consultancies that name their client late; recruiters writing informal
    WhatsApp-style Portuguese from webmail; short human replies in threads; calendar invitations
    (a reschedule, a cancellation); tests, cases, a "dinâmica de grupo"; rejections with neutral
    subjects; offers in plain words, a withdrawal, a role on hold, ghosted applications, two roles
    at one employer, a re-application after a rejection. The rest is an ordinary Brazilian inbox
    with look-alikes on purpose: rental ("ficha de locação"), credit-card, loan and visa
    "applications" / "propostas", university enrolment, marketing "ofertas", podcast
    "entrevistas", webinars and a doctor's appointment with calendar parts, LinkedIn social
    notifications, newsletters about hiring.

How it was written
    By hand, without reading jobtracker's classifiers, correlator or sample generator, nor the
    message data of other corpora; only the shared builder (``heldout.py``) and ``m()`` are
    reused. People, employers and employer domains are invented; vendor sender domains are the
    vendors' real ones.

    THIS IS A TUNING CORPUS: the team measures it first and then uses its failures to improve
    the rules. It is therefore NOT an honest held-out estimate once it has been used.

Labels
    As ``heldout8.py`` writes them: (category, company, role, application, source, language).
    Sources outside DESIGN.md's vocabulary (Gupy, Kenoby, Vagas.com, Catho, InfoJobs, Glassdoor,
    Trampos, Solides, Recrutei, Quickin, Pandapé, Net-Empregos, ITJobs.pt, SAPO Emprego,
    Landing.jobs, Calendly) are ``other``; a recruiter or hiring manager writing themselves is
    ``direct``; a recruitment consultancy is ``agency`` with ``company`` the client (null until
    named). A withdrawal is confirmation-like mail leaving ``withdrawn``; "on hold" leaves
    ``on_hold``; a signed offer leaves ``accepted``; a reschedule or cancellation is interview
    mail; background checks and onboarding after an offer are ``other_job``.

Usage
    python tests/corpus/heldout21.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Larissa Nogueira Campos <larissa.ncampos@gmail.com>"
DATA_MODULES = (
    "heldout21_jobs",
    "heldout21_jobs_intl",
    "heldout21_inbox",
)
FIRST, LAST = "2025-02-01", "2025-08-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Larissa Nogueira Campos", "larissa.ncampos@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

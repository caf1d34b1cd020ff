"""Corpus 40: hand-written, labelled held-out mail (HELD-OUT ESTIMATE: measured, never tuned on).

What it is
    About 250 messages of one job seeker ("me", Thaís Albuquerque Nogueira, a nutritionist and
    food-safety / quality specialist living in Recife) from September 2025 to February 2026.
    She applies in Recife, Salvador, São Paulo, remote, and a few roles in Lisbon and Santiago
    de Chile, so her job mail is mostly in Brazilian Portuguese, with some European Portuguese,
    Chilean Spanish and English. Roughly 40 % of the inbox is job mail, 27 applications: a
    food-industry group whose brand differs from its razão social (two roles there), a
    supermarket chain, a hospital's seleção pública run by an organising institute, a
    school-meals contractor, a cooperative, a healthtech startup, a multinational on Workday
    (rejected, then a re-application), another on SuccessFactors, a small restaurant whose
    owner writes from personal Gmail, bakeries, juice and dairy makers, a lab, a clinic, Lisbon
    and Santiago employers, reached through Gupy, Catho, Vagas.com, InfoJobs, Indeed, LinkedIn,
    Sólides, Kenoby, Workday, SuccessFactors, Greenhouse, Lever, Teamtailor, Trabajando.com,
    HireVue, DocuSign and recruitment consultancies that speak of "empresa de grande porte do
    setor alimentício" and name the client later. Teste de perfil, dinâmica de grupo,
    entrevista com o gestor, calendar invitations, praise-before-no and neutral-subject
    rejections, confirmations that say "infelizmente", an offer accepted and one declined,
    withdrawals, a role on hold, cadastro de reserva, ghosted applications. Also job alerts,
    banco de talentos welcomes, incomplete-application nudges, recruiter outreach, portal
    codes, surveys and auto-replies. The rest is an ordinary Recife inbox with look-alikes on
    purpose (a bank's credit "proposta", a university "inscrição", a condominium "candidatura"
    to the conselho, a newsletter "entrevista", webinars with calendar parts, a gym "oferta",
    LinkedIn social notifications, newsletters about hiring).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder is
    reused, with a small ``m()`` shorthand of this corpus's own; spec keys are opaque. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING: it is measured, never tuned on. Report aggregate
    figures only; do not read individual failures back into the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Gupy, Catho, Vagas.com, InfoJobs, Sólides, Kenoby, SuccessFactors,
    Trabajando.com, the organising institute of a seleção pública, an employer's own careers
    site) are ``other``; recruitment-consultancy mail is ``agency`` with the client as
    ``company`` (null in outreach before it is named); a person writing from the employer's
    mailbox or from personal webmail on its behalf is ``direct``. A withdrawal
    acknowledgement is confirmation-like mail leaving the application ``withdrawn``; "on hold"
    and "cadastro de reserva" leave it ``on_hold``; a DocuSign "Concluído" envelope leaves it
    ``accepted``; the employer acknowledging a declined offer is offer mail leaving it
    ``declined``; admission paperwork after the offer is ``other_job``; a teste de perfil or
    online test and a one-way video interview are assessments; a dinâmica de grupo is an
    interview.

Usage
    python tests/corpus/heldout40.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Thaís Albuquerque Nogueira <thais.nogueira.nutri@gmail.com>"
DATA_MODULES = (
    "heldout40_jobs",
    "heldout40_jobs_intl",
    "heldout40_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar(
    "Thaís Albuquerque Nogueira", "thais.nogueira.nutri@gmail.com"
)

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 57: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Rafael Monteiro Azevedo, a Brazilian marketing
    and growth manager who moved from Rio de Janeiro to Lisbon) from October 2025 to March 2026.
    He applies both to Brazilian companies (remote, Rio, São Paulo) and to Portuguese ones
    (Lisbon, Porto), so the job mail mixes Brazilian Portuguese ("sua candidatura", "processo
    seletivo", "seguimos com outros candidatos") and European Portuguese ("a sua candidatura",
    "processo de recrutamento", "lamentamos informar", "candidatura espontânea"), with about a
    fifth in English and a little Spanish from a Madrid employer. Roughly 39 % of the inbox is
    job mail, 24 applications: Gupy confirmations and a Gupy test, a case study, interviews
    booked by e-mail, Calendly and Teams/Meet invitations (.ics), rejections with neutral
    subjects and praise before the no, confirmations that say "infelizmente" or "caso não seja
    selecionado", an offer signed through DocuSign (accepted) and another sent through Clicksign
    (declined, with the founder's answer), a withdrawal and its acknowledgement, a process put
    "em pausa", ghosted applications and a recruiter's auto-reply. Employer naming on purpose: a
    brand (Casa Tropeira) whose mail comes from its holding (Grupo Tropeiro Participações S.A.)
    through Workday; an employer written three ways (Conteúdo BR / Companhia Brasileira de
    Conteúdo Digital Ltda. / CBCD); Maré Digital, S.A. vs Maré; Lumiar Seguros, Lda. vs Lumiar;
    a Lisbon "empresa de recrutamento" (Talentia) pitching "uma scale-up de mobilidade" and
    naming Rodazul late; a founder (Quintal Foods) writing from Gmail; a company named only in a
    signature; a careers mailbox on a group domain; two roles at Fenda Studios; a re-application
    at Paralelo after a rejection. Boards and ATSs: LinkedIn, Indeed, Gupy, Vagas.com, Catho,
    InfoJobs (Brazil), Net-Empregos, Landing.jobs, ITJobs.pt, Sapo Emprego, Greenhouse, Lever,
    Workday, SmartRecruiters, Teamtailor, Recruitee, Kenoby, Calendly, DocuSign and Clicksign.
    Also job alerts, talent-community welcomes, an incomplete-application nudge, recruiter and
    agency outreach and a candidate survey. The rest is an ordinary Lisbon-with-family-in-Brazil
    inbox with look-alikes on purpose: Finanças / NIF and IRS notices, an AIMA residence-permit
    appointment, a flat rental "candidatura", a bank "pedido de crédito", Nubank, CP train
    tickets, Continente and Worten "ofertas", newsletters about hiring and podcasts that
    "entrevistam" someone, non-interview calendar invites, LinkedIn social notifications and
    family and friends writing from Brazil about their own jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with a small ``m()`` shorthand of its own; spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Gupy, Kenoby, Vagas.com, Catho, InfoJobs, Net-Empregos, Landing.jobs, ITJobs.pt,
    Sapo Emprego, Calendly, Clicksign) are ``other``; staffing-agency mail is ``agency`` with the
    client as ``company`` (null until the agency names it); a person writing from the
    employer's mailbox or from personal webmail on its behalf is ``direct``. A forwarded
    confirmation keeps the source of the mail it forwards. ``company`` is the employer as a
    person would write it (Casa Tropeira, not Grupo Tropeiro; Conteúdo BR, however it is
    written). A survey, onboarding or auto-reply is ``other_job``; a withdrawal acknowledgement
    is confirmation-like mail leaving the application ``withdrawn``; "em pausa" is
    confirmation-like mail leaving it ``on_hold``; the DocuSign "Concluído" envelope leaves it
    ``accepted``; the founder's answer to a declined offer leaves it ``declined``; a Gupy test
    and a case study are assessments.

Usage
    python tests/corpus/heldout57.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Rafael Monteiro Azevedo <rafael.m.azevedo@gmail.com>"
DATA_MODULES = (
    "heldout57_jobs",
    "heldout57_jobs_intl",
    "heldout57_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Rafael Monteiro Azevedo", "rafael.m.azevedo@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 64: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 240 messages of one job seeker ("me", Larissa Mendonça Kowalski, a contadora (CRC-PR)
    moving from general accounting into custos, controladoria and FP&A, living in Curitiba) from
    September 2025 to February 2026, mostly in Brazilian Portuguese, with English (a Norwegian
    multinational's shared-service centre in Curitiba, US startups hiring in Brazil) and Spanish (a
    fintech in Montevideo, a logistics company in Buenos Aires). Roughly 45 % of the inbox is job
    mail (105 of 237), 23 applications. Brazilian hiring as it arrives: Gupy etapas ("teste de
    perfil comportamental", "teste de lógica", "sua candidatura avançou", banco de talentos, an
    incomplete-application nudge, a candidate survey), Kenoby, Sólides (Profiler), Vagas.com, Catho,
    InfoJobs, Indeed, LinkedIn, Workday, HireVue, Ashby, Teamtailor, SmartRecruiters, Greenhouse; a
    dinâmica de grupo, entrevistas com o RH e com o gestor (Google and Outlook invites, Calendly,
    Cal.com, GoodTime), a case sent by a CFO from Gmail, a proposta by e-mail and a carta proposta
    signed through Clicksign (accepted), documentação admissional and ASO, a second proposta through
    a consultoria de recrutamento (Talentia RH, writing for "uma empresa do setor automotivo" and
    then naming Frenotec) that she declines, a vacancy "congelada" and one "suspensa", her own
    "desisto do processo" and a Gupy withdrawal acknowledgement, a withdrawal after a referral,
    rejections with neutral subjects ("Retorno sobre sua candidatura", "Processo seletivo -
    atualização") and praise before the "infelizmente", ghosted applications, two roles at one
    employer and a re-application after a rejection. She accepts COVALI's offer in October and keeps
    applying afterwards for FP&A and controladoria roles. Employer naming: Pinhão Supermercados
    whose mail comes from Grupo Araucária (Varejo S.A.); the cooperative written COVALI / Covali /
    Cooperativa Agroindustrial Vale do Iguaçu; Guaricana Pisos sending as Madeireira Guaricana S.A.;
    Halvorsen Industrial ASA / Halvorsen GBS; Nordfeld Agro / Nordfeld do Brasil ... Ltda.; Sulcredi
    as a cooperative's sigla; Brisa, whose head of talent writes from brisasoftware.com, whose Ashby
    tenant signs as BrisaHQ (the brand only in the HTML logo) and whose invites come from brisa.dev;
    forwarded ("Fwd:", "ENC:") confirmations; recruiter outreach (agency, headhunter InMail, a
    startup's head of talent); a recruiter's férias auto-reply. The rest is an ordinary Curitiba
    inbox with look-alikes on purpose: CNH renewal at Detran-PR, a bank's "proposta de crédito" and
    vehicle financing "proposta aprovada" signed via DocuSign, a rental "proposta de locação" and
    seguro-fiança "análise cadastral", an MBA "inscrição" with a selection "entrevista" and
    "aprovada", "oferta" promotions, condominium assemblies, Receita Federal, Nota Paraná, Copel and
    Sanepar, newsletters that interview controllers and write about hiring, a brother's podcast
    interview, calendar invites that are not interviews (dentist, family dinner, meetup, vistoria,
    car delivery), LinkedIn social notifications, HR mail from her new employer, and a friend
    talking about her own dinâmica de grupo and new job.

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
    vocabulary (Gupy, Kenoby, Sólides, Vagas.com, Catho, InfoJobs, Clicksign, Calendly, Cal.com,
    GoodTime) are ``other``; consultoria mail is ``agency`` with the client as ``company`` (null
    until it names Frenotec); a person writing from the employer's mailbox or from personal webmail
    on its behalf, and the candidate's own replies in a thread, are ``direct``; a forwarded
    confirmation keeps the source of the mail it forwards. ``company`` is the brand she applied to
    (Pinhão Supermercados, not Grupo Araucária; COVALI however written; Guaricana Pisos; Halvorsen;
    Nordfeld Agro; Sulcredi; Brisa). The Clicksign "Documento finalizado" of the carta proposta
    leaves COVALI ``accepted``; the consultora's reply to the declined proposta leaves Frenotec
    ``declined``; "congelada" / "suspensa" are confirmation-like mail leaving the application
    ``on_hold``; her "desisto do processo", the recruiter's acknowledgement and Gupy's cancellation
    notice are confirmation-like mail leaving it ``withdrawn``; a Calendly reschedule is interview
    mail, a case and a HireVue one-way video interview are assessments, a dinâmica de grupo an
    interview; documentação admissional, integração, an auto-reply, a survey and a portal code are
    ``other_job``. Mail from her new employer's HR about recess, PLR or performance reviews is not
    job-search mail (``not_job``).

Usage
    python tests/corpus/heldout64.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Larissa Kowalski <larissa.kowalski@gmail.com>"
DATA_MODULES = (
    "heldout64_jobs",
    "heldout64_jobs_intl",
    "heldout64_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Larissa Kowalski", "larissa.kowalski@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 101: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Inês Carvalho Marques, a community pharmacist
    turning regulatory-affairs specialist, living in Coimbra) from September 2025 to February
    2026. She applies in Coimbra and the Centro region, Porto, Lisbon and remote, mostly in
    European Portuguese ("candidatura", "processo de recrutamento", "agradecemos o seu
    interesse", "lamentamos informar", "vaga", "entrevista presencial"), with English from
    multinationals and LinkedIn. Roughly 40 % of the inbox is job mail, 24 applications:
    applications through Net-Empregos, SAPO Emprego, ITJobs, Indeed, LinkedIn and an IEFP job
    offer; ATSs SuccessFactors, Workday, Teamtailor (with its scheduling), Recruitee and
    Jobvite; Teams interviews with Outlook invitations (one moved), a Calendly booking, a Google
    Meet with a co-founder writing from Gmail, entrevistas presenciais, two case studies and a
    co-founder's exercise, rejections with neutral subjects ("A sua candidatura", "Processo de
    recrutamento - atualização", "Update on your application") and praise before the no,
    confirmations that say "infelizmente" or "se não for selecionada", a proposta declined
    (Farmácia Avenida) and another accepted through DocuSign (Corvalis Pharma) with onboarding,
    a hiring freeze that leaves one application on hold, two withdrawals and their
    acknowledgements (one by the pharmacy owner from Gmail), ghosted applications, a
    re-application after a rejection and two roles at one employer (Norvexa, Workday). Employer
    naming: Farmácia Avenida whose mail comes from its group (Grupo Farmaviva, S.A.);
    Laboratórios Vasconcelos Prata, S.A. / LVP; Distrifarma Centro, Lda. behind the Teamtailor
    tenant "dfc-rh"; Corvalis Farmacêutica Portugal, Unipessoal Lda. presented by an agency
    (Talentia Life Sciences) first as "uma multinacional farmacêutica"; Hospital Lusocare
    Coimbra writing as Lusocare – Gestão Hospitalar, S.A.; Farcentro, CRL named only in the
    signature; a Jobvite confirmation forwarded ("ENC:") from her old university address; a temp
    agency (Laborvia) naming its client. Also job alerts (Net-Empregos, SAPO Emprego, Indeed,
    ITJobs, IEFP, LinkedIn), a talent-community welcome, a Workday "finish your application"
    nudge, agency and LinkedIn outreach, a recruiter's auto-reply, a portal code and a candidate
    survey. The rest is an ordinary Coimbra inbox with look-alikes on purpose: a candidatura ao
    arrendamento and its visit, a cartão de crédito "proposta pré-aprovada" and its
    "candidatura", a crédito habitação "proposta", Portal das Finanças and Segurança Social,
    Ordem dos Farmacêuticos quotas, congress and newsletters, a master's candidatura at the
    University of Coimbra (admitida, matrícula), a choir with its rehearsals and its own
    "candidaturas" to the board, volunteering, newsletters and podcasts with "entrevista",
    non-interview calendar invitations (a flat visit, the dentist, a webinar), LinkedIn social
    notifications and friends talking about their new jobs and proposals.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as the data modules' ``m()``; spec keys are opaque
    numbers. People, employers and employer domains are invented; vendor sender domains are
    the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, Jobvite, Net-Empregos, SAPO Emprego, ITJobs, the IEFP,
    Calendly) are ``other``; agency mail is ``agency`` with the client as ``company`` (null
    until the agency names it); a person writing from the employer's mailbox or from personal
    webmail on its behalf is ``direct``; a forwarded confirmation keeps the source of the mail
    it forwards. ``company`` is the employer as a person would write it (Farmácia Avenida, not
    Grupo Farmaviva; Laboratórios Vasconcelos Prata however it is written; Hospital Lusocare
    Coimbra). The IEFP's notice that her candidatura was passed to the employer is a
    confirmation; a case study is an assessment; an agency's "you are a finalist" update is
    interview mail; the hiring freeze is confirmation-like mail leaving the application
    ``on_hold``; a withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; the reply to the declined proposta is an offer leaving it ``declined``; the
    DocuSign "Completed" offer leaves it ``accepted``; onboarding, surveys, portal codes and
    auto-replies are ``other_job``; a Workday "finish your application" nudge and a
    talent-community welcome are alerts.

Usage
    python tests/corpus/heldout101.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Inês Carvalho Marques <ines.carvalho.marques@gmail.com>"
DATA_MODULES = (
    "heldout101_jobs",
    "heldout101_jobs_intl",
    "heldout101_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Inês Carvalho Marques", "ines.carvalho.marques@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

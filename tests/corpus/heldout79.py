"""Corpus 79: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Larissa Tavares Moreira, a senior data engineer
    living in São Paulo, in Pinheiros) from September 2025 to February 2026. She applies in São
    Paulo and remote, to Brazilian companies, to US start-ups hiring in Latin America and to a
    Lisbon scale-up. Most of the mail is Brazilian Portuguese ("vaga", "processo seletivo",
    "você", Ltda. and S.A., CLT against PJ), some American English, a little European
    Portuguese ("a tua candidatura", "Sénior"). Roughly 44 % of the inbox is job mail, 25
    applications: Gupy, Kenoby, Vagas.com, Catho, InfoJobs, Sólides, Abler, ProgramaThor and
    GeekHunter in Brazil, LinkedIn and Indeed, Greenhouse, Lever and Ashby for the US start-ups,
    Teamtailor in Lisbon; HackerRank tests, a Sólides profile test, a case take-home and a US
    take-home; interviews with Google Meet invitations (Greenhouse and Ashby scheduling, a
    founder's Calendly); rejections with neutral subjects ("Atualização sobre sua candidatura",
    "Retorno do processo seletivo") and praise before the no; a confirmation that says what
    happens "caso seu perfil não seja selecionado" and one that says "unfortunately"; a vaga
    "congelada"; a CLT offer declined; a US offer accepted whose contract comes from Deel, the
    employer of record (not the employer), and its onboarding; a withdrawal through Gupy and
    another by reply to the Lisbon recruiter; ghosted applications; two roles at Mandacaru
    Energia and a re-application at Lumiar Saúde after a rejection. Employer naming: Vértice vs
    Vértice Tecnologia de Pagamentos Ltda. on a Gupy slug "vtxpay"; Nuvo, the digital brand of
    Grupo Financeiro Aurora S.A., whose interview invite comes from the group's mailbox, after a
    consultoria (Talentia) wrote for "um banco digital" and named it later; CPTI vs Companhia
    Paulista de Tecnologia da Informação; Colmeia vs Colmeia Tecnologia em RH Ltda.; Rede Farol
    vs Farol Comércio de Produtos Farmacêuticos S.A.; Bússola on slug "bussolacredito",
    forwarded ("ENC:") from an old Hotmail address; Kora Analytics recruiters writing through
    Greenhouse; a Relaybird co-founder from personal Gmail. Also job alerts (LinkedIn, Indeed,
    Gupy, Vagas.com, Catho, ProgramaThor), a talent-community welcome, a Gupy
    incomplete-application nudge, headhunter and agency outreach, a GeekHunter interview
    request, a recruiter's auto-reply, surveys and a Gupy access code. The rest is an ordinary
    São Paulo inbox with look-alikes on purpose: a QuintoAndar rental "cadastro" and "análise"
    approved, Receita Federal and gov.br, Nubank and Itaú "ofertas", a pre-approved card and its
    "proposta" in analysis, health-plan "proposta", an MBA "processo seletivo", a volunteer
    mentoring "processo seletivo", a Portuguese visa application, iFood and shop promotions,
    newsletters and a podcast with "entrevista", "proposta recusada" and salaries, a meetup,
    dentist and passport appointments with calendar parts, LinkedIn social notifications and
    friends talking about their jobs and asking for a referral.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused
    (``heldout.dated_spec`` as each data module's ``m()``, with São Paulo, US Eastern and Lisbon
    offsets); spec keys are opaque numbers. People, employers and employer domains are
    invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Gupy, Kenoby, Vagas.com, Catho, InfoJobs, Sólides, Abler, ProgramaThor,
    GeekHunter, Deel) are ``other``; consultoria and headhunter mail is ``agency`` with the
    client as ``company`` (null until the consultoria names it); a person writing from the
    employer's (or its group's) mailbox or from personal webmail on its behalf is ``direct``;
    a recruiter's mail relayed through Greenhouse, Ashby or Teamtailor keeps the ATS; a
    forwarded confirmation keeps the source of the mail it forwards. ``company`` is the brand
    she applied to (Vértice, Nuvo, CPTI, Colmeia, Rede Farol, Bússola, Quanta Harbor, Marés),
    never the ATS, board, consultoria, group or employer of record. The Deel contract is offer
    mail and the signed contract leaves the application ``accepted``; the reply to the declined
    CLT offer leaves it ``declined``; "vaga congelada" is confirmation-like mail leaving it
    ``on_hold``; a withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; a GeekHunter interview request is outreach and accepting it a confirmation;
    a Sólides profile test, HackerRank test and take-home are assessments; onboarding, surveys,
    access codes and auto-replies are ``other_job``.

Usage
    python tests/corpus/heldout79.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Larissa Tavares Moreira <larissa.tmoreira@gmail.com>"
DATA_MODULES = (
    "heldout79_jobs",
    "heldout79_jobs_intl",
    "heldout79_inbox",
)
FIRST, LAST = "2025-09-01", "2026-02-28"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Larissa Tavares Moreira", "larissa.tmoreira@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

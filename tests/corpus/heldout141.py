"""Corpus 141: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Rafaela Nogueira Bittencourt, a compradora /
    procurement analyst (suprimentos, strategic sourcing, SAP MM) at an auto-parts manufacturer
    in Campinas, living in the Cambuí and moving across town during the period) from September
    2025 to February 2026. She applies in Brazilian Portuguese, and twice in English to
    multinationals, for procurement and supply-chain jobs in Campinas, São Paulo, Jundiaí,
    Sorocaba, Paulínia and hybrid. Over 40 % of the inbox is job mail, 22 applications:
    Gupy (most of them: "Candidatura recebida", "Teste de perfil", "Vídeo entrevista",
    "Etapa: ...", "Feedback do processo", "Processo seletivo encerrado", an incomplete
    application and a talent-pool welcome), VAGAS.com.br, Catho, InfoJobs, Kenoby, Sólides
    (with its Profiler test), Indeed, LinkedIn Easy Apply, Greenhouse (a start-up) and Workday
    with an SHL test (a multinational, in English); "currículo visualizado" / "CV lido" states;
    a case técnico by e-mail from a gerente and a start-up co-founder; a dinâmica de grupo;
    entrevistas with Google Calendar invitations and Outlook/Teams .ics attachments (one
    remarcada, one cancelada); rejections with neutral subjects ("Feedback do processo",
    "Atualização sobre o processo seletivo", "Sobre sua participação...", "Retorno", "Your
    application with ...") and praise before the no; a vacancy frozen ("vaga congelada"); a
    proposta accepted by reply, followed by the exame admissional, a DocuSign work contract
    and onboarding; a second proposta declined; a withdrawal; ghosted applications; two roles
    at one employer (Vossberg) and a re-application after "processo seletivo encerrado"
    (Sabiá). Employer naming on purpose: Vossberg as "Vossberg do Brasil" on a Gupy tenant
    "vsbrasil" and as Vossberg Componentes Automotivos do Brasil Ltda. in footers; the
    cooperative as COOPERATIVA AGROINDUSTRIAL MOGIANA on Sólides and Coamig in its own mail;
    Intermodal Paulista advertised under its group (Grupo Vetor) on VAGAS.com.br and then
    written to from the group's Gente & Gestão mailbox; Jatobá Papéis as "Grupo Jatobá";
    Halvorsen Agri's confirmation by LinkedIn in Portuguese and its recruiter in English; a
    headhunter (Ponte RH) writing for "uma multinacional do setor químico" it names
    (Quimbrás) only after she replies; a small firm's RH writing from Gmail; a confirmation
    forwarded ("Fw:") from her old Hotmail address. Also job alerts (LinkedIn, Indeed, Catho,
    VAGAS, InfoJobs, Gupy), a talent community, incomplete-application nudges, agency, ETT,
    headhunter and LinkedIn InMail outreach, a Gupy access code, a candidate survey, a Workday
    account mail and a recruiter's auto-reply. The rest is an ordinary Campinas inbox with
    look-alikes: Nubank and Itaú (a credit card "aprovado", a pre-approved loan, the IRPF
    restituição), a consórcio "proposta de adesão" approved and "contemplada", the contador
    and a fake Receita Federal notice, the QuintoAndar flat hunt (a proposal refused, a visit
    with .ics, a counter-offer, "análise aprovada", a DocuSign lease), two condomínios (one
    assembly with .ics), Unimed, a school admission with an "entrevista com a família"
    invitation, "aprovado" and matrícula, a doctor's appointment with .ics, iFood and Mercado
    Livre "ofertas", newsletters that interview a CPO or talk about hiring, a webinar with .ics,
    a car insurance "proposta aceita", and friends and family (Gmail, Hotmail, UOL, BOL,
    Outlook) talking about their own jobs, promotions, offers and internships.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout141_jobs.py with
    the time zone, the label helpers, a Gupy-like page and an Outlook/Teams .ics attachment);
    spec keys are opaque tokens. People, employers and employer domains are invented; vendor
    sender domains (Gupy, Kenoby, Sólides, VAGAS, Catho, InfoJobs, Indeed, LinkedIn, Workday,
    Greenhouse, SHL, DocuSign) are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Gupy, Kenoby, Sólides, VAGAS.com.br, Catho, InfoJobs, SHL, the occupational
    clinic) are ``other``; headhunter and ETT mail is ``agency`` with the client as
    ``company`` (null until named: the first approach is outreach); a person writing from the
    employer's or its group's mailbox, or from personal webmail on its behalf, is ``direct``;
    the forwarded confirmation keeps the source of the mail it forwards (Indeed). ``company``
    is the employer as a person would write it: Vossberg (not Vossberg do Brasil or the
    Ltda.), Coamig, Intermodal Paulista (not Grupo Vetor), Supermercados Sabiá, Jatobá Papéis,
    Quimbrás. "Currículo visualizado", "CV lido" and LinkedIn's "visualizada" are ``viewed``;
    the Profiler, "Teste de perfil", the Gupy "Vídeo entrevista", the SHL tests, an online
    knowledge test and the case técnico (and the manager's short "recebido" on it) are
    ``assessment``; the dinâmica de grupo, a reschedule and a cancellation are ``interview``;
    "Processo seletivo encerrado" is a rejection; the frozen vacancy is confirmation-like mail
    leaving the application ``on_hold``; the withdrawal acknowledgement is confirmation-like
    mail leaving it ``withdrawn``; the recruiter's replies to the accepted and the declined
    proposta are ``offer`` mail leaving it ``accepted`` and ``declined``; the exame
    admissional, the DocuSign work contract and onboarding are ``other_job``; incomplete-
    application nudges and talent-pool welcomes are ``alert``; the Gupy access code, the
    candidate survey, the Workday account mail and the auto-reply are ``other_job``.

Usage
    python tests/corpus/heldout141.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Rafaela Nogueira Bittencourt <rafaela.nbittencourt@gmail.com>"
DATA_MODULES = (
    "heldout141_jobs",
    "heldout141_jobs_more",
    "heldout141_inbox",
    "heldout141_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar(
    "Rafaela Nogueira Bittencourt", "rafaela.nbittencourt@gmail.com"
)

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 118: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 215 messages of one job seeker ("me", Luana Prestes Vieira, a customer success
    manager and UX writer at SaaS companies living in Trindade, Florianópolis) from September
    2025 to February 2026. She applies in Florianópolis, São Paulo, Porto Alegre and remote,
    mostly in Brazilian Portuguese (informal você from start-ups, formal "Prezada" from
    corporate HR), a little English from foreign start-ups. Roughly 39 % of the inbox is job
    mail, 24 applications: Gupy, Vagas.com, InfoJobs, Sólides, Kenoby and InHire confirmations
    ("confirmação de inscrição", "candidatura recebida"), LinkedIn Easy Apply with "viewed" and
    a LinkedIn rejection, Indeed, Greenhouse, Lever, Ashby and Workable; cases and testes
    (a 30-60-90 case, writing challenges in Figma, a Kenoby writing test, a Gupy Português e
    Lógica test, a paid take-home); entrevistas com o RH e com a liderança with Google, Outlook
    and Calendly invitations, a founder's coffee; devolutivas negativas with neutral subjects
    ("Atualização sobre sua candidatura", "Processo seletivo") and praise before the no;
    confirmations that say "infelizmente" or "if you are not selected"; a vaga congelada (on
    hold); one withdrawal (Tidewell) and its acknowledgement; a proposta (Nuvelo) accepted by
    reply, with the admission paperwork after it; ghosted applications; a re-application at
    Maresia after a rejection. Employer naming on purpose: Nuvelo vs Nuvelo Tecnologia Ltda.;
    Maresia vs Maresia Software S.A.; Trilha whose devolutiva comes from its razão social TRLH
    Meios de Pagamento S.A.; Contaê renamed Fluxa mid-process (new domain too); NTI written
    Nexo Tecnologia Integrada Ltda. on Vagas.com; Ventara whose mail comes from its parent
    Grupo Ondina S.A. (Gupy tenant grupoondina); an agency (Talentos Sul) pitching "um SaaS de
    gestão de pessoas de Porto Alegre" that names Peoplin later, and its auto-reply; a founder
    writing from Gmail; a confirmation forwarded ("ENC:") from an old Outlook address. Also job
    alerts (LinkedIn, Indeed, Gupy, InfoJobs, Vagas.com), a talent-pool welcome, an
    incomplete-application nudge, recruiter outreach (LinkedIn InMail, a headhunter), a Gupy
    survey and verification code, and LinkedIn's stale-applications nudge. The rest is an
    ordinary Florianópolis inbox with look-alikes on purpose: a proposta de locação and its
    análise cadastral, Clicksign contract and vistoria invite, boletos de aluguel, Celesc and
    CASAN bills, Nubank-like card limits and "ofertas" of pre-approved loans, a credit-card
    "solicitação" approved and a limit increase refused, a financiamento simulation and a
    counter-"proposta" on a flat, Receita Federal and gov.br, a passport appointment, podcast
    and newsletter "entrevistas", newsletters about processos seletivos, a voluntariado
    "candidatura" with its "entrevista de acolhimento", meetups, friends' job news (a friend
    hired, another laid off) and LinkedIn notifications.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused (``heldout.dated_spec`` as the ``m()`` shorthand, defined once in
    ``heldout118_jobs``); spec keys are opaque numbers. People, employers and employer domains
    are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Gupy, Vagas.com, InfoJobs, Sólides, Kenoby, InHire, Calendly) are ``other``;
    staffing-agency mail is ``agency`` with the client as ``company`` (null until the agency
    names it); a person writing from the employer's mailbox or from personal webmail on its
    behalf is ``direct``; a forwarded confirmation keeps the source of the mail it forwards.
    ``company`` is the employer as a person would write it: Nuvelo, Maresia, Trilha (not TRLH),
    Contaê (the name she applied to, also after it became Fluxa), NTI, Ventara (not Grupo
    Ondina), Peoplin. A case, writing challenge or online test is an assessment; the founder's
    coffee is an interview; a vaga congelada is confirmation-like mail leaving the application
    ``on_hold``; the withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; the reply to her acceptance leaves it ``accepted``; admission paperwork, the
    agency's auto-reply, surveys and verification codes are ``other_job``.

Usage
    python tests/corpus/heldout118.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Luana Prestes Vieira <luana.pvieira@gmail.com>"
DATA_MODULES = (
    "heldout118_jobs",
    "heldout118_jobs_more",
    "heldout118_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Luana Prestes Vieira", "luana.pvieira@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 111: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Larissa Menezes Duarte, a healthcare
    administration / hospital operations analyst living in Belo Horizonte) from September 2025
    to February 2026. She applies in Belo Horizonte and Contagem, São Paulo, Rio de Janeiro and
    remote, in Brazilian Portuguese (você) with some English from multinationals. Roughly 40 %
    of the inbox is job mail, 26 applications: Gupy confirmations and stage mail ("Etapa:
    Inscrição", "Etapa: Entrevista", "Etapa: Estudo de caso"), Vagas.com, InfoJobs, Catho,
    Indeed and LinkedIn "candidatura enviada" and "visualizou seu currículo", Kenoby, Sólides
    (Profiler, a DISC-based teste de perfil comportamental), Recrutei and Pandapé tenants,
    Workday, Greenhouse, Lever, SmartRecruiters and Ashby in English; a consultoria de RH
    (Talentare RH) writing for "um grande hospital filantrópico" that names Hospital São Lucas
    da Serra / Fundação São Lucas later, with a dinâmica de grupo; an executive search (Hunter
    Prime) that names Rede Alvorada later; online interviews on Google Meet, Teams and Zoom and
    presenciais with calendar invites; estudos de caso; recusas with neutral subjects ("Retorno
    sobre sua candidatura", "Processo seletivo", "Atualização do processo seletivo") and praise
    before the no; confirmations that say "infelizmente" or "se você não for selecionada"; one
    proposta accepted (Rede Vitalis, with its admissão mail), one declined (Hospital Pedra
    Azul, Rio), withdrawals (desistências) by mail and their acknowledgements, a role frozen by
    a healthtech founder writing from personal Gmail (on hold), ghosted applications, two roles
    at Rede Vitalis, and a re-application at Hospital Santa Efigênia after a rejection.
    Employer naming on purpose: Hospital Santa Efigênia / Associação Beneficente Santa
    Efigênia; Rede Vitalis / Grupo Vitalis / Grupo Vitalis Participações S.A.; Instituto
    Cardiológico Mineiro / ICM / Fundação Cardiológica de Minas Gerais; Laboratório Aurora /
    Aurora Medicina Diagnóstica S.A.; Hospital Pedra Azul / HPA / Hospital Pedra Azul S.A.;
    Medlumen / MEDLUMEN DIAGNOSTICOS LTDA; Rede Serena Saúde as the sender of Hospital Vila
    Serena; Integra Hospitais S.A.; Sanitas Gestão Hospitalar Ltda.; Meridia Healthcare
    Solutions Ltda. Also job alerts, a talent-bank welcome, incomplete-application nudges, a
    Gupy access code, a candidate survey, recruiter outreach (LinkedIn InMail, agencies), an
    auto-reply, and forwarded ("Fwd:", "ENC:") confirmations. The rest is an ordinary BH inbox
    with look-alikes: a card "proposta" pre-approved, a financiamento habitacional "proposta"
    and análise de crédito, a consórcio "candidatura" approved, a rental ficha cadastral
    approved, Detran, INSS requerimentos, Receita, utilities, a gym matrícula and avaliação
    física, a pós-graduação selection with its "entrevista" and approval, an English course, a
    volunteer "inscrição" with "entrevista", newsletters and a podcast that "entrevista"
    someone or talk about hiring, an insurance "proposta aceita", a congress ticket, calendar
    invites that are not interviews (meetup, bloco de Carnaval, clinic, integração), LinkedIn
    social notifications and friends and family talking about their jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused (``heldout.dated_spec`` with Brasília time, -0300 all year), with a small ``m()``
    shorthand of its own; spec keys are opaque numbers. People, employers and employer domains
    are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Gupy, Vagas.com, InfoJobs, Catho, Kenoby, Sólides, Recrutei, Pandapé,
    Glassdoor) are ``other``; consultoria and executive-search mail is ``agency`` with the
    client as ``company`` (null until the agency names it); a person writing from the
    employer's mailbox or from personal webmail on its behalf, and the candidate's own mail to
    the employer, is ``direct``; a forwarded confirmation keeps the source of the mail it
    forwards. ``company`` is the employer as a person would write it (Rede Vitalis, not Grupo
    Vitalis Participações S.A.; Hospital Santa Efigênia, not its Associação). A dinâmica de
    grupo or a café with a founder is an interview; a teste de perfil comportamental, an online
    test or an estudo de caso is an assessment; a withdrawal (desistência) and its
    acknowledgement are confirmation-like mail leaving the application ``withdrawn``; a frozen
    role is confirmation-like mail leaving it ``on_hold``; the signed proposta leaves it
    ``accepted``, the recruiter's reply to a declined proposta ``declined``; admissão
    paperwork, account mail, surveys, access codes and auto-replies are ``other_job``.

Usage
    python tests/corpus/heldout111.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Larissa Duarte <larissa.mduarte@gmail.com>"
DATA_MODULES = (
    "heldout111_jobs",
    "heldout111_jobs_intl",
    "heldout111_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Larissa Duarte", "larissa.mduarte@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 151: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 225 messages of one job seeker ("me", Tiago Magalhães Pereira, a mechanical engineer
    and member of the Ordem dos Engenheiros working in maintenance at a cork and packaging
    factory near Santa Maria da Feira, living in Porto, Bonfim) from September 2025 to February
    2026. He looks for process / industrial engineering, lean / continuous improvement and
    quality roles in Porto, Braga and Aveiro, or remote from Porto for a German or Dutch
    company. European Portuguese (você and the formal "V. Exa." from corporate HR, the
    municipality and the IEFP, tu from a start-up and ITJobs) and English. Roughly 43 % of the
    inbox is job mail, 22 applications: confirmations from SuccessFactors, Workday, Taleo,
    Personio, Recruitee, Teamtailor and SmartRecruiters (tenants whose slugs are not the
    brand), Net-Empregos, SAPO Emprego, ITJobs, Expresso Emprego, Landing.jobs, Indeed and
    LinkedIn; "a sua candidatura foi visualizada" (SAPO Emprego, Indeed, LinkedIn); an SHL
    psychometric battery, a HireVue one-way video interview, a Workday questionnaire, a case
    study by e-mail and a municipal prova de conhecimentos; interviews by Teams, Google Meet,
    over coffee and on site with Outlook and Google invitations (one reagendada, one
    cancelled), a plant visit; rejections with neutral subjects ("Candidatura", "Solarte",
    "Feedback", "Processo de recrutamento – ref. VV/EP/09-25", "Update on your application")
    and praise before the no, "a vaga foi preenchida", a vacancy closed after a hiring freeze;
    an offer accepted by reply (contrato sem termo, seguro de saúde, subsídio de alimentação)
    and its DocuSign contract, an offer declined, a withdrawal, a process "temporariamente
    suspenso" (on hold), ghosted applications, two roles at one employer (Hartwell) and a
    re-application after a no (Norvale). Employer naming on purpose: Metalvouga's mail comes
    from its group's careers mailbox (Grupo Carvalhosa, grupocarvalhosa.example) and names the
    legal "CVS – Componentes Metálicos do Vouga, S.A."; BVE vs Brenner & Vogt Engineering GmbH
    on Personio; ARCOTEX vs Tecelagem Arcozelo, Lda., sent by the IEFP's centro de emprego;
    Norvale on a Workday tenant "nvlh" (NVL Holdings); a procedimento concursal of a
    municipality (BEP alert, Balcão Virtual receipt, prova, entrevista profissional de seleção,
    lista unitária de ordenação final homologada); a temp agency (Talentum Norte) and a
    headhunter (Atlântida Talent Partners, first by LinkedIn InMail) naming the client late;
    a co-founder writing from Gmail; a small firm's owner answering from Hotmail; a
    confirmation forwarded from the old sapo.pt address. Also job alerts, talent-community
    welcomes, an incomplete-application nudge, recruiter outreach, candidate-account mail,
    a candidate survey, two out-of-office replies (one in German), the IEFP asking for the
    result and onboarding mail. The rest is an ordinary Porto inbox with look-alikes: Portal
    das Finanças, Segurança Social Direta, a crédito habitação simulation and file, a
    credit-card "pedido", a rental "candidatura" in Aveiro signed through DocuSign, a
    master's programme "candidatura", "entrevista de seleção" (with an invitation) and
    "admitido", an alumni magazine "entrevista" with its invite, Continente / Pingo Doce /
    Worten "ofertas", CTT, the dentist and an Ordem dos Engenheiros webinar with calendar
    parts, a padel group, newsletters interviewing an industrial director, friends and
    family (Gmail, SAPO, Hotmail, GMX) talking about their own jobs, and the old employer's
    cessation papers.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout151_jobs.py with
    the time zone, the label helpers and a calendar helper that writes Outlook invitations on
    Central European wall-clock time); spec keys are opaque tokens. People, employers and
    employer domains are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, SHL, Net-Empregos, SAPO Emprego, ITJobs, Expresso Emprego,
    Landing.jobs, the IEFP, the BEP) are ``other``; agency and headhunter mail is ``agency``
    with the client as ``company`` (null until named; the InMail is ``linkedin``); a person
    writing from the employer's mailbox, the group's careers mailbox, the municipality's
    mailbox or platform, or from personal webmail on the employer's behalf is ``direct``; a
    forwarded confirmation keeps the source of the mail it forwards. ``company`` is the
    employer as a person would write it: Metalvouga (not Grupo Carvalhosa nor CVS),
    Brenner & Vogt Engineering (for BVE), Arcotex, Norvale Electronics, Câmara Municipal de
    Vilar de Sousa. The IEFP convocatória to an employer's selection interview is an interview;
    the municipality's prova de conhecimentos is an assessment, its entrevista profissional de
    seleção an interview and the homologated final list, ranking him below the one post, a
    rejection. The Medinorte "processo suspenso" is confirmation-like mail leaving the
    application ``on_hold``; the withdrawal acknowledgement leaves it ``withdrawn``; the HR
    reply to his acceptance and the DocuSign "Concluído" leave it ``accepted``; BVE's reply to
    his refusal leaves it ``declined``; an interview reschedule or cancellation is interview
    mail; a HireVue one-way video interview is an assessment. Account mail, the IEFP asking for
    the result, surveys, auto-replies and onboarding are ``other_job``; an incomplete-
    application nudge and talent-community welcomes are ``alert``. The old employer's
    cessation papers and LinkedIn's congratulations are ``not_job``.

Usage
    python tests/corpus/heldout151.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Tiago Magalhães Pereira <tiago.mpereira@gmail.com>"
DATA_MODULES = (
    "heldout151_jobs",
    "heldout151_jobs_more",
    "heldout151_inbox",
    "heldout151_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Tiago Magalhães Pereira", "tiago.mpereira@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

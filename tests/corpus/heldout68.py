"""Corpus 68: hand-written, labelled mail (HELD-OUT ESTIMATE: measured, never tuned on).

What it is
    About 245 messages of one job seeker ("me", Valentina Araya Sepúlveda, a data analyst /
    BI developer living in Providencia, Santiago de Chile) from August 2025 to January 2026.
    Mostly Chilean Spanish (tú and usted, "postulación", "proceso de selección", "entrevista
    psicolaboral", "prueba técnica", "carta oferta"), some English from a US SaaS company
    hiring in LATAM and remote-first startups. About 41 % of the inbox is job mail, 25
    applications: Chilean boards (Laborum, Trabajando.com, Bumeran, Computrabajo, Get on Board,
    Empleos Públicos) and ATSs (BUK, Talana, Hiring Room, Teamtailor), Workday at a bank and a
    mining company (tenant slug "cbmining"), SuccessFactors at an insurance holding, Greenhouse,
    Lever, Ashby, Wellfound and LinkedIn Easy Apply; a consultora de selección writing for
    "una importante empresa del rubro retail" that names Tiendas Alborada (Comercializadora
    Alborada S.A.) two weeks later; an entrevista psicolaboral by a third-party firm; prueba
    técnica and case study, a CodeSignal test and a take-home; Calendly, Hiring Room and
    Teamtailor scheduling and calendar invites (Google and Outlook); rejections with neutral
    subjects ("Tu postulación", "Actualización proceso de selección") and praise before the no;
    a proceso suspendido twice (bank restructuring, budget) and a proceso cerrado sin cubrir la
    vacante; a withdrawn postulación; an offer from Brightloom declined after a long wait and a
    carta oferta from Seguros Pehuén accepted, followed by exámenes preocupacionales and a
    first-day welcome. Employer naming: Seguros Pehuén mails from its holding (Pehuén Holding
    Financiero S.A.) and its legal name (Compañía de Seguros Generales Pehuén S.A.); TeleAustral
    appears as "Telecomunicaciones Australes S.A. (TASA)"; Clínica Los Arrayanes signs with its
    registered company; Sendero Cloud's Greenhouse slug; Kuyen as "Fintech Kuyen SpA"; Mercadito
    as Compras Rápidas SpA; a gerente general of Agrícola Los Boldos Ltda. writing from Gmail;
    a confirmation forwarded ("RV:") from my old work mailbox; two roles at Clínica Los
    Arrayanes; a re-application at Banco Cordillera after a rejection. Also job alerts, a
    talent community, an incomplete-application nudge, headhunter and agency outreach, an
    InMail, a recruiter's Fiestas Patrias auto-reply and an OOO, candidate surveys and a
    candidate-portal account mail. The rest is an ordinary Santiago inbox with look-alikes on
    purpose: an arriendo "postulación" approved, a bank "crédito preaprobado" and "solicitud de
    aumento de cupo", a Caja "solicitud de crédito", a magíster "postulación" with an admission
    "entrevista" and acceptance, CyberDay and Black Friday "ofertas", AFP and Isapre mail, SII,
    Servel's vocal de mesa, bip! card top-ups and Metro notices, newsletters that "entrevistan"
    people and write about hiring, a podcast interview invitation, a webinar, a dentist and a
    birthday with calendar parts, LinkedIn social notifications, and friends talking about
    their jobs and psicolaborales.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with a small ``m()`` shorthand of its own; spec keys are opaque numbers. Recurring
    bills are written from small per-month tables. People, employers and employer domains are
    invented; vendor sender domains are the vendors' real ones.

    HELD-OUT ESTIMATE: measured, never tuned on. Measure it as it is; do not read its mail or
    change rules because of it, so that its score stays an estimate on unseen mail.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Laborum, Trabajando.com, Bumeran, Computrabajo, Get on Board, Empleos Públicos,
    BUK, Talana, Hiring Room, SuccessFactors, Calendly, the psicolaboral firm, a careers mailbox
    arriving forwarded) are ``other``; a forwarded confirmation keeps the source of the mail it
    forwards. Staffing and selection consultoras are ``agency`` with the client as ``company``:
    the consultora's first outreach, before it names the client, has a null company, and the
    application's mail carries the client throughout. A person writing from the employer's
    mailbox, from personal webmail on its behalf, or a Google Calendar invitation from that
    person, is ``direct``. ``company`` is the brand the candidate applied to (Seguros Pehuén,
    not Pehuén Holding Financiero; TeleAustral however written). A psicolaboral is interview
    mail; a case study, prueba técnica or take-home is an assessment; "suspendido" is
    confirmation-like mail leaving the application ``on_hold``; a proceso "cerrado" without
    hiring is a rejection; the withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; the acknowledgement of the signed carta oferta is offer mail leaving it
    ``accepted``, the recruiter's reply to a declined offer ``declined``; exámenes
    preocupacionales, onboarding, surveys, auto-replies and my own reply turning down outreach
    are ``other_job``. A gerente's first reply to an emailed CV is a confirmation.

Usage
    python tests/corpus/heldout68.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Valentina Araya Sepúlveda <vale.araya.sep@gmail.com>"
DATA_MODULES = (
    "heldout68_jobs",
    "heldout68_jobs_intl",
    "heldout68_inbox",
)
FIRST, LAST = "2025-08-01", "2026-02-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Valentina Araya Sepúlveda", "vale.araya.sep@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

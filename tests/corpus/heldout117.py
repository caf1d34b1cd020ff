"""Corpus 117: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Sofía Cevallos Játiva, a CPA and tax analyst
    (contadora, analista tributaria) living in Quito) from September 2025 to February 2026.
    She applies in Quito and Guayaquil and remotely to Colombian, Spanish and US employers,
    mostly in Latin American Spanish (usted from companies, tú from start-ups and friends), a
    little peninsular Spanish and a little English. Roughly 39 % of the inbox is job mail, 24
    applications: Workday (tenants "alcordillera", "brightmoor"), SuccessFactors at a bank,
    Greenhouse, Lever, Teamtailor and HiringRoom (tenants "segurostungurahua", "coopandina"),
    Multitrabajos and Computrabajo "postulación enviada" / "leyó tu CV" notices, LinkedIn Easy
    Apply and Indeed Apply; psychometric and technical tests, a case study, interviews by
    Teams, Zoom and Google Meet with calendar invites, a Lever and a
    Teamtailor self-scheduling link; rejections with neutral subjects ("Tu postulación",
    "Proceso de selección", "Novedades sobre tu proceso") and praise before the no, a
    confirmation that says what silence means, a consultora de selección (Selecta Talento
    Humano) writing for "una importante empresa del sector farmacéutico" that names
    Laboratorios Quitumbe Cía. Ltda. later, a carta oferta accepted by reply, a start-up offer
    declined, a process put on hold and reactivated, then a withdrawal, a founder writing from
    Gmail, a referral, ghosted applications, a forwarded ("RV:") acknowledgement from an old
    Outlook address, and two roles at Cordillera. Employer naming: Cordillera / Alimentos
    Cordillera S.A.; Hoteles Rucu, whose mail comes from Operadora Hotelera Pichincha S.A.;
    Boticas del Valle, whose mail comes from the group mailbox of Corporación Farmavalle S.A.;
    CELA / Compañía Ecuatoriana de Logística y Aduanas CELA S.A.; Café Pasochoa / Industrias
    Pasochoa Cía. Ltda.; Brightmoor / Brightmoor Payroll Solutions, Inc. Also job alerts
    (Multitrabajos, Computrabajo, LinkedIn, Indeed, Workday), talent-community welcomes, an
    incomplete-application nudge, headhunter and InMail outreach, a recruiter's auto-reply, an
    HR holiday auto-reply, a candidate survey and onboarding paperwork. The rest is an ordinary
    Quito inbox with look-alikes on purpose: a solicitud de crédito at the same cooperativa she
    applies to, a credit-card application declined and later approved, a solicitud de arriendo,
    SRI and IESS notices (aviso de salida/entrada, cesantía, préstamo quirografario negado), a
    visa appointment, a master's admission with an "entrevista de admisión" invite, a podcast
    "entrevista", newsletters that interview people and talk about hiring, a webinar, a dentist,
    a party and her new job's meetings as calendar invites, LinkedIn social notifications, and
    friends and family talking about their own jobs and interviews.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused
    through ``heldout.dated_spec``; the time zone, ``m()`` and the label helpers are defined
    once in ``heldout117_jobs.py``. Spec keys are opaque numbers. People, employers and
    employer domains are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, HiringRoom, Multitrabajos, Computrabajo) are ``other``;
    consultora mail is ``agency`` with the client as ``company`` (its approaches before it
    names the client are outreach with a null company); a person writing from the employer's
    mailbox, the group's mailbox or personal webmail is ``direct``. ``company`` is the brand
    she applied to (Hoteles Rucu, not Operadora Hotelera Pichincha; Boticas del Valle, not
    Corporación Farmavalle; CELA however it is written). The signed carta oferta's
    acknowledgement leaves the application ``accepted``; the reply to her declined offer
    ``declined``; "en pausa" is confirmation-like mail leaving it ``on_hold``; the reply
    acknowledging her withdrawal is confirmation-like mail leaving it ``withdrawn``; a forwarded
    acknowledgement keeps the source of the mail it forwards; a case study is an assessment;
    onboarding paperwork, surveys and auto-replies are ``other_job``; alerts about an employer's
    other vacancies and talent-community welcomes are ``alert``.

Usage
    python tests/corpus/heldout117.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Sofía Cevallos <sofia.cevallos.j@gmail.com>"
DATA_MODULES = (
    "heldout117_jobs",
    "heldout117_jobs_intl",
    "heldout117_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Sofía Cevallos", "sofia.cevallos.j@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 72: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 260 messages of one job seeker ("me", Valeria Ortega Ruiz, a customer-success and
    account manager living in Mexico City, Narvarte) from September 2025 to February 2026. She
    applies in Mexico City, in Madrid and to US SaaS companies hiring remote in LATAM. Most of
    the inbox is Mexican Spanish (vacante, postulación, S.A. de C.V., usted from a corporate
    Capital Humano, tú from start-ups), some Spain Spanish (candidatura, proceso de selección,
    S.L.) and some American English. Roughly 43 % of it is job mail, 25 applications: OCC
    Mundial, Computrabajo, LinkedIn, Indeed and InfoJobs postulaciones and "CV leído" notices;
    Workday (tenant slug grupoalmena and orbehr, not the brands), SmartRecruiters, Teamtailor,
    Greenhouse, Lever and Ashby confirmations; psychometric tests (PsicoMet, an OCC
    evaluación), a take-home, a case study and an async video step; interviews booked through
    Teams, Google Calendar, Calendly, GoodTime and Ashby (.ics parts, one cancellation);
    "Gracias por tu interés" rejections with praise before the no and confirmations that say
    "si no eres seleccionada" / "if you are not selected"; a position "congelada" in Madrid and
    another "paused" by a US start-up; an offer from a headhunter's client declined, an offer
    signed through DocuSign and accepted, after which an employer-of-record (Payvance, not the
    employer) sends the contract, onboarding and payroll; ghosted applications; two
    withdrawals (one acknowledged, one ending in an interview cancellation); a re-application at
    Cobrix after a rejection and two roles at Tandem Loop.
    Employer naming: Tiendas Vela, whose mail comes from Grupo Almena (S.A.B. de C.V.) and its
    Workday tenant; IDN written also as Interconexión Digital del Norte, S.A.P.I. de C.V.;
    Cobrix vs Cobrix Servicios Financieros, S.A.P.I. de C.V.; a headhunter (Talentia Search
    Partners) writing for "una empresa líder del sector fintech" and naming Pagora later; a
    co-founder of Kopilo writing from Gmail; a Greenhouse confirmation from careers@pinecresthq.com
    for Pinecrest (pinecrest.io); a Workday confirmation forwarded ("RV:") from an old Outlook
    address. Also job alerts (OCC, Computrabajo, LinkedIn, Indeed, InfoJobs), a talent-community
    welcome, an incomplete-application nudge, agency outreach, an agency auto-reply, a
    recruiter's out-of-office, a background check and candidate surveys. The rest is an ordinary
    CDMX inbox with look-alikes on purpose: a departamento rental "solicitud de arrendamiento"
    and its investigation, SAT Buzón Tributario and e.firma "solicitud", bank "oferta" and
    "tarjeta pre-aprobada" and a credit-line "solicitud aprobada", a language-school
    "solicitud de inscripción", a podcast "entrevista" with a recording invite, a webinar,
    dentist and yoga invites, Metrobús notices, Rappi promos, newsletters about hiring and
    "entrevistas", LinkedIn social notifications and friends talking about their jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused (``dated_spec`` as the data modules' ``m()``); spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (OCC Mundial, Computrabajo, InfoJobs, PsicoMet, Calendly, GoodTime, Checkr, the
    EOR Payvance) are ``other``; headhunter and agency mail is ``agency`` with the client as
    ``company`` (null until the agency names it); a person writing from the employer's mailbox
    or from personal webmail on its behalf is ``direct``; a forwarded confirmation keeps the
    source of the mail it forwards. ``company`` is the employer as a person would write it
    (Tiendas Vela, not Grupo Almena; IDN however it is written; Lumen Ledger, not Payvance).
    Psychometric tests, a take-home, a case study and async video questions are assessments;
    "congelada" / "paused" is confirmation-like mail leaving the application ``on_hold``; a
    withdrawal (her own mail or its acknowledgement) is confirmation-like mail leaving it
    ``withdrawn``, and the interview cancellation that follows is interview mail, still
    ``withdrawn``; the DocuSign "Completed" offer leaves it ``accepted``, the headhunter's reply
    to the declined offer ``declined``; EOR onboarding and payroll, background checks, surveys
    and auto-replies are ``other_job``.

Usage
    python tests/corpus/heldout72.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Valeria Ortega Ruiz <valeria.ortega.ruiz@gmail.com>"
DATA_MODULES = (
    "heldout72_jobs",
    "heldout72_jobs_intl",
    "heldout72_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Valeria Ortega Ruiz", "valeria.ortega.ruiz@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

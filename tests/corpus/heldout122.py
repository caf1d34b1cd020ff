"""Corpus 122: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 218 messages of one job seeker ("me", Irene Lasheras Gimeno, a logistics and supply
    chain planner at an automotive Tier-1 supplier, living in Zaragoza) from September 2025 to
    February 2026. She applies in Zaragoza (Figueruelas, PLAZA, Épila, Ejea), Pamplona and the
    Ribera de Navarra, Valencia (Sagunt, Almussafes), Barcelona and Madrid. Mostly Peninsular
    Spanish (usted from corporate HR and the INAEM, tú from start-ups, agencies and most ATSs),
    some English from multinationals. Roughly 43 % of the inbox is job mail, 24 applications:
    confirmations from SuccessFactors, Workday, Talentclue, Teamtailor, Personio and
    SmartRecruiters (invented tenants), InfoJobs, Indeed, LinkedIn, Tecnoempleo and Infoempleo
    inscriptions, InfoJobs "CV leído" / "En proceso" states, an INAEM (Instituto Aragonés de
    Empleo) preselección; online tests (a Workday task and a TestGorilla invitation, an Indeed
    Excel assessment, a SAP technical test, an English case study); interviews by Teams,
    Google Meet, Calendly and on site with Outlook and Google invitations; descartes with
    neutral subjects ("Tu candidatura", "Proceso de selección", "Novedades en tu candidatura",
    "Update on your application") and praise before the no; a vacancy frozen (on hold); an
    oferta accepted by reply and its onboarding; one withdrawal; ghosted applications; a
    re-application at the same employer after a descarte and two roles at another.
    Employer naming on purpose: Moncayo Automotive's mail comes from its group's careers
    mailbox (Grupo Moncayo, grupomoncayo.example) and names the plant and the S.L.U.; NCT /
    Navarra Chassis Technologies, S.A.U. on a Workday tenant "nctgroup"; Trazza vs its
    razón social Trazabilidad Logística Aragonesa S.L.; Ortiz Paint Systems answered from
    Grupo Ortiz Industrial's selección mailbox; SSTAMP for Sagunto Stamping; a consultora
    (Selecta Talent) and a headhunter (Pirineo Talent Partners) writing for "un importante
    fabricante del sector automoción" they name later; a start-up co-founder and a small
    firm's gerente writing from Gmail and Hotmail; a confirmation forwarded ("RV:") from the
    old work address. Also job alerts (InfoJobs, LinkedIn, Indeed, Tecnoempleo, Infoempleo), a
    talent-community welcome, an incomplete-application nudge, ETT and recruiter outreach, a
    recruiter's auto-reply, a candidate survey and an INAEM appointment. The rest is an
    ordinary Zaragoza inbox with look-alikes: a solicitud de alquiler refused and another
    accepted, a préstamo and a tarjeta de crédito "solicitud", Hacienda (AEAT) notices, a
    master's admission "entrevista" with its invite, a certification exam, newsletters that
    interview people or talk about hiring, marketing "ofertas", dentist and padel invites,
    LinkedIn notifications, monthly bills and friends and family talking about their jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout122_jobs.py with
    the time zone and label helpers); spec keys are opaque tokens. People, employers and
    employer domains are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, Talentclue, InfoJobs, Tecnoempleo, Infoempleo, the INAEM,
    TestGorilla, Calendly) are ``other``; consultora, headhunter and ETT mail is ``agency``
    with the client as ``company`` (null until named); a person writing from the employer's
    mailbox or from personal webmail on its behalf is ``direct``; a forwarded confirmation
    keeps the source of the mail it forwards. ``company`` is the employer as a person would
    write it: Moncayo Automotive (not Grupo Moncayo), Navarra Chassis Technologies (for NCT),
    Trazza, Ortiz Paint Systems, Sagunto Stamping (for SSTAMP). The INAEM preselección and
    InfoJobs "CV leído" / "En proceso" are ``viewed``; a frozen vacancy is confirmation-like
    mail leaving the application ``on_hold``; the withdrawal acknowledgement is
    confirmation-like mail leaving it ``withdrawn``; the reply to the accepted offer leaves it
    ``accepted``; onboarding, surveys, an auto-reply and the INAEM appointment are
    ``other_job``; an incomplete-application nudge is an ``alert``; the gerente's invitation
    to see the workshop is an interview. Mail from the new employer after starting (a PRL
    training invite) is ``not_job``.

Usage
    python tests/corpus/heldout122.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Irene Lasheras Gimeno <irene.lasheras.g@gmail.com>"
DATA_MODULES = (
    "heldout122_jobs",
    "heldout122_jobs_more",
    "heldout122_inbox",
    "heldout122_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Irene Lasheras Gimeno", "irene.lasheras.g@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

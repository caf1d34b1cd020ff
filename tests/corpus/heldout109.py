"""Corpus 109: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 225 messages of one job seeker ("me", Marta Villalobos Ruiz, a hotel marketing and
    events coordinator living in Sevilla who also applies in Málaga, Madrid and the Canary
    Islands) from September 2025 to February 2026. Spanish throughout (tú from most companies,
    usted from the SAE, a public hotel company, a consultora and a congress centre), some
    English from international hotel chains. Roughly 45 % of the inbox is job mail, 25
    applications: InfoJobs with its estados ("CV leído", "En proceso", "Finalista",
    "Descartado"), Indeed, LinkedIn, Turijobs, Infoempleo and an SAE (Servicio Andaluz de
    Empleo) preselection; ATSs SuccessFactors, Workday, Taleo, SmartRecruiters, Teamtailor,
    Greenhouse, Personio and Factorial; acuses de recibo; entrevistas by teléfono, Teams and
    presencial with Outlook, Google and Calendly invitations; a caso práctico, a prueba
    práctica and pruebas psicotécnicas; rejections with neutral subjects ("Tu candidatura",
    "Proceso de selección") and praise before the no; an offer accepted (and onboarding after
    it), an offer declined by her through the consultora, a withdrawal, a role put on hold by
    a rural hotel, ghosted applications, two roles at Meridia Hotels and a re-application at
    Palacio de Triana after a Descartado. After accepting in November she keeps applying.
    Employer naming: Alminar Hotels & Resorts whose mail comes from Grupo Turístico Alminar,
    S.A. and which signs "AH&R"; Palacio de Triana Boutique Hotel written as its S.L.
    (Explotaciones Hoteleras Triana 2018 SL); Azahar Experiences writing as Sevilla Tours &
    Experiences S.L. on Factorial; Marlowe Hotels written "MIH" and Marlowe International
    Hotels, Inc.; Hospederías Históricas as "HHE"; an ETT (Grupo Temporis) writing for "una
    importante cadena hotelera" and naming Hoteles Olivar Urbano once it presents her; a
    consultora (Talentia Hospitality Search) that names Solenza Hotels only when the process
    starts; a founder writing from Gmail; an InfoJobs confirmation forwarded ("RV:") from her
    university address. Also job alerts (InfoJobs, Indeed, LinkedIn, Turijobs, the SAE), a
    talent-community welcome, an incomplete-application nudge, LinkedIn InMail and agency
    outreach, recruiter auto-replies and an InfoJobs process survey. The rest is an ordinary
    Sevilla inbox with look-alikes on purpose: a rental "solicitud" refused and another
    accepted, a credit-card "oferta preconcedida" and its "solicitud aprobada", Hacienda (DEHú,
    requerimiento), the DGT, the Padrón, the SAE demand dropped "por colocación", a gym
    "inscripción", the caseta de Feria's quota and FITUR accreditation, a master's admission
    with an "entrevista de admisión", a volunteering "entrevista de acogida", Hosteltur and
    podcast newsletters with "entrevista" and hiring news, Wallapop "ofertas", a cousin's
    wedding and a Christmas dinner as calendar invites, friends talking about their own jobs,
    interviews and offers, and LinkedIn social notifications.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as the data modules' ``m()`` (Madrid time, CEST until
    26 October 2025; one auto-reply in Canary time); spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, Factorial, InfoJobs, Turijobs, Infoempleo, the SAE, Calendly)
    are ``other``; ETT and consultora mail is ``agency`` with the client as ``company`` (null
    until the agency names it); a person writing from the employer's mailbox or from personal
    webmail on its behalf is ``direct``; a forwarded confirmation keeps the source of the mail
    it forwards. ``company`` is the employer as a person would write it (Alminar Hotels &
    Resorts, not Grupo Turístico Alminar; Palacio de Triana, not its S.L.; Azahar
    Experiences; Marlowe Hotels; Hospederías Históricas). InfoJobs "CV leído" and "En proceso"
    are ``viewed``, "Finalista" (after an interview) is interview mail, "Descartado" a
    rejection; the SAE preselection that sends her CV to the employer is a confirmation;
    pruebas psicotécnicas, a caso práctico and a prueba práctica are assessments; "aplazar la
    contratación" is confirmation-like mail leaving the application ``on_hold``; the
    recruiter's acknowledgement of her withdrawal is confirmation-like mail leaving it
    ``withdrawn``; the reply to her signed acceptance leaves it ``accepted``, the consultora's
    reply to her declining ``declined``; onboarding, surveys and auto-replies are
    ``other_job``; mail from her new workplace after she starts is not job-search mail.

Usage
    python tests/corpus/heldout109.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Marta Villalobos Ruiz <marta.villalobos.ruiz@gmail.com>"
DATA_MODULES = (
    "heldout109_jobs",
    "heldout109_jobs_more",
    "heldout109_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Marta Villalobos Ruiz", "marta.villalobos.ruiz@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

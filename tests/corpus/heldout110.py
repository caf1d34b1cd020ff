"""Corpus 110: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Daniela Garza Treviño, a manufacturing quality
    and process engineer (ingeniera de calidad, SQE, ingeniera de procesos) living in Monterrey)
    from September 2025 to February 2026. She applies in Monterrey and its industrial suburbs
    (Apodaca, Santa Catarina, Escobedo), Saltillo / Ramos Arizpe, Querétaro and to US employers
    in Texas. Most of it is Mexican Spanish (usted from HR departments and ATSs, tú from
    recruiters, a headhunter and a plant owner), some English (US employers, the corporate
    offices of maquiladoras, a Texas staffing firm). Roughly 43 % of the inbox is job mail, 27
    applications: boards OCC Mundial, Computrabajo, Bumeran, Indeed and LinkedIn; ATSs Workday,
    SuccessFactors, Taleo, iCIMS, Greenhouse and Kenexa BrassRing (invented tenants); "Gracias
    por postularte" and "tu postulación" confirmations, one that says what happens "en caso de
    no ser seleccionado(a)"; psicométricos, an examen técnico, an 8D case study and a Criteria
    test; entrevistas by teléfono, Teams and en planta with invitations (.ics) and a Calendly
    booking; rechazos with neutral subjects ("Seguimiento a tu proceso", "Gracias por su
    tiempo", "Actualización sobre tu solicitud") and praise before the no; an oferta accepted
    by reply, followed by the examen médico de ingreso and onboarding; withdrawals (two by the
    candidate after accepting, one through an agency) and their acknowledgements; two vacantes
    "congeladas" / en pausa; ghosted applications; two roles at one employer; a re-application
    after a rejection. Employer naming: Metalúrgica Regiomontana, S.A. de C.V. / MR; Cristalería
    Anáhuac / CRISA; a German brand (Hallmann Automotive) whose mail comes from its Mexican
    subsidiary (S. de R.L. de C.V.), SuccessFactors and hallmann-group.com; a shelter company
    (Sierra Madre Shelter Services) recruiting for its client Kestrel Medical; a headhunter
    writing for "una empresa líder del sector automotriz" that names Ostrava Components later;
    Lerma Home whose rejection comes from Grupo Lerma; TSC / Termoplásticos Santa Catarina;
    Brennan Electric vs Brennan Eléctrica de México; a plant owner writing from hotmail and an
    HR assistant from gmail; ATS tenant slugs that are not the brand. Also job alerts, a
    talent-community welcome, an incomplete-application nudge and a profile nudge, recruiter
    and agency outreach (LinkedIn InMail, a Texas staffing firm), auto-replies, a candidate
    survey and a forwarded ("RV:") confirmation. The rest is an ordinary Monterrey inbox with
    look-alikes on purpose: a solicitud de crédito Infonavit, a tarjeta de crédito solicitud
    and Buen Fin "ofertas", SAT acuses and citas, a US visa "entrevista consular", a
    departamento en renta (solicitud de arrendamiento aprobada), a gym inscripción, a master's
    admission "solicitud" and "entrevista", car insurance, newsletters with "entrevista" and
    hiring news, non-interview calendar invites (dentist, asamblea, posada), LinkedIn social
    notifications, payroll CFDIs and friends talking about their own job offers.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused
    through its ``dated_spec`` helper (``functools.partial(dated_spec, tz)`` is each data
    module's ``m()``); spec keys are opaque numbers. People, employers and employer domains are
    invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (OCC Mundial, Computrabajo, Bumeran, SuccessFactors, Kenexa BrassRing, Calendly,
    Criteria) are ``other``; agency and headhunter mail is ``agency`` with the client as
    ``company`` (null until the agency names it); the shelter company's recruiters write on the
    employer's behalf and are ``direct``, with the client (Kestrel Medical) as ``company``; a
    person writing from the employer's mailbox or from personal webmail on its behalf is
    ``direct``; a forwarded confirmation keeps the source of the mail it forwards. ``company``
    is the employer as a person would write it (Hallmann Automotive, not Hallmann Automotive
    México, S. de R.L. de C.V.; Lerma Home, not Grupo Lerma; TSC however it is written). A
    psicométrico, examen técnico or case study is an assessment; a Computrabajo message with an
    interview date is an interview; "congelada" / "en pausa" is confirmation-like mail leaving
    the application ``on_hold``; a withdrawal acknowledgement leaves it ``withdrawn``; the
    recruiter's reply to the signed offer letter leaves it ``accepted``; the examen médico de
    ingreso, onboarding, surveys and auto-replies are ``other_job``.

Usage
    python tests/corpus/heldout110.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Daniela Garza Treviño <dgarza.trevino@gmail.com>"
DATA_MODULES = (
    "heldout110_jobs",
    "heldout110_jobs_intl",
    "heldout110_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Daniela Garza Treviño", "dgarza.trevino@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

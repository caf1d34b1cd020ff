"""Corpus 134: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 226 messages of one job seeker ("me", Lucía Ferrández Ortega, a senior accountant /
    financial controller at an industrial firm in Getafe, ex-auditor, living in Carabanchel,
    Madrid) from February to July 2026. She applies to industry, audit firms, fintechs and one
    public company in the Madrid area. Mostly Peninsular Spanish (usted from the public company,
    the audit firm's secretary and the large corporates' templates, tú from start-ups, job
    boards, consultants and a gerente), some English from multinationals and fintechs. About
    43 % of the inbox is job mail, 22 applications: confirmations from Workday (tenant
    "nvpharma" for Norvance Pharmaceuticals), SAP SuccessFactors (Kessler Rowe; Grupo Vértice
    Retail writing for its brand Lúmina Hogar, one of them forwarded "RV:" from the old work
    address), Cornerstone (tenant "enerxagroup"), Greenhouse, Ashby (tenant "tallyo" for
    Tally), Teamtailor, InfoJobs, Indeed and LinkedIn; InfoJobs "CV leído" / "En proceso",
    LinkedIn "ha visto tu solicitud" and a public company's "lista provisional de admitidos";
    assessments (a HireVue one-way video and its reminder, a SuccessFactors online test, an
    Indeed skills test, a take-home case after the first interview, the public company's
    "prueba de conocimientos"); interviews by Teams, Google Meet and on site with Outlook and
    Google invitations, an Outlook reschedule, a Greenhouse reschedule and a Teamtailor
    cancellation; descartes with neutral subjects ("Actualización de tu candidatura",
    "Novedades sobre tu candidatura", "Your application", "Following up on your
    application", "Proceso Controller de Planta") and praise before the no; a role put on hold
    by a reorganisation; two withdrawals acknowledged by reply (a fintech and a furniture
    maker's gerente writing from Hotmail); an audit firm's offer declined by reply; the offer
    she accepts by reply, then its DocuSign contract and the "Completado" envelope; ghosted
    applications; two roles at Norvance; a re-application at Kampo six weeks after its
    descarte. Employer naming on purpose: Kampo's recruiter never names the brand, only the
    razón social KAMPO DISTRIBUCIÓN AGROALIMENTARIA, S.L. in her signature; TRAMESA vs
    Transformados Metálicos del Henares, S.A.; AMV Auditores vs "Arroyo, Mendizábal y Villalba
    Auditores, S.L.P."; KR vs Kessler Rowe; INSUMA vs Infraestructuras y Suelo de Madrid, S.A.,
    S.M.E. (its "proceso selectivo PS-04/2026" ends in a bolsa de empleo); Grupo Albaida vs
    Albaida Alimentación, S.A.; a finance recruitment agency (Nexo Finance) and an
    executive-search firm (Serrano Vidal) that write for "una multinacional del sector
    farmacéutico" and "un grupo cotizado del sector alimentación" and name the client only once
    she is presented. Also job alerts (LinkedIn, InfoJobs, Indeed, a "Cobrix está contratando"),
    a talent-community welcome, an incomplete-application nudge, a careers-portal verification
    code, recruiter outreach (a LinkedIn InMail, an ETT, a London headhunter after she has
    accepted), a headhunter's auto-reply, a reference request, a candidate survey, an Indeed
    "¿has tenido noticias?" survey and onboarding mail. The rest is an ordinary Madrid family
    inbox with look-alikes: a rental "solicitud" refused and another "APROBADA" with its lease
    signed through DocuSign, a préstamo preconcedido and a credit card "solicitud aprobada", a
    school admission (justificante, listados provisionales, "ADMITIDA", matrícula), a summer
    camp "solicitud de plaza" and "plaza adjudicada", an executive master's admission interview
    with its invitation and an admission "offer" with a scholarship, newsletters and a podcast
    that interview CFOs or teach how to prepare a job interview, marketing "ofertas
    exclusivas", dentist, doctor, school-tutoría, webinar and installer invites with calendar
    parts, a community-of-owners "convocatoria", LinkedIn notifications, and friends and family
    talking about their own jobs and about hers (an offer accepted, a layoff, a promotion, "¿qué
    tal la entrevista?", "¡Enhorabuena hija!").

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout134_jobs.py with
    the time zone, label helpers and a ``reply()`` for threading headers); spec keys are opaque
    tokens. People, employers and employer domains are invented; vendor sender domains are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, Cornerstone, InfoJobs) are ``other``; Nexo Finance, Serrano
    Vidal, the ETT and the London headhunter are ``agency``, with the client as ``company``
    (null until named: their first approaches are ``outreach``); a person writing from the
    employer's mailbox or from personal webmail on its behalf, and the public company's
    registry and selection mailboxes, are ``direct``; the forwarded confirmation keeps the
    source of the mail it forwards. ``company`` is the employer as a person would write it:
    Kampo, TRAMESA, AMV Auditores, Kessler Rowe, INSUMA, Grupo Albaida, Lúmina Hogar (not Grupo
    Vértice Retail), Tally (not Tallyo). The public company's list of admitted candidates and
    the job boards' "CV leído" / "En proceso" / "ha visto tu solicitud" are ``viewed``; its
    "prueba de conocimientos" is an assessment and its final resolution (not hired, placed in
    the bolsa) a rejection; the take-home case after a first interview is an assessment that
    leaves the application ``interviewing``; a frozen role is confirmation-like mail leaving it
    ``on_hold``; a withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; the employer's reply to a declined offer is offer mail leaving it
    ``declined``; the reply to the accepted offer and the DocuSign envelopes of the contract
    leave it ``accepted``; the cancellation of an interview is interview mail; the factory
    visit the gerente proposes is an interview. The headhunter's auto-reply, the reference
    request, candidate surveys, the careers-portal code and onboarding are ``other_job``; the
    incomplete-application nudge is an ``alert``. Mail from the new employer after she starts
    (mandatory training) is ``not_job``.

Usage
    python tests/corpus/heldout134.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Lucía Ferrández Ortega <lferrandez.ortega@gmail.com>"
DATA_MODULES = (
    "heldout134_jobs",
    "heldout134_jobs_more",
    "heldout134_inbox",
    "heldout134_life",
)
FIRST, LAST = "2026-02-01", "2026-08-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Lucía Ferrández Ortega", "lferrandez.ortega@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

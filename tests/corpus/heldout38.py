"""Corpus 38: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 250 messages of one job seeker ("me", Valentina Ríos Echeverri, a marketing and
    e-commerce specialist living in Bogotá) from September 2025 to February 2026. She applies in
    Bogotá, Medellín, Mexico City, Lima, Madrid and to remote roles at Latin American startups and
    US companies hiring in LATAM, so her job mail is mostly in Latin American Spanish (Colombian,
    Mexican and Peruvian usage), some in Spain's Spanish and some in English. Roughly 40 % of the
    inbox is job mail, 27 applications: consumer-goods groups whose brand differs from the legal
    name (S.A.S., S.A. de C.V., S.A.C.), a retail chain, a bank's digital fintech brand, a
    university's public call, a cooperative and startups, reached through Computrabajo,
    elempleo, Magneto, OCC Mundial, Bumeran, InfoJobs, LinkedIn, Indeed, Get on Board, Torre,
    Greenhouse, Lever, Workable, SuccessFactors, Taleo and Workday; a consultora de selección and
    a temporary-staffing firm that name their client late; a founder writing from personal
    gmail; pruebas psicotécnicas, entrevistas con el jefe inmediato, a take-home, video and
    on-site interviews with calendar parts, a carta oferta declined and an offer signed through
    DocuSign, a withdrawal acknowledgement, a withdrawal through Workday, a call suspended (on
    hold), ghosted applications, two roles at one employer and a re-application after a
    rejection. Also job alerts, talent-community welcomes, account mail, an incomplete-application
    nudge, recruiter outreach, a candidate survey, an out-of-office reply, a background check and
    onboarding. The rest is an ordinary Bogotá inbox with look-alikes on purpose (a credit-card
    "solicitud" approved, a RappiCard declined, an apartment "aplicación", a scholarship and a
    mortgage application, volunteering, marketing "ofertas", "entrevista" in newsletters and
    podcasts, webinars and a forum with calendar parts, LinkedIn social notifications, a friend
    asking for a job reference, mail from the new employer's tools after she started).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder is
    reused, with a shorthand ``m()`` of this corpus's own; spec keys are opaque numbers. Monthly
    statements, receipts and newsletters come from small tables, as such mail really repeats.
    People, employers and employer domains are invented; vendor sender domains are the vendors'
    real ones.

    TUNING CORPUS: measured first, then tuned on. Its first measurement is an honest estimate;
    after that it is a tuning corpus like any other.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Computrabajo, elempleo, Magneto, OCC Mundial, Bumeran, InfoJobs, Get on Board,
    Torre, SuccessFactors, Psicotest, Deel, a background-check vendor) are ``other``; a
    consultora or staffing firm is ``agency`` with the client as ``company`` (null until the
    agency names it; its first approach is outreach); a person writing from the employer's
    mailbox or from personal webmail on its behalf is ``direct``. ``company`` is the employer as
    she would write it (the brand: "Nuvia", "Frutalia", "Sumaq", "Huerta Viva", "Almendra"), never
    the ATS, board or agency. A withdrawal acknowledgement is confirmation-like mail leaving the
    application ``withdrawn``; a suspended call leaves it ``on_hold``; the DocuSign "Completed"
    offer letter leaves it ``accepted``; the employer's reply to her declining the carta oferta
    is offer mail leaving it ``declined``; test credentials and test invitations are assessments;
    a background check, contractor platform invitation or onboarding after the offer is
    ``other_job``; mail from the new employer's tools once she works there is not job mail.

Usage
    python tests/corpus/heldout38.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Valentina Ríos Echeverri <valentina.rios.e@gmail.com>"
DATA_MODULES = (
    "heldout38_jobs",
    "heldout38_jobs_intl",
    "heldout38_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Valentina Ríos Echeverri", "valentina.rios.e@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

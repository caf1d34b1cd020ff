"""Corpus 90: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Catalina Fuentes Araya, a retail category /
    pricing analyst living in Ñuñoa, Santiago de Chile) from October 2025 to March 2026. She
    applies in Santiago, in Lima and remotely for Argentine, Spanish and US companies. Mostly
    Chilean Spanish (tú from start-ups, usted from big retail, banks and pharmacies), some
    Peruvian, rioplatense and peninsular Spanish and some English. Roughly 43 % of the inbox is
    job mail, 24 applications: confirmations from Workday (a holding, Grupo Cordillera, whose
    mail carries its supermarket Mercado Andino and department store Tiendas Pehuén), Buk and
    Hiringroom tenants (grupolumen for Ópticas Lumen), Get on Board, Laborum, Trabajando.com,
    Computrabajo (Chile and Perú), Bumeran, LinkedIn, Greenhouse, Lever, Ashby, Workable,
    Personio and Teamtailor; psicolaborales (psychometric evaluations) booked by a psychology
    firm, by the consultora and by a bank, a HackerRank test, a take-home case and a pricing
    exercise; interviews by Meet, Teams, Calendly, Ashby scheduling and in person with .ics
    invitations; rejections with neutral subjects ("Actualización proceso", "Resultado de tu
    postulación") and praise before the no; confirmations that say "si usted no es contactada
    en 30 días" or "unfortunately"; a carta oferta accepted (Farmacias Vitalis S.A. / Vitalis /
    FVS) with Buk onboarding, another declined at a SpA whose founder writes from Gmail; a role
    frozen ("congelado", on hold) after a re-application at Mercado Andino; two withdrawals
    (one by mail to a Buenos Aires start-up, one acknowledged by Ashby); ghosted applications; a
    consultora (Talentia) writing for "una importante empresa del retail" that names Hogar
    Maule; a headhunter (Andes Search) with a confidential search that turns out to be Casa
    Mapocho; a referral whose hiring manager writes from personal Gmail. Also job alerts,
    talent-community welcomes, an incomplete-application nudge, recruiter and agency outreach,
    a candidate survey, a recruiter's out-of-office and a weekly "your CV was seen" digest.
    The rest is an ordinary Santiago inbox with look-alikes on purpose: an arriendo
    "postulación" approved by a corredora and a notaría appointment, "ofertas" from the same
    retailers she applies to, a credit-card "solicitud" rejected and a pre-approved loan, SII,
    AFP, Isapre, AFC (seguro de cesantía) and Bolsa Nacional de Empleo mail, a diplomado
    "postulación" accepted, a volunteering "postulación" with its "entrevista", a running club,
    retail newsletters and a podcast with "entrevista", calendar invites that are not
    interviews, LinkedIn social notifications and friends and family talking about their pegas.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()``; spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Get on Board, Laborum, Trabajando.com, Computrabajo, Bumeran, Buk, Hiringroom,
    Calendly, the psicolaboral firm) are ``other``; consultora and headhunter mail is
    ``agency`` with the client as ``company`` (null until the agency names it); a person
    writing from the employer's mailbox or from personal webmail on its behalf is ``direct``;
    a recruiter writing through Lever or Ashby keeps that ATS as source. ``company`` is the
    employer as a person would write it (Mercado Andino and Tiendas Pehuén, not Grupo
    Cordillera; Farmacias Vitalis however it is written; Ópticas Lumen, not grupolumen). A
    psicolaboral, an online test, a take-home case or a pricing exercise is an assessment; a
    referral coffee with the hiring manager is an interview; "congelado" is confirmation-like
    mail leaving the application ``on_hold``; a withdrawal acknowledgement is confirmation-like
    mail leaving it ``withdrawn``; the acknowledged signed carta oferta leaves it ``accepted``,
    the founder's reply to the declined one ``declined``; onboarding, surveys, auto-replies and
    the hiring manager's later note are ``other_job``. A job board's incomplete-application
    nudge and talent-community welcomes are alerts.

Usage
    python tests/corpus/heldout90.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Catalina Fuentes Araya <catalina.fuentes.araya@gmail.com>"
DATA_MODULES = (
    "heldout90_jobs",
    "heldout90_jobs2",
    "heldout90_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Catalina Fuentes Araya", "catalina.fuentes.araya@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

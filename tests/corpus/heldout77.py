"""Corpus 77: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Marta Vidal Roig, a hotel operations manager
    living in Barcelona) from September 2025 to February 2026. She applies in Barcelona,
    Valencia, Palma and Lisbon, mostly in Spanish (tú from the chains' HR, usted from a
    headhunter, an ETT and a few formal employers), with Catalan from a local hotel and in
    signatures, English from an international chain's EMEA team and a London-based group, and
    one Portuguese confirmation. Roughly 40 % of the inbox is job mail, 24 applications:
    InfoJobs, Turijobs, Hosco, Indeed, LinkedIn (Easy Apply, viewed, InMail) and Welcome to the
    Jungle; Workday, SuccessFactors, Cornerstone, SmartRecruiters, Personio, Greenhouse and
    Teamtailor portals; psychometric tests and a HireVue video interview; Teams invitations and
    a cancelled one, a Calendly booking, a pre-opening team's "jornada de puertas abiertas", a
    paid trial shift ("jornada de prova"); rejections with neutral subjects and praise, a
    vacancy "cubierta internamente" (and one filled internally through a headhunter), a
    requisition closed; an offer accepted (Casa Aurèlia, owned by Gestió Hotelera Aurèlia,
    S.L., offered by the owner from personal Gmail), an offer declined (Brisa Hotels & Resorts,
    registered as BRISA HOTELES, S.A.), three withdrawals after accepting, an ETT (Flexa Talent)
    for an unnamed then named client put on hold, a headhunter (Vértice) writing for "una cadena
    hotelera internacional" then naming Solmarí, an acronym (GHB for Grup Hostalia; GLH for
    Grupo Levante Hoteles), a group careers mailbox (Grupo Azahar for Hotel Azahar València),
    Hotel Nómada's pre-opening team writing for Voyant Hospitality, two roles at Hoteles Mirasol,
    a forwarded Greenhouse confirmation, a recruiter's out-of-office and a candidate survey.
    The rest is an ordinary Barcelona inbox with look-alikes on purpose: a piso rental
    "solicitud" refused then accepted and signed, the Agencia Tributaria and a gestoría, bank
    "ofertas" and a credit-card "solicitud", TMB T-usual recharges, a gym, hospitality
    newsletters and a podcast with "entrevista"/"interview", a language-school enrolment,
    non-interview calendar invites, LinkedIn social notifications and friends talking about
    their own jobs, promotions and offers.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused (``heldout.dated_spec`` as the data modules' ``m()``); spec keys are opaque numbers.
    People, employers and employer domains are invented; vendor sender domains are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (InfoJobs, Turijobs, Hosco, Welcome to the Jungle, SuccessFactors, Cornerstone,
    Calendly) are ``other``; ETT and headhunter mail is ``agency`` with the client as
    ``company`` (null until the agency names it); a person writing from the employer's or its
    management company's mailbox, from a group careers mailbox or from personal webmail is
    ``direct``; a forwarded confirmation keeps the source of the mail it forwards. Catalan mail
    has no language code of its own and is labelled ``es``. ``company`` is the employer as a
    person would write it: the hotel or brand she applied to (Casa Aurèlia, not Gestió Hotelera
    Aurèlia; Hotel Azahar València, not Grupo Azahar; Hotel Nómada València, not Voyant;
    Grup Hostalia, however it is written). A trial shift and an open day with interviews are
    interviews; psychometric tests and the HireVue video interview are assessments; "cubierta
    internamente" and a closed requisition are rejections; "en pausa" is confirmation-like mail
    leaving the application ``on_hold``; a withdrawal acknowledgement (or a cancelled interview
    acknowledging the withdrawal) leaves it ``withdrawn``; the acknowledged signed offer leaves
    it ``accepted``, the reply to a declined offer ``declined``; onboarding paperwork, travel
    booked by an employer, a survey, a portal code and an auto-reply are ``other_job``.

Usage
    python tests/corpus/heldout77.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Marta Vidal Roig <marta.vidalroig@gmail.com>"
DATA_MODULES = (
    "heldout77_jobs",
    "heldout77_jobs_intl",
    "heldout77_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Marta Vidal Roig", "marta.vidalroig@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

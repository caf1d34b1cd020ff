"""Corpus 53: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 240 messages of one job seeker ("me", Lucía Fernández Otero, a data analyst /
    analytics engineer living in Madrid) from November 2025 to April 2026. She applies in
    Madrid, Barcelona, Valencia and remote (Spain and EU-remote roles in English); most mail is
    in Spain's Spanish (tú and usted), about a quarter in English. Roughly 42 % of the inbox is
    job mail, 24 applications: InfoJobs, Tecnoempleo, LinkedIn (Easy Apply, viewed, InMail),
    Indeed and Welcome to the Jungle applications; Workday, Greenhouse, Lever, Ashby,
    SmartRecruiters, Personio, Teamtailor, Factorial, Recruitee and BambooHR confirmations;
    Codility and HackerRank tests and a take-home; interviews booked through Calendly, Ashby,
    Teams and Google invites; rejections with neutral subjects and praise before the no;
    confirmations that say "lamentablemente" / "unfortunately" / "if you are not selected"; an
    offer sent through DocuSign and accepted, another offer declined by reply; an agency's
    client put on hold, reactivated and then withdrawn from; a withdrawal acknowledged by a
    start-up founder writing from Gmail; a re-application at Kuvo after a rejection and two
    roles at Nubalia. Employer naming: Brisa Seguros whose mail comes from its parent Grupo
    Albatros (Grupo Albatros Seguros, S.A.); Mercantia written as MERCANTIA RETAIL SOLUTIONS SL,
    Mercantia Retail Solutions, S.L. and MRS (mrs-retail.es); Kuvo signing as Kuvo Pagos S.L.;
    Quorra Analytics as "QRA Talent" and Quorra Analytics B.V.; Castell Pharma writing as
    Castell Group with a careers reply-to at another domain; Polaris Games as the Teamtailor
    tenant "PG Studios"; the ETT Talentia Consulting pitching "una importante empresa del sector
    logístico" and naming Vélez Logística later; a London agency naming Vantio late. Also job
    alerts (InfoJobs, Tecnoempleo, LinkedIn, Indeed, Glassdoor, Welcome to the Jungle),
    talent-community welcomes, incomplete-application nudges, recruiter outreach, agency
    auto-replies, a portal verification code, candidate surveys and onboarding mail. The rest
    is an ordinary Madrid inbox with look-alikes on purpose: a credit-card "solicitud" approved,
    a pre-approved loan "oferta", a rental application accepted and its DocuSign lease, a
    parking-permit and a volunteering "solicitud", a school "solicitud de admisión" (and its RV:
    forward), a language-course enrolment, Wallapop and Vinted "ofertas", a podcast asking her
    for an "entrevista", newsletters about hiring, meetup, dentist, podcast and office calendar
    invites, LinkedIn social notifications, and family and friends talking about jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with a small ``m()`` shorthand of its own; spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (InfoJobs, Tecnoempleo, Factorial, Welcome to the Jungle, Glassdoor, Calendly)
    are ``other``; staffing-agency mail is ``agency`` with the client as ``company`` (null until
    the agency names it); a person writing from the employer's mailbox or from personal webmail
    on its behalf is ``direct``. ``company`` is the brand applied to (Brisa Seguros, not Grupo
    Albatros; Mercantia however it is written). Onboarding, surveys, portal codes and
    auto-replies are ``other_job``; a withdrawal acknowledgement is confirmation-like mail
    leaving the application ``withdrawn``; "on hold" is confirmation-like mail leaving it
    ``on_hold``; the DocuSign "Completado" offer leaves it ``accepted``, the reply to a declined
    offer ``declined``; a take-home is an assessment. Mail from her new employer after
    she starts (1:1s, internal newsletter) is not job mail.

Usage
    python tests/corpus/heldout53.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Lucía Fernández Otero <lucia.fdez.otero@gmail.com>"
DATA_MODULES = (
    "heldout53_jobs",
    "heldout53_jobs_intl",
    "heldout53_inbox",
)
FIRST, LAST = "2025-11-01", "2026-05-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Lucía Fernández Otero", "lucia.fdez.otero@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

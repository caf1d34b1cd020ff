"""Corpus 51: hand-written, labelled mail of a Monterrey FP&A analyst (TUNING CORPUS).

What it is
    About 240 messages of one job seeker ("me", Daniela Garza Villarreal, a financial analyst /
    FP&A specialist living in Monterrey, Mexico) from September 2025 to February 2026. She
    applies in Monterrey, Mexico City, Guadalajara, Querétaro and remote (including US
    companies' nearshore hubs and shared-service centers), so her job mail is mostly in
    Mexican Spanish with some English. Roughly 40 % of the inbox is job mail, 27
    applications: industrial and consumer groups whose brand differs from the legal name
    ("S.A.B. de C.V.", "Grupo X"), a bank's tech hub known by its acronym, a retail chain
    writing for its banners, a brewery group, a state government agency, a university,
    startups and US multinationals' service centers, reached through OCC Mundial,
    Computrabajo, Bumeran, Indeed, LinkedIn, Glassdoor, Talenteca, Workday, SuccessFactors,
    Taleo, Greenhouse, Lever, Workable, Teamtailor and direct mail. Psychometric and knowledge
    tests, socio-economic studies, labour references, Teams and Zoom invitations with calendar
    parts, short thread replies that only set a time, a "carta oferta" accepted and another
    declined (with its acknowledgement), a withdrawal and its acknowledgement, praise before
    no, a rejection under a neutral subject, two roles at one employer, a re-application
    after a rejection, ghosted applications, a headhunter that names its client late and puts
    her in two processes, a hiring manager writing from personal webmail. Also job alerts,
    talent-community welcomes, incomplete-application nudges, recruiter outreach, portal
    codes, surveys and an auto-reply. The rest is an ordinary Monterrey inbox with look-alikes
    on purpose (a credit-card "solicitud", a car loan approved, a master's scholarship
    "postulación", Buen Fin "ofertas", a newspaper newsletter "entrevista", a webinar with a
    calendar part, a condominium "convocatoria", a friend asking for a recommendation letter).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder
    is reused, with a small ``m()`` shorthand of this corpus's own; spec keys are opaque
    numbers. People, employers and employer domains are invented; vendor sender domains are
    the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule is changed
    for it; after that its figures are no longer an honest held-out estimate.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). ``company`` is the employer
    as a person writes it in a tracker (the brand, not the legal name; never the ATS, board or
    agency). Sources outside DESIGN.md's vocabulary (OCC Mundial, Computrabajo, Bumeran,
    Glassdoor, Talenteca, SuccessFactors, psychometric-test vendors, an employer's own careers
    portal) are ``other``; headhunter / agency mail is ``agency`` with the client as
    ``company`` (outreach with a null company until the agency names it); a person writing
    from the employer's mailbox or from personal webmail on its behalf is ``direct``. A
    socio-economic study, reference check or onboarding after the offer is ``other_job``; a
    withdrawal acknowledgement is confirmation-like mail leaving the application
    ``withdrawn``; a paused vacancy leaves it ``on_hold``; the acknowledgement of a signed
    "carta oferta" is offer mail leaving it ``accepted``, that of a declined one offer mail
    leaving it ``declined``; an online psychometric or knowledge test is an assessment.

Usage
    python tests/corpus/heldout51.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Daniela Garza Villarreal <daniela.garzavillarreal@gmail.com>"
DATA_MODULES = (
    "heldout51_jobs",
    "heldout51_jobs_intl",
    "heldout51_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar(
    "Daniela Garza Villarreal", "daniela.garzavillarreal@gmail.com"
)

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

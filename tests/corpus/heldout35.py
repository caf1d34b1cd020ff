"""Corpus 35: hand-written, labelled held-out mail (HELD-OUT ESTIMATE: measured, never tuned on).

What it is
    About 240 messages of one job seeker ("me", Lucía Herrero Campos, a registered nurse,
    enfermera, living in Valencia) from September 2025 to February 2026. She applies in
    Valencia, Madrid, Alicante and Lisbon and to a few UK and Irish hospitals that recruit
    Spanish nurses, so her job mail is mostly Spanish, with English and European Portuguese.
    Roughly 40 % of the inbox is job mail, 29 applications: a regional public health service's
    bolsa de trabajo (registro, baremo provisional, oferta de nombramiento de interinidad, toma
    de posesión), a public oposición (justificante, fecha del ejercicio), private hospital
    groups whose group, hospital and legal-entity names differ, a care-home chain, a mutua
    clinic, two NHS trusts through NHS Jobs, an Irish university hospital through an
    international nurse recruitment agency that names the hospital late, a temporary staffing
    agency (ETT) that names its client late, Portuguese hospital groups; reached through
    InfoJobs, Indeed, LinkedIn, Jobandtalent, Workday, SuccessFactors, Teamtailor, NHS Jobs and
    direct mail. Shift-trial days, video interviews with calendar parts, document requests
    (colegiación, título), offers with contract type (interinidad, eventual), one accepted and
    one declined, a withdrawal, a role put on hold, ghosted applications, two roles at one
    employer, a re-application after a rejection, a hospital supervisor writing from her
    personal Gmail. Also job alerts, a talent-community welcome, incomplete-application nudges,
    recruiter outreach, a portal code, a candidate survey and an auto-reply. The rest is an
    ordinary Valencia inbox with look-alikes on purpose (master's, rental, volunteer, credit
    "applications" and admissions, marketing "offers", a podcast "interview", webinars and
    appointments with calendar parts, LinkedIn social notifications, nursing newsletters about
    hiring, professional-registration mail).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder is
    reused; each data module has its own small ``m()`` shorthand; Message-IDs are opaque.
    People, employers and employer domains are invented; vendor sender domains are the
    vendors' real ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING: it is measured, never tuned on. Report aggregate
    figures only; do not read individual failures back into the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (InfoJobs, Jobandtalent, SuccessFactors, NHS Jobs, a public administration's
    own registry or e-office) are ``other``; staffing and recruitment-agency mail is
    ``agency`` with the client as ``company`` (null until the agency names it); a person
    writing from the employer's mailbox or from personal webmail on its behalf is ``direct``.
    The public service's offer of a post (oferta de nombramiento) is an offer; its
    confirmation of acceptance with the toma de posesión, and a private clinic's welcome after
    the accepted offer, leave the application ``accepted``; a declined offer leaves it
    ``declined``; a withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; "paused, on hold" leaves it ``on_hold``; a baremo provisional is
    confirmation-like mail; the date of the oposición's exam is an assessment; a shift trial
    is an interview; a document request is ``other_job``.

Usage
    python tests/corpus/heldout35.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Lucía Herrero Campos <lucia.herrero.enf@gmail.com>"
DATA_MODULES = (
    "heldout35_jobs",
    "heldout35_jobs_intl",
    "heldout35_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Lucía Herrero Campos", "lucia.herrero.enf@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""A twenty-fourth hand-written, labelled mail corpus, for TUNING: measured, then tuned on.

What it is
    About 240 messages of one job seeker ("me", Daniela Ríos Cárdenas, a supply-chain and
    logistics analyst in Mexico City) from February to August 2025. About 40 % of it is job
    mail: applications in Mexico City, Monterrey, Bogotá and Buenos Aires (Latin-American
    Spanish, usted and tú, voseo from Buenos Aires) and to remote roles at US companies
    (English). Channels: OCC Mundial, Computrabajo, Bumeran, ZonaJobs, elempleo.com, Indeed,
    LinkedIn, Glassdoor, Workday, SuccessFactors, Taleo, Greenhouse, Lever, Talent Clue, Hiring
    Room, Jobvite, HackerRank, HireVue, Evaluatest, DocuSign; consultoras de reclutamiento and a
    US staffing firm that name their client late; corporate groups whose razón social differs
    from the brand; a public university convocatoria and a state agency; HR writing informally;
    short WhatsApp-style replies in threads; calendar invitations (Google and Outlook, a
    reschedule, a cancellation); psicométricas and take-homes; rejections with neutral subjects;
    an offer in plain words and one signed through DocuSign; a withdrawal; a process on hold;
    ghosted applications; two roles at one employer; a re-application after a rejection.
    Also job alerts, recommendations, talent-community welcomes, incomplete-application nudges,
    recruiter outreach, careers-site codes, a candidate survey, auto-replies, a background check
    and onboarding. The rest is an ordinary Mexican inbox and look-alikes on purpose: rental,
    credit-card, loan, visa and posgrado "solicitudes", marketing "ofertas", a podcast
    "entrevista", webinars and doctor appointments with calendar parts, LinkedIn social
    notifications, newsletters about hiring, family, banks, deliveries and receipts.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder and
    the third corpus's ``m()`` shorthand are reused; spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    THIS IS A TUNING CORPUS: the team measures it first, then reads its failures to improve
    the rules. Its figures after tuning are not an honest estimate for unseen mail.

Labels
    As ``heldout8.py`` writes them (``heldout.py``'s ``label``): a 6-tuple (category, company,
    role, application, source, language). Sources outside DESIGN.md's vocabulary (OCC Mundial,
    Computrabajo, Bumeran, ZonaJobs, elempleo.com, Glassdoor, SuccessFactors, Talent Clue,
    Hiring Room, Jobvite, Evaluatest, a university or state portal, background-check vendors)
    are ``other``; a recruitment agency's mail is ``agency``; a person writing from the
    employer's mailbox (or a personal one, the employer only in the signature) is ``direct``.
    A DocuSign "Completado" signed offer leaves the application ``accepted``; a reschedule or
    cancellation is interview mail; a one-way video interview is an assessment; "on hold" is
    confirmation-like mail leaving it ``on_hold``; a withdrawal acknowledgement is
    confirmation-like mail leaving it ``withdrawn``; background checks and onboarding after the
    offer are ``other_job``. For an agency, ``company`` is the client employer (null while the
    agency has not named it). ``company`` is the brand the candidate knows, not the razón social.

Usage
    python tests/corpus/heldout24.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Daniela Ríos Cárdenas <daniela.rios.cardenas@buzonmx.com>"
DATA_MODULES = (
    "heldout24_jobs",
    "heldout24_jobs_intl",
    "heldout24_inbox",
)
FIRST, LAST = "2025-02-01", "2025-09-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Daniela Ríos Cárdenas", "daniela.rios.cardenas@buzonmx.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

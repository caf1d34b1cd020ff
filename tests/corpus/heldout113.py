"""Corpus 113: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Mereana Fraser, a policy advisor and business
    analyst living in Wellington, New Zealand) from September 2025 to February 2026. She applies
    in Wellington, Auckland and Christchurch and to Australian employers (Melbourne, Sydney,
    Canberra), in New Zealand English with some te reo Māori greetings ("Kia ora", "Ngā mihi").
    Roughly 43 % of the inbox is job mail, 24 applications: public-sector listings through PageUp,
    SnapHire / Employment Hero and Workday, private employers through Seek, Trade Me Jobs,
    LinkedIn, Indeed, JobAdder, SmartRecruiters, Greenhouse and Teamtailor (invented tenants);
    two recruitment agencies writing for "a large central government agency" and "a Crown
    entity" before naming them; acknowledgements, "unfortunately you have not been shortlisted",
    rejections with neutral subjects ("Your application for ...", "Application update") and
    praise before the no; Teams and in-person interviews with calendar invites, written
    exercises, psychometric testing, reference checks (Xref) and security vetting; a letter of
    offer, accepted; one withdrawal with its acknowledgement; a role put on hold; ghosting.
    Employer naming: a ministry known by its English and Māori names (Ministry of Coastal and
    Marine Affairs / Te Manatū Takutai Moana / MCMA), an agency and its acronym (New Zealand
    Regional Transport Agency / NZRTA, applied to twice), a district council, a Crown entity
    (Aotearoa Research Funding Commission / ARFC, two roles, one through an agency), a
    "Limited" company whose brand differs (Kōwhai Energy Limited), an employer named only in the
    signature, a careers mailbox at another domain, a forwarded confirmation from her old
    address and a founder writing from Gmail. Also job alerts (Seek, Trade Me, LinkedIn, Indeed,
    a jobs.govt.nz-style listing digest), a talent-community welcome, an incomplete-application
    nudge, recruiter outreach and a recruiter's auto-reply. The rest is Wellington life with
    look-alikes on purpose: a tenancy application, KiwiSaver and IRD mail, a credit-card
    "application", a gym membership, newsletters that "interview" people or talk about hiring, a
    council consultation, calendar invites that are not interviews and friends' job news.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused
    through ``heldout.dated_spec``; spec keys are opaque numbers. People, employers and employer
    domains are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Seek, Trade Me Jobs, PageUp, JobAdder, SnapHire / Employment Hero, Xref, the
    psychometric-test vendor, the jobs.govt.nz-style digest) are ``other``; recruitment-agency
    mail is ``agency`` with the client as ``company`` (null until the agency names it); a person
    writing from the employer's mailbox or from personal webmail on its behalf is ``direct``.
    ``company`` is the employer as a person would write it (Ministry of Coastal and Marine
    Affairs however it is written; Kōwhai Energy, not its registered name). A written exercise
    or psychometric test is an assessment; a reference check or security vetting is
    ``other_job``; the offer-acceptance confirmation leaves the application ``accepted``; a
    withdrawal acknowledgement is confirmation-like mail leaving it ``withdrawn``; "on hold" is
    confirmation-like mail leaving it ``on_hold``; a forwarded confirmation keeps the source of
    the mail it forwards.

Usage
    python tests/corpus/heldout113.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Mereana Fraser <mereana.fraser.nz@gmail.com>"
DATA_MODULES = (
    "heldout113_jobs",
    "heldout113_jobs_intl",
    "heldout113_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Mereana Fraser", "mereana.fraser.nz@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 92: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Lerato Mahlangu Pr Eng, a civil / structural
    engineer living in Cape Town (Muizenberg) who also applies in Johannesburg and Durban) from
    October 2025 to March 2026, all in South African English ("CV", "(Pty) Ltd", "regret to
    inform you", "kindly", "shortlisted", ECSA registration, "Eish" only among friends).
    Roughly 41 % of the inbox is job mail, 22 applications: Workday at two big consulting
    engineers (MKC, Linden Haywood, two roles at the latter), SuccessFactors at a state-owned
    utility (Naledi Power SOC Ltd / NPS) with an incomplete-application nudge and a post
    "frozen" under a moratorium, a municipality's e-recruitment portal (Umgeni Coast Metro,
    ghosted), PNet, CareerJunction, Careers24, LinkedIn and Indeed applications, Greenhouse,
    Lever, iCIMS, SmartRecruiters, Teamtailor, Personio and Workable. A psychometric assessment
    through an assessment partner and a case study, competency-based and other interviews with
    Teams invites (.ics) and a Calendly booking, rejections with neutral subjects ("Your
    application", "Application status update") and praise before the no, confirmations that
    say "kindly consider your application unsuccessful", an offer with MIE reference and
    qualification checks, accepted (MKC), another offer declined (Berg & Mkhize, whose director
    writes from Gmail), a withdrawal acknowledged by a JV, ghosted applications and a
    re-application at Kolosi after a rejection. Employer naming: MKC / Mathebula Kruger
    Consulting (Pty) Ltd / Workday tenant "mkcgroup"; Linden Haywood whose mail comes from LH
    Africa (Pty) Ltd (tenant "lhafrica"); Naledi Power / NPS; the Khanyisa-Delport JV whose
    project director writes from a partner's domain; Port Natal Marine as "PNM"; two agencies
    writing for "a leading multidisciplinary consultancy" (later named SPP, Sithole Pieterse &
    Partners) and "a JSE-listed construction group" (later Zenzele Construction); a
    confirmation forwarded ("Fwd:") from an old work address. Also job alerts, a talent
    community welcome, recruiter outreach (agencies, LinkedIn InMail), an agency auto-reply, a
    candidate account, a verification code, onboarding and surveys. The rest is an ordinary
    Cape Town inbox with look-alikes on purpose: a rental application through a letting agent
    (approved, DocuSign lease), bank "pre-approved" loans and a credit-card application, bond
    pre-qualification, SARS eFiling, load-shedding and outage alerts, a surf club (AGM invite,
    newsletter "interview"), a sea-rescue volunteer "application" with an interview and swim
    test invite, a Schengen visa application, newsletters and a podcast about interviews and
    hiring, LinkedIn social notifications and friends talking about their jobs.

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
    vocabulary (SuccessFactors, PNet, CareerJunction, Careers24, the municipal e-recruitment
    portal, the assessment partner, MIE, Calendly, Glassdoor) are ``other``; agency mail is
    ``agency`` with the client as ``company`` (null until the agency names it); a person
    writing from the employer's mailbox, a JV partner's domain or personal webmail is
    ``direct``; the forwarded confirmation keeps the source of the mail it forwards.
    ``company`` is the employer as a person would write it (MKC, Linden Haywood, Naledi Power,
    Khanyisa-Delport JV, Port Natal Marine, however the mail writes them). A psychometric
    assessment and a case study are assessments; a Calendly booking of an interview is an
    interview; the "frozen" post is confirmation-like mail leaving the application ``on_hold``;
    the JV's withdrawal acknowledgement leaves it ``withdrawn``; the reply to the signed offer
    leaves it ``accepted``, the reply to the declined one ``declined``; MIE screening,
    onboarding, account mail, surveys and auto-replies are ``other_job``; an
    incomplete-application nudge is an alert.

Usage
    python tests/corpus/heldout92.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Lerato Mahlangu <lerato.mahlangu@gmail.com>"
DATA_MODULES = (
    "heldout92_jobs",
    "heldout92_jobs_more",
    "heldout92_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Lerato Mahlangu", "lerato.mahlangu@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

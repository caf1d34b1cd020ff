"""A fourth hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    314 messages of one job seeker ("me", Priya Raman, an operations / supply-chain and
    finance professional living in Amsterdam, not a software engineer) over June to December
    2025, applying in English, German (formal Sie and informal du), French, Spanish and
    Portuguese for roles such as Supply Chain Analyst, Senior Buyer, Procurement Specialist
    (m/w/d), Financial Controller, Analista de Operaciones, Responsable Logistique, Coordenadora
    de Compras, Store Operations Manager and Accounts Payable Lead. About 46 % of it is job mail:
    45 applications (confirmations, "viewed", assessments, interviews with calendar invitations,
    reschedules and a cancellation, rejections in every language, often under neutral subjects
    and with praise before the no, "position filled", roles put on hold, withdrawals, two roles at
    one employer, a re-application months after a rejection, ghosted applications, a forwarded
    confirmation, an offer signed through DocuSign followed by a background check and onboarding
    mail), job alerts and digests that say "apply now" and "interview tips", talent-community
    welcomes, incomplete-application reminders, employers' careers newsletters, recruiter and
    staffing-agency outreach (agencies that name the client late, a company that first writes
    without its name), a hiring manager writing from a personal mailbox, recruiter auto-replies
    and candidate-portal mail. The rest is an ordinary inbox, with look-alikes on purpose:
    rental-flat, mortgage, loan, credit-card, school and volunteer "applications", visa and
    residence-permit appointments, a doctor's appointment with a calendar invitation, marketing
    "offers", a podcast "interview", a webinar "invitation", LinkedIn asking to congratulate a
    contact on a new job.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder
    (MIME, calendar parts, truth lines, checks) and the third corpus's spec shorthand are
    reused. Senders: Workday (display names that are a person or "Workday"), SAP
    SuccessFactors, Oracle Taleo, iCIMS, SmartRecruiters, Greenhouse, Lever, Ashby, Workable,
    Teamtailor, Personio, Recruitee, BambooHR, JazzHR, softgarden, Jobvite, Breezy, Pinpoint;
    LinkedIn, Indeed (the employer sometimes only in the HTML), StepStone, Glassdoor, InfoJobs,
    Welcome to the Jungle, Catho, Vagas; SHL, Criteria, TestGorilla, HireVue; Calendly and
    GoodTime; DocuSign; invented staffing agencies. HTML-only, multipart/alternative and
    hard-wrapped plain text, Gmail and Outlook quoted replies, signatures, legal footers, "Sent
    from my iPhone", subjects in one language over bodies in another. People, employers and
    employer domains are invented; vendor sender domains are the vendors' real ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING. Report aggregate figures only; do not read
    individual failures back into the rules, or it stops being an honest estimate.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``): one line per message with
    message_id, user_id, category, company, role, application (int, from 1), status_after,
    source, language and sent_at. ``company`` is the employer as a person would write it; for a
    staffing agency's mail it is the client employer (None while the agency has not named it).
    Sources outside DESIGN.md's vocabulary (SuccessFactors, softgarden, Jobvite, Breezy,
    Pinpoint, StepStone, Glassdoor, InfoJobs, Welcome to the Jungle, Catho, Vagas, SHL,
    Criteria, TestGorilla, Calendly, GoodTime) are ``other``. Special cases as in the third
    corpus: a DocuSign "Completed" envelope of a signed offer leaves the application
    ``accepted``; an interview reschedule or cancellation is interview mail; a one-way video
    interview is an assessment; "on hold" leaves the application ``on_hold``; an employer
    confirming the candidate's withdrawal leaves it ``withdrawn``; a background check or
    onboarding mail after an offer is ``other_job``.

Usage
    python tests/corpus/heldout4.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Priya Raman <priya.raman@grachtpost.nl>"
DATA_MODULES = (
    "heldout4_jobs",
    "heldout4_jobs_intl",
    "heldout4_inbox",
)
FIRST, LAST = "2025-06-01", "2025-12-20"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Priya Raman", "priya.raman@grachtpost.nl")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

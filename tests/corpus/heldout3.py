"""A third hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    About 270 messages of one job seeker ("me", Nadia Berger, a frontend / full-stack engineer
    living in Munich who applies across Europe and Brazil in English, German, French, Spanish
    and Portuguese) over six months (May to November 2025). About 40 % of it is job mail: 45
    applications (many with several messages: confirmation, assessment, interviews, offer or
    rejection; two roles at one employer; a re-application months after a rejection; ghosted
    ones; a role put on hold; two withdrawals; an offer signed through DocuSign), job alerts,
    recruiter and agency outreach (some agencies name the client only later), a background check
    and onboarding mail after the offer, candidate surveys and portal mail. The rest is an
    ordinary inbox, with look-alikes on purpose: flat, loan, credit-card, insurance, visa,
    university and scholarship "applications", marketing "exclusive offers", HR-tech
    newsletters, job-alert tips that say "apply now" and "interview".

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the two earlier corpora (``heldout_*``, ``heldout2_*``),
    which were used for tuning. Only the first corpus's builder (MIME, calendar parts, truth
    lines) is reused. The mix differs on purpose: small employers writing plain mail from their
    own domains, founders and hiring managers writing from gmail / outlook / hotmail / web.de /
    gmx.de / orange.fr / yahoo.com.br, "Sent from my iPhone" replies, top-posted replies with
    long quoted history, a forwarded chain, HTML-only marketing-style ATS mail, hard-wrapped
    plain text, a role named only in an attached PDF's name, subjects in one language and
    bodies in another, ATS mail whose display name is a person, noreply mail naming the
    employer only in a footer or logo alt text; Workday, SuccessFactors, Greenhouse, Lever,
    Ashby, Personio, Teamtailor, JOIN, softgarden, Welcome to the Jungle, JobTeaser, Indeed,
    LinkedIn, StepStone, InfoJobs, Gupy; HackerRank, Codility, TestGorilla, SHL, Pymetrics,
    HireVue, Spark Hire; Calendly, GoodTime and ModernLoop confirming, moving and cancelling
    interviews; DocuSign and Adobe Acrobat Sign offer letters; a background-check vendor.
    People, employers and employer domains are invented; vendor sender domains are real.

    THIS CORPUS MUST NOT BE USED FOR TUNING. Report aggregate figures only; do not read
    individual failures back into the rules, or it stops being an honest estimate.

Labels
    As the earlier corpora write them (this module reuses ``heldout.py``'s ``label``): one line
    per message with message_id, user_id, category, company, role, application (int, from 1),
    status_after, source, language and sent_at. Alerts, outreach, other job mail and non-job mail
    have application and status_after null. Sources outside DESIGN.md's vocabulary (StepStone,
    JOIN, softgarden, Welcome to the Jungle, JobTeaser, InfoJobs, Gupy, SuccessFactors,
    TestGorilla, SHL, Pymetrics, Spark Hire, Calendly, GoodTime, ModernLoop, Adobe Sign) are
    ``other``. Special cases: a DocuSign "Completed" envelope of a signed offer letter leaves the
    application ``accepted``; an interview reschedule or cancellation is interview mail; a
    one-way video interview (HireVue, Spark Hire) is an assessment; "the role is on hold" is
    confirmation-like application mail leaving it ``on_hold``; an employer confirming the
    candidate's withdrawal is confirmation-like application mail leaving it ``withdrawn``; a
    background check or onboarding mail after an offer is ``other_job``.

Usage
    python tests/corpus/heldout3.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Nadia Berger <nadia.berger@mailbucht.de>"
DATA_MODULES = (
    "heldout3_jobs_en",
    "heldout3_jobs_intl",
    "heldout3_inbox_en",
    "heldout3_inbox_intl",
)
FIRST, LAST = "2025-05-01", "2025-11-20"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Nadia Berger", "nadia.berger@mailbucht.de")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

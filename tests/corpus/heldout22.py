"""A twenty-second hand-written, labelled mail corpus: a TUNING corpus (measured first, then used
to improve the rules).

What it is
    About 270 messages of one job seeker ("me", Harriet Okonjo-Price, a senior product and
    strategy manager in London) from February to August 2026. Roughly 40 % of it is job mail:
    applications in London, Dublin, Amsterdam (English-speaking roles) and one Paris office
    (French mail). Much of it runs through retained executive-search firms and headhunters who
    keep the client confidential ("a FTSE 250 consumer group", "our client, a leading insurer")
    and name it late, executive assistants who schedule meetings for a CEO or CPO, employers
    whose plc or group legal name differs from the brand ("trading as"), UK public sector and
    universities (NHS Jobs / Trac, a council, Civil Service Jobs, jobs.ac.uk, a university HR
    team), ATSs (Workday, SuccessFactors, Oracle Taleo, Eploy, TribePad, Greenhouse, Lever,
    Ashby), LinkedIn Recruiter InMails, psychometric assessments, panel interviews, reference
    checks, calendar invitations (reschedule, cancellation), rejections with neutral subjects,
    an on-hold role, a withdrawal, an offer in plain words, ghosted applications, two roles at
    one employer and a re-application after a rejection. Also alerts, talent communities,
    incomplete-application nudges, recruiter outreach, portal codes, surveys and auto-replies.
    The rest is an ordinary London inbox with look-alikes on purpose: rental, mortgage,
    credit-card, visa and course "applications", marketing "offers", podcast and press
    "interviews", webinars and GP appointments with calendar parts, LinkedIn social mail,
    newsletters about hiring.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder and the
    third corpus's ``m()`` shorthand are reused; spec keys are opaque numbers. People, employers
    and employer domains are invented; vendor sender domains are the vendors' real ones.

    THIS IS A TUNING CORPUS: the team measures it first and then uses it to improve the rules.
    Its figures are therefore not an unbiased held-out estimate once it has been used.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, Eploy, TribePad, NHS Jobs / Trac, Civil Service Jobs,
    jobs.ac.uk, Oleeo, Cornerstone, SHL, TalentLens, Calendly, Reed, Totaljobs, Welcome to the
    Jungle, HireRight, RefNow) are ``other``; Oracle
    Taleo is ``taleo``; mail from a search firm or agency is ``agency`` and for it ``company`` is
    the client employer, null until named; a person writing from the employer (or an assistant
    on behalf of an executive) is ``direct``. Special cases as in ``heldout8.py``: a reschedule
    or cancellation is interview mail; "on hold" and a withdrawal confirmation are
    confirmation-like mail leaving the application ``on_hold`` / ``withdrawn``; an accepted
    offer's acknowledgement is offer mail leaving it ``accepted``; reference and background
    checks and onboarding after the offer are ``other_job``. An assessment that comes after
    interviews leaves the application ``interviewing`` (status only moves forward).

Usage
    python tests/corpus/heldout22.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Harriet Okonjo-Price <harriet.okp@fastmail.co.uk>"
DATA_MODULES = (
    "heldout22_jobs",
    "heldout22_jobs_intl",
    "heldout22_inbox",
)
FIRST, LAST = "2026-02-01", "2026-08-20"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Harriet Okonjo-Price", "harriet.okp@fastmail.co.uk")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 87: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Lachlan Mercer-Doyle, a construction and
    infrastructure project manager living in Dulwich Hill, Sydney, made redundant when his
    civil contractor closed a division) from October 2025 to March 2026. He applies in Sydney,
    and also in Melbourne and Brisbane, all in Australian English (CV and résumé, Pty Ltd,
    organisation, shortlisted, "unsuccessful on this occasion", "we will keep your details on
    file", cheers, arvo). Roughly 40 % of the inbox is job mail, 23 applications: SEEK receipts
    ("your application was successfully submitted", "viewed by"), an employer's reply relayed
    through SEEK, LinkedIn Easy Apply, Indeed, Jora, PageUp at a Queensland statutory body,
    Workday at a big contractor (two roles, the second withdrawn), SuccessFactors at a
    consultancy whose role is "not proceeding at this time" (on hold), a NSW Government careers
    portal for two invented agencies (capability assessment, Teams panel interview, "unsuccessful
    on this occasion", not shortlisted), Greenhouse, Lever (with a Calendly phone screen),
    SmartRecruiters, Workable, a forwarded ("Fwd:") Teamtailor confirmation from an old
    BigPond address, and a council's own careers mailbox. The accepted job (Harbourstone) runs
    SEEK receipt, a careers-portal nudge from the parent's mailbox (Harbourstone Holdings
    Limited), a Criteria psychometric test, a Teams panel interview, a site walk, reference
    checks, a letter of offer, the signed-offer reply, a Fit2Work police check and onboarding.
    Agencies (Keystone Talent Partners, Parkline Recruitment, Fortis Build Recruitment) pitch
    "a tier-1 contractor", "an alliance" and "a tier-2 builder" and then name them (Corvale
    Bexley JV, a joint venture whose offer is declined; Yarra Link Alliance, withdrawn; Calder
    Built, written as Calder Building Group Pty Ltd in a signature, rejected after a Teams
    chat). A small builder's owner writes from Gmail after a Jora application and then goes
    quiet; several applications are ghosted; Ironbark Utilities rejects him and he re-applies
    for another role. Also SEEK / LinkedIn / Indeed / Jora / NSW Government job alerts, a
    talent-community welcome, an incomplete-application nudge, LinkedIn InMail and agency
    outreach, a government recruiter's and an agency's auto-replies and candidate surveys. The
    rest is an ordinary Sydney inbox with look-alikes on purpose: rental applications through
    2Apply (one "unsuccessful", one approved, a DocuSign lease, a rental bond), myGov / ATO, an
    accountant, Opal top-ups, council rates and a clean-up booking, a credit-card
    "application" and approval, Qantas and insurance "offers", a home-loan pre-approval
    "application", a super rollover, a junior rugby league club (registration, team-manager
    "application approved", a Teams committee invite and a course with calendar parts), a WWCC
    application, a mentoring "application", newsletters that interview people or talk about
    hiring, a school newsletter with parent-teacher "interviews", LinkedIn social notifications
    and friends and family talking about their own jobs and interviews.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused; the data modules' ``m()`` is ``heldout.dated_spec`` with Sydney's offset; spec keys
    are opaque numbers. A few routine senders (bank statements, rides, property alerts, weekly
    newsletters, school and club notes, grocery orders) are written out from small tables.
    People, employers and employer domains are invented; vendor sender domains are the vendors'
    real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SEEK, Jora, PageUp, SuccessFactors, the NSW Government careers portal, Criteria,
    Calendly, Fit2Work) are ``other``; a council writing from its own recruitment mailbox, or a
    person writing from the employer's mailbox or from personal webmail on its behalf, is
    ``direct``; staffing-agency mail is ``agency`` with the client as ``company`` (null until the
    agency names it); a forwarded confirmation keeps the source of the mail it forwards; a
    recruiter's mail sent through Lever is ``lever``. ``company`` is the employer as a person
    would write it: Harbourstone Construction (not Harbourstone Holdings Limited), Lendmark,
    Aurelian, Calder Built, Corvale Bexley JV, Infrastructure Delivery Authority NSW. A
    psychometric test or capability assessment is ``assessment``; a site walk, a phone screen and
    reference checks are interview mail; a role "not proceeding at this time" is
    confirmation-like mail leaving the application ``on_hold``; a withdrawal and its
    acknowledgement are confirmation-like mail leaving it ``withdrawn``; the recruiter's reply to
    the signed letter of offer leaves it ``accepted``, the agency's reply to the declined offer
    ``declined``; onboarding, the police check, surveys and auto-replies are ``other_job``; an
    incomplete-application nudge and a talent-community welcome are alerts.

Usage
    python tests/corpus/heldout87.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Lachlan Mercer-Doyle <lachlan.mdoyle@outlook.com.au>"
DATA_MODULES = (
    "heldout87_jobs",
    "heldout87_jobs_more",
    "heldout87_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Lachlan Mercer-Doyle", "lachlan.mdoyle@outlook.com.au")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

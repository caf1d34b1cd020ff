"""Corpus 147: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Oluwaseun "Seun" Adeyemi-Kowalczyk, a CPA and
    senior FP&A analyst at a Mississauga logistics company, living in Leslieville, Toronto)
    from September 2025 to February 2026. He applies in Canadian English (a few bilingual
    English/French messages from the federal public service and a Montréal firm writing in
    French) to FP&A, finance-manager and business-analyst roles in Toronto, the GTA, Ottawa
    and remote. Roughly 43 % of the inbox is job mail, 24 applications: a big bank on Workday
    (tenant "mhbfg", "Job Requisition ID", two roles, a HireVue one-way video, a Teams
    interview, an in-person panel, praise before the no), an insurer on Oracle Recruiting
    Cloud (talent community, passcode, SHL numerical and personality tests, an interview
    rescheduled, a panel case presentation, a CFO coffee, a conditional offer with group RRSP
    matching, Xref references, a Sterling background and credit check, a DocuSign offer letter
    and its "Completed" envelope, onboarding), the Ontario Public Service (OPS careers, "Job
    ID", "competition closed", written assessment, interview, "eligibility list"), a federal
    agency through GC Jobs (selection process number, "pool", bilingual exam and interview
    invitations), a crown corporation (SuccessFactors, an eSkill Excel test), a hospital on
    Taleo (rejected, re-posted, re-applied, invited, then withdrawn with the Outlook
    cancellation), a grocery banner answered from its parent group's careers mailbox on iCIMS,
    a SaaS start-up on Ashby (intro, a take-home case, final round, an offer he declines by
    reply), another on Lever, a pension fund on Greenhouse (interview cancelled, role put on
    hold), a university's own portal, a staffing agency that names its client (Brightwater)
    only at interview stage, a contract role through a consulting firm on Lever, a Montréal
    3PL on SmartRecruiters in French, ADP and BambooHR employers, a customs broker who found
    him on Job Bank and answers from Rogers webmail, Indeed, LinkedIn, Glassdoor and Workopolis
    applications, and a Greenhouse confirmation forwarded from his old Hotmail address. Also
    LinkedIn, Indeed, Glassdoor, Eluta and Job Bank alerts, a talent network, a Workday
    "application in progress" nudge, recruiter InMail, a headhunter and his bump, and a
    recruiter's auto-reply. The rest is an ordinary Toronto inbox with look-alikes: CRA My
    Account, TD and Wealthsimple "pre-approved" cards, a car-loan application and approval with
    a delivery invite, a condo rental application (Certn tenant screening, an employment
    letter, "your application has been approved", a DocuSign lease), PC Optimum "exclusive
    offers", a NEXUS "conditional approval, schedule your interview", an EMBA "application
    incomplete" and info-session invite, a CPA Ontario PD webinar with its invitation, a
    dentist and a doctor with calendar parts, a volunteer application and orientation, rec
    hockey on TeamSnap, a finance newsletter "In conversation with the CFO of ...", and
    friends and family on gmail, hotmail, rogers.com and sympatico.ca talking about their own
    interviews, offers and restructurings.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout147_jobs.py with the
    time zone, label helpers and employer constants); spec keys are opaque tokens. Outlook-style
    invitations carry an Eastern VTIMEZONE (this script swaps it in for the builder's Berlin
    one). People, employers and employer domains are invented (the OPS ministry and the
    federal agency too); vendor sender domains (ATSs, boards, SHL, eSkill, HireVue, Xref,
    Sterling, Certn, DocuSign, GC Jobs, Job Bank) are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (OPS careers, GC Jobs, Job Bank, Glassdoor, Workopolis, Eluta, ADP,
    SuccessFactors, the university's own portal, SHL, eSkill, Xref, Sterling) are ``other``;
    staffing-agency and headhunter mail is ``agency`` with the client as ``company`` (null in
    outreach that does not name it); a person writing from the employer's mailbox or from
    personal webmail on its behalf is ``direct`` (the OPS and the federal agency's staffing
    mailboxes included); a forwarded confirmation keeps the source of the mail it forwards.
    ``company`` is the employer as a person would write it: Maple Harbour Bank (not Maple
    Harbour Financial Group or "mhbfg"), Ironwood Mutual (not its life-assurance legal name),
    Urban Pantry (not Beaumont Group, whose careers mailbox writes), Northshore Pension
    Investment Board (for NPIB), Ontario Capital Assets Corporation (for OCAC), Supply Chain
    Resilience Canada (not Résilience des chaînes d'approvisionnement Canada), Ontario Public
    Service for the ministry's competition, Brightwater Cold Chain for the agency's client
    even before the agency names it. The OPS "competition closed, applications are being
    screened" notice is ``viewed``; the OPS eligibility-list outcome (not selected for the
    vacancy) is a ``rejection``; the pension fund's cancelled interview is interview mail and
    its "on hold" notice is confirmation-like mail leaving the application ``on_hold``; the
    start-up's reply to his refusal leaves it ``declined``; the hospital's confirmation of his
    withdrawal, and the interview cancellation sent right after it, leave the re-application
    ``withdrawn``; the DocuSign "Completed" offer letter leaves the insurer ``accepted``;
    the insurer's passcode, the recruiter's auto-reply, the reference and background checks
    and onboarding are ``other_job``; the HireVue video interview and the SHL and eSkill tests
    are assessments; the Workday "application in progress" nudge and talent-community
    welcomes are alerts.

Usage
    python tests/corpus/heldout147.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Oluwaseun Adeyemi-Kowalczyk <seun.adeyemik@gmail.com>"
DATA_MODULES = (
    "heldout147_jobs",
    "heldout147_jobs_more",
    "heldout147_inbox",
    "heldout147_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"

_EASTERN = [
    "BEGIN:VTIMEZONE",
    "TZID:Eastern Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]

# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
_attendee = H.attendee_calendar("Oluwaseun Adeyemi-Kowalczyk", "seun.adeyemik@gmail.com")


def _calendar(ev: dict[str, Any], sent: datetime) -> str:
    """The builder's invitation, with Toronto's time zone in Outlook-style invitations (their
    DTSTART and DTEND are local times)."""
    text = _attendee(ev, sent)
    berlin = "\r\n".join(H._VTIMEZONE_BERLIN)
    text = text.replace(berlin, "\r\n".join(_EASTERN))
    return text.replace("TZID=W. Europe Standard Time:", "TZID=Eastern Standard Time:")


H.calendar_text = _calendar

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

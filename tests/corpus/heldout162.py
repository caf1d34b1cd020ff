"""Corpus 162: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 222 messages of one job seeker ("me", Karthik Venkataraman Iyer, a data engineer with
    six years of Spark, Airflow and AWS at an IT services company, Suvarna Infotech, with a
    90-day notice period, living in Bengaluru) from July to December 2025, who wants a data
    engineering role at a product company. Indian English throughout: HR and recruiters write
    "Greetings from ...", "Kindly revert with your updated CV", "Please find the JD below",
    "current CTC / expected CTC / notice period", "your profile has been shortlisted",
    "Thanks & Regards", "PFA", "do the needful", "we regret to inform you"; friends and family
    mix in Hindi and Tamil words. Roughly 44 % of the inbox is job mail, 22 applications:
    confirmations from Lever, Workday, Greenhouse, Taleo, iCIMS, Darwinbox and an employer's own
    careers portal, Naukri ("application sent", "viewed your application"), foundit, Instahyre,
    hirist, iimjobs, Cutshort, LinkedIn Easy Apply and Indeed; online assessments on
    HackerRank, HackerEarth and Mercer | Mettl; interview rounds (L1 technical, L2 / system
    design, managerial round, HR discussion) with Google Calendar and Outlook / Teams
    invitations, one rescheduled and one cancelled by the employer; rejections with neutral
    subjects ("Update on your candidature", "Regarding your application", "Update from
    Tiffinly", "Following up on your application") and praise before the no; "the position has
    been closed"; a requisition on hold; an offer with a CTC breakup accepted through DocuSign,
    then an AuthBridge background verification and onboarding; an offer declined over CTC; a
    withdrawal; a re-application to the same role after the position closed; ghosted
    applications. Employer naming on purpose: the Anvaya Group's careers mailbox writes for its
    member company Anvaya Dataworks; Cartzy on a Workday tenant "zyraretail" under its legal
    name Zyra Retail Technologies; Halden Bank's technology centre as Halden Global Services
    Private Limited (HGS) on Taleo; the Bramblewood India Technology Center, a US retailer's GCC,
    on iCIMS and writing from the parent's domain; a start-up founder (Datumlane) writing from
    Gmail in two lines; two roles at Cartzy (Data Engineer II, Senior Data Engineer); a staffing
    vendor (TalentSquare) with "an urgent requirement for our client" on C2H that names Vayu
    Mobility only after the CV is in; a LinkedIn recruiter (Stratosync); referrals by friends
    from Gmail. Also job alerts (Naukri, LinkedIn, foundit, Instahyre, iimjobs, Indeed,
    Cutshort), Naukri "recruiters viewed your profile", an incomplete-application nudge,
    recruiter and headhunter outreach, an HR auto-reply, a candidate survey and a careers-portal
    login code. The rest is an ordinary Bengaluru inbox with look-alikes: a 2BHK found through
    a broker with a tenant "application" and a rent agreement sent through DocuSign, a personal
    loan and a credit-card "application" (with a video-KYC appointment), an executive MBA
    application with an admissions interview and an "offer of admission", Swiggy / Flipkart /
    Myntra "offers", a doctor's appointment with a calendar part, a data meetup and a webinar
    with calendar parts, a tech newsletter "In conversation with the CTO of ...", LinkedIn
    congratulating a contact on a new job, the cricket team's mailing list, and his cousin and
    friends talking about their own interviews, offers and layoffs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout162_jobs.py with the
    time zone, label and invitation helpers); spec keys are opaque tokens. People, employers and
    employer domains are invented (.example); vendor sender domains (Lever, Workday, Greenhouse,
    Taleo, iCIMS, Darwinbox, Naukri, foundit, Instahyre, hirist, iimjobs, Cutshort, LinkedIn,
    Indeed, HackerRank, HackerEarth, Mettl, DocuSign, AuthBridge) are the vendors' real ones.
    Outlook invitations carry an India Standard Time VTIMEZONE (the builder writes a Berlin one,
    replaced below).

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Naukri, foundit, Instahyre, hirist, iimjobs, Cutshort, Darwinbox, HackerEarth,
    Mettl, AuthBridge, a friend's referral mail) are ``other``; the staffing vendor's mail is
    ``agency`` with the client as ``company`` (null until named); a person writing from the
    employer's mailbox, the group careers mailbox, the employer's own careers portal or the
    founder's Gmail is ``direct``. ``company`` is the employer as a person would write it:
    Anvaya Dataworks (not Anvaya Group), Cartzy (not Zyra Retail Technologies), Halden Bank (not
    Halden Global Services), Bramblewood (for the India Technology Center). Naukri, hirist,
    LinkedIn "viewed your application" and an HR "your profile has been shortlisted, kindly
    revert with CTC" are ``viewed``; a requisition on hold is confirmation-like mail leaving the
    application ``on_hold``; the founder's acknowledgement of the withdrawal is
    confirmation-like mail leaving it ``withdrawn``; the recruiter's reply to the declined offer
    leaves it ``declined``; the DocuSign "Completed" envelope leaves it ``accepted``; an
    interview cancellation or reschedule is interview mail; the background verification,
    onboarding, candidate survey, portal codes, referral notes and an auto-reply are
    ``other_job``; an incomplete-application nudge and "recruiters viewed your profile" are
    ``alert``; Instahyre's "X is interested in your profile" and a recruiter's first approach
    are ``outreach``. All mail is ``en`` (Hindi-English and Tamil-English mixing included).

Usage
    python tests/corpus/heldout162.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Karthik Venkataraman Iyer <karthik.v.iyer@gmail.com>"
DATA_MODULES = (
    "heldout162_jobs",
    "heldout162_jobs_more",
    "heldout162_inbox",
    "heldout162_life",
)
FIRST, LAST = "2025-07-01", "2026-01-01"

_VTIMEZONE_INDIA = [
    "BEGIN:VTIMEZONE",
    "TZID:India Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:+0530",
    "TZOFFSETTO:+0530",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:+0530",
    "TZOFFSETTO:+0530",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]

# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
_invitation = H.attendee_calendar("Karthik Venkataraman Iyer", "karthik.v.iyer@gmail.com")


def _calendar_text(ev: dict[str, Any], sent: datetime) -> str:
    """The builder's invitation, with Outlook's time zone block for Bengaluru instead of Berlin
    (the start and end times are already written in the event's own offset, +05:30)."""
    text = _invitation(ev, sent)
    text = text.replace("\r\n".join(H._VTIMEZONE_BERLIN), "\r\n".join(_VTIMEZONE_INDIA))
    return text.replace("W. Europe Standard Time", "India Standard Time")


H.calendar_text = _calendar_text

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 69: hand-written, labelled mail (HELD-OUT ESTIMATE: measured, never tuned on).

What it is
    About 240 messages of one job seeker ("me", Dana Kowalczyk, a middle-school science teacher
    in Chicago moving into instructional design / learning experience design) from September
    2025 to February 2026, all in American English. Roughly 42 % of the inbox is job mail, 26
    applications: school districts through Frontline AppliTrack ("Application Received", "Your
    application status has changed" ending in "Position Filled Internally") and SchoolSpring
    (a coaching role put on hold pending the budget), district HR mail, edtech companies on
    Greenhouse, Lever, Ashby, Workday, iCIMS, SmartRecruiters and JazzHR, universities through
    PeopleAdmin, Interfolio and Workday (a committee interview booked with Calendly, a cancelled
    requisition), LinkedIn Easy Apply and "viewed", Indeed Apply handing over to iCIMS, a
    Handshake alumni application whose co-founder writes from Gmail, a staffing agency for
    contract instructional designers pitching "a national insurance carrier in the Loop" and
    naming Trellis Mutual at submission, a design exercise, a writing sample, an item-writing
    task, a paid sample lesson, a demo-lesson interview, portfolio reviews and panels booked
    with GoodTime, Calendly and Ashby, rejections with neutral subjects ("Your application",
    "Update from Lumen Charter Network") and praise before the no, confirmations that say
    "unfortunately" or "if you are not selected", a nonprofit pausing its search, three
    withdrawals, and an offer negotiated by email and accepted through DocuSign, with a
    background check, onboarding and a candidate survey after it. Employer naming: Brenton Park
    Public Schools written as "Brenton Park School District 147" / "District 147"; Calloway
    University written by its School of Continuing Studies' Office of Digital Learning; Harlan
    State's Center for Teaching Excellence; Fernleaf Learning whose mail comes from its holding,
    Canopy Education Group; Ardent Learning through Ardent Holdings' iCIMS tenant; Kitebird as
    "Kitebird Inc." on the tenant "kitebirdinc"; a confirmation forwarded from the school
    address; a re-application at Brightpath Learning after a rejection (then withdrawn);
    two roles at Meridian Assessment Partners. Also job alerts (LinkedIn, Indeed, Handshake,
    SchoolSpring), a talent-community welcome, an incomplete-application nudge, LinkedIn InMail
    and recruiter outreach, a startup founder's approach, recruiter auto-replies and a
    reference-update notice. The rest is an ordinary Chicago teacher's inbox with look-alikes
    on purpose: a teacher-to-ID bootcamp ad, CTA / Ventra / Divvy / Metra mail, an apartment
    rental "application" approved, credit-card "application", "pre-approved" and "offer" mail, a
    graduate-certificate application and "offer of admission", a PSLF form, a pension refund
    "application", a podcast guest "application" and "pre-interview" booked with Calendly,
    newsletters and podcasts that "interview" people or write about hiring, the union's
    bulletins (bargaining, "job posting rights"), ParentSquare parent mail, school calendar
    invites (IEP meeting, team meeting, concert, transition meeting), a principal asking for
    interview-panel volunteers, the resignation acknowledgement, friends and a sister talking
    about their own jobs, interviews and offers, and LinkedIn social notifications.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with a small ``m()`` shorthand of its own; spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    HELD-OUT ESTIMATE: measured, never tuned on. Measure it to estimate how the rules do on mail
    they were not tuned on; do not read it to change rules, and do not tune on it.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Frontline AppliTrack, SchoolSpring, PeopleAdmin, Interfolio, Calendly,
    GoodTime, Checkr) are ``other``; staffing-agency mail is ``agency`` with the client as
    ``company`` (null until the agency names it); a person writing from the employer's mailbox
    or from personal webmail on its behalf is ``direct``; a forwarded confirmation keeps the
    source of the mail it forwards. ``company`` is the employer as a person would write it
    (Fernleaf Learning, not Canopy Education Group; Brenton Park Public Schools, however it is
    written; the university, not its department). AppliTrack's "Under Review" status change is
    ``viewed``; "Position Filled Internally" and a cancelled requisition are rejections; "on
    hold" (budget, a delayed grant) is confirmation-like mail leaving the application
    ``on_hold``; a withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; the DocuSign "Completed" offer leaves it ``accepted``; a negotiated revision
    of an offer is an offer; a design exercise, writing sample, item-writing task or paid
    sample lesson is an assessment, a demo lesson taught live to a panel an interview; the
    iCIMS "please complete your application" after Indeed Apply is a confirmation; a Workday
    "finish your application" nudge before submitting and a talent-community welcome are
    alerts (a teacher-to-ID bootcamp ad is not job mail); background check, onboarding,
    survey, a reference notice and auto-replies are ``other_job``.

Usage
    python tests/corpus/heldout69.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Dana Kowalczyk <dana.kowalczyk.sci@gmail.com>"
DATA_MODULES = (
    "heldout69_jobs",
    "heldout69_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Dana Kowalczyk", "dana.kowalczyk.sci@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""An eighth hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    About 290 messages of one job seeker ("me", Marisol Ortega, a bilingual English/Spanish
    school teacher in Austin, Texas, moving into instructional design, L&D and
    customer-education roles) from January to July 2025. Somewhat over 40 % of it is job mail:
    40 applications to US employers (many remote), a few in Mexico and Spain (Spanish), one in
    Brazil (Portuguese), one in Quebec (French) and one in Germany through a recruiter (German).
    Application mail runs from confirmations through "viewed", assessments (HireVue, Criteria,
    Pymetrics, a design exercise by e-mail, a Gupy test), interviews (Calendly, GoodTime,
    Paradox, Dover, Google Calendar and Outlook invitations, a reschedule and a cancellation)
    to rejections with neutral subjects, a role put on hold, three withdrawals, an offer by
    e-mail and one signed through DocuSign, background checks and onboarding. Two roles at one
    employer, a re-application months after a rejection, ghosted applications, a forwarded
    confirmation, a staffing agency that names its client late, a hiring manager writing from a
    personal mailbox. Also job alerts and digests, talent-community welcomes,
    incomplete-application reminders, recruiter outreach, careers newsletters and an
    out-of-office reply. The rest is an ordinary US inbox (with some Spanish family mail) and
    look-alikes on purpose: rental, credit-card, auto-loan and mortgage "applications", a
    teaching-licence renewal, a graduate-certificate, a volunteer, a summer-camp and a
    school-enrolment application, a home-purchase "offer accepted", marketing "exclusive
    offers", a podcast "interview", webinar and dentist invitations with calendar parts,
    LinkedIn "congratulate X on the new job", a district professional-development invitation.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder
    (MIME, calendar parts, truth lines) and the third corpus's ``m()`` shorthand are reused;
    spec keys are opaque numbers. People, employers and employer domains are invented; vendor
    sender domains (ATS, job boards, assessment vendors, DocuSign) are the vendors' real ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING. Report aggregate figures only; do not read
    individual failures back into the rules, or it stops being an honest estimate.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Jobvite, Paylocity, UKG, ADP, Paradox, Rippling, Dover, ZipRecruiter, Glassdoor,
    HigherEdJobs, SchoolSpring, PeopleAdmin, OCC Mundial, InfoJobs, Gupy, Criteria, Pymetrics,
    Calendly, GoodTime, Checkr, HireRight) are ``other``; a forwarded confirmation keeps the
    source of the mail it forwards. Special cases as in ``heldout3.py``: a DocuSign "Completed"
    signed offer leaves the application ``accepted``; a reschedule or cancellation is interview
    mail; a one-way video interview is an assessment; "on hold" is confirmation-like mail
    leaving it ``on_hold``; a withdrawal confirmation is confirmation-like mail leaving it
    ``withdrawn``; a background check or onboarding after the offer is ``other_job``. For an
    agency, ``company`` is the client employer (null while the agency has not named it).

Usage
    python tests/corpus/heldout8.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Marisol Ortega <marisol.ortega@pecanmail.com>"
DATA_MODULES = (
    "heldout8_jobs",
    "heldout8_jobs_intl",
    "heldout8_inbox",
)
FIRST, LAST = "2025-01-01", "2025-08-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Marisol Ortega", "marisol.ortega@pecanmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

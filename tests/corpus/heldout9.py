"""A ninth hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    About 320 messages of one job seeker ("me", Priya Natarajan, a customer-success manager in
    Manchester who also spends time in London, moving into product operations and mid-level
    product management) from January to July 2025. A little under half of it is job mail, mostly
    in British English to UK employers: private companies, two NHS employers, a borough council,
    two universities, a housing association and two charities, through Workday, SuccessFactors,
    Greenhouse, Lever, Ashby, Pinpoint, Teamtailor, Eploy, Tribepad, Applied, SmartRecruiters,
    Workable, Personio, Recruitee, Reed, Totaljobs, CV-Library, Indeed, LinkedIn, Otta, NHS
    Jobs, Trac and a university HR portal; two recruitment agencies that write a lot and name
    their client late; some remote roles in Brazil and Portugal in Portuguese (Gupy, Kenoby,
    InfoJobs Brasil, Sólides, Teamtailor), one in Spain (Spanish) and one in France (French).
    Application mail runs from confirmations and "viewed" notices through assessments (a
    take-home case study, TestGorilla, a Gupy test, a one-way video interview), interviews
    (Greenhouse, Applied, Calendly and Pinpoint scheduling, Google and Outlook invitations, a
    reschedule and a cancellation, short human replies in threads) to rejections with neutral
    subjects and praise before the no, two applications put on hold, two withdrawals, an offer
    declined through an agency and one made in plain words and signed through DocuSign, then a
    background check and onboarding. Two roles at one employer, a re-application after a
    rejection, ghosted applications, a forwarded confirmation, hiring managers and a founder
    writing from personal webmail, employers whose mail domain differs from their brand, an
    employer named only in its job link, boards that name the employer once in the body. Also
    job alerts, recommendations, talent-community welcomes, incomplete-application nudges,
    recruiter outreach, careers-site codes, a candidate survey and an out-of-office reply. The
    rest is an ordinary UK inbox (family mail in English with Tamil words, Portuguese mail from
    a Lisbon friend, a little Spanish and French from a holiday and an evening class) and
    look-alikes on purpose: flat rental, credit-card, loan, mortgage-in-principle, passport,
    visa, course, volunteer and parking-permit "applications", a course "offer of a place", a
    marathon ballot "not successful", marketplace "offer accepted", marketing "offers", podcast,
    user-research and dissertation "interviews", webinars and GP and optician appointments with
    calendar parts, dentist reminders, a tenancy agreement through DocuSign, LinkedIn social
    notifications and newsletters about hiring and interviewing.

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
    vocabulary (SuccessFactors, Pinpoint, Eploy, Tribepad, Applied, Reed, Totaljobs, CV-Library,
    Otta, NHS Jobs, Trac, university portals, Gupy, Kenoby, InfoJobs, Sólides, Welcome to the
    Jungle, TestGorilla, Calendly, HireRight) are ``other``; recruitment-agency mail is
    ``agency``; a person writing from the employer's mailbox or from webmail on its behalf is
    ``direct``; a forwarded confirmation keeps the source of the mail it forwards. Special
    cases as in ``heldout3.py``: a DocuSign "Completed" signed offer leaves the application
    ``accepted``; an offer turned down leaves it ``declined``; a reschedule or cancellation is
    interview mail; a one-way video interview is an assessment; "on hold" is confirmation-like
    mail leaving it ``on_hold``; a withdrawal confirmation is confirmation-like mail leaving it
    ``withdrawn``; a background check or onboarding after the offer is ``other_job``. For an
    agency, ``company`` is the client employer (null while the agency has not named it).

Usage
    python tests/corpus/heldout9.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Priya Natarajan <priya.natarajan@lumenpost.co.uk>"
DATA_MODULES = (
    "heldout9_jobs",
    "heldout9_jobs_intl",
    "heldout9_inbox",
)
FIRST, LAST = "2025-01-01", "2025-08-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Priya Natarajan", "priya.natarajan@lumenpost.co.uk")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

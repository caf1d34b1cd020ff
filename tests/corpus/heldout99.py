"""Corpus 99: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 225 messages of one job seeker ("me", Marisol Okafor-Reyes, a policy and program
    analyst with an MPP living in Washington, DC) from August 2025 to February 2026, all in
    American English. She applies to federal agencies through USAJOBS, to state, county and DC
    government through NEOGOV / governmentjobs.com, to a school district (PeopleAdmin), a
    university (Interfolio) and to nonprofits and a contractor through Greenhouse, Lever,
    Workable, Idealist, LinkedIn, Indeed and a federal staffing agency. About 42 % of the inbox
    is job mail, 22 applications: USAJOBS status mail (Application Received, Reviewed, Referred,
    Not Referred, Selected, Not Selected, "The status of your application has changed"), an
    agency's referral-certificate notice, structured panel interviews with Teams and ZoomGov
    invitations, a tentative job offer, the eApp background form and fingerprint instructions, a
    final offer accepted with its entrance-on-duty date, NEOGOV eligible-list and exam-result
    notices, a written exercise and two writing / data-to-memo exercises, a county's
    conditional offer declined with HR's reply, rejections with neutral subjects and praise
    before the no, confirmations that say "unfortunately" or "if you are not selected", a
    nonprofit hire paused for funding (on hold) by an executive director writing from Gmail, two
    withdrawals and their acknowledgements (a university search and an agency's contractor
    client), ghosted applications, two roles at one agency (OCCO) and one at another (FEEA, the
    second after a Not Referred), and a re-application to a reposted nonprofit role after a
    rejection. Employer naming: agencies named with their departments in USAJOBS mail (Department
    of Land and Rural Affairs / Bureau of Rural Economic Statistics, BRES, DLRA HR mail), a
    county vs its department (Ashgrove County / DHCA), nonprofits whose legal or ATS names differ
    from their brand (Civic Ledger Foundation, Inc.; Open Streets Action Fund on Lever slug
    osc-action), a contractor called by its acronym (CSRA, LAG), a staffing agency pitching "a
    mid-size federal consulting firm in Reston" that names Larchmont later. Also USAJOBS saved
    searches, an incomplete-application nudge, NEOGOV job-interest cards, Idealist, LinkedIn and
    Indeed alerts, a talent-community welcome, recruiter outreach (LinkedIn InMail, a contractor,
    the agency again), a recruiter's auto-reply, candidate surveys, a reference-check heads-up
    and a confirmation forwarded from an alumni address. The rest is an ordinary DC inbox with
    look-alikes on purpose: apartment "applications" and a DocuSign lease, credit-card
    "pre-approved" offers and an approved card application, the DMV and a REAL ID appointment,
    jury-duty summons, a fellowship application with a finalist "interview" and a no, a
    think-tank newsletter and a podcast with "interviews", a podcast inviting her on the show,
    webinar, dentist and team-meeting invitations, LinkedIn social notifications and friends
    talking about their new jobs and federal offers.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused (``heldout.dated_spec`` is the data modules' ``m()``); spec keys are opaque numbers.
    People, employers, agencies and employer domains are invented; vendor sender domains are
    the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (USAJOBS, NEOGOV / governmentjobs.com, PeopleAdmin, Interfolio, Idealist,
    Calendly, the eApp and EODPortal systems) are ``other``; staffing-agency mail is ``agency``
    with the client as ``company`` (null until the agency names it); a person writing from the
    employer's mailbox (agency HR, a hiring manager) or from personal webmail on its behalf is
    ``direct``; a forwarded confirmation keeps the source of the mail it forwards. ``company``
    is the employer as a person would write it: the bureau or agency she applied to (Bureau of
    Rural Economic Statistics, not the department), the county (Ashgrove County, not DHCA), the
    nonprofit's brand (Civic Ledger Institute, Open Streets Coalition). USAJOBS "Reviewed" and
    "Referred", a referral-certificate notice and a NEOGOV eligible-list placement are
    confirmations; "Not Referred" and "Not Selected" are rejections; "Selected", the tentative
    offer and the final offer (and HR's acknowledgements of accepting them) are offers, the last
    leaving the application ``accepted``; HR's reply to the declined county offer leaves it
    ``declined``. A NEOGOV written exercise and its exam result, a writing exercise and a
    data-to-memo exercise are assessments. Security forms, fingerprinting, onboarding, a
    reference-check heads-up, surveys and auto-replies are ``other_job``; a withdrawal
    acknowledgement is confirmation-like mail leaving the application ``withdrawn``; a hire
    paused for funding is confirmation-like mail leaving it ``on_hold``.

Usage
    python tests/corpus/heldout99.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Marisol Okafor-Reyes <marisol.okaforreyes@gmail.com>"
DATA_MODULES = (
    "heldout99_jobs",
    "heldout99_jobs2",
    "heldout99_jobs3",
    "heldout99_inbox",
)
FIRST, LAST = "2025-08-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Marisol Okafor-Reyes", "marisol.okaforreyes@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

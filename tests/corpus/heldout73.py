"""Corpus 73: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 240 messages of one job seeker ("me", Nadia Ferreira-Mackenzie, a mechanical engineer
    (EIT with Professional Engineers Ontario, writing the PPE on the way to her P.Eng.) living in
    Toronto) from October 2025 to March 2026. She applies in Toronto and the GTA, Vancouver and
    Montréal, mostly in Canadian English with some Québec French (a Montréal consulting firm's
    "poste", "entrevue" and "courriel", a referral forwarded as "TR:", Jobboom and Indeed in
    French). Roughly 42 % of the inbox is job mail, 24 applications: Workday, Taleo, iCIMS,
    Dayforce (Ceridian), SuccessFactors, Greenhouse, Lever, Indeed Apply, LinkedIn Easy Apply, a
    Job Bank posting answered by e-mail, a municipality's careers portal (City of Elmbridge), a
    provincial crown corporation (Ontario Hydrolink: technical assessment, Calendly-booked Zoom
    panel, then "this position has been cancelled", and a re-application to a re-posted role)
    and a BC crown (Cascadia Hydro, writing as "Cascadia Hydro and Power Authority"). Two
    engineering recruitment agencies pitch "a leading Tier 1 contractor" and "a major consulting
    firm in Vancouver" and name Dunmore Constructors and Hollis & Crane later. A start-up
    co-founder writes from Gmail, a take-home and a culvert exercise are assessments, panel
    interviews come as Teams and Zoom invitations (.ics) booked through Calendly, rejections have
    neutral subjects and praise before the no, confirmations say "unfortunately" and "if you are
    not selected". One offer (Halbrook Infrastructure Ltd., also "Halbrook" and "HIL") is
    accepted through DocuSign after a SkillSurvey reference check and a Certn background check,
    followed by onboarding; two withdrawals (a start-up, and the agency role after the offer) are
    acknowledged. Employer naming: "X Ltd." / "X" / acronym (Halbrook / HIL, Alderstone
    Consulting Engineers Inc. / ACE, Groupe Conseil Brassard-Vigneault inc. / GCBV), a division
    whose mail comes from its parent through iCIMS (Tessaly Water, a Brightmoor company), a
    careers mailbox on a group domain (Ironvale Group for Ironvale Steel), Workday tenants that
    are not the brand. Also job alerts (LinkedIn, Indeed, Job Bank, Jobboom, an ATS saved
    search), a talent-community welcome, an incomplete-application nudge, outreach (agencies, a
    LinkedIn InMail, an engineering manager), a survey, a password reset and an auto-reply. The
    rest is an ordinary Toronto inbox with look-alikes on purpose: a rental application approved
    and a lease "Completed" in DocuSign, CRA notices, a credit card "pre-approved offer",
    application and approval, a line-of-credit offer, a college "application" and "offer of
    admission", a volunteer "application" and "interview", PEO's "application to write the PPE
    has been accepted", PRESTO and TTC mail, newsletters with "interview" and hiring outlooks,
    OSPE mail, a women's hockey league with a rescheduled-game invitation, dentist and webinar
    invitations, a marketplace "offer accepted", LinkedIn social notifications, a job scam, and
    friends and family talking about their own jobs and interviews.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused,
    with ``heldout.dated_spec`` as each data module's ``m()``; spec keys are opaque numbers.
    People, employers and employer domains are invented; vendor sender domains are the vendors'
    real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Dayforce, SuccessFactors, Job Bank, Jobboom, the City of Elmbridge portal,
    Calendly, SkillSurvey, Certn) are ``other``; staffing-agency mail is ``agency`` with the
    client as ``company`` (null until the agency names it); a person writing from the
    employer's mailbox, a careers mailbox or personal webmail on its behalf is ``direct``; the
    forwarded referral confirmation keeps the source of the mail it forwards (Workday).
    ``company`` is the employer as a person would write it (Halbrook Infrastructure however it is
    written, Tessaly Water not Brightmoor Holdings, Cascadia Hydro, Ironvale Steel). The
    "position has been cancelled" notice is a rejection; the re-posted Ontario Hydrolink role is
    a new application. Reference and background checks, onboarding, surveys, password resets and
    auto-replies are ``other_job``; withdrawal acknowledgements are confirmation-like mail leaving
    the application ``withdrawn``; the DocuSign "Completed" offer leaves it ``accepted``. The
    candidate's own notes and friends' mail about their jobs are ``not_job``.

Usage
    python tests/corpus/heldout73.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Nadia Ferreira-Mackenzie <nadia.fmackenzie@gmail.com>"
DATA_MODULES = (
    "heldout73_jobs",
    "heldout73_jobs_intl",
    "heldout73_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Nadia Ferreira-Mackenzie", "nadia.fmackenzie@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

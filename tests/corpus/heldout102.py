"""Corpus 102: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Kristine Joy "Tin" Manalastas, a customer-
    success and operations team lead living in Quezon City, Metro Manila) from August 2025 to
    January 2026. She applies to BPOs, local companies and remote US and Australian start-ups,
    in Philippine English throughout (some Taglish in her friends' and family's mail). Roughly
    two-fifths of the inbox is job mail, 26 applications: JobStreet, Kalibrr, LinkedIn (Easy
    Apply, viewed, InMail), Indeed and OnlineJobs.ph applications; Workday, SmartRecruiters,
    Greenhouse, Lever and Workable confirmations; BPO recruitment hubs with walk-in "initial
    interview", an English proficiency test and typing test, "final interview" with Operations,
    a job offer (JO) and pre-employment requirements (NBI clearance, medical, SSS, PhilHealth,
    Pag-IBIG, BIR 2316); Zoom, Teams and Google Meet invites with .ics parts and a Calendly
    booking; a case exercise, a one-way video, a paid trial task and a typing/writing test;
    rejections with neutral subjects and praise before the no; a JO declined (graveyard shift)
    and an offer accepted through a DocuSign "Completed" envelope followed by onboarding; a
    withdrawal acknowledged by an employer, another acknowledged after an interview; three roles
    "on hold" (an employer's Workday requisition, an agency's client and a re-application whose
    role was paused over the holidays); ghosted applications;
    two roles at Lumenbridge and a re-application at Nimbusly after a rejection.
    Employer naming: "Inc.", "Corp." and "Philippines, Inc." subsidiaries (Corvana Philippines,
    Inc.; Verdant Cloud Philippines, Inc.; Nordhavn Shared Services Philippines, Inc. whose mail
    comes from Nordhavn Group); Tindahan Payments Corp. / TindahanPay / TPay; Aksyon Contact
    Center Corp. / ACCC and Keystone Outsourcing Philippines Inc. / KOPI; a BPO named by its
    client account ("Telco account", "Fintech Account", "US healthcare account"); an agency
    (TalentBayan Staffing) writing for "a leading US healthcare BPO" that it names later as
    Caldera Health Solutions; a US co-founder and a small-business owner writing from Gmail; a
    Greenhouse confirmation forwarded ("Fwd:") from her old Yahoo address. Also job alerts
    (JobStreet, LinkedIn, Indeed, Kalibrr, OnlineJobs.ph), a talent-community welcome, an
    incomplete-application nudge, recruiter and agency outreach (some texting-style), an agency
    auto-reply, a recruitment-hub survey, a portal code and a Kalibrr employer survey.
    The rest is an ordinary Manila inbox with look-alikes on purpose: a condo rental
    application, credit-card "pre-approved" offers and an application, bank and SSS salary loan
    applications, a Pag-IBIG housing-loan pre-qualification, PhilHealth, BIR and NBI mail, a
    church lifegroup and a volunteer application, a certificate-programme admission interview,
    an Australian visitor visa, newsletters and a podcast with "interview" and "job offer",
    calendar invites that are not interviews (including one where she is the interviewer at
    her new job), LinkedIn social notifications and friends talking about their new jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as the ``m()`` shorthand (Manila time, +0800 all year);
    spec keys are opaque numbers. People, employers and employer domains are invented; vendor
    sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (JobStreet, Kalibrr, OnlineJobs.ph, Calendly, a clinic's results portal) are
    ``other``; staffing-agency mail is ``agency`` with the client as ``company`` (null until the
    agency names it); a person writing from the employer's mailbox or from personal webmail on
    its behalf, and a BPO's own recruitment-hub mailbox, is ``direct``; a forwarded
    confirmation keeps the source of the mail it forwards. ``company`` is the employer as a
    person would write it (Lumenbridge, Corvana, TindahanPay, ACCC, KOPI, Caldera Health
    Solutions, Nordhavn Shared Services, Verdant Cloud). A walk-in initial interview, a final
    interview and a phone screen are interviews; English, typing and WFM tests, a case
    exercise, a one-way video and a paid trial task are assessments; "on hold" is
    confirmation-like mail leaving the application ``on_hold``; a withdrawal acknowledgement is
    confirmation-like mail leaving it ``withdrawn``; the DocuSign "Completed" offer leaves it
    ``accepted``, the recruiter's reply to the declined JO ``declined``; pre-employment
    requirements, onboarding, surveys, portal codes and auto-replies are ``other_job``.
    Mail from her new employer about her own work (team syncs, a panel where she interviews
    others, payroll) is ``not_job``.

Usage
    python tests/corpus/heldout102.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Kristine Joy Manalastas <kjmanalastas@gmail.com>"
DATA_MODULES = (
    "heldout102_jobs",
    "heldout102_jobs_more",
    "heldout102_inbox",
)
FIRST, LAST = "2025-08-01", "2026-01-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Kristine Joy Manalastas", "kjmanalastas@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

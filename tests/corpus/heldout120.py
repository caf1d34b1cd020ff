"""Corpus 120: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Catrin Llewellyn, a secondary school science
    teacher at a Cardiff high school moving into education technology / instructional design)
    from September 2025 to February 2026. She applies in Cardiff, Bristol, Swansea and remote,
    in British English with a little Welsh (greetings, "Diolch", bilingual footers of the
    council, the university and a Welsh-medium school). Roughly 43 % of the inbox is job mail,
    25 applications: TES, Eteach, Indeed, LinkedIn Easy Apply, Reed and Guardian Jobs
    confirmations; a local authority on Eploy ("unfortunately you have not been shortlisted"),
    a university's Workday tenant (two roles: one not shortlisted, one with a task presentation
    interview, a conditional offer subject to references and an Enhanced DBS check, reference
    and DBS notices, an unconditional offer and contract, accepted), a Bristol university's and
    a Swansea institute's own portals, Teamtailor, Greenhouse, Workable and Pinpoint tenants;
    interviews with a lesson observation and a task presentation, a design task, a practical
    Storyline task, an Outlook invite and Google Meet invites; rejections with neutral subjects
    and praise before the no; confirmations that say "unfortunately" or "if you are not
    selected"; a withdrawal (the Welsh-medium school's lesson-observation interview) and its
    acknowledgement; a founder writing from Gmail whose hiring goes on hold; ghosted
    applications. Employer naming: Kingsweston Academy whose mail comes from its multi-academy
    trust (Avonvale Learning Trust); Ely Valley Council / Ely Valley County Borough Council /
    EVCBC; Taff Metropolitan University / TMU; Swansea Bay Institute of Technology / SBIT;
    Sparkwise whose Greenhouse tenant is its company Learnsmith Ltd; Brightwing named as
    Brightwing Learning Ltd only in the footer; agencies (Harbour Talent Partners, Clearpath
    Education Recruitment) writing for "a leading edtech business" they name later as Kitewell
    and Owlhouse; a confirmation forwarded ("Fwd:") from the school address. Also job alerts
    (TES, Eteach, Indeed, LinkedIn, Reed, Guardian Jobs, a Workday saved search), a talent-
    community welcome, two incomplete-application nudges, LinkedIn InMail, supply-agency and
    recruitment-agency outreach, an agency auto-reply, a candidate survey and account notices.
    The rest is an ordinary Cardiff teacher's inbox with look-alikes on purpose: a tenancy
    application approved and its referencing, a credit-card application approved and "offers",
    a mortgage in principle, application and offer, a house purchase, council tax, the union's
    bulletins (notice dates for resigning), a podcast that interviews teachers and books her
    own "interview" recording, newsletters about edtech hiring, school mail (briefings,
    parents' evening invite, resignation accepted, interview panel volunteers), a volunteer
    application, a race entry, friends and a sister talking about their own interviews and
    offers, and LinkedIn social notifications.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.py``'s ``dated_spec`` as ``m()`` (defined once, with the time zone
    and label helpers, in heldout120_jobs.py); spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (TES, Eteach, Reed, Guardian Jobs, Eploy, Pinpoint, university portals, DBS) are
    ``other``; staffing-agency mail is ``agency`` with the client as ``company`` (null until
    the agency names it); a person writing from the employer's mailbox or from personal
    webmail on its behalf, and the candidate's own replies, are ``direct``; a forwarded
    confirmation keeps the source of the mail it forwards. ``company`` is the employer as a
    person would write it: the school (Kingsweston Academy), not its trust; Ely Valley Council
    and Taff Metropolitan University however they are written; SBIT by its acronym, as the
    candidate knows it; the brand (Sparkwise, Brightwing, Kitewell, Owlhouse), not the Ltd. A
    design task is an assessment; a lesson observation, a task presentation or a practical task
    on the interview day is part of the interview; the founder's coffee invitation is an
    interview; the conditional offer, her reply accepting it and the unconditional offer are
    offers, Workday's "offer accepted" leaves the application ``accepted``; references, DBS,
    onboarding, surveys, account notices and auto-replies are ``other_job``; the candidate's
    withdrawal and the school's acknowledgement are confirmation-like mail leaving it
    ``withdrawn``; the founder's "our round slipped" is confirmation-like mail leaving it
    ``on_hold``; incomplete-application nudges, a talent-community welcome and "a recruiter
    viewed your CV" are alerts.

Usage
    python tests/corpus/heldout120.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Catrin Llewellyn <catrin.llewellyn@outlook.com>"
DATA_MODULES = (
    "heldout120_jobs",
    "heldout120_jobs_more",
    "heldout120_jobs_misc",
    "heldout120_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Catrin Llewellyn", "catrin.llewellyn@outlook.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

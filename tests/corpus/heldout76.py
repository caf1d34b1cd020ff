"""Corpus 76: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 240 messages of one job seeker ("me", Jonas Ebeling, a backend / platform engineer
    (Go, Kotlin, Kubernetes) living in Berlin-Neukölln, later Lichtenberg) from October 2025 to
    March 2026, in German and English: German Konzerne and Mittelstand write formal Sie, Berlin
    start-ups write du in German or plain English. About 40 % of the inbox is job mail, 26
    applications: Personio, JOIN, Ashby, Greenhouse, Lever, Workable, SmartRecruiters,
    SuccessFactors, StepStone, XING, LinkedIn Easy Apply, the Arbeitsagentur (a
    Vermittlungsvorschlag leading to an application) and Berlin Startup Jobs; HackerRank and
    CodeSignal assessments and two take-homes on GitHub; system design interviews with Google
    Meet (and one Teams) invitations booked through Ashby and Personio scheduling; a headhunter
    writing "für einen Kunden aus dem FinTech-Bereich" who names Finvolt in his second mail; a
    CTO writing from personal Gmail; rejections with neutral subjects ("Deine Bewerbung bei …",
    "Update zu deiner Bewerbung", "Your application at …", "Ihre Bewerbung bei …") and praise
    before the no; a Stelle "auf Eis gelegt" (on_hold); an offer negotiated (a second mail raises
    base and adds a signing bonus) and accepted through DocuSign; another offer declined; two
    withdrawals acknowledged after the acceptance; ghosted applications; two roles at
    Tessellate. Employer naming: "Lindgrün Energie GmbH" vs "Lindgrün Energie"; the brand
    Paketo whose contract and DocuSign come from Nordlicht Technologies GmbH; Kranich Health
    whose Workable tenant is "KHG Digital" (slug khg-digital); Quadrat Bank written "Quadrat
    Bank AG", "Quadrat" and "QB Tech Hiring"; Quernheim Digital GmbH, a Tochter whose mail comes
    from "Quernheim Gruppe Karriere" and is signed by Quernheim Versicherung AG. Also job alerts
    (LinkedIn, StepStone Job-Agent, XING, Berlin Startup Jobs), a talent-community welcome, an
    incomplete-application nudge, agency and LinkedIn outreach, a recruiter's out-of-office, a
    candidate survey, a GitHub repository invitation for a take-home, an Arbeitsagentur login
    code and onboarding mail. The rest is an ordinary Berlin inbox with look-alikes on purpose:
    a Wohnungsbewerbung via ImmoScout24 (rejected) and a Genossenschaft's Zusage, a Bürgeramt
    Termin, Krankenkasse mail (including "Arbeitgeberwechsel"), bank "Angebote", a credit-card
    and a Kleingarten "Bewerbung", a Foodsaver "Bewerbung", BVG and DB mail, newsletters and
    podcasts with "Interview" and hiring topics, a paid user-research "interview" with an
    invitation, a bank Beratungsgespräch, meetup and birthday invitations, a climbing gym, and
    friends talking about their jobs, rejections and referrals.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused
    through its ``dated_spec`` helper (``m = partial(dated_spec, tz)``); spec keys are opaque
    numbers. People, employers and employer domains are invented; vendor sender domains are the
    vendors' real ones. A few monthly notices (bank statements, BVG tickets, the gym's monthly
    summary) are written once and dated by a small loop.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (JOIN, SuccessFactors, StepStone, XING, the Arbeitsagentur, Berlin Startup Jobs,
    GitHub) are ``other``; staffing-agency and headhunter mail is ``agency`` with the client as
    ``company`` (null until the headhunter names it); a person writing from the employer's
    mailbox or from personal webmail on its behalf is ``direct``; mail an Ashby or Personio
    scheduler sends is that ATS. ``company`` is the employer as a person would write it (Paketo,
    not Nordlicht Technologies GmbH; Kranich Health, not KHG Digital; Quernheim Digital, not
    Quernheim Versicherung AG; Quadrat Bank, however it is written). The Arbeitsagentur's
    Vermittlungsvorschlag and the SuccessFactors "complete your application" nudge are alerts;
    the GitHub invitation to the take-home repository, the out-of-office, the survey, the login
    code and onboarding are ``other_job``; the "auf Eis gelegt" notice is confirmation-like mail
    leaving the application ``on_hold``; the DocuSign "Completed" contract leaves it
    ``accepted``; the reply to the declined offer leaves it ``declined``; the acknowledgements of
    withdrawals leave it ``withdrawn``; a take-home is an assessment. Mail after the start of the
    new job (1:1 invitations, team lunch, payroll reminders) is ``not_job``.

Usage
    python tests/corpus/heldout76.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Jonas Ebeling <jonas.ebeling@mailbox.org>"
DATA_MODULES = (
    "heldout76_jobs",
    "heldout76_jobs_intl",
    "heldout76_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Jonas Ebeling", "jonas.ebeling@mailbox.org")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

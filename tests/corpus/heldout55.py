"""Corpus 55: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 245 messages of one job seeker ("me", Jana Wiesner, a mechanical engineer moving into
    embedded software, living in Munich) from November 2025 to April 2026. She applies in
    Munich, Hamburg, Stuttgart, Nuremberg and remote (Germany), mostly in German (formal "Sie"
    from corporates, informal "du" from start-ups), about a quarter of the job mail in English.
    Roughly 41 % of the inbox is job mail, 25 applications: Eingangsbestätigungen, an online
    test and a HireVue video interview, a Codility test and a take-home, Kennenlerngespräche and
    Vorstellungsgespräche with Outlook and Google invitations (some booked through Calendly),
    Absagen with neutral subjects and praise before the "leider", confirmations that say
    "leider" or "unfortunately", a Vertragsangebot signed through DocuSign (accepted) and an
    English offer declined, a withdrawal with its acknowledgement, a role "vorerst auf Eis"
    (on hold), ghosted applications, a recruiter's Abwesenheitsnotiz, a founder writing from
    GMX, a Konzern writing for its brand (Velora, mail from Hansa Mobility Group Services GmbH,
    two roles there), an employer written several ways (Kaltenbach Antriebstechnik GmbH & Co. KG
    / Kaltenbach / KAT), a Personalberatung pitching "einen namhaften Automobilzulieferer" that
    names Rheintal Fahrzeugelektronik late, a Personaldienstleister naming its client late, a
    re-application at Quellwerk Medizintechnik after an Absage and a forwarded ("WG:")
    confirmation. Boards and ATSs: StepStone, XING, LinkedIn, Indeed, Jobbörse der
    Arbeitsagentur, JOIN, Personio, softgarden, d.vinci, rexx systems, SuccessFactors, Workday,
    Greenhouse, SmartRecruiters, Recruitee, Teamtailor, Ashby, HireVue, Codility, DocuSign.
    Also job alerts, a talent-pool welcome, an incomplete-application nudge, recruiter and
    agency outreach, a candidate survey and a portal code. The rest is an ordinary Munich inbox
    with look-alikes on purpose: a Wohnung application with Mieterselbstauskunft, a
    Kita-Platz application, a bank Kreditantrag, Bürgeramt appointments, Deutsche Bahn tickets,
    "Angebote" in marketing, an "Interview" in a podcast newsletter, newsletters about hiring,
    calendar invitations that are not interviews, XING/LinkedIn social notifications and friends
    talking about their jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with a small ``m()`` shorthand of its own; spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (StepStone, XING, JOIN, Jobbörse, softgarden, d.vinci, rexx systems,
    SuccessFactors, Calendly, the online-test vendor) are ``other``; a forwarded confirmation
    keeps the source of the mail it forwards. Agency mail (Personalberatung,
    Personaldienstleister) is ``agency`` with the client as ``company`` (null until the agency
    names it); a person writing from the employer's mailbox or from personal webmail on its
    behalf is ``direct``. ``company`` is the employer as a person would write it (Velora, not
    Hansa Mobility Group; Kaltenbach, however it is written). Onboarding, a survey or an
    auto-reply is ``other_job``; a withdrawal acknowledgement is confirmation-like mail leaving
    the application ``withdrawn``; "on hold" is confirmation-like mail leaving it ``on_hold``;
    the DocuSign "Completed" offer leaves it ``accepted``, the reply to a declined offer
    ``declined``; a HireVue one-way video interview and an online test are assessments.

Usage
    python tests/corpus/heldout55.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Jana Wiesner <jana.wiesner@posteo.de>"
DATA_MODULES = (
    "heldout55_jobs",
    "heldout55_jobs_intl",
    "heldout55_inbox",
)
FIRST, LAST = "2025-11-01", "2026-05-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Jana Wiesner", "jana.wiesner@posteo.de")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

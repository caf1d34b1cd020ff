"""Corpus 74: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 235 messages of one job seeker ("me", Katharina Moser, a Diplomierte Gesundheits- und
    Krankenpflegerin (DGKP) from Vienna who moves to Zurich and looks for work as a
    Pflegefachfrau) from October 2025 to March 2026. Mostly German: Austrian German from the
    Vienna employers and AMS ("Bewerbung", "Ges.m.b.H.", "Vorstellungsgespräch", "Jänner"),
    Swiss German conventions from Zurich ("AG", no ß, "Grüezi", "Schnuppertag", "Dossier"),
    formal Sie from hospitals and ATSs, informal du from a Spitex/home-care start-up whose
    co-founder writes from Gmail, and some English from an international clinic group. About
    40 % is job mail, 23 applications found through karriere.at, the AMS eJob-Room, jobs.ch,
    Indeed, LinkedIn and hospital careers portals (rexx, softgarden, Abacus/Umantis,
    SuccessFactors, Personio, Teamtailor, SmartRecruiters, Workday): Eingangsbestätigungen that
    say what happens "falls wir Sie nicht berücksichtigen", video interviews and a
    Vorstellungsgespräch with calendar invites, Schnuppertage/Hospitationen, a Stationsleitung
    writing from her private Bluewin address, a Pflege-Personalvermittler pitching "eine
    renommierte Privatklinik am Zürichsee" and naming it later, rejections with neutral
    subjects ("Ihre Bewerbung", "Rückmeldung") and praise before the no, a position "bereits
    besetzt", a position put on hold, a Vertragsangebot accepted, an offer declined, a
    withdrawal and its acknowledgement, ghosting, two roles at one Klinikum and a
    re-application at the university hospital after a rejection, a forwarded ("WG:")
    confirmation. Employer naming: Spital Uetliberg whose mail comes from its Stiftung,
    Universitätsspital Seefeld written as USSZ and in full, Klinikum Glatttal of the
    Gesundheitsverbund Zürich Nord, a SuccessFactors tenant slug, a Spitex start-up named only
    in the signature. Also job alerts, a talent pool welcome, an incomplete-application nudge,
    recruiter outreach, an auto-reply and the SRK recognition (Anerkennung) paperwork, which
    is job-related but no application. The rest is an ordinary Vienna/Zurich inbox with
    look-alikes on purpose: a Wohnungsbewerbung, Meldezettel and Anmeldung, a Krankenkasse
    "Angebot", SBB/ÖBB tickets, newsletters with an "Interview", a Verein, friends talking
    about their own jobs, calendar invites that are not interviews.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The builder is the first corpus's
    (``heldout.py``, with its ``dated_spec`` helper); spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (karriere.at, AMS eJob-Room, jobs.ch, rexx, softgarden, Abacus/Umantis,
    SuccessFactors, Calendly, Microsoft Bookings) are ``other``; Personio, Teamtailor,
    SmartRecruiters, Workday, Indeed and LinkedIn are their own sources. Staffing-agency mail
    is ``agency`` with the client as ``company`` (null until the agency names it); a person
    writing from the employer's mailbox or from personal webmail on its behalf is ``direct``.
    ``company`` is the employer as a person would write it (Spital Uetliberg, not its
    Stiftung; Universitätsspital Seefeld however it is written; Klinikum Glatttal, not its
    Verbund). A Schnuppertag/Hospitation is an interview; the SRK recognition mail, an
    auto-reply, a talent-pool welcome's follow-ups and onboarding are ``other_job``; a
    withdrawal acknowledgement is confirmation-like mail leaving the application ``withdrawn``;
    "on hold" leaves it ``on_hold``; the signed Vertragsangebot leaves it ``accepted``, the
    reply to a declined offer ``declined``.

Usage
    python tests/corpus/heldout74.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Katharina Moser <katharina.moser@gmx.at>"
DATA_MODULES = (
    "heldout74_jobs",
    "heldout74_jobs_ch",
    "heldout74_jobs_intl",
    "heldout74_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Katharina Moser", "katharina.moser@gmx.at")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

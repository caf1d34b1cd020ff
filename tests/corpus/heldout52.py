"""Corpus 52: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 240 messages of one job seeker ("me", Lukas Brunner-Haas, a risk and compliance
    manager living in Vienna) from September 2025 to February 2026. He applies in Vienna, Graz,
    Linz, Zurich, Basel and Munich, so his job mail is mostly formal German with Austrian usage
    (Jänner, Dienstvertrag, Dienstantritt, KV-Mindestgehalt and "Überzahlung möglich") and Swiss
    usage (no ß, Bewerbungsdossier, Absage, "Freundliche Grüsse"), plus English from
    international banks, a reinsurer and a Big Four firm. Roughly 40 % of the inbox is job mail,
    24 applications: banks and insurers whose brand differs from their legal name, a Big Four
    firm known by its initials, a Swiss pharma group writing for its subsidiary, a regulator with
    a "Hearing", a fintech whose founder writes from personal webmail, a cooperative bank group
    with regional banks, a housing cooperative found through AMS; reached through karriere.at,
    StepStone, jobs.ch, jobup.ch, LinkedIn, XING, Indeed, AMS eJob-Room, SuccessFactors,
    Workday, Taleo, Avature, Greenhouse, Personio, prescreen, softgarden and rexx; two executive
    search firms that name their client late. Zwischenbescheide, Teams and Google invitations
    with calendar parts, short replies setting a time, an Assessment-Center, online personality
    and reasoning tests, a case study, a Hearing, praise-before-no, rejections with neutral
    subjects, a confirmation saying "leider", two roles at one employer, a re-application after
    a rejection, ghosted applications, a role on hold, a withdrawal and its acknowledgement, an
    offer accepted (signed Dienstvertrag) and one declined with its acknowledgement. Also job
    alerts, a talent-pool welcome, an incomplete-application nudge, recruiter outreach (XING,
    LinkedIn InMail, a founder), portal mail, a candidate survey and an auto-reply. The rest is
    an ordinary Vienna inbox with look-alikes on purpose: a Genossenschaftswohnung
    "Bewerbung" and "Zusage", a Kindergarten-Anmeldung, a Kreditantrag "genehmigt", an
    insurance "Antrag angenommen", marketing "Angebote", "Interviews" in business newsletters,
    webinars and a dentist appointment with calendar parts, a Bewerbung as a club's treasurer,
    LinkedIn social notifications, newsletters about hiring.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder and a
    small ``m()`` shorthand of this corpus's own are used; spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule is changed
    for it and keep that figure; afterwards it is a tuning corpus, no longer a held-out estimate.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (karriere.at, StepStone, jobs.ch, jobup.ch, XING, AMS eJob-Room,
    SuccessFactors, Avature, prescreen, softgarden, rexx, Aon assessments, an employer's own
    careers site) are ``other``; executive-search mail is ``agency`` with the client as
    ``company`` (its first approach, before the client is named, is outreach with a null
    company); a person writing from the employer's mailbox or from personal webmail on its
    behalf is ``direct``. ``company`` is the brand a person would write in a tracker (for
    example "Donauland Versicherung" for Donauländische Versicherung AG, "BLH", "Rhenoval" for
    Rhenoval Pharma Schweiz AG). A Zwischenbescheid is confirmation mail; an employer's thanks
    for the signed contract is offer mail leaving the application ``accepted``, its
    acknowledgement of a declined offer ``declined``; a withdrawal acknowledgement is
    confirmation-like mail leaving it ``withdrawn``; "on hold" leaves it ``on_hold``; an
    Assessment-Center, online tests and a written case study are assessments, a Hearing is an
    interview; onboarding mail after the offer and auto-replies are ``other_job``; an AMS
    Vermittlungsvorschlag is an alert.

Usage
    python tests/corpus/heldout52.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; measured, then tuned on)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Lukas Brunner-Haas <lukas.brunner-haas@gmx.at>"
DATA_MODULES = (
    "heldout52_jobs",
    "heldout52_jobs_intl",
    "heldout52_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Lukas Brunner-Haas", "lukas.brunner-haas@gmx.at")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

# ruff: noqa: E501
"""Corpus 45: hand-written, labelled mail of one job seeker (TUNING CORPUS: measured first, then tuned on).

What it is
    About 240 messages of one job seeker ("me", Mara Lindqvist-Okafor, a UX researcher and
    product designer living in Berlin) from October 2025 to March 2026. She applies in Berlin,
    Vienna, Zurich, Leipzig and remote, so her job mail is mostly German -- informal "du" from
    startups and scale-ups (fintech, mobility, health apps), formal "Sie" with Austrian usage
    (Bewerbungsgespräch, Jänner, Dienstvertrag, a Magistrat of the City of Vienna) and Swiss
    usage (no ß, Bewerbungsdossier, Stellenantritt, freundliche Grüsse) -- plus English from
    international scale-ups. Roughly 40 % of the inbox is job mail, 28 applications, reached
    through LinkedIn, XING, StepStone, karriere.at, jobs.ch, Join, Personio, Ashby, Greenhouse,
    Lever, Workable, Recruitee, Teamtailor, SmartRecruiters, softgarden and Wellfound: Calendly
    and Google Calendar booking notices, short replies that only set a time, a design
    challenge, a portfolio review, an offer she declines and its acknowledgement, an offer she
    accepts, a withdrawal and its acknowledgement, an employer written several ways (app brand,
    GmbH, acronym), a group mailbox writing for one of its brands, a Personalvermittlung naming
    its client late, two roles at one scale-up, a re-application after a rejection, ghosted
    applications, rejections with neutral subjects, praise before the no, a confirmation that
    says "unfortunately", a role put on hold, a hiring manager writing from a personal address.
    Also job alerts, talent-community welcomes, an incomplete-application nudge, recruiter
    outreach, portal codes and auto-replies. The rest is an ordinary Berlin inbox with
    look-alikes on purpose (a Kita "Bewerbung", a flat-viewing "Bewerbung", a Stipendium
    application, a design-conference newsletter with an "Interview", marketing "Angebote", a
    meetup invitation with a calendar part, a friend asking for a Referenz, LinkedIn social
    notifications, newsletters about hiring).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder and
    the one-mailbox driver are reused; a small ``m()`` shorthand of its own is in
    ``heldout45_jobs.py``. People, employers and employer domains are invented; vendor sender
    domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. After its first measurement the team may read
    its failures and tune the rules on it, so later figures on it are not held-out estimates.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (XING, StepStone, karriere.at, jobs.ch, Join, softgarden, Calendly, an employer's
    own careers portal) are ``other``; the Personalvermittlung's mail is ``agency`` with the
    client as ``company`` (null until it names the client); a person writing from the
    employer's mailbox or from a personal address on its behalf is ``direct``. ``company`` is
    the employer as a person would write it in a tracker (the app brand for a group mailbox
    writing for its brand). A withdrawal acknowledgement is confirmation-like mail leaving the
    application ``withdrawn``; "on hold" is confirmation-like mail leaving it ``on_hold``; the
    acknowledgement of a declined offer is offer mail leaving it ``declined``; the HR mail
    confirming the signed contract leaves it ``accepted``; a design challenge is an assessment,
    a portfolio review an interview; a Calendly booking notice or a short reply setting a time
    is interview mail.

Usage
    python tests/corpus/heldout45.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Mara Lindqvist-Okafor <mara.lindqvist.okafor@posteo.de>"
DATA_MODULES = (
    "heldout45_jobs",
    "heldout45_jobs_intl",
    "heldout45_inbox",
)
FIRST, LAST = "2025-10-01", "2026-04-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Mara Lindqvist-Okafor", "mara.lindqvist.okafor@posteo.de")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""A twentieth hand-written, labelled mail corpus: a TUNING corpus (measured, then tuned on).

What it is
    250 messages of one job seeker ("me", Noémie Favre, a French-speaking logistics and
    procurement coordinator living in Lausanne) from September 2025 to February 2026. About
    43 % of it is job mail: 26 applications in Switzerland (Vaud, Geneva, Fribourg, Neuchâtel),
    Belgium (Brussels, Liège, Namur) and France (Lyon, Lille), mostly to institutional and
    parapublic employers with long legal names and short brands (cantonal and municipal
    administrations, hospitals, insurers, cooperatives, universities, public transport, a
    Belgian federal selection office, intercommunales). Channels: jobup.ch, jobs.ch,
    JobScout24, Indeed, LinkedIn, Actiris, Le Forem, France Travail, APEC, Welcome to the
    Jungle, Cadremploi; ATSs (Abacus Umantis, Refline, Prospective, Talentsoft,
    SuccessFactors, Workday, Taleo); placement agencies and cabinets de recrutement naming the
    client late; HR people writing from generic or personal addresses; short threaded human
    replies; calendar invitations, a reschedule and a cancellation; tests; rejections with
    neutral subjects; an offer in plain words; a withdrawal; a post put on hold; ghosted
    applications; two posts at one employer; a re-application after a rejection. Also job
    alerts, talent-pool welcomes, incomplete-application nudges, recruiter outreach,
    careers-site codes, surveys, auto-replies and onboarding. The rest is an ordinary Swiss
    inbox with look-alikes on purpose: flat ("dossier de candidature" for a rental), credit,
    permit, university and crèche "applications", marketing "offres", a press "interview",
    webinars and a doctor's appointment with calendar parts, LinkedIn social notifications,
    newsletters about hiring.

How it was written
    By hand, without reading jobtracker's classifiers, correlator or sample generator, nor
    the message data of the other corpora. The first corpus's builder and the third corpus's
    ``m()`` shorthand are reused; spec keys are opaque numbers. People, employers and employer
    domains are invented; vendor sender domains are the vendors' real ones.

    THIS IS A TUNING CORPUS: the team measures it first, then reads its failures back into
    the rules. After that it is no longer an honest held-out estimate.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (jobup.ch, jobs.ch, JobScout24, Actiris, Le Forem, France Travail, APEC,
    Welcome to the Jungle, Cadremploi, Abacus Umantis, Refline, Prospective, Talentsoft,
    SuccessFactors, the federal selection office) are ``other``; Taleo, Workday,
    SmartRecruiters, Indeed and LinkedIn keep their own names; agency and cabinet mail is
    ``agency``; mail written by the employer's own people (also from a personal or a shared
    HR mailbox) is ``direct``; a forwarded confirmation keeps the source of the mail it
    forwards. Being made "lauréate" and put in a recruitment reserve, like a recruitment frozen
    until a budget passes, is confirmation-like mail leaving the application ``on_hold``. A
    reschedule or cancellation is interview mail; "on hold" leaves the application
    ``on_hold``; a withdrawal confirmation leaves it ``withdrawn``; onboarding after the offer
    is ``other_job``. For an agency, ``company`` is the client employer (None while the agency
    has not named it). Mail of the unemployment office and fund (ORP, caisse de chômage),
    rental and permit "dossiers", university admissions and LinkedIn social notifications are
    ``not_job``.

Usage
    python tests/corpus/heldout20.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Noémie Favre <noemie.favre@bluewin.ch>"
DATA_MODULES = (
    "heldout20_jobs",
    "heldout20_jobs_intl",
    "heldout20_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Noémie Favre", "noemie.favre@bluewin.ch")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

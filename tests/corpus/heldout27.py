"""Corpus 27: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 245 messages of one job seeker ("me", Álvaro Menéndez, a hotel revenue and
    front-office manager living in Madrid) from September 2025 to February 2026. He applies in
    Madrid, Barcelona, Málaga/Marbella, the Canary Islands, Lisbon/Porto and London, so most of
    his job mail is Spanish, with English, European Portuguese and French. About 42 % of the
    inbox is job mail, 27 applications: hotels where the legal company, the brand, the
    management company and the property differ (a franchisee running a hotel under an
    international brand, a group mailbox writing for one of its brands, hotels "managed by" an
    operator, a general manager signing with the property name), a theme park, a cruise line,
    a restaurant group, a coworking chain and a tourism consortium, reached through Hosco,
    InfoJobs, Indeed, LinkedIn, Turijobs, Hosteltur Empleo, JOB TODAY, Teamtailor, Workday,
    SuccessFactors, Talentclue, Harri, HireVue, a public e-registry and the employers' own
    careers sites. Confirmations (one saying "lamentablemente", one "unfortunately"), "viewed",
    online tests, video interviews, interviews with calendar invitations (Google and Outlook),
    a public-exam summons, rejections with neutral subjects and praise before the no, a role on
    hold, withdrawals, offers (one accepted, two declined), two roles at one employer, a
    re-application after a rejection, ghosted applications, a staffing agency that names its
    client late, a hiring manager writing from personal webmail. Also job alerts, a forwarded
    vacancy, talent-community welcomes, incomplete-application nudges, recruiter outreach,
    account verification, a candidate survey and out-of-office replies. The rest is an ordinary
    Madrid inbox (bank, bills, shopping, travel, family, a flat purchase) with look-alikes on
    purpose: credit-card, mortgage, master's-admission (with an admission "interview"),
    volunteer, UK ETA, consulate and FITUR-accreditation "applications", an "offer accepted" on
    Wallapop and on the flat, marketing "offers", newsletters that interview hoteliers and
    report on hiring, a student's "interview" for a class project, webinar, forum and dentist
    invitations with calendar parts, LinkedIn social notifications.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder and
    the third corpus's ``m()`` shorthand are reused; spec keys are opaque numbers. People,
    employers, brands and employer domains are invented; vendor sender domains (ATS, job
    boards, HireVue) are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule changes and
    keep that figure; after that the team may read its failures and tune the rules on it, so
    later scores on it say nothing about unseen mail.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). ``company`` is the name the
    job seeker would track: the brand or property he applied to as the mail presents it
    (``Meridia Madrid Castellana``, not its franchisee company; ``Lúa Hotels``, not the group
    mailbox's owner; ``The Kensington Arbour Hotel``, not its management company), the same for
    every message of one application. Sources outside DESIGN.md's vocabulary (Hosco, InfoJobs,
    Turijobs, Hosteltur Empleo, JOB TODAY, SuccessFactors, Talentclue, Harri, Net-Empregos, a
    public e-registry, a careers site of the employer's own) are ``other``; a message relayed
    by Indeed or LinkedIn (including Indeed's relayed employer e-mail and LinkedIn InMail) is
    ``indeed`` / ``linkedin``; staffing-agency mail is ``agency`` with the client as
    ``company`` (null while the agency has not named it; its first approach is ``outreach``);
    a person writing from the employer's mailbox or from personal webmail is ``direct``. A
    withdrawal acknowledgement is confirmation-like mail leaving the application
    ``withdrawn``; "on hold" leaves it ``on_hold``; the employer's acknowledgement of a
    declined offer is offer mail leaving it ``declined``, the onboarding mail after an accepted
    offer is offer mail leaving it ``accepted``; a public-exam summons, an online test and a
    one-way video interview are assessments; a chat message proposing a meeting is an
    interview. A vacancy forwarded by a friend is an ``alert``.

Usage
    python tests/corpus/heldout27.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Álvaro Menéndez <alvaro.menendez.rm@gmail.com>"
DATA_MODULES = (
    "heldout27_jobs",
    "heldout27_jobs_intl",
    "heldout27_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Álvaro Menéndez", "alvaro.menendez.rm@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

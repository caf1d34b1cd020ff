"""Corpus 121: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 250 messages of one job seeker ("me", Aline Jungo, a pharmacist (dipl. féd.) moving
    into quality assurance in biotech, living in Fribourg) from September 2025 to February 2026.
    She applies in Fribourg, Bern, Lausanne, Basel and Zürich, in Swiss French (vous), Swiss
    Standard German (Sie, "ss" for sharp s) and English from international pharma. Roughly 45 %
    of the inbox is job mail, 24 applications: board confirmations from jobs.ch, jobup.ch,
    LinkedIn Easy Apply and Indeed followed by the employer's own ATS mail (SuccessFactors,
    Workday, Refline, Abacus Umantis, Personio, Greenhouse), entretiens / Vorstellungsgespräche
    with Outlook and Google calendar parts, a Calendly booking and a Personio booking, a
    rescheduled interview, a case study (Fallstudie) between two interviews, SHL and Greenhouse
    online tests, rejections (refus / Absagen) with neutral subjects and praise before the no,
    confirmations that say "unfortunately" or "if you are not selected", a role put on hold
    ("recrutement suspendu"), an offer accepted by reply (Sarine Biologics), a part-time
    officine offer declined, one withdrawal and its acknowledgement, ghosted applications, a
    re-application at Helvepharm after its rejection, two roles at Cellestra, an ORP / Job-Room
    assignment that leads to an application, a confirmation forwarded from her GMX address
    ("WG:"), and an owner writing from personal Gmail / Bluewin. Employer naming: Sàrl / SA / AG /
    GmbH forms; a bilingual company (Sarine Biologics SA / Saane Biologics AG, also "SBX") whose
    Workday tenant is "saanebio"; a hospital (Spital Aarebogen) writing as its foundation
    (Stiftung Spital Aarebogen); an acronym (SPQ, SPQ Swiss Pharma Quality AG); a group's careers
    mailbox (Rhodanus Group Careers for Lémanis Therapeutics); an agency (Alpwork Recruitment
    Sàrl) writing for "un client leader dans l'industrie pharmaceutique" that it names later
    (Vireon Pharma AG), and executive-search and contract outreach whose clients stay unnamed.
    Also job alerts (jobup.ch, jobs.ch Job-Abo, LinkedIn, Indeed, "X is hiring"), a Workday
    talent-community welcome and incomplete-application nudge, ORP notices, a candidate survey,
    a Workday account code and recruiter auto-replies. The rest is an ordinary Fribourg inbox
    with look-alikes on purpose: a dossier de location refused and a Wohnungsbewerbung accepted
    (Flatfox), a credit-card application accepted, health-insurance (LAMal) offers and an
    affiliation, a volunteer "candidature retenue", newsletters and a podcast with "interview"
    and about hiring, marketplace "offre acceptée", dentist, vaccination, choir, webinar and
    language-course calendar parts, LinkedIn social notifications and friends' job news.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused (``heldout.py``'s ``dated_spec`` as ``m()``, defined once in ``heldout121_jobs.py``
    with the Europe/Zurich offset and the label helpers); spec keys are opaque numbers.
    Recurring mail (alerts, newsletters, bills) is written from short lists so each issue
    differs. People, employers and employer domains are invented; vendor sender domains are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (jobs.ch, jobup.ch, SuccessFactors, Refline, Abacus Umantis, Job-Room / ORP,
    Calendly, SHL) are ``other``; a board's confirmation keeps the board as source, the ATS's
    its ATS; a forwarded confirmation keeps the source of the mail it forwards. Agency mail is
    ``agency`` with the client as ``company`` (null until the agency names it); a person writing
    from the employer's mailbox, a group careers mailbox or personal webmail is ``direct``.
    ``company`` is the employer as a person would write it (Sarine Biologics however it is
    written, Spital Aarebogen not its foundation, SPQ, Lémanis Therapeutics not Rhodanus
    Group). Her own replies (accepting, declining, withdrawing, a spontaneous application) and
    auto-replies, onboarding, surveys, account codes and ORP notices are ``other_job`` (outreach
    threads stay ``outreach``); the employer's reply to her acceptance leaves the application
    ``accepted``, to her declining ``declined`` (offer mail); a withdrawal acknowledgement and
    "on hold" are confirmation-like mail leaving it ``withdrawn`` / ``on_hold``; a case study and
    online tests are assessments; an ORP assignment is an alert.

Usage
    python tests/corpus/heldout121.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Aline Jungo <aline.jungo@bluewin.ch>"
DATA_MODULES = (
    "heldout121_jobs",
    "heldout121_jobs_more",
    "heldout121_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Aline Jungo", "aline.jungo@bluewin.ch")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

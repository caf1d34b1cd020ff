"""A twenty-fifth hand-written, labelled mail corpus: a TUNING corpus (measured, then tuned on).

What it is
    About 260 messages of one job seeker ("me", Katharina Brandstätter, an IT project manager
    in Vienna who also applies in Munich, Zürich and Bern) from March to August 2025. Roughly
    40 % of it is job mail (28 applications), in Austrian, German and Swiss German (formal Sie,
    informal du at startups, Swiss spelling with ss) and English at multinationals. Public and
    semi-public employers (a Magistrat, a Land's IT operation, a Kanton, a Bundesamt,
    Stadtwerke, Verkehrsbetriebe, a university, a Genossenschaft) with Stellenausschreibung,
    Kennzahl, Bewerbungsfrist, Auswahlverfahren, Hearing and Personalauswahlkommission; groups
    whose legal name, brand, abbreviation and mail domain differ; a Personalberater with a
    confidential client named late and a staffing agency; channels karriere.at, jobs.ch,
    jobup.ch, StepStone, XING, LinkedIn, Indeed, Interamt, softgarden, d.vinci, Umantis, Abacus,
    rexx systems, Personio, SuccessFactors, Workday, SmartRecruiters, Teamtailor and Greenhouse,
    an Aon online assessment and a case study by e-mail. Confirmations, "viewed", assessments,
    interviews (calendar invitations, a reschedule, a cancellation), rejections with neutral
    subjects, offers in plain words, an accepted and a declined offer, withdrawals, a role on
    hold, ghosted applications, two roles at one employer, a re-application, short human replies
    in threads, a forwarded confirmation, a founder writing from webmail. Also alerts, talent
    communities, incomplete-application nudges, recruiter outreach, portal codes, surveys,
    auto-replies, background checks and onboarding. The rest is an ordinary Austrian inbox with
    look-alikes on purpose (flat, loan, visa, university "applications", marketing "offers",
    podcast "interviews", webinars and doctor appointments with calendar parts, LinkedIn
    social notifications, newsletters about hiring).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder and the
    third corpus's ``m()`` shorthand are reused; spec keys are opaque numbers. People, employers
    and employer domains are invented; vendor sender domains are the vendors' real ones.

    THIS IS A TUNING CORPUS: the team measures it first and then uses its failures to improve
    the rules, so after that its figures are no honest estimate for unseen mail.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (karriere.at, jobs.ch, jobup.ch, StepStone, XING, Interamt, softgarden, d.vinci,
    Umantis, Abacus, rexx systems, SuccessFactors, Aon, a city's own portal) are ``other``;
    a forwarded confirmation keeps the source of the mail it forwards. A reschedule or
    cancellation is interview mail; "on hold" is confirmation-like mail leaving it ``on_hold``;
    a withdrawal confirmation is confirmation-like mail leaving it ``withdrawn``; a reply
    accepting or declining an offer is offer mail leaving it ``accepted`` / ``declined``;
    background checks and onboarding after the offer are ``other_job``. For an agency,
    ``company`` is the client employer (null while the agency has not named it), source
    ``agency``; a person writing from the employer's mailbox or webmail is ``direct``.

Usage
    python tests/corpus/heldout25.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Katharina Brandstätter <k.brandstaetter@gmx.at>"
DATA_MODULES = (
    "heldout25_jobs",
    "heldout25_jobs_intl",
    "heldout25_inbox",
)
FIRST, LAST = "2025-03-01", "2025-09-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Katharina Brandstätter", "k.brandstaetter@gmx.at")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

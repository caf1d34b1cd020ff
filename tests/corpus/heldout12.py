"""A twelfth hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    About 300 messages of one job seeker ("me", Beatriz Lopes Ferraz, a backend engineer from
    Porto who moves to Madrid in the middle of her search) from January to July 2026. Roughly
    40 % of it is job mail in European Portuguese, Brazilian Portuguese, Spain Spanish, Mexican
    Spanish and English: Portuguese fintechs and studios, Madrid product companies, Brazilian and
    Mexican employers, remote US and UK startups. Application mail comes through Teamtailor,
    Personio, Workable, Recruitee, Factorial, Greenhouse, Lever, LinkedIn, Indeed, InfoJobs,
    Tecnoempleo, Computrabajo, OCC Mundial, Gupy, Catho and Landing.jobs, through HackerRank,
    Codility and take-home repositories, through Portuguese IT consultancies and a Spanish
    headhunter that name their client late, and from recruiters, hiring managers and a founder
    writing from company or personal webmail addresses. Confirmations, "viewed", assessments,
    interviews (Google and Outlook invitations, a reschedule, a cancellation, short human replies
    in threads), rejections with neutral subjects, a role on hold, a withdrawal, offers in plain
    words (one declined, one accepted and signed through DocuSign), background check and
    onboarding. Two roles at one employer, a re-application after a rejection, ghosted
    applications, a forwarded confirmation, employers whose mail domain is not their brand.
    Also job alerts, recommendations, talent communities, incomplete-application nudges,
    recruiter outreach, candidate-portal codes, a survey and auto-replies. The rest is an
    ordinary inbox of someone moving from Porto to Madrid: rental and NIE/visa "applications",
    bank, credit and loan "applications", university course applications, marketing "offers",
    podcast and press "interviews", webinars and doctor appointments with calendar parts,
    LinkedIn social notifications, hiring newsletters, family, friends, receipts and deliveries.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder
    (MIME, calendar parts, truth lines) and the third corpus's ``m()`` shorthand are reused;
    spec keys are opaque numbers. People, employers and employer domains are invented; vendor
    sender domains (ATS, job boards, assessment vendors, DocuSign) are the vendors' real ones.

    THIS CORPUS MUST NOT BE USED FOR TUNING. Report aggregate figures only; do not read
    individual failures back into the rules, or it stops being an honest estimate.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (InfoJobs, Tecnoempleo, Computrabajo, OCC Mundial, Gupy, Catho, Landing.jobs,
    Factorial) are ``other``; a consultancy or headhunter is ``agency``; a person writing from
    the employer's mailbox or from webmail on the employer's behalf is ``direct``; a forwarded
    confirmation keeps the source of the mail it forwards. Special cases as in ``heldout8.py``:
    a DocuSign "Completed" signed offer leaves the application ``accepted``; a reschedule or
    cancellation is interview mail; "on hold" is confirmation-like mail leaving it ``on_hold``;
    a withdrawal confirmation is confirmation-like mail leaving it ``withdrawn``; the employer's
    acknowledgement of a declined offer is confirmation-like mail leaving it ``declined``; a
    background check or onboarding after the offer is ``other_job``. For an agency,
    ``company`` is the client employer (null while the agency has not named it).

Usage
    python tests/corpus/heldout12.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Beatriz Lopes Ferraz <beatriz.lferraz@gmail.com>"
DATA_MODULES = (
    "heldout12_jobs",
    "heldout12_jobs_intl",
    "heldout12_inbox",
)
FIRST, LAST = "2026-01-01", "2026-08-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Beatriz Lopes Ferraz", "beatriz.lferraz@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

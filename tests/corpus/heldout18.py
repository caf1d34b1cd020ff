"""An eighteenth hand-written, labelled mail corpus, for TUNING (measured, then used to tune).

What it is
    About 310 messages of one job seeker ("me", Lucía Herrero Salas, a bilingual Spanish/English
    product-marketing manager living in Madrid) from January to July 2026. She applies in Madrid
    and Barcelona, in Mexico City and Bogotá, and in London and Dublin; a São Paulo office writes
    to her in Portuguese. About 40 % of it is job mail: 30 applications through InfoJobs,
    LinkedIn Easy Apply, Indeed, Computrabajo, Glassdoor, Workable, Teamtailor, Factorial,
    Greenhouse, Lever, SmartRecruiters (one no-reply mailbox shared by several employers) and
    iCIMS, through two recruitment agencies that name their client late, and through recruiters,
    hiring managers and founders writing from company or personal webmail addresses. Application
    mail runs from confirmations and "viewed" notices through interviews (calendar invitations,
    a reschedule, short human replies in threads with no job word in them), assessments (a case
    study after the second round, a take-home, a one-way video interview) to rejections with
    neutral subjects and praise before the no, two offers in plain words (one signed through
    DocuSign and accepted, one declined), an on-hold role frozen by a client, withdrawals after
    the acceptance and ghosted applications. Two roles at one employer, a re-application after a
    rejection, an employer called "Grupo Vantia" in one mail and "Vantia Group" in another,
    employers whose names look like a person's name (Sterling Mills, Marlowe & Finch, Casa
    Ortega, Wexford & Hale), mail domains that differ from the brand, employers named only in a
    job URL or a signature, a forwarded confirmation. Also job alerts, talent communities, an
    incomplete-application nudge, recruiter outreach, careers-portal codes, candidate surveys,
    an out-of-office reply, a background check and onboarding. The rest is an ordinary Madrid
    inbox in Spanish and English, with look-alikes on purpose: rental, credit-card, loan,
    UK-ETA and master's "applications", marketing "offers", podcast and press "interviews",
    webinars and doctor appointments with calendar parts, LinkedIn social notifications and
    newsletters about hiring and interviewing.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder (MIME,
    calendar parts, truth lines) and the third corpus's ``m()`` shorthand are reused; spec keys
    are opaque numbers. People, employers and employer domains are invented; vendor sender
    domains (ATS, job boards, assessment vendors, DocuSign) are the vendors' real ones.

    THIS IS A TUNING CORPUS: the team measures it first and then uses it to improve the rules,
    so after that its score is no longer an honest estimate for unseen mail.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``): the 6-tuple (category,
    company, role, application number, source, language). Sources outside DESIGN.md's
    vocabulary (InfoJobs, Computrabajo, Glassdoor, Factorial, Calendly, a screening firm) are
    ``other``; agency mail is
    ``agency``; a person writing from the employer's mailbox or from a personal address is
    ``direct``; a forwarded confirmation keeps the source of the mail it forwards. A DocuSign
    "Completed" signed offer leaves the application ``accepted``; a reply acknowledging that she
    declined an offer is offer mail leaving it ``declined``; a reschedule is interview mail; a
    one-way video interview is an assessment; "on hold" is confirmation-like mail leaving it
    ``on_hold``; a withdrawal confirmation is confirmation-like mail leaving it ``withdrawn``; a
    background check or onboarding after the offer is ``other_job``. For an agency, ``company``
    is the client employer (null while the agency has not named it).

Usage
    python tests/corpus/heldout18.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Lucía Herrero Salas <lucia.herrero@nubemail.es>"
DATA_MODULES = (
    "heldout18_jobs",
    "heldout18_jobs_intl",
    "heldout18_inbox",
)
FIRST, LAST = "2026-01-01", "2026-08-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Lucía Herrero Salas", "lucia.herrero@nubemail.es")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

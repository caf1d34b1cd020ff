"""A sixth hand-written, labelled held-out mail corpus: kept unseen, for an honest estimate.

What it is
    About 300 messages of one job seeker ("me", Camila Duarte, a nurse turned healthcare-
    operations and clinical-data coordinator, living in Madrid and moving to Lisbon in the
    summer) from February to September 2025. She applies to hospitals, clinics, pharma,
    health-tech, public bodies and NGOs in Spanish, Portuguese (Portugal and Brazil), English,
    French and German (Switzerland). About 40 % of it is job mail: some 43 applications
    (confirmations, "viewed", assessments, interviews with calendar invitations, reschedules and a
    cancellation, rejections with neutral subjects and praise before the no, offers as a PDF, a
    DocuSign envelope, an Adobe Sign request and a plain "carta de oferta"; two roles at one
    employer; a re-application months after a rejection; ghosted applications; a role on hold;
    withdrawals; a public competition with admission lists; a staffing agency that names its
    client late; hiring managers writing from gmail / hotmail / sapo.pt; an employer whose first
    mail names only the role), plus job alerts and digests, talent-pool welcomes, an
    incomplete-application reminder, recruiter outreach (LinkedIn InMail, agencies), careers
    newsletters, auto-replies and the medical check / onboarding after the accepted offer. The
    rest is an ordinary inbox with look-alikes on purpose: rental-flat and mortgage / loan /
    credit-card applications, a residence-permit "cita previa", a master's application, a
    marathon volunteer application, marketing "ofertas", a podcast "entrevista", a webinar and a
    medical appointment with calendar invitations, LinkedIn congratulating a contact on a new job.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the earlier corpora. Only the first corpus's builder
    (``heldout.py``) and the third corpus's ``m()`` / ``reply()`` shorthand are reused. Vendors:
    Workday, SuccessFactors, Taleo / Oracle, iCIMS, SmartRecruiters, Cornerstone, Avature,
    Personio, Factorial, Teamtailor, Recruitee, BambooHR, Workable, Jobvite, Breezy, Gupy, Kenoby;
    LinkedIn, Indeed, InfoJobs, Infoempleo, Tecnoempleo, Net-Empregos, Sapo Emprego, Catho,
    Glassdoor, jobs.ch; SHL, Criteria, TestGorilla, HireVue; Calendly, Microsoft Bookings, Teams,
    Google Calendar; DocuSign and Adobe Sign. People, employers and employer domains are invented;
    vendor sender domains are the vendors' real ones. Message-IDs use opaque keys.

    THIS CORPUS MUST NOT BE USED FOR TUNING. Report aggregate figures only; do not read
    individual failures back into the rules, or it stops being an honest estimate.

Labels
    As the earlier corpora write them (``heldout.py``'s ``label``): one line per message with
    message_id, user_id, category, company, role, application (int, from 1), status_after,
    source, language and sent_at. ``company`` is the employer as a person writes it (for an
    agency, its client). Sources outside DESIGN.md's vocabulary (SuccessFactors, Cornerstone,
    Avature, Factorial, Jobvite, Breezy, Gupy, Kenoby, InfoJobs, Infoempleo, Tecnoempleo,
    Net-Empregos, Sapo Emprego, Catho, Glassdoor, jobs.ch, SHL, Criteria, TestGorilla, Calendly,
    Microsoft Bookings, Adobe Sign) are ``other``. Special cases as in ``heldout3.py``: a DocuSign
    "Completed" signed offer leaves the application ``accepted``; a reschedule or cancellation is
    interview mail; a one-way video interview is an assessment; a role on hold leaves the
    application ``on_hold``; an employer confirming a withdrawal leaves it ``withdrawn``; a
    background check, medical check or onboarding after an offer is ``other_job``.

Usage
    python tests/corpus/heldout6.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox; all of it is held out)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Camila Duarte <camila.duarte@buzonverde.es>"
DATA_MODULES = (
    "heldout6_jobs",
    "heldout6_jobs_intl",
    "heldout6_inbox",
)
FIRST, LAST = "2025-02-01", "2025-10-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Camila Duarte", "camila.duarte@buzonverde.es")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

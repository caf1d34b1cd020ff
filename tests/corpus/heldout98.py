"""Corpus 98: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 235 messages of one job seeker ("me", Isla Drummond, a final-year MA Economics &
    Mathematics student at the (invented) University of Canongate in Edinburgh) from September
    2025 to March 2026, in British English. She applies to graduate schemes and internships
    across Scotland, England and Ireland: 24 applications, roughly 42 % of the inbox is job
    mail. Graduate recruitment as it really arrives: Oleeo / tal.net tenants (Halden Rowe,
    Scottish Public Finance Agency, Corrie, Harcourt Leland, Tay Valley Water), Workday
    (Thistle Bank's mail from its group Caledon Banking Group, Lorne Mutual, Banc Mara,
    Quarrelwood, Greyfriars), SuccessFactors, Avature, Eightfold and Workable; SHL, Cappfinity,
    Arctic Shores, Sova and Test Partnership tests; HireVue and Sonru video interviews; virtual
    assessment centres and interviews with calendar invitations (Outlook and Google, one booked
    through Calendly); confirmations through Bright Network, Gradcracker, TARGETjobs, LinkedIn
    Easy Apply and the university's MyCareerHub portal. A Big-Four-like firm (Halden Rowe LLP)
    with two schemes (two applications: one offer later declined, one rejection); a
    public-sector body's provisional offer accepted, BPSS vetting and a deferred start; a
    Dublin internship offer declined; a withdrawal acknowledged by Workday; rejections with
    neutral subjects ("Application update", "Your application to the 2026 Graduate
    Programme") and praise before the no; confirmations saying "if you are not selected";
    ghosted applications (Ardvale, Mossgiel, Tay Valley Water, Inchcolm, Ochil Data after a
    coffee interview with a founder writing from Gmail, Meridian Fiscal); an agency
    (Kinloch Graduate Recruitment) pitching "a leading payments fintech" and naming Pennyroyal
    Pay later; a confirmation forwarded from her university address. Also job alerts from the
    boards and the careers-service bulletin, an incomplete-application nudge, a talent
    community welcome, an account activation, candidate surveys, an SHL feedback report, a
    recruiter's auto-reply and recruiter / agency outreach. The rest is an ordinary student
    inbox with look-alikes on purpose: a flat tenancy application and referencing, student
    funding and postgraduate funding applications, society committee and ball-ballot
    applications, an MSc application with a conditional offer, a scholarship, a council-tax
    exemption application, a passport application, a credit-card application, railcard and
    shop "offers", a podcast "interview", newsletters about graduate hiring, calendar invites
    for a viewing, supervision meetings, an AGM and a careers consultation, LinkedIn social
    notifications and friends talking about their internships.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The builder is ``heldout.py``'s (its
    ``dated_spec`` gives the data modules their ``m()``); spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Oleeo / tal.net, SuccessFactors, Avature, Eightfold, SHL, Cappfinity, Arctic
    Shores, Sova, Test Partnership, Sonru, Calendly, Bright Network, Gradcracker, Prospects,
    Milkround, TARGETjobs, the university's MyCareerHub) are ``other``; ``source`` is who sent
    the message (the ATS's own mail announcing a HireVue link is the ATS's); staffing-agency
    mail is ``agency`` with the client as ``company`` (null until the agency names it); a
    person writing from the employer's mailbox or from personal webmail on its behalf is
    ``direct``. ``company`` is the brand she applied to (Thistle Bank, not Caledon Banking
    Group; Halden Rowe, not Halden Rowe LLP; Pennyroyal Pay once named). Two schemes at
    Halden Rowe are two applications. Online
    tests and one-way video interviews are assessments; a written exercise is an assessment;
    assessment centres, booked interview slots and a founder's coffee chat are interviews.
    Accepting the public-sector provisional offer is offer mail leaving it ``accepted``; the
    recruiters' replies to declined offers leave them ``declined``; Workday's withdrawal
    acknowledgement is confirmation-like mail leaving it ``withdrawn``. Vetting (BPSS), the
    deferred start date, surveys, feedback reports, account activation and auto-replies are
    ``other_job``. The careers-service bulletin listing vacancies is an alert; the MSc,
    scholarship, flat, funding and society "applications" and "offers" are ``not_job``.

Usage
    python tests/corpus/heldout98.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Isla Drummond <isla.drummond97@gmail.com>"
DATA_MODULES = (
    "heldout98_jobs",
    "heldout98_jobs2",
    "heldout98_jobs3",
    "heldout98_inbox",
    "heldout98_inbox2",
)
FIRST, LAST = "2025-09-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Isla Drummond", "isla.drummond97@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 67: hand-written, labelled mail (HELD-OUT ESTIMATE: measured, never tuned on).

What it is
    About 240 messages of one job seeker ("me", Élise Vandermeulen, an EU-affairs and
    communications officer living in Etterbeek, Brussels, who left a Belgian rail users'
    federation) from September 2025 to February 2026. She applies to EU agencies and bodies,
    NGOs, trade associations, public-affairs consultancies, a German Verband's Brussels office,
    a Brussels regional agency and a Namur brewers' federation (FBAB asbl), mostly in French
    (Belgian usage: GSM, septante, candidature spontanée) and English, a little German. Roughly
    44 % of the inbox is job mail, 27 applications: EU e-recruitment portal acknowledgements
    with procedure numbers, a selection notice's written test and results, a written test and
    interview at an agency ending on a reserve list, a Blue Book style traineeship
    (pre-selection, then withdrawn), a regional agency's "test écrit" and "épreuve orale"
    reached through Actiris, panel interviews, Calendly / Teamtailor / Outlook invitations, a
    HireVue one-way video, a consultancy's writing exercise, rejections with neutral subjects
    ("Your application - update", "Votre candidature", "Ihre Bewerbung bei uns") and praise
    before the no, confirmations saying "unfortunately" or "if you are not selected", a post
    suspended for budget reasons (on hold), a withdrawal at a consultancy, a ghosted German
    confirmation forwarded ("WG:") from the old work address, a candidature spontanée, an agency
    (Brussels Talent Partners) pitching an unnamed chemicals association that turns out to be
    the European Coatings Council, a founder writing from Gmail and signing for his asbl, two
    roles at Clean Transit Europe (a re-application after the first was rejected), and an offer
    for a CDI at the European Federation of Urban Cycling (EFUC aisbl) accepted by reply and
    DocuSign, with the social secretariat's onboarding. Employer naming on purpose: Brightside's
    mail comes from its parent Halden Communications Group (Workday tenant), Harbourline
    Advisory's from Harbourline Group SA, agencies and bodies written by acronym and full name
    (EAWR, EERA, ELMA, EWRA, ARBE, REVD, BVDK, DVW) and a directorate writing for its
    institution. Boards and ATSs: EuroBrussels, EurActiv's jobsite, LinkedIn, Indeed, Actiris,
    Le Forem, VDAB, Greenhouse, Lever, Workable, Recruitee, Teamtailor, Personio,
    SmartRecruiters, Ashby, Workday, HireVue. Also job alerts, a talent-community invitation, an
    incomplete-application nudge, recruiter outreach (LinkedIn InMail, agency, consultancy,
    project consortium), a recruiter's auto-reply, a candidate survey, a portal activation code
    and Actiris's appointment and "reprise d'emploi" mail. The rest is an ordinary Brussels
    inbox with look-alikes: commune "demande" appointments, STIB and SNCB, bank "offres" and an
    accepted credit-card "demande", a mortgage simulation, flat "candidatures" (one refused, one
    accepted), a Dutch course and Red Cross volunteer "candidature", a running-club membership
    application, a podcast "interview" with its recording invite, newsletters that interview
    people or talk about hiring, unemployment-benefit payments, conference and alumni
    registrations, friends and family talking about their jobs and LinkedIn notifications.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with a small ``m()`` shorthand of its own; spec keys are opaque numbers. People,
    employers and employer domains are invented (EU bodies use .europa.example domains);
    vendor sender domains are the vendors' real ones.

    HELD-OUT ESTIMATE: measured, never tuned on. Measure it untouched; do not read it to change
    rules, so that its figure stays an estimate of how the rules do on mail they never saw.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (EU e-recruitment portals and traineeship offices, EuroBrussels, EurActiv,
    Actiris, Le Forem, VDAB, Calendly, the social secretariat) are ``other``; a person writing
    from the employer's mailbox or from personal webmail on its behalf is ``direct``;
    staffing-agency mail is ``agency`` with the client as ``company`` (null until named); a
    forwarded confirmation keeps the source of the mail it forwards. ``company`` is the
    employer as a person would write it: Brightside (not Halden Communications Group),
    Harbourline Advisory (not Harbourline Group SA), the institution for its directorate
    (European Economic and Regional Assembly), the full name for agencies written by acronym
    (European Agency for Water Resilience) and the short name for the German associations
    (BVDK, DVW). A reserve-list letter is confirmation-like mail leaving the application
    ``on_hold``, as is a recruitment suspended for budget reasons; a traineeship pre-selection
    is ``viewed``; a withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; the acceptance reply and the DocuSign "Completed" contract leave it
    ``accepted``; onboarding, surveys, auto-replies, a portal code and Actiris's appointment
    are ``other_job``; a HireVue video interview and a writing exercise are assessments; the
    founder's coffee invitation is an interview.

Usage
    python tests/corpus/heldout67.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Élise Vandermeulen <elise.vdmeulen@gmail.com>"
DATA_MODULES = (
    "heldout67_jobs",
    "heldout67_jobs_intl",
    "heldout67_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Élise Vandermeulen", "elise.vdmeulen@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

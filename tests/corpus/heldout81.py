"""Corpus 81: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 225 messages of one job seeker ("me", Malte Ostendorf, an automotive / embedded
    systems engineer (AUTOSAR, functional safety) living in Stuttgart) from October 2025 to
    March 2026. He applies in Stuttgart and the region, Munich and Ingolstadt, mostly in German
    (formal Sie from Konzerne, Zulieferer and Mittelstand, du from a Munich start-up), some in
    English (a US chip company's German site, an engineering services firm). Roughly 43 % of the
    inbox is job mail, 25 applications: Konzern career portals (SuccessFactors, Workday,
    Eightfold, Avature), StepStone, XING, LinkedIn Easy Apply (with "viewed"), Indeed, a
    Vermittlungsvorschlag of the Arbeitsagentur leading to a softgarden application,
    Personio, Teamtailor, Recruitee, SmartRecruiters, Greenhouse; Online-Assessments (portal,
    HackerRank, a case study), Fachgespräche with Outlook and Google invitations, a Calendly
    booking, a Werksbesichtigung, a Tech-Day; Absagen with neutral subjects ("Ihre Bewerbung
    bei ...", "Ihre Bewerbung als ...") and praise before the no, "Stelle wurde intern
    besetzt", a Stelle "zurückgestellt" by an agency's client, a Vertragsangebot accepted and
    onboarding, a start-up offer declined, three withdrawals (two sent by him, one
    acknowledged), ghosted applications. Employer naming: Vandrel (mail from "Vandrel
    Karriere", the Vandrel Gruppe and Vandrel Automotive GmbH; two roles), Kaltenbach Digital
    (a "Tochter der Kaltenbach Gruppe", portal signed Kaltenbach Gruppe / Kaltenbach SE), HKS /
    Hofmann Kabelsysteme GmbH (acronym), Talvik behind the Workday tenant "tlvk", Merovia via
    Merovia Mobility Solutions GmbH (re-application after "intern besetzt"); a Personalberater
    writing for "einen Tier-1-Zulieferer" who then names Quendt, two Engineering-Dienstleister
    (Arbeitnehmerüberlassung) for "einen namhaften OEM" / "einen Tier-1-Zulieferer" who then
    name Auringer and Ruhland, a start-up founder writing from Gmail, a confirmation forwarded
    ("WG:") from his old GMX address. Also job alerts (StepStone Jobagent, LinkedIn, XING,
    Indeed, Arbeitsagentur, Eightfold), a talent-community welcome, an incomplete-application
    nudge, recruiter and agency outreach, two agency auto-replies, a Workday account check, a
    candidate survey and preboarding mail. The rest is an ordinary Stuttgart inbox with
    look-alikes on purpose: Wohnungsbewerbungen (an Absage, a Zusage, an "unvollständig"),
    Finanzamt / ELSTER, Sparkasse "Angebote" and an approved card "Antrag", a Kita-Zusage,
    VVS and DB, newsletters and podcasts with "Interview" and hiring talk, a Sportverein
    (a trainer-course "Bewerbung" and "Zusage", a Kassenwart "Bewerbung"), calendar invites
    that are not interviews, LinkedIn/XING social mail and friends talking about their jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The data modules use
    ``heldout.dated_spec`` as their ``m()``; spec keys are opaque numbers. People, employers
    and employer domains are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, Eightfold, Avature, StepStone, XING, softgarden, Calendly, the
    Arbeitsagentur) are ``other``; staffing-agency and Personalberater mail is ``agency`` with
    the client as ``company`` (null until the agency names it); a person writing from the
    employer's mailbox or from personal webmail on its behalf is ``direct``; a forwarded
    confirmation keeps the source of the mail it forwards. ``company`` is the employer as a
    person would write it (Vandrel, not Vandrel Automotive GmbH or the Vandrel Gruppe; Talvik,
    not "tlvk"; HKS however it is written). A withdrawal he sends, and its acknowledgement, is
    confirmation-like mail leaving the application ``withdrawn``; "zurückgestellt" is
    confirmation-like mail leaving it ``on_hold``; the HR reply to the signed contract leaves
    it ``accepted``, the founder's reply to the declined offer ``declined``. The onboarding,
    preboarding, survey, account and auto-reply mail is ``other_job``; the Arbeitsagentur's
    Vermittlungsvorschlag and the agency's "Stelle wieder freigegeben" pitch after he started
    his new job are outreach; the incomplete-application nudge and the talent community are
    alerts.

Usage
    python tests/corpus/heldout81.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Malte Ostendorf <malte.ostendorf@web.de>"
DATA_MODULES = (
    "heldout81_jobs",
    "heldout81_jobs_intl",
    "heldout81_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Malte Ostendorf", "malte.ostendorf@web.de")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

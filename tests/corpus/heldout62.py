"""Corpus 62: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 260 messages of one job seeker ("me", Lena Hoffmeister, a master's student in business
    informatics (Wirtschaftsinformatik) in Cologne) from September 2025 to February 2026. She
    looks for a Werkstudent job, then a Praktikum, then a Traineeprogramm or Direkteinstieg
    after her master's thesis. Mostly German (Sie from corporates and public bodies, du from
    start-ups, agencies and some recruiters), some English (Amsterdam, Utrecht and Rotterdam
    firms, Berlin start-ups) and a little French (a Luxembourg bank, a Lausanne insurer). About
    40 % of the inbox is job mail, 26 applications: Eingangsbestätigungen,
    Zwischenbescheide, a request for missing Unterlagen, Telefoninterview and
    Kennenlerngespräch invitations (Calendly, Microsoft Bookings, Outlook and Google
    invitations), Aon and HireVue online tests, two assessment centres, Absagen with neutral
    subjects and praise before the no, a confirmation that says "leider", a Zusage the reader
    turns down (the employer's reply quoting her Absage), a Werkstudent contract signed through
    DocuSign and a trainee contract signed by post, two withdrawals and their acknowledgements,
    a staffing agency for a "namhafter Kunde" who is named later and then puts the role on
    hold, ghosted applications, a talent-pool consent request, a candidate survey and an
    out-of-office reply. Employer naming: Rheinfeld Digital writing through its parent
    (Rheinfeld Gruppe / Rheinfeld Versicherungsgruppe AG) with a re-application after a
    rejection, Lindenhof / Lindenhof Maschinenbau GmbH & Co. KG / LMB, Stadtwerke Brühlingen /
    SWB, Payvista mailing from its parent's Workday tenant (Norrbridge Group), Vireon whose
    careers mailbox is at another domain, a co-founder writing from Gmail, a university (TH
    Porz) hiring a HiWi through its own portal. Boards and ATSs: SAP SuccessFactors, d.vinci,
    rexx, softgarden, Personio, JOIN, BITE, Umantis, StepStone, Indeed, XING, LinkedIn,
    Absolventa, Greenhouse, Workday, Ashby, Taleo, SmartRecruiters, Recruitee, Teamtailor,
    Workable, Welcome to the Jungle. The rest is an ordinary student inbox with look-alikes on
    purpose: a BAföG Antrag with missing Unterlagen, WG-Zimmer "Bewerbungen", a WG-Casting
    invitation and Absage, a Sparkasse credit-card Antrag "genehmigt", Kleinanzeigen "Angebote",
    a podcast "Interview", career newsletters and a hiring newsletter, Prüfungsanmeldung,
    Semesterbeitrag, library reminders, study-group calendar invites, payroll and leave notices
    from her Werkstudent employer's Personio, LinkedIn congratulations and friends talking
    about their Werkstudent jobs.

How it was written
    By hand, message by message (monthly bills, newsletters and study-group invites with a
    small loop), without reading jobtracker's classifiers, correlator or sample generator, nor
    the message data of the other corpora. The first corpus's builder is reused, with a small
    ``m()`` shorthand of its own; spec keys are opaque numbers. People, employers and employer
    domains are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SAP SuccessFactors, d.vinci, rexx, softgarden, JOIN, BITE, Umantis, StepStone,
    XING, Absolventa, Aon, Calendly, a university's own portal, Welcome to the Jungle) are
    ``other``; staffing-agency mail is ``agency`` with the client as ``company`` (null until the
    agency names it); a person writing from the employer's mailbox, a Microsoft Bookings
    confirmation from it, or a founder writing from personal webmail is ``direct``. A forwarded
    confirmation ("WG:", "TR:") keeps the source of the mail it forwards. ``company`` is the
    employer as a person would write it (Rheinfeld Digital, not Rheinfeld Gruppe; Payvista, not
    Norrbridge Group; Lindenhof, however it is written; Domkreuz Versicherung, not Rheinlicht
    Personal). A Zwischenbescheid or a request for missing Unterlagen is confirmation mail; an
    Aon online test and a HireVue video interview are assessments; an assessment centre is an
    interview. The DocuSign "Completed" contract and the thank-you for a returned signed
    contract leave the application ``accepted``; the employer's reply to the reader's Absage of
    a Zusage is confirmation-like mail leaving it ``declined``; a withdrawal acknowledgement
    leaves it ``withdrawn``; the agency's "auf Eis gelegt" leaves it ``on_hold``. Account
    activation codes, the talent-pool consent request, a candidate survey, the first-day mail
    and an auto-reply are ``other_job``; an unfinished-application nudge and a talent-community
    welcome are alerts. Payroll, leave and party mail from the reader's current employer are
    ``not_job`` (employment, not the job search).

Usage
    python tests/corpus/heldout62.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Lena Hoffmeister <lena.hoffmeister@posteo.de>"
DATA_MODULES = (
    "heldout62_jobs",
    "heldout62_jobs_intl",
    "heldout62_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Lena Hoffmeister", "lena.hoffmeister@posteo.de")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

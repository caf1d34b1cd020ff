"""Corpus 153: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Svenja Kuhlmann-Ahrens, a Fachinformatikerin für
    Systemintegration (IHK) with six years as IT-Administratorin at a Bremen freight forwarder)
    from September 2025 to February 2026. She wants to move into cloud / Azure administration, IT
    security or a public-sector IT post in Bremen, Oldenburg, Hamburg or remote, and applies in
    German (Sie from large employers and public bodies, du from start-ups and an IT-Systemhaus),
    with English mail from a Hamburg shipping group, a cyber-security start-up and a wind-turbine
    maker's Workday. About 43 % of the inbox is job mail, 22 applications: a port logistics
    company on SuccessFactors ("Ihre Bewerbung – Job-ID", "an die Fachabteilung
    weitergeleitet", a Teams interview, a second round on site with the Betriebsrat, an offer she
    accepts by reply, the contract through DocuSign, the Führungszeugnis and the onboarding
    portal); a wind-energy manufacturer on a Workday tenant whose slug is not the brand, with two
    roles, an SHL online test and two neutral Absagen; the city's IT service provider (AöR) on an
    interview.one portal (Kennziffer, TV-L, Schwerbehindertenvertretung and
    Gleichstellungsbeauftragte, a written Arbeitsprobe, an Auswahlkommission, "Information zum
    Auswahlverfahren"); a university whose procedure is "eingestellt"; a Landkreis that suspends
    its procedure under a Haushaltssperre (on hold), its confirmation forwarded from her old
    address; a Krankenkasse whose brand (VivaNord) is not its legal name, on d.vinci, a rejection
    with praise and a re-application that she withdraws; an IT-Systemhaus on Personio (du,
    "Kennenlerncall", a visit, an offer she declines over Gehalt and Rufbereitschaft); a
    cyber-security start-up on JOIN (English); a Hamburg private bank on softgarden (a TestGorilla
    test, a Teams interview "verschoben", a "Zwischenstand" that is a no); a shipping group's
    careers mailbox writing for its Shipmanagement subsidiary (English, an interview cancelled,
    then silence); a Personalberatung that names its client (an energy network operator) only
    after the first call; a Microsoft partner found on LinkedIn with an Azure lab as technical
    task; Interamt, the Arbeitsagentur's Jobbörse (a "Neue Nachricht in Ihrem Postfach" that is
    an interview invitation), XING, StepStone, Indeed, heise jobs and Recruitee applications,
    "Stelle anderweitig besetzt", ghosted ones. Also job alerts (StepStone, Indeed, LinkedIn,
    XING, Jobbörse, heise jobs, service.bund.de, freelancermap), a talent-network welcome,
    incomplete-application nudges, freelance project offers from an IT-Projekt agency, recruiter
    InMail and XING messages, an employer's Indeed invitation to apply, portal registrations, a
    candidate survey and two auto-replies. The rest is an ordinary Bremen inbox: her IHK
    Weiterbildung to AZ-104 ("Ihre Anmeldung", the exam voucher, Pearson VUE, the badge), ELSTER,
    the utility, DB tickets, the Ruderverein (including a "Bewerbung" for a trainer course),
    MediaMarkt "Angebote", a flat application with its viewing invitation, refusal and a later
    "Wohnungsangebot", a Ratenkredit and a credit card "Antrag", a heise newsletter "Im
    Interview: der CISO von ...", a city newsletter about a port company hiring, webinar and
    dentist invitations with calendar parts, a bank's user-research "Interview", payslips from her
    current employer, LinkedIn and XING notices, and her sister and friends talking about their own
    Vorstellungsgespräche and new jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator, pipeline or
    sample generator, nor the message data of the other corpora. Only the first corpus's builder
    is reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout153_jobs.py with the
    time zone, label helpers and employer and role names); spec keys are opaque tokens. People,
    employers and employer domains are invented (.example); vendor sender domains (SAP
    SuccessFactors, Workday, interview.one, d.vinci, Personio, JOIN, softgarden, Recruitee,
    StepStone, Indeed, LinkedIn, XING, Interamt, the Arbeitsagentur, heise, freelancermap, SHL,
    TestGorilla, DocuSign) are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, interview.one, d.vinci, JOIN, softgarden, StepStone, XING,
    Interamt, the Jobbörse, heise jobs, service.bund.de, freelancermap, SHL, TestGorilla) are
    ``other``; Personalberatung and IT-Projekt agency mail is ``agency`` with the client as
    ``company`` (null until named); a person or a careers mailbox writing from the employer's own
    domain is ``direct``; the confirmation she forwarded from her old address keeps the source of
    the mail it forwards (``direct``). ``company`` is the employer as a person would write it:
    Nordkai (not Nordkai Hafen- und Logistik AG), Aeolis (AEOLIS Wind, Aeolis Windsysteme GmbH,
    Workday tenant "windsysteme"), IDZ Bremen (IT-Dienstleistungszentrum Bremen), VivaNord (BKK
    Nordwest-Verbund), Deichblick IT, Nordvik Shipmanagement (written for by the Nordvik Group's
    careers mailbox; the group's talent network is "Nordvik Group"), Weserenergie Netz (client
    of Kranich & Voss). "An die Fachabteilung weitergeleitet", "angesehen" and "gelesen" are
    ``viewed``; the Jobbörse notice that names an interview invitation is ``interview``; the
    Haushaltssperre is confirmation-like mail leaving the application ``on_hold``; the
    withdrawal acknowledgement is confirmation-like mail leaving it ``withdrawn``; the reply to
    her acceptance and both DocuSign envelopes leave it ``accepted``; the reply to her refusal
    is offer mail leaving it ``declined``; "Zwischenstand", "Information zum Auswahlverfahren",
    "Stelle anderweitig besetzt" and "das Verfahren wurde eingestellt" are rejections; the
    Führungszeugnis request and the onboarding portal are ``other_job``; incomplete-application
    nudges and the talent network are ``alert``; the employer's Indeed invitation to apply is
    ``outreach``. Mail from her sister, friends and parents about jobs, LinkedIn congratulations,
    connection requests, payslips and the trainer-course "Bewerbung" are ``not_job``.

Usage
    python tests/corpus/heldout153.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Svenja Kuhlmann-Ahrens <svenja.kuhlmann-ahrens@web.de>"
DATA_MODULES = (
    "heldout153_jobs",
    "heldout153_jobs_more",
    "heldout153_inbox",
    "heldout153_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Svenja Kuhlmann-Ahrens", "svenja.kuhlmann-ahrens@web.de")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

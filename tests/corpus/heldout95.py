"""Corpus 95: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 245 messages of one job seeker ("me", Jannik Sörensen, a mechanical / process
    engineer (Maschinenbauingenieur, Verfahrenstechnik) living in Hamburg-Eimsbüttel) from
    September 2025 to February 2026. He applies in Hamburg, Bremen, Kiel and remote. Most of
    it is German (formal Sie from Mittelstand and groups, informal du from start-ups and one
    agency), some English (a Norwegian group, a Dutch/US firm, Danish and US start-ups).
    Roughly 42 % of the inbox is job mail, 26 applications: Eingangsbestätigungen from
    Personio, softgarden, d.vinci, rexx systems, SuccessFactors, Workday, Recruitee, Workable,
    SmartRecruiters, Greenhouse, Teamtailor and Ashby; applications through StepStone, Indeed,
    LinkedIn Easy Apply, a XING Recruiter-Nachricht, a Jobbörse listing of the Bundesagentur
    für Arbeit and a plain e-mail Bewerbung; Vorstellungsgespräche via Teams with Outlook
    invitations, a Microsoft Bookings and a Calendly booking, a Werksbesichtigung with
    Fachgespräch, a Probearbeitstag at a start-up, a cancelled Fachgespräch, an online
    assessment (TestGorilla) with reminder; Absagen with neutral subjects ("Ihre Bewerbung als
    …", "Rückmeldung zu Ihrer Bewerbung", "Ihre Unterlagen") and praise before the no; a
    Zwischenbescheid (position ausgesetzt, on hold); a Vertragsangebot accepted (Arbeitsvertrag,
    then onboarding) and another declined; two withdrawals and their acknowledgements; ghosted
    applications; two roles at Elbtal Chemie; a re-application at Lühmann & Söhne after an
    Absage. Employer naming: Hanseatische Anlagenbau GmbH & Co. KG / HAB; Weserlicht
    Verpackung, whose mail comes from the Vantera Group SE HR Shared Service Center on
    Workday; Halvorsen Marine writing as Halvorsen Group; a Personalberater writing for "ein
    namhaftes Unternehmen aus der Windenergie" who names Aeolis Rotortechnik on the phone and
    then in mail; an agency (du) naming Heinsohn Apparatebau later; Müller-Thießen /
    Mueller-Thiessen, Süderelbe / Suederelbe, Wärmewerk / Waermewerk; a founder writing from
    Gmail; a Geschäftsführer from t-online.de; a confirmation forwarded ("WG:") from an old
    GMX address. Also job alerts (StepStone, Indeed, LinkedIn, XING, Jobbörse), talent-community
    welcomes, an incomplete-application nudge, recruiter and agency outreach (XING, LinkedIn
    InMail, e-mail), an auto-reply, a softgarden candidate survey and portal codes. The rest is
    an ordinary Hamburg inbox with look-alikes on purpose: a Wohnungsbewerbung via ImmoScout24
    and a Genossenschaft (with Absage and Zusage), a Kreditkarten-Angebot, -Antrag and
    -Genehmigung, SCHUFA, Krankenkasse (Arbeitgeberwechsel), Finanzamt/ELSTER, hvv
    Deutschlandticket, a Ruder-Club with a Mitgliederversammlung invite, newsletters and a
    podcast with "Im Interview:", "Angebote" in marketing, a café "Wir stellen ein", calendar
    invites that are not interviews, LinkedIn/XING social notifications and friends writing
    about their new jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as the ``m()`` shorthand; spec keys are opaque numbers.
    People, employers and employer domains are invented; vendor sender domains are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (softgarden, d.vinci, rexx systems, SuccessFactors, StepStone, XING, the
    Jobbörse, Microsoft Bookings, Calendly, TestGorilla) are ``other``; Personalberater and
    agency mail is ``agency`` with the client as ``company`` (null until the agency names it);
    a LinkedIn InMail from an agency recruiter is ``linkedin`` outreach; a person writing from
    the employer's mailbox or from personal webmail on its behalf is ``direct``; a forwarded
    confirmation keeps the source of the mail it forwards. ``company`` is the employer as a
    person would write it (Hanseatische Anlagenbau, Weserlicht Verpackung, Halvorsen Marine,
    Aeolis Rotortechnik), not the group, ATS or agency. A Werksbesichtigung, Fachgespräch or
    Probearbeitstag is an interview, as is a cancelled Fachgespräch; an online test an
    assessment; a Zwischenbescheid that the position is ausgesetzt is confirmation-like mail
    leaving the application ``on_hold``; a withdrawal acknowledgement is confirmation-like mail
    leaving it ``withdrawn``; the Arbeitsvertrag after the acceptance leaves it ``accepted``,
    the reply to a declined offer ``declined``; the agency handing on the CV with the client's
    name is the confirmation; onboarding, surveys, codes and auto-replies are ``other_job``.

Usage
    python tests/corpus/heldout95.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Jannik Sörensen <jannik.soerensen@posteo.de>"
DATA_MODULES = (
    "heldout95_jobs",
    "heldout95_jobs_intl",
    "heldout95_jobs2",
    "heldout95_inbox",
    "heldout95_inbox2",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Jannik Sörensen", "jannik.soerensen@posteo.de")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

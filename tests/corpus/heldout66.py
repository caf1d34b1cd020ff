"""Corpus 66: hand-written, labelled mail (HELD-OUT ESTIMATE: measured, never tuned on).

What it is
    About 230 messages of one job seeker ("me", Jana Behrendt, a supply-chain and logistics
    planner (Disponentin, Supply Chain Planner, SAP MM/PP key user, Einkäuferin) living in
    Hamburg) from October 2025 to March 2026. Most of it is German (formal Sie from HR
    departments and ATSs, informal du from start-ups and one agency), some English (the shared
    service hub of a Danish shipping group, a Dutch e-commerce firm). Roughly 40 % of the inbox
    is job mail, 24 applications: Eingangsbestätigungen from softgarden, d.vinci, rexx systems,
    Personio, SuccessFactors, Workday, Recruitee, Teamtailor, Workable, SmartRecruiters and
    Greenhouse; applications through StepStone, Indeed, XING, LinkedIn and a Jobbörse listing
    of the Bundesagentur für Arbeit; Einladungen zum Vorstellungsgespräch (Teams and vor Ort)
    with Outlook and Google invitations, an online test, a case study, two Probearbeitstage,
    Absagen with neutral subjects ("Ihre Bewerbung bei …", "Rückmeldung zu Ihrer Bewerbung")
    and praise before the no, a Stelle "intern besetzt", another "auf Eis gelegt", two
    withdrawals and their acknowledgements, a Vertragsangebot accepted and another declined,
    ghosted applications, a re-application after an Absage and two roles at one employer.
    Employer naming: Nordkai Logistik GmbH & Co. KG vs Nordkai; a Hafen-Betrieb written KTB /
    Kaiterminal Billwerder GmbH; a Tochtergesellschaft (Lindqvist Retail Logistik) whose mail
    comes from its parent (Hanseatische Handelsgruppe); a Zeitarbeit agency writing for "ein
    namhaftes Logistikunternehmen" that it names later; a Geschäftsführer writing from gmx.de;
    a confirmation forwarded ("WG:") from an old address; an ATS tenant slug that is not the
    brand. Also job alerts (StepStone, Indeed, XING, LinkedIn, Jobbörse), a talent-pool
    welcome, an incomplete-application nudge, recruiter and agency outreach, an auto-reply and a
    candidate survey. The rest is an ordinary Hamburg inbox with look-alikes on purpose: the
    Deutschlandticket/HVV subscription, a Mietwohnung "Bewerbung" and Besichtigung, the
    Finanzamt (ELSTER), Sparkasse and Kreditkarten "Angebote", a Bürgeramt Termin, newsletters
    with "Interview", a Verein (Ruderclub) and friends talking about their jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with a small ``m()`` shorthand of its own; spec keys are opaque numbers. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    HELD-OUT ESTIMATE: measured, never tuned on. Measure it once, untouched, and keep it out
    of any rule tuning so that its figure stays an estimate on unseen mail.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (softgarden, d.vinci, rexx systems, SuccessFactors, StepStone, XING, the
    Jobbörse) are ``other``; staffing-agency and Personaldienstleister mail is ``agency`` with
    the client as ``company`` (null until the agency names it); a person writing from the
    employer's mailbox or from personal webmail on its behalf is ``direct``; a forwarded
    confirmation keeps the source of the mail it forwards. ``company`` is the employer as a
    person would write it (Nordkai Logistik, KTB, Lindqvist Retail Logistik, Skovmark, Molo).
    A Probearbeitstag is an interview; an online test or case study an assessment; "auf Eis
    gelegt" is confirmation-like mail leaving the application ``on_hold``; a withdrawal
    acknowledgement is confirmation-like mail leaving it ``withdrawn``; the signed
    Vertragsangebot leaves it ``accepted``, the reply to a declined offer ``declined``;
    onboarding, surveys and auto-replies are ``other_job``.

Usage
    python tests/corpus/heldout66.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Jana Behrendt <jana.behrendt@posteo.de>"
DATA_MODULES = (
    "heldout66_jobs",
    "heldout66_jobs_intl",
    "heldout66_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Jana Behrendt", "jana.behrendt@posteo.de")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 115: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Katharina Wendeborn, an actuary / pricing
    analyst (Aktuarin, Versicherungsmathematikerin) living in Cologne, also applying in
    Düsseldorf, Munich and remote) from September 2025 to February 2026. Mostly German: formal
    Sie from insurers, reinsurers, a Pensionskasse and banks, informal du from insurtech
    start-ups and an actuarial consultancy; English from international reinsurers and a remote
    insurtech. Roughly 42 % of the inbox is job mail, 23 applications: Eingangsbestätigungen
    from softgarden, Personio, SuccessFactors, Workday and Greenhouse; applications through
    StepStone, LinkedIn Easy Apply (viewed), XING, Indeed (viewed) and the DAV-Stellenbörse
    (answered by email); Telefoninterview and Teams / Google Meet / Greenhouse-scheduled
    interviews with calendar invitations, a Fallstudie and Assessment-Center, a reinsurer's
    case study, an online test, a take-home and a start-up's case; Absagen with neutral
    subjects ("Ihre Bewerbung", "Rückmeldung zu Ihrer Bewerbung", "Update zu Ihrer
    Bewerbung") and praise before the no; confirmations saying "Leider" or "sollten wir Sie
    nicht berücksichtigen"; a consultancy putting the role "auf Eis"; a Zusage with
    Vertragsunterlagen signed and acknowledged, then onboarding; a withdrawal at Policenpilot
    acknowledged by its co-founder from Gmail; ghosted applications. Headhunters: Brühl &
    Partner writes for "unsere Mandantin, ein namhafter Versicherer mit Sitz in Köln" and
    names Hansa-Colonia when it forwards my profile (where I had also applied directly for
    another role); Merian Executive Search's Munich client is never named (declined); Stratum
    Personalberatung pitches "einen Direktversicherer in Düsseldorf" and names Nordlicht
    Direkt, where an Indeed application had been ghosted. Employer naming: Domstadt
    Versicherung's mail comes from the Domstadt Versicherungsgruppe Workday tenant, the
    careers mailbox karriere@domstadt-gruppe.de, the "Domstadt Lebensversicherung AG" and the
    "Domstadt Versicherungskonzern AG"; Hansa-Colonia Versicherung a.G. (a mutual); NKV /
    Niederrheinische Krankenversicherung AG / NKV Krankenversicherung AG; VRV Vereinigte
    Rheinische Versicherungen; Northmoor Re writing from the group's careers mailbox
    (northmoor-group.com) and Northmoor Rückversicherung AG; Isarbrook Re as Isarbrook
    Rückversicherungs-AG; a Workday confirmation forwarded ("WG:") from an old university
    address. Also job alerts (StepStone Jobagent, LinkedIn, XING, Indeed, DAV-Stellenbörse), a
    talent-community welcome, a Workday incomplete-application nudge, LinkedIn InMail and XING
    recruiter outreach, a headhunter's auto-reply, a recruiter's parental-leave auto-reply and
    a candidate survey. The rest is an ordinary Cologne inbox with look-alikes on purpose: a
    Wohnungsbewerbung refused and another flat's "Zusage", a Mastercard "Antrag" approved, Kfz-
    and Haftpflicht-Versicherung "Angebote" and "Antrag angenommen", a Karneval club's
    Tanzgruppe "Bewerbung", Vortanzen and "Du bist dabei", newsletters and a podcast with
    "Interview" and hiring talk, a bank's "Einladung zum Beratungsgespräch", a language
    course's "Zusage", friends and family talking about their interviews and offers, LinkedIn
    social notifications, a dentist, a birthday, a webinar and Weiberfastnacht with calendar
    parts, and recurring bills.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused; ``m()`` is ``heldout.py``'s ``dated_spec`` with this corpus's Cologne time zone,
    defined once in ``heldout115_jobs.py`` with the label helpers. Spec keys are opaque
    numbers; recurring mail (tickets, bills, a daily briefing, shop mail) is written from small
    tables. People, employers and employer domains are invented; vendor sender domains are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (softgarden, SuccessFactors, StepStone, XING, the DAV-Stellenbörse) are
    ``other``; Personalberatungen are ``agency`` with the client as ``company`` (null until the
    agency names it, and for Merian's never-named client); a person writing from the
    employer's mailbox, its careers mailbox or from personal webmail on its behalf is
    ``direct``; a forwarded confirmation keeps the source of the mail it forwards. ``company``
    is the employer as a person would write it (Domstadt Versicherung, not its Konzern or
    Lebensversicherung AG; Hansa-Colonia; NKV; Northmoor Re, not Northmoor Group). The two
    Hansa-Colonia roles are two applications. A Fallstudie, case study, online test, take-home
    or case is an assessment; an Assessment-Center and the founder's coffee are interviews;
    "auf Eis" is confirmation-like mail leaving the application ``on_hold``; the withdrawal
    acknowledgement is confirmation-like mail leaving it ``withdrawn``; the acknowledgement of
    the signed Vertrag is offer mail leaving it ``accepted``; onboarding, a survey, auto-replies
    and a reply to my turning down outreach are ``other_job``; the Workday "noch nicht
    abgeschlossen" nudge and the talent community are alerts.

Usage
    python tests/corpus/heldout115.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Katharina Wendeborn <k.wendeborn@web.de>"
DATA_MODULES = (
    "heldout115_jobs",
    "heldout115_jobs_intl",
    "heldout115_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Katharina Wendeborn", "k.wendeborn@web.de")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

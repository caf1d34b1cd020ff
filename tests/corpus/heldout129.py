"""Corpus 129: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 228 messages of one job seeker ("me", Korbinian Vogl, a mechanical / test engineer
    (Versuchsingenieur: vibration, durability, test benches) at an engineering services firm,
    living in a WG in Munich-Giesing) from September 2025 to February 2026. He applies in
    automotive, aerospace and medtech around Munich (Karlsfeld, Garching, Taufkirchen,
    Ottobrunn, Martinsried, Gräfelfing, Penzberg, Dachau, Olching). Mostly German (formal Sie
    from corporate HR and public employers, du from start-ups, XING and a few ATSs), some
    English from international firms. Roughly 44 % of the inbox is job mail, 23 applications:
    Eingangsbestätigungen from SuccessFactors, Workday, d.vinci, rexx, softgarden, Personio and
    Greenhouse (invented tenants whose slugs are not the brand), StepStone, XING, LinkedIn,
    Indeed and the Jobbörse der Bundesagentur für Arbeit, XING / LinkedIn "angesehen" and a
    rexx "In fachlicher Prüfung" status; assessments (a HireVue one-way video interview, a
    Workday questionnaire, a take-home test concept by e-mail); Vorstellungsgespräche by Teams,
    Google Meet, phone and on site with Outlook and Google invitations, a reschedule, two
    cancellations (softgarden and Google Calendar) and a Probearbeitstag; Absagen with neutral
    subjects ("Rückmeldung zu Ihrer Bewerbung", "Kurzes Update von uns", "R-10452 –
    follow-up", "Neue Nachricht zu Ihrer Bewerbung") and praise before the no; a research post
    put on hold by the provisional 2026 budget; a Zusage accepted by his own reply and signed
    through DocuSign, with onboarding and a Welcome Day invitation; another offer declined;
    a withdrawal; ghosted applications; a re-application at the same employer after an Absage
    and two roles at another. Employer naming on purpose: Auerbach Fahrwerktechnik GmbH's mail
    comes from the Auerbach Gruppe's careers mailbox and its Group Services GmbH; SKT is
    mostly written as the acronym (SKT Süddeutsche Kabinentechnik GmbH, Workday tenant
    "suedkabine", recruiter on skt-aero.example); Vitalis Surgical is the brand of Hollerieth
    Medizintechnik GmbH & Co. KG (d.vinci tenant "hollerieth", two domains); the
    Reuleaux-Institut für Betriebsfestigkeit und Schwingungsprüfung RBS of the
    Reuleaux-Gesellschaft zur Förderung der angewandten Forschung e.V. writes through rexx;
    Garchinger Vakuumtechnik GmbH & Co. KG; a Personaldienstleister (Alpen Engineering
    Personal, Arbeitnehmerüberlassung) names its client Brandner Aerospace only after the
    Vorstellung; a drone start-up's co-founder writes first from Gmail; an Ingenieurbüro's owner
    writes from T-Online. Also job alerts (StepStone Jobagent, LinkedIn, Indeed, XING, a
    Jobbörse Suchauftrag, an employer's "we're hiring"), a talent-community welcome, an
    incomplete-application nudge, agency, headhunter and in-house recruiter outreach, a
    recruiter's auto-reply, a candidate survey, account verifications. The rest is an ordinary
    Munich inbox with look-alikes: MVV Deutschlandticket and Stadtwerke München bills, ELSTER,
    bank and a Kreditkarten-Antrag "eingegangen" / "genehmigt", a flat hunt (a "Bewerbung für
    die Wohnung" refused, a Zusage for another, the Mietvertrag through DocuSign, viewings with
    calendar parts, WG applicants writing "Bewerbung für dein Zimmer"), a referee-course
    "Bewerbung" and "Zulassung", marketing "Angebote" and "Preisvorschlag angenommen",
    newsletters that interview people or give Vorstellungsgespräch tips, webinar, club and
    doctor invitations with calendar parts, a gym "Kündigung", LinkedIn notifications about
    contacts' new jobs, and friends and family talking about their own jobs and his.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout129_jobs.py with
    the time zone, label helpers and a ``thread()`` helper for In-Reply-To / References); spec
    keys are opaque tokens. People, employers and employer domains are invented; vendor sender
    domains (ATSs, job boards, HireVue, DocuSign, the Arbeitsagentur) are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, d.vinci, rexx, softgarden, StepStone, XING, the Jobbörse der
    Bundesagentur für Arbeit) are ``other``; the Personaldienstleister's mail is ``agency``
    with the client as ``company`` (its mail before naming the client is ``outreach`` with
    ``company`` null); a person writing from the employer's mailbox or from personal webmail
    on its behalf is ``direct``; mail sent by SuccessFactors from the group's careers address
    stays ``other``; a message relayed by Indeed, LinkedIn or XING is that board's. ``company``
    is the employer as a person would write it: Auerbach Fahrwerktechnik (not Auerbach Gruppe),
    SKT, Vitalis Surgical (not Hollerieth Medizintechnik), Reuleaux RBS, Garchinger
    Vakuumtechnik, Föhnwerk, Ingenieurbüro Rieger; ``role`` without "(m/w/d)". The
    XING / LinkedIn "angesehen" mails and rexx "In fachlicher Prüfung" are ``viewed``; the
    HireVue invitation and its completion receipt are ``assessment``; the budget hold is
    confirmation-like mail leaving the application ``on_hold``; the withdrawal acknowledgement
    is confirmation-like mail leaving it ``withdrawn``; his own reply accepting the offer and
    the DocuSign envelopes after it are ``offer`` leaving it ``accepted``; the owner's answer to
    the declined offer is ``offer`` leaving it ``declined``; a cancelled or moved interview is
    ``interview``; onboarding, the Welcome Day invitation, the candidate survey, account
    verification and the auto-reply are ``other_job``; the incomplete-application nudge and
    the talent-community welcome are ``alert``.

Usage
    python tests/corpus/heldout129.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Korbinian Vogl <korbinian.vogl@gmx.de>"
DATA_MODULES = (
    "heldout129_jobs",
    "heldout129_jobs_more",
    "heldout129_inbox",
    "heldout129_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Korbinian Vogl", "korbinian.vogl@gmx.de")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

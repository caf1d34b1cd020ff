"""Corpus 125: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Noémie Bergeron-Haddad, a UX researcher living
    in Rosemont–La Petite-Patrie, Montréal, with a partner and a two-year-old) from September
    2025 to February 2026. Québec French and Canadian English mixed: many employers write
    bilingual mail (French first, then "English follows" / "Le texte anglais suit"), game
    studios and start-ups write in English, small employers in French. Somewhat over 40 % of
    the inbox (43 %) is job mail, 24 applications: confirmations from Dayforce, Workday, Greenhouse,
    Lever, Ashby, BambooHR and Njoyn tenants (invented), Jobillico, Jobboom, Indeed, LinkedIn,
    Québec emploi and a GC Jobs (Emplois GC) application to a federal agency; "viewed" notices
    from Indeed and LinkedIn; assessments (a game-studio take-home, a GC written exam, a Workday
    task, a cégep written test); interviews by Teams, Meet and Zoom and on site with Outlook and
    Google invitations, one rescheduled and one cancelled then re-booked; rejections with neutral
    subjects and praise before the no; a role paused (on hold) and a federal "qualified pool"
    that is not an offer (on hold); a contract offer declined by reply; an offer accepted through
    DocuSign, its pre-employment check and onboarding; two withdrawals (one with its calendar
    cancellation); ghosted applications; a re-application at the same employer four months after
    a rejection; two roles at one studio, where one is rejected and the other goes on to an offer.
    Employer naming on purpose: the Société québécoise de la mobilité durable writes as SQMD /
    QSMC and in both languages; the Agence canadienne des services aux citoyens (ACSC / CCSA,
    Canadian Citizen Services Agency) writes through GC Jobs and its staffing mailbox; Laurentide
    Assurances is reached through the careers site of the cooperative group Mouvement Laurentide,
    which also, elsewhere in the inbox, approves her credit card; Studio Flocon is the brand of
    Aurore Interactive Inc., its Lever tenant "aurore-interactive"; the agency Talents Mosaïque
    writes for "une entreprise québécoise bien établie" and names Hirondelle Voyages only when it
    submits her; a founder writes from Gmail; an employer's message is relayed by Indeed. Also
    job alerts (Jobillico, Jobboom, Indeed, LinkedIn, Québec emploi, GC Jobs), talent-community
    mail, incomplete-application nudges, recruiter and headhunter outreach (two never name the
    client), a recruiter's auto-reply, a candidate survey, a password reset, a careers-site
    account and a Services Québec appointment. The rest is an ordinary Montréal inbox with
    look-alikes: Hydro-Québec, STM, Revenu Québec and CRA mail, a rental application refused and
    a lease transfer accepted and signed through DocuSign, a credit-card and a loan
    "application" approved, a CPE (garderie) offering a place with a welcome "rencontre" invite,
    a graduate-microprogram admission with an "entrevue d'admission" invite, a festival's
    volunteer "candidature", a paid user-research "entrevue" she takes part in, newsletters that
    interview researchers or talk about the job market, marketing "offres exclusives",
    LinkedIn "new job" congratulations, a dentist with calendar invitations, friends' 5 à 7
    (one to celebrate her new job, naming the employer) and friends talking about their own jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout125_jobs.py with
    the time zone, label helpers and employer constants); spec keys are opaque tokens. Outlook
    invitations carry an Eastern VTIMEZONE (set below). People, employers and employer domains
    are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). ``language`` is the language
    a bilingual message opens with. Sources outside DESIGN.md's vocabulary (Dayforce, Njoyn,
    Jobillico, Jobboom, Québec emploi, GC Jobs, Services Québec, the pre-employment check
    vendor) are ``other``; agency and headhunter mail is ``agency`` with the client as
    ``company`` (null until named); a person writing from the employer's mailbox, a department's
    staffing mailbox, a Google Calendar invitation sent by a recruiter, or a founder writing from
    Gmail is ``direct``; a message relayed by Indeed is ``indeed``; mail sent through Lever with
    a Lever reply-to is ``lever``. ``company`` is the employer as a person would write it:
    Société québécoise de la mobilité durable (for SQMD / QSMC), Agence canadienne des services
    aux citoyens (for ACSC / CCSA), Laurentide Assurances (not Mouvement Laurentide), Studio
    Flocon (not Aurore Interactive), Hirondelle Voyages (not Talents Mosaïque); the group's own
    careers-site account and talent-community mail name Mouvement Laurentide. Indeed's and
    LinkedIn's "viewed" notices are ``viewed``; a paused hire and the GC "qualified pool" notice
    are confirmation-like mail leaving the application ``on_hold``; a withdrawal acknowledgement
    is confirmation-like mail leaving it ``withdrawn`` (and the calendar cancellation sent with
    it is interview mail leaving it ``withdrawn``); the recruiter's reply to the declined offer
    is offer mail leaving it ``declined``; the DocuSign "Terminé" envelope leaves the accepted
    offer ``accepted``; the pre-employment check and onboarding are ``other_job``; an
    incomplete-application nudge and a talent-community welcome are ``alert``; the founder's
    "un café jeudi?" is an interview. Mail that is not about her job search (the credit card
    from the same cooperative group, friends' job news, the 5 à 7 for her new job) is
    ``not_job``.

Usage
    python tests/corpus/heldout125.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Noémie Bergeron-Haddad <nbergeronhaddad@gmail.com>"
DATA_MODULES = (
    "heldout125_jobs",
    "heldout125_jobs_more",
    "heldout125_inbox",
    "heldout125_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"

# Outlook invitations: Montréal's zone instead of the first corpus's Berlin one.
H._VTIMEZONE_BERLIN = [
    "BEGIN:VTIMEZONE",
    "TZID:Eastern Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]
_ATTENDEE = H.attendee_calendar("Noémie Bergeron-Haddad", "nbergeronhaddad@gmail.com")


def _calendar(ev: dict[str, Any], sent: datetime) -> str:
    """The first corpus's calendar part, with this corpus's candidate and Outlook zone name."""
    text = _ATTENDEE(ev, sent).replace("\r\n ", "")
    text = text.replace("W. Europe Standard Time", "Eastern Standard Time")
    lines = [part for line in text.split("\r\n") if line for part in H._fold(line)]
    return "\r\n".join(lines) + "\r\n"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = _calendar

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

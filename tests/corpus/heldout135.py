"""Corpus 135: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Camille Roussel, an embedded software engineer
    at an engineering consultancy (ESN) in Toulouse, who wants to move to a product company in
    space or aeronautics) from October 2025 to March 2026. Mostly French (vouvoiement from
    groups, ESNs, the Apec and France Travail; tutoiement from start-ups, Welcome to the Jungle
    and Teamtailor), some English from an international start-up, a satcom company, an
    automotive supplier and a German recruiter. Somewhat over 40 % of the inbox is job mail,
    21 applications: Workday (a group tenant and an automotive tenant whose slug is an old
    legal name), Taleo, SmartRecruiters, Lever, Greenhouse, Teamtailor, Flatchr and Jobaffinity
    confirmations; Welcome to the Jungle, Apec, France Travail, LinkedIn and Indeed
    applications; LinkedIn "consultée" and a Taleo "en cours d'examen"; HackerRank (twice) and
    CodinGame tests; interviews by Teams, Google Meet and on site with Outlook and Google
    invitations, two reschedules and one cancellation; rejections with neutral subjects
    ("Votre candidature au Groupe Altaïr", "Retour", "Your application to ...") and praise
    before the no; two roles put on hold; an offer by e-mail signed through DocuSign; a
    start-up's offer declined; a withdrawal; ghosted applications; a re-application to the
    same title at the same employer after a rejection, and two roles at another.
    Employer naming on purpose: Altaïr Space Systems and Altaïr Avionics written for by
    Groupe Altaïr's Workday tenant ("altairgroup") and its recruitment mailbox; MAG for
    Microtechniques Aéro Garonne; Kosmik, whose CodinGame campaign and legal footers say KSM
    Technologies SAS, and whose CTO writes first from his Gmail; Cerfio on a SmartRecruiters
    tenant "CerfioDigitalServicesSAS"; Voltéo Automotive on the "vgauto" tenant; an ESN
    (Kalyps Ingénierie) that names its mission's client (Altaïr Space Systems, where she has
    also applied directly) only in a later reply; a headhunter (Pyrène Talents) who writes
    for "un équipementier aéronautique de rang 1" and names Lauragais Avionique at the
    interview stage; a small firm's gérant writing from Orange webmail; a Welcome to the
    Jungle confirmation forwarded ("TR:") from the old Hotmail address. Also job alerts
    (LinkedIn, Welcome to the Jungle, Apec, Indeed, France Travail), a talent-community
    welcome, an incomplete-application nudge, recruiter, agency and Indeed "invitation à
    postuler" outreach, an agency follow-up, a headhunter's auto-reply, careers-site account
    and password mail, pre-hire Workday tasks and onboarding, a candidate survey, an Apec
    appointment and survey. The rest is an ordinary Toulouse inbox with look-alikes: flat
    "candidatures" refused and accepted, a lease signed through Yousign, a loan "accord de
    principe" and a credit-card "demande acceptée", a Mastère's admission "entretien" with its
    invitation and its "admise", a hackathon and a volunteer "candidature retenue", a talk
    "acceptée", webinar, doctor, flat-visit and birthday invitations with calendar parts (one
    cancelled), marketing "offres", newsletters that interview people and say who is hiring
    (naming her own employers), LinkedIn congratulating a friend on a new job, friends and
    family talking about their own interviews, offers and resignations, an annual review
    ("entretien annuel") and a resignation acknowledgement forwarded from the work address,
    a leaving-drinks invitation and friends congratulating her on the new job.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator,
    pipeline or sample generator, nor the message data of the other corpora. Only the first
    corpus's builder is reused, with ``heldout.dated_spec`` as ``m()`` (defined once in
    heldout135_jobs.py with the time zone, the label helpers and the employer constants);
    spec keys are opaque tokens. People, employers and employer domains are invented
    (.example); vendor sender domains (ATS, job boards, assessment vendors, DocuSign,
    Yousign, LinkedIn, Indeed, the Apec, France Travail) are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Welcome to the Jungle, the Apec, France Travail, Flatchr, Jobaffinity,
    CodinGame) are ``other``; headhunter and recruitment-agency mail is ``agency`` with the
    client as ``company`` (null while no application exists and the client is unnamed; set
    for every application message, even before the client is named); an ESN hiring her on a
    permanent contract is the employer itself, whatever client it names; a person writing
    from the employer's mailbox, from the group's recruitment mailbox or from personal
    webmail on the employer's behalf is ``direct``; a Google invitation sent by the
    recruiter's own calendar is ``direct`` even when the message before it came through
    the ATS; a forwarded confirmation keeps the source of the mail it forwards. ``company``
    is the employer as a person would write it: the subsidiary (Altaïr Space Systems,
    Altaïr Avionics), not Groupe Altaïr (kept only for the group's careers-site account
    mail); Microtechniques Aéro Garonne for MAG; Kosmik, not KSM Technologies; Cerfio,
    Voltéo Automotive, Lumeo. The Taleo "en cours d'examen" and LinkedIn "consultée" are
    ``viewed``; a HackerRank "test submitted" receipt is an assessment; a reschedule or
    cancellation is interview mail; a role frozen is confirmation-like mail leaving the
    application ``on_hold``; the withdrawal acknowledgement is confirmation-like mail
    leaving it ``withdrawn``; the DocuSign "Terminé" envelope leaves it ``accepted``; the
    founder's answer to the declined offer leaves it ``declined``; pre-hire Workday tasks,
    onboarding, surveys, an auto-reply, the Apec appointment and careers-site codes are
    ``other_job``; an incomplete-application nudge and a talent-community welcome are
    ``alert``; the gérant's invitation to visit the workshop is an interview. Mail about her
    current job (the annual review, the CSE, the resignation acknowledgement, the leaving
    drinks) and her own reply to the Mastère are ``not_job``.

Usage
    python tests/corpus/heldout135.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Camille Roussel <camille.roussel31@gmail.com>"
DATA_MODULES = (
    "heldout135_jobs",
    "heldout135_jobs_more",
    "heldout135_inbox",
    "heldout135_life",
)
FIRST, LAST = "2025-10-01", "2026-04-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Camille Roussel", "camille.roussel31@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

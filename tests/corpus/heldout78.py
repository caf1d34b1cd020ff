"""Corpus 78: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 240 messages of one job seeker ("me", Maude Bélanger-Côté, an administrative / HR
    coordinator living in Limoilou, Québec City) from October 2025 to March 2026. She applies in
    Québec City, Montréal and Ottawa-Gatineau, mostly in Québec French, some English and some
    bilingual federal mail. Roughly 43 % of the inbox is job mail, 24 applications: a
    municipality's own careers portal (a written exam at city hall, then a re-application to
    another posting after the rejection), a health network's Workday (Teams panel interview,
    then a "banque de candidatures" that is a qualified pool and not an offer, later a call
    from the pool she declines; a second role whose "processus est annulé"), a crown
    corporation's Taleo (online situational judgement exam, panel interview, rejection; a second
    role rejected at screening), GC Jobs (bilingual confirmations, "Dotation / Staffing" written
    exam and board interview, a failed pass mark, a cancelled process, a ghosted one), an Ottawa
    tech firm's iCIMS with a Calendly screen and a Teams panel that she withdraws from, an
    agence de placement pitching "un important cabinet d'avocats" that names Lavigne Bourque
    Desrosiers S.E.N.C.R.L. when presenting her, Jobboom, Indeed (sent, viewed, ghosted; a
    dentist owner writing from Gmail), LinkedIn (sent, viewed, rejected; a confirmation that
    reached her old Hotmail and was forwarded with "TR:"), Québec emploi (a residence director
    inviting from Gmail, then a withdrawal and its acknowledgement), Lever, Greenhouse (a
    rejection from a careers mailbox at another domain than the brand), SmartRecruiters with a
    one-way video, a Criteria test on iCIMS's behalf, and a direct e-mail application to a
    festival. One offer, from Groupe Conseil Lemieux (BambooHR, two interviews with Outlook
    invites, offer letter, "j'accepte" reply, onboarding). Rejections with neutral subjects
    ("Votre candidature", "Suivi de votre candidature", "Concours GR-2026-004") and praise
    first; confirmations that say "malheureusement" or "if you are not selected". Also job
    alerts (Jobboom, Indeed, Québec emploi, GC Jobs, LinkedIn), incomplete-application nudges,
    agency and LinkedIn outreach, an agency holiday auto-reply, a Taleo candidate survey, a
    portal welcome and a Workday code, a talent-community welcome.
    Employer naming as it really happens: Les Assurances Valmont inc. / Valmont / AVI; Groupe
    Conseil Lemieux inc. / GCL (mail from gcl-ingenierie.ca); CIUSSS de la Haute-Capitale
    written with its installation (Hôpital Sainte-Foy-des-Pins, CLSC de Charlesbourg) and
    recruiters writing from a ssss.gouv.qc.ca address; Patrimoine numérique Canada / Digital
    Heritage Canada (PNC-DHC); Agence canadienne des voies navigables intérieures / Canadian
    Inland Waterways Agency (ACVNI / CIWA); Studio Pixelune / Pixelune; Kettleby Systems Inc. /
    Kettleby; Brightmoor Analytics mailing from brightmoor.io; Laboratoires Vireo inc. / Vireo;
    Festival des Lumières de Québec / FLQ.
    The rest is an ordinary Québec City inbox with look-alikes on purpose: a rental "demande"
    accepted and a lease renewal notice, Desjardins "offres" and a credit-card "demande"
    approved, a Desjardins appointment invite, Revenu Québec, a passport application, a
    university "demande d'admission" and "offre d'admission" accepted, a CPE "offre de place",
    RTC newsletters and OPUS receipts, Vidéotron bills, a recreational hockey league (schedule,
    reminders, a newsletter "en entrevue", a playoff invite), city newsletters and podcasts
    with "entrevue", an HR association's newsletter about hiring and a webinar invite, LinkedIn
    social notifications, friends and family talking about their jobs and interviews, and two
    mails from her new colleagues after she starts (one asks her to post a job "affichage").

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused
    through ``heldout.dated_spec`` (each data module's ``m()``); spec keys are opaque numbers.
    People, employers and employer domains are invented (federal bodies included); vendor
    sender domains are the vendors' real ones, and everyday senders (Desjardins, RTC, Revenu
    Québec, Vidéotron, Service Canada) are written as those services write.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Jobboom, Québec emploi, GC Jobs, a municipality's portal, Calendly, Criteria)
    are ``other``; a forwarded confirmation keeps the source of the mail it forwards; staffing
    agency mail is ``agency`` with the client as ``company`` (null until the agency names it);
    a person writing from the employer's mailbox or from personal webmail on its behalf, and
    the federal departments' own staffing mailboxes, are ``direct``; a Lever-sent note from a
    recruiter is ``lever``. ``company`` is the employer as a person would write it: the
    department's French name for a federal department (the mail is bilingual), "CIUSSS de la
    Haute-Capitale" whatever installation a message names, "Assurances Valmont" however it is
    written. Bilingual mail is labelled in the language it leads with. A written or
    situational exam, a personality questionnaire and a one-way video are assessments; the
    candidate's own replies and confirmations of attendance carry the stage they answer.
    Entry in a "banque de candidatures" (a qualified pool, explicitly not an offer) and a later
    call from the pool are confirmation-like mail leaving the application ``on_hold``;
    "le processus est annulé" / "process cancelled" is rejection-like mail (the employer ends
    the application); a withdrawal and its acknowledgement are confirmation-like mail leaving
    it ``withdrawn`` (also withdrawing from the pool); the candidate's "j'accepte" reply to the
    offer leaves it ``accepted``; onboarding after it is ``other_job``. A re-application to
    another posting at the same employer after a rejection is a new application. Mail about
    her new job's own hiring (colleagues asking her to post an "affichage") is ``not_job``.

Usage
    python tests/corpus/heldout78.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Maude Bélanger-Côté <maude.bcote@videotron.ca>"
DATA_MODULES = (
    "heldout78_jobs",
    "heldout78_jobs_en",
    "heldout78_inbox",
)
FIRST, LAST = "2025-10-01", "2026-04-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Maude Bélanger-Côté", "maude.bcote@videotron.ca")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

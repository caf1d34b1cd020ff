"""Corpus 159: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Noémie Favre-Rochat, a contrôleuse de gestion
    with seven years in an industrial SME of the Broye, Swiss federal certificate in finance
    and accounting in progress, living in Lausanne) from September 2025 to February 2026. Her
    employer has given her notice for the end of December; she is registered with the ORP and
    looks for a controlling / finance business partner post at 80-100 % in French-speaking
    Switzerland. Mostly Swiss French (formal "vous", "Madame", "Meilleures salutations",
    "postulation", "dossier de candidature", "certificats de travail", "taux d'activité",
    "entrée en fonction", CHF), English from a food multinational, a Geneva NGO, two tech
    firms and a logistics company, German from a federal office in Bern. About 43 % of the
    inbox is job mail, 22 applications: confirmations ("accusé de réception", "Votre
    postulation") from the employers' own mailboxes and portals, SuccessFactors, Workday,
    SmartRecruiters, Workable, Greenhouse, Refline, Abacus Umantis, jobup.ch, jobs.ch,
    LinkedIn and Indeed; a LinkedIn "consultée"; an SHL psychometric test, cantonal "tests
    d'aptitude", a TestGorilla Excel case study and a HireVue one-way video interview;
    interviews by Teams and on site with Outlook and Google invitations (one moved, one
    cancelled by the employer and re-planned), a recruiter's LinkedIn message asking for a
    call; rejections with neutral subjects ("Votre candidature", "Votre postulation", "Ihre
    Bewerbung", "Procédure de recrutement n° ...") and praise first, "le poste a été pourvu",
    a spontaneous application answered with "aucun poste vacant, nous conservons votre
    dossier"; an offer accepted by reply and signed through DocuSign, then onboarding; an
    offer declined (50 % instead of 80-100 %); a withdrawal after accepting elsewhere; an NGO
    recruitment "on hold" after funding cuts; ghosted applications; two roles at one employer
    (Contrôleur de gestion and Senior Controller, the rejection of one naming the other); a
    re-application to the same re-posted role after a rejection. Employer naming on purpose:
    Maison Lignières's mail comes from its watch group's careers mailbox (Groupe Sertis, who
    also invites her to its talent community and later approaches her for a group role);
    Banque Sauvin's SuccessFactors mail names only its legal name (Sauvin, Delacour & Cie SA);
    Nutrivera's Workday tenant is "nvgroup"; the Centre hospitalier universitaire lémanique
    writes as CHUL; Énergies du Jorat as EDJ; Calmat Suisse SA as "une société de Calmat
    Group"; a recruitment agency (Talentis Conseil) writes for "notre mandant" and names
    Confiserie Perrottet only at the interview stage; a fiduciary's owner writes three short
    lines from bluewin.ch. Also job alerts (jobup.ch, jobs.ch, LinkedIn, Indeed, Job-Room),
    "X recrute", two talent communities, an incomplete-application nudge, agency, headhunter
    and LinkedIn outreach, a candidate survey, a careers-portal account mail, two
    out-of-office replies and the public employment service: ORP registration, counselling
    "entretiens de conseil" (one with an invitation), two "assignations" of job ads she then
    applies to, a Job-Room reminder of "preuves de recherches", a workshop "Réussir son
    entretien d'embauche". The rest is an ordinary Lausanne inbox with look-alikes: a flat
    "dossier de candidature" refused and another "retenu" with its lease through DocuSign, a
    leasing "demande" refused, a credit-card "demande acceptée", an evening course and a
    federal exam "candidature acceptée" with its convocation, the supermarket she also
    applies to sending "actions" and "offres", a moving company's and an insurer's "offre",
    finance newsletters ("Interview avec le CFO de ...", salaries, "l'industrie freine ses
    embauches"), a webinar, doctor, physio and dentist invitations with calendar parts, the
    commune's newsletter ("La Ville recrute" apprentices), the running club's assembly
    "convocation", a volunteer "candidature acceptée", LinkedIn "félicitez ... pour son
    nouveau poste", and friends and family on gmail, bluewin, hotmail, gmx and outlook talking
    about their own jobs (an offer accepted, an annual review, a friend's second interview,
    a teacher's parent meetings, a farewell apéro, a restructuring in London).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator,
    pipeline or sample generator, nor the message data of the other corpora. Only the first
    corpus's builder is reused, with ``heldout.dated_spec`` as ``m()`` (defined once in
    heldout159_jobs.py with the time zone, the label helpers and the employer and role names);
    spec keys are opaque tokens. People, employers and employer domains are invented (the
    employers use .example domains, the canton that employs is invented too); vendor sender
    domains (jobup.ch, jobs.ch, LinkedIn, Indeed, Job-Room, the ORP, SuccessFactors, Workday,
    SmartRecruiters, Workable, Greenhouse, Ashby, Refline, Umantis, SHL, TestGorilla, HireVue,
    Qualtrics, DocuSign) are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (jobup.ch, jobs.ch, SuccessFactors, Refline, Abacus Umantis, SHL, TestGorilla,
    Job-Room, the ORP, Qualtrics) are ``other``; agency mail is ``agency`` with the client as
    ``company``; a person writing from the employer's mailbox or from personal webmail, and an
    employer's own careers portal on its own domain (Valmi, the canton, the federal office),
    are ``direct``. ``company`` is the employer as a person would write it: Maison Lignières
    (not Groupe Sertis), Banque Sauvin (for Sauvin, Delacour & Cie SA), Nutrivera, CHUL,
    Calmat, Énergies du Jorat (for EDJ), État du Haut-Léman (for the DGF and the SPE),
    Confiserie Perrottet. The LinkedIn "consultée" is ``viewed``; the SHL test, the tests
    d'aptitude, the TestGorilla case study and the HireVue video interview (and its
    submission receipt) are ``assessment``; the recruiter's LinkedIn message proposing a call
    is an interview; the NGO's pause is confirmation-like mail leaving the application
    ``on_hold``; the bank's acknowledgement of her withdrawal is confirmation-like mail
    leaving it ``withdrawn``; the HR reply to her acceptance and both DocuSign envelopes leave
    the Calmat application ``accepted``; the fiduciary owner's reply to her refusal leaves his
    ``declined``. ORP and Job-Room mail (registration, counselling convocations, assignations,
    reminders, the workshop, the end of registration), the careers-portal account mail, the
    candidate survey, out-of-office replies, onboarding and the deleted-alert notice are
    ``other_job``; talent communities, "X recrute" and the incomplete-application nudge are
    ``alert``; the agency's first approach, the headhunter, the temp agency and the group
    recruiter's InMail are ``outreach``. Everything else, including partner, family and
    friends congratulating her, is ``not_job``.

Usage
    python tests/corpus/heldout159.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Noémie Favre-Rochat <noemie.favre-rochat@bluewin.ch>"
DATA_MODULES = (
    "heldout159_jobs",
    "heldout159_jobs_more",
    "heldout159_inbox",
    "heldout159_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Noémie Favre-Rochat", "noemie.favre-rochat@bluewin.ch")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

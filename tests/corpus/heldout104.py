"""Corpus 104: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Yasmine El Ouazzani, a contrôleuse de gestion /
    management controller living in Casablanca) from September 2025 to February 2026. She
    applies in Casablanca, Rabat and Tanger, to French companies (Paris, Lyon) and to Gulf
    employers (Dubai, Abu Dhabi, Doha, Riyadh). Most of it is French (vous, tu from a start-up
    and friends), some English from multinationals, a Gulf agency and Gulf employers. Roughly
    44 % of the inbox is job mail, 25 applications: ReKrute, Emploi.ma, LinkedIn, Indeed and
    Bayt confirmations and "viewed" notices, an ANAPEC offer, accusés de réception from
    SuccessFactors, Workday, Taleo, SmartRecruiters and Teamtailor tenants and from employers'
    own mailboxes (one saying that silence after four weeks means no); tests psychotechniques
    (on site and online), an online assessment, two études de cas; entretiens via Teams and
    Zoom and on site (Outlook and Google invitations), one replied to by the candidate;
    refus with neutral subjects ("Votre candidature", "Suite à votre candidature",
    "Update on your application") and praise before the no; a proposition d'embauche and
    promesse declined through the agency, another accepted with onboarding mail after it; a
    post "suspendu" (on hold); two withdrawals (one by reply to an interview invitation, one
    written to a recruiter) and their acknowledgements; ghosted applications; two roles at one
    employer and a re-application after a refus. Employer naming: Atlas Ciments Industries SA /
    ACI / Atlas Ciments; Tangerauto Systems SARL AU (a Kessler Autoteile company); Northbay
    Consumer Maroc SARL; Kelvo Services, an offshoring centre whose mail comes from its French
    parent Groupe Arvenne (Workday tenant and a Paris recruiter); Assaada, a brand whose mail
    comes from its holding, Nour Invest; SMLP written as Société Marocaine de Logistique
    Portuaire; Valmonde / Valmonde Énergies Maroc; Zenith Pharma Maroc, subsidiary of a Lyon
    group; a cabinet de recrutement (Talentis Conseil) writing for "un groupe industriel de
    référence" and naming Sofrimar Agro later; a Dubai agency writing for "a leading family
    conglomerate" and naming Al Nahda Holdings; a start-up founder writing from Gmail; a
    confirmation forwarded ("TR:") from an old Hotmail address. Also job alerts (ReKrute,
    Emploi.ma, ANAPEC, Bayt, LinkedIn, Indeed), a talent-community welcome, an
    incomplete-application nudge, an InMail and agency outreach, a recruiter's auto-reply (and
    an agency's), a "CV consulté" notice and a candidate survey. The rest is an ordinary
    Casablanca inbox with look-alikes on purpose: a location d'appartement (dossier de
    candidature, bail, préavis) and a studio in Tanger, a crédit immobilier application and its
    accord de principe, a carte bancaire "offre" and its acceptance, CNSS and AMO, DGI
    (Simpl-IR), a padel club "inscription", a visa application, a Power BI programme
    "candidature validée", newsletters and a podcast with "interview" and about recruiting, a
    DFCG webinar, a dentist and family events with calendar parts, LinkedIn notifications and
    friends writing about their new jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` in Morocco's time zone (GMT+1, GMT from
    mid-February for Ramadan); spec keys are opaque numbers. Recurring life mail (statements,
    bills, receipts, bookings) is written once per kind with its varying details listed.
    People, employers and employer domains are invented; vendor sender domains are the vendors'
    real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (ReKrute, Emploi.ma, Bayt, ANAPEC, SuccessFactors) are ``other``; cabinet and
    agency mail is ``agency`` with the client as ``company`` (null until the cabinet names it);
    a person writing from the employer's or its parent's mailbox, from personal webmail on its
    behalf, or the candidate writing to them, is ``direct``; a forwarded confirmation keeps the
    source of the mail it forwards. ``company`` is the employer as a person would write it
    (Atlas Ciments Industries, Kelvo Services not Groupe Arvenne, Assaada not Nour Invest, SMLP,
    Valmonde Énergies, Zenith Pharma). A test psychotechnique, online test or étude de cas is an
    assessment; "suspendu" is confirmation-like mail leaving the application ``on_hold``; a
    withdrawal and its acknowledgement leave it ``withdrawn``; the signed proposition leaves
    it ``accepted``, the cabinet's reply to a declined one ``declined``; onboarding, surveys and
    auto-replies are ``other_job``; an incomplete-application nudge is an alert.

Usage
    python tests/corpus/heldout104.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Yasmine El Ouazzani <yasmine.elouazzani@gmail.com>"
DATA_MODULES = (
    "heldout104_jobs",
    "heldout104_jobs_intl",
    "heldout104_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Yasmine El Ouazzani", "yasmine.elouazzani@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 88: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 265 messages of one job seeker ("me", Laure Kieffer, a KYC / AML and risk analyst at a
    depositary bank, living in Luxembourg City and also applying in Brussels) from September
    2025 to February 2026, in French (vouvoiement, "Madame", "votre candidature", "nous avons
    le regret"), English and some German. About 43 % of the inbox is job mail, 26
    applications: Workday at a private bank whose mail comes from "BAP Group Services S.A."
    (rejected after a Teams interview, then a re-application put on hold by a reorganisation
    and withdrawn), at a fund administrator on the tenant "pfagroup", at a payments firm and at
    a Brussels bank (Banque Verhaegen SA/NV, two interviews, withdrawn); SuccessFactors at a
    Big-Four-like firm writing as "Kessler Voss Services S.à r.l." (online assessment,
    interview, offer declined) and at a Brussels firm writing as "DM Belgium Services SRL",
    and at Eurosettle SA/NV; SmartRecruiters (a reinsurer, a depositary bank with a test, two
    interviews and a close no); Talentsoft / Cegid (a fund services S.A., an insurer that
    goes quiet after "en cours d'étude", a Brussels insurance group, a mutual whose
    confirmation arrives forwarded ("TR:") from my work mailbox); Teamtailor at a fintech in
    Belval (intro call, case study, CEO round, offer accepted, e-signature and onboarding);
    Greenhouse; LinkedIn Easy Apply ("sent", "viewed", then ghosted) and a managing partner of
    an SCS writing from Gmail; Indeed with the employer's "no" sent through Indeed; a jobs.lu-
    style board whose "candidature envoyée" names the firm in capitals before the firm writes
    as "FWA"; an invented EU agency (candidate account, "your application has been
    registered", a proctored written test, a "new message in your account" notice and the
    reserve list); an agency writing for "une banque privée de la place" before naming Banque
    Lindenthal, and an English agency pitching "a leading fund administrator in Kirchberg"
    before naming Valmont Fund Services; a Luxembourg bank and a German bank branch answering
    in German (Eingangsbestätigung, Einladung zum Vorstellungsgespräch, Absage); a Brussels
    ASBL hiring by e-mail and suspending the post for lack of subsidies. Teams and Google
    calendar invitations, Teamtailor bookings, rejections with neutral subjects ("Votre
    candidature", "Update on your application", "Ihre Bewerbung") and praise before the no,
    confirmations that say "unfortunately" or "sans réponse de notre part", job alerts, a
    talent community and a "vivier de talents", an incomplete-application nudge, InMails,
    auto-replies, a candidate survey. The rest is an ordinary Luxembourg inbox with
    look-alikes on purpose: a rental "candidature" accepted and a bank rental guarantee
    "demande", a credit-card "candidature", loan and telecom "offres", an insurance "offre", a
    car "entretien", an "entretien" for the Sproochentest and a language-course "candidature",
    a half-marathon lottery "candidature", CNS and complementary insurance, commune letters,
    a choir (with calendar invites), newsletters and podcasts with "interview" / "entretien",
    a conference, rail tickets to Brussels, LinkedIn notifications, and friends and family
    talking about their own jobs, interviews and offers.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused (``dated_spec`` as ``m()``); spec keys are opaque numbers. Recurring mail (bills,
    newsletters, club mail) is written from small per-month tables. People, employers, boards
    and employer domains are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards the
    rules may be tuned on it.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, Talentsoft / Cegid, the jobs.lu-style board, the EU agency's
    candidate account, the forum, Yousign) are ``other``; staffing and search agencies are
    ``agency`` with the client as ``company`` (null until the agency names it); a person
    writing from the employer's mailbox or personal webmail, and my own replies in a thread,
    are ``direct``; the forwarded confirmation keeps the source of the mail it forwards.
    ``company`` is the brand I applied to: Banque Ardenne Privée (not BAP Group Services),
    Kessler & Voss, Dewaele Meyers (not DM Belgium Services SRL), Petrusse Fund Administration
    (not "PFA Group"), Fiduciaire Weber & Associés however written, the EU agency by its full
    name. A reserve-list letter and a suspended or frozen recruitment are confirmation-like
    mail leaving the application ``on_hold``; "en cours d'étude" is ``viewed``; withdrawals
    (my letter and its acknowledgement) are confirmation-like mail leaving it ``withdrawn``; my
    reply declining an offer is offer mail leaving it ``declined``, my acceptance ``accepted``;
    online tests, a case study and a written test are assessments; a coffee with the managing
    partner is an interview; the candidate-account notice, e-signature, onboarding, surveys,
    auto-replies, thank-you replies and my reply turning down an InMail are ``other_job``; a
    recruiter's "checking in" after a rejection is outreach.

Usage
    python tests/corpus/heldout88.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Laure Kieffer <laure.kieffer.lu@gmail.com>"
DATA_MODULES = (
    "heldout88_jobs",
    "heldout88_jobs_intl",
    "heldout88_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Laure Kieffer", "laure.kieffer.lu@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

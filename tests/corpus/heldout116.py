"""Corpus 116: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 215 messages of one job seeker ("me", Nadia Belkacem, a customs declarant and freight
    forwarding coordinator (déclarante en douane, agent de transit, RDE) living in Marseille)
    from September 2025 to February 2026. She applies in Marseille, Fos-sur-Mer,
    Aix-en-Provence and Le Havre, in French throughout (vous from companies, tu from a start-up
    and from friends), with a little English from global forwarders. Roughly 42 % of the inbox
    is job mail, 25 applications: France Travail, Apec, HelloWork, Indeed, Welcome to the
    Jungle, LinkedIn and Cadremploi confirmations and "consultée" notices; Workday (tenant
    "meridia"), Taleo ("NSA"), SmartRecruiters, Teamtailor, Flatchr and Beetween mail; an
    intérim agency (Provalis Intérim) and a second one (Interima Sud) writing for a client
    named later, a cabinet de recrutement (Arcane RH) pitching "un commissionnaire
    indépendant" then naming Lavandière Freight; phone and on-site interviews with Outlook and
    Google invites and a Teamtailor booking; a QCM and a cas pratique; refus with neutral
    subjects ("Votre candidature", "Suite à votre candidature") and praise before the no; a
    confirmation saying "si vous ne recevez pas de réponse"; a recruitment suspended (on hold);
    a promesse d'embauche signed through DocuSign, onboarding; a désistement acknowledged by
    the cabinet; a recruiter's auto-reply; ghosted applications; a confirmation forwarded
    ("TR:") from her old address. Employer naming: Transmar, a subsidiary (Transmar Logistique
    SAS) of Groupe Méridia whose recruiters and Workday tenant write as the group (two roles);
    Nautilia Shipping written as NSA / NSA Nautilia Shipping Agencies SAS (a re-application
    after a refus); Calanque Freight whose ATS mail is signed CF Overseas SAS; Phocéenne de
    Transit / PDT; Massalia Douane Conseil / MDC; Fosmar, whose careers mailbox is at
    azuria-group.com; Dockly's co-founder writing from Gmail. Also job alerts, a Workday
    incomplete-application nudge, a talent-community welcome, recruiter and agency outreach and
    an Indeed review request. The rest is a Marseille inbox with look-alikes on purpose: a flat
    hunt (candidature, visite, "Suite à votre candidature" refusal, bail), CAF and Ameli, a
    personal loan "offre de crédit" and credit-card offers, a mutuelle adhesion "acceptée", a
    CPF training application, a volunteer "candidature retenue", newsletters and podcasts with
    "entretien" (and car and boiler "entretien"), Vinted and leboncoin "offres", webinars,
    Doctolib and friends' calendar invites, LinkedIn notifications and friends' job news.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused; the data modules' ``m()`` is ``functools.partial(heldout.dated_spec, zone)`` with
    Paris time, defined once in ``heldout116_jobs.py`` with the label helpers. Spec keys are
    opaque numbers. People, employers and employer domains are invented; vendor sender domains
    are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (France Travail, Apec, HelloWork, Welcome to the Jungle, Cadremploi, Flatchr,
    Beetween) are ``other``; intérim and cabinet de recrutement mail is ``agency`` with the
    client as ``company`` (null until the agency names it); a person writing from the
    employer's or its group's mailbox, or from personal webmail on its behalf, is ``direct``.
    ``company`` is the brand she applied to (Transmar, not Groupe Méridia; Nautilia Shipping,
    however it is written). The onboarding mail, the auto-reply and the review request are
    ``other_job``; the DocuSign "Terminé" envelope leaves the application ``accepted``; the
    cabinet's acknowledgement of her désistement is confirmation-like mail leaving it
    ``withdrawn``; "recrutement suspendu" is confirmation-like mail leaving it ``on_hold``; a
    QCM and a cas pratique are assessments; her own reply confirming an interview slot and the
    manager's follow-up after a phone interview are interview mail. The forwarded ("TR:")
    confirmation keeps the source of the mail it forwards.

Usage
    python tests/corpus/heldout116.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Nadia Belkacem <nadia.belkacem@laposte.net>"
DATA_MODULES = (
    "heldout116_jobs",
    "heldout116_jobs_b",
    "heldout116_inbox",
    "heldout116_inbox_b",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Nadia Belkacem", "nadia.belkacem@laposte.net")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

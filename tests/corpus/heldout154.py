"""Corpus 154: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 225 messages of one job seeker ("me", Maëlle Guillou-Benhamou, infirmière diplômée
    d'État with seven years on a surgical ward of a CHU in Nantes, who wants to leave night
    shifts) from September 2025 to February 2026. She looks at day posts in cliniques, an
    infirmière coordinatrice post in an EHPAD and in an HAD (hospitalisation à domicile),
    occupational health (infirmière en santé au travail), clinical research and medical devices,
    school nursing and e-santé, in Nantes, Saint-Nazaire, Angers and La Roche-sur-Yon. French
    throughout (vous; the e-santé start-up tutoie), English from a multinational CRO. Roughly
    44 % of the inbox is job mail, 22 applications: accusés de réception from Indeed,
    HelloWork, France Travail, LinkedIn, the APEC, staffsanté, the FHF job board, Welcome to the
    Jungle, Teamtailor, Workday, SmartRecruiters and Workable (invented tenants) and from
    employers' own mailboxes; "viewed" notices; a HireVue video interview and an AssessFirst
    questionnaire; "votre candidature a retenu notre attention", entretiens with cadres de
    santé and directors (Outlook and Google invitations, one reporté, one annulé by the
    direction des soins, one cancelled after a withdrawal), a journée d'immersion and a journée
    d'observation; refus with neutral subjects ("Votre candidature", "Retour sur votre
    candidature", "Suite à votre entretien", "Update on your application"), praise before the
    no, "le poste a été pourvu en interne", a mutation turned down by the commission; a
    recrutement gelé (on hold); a proposition d'embauche declined (salaire, week-ends) and a
    promesse d'embauche accepted by reply, then the visite médicale d'embauche and the welcome;
    a withdrawal; ghosted applications; a re-application at an EHPAD operator after a refus and
    two posts at one HAD association. Employer naming on purpose: Clinique Belle-Rive and
    Clinique du Parc Océane answer from their group's recrutement mailbox (Groupe Océane Santé,
    oceane-sante.example) and sign with the legal name (SAS Polyclinique Belle-Rive); Indeed
    shows the group, not the clinique; STLE for Santé au Travail Loire-Estuaire (association
    loi 1901); CHAB for Centre Hospitalier Atlantique-Brière; Veridian Clinical Research on a
    Workday tenant "vcrglobal"; Orthalys on a SmartRecruiters company "OrthalysMedicalSAS";
    Kalia on a Teamtailor tenant "kaliacare"; the EHPAD operator Bel Âge writing as the
    residence Les Glycines; a medical intérim agency (Soins Relais Intérim) and a healthcare
    recruitment cabinet (Praxis Santé Conseil) naming their client late; a clinic's directrice
    des soins writing from orange.fr; a confirmation forwarded ("TR:") from her old Hotmail.
    Also job alerts (Indeed, HelloWork, LinkedIn, France Travail, APEC, FHF, staffsanté, WTTJ),
    replacement-mission mail from Hublo, talent-community welcomes, incomplete-application
    nudges, agency and LinkedIn outreach, an HR auto-reply, candidate surveys, a France Travail
    code and an APEC workshop. The rest is an ordinary Nantes inbox with look-alikes: the
    Ordre national des infirmiers cotisation, a DPC "votre inscription", her CHU's planning,
    notes de service and "entretien professionnel annuel" (her current job, with an Outlook
    invitation), a crèche "dossier de candidature" and a school enrolment for her son, a prêt
    immobilier "votre demande" and "offre de prêt", a credit-card request, a parking rental
    "candidature", CAF, car insurance, Leclerc and Decathlon "offres", a dentist on Doctolib and
    a webinar with calendar parts, newsletters with "Interview : la directrice des soins du
    CH ...", a running club, and her sister and friends writing from gmail / orange / free about
    their own jobs and entretiens.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout154_jobs.py with
    the time zone and label helpers); spec keys are opaque tokens. People, employers and
    employer domains are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (HelloWork, France Travail, the APEC, staffsanté, the FHF job board, Welcome to
    the Jungle, Hublo, AssessFirst) are ``other``; intérim agency and cabinet mail is
    ``agency`` with the client as ``company`` (null until named), but the client's own
    invitation (the cabinet in copy) is ``direct``; a person writing from the
    employer's mailbox, its group's recrutement mailbox or personal webmail on its behalf is
    ``direct``; the forwarded confirmation keeps the source of the mail it forwards.
    ``company`` is the employer as a person would write it: Clinique Belle-Rive and Clinique du
    Parc Océane (not Groupe Océane Santé), Bel Âge (the operator, whichever residence signs),
    HAD Domisoins, Santé au Travail Loire-Estuaire (for STLE), Centre Hospitalier
    Atlantique-Brière (for CHAB), Centre de santé Ligéria, Kalia (for Kaliacare SAS),
    Polyclinique de l'Estuaire and Laboratoires Avelune (the agencies' clients). "Viewed"
    notices are ``viewed``; an invitation to discuss ("a retenu notre attention" with a call or
    an entretien proposed), the journée d'immersion and the journée d'observation are
    interviews; a reschedule or cancellation is interview mail (the cancellation after the
    withdrawal leaves the application ``withdrawn``); the HireVue video interview and the
    AssessFirst questionnaire are assessments, and so is the start-up's mise en situation; the
    recrutement gelé is confirmation-like mail leaving the application ``on_hold``; the
    withdrawal acknowledgement is confirmation-like mail leaving it ``withdrawn``; the
    employer's answers to the declined and the accepted offer are offer mail leaving it
    ``declined`` and ``accepted``; the visite médicale d'embauche, the welcome, surveys, the
    auto-reply, the France Travail code and the APEC workshop are ``other_job``; an
    incomplete-application nudge and a talent-community welcome are ``alert``; a Hublo mission
    offered to her by name is ``outreach``. Her CHU's own mail (planning, entretien
    professionnel, disponibilité) is ``not_job``.

Usage
    python tests/corpus/heldout154.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Maëlle Guillou-Benhamou <maelle.guillou.benhamou@gmail.com>"
DATA_MODULES = (
    "heldout154_jobs",
    "heldout154_jobs_more",
    "heldout154_inbox",
    "heldout154_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar(
    "Maëlle Guillou-Benhamou", "maelle.guillou.benhamou@gmail.com"
)

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

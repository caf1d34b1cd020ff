"""Corpus 97: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 245 messages of one job seeker ("me", Camille Fabre-Roussel, a project and quality
    manager in aerospace living in Toulouse) from September 2025 to February 2026. She applies
    in Toulouse and around (Colomiers, Blagnac, Labège, Albi, Montauban, Tarbes, Figeac), in
    Bordeaux (Mérignac) and in Paris, in French throughout (vous from groups, tu from startups),
    with some English from international groups. Roughly 38 % of the inbox is job mail, 25
    applications, as hiring really arrives in France: Welcome to the Jungle, APEC, HelloWork,
    Indeed, LinkedIn (Easy Apply, viewed, InMail) and France Travail (offer applications, alerts,
    a workshop); ATSs Taleo, Workday, SmartRecruiters, Teamtailor, Flatchr and Jobaffinity under
    invented tenants; a cabinet de recrutement (Hunt & Wings Conseil) writing "pour le compte de
    notre client, un acteur majeur de l'aéronautique" and naming Corvalis Aerospace later, an
    executive search firm (Ocre Executive) that names Vectral Propulsion after the first call, an
    ESN (Novatek Ingénierie) placing at its client Hélicéa; accusés de réception (one that says
    "si vous n'avez pas de réponse sous 6 semaines"), refus with neutral subjects ("Votre
    candidature", "Suite à votre candidature", "Retour sur votre candidature") and praise before
    the no; entretiens via Teams with Outlook invites, a Teamtailor booking, a Google Meet call
    with a startup founder writing from Gmail; a Taleo personality questionnaire, a test de
    personnalité, a Workday online assessment, an assessment center and a case study; a promesse
    d'embauche and a proposition de contrat (accepted, Altiverre), an offer declined
    (Stellaire), withdrawals (from the ESN's mission, from Ciel Ouvert, from Vectral through the
    cabinet, and an interview cancelled with BAM), a role put on hold (Méridia), ghosted
    applications, a late rejection three months on, and a re-application at Garonne Aéro after a
    rejection, two roles at Méridia Systems. Employer naming: Garonne Aéro SAS whose mail comes
    from the Groupe Vellane shared service centre's Taleo tenant; Altiverre written "ALTIVERRE
    AVIONIQUE SA", "Altiverre" and "AAV"; Sorbel Maintenance under "Groupe Sorbel"; "MECAFOR
    SARL", "TARNAERO SAS", "ATELIER LACOMBE USINAGE" as the boards spell them; SOAS / Sud Ouest
    Aéro Services; BAM / Bordeaux Avionique Maintenance; LHSA / Lasserre Hydraulique SA;
    Thalmor Systèmes SA. Also job alerts (LinkedIn, APEC, Indeed, HelloWork, France Travail,
    WTTJ), a Taleo incomplete-application nudge, a Workday talent community, recruiter outreach
    (InMail from an ESN, a British headhunter, an in-house recruiter), a recruiter's
    auto-reply, an APEC survey and coaching appointment, a reference request, onboarding. The
    rest is an ordinary Toulouse inbox with look-alikes on purpose: a dossier de location
    (refused "malgré la qualité de votre dossier", then accepted), CAF, a mutuelle (adhésion,
    "offre", résiliation), impots.gouv, France Travail actualisation and payment, a bank loan
    waiting for a promesse d'embauche, Tisséo, SNCF, Doctolib, a weekly aero newsletter's
    "l'interview de", a podcast and its interview request, "candidatures" to a climbing club, a
    food bank and a conservatoire, friends writing about their new jobs, LinkedIn notifications,
    a party and a visit with calendar parts, a webinar.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused;
    the data modules' ``m()`` is ``functools.partial(heldout.dated_spec, zone)`` with Paris time
    (CEST until 26 October 2025, CET after); spec keys are opaque numbers. People, employers and
    employer domains are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Welcome to the Jungle, APEC, HelloWork, France Travail, Flatchr, Jobaffinity) are
    ``other``; a cabinet de recrutement, an executive search firm and an ESN placing consultants
    at a client are ``agency`` with the client as ``company`` (null until they name it); a person
    writing from the employer's mailbox or from personal webmail on its behalf is ``direct``.
    ``company`` is the brand she applied to (Garonne Aéro, not Groupe Vellane; Sorbel
    Maintenance, not Groupe Sorbel; Altiverre however it is written). The contract sent after
    the signed promesse d'embauche leaves Altiverre ``accepted``; the founder's answer to her
    refusal leaves Stellaire ``declined``; withdrawal acknowledgements are confirmation-like
    mail leaving the application ``withdrawn`` (BAM's is an interview cancellation, interview
    mail, also ``withdrawn``); "put on hold" is confirmation-like mail leaving Méridia's second
    role ``on_hold``; a case study and personality tests are assessments. Onboarding, account
    creation, a reference request, surveys, France Travail / APEC workshops and coaching and an
    auto-reply are ``other_job``; France Travail's actualisation and payment mails (benefits
    administration) are ``not_job``.

Usage
    python tests/corpus/heldout97.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Camille Fabre-Roussel <camille.fabreroussel@orange.fr>"
DATA_MODULES = (
    "heldout97_jobs",
    "heldout97_jobs_intl",
    "heldout97_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Camille Fabre-Roussel", "camille.fabreroussel@orange.fr")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 139: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 228 messages of one job seeker ("me", Gwenaëlle Le Bihan, a gestionnaire de paie in a
    cabinet d'expertise comptable in Rennes: paie, DSN, Silae, ADP; she lives in the quartier
    Sainte-Thérèse with her two children, Louna in 6e and Malo, two) from September 2025 to
    February 2026. She applies in French to payroll, HR-admin and accounting jobs in Rennes,
    Nantes, Saint-Malo, Dinard and fully remote. Roughly 43 % of the inbox is job mail, 23
    applications: an industrial group's shared service centre (Groupe Dornic writing for its
    filiale Dornic Services Partagés, two roles on a Workday tenant "dornicgroup", partly in
    English), a mutuelle on Cegid Talentsoft (a cas pratique paie, a Teams interview, a final
    interview, a promesse d'embauche accepted by reply and a contract signed through DocuSign,
    then onboarding), a CHU (fonction publique hospitalière, contractuelle: accusé de réception,
    a jury, then the recruitment suspended pending the EPRD), a communauté d'agglomération via
    emploi-territorial (a jury, then a titulaire preferred by mutation; the Centre de gestion's
    concours de rédacteur and her pré-inscription), a cooperative agrifood group on
    SmartRecruiters (refused, a "vivier" welcome, the same role reposted, re-application and
    withdrawal), a SaaS start-up on Welcome to the Jungle writing in tutoiement (Google Meet,
    an exercise, an offer from the CEO's gmail that she declines), a temping agency offering a
    CDI intérimaire that names its client a week later, a cabinet de recrutement that
    approaches her on LinkedIn and names its client when it presents her, and applications
    through Indeed (viewed, an Indeed skills test, a no in Indeed's messaging), HelloWork,
    APEC (forwarded from her old free.fr address; "lue"), France Travail (a gérant answering
    from wanadoo), LinkedIn (viewed), Cadremploi, Taleo, Flatchr and Beetween, and a
    spontaneous application answered from orange.fr. Interviews by phone, on site, Teams and
    Google Meet with Outlook and Google invitations, one moved (reporté) and one cancelled
    (annulé); refusals with neutral subjects ("Votre candidature", "Suite de votre
    candidature", "Point sur votre candidature", "Suite à notre rencontre") and praise before
    the no; ghosted applications. Also job alerts (Indeed, HelloWork, LinkedIn, APEC,
    Cadremploi, France Travail, Welcome to the Jungle, emploi-territorial), a talent-community
    welcome, incomplete-application nudges, recruiter and agency outreach, auto-replies, a
    careers-site account and a candidate survey. The rest is an ordinary Rennes inbox with
    look-alikes: impots.gouv, the CAF, Ameli, Pajemploi (she employs a childminder), her own
    mutuelle, bank and a loan simulation ("dossier de financement", "accord de principe"), a
    credit-card "demande acceptée", a crèche "demande de place" acknowledged, incomplete,
    granted and followed by an "entretien d'admission" with an invitation and a contract to
    sign, a rental "candidature" turned down, the collège's ENT and a parents-professeurs
    invitation, the parents' association's "appel à candidatures", Doctolib with calendar
    parts, SNCF, Leboncoin, marketing "offres", a Silae webinar invitation, payroll
    newsletters, a business newsletter interviewing chefs d'entreprise about hiring, LinkedIn
    "félicitez X pour son nouveau poste", friends and family on orange.fr / free.fr / gmail
    talking about their own new jobs and about hers, and a colleague organising her pot de
    départ.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout139_jobs.py with
    the time zone, label helpers, ``reply()`` and the employer constants); spec keys are opaque
    tokens. People, employers and employer domains are invented (.example); vendor sender
    domains (Workday, Talentsoft, SmartRecruiters, Taleo, Flatchr, Beetween, Indeed, LinkedIn,
    HelloWork, Welcome to the Jungle, APEC, France Travail, Cadremploi, emploi-territorial,
    DocuSign) are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Cegid Talentsoft, Flatchr, Beetween, HelloWork, Welcome to the Jungle, APEC,
    France Travail, Cadremploi, emploi-territorial, the Centre de gestion) are ``other``; the
    temping agency and the cabinet de recrutement are ``agency`` with the client as
    ``company`` (null until named: their first approaches are outreach or other job mail); a
    person writing from the employer's mailbox or from personal webmail on its behalf is
    ``direct``; a forwarded confirmation keeps the source of the mail it forwards (APEC:
    ``other``); Indeed's skills test is ``indeed``. ``company`` is the employer as a person
    would write it: Dornic Services Partagés (for Groupe Dornic / DSP), Mutuelle Ker Avel,
    CHU de Haute-Bretagne, Meu-et-Vilaine Agglomération, Evanor (for Evanor SCA), Biscuiterie
    Le Quéré (for SAS Le Quéré & Fils), Transports Guégan, Ty Laouen, Arméa Assurances, and the
    agencies' clients Technimat Ouest and Maison Queffélec. "Consultée" / "lue" notices and
    "votre candidature a retenu notre attention" without an interview date are ``viewed``; the
    mutuelle's "retenu notre attention" that books a Teams call is an interview; the
    recruiter's "bien reçu" to the returned case study stays ``assessment``; the CHU's
    suspended recruitment is confirmation-like mail leaving the application ``on_hold``; the
    withdrawal acknowledgements (Workday and Evanor) are confirmation-like mail leaving it
    ``withdrawn``; the DRH's reply to her acceptance and both DocuSign envelopes of the
    contract leave it ``accepted``; the CEO's reply to her refusal leaves the start-up's offer
    ``declined``; onboarding, auto-replies, the agency's paperwork reminder, careers-site
    accounts, a candidate survey and the Centre de gestion's concours mail are ``other_job``;
    incomplete-application nudges and the talent-community / vivier welcomes are ``alert``;
    the spontaneous application's later "un poste se libère" is outreach. Friends' and
    family's mail about anyone's job, the pot de départ and the childminder's end of contract
    are ``not_job``.

Usage
    python tests/corpus/heldout139.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Gwenaëlle Le Bihan <gwenaelle.lebihan35@gmail.com>"
DATA_MODULES = (
    "heldout139_jobs",
    "heldout139_jobs_more",
    "heldout139_inbox",
    "heldout139_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Gwenaëlle Le Bihan", "gwenaelle.lebihan35@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

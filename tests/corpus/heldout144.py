"""Corpus 144: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Baptiste Vandenbroucke-Amrani, a chargé de
    projets marketing / communication with five years in the Belgian marketing team of an FMCG
    company, living in Schaerbeek, Brussels) from September 2025 to February 2026. He applies
    for marketing, brand and communication roles in Brussels, Wallonia (Namur, Liège, Herve,
    Herstal, Louvain-la-Neuve, Charleroi, Wavre, Gembloux, Waremme) and with international
    firms, mostly in Belgian French (vous from public bodies and corporate HR, tu from
    start-ups, an NGO and a brewer), some English. A little over 40 % of the inbox is job mail,
    23 applications: a federal selection through an invented federal selection service
    (FedRecrut: "numéro de sélection", tests informatisés, épreuve orale, "lauréat" placed in
    the "réserve de recrutement"); a Walloon regional agency reached through an "offre
    d'emploi Forem" (Forem transmission, accusé de réception, épreuve écrite, an interview
    "reporté", a "Suite à donner à votre candidature" no with praise before it); a retailer
    group whose careers mailbox writes for one of its brands (SmartRecruiters, phone screen,
    case study, presentation, final round, an offer with CDI, chèques-repas and voiture de
    société that he declines); a bank on Workday (two roles: assessment task and rejection,
    then an English rejection); a pharma company on SuccessFactors with a HireVue video
    interview, a Teams interview and "le recrutement est suspendu"; an NGO (two rounds, then
    his withdrawal); start-ups on Teamtailor (call, case, rejection, GDPR consent) and
    Recruitee (a quick no, then a re-application three months later that reaches an
    interview and goes quiet); a university (interview invitation, Outlook cancellation, then
    "nous ne pouvons pas donner une suite favorable"); a hospital via Références (tests
    psychotechniques, no); an insurance mutualité via Jobat (a confirmation forwarded from his
    work address, online tests, an assessment center, no); a selection bureau that names its
    client (a Liège biscuit maker) only at the third message and carries the process to an
    offer he accepts by reply (avantages extralégaux, voiture de société, chèques-repas),
    signed through DocuSign, followed by onboarding; an EU trade association from
    Jobsinbrussels (English: written exercise, Teams interview, no); Actiris, Forem, LinkedIn,
    Indeed and StepStone applications that are viewed and then ghosted; a brewer answering
    from Gmail. Also job alerts (LinkedIn, Jobat, StepStone, Indeed, Forem, Actiris,
    Jobsinbrussels), a talent-community welcome, an unfinished Workday application, outreach
    from an in-house recruiter (LinkedIn InMail), an interim agency, a headhunter and a
    selection bureau, a recruiter's auto-reply, a candidate survey and an Actiris account.
    The rest is an ordinary Brussels inbox: mutualité, SPF Finances / MyMinfin, itsme, STIB,
    Proximus, ENGIE, Sibelga, VIVAQUA, bpost, bol, Coolblue, SNCB, Booking.com, Delhaize and
    Colruyt promotions, and look-alikes on purpose: a rental "candidature" through Immoweb
    refused by the landlord, a "prêt hypothécaire" simulation with an "entretien" in the
    calendar, a credit-card "offre exclusive" and its "demande acceptée", a training
    certificate "candidature acceptée", a festival-volunteer "candidature", dentist, doctor,
    commune and webinar invitations with calendar parts, a theatre, marketing newsletters
    that "interview" a directrice marketing or talk about who is hiring, the NGO's donor
    newsletter and the retail brand's Black Friday mail, LinkedIn "félicitez X pour son
    nouveau poste", and friends and family on gmail / skynet / hotmail.be talking about their
    own jobs (a teacher's CDI, a "procédure Renault", an EPSO "lauréate" on a reserve list).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout144_jobs.py with
    the time zone and label helpers); spec keys are opaque tokens. People, employers and
    employer domains are invented (FedRecrut and the Office fédéral de la Consommation too);
    vendor sender domains (Workday, SmartRecruiters, Teamtailor, Recruitee, SuccessFactors,
    HireVue, Greenhouse, DocuSign, LinkedIn, Indeed, StepStone, Jobat, Références, Le Forem,
    Actiris, Jobsinbrussels) are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (FedRecrut, SuccessFactors, Le Forem, Actiris, Jobat, StepStone, Références,
    Jobsinbrussels) are ``other``; selection-bureau, interim and headhunter mail is
    ``agency`` with the client as ``company`` (null until the agency names it, set on every
    message of the application); a person writing from the employer's mailbox or from
    personal webmail on its behalf is ``direct``; the confirmation forwarded from his work
    address keeps the source of the mail it forwards (``direct``). ``company`` is the employer
    as a person would write it, in full: Casa Viva (not Groupe Vanmol or Vanmol Retail SA;
    the group's talent community is Groupe Vanmol), Belvia Bank (Workday tenant "bvb"),
    Ardenna Pharma (Ardenna Pharmaceuticals SRL), Office fédéral de la Consommation (OFCO),
    Agence wallonne pour l'Attractivité territoriale (AWAT), European Plant-Based Food
    Federation (EUPLANT), Meuse Aero Systems (MAS), Biscuiterie Dumoulin (Dumoulin Frères SA
    on the DocuSign envelope), Terre Commune (asbl). Forem and Actiris transmissions are
    confirmations; StepStone, LinkedIn and Indeed "consultée" mail is ``viewed``; the
    FedRecrut test result ("vous avez réussi") is an assessment; the final "lauréat" result
    placing him in the réserve de recrutement is confirmation-like mail leaving the
    application ``on_hold``, as is the pharma company's "le recrutement est suspendu"; the
    NGO's acknowledgement of his withdrawal is confirmation-like mail leaving it
    ``withdrawn``; the retailer's reply to his refusal is offer mail leaving it ``declined``;
    the bureau's reply to his acceptance and the DocuSign "Complété" envelope leave it
    ``accepted``; an interview reschedule or cancellation is interview mail; a HireVue
    one-way video interview and an assessment center are assessments (a case study or tests
    sent after a first interview leave the application ``interviewing``); the brewer's
    invitation to come by for a drink is an interview. Onboarding, the candidate survey, the
    GDPR consent request, the careers-portal code, the Actiris account and the consultant's
    auto-reply are ``other_job``; the unfinished Workday application is an ``alert``.

Usage
    python tests/corpus/heldout144.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Baptiste Vandenbroucke-Amrani <baptiste.vdb.amrani@gmail.com>"
DATA_MODULES = (
    "heldout144_jobs",
    "heldout144_jobs_more",
    "heldout144_inbox",
    "heldout144_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar(
    "Baptiste Vandenbroucke-Amrani", "baptiste.vdb.amrani@gmail.com"
)

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 60: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 250 messages of one job seeker ("me", Sofie Van den Broeck-Moreau, a Belgian policy
    officer / project manager living in Ixelles, Brussels) from October 2025 to March 2026. She
    applies in Brussels, Luxembourg, Liège and remote, in Belgian French and English, with a
    little German from a Luxembourg employer. Roughly 40 % of the inbox is job mail, 24
    applications: an EU-style competition run by an invented selection bureau (EUPSB) with
    Pearson VUE reasoning tests and a rejection posted "in your account", a federal selection
    (FEDSEL for the SPF SCN: épreuve informatisée, entretien, lauréate in the réserve de
    recrutement, entretien d'affectation, an offer that she declines), a Walloon regional agency
    (AWIN) rejecting her after the épreuve écrite and a re-application there for another post,
    later withdrawn, a Brussels regional agency (ABTE) on Talentsoft that ghosts her, an
    ASBL/VZW (Réseau Européen pour l'Inclusion Numérique ASBL, brand DigiInclusion Europe,
    acronym ENDI) on Teamtailor with Teams interviews and a DocuSign contract she signs, two
    roles at Altamira Public Affairs SA/NV (also "APA") on Workday (one rejected, one
    withdrawn after a Calendly screen and a panel), a Luxembourg S.à r.l. writing in German
    (Vandermeer Finanzdaten S.à r.l. / Vandermeer Data) on SuccessFactors, a bank in
    Luxembourg with an SHL test, an insurer whose mail comes from its group (Groupe Lumion for
    Aurelia Assurances) with a Talent Q test, an interim agency (Talentia Interim) pitching "un
    organisme public régional" that names the Société du Canal de Bruxelles late and then
    puts it on hold, a start-up founder writing from Gmail, LinkedIn Easy Apply (viewed,
    rejected), Indeed, StepStone, a EuroBrussels posting, a Forem posting in Liège with an
    épreuve écrite, Greenhouse (one rejection with praise, one role paused), Recruitee with a
    written assignment, Lever, SmartRecruiters under its registered name (Ferrand Logistique
    SA for Ferlog), and forwarded confirmations ("TR:", "Fwd:"). Also job alerts (LinkedIn,
    Indeed, Jobat, EuroBrussels, Actiris, Forem, StepStone), incomplete-application nudges, a
    talent-community welcome, headhunter and LinkedIn outreach, an Actiris appointment, a
    candidate-account code, a survey and an auto-reply. The rest is an ordinary Brussels inbox
    with look-alikes on purpose: the commune (ID card appointment, change of address, a
    "candidature" for a citizens' panel), a rental application refused then accepted and a
    lease via DocuSign, a bank "demande de crédit" refused then offered, a card
    "application", SNCB tickets and a compensation claim, the mutualité, crèche applications
    and an "entretien d'accueil", a volunteer "candidature", newsletters that interview people
    or talk about hiring, a podcast interview request with a calendar invite, a webinar, a
    dentist and a scan with calendar parts, LinkedIn social notifications and friends talking
    about their jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with small ``m()`` / ``n()`` shorthands; spec keys are opaque numbers. People,
    employers, public bodies and employer domains are invented; vendor sender domains are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (EUPSB and FEDSEL candidate accounts, Pearson VUE, SHL, Talent Q, Calendly,
    SuccessFactors, Talentsoft, StepStone, Jobat, EuroBrussels, Actiris, Forem) are ``other``;
    staffing-agency and headhunter mail is ``agency`` with the client as ``company`` (null until
    the agency names it); a person writing from the employer's mailbox or from personal webmail
    on its behalf, and an employer's own careers mailbox, are ``direct``. ``company`` is the
    employer as a person would write it: the acronym or brand she applied to (EUPSB, SPF SCN,
    AWIN, ABTE, DigiInclusion Europe, Altamira, Vandermeer Data, Aurelia Assurances, Ferlog),
    however the mail writes it. The reasoning tests and a written assignment are assessments;
    FEDSEL's "lauréate, réserve de recrutement" message and the entretien d'affectation are
    interview mail; the SPF's acknowledgement of her refusal is an offer leaving the
    application ``declined``; the DocuSign "Completed" contract leaves ENDI ``accepted``; a
    withdrawal acknowledgement is confirmation-like mail leaving the application ``withdrawn``;
    a paused search is confirmation-like mail leaving it ``on_hold``; onboarding mail after the
    contract is ``other_job``. A forward she sends of a confirmation keeps its source and
    stage. The AWIN re-application after the rejection is a new application.

Usage
    python tests/corpus/heldout60.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Sofie Van den Broeck-Moreau <sofie.vdbm@mailbox.org>"
DATA_MODULES = (
    "heldout60_jobs",
    "heldout60_jobs_intl",
    "heldout60_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Sofie Van den Broeck-Moreau", "sofie.vdbm@mailbox.org")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

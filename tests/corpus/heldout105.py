"""Corpus 105: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Dr. Miriam Oertel, a biochemist looking for a
    post as wissenschaftliche Mitarbeiterin / Laborleitung, living in Leipzig-Plagwitz) from
    September 2025 to February 2026. She applies in Leipzig, Dresden, Halle, Jena and to
    industry in Saxony, German throughout (formal Sie from universities, institutes, a Land
    authority and a Klinikum, informal du from start-ups), a little English from international
    labs. Roughly 41 % of the inbox is job mail, 24 applications: interamt.de
    acknowledgements for a Landesamt and a Bundesinstitut, university job boards and
    Sekretariate with Kennziffern, academics.de, StepStone, Indeed, LinkedIn (sent, viewed) and
    XING; d.vinci, softgarden, rexx, SuccessFactors, Workday and Personio mail;
    Eingangsbestätigungen that say "sollten Sie nicht berücksichtigt werden"; Einladungen zum
    Auswahlgespräch / Vorstellungsgespräch with Outlook invitations, Probevorträge (MIBA, the
    MZU, an English "job talk" in Jena), a Probetag at a start-up; Absagen with neutral
    subjects ("Ihre Bewerbung", "Stellenausschreibung Kennziffer 214/25", "Ref. 25-19") and
    praise before the no, TV-L E13 and Befristung, "Besetzung der Stelle" as the subject of the
    Zusage; a Zusage and Arbeitsvertrag (accepted), a start-up offer declined, a confirmation forwarded ("WG:") from her old
    institute address, a Stelle
    "vorerst ausgesetzt" and a DFG-delayed procedure (on hold), a withdrawal and its
    acknowledgement, ghosted applications, two roles at the Lindenau-Universität and a
    re-application at the Klinikum Muldental. Employer naming: MIBA as "Mitteldeutsches
    Institut für Biomolekulare Analytik", "MIBA" and "An-Institut der Lindenau-Universität";
    the BIZI whose mail comes from the Gottfried-Kessel-Gesellschaft's SuccessFactors;
    "Klinikum Muldental" and "Klinikum Muldental GmbH"; Sorbitec Pharma Dresden through the
    Workday tenant of the Halvorsen Group; Optolyt Jena, a company of the Kessler Optical
    Group; Biovanta through its holding's HR; an agency (Proventus) pitching "einen
    Arzneimittelhersteller im Raum Dresden" that names the Arzneimittelwerk Elbtal later; a
    start-up founder writing from Gmail, another from gmx.de. Also job alerts (StepStone,
    Indeed, LinkedIn, academics.de, interamt, XING), a talent-community welcome, an
    incomplete-application nudge, LinkedIn InMail and agency outreach, an agency auto-reply,
    portal codes, a candidate survey and onboarding paperwork. The rest is an ordinary Leipzig inbox with
    look-alikes on purpose: WG-Bewerbungen and a WG-Casting, a Genossenschaft's flat
    "Bewerbung" and "Angebot", a sister's Kita-Anmeldung and Zusage, a Sparkasse Kredit
    "Antrag" and "Angebote", Stadtwerke, Bürgeramt and doctor appointments with calendar
    parts, Wohngeld, the Arbeitsagentur, the Volkshochschule (a course on
    Vorstellungsgespräche), newsletters and a podcast with "Interview", and friends' job news.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as the ``m()`` shorthand; spec keys are opaque
    numbers. People, employers and employer domains are invented; vendor sender domains are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (interamt, d.vinci, softgarden, rexx, SuccessFactors, StepStone, XING,
    academics.de) are ``other``; staffing-agency mail is ``agency`` with the client as
    ``company`` (null until the agency names it); a person writing from the employer's mailbox
    or from personal webmail on its behalf is ``direct``, and so is the candidate's own mail.
    ``company`` is the employer as a person would write it (MIBA, JIMW, LLUS, MZU and DIBG by
    the acronym the candidate uses, the Brandis-Institut (BIZI) not the Kessel-Gesellschaft,
    Sorbitec Pharma Dresden not the Halvorsen Group, Optolyt not the Kessler Optical Group,
    Klinikum Muldental however it is written). A Probevortrag or Probetag is an interview; a
    withdrawal (hers) and its acknowledgement are confirmation-like mail leaving the
    application ``withdrawn``; "ausgesetzt" and "ruht" are confirmation-like mail leaving it
    ``on_hold``; the Arbeitsvertrag after her Zusage leaves it ``accepted``, the founder's reply
    to her no ``declined``; IT onboarding, a portal code, a survey and an auto-reply are
    ``other_job``.

Usage
    python tests/corpus/heldout105.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Miriam Oertel <miriam.oertel@posteo.de>"
DATA_MODULES = (
    "heldout105_jobs",
    "heldout105_jobs_more",
    "heldout105_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Miriam Oertel", "miriam.oertel@posteo.de")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 58: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 295 messages of one job seeker ("me", Martina Sosa Ibarra, an accountant moving into
    FP&A / controlling, living in Buenos Aires) from September 2025 to February 2026. She
    applies in Buenos Aires, Córdoba, Santiago de Chile, Montevideo and remote (LatAm), mostly
    in Rioplatense and Chilean Spanish. Job mail is 42 % of the inbox; about a quarter of it is
    in English, from US companies hiring LatAm contractors (through Deel or Remote.com). 26
    applications: Bumeran, ZonaJobs, Computrabajo and Laborum confirmations and "vio tu CV"
    notices, GetOnBoard, LinkedIn Easy Apply, Indeed, Greenhouse, Lever, Workday,
    SmartRecruiters, Teamtailor, Recruitee, HiringRoom and Pandapé; psychotechnical tests
    (HiringRoom, Pandapé, Evaluar, Psicotest), a take-home model and a TestGorilla Excel test;
    interviews booked by Calendly, Teamtailor, Greenhouse and Outlook/Google invitations; a
    "propuesta" accepted by e-mail reply and followed by a "preocupacional" and onboarding
    paperwork; a US offer sent through DocuSign and declined; a founder's offer (from Gmail)
    declined; rejections with neutral subjects and praise before the no; confirmations that say
    "lamentablemente" or "en caso de no ser seleccionada"; two searches put on hold (one by a
    consultora's client, one by the employer), three withdrawals with their acknowledgements;
    ghosted applications. Employer naming on purpose: Lumbre Alimentos whose mail comes from its
    holding Grupo Albatros (sender and HiringRoom tenant); Cordillera Logística written as
    Servicios Logísticos Cordillera SpA and SLC; Agroindustrias Calchín S.A. / ACSA;
    Distribuidora Norte Grande S.R.L.; Mirasol Energía with a careers mailbox at mirasol.com.ar
    beside mirasolenergia.com.ar; Hunters del Plata Consultores pitching "una empresa líder de
    consumo masivo" that names Estancia Dorada later; Cuotify's co-founder writing from personal
    Gmail; two roles at Mirasol Energía; a re-application at Pampa Seguros after a rejection.
    Also job alerts (Bumeran, Computrabajo, ZonaJobs, Laborum, LinkedIn, Indeed, GetOnBoard,
    Workana), talent-community welcomes, incomplete-application nudges, agency and InMail
    outreach, a recruiter's auto-reply, a portal code, a candidate survey. The rest is an
    ordinary Buenos Aires inbox with look-alikes on purpose: ARCA (monotributo, Domicilio Fiscal
    Electrónico, alta laboral), a bank "solicitud de tarjeta", an apartment "solicitud de
    alquiler" with a caución guarantee, a posgrado admission with an "entrevista de admisión"
    invitation, Mercado Libre "ofertas", Rappi, newsletters and podcasts that "entrevistan" CFOs
    or write about hiring, non-interview calendar invitations, LinkedIn social notifications,
    friends and family talking about her search.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with small ``m()`` / ``N()`` shorthands of its own; spec keys are opaque numbers.
    People, employers and employer domains are invented; vendor sender domains are the vendors'
    real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Bumeran, ZonaJobs, Computrabajo, Laborum, GetOnBoard, Workana, HiringRoom,
    Pandapé, Evaluar, Calendly, Remote.com, an occupational-medicine centre) are ``other``;
    consultora mail is ``agency`` with the client as ``company`` (null until it names Estancia
    Dorada; its first pitch and the screening call it books are outreach); a person writing from
    the employer's mailbox or from personal webmail on its behalf is ``direct``. ``company`` is
    the brand she applied to (Lumbre Alimentos, not Grupo Albatros; Cordillera Logística however
    it is written). Psychotechnical tests, the take-home and the founder's forecast case are
    assessments; the preocupacional, onboarding paperwork, survey, portal code and auto-reply
    are ``other_job``; a withdrawal acknowledgement (or her own withdrawal mail) is
    confirmation-like mail leaving the application ``withdrawn``; "en pausa" / "pausado" is
    confirmation-like mail leaving it ``on_hold``; the recruiter's reply to her acceptance leaves
    the Mirasol application ``accepted``, the replies to declined offers ``declined``.

Usage
    python tests/corpus/heldout58.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Martina Sosa Ibarra <martina.sosaibarra@gmail.com>"
DATA_MODULES = (
    "heldout58_jobs",
    "heldout58_jobs_intl",
    "heldout58_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Martina Sosa Ibarra", "martina.sosaibarra@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 82: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Valentina Roa Quintero, a digital marketing /
    growth analyst living in Bogotá) from September 2025 to February 2026. She applies in
    Bogotá, Medellín and remote for US and Spanish companies. Most of it is Colombian Spanish
    (usted from most companies and the bank, tú from start-ups, "hoja de vida", "vacante",
    "proceso de selección", S.A.S. and Ltda.), Spain's Spanish from three Spanish
    employers, and English from US start-ups. Roughly 40 % of the inbox is job mail, 23
    applications: postulaciones through Computrabajo, elempleo, Magneto, Indeed, LinkedIn, Torre,
    Get on Board and a careers mailbox; Greenhouse, Lever, Ashby, SmartRecruiters and Workday at a
    bank; pruebas psicotécnicas, a caso práctico and a take-home; interviews with Teams (Outlook)
    and Meet (Google) invitations and a Calendly booking; rejections with neutral subjects
    ("Proceso de selección Alcaraván", "Resultado de su proceso", "Following up") and praise
    before the no; a confirmation that says "unfortunately"; a headhunter (Talento Ejecutivo
    Ltda.) writing for "una multinacional de consumo masivo" that later names Norvita, whose
    vacante is then "congelada"; a US start-up (Brightlane) whose co-founder first writes from
    Gmail and that hires through an employer-of-record (Deel): offer accepted, onboarding; the
    bank's offer declined with the recruiter's reply; a withdrawal from a start-up acknowledged;
    ghosted applications; two roles at one employer (Alcaraván). Employer naming: Tienda
    Alcaraván S.A.S. vs Alcaraván; Banco Cordillera, whose Workday tenant and sender is its group
    (Grupo Financiero Andino); ASPAC / Aseguradora del Pacífico S.A.; ILSA / Industrias Lumbre
    S.A. with a careers mailbox on another domain (trabajaconilsa.com); Albufera Viajes writing
    as Grupo Albufera; Mercaderes Unidos Ltda. (Merkaunido); Chigüiro Pagos S.A.S.; Qantu S.A.S.;
    an elempleo confirmation forwarded ("RV:") from an old university address. Also job alerts,
    an incomplete-application nudge, a talent-community welcome, agency and LinkedIn outreach, a
    recruiter's out-of-office reply, a Workday verification code and candidate surveys. The rest
    is an ordinary Bogotá inbox with look-alikes on purpose: an arriendo "solicitud" and its
    estudio, DocuSign for the lease, the DIAN (renta, RUT), bank "ofertas" and a "tarjeta
    preaprobada" "solicitud", a crédito "oferta", TuLlave/TransMilenio recharges, Rappi promos,
    a diplomado "solicitud de admisión", a US visa "entrevista consular", a dog-adoption
    "solicitud" with an "entrevista" and calendar invite, newsletters and podcasts with
    "entrevista", a building's "proceso de selección" of a night guard, and friends and family
    talking about their jobs, vacantes and ofertas.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. The first corpus's builder is reused,
    with ``heldout.dated_spec`` as each data module's ``m()`` (Bogotá is UTC-5 all year); spec
    keys are opaque numbers. People, employers and employer domains are invented; vendor sender
    domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Computrabajo, elempleo, Magneto, Torre, Get on Board, Calendly, Deel) are
    ``other``; headhunter and agency mail is ``agency`` with the client as ``company`` (null
    until the agency names it; its mail before it names Norvita, even "presenté tu hoja de vida
    al cliente", is outreach, since application mail needs an employer); a person writing from
    the employer's mailbox, its careers mailbox on another domain or from personal webmail on
    its behalf is ``direct``; a forwarded confirmation keeps the source of the mail it forwards.
    ``company`` is the employer as a person would write it (Alcaraván, Banco Cordillera,
    Norvita, ASPAC as Aseguradora del Pacífico, ILSA, Albufera Viajes, Brightlane), not the
    group, job board, ATS, agency or employer-of-record. Pruebas psicotécnicas, a caso práctico
    and a take-home are assessments; a Calendly booking is an interview; "vacante congelada" is
    confirmation-like mail leaving the application ``on_hold``; a withdrawal acknowledgement is
    confirmation-like mail leaving it ``withdrawn``; Deel's "You've accepted your offer" leaves
    Brightlane ``accepted``; the recruiter's reply to a declined offer leaves the bank's
    application ``declined``; onboarding, verification codes, surveys and auto-replies are
    ``other_job``. Mail from the new employer once she works there is ``not_job``.

Usage
    python tests/corpus/heldout82.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Valentina Roa Quintero <valentina.roaq@gmail.com>"
DATA_MODULES = (
    "heldout82_jobs",
    "heldout82_jobs_intl",
    "heldout82_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Valentina Roa Quintero", "valentina.roaq@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

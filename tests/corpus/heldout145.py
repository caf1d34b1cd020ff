"""Corpus 145: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 216 messages of one job seeker ("me", Agustina Belén Iturralde Ocampo, a contadora
    pública (UBA) working as semi-senior tax analyst at a mid-size audit firm in Buenos Aires,
    living in Villa Crespo and moving to Colegiales half-way) from September 2025 to February
    2026. She applies to tax, accounting and FP&A roles in CABA, zona norte (Vicente López,
    Olivos, Munro, Pilar) and remote for foreign companies, almost all in Argentine Spanish
    (voseo from start-ups, job boards and friends; usted from the bank, Taleo and the
    provincial body), a US company in English. Roughly 43 % of the inbox is job mail, 22
    applications: confirmations from Workday (a Big Four-like firm on a tenant "kaglobal", a
    maltería), SuccessFactors (a bank's holding careers site), Taleo and Oracle Recruiting
    (a consumer multinational), Lever and Greenhouse (two fintechs), SmartRecruiters,
    HiringRoom (a retail group's tenant), Bumeran, ZonaJobs, Computrabajo, LinkedIn, Indeed,
    Glassdoor and Get on Board; "tu CV fue visto" and the concurso's "listado de admitidos";
    tests (a Workday task, a psicotécnico by Evaluar, a TestGorilla Excel test, a HackerRank
    SQL test, a concurso's written exam); interviews by Teams, Meet and on site with Google
    invitations, one reprogramada through an updated invitation, one cancelada with a CANCEL
    invitation, a panel with the CFO; rejections with neutral subjects ("Novedades sobre tu
    postulación", "Proceso de selección", "Actualización sobre tu postulación") and praise
    before the no; a búsqueda congelada, a búsqueda en pausa and a concurso whose orden de
    mérito is suspended (on hold); an offer accepted by reply and signed through DocuSign,
    then onboarding; an offer from a US company hiring LatAm contractors through Deel,
    countered and declined; a withdrawal; ghosted applications; two roles at Kestler Abalos;
    a re-application at Banco Austral after a rejection; a consultora (Nexo Talento) that
    names its client, Laboratorios Gándara, only at the second interview.
    Employer naming on purpose: Banco Austral writes from Grupo Financiero Austral's careers
    site and mailbox; Supermercados La Posta only through Grupo Tehuelche's selección mailbox
    and HiringRoom tenant "gtehuelche"; KA / Kestler Abalos & Co. S.R.L. on Workday "kaglobal";
    Termoplast as Termoplásticos del Plata S.A.; Carcarañá Granos as Agroexportadora
    Carcarañá S.A.; Nordvik as Nordvik Consumer Goods Argentina S.R.L.; the OPCF by its
    acronym; a confirmation forwarded ("RV:") from her old Hotmail. Also job alerts (LinkedIn,
    Bumeran, ZonaJobs, Computrabajo, Indeed, Glassdoor, Get on Board, the CPCE's bolsa de
    trabajo, Workana projects), a talent-community welcome, an incomplete-application nudge,
    headhunter and in-house outreach, a recruiter's auto-reply, a candidate survey, a
    careers-site account verification and Workana (freelance, not applications). The rest is
    an ordinary Buenos Aires inbox with look-alikes: ARCA monotributo notices, Mercado Pago
    and Mercado Libre, a "préstamo preaprobado" twice, a "solicitud de tarjeta" approved, an
    alquiler found on Zonaprop with its solicitud, seguro de caución and a DocuSign lease,
    Coto / Carrefour / Frávega "ofertas", pay slips from her current employer's portal and
    her telegrama de renuncia, a posgrado admission with an "entrevista de admisión" invite,
    dentist and dermatology turnos and CPCE webinars with calendar parts, the neighbourhood
    club, newsletters that interview a CFO, and friends on gmail / hotmail.com.ar /
    yahoo.com.ar telling about their own jobs (hired, fired, not chosen, an offer in Mendoza).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout145_jobs.py with
    the time zone, label helpers and employer constants); spec keys are opaque tokens. People,
    employers and employer domains are invented; vendor sender domains are the vendors' real
    ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, Bumeran, ZonaJobs, Computrabajo, Glassdoor, Get on Board,
    HiringRoom, Workana, the CPCE, the OPCF's concursos mailbox, Evaluar, TestGorilla, Deel) are
    ``other``; Taleo is ``taleo`` and Oracle Recruiting ``oracle``; Nexo Talento is ``agency``
    with the client as ``company`` (its first approach, before she applies, is outreach with
    ``company`` null); a headhunter's InMail is ``linkedin`` outreach; a person writing from the
    employer's (or its group's) mailbox is ``direct``; an employer writing through Indeed's
    relay is ``indeed``; a forwarded confirmation keeps the source of the mail it forwards.
    ``company`` is the employer as a person would write it: Banco Austral (not Grupo
    Financiero Austral), Supermercados La Posta (not Grupo Tehuelche), Kestler Abalos (for KA),
    Termoplast, Carcarañá Granos, Nordvik, Organismo Provincial de Control Fiscal (for OPCF).
    "Tu CV fue visto" and the concurso's listado de admitidos are ``viewed``; the concurso's
    written exam is an ``assessment``; a frozen or paused search and the suspended orden de
    mérito are confirmation-like mail leaving the application ``on_hold``; the withdrawal
    acknowledgement is confirmation-like mail leaving it ``withdrawn``; the reply to the
    accepted offer and both DocuSign envelopes leave it ``accepted``; the counter-offer reply
    is ``offer`` and the reply to her refusal and Deel's cancelled contract leave it
    ``declined``; a cancelled or moved interview is interview mail; onboarding, the candidate
    survey, the auto-reply, the careers-site verification and Workana's "el cliente vio tu
    propuesta" are ``other_job``; the incomplete-application nudge and the talent community are
    ``alert``; Workana's payment, the pay slips, the resignation telegram, friends' and family's
    mail about jobs and LinkedIn's "felicita por su nuevo empleo" are ``not_job``.

Usage
    python tests/corpus/heldout145.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Agustina Belén Iturralde Ocampo <agustina.iturralde.o@gmail.com>"
DATA_MODULES = (
    "heldout145_jobs",
    "heldout145_jobs_more",
    "heldout145_inbox",
    "heldout145_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar(
    "Agustina Belén Iturralde Ocampo", "agustina.iturralde.o@gmail.com"
)

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

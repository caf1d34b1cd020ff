"""Corpus 155: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Florencia Techera Olivera, a licenciada en
    nutrición from the Universidad de la República who lives in Pocitos, Montevideo, works
    part-time at a mutualista and looks for a full-time post) from September 2025 to February
    2026: clinical nutrition in a hospital or mutualista, food-service / catering quality, the
    food industry (R&D, quality, regulatory labelling), a sports club and public posts. Mostly
    Rioplatense Spanish (usted from mutualistas, cooperatives and the state, voseo from small
    employers, a gym manager, a football club and friends), some English from a food
    multinational and Portuguese from a Brazilian company's Montevideo office. Roughly 43 % of
    the inbox is job mail, 23 applications: confirmations from the employers' own mailboxes,
    Workday, SmartRecruiters, Greenhouse, Gupy, LinkedIn, Indeed, Computrabajo, BuscoJobs,
    Gallito, the Escuela de Nutrición's bolsa de trabajo and Uruguay Concursa ("llamado N.º",
    "sorteo", "resultado de méritos", "lista de prelación"); LinkedIn and Computrabajo "viewed";
    an in-person evaluación psicolaboral, an Evaluar.com psicotécnico, a HireVue one-way video,
    a Gupy test, a written public exam and a menu-planning case study by mail; interviews with
    Google and Outlook invitations (one reprogramada, one cancelada), by Meet, Teams, Zoom, at a
    plant and at a football complex; rejections with neutral subjects ("Llamado", "Tu
    postulación", "Novedades del proceso", "Formativas", "Update from Nordvik Foods") and praise
    before the no, "el puesto ya fue cubierto", a suplencia covered internally, a list of
    prelación without a vacancy, a llamado declarado desierto; a search put on pause and a
    llamado suspendido (on hold); an offer accepted by reply (carné de salud, BPS alta, "la
    esperamos el lunes") with its onboarding, an offer declined by reply, a withdrawal from a
    gym's process, a re-application at the dairy cooperative after "el puesto ya fue cubierto",
    two roles at Sanatorio Miramar, ghosted applications.
    Employer naming on purpose: Fraternidad Salud signs as Asociación Sanitaria Fraternidad del
    Plata; Sanatorio Miramar's mail comes from its group's careers mailbox (Grupo Sanitario
    Costa); Lácteos Tala's processes are run by the Central Cooperativa Láctea's RRHH for the
    member plant (Cooperativa Agraria Lechera de Tala Ltda.); Supermercados Bahía's
    SmartRecruiters mail shows the legal name BAHIA COMERCIAL S.A. and the tenant slug
    BahiaComercialSA; Nordvik Foods' Workday tenant is "nvkgroup"; the state posts (Agencia
    Nacional de Inocuidad Alimentaria, Administración Nacional de Comedores Públicos) write
    through Uruguay Concursa and name the body by acronym (ANIA, ANCOP); a consultora (Talento
    Sur) writes for "una importante empresa del sector alimenticio" and names Granja Las Acacias
    at the client interview; a gym manager writes from Gmail under a neutral subject, a
    viandas business owner from Hotmail, a confirmation is forwarded ("RV:") from her work
    address. Also job alerts (Computrabajo, LinkedIn, Indeed, BuscoJobs, Uruguay Concursa, the
    bolsa, the professional association), a talent-community welcome, Workday and Gupy
    incomplete-application nudges, recruiter outreach (a headhunter with a confidential
    client, an ETT, two LinkedIn InMails), a recruiter's auto-reply, account codes and
    candidate surveys. The rest is an ordinary Montevideo inbox with look-alikes: a bank
    "solicitud de préstamo" that is "aprobada", a credit card "preaprobada" offer and its
    unfinished "solicitud", a rental "solicitud de garantía" approved and a flat viewing with
    an invitation, a posgrado "postulación" with an admission "entrevista" and "quedaste
    seleccionada", BPS, DGI and Caja de Profesionales, Tienda Inglesa / PedidosYa / Movistar /
    BSE "ofertas", doctor and dentist appointments and a work training with calendar parts, the
    nutritionists' association's webinar invitation, a multinational's academic webinar, a
    newsletter that interviews the head of nutrition of the mutualista she applies to, a
    newsletter that "interviews" a hospital cook, a fútbol 5 team's "inscripción", LinkedIn
    "felicitá a X por su nuevo puesto", and friends and family on Gmail, Hotmail and Adinet
    talking about their own jobs and interviews.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout155_jobs.py with the
    time zone, label and thread helpers); spec keys are opaque tokens. People, employers and
    employer domains are invented (.example); vendor sender domains (Workday, SmartRecruiters,
    Greenhouse, Gupy, HireVue, Evaluar.com, LinkedIn, Indeed, Computrabajo, BuscoJobs, Gallito,
    Uruguay Concursa, the Escuela de Nutrición) are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Computrabajo, BuscoJobs, Gallito, Uruguay Concursa, the Escuela de Nutrición's
    bolsa, Gupy, Evaluar.com, the professional association's job list) are ``other``; the
    consultora, the headhunter and the ETT are ``agency`` with the client as ``company`` (null
    while not named, which for an application means the client all along); a person writing
    from the employer's mailbox or from personal webmail on its behalf, and the employer's own
    careers mailbox or llamados system, are ``direct``; the forwarded confirmation keeps the
    source of the mail it forwards. ``company`` is the employer as a person would write it:
    Fraternidad Salud (not the Asociación), Sanatorio Miramar (not Grupo Sanitario Costa),
    Lácteos Tala (not the Central Cooperativa Láctea), Supermercados Bahía (not Bahía Comercial
    S.A.), Granja Las Acacias, the state bodies by full name. The Uruguay Concursa and
    Intendencia "resultó sorteada" notices and Computrabajo / LinkedIn "viewed" mail are
    ``viewed``; the convocation to the written exam, the psicotécnicos, the HireVue video and
    the menu-planning case are ``assessment``; Uruguay Concursa's "pasa a la etapa de
    entrevista" is an interview; the list of prelación without a vacancy and the llamado
    declarado desierto are rejections; a paused search and a suspended llamado are
    confirmation-like mail leaving the application ``on_hold``; the gym manager's answer to her
    withdrawal leaves it ``withdrawn``; the replies to the accepted and the declined offer are
    offer mail leaving it ``accepted`` / ``declined``; onboarding, surveys, account codes and the
    auto-reply are ``other_job``; incomplete-application nudges, the talent community and the
    association's job list are ``alert``. Mail from the new employer after starting (a system
    account) and from her current part-time employer (shifts, payslips, a training) is
    ``not_job``, as are friends' mails about her offer.

Usage
    python tests/corpus/heldout155.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Florencia Techera Olivera <ftecheraolivera@gmail.com>"
DATA_MODULES = (
    "heldout155_jobs",
    "heldout155_jobs_more",
    "heldout155_inbox",
    "heldout155_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Florencia Techera Olivera", "ftecheraolivera@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 161: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 210 messages of one job seeker ("me", Inês Carvalhal Sousa Marques, an environmental
    engineer with six years in water and wastewater treatment, licensing and environmental
    impact studies, living in Porto) from September 2025 to February 2026. She looks for a post
    in a water utility, an environmental consultancy, industry (HSE / sustainability) or local
    government. Mostly European Portuguese (formal "Exma. Senhora" / "V. Exa." from public
    bodies and HR, "tu"-free but warm from start-ups and small firms), English from
    multinationals and Spanish from a Galician company. Roughly 40 % of the inbox is job mail,
    22 applications: a municipal water company's recruitment procedure (Ref.ª A/12/2025: list of
    admitted and excluded candidates, prova de conhecimentos, entrevista profissional de seleção
    with an Outlook invitation, a final proposal accepted by reply, onboarding with a medical
    exam invitation); a Câmara Municipal's procedimento concursal applied for through the BEP,
    with a provisional exclusion (audiência dos interessados), a convocatória and a suspension
    (on hold); a cement plant answered from its group's careers mailbox, with two roles (the
    technician rejected, "a vaga já foi preenchida", the coordinator offered and declined for
    salary and travel); a small consultancy whose partner writes two-line mails from Gmail; a
    paper-pulp multinational on SuccessFactors (brand Alvura, legal name Celuloses Atlânticas)
    with an SHL assessment, a rejection and a re-application months later; an automotive plant
    on a Workday tenant named after its holding (hbpholding) with an interview cancelled by the
    employer; a sustainability start-up on Teamtailor with a case study and a rescheduled final
    round; a Galician fish processor writing in Spanish; a headhunter who names the client only
    after she agrees; a LinkedIn recruiter, then LinkedIn Easy Apply and "viewed"; Indeed, SAPO
    Emprego (a confirmation forwarded from her old SAPO mailbox), Landing.jobs, Net-Empregos
    (one ad with the employer hidden), a TestGorilla test, a HireVue video interview,
    Greenhouse and SmartRecruiters; an IEFP apresentação to an employer that then interviews
    her; two unsolicited applications (one "no vacancies"); two withdrawals after she accepts
    the offer (desistência); ghosted ones. Also job alerts (Net-Empregos, SAPO Emprego, LinkedIn,
    Indeed, BEP, Landing.jobs), a talent-community welcome, an incomplete-application nudge,
    recruiter, headhunter and temp-agency outreach, a careers-site account activation, IEFP
    convocatórias, a recruiter's auto-reply and a candidate survey. The rest is an ordinary
    Porto inbox with look-alikes: a flat-rental "candidatura" approved and signed through
    DocuSign, a Porta 65 Jovem candidatura, a crédito habitação simulation and "proposta", a
    credit-card request, a pós-graduação candidatura with a selection "entrevista" and its
    invitation, Continente / Pingo Doce / Worten "promoções" and "ofertas", a doctor's
    appointment and a webinar with calendar parts, her rowing club's convocatória for its
    general assembly, the Ordem dos Engenheiros newsletter's "Entrevista a ...", newspapers,
    bills, Finanças and Segurança Social notices, and friends and family on Gmail, SAPO and
    Hotmail talking about their own jobs and interviews.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout161_jobs.py with the
    time zone, label helpers and employer names); spec keys are opaque tokens. People, employers
    and employer domains are invented; vendor sender domains (ATS, job boards, assessment
    vendors, DocuSign, LinkedIn, Indeed, the BEP and the IEFP) are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, Net-Empregos, SAPO Emprego, Landing.jobs, the BEP, the IEFP, SHL,
    TestGorilla) are ``other``; headhunter and temp-agency mail is ``agency`` with the client as
    ``company`` (null until named); a person writing from the employer's mailbox, its group's
    careers mailbox or personal webmail on its behalf is ``direct``; the forwarded SAPO Emprego
    confirmation keeps ``other``. ``company`` is the employer as a person would write it:
    Cimentos do Vouga (not Granitus Group), Alvura (not Celuloses Atlânticas), Brava Components
    (not HBP Holding), Águas da Ribeira Alta (for ARA), Câmara Municipal de Ribadouro (for
    Município de Ribadouro), Hydrale (for Hydrale Portugal – Serviços de Água); for unsolicited
    applications the role is "Engenheira do Ambiente (candidatura espontânea)". The lists of
    admitted candidates, the provisional exclusion open to audiência dos interessados, LinkedIn
    "vista" and "a sua candidatura foi analisada" / "em análise" are ``viewed``; a written
    prova de conhecimentos is an ``assessment``; an interview cancellation or reschedule is
    interview mail; the suspended procedure is confirmation-like mail leaving the application
    ``on_hold``; a withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; the employer's reply to her acceptance is offer mail leaving it ``accepted``
    and its reply to her refusal offer mail leaving it ``declined``; onboarding, the account
    activation, the auto-reply, the candidate survey and IEFP convocatórias and apresentações
    (which are not applications themselves) are ``other_job``; an incomplete-application nudge
    and a talent-community welcome are ``alert``.

Usage
    python tests/corpus/heldout161.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Inês Carvalhal Sousa Marques <ines.carvalhal.marques@gmail.com>"
DATA_MODULES = (
    "heldout161_jobs",
    "heldout161_jobs_more",
    "heldout161_inbox",
    "heldout161_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar(
    "Inês Carvalhal Sousa Marques", "ines.carvalhal.marques@gmail.com"
)

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

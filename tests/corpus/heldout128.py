"""Corpus 128: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Priscila Albuquerque Cavalcanti, an ICU nurse
    in Recife with a pós in healthcare auditing who sits on her hospital's patient-safety
    committee) from September 2025 to February 2026, moving towards hospital quality management
    and health-tech. Brazilian Portuguese (você; "currículo", "processo seletivo", "dinâmica de
    grupo", "entrevista com a gestora", "proposta", "exame admissional", "admissão"), some English
    from a multinational health-tech, a US medical-device maker and a London headhunter. About
    44 % of the inbox is job mail, 23 applications: confirmations from Gupy (two tenants whose
    slugs are not the brand), Catho, VAGAS.com, InfoJobs, Indeed, LinkedIn, Kenoby, Sólides,
    Pandapé, Lever, Workday and Greenhouse, a hospital network's own careers portal and a
    state health foundation's seleção pública simplificada (comprovante de inscrição, a
    retificação of the edital, resultado preliminar, convocação para entrevista, resultado final
    and convocação); "currículo visualizado" / "CV lido" / "em análise" states; assessments (Gupy
    tests, a Sólides Profiler, a Greenhouse take-home in English, a start-up's practical case, a
    consultancy's case study); interviews (a dinâmica de grupo, an entrevista com a gestora moved
    to another day, Teams and Google Meet, Outlook and Google invitations, a Google Calendar
    cancellation and its new slot, a consultancy's client interviews, an owner's invitation to
    his clinic); rejections with neutral subjects and praise before the no; a vacancy frozen
    for the 2026 budget (on hold); an offer accepted by reply and signed through DocuSign, with
    exame admissional and admission mail after it; an offer from a clinic owner declined; the
    foundation's convocação declined by "reclassificação para o final da lista"; two withdrawals
    (one acknowledged by the employer, one by Gupy); ghosted applications; a re-application to
    the same hospital after its rejection, and two roles at one hospital.
    Employer naming on purpose: the Rede Vitalis network's portal and recruiters write for
    Hospital Vitalis Boa Viagem (and a recruiter approaches her for Hospital Vitalis Olinda);
    Hospital Santa Aurora's Gupy mail is signed by its razão social Aurora Serviços Hospitalares
    Ltda.; the foundation is known as FUSAPE; Laboratório Cedro posts as Cedro Medicina
    Diagnóstica; a consultancy (Talentos Nordeste) writes for "um hospital de grande porte na Zona
    Norte" and names Hospital Memorial Encruzilhada only after a call; a pulmonologist writes
    from Gmail and names his clinic only in a quoted message and his signature; Medvantis'
    occupational-health clinic writes to MEDVANTIS BRASIL TECNOLOGIA EM SAUDE LTDA. Also job
    alerts (LinkedIn, Indeed, Catho, VAGAS.com, InfoJobs, Gupy), a talent bank and a talent
    community welcome, an incomplete-application nudge, agency, LinkedIn and employer outreach,
    a Gupy access code, a candidate survey and a recruiter's auto-reply. The rest is an ordinary
    Recife inbox with look-alikes: Neoenergia Pernambuco (ex-Celpe) bills and a solicitação de
    troca de titularidade, Nubank (a limit "solicitação" refused) and a cartão de crédito
    "solicitação" approved, Receita Federal and Coren-PE, an aluguel proposal refused and another
    accepted through an imobiliária (visit invite, contract through DocuSign), a pós-graduação
    admission with "entrevista", "aprovada" and matrícula, church and family mail, a sister and
    a friend celebrating their own new jobs, pharmacy "ofertas", a dentist with calendar invites
    and a reschedule, a webinar invite, a congress ticket, newsletters that interview people or
    talk about hospital hiring, mail from her current hospital (schedules, training, the
    demissão after she resigns) and friends talking about their jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout128_jobs.py with the
    time zone, label helpers and employer constants); spec keys are opaque tokens. Outlook-style
    invitations carry Recife's own VTIMEZONE (SA Eastern Standard Time, UTC-3, no daylight
    saving). People, employers and employer domains are invented; vendor sender domains are
    the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Gupy, Catho, VAGAS.com, InfoJobs, Kenoby, Sólides, Pandapé, the occupational
    clinic) are ``other``; the Rede Vitalis careers portal and the FUSAPE selection system are
    the employers' own systems on their own domains and are ``direct``, as are recruiters and
    owners writing from the employer's mailbox or from personal webmail; Indeed's relayed
    employer messages are ``indeed``; a Google Calendar notice sent for a recruiter is
    ``direct``; the consultancy and the headhunter are ``agency`` with the client as
    ``company`` (null until named). ``company`` is the employer as a person would write it:
    Hospital Santa Aurora (not Aurora Serviços Hospitalares Ltda.), Hospital Vitalis Boa Viagem
    (not Rede Vitalis, except for the network-wide talent bank), FUSAPE, Laboratório Cedro,
    Medvantis. The foundation's resultado preliminar (classificada) and board "currículo
    visualizado" notices are ``viewed``; its resultado final with convocação is the ``offer``
    and the deferred reclassificação leaves it ``declined``; the owner's reply to her "no"
    leaves his offer ``declined``; the recruiter's reply to her "yes" and both DocuSign
    envelopes leave Medvantis ``accepted``; the frozen vacancy is confirmation-like mail
    leaving it ``on_hold``; withdrawal acknowledgements are confirmation-like mail leaving it
    ``withdrawn``; a take-home after an interview leaves the application ``interviewing``
    (mail moves status forward only); the exame admissional and admission mail, the retificação of the edital, the
    survey, the access code and the auto-reply are ``other_job``; the incomplete-application
    nudge and the talent bank / community welcomes are ``alert``. Mail from her current
    hospital (including the demissão and exame demissional) is ``not_job``.

Usage
    python tests/corpus/heldout128.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

NAME, ADDR = "Priscila Albuquerque Cavalcanti", "pri.albuquerque.cavalcanti@gmail.com"
ME = f"{NAME} <{ADDR}>"
DATA_MODULES = (
    "heldout128_jobs",
    "heldout128_jobs_more",
    "heldout128_inbox",
    "heldout128_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"

_VTIMEZONE_RECIFE = [
    "BEGIN:VTIMEZONE",
    "TZID:SA Eastern Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:-0300",
    "TZOFFSETTO:-0300",
    "END:STANDARD",
    "END:VTIMEZONE",
]
_attendee_calendar = H.attendee_calendar(NAME, ADDR)


def _recife_calendar(ev: dict[str, Any], sent: datetime) -> str:
    """The first corpus's invitation with this corpus's candidate; Outlook-style ones get
    Recife's time zone instead of the Berlin one (their local times are already Recife's)."""
    text = _attendee_calendar(ev, sent)
    if ev.get("style", "google") != "outlook":
        return text
    lines: list[str] = []
    skipping = False
    for line in text.replace("\r\n ", "").split("\r\n"):
        if line == "BEGIN:VTIMEZONE":
            lines += _VTIMEZONE_RECIFE
            skipping = True
        elif skipping:
            skipping = line != "END:VTIMEZONE"
        elif line:
            lines.append(line.replace("W. Europe Standard Time", "SA Eastern Standard Time"))
    folded = [part for line in lines for part in H._fold(line)]
    return "\r\n".join(folded) + "\r\n"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = _recife_calendar

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

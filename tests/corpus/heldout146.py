"""Corpus 146: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Thaís Schneider Farias, a pedagoga with six
    years as a teacher in private schools who moves into instructional design and corporate
    education, living in Porto Alegre, bairro Menino Deus) from September 2025 to February
    2026. She applies in Brazilian Portuguese to roles in Porto Alegre, Caxias do Sul,
    Florianópolis and remote: designer instrucional, analista de T&D, educação corporativa,
    EdTech. Roughly 43 % of the inbox is job mail, 23 applications: confirmations from Gupy,
    Kenoby, Solides, Pandapé, SuccessFactors, Greenhouse and Workable (invented tenants whose
    slugs are not always the brand), LinkedIn, Indeed, Vagas.com, Catho, InfoJobs and Trampos;
    "viewed" notices (LinkedIn, Indeed, Pandapé, Catho, InfoJobs "CV lido", an "inscrição
    homologada"); testes de perfil and de lógica, a one-way video step, a Solides Profiler, an
    online case on LNT and a desafio prático (design of a short course); a dinâmica de grupo
    and interviews with Outlook and Google invitations (one remarcada, one cancelada), a prova
    didática; rejections under neutral subjects ("Atualização sobre o processo seletivo",
    "Retorno da sua candidatura", "Sua candidatura na Aulaz", "FESQ-RS - Resultado
    preliminar") with praise before the no; a hospital's vacancy congelada (on hold); a carta
    proposta accepted by reply, then exame admissional, Gupy Admissão documents and an
    integração invite; a university's convocação para contratação declined by reply; a
    withdrawal through Gupy; ghosted applications; a re-application at the same retailer after
    a rejection and two roles at one EdTech.
    Employer naming on purpose: Sulcredi Raízes (one cooperative) hiring through the Central
    Sulcredi Sul's recruiting mailbox and a Gupy tenant called "Sistema Sulcredi", with the
    UniSulcredi (universidade corporativa) in signatures; Vinhedo Autopeças' plant answered by
    the holding, Grupo Vinhedo, on SuccessFactors (tenant "gvinhedoP"); Saberia on a Kenoby
    tenant "sbr-tecnologia" (SBR Tecnologia Educacional Ltda.); Lojas Pampeiro on Gupy tenant
    "grupopmp" (PMP Comércio de Vestuário S.A.); the Hospital Jardim Botânico as its legal
    name on Vagas.com and as "HJB" in mail; the Universidade Comunitária da Serra as
    "UCSerra"; a processo seletivo público of the Fundação Estadual de Qualificação do
    Servidor (FESQ-RS) run by the banca Fundatec (inscrição, deferida, local de prova,
    resultado preliminar); an RH consultoria (Talentos do Sul) naming its client, Serra Alta
    Alimentos, only at the interview; a start-up founder writing from Gmail; a referral's
    hiring manager; a confirmation forwarded from her school address. Also job alerts
    (LinkedIn, Indeed, Catho, Vagas.com, InfoJobs, Trampos), an incomplete-application nudge,
    a talent-pool invitation, recruiter, headhunter and Gupy "convite" outreach, portal codes,
    candidate surveys, an out-of-office reply and a gabarito notice. The rest is an ordinary
    Porto Alegre inbox with look-alikes: Nubank and Inter ("cartão pré-aprovado", "proposta de
    empréstimo aprovada", a boleto receipt paid to Fundatec), "empréstimo consignado" spam,
    Receita Federal, gov.br and the Carteira de Trabalho Digital, a QuintoAndar rental
    ("cadastro aprovado", visit and vistoria invitations), her niece's school (rematrícula,
    matrícula, an "entrevista de acolhimento" with its invite), the school where she teaches
    (reunião pedagógica invite), Zaffari, Renner and Farmácias Vitalle "ofertas", a
    scholarship "processo seletivo" for a pós, a volunteer "inscrição", a webinar and doctor,
    dentist and therapist invitations (one "remarcada"), Sócio Colorado, newsletters that
    interview a "diretora de aprendizagem" or talk about hiring, LinkedIn congratulating a
    contact on a new job, and friends on gmail / hotmail / terra / bol talking about their own
    jobs ("passei na dinâmica", a resignation, an internal promotion).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout146_jobs.py with
    the time zone and label helpers); spec keys are opaque tokens. Outlook invitations carry a
    Brasília VTIMEZONE (see ``_calendar`` below). People, employers and employer domains are
    invented; vendor sender domains (ATS, job boards, the banca, banks, shops) are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Gupy and Gupy Admissão, Kenoby, Solides, Pandapé, SuccessFactors, Vagas.com,
    Catho, InfoJobs, Trampos, Fundatec) are ``other``; consultora and headhunter mail is
    ``agency`` with the client as ``company`` (null until named, and the messages before the
    client is named are ``outreach``); a person writing from the employer's mailbox or from
    personal webmail on its behalf is ``direct`` (the Central Sulcredi Sul's recruiters write
    for Sulcredi Raízes); a forwarded confirmation keeps the source of the mail it forwards;
    a message through Indeed's relay (indeedemail.com) is ``indeed``. ``company`` is the
    employer as a person would write it: Sulcredi Raízes (not the Central, the Sistema or the
    UniSulcredi), Vinhedo Autopeças (not Grupo Vinhedo), Saberia, Lojas Pampeiro, Hospital
    Jardim Botânico, Universidade Comunitária da Serra, Fundação Estadual de Qualificação do
    Servidor (not Fundatec), Max Atacado. An "inscrição homologada / deferida" and the boards'
    "visualizado / CV lido" notices are ``viewed``; the Fundatec local-de-prova notice is an
    ``assessment``; the prova didática and a dinâmica de grupo are interviews; a frozen
    vacancy is confirmation-like mail leaving the application ``on_hold``; the Gupy withdrawal
    notice is confirmation-like mail leaving it ``withdrawn``; the recruiter's answer to the
    accepted carta proposta leaves it ``accepted`` and the university's answer to the
    declined convocação leaves it ``declined`` (both ``offer`` mail); exame admissional,
    admissão documents, the integração invite, surveys, portal codes, the gabarito notice and
    an auto-reply are ``other_job``; an incomplete-application nudge and a talent-pool
    invitation are ``alert``s. Mail from the new employer after she started (a UniSulcredi
    learning path), the cooperative's bank-account welcome and the Carteira de Trabalho
    Digital notice are ``not_job``.

Usage
    python tests/corpus/heldout146.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Thaís Schneider Farias <thais.sfarias@gmail.com>"
DATA_MODULES = (
    "heldout146_jobs",
    "heldout146_jobs_more",
    "heldout146_inbox",
    "heldout146_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"

_VTIMEZONE_BRASILIA = [
    "BEGIN:VTIMEZONE",
    "TZID:E. South America Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:-0300",
    "TZOFFSETTO:-0300",
    "END:STANDARD",
    "END:VTIMEZONE",
]

_attendee = H.attendee_calendar("Thaís Schneider Farias", "thais.sfarias@gmail.com")


def _calendar(ev: dict[str, Any], sent: datetime) -> str:
    """The first corpus's invitation with this corpus's candidate; Outlook invitations name
    Brasília's Windows time zone (their local times already are Brasília's)."""
    text = _attendee(ev, sent)
    if ev.get("style", "google") != "outlook":
        return text
    lines = text.replace("\r\n ", "").split("\r\n")
    start = lines.index("BEGIN:VTIMEZONE")
    end = lines.index("END:VTIMEZONE")
    lines[start : end + 1] = _VTIMEZONE_BRASILIA
    lines = [
        line.replace("W. Europe Standard Time", "E. South America Standard Time") for line in lines
    ]
    folded = [part for line in lines if line for part in H._fold(line)]
    return "\r\n".join(folded) + "\r\n"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = _calendar

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

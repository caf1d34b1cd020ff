"""Corpus 156: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Gustavo Henrique Borba Lemes, an engenheiro
    agrônomo registered with the CREA-GO who works as an RTV, representante técnico de vendas,
    for an agrochemical distributor in Rio Verde, Goiás) from September 2025 to February 2026.
    He wants to move to the industry side: crop protection and seed companies, a grain trader,
    a cooperative, a sugar-and-ethanol mill, precision agriculture and agtech, a farm group, or
    a research institute's concurso público, in Goiás, Mato Grosso and Paraná. Mostly Brazilian
    Portuguese, English from a multinational crop-science company's Workday tenant, HireVue and
    a seed company's SuccessFactors, Spanish from an Argentine agtech start-up. Roughly 44 % of
    the inbox is job mail, 22 applications: confirmations from Workday, SuccessFactors, Gupy
    (several tenants whose slug is not the brand), Sólides, Taleo, Catho, VAGAS.com.br,
    InfoJobs, Indeed, LinkedIn and an agro job board; "currículo visualizado" states; a HireVue
    one-way interview, Gupy tests, a technical case by e-mail, the concurso's inscrição,
    homologação, convocação para a prova, resultado preliminar, recurso and resultado final;
    interviews by Teams and Google Meet with Outlook and Google invitations (one remarcada,
    one cancelada, one field visit, a farm visit arranged by a farmer writing from Gmail in
    WhatsApp style); rejections with neutral subjects ("Processo seletivo", "Atualização sobre
    sua candidatura", "Retorno", "Obrigada, Gustavo!") and praise before the no, "a vaga foi
    preenchida", "banco de talentos"; a process frozen (on hold); an offer accepted (proposta,
    DocuSign carta proposta, exame admissional, CTPS digital, carro da empresa) and one
    declined (mudança para o Mato Grosso); a withdrawal in Spanish; ghosted applications; a
    re-application at the seed company after a rejection and two roles at the grain trader.
    Employer naming on purpose: Veridia's Workday tenant "veridiaag" and its legal name Veridia
    Agro do Brasil Ltda.; the cooperative as Cooperativa Agroindustrial dos Produtores do Oeste
    on the job board, Coproeste in its central's mail, writing for its Unidade Mineiros; the
    Usina Santa Helena written for by Grupo Buriti Bioenergia's talent mailbox; Graneza on the
    Gupy tenant "granezacarreiras"; a confirmation forwarded from his work address; a
    headhunter (Raiz Executive Search) and an agro consultancy (Semear) naming the client late.
    Also job alerts (LinkedIn, Indeed, Catho, VAGAS, the board, an alumni list, a concursos
    newsletter), a talent-community welcome, incomplete-application nudges, recruiter outreach,
    a recruiter's auto-reply and a candidate survey. The rest is an ordinary Rio Verde inbox
    with look-alikes: a crédito rural "proposta" and a card "proposta aprovada" from a credit
    cooperative, an apartment "ficha cadastral" and its DocuSign lease, an MBA "inscrição" with
    an admissions "entrevista" invite, Receita Federal / e-CAC, the CREA-GO annuity, Agrishow
    accreditation and a webinar with calendar parts, vet and doctor appointments with
    calendar parts, marketing "ofertas", a newsletter "Entrevista com o diretor agrícola" of a
    mill he applied to, a pelada group, producers writing about their crops, and family and
    friends talking about their own jobs, interviews and concursos.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout156_jobs.py with the
    time zone and label helpers; farmers and firms in Mato Grosso and some vendor servers write
    their own offsets); Outlook invitations carry Brasília's time zone. Spec keys are opaque
    tokens. People, employers and employer domains are invented; vendor sender domains are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, Gupy, Sólides, Catho, VAGAS.com.br, InfoJobs, the agro job
    board, the concurso's organiser, the alumni list, a concursos newsletter) are ``other``;
    headhunter and consultancy mail is ``agency`` with the client as ``company`` (null while
    the agency has not named it, which only happens in outreach); a person writing from the
    employer's mailbox or from personal webmail on its behalf is ``direct``; a forwarded
    confirmation keeps the source of the mail it forwards. ``company`` is the employer as a
    person would write it: Veridia Crop Science, Coproeste (not the Cooperativa's legal name),
    Usina Santa Helena (not Grupo Buriti), Graneza, IPAC for the institute holding the
    concurso. Concurso mail: the inscrição is a confirmation, the homologação ``viewed``, the
    convocação and the preliminary result ``assessment``, the recurso's receipt and the fee
    payment ``other_job``, the final result a rejection. "Currículo visualizado" is
    ``viewed``; a frozen process is confirmation-like mail leaving the application
    ``on_hold``; a withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; the reply to the accepted offer and DocuSign's "Completed" leave it
    ``accepted``; the farmer's answer to the declined offer is offer mail leaving it
    ``declined``; a farm or field visit is an interview; an interview cancellation is
    interview mail; a HireVue one-way interview is an assessment; the headhunter's screening
    call before naming the client is outreach; admission paperwork, the company car, account
    mail, surveys and an auto-reply are ``other_job``; incomplete-application nudges and
    talent-community mail are alerts. Mail from the new employer after he started is
    ``not_job``.

Usage
    python tests/corpus/heldout156.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Gustavo Henrique Borba Lemes <gustavo.hblemes@gmail.com>"
DATA_MODULES = (
    "heldout156_jobs",
    "heldout156_jobs_more",
    "heldout156_inbox",
    "heldout156_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"

# Outlook writes Brasília's zone (no daylight saving since 2019), not the first corpus's Berlin.
_VTIMEZONE_BRASILIA = [
    "BEGIN:VTIMEZONE",
    "TZID:E. South America Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:-0300",
    "TZOFFSETTO:-0300",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:-0300",
    "TZOFFSETTO:-0300",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]
_attendee = H.attendee_calendar("Gustavo Henrique Borba Lemes", "gustavo.hblemes@gmail.com")


def _calendar(ev: dict[str, Any], sent: datetime) -> str:
    """The first corpus's invitation with this corpus's candidate, in Brasília's time zone."""
    text = _attendee(ev, sent)
    if "W. Europe Standard Time" not in text:
        return text
    out: list[str] = []
    skipping = False
    for line in text.replace("\r\n ", "").split("\r\n"):
        if line == "BEGIN:VTIMEZONE":
            out += _VTIMEZONE_BRASILIA
            skipping = True
        elif skipping:
            skipping = line != "END:VTIMEZONE"
        elif line:
            out.append(line.replace("W. Europe Standard Time", "E. South America Standard Time"))
    return "\r\n".join(part for line in out for part in H._fold(line)) + "\r\n"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = _calendar

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

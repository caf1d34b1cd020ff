"""Corpus 96: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 210 messages of one job seeker ("me", Rafaela Tonetti Borges, a supply-chain and
    logistics analyst (planejamento de demanda, PCP, estoques, SAP MM, transportes) living in
    Curitiba) from August 2025 to January 2026. She applies in Curitiba and its metro area
    (São José dos Pinhais, Araucária), São Paulo, Joinville, Itajaí, Ponta Grossa and remote,
    almost all in Brazilian Portuguese, some English from multinationals. Roughly 40 % of the
    inbox is job mail, 22 applications: Gupy tenants whose slug is not the brand (Ferronorte
    Carreiras, MLV Participações, Casa Pinhão, Sabor da Serra's holding) with "Você avançou
    para a etapa ..." stage mail, teste de perfil, a case prático, a dinâmica de grupo, entrevista
    com RH and entrevista com o gestor (Teams and Meet invitations, a Calendly booking), Vagas.com,
    Catho (sent and "visualizou seu currículo"), InfoJobs, Sólides, Kenoby, LinkedIn Easy Apply,
    Indeed, Greenhouse, Workday, Lever, Ashby, SmartRecruiters and SuccessFactors; rejections
    with neutral subjects ("Atualização sobre o processo", "Retorno da sua candidatura") and
    praise before the no, confirmations that warn "caso você não seja selecionado(a)"; a
    consultoria de RH writing
    for "uma multinacional do setor automotivo" that it then names (Kessler Automotive), whose
    carta proposta is accepted and followed by admission documents and the exame admissional;
    a proposta declined (Mercadão Leve, mail from MLV Participações S.A.); a withdrawal and its
    acknowledgement; a vaga congelada (on hold); a transport company's owner writing short
    WhatsApp-style mail from Gmail; a confirmation forwarded ("ENC:") from the old work
    address; two roles at Casa Pinhão and a re-application at Ferronorte after a rejection;
    ghosted applications. Employer naming: Ltda., S.A., S/A, Eireli, a brand vs its holding
    (Sabor da Serra / Grupo Serrano Alimentos S.A.; Mercadão Leve / MLV), a second agency
    naming its Joinville retail client late. Also job alerts (LinkedIn, Indeed, Catho,
    Vagas.com, Gupy), a banco de talentos welcome, an incomplete-application nudge, recruiter
    outreach (LinkedIn InMail, agency), a recruiter's auto-reply, a candidate survey and a
    Gupy access code. The rest is an ordinary Curitiba inbox with look-alikes on purpose: a car
    financiamento and a credit card "proposta aprovada", condomínio boletos and assembleia,
    Serasa, Receita Federal (restituição do IRPF), Detran-PR, a gym, newsletters with
    "entrevista", a podcast interviewing a recruiter, a pós-graduação (MBA) application with
    its own "processo seletivo" and "entrevista de seleção", a rental ficha cadastral turned
    down, a volunteer "inscrição", a meetup invite, deliveries and friends talking about their
    new jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused; the data modules' ``m()`` is ``functools.partial(heldout.dated_spec, zone)`` with
    Brasília time (-0300, no daylight saving); spec keys are opaque numbers. People, employers
    and employer domains are invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Gupy, Vagas.com, Catho, InfoJobs, Sólides, Kenoby, SuccessFactors, Calendly)
    are ``other``; consultoria de RH mail is ``agency`` with the client as ``company`` (null
    until the consultoria names it); a person writing from the employer's mailbox or from
    personal webmail on its behalf is ``direct``; a forwarded confirmation keeps the source of
    the mail it forwards. ``company`` is the employer as a person would write it (Ferronorte,
    Mercadão Leve, Sabor da Serra, Kessler Automotive, Têxtil Babitonga, never the Gupy tenant
    or holding). "Você avançou para a etapa Teste de Perfil" and a case prático are assessments,
    a dinâmica de grupo an interview; a "vaga congelada" is confirmation-like mail leaving the
    application ``on_hold``; a withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; the consultoria's reply to the accepted carta proposta leaves it
    ``accepted``, the reply to a declined proposta ``declined``; admission documents and the
    exame admissional, surveys, access codes and auto-replies are ``other_job``.

Usage
    python tests/corpus/heldout96.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Rafaela Tonetti Borges <rafa.tonetti@gmail.com>"
DATA_MODULES = (
    "heldout96_jobs",
    "heldout96_jobs2",
    "heldout96_inbox",
    "heldout96_inbox2",
)
FIRST, LAST = "2025-08-01", "2026-02-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Rafaela Tonetti Borges", "rafa.tonetti@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

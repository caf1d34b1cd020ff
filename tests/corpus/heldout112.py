"""Corpus 112: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 215 messages of one job seeker ("me", Joaquim Ndala, a contabilista / analista
    financeiro living in Luanda, Talatona) from September 2025 to February 2026. He applies in
    Luanda, Lisbon and Maputo, to oil and gas, banks, telecoms, audit, fintech, retail and
    industry. Most of it is Angolan and European Portuguese (o senhor / você, "Exmo. Senhor"),
    some Mozambican Portuguese, and much English from oil companies and international groups.
    Roughly 38 % of the inbox is job mail, 23 applications: confirmações de receção from
    Workday, SuccessFactors, Taleo, SmartRecruiters and Workable tenants, LinkedIn Easy Apply
    and Indeed, a local job board (EmpregosAngola) and a CV sent to a supermarket's Gmail after
    a post in a Facebook job group; an online numerical test and testes técnicos e
    psicotécnicos; entrevistas by Teams and presenciais with Outlook and Google invitations; a
    case study; recusas with neutral subjects ("A sua candidatura", "Processo de
    recrutamento", "Update on R-25102") and praise before the no; a proposta accepted (Unimov,
    with its onboarding mail) and another declined (BCA) with the bank's acknowledgement; a
    withdrawal from a Maputo bank and its acknowledgement; a search put on hold by an agency's
    client; ghosted applications; two roles at one oil company and a re-application at an
    audit firm after a recusa. Employer naming: Halvorsen Energy Angola, Lda / HEA /
    Halvorsen; the bank known as BCA (Banco Comercial do Atlântico, S.A.); Unimov /
    Unimov Telecomunicações S.A. / Unimov – Telecomunicações de Angola, S.A.; Alfama Seguros
    whose mail comes from its parent (Grupo Alfama); KAA – Kimbo Auditores Associados, Lda;
    CMSA – Cervejas Mulemba; NCK; BZI; ACA / AfriConnect; an agency writing for "uma empresa
    multinacional do sector petrolífero" that names Norvane Energy Angola, an executive-search
    firm for "um banco de referência em Maputo" that names Banco Lúrio; a partner of a
    consultancy writing from Gmail after a friend's referral; an Indeed confirmation forwarded
    ("ENC:") from an old Hotmail address. Also job alerts (LinkedIn, Indeed, EmpregosAngola),
    a talent-community welcome, an incomplete-application nudge, recruiter and agency
    outreach, an agency's out-of-office reply, a candidate survey and a candidate account.
    The rest is an ordinary Luanda inbox with look-alikes on purpose: a bank "pedido de
    crédito" (refused) and a car loan "proposta aprovada", a Visa Gold card, telecom
    "ofertas" and "propostas", a Schengen visa application for Portugal, an MBA "candidatura"
    with an "entrevista de admissão", a rental "proposta de arrendamento", condomínio
    assemblies with calendar invitations, a dentist, football and church invitations,
    newsletters and podcasts with "entrevista", LinkedIn and Facebook notifications (one from
    a job group), family in Luanda and Lisbon and friends talking about their jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with its ``dated_spec`` as the ``m()`` shorthand (Luanda, Lisbon and Maputo time
    zones); spec keys are opaque numbers. People, employers and employer domains are
    invented; vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, EmpregosAngola, an assessment platform) are ``other``;
    agency and executive-search mail is ``agency`` with the client as ``company`` (null until
    the agency names it); a person writing from the employer's mailbox or from personal
    webmail on its behalf is ``direct``; a forwarded confirmation keeps the source of the mail
    it forwards. ``company`` is the employer as a person would write it (Halvorsen Energy
    Angola, BCA, Unimov, Alfama Seguros, Kimbo Auditores, BZI, AfriConnect). Testes técnicos,
    psicotécnicos, an online test or a case study are assessments; the candidate's own replies
    in a thread carry the label of that thread; the accepted proposta leaves the application
    ``accepted``, the declined one (his reply and the bank's acknowledgement) ``declined``;
    the withdrawal and its acknowledgement are confirmation-like mail leaving it
    ``withdrawn``; "suspender o recrutamento" is confirmation-like mail leaving it
    ``on_hold``; onboarding, surveys, account mail and auto-replies are ``other_job``; a
    Facebook job-group digest and an incomplete-application nudge are alerts.

Usage
    python tests/corpus/heldout112.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Joaquim Ndala <joaquim.ndala@gmail.com>"
DATA_MODULES = (
    "heldout112_jobs",
    "heldout112_jobs_intl",
    "heldout112_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Joaquim Ndala", "joaquim.ndala@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

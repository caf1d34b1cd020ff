"""Corpus 49: hand-written, labelled mail of a São Paulo backend / data engineer.

TUNING CORPUS: measured first, then tuned on. Its figures are an honest estimate only for the
first measurement; after that the team tunes rules on it and it stops being held out.

What it is
    About 250 messages of one job seeker ("me", Rafael Nogueira Tanaka, a backend / data
    engineer living in São Paulo) from October 2025 to March 2026. He applies in São Paulo,
    Campinas, Florianópolis, Curitiba and remote: Brazilian fintechs, a bank known by its acronym
    and its digital brand, an insurer whose brand differs from its "Seguros S.A." name, a
    retailer's tech hub (the group writes for one of its brands), a fintech whose app name
    differs from its "Instituição de Pagamento S.A." name, a consultancy, startups, and foreign
    companies hiring in Brazil as PJ or CLT (some paying in USD). Job mail is mostly Brazilian
    Portuguese, with English from foreign startups and Spanish from a Latin American unicorn;
    roughly 40 % of the inbox, about 27 applications, through Gupy, Kenoby, Solides, InfoJobs,
    Catho, Vagas.com, LinkedIn, Indeed, Programathor, GeekHunter, Revelo, Greenhouse, Lever,
    Workable, Ashby, Workday, Recrutei, HackerRank and DocuSign, hunting firms that write "para
    uma fintech em crescimento" and name the client late (one moves him between two clients),
    and a CTO writing from personal webmail. Confirmations (one containing "infelizmente"),
    tests and cases, bate-papos, technical interviews with Google Meet / Teams invitations,
    short replies that only set a time, a dinâmica de grupo, praise-before-no, a rejection with
    a neutral subject, two roles at one employer, a re-application after a rejection, ghosted
    applications, a withdrawal and its acknowledgement, an offer accepted (signed through
    DocuSign), an offer declined and its acknowledgement, a role frozen by the agency's client.
    Also job alerts, talent-community welcomes, incomplete-application nudges, recruiter
    outreach, portal codes, a candidate survey, onboarding and an auto-reply. The rest is an
    ordinary São Paulo inbox with look-alikes on purpose: a credit-card "proposta", a rental
    "análise de cadastro aprovada", a pós-graduação "inscrição", "entrevista" in a tech
    newsletter, a meetup and a webinar with calendar parts, an "oferta" of a course, a friend
    asking for an "indicação", LinkedIn social notifications, newsletters about hiring.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder
    (``heldout.py``) and the shared driver (``single_mailbox.py``) are reused, with a small
    ``m()`` shorthand in each data module. People, employers and employer domains are invented;
    vendor sender domains (ATS, job boards, assessment vendors, DocuSign) are the vendors' real
    ones. No real mail was copied.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). ``company`` is the employer
    as a person writes it in a tracker (the brand: the bank's acronym, the insurer's brand, the
    fintech's app name, the retailer brand), never the ATS, board or agency. Sources outside
    DESIGN.md's vocabulary (Gupy, Kenoby, Solides, InfoJobs, Catho, Vagas.com, Programathor,
    GeekHunter, Revelo, Recrutei, an employer's own careers site) are ``other``; a hunting firm's
    mail is ``agency`` with the client as ``company`` (null until it names the client); a person
    writing from the employer's mailbox or from personal webmail on its behalf is ``direct``.
    A withdrawal acknowledgement is confirmation-like mail leaving the application
    ``withdrawn``; a frozen role is confirmation-like mail leaving it ``on_hold``; the DocuSign
    "Concluído" envelope of a signed offer leaves it ``accepted``; the acknowledgement of a
    declined offer is offer mail leaving it ``declined``; onboarding and admission paperwork
    after the offer is ``other_job``; a dinâmica de grupo or a case presentation is an
    interview, a take-home test or case an assessment.

Usage
    python tests/corpus/heldout49.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Rafael Nogueira Tanaka <rafael.ntanaka@gmail.com>"
DATA_MODULES = (
    "heldout49_jobs",
    "heldout49_jobs_intl",
    "heldout49_inbox",
)
FIRST, LAST = "2025-10-01", "2026-04-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Rafael Nogueira Tanaka", "rafael.ntanaka@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

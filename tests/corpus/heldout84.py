"""Corpus 84: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    234 messages of one job seeker ("me", Lucía Ferreyra, a QA / test automation engineer living
    in Buenos Aires) from September 2025 to February 2026, about 41 % of them job mail. She
    applies in Buenos Aires, in Montevideo and remote for US companies, mostly in Rioplatense
    Spanish (voseo from start-ups, friends and boards: "vos", "tenés", "postulaste"; usted from
    banks, insurers and a Uruguayan bank's formal "llamado"), some in English. 25 applications:
    a consultora writing for "una empresa líder del sector bancario" that names Banco Austral,
    whose HackerRank test comes from the group (Grupo Financiero Austral S.A.), and whose offer
    she declines; a fintech start-up (Pampa Pay, legally Pampeana de Pagos S.A.S.) with a
    take-home, a Meet interview and a second declined offer; an insurer written as Mercantil Sur
    Seguros S.A. and MSS; a Uruguayan company (Celeste / Soluciones Celeste S.A.) whose search
    is put "en pausa"; BOU (Banco Oriental del Uruguay) and its formal llamado; a founder
    writing from Gmail; a Workana proposal; a withdrawal; ghosted applications on Bumeran and
    Get on Board. In English: Greenhouse, Lever, Ashby, Workable and Workday mail from US
    start-ups, a HackerRank test and a GoodTime-booked screen, rejections with neutral subjects
    and praise, a confirmation that says "unfortunately", a Lever tenant named for the parent
    (Loop Holdings for Brightloop), an acronym sender (HFX for Harbor & Finch), two roles at
    Ferncastle and a re-application at Pinecrest Labs, a nearshore agency pitching "a US
    healthtech company" and naming Calderwood Health, a forwarded confirmation from an old
    Hotmail address, a recruiter's auto-reply, and the offer she accepts from Quillstack,
    contracted through an employer of record (Borderly) whose signed agreement and onboarding
    follow. Boards: Bumeran, ZonaJobs, Computrabajo, LinkedIn, Indeed, Get on Board, Workana,
    Wellfound. Also job alerts, a talent-community welcome, incomplete-application nudges,
    recruiter outreach and a candidate survey.
    The rest is an ordinary Buenos Aires inbox with look-alikes on purpose: Mercado Pago promos
    and a préstamo "oferta", a bank's card "solicitud" approved, ARCA (ex AFIP) notices and an
    exporter-of-services "solicitud", SUBE, bills and expensas, a rental "solicitud de alquiler"
    accepted with a visit invite, a caución and a contract, newsletters and a podcast with
    "entrevista", a QA meetup invite, a fútbol 5 mailing list, a consular visa "interview",
    friends and family talking about their jobs and a friend asking for a referral.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused (``heldout.dated_spec`` as the ``m()`` shorthand, Buenos Aires time, -0300 all
    year); spec keys are opaque numbers. People, employers and employer domains are invented;
    vendor sender domains are the vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Bumeran, ZonaJobs, Computrabajo, Get on Board, Workana, GoodTime, Borderly, the
    BOU's own portal) are ``other``; the consultora and the nearshore agency are ``agency`` with
    the client as ``company`` (null until they name it); a person writing from the employer's
    mailbox or from personal webmail on its behalf is ``direct``; the forwarded confirmation
    keeps the source of the mail it forwards. ``company`` is the employer as a person would
    write it (Banco Austral, not Grupo Financiero Austral; Pampa Pay; Mercantil Sur Seguros
    however written; Celeste; BOU; Brightloop, not Loop Holdings; Harbor & Finch, not HFX;
    Quillstack, not Borderly). A Workana proposal is an application to its client, the client
    choosing another proposal a rejection. A take-home or online test is an assessment; "en
    pausa" is confirmation-like mail leaving the application ``on_hold``; a withdrawal
    acknowledgement is confirmation-like mail leaving it ``withdrawn``; the EOR's signed
    agreement leaves it ``accepted``; the replies to declined offers leave them ``declined``;
    onboarding, surveys and auto-replies are ``other_job``.

Usage
    python tests/corpus/heldout84.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Lucía Ferreyra <lucia.ferreyra.qa@gmail.com>"
DATA_MODULES = (
    "heldout84_jobs",
    "heldout84_jobs_intl",
    "heldout84_inbox",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Lucía Ferreyra", "lucia.ferreyra.qa@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 91: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Magdalena "Magda" Wierzbicka, a finance /
    shared-services team lead (R2R, GL close) at Corvanta Business Services Poland Sp. z o.o. in
    Kraków) from September 2025 to February 2026. She applies in Kraków, Warsaw and Wrocław, in
    English, the working language of the business-services centres; mail from Polish employers,
    boards and agencies mixes in short Polish phrases ("Dzień dobry", "Pozdrawiam",
    "aplikacja", "rekrutacja"). Roughly 38 % of the inbox is job mail, 24 applications:
    Workday at multinationals whose Polish centre has its own entity (Brenmark Pharma writing as
    Brenmark Global Services Poland Sp. z o.o.; Lumenfield Insurance on the "lfgroup" tenant as
    "LF Group Careers"; Hartwell & Stone as "HSG", two roles; Bramwell Chemicals' Business
    Services Centre), SAP SuccessFactors (Veltrana, Castellan Re, Nordavia), SmartRecruiters
    (Northline Bank, Selvik), Greenhouse, Lever, Ashby and Teamtailor, LinkedIn Easy Apply with
    "viewed" and a LinkedIn rejection, invented Polish boards and ATSs (Ofertownia.pl, a
    Pracuj-style board; StackBoard, a JustJoin-style board; the eKandydat and Rekruto ATSs), a
    Polish S.A. writing from its HR person, and two agencies pitching "a global FMCG company's
    Kraków hub" (then Halvorsen Foods) and "a European retail group's GBS in Warsaw" (then
    Ardena). Online numerical tests (Brenmark, Castellan Re, Corlis Medical), Teams and Google
    Meet invites with hiring managers in Oslo, Dublin, Amsterdam, Gothenburg, Antwerp, Brussels
    and London, rejections with neutral subjects and praise before the no, confirmations saying
    "unfortunately" / "if you are not selected", a Polish employer pausing its search
    (on_hold), an offer by email then a DocuSign "Completed" offer letter (accepted), the
    current employer's counter-offer and her refusal, two withdrawals acknowledged, ghosted
    applications, a forwarded SuccessFactors confirmation, a re-application at Veltrana after
    a rejection, and Workday onboarding. Also job alerts, a talent-community welcome, an
    incomplete-application nudge, recruiter and agency outreach, a recruiter's auto-reply, a
    candidate survey and a verification code. The rest is an ordinary Kraków inbox with
    look-alikes: a flat rental application approved (with a viewing invite and a notary), a
    bank's "oferta" and credit-card application, ZUS and tax (PIT) mail, a climbing gym (a
    competition invite and a route-setter call), newsletters and podcasts that "interview"
    people or report hiring, a professional exam application, a cat adoption application, a
    nursery "rekrutacja", a resident-card application, marketplace "offers", a resignation
    acknowledgement and a Christmas-party invite from the current employer, friends and a
    brother talking about their own interviews and offers, and LinkedIn social notifications.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as the ``m()`` shorthand; spec keys are opaque numbers.
    People, employers and employer domains are invented; vendor sender domains are the vendors'
    real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Every message is labelled
    ``en``: the builder's language vocabulary has no Polish, and the Polish here is short
    greetings and words inside English mail. Sources outside DESIGN.md's vocabulary (SAP
    SuccessFactors, Ofertownia.pl, StackBoard, eKandydat, Rekruto, the numerical-test vendors)
    are ``other``; staffing-agency mail is ``agency`` with the client as ``company`` (null until
    the agency names it); a person writing from the employer's mailbox is ``direct``; a
    forwarded confirmation keeps the source of the mail it forwards. ``company`` is the brand
    she applied to (Brenmark Pharma, not Brenmark Global Services Poland Sp. z o.o.; Hartwell &
    Stone, however written; Lumenfield Insurance, not LF Group). A hiring manager's or
    recruiter's own mail (or calendar invite) from the employer's domain is ``direct`` even in
    an application that began on an ATS. A phone screen is an
    interview; an online numerical test an assessment; "paused until the new year" is
    confirmation-like mail leaving the application ``on_hold``; a withdrawal acknowledgement
    leaves it ``withdrawn``; the DocuSign "Completed" offer leaves it ``accepted``. The current
    employer's counter-offer and the reply to its refusal, onboarding, a survey, an account
    code and an auto-reply are ``other_job``; the resignation acknowledgement is ``not_job``.

Usage
    python tests/corpus/heldout91.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Magdalena Wierzbicka <magda.wierzbicka.krk@gmail.com>"
DATA_MODULES = (
    "heldout91_jobs",
    "heldout91_jobs2",
    "heldout91_inbox",
    "heldout91_inbox2",
)
FIRST, LAST = "2025-09-01", "2026-03-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Magdalena Wierzbicka", "magda.wierzbicka.krk@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 114: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 220 messages of one job seeker ("me", Chidinma Okafor-Bello, a backend engineer
    turned product manager living in Lagos, Nigeria) from October 2025 to March 2026. She
    applies in Lagos, to Nairobi and Accra, and remote to UK, US and pan-African companies; the
    mail is in Nigerian English, with British English from the UK employers. Roughly 44 % of
    the inbox is job mail, 25 applications: Greenhouse, Lever, Ashby, Workable, BambooHR,
    Breezy HR and Recruitee mail, Jobberman, MyJobMag (an application by email), LinkedIn
    (Easy Apply, viewed, InMail), Indeed (viewed), Wellfound, Welcome to the Jungle (Otta) and
    We Work Remotely; a talent marketplace (Kanzu Talent) that vets her and matches her to a US
    client (Orbitline) but is not the employer; an agency hiring "for a fast-growing fintech"
    that names Moneta Africa later, and a headhunter's out-of-office. Recruiter screens booked
    through Calendly, Google Meet and Zoom invitations with calendar parts, HackerRank tests, a
    product case study, a take-home and a product assignment, a paid trial week, an offer
    declined (Paystride) with the founder's answer, an offer accepted (Gridlight Energy, from the
    founder's Gmail, then a DocuSign "Completed" and onboarding), two withdrawals and their
    acknowledgements, a role put on hold (Harbourline, later reopened), rejections with neutral
    subjects ("Your application to ...", "Update on your candidacy") and praise before the no,
    confirmations that say "unfortunately" or "if you are not selected", ghosted applications, a
    confirmation forwarded from an old Yahoo address, two roles at Tanda and a re-application at
    Ledgerline after a rejection. Employer naming: an app brand against its registered company
    (Tanda / Tandawise Microfinance Bank Limited, Paystride / Paystride Technologies Limited,
    Halden Foods Plc, Crestview Bank Plc written CVB, Akwaaba Pay / AKP Fintech Ghana Ltd), a
    pan-African group writing for its country subsidiaries (Meridian Pan-African Group for
    Meridian Ghana and Meridian Kenya), and a startup renamed during the process (Shopnaija,
    which becomes Kasuwa, new domain and all). Also job alerts, a talent-community invitation,
    an incomplete-application nudge, marketplace vetting mail and recruiter outreach. The rest is
    an ordinary Lagos inbox with look-alikes on purpose: bank debit and credit alerts (salaries
    included), loan-app "pre-approved" offers and a loan application declined, a credit-card
    application, a UK visitor visa application with its VFS appointment, a tenancy application
    and rent renewal, estate association mail, church bulletins with CV clinics and "offer letter
    testimonies", a brother's NYSC call-up and PPA "interview", newsletters that interview
    founders and count job offers, a course application accepted, calendar invitations that are
    not interviews (dentist, church planning, a meetup briefing, a wedding fitting), LinkedIn
    social notifications and friends' job news (an offer, a layoff, a referral request).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as the ``m()`` shorthand; spec keys are opaque numbers
    or tokens. People, employers and employer domains are invented; vendor sender domains are
    the vendors' real ones. Every date is written on the candidate's Lagos clock (WAT, +0100).

    TUNING CORPUS: measured first, then tuned on. Measure it once before any rule change and
    record that figure; after that it may be read and tuned on like a development set.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Calendly, Breezy HR, Jobberman, MyJobMag, Welcome to the Jungle, We Work
    Remotely, the Kanzu Talent marketplace) are ``other``; staffing-agency mail is ``agency``
    with the client as ``company`` (null until the agency names it); a person writing from the
    employer's mailbox or from personal webmail on its behalf is ``direct``; a forwarded
    confirmation keeps the source of the mail it forwards. ``company`` is the employer as a
    person would write it: the brand applied to (Tanda, Paystride, Crestview Bank, Akwaaba
    Pay), the country subsidiary rather than the group (Meridian Ghana, Meridian Kenya), the
    marketplace's client (Orbitline), and Shopnaija, the name she applied to, throughout that
    application even after the rename to Kasuwa. A withdrawal acknowledgement is
    confirmation-like mail leaving the application ``withdrawn``; "on hold" is
    confirmation-like mail leaving it ``on_hold``; the DocuSign "Completed" offer leaves it
    ``accepted``, the founder's answer to a declined offer is offer mail leaving it
    ``declined``; a paid trial, case study or take-home is an assessment. Marketplace vetting,
    onboarding and auto-replies are ``other_job``; the marketplace's match is outreach until she
    says yes, then a confirmation. LinkedIn social notifications are ``not_job``.

Usage
    python tests/corpus/heldout114.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Chidinma Okafor-Bello <chidinma.okaforbello@gmail.com>"
DATA_MODULES = (
    "heldout114_jobs",
    "heldout114_jobs_intl",
    "heldout114_inbox",
)
FIRST, LAST = "2025-10-01", "2026-03-31"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar("Chidinma Okafor-Bello", "chidinma.okaforbello@gmail.com")

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

"""Corpus 126: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 230 messages of one job seeker ("me", Laura Valentina Cárdenas Pinzón, a data
    analyst with three years in a contact-centre BPO, living in Bogotá) from September 2025 to
    February 2026. She applies to banks, retail, consumer goods, utilities, a cement maker, a
    laboratory, an NGO, a university, Bogotá start-ups and US companies hiring remote in Latin
    America. Mostly Colombian Spanish (usted from banks, cajas, temporales and the Servicio
    Público de Empleo, but also from start-ups; tú from boards and some ATSs), some English
    from US employers. Roughly 45 % of the inbox is job mail, 23 applications: Workday,
    SuccessFactors, Greenhouse and Lever confirmations (invented tenants), elempleo.com,
    Computrabajo, Magneto, LinkedIn Easy Apply, Indeed and Torre postulaciones, "hoja de vida
    vista" states, a Caja de Compensación agencia de empleo and the Servicio Público de Empleo
    sending her hoja de vida to an employer; pruebas psicotécnicas (SHL, Magneto, a temporal's
    own battery), a TestGorilla SQL test, a HackerRank test, a take-home case by e-mail;
    interviews by Teams, Google Meet and in person with Outlook and Google invitations, one
    moved and one cancelled and reissued; rejections with neutral subjects and praise before
    the no; a vacancy frozen (on hold), a US role on hold after a headcount freeze and a
    fintech role paused until its funding round closes; an
    offer sent as a carta oferta and signed through DocuSign, then exámenes médicos de
    ingreso, a visita domiciliaria and inducción; a second offer (from a fintech) declined by
    reply; two withdrawals; ghosted applications; a re-application to Tintico's re-posted role
    two months after its rejection, and two roles at one bank.
    Employer naming on purpose: Mercadiario's process is run by its holding's careers
    mailbox and SuccessFactors tenant (Grupo Empresarial Bacatá, grupobacata.example) and
    names Mercadiario S.A.S. in the body; Banco Comercial Andino writes as "BCA" from a
    Workday tenant "bca"; Tintico's Lever mail carries its razón social (Inversiones Cafeteras
    del Quindío S.A.S., slug "icq-sas"); Lácteos Guatavita on a Workday tenant "lgsa"; a
    temporal (Activa Temporales S.A.S., an empresa de servicios temporales) writes for "una
    importante aseguradora" and names Seguros Guayacán later; Cuadra's co-founder writes from
    Gmail; Dinarep for Distribuidora Nacional de Repuestos. Also job alerts (elempleo,
    Computrabajo, Magneto, LinkedIn, Indeed, Torre), a talent-community welcome, incomplete
    application nudges, recruiter and headhunter outreach, a recruiter's out-of-office reply,
    Workday account mail, a candidate survey and the agencia de empleo's orientation. The rest
    is an ordinary Bogotá inbox with look-alikes: an arriendo application with its estudio de
    arrendamiento and a DocuSign lease, a crédito de libranza "preaprobado", a credit-card
    "solicitud", DIAN, EPS appointments with calendar parts, Enel (Codensa) and other bills,
    factura electrónica receipts, a master's admission "entrevista" with its invite, a webinar
    on technical interviews, newsletters that interview people, marketing "ofertas", and
    family and friends (WhatsApp style) talking about their own jobs.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout126_jobs.py with the
    time zone and label helpers); Outlook invitations carry Bogotá's Windows time zone (SA
    Pacific Standard Time) instead of the builder's Berlin one. Spec keys are opaque tokens.
    People, employers and employer domains are invented; vendor sender domains are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, elempleo, Computrabajo, Magneto, Torre, the Servicio Público de
    Empleo, the Caja's agencia de empleo, SHL, TestGorilla, Calendly, a visita domiciliaria
    firm) are ``other``; the temporal's mail is ``agency`` with the client as ``company``
    (null until named); a person writing from the employer's or its holding's mailbox, or from
    personal webmail on its behalf, is ``direct``. ``company`` is the employer as a person
    would write it: Mercadiario (not Grupo Empresarial Bacatá), Banco Comercial Andino (for
    BCA), Tintico (not Inversiones Cafeteras del Quindío), Dinarep, Seguros Guayacán. The
    agencia de empleo and Servicio Público de Empleo "remitida al empleador" and boards' "hoja
    de vida vista" are ``viewed``; a frozen vacancy is confirmation-like mail leaving the
    application ``on_hold`` (so does the co-founder's "I can't open the role until the round
    closes"); withdrawal acknowledgements are confirmation-like mail leaving it
    ``withdrawn``; the DocuSign "Completed" carta oferta leaves it ``accepted``; her reply
    declining the fintech's offer (and its answer) leave it ``declined``; exámenes médicos
    (and the IPS's certificado de aptitud), visita domiciliaria, inducción, surveys, an
    auto-reply and agency orientation are ``other_job``; incomplete-application nudges and
    talent communities are ``alert``. Mail from the new employer after starting, and from the
    old one about her resignation, is ``not_job``.

Usage
    python tests/corpus/heldout126.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Laura Valentina Cárdenas Pinzón <lauracardenas.pinzon@gmail.com>"
DATA_MODULES = (
    "heldout126_jobs",
    "heldout126_jobs_more",
    "heldout126_inbox",
    "heldout126_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"

_BERLIN = "\r\n".join(H._VTIMEZONE_BERLIN)
_BOGOTA = "\r\n".join(
    [
        "BEGIN:VTIMEZONE",
        "TZID:SA Pacific Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0500",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
)


def _bogota(first: Callable[[dict[str, Any], datetime], str]) -> Callable[..., str]:
    """Outlook invitations as Bogotá's Exchange writes them (no daylight saving)."""

    def text(ev: dict[str, Any], sent: datetime) -> str:
        out = first(ev, sent).replace(_BERLIN, _BOGOTA)
        return out.replace("TZID=W. Europe Standard Time", "TZID=SA Pacific Standard Time")

    return text


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = _bogota(
    H.attendee_calendar("Laura Valentina Cárdenas Pinzón", "lauracardenas.pinzon@gmail.com")
)

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

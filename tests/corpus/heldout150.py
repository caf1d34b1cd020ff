"""Corpus 150: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 215 messages of one job seeker ("me", Renzo Quispe Villanueva, a civil engineer,
    CIP-registered, working as ingeniero residente for a building contractor in San Borja, Lima)
    from September 2025 to February 2026. He wants to move into mining projects, project
    controls (planner / cost control with Primavera P6) or a public-sector infrastructure post,
    and applies almost entirely in Peruvian Spanish (usted from corporate HR and the public
    bodies, tú from boards, ATSs and the Chilean recruiter), with some English from a mining
    company's Workday tenant and an assessment vendor. Roughly 42 % of the inbox is job mail,
    22 applications: confirmations from SuccessFactors (sent from a mining group's own domain
    for its mine unit), Workday, Taleo, SmartRecruiters (a tenant named after the legal entity,
    not the cement brand), Bumeran, Computrabajo, Laborum, LinkedIn, Indeed, Aptitus, the UNI
    job board and Talento Perú; a public body's CAS convocatoria (constancia de postulación
    forwarded from his old Hotmail, resultados de la evaluación curricular, evaluación de
    conocimientos, entrevista personal, cuadro de méritos with him as accesitario), another
    CAS declared "no apto", a municipal mesa de partes cargo and a "proceso suspendido";
    Bumeran / Computrabajo / LinkedIn / Workday "CV leído", "en proceso", "under review";
    psychometric and technical tests (Evaluar, SHL, HireVue, TestGorilla, a P6 exercise by
    e-mail, a Chilean evaluación psicolaboral); interviews by Teams, Meet, Zoom and on site
    with Outlook and Google invitations, one reprogramada and one cancelada; rejections with
    neutral subjects ("Proceso de selección", "Actualización de tu postulación", "Update on
    your application", "Resultado proceso") and praise before the no, "la posición ha sido
    cubierta"; a carta oferta (14x7, EPS) accepted by reply, with the examen médico
    ocupacional, an auto-reply and onboarding after it; an offer declined by reply; a
    withdrawal; ghosted applications; a re-application at the same mining company after a
    rejection and two roles at one construction group (legal name Olaechea & Ríos Ingenieros
    S.A.C., brand Cimenta); a headhunter (Apu Search) naming the client late; a small firm's
    gerente writing from Hotmail. Also job alerts (LinkedIn, Indeed, Computrabajo, Bumeran,
    Laborum, Aptitus, UNI, Talento Perú, Workday), a talent-community welcome, an
    incomplete-application nudge (Taleo), recruiter, agency (ETT) and LinkedIn InMail outreach,
    a candidate survey and portal codes. The rest is an ordinary Lima inbox with look-alikes:
    a credit-card and a préstamo "solicitud" (approved, observed, disbursed), a "préstamo
    preaprobado" offer, a rental "solicitud de alquiler" refused and another approved with a
    DocuSign contract, a master's "postulación" with an admission "entrevista" invitation,
    "admitido" and a reserva de matrícula, SUNAT, AFP, Luz del Sur, Sedapal, Rappi, Plaza Vea
    and Cyber Wow "ofertas", a clínica appointment and a CIP webinar with calendar parts, a
    newsletter that interviews project managers of the very employers he applies to, LinkedIn
    notifications, the fulbito Google Group, friends and family on Gmail / Hotmail / Yahoo
    talking about their own interviews, offers and layoffs, and mail from his current
    employer's people (a weekly site meeting invitation, the resignation acknowledgement).

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout150_jobs.py with
    the time zone and label helpers); spec keys are opaque tokens. Outlook-style invitations
    carry Lima's time zone (SA Pacific Standard Time) instead of the builder's Berlin one.
    People, employers and employer domains are invented; vendor sender domains are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (SuccessFactors, Bumeran, Computrabajo, Laborum, Aptitus, the UNI job board,
    Talento Perú, Evaluar, SHL, TestGorilla) are ``other``; the headhunter and the ETT are
    ``agency`` with the client as ``company`` (outreach before the client is named has
    company null); a person or system writing from the employer's own mailbox (the CAS and
    municipal systems included) or from personal webmail on its behalf is ``direct``; the
    forwarded constancia keeps the source of the mail it forwards. ``company`` is the employer
    as a person would write it: Minera Huaylla (not Grupo Andino), Cimenta (for Olaechea & Ríos
    Ingenieros S.A.C.), Cementos Huancaraylla (for Unión Cementera del Centro / UNICEM),
    Costanera Sur (for Concesionaria Vía Costanera Sur S.A.), Cordillera Sur, Minera Sayhua.
    CAS results that pass him to the evaluación de conocimientos are ``assessment``, those
    that call him to the entrevista personal are ``interview``; the cuadro de méritos naming
    him accesitario and a "NO APTO" are rejections; "CV leído" / "En proceso" / "Under
    Review" are ``viewed``; the evaluación psicolaboral after the Chilean interview is
    ``assessment`` mail that leaves the application ``interviewing`` (status only moves
    forward); the suspended CAS is confirmation-like mail leaving the application
    ``on_hold``; the withdrawal acknowledgement is confirmation-like mail leaving it
    ``withdrawn``; his replies accepting and declining offers are ``offer`` mail leaving it
    ``accepted`` / ``declined``; his reply confirming an interview is interview mail; the
    examen médico, onboarding, documents he sends, surveys, portal codes and the auto-reply
    are ``other_job``; the incomplete-application nudge and talent-community welcome are
    ``alert``. Mail about his current job (including its resignation acknowledgement), his
    master's admission, the rental and his friends' jobs is ``not_job``.

Usage
    python tests/corpus/heldout150.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Renzo Quispe Villanueva <renzo.quispe.v@gmail.com>"
DATA_MODULES = (
    "heldout150_jobs",
    "heldout150_jobs_more",
    "heldout150_inbox",
    "heldout150_life",
)
FIRST, LAST = "2025-09-01", "2026-03-01"

_BERLIN = "W. Europe Standard Time"
_LIMA = "SA Pacific Standard Time"
_VTIMEZONE_LIMA = [
    "BEGIN:VTIMEZONE",
    f"TZID:{_LIMA}",
    "BEGIN:STANDARD",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0500",
    "END:STANDARD",
    "END:VTIMEZONE",
]
_attendee_calendar = H.attendee_calendar("Renzo Quispe Villanueva", "renzo.quispe.v@gmail.com")


def calendar_text(ev: dict[str, Any], sent: datetime) -> str:
    """The first corpus's invitation with this corpus's candidate, and Outlook-style invitations
    in Lima's time zone (their wall-clock times are already Lima's)."""
    lines = _attendee_calendar(ev, sent).replace("\r\n ", "").split("\r\n")
    out: list[str] = []
    skipping = False
    for line in lines:
        if line == "BEGIN:VTIMEZONE":
            skipping = True
            out += _VTIMEZONE_LIMA
            continue
        if skipping:
            skipping = line != "END:VTIMEZONE"
            continue
        if line:
            out.append(line.replace(f"TZID={_BERLIN}", f"TZID={_LIMA}"))
    return "\r\n".join(part for line in out for part in H._fold(line)) + "\r\n"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = calendar_text

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))

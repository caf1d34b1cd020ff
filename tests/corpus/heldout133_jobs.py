# ruff: noqa: E501, RUF100
"""Corpus 133, job mail part one (data only): see heldout133.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, the thread
helper and the employer / role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Stuttgart's offset on ``day`` (CET from 26 October 2025 to 28 March 2026)."""
    return "+0100" if "2025-10-26" <= day < "2026-03-29" else "+0200"


m = partial(dated_spec, tz)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "de") -> tuple[Any, ...]:
    """Application mail."""
    return (cat, co, role, app, src, lang)


def J(
    cat: str, src: str, co: str | None = None, role: str | None = None, lang: str = "de"
) -> tuple[Any, ...]:
    """Job mail that belongs to no application (alerts, outreach, other job mail)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "de") -> tuple[Any, ...]:
    """Mail that is not about jobs."""
    return ("not_job", lang)


def ics(
    uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any
) -> dict[str, Any]:
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" plus offset from :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def thread(*ids: str) -> dict[str, str]:
    """In-Reply-To / References of a reply to the last of ``ids`` (oldest first)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ME_ADDR = "jonas.wehrle@gmx.de"

RB, RB1, RB2 = "Remstal Bahntechnik", "Ingenieur Fahrzeugerprobung", "Prüfingenieur Drehgestelle"
BZ, BZR = "Brenztal Antriebstechnik", "Versuchsingenieur E-Antriebsprüfstand"
BZG = "Brenztal Gruppe"
TM, TMR = "Tessmar Mobility", "Validierungsingenieur Batteriesysteme"
VO, VOR = "Voltaro", "Test Engineer Hardware Ladeinfrastruktur"
HG, HGR = "Hegele Messtechnik", "Applikationsingenieur Prüfstände"
AR, ARR = "Arvion Powertrain", "Test Engineer E-Axle Validation"
HE, HER = "Helvion Rail", "Test & Validation Engineer – Traction Converters"
RK, RKR = "Rau Kältetechnik", "Prüfstandsingenieur"
OT, OTR = "Ostertag Antriebstechnik", "Versuchsingenieur Getriebe"
HW, HWR = "Hallwang Fördertechnik", "Versuchsingenieur Fördertechnik"
ER, ERR = "Enztal Robotik", "Testingenieur Robotik"
OB, OBR = "Oberle Maschinenfabrik", "Versuchsingenieur Sondermaschinen"
FX, FXR = "Fluxtrak", "Validation Engineer Powertrain"
QR, QRR = "Quantis Robotics", "Hardware Test Engineer"
WSM, WSMR = "Walz Sondermaschinenbau", "Entwicklungsingenieur Versuch und Validierung"
EV, EVR = "Eisvogel E-Bus", "Ingenieur Systemtest E-Bus"
NT, NTR = "Norrland Traction", "Test Engineer Rolling Stock"
HA, HAR = "Haas Prüfstandstechnik", "Versuchsingenieur"
ZA, ZAR = "Zeller Automation", "Inbetriebnahme- und Testingenieur"
FH, FHR = "Fildermann Hydraulik", "Entwicklungsingenieur Erprobung"
MA, MAR = "Mühlhausen Antriebe", "Versuchsingenieur Elektromotoren"

# Mail Jonas sent (not in this mailbox, only referenced by replies).
SENT_RB2_ASK = "<trinity-5d0c81e2-4a7b-4f3e-9d1f-2b6c0a9e4411-1768921503112@3c-app-gmx-bap61>"
SENT_VO_CASE = "<trinity-0a6f33c1-77e0-4b52-8c44-90d1c2e7f3a8-1761896644208@3c-app-gmx-bs27>"
SENT_BZ_TIME = "<trinity-c81e2d90-1f45-4a0b-b7d2-5e6f8a3c9b10-1772010417730@3c-app-gmx-bap08>"
SENT_BZ_NO = "<trinity-77b2a4e0-3c19-4d8e-a6f1-0e2d9c4b5a66-1773316902441@3c-app-gmx-bs55>"

RBT_FOOTER = """
Remstal Bahntechnik GmbH · Ein Unternehmen der RBT Group
Sitz der Gesellschaft: Waiblingen · Registergericht: Amtsgericht Stuttgart HRB 731884
Geschäftsführung: Dr. Ulrike Fessler, Markus Heim

Informationen zum Datenschutz für Bewerberinnen und Bewerber finden Sie unter
https://www.rbt-group.example/karriere/datenschutz
"""

BZ_FOOTER = """
Brenztal Gruppe · Recruiting Center
Brenztal Holding SE · Heidenheimer Straße 120 · 89522 Heidenheim an der Brenz
Vorsitzender des Aufsichtsrats: Prof. Dr. Harald Benz · Vorstand: Dr. Jens Mathäus (Vorsitzender), Sigrid Rauch, Tomasz Wilk
Sitz: Heidenheim an der Brenz · Registergericht Ulm HRB 726310

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
"""


# --- 1 Remstal Bahntechnik, Ingenieur Fahrzeugerprobung (Workday tenant "rbtgroup") ----------------

rb_verify = m(
    "q7ld",
    "2025-10-03 09:12",
    "RBT Group <rbtgroup@myworkday.com>",
    "Bitte bestätigen Sie Ihre E-Mail-Adresse",
    J("other_job", "workday", RB),
    text="""Hallo Jonas Wehrle,

vielen Dank, dass Sie ein Kandidatenkonto auf dem Karriereportal der RBT Group angelegt haben.

Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 24 Stunden über den folgenden Link:
https://wd3.myworkdaysite.com/de-DE/recruiting/rbtgroup/RBT_Careers/activate/ak2Jd8xQ0v1TzR9w?redirect=%2Fjob%2FWaiblingen%2FIngenieur-Fahrzeugerprobung_R-10482

Ihr Benutzername: jonas.wehrle@gmx.de

Falls Sie kein Konto angelegt haben, können Sie diese Nachricht ignorieren.

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""",
)

rb1_conf = m(
    "v2ke",
    "2025-10-03 09:20",
    "RBT Group <rbtgroup@myworkday.com>",
    "Vielen Dank für Ihre Bewerbung – Ingenieur Fahrzeugerprobung (m/w/d) (R-10482)",
    A("confirmation", RB, RB1, 1, "workday"),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Bewerbung als Ingenieur Fahrzeugerprobung (m/w/d) am Standort Waiblingen (Stellen-ID R-10482). Wir haben Ihre Unterlagen vollständig erhalten.

Unser Talent-Acquisition-Team prüft nun Ihre Bewerbung gemeinsam mit dem Fachbereich. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann. Den aktuellen Stand können Sie jederzeit in Ihrem Kandidatenkonto einsehen:
https://wd3.myworkdaysite.com/de-DE/recruiting/rbtgroup/RBT_Careers/userHome

Mit freundlichen Grüßen

Ihr Talent Acquisition Team
"""
    + RBT_FOOTER,
    html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1b">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#00594f;padding:18px">
<img src="https://rbtgroup.wd3.myworkdayjobs.com/RBT_Careers/assets/logo" alt="RBT Group" height="28"></td></tr>
<tr><td style="padding:24px">
<p>Sehr geehrter Herr Wehrle,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Ingenieur Fahrzeugerprobung (m/w/d)</b> am Standort Waiblingen (Stellen-ID R-10482). Wir haben Ihre Unterlagen vollständig erhalten.</p>
<p>Unser Talent-Acquisition-Team prüft nun Ihre Bewerbung gemeinsam mit dem Fachbereich. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann. Den aktuellen Stand können Sie jederzeit in Ihrem <a href="https://wd3.myworkdaysite.com/de-DE/recruiting/rbtgroup/RBT_Careers/userHome">Kandidatenkonto</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Talent Acquisition Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:12px 24px">Remstal Bahntechnik GmbH · Ein Unternehmen der RBT Group<br>
Sitz der Gesellschaft: Waiblingen · Registergericht: Amtsgericht Stuttgart HRB 731884<br>
Geschäftsführung: Dr. Ulrike Fessler, Markus Heim<br>
<a href="https://www.rbt-group.example/karriere/datenschutz">Datenschutzhinweise für Bewerber</a></td></tr></table>
</body></html>""",
)

rb1_rej = m(
    "c0wz",
    "2025-10-29 14:03",
    "RBT Group <rbtgroup@myworkday.com>",
    "Ihre Bewerbung bei der RBT Group",
    A("rejection", RB, RB1, 1, "workday"),
    text="""Sehr geehrter Herr Wehrle,

nochmals vielen Dank für Ihr Interesse an der Position Ingenieur Fahrzeugerprobung (m/w/d) und das Vertrauen, das Sie uns mit Ihrer Bewerbung entgegengebracht haben.

Wir haben Ihre Unterlagen mit großem Interesse gelesen. Nach sorgfältiger Abwägung haben wir uns jedoch für Kandidatinnen und Kandidaten entschieden, deren Profil den Anforderungen dieser Stelle – insbesondere der Erfahrung in der Zulassung von Schienenfahrzeugen nach EN 14363 – noch etwas näher kommt.

Diese Entscheidung ist keine Bewertung Ihrer Person oder Ihrer Qualifikation. Gerne dürfen Sie sich auch künftig auf passende Stellen bei uns bewerben; Ihr Kandidatenkonto bleibt dafür bestehen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Ihr Talent Acquisition Team
"""
    + RBT_FOOTER,
)


# --- 2 Brenztal Antriebstechnik (Brenztal Gruppe, SuccessFactors + group mailbox) -------------

bz_account = m(
    "h5np",
    "2025-10-06 08:55",
    "Brenztal Gruppe Karriere <noreply@successfactors.eu>",
    "Ihr Kandidatenprofil wurde angelegt",
    J("other_job", "other", BZG),
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<p>Guten Tag Jonas Wehrle,</p>
<p>willkommen im Karriereportal der Brenztal Gruppe. Ihr Kandidatenprofil wurde erfolgreich angelegt.</p>
<p>Ihr Benutzername lautet: <b>jonas.wehrle@gmx.de</b></p>
<p>Sie können sich jederzeit unter <a href="https://career5.successfactors.eu/career?company=brenztalgrp&amp;career_ns=login">career5.successfactors.eu</a> anmelden, Ihr Profil pflegen und den Status Ihrer Bewerbungen verfolgen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting Center der Brenztal Gruppe</p>
<p style="font-size:11px;color:#888">Dies ist eine automatisch generierte E-Mail. Antworten auf diese Adresse können nicht bearbeitet werden.</p>
</body></html>""",
)

bz_conf = m(
    "t9ra",
    "2025-10-06 09:02",
    "Brenztal Gruppe Karriere <noreply@successfactors.eu>",
    "Eingangsbestätigung Ihrer Bewerbung – Req-ID 48213",
    A("confirmation", BZ, BZR, 2, "other"),
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#222">
<div style="border-top:4px solid #c8102e;padding-top:12px">
<img src="https://rmkcdn.successfactors.com/3a7f01bc/brenztal_logo.png" alt="Brenztal" width="140">
</div>
<p>Sehr geehrter Herr Wehrle,</p>
<p>vielen Dank für Ihre Bewerbung auf die Position</p>
<p style="margin-left:20px"><b>Versuchsingenieur E-Antriebsprüfstand (m/w/d)</b><br>
Brenztal Antriebstechnik GmbH · Schwäbisch Gmünd<br>
Req-ID 48213</p>
<p>Ihre Unterlagen sind bei uns eingegangen. Wir werden Ihre Bewerbung sorgfältig prüfen und melden uns so schnell wie möglich bei Ihnen.</p>
<p>Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://career5.successfactors.eu/career?company=brenztalgrp&amp;career_ns=job_application">Kandidatenprofil</a> einsehen.</p>
<p>Freundliche Grüße<br>
Ihr Recruiting Center<br>
Brenztal Gruppe</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#888">Die Brenztal Gruppe entwickelt und fertigt mit über 14.000 Mitarbeitenden in 23 Gesellschaften Antriebs-, Bahn- und Industrietechnik.
Brenztal Holding SE · Sitz Heidenheim an der Brenz · Registergericht Ulm HRB 726310</p>
</body></html>""",
)

BZ_ORG = ("Recruiting Center Brenztal Gruppe", "karriere@brenztal-gruppe.example")

bz_int1 = m(
    "pk3m",
    "2025-11-04 13:47",
    "Recruiting Center Brenztal Gruppe <karriere@brenztal-gruppe.example>",
    "Einladung zum Vorstellungsgespräch – Req-ID 48213",
    A("interview", BZ, BZR, 2, "direct"),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Brenztal Antriebstechnik GmbH.

Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne näher kennenlernen. Hiermit laden wir Sie herzlich zu einem ersten Gespräch per Microsoft Teams ein:

Termin: Donnerstag, 13.11.2025, 10:00 – 11:00 Uhr
Gesprächspartner: Dr. Stefan Unger (Leiter Versuch E-Antriebe), Katrin Oswald (HR Business Partnerin)

Die Einladung mit dem Teams-Link haben wir als Kalendereintrag beigefügt. Bitte bestätigen Sie uns den Termin kurz per Antwort auf diese E-Mail.

Sollte Ihnen der Termin nicht passen, melden Sie sich gerne, dann finden wir eine Alternative.

Wir freuen uns auf das Gespräch!

Mit freundlichen Grüßen

Katrin Oswald
HR Business Partnerin
für die Brenztal Antriebstechnik GmbH, Schwäbisch Gmünd
"""
    + BZ_FOOTER,
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B0A1F3C94D4DDC01000000000000000010000000A4C2",
        "2025-11-13 10:00",
        "Vorstellungsgespräch Jonas Wehrle – Versuchsingenieur E-Antriebsprüfstand (Req-ID 48213)",
        BZ_ORG,
        style="outlook",
        location="Microsoft Teams-Besprechung",
        description="Microsoft Teams-Besprechung\nPer Computer, mobiler App oder Raumgerät teilnehmen\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2MzEtOWQ1Ni00ZmE3/0?context=%7b%22Tid%22%3a%22b7e1%22%7d\nBesprechungs-ID: 384 112 957 604\nKenncode: 7Ht3Qe",
        attendees=[
            ("Unger Stefan Dr. (BZA-VE)", "stefan.unger@brenztal-gruppe.example"),
            ("Oswald Katrin (BZG-HR)", "katrin.oswald@brenztal-gruppe.example"),
        ],
    ),
)

bz_move = m(
    "yx6u",
    "2025-11-06 09:15",
    "Recruiting Center Brenztal Gruppe <karriere@brenztal-gruppe.example>",
    "Terminverschiebung: Ihr Gespräch am 13.11.",
    A("interview", BZ, BZR, 2, "direct"),
    text="""Sehr geehrter Herr Wehrle,

leider ist Herr Dr. Unger am 13.11. kurzfristig auf einer Dienstreise und kann den Termin nicht wahrnehmen. Wir bitten dies zu entschuldigen.

Können wir das Gespräch auf Freitag, 14.11.2025, 08:30 – 09:30 Uhr verschieben? Die aktualisierte Einladung finden Sie im Anhang; der Teams-Link bleibt unverändert.

Vielen Dank für Ihr Verständnis und viele Grüße

Katrin Oswald
HR Business Partnerin
"""
    + BZ_FOOTER,
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B0A1F3C94D4DDC01000000000000000010000000A4C2",
        "2025-11-14 08:30",
        "Vorstellungsgespräch Jonas Wehrle – Versuchsingenieur E-Antriebsprüfstand (Req-ID 48213)",
        BZ_ORG,
        style="outlook",
        sequence=1,
        location="Microsoft Teams-Besprechung",
        description="Neuer Termin. Microsoft Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2MzEtOWQ1Ni00ZmE3/0?context=%7b%22Tid%22%3a%22b7e1%22%7d\nBesprechungs-ID: 384 112 957 604\nKenncode: 7Ht3Qe",
        attendees=[
            ("Unger Stefan Dr. (BZA-VE)", "stefan.unger@brenztal-gruppe.example"),
            ("Oswald Katrin (BZG-HR)", "katrin.oswald@brenztal-gruppe.example"),
        ],
    ),
)

bz_int2 = m(
    "e1gb",
    "2025-12-03 15:20",
    "Oswald Katrin (BZG-HR) <katrin.oswald@brenztal-gruppe.example>",
    "Nächster Schritt – Termin bei uns in Schwäbisch Gmünd",
    A("interview", BZ, BZR, 2, "direct"),
    text="""Hallo Herr Wehrle,

vielen Dank nochmals für das angenehme Gespräch im November. Herr Dr. Unger und das Team würden Sie gerne persönlich kennenlernen und Ihnen unsere Prüfstände zeigen.

Wir haben folgenden Termin für Sie reserviert:

Donnerstag, 11.12.2025, 09:30 – ca. 12:30 Uhr
Brenztal Antriebstechnik GmbH, Werk 2, Lorcher Straße 41, 73525 Schwäbisch Gmünd
Bitte melden Sie sich am Empfang in Gebäude B.

Geplant sind ein Fachgespräch (inkl. einer kurzen Aufgabe zur Auslegung eines Dauerlaufprogramms), ein Rundgang durch das Prüffeld und ein Gespräch mit mir zu Rahmenbedingungen. Reisekosten erstatten wir Ihnen selbstverständlich.

Die Kalendereinladung kommt separat bzw. hängt an.

Viele Grüße aus Gmünd
Katrin Oswald

Katrin Oswald
HR Business Partnerin Brenztal Antriebstechnik / Brenztal Rail Systems
Tel. +49 7171 9920-418
"""
    + BZ_FOOTER,
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F1C27D0B6A64DC01000000000000000010000000C90D",
        "2025-12-11 09:30",
        "Vor-Ort-Termin Jonas Wehrle (Req-ID 48213)",
        ("Oswald Katrin (BZG-HR)", "katrin.oswald@brenztal-gruppe.example"),
        style="outlook",
        minutes=180,
        location="Brenztal Antriebstechnik GmbH, Werk 2, Geb. B, Lorcher Straße 41, 73525 Schwäbisch Gmünd",
        attendees=[("Unger Stefan Dr. (BZA-VE)", "stefan.unger@brenztal-gruppe.example")],
    ),
)

bz_int3 = m(
    "a8fo",
    "2026-01-26 10:41",
    "Oswald Katrin (BZG-HR) <katrin.oswald@brenztal-gruppe.example>",
    "Gespräch mit Herrn Brückner",
    A("interview", BZ, BZR, 2, "direct"),
    text="""Hallo Herr Wehrle,

ein gutes neues Jahr noch und danke für Ihre Geduld über die Feiertage!

Als letzten Schritt möchte Sie unser Bereichsleiter Entwicklung, Herr Frank Brückner, gerne noch kurz kennenlernen (ca. 45 Minuten, per Teams). Er hätte am Donnerstag, 05.02., um 16:00 Uhr Zeit. Ich habe Ihnen den Termin eingestellt – falls es gar nicht passt, geben Sie mir bitte Bescheid.

Viele Grüße
Katrin Oswald
"""
    + BZ_FOOTER,
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000066D4E8A39F8EDC01000000000000000010000000D1E7",
        "2026-02-05 16:00",
        "Kennenlernen Hr. Brückner / Hr. Wehrle",
        ("Oswald Katrin (BZG-HR)", "katrin.oswald@brenztal-gruppe.example"),
        style="outlook",
        minutes=45,
        location="Microsoft Teams-Besprechung",
        attendees=[("Brückner Frank (BZA-E)", "frank.brueckner@brenztal-gruppe.example")],
    ),
)

bz_offer = m(
    "m4dj",
    "2026-02-24 17:05",
    "Oswald Katrin (BZG-HR) <katrin.oswald@brenztal-gruppe.example>",
    "Ihr Vertragsangebot",
    A("offer", BZ, BZR, 2, "direct"),
    text="""Sehr geehrter Herr Wehrle,

ich freue mich sehr, Ihnen im Namen der Brenztal Antriebstechnik GmbH die Position als Versuchsingenieur E-Antriebsprüfstand (m/w/d) in Schwäbisch Gmünd anbieten zu können. Herr Dr. Unger und Herr Brückner waren von Ihnen gleichermaßen überzeugt.

Die wesentlichen Eckdaten:
- Eintritt: zum 01.05.2026 oder nach Vereinbarung
- Eingruppierung nach ERA-TV Metall- und Elektroindustrie Baden-Württemberg, EG 14, zzgl. Leistungszulage
- Jahreszielgehalt ca. 79.800 EUR brutto inkl. tariflicher Sonderzahlungen
- 35-Stunden-Woche, mobiles Arbeiten bis 40 %
- unbefristetes Arbeitsverhältnis

Das vollständige Angebot mit dem Vertragsentwurf finden Sie im Anhang. Wir würden uns freuen, bis zum 10.03.2026 von Ihnen zu hören. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen

Katrin Oswald
HR Business Partnerin
Tel. +49 7171 9920-418
"""
    + BZ_FOOTER,
    attach=[
        (
            "Angebot_Wehrle_BZA_48213.pdf",
            "application/pdf",
            "%PDF-1.7\n% Vertragsangebot Brenztal Antriebstechnik GmbH\n",
        )
    ],
)

bz_more_time = m(
    "s3cq",
    "2026-02-26 08:22",
    "Oswald Katrin (BZG-HR) <katrin.oswald@brenztal-gruppe.example>",
    "AW: Ihr Vertragsangebot",
    A("offer", BZ, BZR, 2, "direct"),
    text="""Guten Morgen Herr Wehrle,

klar, das ist kein Problem – der 13.03. passt für uns auch. Wenn Sie vorher noch etwas zur Altersvorsorge oder zum Dienstrad wissen möchten, rufen Sie mich gerne an.

Viele Grüße
Katrin Oswald

-----Ursprüngliche Nachricht-----
Von: Jonas Wehrle <jonas.wehrle@gmx.de>
Gesendet: Mittwoch, 25. Februar 2026 21:46
An: Oswald Katrin (BZG-HR) <katrin.oswald@brenztal-gruppe.example>
Betreff: Re: Ihr Vertragsangebot

Sehr geehrte Frau Oswald,

vielen Dank für das Angebot, darüber freue ich mich sehr! Da ich mich parallel noch in einem weiteren Prozess befinde, würde ich Sie um etwas mehr Bedenkzeit bitten – wäre eine Rückmeldung bis Freitag, 13.03., für Sie in Ordnung?

Viele Grüße
Jonas Wehrle
""",
    **thread(SENT_BZ_TIME),
)

bz_declined = m(
    "g2wn",
    "2026-03-12 11:18",
    "Oswald Katrin (BZG-HR) <katrin.oswald@brenztal-gruppe.example>",
    "AW: Vertragsangebot Brenztal Antriebstechnik",
    A("offer", BZ, BZR, 2, "direct"),
    st="declined",
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre offene und frühzeitige Rückmeldung, auch wenn wir sie natürlich mit Bedauern lesen. Wir respektieren Ihre Entscheidung für die Position bei Ihrem künftigen Arbeitgeber und die kürzere Fahrtstrecke kann ich sehr gut nachvollziehen.

Herr Dr. Unger lässt Sie herzlich grüßen. Sollte sich Ihre Situation irgendwann ändern, freuen wir uns, wieder von Ihnen zu hören.

Alles Gute für Ihren Start!

Katrin Oswald
HR Business Partnerin

-----Ursprüngliche Nachricht-----
Von: Jonas Wehrle <jonas.wehrle@gmx.de>
Gesendet: Donnerstag, 12. März 2026 07:58
An: Oswald Katrin (BZG-HR) <katrin.oswald@brenztal-gruppe.example>
Betreff: Vertragsangebot Brenztal Antriebstechnik

Sehr geehrte Frau Oswald,

nach reiflicher Überlegung habe ich mich entschieden, Ihr Angebot nicht anzunehmen. Die Entscheidung ist mir wirklich nicht leichtgefallen – die Gespräche bei Ihnen waren durchweg sehr angenehm. Letztlich hat die Nähe zu meinem Wohnort den Ausschlag für eine andere Stelle gegeben.

Ich bedanke mich herzlich für Ihr Vertrauen und die Zeit, die Sie und Herr Dr. Unger sich genommen haben.

Mit freundlichen Grüßen
Jonas Wehrle
"""
    + BZ_FOOTER,
    **thread(SENT_BZ_NO),
)


# --- 3 Tessmar Mobility, first application (softgarden) --------------------------------------

tm1_conf = m(
    "n6ti",
    "2025-10-08 20:14",
    "Tessmar Mobility Solutions GmbH <noreply@softgarden.io>",
    "Ihre Bewerbung als Validierungsingenieur Batteriesysteme (m/w/d)",
    A("confirmation", TM, TMR, 3, "other"),
    text="""Guten Tag Herr Wehrle,

vielen Dank für Ihre Bewerbung als Validierungsingenieur Batteriesysteme (m/w/d) und Ihr Interesse an Tessmar Mobility.

Wir haben Ihre Unterlagen erhalten und prüfen diese nun. Sobald wir Ihre Bewerbung gesichtet haben, melden wir uns bei Ihnen.

Über folgenden Link können Sie jederzeit den Status Ihrer Bewerbung einsehen oder Ihre Bewerbung zurückziehen:
https://tessmar-mobility.softgarden.io/de/applicant/status/9f2c0a7e-51d4-4d0e-9b7f-6a1c2e8d3b40

Viele Grüße
Ihr Recruiting-Team von Tessmar Mobility

Tessmar Mobility Solutions GmbH | Wernerstraße 51 | 70469 Stuttgart-Feuerbach
Geschäftsführer: Dr.-Ing. Rolf Tessmar, Annika Weidle | Amtsgericht Stuttgart HRB 760122
""",
)

tm1_rej = m(
    "w8zs",
    "2025-11-12 11:40",
    "Tessmar Mobility Solutions GmbH <noreply@softgarden.io>",
    "Rückmeldung zu Ihrer Bewerbung",
    A("rejection", TM, TMR, 3, "other"),
    text="""Guten Tag Herr Wehrle,

zunächst möchten wir uns für Ihre Geduld bedanken. Ihre Bewerbung hat uns gut gefallen – Ihre Erfahrung mit Dauerlauf- und Umweltprüfungen an Komponenten ist genau das, was wir in unserem Team schätzen.

Für diese Stelle suchen wir allerdings jemanden, der bereits Validierungsprojekte für HV-Batteriesysteme nach ECE R100 und ISO 6469 verantwortet hat. Daher haben wir uns entschieden, den Prozess mit anderen Bewerberinnen und Bewerbern fortzusetzen.

Wir würden uns freuen, wenn Sie uns trotzdem verbunden bleiben und sich bei einer passenden Ausschreibung erneut bewerben.

Alles Gute und viele Grüße
Ihr Recruiting-Team von Tessmar Mobility

Tessmar Mobility Solutions GmbH | Wernerstraße 51 | 70469 Stuttgart-Feuerbach
Geschäftsführer: Dr.-Ing. Rolf Tessmar, Annika Weidle | Amtsgericht Stuttgart HRB 760122
""",
)


# --- 4 Voltaro (VLT Charging Solutions GmbH), Personio + founder ------------------------------

vo_conf = m(
    "b5yh",
    "2025-10-09 22:31",
    "VLT Charging Solutions GmbH <no-reply@personio.de>",
    "Deine Bewerbung ist da 🙌",
    A("confirmation", VO, VOR, 4, "personio"),
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f6f8;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="560" style="background:#fff;margin:24px auto;border-radius:8px"><tr><td style="padding:28px">
<p style="font-size:20px;font-weight:bold;color:#0b3d2e">Hey Jonas,</p>
<p>danke, dass du dich als <strong>Test Engineer Hardware Ladeinfrastruktur (m/w/d)</strong> bei uns beworben hast! Wir haben deine Unterlagen bekommen und schauen sie uns in den nächsten Tagen an.</p>
<p>Kurz zu uns: Wir bauen in Ludwigsburg DC-Schnelllader, die auch bei -20 °C noch sauber laden – und wir sind gerade 34 Leute.</p>
<p>Du hörst spätestens in zwei Wochen von uns. Versprochen.</p>
<p>Bis bald!<br>Dein Voltaro-Team</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#8a8f98">VLT Charging Solutions GmbH · Schwieberdinger Str. 60 · 71636 Ludwigsburg<br>
Datenschutz: <a href="https://vlt-charging-solutions.jobs.personio.de/privacy-policy">vlt-charging-solutions.jobs.personio.de/privacy-policy</a><br>
Powered by Personio</td></tr></table>
</body></html>""",
)

vo_call = m(
    "r7ex",
    "2025-10-16 19:02",
    "Niklas Brandl <niklas.brandl@gmail.com>",
    "kurzer Call?",
    A("interview", VO, VOR, 4, "direct"),
    text="""Hey Jonas,

ich bin Niklas, einer der beiden Gründer von Voltaro. Schreib dir grad von privat, weil ich im Zug sitze und das Firmen-Postfach auf dem Handy mal wieder nicht will :)

Dein Profil hat mir echt gut gefallen – Prüfstand, Klimakammer, EMV, das ist genau die Ecke, die uns fehlt. Hättest du Lust auf einen lockeren ersten Call, so 45 min? Mir würde nächsten Dienstag abends passen, z.B. 18 Uhr, oder Mittwoch Mittag.

Schick dir dann ne Kalendereinladung.

Grüße
Niklas

--
Niklas Brandl
Co-Founder & CTO, Voltaro
""",
)

vo_invite = m(
    "k1aw",
    "2025-10-17 08:12",
    "Niklas Brandl <niklas.brandl@gmail.com>",
    "Einladung: Voltaro x Jonas – Kennenlernen @ Di. 21. Okt. 2025 18:00 - 18:45 (MESZ) (jonas.wehrle@gmx.de)",
    A("interview", VO, VOR, 4, "direct"),
    sender="Google Calendar <calendar-notification@google.com>",
    text="""Niklas Brandl hat Sie zu folgendem Termin eingeladen

Voltaro x Jonas – Kennenlernen
Dienstag, 21. Oktober 2025 · 18:00–18:45
Zeitzone: Europe/Berlin

Mit Google Meet teilnehmen
https://meet.google.com/qfv-ktsa-hbm

Gäste
Niklas Brandl - Organisator
jonas.wehrle@gmx.de

Einladung von Google Kalender: https://calendar.google.com/calendar/

Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie „Nein“ antworten, werden Sie vom Termin entfernt.
""",
    ics=ics(
        "4k0l2b9c8qv0sm6f1h3d7t5e2a@google.com",
        "2025-10-21 18:00",
        "Voltaro x Jonas – Kennenlernen",
        ("Niklas Brandl", "niklas.brandl@gmail.com"),
        minutes=45,
        location="https://meet.google.com/qfv-ktsa-hbm",
        description="Mit Google Meet teilnehmen: https://meet.google.com/qfv-ktsa-hbm",
    ),
)

vo_case = m(
    "u0mc",
    "2025-10-24 12:20",
    "Niklas Brandl <niklas@voltaro.example>",
    "Case für die nächste Runde",
    A("assessment", VO, VOR, 4, "direct"),
    text="""Hi Jonas,

hat Spaß gemacht am Dienstag! Wie besprochen kommt hier die kleine Aufgabe für die nächste Runde:

Stell dir vor, wir bringen im Frühjahr unseren neuen 150-kW-Lader (V150) raus. Skizzier uns bitte einen Testplan für die Validierung vor dem Feldtest: welche Prüfungen (Umwelt, Dauerlauf, Ladeprotokoll/ISO 15118, Sicherheit), in welcher Reihenfolge, mit welchem Equipment, und wo du die größten Risiken siehst.

- max. 4–5 Seiten oder ein paar Folien, Format ist egal
- Abgabe bis Freitag, 31.10.
- Bitte nicht mehr als 4–5 Stunden investieren, uns geht's um deine Denkweise

Danach würden wir das gemeinsam mit Sophie (unsere Head of Hardware) durchgehen.

Bei Fragen einfach melden!
Niklas

Voltaro · VLT Charging Solutions GmbH
Schwieberdinger Str. 60 · 71636 Ludwigsburg
www.voltaro.example
""",
)

vo_rej = m(
    "f9pl",
    "2025-11-05 18:50",
    "Lena Hofstetter <lena.hofstetter@voltaro.example>",
    "Re: Testplan V150 – Jonas Wehrle",
    A("rejection", VO, VOR, 4, "direct"),
    text="""Hi Jonas,

erstmal ein riesiges Danke für deinen Testplan – Sophie und Niklas haben ihn beide gelesen und fanden besonders deine Risikobewertung zur Kondensation im Leistungsteil richtig stark. Das war wirklich eine der besten Einreichungen, die wir bekommen haben.

Umso schwerer fällt mir diese Nachricht: Wir haben uns am Ende für jemanden entschieden, der schon mehrere Jahre Erfahrung mit Leistungselektronik-Prüfungen und Netzrückwirkungen mitbringt. Für unsere aktuelle Teamgröße brauchen wir da gerade genau diese Tiefe.

Ich hoffe, das ist okay für dich – und falls wir in einem Jahr ein zweites Testteam aufbauen, würde ich mich gern bei dir melden, wenn du magst.

Alles Gute und liebe Grüße
Lena

Lena Hofstetter
People & Culture
Voltaro

VLT Charging Solutions GmbH · Schwieberdinger Str. 60 · 71636 Ludwigsburg
Amtsgericht Stuttgart HRB 771204 · Geschäftsführer: Niklas Brandl, Dr. Vera Sommer

> Am 31.10.2025 um 16:37 schrieb Jonas Wehrle <jonas.wehrle@gmx.de>:
>
> Hallo Niklas,
>
> anbei wie besprochen mein Testplan für den V150. Ich habe mich auf vier Phasen
> beschränkt und am Ende eine kurze Risikoliste ergänzt.
>
> Viele Grüße
> Jonas
""",
    **thread(SENT_VO_CASE),
)


# --- 5 Hegele Messtechnik, confirmation forwarded from the old address (Personio) ---------------

hg_fwd = m(
    "x4vd",
    "2025-10-13 07:48",
    "Jonas Wehrle <j.wehrle87@web.de>",
    "WG: Ihre Bewerbung als Applikationsingenieur Prüfstände (m/w/d)",
    A("confirmation", HG, HGR, 5, "personio"),
    text="""

Gesendet: Freitag, 10. Oktober 2025 um 16:22
Von: "Hegele Messtechnik GmbH" <no-reply@personio.de>
An: j.wehrle87@web.de
Betreff: Ihre Bewerbung als Applikationsingenieur Prüfstände (m/w/d)

Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Bewerbung als Applikationsingenieur Prüfstände (m/w/d) und Ihr Interesse an einer Tätigkeit bei der Hegele Messtechnik GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns schnellstmöglich bei Ihnen melden.

Mit freundlichen Grüßen

Sabrina Kuhn
Personal
Hegele Messtechnik GmbH
Robert-Bosch-Straße 14
71229 Leonberg

Hegele Messtechnik GmbH · Sitz Leonberg · Amtsgericht Stuttgart HRB 250871 · Geschäftsführer: Martin Hegele, Jürgen Hegele
""",
)


# --- 6 Arvion Powertrain (LinkedIn Easy Apply, Greenhouse) -------------------------------------

ar_conf = m(
    "d3hu",
    "2025-10-14 12:02",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Jonas, Ihre Bewerbung wurde an Arvion Powertrain gesendet",
    A("confirmation", AR, ARR, 6, "linkedin"),
    text="""Ihre Bewerbung wurde an Arvion Powertrain gesendet

Test Engineer E-Axle Validation (f/m/d)
Arvion Powertrain
Stuttgart, Baden-Württemberg, Deutschland (Hybrid)
Beworben am 14. Okt. 2025

Job ansehen: https://www.linkedin.com/comm/jobs/view/4087712365/?trackingId=Qk3%2F9xVdQy2tHkzq1sT8mw%3D%3D&refId=ByteString&midToken=AQFbQ

Jetzt eine Erinnerung einrichten, um nach einer Woche nachzufassen.

Diese E-Mail war für Jonas Wehrle (Entwicklungsingenieur Test & Validierung).
Warum diese E-Mail bei Ihnen enthalten ist: https://www.linkedin.com/help/linkedin/answer/4788
Abbestellen: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_application
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn ist ein eingetragener Geschäftsname von LinkedIn Ireland Unlimited Company.
""",
    html="""<html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif;color:#1a1a1a">
<table width="512" align="center"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/logo.png" alt="LinkedIn" width="84">
<h2 style="font-size:20px">Ihre Bewerbung wurde an Arvion Powertrain gesendet</h2>
<table><tr><td><img src="https://media.licdn.com/dms/image/company-logo_100_100/arvion.png" alt="Arvion Powertrain" width="48"></td>
<td><a href="https://www.linkedin.com/comm/jobs/view/4087712365/?trackingId=Qk3%2F9xVdQy2tHkzq1sT8mw%3D%3D" style="font-weight:bold;color:#0a66c2">Test Engineer E-Axle Validation (f/m/d)</a><br>
Arvion Powertrain<br>Stuttgart, Baden-Württemberg, Deutschland (Hybrid)<br>
<span style="color:#666">Beworben am 14. Okt. 2025</span></td></tr></table>
<p style="font-size:12px;color:#666;margin-top:32px">Diese E-Mail war für Jonas Wehrle (Entwicklungsingenieur Test &amp; Validierung). <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_application">Abbestellen</a><br>
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
)

ar_viewed = m(
    "o2kt",
    "2025-10-20 09:33",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Ihre Bewerbung wurde angesehen",
    A("viewed", AR, ARR, 6, "linkedin"),
    html="""<html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif">
<table width="512" align="center"><tr><td>
<p>Hallo Jonas,</p>
<p><b>Arvion Powertrain</b> hat Ihre Bewerbung für <a href="https://www.linkedin.com/comm/jobs/view/4087712365/">Test Engineer E-Axle Validation (f/m/d)</a> angesehen.</p>
<p>Bewerber:innen, die Premium nutzen, sehen, wie sie im Vergleich zu anderen abschneiden. <a href="https://www.linkedin.com/comm/premium/products/?upsellOrderOrigin=email_application_viewed">Premium 1 Monat gratis testen</a></p>
<p style="font-size:12px;color:#666">Diese E-Mail war für Jonas Wehrle. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Abbestellen</a> · © 2025 LinkedIn Ireland Unlimited Company</p>
</td></tr></table></body></html>""",
)

ar_rej = m(
    "i6bz",
    "2025-11-19 16:44",
    "Arvion Powertrain Talent Team <no-reply@us.greenhouse-mail.io>",
    "Your application to Arvion Powertrain",
    A("rejection", AR, ARR, 6, "greenhouse", "en"),
    text="""Hi Jonas,

Thank you for your interest in Arvion and for taking the time to apply for the Test Engineer E-Axle Validation (f/m/d) position in Stuttgart.

We were impressed by your background in component validation, and this was not an easy decision. However, after careful consideration we have decided to move forward with candidates whose experience more closely matches our current needs, in particular hands-on NVH testing of e-axles.

We will keep your details on file and may reach out if a suitable role opens up. We wish you all the best in your search.

Kind regards,
The Arvion Talent Team

Arvion Powertrain GmbH · Ulmer Straße 300 · 70327 Stuttgart
Arvion Powertrain AB (Group HQ) · Trollhättan, Sweden
""",
)


# --- 7 Helvion Rail (Workday tenant "hvr", HireVue) ---------------------------------------------

he_conf = m(
    "z5qg",
    "2025-10-21 19:10",
    "Helvion Careers <hvr@myworkday.com>",
    "Thank you for applying – Test & Validation Engineer – Traction Converters (JR-0031877)",
    A("confirmation", HE, HER, 7, "workday", "en"),
    text="""Dear Jonas,

Thank you for applying for the Test & Validation Engineer – Traction Converters (f/m/d) position (JR-0031877) at Helvion Rail in Mannheim.

We have received your application and our Talent Acquisition team will review it shortly. If your profile matches the requirements, we will contact you about next steps.

You can check the status of your application at any time in your candidate home:
https://hvr.wd3.myworkdayjobs.com/en-US/Helvion_External/userHome

Best regards,
Helvion Rail Talent Acquisition

Helvion Rail Germany GmbH, Mannheim. Part of Helvion Rail AG, Zurich, Switzerland.
This mailbox is not monitored.
""",
)

he_hv = m(
    "l9cr",
    "2025-10-28 10:00",
    "Helvion Rail <no-reply@hirevue.com>",
    "Helvion Rail: Your digital interview invitation",
    A("assessment", HE, HER, 7, "hirevue", "en"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Jonas,</p>
<p>Thank you for your interest in the <b>Test &amp; Validation Engineer – Traction Converters</b> role at Helvion Rail.</p>
<p>As the next step in our selection process, we invite you to complete an on-demand video interview. You will be asked six questions and will have up to three minutes to record each answer. The interview takes around 25 minutes.</p>
<p><a href="https://app.hirevue.com/interviews/JdK28wq7/start?utm_source=email" style="background:#2b5797;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Start interview</a></p>
<p>Please complete the interview by <b>4 November 2025, 23:59 CET</b>. We recommend using Chrome on a laptop with a stable connection.</p>
<p>Good luck!<br>Helvion Rail Talent Acquisition</p>
<p style="font-size:11px;color:#888">Powered by HireVue · <a href="https://www.hirevue.com/privacy">Privacy</a> · Need help? <a href="https://support.hirevue.com">support.hirevue.com</a></p>
</body></html>""",
)

he_hv_remind = m(
    "j3ns",
    "2025-11-03 10:00",
    "Helvion Rail <no-reply@hirevue.com>",
    "Reminder: complete your Helvion Rail interview",
    A("assessment", HE, HER, 7, "hirevue", "en"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Jonas,</p>
<p>This is a friendly reminder that your on-demand interview for <b>Test &amp; Validation Engineer – Traction Converters</b> is due tomorrow, 4 November 2025 at 23:59 CET.</p>
<p><a href="https://app.hirevue.com/interviews/JdK28wq7/start?utm_source=reminder">Continue interview</a></p>
<p>Helvion Rail Talent Acquisition</p>
<p style="font-size:11px;color:#888">Powered by HireVue</p>
</body></html>""",
)

he_rej = m(
    "p8mw",
    "2025-12-01 08:15",
    "Helvion Careers <hvr@myworkday.com>",
    "An update on your candidacy",
    A("rejection", HE, HER, 7, "workday", "en"),
    text="""Dear Jonas,

Thank you for the time you invested in our process, including the video interview. We genuinely enjoyed learning more about your experience with durability testing and test bench automation.

After reviewing all candidates for the Test & Validation Engineer – Traction Converters position, we regret to inform you that we will not be moving forward with your application at this time.

We encourage you to keep an eye on our careers page, as we are growing our engineering teams in Mannheim and Zurich throughout 2026.

With best wishes,
Helvion Rail Talent Acquisition
""",
)

he_survey = m(
    "g6hy",
    "2025-12-04 14:30",
    "Helvion Rail Candidate Experience <noreply@qemailserver.com>",
    "How was your experience applying to Helvion Rail?",
    J("other_job", "other", HE, HER, "en"),
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Dear Jonas,</p>
<p>You recently took part in our recruitment process for <i>Test &amp; Validation Engineer – Traction Converters</i>. Whatever the outcome, we would love to hear how it went for you.</p>
<p>The survey takes about three minutes and is anonymous.</p>
<p><a href="https://helvion.eu.qualtrics.com/jfe/form/SV_3ZkQ8nLw1yGf2Xo?RID=CGC_7Jq0aV">Take the survey</a></p>
<p>Thank you!<br>Helvion Rail Talent Acquisition</p>
<p style="font-size:10px;color:#999"><a href="https://helvion.eu.qualtrics.com/CP/Register.php?OptOut=true">Unsubscribe</a></p>
</body></html>""",
)


# --- 8 Rau Kältetechnik (Indeed) ------------------------------------------------------------------

rk_conf = m(
    "c2jq",
    "2025-10-22 20:55",
    "Indeed Apply <indeedapply@indeed.com>",
    "Ihre Bewerbung wurde gesendet: Prüfstandsingenieur (m/w/d)",
    A("confirmation", RK, RKR, 8, "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2d2d2d">
<table width="600" align="center"><tr><td>
<img src="https://de.indeed.com/images/indeed-logo.png" alt="Indeed" width="100">
<h2 style="font-size:20px">Bewerbung gesendet</h2>
<p><b>Prüfstandsingenieur (m/w/d)</b><br>
Rau Kältetechnik GmbH &amp; Co. KG – Ludwigsburg</p>
<p>Ihre Bewerbung wurde an Rau Kältetechnik GmbH &amp; Co. KG übermittelt.</p>
<p>Nächste Schritte:</p>
<ul><li>Der Arbeitgeber prüft Ihre Bewerbung.</li>
<li>Wenn Sie kontaktiert werden, erhalten Sie eine E-Mail oder eine Nachricht in Indeed.</li></ul>
<p><a href="https://de.indeed.com/myjobs?from=applyconfirm&amp;tk=1hbq2v">Meine Jobs ansehen</a></p>
<p style="font-size:11px;color:#767676">Sie erhalten diese E-Mail, weil Sie sich über Indeed beworben haben.<br>
Indeed Ireland Operations Limited, 124 St. Stephen's Green, Dublin 2, Irland</p>
</td></tr></table></body></html>""",
)

rk_viewed = m(
    "h0xa",
    "2025-11-03 07:12",
    "Indeed <noreply@indeed.com>",
    "Neuigkeiten zu Ihrer Bewerbung",
    A("viewed", RK, RKR, 8, "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hallo Jonas,</p>
<p>Rau Kältetechnik GmbH &amp; Co. KG hat Ihre Bewerbung für <b>Prüfstandsingenieur (m/w/d)</b> angesehen.</p>
<p>Tipp: Arbeitgeber melden sich oft innerhalb von ein bis zwei Wochen, nachdem sie eine Bewerbung angesehen haben.</p>
<p><a href="https://de.indeed.com/myjobs?from=viewed_notif">Status ansehen</a></p>
<p style="font-size:11px;color:#767676">Indeed Ireland Operations Limited · <a href="https://de.indeed.com/unsubscribe?t=app_status">Abmelden</a></p>
</body></html>""",
)


MAIL: list[dict[str, Any]] = [
    rb_verify,
    rb1_conf,
    rb1_rej,
    bz_account,
    bz_conf,
    bz_int1,
    bz_move,
    bz_int2,
    bz_int3,
    bz_offer,
    bz_more_time,
    bz_declined,
    tm1_conf,
    tm1_rej,
    vo_conf,
    vo_call,
    vo_invite,
    vo_case,
    vo_rej,
    hg_fwd,
    ar_conf,
    ar_viewed,
    ar_rej,
    he_conf,
    he_hv,
    he_hv_remind,
    he_rej,
    he_survey,
    rk_conf,
    rk_viewed,
]

# ruff: noqa: E501
"""Corpus 37, German job mail: applications 1-20, alerts, outreach and other job mail."""

from __future__ import annotations

from typing import Any


def m(
    mid: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    spec: dict[str, Any] = {"id": f"<{mid}>", "date": date, "from": frm, "subject": subject, "t": t}
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def re(mid: str) -> dict[str, str]:
    return {"In-Reply-To": f"<{mid}>", "References": f"<{mid}>"}


NH = "Nordhafen Logistics"
NH1 = "Teamleiter Supply Chain Planning (m/w/d)"
NH2 = "Leitung Transportmanagement (m/w/d)"
SW = "Stadtwerke Elbmünde"
SW1 = "Leitung Einkauf und Materialwirtschaft (m/w/d)"
WH = "Weserhafen Infrastruktur AöR"
WH1 = "Sachgebietsleitung Hafenlogistik (m/w/d)"
ZK = "Zackig"
ZK1 = "Head of Hub Operations Nord"
FW = "Frachtwerk"
FW1 = "Senior Operations Manager (Remote)"
VC = "Valdor Chemie"
VC1 = "Supply Chain Manager EMEA (m/w/d)"
VC2 = "Demand Planning Lead (m/w/d)"
GL = "Gebr. Lüttjohann Maschinenbau"
GL1 = "Leiter Logistik (m/w/d)"
HS = "Heinsohn Feinkost"
HS1 = "Leiter Supply Chain (m/w/d)"
BV = "Brüggemann Verpackung"
BV1 = "Head of Operations & Logistik (m/w/d)"
HA = "Spedition Harms & Söhne"
HA1 = "Niederlassungsleiter (m/w/d)"
BC = "Baltic Cold Chain"
BC1 = "Operations Manager Kühllogistik (m/w/d)"
HO = "Holmfeld Nahrungsmittel"
HO1 = "Supply Chain Planner (m/w/d)"
AW = "Alsterwerk Medizintechnik"
AW1 = "Leitung Materialwirtschaft (m/w/d)"
KA = "Kronberg Automotive"
KA1 = "Manager Global Logistics (m/w/d)"
MK = "Mühlenkamp Getränke"
MK1 = "Leiter Lager & Versand (m/w/d)"
KF = "Fleetwerk Kaffeekontor"
KF1 = "Supply Chain Lead (m/w/d)"
PH = "Pakethafen"
PH1 = "Operations Lead Middle Mile"

SIG_JONAS = "Viele Grüße\nJonas Petersen-Yıldız"

MAIL: list[dict[str, Any]] = [
    # --- 1 Nordhafen Logistics (Personio; legal name Nordhafen Holding GmbH & Co. KG) ---------
    m(
        "7f3a2c1e.nordhafen@personio.de",
        "2025-09-04 10:12:33 +0200",
        "Nordhafen Logistics <noreply@personio.de>",
        "Ihre Bewerbung als Teamleiter Supply Chain Planning (m/w/d)",
        ("confirmation", NH, NH1, 1, "personio", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

vielen Dank für Ihre Bewerbung als Teamleiter Supply Chain Planning (m/w/d) und Ihr Interesse an Nordhafen Logistics.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.

Bei Fragen erreichen Sie uns unter karriere@nordhafen-logistics.de.

Freundliche Grüße
Ihr People & Culture Team
Nordhafen Logistics

--
Nordhafen Holding GmbH & Co. KG · Am Veddeler Damm 14 · 20457 Hamburg
Amtsgericht Hamburg HRA 118402 · Komplementärin: Nordhafen Verwaltungs GmbH
Diese E-Mail wurde über Personio versendet.""",
        reply_to="Nordhafen Logistics <nordhafen-holding-1184-jobs@inbound.personio.de>",
    ),
    m(
        "CAK8h2mQ1.nh.termin@nordhafen-logistics.de",
        "2025-09-16 14:41:09 +0200",
        "Svenja Ahlers <s.ahlers@nordhafen-logistics.de>",
        "Kennenlernen – Teamleitung SC Planning",
        ("interview", NH, NH1, 1, "direct", "de"),
        """Hallo Herr Petersen-Yıldız,

danke für Ihre Unterlagen – Ihr Hintergrund im S&OP-Prozess passt gut zu dem, was wir im Planungsteam gerade aufbauen.

Ich würde Sie gerne zu einem ersten Kennenlerngespräch per Teams einladen (ca. 45 Minuten, mit mir und Henrik Grube, Bereichsleiter Supply Chain). Passt Ihnen Dienstag, 23.09., um 10:00 Uhr oder Mittwoch, 24.09., um 15:30 Uhr?

Beste Grüße
Svenja Ahlers
Senior Recruiterin

Nordhafen Logistics
Nordhafen Holding GmbH & Co. KG
T +49 40 3099 2271""",
    ),
    m(
        "2b9d0f.absage.nordhafen@personio.de",
        "2025-10-07 09:03:51 +0200",
        "Nordhafen Logistics <noreply@personio.de>",
        "Ihre Bewerbung bei Nordhafen Logistics",
        ("rejection", NH, NH1, 1, "personio", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

nochmals herzlichen Dank für das offene Gespräch mit Frau Ahlers und Herrn Grube und die Zeit, die Sie sich für uns genommen haben.

Nach sorgfältiger Abwägung haben wir uns entschieden, die Position mit einer internen Kandidatin zu besetzen. Diese Entscheidung ist uns nicht leichtgefallen.

Gerne würden wir Ihre Unterlagen für künftige Vakanzen berücksichtigen – schauen Sie gern weiterhin auf unserer Karriereseite vorbei.

Mit freundlichen Grüßen
Svenja Ahlers
Nordhafen Logistics""",
        reply_to="Nordhafen Logistics <nordhafen-holding-1184-jobs@inbound.personio.de>",
    ),
    # --- 17 Nordhafen again: re-application --------------------------------------------------
    m(
        "a71c55e0.nordhafen2@personio.de",
        "2026-01-12 08:47:02 +0100",
        "Nordhafen Logistics <noreply@personio.de>",
        "Ihre Bewerbung als Leitung Transportmanagement (m/w/d)",
        ("confirmation", NH, NH2, 17, "personio", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

schön, wieder von Ihnen zu hören! Ihre Bewerbung als Leitung Transportmanagement (m/w/d) ist bei uns eingegangen.

Wir prüfen Ihre Unterlagen und geben Ihnen so schnell wie möglich Rückmeldung.

Freundliche Grüße
Ihr People & Culture Team
Nordhafen Logistics

--
Nordhafen Holding GmbH & Co. KG · Am Veddeler Damm 14 · 20457 Hamburg
Diese E-Mail wurde über Personio versendet.""",
        reply_to="Nordhafen Logistics <nordhafen-holding-1184-jobs@inbound.personio.de>",
    ),
    m(
        "CAK8h9zzT.nh2@nordhafen-logistics.de",
        "2026-01-21 11:20:40 +0100",
        "Svenja Ahlers <s.ahlers@nordhafen-logistics.de>",
        "Einladung: Gespräch Leitung Transportmanagement",
        ("interview", NH, NH2, 17, "direct", "de"),
        """Hallo Herr Petersen-Yıldız,

wie angekündigt melde ich mich bei Ihnen – diesmal mit guten Neuigkeiten. Herr Grube möchte Sie gerne persönlich kennenlernen, diesmal vor Ort bei uns auf der Veddel.

Vorschlag: Donnerstag, 29.01.2026, 13:00 Uhr, Dauer ca. 90 Minuten inkl. Rundgang durch das Terminal. Eine Kalendereinladung schicke ich Ihnen separat.

Bitte bringen Sie einen Lichtbildausweis mit, den brauchen Sie an der Pforte.

Beste Grüße
Svenja Ahlers
Nordhafen Logistics""",
        ics={
            "uid": "040000008200E00074C5B7101A82E0080000000050B3A2F0C18ADC01",
            "style": "outlook",
            "start": "2026-01-29 13:00:00 +0100",
            "minutes": 90,
            "organizer": ("Svenja Ahlers", "s.ahlers@nordhafen-logistics.de"),
            "attendees": [("Henrik Grube", "h.grube@nordhafen-logistics.de")],
            "summary": "Vorstellungsgespräch J. Petersen-Yıldız – Leitung Transportmanagement",
            "location": "Am Veddeler Damm 14, 20457 Hamburg, Empfang Haus B",
        },
    ),
    # --- 2 Stadtwerke Elbmünde (d.vinci) ------------------------------------------------------
    m(
        "dv.5521873.eingang@dvinci-hr.com",
        "2025-09-08 16:30:12 +0200",
        "Stadtwerke Elbmünde <noreply@dvinci-hr.com>",
        "Eingangsbestätigung Ihrer Bewerbung – Kennziffer SWE-2025-047",
        ("confirmation", SW, SW1, 2, "other", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle

Leitung Einkauf und Materialwirtschaft (m/w/d)
Kennziffer: SWE-2025-047

Die Bewerbungsfrist endet am 30.09.2025. Erst danach beginnen wir mit der Sichtung aller Unterlagen; leider kann es daher etwas dauern, bis Sie von uns hören. Wir bitten um Ihr Verständnis.

Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen:
https://stadtwerke-elbmuende.dvinci-hr.com/de/p/bewerberportal

Mit freundlichen Grüßen
Personalabteilung
Stadtwerke Elbmünde GmbH

Stadtwerke Elbmünde GmbH | Hafenstraße 3 | 21680 Stade
Geschäftsführung: Dr. Kerstin Voß | Aufsichtsratsvorsitzender: Bürgermeister Uwe Strehlow""",
    ),
    m(
        "dv.5521873.zb@dvinci-hr.com",
        "2025-10-14 10:05:00 +0200",
        "Stadtwerke Elbmünde <noreply@dvinci-hr.com>",
        "Zwischenbescheid zu Ihrer Bewerbung SWE-2025-047",
        ("confirmation", SW, SW1, 2, "other", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

für die ausgeschriebene Stelle „Leitung Einkauf und Materialwirtschaft (m/w/d)“ haben uns erfreulich viele Bewerbungen erreicht. Das Auswahlverfahren dauert daher noch an.

Wir möchten Ihnen mitteilen, dass Ihre Bewerbung weiterhin berücksichtigt wird. Sobald die Entscheidung über die Einladungen zu Auswahlgesprächen gefallen ist, erhalten Sie eine Nachricht.

Mit freundlichen Grüßen
Personalabteilung
Stadtwerke Elbmünde GmbH""",
    ),
    m(
        "dv.5521873.einl@dvinci-hr.com",
        "2025-11-03 09:12:44 +0100",
        "Stadtwerke Elbmünde <noreply@dvinci-hr.com>",
        "Einladung zum Auswahlgespräch – SWE-2025-047",
        ("interview", SW, SW1, 2, "other", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

wir freuen uns, Sie zu einem persönlichen Auswahlgespräch einladen zu dürfen:

Datum: Mittwoch, 19.11.2025
Uhrzeit: 10:30 Uhr
Ort: Verwaltungsgebäude, Hafenstraße 3, 21680 Stade, Raum 2.14 (Sitzungssaal)

An dem Gespräch nehmen neben dem kaufmännischen Leiter, Herrn Ortmann, ein Mitglied des Betriebsrats sowie unsere Gleichstellungsbeauftragte teil. Bitte bestätigen Sie den Termin bis zum 10.11.2025 über das Bewerberportal.

Fahrtkosten können leider nicht erstattet werden.

Mit freundlichen Grüßen
i. A. Monika Frerichs
Personalabteilung""",
    ),
    m(
        "dv.5521873.abs@dvinci-hr.com",
        "2025-12-02 13:47:18 +0100",
        "Stadtwerke Elbmünde <noreply@dvinci-hr.com>",
        "Ihre Bewerbung – Kennziffer SWE-2025-047",
        ("rejection", SW, SW1, 2, "other", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

nochmals vielen Dank für Ihre Teilnahme am Auswahlgespräch am 19.11.2025.

Wir müssen Ihnen heute mitteilen, dass die Wahl auf eine andere Bewerberin gefallen ist, deren Profil den Anforderungen der Stelle in der Gesamtschau noch etwas näher kommt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Ihre Unterlagen werden gemäß unseren Datenschutzhinweisen sechs Monate nach Abschluss des Verfahrens gelöscht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
i. A. Monika Frerichs
Personalabteilung
Stadtwerke Elbmünde GmbH""",
    ),
    # --- 3 Weserhafen Infrastruktur AöR (rexx) -------------------------------------------------
    m(
        "rexx.20250911.88213@weserhafen-infra.de",
        "2025-09-11 07:58:30 +0200",
        "Weserhafen Infrastruktur AöR <bewerbung@weserhafen-infra.de>",
        "Ihre Bewerbung: Sachgebietsleitung Hafenlogistik (m/w/d) – EG 13 TVöD",
        ("confirmation", WH, WH1, 3, "other", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit bei der Weserhafen Infrastruktur AöR.

Stelle: Sachgebietsleitung Hafenlogistik (m/w/d)
Entgeltgruppe: EG 13 TVöD
Ausschreibungsnummer: 2025/31

Wir haben Ihre Unterlagen erhalten. Nach Ablauf der Bewerbungsfrist werden alle Bewerbungen unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten gesichtet. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung

Weserhafen Infrastruktur AöR · Überseetor 9 · 28217 Bremen
Bewerbungsportal: https://weserhafen-infra.rexx-systems.com/portal/""",
        headers={"X-Mailer": "rexx systems Recruitment"},
    ),
    m(
        "rexx.20251020.90411@weserhafen-infra.de",
        "2025-10-20 12:15:02 +0200",
        "Weserhafen Infrastruktur AöR <bewerbung@weserhafen-infra.de>",
        "Online-Testverfahren – Ausschreibung 2025/31",
        ("assessment", WH, WH1, 3, "other", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

im nächsten Schritt unseres Auswahlverfahrens bitten wir Sie, an einem Online-Testverfahren teilzunehmen. Der Test umfasst Aufgaben zum logischen Denken, zur Datenauswertung sowie einen Fragebogen zur Arbeitsweise und dauert ca. 60 Minuten.

Ihren persönlichen Zugang erhalten Sie in einer separaten E-Mail unseres Dienstleisters. Bitte schließen Sie den Test bis zum 27.10.2025, 23:59 Uhr, ab.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
Weserhafen Infrastruktur AöR""",
        headers={"X-Mailer": "rexx systems Recruitment"},
    ),
    m(
        "rexx.20251110.93002@weserhafen-infra.de",
        "2025-11-10 15:02:55 +0100",
        "Weserhafen Infrastruktur AöR <bewerbung@weserhafen-infra.de>",
        "Einladung zum Vorstellungsgespräch – Ausschreibung 2025/31",
        ("interview", WH, WH1, 3, "other", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

auf Grundlage Ihrer Unterlagen und der Ergebnisse des Testverfahrens laden wir Sie herzlich zu einem strukturierten Vorstellungsgespräch ein.

Termin: Dienstag, 25.11.2025, 09:00 – 10:15 Uhr
Ort: Überseetor 9, 28217 Bremen, Konferenzraum „Kaje“

Die Auswahlkommission besteht aus Herrn Dr. Tammen (Abteilungsleitung Hafenbetrieb), Frau Kück (Personal), einem Mitglied des Personalrats und der Gleichstellungsbeauftragten. Zu Beginn bitten wir Sie um eine zehnminütige Präsentation zum Thema „Digitale Slot-Buchung für den Lkw-Verkehr im Hafen – Chancen und Risiken“.

Reisekosten werden nach dem Bremischen Reisekostengesetz erstattet.

Mit freundlichen Grüßen
Frauke Kück
Personalgewinnung""",
        headers={"X-Mailer": "rexx systems Recruitment"},
    ),
    m(
        "AM0PR07MB.kueck.angebot@weserhafen-infra.de",
        "2026-01-08 10:44:17 +0100",
        "Kück, Frauke <f.kueck@weserhafen-infra.de>",
        "Ausschreibung 2025/31 – Vertragsangebot",
        ("offer", WH, WH1, 3, "direct", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

ich freue mich, Ihnen mitteilen zu können, dass sich die Auswahlkommission – mit Zustimmung des Personalrats – für Sie entschieden hat.

Wir bieten Ihnen die Einstellung als Sachgebietsleitung Hafenlogistik zum 01.04.2026 an, unbefristet, in Vollzeit (39 Wochenstunden), Eingruppierung in EG 13 TVöD, Stufe 3 (unter Anerkennung Ihrer einschlägigen Berufserfahrung). Hinzu kommen Jahressonderzahlung, betriebliche Altersversorgung (VBL) und ein Jobticket.

Den Vertragsentwurf finden Sie im Anhang. Bitte teilen Sie uns bis zum 23.01.2026 mit, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Frauke Kück
Personalgewinnung
Weserhafen Infrastruktur AöR
Tel. 0421 69834-118""",
        attach=[
            (
                "Arbeitsvertrag_Entwurf_Petersen-Yildiz.pdf",
                "application/pdf",
                "%PDF-1.4 (Vertragsentwurf)",
            )
        ],
    ),
    m(
        "AM0PR07MB.kueck.absage-dank@weserhafen-infra.de",
        "2026-01-26 09:10:03 +0100",
        "Kück, Frauke <f.kueck@weserhafen-infra.de>",
        "AW: Ausschreibung 2025/31 – Vertragsangebot",
        ("offer", WH, WH1, 3, "direct", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

vielen Dank für Ihre offene Rückmeldung. Wir bedauern sehr, dass Sie unser Angebot nicht annehmen, respektieren aber natürlich Ihre Entscheidung für die andere Position.

Wir wünschen Ihnen einen guten Start und würden uns freuen, wenn sich unsere Wege irgendwann noch einmal kreuzen.

Mit freundlichen Grüßen
Frauke Kück

-----Ursprüngliche Nachricht-----
Von: Jonas Petersen-Yıldız <jonas.petersen.yildiz@gmail.com>
Gesendet: Freitag, 23. Januar 2026 18:02
An: Kück, Frauke <f.kueck@weserhafen-infra.de>
Betreff: Re: Ausschreibung 2025/31 – Vertragsangebot

Sehr geehrte Frau Kück,

herzlichen Dank für das Angebot und das Vertrauen. Nach langem Überlegen habe ich mich jedoch entschieden, ein anderes Angebot anzunehmen, und muss Ihnen daher absagen. Das ist mir wirklich nicht leichtgefallen.

Mit freundlichen Grüßen
Jonas Petersen-Yıldız""",
        st="declined",
        **re("AM0PR07MB.kueck.angebot@weserhafen-infra.de"),
    ),
    # --- 4 Zackig (JOIN, du) ----------------------------------------------------------------
    m(
        "join.zk.81723@join.com",
        "2025-09-15 21:04:11 +0200",
        "Zackig via JOIN <noreply@join.com>",
        "Deine Bewerbung bei Zackig ist eingegangen 🎉",
        ("confirmation", ZK, ZK1, 4, "other", "de"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Jonas,</p>
<p>danke für deine Bewerbung als <b>Head of Hub Operations Nord</b> bei <b>Zackig</b>!</p>
<p>Das Team schaut sich dein Profil an und meldet sich direkt bei dir. Du kannst den Status deiner Bewerbung jederzeit in deinem JOIN-Account verfolgen.</p>
<p><a href="https://join.com/candidate/applications">Bewerbung ansehen</a></p>
<p>Viel Erfolg!<br>Dein JOIN Team</p>
<p style="font-size:11px;color:#888">JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich</p>
</body></html>""",
    ),
    m(
        "CAFh7zK1q.lea@zackig.app",
        "2025-09-18 12:33:00 +0200",
        "Lea Brammer <lea@zackig.app>",
        "Zackig x Jonas – kurzer Call?",
        ("interview", ZK, ZK1, 4, "direct", "de"),
        """Hey Jonas,

ich bin Lea, COO bei Zackig. Dein Profil hat uns echt neugierig gemacht – gerade die Erfahrung mit Schichtplanung im Mehrstandort-Betrieb brauchen wir gerade dringend, wir machen im Oktober zwei neue Dark Stores in Altona und Barmbek auf.

Hast du Lust auf einen ersten Call, 30 Minuten, ganz locker? Such dir einfach einen Slot aus: https://calendly.com/lea-zackig/30min

Bis bald!
Lea

--
Lea Brammer · COO
Zackig – Lebensmittel in 12 Minuten
zackig.app""",
    ),
    m(
        "CAFh7zK9w.fallstudie@zackig.app",
        "2025-09-29 17:55:42 +0200",
        "Lea Brammer <lea@zackig.app>",
        "Re: Zackig x Jonas – nächster Schritt: Case",
        ("assessment", ZK, ZK1, 4, "direct", "de"),
        """Hi Jonas,

danke dir nochmal für das gute Gespräch am Freitag, Tarek und ich waren beide angetan.

Als nächsten Schritt würden wir dich um eine kleine Fallstudie bitten. Im Anhang findest du einen anonymisierten Datensatz aus einem unserer Hubs (Bestellungen pro Stunde, Picker-Schichten, Lieferzeiten über 4 Wochen). Die Frage: Wie würdest du die Schichtplanung für Hub Barmbek aufsetzen, damit wir in den Peaks unter 15 Minuten bleiben, ohne dass die Personalkosten explodieren?

Kein Hochglanz nötig – 5-6 Folien reichen völlig. Schick's uns bis Montag, 6.10., und dann stellst du's uns in einem Call vor.

Cheers
Lea""",
        attach=[
            (
                "zackig_case_hub_barmbek.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "PK fake xlsx",
            )
        ],
        **re("CAFh7zK1q.lea@zackig.app"),
    ),
    m(
        "CAFh7zKx2.absage@zackig.app",
        "2025-10-15 19:12:08 +0200",
        "Lea Brammer <lea@zackig.app>",
        "Re: Zackig x Jonas – nächster Schritt: Case",
        ("rejection", ZK, ZK1, 4, "direct", "de"),
        """Hi Jonas,

erstmal: deine Case-Präsentation war richtig stark, vor allem der Ansatz mit den gestaffelten Mini-Schichten. Das haben wir intern schon zweimal zitiert 🙂

Trotzdem muss ich dir leider sagen, dass wir uns am Ende für jemanden entschieden haben, der schon länger im Quick-Commerce unterwegs ist und sofort starten kann. Die Entscheidung war wirklich knapp.

Wenn wir nächstes Jahr nach Hannover expandieren, würde ich mich gern nochmal bei dir melden – falls das für dich ok ist.

Alles Gute dir!
Lea""",
        **re("CAFh7zK9w.fallstudie@zackig.app"),
    ),
    # --- 5 Frachtwerk (Greenhouse, du) -> accepted ----------------------------------------------
    m(
        "gh.frachtwerk.4410291@greenhouse-mail.io",
        "2025-10-21 11:02:17 +0200",
        "Frachtwerk Recruiting <no-reply@us.greenhouse-mail.io>",
        "Danke für deine Bewerbung bei Frachtwerk!",
        ("confirmation", FW, FW1, 5, "greenhouse", "de"),
        """Hi Jonas,

danke, dass du dich als Senior Operations Manager (Remote) bei Frachtwerk beworben hast!

Wir bekommen gerade viele Bewerbungen und schauen uns jede einzelne an – das kann ein paar Tage dauern. Sobald es Neuigkeiten gibt, hörst du von uns.

In der Zwischenzeit: Wenn du mehr darüber erfahren willst, wie wir Frachtenbörsen und Disposition für mittelständische Spediteure zusammenbringen, schau gern auf unserem Blog vorbei: https://frachtwerk.io/blog

Viele Grüße
Das Frachtwerk People Team""",
    ),
    m(
        "gh.frachtwerk.4410291.sched@greenhouse-mail.io",
        "2025-10-30 09:31:50 +0100",
        "Marit Søndergaard <no-reply@us.greenhouse-mail.io>",
        "Interview mit Frachtwerk: Senior Operations Manager",
        ("interview", FW, FW1, 5, "greenhouse", "de"),
        """Hi Jonas,

wir würden dich gerne besser kennenlernen! Hiermit bestätigen wir dein Interview:

Interview: Erstgespräch mit Marit (Head of Operations)
Wann: Dienstag, 4. November 2025, 14:00–14:45 (MEZ)
Wo: Google Meet – https://meet.google.com/kqe-ydzt-wpa

Falls du den Termin verschieben musst, antworte einfach auf diese Mail.

Bis dann!
Marit""",
        reply_to="marit.soendergaard@frachtwerk.io",
        ics={
            "uid": "gh-int-77120934@frachtwerk.io",
            "start": "2025-11-04 14:00:00 +0100",
            "minutes": 45,
            "organizer": ("Marit Søndergaard", "marit.soendergaard@frachtwerk.io"),
            "summary": "Frachtwerk – Erstgespräch Jonas Petersen-Yıldız",
            "description": "Google Meet: https://meet.google.com/kqe-ydzt-wpa",
            "location": "Google Meet",
        },
    ),
    m(
        "CAB9frw.panel@frachtwerk.io",
        "2025-11-13 16:20:05 +0100",
        "Marit Søndergaard <marit.soendergaard@frachtwerk.io>",
        "Nächste Runde + ein paar Infos",
        ("interview", FW, FW1, 5, "direct", "de"),
        """Hey Jonas,

wie versprochen die Infos zur nächsten Runde: Wir würden dich gern für einen halben Tag nach Hamburg ins Büro holen (Schanzenviertel, Lagerstraße). Du triffst Ben (CEO), zwei Leute aus dem Ops-Team und Ayşe aus Product. Ablauf grob:

- 10:00 Kaffee + Büro-Tour
- 10:30 Deep-Dive: dein Blick auf unsere Carrier-Onboarding-Zahlen (schicke ich dir vorab)
- 12:00 Mittag mit dem Team
- 13:00 Gespräch mit Ben

Wie sieht's bei dir am 24. oder 26. November aus?

LG Marit""",
    ),
    m(
        "gh.frachtwerk.4410291.offer@greenhouse-mail.io",
        "2025-12-09 17:48:33 +0100",
        "Marit Søndergaard <no-reply@us.greenhouse-mail.io>",
        "Dein Angebot von Frachtwerk 🚚",
        ("offer", FW, FW1, 5, "greenhouse", "de"),
        """Hi Jonas,

ich freu mich riesig: Wir möchten dich als Senior Operations Manager an Bord holen!

Alle Details findest du im angehängten Angebot: 92.000 € Fixgehalt, 0,15 % virtuelle Anteile (VSOP), 30 Urlaubstage, Remote-first mit einem Team-Tag pro Woche in Hamburg, Start am 1. März 2026 oder früher, wenn's passt.

Nimm dir gern ein paar Tage Zeit – und melde dich, wenn du Fragen hast oder nochmal mit Ben sprechen willst.

Marit""",
        reply_to="marit.soendergaard@frachtwerk.io",
        attach=[("Frachtwerk_Angebot_Petersen-Yildiz.pdf", "application/pdf", "%PDF-1.7 Angebot")],
    ),
    m(
        "CAB9frw.welcome@frachtwerk.io",
        "2026-01-22 10:05:12 +0100",
        "Marit Søndergaard <marit.soendergaard@frachtwerk.io>",
        "Re: Dein Angebot von Frachtwerk",
        ("offer", FW, FW1, 5, "direct", "de"),
        """Jonas!!

Wie cool – unterschriebener Vertrag ist da, willkommen im Team! 🎉

Malte aus dem People-Team meldet sich nächste Woche wegen Laptop, Onboarding-Plan und allem anderen. Dein erster Tag ist der 2. März, wir starten um 10 Uhr mit Frühstück im Büro.

Freu mich!
Marit

Am Mi., 21. Jan. 2026 um 22:14 schrieb Jonas Petersen-Yıldız <jonas.petersen.yildiz@gmail.com>:
> Hallo Marit,
>
> anbei der unterschriebene Vertrag. Ich freue mich sehr auf den Start!
>
> Viele Grüße
> Jonas""",
        st="accepted",
        **re("gh.frachtwerk.4410291.offer@greenhouse-mail.io"),
    ),
    m(
        "CAB9frw.onboard@frachtwerk.io",
        "2026-02-03 13:40:00 +0100",
        "Malte Riecken <malte@frachtwerk.io>",
        "Onboarding: dein Equipment & erster Tag",
        ("other_job", FW, FW1, None, "direct", "de"),
        """Moin Jonas,

ich bin Malte aus dem People-Team. Damit am 2. März alles bereitsteht, brauche ich bis zum 13.02. noch:

1. Deine Steuer-ID und Sozialversicherungsnummer (bitte über das Personio-Mitarbeiterportal hochladen, Einladung kommt separat)
2. Mac oder Windows? Tastatur DE oder US?
3. Deine Kleidergröße für den Hoodie 😄

Bis bald!
Malte""",
    ),
    # --- 6 + 7 Valdor Chemie (SuccessFactors), two roles --------------------------------------
    m(
        "sf.valdor.1178823@successfactors.eu",
        "2025-09-22 08:14:29 +0200",
        "Valdor Chemie Careers <noreply@successfactors.eu>",
        "Valdor Chemie AG – Eingangsbestätigung Ihrer Bewerbung",
        ("confirmation", VC, VC1, 6, "other", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

vielen Dank für Ihre Bewerbung auf die Position Supply Chain Manager EMEA (m/w/d) (Job-ID 48812) am Standort Hannover.

Wir prüfen nun Ihre Unterlagen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.

Über unser Kandidatenportal können Sie Ihr Profil jederzeit aktualisieren.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Valdor Chemie AG

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.""",
    ),
    m(
        "sf.valdor.1178901@successfactors.eu",
        "2025-09-22 08:31:02 +0200",
        "Valdor Chemie Careers <noreply@successfactors.eu>",
        "Valdor Chemie AG – Eingangsbestätigung Ihrer Bewerbung",
        ("confirmation", VC, VC2, 7, "other", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

vielen Dank für Ihre Bewerbung auf die Position Demand Planning Lead (m/w/d) (Job-ID 48977) am Standort Hannover.

Wir prüfen nun Ihre Unterlagen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.

Über unser Kandidatenportal können Sie Ihr Profil jederzeit aktualisieren.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Valdor Chemie AG

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.""",
    ),
    m(
        "sf.valdor.1178823.st@successfactors.eu",
        "2025-10-24 14:02:40 +0200",
        "Valdor Chemie Careers <noreply@successfactors.eu>",
        "Statusänderung Ihrer Bewerbung (Job-ID 48812)",
        ("rejection", VC, VC1, 6, "other", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

wir bedanken uns nochmals für Ihr Interesse an der Position Supply Chain Manager EMEA (m/w/d).

Nach eingehender Prüfung aller Bewerbungen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlprozess nicht berücksichtigen können. Ausschlaggebend waren dabei ausschließlich die spezifischen Anforderungen der Position.

Ihre Bewerbung für weitere Positionen bei Valdor bleibt davon selbstverständlich unberührt.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Valdor Chemie AG""",
    ),
    m(
        "VI1PR02.valdor.dpl@valdor-chemie.de",
        "2025-10-28 11:18:27 +0100",
        "Wittkowski, Dana <dana.wittkowski@valdor-chemie.de>",
        "Demand Planning Lead – Terminvorschlag Interview",
        ("interview", VC, VC2, 7, "direct", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

ich bin die Recruiterin für die Position Demand Planning Lead (Job-ID 48977) und würde Sie gerne zu einem ersten Interview mit Herrn Dr. Falkenrath (Director Supply Chain Planning) einladen.

Das Gespräch findet per MS Teams statt und dauert ca. 60 Minuten. Die Einladung habe ich Ihnen für Montag, 10.11.2025, 11:00 Uhr eingestellt. Sollte der Termin nicht passen, geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen

Dana Wittkowski
Talent Acquisition Partner
Valdor Chemie AG | Vahrenwalder Str. 212 | 30179 Hannover
Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Lohmeier | Vorstand: Dr. Anja Reimers (Vors.), Klaus Petri
Sitz der Gesellschaft: Hannover | Registergericht: Amtsgericht Hannover HRB 60218""",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000D0C1F5F64C4ADC01",
            "style": "outlook",
            "start": "2025-11-10 11:00:00 +0100",
            "minutes": 60,
            "organizer": ("Wittkowski, Dana", "dana.wittkowski@valdor-chemie.de"),
            "attendees": [("Falkenrath, Dr. Till", "till.falkenrath@valdor-chemie.de")],
            "summary": "Interview Demand Planning Lead – Petersen-Yıldız",
            "description": "Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_valdor",
            "location": "Microsoft Teams-Besprechung",
        },
    ),
    # --- 8 Gebr. Lüttjohann (StepStone + direct) -> withdrawn -----------------------------------
    m(
        "20250925.stst.7718230@stepstone.de",
        "2025-09-25 19:40:11 +0200",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        ("confirmation", GL, GL1, 8, "other", "de"),
        html="""<html><body>
<table width="600" style="font-family:Helvetica,Arial"><tr><td>
<img src="https://www.stepstone.de/img/logo.png" alt="StepStone">
<h2>Geschafft, Jonas!</h2>
<p>Ihre Bewerbung wurde an <b>Gebr. Lüttjohann Maschinenbau GmbH</b> übermittelt.</p>
<p><b>Leiter Logistik (m/w/d)</b><br>Achim bei Bremen</p>
<p>Was passiert jetzt? Der Arbeitgeber prüft Ihre Unterlagen. Den Status können Sie unter „Meine Bewerbungen“ verfolgen.</p>
<p><a href="https://www.stepstone.de/candidate/applications">Zu meinen Bewerbungen</a></p>
<p style="font-size:11px">StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf</p>
</td></tr></table></body></html>""",
    ),
    m(
        "20251001.stst.7718230.seen@stepstone.de",
        "2025-10-01 08:02:55 +0200",
        "StepStone <noreply@stepstone.de>",
        "Gute Nachrichten: Ihre Bewerbung wurde gelesen",
        ("viewed", GL, GL1, 8, "other", "de"),
        html="""<html><body><table width="600" style="font-family:Helvetica,Arial"><tr><td>
<p>Hallo Jonas,</p>
<p><b>Gebr. Lüttjohann Maschinenbau GmbH</b> hat Ihre Bewerbung als <b>Leiter Logistik (m/w/d)</b> geöffnet.</p>
<p>Tipp: Halten Sie Ihr Telefon in den nächsten Tagen griffbereit – Arbeitgeber melden sich oft kurzfristig.</p>
<p><a href="https://www.stepstone.de/candidate/applications">Status ansehen</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "00d401dc3a.luettjohann@luettjohann-maschinenbau.de",
        "2025-10-06 17:26:31 +0200",
        "Hinrich Lüttjohann <h.luettjohann@luettjohann-maschinenbau.de>",
        "Ihre Bewerbung Leiter Logistik",
        ("interview", GL, GL1, 8, "direct", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

Ihre Bewerbung habe ich mit Interesse gelesen. Wir sind ein Familienunternehmen in dritter Generation mit rund 320 Mitarbeitern, und die Logistik – Beschaffung, Lager, Versand bis zum Export unserer Förderanlagen – soll künftig in einer Hand liegen.

Ich würde Sie gern zu einem ersten Gespräch einladen, gern telefonisch oder per Video. Wie wäre es mit Donnerstag, 9. Oktober, 16 Uhr?

Mit freundlichen Grüßen

Hinrich Lüttjohann
Geschäftsführender Gesellschafter
Gebr. Lüttjohann Maschinenbau GmbH
Industriestraße 40 · 28832 Achim
Tel. 04202 9177-0""",
    ),
    m(
        "00d401dc44.luettjohann@luettjohann-maschinenbau.de",
        "2025-10-14 08:50:12 +0200",
        "Hinrich Lüttjohann <h.luettjohann@luettjohann-maschinenbau.de>",
        "AW: Ihre Bewerbung Leiter Logistik - Zweitgespräch",
        ("interview", GL, GL1, 8, "direct", "de"),
        """Guten Morgen Herr Petersen-Yıldız,

vielen Dank für das angenehme Telefonat letzte Woche. Wir möchten Sie gerne zu einem Zweitgespräch vor Ort in Achim einladen. Dabei lernen Sie auch unseren Produktionsleiter, Herrn Meinken, kennen, und wir gehen gemeinsam durch Lager und Versand.

Termin: Mittwoch, 22.10.2025, 10:00 Uhr. Parkplätze sind vor dem Haupteingang.

Mit freundlichen Grüßen
Hinrich Lüttjohann

Gesendet von Outlook für iOS""",
    ),
    m(
        "00d401dc99.luettjohann@luettjohann-maschinenbau.de",
        "2025-11-05 12:11:48 +0100",
        "Hinrich Lüttjohann <h.luettjohann@luettjohann-maschinenbau.de>",
        "AW: Rückzug meiner Bewerbung",
        ("confirmation", GL, GL1, 8, "direct", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

schade, aber ich kann Ihre Gründe nachvollziehen – die tägliche Pendelei von Hamburg nach Achim ist auf Dauer kein Pappenstiel. Ich habe Ihre Bewerbung wie gewünscht zurückgezogen.

Alles Gute und viele Grüße nach Hamburg
Hinrich Lüttjohann

Von: Jonas Petersen-Yıldız <jonas.petersen.yildiz@gmail.com>
Gesendet: Dienstag, 4. November 2025 21:37
An: Hinrich Lüttjohann <h.luettjohann@luettjohann-maschinenbau.de>
Betreff: Rückzug meiner Bewerbung

Sehr geehrter Herr Lüttjohann,

nach reiflicher Überlegung möchte ich meine Bewerbung als Leiter Logistik zurückziehen. Das Gespräch vor Ort hat mir sehr gefallen, aber familiär passt ein Umzug nach Achim derzeit nicht.

Mit freundlichen Grüßen
Jonas Petersen-Yıldız""",
        st="withdrawn",
    ),
    # --- 9 Heinsohn Feinkost via Kessler & Brandt Personalberatung ------------------------------
    m(
        "KB.0923.ansprache@kessler-brandt.de",
        "2025-09-23 11:47:05 +0200",
        "Friederike Kessler <f.kessler@kessler-brandt.de>",
        "Vertrauliche Anfrage – Leitung Supply Chain",
        ("outreach", None, HS1, None, "agency", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

ich bin auf Ihr Profil bei XING aufmerksam geworden und erlaube mir, Sie direkt anzusprechen.

Im Auftrag eines familiengeführten Unternehmens aus dem Norden – einem etablierten Hersteller im Lebensmittelbereich mit rund 900 Mitarbeitenden und starkem Wachstum im LEH – suche ich einen Leiter Supply Chain (m/w/d), der Planung, Beschaffung, Lager und Distribution verantwortet und direkt an die Geschäftsführung berichtet.

Den Namen meines Mandanten kann ich Ihnen aus Diskretionsgründen erst im persönlichen Gespräch nennen. Hätten Sie Interesse an einem vertraulichen Telefonat in dieser oder der kommenden Woche?

Mit besten Grüßen

Friederike Kessler
Partnerin
Kessler & Brandt Personalberatung GmbH
Neuer Wall 61 · 20354 Hamburg
+49 40 8090 7711 · www.kessler-brandt.de""",
    ),
    m(
        "KB.1002.termin@kessler-brandt.de",
        "2025-10-02 09:20:33 +0200",
        "Friederike Kessler <f.kessler@kessler-brandt.de>",
        "AW: Vertrauliche Anfrage – Leitung Supply Chain",
        ("outreach", None, HS1, None, "agency", "de"),
        """Lieber Herr Petersen-Yıldız,

danke für Ihren Rückruf gestern – wie besprochen schicke ich Ihnen vorab das anonymisierte Positionsprofil. Sobald Sie mir Ihr Einverständnis zur Vorstellung geben, nenne ich Ihnen den Mandanten und wir stimmen das Interview in unserem Büro ab.

Herzliche Grüße
Friederike Kessler""",
        attach=[("Positionsprofil_Leitung_SCM_anonym.pdf", "application/pdf", "%PDF-1.4 Profil")],
    ),
    m(
        "KB.1009.interview@kessler-brandt.de",
        "2025-10-09 15:02:44 +0200",
        "Friederike Kessler <f.kessler@kessler-brandt.de>",
        "Ihr Gespräch bei uns am 16.10. – Mandant Heinsohn",
        ("interview", HS, HS1, 9, "agency", "de"),
        """Lieber Herr Petersen-Yıldız,

vielen Dank für Ihr Einverständnis. Wie versprochen: Unser Mandant ist die Heinsohn Feinkost GmbH & Co. KG aus Buxtehude (Marken „Heinsohn“ und „Elbküste“). Die Geschäftsführung ist sehr an Ihrem Profil interessiert.

Ich lade Sie zunächst zu einem ausführlichen Interview in unserem Büro ein:
Donnerstag, 16.10.2025, 17:30 Uhr, Neuer Wall 61, 3. OG.

Bitte behandeln Sie die Information zum Mandanten weiterhin vertraulich.

Herzliche Grüße
Friederike Kessler
Kessler & Brandt Personalberatung""",
    ),
    m(
        "KB.1030.gf@kessler-brandt.de",
        "2025-10-30 10:11:09 +0100",
        "Friederike Kessler <f.kessler@kessler-brandt.de>",
        "Heinsohn – Gespräch mit der Geschäftsführung",
        ("interview", HS, HS1, 9, "agency", "de"),
        """Lieber Herr Petersen-Yıldız,

gute Nachrichten: Herr Heinsohn jun. und die kaufmännische Geschäftsführerin, Frau Dr. Lühmann, möchten Sie kennenlernen. Vorgeschlagen ist Donnerstag, 6.11., 14:00 Uhr in Buxtehude (Am Feldmoor 8). Ich werde ebenfalls dabei sein.

Passt Ihnen das?

Herzliche Grüße
Friederike Kessler""",
    ),
    m(
        "KB.1119.absage@kessler-brandt.de",
        "2025-11-19 18:04:26 +0100",
        "Friederike Kessler <f.kessler@kessler-brandt.de>",
        "Rückmeldung Heinsohn",
        ("rejection", HS, HS1, 9, "agency", "de"),
        """Lieber Herr Petersen-Yıldız,

ich hatte heute das Abschlussgespräch mit Heinsohn. Die Geschäftsführung war von Ihrer analytischen Art beeindruckt, hat sich aber für einen Kandidaten entschieden, der bereits Erfahrung in der Fleisch- und Wurstwarenindustrie mitbringt – das war am Ende das Zünglein an der Waage.

Ich bedauere das sehr und würde gern mit Ihnen in Kontakt bleiben. Es kommen regelmäßig passende Mandate zu uns.

Herzliche Grüße
Friederike Kessler""",
    ),
    # --- 10 Brüggemann Verpackung via Nordlicht Executive Search -> on hold ---------------------
    m(
        "NL-0930-a@nordlicht-search.de",
        "2025-09-30 13:14:52 +0200",
        "Ole Wichmann | Nordlicht Executive Search <o.wichmann@nordlicht-search.de>",
        "Interessante Führungsposition im Raum Hannover",
        ("outreach", None, BV1, None, "agency", "de"),
        """Hallo Herr Petersen-Yıldız,

ich hoffe, Sie haben einen guten Start in die Woche gehabt.

Wir begleiten derzeit einen erfolgreichen Mittelständler aus der Verpackungsindustrie im Raum Hannover (ca. 450 MA, Inhaberfamilie in zweiter Generation) bei der Besetzung der Position Head of Operations & Logistik (m/w/d). Gesucht wird jemand, der Werkslogistik, Intralogistik und das neue Zentrallager zusammenführt.

Ihr Werdegang passt aus meiner Sicht sehr gut. Hätten Sie Zeit für ein kurzes Telefonat? Mein Kalender: https://outlook.office365.com/book/NordlichtOW

Beste Grüße
Ole Wichmann
Senior Consultant · Nordlicht Executive Search GmbH · Hannover""",
    ),
    m(
        "NL-1016-b@nordlicht-search.de",
        "2025-10-16 10:30:01 +0200",
        "Ole Wichmann | Nordlicht Executive Search <o.wichmann@nordlicht-search.de>",
        "Head of Operations & Logistik: Vorstellung beim Mandanten",
        ("interview", BV, BV1, 10, "agency", "de"),
        """Hallo Herr Petersen-Yıldız,

vielen Dank für Ihre Freigabe. Ich habe Ihr Profil heute bei unserem Mandanten, der Brüggemann Verpackung GmbH in Laatzen, vorgestellt, und man möchte Sie gern kennenlernen.

Gesprächstermin (per Video): Freitag, 24.10.2025, 9:00 Uhr, mit Herrn Brüggemann (GF) und Frau Seidel (HR). Den Link schicke ich Ihnen einen Tag vorher.

Beste Grüße
Ole Wichmann""",
    ),
    m(
        "NL-1204-c@nordlicht-search.de",
        "2025-12-04 16:47:22 +0100",
        "Ole Wichmann | Nordlicht Executive Search <o.wichmann@nordlicht-search.de>",
        "Brüggemann – aktueller Stand",
        ("confirmation", BV, BV1, 10, "agency", "de"),
        """Hallo Herr Petersen-Yıldız,

ich muss Ihnen leider eine unerfreuliche Zwischennachricht geben: Brüggemann hat die Besetzung der Position vorerst gestoppt. Hintergrund ist eine Investitionsentscheidung im Gesellschafterkreis zum neuen Zentrallager, die auf das Frühjahr vertagt wurde.

Das ist ausdrücklich keine Absage an Sie – Herr Brüggemann hat betont, dass Sie nach wie vor sein Favorit sind. Ich melde mich, sobald es weitergeht.

Beste Grüße
Ole Wichmann""",
        st="on_hold",
    ),
    # --- 11 Spedition Harms (direct, ghosted) ---------------------------------------------------
    m(
        "000c01dc2f8e.harms@harms-spedition.de",
        "2025-09-26 10:21:40 +0200",
        "Personal Harms <personal@harms-spedition.de>",
        "AW: Bewerbung Niederlassungsleiter Bremen",
        ("confirmation", HA, HA1, 11, "direct", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

vielen Dank für Ihre Bewerbung, die wir über die Jobbörse der Bundesagentur für Arbeit erhalten haben.

Wir werden Ihre Unterlagen sorgfältig prüfen. Da wir derzeit viele Stellen gleichzeitig besetzen, kann es leider etwas dauern, bis wir uns bei Ihnen melden. Wir bitten um etwas Geduld.

Mit freundlichen Grüßen

i. A. Gesa Harms
Personal
Spedition Harms & Söhne GmbH & Co. KG
Hafenrandstraße 22 · 28197 Bremen
Tel. 0421 54311-0 · Fax 0421 54311-99""",
    ),
    # --- 12 Baltic Cold Chain (Indeed) ---------------------------------------------------------
    m(
        "indeedapply.20251002.bcc@indeed.com",
        "2025-10-02 20:11:03 +0200",
        "Indeed Apply <indeedapply@indeed.com>",
        "Bewerbung gesendet: Operations Manager Kühllogistik (m/w/d)",
        ("confirmation", BC, BC1, 12, "indeed", "de"),
        html="""<html><body style="font-family:Arial">
<p><img src="https://d3fw5vlhllyvee.cloudfront.net/indeed-logo.png" alt="indeed"></p>
<p>Ihre Bewerbung wurde gesendet an <b>Baltic Cold Chain GmbH</b>.</p>
<p><b>Operations Manager Kühllogistik (m/w/d)</b><br>Baltic Cold Chain GmbH – Lübeck</p>
<p>Die folgenden Elemente wurden mit Ihrer Bewerbung gesendet:<br>• Lebenslauf_Petersen-Yildiz.pdf<br>• Antworten auf 3 Fragen</p>
<p>Viel Glück!<br>Das Indeed-Team</p>
<p style="font-size:11px;color:#666">Sie erhalten diese E-Mail, weil Sie sich über Indeed beworben haben. © 2025 Indeed</p>
</body></html>""",
    ),
    m(
        "indeed.20251008.viewed.bcc@indeed.com",
        "2025-10-08 07:45:19 +0200",
        "Indeed <no-reply@indeed.com>",
        "Ihre Bewerbung wurde angesehen",
        ("viewed", BC, BC1, 12, "indeed", "de"),
        html="""<html><body style="font-family:Arial">
<p>Gute Neuigkeiten, Jonas!</p>
<p><b>Baltic Cold Chain GmbH</b> hat sich Ihre Bewerbung für <b>Operations Manager Kühllogistik (m/w/d)</b> angesehen.</p>
<p>Was jetzt? Arbeitgeber melden sich in der Regel innerhalb von ein bis zwei Wochen.</p>
<p><a href="https://de.indeed.com/myjobs">Meine Jobs</a></p>
</body></html>""",
    ),
    m(
        "5a9f.bcc.hr@balticcoldchain.de",
        "2025-10-20 14:28:33 +0200",
        "Baltic Cold Chain GmbH <karriere@balticcoldchain.de>",
        "Ihre Bewerbung vom 02.10.2025",
        ("rejection", BC, BC1, 12, "direct", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

vielen Dank für Ihr Interesse an unserem Unternehmen und die Zusendung Ihrer Bewerbungsunterlagen.

Wir haben uns für andere Kandidat:innen entschieden, deren Profil noch besser zu unseren aktuellen Anforderungen passt. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.

Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Mit freundlichen Grüßen
Personalabteilung
Baltic Cold Chain GmbH · Roggenhorster Str. 9 · 23556 Lübeck""",
    ),
    # --- 13 Holmfeld (LinkedIn, ghosted) -------------------------------------------------------
    m(
        "holmfeld.2025.10.09@linkedin.com",
        "2025-10-09 13:05:44 +0200",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jonas, Ihre Bewerbung wurde an Holmfeld Nahrungsmittel gesendet",
        ("confirmation", HO, HO1, 13, "linkedin", "de"),
        html="""<html><body>
<p>Ihre Bewerbung wurde an Holmfeld Nahrungsmittel gesendet</p>
<table><tr><td><b>Supply Chain Planner (m/w/d)</b><br>Holmfeld Nahrungsmittel · Hannover, Niedersachsen, Deutschland (Hybrid)<br>Beworben am 9. Okt. 2025</td></tr></table>
<p>Jetzt sind die nächsten Schritte beim Unternehmen. Sie können Ihre Bewerbungen unter „Meine Jobs“ verfolgen.</p>
<p><a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">Bewerbung ansehen</a></p>
<p style="font-size:11px">Diese E-Mail war für Jonas Petersen-Yıldız (Supply Chain &amp; Logistics Manager) bestimmt. LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</body></html>""",
    ),
    m(
        "holmfeld.2025.10.13.viewed@linkedin.com",
        "2025-10-13 18:22:10 +0200",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ihre Bewerbung wurde angesehen von Holmfeld Nahrungsmittel",
        ("viewed", HO, HO1, 13, "linkedin", "de"),
        html="""<html><body>
<p>Jonas, gute Nachricht!</p>
<p>Ihre Bewerbung als <b>Supply Chain Planner (m/w/d)</b> wurde von <b>Holmfeld Nahrungsmittel</b> angesehen.</p>
<p><a href="https://www.linkedin.com/jobs/view/4301177265/">Stellenanzeige ansehen</a></p>
</body></html>""",
    ),
    # --- 14 Alsterwerk Medizintechnik (softgarden) ---------------------------------------------
    m(
        "sg.alsterwerk.3318271@softgarden.io",
        "2025-10-06 09:40:21 +0200",
        "Alsterwerk Medizintechnik GmbH <noreply@softgarden.io>",
        "Vielen Dank für Ihre Bewerbung als Leitung Materialwirtschaft (m/w/d)",
        ("confirmation", AW, AW1, 14, "other", "de"),
        """Hallo Herr Petersen-Yıldız,

vielen Dank für Ihre Bewerbung! Wir freuen uns über Ihr Interesse an Alsterwerk Medizintechnik.

Ihre Unterlagen werden nun von unserem Recruiting-Team und der Fachabteilung geprüft. Leider ist unser Team gerade urlaubsbedingt dünn besetzt, sodass sich die Rückmeldung um ein paar Tage verzögern kann.

Ihren Bewerbungsstatus und Ihre Daten können Sie jederzeit hier einsehen:
https://alsterwerk.softgarden.io/de/applicant/login

Freundliche Grüße
Jana Petrowski
Recruiting
Alsterwerk Medizintechnik GmbH, Wendenstraße 130, 20537 Hamburg""",
    ),
    m(
        "sg.alsterwerk.3318271.r@softgarden.io",
        "2025-10-27 16:12:08 +0100",
        "Alsterwerk Medizintechnik GmbH <noreply@softgarden.io>",
        "Ihre Bewerbung bei Alsterwerk Medizintechnik GmbH",
        ("rejection", AW, AW1, 14, "other", "de"),
        """Hallo Herr Petersen-Yıldız,

haben Sie nochmals vielen Dank für Ihre Bewerbung und die Zeit, die Sie investiert haben.

Wir haben alle Unterlagen intensiv gesichtet und uns in diesem Fall für andere Kandidat:innen entschieden, deren Erfahrung in der Medizinprodukte-Regulatorik (MDR) stärker ausgeprägt ist.

Wir würden uns freuen, wenn Sie unsere Stellenangebote weiterhin verfolgen.

Freundliche Grüße
Jana Petrowski
Recruiting""",
    ),
    # --- 15 Kronberg Automotive (Workday, German) ----------------------------------------------
    m(
        "kronberg.wd.00041.ack@myworkday.com",
        "2025-10-13 22:19:55 +0200",
        "Kronberg Automotive SE <kronberg@myworkday.com>",
        "Bewerbung eingegangen – Manager Global Logistics (m/w/d) (R-0012874)",
        ("confirmation", KA, KA1, 15, "workday", "de"),
        """Hallo Jonas,

vielen Dank für Ihre Bewerbung für die Stelle Manager Global Logistics (m/w/d), Stellen-ID R-0012874, in München.

Wir haben Ihre Bewerbung erhalten. Unser Recruiting-Team wird Ihre Qualifikationen prüfen und sich bei Ihnen melden, wenn Ihr Profil zu den Anforderungen passt.

Über Ihr Kandidatenkonto können Sie jederzeit den Status einsehen: https://kronberg.wd3.myworkdayjobs.com/de-DE/Careers/userHome

Beste Grüße
Talent Acquisition
Kronberg Automotive SE""",
    ),
    m(
        "kronberg.wd.00041.assess@myworkday.com",
        "2025-10-22 10:00:14 +0200",
        "Kronberg Automotive SE <kronberg@myworkday.com>",
        "Nächster Schritt: Online-Assessment (R-0012874)",
        ("assessment", KA, KA1, 15, "workday", "de"),
        """Hallo Jonas,

wir freuen uns, Sie im Auswahlprozess für die Position Manager Global Logistics (m/w/d) weiter berücksichtigen zu können.

Als nächsten Schritt bitten wir Sie, unser Online-Assessment (numerisches und verbales Denken, Situational Judgement, ca. 45 Minuten) zu absolvieren. Den Link finden Sie in Ihrem Kandidatenkonto unter „Meine Aufgaben“.

Bitte schließen Sie das Assessment innerhalb von 5 Tagen ab.

Beste Grüße
Talent Acquisition
Kronberg Automotive SE""",
    ),
    m(
        "AS8PR10.kronberg.int@kronberg-automotive.com",
        "2025-11-04 09:22:36 +0100",
        "Bauer Michaela (HR-TA) <michaela.bauer@kronberg-automotive.com>",
        "Interviewtermin Manager Global Logistics",
        ("interview", KA, KA1, 15, "direct", "de"),
        """Hallo Herr Petersen-Yıldız,

vielen Dank für Ihre Geduld. Gerne möchten wir Sie zu einem Videointerview mit Herrn Obermaier (Head of Inbound Logistics) und mir einladen.

Termin: Mittwoch, 12.11.2025, 13:30–14:30 Uhr
Format: MS Teams (Einladung folgt in einer separaten Mail)

Bitte bereiten Sie ein Beispiel vor, in dem Sie einen Lieferengpass bei einem Tier-1-Lieferanten gelöst haben.

Viele Grüße
Michaela Bauer
HR Talent Acquisition
Kronberg Automotive SE | Ingolstädter Str. 40 | 80807 München""",
    ),
    m(
        "kronberg.wd.00041.rej@myworkday.com",
        "2025-12-01 11:45:00 +0100",
        "Kronberg Automotive SE <kronberg@myworkday.com>",
        "Update zu Ihrer Bewerbung (R-0012874)",
        ("rejection", KA, KA1, 15, "workday", "de"),
        """Hallo Jonas,

vielen Dank für Ihr Interesse an Kronberg Automotive und die Gespräche mit unserem Team.

Nach sorgfältiger Prüfung haben wir uns entschieden, mit anderen Kandidatinnen und Kandidaten fortzufahren, deren Erfahrung noch genauer zu den Anforderungen der Position passt.

Wir ermutigen Sie, sich auch zukünftig auf passende Stellen bei uns zu bewerben.

Beste Grüße
Talent Acquisition
Kronberg Automotive SE""",
    ),
    # --- 16 Mühlenkamp Getränke (rexx; "leider" in confirmation; withdrawn) ----------------------
    m(
        "rexx.mk.20251103.5518@muehlenkamp-getraenke.de",
        "2025-11-03 18:03:26 +0100",
        "Mühlenkamp Getränke Karriere <karriere@muehlenkamp-getraenke.de>",
        "Bestätigung: Leiter Lager & Versand (m/w/d)",
        ("confirmation", MK, MK1, 16, "other", "de"),
        """Guten Tag Herr Petersen-Yıldız,

Ihre Bewerbung für die Stelle Leiter Lager & Versand (m/w/d) am Standort Hannover-Linden ist bei uns eingegangen. Vielen Dank!

Leider können wir nicht jede Bewerbung sofort beantworten. Wir melden uns aber in jedem Fall bei Ihnen, sobald wir Ihre Unterlagen geprüft haben – in der Regel innerhalb von drei Wochen.

Beste Grüße
Ihr Personalteam der Mühlenkamp Getränke GmbH

Bewerbermanagement powered by rexx systems""",
        headers={"X-Mailer": "rexx systems Recruitment"},
    ),
    m(
        "rexx.mk.20251210.6021@muehlenkamp-getraenke.de",
        "2025-12-10 09:15:41 +0100",
        "Mühlenkamp Getränke Karriere <karriere@muehlenkamp-getraenke.de>",
        "Ihre Bewerbung wurde zurückgezogen",
        ("confirmation", MK, MK1, 16, "other", "de"),
        """Guten Tag Herr Petersen-Yıldız,

hiermit bestätigen wir, dass Sie Ihre Bewerbung für die Stelle Leiter Lager & Versand (m/w/d) zurückgezogen haben. Ihre Daten werden gemäß unserer Datenschutzerklärung gelöscht.

Wir wünschen Ihnen alles Gute.

Ihr Personalteam der Mühlenkamp Getränke GmbH""",
        st="withdrawn",
        headers={"X-Mailer": "rexx systems Recruitment"},
    ),
    # --- 18 Fleetwerk Kaffeekontor (Personio, du) -----------------------------------------------
    m(
        "b55e01.fleetwerk@personio.de",
        "2025-11-17 12:02:09 +0100",
        "Fleetwerk Kaffeekontor <noreply@personio.de>",
        "Danke für deine Bewerbung, Jonas!",
        ("confirmation", KF, KF1, 18, "personio", "de"),
        """Moin Jonas,

schön, dass du dich bei uns als Supply Chain Lead (m/w/d) beworben hast! ☕

Wir lesen jede Bewerbung selbst – kein Algorithmus, versprochen. Gib uns bitte zwei Wochen, dann hörst du von uns.

Bis dahin, einen guten Kaffee
Tjark & das Team vom Fleetwerk Kaffeekontor

Fleetwerk Kaffeekontor GmbH · Stockmeyerstraße 41 · 20457 Hamburg""",
        reply_to="fleetwerk-kaffeekontor-jobs@inbound.personio.de",
    ),
    m(
        "b55e91.fleetwerk@personio.de",
        "2025-12-03 15:30:55 +0100",
        "Fleetwerk Kaffeekontor <noreply@personio.de>",
        "Deine Bewerbung bei Fleetwerk",
        ("rejection", KF, KF1, 18, "personio", "de"),
        """Moin Jonas,

vielen Dank für deine Geduld! Deine Bewerbung hat uns echt gefallen – besonders deine Erfahrung mit Rohkaffee-Importen über Bremen fanden wir spannend.

Wir haben uns am Ende trotzdem für eine andere Person entschieden, die schon länger im Specialty-Coffee-Handel unterwegs ist. Das hat nichts mit dir persönlich zu tun.

Wir wünschen dir alles Gute für deine Suche – und komm gern mal auf einen Cupping-Abend vorbei!

Tjark""",
        reply_to="fleetwerk-kaffeekontor-jobs@inbound.personio.de",
    ),
    # --- 19 Pakethafen (JOIN + hiring manager from gmail; ghosted after interview) -------------
    m(
        "join.ph.92210@join.com",
        "2025-11-20 08:33:18 +0100",
        "Pakethafen via JOIN <noreply@join.com>",
        "Deine Bewerbung bei Pakethafen ist eingegangen 🎉",
        ("confirmation", PH, PH1, 19, "other", "de"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hallo Jonas,</p>
<p>deine Bewerbung für <b>Operations Lead Middle Mile</b> bei <b>Pakethafen</b> ist angekommen.</p>
<p>Pakethafen meldet sich bei dir, sobald sie deine Unterlagen gesichtet haben.</p>
<p><a href="https://join.com/candidate/applications">Zu meinen Bewerbungen</a></p>
<p>Dein JOIN Team</p>
</body></html>""",
    ),
    m(
        "CAJx8=pk1.gmail.ph@mail.gmail.com",
        "2025-11-24 22:47:31 +0100",
        "Niklas Ohm <niklas.ohm.hh@gmail.com>",
        "Pakethafen / Middle Mile",
        ("interview", PH, PH1, 19, "direct", "de"),
        """Hi Jonas,

ich schreib dir von meiner privaten Adresse, unser Firmenpostfach zickt gerade nach dem Domainumzug rum 🙈

Ich bin Gründer von Pakethafen und hab deine Bewerbung über JOIN gesehen. Hättest du diese Woche Zeit für einen Videocall? Donnerstag 8:30 oder Freitag 17 Uhr würden bei mir gehen. Hier der Link für Do: https://meet.google.com/pxh-ahbn-kto

Grüße
Niklas

Gesendet von meinem iPhone""",
    ),
    # --- 20 Hansa Baustoffe (applied through the Jobbörse; direct mail) -----------------------
    m(
        "0a1b.hansa.bew@hansa-baustoffe.de",
        "2025-12-15 10:07:02 +0100",
        "Bewerbermanagement Hansa Baustoffe <bewerbung@hansa-baustoffe.de>",
        "Ihre Bewerbung über die Jobbörse der Bundesagentur für Arbeit",
        (
            "confirmation",
            "Hansa Baustoffe",
            "Disponent Logistik (m/w/d) – Teamleitung",
            20,
            "direct",
            "de",
        ),
        """Sehr geehrter Herr Petersen-Yıldız,

herzlichen Dank für Ihre Bewerbung als Disponent Logistik (m/w/d) – Teamleitung, die uns über die Jobbörse der Bundesagentur für Arbeit (Referenznummer 10001-1000928771-S) erreicht hat.

Ihre Unterlagen liegen nun der Niederlassungsleitung vor. Über den weiteren Verlauf informieren wir Sie zeitnah.

Mit freundlichen Grüßen
Bewerbermanagement
Hansa Baustoffe GmbH & Co. KG · Billstraße 200 · 20539 Hamburg""",
    ),
    m(
        "0a1b.hansa.inv@hansa-baustoffe.de",
        "2026-01-07 14:55:12 +0100",
        "Cordes, Björn <b.cordes@hansa-baustoffe.de>",
        "Vorstellungsgespräch Disponent Logistik / Teamleitung",
        (
            "interview",
            "Hansa Baustoffe",
            "Disponent Logistik (m/w/d) – Teamleitung",
            20,
            "direct",
            "de",
        ),
        """Moin Herr Petersen-Yıldız,

danke für Ihre Bewerbung. Ich würde Sie gern zu einem Gespräch in unsere Niederlassung Billbrook einladen, am Dienstag, 13.01.2026, um 15:00 Uhr. Melden Sie sich bitte am Empfang im Verwaltungsgebäude (Tor 2).

Kurze Bestätigung per Mail reicht.

Gruß
Björn Cordes
Niederlassungsleiter Hamburg-Billbrook
Hansa Baustoffe GmbH & Co. KG""",
    ),
    m(
        "0a1b.hansa.abs@hansa-baustoffe.de",
        "2026-01-27 11:31:47 +0100",
        "Cordes, Björn <b.cordes@hansa-baustoffe.de>",
        "AW: Vorstellungsgespräch Disponent Logistik / Teamleitung",
        (
            "rejection",
            "Hansa Baustoffe",
            "Disponent Logistik (m/w/d) – Teamleitung",
            20,
            "direct",
            "de",
        ),
        """Moin Herr Petersen-Yıldız,

danke nochmal für Ihren Besuch bei uns. Ganz ehrlich: Sie wären für die Stelle eher überqualifiziert, und ich fürchte, dass Ihnen die reine Disposition schnell zu eng wird. Wir haben uns deshalb für einen Kollegen aus der Branche entschieden.

Ich wünsche Ihnen viel Erfolg bei der weiteren Suche – bei der Projektlogistik-Stelle, die wir im Sommer ausschreiben, denke ich an Sie.

Gruß
Björn Cordes""",
        **re("0a1b.hansa.inv@hansa-baustoffe.de"),
    ),
    # --- German alerts / outreach / other job mail ---------------------------------------------
    m(
        "jobagent.20250903@stepstone.de",
        "2025-09-03 06:30:00 +0200",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für „Supply Chain Manager“ in Hamburg",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><h3>Ihre neuen Jobs</h3><ul>
<li><b>Supply Chain Manager (m/w/d)</b> – Elbtor Handelsgesellschaft mbH – Hamburg</li>
<li><b>Teamleiter Supply Chain Planning (m/w/d)</b> – Nordhafen Logistics – Hamburg</li>
<li><b>Logistikleiter (m/w/d)</b> – Reemtsen Möbel GmbH – Norderstedt</li>
</ul><p><a href="https://www.stepstone.de/jobagent">Alle 12 Jobs ansehen</a></p>
<p style="font-size:11px">Jobagent bearbeiten oder abbestellen</p></body></html>""",
    ),
    m(
        "xing.jobs.20250919@mail.xing.com",
        "2025-09-19 07:12:40 +0200",
        "XING <mailrobot@mail.xing.com>",
        "Jonas, diese Jobs passen zu dir",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><p>Hallo Jonas,</p><p>wir haben neue Jobs gefunden, die zu deinem Profil passen:</p>
<p><b>Head of Logistics (m/w/d)</b><br>Kaiserhof Tiernahrung GmbH · Bremen · 85.000 – 100.000 €</p>
<p><b>Leitung Supply Chain (m/w/d)</b><br>Vertrauliches Unternehmen · Hamburg</p>
<p><a href="https://www.xing.com/jobs/search">Mehr Jobs entdecken</a></p></body></html>""",
    ),
    m(
        "jobboerse.suchauftrag.20251001@arbeitsagentur.de",
        "2025-10-01 05:02:11 +0200",
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neue Stellenangebote zu Ihrem Suchauftrag „Logistik Leitung“",
        ("alert", None, None, None, "other", "de"),
        """Guten Tag Herr Petersen-Yıldız,

zu Ihrem Suchauftrag „Logistik Leitung“ (Umkreis 50 km um 22765 Hamburg) gibt es 7 neue Stellenangebote in der Jobbörse:

- Niederlassungsleiter (m/w/d) – Spedition Harms & Söhne GmbH & Co. KG, Bremen
- Disponent Logistik (m/w/d) – Teamleitung – Hansa Baustoffe GmbH & Co. KG, Hamburg
- Lagerleiter (m/w/d) – Gartencenter Brandes KG, Pinneberg

Alle Ergebnisse: https://www.arbeitsagentur.de/jobsuche/suche?was=Logistik%20Leitung

Diese Nachricht wurde automatisch erstellt. Ihren Suchauftrag können Sie in Ihrem Profil bearbeiten oder löschen.

Ihre Bundesagentur für Arbeit""",
    ),
    m(
        "linkedin.jobalert.20251027@linkedin.com",
        "2025-10-27 08:14:00 +0100",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "„Head of Supply Chain“: Frachtwerk und weitere Unternehmen stellen ein",
        ("alert", None, None, None, "linkedin", "de"),
        html="""<html><body><p>Ihre Jobbenachrichtigung für <b>Head of Supply Chain</b> in <b>Deutschland</b></p>
<p>Frachtwerk · Senior Operations Manager (Remote) · Hamburg (Remote) · Vor 3 Tagen</p>
<p>Orbitline Freight · Head of Carrier Operations Europe · Remote</p>
<p>Valdor Chemie AG · Head of Logistics EMEA · Hannover</p>
<p><a href="https://www.linkedin.com/jobs/search/?alert=1">Alle Jobs anzeigen</a></p></body></html>""",
    ),
    m(
        "indeed.alert.20251118@indeed.com",
        "2025-11-18 06:45:03 +0100",
        "Indeed <alert@indeed.com>",
        "Logistikleiter Jobs in Hannover – 5 neue Stellen",
        ("alert", None, None, None, "indeed", "de"),
        html="""<html><body><p>5 neue Jobs für <b>Logistikleiter</b> in <b>Hannover</b></p>
<p><b>Leiter Lager & Versand (m/w/d)</b> – Mühlenkamp Getränke GmbH – Hannover – Leicht bewerben</p>
<p><b>Teamleitung Intralogistik (m/w/d)</b> – Conrad Glaswerke – Hameln</p>
<p><a href="https://de.indeed.com/jobs?q=Logistikleiter&l=Hannover">Alle Jobs</a></p></body></html>""",
    ),
    m(
        "sf.valdor.talentcommunity@successfactors.eu",
        "2025-09-21 19:30:44 +0200",
        "Valdor Chemie Careers <noreply@successfactors.eu>",
        "Willkommen in der Valdor Talent Community",
        ("alert", VC, None, None, "other", "de"),
        """Hallo Jonas,

willkommen in unserer Talent Community! Ab sofort informieren wir Sie über neue Stellen, die zu Ihren Interessen (Supply Chain, Logistik, Einkauf) passen, sowie über Karriere-Events von Valdor.

Ihr Profil können Sie jederzeit unter https://career5.successfactors.eu/career?company=valdorchem bearbeiten.

Ihr Talent Acquisition Team
Valdor Chemie AG""",
    ),
    m(
        "dv.incomplete.44011@dvinci-hr.com",
        "2025-10-10 18:00:00 +0200",
        "Hamburger Wasserwege GmbH <noreply@dvinci-hr.com>",
        "Ihre Bewerbung ist noch nicht abgeschlossen",
        (
            "alert",
            "Hamburger Wasserwege",
            "Referent Beschaffung und Logistik (m/w/d)",
            None,
            "other",
            "de",
        ),
        """Sehr geehrter Herr Petersen-Yıldız,

Sie haben am 06.10.2025 begonnen, sich auf die Stelle „Referent Beschaffung und Logistik (m/w/d)“ zu bewerben, die Bewerbung aber noch nicht abgesendet.

Ihre Angaben sind gespeichert. Sie können die Bewerbung bis zum Ende der Bewerbungsfrist am 19.10.2025 hier fortsetzen:
https://hamburger-wasserwege.dvinci-hr.com/de/jobs/218/apply

Mit freundlichen Grüßen
Personalmanagement
Hamburger Wasserwege GmbH""",
    ),
    m(
        "xing.msg.20251105@mail.xing.com",
        "2025-11-05 12:40:07 +0100",
        "Tobias Reinke via XING <mailrobot@mail.xing.com>",
        "Tobias Reinke hat dir eine Nachricht geschickt",
        (
            "outreach",
            "Meridian Retail Services",
            "Bereichsleiter Distribution Nord (m/w/d)",
            None,
            "other",
            "de",
        ),
        """Hallo Jonas,

Tobias Reinke (Talent Acquisition Lead bei Meridian Retail Services) hat dir eine Nachricht geschickt:

„Hallo Herr Petersen-Yıldız, wir bauen gerade unser neues Distributionszentrum in Seevetal auf und suchen einen Bereichsleiter Distribution Nord (m/w/d). Ihr Profil passt sehr gut – hätten Sie Lust auf einen Austausch? Beste Grüße, Tobias Reinke“

Nachricht beantworten: https://www.xing.com/chats

Dein XING-Team""",
    ),
    m(
        "linkedin.inmail.20251211@linkedin.com",
        "2025-12-11 09:55:31 +0100",
        "Carla Mendes via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Interim-Mandat Supply Chain – 6 Monate, Bremen",
        ("outreach", None, "Interim Supply Chain Manager", None, "agency", "de"),
        html="""<html><body>
<p><b>Carla Mendes</b> · Principal, Weitblick Interim Management</p>
<p>Hallo Herr Petersen-Yıldız,</p>
<p>für einen namhaften Automobilzulieferer im Raum Bremen suche ich kurzfristig einen Interim Supply Chain Manager (6 Monate, Start Januar, 3-4 Tage vor Ort). Wäre ein Interim-Mandat grundsätzlich für Sie interessant? Den Kunden nenne ich gern im Telefonat.</p>
<p>Viele Grüße<br>Carla Mendes</p>
<p><a href="https://www.linkedin.com/messaging/">Antworten</a></p>
</body></html>""",
    ),
    m(
        "auto.ooo.ortmann@stadtwerke-elbmuende.de",
        "2025-11-20 08:01:12 +0100",
        "Ortmann, Gerd <g.ortmann@stadtwerke-elbmuende.de>",
        "Automatische Antwort: Rückfragen zum Auswahlgespräch",
        ("other_job", SW, SW1, None, "direct", "de"),
        """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 28.11.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Frerichs (m.frerichs@stadtwerke-elbmuende.de, Tel. 04141 7702-140).

Mit freundlichen Grüßen
Gerd Ortmann
Kaufmännischer Leiter""",
    ),
    m(
        "rexx.wh.testzugang@weserhafen-infra.de",
        "2025-10-20 12:16:40 +0200",
        "Weserhafen Infrastruktur AöR <bewerbung@weserhafen-infra.de>",
        "Ihre Zugangsdaten zum Bewerberportal",
        ("other_job", WH, WH1, None, "other", "de"),
        """Sehr geehrter Herr Petersen-Yıldız,

für Ihr Bewerberkonto wurde ein neues Passwort angefordert. Ihr Einmal-Code lautet:

  483 921

Der Code ist 30 Minuten gültig.

Ihr Team Personalgewinnung
Weserhafen Infrastruktur AöR""",
        headers={"X-Mailer": "rexx systems Recruitment"},
    ),
    m(
        "gh.survey.frachtwerk@greenhouse-mail.io",
        "2025-11-28 10:00:00 +0100",
        "Frachtwerk Recruiting <no-reply@us.greenhouse-mail.io>",
        "Wie war dein Bewerbungsprozess bei Frachtwerk?",
        ("other_job", FW, FW1, None, "greenhouse", "de"),
        """Hi Jonas,

du hast in den letzten Wochen mit uns gesprochen – wie hat sich das für dich angefühlt? Wir würden uns über 2 Minuten Feedback freuen (anonym):

https://survey.greenhouse.io/frachtwerk/candidate?id=a81f0

Danke!
Das Frachtwerk People Team""",
    ),
]

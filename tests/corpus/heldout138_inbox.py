# ruff: noqa: E501, RUF100
"""Corpus 138, the ordinary inbox part one (data only): see heldout138.py.

Bills, banks, insurers, shops, travel, newsletters, courses, authorities and appointments, with
look-alikes on purpose (a loan and a credit-card "Antrag", "Angebote" that are marketing,
newsletters that "interview" someone, webinar, doctor and tax-adviser invitations with
calendar parts, application costs in a tax list)."""

from __future__ import annotations

from typing import Any

from heldout138_jobs import PDF, N, ics, m

_GKM = "GKM Gesundheitskasse Mitteldeutschland <service@gkm-kasse.example>"
_LSW = "LSW Leipziger Strom & Wärme <kundenservice@lsw-energie.example>"
_SBD = "Sachsenbank Direkt <service@sachsenbank-direkt.example>"
_DB = "DB Fernverkehr AG <buchungsbestaetigung@bahn.de>"
_AA = "Analytik Aktuell <newsletter@analytik-aktuell.example>"
_PB = "Plagwitzer Blatt <post@plagwitzer-blatt.example>"
_VHS = "Volkshochschule Leipzig <anmeldung@vhs-leipzig.example>"
_STB = "Steuerkanzlei Brückner & Haupt <kanzlei@stb-brueckner-haupt.example>"
_STROLCHE = "Kleine Strolche <hallo@kleine-strolche.example>"


def _unsub(url: str) -> dict[str, dict[str, str]]:
    return {"headers": {"List-Unsubscribe": f"<{url}>", "Precedence": "bulk"}}


MAIL: list[dict[str, Any]] = [
    # --- Krankenkasse ----------------------------------------------------------------
    m(
        "n1a01",
        "2025-09-12 10:15",
        _GKM,
        "Ihr Bonusheft 2025: Noch 200 Punkte bis zur Prämie",
        N(),
        **_unsub("https://www.gkm-kasse.example/newsletter/abmelden?u=77120"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#003a5d">
<h2>Hallo Frau Albrecht-Paschke,</h2>
<p>Sie haben in diesem Jahr schon <b>600 Bonuspunkte</b> gesammelt – toll! Nur noch 200 Punkte und Sie können sich bis zu 80 € Prämie auszahlen lassen.</p>
<p>So geht's schnell: Zahnvorsorge, Grippeschutzimpfung oder ein Präventionskurs (z. B. Rückenfit) – alles einfach in der GKM-App hochladen.</p>
<p><a href="https://www.gkm-kasse.example/bonus?utm_campaign=bonus_q3">Jetzt Nachweis hochladen</a></p>
<p style="font-size:11px">GKM Gesundheitskasse Mitteldeutschland · Körperschaft des öffentlichen Rechts · Brühl 47 · 04109 Leipzig</p>
</body></html>""",
    ),
    m(
        "n1a02",
        "2025-10-28 08:02",
        _GKM,
        "Wichtige Information zu Ihrem Beitrag ab 1. Januar 2026",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

der Verwaltungsrat der GKM hat beschlossen, den kassenindividuellen Zusatzbeitrag ab dem 1. Januar 2026 von 2,5 auf 2,9 Prozent anzuheben. Für Sie als Arbeitnehmerin trägt Ihr Arbeitgeber die Hälfte des Zusatzbeitrags.

Wegen der Erhöhung haben Sie ein Sonderkündigungsrecht bis zum 31. Januar 2026. Wir würden uns natürlich freuen, wenn Sie bei uns bleiben – mit unserem Bonusprogramm, der Online-Geschäftsstelle und 24/7-Telefonberatung.

Freundliche Grüße
Ihre GKM Gesundheitskasse Mitteldeutschland
""",
    ),
    m(
        "n1a03",
        "2026-01-14 09:40",
        _GKM,
        "Ihre Bescheinigung für das Finanzamt liegt im Postfach",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

in Ihrem Online-Postfach liegt ein neues Dokument für Sie bereit: Bescheinigung über Beitragserstattungen und Bonuszahlungen 2025 (für Ihre Einkommensteuererklärung).

Zum Postfach: https://meine.gkm-kasse.example/postfach

Mit freundlichen Grüßen
Ihre GKM
""",
    ),
    m(
        "n1a04",
        "2026-02-16 11:20",
        _GKM,
        "Neuer Job, neue Stadt, neues Glück? Das sollten Sie jetzt wissen",
        N(),
        **_unsub("https://www.gkm-kasse.example/newsletter/abmelden?u=77120"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#003a5d">
<h2>Jobwechsel? Ihre GKM kommt mit.</h2>
<p>Sie wechseln den Arbeitgeber? Dann müssen Sie bei uns fast nichts tun: Geben Sie Ihrem neuen Arbeitgeber einfach Ihre Versichertennummer und den Namen „GKM" – die Anmeldung erledigt die Personalabteilung.</p>
<p>Übrigens: Zwischen zwei Jobs sind Sie bis zu einem Monat weiter versichert. Und wer nach der Probezeit etwas für die Gesundheit tun will, findet bei uns über 300 Präventionskurse.</p>
<p><a href="https://www.gkm-kasse.example/magazin/jobwechsel?utm_campaign=feb26">Mehr im GKM-Magazin</a></p>
<p style="font-size:11px">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://www.gkm-kasse.example/newsletter/abmelden?u=77120">Abmelden</a></p>
</body></html>""",
    ),
    # --- Strom & Wärme ---------------------------------------------------------------
    m(
        "n1b01",
        "2025-09-03 14:44",
        _LSW,
        "Ihr neuer Abschlag ab Oktober",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

aufgrund Ihres gemeldeten Zählerstands vom 28.08.2025 haben wir Ihren monatlichen Abschlag für Strom neu berechnet.

Vertragskonto: 2100 4417 82
Neuer Abschlag ab 01.10.2025: 71,00 € (bisher 84,00 €)

Der Betrag wird wie gewohnt per SEPA-Lastschrift eingezogen. Sie müssen nichts weiter tun.

Freundliche Grüße
Ihr Kundenservice der LSW
""",
    ),
    m(
        "n1b02",
        "2025-11-20 16:00",
        _LSW,
        "Ihr persönliches Angebot: Preise bis Ende 2027 sichern",
        N(),
        **_unsub("https://www.lsw-energie.example/abmelden?k=2100441782"),
        html="""<html><body style="font-family:Verdana,sans-serif">
<p>Sehr geehrte Frau Albrecht-Paschke,</p>
<p>zum 1. Januar 2026 ändern sich die Netzentgelte. Damit Sie entspannt bleiben, haben wir ein exklusives Angebot für Sie: Mit <b>LSW Strom Fix 24</b> sichern Sie sich einen garantierten Arbeitspreis von 29,8 ct/kWh bis 31.12.2027.</p>
<p><a href="https://www.lsw-energie.example/angebot/fix24?kd=2100441782&amp;utm_source=mail">Angebot jetzt annehmen</a> – gilt bis 15.12.2025.</p>
<p style="font-size:10px">LSW Leipziger Strom &amp; Wärme GmbH · Augustusplatz 9 · 04109 Leipzig</p>
</body></html>""",
    ),
    m(
        "n1b03",
        "2026-01-27 07:31",
        _LSW,
        "Ihre Jahresverbrauchsabrechnung 2025",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

Ihre Jahresverbrauchsabrechnung für den Zeitraum 01.01.2025 bis 31.12.2025 steht im Kundenportal zum Download bereit.

Ergebnis: Guthaben 61,38 €. Der Betrag wird in den nächsten Tagen auf Ihr Konto überwiesen.

Bitte denken Sie daran: Zum 31.01.2026 ziehen Sie aus der Zschocherschen Straße aus? Dann melden Sie uns Ihren Auszug und den Zählerstand bitte über das Kundenportal.

Ihr Kundenservice der LSW
""",
    ),
    # --- Bank ------------------------------------------------------------------------
    m(
        "n1c01",
        "2025-09-17 19:48",
        _SBD,
        "Ihr Antrag auf einen Ratenkredit ist eingegangen",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

vielen Dank für Ihren Antrag auf einen Sachsenbank Ratenkredit.

Antragsnummer: RK-2025-0918-4471
Kreditbetrag: 6.500,00 €
Laufzeit: 48 Monate
Verwendungszweck: Fahrzeug (E-Lastenrad)

Wir prüfen Ihre Angaben und melden uns in der Regel innerhalb von 24 Stunden. Bitte halten Sie Ihre letzten beiden Gehaltsabrechnungen bereit – eventuell fordern wir diese noch an.

Mit freundlichen Grüßen
Ihre Sachsenbank Direkt
""",
    ),
    m(
        "n1c02",
        "2025-09-19 09:02",
        _SBD,
        "Gute Nachricht: Ihr Kredit ist bewilligt",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihren Kreditantrag RK-2025-0918-4471 bewilligt haben.

Ihr Kreditvertrag liegt in Ihrem Online-Banking-Postfach zur digitalen Unterschrift bereit. Nach Unterzeichnung und erfolgreicher Legitimation zahlen wir den Betrag innerhalb von zwei Bankarbeitstagen aus.

Bitte beachten Sie: Das Angebot ist 14 Tage gültig.

Mit freundlichen Grüßen
Ihre Sachsenbank Direkt
""",
    ),
    m(
        "n1c03",
        "2025-10-30 12:00",
        _SBD,
        "Exklusiv für Sie: die Sachsenbank Visa Gold – jetzt beantragen",
        N(),
        **_unsub("https://www.sachsenbank-direkt.example/marketing/abmelden"),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#7a5c00">Ihr Angebot: Visa Gold im ersten Jahr ohne Jahresgebühr</h2>
<p>Liebe Frau Albrecht-Paschke,</p>
<p>als geschätzte Kundin sind Sie für unsere Visa Gold vorausgewählt: Reiseversicherungspaket, weltweit gebührenfrei bezahlen, 0 € im ersten Jahr.</p>
<p>Die Bewerbung dauert nur 5 Minuten – Ihre Daten sind schon ausgefüllt.</p>
<p><a href="https://www.sachsenbank-direkt.example/visa-gold/antrag?cid=SB-44719&amp;utm_medium=email">Jetzt Karte beantragen</a></p>
<p style="font-size:10px">Bonität vorausgesetzt. Effektiver Jahreszins für Teilzahlung 17,9 %.</p>
</body></html>""",
    ),
    m(
        "n1c04",
        "2025-12-31 06:10",
        _SBD,
        "Neues Dokument in Ihrem Postfach: Rechnungsabschluss",
        N(),
        text="""Guten Tag Frau Albrecht-Paschke,

in Ihrem Online-Postfach liegt ein neues Dokument für Sie bereit:
- Rechnungsabschluss Girokonto zum 31.12.2025

Aus Sicherheitsgründen versenden wir keine Dokumente per E-Mail. Bitte melden Sie sich im Online-Banking an.

Ihre Sachsenbank Direkt
""",
    ),
    # --- Bahn -----------------------------------------------------------------------
    m(
        "n1d01",
        "2025-11-21 20:14",
        _DB,
        "Ihre Buchungsbestätigung (Auftrag 58K2QX)",
        N(),
        text="""Buchungsbestätigung

Auftragsnummer: 58K2QX
Reisende: Henrike Albrecht-Paschke

Hinfahrt am 02.12.2025
Leipzig Hbf ab 13:16 – Frankfurt(Main)Hbf an 16:12 ICE 1579
Frankfurt(Main)Hbf ab 16:50 – Basel Bad Bf an 19:41 ICE 373

Rückfahrt am 03.12.2025
Basel Bad Bf ab 16:16 – Leipzig Hbf an 22:44 ICE 278 / ICE 1652 (Umstieg Frankfurt)

Flexpreis, 2. Klasse, inkl. Sitzplatzreservierung
Gesamtpreis: 286,40 €

Ihr Ticket finden Sie in der App DB Navigator und im Anhang als PDF. Bitte führen Sie bei der Fahrkartenkontrolle einen gültigen Lichtbildausweis mit.

Wir wünschen Ihnen eine angenehme Reise!
Ihre Deutsche Bahn
""",
        attach=[("Ticket_58K2QX.pdf", "application/pdf", PDF)],
    ),
    m(
        "n1d02",
        "2025-12-02 15:58",
        "DB Reiseinformation <noreply@info.bahn.de>",
        "Verspätung auf Ihrer Reise: ICE 373",
        N(),
        text="""Ihre Reise am 02.12.2025, Auftrag 58K2QX

ICE 373 Frankfurt(Main)Hbf ab 16:50 → Basel Bad Bf
Aktuelle Prognose: +35 Minuten (Reparatur an der Strecke)

Ihr Anschluss ist nicht betroffen. Weitere Informationen in der App DB Navigator.

Ihre Deutsche Bahn
""",
    ),
    m(
        "n1d03",
        "2025-12-19 18:30",
        _DB,
        "Ihre Buchungsbestätigung (Auftrag 7TRM4A)",
        N(),
        text="""Buchungsbestätigung

Auftragsnummer: 7TRM4A
Reisende: Henrike Albrecht-Paschke, Malte Paschke, 1 Kind (unter 6 Jahre, kostenfrei)

Hinfahrt am 23.12.2025
Leipzig Hbf ab 09:38 – Hamburg Hbf an 12:54 ICE 1706

Rückfahrt am 27.12.2025
Hamburg Hbf ab 14:01 – Leipzig Hbf an 17:17 ICE 1709

Super Sparpreis, 2. Klasse, Familienreservierung (Kleinkindabteil)
Gesamtpreis: 119,80 €

Ihre Deutsche Bahn
""",
    ),
    m(
        "n1d04",
        "2026-01-08 10:05",
        "DB Fahrgastrechte <fahrgastrechte@bahn.de>",
        "Ihr Antrag auf Fahrgastrechte-Entschädigung wurde bearbeitet",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

wir haben Ihren Antrag auf Entschädigung für Ihre Reise am 02.12.2025 (Auftrag 58K2QX) geprüft. Wegen einer Ankunftsverspätung von 41 Minuten steht Ihnen leider keine Entschädigung zu, da diese erst ab 60 Minuten gewährt wird.

Wir bedauern die Unannehmlichkeiten.

Mit freundlichen Grüßen
Ihr Servicecenter Fahrgastrechte
""",
    ),
    # --- VHS -------------------------------------------------------------------------
    m(
        "n1e01",
        "2025-09-24 13:12",
        _VHS,
        "Anmeldebestätigung Kurs 25H3407",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

hiermit bestätigen wir Ihre Anmeldung für folgenden Kurs:

Kursnummer: 25H3407
Titel: Business English B2 – Meetings, Calls & Small Talk
Termine: 10 x donnerstags, 18:00–19:30 Uhr, ab 09.10.2025
Ort: VHS Leipzig, Löhrstraße 3–7, Raum 304
Kursleitung: Fiona McAllister
Entgelt: 128,00 € (wird per Lastschrift eingezogen)

Eine Abmeldung ist bis 7 Tage vor Kursbeginn kostenfrei möglich.

Mit freundlichen Grüßen
Ihre Volkshochschule Leipzig
""",
    ),
    m(
        "n1e02",
        "2025-11-05 15:21",
        _VHS,
        "Kursausfall am 06.11.2025 – 25H3407",
        N(),
        text="""Liebe Teilnehmende,

leider muss der Kurs „Business English B2" am Donnerstag, 06.11.2025, krankheitsbedingt ausfallen. Der Termin wird am 18.12.2025 zur gewohnten Zeit nachgeholt.

Fiona sends her apologies and some homework: please prepare a two-minute introduction of your current job for next week.

Mit freundlichen Grüßen
Ihre VHS Leipzig
""",
    ),
    m(
        "n1e03",
        "2025-12-19 09:30",
        _VHS,
        "Ihre Teilnahmebescheinigung",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

im Anhang erhalten Sie Ihre Teilnahmebescheinigung für den Kurs 25H3407 „Business English B2 – Meetings, Calls & Small Talk" (20 Unterrichtsstunden).

Das neue Programmheft für das Frühjahrssemester 2026 ist online: https://www.vhs-leipzig.example/programm

Ihre Volkshochschule Leipzig
""",
        attach=[("Teilnahmebescheinigung_25H3407.pdf", "application/pdf", PDF)],
    ),
    # --- Steuerberater -----------------------------------------------------------------
    m(
        "n1f01",
        "2026-01-22 10:48",
        _STB,
        "Ihre Einkommensteuererklärung 2025 – Checkliste",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke, sehr geehrter Herr Paschke,

wie jedes Jahr möchten wir Sie bitten, uns die Unterlagen für Ihre Einkommensteuererklärung 2025 zusammenzustellen. Anbei unsere Checkliste; die wichtigsten Punkte:

- Lohnsteuerbescheinigungen 2025 (beide)
- Bescheinigung der Krankenkasse über Beiträge / Bonuszahlungen
- Kinderbetreuungskosten (Tagespflege bis 12/2025, Kita ab 01/2026)
- Handwerkerrechnungen und Nebenkostenabrechnung
- Werbungskosten: Fahrtkosten, Fortbildungen (VHS?), Arbeitsmittel

Gern können Sie die Belege über unser Mandantenportal hochladen.

Mit freundlichen Grüßen
Petra Haupt
Steuerberaterin
Steuerkanzlei Brückner & Haupt PartG mbB
Karl-Heine-Straße 42 · 04229 Leipzig
""",
        attach=[("Checkliste_ESt_2025.pdf", "application/pdf", PDF)],
    ),
    m(
        "n1f02",
        "2026-02-06 08:55",
        _STB,
        "Terminbestätigung 19.02.2026, 16:30 Uhr",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

gern bestätigen wir Ihnen den Besprechungstermin zu Ihrer Einkommensteuererklärung 2025:

Donnerstag, 19.02.2026, 16:30 Uhr
Kanzlei, Karl-Heine-Straße 42, 1. OG

Eine Kalendereinladung ist beigefügt.

Mit freundlichen Grüßen
Doreen Kühnel
Sekretariat
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A0E7C4B4D996DC01000000000000000010000000B3F0",
            "2026-02-19 16:30",
            "Besprechung ESt 2025 – Albrecht-Paschke / Paschke",
            ('"Kühnel, Doreen"', "kanzlei@stb-brueckner-haupt.example"),
            style="outlook",
            minutes=45,
            location="Steuerkanzlei Brückner & Haupt, Karl-Heine-Str. 42, 1. OG",
            attendees=[('"Haupt, Petra"', "p.haupt@stb-brueckner-haupt.example")],
        ),
    ),
    m(
        "n1f03",
        "2026-02-20 14:05",
        "Petra Haupt <p.haupt@stb-brueckner-haupt.example>",
        "Nachtrag zu unserem Termin: Bewerbungskosten",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

danke für das gestrige Gespräch. Wie besprochen können wir Ihre Bewerbungskosten 2025 als Werbungskosten ansetzen. Bitte reichen Sie uns dafür noch nach:

- Fahrtkosten zu den Vorstellungsgesprächen (Halle, Markkleeberg, Dessau, Bitterfeld; Datum und km genügen)
- die Bahnfahrt nach Basel nur, soweit das Unternehmen sie nicht erstattet hat
- pauschal können wir 8,50 € je Online-Bewerbung ansetzen – eine formlose Liste der Bewerbungen reicht

Herzlichen Glückwunsch übrigens zur neuen Stelle!

Mit freundlichen Grüßen
Petra Haupt
""",
    ),
    # --- Newsletters -------------------------------------------------------------------
    m(
        "n1g01",
        "2025-09-15 07:00",
        _AA,
        "Im Interview: Dr. Petra Lindemann über Nitrosamine in Generika",
        N(),
        **_unsub("https://www.analytik-aktuell.example/newsletter/abmelden?e=h.albrecht-paschke"),
        html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<p style="font-size:11px">Analytik Aktuell – Ausgabe 37/2025 | <a href="https://www.analytik-aktuell.example/nl/37-2025">Im Browser lesen</a></p>
<h1>Im Interview: „Nitrosamine bleiben das Thema der nächsten Jahre"</h1>
<p>Dr. Petra Lindemann, Leiterin eines Auftragslabors in Jena, über neue Grenzwerte, LC-MS/MS-Methoden und warum kleine Generikahersteller jetzt investieren müssen.</p>
<p><a href="https://www.analytik-aktuell.example/interview-lindemann?utm_source=nl">Zum Interview</a></p>
<h3>Außerdem in dieser Ausgabe</h3>
<ul><li>Ph. Eur. 12.3: Was sich bei 2.2.46 ändert</li><li>Marktübersicht UHPLC-Systeme 2025</li><li>Stellenmarkt: 48 neue Jobs in der Analytik</li></ul>
<p style="font-size:10px">Analytik Aktuell erscheint wöchentlich. Fachverlag Brandt &amp; Söhne · Würzburg · <a href="https://www.analytik-aktuell.example/newsletter/abmelden?e=h.albrecht-paschke">Abmelden</a></p>
</body></html>""",
    ),
    m(
        "n1g02",
        "2025-10-20 07:00",
        _AA,
        "KI in der Methodenentwicklung – wir haben nachgefragt",
        N(),
        **_unsub("https://www.analytik-aktuell.example/newsletter/abmelden?e=h.albrecht-paschke"),
        html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<p style="font-size:11px">Analytik Aktuell – Ausgabe 42/2025</p>
<h1>„Der Algorithmus ersetzt keine Laborantin"</h1>
<p>Im Interview erklärt Prof. Dr. Jens Ortlepp, wie maschinelles Lernen die HPLC-Methodenentwicklung beschleunigt – und wo die Grenzen liegen.</p>
<p><a href="https://www.analytik-aktuell.example/ki-methodenentwicklung?utm_source=nl">Weiterlesen</a></p>
<p><b>Webinar-Tipp:</b> Datenintegrität nach ALCOA++ – 13.11., 14 Uhr, kostenfrei.</p>
<p style="font-size:10px"><a href="https://www.analytik-aktuell.example/newsletter/abmelden?e=h.albrecht-paschke">Abmelden</a></p>
</body></html>""",
    ),
    m(
        "n1g03",
        "2025-12-15 07:00",
        _AA,
        "Karriere im Labor: So überzeugen Sie im Vorstellungsgespräch",
        N(),
        **_unsub("https://www.analytik-aktuell.example/newsletter/abmelden?e=h.albrecht-paschke"),
        html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<p style="font-size:11px">Analytik Aktuell – Ausgabe 50/2025 · Schwerpunkt Karriere</p>
<h1>Fünf Fragen, die in jedem Vorstellungsgespräch im QC-Labor kommen</h1>
<p>„Erzählen Sie von einem OOS-Ergebnis" – Personalerinnen und Laborleiter verraten, worauf sie wirklich achten, und wie Sie Ihre Gehaltsvorstellung begründen.</p>
<p><a href="https://www.analytik-aktuell.example/karriere/vorstellungsgespraech-qc?utm_source=nl">Zum Ratgeber</a></p>
<p>Außerdem: Gehaltsreport Labor 2025 – was Chemielaborantinnen in Sachsen verdienen.</p>
<p style="font-size:10px"><a href="https://www.analytik-aktuell.example/newsletter/abmelden?e=h.albrecht-paschke">Abmelden</a></p>
</body></html>""",
    ),
    m(
        "n1g04",
        "2026-02-09 07:00",
        _AA,
        "Im Interview: Die neue Präsidentin des Landeslabors",
        N(),
        **_unsub("https://www.analytik-aktuell.example/newsletter/abmelden?e=h.albrecht-paschke"),
        html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<p style="font-size:11px">Analytik Aktuell – Ausgabe 6/2026</p>
<h1>„Wir müssen Nachwuchs ausbilden, nicht abwerben"</h1>
<p>Seit Januar leitet Dr. Miriam Vogt das Landeslabor Berlin-Brandenburg. Ein Gespräch über Fachkräftemangel, Digitalisierung und den Tag, an dem sie selbst zum ersten Mal eine Säule verstopft hat.</p>
<p><a href="https://www.analytik-aktuell.example/interview-vogt?utm_source=nl">Zum Interview</a></p>
<p style="font-size:10px"><a href="https://www.analytik-aktuell.example/newsletter/abmelden?e=h.albrecht-paschke">Abmelden</a></p>
</body></html>""",
    ),
    m(
        "n1g05",
        "2025-11-24 18:00",
        _PB,
        "Plagwitzer Blatt: Im Interview – die neue Chefin der Kulturfabrik",
        N(),
        **_unsub("https://plagwitzer-blatt.example/abmelden"),
        text="""PLAGWITZER BLATT – Newsletter Nr. 46

IM INTERVIEW
„Hier soll wieder Licht brennen" – Katja Ebersbach hat im Oktober die Leitung der Kulturfabrik am Kanal übernommen. Wir haben mit ihr über Fördergelder, Lärmschutz und die Wiedereröffnung des Cafés gesprochen.
https://plagwitzer-blatt.example/2025/11/interview-ebersbach

AUS DEM VIERTEL
- Karl-Heine-Kanal: Bauarbeiten an der Brücke Zschochersche Straße bis März
- Weihnachtsmarkt auf dem Felsenkeller-Hof am 13. und 14. Dezember
- Die Bäckerei Reimann sucht Aushilfen für das Wochenende (Kontakt im Laden)

Abbestellen: https://plagwitzer-blatt.example/abmelden
""",
    ),
    m(
        "n1g06",
        "2026-01-19 18:00",
        _PB,
        "Plagwitzer Blatt: Zwei Hebammen und ein Geburtshaus",
        N(),
        **_unsub("https://plagwitzer-blatt.example/abmelden"),
        text="""PLAGWITZER BLATT – Newsletter Nr. 2/2026

IM INTERVIEW
Seit Januar gibt es in der Naumburger Straße ein Geburtshaus. Die Hebammen Lea Gräfe und Sophie Nguyen erzählen, warum sie ihre Klinikjobs aufgegeben haben und was sie sich vom Viertel wünschen.
https://plagwitzer-blatt.example/2026/01/geburtshaus

TERMINE
- 24.01. Winterflohmarkt im Westwerk
- 31.01. Lesung „Industriekultur im Leipziger Westen", Stadtteilbibliothek Plagwitz

Abbestellen: https://plagwitzer-blatt.example/abmelden
""",
    ),
    m(
        "n1g07",
        "2025-10-09 16:20",
        "LCGC Europe <newsletter@chromatographyonline.com>",
        "Interview: The column chemist who rewrote our method transfer guide",
        N("en"),
        **_unsub("https://www.chromatographyonline.com/unsubscribe?u=4471203"),
        html="""<html><body style="font-family:Arial,sans-serif;max-width:640px">
<h2>This week in separation science</h2>
<p><b>Interview:</b> We sat down with a veteran column chemist to talk about robustness testing, dwell volume and why method transfer still fails between sites.</p>
<p><a href="https://www.chromatographyonline.com/view/interview-method-transfer?utm_source=nl">Read the interview</a></p>
<p>Also: Troubleshooting peak tailing in ion-pair chromatography · New USP monograph modernization list</p>
<p style="font-size:10px"><a href="https://www.chromatographyonline.com/unsubscribe?u=4471203">Unsubscribe</a></p>
</body></html>""",
    ),
    # --- Marketing "Angebote" ------------------------------------------------------------
    m(
        "n1h01",
        "2025-09-26 11:00",
        _STROLCHE,
        "Nur bis Sonntag: 20 % auf alle Herbstjacken 🍂",
        N(),
        **_unsub("https://www.kleine-strolche.example/newsletter/off?id=9931"),
        html="""<html><body style="font-family:Arial,sans-serif;background:#fff8ee">
<h1 style="color:#e2572b">Herbst kann kommen!</h1>
<p>Liebe Henrike, matschfest und kuschelig: Nur bis Sonntag gibt es <b>20 % Rabatt</b> auf alle Herbst- und Matschjacken. Code: <b>PFÜTZE20</b></p>
<p><a href="https://www.kleine-strolche.example/herbst?utm_campaign=herbst25">Zu den Angeboten</a></p>
<p style="font-size:10px">Kleine Strolche GmbH · Dresden · <a href="https://www.kleine-strolche.example/newsletter/off?id=9931">Abmelden</a></p>
</body></html>""",
    ),
    m(
        "n1h02",
        "2025-10-31 09:30",
        "Radhaus Plagwitz <service@radhaus-plagwitz.example>",
        "Unser Angebot für Sie: Winter-Check für Ihr Lastenrad",
        N(),
        text="""Hallo Frau Albrecht-Paschke,

Ihr neues Lastenrad ist jetzt seit vier Wochen unterwegs – Zeit für die kostenlose Erstinspektion! Und weil der Winter kommt, haben wir ein Angebot für Sie: Winter-Check inkl. Lichtanlage und Bremsen für 39 € statt 59 €, gültig bis 30.11.

Termin einfach per Mail oder unter 0341 230 44 18 vereinbaren.

Ihr Team vom Radhaus Plagwitz
Zschochersche Straße 76 · 04229 Leipzig
""",
    ),
    m(
        "n1h03",
        "2025-11-27 06:00",
        "Gipfelglück Outdoor <news@gipfelglueck.example>",
        "BLACK WEEK: Bis zu 50 % – Ihr persönliches Angebot wartet",
        N(),
        **_unsub("https://www.gipfelglueck.example/nl/abmelden?u=h7721"),
        html="""<html><body style="font-family:Arial,sans-serif;background:#111;color:#fff">
<h1 style="color:#f5c400">BLACK WEEK</h1>
<p>Bis zu 50 % auf Jacken, Schlafsäcke und Kinder-Outdoorbekleidung. Nur bis Montag!</p>
<p><a style="color:#f5c400" href="https://www.gipfelglueck.example/black-week?utm_source=newsletter&amp;utm_campaign=bw25">Jetzt shoppen</a></p>
<p style="font-size:10px;color:#aaa">Gipfelglück Outdoor GmbH · <a style="color:#aaa" href="https://www.gipfelglueck.example/nl/abmelden?u=h7721">Abmelden</a></p>
</body></html>""",
    ),
    m(
        "n1h04",
        "2025-12-08 17:45",
        "Hörwerk <angebote@hoerwerk.example>",
        "Henrike, Ihr Geschenk: 3 Monate gratis hören",
        N(),
        **_unsub("https://www.hoerwerk.example/abmelden?c=HW-88121"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hallo Henrike,</p>
<p>wir vermissen Sie! Kommen Sie zurück und hören Sie <b>3 Monate kostenlos</b> – über 500.000 Hörbücher, Hörspiele für Kinder und Podcasts.</p>
<p><a href="https://www.hoerwerk.example/comeback?c=HW-88121">Angebot sichern</a> (endet am 24.12.)</p>
<p style="font-size:10px">Danach 9,95 € monatlich, jederzeit kündbar.</p>
</body></html>""",
    ),
    m(
        "n1h05",
        "2026-01-09 10:00",
        _STROLCHE,
        "Winterschlussverkauf: Bis zu 40 % auf Schneeanzüge",
        N(),
        **_unsub("https://www.kleine-strolche.example/newsletter/off?id=9931"),
        html="""<html><body style="font-family:Arial,sans-serif;background:#eef6ff">
<h1 style="color:#2b6ae2">WSV bei den Kleinen Strolchen</h1>
<p>Schneeanzüge, Matschhosen, Winterstiefel: bis zu 40 % reduziert, solange der Vorrat reicht.</p>
<p><a href="https://www.kleine-strolche.example/sale?utm_campaign=wsv26">Zum Sale</a></p>
<p style="font-size:10px"><a href="https://www.kleine-strolche.example/newsletter/off?id=9931">Abmelden</a></p>
</body></html>""",
    ),
    m(
        "n1h06",
        "2026-02-10 12:15",
        "Trattoria Da Franco <reservierung@dafranco-leipzig.example>",
        "Valentinstag: unser Menü-Angebot für zwei",
        N(),
        text="""Liebe Gäste,

am 14. Februar servieren wir ein 4-Gang-Menü für zwei Personen inkl. Aperitif für 89 €. Reservierungen bitte telefonisch unter 0341 491 22 70 oder einfach auf diese Mail antworten.

Saluti
Franco & Team
Karl-Heine-Straße 56 · Leipzig
""",
    ),
    # --- Shopping, Pakete, Zahlungen -----------------------------------------------------------
    m(
        "n1i01",
        "2025-09-29 13:10",
        "Amazon.de <versandbestaetigung@amazon.de>",
        "Versandt: „Der kleine Drache Kokosnuss – Vorlesebuch“ und 1 weiterer Artikel",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hallo Henrike Albrecht-Paschke,</p>
<p>Ihre Sendung ist unterwegs. Voraussichtliche Zustellung: <b>Dienstag, 30. September</b></p>
<p>Bestellung #303-4418821-7712930<br>Der kleine Drache Kokosnuss – Vorlesebuch<br>Trinklernbecher 250 ml, blau</p>
<p><a href="https://www.amazon.de/gp/your-account/order-details?orderID=303-4418821-7712930">Sendung verfolgen</a></p>
</body></html>""",
    ),
    m(
        "n1i02",
        "2025-10-01 07:35",
        "DHL Paket <noreply@dhl.de>",
        "Ihr DHL Paket kommt heute",
        N(),
        text="""Hallo Henrike Albrecht-Paschke,

Ihre Sendung 00340434 4417 2280 1123 wird heute zwischen 12:30 und 15:00 Uhr zugestellt.

Nicht zu Hause? Sie können einen Ablageort oder Nachbarn festlegen:
https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode=00340434441722801123

Ihr DHL Team
""",
    ),
    m(
        "n1i03",
        "2025-11-02 15:47",
        "PayPal <service@paypal.de>",
        "Sie haben eine Zahlung an Stefanie R. gesendet",
        N(),
        text="""Hallo Henrike Albrecht-Paschke,

Sie haben 85,00 EUR an Stefanie R. gesendet.

Mitteilung: Laufrad Puky + Helm, danke!
Transaktionscode: 7KJ61920FD2218843

Zahlungsquelle: Girokonto Sachsenbank Direkt

Ihr PayPal-Team
""",
    ),
    m(
        "n1i04",
        "2025-12-11 21:03",
        "Gipfelglück Outdoor <bestellung@gipfelglueck.example>",
        "Deine Bestellung 2025-118842 ist bestätigt",
        N(),
        text="""Hallo Henrike,

danke für deine Bestellung!

1 x Kinder-Winterstiefel „Frosty", Gr. 24 – 39,95 €
1 x Merino-Mütze Erwachsene, anthrazit – 24,95 €
Versand: kostenlos
Summe: 64,90 €

Wir schicken dir eine Versandbestätigung, sobald dein Paket unterwegs ist.

Dein Gipfelglück-Team
""",
    ),
    m(
        "n1i05",
        "2026-01-30 19:22",
        "Kleinanzeigen <noreply@kleinanzeigen.de>",
        "Neue Nachricht zu „Umzugskartons 40 Stück, gebraucht“",
        N(),
        text="""Hallo Henrike,

du hast eine neue Nachricht von Nutzer „Kanalbewohner":

„Hallo, die Kartons sind noch da. Kannst du sie morgen ab 10 Uhr in der Gießerstraße abholen? 15 € wie besprochen."

Antworte direkt in der App oder unter https://www.kleinanzeigen.de/m-nachrichten.html

Dein Kleinanzeigen-Team
""",
    ),
    # --- Telefon, Posteo, Amt ------------------------------------------------------------
    m(
        "n1j01",
        "2025-10-05 04:12",
        "funkwerk mobil <rechnung@funkwerk-mobil.example>",
        "Ihre Rechnung für September 2025",
        N(),
        text="""Guten Tag Henrike Albrecht-Paschke,

Ihre Mobilfunkrechnung für September 2025 ist da.

Kundennummer: 40 771 2281
Rechnungsbetrag: 12,99 €
Abbuchung: ab 10.10.2025

Rechnung ansehen: https://mein.funkwerk-mobil.example/rechnungen

Ihr funkwerk mobil Team
""",
    ),
    m(
        "n1j02",
        "2026-01-06 04:15",
        "funkwerk mobil <rechnung@funkwerk-mobil.example>",
        "Ihre Rechnung für Dezember 2025",
        N(),
        text="""Guten Tag Henrike Albrecht-Paschke,

Ihre Mobilfunkrechnung für Dezember 2025 ist da.

Kundennummer: 40 771 2281
Rechnungsbetrag: 17,48 € (inkl. 4,49 € Roaming Schweiz)
Abbuchung: ab 12.01.2026

Ihr funkwerk mobil Team
""",
    ),
    m(
        "n1j03",
        "2025-11-01 00:05",
        "Posteo <hilfe@posteo.de>",
        "Ihr Posteo-Konto: Guthaben aufladen",
        N(),
        text="""Hallo,

Ihr Posteo-Konto ist noch bis zum 30.11.2025 bezahlt. Bitte laden Sie rechtzeitig Guthaben auf, damit Ihr Postfach ohne Unterbrechung weiterläuft.

Guthaben aufladen: Einstellungen > Konto > Guthaben

Viele Grüße
Ihr Posteo-Team
""",
    ),
    m(
        "n1j04",
        "2025-10-09 12:41",
        "Bürgerservice Leipzig <terminvergabe@buergerservice-leipzig.example>",
        "Terminbestätigung: Beantragung Personalausweis",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

Ihr Termin im Bürgerbüro wurde erfolgreich gebucht.

Anliegen: Beantragung Personalausweis (1 Person)
Datum: Mittwoch, 22.10.2025, 07:45 Uhr
Ort: Bürgerbüro West, Ratzelstraße 6, 04207 Leipzig
Vorgangsnummer: T-251022-0745-118

Bitte bringen Sie mit: alten Ausweis, ein biometrisches Passfoto, Gebühr 46,00 € (EC-Karte).

Termin absagen: https://termine.buergerservice-leipzig.example/absagen?v=T-251022-0745-118
""",
        ics=ics(
            "T-251022-0745-118@buergerservice-leipzig.example",
            "2025-10-22 07:45",
            "Bürgerbüro West: Personalausweis",
            ("Bürgerservice Leipzig", "terminvergabe@buergerservice-leipzig.example"),
            minutes=15,
            location="Bürgerbüro West, Ratzelstraße 6, 04207 Leipzig",
        ),
    ),
    m(
        "n1j05",
        "2025-11-12 06:31",
        "ELSTER <noreply@elster.de>",
        "Neue Nachricht in Ihrem ELSTER-Postfach",
        N(),
        text="""Guten Tag,

in Ihrem Postfach auf Mein ELSTER liegt eine neue Nachricht für Sie bereit:

Steuerbescheid für 2024 (Einkommensteuer), Finanzamt Leipzig II

Bitte melden Sie sich unter https://www.elster.de an, um die Nachricht abzurufen.

Diese E-Mail wurde automatisch erstellt.
""",
    ),
    # --- Look-alikes: Weiterbildung, Webinar, Studie, Netzwerk -----------------------------------
    m(
        "n1k01",
        "2025-09-30 14:02",
        "IHK zu Leipzig – Weiterbildung <weiterbildung@ihk-lpz.example>",
        "Ihre Bewerbung für den Lehrgang „Geprüfte/r Industriemeister/in Pharmazie“",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

vielen Dank für Ihre Bewerbung um einen Platz im berufsbegleitenden Lehrgang „Geprüfte/r Industriemeister/in – Fachrichtung Pharmazie" (Start März 2026, Teilzeit, Samstag und zwei Abende pro Woche).

Ihre Zulassungsvoraussetzungen (Abschluss als Chemielaborantin und mehrjährige Berufspraxis) sind erfüllt. Sie erhalten bis Ende Oktober eine verbindliche Platzzusage und die Unterlagen zum Aufstiegs-BAföG.

Mit freundlichen Grüßen
Team Weiterbildung
IHK zu Leipzig
""",
    ),
    m(
        "n1k02",
        "2025-10-22 11:30",
        "Chromatech Solutions Webinare <webinar@chromatech-solutions.example>",
        "Ihre Anmeldung: Webinar „USP <621> in der Praxis“ am 04.11.",
        N(),
        text="""Hallo Henrike Albrecht-Paschke,

vielen Dank für Ihre Anmeldung zu unserem kostenlosen Webinar:

USP <621> in der Praxis – was die harmonisierten Systemeignungsregeln für Ihr Labor bedeuten
Dienstag, 04.11.2025, 15:00–16:00 Uhr
Referent: Dr. Marc Sievers, Applikationslabor Chromatech

Ihr persönlicher Link: https://chromatech-solutions.example/webinar/join?t=aa18c2

Den Termin finden Sie auch in der angehängten Kalenderdatei. Eine Aufzeichnung erhalten alle Angemeldeten im Anschluss.

Ihr Team von Chromatech Solutions
""",
        ics=ics(
            "webinar-usp621-20251104@chromatech-solutions.example",
            "2025-11-04 15:00",
            "Webinar: USP <621> in der Praxis",
            ("Chromatech Solutions Webinare", "webinar@chromatech-solutions.example"),
            location="https://chromatech-solutions.example/webinar/join?t=aa18c2",
        ),
    ),
    m(
        "n1k03",
        "2025-11-07 10:18",
        "Projekt FamDigital <famdigital@uni-leipzig.example>",
        "Interviewpartner:innen gesucht: Wie nutzen Familien Kita-Apps?",
        N(),
        text="""Liebe Eltern,

im Forschungsprojekt FamDigital untersuchen wir, wie Familien digitale Angebote rund um Kita und Kindertagespflege nutzen. Dafür suchen wir Mütter und Väter für ein etwa 45-minütiges Interview (online oder in Leipzig).

Als Dankeschön erhalten Sie einen Gutschein über 30 €.

Interesse? Einfach einen Termin buchen: https://famdigital.uni-leipzig.example/termine

Ihre E-Mail-Adresse haben wir über den Elternverteiler Ihrer Tagespflege erhalten, mit deren Einverständnis.

Viele Grüße
Dr. Vera Klotzsche und Team
""",
    ),
    m(
        "n1k04",
        "2025-12-09 08:15",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Gratulieren Sie Anja Kretzschmar zum neuen Job",
        N(),
        html="""<html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif;color:#191919">
<table width="512" align="center"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" width="84">
<p><b>Anja Kretzschmar</b> hat eine neue Position begonnen: Medizinische Technologin für Laboratoriumsanalytik bei MVZ Labor Leipzig-Süd.</p>
<p><a href="https://www.linkedin.com/feed/update/urn:li:activity:73012?trk=eml-congrats">Glückwunsch senden</a></p>
<p style="font-size:12px;color:#666"><a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?trk=eml-congrats">Abbestellen</a> · © 2025 LinkedIn Ireland Unlimited Company</p>
</td></tr></table></body></html>""",
    ),
    m(
        "n1k05",
        "2026-01-12 09:00",
        "XING <mailrobot@mail.xing.com>",
        "Neuigkeiten aus Ihrem Netzwerk",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="580" align="center"><tr><td style="padding:16px">
<img src="https://static.xingcdn.com/crate/mail-assets/xing-logo-2023.png" alt="XING" width="80">
<p><b>Tobias Wendt</b> arbeitet jetzt als Chemielaborant bei einem Kunststoffhersteller in Schkopau.</p>
<p><b>Mandy Scholz</b> hat Geburtstag – gratulieren Sie!</p>
<p><b>3 Personen</b> haben Ihr Profil besucht.</p>
<p><a href="https://www.xing.com/notifications?sc_o=mail_network_news">Alle Neuigkeiten ansehen</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.xing.com/settings/notifications">Benachrichtigungen verwalten</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "n1k06",
        "2025-10-14 20:30",
        "Leipziger Herbstlauf <anmeldung@herbstlauf-leipzig.example>",
        "Deine Anmeldung ist bestätigt – 10 km",
        N(),
        text="""Hallo Henrike,

deine Anmeldung für den 10-km-Lauf am 02.11.2025 ist bestätigt.

Startnummer: 1247
Startblock: C (Zielzeit 55–60 min)
Startgebühr: 29 € (bezahlt)

Startunterlagen gibt's am Vortag von 14 bis 19 Uhr im Clara-Zetkin-Park, Pavillon am Anton-Bruckner-Allee.

Wir sehen uns an der Startlinie!
Dein Orga-Team
""",
    ),
    m(
        "n1k07",
        "2026-02-11 17:40",
        "Hausrat & Haftpflicht direkt <angebot@hhdirekt.example>",
        "Ihr individuelles Angebot für die neue Wohnung",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

vielen Dank für Ihre Anfrage. Gern unterbreiten wir Ihnen unser Angebot für Ihre Hausratversicherung in der Karl-Heine-Straße 88 (94 m², Versicherungssumme 62.000 €):

Tarif Komfort inkl. Fahrraddiebstahl (E-Lastenrad bis 7.000 €): 14,20 € monatlich

Das Angebot ist 30 Tage gültig. Zum Abschluss genügt ein Klick: https://www.hhdirekt.example/abschluss?a=HR-2026-55120

Mit freundlichen Grüßen
Ihr Team von Hausrat & Haftpflicht direkt
""",
    ),
    m(
        "n1k08",
        "2025-12-03 08:00",
        "Leipziger Städtische Bibliotheken <ausleihe@stadtbibliothek-leipzig.example>",
        "Erinnerung: Leihfrist endet in 3 Tagen",
        N(),
        text="""Guten Tag,

folgende Medien auf Ihrem Konto (Ausweis-Nr. 0044 1871 22) sind bis zum 06.12.2025 zurückzugeben:

- Pettersson und Findus: Morgen, Findus, wird's was geben (Bilderbuch)
- Grundlagen der Flüssigchromatographie, 4. Aufl.

Sie können die Leihfrist online verlängern, sofern keine Vormerkung vorliegt.

Ihre Leipziger Städtischen Bibliotheken
""",
    ),
    m(
        "n1k09",
        "2026-01-28 12:30",
        "Ticketwerk <tickets@ticketwerk.example>",
        "Deine Tickets: Gewandhausorchester – Familienkonzert",
        N(),
        text="""Hallo Henrike,

vielen Dank für deine Bestellung! Deine E-Tickets hängen an.

Familienkonzert „Peter und der Wolf"
Sonntag, 22.02.2026, 11:00 Uhr, Großer Saal
2 x Erwachsene, 1 x Kind – Block C, Reihe 14

Bitte zeige die Tickets am Einlass auf deinem Handy oder ausgedruckt vor.

Dein Ticketwerk-Team
""",
        attach=[("Tickets_Familienkonzert_22-02-2026.pdf", "application/pdf", PDF)],
    ),
    m(
        "n1k10",
        "2025-12-03 19:00",
        "Spotify <no-reply@spotify.com>",
        "Dein Jahresrückblick 2025 ist da",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;background:#121212;color:#fff">
<h1 style="color:#1ed760">Dein 2025 in Musik</h1>
<p>Du hast dieses Jahr 18.442 Minuten gehört. Dein Top-Song: „Bella ciao" (Kinderversion) – 211 Mal. Wir sagen nichts.</p>
<p><a style="color:#1ed760" href="https://open.spotify.com/wrapped?utm_source=email">Jetzt ansehen</a></p>
</body></html>""",
    ),
    # --- Ärztinnen (Doctolib) ---------------------------------------------------------------
    m(
        "n1l01",
        "2025-10-07 18:22",
        "Doctolib <no-reply@doctolib.de>",
        "Ihr Termin bei Dr. med. Susanne Pfau ist bestätigt",
        N(),
        text="""Termin bestätigt

Dr. med. Susanne Pfau – Kinder- und Jugendmedizin
Donnerstag, 30. Oktober 2025, 08:20 Uhr
Früherkennungsuntersuchung U7 (für: Ida Paschke)
Praxis am Felsenkeller, Karl-Heine-Straße 93, 04229 Leipzig

Bitte bringen Sie das gelbe Untersuchungsheft und die Versichertenkarte mit.

Termin verschieben oder absagen: https://www.doctolib.de/appointments
""",
        ics=ics(
            "doctolib-apt-8812417@doctolib.de",
            "2025-10-30 08:20",
            "U7 Ida – Dr. Pfau",
            ("Doctolib", "no-reply@doctolib.de"),
            minutes=30,
            location="Praxis am Felsenkeller, Karl-Heine-Straße 93, 04229 Leipzig",
        ),
    ),
    m(
        "n1l02",
        "2026-02-17 18:05",
        "Doctolib <no-reply@doctolib.de>",
        "Erinnerung: Ihr Termin morgen bei Zahnarztpraxis Lindenau",
        N(),
        text="""Erinnerung an Ihren Termin

Zahnarztpraxis Lindenau – Dr. Kai Rothe
Mittwoch, 18. Februar 2026, 07:30 Uhr
Kontrolluntersuchung und professionelle Zahnreinigung
Lützner Straße 41, 04177 Leipzig

Können Sie den Termin nicht wahrnehmen? Bitte sagen Sie ihn rechtzeitig ab: https://www.doctolib.de/appointments
""",
        ics=ics(
            "doctolib-apt-9140022@doctolib.de",
            "2026-02-18 07:30",
            "Zahnarzt – Kontrolle + PZR",
            ("Doctolib", "no-reply@doctolib.de"),
            minutes=60,
            location="Zahnarztpraxis Lindenau, Lützner Straße 41, 04177 Leipzig",
        ),
    ),
    m(
        "n1l03",
        "2025-11-19 12:40",
        "Praxis Dr. Ehrlich <praxis@hausarzt-ehrlich.example>",
        "Ihre Laborwerte / Termin zur Besprechung",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

Ihre Laborwerte von der Blutentnahme am 14.11. liegen vor. Es ist nichts Beunruhigendes dabei, Frau Dr. Ehrlich möchte aber den Vitamin-D-Wert kurz mit Ihnen besprechen. Bitte vereinbaren Sie telefonisch einen kurzen Termin (0341 477 19 20).

Mit freundlichen Grüßen
Ihr Praxisteam Dr. Ehrlich
""",
    ),
    # --- more of the same, later in the half-year --------------------------------------------
    m(
        "n1m01",
        "2025-10-21 22:31",
        _SBD,
        "Sicherheitshinweis: Neues Gerät für das Online-Banking freigeschaltet",
        N(),
        text="""Guten Tag Frau Albrecht-Paschke,

am 21.10.2025 um 22:27 Uhr wurde ein neues Gerät für Ihre SachsenSecure-App freigeschaltet (iPhone, Leipzig).

Waren Sie das? Dann müssen Sie nichts tun. Falls nicht, sperren Sie Ihren Zugang bitte sofort unter 0341 998 77 00 (24/7).

Wir fragen Sie niemals per E-Mail nach PIN oder TAN.

Ihre Sachsenbank Direkt
""",
    ),
    m(
        "n1m02",
        "2025-12-16 10:12",
        "Amazon.de <rueckgabe@amazon.de>",
        "Ihre Erstattung wurde veranlasst",
        N(),
        text="""Hallo Henrike Albrecht-Paschke,

wir haben Ihre Rücksendung erhalten und eine Erstattung über 24,99 EUR für folgenden Artikel veranlasst:

Kinder-Regenhose, gefüttert, Gr. 92/98

Die Erstattung erscheint innerhalb von 3–5 Werktagen auf Ihrem Konto.

Wir hoffen, Sie bald wieder begrüßen zu dürfen.
Amazon.de
""",
    ),
    m(
        "n1m03",
        "2026-02-14 11:50",
        "DHL Paket <noreply@dhl.de>",
        "Ihre Sendung liegt in der Packstation 128 zur Abholung bereit",
        N(),
        text="""Hallo Henrike Albrecht-Paschke,

Ihre Sendung 00340434 4417 2291 7761 liegt ab sofort in der Packstation 128, Karl-Heine-Straße 70, 04229 Leipzig, für Sie bereit.

Abholcode: 448 120
Die Sendung kann 7 Kalendertage abgeholt werden.

Ihr DHL Team
""",
    ),
    m(
        "n1m04",
        "2026-02-03 08:20",
        _LSW,
        "Bestätigung Ihres Auszugs und Ihrer Zählerstände",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

wir bestätigen Ihren Auszug aus der Zschocherschen Straße 12 zum 31.01.2026 (Zählerstand 44.218 kWh) und den Einzug in die Karl-Heine-Straße 88 zum 01.02.2026.

Ihr Vertrag läuft zu den bisherigen Konditionen an der neuen Adresse weiter. Die Schlussrechnung für die alte Adresse erhalten Sie in den nächsten Wochen.

Ihr Kundenservice der LSW
""",
    ),
    m(
        "n1m05",
        "2026-02-09 07:14",
        "ARD ZDF Deutschlandradio Beitragsservice <noreply@rundfunkbeitrag.de>",
        "Ihre Adressänderung wurde gespeichert",
        N(),
        text="""Guten Tag,

wir haben die Änderung Ihrer Anschrift für die Beitragsnummer 498 771 204 gespeichert. Neue Anschrift ab 01.02.2026: Karl-Heine-Straße 88, 04229 Leipzig.

Am Zahlungsrhythmus ändert sich nichts.

Ihr Beitragsservice
""",
    ),
    m(
        "n1m06",
        "2026-01-26 13:02",
        "Bürgerservice Leipzig <terminvergabe@buergerservice-leipzig.example>",
        "Terminbestätigung: Anmeldung einer Wohnung",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

Ihr Termin im Bürgerbüro wurde erfolgreich gebucht.

Anliegen: Anmeldung einer Wohnung (3 Personen)
Datum: Donnerstag, 05.02.2026, 16:15 Uhr
Ort: Bürgerbüro West, Ratzelstraße 6, 04207 Leipzig

Bitte bringen Sie die Wohnungsgeberbestätigung und die Personalausweise aller Personen mit.
""",
    ),
    m(
        "n1m07",
        "2025-11-06 09:00",
        "Chromatech Solutions Webinare <webinar@chromatech-solutions.example>",
        "Aufzeichnung & Folien: USP <621> in der Praxis",
        N(),
        text="""Hallo Henrike Albrecht-Paschke,

vielen Dank für Ihre Teilnahme an unserem Webinar! Die Aufzeichnung und die Folien stehen 30 Tage lang für Sie bereit:
https://chromatech-solutions.example/webinar/recording/usp621?t=aa18c2

Übrigens: Unser Applikationslabor bietet Ihnen eine kostenlose Säulenberatung an. Antworten Sie einfach auf diese E-Mail.

Ihr Team von Chromatech Solutions
""",
    ),
    m(
        "n1m08",
        "2025-11-03 19:30",
        "Leipziger Herbstlauf <anmeldung@herbstlauf-leipzig.example>",
        "Deine Urkunde und die Ergebnisse sind online",
        N(),
        text="""Hallo Henrike,

danke fürs Mitlaufen beim Leipziger Herbstlauf 2025!

10 km, Startnummer 1247: 57:41 min (Platz 318 von 1.092, W35: Platz 41)

Urkunde zum Download: https://herbstlauf-leipzig.example/ergebnisse/2025/1247
Fotos: https://herbstlauf-leipzig.example/fotos

Bis nächstes Jahr!
Dein Orga-Team
""",
    ),
    m(
        "n1m09",
        "2025-10-28 11:40",
        "IHK zu Leipzig – Weiterbildung <weiterbildung@ihk-lpz.example>",
        "Platzzusage: Industriemeister/in Pharmazie, Lehrgang März 2026",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

wir freuen uns, Ihnen einen Platz im Lehrgang „Geprüfte/r Industriemeister/in – Fachrichtung Pharmazie" (Beginn 07.03.2026) zusagen zu können.

Bitte senden Sie uns den beigefügten Lehrgangsvertrag bis zum 30.11.2025 unterschrieben zurück. Die erste Rate der Lehrgangsgebühr (1.150 €) wird zum Lehrgangsbeginn fällig. Informationen zum Aufstiegs-BAföG finden Sie in der Anlage.

Mit freundlichen Grüßen
Team Weiterbildung
IHK zu Leipzig
""",
        attach=[("Lehrgangsvertrag_IM-Pharma_2026.pdf", "application/pdf", PDF)],
    ),
    m(
        "n1m10",
        "2026-02-09 15:22",
        "IHK zu Leipzig – Weiterbildung <weiterbildung@ihk-lpz.example>",
        "Bestätigung Ihres Rücktritts vom Lehrgang",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

wir bestätigen den Eingang Ihres Rücktritts vom Lehrgang „Geprüfte/r Industriemeister/in – Fachrichtung Pharmazie" (Beginn 07.03.2026). Da der Rücktritt mehr als vier Wochen vor Lehrgangsbeginn erfolgt, fallen keine Kosten an.

Wir würden uns freuen, Sie in einem späteren Lehrgang begrüßen zu dürfen. Der nächste Durchgang startet voraussichtlich im September 2026.

Mit freundlichen Grüßen
Team Weiterbildung
IHK zu Leipzig
""",
    ),
    m(
        "n1m11",
        "2025-11-13 16:00",
        "Passage Kinos <newsletter@passage-kinos.example>",
        "Diese Woche: Familienkino am Sonntag und die Filmkunstwoche",
        N(),
        **_unsub("https://passage-kinos.example/newsletter/abmelden"),
        html="""<html><body style="font-family:Georgia,serif">
<h2>Kinowoche 13.–19. November</h2>
<p><b>Familienkino</b> am Sonntag, 11 Uhr: „Der Grüffelo" und andere Kurzfilme (ab 2 Jahren, 50 Minuten, Licht bleibt etwas an).</p>
<p><b>Filmkunstwoche:</b> Regisseurin Anne Bauer im Gespräch nach der Vorstellung am Mittwoch.</p>
<p><a href="https://passage-kinos.example/programm">Zum Programm</a></p>
<p style="font-size:10px"><a href="https://passage-kinos.example/newsletter/abmelden">Abmelden</a></p>
</body></html>""",
    ),
    m(
        "n1m12",
        "2025-10-27 06:15",
        "LeipzigKompakt <morgen@leipzigkompakt.example>",
        "Guten Morgen, Leipzig: Baustellen, Herbstferien und ein Interview mit dem Zoo-Direktor",
        N(),
        **_unsub("https://leipzigkompakt.example/abmelden"),
        text="""GUTEN MORGEN, LEIPZIG – Montag, 27. Oktober 2025

Wetter: 11 Grad, Regen ab Mittag.

1. Zeitumstellung: Die Straßenbahnen fahren ab heute nach Winterfahrplan.
2. Baustelle Jahnallee: Sperrung stadteinwärts bis Mitte Dezember.
3. Im Interview: Zoo-Direktor Dr. Wolfgang Riebe über das neue Elefantenhaus und warum er seinen Job „nie tauschen würde".
4. Arbeitsmarkt: Die Arbeitslosenquote in Leipzig sinkt auf 7,1 Prozent; besonders gesucht sind Pflegekräfte und Laborpersonal.

Abbestellen: https://leipzigkompakt.example/abmelden
""",
    ),
    m(
        "n1m13",
        "2026-02-24 10:30",
        _GKM,
        "Ihre neue Gesundheitskarte ist unterwegs",
        N(),
        text="""Sehr geehrte Frau Albrecht-Paschke,

wegen Ihrer Adressänderung haben wir Ihnen eine neue elektronische Gesundheitskarte ausgestellt. Sie erhalten sie in den nächsten Tagen per Post an die Karl-Heine-Straße 88. Ihre bisherige Karte wird mit Erhalt der neuen ungültig.

Ihre GKM
""",
    ),
]

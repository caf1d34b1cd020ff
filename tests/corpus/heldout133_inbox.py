# ruff: noqa: E501, RUF100
"""Corpus 133, the ordinary inbox: services, bills, look-alikes (data only): see heldout133.py."""

from __future__ import annotations

from typing import Any

from heldout133_jobs import N, ics, m, thread

SENT_FLAT1 = "<trinity-1f0e9a72-6b3d-4c18-a2e5-9d7c4b0f8e31-1759571042201@3c-app-gmx-bs44>"
SENT_HV_SA = "<trinity-a7c2e4b9-3d10-4f6e-8b51-c0d9e2f7a4b6-1762636881093@3c-app-gmx-bap29>"

# --- the flat hunt: "Bewerbung" for a flat, a viewing, a refusal, a yes, a DocuSign lease ----------

flat_is24 = m(
    "k3vy",
    "2025-10-02 21:14",
    "ImmoScout24 <noreply@immobilienscout24.de>",
    "Ihre Anfrage wurde erfolgreich versendet",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center"><tr><td>
<img src="https://www.static-immobilienscout24.de/statpic/email/is24-logo.png" alt="ImmoScout24" width="150">
<p>Hallo Jonas Wehrle,</p>
<p>Ihre Nachricht an den Anbieter wurde erfolgreich versendet:</p>
<p style="background:#f5f5f5;padding:10px"><b>Helle 3-Zimmer-Wohnung mit Balkon, Nähe Uni</b><br>Robert-Leicht-Straße, 70563 Stuttgart-Vaihingen<br>1.340 € warm · 78 m² · 3 Zimmer</p>
<p>Tipp: Mit MieterPlus zeigen Sie Ihre Bonität und Selbstauskunft direkt in der Anfrage – und werden bis zu 3-mal häufiger zur Besichtigung eingeladen.</p>
<p><a href="https://www.immobilienscout24.de/expose/158772031?referrer=EMAIL_CONTACT_CONFIRMATION">Zum Exposé</a></p>
<p style="font-size:11px;color:#999">Immobilien Scout GmbH · Invalidenstraße 65 · 10115 Berlin</p>
</td></tr></table></body></html>""",
)

flat_view = m(
    "b8nx",
    "2025-10-05 10:02",
    "Renate Ehrler <renate.ehrler@web.de>",
    "Ihre Bewerbung für die Wohnung Robert-Leicht-Straße",
    N(),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Bewerbung auf unsere Wohnung. Wir haben sehr viele Anfragen bekommen und machen deshalb eine Sammelbesichtigung am Samstag, den 11.10., um 11:00 Uhr. Bitte bringen Sie, falls Sie Interesse haben, eine Selbstauskunft, die letzten drei Gehaltsnachweise und eine Schufa-Auskunft mit.

Klingeln Sie bitte bei Ehrler (Erdgeschoss).

Mit freundlichen Grüßen
Renate Ehrler

> Sehr geehrte Damen und Herren,
> meine Partnerin und ich (beide berufstätig, Nichtraucher, keine Haustiere)
> interessieren uns sehr für Ihre Wohnung ...
""",
    **thread(SENT_FLAT1),
)

flat_no = m(
    "u5ld",
    "2025-10-14 19:40",
    "Renate Ehrler <renate.ehrler@web.de>",
    "Wohnung Robert-Leicht-Straße",
    N(),
    text="""Sehr geehrter Herr Wehrle,

danke, dass Sie sich am Samstag die Zeit genommen haben. Sie und Ihre Partnerin waren uns sehr sympathisch. Wir haben uns nun aber für eine Familie entschieden, die schon länger im Haus Bekannte hat.

Wir wünschen Ihnen viel Glück bei der weiteren Suche!

Mit freundlichen Grüßen
Renate und Klaus Ehrler
""",
)

flat_hv_sa = m(
    "r0hc",
    "2025-11-08 09:25",
    "Hausverwaltung Krämer <vermietung@hv-kraemer.example>",
    "AW: Mietinteresse Vaihinger Markt 7, 2. OG links",
    N(),
    text="""Guten Tag Herr Wehrle,

vielen Dank für Ihr Interesse und Ihre Teilnahme an der Besichtigung.

Um Ihre Bewerbung für die Wohnung berücksichtigen zu können, benötigen wir noch folgende Unterlagen:
- ausgefüllte Mieterselbstauskunft (Formular anbei)
- Einkommensnachweise der letzten drei Monate (beider Mieter)
- SCHUFA-BonitätsAuskunft (nicht älter als 3 Monate)
- Mietschuldenfreiheitsbescheinigung Ihres jetzigen Vermieters

Bitte senden Sie die Unterlagen bis spätestens 14.11.2025.

Mit freundlichen Grüßen
i. A. Jana Fritz
Hausverwaltung Krämer GmbH
Hauptstraße 19 · 70563 Stuttgart
Tel. 0711 735 21 90
""",
    attach=[("Mieterselbstauskunft.pdf", "application/pdf", "%PDF-1.3\n% Mieterselbstauskunft\n")],
    **thread(SENT_HV_SA),
)

flat_schufa = m(
    "e4ob",
    "2025-11-09 14:03",
    "SCHUFA Holding AG <noreply@meineschufa.de>",
    "Ihre BonitätsAuskunft steht zum Download bereit",
    N(),
    text="""Sehr geehrter Herr Wehrle,

Ihre SCHUFA-BonitätsAuskunft ist erstellt und steht in Ihrem Konto auf meineSCHUFA.de zum Download bereit.

Sie können die BonitätsAuskunft z. B. Ihrem Vermieter vorlegen. Sie enthält nur die Informationen, die für den Vermieter relevant sind.

Zum Download: https://www.meineschufa.de/de/login

Mit freundlichen Grüßen
Ihr meineSCHUFA-Team
""",
)

flat_yes = m(
    "i2fq",
    "2025-11-20 11:47",
    "Hausverwaltung Krämer <vermietung@hv-kraemer.example>",
    "Zusage – Wohnung Vaihinger Markt 7, 2. OG links",
    N(),
    text="""Guten Tag Herr Wehrle,

wir freuen uns, Ihnen mitteilen zu können, dass sich die Eigentümerin für Sie und Frau Brandt als neue Mieter entschieden hat.

Den Mietvertrag erhalten Sie in den nächsten Tagen zur elektronischen Unterschrift über DocuSign. Mietbeginn ist der 01.01.2026; eine Übergabe ist ab dem 20.12.2025 möglich. Die Kaution beträgt drei Nettokaltmieten (3.270 €) und kann in drei Raten gezahlt werden.

Mit freundlichen Grüßen
i. A. Jana Fritz
Hausverwaltung Krämer GmbH
""",
)

flat_docu = m(
    "z7ky",
    "2025-11-26 16:20",
    "Hausverwaltung Krämer GmbH via DocuSign <dse@eumail.docusign.net>",
    "Bitte unterzeichnen: Mietvertrag Vaihinger Markt 7, 2. OG links",
    N(),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;background:#eaeaea">
<table width="640" align="center" style="background:#1e4ca1;color:#fff"><tr><td style="padding:24px;text-align:center">
<p style="font-size:16px">Jana Fritz hat Ihnen ein Dokument zur Überprüfung und Unterzeichnung gesendet.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=4c1e7b02-3f9d&amp;acct=8a12" style="background:#ffc820;color:#000;padding:10px 18px;text-decoration:none;font-weight:bold">DOKUMENT ÜBERPRÜFEN</a></p>
</td></tr></table>
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<p><b>Jana Fritz</b><br>vermietung@hv-kraemer.example</p>
<p>Sehr geehrter Herr Wehrle, sehr geehrte Frau Brandt,<br>anbei der Mietvertrag zur Unterschrift. Bitte unterzeichnen Sie beide bis zum 03.12.2025.</p>
<p style="font-size:11px;color:#666">Geben Sie diese E-Mail nicht weiter. Sie enthält einen sicheren Link zu DocuSign.<br>
Alternative Signaturmethode: Gehen Sie zu docusign.com, klicken Sie auf „Dokumente aufrufen“ und geben Sie den Sicherheitscode ein: 4C1E7B023F9D4A1E8A12</p>
</td></tr></table></body></html>""",
)

flat_docu_done = m(
    "h6mt",
    "2025-11-28 07:51",
    "DocuSign <dse@eumail.docusign.net>",
    "Abgeschlossen: Mietvertrag Vaihinger Markt 7, 2. OG links",
    N(),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<table width="640" align="center" style="background:#1e4ca1;color:#fff"><tr><td style="padding:24px;text-align:center">
<p style="font-size:16px">Ihr Dokument wurde abgeschlossen</p>
<p><a href="https://eu.docusign.net/Member/EmailStart.aspx?m=6b20&amp;r=2f" style="background:#ffc820;color:#000;padding:10px 18px;text-decoration:none">DOKUMENT ANZEIGEN</a></p>
</td></tr></table>
<p style="text-align:center">Alle Unterzeichner haben das Dokument abgeschlossen.</p>
</body></html>""",
)

flat_move_offer = m(
    "s9ga",
    "2025-11-24 13:30",
    "Umzüge Kurz GmbH <info@umzuege-kurz.example>",
    "Ihr Angebot für den Umzug am 20.12.2025",
    N(),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Anfrage. Gerne unterbreiten wir Ihnen folgendes Angebot:

Umzug von Stuttgart-Rohr (Ernst-Bloch-Str., 3. OG, ohne Aufzug) nach Stuttgart-Vaihingen (Vaihinger Markt 7, 2. OG, Aufzug)
- 3 Möbelpacker, 1 LKW 7,5 t, ca. 6 Stunden
- Ab- und Aufbau von 2 Schränken und 1 Bett
- Halteverbotszonen an beiden Adressen

Pauschalpreis: 1.480,00 € inkl. 19 % MwSt.

Das Angebot ist 14 Tage gültig. Über eine Auftragsbestätigung würden wir uns freuen.

Mit freundlichen Grüßen
Sven Kurz
Umzüge Kurz GmbH · Filderhauptstraße 60 · 70599 Stuttgart
""",
)

buergerbuero = m(
    "a1pz",
    "2025-12-05 08:12",
    "Landeshauptstadt Stuttgart – Terminvereinbarung <noreply-termine@stuttgart.de>",
    "Terminbestätigung: Bürgerbüro Vaihingen – An-/Ummeldung einer Wohnung",
    N(),
    text="""Sehr geehrter Herr Wehrle,

hiermit bestätigen wir Ihren Termin:

Dienstleistung: An-/Ummeldung einer Wohnung (1 Person)
Standort: Bürgerbüro Vaihingen, Rathausplatz 1, 70563 Stuttgart
Datum: Montag, 05.01.2026, 08:40 Uhr
Vorgangsnummer: 1207-553-186

Bitte bringen Sie mit: Personalausweis oder Reisepass, Wohnungsgeberbestätigung.

Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte ab:
https://termin.stuttgart.de/cancel?id=1207553186

Landeshauptstadt Stuttgart · Amt für öffentliche Ordnung
""",
    ics=ics(
        "1207553186@termin.stuttgart.de",
        "2026-01-05 08:40",
        "Bürgerbüro Vaihingen: An-/Ummeldung einer Wohnung",
        ("Landeshauptstadt Stuttgart", "noreply-termine@stuttgart.de"),
        minutes=15,
        location="Bürgerbüro Vaihingen, Rathausplatz 1, 70563 Stuttgart",
    ),
)

stadtwerke = m(
    "g3wr",
    "2025-12-08 15:44",
    "Stadtwerke Stuttgart <service@stadtwerke-stuttgart.de>",
    "Willkommen bei den Stadtwerken Stuttgart – Ihre Vertragsbestätigung",
    N(),
    text="""Sehr geehrter Herr Wehrle,

herzlich willkommen! Wir bestätigen Ihren Stromliefervertrag „Stuttgart Strom Natur“ für die Lieferstelle Vaihinger Markt 7, 70563 Stuttgart, ab dem 01.01.2026.

Ihr monatlicher Abschlag: 64,00 €
Vertragskonto: 200 418 772 3

Ihre Vertragsunterlagen und die Widerrufsbelehrung finden Sie im Anhang.

Freundliche Grüße
Ihre Stadtwerke Stuttgart
""",
)


# --- money: a credit card refused, a loan "offer", bank and PayPal -------------------------------

cc_applied = m(
    "n8ru",
    "2025-10-23 12:10",
    "Südbank Direkt <service@suedbank-direkt.example>",
    "Ihr Antrag auf die Südbank Visa Gold ist eingegangen",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrter Herr Wehrle,</p>
<p>vielen Dank für Ihren Antrag auf die <b>Südbank Visa Gold</b>. Wir haben Ihre Angaben erhalten und prüfen diese nun.</p>
<p>Ihre Antragsnummer: <b>SBD-2025-884172</b></p>
<p>In der Regel erhalten Sie innerhalb von 3–5 Werktagen eine Entscheidung. Den Status Ihres Antrags können Sie jederzeit online einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihre Südbank Direkt</p>
<p style="font-size:10px;color:#888">Südbank Direkt ist eine Marke der Südwestdeutschen Privatbank AG · Stuttgart</p>
</body></html>""",
)

cc_no = m(
    "x2ce",
    "2025-10-30 09:02",
    "Südbank Direkt <service@suedbank-direkt.example>",
    "Entscheidung zu Ihrem Antrag SBD-2025-884172",
    N(),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihr Interesse an der Südbank Visa Gold.

Nach sorgfältiger Prüfung Ihres Antrags müssen wir Ihnen leider mitteilen, dass wir Ihrem Antrag derzeit nicht entsprechen können. Bei unserer Entscheidung haben wir verschiedene Kriterien berücksichtigt, unter anderem die Angaben zu Ihrem Beschäftigungsverhältnis.

Gerne können Sie zu einem späteren Zeitpunkt einen neuen Antrag stellen. Unsere kostenlose Debitkarte steht Ihnen selbstverständlich weiterhin zur Verfügung.

Mit freundlichen Grüßen
Ihre Südbank Direkt
""",
)

loan_offer = m(
    "c4ob",
    "2026-01-15 19:22",
    "CHECK24 Kredit <kredit@check24.de>",
    "Ihr persönliches Kreditangebot ist da – 2,99 % eff. Zins",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hallo Herr Wehrle,</p>
<p>gute Nachrichten: Für Ihren Wunschkredit über <b>12.000 €</b> (Laufzeit 48 Monate, Verwendungszweck: Auto) liegt ein persönliches Angebot vor.</p>
<table style="border:1px solid #ddd;padding:10px"><tr><td>Bank</td><td><b>Nordwest Direktbank</b></td></tr>
<tr><td>eff. Jahreszins</td><td><b>2,99 %</b></td></tr><tr><td>Monatliche Rate</td><td>265,12 €</td></tr></table>
<p>Das Angebot ist bis 29.01.2026 gültig. <a href="https://kredit.check24.de/angebot?id=f6b22e&amp;utm_source=mail">Jetzt Angebot annehmen</a></p>
<p style="font-size:10px;color:#888">Repräsentatives Beispiel gem. § 17 PAngV: Nettodarlehensbetrag 12.000 €, Sollzins 2,95 % p.a. gebunden, eff. Jahreszins 2,99 %, Laufzeit 48 Monate, Gesamtbetrag 12.725,76 €. CHECK24 Vergleichsportal Kredit GmbH · Erika-Mann-Str. 62-66 · 80636 München</p>
</body></html>""",
)

loan_docs = m(
    "f1mh",
    "2026-01-19 08:35",
    "CHECK24 Kredit <kredit@check24.de>",
    "Noch ein Schritt: Unterlagen für Ihren Kreditantrag hochladen",
    N(),
    text="""Hallo Herr Wehrle,

Ihr Kreditantrag bei der Nordwest Direktbank ist fast fertig. Es fehlen nur noch:

- Ihre letzten zwei Gehaltsabrechnungen
- Identifizierung per VideoIdent

Unterlagen hochladen: https://kredit.check24.de/antrag/f6b22e/unterlagen

Ihr CHECK24 Kreditteam
""",
)

bwbank = m(
    "m9dy",
    "2025-11-30 06:14",
    "BW-Bank <noreply@bw-bank.de>",
    "Neues Dokument in Ihrem elektronischen Postfach",
    N(),
    text="""Sehr geehrter Herr Wehrle,

in Ihrem elektronischen Postfach im Online-Banking liegt ein neues Dokument für Sie bereit:

Kontoauszug Nr. 11/2025 zu Konto DE** **** **** **** **31 12

Aus Sicherheitsgründen enthält diese E-Mail keine Links. Bitte melden Sie sich wie gewohnt über www.bw-bank.de oder die App an.

Ihre BW-Bank
""",
)

paypal1 = m(
    "o5vj",
    "2025-10-19 16:48",
    "PayPal <service@paypal.de>",
    "Sie haben eine Zahlung an Markus Rieger gesendet",
    N(),
    text="""Hallo Jonas Wehrle,

Sie haben 420,00 € EUR an Markus Rieger gesendet.

Mitteilung: Rennrad Canyon Endurace RH 58

Transaktionscode: 8KC71394UA520884X
Transaktionsdatum: 19. Oktober 2025

Käuferschutz gilt nicht für Zahlungen an Freunde und Familie.

PayPal (Europe) S.à r.l. et Cie, S.C.A.
""",
)

paypal2 = m(
    "y3wg",
    "2025-12-10 20:05",
    "PayPal <service@paypal.de>",
    "Ihre Zahlung an Globetrotter Ausrüstung GmbH",
    N(),
    text="""Hallo Jonas Wehrle,

Sie haben eine Zahlung über 189,90 € EUR an Globetrotter Ausrüstung GmbH autorisiert.

Bestellnummer: GT-40177265
Transaktionscode: 2RA48812DN339150W

Details ansehen: https://www.paypal.com/myaccount/transactions

PayPal (Europe) S.à r.l. et Cie, S.C.A.
""",
)

paypal3 = m(
    "j8qe",
    "2026-02-22 11:30",
    "PayPal <service@paypal.de>",
    "Sie haben Geld erhalten",
    N(),
    text="""Hallo Jonas Wehrle,

Felix Wehrle hat Ihnen 87,50 € EUR gesendet.

Mitteilung: Hütte Garmisch, mein Anteil 🏔

Das Geld ist jetzt in Ihrem PayPal-Konto verfügbar.

PayPal (Europe) S.à r.l. et Cie, S.C.A.
""",
)


# --- shopping and parcels -------------------------------------------------------------------------

amz1 = m(
    "d0lp",
    "2025-10-04 13:21",
    "Amazon.de <bestellbestaetigung@amazon.de>",
    "Ihre Amazon.de Bestellung von „Bosch Professional 18V System Akku-Schlagbohrschrauber...“",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hallo Jonas Wehrle,</p>
<p>vielen Dank für Ihre Bestellung. Wir senden Ihnen eine Benachrichtigung, sobald Ihre Artikel versandt wurden.</p>
<p><b>Voraussichtliche Zustellung:</b> Dienstag, 7. Oktober</p>
<p>Bestellung #303-7719204-5528341<br>
Bosch Professional 18V System Akku-Schlagbohrschrauber GSB 18V-55 (2x 2,0 Ah Akku, L-BOXX) – 1 Stück – 179,99 €</p>
<p>Gesamtsumme: 179,99 €</p>
<p><a href="https://www.amazon.de/gp/your-account/order-details?orderID=303-7719204-5528341">Bestelldetails anzeigen</a></p>
<p style="font-size:11px;color:#666">Amazon EU S.à r.l., Niederlassung Deutschland</p>
</body></html>""",
)

dhl1 = m(
    "w6na",
    "2025-10-07 07:33",
    "DHL Paket <noreply@dhl.de>",
    "Ihre DHL Sendung kommt heute",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#ffcc00;padding:12px"><b>DHL</b></div>
<p>Hallo Jonas Wehrle,</p>
<p>Ihre Sendung <b>00340434571002618734</b> von Amazon wird heute voraussichtlich zwischen <b>10:45 und 12:45 Uhr</b> zugestellt.</p>
<p>Nicht zu Hause? <a href="https://www.dhl.de/de/privatkunden/pakete-empfangen/sendung-umleiten.html?piececode=00340434571002618734">Zustellung ändern</a></p>
<p style="font-size:11px;color:#666">Deutsche Post AG · Charles-de-Gaulle-Str. 20 · 53113 Bonn</p>
</body></html>""",
)

amz2 = m(
    "l1ut",
    "2025-12-02 22:48",
    "Amazon.de <bestellbestaetigung@amazon.de>",
    "Bestellt: „LEGO Technic Mercedes-AMG F1...“ und 2 weitere Artikel",
    N(),
    text="""Hallo Jonas Wehrle,

vielen Dank für Ihre Bestellung.

Bestellung #303-4481920-1177203
- LEGO 42171 Technic Mercedes-AMG F1 W14 E Performance – 159,99 €
- Moleskine Wochenkalender 2026, L, schwarz – 24,90 €
- Tchibo Privat Kaffee Kenia Black Bourbon, 500 g – 9,49 €

Gesamt: 194,38 €
Voraussichtliche Zustellung: Freitag, 5. Dezember

Amazon.de
""",
)

dhl2 = m(
    "q8sh",
    "2025-12-04 18:02",
    "DHL Paket <noreply@dhl.de>",
    "Ihre Sendung wurde an eine Packstation geliefert",
    N(),
    text="""Hallo Jonas Wehrle,

Ihre Sendung 00340434571002977126 liegt ab sofort zur Abholung bereit:

Packstation 148, Vaihinger Markt 24, 70563 Stuttgart

Ihr Abholcode: 1948
Bitte holen Sie Ihre Sendung innerhalb von 7 Tagen ab.

Ihr DHL Team
""",
)

ikea = m(
    "v9ik",
    "2025-12-06 17:16",
    "IKEA Deutschland <noreply@order.ikea.de>",
    "Deine Bestellung 1198723450 ist bestätigt",
    N(),
    html="""<html><body style="font-family:'Noto Sans',Arial,sans-serif;font-size:14px">
<p>Hej Jonas,</p>
<p>danke für deine Bestellung! Wir liefern am <b>Montag, 22.12.2025, zwischen 7 und 21 Uhr</b> an: Vaihinger Markt 7, 70563 Stuttgart.</p>
<ul><li>PAX Kleiderschrank 150x58x236, weiß – 1x</li><li>MALM Kommode mit 6 Schubladen, eichenfurniert – 1x</li><li>KALLAX Regal, weiß – 2x</li></ul>
<p>Summe inkl. Lieferung: 812,97 €</p>
<p style="font-size:11px;color:#666">IKEA Deutschland GmbH &amp; Co. KG · Am Wandersmann 2-4 · 65719 Hofheim-Wallau</p>
</body></html>""",
)

amz_return = m(
    "p5bq",
    "2025-12-15 10:20",
    "Amazon.de <rueckgabe@amazon.de>",
    "Ihre Rücksendung ist eingegangen",
    N(),
    text="""Hallo Jonas Wehrle,

wir haben Ihre Rücksendung erhalten und eine Erstattung in Höhe von 24,90 € für „Moleskine Wochenkalender 2026, L, schwarz“ veranlasst.

Die Erstattung wird innerhalb von 3–5 Werktagen auf Ihrer ursprünglichen Zahlungsmethode gutgeschrieben.

Amazon.de
""",
)

dhl3 = m(
    "t4xe",
    "2026-03-06 09:58",
    "DHL Paket <noreply@dhl.de>",
    "Ihre DHL Sendung ist unterwegs",
    N(),
    text="""Hallo Jonas Wehrle,

Ihre Sendung 00340434571003412208 von Decathlon ist unterwegs und wird voraussichtlich am Montag, 09.03.2026, zugestellt.

Sendungsverfolgung: https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode=00340434571003412208

Ihr DHL Team
""",
)

kleinanzeigen = m(
    "e7zb",
    "2025-10-18 08:55",
    "Kleinanzeigen <noreply@kleinanzeigen.de>",
    "Neue Nachricht zu „Canyon Endurace CF 7 Rennrad RH 58“",
    N(),
    text="""Hallo Jonas,

du hast eine neue Nachricht von Markus erhalten:

„Hallo, ja das Rad ist noch da. Du kannst heute Nachmittag ab 15 Uhr vorbeikommen und Probe fahren, Adresse schick ich dir dann. 420 wären ok. VG Markus“

Antworten: https://www.kleinanzeigen.de/m-nachrichten.html?conversationId=yk8b1

Achte auf sichere Zahlung. Kleinanzeigen fragt nie nach Zugangsdaten.
kleinanzeigen.de GmbH · Albert-Einstein-Ring 2-6 · 14532 Kleinmachnow
""",
)


# --- bills, contracts, insurance, public bodies --------------------------------------------------

dticket1 = m(
    "k6ps",
    "2025-10-01 05:17",
    "SSB Abo-Service <abo@ssb-ag.de>",
    "Ihre Rechnung zum Deutschlandticket – Oktober 2025",
    N(),
    text="""Guten Tag Herr Wehrle,

anbei erhalten Sie Ihre Rechnung zum Deutschlandticket für den Monat Oktober 2025.

Betrag: 58,00 €
Der Betrag wird am 02.10.2025 von Ihrem Konto DE** **** **** **** **31 12 abgebucht.

Ihr Abo-Service der Stuttgarter Straßenbahnen AG
""",
    attach=[("Rechnung_DTicket_2025-10.pdf", "application/pdf", "%PDF-1.4\n% Rechnung\n")],
)

dticket2 = m(
    "r3nd",
    "2025-12-01 05:20",
    "SSB Abo-Service <abo@ssb-ag.de>",
    "Wichtige Information: Neuer Preis für das Deutschlandticket ab Januar 2026",
    N(),
    text="""Guten Tag Herr Wehrle,

die Verkehrsministerinnen und -minister von Bund und Ländern haben beschlossen, den Preis des Deutschlandtickets zum 1. Januar 2026 von 58 € auf 63 € pro Monat anzupassen.

Für Sie ändert sich nichts weiter: Ihr Abo läuft automatisch weiter, der neue Betrag wird ab Januar abgebucht. Wenn Sie Ihr Abo nicht zum neuen Preis fortführen möchten, können Sie es bis zum 10.12.2025 zum Monatsende kündigen.

Ihr Abo-Service der Stuttgarter Straßenbahnen AG
""",
)

vodafone1 = m(
    "b1wy",
    "2025-10-12 04:02",
    "Vodafone <rechnung@vodafone.de>",
    "Ihre Vodafone-Rechnung für Oktober ist da",
    N(),
    text="""Hallo Jonas Wehrle,

Ihre neue Rechnung ist da.

Kundennummer: 1147 2209 31
Rechnungsbetrag: 39,99 €
Abbuchung am: 17.10.2025

Rechnung ansehen: https://www.vodafone.de/meinvodafone/rechnungen

Ihr Vodafone-Team
""",
)

vodafone_offer = m(
    "s6hw",
    "2025-10-31 11:00",
    "Vodafone <angebote@info.vodafone.de>",
    "Nur für Sie, Jonas: Ihr exklusives Upgrade-Angebot",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#e60000;color:#fff;padding:16px;font-size:20px">Exklusives Angebot für Bestandskunden</div>
<p>Hallo Jonas,</p>
<p>Sie sind schon lange bei uns – danke dafür! Deshalb haben wir ein besonderes Angebot für Sie: <b>GigaZuhause 1000 Kabel</b> für nur <b>39,99 € mtl.</b> in den ersten 12 Monaten – also zum Preis Ihres jetzigen Tarifs.</p>
<p>Angebot gültig bis 15.11.2025. <a href="https://www.vodafone.de/angebote/upgrade?cid=em_bk_1025_a">Jetzt Angebot sichern</a></p>
<p style="font-size:10px;color:#888">Vodafone GmbH · Ferdinand-Braun-Platz 1 · 40549 Düsseldorf · <a href="https://www.vodafone.de/abmelden">Abmelden</a></p>
</body></html>""",
)

vodafone2 = m(
    "i9bt",
    "2025-12-12 04:03",
    "Vodafone <rechnung@vodafone.de>",
    "Ihre Vodafone-Rechnung für Dezember ist da",
    N(),
    text="""Hallo Jonas Wehrle,

Ihre neue Rechnung ist da.

Kundennummer: 1147 2209 31
Rechnungsbetrag: 39,99 €
Abbuchung am: 17.12.2025

Hinweis: Ihr Umzugsauftrag für den Anschluss zum 22.12.2025 ist bei uns eingegangen.

Ihr Vodafone-Team
""",
)

enbw = m(
    "h2ja",
    "2026-01-20 10:11",
    "EnBW <service@enbw.com>",
    "Ihre Schlussrechnung Strom – Ernst-Bloch-Str. 38",
    N(),
    text="""Sehr geehrter Herr Wehrle,

anbei erhalten Sie Ihre Schlussrechnung für die Lieferstelle Ernst-Bloch-Str. 38, 70569 Stuttgart (Zeitraum 01.01.2025 – 21.12.2025).

Verbrauch: 1.842 kWh
Guthaben: 61,37 €

Das Guthaben überweisen wir in den nächsten Tagen auf Ihr Konto.

Mit freundlichen Grüßen
Ihre EnBW Energie Baden-Württemberg AG
""",
)

elster = m(
    "f4en",
    "2025-10-20 17:30",
    "ELSTER <noreply@elster.de>",
    "Neue Nachricht in Mein ELSTER: Bescheid liegt vor",
    N(),
    text="""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Benutzerkonto auf Mein ELSTER liegt eine neue Nachricht für Sie bereit:

Bescheid für 2024 über Einkommensteuer

Bitte melden Sie sich unter https://www.elster.de an, um die Nachricht abzurufen.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
Ihre Steuerverwaltung
""",
)

rundfunk = m(
    "z0rk",
    "2026-01-10 09:00",
    "ARD ZDF Deutschlandradio Beitragsservice <service@rundfunkbeitrag.de>",
    "Bestätigung Ihrer Adressänderung",
    N(),
    text="""Guten Tag Herr Wehrle,

wir haben Ihre neue Anschrift gespeichert:
Vaihinger Markt 7, 70563 Stuttgart

Beitragsnummer: 487 221 906
Ihre Zahlungsweise bleibt unverändert (vierteljährlich, 55,08 €).

Bitte beachten Sie: Pro Wohnung ist nur ein Rundfunkbeitrag zu zahlen. Wenn bereits eine andere Person in Ihrer Wohnung zahlt, können Sie sich abmelden.

Freundliche Grüße
ARD ZDF Deutschlandradio Beitragsservice
""",
)

tk1 = m(
    "c8tq",
    "2025-11-24 12:31",
    "Techniker Krankenkasse <noreply@tk.de>",
    "Neue Nachricht in „Meine TK“",
    N(),
    text="""Guten Tag Herr Wehrle,

in Ihrem Postfach in „Meine TK“ liegt eine neue Nachricht für Sie: Erstattung Zahnreinigung (TK-Bonus).

Zur TK-App: https://www.tk.de/app

Mit freundlichen Grüßen
Ihre Techniker Krankenkasse
""",
)

tk2 = m(
    "y8cd",
    "2026-02-16 08:20",
    "Techniker Krankenkasse <noreply@tk.de>",
    "Ihre Bescheinigung für die Steuererklärung 2025",
    N(),
    text="""Guten Tag Herr Wehrle,

Ihre Beitragsbescheinigung für 2025 steht in „Meine TK“ zum Download bereit. Die Daten haben wir bereits elektronisch an das Finanzamt übermittelt.

Mit freundlichen Grüßen
Ihre Techniker Krankenkasse
""",
)

huk_offer = m(
    "n2qm",
    "2026-01-05 14:25",
    "HUK24 <service@huk24.de>",
    "Ihr persönliches Angebot zur Kfz-Versicherung",
    N(),
    text="""Guten Tag Herr Wehrle,

vielen Dank für Ihre Anfrage. Hier ist Ihr persönliches Angebot für Ihren Škoda Octavia Combi (S-JW 3107):

Kfz-Haftpflicht + Vollkasko (SB 300 €/150 €)
Jahresbeitrag: 648,40 €

Das Angebot ist 4 Wochen gültig. Sie können es mit einem Klick online abschließen:
https://www.huk24.de/angebot?id=KZ-88210937

Freundliche Grüße
Ihre HUK24 AG
""",
)

adac = m(
    "u3jv",
    "2026-01-08 07:45",
    "ADAC <mitgliederservice@adac.de>",
    "Ihre ADAC Mitgliedschaft 2026",
    N(),
    text="""Hallo Herr Wehrle,

vielen Dank für Ihre Treue! Ihre ADAC Plus-Mitgliedschaft verlängert sich automatisch bis zum 31.12.2026. Der Jahresbeitrag von 94,00 € wird am 15.01.2026 eingezogen.

Ihre digitale Mitgliedskarte finden Sie in der ADAC App.

Ihr ADAC
""",
)

google_sec = m(
    "x6gs",
    "2025-11-02 22:14",
    "Google <no-reply@accounts.google.com>",
    "Sicherheitswarnung",
    N(),
    text="""Neue Anmeldung bei Windows

Wir haben eine neue Anmeldung bei Ihrem Google-Konto jonas.wehrle.stgt@gmail.com auf einem Windows-Gerät festgestellt. Wenn Sie das waren, müssen Sie nichts weiter tun. Falls nicht, helfen wir Ihnen, Ihr Konto zu schützen.

Aktivität prüfen: https://accounts.google.com/AccountChooser?Email=jonas.wehrle.stgt@gmail.com&continue=https://myaccount.google.com/alert/nt/

Sie haben diese E-Mail erhalten, um Sie über wichtige Änderungen an Ihrem Google-Konto und Ihren Diensten zu informieren.
© 2025 Google Ireland Ltd., Gordon House, Barrow Street, Dublin 4, Irland
""",
)


# --- doctors and webinars with calendar parts ------------------------------------------------

doc_gp = m(
    "w2dm",
    "2025-10-10 18:22",
    "Doctolib <no-reply@doctolib.de>",
    "Ihr Termin bei Dr. med. Kathrin Weible ist bestätigt",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#107aca">
<p style="color:#333">Hallo Jonas Wehrle,</p>
<p style="color:#333">Ihr Termin wurde bestätigt:</p>
<table style="color:#333;border:1px solid #d6e4f0;padding:10px">
<tr><td><b>Dr. med. Kathrin Weible</b><br>Fachärztin für Allgemeinmedizin</td></tr>
<tr><td>Donnerstag, 16. Oktober 2025 um 07:45</td></tr>
<tr><td>Hauptstraße 41, 70563 Stuttgart</td></tr>
<tr><td>Grund: Check-up 35</td></tr></table>
<p style="color:#333">Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern.</p>
<p><a href="https://www.doctolib.de/account/appointments">Termin verwalten</a></p>
</body></html>""",
    ics=ics(
        "doctolib-appt-88431092",
        "2025-10-16 07:45",
        "Termin: Dr. med. Kathrin Weible",
        ("Doctolib", "no-reply@doctolib.de"),
        minutes=20,
        location="Hauptstraße 41, 70563 Stuttgart",
    ),
)

doc_lab = m(
    "k9lr",
    "2025-10-21 11:08",
    "Praxis Dr. Weible <praxis@dr-weible.example>",
    "Ihre Laborwerte",
    N(),
    text="""Guten Tag Herr Wehrle,

Ihre Blutwerte vom 16.10. sind da und alle im Normbereich. Eine Besprechung ist nicht notwendig. Den Befund können Sie bei Bedarf an der Anmeldung abholen.

Mit freundlichen Grüßen
Ihr Praxisteam Dr. Weible
""",
)

dent_recall = m(
    "o1zr",
    "2026-01-20 08:05",
    "Zahnarztpraxis Dr. Yilmaz & Kollegen <team@zahnarzt-yilmaz.example>",
    "Zeit für Ihre Prophylaxe",
    N(),
    text="""Lieber Herr Wehrle,

Ihre letzte professionelle Zahnreinigung liegt schon sechs Monate zurück. Vereinbaren Sie jetzt ganz einfach online Ihren nächsten Termin:
https://www.doctolib.de/zahnarzt/stuttgart/mehmet-yilmaz

Wir freuen uns auf Sie!
Ihr Praxisteam Dr. Yilmaz & Kollegen
Schwabstraße 92, 70193 Stuttgart
""",
)

dent_appt = m(
    "g7dx",
    "2026-01-26 20:41",
    "Doctolib <no-reply@doctolib.de>",
    "Terminbestätigung: Prophylaxe bei Zahnarztpraxis Dr. Yilmaz & Kollegen",
    N(),
    text="""Hallo Jonas Wehrle,

Ihr Termin ist bestätigt:

Professionelle Zahnreinigung
Zahnarztpraxis Dr. Yilmaz & Kollegen
Mittwoch, 18. Februar 2026, 17:30
Schwabstraße 92, 70193 Stuttgart

Sie können den Termin bis 24 Stunden vorher kostenlos absagen.
""",
    ics=ics(
        "doctolib-appt-90117745",
        "2026-02-18 17:30",
        "Termin: Prophylaxe – Zahnarztpraxis Dr. Yilmaz",
        ("Doctolib", "no-reply@doctolib.de"),
        minutes=60,
        location="Schwabstraße 92, 70193 Stuttgart",
    ),
)

webinar_hil = m(
    "v4wb",
    "2025-11-06 10:30",
    "Kelterbach Messtechnik Events <events@kelterbach-messtechnik.example>",
    "Ihre Anmeldung: Webinar „Dauerlauf-Prüfstände automatisieren mit Python“",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrter Herr Wehrle,</p>
<p>vielen Dank für Ihre Anmeldung zu unserem Webinar:</p>
<p><b>Dauerlauf-Prüfstände automatisieren mit Python – von der Testsequenz bis zum Report</b><br>
Dienstag, 18.11.2025, 10:00 – 11:00 Uhr<br>
Referent: Dr. Felix Ammon, Application Engineering</p>
<p>Ihren persönlichen Zugangslink erhalten Sie am Vortag. Den Termin können Sie über den angehängten Kalendereintrag speichern.</p>
<p>Mit freundlichen Grüßen<br>Ihr Kelterbach Messtechnik Event-Team</p>
<p style="font-size:10px;color:#888">Kelterbach Messtechnik GmbH · Ostfildern · <a href="https://www.kelterbach-messtechnik.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>""",
    ics=ics(
        "webinar-2025-11-18-dauerlauf@kelterbach-messtechnik.example",
        "2025-11-18 10:00",
        "Webinar: Dauerlauf-Prüfstände automatisieren mit Python",
        ("Kelterbach Messtechnik Events", "events@kelterbach-messtechnik.example"),
        style="outlook",
        location="Online (GoToWebinar)",
    ),
)

vdi_event = m(
    "l8vf",
    "2026-02-19 13:12",
    "VDI Württembergischer Ingenieurverein <bv-wuerttemberg@vdi.de>",
    "Einladung: Vortragsabend „Wasserstoffzüge im Regionalverkehr – Erfahrungen aus drei Jahren Betrieb“",
    N(),
    text="""Liebe Mitglieder, liebe Interessierte,

der Arbeitskreis Fahrzeug- und Verkehrstechnik lädt herzlich ein:

Wasserstoffzüge im Regionalverkehr – Erfahrungen aus drei Jahren Betrieb
Referentin: Dipl.-Ing. Susanne Kehrer, Leiterin Flottentechnik
Donnerstag, 12. März 2026, 18:00 Uhr
Hospitalhof Stuttgart, Büchsenstraße 33

Im Anschluss: Gelegenheit zum Austausch bei Brezeln und Getränken. Der Eintritt ist frei, eine Anmeldung ist nicht erforderlich. Einen Kalendereintrag finden Sie im Anhang.

Mit freundlichen Grüßen
Ihr VDI Württembergischer Ingenieurverein e.V.
""",
    ics=ics(
        "vdi-wiv-ak-fvt-20260312@vdi.de",
        "2026-03-12 18:00",
        "VDI Vortrag: Wasserstoffzüge im Regionalverkehr",
        ("VDI Württembergischer Ingenieurverein", "bv-wuerttemberg@vdi.de"),
        minutes=120,
        location="Hospitalhof Stuttgart, Büchsenstraße 33, 70174 Stuttgart",
    ),
)


# --- a further-education course and a scholarship: "Bewerbung", "Auswahlgespräch", "Zusage" --------

course_conf = m(
    "j2cb",
    "2025-10-09 15:05",
    "Akademie für Bahntechnik Süd <weiterbildung@abs-akademie.example>",
    "Eingangsbestätigung Ihrer Anmeldung – Zertifikatslehrgang Bahnsystemtechnik 2026",
    N(),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Anmeldung zum berufsbegleitenden Zertifikatslehrgang „Bahnsystemtechnik“ (Start: 16. Januar 2026, 8 Module, jeweils Freitag/Samstag).

Die Teilnehmerzahl ist auf 20 Personen begrenzt. Über die Aufnahme entscheiden wir nach Anmeldeschluss am 30.11.2025; Sie erhalten dann eine schriftliche Bestätigung.

Hinweis: Für die Lehrgangsgebühr (4.900 €) können Sie eine Förderung, z. B. ein Weiterbildungsstipendium, beantragen.

Mit freundlichen Grüßen
Sekretariat Weiterbildung
Akademie für Bahntechnik Süd gGmbH · Esslingen am Neckar
""",
)

stip_interview = m(
    "m1sa",
    "2025-11-19 16:48",
    "Stiftung Technikbildung Württemberg <stipendien@stiftung-technikbildung.example>",
    "Einladung zum Auswahlgespräch – Weiterbildungsstipendium 2026",
    N(),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Bewerbung um ein Weiterbildungsstipendium unserer Stiftung.

Wir freuen uns, Sie zu einem persönlichen Auswahlgespräch einladen zu dürfen:

Freitag, 28.11.2025, 14:20 Uhr (Dauer ca. 25 Minuten)
Haus der Wirtschaft, Willi-Bleicher-Straße 19, 70174 Stuttgart, Raum Ferdinand von Steinbeis

Das Gremium besteht aus zwei Vertreterinnen bzw. Vertretern des Stiftungsrats und einer Lehrkraft der Akademie. Bitte bereiten Sie eine kurze Vorstellung (ca. 5 Minuten) Ihres Weiterbildungsvorhabens vor.

Mit freundlichen Grüßen
Dr. Ingrid Haller
Geschäftsführerin
Stiftung Technikbildung Württemberg
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C3319E6DB859DC01000000000000000010000000A77E",
        "2025-11-28 14:20",
        "Auswahlgespräch Weiterbildungsstipendium – J. Wehrle",
        ("Stipendien – Stiftung Technikbildung", "stipendien@stiftung-technikbildung.example"),
        style="outlook",
        minutes=25,
        location="Haus der Wirtschaft, Willi-Bleicher-Straße 19, Stuttgart",
    ),
)

stip_yes = m(
    "d5sz",
    "2025-12-12 10:30",
    "Stiftung Technikbildung Württemberg <stipendien@stiftung-technikbildung.example>",
    "Zusage Weiterbildungsstipendium",
    N(),
    text="""Sehr geehrter Herr Wehrle,

wir freuen uns sehr, Ihnen mitteilen zu können, dass der Stiftungsrat Ihnen ein Weiterbildungsstipendium in Höhe von 3.500 € für den Zertifikatslehrgang „Bahnsystemtechnik“ bewilligt hat. Herzlichen Glückwunsch!

Die Stipendienvereinbarung erhalten Sie per Post. Bitte senden Sie uns diese unterschrieben bis zum 09.01.2026 zurück.

Mit freundlichen Grüßen
Dr. Ingrid Haller
Stiftung Technikbildung Württemberg
""",
)

course_admit = m(
    "q4cx",
    "2025-12-03 11:15",
    "Akademie für Bahntechnik Süd <weiterbildung@abs-akademie.example>",
    "Ihre Aufnahme in den Zertifikatslehrgang Bahnsystemtechnik",
    N(),
    text="""Sehr geehrter Herr Wehrle,

wir freuen uns, Ihnen einen Platz im Zertifikatslehrgang „Bahnsystemtechnik 2026“ anbieten zu können. Bitte bestätigen Sie Ihre Teilnahme bis zum 15.12.2025 über das Teilnehmerportal.

Die Rechnung über die Lehrgangsgebühr erhalten Sie nach Ihrer Bestätigung. Der Stundenplan für Modul 1 (Systemarchitektur Schienenfahrzeug) folgt im Januar.

Mit freundlichen Grüßen
Sekretariat Weiterbildung
Akademie für Bahntechnik Süd gGmbH
""",
)

course_module = m(
    "a7mt",
    "2026-01-09 12:02",
    "Akademie für Bahntechnik Süd <weiterbildung@abs-akademie.example>",
    "Modul 1: Unterlagen und Anfahrt",
    N(),
    text="""Liebe Teilnehmende,

am Freitag, 16.01., geht es los! Im Anhang finden Sie den Stundenplan für Modul 1, das Skript (Teil 1) und eine Anfahrtsbeschreibung. Wir beginnen um 13:00 Uhr in Seminarraum 2.

Parkplätze sind knapp – wir empfehlen die Anreise mit der S-Bahn (S1, Haltestelle Esslingen).

Viele Grüße
Ihr Akademie-Team
""",
)


# --- marketing "offers" ---------------------------------------------------------------------------

globetrotter = m(
    "i4bf",
    "2025-11-28 07:00",
    "Globetrotter <newsletter@globetrotter.de>",
    "Black Week: bis zu 40 % auf Ski- und Tourenausrüstung",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#1b3a2f">BLACK WEEK bei Globetrotter</h1>
<p>Nur bis Montag: bis zu 40 % auf ausgewählte Skitourenausrüstung, Daunenjacken und Zelte.</p>
<p><a href="https://www.globetrotter.de/black-week/?utm_source=newsletter&amp;utm_campaign=bw25">Zu den Angeboten</a></p>
<p style="font-size:10px;color:#888">Globetrotter Ausrüstung GmbH · Bargkoppelstieg 10-14 · 22145 Hamburg · <a href="https://www.globetrotter.de/newsletter/abmelden">Abmelden</a></p>
</body></html>""",
)

db_bahncard = m(
    "e9bc",
    "2026-02-02 10:15",
    "DB Fernverkehr <noreply@bahn.de>",
    "Ihr Angebot: BahnCard 25 mit 50 € Rabatt",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Jonas Wehrle,</p>
<p>Sie fahren regelmäßig mit uns – deshalb haben wir ein exklusives Angebot für Sie: Die <b>BahnCard 25 (2. Klasse)</b> für das erste Jahr zum Preis von nur 12,90 € statt 62,90 €.</p>
<p>Angebot gültig bis 28.02.2026. <a href="https://www.bahn.de/angebot/bahncard/aktion?cid=EM-BC25-02">Jetzt sichern</a></p>
<p style="font-size:10px;color:#888">DB Fernverkehr AG · Stephensonstraße 1 · 60326 Frankfurt am Main</p>
</body></html>""",
)


# --- travel -----------------------------------------------------------------------------------------

db_booking1 = m(
    "p0db",
    "2025-11-16 20:31",
    "DB Vertrieb <buchungsbestaetigung@bahn.de>",
    "Ihre Buchungsbestätigung (Auftrag 614B2K)",
    N(),
    text="""Vielen Dank für Ihre Buchung, Jonas Wehrle.

Auftragsnummer: 614B2K
Hinfahrt: Fr, 21.11.2025, Stuttgart Hbf 17:52 – Freiburg(Breisgau) Hbf 19:59 (IC 2313 / ICE 275, Umstieg Karlsruhe)
Rückfahrt: So, 23.11.2025, Freiburg(Breisgau) Hbf 16:01 – Stuttgart Hbf 18:08
Reisende: 1 Erwachsener, BahnCard: keine
Preis: 54,98 € (Super Sparpreis)

Ihr Ticket finden Sie im Anhang und in der DB Navigator App.

Gute Reise wünscht Ihnen
Ihre Deutsche Bahn
""",
    attach=[("Ticket_614B2K.pdf", "application/pdf", "%PDF-1.4\n% DB Ticket\n")],
)

db_booking2 = m(
    "y0tk",
    "2025-12-14 11:02",
    "DB Vertrieb <buchungsbestaetigung@bahn.de>",
    "Ihre Buchungsbestätigung (Auftrag 7HQ02D)",
    N(),
    text="""Vielen Dank für Ihre Buchung, Jonas Wehrle.

Auftragsnummer: 7HQ02D
Hinfahrt: Mi, 24.12.2025, Stuttgart Hbf 10:12 – Tübingen Hbf 11:14 (RE 19217)
Reisende: 2 Erwachsene
Preis: 0,00 € (Deutschlandticket)

Ihre Deutsche Bahn
""",
)

db_delay = m(
    "t7dl",
    "2026-02-27 07:48",
    "DB Reiseinformation <reiseinfo@bahn.de>",
    "Verspätung Ihrer Verbindung ICE 592 heute",
    N(),
    text="""Hallo Jonas Wehrle,

für Ihre Reise heute (Auftrag 9KD61N) gibt es eine Änderung:

ICE 592 Stuttgart Hbf ab 08:51 – voraussichtlich +25 Minuten (Reparatur an einem anderen Zug)

Ihr Anschluss in Mannheim Hbf ist voraussichtlich nicht erreichbar. Alternative: ICE 1074 ab Mannheim 10:03.

Ihre Deutsche Bahn
""",
)

booking = m(
    "s2ho",
    "2026-01-18 21:40",
    "Booking.com <noreply@booking.com>",
    "Ihre Buchung ist bestätigt: Berggasthof Wank-Haus, Garmisch-Partenkirchen",
    N(),
    html="""<html><body style="font-family:BlinkMacSystemFont,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:14px">
<div style="background:#003580;color:#fff;padding:14px">Booking.com</div>
<p>Jonas, Ihre Buchung in Garmisch-Partenkirchen ist bestätigt.</p>
<p><b>Berggasthof Wank-Haus</b><br>Check-in: Fr., 20. Feb. 2026 (ab 15:00)<br>Check-out: So., 22. Feb. 2026 (bis 10:00)<br>
2 Nächte · 4 Erwachsene · Mehrbettzimmer mit Frühstück</p>
<p>Gesamtpreis: 350,00 €</p>
<p>Buchungsnummer: 4418.227.905 · PIN: 3318</p>
<p><a href="https://secure.booking.com/myreservations.html?aid=304142&amp;auth_key=Zk81">Buchung verwalten</a></p>
</body></html>""",
)

booking_review = m(
    "b4rv",
    "2026-02-23 10:00",
    "Booking.com <review@booking.com>",
    "Jonas, wie war Ihr Aufenthalt im Berggasthof Wank-Haus?",
    N(),
    text="""Jonas, wie war Ihr Aufenthalt?

Teilen Sie Ihre Erfahrungen im Berggasthof Wank-Haus mit anderen Reisenden. Es dauert nur 2 Minuten.

Jetzt bewerten: https://secure.booking.com/review_form.html?bn=4418227905

Booking.com
""",
)

eventim = m(
    "h9ev",
    "2025-10-27 12:16",
    "Eventim <noreply@eventim.de>",
    "Ihre Bestellung bei EVENTIM – Bestellnummer 2510271644",
    N(),
    text="""Hallo Jonas Wehrle,

vielen Dank für Ihre Bestellung!

Annenmaykantereit – Live 2026
Sa, 14.03.2026, 20:00 Uhr, Hanns-Martin-Schleyer-Halle, Stuttgart
2 x Stehplatz Innenraum à 69,90 €

Gesamtbetrag: 146,70 € inkl. Gebühren
Ihre Tickets stehen als EVENTIM.Pass in der App bereit.

Ihr EVENTIM Team
""",
)

netflix = m(
    "o8nf",
    "2025-10-25 16:00",
    "Netflix <info@mailer.netflix.com>",
    "Aktualisierung Ihres Netflix-Abos",
    N(),
    text="""Hallo Jonas,

wir schreiben Ihnen, um Sie über eine Preisänderung bei Ihrem Abo zu informieren. Ab Ihrer nächsten Abrechnung am 24.11.2025 kostet Ihr Standard-Abo 14,49 € pro Monat.

Sie können Ihr Abo jederzeit ändern oder kündigen: https://www.netflix.com/YourAccount

Ihr Netflix-Team
""",
)

spotify = m(
    "r9sp",
    "2025-12-03 14:00",
    "Spotify <no-reply@spotify.com>",
    "Dein Spotify Wrapped 2025 ist da 🎧",
    N(),
    html="""<html><body style="background:#121212;color:#fff;font-family:Circular,Helvetica,Arial,sans-serif">
<h1>Dein Jahr in Musik</h1>
<p>Jonas, du hast 2025 insgesamt <b>41.287 Minuten</b> Musik gehört. Deine Top-Künstler: AnnenMayKantereit, Bilderbuch, Fred again.. – und ja, wir wissen von den 312 Minuten Helene Fischer im Dezember. 😉</p>
<p><a href="https://www.spotify.com/wrapped" style="color:#1ed760">Jetzt ansehen</a></p>
</body></html>""",
)

usc = m(
    "f8us",
    "2026-01-02 09:30",
    "Urban Sports Club <hello@urbansportsclub.com>",
    "Dein Jahr 2025 mit Urban Sports Club",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Jonas,</p>
<p>was für ein Jahr! Du hast 2025 <b>96 Check-ins</b> gemacht – am häufigsten im <b>Boulderwelt Stuttgart</b> und im Hallenbad Vaihingen.</p>
<p>Starte stark ins neue Jahr: Im Januar gibt es 20 % auf den Upgrade zur L-Mitgliedschaft.</p>
<p style="font-size:10px;color:#888">Urban Sports GmbH · Berlin · <a href="https://urbansportsclub.com/de/unsubscribe">Abmelden</a></p>
</body></html>""",
)


# --- more of the ordinary inbox --------------------------------------------------------------------

hv_handover = m(
    "u8hv",
    "2025-12-22 16:05",
    "Hausverwaltung Krämer <vermietung@hv-kraemer.example>",
    "Übergabeprotokoll Vaihinger Markt 7, 2. OG links",
    N(),
    text="""Guten Tag Herr Wehrle, guten Tag Frau Brandt,

anbei das Übergabeprotokoll von heute mit den Zählerständen (Strom 004417 kWh, Wasser kalt 118,4 m³, Wasser warm 61,2 m³) und der Liste der übergebenen Schlüssel (3x Wohnung, 2x Briefkasten, 1x Keller).

Die kleine Macke in der Küchenarbeitsplatte ist vermerkt.

Wir wünschen Ihnen ein schönes Einleben und frohe Feiertage!

i. A. Jana Fritz
Hausverwaltung Krämer GmbH
""",
    attach=[("Uebergabeprotokoll_VM7_2OGl.pdf", "application/pdf", "%PDF-1.4\n% Protokoll\n")],
)

old_landlord = m(
    "c1ol",
    "2026-02-10 19:48",
    "Horst Demmler <h.demmler@t-online.de>",
    "Kaution Ernst-Bloch-Str.",
    N(),
    text="""Hallo Herr Wehrle,

die Kaution habe ich heute überwiesen, abzüglich 120 Euro für den Nebenkosten-Vorbehalt, den Rest bekommen Sie mit der Abrechnung im Sommer.

Grüße
H. Demmler
""",
)

vodafone_move = m(
    "e2vm",
    "2025-12-23 12:40",
    "Vodafone <kundenservice@vodafone.de>",
    "Ihr Umzug ist abgeschlossen – Ihr Internet läuft an der neuen Adresse",
    N(),
    text="""Hallo Jonas Wehrle,

gute Nachrichten: Ihr Kabel-Anschluss ist jetzt an Ihrer neuen Adresse aktiv:
Vaihinger Markt 7, 70563 Stuttgart

Falls Ihr Router noch nicht verbunden ist: Stecken Sie ihn an die Multimediadose im Wohnzimmer und warten Sie ca. 15 Minuten.

Ihr Vodafone-Team
""",
)

bank_appt = m(
    "w7ba",
    "2026-01-13 14:22",
    "Baumann, Carolin (BW-Bank) <carolin.baumann@bw-bank.de>",
    "Ihr Beratungstermin am 22.01.2026",
    N(),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für das nette Telefonat. Gerne bestätige ich Ihnen unseren Termin zum Beratungsgespräch rund um Ihre Altersvorsorge und die Anlage Ihrer Abfindung:

Donnerstag, 22.01.2026, 17:00 Uhr
BW-Bank Filiale Vaihingen, Hauptstraße 26

Bitte bringen Sie, falls vorhanden, Ihre Renteninformation und die Unterlagen zu Ihrer betrieblichen Altersvorsorge mit.

Mit freundlichen Grüßen
Carolin Baumann
Private Banking · BW-Bank, Filiale Vaihingen
Baden-Württembergische Bank · Kleiner Schlossplatz 11 · 70173 Stuttgart · Unselbständige Anstalt der Landesbank Baden-Württemberg
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000093D1E4C7F383DC01000000000000000010000000BA01",
        "2026-01-22 17:00",
        "Beratungsgespräch Hr. Wehrle",
        ("Baumann, Carolin (BW-Bank)", "carolin.baumann@bw-bank.de"),
        style="outlook",
        location="BW-Bank Filiale Vaihingen, Hauptstraße 26",
    ),
)

bwbank2 = m(
    "j1bw",
    "2026-02-28 06:15",
    "BW-Bank <noreply@bw-bank.de>",
    "Neues Dokument in Ihrem elektronischen Postfach",
    N(),
    text="""Sehr geehrter Herr Wehrle,

in Ihrem elektronischen Postfach im Online-Banking liegt ein neues Dokument für Sie bereit:

Depotauszug per 27.02.2026

Aus Sicherheitsgründen enthält diese E-Mail keine Links.

Ihre BW-Bank
""",
)

autohaus = m(
    "k5ah",
    "2026-01-16 11:07",
    "Autohaus Scheffel <verkauf@autohaus-scheffel.example>",
    "Ihr Angebot: Škoda Octavia Combi Selection 1.5 TSI",
    N(),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihren Besuch am Samstag und die Probefahrt. Wie besprochen erhalten Sie anbei unser Angebot:

Škoda Octavia Combi Selection 1.5 TSI mHEV DSG, Moonweiß
Tageszulassung, 12 km
Hauspreis: 31.490,00 €
Inzahlungnahme Ihres Octavia (EZ 2016, 168.000 km): 6.200,00 €

Das Angebot gilt bis 31.01.2026. Gerne rechne ich Ihnen auch eine Finanzierung über die Škoda Bank durch.

Mit freundlichen Grüßen
Marco Sailer
Verkaufsberater
Autohaus Scheffel GmbH & Co. KG · Böblinger Straße 214 · 70199 Stuttgart
""",
)

db_refund = m(
    "r6rf",
    "2026-03-04 09:12",
    "DB Fahrgastrechte <fahrgastrechte@bahn.de>",
    "Ihr Antrag auf Entschädigung wurde bearbeitet",
    N(),
    text="""Guten Tag Jonas Wehrle,

Ihr Fahrgastrechte-Antrag (Vorgang FGR-2602-771903) zur Fahrt am 27.02.2026 wurde bearbeitet.

Verspätung am Zielbahnhof: 67 Minuten
Entschädigung: 9,73 € (25 % des Fahrpreises)

Der Betrag wird in den nächsten Tagen auf Ihr Konto überwiesen.

Ihre Deutsche Bahn
""",
)

zalando = m(
    "m8za",
    "2026-02-04 20:31",
    "Zalando <info@service-mail.zalando.de>",
    "Danke für deine Bestellung",
    N(),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hallo Jonas,</p>
<p>danke für deine Bestellung 10203991827465!</p>
<p>Tommy Hilfiger Sakko Slim Fit, navy, Gr. 50 – 229,95 €<br>Hackett London Hemd, weiß, Gr. L – 89,95 €</p>
<p>Voraussichtliche Lieferung: Fr., 06.02. – Mo., 09.02.</p>
<p style="font-size:11px;color:#888">Zalando SE · Valeska-Gert-Straße 5 · 10243 Berlin</p>
</body></html>""",
)

icloud = m(
    "z9ic",
    "2025-11-18 06:40",
    "iCloud <noreply@email.apple.com>",
    "Your iCloud storage is almost full.",
    N("en"),
    text="""Hi Jonas,

You have used 4.8 GB of your 5 GB of iCloud storage. Your iPhone won't back up to iCloud when your storage is full.

Upgrade to iCloud+ with 50 GB for €0.99/month.

Upgrade now: https://www.icloud.com/settings/

The iCloud Team
Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland.
""",
)

prescription = m(
    "b5rx",
    "2026-03-02 15:30",
    "Praxis Dr. Weible <praxis@dr-weible.example>",
    "Rezept liegt bereit",
    N(),
    text="""Guten Tag Herr Wehrle,

Ihr E-Rezept ist ausgestellt und kann mit Ihrer Versichertenkarte in jeder Apotheke eingelöst werden.

Ihr Praxisteam Dr. Weible
""",
)

elster2 = m(
    "v1el",
    "2026-03-24 21:09",
    "ELSTER <noreply@elster.de>",
    "Übermittlungsbestätigung: Einkommensteuererklärung 2025",
    N(),
    text="""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

Ihre Einkommensteuererklärung 2025 wurde erfolgreich an Ihr Finanzamt Stuttgart II übermittelt.

Transferticket: et8xq2f1k3m9a7r4c0p6

Das Übermittlungsprotokoll können Sie in Mein ELSTER unter „Meine Formulare – Übermittelte Formulare“ abrufen.

Ihre Steuerverwaltung
""",
)

kino = m(
    "h4ki",
    "2026-01-31 16:55",
    "Delphi Arthaus Kino <tickets@arthaus-kino-stuttgart.example>",
    "Ihre Tickets: Sa, 31.01., 20:15 Uhr",
    N(),
    text="""Vielen Dank für Ihre Reservierung!

Film: Die Ingenieurin (OmU)
Sa, 31.01.2026, 20:15 Uhr, Saal 2
Reihe 7, Plätze 9–10

Bitte holen Sie die Karten bis 15 Minuten vor Beginn an der Kasse ab.
Reservierungsnummer: 40-1177
""",
)


MAIL: list[dict[str, Any]] = [
    flat_is24,
    flat_view,
    flat_no,
    flat_hv_sa,
    flat_schufa,
    flat_yes,
    flat_docu,
    flat_docu_done,
    flat_move_offer,
    buergerbuero,
    stadtwerke,
    cc_applied,
    cc_no,
    loan_offer,
    loan_docs,
    bwbank,
    paypal1,
    paypal2,
    paypal3,
    amz1,
    dhl1,
    amz2,
    dhl2,
    ikea,
    amz_return,
    dhl3,
    kleinanzeigen,
    dticket1,
    dticket2,
    vodafone1,
    vodafone_offer,
    vodafone2,
    enbw,
    elster,
    rundfunk,
    tk1,
    tk2,
    huk_offer,
    adac,
    google_sec,
    doc_gp,
    doc_lab,
    dent_recall,
    dent_appt,
    webinar_hil,
    vdi_event,
    course_conf,
    stip_interview,
    stip_yes,
    course_admit,
    course_module,
    globetrotter,
    db_bahncard,
    db_booking1,
    db_booking2,
    db_delay,
    booking,
    booking_review,
    eventim,
    netflix,
    spotify,
    usc,
    hv_handover,
    old_landlord,
    vodafone_move,
    bank_appt,
    bwbank2,
    autohaus,
    db_refund,
    zalando,
    icloud,
    prescription,
    elster2,
    kino,
]

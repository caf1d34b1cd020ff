# ruff: noqa: E501, RUF100
"""Corpus 148, the ordinary inbox: shops, bank, loans, insurance, travel, newsletters and the
look-alikes (data only): see heldout148.py."""

from __future__ import annotations

from heldout148_jobs import N, ics, m

WEBDE = "WEB.DE <keineantwortadresse@web.de>"

webde_sec = m(
    "x01",
    "2025-09-01 20:12",
    WEBDE,
    "Neue Anmeldung in Ihrem WEB.DE Postfach",
    N(),
    text="""\
Hallo Ronny Schubert-Nowak,

wir haben eine neue Anmeldung in Ihrem WEB.DE Postfach festgestellt:

Zeitpunkt: 01.09.2025, 20:09 Uhr
Gerät: WEB.DE Mail App, Android
Ort: Leipzig, Deutschland (ungefähr)

Waren Sie das? Dann müssen Sie nichts weiter tun.
Falls nicht, ändern Sie bitte umgehend Ihr Passwort: https://web.de/sicherheit/passwort

Ihr WEB.DE Team
1&1 Mail & Media GmbH · Brauerstraße 48 · 76135 Karlsruhe
""",
)

webde_club = m(
    "x02",
    "2025-10-04 11:00",
    "WEB.DE Club <newsletter@web.de>",
    "Ihr exklusives Angebot: 3 Monate WEB.DE Club gratis testen",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif;background:#ffd800">
<table width="600" align="center" style="background:#fff;padding:24px"><tr><td>
<h1 style="color:#333">Nur für Sie, Ronny: 3 Monate gratis!</h1>
<p>Werbefrei mailen, 50 GB Speicher, Virenschutz Premium – und das jetzt <b>3 Monate kostenlos</b>. Danach nur 5,99 €/Monat, jederzeit kündbar.</p>
<p><a href="https://club.web.de/angebot?mc=nl_2510_club3m" style="background:#1c449b;color:#fff;padding:12px 22px;text-decoration:none">Jetzt Angebot sichern</a></p>
<p style="font-size:11px;color:#777">Angebot gültig bis 31.10.2025. 1&amp;1 Mail &amp; Media GmbH, Brauerstraße 48, 76135 Karlsruhe. <a href="https://web.de/newsletter/abmelden">Newsletter abbestellen</a></p>
</td></tr></table></body></html>
""",
    headers={"List-Unsubscribe": "<https://web.de/newsletter/abmelden>"},
)

webde_cloud = m(
    "x03",
    "2026-01-10 09:17",
    WEBDE,
    "Ihr Online-Speicher ist zu 90 % belegt",
    N(),
    text="""\
Hallo Ronny Schubert-Nowak,

Ihr WEB.DE Online-Speicher ist fast voll (90 % von 2 GB belegt). Wenn der Speicher voll ist, können keine neuen Fotos von Ihrem Smartphone mehr gesichert werden.

Jetzt Speicher erweitern: https://web.de/cloud/speicher?mc=sys_quota90

Ihr WEB.DE Team
""",
)

VOLT = "Voltshop Elektrofachversand <bestellung@voltshop.example>"
volt_order = m(
    "x04",
    "2025-09-10 21:33",
    VOLT,
    "Ihre Bestellung Nr. 40021877 bei Voltshop",
    N(),
    text="""\
Hallo Herr Schubert-Nowak,

vielen Dank für Ihre Bestellung! Hier noch einmal die Übersicht:

Bestellnummer: 40021877
Bestelldatum: 10.09.2025

1 x Zweipoliger Spannungsprüfer mit Display, CAT IV 600 V        64,90 €
1 x Abisolierzange automatisch 0,2–6 mm²                        29,95 €
1 x Wago-Klemmen Sortiment 221, 60 Stück                        18,49 €
Versand (DHL)                                                     4,95 €
-----------------------------------------------------------------
Gesamt (inkl. 19 % MwSt.)                                       118,29 €
Zahlart: PayPal

Wir melden uns, sobald Ihre Bestellung unser Lager verlassen hat.

Ihr Voltshop-Team
Voltshop Elektrofachversand GmbH · Industriestraße 7 · 09599 Freiberg · AG Chemnitz HRB 30 412
Widerrufsbelehrung und AGB: https://www.voltshop.example/agb
""",
)

volt_ship = m(
    "x05",
    "2025-09-11 14:02",
    VOLT,
    "Ihre Bestellung 40021877 ist unterwegs",
    N(),
    text="""\
Hallo Herr Schubert-Nowak,

gute Nachrichten: Ihre Bestellung 40021877 wurde heute an DHL übergeben.

Sendungsnummer: 00340434299815527861
Sendungsverfolgung: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434299815527861

Ihr Voltshop-Team
""",
)

dhl1 = m(
    "x06",
    "2025-09-12 07:41",
    "DHL Paket <noreply@dhl.de>",
    "Ihre DHL Sendung kommt heute",
    N(),
    text="""\
Guten Tag Ronny Schubert-Nowak,

Ihre Sendung 00340434299815527861 von Voltshop Elektrofachversand GmbH wird heute voraussichtlich zwischen 10:30 und 13:00 Uhr zugestellt.

Nicht zu Hause? Wunschort oder Wunschnachbar festlegen: https://www.dhl.de/wunschzustellung?piececode=00340434299815527861

Ihr DHL Team
Deutsche Post AG · Charles-de-Gaulle-Straße 20 · 53113 Bonn
""",
)

book_order = m(
    "x07",
    "2025-11-26 20:19",
    "Fachbuchhandlung Technik & Handwerk <shop@fachbuch-technik.example>",
    "Bestellbestätigung 2025-118734",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Bestellung.

1 x Tabellenbuch Elektrotechnik, 30. Auflage                      38,90 €
1 x Prüfungsbuch Meisterprüfung Elektrotechnik Teil I/II         44,00 €
Versandkostenfrei ab 50 €                                          0,00 €
Summe                                                             82,90 €

Lieferung voraussichtlich 28.11.–29.11.2025.

Mit freundlichen Grüßen
Ihre Fachbuchhandlung Technik & Handwerk
""",
)

dhl2 = m(
    "x08",
    "2025-11-28 08:05",
    "DHL Paket <noreply@dhl.de>",
    "Ihre Sendung wurde in einer Packstation abgelegt",
    N(),
    text="""\
Guten Tag Ronny Schubert-Nowak,

Ihre Sendung 00340434313302291174 liegt zur Abholung bereit:
Packstation 118, Stuttgarter Allee 16, 04209 Leipzig

Abholcode: siehe Post & DHL App
Abholung bis: 05.12.2025

Ihr DHL Team
""",
)

pp1 = m(
    "x09",
    "2025-09-10 21:34",
    "PayPal <service@paypal.de>",
    "Ihre Zahlung an Voltshop Elektrofachversand GmbH",
    N(),
    text="""\
Hallo Ronny Schubert-Nowak,

Sie haben eine Zahlung in Höhe von 118,29 € EUR an Voltshop Elektrofachversand GmbH gesendet.

Transaktionscode: 4KT93018MX552170W
Transaktionsdatum: 10. September 2025

Es kann einige Minuten dauern, bis diese Transaktion in Ihrem Konto angezeigt wird.

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
""",
)

pp2 = m(
    "x10",
    "2025-12-08 19:50",
    "PayPal <service@paypal.de>",
    "Sie haben Geld an Danny Schubert gesendet",
    N(),
    text="""\
Hallo Ronny Schubert-Nowak,

Sie haben 45,00 € EUR an Danny Schubert gesendet.

Mitteilung: "Mamas Geschenk, meine Hälfte"

Transaktionscode: 8BC20477HN119335L

PayPal (Europe) S.à r.l. et Cie, S.C.A.
""",
)

BANK = "Sachsenbank Direkt <service@sachsenbank-direkt.example>"
bank1 = m(
    "x11",
    "2025-10-01 06:30",
    BANK,
    "Neuer Kontoauszug in Ihrem Postfach",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

in Ihrem Online-Banking-Postfach steht ein neuer Kontoauszug für Ihr Girokonto (Endziffern 4471) zur Verfügung.

Bitte melden Sie sich wie gewohnt an: https://banking.sachsenbank-direkt.example

Aus Sicherheitsgründen enthält diese E-Mail keine Links zu Ihren Kontodaten. Wir fragen Sie niemals per E-Mail nach PIN oder TAN.

Ihre Sachsenbank Direkt
""",
)

bank2 = m(
    "x12",
    "2026-01-03 06:30",
    BANK,
    "Rechnungsabschluss und Entgeltaufstellung 2025",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

Ihre Entgeltaufstellung für das Jahr 2025 sowie der Rechnungsabschluss zum 31.12.2025 liegen in Ihrem Online-Postfach bereit.

Ihre Sachsenbank Direkt
""",
)

AUTOBANK = "Mitteldeutsche Autobank <kreditservice@md-autobank.example>"
loan1 = m(
    "x13",
    "2025-09-25 16:44",
    AUTOBANK,
    "Ihr Finanzierungsantrag Nr. AF-2025-88412 – Eingangsbestätigung",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihren Antrag auf Finanzierung eines Fahrzeugs über unser Partnerautohaus Autohaus Kühne GmbH, Leipzig.

Antragsnummer: AF-2025-88412
Fahrzeug: Kombi, Vorführwagen, Erstzulassung 03/2025
Finanzierungsbetrag: 18.500,00 €
Laufzeit: 60 Monate

Wir prüfen Ihren Antrag nun und melden uns innerhalb von zwei Werktagen bei Ihnen. Bitte halten Sie Ihre letzten drei Gehaltsabrechnungen bereit.

Mit freundlichen Grüßen
Ihr Kreditservice
Mitteldeutsche Autobank AG · Petersstraße 39 · 04109 Leipzig
""",
)

loan2 = m(
    "x14",
    "2025-09-27 09:12",
    AUTOBANK,
    "Fehlende Unterlagen zu Ihrem Antrag AF-2025-88412",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

um Ihren Antrag abschließend prüfen zu können, benötigen wir noch:

• Ihre Gehaltsabrechnungen Juni, Juli und August 2025
• eine Kopie Ihres Personalausweises (Vorder- und Rückseite)

Bitte laden Sie die Unterlagen in unserem Upload-Portal hoch: https://upload.md-autobank.example/AF-2025-88412

Sobald alles vorliegt, erhalten Sie Ihren Darlehensvertrag zur digitalen Unterschrift.

Mit freundlichen Grüßen
Ihr Kreditservice
""",
)

loan_docu = m(
    "x15",
    "2025-10-02 11:25",
    "Mitteldeutsche Autobank AG via DocuSign <dse@eumail.docusign.net>",
    "Bitte mit DocuSign unterzeichnen: Darlehensvertrag AF-2025-88412",
    N(),
    html="""\
<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff"><tr><td style="background:#1e4ca1;padding:24px;color:#fff;text-align:center">
<p style="font-size:16px">Mitteldeutsche Autobank AG hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=b81e3c07-2d9f-4a55-8c61-0f4e7a2b9d13&amp;etti=24" style="background:#ffc820;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">DOKUMENT PRÜFEN</a></p>
</td></tr>
<tr><td style="padding:24px">
<p>Sehr geehrter Herr Schubert-Nowak,<br><br>Ihr Antrag wurde genehmigt. Bitte unterzeichnen Sie den beigefügten Darlehensvertrag sowie die Widerrufsbelehrung. Nach Eingang der Unterschrift zahlen wir den Darlehensbetrag direkt an das Autohaus aus.<br><br>Ihr Kreditservice</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#666">Diese E-Mail nicht weiterleiten: Diese E-Mail enthält einen sicheren Link zu DocuSign.</td></tr>
</table></body></html>
""",
)

loan_docu_done = m(
    "x16",
    "2025-10-02 20:48",
    "DocuSign via DocuSign <dse@eumail.docusign.net>",
    "Abgeschlossen: Darlehensvertrag AF-2025-88412",
    N(),
    html="""\
<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff"><tr><td style="background:#1e4ca1;padding:24px;color:#fff;text-align:center">
<p style="font-size:16px">Ihr Dokument wurde abgeschlossen</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=0c7f5e92-4b1a-4d38-9e27-6a3d1b8c0f54&amp;etti=24" style="background:#ffc820;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">DOKUMENT ANZEIGEN</a></p>
</td></tr>
<tr><td style="padding:24px">Alle Parteien haben „Darlehensvertrag AF-2025-88412“ unterzeichnet.</td></tr>
</table></body></html>
""",
)

KUEHNE = "Autohaus Kühne Leipzig-West <verkauf@autohaus-kuehne.example>"
car1 = m(
    "x17",
    "2025-09-19 12:10",
    "Marcel Franke | Autohaus Kühne <m.franke@autohaus-kuehne.example>",
    "Ihre Probefahrt am Samstag",
    N(),
    text="""\
Hallo Herr Schubert-Nowak,

wie telefonisch besprochen steht der Kombi (Vorführwagen, 2.0 Diesel, Anhängerkupplung) am Samstag, 20.09., ab 10:00 Uhr für Sie zur Probefahrt bereit. Bitte bringen Sie Ihren Führerschein mit.

Ich habe Ihnen den Termin als Kalendereintrag mitgeschickt.

Beste Grüße
Marcel Franke
Verkaufsberater Neu- und Gebrauchtwagen
Autohaus Kühne GmbH · Lützner Straße 201 · 04179 Leipzig
""",
    ics=ics(
        "2k9d7f3h1j5l8n0p2r4t6v8x@google.com",
        "2025-09-20 10:00",
        "Probefahrt Kombi – Hr. Schubert-Nowak",
        ("Marcel Franke", "m.franke@autohaus-kuehne.example"),
        minutes=60,
        location="Autohaus Kühne, Lützner Straße 201, 04179 Leipzig",
    ),
)

car2 = m(
    "x18",
    "2025-09-23 17:36",
    KUEHNE,
    "Ihr persönliches Fahrzeugangebot Nr. 2281",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihren Besuch und die Probefahrt. Wie besprochen erhalten Sie anbei unser Angebot:

Kombi Vorführwagen, EZ 03/2025, 4.800 km
Hauspreis: 26.900,00 €
abzgl. Inzahlungnahme Ihres Fahrzeugs: 8.400,00 €
Restbetrag: 18.500,00 €, auf Wunsch finanziert über unsere Partnerbank

Das Angebot ist bis zum 30.09.2025 gültig.

Mit freundlichen Grüßen
Ihr Autohaus Kühne
""",
    attach=[
        ("Angebot_2281_Schubert-Nowak.pdf", "application/pdf", "%PDF-1.4\n% Fahrzeugangebot\n")
    ],
)

car3 = m(
    "x19",
    "2025-10-09 15:20",
    "Marcel Franke | Autohaus Kühne <m.franke@autohaus-kuehne.example>",
    "Fahrzeugübergabe Freitag 16 Uhr",
    N(),
    text="""\
Hallo Herr Schubert-Nowak,

alles ist durch, der Wagen ist zugelassen (L-RS 4471). Übergabe dann Freitag 16 Uhr bei uns. Bitte mitbringen: Personalausweis, eVB-Nummer haben wir schon, Zweitschlüssel vom alten Wagen und das Serviceheft.

Beste Grüße
Marcel Franke
""",
)

VERS = "Sachsen Direkt Versicherung <kundenservice@sachsendirekt-vers.example>"
ins1 = m(
    "x20",
    "2025-10-08 10:02",
    VERS,
    "Ihr Versicherungsschein Kfz – Vertrag KH-2025-318806",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihr Vertrauen! Anbei erhalten Sie Ihren Versicherungsschein für die Kfz-Haftpflicht- und Teilkaskoversicherung.

Vertragsnummer: KH-2025-318806
Fahrzeug: L-RS 4471
Beginn: 10.10.2025
SF-Klasse Haftpflicht: SF 9 (35 %)
Jahresbeitrag: 412,80 €

Ihre Dokumente finden Sie auch in Ihrem Kundenportal.

Mit freundlichen Grüßen
Ihre Sachsen Direkt Versicherung
""",
    attach=[
        (
            "Versicherungsschein_KH-2025-318806.pdf",
            "application/pdf",
            "%PDF-1.4\n% Versicherungsschein\n",
        )
    ],
)

ins2 = m(
    "x21",
    "2025-11-05 12:00",
    "TarifHeld <angebote@tarifheld.example>",
    "Ronny, bis 30.11. wechseln und bis zu 850 € bei der Kfz-Versicherung sparen",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<h2>Wechselsaison! Jetzt Kfz-Versicherung vergleichen</h2>
<p>Hallo Ronny, der Stichtag 30.11. naht. Vergleiche jetzt über 300 Tarife und sichere dir <b>exklusive Angebote</b> – nur bei TarifHeld.</p>
<p><a href="https://www.tarifheld.example/kfz?utm_campaign=wechsel25">Jetzt vergleichen</a></p>
<p style="font-size:11px">Du erhältst diesen Newsletter, weil du ihn abonniert hast. <a href="https://www.tarifheld.example/abmelden">Abmelden</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.tarifheld.example/abmelden>"},
)

ins3 = m(
    "x22",
    "2025-11-20 08:30",
    VERS,
    "Ihre Beitragsrechnung 2026",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

zum 01.01.2026 wird Ihr Beitrag für die Kfz-Versicherung KH-2025-318806 fällig. Durch Ihren schadenfreien Verlauf werden Sie in SF 10 eingestuft.

Jahresbeitrag 2026: 398,40 €
Abbuchung am: 02.01.2026

Mit freundlichen Grüßen
Ihre Sachsen Direkt Versicherung
""",
)

FK = "FinanzKompass <antrag@finanzkompass.example>"
rk1 = m(
    "x23",
    "2025-11-11 21:40",
    FK,
    "Ihr Antrag auf einen Ratenkredit – wir prüfen",
    N(),
    text="""\
Hallo Herr Schubert-Nowak,

vielen Dank für Ihre Anfrage über FinanzKompass!

Ihr Antrag: Ratenkredit 6.000 €, Laufzeit 48 Monate, Verwendungszweck: Möbel / Umzug
Antragsnummer: FK-7741902

Wir haben Ihre Anfrage an unsere Partnerbanken weitergeleitet. Die ersten Angebote liegen meist innerhalb weniger Minuten vor – die Anfrage ist SCHUFA-neutral.

Ihr FinanzKompass-Team
""",
)

rk2 = m(
    "x24",
    "2025-11-12 07:15",
    FK,
    "Ihr Kreditangebot liegt vor – jetzt annehmen",
    N(),
    text="""\
Hallo Herr Schubert-Nowak,

gute Nachrichten: Für Ihren Antrag FK-7741902 liegt ein Angebot vor.

Bank: Nordbank Consumer Finance
Nettokreditbetrag: 6.000,00 €
Effektiver Jahreszins: 6,49 %
Monatliche Rate: 141,92 €

Das Angebot ist 14 Tage gültig. Jetzt online annehmen und per Video-Ident legitimieren: https://www.finanzkompass.example/angebot/FK-7741902

Ihr FinanzKompass-Team
""",
)

rk3 = m(
    "x25",
    "2025-11-19 10:02",
    FK,
    "Update zu Ihrem Antrag FK-7741902",
    N(),
    text="""\
Hallo Herr Schubert-Nowak,

leider konnte die Nordbank Consumer Finance Ihrem Antrag nach abschließender Prüfung nicht entsprechen. Gründe für diese Entscheidung teilt uns die Bank nicht mit.

Sie haben aber weiterhin die Möglichkeit, ein Angebot einer anderen Bank zu wählen: https://www.finanzkompass.example/antrag/FK-7741902/alternativen

Ihr FinanzKompass-Team
""",
)

DB = "DB Fernverkehr <buchungsbestaetigung@bahn.de>"
db1 = m(
    "x26",
    "2025-10-31 18:22",
    DB,
    "Ihre Buchungsbestätigung (Auftrag 7Q2XKM)",
    N(),
    text="""\
Guten Tag Ronny Schubert-Nowak,

vielen Dank für Ihre Buchung.

Auftragsnummer: 7Q2XKM
Hinfahrt: Sa., 01.11.2025, Leipzig Hbf 09:35 → Dresden Hbf 10:58, ICE, 2. Klasse
Rückfahrt: So., 02.11.2025, Dresden Hbf 17:04 → Leipzig Hbf 18:29
Reisende: 2 Erwachsene (Sparpreis)
Gesamtpreis: 49,80 €

Ihr Ticket finden Sie im Anhang und in der DB Navigator App. Bitte halten Sie beim Einstieg Ihren Ausweis bereit.

Gute Reise wünscht Ihnen
Ihre Deutsche Bahn
""",
    attach=[("Ticket_7Q2XKM.pdf", "application/pdf", "%PDF-1.4\n% Online-Ticket\n")],
)

db2 = m(
    "x27",
    "2025-12-05 21:07",
    DB,
    "Ihre Buchungsbestätigung (Auftrag 9F4LWD)",
    N(),
    text="""\
Guten Tag Ronny Schubert-Nowak,

vielen Dank für Ihre Buchung.

Auftragsnummer: 9F4LWD
Hinfahrt: Sa., 13.12.2025, Leipzig Hbf 10:15 → Berlin Hbf 11:29
Rückfahrt: Sa., 13.12.2025, Berlin Hbf 20:30 → Leipzig Hbf 21:44
Reisende: 2 Erwachsene (Super Sparpreis)
Gesamtpreis: 71,96 €

Ihre Deutsche Bahn
""",
)

db3 = m(
    "x28",
    "2025-12-13 09:51",
    "DB Reiseinformation <noreply@reiseinfo.bahn.de>",
    "Verspätung auf Ihrer Reise: Leipzig Hbf → Berlin Hbf",
    N(),
    text="""\
Ihre Verbindung am 13.12.2025 ist betroffen:

Leipzig Hbf ab 10:15 (heute ca. 10:52, +37) → Berlin Hbf an 11:29 (ca. 12:06)
Grund: Reparatur an der Oberleitung

Ab 60 Minuten Verspätung können Sie eine Fahrgastrechte-Entschädigung beantragen.

Ihre Deutsche Bahn
""",
)

LVB = "LVB Abo-Service <abo@lvb.de>"
lvb1 = m(
    "x29",
    "2025-11-03 10:00",
    LVB,
    "Ihr Deutschlandticket: Preisanpassung ab 1. Januar 2026",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

Bund und Länder haben beschlossen, den Preis des Deutschlandtickets zum 01.01.2026 auf 63 Euro im Monat anzupassen. Für Ihr Abonnement (Kundennummer 1180-22734) wird ab Januar automatisch der neue Preis abgebucht. Sie müssen nichts weiter tun.

Wenn Sie Ihr Abo kündigen möchten, ist dies jeweils bis zum 10. eines Monats zum Monatsende möglich.

Mit freundlichen Grüßen
Ihre Leipziger Verkehrsbetriebe
im Mitteldeutschen Verkehrsverbund (MDV)
""",
)

lvb2 = m(
    "x30",
    "2026-01-02 05:40",
    LVB,
    "Ihre Abbuchung Deutschlandticket Januar 2026",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

für Ihr Deutschlandticket buchen wir am 05.01.2026 den Betrag von 63,00 € von Ihrem Konto DE.. 4471 ab. Mandatsreferenz: LVB-DT-1180-22734.

Ihre LVB
""",
)

BM = "Hammer & Co. Baumarkt <angebote@hammerbaumarkt.example>"
bm1 = m(
    "x31",
    "2025-09-15 06:00",
    BM,
    "Angebote der Woche: Akku-Werkzeug bis -30 %",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#d7261e;color:#fff;padding:16px;font-size:24px"><b>HAMMER &amp; CO.</b> Angebote der Woche</td></tr>
<tr><td style="padding:16px">
<p><b>Akku-Bohrschrauber 18 V inkl. 2 Akkus</b> – statt 149,99 € nur <b style="color:#d7261e">104,99 €</b></p>
<p><b>Installationskabel NYM-J 3x1,5 mm², 50 m</b> – nur 39,99 €</p>
<p><b>LED-Panel 62x62 cm</b> – 3 für 2</p>
<p><a href="https://www.hammerbaumarkt.example/angebote?utm_source=nl&amp;utm_campaign=kw38">Alle Angebote im Markt Leipzig-Grünau</a></p>
<p style="font-size:11px;color:#777">Angebote gültig bis 20.09.2025, solange der Vorrat reicht. <a href="https://www.hammerbaumarkt.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</td></tr></table></body></html>
""",
    headers={"List-Unsubscribe": "<https://www.hammerbaumarkt.example/newsletter/abmelden>"},
)

bm2 = m(
    "x32",
    "2025-10-27 06:00",
    BM,
    "Angebote der Woche: Winter kann kommen",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#d7261e">Angebote der Woche</h2>
<ul><li>Schneeschieber Alu – 19,99 €</li><li>Heizlüfter 2000 W – 24,99 €</li><li>Streusalz 25 kg – 9,49 €</li><li>Frostschutz für Scheibenwaschanlage 5 l – 6,99 €</li></ul>
<p><a href="https://www.hammerbaumarkt.example/angebote?utm_campaign=kw44">Zu den Angeboten</a></p>
<p style="font-size:11px">Hammer &amp; Co. Baumarkt GmbH · <a href="https://www.hammerbaumarkt.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.hammerbaumarkt.example/newsletter/abmelden>"},
)

bm3 = m(
    "x33",
    "2025-11-28 06:00",
    BM,
    "BLACK WEEK: Nur bis Montag – bis zu 40 % auf Werkzeug",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif;background:#111;color:#fff">
<h1 style="color:#ffcc00">BLACK WEEK</h1>
<p>Nur bis Montag, 01.12.: bis zu 40 % auf ausgewählte Werkzeuge und Werkstattausstattung. Dazu 10 % extra mit dem Code <b>BW10</b> im Onlineshop.</p>
<p><a href="https://www.hammerbaumarkt.example/black-week?utm_campaign=bw25" style="color:#ffcc00">Jetzt zugreifen</a></p>
<p style="font-size:11px;color:#aaa"><a href="https://www.hammerbaumarkt.example/newsletter/abmelden" style="color:#aaa">Abmelden</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.hammerbaumarkt.example/newsletter/abmelden>"},
)

workwear = m(
    "x34",
    "2025-10-16 18:30",
    "WorkPro Berufsbekleidung <news@workpro-berufsbekleidung.example>",
    "Neue Winterkollektion: Arbeitsjacken & Sicherheitsschuhe bis -25 %",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<h2>Hallo Ronny, deine Arbeitskleidung für den Winter ist da!</h2>
<p>Softshelljacken, Bundhosen mit Kniepolstertaschen und S3-Sicherheitsschuhe – jetzt bis zu 25 % reduziert. Für Profis, die auch bei Minusgraden auf der Baustelle stehen.</p>
<p><a href="https://www.workpro-berufsbekleidung.example/winter?utm_source=nl_1025">Jetzt entdecken</a></p>
<p style="font-size:11px">WorkPro GmbH · <a href="https://www.workpro-berufsbekleidung.example/abmelden">Newsletter abbestellen</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.workpro-berufsbekleidung.example/abmelden>"},
)

EMA = "Elektromeister aktuell <newsletter@elektromeister-aktuell.example>"
ema1 = m(
    "x35",
    "2025-09-24 07:00",
    EMA,
    "Im Interview mit dem Obermeister der Innung: „Ohne Nachwuchs keine Energiewende“",
    N(),
    html="""\
<html><body style="font-family:Georgia,serif;color:#222">
<div style="max-width:640px;margin:auto">
<p style="font-family:Arial;font-size:12px;color:#888">Elektromeister aktuell · Newsletter 39/2025</p>
<h1>„Ohne Nachwuchs keine Energiewende“</h1>
<p><i>Im Interview mit dem Obermeister der Elektro-Innung Leipzig spricht Hans-Jürgen Tietze über volle Auftragsbücher, fehlende Gesellen und warum sich der Meister gerade jetzt lohnt.</i></p>
<p><b>Herr Tietze, die Betriebe in Ihrer Innung suchen händeringend Leute. Wie schlimm ist es?</b><br>
Wir könnten sofort 200 Gesellen einstellen. Wärmepumpen, Wallboxen, PV – die Nachfrage ist da, aber uns fehlen die Hände. Viele Betriebe lehnen inzwischen Aufträge ab.</p>
<p><b>Was raten Sie jungen Gesellen?</b><br>
Den Meister machen. Wer jetzt den Meister hat, kann in ein paar Jahren einen Betrieb übernehmen – jeder dritte Inhaber in unserer Innung ist über 60.</p>
<p><a href="https://www.elektromeister-aktuell.example/interview-obermeister-tietze?utm_source=nl39">Zum vollständigen Interview</a></p>
<hr>
<p><b>Außerdem in dieser Ausgabe:</b> Neue DGUV-Vorschrift 3 Prüffristen · Produkttest: fünf Isolationsmessgeräte im Vergleich · Stellenmarkt</p>
<p style="font-family:Arial;font-size:11px;color:#888">Sie erhalten diesen Newsletter als registrierter Leser. <a href="https://www.elektromeister-aktuell.example/nl/abmelden">Abmelden</a> · Fachverlag Handwerk &amp; Technik GmbH, München</p>
</div></body></html>
""",
    headers={"List-Unsubscribe": "<https://www.elektromeister-aktuell.example/nl/abmelden>"},
)

ema2 = m(
    "x36",
    "2025-11-19 07:00",
    EMA,
    "PV-Speicher richtig anmelden: was sich mit der neuen Anwendungsregel ändert",
    N(),
    text="""\
Elektromeister aktuell · Newsletter 47/2025

PV-Speicher richtig anmelden
Seit der Überarbeitung der Anwendungsregel für Erzeugungsanlagen am Niederspannungsnetz gelten neue Anforderungen an die Anmeldung von Batteriespeichern. Unser Überblick zeigt, was Installateure jetzt beachten müssen.
https://www.elektromeister-aktuell.example/pv-speicher-anmeldung?utm_source=nl47

§ 14a EnWG in der Praxis: Drei Betriebe berichten
https://www.elektromeister-aktuell.example/14a-praxis?utm_source=nl47

Webinar-Tipp: Fehlerstromschutz in Anlagen mit Wallbox
https://www.elektromeister-aktuell.example/webinare?utm_source=nl47

Abmelden: https://www.elektromeister-aktuell.example/nl/abmelden
""",
    headers={"List-Unsubscribe": "<https://www.elektromeister-aktuell.example/nl/abmelden>"},
)

ema3 = m(
    "x37",
    "2026-01-21 07:00",
    EMA,
    "Fachkräfte halten statt suchen: So binden Handwerksbetriebe ihre Gesellen",
    N(),
    text="""\
Elektromeister aktuell · Newsletter 04/2026

Fachkräfte halten statt suchen
Jeder zweite Geselle denkt über einen Wechsel in die Industrie nach – meist wegen Gehalt und Bereitschaftsdiensten. Wir haben mit Inhabern gesprochen, die gegensteuern: mit Viertagewoche, E-Bike-Leasing und klaren Aufstiegswegen zum Meister. Plus: Was Bewerbungsgespräche mit Gesellen heute anders macht.
https://www.elektromeister-aktuell.example/fachkraefte-halten?utm_source=nl04

Meisterprüfung 2026: Termine der Handwerkskammern im Überblick
https://www.elektromeister-aktuell.example/meisterpruefung-2026?utm_source=nl04

Abmelden: https://www.elektromeister-aktuell.example/nl/abmelden
""",
    headers={"List-Unsubscribe": "<https://www.elektromeister-aktuell.example/nl/abmelden>"},
)

innung = m(
    "x38",
    "2025-11-06 13:15",
    "Elektro-Innung Leipzig <geschaeftsstelle@elektroinnung-leipzig.example>",
    "Einladung: Infoabend für Meisterschüler „Vom Meister zum Betriebsinhaber“",
    N(),
    text="""\
Sehr geehrte Meisterschülerinnen und Meisterschüler,

die Elektro-Innung Leipzig lädt Sie herzlich ein zum Infoabend

„Vom Meister zum Betriebsinhaber – Gründung und Betriebsübernahme“
Donnerstag, 04.12.2025, 18:00 Uhr
Innungshaus, Saal 1

Es sprechen Obermeister Hans-Jürgen Tietze, ein Berater der Handwerkskammer sowie zwei Kollegen, die in den letzten Jahren einen Betrieb übernommen haben. Im Anschluss Imbiss und Gelegenheit zum Austausch.

Anmeldung bitte bis 28.11. per Antwort auf diese Mail.

Mit freundlichen Grüßen
Geschäftsstelle der Elektro-Innung Leipzig
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000E03E8CB1F45EDC01000000000000000010000000C8A1",
        "2025-12-04 18:00",
        "Infoabend Meisterschüler: Vom Meister zum Betriebsinhaber",
        ("Elektro-Innung Leipzig", "geschaeftsstelle@elektroinnung-leipzig.example"),
        minutes=150,
        style="outlook",
        location="Innungshaus, Saal 1",
    ),
)

VW = "Voltwerk Akademie <akademie@voltwerk-systems.example>"
web1 = m(
    "x39",
    "2025-10-09 14:00",
    VW,
    "Ihre Anmeldung: Webinar „Wallbox-Installation nach VDE-AR-N 4100“ am 21.10.",
    N(),
    text="""\
Hallo Herr Schubert-Nowak,

vielen Dank für Ihre Anmeldung zum kostenlosen Webinar

„Wallbox-Installation nach VDE-AR-N 4100 – Anmeldung, Absicherung, Lastmanagement“
Dienstag, 21.10.2025, 18:00–19:30 Uhr

Den Zugangslink finden Sie in der angehängten Kalendereinladung. Nach dem Webinar erhalten Sie eine Teilnahmebescheinigung (2 Weiterbildungspunkte).

Ihre Voltwerk Akademie
""",
    ics=ics(
        "8c1e7a3d-5b90-4f62-a1d8-2e6b4c9f0a37@voltwerk-systems.example",
        "2025-10-21 18:00",
        "Webinar: Wallbox-Installation nach VDE-AR-N 4100",
        ("Voltwerk Akademie", "akademie@voltwerk-systems.example"),
        minutes=90,
        location="Online (GoToWebinar)",
        description="Zugang: https://attendee.gotowebinar.com/register/6688120473995146003",
    ),
)

web2 = m(
    "x40",
    "2025-10-21 16:00",
    VW,
    "Heute 18 Uhr: Webinar Wallbox-Installation",
    N(),
    text="""\
Hallo Herr Schubert-Nowak,

in zwei Stunden geht es los! Hier nochmal Ihr Zugang:
https://attendee.gotowebinar.com/register/6688120473995146003

Ihre Voltwerk Akademie
""",
)

EW = "Elsterwerke Kundenservice <kundenservice@elsterwerke.example>"
ew1 = m(
    "x41",
    "2026-01-14 11:30",
    EW,
    "Ihre Jahresverbrauchsabrechnung 2025 liegt vor",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

Ihre Jahresverbrauchsabrechnung Strom für den Zeitraum 01.01.2025 bis 31.12.2025 steht in Ihrem Kundenportal „Mein Elster“ bereit.

Vertragskonto: 700 118 442 91
Verbrauch: 1.842 kWh
Ergebnis: Guthaben 38,12 €, das wir Ihrem Konto gutschreiben.

Mit freundlichen Grüßen
Ihre Elsterwerke Leipzig GmbH – Kundenservice
""",
)

ew2 = m(
    "x42",
    "2026-02-03 10:45",
    EW,
    "Ihre neuen Abschläge ab März 2026",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

auf Basis Ihres Verbrauchs haben wir Ihren monatlichen Abschlag angepasst: ab 15.03.2026 beträgt er 54,00 € (bisher 58,00 €).

Tipp: Mit unserem Ökostrom-Tarif „ElsterGrün“ unterstützen Sie Windparks in Mitteldeutschland.

Ihre Elsterwerke Leipzig GmbH
""",
)

elster_tax = m(
    "x43",
    "2025-10-15 04:12",
    "ELSTER <noreply@elster.de>",
    "Neue Bescheiddaten in Mein ELSTER",
    N(),
    text="""\
Sehr geehrte Nutzerin, sehr geehrter Nutzer,

für Sie stehen in Mein ELSTER neue Bescheiddaten zum Abruf bereit (Einkommensteuer 2024).

Bitte melden Sie sich unter https://www.elster.de an und rufen Sie die Daten unter "Formulare & Leistungen" > "Bescheiddaten" ab.

Ihr ELSTER-Team
Diese E-Mail wurde automatisch generiert.
""",
)

rundfunk = m(
    "x44",
    "2025-11-12 09:00",
    "ARD ZDF Deutschlandradio Beitragsservice <service@rundfunkbeitrag.example>",
    "Ihre Änderung wurde bestätigt",
    N(),
    text="""\
Guten Tag,

wir bestätigen die Änderung Ihrer Bankverbindung für die Beitragsnummer 518 773 912. Der Rundfunkbeitrag wird ab dem nächsten Zahlungstermin vom neuen Konto eingezogen.

Ihr Beitragsservice
""",
)

MOB = "funkmobil <rechnung@funkmobil.example>"
mob1 = m(
    "x45",
    "2025-11-04 03:20",
    MOB,
    "Ihre Rechnung für Oktober 2025",
    N(),
    text="""\
Hallo Ronny Schubert-Nowak,

Ihre Rechnung für Oktober 2025 ist da: 17,99 €
Abbuchung am 08.11.2025.

Rechnung ansehen: https://mein.funkmobil.example/rechnungen

Ihr funkmobil Team
""",
)

mob2 = m(
    "x46",
    "2026-01-20 12:00",
    "funkmobil <angebote@funkmobil.example>",
    "Nur für dich: Dein persönliches Angebot zur Vertragsverlängerung",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<h2>Hey Ronny, dein Vertrag läuft bald aus!</h2>
<p>Verlängere jetzt und sichere dir 40 GB statt 20 GB zum gleichen Preis – plus ein neues Smartphone ab 1 €.</p>
<p><a href="https://mein.funkmobil.example/vvl?cid=vvl0126">Angebot ansehen</a></p>
<p style="font-size:11px"><a href="https://mein.funkmobil.example/werbung-abmelden">Werbe-E-Mails abbestellen</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://mein.funkmobil.example/werbung-abmelden>"},
)

stream = m(
    "x47",
    "2025-10-22 07:35",
    "Flimmer+ <info@flimmerplus.example>",
    "Deine Zahlung wurde abgelehnt",
    N(),
    text="""\
Hallo Ronny,

wir konnten deine letzte Zahlung für dein Flimmer+ Abo nicht einziehen – deine Bank hat sie abgelehnt. Bitte aktualisiere deine Zahlungsdaten, damit du weiter streamen kannst:
https://www.flimmerplus.example/account/payment

Dein Flimmer+ Team
""",
)

WLW = "Wohnbau Leipzig-West GmbH <vermietung@wlw-leipzig.example>"
flat1 = m(
    "x48",
    "2025-10-18 12:21",
    WLW,
    "Ihre Bewerbung um die Wohnung WE 0815-03-12",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihr Interesse an unserer 3-Raum-Wohnung in der Lützner Straße (WE 0815-03-12, 2. OG, 71 m², Balkon) und die Übersendung Ihrer Selbstauskunft.

Ihre Bewerbung ist bei uns eingegangen. Aufgrund der großen Nachfrage laden wir ausgewählte Mietinteressenten zu einer Besichtigung ein. Bitte halten Sie für diesen Fall folgende Unterlagen bereit:

• Einkommensnachweise der letzten drei Monate (aller Haushaltsmitglieder)
• SCHUFA-Bonitätsauskunft (nicht älter als 3 Monate)
• Mietschuldenfreiheitsbescheinigung Ihres jetzigen Vermieters

Mit freundlichen Grüßen
Ihr Vermietungsteam
Wohnbau Leipzig-West GmbH · Kundenzentrum Lindenau
""",
)

flat2 = m(
    "x49",
    "2025-10-22 09:40",
    '"Schmiedel, Antje" <antje.schmiedel@wlw-leipzig.example>',
    "Einladung zur Wohnungsbesichtigung WE 0815-03-12",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

gern laden wir Sie zur Besichtigung der Wohnung Lützner Straße, WE 0815-03-12, ein:

Freitag, 24.10.2025, 17:00 Uhr
Treffpunkt: vor dem Hauseingang

Bitte bringen Sie die angeforderten Unterlagen in Kopie mit. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte kurz ab.

Mit freundlichen Grüßen
Antje Schmiedel
Kundenbetreuerin Vermietung
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000070A1C4D2BE42DC01000000000000000010000000F7E3",
        "2025-10-24 17:00",
        "Besichtigung WE 0815-03-12 – Schubert-Nowak",
        ('"Schmiedel, Antje"', "antje.schmiedel@wlw-leipzig.example"),
        minutes=30,
        style="outlook",
        location="Lützner Straße, Hauseingang",
    ),
)

flat3 = m(
    "x50",
    "2025-11-07 14:08",
    '"Schmiedel, Antje" <antje.schmiedel@wlw-leipzig.example>',
    "Ihre Bewerbung",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihr Interesse und Ihren Besuch bei der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Bei der Vielzahl an Bewerbungen war die Entscheidung nicht einfach. Gern nehmen wir Sie mit Ihrem Einverständnis in unsere Interessentenkartei auf und informieren Sie über vergleichbare Wohnungen.

Mit freundlichen Grüßen
Antje Schmiedel
Kundenbetreuerin Vermietung
Wohnbau Leipzig-West GmbH
""",
)

flat4 = m(
    "x51",
    "2026-01-15 10:12",
    '"Schmiedel, Antje" <antje.schmiedel@wlw-leipzig.example>',
    "Wohnungsangebot WE 0822-01-07 – Zusage und Mietvertrag",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

wie telefonisch besprochen freuen wir uns, Ihnen die 3-Raum-Wohnung in der Merseburger Straße (WE 0822-01-07, 1. OG, 68 m²) ab dem 01.03.2026 anbieten zu können.

Anbei erhalten Sie den Mietvertrag in zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare (auch Frau Richter als Mitmieterin) und senden Sie uns eines bis zum 25.01.2026 zurück. Die Kaution (3 Nettokaltmieten) kann in drei Raten gezahlt werden.

Wir freuen uns, Sie bald als Mieter begrüßen zu dürfen!

Mit freundlichen Grüßen
Antje Schmiedel
""",
    attach=[("Mietvertrag_WE_0822-01-07.pdf", "application/pdf", "%PDF-1.4\n% Mietvertrag\n")],
)

garden = m(
    "x52",
    "2025-10-12 17:44",
    "KGV Am Kirschberg e.V. <vorstand.kgv-kirschberg@gmx.de>",
    "Ihre Bewerbung um eine Gartenparzelle",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Bewerbung um einen Kleingarten in unserer Anlage. Sie stehen jetzt auf Platz 14 unserer Warteliste. Erfahrungsgemäß werden pro Jahr 5–8 Parzellen frei, meist nach der Saison im Herbst.

Wir melden uns, sobald ein Garten frei wird. Eine Besichtigung der Anlage ist jederzeit möglich – sonntags ist meist jemand vom Vorstand im Vereinsheim.

Mit freundlichen Grüßen
Bernd Köhler
1. Vorsitzender KGV „Am Kirschberg“ e.V.
""",
)

ka_sale = m(
    "x53",
    "2025-09-14 13:06",
    "Kleinanzeigen <noreply@kleinanzeigen.de>",
    "Neue Nachricht zu „Werkbank massiv Buche, 2 m“",
    N(),
    text="""\
Hallo Ronny,

Uwe hat dir eine Nachricht zu deiner Anzeige „Werkbank massiv Buche, 2 m“ geschrieben:

„Hallo, ist die Werkbank noch da? Würde 80 € geben und heute Abend mit Hänger abholen.“

Antworten: https://www.kleinanzeigen.de/m-nachrichten.html?conversationId=5bd1-02ac-9f31&utm_source=email

Dein Kleinanzeigen-Team
""",
)

ka_expiry = m(
    "x54",
    "2025-11-22 10:30",
    "Kleinanzeigen <noreply@kleinanzeigen.de>",
    "Deine Anzeige „Winterreifen 205/55 R16 auf Stahlfelge“ läuft in 3 Tagen ab",
    N(),
    text="""\
Hallo Ronny,

deine Anzeige „Winterreifen 205/55 R16 auf Stahlfelge, 4 Stück, 6 mm“ läuft am 25.11.2025 ab. Möchtest du sie verlängern?

Anzeige verlängern: https://www.kleinanzeigen.de/p-anzeige-verlaengern.html?adId=3122874401

Tipp: Mit „Hochschieben“ wird deine Anzeige wieder ganz oben angezeigt.

Dein Kleinanzeigen-Team
""",
)

doc1 = m(
    "x55",
    "2025-10-01 19:25",
    "Doctolib <no-reply@doctolib.de>",
    "Terminbestätigung: Hausarztpraxis Dr. med. Grit Lehmann",
    N(),
    text="""\
Hallo Ronny Schubert-Nowak,

Ihr Termin ist bestätigt.

Praxis: Hausarztpraxis Dr. med. Grit Lehmann, Fachärztin für Allgemeinmedizin
Datum: Montag, 13. Oktober 2025, 07:40 Uhr
Grund: Gesundheits-Check-up
Adresse: Stuttgarter Allee 9, 04209 Leipzig

Bitte bringen Sie Ihre Versichertenkarte mit. Sie können den Termin bis 24 Stunden vorher kostenlos absagen.

Ihr Doctolib-Team
""",
    ics=ics(
        "doctolib-appt-381204772@doctolib.de",
        "2025-10-13 07:40",
        "Termin: Hausarztpraxis Dr. med. Grit Lehmann",
        ("Doctolib", "no-reply@doctolib.de"),
        minutes=20,
        location="Stuttgarter Allee 9, 04209 Leipzig",
    ),
)

doc2 = m(
    "x56",
    "2026-01-08 18:00",
    "Doctolib <no-reply@doctolib.de>",
    "Erinnerung: Ihr Termin morgen bei Zahnarztpraxis Eichler & Partner",
    N(),
    text="""\
Hallo Ronny Schubert-Nowak,

wir erinnern Sie an Ihren Termin:

Zahnarztpraxis Eichler & Partner
Freitag, 9. Januar 2026, 16:15 Uhr – Professionelle Zahnreinigung
Ratzelstraße 150, 04207 Leipzig

Termin verwalten: https://www.doctolib.de/account/appointments

Ihr Doctolib-Team
""",
)

SAB = "SAB Förderservice <foerderservice@sab-sachsen.example>"
bafoeg1 = m(
    "x57",
    "2025-09-08 11:03",
    SAB,
    "Eingangsbestätigung Ihres Antrags auf Aufstiegs-BAföG",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

Ihr Antrag auf Förderung nach dem Aufstiegsfortbildungsförderungsgesetz (AFBG) ist bei uns eingegangen.

Maßnahme: Vorbereitungslehrgang Meisterprüfung Elektrotechniker-Handwerk, Teile I–IV, Teilzeit
Antragsnummer: AFBG-25-0417733

Die Bearbeitung dauert derzeit etwa acht bis zehn Wochen. Sollten Unterlagen fehlen, melden wir uns bei Ihnen.

Mit freundlichen Grüßen
Ihr Förderservice
""",
)

bafoeg2 = m(
    "x58",
    "2025-11-14 08:47",
    SAB,
    "Bescheid zu Ihrem Antrag AFBG-25-0417733",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

über Ihren Antrag auf Aufstiegs-BAföG wurde entschieden. Die Förderung wird bewilligt: Zuschuss zu den Lehrgangs- und Prüfungsgebühren (50 %) sowie ein zinsgünstiges Darlehen über die KfW für den Restbetrag.

Den vollständigen Bescheid finden Sie im Anhang. Bei bestandener Prüfung können Sie einen Erlass von 50 % des Restdarlehens beantragen.

Mit freundlichen Grüßen
Ihr Förderservice
""",
    attach=[("Bescheid_AFBG-25-0417733.pdf", "application/pdf", "%PDF-1.4\n% Bescheid\n")],
)

ba_wb = m(
    "x59",
    "2025-10-14 08:20",
    "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "Neue Nachricht in Ihrem Postfach: Information zur Förderung Ihrer Weiterbildung",
    N(),
    text="""\
Guten Tag Herr Schubert-Nowak,

in Ihrem Postfach auf arbeitsagentur.de liegt eine neue Nachricht für Sie.

Betreff: Ihre Anfrage zu einem Bildungsgutschein (Meisterlehrgang)

Kurz zusammengefasst: Vorbereitungslehrgänge auf die Meisterprüfung werden in der Regel nicht über einen Bildungsgutschein, sondern über das Aufstiegs-BAföG gefördert. Die Berufsberatung im Erwerbsleben bietet Ihnen gern ein Beratungsgespräch dazu an – Termine können Sie online buchen.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Leipzig

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
)

fit = m(
    "x60",
    "2025-12-27 10:00",
    "FitPoint Leipzig-Grünau <info@fitpoint-gruenau.example>",
    "Neujahrs-Special: 0 € Aufnahmegebühr bis 15.01.",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<h2>Starte 2026 durch, Ronny!</h2>
<p>Nur bis 15.01.: <b>0 € Aufnahmegebühr</b> und der erste Monat gratis. Bring einen Freund mit und ihr spart beide.</p>
<p><a href="https://www.fitpoint-gruenau.example/neujahr">Jetzt Angebot sichern</a></p>
<p style="font-size:11px"><a href="https://www.fitpoint-gruenau.example/abmelden">Abmelden</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.fitpoint-gruenau.example/abmelden>"},
)

food = m(
    "x61",
    "2025-11-08 19:12",
    "Lieferfix <bestellung@lieferfix.example>",
    "Deine Bestellung bei Pizzeria Da Enzo ist bestätigt",
    N(),
    text="""\
Hallo Ronny,

deine Bestellung ist bei Pizzeria Da Enzo eingegangen und wird zubereitet.

2 x Pizza Diavolo (32 cm)     21,80 €
1 x Tiramisu                   4,90 €
Liefergebühr                   1,99 €
Gesamt                        28,69 € (bezahlt mit PayPal)

Voraussichtliche Lieferung: 19:55 – 20:10 Uhr

Guten Appetit!
Dein Lieferfix-Team
""",
)

cinema = m(
    "x62",
    "2025-12-19 16:44",
    "Kino im Westwerk <tickets@kino-westwerk.example>",
    "Ihre Tickets für Samstag, 20.12., 20:15 Uhr",
    N(),
    text="""\
Vielen Dank für Ihre Buchung!

Film: Nachtschicht (OmU)
Samstag, 20.12.2025, 20:15 Uhr, Saal 2
Plätze: Reihe 7, Platz 11 und 12
Buchungsnummer: W-88214

Bitte zeigen Sie den QR-Code im Anhang am Einlass vor.

Kino im Westwerk · Karl-Heine-Straße 85–93 · 04229 Leipzig
""",
)

solar_ad = m(
    "x63",
    "2025-10-03 09:00",
    "SolarDirekt24 <angebot@solardirekt24.example>",
    "Ronny, Ihr persönliches Angebot für eine PV-Anlage ist da",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<h2>Strom vom eigenen Dach – jetzt mit 0 % MwSt.</h2>
<p>Hallo Ronny, Sie haben sich für Photovoltaik interessiert. Unser exklusives Angebot für Ihre Region Leipzig: <b>10 kWp inkl. Speicher ab 14.990 €</b>, Montage in 6 Wochen.</p>
<p><a href="https://www.solardirekt24.example/angebot?utm_source=nl&amp;r=LPZ">Angebot ansehen und Beratungstermin buchen</a></p>
<p style="font-size:11px">Sie erhalten diese E-Mail, weil Sie unseren Solarrechner genutzt haben. <a href="https://www.solardirekt24.example/abmelden">Abmelden</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.solardirekt24.example/abmelden>"},
)

local_news = m(
    "x64",
    "2025-12-11 06:30",
    "LeipzigKompakt <morgen@leipzigkompakt.example>",
    "LeipzigKompakt am Donnerstag: Arbeitsmarkt, Weihnachtsmarkt, Baustellen",
    N(),
    text="""\
Guten Morgen, Leipzig!

ARBEITSMARKT: Die Arbeitslosenquote in Leipzig ist im November leicht auf 7,1 % gesunken. Besonders gesucht: Fachkräfte in Elektro, Pflege und Logistik. Die Agentur für Arbeit lädt am 15.01. zur Jobmesse „Technik & Handwerk“ in die Messe.

WEIHNACHTSMARKT: Wegen des Andrangs am Wochenende wird der Zugang zum Markt über die Grimmaische Straße zeitweise gesteuert.

BAUSTELLE: Ab Montag ist die Lützner Straße stadtauswärts zwischen Merseburger Straße und Saalfelder Straße halbseitig gesperrt.

Ihr LeipzigKompakt-Team
Abmelden: https://www.leipzigkompakt.example/abmelden
""",
    headers={"List-Unsubscribe": "<https://www.leipzigkompakt.example/abmelden>"},
)

concert = m(
    "x65",
    "2025-11-21 12:30",
    "Ticketzentrale Mitteldeutschland <tickets@ticketzentrale-md.example>",
    "Ihre Bestellung: Die Feuerquallen – Tour 2026, Leipzig",
    N(),
    text="""\
Hallo Ronny Schubert-Nowak,

vielen Dank für Ihre Bestellung!

Die Feuerquallen – Tour 2026
Samstag, 14.03.2026, Einlass 18:30 Uhr, Beginn 20:00 Uhr
Arena Leipzig
2 x Stehplatz Innenraum à 54,90 € (inkl. Gebühren)

Ihre Tickets erhalten Sie ca. 4 Wochen vor der Veranstaltung als E-Ticket.

Ihre Ticketzentrale Mitteldeutschland
""",
)

tyres = m(
    "x66",
    "2025-10-17 08:12",
    "Reifen-Service Grünau <termine@reifenservice-gruenau.example>",
    "Terminbestätigung Reifenwechsel",
    N(),
    text="""\
Hallo Herr Schubert-Nowak,

Ihr Termin zum Reifenwechsel ist bestätigt:
Samstag, 25.10.2025, 08:30 Uhr
Fahrzeug: L-RS 4471 – Einlagerung Sommerräder inklusive

Bis dann!
Ihr Reifen-Service Grünau
""",
    ics=ics(
        "termin-20251025-0830-rsg@reifenservice-gruenau.example",
        "2025-10-25 08:30",
        "Reifenwechsel L-RS 4471",
        ("Reifen-Service Grünau", "termine@reifenservice-gruenau.example"),
        minutes=45,
        location="Reifen-Service Grünau, Am Kulkwitzer See 2, 04209 Leipzig",
    ),
)

buergeramt = m(
    "x67",
    "2026-01-12 13:55",
    "Stadt Leipzig – Terminvergabe <terminvergabe@leipzig.example>",
    "Terminbestätigung Bürgerbüro Grünau",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

hiermit bestätigen wir Ihren Termin:

Anliegen: Ummeldung Wohnsitz (Umzug innerhalb Leipzigs)
Datum: Dienstag, 03.03.2026, 10:20 Uhr
Ort: Bürgerbüro Grünau, Stuttgarter Allee 18
Vorgangsnummer: 26-0041-8812

Bitte bringen Sie Ihren Personalausweis und die Wohnungsgeberbestätigung Ihres Vermieters mit.

Stadt Leipzig – Amt für Bürgerservice
""",
)

fewo = m(
    "x68",
    "2026-01-24 20:41",
    "Ostsee-Ferienwohnungen Zingst <buchung@ostsee-fewo-zingst.example>",
    "Buchungsbestätigung FeWo „Möwennest“, 11.07.–18.07.2026",
    N(),
    text="""\
Liebe Familie Schubert-Nowak,

vielen Dank für Ihre Buchung!

Ferienwohnung „Möwennest“, Seestraße, 18374 Zingst
Anreise: Samstag, 11.07.2026 ab 15 Uhr
Abreise: Samstag, 18.07.2026 bis 10 Uhr
Personen: 2
Gesamtpreis: 840,00 € zzgl. Kurabgabe

Bitte überweisen Sie die Anzahlung von 250,00 € bis zum 07.02.2026.

Wir freuen uns auf Sie!
Familie Brandenburg
""",
)


MAIL = [
    webde_sec, webde_club, webde_cloud,
    volt_order, volt_ship, dhl1, book_order, dhl2, pp1, pp2,
    bank1, bank2,
    loan1, loan2, loan_docu, loan_docu_done,
    car1, car2, car3,
    ins1, ins2, ins3,
    rk1, rk2, rk3,
    db1, db2, db3, lvb1, lvb2,
    bm1, bm2, bm3, workwear,
    ema1, ema2, ema3, innung, web1, web2,
    ew1, ew2, elster_tax, rundfunk, mob1, mob2, stream,
    flat1, flat2, flat3, flat4, garden, ka_sale, ka_expiry,
    doc1, doc2, bafoeg1, bafoeg2, ba_wb,
    fit, food, cinema, solar_ad, local_news, concert, tyres, buergeramt, fewo,
]  # fmt: skip

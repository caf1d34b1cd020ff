# ruff: noqa: E501, RUF100
"""Corpus 129, the ordinary inbox (data only): see heldout129.py.

Bills and public services (MVV, Stadtwerke München, ELSTER, Rundfunkbeitrag), banks and a
credit-card application, shopping and marketing "Angebote", newsletters that interview people or
talk about salaries and job interviews, webinars and talks with calendar parts, LinkedIn and XING
notifications."""

from __future__ import annotations

from heldout129_jobs import N, ics, m

# --- MVV ------------------------------------------------------------------------------------

_MVV_FOOT = """Münchner Verkehrs- und Tarifverbund GmbH (MVV) · Abo-Service
Dies ist eine automatisch versendete E-Mail. Bei Fragen erreichen Sie uns über www.mvv-muenchen.de/kontakt"""

_mvv1 = m(
    "aa01",
    "2025-09-01 07:02",
    "MVV Abo-Service <abo-service@mvv-muenchen.de>",
    "Ihre Rechnung zum Deutschlandticket – September 2025",
    N(),
    text="""Sehr geehrter Herr Vogl,

anbei erhalten Sie Ihre Rechnung für Ihr Deutschlandticket im Abonnement.

Kundennummer: 7710 4432 91
Leistungszeitraum: 01.09.2025 – 30.09.2025
Betrag: 58,00 EUR
Der Betrag wird zum 05.09.2025 per SEPA-Lastschrift von Ihrem Konto DE** **** **** **** 4471 eingezogen.

Mit freundlichen Grüßen
Ihr MVV Abo-Service

"""
    + _MVV_FOOT,
    attach=[
        (
            "Rechnung_DT_2025-09.pdf",
            "application/pdf",
            "%PDF-1.4\n% Rechnung Deutschlandticket\n%%EOF\n",
        )
    ],
)

_mvv2 = m(
    "aa02",
    "2025-09-18 16:00",
    "MVV Newsletter <newsletter@mvv-muenchen.de>",
    "Wiesn 2025: So kommen Sie entspannt hin und zurück",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#005a9c">O'zapft is – aber wie komme ich hin?</h2>
<p>Vom 20. September bis 5. Oktober verstärken wir U4/U5 und die Buslinien rund um die Theresienwiese.
Bitte meiden Sie zu Stoßzeiten den Bahnhof Theresienwiese und nutzen Sie Schwanthalerhöhe oder Goetheplatz.</p>
<p>Außerdem: Bauarbeiten auf der S-Bahn-Stammstrecke an den Wochenenden im Oktober – alle Infos im
<a href="https://www.mvv-muenchen.de/baustellen">Baustellenkalender</a>.</p>
<p style="font-size:11px;color:#888"><a href="https://www.mvv-muenchen.de/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.mvv-muenchen.de/newsletter/abmelden>"},
)

_mvv3 = m(
    "aa03",
    "2025-12-05 10:14",
    "MVV Abo-Service <abo-service@mvv-muenchen.de>",
    "Wichtige Information: Neuer Preis für das Deutschlandticket ab 1. Januar 2026",
    N(),
    text="""Sehr geehrter Herr Vogl,

Bund und Länder haben beschlossen, den Preis des Deutschlandtickets zum 1. Januar 2026 auf
63,00 EUR pro Monat anzupassen. Ihr Abonnement läuft automatisch zum neuen Preis weiter; Sie
müssen nichts tun.

Sie haben ein Sonderkündigungsrecht zum 31.12.2025. Die Kündigung ist bis zum 10.12.2025 über Ihr
Kundenkonto möglich.

Mit freundlichen Grüßen
Ihr MVV Abo-Service

"""
    + _MVV_FOOT,
)

_mvv4 = m(
    "aa04",
    "2026-01-02 06:58",
    "MVV Abo-Service <abo-service@mvv-muenchen.de>",
    "Ihre Rechnung zum Deutschlandticket – Januar 2026",
    N(),
    text="""Sehr geehrter Herr Vogl,

anbei erhalten Sie Ihre Rechnung für Ihr Deutschlandticket im Abonnement.

Kundennummer: 7710 4432 91
Leistungszeitraum: 01.01.2026 – 31.01.2026
Betrag: 63,00 EUR

Mit freundlichen Grüßen
Ihr MVV Abo-Service

"""
    + _MVV_FOOT,
    attach=[
        (
            "Rechnung_DT_2026-01.pdf",
            "application/pdf",
            "%PDF-1.4\n% Rechnung Deutschlandticket\n%%EOF\n",
        )
    ],
)

_mvv5 = m(
    "aa05",
    "2026-02-11 13:27",
    "MVV Abo-Service <abo-service@mvv-muenchen.de>",
    "Ihre Adressänderung wurde übernommen",
    N(),
    text="""Sehr geehrter Herr Vogl,

Ihre neue Anschrift ab dem 15.02.2026 wurde in Ihrem Kundenkonto gespeichert:

Bahnhofstraße 27a
82152 Planegg

Ihr Deutschlandticket bleibt unverändert gültig.

Mit freundlichen Grüßen
Ihr MVV Abo-Service""",
)

# --- Stadtwerke München --------------------------------------------------------------------

_swm1 = m(
    "ab01",
    "2025-09-12 09:31",
    "SWM Kundenservice <kundenservice@swm.de>",
    "Ihre Jahresverbrauchsabrechnung Strom 2024/2025",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrter Herr Vogl,</p>
<p>Ihre Jahresverbrauchsabrechnung für den Zeitraum 01.09.2024 bis 31.08.2025 steht in Ihrem
<a href="https://www.swm.de/kundenportal">M-Kundenportal</a> für Sie bereit.</p>
<p>Guthaben: <b>47,13 EUR</b> – wir überweisen den Betrag in den nächsten Tagen auf Ihr Konto.<br>
Ihr neuer monatlicher Abschlag: 41,00 EUR ab Oktober 2025.</p>
<p>Freundliche Grüße<br>Ihre Stadtwerke München</p>
<p style="font-size:11px;color:#777">Stadtwerke München GmbH · Emmy-Noether-Straße 2 · 80992 München</p>
</body></html>""",
)

_swm2 = m(
    "ab02",
    "2025-11-14 11:05",
    "SWM Kundenservice <kundenservice@swm.de>",
    "Bestätigung: Ihr Abschlag ab Dezember",
    N(),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für Ihre Änderung im M-Kundenportal. Ab dem 01.12.2025 beträgt Ihr monatlicher
Abschlag für Strom 36,00 EUR.

Vertragskonto: 2004 8817 3320

Freundliche Grüße
Ihre Stadtwerke München""",
)

_swm3 = m(
    "ab03",
    "2026-01-23 15:48",
    "SWM Kundenservice <kundenservice@swm.de>",
    "Ihr Umzug: Wir haben Ihre Mitteilung erhalten",
    N(),
    text="""Sehr geehrter Herr Vogl,

wir haben Ihre Umzugsmitteilung erhalten. Ihr Vertrag für die Lieferstelle Tegernseer
Landstraße 161, 81539 München, endet zum 14.02.2026. Bitte teilen Sie uns den Zählerstand am
Auszugstag über das M-Kundenportal mit.

Gern beliefern wir Sie auch an Ihrer neuen Adresse in Planegg – Ihr persönliches Angebot für
M-Ökostrom finden Sie im Kundenportal.

Freundliche Grüße
Ihre Stadtwerke München""",
)

_swm4 = m(
    "ab04",
    "2026-02-16 08:20",
    "SWM Kundenservice <kundenservice@swm.de>",
    "Vertragsbestätigung M-Ökostrom – Bahnhofstraße 27a, Planegg",
    N(),
    text="""Sehr geehrter Herr Vogl,

herzlich willkommen an Ihrer neuen Adresse! Hiermit bestätigen wir Ihren Stromliefervertrag:

Tarif: M-Ökostrom
Lieferbeginn: 15.02.2026
Abschlag: 39,00 EUR monatlich

Ihre Schlussrechnung für die alte Lieferstelle erhalten Sie in den nächsten Wochen.

Freundliche Grüße
Ihre Stadtwerke München""",
)

# --- ELSTER / Finanzamt ------------------------------------------------------------------------

_elster1 = m(
    "ac01",
    "2025-09-09 22:41",
    "ELSTER <noreply@elster.de>",
    "Übermittlung Ihrer Einkommensteuererklärung 2024",
    N(),
    text="""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

Ihre Daten wurden erfolgreich an die Steuerverwaltung übermittelt.

Formular: Einkommensteuererklärung 2024
Transferticket: et4l8-q2m5x9-7rk3h1
Übermittelt am: 09.09.2025 um 22:40 Uhr
Finanzamt: München (9143)

Bitte bewahren Sie das Transferticket für Rückfragen auf.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
)

_elster2 = m(
    "ac02",
    "2025-10-21 04:12",
    "ELSTER <noreply@elster.de>",
    "Neue Nachricht in Ihrem ELSTER-Postfach",
    N(),
    text="""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Benutzerkonto "Korbinian Vogl" ist eine neue Nachricht eingegangen:

Bescheiddaten zur Einkommensteuer 2024

Sie können die Nachricht nach dem Login unter "Posteingang" abrufen:
https://www.elster.de/eportal/login

Mit freundlichen Grüßen
Ihr ELSTER-Team""",
)

_elster3 = m(
    "ac03",
    "2026-02-03 03:55",
    "ELSTER <noreply@elster.de>",
    "Ihr Zertifikat läuft in 60 Tagen ab",
    N(),
    text="""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Zertifikat Ihres Benutzerkontos "Korbinian Vogl" ist nur noch bis zum 04.04.2026 gültig.
Bitte verlängern Sie Ihr Zertifikat rechtzeitig nach dem Login unter "Mein Benutzerkonto".

Mit freundlichen Grüßen
Ihr ELSTER-Team""",
)

# --- Banks: the current account and a credit-card application -------------------------------

_bank1 = m(
    "ad01",
    "2025-10-24 10:02",
    "Isartaler Bank eG <service@isartaler-bank.example>",
    "Zahlungseingang auf Ihrem Girokonto",
    N(),
    text="""Guten Tag Herr Vogl,

auf Ihrem Girokonto ist ein Zahlungseingang verbucht worden:

Betrag: 1.184,20 EUR
Auftraggeber: FINANZAMT MUENCHEN
Verwendungszweck: EST 24 STNR 143/...

Die Details sehen Sie im Online-Banking.

Ihre Isartaler Bank eG""",
)

_bank2 = m(
    "ad02",
    "2025-12-01 06:30",
    "Isartaler Bank eG <service@isartaler-bank.example>",
    "Ihr Kontoauszug für November liegt bereit",
    N(),
    text="""Guten Tag Herr Vogl,

Ihr Kontoauszug Nr. 11/2025 steht in Ihrem elektronischen Postfach zum Abruf bereit.

Bitte beachten Sie: Wir fragen niemals per E-Mail nach Ihren Zugangsdaten oder TANs.

Ihre Isartaler Bank eG""",
)

_bank3 = m(
    "ad03",
    "2026-02-02 09:15",
    "Isartaler Bank eG <service@isartaler-bank.example>",
    "Änderung unserer Allgemeinen Geschäftsbedingungen zum 1. April 2026",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag Herr Vogl,</p>
<p>zum 01.04.2026 ändern sich unsere Allgemeinen Geschäftsbedingungen sowie das Preis- und
Leistungsverzeichnis. Die Änderungen finden Sie in Ihrem elektronischen Postfach. Widersprechen Sie
nicht bis zum 31.03.2026, gilt Ihre Zustimmung als erteilt.</p>
<p>Ihre Isartaler Bank eG</p>
</body></html>""",
)

_kk1 = m(
    "ae01",
    "2025-11-03 20:41",
    "Alpina Direktbank <antrag@alpina-direktbank.example>",
    "Ihr Antrag auf die Alpina Visa ist bei uns eingegangen",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrter Herr Vogl,</p>
<p>vielen Dank für Ihren Antrag auf die <b>Alpina Visa Kreditkarte</b>.</p>
<p>Antragsnummer: KK-2025-1188402<br>Eingang: 03.11.2025, 20:39 Uhr</p>
<p>Wir prüfen Ihren Antrag nun. Damit wir ihn abschließend bearbeiten können, benötigen wir noch
Ihre Legitimation – dazu erhalten Sie in Kürze eine separate E-Mail.</p>
<p>Freundliche Grüße<br>Ihre Alpina Direktbank</p>
<p style="font-size:11px;color:#888">Alpina Direktbank AG · Leopoldstraße 8 · 80802 München</p>
</body></html>""",
)

_kk2 = m(
    "ae02",
    "2025-11-04 08:05",
    "Alpina Direktbank <antrag@alpina-direktbank.example>",
    "Nur noch ein Schritt: Bitte legitimieren Sie sich",
    N(),
    text="""Sehr geehrter Herr Vogl,

für Ihren Kreditkartenantrag KK-2025-1188402 fehlt nur noch die Identifizierung. Sie dauert etwa
zehn Minuten per VideoIdent – Sie benötigen Ihren Personalausweis und ein Smartphone.

Jetzt legitimieren: https://ident.alpina-direktbank.example/start?ref=KK-2025-1188402

Der Link ist 14 Tage gültig.

Freundliche Grüße
Ihre Alpina Direktbank""",
)

_kk3 = m(
    "ae03",
    "2025-11-10 14:22",
    "Alpina Direktbank <antrag@alpina-direktbank.example>",
    "Gute Nachrichten: Ihr Kreditkartenantrag wurde genehmigt",
    N(),
    text="""Sehr geehrter Herr Vogl,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihren Antrag KK-2025-1188402 angenommen haben.
Ihr Verfügungsrahmen beträgt 3.000 EUR.

Ihre Alpina Visa ist bereits auf dem Weg zu Ihnen und sollte in 5–7 Werktagen ankommen. Die PIN
erhalten Sie aus Sicherheitsgründen mit separater Post.

Herzlich willkommen!
Ihre Alpina Direktbank""",
)

_kk4 = m(
    "ae04",
    "2025-11-13 18:00",
    "Alpina Direktbank <service@alpina-direktbank.example>",
    "Aktivieren Sie jetzt Ihre Karte für Apple Pay und Google Pay",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Herr Vogl,</p>
<p>Ihre Karte ist angekommen? Dann aktivieren Sie sie in der Alpina App und hinterlegen Sie sie
direkt in Ihrem Wallet. Als Willkommensangebot erhalten Sie im ersten Jahr 0 % Auslandseinsatzentgelt.</p>
<p><a href="https://www.alpina-direktbank.example/app">Zur App</a></p>
</body></html>""",
)

_kk5 = m(
    "ae05",
    "2026-01-05 07:10",
    "Alpina Direktbank <service@alpina-direktbank.example>",
    "Ihre Kreditkartenabrechnung vom 31.12.2025 ist verfügbar",
    N(),
    text="""Sehr geehrter Herr Vogl,

Ihre Kreditkartenabrechnung vom 31.12.2025 steht in der Alpina App und im Online-Banking bereit.
Der Rechnungsbetrag von 412,87 EUR wird am 12.01.2026 von Ihrem Referenzkonto eingezogen.

Ihre Alpina Direktbank""",
)

# --- Shopping, marketing "Angebote", services ----------------------------------------------

_haindl1 = m(
    "af01",
    "2025-09-19 18:30",
    "Bergsport Haindl <newsletter@haindl-bergsport.example>",
    "Herbst-Angebote: bis zu 30 % auf Hardshells & Zustiegsschuhe",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif">
<div style="background:#2b4a2f;color:#fff;padding:20px"><h1>Herbst am Berg</h1></div>
<p>Servus Korbinian,</p>
<p>die Tage werden kürzer, die Touren nicht: Unsere Herbst-Angebote gelten bis Sonntag – auch im Laden an der Sendlinger Straße.</p>
<p><a href="https://www.haindl-bergsport.example/angebote?utm_campaign=herbst25">Jetzt Angebote entdecken</a></p>
<p style="font-size:11px;color:#777">Bergsport Haindl GmbH · <a href="https://www.haindl-bergsport.example/newsletter/abmelden">Abmelden</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.haindl-bergsport.example/newsletter/abmelden>"},
)

_haindl2 = m(
    "af02",
    "2025-11-27 07:00",
    "Bergsport Haindl <newsletter@haindl-bergsport.example>",
    "Black Week: Unsere besten Angebote – nur bis Montag",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif">
<div style="background:#000;color:#fff;padding:20px"><h1>BLACK WEEK</h1><p>Bis zu 40 % auf Skitouren-Ausrüstung</p></div>
<p>Felle, LVS-Geräte, Tourenbindungen: Jetzt ist der beste Zeitpunkt für dein Upgrade.</p>
<p><a href="https://www.haindl-bergsport.example/black-week">Zum Sale</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.haindl-bergsport.example/newsletter/abmelden">Abmelden</a></p>
</body></html>""",
)

_haindl3 = m(
    "af03",
    "2026-01-09 18:30",
    "Bergsport Haindl <newsletter@haindl-bergsport.example>",
    "Winter-Sale: Jetzt zugreifen, solange der Vorrat reicht",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif"><p>Servus Korbinian,</p>
<p>unser Winter-Sale läuft! Restgrößen bei Daunenjacken und Skihosen jetzt bis zu 50 % reduziert.</p>
<p><a href="https://www.haindl-bergsport.example/sale">Zum Winter-Sale</a></p></body></html>""",
)

_werkzeug1 = m(
    "af04",
    "2025-10-05 11:17",
    "Werkzeugwelt24 <bestellung@werkzeugwelt24.example>",
    "Bestellbestätigung Nr. 2025-881734",
    N(),
    text="""Hallo Korbinian Vogl,

vielen Dank für Ihre Bestellung!

1 x Akku-Bohrschrauber 18 V, 2 Akkus, L-Boxx        129,90 EUR
1 x Bit-Set 32-tlg.                                  14,99 EUR
Versand                                               0,00 EUR
Gesamt                                              144,89 EUR

Zahlungsart: PayPal
Voraussichtliche Lieferung: 07.10.2025

Ihr Werkzeugwelt24-Team""",
)

_dhl1 = m(
    "af05",
    "2025-10-07 07:48",
    "DHL Paket <noreply@dhl.de>",
    "Ihre DHL Sendung kommt heute",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#ffcc00;padding:12px"><b>DHL</b></div>
<p>Hallo Korbinian Vogl,</p>
<p>Ihre Sendung von Werkzeugwelt24 kommt heute voraussichtlich zwischen 10:30 und 13:30 Uhr.</p>
<p>Sendungsnummer: 00340434161094018826</p>
<p><a href="https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094018826">Sendung verfolgen</a></p>
</body></html>""",
)

_dhl2 = m(
    "af06",
    "2026-02-10 16:03",
    "DHL Paket <noreply@dhl.de>",
    "Ihre Sendung liegt in der Packstation 147 zur Abholung bereit",
    N(),
    text="""Hallo Korbinian Vogl,

Ihre Sendung 00340434161094127795 liegt in der Packstation 147, Tegernseer Landstraße 150,
81539 München, für Sie bereit. Sie können sie bis zum 17.02.2026 abholen.

Ihr Abholcode wird in der Post & DHL App angezeigt.

Ihr DHL Team""",
)

_liefer = m(
    "af07",
    "2025-10-31 16:45",
    "Lieferfix <deals@lieferfix.example>",
    "🎃 Halloween-Special: 20 % auf alles – nur heute",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;background:#ff7a00;color:#fff;padding:20px">
<h1>Süßes oder Rabatt?</h1><p>Nur heute: 20 % auf deine Bestellung mit dem Code <b>GRUSEL20</b>. Gültig bis 23:59 Uhr.</p>
<p><a href="https://www.lieferfix.example/app" style="color:#fff">Jetzt bestellen</a></p>
<p style="font-size:10px">Mindestbestellwert 15 €. <a href="https://www.lieferfix.example/unsubscribe" style="color:#fff">Abmelden</a></p>
</body></html>""",
)

_mobil1 = m(
    "af08",
    "2025-09-26 05:12",
    "Isarfunk Mobil <rechnung@isarfunk-mobil.example>",
    "Ihre Mobilfunkrechnung September 2025",
    N(),
    text="""Hallo Herr Vogl,

Ihre Rechnung für September 2025 ist da.

Rechnungsbetrag: 19,99 EUR
Abbuchung am: 02.10.2025

Rechnung ansehen: https://mein.isarfunk-mobil.example/rechnungen

Ihr Isarfunk-Team""",
)

_mobil2 = m(
    "af09",
    "2025-12-10 12:00",
    "Isarfunk Mobil <angebote@isarfunk-mobil.example>",
    "Herr Vogl, Ihr exklusives Angebot zur Vertragsverlängerung",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Herr Vogl,</p>
<p>Ihr Vertrag kann ab sofort verlängert werden. Nur für Sie: <b>40 GB 5G für 17,99 € / Monat</b>
und ein neues Smartphone ab 1 €. Das Angebot gilt bis zum 31.12.2025.</p>
<p><a href="https://mein.isarfunk-mobil.example/verlaengerung?c=xmas25">Angebot ansehen</a></p>
<p style="font-size:11px;color:#888">Sie erhalten diese E-Mail als Kunde von Isarfunk Mobil. <a href="https://mein.isarfunk-mobil.example/werbung-abbestellen">Werbung abbestellen</a></p>
</body></html>""",
)

_reise = m(
    "af10",
    "2026-01-15 19:00",
    "Alpenreisen <angebote@alpenreisen.example>",
    "Frühbucher-Angebote Sommer 2026: bis zu 25 % sparen",
    N(),
    html="""<html><body style="font-family:Georgia,serif"><h2>Jetzt den Sommer planen</h2>
<p>Hüttentouren in Südtirol, Klettersteige in den Dolomiten, Radreisen am Gardasee – buchen Sie bis 28.02. und sparen Sie bis zu 25 %.</p>
<p><a href="https://www.alpenreisen.example/fruehbucher">Alle Angebote</a></p>
<p style="font-size:11px"><a href="https://www.alpenreisen.example/abmelden">Newsletter abbestellen</a></p></body></html>""",
)

_versich = m(
    "af11",
    "2026-02-04 10:40",
    "Südbayerische Versicherung <beratung@sbv-versicherung.example>",
    "Ihr persönliches Angebot: Hausrat für Ihre neue Wohnung",
    N(),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für Ihre Anfrage über unseren Online-Rechner. Gern unterbreiten wir Ihnen folgendes
Angebot für Ihre Hausratversicherung:

Versicherungsort: Bahnhofstraße 27a, 82152 Planegg
Wohnfläche: 58 m², Versicherungssumme 38.000 EUR
Beitrag: 6,40 EUR monatlich (inkl. Fahrraddiebstahl bis 1.000 EUR)

Das Angebot ist 4 Wochen gültig. Sie können es online abschließen:
https://www.sbv-versicherung.example/angebot/HR-2026-55781

Mit freundlichen Grüßen
Ihre Südbayerische Versicherung""",
)

_stream = m(
    "af12",
    "2025-11-21 17:15",
    "Technikpark München <newsletter@technikpark-muc.example>",
    "Black Friday: die Angebote sind da!",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;background:#111;color:#fff;padding:20px">
<h1>BLACK FRIDAY</h1><p>OLED-TVs, Kopfhörer, Kaffeevollautomaten – bis zu 50 % reduziert. Online und in allen Märkten.</p>
<p><a href="https://www.technikpark-muc.example/black-friday" style="color:#ffd400">Zu den Angeboten</a></p>
<p style="font-size:10px"><a href="https://www.technikpark-muc.example/newsletter/abmelden" style="color:#aaa">Abmelden</a></p></body></html>""",
)

_klein1 = m(
    "af13",
    "2026-01-25 21:02",
    "Kleinanzeigen <noreply@kleinanzeigen.de>",
    "Neue Nachricht zu „Höhenverstellbarer Schreibtisch 160x80“",
    N(),
    text="""Hallo Korbinian,

du hast eine neue Nachricht von Bernd zu der Anzeige „Höhenverstellbarer Schreibtisch 160x80“:

"Hallo, ja der Tisch ist noch da. Für 90 € kannst ihn haben, Abholung in Pasing. Gruß Bernd"

Antworte direkt in der App oder unter https://www.kleinanzeigen.de/m-nachrichten.html

Dein Kleinanzeigen-Team""",
)

_klein2 = m(
    "af14",
    "2026-01-26 08:44",
    "Kleinanzeigen <noreply@kleinanzeigen.de>",
    "Dein Preisvorschlag wurde angenommen",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Korbinian,</p>
<p>gute Nachrichten: Bernd hat deinen Preisvorschlag über <b>80 €</b> für
„Höhenverstellbarer Schreibtisch 160x80“ angenommen.</p>
<p>Vereinbart jetzt die Übergabe. Tipp: Bezahle sicher mit „Sicher bezahlen“.</p>
<p><a href="https://www.kleinanzeigen.de/m-nachrichten.html">Zur Unterhaltung</a></p>
</body></html>""",
)

_schufa = m(
    "af15",
    "2026-01-12 12:30",
    "meineSCHUFA <noreply@meineschufa.de>",
    "Ihre SCHUFA-BonitätsAuskunft steht bereit",
    N(),
    text="""Sehr geehrter Herr Vogl,

Ihre SCHUFA-BonitätsAuskunft ist fertig und steht in Ihrem Account zum Download bereit. Sie
können sie zum Beispiel Ihrem künftigen Vermieter vorlegen.

Zum Download: https://www.meineschufa.de/login

Mit freundlichen Grüßen
SCHUFA Holding AG""",
)

_gmx = m(
    "af16",
    "2025-09-23 09:00",
    "GMX <service@gmx.net>",
    "Ihr Postfach ist zu 90 % voll",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Korbinian Vogl,</p>
<p>Ihr Postfach ist fast voll. Sobald der Speicher erschöpft ist, können Sie keine E-Mails mehr empfangen.</p>
<p>Jetzt mehr Speicher sichern – mit GMX ProMail ab 2,99 € im Monat, die ersten 3 Monate gratis.</p>
<p><a href="https://www.gmx.net/mail/promail/?mc=inbox_full">Angebot ansehen</a></p>
</body></html>""",
)

_sound = m(
    "af17",
    "2025-12-03 15:00",
    "Soundwelle <no-reply@soundwelle.example>",
    "Your 2025 Wrapped is here 🎧",
    N("en"),
    html="""<html><body style="font-family:Arial,sans-serif;background:#1b1b3a;color:#fff;padding:24px">
<h1>Korbinian, your year in sound</h1>
<p>You listened to 38,412 minutes of music. Your top artist: LaBrassBanda. Your top genre: Brass-Pop.</p>
<p><a href="https://www.soundwelle.example/wrapped" style="color:#7cf">See your Wrapped</a></p></body></html>""",
)

_blockwerk1 = m(
    "af18",
    "2025-09-02 19:20",
    "Blockwerk Bouldern <info@blockwerk-muc.example>",
    "Deine 10er-Karte ist fast aufgebraucht",
    N(),
    text="""Hi Korbinian,

auf deiner 10er-Karte ist nur noch 1 Eintritt. Verlängere sie jetzt online oder an der Theke –
oder steig auf die Monatskarte um (ab 59 €).

Bis bald an der Wand!
Dein Blockwerk-Team""",
)

_blockwerk2 = m(
    "af19",
    "2026-01-07 12:00",
    "Blockwerk Bouldern <info@blockwerk-muc.example>",
    "Neue Routen & unser Neujahrs-Angebot",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif"><p>Hi Korbinian,</p>
<p>frisch geschraubt: 60 neue Boulder im Hauptbereich! Und für gute Vorsätze: Jahreskarte im Januar mit 15 % Rabatt.</p>
<p><a href="https://www.blockwerk-muc.example/tarife">Zu den Tarifen</a></p></body></html>""",
)

_bib = m(
    "af20",
    "2025-10-29 06:00",
    "Münchner Stadtbibliothek <noreply@muenchner-stadtbibliothek.de>",
    "Erinnerung: Leihfrist endet in 3 Tagen",
    N(),
    text="""Guten Tag Korbinian Vogl,

die Leihfrist folgender Medien endet am 01.11.2025:

- Haibach: Betriebsfestigkeit. Verfahren und Daten zur Bauteilberechnung
- Der Kleine Prinz (Hörbuch)

Sie können die Medien im Online-Konto verlängern, sofern keine Vormerkung vorliegt.

Ihre Münchner Stadtbibliothek""",
)

# --- Newsletters that interview people or talk about hiring --------------------------------

_iw1 = m(
    "ag01",
    "2025-09-25 06:00",
    "Ingenieurwelt <newsletter@ingenieurwelt.example>",
    "Im Interview: Wie Prüfstände digital werden",
    N(),
    html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<h2>Ingenieurwelt – Der Newsletter für Technik und Karriere</h2>
<h3>„Der digitale Zwilling ersetzt keinen Hydropulser“</h3>
<p>Im Interview erklärt Prof. Dr.-Ing. Renate Scholl, warum virtuelle Prüfstände die Erprobung
beschleunigen, aber die physische Validierung nicht überflüssig machen.</p>
<p><a href="https://www.ingenieurwelt.example/interview-pruefstand-digital">Zum Interview</a></p>
<h3>Außerdem</h3>
<ul><li>Stellenmarkt: Wo Versuchsingenieure gerade gesucht werden</li><li>Normen-Update: ISO 16750-3</li></ul>
<p style="font-size:11px;color:#777"><a href="https://www.ingenieurwelt.example/abmelden">Newsletter abbestellen</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.ingenieurwelt.example/abmelden>"},
)

_iw2 = m(
    "ag02",
    "2025-11-20 06:00",
    "Ingenieurwelt <newsletter@ingenieurwelt.example>",
    "Gehaltsreport 2025: Was Ingenieure in Bayern verdienen",
    N(),
    html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<h3>Gehaltsreport 2025</h3>
<p>Maschinenbauingenieure mit fünf Jahren Berufserfahrung verdienen in Bayern im Median 71.500 Euro.
Wer zum OEM wechselt, kann mit einem Plus rechnen – wer beim Dienstleister bleibt, eher nicht.</p>
<p><a href="https://www.ingenieurwelt.example/gehaltsreport-2025">Zum Report</a></p>
<p>Plus: Bewerbungsgespräch – die zehn häufigsten Fragen und wie Sie sie beantworten.</p>
</body></html>""",
)

_iw3 = m(
    "ag03",
    "2026-01-22 06:00",
    "Ingenieurwelt <newsletter@ingenieurwelt.example>",
    "„Ich teste, bis es bricht“ – Interview mit einer Versuchsleiterin",
    N(),
    text="""INGENIEURWELT – Newsletter KW 4/2026

„Ich teste, bis es bricht“
Seit zwölf Jahren leitet Dr. Sophie Brandstätter ein Prüffeld für Flugzeugstrukturen. Im Interview
spricht sie über Bruchversuche, Frauen in der Erprobung und warum sie nie Konstrukteurin werden
wollte.
https://www.ingenieurwelt.example/interview-versuchsleiterin

Weitere Themen:
- Wasserstoff-Tanks: Neue Prüfnormen in Sicht
- Arbeitsmarkt: Medizintechnik stellt weiter ein

Abbestellen: https://www.ingenieurwelt.example/abmelden""",
)

_isarpost1 = m(
    "ag04",
    "2025-10-10 07:00",
    "Isarpost <hallo@isarpost.example>",
    "Auer Dult, eine neue Tram und ein Interview mit der Kiosk-Legende vom Gärtnerplatz",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:15px">
<p>Servus München,</p>
<p>die Herbstdult startet am 18. Oktober, die Tram 23 fährt bald bis zur Parkstadt Schwabing, und
wir haben mit Erna gesprochen, die seit 41 Jahren den Kiosk am Gärtnerplatz betreibt: „Bewerben
musste ich mich damals nicht – ich hab einfach aufgesperrt.“</p>
<p><a href="https://www.isarpost.example/ausgabe/2025-41">Ganze Ausgabe lesen</a></p>
</body></html>""",
)

_isarpost2 = m(
    "ag05",
    "2025-12-12 07:00",
    "Isarpost <hallo@isarpost.example>",
    "Christkindlmärkte abseits vom Marienplatz",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:15px">
<p>Servus München,</p><p>unser Guide zu den kleinen Märkten: Sendlinger Tor, Haidhausen, Schwabinger Weihnachtsmarkt und der Mittelaltermarkt am Wittelsbacherplatz.</p>
<p><a href="https://www.isarpost.example/ausgabe/2025-50">Weiterlesen</a></p></body></html>""",
)

_isarpost3 = m(
    "ag06",
    "2026-02-13 07:00",
    "Isarpost <hallo@isarpost.example>",
    "Fasching, Tanz der Marktfrauen und ein neuer Biergarten",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:15px">
<p>Servus München,</p><p>am Faschingsdienstag tanzen die Marktfrauen am Viktualienmarkt – und im Westend eröffnet im Frühling ein neuer Biergarten.</p>
<p><a href="https://www.isarpost.example/ausgabe/2026-07">Weiterlesen</a></p></body></html>""",
)

_kompass1 = m(
    "ag07",
    "2025-11-06 12:00",
    "Karriere-Kompass <brief@karriere-kompass.example>",
    "So meistern Sie das Gehaltsgespräch – und 5 Fehler im Vorstellungsgespräch",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2>Karriere-Kompass Wochenbrief</h2>
<p><b>Fehler Nr. 1:</b> Sich nicht über das Unternehmen informieren. <b>Nr. 2:</b> Keine eigenen Fragen stellen. …</p>
<p>Unser Coaching-Paket „Bewerbung 360°“ jetzt zum Aktionspreis – nur diese Woche.</p>
<p><a href="https://www.karriere-kompass.example/blog/vorstellungsgespraech-fehler">Artikel lesen</a></p>
<p style="font-size:11px;color:#888"><a href="https://www.karriere-kompass.example/abmelden">Abmelden</a></p>
</body></html>""",
)

_kompass2 = m(
    "ag08",
    "2026-02-20 12:00",
    "Karriere-Kompass <brief@karriere-kompass.example>",
    "Neuer Job? 7 Tipps für die ersten 100 Tage",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2>Karriere-Kompass Wochenbrief</h2>
<p>Die Zusage ist unterschrieben, der erste Arbeitstag naht. So überstehen Sie die Probezeit und bauen schnell ein Netzwerk auf.</p>
<p><a href="https://www.karriere-kompass.example/blog/erste-100-tage">Artikel lesen</a></p></body></html>""",
)

# --- Webinars and talks with calendar parts -------------------------------------------------

_web1 = m(
    "ah01",
    "2025-10-02 14:00",
    "Dynalab Software <events@dynalab-software.example>",
    "Ihre Anmeldung: Webinar „Lastdatenanalyse in der Betriebsfestigkeit“ am 16. Oktober",
    N(),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für Ihre Anmeldung zu unserem Webinar

  Lastdatenanalyse in der Betriebsfestigkeit – vom Messschrieb zum Prüfprogramm
  Donnerstag, 16.10.2025, 10:00 – 11:00 Uhr

Den Zugangslink finden Sie in der angehängten Kalendereinladung.

Mit freundlichen Grüßen
Ihr Dynalab Events-Team

Dynalab Software GmbH · Stuttgart""",
    ics=ics(
        "webinar-2025-10-16-lda@dynalab-software.example",
        "2025-10-16 10:00",
        "Webinar: Lastdatenanalyse in der Betriebsfestigkeit",
        ("Dynalab Events", "events@dynalab-software.example"),
        style="outlook",
        location="Online (Zoom)",
        description="Zugang: https://dynalab-software.example/webinar/join/lda1016",
    ),
)

_web2 = m(
    "ah02",
    "2025-10-15 10:00",
    "Dynalab Software <events@dynalab-software.example>",
    "Erinnerung: Ihr Webinar beginnt morgen um 10:00 Uhr",
    N(),
    text="""Sehr geehrter Herr Vogl,

morgen ist es soweit: Lastdatenanalyse in der Betriebsfestigkeit, 10:00 Uhr.

Jetzt teilnehmen: https://dynalab-software.example/webinar/join/lda1016

Ihr Dynalab Events-Team""",
)

_web3 = m(
    "ah03",
    "2025-10-17 09:30",
    "Dynalab Software <events@dynalab-software.example>",
    "Aufzeichnung & Folien + Ihr Angebot: 30 Tage Dynalab Fatigue testen",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrter Herr Vogl,</p>
<p>danke für Ihre Teilnahme! Hier finden Sie die <a href="https://dynalab-software.example/webinar/lda1016/recording">Aufzeichnung</a> und die Folien.</p>
<p>Exklusiv für Teilnehmende: Testen Sie Dynalab Fatigue 30 Tage kostenlos. <a href="https://dynalab-software.example/trial">Angebot sichern</a></p>
</body></html>""",
)

_ivm = m(
    "ah04",
    "2025-11-11 17:45",
    "Ingenieurverein München e.V. <veranstaltungen@ingenieurverein-muenchen.example>",
    "Einladung: Vortragsabend „Wasserstoff im Flugzeug“ am 27. November",
    N(),
    text="""Liebe Mitglieder und Gäste,

wir laden Sie herzlich zu unserem Vortragsabend ein:

„Wasserstoff im Flugzeug – Tanks, Leitungen und ihre Erprobung“
Referent: Dipl.-Ing. Thomas Renner
Donnerstag, 27.11.2025, 18:30 Uhr, Hörsaal MW 0001, Garching

Im Anschluss Umtrunk im Foyer. Eine Anmeldung ist nicht erforderlich; den Kalendereintrag finden
Sie im Anhang.

Mit freundlichen Grüßen
Der Vorstand""",
    ics=ics(
        "ivm-vortrag-20251127@ingenieurverein-muenchen.example",
        "2025-11-27 18:30",
        "IVM Vortragsabend: Wasserstoff im Flugzeug",
        ("Ingenieurverein München", "veranstaltungen@ingenieurverein-muenchen.example"),
        minutes=120,
        location="Hörsaal MW 0001, Boltzmannstraße 15, Garching",
    ),
)

_alumni = m(
    "ah05",
    "2025-10-15 20:10",
    "Alumni Maschinenwesen Garching e.V. <info@alumni-mw-garching.example>",
    "Einladung zum Alumni-Stammtisch im November",
    N(),
    text="""Liebe Alumni,

unser nächster Stammtisch findet am Freitag, 21. November, ab 19 Uhr im Wirtshaus am Bavariapark
statt. Wie immer ohne Anmeldung, ohne Programm, dafür mit vielen alten Gesichtern.

Außerdem suchen wir noch Ehemalige, die beim Mentoring-Programm für Bachelor-Studierende
mitmachen wollen.

Viele Grüße
Euer Alumni-Vorstand""",
)

# --- LinkedIn and XING notifications (not about the candidate's own jobs) --------------------

_li_n1 = m(
    "ai01",
    "2025-09-29 08:12",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Gratulieren Sie Tobias Eder zur neuen Position",
    N(),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px">
<p><b>Tobias Eder</b> hat eine neue Position als <b>Teamleiter Prüffeld</b> bei Auerbach Fahrwerktechnik angetreten.</p>
<p><a href="https://www.linkedin.com/feed/update/urn:li:activity:7378120045">Gratulieren</a></p>
<p style="font-size:11px;color:#999"><a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Abbestellen</a> · © 2025 LinkedIn Ireland Unlimited Company</p>
</body></html>""",
)

_li_n2 = m(
    "ai02",
    "2025-11-02 10:30",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Korbinian, Sie erschienen diese Woche in 14 Suchanfragen",
    N(),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px">
<p>Ihr Profil wurde diese Woche in <b>14 Suchanfragen</b> gefunden.</p>
<p>Sie wurden gefunden von Personen aus: Automobilbranche, Luft- und Raumfahrt, Personaldienstleistungen.</p>
<p><a href="https://www.linkedin.com/me/search-appearances/">Alle Suchanfragen ansehen</a> – mit Premium sehen Sie, wer genau gesucht hat.</p>
</body></html>""",
)

_xing_n = m(
    "ai03",
    "2025-12-14 08:00",
    "XING <mailrobot@mail.xing.com>",
    "Heute haben 2 deiner Kontakte Geburtstag",
    N(),
    text="""Hallo Korbinian,

heute feiern Geburtstag:
- Matthias Gruber
- Stefanie Ostermaier

Gratuliere jetzt: https://www.xing.com/notifications/birthdays

Dein XING-Team""",
)

_li_n3 = m(
    "ai04",
    "2026-01-28 09:05",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Veronika Steiner feiert ein Arbeitsjubiläum",
    N(),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px">
<p>Gratulieren Sie <b>Veronika Steiner</b> zu 4 Monaten bei Brenner Logistik.</p>
<p><a href="https://www.linkedin.com/feed/">Gratulieren</a></p></body></html>""",
)

_li_msg = m(
    "ai05",
    "2026-02-18 20:41",
    "Sebastian Hörmann via LinkedIn <messages-noreply@linkedin.com>",
    "Sebastian hat Ihnen eine Nachricht gesendet",
    N(),
    text="""Sebastian Hörmann
Konstrukteur bei Alpen Kältetechnik

"Servus Korbi, hab grad gesehen, dass du dein Profil aktualisiert hast 😄 Bei mir ist der
Vertrag jetzt auch unterschrieben – ab April Lindau! Sag Bescheid, wenn du mal am Bodensee bist."

Antworten: https://www.linkedin.com/messaging/thread/2-ZDc3NGJh/

Diese E-Mail war für Korbinian Vogl bestimmt. © 2026 LinkedIn Ireland Unlimited Company""",
)

# --- Authorities and insurance -------------------------------------------------------------

_planegg = m(
    "aj01",
    "2026-02-02 11:20",
    "Gemeinde Planegg – Bürgerservice <buergerservice@gemeinde-planegg.example>",
    "Terminbestätigung: Anmeldung einer Wohnung",
    N(),
    text="""Sehr geehrter Herr Vogl,

hiermit bestätigen wir Ihren Termin im Bürgerbüro:

Anliegen: Anmeldung einer Wohnung (1 Person)
Datum: Dienstag, 17.02.2026, 08:40 Uhr
Ort: Rathaus Planegg, Bürgerbüro, Erdgeschoss

Bitte bringen Sie Ihren Personalausweis und die Wohnungsgeberbestätigung mit.

Ihre Gemeinde Planegg""",
    ics=ics(
        "termin-bb-20260217-0840@gemeinde-planegg.example",
        "2026-02-17 08:40",
        "Bürgerbüro: Anmeldung einer Wohnung",
        ("Gemeinde Planegg", "buergerservice@gemeinde-planegg.example"),
        minutes=15,
        style="outlook",
        location="Rathaus Planegg, Bürgerbüro",
    ),
)

_rundfunk = m(
    "aj02",
    "2026-02-18 14:02",
    "ARD ZDF Deutschlandradio Beitragsservice <noreply@rundfunkbeitrag.de>",
    "Bestätigung Ihrer Änderungsmitteilung",
    N(),
    text="""Guten Tag Korbinian Vogl,

vielen Dank für Ihre Mitteilung. Wir haben Ihre neue Anschrift ab 15.02.2026 gespeichert.

Beitragsnummer: 482 937 115
Ihre Zahlungsweise bleibt unverändert.

Mit freundlichen Grüßen
ARD ZDF Deutschlandradio Beitragsservice""",
)

_bkk = m(
    "aj03",
    "2026-01-30 16:10",
    "Isar BKK <service@isar-bkk.example>",
    "Neues Dokument in Ihrem Postfach",
    N(),
    text="""Hallo Herr Vogl,

in Ihrem Online-Postfach liegt ein neues Dokument für Sie bereit: Mitgliedsbescheinigung.

Zum Postfach: https://meine.isar-bkk.example/postfach

Ihre Isar BKK""",
)

_drv = m(
    "aj04",
    "2025-11-25 08:00",
    "Deutsche Rentenversicherung <noreply@deutsche-rentenversicherung.de>",
    "Neue Post im Online-Postfach der Deutschen Rentenversicherung",
    N(),
    text="""Guten Tag,

in Ihrem Online-Postfach ist ein neues Dokument eingegangen: Renteninformation 2025.

Bitte melden Sie sich mit Ihrem Personalausweis an, um das Dokument abzurufen:
https://www.eservice-drv.de/postfach

Ihre Deutsche Rentenversicherung""",
)

# --- Travel ---------------------------------------------------------------------------------

_db1 = m(
    "ak01",
    "2025-12-12 21:33",
    "DB Fernverkehr <buchungsbestaetigung@bahn.de>",
    "Ihre Buchungsbestätigung (Auftrag 7K2QXN)",
    N(),
    text="""Vielen Dank für Ihre Buchung, Korbinian Vogl!

Auftragsnummer: 7K2QXN
Hinfahrt: Di, 23.12.2025, München Hbf 14:28 – Passau Hbf 16:40, ICE 523, Wagen 7, Platz 64
Rückfahrt: Sa, 27.12.2025, Passau Hbf 11:17 – München Hbf 13:32, ICE 28
Preis: 57,98 EUR (Super Sparpreis, BahnCard 25)

Ihr Ticket finden Sie im Anhang und im DB Navigator.

Gute Reise wünscht Ihnen
Ihre Deutsche Bahn""",
    attach=[("Ticket_7K2QXN.pdf", "application/pdf", "%PDF-1.4\n% Online-Ticket 7K2QXN\n%%EOF\n")],
)

_db2 = m(
    "ak02",
    "2025-12-23 12:51",
    "DB Reiseinformation <noreply@bahn.de>",
    "Änderung Ihrer Reise am 23.12.2025",
    N(),
    text="""Ihre Verbindung München Hbf – Passau Hbf hat sich geändert:

ICE 523: Abfahrt München Hbf voraussichtlich 14:49 (+21 Min.), Grund: Reparatur an einem anderen Zug.
Ihr Anschluss ist nicht betroffen.

Aktuelle Informationen im DB Navigator.""",
)

# --- More of the ordinary inbox ---------------------------------------------------------------

_mvv6 = m(
    "al01",
    "2026-02-24 06:41",
    "MVV Newsletter <newsletter@mvv-muenchen.de>",
    "Bauarbeiten S-Bahn: Einschränkungen auf der S6 im März",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Vom 6. bis 23. März fahren auf der S6 zwischen Pasing und Gauting an den Wochenenden Busse statt Bahnen.
Betroffen sind auch die Halte Planegg und Gräfelfing. Bitte planen Sie etwa 20 Minuten mehr Fahrzeit ein.</p>
<p><a href="https://www.mvv-muenchen.de/baustellen">Alle Baustellen im Überblick</a></p>
<p style="font-size:11px;color:#888"><a href="https://www.mvv-muenchen.de/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>""",
)

_mode1 = m(
    "al02",
    "2025-11-02 15:10",
    "Kleiderkammer Online <bestellung@kleiderkammer-online.example>",
    "Danke für deine Bestellung 10029833",
    N(),
    text="""Hi Korbinian,

danke für deine Bestellung! Wir packen schon:

1x Hemd Slim Fit, hellblau, Gr. 40          39,95 EUR
1x Chino, navy, W32/L34                    59,95 EUR
1x Ledergürtel, braun                      29,95 EUR

Gesamt: 129,85 EUR (Kauf auf Rechnung, 30 Tage)

Deine Kleiderkammer""",
)

_mode2 = m(
    "al03",
    "2025-11-12 19:55",
    "Kleiderkammer Online <service@kleiderkammer-online.example>",
    "Deine Rücksendung ist angekommen",
    N(),
    text="""Hi Korbinian,

deine Rücksendung (1x Chino, navy, W32/L34) ist bei uns eingegangen. Die Gutschrift über 59,95 EUR
wird mit deiner offenen Rechnung verrechnet.

Deine Kleiderkammer""",
)

_vhs = m(
    "al04",
    "2026-01-09 10:15",
    "Münchner Volkshochschule <anmeldung@vhs-kurse-muenchen.example>",
    "Anmeldebestätigung: Italienisch A2 – Kurs R451-210",
    N(),
    text="""Sehr geehrter Herr Vogl,

hiermit bestätigen wir Ihre Anmeldung zum Kurs

R451-210  Italienisch A2 – kompakt
Montags, 19.01. – 23.03.2026, 18:30 – 20:00 Uhr, Gasteig HP8, Raum E.112
Entgelt: 139,00 EUR (wird per Lastschrift eingezogen)

Mit freundlichen Grüßen
Ihre Münchner Volkshochschule""",
)

_bvv1 = m(
    "al05",
    "2025-10-14 17:02",
    "Bayerischer Volleyball-Verband – Schiedsrichterwesen <schiedsrichter@bvv-volleyball.example>",
    "Ihre Bewerbung zur Schiedsrichterausbildung D-Lizenz",
    N(),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für Ihre Bewerbung zur Schiedsrichterausbildung (D-Lizenz) im Bezirk Oberbayern.

Wir bestätigen Ihnen hiermit die Zulassung zum Lehrgang:
Samstag, 15.11.2025, 9:00 – 17:00 Uhr, Sporthalle Sendling
Prüfung im Anschluss (Theorie), Praxisprüfung bei einem Heimspiel Ihres Vereins.

Bitte bringen Sie einen Nachweis über die Vereinszugehörigkeit mit.

Mit sportlichen Grüßen
Bezirksschiedsrichterwart Oberbayern""",
)

_bvv2 = m(
    "al06",
    "2025-11-24 20:30",
    "Bayerischer Volleyball-Verband – Schiedsrichterwesen <schiedsrichter@bvv-volleyball.example>",
    "Ergebnis Ihrer Schiedsrichterprüfung",
    N(),
    text="""Sehr geehrter Herr Vogl,

herzlichen Glückwunsch: Sie haben die theoretische Prüfung zur D-Lizenz mit 46 von 50 Punkten
bestanden. Ihren Schiedsrichterausweis erhalten Sie nach der Praxisprüfung.

Mit sportlichen Grüßen
Bezirksschiedsrichterwart Oberbayern""",
)

_tew = m(
    "al07",
    "2025-12-09 14:00",
    "Test Engineering Weekly <editor@testengineeringweekly.example>",
    "Interview: the engineer who shakes satellites for a living",
    N("en"),
    html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<h2>Test Engineering Weekly #212</h2>
<p><b>Interview:</b> Maria Okafor runs the largest multi-axis shaker table in Europe. We asked her about sine
sweeps, notching and why she still reads every test report by hand.</p>
<p><b>Also:</b> Hiring in test engineering is up 12 % year-on-year – our annual jobs report.</p>
<p><a href="https://www.testengineeringweekly.example/212">Read the issue</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.testengineeringweekly.example/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.testengineeringweekly.example/unsubscribe>"},
)

_gmxsec = m(
    "al08",
    "2026-01-04 23:18",
    "GMX Sicherheit <sicherheit@gmx.net>",
    "Neue Anmeldung in Ihrem GMX Postfach",
    N(),
    text="""Hallo Korbinian Vogl,

wir haben eine neue Anmeldung in Ihrem GMX Postfach festgestellt:

Datum: 04.01.2026, 23:16 Uhr
Gerät: Chrome auf Windows
Ort: Passau, Deutschland (ungefähr)

Waren Sie das? Dann ist alles in Ordnung. Falls nicht, ändern Sie bitte sofort Ihr Passwort.

Ihr GMX Sicherheitsteam""",
)


MAIL = [
    _mvv1,
    _mvv2,
    _mvv3,
    _mvv4,
    _mvv5,
    _swm1,
    _swm2,
    _swm3,
    _swm4,
    _elster1,
    _elster2,
    _elster3,
    _bank1,
    _bank2,
    _bank3,
    _kk1,
    _kk2,
    _kk3,
    _kk4,
    _kk5,
    _haindl1,
    _haindl2,
    _haindl3,
    _werkzeug1,
    _dhl1,
    _dhl2,
    _liefer,
    _mobil1,
    _mobil2,
    _reise,
    _versich,
    _stream,
    _klein1,
    _klein2,
    _schufa,
    _gmx,
    _sound,
    _blockwerk1,
    _blockwerk2,
    _bib,
    _iw1,
    _iw2,
    _iw3,
    _isarpost1,
    _isarpost2,
    _isarpost3,
    _kompass1,
    _kompass2,
    _web1,
    _web2,
    _web3,
    _ivm,
    _alumni,
    _li_n1,
    _li_n2,
    _xing_n,
    _li_n3,
    _li_msg,
    _planegg,
    _rundfunk,
    _bkk,
    _drv,
    _db1,
    _db2,
    _mvv6,
    _mode1,
    _mode2,
    _vhs,
    _bvv1,
    _bvv2,
    _tew,
    _gmxsec,
]

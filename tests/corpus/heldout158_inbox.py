# ruff: noqa: E501, RUF100
"""Corpus 158, the ordinary inbox, part one (data only): see heldout158.py.

Flat, loan, credit-card and continuing-education look-alikes, shops, bills, the city, the
dentist and newsletters."""

from __future__ import annotations

from typing import Any

from heldout158_jobs import N, ics, m, thread

ALPENBANK = "Alpenbank Tirol <kundenservice@alpenbank-tirol.example>"
ALPENBANK_FOOT = """Alpenbank Tirol AG · Museumstraße 9 · 6020 Innsbruck · BIC ALPTAT2I
Bitte antworten Sie nicht auf diese E-Mail. Wir fragen Sie niemals per E-Mail nach PIN, TAN oder Passwort."""

MARKT = "MARKTFRISCH <angebote@marktfrisch.example>"
MARKT_FOOT = """<p style="font-size:10px;color:#999">MARKTFRISCH Handels GmbH · Gewerbepark 4 · 6067 Absam<br>
Alle Angebote gültig solange der Vorrat reicht. Preise in Euro inkl. MwSt. Irrtümer und Druckfehler vorbehalten.<br>
<a href="https://www.marktfrisch.example/newsletter/abmelden">Newsletter abbestellen</a></p>"""

AKADEMIE = "Fortbildungsakademie Physio Tirol <kurse@physio-akademie-tirol.example>"

PHYSIO_AKTUELL = "physio aktuell <newsletter@physio-aktuell.example>"

ABENDBLATT = "Tiroler Abendblatt <morgenbriefing@tiroler-abendblatt.example>"


# --- the flat hunt: "Bewerbung" for a flat ----------------------------------------------------

_f1 = m(
    "fl2a",
    "2025-08-09 20:05",
    "willhaben <noreply@willhaben.at>",
    "Neue Nachricht zu: Sonnige 2-Zimmer-Wohnung Hötting, 58 m²",
    N(),
    """Hallo,

du hast eine neue Nachricht zu deiner Anfrage erhalten:

Sonnige 2-Zimmer-Wohnung Hötting, 58 m², Balkon
€ 1.090,- Gesamtmiete

Nachricht von Privat (Mag. Reinhard Kuen):
"Grüß Gott, danke für Ihr Interesse. Besichtigung wäre am Dienstag, 12.8., um 18 Uhr
möglich. Es kommen mehrere Interessenten, bitte Gehaltsnachweis mitbringen."

Jetzt antworten: https://www.willhaben.at/iad/myprofile/messaging/conversation/7f33a9c1

Dein willhaben-Team
""",
)

_f2 = m(
    "fl5q",
    "2025-10-16 14:26",
    "Gruber & Partner Immobilien – Vermietung <vermietung@gruber-partner-immo.example>",
    "Ihre Bewerbung für die Wohnung Anichstraße 14, Top 9",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für Ihre Bewerbung um die Mietwohnung Anichstraße 14, Top 9 (2 Zimmer, 61 m²,
Gesamtmiete EUR 1.185,– inkl. BK und USt).

Um Ihre Bewerbung an die Eigentümer weiterleiten zu können, benötigen wir noch:

- Einkommensnachweise der letzten drei Monate
- Kopie eines amtlichen Lichtbildausweises
- ausgefülltes Mieterselbstauskunftsblatt (siehe Anhang)

Gerne laden wir Sie anschließend zu einer Besichtigung ein.

Mit freundlichen Grüßen
Petra Nairz
Vermietung | Gruber & Partner Immobilien GmbH
Maria-Theresien-Straße 40 | 6020 Innsbruck
""",
    attach=[("Mieterselbstauskunft.pdf", "application/pdf", "%PDF-1.4\n% Selbstauskunft\n")],
)

_f3 = m(
    "fl8w",
    "2025-10-20 09:12",
    "Petra Nairz <p.nairz@gruber-partner-immo.example>",
    "Einladung: Besichtigung Anichstraße 14/9 @ Do., 23. Okt. 2025 17:30 - 17:50 (MESZ)",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

danke für die Unterlagen. Gerne bestätige ich den Besichtigungstermin am Donnerstag um 17:30
Uhr. Treffpunkt vor dem Haustor.

Mit freundlichen Grüßen
Petra Nairz

Einladung von Google Kalender
""",
    ics=ics(
        "9r4u7x0a3d6g9j2m5p8s1v4y7b@google.com",
        "2025-10-23 17:30",
        "Besichtigung Anichstraße 14/9",
        ("Petra Nairz", "p.nairz@gruber-partner-immo.example"),
        minutes=20,
        location="Anichstraße 14, 6020 Innsbruck",
    ),
    **thread(_f2),
)

_f4 = m(
    "fl1r",
    "2025-11-03 16:40",
    "Petra Nairz <p.nairz@gruber-partner-immo.example>",
    "Rückmeldung zu Ihrer Wohnungsbewerbung",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für Ihr Interesse an der Wohnung Anichstraße 14, Top 9. Die Eigentümer haben sich
leider für andere Mietinteressenten entschieden.

Gerne nehmen wir Sie in unsere Vormerkliste auf und informieren Sie über vergleichbare
Objekte. Bitte teilen Sie uns mit, ob Sie das wünschen.

Mit freundlichen Grüßen
Petra Nairz
Gruber & Partner Immobilien GmbH
""",
)

_f5 = m(
    "fl6s",
    "2026-01-26 11:15",
    "Hausverwaltung Mühlau – Wolf & Söhne <office@hv-wolf-soehne.example>",
    "Zusage Wohnung Mühlauer Straße 3, Top 5 – Mietvertrag zur Unterschrift",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

wir freuen uns, Ihnen mitteilen zu können, dass sich der Vermieter für Sie als Mieterin der
Wohnung Mühlauer Straße 3, Top 5 entschieden hat.

Anbei erhalten Sie den Mietvertragsentwurf (befristet auf 5 Jahre, Mietbeginn 1. März 2026)
zur Durchsicht. Bitte vereinbaren Sie für die Unterfertigung einen Termin in unserem Büro;
die Kaution von drei Bruttomonatsmieten ist bis zur Schlüsselübergabe zu erlegen.

Mit freundlichen Grüßen
Robert Wolf
Hausverwaltung Wolf & Söhne OG
Haller Straße 120 | 6020 Innsbruck
""",
    attach=[("Mietvertrag_Entwurf_Top5.pdf", "application/pdf", "%PDF-1.4\n% Mietvertrag\n")],
)


# --- a Bauspardarlehen, a credit card and the bank ----------------------------------------------

BSK = "Bausparkasse Alpenland <service@bsk-alpenland.example>"

_b1 = m(
    "ln3d",
    "2025-08-27 10:02",
    BSK,
    "Ihr Antrag auf ein Bauspardarlehen – Eingangsbestätigung",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

wir bestätigen den Eingang Ihres Antrags auf ein Bauspardarlehen über EUR 35.000,– (Zweck:
Wohnraumschaffung/Sanierung) zu Ihrem Bausparvertrag Nr. 4418-220917.

Ihr Antrag wird nun von unserer Kreditabteilung geprüft. Sollten weitere Unterlagen benötigt
werden, melden wir uns bei Ihnen.

Mit freundlichen Grüßen
Ihre Bausparkasse Alpenland AG
Kundenservice

Bausparkasse Alpenland AG · FN 88712 p · Dieses Schreiben wurde maschinell erstellt.
""",
)

_b2 = m(
    "ln7k",
    "2025-09-10 15:44",
    "Dagmar Pfurtscheller <d.pfurtscheller@bsk-alpenland.example>",
    "Fehlende Unterlagen zu Ihrem Darlehensantrag",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

für die weitere Bearbeitung Ihres Darlehensantrags benötige ich noch:

1. Ihre Lohn-/Gehaltszettel der letzten drei Monate
2. eine aktuelle Dienstgeberbestätigung (nicht älter als 4 Wochen)
3. den Kostenvoranschlag für die geplante Küchensanierung

Bitte laden Sie die Dokumente im Kundenportal hoch oder schicken Sie sie mir per E-Mail.

Freundliche Grüße
Dagmar Pfurtscheller
Finanzierungsberatung | Bausparkasse Alpenland AG
""",
)

_b3 = m(
    "ln0y",
    "2025-09-29 11:30",
    BSK,
    "Ihr persönliches Finanzierungsangebot",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

wir freuen uns, Ihnen folgendes Angebot für Ihr Bauspardarlehen unterbreiten zu können:

Darlehensbetrag: EUR 35.000,–
Laufzeit: 15 Jahre
Sollzinssatz: 3,25 % p.a. fix für 10 Jahre, danach variabel (Obergrenze 6 %)
Monatliche Rate: EUR 246,10
Effektiver Jahreszinssatz: 3,58 %

Das Angebot ist bis 31. Oktober 2025 gültig. Zur Annahme unterzeichnen Sie bitte das
beiliegende Angebotsschreiben und senden es uns im Original zurück.

Mit freundlichen Grüßen
Ihre Bausparkasse Alpenland AG
""",
    attach=[("Angebot_Bauspardarlehen.pdf", "application/pdf", "%PDF-1.4\n% Angebot\n")],
)

_b4 = m(
    "cc4h",
    "2025-10-06 08:20",
    ALPENBANK,
    "Ihr Kreditkartenantrag",
    N(),
    f"""Sehr geehrte Frau Hofer-Wimmer,

wir freuen uns, Ihnen mitteilen zu dürfen, dass Ihr Antrag auf eine Mastercard Gold genehmigt
wurde. Ihr Kartenrahmen beträgt EUR 3.000,–.

Ihre Karte wird Ihnen in den nächsten Tagen per Post zugestellt; den PIN-Code erhalten Sie aus
Sicherheitsgründen mit separater Post.

Mit freundlichen Grüßen
Ihre Alpenbank Tirol

{ALPENBANK_FOOT}
""",
)

_b5 = m(
    "cc9t",
    "2025-11-04 06:10",
    ALPENBANK,
    "Ihre Kreditkartenabrechnung Oktober 2025 ist verfügbar",
    N(),
    f"""Sehr geehrte Frau Hofer-Wimmer,

Ihre Kreditkartenabrechnung für den Zeitraum 01.10.2025 – 31.10.2025 steht in Ihrem
Online-Banking zur Verfügung.

Abrechnungsbetrag: EUR 412,86
Einzug vom Konto am: 10.11.2025

Mit freundlichen Grüßen
Ihre Alpenbank Tirol

{ALPENBANK_FOOT}
""",
)

_b6 = m(
    "bk2c",
    "2025-09-01 05:55",
    ALPENBANK,
    "Neues Dokument in Ihrem Postfach",
    N(),
    f"""Sehr geehrte Kundin, sehr geehrter Kunde,

in Ihrem elektronischen Postfach ist ein neues Dokument eingelangt:

Kontoauszug 08/2025 – Girokonto AT42 3600 0000 0447 1290

Mit freundlichen Grüßen
Ihre Alpenbank Tirol

{ALPENBANK_FOOT}
""",
)

_b7 = m(
    "bk6u",
    "2025-10-19 22:41",
    ALPENBANK,
    "Sicherheitshinweis: Neues Gerät für Ihr Online-Banking registriert",
    N(),
    f"""Sehr geehrte Frau Hofer-Wimmer,

am 19.10.2025 um 22:38 Uhr wurde ein neues Gerät (iPhone, iOS 18) für Ihr Online-Banking
registriert.

Waren das Sie? Dann müssen Sie nichts weiter tun. Falls nicht, sperren Sie bitte umgehend
Ihren Zugang unter +43 512 5930-0 (rund um die Uhr).

{ALPENBANK_FOOT}
""",
)

_b8 = m(
    "bk9e",
    "2026-01-05 06:00",
    ALPENBANK,
    "Ihre Entgeltaufstellung 2025",
    N(),
    f"""Sehr geehrte Frau Hofer-Wimmer,

gemäß Verbraucherzahlungskontogesetz erhalten Sie Ihre jährliche Entgeltaufstellung für das
Jahr 2025. Sie finden das Dokument in Ihrem elektronischen Postfach.

Mit freundlichen Grüßen
Ihre Alpenbank Tirol

{ALPENBANK_FOOT}
""",
)


# --- continuing education: "Anmeldung", not a job --------------------------------------------

_e1 = m(
    "fb1n",
    "2025-08-22 13:05",
    AKADEMIE,
    "Anmeldebestätigung: Manuelle Therapie nach Maitland – Level 2a, Modul 3",
    N(),
    """Liebe Frau Hofer-Wimmer,

vielen Dank für Ihre Anmeldung! Hiermit bestätigen wir Ihren Kursplatz:

Kurs: Manuelle Therapie nach Maitland® – Level 2a, Modul 3 (Wirbelsäule)
Termin: 17.–19. Oktober 2025, jeweils 9:00–17:30 Uhr
Ort: Seminarzentrum Rum, Serlesstraße 4, 6063 Rum
Referent: Mag. Thomas Koller, IMTA Senior Teacher
Kursgebühr: EUR 620,– (Mitglieder Physio Austria: EUR 580,–)
Fortbildungspunkte: 24 UE

Die Rechnung erhalten Sie mit separater E-Mail. Eine kostenfreie Stornierung ist bis 4 Wochen
vor Kursbeginn möglich.

Wir freuen uns auf Sie!
Ihr Team der Fortbildungsakademie Physio Tirol
""",
)

_e2 = m(
    "fb4x",
    "2025-08-22 13:06",
    AKADEMIE,
    "Rechnung Nr. 2025-0877",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

anbei erhalten Sie die Rechnung zu Ihrer Kursanmeldung.

Rechnungsbetrag: EUR 580,–
Zahlbar bis: 19.09.2025
IBAN: AT61 2050 3000 0912 4471 · Verwendungszweck: 2025-0877

Mit freundlichen Grüßen
Fortbildungsakademie Physio Tirol GmbH
""",
    attach=[("Rechnung_2025-0877.pdf", "application/pdf", "%PDF-1.4\n% Rechnung\n")],
)

_e3 = m(
    "fb8m",
    "2025-10-02 16:30",
    AKADEMIE,
    "Organisatorisches & Kursunterlagen – Maitland Level 2a, Modul 3",
    N(),
    """Liebe Kursteilnehmerinnen und Kursteilnehmer,

in gut zwei Wochen geht es los! Ein paar organisatorische Hinweise:

- Bitte bringen Sie bequeme Kleidung, ein großes Handtuch und Ihren Clinical Reasoning-Ordner mit.
- Die Kursunterlagen können Sie ab sofort hier herunterladen:
  https://www.physio-akademie-tirol.example/teilnehmer/maitland-2a-m3 (Passwort: Gleitmobi25)
- Parkplätze sind vor dem Seminarzentrum ausreichend vorhanden.
- Mittagessen: Gasthof gegenüber, Menü EUR 12,50 – bitte am ersten Tag Bescheid geben.

Wir freuen uns auf Sie!
Ihr Akademie-Team
""",
)

_e4 = m(
    "fb0c",
    "2025-10-24 09:48",
    AKADEMIE,
    "Teilnahmebestätigung Maitland Level 2a, Modul 3",
    N(),
    """Liebe Frau Hofer-Wimmer,

anbei erhalten Sie Ihre Teilnahmebestätigung über 24 Unterrichtseinheiten. Bitte bewahren Sie
diese für Ihren Fortbildungsnachweis gemäß MTD-Gesetz auf.

Die Anmeldung für Modul 4 (Februar 2026) ist ab sofort möglich – Teilnehmer:innen von Modul 3
werden bis 15. November bevorzugt berücksichtigt.

Liebe Grüße
Ihr Akademie-Team
""",
    attach=[("Teilnahmebestaetigung_Hofer-Wimmer.pdf", "application/pdf", "%PDF-1.4\n% TB\n")],
)

_e5 = m(
    "fb3w",
    "2025-11-12 12:00",
    "Physio Austria Fortbildung <fortbildung@physioaustria.at>",
    "Ihre Zugangsdaten: Online-Fortbildung „Return to Sport nach VKB-Ruptur“",
    N(),
    """Liebe Kollegin,

vielen Dank für Ihre Anmeldung zur Online-Fortbildung

  Return to Sport nach VKB-Ruptur – Kriterien, Tests und Entscheidungsfindung
  Mittwoch, 26. November 2025, 19:00–21:00 Uhr
  Referentin: Dr. Lisa Hörl, PT, MSc

Den Zoom-Link finden Sie in der angehängten Kalendereinladung. Die Teilnahmebestätigung
(2 Fortbildungspunkte) erhalten Sie nach der Veranstaltung automatisch per E-Mail.

Mit kollegialen Grüßen
Ihr Fortbildungsteam von Physio Austria
""",
    ics=ics(
        "pa-webinar-2025-11-26-vkb@physioaustria.at",
        "2025-11-26 19:00",
        "Online-Fortbildung: Return to Sport nach VKB-Ruptur",
        ("Physio Austria Fortbildung", "fortbildung@physioaustria.at"),
        minutes=120,
        location="https://us02web.zoom.us/j/83711290442",
        description="Zoom: https://us02web.zoom.us/j/83711290442\nKenncode: VKB2025",
    ),
)

_e6 = m(
    "fb6v",
    "2026-01-08 09:00",
    "Physio Austria Mitgliederservice <mitglieder@physioaustria.at>",
    "Vorschreibung Mitgliedsbeitrag 2026",
    N(),
    """Liebe Kollegin,

anbei erhalten Sie die Vorschreibung Ihres Mitgliedsbeitrags für 2026 (ordentliche
Mitgliedschaft, angestellt): EUR 198,–. Der Betrag wird am 15. Februar von Ihrem Konto
abgebucht (SEPA-Lastschrift).

Danke, dass Sie Teil von Physio Austria sind!
Ihr Mitgliederservice
""",
)

_e7 = m(
    "fb2k",
    "2025-11-30 18:22",
    "Physiopedia Plus <noreply@physio-pedia.com>",
    "Congratulations! Your certificate is ready",
    N("en"),
    """Hi Magdalena,

Well done on completing "Concussion in Sport: Assessment and Return to Play"! Your certificate
of completion (10 hours) is now available in your dashboard.

Download certificate: https://members.physio-pedia.com/certificates/551902

Keep learning,
The Physiopedia Plus Team
""",
)


# --- supermarket "Angebote" and other marketing offers ---------------------------------------

_s1 = m(
    "sm1a",
    "2025-08-13 07:30",
    MARKT,
    "Diese Woche im Angebot: Marillen aus der Wachau & Grillfleisch",
    N(),
    html=f"""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#d6001c">Frisch. Regional. Günstig.</h1>
<p><b>Marillen aus der Wachau</b>, 1 kg – statt 5,99 nur <b>3,99</b></p>
<p><b>Schweinskarree</b> vom Tiroler Bauern, per kg – <b>-30 %</b></p>
<p><b>Alle Grillsaucen</b> – 1+1 gratis</p>
<p><a href="https://www.marktfrisch.example/angebote/kw33">Alle Angebote der Woche</a></p>
{MARKT_FOOT}
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.marktfrisch.example/newsletter/abmelden?u=a81c>"},
)

_s2 = m(
    "sm4f",
    "2025-09-17 07:30",
    MARKT,
    "Nur bis Samstag: -25 % auf alle Bio-Produkte",
    N(),
    html=f"""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#d6001c">Bio-Wochen bei MARKTFRISCH</h1>
<p>Nur bis Samstag: <b>-25 % auf das gesamte Bio-Sortiment</b> – mit Ihrer Kundenkarte.</p>
<p>Plus: Tiroler Bergkäse, 250 g, um <b>2,99</b></p>
<p><a href="https://www.marktfrisch.example/angebote/bio">Jetzt entdecken</a></p>
{MARKT_FOOT}
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.marktfrisch.example/newsletter/abmelden?u=a81c>"},
)

_s3 = m(
    "sm7h",
    "2025-11-26 07:30",
    MARKT,
    "Black Week: unsere besten Angebote des Jahres 🖤",
    N(),
    html=f"""<html><body style="font-family:Arial,sans-serif;background:#111;color:#fff">
<h1>BLACK WEEK</h1>
<p>Kaffee, Haushaltsgeräte, Wein: bis zu <b>-50 %</b>.</p>
<p>Unser Top-Angebot: Kaffeevollautomat „Barista 5“ um nur <b>299,–</b> statt 499,–</p>
<p><a style="color:#fff" href="https://www.marktfrisch.example/angebote/black-week">Alle Angebote</a></p>
{MARKT_FOOT}
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.marktfrisch.example/newsletter/abmelden?u=a81c>"},
)

_s4 = m(
    "sm0k",
    "2025-12-17 07:30",
    MARKT,
    "Ihr Festtagsangebot: alles für das Weihnachtsmenü",
    N(),
    html=f"""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#0a6b3a">Frohe Weihnachten!</h1>
<p>Bestellen Sie jetzt Ihren <b>Bio-Truthahn</b> oder <b>Karpfen</b> bis 20.12. vor – Abholung am 23. oder 24.12.</p>
<p>Weihnachtskekse aus unserer Backstube: <b>-20 %</b></p>
<p><a href="https://www.marktfrisch.example/weihnachten">Zum Festtagsangebot</a></p>
{MARKT_FOOT}
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.marktfrisch.example/newsletter/abmelden?u=a81c>"},
)

_s5 = m(
    "sm3p",
    "2026-01-14 07:30",
    MARKT,
    "Neues Jahr, neue Angebote: Vorsätze leicht gemacht",
    N(),
    html=f"""<html><body style="font-family:Arial,sans-serif">
<p>Gesund ins neue Jahr: <b>Obst &amp; Gemüse -20 %</b>, Haferflocken 2 für 1,
Mineralwasser 6er-Tray nur <b>2,49</b>.</p>
<p><a href="https://www.marktfrisch.example/angebote/kw03">Alle Angebote der Woche</a></p>
{MARKT_FOOT}
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.marktfrisch.example/newsletter/abmelden?u=a81c>"},
)

_s6 = m(
    "mk2q",
    "2025-09-03 17:02",
    "Gipfelzeit Sport <news@gipfelzeit-sport.example>",
    "Exklusives Angebot für Clubmitglieder: -30 % auf Skitouren-Ausrüstung",
    N(),
    html="""<html><body style="font-family:Helvetica,sans-serif">
<h2>Nur für Gipfelzeit-Clubmitglieder</h2>
<p>Bereit für die Saison? Von 3. bis 14. September erhalten Sie <b>-30 % auf Tourenski,
Felle und Bindungen</b> sowie -20 % auf LVS-Geräte.</p>
<p>Ihr persönlicher Code: <b>HERBST30-LH</b></p>
<p><a href="https://www.gipfelzeit-sport.example/club/angebot">Zum Angebot</a></p>
<p style="font-size:10px;color:#999">Gipfelzeit Sport GmbH · Innsbruck · <a href="https://www.gipfelzeit-sport.example/abmelden">Abmelden</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.gipfelzeit-sport.example/abmelden?c=5521>"},
)

_s7 = m(
    "mk8r",
    "2025-10-28 11:00",
    "Alpentraum Reisen <angebote@alpentraum-reisen.example>",
    "Ihr persönliches Angebot: 3 Nächte Wellness in Südtirol ab € 389,–",
    N(),
    html="""<html><body style="font-family:Georgia,serif">
<p>Liebe Frau Hofer-Wimmer,</p>
<p>gönnen Sie sich eine Auszeit! Exklusiv für unsere Stammkund:innen:
<b>3 Nächte im 4-Sterne-Wellnesshotel in Meran</b> inkl. Halbpension, Thermeneintritt und
einer Massage – ab € 389,– pro Person.</p>
<p>Angebot gültig für Anreisen bis 20.12.2025. <a href="https://www.alpentraum-reisen.example/angebot/meran-wellness">Jetzt buchen</a></p>
<p style="font-size:10px">Alpentraum Reisen GmbH · Lizenz-Nr. 2018/0441 · <a href="https://www.alpentraum-reisen.example/abmelden">Newsletter abbestellen</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.alpentraum-reisen.example/abmelden?id=88123>"},
)


# --- the dentist and the doctor (calendar parts) ---------------------------------------------

_d1 = m(
    "dn2b",
    "2025-09-18 11:20",
    "Zahnarztpraxis Dr. Ebner <termine@zahnarzt-ebner.example>",
    "Terminbestätigung – Mundhygiene & Kontrolle",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

wir bestätigen Ihren Termin:

Donnerstag, 9. Oktober 2025, 08:15 Uhr
Mundhygiene und Kontrolle bei Dr. Katrin Ebner

Bitte bringen Sie Ihre e-card mit. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie
bitte mindestens 24 Stunden vorher ab, da wir sonst eine Ausfallgebühr verrechnen müssen.

Ihr Praxisteam
Zahnarztpraxis Dr. Katrin Ebner · Höttinger Gasse 19 · 6020 Innsbruck · 0512 28 71 40
""",
    ics=ics(
        "zahnarzt-ebner-termin-20251009-0815-4471",
        "2025-10-09 08:15",
        "Zahnarzt: Mundhygiene & Kontrolle",
        ("Zahnarztpraxis Dr. Ebner", "termine@zahnarzt-ebner.example"),
        minutes=60,
        location="Höttinger Gasse 19, 6020 Innsbruck",
    ),
)

_d2 = m(
    "dn5c",
    "2025-10-08 08:00",
    "Zahnarztpraxis Dr. Ebner <termine@zahnarzt-ebner.example>",
    "Erinnerung: Ihr Termin morgen um 08:15 Uhr",
    N(),
    """Guten Tag Frau Hofer-Wimmer,

wir erinnern Sie an Ihren Termin morgen, Donnerstag, 9. Oktober 2025, um 08:15 Uhr.

Ihr Praxisteam Dr. Ebner
""",
)

_d3 = m(
    "dn9d",
    "2025-12-01 13:33",
    "Ordination Dr. Sieberer <ordination@gyn-sieberer.example>",
    "Terminbestätigung Vorsorgeuntersuchung",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

Ihr Termin zur Vorsorgeuntersuchung ist am Freitag, 12. Dezember 2025, um 16:40 Uhr.

Bitte kommen Sie 10 Minuten früher und bringen Sie Ihre e-card sowie Ihren letzten Befund mit.

Mit freundlichen Grüßen
Ordination Dr. Birgit Sieberer, Fachärztin für Frauenheilkunde
Museumstraße 22 · 6020 Innsbruck
""",
    ics=ics(
        "ord-sieberer-vu-20251212-1640",
        "2025-12-12 16:40",
        "Vorsorgeuntersuchung Dr. Sieberer",
        ("Ordination Dr. Sieberer", "ordination@gyn-sieberer.example"),
        minutes=30,
        style="outlook",
        location="Museumstraße 22, Innsbruck",
    ),
)


# --- newsletters that "interview" people or talk about hiring ---------------------------------

_n1 = m(
    "nw1f",
    "2025-08-28 06:00",
    PHYSIO_AKTUELL,
    "physio aktuell 08/25 – Im Interview: Sportphysio beim Nachwuchs-Weltcup",
    N(),
    html="""<html><body style="font-family:Georgia,serif;max-width:600px">
<h1>physio aktuell</h1><p><i>Das Fachmagazin für Physiotherapie in Österreich</i></p>
<h2>Im Interview: „Bei Minus 15 Grad wird Tapen zur Kunst“</h2>
<p>Teamphysio Markus Plattner über zwölf Jahre im Nachwuchs-Weltcup, Ausrüstung im Rucksack
und warum er jede Saison wieder Lust auf Hotelzimmer hat.
<a href="https://www.physio-aktuell.example/2025/08/interview-plattner">Weiterlesen</a></p>
<h2>Studie kompakt: Blood Flow Restriction nach Knie-OP</h2>
<p>Was die aktuelle Evidenz sagt – und wo noch Fragen offen sind.</p>
<h2>Recht: Was Sie zur Dokumentationspflicht wissen müssen</h2>
<p style="font-size:10px;color:#777">physio aktuell · Verlag Medizin &amp; Bewegung GmbH, Wien ·
<a href="https://www.physio-aktuell.example/newsletter/abmelden">Abmelden</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.physio-aktuell.example/newsletter/abmelden?u=30ab>"},
)

_n2 = m(
    "nw4g",
    "2025-10-30 06:00",
    PHYSIO_AKTUELL,
    "Im Interview: Prof. Eva Lanser über Schmerz, Angst und Bewegung",
    N(),
    html="""<html><body style="font-family:Georgia,serif;max-width:600px">
<h1>physio aktuell</h1>
<h2>Im Interview: Prof. Dr. Eva Lanser</h2>
<p>Die Schmerzforscherin erklärt, warum Patientenedukation keine Zusatzleistung ist, sondern
Therapie – und wie man in 30 Minuten Behandlungszeit trotzdem Raum dafür findet.
<a href="https://www.physio-aktuell.example/2025/10/interview-lanser">Zum Interview</a></p>
<h2>Praxis-Tipp: Graded Exposure bei chronischem Rückenschmerz</h2>
<h2>Kongress-Vorschau: Physio Austria Jahrestagung 2026 in Graz</h2>
<p style="font-size:10px;color:#777">physio aktuell · <a href="https://www.physio-aktuell.example/newsletter/abmelden">Abmelden</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.physio-aktuell.example/newsletter/abmelden?u=30ab>"},
)

_n3 = m(
    "nw8j",
    "2025-12-18 06:00",
    PHYSIO_AKTUELL,
    "Jahresrückblick 2025 & Im Interview: „Praxen finden kaum noch Personal“",
    N(),
    html="""<html><body style="font-family:Georgia,serif;max-width:600px">
<h1>physio aktuell – Jahresrückblick</h1>
<h2>Im Interview: „Praxen finden kaum noch Personal“</h2>
<p>Praxisinhaberin Simone Kröll aus Salzburg über offene Stellen, 4-Tage-Woche, Gehälter über
Kollektivvertrag und warum Bewerbungsgespräche heute umgekehrt laufen: „Die Bewerberinnen
interviewen uns.“ <a href="https://www.physio-aktuell.example/2025/12/interview-kroell">Weiterlesen</a></p>
<h2>Die meistgelesenen Artikel 2025</h2>
<ol><li>Tapen: Was wirkt wirklich?</li><li>VKB-Reha: das neue Konsensuspapier</li><li>Kassenvertrag – ja oder nein?</li></ol>
<p style="font-size:10px;color:#777">physio aktuell · <a href="https://www.physio-aktuell.example/newsletter/abmelden">Abmelden</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.physio-aktuell.example/newsletter/abmelden?u=30ab>"},
)

_n4 = m(
    "nw2h",
    "2025-10-18 06:15",
    ABENDBLATT,
    "Morgenbriefing: Das große Interview mit dem Landesrat, Föhnsturm, Haie-Sieg",
    N(),
    """Guten Morgen aus der Redaktion!

DAS GROSSE INTERVIEW
Landesrat Hansjörg Mader spricht über Verkehr am Brenner, leistbares Wohnen und die Frage,
warum Tirol beim Bauen so langsam ist.
https://www.tiroler-abendblatt.example/politik/interview-mader

WETTER
Föhnsturm im Wipptal: Böen bis 120 km/h erwartet. Die Brennerautobahn ist für Wohnwagen
gesperrt.

SPORT
Haie gewinnen Derby gegen Kufstein 4:2.

Einen schönen Samstag!
Ihr Tiroler Abendblatt

Newsletter abbestellen: https://www.tiroler-abendblatt.example/newsletter
""",
    headers={"List-Unsubscribe": "<https://www.tiroler-abendblatt.example/newsletter/off?u=7712>"},
)

_n5 = m(
    "nw6k",
    "2025-12-02 06:15",
    ABENDBLATT,
    "Morgenbriefing: „Uns fehlen 400 Fachkräfte“ – Interview mit der Pflegedirektorin",
    N(),
    """Guten Morgen!

IM INTERVIEW
„Uns fehlen 400 Fachkräfte“: Die Pflegedirektorin des Inntaler Gesundheitsverbunds über
Personalnot, Bettensperren und warum die Häuser jetzt auch in Südtirol und Bayern um
Pflegekräfte und Therapeut:innen werben.
https://www.tiroler-abendblatt.example/gesundheit/interview-pflegedirektorin

INNSBRUCK
Christkindlmarkt: neue Verkehrsregeln in der Altstadt.

Ihr Tiroler Abendblatt

Newsletter abbestellen: https://www.tiroler-abendblatt.example/newsletter
""",
    headers={"List-Unsubscribe": "<https://www.tiroler-abendblatt.example/newsletter/off?u=7712>"},
)


# --- bills, shops, parcels, trains, the city -------------------------------------------------

_u1 = m(
    "ph1b",
    "2025-08-05 09:10",
    "Alpenfunk Mobile <rechnung@alpenfunk.example>",
    "Ihre Rechnung Juli 2025",
    N(),
    """Hallo Magdalena,

Ihre Rechnung für Juli 2025 ist da: EUR 19,90 (Tarif Alpen Unlimited S).
Der Betrag wird am 12.08.2025 von Ihrem Konto abgebucht.

Rechnung ansehen: https://mein.alpenfunk.example/rechnungen

Ihr Alpenfunk-Team
""",
)

_u2 = m(
    "ph5n",
    "2025-10-05 09:10",
    "Alpenfunk Mobile <rechnung@alpenfunk.example>",
    "Ihre Rechnung September 2025",
    N(),
    """Hallo Magdalena,

Ihre Rechnung für September 2025 ist da: EUR 27,40 (Tarif Alpen Unlimited S, inkl.
Roaming Schweiz EUR 7,50).

Rechnung ansehen: https://mein.alpenfunk.example/rechnungen

Ihr Alpenfunk-Team
""",
)

_u3 = m(
    "ph9p",
    "2025-12-05 09:10",
    "Alpenfunk Mobile <rechnung@alpenfunk.example>",
    "Ihre Rechnung November 2025",
    N(),
    """Hallo Magdalena,

Ihre Rechnung für November 2025 ist da: EUR 19,90 (Tarif Alpen Unlimited S).
Der Betrag wird am 12.12.2025 von Ihrem Konto abgebucht.

Ihr Alpenfunk-Team
""",
)

_u4 = m(
    "en3c",
    "2025-11-20 10:44",
    "Innwerk Energie <kundenservice@innwerk-energie.example>",
    "Ihre Jahresabrechnung Strom 2025",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

Ihre Jahresabrechnung für Strom (Abrechnungszeitraum 01.11.2024 – 31.10.2025) steht im
Kundenportal bereit.

Verbrauch: 1.684 kWh
Guthaben: EUR 46,20 (wird Ihrem Konto gutgeschrieben)
Neue Teilbetragsvorschreibung ab Dezember: EUR 52,– monatlich

Mit freundlichen Grüßen
Innwerk Energie GmbH
""",
)

_u5 = m(
    "az1d",
    "2025-08-17 16:12",
    "Amazon.de <bestellbestaetigung@amazon.de>",
    "Ihre Amazon.de Bestellung von „Theraband Übungsband Set, 3 Stärken...“",
    N(),
    """Guten Tag Magdalena,

vielen Dank für Ihre Bestellung. Wir melden uns, sobald Ihr Artikel versandt wurde.

Bestellnummer: 302-4471290-8812034
Theraband Übungsband Set, 3 Stärken (leicht, mittel, stark)   EUR 24,99
Faszienrolle, 33 cm, schwarz                                   EUR 17,49

Gesamtsumme: EUR 42,48
Voraussichtliche Zustellung: Mittwoch, 20. August

Wir hoffen, Sie bald wiederzusehen.
Amazon.de
""",
)

_u6 = m(
    "po2e",
    "2025-08-19 07:05",
    "Österreichische Post <noreply@post.at>",
    "Ihr Paket kommt heute",
    N(),
    """Hallo!

Ihre Sendung 1041 2298 7340 0912 wird heute zwischen 10:30 und 13:30 Uhr zugestellt.

Nicht zu Hause? Hier können Sie einen Wunschtermin wählen oder die Zustellung an eine
Abholstation umleiten: https://www.post.at/s/sendungsdetails?snr=1041229873400912

Ihre Post
""",
)

_u7 = m(
    "po6g",
    "2025-10-09 14:55",
    "Österreichische Post <noreply@post.at>",
    "Ihre Sendung liegt zur Abholung bereit",
    N(),
    """Hallo!

Wir konnten Ihre Sendung 1041 2299 1022 7733 nicht zustellen. Sie liegt ab morgen, 10:00 Uhr,
in der Post-Geschäftsstelle 6020 Innsbruck, Maximilianstraße 2, für Sie bereit.

Bitte nehmen Sie einen Lichtbildausweis mit.

Ihre Post
""",
)

_u8 = m(
    "az5h",
    "2025-11-28 20:31",
    "Amazon.de <versandbestaetigung@amazon.de>",
    "Versandt: Ihre Amazon.de-Bestellung von „Stirnlampe 600 Lumen...“",
    N(),
    """Guten Tag Magdalena,

Ihr Paket ist unterwegs!

Stirnlampe 600 Lumen, wiederaufladbar
Zustellung: Montag, 1. Dezember

Sendung verfolgen: https://www.amazon.de/progress-tracker/package?orderId=302-9930144-1178012

Amazon.de
""",
)

_u9 = m(
    "gz4i",
    "2025-12-09 13:18",
    "Gipfelzeit Sport <shop@gipfelzeit-sport.example>",
    "Bestellbestätigung Nr. GZ-2025-118734",
    N(),
    """Hallo Magdalena,

danke für deine Bestellung!

1 x LVS-Gerät Barryvox S2        EUR 389,00 (Clubpreis)
1 x Lawinenschaufel Alu Pro       EUR  69,90
Versand                           EUR   0,00

Summe: EUR 458,90 – bezahlt mit Mastercard **** 4471

Wir versenden innerhalb von 2 Werktagen.
Dein Gipfelzeit-Team
""",
)

_u10 = m(
    "zl7j",
    "2025-10-11 09:40",
    "Zalando <info@service-mail.zalando.at>",
    "Deine Bestellung ist unterwegs",
    N(),
    """Hallo Magdalena,

gute Nachrichten: Deine Bestellung 10203948812 ist auf dem Weg zu dir.

1 x Winterjacke, schwarz, Gr. M
1 x Wollmütze, grau

Voraussichtliche Lieferung: 14.–15. Oktober

Dein Zalando Team
""",
)

_u11 = m(
    "ob3k",
    "2025-11-12 21:08",
    "ÖBB Ticketshop <noreply@oebb.at>",
    "Ihre Buchung: Innsbruck Hbf – Chur am 19.11.2025",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für Ihre Buchung.

Hinfahrt: Mi., 19.11.2025, 05:34 Innsbruck Hbf → 07:52 Chur (RJX 160, Umstieg Buchs SG)
Rückfahrt: Mi., 19.11.2025, 17:08 Chur → 19:58 Innsbruck Hbf
Reisende: 1 Erwachsene, ÖBB Vorteilscard Classic
Preis: EUR 61,80

Ihr Ticket finden Sie im Anhang und in der ÖBB App.

Gute Reise!
Ihr ÖBB Ticketshop
""",
    attach=[("Ticket_1129934412.pdf", "application/pdf", "%PDF-1.4\n% Ticket\n")],
)

_u12 = m(
    "pk2m",
    "2025-09-12 10:03",
    "Stadtmagistrat Innsbruck – Parkraumbewirtschaftung <parken@innsbruck-magistrat.example>",
    "Eingangsbestätigung: Antrag auf Ausnahmebewilligung (Anrainerparken)",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

Ihr Antrag auf Erteilung einer Ausnahmebewilligung für Anrainer:innen (Zone H – Hötting) ist
am 11.09.2025 bei uns eingelangt und wird unter der Geschäftszahl PA-2025-18877 bearbeitet.

Die Bearbeitungsdauer beträgt derzeit etwa drei Wochen.

Mit freundlichen Grüßen
Für den Bürgermeister
Referat Parkraumbewirtschaftung
""",
)

_u13 = m(
    "pk7n",
    "2025-10-02 11:27",
    "Stadtmagistrat Innsbruck – Parkraumbewirtschaftung <parken@innsbruck-magistrat.example>",
    "Bescheid zu Ihrem Antrag PA-2025-18877",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

Ihr Antrag wurde genehmigt. Den Bescheid über die Ausnahmebewilligung (gültig bis
30.09.2027) sowie die Parkplakette erhalten Sie per Post. Die Verwaltungsabgabe von EUR 56,–
ist binnen 14 Tagen zu entrichten.

Mit freundlichen Grüßen
Referat Parkraumbewirtschaftung
""",
)

_u14 = m(
    "fo1p",
    "2025-08-07 08:20",
    "FinanzOnline <noreply@bmf.gv.at>",
    "Neue Nachricht in Ihrer FinanzOnline DataBox",
    N(),
    """Sehr geehrte Teilnehmerin, sehr geehrter Teilnehmer,

in Ihrer DataBox ist ein neues Dokument eingelangt:

Einkommensteuerbescheid 2024 (Arbeitnehmer:innenveranlagung)

Bitte melden Sie sich bei FinanzOnline an, um das Dokument einzusehen. Ab Zustellung läuft die
Rechtsmittelfrist.

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht darauf.
Bundesministerium für Finanzen
""",
)

_u15 = m(
    "vs3q",
    "2025-09-15 14:02",
    "Alpina Versicherung <kundenservice@alpina-versicherung.example>",
    "Ihr Angebot zur Freizeit-Unfallversicherung",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für Ihr Interesse! Wie telefonisch besprochen, erhalten Sie anbei unser Angebot für
eine Freizeit-Unfallversicherung inkl. Bergungskosten bis EUR 25.000,– (Prämie EUR 14,80
monatlich). Ausrüstungsschäden bei Bergsport sind mitversichert.

Das Angebot ist bis 15.10.2025 gültig. Zum Abschluss genügt eine kurze Antwort auf diese
E-Mail.

Mit freundlichen Grüßen
Martina Oberhauser
Kundenbetreuung | Alpina Versicherung AG
""",
)

_u16 = m(
    "vs8r",
    "2025-11-07 09:15",
    "Alpina Versicherung <kundenservice@alpina-versicherung.example>",
    "Ihre Haushaltsversicherung: Prämienanpassung 2026",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

gemäß der Wertanpassungsklausel Ihres Vertrags (Polizze Nr. HH-7712044) wird Ihre Prämie ab
1. Jänner 2026 an den Verbraucherpreisindex angepasst: neu EUR 16,92 monatlich (bisher EUR
16,18). Die Versicherungssumme erhöht sich entsprechend.

Mit freundlichen Grüßen
Alpina Versicherung AG
""",
)

_u17 = m(
    "sp1s",
    "2025-12-03 15:00",
    "Spotify <no-reply@spotify.com>",
    "Your 2025 Wrapped is here 🎁",
    N("en"),
    html="""<html><body style="background:#121212;color:#fff;font-family:Helvetica,sans-serif">
<h1>Your 2025 Wrapped is here.</h1>
<p>You listened to 31,204 minutes of music this year. Your top artist? Let's find out.</p>
<p><a style="color:#1ed760" href="https://open.spotify.com/wrapped">See your Wrapped</a></p>
<p style="font-size:10px;color:#aaa">Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden</p>
</body></html>""",
)

_u18 = m(
    "st4t",
    "2025-09-22 08:30",
    "Strava <no-reply@strava.com>",
    "Your weekly summary: 4 activities, 1,812 m elevation",
    N("en"),
    """Magdalena, here's how your week went:

4 activities · 38.2 km · 1,812 m elevation · 6h 41m

Longest activity: Hike – Nordkette Klettersteig (1,044 m)

Keep it up!
Strava
""",
)

_u19 = m(
    "hu5u",
    "2025-08-15 12:44",
    "Hüttenreservierung <reservierung@sonnjochhuette.example>",
    "Reservierungsbestätigung Sonnjoch-Hütte 6.–7. September",
    N(),
    """Hallo Magdalena,

wir bestätigen deine Reservierung:

Anreise: Samstag, 6. September 2025
Abreise: Sonntag, 7. September 2025
Lager für 4 Personen, Halbpension (Alpenvereinsmitglieder)
Anzahlung: EUR 40,– (bitte bis 25.8. überweisen)

Bitte gib uns Bescheid, falls ihr später ankommt. Wir freuen uns auf euch!
Familie Schiestl, Hüttenwirte
""",
)

_u20 = m(
    "ap6v",
    "2025-11-03 16:20",
    "Stadtapotheke Hötting <bestellung@stadtapotheke-hoetting.example>",
    "Ihre Bestellung ist abholbereit",
    N(),
    """Liebe Kundin,

Ihre Vorbestellung (Nr. 88120) liegt ab sofort zur Abholung für Sie bereit. Wir bewahren sie
7 Tage für Sie auf.

Öffnungszeiten: Mo–Fr 8:00–18:30, Sa 8:00–12:30
Ihre Stadtapotheke Hötting
""",
)

_u21 = m(
    "li2w",
    "2025-09-20 12:10",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Gratulieren Sie Julia Haas zum neuen Job",
    N(),
    """Julia Haas hat einen neuen Job begonnen: Physiotherapeutin bei Alpine Sports Clinic

Gratulieren Sie Julia: https://www.linkedin.com/comm/feed/update/urn:li:activity:7375521908813/

Weitere Neuigkeiten aus Ihrem Netzwerk:
- Tobias Neuner hat 4 Jahre Betriebsjubiläum bei Kinder-Reha Oberland
- Martin Praxmarer hat einen Beitrag geteilt: „Neues Gerätetraining in Seefeld“

Abmelden: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
)

_u22 = m(
    "li7x",
    "2025-12-23 17:00",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Ihr Jahr 2025 auf LinkedIn",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif">
<h2>Ihr Jahr 2025 auf LinkedIn</h2>
<p>Magdalena, Sie haben dieses Jahr 38 neue Kontakte geknüpft, und Ihre Beiträge wurden 1.204 Mal angesehen.</p>
<p>Ihr meistgelesener Beitrag: „Maitland Level 2a – endlich geschafft!“</p>
<p><a href="https://www.linkedin.com/comm/year-in-review">Jahresrückblick ansehen</a></p>
<p style="font-size:10px">© 2025 LinkedIn Ireland Unlimited Company</p>
</body></html>""",
)

_u23 = m(
    "or8y",
    "2025-10-01 10:00",
    "ORF-Beitrags Service <service@orf-beitrag.at>",
    "Ihre Zahlungsinformation zum ORF-Beitrag",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

anbei erhalten Sie Ihre Zahlungsinformation für den ORF-Beitrag (Zeitraum Oktober bis
Dezember 2025). Der Betrag von EUR 45,90 wird am 15.10.2025 per Lastschrift eingezogen.

Mit freundlichen Grüßen
ORF-Beitrags Service GmbH
""",
)

_u24 = m(
    "nf2z",
    "2025-09-24 14:40",
    "Netflix <info@account.netflix.com>",
    "Wichtige Information zu Ihrer Mitgliedschaft",
    N(),
    """Hallo Magdalena,

wir möchten Sie über eine Preisänderung informieren: Ab Ihrer nächsten Abrechnung am
24.10.2025 kostet Ihr Standard-Abo EUR 14,99 pro Monat.

Wir arbeiten ständig daran, Ihr Netflix-Erlebnis zu verbessern. Wenn Sie Ihr Abo ändern
möchten, besuchen Sie bitte Ihr Konto: https://www.netflix.com/YourAccount

Ihr Netflix-Team
""",
)

_u25 = m(
    "ap9q",
    "2025-12-28 09:14",
    "Apple <no_reply@email.apple.com>",
    "Your receipt from Apple.",
    N("en"),
    """Apple Account: leni.hofer-wimmer@gmx.at
Date: 28 Dec 2025
Order ID: MT8Q2LKX7Z

iCloud+ with 200 GB (Monthly)        EUR 2.99

Billed to: Mastercard .... 4471
TOTAL: EUR 2.99

Apple Distribution International Ltd., Hollyhill Industrial Estate, Cork, Ireland
""",
)


MAIL: list[dict[str, Any]] = [
    _f1, _f2, _f3, _f4, _f5,
    _b1, _b2, _b3, _b4, _b5, _b6, _b7, _b8,
    _e1, _e2, _e3, _e4, _e5, _e6, _e7,
    _s1, _s2, _s3, _s4, _s5, _s6, _s7,
    _d1, _d2, _d3,
    _n1, _n2, _n3, _n4, _n5,
    _u1, _u2, _u3, _u4, _u5, _u6, _u7, _u8, _u9, _u10, _u11, _u12, _u13, _u14, _u15, _u16,
    _u17, _u18, _u19, _u20, _u21, _u22, _u23, _u24, _u25,
]  # fmt: skip

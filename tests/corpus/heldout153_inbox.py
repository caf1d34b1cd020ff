# ruff: noqa: E501, RUF100
"""Corpus 153, the ordinary inbox (data only): see heldout153.py.

Bills, tax, bank, shopping, travel, newsletters and services, with look-alikes on purpose: a flat
application ("Wohnungsbewerbung") and its viewing and refusal, a loan and a credit-card "Antrag",
marketing "Angebote", a newsletter interview, webinar and dentist invitations with calendar parts,
a user-research "interview", the current employer's payslips."""

from __future__ import annotations

from heldout153_jobs import N, ics, m

# --- Finanzamt / ELSTER ----------------------------------------------------------------------

elster1 = m(
    "n0a1",
    "2025-09-04 19:12",
    "ELSTER <noreply@elster.de>",
    "Eingangsbestätigung: Einkommensteuererklärung 2024",
    N(),
    """\
Sehr geehrte Nutzerin, sehr geehrter Nutzer,

Ihre Daten wurden erfolgreich übermittelt.

Art der Übermittlung: Einkommensteuererklärung 2024
Steuernummer: 60/***/*****
Transferticket: et7k2m9q4x0b81c3
Übermittlungszeitpunkt: 04.09.2025, 19:11:58 Uhr

Bitte bewahren Sie dieses Transferticket für eventuelle Rückfragen des Finanzamts auf.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
)

elster2 = m(
    "n0a2",
    "2025-10-21 06:44",
    "ELSTER <noreply@elster.de>",
    "Neue Bescheiddaten zum Abruf bereit",
    N(),
    """\
Sehr geehrte Nutzerin, sehr geehrter Nutzer,

für Sie stehen in Mein ELSTER neue Bescheiddaten zum Abruf bereit.

Bitte melden Sie sich unter https://www.elster.de an und rufen Sie die Daten unter „Formulare & Leistungen > Bescheiddaten abholen“ ab. Die Bescheiddaten werden nach 90 Tagen gelöscht.

Hinweis: Maßgeblich ist der Steuerbescheid, den Sie per Post oder elektronisch über den Bescheiddatenabruf erhalten.

Ihr ELSTER-Team
""",
)

elster3 = m(
    "n0a3",
    "2026-01-26 08:00",
    "ELSTER <noreply@elster.de>",
    "Ihr Zertifikat läuft in 30 Tagen ab",
    N(),
    """\
Sehr geehrte Nutzerin, sehr geehrter Nutzer,

Ihr Zertifikat für das Benutzerkonto „Svenja privat“ ist noch bis zum 25.02.2026 gültig.

Bitte verlängern Sie Ihr Zertifikat rechtzeitig unter „Mein Benutzerkonto > Zertifikat verlängern“. Nach Ablauf ist eine Neuregistrierung erforderlich.

Ihr ELSTER-Team
""",
)

# --- Weserwerke (utility) --------------------------------------------------------------------

util1 = m(
    "n0b1",
    "2025-09-15 10:31",
    "Weserwerke Kundenservice <kundenservice@weserwerke.example>",
    "Ihr neuer Abschlagsplan für Strom",
    N(),
    """\
Guten Tag Frau Kuhlmann-Ahrens,

mit der Jahresabrechnung haben wir Ihren Abschlag neu berechnet. Ab dem 01.10.2025 beträgt Ihr monatlicher Abschlag für Strom 58,00 € (bisher 64,00 €).

Vertragskonto: 4 0077 1893 21
Lieferstelle: Hemmstraße 212, 28215 Bremen

Den vollständigen Abschlagsplan finden Sie in Ihrem Kundenportal: https://meine.weserwerke.example

Freundliche Grüße
Ihre Weserwerke

Weserwerke Vertrieb GmbH · Theodor-Heuss-Allee 20 · 28215 Bremen
""",
)

util2 = m(
    "n0b2",
    "2025-11-28 14:02",
    "Weserwerke <info@weserwerke.example>",
    "Wichtige Information: Ihre Strompreise ab 01.01.2026",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Guten Tag Frau Kuhlmann-Ahrens,</p>
<p>gute Nachrichten: Durch gesunkene Netzentgelte können wir Ihren Arbeitspreis zum <b>01.01.2026</b> senken.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>bisher</th><th>ab 01.01.2026</th></tr>
<tr><td>Arbeitspreis (ct/kWh, brutto)</td><td>34,12</td><td>31,87</td></tr>
<tr><td>Grundpreis (€/Monat, brutto)</td><td>13,90</td><td>13,90</td></tr>
</table>
<p>Ihr Abschlag wird automatisch angepasst. Sie müssen nichts weiter tun.</p>
<p>Freundliche Grüße<br>Ihre Weserwerke</p>
<p style="font-size:11px;color:#777">Weserwerke Vertrieb GmbH · Theodor-Heuss-Allee 20 · 28215 Bremen · Amtsgericht Bremen HRB 31177</p>
</body></html>
""",
)

util3 = m(
    "n0b3",
    "2026-02-10 09:15",
    "Weserwerke Kundenservice <kundenservice@weserwerke.example>",
    "Ihre Jahresverbrauchsabrechnung 2025 ist da",
    N(),
    """\
Guten Tag Frau Kuhlmann-Ahrens,

Ihre Jahresverbrauchsabrechnung für den Zeitraum 01.01.2025 – 31.12.2025 steht in Ihrem Kundenportal bereit.

Verbrauch: 1.742 kWh (Vorjahr: 1.901 kWh)
Ergebnis: Guthaben 47,36 €

Das Guthaben überweisen wir in den nächsten Tagen auf Ihr Konto.

Freundliche Grüße
Ihre Weserwerke
""",
)

# --- Deutsche Bahn ---------------------------------------------------------------------------

db1 = m(
    "n0c1",
    "2025-10-31 20:47",
    "DB Fernverkehr <buchungsbestaetigung@bahn.de>",
    "Ihre Buchungsbestätigung (Auftrag 4K7P2X)",
    N(),
    """\
Vielen Dank für Ihre Buchung, Frau Kuhlmann-Ahrens!

Auftragsnummer: 4K7P2X
Hinfahrt: Do., 06.11.2025
Bremen Hbf ab 08:42 → Oldenburg(Oldb) Hbf an 09:12, RE 1
Rückfahrt: Do., 06.11.2025
Oldenburg(Oldb) Hbf ab 13:47 → Bremen Hbf an 14:17, RE 1

Hinweis: Mit Ihrem Deutschlandticket sind Sie im Nahverkehr bereits unterwegs. Diese Buchung enthält eine Sitzplatzreservierung.

Ihr Online-Ticket finden Sie im Anhang und in der App DB Navigator.

Gute Reise wünscht Ihnen
Ihre Deutsche Bahn
""",
    attach=[("Ticket_4K7P2X.pdf", "application/pdf", "%PDF-1.4\n% Ticket (Platzhalter)\n")],
)

db2 = m(
    "n0c2",
    "2025-11-06 08:31",
    "DB Reiseinformation <noreply@bahn.de>",
    "Verspätung auf Ihrer Reise: RE 1 Bremen Hbf – Oldenburg(Oldb)",
    N(),
    """\
Ihre Reise am 06.11.2025

RE 1 (Bremen Hbf 08:42 → Oldenburg(Oldb) Hbf 09:12)
Aktuell ca. +15 Minuten, Grund: Reparatur an der Strecke

Alternative: RB 58 ab Bremen Hbf 08:51, Gleis 6

Alle Details in der App DB Navigator.
Ihre Deutsche Bahn
""",
)

db3 = m(
    "n0c3",
    "2025-12-18 22:05",
    "DB Fernverkehr <buchungsbestaetigung@bahn.de>",
    "Ihre Buchungsbestätigung (Auftrag 7TQ9WM)",
    N(),
    """\
Vielen Dank für Ihre Buchung, Frau Kuhlmann-Ahrens!

Auftragsnummer: 7TQ9WM
Hinfahrt: Di., 23.12.2025, Bremen Hbf ab 10:18 → Osnabrück Hbf an 11:10, IC 2203
Rückfahrt: Sa., 27.12.2025, Osnabrück Hbf ab 16:49 → Bremen Hbf an 17:42, IC 2036
Flexpreis, 2. Klasse, inkl. Reservierung Wagen 6, Platz 64

Gesamtpreis: 61,80 €

Gute Reise und frohe Feiertage!
Ihre Deutsche Bahn
""",
    attach=[("Ticket_7TQ9WM.pdf", "application/pdf", "%PDF-1.4\n% Ticket (Platzhalter)\n")],
)

db4 = m(
    "n0c4",
    "2026-01-30 05:10",
    "DB Deutschlandticket <deutschlandticket@bahn.de>",
    "Rechnung zu Ihrem Deutschlandticket – Februar 2026",
    N(),
    """\
Guten Tag Frau Kuhlmann-Ahrens,

anbei erhalten Sie die Rechnung zu Ihrem Deutschlandticket-Abonnement für den Monat Februar 2026.

Betrag: 63,00 €
Zahlungsart: SEPA-Lastschrift

Ihre Deutsche Bahn
""",
    attach=[
        ("Rechnung_DTicket_2026-02.pdf", "application/pdf", "%PDF-1.4\n% Rechnung (Platzhalter)\n")
    ],
)

# --- MediaMarkt ------------------------------------------------------------------------------

mm1 = m(
    "n0d1",
    "2025-10-02 17:00",
    "MediaMarkt <newsletter@news.mediamarkt.de>",
    "Nur für kurze Zeit: Top-Angebote fürs Homeoffice 🖥️",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif;background:#fff">
<div style="background:#df0000;color:#fff;padding:12px;font-size:22px;font-weight:bold">MediaMarkt</div>
<p>Hallo Svenja,</p>
<p>dein Schreibtisch verdient ein Upgrade! Nur bis Sonntag:</p>
<ul>
<li>27" Monitor WQHD – <b>199 €</b> statt 269 €</li>
<li>Ergonomische Maus – <b>39,99 €</b></li>
<li>USB-C-Dockingstation – <b>89 €</b></li>
</ul>
<p><a href="https://www.mediamarkt.de/de/campaign/homeoffice?utm_source=newsletter">Jetzt Angebote sichern</a></p>
<p style="font-size:10px;color:#666">Angebote gültig bis 05.10.2025, solange der Vorrat reicht. MediaMarkt E-Business GmbH, Wernher-von-Braun-Straße 7, 85055 Ingolstadt. <a href="https://www.mediamarkt.de/newsletter/abmelden">Abmelden</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.mediamarkt.de/newsletter/abmelden>"},
)

mm2 = m(
    "n0d2",
    "2025-11-27 06:00",
    "MediaMarkt <newsletter@news.mediamarkt.de>",
    "BLACK WEEK: Die besten Angebote des Jahres sind da!",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<div style="background:#000;color:#fff;padding:16px;font-size:26px">BLACK WEEK</div>
<p>Svenja, jetzt zuschlagen – bis zu 40 % auf Laptops, Kopfhörer und Smart Home.</p>
<p><a href="https://www.mediamarkt.de/de/campaign/black-week?utm_source=newsletter">Alle Angebote ansehen</a></p>
<p style="font-size:10px;color:#666">MediaMarkt E-Business GmbH · <a href="https://www.mediamarkt.de/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.mediamarkt.de/newsletter/abmelden>"},
)

mm3 = m(
    "n0d3",
    "2025-11-28 12:44",
    "MediaMarkt Onlineshop <service@mediamarkt.de>",
    "Deine Bestellung 1073344891 ist auf dem Weg",
    N(),
    """\
Hallo Svenja,

gute Nachrichten: Deine Bestellung wurde versendet.

Bestellnummer: 1073344891
- SONY WH-1000XM5 Kopfhörer, schwarz – 1 Stück

Sendungsverfolgung (DHL): 00340434161094279563

Viel Spaß mit deinem neuen Produkt!
Dein MediaMarkt Onlineshop
""",
)

# --- heise -----------------------------------------------------------------------------------

heise1 = m(
    "n0e1",
    "2025-10-09 07:30",
    "heise online <newsletter@heise.de>",
    "Im Interview: der CISO von Elbe-Weser Terminals – „Wir haben den Ernstfall geübt“",
    N(),
    html="""\
<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p style="font-size:18px"><b>heise online – Newsletter</b></p>
<h3>Im Interview: der CISO von Elbe-Weser Terminals</h3>
<p>Ransomware im Hafen? Malte Cordes, Chief Information Security Officer des Terminalbetreibers, spricht im Interview darüber, wie sein Team einen kompletten Ausfall der Containerlogistik geübt hat, warum OT-Netze anders ticken und weshalb er bei Bewerbungen mehr auf Neugier als auf Zertifikate achtet.</p>
<p><a href="https://www.heise.de/hintergrund/Im-Interview-der-CISO-von-Elbe-Weser-Terminals-10700211.html?wt_mc=nl.red.ho.ho-nl-daily.2025-10-09">Weiterlesen auf heise+</a></p>
<h3>Patch jetzt! Kritische Lücke in VMware vCenter</h3>
<p>Broadcom stopft eine Schwachstelle mit CVSS 9.8. Admins sollten zügig aktualisieren.</p>
<h3>Azure: Neue Regionen in Deutschland angekündigt</h3>
<p>…</p>
<hr>
<p style="font-size:11px"><b>heise jobs:</b> Finden Sie Ihren nächsten IT-Job – über 10.000 Stellen auf jobs.heise.de</p>
<p style="font-size:10px;color:#666">Heise Medien GmbH &amp; Co. KG · Karl-Wiechert-Allee 10 · 30625 Hannover · <a href="https://www.heise.de/newsletter/manage">Newsletter verwalten</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.heise.de/newsletter/unsubscribe?nl=ho-nl-daily>"},
)

heise2 = m(
    "n0e2",
    "2025-11-13 07:30",
    "heise Security <newsletter@heise.de>",
    "Patchday: Microsoft schließt 63 Lücken, zwei davon aktiv ausgenutzt",
    N(),
    """\
heise Security – Der Newsletter

* Patchday: Microsoft schließt 63 Lücken, zwei davon aktiv ausgenutzt
  Betroffen sind u. a. Windows Server 2019/2022 und Exchange. Admins sollten die Updates zügig einspielen.
  https://www.heise.de/news/Patchday-Microsoft-10755120.html

* Fortinet: Angreifer nutzen Schwachstelle in FortiWeb aus
  https://www.heise.de/news/Fortinet-10755003.html

* BSI-Lagebericht 2025: Ransomware bleibt größte Bedrohung für den Mittelstand
  https://www.heise.de/news/BSI-Lagebericht-10754880.html

Newsletter abbestellen: https://www.heise.de/newsletter/manage
Heise Medien GmbH & Co. KG, Karl-Wiechert-Allee 10, 30625 Hannover
""",
    headers={"List-Unsubscribe": "<https://www.heise.de/newsletter/unsubscribe?nl=security>"},
)

heise3 = m(
    "n0e3",
    "2026-02-05 11:00",
    "iX Workshops <workshops@heise.de>",
    "Jetzt anmelden: Azure-Sicherheit in der Praxis (Online-Workshop)",
    N(),
    """\
Hallo Svenja Kuhlmann-Ahrens,

im neuen iX-Workshop zeigen wir an zwei Vormittagen, wie Sie Azure-Umgebungen mit Defender for Cloud, Azure Policy und Entra ID absichern – mit vielen Live-Demos.

Termine: 17. und 18. März 2026, jeweils 9–13 Uhr, online
Frühbucherpreis bis 20.02.: 1.090 € zzgl. MwSt.

Jetzt anmelden: https://www.heise-events.de/workshops/azure-sicherheit?wt_mc=nl.ix

Ihr iX-Workshop-Team
Heise Medien GmbH & Co. KG · Abmelden: https://www.heise.de/newsletter/manage
""",
    headers={"List-Unsubscribe": "<https://www.heise.de/newsletter/unsubscribe?nl=ix-workshops>"},
)

# --- Ratenkredit and credit card ("Ihr Antrag") ----------------------------------------------

loan1 = m(
    "n0f1",
    "2025-10-18 11:26",
    "Weser Direktbank <kredit@weser-direktbank.example>",
    "Ihr Antrag ist bei uns eingegangen",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

vielen Dank für Ihren Antrag auf einen Ratenkredit.

Antragsnummer: RK-2025-7741902
Kreditbetrag: 9.000,00 €
Laufzeit: 48 Monate
Verwendungszweck: Fahrzeugfinanzierung

Wir prüfen Ihren Antrag und melden uns innerhalb von zwei Werktagen bei Ihnen. Den Bearbeitungsstand können Sie jederzeit online einsehen.

Mit freundlichen Grüßen
Ihr Kreditservice der Weser Direktbank
""",
)

loan2 = m(
    "n0f2",
    "2025-10-20 15:08",
    "Weser Direktbank <kredit@weser-direktbank.example>",
    "Ihr Antrag RK-2025-7741902: Es fehlen noch Unterlagen",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

für die abschließende Prüfung Ihres Kreditantrags benötigen wir noch:

- Ihre letzten zwei Gehaltsabrechnungen
- einen Kontoauszug der letzten 30 Tage mit Gehaltseingang

Bitte laden Sie die Unterlagen im Kundenbereich hoch. Ohne die Unterlagen können wir Ihren Antrag leider nicht abschließend bearbeiten.

Mit freundlichen Grüßen
Ihr Kreditservice
""",
)

loan3 = m(
    "n0f3",
    "2025-10-27 09:42",
    "Weser Direktbank <kredit@weser-direktbank.example>",
    "Gute Nachrichten: Ihr Kreditvertrag steht zur Unterschrift bereit",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihren Antrag genehmigt haben.

Kreditbetrag: 9.000,00 € · Sollzins 5,79 % p. a. · 48 Raten à 210,48 €

Bitte unterschreiben Sie den Kreditvertrag digital in Ihrem Kundenbereich. Die Auszahlung erfolgt innerhalb von 24 Stunden nach Eingang Ihrer Unterschrift.

Mit freundlichen Grüßen
Ihr Kreditservice der Weser Direktbank
""",
)

card = m(
    "n0f4",
    "2025-09-30 13:17",
    "HanseCard Service <service@hansecard.example>",
    "Ihr Kreditkartenantrag – nur noch ein Schritt",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Hallo Svenja Kuhlmann-Ahrens,</p>
<p>vielen Dank für Ihren Antrag auf die <b>HanseCard Gold</b> – 0 € Jahresgebühr im ersten Jahr!</p>
<p>Damit wir Ihren Antrag bearbeiten können, müssen Sie sich noch legitimieren. Das geht ganz einfach per Video-Identifizierung:</p>
<p><a href="https://ident.hansecard.example/start?case=HC-99821">Jetzt identifizieren</a></p>
<p>Ihr Antrag bleibt 14 Tage gültig.</p>
<p>Viele Grüße<br>Ihr HanseCard-Team</p>
</body></html>
""",
)

# --- Wohnungsbewerbung (Weserwohnbau) and ImmoScout ------------------------------------------

immo = m(
    "n0g1",
    "2025-09-05 18:45",
    "ImmoScout24 <noreply@immobilienscout24.de>",
    "3 neue Angebote für Ihre Suche „Wohnung mieten Findorff“",
    N(),
    """\
Neue Angebote für Ihre Suche

2-Zimmer-Wohnung mit Balkon, Findorff – 68 m², 890 € warm
3-Zimmer-Altbau, Nähe Bürgerpark – 79 m², 1.140 € warm
Helle 2-Zimmer-Wohnung, Weserwohnbau, Admiralstraße – 61 m², 745 € warm

Alle Angebote ansehen: https://www.immobilienscout24.de/Suche/S-T/Wohnung-Miete/Bremen/Bremen/Findorff?sa=1

Suchauftrag verwalten: https://www.immobilienscout24.de/meinkonto/suchauftraege
""",
    headers={
        "List-Unsubscribe": "<https://www.immobilienscout24.de/meinkonto/suchauftraege/abmelden>"
    },
)

flat1 = m(
    "n0g2",
    "2025-09-10 09:03",
    "Weserwohnbau Vermietung <vermietung@weserwohnbau.example>",
    "Ihre Bewerbung für die Wohnung 4711-03-12",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

vielen Dank für Ihre Bewerbung um die Wohnung

Admiralstraße 12, 3. OG rechts, 28215 Bremen
2 Zimmer, 61,4 m², Gesamtmiete 745,00 €

Wir haben Ihre Unterlagen (Selbstauskunft, Einkommensnachweise, SCHUFA-Auskunft) erhalten. Aufgrund der großen Nachfrage laden wir nur eine Auswahl von Mietinteressent:innen zur Besichtigung ein. Wir melden uns in den nächsten Tagen bei Ihnen.

Mit freundlichen Grüßen
Ihr Vermietungsteam

Weserwohnbau eG · Kundencenter Findorff · Hemmstraße 150 · 28215 Bremen
""",
)

flat2 = m(
    "n0g3",
    "2025-09-22 12:30",
    "Weserwohnbau Vermietung <vermietung@weserwohnbau.example>",
    "Einladung zur Wohnungsbesichtigung – Admiralstraße 12",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

gern möchten wir Ihnen die Wohnung Admiralstraße 12, 3. OG rechts, zeigen.

Besichtigungstermin: Samstag, 27.09.2025, 11:20 Uhr (Einzelbesichtigung, ca. 15 Minuten)
Treffpunkt: vor dem Hauseingang

Bitte bringen Sie Ihren Personalausweis mit. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab, damit wir ihn anderweitig vergeben können.

Mit freundlichen Grüßen
Herr Tietjen
Vermietung
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000AB11CD22EF33DB01000000000000000010000000WWB4711",
        "2025-09-27 11:20",
        "Besichtigung Admiralstraße 12, 3. OG re.",
        ("Tietjen, Uwe", "vermietung@weserwohnbau.example"),
        style="outlook",
        minutes=15,
        location="Admiralstraße 12, 28215 Bremen",
    ),
)

flat3 = m(
    "n0g4",
    "2025-10-06 16:11",
    "Weserwohnbau Vermietung <vermietung@weserwohnbau.example>",
    "Ihre Wohnungsbewerbung",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

vielen Dank für Ihr Interesse an der Wohnung Admiralstraße 12 und Ihren Besuch bei der Besichtigung.

Wir hatten zahlreiche Bewerbungen von sehr guten Interessent:innen. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Mietpartei entschieden haben. Bitte haben Sie Verständnis, dass wir die Gründe für unsere Auswahl nicht im Einzelnen darlegen.

Gern bleiben Sie in unserer Interessentenkartei; wir informieren Sie über passende Angebote.

Mit freundlichen Grüßen
Ihr Vermietungsteam der Weserwohnbau eG
""",
)

flat4 = m(
    "n0g5",
    "2025-11-03 10:48",
    "Weserwohnbau Vermietung <vermietung@weserwohnbau.example>",
    "Wohnungsangebot für Sie: Vegesacker Straße 41, Walle",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

aus unserer Interessentenkartei möchten wir Ihnen folgende Wohnung anbieten:

Vegesacker Straße 41, 1. OG links, 28219 Bremen
2,5 Zimmer, 66 m², Balkon, Gesamtmiete 812,00 €
frei ab 01.01.2026

Wenn Sie Interesse haben, antworten Sie bitte bis zum 10.11.2025 auf diese E-Mail. Wir vereinbaren dann einen Besichtigungstermin mit Ihnen.

Mit freundlichen Grüßen
Ihr Vermietungsteam
""",
)

# --- banking ---------------------------------------------------------------------------------

bank1 = m(
    "n0h1",
    "2025-10-01 06:12",
    "Weserbank Online-Banking <postfach@weserbank.example>",
    "Neue Nachricht in Ihrem elektronischen Postfach",
    N(),
    """\
Guten Tag,

in Ihrem elektronischen Postfach liegt ein neues Dokument für Sie bereit:

Dokument: Kontoauszug Nr. 9/2025
Konto: Girokonto ****4412

Bitte melden Sie sich im Online-Banking an, um das Dokument abzurufen.

Aus Sicherheitsgründen enthält diese E-Mail keine Links. Wir werden Sie niemals per E-Mail nach PIN oder TAN fragen.

Ihre Weserbank
""",
)

bank2 = m(
    "n0h2",
    "2026-01-02 06:20",
    "Weserbank Online-Banking <postfach@weserbank.example>",
    "Neue Nachricht in Ihrem elektronischen Postfach",
    N(),
    """\
Guten Tag,

in Ihrem elektronischen Postfach liegt ein neues Dokument für Sie bereit:

Dokument: Rechnungsabschluss zum 31.12.2025 / Entgeltaufstellung 2025
Konto: Girokonto ****4412

Bitte melden Sie sich im Online-Banking an, um das Dokument abzurufen.

Ihre Weserbank
""",
)

ux_interview = m(
    "n0h3",
    "2025-11-05 14:05",
    "Weserbank UX-Research <ux-research@weserbank.example>",
    "Haben Sie 30 Minuten? Interview zu unserer Banking-App (50 € Dankeschön)",
    N(),
    """\
Hallo Frau Kuhlmann-Ahrens,

wir entwickeln unsere Banking-App weiter und möchten dabei von echten Kund:innen lernen.

Dafür suchen wir Gesprächspartner:innen für ein 30-minütiges Online-Interview zwischen dem 17. und 28. November. Wir sprechen darüber, wie Sie die App im Alltag nutzen – es gibt keine richtigen oder falschen Antworten.

Als Dankeschön erhalten Sie 50 € als Gutschrift auf Ihrem Konto.

Interesse? Dann wählen Sie hier einen Termin: https://calendly.com/weserbank-ux/interview-app

Viele Grüße
Ihr UX-Research-Team der Weserbank
""",
)

# --- PayPal, Amazon, DHL, Hermes ------------------------------------------------------------

pp1 = m(
    "n0i1",
    "2025-09-19 21:33",
    "service@paypal.de",
    "Ihre Zahlung an Thalia Bücher GmbH",
    N(),
    """\
Hallo Svenja Kuhlmann-Ahrens,

Sie haben eine Zahlung in Höhe von 24,99 € EUR an Thalia Bücher GmbH gesendet.

Transaktionscode: 7DX40917HK2284409
Datum: 19. September 2025

Es kann einige Minuten dauern, bis die Transaktion in Ihrem Konto angezeigt wird.

PayPal
""",
)

pp2 = m(
    "n0i2",
    "2025-12-05 19:02",
    "service@paypal.de",
    "Zahlungsbeleg für Ihre Zahlung an Decathlon Deutschland",
    N(),
    """\
Hallo Svenja Kuhlmann-Ahrens,

Sie haben 79,98 € EUR an Decathlon Deutschland SE & Co. KG gezahlt.

Artikel: Rudershirt Langarm (2x)
Transaktionscode: 3KL88123PP9904210

PayPal
""",
)

amz1 = m(
    "n0i3",
    "2025-09-27 10:14",
    "Amazon.de <bestellbestaetigung@amazon.de>",
    "Ihre Amazon.de Bestellung von „Exam Ref AZ-104 Microsoft Azure Administrator“",
    N(),
    """\
Hallo Svenja,

vielen Dank für Ihre Bestellung. Wir senden Ihnen eine Bestätigung, sobald Ihr Artikel versandt wurde.

Bestellnummer: 302-8841172-5520931
Exam Ref AZ-104 Microsoft Azure Administrator (Taschenbuch) – 1 Stück – 42,79 €
Voraussichtliche Lieferung: Montag, 29. September

Bestellung ansehen: https://www.amazon.de/gp/your-account/order-details?orderID=302-8841172-5520931

Amazon.de
""",
)

amz2 = m(
    "n0i4",
    "2025-11-29 08:51",
    "Amazon.de <versandbestaetigung@amazon.de>",
    "Versendet: Ihre Amazon.de-Bestellung von „Stirnlampe LED…“ und 1 weiteren Artikel",
    N(),
    """\
Hallo Svenja,

Ihr Paket ist unterwegs!

Stirnlampe LED wiederaufladbar, 1 Stück
Neopren-Handschuhe Rudern, Gr. M, 1 Stück

Zustellung: Dienstag, 2. Dezember
Sendungsverfolgung: https://www.amazon.de/progress-tracker/package?orderId=302-4419020-1187745

Amazon.de
""",
)

dhl1 = m(
    "n0i5",
    "2025-12-01 07:40",
    "DHL Paket <noreply@dhl.de>",
    "Ihre DHL Sendung kommt heute",
    N(),
    """\
Guten Tag Svenja Kuhlmann-Ahrens,

Ihre Sendung 00340434161094279563 von MediaMarkt kommt heute zwischen 11:15 und 14:45 Uhr.

Sie sind nicht zu Hause? Ablageort oder Wunschnachbar festlegen:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094279563

Ihr DHL Team
""",
)

dhl2 = m(
    "n0i6",
    "2025-12-17 16:22",
    "DHL Paket <noreply@dhl.de>",
    "Ihre Sendung liegt in der Packstation 142 zur Abholung bereit",
    N(),
    """\
Guten Tag Svenja Kuhlmann-Ahrens,

Ihre Sendung 00340434299120048811 liegt zur Abholung bereit:

Packstation 142, Hemmstraße 199, 28215 Bremen
Abholcode: in der Post & DHL App
Abholung bis: 24.12.2025

Ihr DHL Team
""",
)

hermes = m(
    "n0i7",
    "2026-02-11 13:30",
    "Hermes <noreply@myhermes.de>",
    "Deine Sendung wurde zugestellt",
    N(),
    """\
Hallo Svenja,

deine Sendung H1003221790044610 von Zalando wurde heute um 13:12 Uhr zugestellt.

Ablageort: beim Nachbarn (Fr. Osmanoğlu, EG links)

Dein Hermes Team
""",
)

# --- subscriptions, phone, insurance, marketing ----------------------------------------------

spotify1 = m(
    "n0j1",
    "2025-10-28 12:00",
    "Spotify <no-reply@spotify.com>",
    "Eine Änderung an deinem Premium-Abo",
    N(),
    """\
Hallo Svenja,

wir passen den Preis für Spotify Premium Individual an. Ab deiner Abrechnung im Dezember zahlst du 12,99 € pro Monat.

Wir investieren weiter in neue Funktionen und mehr Hörbücher. Du musst nichts tun. Wenn du kündigen möchtest, kannst du das jederzeit in deinem Konto tun.

Dein Spotify-Team
""",
)

spotify2 = m(
    "n0j2",
    "2025-12-03 15:00",
    "Spotify <no-reply@spotify.com>",
    "Dein Spotify Wrapped 2025 ist da 🎧",
    N(),
    html="""\
<html><body style="background:#121212;color:#fff;font-family:Arial,sans-serif;padding:20px">
<h2>Svenja, dein Jahr in Musik</h2>
<p>32.417 Minuten. Dein Top-Song: „Nordlicht“. Deine Top-Podcast-Folge: „Security Insider – Folge 212“.</p>
<p><a href="https://www.spotify.com/wrapped" style="color:#1ed760">Jetzt ansehen</a></p>
</body></html>
""",
)

phone1 = m(
    "n0j3",
    "2025-10-05 04:12",
    "congstar <rechnung@congstar.de>",
    "Deine Rechnung für September 2025",
    N(),
    """\
Hallo Svenja Kuhlmann-Ahrens,

deine aktuelle Rechnung ist da.

Kundennummer: 8840 1223 17
Rechnungsbetrag: 20,00 €
Abbuchung: ca. 10.10.2025

Rechnung ansehen: https://www.congstar.de/meincongstar/rechnungen

Viele Grüße
Dein congstar Team
""",
)

phone2 = m(
    "n0j4",
    "2026-01-05 04:10",
    "congstar <rechnung@congstar.de>",
    "Deine Rechnung für Dezember 2025",
    N(),
    """\
Hallo Svenja Kuhlmann-Ahrens,

deine aktuelle Rechnung ist da.

Kundennummer: 8840 1223 17
Rechnungsbetrag: 23,49 € (inkl. 3,49 € EU-Roaming-Option)
Abbuchung: ca. 10.01.2026

Viele Grüße
Dein congstar Team
""",
)

insurance_offer = m(
    "n0j5",
    "2025-10-24 10:20",
    "Nordstern Versicherung <angebote@nordstern-versicherung.example>",
    "Ihr persönliches Angebot: Hausrat ab 3,90 € im Monat",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Liebe Frau Kuhlmann-Ahrens,</p>
<p>als Kundin unserer Haftpflichtversicherung haben wir ein exklusives Angebot für Sie: Schützen Sie Ihr Zuhause mit der Nordstern Hausratversicherung – <b>jetzt 20 % Bündelrabatt</b>.</p>
<p><a href="https://www.nordstern-versicherung.example/angebot/hausrat?k=55120">Zum persönlichen Angebot</a></p>
<p>Ihr Angebot ist gültig bis 30.11.2025.</p>
<p style="font-size:10px;color:#777">Nordstern Versicherung AG · Am Wall 140 · 28195 Bremen · <a href="https://www.nordstern-versicherung.example/abmelden">Werbung abbestellen</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.nordstern-versicherung.example/abmelden>"},
)

check24 = m(
    "n0j6",
    "2025-12-29 09:00",
    "CHECK24 <newsletter@check24.de>",
    "Ihre Stromtarif-Angebote für 2026: bis zu 310 € sparen",
    N(),
    """\
Hallo Frau Kuhlmann-Ahrens,

neues Jahr, neuer Tarif? Wir haben die günstigsten Stromangebote für Ihre PLZ 28215 und 1.750 kWh verglichen:

1. Hanse Naturstrom – 512 €/Jahr (inkl. 100 € Neukundenbonus)
2. Grüne Weser Energie – 538 €/Jahr
3. Küstenstrom Flex – 549 €/Jahr

Jetzt vergleichen und wechseln: https://www.check24.de/strom/?plz=28215

Ihr CHECK24 Team
Newsletter abbestellen: https://www.check24.de/newsletter/abmelden
""",
    headers={"List-Unsubscribe": "<https://www.check24.de/newsletter/abmelden>"},
)

tchibo = m(
    "n0j7",
    "2026-02-18 07:00",
    "Tchibo <newsletter@tchibo.de>",
    "Exklusiv für Sie: 20 % auf die neue Outdoor-Welt",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Liebe Frau Kuhlmann-Ahrens,</p>
<p>der Frühling kommt – und mit ihm unsere neue Outdoor-Welt. Nur für Newsletter-Abonnent:innen: <b>20 % Rabatt</b> mit dem Code FRUEHLING20.</p>
<p><a href="https://www.tchibo.de/outdoor?utm_source=nl">Jetzt entdecken</a></p>
<p style="font-size:10px">Tchibo GmbH · Überseering 18 · 22297 Hamburg · <a href="https://www.tchibo.de/newsletter-abmelden">Abmelden</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.tchibo.de/newsletter-abmelden>"},
)

car_insurance = m(
    "n0j8",
    "2025-11-25 08:05",
    "Nordstern Versicherung <kundenservice@nordstern-versicherung.example>",
    "Ihre Beitragsrechnung 2026 – Kfz-Versicherung HB-SK 412",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

anbei erhalten Sie Ihre Beitragsrechnung für das Versicherungsjahr 2026.

Fahrzeug: VW Golf, HB-SK 412
Schadenfreiheitsklasse: SF 9
Jahresbeitrag: 487,20 € (Abbuchung am 01.01.2026)

Mit freundlichen Grüßen
Ihre Nordstern Versicherung
""",
    attach=[
        ("Beitragsrechnung_2026.pdf", "application/pdf", "%PDF-1.4\n% Rechnung (Platzhalter)\n")
    ],
)

# --- webinars and doctors with calendar parts ------------------------------------------------

webinar1 = m(
    "n0k1",
    "2025-10-06 13:00",
    "Cloudwerk Academy <events@cloudwerk-academy.example>",
    "Ihre Anmeldung: Webinar „Conditional Access in der Praxis“ am 15.10.",
    N(),
    """\
Hallo Svenja,

vielen Dank für Ihre Anmeldung zu unserem kostenlosen Webinar!

Conditional Access in der Praxis – die 10 häufigsten Fehler
Mittwoch, 15.10.2025, 16:00 – 17:00 Uhr
Referent: Bastian Mohr, Microsoft MVP Security

Ihr persönlicher Zugangslink: https://cloudwerk-academy.example/webinar/join?t=88f1c2
Die Kalendereinladung finden Sie im Anhang.

Bis bald!
Ihr Cloudwerk-Academy-Team
""",
    ics=ics(
        "webinar-ca-20251015-88f1c2@cloudwerk-academy.example",
        "2025-10-15 16:00",
        "Webinar: Conditional Access in der Praxis",
        ("Cloudwerk Academy", "events@cloudwerk-academy.example"),
        description="Zugangslink: https://cloudwerk-academy.example/webinar/join?t=88f1c2",
        location="Online",
    ),
)

webinar2 = m(
    "n0k2",
    "2026-01-15 10:30",
    "Cybersicherheitsforum Nord e.V. <veranstaltungen@csf-nord.example>",
    "Anmeldebestätigung: Online-Infoveranstaltung IT-Grundschutz 2026",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

hiermit bestätigen wir Ihre Anmeldung zur Online-Infoveranstaltung

„Was ist neu im IT-Grundschutz-Kompendium 2026?“
Dienstag, 03.02.2026, 10:00 – 11:30 Uhr, Webex

Die Zugangsdaten erhalten Sie am Vortag. Anbei die Kalendereinladung.

Mit freundlichen Grüßen
Geschäftsstelle Cybersicherheitsforum Nord e.V.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000CSFNORD2026IGS",
        "2026-02-03 10:00",
        "Online-Infoveranstaltung IT-Grundschutz 2026",
        ("Cybersicherheitsforum Nord", "veranstaltungen@csf-nord.example"),
        style="outlook",
        minutes=90,
        location="Webex",
    ),
)

dentist1 = m(
    "n0k3",
    "2025-09-12 11:04",
    "Zahnarztpraxis Dr. Lüders <praxis@zahnarzt-lueders.example>",
    "Ihr Termin am 14.10.2025 um 08:15 Uhr",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

hiermit bestätigen wir Ihren Termin zur Kontrolluntersuchung:

Dienstag, 14.10.2025, 08:15 Uhr
Zahnarztpraxis Dr. med. dent. Hauke Lüders, Admiralstraße 88, 28215 Bremen

Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.

Ihr Praxisteam
""",
    ics=ics(
        "termin-2025-10-14-0815-ska@zahnarzt-lueders.example",
        "2025-10-14 08:15",
        "Zahnarzt Dr. Lüders – Kontrolle",
        ("Zahnarztpraxis Dr. Lüders", "praxis@zahnarzt-lueders.example"),
        minutes=30,
        location="Admiralstraße 88, 28215 Bremen",
    ),
)

dentist2 = m(
    "n0k4",
    "2025-10-13 18:00",
    "Zahnarztpraxis Dr. Lüders <praxis@zahnarzt-lueders.example>",
    "Erinnerung: Ihr Termin morgen",
    N(),
    """\
Guten Tag Frau Kuhlmann-Ahrens,

wir erinnern Sie an Ihren Termin morgen, 14.10.2025, um 08:15 Uhr.

Ihre Zahnarztpraxis Dr. Lüders
""",
)

dentist3 = m(
    "n0k5",
    "2026-02-12 16:40",
    "Zahnarztpraxis Dr. Lüders <praxis@zahnarzt-lueders.example>",
    "Terminbestätigung Prophylaxe",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

Ihr Termin zur professionellen Zahnreinigung:

Montag, 02.03.2026, 17:00 Uhr (ca. 60 Minuten)

Die Kosten betragen 95 €. Bitte informieren Sie sich, ob Ihre Krankenkasse einen Zuschuss gewährt.

Ihr Praxisteam
""",
    ics=ics(
        "termin-2026-03-02-1700-ska@zahnarzt-lueders.example",
        "2026-03-02 17:00",
        "PZR Zahnarzt Dr. Lüders",
        ("Zahnarztpraxis Dr. Lüders", "praxis@zahnarzt-lueders.example"),
        location="Admiralstraße 88, 28215 Bremen",
    ),
)

doctolib = m(
    "n0k6",
    "2025-11-20 20:11",
    "Doctolib <no-reply@doctolib.de>",
    "Ihr Termin am 25. November wurde bestätigt",
    N(),
    """\
Ihr Termin ist bestätigt

Dienstag, 25. November 2025 um 07:50
Hausarztpraxis am Torfkanal – Dr. med. Silke Bruns
Grippeschutzimpfung

Findorffstraße 41, 28215 Bremen

Termin verwalten: https://www.doctolib.de/appointments/3318821
Bitte sagen Sie den Termin ab, falls Sie ihn nicht wahrnehmen können.

Doctolib GmbH
""",
)

# --- accounts, employer payroll, misc --------------------------------------------------------

ms_account = m(
    "n0l1",
    "2025-09-21 23:02",
    "Microsoft-Kontoteam <account-security-noreply@accountprotection.microsoft.com>",
    "Ungewöhnliche Anmeldeaktivität",
    N(),
    """\
Microsoft-Konto

Ungewöhnliche Anmeldeaktivität

Wir haben eine ungewöhnliche Anmeldung bei Ihrem Microsoft-Konto s*****@web.de festgestellt.

Land/Region: Niederlande
IP-Adresse: 185.220.***.***
Datum: 21.09.2025 22:58 (MESZ)
Plattform: Windows

Wenn Sie das waren, können Sie diese Nachricht ignorieren. Wenn nicht, helfen wir Ihnen, Ihr Konto zu schützen: https://account.live.com/Activity

Danke,
Das Microsoft-Kontoteam
""",
)

github = m(
    "n0l2",
    "2025-11-17 21:58",
    "GitHub <noreply@github.com>",
    "[GitHub] A new SSH authentication public key was added to your account",
    N("en"),
    """\
The following SSH key was added to your account:

svenja@thinkpad-t14
SHA256:Qp8d3mZr7s0vK1xW9yT4uL2nB6cE5aF0gH3jI8oP1kM

If you believe this key was added in error, you can remove the key and disable access at the following location:

https://github.com/settings/keys
""",
)

payslip1 = m(
    "n0l3",
    "2025-12-01 05:30",
    "DATEV Arbeitnehmer online <noreply@datev.de>",
    "Neues Dokument verfügbar: Brutto/Netto-Abrechnung November 2025",
    N(),
    """\
Guten Tag Svenja Kuhlmann-Ahrens,

Ihr Arbeitgeber Weserkontor Spedition GmbH hat ein neues Dokument für Sie bereitgestellt:

Brutto/Netto-Abrechnung November 2025

Sie können das Dokument in DATEV Arbeitnehmer online abrufen: https://arbeitnehmer.datev.de

Diese E-Mail wurde automatisch erzeugt.
DATEV eG, Nürnberg
""",
)

payslip2 = m(
    "n0l4",
    "2026-02-20 05:30",
    "DATEV Arbeitnehmer online <noreply@datev.de>",
    "Neues Dokument verfügbar: Lohnsteuerbescheinigung 2025",
    N(),
    """\
Guten Tag Svenja Kuhlmann-Ahrens,

Ihr Arbeitgeber Weserkontor Spedition GmbH hat ein neues Dokument für Sie bereitgestellt:

Ausdruck der elektronischen Lohnsteuerbescheinigung für 2025

Sie können das Dokument in DATEV Arbeitnehmer online abrufen: https://arbeitnehmer.datev.de

DATEV eG, Nürnberg
""",
)

webde = m(
    "n0l5",
    "2025-10-10 09:00",
    "WEB.DE <neu@web.de>",
    "Ihr Postfach ist zu 85 % voll",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Hallo Frau Kuhlmann-Ahrens,</p>
<p>Ihr Postfach-Speicher ist zu <b>85 %</b> belegt. Damit Sie weiterhin E-Mails empfangen können, löschen Sie alte Nachrichten oder wechseln Sie zu WEB.DE Club mit 50 GB Speicher.</p>
<p><a href="https://web.de/club/?mc=mail.speicher">Jetzt upgraden – 3 Monate kostenlos</a></p>
<p style="font-size:10px">1&amp;1 Mail &amp; Media GmbH · Brauerstraße 48 · 76135 Karlsruhe</p>
</body></html>
""",
)

library = m(
    "n0l6",
    "2025-11-21 06:00",
    "Stadtbibliothek Bremen <ausleihe@stadtbibliothek-bremen.example>",
    "Erinnerung: Leihfrist endet in 3 Tagen",
    N(),
    """\
Liebe Leserin, lieber Leser,

die Leihfrist folgender Medien endet am 24.11.2025:

- Kali Linux für Einsteiger (Sachbuch)
- Der Schwarm (Roman)

Sie können die Medien im Online-Konto verlängern, sofern sie nicht vorgemerkt sind.

Ihre Stadtbibliothek
""",
)

kleinanzeigen = m(
    "n0l7",
    "2025-10-22 20:14",
    "Kleinanzeigen <noreply@kleinanzeigen.de>",
    "Neue Nachricht zu „Concept2 Ruderergometer Modell D“",
    N(),
    """\
Hallo Svenja,

du hast eine neue Nachricht zu deiner Anzeige erhalten:

„Concept2 Ruderergometer Modell D, PM5“ – 690 €

Nutzer Mirko H.: „Hallo, ist der noch da? Würde 620 bieten und Samstag abholen.“

Antworten: https://www.kleinanzeigen.de/m-nachrichten.html

Dein Kleinanzeigen-Team
""",
)

lieferando = m(
    "n0l8",
    "2025-11-14 19:57",
    "Lieferando.de <noreply@lieferando.de>",
    "Bestellbestätigung: Pho Saigon Findorff",
    N(),
    """\
Danke für deine Bestellung, Svenja!

Pho Saigon Findorff
1x Pho Bo – 13,50 €
1x Sommerrollen Tofu – 6,90 €
Lieferkosten: 1,99 €
Gesamt: 22,39 €

Voraussichtliche Lieferzeit: 20:30 – 20:45

Lieferando.de
""",
)

apple = m(
    "n0l9",
    "2025-12-14 11:02",
    "Apple <no_reply@email.apple.com>",
    "Your receipt from Apple.",
    N("en"),
    """\
Receipt

APPLE ACCOUNT: svenja.kuhlmann-ahrens@web.de
DATE: 14 Dec 2025
ORDER ID: MT9X2K4LQP

iCloud+ with 50 GB Storage – Monthly – 0,99 €

TOTAL: 0,99 €

Privacy Policy: https://www.apple.com/legal/privacy/
Apple Distribution International Ltd., Hollyhill Industrial Estate, Cork, Ireland
""",
)

booking = m(
    "n0la",
    "2026-01-11 21:40",
    "Booking.com <noreply@booking.com>",
    "Ihre Buchung ist bestätigt: Ferienwohnung Strandläufer, Norddeich",
    N(),
    """\
Danke, Svenja! Ihre Buchung in Norddeich ist bestätigt.

Ferienwohnung Strandläufer
Anreise: Fr., 3. April 2026 (ab 15:00)
Abreise: Mo., 6. April 2026 (bis 10:00)
2 Erwachsene · 3 Nächte · Preis: 312 €

Buchungsnummer: 4188.207.551
PIN: 7731

Booking.com
""",
)

eventim = m(
    "n0lb",
    "2025-09-16 12:12",
    "EVENTIM <noreply@eventim.de>",
    "Ihre Bestellung 1822940132 – Tickets",
    N(),
    """\
Hallo Svenja Kuhlmann-Ahrens,

vielen Dank für Ihre Bestellung bei EVENTIM.

Veranstaltung: Element of Crime – Live 2026
Ort: Pier 2, Bremen
Datum: Sa., 14.03.2026, 20:00 Uhr
Tickets: 2x Stehplatz à 49,90 €

Ihre Tickets erhalten Sie als E-Ticket in der App.

Ihr EVENTIM Team
""",
)

bkk_own = m(
    "n0lc",
    "2025-12-10 10:10",
    "BKK Küste <service@bkk-kueste.example>",
    "Ihre Bonusprämie 2025 ist unterwegs",
    N(),
    """\
Liebe Frau Kuhlmann-Ahrens,

herzlichen Glückwunsch! Sie haben im Bonusprogramm „Fit an der Küste“ 2025 alle Maßnahmen erfüllt (Zahnvorsorge, Sportabzeichen, Mitgliedschaft im Sportverein).

Ihre Prämie: 120 €
Die Auszahlung erfolgt in den nächsten zwei Wochen auf Ihr hinterlegtes Konto.

Bleiben Sie gesund!
Ihre BKK Küste
""",
)

meetup = m(
    "n0ld",
    "2026-01-27 18:30",
    "Meetup <info@meetup.com>",
    "Du bist dabei: Azure User Group Bremen – Bicep Deep Dive",
    N(),
    """\
Svenja, du bist dabei!

Azure User Group Bremen
Bicep Deep Dive & Pizza 🍕
Do., 19. Februar 2026, 18:30
Coworking Hafenkante, Konsul-Smidt-Straße 8, Bremen

42 Teilnehmende · 8 Plätze frei

Zum Event: https://www.meetup.com/azure-ug-bremen/events/303118845/

Meetup
""",
)

mslearn = m(
    "n0le",
    "2025-10-19 16:00",
    "Microsoft Learn <learn@email.microsoft.com>",
    "Your weekly learning recap",
    N("en"),
    """\
Hi Svenja,

Here's what you accomplished this week on Microsoft Learn:

- 3 modules completed
- 2,400 XP earned
- Learning path in progress: AZ-104: Manage Azure identities and governance (78%)

Keep going: https://learn.microsoft.com/training/paths/az-104-manage-identities-governance/

Microsoft Learn
Unsubscribe: https://learn.microsoft.com/unsubscribe
""",
    headers={"List-Unsubscribe": "<https://learn.microsoft.com/unsubscribe>"},
)

passport = m(
    "n0lf",
    "2025-10-29 11:15",
    "Bürgerservice Bremen <noreply@buergerservice-bremen.example>",
    "Ihr Antrag: Reisepass liegt zur Abholung bereit",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

Ihr Reisepass (Antrag vom 25.09.2025) liegt ab sofort im BürgerServiceCenter Mitte zur Abholung bereit.

Bitte buchen Sie für die Abholung einen Termin: https://termin.bremen.example/bsc
Bringen Sie Ihren bisherigen Reisepass mit.

Mit freundlichen Grüßen
BürgerServiceCenter Mitte
""",
)

newsletter_city = m(
    "n0lg",
    "2025-10-30 06:15",
    "Weserbote Morgenpost <newsletter@weserbote.example>",
    "Guten Morgen, Bremen: Hafenbetreiber plant 300 neue Stellen",
    N(),
    """\
Guten Morgen, Bremen!

Die Themen des Tages:

HAFEN: Der Terminalbetreiber Nordkai will bis 2027 rund 300 neue Stellen schaffen, vor allem in IT und Automatisierung. Vorstand Tjarks: „Wir suchen Leute, die Hafen und Digitales zusammendenken.“

VERKEHR: Vollsperrung der Stephanibrücke am Wochenende.

WERDER: Nach dem 2:2 in Freiburg …

SPORT: Herbstregatta der Bremer Rudervereine mit Rekordbeteiligung.

Einen schönen Donnerstag!
Ihre Weserbote-Redaktion

Newsletter abbestellen: https://www.weserbote.example/newsletter/abmelden
""",
    headers={"List-Unsubscribe": "<https://www.weserbote.example/newsletter/abmelden>"},
)

beitrag = m(
    "n0m1",
    "2025-10-15 10:02",
    "ARD ZDF Deutschlandradio Beitragsservice <noreply@rundfunkbeitrag.de>",
    "Bestätigung Ihrer Änderungsmitteilung",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

wir bestätigen den Eingang Ihrer Änderungsmitteilung vom 13.10.2025 (neue Bankverbindung).

Beitragsnummer: 483 117 902
Der nächste Einzug erfolgt zum 15.11.2025 für die Monate Oktober bis Dezember 2025 (55,08 €).

Mit freundlichen Grüßen
ARD ZDF Deutschlandradio Beitragsservice
""",
)

zalando = m(
    "n0m2",
    "2026-02-09 21:15",
    "Zalando <info@service-mail.zalando.de>",
    "Danke für deine Bestellung",
    N(),
    """\
Hallo Svenja,

danke für deine Bestellung! Wir packen schon.

Bestellnummer: 10104488291273
- Vaude Softshelljacke Damen, Gr. 38 – 129,95 €
- Falke Laufsocken 3er-Pack – 24,99 €

Voraussichtliche Lieferung: 11.–12. Februar (Hermes)

Dein Zalando-Team
""",
)

netflix = m(
    "n0m3",
    "2025-12-26 20:40",
    "Netflix <info@account.netflix.com>",
    "Neues Gerät mit deinem Konto verbunden",
    N(),
    """\
Hallo Svenja,

ein neues Gerät wurde mit deinem Netflix-Konto verbunden:

Gerät: Samsung Smart TV
Ort: Osnabrück, Niedersachsen, Deutschland
Zeitpunkt: 26. Dezember, 20:37 MEZ

Wenn du das warst, ist alles in Ordnung. Falls nicht, ändere bitte dein Passwort: https://www.netflix.com/password

Dein Netflix-Team
""",
)

amz_refund = m(
    "n0m4",
    "2026-01-08 14:44",
    "Amazon.de <rueckgabe@amazon.de>",
    "Ihre Erstattung für „Neopren-Handschuhe Rudern, Gr. M“",
    N(),
    """\
Hallo Svenja,

wir haben Ihre Rücksendung erhalten und eine Erstattung in Höhe von 18,99 € veranlasst. Die Gutschrift erscheint in 3–5 Werktagen auf Ihrer Zahlungsmethode.

Amazon.de
""",
)

db_refund = m(
    "n0m5",
    "2025-11-20 09:12",
    "DB Fahrgastrechte <fahrgastrechte@bahn.de>",
    "Ihr Antrag auf Fahrgastrechte-Entschädigung wurde bearbeitet",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

vielen Dank für Ihren Antrag auf Entschädigung wegen Verspätung vom 06.11.2025 (RE 1 Bremen Hbf – Oldenburg(Oldb)).

Leider können wir Ihnen keine Entschädigung zahlen: Die Verspätung am Zielbahnhof lag unter 60 Minuten. Bei Zeitkarten (Deutschlandticket) gelten zudem besondere Regeln.

Mit freundlichen Grüßen
Ihr Servicecenter Fahrgastrechte
""",
)

eurowings = m(
    "n0m6",
    "2026-02-22 19:30",
    "Eurowings <noreply@eurowings.com>",
    "Ihre Buchungsbestätigung – Bremen nach Palma de Mallorca",
    N(),
    """\
Hallo Svenja Kuhlmann-Ahrens,

vielen Dank für Ihre Buchung!

Buchungscode: K7Q2ZM
Hinflug: Sa., 02.05.2026, EW 7584, Bremen (BRE) 06:10 → Palma (PMI) 08:40
Rückflug: Sa., 09.05.2026, EW 7585, Palma (PMI) 09:25 → Bremen (BRE) 12:00
Tarif: SMART, 1 Gepäckstück bis 23 kg

Online-Check-in ab 72 Stunden vor Abflug.

Guten Flug wünscht
Ihr Eurowings-Team
""",
)

webde_login = m(
    "n0m7",
    "2025-12-02 07:58",
    "WEB.DE Sicherheit <sicherheit@web.de>",
    "Neue Anmeldung in Ihrem Postfach",
    N(),
    """\
Hallo Frau Kuhlmann-Ahrens,

wir haben eine Anmeldung in Ihrem WEB.DE Postfach von einem neuen Gerät festgestellt:

Gerät: iPhone, WEB.DE Mail App
Ort: Bremen
Zeit: 02.12.2025, 07:56 Uhr

Waren Sie das? Dann müssen Sie nichts tun. Andernfalls ändern Sie bitte umgehend Ihr Passwort.

Ihr WEB.DE Sicherheitsteam
""",
)

pp3 = m(
    "n0m8",
    "2025-11-10 08:03",
    "service@paypal.de",
    "Sie haben Geld erhalten",
    N(),
    """\
Hallo Svenja Kuhlmann-Ahrens,

Heike Tammen hat Ihnen 18,00 € EUR gesendet.

Mitteilung: „Sprit Regatta HH 🚣‍♀️ danke fürs Mitnehmen!“

Transaktionscode: 9PA22871MM0142388

PayPal
""",
)

abfall = m(
    "n0m9",
    "2025-12-15 11:00",
    "Die Bremer Stadtreinigung <service@stadtreinigung-bremen.example>",
    "Ihr Abfuhrkalender 2026",
    N(),
    """\
Guten Tag,

Ihr persönlicher Abfuhrkalender 2026 für die Hemmstraße 212 steht zum Download bereit. Bitte beachten Sie die geänderten Abfuhrtage nach den Feiertagen.

Download: https://www.stadtreinigung-bremen.example/abfuhrkalender?str=Hemmstrasse&nr=212

Ihre Bremer Stadtreinigung
""",
)

bank_offer = m(
    "n0ma",
    "2026-01-20 10:30",
    "Weserbank <angebote@weserbank.example>",
    "Exklusiv für Sie: 3,0 % Zinsen aufs Tagesgeld",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Sehr geehrte Frau Kuhlmann-Ahrens,</p>
<p>starten Sie mit einem Plus ins neue Jahr: Für kurze Zeit erhalten Sie <b>3,0 % p. a.</b> auf neue Einlagen im Tagesgeldkonto – garantiert für 4 Monate.</p>
<p><a href="https://www.weserbank.example/tagesgeld-aktion">Angebot sichern</a></p>
<p style="font-size:10px">Das Angebot gilt bis 28.02.2026 für Neugeld bis 100.000 €. Weserbank eG · Am Brill 4 · 28195 Bremen · <a href="https://www.weserbank.example/werbung-abbestellen">Werbung abbestellen</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.weserbank.example/werbung-abbestellen>"},
)

podcast = m(
    "n0mb",
    "2025-12-11 17:00",
    "Sicherheitslücke – Der Podcast <newsletter@sicherheitsluecke-podcast.example>",
    "Neue Folge: „Wie bewirbt man sich eigentlich als Pentesterin?“ – Interview mit Aylin Korkmaz",
    N(),
    """\
Hallo zusammen,

in Folge 87 sprechen wir mit Aylin Korkmaz, die vor drei Jahren aus dem First-Level-Support in ein Red Team gewechselt ist. Im Interview erzählt sie, wie ihre Bewerbung ablief, welche Fragen im Vorstellungsgespräch kamen, warum sie die erste Absage fast froh gemacht hat – und welche Zertifikate sie heute wirklich noch für sinnvoll hält.

Jetzt hören: https://sicherheitsluecke-podcast.example/87

Außerdem: Unsere Hörer:innen-Umfrage 2025 läuft noch bis Sonntag.

Bis nächste Woche!
Anna & Felix

Abmelden: https://sicherheitsluecke-podcast.example/newsletter/abmelden
""",
    headers={"List-Unsubscribe": "<https://sicherheitsluecke-podcast.example/newsletter/abmelden>"},
)

warentest = m(
    "n0mc",
    "2025-12-07 09:00",
    "Stiftung Warentest <newsletter@test.de>",
    "Test Kopfhörer: Welche Noise-Cancelling-Modelle überzeugen",
    N(),
    """\
Der Newsletter der Stiftung Warentest

- Test Noise-Cancelling-Kopfhörer: 2 x „gut“, 1 x „mangelhaft“
- Weihnachtsgeld: Was Ihnen zusteht
- Stromtarife 2026: So finden Sie den günstigsten Anbieter

Alle Themen: https://www.test.de/newsletter

Newsletter abbestellen: https://www.test.de/newsletter/abmelden
""",
    headers={"List-Unsubscribe": "<https://www.test.de/newsletter/abmelden>"},
)

garmin = m(
    "n0md",
    "2026-01-12 08:00",
    "Garmin Connect <noreply@garmin.com>",
    "Deine Wochenübersicht",
    N(),
    """\
Hallo Svenja,

deine Woche vom 05.01. bis 11.01.:

Aktivitäten: 5
Intensitätsminuten: 214 (Ziel: 150) ✓
Schritte: 58.312
Durchschnittlicher Ruhepuls: 54

Weiter so!
Garmin Connect
""",
)

MAIL = [
    elster1,
    elster2,
    elster3,
    util1,
    util2,
    util3,
    db1,
    db2,
    db3,
    db4,
    mm1,
    mm2,
    mm3,
    heise1,
    heise2,
    heise3,
    loan1,
    loan2,
    loan3,
    card,
    immo,
    flat1,
    flat2,
    flat3,
    flat4,
    bank1,
    bank2,
    ux_interview,
    pp1,
    pp2,
    amz1,
    amz2,
    dhl1,
    dhl2,
    hermes,
    spotify1,
    spotify2,
    phone1,
    phone2,
    insurance_offer,
    check24,
    tchibo,
    car_insurance,
    webinar1,
    webinar2,
    dentist1,
    dentist2,
    dentist3,
    doctolib,
    ms_account,
    github,
    payslip1,
    payslip2,
    webde,
    library,
    kleinanzeigen,
    lieferando,
    apple,
    booking,
    eventim,
    bkk_own,
    meetup,
    mslearn,
    passport,
    newsletter_city,
    beitrag,
    zalando,
    netflix,
    amz_refund,
    db_refund,
    eurowings,
    webde_login,
    pp3,
    abfall,
    bank_offer,
    podcast,
    warentest,
    garmin,
]

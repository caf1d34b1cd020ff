# ruff: noqa: E501
"""Held-out corpus, ordinary inbox mail in German, French, Spanish and Portuguese (all ``not_job``).

Look-alikes on purpose: flat "Bewerbungen", viewing invitations and refusals, a rental contract
through DocuSign, loan applications and offers, appointments, a mentoring-programme
"candidature", newsletters with an "entretien" / "entrevista", marketing "offres" and "ofertas".
Each entry is one message; ``t`` is (category, language). See heldout.py.
"""

MAIL = [
    # ================================================================== German
    {
        "id": "<PB.00340434188210047712.20240111@mail.paketblitz.example>",
        "date": "2024-01-11 07:41:10 +0100",
        "from": "Paketblitz <noreply@mail.paketblitz.example>",
        "subject": "Ihr Paket kommt heute zwischen 10:30 und 13:30 Uhr",
        "text": """Guten Tag,

Ihre Sendung 00340434188210047712 von Parcelbay wird heute voraussichtlich zwischen 10:30 und 13:30 Uhr zugestellt.

Nicht zu Hause? Sie können Ihre Sendung jetzt noch umleiten oder einen Ablageort festlegen:
https://www.paketblitz.example/sendung/00340434188210047712

Ihr Paketblitz-Team
""",
        "cte": "quoted-printable",
        "t": ("not_job", "de"),
    },
    {
        "id": "<best.40022817.20240113@shop.kaufhaus-lindner.example>",
        "date": "2024-01-13 16:58:41 +0100",
        "from": "Kaufhaus Lindner Onlineshop <service@shop.kaufhaus-lindner.example>",
        "subject": "Bestellbestätigung Nr. 40022817",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Guten Tag Frau Almeida,</p>
<p>vielen Dank für Ihre Bestellung! Hiermit bestätigen wir den Eingang Ihrer Bestellung Nr. <b>40022817</b>.</p>
<table cellpadding="4" border="1" style="border-collapse:collapse">
<tr><td>Bettwäsche-Set Leinen, 135×200, salbei</td><td>1</td><td>89,95 €</td></tr>
<tr><td>Kopfkissen 80×80, mittelfest</td><td>2</td><td>59,90 €</td></tr>
<tr><td>Versand</td><td></td><td>4,95 €</td></tr>
<tr><td><b>Gesamtsumme inkl. MwSt.</b></td><td></td><td><b>154,80 €</b></td></tr>
</table>
<p>Zahlungsart: Rechnung · Voraussichtliche Lieferung: 17.–19.01.2024</p>
<p>Mit freundlichen Grüßen<br>Ihr Kaufhaus Lindner Kundenservice</p>
<p style="font-size:10px;color:#777">Kaufhaus Lindner GmbH & Co. KG · Königstraße 22 · 70173 Stuttgart · AG Stuttgart HRA 7712</p>
</body></html>""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<rechnung.2024-01.7712049@kundenservice.funkwelt.example>",
        "date": "2024-01-19 05:12:00 +0100",
        "from": "Funkwelt Mobil <rechnung@kundenservice.funkwelt.example>",
        "subject": "Ihre Rechnung für Januar 2024",
        "text": """Guten Tag Jordan Almeida,

Ihre Mobilfunkrechnung für Januar 2024 steht für Sie bereit.

Kundennummer: 7712049
Rechnungsbetrag: 17,99 €
Abbuchung am: 25.01.2024 (SEPA-Lastschrift)

Rechnung ansehen: https://mein.funkwelt.example/rechnungen

Ihr Funkwelt-Team
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<rechnung.2024-02.7712049@kundenservice.funkwelt.example>",
        "date": "2024-02-19 05:12:00 +0100",
        "from": "Funkwelt Mobil <rechnung@kundenservice.funkwelt.example>",
        "subject": "Ihre Rechnung für Februar 2024",
        "text": """Guten Tag Jordan Almeida,

Ihre Mobilfunkrechnung für Februar 2024 steht für Sie bereit.

Kundennummer: 7712049
Rechnungsbetrag: 22,48 € (enthält Roaming-Datenpaket EU+: 4,49 €)
Abbuchung am: 26.02.2024 (SEPA-Lastschrift)

Rechnung ansehen: https://mein.funkwelt.example/rechnungen

Ihr Funkwelt-Team
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<rechnung.2024-03.7712049@kundenservice.funkwelt.example>",
        "date": "2024-03-19 05:12:00 +0100",
        "from": "Funkwelt Mobil <rechnung@kundenservice.funkwelt.example>",
        "subject": "Ihre Rechnung für März 2024",
        "text": """Guten Tag Jordan Almeida,

Ihre Mobilfunkrechnung für März 2024 steht für Sie bereit.

Kundennummer: 7712049
Rechnungsbetrag: 17,99 €
Abbuchung am: 25.03.2024 (SEPA-Lastschrift)

Rechnung ansehen: https://mein.funkwelt.example/rechnungen

Ihr Funkwelt-Team
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<anfrage.WB-2291774.20240121@mail.wohnungsboerse-berlin.example>",
        "date": "2024-01-21 20:14:33 +0100",
        "from": "WohnBörse Berlin <noreply@mail.wohnungsboerse-berlin.example>",
        "subject": "Ihre Bewerbung für die Wohnung: 2-Zimmer-Altbau, Boxhagener Str. 31",
        "text": """Hallo Jordan Almeida,

vielen Dank für Ihre Bewerbung um die Wohnung

2-Zimmer-Altbau mit Balkon, 62 m², 1.140 € warm
Boxhagener Str. 31, 10245 Berlin-Friedrichshain

Ihre Anfrage und Ihr Mieterprofil (inkl. SCHUFA-Auskunft und Einkommensnachweis) wurden an den Anbieter, die Hausverwaltung Kramer & Söhne, übermittelt. Der Anbieter meldet sich direkt bei Ihnen, falls er Sie zu einer Besichtigung einladen möchte.

Tipp: Mit einem vollständigen Mieterprofil erhöhen Sie Ihre Chancen deutlich.

Ihr Team von WohnBörse Berlin
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<AM9PR02MB7120D1E2F3A4B5C6D7E8F9A0B1C2@AM9PR02MB7120.eurprd02.prod.outlook.com>",
        "date": "2024-01-26 10:33:05 +0100",
        "from": "Hausverwaltung Kramer & Söhne <vermietung@hv-kramer.example>",
        "subject": "Einladung zur Wohnungsbesichtigung – Boxhagener Str. 31, 2. OG links",
        "text": """Sehr geehrte Frau Almeida,

vielen Dank für Ihr Interesse an unserer Wohnung in der Boxhagener Str. 31.

Gerne laden wir Sie zu einem Besichtigungstermin ein:

Termin: Mittwoch, 31.01.2024, 17:40–17:55 Uhr
Treffpunkt: vor dem Hauseingang, Boxhagener Str. 31

Bitte bringen Sie folgende Unterlagen mit: Personalausweis, Einkommensnachweise der letzten drei Monate, SCHUFA-Bonitätsauskunft sowie eine Mietschuldenfreiheitsbescheinigung Ihres aktuellen Vermieters.

Sollten Sie den Termin nicht wahrnehmen können, bitten wir um kurze Absage, damit wir den Termin anderweitig vergeben können.

Mit freundlichen Grüßen
Sandra Kramer
Hausverwaltung Kramer & Söhne GbR
Frankfurter Allee 201, 10365 Berlin
""",
        "ics": {
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6C701000000000000000010000000D4E5F6A7",
            "start": "2024-01-31 17:40:00 +0100",
            "minutes": 15,
            "organizer": ("Hausverwaltung Kramer & Söhne", "vermietung@hv-kramer.example"),
            "summary": "Besichtigung Boxhagener Str. 31 – Almeida",
            "location": "Boxhagener Str. 31, 10245 Berlin",
            "description": "Besichtigungstermin 2-Zimmer-Wohnung, 2. OG links",
        },
        "t": ("not_job", "de"),
    },
    {
        "id": "<AM9PR02MB7120A9B8C7D6E5F4A3B2C1D0E9F8@AM9PR02MB7120.eurprd02.prod.outlook.com>",
        "date": "2024-02-08 15:02:47 +0100",
        "from": "Hausverwaltung Kramer & Söhne <vermietung@hv-kramer.example>",
        "subject": "Absage – Wohnung Boxhagener Str. 31",
        "text": """Sehr geehrte Frau Almeida,

vielen Dank für Ihr Interesse an der Wohnung in der Boxhagener Str. 31 und Ihre Teilnahme an der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Aufgrund der sehr hohen Nachfrage bitten wir um Verständnis, dass wir keine individuelle Begründung geben können.

Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Wohnungssuche.

Mit freundlichen Grüßen
Sandra Kramer
Hausverwaltung Kramer & Söhne GbR
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<CAE3mT8v1nR6dP9xW4yS2sK7qF0jG3fC8eA1aV6iO9nL2tR@mail.gmail.com>",
        "date": "2024-02-12 18:20:11 +0100",
        "from": "Jens Wolter <jens.wolter@mailbox.example>",
        "subject": "Paket für dich",
        "text": """Hallo Jordan,

ich hab heute ein Paket für dich angenommen (ziemlich groß, von Kaufhaus Lindner). Kannst du dir heute Abend oder morgen nach 18 Uhr abholen, wir sind im 1. OG rechts.

Grüße
Jens (Nachbar)
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<CAG7nV2x6pS1dT4wK9yR3sM8vH5jF1fD7eB2aY9iP4oJ1tS@mail.gmail.com>",
        "date": "2024-02-24 12:45:30 +0100",
        "from": "Lea Schubert <lea.schubert@mailbox.example>",
        "subject": "Spieleabend am Samstag?",
        "text": """Hey du!

Wir machen nächsten Samstag (2.3.) wieder Spieleabend bei uns. Ich mach Chili, du bringst Nachtisch? 😄 Ab 19 Uhr, Anke und Felix kommen auch.

Ach, und wenn du das Spiel mit den Zügen noch hast, bring's mit!

Liebe Grüße
Lea
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<zusage.LS14.20240316@hv-sonnenhof.example>",
        "date": "2024-03-16 11:20:00 +0100",
        "from": "Sonnenhof Immobilienverwaltung <mieterservice@hv-sonnenhof.example>",
        "subject": "Zusage: Wohnung Lindenstraße 14, 3. OG – Mietvertrag folgt",
        "text": """Sehr geehrte Frau Almeida,

wir freuen uns, Ihnen mitteilen zu können, dass der Eigentümer Ihrer Bewerbung für die Wohnung Lindenstraße 14, 3. OG (2,5 Zimmer, 68 m²) zugestimmt hat.

Den Mietvertrag erhalten Sie in den nächsten Tagen zur elektronischen Unterzeichnung per DocuSign. Mietbeginn ist der 01.05.2024; die Kaution in Höhe von drei Nettokaltmieten (2.760 €) ist bis spätestens zur Schlüsselübergabe zu leisten.

Mit freundlichen Grüßen
Markus Engel
Sonnenhof Immobilienverwaltung GmbH
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<4f3e2d1c0b9a48e7b6a5c4d3e2f1a0b9@dse-eu.docusign.net>",
        "date": "2024-03-18 09:31:12 +0100",
        "from": "Sonnenhof Immobilienverwaltung über DocuSign <dse@eumail.docusign.net>",
        "reply_to": "Markus Engel <mieterservice@hv-sonnenhof.example>",
        "subject": "Bitte mit DocuSign unterzeichnen: Mietvertrag_Lindenstr14_3OG_Almeida.pdf",
        "html": """<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#1e4ca1;color:#fff"><tr><td style="padding:24px;text-align:center">
<img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" width="116" alt="DocuSign"><br><br>
<span style="font-size:16px">Markus Engel hat Ihnen ein Dokument zum Überprüfen und Signieren gesendet.</span><br><br>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">DOKUMENT ÜBERPRÜFEN</a>
</td></tr></table>
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px;font-size:14px">
<b>Markus Engel</b><br>mieterservice@hv-sonnenhof.example<br><br>
Sehr geehrte Frau Almeida, anbei der Mietvertrag für die Wohnung Lindenstraße 14 zur Unterschrift.<br><br>
<span style="font-size:12px;color:#666"><b>Diese E-Mail nicht weitergeben</b><br>Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie diese E-Mail, diesen Link oder den Zugangscode nicht an andere weiter.</span>
</td></tr></table></body></html>""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<7a6b5c4d3e2f41a0b9c8d7e6f5a4b3c2@dse-eu.docusign.net>",
        "date": "2024-03-22 17:05:40 +0100",
        "from": "Sonnenhof Immobilienverwaltung über DocuSign <dse@eumail.docusign.net>",
        "subject": "Abgeschlossen: Mietvertrag_Lindenstr14_3OG_Almeida.pdf",
        "html": """<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#1e4ca1;color:#fff"><tr><td style="padding:24px;text-align:center">
<span style="font-size:16px">Ihr Dokument wurde abgeschlossen</span><br><br>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=8e9f0a1b-2c3d-4e5f-6a7b-8c9d0e1f2a3b" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">ABGESCHLOSSENES DOKUMENT ANZEIGEN</a>
</td></tr></table>
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px;font-size:14px">
Alle Parteien haben <b>Mietvertrag_Lindenstr14_3OG_Almeida.pdf</b> abgeschlossen.
</td></tr></table></body></html>""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<CAH2pW7x3nT9dQ5wL1yS8sN4vJ6jG2fE0eC5aZ3iQ7oK4tT@mail.gmail.com>",
        "date": "2024-04-13 21:10:02 +0200",
        "from": "Felix Brandt <felix.brandt@mailbox.example>",
        "subject": "Re: Umzug am 27.4. – wer kann helfen?",
        "headers": {
            "In-Reply-To": "<CAJ7rW2w5oH7xI0zR2dQ5xV8zO1kM9jL4nG6hX7aP2uE5cW@mail.fastpost.example>"
        },
        "text": """Bin dabei! Ich kann ab 9 Uhr, und ich kann den Transporter von meinem Onkel fragen, dann sparst du dir die Miete.

Pizza und Bier danach ist Pflicht 😉

Felix

Am Fr., 12. Apr. 2024 um 20:31 Uhr schrieb Jordan Almeida <jordan.almeida@fastpost.example>:
> Hallo ihr Lieben, am Samstag, 27.4., ziehe ich in die Lindenstraße. Wer hat Zeit und Lust, ein paar Kisten zu schleppen? Es gibt Pizza!
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<auftrag.UZ-24-0871.20240416@umzugsprofi-berlin.example>",
        "date": "2024-04-16 14:48:29 +0200",
        "from": "Umzugsprofi Berlin <auftrag@umzugsprofi-berlin.example>",
        "subject": "Auftragsbestätigung Ihres Umzugs am 27.04.2024",
        "text": """Sehr geehrte Frau Almeida,

hiermit bestätigen wir Ihren Auftrag Nr. UZ-24-0871:

Leistung: Möbeltransport (Kleintransporter mit 2 Trägern, 4 Stunden)
Datum: Samstag, 27.04.2024, Beginn 09:00 Uhr
Von: Revaler Str. 99, 10245 Berlin (4. OG, kein Aufzug)
Nach: Lindenstraße 14, 10969 Berlin (3. OG, Aufzug)
Festpreis: 389,00 € inkl. MwSt.

Bitte sorgen Sie für eine Halteverbotszone an beiden Adressen oder teilen Sie uns mit, falls wir diese beantragen sollen (Aufpreis 95 €).

Mit freundlichen Grüßen
Ihr Team von Umzugsprofi Berlin
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<termin.BA-FK-2024-118832@service.berlin-buergeramt.example>",
        "date": "2024-02-05 09:14:22 +0100",
        "from": "Terminvereinbarung Bürgeramt <noreply@service.berlin-buergeramt.example>",
        "subject": "Terminbestätigung: Bürgeramt Friedrichshain-Kreuzberg",
        "text": """Sehr geehrte Damen und Herren,

hiermit bestätigen wir Ihren Termin:

Dienstleistung: Reisepass beantragen
Datum: Dienstag, 05.03.2024
Uhrzeit: 08:24 Uhr
Ort: Bürgeramt Frankfurter Allee 35/37, 10247 Berlin
Vorgangsnummer: 118832

Bitte bringen Sie ein aktuelles biometrisches Passfoto und Ihren Personalausweis mit.

Termin absagen: https://service.berlin-buergeramt.example/termin/absagen?v=118832

Ihr Bürgeramt
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<termin.BA-FK-2024-150077@service.berlin-buergeramt.example>",
        "date": "2024-05-03 07:55:01 +0200",
        "from": "Terminvereinbarung Bürgeramt <noreply@service.berlin-buergeramt.example>",
        "subject": "Terminbestätigung: Bürgeramt Kreuzberg – Wohnsitz anmelden",
        "text": """Sehr geehrte Damen und Herren,

hiermit bestätigen wir Ihren Termin:

Dienstleistung: Anmeldung einer Wohnung
Datum: Montag, 13.05.2024
Uhrzeit: 11:12 Uhr
Ort: Bürgeramt Yorckstraße 4–11, 10965 Berlin
Vorgangsnummer: 150077

Bitte bringen Sie Ihren Personalausweis und die Wohnungsgeberbestätigung mit.

Ihr Bürgeramt
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<erinnerung.20240304.2281@praxis-fuchs.example>",
        "date": "2024-03-04 18:00:00 +0100",
        "from": "Zahnarztpraxis Dr. Fuchs <termine@praxis-fuchs.example>",
        "subject": "Terminerinnerung: Do., 07.03.2024, 08:30 Uhr",
        "text": """Guten Tag Frau Almeida,

wir möchten Sie an Ihren Termin in unserer Praxis erinnern:

Donnerstag, 07.03.2024, 08:30 Uhr – Professionelle Zahnreinigung

Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab: 030 555 4471.

Ihr Praxisteam Dr. Fuchs
Gärtnerstraße 10, 10245 Berlin
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<egk.2024.A123456789@post.spree-krankenkasse.example>",
        "date": "2024-04-03 10:02:00 +0200",
        "from": "Spree Krankenkasse <service@post.spree-krankenkasse.example>",
        "subject": "Ihre neue Gesundheitskarte ist unterwegs",
        "text": """Guten Tag Frau Almeida,

Ihre neue elektronische Gesundheitskarte ist auf dem Weg zu Ihnen. Bitte verwenden Sie ab Erhalt nur noch die neue Karte und vernichten Sie die alte.

Tipp: In unserer App können Sie Krankmeldungen, Rechnungen und Anträge bequem digital einreichen.

Ihre Spree Krankenkasse
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<jahresabrechnung.2023.V-4471220@kunden.spreestrom.example>",
        "date": "2024-01-31 13:00:00 +0100",
        "from": "SpreeStrom <kundenservice@kunden.spreestrom.example>",
        "subject": "Ihre Jahresabrechnung 2023 ist da",
        "text": """Guten Tag Frau Almeida,

Ihre Jahresabrechnung für den Zeitraum 01.01.2023 bis 31.12.2023 liegt in Ihrem Kundenportal bereit.

Verbrauch: 1.612 kWh
Ergebnis: Guthaben von 48,20 €, das wir Ihnen in den nächsten Tagen erstatten.
Neuer monatlicher Abschlag ab 01.03.2024: 52,00 €

Zum Kundenportal: https://kunden.spreestrom.example

Ihr SpreeStrom-Team
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<umzug.V-4471220.20240508@kunden.spreestrom.example>",
        "date": "2024-05-08 09:45:10 +0200",
        "from": "SpreeStrom <kundenservice@kunden.spreestrom.example>",
        "subject": "Bestätigung Ihres Umzugs – Ihr Stromvertrag zieht mit",
        "text": """Guten Tag Frau Almeida,

vielen Dank für Ihre Umzugsmeldung. Ihr Vertrag (Vertragsnummer V-4471220) wird ab dem 01.05.2024 an Ihrer neuen Adresse fortgeführt:

Lindenstraße 14, 10969 Berlin, Zählernummer 1ESY1160447120

Bitte teilen Sie uns noch die Zählerstände vom Auszug und Einzug mit: https://kunden.spreestrom.example/zaehlerstand

Ihr SpreeStrom-Team
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<kontoauszug.2024-01.DE44@ebanking.spreebank.example>",
        "date": "2024-02-02 04:30:00 +0100",
        "from": "Spreebank <postfach@ebanking.spreebank.example>",
        "subject": "Neuer Kontoauszug in Ihrem Postfach",
        "text": """Guten Tag Frau Almeida,

in Ihrem elektronischen Postfach liegt ein neues Dokument für Sie bereit:

Kontoauszug 01/2024, Girokonto DE44 •••• •••• 7712

Aus Sicherheitsgründen versenden wir keine Dokumente per E-Mail. Bitte melden Sie sich im Online-Banking an.

Ihre Spreebank
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<kredit.KA-77120.eingang@ebanking.spreebank.example>",
        "date": "2024-04-09 16:12:44 +0200",
        "from": "Spreebank Privatkredit <kredit@ebanking.spreebank.example>",
        "subject": "Ihr Kreditantrag Nr. KA-2024-0418 – Eingangsbestätigung",
        "text": """Sehr geehrte Frau Almeida,

vielen Dank für Ihren Antrag auf einen Privatkredit (Verwendungszweck: Einrichtung/Möbel) über 4.000 € mit einer Laufzeit von 24 Monaten.

Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft. Für die Bearbeitung benötigen wir noch Ihre letzten beiden Gehaltsabrechnungen. Bitte laden Sie diese in Ihrem Online-Banking unter „Postfach > Unterlagen einreichen“ hoch.

Mit freundlichen Grüßen
Ihre Spreebank – Team Privatkredit
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<kredit.KA-77120.angebot@ebanking.spreebank.example>",
        "date": "2024-04-15 11:03:09 +0200",
        "from": "Spreebank Privatkredit <kredit@ebanking.spreebank.example>",
        "subject": "Ihr Kreditangebot ist bereit",
        "text": """Sehr geehrte Frau Almeida,

gute Nachrichten: Wir haben Ihren Antrag KA-2024-0418 geprüft und freuen uns, Ihnen folgendes Angebot zu unterbreiten:

Nettodarlehensbetrag: 4.000,00 €
Laufzeit: 24 Monate
Monatliche Rate: 175,44 €
Effektiver Jahreszins: 4,95 %

Das Angebot ist 14 Tage gültig. Sie können es bequem im Online-Banking per Video-Ident annehmen.

Mit freundlichen Grüßen
Ihre Spreebank – Team Privatkredit
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<order.LF-2210981.status@lieferflitzer.example>",
        "date": "2024-04-21 19:42:15 +0200",
        "from": "Lieferflitzer <bestellung@lieferflitzer.example>",
        "subject": "Dein Essen ist unterwegs! 🛵",
        "text": """Hey Jordan,

dein Essen von „Saigon Kitchen“ ist auf dem Weg zu dir. Voraussichtliche Ankunft: 20:05–20:15 Uhr.

1× Phở Bò
1× Sommerrollen (Tofu)
Gesamt: 21,40 € (bezahlt mit Visa •••• 4417)

Bestellung verfolgen: https://lieferflitzer.example/track/LF-2210981

Guten Appetit!
Dein Lieferflitzer-Team
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<willkommen.M-558210@kraftwerk-fitness.example>",
        "date": "2024-05-18 10:30:00 +0200",
        "from": "Kraftwerk Fitness <hallo@kraftwerk-fitness.example>",
        "subject": "Willkommen bei Kraftwerk Fitness! 💪",
        "text": """Hey Jordan,

schön, dass du da bist! Deine Mitgliedschaft ist ab sofort aktiv.

Mitgliedsnummer: M-558210
Tarif: Flex (monatlich kündbar), 34,90 €/Monat
Studio: Kraftwerk Kreuzberg, Gitschiner Str. 15

Dein kostenloses Einführungstraining kannst du hier buchen: https://kraftwerk-fitness.example/einfuehrung

Bis bald auf der Matte!
Dein Kraftwerk-Team
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<nl.20240601.spreeblick@newsletter.spreeblick.example>",
        "date": "2024-06-01 06:00:00 +0200",
        "from": "Spreeblick am Morgen <newsletter@spreeblick.example>",
        "subject": "Spreeblick am Morgen: Freibäder öffnen, Baustelle an der Warschauer Brücke, ein Interview mit der Bezirksbürgermeisterin",
        "headers": {"List-Unsubscribe": "<https://spreeblick.example/newsletter/abmelden>"},
        "html": """<html><body style="font-family:Georgia,serif;max-width:600px">
<h2>Guten Morgen, Berlin!</h2>
<p><b>Freibadsaison:</b> Ab heute haben alle Sommerbäder geöffnet &ndash; das Prinzenbad allerdings erst ab 10 Uhr.</p>
<p><b>Verkehr:</b> Die Warschauer Brücke ist stadteinwärts bis Ende August nur einspurig befahrbar.</p>
<p><b>Das Interview:</b> Wir haben mit der Bezirksbürgermeisterin über Radwege, Mieten und den Görlitzer Park gesprochen.</p>
<p><b>Wetter:</b> 24 Grad, sonnig, am Abend Gewitter möglich.</p>
<p style="font-size:11px"><a href="https://spreeblick.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<mkt.angebot.20240622.ja@news.kaufhaus-lindner.example>",
        "date": "2024-06-22 08:00:00 +0200",
        "from": "Kaufhaus Lindner <news@news.kaufhaus-lindner.example>",
        "subject": "Exklusives Angebot nur für Sie: 20 % auf alles – nur bis Sonntag",
        "headers": {
            "List-Unsubscribe": "<https://shop.kaufhaus-lindner.example/newsletter/abmelden>"
        },
        "html": """<html><body style="font-family:Arial,sans-serif">
<h2>Sommer-Special: 20 % auf alles*</h2>
<p>Liebe Frau Almeida, als Stammkundin erhalten Sie exklusiv 20 % auf Ihren nächsten Einkauf &ndash; online und in allen Filialen. Ihr Code: <b>SOMMER20</b></p>
<p><a href="https://shop.kaufhaus-lindner.example/sommer">Jetzt shoppen</a></p>
<p style="font-size:10px;color:#777">*Gültig bis 23.06.2024. Ausgenommen Bücher und Geschenkkarten. <a href="https://shop.kaufhaus-lindner.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<buchung.SB-88123401.20240128@schienenblitz.example>",
        "date": "2024-01-28 19:20:51 +0100",
        "from": "Schienenblitz <buchung@schienenblitz.example>",
        "subject": "Ihre Buchungsbestätigung (Auftrag 88123401)",
        "text": """Vielen Dank für Ihre Buchung!

Auftragsnummer: 88123401
Hinfahrt: Sa., 10.02.2024, Berlin Hbf 09:34 → Leipzig Hbf 10:49 (ICE 1005)
Rückfahrt: So., 11.02.2024, Leipzig Hbf 17:08 → Berlin Hbf 18:25 (ICE 1006)
Reisende: 1 Erwachsener, BahnCard 25
Preis: 38,98 €

Ihr Ticket finden Sie im Anhang und in der App.

Gute Reise!
""",
        "attach": [
            ("Ticket_88123401.pdf", "application/pdf", "%PDF-1.4\n% Ticket Platzhalter\n%%EOF\n")
        ],
        "t": ("not_job", "de"),
    },
    {
        "id": "<bescheid.2023.ST-11-204-77120@meinsteuerportal.example>",
        "date": "2024-06-17 12:00:00 +0200",
        "from": "MeinSteuerportal <noreply@meinsteuerportal.example>",
        "subject": "Neuer Bescheid in Ihrem Postfach",
        "text": """Guten Tag,

in Ihrem Postfach liegt ein neues Dokument zum Abruf bereit:

Bescheid für 2023 über Einkommensteuer, Solidaritätszuschlag
Steuernummer: 11/204/77120

Bitte melden Sie sich an, um den Bescheid abzurufen: https://www.meinsteuerportal.example/postfach

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<beitrag.HV-2291-4471.20240704@kundenpost.rheinland-haftpflicht.example>",
        "date": "2024-07-04 09:00:00 +0200",
        "from": "Rheinland Versicherung <kundenpost@rheinland-haftpflicht.example>",
        "subject": "Ihre Privathaftpflicht: Beitragsanpassung zum 01.09.2024",
        "text": """Sehr geehrte Frau Almeida,

zum 01.09.2024 passen wir den Beitrag Ihrer Privathaftpflichtversicherung (Vertragsnummer HV-2291-4471) an die allgemeine Schadenentwicklung an. Ihr neuer Jahresbeitrag beträgt 68,40 € (bisher 64,20 €).

Sie haben ein Sonderkündigungsrecht bis einen Monat nach Zugang dieses Schreibens. Details finden Sie im beigefügten Nachtrag.

Mit freundlichen Grüßen
Ihre Rheinland Versicherung
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<info.treppenhaus.LS14.20240604@hv-sonnenhof.example>",
        "date": "2024-06-04 10:15:00 +0200",
        "from": "Sonnenhof Immobilienverwaltung <mieterservice@hv-sonnenhof.example>",
        "to": "Mieter Lindenstraße 14 <mieter-lindenstr14@hv-sonnenhof.example>",
        "subject": "Information: Wasserabstellung am 12.06. und neue Reinigungsfirma",
        "text": """Sehr geehrte Mieterinnen und Mieter,

am Mittwoch, 12.06.2024, wird zwischen 08:00 und 12:00 Uhr im gesamten Haus das Wasser abgestellt (Austausch der Steigleitung im Seitenflügel). Bitte halten Sie bei Bedarf Wasser vor.

Außerdem übernimmt ab Juli die Firma Glanzwerk die Treppenhausreinigung (dienstags und freitags).

Mit freundlichen Grüßen
Ihre Sonnenhof Immobilienverwaltung
""",
        "t": ("not_job", "de"),
    },
    {
        "id": "<CAK8qX3w2nV7dS0xP5yT1sL6mE9jH3fB2eD4aW8iR1oN7tU@mail.gmail.com>",
        "date": "2024-06-25 08:12:30 +0200",
        "from": "Lea Schubert <lea.schubert@mailbox.example>",
        "subject": "Fahrradtour am Wochenende?",
        "text": """Moin!

Felix und ich wollen Samstag mit den Rädern nach Potsdam und dann mit der Bahn zurück. Ca. 40 km, ganz gemütlich mit Badestopp am Wannsee. Bist du dabei? Treffpunkt wäre 10 Uhr am Südstern.

LG Lea
""",
        "t": ("not_job", "de"),
    },
    # ================================================================== French
    {
        "id": "<CAF1rS5w8nP2dQ7xT3yM9sK4vG6jH0fD1eA8aX5iL2oB9tQ@mail.gmail.com>",
        "date": "2024-01-15 21:04:19 +0100",
        "from": "Élodie Perrin <elodie.perrin@mailbox.example>",
        "subject": "Photos du week-end à Lyon 📸",
        "text": """Coucou Jordan !

Voilà les photos de samedi, la vue depuis Fourvière était incroyable malgré le froid. Merci encore d'être venue, ça m'a fait trop plaisir.

La prochaine fois c'est moi qui viens à Berlin, promis !

Bisous,
Élodie
""",
        "attach": [("IMG_2024_fourviere.jpg", "image/jpeg", "placeholder image bytes")],
        "t": ("not_job", "fr"),
    },
    {
        "id": "<releve.202312.FR76.0088213@client.credit-rhodanien.example>",
        "date": "2024-01-23 07:00:00 +0100",
        "from": "Crédit Rhodanien <ne-pas-repondre@client.credit-rhodanien.example>",
        "subject": "Votre relevé de compte est disponible",
        "text": """Madame,

Votre relevé de compte du mois de décembre 2023 est disponible dans votre espace client.

Compte courant n° •••••••8213

Pour le consulter, connectez-vous à votre espace : https://client.credit-rhodanien.example

Nous vous remercions de votre confiance.
Crédit Rhodanien
""",
        "t": ("not_job", "fr"),
    },
    {
        "id": "<resa.VL-2G7H4K.20240216@voyages-leman.example>",
        "date": "2024-02-16 13:31:08 +0100",
        "from": "Voyages Léman <confirmation@voyages-leman.example>",
        "subject": "Votre réservation est confirmée – Paris Gare de Lyon → Lyon Part-Dieu",
        "text": """Bonjour Jordan,

Votre réservation est confirmée.

Référence dossier : 2G7H4K
Aller : vendredi 12 avril 2024, Paris Gare de Lyon 18:04 → Lyon Part-Dieu 20:00, voiture 14, place 83
Retour : dimanche 14 avril 2024, Lyon Part-Dieu 17:34 → Paris Gare de Lyon 19:30, voiture 6, place 21
Montant : 78,00 €

Votre e-billet est disponible dans l'application.

Bon voyage !
Voyages Léman
""",
        "t": ("not_job", "fr"),
    },
    {
        "id": "<CAG4sT9w1nQ5dR8xV2yN6sL3vH7jF4fC9eB0aY2iM6oD3tR@mail.gmail.com>",
        "date": "2024-03-12 19:45:00 +0100",
        "from": "Élodie Perrin <elodie.perrin@mailbox.example>",
        "subject": "Re: Anniversaire de Julien le 13 avril ?",
        "headers": {
            "In-Reply-To": "<CAJ7rW2x7pI8xJ1zS3eR6yW9aP2lN0kM5oH7iY8bQ3vF6dX@mail.fastpost.example>"
        },
        "text": """Génial, Julien va être trop content ! On fait ça chez nous, à partir de 20h. Ne dis rien, c'est une surprise 🤫

Je t'ai trouvé un matelas gonflable, tu dors chez nous évidemment.

Bises
É.

Le mar. 12 mars 2024 à 18:20, Jordan Almeida <jordan.almeida@fastpost.example> a écrit :
> J'ai pris mon billet de train, j'arrive le vendredi soir à Lyon ! Je peux apporter quelque chose ?
""",
        "t": ("not_job", "fr"),
    },
    {
        "id": "<commande.LDQ-55120.expedition@librairie-des-quais.example>",
        "date": "2024-03-29 11:40:00 +0100",
        "from": "Librairie des Quais <commandes@librairie-des-quais.example>",
        "subject": "Votre commande n° 55120 a été expédiée",
        "text": """Bonjour,

Bonne nouvelle : votre commande n° 55120 a été expédiée.

- « Le Jardin d'hiver », roman (broché) – 21,00 €
- Frais de port (Allemagne) – 6,90 €

Numéro de suivi : LP2204711880FR
Livraison estimée : 3 à 5 jours ouvrés.

Merci de votre fidélité,
L'équipe de la Librairie des Quais, Bordeaux
""",
        "t": ("not_job", "fr"),
    },
    {
        "id": "<nl.brevedata.31.20240406@lettre.labrevedata.example>",
        "date": "2024-04-06 08:00:00 +0200",
        "from": "La Brève Data <lettre@labrevedata.example>",
        "subject": "La Brève Data #31 : les coûts cachés du cloud",
        "headers": {"List-Unsubscribe": "<https://labrevedata.example/desinscription?u=ja>"},
        "text": """LA BRÈVE DATA #31

Au programme cette semaine :
- Les coûts cachés du cloud : trois équipes racontent leur facture
- Faut-il encore apprendre Spark en 2024 ?
- Notre sélection de lectures pour le week-end

Bonne lecture,
L'équipe de La Brève Data

Se désinscrire : https://labrevedata.example/desinscription?u=ja
""",
        "t": ("not_job", "fr"),
    },
    {
        "id": "<mentorat.candidature.DWL-2024-118@datawomenlyon.example>",
        "date": "2024-04-18 20:11:37 +0200",
        "from": "Data Women Lyon <mentorat@datawomenlyon.example>",
        "subject": "Votre candidature au programme de mentorat 2024",
        "text": """Bonjour Jordan,

Merci pour votre candidature au programme de mentorat Data Women Lyon 2024 en tant que mentore ! Nous avons bien reçu votre formulaire.

Les binômes mentore/mentorée seront constitués fin mai, et le programme démarrera en septembre avec une soirée de lancement (en ligne pour les personnes à distance).

À très bientôt,
L'équipe bénévole de Data Women Lyon
""",
        "t": ("not_job", "fr"),
    },
    {
        "id": "<abo.offre.20240428.ja@newsletter.lequotidien-rhone.example>",
        "date": "2024-04-28 09:00:00 +0200",
        "from": "Le Quotidien du Rhône <abonnements@newsletter.lequotidien-rhone.example>",
        "subject": "Offre spéciale : -50 % sur votre abonnement numérique pendant 3 mois",
        "headers": {"List-Unsubscribe": "<https://lequotidien-rhone.example/desabonnement>"},
        "html": """<html><body style="font-family:Georgia,serif">
<h2>Offre spéciale printemps</h2>
<p>Profitez de l'accès illimité à tous nos articles, à l'édition numérique et aux newsletters pour <b>4,99 € par mois</b> pendant 3 mois au lieu de 9,99 €.</p>
<p><a href="https://lequotidien-rhone.example/abonnement?offre=PRINTEMPS50">J'en profite</a></p>
<p style="font-size:11px">Offre sans engagement, résiliable à tout moment. <a href="https://lequotidien-rhone.example/desabonnement">Se désabonner</a></p>
</body></html>""",
        "t": ("not_job", "fr"),
    },
    {
        "id": "<resa.LG-88210.20240511@logis-vacances.example>",
        "date": "2024-05-11 16:22:47 +0200",
        "from": "Logis Vacances <reservations@logis-vacances.example>",
        "subject": "Votre réservation à Marseille est confirmée",
        "text": """Bonjour Jordan,

Votre séjour est confirmé !

Studio lumineux avec terrasse – Vallon des Auffes, Marseille
Arrivée : jeudi 18 juillet 2024 à partir de 16h
Départ : lundi 22 juillet 2024 avant 11h
Voyageurs : 2
Total payé : 436 €

Votre hôte, Karim, vous enverra les instructions d'arrivée quelques jours avant votre séjour.

Logis Vacances
""",
        "t": ("not_job", "fr"),
    },
    {
        "id": "<facture.LG-88210.20240525@logis-vacances.example>",
        "date": "2024-05-25 10:00:00 +0200",
        "from": "Logis Vacances <facturation@logis-vacances.example>",
        "subject": "Votre facture – réservation LG-88210",
        "text": """Bonjour Jordan,

Vous trouverez ci-joint la facture de votre réservation LG-88210 (Marseille, 18–22 juillet 2024).

Montant TTC : 436,00 €, dont frais de service : 52,00 €

Logis Vacances SAS – 8 rue du Faubourg Montmartre, 75009 Paris
""",
        "attach": [("Facture_LG-88210.pdf", "application/pdf", "%PDF-1.4\n% facture\n%%EOF\n")],
        "t": ("not_job", "fr"),
    },
    {
        "id": "<nl.brevedata.38.20240603@lettre.labrevedata.example>",
        "date": "2024-06-03 08:00:00 +0200",
        "from": "La Brève Data <lettre@labrevedata.example>",
        "subject": "La Brève Data #38 : entretien avec la fondatrice de Pivoine Santé",
        "headers": {"List-Unsubscribe": "<https://labrevedata.example/desinscription?u=ja>"},
        "text": """LA BRÈVE DATA #38

L'entretien du mois
Nous avons rencontré Inès Haddad, fondatrice de Pivoine Santé, pour parler de données de santé, de souveraineté et de la difficulté de recruter des profils data en région.

Aussi cette semaine
- DuckDB, le couteau suisse de l'analyste ?
- Retour sur la conférence Data Days Lille

Bonne lecture,
L'équipe de La Brève Data

Se désinscrire : https://labrevedata.example/desinscription?u=ja
""",
        "t": ("not_job", "fr"),
    },
    {
        "id": "<CAH5tU0w2nR6dS9xW3yO7sM4vJ8jG5fE0eC1aZ3iN7oF4tS@mail.gmail.com>",
        "date": "2024-06-08 22:30:12 +0200",
        "from": "Julien Perrin <julien.perrin@mailbox.example>",
        "subject": "Re: vacances en Bretagne ?",
        "headers": {
            "In-Reply-To": "<CAJ7rW2y9qJ0xK2zT4fS7zX0bQ3mO1lN6pI8jZ9cR4wG7eY@mail.fastpost.example>"
        },
        "text": """Carrément ! On a la maison de ma tante à Douarnenez la deuxième semaine d'août. Il y a de la place pour 6, donc viens avec qui tu veux.

Par contre, prévois un k-way, c'est la Bretagne 😅

Julien

Le sam. 8 juin 2024 à 19:02, Jordan Almeida <jordan.almeida@fastpost.example> a écrit :
> Vous faites quoi en août ? J'aurai enfin des vacances, j'ai envie de mer.
""",
        "t": ("not_job", "fr"),
    },
    {
        "id": "<CAJ6uV1x3oS7dT0yX4zP8tN5wK9kH6gF1fD2bA4jO8pG5uT@mail.gmail.com>",
        "date": "2024-07-01 08:05:40 +0200",
        "from": "Élodie Perrin <elodie.perrin@mailbox.example>",
        "subject": "Joyeux anniversaire !! 🎂",
        "text": """Joyeux anniversaire ma belle !!

J'espère que tu as prévu quelque chose de chouette ce soir. On t'appelle ce week-end avec Julien.

Plein de bisous de Lyon,
Élodie
""",
        "t": ("not_job", "fr"),
    },
    # ================================================================== Spanish
    {
        "id": "<CAK7vW2x4pT8dU1yY5zQ9uO6xL0lI7hG2gE3cB5kP9qH6vU@mail.gmail.com>",
        "date": "2024-01-17 19:50:33 +0100",
        "from": "Pablo Navarro <pablo.navarro@mailbox.example>",
        "subject": "¿Quedamos el sábado?",
        "text": """¡Hola Jordan!

Estoy en Berlín este fin de semana por trabajo (una feria en Messe, un rollo). ¿Te apetece quedar el sábado por la tarde? Podemos ir a tomar algo por Kreuzberg, tú eliges el sitio.

Un abrazo,
Pablo
""",
        "t": ("not_job", "es"),
    },
    {
        "id": "<pedido.NA-30921.envio@tiendanubeazul.example>",
        "date": "2024-02-04 12:20:00 +0100",
        "from": "Tienda Nube Azul <pedidos@tiendanubeazul.example>",
        "subject": "¡Tu pedido NA-30921 ha sido enviado!",
        "text": """Hola Jordan,

¡Buenas noticias! Tu pedido NA-30921 ya está en camino.

- Cerámica esmaltada, taza 350 ml (azul cobalto) × 2
- Gastos de envío internacional: 9,90 €

Número de seguimiento: ES88213044712
Entrega estimada: 5–7 días laborables.

¡Gracias por comprar en Tienda Nube Azul!
""",
        "t": ("not_job", "es"),
    },
    {
        "id": "<reserva.HMT-44710.20240226@hotelmiradortriana.example>",
        "date": "2024-02-26 17:48:12 +0100",
        "from": "Hotel Mirador de Triana <reservas@hotelmiradortriana.example>",
        "subject": "Confirmación de su reserva n.º HMT-44710",
        "text": """Estimada Sra. Almeida:

Le confirmamos su reserva en el Hotel Mirador de Triana:

Llegada: viernes, 22 de marzo de 2024
Salida: lunes, 25 de marzo de 2024
Habitación: doble superior con vistas al río
Régimen: alojamiento y desayuno
Importe total: 384,00 € (IVA incluido), pago en el hotel

Cancelación gratuita hasta 48 horas antes de la llegada.

Atentamente,
Recepción – Hotel Mirador de Triana, Sevilla
""",
        "t": ("not_job", "es"),
    },
    {
        "id": "<calendar-5d8e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a@google.com>",
        "date": "2024-03-03 11:12:00 +0100",
        "from": "Pablo Navarro <pablo.navarro@mailbox.example>",
        "sender": "Google Calendar <calendar-notification@google.com>",
        "subject": "Invitación: Cena de cumple de Pablo 🎉 @ sáb 23 mar 2024 21:30 - 23:59 (CET) (jordan.almeida@fastpost.example)",
        "text": """Ya que estás en Sevilla ese finde, ¡te vienes!

Cena de cumple de Pablo 🎉
sábado, 23 de marzo de 2024 ⋅ 21:30 – 23:59
Hora central europea - Madrid

Ubicación
Bar La Alfalfa, Plaza de la Alfalfa 4, Sevilla

Organizador
Pablo Navarro

Invitación de Google Calendar
""",
        "ics": {
            "uid": "5d8e1f2a3b4c4d5e8f6a7b8c9d0e1f2a@google.com",
            "start": "2024-03-23 21:30:00 +0100",
            "minutes": 149,
            "organizer": ("Pablo Navarro", "pablo.navarro@mailbox.example"),
            "summary": "Cena de cumple de Pablo 🎉",
            "location": "Bar La Alfalfa, Plaza de la Alfalfa 4, Sevilla",
            "description": "Ya que estás en Sevilla ese finde, ¡te vienes!",
        },
        "t": ("not_job", "es"),
    },
    {
        "id": "<CAL8wX3y5qU9dV2zZ6aR0vP7yM1mJ8iH3hF4dC6lQ0rI7wV@mail.gmail.com>",
        "date": "2024-03-26 22:14:09 +0100",
        "from": "Pablo Navarro <pablo.navarro@mailbox.example>",
        "subject": "Re: fotos de Sevilla",
        "headers": {
            "In-Reply-To": "<CAJ7rW2z1rK1xL3zU5gT8aY1cR4nP2mO7qJ9kA0dS5xH8fZ@mail.fastpost.example>"
        },
        "text": """¡Qué fotos más bonitas! La de la Plaza de España parece de postal. Gracias por venir al cumple, de verdad, fue genial tenerte aquí.

A ver si en verano me escapo yo a Berlín.

Besos,
Pablo

El lun, 25 mar 2024 a las 21:40, Jordan Almeida (<jordan.almeida@fastpost.example>) escribió:
> ¡Te mando las fotos del finde! Gracias por todo, me lo pasé genial.
""",
        "t": ("not_job", "es"),
    },
    {
        "id": "<promo.2x1.20240410@cines-lumiere.example>",
        "date": "2024-04-10 10:00:00 +0200",
        "from": "Cines Lumière <ofertas@cines-lumiere.example>",
        "subject": "Oferta especial: 2x1 en entradas todos los miércoles de abril",
        "headers": {"List-Unsubscribe": "<https://cines-lumiere.example/baja>"},
        "html": """<html><body style="font-family:Arial,sans-serif">
<h2>¡Miércoles de cine al 2x1!</h2>
<p>Durante todo abril, compra una entrada y llévate otra gratis en todas nuestras salas. Solo en la web o en la app.</p>
<p><a href="https://cines-lumiere.example/cartelera">Ver cartelera</a></p>
<p style="font-size:11px">¿No quieres recibir más ofertas? <a href="https://cines-lumiere.example/baja">Date de baja</a></p>
</body></html>""",
        "t": ("not_job", "es"),
    },
    {
        "id": "<CAM9xY4z6rV0dW3aA7bS1wQ8zN2nK9jI4iG5eD7mR1sJ8xW@mail.gmail.com>",
        "date": "2024-04-30 18:33:25 +0200",
        "from": "Carmen Vidal <carmen.vidal@mailbox.example>",
        "subject": "Re: piso en Madrid",
        "headers": {
            "In-Reply-To": "<CAJ7rW3a2sL2xM4zV6hU9bZ2dS5oQ3nP8rK0lB1eT6yI9gA@mail.fastpost.example>"
        },
        "text": """Jordan, ¡gracias por el contacto de tu amiga! Al final nos quedamos con el piso de Lavapiés, el de Chamberí era demasiado caro. Firmamos el contrato el viernes 🎉

Cuando vengas a Madrid ya tienes sofá.

Un beso,
Carmen

El mar, 23 abr 2024 a las 09:10, Jordan Almeida (<jordan.almeida@fastpost.example>) escribió:
> Carmen, te paso el teléfono de mi amiga Marta, que conoce bien a una agencia en Madrid. ¡Suerte con la búsqueda!
""",
        "t": ("not_job", "es"),
    },
    {
        "id": "<boletin.77.20240501@boletindedatos.example>",
        "date": "2024-05-01 07:30:00 +0200",
        "from": "El Boletín de Datos <hola@boletindedatos.example>",
        "subject": "El Boletín de Datos #77: entrevista con la autora de «SQL sin miedo»",
        "headers": {"List-Unsubscribe": "<https://boletindedatos.example/baja?u=ja>"},
        "text": """EL BOLETÍN DE DATOS #77

La entrevista
Hablamos con Irene Campos, autora de «SQL sin miedo», sobre cómo enseñar SQL a equipos de negocio y por qué las hojas de cálculo no van a desaparecer.

También esta semana
- Tres formas de versionar tus datos
- Guía rápida de particionado en Parquet

¡Hasta la próxima!

Darse de baja: https://boletindedatos.example/baja?u=ja
""",
        "t": ("not_job", "es"),
    },
    {
        "id": "<CAN0yZ5a7sW1dX4bB8cT2xR9aO3oL0kJ5jH6fE8nS2tK9yX@mail.gmail.com>",
        "date": "2024-05-26 12:02:40 +0200",
        "from": "Carmen Vidal <carmen.vidal@mailbox.example>",
        "subject": "¡Fiesta de inauguración del piso! 🏠",
        "text": """¡Hola a todos!

Ya estamos instalados en Lavapiés, así que lo celebramos el sábado 15 de junio a partir de las 20h. Calle del Ave María 31, 2º izquierda.

Traed algo de beber y ganas de bailar. Jordan, ¡sé que es lejos, pero si vienes te invitamos a churros!

Carmen y Álex
""",
        "t": ("not_job", "es"),
    },
    {
        "id": "<extracto.202405.ES91.ja@avisos.bancoalcor.example>",
        "date": "2024-06-06 07:15:00 +0200",
        "from": "Banco Alcor <avisos@bancoalcor.example>",
        "subject": "Tu extracto de mayo ya está disponible",
        "text": """Hola Jordan,

Ya puedes consultar el extracto de mayo de tu Cuenta Online (ES91 •••• •••• •••• 4471) en la app o en la banca online.

Por tu seguridad, nunca te pediremos tus claves por correo electrónico.

Banco Alcor
""",
        "t": ("not_job", "es"),
    },
    {
        "id": "<solicitud.UVC-2024-0912@cursos.universidadveranocadiz.example>",
        "date": "2024-06-23 13:20:48 +0200",
        "from": "Universidad de Verano de Cádiz <matricula@universidadveranocadiz.example>",
        "subject": "Hemos recibido tu solicitud – Curso «Ciencia de datos para el clima»",
        "text": """Estimada Jordan Almeida:

Hemos recibido correctamente tu solicitud de matrícula y de beca para el curso «Ciencia de datos para el clima» (Cádiz, 15–19 de julio de 2024). Número de solicitud: UVC-2024-0912.

La comisión resolverá las becas antes del 5 de julio. Te comunicaremos la resolución por correo electrónico.

Un saludo cordial,
Secretaría de Cursos de Verano
Universidad de Verano de Cádiz
""",
        "t": ("not_job", "es"),
    },
    {
        "id": "<reserva.CC-7781204.20240705@comparticoche.example>",
        "date": "2024-07-05 09:40:00 +0200",
        "from": "CompartiCoche <no-responder@comparticoche.example>",
        "subject": "¡Tu reserva está confirmada! Cádiz → Sevilla, 19 de julio",
        "text": """¡Hola Jordan!

Tu plaza está confirmada.

Cádiz → Sevilla
Viernes, 19 de julio · 18:30
Conductor: Rafa (4,9 ★, 212 opiniones)
Precio: 9,50 €

Punto de encuentro: Estación de autobuses de Cádiz, Av. de Astilleros.

¡Buen viaje!
CompartiCoche
""",
        "t": ("not_job", "es"),
    },
    {
        "id": "<resumen.semana.20240214@lingoo.example>",
        "date": "2024-02-14 18:00:00 +0100",
        "from": "Lingoo <hola@lingoo.example>",
        "subject": "Tu resumen semanal: ¡racha de 23 días! 🔥",
        "text": """¡Hola Jordan!

Esta semana has estudiado 4 horas y 12 minutos de sueco.

Racha actual: 23 días
Palabras nuevas: 86
Lección favorita: «En el restaurante»

¡Sigue así! Tu próxima meta: 30 días seguidos.

El equipo de Lingoo
""",
        "t": ("not_job", "es"),
    },
    # ================================================================== Portuguese
    {
        "id": "<CAP1zA6b8tX2dY5cC9dU3yS0bP4pM1lK6kI7gF9oT3uL0zY@mail.gmail.com>",
        "date": "2024-01-11 22:41:03 -0300",
        "from": "Regina Almeida <regina.almeida@mailbox.example>",
        "subject": "Saudades!",
        "text": """Oi meu amor, tudo bem por aí?

Aqui está um calor de 35 graus, nem acredito quando você fala que está nevando em Berlim. Seu pai mandou um beijo, ele está todo orgulhoso da horta nova.

Me liga no domingo? Quero saber das novidades. E se alimenta direito, hein!

Beijos,
Mãe
""",
        "t": ("not_job", "pt"),
    },
    {
        "id": "<fatura.202401.5588@avisos.bancojacaranda.example>",
        "date": "2024-01-29 08:00:00 -0300",
        "from": "Banco Jacarandá <avisos@bancojacaranda.example>",
        "subject": "Sua fatura de janeiro chegou",
        "text": """Olá, Jordan!

A fatura do seu cartão Jacarandá Internacional (final 5588) já está disponível.

Valor: R$ 312,40
Vencimento: 10/02/2024

Pague pelo app ou gere o boleto: https://app.bancojacaranda.example/faturas

Banco Jacarandá
""",
        "t": ("not_job", "pt"),
    },
    {
        "id": "<CAQ2aB7c9uY3dZ6dD0eV4zT1cQ5qN2mL7lJ8hG0pU4vM1aZ@mail.gmail.com>",
        "date": "2024-02-07 20:15:40 -0300",
        "from": "Regina Almeida <regina.almeida@mailbox.example>",
        "subject": "Re: passagens para julho",
        "headers": {
            "In-Reply-To": "<CAJ7rW3b3tM3xN5zW7iV0cA3eT6pR4oQ9sL1mC2fU7zJ0hB@mail.fastpost.example>"
        },
        "text": """Que notícia boa, filha!! Já avisei a vó, ela chorou de felicidade 😭

Pode deixar que eu vou te buscar em Guarulhos. Me manda o número do voo quando comprar.

Beijos,
Mãe

Em ter., 6 de fev. de 2024 às 17:02, Jordan Almeida <jordan.almeida@fastpost.example> escreveu:
> Mãe, vou sim em julho! Ainda estou olhando as passagens, mas deve ser de 8 a 22.
""",
        "t": ("not_job", "pt"),
    },
    {
        "id": "<CAR3bC8d0vZ4dA7eE1fW5aU2dR6rO3nM8mK9iH1qV5wN2bA@mail.gmail.com>",
        "date": "2024-02-09 23:02:11 +0000",
        "from": "Tiago Ferreira <tiago.ferreira@mailbox.example>",
        "subject": "Jantar em Lisboa em março?",
        "text": """Olá Jordan!

Soube pela Maya que vens a Lisboa no início de março. Temos de combinar um jantar! Que tal sábado, dia 2? Conheço uma tasca nova em Campo de Ourique que é um espetáculo.

Diz-me qualquer coisa.

Um abraço,
Tiago
""",
        "t": ("not_job", "pt"),
    },
    {
        "id": "<fatura.202402.5588@avisos.bancojacaranda.example>",
        "date": "2024-02-27 08:00:00 -0300",
        "from": "Banco Jacarandá <avisos@bancojacaranda.example>",
        "subject": "Sua fatura de fevereiro chegou",
        "text": """Olá, Jordan!

A fatura do seu cartão Jacarandá Internacional (final 5588) já está disponível.

Valor: R$ 128,90
Vencimento: 10/03/2024

Pague pelo app ou gere o boleto: https://app.bancojacaranda.example/faturas

Banco Jacarandá
""",
        "t": ("not_job", "pt"),
    },
    {
        "id": "<reserva.TL-0302-2030@tabernadolargo.example>",
        "date": "2024-02-28 18:20:00 +0000",
        "from": "Taberna do Largo <reservas@tabernadolargo.example>",
        "subject": "A sua reserva está confirmada – sábado, 2 de março, 20:30",
        "text": """Olá Jordan,

A sua reserva na Taberna do Largo está confirmada:

Data: sábado, 2 de março de 2024
Hora: 20:30
Pessoas: 4
Nome: Almeida

Pedimos que nos avise com pelo menos 2 horas de antecedência caso precise de cancelar.

Até breve!
Taberna do Largo – Campo de Ourique, Lisboa
""",
        "t": ("not_job", "pt"),
    },
    {
        "id": "<CAS4cD9e1wA5dB8fF2gX6bV3eS7sP4oN9nL0jI2rW6xO3cB@mail.gmail.com>",
        "date": "2024-03-15 21:12:55 -0300",
        "from": "Regina Almeida <regina.almeida@mailbox.example>",
        "subject": "Fotos do aniversário da vó",
        "text": """Filha, olha que linda a festa da vó! 90 anos e dançou a noite toda. Todo mundo perguntou de você.

Mandei mais fotos no grupo da família.

Beijos,
Mãe
""",
        "attach": [("vo_90anos.jpg", "image/jpeg", "placeholder image bytes")],
        "t": ("not_job", "pt"),
    },
    {
        "id": "<voluntariado.JL-2024-0311@festivaljardinslisboa.example>",
        "date": "2024-04-11 12:30:00 +0100",
        "from": "Festival Jardins de Lisboa <voluntariado@festivaljardinslisboa.example>",
        "subject": "Recebemos a sua candidatura ao programa de voluntariado",
        "text": """Olá Jordan,

Obrigado pela sua candidatura ao programa de voluntariado do Festival Jardins de Lisboa 2024 (4 a 7 de julho)!

A nossa equipa vai analisar todas as candidaturas e entrará em contacto até ao final de maio com a proposta de turnos e funções. Como voluntário(a) terá acesso gratuito a todos os concertos fora do seu turno.

Até breve,
Equipa de Voluntariado – Festival Jardins de Lisboa
""",
        "t": ("not_job", "pt"),
    },
    {
        "id": "<CAT5dE0f2xB6dC9gG3hY7cW4fT8tQ5pO0oM1kJ3sX7yP4dC@mail.gmail.com>",
        "date": "2024-04-24 19:44:18 -0300",
        "from": "Daniel Almeida <dan.almeida@mailbox.example>",
        "subject": "Vai vir pro casamento do primo Lucas?",
        "text": """E aí, mana!

O Lucas vai casar em Floripa dia 20 de julho. A mãe disse que você já vai estar no Brasil nessa época — dá pra esticar até lá? A gente aluga um carro e desce junto de São Paulo.

Responde logo que ele precisa fechar a lista 😂

Dan
""",
        "t": ("not_job", "pt"),
    },
    {
        "id": "<pedido.LP-44120.enviado@lojapitanga.example>",
        "date": "2024-05-06 10:12:44 -0300",
        "from": "Loja Pitanga <pedidos@lojapitanga.example>",
        "subject": "Seu pedido #LP-44120 foi enviado 📦",
        "text": """Oi, Jordan!

Seu pedido #LP-44120 já está a caminho do endereço em São Paulo:

- Rede de descanso algodão cru (casal) × 1
- Kit 4 cuias de cerâmica × 1

Código de rastreio: BR44120887712
Previsão de entrega: 9 a 13 de maio

Obrigada por comprar com a gente!
Loja Pitanga
""",
        "t": ("not_job", "pt"),
    },
    {
        "id": "<newsletter.dadosecafe.52@dadosecafe.example>",
        "date": "2024-06-15 09:00:00 -0300",
        "from": "Dados & Café <newsletter@dadosecafe.example>",
        "subject": "Dados & Café #52: entrevista com quem migrou 400 pipelines para streaming",
        "headers": {"List-Unsubscribe": "<https://dadosecafe.example/descadastrar?u=ja>"},
        "text": """DADOS & CAFÉ #52

☕ A entrevista da semana
Conversamos com a Luana Prado, que liderou a migração de 400 pipelines batch para streaming numa fintech brasileira. Spoiler: metade não precisava ser streaming.

📚 Links
- Guia prático de dbt para iniciantes
- Por que seu Airflow está lento

Até a próxima!

Descadastrar: https://dadosecafe.example/descadastrar?u=ja
""",
        "t": ("not_job", "pt"),
    },
    {
        "id": "<promo.30off.20240630@lojapitanga.example>",
        "date": "2024-06-30 09:00:00 -0300",
        "from": "Loja Pitanga <novidades@lojapitanga.example>",
        "subject": "Oferta imperdível: 30% OFF em toda a loja só hoje! 🌺",
        "headers": {"List-Unsubscribe": "<https://lojapitanga.example/descadastrar>"},
        "html": """<html><body style="font-family:Arial,sans-serif">
<h2>Só hoje: 30% OFF em tudo!</h2>
<p>Use o cupom <b>PITANGA30</b> e aproveite o nosso aniversário. Frete grátis acima de R$ 199.</p>
<p><a href="https://lojapitanga.example/aniversario">Quero aproveitar</a></p>
<p style="font-size:11px"><a href="https://lojapitanga.example/descadastrar">Descadastrar</a></p>
</body></html>""",
        "t": ("not_job", "pt"),
    },
    {
        "id": "<CAU6eF1g3yC7dD0hH4iZ8dX5gU9uR6qP1pN2lK4tY8zQ5eD@mail.gmail.com>",
        "date": "2024-07-04 23:10:09 -0300",
        "from": "Regina Almeida <regina.almeida@mailbox.example>",
        "subject": "Já arrumou a mala?",
        "text": """Filha, faltam 4 dias!! Já arrumou a mala? Não esquece o casaco que aqui em julho faz frio à noite.

Seu quarto já está pronto. A vó está contando os dias.

Beijos e boa viagem,
Mãe
""",
        "t": ("not_job", "pt"),
    },
    {
        "id": "<mbway.transf.20240322.ja@notificacoes.bancoribeirinho.example>",
        "date": "2024-03-22 14:05:33 +0000",
        "from": "Banco Ribeirinho <notificacoes@bancoribeirinho.example>",
        "subject": "Recebeu uma transferência",
        "text": """Olá Jordan Almeida,

Recebeu uma transferência na sua conta à ordem (PT50 •••• •••• •••• •••• 8213):

Ordenante: TIAGO M FERREIRA
Montante: 37,50 EUR
Descritivo: jantar taberna

Banco Ribeirinho
""",
        "t": ("not_job", "pt"),
    },
]

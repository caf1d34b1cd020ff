# ruff: noqa: E501, RUF100
"""Corpus 124, the ordinary inbox part one (data only): bills, services, shops, newsletters, the
flat and the credit card; see heldout124.py."""

from __future__ import annotations

from typing import Any

from heldout124_jobs import N, ics, m

A1 = "A1 <noreply@a1.net>"
WL = "Wiener Linien <noreply@wienerlinien.at>"
FON = "FinanzOnline <finanzonline@bmf.gv.at>"
FALTER = "FALTER.morgen <morgen@falter.at>"
HID = "Hotel Inside Austria <redaktion@hotelinside-austria.example>"
WBG = "Wohnbaugenossenschaft Heimat Donau <wohnungsvergabe@heimatdonau.example>"
BANK = "Donau Kreditbank <service@donaukredit.example>"


def a1_bill(key: str, when: str, month: str, amount: str, no: str) -> dict[str, Any]:
    return m(
        key,
        when,
        A1,
        f"Ihre A1 Rechnung {month}",
        N(),
        f"""Sehr geehrte Frau Hofstätter,

Ihre A1 Rechnung für {month} ist da.

Rechnungsbetrag: EUR {amount}
Rechnungsnummer: {no}
Kundennummer: 6.30118442
Der Betrag wird am 15. von Ihrem Konto AT** **** **** **** 4471 abgebucht.

Ihre Rechnung als PDF finden Sie in Mein A1: https://www.a1.net/mein-a1/rechnungen

Freundliche Grüße
Ihr A1 Team

A1 Telekom Austria AG, Lassallestraße 9, 1020 Wien, FN 280571f, Handelsgericht Wien
Diese E-Mail wurde automatisch erstellt.""",
    )


MAIL: list[dict[str, Any]] = [
    a1_bill("n01", "2025-09-01 04:12", "September 2025", "54,80", "0912338471"),
    a1_bill("n02", "2025-10-01 04:09", "Oktober 2025", "54,80", "0912761103"),
    a1_bill("n03", "2025-11-01 04:15", "November 2025", "61,30", "0913180247"),
    a1_bill("n04", "2025-12-01 04:11", "Dezember 2025", "54,80", "0913599710"),
    a1_bill("n05", "2026-01-02 04:20", "Jänner 2026", "54,80", "0914012385"),
    a1_bill("n06", "2026-02-01 04:08", "Feber 2026", "57,10", "0914433920"),
    m(
        "n07",
        "2025-11-12 10:30",
        "A1 <angebote@news.a1.net>",
        "Exklusives Angebot für Sie, Frau Hofstätter: Glasfaser bis 1 Gbit/s 🚀",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2 style="color:#da291c">Nur für kurze Zeit: Ihr persönliches Angebot</h2>
<p>Sehr geehrte Frau Hofstätter,</p>
<p>als langjährige A1 Kundin erhalten Sie jetzt <b>A1 Glasfaser Internet 500</b> 6 Monate um nur € 9,90 – danach € 39,90 monatlich. Ohne Herstellungsentgelt, mit gratis WLAN Box.</p>
<p>Dieses Angebot gilt nur bis 30.11.2025. Jetzt verfügbar an Ihrer Adresse in 1050 Wien!</p>
<p><a href="https://www.a1.net/glasfaser?cid=nl_1125_exkl">Angebot sichern</a></p>
<p style="font-size:10px;color:#777">Aktion gültig bei Neuanmeldung bis 30.11.2025. 24 Monate Mindestvertragsdauer. Servicepauschale € 35,– jährlich. <a href="https://www.a1.net/newsletter/abmelden">Vom Newsletter abmelden</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.a1.net/newsletter/abmelden>"},
    ),
    m(
        "n08",
        "2026-01-19 15:02",
        "A1 Service <service@a1.net>",
        "Ihr Umzugsservice: Auftrag bestätigt",
        N(),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihren Umzugsauftrag. Wir übersiedeln Ihren A1 Internet-Anschluss an Ihre neue Adresse:

Neue Adresse: Sonnwendgasse 28/3/14, 1100 Wien
Geplanter Umstellungstermin: 09.02.2026 zwischen 08:00 und 12:00 Uhr

Bitte stellen Sie sicher, dass an diesem Tag jemand vor Ort ist. Ihre WLAN Box nehmen Sie einfach mit.

Auftragsnummer: UM-2026-0188312

Freundliche Grüße
Ihr A1 Service Team""",
    ),
    m(
        "n09",
        "2025-09-03 08:00",
        WL,
        "Ihre Jahreskarte: Abbuchung am 5. September",
        N(),
        """Liebe Kundin, lieber Kunde,

wir informieren Sie, dass die nächste Rate Ihrer Jahreskarte (Monatliche Zahlung) am 05.09.2025 von Ihrem Konto abgebucht wird.

Betrag: EUR 36,50
Kartennummer: JK-7718 2203 5540
Gültig bis: 31.03.2026

Ihre Tickets finden Sie jederzeit in der WienMobil App und im Ticketshop.

Danke, dass Sie mit uns fahren!
Ihre Wiener Linien

Wiener Linien GmbH & Co KG · Erdbergstraße 202 · 1030 Wien""",
    ),
    m(
        "n10",
        "2025-10-14 16:00",
        "Wiener Linien <newsletter@wienerlinien.at>",
        "Linienkreuz U2xU5: Was sich jetzt für Sie ändert",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<table width="600" align="center"><tr><td>
<img src="https://www.wienerlinien.at/newsletter/wl-logo.png" alt="Wiener Linien" width="150">
<h2>Bauarbeiten am Linienkreuz U2xU5</h2>
<p>Von 27. Oktober bis 23. November ist die U2 zwischen Schottentor und Karlsplatz nicht in Betrieb. Die Ersatzbuslinie U2E fährt im 5-Minuten-Takt.</p>
<p>Außerdem: Neue Sitzplätze in der Straßenbahnlinie 18, und warum unsere Fahrerinnen und Fahrer jetzt mit Elektrobussen durch den 1. Bezirk fahren – ein Interview mit Busfahrerin Ayşe.</p>
<p><a href="https://www.wienerlinien.at/u2xu5?utm_source=newsletter">Alle Infos</a></p>
<p style="font-size:10px;color:#888"><a href="https://www.wienerlinien.at/newsletter/abmelden">Newsletter abbestellen</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.wienerlinien.at/newsletter/abmelden>"},
    ),
    m(
        "n11",
        "2026-02-04 12:44",
        WL,
        "Adressänderung für Ihre Jahreskarte bestätigt",
        N(),
        """Liebe Kundin, lieber Kunde,

Ihre neue Zustelladresse wurde gespeichert:
Sonnwendgasse 28/3/14, 1100 Wien

Ihre Jahreskarte (JK-7718 2203 5540) bleibt unverändert gültig. Denken Sie daran: Ihre Jahreskarte verlängert sich automatisch am 01.04.2026.

Ihre Wiener Linien""",
    ),
    m(
        "n12",
        "2025-09-10 07:15",
        FON,
        "Neue Nachricht in Ihrer FinanzOnline DataBox",
        N(),
        """Sehr geehrte Teilnehmerin,

in Ihrer DataBox ist ein neues Dokument eingelangt:

Einkommensteuerbescheid 2024 (Arbeitnehmerveranlagung)

Bitte steigen Sie unter https://finanzonline.bmf.gv.at ein, um das Dokument abzurufen. Das Dokument gilt mit dem Einlangen in der DataBox als zugestellt.

Diese E-Mail wurde automatisch versandt, bitte antworten Sie nicht darauf.

Bundesministerium für Finanzen""",
    ),
    m(
        "n13",
        "2026-02-19 07:20",
        FON,
        "Neue Nachricht in Ihrer FinanzOnline DataBox",
        N(),
        """Sehr geehrte Teilnehmerin,

in Ihrer DataBox ist ein neues Dokument eingelangt:

Mitteilung über die Übermittlung eines Lohnzettels (L16) für 2025

Bitte steigen Sie unter https://finanzonline.bmf.gv.at ein, um das Dokument abzurufen.

Diese E-Mail wurde automatisch versandt, bitte antworten Sie nicht darauf.

Bundesministerium für Finanzen""",
    ),
    m(
        "n14",
        "2025-09-26 09:40",
        "Gerald Hofstätter <gerald.hofstaetter@aon.at>",
        "Fwd: Einkommensteuerbescheid - Gutschrift?",
        N(),
        """Hallo Leni,

hab deine Frage erst jetzt gesehen. Ja, die € 612 Gutschrift kommt innerhalb von ca. 2 Wochen aufs Konto, das ist normal. Beim nächsten Mal die Pendlerpauschale nicht vergessen – wobei, mit der U-Bahn eh nicht 😉

Papa

---------- Forwarded message ---------
Von: Magdalena Hofstätter <magdalena.hofstaetter@gmx.at>
Datum: Mi., 10. Sept. 2025
Betreff: Einkommensteuerbescheid - Gutschrift?

Papa, kurze Frage: wie lange dauert das, bis die Gutschrift vom Finanzamt kommt?""",
    ),
    m(
        "n15",
        "2025-09-05 06:00",
        FALTER,
        "FALTER.morgen #1204: Wie teuer wird das Wohnen in Wien?",
        N(),
        """Guten Morgen!

Heute im FALTER.morgen:

- Mieten: Warum die Genossenschaften mit den Wartelisten nicht mehr nachkommen
- Stadtentwicklung: Was aus dem Nordwestbahnhof wird
- Interview: Die neue Direktorin des Volkstheaters über Spielpläne und Sparpakete
- Essen: Drei Beisln, in denen man noch unter 15 Euro satt wird

Das Wetter: Spätsommer, bis zu 28 Grad.

Zum vollständigen Newsletter: https://www.falter.at/morgen/20250905

FALTER Zeitschriften GmbH · Marc-Aurel-Straße 9 · 1010 Wien
Abbestellen: https://www.falter.at/newsletter/abbestellen""",
        headers={"List-Unsubscribe": "<https://www.falter.at/newsletter/abbestellen>"},
    ),
    m(
        "n16",
        "2025-11-07 06:00",
        FALTER,
        "FALTER.morgen #1248: Der Arbeitsmarkt kühlt ab",
        N(),
        """Guten Morgen!

Heute im FALTER.morgen:

- Arbeitslosigkeit: Warum das AMS im Herbst so viele Neuanmeldungen wie seit 2021 nicht mehr zählt – und welche Branchen trotzdem Personal suchen
- Tourismus: Nächtigungsrekord in Wien, aber die Hotels klagen über Personalmangel
- Interview: Ein Heurigenwirt aus Stammersdorf über den Jahrgang 2025
- Kultur: Die Viennale-Bilanz

Zum vollständigen Newsletter: https://www.falter.at/morgen/20251107

Abbestellen: https://www.falter.at/newsletter/abbestellen""",
        headers={"List-Unsubscribe": "<https://www.falter.at/newsletter/abbestellen>"},
    ),
    m(
        "n17",
        "2026-02-12 06:00",
        FALTER,
        "FALTER.morgen #1311: Ballsaison, Teil zwei",
        N(),
        """Guten Morgen!

- Ballsaison: Was ein Ballabend 2026 wirklich kostet
- Verkehr: Die Wiener Linien testen autonome Busse in der Seestadt
- Bezirk: Favoriten bekommt einen neuen Park am Sonnwendviertel

Zum vollständigen Newsletter: https://www.falter.at/morgen/20260212

Abbestellen: https://www.falter.at/newsletter/abbestellen""",
        headers={"List-Unsubscribe": "<https://www.falter.at/newsletter/abbestellen>"},
    ),
    m(
        "n18",
        "2025-09-12 11:00",
        HID,
        "Im Interview: Petra Aigner über Revenue Management in der Ferienhotellerie",
        N(),
        html="""<html><body style="font-family:Georgia,serif;color:#222">
<table width="620" align="center"><tr><td>
<p style="font-size:12px;color:#999">Hotel Inside Austria · Branchennewsletter · Ausgabe 37/2025</p>
<h2>„Das Bauchgefühl hat ausgedient“</h2>
<p>Petra Aigner leitet seit drei Jahren das Revenue Management einer Tiroler Hotelgruppe. Im Interview erzählt sie, warum sie Bewerberinnen und Bewerber heute vor allem nach Excel-Skills fragt, wieso Ferienhotels Mindestaufenthalte neu denken müssen und was sie von KI-Pricing hält.</p>
<p><a href="https://www.hotelinside-austria.example/interview/aigner?utm_source=nl37">Zum Interview</a></p>
<h3>Außerdem</h3>
<ul>
<li>Nächtigungsstatistik August: Wien +6 %, Salzburg stabil</li>
<li>Neuer Kollektivvertrag für das Hotel- und Gastgewerbe: was die Einigung bringt</li>
<li>Wer wechselt wohin: die Personalia des Monats</li>
</ul>
<p style="font-size:10px;color:#999">Sie erhalten diesen Newsletter als registrierte Leserin. <a href="https://www.hotelinside-austria.example/abmelden">Abmelden</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.hotelinside-austria.example/abmelden>"},
    ),
    m(
        "n19",
        "2025-11-20 11:00",
        HID,
        "Personalkarussell: Wer in der Wiener Hotellerie jetzt neu anheuert",
        N(),
        html="""<html><body style="font-family:Georgia,serif;color:#222">
<table width="620" align="center"><tr><td>
<p style="font-size:12px;color:#999">Hotel Inside Austria · Branchennewsletter · Ausgabe 47/2025</p>
<h2>Personalkarussell in der Wiener Hotellerie</h2>
<p>Die Generalsanierung des Hotel Wiedner Hof bringt Bewegung in den Markt: Gleich mehrere Führungskräfte des Hauses sind auf Jobsuche – und werden von der Konkurrenz umworben. Die DHG sucht einen Director of Revenue für Österreich, Alvara besetzt im Stephansgarten neu, und das Ringhaus verhandelt über einen Teilverkauf.</p>
<p>Außerdem im Interview: Thomas Reindl, GM des Hotel Stephansgarten, über die Frage, warum er Bewerbungsgespräche am liebsten in der Lobby Bar führt.</p>
<p><a href="https://www.hotelinside-austria.example/personalia/47-2025?utm_source=nl47">Weiterlesen</a></p>
<p style="font-size:10px;color:#999"><a href="https://www.hotelinside-austria.example/abmelden">Abmelden</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.hotelinside-austria.example/abmelden>"},
    ),
    m(
        "n20",
        "2025-10-02 10:21",
        "Revenue Weekly <hello@revenueweekly.example>",
        "5 questions with a Head of Revenue who hires for attitude",
        N("en"),
        """REVENUE WEEKLY · Issue #212

This week's interview: "I hire for curiosity, not for software skills"
We spoke with Amira Haddad, Head of Revenue at a 40-hotel European group, about what she looks for when she interviews revenue managers, why she stopped asking about IDeaS vs. Duetto, and how her team handled the spring city-break slump.

Also:
- Group pricing in 2026: the end of the static contract?
- Job of the week: Revenue Analyst, Lisbon (hybrid) – apply via the link in our jobs board
- Tool review: three forecast dashboards compared

Read online: https://revenueweekly.example/212

You subscribed at revenueweekly.example. Unsubscribe: https://revenueweekly.example/unsubscribe?u=8821""",
        headers={"List-Unsubscribe": "<https://revenueweekly.example/unsubscribe?u=8821>"},
    ),
    m(
        "n21",
        "2025-10-20 14:00",
        "PriceAtlas Events <events@priceatlas.example>",
        "Ihre Anmeldung: Webinar „Forecasting für 2026“ am 29. Oktober",
        N(),
        """Hallo Magdalena,

danke für Ihre Anmeldung zu unserem Webinar

Forecasting für 2026 – was Wiener Stadthotels jetzt planen sollten
Mittwoch, 29. Oktober 2025, 11:00–12:00 Uhr

Mit: Dr. Katharina Seidl (PriceAtlas) und Gästen aus der Hotellerie
Link zur Teilnahme: https://priceatlas.example/webinar/join/forecast26?id=mh8812

Den Termin haben wir Ihnen als Kalendereinladung angehängt. Die Aufzeichnung erhalten Sie im Anschluss.

Ihr PriceAtlas Team""",
        ics=ics(
            "webinar-forecast26-mh8812@priceatlas.example",
            "2025-10-29 11:00",
            "Webinar: Forecasting für 2026 (PriceAtlas)",
            ("PriceAtlas Events", "events@priceatlas.example"),
            location="https://priceatlas.example/webinar/join/forecast26?id=mh8812",
        ),
    ),
    m(
        "n22",
        "2025-09-24 19:10",
        "Revenue Circle Vienna <hello@revenuecircle.example>",
        "Speaker-Bestätigung: Revenue Circle #14 am 16. Oktober",
        N(),
        """Liebe Magdalena,

wie schön, dass du beim nächsten Revenue Circle sprichst! Hier nochmal alles im Überblick:

Revenue Circle #14 – "Wenn der Algorithmus irrt"
Donnerstag, 16. Oktober 2025, 18:30 Uhr
Impact Hub Vienna, Lindengasse 56, 1070 Wien
Dein Slot: 19:00–19:20 (Talk + 10 Min. Q&A)

Bitte schick uns deine Folien bis 14.10. Getränke und Brezen gibt's wie immer, Anmeldung für Gäste läuft über unsere Seite.

Danke & bis bald
Christina & Paul vom Revenue Circle""",
        ics=ics(
            "rc14-speaker-hofstaetter@revenuecircle.example",
            "2025-10-16 18:30",
            "Revenue Circle #14 – Talk Magdalena",
            ("Revenue Circle Vienna", "hello@revenuecircle.example"),
            minutes=150,
            location="Impact Hub Vienna, Lindengasse 56, 1070 Wien",
        ),
    ),
    # ---- the Genossenschaftswohnung
    m(
        "n23",
        "2025-10-02 13:05",
        WBG,
        "Eingangsbestätigung Ihrer Wohnungsbewerbung – Projekt Sonnwendviertel Ost",
        N(),
        """Sehr geehrte Frau Hofstätter,

wir bestätigen den Eingang Ihrer Bewerbung für eine geförderte Mietwohnung (mit Kaufoption) im Projekt Sonnwendviertel Ost, 1100 Wien.

Ihre Bewerbungsnummer: HD-SWV-2025-0734
Gewünschte Wohnungsgröße: 2 Zimmer, 50–60 m²
Wiener Wohn-Ticket: vorhanden (gültig bis 06/2026)

Die Vergabe erfolgt nach Reihung gemäß unseren Vergaberichtlinien. Wir werden Sie kontaktieren, sobald eine passende Wohnung verfügbar ist. Bitte sehen Sie von telefonischen Nachfragen ab.

Mit freundlichen Grüßen
Wohnungsvergabe
Wohnbaugenossenschaft Heimat Donau reg.Gen.m.b.H.
Quellenstraße 140, 1100 Wien""",
    ),
    m(
        "n24",
        "2025-11-05 10:48",
        WBG,
        "Einladung zur Wohnungsbesichtigung – Sonnwendgasse 28, Top 3/14",
        N(),
        """Sehr geehrte Frau Hofstätter,

wir freuen uns, Ihnen mitteilen zu können, dass Sie für folgende Wohnung in die engere Auswahl gekommen sind:

Sonnwendgasse 28, Stiege 3, Top 14, 1100 Wien
2 Zimmer, 57,4 m², Loggia 6 m², 3. OG
Finanzierungsbeitrag: € 14.820,– | Monatliches Nutzungsentgelt ca. € 612,– inkl. BK und USt.

Besichtigung: Mittwoch, 12. November 2025, 17:00 Uhr, Treffpunkt vor Stiege 3.

Bitte bringen Sie einen Lichtbildausweis mit. Sollten Sie verhindert sein, geben Sie uns bitte bis 10.11. Bescheid, damit wir die Wohnung weiter vergeben können.

Mit freundlichen Grüßen
Wohnungsvergabe Heimat Donau""",
        ics=ics(
            "besichtigung-hd-swv-0734@heimatdonau.example",
            "2025-11-12 17:00",
            "Wohnungsbesichtigung Sonnwendgasse 28/3/14",
            ("Wohnungsvergabe Heimat Donau", "wohnungsvergabe@heimatdonau.example"),
            style="outlook",
            minutes=30,
            location="Sonnwendgasse 28, Stiege 3, 1100 Wien",
        ),
    ),
    m(
        "n25",
        "2025-11-26 09:15",
        WBG,
        "Wohnungsangebot: Sonnwendgasse 28/3/14 – Bitte um Rückmeldung bis 3.12.",
        N(),
        """Sehr geehrte Frau Hofstätter,

nach der Besichtigung freuen wir uns, Ihnen die Wohnung Sonnwendgasse 28/3/14, 1100 Wien, verbindlich anzubieten.

Bezugsfertig: 01.02.2026
Finanzierungsbeitrag: € 14.820,– (fällig bei Unterzeichnung des Nutzungsvertrags)
Nutzungsentgelt: ca. € 612,– monatlich

Bitte teilen Sie uns bis spätestens 03.12.2025 schriftlich mit, ob Sie das Angebot annehmen. Ohne Rückmeldung geht das Angebot an die nächstgereihte Person.

Mit freundlichen Grüßen
Wohnungsvergabe Heimat Donau""",
    ),
    m(
        "n26",
        "2025-12-02 14:30",
        WBG,
        "AW: Wohnungsangebot Sonnwendgasse 28/3/14 – Annahme",
        N(),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihre Zusage, die wir hiermit bestätigen. Wir freuen uns, Sie bald als Mitglied unserer Genossenschaft begrüßen zu dürfen.

Die Unterzeichnung des Nutzungsvertrags findet im Jänner statt, eine Einladung folgt. Bitte überweisen Sie den Finanzierungsbeitrag bis spätestens 15.01.2026 auf das im Angebot angeführte Konto.

Mit freundlichen Grüßen
Wohnungsvergabe Heimat Donau

-----Ursprüngliche Nachricht-----
Von: Magdalena Hofstätter
Gesendet: Montag, 1. Dezember 2025 22:03
Betreff: Wohnungsangebot Sonnwendgasse 28/3/14 – Annahme

Sehr geehrte Damen und Herren, ich nehme das Angebot sehr gerne an! Mit freundlichen Grüßen, Magdalena Hofstätter""",
    ),
    m(
        "n27",
        "2026-01-08 11:10",
        WBG,
        "Termin zur Unterzeichnung Ihres Nutzungsvertrags",
        N(),
        """Sehr geehrte Frau Hofstätter,

wir laden Sie zur Unterzeichnung Ihres Nutzungsvertrags für die Wohnung Sonnwendgasse 28/3/14 ein:

Mittwoch, 14. Jänner 2026, 15:30 Uhr
Kundencenter Heimat Donau, Quellenstraße 140, 1100 Wien

Bitte mitbringen: Lichtbildausweis, Meldezettel, Zahlungsbestätigung des Finanzierungsbeitrags, Einkommensnachweis (letzte drei Lohnzettel oder Dienstvertrag).

Mit freundlichen Grüßen
Wohnungsvergabe Heimat Donau""",
        ics=ics(
            "nutzungsvertrag-hd-swv-0734@heimatdonau.example",
            "2026-01-14 15:30",
            "Unterzeichnung Nutzungsvertrag Sonnwendgasse 28/3/14",
            ("Wohnungsvergabe Heimat Donau", "wohnungsvergabe@heimatdonau.example"),
            style="outlook",
            minutes=45,
            location="Kundencenter Heimat Donau, Quellenstraße 140, 1100 Wien",
        ),
    ),
    m(
        "n28",
        "2026-01-28 16:40",
        "Hausbetreuung Heimat Donau <hausbetreuung@heimatdonau.example>",
        "Schlüsselübergabe am 1. Feber – Sonnwendgasse 28",
        N(),
        """Sehr geehrte Frau Hofstätter,

die Schlüsselübergabe für Ihre Wohnung Top 3/14 findet am Sonntag, 1. Feber 2026, um 10:00 Uhr statt. Treffpunkt vor Stiege 3. Bitte planen Sie ca. 30 Minuten für das Übergabeprotokoll und die Zählerstände ein.

Ihr Hausbetreuer: Herr Dragan Petrović, Tel. 0664 312 88 04

Willkommen im Sonnwendviertel!
Hausbetreuung Heimat Donau""",
    ),
    m(
        "n29",
        "2025-12-10 10:02",
        "Hausverwaltung Reinisch & Partner <office@hv-reinisch.example>",
        "Bestätigung Ihrer Kündigung – Schönbrunner Straße 61/9",
        N(),
        """Sehr geehrte Frau Hofstätter,

wir bestätigen den Erhalt Ihrer Kündigung des Mietvertrags für die Wohnung Schönbrunner Straße 61/9, 1050 Wien, zum 28.02.2026 unter Einhaltung der vertraglichen Kündigungsfrist.

Für die Wohnungsübergabe setzen wir uns Mitte Feber mit Ihnen in Verbindung. Die Kaution wird nach Übergabe und Prüfung des Wohnungszustandes abgerechnet.

Mit freundlichen Grüßen
Mag. Ulrike Reinisch
Hausverwaltung Reinisch & Partner GmbH
Kettenbrückengasse 3, 1050 Wien""",
    ),
    m(
        "n30",
        "2026-02-10 18:22",
        "Übersiedlungen Novak <angebot@novak-umzug.example>",
        "Ihr Angebot für die Übersiedlung am 21.02.",
        N(),
        """Grüß Gott Frau Hofstätter,

wie telefonisch besprochen, anbei unser Angebot für Ihre Übersiedlung:

Von: Schönbrunner Straße 61/9, 1050 Wien (4. Stock, mit Lift)
Nach: Sonnwendgasse 28/3/14, 1100 Wien (3. Stock, mit Lift)
Termin: Samstag, 21.02.2026, ab 8:00 Uhr
Leistung: 2 Träger + LKW 3,5 t, Abbau/Aufbau Kasten und Bett, 20 Umzugskartons leihweise
Pauschalpreis: € 780,– inkl. 20 % USt.

Das Angebot ist 14 Tage gültig. Für eine verbindliche Buchung antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Milan Novak
Übersiedlungen Novak e.U. · 1110 Wien""",
    ),
    # ---- the credit card application
    m(
        "n31",
        "2025-10-06 19:22",
        BANK,
        "Ihr Kreditkartenantrag ist bei uns eingegangen",
        N(),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihren Antrag auf die Donau Kreditbank Mastercard Gold.

Antragsnummer: KK-2025-4471880

Wir prüfen Ihren Antrag und melden uns innerhalb von fünf Werktagen. Bitte halten Sie für eventuelle Rückfragen Ihren aktuellen Lohnzettel bereit.

Mit freundlichen Grüßen
Ihr Kartenservice
Donau Kreditbank AG · Schottengasse 6 · 1010 Wien""",
    ),
    m(
        "n32",
        "2025-10-09 10:15",
        BANK,
        "Ihr Antrag KK-2025-4471880: Wir benötigen noch Unterlagen",
        N(),
        """Sehr geehrte Frau Hofstätter,

für die weitere Bearbeitung Ihres Kreditkartenantrags benötigen wir noch:

- die letzten drei Gehaltszettel
- eine Kopie Ihres Lichtbildausweises (Vorder- und Rückseite)

Bitte laden Sie die Unterlagen bis 23.10.2025 in unserem Upload-Portal hoch: https://antrag.donaukredit.example/upload?id=KK-2025-4471880

Mit freundlichen Grüßen
Ihr Kartenservice
Donau Kreditbank AG""",
    ),
    m(
        "n33",
        "2025-10-28 14:02",
        BANK,
        "Gute Nachrichten: Ihr Kreditkartenantrag wurde genehmigt",
        N(),
        """Sehr geehrte Frau Hofstätter,

wir freuen uns, Ihnen mitteilen zu können, dass Ihr Antrag auf die Donau Kreditbank Mastercard Gold genehmigt wurde.

Ihr Kreditrahmen: € 3.000,–
Jahresgebühr: im ersten Jahr kostenlos, danach € 59,–

Ihre Karte wird Ihnen in den nächsten 7–10 Werktagen per Post zugestellt. Den PIN-Code erhalten Sie aus Sicherheitsgründen mit getrennter Post.

Willkommen bei der Donau Kreditbank!
Ihr Kartenservice""",
    ),
    m(
        "n34",
        "2026-01-12 08:00",
        BANK,
        "Ihre Kreditkartenabrechnung Dezember 2025 ist verfügbar",
        N(),
        """Sehr geehrte Frau Hofstätter,

Ihre Kreditkartenabrechnung für Dezember 2025 steht im Online-Banking zum Abruf bereit.

Abrechnungsbetrag: € 486,23
Einzug am: 20.01.2026

Mit freundlichen Grüßen
Ihr Kartenservice
Donau Kreditbank AG""",
    ),
    m(
        "n35",
        "2025-11-28 07:30",
        "Alpin Outdoor Shop <news@alpin-outdoor.example>",
        "BLACK FRIDAY: -30 % auf alles – nur heute! ⛷️",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;background:#111;color:#fff">
<table width="600" align="center"><tr><td style="padding:24px">
<h1 style="color:#ffcc00">BLACK FRIDAY</h1>
<p>Liebe Magdalena, nur heute: <b>-30 % auf alles</b> – Skitourenausrüstung, Daunenjacken, Wanderschuhe.</p>
<p>Dein persönliches Angebot: Code <b>BF30MAG</b> an der Kassa eingeben.</p>
<p><a href="https://www.alpin-outdoor.example/black-friday?utm_source=nl" style="color:#ffcc00">Jetzt shoppen</a></p>
<p style="font-size:10px;color:#999">Gültig am 28.11.2025 online und in allen Filialen. <a href="https://www.alpin-outdoor.example/abmelden" style="color:#999">Abmelden</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.alpin-outdoor.example/abmelden>"},
    ),
    m(
        "n36",
        "2025-09-14 17:48",
        "Thalia <service@thalia.at>",
        "Ihre Bestellung Nr. 1089227361",
        N(),
        """Liebe Frau Hofstätter,

vielen Dank für Ihre Bestellung bei Thalia.at!

1 x Revenue Management for Hospitality and Tourism (Taschenbuch) – € 49,90
1 x Der Nachtzug nach Lissabon (Taschenbuch) – € 14,40

Zwischensumme: € 64,30
Versand: kostenlos
Gesamt: € 64,30

Lieferung voraussichtlich am 17.09.2025 an: Schönbrunner Straße 61/9, 1050 Wien

Ihr Thalia-Team""",
    ),
    m(
        "n37",
        "2025-10-22 08:31",
        "Österreichische Post <noreply@post.at>",
        "Ihre Sendung kommt heute",
        N(),
        """Guten Morgen!

Ihre Sendung 1010 2503 8811 4723 von Donau Kreditbank AG wird heute zwischen 10:00 und 14:00 Uhr zugestellt.

Nicht zu Hause? Ändern Sie die Zustellung mit der Post App: https://www.post.at/s/sendungsdetails?snr=1010250388114723

Ihre Österreichische Post""",
    ),
    m(
        "n38",
        "2025-11-11 20:15",
        "Austrian Airlines <noreply@austrian.com>",
        "Ihre Buchungsbestätigung – Wien – Lissabon | 4X7QTM",
        N(),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihre Buchung.

Buchungscode: 4X7QTM
Hinflug: OS 481, Fr 05.12.2025, VIE 07:15 – LIS 10:05
Rückflug: OS 482, Mo 08.12.2025, LIS 10:55 – VIE 15:35
Tarif: Economy Light
Gesamtpreis: EUR 287,46

Online-Check-in ab 30 Stunden vor Abflug: https://www.austrian.com/at/de/check-in

Wir wünschen Ihnen einen angenehmen Flug.
Ihr Austrian Airlines Team""",
    ),
    m(
        "n39",
        "2025-12-04 07:16",
        "Austrian Airlines <noreply@austrian.com>",
        "Jetzt einchecken: Ihr Flug nach Lissabon morgen",
        N(),
        """Sehr geehrte Frau Hofstätter,

Ihr Flug OS 481 nach Lissabon startet morgen um 07:15 Uhr. Der Online-Check-in ist jetzt geöffnet.

Jetzt einchecken: https://www.austrian.com/at/de/check-in?pnr=4X7QTM

Gute Reise!
Ihr Austrian Airlines Team""",
    ),
    m(
        "n40",
        "2025-11-12 21:40",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Lisbon, Dec 5-8",
        N("en"),
        """You're going to Lisbon!

Reservation confirmed for Magdalena
Bright flat with terrace in Alfama · Hosted by Rita
Check-in: Fri, Dec 5, 3:00 PM
Checkout: Mon, Dec 8, 11:00 AM
Guests: 2

Total (EUR): €318.40

View itinerary: https://www.airbnb.com/trips/v1/HMZ8K4Q2TB

Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Ireland""",
    ),
    m(
        "n41",
        "2025-12-05 09:10",
        "ÖBB Tickets <tickets@oebb.at>",
        "Ihr ÖBB Ticket: Wien Hbf – Wels Hbf, 23.12.2025",
        N(),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihren Einkauf. Ihr Ticket ist gültig:

Wien Hbf – Wels Hbf
Di, 23.12.2025, Abfahrt 14:30, RJX 548
Sitzplatzreservierung: Wagen 25, Platz 64
Rückfahrt: Fr, 26.12.2025, 16:14, RJX 767
Preis: € 39,80 (Sparschiene)

Ihr Ticket finden Sie in der ÖBB App und als PDF im Anhang.

Gute Reise wünscht Ihnen
Ihr ÖBB-Team""",
        attach=[("OEBB_Ticket_1249981127.pdf", "application/pdf", "%PDF-1.4 ÖBB Ticket")],
    ),
    m(
        "n42",
        "2025-11-03 09:25",
        "Wien Energie <kundenservice@wienenergie.at>",
        "Ihre Jahresabrechnung Strom und Gas 2025",
        N(),
        """Sehr geehrte Frau Hofstätter,

Ihre Jahresabrechnung für Strom und Gas liegt in Meine Wien Energie bereit.

Abrechnungszeitraum: 01.10.2024 – 30.09.2025
Ergebnis: Gutschrift € 84,17
Neue Teilbetragsvorschreibung: € 71,00 monatlich ab Dezember 2025

Die Gutschrift überweisen wir innerhalb von 14 Tagen auf Ihr Konto.

Freundliche Grüße
Ihre Wien Energie""",
    ),
    m(
        "n43",
        "2026-01-22 13:00",
        "Wien Energie <kundenservice@wienenergie.at>",
        "Ihr Umzug: Bestätigung der Ab- und Anmeldung",
        N(),
        """Sehr geehrte Frau Hofstätter,

wir bestätigen Ihre Umzugsmeldung:

Abmeldung: Schönbrunner Straße 61/9, 1050 Wien, per 28.02.2026
Anmeldung: Sonnwendgasse 28/3/14, 1100 Wien, per 01.02.2026 (Strom; die Wohnung ist an die Fernwärme angeschlossen)

Bitte notieren Sie bei der Übernahme die Zählerstände und geben Sie diese in Meine Wien Energie ein.

Freundliche Grüße
Ihre Wien Energie""",
    ),
    m(
        "n44",
        "2025-09-20 12:02",
        "willhaben <noreply@willhaben.at>",
        "Neue Nachricht zu deiner Anzeige „Vintage Cocktailsessel, Samt grün“",
        N(),
        """Hallo!

Du hast eine neue Nachricht zu deiner Anzeige erhalten:

„Hallo, ist der Sessel noch zu haben? Würde 60 Euro bieten und könnte morgen in der Früh abholen. LG Bernhard“

Antworten: https://www.willhaben.at/iad/myprofile/chat/7c21a

Dein willhaben-Team""",
    ),
    m(
        "n45",
        "2026-02-06 10:00",
        "willhaben <noreply@willhaben.at>",
        "Deine Anzeige läuft in 3 Tagen ab",
        N(),
        """Hallo!

Deine Anzeige „IKEA Kallax Regal weiß, 4x4“ läuft in 3 Tagen ab. Jetzt kostenlos verlängern, damit sie weiter gefunden wird:

https://www.willhaben.at/iad/myprofile/myadverts?renew=889123001

Tipp: Ein neues Foto bringt oft mehr Anfragen!

Dein willhaben-Team""",
    ),
    m(
        "n46",
        "2025-11-02 16:45",
        "WIFI Wien <kundenservice@wifiwien.at>",
        "Anmeldebestätigung: Power BI – Grundlagen (Kurs 24118)",
        N(),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihre Anmeldung. Wir bestätigen Ihre Teilnahme an folgendem Kurs:

Power BI – Grundlagen (Kursnummer 24118)
Termine: 17., 19. und 24. November 2025, jeweils 18:00–21:30 Uhr
Ort: WIFI Wien, Währinger Gürtel 97, 1180 Wien
Kursbeitrag: € 490,–

Tipp: Mit dem Bildungskonto der Stadt Wien (waff) können Sie sich einen Teil der Kosten zurückholen.

Mit freundlichen Grüßen
Ihr WIFI Wien Kundenservice""",
    ),
    m(
        "n47",
        "2025-12-18 13:33",
        "Spotify <no-reply@spotify.com>",
        "Your 2025 Wrapped is here",
        N("en"),
        """Magdalena, your 2025 Wrapped is ready.

You listened to 31,204 minutes of music this year. Your top artist: Wanda. Your top song: "Bussi Baby".

See your Wrapped: https://open.spotify.com/wrapped?utm_source=email

Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden
Unsubscribe: https://www.spotify.com/account/notifications""",
        headers={"List-Unsubscribe": "<https://www.spotify.com/account/notifications>"},
    ),
    m(
        "n48",
        "2026-01-30 17:12",
        "Möbelhaus Wohnwelt <bestellung@wohnwelt.example>",
        "Bestellbestätigung 2026-118834: Sofa „Lindau“ 3-Sitzer",
        N(),
        """Liebe Frau Hofstätter,

danke für Ihre Bestellung!

1 x Sofa „Lindau“ 3-Sitzer, Cord salbeigrün – € 1.149,00
1 x Lieferung & Montage – € 79,00
Gesamt: € 1.228,00 (inkl. 20 % USt.)

Liefertermin: Samstag, 14.02.2026, Zeitfenster wird 2 Tage vorher per SMS bekannt gegeben.
Lieferadresse: Sonnwendgasse 28/3/14, 1100 Wien

Ihr Wohnwelt-Team""",
    ),
    m(
        "n49",
        "2026-01-07 10:00",
        "ORF-Beitrags Service <service@orf-beitrag.at>",
        "Ihre Vorschreibung ORF-Beitrag 2026",
        N(),
        """Sehr geehrte Frau Hofstätter,

Ihre Vorschreibung für den ORF-Beitrag 2026 ist verfügbar. Der Betrag von € 183,00 wird gemäß Ihrem SEPA-Lastschriftmandat am 15.01.2026 eingezogen.

Beitragsnummer: 1 284 771 320
Bitte melden Sie eine Adressänderung innerhalb eines Monats nach dem Umzug.

ORF-Beitrags Service GmbH""",
    ),
    m(
        "n50",
        "2025-12-15 12:00",
        "Stadt Wien – Wohnberatung <info@wohnberatung-wien.at>",
        "Ihr Wiener Wohn-Ticket: Vormerkung erledigt",
        N(),
        """Sehr geehrte Frau Hofstätter,

Sie haben uns mitgeteilt, dass Sie eine Wohnung der Wohnbaugenossenschaft Heimat Donau angenommen haben. Ihre Vormerkung für geförderte Wohnungen wurde daher mit heutigem Datum als erledigt gekennzeichnet.

Wir wünschen Ihnen viel Freude im neuen Zuhause!

Wohnberatung Wien
Guglgasse 7-9, 1030 Wien""",
    ),
    m(
        "n51",
        "2025-10-10 12:30",
        "Donau Alpen Versicherung <kundenservice@donaualpen-vers.example>",
        "Ihr Antrag auf Haushaltsversicherung – Angebot",
        N(),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihre Anfrage. Gerne übermitteln wir Ihnen unser Angebot für eine Haushaltsversicherung inkl. Privathaftpflicht:

Versicherungssumme: € 40.000
Prämie: € 11,40 monatlich
Selbstbehalt: keiner

Das Angebot ist bis 31.10.2025 gültig. Wenn Sie es annehmen möchten, unterschreiben Sie bitte den beiliegenden Antrag und senden ihn an uns zurück.

Freundliche Grüße
Ihre Donau Alpen Versicherung AG""",
        attach=[
            (
                "Angebot_Haushalt_HV-88213.pdf",
                "application/pdf",
                "%PDF-1.4 Angebot Haushaltsversicherung",
            )
        ],
    ),
    m(
        "n52",
        "2025-12-22 09:05",
        "Google <no-reply@accounts.google.com>",
        "Sicherheitswarnung: Neue Anmeldung auf Windows",
        N(),
        """Neue Anmeldung auf Windows

magdalena.hofstaetter.mh@gmail.com

Ihr Google-Konto wurde gerade auf einem Windows-Gerät angemeldet. Sie erhalten diese E-Mail, um sicherzugehen, dass Sie das waren.

Aktivität prüfen: https://myaccount.google.com/notifications

Sie haben diese E-Mail erhalten, um Sie über wichtige Änderungen an Ihrem Google-Konto und Ihren Google-Diensten zu informieren.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    ),
    m(
        "n53",
        "2025-09-18 08:12",
        "WienMobil <noreply@wienerlinien.at>",
        "Deine Fahrt mit WienMobil Rad",
        N(),
        """Danke für deine Fahrt!

Start: Station Pilgramgasse, 07:41
Ende: Station Stephansplatz, 07:58
Dauer: 17 Minuten
Betrag: € 1,20 (mit Jahreskarte ermäßigt)

Der Betrag wird von deinem hinterlegten Zahlungsmittel abgebucht.

Deine WienMobil App
Wiener Linien GmbH & Co KG""",
    ),
    m(
        "n54",
        "2025-11-19 14:00",
        "Wiener Linien Marktforschung <umfrage@wienerlinien.at>",
        "Ihre Meinung ist gefragt: 5 Minuten für bessere Öffis",
        N(),
        """Liebe Jahreskarten-Besitzerin,

wir möchten besser werden – und dafür brauchen wir Sie. Nehmen Sie sich bitte 5 Minuten Zeit für unsere Umfrage zur Zufriedenheit mit U-Bahn, Bim und Bus in Ihrem Bezirk.

Zur Umfrage: https://umfrage.wienerlinien.at/s/jk2025?id=77182

Unter allen Teilnehmer:innen verlosen wir 10 Jahreskarten für 2026.

Danke!
Ihre Wiener Linien""",
    ),
    m(
        "n55",
        "2025-10-24 18:30",
        "A1 <noreply@a1.net>",
        "Ihr Datenvolumen ist zu 80 % verbraucht",
        N(),
        """Sehr geehrte Kundin,

Sie haben 80 % Ihres monatlichen Datenvolumens (20 GB) für die Rufnummer +43 664 ***88 21 verbraucht.

Mit einem A1 Datenpaket surfen Sie bis Monatsende weiter mit voller Geschwindigkeit: https://www.a1.net/datenpaket

Ihr A1 Team""",
    ),
    m(
        "n56",
        "2025-12-11 07:00",
        FON,
        "FinanzOnline: Ihr Passwort läuft in 14 Tagen ab",
        N(),
        """Sehr geehrte Teilnehmerin,

Ihr FinanzOnline-Passwort läuft in 14 Tagen ab. Bitte ändern Sie es rechtzeitig unter „Eingaben – Persönliche Daten“ oder steigen Sie künftig mit ID Austria ein.

https://finanzonline.bmf.gv.at

Diese E-Mail wurde automatisch versandt, bitte antworten Sie nicht darauf.
Bundesministerium für Finanzen""",
    ),
    m(
        "n57",
        "2025-11-06 12:40",
        BANK,
        "Ihre neue Mastercard: Jetzt mit Apple Pay & Google Pay bezahlen",
        N(),
        """Sehr geehrte Frau Hofstätter,

Ihre neue Donau Kreditbank Mastercard Gold ist aktiv. Fügen Sie sie jetzt in wenigen Sekunden zu Apple Pay oder Google Pay hinzu und bezahlen Sie kontaktlos mit dem Smartphone.

So geht's: https://www.donaukredit.example/mobile-payment

Exklusiv für Neukundinnen: 3 % Cashback auf alle Buchungen bei Partnerhotels bis 31.12.

Ihr Kartenservice
Donau Kreditbank AG""",
    ),
    m(
        "n58",
        "2025-09-24 11:02",
        "Donau Kreditbank Konto-Info <konto-info@donaukredit.example>",
        "Kontobewegung: Gutschrift € 612,00",
        N(),
        """Kontoinformation

Konto: AT** **** **** **** 4471
Gutschrift: € 612,00
Auftraggeber: FINANZAMT OESTERREICH
Verwendungszweck: ARBEITNEHMERVERANLAGUNG 2024

Neuer Kontostand: in Ihrem Online-Banking

Diese Benachrichtigung haben Sie im Online-Banking aktiviert.""",
    ),
    m(
        "n59",
        "2025-10-16 09:00",
        "jö Bonus Club <news@joe-club.at>",
        "Magdalena, deine Ö-Punkte im Oktober 🎁",
        N(),
        """Hallo Magdalena!

Du hast im Oktober bereits 412 Ö gesammelt. Für 500 Ö gibt's einen € 5-Gutschein bei BILLA, BIPA oder PENNY.

Diese Woche doppelt Ö sammeln bei allen Herbstgemüsen!

Deine Ö-Übersicht: https://www.joe-club.at/mein-joe

jö Bonus Club · Unsubscribe: https://www.joe-club.at/newsletter/abmelden""",
        headers={"List-Unsubscribe": "<https://www.joe-club.at/newsletter/abmelden>"},
    ),
    m(
        "n60",
        "2025-11-08 03:14",
        "Netflix <info@account.netflix.com>",
        "Your monthly payment was successful",
        N("en"),
        """Hi Magdalena,

We've received your payment of €13.99 for your Netflix Standard membership. Your next billing date is December 8, 2025.

Questions? Visit the Help Center: https://help.netflix.com

Netflix Services Germany GmbH""",
    ),
    m(
        "n61",
        "2025-11-21 16:20",
        "Wiener Konzerthaus <tickets@konzerthaus.at>",
        "Ihre Karten: Weihnachtsoratorium, 21.12.2025",
        N(),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihre Buchung!

J. S. Bach: Weihnachtsoratorium (Kantaten I–III)
Sonntag, 21. Dezember 2025, 19:30 Uhr, Großer Saal
2 Karten, Balkon links, Reihe 2, Plätze 7–8
Gesamt: € 118,00

Ihre Print@home-Tickets finden Sie im Anhang.

Wir freuen uns auf Ihren Besuch!
Wiener Konzerthaus""",
        attach=[("Tickets_Konzerthaus_8831122.pdf", "application/pdf", "%PDF-1.4 Tickets")],
    ),
    m(
        "n62",
        "2025-10-25 19:48",
        "Votiv Kino <tickets@votivkino.example>",
        "Deine Reservierung: Fr 31.10., 20:30",
        N(),
        """Hallo Magdalena,

deine Reservierung ist bestätigt:

Film: „Die Herrlichkeit des Lebens“ (OmU)
Freitag, 31.10.2025, 20:30 Uhr, Saal 1
2 Plätze: Reihe 6, Platz 9 und 10

Bitte hol die Karten bis 15 Minuten vor Beginn an der Kassa ab.

Dein Votiv Kino, Währinger Straße 12, 1090 Wien""",
    ),
    m(
        "n63",
        "2025-12-12 10:30",
        "Amazon.de <bestellbestaetigung@amazon.de>",
        "Ihre Amazon.de Bestellung von „Lego Botanical Bonsai...“ und 2 weiteren Artikeln",
        N(),
        """Guten Tag Magdalena Hofstätter,

vielen Dank für Ihre Bestellung. Wir senden Ihnen eine Bestätigung, sobald Ihr Artikel versandt wurde.

Bestellnummer: 303-8812274-4471920
Voraussichtliche Zustellung: Dienstag, 16. Dezember

- LEGO Icons Bonsai Baum
- Kochbuch: Österreichische Mehlspeisen
- Kuschelsocken, 3er Pack

Gesamtbetrag: EUR 96,47

Amazon.de""",
    ),
    m(
        "n64",
        "2025-12-16 13:50",
        "Österreichische Post <noreply@post.at>",
        "Ihre Sendung wurde zugestellt",
        N(),
        """Ihre Sendung 1020 2512 0045 7713 von Amazon EU S.à r.l. wurde am 16.12.2025 um 13:42 Uhr zugestellt.

Zustellort: Abgestellt vor der Wohnungstür (lt. Abstellgenehmigung)

Ihre Österreichische Post""",
    ),
    m(
        "n65",
        "2026-02-16 09:05",
        "Österreichische Post <noreply@post.at>",
        "Ihre Sendung ist unterwegs",
        N(),
        """Ihre Sendung 1010 2602 1187 3390 von Brigitte Hofstätter ist unterwegs und wird voraussichtlich am 17.02.2026 zugestellt.

Neue Adresse gespeichert? Denken Sie an den Nachsendeauftrag: https://www.post.at/nachsendeauftrag

Ihre Österreichische Post""",
    ),
    m(
        "n66",
        "2026-02-02 11:40",
        "Stadt Wien – Meldeservice <meldeservice@ma35.wien.gv.at>",
        "Bestätigung Ihrer Anmeldung (Meldezettel)",
        N(),
        """Sehr geehrte Frau Hofstätter,

Ihre Anmeldung des Hauptwohnsitzes an der Adresse Sonnwendgasse 28/3/14, 1100 Wien, wurde am 02.02.2026 im Zentralen Melderegister eingetragen.

Die Meldebestätigung können Sie jederzeit über oesterreich.gv.at abrufen.

Stadt Wien – Meldeservice""",
    ),
    m(
        "n67",
        "2026-02-17 15:15",
        "Hausverwaltung Reinisch & Partner <office@hv-reinisch.example>",
        "Terminvorschlag Wohnungsübergabe Schönbrunner Straße 61/9",
        N(),
        """Sehr geehrte Frau Hofstätter,

für die Übergabe Ihrer Wohnung schlagen wir Donnerstag, 26.02.2026, um 16:00 Uhr vor. Bitte bringen Sie alle Schlüssel (laut Übergabeprotokoll 3 Wohnungs- und 2 Haustorschlüssel) mit. Die Wohnung ist besenrein zu übergeben.

Eine Kalendereinladung liegt bei. Sollte der Termin nicht passen, geben Sie uns bitte Bescheid.

Mit freundlichen Grüßen
Mag. Ulrike Reinisch""",
        ics=ics(
            "uebergabe-sbs61-9@hv-reinisch.example",
            "2026-02-26 16:00",
            "Wohnungsübergabe Schönbrunner Straße 61/9",
            ("Mag. Ulrike Reinisch", "office@hv-reinisch.example"),
            style="outlook",
            minutes=45,
            location="Schönbrunner Straße 61/9, 1050 Wien",
        ),
    ),
    m(
        "n68",
        "2026-02-20 08:00",
        "Heimat Donau Mitgliederinfo <info@heimatdonau.example>",
        "Heimat Donau aktuell: Frühjahrsputz, Mitgliederversammlung & ein Interview mit unserem Obmann",
        N(),
        """Liebe Mitglieder,

in dieser Ausgabe:
- Gemeinsamer Frühjahrsputz im Sonnwendviertel am 21. März
- Einladung zur Mitgliederversammlung am 16. April
- Im Interview: Obmann DI Peter Strobl über neue Projekte in Floridsdorf und warum sich die Bewerbung um eine Genossenschaftswohnung trotz langer Wartelisten lohnt

Die ganze Ausgabe: https://www.heimatdonau.example/aktuell/2026-02

Ihre Wohnbaugenossenschaft Heimat Donau""",
        headers={"List-Unsubscribe": "<https://www.heimatdonau.example/newsletter/abmelden>"},
    ),
    m(
        "n69",
        "2026-01-13 09:30",
        "ID Austria <noreply@id-austria.gv.at>",
        "Ihre ID Austria: Zertifikat läuft bald ab",
        N(),
        """Sehr geehrte Frau Hofstätter,

das Zertifikat Ihrer ID Austria läuft am 12.02.2026 ab. Sie können es in der App „Digitales Amt“ verlängern.

Ihre ID Austria""",
    ),
]

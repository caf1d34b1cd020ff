# ruff: noqa: E501
"""Corpus 62, the rest of the inbox (data only): see heldout62.py."""

from __future__ import annotations

from datetime import date
from typing import Any

from heldout62_jobs import ev, m


def N(lang="de"):
    return ("not_job", lang)


MONTHS = [
    ("2025-09", "September", "Sep"),
    ("2025-10", "Oktober", "Oct"),
    ("2025-11", "November", "Nov"),
    ("2025-12", "Dezember", "Dec"),
    ("2026-01", "Januar", "Jan"),
    ("2026-02", "Februar", "Feb"),
]

MAIL: list[dict[str, Any]] = []

# --- recurring mail, one per month ---------------------------------------------------------------
for i, (ym, de_month, en_month) in enumerate(MONTHS):
    MAIL.append(
        m(
            f"72{i}01",
            f"{ym}-0{1 + i % 3} 06:1{i}",
            "KVB Abo-Service <abo@kvb-deutschlandticket.de>",
            f"Ihr Deutschlandticket für {de_month} ist abrufbar",
            N(),
            f"Guten Tag Frau Hoffmeister,\n\nIhr Deutschlandticket für den Monat {de_month} steht "
            "in der App zum Abruf bereit. Der Betrag von 58,00 € wird in den nächsten Tagen von "
            "Ihrem Konto abgebucht.\n\nHinweis: Als Studierende können Sie Ihr Semesterticket "
            "als Upgrade-Variante nutzen.\n\nIhr Abo-Service",
        )
    )
    MAIL.append(
        m(
            f"72{i}02",
            f"{ym}-0{4 + i % 2} 08:3{i}",
            "Sparkasse Rhein-Erft <postfach@sparkasse-rhein-erft.de>",
            "Neue Nachricht in Ihrem elektronischen Postfach",
            N(),
            "Sehr geehrte Frau Hoffmeister,\n\nin Ihrem elektronischen Postfach liegt ein neues "
            f"Dokument für Sie bereit: Kontoauszug {de_month}.\n\nBitte melden Sie sich im "
            "Online-Banking an, um das Dokument abzurufen. Wir senden Ihnen niemals Links zur "
            "Eingabe Ihrer Zugangsdaten.\n\nIhre Sparkasse Rhein-Erft",
        )
    )
    MAIL.append(
        m(
            f"72{i}03",
            f"{ym}-1{1 + i % 4} 04:0{i}",
            "Spotify <no-reply@spotify.com>",
            f"Your Spotify Premium Student receipt – {en_month}",
            N("en"),
            html=f"<p>Hi Lena,</p><p>Thanks for being a Premium Student member. Here's your "
            f"receipt for {en_month}.</p><p>Premium Student · 5,99 €</p><p>Payment method: "
            "Mastercard ending in 4471</p><p>Spotify AB, Regeringsgatan 19, Stockholm</p>",
        )
    )

KARRIERELETTER = [
    ("2025-09-05", "Werkstudent oder Minijob? Was sich 2025 wirklich lohnt"),
    ("2025-09-19", "Interview: „Ich habe 60 Bewerbungen geschrieben“ – eine Absolventin erzählt"),
    ("2025-10-03", "Gehaltsreport Wirtschaftsinformatik: Was Einsteiger verdienen"),
    ("2025-10-17", "So überstehst du das Assessment Center – 7 Tipps von Recruitern"),
    ("2025-10-31", "Warum Unternehmen keine Absagen mehr schicken (und was du tun kannst)"),
    ("2025-11-14", "Trainee oder Direkteinstieg? Der große Vergleich"),
    ("2025-11-28", "Interview mit einer HR-Chefin: Was im Lebenslauf wirklich zählt"),
    ("2025-12-12", "Jahresrückblick: Der Arbeitsmarkt für Berufseinsteiger 2025"),
    ("2026-01-09", "Neues Jahr, neuer Job? Die besten Vorsätze für deine Bewerbung"),
    ("2026-01-23", "Gehaltsverhandlung im ersten Job: So gehst du vor"),
    ("2026-02-06", "Probezeit überstehen: Was in den ersten 100 Tagen zählt"),
]
for j, (day, topic) in enumerate(KARRIERELETTER):
    MAIL.append(
        m(
            f"728{j:02d}",
            f"{day} 07:45",
            "Karrierekompass <newsletter@karrierekompass-magazin.de>",
            topic,
            N(),
            html=f"<h1>{topic}</h1><p>Hallo Lena,</p><p>in unserer neuen Ausgabe geht es um "
            "Themen, die Studierende und Berufseinsteiger*innen gerade beschäftigen. Außerdem: "
            "Veranstaltungstipps, unsere Buchempfehlung der Woche und die Leserfrage.</p><p>"
            "<a href='https://karrierekompass-magazin.de/ausgabe'>Weiterlesen</a></p><p style="
            "'font-size:10px'>Sie erhalten diesen Newsletter, weil Sie sich auf "
            "karrierekompass-magazin.de angemeldet haben. <a href='#'>Abmelden</a></p>",
        )
    )

LERNGRUPPE = [
    ("2025-10-13 19:20", "2025-10-16 16:00:00 +0200", "Lerngruppe ERP-Systeme"),
    ("2025-11-10 21:05", "2025-11-13 16:00:00 +0100", "Lerngruppe ERP-Systeme – Fallstudie SAP MM"),
    ("2025-12-08 18:44", "2025-12-11 16:00:00 +0100", "Lerngruppe ERP – Altklausuren"),
    (
        "2026-01-26 20:10",
        "2026-01-29 10:00:00 +0100",
        "Klausurvorbereitung Data Mining (Bib, 3. OG)",
    ),
]
for k, (sent, start, title) in enumerate(LERNGRUPPE):
    MAIL.append(
        m(
            f"729{k}1",
            sent,
            "Aylin Demirtaş <aylin.demirtas@gmail.com>",
            f"Einladung: {title}",
            N(),
            f"Aylin Demirtaş hat dich zu folgendem Termin eingeladen:\n\n{title}\nRaum: Seminarraum "
            "S14 bzw. Gruppenraum Bibliothek\n\nTeilnehmer: Aylin, Felix, Lena, Mo\n\nEinladung "
            "von Google Kalender",
            ics=ev(
                f"lerngruppe{k}x7q2@google.com",
                start,
                title,
                ("Aylin Demirtaş", "aylin.demirtas@gmail.com"),
                minutes=120,
                attendees=[("Felix Raab", "felix.raab@posteo.de")],
            ),
        )
    )

MAIL += [
    # --- Uni ------------------------------------------------------------------------------------
    m(
        "73001",
        "2025-09-01 10:00",
        "Studierendensekretariat <noreply-sb@uni-koeln.de>",
        "Rückmeldung zum Wintersemester 2025/26 – Semesterbeitrag",
        N(),
        "Liebe Studierende,\n\nbitte denken Sie an die Rückmeldung zum Wintersemester 2025/26. "
        "Der Semesterbeitrag in Höhe von 318,41 € muss bis zum 15.09.2025 auf dem Konto der "
        "Universität eingegangen sein. Bitte verwenden Sie unbedingt Ihren persönlichen "
        "Verwendungszweck aus KLIPS.\n\nStudierendensekretariat",
    ),
    m(
        "73002",
        "2025-09-17 11:21",
        "Studierendensekretariat <noreply-sb@uni-koeln.de>",
        "Ihre Rückmeldung wurde verbucht",
        N(),
        "Liebe Frau Hoffmeister,\n\nIhr Semesterbeitrag ist eingegangen; Sie sind für das "
        "Wintersemester 2025/26 zurückgemeldet. Ihre Immatrikulationsbescheinigung steht ab "
        "sofort im Studierendenportal zum Download bereit.\n\nStudierendensekretariat",
    ),
    m(
        "73003",
        "2025-10-27 09:00",
        "Prüfungsamt WiSo <pruefungsamt-wiso@uni-koeln.de>",
        "Prüfungsanmeldung Wintersemester: Zeitraum 03.11.–17.11.2025",
        N(),
        "Liebe Studierende,\n\nder Anmeldezeitraum für die Prüfungen des Wintersemesters läuft "
        "vom 03.11. bis 17.11.2025 in KLIPS. Eine Anmeldung nach Fristende ist nicht möglich. "
        "Bitte prüfen Sie nach der Anmeldung Ihren Status.\n\nIhr Prüfungsamt",
    ),
    m(
        "73004",
        "2025-11-05 22:40",
        "KLIPS <noreply-klips@uni-koeln.de>",
        "Bestätigung: Anmeldung zur Prüfung „ERP-Systeme und Prozessintegration“",
        N(),
        "Sie haben sich erfolgreich zur folgenden Prüfung angemeldet:\n\nERP-Systeme und "
        "Prozessintegration (Klausur), 1. Termin: 03.02.2026, 10:00 Uhr, Hörsaal C\n\nEine "
        "Abmeldung ist bis 7 Tage vor dem Termin möglich.",
    ),
    m(
        "73005",
        "2025-11-05 22:43",
        "KLIPS <noreply-klips@uni-koeln.de>",
        "Bestätigung: Anmeldung zur Prüfung „Data Mining und Predictive Analytics“",
        N(),
        "Sie haben sich erfolgreich zur folgenden Prüfung angemeldet:\n\nData Mining und "
        "Predictive Analytics (Klausur), 1. Termin: 30.01.2026, 14:00 Uhr, Aula 2\n\nEine "
        "Abmeldung ist bis 7 Tage vor dem Termin möglich.",
    ),
    m(
        "73006",
        "2025-10-08 12:12",
        "USB Köln <ausleihe@ub.uni-koeln.de>",
        "Ihre Fernleihbestellung ist abholbereit",
        N(),
        'Sehr geehrte Nutzerin,\n\ndie von Ihnen bestellte Fernleihe "Laudon/Laudon: Management '
        'Information Systems" liegt ab sofort in der Abholtheke für Sie bereit. Abholfrist: 10 '
        "Tage.\n\nIhre Universitäts- und Stadtbibliothek",
    ),
    m(
        "73007",
        "2025-11-21 05:30",
        "USB Köln <ausleihe@ub.uni-koeln.de>",
        "Erinnerung: Leihfrist läuft in 3 Tagen ab",
        N(),
        "Sehr geehrte Nutzerin,\n\nfolgende Medien sind in 3 Tagen fällig:\n- Management "
        "Information Systems (Fernleihe, nicht verlängerbar)\n- Hevner: Design Science Research\n"
        "\nBitte geben Sie die Medien rechtzeitig zurück, um Säumnisgebühren zu vermeiden.",
    ),
    m(
        "73008",
        "2025-12-02 05:30",
        "USB Köln <ausleihe@ub.uni-koeln.de>",
        "1. Mahnung – Säumnisgebühr",
        N(),
        'Sehr geehrte Nutzerin,\n\ndie Leihfrist für "Management Information Systems" ist '
        "überschritten. Es wurde eine Säumnisgebühr von 2,00 € auf Ihrem Konto verbucht.",
    ),
    m(
        "73009",
        "2025-12-15 14:03",
        "Prof. Dr. Henrik Aschoff <henrik.aschoff@uni-koeln.de>",
        "Betreuung Masterarbeit – Exposé",
        N(),
        "Liebe Frau Hoffmeister,\n\nvielen Dank für Ihr Exposé zur Prozessautomatisierung in "
        "KMU. Das Thema passt gut an den Lehrstuhl. Bitte schärfen Sie die Forschungsfrage noch "
        "etwas und kommen Sie am 12.01. in meine Sprechstunde. Eine Anmeldung beim Prüfungsamt "
        "zum 01.03. halte ich für realistisch.\n\nBeste Grüße\nHenrik Aschoff",
    ),
    m(
        "73010",
        "2026-02-12 16:30",
        "Prüfungsamt WiSo <pruefungsamt-wiso@uni-koeln.de>",
        "Zulassung zur Masterarbeit",
        N(),
        "Sehr geehrte Frau Hoffmeister,\n\nIhr Antrag auf Zulassung zur Masterarbeit wurde "
        "genehmigt. Bearbeitungszeit: 02.03.2026 bis 31.08.2026. Erstgutachter: Prof. Dr. "
        "Aschoff.\n\nMit freundlichen Grüßen\nIhr Prüfungsamt",
    ),
    m(
        "73011",
        "2026-02-06 12:00",
        "KLIPS <noreply-klips@uni-koeln.de>",
        "Neue Note verbucht",
        N(),
        "Für Sie wurde eine neue Prüfungsleistung verbucht. Bitte melden Sie sich in KLIPS an, "
        "um das Ergebnis einzusehen.",
    ),
    # --- BAföG ----------------------------------------------------------------------------------
    m(
        "73101",
        "2025-09-12 09:14",
        "BAföG Digital <noreply@bafoeg-digital.de>",
        "Ihr Antrag auf Ausbildungsförderung ist eingegangen",
        N(),
        "Guten Tag,\n\nIhr Antrag auf Leistungen nach dem BAföG (Weiterförderungsantrag, "
        "Bewilligungszeitraum 10/2025–09/2026) wurde erfolgreich an das zuständige Amt für "
        "Ausbildungsförderung (Studierendenwerk Köln) übermittelt.\n\nVorgangsnummer: "
        "BD-2025-8812217\n\nBAföG Digital",
    ),
    m(
        "73102",
        "2025-10-14 10:40",
        "Studierendenwerk Köln – BAföG <bafoeg@kstw.de>",
        "Ihr BAföG-Antrag – fehlende Unterlagen",
        N(),
        "Sehr geehrte Frau Hoffmeister,\n\nzur Bearbeitung Ihres Antrags benötigen wir noch "
        "folgende Unterlagen:\n- Formblatt 5 (Leistungsnachweis)\n- Einkommensnachweise Ihrer "
        "Eltern für 2023\n- Angaben zu Ihrer Werkstudententätigkeit (Arbeitsvertrag)\n\nBitte "
        "reichen Sie die Unterlagen innerhalb von vier Wochen nach, da wir den Antrag sonst "
        "ablehnen müssen.\n\nAmt für Ausbildungsförderung",
    ),
    m(
        "73103",
        "2025-12-03 08:00",
        "BAföG Digital <noreply@bafoeg-digital.de>",
        "Neuer Bescheid in Ihrem Postfach",
        N(),
        "Guten Tag,\n\nfür Ihren Vorgang BD-2025-8812217 liegt ein neuer Bescheid vor. Sie "
        "können ihn in Ihrem BAföG-Digital-Postfach abrufen.\n\nBAföG Digital",
    ),
    # --- WG-Zimmer (applications that are not job applications) ----------------------------------
    m(
        "73201",
        "2025-09-20 13:02",
        "WG-Gesucht.de <noreply@wg-gesucht.de>",
        "Neue Nachricht zu deiner Anfrage: 16m² Zimmer in Ehrenfeld",
        N(),
        'Hallo Lena,\n\nDu hast eine neue Nachricht von Tobi erhalten:\n\n"Hey Lena, danke für '
        "deine nette Bewerbung für unser Zimmer! Wir würden dich gern zum WG-Casting einladen, "
        'Mittwoch 19 Uhr. Passt das?"\n\nJetzt antworten: https://www.wg-gesucht.de/nachrichten',
    ),
    m(
        "73202",
        "2025-09-22 18:47",
        "Tobi Lenz <tobias.lenz93@gmx.de>",
        "WG-Casting Mittwoch",
        N(),
        "Hey Lena,\n\ncool, dass es klappt! Die Adresse ist Körnerstr. 31, 3. Stock, Klingel "
        '"Lenz/Özdemir/Haas". Wir sind zu dritt, die Runde dauert so 30–45 Minuten, danach '
        "kommen noch zwei andere Leute. Kein Stress, wir quatschen einfach ein bisschen.\n\n"
        "Bis Mittwoch!\nTobi",
        ics=ev(
            "wgcasting0924tobi@google.com",
            "2025-09-24 19:00:00 +0200",
            "WG-Casting Lena",
            ("Tobi Lenz", "tobias.lenz93@gmx.de"),
            minutes=45,
            location="Körnerstr. 31, Köln",
        ),
    ),
    m(
        "73203",
        "2025-09-27 11:15",
        "Tobi Lenz <tobias.lenz93@gmx.de>",
        "Re: WG-Casting Mittwoch",
        N(),
        "Hey Lena,\n\nerstmal danke, dass du da warst, war echt ein netter Abend! Wir haben uns "
        "nach langem Hin und Her leider für jemand anderen entschieden – eine Freundin von Deniz "
        "sucht auch gerade. Hat also nichts mit dir zu tun. Wir drücken dir die Daumen für die "
        "Suche!\n\nLG Tobi",
    ),
    m(
        "73204",
        "2025-10-02 20:30",
        "WG-Gesucht.de <noreply@wg-gesucht.de>",
        "Deine Anfrage wurde gelesen: Zimmer in 3er-WG, Sülz",
        N(),
        "Hallo Lena,\n\ndeine Anfrage für „Helles Zimmer in 3er-WG, Sülz, 490 € warm“ wurde "
        "gelesen.\n\nViel Erfolg bei der Suche!\nDein WG-Gesucht-Team",
    ),
    m(
        "73205",
        "2025-10-09 17:55",
        "Hannah Brüggemann <hannah.brueggemann@web.de>",
        "Zimmer Sülz – Zusage!",
        N(),
        "Hi Lena,\n\nwir hätten dich sehr gern als neue Mitbewohnerin! Einzug wäre zum 01.11. "
        "möglich. Den Untermietvertrag schicke ich dir morgen, die Kaution sind zwei Monatsmieten.\n"
        "\nSag uns bis Sonntag Bescheid, ob du das Zimmer nimmst :)\n\nLiebe Grüße\nHannah, "
        "Marlon & Ida",
    ),
    m(
        "73206",
        "2025-10-12 12:20",
        "Hannah Brüggemann <hannah.brueggemann@web.de>",
        "Untermietvertrag + Schlüsselübergabe",
        N(),
        "Hi Lena,\n\nanbei der Untermietvertrag. Schlüsselübergabe wäre am 31.10. abends. "
        "Wohnungsgeberbestätigung für die Ummeldung mache ich dir dann auch fertig.\n\nLG Hannah",
        attach=[
            (
                "Untermietvertrag_Suelz.txt",
                "text/plain",
                "Untermietvertrag zwischen Hannah Brüggemann und Lena Hoffmeister ...",
            )
        ],
    ),
    m(
        "73207",
        "2025-11-03 09:05",
        "Stadt Köln – Bürgeramt <terminvergabe@stadt-koeln.de>",
        "Terminbestätigung: Anmeldung einer Wohnung",
        N(),
        "Sehr geehrte Frau Hoffmeister,\n\nhiermit bestätigen wir Ihren Termin:\nDienstleistung: "
        "Anmeldung einer Wohnung\nDatum: 11.11.2025, 08:20 Uhr\nOrt: Kundenzentrum Lindenthal\n"
        "\nBitte bringen Sie Ihren Personalausweis und die Wohnungsgeberbestätigung mit.",
    ),
    # --- Sparkasse credit card Antrag, bank ------------------------------------------------------
    m(
        "73301",
        "2025-10-18 14:08",
        "Sparkasse Rhein-Erft <service@sparkasse-rhein-erft.de>",
        "Ihr Antrag auf eine Mastercard Gold ist eingegangen",
        N(),
        "Sehr geehrte Frau Hoffmeister,\n\nvielen Dank für Ihren Antrag auf eine Sparkassen-"
        "Kreditkarte (Mastercard Gold). Wir prüfen Ihren Antrag und informieren Sie innerhalb von "
        "5 Werktagen über das Ergebnis.\n\nBitte beachten Sie: Für die Prüfung führen wir eine "
        "SCHUFA-Abfrage durch.\n\nIhre Sparkasse Rhein-Erft",
    ),
    m(
        "73302",
        "2025-10-23 10:11",
        "Sparkasse Rhein-Erft <service@sparkasse-rhein-erft.de>",
        "Gute Nachrichten: Ihr Kreditkartenantrag wurde genehmigt",
        N(),
        "Sehr geehrte Frau Hoffmeister,\n\nwir freuen uns, Ihnen mitteilen zu können, dass Ihr "
        "Antrag genehmigt wurde. Ihre Mastercard Gold erhalten Sie in den nächsten Tagen per "
        "Post, die PIN separat.\n\nIhre Sparkasse Rhein-Erft",
    ),
    m(
        "73303",
        "2025-11-28 19:00",
        "Sparkasse Rhein-Erft <service@sparkasse-rhein-erft.de>",
        "Ihr exklusives Angebot: 0 € Jahresgebühr im ersten Jahr",
        N(),
        html="<h2>Nur für kurze Zeit: Ihr persönliches Angebot</h2><p>Liebe Frau Hoffmeister, "
        "jetzt die Partnerkarte dazubuchen und im ersten Jahr keine Jahresgebühr zahlen.</p>"
        "<p>Angebot gültig bis 31.12.2025.</p>",
    ),
    m(
        "73304",
        "2026-01-15 11:30",
        "Sparkasse Rhein-Erft <service@sparkasse-rhein-erft.de>",
        "Einladung zum Beratungsgespräch: Ihr Start ins Berufsleben",
        N(),
        "Sehr geehrte Frau Hoffmeister,\n\nder Berufseinstieg bringt viele Fragen mit sich: "
        "Girokonto-Modell, Altersvorsorge, Versicherungen. Gern laden wir Sie zu einem "
        "kostenlosen Beratungsgespräch in Ihrer Filiale ein. Termine können Sie online buchen.\n\n"
        "Ihre Sparkasse Rhein-Erft",
    ),
    # --- Kleinanzeigen ---------------------------------------------------------------------------
    m(
        "73401",
        "2025-10-25 15:12",
        "Kleinanzeigen <noreply@kleinanzeigen.de>",
        "Neue Nachricht zu „Schreibtisch IKEA Alex, weiß“",
        N(),
        'Hallo Lena,\n\ndu hast eine neue Nachricht von Nutzer "rheinlaender77":\n\n"Hallo, ist '
        'der Schreibtisch noch da? Würde 40 € bieten und heute Abend abholen."\n\nAntworten in '
        "der App.",
    ),
    m(
        "73402",
        "2025-10-25 18:40",
        "Kleinanzeigen <noreply@kleinanzeigen.de>",
        "Du hast ein neues Angebot erhalten",
        N(),
        "Hallo Lena,\n\nfür deine Anzeige „Schreibtisch IKEA Alex, weiß“ hat dir jemand ein "
        "Angebot über 45 € gemacht (Sicher bezahlen). Angebot annehmen oder ablehnen?\n\nDein "
        "Kleinanzeigen-Team",
    ),
    m(
        "73403",
        "2025-11-30 10:05",
        "Kleinanzeigen <noreply@kleinanzeigen.de>",
        "Suchauftrag: 3 neue Anzeigen für „Hollandrad 28 Zoll“",
        N(),
        "Hallo Lena,\n\nfür deinen Suchauftrag gibt es neue Anzeigen in Köln:\n- Gazelle "
        'Hollandrad, 120 €\n- Damenrad 28" 7-Gang, 90 €\n- Batavus Hollandrad, VB 150 €',
    ),
    m(
        "73404",
        "2025-12-01 21:22",
        "Kleinanzeigen <noreply@kleinanzeigen.de>",
        "Neue Nachricht zu „Gazelle Hollandrad“",
        N(),
        'Hallo Lena,\n\nNachricht von Verkäufer "radkalle":\n"Rad ist noch da, kannst morgen '
        'ab 17 Uhr in Nippes vorbeikommen."',
    ),
    # --- friends and family ----------------------------------------------------------------------
    m(
        "73501",
        "2025-09-09 21:40",
        "Jule Kaminski <jule.kaminski@gmail.com>",
        "Werkstudenten-Update 😅",
        N(),
        "Hey Lenchen,\n\nkurzes Update von mir: Mein Werkstudentenjob bei der Versicherung ist "
        "sooo zäh. Ich sitze den ganzen Tag in Excel und pflege Stammdaten, und mein Chef hat "
        'mich diese Woche zweimal "die Praktikantin" genannt. Dafür ist das Geld gut und ich '
        "kann im Homeoffice für die Klausuren lernen.\n\nWie läufts bei dir mit den Bewerbungen? "
        "Hast du schon was von dem Solar-Startup gehört?\n\nKuss\nJule",
    ),
    m(
        "73502",
        "2025-09-20 10:03",
        "Jule Kaminski <jule.kaminski@gmail.com>",
        "Re: Werkstudenten-Update 😅",
        N(),
        "WAAAS, du hast die Zusage?! Glückwunsch!!! 🎉 Das müssen wir feiern. Samstag "
        "Brüsseler Platz?\n\n> Am 19.09.2025 um 21:12 schrieb Lena Hoffmeister:\n> Die haben "
        "mir heute tatsächlich ein Angebot gemacht!",
    ),
    m(
        "73503",
        "2025-11-17 19:33",
        "Felix Raab <felix.raab@posteo.de>",
        "Frage wegen Lumensa",
        N(),
        "Hi Lena,\n\nmein Mitbewohner überlegt, sich bei euch als Werkstudent im Vertrieb zu "
        "bewerben. Kannst du mir sagen, wie so die Stimmung ist und ob du ihn vielleicht "
        "empfehlen könntest? Er ist im 5. Semester BWL.\n\nDanke dir!\nFelix",
    ),
    m(
        "73504",
        "2025-12-21 12:00",
        "Mama <birgit.hoffmeister@t-online.de>",
        "Weihnachten",
        N(),
        "Hallo mein Schatz,\n\nkommst du am 23. schon nach Siegen oder erst am 24.? Papa würde "
        "dich am Bahnhof abholen. Oma fragt, ob du inzwischen eine Stelle nach dem Studium hast, "
        "ich hab ihr gesagt, sie soll dich nicht löchern 😉\n\nDicker Kuss\nMama",
    ),
    m(
        "73505",
        "2026-01-22 22:15",
        "Jule Kaminski <jule.kaminski@gmail.com>",
        "Daumen drücken für morgen!",
        N(),
        "Viel Glück morgen in Utrecht!! Und denk dran: Die kochen auch nur mit Wasser. Schreib "
        "mir, wie es war 🍀\n\nJule\n\nPS: Ich hab bei der Versicherung übrigens gekündigt und "
        "fang im März als Werkstudentin bei einer Agentur an.",
    ),
    m(
        "73506",
        "2025-11-08 16:44",
        "Camille Rousseau <camille.rousseau@laposte.net>",
        "Nouvelles de Lyon !",
        N("fr"),
        "Coucou Lena !\n\nÇa fait longtemps ! Ici tout va bien, j'ai commencé mon alternance dans "
        "une boîte de logistique et je cours entre les cours et le boulot. Tu viens toujours à "
        "Lyon pour la Fête des Lumières en décembre ? On a un canapé pour toi.\n\nBisous,\nCamille",
    ),
    m(
        "73507",
        "2025-12-01 09:10",
        "Camille Rousseau <camille.rousseau@laposte.net>",
        "Re: Nouvelles de Lyon !",
        N("fr"),
        "Super ! Je t'attends le 5 au soir à Part-Dieu. Apporte des vêtements chauds, il fait "
        "un froid de canard.\n\nCamille",
    ),
    m(
        "73508",
        "2026-01-31 11:11",
        "Jule Kaminski <jule.kaminski@gmail.com>",
        "Trainee!!!",
        N(),
        "Ich habs gerade in deinem Status gesehen – du hast den Trainee-Vertrag unterschrieben?? "
        "Wie cool ist das denn! Wermelskirchen ist zwar nicht Köln, aber hey 😄 Anstoßen am "
        "Wochenende?",
    ),
    m(
        "73509",
        "2025-10-05 15:20",
        "Sam O'Connell <sam.oconnell@outlook.com>",
        "Erasmus reunion in Dublin?",
        N("en"),
        "Hey Lena!\n\nA few of us from the Erasmus crew are planning a reunion in Dublin in "
        "February. Ryanair has flights from Cologne for like 30 quid. Would be class to see you. "
        "Also, how's the master going? Still doing the business informatics thing?\n\nSam",
    ),
    # --- podcast "interview", newsletters about hiring --------------------------------------------
    m(
        "73601",
        "2025-11-12 13:00",
        "Datenstrom Podcast <hallo@datenstrom-podcast.de>",
        "Interview-Anfrage für unseren Podcast",
        N(),
        "Hallo Lena,\n\nwir sind zwei Masterstudierende, die den Podcast „Datenstrom“ über "
        "Digitalisierung im Mittelstand machen. Dein Vortrag beim Fachschafts-Abend zum Thema "
        "Prozessmining hat uns gefallen – hättest du Lust auf ein Interview für eine unserer "
        "nächsten Folgen? Aufnahme dauert ca. 45 Minuten, gern online.\n\nViele Grüße\nNele & "
        "Ben",
    ),
    m(
        "73602",
        "2025-11-19 18:20",
        "Datenstrom Podcast <hallo@datenstrom-podcast.de>",
        "Re: Interview-Anfrage für unseren Podcast",
        N(),
        "Super, danke für die Zusage! Aufnahme dann am 27.11. um 18 Uhr über Riverside. Wir "
        "schicken dir vorher eine grobe Fragenliste.\n\nNele",
        ics=ev(
            "datenstrompodcast1127@google.com",
            "2025-11-27 18:00:00 +0100",
            "Podcast-Aufnahme Datenstrom mit Lena Hoffmeister",
            ("Nele Straub", "hallo@datenstrom-podcast.de"),
            location="https://riverside.fm/studio/datenstrom",
        ),
    ),
    m(
        "73603",
        "2025-10-22 06:30",
        "Digitalwirtschaft Weekly <weekly@digitalwirtschaft-weekly.de>",
        "Diese Startups stellen trotz Krise ein + Interview mit einer Gründerin",
        N(),
        html="<h2>Digitalwirtschaft Weekly #212</h2><p>Welche Kölner und Berliner Startups gerade "
        "Teams aufbauen, warum Werkstudierende für viele Gründer*innen die wichtigste "
        "Zielgruppe sind, und ein Interview mit einer Gründerin, die Solar-Installateure "
        "digitalisiert.</p><p>Weiterlesen</p>",
    ),
    m(
        "73604",
        "2026-01-14 06:30",
        "Digitalwirtschaft Weekly <weekly@digitalwirtschaft-weekly.de>",
        "Hiring Freeze 2026? Was Personaler wirklich planen",
        N(),
        html="<h2>Digitalwirtschaft Weekly #224</h2><p>Eine Umfrage unter 300 HR-Verantwortlichen "
        "zeigt: Traineeprogramme werden gekürzt, Werkstudierende bleiben gefragt. Außerdem: "
        "Das Angebot der Woche für unsere Leser*innen – 30 % auf das Jahresabo.</p>",
    ),
    m(
        "73605",
        "2025-12-18 17:00",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Special offer: 40% off Coursera Plus",
        N("en"),
        html="<p>Hi Lena,</p><p>For a limited time, get 40% off Coursera Plus and learn job-ready "
        "skills from top universities and companies. Offer ends December 31.</p>",
    ),
    m(
        "73606",
        "2025-09-25 14:00",
        "Fachschaft WiSo <fachschaft@wiso-fachschaft-koeln.de>",
        "Karrieremesse „contacts“ am 5. November – Firmenliste online",
        N(),
        "Liebe Kommiliton*innen,\n\ndie Firmenliste für unsere Karrieremesse ist online! Über 60 "
        "Unternehmen sind dabei. Außerdem bieten wir kostenlose Bewerbungsfotos und einen "
        "CV-Check an. Anmeldung für die Workshops bis 20.10.\n\nEure Fachschaft",
    ),
    # --- LinkedIn / XING social ------------------------------------------------------------------
    m(
        "73701",
        "2025-10-04 08:15",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Gratulieren Sie Jule Kaminski zum neuen Job",
        N(),
        html="<p>Jule Kaminski hat eine neue Position als Werkstudentin Marketing bei Fundus "
        "Versicherung begonnen.</p><p>Gratulieren</p>",
    ),
    m(
        "73702",
        "2025-11-02 09:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Miriam Tsakiris hat auf Ihren Beitrag reagiert",
        N(),
        html="<p>Miriam Tsakiris und 23 weitere Personen haben auf Ihren Beitrag reagiert: „Mein "
        "erster Monat als Werkstudentin bei Lumensa ☀️“</p>",
    ),
    m(
        "73703",
        "2025-12-10 12:05",
        "LinkedIn <invitations@linkedin.com>",
        "Sanne de Groot möchte sich mit Ihnen vernetzen",
        N(),
        html="<p>Sanne de Groot · Graduate Recruiter bei Vanderkloet</p><p>Annehmen · "
        "Ignorieren</p>",
    ),
    m(
        "73704",
        "2026-01-18 19:20",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Ihr Profil wurde in 14 Suchen gefunden",
        N(),
        html="<p>Lena, Ihr Profil wurde diese Woche in 14 Suchen gefunden. Die Suchenden kamen u. a. "
        "von Personalberatungen und Versicherungen.</p><p>Mit Premium sehen Sie, wer.</p>",
    ),
    m(
        "73705",
        "2025-11-25 07:00",
        "XING <mailrobot@mail.xing.com>",
        "Heute hat Felix Raab Geburtstag",
        N(),
        html="<p>Gratulieren Sie Felix Raab zum Geburtstag!</p>",
    ),
    m(
        "73706",
        "2026-02-14 08:10",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Gratulieren Sie Aylin Demirtaş zum neuen Job",
        N(),
        html="<p>Aylin Demirtaş hat eine neue Position als Junior Consultant SAP bei Vireon "
        "Consulting AG begonnen.</p><p>Gratulieren</p>",
    ),
    # --- work life at Lumensa (employment, not job search) ---------------------------------------
    m(
        "73801",
        "2025-10-30 16:00",
        "Lumensa <notifications@personio.de>",
        "Deine Gehaltsabrechnung für Oktober ist verfügbar",
        N(),
        "Hi Lena,\n\ndeine Gehaltsabrechnung für Oktober 2025 ist jetzt in Personio für dich "
        "verfügbar.\n\nZum Dokument: https://lumensa.personio.de/documents\n\nDein People-Team",
    ),
    m(
        "73802",
        "2025-11-27 16:00",
        "Lumensa <notifications@personio.de>",
        "Deine Gehaltsabrechnung für November ist verfügbar",
        N(),
        "Hi Lena,\n\ndeine Gehaltsabrechnung für November 2025 ist jetzt in Personio für dich "
        "verfügbar.\n\nDein People-Team",
    ),
    m(
        "73803",
        "2025-12-01 11:30",
        "Miriam Tsakiris <miriam@lumensa.de>",
        "Einladung: Lumensa Weihnachtsfeier 🎄",
        N(),
        "Hallo zusammen,\n\nam 12.12. feiern wir ab 18 Uhr im Büro mit Raclette und Wichteln "
        "(Budget 15 €). Bitte sagt bis Freitag zu!\n\nMiriam",
        ics=ev(
            "lumensaxmas2025@google.com",
            "2025-12-12 18:00:00 +0100",
            "Lumensa Weihnachtsfeier",
            ("Miriam Tsakiris", "miriam@lumensa.de"),
            minutes=300,
            location="Lumensa Office, Vogelsanger Str. 321",
        ),
    ),
    m(
        "73804",
        "2025-12-22 10:00",
        "Lumensa <notifications@personio.de>",
        "Dein Urlaubsantrag wurde genehmigt",
        N(),
        "Hi Lena,\n\ndein Abwesenheitsantrag (Urlaub, 22.12.2025–02.01.2026) wurde von Jonas "
        "Wefers genehmigt.\n\nDein People-Team",
    ),
    m(
        "73805",
        "2026-02-02 09:15",
        "Jonas Wefers <jonas@lumensa.de>",
        "Dein Werkstudentenvertrag / Verlängerung",
        N(),
        "Hi Lena,\n\nMiriam hat mir erzählt, dass du im April mit dem Trainee bei Lindenhof "
        "startest – mega, Glückwunsch! Schade für uns natürlich. Lass uns nächste Woche kurz "
        "besprechen, wie wir die Übergabe deiner Projekte bis Ende März organisieren.\n\nJonas",
    ),
    # --- shopping, travel, health, misc ----------------------------------------------------------
    m(
        "73901",
        "2025-09-29 19:30",
        "Bücherstube am Dom <shop@buecherstube-dom.de>",
        "Ihre Bestellung Nr. 40221 wurde versandt",
        N(),
        'Hallo Lena Hoffmeister,\n\nIhre Bestellung ("Die Assessment-Center-Fibel", 19,90 €) '
        "wurde heute an DHL übergeben. Sendungsnummer: 00340434 161094 2108 77.\n\nIhre "
        "Bücherstube am Dom",
    ),
    m(
        "73902",
        "2026-01-12 21:10",
        "DB Fernverkehr <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung (Auftrag 4X9KQ2): Köln Hbf – Utrecht Centraal",
        N(),
        "Ihre Reise am 23.01.2026\nHinfahrt: Köln Hbf 06:43 – Utrecht Centraal 09:20 (ICE 104)\n"
        "Rückfahrt: Utrecht Centraal 17:39 – Köln Hbf 20:16 (ICE 127)\nPreis: 59,80 €\n\nIhr "
        "Ticket finden Sie im Anhang bzw. in der DB Navigator App.",
    ),
    m(
        "73903",
        "2025-12-04 20:20",
        "FlixBus <noreply@flixbus.de>",
        "Deine Buchungsbestätigung: Köln → Lyon",
        N(),
        "Hallo Lena,\n\nvielen Dank für deine Buchung! Fahrt am 05.12.2025, 07:15 ab Köln ZOB, "
        "Ankunft Lyon Perrache 18:05. Buchungsnummer 3198 2210 44.\n\nGute Reise!",
    ),
    m(
        "73904",
        "2025-11-06 12:44",
        "Doctolib <no-reply@doctolib.de>",
        "Terminbestätigung bei Dr. med. Schallenberg",
        N(),
        "Ihr Termin bei Dr. med. Karin Schallenberg (Allgemeinmedizin) am Do. 13.11.2025 um "
        "08:45 ist bestätigt. Bitte bringen Sie Ihre Versichertenkarte mit.",
    ),
    m(
        "73905",
        "2025-10-10 09:00",
        "Rheinische BKK <service@rheinische-bkk.de>",
        "Ihre Versicherung als Werkstudentin – was Sie wissen sollten",
        N(),
        "Sehr geehrte Frau Hoffmeister,\n\nIhr Arbeitgeber hat Sie als Werkstudentin gemeldet. "
        "Solange Sie während der Vorlesungszeit nicht mehr als 20 Stunden pro Woche arbeiten, "
        "bleiben Sie in der studentischen Krankenversicherung. Bei Fragen sind wir gern für Sie "
        "da.\n\nIhre Rheinische BKK",
    ),
    m(
        "73906",
        "2026-02-20 09:00",
        "Rheinische BKK <service@rheinische-bkk.de>",
        "Vom Studium in den Job: Ihre Mitgliedschaft ab April",
        N(),
        "Sehr geehrte Frau Hoffmeister,\n\nherzlichen Glückwunsch zum Berufsstart! Wenn Sie ab "
        "April sozialversicherungspflichtig beschäftigt sind, ändert sich Ihr Beitrag. Bitte "
        "teilen Sie uns Ihren neuen Arbeitgeber mit.\n\nIhre Rheinische BKK",
    ),
    m(
        "73907",
        "2025-09-30 18:00",
        "Vodafone <kundenservice@vodafone.de>",
        "Ihre Mobilfunkrechnung September",
        N(),
        "Guten Tag Frau Hoffmeister,\n\nIhre Rechnung für September über 14,99 € ist online. "
        "Der Betrag wird am 05.10. abgebucht.",
    ),
    m(
        "73908",
        "2025-11-29 10:00",
        "Zalando <info@service-mail.zalando.de>",
        "Black Friday: Bis zu 50 % auf Mäntel – nur heute",
        N(),
        html="<h1>Black Friday</h1><p>Lena, deine Angebote warten: bis zu 50 % auf Wintermäntel und "
        "Boots.</p>",
    ),
    m(
        "73909",
        "2026-01-03 13:10",
        "ELSTER <noreply@elster.de>",
        "Bescheid zur Einkommensteuer 2024 abrufbar",
        N(),
        "Guten Tag,\n\nfür Sie liegt ein Bescheid in Ihrem ELSTER-Postfach bereit. Bitte melden Sie "
        "sich an, um ihn abzurufen.\n\nIhr ELSTER-Team",
    ),
    m(
        "73910",
        "2025-10-30 20:00",
        "Hannah Brüggemann <hannah.brueggemann@web.de>",
        "WG-Abend Freitag + Putzplan",
        N(),
        "Hi ihr,\n\nzur Begrüßung von Lena machen wir Freitag Pasta und Wein 🍝 Und der neue "
        "Putzplan hängt am Kühlschrank, Lena startet mit Bad (sorry, Tradition 😄).\n\nHannah",
    ),
    m(
        "73911",
        "2026-02-10 17:05",
        "Sam O'Connell <sam.oconnell@outlook.com>",
        "Dublin flights booked!",
        N("en"),
        "Lena! Flights are booked for 20–23 Feb, I'll send the Airbnb link. Congrats on the "
        "trainee job by the way, Jule told everyone in the group chat 😂\n\nSam",
    ),
    m(
        "73912",
        "2025-12-16 12:00",
        "Stadtbibliothek Köln <newsletter@stadtbibliothek-koeln.de>",
        "Veranstaltungen im Januar: Bewerbungstraining, Lesungen, Makerspace",
        N(),
        "Liebe Leser*innen,\n\nim Januar bieten wir u. a. ein kostenloses Bewerbungstraining für "
        "Berufseinsteiger*innen (Anmeldung erforderlich), zwei Lesungen und offene Makerspace-"
        "Abende an.\n\nIhre Stadtbibliothek",
    ),
]

# --- more recurring mail ---------------------------------------------------------------------
MENSA = [
    "Linsencurry mit Basmatireis",
    "Kölsche Currywurst mit Pommes",
    "Gemüselasagne",
    "Falafel-Bowl mit Hummus",
    "Schnitzel „Wiener Art“ mit Kartoffelsalat",
    "Kürbisrisotto",
    "Chili sin Carne",
    "Grünkohl mit Mettwurst (vegan: mit Räuchertofu)",
    "Spätzle-Pfanne mit Pilzen",
    "Pasta Arrabbiata",
    "Ofenkartoffel mit Kräuterquark",
    "Gnocchi in Tomaten-Salbei-Sauce",
]
MENSA_DAYS = [
    "2025-09-08", "2025-09-22", "2025-10-06", "2025-10-20", "2025-11-03", "2025-11-17",
    "2025-12-01", "2025-12-15", "2026-01-12", "2026-01-26", "2026-02-09", "2026-02-23",
]  # fmt: skip
for n, (day, dish) in enumerate(zip(MENSA_DAYS, MENSA, strict=True)):
    MAIL.append(
        m(
            f"744{n:02d}",
            f"{day} 09:0{n % 10}",
            "Kölner Studierendenwerk <newsletter@kstw.de>",
            f"Mensa-Speiseplan KW {date.fromisoformat(day).isocalendar()[1]}: Highlight der Woche – {dish}",
            N(),
            html=f"<h2>Eure Mensa diese Woche</h2><p>Unser Highlight: <b>{dish}</b>.</p><p>Außerdem: "
            "Salatbar, Tagessuppe und ein vegetarisches Aktionsgericht. Mit dem "
            "Studierendenausweis zahlt ihr den Studi-Preis.</p><p>Euer Kölner Studierendenwerk</p>",
        )
    )

ILIAS = [
    ("2025-10-15 13:02", "ERP-Systeme und Prozessintegration", "Folien zu Kapitel 3 hochgeladen"),
    ("2025-10-29 08:41", "Data Mining und Predictive Analytics", "Übungsblatt 2 ist online"),
    (
        "2025-11-12 17:55",
        "ERP-Systeme und Prozessintegration",
        "Neuer Beitrag im Forum: Gruppeneinteilung Fallstudie",
    ),
    ("2025-11-26 10:20", "Seminar Wirtschaftsinformatik", "Abgabetermin Seminararbeit: 09.01.2026"),
    ("2025-12-10 09:30", "Data Mining und Predictive Analytics", "Probeklausur verfügbar"),
    ("2026-01-07 11:11", "ERP-Systeme und Prozessintegration", "Raumänderung Klausur"),
    ("2026-01-20 15:45", "Seminar Wirtschaftsinformatik", "Feedback zu Ihrer Seminararbeit"),
    ("2026-02-03 18:00", "Data Mining und Predictive Analytics", "Klausureinsicht am 20.02."),
]
for n, (sent, course, what) in enumerate(ILIAS):
    MAIL.append(
        m(
            f"745{n:02d}",
            sent,
            "ILIAS Uni Köln <noreply-ilias@uni-koeln.de>",
            f"[ILIAS] {course}: {what}",
            N(),
            f'Neue Benachrichtigung im Kurs "{course}":\n\n{what}.\n\nZum Kurs: https://www.'
            "ilias.uni-koeln.de/goto_uk_crs.html\n\nSie erhalten diese E-Mail, weil Sie "
            "Mitglied des Kurses sind. Benachrichtigungen können Sie in Ihrem Profil abbestellen.",
        )
    )

for n, (ym, de_month, _en) in enumerate(MONTHS[1:]):
    MAIL.append(
        m(
            f"746{n:02d}",
            f"{ym}-2{8 - n % 3} 18:0{n}",
            "Vodafone <kundenservice@vodafone.de>",
            f"Ihre Mobilfunkrechnung {de_month}",
            N(),
            f"Guten Tag Frau Hoffmeister,\n\nIhre Rechnung für {de_month} über 14,99 € ist online "
            "in MeinVodafone abrufbar. Der Betrag wird per Lastschrift eingezogen.",
        )
    )

MAIL += [
    m(
        "74701",
        "2025-12-30 16:00",
        "Lumensa <notifications@personio.de>",
        "Deine Gehaltsabrechnung für Dezember ist verfügbar",
        N(),
        "Hi Lena,\n\ndeine Gehaltsabrechnung für Dezember 2025 ist jetzt in Personio für dich "
        "verfügbar. Frohes neues Jahr!\n\nDein People-Team",
    ),
    m(
        "74702",
        "2026-01-29 16:00",
        "Lumensa <notifications@personio.de>",
        "Deine Gehaltsabrechnung für Januar ist verfügbar",
        N(),
        "Hi Lena,\n\ndeine Gehaltsabrechnung für Januar 2026 ist jetzt in Personio für dich "
        "verfügbar.\n\nDein People-Team",
    ),
    m(
        "74703",
        "2025-10-01 08:02",
        "DHL Paket <noreply@dhl.de>",
        "Ihre DHL Sendung kommt heute",
        N(),
        "Hallo Lena Hoffmeister,\n\nIhre Sendung 00340434 161094 2108 77 von Bücherstube am Dom "
        "wird heute zwischen 11:30 und 14:30 Uhr zugestellt.",
    ),
    m(
        "74704",
        "2025-11-21 12:40",
        "DHL Paket <noreply@dhl.de>",
        "Ihre Sendung wurde in einer Packstation abgelegt",
        N(),
        "Hallo Lena Hoffmeister,\n\nIhre Sendung liegt in der Packstation 142, Zülpicher Str., "
        "zur Abholung bereit. Abholcode in der App.",
    ),
    m(
        "74705",
        "2026-01-09 09:15",
        "DHL Paket <noreply@dhl.de>",
        "Ankündigung Ihrer Sendung von Lindenhof Maschinenbau",
        N(),
        "Hallo Lena Hoffmeister,\n\neine Sendung (Brief / Einschreiben) ist auf dem Weg zu Ihnen. "
        "Absender: Lindenhof Maschinenbau GmbH & Co. KG. Voraussichtliche Zustellung: morgen.",
    ),
    m(
        "74706",
        "2025-11-18 19:20",
        "Bücherstube am Dom <shop@buecherstube-dom.de>",
        "Bestellbestätigung Nr. 40980",
        N(),
        'Hallo Lena Hoffmeister,\n\nvielen Dank für Ihre Bestellung: "Design Science Research '
        'in Information Systems" (34,99 €). Wir melden uns, sobald die Ware versandt wird.',
    ),
    m(
        "74707",
        "2025-10-16 07:30",
        "Analytics Digest <digest@analyticsdigest.io>",
        "Analytics Digest #87: dbt tips, an interview with a data lead, and a job board update",
        N("en"),
        html="<h2>Analytics Digest #87</h2><p>This week: five dbt macros we love, an interview with "
        "the data lead of a Dutch logistics firm about building a team from scratch, and our "
        "monthly roundup of open data roles.</p><p>Read online</p>",
    ),
    m(
        "74708",
        "2025-11-20 07:30",
        "Analytics Digest <digest@analyticsdigest.io>",
        "Analytics Digest #92: Is the junior data analyst role dying?",
        N("en"),
        html="<h2>Analytics Digest #92</h2><p>Hiring managers tell us what they look for in "
        "junior analysts in 2026, plus a deep dive into semantic layers.</p>",
    ),
    m(
        "74709",
        "2026-01-08 07:30",
        "Analytics Digest <digest@analyticsdigest.io>",
        "Analytics Digest #98: Our 2026 predictions",
        N("en"),
        html="<h2>Analytics Digest #98</h2><p>AI agents for BI, the return of SQL, and a special "
        "offer: 50% off our annual membership.</p>",
    ),
    m(
        "74710",
        "2026-02-12 07:30",
        "Analytics Digest <digest@analyticsdigest.io>",
        "Analytics Digest #103: Process mining, explained",
        N("en"),
        html="<h2>Analytics Digest #103</h2><p>What process mining is, when it helps, and an "
        "interview with two researchers from Eindhoven.</p>",
    ),
    m(
        "74711",
        "2025-10-21 14:12",
        "GitHub <noreply@github.com>",
        "[GitHub] A personal access token has been added to your account",
        N("en"),
        'Hey lhoffmeister!\n\nA personal access token (classic) named "seminar-scraper" was '
        "recently added to your account. If this was you, you can safely ignore this email.",
    ),
    m(
        "74712",
        "2025-12-09 22:01",
        "Felix Raab <notifications@github.com>",
        "[felixraab/erp-fallstudie] Merged PR #7: Auswertung Bestellprozesse",
        N("en"),
        "Merged #7 into main.\n\n—\nYou are receiving this because you were mentioned.\nReply to "
        "this email directly or view it on GitHub.",
    ),
    m(
        "74713",
        "2026-01-27 08:00",
        "GitHub <noreply@github.com>",
        "Your GitHub Student Developer Pack benefits are expiring soon",
        N("en"),
        "Hi lhoffmeister,\n\nYour academic status will need to be re-verified within 30 days to "
        "keep your Student Developer Pack benefits.",
    ),
    m(
        "74714",
        "2025-09-29 12:00",
        "Hochschulsport Köln <anmeldung@hochschulsport-koeln.de>",
        "Buchungsbestätigung: Bouldern Anfänger*innen (Mi 18:00)",
        N(),
        "Hallo Lena,\n\ndeine Buchung für den Kurs Bouldern Anfänger*innen (Mi 18:00–19:30, "
        "Kletterhalle Ehrenfeld) ist bestätigt. Kursgebühr: 28 € für das Semester.",
    ),
    m(
        "74715",
        "2026-02-16 12:00",
        "Hochschulsport Köln <anmeldung@hochschulsport-koeln.de>",
        "Buchungsstart Sommersemester am 24.02.",
        N(),
        "Liebe Sportler*innen,\n\nam 24.02. um 12 Uhr startet die Buchung für das Sommersemester. "
        "Tipp: Vorher einloggen, die beliebten Kurse sind schnell weg!",
    ),
    m(
        "74716",
        "2025-11-01 10:30",
        "Rhein-Assekuranz Direkt <antrag@rhein-assekuranz-direkt.de>",
        "Ihr Antrag auf Privathaftpflicht – Eingangsbestätigung",
        N(),
        "Sehr geehrte Frau Hoffmeister,\n\nvielen Dank für Ihren Antrag auf eine "
        "Privathaftpflichtversicherung (Tarif Young). Wir prüfen Ihre Angaben und senden Ihnen "
        "den Versicherungsschein innerhalb weniger Tage zu.",
    ),
    m(
        "74717",
        "2025-11-04 09:00",
        "Rhein-Assekuranz Direkt <antrag@rhein-assekuranz-direkt.de>",
        "Ihr Versicherungsschein liegt bereit",
        N(),
        "Sehr geehrte Frau Hoffmeister,\n\nIhr Antrag wurde angenommen. Ihr Versicherungsschein "
        "steht im Kundenportal bereit. Versicherungsbeginn: 01.11.2025.",
    ),
    m(
        "74718",
        "2025-10-11 19:45",
        "Lieferando <noreply@lieferando.de>",
        "Deine Bestellung bei Pho Saigon ist unterwegs",
        N(),
        "Hallo Lena,\n\ndein Essen ist unterwegs! Voraussichtliche Lieferung: 20:20–20:35.",
    ),
    m(
        "74719",
        "2026-01-16 11:00",
        "Too Good To Go <hello@toogoodtogo.de>",
        "Neu in deiner Nähe: 3 Bäckereien retten mit dir",
        N(),
        html="<p>Hey Lena, in Sülz gibt es neue Überraschungstüten ab 3,50 €.</p>",
    ),
    m(
        "74720",
        "2025-12-14 10:00",
        "Lieferando <noreply@lieferando.de>",
        "Nur dieses Wochenende: 5 € Rabatt auf deine nächste Bestellung",
        N(),
        html="<p>Hol dir jetzt 5 € Rabatt ab 20 € Bestellwert mit dem Code WINTER5.</p>",
    ),
    m(
        "74721",
        "2026-02-05 20:10",
        "Kleinanzeigen <noreply@kleinanzeigen.de>",
        "Neue Nachricht zu „Bürostuhl ergonomisch“",
        N(),
        'Hallo Lena,\n\nNachricht von "moebelmaus": "Ja, der Stuhl ist noch da. 35 € fest, '
        'Abholung in Kalk."',
    ),
    m(
        "74722",
        "2026-02-07 09:00",
        "Kleinanzeigen <noreply@kleinanzeigen.de>",
        "Bewerte deine Transaktion mit moebelmaus",
        N(),
        "Hallo Lena,\n\nwie lief es mit moebelmaus? Gib eine Bewertung ab und hilf anderen "
        "Nutzer*innen.",
    ),
    m(
        "74723",
        "2025-10-19 18:00",
        "Papa <juergen.hoffmeister@t-online.de>",
        "Umzug 31.10.",
        N(),
        "Hallo Lena,\n\nich kann am 31. den Transporter vom Sportverein haben. Ich wäre gegen 14 "
        "Uhr in Ehrenfeld. Reichen zwei Stunden?\n\nPapa",
    ),
    m(
        "74724",
        "2026-02-01 17:40",
        "Mama <birgit.hoffmeister@t-online.de>",
        "Glückwunsch!!",
        N(),
        "Liebe Lena,\n\nPapa und ich sind so stolz auf dich! Oma hat gleich allen im Chor erzählt, "
        'dass ihre Enkelin jetzt "bei einer Maschinenbaufirma anfängt" 😄 Wann kommst du mal '
        "wieder vorbei?\n\nMama",
    ),
    m(
        "74725",
        "2025-10-28 12:00",
        "Doodle <mailer@doodle.com>",
        "Fachschaftssitzung Dezember: Bitte abstimmen",
        N(),
        'Marie Holtkamp hat dich eingeladen, an der Umfrage "Fachschaftssitzung Dezember" '
        "teilzunehmen. Bitte wähle deine passenden Termine aus.",
    ),
    m(
        "74726",
        "2025-11-04 12:00",
        "Doodle <mailer@doodle.com>",
        "Ergebnis: Fachschaftssitzung Dezember – Di, 02.12., 18 Uhr",
        N(),
        'Die Umfrage "Fachschaftssitzung Dezember" wurde abgeschlossen. Gewählter Termin: '
        "Dienstag, 02.12.2025, 18:00 Uhr.",
    ),
    m(
        "74727",
        "2025-10-08 16:30",
        "Enactus Köln <info@enactus-koeln.de>",
        "Recruiting-Abend: Werde Teil unseres Teams!",
        N(),
        "Hey ihr,\n\nam 15.10. stellen wir unsere Social-Impact-Projekte vor und suchen neue "
        "Mitglieder. Keine Bewerbung nötig, kommt einfach vorbei – es gibt Pizza!\n\nEure Enactus "
        "Hochschulgruppe",
    ),
    m(
        "74728",
        "2026-01-21 16:30",
        "Enactus Köln <info@enactus-koeln.de>",
        "Newsletter Januar: Projektupdates und Alumni-Interview",
        N(),
        "Hey ihr,\n\nim Januar-Newsletter: Updates aus drei Projekten und ein Interview mit "
        "unserer Alumna Ronja, die heute ein Social Startup führt.\n\nEure Enactus Hochschulgruppe",
    ),
    m(
        "74729",
        "2025-12-06 21:00",
        "Instagram <no-reply@mail.instagram.com>",
        "camille.rsx hat dich in einem Beitrag markiert",
        N("en"),
        html='<p>camille.rsx tagged you in a post: "Fête des Lumières avec ma meilleure '
        'Allemande ✨"</p>',
    ),
    m(
        "74730",
        "2026-02-22 14:00",
        "Instagram <no-reply@mail.instagram.com>",
        "sam.oc shared a post you might like",
        N("en"),
        html='<p>sam.oc shared a post: "Dublin reunion 🍻"</p>',
    ),
]

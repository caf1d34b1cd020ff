# ruff: noqa: E501
"""Corpus 95, more of the Hamburg inbox (data only): see heldout95.py."""

from __future__ import annotations

from typing import Any

from heldout95_jobs import ics, m

DE = ("not_job", "de")
EN = ("not_job", "en")

_KURIER = [
    (
        "2025-09-07 06:30",
        "Elbe-Kurier am Sonntag: Baustellen-Sommer auf der A7 geht weiter",
        "Außerdem: Die besten Franzbrötchen der Stadt im Test.",
    ),
    (
        "2025-09-28 06:30",
        "Elbe-Kurier am Sonntag: Im Interview – die neue Hafenchefin",
        "Warum der Hafen mehr Automatisierung braucht. Plus: Herbstferien-Tipps.",
    ),
    (
        "2025-10-19 06:30",
        "Elbe-Kurier am Sonntag: Mietenspiegel 2025 – so teuer ist Eimsbüttel",
        "Dazu: Wie Genossenschaften Wohnungen vergeben.",
    ),
    (
        "2025-11-09 06:30",
        "Elbe-Kurier am Sonntag: Im Interview – HSV-Trainer über die Hinrunde",
        "Plus: Die Weihnachtsmärkte öffnen früher.",
    ),
    (
        "2025-11-30 06:30",
        "Elbe-Kurier am Sonntag: Jobmotor Hafen – wer jetzt einstellt",
        "Logistik, Energie, Werften: Unser großer Arbeitsmarkt-Report für den Norden.",
    ),
    (
        "2025-12-21 06:30",
        "Elbe-Kurier am Sonntag: Weihnachten an der Elbe",
        "Im Interview: Der Leuchtturmwärter von Neuwerk.",
    ),
    (
        "2026-01-11 06:30",
        "Elbe-Kurier am Sonntag: Sturmflut-Saison – wie sicher sind die Deiche?",
        "Außerdem: Neue U5 – der Zeitplan.",
    ),
    (
        "2026-02-01 06:30",
        "Elbe-Kurier am Sonntag: Im Interview – die Bürgermeisterin über 2026",
        "Plus: Karneval? Hamburg feiert lieber Fischmarkt.",
    ),
    (
        "2026-02-22 06:30",
        "Elbe-Kurier am Sonntag: Frühlingsgefühle im Stadtpark",
        "Dazu: Die neuen Fahrradstraßen in Eimsbüttel.",
    ),
]

_PROC = [
    (
        "2025-09-16 13:00",
        "The Process Weekly: Interview with a refinery turnaround manager",
        "What 40 days of shutdown teach you about planning.",
    ),
    (
        "2025-10-14 13:00",
        "The Process Weekly: Heat integration myths",
        "Plus: our interview with the author of 'Pinch Analysis Revisited'.",
    ),
    (
        "2025-11-11 13:00",
        "The Process Weekly: Hiring freeze or hiring spree?",
        "We asked ten engineering managers how their 2026 headcount looks.",
    ),
    (
        "2025-12-09 13:00",
        "The Process Weekly: Offer season – reading the fine print of engineering contracts",
        "And an interview on relocating to Norway.",
    ),
    (
        "2026-01-13 13:00",
        "The Process Weekly: 2026 outlook for hydrogen",
        "Electrolyser orders, FIDs and the interview everyone is talking about.",
    ),
    (
        "2026-02-10 13:00",
        "The Process Weekly: Digital twins that actually work",
        "Case studies from three plants.",
    ),
]

MAIL: list[dict[str, Any]] = [
    *(
        m(
            f"9500{i}",
            when,
            "Elbe-Kurier <newsletter@elbe-kurier.de>",
            subj,
            DE,
            html=f"<html><body><h2>{subj}</h2><p>{lead}</p><p><a href='https://www.elbe-kurier.de/'>Jetzt lesen</a></p><p style='font-size:10px'>Elbe-Kurier Mediengruppe · Newsletter abbestellen</p></body></html>",
        )
        for i, (when, subj, lead) in enumerate(_KURIER)
    ),
    *(
        m(
            f"9510{i}",
            when,
            "The Process Weekly <editor@processweekly.news>",
            subj,
            EN,
            f"{subj}\n\n{lead}\n\nRead online: https://processweekly.news/issues\n\nYou are receiving this because you subscribed. Unsubscribe anytime.",
        )
        for i, (when, subj, lead) in enumerate(_PROC)
    ),
    m(
        "95201",
        "2025-09-02 09:15",
        "Mobilfunk Nord <kundenservice@mobilfunk-nord.de>",
        "Ihre Rechnung für August 2025",
        DE,
        "Guten Tag Herr Sörensen,\n\nIhre Mobilfunkrechnung für August 2025 über 17,99 € steht im Kundenportal bereit.\n\nIhr Mobilfunk Nord Team",
    ),
    m(
        "95202",
        "2025-10-16 14:40",
        "Mobilfunk Nord <angebote@mobilfunk-nord.de>",
        "Nur für Sie: Ihr Vertragsangebot mit 50 GB",
        DE,
        html="<html><body><p>Sehr geehrter Herr Sörensen,</p><p>Ihr Vertrag ist ab sofort verlängerbar. Unser Angebot: 50 GB für 19,99 € monatlich, dazu ein neues Smartphone ab 1 €. Jetzt Angebot annehmen!</p></body></html>",
    ),
    m(
        "95203",
        "2025-12-02 09:14",
        "Mobilfunk Nord <kundenservice@mobilfunk-nord.de>",
        "Ihre Rechnung für November 2025",
        DE,
        "Guten Tag Herr Sörensen,\n\nIhre Mobilfunkrechnung für November 2025 über 19,99 € steht im Kundenportal bereit.",
    ),
    m(
        "95204",
        "2025-09-24 19:50",
        "Jonas Petersen <jonas.p@mailbox.org>",
        "Einladung: Grillen bei uns",
        DE,
        "Moin,\n\nletzter warmer Abend: Samstag grillen bei uns im Garten, ab 17 Uhr. Bring gern was zum Trinken mit.\n\nJonas",
        ics=ics(
            "grillen-20250927@google.com",
            "2025-09-27 17:00:00 +0200",
            "Grillen bei Jonas & Lena",
            ("Jonas Petersen", "jonas.p@mailbox.org"),
            minutes=240,
            location="Kollaustraße 41, Hamburg",
            style="google",
        ),
    ),
    m(
        "95205",
        "2025-10-05 11:03",
        "Ole Kramer <ole.kramer@web.de>",
        "Fotos Abrudern / Wanderfahrt",
        DE,
        "Moin Jannik,\n\nhier der Link zu den Fotos von der Wanderfahrt auf der Schlei: https://cloud.rc-hammonia.de/s/schlei25\n\nOle",
    ),
    m(
        "95206",
        "2025-11-01 12:30",
        "Hamburg-Marathon <info@haspa-marathon-hh.de>",
        "Deine Anmeldung ist eingegangen – Hamburg Marathon 2026",
        DE,
        "Hallo Jannik,\n\nvielen Dank für deine Anmeldung zum Marathon am 26. April 2026. Die Startgebühr wird in den nächsten Tagen abgebucht. Deine Startnummer erhältst du im März.\n\nDein Orga-Team",
    ),
    m(
        "95207",
        "2026-01-18 10:00",
        "Hamburg-Marathon <info@haspa-marathon-hh.de>",
        "Dein Trainingsplan: noch 14 Wochen",
        DE,
        html="<html><body><p>Noch 14 Wochen bis zum Start! Hier dein Trainingsplan und Interviews mit Läufer:innen, die es letztes Jahr zum ersten Mal geschafft haben.</p></body></html>",
    ),
    m(
        "95208",
        "2025-10-11 15:22",
        "Airbnb <automated@airbnb.com>",
        "Reservierung bestätigt – Kopenhagen, 17.–19. April",
        DE,
        "Deine Reservierung ist bestätigt! Gastgeber: Mette. Check-in ab 15:00 Uhr. Gesamtbetrag: 286,00 €.",
    ),
    m(
        "95209",
        "2025-12-07 10:45",
        "Henrik Lund <henrik.lund@dtu-alumni.dk>",
        "Re: Long time no see – Copenhagen in spring?",
        EN,
        "Great, April works! And fingers crossed for the job hunt – Danish companies are hiring process engineers like crazy right now, by the way. Let me know if you want me to ask around.\n\nHenrik\n\n> Sounds great, I booked a place for mid-April.",
    ),
    m(
        "95210",
        "2025-11-13 16:00",
        "Bezirksamt Eimsbüttel <noreply@hamburg.de>",
        "Ihr Personalausweis ist abholbereit",
        DE,
        "Guten Tag,\n\nIhr Personalausweis liegt ab sofort im Kundenzentrum Eimsbüttel zur Abholung bereit. Bitte bringen Sie Ihr altes Dokument mit.",
    ),
    m(
        "95211",
        "2025-12-15 17:30",
        "Hausarztpraxis am Eppendorfer Weg <praxis@hausarzt-ew.de>",
        "Ihre Laborwerte",
        DE,
        "Sehr geehrter Herr Sörensen,\n\nIhre Laborwerte vom 08.12. sind unauffällig. Eine Besprechung ist nicht nötig.\n\nIhr Praxisteam",
    ),
    m(
        "95212",
        "2025-09-19 08:50",
        "Streamflix <info@streamflix.de>",
        "Ihr Abo wird teurer",
        DE,
        "Hallo Jannik,\n\nab dem 1. November kostet dein Standard-Abo 13,99 € im Monat. Du musst nichts tun.",
    ),
    m(
        "95213",
        "2025-10-24 20:15",
        "Streamflix <info@streamflix.de>",
        "Neu: „Die Werft“ – Staffel 2 jetzt streamen",
        DE,
        html="<html><body><p>Neue Folgen der Erfolgsserie über eine Kieler Werft in der Krise. Plus: Im Interview – die Hauptdarstellerin.</p></body></html>",
    ),
    m(
        "95214",
        "2026-01-06 09:00",
        "Elbe Sparkasse <info@elbe-sparkasse.de>",
        "Ihr Kontoauszug Dezember 2025 liegt im Postfach",
        DE,
        "Sehr geehrter Herr Sörensen,\n\nin Ihrem elektronischen Postfach liegt ein neues Dokument: Kontoauszug 12/2025.\n\nIhre Elbe Sparkasse",
    ),
    m(
        "95215",
        "2025-11-22 12:10",
        "Hanse Direktbank <service@hanse-direktbank.de>",
        "Ihre Kreditkartenabrechnung November",
        DE,
        "Sehr geehrter Herr Sörensen,\n\nIhre Kreditkartenabrechnung über 346,17 € steht im Online-Banking bereit. Der Betrag wird am 30.11. von Ihrem Referenzkonto abgebucht.",
    ),
    m(
        "95216",
        "2026-02-05 18:25",
        "Jonas Petersen <jonas.p@mailbox.org>",
        "Transporter Anfang April",
        DE,
        "Moin Jannik,\n\nLena meinte, ihr braucht den Transporter fürs Umzugswochenende. 4./5. April geht klar, sag nur Bescheid, ob ihr ihn schon Freitag holen wollt.\n\nJonas",
    ),
    m(
        "95217",
        "2025-12-29 11:40",
        "Mama <ute.soerensen@t-online.de>",
        "Danke für den schönen Besuch",
        DE,
        "Hallo Jannik,\n\ndanke, dass du Weihnachten da warst. Oma redet immer noch von deinem Vortrag über Algen 😉 Drück dir die Daumen für die Gespräche im Januar!\n\nMama",
    ),
    m(
        "95218",
        "2026-01-24 09:30",
        "Mama <ute.soerensen@t-online.de>",
        "Re: Zusage",
        DE,
        "Ach wie schön, mein Schatz! Papa ist ganz stolz. Dann kommst du ja jetzt bestimmt öfter nach Husum, wo du nicht mehr Bewerbungen schreiben musst 😘\n\nMama",
    ),
    m(
        "95219",
        "2025-10-28 13:00",
        "Bücherhallen Hamburg <bibliothek@buecherhallen.de>",
        "Ihre Vormerkung ist abholbereit",
        DE,
        "Guten Tag,\n\nIhre Vormerkung „Verfahrenstechnische Berechnungsmethoden“ liegt bis zum 04.11.2025 in der Stadtteilbibliothek Eimsbüttel für Sie bereit.",
    ),
    m(
        "95220",
        "2025-09-08 17:00",
        "Goldfischglas Bar <reservierung@goldfischglas-hh.de>",
        "Reservierung bestätigt: Fr, 12.09., 20:00 Uhr, 6 Personen",
        DE,
        "Hallo Jannik,\n\nwir freuen uns auf euch! Tisch für 6 Personen am Freitag, 12.09., 20:00 Uhr.",
    ),
    m(
        "95221",
        "2025-11-19 08:10",
        "Google <no-reply@accounts.google.com>",
        "Sicherheitswarnung: Neue Anmeldung auf Linux",
        DE,
        "Es gab eine neue Anmeldung in Ihrem Google-Konto auf einem Linux-Gerät. Wenn Sie das waren, müssen Sie nichts tun.",
    ),
    m(
        "95222",
        "2026-02-17 12:00",
        "Umzugsfirma Elbmöbel <angebot@elbmoebel-umzug.de>",
        "Ihr Umzugsangebot Nr. 2026-0215",
        DE,
        "Sehr geehrter Herr Sörensen,\n\nvielen Dank für Ihre Anfrage. Für Ihren Umzug von Heußweg 31 nach Lappenbergsallee 12a bieten wir Ihnen Folgendes an: 2 Umzugshelfer, 7,5-t-LKW, 5 Stunden – pauschal 890 € inkl. MwSt. Das Angebot gilt 14 Tage.\n\nMit freundlichen Grüßen\nElbmöbel Umzüge",
    ),
    m(
        "95223",
        "2025-10-07 09:00",
        "Finanzamt Hamburg-Eimsbüttel <poststelle@fa-eimsbuettel.hamburg.de>",
        "Bestätigung Ihrer Nachricht über ELSTER",
        DE,
        "Sehr geehrter Herr Sörensen,\n\nwir bestätigen den Eingang Ihrer Nachricht (Antrag auf Anpassung der Vorauszahlungen). Ihr Anliegen wird bearbeitet.\n\nFinanzamt Hamburg-Eimsbüttel",
    ),
    m(
        "95224",
        "2026-02-23 15:00",
        "Aylin Demir <aylin.demir@posteo.de>",
        "Einladung: Einweihung 14.3.",
        DE,
        "Hey! Wir weihen endlich die neue Wohnung ein – Samstag 14.3. ab 19 Uhr. Bring gern den Rudertypen mit, der so gut Gitarre spielt 😄\n\nAylin",
    ),
    m(
        "95225",
        "2025-12-30 16:20",
        "Tobias Meier <tobi.meier@gmail.com>",
        "Silvester",
        DE,
        "Moin, Silvester bei uns in Ottensen? Raclette + dann zum Elbstrand. Wie lief eigentlich das zweite Gespräch bei der Pharmafirma in Kiel?\n\nTobi",
    ),
]

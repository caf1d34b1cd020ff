"""Everything else in the seventeenth corpus's inbox: family, shopping, banks and look-alikes (tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

N = ("not_job", "de")
E = ("not_job", "en")
KATRIN = "Katrin Brenner <katrin.brenner@gmx.de>"
MAMA = "Ursula Brenner <ursula.brenner@t-online.de>"
FELIX = "Felix Brenner <felix.brenner@posteo.de>"

MAIL: list[dict[str, Any]] = [
    # --- family and friends -------------------------------------------------------------------
    m(
        "17201",
        "2025-04-01 19:12",
        KATRIN,
        "Einkaufsliste + Mia Schwimmkurs",
        N,
        text="""Hi Schatz,

kannst du auf dem Heimweg noch Milch, Brezeln und Spülmaschinentabs mitbringen? Und denk dran,
dass Mia morgen um 16 Uhr Schwimmkurs hat, ich schaff's nicht vor 17 Uhr aus dem Büro.

Kuss, K.
""",
    ),
    m(
        "17202",
        "2025-04-06 10:41",
        MAMA,
        "Ostern",
        N,
        text="""Lieber Jonas,

kommt ihr an Ostern zu uns nach Reutlingen? Papa würde gerne am Sonntag grillen, wenn das Wetter
mitspielt. Felix und Sandra kommen auch. Sag mir bitte bis Mittwoch Bescheid, damit ich einkaufen kann.

Liebe Grüße, auch an Katrin und Mia
Mama
""",
    ),
    m(
        "17203",
        "2025-04-07 07:55",
        MAMA,
        "AW: Ostern",
        N,
        text="""Schön! Dann bis Sonntag, so gegen 12. Bringt Regenjacken mit, man weiß ja nie.

Mama
""",
        headers=reply("17202", "ursula.brenner@t-online.de"),
    ),
    m(
        "17204",
        "2025-04-19 21:30",
        FELIX,
        "Fotos vom Osterfeuer",
        N,
        text="""Servus Bruderherz,

hier der Link zu den Fotos von gestern: https://photos.app.goo.gl/k2Yx8QvTn1
Das mit Papa und dem Grillanzünder ist mein Favorit.

Felix
""",
    ),
    m(
        "17205",
        "2025-05-03 14:18",
        "Tobias Renz <tobi.renz@web.de>",
        "Stammtisch Freitag?",
        N,
        text="""Hi Jungs,

Freitag wieder Stammtisch im Paulaner am Alten Postplatz? Ich würde für 19:30 reservieren.
Wer ist dabei? Kurze Antwort bis Mittwoch.

Tobi
""",
    ),
    m(
        "17206",
        "2025-05-04 09:22",
        "Tobias Renz <tobi.renz@web.de>",
        "Re: Stammtisch Freitag?",
        N,
        text="""Passt, Tisch für 6 ist reserviert. Jonas, erzähl mal, wie's mit der Jobsuche läuft!

Tobi
""",
        headers=reply("17205", "tobi.renz@web.de"),
    ),
    m(
        "17207",
        "2025-05-11 17:02",
        KATRIN,
        "Muttertag :)",
        N,
        text="""Danke für die Blumen, ihr zwei! Mia hat mir das Gedicht gerade nochmal am Telefon vorgelesen.
Ich hab euch lieb.
""",
    ),
    m(
        "17208",
        "2025-06-01 20:45",
        FELIX,
        "Papas 70. - Geschenk",
        N,
        text="""Hi Jonas,

für Papas 70. im Juli dachte ich an einen Gutschein für eine Ballonfahrt über die Alb.
Kostet ca. 480 EUR für zwei, also 240 pro Familie. Bist du dabei?

Felix
""",
    ),
    m(
        "17209",
        "2025-06-02 08:10",
        FELIX,
        "Re: Papas 70. - Geschenk",
        N,
        text="""Super, dann buche ich. Überweis mir deinen Teil einfach irgendwann.
IBAN hast du ja.
""",
        headers=reply("17208", "felix.brenner@posteo.de"),
    ),
    m(
        "17210",
        "2025-07-12 22:14",
        MAMA,
        "Danke für das schöne Fest",
        N,
        text="""Lieber Jonas, liebe Katrin,

Papa ist immer noch ganz gerührt von der Ballonfahrt-Überraschung. Danke, dass ihr alle da wart.
Die restlichen Maultaschen habe ich eingefroren, ihr könnt sie nächste Woche abholen.

Alles Liebe
Mama
""",
    ),
    m(
        "17211",
        "2025-08-28 19:55",
        KATRIN,
        "Sekt ist kaltgestellt!!",
        N,
        text="""Ich bin so stolz auf dich! Die HFS kann sich glücklich schätzen. Heute Abend wird gefeiert,
ich hab Oma gefragt, ob sie Mia nimmt.

K.
""",
    ),
    m(
        "17212",
        "2025-08-29 09:31",
        "Tobias Renz <tobi.renz@web.de>",
        "Glückwunsch!",
        N,
        text="""Hab's von Katrin gehört - Glückwunsch zum neuen Job, alter Schwabe! Das nächste Bier geht auf dich.

Tobi
""",
    ),
    m(
        "17213",
        "2025-09-21 12:00",
        FELIX,
        "Umzug Samstag - brauche Hilfe",
        N,
        text="""Hi Jonas,

wir ziehen am 4.10. um (endlich die größere Wohnung in Tübingen). Könntest du ab 9 Uhr mit anpacken?
Es gibt Pizza und Bier. Sprinter ist gemietet.

Felix
""",
    ),
    m(
        "17214",
        "2025-10-05 18:22",
        FELIX,
        "Danke fürs Schleppen",
        N,
        text="""Danke nochmal für gestern! Mein Rücken sagt nein, aber die Wohnung ist drin. Einweihung im November.
""",
    ),
    # --- school, Kita, club -------------------------------------------------------------------
    m(
        "17215",
        "2025-04-23 13:15",
        "Grundschule Sillenbuch <sekretariat@gs-sillenbuch.de>",
        "Einladung Elternabend Klasse 1b",
        N,
        text="""Liebe Eltern der Klasse 1b,

hiermit laden wir Sie herzlich zum Elternabend am Dienstag, 06.05.2025, um 19:30 Uhr im
Klassenzimmer 1b ein. Themen: Ausflug zur Wilhelma, Lesepaten, Verschiedenes.

Mit freundlichen Grüßen
Sabine Heller, Klassenlehrerin
""",
        ics={
            "uid": "elternabend-1b-20250506@gs-sillenbuch.de",
            "start": "2025-05-06 19:30:00 +0200",
            "minutes": 90,
            "organizer": ("Sabine Heller", "sekretariat@gs-sillenbuch.de"),
            "summary": "Elternabend Klasse 1b",
            "location": "Grundschule Sillenbuch, Raum 1b",
        },
    ),
    m(
        "17216",
        "2025-06-30 15:40",
        "Grundschule Sillenbuch <sekretariat@gs-sillenbuch.de>",
        "Anmeldung Ganztagsbetreuung Schuljahr 2025/26 - Bestätigung",
        N,
        text="""Sehr geehrte Familie Brenner,

wir bestätigen den Eingang Ihrer Anmeldung für die Ganztagsbetreuung (Mo-Do bis 16 Uhr) für
Mia Brenner, Klasse 2b, im Schuljahr 2025/26. Die Zusage erhalten Sie bis Ende Juli.

Sekretariat der Grundschule Sillenbuch
""",
    ),
    m(
        "17217",
        "2025-07-24 10:05",
        "Grundschule Sillenbuch <sekretariat@gs-sillenbuch.de>",
        "Zusage Ganztagsbetreuung",
        N,
        text="""Sehr geehrte Familie Brenner,

wir freuen uns, Ihnen einen Platz in der Ganztagsbetreuung für Mia zusagen zu können. Die
Elternbeiträge werden ab September monatlich abgebucht.

Sekretariat der Grundschule Sillenbuch
""",
    ),
    m(
        "17218",
        "2025-04-14 20:00",
        "TSV Sillenbuch Handball <abteilung@tsv-sillenbuch-handball.de>",
        "Training entfällt + Saisonabschluss",
        N,
        text="""Hallo zusammen,

das Training der Herren 2 am Donnerstag entfällt wegen Hallensperrung. Saisonabschlussfeier
am 24.05. ab 18 Uhr im Vereinsheim - bitte in die Liste eintragen.

Sportliche Grüße
Jochen (Abteilungsleiter)
""",
    ),
    m(
        "17219",
        "2025-09-01 19:10",
        "TSV Sillenbuch Handball <abteilung@tsv-sillenbuch-handball.de>",
        "Trainer gesucht für die D-Jugend",
        N,
        text="""Liebe Mitglieder,

für die neue Saison suchen wir dringend eine Trainerin oder einen Trainer für die D-Jugend
(Dienstag 17-18:30 Uhr). Übungsleiterpauschale gibt es natürlich. Wer Interesse hat, meldet
sich bitte bei Jochen. Auch Co-Trainer sind herzlich willkommen!

Sportliche Grüße
Die Abteilungsleitung
""",
    ),
    m(
        "17220",
        "2025-05-20 08:30",
        "Elternbeirat GS Sillenbuch <elternbeirat.gs.sillenbuch@gmail.com>",
        "Helfer für das Sommerfest gesucht",
        N,
        text="""Liebe Eltern,

am 12. Juli ist Sommerfest! Wir suchen noch Helfer für Kuchenverkauf und Aufbau.
Bitte tragt euch in die Doodle-Liste ein: https://doodle.com/meeting/participate/id/eP3a8
Danke!
Euer Elternbeirat
""",
    ),
    # --- flat hunting (look-alike "Bewerbung", "Besichtigung", "Absage") ----------------------
    m(
        "17221",
        "2025-04-12 11:20",
        "ImmoScout24 <noreply@immobilienscout24.de>",
        "Ihre Anfrage wurde erfolgreich versendet",
        N,
        html="""<html><body style="font-family:Arial">
<p>Hallo Jonas Brenner,</p>
<p>Ihre Anfrage zu <b>Helle 4-Zimmer-Wohnung mit Balkon in Esslingen-Berkheim</b> (1.690 &euro; warm)
wurde an den Anbieter versendet.</p>
<p>Mit MieterPlus wird Ihre Bewerbung bevorzugt angezeigt. <a href="https://www.immobilienscout24.de/mieterplus">Jetzt testen</a></p>
</body></html>""",
    ),
    m(
        "17222",
        "2025-04-15 17:45",
        "Hausverwaltung Kienle <vermietung@hv-kienle.de>",
        "Einladung zur Wohnungsbesichtigung Esslingen-Berkheim",
        N,
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihr Interesse an der Wohnung in der Zollernstraße 18. Wir laden Sie zur
Gruppenbesichtigung am Samstag, 26.04., um 11:00 Uhr ein. Bitte bringen Sie eine
Mieterselbstauskunft, Gehaltsnachweise der letzten drei Monate und eine
Mietschuldenfreiheitsbescheinigung mit.

Mit freundlichen Grüßen
Hausverwaltung Kienle GmbH
""",
        ics={
            "uid": "besichtigung-zollern18-0426@hv-kienle.de",
            "start": "2025-04-26 11:00:00 +0200",
            "minutes": 30,
            "organizer": ("Hausverwaltung Kienle", "vermietung@hv-kienle.de"),
            "summary": "Wohnungsbesichtigung Zollernstraße 18, 2. OG",
            "location": "Zollernstraße 18, 73734 Esslingen",
        },
    ),
    m(
        "17223",
        "2025-05-06 09:12",
        "Hausverwaltung Kienle <vermietung@hv-kienle.de>",
        "Ihre Bewerbung für die Wohnung Zollernstraße 18",
        N,
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung um die Wohnung in der Zollernstraße 18 und Ihr Interesse.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten
entschieden hat. Wir bitten um Verständnis, dass wir bei über 80 Anfragen keine Einzelgründe
nennen können. Ihre Unterlagen werden gelöscht.

Mit freundlichen Grüßen
Hausverwaltung Kienle GmbH
""",
    ),
    m(
        "17224",
        "2025-09-09 07:30",
        "ImmoScout24 <suchauftrag@immobilienscout24.de>",
        "3 neue Angebote für Ihren Suchauftrag \"Esslingen 4 Zimmer\"",
        N,
        html="""<html><body><p>3 neue Angebote passen zu Ihrer Suche:</p>
<p>4-Zi.-Whg., 98 m&sup2;, Esslingen-Zollberg, 1.540 &euro; kalt<br>
Reihenmittelhaus, 5 Zi., Ostfildern-Nellingen, 2.100 &euro; kalt</p>
<p><a href="https://www.immobilienscout24.de/suchauftrag">Zu den Angeboten</a></p></body></html>""",
    ),
    m(
        "17225",
        "2025-09-24 18:03",
        "Familie Straub <g.straub@t-online.de>",
        "Ihre Anfrage zur Doppelhaushälfte in Nellingen",
        N,
        text="""Guten Abend Herr Brenner,

danke für Ihre nette Anfrage. Sie und Ihre Familie haben uns bei der Besichtigung gut gefallen.
Wenn Sie noch Interesse haben, würden wir Ihnen das Haus gerne zum 01.12. vermieten. Den
Mietvertrag könnten wir nächste Woche gemeinsam durchgehen.

Viele Grüße
Gerhard und Anne Straub
""",
    ),
    m(
        "17226",
        "2025-09-25 08:14",
        "Familie Straub <g.straub@t-online.de>",
        "Re: Ihre Anfrage zur Doppelhaushälfte in Nellingen",
        N,
        text="""Wunderbar, dann Dienstag 18 Uhr bei uns. Wir freuen uns!

G. Straub
""",
        headers=reply("17225", "g.straub@t-online.de"),
    ),
    m(
        "17227",
        "2025-09-26 10:00",
        "SCHUFA <noreply@meineschufa.de>",
        "Ihre SCHUFA-BonitätsAuskunft steht bereit",
        N,
        text="""Sehr geehrter Herr Brenner,

Ihre bestellte SCHUFA-BonitätsAuskunft zur Vorlage beim Vermieter steht ab sofort in
meineSCHUFA zum Download bereit.

Ihre SCHUFA Holding AG
""",
    ),
]

"""Everything else in the seventeenth corpus's inbox: family, shopping, banks and look-alikes (tuning corpus)."""
# ruff: noqa: E501 -- hand-written mail keeps the line lengths its senders would use

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
        '3 neue Angebote für Ihren Suchauftrag "Esslingen 4 Zimmer"',
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
    # --- loans, banks, insurance (look-alike "Antrag", "Angebot", "Zusage") -------------------
    m(
        "17228",
        "2025-04-09 14:02",
        "Sparkasse Esslingen-Nürtingen <kundenservice@ksk-es.de>",
        "Ihr Finanzierungsangebot",
        N,
        text="""Sehr geehrter Herr Brenner,

vielen Dank für das Gespräch in unserer Filiale. Wie besprochen erhalten Sie anbei unser
unverbindliches Angebot für Ihren Ratenkredit (Fahrzeugfinanzierung): 18.000 EUR, Laufzeit 60 Monate,
effektiver Jahreszins 5,49 %.

Das Angebot ist bis zum 30.04. gültig. Für Rückfragen steht Ihnen Ihr Berater Herr Mayer gerne zur Verfügung.

Mit freundlichen Grüßen
Ihre Kreissparkasse Esslingen-Nürtingen
""",
    ),
    m(
        "17229",
        "2025-04-17 11:30",
        "Sparkasse Esslingen-Nürtingen <kundenservice@ksk-es.de>",
        "Ihr Kreditantrag wurde genehmigt",
        N,
        text="""Sehr geehrter Herr Brenner,

wir freuen uns, Ihnen mitteilen zu können, dass Ihr Kreditantrag Nr. 40018832 genehmigt wurde.
Der Betrag wird nach Eingang der unterschriebenen Unterlagen auf Ihr Girokonto ausgezahlt.

Ihre Kreissparkasse Esslingen-Nürtingen
""",
    ),
    m(
        "17230",
        "2025-05-02 06:00",
        "DKB <info@mail.dkb.de>",
        "Ihr neuer Kontoauszug ist da",
        N,
        text="""Guten Tag Jonas Brenner,

in Ihrem DKB-Banking liegt ein neues Dokument für Sie bereit: Kontoauszug 04/2025.

Ihre DKB
""",
    ),
    m(
        "17231",
        "2025-06-03 06:00",
        "DKB <info@mail.dkb.de>",
        "Ihr neuer Kontoauszug ist da",
        N,
        text="""Guten Tag Jonas Brenner,

in Ihrem DKB-Banking liegt ein neues Dokument für Sie bereit: Kontoauszug 05/2025.

Ihre DKB
""",
    ),
    m(
        "17232",
        "2025-08-02 06:00",
        "DKB <info@mail.dkb.de>",
        "Ihr neuer Kontoauszug ist da",
        N,
        text="""Guten Tag Jonas Brenner,

in Ihrem DKB-Banking liegt ein neues Dokument für Sie bereit: Kontoauszug 07/2025.

Ihre DKB
""",
    ),
    m(
        "17233",
        "2025-05-15 09:40",
        "Wüstenrot Bausparkasse <service@wuestenrot.de>",
        "Ihr persönliches Bausparangebot",
        N,
        html="""<html><body><p>Sehr geehrter Herr Brenner,</p>
<p>Träumen Sie vom Eigenheim? Mit unserem <b>Wohnsparen Plus</b> sichern Sie sich heute schon
günstige Zinsen für morgen. Ihr persönliches Angebot: Bausparsumme 50.000 &euro;, Sollzins ab 2,35 %.</p>
<p><a href="https://www.wuestenrot.de/angebot">Jetzt Antrag stellen</a></p></body></html>""",
    ),
    m(
        "17234",
        "2025-06-20 16:11",
        "HUK-COBURG <service@huk-coburg.de>",
        "Ihr Versicherungsschein zur Kfz-Versicherung",
        N,
        text="""Sehr geehrter Herr Brenner,

anbei erhalten Sie Ihren neuen Versicherungsschein für Ihr Fahrzeug S-JB 4184 (Skoda Octavia Combi).
Beitrag ab 01.07.2025: 612,40 EUR jährlich.

Ihre HUK-COBURG
""",
        attach=[("Versicherungsschein.pdf", "application/pdf", "%PDF-1.4 placeholder")],
    ),
    m(
        "17235",
        "2025-10-02 12:44",
        "Autohaus Wiedmann <verkauf@autohaus-wiedmann.de>",
        "Ihr Angebot: Skoda Enyaq 85 - Leasing",
        N,
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihren Besuch in unserem Autohaus. Wie besprochen erhalten Sie anbei unser
Leasingangebot für den Skoda Enyaq 85 in Moonwhite: 36 Monate, 10.000 km/Jahr, 389 EUR monatlich.
Alternativ prüfen wir gerne ein Dienstwagen-Überlassungsmodell über Ihren neuen Arbeitgeber.

Mit freundlichen Grüßen
Sven Wiedmann
Autohaus Wiedmann GmbH, Ostfildern
""",
    ),
    m(
        "17236",
        "2025-05-28 08:00",
        "Techniker Krankenkasse <noreply@tk.de>",
        "Neue Nachricht in Meine TK",
        N,
        text="""Guten Tag Herr Brenner,

in Ihrem Postfach in "Meine TK" liegt eine neue Nachricht: Ihre Bescheinigung über
Beitragszahlungen 2024.

Ihre Techniker Krankenkasse
""",
    ),
    m(
        "17237",
        "2025-07-15 10:00",
        "ELSTER <noreply@elster.de>",
        "Neue Bescheiddaten in Ihrem ELSTER-Postfach",
        N,
        text="""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

für Ihre Einkommensteuererklärung 2024 liegen neue Bescheiddaten vor. Bitte melden Sie sich in
Mein ELSTER an, um diese abzurufen.

Ihr ELSTER-Team
""",
    ),
    m(
        "17238",
        "2025-04-28 15:23",
        "PayPal <service@paypal.de>",
        "Sie haben eine Zahlung an Felix Brenner gesendet",
        N,
        text="""Hallo Jonas Brenner,

Sie haben 240,00 EUR an Felix Brenner gesendet.
Mitteilung: Ballonfahrt Papa

Transaktionscode: 8KJ29471TG0132548
""",
    ),
    # --- visa, university, courses (look-alike "application", "Zulassung") -------------------
    m(
        "17239",
        "2025-04-22 21:10",
        "ESTA <noreply@cbp.dhs.gov>",
        "ESTA Application Status: AUTHORIZATION APPROVED",
        E,
        text="""Application Number: K7PQ2L8M4N1R

Your travel authorization has been approved. This is not a guarantee of admission to the United
States. Your authorization is valid for two years or until your passport expires.

U.S. Customs and Border Protection
""",
    ),
    m(
        "17240",
        "2025-05-04 12:00",
        "Hochschule Esslingen - Weiterbildung <weiterbildung@hs-esslingen.de>",
        "Ihre Bewerbung: Zertifikatsstudium Systems Engineering",
        N,
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung für das berufsbegleitende Zertifikatsstudium "Systems Engineering
(MBSE)" zum Wintersemester 2025/26. Ihre Unterlagen sind vollständig.

Über die Zulassung entscheidet der Prüfungsausschuss Ende Juni.

Mit freundlichen Grüßen
Zentrum für Weiterbildung, Hochschule Esslingen
""",
    ),
    m(
        "17241",
        "2025-06-27 13:45",
        "Hochschule Esslingen - Weiterbildung <weiterbildung@hs-esslingen.de>",
        "Zulassungsbescheid Wintersemester 2025/26",
        N,
        text="""Sehr geehrter Herr Brenner,

wir freuen uns, Ihnen mitteilen zu können, dass Sie zum Zertifikatsstudium "Systems Engineering
(MBSE)" zugelassen sind. Bitte nehmen Sie den Studienplatz bis zum 15.07. im Bewerberportal an
und überweisen Sie die erste Rate der Teilnahmegebühr.

Zentrum für Weiterbildung, Hochschule Esslingen
""",
    ),
    m(
        "17242",
        "2025-09-30 09:00",
        "Hochschule Esslingen - Weiterbildung <weiterbildung@hs-esslingen.de>",
        "Willkommen! Ihr Stundenplan und Moodle-Zugang",
        N,
        text="""Sehr geehrter Herr Brenner,

herzlich willkommen im Zertifikatsstudium. Die Auftaktveranstaltung findet am Freitag, 17.10.,
um 14 Uhr in Raum F 2.04 statt. Ihren Moodle-Zugang erhalten Sie separat.

Zentrum für Weiterbildung
""",
    ),
    m(
        "17243",
        "2025-08-18 16:30",
        "Landratsamt Esslingen <fuehrerscheinstelle@lra-es.de>",
        "Ihr Antrag auf Umtausch des Führerscheins",
        N,
        text="""Sehr geehrter Herr Brenner,

Ihr Antrag auf Umtausch Ihres Papierführerscheins in einen EU-Kartenführerschein ist bei uns
eingegangen. Der neue Führerschein liegt voraussichtlich in vier Wochen zur Abholung bereit.

Ihre Führerscheinstelle
""",
    ),
    # --- look-alike "Interview", webinars, appointments with calendar parts -------------------
    m(
        "17244",
        "2025-05-26 10:15",
        "Nadine Ehrlich <nadine@antrieb-podcast.de>",
        'Interview-Anfrage für den Podcast "Antrieb & Zukunft"',
        N,
        text="""Hallo Herr Brenner,

ich produziere den Podcast "Antrieb & Zukunft", in dem wir mit Ingenieurinnen und Ingenieuren über
die Transformation der Zulieferindustrie sprechen. Ihr Vortrag beim VDI-Arbeitskreis im März hat mir
sehr gefallen - hätten Sie Lust, Gast in einer Folge zu sein? Das Interview dauert ca. 45 Minuten
und wird remote aufgezeichnet.

Herzliche Grüße
Nadine Ehrlich
""",
    ),
    m(
        "17245",
        "2025-06-04 11:00",
        "Nadine Ehrlich <nadine@antrieb-podcast.de>",
        "Aufnahmetermin Podcast-Interview",
        N,
        text="""Hallo Herr Brenner,

super, dass es klappt! Anbei die Einladung für die Aufnahme am 17.06. um 17 Uhr. Bitte nutzen Sie
ein Headset, den Link zu Riverside finden Sie in der Einladung.

Herzliche Grüße
Nadine
""",
        ics={
            "uid": "podcast-aufnahme-brenner-0617@antrieb-podcast.de",
            "start": "2025-06-17 17:00:00 +0200",
            "organizer": ("Nadine Ehrlich", "nadine@antrieb-podcast.de"),
            "summary": "Podcast-Interview Antrieb & Zukunft - Jonas Brenner",
            "location": "https://riverside.fm/studio/antrieb-zukunft",
        },
    ),
    m(
        "17246",
        "2025-07-08 08:00",
        "Nadine Ehrlich <nadine@antrieb-podcast.de>",
        "Ihre Folge ist online!",
        N,
        text="""Hallo Herr Brenner,

Folge 42 "Vom Verbrenner zur E-Achse - ein Konstrukteur erzählt" ist online. Danke nochmal für
das tolle Gespräch! Link zum Teilen: https://antrieb-podcast.de/42

Nadine
""",
    ),
    m(
        "17247",
        "2025-05-08 14:00",
        "VDI Wissensforum <webinare@vdi-wissensforum.de>",
        "Ihre Anmeldung: Webinar Thermomanagement in BEV",
        N,
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihre Anmeldung zum Webinar "Thermomanagement in batterieelektrischen Fahrzeugen"
am 21.05.2025, 10:00-11:30 Uhr. Die Einwahldaten finden Sie im Kalendereintrag.

VDI Wissensforum GmbH
""",
        ics={
            "uid": "vdi-wf-webinar-bev-thermo-20250521@vdi-wissensforum.de",
            "style": "outlook",
            "start": "2025-05-21 10:00:00 +0200",
            "minutes": 90,
            "organizer": ("VDI Wissensforum", "webinare@vdi-wissensforum.de"),
            "summary": "Webinar: Thermomanagement in BEV",
            "location": "Microsoft Teams Live-Event",
        },
    ),
    m(
        "17248",
        "2025-06-18 09:30",
        "Doctolib <no-reply@doctolib.de>",
        "Ihr Termin bei Dr. med. dent. Schaible ist bestätigt",
        N,
        text="""Guten Tag Jonas Brenner,

Ihr Termin ist bestätigt: Dienstag, 01.07.2025 um 07:45 Uhr
Zahnarztpraxis Dr. Schaible, Kirchheimer Str. 33, 70619 Stuttgart
Grund: Professionelle Zahnreinigung

Bitte sagen Sie ab, wenn Sie verhindert sind.
""",
        ics={
            "uid": "doctolib-88120394@doctolib.de",
            "start": "2025-07-01 07:45:00 +0200",
            "minutes": 45,
            "organizer": ("Doctolib", "no-reply@doctolib.de"),
            "summary": "Termin: Dr. med. dent. Schaible",
            "location": "Kirchheimer Str. 33, 70619 Stuttgart",
        },
    ),
    m(
        "17249",
        "2025-09-11 17:20",
        "Doctolib <no-reply@doctolib.de>",
        "Erinnerung: Ihr Termin morgen",
        N,
        text="""Guten Tag Jonas Brenner,

wir erinnern Sie an Ihren Termin morgen, 12.09.2025 um 08:30 Uhr bei Dr. med. Kerstin Aldinger
(Allgemeinmedizin), Gorch-Fock-Str. 5, Stuttgart.
""",
    ),
    m(
        "17250",
        "2025-08-20 12:00",
        "Fraunhofer IPA <events@ipa.fraunhofer.de>",
        "Einladung: Technologietag Leichtbau 2025",
        N,
        html="""<html><body><p>Sehr geehrter Herr Brenner,</p>
<p>wir laden Sie herzlich zum <b>Technologietag Leichtbau</b> am 09.10.2025 in Stuttgart-Vaihingen ein.
Vorträge, Laborführungen und Networking. Die Teilnahme ist kostenfrei.</p>
<p><a href="https://www.ipa.fraunhofer.de/events/leichtbau">Jetzt anmelden</a></p></body></html>""",
    ),
    # --- LinkedIn / XING social (no job stage) -------------------------------------------------
    m(
        "17251",
        "2025-04-24 08:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Tim Haug on starting a new position",
        E,
        html="""<html><body><p>Tim Haug started a new position as Head of Validation at Brandl Fördertechnik.</p>
<p><a href="https://www.linkedin.com/feed/">Say congrats</a></p></body></html>""",
    ),
    m(
        "17252",
        "2025-06-13 08:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Jonas, your post is getting attention",
        E,
        html="""<html><body><p>Your post "Warum Thermomanagement das neue Leichtbau ist" has 48 reactions and 9 comments.</p>
<p><a href="https://www.linkedin.com/feed/">See activity</a></p></body></html>""",
    ),
    m(
        "17253",
        "2025-09-02 08:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Ilse Wendel and 27 others reacted to your update",
        E,
        html="""<html><body><p>Congrats on the new role! Your update "Ich freue mich, ab Januar als Projektleiter bei der HFS Group zu starten" got 28 reactions.</p></body></html>""",
    ),
    m(
        "17254",
        "2025-05-30 17:00",
        "XING <mail@xing.com>",
        "Carsten Lutz hat Geburtstag",
        N,
        html="""<html><body><p>Heute hat Carsten Lutz (Teamleiter Versuch, Brückner Karosserietechnik GmbH) Geburtstag. Gratulieren Sie!</p></body></html>""",
    ),
    m(
        "17255",
        "2025-07-19 08:00",
        "LinkedIn <invitations@linkedin.com>",
        "Jonas, please add me to your LinkedIn network",
        E,
        html="""<html><body><p>Oliver Pratt, Senior Consultant at Northbridge Talent Partners, would like to connect.</p>
<p><a href="https://www.linkedin.com/mynetwork/">Accept</a></p></body></html>""",
    ),
    # --- shopping, deliveries, travel ---------------------------------------------------------
    m(
        "17256",
        "2025-04-04 13:22",
        "Amazon.de <bestellbestaetigung@amazon.de>",
        'Ihre Amazon.de Bestellung von "Bosch Professional Akku-Bohrschrauber..."',
        N,
        text="""Hallo Jonas Brenner,

vielen Dank für Ihre Bestellung. Voraussichtliche Zustellung: Montag, 7. April.

Bestellnummer 302-7718234-1190328
Bosch Professional 18V Akku-Bohrschrauber GSR 18V-55 - 129,99 EUR

Amazon.de
""",
    ),
    m(
        "17257",
        "2025-04-07 11:05",
        "DHL Paket <noreply@dhl.de>",
        "Ihr Paket kommt heute",
        N,
        text="""Hallo Jonas Brenner,

Ihr Paket 00340434161094228817 von Amazon wird heute zwischen 10:30 und 13:00 Uhr zugestellt.
Nicht zu Hause? Ablageort festlegen: https://www.dhl.de/de/privatkunden.html
""",
    ),
    m(
        "17258",
        "2025-05-17 09:14",
        "Zalando <info@service-mail.zalando.de>",
        "Deine Bestellung ist unterwegs",
        N,
        text="""Hallo Jonas,

gute Nachrichten: Deine Bestellung 10105588812 ist unterwegs und kommt voraussichtlich am 20.05.
Artikel: Sakko Slim Fit, dunkelblau (Gr. 52); Hemd Business, weiß (2x)

Dein Zalando-Team
""",
    ),
    m(
        "17259",
        "2025-05-24 16:40",
        "Zalando <info@service-mail.zalando.de>",
        "Wir haben deine Rücksendung erhalten",
        N,
        text="""Hallo Jonas,

wir haben deine Rücksendung (1 Artikel: Hemd Business, weiß) erhalten. Die Erstattung von 39,95 EUR
erfolgt in den nächsten Tagen.
""",
    ),
    m(
        "17260",
        "2025-06-08 18:55",
        "Lieferando <noreply@lieferando.de>",
        "Deine Bestellung bei Pizzeria Da Michele ist bestätigt",
        N,
        text="""Danke für deine Bestellung, Jonas!
Pizzeria Da Michele bereitet deine Bestellung vor. Lieferzeit ca. 35-45 Min.
2x Pizza Margherita, 1x Pizza Diavola, 1x Tiramisu - 34,50 EUR
""",
    ),
    m(
        "17261",
        "2025-07-05 10:30",
        "IKEA Deutschland <noreply@ikea.de>",
        "Deine Bestellung ist bestätigt",
        N,
        text="""Hej Jonas,

danke für deine Bestellung Nr. 1352228710. Lieferung am 11.07. zwischen 7 und 21 Uhr.
KALLAX Regal 147x147, weiß; MALM Kommode 4 Schubladen

Dein IKEA Team
""",
    ),
    m(
        "17262",
        "2025-07-26 15:00",
        "Hermes <noreply@hermesworld.com>",
        "Deine Sendung wurde im PaketShop abgegeben",
        N,
        text="""Hallo,

deine Sendung H1002345678901 konnte nicht zugestellt werden und liegt für dich im PaketShop
Kiosk am Ring, Kirchheimer Str. 78, bereit. Abholung bis 02.08.
""",
    ),
    m(
        "17263",
        "2025-05-19 20:10",
        "Deutsche Bahn <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung (Auftrag 4711-8823)",
        N,
        text="""Vielen Dank für Ihre Buchung!

Hinfahrt: Stuttgart Hbf -> Zürich HB, 02.06.2025, ab 08:13 (IC 281)
Rückfahrt: Zürich HB -> Stuttgart Hbf, 02.06.2025, ab 18:24
Preis: 89,80 EUR (Flexpreis)

Ihr Ticket finden Sie im Anhang und in der DB Navigator App.
""",
        attach=[("Ticket_47118823.pdf", "application/pdf", "%PDF-1.4 placeholder")],
    ),
    m(
        "17264",
        "2025-06-02 07:40",
        "Deutsche Bahn <noreply@bahn.de>",
        "Verspätung Ihrer Verbindung IC 281",
        N,
        text="""Ihre Verbindung IC 281 Stuttgart Hbf (ab 08:13) - Zürich HB hat voraussichtlich 25 Minuten Verspätung.
Grund: Reparatur an einem Signal.
""",
    ),
    m(
        "17265",
        "2025-05-12 21:02",
        "Booking.com <noreply@booking.com>",
        "Ihre Buchung im Hotel Ansitz Plantitscherhof ist bestätigt",
        N,
        text="""Jonas, Ihre Buchung ist bestätigt!

Hotel Ansitz Plantitscherhof, Meran, Italien
Anreise: Sa., 09. August 2025 / Abreise: Sa., 16. August 2025
2 Erwachsene, 1 Kind · Familienzimmer mit Balkon
Gesamtpreis: 2.184 EUR

Buchungsnummer 4122.887.301
""",
    ),
    m(
        "17266",
        "2025-08-07 18:00",
        "Booking.com <noreply@booking.com>",
        "In 2 Tagen geht's los: Meran",
        N,
        text="""Ihre Reise steht bevor! Check-in ab 15:00 Uhr. Möchten Sie dem Hotel Ihre Ankunftszeit mitteilen?
""",
    ),
    m(
        "17267",
        "2025-08-17 19:30",
        "Booking.com <review@booking.com>",
        "Wie war Ihr Aufenthalt im Hotel Ansitz Plantitscherhof?",
        N,
        text="""Jonas, bewerten Sie Ihren Aufenthalt und helfen Sie anderen Reisenden. Es dauert nur 2 Minuten.
""",
    ),
    m(
        "17268",
        "2025-09-28 20:05",
        "Eurowings <noreply@eurowings.com>",
        "Your booking confirmation EW 2PQ7XK",
        E,
        text="""Thank you for booking with Eurowings.

Booking code: 2PQ7XK
STR -> LIS, Sat 25 Oct 2025, 06:40 - 09:00
LIS -> STR, Wed 29 Oct 2025, 17:35 - 21:50
Passengers: Jonas Brenner, Katrin Brenner
""",
    ),
    m(
        "17269",
        "2025-06-22 12:10",
        "Tankstelle Shell <receipts@shell.de>",
        "Ihr Beleg - Shell Stuttgart-Degerloch",
        N,
        text="""Beleg Nr. 0443-228
Super E10, 41,3 l à 1,739 EUR = 71,82 EUR
Zahlart: Girocard
Vielen Dank für Ihren Besuch!
""",
    ),
    m(
        "17270",
        "2025-07-30 09:45",
        "Thalia <service@thalia.de>",
        "Ihre Bestellung bei Thalia",
        N,
        text="""Vielen Dank für Ihre Bestellung!
"Der Schwarm" (Taschenbuch), "Mia und die Zauberkiste" (Gebunden)
Summe 27,90 EUR - Lieferung in die Filiale Stuttgart Königsbau.
""",
    ),
    # --- utilities, telecoms, accounts --------------------------------------------------------
    m(
        "17271",
        "2025-04-20 08:00",
        "Vodafone <rechnung@vodafone.de>",
        "Ihre Vodafone-Rechnung für April",
        N,
        text="""Hallo Jonas Brenner,

Ihre Rechnung für April ist da: 54,98 EUR (Kabel Internet 250 + GigaTV). Der Betrag wird am 28.04.
abgebucht. Rechnung ansehen: https://www.vodafone.de/meinvodafone
""",
    ),
    m(
        "17272",
        "2025-06-20 08:00",
        "Vodafone <rechnung@vodafone.de>",
        "Ihre Vodafone-Rechnung für Juni",
        N,
        text="""Hallo Jonas Brenner,

Ihre Rechnung für Juni ist da: 54,98 EUR. Der Betrag wird am 28.06. abgebucht.
""",
    ),
    m(
        "17273",
        "2025-08-14 10:33",
        "Vodafone <angebote@vodafone.de>",
        "Exklusiv für Sie: Ihr persönliches Upgrade-Angebot",
        N,
        html="""<html><body><p>Hallo Jonas Brenner,</p><p>als treuer Kunde bekommen Sie jetzt
<b>Kabel 1000</b> für nur 39,99 &euro; in den ersten 12 Monaten. Angebot nur bis 31.08. gültig!</p>
<p><a href="https://www.vodafone.de/upgrade">Jetzt Angebot sichern</a></p></body></html>""",
    ),
    m(
        "17274",
        "2025-05-06 07:00",
        "Stadtwerke Stuttgart <kundenservice@stadtwerke-stuttgart.de>",
        "Ihre Jahresabrechnung Strom 2024/25",
        N,
        text="""Sehr geehrter Herr Brenner,

Ihre Jahresabrechnung Strom liegt im Kundenportal bereit. Verbrauch: 2.912 kWh.
Guthaben: 84,17 EUR (wird erstattet). Neuer Abschlag ab Juni: 78 EUR.

Ihre Stadtwerke Stuttgart
""",
    ),
    m(
        "17275",
        "2025-07-01 09:00",
        "ARD ZDF Deutschlandradio Beitragsservice <noreply@rundfunkbeitrag.de>",
        "Zahlungsaufforderung Rundfunkbeitrag",
        N,
        text="""Beitragsnummer 512 771 203
Bitte zahlen Sie den Rundfunkbeitrag für Juli bis September 2025 in Höhe von 55,08 EUR bis zum 15.08.2025.
""",
    ),
    m(
        "17276",
        "2025-06-11 23:14",
        "Google <no-reply@accounts.google.com>",
        "Sicherheitswarnung",
        N,
        text="""Neue Anmeldung bei Windows

Ihr Google-Konto jonas.brenner.s@gmail.com wurde gerade auf einem neuen Windows-Gerät verwendet.
Wenn Sie das waren, müssen Sie nichts weiter tun.
""",
    ),
    m(
        "17277",
        "2025-08-23 10:00",
        "Apple <no_reply@email.apple.com>",
        "Your iCloud storage is almost full",
        E,
        text="""Jonas, you have used 4.8 GB of 5 GB of iCloud storage. Upgrade to iCloud+ with 50 GB for 0,99 EUR per month.
""",
    ),
    m(
        "17278",
        "2025-09-04 14:12",
        "Dropbox <no-reply@dropbox.com>",
        'Katrin Brenner hat "Urlaub Meran 2025" mit Ihnen geteilt',
        N,
        text="""Katrin Brenner hat den Ordner "Urlaub Meran 2025" mit Ihnen geteilt.
Ordner öffnen: https://www.dropbox.com/scl/fo/k9q8
""",
    ),
    m(
        "17279",
        "2025-05-21 13:00",
        "Netflix <info@mailer.netflix.com>",
        "Neu auf Netflix: Serien für dieses Wochenende",
        N,
        html="""<html><body><p>Jonas, diese Serien wurden gerade hinzugefügt. Jetzt ansehen.</p></body></html>""",
    ),
    m(
        "17280",
        "2025-09-15 09:12",
        "Deutsche Post <noreply@deutschepost.de>",
        "Nachsendeauftrag: Ihr Auftrag ist eingegangen",
        N,
        text="""Sehr geehrter Herr Brenner,

Ihr Nachsendeauftrag (Umzug) ab 01.12.2025 für die Adresse Kirchheimer Str. 112, 70619 Stuttgart
ist bei uns eingegangen. Laufzeit: 12 Monate.
""",
    ),
    # --- newsletters (some about hiring, interviews, offers) ----------------------------------
    m(
        "17281",
        "2025-04-16 07:00",
        "VDI nachrichten <newsletter@vdi-nachrichten.com>",
        "Arbeitsmarkt: Zulieferer stellen wieder Ingenieure ein",
        N,
        html="""<html><body><h2>VDI nachrichten - Der Morgen</h2>
<p><b>Arbeitsmarkt:</b> Nach zwei Jahren Stellenabbau suchen Zulieferer im Südwesten wieder gezielt
Entwicklungsingenieure - vor allem für Thermomanagement und Leistungselektronik.</p>
<p><b>Interview:</b> Warum die Fahrzeugindustrie jetzt in Prüfstände investiert.</p>
<p><a href="https://www.vdi-nachrichten.com">Weiterlesen</a> | Newsletter abbestellen</p></body></html>""",
    ),
    m(
        "17282",
        "2025-06-18 07:00",
        "VDI nachrichten <newsletter@vdi-nachrichten.com>",
        "Gehaltsreport 2025: Was Ingenieure wirklich verdienen",
        N,
        html="""<html><body><p>Der große VDI-Gehaltsreport: Teamleiter in der Konstruktion verdienen im Median
89.400 Euro. Außerdem: Wie Sie im Vorstellungsgespräch richtig verhandeln.</p></body></html>""",
    ),
    m(
        "17283",
        "2025-05-07 06:30",
        "Automobil Industrie <newsletter@automobil-industrie.vogel.de>",
        '"Wir werden 800 Stellen schaffen" - Interview mit dem CEO von Elmendorf',
        N,
        html="""<html><body><p><b>Interview:</b> Dr. Karin Elmendorf über Plattformstrategie, Elektrifizierung und
warum die Elmendorf Holding in Weissach 800 neue Stellen schaffen will.</p>
<p>Außerdem: Zulieferer-Ranking 2025, Kurzarbeit bei Kolbenherstellern.</p></body></html>""",
    ),
    m(
        "17284",
        "2025-07-23 06:30",
        "Automobil Industrie <newsletter@automobil-industrie.vogel.de>",
        "Stellenabbau bei Tier-1: Die Zahlen im Überblick",
        N,
        html="""<html><body><p>Welche Zulieferer Jobs streichen und welche einstellen - die große Übersicht.
Plus: Vertragsangebot für Batteriewerk in Salzgitter unterschrieben.</p></body></html>""",
    ),
    m(
        "17285",
        "2025-04-26 08:00",
        "Stuttgarter Zeitung <newsletter@stuttgarter-zeitung.de>",
        "Der Morgen in Stuttgart: S21, Wasen und Wohnungsnot",
        N,
        html="""<html><body><p>Guten Morgen! Heute: Wann fährt der erste Zug im Tiefbahnhof? Der Frühlingswasen
öffnet. Und: Warum Bewerbungen um Mietwohnungen in Stuttgart immer aufwendiger werden.</p></body></html>""",
    ),
    m(
        "17286",
        "2025-08-30 08:00",
        "Stuttgarter Zeitung <newsletter@stuttgarter-zeitung.de>",
        "Der Morgen in Stuttgart: Zulieferer im Umbruch",
        N,
        html="""<html><body><p>Guten Morgen! Heute: Wie die Region mit dem Wandel der Autoindustrie umgeht.
Ein Betriebsrat im Interview. Außerdem: Das Weindorf geht zu Ende.</p></body></html>""",
    ),
    m(
        "17287",
        "2025-05-31 09:00",
        "heise online <newsletter@heise.de>",
        "heise-Newsletter: Die Woche in der IT",
        N,
        html="""<html><body><p>Die wichtigsten Meldungen der Woche: neue Grafikkarten, Sicherheitslücke im Router,
Elektroauto-Förderung 2.0. Und: Was Recruiter im Vorstellungsgespräch nicht fragen dürfen.</p></body></html>""",
    ),
    m(
        "17288",
        "2025-09-27 09:00",
        "heise online <newsletter@heise.de>",
        "heise-Newsletter: Die Woche in der IT",
        N,
        html="""<html><body><p>Die Meldungen der Woche: KI im Auto, 3D-Druck in der Serienfertigung, Glasfaser-Ausbau.</p></body></html>""",
    ),
    m(
        "17289",
        "2025-06-05 16:00",
        "t3n <newsletter@t3n.de>",
        "t3n Daily: Diese Startups stellen gerade ein",
        N,
        html="""<html><body><p>Hiring trotz Krise: 12 Startups, die gerade Talente suchen. Plus: Das Interview
mit den Velotrak-Gründern über Lastenrad-Antriebe.</p></body></html>""",
    ),
    m(
        "17290",
        "2025-04-29 19:00",
        "Sparkasse Esslingen-Nürtingen <newsletter@ksk-es.de>",
        "Ihre Sparkassen-News: Baufinanzierung jetzt besonders günstig",
        N,
        html="""<html><body><p>Jetzt Zinsen sichern: Unser Angebot zur Baufinanzierung ab 3,29 %.
Vereinbaren Sie einen Beratungstermin.</p></body></html>""",
    ),
    m(
        "17291",
        "2025-07-18 10:00",
        "ADAC <newsletter@adac.de>",
        "Sommerferien: Staukalender und Tipps",
        N,
        html="""<html><body><p>Die Staukalender für die Sommerferien sind da. Plus: Vignette Österreich und
Schweiz - so sparen Sie.</p></body></html>""",
    ),
    m(
        "17292",
        "2025-10-10 10:00",
        "ADAC <newsletter@adac.de>",
        "Winterreifen: Jetzt wechseln!",
        N,
        html="""<html><body><p>Von O bis O: Wann Sie auf Winterreifen wechseln sollten - und unser Reifentest 2025.</p></body></html>""",
    ),
    m(
        "17293",
        "2025-06-27 11:00",
        "Wilhelma Stuttgart <newsletter@wilhelma.de>",
        "Sommerferienprogramm in der Wilhelma",
        N,
        html="""<html><body><p>Nachwuchs bei den Erdmännchen! Und: Unser Sommerferienprogramm für Kinder von 6-12 Jahren.</p></body></html>""",
    ),
    # --- more family, neighbours, landlord ----------------------------------------------------
    m(
        "17294",
        "2025-04-30 12:44",
        KATRIN,
        "Handwerker Donnerstag",
        N,
        text="""Der Heizungsmonteur kommt Donnerstag zwischen 8 und 12. Kannst du Homeoffice machen?
Ich hab da die Präsentation beim Kunden.
""",
    ),
    m(
        "17295",
        "2025-04-30 13:02",
        KATRIN,
        "Re: Handwerker Donnerstag",
        N,
        text="""Danke!! Du bist der Beste. Schlüssel für den Heizungskeller hängt am Brett.
""",
        headers=reply("17294", "katrin.brenner@gmx.de"),
    ),
    m(
        "17296",
        "2025-05-14 18:20",
        "Hausverwaltung Rapp <info@hv-rapp.de>",
        "Nebenkostenabrechnung 2024 - Kirchheimer Str. 112",
        N,
        text="""Sehr geehrter Herr Brenner,

anbei erhalten Sie die Nebenkostenabrechnung für das Jahr 2024. Es ergibt sich eine Nachzahlung
von 212,48 EUR, zahlbar bis zum 15.06.2025.

Mit freundlichen Grüßen
Hausverwaltung Rapp
""",
        attach=[("NK-Abrechnung_2024_WE07.pdf", "application/pdf", "%PDF-1.4 placeholder")],
    ),
    m(
        "17297",
        "2025-09-26 17:10",
        "Hausverwaltung Rapp <info@hv-rapp.de>",
        "Bestätigung Ihrer Kündigung",
        N,
        text="""Sehr geehrter Herr Brenner,

hiermit bestätigen wir den Eingang Ihrer Kündigung des Mietverhältnisses über die Wohnung
Kirchheimer Str. 112, 3. OG links, zum 31.12.2025. Einen Termin für die Wohnungsübergabe
vereinbaren wir rechtzeitig mit Ihnen.

Mit freundlichen Grüßen
Hausverwaltung Rapp
""",
    ),
    m(
        "17298",
        "2025-06-14 10:30",
        "Renate Köhler <renate.koehler49@web.de>",
        "Ihr Paket bei mir",
        N,
        text="""Hallo Herr Brenner,

ich habe gestern ein Paket für Sie angenommen (IKEA?). Sie können es heute ab 14 Uhr bei mir im
Erdgeschoss abholen.

Gruß, R. Köhler
""",
    ),
    m(
        "17299",
        "2025-07-20 21:05",
        KATRIN,
        "Urlaubsplanung Meran",
        N,
        text="""Ich hab mal eine Liste gemacht, was wir mitnehmen müssen: Wanderschuhe, Mias Schwimmflügel,
Ladekabel, Vignette Österreich (Brenner!). Kannst du die Vignette online kaufen?

Und wir müssen noch klären, wer die Blumen gießt - fragst du Frau Köhler?
""",
    ),
    m(
        "17300",
        "2025-08-03 09:11",
        "ASFINAG <noreply@asfinag.at>",
        "Ihre Digitale Vignette - Kaufbestätigung",
        N,
        text="""Vielen Dank für Ihren Einkauf im ASFINAG Mautshop.

Produkt: Digitale 10-Tages-Vignette
Kennzeichen: S-JB 4184
Gültig von: 09.08.2025 bis 18.08.2025
Preis: 12,40 EUR
""",
    ),
    m(
        "17301",
        "2025-09-14 16:40",
        MAMA,
        "Mia Herbstferien",
        N,
        text="""Hallo ihr Lieben,

wenn ihr wollt, kann Mia in den Herbstferien ein paar Tage zu uns kommen, dann habt ihr Zeit für
eure Lissabon-Reise. Papa freut sich schon aufs Basteln mit ihr.

Mama
""",
    ),
    m(
        "17302",
        "2025-09-14 20:30",
        MAMA,
        "AW: Mia Herbstferien",
        N,
        text="""Prima, dann holen wir sie am Freitag, 24.10., nachmittags ab. Ich freu mich!

Mama
""",
        headers=reply("17301", "ursula.brenner@t-online.de"),
    ),
    m(
        "17303",
        "2025-10-15 18:44",
        KATRIN,
        "Umzugsfirma Angebote",
        N,
        text="""Ich hab drei Angebote von Umzugsfirmen bekommen, siehe Anhang. Das von Hartmann ist am
günstigsten (2.350 EUR inkl. Küchenabbau), Zügel-Müller ist teurer, kann aber schon am 28.11.
Lass uns heute Abend entscheiden.
""",
        attach=[("Angebote_Umzug.pdf", "application/pdf", "%PDF-1.4 placeholder")],
    ),
    m(
        "17304",
        "2025-10-16 09:15",
        "Umzüge Hartmann <info@umzuege-hartmann.de>",
        "Auftragsbestätigung Umzug Stuttgart - Ostfildern",
        N,
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihren Auftrag. Wir bestätigen den Umzug am Samstag, 29.11.2025, ab 7:00 Uhr von
der Kirchheimer Str. 112, Stuttgart, nach Ostfildern-Nellingen, inklusive Küchenabbau und
Halteverbotszone. Festpreis: 2.350 EUR.

Umzüge Hartmann GmbH
""",
    ),
    m(
        "17305",
        "2025-10-20 11:02",
        "Familie Straub <g.straub@t-online.de>",
        "Mietvertrag unterschrieben zurück",
        N,
        text="""Hallo Herr Brenner,

der unterschriebene Mietvertrag ist heute angekommen, danke! Die Schlüsselübergabe machen wir am
29.11. morgens vor dem Umzug. Kaution bitte bis dahin auf das bekannte Konto.

Viele Grüße
G. Straub
""",
    ),
    # --- hobbies, clubs, volunteer "Bewerbung" ------------------------------------------------
    m(
        "17306",
        "2025-04-11 10:00",
        "Kleingartenverein Sillenbuch e.V. <vorstand@kgv-sillenbuch.de>",
        "Ihre Bewerbung um eine Parzelle",
        N,
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung um einen Kleingarten. Wir haben Sie auf unsere Warteliste
aufgenommen (derzeit Platz 14). Die durchschnittliche Wartezeit beträgt 2-3 Jahre.

Mit gärtnerischen Grüßen
Der Vorstand
""",
    ),
    m(
        "17307",
        "2025-09-29 19:00",
        "Kleingartenverein Sillenbuch e.V. <vorstand@kgv-sillenbuch.de>",
        "AW: Rücknahme Bewerbung Parzelle",
        N,
        text="""Sehr geehrter Herr Brenner,

schade, aber verständlich - wir haben Sie von der Warteliste genommen. Viel Glück in Nellingen!

Der Vorstand
""",
    ),
    m(
        "17308",
        "2025-05-16 12:00",
        "Stadt Stuttgart - Schöffenwahl <schoeffenwahl@stuttgart.de>",
        "Eingangsbestätigung: Bewerbung für das Schöffenamt",
        N,
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihr Interesse am Ehrenamt der Schöffin bzw. des Schöffen für die Amtszeit
2029-2033. Ihre Bewerbung ist bei uns eingegangen. Der Gemeinderat stellt die Vorschlagsliste im
Frühjahr auf; Sie erhalten dann weitere Informationen.

Mit freundlichen Grüßen
Landeshauptstadt Stuttgart, Bürgerservice
""",
    ),
    m(
        "17309",
        "2025-06-03 10:10",
        "Prusa Research <info@prusa3d.com>",
        "Your order #882140 has been shipped",
        E,
        text="""Hi Jonas,

your order #882140 (Prusament PETG Galaxy Black 1kg x3, Nozzle 0.6mm) has been shipped via DPD.
Tracking: 05222134889901

Happy printing!
Prusa Research
""",
    ),
    m(
        "17310",
        "2025-07-11 20:00",
        "Printables <noreply@printables.com>",
        'Your model "Bike wall mount v3" was downloaded 100 times',
        E,
        text="""Congratulations, Jonas! Your model "Bike wall mount v3" has reached 100 downloads. You earned 20 Prusameters.
""",
    ),
    m(
        "17311",
        "2025-08-25 07:30",
        "Strava <no-reply@strava.com>",
        "Your weekly summary",
        E,
        text="""Jonas, last week you rode 142 km in 4 activities with 1,820 m of elevation. Nice work!
""",
    ),
    m(
        "17312",
        "2025-05-25 08:00",
        "Spotify <no-reply@spotify.com>",
        "Dein Spotify Premium Family Beleg",
        N,
        text="""Danke, dass du Spotify Premium Family nutzt. Betrag: 17,99 EUR. Nächste Abbuchung: 25.06.2025.
""",
    ),
    m(
        "17313",
        "2025-06-29 14:00",
        "Fahrradhaus Ostfildern <service@fahrradhaus-ostfildern.de>",
        "Ihr Fahrrad ist abholbereit",
        N,
        text="""Hallo Herr Brenner,

die Inspektion Ihres Rennrads ist erledigt (Kette und Kassette getauscht, 148,50 EUR). Sie können
es ab sofort zu unseren Öffnungszeiten abholen.

Ihr Fahrradhaus-Team
""",
    ),
    m(
        "17314",
        "2025-09-05 11:11",
        "Autowerkstatt Bäuerle <termin@kfz-baeuerle.de>",
        "Terminbestätigung Hauptuntersuchung",
        N,
        text="""Sehr geehrter Herr Brenner,

hiermit bestätigen wir Ihren Termin für HU/AU und Inspektion: Mittwoch, 17.09.2025, 7:30 Uhr.
Fahrzeug: Skoda Octavia, S-JB 4184.

Ihre Autowerkstatt Bäuerle
""",
        ics={
            "uid": "kfz-baeuerle-termin-58812@kfz-baeuerle.de",
            "style": "outlook",
            "start": "2025-09-17 07:30:00 +0200",
            "minutes": 30,
            "organizer": ("Autowerkstatt Bäuerle", "termin@kfz-baeuerle.de"),
            "summary": "HU/AU + Inspektion Skoda Octavia",
            "location": "Autowerkstatt Bäuerle, Ruiter Str. 5, Ostfildern",
        },
    ),
    # --- donations, charity, misc. ------------------------------------------------------------
    m(
        "17315",
        "2025-04-02 12:00",
        "Ärzte ohne Grenzen <spenden@aerzte-ohne-grenzen.de>",
        "Zuwendungsbestätigung 2024",
        N,
        text="""Sehr geehrter Herr Brenner,

herzlichen Dank für Ihre Unterstützung im Jahr 2024. Anbei erhalten Sie Ihre
Zuwendungsbestätigung über 240,00 EUR für das Finanzamt.
""",
        attach=[("Zuwendungsbestaetigung_2024.pdf", "application/pdf", "%PDF-1.4 placeholder")],
    ),
    m(
        "17316",
        "2025-07-02 18:20",
        "Stadtbibliothek Stuttgart <info@stadtbibliothek-stuttgart.de>",
        "Erinnerung: Leihfrist läuft ab",
        N,
        text="""Guten Tag Jonas Brenner,

die Leihfrist folgender Medien endet am 05.07.2025: "Das kleine Gespenst" (Buch), "Die Schule der
magischen Tiere 3" (Hörbuch). Sie können online verlängern.
""",
    ),
    m(
        "17317",
        "2025-04-05 09:00",
        "Tobias Renz <tobi.renz@web.de>",
        "Radtour Sonntag?",
        N,
        text="""Moin, Sonntag Radtour zum Bärensee? Treffpunkt 9 Uhr am Waldheim. Max kommt auch.
""",
    ),
    m(
        "17318",
        "2025-06-24 21:40",
        "Max Walcher <max.walcher@icloud.com>",
        "Grillen bei uns am 5.7.",
        N,
        text="""Hallo ihr Lieben,

wir grillen am Samstag, 5. Juli, ab 17 Uhr bei uns im Garten. Kinder sind natürlich willkommen.
Bringt gern einen Salat mit!

Max & Julia
""",
    ),
    m(
        "17319",
        "2025-06-25 07:35",
        "Max Walcher <max.walcher@icloud.com>",
        "Re: Grillen bei uns am 5.7.",
        N,
        text="""Super, dass ihr kommt! Jonas, bring doch dein Fahrrad mit, wir könnten vorher noch eine Runde drehen.

Max
""",
        headers=reply("17318", "max.walcher@icloud.com"),
    ),
    m(
        "17320",
        "2025-08-22 20:20",
        "Max Walcher <max.walcher@icloud.com>",
        "Frage wegen HFS",
        N,
        text="""Hey Jonas,

Katrin hat erzählt, dass du zur HFS wechselst. Mein Schwager war da mal im Versuch - sagt, die
Kantine ist top und der Betriebsrat stark. Wollte ich nur loswerden :-) Glückwunsch!

Max
""",
    ),
    m(
        "17321",
        "2025-10-04 20:11",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Lisbon",
        E,
        text="""Your reservation is confirmed. You're going to Lisbon!

Bright apartment in Alfama with river view
Check-in: Sat, Oct 25 · Checkout: Wed, Oct 29
Host: Inês
Confirmation code: HMQ8T2K4ZP
""",
    ),
    m(
        "17322",
        "2025-08-11 12:00",
        "Google Kalender <calendar-notification@google.com>",
        "Einladung: Kinderarzt Mia U9 @ Di 23. Sep 2025 15:00 - 15:45",
        N,
        text="""Katrin Brenner hat Sie zu diesem Termin eingeladen.

Kinderarzt Mia U9
Di 23. Sep 2025 15:00 - 15:45 (MESZ)
Kinderarztpraxis Dr. Wöhrle, Epplestraße 20
""",
        ics={
            "uid": "7sg2k1l0q9p8o7n6m5b4v3c2x1@google.com",
            "start": "2025-09-23 15:00:00 +0200",
            "minutes": 45,
            "organizer": ("Katrin Brenner", "katrin.brenner@gmx.de"),
            "summary": "Kinderarzt Mia U9",
            "location": "Kinderarztpraxis Dr. Wöhrle, Epplestraße 20, Stuttgart",
        },
    ),
    m(
        "17323",
        "2025-05-01 10:20",
        "Katrins Chor <chor.cantabile@posteo.de>",
        "Sommerkonzert - Karten",
        N,
        text="""Liebe Freundinnen und Freunde des Chors Cantabile,

unser Sommerkonzert findet am 28. Juni um 19 Uhr in der Michaelskirche Sillenbuch statt.
Karten gibt es im Vorverkauf für 15 EUR (Kinder frei).
""",
    ),
    m(
        "17324",
        "2025-07-06 09:40",
        FELIX,
        "Rechnung Ballon",
        N,
        text="""Anbei die Rechnung für die Ballonfahrt, falls du sie für irgendwas brauchst. Papa schwärmt immer noch.
""",
        attach=[("Rechnung_Ballonfahrt.pdf", "application/pdf", "%PDF-1.4 placeholder")],
    ),
    m(
        "17325",
        "2025-08-01 18:00",
        "Evangelische Kirchengemeinde Sillenbuch <gemeindebuero@ev-sillenbuch.de>",
        "Gemeindebrief August/September",
        N,
        html="""<html><body><p>Der neue Gemeindebrief ist da: Kinderbibeltage, Erntedankfest und
Stellenausschreibung Mesner/in (50 %).</p></body></html>""",
    ),
    m(
        "17326",
        "2025-09-08 13:30",
        "Mercedes-Benz Museum <newsletter@mercedes-benz-museum.com>",
        "Neue Sonderausstellung: 100 Jahre Dieselmotor",
        N,
        html="""<html><body><p>Ab Oktober: Die Sonderausstellung zur Geschichte des Dieselmotors. Sichern Sie sich Ihr Ticket.</p></body></html>""",
    ),
    # --- more look-alikes: appointments, "Angebot", "Antrag", "Interview", "selected" -----------
    m(
        "17327",
        "2025-09-03 16:05",
        "Sparkasse Esslingen-Nürtingen <termine@ksk-es.de>",
        "Terminbestätigung: Ihr Beratungsgespräch Baufinanzierung",
        N,
        text="""Sehr geehrter Herr Brenner,

hiermit bestätigen wir Ihr Beratungsgespräch mit Herrn Mayer am Dienstag, 16.09.2025, 17:30 Uhr in
der Filiale Nellingen. Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen und Ihren neuen
Arbeitsvertrag mit.

Ihre Kreissparkasse Esslingen-Nürtingen
""",
        ics={
            "uid": "ksk-es-beratung-2025-0916-1730@ksk-es.de",
            "style": "outlook",
            "start": "2025-09-16 17:30:00 +0200",
            "organizer": ("Kreissparkasse Esslingen-Nürtingen", "termine@ksk-es.de"),
            "summary": "Beratungsgespräch Baufinanzierung",
            "location": "Filiale Nellingen, Hindenburgstr. 40",
        },
    ),
    m(
        "17328",
        "2025-09-17 09:00",
        "Sparkasse Esslingen-Nürtingen <kundenservice@ksk-es.de>",
        "Ihre Unterlagen zur Finanzierungsanfrage",
        N,
        text="""Sehr geehrter Herr Brenner,

vielen Dank für das Gespräch. Für die Prüfung Ihrer Finanzierungsanfrage fehlen uns noch:
Nachweis Eigenkapital und die Selbstauskunft. Bitte laden Sie die Unterlagen im Online-Banking hoch.
""",
    ),
    m(
        "17329",
        "2025-06-19 19:30",
        "Marktforschung Fieldwork Süd <studien@fieldwork-sued.de>",
        "Einladung zu einem Interview (Autokauf) - 40 EUR Dankeschön",
        N,
        text="""Guten Tag Herr Brenner,

Sie haben an unserer Online-Umfrage zum Thema Elektromobilität teilgenommen. Für eine vertiefende
Studie suchen wir Teilnehmende für ein 60-minütiges Online-Interview. Als Dankeschön erhalten Sie
einen Gutschein über 40 EUR. Interesse? Dann wählen Sie hier einen Termin: https://fieldwork-sued.de/t/88

Ihr Team von Fieldwork Süd
""",
    ),
    m(
        "17330",
        "2025-05-09 12:00",
        "Stuttgart-Lauf <info@stuttgart-lauf.de>",
        "Zusage: Ihr Startplatz für den Stuttgart-Lauf",
        N,
        text="""Hallo Jonas,

herzlichen Glückwunsch - du hast einen Startplatz für den Halbmarathon am 22. Juni ergattert!
Deine Startnummer erhältst du bei der Startunterlagenausgabe am Cannstatter Wasen.
""",
    ),
    m(
        "17331",
        "2025-06-23 10:00",
        "Stuttgart-Lauf <info@stuttgart-lauf.de>",
        "Deine Ergebnisse und Finisherfotos",
        N,
        text="""Glückwunsch zum Finish, Jonas! Nettozeit 1:52:41, Platz 1.288 von 4.950. Deine Fotos: https://stuttgart-lauf.de/fotos
""",
    ),
    m(
        "17332",
        "2025-07-17 15:15",
        "Bürgerbüro Sillenbuch <buergerbuero.sillenbuch@stuttgart.de>",
        "Ihr Antrag auf einen Kinderreisepass",
        N,
        text="""Sehr geehrter Herr Brenner,

der Kinderreisepass für Mia Brenner liegt zur Abholung bereit. Bitte bringen Sie den alten
Ausweis und die Abholbestätigung mit.
""",
    ),
    m(
        "17333",
        "2025-08-12 11:00",
        "Barclays <service@barclays.de>",
        "Ihr Antrag auf die Barclays Visa ist eingegangen",
        N,
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihren Antrag auf die Barclays Visa Kreditkarte. Wir prüfen Ihre Angaben und
informieren Sie in wenigen Tagen über unsere Entscheidung.
""",
    ),
    m(
        "17334",
        "2025-08-15 09:30",
        "Barclays <service@barclays.de>",
        "Gute Nachrichten: Ihre Kreditkarte ist bewilligt",
        N,
        text="""Sehr geehrter Herr Brenner,

Ihr Antrag wurde angenommen! Ihre neue Barclays Visa mit einem Verfügungsrahmen von 3.000 EUR wird
in den nächsten Tagen per Post zugestellt.
""",
    ),
    m(
        "17335",
        "2025-06-07 08:30",
        "Lufthansa <newsletter@mailing.lufthansa.com>",
        "Your exclusive offer: Europe from 99 EUR",
        E,
        html="""<html><body><p>Dear Mr Brenner, discover Europe this summer - flights from 99 EUR.
This offer is valid until 15 June.</p></body></html>""",
    ),
    m(
        "17336",
        "2025-07-09 10:00",
        "Notion <team@makenotion.com>",
        "Welcome to Notion! Let's get you onboarded",
        E,
        text="""Hi Jonas, welcome to Notion. Here are three templates to get started: Family planner, Moving checklist, Reading list.
""",
    ),
    m(
        "17337",
        "2025-08-09 14:00",
        "Gewinnspiel-Team <info@gewinn-aktion24.net>",
        "Glückwunsch Jonas, Sie wurden ausgewählt!",
        N,
        text="""Herzlichen Glückwunsch! Sie wurden als einer von 3 Gewinnern eines iPhone 16 Pro ausgewählt.
Bestätigen Sie jetzt Ihre Daten, um Ihren Gewinn zu erhalten: http://gewinn-aktion24.net/claim
""",
    ),
    m(
        "17338",
        "2025-05-27 10:44",
        "EnBW <vertrieb@enbw.com>",
        "Ihr Vertragsangebot für Ökostrom",
        N,
        text="""Sehr geehrter Herr Brenner,

wie gewünscht erhalten Sie unser Vertragsangebot für EnBW Ökostrom Komfort: 29,8 ct/kWh, Grundpreis
12,90 EUR/Monat, 12 Monate Preisgarantie. Mit einem Klick nehmen Sie das Angebot an.
""",
    ),
    m(
        "17339",
        "2025-10-01 18:40",
        "Energieberatung Schwaben <kontakt@energieberatung-schwaben.de>",
        "Vor-Ort-Termin Energieberatung",
        N,
        text="""Hallo Herr Brenner,

wie telefonisch besprochen komme ich am Freitag, 10.10., um 9 Uhr zur Besichtigung der
Doppelhaushälfte in Nellingen (mit Einverständnis von Herrn Straub). Dauer ca. 2 Stunden.

Viele Grüße
Timo Hess, Gebäudeenergieberater
""",
    ),
    m(
        "17340",
        "2025-10-06 12:30",
        "Deutschlandticket <service@d-ticket.de>",
        "Ihr Deutschlandticket-Abo: Änderung zum 1.11.",
        N,
        text="""Hallo Jonas Brenner, Ihr Deutschlandticket-Abo wird wie gewünscht zum 30.11.2025 gekündigt.
""",
    ),
    # --- LinkedIn, XING social and more newsletters ------------------------------------------
    m(
        "17341",
        "2025-05-14 08:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 17 searches this week",
        E,
        html="""<html><body><p>Jonas, you appeared in 17 searches this week. See who's looking with Premium.</p></body></html>""",
    ),
    m(
        "17342",
        "2025-07-29 08:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Sandra Fink for 10 years at Vellmar Antriebstechnik",
        E,
        html="""<html><body><p>Sandra Fink is celebrating 10 years at Vellmar Antriebstechnik. Congratulate her!</p></body></html>""",
    ),
    m(
        "17343",
        "2025-06-16 18:00",
        "XING <mail@xing.com>",
        "Neuigkeiten aus Ihrem Netzwerk",
        N,
        html="""<html><body><p>Daniela Kraus hat einen neuen Beitrag veröffentlicht: "Wir suchen Verstärkung im Team Böblingen!"</p>
<p>Carsten Lutz hat jetzt eine neue Position: Abteilungsleiter Versuch bei Brückner Karosserietechnik.</p></body></html>""",
    ),
    m(
        "17344",
        "2025-10-12 08:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Markus Ebner commented on your post",
        E,
        html="""<html><body><p>Markus Ebner commented: "Willkommen bald bei uns, Jonas!"</p></body></html>""",
    ),
    m(
        "17345",
        "2025-04-09 07:00",
        "VDI nachrichten <newsletter@vdi-nachrichten.com>",
        "Batterie, Wasserstoff, Arbeitsmarkt: Ihr Wochenüberblick",
        N,
        html="""<html><body><p>Der Wochenüberblick: Neue Batteriefabrik in Sachsen-Anhalt. Karriere: Wie Ingenieure
nach 40 den Sprung ins Management schaffen. Plus: Stellenmarkt mit 1.200 Angeboten.</p></body></html>""",
    ),
    m(
        "17346",
        "2025-08-27 07:00",
        "VDI nachrichten <newsletter@vdi-nachrichten.com>",
        "Fachkräfte: Warum Zulieferer wieder einstellen",
        N,
        html="""<html><body><p>Analyse: Zulieferer schwanken zwischen Abbau und Neueinstellungen. Interview mit einer Personalberaterin
aus Stuttgart über Absagen, Zwischenbescheide und Gegenangebote.</p></body></html>""",
    ),
    m(
        "17347",
        "2025-07-02 06:00",
        "Handelsblatt Morning Briefing <morningbriefing@handelsblatt.com>",
        "Morning Briefing: Zölle, Zinsen und ein Interview",
        N,
        html="""<html><body><p>Guten Morgen, heute im Briefing: Der neue Zollstreit trifft die Zulieferer. Im Interview: Der
Vorstandschef eines Automobilzulieferers über Kurzarbeit und Einstellungsstopp.</p></body></html>""",
    ),
    m(
        "17348",
        "2025-09-10 06:00",
        "Handelsblatt Morning Briefing <morningbriefing@handelsblatt.com>",
        "Morning Briefing: IAA, Elektroquote und Personalabbau",
        N,
        html="""<html><body><p>Guten Morgen, die IAA in München zeigt: Die Branche setzt auf kleine E-Autos. Außerdem: Welche
Konzerne Stellen streichen.</p></body></html>""",
    ),
    # --- ordinary receipts and accounts, part 2 ------------------------------------------------
    m(
        "17349",
        "2025-06-15 12:22",
        "Amazon.de <versandbestaetigung@amazon.de>",
        'Versandbestätigung: Ihre Bestellung "Umzugskartons 20 Stück..."',
        N,
        text="""Ihre Sendung ist unterwegs. Voraussichtliche Lieferung: Dienstag, 17. Juni.
Umzugskartons 20 Stück, doppelwellig - 39,99 EUR
""",
    ),
    m(
        "17350",
        "2025-10-17 09:00",
        "Amazon.de <bestellbestaetigung@amazon.de>",
        "Ihre Bestellung bei Amazon.de",
        N,
        text="""Vielen Dank für Ihre Bestellung. Packband mit Abroller (6 Rollen), Möbelgleiter-Set.
Summe: 23,48 EUR. Lieferung Mittwoch.
""",
    ),
    m(
        "17351",
        "2025-05-10 16:00",
        "PayPal <service@paypal.de>",
        "Ihre Zahlung an Kleinanzeigen",
        N,
        text="""Sie haben 85,00 EUR an Tobias Wenger (Kleinanzeigen) gesendet. Artikel: Kinderfahrrad 20 Zoll, Puky.
""",
    ),
    m(
        "17352",
        "2025-08-04 17:30",
        "Kleinanzeigen <noreply@kleinanzeigen.de>",
        'Neue Nachricht zu deiner Anzeige "Kinderbett Massivholz"',
        N,
        text="""Hallo, ist das Bett noch zu haben? Ich könnte Samstag vorbeikommen. Gruß Sabine
""",
    ),
    m(
        "17353",
        "2025-04-21 09:00",
        "DKB <info@mail.dkb.de>",
        "Ihre Kreditkarte wurde für eine Zahlung verwendet",
        N,
        text="""Ihre DKB Visa Karte ****4417 wurde am 21.04.2025 um 08:57 Uhr für eine Zahlung über 64,20 EUR bei ARAL STUTTGART verwendet.
""",
    ),
    m(
        "17354",
        "2025-09-19 08:15",
        "Techniker Krankenkasse <noreply@tk.de>",
        "Ihre Bonuszahlung ist da",
        N,
        text="""Guten Tag Herr Brenner, für Ihr TK-Bonusprogramm 2024 haben wir Ihnen 50 EUR überwiesen.
""",
    ),
    m(
        "17355",
        "2025-07-28 11:00",
        "Finanzamt Stuttgart II <noreply@elster.de>",
        "Einkommensteuerbescheid 2024 verfügbar",
        N,
        text="""Ihr Einkommensteuerbescheid 2024 ist in Ihrem ELSTER-Postfach abrufbar. Erstattung: 1.284,00 EUR.
""",
    ),
    m(
        "17356",
        "2025-06-01 07:00",
        "Stadtwerke Stuttgart <kundenservice@stadtwerke-stuttgart.de>",
        "Ihr neuer Abschlag",
        N,
        text="""Ab 01.06.2025 beträgt Ihr monatlicher Abschlag für Strom 78,00 EUR.
""",
    ),
    m(
        "17357",
        "2025-10-08 11:20",
        "Stadtwerke Stuttgart <kundenservice@stadtwerke-stuttgart.de>",
        "Bestätigung Ihrer Kündigung wegen Umzug",
        N,
        text="""Sehr geehrter Herr Brenner, wir bestätigen die Kündigung Ihres Stromvertrags zum 30.11.2025 wegen Umzugs.
Ihre Schlussrechnung erhalten Sie nach Ablesung des Zählerstands.
""",
    ),
    m(
        "17358",
        "2025-10-09 10:00",
        "Vodafone <service@vodafone.de>",
        "Ihr Umzug: Verfügbarkeit an der neuen Adresse",
        N,
        text="""Hallo Jonas Brenner, gute Nachricht: An Ihrer neuen Adresse in Ostfildern ist Kabel Internet 1000 verfügbar.
Ihren Umzugstermin können Sie in MeinVodafone festlegen.
""",
    ),
    m(
        "17359",
        "2025-04-13 20:12",
        "Lieferando <noreply@lieferando.de>",
        "Deine Bestellung bei Asia Wok Degerloch",
        N,
        text="""Danke für deine Bestellung! 2x Gebratene Nudeln mit Hähnchen, 1x Frühlingsrollen - 27,40 EUR.
""",
    ),
    m(
        "17360",
        "2025-08-31 09:00",
        "Spotify <no-reply@spotify.com>",
        "Dein Jahresrückblick: Das hast du im Sommer gehört",
        N,
        text="""Jonas, dein Sommer-Soundtrack: 1.204 Minuten Podcasts, darunter "Antrieb & Zukunft" auf Platz 1.
""",
    ),
    m(
        "17361",
        "2025-04-25 18:00",
        KATRIN,
        "Bewerbung für die Wohnung??",
        N,
        text="""Hast du der Hausverwaltung schon die Selbstauskunft geschickt? Die wollen bis Montag alle Unterlagen.
Ich hab den Gehaltsnachweis eingescannt, liegt im Dropbox-Ordner "Wohnung".
""",
    ),
    m(
        "17362",
        "2025-05-06 12:15",
        KATRIN,
        "Wohnung Berkheim :(",
        N,
        text="""Wir haben die Absage für die Wohnung bekommen, hast du die Mail gesehen? Naja, weiter suchen.
Vielleicht sollten wir doch nach einem Haus zur Miete schauen.
""",
    ),
    m(
        "17363",
        "2025-07-21 08:30",
        "Katrin Brenner <katrin.brenner@kanzlei-vogt.de>",
        "Kurze Frage Auto",
        N,
        text="""Hi, kann ich heute das Auto haben? Muss nachmittags nach Ludwigsburg zum Mandanten. Bahn streikt.

Katrin Brenner
Rechtsanwältin | Kanzlei Vogt & Partner
""",
    ),
    m(
        "17364",
        "2025-10-21 19:45",
        MAMA,
        "Lissabon",
        N,
        text="""Habt eine schöne Zeit in Lissabon! Mia freut sich schon aufs Plätzchenbacken bei uns.
Schickt ein Foto vom Meer.

Mama
""",
    ),
]

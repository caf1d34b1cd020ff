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
        "Interview-Anfrage für den Podcast \"Antrieb & Zukunft\"",
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
]

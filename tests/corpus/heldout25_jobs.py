# ruff: noqa: E501
"""Job mail of the twenty-fifth corpus: Austria and Germany (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CET = "+0100"

TF = "Stadt Traunfeld"
TF_R = "IT-Projektleiter*in Digitalisierung"
SZ = "Stadtwerke Salzach AG"
SZ_R = "Projektmanager:in IT-Infrastruktur"
IW = "Isarwerk Mobility GmbH"
IW_R = "Senior IT Project Manager"
ET = "Energie Traunviertel AG"
ET_R = "Leitung IT-Projektmanagement-Office (PMO)"
UA = "Universität für Angewandte Systemwissenschaften Wien"
UA_R = "Projektleiter*in Campus-Management-System"
LB = "Landesbetrieb IT Oberpfalz"
LB_R = "IT-Projektmanager (m/w/d)"
BL = "Brenner Logistik SE"
WV = "Würmtal Versicherung AG"
WV_R = "IT-Projektleiter (m/w/d) Bestandsführung"
DL = "Donau Leben Versicherung AG"
DL_R = "IT-Projektmanager:in Versicherungsplattform"
KW = "Kernwerk Labs GmbH"
KW_R = "Head of Delivery"

MAIL: list[dict[str, Any]] = [
    # 1 Stadt Traunfeld (Magistrat, own portal): confirmation, Hearing, short reply, rejection
    m(
        "25001",
        "2025-03-04 09:12",
        "Magistrat der Stadt Traunfeld - Personalservice <noreply-bewerbung@traunfeld.gv.at>",
        "Eingangsbestätigung Kennzahl MD-IT/2025/07",
        ("confirmation", TF, TF_R, 1, "other", "de"),
        text="""Sehr geehrte Frau Mag. Brandstätter,

wir bestätigen den Eingang Ihrer Bewerbung für die Stellenausschreibung

  IT-Projektleiter*in Digitalisierung
  Magistratsdirektion - Gruppe Informationstechnologie
  Kennzahl: MD-IT/2025/07

Die Bewerbungsfrist endet am 21. März 2025. Nach Ablauf der Frist prüfen wir alle Bewerbungen auf die in der Ausschreibung genannten Erfordernisse. Bitte haben Sie Verständnis, dass das Auswahlverfahren im öffentlichen Dienst einige Wochen in Anspruch nehmen kann.

Ihre Unterlagen können Sie unter https://karriere.traunfeld.gv.at/bewerberportal jederzeit einsehen.

Mit freundlichen Grüßen
Personalservice der Stadt Traunfeld

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
""",
        tz=CET,
    ),
    m(
        "25002",
        "2025-04-09 14:30",
        "Eder Sabine <sabine.eder@traunfeld.gv.at>",
        "Kennzahl MD-IT/2025/07 - Einladung zum Hearing",
        ("interview", TF, TF_R, 1, "direct", "de"),
        text="""Sehr geehrte Frau Mag. Brandstätter,

wir freuen uns, Ihnen mitteilen zu können, dass Sie nach Sichtung der Unterlagen in die engere Auswahl gekommen sind. Wir laden Sie daher zu einem Hearing vor der Personalauswahlkommission ein:

Termin: Donnerstag, 24. April 2025, 14:00 Uhr
Ort: Rathaus Traunfeld, 2. Stock, Sitzungssaal B (Rathausplatz 1)
Dauer: ca. 45 Minuten

Bitte bereiten Sie eine Kurzpräsentation (max. 10 Minuten) zum Thema "Einführung eines elektronischen Aktes in einer mittelgroßen Stadtverwaltung" vor. Ein Beamer ist vorhanden.

Um kurze Bestätigung des Termins wird gebeten.

Mit freundlichen Grüßen

Sabine Eder
Magistratsdirektion - Personal und Organisation
Stadt Traunfeld
Rathausplatz 1, 4xxx Traunfeld
T +43 7xxx 500-2214
""",
    ),
    m(
        "25003",
        "2025-04-10 08:05",
        "Eder Sabine <sabine.eder@traunfeld.gv.at>",
        "AW: Kennzahl MD-IT/2025/07 - Einladung zum Hearing",
        ("interview", TF, TF_R, 1, "direct", "de"),
        text="""Danke für die Bestätigung, Frau Brandstätter. Bitte nehmen Sie einen Lichtbildausweis mit und melden Sie sich beim Portier.

LG S. Eder

-----Ursprüngliche Nachricht-----
Von: Katharina Brandstätter <k.brandstaetter@gmx.at>
Gesendet: Mittwoch, 9. April 2025 21:14
An: Eder Sabine <sabine.eder@traunfeld.gv.at>
Betreff: AW: Kennzahl MD-IT/2025/07 - Einladung zum Hearing

Sehr geehrte Frau Eder,
vielen Dank, den Termin am 24.4. um 14 Uhr nehme ich gerne wahr.
Mit freundlichen Grüßen
Katharina Brandstätter
""",
        **reply("25002", "sabine.eder@traunfeld.gv.at"),
    ),
    m(
        "25004",
        "2025-05-16 11:47",
        "Magistrat der Stadt Traunfeld - Personalservice <noreply-bewerbung@traunfeld.gv.at>",
        "Ihre Bewerbung - Kennzahl MD-IT/2025/07",
        ("rejection", TF, TF_R, 1, "other", "de"),
        text="""Sehr geehrte Frau Mag. Brandstätter,

wir danken Ihnen für Ihre Teilnahme am Auswahlverfahren und für Ihre überzeugende Präsentation beim Hearing. Die Kommission hat Ihre fundierte Erfahrung im Projektmanagement ausdrücklich hervorgehoben.

Nach eingehender Beratung hat sich die Personalauswahlkommission jedoch für eine Bewerberin entschieden, die bereits über mehrjährige Erfahrung in der öffentlichen Verwaltung verfügt. Wir bedauern, Ihnen keine positivere Nachricht übermitteln zu können.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Personalservice der Stadt Traunfeld
""",
    ),
    # 2 Stadtwerke Salzach AG ("SALZACH energie"), rexx systems: confirmation, interviews, offer, declined
    m(
        "25005",
        "2025-03-11 16:20",
        "SALZACH energie Karriere <noreply@rexx-systems.com>",
        "Ihre Bewerbung als Projektmanager:in IT-Infrastruktur (Ref. 2025-031)",
        ("confirmation", SZ, SZ_R, 2, "other", "de"),
        html="""<html><body style="font-family:Verdana;font-size:13px">
<p>Sehr geehrte Frau Brandstätter,</p>
<p>vielen Dank für Ihr Interesse an der SALZACH energie und Ihre Bewerbung als <b>Projektmanager:in IT-Infrastruktur</b> (Referenznummer 2025-031).</p>
<p>Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen. Sie hören in den nächsten zwei bis drei Wochen von uns.</p>
<p>Freundliche Grüße<br>Ihr Recruiting-Team<br>Stadtwerke Salzach AG &middot; Salzachkai 12 &middot; FN 123456x</p>
<p style="font-size:10px;color:#999">Powered by rexx systems</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "25006",
        "2025-04-02 10:02",
        "Mag. Florian Gruber <florian.gruber@salzach-energie.at>",
        "Kennenlernen - Projektmanagement IT-Infrastruktur",
        ("interview", SZ, SZ_R, 2, "direct", "de"),
        text="""Sehr geehrte Frau Brandstätter,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns sehr angesprochen und wir würden Sie gerne persönlich kennenlernen. Ich habe Ihnen eine Einladung für ein erstes Gespräch via MS Teams am Dienstag, 8. April um 10:00 Uhr geschickt. Mit dabei ist Herr DI Huber, Leiter IT-Betrieb.

Sollte der Termin nicht passen, geben Sie mir bitte Bescheid.

Beste Grüße
Florian Gruber
Human Resources | Stadtwerke Salzach AG
salzach-energie.at
""",
        ics={
            "style": "outlook",
            "organizer": ("Gruber Florian", "florian.gruber@salzach-energie.at"),
            "uid": "040000008200E00074C5B7101A82E00800000000SZ25006",
            "start": "2025-04-08 10:00:00 +0200",
            "minutes": 60,
            "summary": "Kennenlernen Brandstätter / SALZACH energie",
            "location": "Microsoft Teams-Besprechung",
            "attendees": [("Huber Markus", "markus.huber@salzach-energie.at")],
        },
    ),
    m(
        "25007",
        "2025-04-15 13:40",
        "Mag. Florian Gruber <florian.gruber@salzach-energie.at>",
        "AW: Kennenlernen - Projektmanagement IT-Infrastruktur",
        ("interview", SZ, SZ_R, 2, "direct", "de"),
        text="""Liebe Frau Brandstätter,

danke nochmals für das angenehme Gespräch. Herr Huber würde gerne noch eine zweite Runde vor Ort in Salzburg mit dem Vorstand machen - würde Ihnen der 29.4. vormittags passen? Reisekosten übernehmen wir selbstverständlich.

Beste Grüße
Florian Gruber
""",
        **reply("25006", "florian.gruber@salzach-energie.at"),
    ),
    m(
        "25008",
        "2025-04-16 09:10",
        "Mag. Florian Gruber <florian.gruber@salzach-energie.at>",
        "AW: AW: Kennenlernen - Projektmanagement IT-Infrastruktur",
        ("interview", SZ, SZ_R, 2, "direct", "de"),
        text="""Perfekt, dann 29.4. um 9:30 bei uns am Salzachkai 12, Empfang im EG. Ich hole Sie dort ab.

Beste Grüße
F. Gruber
""",
        **reply("25007", "florian.gruber@salzach-energie.at"),
    ),
    m(
        "25009",
        "2025-05-07 17:25",
        "Mag. Florian Gruber <florian.gruber@salzach-energie.at>",
        "Gute Nachrichten",
        ("offer", SZ, SZ_R, 2, "direct", "de"),
        text="""Liebe Frau Brandstätter,

ich darf Ihnen im Namen des Vorstands mitteilen, dass wir Ihnen die Position als Projektmanagerin IT-Infrastruktur anbieten möchten. Vorgesehen ist ein Eintritt mit 1. Juli 2025, Vollzeit (38,5 h), Einstufung gemäß Kollektivvertrag für Elektrizitätsversorgungsunternehmen mit einem Bruttojahresgehalt von EUR 72.000 zzgl. Mobilitätsbonus und 2 Tagen Homeoffice pro Woche.

Den Dienstvertragsentwurf sende ich Ihnen gerne zu, sobald Sie mir Ihr grundsätzliches Einverständnis geben. Wir würden uns sehr freuen, Sie an Bord zu haben!

Herzliche Grüße
Florian Gruber
Human Resources | SALZACH energie
""",
    ),
    m(
        "25010",
        "2025-05-20 10:31",
        "Mag. Florian Gruber <florian.gruber@salzach-energie.at>",
        "AW: Gute Nachrichten",
        ("offer", SZ, SZ_R, 2, "direct", "de"),
        text="""Liebe Frau Brandstätter,

schade - aber ich verstehe Ihre Entscheidung gut, der Umzug nach Salzburg ist natürlich ein großer Schritt. Danke für Ihre Offenheit und alles Gute für Ihren weiteren Weg. Vielleicht kreuzen sich unsere Wege ja noch einmal.

Herzliche Grüße
Florian Gruber

> Sehr geehrter Herr Gruber,
> nach reiflicher Überlegung muss ich Ihr Angebot leider ablehnen ...
""",
        st="declined",
        **reply("25009", "florian.gruber@salzach-energie.at"),
    ),
    # 3 Isarwerk Mobility GmbH (Munich), Personio: du, interview, offer, accepted, onboarding
    m(
        "25011",
        "2025-05-05 12:03",
        "Isarwerk Mobility <jobs@isarwerk-mobility.jobs.personio.de>",
        "Deine Bewerbung bei Isarwerk",
        ("confirmation", IW, IW_R, 3, "personio", "de"),
        text="""Hi Katharina,

danke für deine Bewerbung als Senior IT Project Manager! Wir schauen uns deine Unterlagen in Ruhe an und melden uns innerhalb von zehn Tagen bei dir.

Bis dahin: Schau gern auf unserem Blog vorbei, da erzählt das Team, wie wir Ladeinfrastruktur für Flotten bauen.

Viele Grüße
Lena vom Isarwerk People Team
""",
    ),
    m(
        "25012",
        "2025-05-12 18:44",
        "Jonas Riedl <jonas@isarwerk.io>",
        "Kurzer Call?",
        ("interview", IW, IW_R, 3, "direct", "de"),
        text="""Hi Katharina,

ich bin Jonas, einer der Gründer von Isarwerk. Dein Profil hat mir richtig gut gefallen, vor allem deine Rollout-Erfahrung bei den Wiener Linien-Projekten. Hättest du Lust auf einen 30-minütigen Call diese Woche? Di 15:00 oder Do 11:00 würden bei mir gehen.

Cheers,
Jonas

--
Jonas Riedl · Co-Founder & CTO
Isarwerk Mobility GmbH · Tumblingerstr. 9 · München
""",
    ),
    m(
        "25013",
        "2025-05-13 07:58",
        "Jonas Riedl <jonas@isarwerk.io>",
        "Re: Kurzer Call?",
        ("interview", IW, IW_R, 3, "direct", "de"),
        text="""Top, Dienstag 15 Uhr passt. Link kommt gleich per Kalender.

Jonas
""",
        **reply("25012", "jonas@isarwerk.io"),
        ics={
            "organizer": ("Jonas Riedl", "jonas@isarwerk.io"),
            "uid": "7a1c0e9d2f@isarwerk.io",
            "start": "2025-05-13 15:00:00 +0200",
            "minutes": 30,
            "summary": "Katharina <> Jonas (Isarwerk)",
            "location": "https://meet.google.com/qrs-tuvw-xyz",
        },
    ),
    m(
        "25014",
        "2025-05-23 16:12",
        "Lena Hartl <lena.hartl@isarwerk.io>",
        "Dein Tag bei uns in München",
        ("interview", IW, IW_R, 3, "direct", "de"),
        text="""Hi Katharina,

wie besprochen laden wir dich zum Onsite-Tag ein: Freitag, 6. Juni, 10-15 Uhr. Du lernst das Team kennen, machst mit Jonas und Mira eine kleine Planungsübung zu einem echten Rollout und wir gehen zusammen Mittagessen.

Deine Zugtickets Wien-München buchen wir dir, schick mir einfach kurz, welche Verbindung du nehmen möchtest.

Liebe Grüße
Lena
People & Culture, Isarwerk
""",
    ),
    m(
        "25015",
        "2025-06-12 19:03",
        "Jonas Riedl <jonas@isarwerk.io>",
        "Wir wollen dich im Team!",
        ("offer", IW, IW_R, 3, "direct", "de"),
        text="""Hi Katharina,

ich mach's kurz: Wir sind uns alle einig und würden dich sehr gerne als Senior IT Project Manager bei Isarwerk haben. 85k fix + 10 % Bonus, VSOP-Paket wie besprochen, remote aus Wien mit einer Woche pro Monat in München. Start ab 1. September.

Lena schickt dir morgen das Angebot als PDF. Melde dich, wenn du Fragen hast - gern auch einfach anrufen.

Jonas
""",
    ),
    m(
        "25016",
        "2025-06-18 09:22",
        "Lena Hartl <lena.hartl@isarwerk.io>",
        "Re: Angebot Isarwerk",
        ("offer", IW, IW_R, 3, "direct", "de"),
        text="""Hi Katharina,

danke dir - der unterschriebene Vertrag ist angekommen! 🎉 Wir freuen uns riesig. Nächste Woche bekommst du von mir alles Weitere zum Onboarding.

Liebe Grüße
Lena
""",
        st="accepted",
    ),
    m(
        "25017",
        "2025-06-25 11:00",
        "Lena Hartl <lena.hartl@isarwerk.io>",
        "Vorbereitung für deinen Start am 1.9.",
        ("other_job", IW, IW_R, None, "direct", "de"),
        text="""Hi Katharina,

damit am 1. September alles klappt, bräuchte ich bis Ende Juli noch:
- Kopie Reisepass
- Bankverbindung (IBAN) für die Gehaltsabrechnung
- ein aktuelles Strafregister-/Führungszeugnis
- deine Konfektionsgröße für den Isarwerk-Hoodie :)

Deinen Laptop schicken wir dir nach Wien. Du bekommst außerdem eine Einladung zu Personio, dort kannst du alles hochladen.

Liebe Grüße
Lena
""",
    ),
    m(
        "25018",
        "2025-06-26 08:14",
        "Personio <no-reply@personio.de>",
        "Willkommen bei Isarwerk Mobility GmbH - Aktiviere dein Konto",
        ("other_job", IW, None, None, "personio", "de"),
        text="""Hallo Katharina,

Isarwerk Mobility GmbH hat dich eingeladen, Personio zu nutzen. Klicke auf den folgenden Link, um dein Passwort festzulegen:

https://isarwerk.personio.de/activate?token=7f2b...

Der Link ist 7 Tage gültig.

Dein Personio-Team
""",
    ),
    # 4 Personalberater Hartmann & Stein -> Energie Traunviertel AG
    m(
        "25019",
        "2025-03-18 10:40",
        "Dr. Wolfgang Stein <w.stein@hartmann-stein.at>",
        "Vertrauliche Anfrage - Leitung PMO",
        ("outreach", None, ET_R, None, "agency", "de"),
        text="""Sehr geehrte Frau Mag. Brandstätter,

im Auftrag eines führenden Energieversorgungsunternehmens in Oberösterreich besetzen wir exklusiv die Position

  Leitung IT-Projektmanagement-Office (PMO)

Sie würden ein Team von sieben Projektleiter:innen führen und das Projektportfolio (ca. 40 Projekte p.a.) verantworten. Aus Gründen der Vertraulichkeit kann ich den Namen unseres Mandanten erst in einem persönlichen Gespräch nennen.

Ihr Profil auf XING hat mich neugierig gemacht. Hätten Sie Zeit für ein kurzes, unverbindliches Telefonat?

Mit besten Grüßen
Dr. Wolfgang Stein
Partner
Hartmann & Stein Personalberatung GmbH
Kärntner Ring 5, 1010 Wien
""",
        tz=CET,
    ),
    m(
        "25020",
        "2025-03-26 15:55",
        "Dr. Wolfgang Stein <w.stein@hartmann-stein.at>",
        "AW: Vertrauliche Anfrage - Leitung PMO",
        ("interview", ET, ET_R, 4, "agency", "de"),
        text="""Sehr geehrte Frau Brandstätter,

vielen Dank für das offene Telefonat und Ihre Unterlagen. Wie angekündigt darf ich Ihnen nun auch unseren Mandanten nennen: Es handelt sich um die Energie Traunviertel AG (ETV) in Steyr.

Ich würde Sie gerne zu einem vertiefenden Interview in unser Büro einladen - Montag, 31. März, 16:00 Uhr. Danach würde ich Sie, Ihr Einverständnis vorausgesetzt, dem Vorstand präsentieren.

Mit besten Grüßen
Wolfgang Stein
""",
        tz=CET,
        **reply("25019", "w.stein@hartmann-stein.at"),
    ),
    m(
        "25021",
        "2025-04-14 09:30",
        "Dr. Wolfgang Stein <w.stein@hartmann-stein.at>",
        "ETV - Termin mit dem Vorstand",
        ("interview", ET, ET_R, 4, "agency", "de"),
        text="""Sehr geehrte Frau Brandstätter,

der Vorstand der ETV, Herr DI Aigner, und die Leiterin der Konzern-IT, Frau Mag. Pichler, möchten Sie gerne kennenlernen. Termin: Mittwoch, 23. April, 13:00 Uhr in der Konzernzentrale in Steyr (Stadtplatz 30). Ich werde ebenfalls anwesend sein.

Bitte bestätigen Sie mir kurz.

Mit besten Grüßen
Wolfgang Stein
Hartmann & Stein Personalberatung
""",
    ),
    m(
        "25022",
        "2025-05-02 12:15",
        "Dr. Wolfgang Stein <w.stein@hartmann-stein.at>",
        "Rückmeldung ETV",
        ("rejection", ET, ET_R, 4, "agency", "de"),
        text="""Sehr geehrte Frau Brandstätter,

wie telefonisch angekündigt, hier noch die schriftliche Rückmeldung: Der Vorstand war von Ihrer strukturierten Art und Ihrer Erfahrung mit großen Rollouts sehr angetan. Letztlich hat man sich für einen internen Kandidaten entschieden, der das Unternehmen und die Netzthemen bereits kennt.

Ich bedauere das sehr und würde gerne mit Ihnen in Kontakt bleiben - ich bin sicher, dass sich bald eine passende Gelegenheit ergibt.

Mit besten Grüßen
Wolfgang Stein
""",
    ),
    # 5 karriere.at -> Bausparkasse Wienerwald AG: ghosted
    m(
        "25023",
        "2025-03-06 20:41",
        "karriere.at <noreply@karriere.at>",
        "Deine Bewerbung wurde erfolgreich versendet",
        (
            "confirmation",
            "Bausparkasse Wienerwald AG",
            "IT-Projektleiter (m/w/d) Kernbankensystem",
            5,
            "other",
            "de",
        ),
        html="""<html><body style="font-family:Arial">
<h2>Bewerbung versendet ✔</h2>
<p>Hallo Katharina,</p>
<p>deine Bewerbung für <b>IT-Projektleiter (m/w/d) Kernbankensystem</b> bei <b>Bausparkasse Wienerwald AG</b> wurde erfolgreich versendet.</p>
<p>Das Unternehmen meldet sich direkt bei dir. Den Status deiner Bewerbungen findest du unter <a href="https://www.karriere.at/meine-bewerbungen">Meine Bewerbungen</a>.</p>
<p>Viel Erfolg!<br>Dein karriere.at Team</p>
<p style="font-size:10px">karriere.at GmbH, Linz</p>
</body></html>""",
        tz=CET,
    ),
    # 6 Universität (d.vinci): confirmation, Kommission, rejection
    m(
        "25024",
        "2025-03-20 11:11",
        "UASW Recruiting <recruiting@uasw.ac.at>",
        "Bestätigung: Bewerbung Kennzahl 2025/0412",
        ("confirmation", UA, UA_R, 6, "other", "de"),
        text="""Sehr geehrte Frau Brandstätter,

vielen Dank für Ihre Bewerbung an der Universität für Angewandte Systemwissenschaften Wien auf die Stelle

Projektleiter*in Campus-Management-System (Kennzahl 2025/0412, 40 Wochenstunden, befristet auf 3 Jahre)

Ihre Bewerbung ist bei uns eingelangt. Nach Ende der Bewerbungsfrist am 31.03.2025 wird die Auswahl durch eine Personalauswahlkommission vorgenommen.

Mit freundlichen Grüßen
Personalabteilung der UASW

--\x20
Diese E-Mail wurde über d.vinci bewerbermanagement versendet.
""",
        tz=CET,
    ),
    m(
        "25025",
        "2025-04-22 14:04",
        "Mag.a Doris Lehner <doris.lehner@uasw.ac.at>",
        "Einladung Auswahlgespräch 2025/0412",
        ("interview", UA, UA_R, 6, "direct", "de"),
        text="""Sehr geehrte Frau Brandstätter,

die Personalauswahlkommission lädt Sie zu einem Auswahlgespräch am Montag, 5. Mai 2025, 10:30 Uhr (Campus Nord, Gebäude C, Raum C.2.14) ein.

Dem Gespräch geht ein schriftlicher Teil (30 Minuten, Fallbeispiel zur Projektplanung) voraus. Bitte finden Sie sich daher bereits um 10:00 Uhr ein.

Mit freundlichen Grüßen
Doris Lehner
Personalentwicklung und Recruiting | UASW
""",
    ),
    m(
        "25026",
        "2025-06-03 09:48",
        "UASW Recruiting <recruiting@uasw.ac.at>",
        "Ihre Bewerbung an der UASW",
        ("rejection", UA, UA_R, 6, "other", "de"),
        text="""Sehr geehrte Frau Brandstätter,

wir bedanken uns für Ihr Interesse an einer Mitarbeit an unserer Universität und die Zeit, die Sie in das Auswahlverfahren investiert haben. Die Kommission hat Ihr Fallbeispiel als sehr gelungen bewertet.

Leider müssen wir Ihnen mitteilen, dass die Wahl auf eine andere Person gefallen ist.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Personalabteilung der UASW
""",
    ),
    # 7 Interamt -> Landesbetrieb IT Oberpfalz
    m(
        "25027",
        "2025-04-03 08:30",
        "Interamt <noreply@interamt.de>",
        "Interamt: Ihre Bewerbung wurde übermittelt (Stellen-ID 1234567)",
        ("confirmation", LB, LB_R, 7, "other", "de"),
        text="""Sehr geehrte Frau Brandstätter,

Ihre Bewerbung auf das Stellenangebot

  IT-Projektmanager (m/w/d) - Kennziffer LIT-2025-18
  Anbieter: Landesbetrieb IT Oberpfalz (LIT-OPf), Regensburg

wurde erfolgreich an den Anbieter übermittelt. Bewerbungsschluss: 25.04.2025.

Den Stand Ihrer Bewerbungen sehen Sie jederzeit unter "Meine Bewerbungen".

Ihr Interamt-Team
""",
    ),
    m(
        "25028",
        "2025-05-09 13:17",
        "Personalstelle LIT-OPf <personal@lit-opf.bayern.example>",
        "Kennziffer LIT-2025-18 - Einladung zum Vorstellungsgespräch",
        ("interview", LB, LB_R, 7, "direct", "de"),
        text="""Sehr geehrte Frau Brandstätter,

wir laden Sie zu einem strukturierten Auswahlgespräch ein:

Datum: 22.05.2025, 09:00 Uhr
Format: Videokonferenz (Webex), Zugangsdaten folgen separat
Teilnehmende: Abteilungsleitung Projekte, Personalrat, Gleichstellungsbeauftragte

Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt. Reisekosten werden nicht erstattet.

Mit freundlichen Grüßen
Im Auftrag
M. Schwarzer
Landesbetrieb IT Oberpfalz - Personal
""",
    ),
    m(
        "25029",
        "2025-06-17 10:20",
        "Personalstelle LIT-OPf <personal@lit-opf.bayern.example>",
        "Kennziffer LIT-2025-18",
        ("rejection", LB, LB_R, 7, "direct", "de"),
        text="""Sehr geehrte Frau Brandstätter,

das Auswahlverfahren für die o.g. Stelle ist abgeschlossen. Nach sorgfältiger Abwägung aller Bewerbungen konnten wir Sie leider nicht berücksichtigen.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist gemäß AGG datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
Im Auftrag
M. Schwarzer
""",
    ),
    # 8 Brenner Logistik SE via StepStone: rejection; 9 re-application, later interview
    m(
        "25030",
        "2025-03-13 19:02",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung bei Brenner Logistik SE",
        ("confirmation", BL, "IT Project Manager SAP S/4HANA (m/w/d)", 8, "other", "de"),
        text="""Hallo Katharina Brandstätter,

Ihre Bewerbung als IT Project Manager SAP S/4HANA (m/w/d) ist bei Brenner Logistik SE eingegangen.

So geht's weiter: Das Unternehmen sichtet Ihre Unterlagen und meldet sich bei Ihnen. Ihre Bewerbungen verwalten Sie unter "Meine Bewerbungen" auf stepstone.de.

Viel Erfolg wünscht
Ihr StepStone-Team
""",
        tz=CET,
    ),
    m(
        "25031",
        "2025-04-01 08:55",
        "Brenner Logistik Recruiting <karriere@brenner-log.com>",
        "Ihre Bewerbung vom 13.03.2025",
        ("rejection", BL, "IT Project Manager SAP S/4HANA (m/w/d)", 8, "direct", "de"),
        text="""Sehr geehrte Frau Brandstätter,

herzlichen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Brenner Gruppe.

Wir haben uns Ihre Unterlagen genau angesehen. Ihr Werdegang ist beeindruckend, jedoch suchen wir für diese Position eine Persönlichkeit mit tiefgehender SAP-EWM-Erfahrung. Wir haben uns daher für andere Kandidat:innen entschieden.

Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool speichern - wenn Sie einverstanden sind, klicken Sie bitte hier: https://karriere.brenner-log.com/talentpool/consent

Mit freundlichen Grüßen
Ihr Recruiting-Team der Brenner Logistik SE
""",
    ),
    m(
        "25032",
        "2025-05-06 21:15",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung bei Brenner Logistik SE",
        ("confirmation", BL, "Projektleiter IT-Transformation (m/w/d)", 9, "other", "de"),
        text="""Hallo Katharina Brandstätter,

Ihre Bewerbung als Projektleiter IT-Transformation (m/w/d) ist bei Brenner Logistik SE eingegangen.

So geht's weiter: Das Unternehmen sichtet Ihre Unterlagen und meldet sich bei Ihnen.

Viel Erfolg wünscht
Ihr StepStone-Team
""",
    ),
    m(
        "25033",
        "2025-05-15 11:36",
        "Anja Wimmer <anja.wimmer@brenner-log.com>",
        "Projektleitung IT-Transformation - Telefoninterview",
        ("interview", BL, "Projektleiter IT-Transformation (m/w/d)", 9, "direct", "de"),
        text="""Sehr geehrte Frau Brandstätter,

schön, dass Sie sich erneut bei uns beworben haben! Für die Projektleitung IT-Transformation passt Ihr Profil deutlich besser. Ich würde gerne ein 30-minütiges Telefoninterview mit Ihnen führen. Bitte buchen Sie sich einen Termin über folgenden Link: https://outlook.office365.com/book/BrennerRecruiting@brenner-log.com/

Viele Grüße
Anja Wimmer
Talent Acquisition | Brenner Gruppe
Brenner Logistik SE · Rosenheim
""",
    ),
    m(
        "25034",
        "2025-05-19 15:02",
        "Anja Wimmer <anja.wimmer@brenner-log.com>",
        "AW: Projektleitung IT-Transformation - Telefoninterview",
        ("interview", BL, "Projektleiter IT-Transformation (m/w/d)", 9, "direct", "de"),
        text="""Danke, Frau Brandstätter - ich habe Ihren Termin am Mittwoch um 10:00 gesehen. Ich rufe Sie auf der angegebenen Handynummer an.

Viele Grüße
Anja Wimmer
""",
        **reply("25033", "anja.wimmer@brenner-log.com"),
    ),
    # 10 softgarden -> Molkerei Inntal eG
    m(
        "25035",
        "2025-04-07 17:45",
        "Molkerei Inntal eG <noreply@softgarden.io>",
        "Vielen Dank für Ihre Bewerbung",
        (
            "confirmation",
            "Molkerei Inntal eG",
            "IT-Projektmanager (m/w/d) ERP-Einführung",
            10,
            "other",
            "de",
        ),
        text="""Guten Tag Frau Brandstätter,

vielen Dank für Ihre Bewerbung als IT-Projektmanager (m/w/d) ERP-Einführung. Wir freuen uns über Ihr Interesse an unserer Genossenschaft.

Ihre Unterlagen liegen nun unserem Fachbereich vor. Den aktuellen Status können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Freundliche Grüße
Ihr Personalteam der Molkerei Inntal eG
""",
    ),
    m(
        "25036",
        "2025-04-29 09:12",
        "Molkerei Inntal eG <noreply@softgarden.io>",
        "Ihre Bewerbung als IT-Projektmanager (m/w/d) ERP-Einführung",
        (
            "rejection",
            "Molkerei Inntal eG",
            "IT-Projektmanager (m/w/d) ERP-Einführung",
            10,
            "other",
            "de",
        ),
        text="""Guten Tag Frau Brandstätter,

nochmals danke für Ihre Bewerbung. Leider müssen wir Ihnen heute mitteilen, dass wir uns für eine:n andere:n Bewerber:in entschieden haben, dessen/deren Profil noch besser zu unseren Anforderungen passt.

Diese Entscheidung ist keine Bewertung Ihrer Person oder Qualifikation.

Freundliche Grüße
Ihr Personalteam der Molkerei Inntal eG
""",
    ),
    # 11 Kernwerk Labs: founder from webmail, du
    m(
        "25037",
        "2025-04-24 22:07",
        "Tobias Kern <tobikern84@gmail.com>",
        "deine Nachricht auf LinkedIn",
        ("interview", KW, KW_R, 11, "direct", "de"),
        text="""Hey Katharina,

danke für deine Nachricht und den Lebenslauf! Sorry dass ich von privat schreibe, unsere Domain zieht gerade um und die Firmenmails spinnen.

Ich würde dich gerne auf einen Kaffee treffen und dir erzählen, was wir vorhaben - wir sind jetzt 14 Leute und brauchen dringend jemanden, der Delivery aufbaut. Passt dir nächster Mittwoch 8:30 im Café Eiles?

lg Tobi

--
Tobias Kern
Gründer & CEO, Kernwerk Labs GmbH
Lindengasse 41/3, 1070 Wien
""",
    ),
    m(
        "25038",
        "2025-04-25 07:40",
        "Tobias Kern <tobikern84@gmail.com>",
        "Re: deine Nachricht auf LinkedIn",
        ("interview", KW, KW_R, 11, "direct", "de"),
        text="""super, dann bis Mittwoch! ☕

Tobi
""",
        **reply("25037", "tobikern84@gmail.com"),
    ),
    m(
        "25039",
        "2025-05-19 20:30",
        "Tobias Kern <tobias@kernwerk.at>",
        "Rückmeldung von uns",
        ("rejection", KW, KW_R, 11, "direct", "de"),
        text="""Hi Katharina,

vielen Dank nochmal für die Gespräche mit mir und Sarah - wir haben beide viel mitgenommen. Ehrlich gesagt war es eine knappe Entscheidung. Wir haben uns jetzt aber für jemanden entschieden, der schon in einem Startup in der Größe Delivery aufgebaut hat, weil wir sehr schnell Tempo brauchen.

Ich fände es schade, wenn wir uns aus den Augen verlieren. Lass uns gern in Kontakt bleiben!

lg Tobi
Kernwerk Labs
""",
    ),
    # 12 ProConsult (staffing agency) -> Würmtal Versicherung AG; withdrawn
    m(
        "25040",
        "2025-05-06 10:11",
        "Sandra Kollmann | ProConsult <s.kollmann@proconsult-it.de>",
        "Projektleitung Bestandsführung - Versicherung München",
        ("outreach", None, WV_R, None, "agency", "de"),
        text="""Hallo Frau Brandstätter,

für einen langjährigen Kunden aus der Versicherungsbranche in München suche ich eine erfahrene IT-Projektleitung für die Migration der Bestandsführung (Leben). Festanstellung beim Kunden, 2-3 Tage remote, Gehalt bis 95k.

Hätten Sie Interesse? Dann schicken Sie mir gerne Ihren aktuellen CV und Ihre Gehaltsvorstellung.

Viele Grüße
Sandra Kollmann
Senior Consultant
ProConsult IT Personal GmbH | Leopoldstraße 200 | München
""",
    ),
    m(
        "25041",
        "2025-05-09 14:50",
        "Sandra Kollmann | ProConsult <s.kollmann@proconsult-it.de>",
        "AW: Projektleitung Bestandsführung - Versicherung München",
        ("confirmation", WV, WV_R, 12, "agency", "de"),
        text="""Hallo Frau Brandstätter,

vielen Dank für Ihren CV. Wie besprochen habe ich Ihr Profil heute - mit Ihrer Freigabe - bei unserem Kunden, der Würmtal Versicherung AG, eingereicht. Ich melde mich, sobald ich Feedback habe.

Viele Grüße
Sandra Kollmann
""",
        **reply("25040", "s.kollmann@proconsult-it.de"),
    ),
    m(
        "25042",
        "2025-05-21 16:33",
        "Sandra Kollmann | ProConsult <s.kollmann@proconsult-it.de>",
        "Würmtal - Terminvorschlag",
        ("interview", WV, WV_R, 12, "agency", "de"),
        text="""Hallo Frau Brandstätter,

gute Nachrichten: Würmtal möchte Sie kennenlernen! Herr Baumgartner (Bereichsleiter IT Leben) schlägt Mittwoch, 4. Juni um 14 Uhr per Teams vor. Passt Ihnen das?

Viele Grüße
Sandra Kollmann
""",
    ),
    m(
        "25043",
        "2025-06-16 12:05",
        "Sandra Kollmann | ProConsult <s.kollmann@proconsult-it.de>",
        "AW: Würmtal - nächste Schritte",
        ("confirmation", WV, WV_R, 12, "agency", "de"),
        text="""Hallo Frau Brandstätter,

danke für Ihre ehrliche Nachricht und herzlichen Glückwunsch zur neuen Position! Ich habe Würmtal informiert, dass Sie Ihre Bewerbung zurückziehen. Herr Baumgartner lässt Ihnen alles Gute ausrichten.

Wenn sich irgendwann wieder etwas ändert, melden Sie sich gern.

Viele Grüße
Sandra Kollmann
""",
        st="withdrawn",
    ),
    # 13 Donau Leben (SuccessFactors): confirmation, interview, cancellation, on hold
    m(
        "25044",
        "2025-04-11 12:30",
        "Donau Leben Karriere <noreply@successfactors.eu>",
        "Bewerbungseingang - Requisition 8841",
        ("confirmation", DL, DL_R, 13, "other", "de"),
        text="""Sehr geehrte Frau Brandstätter,

vielen Dank für Ihre Bewerbung als IT-Projektmanager:in Versicherungsplattform (Job-ID 8841) bei der DONAU LEBEN.

Wir prüfen Ihre Unterlagen und melden uns in Kürze.

Mit freundlichen Grüßen
Talent Acquisition
Donau Leben Versicherung AG | Teil der Donau Versicherungsgruppe
""",
    ),
    m(
        "25045",
        "2025-04-28 15:16",
        "Petra Ambros <p.ambros@donauleben.at>",
        "Einladung: Interview IT-Projektmanager:in (Brandstätter)",
        ("interview", DL, DL_R, 13, "direct", "de"),
        text="""Sehr geehrte Frau Brandstätter,

anbei die Einladung für unser Gespräch am 7. Mai um 11:00 Uhr in der Zentrale am Donaukanal (Obere Donaustraße 99, 1020 Wien).

Freundliche Grüße
Petra Ambros
HR Business Partner IT
""",
        ics={
            "style": "outlook",
            "organizer": ("Ambros Petra", "p.ambros@donauleben.at"),
            "uid": "040000008200E00074C5B7101A82E00800000000DL25045",
            "start": "2025-05-07 11:00:00 +0200",
            "minutes": 60,
            "summary": "Interview IT-Projektmanager:in - Brandstätter",
            "location": "Zentrale, Besprechungsraum Marchfeld, 5. OG",
        },
    ),
    m(
        "25046",
        "2025-05-05 08:41",
        "Petra Ambros <p.ambros@donauleben.at>",
        "Abgesagt: Interview IT-Projektmanager:in (Brandstätter)",
        ("interview", DL, DL_R, 13, "direct", "de"),
        text="""Sehr geehrte Frau Brandstätter,

leider muss ich unseren Termin am Mittwoch kurzfristig absagen, da der Fachbereichsleiter erkrankt ist. Ich melde mich so bald wie möglich mit einem neuen Terminvorschlag.

Bitte entschuldigen Sie die Unannehmlichkeiten.
Petra Ambros
""",
        ics={
            "style": "outlook",
            "method": "CANCEL",
            "organizer": ("Ambros Petra", "p.ambros@donauleben.at"),
            "uid": "040000008200E00074C5B7101A82E00800000000DL25045",
            "start": "2025-05-07 11:00:00 +0200",
            "minutes": 60,
            "summary": "Abgesagt: Interview IT-Projektmanager:in - Brandstätter",
        },
    ),
    m(
        "25047",
        "2025-05-27 10:09",
        "Petra Ambros <p.ambros@donauleben.at>",
        "Ihre Bewerbung - Zwischenstand",
        ("confirmation", DL, DL_R, 13, "direct", "de"),
        text="""Sehr geehrte Frau Brandstätter,

ich möchte Sie über den aktuellen Stand informieren: Aufgrund einer Umstrukturierung in der Konzern-IT wurde die Besetzung der Stelle vorerst ausgesetzt. Wir können derzeit leider nicht abschätzen, wann das Verfahren fortgesetzt wird.

Ihre Bewerbung bleibt selbstverständlich im Verfahren, und ich melde mich, sobald es Neuigkeiten gibt.

Freundliche Grüße
Petra Ambros
""",
        st="on_hold",
    ),
    # 14 XING -> Datenwerk Steyr GmbH: confirmation, viewed, rejection
    m(
        "25048",
        "2025-03-25 18:10",
        "XING <jobs@xing.com>",
        "Ihre Bewerbung an Datenwerk Steyr GmbH wurde versendet",
        ("confirmation", "Datenwerk Steyr GmbH", "Senior IT-Projektmanager:in", 14, "other", "de"),
        text="""Hallo Katharina,

Sie haben sich erfolgreich mit Ihrem XING-Profil als Senior IT-Projektmanager:in beworben.

Wir informieren Sie, sobald sich etwas tut.

Ihr XING-Team
""",
        tz=CET,
    ),
    m(
        "25049",
        "2025-04-02 07:30",
        "XING <jobs@xing.com>",
        "Neuigkeiten zu Ihrer Bewerbung",
        ("viewed", "Datenwerk Steyr GmbH", "Senior IT-Projektmanager:in", 14, "other", "de"),
        text="""Hallo Katharina,

gute Neuigkeiten: Ihre Bewerbung als Senior IT-Projektmanager:in wurde von Datenwerk Steyr GmbH angesehen.

Tipp: Mit einem vollständigen Profil erhöhen Sie Ihre Chancen.

Ihr XING-Team
""",
    ),
    m(
        "25050",
        "2025-04-18 13:22",
        "Jobs Datenwerk <jobs@dwst.at>",
        "Senior IT-Projektmanager:in",
        ("rejection", "Datenwerk Steyr GmbH", "Senior IT-Projektmanager:in", 14, "direct", "de"),
        text="""Liebe Frau Brandstätter,

danke, dass Sie sich für uns interessieren. Wir haben die Stelle inzwischen intern besetzen können und können Ihre Bewerbung daher leider nicht weiter berücksichtigen.

Alles Gute
Team Datenwerk
""",
    ),
    # 15 Indeed -> Klinikverbund Mostviertel: ghosted
    m(
        "25051",
        "2025-06-02 22:48",
        "Indeed <indeedapply@indeed.com>",
        "Bewerbung gesendet: IT-Projektleitung KIS (w/m/d)",
        (
            "confirmation",
            "Klinikverbund Mostviertel GmbH",
            "IT-Projektleitung KIS (w/m/d)",
            15,
            "indeed",
            "de",
        ),
        html="""<html><body>
<p><b>Ihre Bewerbung wurde an Klinikverbund Mostviertel GmbH gesendet.</b></p>
<p>IT-Projektleitung KIS (w/m/d)<br>Amstetten, Niederösterreich</p>
<p>Wir empfehlen Ihnen, regelmäßig Ihre E-Mails zu überprüfen. Arbeitgeber kontaktieren Bewerber:innen oft per E-Mail.</p>
<p><a href="https://at.indeed.com/myjobs">Meine Jobs ansehen</a></p>
<p style="font-size:11px;color:#767676">&copy; 2025 Indeed</p>
</body></html>""",
    ),
    # 16 forwarded confirmation (from my work mailbox): SVRZ via Workday
    m(
        "25052",
        "2025-06-10 18:02",
        "Brandstätter Katharina <katharina.brandstaetter@verbundit.example>",
        "WG: Thank you for your application / Danke für Ihre Bewerbung",
        (
            "confirmation",
            "Sozialversicherungs-Rechenzentrum Ost",
            "Programm-Manager:in Digitalisierung",
            16,
            "workday",
            "de",
        ),
        text="""zur Ablage privat

-----Ursprüngliche Nachricht-----
Von: SVRZ Ost <svrz@myworkday.com>
Gesendet: Dienstag, 10. Juni 2025 17:48
An: Brandstätter Katharina
Betreff: Thank you for your application / Danke für Ihre Bewerbung

Sehr geehrte Frau Brandstätter,

danke für Ihre Bewerbung als Programm-Manager:in Digitalisierung (R-2025-117) beim Sozialversicherungs-Rechenzentrum Ost (SVRZ). Wir prüfen Ihre Bewerbung und melden uns.

Ihr SVRZ Recruiting
""",
    ),
]

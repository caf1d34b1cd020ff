"""Job mail of the seventeenth corpus: German employers, ATSs, boards and agencies (tuning corpus)."""
# ruff: noqa: E501 -- hand-written mail keeps the line lengths its senders would use

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

VA = "Vellmar Antriebstechnik"
TKE = "Teamleiter Konstruktion E-Achse (m/w/d)"
HFS = "Haberland Fahrzeugsysteme"
PLF = "Projektleiter Entwicklung Fahrwerk (m/w/d)"
BK = "Brückner Karosserietechnik"
KC = "Konstrukteur CATIA V5 (m/w/d)"
OP = "Ostertag Prüftechnik"
VT = "Velotrak"
HME = "Head of Mechanical Engineering"
SW = "Schönfeld Werkzeugbau"
KT = "Kreidler Thermosysteme"
GS = "Gruppenleiter Simulation & Berechnung (m/w/d)"
EL = "Elmendorf Automotive"
TKI = "Teamleiter Konstruktion Interieur (m/w/d)"
PPE = "Projektleiter Plattformentwicklung (m/w/d)"
FS = "Fenske Sondermaschinenbau"
KL = "Konstruktionsleiter (m/w/d)"

MAIL: list[dict[str, Any]] = [
    # 1 Vellmar Antriebstechnik, SuccessFactors: confirmation, Teams interview, rejection
    m(
        "17001",
        "2025-04-03 09:12",
        "Vellmar Antriebstechnik Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung bei Vellmar Antriebstechnik",
        ("confirmation", VA, TKE, 1, "other", "de"),
        html="""<html><body style="font-family:Arial;font-size:13px">
<p>Sehr geehrter Herr Brenner,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Teamleiter Konstruktion E-Achse (m/w/d)</b>
(Stellen-ID 48213) und Ihr Interesse an der Vellmar Antriebstechnik GmbH.</p>
<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese sorgfältig und melden uns
schnellstmöglich bei Ihnen. Bitte haben Sie Verständnis, dass dies einige Wochen dauern kann.</p>
<p>Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem
<a href="https://career5.successfactors.eu/career?company=vellmarP&amp;career_ns=job_application">Kandidatenprofil</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Vellmar Antriebstechnik GmbH | Heilbronner Str. 140 | 74321 Bietigheim-Bissingen</p>
<p style="font-size:10px;color:#777">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</p>
</body></html>""",
    ),
    m(
        "17002",
        "2025-04-16 14:37",
        "Sabine Fritsch <sabine.fritsch@vellmar-antriebe.de>",
        "Einladung: Kennenlernen Teamleitung Konstruktion E-Achse",
        ("interview", VA, TKE, 1, "direct", "de"),
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns gut gefallen und wir würden Sie gerne in einem
ersten Gespräch per Microsoft Teams kennenlernen. Teilnehmen werden Herr Dr. Kaltwasser
(Leitung Entwicklung E-Antrieb) und ich.

Die Einladung für Mittwoch, den 23.04., 10:00-11:00 Uhr, erhalten Sie mit dieser Mail. Sollte
der Termin nicht passen, geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen

Sabine Fritsch
HR Business Partner Engineering
Vellmar Antriebstechnik GmbH
Tel. +49 7142 5580-214
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E0080000000070A1F3C2",
            "style": "outlook",
            "start": "2025-04-23 10:00:00 +0200",
            "organizer": ("Sabine Fritsch", "sabine.fritsch@vellmar-antriebe.de"),
            "attendees": [("Dr. Matthias Kaltwasser", "matthias.kaltwasser@vellmar-antriebe.de")],
            "summary": "Kennenlernen Jonas Brenner - TL Konstruktion E-Achse",
            "location": "Microsoft Teams-Besprechung",
            "description": "Microsoft Teams-Besprechung\nAuf Ihrem Computer oder mobilen App "
            "teilnehmen\nHier klicken, um an der Besprechung teilzunehmen",
        },
    ),
    m(
        "17003",
        "2025-04-16 15:02",
        "Sabine Fritsch <sabine.fritsch@vellmar-antriebe.de>",
        "AW: Einladung: Kennenlernen Teamleitung Konstruktion E-Achse",
        ("interview", VA, TKE, 1, "direct", "de"),
        text="""Hallo Herr Brenner,

prima, dann bis Mittwoch. Falls Sie Arbeitszeugnisse griffbereit haben, schicken Sie sie gern
vorab mit.

Viele Grüße
Sabine Fritsch

-----Ursprüngliche Nachricht-----
Von: Jonas Brenner <jonas.brenner84@gmx.de>
Gesendet: Mittwoch, 16. April 2025 14:55
Betreff: AW: Einladung: Kennenlernen Teamleitung Konstruktion E-Achse

Sehr geehrte Frau Fritsch, der Termin passt mir sehr gut. Viele Grüße, Jonas Brenner
""",
        headers=reply("17002", "sabine.fritsch@vellmar-antriebe.de"),
    ),
    m(
        "17004",
        "2025-05-08 11:20",
        "Vellmar Antriebstechnik Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung: Stellen-ID 48213",
        ("rejection", VA, TKE, 1, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

nochmals herzlichen Dank für das angenehme und offene Gespräch mit Frau Fritsch und
Herrn Dr. Kaltwasser sowie für Ihr Interesse an einer Tätigkeit bei der Vellmar Antriebstechnik.

Ihre langjährige Erfahrung in der Konstruktion von Antriebskomponenten hat uns beeindruckt, und
die Entscheidung ist uns nicht leichtgefallen. Nach sorgfältiger Abwägung aller Profile haben wir
uns jedoch für eine Kandidatin entschieden, deren Erfahrung im Bereich Hochvolt-Integration noch
etwas besser zu den aktuellen Anforderungen passt.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihre
berufliche und private Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Vellmar Antriebstechnik GmbH
""",
    ),
    # 2 Haberland Fahrzeugsysteme (HFS Group), softgarden: the offer that is accepted
    m(
        "17005",
        "2025-04-07 18:44",
        "HFS Group Recruiting <noreply@softgarden.io>",
        "Eingangsbestätigung: Projektleiter Entwicklung Fahrwerk (m/w/d)",
        ("confirmation", HFS, PLF, 2, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

herzlichen Dank für Ihre Bewerbung als Projektleiter Entwicklung Fahrwerk (m/w/d) am Standort
Esslingen. Wir freuen uns über Ihr Interesse an der HFS Group.

Ihre Unterlagen werden nun von unserem Recruiting und der Fachabteilung gesichtet. Sie erhalten
in Kürze eine Rückmeldung von uns.

Ihre Bewerbung können Sie hier einsehen:
https://hfs-group.softgarden.io/de/application/status/7d2c91a0

Freundliche Grüße
Ihr HFS Recruiting-Team

Haberland Fahrzeugsysteme GmbH - ein Unternehmen der HFS Group
Sitz: Esslingen am Neckar, Amtsgericht Stuttgart HRB 731144
""",
    ),
    m(
        "17006",
        "2025-04-14 08:51",
        "Markus Ebner <m.ebner@hfs-group.de>",
        "Ihre Bewerbung - kurze Rückfrage",
        ("viewed", HFS, PLF, 2, "direct", "de"),
        text="""Guten Morgen Herr Brenner,

vielen Dank für Ihre aussagekräftigen Unterlagen. Bevor wir den nächsten Schritt planen, hätte
ich zwei kurze Fragen:

1. Welche Gehaltsvorstellung (Jahresbrutto) haben Sie?
2. Welche Kündigungsfrist haben Sie aktuell bzw. ab wann könnten Sie frühestens starten?

Eine kurze Antwort per Mail genügt.

Beste Grüße
Markus Ebner
Senior Recruiter | HFS Group
Haberland Fahrzeugsysteme GmbH
Fritz-Müller-Str. 22, 73730 Esslingen
""",
    ),
    m(
        "17007",
        "2025-04-15 09:30",
        "Markus Ebner <m.ebner@hfs-group.de>",
        "AW: Ihre Bewerbung - kurze Rückfrage",
        ("viewed", HFS, PLF, 2, "direct", "de"),
        text="""Danke Ihnen, Herr Brenner, das liegt im Rahmen. Ich spreche mit der Fachabteilung und melde mich.

Beste Grüße
Markus Ebner

> Gehaltsvorstellung 92.000 EUR, Kündigungsfrist 3 Monate zum Quartalsende.
""",
        headers=reply("17006", "m.ebner@hfs-group.de"),
    ),
    m(
        "17008",
        "2025-06-24 16:05",
        "Markus Ebner <m.ebner@hfs-group.de>",
        "Einladung zum Vorstellungsgespräch am 08.07.",
        ("interview", HFS, PLF, 2, "direct", "de"),
        text="""Sehr geehrter Herr Brenner,

wie telefonisch besprochen laden wir Sie herzlich zu einem persönlichen Gespräch an unserem
Standort in Esslingen ein:

Dienstag, 08.07.2025, 13:30 Uhr
Fritz-Müller-Str. 22, Gebäude C, Empfang
Gesprächspartner: Herr Thomas Haberland (Bereichsleiter Fahrwerk), Frau Ilse Wendel (HR)

Planen Sie bitte ca. zwei Stunden ein, inklusive eines kurzen Rundgangs durch den Versuch.
Parkplätze finden Sie auf dem Besucherparkplatz P2. Ihre Reisekosten erstatten wir gerne.

Beste Grüße
Markus Ebner
Senior Recruiter | HFS Group
""",
    ),
    m(
        "17009",
        "2025-08-19 17:12",
        "Ilse Wendel <i.wendel@hfs-group.de>",
        "Unser Vertragsangebot",
        ("offer", HFS, PLF, 2, "direct", "de"),
        text="""Sehr geehrter Herr Brenner,

nach den beiden sehr guten Gesprächen freuen wir uns, Ihnen die Position als Projektleiter
Entwicklung Fahrwerk anbieten zu können. Anbei erhalten Sie unseren Arbeitsvertrag in
zweifacher Ausfertigung.

Die wichtigsten Eckdaten:
- Jahresbruttogehalt 94.500 EUR (13 Gehälter) zzgl. Zielbonus
- Eintritt zum 01.01.2026
- 30 Tage Urlaub, mobiles Arbeiten bis 2 Tage pro Woche
- Dienstwagen nach Car Policy der HFS Group

Wir würden uns freuen, wenn Sie uns bis zum 29.08. ein unterschriebenes Exemplar zurücksenden.
Bei Fragen stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen
Ilse Wendel
HR Managerin
Haberland Fahrzeugsysteme GmbH
""",
        attach=[("Arbeitsvertrag_Brenner.pdf", "application/pdf", "%PDF-1.4 placeholder")],
    ),
    m(
        "17010",
        "2025-08-27 10:03",
        "Ilse Wendel <i.wendel@hfs-group.de>",
        "AW: Unterschriebener Vertrag",
        ("offer", HFS, PLF, 2, "direct", "de"),
        text="""Lieber Herr Brenner,

Ihr unterschriebener Vertrag ist heute bei uns eingegangen - herzlich willkommen an Bord!
Wir freuen uns sehr auf die Zusammenarbeit ab Januar. Im Herbst melde ich mich wegen der
Onboarding-Unterlagen bei Ihnen.

Herzliche Grüße
Ilse Wendel

Am 26.08.2025 um 21:14 schrieb Jonas Brenner <jonas.brenner84@gmx.de>:
> Sehr geehrte Frau Wendel, anbei der unterschriebene Vertrag. Viele Grüße, Jonas Brenner
""",
        st="accepted",
        headers=reply("17009", "i.wendel@hfs-group.de"),
    ),
    m(
        "17011",
        "2025-10-14 09:40",
        "HFS Onboarding <onboarding@hfs-group.de>",
        "Willkommen bei der HFS Group - Ihre Onboarding-Unterlagen",
        ("other_job", HFS, PLF, None, "direct", "de"),
        text="""Hallo Herr Brenner,

in gut zehn Wochen geht es los! Damit an Ihrem ersten Arbeitstag alles bereit ist, bitten wir Sie,
folgende Unterlagen bis zum 30.11. über unser Onboarding-Portal hochzuladen:

- Personalfragebogen
- Steuer-ID und Sozialversicherungsnummer
- Nachweis Krankenversicherung
- Bankverbindung

Ihr Laptop und Ihr Zugangsausweis liegen am 02.01.2026 ab 8:00 Uhr am Empfang Gebäude A für Sie bereit.
Ihr Pate für die ersten Wochen ist Herr Kai Nübling.

Viele Grüße
Ihr Onboarding-Team der HFS Group
""",
    ),
    # 3 Trion Personal (Arbeitnehmerüberlassung) for Brückner Karosserietechnik: withdrawn
    m(
        "17012",
        "2025-04-09 12:16",
        "Daniela Kraus | Trion Personal <d.kraus@trion-personal.de>",
        "Ihre Bewerbung über unsere Website - Konstrukteur CATIA V5",
        ("confirmation", BK, KC, 3, "agency", "de"),
        text="""Hallo Herr Brenner,

vielen Dank für Ihre Bewerbung über unsere Website auf die Position Konstrukteur CATIA V5 (m/w/d)
im Raum Sindelfingen.

Kurz zum Hintergrund: Die Stelle ist im Rahmen der Arbeitnehmerüberlassung mit Option auf
Übernahme ausgeschrieben. Sie wären bei uns angestellt (Tarif GVP/DGB, EG 8 plus
Branchenzuschlag) und im Einsatz bei unserem Kunden, der Brückner Karosserietechnik GmbH.

Hätten Sie morgen oder übermorgen Zeit für ein kurzes Telefonat? Dann besprechen wir alles Weitere.

Freundliche Grüße
Daniela Kraus
Personaldisponentin
Trion Personal GmbH - Niederlassung Böblingen
Tel. 07031 41977-12
Erlaubnis zur Arbeitnehmerüberlassung gemäß § 1 AÜG
""",
    ),
    m(
        "17013",
        "2025-04-14 10:02",
        "Daniela Kraus | Trion Personal <d.kraus@trion-personal.de>",
        "Vorstellungstermin beim Kunden",
        ("interview", BK, KC, 3, "agency", "de"),
        text="""Hallo Herr Brenner,

wie besprochen habe ich Ihr Profil anonymisiert beim Kunden vorgestellt und er möchte Sie gerne
kennenlernen. Termin: Freitag, 18.04., 9:00 Uhr vor Ort in Sindelfingen, Werk 2, Pforte Ost.
Ich begleite Sie zu dem Gespräch.

Bitte bringen Sie Ihren Personalausweis mit (Werksausweis für Besucher).

Freundliche Grüße
Daniela Kraus
Trion Personal GmbH
""",
    ),
    m(
        "17014",
        "2025-04-17 08:11",
        "Daniela Kraus | Trion Personal <d.kraus@trion-personal.de>",
        "AW: Vorstellungstermin beim Kunden",
        ("confirmation", BK, KC, 3, "agency", "de"),
        text="""Hallo Herr Brenner,

schade, aber ich verstehe Ihre Entscheidung natürlich - eine Überlassung ist nicht für jeden das
Richtige. Ich habe den Termin für morgen beim Kunden abgesagt und Ihre Bewerbung für diese
Position zurückgezogen. Ihr Profil bleibt, wenn Sie einverstanden sind, in unserem Pool.

Alles Gute und freundliche Grüße
Daniela Kraus

-----Ursprüngliche Nachricht-----
Von: Jonas Brenner
Betreff: AW: Vorstellungstermin beim Kunden
Hallo Frau Kraus, ich habe es mir noch einmal überlegt und möchte den Termin doch absagen. ...
""",
        st="withdrawn",
        headers=reply("17013", "d.kraus@trion-personal.de"),
    ),
    # 4 Ostertag Prüftechnik via StepStone: confirmation, then nothing (ghosted)
    m(
        "17015",
        "2025-04-11 20:31",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        ("confirmation", OP, "Entwicklungsingenieur Prüfstandstechnik (m/w/d)", 4, "other", "de"),
        html="""<html><body style="font-family:Helvetica,Arial">
<table width="600"><tr><td><img src="https://www.stepstone.de/images/logo.png" alt="StepStone"></td></tr>
<tr><td><h2>Gut gemacht, Jonas!</h2>
<p>Ihre Bewerbung für die Stelle</p>
<p style="font-size:16px"><b>Entwicklungsingenieur Prüfstandstechnik (m/w/d)</b><br>
Ostertag Prüftechnik GmbH &middot; Leonberg</p>
<p>wurde erfolgreich versendet. Der Arbeitgeber meldet sich direkt bei Ihnen.</p>
<p><a href="https://www.stepstone.de/candidate/applications">Meine Bewerbungen ansehen</a></p>
<p>Tipp: Mit einem vollständigen Profil werden Sie von bis zu 3x mehr Recruitern gefunden.</p>
</td></tr><tr><td style="font-size:11px;color:#888">StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf</td></tr></table>
</body></html>""",
    ),
    # 5 Velotrak (start-up), Personio, founder from webmail; on hold
    m(
        "17016",
        "2025-04-22 13:09",
        "Velotrak GmbH <no-reply@personio.de>",
        "Deine Bewerbung bei Velotrak",
        ("confirmation", VT, HME, 5, "personio", "de"),
        text="""Hi Jonas,

danke für deine Bewerbung als Head of Mechanical Engineering bei Velotrak! Wir schauen uns deine
Unterlagen in den nächsten Tagen an und melden uns.

Bis bald
Dein Velotrak-Team

Velotrak GmbH · Kesselstr. 9 · 70327 Stuttgart
""",
    ),
    m(
        "17017",
        "2025-04-25 22:47",
        "Leonie Steck <leonie.steck@gmail.com>",
        "Kurzer Call nächste Woche?",
        ("interview", VT, HME, 5, "direct", "de"),
        text="""Hi Jonas,

ich bin Leonie, Mitgründerin von Velotrak (wir bauen Mittelmotoren für Lasten-E-Bikes). Dein
Lebenslauf liegt seit Dienstag bei uns auf dem Tisch und ich fand ihn richtig spannend -
gerade die Serienerfahrung fehlt uns im Team noch.

Hast du nächste Woche Lust auf einen lockeren Call, 30-45 min? Dienstag 15 Uhr oder Donnerstag
früh würden bei mir gehen.

LG Leonie

--
Leonie Steck
Co-Founder & CEO, Velotrak GmbH
www.velotrak.bike
""",
    ),
    m(
        "17018",
        "2025-04-26 09:15",
        "Leonie Steck <leonie.steck@gmail.com>",
        "Re: Kurzer Call nächste Woche?",
        ("interview", VT, HME, 5, "direct", "de"),
        text="""Super, Dienstag 15 Uhr passt. Ich schick dir den Meet-Link am Montag.

LG Leonie

Am Sa., 26. Apr. 2025 um 08:58 Uhr schrieb Jonas Brenner <jonas.brenner84@gmx.de>:
> Hi Leonie, gerne! Dienstag 15 Uhr wäre ideal. Grüße, Jonas
""",
        headers=reply("17017", "leonie.steck@gmail.com"),
    ),
    m(
        "17019",
        "2025-05-30 19:22",
        "Leonie Steck <leonie@velotrak.bike>",
        "Update von uns",
        ("confirmation", VT, HME, 5, "direct", "de"),
        text="""Hi Jonas,

ich wollte mich ehrlich bei dir melden, bevor du gar nichts mehr von uns hörst: Unsere
Series-A-Runde verschiebt sich mindestens bis in den Herbst, und bis dahin können wir keine
neuen Leads einstellen. Wir legen die Rolle deshalb erst mal auf Eis.

Ich fand unsere Gespräche wirklich gut und würde mich gern im Herbst wieder melden, wenn das für
dich okay ist.

Danke für deine Geduld und liebe Grüße
Leonie
""",
        st="on_hold",
    ),
    # 6 Schönfeld Werkzeugbau, rexx: confirmation, long polite rejection
    m(
        "17020",
        "2025-05-02 07:58",
        "Schönfeld Werkzeugbau Bewerbermanagement <bewerbung@rexx-recruitment.com>",
        "Eingangsbestätigung Ihrer Bewerbung",
        ("confirmation", SW, "Leiter Konstruktion (m/w/d)", 6, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

wir bestätigen den Eingang Ihrer Bewerbungsunterlagen für die Position

Leiter Konstruktion (m/w/d) - Kennziffer SW-2025-017

und bedanken uns für das Vertrauen, das Sie unserem Unternehmen entgegenbringen.

Wir werden Ihre Unterlagen sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden.

Mit freundlichen Grüßen

Schönfeld Werkzeugbau GmbH & Co. KG
Personalabteilung
Gewerbestraße 14-18, 72555 Metzingen
""",
    ),
    m(
        "17021",
        "2025-05-27 15:44",
        "Schönfeld Werkzeugbau Bewerbermanagement <bewerbung@rexx-recruitment.com>",
        "Ihre Bewerbung vom 02.05.2025",
        ("rejection", SW, "Leiter Konstruktion (m/w/d)", 6, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

nochmals vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an einer Mitarbeit in
unserem Hause. Wir haben uns Ihre Unterlagen mit großem Interesse angesehen.

Die Vielzahl qualifizierter Bewerbungen hat uns die Auswahl nicht leicht gemacht. Nach
eingehender Prüfung müssen wir Ihnen jedoch mitteilen, dass wir uns für einen anderen
Bewerber entschieden haben, dessen Profil noch besser den Anforderungen der Position entspricht.

Bitte verstehen Sie diese Entscheidung nicht als Abwertung Ihrer Qualifikation. Ihre Unterlagen
werden gemäß den geltenden Datenschutzbestimmungen nach sechs Monaten gelöscht.

Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Schönfeld Werkzeugbau GmbH & Co. KG
Personalabteilung
""",
    ),
    # 7 Kreidler Thermosysteme, d.vinci: confirmation, Zwischenbescheid, interview, reschedule, rejection
    m(
        "17022",
        "2025-05-05 10:10",
        "Kreidler Thermosysteme AG <noreply@dvinci-easy.com>",
        "Bestätigung Ihrer Bewerbung - Gruppenleiter Simulation & Berechnung (m/w/d)",
        ("confirmation", KT, GS, 7, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihre Online-Bewerbung. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Über den weiteren Verlauf informieren wir Sie so bald wie möglich. Ihren aktuellen
Bewerbungsstatus sowie Ihre Daten können Sie jederzeit in Ihrem Bewerberkonto einsehen:
https://kreidler-thermo.dvinci-hr.com/de/p/bewerberportal

Mit freundlichen Grüßen
Kreidler Thermosysteme AG
Personalmanagement
""",
    ),
    m(
        "17023",
        "2025-05-26 12:00",
        "Kreidler Thermosysteme AG <noreply@dvinci-easy.com>",
        "Zwischenbescheid zu Ihrer Bewerbung",
        ("viewed", KT, GS, 7, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

sicher warten Sie bereits auf eine Nachricht von uns. Aufgrund der hohen Anzahl an Bewerbungen
und der laufenden Abstimmungen mit der Fachabteilung benötigen wir leider noch etwas Zeit.

Ihre Bewerbung ist weiterhin im Auswahlprozess. Wir bitten Sie um etwas Geduld und melden uns
spätestens Mitte Juni bei Ihnen.

Mit freundlichen Grüßen
Kreidler Thermosysteme AG
Personalmanagement
""",
    ),
    m(
        "17024",
        "2025-06-05 09:31",
        "Petra Salomon <petra.salomon@kreidler-thermo.com>",
        "Einladung: Interview Gruppenleitung Simulation",
        ("interview", KT, GS, 7, "direct", "de"),
        text="""Sehr geehrter Herr Brenner,

wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Interview per Microsoft Teams ein.
Die Einladung finden Sie im Anhang. Gesprächspartner ist neben mir Herr Oliver Dent, Leiter CAE.

Mit freundlichen Grüßen
Petra Salomon
Recruiting | Kreidler Thermosysteme AG
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000B0C1D2E3",
            "style": "outlook",
            "start": "2025-06-12 14:00:00 +0200",
            "organizer": ("Petra Salomon", "petra.salomon@kreidler-thermo.com"),
            "attendees": [("Oliver Dent", "oliver.dent@kreidler-thermo.com")],
            "summary": "Interview Herr Brenner | GL Simulation & Berechnung",
            "location": "Microsoft Teams Meeting",
            "description": "Microsoft Teams Meeting\nJetzt an der Besprechung teilnehmen\n"
            "Besprechungs-ID: 381 552 907 614",
        },
    ),
    m(
        "17025",
        "2025-06-10 16:18",
        "Petra Salomon <petra.salomon@kreidler-thermo.com>",
        "Aktualisiert: Interview Herr Brenner | GL Simulation & Berechnung",
        ("interview", KT, GS, 7, "direct", "de"),
        text="""Sehr geehrter Herr Brenner,

leider ist Herr Dent am Donnerstag kurzfristig verhindert. Wir verschieben das Gespräch daher auf
Montag, 16.06., 11:00 Uhr. Die aktualisierte Einladung kommt mit dieser Mail. Ich hoffe, das
passt Ihnen - sonst finden wir gern einen anderen Termin.

Mit freundlichen Grüßen
Petra Salomon
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000B0C1D2E3",
            "style": "outlook",
            "sequence": 1,
            "start": "2025-06-16 11:00:00 +0200",
            "organizer": ("Petra Salomon", "petra.salomon@kreidler-thermo.com"),
            "attendees": [("Oliver Dent", "oliver.dent@kreidler-thermo.com")],
            "summary": "Interview Herr Brenner | GL Simulation & Berechnung",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "17026",
        "2025-07-01 10:47",
        "Petra Salomon <petra.salomon@kreidler-thermo.com>",
        "Rückmeldung zu unserem Gespräch",
        ("rejection", KT, GS, 7, "direct", "de"),
        text="""Sehr geehrter Herr Brenner,

vielen Dank, dass Sie sich die Zeit für das Gespräch mit Herrn Dent und mir genommen haben. Wir
haben den Austausch als sehr angenehm empfunden und Ihre strukturierte Art geschätzt.

Nach reiflicher Überlegung haben wir uns entschieden, die Position mit einem internen Kandidaten
zu besetzen. Diese Entscheidung richtet sich ausdrücklich nicht gegen Ihre Person oder Ihre
fachliche Qualifikation.

Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool behalten. Sollten
Sie damit nicht einverstanden sein, teilen Sie uns dies bitte mit.

Wir wünschen Ihnen weiterhin viel Erfolg.

Mit freundlichen Grüßen
Petra Salomon
Recruiting | Kreidler Thermosysteme AG
""",
    ),
    # 8 + 9 Elmendorf Automotive (Elmendorf Holding AG; HR shared services): two roles
    m(
        "17027",
        "2025-05-12 08:05",
        "Elmendorf Group Careers <careers@elmendorf-group.com>",
        "Vielen Dank für Ihre Bewerbung (Req. 31877)",
        ("confirmation", EL, TKI, 8, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung auf die Stelle Teamleiter Konstruktion Interieur (m/w/d),
Standort Weissach, Req. 31877.

Ihre Bewerbung wird von der Elmendorf HR Services GmbH im Auftrag der Elmendorf Automotive GmbH
bearbeitet. Wir melden uns, sobald die Fachabteilung Ihre Unterlagen geprüft hat.

Ihr Bewerberkonto: https://career2.successfactors.eu/career?company=elmendorfhP

Mit freundlichen Grüßen
Elmendorf HR Services GmbH
im Auftrag der Elmendorf-Gruppe

Elmendorf Holding AG · Vorstand: Dr. K. Elmendorf (Vors.), R. Tessin · Sitz Stuttgart
""",
    ),
    m(
        "17028",
        "2025-05-12 08:14",
        "Elmendorf Group Careers <careers@elmendorf-group.com>",
        "Vielen Dank für Ihre Bewerbung (Req. 31902)",
        ("confirmation", EL, PPE, 9, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung auf die Stelle Projektleiter Plattformentwicklung (m/w/d),
Standort Weissach, Req. 31902.

Ihre Bewerbung wird von der Elmendorf HR Services GmbH im Auftrag der Elmendorf Automotive GmbH
bearbeitet. Wir melden uns, sobald die Fachabteilung Ihre Unterlagen geprüft hat.

Ihr Bewerberkonto: https://career2.successfactors.eu/career?company=elmendorfhP

Mit freundlichen Grüßen
Elmendorf HR Services GmbH
im Auftrag der Elmendorf-Gruppe
""",
    ),
    m(
        "17029",
        "2025-05-21 14:22",
        "Elmendorf Group Careers <careers@elmendorf-group.com>",
        "Req. 31877 - Statusinformation",
        ("rejection", EL, TKI, 8, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

wir danken Ihnen für Ihr Interesse an der Position Teamleiter Konstruktion Interieur (m/w/d).

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
Bewerbung für diese Position nicht weiter berücksichtigen können. Ihre Bewerbung auf weitere
Stellen bei uns bleibt davon unberührt.

Mit freundlichen Grüßen
Elmendorf HR Services GmbH
im Auftrag der Elmendorf-Gruppe
""",
    ),
    m(
        "17030",
        "2025-05-28 11:40",
        "Julia Marx <julia.marx@elmendorf-group.com>",
        "Einladung Assessment-Center Projektleitung Plattform",
        ("assessment", EL, PPE, 9, "direct", "de"),
        text="""Sehr geehrter Herr Brenner,

wir freuen uns, Sie zu unserem eintägigen Assessment-Center für Projektleiterinnen und
Projektleiter einzuladen:

Datum: Donnerstag, 12. Juni 2025, 8:30 - ca. 16:30 Uhr
Ort: Elmendorf Entwicklungszentrum Weissach, Porschestr. 3 (Kantine Gebäude 5, 1. OG)

Der Tag umfasst eine Selbstpräsentation (10 Minuten), eine Gruppenübung, eine Fallstudie zur
Projektsteuerung sowie ein Interview mit dem Bereichsleiter. Bitte bestätigen Sie Ihre Teilnahme
bis zum 04.06.

Mit freundlichen Grüßen
Julia Marx
Talent Acquisition Engineering
Elmendorf HR Services GmbH - im Auftrag der Elmendorf Automotive GmbH
""",
    ),
    m(
        "17031",
        "2025-05-28 13:01",
        "Julia Marx <julia.marx@elmendorf-group.com>",
        "AW: Einladung Assessment-Center Projektleitung Plattform",
        ("assessment", EL, PPE, 9, "direct", "de"),
        text="""Danke für die Bestätigung, Herr Brenner. Die Unterlagen zur Anreise schicke ich Ihnen nächste Woche.

Gruß
Julia Marx
""",
        headers=reply("17030", "julia.marx@elmendorf-group.com"),
    ),
    m(
        "17032",
        "2025-06-20 09:09",
        "Julia Marx <julia.marx@elmendorf-group.com>",
        "Ihr Assessment-Center am 12.06.",
        ("rejection", EL, PPE, 9, "direct", "de"),
        text="""Sehr geehrter Herr Brenner,

herzlichen Dank für Ihre Teilnahme an unserem Assessment-Center. Sie haben in der Fallstudie mit
einer sehr klaren Priorisierung überzeugt, und auch das Feedback aus der Gruppenübung war positiv.

Im direkten Vergleich haben sich die Beobachter nach intensiver Diskussion jedoch für einen
anderen Teilnehmer entschieden, der bereits Erfahrung in der Plattformverantwortung mit
mehreren Derivaten mitbringt. Wir bedauern, Ihnen keine andere Nachricht überbringen zu können.

Wenn Sie möchten, gebe ich Ihnen gerne in einem kurzen Telefonat ein ausführliches Feedback.

Mit freundlichen Grüßen
Julia Marx
""",
    ),
    # 10 Fenske Sondermaschinenbau: email application, GF writes; Probearbeitstag, offer declined
    m(
        "17033",
        "2025-06-02 17:55",
        "Rainer Fenske <r.fenske@fenske-smb.de>",
        "AW: Bewerbung als Konstruktionsleiter",
        ("confirmation", FS, KL, 10, "direct", "de"),
        text="""Hallo Herr Brenner,

danke für Ihre Unterlagen, sind angekommen. Ich schaue sie mir am Wochenende in Ruhe an.

Gruß
R. Fenske

--
Fenske Sondermaschinenbau GmbH
Geschäftsführer: Rainer Fenske
Im Täle 7, 73614 Schorndorf
""",
    ),
    m(
        "17034",
        "2025-06-09 07:22",
        "Rainer Fenske <r.fenske@fenske-smb.de>",
        "Termin",
        ("interview", FS, KL, 10, "direct", "de"),
        text="""Guten Morgen Herr Brenner,

Ihr Lebenslauf passt gut zu dem, was wir suchen. Kommen Sie doch am Freitag um 14 Uhr bei uns in
Schorndorf vorbei, dann zeige ich Ihnen die Halle und wir trinken einen Kaffee. Unser
Produktionsleiter Herr Aydin ist auch dabei.

Gruß
R. Fenske
""",
    ),
    m(
        "17035",
        "2025-06-16 12:30",
        "Rainer Fenske <r.fenske@fenske-smb.de>",
        "Probearbeitstag",
        ("interview", FS, KL, 10, "direct", "de"),
        text="""Hallo Herr Brenner,

das Gespräch am Freitag hat uns gut gefallen. Als nächsten Schritt würden wir Sie gern zu einem
Probearbeitstag einladen, damit Sie das Konstruktionsteam (4 Leute, SolidWorks/PDM) und unsere
Projekte kennenlernen. Passt Ihnen Dienstag, der 24.06.? Beginn 8 Uhr.

Gruß
R. Fenske
""",
    ),
    m(
        "17036",
        "2025-06-26 18:03",
        "Rainer Fenske <r.fenske@fenske-smb.de>",
        "Angebot",
        ("offer", FS, KL, 10, "direct", "de"),
        text="""Hallo Herr Brenner,

nach dem Probetag war das Team sich einig: Wir möchten Sie gern als Konstruktionsleiter bei uns
haben. Ich kann Ihnen 88.000 EUR im Jahr bieten, dazu Firmenwagen und eine Beteiligung am
Jahresergebnis. Start nach Absprache.

Den Vertragsentwurf schicke ich Ihnen, sobald Sie grundsätzlich Ja sagen.

Gruß
Rainer Fenske
""",
    ),
    m(
        "17037",
        "2025-06-30 08:45",
        "Rainer Fenske <r.fenske@fenske-smb.de>",
        "AW: Angebot",
        ("confirmation", FS, KL, 10, "direct", "de"),
        text="""Hallo Herr Brenner,

schade, aber ehrlich gesagt habe ich es mir fast gedacht - wenn Sie lieber in der Serienentwicklung bleiben
möchten, kann ich das als 40-Mann-Betrieb schlecht ändern. Danke für Ihre offenen Worte. Wenn es Ihnen
dort irgendwann zu groß wird: Sie wissen, wo Sie uns finden.

Alles Gute
R. Fenske

> ... nach langem Überlegen habe ich mich entschieden, Ihr Angebot nicht anzunehmen ...
""",
        st="declined",
        headers=reply("17036", "r.fenske@fenske-smb.de"),
    ),
    # 11 Gerlach Automotive Components: after a Vermittlungsvorschlag, applied by e-mail
    m(
        "17038",
        "2025-04-29 10:26",
        "Gerlach Personal <personal@gerlach-ac.de>",
        "AW: Bewerbung Entwicklungsingenieur Bremssysteme - Ihr Zeichen 10341",
        (
            "confirmation",
            "Gerlach Automotive Components",
            "Entwicklungsingenieur Bremssysteme (m/w/d)",
            11,
            "direct",
            "de",
        ),
        text="""Sehr geehrter Herr Brenner,

hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 28.04.2025, die uns über den
Vermittlungsvorschlag der Agentur für Arbeit erreicht hat. Wir melden uns innerhalb der nächsten
drei Wochen bei Ihnen.

Mit freundlichen Grüßen
i. A. Renate Hölzle
Personalabteilung
Gerlach Automotive Components GmbH & Co. KG, Reutlingen
""",
    ),
    m(
        "17039",
        "2025-05-23 13:14",
        "Gerlach Personal <personal@gerlach-ac.de>",
        "Ihre Bewerbung",
        (
            "rejection",
            "Gerlach Automotive Components",
            "Entwicklungsingenieur Bremssysteme (m/w/d)",
            11,
            "direct",
            "de",
        ),
        text="""Sehr geehrter Herr Brenner,

für Ihre Bewerbung und das damit gezeigte Interesse an unserem Unternehmen danken wir Ihnen.

Leider müssen wir Ihnen mitteilen, dass wir Ihnen keine Stelle anbieten können. Wir bitten Sie um
Verständnis, dass wir aufgrund der Vielzahl der Bewerbungen keine detaillierten Gründe nennen.

Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden datenschutzkonform vernichtet.

Mit freundlichen Grüßen
i. A. Renate Hölzle
Personalabteilung
""",
    ),
    # 12 Maurer Hydraulik via Indeed: confirmation, viewed, then silence
    m(
        "17040",
        "2025-05-06 21:40",
        "Indeed <indeedapply@indeed.com>",
        "Bewerbung übermittelt: Konstrukteur Hydraulik (m/w/d)",
        ("confirmation", "Maurer Hydraulik", "Konstrukteur Hydraulik (m/w/d)", 12, "indeed", "de"),
        html="""<html><body style="font-family:Arial">
<p><b>Bewerbung übermittelt</b></p>
<p>Konstrukteur Hydraulik (m/w/d)<br>Maurer Hydraulik GmbH - Nürtingen</p>
<p>Die folgenden Elemente wurden an den Arbeitgeber gesendet: Lebenslauf, Anschreiben.</p>
<p>Tipp: Die meisten Arbeitgeber melden sich innerhalb von zwei Wochen.</p>
<p><a href="https://de.indeed.com/myjobs">Meine Jobs</a></p>
<p style="font-size:11px;color:#666">Indeed Ireland Operations Limited, Dublin 2</p>
</body></html>""",
    ),
    m(
        "17041",
        "2025-05-09 08:02",
        "Indeed <noreply@indeed.com>",
        "Ein Update zu Ihrer Bewerbung bei Maurer Hydraulik GmbH",
        ("viewed", "Maurer Hydraulik", "Konstrukteur Hydraulik (m/w/d)", 12, "indeed", "de"),
        html="""<html><body style="font-family:Arial">
<p>Gute Nachrichten, Jonas!</p>
<p>Der Arbeitgeber hat Ihre Bewerbung für <b>Konstrukteur Hydraulik (m/w/d)</b> angesehen.</p>
<p>Das heißt noch nicht, dass eine Entscheidung gefallen ist. Schauen Sie sich in der Zwischenzeit
ähnliche Jobs an.</p>
<p><a href="https://de.indeed.com/myjobs">Status ansehen</a></p>
</body></html>""",
    ),
    # 13 Tessmann Kältetechnik: the ATS mail names the employer only in the job URL
    m(
        "17042",
        "2025-05-14 11:33",
        "Recruiting <noreply@softgarden.io>",
        "Ihre Bewerbung als Entwicklungsingenieur Thermomanagement (m/w/d)",
        (
            "confirmation",
            "Tessmann Kältetechnik",
            "Entwicklungsingenieur Thermomanagement (m/w/d)",
            13,
            "other",
            "de",
        ),
        text="""Hallo Herr Brenner,

vielen Dank für Ihre Bewerbung als Entwicklungsingenieur Thermomanagement (m/w/d). Ihre Unterlagen
sind bei uns eingegangen und werden jetzt von unserem Team geprüft.

Zur Stellenanzeige: https://tessmann-kaeltetechnik.softgarden.io/job/55102837/Entwicklungsingenieur-Thermomanagement-m-w-d-

Viele Grüße
Ihr Recruiting-Team
""",
    ),
    m(
        "17043",
        "2025-06-11 16:59",
        "Recruiting <noreply@softgarden.io>",
        "Rückmeldung zu Ihrer Bewerbung",
        (
            "rejection",
            "Tessmann Kältetechnik",
            "Entwicklungsingenieur Thermomanagement (m/w/d)",
            13,
            "other",
            "de",
        ),
        text="""Hallo Herr Brenner,

vielen Dank für Ihre Geduld. Wir haben uns Ihr Profil genau angesehen und fanden Ihren
Werdegang in der Serienentwicklung sehr interessant.

Für diese Position haben wir uns dennoch für andere Bewerberinnen und Bewerber entschieden.
Das ist keine Bewertung Ihrer Person - manchmal passt es einfach im Detail nicht.

Wir wünschen Ihnen alles Gute auf Ihrem weiteren Weg.

Viele Grüße
Ihr Recruiting-Team
""",
    ),
    # 14 Dr. Sauter & Partner (executive search) for Bruckmayer: outreach, then named client
    m(
        "17044",
        "2025-05-15 07:48",
        "Dr. Anja Sauter <a.sauter@sauter-partner.de>",
        "Vertraulich: Leitung Entwicklung bei einem Familienunternehmen",
        ("outreach", None, "Leiter Entwicklung (m/w/d)", None, "agency", "de"),
        text="""Sehr geehrter Herr Brenner,

ich bin Personalberaterin mit Schwerpunkt Automotive und Maschinenbau und bin über Ihr XING-Profil
auf Sie aufmerksam geworden.

Im Auftrag eines erfolgreichen, inhabergeführten Automobilzulieferers in Ostwürttemberg (ca. 1.200
Mitarbeitende, Kunststoff-Metall-Hybridbauteile) suche ich eine/n Leiter/in Entwicklung mit
Verantwortung für rund 35 Mitarbeitende. Der Name meines Mandanten kann ich Ihnen in einem
ersten vertraulichen Gespräch nennen.

Hätten Sie Interesse an einem kurzen Telefonat in den nächsten Tagen?

Mit freundlichen Grüßen
Dr. Anja Sauter
Dr. Sauter & Partner Personalberatung
Königstraße 26 · 70173 Stuttgart
""",
    ),
    m(
        "17045",
        "2025-05-22 18:20",
        "Dr. Anja Sauter <a.sauter@sauter-partner.de>",
        "Ihre Kandidatur - Bruckmayer GmbH",
        ("confirmation", "Bruckmayer", "Leiter Entwicklung (m/w/d)", 14, "agency", "de"),
        text="""Sehr geehrter Herr Brenner,

vielen Dank für das offene Gespräch am Dienstag und Ihr Einverständnis. Wie besprochen handelt es
sich bei meinem Mandanten um die Bruckmayer GmbH in Aalen. Ich habe Ihre Unterlagen heute
zusammen mit meinem Interviewbericht an die Geschäftsführung weitergeleitet.

Ich melde mich, sobald ich eine Rückmeldung habe - erfahrungsgemäß innerhalb von zehn Tagen.

Mit freundlichen Grüßen
Dr. Anja Sauter
""",
    ),
    m(
        "17046",
        "2025-06-03 12:12",
        "Dr. Anja Sauter <a.sauter@sauter-partner.de>",
        "Bruckmayer: Gespräch mit der Geschäftsführung",
        ("interview", "Bruckmayer", "Leiter Entwicklung (m/w/d)", 14, "agency", "de"),
        text="""Sehr geehrter Herr Brenner,

gute Nachrichten: Herr Bruckmayer jun. und der technische Geschäftsführer, Herr Dr. Lenz, möchten
Sie gerne persönlich kennenlernen. Vorgeschlagen ist Mittwoch, 18.06., 10:00 Uhr in Aalen.
Ich werde ebenfalls anwesend sein.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Mit freundlichen Grüßen
Dr. Anja Sauter
""",
    ),
    m(
        "17047",
        "2025-06-03 20:41",
        "Dr. Anja Sauter <a.sauter@sauter-partner.de>",
        "Re: Bruckmayer: Gespräch mit der Geschäftsführung",
        ("interview", "Bruckmayer", "Leiter Entwicklung (m/w/d)", 14, "agency", "de"),
        text="""Danke, dann ist der 18.06. fix. Wegbeschreibung und Agenda folgen.

Beste Grüße
A. Sauter

Von meinem iPhone gesendet
""",
        headers=reply("17046", "a.sauter@sauter-partner.de"),
    ),
    m(
        "17048",
        "2025-07-04 15:35",
        "Dr. Anja Sauter <a.sauter@sauter-partner.de>",
        "Rückmeldung Bruckmayer",
        ("rejection", "Bruckmayer", "Leiter Entwicklung (m/w/d)", 14, "agency", "de"),
        text="""Sehr geehrter Herr Brenner,

ich habe heute mit Herrn Dr. Lenz gesprochen. Man war von Ihrer fachlichen Tiefe und Ihrer
ruhigen Art sehr angetan, und es war am Ende eine knappe Entscheidung. Mein Mandant hat sich
jedoch für eine Kandidatin entschieden, die bereits eine Entwicklungsabteilung dieser Größe
geführt hat.

Ich bedaure das, denn ich hätte Sie gerne dort gesehen. Gerne würde ich Sie bei passenden
Mandaten wieder ansprechen.

Mit freundlichen Grüßen
Dr. Anja Sauter
""",
    ),
    # 15 ProTalent (Direktvermittlung) for Wendt Electronic Systems, named at the interview
    m(
        "17049",
        "2025-06-04 09:05",
        "ProTalent Engineering <jobs@protalent-engineering.de>",
        "Bestätigung: Ihre Bewerbung Projektingenieur Validierung (Direktvermittlung)",
        (
            "confirmation",
            "Wendt Electronic Systems",
            "Projektingenieur Validierung (m/w/d)",
            15,
            "agency",
            "de",
        ),
        text="""Hallo Herr Brenner,

vielen Dank für Ihre Bewerbung auf unsere Anzeige "Projektingenieur Validierung (m/w/d) -
Direktvermittlung - Raum Ludwigsburg". Unser Kunde ist ein namhafter Automobilzulieferer im
Bereich Leistungselektronik.

Ihr persönlicher Ansprechpartner ist Herr Kevin Oberle. Er meldet sich in den nächsten Tagen
telefonisch bei Ihnen.

Beste Grüße
Ihr ProTalent-Team

ProTalent Engineering GmbH - Personalvermittlung für Technik
""",
    ),
    m(
        "17050",
        "2025-06-13 14:50",
        "Kevin Oberle <k.oberle@protalent-engineering.de>",
        "Interviewtermin mit unserem Kunden",
        (
            "interview",
            "Wendt Electronic Systems",
            "Projektingenieur Validierung (m/w/d)",
            15,
            "agency",
            "de",
        ),
        text="""Hallo Herr Brenner,

wie am Telefon angekündigt: Der Kunde, die Wendt Electronic Systems GmbH, würde Sie gern per
Teams kennenlernen. Die Einladung kommt direkt von Frau Gül aus der dortigen Personalabteilung.
Vorgeschlagen ist Donnerstag, 26.06., 16 Uhr.

Drücke Ihnen die Daumen!

Beste Grüße
Kevin Oberle
Senior Consultant Engineering
ProTalent Engineering GmbH
""",
    ),
    m(
        "17051",
        "2025-06-16 10:14",
        "Derya Gül <derya.guel@wendt-es.com>",
        "Interview Projektingenieur Validierung",
        (
            "interview",
            "Wendt Electronic Systems",
            "Projektingenieur Validierung (m/w/d)",
            15,
            "direct",
            "de",
        ),
        text="""Hallo Herr Brenner,

anbei die Einladung zu unserem Gespräch am 26.06.

Viele Grüße
Derya Gül
HR | Wendt Electronic Systems GmbH
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E008000000006A7B8C9D",
            "style": "outlook",
            "start": "2025-06-26 16:00:00 +0200",
            "minutes": 45,
            "organizer": ("Derya Gül", "derya.guel@wendt-es.com"),
            "attendees": [("Frank Rothacker", "frank.rothacker@wendt-es.com")],
            "summary": "Interview J. Brenner (ProTalent)",
            "location": "Microsoft Teams-Besprechung",
        },
    ),
    m(
        "17052",
        "2025-07-15 11:11",
        "Kevin Oberle <k.oberle@protalent-engineering.de>",
        "Feedback Wendt",
        (
            "rejection",
            "Wendt Electronic Systems",
            "Projektingenieur Validierung (m/w/d)",
            15,
            "agency",
            "de",
        ),
        text="""Hallo Herr Brenner,

endlich habe ich Feedback von Wendt: Man hat sich für einen Kandidaten mit mehr Erfahrung in der
EMV-Validierung entschieden. Fachlich und persönlich kamen Sie aber sehr gut an, das soll ich
ausdrücklich ausrichten.

Ich habe noch zwei weitere Mandate im Bereich Thermomanagement - darf ich Sie dazu anrufen?

Beste Grüße
Kevin Oberle
""",
    ),
    # 16 Kaltenbach Leichtbau, softgarden: confirmation, Zwischenbescheid, on hold
    m(
        "17053",
        "2025-06-06 08:31",
        "Kaltenbach Leichtbau <noreply@softgarden.io>",
        "Wir haben Ihre Bewerbung erhalten",
        (
            "confirmation",
            "Kaltenbach Leichtbau",
            "Teamleiter Berechnung Leichtbaustrukturen (m/w/d)",
            16,
            "other",
            "de",
        ),
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung als Teamleiter Berechnung Leichtbaustrukturen (m/w/d) bei der
Kaltenbach Leichtbau GmbH in Ulm. Wir prüfen Ihre Unterlagen und melden uns bei Ihnen.

Freundliche Grüße
Kaltenbach Leichtbau GmbH - Personal
""",
    ),
    m(
        "17054",
        "2025-07-02 10:00",
        "Kaltenbach Leichtbau <noreply@softgarden.io>",
        "Information zum Stand Ihrer Bewerbung",
        (
            "confirmation",
            "Kaltenbach Leichtbau",
            "Teamleiter Berechnung Leichtbaustrukturen (m/w/d)",
            16,
            "other",
            "de",
        ),
        text="""Sehr geehrter Herr Brenner,

wir möchten Sie über den aktuellen Stand Ihrer Bewerbung informieren. Aufgrund einer
organisatorischen Neuausrichtung unseres Entwicklungsbereichs wird die Besetzung der Position
vorerst zurückgestellt. Wann das Auswahlverfahren fortgesetzt wird, können wir derzeit noch
nicht sagen.

Ihre Unterlagen bleiben selbstverständlich im Verfahren. Sobald es Neuigkeiten gibt, kommen wir
unaufgefordert auf Sie zu.

Wir danken Ihnen für Ihr Verständnis.

Freundliche Grüße
Kaltenbach Leichtbau GmbH - Personal
""",
        st="on_hold",
    ),
    # 17 Weidacher Komponenten, BITE: confirmation, rejection
    m(
        "17055",
        "2025-06-19 19:47",
        "Weidacher Komponenten GmbH <bewerbermanagement@b-ite.net>",
        "Ihre Bewerbung: Entwicklungsingenieur Batteriegehäuse (m/w/d)",
        (
            "confirmation",
            "Weidacher Komponenten",
            "Entwicklungsingenieur Batteriegehäuse (m/w/d)",
            17,
            "other",
            "de",
        ),
        text="""Sehr geehrter Herr Brenner,

herzlichen Dank für Ihre Bewerbung und Ihr Interesse an der Weidacher Komponenten GmbH.
Ihre Unterlagen sind vollständig eingegangen. Wir prüfen diese und melden uns zeitnah.

Freundliche Grüße
Ihr Team Personal
Weidacher Komponenten GmbH · Friedrichshafen
""",
    ),
    m(
        "17056",
        "2025-07-08 09:13",
        "Weidacher Komponenten GmbH <bewerbermanagement@b-ite.net>",
        "Ihre Bewerbung bei uns",
        (
            "rejection",
            "Weidacher Komponenten",
            "Entwicklungsingenieur Batteriegehäuse (m/w/d)",
            17,
            "other",
            "de",
        ),
        text="""Sehr geehrter Herr Brenner,

wir bedanken uns nochmals für Ihre Bewerbung. Ihre Qualifikationen und Ihr beruflicher Werdegang
haben uns gut gefallen.

Dennoch haben wir uns nach eingehender Prüfung entschieden, Ihre Bewerbung nicht weiter zu
berücksichtigen. Für die ausgeschriebene Stelle suchen wir eine Person mit einem stärkeren
Schwerpunkt im Bereich Aluminium-Druckguss.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüße
Ihr Team Personal
""",
    ),
    # 18 Vellmar again: a re-application after the rejection, withdrawn after the accepted offer
    m(
        "17057",
        "2025-07-22 21:05",
        "Vellmar Antriebstechnik Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung bei Vellmar Antriebstechnik",
        ("confirmation", VA, TKE, 18, "other", "de"),
        html="""<html><body style="font-family:Arial;font-size:13px">
<p>Sehr geehrter Herr Brenner,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Teamleiter Konstruktion E-Achse (m/w/d)</b>
(Stellen-ID 51077) und Ihr Interesse an der Vellmar Antriebstechnik GmbH.</p>
<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese sorgfältig und melden uns
schnellstmöglich bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Vellmar Antriebstechnik GmbH</p>
</body></html>""",
    ),
    m(
        "17058",
        "2025-07-23 08:40",
        "Sabine Fritsch <sabine.fritsch@vellmar-antriebe.de>",
        "Schön, wieder von Ihnen zu hören",
        ("viewed", VA, TKE, 18, "direct", "de"),
        text="""Guten Morgen Herr Brenner,

ich habe gesehen, dass Sie sich erneut auf die Teamleitung E-Achse beworben haben - die Stelle ist
nach einer internen Umbesetzung tatsächlich wieder offen. Ich gebe Ihre Unterlagen heute direkt an
Herrn Dr. Kaltwasser weiter. Haben sich seit dem Frühjahr Gehaltsvorstellung oder
Verfügbarkeit geändert?

Viele Grüße
Sabine Fritsch
HR Business Partner Engineering
""",
    ),
    m(
        "17059",
        "2025-09-01 16:27",
        "Vellmar Antriebstechnik Karriere <noreply@successfactors.eu>",
        "Rückzug Ihrer Bewerbung (Stellen-ID 51077)",
        ("confirmation", VA, TKE, 18, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

hiermit bestätigen wir, dass Sie Ihre Bewerbung für die Position Teamleiter Konstruktion E-Achse
(m/w/d), Stellen-ID 51077, zurückgezogen haben. Ihre Daten werden gemäß unserer
Datenschutzerklärung gelöscht.

Wir bedanken uns für Ihr Interesse und wünschen Ihnen alles Gute.

Ihr Recruiting-Team
Vellmar Antriebstechnik GmbH
""",
        st="withdrawn",
    ),
    # 19 XING application to Rommelsbach E-Mobility: confirmation, rejection from the recruiter
    m(
        "17060",
        "2025-06-23 22:10",
        "XING <mail@xing.com>",
        "Ihre Bewerbung ist unterwegs",
        (
            "confirmation",
            "Rommelsbach E-Mobility",
            "Senior Entwicklungsingenieur Ladetechnik (m/w/d)",
            19,
            "other",
            "de",
        ),
        html="""<html><body style="font-family:Arial">
<p>Hallo Jonas Brenner,</p>
<p>Ihre Bewerbung auf <b>Senior Entwicklungsingenieur Ladetechnik (m/w/d)</b> bei
Rommelsbach E-Mobility GmbH wurde erfolgreich verschickt.</p>
<p>Behalten Sie Ihre Bewerbungen im Blick: <a href="https://www.xing.com/jobs/my-applications">Meine Bewerbungen</a></p>
<p style="font-size:11px;color:#999">New Work SE, Am Strandkai 1, 20457 Hamburg</p>
</body></html>""",
    ),
    m(
        "17061",
        "2025-07-17 12:48",
        "Carina Voss <carina.voss@rommelsbach-emobility.de>",
        "Ihre Bewerbung bei Rommelsbach",
        (
            "rejection",
            "Rommelsbach E-Mobility",
            "Senior Entwicklungsingenieur Ladetechnik (m/w/d)",
            19,
            "direct",
            "de",
        ),
        text="""Hallo Herr Brenner,

danke für Ihre Bewerbung über XING und Ihre Geduld. Wir haben uns inzwischen für eine andere
Kandidatin entschieden, deren Schwerpunkt näher an der Ladeelektronik liegt. Ihr Profil ist
mechanisch sehr stark - für diese Stelle war der Fokus aber ein anderer.

Ich wünsche Ihnen viel Erfolg bei der weiteren Suche!

Carina Voss
Talent Acquisition
Rommelsbach E-Mobility GmbH
""",
    ),
    # --- alerts, recommendations, talent pools ------------------------------------------------
    m(
        "17062",
        "2025-04-02 06:05",
        "StepStone Jobagent <jobagent@stepstone.de>",
        '12 neue Jobs für "Teamleiter Konstruktion" in Stuttgart',
        ("alert", None, None, None, "other", "de"),
        html="""<html><body style="font-family:Helvetica,Arial">
<h3>Ihr Jobagent hat 12 neue Jobs gefunden</h3>
<p><b>Teamleiter Konstruktion Karosserie (m/w/d)</b><br>Lohmann Automotive GmbH &middot; Sindelfingen</p>
<p><b>Gruppenleiter Mechanikkonstruktion (w/m/d)</b><br>Fiedler Sensortechnik AG &middot; Filderstadt</p>
<p><b>Teamleitung Entwicklung Fahrwerk (m/w/d)</b><br>HFS Group &middot; Esslingen</p>
<p><a href="https://www.stepstone.de/jobagent">Alle 12 Jobs ansehen</a></p>
<p style="font-size:11px">Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. <a href="https://www.stepstone.de/unsubscribe">Abmelden</a></p>
</body></html>""",
    ),
    m(
        "17063",
        "2025-05-19 06:04",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "Neu: Projektleiter Entwicklung (m/w/d) und 7 weitere Jobs",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body style="font-family:Helvetica,Arial">
<p>Hallo Jonas, diese Jobs könnten Sie interessieren:</p>
<ul><li>Projektleiter Entwicklung (m/w/d) - Strehle Kunststofftechnik GmbH - Göppingen</li>
<li>Entwicklungsingenieur Thermomanagement (m/w/d) - Tessmann Kältetechnik - Ludwigsburg</li>
<li>Leiter Versuch (m/w/d) - Bahlinger Prüfdienste GmbH - Renningen</li></ul>
<p><a href="https://www.stepstone.de/jobagent">Jetzt ansehen</a></p>
</body></html>""",
    ),
    m(
        "17064",
        "2025-04-10 18:30",
        "XING Stellenmarkt <jobs@xing.com>",
        "Jonas, diese Jobs passen zu Ihrem Profil",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body style="font-family:Arial">
<p>Neue Jobempfehlungen für Sie</p>
<p>Senior Entwicklungsingenieur Ladetechnik (m/w/d) · Rommelsbach E-Mobility GmbH · Stuttgart<br>
Teamleiter Konstruktion (m/w/d) · Brandl Fördertechnik · Heilbronn<br>
Lead Engineer Mechanics (all genders) · Quantis Robotics · Karlsruhe</p>
<p>Gehaltseinschätzung: 78.000 - 96.000 &euro;</p>
<p><a href="https://www.xing.com/jobs/recommendations">Alle Empfehlungen</a></p>
</body></html>""",
    ),
    m(
        "17065",
        "2025-06-12 07:15",
        "Indeed <alert@indeed.com>",
        "Konstruktionsleiter: neue Jobs in Stuttgart",
        ("alert", None, None, None, "indeed", "de"),
        html="""<html><body style="font-family:Arial">
<p>Neue Jobs, die zu Ihrer Suche passen: <b>Konstruktionsleiter</b> in <b>Stuttgart</b></p>
<p>Konstruktionsleiter (m/w/d) - Fenske Sondermaschinenbau GmbH - Schorndorf - Einfach bewerben</p>
<p>Leiter Konstruktion Vorrichtungsbau (m/w/d) - Kübler & Sohn - Waiblingen - Neu</p>
<p><a href="https://de.indeed.com/jobs?q=Konstruktionsleiter&l=Stuttgart">Alle Jobs ansehen</a></p>
</body></html>""",
    ),
    m(
        "17066",
        "2025-07-14 07:12",
        "Indeed <alert@indeed.com>",
        "Jonas, 5 neue Jobs: Entwicklungsingenieur Getriebe",
        ("alert", None, None, None, "indeed", "de"),
        html="""<html><body style="font-family:Arial">
<p>Entwicklungsingenieur Getriebe (m/w/d) - Hofbauer Antriebe GmbH - Steyr, Österreich</p>
<p>Berechnungsingenieur Getriebe (m/w/d) - Loos Drive Systems - Friedrichshafen</p>
<p><a href="https://de.indeed.com/">Mehr Jobs</a></p></body></html>""",
    ),
    m(
        "17067",
        "2025-05-05 19:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"mechanical engineering manager": Meridian Powertrain - Engineering Manager and more',
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body style="font-family:Arial">
<p>Your job alert for <b>mechanical engineering manager</b> in Stuttgart Region</p>
<p>Engineering Manager Mechanical Systems - Meridian Powertrain - Leinfelden-Echterdingen (Hybrid)<br>
Mechanical Design Lead - Battery Modules - Aventra Cell Systems - Salzgitter<br>
Head of Mechanical Engineering - Velotrak - Stuttgart (Be an early applicant)</p>
<p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=1899">See all jobs</a></p>
</body></html>""",
    ),
    m(
        "17068",
        "2025-08-04 19:02",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Lindqvist Mobility Solutions is hiring: Thermal Simulation Engineer",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body style="font-family:Arial">
<p>Jonas, a company you follow is hiring</p>
<p><b>Thermal Simulation Engineer</b><br>Lindqvist Mobility Solutions · Munich · On-site</p>
<p>3 of your connections work here.</p>
<p><a href="https://www.linkedin.com/jobs/view/4099120033/">Apply</a></p>
</body></html>""",
    ),
    m(
        "17069",
        "2025-04-25 10:20",
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neuer Vermittlungsvorschlag in Ihrem Postfach",
        ("alert", None, None, None, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

in Ihrem Postfach auf www.arbeitsagentur.de liegt eine neue Nachricht für Sie bereit:
Vermittlungsvorschlag - Entwicklungsingenieur Bremssysteme (m/w/d), Gerlach Automotive
Components GmbH & Co. KG, Reutlingen (Referenznummer 10000-1200341122-S).

Bitte bewerben Sie sich zeitnah und informieren Sie uns über das Ergebnis Ihrer Bewerbung.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Stuttgart

Diese Nachricht wurde automatisch erstellt.
""",
    ),
    m(
        "17070",
        "2025-06-17 10:22",
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neue Nachricht in Ihrem Postfach",
        ("alert", None, None, None, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

in Ihrem Postfach auf www.arbeitsagentur.de liegt eine neue Nachricht für Sie bereit
(Vermittlungsvorschlag). Bitte melden Sie sich an, um sie zu lesen.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Stuttgart
""",
    ),
    m(
        "17071",
        "2025-07-28 12:00",
        "kununu <jobs@kununu.com>",
        "Jobs bei top bewerteten Arbeitgebern in deiner Nähe",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body style="font-family:Arial">
<p>Hi Jonas, diese Arbeitgeber mit über 4,0 Sternen suchen gerade:</p>
<p>Kreidler Thermosysteme AG (4,1 &#9733;) - Berechnungsingenieur CFD (m/w/d)<br>
Weidacher Komponenten GmbH (4,3 &#9733;) - Teamleiter Versuch (m/w/d)</p>
<p><a href="https://www.kununu.com/de/jobs">Alle Jobs</a></p>
</body></html>""",
    ),
    m(
        "17072",
        "2025-05-22 14:00",
        "Elmendorf Group Careers <talentcommunity@elmendorf-group.com>",
        "Willkommen in der Elmendorf Talent Community",
        ("alert", "Elmendorf Automotive", None, None, "other", "de"),
        text="""Hallo Jonas,

schön, dass Sie Teil unserer Talent Community sind! Ab sofort informieren wir Sie über neue
Stellenangebote der Elmendorf-Gruppe, die zu Ihren Interessen passen, sowie über Karriere-Events.

Ihre Präferenzen: Engineering / Konstruktion, Region Stuttgart

Ihr Elmendorf Talent Acquisition Team
""",
    ),
    m(
        "17073",
        "2025-06-09 08:00",
        "softgarden Job-Abo <jobabo@softgarden.io>",
        "Neue Stelle bei Kaltenbach Leichtbau: Berechnungsingenieur FEM (m/w/d)",
        ("alert", "Kaltenbach Leichtbau", None, None, "other", "de"),
        text="""Hallo,

es gibt eine neue Stelle, die zu Ihrem Job-Abo passt:

Berechnungsingenieur FEM (m/w/d) - Ulm
https://kaltenbach-leichtbau.softgarden.io/job/55311902

Ihr Job-Abo können Sie jederzeit abbestellen.
""",
    ),
    m(
        "17074",
        "2025-09-15 18:01",
        "StepStone Jobagent <jobagent@stepstone.de>",
        'Ihr Jobagent: 4 neue Jobs für "Projektleiter Entwicklung"',
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><p>Projektleiter Entwicklung Elektronik (m/w/d) - Birk Systems - Nürtingen</p>
<p>Projektleiter Vorentwicklung (m/w/d) - Strehle Kunststofftechnik - Göppingen</p>
<p><a href="https://www.stepstone.de/jobagent">Jobagent verwalten oder löschen</a></p></body></html>""",
    ),
    # --- recruiter outreach -------------------------------------------------------------------
    m(
        "17075",
        "2025-04-08 11:41",
        "XING <mail@xing.com>",
        "Jan-Philipp Kühn hat Ihnen eine Nachricht geschickt",
        ("outreach", None, "Teamleiter Konstruktion Sitzsysteme (m/w/d)", None, "other", "de"),
        html="""<html><body style="font-family:Arial">
<p>Jan-Philipp Kühn, Recruiter bei Kühn &amp; Wolf Personal, schreibt:</p>
<blockquote>Hallo Herr Brenner, für einen namhaften Automobilzulieferer im Großraum Stuttgart suche
ich aktuell einen Teamleiter Konstruktion Sitzsysteme (m/w/d) in Festanstellung. Ihr Profil passt
hervorragend! Hätten Sie Lust auf einen kurzen Austausch? VG Jan-Philipp Kühn</blockquote>
<p><a href="https://www.xing.com/chats">Nachricht beantworten</a></p>
</body></html>""",
    ),
    m(
        "17076",
        "2025-05-13 09:17",
        "Melanie Opitz <melanie.opitz@steinbeis-personalpartner.de>",
        "Spannende Position als Systemingenieur E-Antrieb",
        ("outreach", None, "Systemingenieur E-Antrieb (m/w/d)", None, "agency", "de"),
        text="""Hallo Jonas,

ich hoffe, ich darf dich duzen - in unserer Branche ist das ja inzwischen üblich.

Ich bin Melanie von Steinbeis Personalpartner, Personaldienstleister für Engineering.
Für einen unserer Kunden, einen bekannten OEM-nahen Entwicklungsdienstleister in Sindelfingen,
suchen wir einen Systemingenieur E-Antrieb (m/w/d) - gerne in Arbeitnehmerüberlassung mit
Übernahmeoption nach 12 Monaten oder direkt in Festanstellung beim Kunden.

Wenn du magst, ruf mich an oder schick mir kurz deine Telefonnummer.

Viele Grüße
Melanie Opitz
Recruiterin Engineering | Steinbeis Personalpartner GmbH
""",
    ),
    m(
        "17077",
        "2025-06-25 13:33",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Jonas, Sarah Whitfield sent you a message",
        ("outreach", "Quantis Robotics", "Lead Mechanical Engineer", None, "linkedin", "en"),
        html="""<html><body style="font-family:Arial">
<p><b>Sarah Whitfield</b> - Head of Talent at Quantis Robotics</p>
<p>Hi Jonas, I came across your profile and was impressed by your work on e-axle housings. We're
building our mechanical team in Karlsruhe and are looking for a Lead Mechanical Engineer to own
the design of our autonomous yard tractor. Open to a chat? Best, Sarah</p>
<p><a href="https://www.linkedin.com/messaging/">Reply</a></p>
</body></html>""",
    ),
    m(
        "17078",
        "2025-08-05 16:50",
        "Kevin Oberle <k.oberle@protalent-engineering.de>",
        "Neues Mandat: Teamleiter Thermomanagement",
        ("outreach", None, "Teamleiter Thermomanagement (m/w/d)", None, "agency", "de"),
        text="""Hallo Herr Brenner,

wie angekündigt - ich habe ein neues Mandat, das sehr gut zu Ihnen passen könnte: Teamleiter
Thermomanagement (m/w/d), Direktvermittlung, Raum Heilbronn, ca. 95-105k. Der Kunde ist ein
mittelständischer Zulieferer für Fahrzeugklimatisierung.

Haben Sie diese Woche 10 Minuten für ein Telefonat?

Beste Grüße
Kevin Oberle
ProTalent Engineering GmbH
""",
    ),
    m(
        "17079",
        "2025-09-18 10:05",
        "Reto Ammann <r.ammann@alpenhead.ch>",
        "Leiter Entwicklung Fahrzeugtechnik - Ostschweiz",
        ("outreach", None, "Leiter Entwicklung Fahrzeugtechnik", None, "agency", "de"),
        text="""Grüezi Herr Brenner

Ich bin Executive-Search-Berater bei Alpenhead in Zürich. Für ein traditionsreiches Schweizer
Industrieunternehmen in der Ostschweiz suche ich einen Leiter Entwicklung Fahrzeugtechnik. Ihr
Profil wurde mir empfohlen.

Dürfte ich Sie für ein vertrauliches Gespräch anrufen?

Freundliche Grüsse
Reto Ammann
Alpenhead AG · Bahnhofstrasse 12 · 8001 Zürich
""",
    ),
    # --- other job mail: portal codes, surveys, checks, auto-replies ---------------------------
    m(
        "17080",
        "2025-04-03 09:05",
        "Vellmar Antriebstechnik Karriere <noreply@successfactors.eu>",
        "Bitte bestätigen Sie Ihr Kandidatenkonto",
        ("other_job", VA, None, None, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihre Registrierung im Karriereportal der Vellmar Antriebstechnik GmbH.
Bitte bestätigen Sie Ihre E-Mail-Adresse über folgenden Link (24 Stunden gültig):
https://career5.successfactors.eu/career?company=vellmarP&career_ns=activate&token=Q8xT2

Ihr Recruiting-Team
""",
    ),
    m(
        "17081",
        "2025-05-05 10:02",
        "Kreidler Thermosysteme AG <noreply@dvinci-easy.com>",
        "Ihr Zugang zum Bewerberportal",
        ("other_job", KT, None, None, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

Ihr Bestätigungscode lautet: 482 913

Geben Sie diesen Code im Bewerberportal ein, um Ihre E-Mail-Adresse zu bestätigen.

Kreidler Thermosysteme AG
""",
    ),
    m(
        "17082",
        "2025-06-26 09:00",
        "Elmendorf Group Careers <careers@elmendorf-group.com>",
        "Ihre Meinung ist uns wichtig: Umfrage zum Bewerbungsprozess",
        ("other_job", EL, None, None, "other", "de"),
        text="""Sehr geehrter Herr Brenner,

Sie haben sich kürzlich bei der Elmendorf-Gruppe beworben. Wir möchten unseren Bewerbungsprozess
stetig verbessern und würden uns freuen, wenn Sie sich 3 Minuten Zeit für unsere anonyme Umfrage
nehmen: https://survey.elmendorf-group.com/candidate-experience?id=a9f2

Vielen Dank!
Elmendorf HR Services GmbH
""",
    ),
    m(
        "17083",
        "2025-04-15 09:28",
        "Markus Ebner <m.ebner@hfs-group.de>",
        "Automatische Antwort: AW: Ihre Bewerbung - kurze Rückfrage",
        ("other_job", HFS, None, None, "direct", "de"),
        text="""Vielen Dank für Ihre Nachricht. Ich bin am 15.04. ganztägig in Terminen und lese meine E-Mails
ab dem 16.04. Ihre Nachricht wird nicht weitergeleitet.

Thank you for your message. I am in meetings all day on 15 April and will reply from 16 April.

Markus Ebner | HFS Group
""",
    ),
    m(
        "17084",
        "2025-09-10 11:30",
        "Ilse Wendel <i.wendel@hfs-group.de>",
        "Führungszeugnis und Eignungsuntersuchung",
        ("other_job", HFS, PLF, None, "direct", "de"),
        text="""Lieber Herr Brenner,

für Ihren Start bei uns benötigen wir noch ein aktuelles polizeiliches Führungszeugnis (nicht
älter als drei Monate). Außerdem habe ich Ihnen beim Werksarzt einen Termin für die
arbeitsmedizinische Eingangsuntersuchung reserviert: 20.11., 8:15 Uhr, Gebäude A, EG.

Die Kosten für das Führungszeugnis erstatten wir Ihnen selbstverständlich.

Herzliche Grüße
Ilse Wendel
""",
    ),
    m(
        "17085",
        "2025-07-03 08:15",
        "Workday <castellan@myworkday.com>",
        "Verify your candidate account",
        ("other_job", "Castellan Automotive", None, None, "workday", "en"),
        text="""Your verification code for the Castellan Automotive careers site is 771204.
It expires in 15 minutes. If you did not request this code, please ignore this email.
""",
    ),
    m(
        "17086",
        "2025-10-08 19:40",
        "Leonie Steck <leonie@velotrak.bike>",
        "Wir sind finanziert!",
        ("other_job", VT, HME, None, "direct", "de"),
        text="""Hi Jonas,

wie versprochen melde ich mich: Unsere Runde ist durch und wir stellen wieder ein! Ich habe auf
LinkedIn gesehen, dass du ab Januar bei der HFS Group anfängst - herzlichen Glückwunsch! Falls du
jemanden kennst, der Lust auf Head of Mechanical Engineering bei uns hat, freue ich mich über jeden
Tipp.

Liebe Grüße
Leonie
""",
    ),
    # 30 Steinbeis Personalpartner (du) for Arkona Engineering Services, after the outreach
    m(
        "17087",
        "2025-05-20 15:31",
        "Melanie Opitz <melanie.opitz@steinbeis-personalpartner.de>",
        "Dein Profil beim Kunden",
        (
            "confirmation",
            "Arkona Engineering Services",
            "Systemingenieur E-Antrieb (m/w/d)",
            30,
            "agency",
            "de",
        ),
        text="""Hallo Jonas,

danke für das nette Telefonat! Wie besprochen habe ich dein Profil heute an unseren Kunden, die
Arkona Engineering Services GmbH in Sindelfingen, geschickt - Festanstellung direkt bei Arkona,
nicht in Überlassung. Ich melde mich, sobald ich Feedback habe.

Viele Grüße
Melanie
""",
    ),
    m(
        "17088",
        "2025-05-27 11:12",
        "Melanie Opitz <melanie.opitz@steinbeis-personalpartner.de>",
        "Arkona möchte dich kennenlernen!",
        (
            "interview",
            "Arkona Engineering Services",
            "Systemingenieur E-Antrieb (m/w/d)",
            30,
            "agency",
            "de",
        ),
        text="""Hallo Jonas,

tolle Neuigkeiten: Arkona möchte dich kennenlernen. Teams-Interview mit dem Abteilungsleiter
Antriebssysteme am Montag, 02.06., um 16 Uhr - passt das? Die Einladung kommt dann direkt von Arkona.

Viele Grüße
Melanie
""",
    ),
    m(
        "17089",
        "2025-06-12 10:40",
        "Melanie Opitz <melanie.opitz@steinbeis-personalpartner.de>",
        "Feedback von Arkona",
        (
            "rejection",
            "Arkona Engineering Services",
            "Systemingenieur E-Antrieb (m/w/d)",
            30,
            "agency",
            "de",
        ),
        text="""Hallo Jonas,

ich habe Feedback von Arkona bekommen: Sie fanden dich menschlich super und fachlich stark, suchen
für diese Rolle aber doch jemanden mit mehr Erfahrung in Software-in-the-Loop und Requirements-
Management. Deshalb geht es leider nicht weiter.

Tut mir echt leid! Ich halte die Augen für dich offen.

Viele Grüße
Melanie
""",
    ),
]

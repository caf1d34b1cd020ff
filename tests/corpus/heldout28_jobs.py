# ruff: noqa: E501
"""Corpus 28, job mail in German (and some English) for Frankfurt and Munich: specs for ``heldout28.py``."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    tz = kw.pop("tz", None) or ("+0100" if date >= "2025-10-26 03:00" else "+0200")
    return _m(key, date, frm, subject, t, text, html, tz=tz, **kw)


KESSLER = "Kessler Antriebstechnik"
BK = "Dr. Henrike Brandauer <h.brandauer@brandauer-keil.de>"
GREINER = "Greiner Verpackung"
MHLB = "Mainhessische Landesbank"
SPK = "Sparkasse Mainufer"
ZW = "Zahlwerk"
ARV = "Arvensis Pharma"
VIR = "Vireon Gebäudetechnik"
HAG = "Tobias Hagedorn <t.hagedorn@hagedorn-personalberatung.de>"
LFO = "Lindenhof Family Office"
PAL = "Palatin Immobilien"
OIP = "Meike Sander <meike.sander@ostend-interim.de>"

MAIL = [
    # --- 1 Kessler Antriebstechnik via Brandauer & Keil (confidential first) -----------------
    m(
        "2801",
        "2025-09-03 08:12",
        BK,
        "Vertrauliche Anfrage – Leitung Konzerncontrolling",
        ("outreach", None, "Leiter Konzerncontrolling", None, "agency", "de"),
        """Sehr geehrte Frau Hollweg,

wir sind von einem börsennotierten Maschinenbauer mit Sitz in Süddeutschland (rund 1,4 Mrd. EUR
Umsatz, 6.000 Mitarbeitende weltweit) exklusiv mit der Besetzung der Position

    Leiter/in Konzerncontrolling (m/w/d), Berichtslinie direkt an den CFO

beauftragt worden. Der Name unseres Mandanten ist in dieser Phase vertraulich; ich darf Ihnen
aber verraten, dass es um den Aufbau eines konzernweiten Steuerungsmodells nach einer
größeren Akquisition geht – ein Thema, bei dem Ihr Werdegang bei der Falkenrath Gruppe sehr gut
passt.

Hätten Sie in den nächsten Tagen Zeit für ein erstes, vertrauliches Telefonat von etwa 30 Minuten?

Mit freundlichen Grüßen

Dr. Henrike Brandauer
Partnerin
Brandauer & Keil Executive Search GmbH
Bockenheimer Landstraße 51 · 60325 Frankfurt am Main
T +49 69 2475 3310 · www.brandauer-keil.de

Diese E-Mail ist vertraulich. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte
den Absender und löschen Sie diese Nachricht.
""",
    ),
    m(
        "2802",
        "2025-09-11 17:40",
        BK,
        "AW: Vertrauliche Anfrage – Leitung Konzerncontrolling / Vertraulichkeitsvereinbarung",
        ("other_job", None, "Leiter Konzerncontrolling", None, "agency", "de"),
        """Liebe Frau Hollweg,

vielen Dank für das offene Gespräch heute Vormittag. Wie besprochen erhalten Sie anbei die
Vertraulichkeitsvereinbarung unseres Mandanten. Sobald sie unterschrieben bei uns ist, sende ich
Ihnen das ausführliche Positionsprofil mit Namen und Unternehmensdaten.

Herzliche Grüße
Henrike Brandauer

Brandauer & Keil Executive Search GmbH
""",
        attach=[("NDA_Projekt_Drehmoment.pdf", "application/pdf", "%PDF-1.4 placeholder")],
        **reply("2801", BK),
    ),
    m(
        "2803",
        "2025-09-16 09:05",
        BK,
        "Projekt Drehmoment – Positionsprofil Kessler Antriebstechnik AG",
        ("interview", KESSLER, "Leiter Konzerncontrolling", 1, "agency", "de"),
        """Liebe Frau Hollweg,

danke für die unterschriebene Vereinbarung. Nun darf ich es offen sagen: Unser Mandant ist die
Kessler Antriebstechnik AG in Ulm. Das Positionsprofil finden Sie im Anhang.

Herr Dr. Weinmann (CFO) möchte Sie gerne persönlich kennenlernen. Er schlägt Dienstag, den
23. September, 14:00 Uhr in der Konzernzentrale in Ulm vor (Dauer ca. 90 Minuten). Ich selbst
werde ebenfalls teilnehmen. Passt Ihnen der Termin?

Herzliche Grüße
Henrike Brandauer

Brandauer & Keil Executive Search GmbH
Bockenheimer Landstraße 51 · 60325 Frankfurt am Main
""",
        attach=[
            (
                "Positionsprofil_Kessler_Konzerncontrolling.pdf",
                "application/pdf",
                "%PDF-1.4 placeholder",
            )
        ],
    ),
    m(
        "2804",
        "2025-09-18 11:30",
        "Sekretariat CFO Kessler <sekretariat.cfo@kessler-antrieb.de>",
        "Einladung: Gespräch Dr. Weinmann / Frau Hollweg",
        ("interview", KESSLER, "Leiter Konzerncontrolling", 1, "direct", "de"),
        """Sehr geehrte Frau Hollweg,

im Auftrag von Herrn Dr. Weinmann sende ich Ihnen die Terminbestätigung für Ihr Gespräch am
23.09.2025 um 14:00 Uhr. Bitte melden Sie sich am Empfang im Gebäude A (Einsteinstraße 40,
89077 Ulm); Parkplätze für Besucher sind ausgeschildert.

Freundliche Grüße
Sabine Pfleiderer
Assistenz des Finanzvorstands
Kessler Antriebstechnik AG · Vorstand: Dr. M. Brenner (Vors.), Dr. J. Weinmann
Sitz Ulm · Amtsgericht Ulm HRB 71234
""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E008000000001F4C28A1",
            "start": "2025-09-23 14:00:00 +0200",
            "minutes": 90,
            "organizer": ("Sabine Pfleiderer", "sekretariat.cfo@kessler-antrieb.de"),
            "summary": "Gespräch Dr. Weinmann / K. Hollweg (Leitung Konzerncontrolling)",
            "location": "Kessler Antriebstechnik AG, Gebäude A, Raum 4.12",
            "attendees": [
                ("Dr. Jochen Weinmann", "j.weinmann@kessler-antrieb.de"),
                ("Dr. Henrike Brandauer", "h.brandauer@brandauer-keil.de"),
            ],
        },
    ),
    m(
        "2805",
        "2025-10-14 18:22",
        BK,
        "Projekt Drehmoment",
        ("rejection", KESSLER, "Leiter Konzerncontrolling", 1, "agency", "de"),
        """Liebe Frau Hollweg,

ich hätte Ihnen gerne etwas anderes geschrieben. Herr Dr. Weinmann und Herr Dr. Brenner waren von
Ihrem Auftritt im zweiten Gespräch sehr angetan – insbesondere Ihre Gedanken zur Segmentsteuerung
haben Eindruck hinterlassen. Am Ende hat sich der Vorstand dennoch für eine Kandidatin entschieden,
die das Unternehmen bereits aus einer früheren Beratungstätigkeit kennt.

Ich bedauere das sehr und würde gern mit Ihnen in Kontakt bleiben; es kommen in den nächsten
Monaten mit Sicherheit Mandate, bei denen ich sofort an Sie denke.

Herzliche Grüße
Henrike Brandauer
""",
    ),
    # --- 2 Greiner Verpackung via d.vinci: offer declined --------------------------------------
    m(
        "2806",
        "2025-09-08 10:02",
        "Greiner Verpackung GmbH & Co. KG <noreply@dvinci-easy.com>",
        "Ihre Bewerbung als Kaufmännische Geschäftsführerin / CFO (m/w/d)",
        ("confirmation", GREINER, "Kaufmännischer Geschäftsführer / CFO", 2, "other", "de"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrte Frau Hollweg,</p>
<p>vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der
Greiner Verpackung GmbH &amp; Co. KG.</p>
<p>Ihre Unterlagen für die Position <b>Kaufmännische Geschäftsführerin / CFO (m/w/d)</b>
(Kennziffer GV-2025-117) sind vollständig bei uns eingegangen. Wir werden sie sorgfältig prüfen
und uns schnellstmöglich bei Ihnen melden.</p>
<p>Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem
<a href="https://greiner-verpackung.dvinci-hr.com/de/p/login">Bewerberkonto</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Personalteam der Greiner Verpackung</p>
<hr><p style="font-size:11px;color:#777">Greiner Verpackung GmbH &amp; Co. KG · Industriestraße 12 · 63457 Hanau<br>
Persönlich haftende Gesellschafterin: Greiner Verwaltungs-GmbH · AG Hanau HRA 9921<br>
Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</p>
</body></html>""",
    ),
    m(
        "2807",
        "2025-09-24 16:45",
        "Claudia Rehbein <c.rehbein@greiner-verpackung.de>",
        "Kennenlernen – CFO Greiner Verpackung",
        ("interview", GREINER, "Kaufmännischer Geschäftsführer / CFO", 2, "direct", "de"),
        """Sehr geehrte Frau Hollweg,

Ihre Bewerbung hat uns sehr angesprochen. Unser geschäftsführender Gesellschafter, Herr Martin
Greiner, und ich würden Sie gerne zu einem ersten Gespräch nach Hanau einladen. Folgende Termine
könnten wir anbieten:

- Mittwoch, 1. Oktober, 10:00 Uhr
- Donnerstag, 2. Oktober, 15:30 Uhr

Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen besser passt.

Freundliche Grüße

Claudia Rehbein
Leitung Personal
Greiner Verpackung GmbH & Co. KG
Tel. 06181 90 44 210
""",
    ),
    m(
        "2808",
        "2025-10-20 09:15",
        "Claudia Rehbein <c.rehbein@greiner-verpackung.de>",
        "Zweites Gespräch mit dem Beirat",
        ("interview", GREINER, "Kaufmännischer Geschäftsführer / CFO", 2, "direct", "de"),
        """Sehr geehrte Frau Hollweg,

herzlichen Dank noch einmal für das angenehme Gespräch. Wie angekündigt möchten wir Sie gerne dem
Vorsitzenden unseres Beirats, Herrn Prof. Dr. Amelung, vorstellen. Das Gespräch findet am
Montag, 3. November, um 11:00 Uhr bei uns in Hanau statt; im Anschluss gibt es einen kurzen
Rundgang durch das Werk.

Mit freundlichen Grüßen
Claudia Rehbein
""",
    ),
    m(
        "2809",
        "2025-11-12 13:05",
        "Martin Greiner <m.greiner@greiner-verpackung.de>",
        "Ihr Vertragsangebot",
        ("offer", GREINER, "Kaufmännischer Geschäftsführer / CFO", 2, "direct", "de"),
        """Sehr geehrte Frau Hollweg,

ich freue mich, Ihnen nach den Gesprächen mit dem Beirat heute im Namen der Gesellschafterfamilie
die Position der Kaufmännischen Geschäftsführerin anbieten zu dürfen. Den Entwurf des
Geschäftsführer-Dienstvertrags (Festgehalt, Tantieme nach EBITDA-Zielen, Dienstwagen) finden Sie
im Anhang. Ein Eintritt zum 1. April 2026 wäre aus unserer Sicht ideal.

Für Rückfragen stehe ich Ihnen jederzeit gerne auch telefonisch zur Verfügung.

Mit freundlichen Grüßen
Martin Greiner
Geschäftsführender Gesellschafter
""",
        attach=[("GF-Dienstvertrag_Entwurf.pdf", "application/pdf", "%PDF-1.4 placeholder")],
    ),
    m(
        "2810",
        "2025-11-27 17:50",
        "Martin Greiner <m.greiner@greiner-verpackung.de>",
        "AW: Ihr Vertragsangebot",
        ("offer", GREINER, "Kaufmännischer Geschäftsführer / CFO", 2, "direct", "de"),
        """Sehr geehrte Frau Hollweg,

vielen Dank für Ihre offene Nachricht und das Telefonat gestern. Natürlich bedauern wir Ihre
Entscheidung, respektieren aber, dass die Perspektive in Hanau nicht ganz zu Ihren Plänen passt.
Ich wünsche Ihnen für Ihren weiteren Weg alles Gute – und falls sich die Dinge ändern, wissen
Sie, wo Sie uns finden.

Mit freundlichen Grüßen
Martin Greiner

-----Ursprüngliche Nachricht-----
Von: Katrin Hollweg <katrin.hollweg@posteo.de>
Gesendet: Mittwoch, 26. November 2025 21:14
An: Martin Greiner <m.greiner@greiner-verpackung.de>
Betreff: AW: Ihr Vertragsangebot

Sehr geehrter Herr Greiner,
nach reiflicher Überlegung habe ich mich entschieden, Ihr Angebot nicht anzunehmen. ...
""",
        st="declined",
        **reply("2809", "m.greiner@greiner-verpackung.de"),
    ),
    # --- 3 Mainhessische Landesbank via SuccessFactors: slow, then neutral rejection ------------
    m(
        "2811",
        "2025-09-10 07:58",
        "Mainhessische Landesbank <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung – Req. 2025-0412",
        ("confirmation", MHLB, "Bereichsleiter Konzerncontrolling", 3, "other", "de"),
        """Sehr geehrte Frau Hollweg,

vielen Dank für Ihr Interesse an der Mainhessischen Landesbank – Girozentrale.

Hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle
"Bereichsleiter/in Konzerncontrolling (m/w/d)" (Req. ID 2025-0412).

Bitte haben Sie Verständnis, dass das Auswahlverfahren bei Führungspositionen unter Beteiligung
der Gremien einige Wochen in Anspruch nehmen kann. Über den Stand können Sie sich in unserem
Karriereportal informieren.

Mit freundlichen Grüßen
Personalmanagement Führungskräfte
Mainhessische Landesbank – Girozentrale
Anstalt des öffentlichen Rechts

Bitte antworten Sie nicht auf diese automatisch generierte Nachricht.
""",
    ),
    m(
        "2812",
        "2025-12-02 15:31",
        "Mainhessische Landesbank <noreply@successfactors.eu>",
        "Ihre Bewerbung – Req. 2025-0412",
        ("rejection", MHLB, "Bereichsleiter Konzerncontrolling", 3, "other", "de"),
        """Sehr geehrte Frau Hollweg,

nochmals herzlichen Dank für Ihre Geduld während unseres Auswahlverfahrens für die Position
Bereichsleiter/in Konzerncontrolling (m/w/d).

Nach eingehender Prüfung aller Unterlagen haben wir uns entschieden, anderen Bewerberinnen und
Bewerbern den Vorzug zu geben, deren Profil noch genauer unseren aufsichtsrechtlichen
Anforderungen entspricht. Diese Entscheidung ist keine Bewertung Ihrer fachlichen Qualifikation.

Ihre Unterlagen werden gemäß unseren Datenschutzhinweisen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Personalmanagement Führungskräfte
Mainhessische Landesbank – Girozentrale
""",
    ),
    # --- 4 Sparkasse Mainufer via rexx: Hogan assessment, then withdrawn ------------------------
    m(
        "2813",
        "2025-09-19 12:20",
        "Sparkasse Mainufer <bewerbung@sparkasse-mainufer.rexx-recruitment.com>",
        "Bewerbung: Leitung Gesamtbanksteuerung (m/w/d)",
        ("confirmation", SPK, "Leitung Gesamtbanksteuerung", 4, "other", "de"),
        """Sehr geehrte Frau Hollweg,

wir haben Ihre Bewerbung als Leitung Gesamtbanksteuerung (m/w/d) erhalten und danken Ihnen für
Ihr Interesse an der Sparkasse Mainufer.

Ihre Unterlagen werden nun von der Personalabteilung und dem zuständigen Vorstandsmitglied
gesichtet. Wir melden uns in den nächsten drei Wochen bei Ihnen.

Freundliche Grüße
Ihre Sparkasse Mainufer
Bereich Personal

Sparkasse Mainufer · Anstalt des öffentlichen Rechts · Vorstand: Günter Obermaier (Vors.), Petra Lanz
""",
    ),
    m(
        "2814",
        "2025-10-06 08:40",
        "Sparkasse Mainufer <bewerbung@sparkasse-mainufer.rexx-recruitment.com>",
        "Nächster Schritt: Online-Potenzialanalyse",
        ("assessment", SPK, "Leitung Gesamtbanksteuerung", 4, "other", "de"),
        """Sehr geehrte Frau Hollweg,

wir freuen uns, Sie im Auswahlverfahren für die Position Leitung Gesamtbanksteuerung (m/w/d)
weiter berücksichtigen zu können. Im nächsten Schritt bitten wir Sie, eine Online-Potenzialanalyse
(Hogan Personality Inventory, ca. 45 Minuten) zu bearbeiten. Die Zugangsdaten erhalten Sie in
einer separaten E-Mail unseres Partners.

Bitte schließen Sie die Analyse bis zum 15.10.2025 ab. Die Ergebnisse besprechen wir mit Ihnen
im anschließenden Auswahlgespräch.

Freundliche Grüße
Melanie Strobel
Personalentwicklung · Sparkasse Mainufer
""",
    ),
    m(
        "2815",
        "2025-10-06 08:44",
        "Hogan Assessments <noreply@hoganassessments.com>",
        "Your assessment invitation from Sparkasse Mainufer",
        ("assessment", SPK, "Leitung Gesamtbanksteuerung", 4, "other", "en"),
        html="""<html><body>
<p>Dear Katrin Hollweg,</p>
<p>Sparkasse Mainufer has invited you to complete the following assessments:</p>
<ul><li>Hogan Personality Inventory (HPI)</li><li>Hogan Development Survey (HDS)</li></ul>
<p>User ID: <b>HK7Q-22931</b><br>Please use the link below to set your password and begin.</p>
<p><a href="https://www.hoganassessments.com/login?c=HK7Q-22931">Begin Assessment</a></p>
<p>There are no right or wrong answers. Most people finish in 35 to 45 minutes.</p>
<p>Hogan Assessment Systems · Tulsa, OK</p></body></html>""",
    ),
    m(
        "2816",
        "2025-10-13 10:12",
        "Melanie Strobel <melanie.strobel@sparkasse-mainufer.de>",
        "AW: Rückzug meiner Bewerbung – Leitung Gesamtbanksteuerung",
        ("confirmation", SPK, "Leitung Gesamtbanksteuerung", 4, "direct", "de"),
        """Sehr geehrte Frau Hollweg,

vielen Dank für Ihre Nachricht. Schade – wir hätten Sie gerne näher kennengelernt. Wir haben Ihre
Bewerbung wie gewünscht aus dem Verfahren genommen; die Einladung zur Potenzialanalyse ist
damit gegenstandslos.

Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Melanie Strobel

> Sehr geehrte Frau Strobel,
> aufgrund einer veränderten persönlichen Situation ziehe ich meine Bewerbung zurück ...
""",
        st="withdrawn",
    ),
    # --- 5/6 Zahlwerk (Munich fintech, Personio, du): two roles ---------------------------------
    m(
        "2817",
        "2025-09-22 19:03",
        "Zahlwerk GmbH <no-reply@personio.de>",
        "Danke für deine Bewerbung bei Zahlwerk!",
        ("confirmation", ZW, "VP Finance", 5, "personio", "de"),
        """Hallo Katrin,

danke, dass du dich als VP Finance (all genders) bei uns beworben hast! 🚀

Wir schauen uns jede Bewerbung persönlich an – meistens melden wir uns innerhalb von 10 Tagen.
Bis dahin: Schau gern auf unserem Blog vorbei und lerne das Team kennen.

Beste Grüße
Dein People-Team von Zahlwerk

Zahlwerk GmbH · Sendlinger Str. 7 · 80331 München
""",
    ),
    m(
        "2818",
        "2025-09-29 08:31",
        "Jonas Ebert <jonas@zahlwerk.io>",
        "VP Finance – lass uns sprechen",
        ("interview", ZW, "VP Finance", 5, "direct", "de"),
        """Hey Katrin,

ich bin Jonas, Co-Founder und CEO von Zahlwerk. Dein Profil hat mich echt beeindruckt – vor
allem die Series-C-Erfahrung und das Reporting an einen Aufsichtsrat, genau das brauchen wir
gerade.

Hast du Lust auf einen ersten Video-Call (45 Min.)? Du kannst dir direkt hier einen Slot
aussuchen: https://cal.zahlwerk.io/jonas/vp-finance

Viele Grüße aus München
Jonas
--
Jonas Ebert · Co-Founder & CEO · Zahlwerk
""",
    ),
    m(
        "2819",
        "2025-10-08 14:10",
        "Lea Brandt <lea.brandt@zahlwerk.io>",
        "Case Study VP Finance 📊",
        ("assessment", ZW, "VP Finance", 5, "direct", "de"),
        """Hi Katrin,

schön, dass das Gespräch mit Jonas so gut lief! Als nächsten Schritt haben wir eine kleine Case
Study für dich vorbereitet: Du bekommst unser (anonymisiertes) Monatsreporting und sollst daraus
ein 13-Wochen-Liquiditätsmodell und drei Empfehlungen für den Board-Call ableiten.

Die Unterlagen liegen im Anhang. Nimm dir bitte nicht mehr als 4–5 Stunden dafür – wir freuen uns
auf deine Präsentation nächste Woche.

Liebe Grüße
Lea (People & Talent)
""",
        attach=[("Zahlwerk_Case_VP_Finance.xlsx", "application/vnd.ms-excel", "placeholder")],
    ),
    m(
        "2820",
        "2025-10-27 11:48",
        "Lea Brandt <lea.brandt@zahlwerk.io>",
        "Dein Feedback von uns",
        ("rejection", ZW, "VP Finance", 5, "direct", "de"),
        """Hi Katrin,

danke dir nochmal für deine Präsentation – das Modell war sauber und Jonas fand deine
Board-Empfehlungen richtig stark. Wir haben uns trotzdem am Ende für jemanden entschieden, der
schon zwei Finanzierungsrunden als VP Finance in einem Fintech begleitet hat. Das war eine
knappe Entscheidung.

Wir würden uns freuen, wenn wir in Kontakt bleiben. Und: Für die Head-of-Controlling-Rolle läuft
deine Bewerbung natürlich separat weiter.

Alles Liebe
Lea
""",
    ),
    m(
        "2821",
        "2025-10-02 21:16",
        "Zahlwerk GmbH <no-reply@personio.de>",
        "Danke für deine Bewerbung bei Zahlwerk!",
        ("confirmation", ZW, "Head of Controlling & FP&A", 6, "personio", "de"),
        """Hallo Katrin,

danke, dass du dich als Head of Controlling & FP&A (all genders) bei uns beworben hast!

Wir schauen uns jede Bewerbung persönlich an – meistens melden wir uns innerhalb von 10 Tagen.

Beste Grüße
Dein People-Team von Zahlwerk
""",
    ),
    # --- 7/8 Arvensis Pharma via Workday: rejection, then re-application ----------------------
    m(
        "2822",
        "2025-09-30 06:55",
        "Arvensis Pharma <arvensis@myworkday.com>",
        "Thank you for applying to Arvensis",
        ("confirmation", ARV, "Director Group Controlling", 7, "workday", "en"),
        """Dear Katrin,

Thank you for your interest in Arvensis Pharma SE. We have received your application for the
position Director Group Controlling (R-0031877), Darmstadt.

Our Talent Acquisition team will review your profile against the requirements of the role. You
can check the status of your application at any time under "My Applications" on our career site.

Kind regards,
Arvensis Talent Acquisition

This mailbox is not monitored.
""",
    ),
    m(
        "2823",
        "2025-10-21 14:02",
        "Arvensis Pharma <arvensis@myworkday.com>",
        "Update zu Ihrer Bewerbung R-0031877",
        ("rejection", ARV, "Director Group Controlling", 7, "workday", "de"),
        """Sehr geehrte Frau Hollweg,

vielen Dank für Ihre Bewerbung als Director Group Controlling und die Zeit, die Sie investiert
haben.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten
entschieden haben, deren Erfahrung noch besser zu den aktuellen Anforderungen passt.

Wir würden uns freuen, wenn Sie sich auch künftig für Positionen bei Arvensis interessieren.

Mit freundlichen Grüßen
Arvensis Talent Acquisition
""",
    ),
    m(
        "2824",
        "2026-01-12 07:20",
        "Arvensis Pharma <arvensis@myworkday.com>",
        "Thank you for applying to Arvensis",
        ("confirmation", ARV, "Vice President Finance Business Partnering", 8, "workday", "en"),
        """Dear Katrin,

Thank you for your interest in Arvensis Pharma SE. We have received your application for the
position Vice President Finance Business Partnering (R-0034410), Darmstadt.

Our Talent Acquisition team will review your profile against the requirements of the role. You
can check the status of your application at any time under "My Applications" on our career site.

Kind regards,
Arvensis Talent Acquisition
""",
    ),
    m(
        "2825",
        "2026-01-26 16:33",
        "Nadine Köhler <nadine.koehler@arvensis-pharma.com>",
        "VP Finance Business Partnering – Interview Invitation",
        ("interview", ARV, "Vice President Finance Business Partnering", 8, "direct", "en"),
        """Dear Ms Hollweg,

thank you for applying again – we remembered your profile from the autumn, and this time the
role is an even closer match. Our CFO, Dr. Axel Rohrbach, would like to meet you.

Please find the Teams invitation attached for Tuesday, 3 February, 10:00–11:00 CET.

Best regards
Nadine Köhler
Senior Talent Partner Executive Hiring
Arvensis Pharma SE · Frankfurter Straße 250 · 64293 Darmstadt
""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E0080000000077AC1E2B",
            "start": "2026-02-03 10:00:00 +0100",
            "minutes": 60,
            "organizer": ("Nadine Köhler", "nadine.koehler@arvensis-pharma.com"),
            "summary": "Interview VP Finance Business Partnering – K. Hollweg / Dr. A. Rohrbach",
            "location": "Microsoft Teams-Besprechung",
            "description": "Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen\nBesprechungs-ID: 391 552 180 44",
            "attendees": [("Dr. Axel Rohrbach", "axel.rohrbach@arvensis-pharma.com")],
        },
    ),
    m(
        "2826",
        "2026-02-12 12:05",
        "Nadine Köhler <nadine.koehler@arvensis-pharma.com>",
        "Next steps – VP Finance Business Partnering",
        ("interview", ARV, "Vice President Finance Business Partnering", 8, "direct", "en"),
        """Dear Ms Hollweg,

Dr. Rohrbach very much enjoyed your conversation. We would now like to invite you to a final
round on site in Darmstadt with two members of the Executive Committee. Could you let me know
your availability for the week of 23 February?

Best regards
Nadine
""",
    ),
    # --- 9 Hartmann & Söhne via StepStone: ghosted ----------------------------------------------
    m(
        "2827",
        "2025-09-05 13:47",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung bei Hartmann & Söhne Baustoffe GmbH & Co. KG wurde versendet",
        ("confirmation", "Hartmann & Söhne Baustoffe", "CFO", 9, "other", "de"),
        html="""<html><body>
<table width="600"><tr><td>
<h2>Ihre Bewerbung ist unterwegs!</h2>
<p>Hallo Katrin Hollweg,</p>
<p>Ihre Bewerbung für die Stelle <b>CFO (m/w/d)</b> bei <b>Hartmann &amp; Söhne Baustoffe GmbH &amp; Co. KG</b>
in Aschaffenburg wurde erfolgreich an das Unternehmen übermittelt.</p>
<p>Gesendet am 05.09.2025 · Anhänge: Lebenslauf_Hollweg.pdf, Zeugnisse_Hollweg.pdf</p>
<p><a href="https://www.stepstone.de/meine-bewerbungen">Bewerbungsstatus ansehen</a></p>
<p>Viel Erfolg wünscht Ihnen<br>Ihr StepStone Team</p>
<p style="font-size:10px">StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</p>
</td></tr></table></body></html>""",
    ),
    m(
        "2828",
        "2025-09-12 09:02",
        "StepStone <noreply@stepstone.de>",
        "Gute Nachrichten: Ihre Bewerbung wurde angesehen",
        ("viewed", "Hartmann & Söhne Baustoffe", "CFO", 9, "other", "de"),
        html="""<html><body><p>Hallo Katrin Hollweg,</p>
<p><b>Hartmann &amp; Söhne Baustoffe GmbH &amp; Co. KG</b> hat Ihre Bewerbung für <b>CFO (m/w/d)</b> geöffnet.</p>
<p>Tipp: Unternehmen melden sich im Schnitt nach 2–3 Wochen. Nutzen Sie die Zeit und bewerben Sie sich auf ähnliche Jobs.</p>
<p><a href="https://www.stepstone.de/jobs/cfo/in-aschaffenburg">Ähnliche Jobs entdecken</a></p>
<p>Ihr StepStone Team</p></body></html>""",
    ),
    # --- 10 Vireon Gebäudetechnik via Hagedorn (XING approach): offer accepted ------------------
    m(
        "2829",
        "2025-10-01 10:18",
        "Tobias Hagedorn via XING <mail@xing.com>",
        "Tobias Hagedorn hat Ihnen eine Nachricht geschickt",
        ("outreach", None, "CFO", None, "agency", "de"),
        html="""<html><body>
<p><b>Tobias Hagedorn</b> · Geschäftsführender Gesellschafter · Hagedorn Personalberatung</p>
<p>Guten Tag Frau Hollweg,<br>
ich begleite aktuell exklusiv die Suche nach einem CFO (m/w/d) für eine PE-finanzierte
Unternehmensgruppe im Bereich technische Gebäudeausrüstung (ca. 450 Mio. EUR Umsatz, Buy-and-Build,
Sitz Rhein-Main). Ihr Profil hat mich sofort angesprochen. Hätten Sie Interesse an einem
vertraulichen Austausch?<br>Beste Grüße, Tobias Hagedorn</p>
<p><a href="https://www.xing.com/chats/">Nachricht beantworten</a></p>
<p style="font-size:10px">New Work SE · Am Strandkai 1 · 20457 Hamburg</p></body></html>""",
    ),
    m(
        "2830",
        "2025-10-09 08:05",
        HAG,
        "CFO-Mandat Gebäudetechnik – Unterlagen und Name des Mandanten",
        ("interview", VIR, "CFO", 10, "agency", "de"),
        """Guten Morgen Frau Hollweg,

vielen Dank für das sehr gute Gespräch am Montag. Wie besprochen kann ich Ihnen jetzt den Namen
nennen: Es handelt sich um die Vireon Gebäudetechnik Holding GmbH in Eschborn, seit 2023 im
Portfolio von Larkspur Capital.

Der CEO, Herr Stefan Müller-Roth, und Frau Ines Baumgart (Partner bei Larkspur) möchten Sie
gerne am 16. Oktober um 17:00 Uhr in Eschborn treffen. Ich habe Ihnen die Einladung separat
geschickt; bitte bringen Sie gern Ihre Sicht auf das Thema Carve-out-Reporting mit.

Beste Grüße
Tobias Hagedorn

Hagedorn Personalberatung GmbH · Mainzer Landstraße 33 · 60329 Frankfurt am Main
""",
    ),
    m(
        "2831",
        "2025-10-09 08:07",
        "Tobias Hagedorn <t.hagedorn@hagedorn-personalberatung.de>",
        "Einladung: Vireon – Gespräch CEO / Larkspur mit K. Hollweg",
        ("interview", VIR, "CFO", 10, "agency", "de"),
        "Einladung von Google Kalender: Sie wurden zu dem folgenden Termin eingeladen.\n\n"
        "Vireon – Gespräch CEO / Larkspur mit K. Hollweg\nDo. 16. Okt. 2025 17:00 – 18:30 (MESZ)\n"
        "Ort: Vireon Gebäudetechnik, Frankfurter Str. 80, 65760 Eschborn\n\n"
        "Teilnehmer: Tobias Hagedorn (Organisator), Stefan Müller-Roth, Ines Baumgart, Katrin Hollweg\n",
        ics={
            "uid": "7ak3n1s0fq2h9vireon@google.com",
            "start": "2025-10-16 17:00:00 +0200",
            "minutes": 90,
            "organizer": ("Tobias Hagedorn", "t.hagedorn@hagedorn-personalberatung.de"),
            "summary": "Vireon – Gespräch CEO / Larkspur mit K. Hollweg",
            "location": "Vireon Gebäudetechnik, Frankfurter Str. 80, 65760 Eschborn",
            "attendees": [
                ("Stefan Müller-Roth", "s.mueller-roth@vireon-gruppe.de"),
                ("Ines Baumgart", "ines.baumgart@larkspurcapital.co.uk"),
            ],
        },
    ),
    m(
        "2832",
        "2025-11-06 19:41",
        HAG,
        "Vireon – Angebot",
        ("offer", VIR, "CFO", 10, "agency", "de"),
        """Liebe Frau Hollweg,

es ist offiziell: Vireon möchte Sie als CFO gewinnen! Herr Müller-Roth wird Sie morgen anrufen;
vorab die Eckpunkte, die mir der Beirat freigegeben hat:

- Geschäftsführerin Finanzen der Vireon Gebäudetechnik Holding GmbH
- Fixum und Bonus wie besprochen, zusätzlich Beteiligung am Management-Equity-Programm
- Eintritt möglichst zum 1. Februar 2026

Den Vertragsentwurf sendet Ihnen die Kanzlei von Larkspur in den nächsten Tagen. Ich gratuliere
Ihnen schon jetzt sehr herzlich – zu Recht!

Beste Grüße
Tobias Hagedorn
""",
    ),
    m(
        "2833",
        "2025-11-20 10:26",
        "Stefan Müller-Roth <s.mueller-roth@vireon-gruppe.de>",
        "Willkommen an Bord – unterzeichneter Dienstvertrag",
        ("offer", VIR, "CFO", 10, "direct", "de"),
        """Liebe Frau Hollweg,

vielen Dank für den unterschriebenen Vertrag – anbei erhalten Sie Ihr von der Gesellschaft
gegenzeichnetes Exemplar. Ich freue mich riesig, dass Sie ab dem 1. Februar an Bord sind.

Unsere Personalleiterin meldet sich wegen der Onboarding-Themen (Laptop, Dienstwagen,
Vorstellung im Führungskreis am 2. Februar).

Herzliche Grüße
Stefan Müller-Roth
CEO · Vireon Gebäudetechnik Holding GmbH
""",
        st="accepted",
        attach=[
            ("Dienstvertrag_Hollweg_gegengezeichnet.pdf", "application/pdf", "%PDF-1.4 placeholder")
        ],
    ),
    m(
        "2834",
        "2026-01-08 09:30",
        "Carina Otte <c.otte@vireon-gruppe.de>",
        "Ihr Start am 2. Februar – Onboarding",
        ("other_job", VIR, "CFO", None, "direct", "de"),
        """Liebe Frau Hollweg,

in gut drei Wochen geht es los! Anbei Ihr Onboarding-Plan für die ersten zwei Wochen. Bitte
schicken Sie mir bis zum 20. Januar noch Ihre Steuer-ID, die Sozialversicherungsnummer und ein
Foto für den Mitarbeiterausweis.

Herzliche Grüße
Carina Otte
Leitung Personal · Vireon Gebäudetechnik Holding GmbH
""",
    ),
    # --- 11 Lindenhof Family Office: principal from personal address, on hold -----------------
    m(
        "2835",
        "2025-10-03 11:11",
        "Office Lindenhof <office@lindenhof-fo.de>",
        "Ihre Unterlagen",
        ("confirmation", LFO, "CFO Family Office", 11, "direct", "de"),
        """Sehr geehrte Frau Hollweg,

wir bestätigen den Eingang Ihrer Unterlagen, die uns Herr Dr. Falk freundlicherweise
weitergeleitet hat. Herr Lindner wird sich nach Durchsicht persönlich bei Ihnen melden.

Mit freundlichen Grüßen
Annegret Wiese
Lindenhof Family Office GmbH · Kaiser-Friedrich-Promenade 12 · 61348 Bad Homburg v. d. Höhe
""",
    ),
    m(
        "2836",
        "2025-10-10 22:47",
        "Friedrich Lindner <f.lindner.bh@gmail.com>",
        "Gespräch",
        ("interview", LFO, "CFO Family Office", 11, "direct", "de"),
        """Liebe Frau Hollweg,

ich schreibe Ihnen von meiner privaten Adresse, weil das Büro über die Feiertage nur
eingeschränkt besetzt ist. Ihr Lebenslauf hat mich überzeugt. Würden Sie mich am Freitag, dem
17. Oktober, gegen 16 Uhr im Büro in Bad Homburg besuchen? Mein Sohn Philipp wird ebenfalls
dabei sein – er wird die Nachfolge im Beirat übernehmen.

Mit herzlichen Grüßen
Friedrich Lindner

Von meinem iPad gesendet
""",
    ),
    m(
        "2837",
        "2025-11-18 16:02",
        "Friedrich Lindner <f.lindner.bh@gmail.com>",
        "Re: Gespräch",
        ("confirmation", LFO, "CFO Family Office", 11, "direct", "de"),
        """Liebe Frau Hollweg,

ich möchte Sie nicht im Unklaren lassen: Die Familie hat beschlossen, die Neuordnung der
Vermögensverwaltung erst nach dem Verkauf der Beteiligung an der Lindner Hydraulik im Frühjahr
anzugehen. Die Besetzung der CFO-Position ruht deshalb bis dahin. Ich würde mich gern im
April wieder bei Ihnen melden, wenn Sie einverstanden sind.

Herzliche Grüße
Friedrich Lindner

Am 11.10.2025 um 08:14 schrieb Katrin Hollweg <katrin.hollweg@posteo.de>:
> Sehr geehrter Herr Lindner,
> vielen Dank für Ihre Einladung, den 17. Oktober halte ich mir gerne frei.
""",
        st="on_hold",
        **reply("2836", "f.lindner.bh@gmail.com"),
    ),
    # --- 12 Nordwerk Logistics via LinkedIn ------------------------------------------------------
    m(
        "2838",
        "2025-09-15 20:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Katrin, your application was sent to Nordwerk Logistics",
        ("confirmation", "Nordwerk Logistics", "Head of Group Reporting", 12, "linkedin", "en"),
        html="""<html><body>
<p>Your application was sent to Nordwerk Logistics</p>
<table><tr><td><b>Head of Group Reporting (m/f/d)</b><br>Nordwerk Logistics SE · Frankfurt am Main (Hybrid)</td></tr></table>
<p>Applied on September 15, 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4298813377/">View job</a></p>
<p>Now, take these next steps for more success with your job search:</p>
<ul><li>Keep your profile up to date</li><li>Set up job alerts</li></ul>
<p style="font-size:10px">This email was intended for Katrin Hollweg (Director Group Controlling). LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085.</p>
</body></html>""",
    ),
    m(
        "2839",
        "2025-09-18 07:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Nordwerk Logistics",
        ("viewed", "Nordwerk Logistics", "Head of Group Reporting", 12, "linkedin", "en"),
        html="""<html><body><p>Good news, Katrin!</p>
<p>Nordwerk Logistics viewed your application for <b>Head of Group Reporting (m/f/d)</b>.</p>
<p><a href="https://www.linkedin.com/jobs/tracker/applied/">See your applied jobs</a></p></body></html>""",
    ),
    m(
        "2840",
        "2025-10-07 15:55",
        "Nordwerk Logistics Recruiting <karriere@nordwerk-logistics.com>",
        "Head of Group Reporting (m/w/d) – Rückmeldung",
        ("rejection", "Nordwerk Logistics", "Head of Group Reporting", 12, "direct", "de"),
        """Sehr geehrte Frau Hollweg,

vielen Dank für Ihre Bewerbung über LinkedIn und Ihr Interesse an Nordwerk Logistics.

Wir haben uns Ihr Profil mit großem Interesse angesehen. Da die Position sehr stark auf IFRS-
Konzernabschluss und die Umstellung auf ein neues Konsolidierungssystem ausgerichtet ist, haben wir
uns jedoch für Kandidat:innen mit noch tieferer Erfahrung in diesem Bereich entschieden.

Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Suche.

Freundliche Grüße
Team Talent Acquisition
Nordwerk Logistics SE
""",
    ),
    # --- 13 Taunusstrom via Indeed: ghosted ------------------------------------------------------
    m(
        "2841",
        "2025-10-15 21:04",
        "Indeed Apply <indeedapply@indeed.com>",
        "Bewerbung gesendet: Leiter Finanzen und Controlling (m/w/d)",
        (
            "confirmation",
            "Taunusstrom Energie",
            "Leiter Finanzen und Controlling",
            13,
            "indeed",
            "de",
        ),
        html="""<html><body>
<p><b>Ihre Bewerbung wurde gesendet</b></p>
<p>Leiter Finanzen und Controlling (m/w/d)<br>Taunusstrom Energie AG – Oberursel (Taunus)</p>
<p>Die folgenden Elemente wurden an den Arbeitgeber gesendet: Lebenslauf, Anschreiben.</p>
<p>Nächste Schritte: Der Arbeitgeber kann Sie über Indeed kontaktieren. Prüfen Sie Ihr Postfach regelmäßig.</p>
<p><a href="https://de.indeed.com/myjobs">Meine Jobs</a></p>
<p style="font-size:10px">© 2025 Indeed · Sie haben diese E-Mail erhalten, weil Sie sich über Indeed beworben haben.</p>
</body></html>""",
    ),
    # --- 14 Bergmann Medizintechnik via Experteer, rejection via rexx -----------------------------
    m(
        "2842",
        "2025-11-04 12:40",
        "Experteer <service@experteer.de>",
        "Ihre Bewerbung: Vice President Finance (m/w/d) – Bergmann Medizintechnik AG",
        ("confirmation", "Bergmann Medizintechnik", "Vice President Finance", 14, "other", "de"),
        html="""<html><body><p>Sehr geehrte Frau Hollweg,</p>
<p>Ihre Bewerbung auf die Position <b>Vice President Finance (m/w/d)</b> bei der Bergmann Medizintechnik AG, München,
wurde erfolgreich weitergeleitet.</p>
<p>Als Premium-Mitglied sehen Sie in Ihrem Experteer-Konto, wann der Recruiter Ihre Unterlagen aufgerufen hat.</p>
<p>Ihr Experteer Karriereservice</p>
<p style="font-size:10px">Experteer GmbH · München</p></body></html>""",
    ),
    m(
        "2843",
        "2025-11-25 09:58",
        "Bergmann Medizintechnik AG <karriere@bergmann-medtech.rexx-recruitment.com>",
        "Ihre Bewerbung bei der Bergmann Medizintechnik AG",
        ("rejection", "Bergmann Medizintechnik", "Vice President Finance", 14, "other", "de"),
        """Sehr geehrte Frau Hollweg,

haben Sie vielen Dank für Ihr Interesse an einer Tätigkeit als Vice President Finance (m/w/d)
in unserem Hause.

Ihre Unterlagen haben uns einen guten Eindruck von Ihrem beeindruckenden Werdegang vermittelt.
Nach sorgfältiger Abwägung müssen wir Ihnen dennoch mitteilen, dass wir Ihre Bewerbung im
weiteren Verfahren nicht berücksichtigen können.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für die Zukunft alles Gute.

Mit freundlichen Grüßen
i. A. Sven Aumüller
Human Resources · Bergmann Medizintechnik AG
""",
    ),
    # --- 15 Palatin Immobilien via Ostend Interim Partners -------------------------------------
    m(
        "2844",
        "2025-11-10 08:50",
        OIP,
        "Interim-CFO Mandat ab Januar – Immobiliengruppe Frankfurt",
        ("outreach", None, "Interim CFO", None, "agency", "de"),
        """Hallo Frau Hollweg,

wir kennen uns flüchtig vom Controller-Forum im Frühjahr. Für einen Kunden – eine
bestandshaltende Immobiliengruppe mit Sitz in Frankfurt, ca. 3 Mrd. EUR Portfolio – suche ich
kurzfristig eine Interim-CFO für 9–12 Monate (Refinanzierung, Aufbau eines Treasury-Reportings).
Wäre so ein Interim-Einsatz für Sie grundsätzlich denkbar, oder suchen Sie ausschließlich eine
Festanstellung?

Beste Grüße
Meike Sander
Senior Partner · Ostend Interim Partners GmbH
Hanauer Landstraße 126 · 60314 Frankfurt
""",
    ),
    m(
        "2845",
        "2025-11-14 13:20",
        OIP,
        "RE: Interim-CFO Mandat – Vorstellung beim Kunden",
        ("interview", PAL, "Interim CFO", 15, "agency", "de"),
        """Hallo Frau Hollweg,

prima, danke für Ihr Okay und den aktualisierten Lebenslauf. Ich habe Sie heute beim Kunden
vorgestellt – es ist die Palatin Immobilien AG (Westend). Der Vorstandsvorsitzende Herr Koç
würde Sie gerne am Mittwoch, 19.11., um 08:30 Uhr zum Frühstück in der Bockenheimer Landstraße
treffen. Kurz und informell, ca. eine Stunde.

Beste Grüße
Meike Sander
""",
        **reply("2844", OIP),
    ),
    m(
        "2846",
        "2025-12-01 18:04",
        OIP,
        "Palatin – Rückmeldung",
        ("rejection", PAL, "Interim CFO", 15, "agency", "de"),
        """Hallo Frau Hollweg,

leider keine guten Nachrichten: Palatin hat sich entschieden, die Interim-Lösung intern über den
bisherigen Leiter Finanzen abzubilden und die Stelle im Frühjahr fest auszuschreiben. An Ihnen
lag es nicht – Herr Koç hat das Gespräch ausdrücklich gelobt.

Ich melde mich, sobald ich etwas Passendes auf dem Tisch habe.

Beste Grüße
Meike Sander
""",
    ),
]

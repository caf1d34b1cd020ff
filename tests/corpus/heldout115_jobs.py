# ruff: noqa: E501, RUF100
"""Corpus 115, German insurer and bank job mail (data only): see heldout115.py.

Also the corpus's shared helpers: the time zone, ``m()`` and the label shorthands."""

from __future__ import annotations

import functools
from typing import Any

from heldout import dated_spec


def cologne_zone(day: str) -> str:
    """Europe/Berlin offset on ``day`` (summer time ends 26 Oct 2025, starts 29 Mar 2026)."""
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


m = functools.partial(dated_spec, cologne_zone)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "de") -> tuple[Any, ...]:
    """Application mail (or job mail naming an employer and role) in German unless told."""
    return (cat, co, role, app, src, lang)


def J(
    cat: str, src: str, lang: str = "de", co: str | None = None, role: str | None = None
) -> tuple[Any, ...]:
    """Job mail that belongs to no application (alert, outreach, other_job)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "de") -> tuple[str, str]:
    """Mail that is not about jobs."""
    return ("not_job", lang)


def ev(uid: str, start: str, who: tuple[str, str], summary: str, **kw: Any) -> dict[str, Any]:
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" Cologne time)."""
    out: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {cologne_zone(start[:10])}",
        "organizer": who,
        "summary": summary,
    }
    out.update(kw)
    return out


DS, DSR = "Domstadt Versicherung", "Aktuarin Lebensversicherung (m/w/d)"
HC, HCR = "Hansa-Colonia", "Pricing Analyst Kraftfahrtversicherung (m/w/d)"
HC2 = "Senior Aktuarin Pricing Sach (m/w/d)"
NKV, NKVR = "NKV", "Aktuar/in Krankenversicherung (m/w/d)"
VRV, VRVR = (
    "VRV Vereinigte Rheinische",
    "Versicherungsmathematiker/in Produktentwicklung Leben (m/w/d)",
)
RB, RBR = "Rheinufer Bank", "Risikocontroller/in Marktpreisrisiken (m/w/d)"
PK, PKR = "Pensionskasse Chemie Leverkusen", "Aktuarin bAV / Pensionskasse (m/w/d)"
RS, RSR = "Rheinlandia Sachversicherung", "Pricing-Aktuar/in Gewerbe (m/w/d)"
ND, NDR = "Nordlicht Direkt", "Data Analyst Pricing (m/w/d)"
LH, LHR = "Lindenhof Rechtsschutz", "Aktuarin Schaden-/Unfall (m/w/d)"
BL, BLR = "Bergische Lebensversicherung", "Aktuarin Bestandsmanagement (m/w/d)"
AB, ABR = "Alpenbank", "Quantitative Analystin ALM (m/w/d)"
KA, KAR = "Kessler Aktuare", "Beraterin Pensionsgutachten (m/w/d)"
CN, CNR = "Colonia Nova Leben", "Aktuarin Solvency II (m/w/d)"

DOM = ("Lena Hoffstädter", "lena.hoffstaedter@domstadt-gruppe.de")

MAIL: list[dict[str, Any]] = [
    # --- 1 Domstadt Versicherung, Aktuarin Leben (Workday tenant of the group) -------------
    m(
        "7301",
        "2025-09-08 19:42",
        "Domstadt Karriere <domstadtgruppe@myworkday.com>",
        "Ihre Bewerbung: Aktuarin Lebensversicherung (m/w/d) – R-2025-0418",
        A("confirmation", DS, DSR, 1, "workday"),
        """Sehr geehrte Frau Wendeborn,

vielen Dank für Ihre Bewerbung als Aktuarin Lebensversicherung (m/w/d) (R-2025-0418) bei der Domstadt Lebensversicherung AG.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihr Profil sorgfältig und melden uns in der Regel innerhalb von drei Wochen bei Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Kandidatenportal einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Domstadt Versicherungsgruppe

Domstadt Versicherungskonzern AG · Konrad-Adenauer-Ufer 40 · 50668 Köln
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""",
    ),
    m(
        "7302",
        "2025-09-17 11:05",
        "Lena Hoffstädter <karriere@domstadt-gruppe.de>",
        "Ihre Bewerbung bei uns – Terminvorschlag Telefoninterview",
        A("interview", DS, DSR, 1, "direct"),
        """Sehr geehrte Frau Wendeborn,

Ihr Profil hat uns neugierig gemacht! Gerne würden wir Sie in einem ersten telefonischen Gespräch (ca. 30 Minuten) näher kennenlernen. Mit dabei ist Dr. Matthias Overkamp, Leiter Produktaktuariat Leben.

Passt Ihnen Dienstag, der 23.09., um 14:00 Uhr? Eine Kalendereinladung schicke ich Ihnen gleich mit.

Viele Grüße aus dem Rheinauhafen
Lena Hoffstädter
Talent Acquisition
Domstadt Versicherung
Tel. +49 221 4839-2210
""",
        ics=ev(
            "ds-tel-0923@domstadt-gruppe.de",
            "2025-09-23 14:00",
            DOM,
            "Telefoninterview Aktuarin Leben – Wendeborn",
            minutes=30,
            style="outlook",
            location="Telefon (wir rufen Sie an)",
        ),
    ),
    m(
        "7303",
        "2025-11-20 09:31",
        "Lena Hoffstädter <karriere@domstadt-gruppe.de>",
        "Nächster Schritt: Fallstudie",
        A("assessment", DS, DSR, 1, "direct"),
        """Sehr geehrte Frau Wendeborn,

herzlichen Dank für das angenehme Telefonat im September und Ihre Geduld – die Abstimmung im Fachbereich hat leider etwas gedauert. Wir möchten den Prozess gerne mit Ihnen fortsetzen.

Als nächsten Schritt bitten wir Sie, eine kurze Fallstudie zu bearbeiten: Im Anhang finden Sie einen vereinfachten Bestand fondsgebundener Rentenversicherungen. Bitte schätzen Sie die Auswirkung einer Zinsänderung um 50 Basispunkte auf die Deckungsrückstellung und fassen Sie Ihre Annahmen auf höchstens drei Folien zusammen. Bitte senden Sie uns Ihre Ergebnisse bis Freitag, 28.11., zurück.

Die Fallstudie stellen Sie anschließend in unserem Assessment-Center vor.

Freundliche Grüße
Lena Hoffstädter
Domstadt Versicherung | Talent Acquisition
""",
        attach=[
            (
                "Fallstudie_Leben_Bestand.csv",
                "text/csv",
                "vertrag;alter;rueckkaufswert;garantiezins\n100231;44;18230.50;0.9\n100232;51;40112.00;1.25\n",
            )
        ],
    ),
    m(
        "7304",
        "2025-12-01 16:20",
        "Lena Hoffstädter <karriere@domstadt-gruppe.de>",
        "Einladung zum Assessment-Center am 09.12.2025",
        A("interview", DS, DSR, 1, "direct"),
        """Sehr geehrte Frau Wendeborn,

vielen Dank für Ihre Fallstudie, die bei den Kolleginnen und Kollegen sehr gut angekommen ist.

Wir laden Sie herzlich zu unserem Assessment-Center ein:
Dienstag, 9. Dezember 2025, 9:00 bis ca. 15:30 Uhr
Domstadt Versicherung, Konrad-Adenauer-Ufer 40, 50668 Köln, Empfang Haus B

Ablauf: Präsentation Ihrer Fallstudie (20 Minuten + Fragen), Gruppenübung, Interview mit Fachbereich und HR. Für das Mittagessen ist gesorgt. Reisekosten erstatten wir gerne.

Bitte bestätigen Sie kurz Ihre Teilnahme.

Viele Grüße
Lena Hoffstädter
""",
        ics=ev(
            "ds-ac-1209@domstadt-gruppe.de",
            "2025-12-09 09:00",
            DOM,
            "Assessment-Center Aktuariat Leben",
            minutes=390,
            style="outlook",
            location="Konrad-Adenauer-Ufer 40, Köln, Haus B",
        ),
    ),
    m(
        "7305",
        "2026-01-13 17:48",
        "Dr. Matthias Overkamp <matthias.overkamp@domstadt.de>",
        "Gute Nachrichten",
        A("offer", DS, DSR, 1, "direct"),
        """Liebe Frau Wendeborn,

ich möchte es Ihnen gerne persönlich sagen, bevor die Unterlagen kommen: Wir würden Sie sehr gerne in unserem Team Produktaktuariat Leben begrüßen. Frau Hoffstädter meldet sich in den nächsten Tagen mit dem Vertragsangebot.

Herzliche Grüße
Matthias Overkamp

--
Dr. Matthias Overkamp
Leiter Produktaktuariat Leben
Domstadt Lebensversicherung AG
""",
    ),
    m(
        "7306",
        "2026-01-15 10:14",
        "Lena Hoffstädter <karriere@domstadt-gruppe.de>",
        "Ihre Vertragsunterlagen",
        A("offer", DS, DSR, 1, "direct"),
        """Sehr geehrte Frau Wendeborn,

wie von Herrn Dr. Overkamp angekündigt, freuen wir uns sehr, Ihnen die Position als Aktuarin Lebensversicherung anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag (Eintritt 01.04.2026, Jahresbruttogehalt wie besprochen, Tarifgruppe VII des Tarifvertrags für das private Versicherungsgewerbe zzgl. übertariflicher Zulage) sowie die Anlagen zur betrieblichen Altersversorgung. Bitte senden Sie uns zwei unterschriebene Exemplare bis zum 30.01.2026 zurück.

Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen
Lena Hoffstädter
Talent Acquisition

Domstadt Versicherungskonzern AG, Sitz Köln, Amtsgericht Köln HRB 40117
""",
        attach=[
            (
                "Arbeitsvertrag_Wendeborn.txt",
                "text/plain",
                "Arbeitsvertrag zwischen der Domstadt Lebensversicherung AG und Frau Katharina Wendeborn ...\n",
            )
        ],
    ),
    m(
        "7307",
        "2026-01-23 08:55",
        "Lena Hoffstädter <karriere@domstadt-gruppe.de>",
        "AW: Ihre Vertragsunterlagen",
        A("offer", DS, DSR, 1, "direct"),
        """Liebe Frau Wendeborn,

Ihre unterschriebenen Vertragsexemplare sind heute bei uns eingegangen – herzlich willkommen bei der Domstadt! Das gegengezeichnete Exemplar erhalten Sie per Post.

Im März melden wir uns mit den Informationen zu Ihrem ersten Arbeitstag.

Viele Grüße
Lena Hoffstädter

-----Ursprüngliche Nachricht-----
Von: Katharina Wendeborn <k.wendeborn@web.de>
Gesendet: Dienstag, 20. Januar 2026 21:12
An: karriere@domstadt-gruppe.de
Betreff: AW: Ihre Vertragsunterlagen

Liebe Frau Hoffstädter,
anbei die beiden unterschriebenen Exemplare, das Original geht heute auch per Post raus.
Ich freue mich sehr!
Katharina Wendeborn
""",
        st="accepted",
    ),
    m(
        "7308",
        "2026-02-24 13:02",
        "Domstadt Onboarding <onboarding@domstadt-gruppe.de>",
        "Willkommen bei der Domstadt – Ihr erster Arbeitstag",
        J("other_job", "direct", co=DS, role=DSR),
        """Liebe Frau Wendeborn,

bald ist es so weit! Am Mittwoch, 1. April 2026, starten Sie um 9:00 Uhr mit unserem Welcome Day im Haus A. Bitte bringen Sie Ihren Personalausweis, Ihre Steuer-ID und Ihren Sozialversicherungsausweis mit.

Ihren Laptop erhalten Sie am ersten Tag. Wir freuen uns auf Sie!

Ihr Onboarding-Team
Domstadt Versicherungsgruppe
""",
    ),
    # --- 2 Hansa-Colonia a.G., Pricing Analyst Kfz (softgarden) ----------------------------
    m(
        "7311",
        "2025-09-11 12:30",
        "Hansa-Colonia Versicherung a.G. <noreply@softgarden.io>",
        "Eingangsbestätigung Ihrer Bewerbung",
        A("confirmation", HC, HCR, 2, "other"),
        html="""<html><body><p>Sehr geehrte Frau Wendeborn,</p>
<p>vielen Dank für Ihr Interesse an der Hansa-Colonia Versicherung a.G. und Ihre Bewerbung als <b>Pricing Analyst Kraftfahrtversicherung (m/w/d)</b>.</p>
<p>Wir werden Ihre Unterlagen nun sichten und uns so bald wie möglich bei Ihnen melden. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann.</p>
<p>Mit freundlichen Grüßen<br>Ihr Personalmanagement<br>Hansa-Colonia Versicherung a.G. – Versicherungsverein auf Gegenseitigkeit seit 1898</p>
<p style="font-size:10px;color:#888">Powered by softgarden</p></body></html>""",
    ),
    m(
        "7312",
        "2025-10-09 15:17",
        "Hansa-Colonia Versicherung a.G. <noreply@softgarden.io>",
        "Ihre Bewerbung als Pricing Analyst Kraftfahrtversicherung (m/w/d)",
        A("rejection", HC, HCR, 2, "other"),
        html="""<html><body><p>Sehr geehrte Frau Wendeborn,</p>
<p>nochmals vielen Dank für Ihre Bewerbung und das Vertrauen, das Sie uns damit entgegengebracht haben. Ihr Profil hat uns fachlich sehr gut gefallen, insbesondere Ihre Erfahrung mit GLMs und Tarifierung.</p>
<p>Nach sorgfältiger Abwägung haben wir uns jedoch für eine Kandidatin entschieden, deren Erfahrungsschwerpunkt noch etwas genauer zu den Anforderungen der Kraftfahrtsparte passt.</p>
<p>Wir wünschen Ihnen für Ihren weiteren Weg alles Gute und viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Ihr Personalmanagement der Hansa-Colonia</p></body></html>""",
    ),
    # --- 4 NKV, Krankenversicherung Düsseldorf (SuccessFactors) ----------------------------
    m(
        "7321",
        "2025-09-15 08:12",
        "NKV Karriere <do-not-reply@successfactors.eu>",
        "Ihre Bewerbung ist bei uns eingegangen",
        A("confirmation", NKV, NKVR, 4, "other"),
        """Sehr geehrte Frau Wendeborn,

vielen Dank für Ihre Bewerbung auf die Position „Aktuar/in Krankenversicherung (m/w/d)“ (Job-ID 58812) bei der Niederrheinische Krankenversicherung AG.

Wir prüfen Ihre Unterlagen und melden uns bei Ihnen. Sollten wir Ihnen keine Position anbieten können, benachrichtigen wir Sie selbstverständlich ebenfalls.

Freundliche Grüße
Ihr NKV Recruiting
Niederrheinische Krankenversicherung AG · Kaiserswerther Str. 112 · 40474 Düsseldorf
""",
    ),
    m(
        "7322",
        "2025-10-01 10:44",
        "Sabine Kreuels <sabine.kreuels@nkv-kranken.de>",
        "Telefoninterview – Aktuar/in Krankenversicherung",
        A("interview", NKV, NKVR, 4, "direct"),
        """Guten Tag Frau Wendeborn,

gerne möchten wir Sie in einem Telefoninterview näher kennenlernen. Wäre Ihnen Mittwoch, der 08.10.2025, zwischen 10 und 11 Uhr recht? Ich rufe Sie unter der in Ihrer Bewerbung angegebenen Mobilnummer an.

Beste Grüße
Sabine Kreuels
Personalgewinnung
NKV Krankenversicherung AG
""",
    ),
    m(
        "7323",
        "2025-10-29 14:06",
        "NKV Karriere <do-not-reply@successfactors.eu>",
        "Rückmeldung zu Ihrer Bewerbung",
        A("rejection", NKV, NKVR, 4, "other"),
        """Sehr geehrte Frau Wendeborn,

vielen Dank für das offene und interessante Gespräch mit uns. Sie haben einen sehr guten Eindruck hinterlassen und die Entscheidung ist uns nicht leichtgefallen.

Leider müssen wir Ihnen dennoch mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, die bereits Erfahrung in der Beitragsanpassung nach § 155 VAG mitbringt.

Wir wünschen Ihnen beruflich und persönlich alles Gute.

Mit freundlichen Grüßen
NKV Recruiting
""",
    ),
    # --- 5 VRV, Produktentwicklung Leben (SuccessFactors + online test) -------------------
    m(
        "7331",
        "2025-09-19 21:03",
        "VRV Karriere <do-not-reply@successfactors.eu>",
        "Bestätigung: Versicherungsmathematiker/in Produktentwicklung Leben (m/w/d)",
        A("confirmation", VRV, VRVR, 5, "other"),
        """Sehr geehrte Frau Wendeborn,

wir bestätigen den Eingang Ihrer Bewerbung bei den Vereinigten Rheinischen Versicherungen. Ihre Bewerbung wird nun an den zuständigen Fachbereich weitergeleitet.

Bitte beachten Sie: Aufgrund der hohen Anzahl an Bewerbungen kann die Bearbeitung bis zu vier Wochen dauern.

Ihr Team Recruiting
VRV Vereinigte Rheinische Versicherungen AG
""",
    ),
    m(
        "7332",
        "2025-10-02 09:00",
        "VRV Karriere <do-not-reply@successfactors.eu>",
        "Einladung zum Online-Test",
        A("assessment", VRV, VRVR, 5, "other"),
        """Sehr geehrte Frau Wendeborn,

im nächsten Schritt bitten wir Sie, einen Online-Test zu numerischem und logischem Denken zu absolvieren (Dauer ca. 45 Minuten). Der Link ist sieben Tage gültig:

https://vrv.assessment-portal.example/t/8KQ2-77XZ

Bitte sorgen Sie für eine ruhige Umgebung und eine stabile Internetverbindung.

Viel Erfolg!
Ihr Team Recruiting VRV
""",
    ),
    m(
        "7333",
        "2025-10-20 16:37",
        "VRV Karriere <do-not-reply@successfactors.eu>",
        "Ihre Bewerbung bei der VRV",
        A("rejection", VRV, VRVR, 5, "other"),
        """Sehr geehrte Frau Wendeborn,

vielen Dank, dass Sie sich die Zeit für unseren Online-Test genommen haben. Ihre Ergebnisse waren solide, dennoch haben wir uns entschieden, den Auswahlprozess mit anderen Kandidatinnen und Kandidaten fortzusetzen.

Wir würden uns freuen, wenn Sie unsere Stellenangebote weiter verfolgen.

Mit freundlichen Grüßen
Ihr Team Recruiting
""",
    ),
    # --- 6 Rheinufer Bank (softgarden) ------------------------------------------------------
    m(
        "7341",
        "2025-09-24 13:18",
        "Rheinufer Bank AG <noreply@softgarden.io>",
        "Vielen Dank für Ihre Bewerbung",
        A("confirmation", RB, RBR, 6, "other"),
        html="""<html><body><p>Sehr geehrte Frau Wendeborn,</p><p>herzlichen Dank für Ihre Bewerbung als Risikocontroller/in Marktpreisrisiken (m/w/d) in Düsseldorf. Wir haben Ihre Unterlagen erhalten und werden uns nach Prüfung bei Ihnen melden.</p><p>Mit freundlichen Grüßen<br>Personal | Rheinufer Bank AG</p></body></html>""",
    ),
    m(
        "7342",
        "2025-10-15 11:51",
        "Rheinufer Bank AG <noreply@softgarden.io>",
        "Ihre Bewerbung",
        A("rejection", RB, RBR, 6, "other"),
        html="""<html><body><p>Sehr geehrte Frau Wendeborn,</p><p>wir haben Ihre Bewerbung mit großem Interesse gelesen. Ihr versicherungsmathematischer Hintergrund ist beeindruckend.</p><p>Für diese Position suchen wir allerdings ein Profil mit mehrjähriger Erfahrung im Handelsbuch einer Bank, sodass wir Ihre Bewerbung leider nicht weiter berücksichtigen können.</p><p>Alles Gute für Ihre Zukunft!<br>Personal | Rheinufer Bank AG</p></body></html>""",
    ),
    # --- 7 Pensionskasse via DAV-Stellenbörse, direct email --------------------------------
    m(
        "7351",
        "2025-09-29 10:02",
        "Personalabteilung PKCL <bewerbung@pk-chemie-lev.de>",
        "AW: Bewerbung als Aktuarin bAV / Pensionskasse – Ihre Anzeige in der DAV-Stellenbörse",
        A("confirmation", PK, PKR, 7, "direct"),
        """Sehr geehrte Frau Wendeborn,

vielen Dank für Ihre Bewerbung, die wir gerne bestätigen. Wir werden uns nach Ablauf der Bewerbungsfrist (17.10.) bei Ihnen melden.

Mit freundlichen Grüßen
Gudrun Esser
Personal
Pensionskasse der Chemieindustrie Leverkusen VVaG
Kaiser-Wilhelm-Allee 8 · 51373 Leverkusen

> Sehr geehrte Damen und Herren,
> auf Ihre Anzeige in der Stellenbörse der DAV hin sende ich Ihnen anbei meine Bewerbungsunterlagen ...
""",
    ),
    m(
        "7352",
        "2025-10-27 09:40",
        "Gudrun Esser <bewerbung@pk-chemie-lev.de>",
        "Einladung zum Vorstellungsgespräch",
        A("interview", PK, PKR, 7, "direct"),
        """Sehr geehrte Frau Wendeborn,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen am

Montag, 10. November 2025, 14:00 Uhr,
in unseren Räumen in Leverkusen, Kaiser-Wilhelm-Allee 8, 2. OG.

Gesprächspartner sind unser Vorstand Herr Dr. Pütz und der Verantwortliche Aktuar, Herr Lammertz.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Gudrun Esser
Pensionskasse der Chemieindustrie Leverkusen VVaG
""",
    ),
    # --- 8 Rheinlandia Sach via StepStone --------------------------------------------------
    m(
        "7361",
        "2025-09-30 20:11",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        A("confirmation", RS, RSR, 8, "other"),
        html="""<html><body><h2>Bewerbung versendet!</h2><p>Hallo Katharina,</p><p>Ihre Bewerbung als <b>Pricing-Aktuar/in Gewerbe (m/w/d)</b> bei <b>Rheinlandia Sachversicherung AG</b> wurde erfolgreich übermittelt.</p><p>Tipp: Vervollständigen Sie Ihr Profil, damit Arbeitgeber Sie schneller finden.</p><p>Ihr StepStone Team</p></body></html>""",
    ),
    m(
        "7362",
        "2025-10-02 07:58",
        "Rheinlandia Recruiting <recruiting@rheinlandia.de>",
        "Eingangsbestätigung",
        A("confirmation", RS, RSR, 8, "direct"),
        """Sehr geehrte Frau Wendeborn,

Ihre Bewerbung über StepStone ist bei uns eingegangen. Vielen Dank!

Wir melden uns innerhalb der nächsten Wochen. Falls wir Sie nicht berücksichtigen können, erhalten Sie ebenfalls eine Nachricht.

Freundliche Grüße
Recruiting Rheinlandia Sachversicherung AG
Ein Unternehmen der Rheinlandia Gruppe
""",
    ),
    m(
        "7363",
        "2025-11-05 15:24",
        "Rheinlandia Recruiting <recruiting@rheinlandia.de>",
        "Zu Ihrer Bewerbung vom 30.09.",
        A("rejection", RS, RSR, 8, "direct"),
        """Sehr geehrte Frau Wendeborn,

wir bedanken uns für Ihre Geduld. Zwischenzeitlich haben wir die Stelle besetzt, daher können wir Ihnen heute leider keine positive Nachricht geben.

Ihre Unterlagen löschen wir gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten.

Freundliche Grüße
Recruiting Rheinlandia
""",
    ),
    # --- 9 Nordlicht Direkt via Indeed (ghosted) -------------------------------------------
    m(
        "7371",
        "2025-10-04 22:36",
        "Indeed Apply <indeedapply@indeed.com>",
        "Bewerbung eingereicht: Data Analyst Pricing (m/w/d)",
        A("confirmation", ND, NDR, 9, "indeed"),
        html="""<html><body><p><b>Ihre Bewerbung wurde an Nordlicht Direkt Versicherung AG gesendet.</b></p><p>Data Analyst Pricing (m/w/d)<br>Düsseldorf · Hybrid</p><p>Sie erhalten von uns eine Benachrichtigung, wenn der Arbeitgeber Ihre Bewerbung ansieht.</p><p>Viel Erfolg!<br>Indeed</p></body></html>""",
    ),
    m(
        "7372",
        "2025-10-09 12:00",
        "Indeed <no-reply@indeed.com>",
        "Ihre Bewerbung wurde angesehen",
        A("viewed", ND, NDR, 9, "indeed"),
        html="""<html><body><p>Gute Neuigkeiten! Nordlicht Direkt Versicherung AG hat Ihre Bewerbung für <b>Data Analyst Pricing (m/w/d)</b> angesehen.</p><p>Indeed</p></body></html>""",
    ),
    # --- 10 Lindenhof Rechtsschutz via XING ----------------------------------------------------
    m(
        "7381",
        "2025-10-07 18:22",
        "XING <mailrobot@mail.xing.com>",
        "Ihre Bewerbung an Lindenhof Rechtsschutz AG",
        A("confirmation", LH, LHR, 10, "other"),
        html="""<html><body><p>Hallo Katharina Wendeborn,</p><p>Ihre Bewerbung als Aktuarin Schaden-/Unfall (m/w/d) wurde an die Lindenhof Rechtsschutz AG übermittelt.</p><p>Viel Erfolg wünscht Ihr XING Team</p></body></html>""",
    ),
    m(
        "7382",
        "2025-10-24 10:09",
        "Lindenhof Rechtsschutz Personal <personal@lindenhof-rs.de>",
        "Ihre Bewerbung über XING",
        A("rejection", LH, LHR, 10, "direct"),
        """Sehr geehrte Frau Wendeborn,

vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Mitarbeit bei uns. Ihr Werdegang hat uns gut gefallen.

Nach eingehender Prüfung müssen wir Ihnen jedoch mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben.

Wir wünschen Ihnen viel Erfolg bei der weiteren Suche.

Mit freundlichen Grüßen
Personal
Lindenhof Rechtsschutzversicherung AG · Düsseldorf
""",
    ),
    # --- 11 Bergische Leben (softgarden, ghosted) ------------------------------------------
    m(
        "7391",
        "2025-10-13 09:47",
        "Bergische Leben <noreply@softgarden.io>",
        "Ihre Bewerbung als Aktuarin Bestandsmanagement (m/w/d)",
        A("confirmation", BL, BLR, 11, "other"),
        html="""<html><body><p>Sehr geehrte Frau Wendeborn,</p><p>vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten.</p><p>Leider können wir Ihnen nicht immer sofort antworten: Bitte sehen Sie von Nachfragen ab, wir kommen innerhalb von vier Wochen auf Sie zu. Sollten wir Sie im weiteren Verfahren nicht berücksichtigen können, informieren wir Sie ebenfalls.</p><p>Freundliche Grüße<br>Bergische Lebensversicherung AG, Wuppertal</p></body></html>""",
    ),
    # --- 12 Alpenbank Munich (Workday) -----------------------------------------------------
    m(
        "7401",
        "2025-10-16 20:55",
        "Alpenbank Karriere <alpenbank@myworkday.com>",
        "Eingang Ihrer Bewerbung – Quantitative Analystin ALM (m/w/d)",
        A("confirmation", AB, ABR, 12, "workday"),
        """Sehr geehrte Frau Wendeborn,

vielen Dank für Ihre Bewerbung bei der Alpenbank AG in München. Wir haben Ihre Bewerbung für die Stelle Quantitative Analystin ALM (m/w/d) erhalten.

Sie können den Status Ihrer Bewerbung jederzeit in Ihrem Kandidatenkonto abrufen.

Mit freundlichen Grüßen
Alpenbank AG – Human Resources
""",
    ),
    m(
        "7402",
        "2025-11-18 08:30",
        "Alpenbank Karriere <alpenbank@myworkday.com>",
        "Update zu Ihrer Bewerbung",
        A("rejection", AB, ABR, 12, "workday"),
        """Sehr geehrte Frau Wendeborn,

wir danken Ihnen für Ihre Geduld und Ihr Interesse an der Alpenbank. Ihre Qualifikationen haben uns durchaus angesprochen.

Nach sorgfältiger Prüfung haben wir uns jedoch entschieden, mit Kandidatinnen und Kandidaten fortzufahren, deren Profil unseren aktuellen Anforderungen noch besser entspricht.

Wir wünschen Ihnen alles Gute.
Alpenbank AG – Human Resources
""",
    ),
    # --- 13 Kessler Aktuare (Personio, du, on hold) -------------------------------------------
    m(
        "7411",
        "2025-10-18 11:20",
        "Kessler Aktuare GmbH <no-reply@personio.de>",
        "Danke für deine Bewerbung, Katharina!",
        A("confirmation", KA, KAR, 13, "personio"),
        """Hallo Katharina,

danke für deine Bewerbung als Beraterin Pensionsgutachten (m/w/d)! Wir schauen uns deine Unterlagen in Ruhe an und melden uns in den nächsten zwei Wochen.

Viele Grüße
Das Team von Kessler Aktuare
Kessler Actuarial Consulting GmbH · Ehrenfeldgürtel 88 · 50823 Köln
""",
    ),
    m(
        "7412",
        "2025-10-24 15:02",
        "Jonas Kessler <jonas.kessler@kessler-aktuare.de>",
        "Kennenlernen?",
        A("interview", KA, KAR, 13, "direct"),
        """Hallo Katharina,

ich bin Jonas, einer der Partner bei Kessler Aktuare. Deine Bewerbung liest sich super – hättest du Lust auf ein Kennenlernen per Teams, z. B. Mittwoch, 29.10., 11 Uhr? Einladung kommt gleich.

Beste Grüße
Jonas
""",
        ics=ev(
            "ka-1029-teams@kessler-aktuare.de",
            "2025-10-29 11:00",
            ("Jonas Kessler", "jonas.kessler@kessler-aktuare.de"),
            "Kennenlernen Katharina Wendeborn / Kessler Aktuare",
            minutes=45,
            style="outlook",
            location="Microsoft Teams-Besprechung",
        ),
    ),
    m(
        "7413",
        "2025-11-04 17:45",
        "Jonas Kessler <jonas.kessler@kessler-aktuare.de>",
        "AW: Kennenlernen?",
        A("confirmation", KA, KAR, 13, "direct"),
        """Hallo Katharina,

danke nochmal für das gute Gespräch. Ehrlich gesagt müssen wir die Stelle gerade auf Eis legen – einer unserer großen Mandanten hat die Ausschreibung seiner Gutachten auf das Frühjahr verschoben. Sobald das klar ist, melde ich mich wieder bei dir, spätestens im Februar.

Sorry für die Warterei!
Jonas

> Am 29.10.2025 um 12:02 schrieb Katharina Wendeborn:
> Hallo Jonas, danke für das nette Gespräch heute ...
""",
        st="on_hold",
    ),
    # --- 23 Colonia Nova Leben (Workday), confirmation forwarded from the old address -------
    m(
        "7421",
        "2025-10-28 22:17",
        "Katharina Wendeborn <katharina.wendeborn@smail.uni-koeln.example>",
        "WG: Vielen Dank für Ihre Bewerbung – Aktuarin Solvency II (m/w/d)",
        A("confirmation", CN, CNR, 23, "workday"),
        """Hab aus Versehen die alte Uni-Adresse angegeben, zur Sicherheit hierher weitergeleitet.

-----Ursprüngliche Nachricht-----
Von: Colonia Leben Karriere <colonialeben@myworkday.com>
Gesendet: Dienstag, 28. Oktober 2025 21:58
An: katharina.wendeborn@smail.uni-koeln.example
Betreff: Vielen Dank für Ihre Bewerbung – Aktuarin Solvency II (m/w/d)

Sehr geehrte Frau Wendeborn,

vielen Dank für Ihre Bewerbung als Aktuarin Solvency II (m/w/d) bei der Colonia Nova Lebensversicherung AG. Wir haben Ihre Unterlagen erhalten und prüfen diese nun.

Mit freundlichen Grüßen
Personalmarketing & Recruiting
Colonia Nova Lebensversicherung AG – ein Unternehmen des Colonia Nova Konzerns
""",
    ),
    m(
        "7422",
        "2025-12-19 09:26",
        "Colonia Leben Karriere <colonialeben@myworkday.com>",
        "Ihre Bewerbung vom 28.10.2025",
        A("rejection", CN, CNR, 23, "workday"),
        """Sehr geehrte Frau Wendeborn,

vielen Dank für Ihre Bewerbung und Ihre Geduld. Wir haben uns Ihr Profil mit Interesse angesehen und waren von Ihrer Erfahrung in der Modellierung durchaus beeindruckt.

Dennoch können wir Ihnen leider keine Zusage geben, da wir uns für eine Kandidatin mit tieferer Erfahrung in der Standardformel entschieden haben. Für das Weihnachtsfest und den Jahreswechsel wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Colonia Nova Lebensversicherung AG
""",
    ),
]

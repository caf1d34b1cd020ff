# ruff: noqa: E501, RUF100
"""Corpus 143, job mail part two (data only): see heldout143.py."""

from __future__ import annotations

from typing import Any

from heldout143_jobs import (
    BN,
    BNR,
    BP,
    BPR,
    BWB,
    BWBR,
    FB,
    FBR,
    JHZ,
    JHZR,
    JWE,
    JWER,
    KRA,
    KRAR,
    LW,
    LWR,
    RW,
    RWR,
    SON,
    SONR,
    TP,
    TPR,
    VJ,
    VJR,
    WORK,
    A,
    J,
    _interamt_foot,
    _interamt_html,
    ics,
    m,
    th,
)

_vj2_invite = m(
    "q2tn",
    "2026-01-05 10:44",
    "Dreesen, Monika <m.dreesen@vinzenz-verbund.example>",
    "Einladung zum Vorstellungsgespräch am 15.01.2026",
    A("interview", VJ, VJR, 8, "direct"),
    text="""Sehr geehrte Frau Oberländer-Yilmaz,

ein gutes neues Jahr! Schön, dass Sie sich erneut bei uns beworben haben – wir haben uns an Ihre
Bewerbung vom Herbst noch gut erinnert.

Für die neu ausgeschriebene Stelle als Fachkraft für ambulante Erziehungshilfen (Kennziffer
AEH-2025-31, Standort Köln-Kalk) möchten wir Sie herzlich zu einem Vorstellungsgespräch einladen:

Donnerstag, 15.01.2026, 10:00 Uhr
Vinzenz Jugendhilfe, Regionalbüro Kalk, Kalker Hauptstr. 214, 51103 Köln

Gesprächspartnerinnen sind Frau Reinartz (Teamleitung Ambulante Hilfen Rechtsrheinisch) und ich.
Bitte bestätigen Sie den Termin kurz.

Mit freundlichen Grüßen

Monika Dreesen
Personalreferentin
Vinzenz Kinder-, Jugend- und Familienhilfe Köln gGmbH
ein Unternehmen im Sankt-Vinzenz-Verbund Köln
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000031D2E4F09B7EDC01000000000000000010000000E42",
        "2026-01-15 10:00",
        "Vorstellungsgespräch AEH-2025-31 Oberländer-Yilmaz",
        ("Dreesen, Monika", "m.dreesen@vinzenz-verbund.example"),
        style="outlook",
        minutes=60,
        location="Regionalbüro Kalk, Kalker Hauptstr. 214",
    ),
)

_son_invite = m(
    "y3wk",
    "2025-10-16 16:20",
    "Tobias Renner <t.renner@sozialpersonal-rheinland.example>",
    "Vorstellungsgespräch beim Kunden – Sonnenhof Kinder- und Jugendhilfe gGmbH",
    A("interview", SON, SONR, 14, "agency"),
    text="""Hallo Frau Oberländer-Yilmaz,

tolle Neuigkeiten: Unser Kunde möchte Sie kennenlernen! Jetzt darf ich auch endlich verraten,
um wen es sich handelt – die Sonnenhof Kinder- und Jugendhilfe gGmbH in Leverkusen-Opladen.
Der Sonnenhof hat neben den Wohngruppen seit zwei Jahren einen eigenen Fachdienst für
Eingliederungshilfe (§ 35a SGB VIII und junge Volljährige), den Frau Dr. Wessel leitet.

Termin: Donnerstag, 23.10.2025, 15:00 Uhr
Ort:    Sonnenhof, Verwaltungsgebäude, Am Sonnenhof 4, 51381 Leverkusen

Gesprächspartner: Frau Dr. Wessel (Fachdienstleitung) und Herr Ilgner (Personal). Ich bin
nicht dabei, rufe Sie aber gern vorher nochmal zur Vorbereitung an – passt Ihnen Mittwoch
gegen 18 Uhr?

Zur Erinnerung: Es handelt sich um eine direkte Festanstellung beim Sonnenhof (Vergütung in
Anlehnung an TVöD SuE, S 12), für Sie entstehen keine Kosten.

Beste Grüße
Tobias Renner

Tobias Renner
Senior Personalberater Soziales & Pädagogik
SozialPersonal Rheinland GmbH
Hohenzollernring 72 · 50672 Köln
Tel. 0221 5479 3360 · Mobil 0172 4412 903
www.sozialpersonal-rheinland.example
Arbeitnehmerüberlassung und Personalvermittlung im Sozialwesen · Erlaubnis nach § 1 AÜG
erteilt durch die Bundesagentur für Arbeit, Regionaldirektion NRW
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F3A7D20C8A3EDC01000000000000000010000000A09",
        "2025-10-23 15:00",
        "Vorstellungsgespräch Sonnenhof (Fr. Dr. Wessel / Hr. Ilgner)",
        ("Tobias Renner", "t.renner@sozialpersonal-rheinland.example"),
        style="outlook",
        minutes=60,
        location="Am Sonnenhof 4, 51381 Leverkusen",
    ),
)

_softgarden_foot = """--
Diese E-Mail wurde über softgarden versendet. softgarden e-recruiting GmbH, Tauentzienstraße 14, 10789 Berlin.
Informationen zum Datenschutz: https://www.softgarden.de/datenschutz-bewerber"""

_jwe_confirm = m(
    "d6ho",
    "2025-09-26 11:37",
    "Micha Tönnies <micha@jugendwerkstatt-ehrenfeld.example>",
    "Re: Initiativbewerbung – Frieda Oberländer-Yilmaz",
    A("confirmation", JWE, JWER, 17, "direct"),
    text="""Hi Frieda,

danke dir für deine Mail und den Lebenslauf! Wir kennen uns ja flüchtig vom Veedelsfest im Juni
(du warst mit den Jungs aus der WG am Kicker, oder?).

Wir besprechen deine Initiativbewerbung nächste Woche im Team. Ob wir für 2026 eine zusätzliche
Stelle schaffen können, hängt am Kinder- und Jugendförderplan bzw. daran, was der
Jugendhilfeausschuss im Oktober beschließt. Ich melde mich spätestens Anfang November bei dir.

Liebe Grüße
Micha

--
Micha Tönnies (er/ihm)
Geschäftsführung
Jugendwerkstatt Ehrenfeld e.V. · Offene Tür & Werkstatt für junge Menschen
Lichtstraße 52 · 50825 Köln

> Am 25.09.2025 um 19:02 schrieb Frieda Oberländer-Yilmaz <frieda.oberlaender@posteo.de>:
>
> Lieber Micha, liebes Team der Jugendwerkstatt,
> ich bin Sozialarbeiterin (B.A., staatlich anerkannt) und arbeite seit fünf Jahren in einer
> Wohngruppe hier im Veedel. Ich möchte mich gern initiativ bei euch bewerben [...]
""",
    **th("<2b9f0d6e-3c58-4a71-b1e4-7f0a9c3d5e28@posteo.de>"),
)

MAIL: list[dict[str, Any]] = [
    # --- 8: Vinzenz Jugendhilfe again (re-application after the rejection): withdrawn ---
    m(
        "b5pl",
        "2025-12-09 19:20",
        "SVV Bewerbermanagement <noreply@rexx-systems.com>",
        "Ihre Bewerbung ist bei uns eingegangen",
        A("confirmation", VJ, VJR, 8, "other"),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre Bewerbung als

Fachkraft (m/w/d) für ambulante Erziehungshilfen (SPFH / Erziehungsbeistandschaft) – Köln-Kalk
Kennziffer: AEH-2025-31

Ihre Unterlagen werden von der Vinzenz Kinder-, Jugend- und Familienhilfe Köln gGmbH geprüft.
Wir melden uns schnellstmöglich bei Ihnen.

Ihre Bewerbung können Sie jederzeit einsehen:
https://svv-koeln-jobs.rexx-systems.com/bewerberportal/login.html

Mit freundlichen Grüßen

Ihr Team Bewerbermanagement
Sankt-Vinzenz-Verbund Köln

Sankt-Vinzenz-Verbund Köln – Katholische Träger für Jugend, Familie, Pflege und Teilhabe
Unter Sachsenhausen 6, 50667 Köln
Diese E-Mail wurde automatisch erstellt.
""",
    ),
    m(
        "e1fy",
        "2025-12-22 09:05",
        "Dreesen, Monika <m.dreesen@vinzenz-verbund.example>",
        "Automatische Antwort: Rückfrage zur Stelle AEH-2025-31",
        J("other_job", "direct", VJ),
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Vielen Dank für Ihre Nachricht.

Ich bin vom 22.12.2025 bis einschließlich 02.01.2026 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bewerbung@vinzenz-verbund.example
oder telefonisch an 0221 9127-300.

Frohe Weihnachten und einen guten Rutsch!

Monika Dreesen
Personalreferentin
""",
        **th("<c4e8a1f2-6d0b-4e37-a9c5-1b2d3e4f5a60@posteo.de>"),
    ),
    _vj2_invite,
    m(
        "w0ux",
        "2026-01-12 14:02",
        "Dreesen, Monika <m.dreesen@vinzenz-verbund.example>",
        "AW: Einladung zum Vorstellungsgespräch am 15.01.2026",
        A("confirmation", VJ, VJR, 8, "direct"),
        st="withdrawn",
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre Nachricht. Wir bestätigen hiermit die Rücknahme Ihrer Bewerbung auf die
Stelle AEH-2025-31; den Gesprächstermin am 15.01. haben wir storniert.

Herzlichen Glückwunsch zu Ihrer neuen Stelle und alles Gute für den Start!

Mit freundlichen Grüßen
Monika Dreesen

Von: Friederike Oberländer-Yilmaz <frieda.oberlaender@posteo.de>
Gesendet: Freitag, 9. Januar 2026 18:40
An: Dreesen, Monika
Betreff: Re: Einladung zum Vorstellungsgespräch am 15.01.2026

Sehr geehrte Frau Dreesen,
vielen Dank für die Einladung. Da ich zwischenzeitlich eine Stelle angenommen habe, ziehe ich
meine Bewerbung zurück und sage den Termin am 15.01. ab. Ich bitte um Verständnis.
Mit freundlichen Grüßen
Friederike Oberländer-Yilmaz
""",
        **th(_vj2_invite, "<5e7d9b1c-0a3f-48e2-b6d4-9c8e7f6a5b43@posteo.de>"),
    ),
    # --- 12: Klinikum Rheinaue (SuccessFactors), forwarded from her work address: ghosted ---
    m(
        "u7gs",
        "2025-10-07 13:12",
        WORK,
        "WG: Ihre Bewerbung bei der Klinikum Rheinaue Leverkusen gGmbH",
        A("confirmation", KRA, KRAR, 12, "other"),
        text="""hab mich aus Versehen mit der Dienstadresse beworben 🙄 – nur zur Sicherheit an mich selbst

________________________________________
Von: Klinikum Rheinaue Karriere <noreply@successfactors.eu>
Gesendet: Dienstag, 7. Oktober 2025 12:58
An: Oberländer-Yilmaz, Frieda
Betreff: Ihre Bewerbung bei der Klinikum Rheinaue Leverkusen gGmbH

Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre Bewerbung auf die Stelle

Sozialarbeiter / Sozialpädagoge (m/w/d) für den Sozialdienst / Entlassmanagement
Requisition ID: 10482

Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen. Sie erhalten
schnellstmöglich eine Rückmeldung von uns.

Über Ihr Kandidatenprofil können Sie den Status Ihrer Bewerbung verfolgen:
https://career5.successfactors.eu/career?company=klinikumrhei&career_ns=job_application

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Rheinaue Leverkusen gGmbH – Akademisches Lehrkrankenhaus

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.

--
Veedel Jugendhilfe gGmbH · Wohngruppe Subbelrather Straße
Diese E-Mail kann vertrauliche Informationen (Sozialdaten) enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen diese E-Mail.
""",
    ),
    # --- 13: Brückenwerk Bildung gGmbH (softgarden): video interview, rejected, survey ---
    m(
        "i4ca",
        "2025-10-27 21:58",
        "Brückenwerk Bildung gGmbH <noreply@softgarden.io>",
        "Vielen Dank für Ihre Bewerbung",
        A("confirmation", BWB, BWBR, 13, "other"),
        text=f"""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre Bewerbung als Berufseinstiegsbegleiter*in (m/w/d) am Standort Köln-Kalk
und Ihr Interesse an der Brückenwerk Bildung gGmbH.

Wir haben Ihre Unterlagen erhalten und prüfen diese nun. Sie hören spätestens in drei Wochen
von uns.

Mit freundlichen Grüßen
Ihr Personalteam der Brückenwerk Bildung gGmbH

Sie können Ihre Bewerbung jederzeit unter folgendem Link einsehen oder zurückziehen:
https://brueckenwerk.softgarden.io/de/application/status/7d3e1b

{_softgarden_foot}
""",
    ),
    m(
        "o8ve",
        "2025-11-05 09:40",
        "Brückenwerk Bildung gGmbH <noreply@softgarden.io>",
        "Einladung zum Videointerview – bitte Termin auswählen",
        A("interview", BWB, BWBR, 13, "other"),
        html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Sehr geehrte Frau Oberländer-Yilmaz,</p>
<p>wir freuen uns, Sie zu einem <b>Videointerview</b> für die Position <b>Berufseinstiegsbegleiter*in (m/w/d)</b> einladen zu dürfen. Das Gespräch dauert ca. 40 Minuten und findet über Microsoft Teams statt. Gesprächspartner sind Frau Kaya (Standortleitung Köln) und Herr Lorenz (Bereichsleitung Übergang Schule–Beruf).</p>
<p>Bitte wählen Sie über den folgenden Link einen passenden Termin aus:</p>
<p><a href="https://brueckenwerk.softgarden.io/de/interview/select/3f9a2c7e" style="background:#00857c;color:#fff;padding:10px 16px;text-decoration:none">Termin auswählen</a></p>
<p>Mögliche Termine: 11.11. und 12.11.2025, jeweils zwischen 9:00 und 13:00 Uhr.</p>
<p>Mit freundlichen Grüßen<br>Ihr Personalteam der Brückenwerk Bildung gGmbH</p>
<p style="font-size:11px;color:#888">{_softgarden_foot.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    m(
        "r5bm",
        "2025-11-06 07:31",
        "Brückenwerk Bildung gGmbH <noreply@softgarden.io>",
        "Terminbestätigung: Videointerview am 12.11.2025 um 10:00 Uhr",
        A("interview", BWB, BWBR, 13, "other"),
        text=f"""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Videointerview:

Position: Berufseinstiegsbegleiter*in (m/w/d)
Datum:    Mittwoch, 12.11.2025
Uhrzeit:  10:00 – 10:40 Uhr
Ort:      Microsoft Teams (Link im Kalendereintrag)

Den Kalendereintrag finden Sie im Anhang. Sollten Sie den Termin nicht wahrnehmen können,
nutzen Sie bitte den Link in der ursprünglichen Einladung, um einen neuen Termin zu wählen.

Mit freundlichen Grüßen
Ihr Personalteam der Brückenwerk Bildung gGmbH

{_softgarden_foot}
""",
        ics=ics(
            "softgarden-interview-3f9a2c7e-1",
            "2025-11-12 10:00",
            "Videointerview Brückenwerk Bildung: Berufseinstiegsbegleiter*in",
            ("Brückenwerk Bildung gGmbH", "noreply@softgarden.io"),
            minutes=40,
            description="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ1ZTk0%40thread.v2/0",
            location="Microsoft Teams",
        ),
    ),
    m(
        "l2ef",
        "2025-11-26 16:03",
        "Brückenwerk Bildung gGmbH <noreply@softgarden.io>",
        "Rückmeldung zu Ihrer Bewerbung",
        A("rejection", BWB, BWBR, 13, "other"),
        text=f"""Sehr geehrte Frau Oberländer-Yilmaz,

nochmals vielen Dank für das angenehme Gespräch und Ihr Interesse an der Berufseinstiegsbegleitung
bei der Brückenwerk Bildung gGmbH.

Nach reiflicher Überlegung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere
Kandidatin entschieden haben. Ausschlaggebend war letztlich die Erfahrung im Bereich
Berufsorientierung und die Vernetzung mit Kammern und Betrieben, die für diese Maßnahme
vom Auftraggeber besonders gewichtet wird.

Diese Entscheidung ist keine Bewertung Ihrer Person oder Ihrer Qualifikation. Wir wünschen
Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Katharina Kaya
Standortleitung Köln
Brückenwerk Bildung gGmbH

{_softgarden_foot}
""",
    ),
    m(
        "n3rk",
        "2025-12-03 10:00",
        "Brückenwerk Bildung gGmbH <noreply@softgarden.io>",
        "Wie war Ihr Bewerbungsprozess bei uns? (2 Minuten)",
        J("other_job", "other", BWB),
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Sehr geehrte Frau Oberländer-Yilmaz,</p>
<p>Sie haben sich kürzlich bei der Brückenwerk Bildung gGmbH beworben. Unabhängig vom Ergebnis interessiert uns Ihre ehrliche Meinung: Wie haben Sie den Bewerbungsprozess erlebt?</p>
<p>Die Umfrage ist anonym und dauert nur etwa 2 Minuten.</p>
<p style="font-size:22px">
<a href="https://survey.softgarden.io/r/bb?s=1">😞</a> <a href="https://survey.softgarden.io/r/bb?s=2">🙁</a> <a href="https://survey.softgarden.io/r/bb?s=3">😐</a> <a href="https://survey.softgarden.io/r/bb?s=4">🙂</a> <a href="https://survey.softgarden.io/r/bb?s=5">😀</a></p>
<p>Vielen Dank!<br>Ihr Personalteam der Brückenwerk Bildung gGmbH</p>
<p style="font-size:11px;color:#888">{_softgarden_foot.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    # --- 14: SozialPersonal Rheinland (agency) for a client named late: Sonnenhof, rejected ---
    m(
        "h8ad",
        "2025-09-30 12:17",
        "XING <mailrobot@mail.xing.com>",
        "Tobias Renner hat Ihnen eine Nachricht geschickt",
        J("outreach", "other", None, SONR),
        html="""<html><body style="font-family:Arial,sans-serif;background:#f4f4f5">
<table width="600" align="center" style="background:#fff" cellpadding="24"><tr><td>
<img src="https://static.xingcdn.com/mail/xing-logo-2024.png" alt="XING" width="80">
<p>Hallo Friederike Oberländer-Yilmaz,</p>
<p><b>Tobias Renner</b> (Senior Personalberater Soziales &amp; Pädagogik bei SozialPersonal Rheinland GmbH) hat Ihnen eine Nachricht geschickt:</p>
<blockquote style="border-left:3px solid #c6f16d;margin:0;padding:8px 16px;color:#333">
Guten Tag Frau Oberländer-Yilmaz,<br><br>
Ihr Profil ist mir bei der Suche nach einer erfahrenen Fachkraft aufgefallen. Für einen etablierten Träger der Kinder- und Jugendhilfe im Raum Leverkusen suche ich aktuell eine/n <b>Sozialarbeiter/in für den Fachdienst Eingliederungshilfe</b> – unbefristete Festanstellung direkt beim Kunden (keine Arbeitnehmerüberlassung), Teilzeit möglich, Vergütung angelehnt an TVöD SuE.<br><br>
Hätten Sie Interesse an einem kurzen, unverbindlichen Telefonat? Den Namen des Trägers nenne ich Ihnen gern im Gespräch.<br><br>
Viele Grüße<br>Tobias Renner
</blockquote>
<p><a href="https://www.xing.com/chats/5120834_c8a1?sc_o=mail_message_received_de" style="background:#006567;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">Nachricht beantworten</a></p>
<p style="font-size:11px;color:#888">Sie erhalten diese E-Mail, weil Sie Benachrichtigungen über neue Nachrichten aktiviert haben. <a href="https://www.xing.com/settings/notifications">Einstellungen ändern</a><br>New Work SE, Am Strandkai 1, 20457 Hamburg</p>
</td></tr></table></body></html>""",
    ),
    m(
        "c9zs",
        "2025-10-06 18:45",
        "Tobias Renner <t.renner@sozialpersonal-rheinland.example>",
        "Unser Telefonat – Stellenprofil Fachdienst Eingliederungshilfe",
        J("outreach", "agency", None, SONR),
        text="""Hallo Frau Oberländer-Yilmaz,

vielen Dank für das nette Telefonat heute Nachmittag!

Wie besprochen schicke ich Ihnen anbei das anonymisierte Stellenprofil. Kurz zusammengefasst:
- Fachdienst Eingliederungshilfe (§ 35a SGB VIII, Hilfen für junge Volljährige), kleines Team
  von 5 Kolleg*innen, angebunden an eine stationäre Einrichtung mit mehreren Wohngruppen
- 30–39 Std., unbefristet, Start ab Januar möglich
- Vergütung angelehnt an TVöD SuE S 12, 30 Tage Urlaub, betriebliche Altersvorsorge (KZVK)
- Standort: Leverkusen, gut mit der S6 aus Köln erreichbar

Der Name des Trägers bleibt aus Diskretionsgründen (die Stelle ist intern noch nicht
kommuniziert) bis zur Vorstellung anonym. Wenn Sie einverstanden sind, stelle ich Ihr Profil
in den nächsten Tagen vor – bitte geben Sie mir dazu kurz Ihr schriftliches OK.

Beste Grüße
Tobias Renner

SozialPersonal Rheinland GmbH · Hohenzollernring 72 · 50672 Köln
""",
        attach=[
            (
                "Stellenprofil_FD_EGH_anonym.pdf",
                "application/pdf",
                "%PDF-1.4\n% Stellenprofil anonym\n",
            )
        ],
    ),
    _son_invite,
    m(
        "s4ij",
        "2025-11-04 12:51",
        "Tobias Renner <t.renner@sozialpersonal-rheinland.example>",
        "Feedback Sonnenhof",
        A("rejection", SON, SONR, 14, "agency"),
        text="""Hallo Frau Oberländer-Yilmaz,

ich habe heute endlich das Feedback vom Sonnenhof bekommen – leider nicht das, was wir uns
gewünscht hatten. Frau Dr. Wessel war vom Gespräch sehr angetan, insbesondere von Ihrer
Haltung zur Partizipation. Sie haben sich am Ende aber für eine interne Kandidatin aus der
Wohngruppe entschieden, die den Fachdienst schon vertretungsweise kennt.

Ich finde das schade, bin aber sicher, dass wir zeitnah etwas Passendes für Sie finden. Ich
habe aktuell zwei weitere Positionen in der Eingliederungshilfe (Köln-Süd und Bergisch
Gladbach) – darf ich mich nächste Woche dazu melden?

Beste Grüße
Tobias Renner
SozialPersonal Rheinland GmbH
""",
        **th(_son_invite),
    ),
    # --- 15: Jugendhilfezentrum Bad Godesberg, from a BA Vermittlungsvorschlag: ghosted ---
    m(
        "z1pe",
        "2025-10-21 06:03",
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neuer Vermittlungsvorschlag für Sie",
        J("alert", "other", JHZ, JHZR),
        text="""Guten Tag Frau Oberländer-Yilmaz,

Ihre Agentur für Arbeit Köln hat Ihnen einen neuen Vermittlungsvorschlag in Ihr Postfach
auf arbeitsagentur.de gestellt:

  Stellenangebot:  Sozialpädagoge/-pädagogin (m/w/d) Inobhutnahme / Clearing
  Arbeitgeber:     Jugendhilfezentrum Bad Godesberg
  Arbeitsort:      53177 Bonn
  Referenznummer:  10001-1002183544-S

Bitte bewerben Sie sich zeitnah bei dem Arbeitgeber. Die vollständige Stellenbeschreibung sowie
die Kontaktdaten finden Sie in Ihrem Postfach:
https://web.arbeitsagentur.de/portal/postfach

Bitte teilen Sie uns anschließend das Ergebnis Ihrer Bewerbung mit – das geht ganz einfach
über die Rückmeldefunktion im Vermittlungsvorschlag.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Köln

Dies ist eine automatisch erstellte Nachricht. Antworten auf diese E-Mail können nicht
bearbeitet werden.
""",
    ),
    m(
        "t0wq",
        "2025-10-28 10:22",
        "Bewerbung JHZ <bewerbung@jhz-godesberg.example>",
        "Eingangsbestätigung",
        A("confirmation", JHZ, JHZR, 15, "direct"),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

wir bestätigen den Eingang Ihrer Bewerbung vom 27.10.2025. Ihre Unterlagen werden an die
Bereichsleitung weitergeleitet.

Mit freundlichen Grüßen

Verwaltung
Jugendhilfezentrum Bad Godesberg
Träger: Evangelische Jugendhilfe Godesheim-Süd e.V.
Kronprinzenstraße 31 · 53173 Bonn
""",
    ),
    m(
        "k7db",
        "2025-11-25 06:12",
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Erinnerung: Bitte teilen Sie uns das Ergebnis Ihrer Bewerbung mit",
        J("other_job", "other", JHZ, JHZR),
        text="""Guten Tag Frau Oberländer-Yilmaz,

am 21.10.2025 haben wir Ihnen einen Vermittlungsvorschlag übermittelt:

  Sozialpädagoge/-pädagogin (m/w/d) Inobhutnahme / Clearing
  Jugendhilfezentrum Bad Godesberg, 53177 Bonn
  Referenznummer: 10001-1002183544-S

Bisher liegt uns noch keine Rückmeldung zum Ergebnis Ihrer Bewerbung vor. Bitte nutzen Sie die
Rückmeldefunktion in Ihrem Postfach auf arbeitsagentur.de:
https://web.arbeitsagentur.de/portal/postfach

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Köln
""",
    ),
    # --- 16: Teilhabe Plus gGmbH via LinkedIn: viewed, ghosted ---
    m(
        "a6mh",
        "2025-11-18 19:09",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Friederike, Ihre Bewerbung wurde an Teilhabe Plus gGmbH gesendet",
        A("confirmation", TP, TPR, 16, "linkedin"),
        html="""<html><body style="font-family:-apple-system,system-ui,'Segoe UI',Roboto,sans-serif;color:#000000e6">
<table width="512" align="center" cellpadding="0"><tr><td style="padding:24px">
<img src="https://static.licdn.com/aero-v1/sc/h/logo-email.png" alt="LinkedIn" width="84">
<p style="font-size:20px;font-weight:600">Ihre Bewerbung wurde an Teilhabe Plus gGmbH gesendet</p>
<table cellpadding="8"><tr><td><img src="https://media.licdn.com/dms/image/teilhabeplus-logo.png" width="48" alt=""></td>
<td><b>Case Manager*in Eingliederungshilfe (BTHG) (m/w/d)</b><br>Teilhabe Plus gGmbH · Düsseldorf, Nordrhein-Westfalen, Deutschland<br><span style="color:#666">Beworben am 18. Nov. 2025</span></td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4128837710/?trk=eml-email_application_confirmation_01-job_card&amp;refId=aB3x" style="background:#0a66c2;color:#fff;padding:10px 20px;border-radius:20px;text-decoration:none">Stelle ansehen</a></p>
<p style="color:#666">Bewerber*innen, die ihren Lebenslauf aktuell halten und mit dem Recruiting-Team vernetzt sind, erhalten häufiger eine Rückmeldung.</p>
<hr style="border:0;border-top:1px solid #e8e8e8">
<p style="font-size:12px;color:#666">Diese E-Mail war für Friederike Oberländer-Yilmaz (Sozialarbeiterin B.A. | Stationäre Jugendhilfe). <a href="https://www.linkedin.com/help/linkedin/answer/4788?lang=de">Erfahren Sie, warum wir dies mit einbeziehen.</a><br>
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_application_confirmation">Abbestellen</a> · <a href="https://www.linkedin.com/help/linkedin">Hilfe</a><br>
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn ist ein eingetragener Geschäftsname von LinkedIn Ireland Unlimited Company.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "f2xo",
        "2025-11-21 14:35",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ihre Bewerbung wurde angesehen",
        A("viewed", TP, TPR, 16, "linkedin"),
        text="""Ihre Bewerbung wurde angesehen

Teilhabe Plus gGmbH hat Ihre Bewerbung für die Stelle "Case Manager*in Eingliederungshilfe
(BTHG) (m/w/d)" angesehen.

Bewerbung ansehen: https://www.linkedin.com/jobs-tracker/?trk=eml-jobs_application_viewed&lipi=urn%3Ali%3Apage%3Aemail

Weitere Jobs, auf die Sie sich bewerben könnten:
Sozialarbeiter (m/w/d) Betreuungsverein – Betreuungsverein Düsseldorf-Nord e.V. – Düsseldorf
Teilhabeplaner*in (m/w/d) – Landesverband Teilhabe Rheinland – Köln

----------------------------------------
Diese E-Mail war für Friederike Oberländer-Yilmaz (Sozialarbeiterin B.A. | Stationäre Jugendhilfe).
Abbestellen: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
    ),
    # --- 17: Jugendwerkstatt Ehrenfeld e.V., Initiativbewerbung: rejected ---
    _jwe_confirm,
    m(
        "g5yn",
        "2025-11-05 21:40",
        "Micha Tönnies <micha@jugendwerkstatt-ehrenfeld.example>",
        "Re: Re: Initiativbewerbung – Frieda Oberländer-Yilmaz",
        A("rejection", JWE, JWER, 17, "direct"),
        text="""Liebe Frieda,

wie versprochen meine Rückmeldung, auch wenn ich lieber was anderes geschrieben hätte: Der
Jugendhilfeausschuss hat unsere zusätzliche halbe Stelle im Förderplan 2026 nicht bewilligt
(Haushaltslage, du kennst das ja). Damit haben wir leider aktuell keine Stelle, die wir dir
anbieten können.

Wir fanden deine Bewerbung wirklich stark und würden dich gern im Hinterkopf behalten – wenn
sich was tut (Projektmittel, Elternzeitvertretung o. ä.), melde ich mich. Ist es okay, wenn
wir deine Unterlagen so lange behalten?

Und komm gern mal zum Offenen Abend vorbei, donnerstags ab 17 Uhr 🙂

Liebe Grüße
Micha
""",
        **th(_jwe_confirm),
    ),
    # --- 18: Familienbande Köln e.V.: rejected ---
    m(
        "p0kc",
        "2025-12-01 13:27",
        "Familienbande Köln e.V. <info@familienbande-koeln.example>",
        "Eingang deiner Bewerbung",
        A("confirmation", FB, FBR, 18, "direct"),
        text="""Hallo Frieda,

vielen Dank für deine Bewerbung als Fachkraft in der Sozialpädagogischen Familienhilfe! Wir
haben sie erhalten und schauen sie uns im Leitungsteam an. Bis Weihnachten wird es leider
nichts mehr, wir melden uns Anfang Januar.

Liebe Grüße aus Nippes
Sandra für die Koordination

Familienbande Köln e.V. – Ambulante Hilfen für Familien
Neusser Str. 321 · 50733 Köln · www.familienbande-koeln.example
""",
    ),
    m(
        "i1vh",
        "2026-01-09 15:03",
        "Sandra Wolters <s.wolters@familienbande-koeln.example>",
        "Rückmeldung",
        A("rejection", FB, FBR, 18, "direct"),
        text="""Hallo Frieda,

ein frohes neues Jahr erstmal! Wie versprochen melde ich mich zu deiner Bewerbung.

Wir haben uns über dein Interesse sehr gefreut und dein Profil hätte fachlich gut gepasst. Da
unser Team sehr klein ist und wir dringend Verstärkung mit Türkisch- bzw. Arabischkenntnissen
*und* Erfahrung in der Familienhilfe brauchten, haben wir uns aber für eine Kollegin
entschieden, die schon lange in der SPFH unterwegs ist. Mit deinem Türkisch warst du ganz nah
dran, ehrlich!

Wir wünschen dir viel Glück bei deiner Suche – und vielleicht sieht man sich ja mal im
Netzwerk Frühe Hilfen.

Liebe Grüße
Sandra

Sandra Wolters · Koordination
Familienbande Köln e.V.
""",
    ),
    # --- 19: Brücke Porz gGmbH via Indeed: viewed, ghosted ---
    m(
        "y9ar",
        "2025-12-15 20:50",
        "Indeed Apply <indeedapply@indeed.com>",
        "Bewerbung gesendet: Sozialarbeiter*in Jugendmigrationsdienst (m/w/d)",
        A("confirmation", BP, BPR, 19, "indeed"),
        text="""Ihre Bewerbung wurde gesendet

Sozialarbeiter*in Jugendmigrationsdienst (m/w/d)
Brücke Porz gGmbH – 51143 Köln

Gesendete Unterlagen:
- Lebenslauf_Oberlaender-Yilmaz_2025.pdf

Wie geht es weiter? Der Arbeitgeber prüft Ihre Bewerbung. Wir benachrichtigen Sie, wenn sich
der Status ändert.

Meine Jobs: https://de.indeed.com/myjobs?from=applyconfirmemail

---
Sie haben diese E-Mail erhalten, weil Sie sich über Indeed beworben haben.
Indeed Ireland Operations Limited, 124 St. Stephen's Green, Dublin 2, Ireland
""",
    ),
    m(
        "b2ue",
        "2025-12-18 11:07",
        "Indeed <donotreply@match.indeed.com>",
        "Ein Arbeitgeber hat Ihre Bewerbung angesehen",
        A("viewed", BP, BPR, 19, "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Arial,sans-serif;color:#2d2d2d">
<table style="max-width:560px;margin:auto"><tr><td>
<img src="https://de.indeed.com/images/indeed_logo_email.png" alt="Indeed" width="90">
<h2 style="font-size:20px">Gute Nachrichten!</h2>
<p><b>Brücke Porz gGmbH</b> hat Ihre Bewerbung für <b>Sozialarbeiter*in Jugendmigrationsdienst (m/w/d)</b> angesehen.</p>
<p>Ihr Bewerbungsstatus: <span style="background:#e4f7e7;padding:2px 6px">Angesehen</span></p>
<p><a href="https://de.indeed.com/myjobs?from=appviewed_email&amp;tk=1hf8q2a">Status ansehen</a></p>
<p style="font-size:11px;color:#767676">Indeed Ireland Operations Limited · <a href="https://subscriptions.indeed.com/unsubscribe?e=ZnJpZWRh">Abbestellen</a></p>
</td></tr></table></body></html>""",
    ),
    # --- 20: Bundesstadt Bonn via Interamt: written test, then withdrawn ---
    m(
        "h3lt",
        "2025-11-21 23:12",
        "Interamt <noreply@interamt.de>",
        "Eingangsbestätigung Ihrer Bewerbung – Stellenangebot-ID 1317045",
        A("confirmation", BN, BNR, 20, "other"),
        text=f"""Sehr geehrte Frau Oberländer-Yilmaz,

Ihre Bewerbung ist erfolgreich übermittelt worden.

Stellenangebot:   Sozialarbeiter*innen / Sozialpädagog*innen (m/w/d) für die Schulsozialarbeit (BuT) an Grundschulen
Stellenangebot-ID: 1317045
Kennziffer:        51-2025-088
Anbieter:          Bundesstadt Bonn
Eingegangen am:    21.11.2025, 23:11 Uhr

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Interamt-Konto unter
"Meine Bewerbungen" einsehen. Bitte beachten Sie, dass Interamt keinen Einfluss auf das
Auswahlverfahren hat. Fragen zum Verfahren richten Sie bitte an die im Stellenangebot
genannte Ansprechperson.

Mit freundlichen Grüßen
Ihr Interamt-Team

{_interamt_foot}
""",
        html=_interamt_html(
            "Ihre Bewerbung ist erfolgreich übermittelt worden.",
            [
                (
                    "Stellenangebot",
                    "Sozialarbeiter*innen / Sozialpädagog*innen (m/w/d) für die Schulsozialarbeit (BuT) an Grundschulen",
                ),
                ("Stellenangebot-ID", "1317045"),
                ("Kennziffer", "51-2025-088"),
                ("Anbieter", "Bundesstadt Bonn"),
                ("Eingegangen am", "21.11.2025, 23:11 Uhr"),
            ],
            "Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Interamt-Konto einsehen. Interamt hat keinen Einfluss auf das Auswahlverfahren.",
        ),
    ),
    m(
        "v8nd",
        "2026-01-26 13:55",
        "Bundesstadt Bonn – Personal- und Organisationsamt <bewerbung@bonn.example>",
        "Auswahlverfahren 51-2025-088 – Einladung",
        A("assessment", BN, BNR, 20, "direct"),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre Bewerbung auf die Stellenausschreibung Kennziffer 51-2025-088.

Das Auswahlverfahren beginnt mit einer schriftlichen Auswahlaufgabe (Dauer: 90 Minuten), zu der
wir Sie hiermit einladen:

  Dienstag, 10.02.2026, 13:00 Uhr
  Stadthaus Bonn, Berliner Platz 2, Raum 3.A.07 (Ratssaal-Foyer)

Im Anschluss wird eine Auswahl der Bewerber*innen zu strukturierten Auswahlgesprächen
eingeladen. Bitte teilen Sie uns bis zum 03.02.2026 mit, ob Sie teilnehmen.

Mit freundlichen Grüßen
Im Auftrag
Jörg Haferkamp
Bundesstadt Bonn – Personal- und Organisationsamt
""",
    ),
    m(
        "c6wr",
        "2026-01-29 09:47",
        "Bundesstadt Bonn – Personal- und Organisationsamt <bewerbung@bonn.example>",
        "AW: Auswahlverfahren 51-2025-088 – Einladung",
        A("confirmation", BN, BNR, 20, "direct"),
        st="withdrawn",
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

hiermit bestätigen wir den Eingang Ihrer Nachricht. Ihre Bewerbung im Verfahren 51-2025-088
wurde entsprechend Ihrem Wunsch zurückgezogen; Ihre Daten werden gelöscht.

Für Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen
Im Auftrag
Jörg Haferkamp

-----Ursprüngliche Nachricht-----
Von: Friederike Oberländer-Yilmaz <frieda.oberlaender@posteo.de>
Gesendet: Dienstag, 27. Januar 2026 21:03
Betreff: Re: Auswahlverfahren 51-2025-088 – Einladung

Sehr geehrter Herr Haferkamp,
vielen Dank für die Einladung. Ich habe zwischenzeitlich eine andere Stelle angenommen und ziehe
meine Bewerbung hiermit zurück.
Mit freundlichen Grüßen
F. Oberländer-Yilmaz
""",
    ),
    # --- 21: Lernwelt Ganztag gGmbH via StepStone: rejected ---
    m(
        "x2pm",
        "2025-09-12 07:55",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung bei Lernwelt OGS gGmbH wurde erfolgreich versendet",
        A("confirmation", LW, LWR, 21, "other"),
        text="""Hallo Friederike Oberländer-Yilmaz,

Ihre Bewerbung ist unterwegs!

Sozialpädagogische Fachkraft (m/w/d) für den Offenen Ganztag – Koordination
Lernwelt OGS gGmbH · Köln-Ehrenfeld
Beworben am 12.09.2025

Zu meinen Bewerbungen: https://www.stepstone.de/mein-bereich/bewerbungen?cid=CRM_TRX_applyconfirm_de

Ähnliche Jobs:
- Erzieher / Sozialpädagoge (m/w/d) OGS – Köln-Nippes
- Schulsozialarbeiter (m/w/d) – Hürth

StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf
Datenschutz: https://www.stepstone.de/datenschutz
""",
    ),
    m(
        "j8se",
        "2025-09-30 17:22",
        "Lernwelt Ganztag Personal <personal@lernwelt-ganztag.example>",
        "Ihre Bewerbung bei uns",
        A("rejection", LW, LWR, 21, "direct"),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre Bewerbung als sozialpädagogische Fachkraft in unserem Offenen Ganztag.

Die Stelle an der GGS Lindenbornstraße konnten wir inzwischen besetzen. Wir bedanken uns für Ihr
Interesse und wünschen Ihnen alles Gute.

Freundliche Grüße
Personalabteilung
Lernwelt Ganztag – Lernwelt OGS gGmbH
""",
    ),
    # --- 22: Rheinwohnen eG (softgarden, tenant gwg-rheinwohnen): nudge, confirmation, rejection ---
    m(
        "d4oz",
        "2025-11-07 18:00",
        "Rheinwohnen eG <noreply@softgarden.io>",
        "Sie haben Ihre Bewerbung noch nicht abgeschickt",
        J("alert", "other", RW, RWR),
        text=f"""Guten Tag Frau Oberländer-Yilmaz,

Sie haben begonnen, sich als Sozialarbeiter*in (m/w/d) Sozialmanagement / Quartiersarbeit bei
der Rheinwohnen eG zu bewerben, Ihre Bewerbung aber noch nicht abgeschickt.

Ihre bisherigen Angaben sind gespeichert. Sie können die Bewerbung hier fortsetzen:
https://gwg-rheinwohnen.softgarden.io/de/application/resume/61b0e2

Die Bewerbungsfrist endet am 16.11.2025.

Viele Grüße
Ihre Rheinwohnen eG

{_softgarden_foot}
""",
    ),
    m(
        "r9fa",
        "2025-11-08 10:41",
        "Rheinwohnen eG <noreply@softgarden.io>",
        "Ihre Bewerbung bei der Rheinwohnen eG",
        A("confirmation", RW, RWR, 22, "other"),
        text=f"""Guten Tag Frau Oberländer-Yilmaz,

herzlichen Dank für Ihre Bewerbung als Sozialarbeiter*in (m/w/d) Sozialmanagement /
Quartiersarbeit. Wir freuen uns über Ihr Interesse an unserer Genossenschaft.

Ihre Unterlagen liegen uns vollständig vor. Nach Ende der Bewerbungsfrist sichten wir alle
Bewerbungen und melden uns im Laufe des Dezembers bei Ihnen.

Freundliche Grüße
Team Personal
Rheinwohnen eG – Gemeinnützige Wohnungsgenossenschaft seit 1903
Düsseldorf · Köln · Leverkusen

{_softgarden_foot}
""",
    ),
    m(
        "u5ik",
        "2025-12-12 11:30",
        "Rheinwohnen eG <noreply@softgarden.io>",
        "Ihre Bewerbung als Sozialarbeiter*in (m/w/d) Sozialmanagement / Quartiersarbeit",
        A("rejection", RW, RWR, 22, "other"),
        text=f"""Guten Tag Frau Oberländer-Yilmaz,

vielen Dank für Ihre Geduld. Wir haben zahlreiche qualifizierte Bewerbungen erhalten und uns
die Auswahl nicht leicht gemacht.

Leider können wir Sie in diesem Auswahlverfahren nicht weiter berücksichtigen. Wir haben uns für
Bewerber*innen entschieden, die bereits Erfahrung in der wohnungswirtschaftlichen Sozialarbeit
(Mietschuldenberatung, Nachbarschaftskonflikte) mitbringen.

Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg.

Freundliche Grüße
Team Personal
Rheinwohnen eG

{_softgarden_foot}
""",
    ),
    # --- Alerts, outreach and other job mail that belongs to no application ---
    m(
        "n6vw",
        "2025-09-05 08:19",
        "Interamt <noreply@interamt.de>",
        "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        J("other_job", "other"),
        text=f"""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre Registrierung bei Interamt.

Bitte bestätigen Sie Ihre E-Mail-Adresse, indem Sie innerhalb von 48 Stunden auf den folgenden
Link klicken:
https://www.interamt.de/koop/app/registrierung/bestaetigen?token=9c4e1a7f20b84d6e

Falls Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren.

{_interamt_foot}
""",
    ),
    m(
        "e3kr",
        "2025-09-03 07:30",
        "StepStone Jobagent <jobagent@stepstone.de>",
        '12 neue Jobs für "Sozialarbeiter" in Köln',
        J("alert", "other"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" bgcolor="#ffffff" cellpadding="24"><tr><td>
<img src="https://www.stepstone.de/upload_de/mailing/logo-stepstone.png" alt="StepStone" width="120">
<h2 style="color:#0c2577">12 neue Jobs für Ihre Suche</h2>
<p style="color:#666">„Sozialarbeiter" · Köln + 25 km</p>
<p><a href="https://www.stepstone.de/stellenangebote--Sozialarbeiter-m-w-d-Allgemeiner-Sozialer-Dienst-Hürth-Stadt-Huerth--12889012-inline.html?cid=JobAgent_Mail">Sozialarbeiter (m/w/d) Allgemeiner Sozialer Dienst</a><br>Stadt Hürth · Hürth · <span style="color:#0a8f08">Neu</span></p>
<p><a href="https://www.stepstone.de/stellenangebote--Schulsozialarbeiter-in-Koeln-Vinzenz-Jugendhilfe--12890345-inline.html?cid=JobAgent_Mail">Schulsozialarbeiter*in (m/w/d)</a><br>Vinzenz Kinder-, Jugend- und Familienhilfe Köln gGmbH · Köln</p>
<p><a href="https://www.stepstone.de/stellenangebote--Sozialpaedagoge-Wohngruppe-Koeln--12891100-inline.html?cid=JobAgent_Mail">Sozialpädagoge (m/w/d) für Intensivwohngruppe</a><br>Kinderdorf Am Stadtwald · Köln-Lindenthal</p>
<p><a href="https://www.stepstone.de/stellenangebote--Sozialarbeiter-OGS-Koordination--12891877-inline.html?cid=JobAgent_Mail">Sozialpädagogische Fachkraft (m/w/d) für den Offenen Ganztag – Koordination</a><br>Lernwelt OGS gGmbH · Köln-Ehrenfeld</p>
<p><a href="https://www.stepstone.de/jobs/sozialarbeiter/in-koeln?cid=JobAgent_Mail_alle">Alle 12 Jobs ansehen</a></p>
<p style="font-size:11px;color:#999">Sie erhalten diesen Jobagenten, weil Sie ihn am 01.09.2025 eingerichtet haben. <a href="https://www.stepstone.de/mein-bereich/jobagenten?unsubscribe=1">Jobagent abbestellen</a></p>
</td></tr></table></body></html>""",
        headers={
            "List-Unsubscribe": "<https://www.stepstone.de/mein-bereich/jobagenten?unsubscribe=1>"
        },
    ),
    m(
        "w7ga",
        "2025-10-09 07:30",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "Neue Jobs: Schulsozialarbeit, Jugendamt & mehr",
        J("alert", "other"),
        text="""StepStone Jobagent – 8 neue Jobs für Sie

"Schulsozialarbeit" · Köln + 30 km

> Schulsozialarbeiter (m/w/d) in Teilzeit (28-32 Std.)
  Schulverein Freie Schule Köln e.V. · Köln-Sülz · vor 2 Tagen
  https://www.stepstone.de/stellenangebote--Schulsozialarbeiter-Freie-Schule-Koeln--12911452-inline.html?cid=JobAgent_Mail

> Sozialarbeiter/in Schulsozialarbeit BuT
  Stadt Pulheim · Pulheim · Neu
  https://www.stepstone.de/stellenangebote--Schulsozialarbeit-BuT-Pulheim--12913008-inline.html?cid=JobAgent_Mail

> Schulsozialarbeiter*in Berufskolleg
  Bildungsträger Rhein-Erft · Frechen
  https://www.stepstone.de/stellenangebote--Schulsozialarbeiter-Berufskolleg-Frechen--12913390-inline.html?cid=JobAgent_Mail

Alle Jobs ansehen: https://www.stepstone.de/jobs/schulsozialarbeit/in-koeln?cid=JobAgent_Mail_alle

Jobagent bearbeiten oder abbestellen: https://www.stepstone.de/mein-bereich/jobagenten
StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf
""",
        headers={
            "List-Unsubscribe": "<https://www.stepstone.de/mein-bereich/jobagenten?unsubscribe=1>"
        },
    ),
    m(
        "q1on",
        "2025-11-20 07:31",
        "StepStone Jobagent <jobagent@stepstone.de>",
        '"Eingliederungshilfe": 5 neue Jobs in Ihrer Nähe',
        J("alert", "other"),
        text="""StepStone Jobagent

5 neue Jobs für "Eingliederungshilfe" · Köln + 30 km

> Fallmanager (m/w/d) Eingliederungshilfe – Landesverband Teilhabe Rheinland – Köln-Deutz
> Sozialarbeiter (m/w/d) Besonderes Wohnen – Lebensraum Bergisch Land gGmbH – Bergisch Gladbach
> Case Manager*in Eingliederungshilfe (BTHG) – Teilhabe Plus gGmbH – Düsseldorf
> Heilpädagoge / Sozialarbeiter (m/w/d) – Miteinander Leverkusen e.V. – Leverkusen
> Teilhabeberater*in EUTB – Köln

Alle Jobs: https://www.stepstone.de/jobs/eingliederungshilfe/in-koeln?cid=JobAgent_Mail_alle

Sie erhalten diese E-Mail, weil Sie einen Jobagenten eingerichtet haben.
Abbestellen: https://www.stepstone.de/mein-bereich/jobagenten
""",
        headers={
            "List-Unsubscribe": "<https://www.stepstone.de/mein-bereich/jobagenten?unsubscribe=1>"
        },
    ),
    m(
        "k2ut",
        "2025-09-19 18:02",
        "Indeed <alert@indeed.com>",
        "Sozialarbeiter Jobs in Köln, NRW: 9 neue Stellen",
        J("alert", "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Arial,sans-serif;color:#2d2d2d">
<table style="max-width:600px;margin:auto" cellpadding="12"><tr><td>
<img src="https://de.indeed.com/images/indeed_logo_email.png" alt="Indeed" width="90">
<p>9 neue Jobs für <b>Sozialarbeiter</b> in <b>Köln, Nordrhein-Westfalen</b></p>
<p><a href="https://de.indeed.com/rc/clk?jk=9b1f3c44e0a7d2a1&amp;from=ja&amp;qd=x" style="font-size:16px;color:#2557a7">Sozialarbeiter*in (m/w/d) Jugendmigrationsdienst</a><br>Brücke Porz gGmbH – Köln<br><span style="color:#595959">TVöD SuE S 12 · Teilzeit, Vollzeit</span><br><span style="color:#0a8f08">Schnell bewerben</span></p>
<p><a href="https://de.indeed.com/rc/clk?jk=1a7e22bd90f3c6e4&amp;from=ja" style="font-size:16px;color:#2557a7">Sozialarbeiter/Sozialpädagoge (m/w/d) Suchthilfe</a><br>Suchthilfe Domstadt gGmbH – Köln</p>
<p><a href="https://de.indeed.com/rc/clk?jk=77c0d1e2f3a4b5c6&amp;from=ja" style="font-size:16px;color:#2557a7">Sozialarbeiter (m/w/d) Wohnungslosenhilfe</a><br>Obdach Köln e.V. – Köln</p>
<p><a href="https://de.indeed.com/jobs?q=Sozialarbeiter&amp;l=K%C3%B6ln&amp;fromage=last&amp;from=ja">Alle Jobs ansehen</a></p>
<p style="font-size:11px;color:#767676">Sie erhalten diese Benachrichtigung, weil Sie Job-Benachrichtigungen abonniert haben. <a href="https://subscriptions.indeed.com/alerts?e=ZnJpZWRh">Abbestellen</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://subscriptions.indeed.com/alerts?e=ZnJpZWRh>"},
    ),
    m(
        "o5cs",
        "2025-12-04 18:05",
        "Indeed <alert@indeed.com>",
        "Neue Jobs passend zu Ihrer Suche: Sozialpädagoge Leverkusen",
        J("alert", "indeed"),
        text="""Neue Jobs für "Sozialpädagoge" in Leverkusen

Sozialpädagoge (m/w/d) stationäre Jugendhilfe
Sonnenhof Kinder- und Jugendhilfe gGmbH – Leverkusen
https://de.indeed.com/rc/clk?jk=4e9d01f2a3b4c5d6&from=ja

Sozialarbeiter (m/w/d) Klinischer Sozialdienst
Klinikum Rheinaue Leverkusen gGmbH – Leverkusen
https://de.indeed.com/rc/clk?jk=5f0e12a3b4c5d6e7&from=ja

Sozialpädagogin / Sozialpädagoge Schulsozialarbeit
Stadt Leverkusen – Leverkusen
https://de.indeed.com/rc/clk?jk=6a1f23b4c5d6e7f8&from=ja

Alle Ergebnisse: https://de.indeed.com/jobs?q=Sozialp%C3%A4dagoge&l=Leverkusen&from=ja

Job-Benachrichtigungen verwalten: https://subscriptions.indeed.com/alerts
Indeed Ireland Operations Limited, 124 St. Stephen's Green, Dublin 2, Ireland
""",
        headers={"List-Unsubscribe": "<https://subscriptions.indeed.com/alerts?e=ZnJpZWRh>"},
    ),
    m(
        "g3bi",
        "2025-10-15 16:40",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "„Sozialarbeiterin“: Rhein-Agger-Kreis – Sozialarbeiter/in (m/w/d) im ASD und weitere",
        J("alert", "linkedin"),
        text="""Ihre Jobbenachrichtigung für Sozialarbeiterin in Köln und Umgebung

Rhein-Agger-Kreis
Sozialarbeiter/in (m/w/d) im Allgemeinen Sozialen Dienst des Kreisjugendamtes
Siegburg, Nordrhein-Westfalen, Deutschland
Vor 5 Tagen · 38 Bewerber*innen
https://www.linkedin.com/comm/jobs/view/4101557230/?trk=eml-email_job_alert_digest_01

Tandemly
Customer Success Manager (m/w/d) Soziale Träger
Köln, Nordrhein-Westfalen, Deutschland · Hybrid
https://www.linkedin.com/comm/jobs/view/4103318822/?trk=eml-email_job_alert_digest_01

Sozialwerk Rhein-Kreis
Sozialarbeiter*in Schuldnerberatung
Neuss, Nordrhein-Westfalen, Deutschland
https://www.linkedin.com/comm/jobs/view/4102004471/?trk=eml-email_job_alert_digest_01

Alle Jobs ansehen: https://www.linkedin.com/comm/jobs/search/?keywords=Sozialarbeiterin&location=K%C3%B6ln

----------------------------------------
Diese E-Mail war für Friederike Oberländer-Yilmaz (Sozialarbeiterin B.A. | Stationäre Jugendhilfe).
Sie erhalten Jobbenachrichtigungen. Abbestellen: https://www.linkedin.com/comm/jobs/alerts
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1>"},
    ),
    m(
        "t4yd",
        "2026-01-21 16:42",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Neue Jobs für Sie: Case Management",
        J("alert", "linkedin"),
        text="""Ihre Jobbenachrichtigung für Case Management in Düsseldorf

Landesverband Teilhabe Rheinland
Fallmanager*in Eingliederungshilfe (m/w/d)
Köln, Nordrhein-Westfalen, Deutschland · Vor 1 Tag
https://www.linkedin.com/comm/jobs/view/4133001298/?trk=eml-email_job_alert_digest_01

Teilhabe Plus gGmbH
Teamleitung Case Management (m/w/d)
Düsseldorf, Nordrhein-Westfalen, Deutschland · Schnellbewerbung
https://www.linkedin.com/comm/jobs/view/4133412250/?trk=eml-email_job_alert_digest_01

Alle Jobs ansehen: https://www.linkedin.com/comm/jobs/search/?keywords=Case%20Management&location=D%C3%BCsseldorf

----------------------------------------
Diese E-Mail war für Friederike Oberländer-Yilmaz.
Abbestellen: https://www.linkedin.com/comm/jobs/alerts
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1>"},
    ),
    m(
        "m8jq",
        "2025-10-25 09:12",
        "XING Stellenmarkt <jobs@mail.xing.com>",
        "Diese Jobs könnten Sie interessieren, Friederike",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#161c24">
<table width="600" align="center" cellpadding="20"><tr><td>
<img src="https://static.xingcdn.com/mail/xing-logo-2024.png" alt="XING" width="80">
<h2>Jobs für Sie – passend zu Ihrem Profil</h2>
<p><a href="https://www.xing.com/jobs/bonn-sozialarbeiter-allgemeinen-sozialen-dienst-131288441?ijt=mail_jobrecos">Sozialarbeiter (m/w/d) im Allgemeinen Sozialen Dienst</a><br>Bundesstadt Bonn · Bonn · 52.000 – 67.000 €</p>
<p><a href="https://www.xing.com/jobs/leverkusen-sozialpaedagoge-eingliederungshilfe-131290017?ijt=mail_jobrecos">Sozialpädagoge (m/w/d) Eingliederungshilfe</a><br>Miteinander Leverkusen e.V. · Leverkusen</p>
<p><a href="https://www.xing.com/jobs/koeln-product-specialist-social-131299300?ijt=mail_jobrecos">Product Specialist Soziale Arbeit (m/w/d)</a><br>Tandemly GmbH · Köln · Hybrid</p>
<p><a href="https://www.xing.com/jobs/search?keywords=Sozialarbeiter&amp;location=K%C3%B6ln&amp;ijt=mail_jobrecos_all">Alle Empfehlungen ansehen</a></p>
<p style="font-size:11px;color:#888">New Work SE · Am Strandkai 1 · 20457 Hamburg · <a href="https://www.xing.com/settings/notifications">Benachrichtigungen verwalten</a></p>
</td></tr></table></body></html>""",
        headers={
            "List-Unsubscribe": "<https://www.xing.com/settings/notifications/unsubscribe?t=jr>"
        },
    ),
    m(
        "a0xs",
        "2026-01-10 09:15",
        "XING Stellenmarkt <jobs@mail.xing.com>",
        "3 neue Jobs in Ihrer Nähe",
        J("alert", "other"),
        text="""Hallo Friederike,

wir haben 3 neue Jobs gefunden, die zu Ihrem Profil passen:

Sozialarbeiter/in (m/w/d) – Jugendamt
Stadt Bergisch Gladbach · Bergisch Gladbach
https://www.xing.com/jobs/bergisch-gladbach-sozialarbeiter-jugendamt-132001877?ijt=mail_jobrecos

Schulsozialarbeiter*in (m/w/d) Gesamtschule
Lichtblick Jugendhilfe gGmbH · Bonn
https://www.xing.com/jobs/bonn-schulsozialarbeiter-gesamtschule-132004410?ijt=mail_jobrecos

Fachkraft (m/w/d) Betreutes Wohnen
Sozialwerk Rhein-Erft · Brühl
https://www.xing.com/jobs/bruehl-fachkraft-betreutes-wohnen-132005982?ijt=mail_jobrecos

Ihr XING Team
New Work SE · Am Strandkai 1 · 20457 Hamburg
Benachrichtigungen verwalten: https://www.xing.com/settings/notifications
""",
        headers={
            "List-Unsubscribe": "<https://www.xing.com/settings/notifications/unsubscribe?t=jr>"
        },
    ),
    m(
        "i6ep",
        "2025-09-24 05:45",
        "Interamt Suchagent <noreply@interamt.de>",
        "Interamt-Suchagent: 6 neue Stellenangebote",
        J("alert", "other"),
        text=f"""Sehr geehrte Frau Oberländer-Yilmaz,

Ihr Suchagent "Soziale Arbeit Köln/Bonn 50 km" hat neue Stellenangebote gefunden:

1301984  Sozialarbeiter*in (m/w/d) für den Bezirkssozialdienst – Landeshauptstadt Düsseldorf
1302110  Sozialarbeiterin/Sozialarbeiter Pflegekinderdienst – Stadt Frechen
1302245  Sachbearbeiter*in Unterhaltsvorschuss – Stadt Köln
1302300  Sozialarbeiter/-in Betreuungsbehörde – Rhein-Agger-Kreis
1302318  Sozialarbeiter*in Allgemeiner Sozialer Dienst (ASD) – Stadt Troisdorf
1302402  Fachkraft Kinderschutz (m/w/d) – Bundesstadt Bonn

Die Stellenangebote finden Sie unter:
https://www.interamt.de/koop/app/suchagent?id=448120

Sie können den Suchagenten in Ihrem Konto jederzeit ändern oder löschen.

{_interamt_foot}
""",
    ),
    m(
        "l4hw",
        "2025-11-12 05:45",
        "Interamt Suchagent <noreply@interamt.de>",
        "Interamt-Suchagent: 3 neue Stellenangebote",
        J("alert", "other"),
        text=f"""Sehr geehrte Frau Oberländer-Yilmaz,

Ihr Suchagent "Soziale Arbeit Köln/Bonn 50 km" hat neue Stellenangebote gefunden:

1317045  Sozialarbeiter*innen / Sozialpädagog*innen (m/w/d) für die Schulsozialarbeit (BuT) an Grundschulen – Bundesstadt Bonn
1317220  Sozialarbeiter*in im Sozialpsychiatrischen Dienst – Kreis Erftland
1317318  Sozialarbeiter*in Jobcenter (Fallmanagement U25) – Jobcenter Köln

Die Stellenangebote finden Sie unter:
https://www.interamt.de/koop/app/suchagent?id=448120

{_interamt_foot}
""",
    ),
    m(
        "s8af",
        "2025-09-29 06:10",
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neue Stellenangebote zu Ihrem Suchauftrag",
        J("alert", "other"),
        text="""Guten Tag,

zu Ihrem Suchauftrag "Sozialarbeiter/in / Sozialpädagoge/-pädagogin – 50667 Köln (+25 km)"
wurden in der Jobsuche der Bundesagentur für Arbeit 14 neue Stellenangebote veröffentlicht.

Eine Auswahl:
- Sozialarbeiter/in (m/w/d) Sozialdienst – Klinikum Rheinaue Leverkusen gGmbH – Leverkusen
- Sozialpädagoge (m/w/d) Familienhilfe – Familienbande Köln e.V. – Köln
- Sozialarbeiter (m/w/d) Schulsozialarbeit – Freie Schule Köln – Köln

Alle Ergebnisse ansehen:
https://www.arbeitsagentur.de/jobsuche/suche?was=Sozialarbeiter&wo=50667%20K%C3%B6ln&umkreis=25

Suchauftrag verwalten: https://www.arbeitsagentur.de/jobsuche/suchauftraege

Mit freundlichen Grüßen
Ihre Bundesagentur für Arbeit
""",
    ),
    m(
        "f7lu",
        "2025-10-30 10:00",
        "kununu <newsletter@news.kununu.com>",
        "Top-Arbeitgeber im Sozialwesen + Jobs, die zu dir passen",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#222;background:#f6f6f6">
<table width="600" align="center" style="background:#fff" cellpadding="24"><tr><td>
<img src="https://assets.kununu.com/newsletter/kununu-logo.png" alt="kununu" width="110">
<h1 style="font-size:22px">Wo arbeiten Sozialarbeiter*innen am liebsten?</h1>
<p>Hi Friederike, wir haben über 18.000 Bewertungen aus dem Sozialwesen ausgewertet. Spoiler: Es sind nicht immer die großen Träger, die vorne liegen.</p>
<p><a href="https://news.kununu.com/c/sozialwesen-ranking-2025?utm_source=newsletter&amp;utm_campaign=nl_2025_10">Zum Ranking →</a></p>
<h2 style="font-size:18px">Jobs, die zu dir passen</h2>
<p><a href="https://www.kununu.com/de/job/sozialarbeiter-asd-rhein-agger-kreis?utm_source=newsletter">Sozialarbeiter/in (m/w/d) ASD</a> · Rhein-Agger-Kreis · Siegburg · ★ 3,9</p>
<p><a href="https://www.kununu.com/de/job/berufseinstiegsbegleiter-brueckenwerk?utm_source=newsletter">Berufseinstiegsbegleiter*in</a> · Brückenwerk Bildung gGmbH · Köln · ★ 3,4</p>
<p><a href="https://www.kununu.com/de/job/sozialdienst-klinikum-rheinaue?utm_source=newsletter">Sozialarbeiter (m/w/d) Sozialdienst</a> · Klinikum Rheinaue · Leverkusen · ★ 3,6</p>
<h2 style="font-size:18px">Gehaltscheck</h2>
<p>Was verdient man im ASD wirklich? Laut kununu Gehaltscheck liegt das Durchschnittsgehalt für Sozialarbeiter*innen in Köln bei 4.180 € brutto im Monat.</p>
<p style="font-size:11px;color:#888">kununu GmbH, Wien · Du erhältst diesen Newsletter, weil du ihn abonniert hast. <a href="https://www.kununu.com/de/newsletter/unsubscribe?u=ff91">Abmelden</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.kununu.com/de/newsletter/unsubscribe?u=ff91>"},
    ),
    m(
        "y6ro",
        "2026-02-11 10:15",
        "kununu <noreply@kununu.com>",
        "Wie ist es bei Veedel Jugendhilfe gGmbH wirklich? Teile deine Erfahrung",
        J("other_job", "other"),
        text="""Hi Friederike,

du bist seit über 5 Jahren bei Veedel Jugendhilfe gGmbH? Dann weißt du am besten, wie es dort
wirklich ist.

Mit deiner anonymen Bewertung hilfst du anderen Sozialarbeiter*innen bei ihrer Jobwahl – und
es dauert nur 5 Minuten.

Jetzt bewerten: https://www.kununu.com/de/bewerten?utm_source=reminder&company=veedel-jugendhilfe

Dein kununu Team

kununu GmbH · Abmelden: https://www.kununu.com/de/settings/notifications
""",
        headers={"List-Unsubscribe": "<https://www.kununu.com/de/settings/notifications?u=ff91>"},
    ),
    m(
        "c1mz",
        "2025-11-13 12:48",
        "Nadine Offermann via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Schulsozialarbeit in Bergisch Gladbach – passt das zu Ihnen?",
        J("outreach", "linkedin", "Kinderhilfe Strunde", "Schulsozialarbeiter*in"),
        text="""Nadine Offermann
Personalreferentin bei Kinderhilfe Strunde

Hallo Frau Oberländer-Yilmaz,

ich bin über Ihr Profil gestolpert – Schulabsentismus und Wohngruppen-Erfahrung, das ist genau
die Mischung, die wir für unsere Schulsozialarbeit an zwei Realschulen in Bergisch Gladbach
suchen (39 Std., unbefristet, S 12 TVöD SuE, Start ab Februar).

Hätten Sie Lust auf ein kurzes Telefonat? Die Ausschreibung finden Sie hier:
https://www.linkedin.com/jobs/view/4126610034/

Herzliche Grüße
Nadine Offermann

Antworten: https://www.linkedin.com/messaging/thread/2-NzE4ZGQ1?trk=eml-inmail_hit_reply
----------------------------------------
Diese E-Mail war für Friederike Oberländer-Yilmaz. Sie erhalten InMail-Benachrichtigungen.
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
    ),
    m(
        "z9ga",
        "2025-12-02 08:55",
        "Carina Lüdtke | ProSozial Zeitarbeit <c.luedtke@prosozial-personal.example>",
        "Flexible Einsätze im ASD – bis zu 28 €/Std.",
        J("outreach", "agency", None, "Sozialarbeiter*in im ASD (Arbeitnehmerüberlassung)"),
        text="""Hallo Frau Oberländer-Yilmaz,

Jugendämter in ganz NRW suchen händeringend Verstärkung – und wir suchen Sie!

Als Sozialarbeiter*in im ASD über ProSozial bekommen Sie:
✔ bis zu 28 € Stundenlohn (nach iGZ-Tarif plus Branchenzuschlag)
✔ Dienstwagen auch zur privaten Nutzung
✔ Einsatzorte nach Wunsch im Großraum Köln/Bonn
✔ Übernahmeoption nach 12 Monaten

Aktuell haben wir drei Einsätze bei Kommunen im Kreis Erftland und einen im Bergischen Land
zu besetzen. Darf ich Sie kurz anrufen? Ihre Nummer habe ich leider nicht – antworten Sie
einfach auf diese Mail.

Viele Grüße
Carina Lüdtke
Recruiterin Soziales
ProSozial Personaldienste GmbH · Mediapark 8 · 50670 Köln

Sie möchten keine weiteren Angebote erhalten? Antworten Sie mit "Abmelden".
""",
    ),
]

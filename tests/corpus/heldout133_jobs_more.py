# ruff: noqa: E501, RUF100
"""Corpus 133, job mail part two (data only): see heldout133.py."""

from __future__ import annotations

from typing import Any

from heldout133_jobs import (
    ER,
    ERR,
    EV,
    EVR,
    FH,
    FHR,
    FX,
    FXR,
    HA,
    HAR,
    HW,
    HWR,
    MA,
    MAR,
    NT,
    NTR,
    OB,
    OBR,
    OT,
    OTR,
    QR,
    QRR,
    RB,
    RB2,
    RBT_FOOTER,
    SENT_RB2_ASK,
    TM,
    TMR,
    WSM,
    WSMR,
    ZA,
    ZAR,
    A,
    J,
    ics,
    m,
    thread,
)

# Mail Jonas sent (not in this mailbox, only referenced by replies).
SENT_HA_INIT = "<trinity-2e9b7c14-0d83-46aa-a1f5-c37e8b2d6f09-1768985122657@3c-app-gmx-bs31>"
SENT_HA_OK = "<trinity-91a0f4d2-b6c3-4e57-8f2a-d40c7b19e3a5-1769180010442@3c-app-gmx-bap17>"
SENT_WSM_YES = "<trinity-6c4e2b1a-9f07-4d3c-b8e5-17a2f0c9d6e3-1773125589130@3c-app-gmx-bs08>"
SENT_FH_WD = "<trinity-e3d7a9f1-52c4-4b0e-9a6d-8f1b3c2e7d40-1773227746905@3c-app-gmx-bap44>"
SENT_TM_WD = "<trinity-4b1c8e7f-a2d3-49e6-b0f5-6c9d1e3a2b87-1773649318220@3c-app-gmx-bs19>"
SENT_NW_CV = "<trinity-8f2a6d3c-1e9b-4c70-a5d4-b3e0f7c1928d-1762331905876@3c-app-gmx-bap02>"

NW_SIG = """
Mit freundlichen Grüßen

Dennis Roller
Senior Personalberater Engineering

Neckarwerk Personal GmbH
Niederlassung Esslingen · Fabrikstraße 8 · 73728 Esslingen am Neckar
Tel. 0711 3969 41-22 · Mobil 0172 5519 304
d.roller@neckarwerk-personal.example · www.neckarwerk-personal.example

Neckarwerk Personal GmbH · Sitz Esslingen am Neckar · Amtsgericht Stuttgart HRB 742519
Geschäftsführer: Holger Sauter · Erlaubnis zur Arbeitnehmerüberlassung gem. § 1 AÜG erteilt durch die Bundesagentur für Arbeit, Regionaldirektion Baden-Württemberg
"""

WSM_SIG = """
Petra Schmid
Personalreferentin

WSM Walz Sondermaschinenbau GmbH & Co. KG
Max-Eyth-Straße 22 · 72622 Nürtingen
Telefon +49 7022 9311-140
p.schmid@wsm-walz.example · www.wsm-walz.example

Sitz: Nürtingen · Registergericht: Amtsgericht Stuttgart HRA 211408
Persönlich haftende Gesellschafterin: Walz Verwaltungs-GmbH, Sitz Nürtingen, Amtsgericht Stuttgart HRB 212077
Geschäftsführer: Dipl.-Ing. Tobias Walz, Dr. Bernd Walz
"""


# --- 9 Remstal Bahntechnik, the second role (Workday, Aon test, HR) ------------------------------

rb2_conf = m(
    "e7rk",
    "2025-11-06 18:40",
    "RBT Group <rbtgroup@myworkday.com>",
    "Ihre Bewerbung ist eingegangen",
    A("confirmation", RB, RB2, 9, "workday"),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Bewerbung als Prüfingenieur Drehgestelle (m/w/d) am Standort Waiblingen (Stellen-ID R-10917). Wir haben Ihre Unterlagen vollständig erhalten.

Unser Talent-Acquisition-Team prüft nun Ihre Bewerbung gemeinsam mit dem Fachbereich. Den aktuellen Stand können Sie jederzeit in Ihrem Kandidatenkonto einsehen:
https://wd3.myworkdaysite.com/de-DE/recruiting/rbtgroup/RBT_Careers/userHome

Mit freundlichen Grüßen

Ihr Talent Acquisition Team
"""
    + RBT_FOOTER,
)

rb2_test = m(
    "w1fh",
    "2025-11-14 10:05",
    "RBT Group Recruiting <donotreply@aon.com>",
    "Einladung zu Online-Tests – RBT Group",
    A("assessment", RB, RB2, 9, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#262836">
<p>Sehr geehrter Herr Wehrle,</p>
<p>im Rahmen Ihrer Bewerbung als <b>Prüfingenieur Drehgestelle (m/w/d)</b> bei der Remstal Bahntechnik GmbH möchten wir Sie einladen, an unseren Online-Tests teilzunehmen. Sie bestehen aus zwei Teilen:</p>
<ul>
<li>scales numerical – Zahlenverständnis (ca. 18 Minuten)</li>
<li>scales lst – logisch-schlussfolgerndes Denken (ca. 15 Minuten)</li>
</ul>
<p>Bitte nehmen Sie sich ausreichend Zeit und sorgen Sie für eine ruhige Umgebung. Die Tests können nur einmal bearbeitet werden.</p>
<p><a href="https://assessment.aon.com/go/?p=RBT-DE-2025&amp;u=8bc51f0e2d&amp;lang=de">Zu den Tests</a></p>
<p>Bitte schließen Sie die Tests bis spätestens <b>21.11.2025</b> ab.</p>
<p>Bei technischen Problemen wenden Sie sich bitte an den Aon-Support.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der RBT Group</p>
<p style="font-size:10px;color:#888">Diese E-Mail wurde im Auftrag der RBT Group von Aon Assessment Solutions versendet.</p>
</body></html>""",
)

RB_ORG = ("Kächele Sabine", "sabine.kaechele@rbt-group.example")

rb2_int = m(
    "y5bv",
    "2025-12-02 11:30",
    "Kächele Sabine <sabine.kaechele@rbt-group.example>",
    "Terminvorschlag Interview Prüfingenieur Drehgestelle (R-10917)",
    A("interview", RB, RB2, 9, "direct"),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Bewerbung und die Teilnahme an unseren Online-Tests.

Gerne möchten wir Sie in einem ersten Interview per Microsoft Teams näher kennenlernen. Teilnehmen werden Herr Jörg Mezger (Teamleiter Prüffeld Drehgestelle) und ich.

Vorgeschlagener Termin: Dienstag, 09.12.2025, 14:00 – 15:00 Uhr

Die Einladung ist angehängt. Falls der Termin nicht passt, nennen Sie mir bitte zwei Alternativen.

Mit freundlichen Grüßen

Sabine Kächele
Talent Acquisition Partner
RBT Group
Tel. +49 7151 5020-2231
"""
    + RBT_FOOTER,
    ics=ics(
        "040000008200E00074C5B7101A82E008000000009E2F44C1A563DC01000000000000000010000000F3A8",
        "2025-12-09 14:00",
        "Interview Jonas Wehrle – Prüfingenieur Drehgestelle (R-10917)",
        RB_ORG,
        style="outlook",
        location="Microsoft Teams-Besprechung",
        description="Microsoft Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE5ODhkZjUtNzQ1/0\nBesprechungs-ID: 321 447 906 118  Kenncode: Wz9pQ2",
        attendees=[("Mezger Jörg", "joerg.mezger@rbt-group.example")],
    ),
)

rb2_hold = m(
    "k8ua",
    "2026-01-20 16:12",
    "Kächele Sabine <sabine.kaechele@rbt-group.example>",
    "AW: Ihre Bewerbung / Prüfingenieur Drehgestelle",
    A("confirmation", RB, RB2, 9, "direct"),
    st="on_hold",
    text="""Sehr geehrter Herr Wehrle,

danke für Ihre Nachfrage und entschuldigen Sie bitte die lange Funkstille.

Ich muss Ihnen leider mitteilen, dass die Besetzung der Stelle im Zuge der Budgetplanung 2026 vorerst zurückgestellt wurde. Der Fachbereich geht davon aus, dass frühestens im zweiten Quartal wieder Klarheit besteht.

Ihre Bewerbung bleibt bis dahin selbstverständlich bei uns im Prozess; Herr Mezger war von dem Gespräch im Dezember sehr angetan. Ich melde mich unaufgefordert, sobald es Neuigkeiten gibt.

Mit freundlichen Grüßen

Sabine Kächele
Talent Acquisition Partner
RBT Group

Von: Jonas Wehrle <jonas.wehrle@gmx.de>
Gesendet: Dienstag, 20. Januar 2026 09:58
An: Kächele Sabine <sabine.kaechele@rbt-group.example>
Betreff: Ihre Bewerbung / Prüfingenieur Drehgestelle

Sehr geehrte Frau Kächele,

ich wollte mich kurz nach dem Stand meiner Bewerbung erkundigen – unser Gespräch am 9. Dezember liegt nun schon etwas zurück.

Viele Grüße
Jonas Wehrle
"""
    + RBT_FOOTER,
    **thread(SENT_RB2_ASK),
)


# --- 10 Ostertag Antriebstechnik (StepStone, then the employer) ----------------------------------

ot_conf = m(
    "n3de",
    "2025-11-10 21:40",
    "StepStone <noreply@stepstone.de>",
    "Ihre Bewerbung wurde erfolgreich versendet",
    A("confirmation", OT, OTR, 10, "other"),
    html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1c1c1c">
<table width="600" align="center" style="border:1px solid #e5e5e5"><tr><td style="padding:20px;background:#0c2577">
<img src="https://www.stepstone.de/public-assets/logo-white.png" alt="StepStone" width="120"></td></tr>
<tr><td style="padding:24px">
<p>Hallo Jonas Wehrle,</p>
<p>Ihre Bewerbung ist unterwegs! Wir haben Ihre Unterlagen an den Arbeitgeber übermittelt:</p>
<p style="border-left:3px solid #0c2577;padding-left:10px"><b>Versuchsingenieur Getriebe (m/w/d)</b><br>
Ostertag Antriebstechnik GmbH<br>Esslingen am Neckar</p>
<p>Gesendete Unterlagen: Lebenslauf_Jonas_Wehrle.pdf, Anschreiben_Ostertag.pdf, Zeugnisse_Wehrle.pdf</p>
<p>Den Status Ihrer Bewerbung finden Sie unter <a href="https://www.stepstone.de/candidate/applications?utm_source=transactional&amp;utm_medium=email&amp;utm_campaign=apply_confirm">Meine Bewerbungen</a>.</p>
<p>Viel Erfolg!<br>Ihr StepStone Team</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf · <a href="https://www.stepstone.de/agb">AGB</a> · <a href="https://www.stepstone.de/datenschutz">Datenschutz</a></td></tr>
</table></body></html>""",
)

ot_viewed = m(
    "b9oq",
    "2025-11-14 13:26",
    "StepStone <noreply@stepstone.de>",
    "Statusupdate zu Ihrer Bewerbung",
    A("viewed", OT, OTR, 10, "other"),
    html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hallo Jonas Wehrle,</p>
<p>gute Nachrichten: <b>Ostertag Antriebstechnik GmbH</b> hat Ihre Bewerbung als <b>Versuchsingenieur Getriebe (m/w/d)</b> geöffnet.</p>
<p>Status: <span style="color:#0c2577;font-weight:bold">Angesehen</span></p>
<p><a href="https://www.stepstone.de/candidate/applications?utm_campaign=status_viewed">Zu meinen Bewerbungen</a></p>
<p style="font-size:11px;color:#888">Sie erhalten diese E-Mail, weil Sie Status-Benachrichtigungen aktiviert haben. <a href="https://www.stepstone.de/candidate/settings/notifications">Einstellungen ändern</a></p>
</body></html>""",
)

ot_rej = m(
    "t6jc",
    "2025-11-27 09:48",
    "Ostertag Antriebstechnik GmbH - Personal <bewerbung@ostertag-antriebe.example>",
    "Ihre Bewerbung vom 10.11.2025",
    A("rejection", OT, OTR, 10, "direct"),
    text="""Sehr geehrter Herr Wehrle,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen heute leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Die Entscheidung ist uns angesichts der Vielzahl qualifizierter Bewerbungen nicht leichtgefallen.

Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.

Mit freundlichen Grüßen

i. A. Carmen Lutz
Personalabteilung

Ostertag Antriebstechnik GmbH
Zeppelinstraße 115 · 73730 Esslingen am Neckar
Tel. +49 711 93157-0 · www.ostertag-antriebe.example
Geschäftsführer: Dipl.-Kfm. Werner Ostertag, Dr.-Ing. Claudia Ostertag-Pfisterer
Amtsgericht Stuttgart HRB 210334 · USt-IdNr. DE 145 873 221

Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt. Wenn Sie nicht der vorgesehene Adressat dieser E-Mail oder dessen Vertreter sein sollten, so beachten Sie bitte, dass jede Form der Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe des Inhalts dieser E-Mail unzulässig ist. Wir bitten Sie, sich in diesem Fall mit dem Absender der E-Mail in Verbindung zu setzen.
""",
)


# --- 11 Hallwang Fördertechnik through the agency Neckarwerk Personal ----------------------------

nw_outreach = m(
    "f2zm",
    "2025-11-03 10:22",
    "Dennis Roller <d.roller@neckarwerk-personal.example>",
    "Position als Versuchsingenieur (m/w/d) – Raum Esslingen",
    J("outreach", "agency", None, "Versuchsingenieur"),
    text="""Sehr geehrter Herr Wehrle,

ich bin auf XING auf Ihr Profil aufmerksam geworden und melde mich, weil ich aktuell für einen meiner Kunden eine Position besetze, die sehr gut zu Ihrem Hintergrund passen könnte.

Mein Kunde ist ein inhabergeführtes Maschinenbauunternehmen mit rund 600 Mitarbeitenden im Raum Esslingen, das Anlagen für die Intralogistik entwickelt und weltweit ausliefert. Gesucht wird ein

Versuchsingenieur (m/w/d)

- Planung und Durchführung von Dauer- und Funktionstests an Förder- und Hubsystemen
- Aufbau und Weiterentwicklung des hauseigenen Prüffelds
- enge Zusammenarbeit mit Konstruktion und Qualität
- Festanstellung direkt beim Kunden (Direktvermittlung, keine Arbeitnehmerüberlassung), 35-h-Woche, IG-Metall-Tarif

Hätten Sie Interesse an einem kurzen, unverbindlichen Telefonat? Ihre Daten gebe ich selbstverständlich nur mit Ihrem ausdrücklichen Einverständnis weiter.
"""
    + NW_SIG,
)

nw_consent = m(
    "u4wl",
    "2025-11-05 15:31",
    "Dennis Roller <d.roller@neckarwerk-personal.example>",
    "AW: Position als Versuchsingenieur (m/w/d) – Raum Esslingen",
    J("other_job", "agency", None, "Versuchsingenieur"),
    text="""Hallo Herr Wehrle,

vielen Dank für das nette Telefonat heute Mittag und für Ihre Unterlagen!

Wie besprochen schicke ich Ihnen anbei unsere Einwilligungserklärung zur Datenverarbeitung. Wenn Sie mir diese unterschrieben zurückschicken (ein Handyfoto genügt), stelle ich Ihr Profil wie abgesprochen bei meinem Kunden vor. Ich melde mich dann, sobald ich eine Rückmeldung habe – in der Regel innerhalb einer Woche.
"""
    + NW_SIG
    + """
-----Ursprüngliche Nachricht-----
Von: Jonas Wehrle <jonas.wehrle@gmx.de>
Gesendet: Mittwoch, 5. November 2025 09:38
An: Dennis Roller <d.roller@neckarwerk-personal.example>
Betreff: Re: Position als Versuchsingenieur (m/w/d) – Raum Esslingen

Guten Morgen Herr Roller,

danke für Ihre Nachricht, das klingt interessant. Ich bin heute zwischen 12 und 13 Uhr gut erreichbar (0176 4418 2093). Meinen Lebenslauf habe ich schon mal angehängt.

Viele Grüße
Jonas Wehrle
""",
    attach=[
        (
            "Einwilligung_Datenschutz_Kandidaten.pdf",
            "application/pdf",
            "%PDF-1.5\n% Einwilligungserklaerung Neckarwerk Personal\n",
        )
    ],
    **thread(SENT_NW_CV),
)

NW_ORG = ("Dennis Roller", "d.roller@neckarwerk-personal.example")

hw_int = m(
    "z9ei",
    "2025-11-13 16:05",
    "Dennis Roller <d.roller@neckarwerk-personal.example>",
    "Vorstellungsgespräch am 20.11. – Hallwang Fördertechnik",
    A("interview", HW, HWR, 11, "agency"),
    text="""Hallo Herr Wehrle,

gute Neuigkeiten: Mein Kunde möchte Sie gerne kennenlernen! Jetzt darf ich auch den Namen verraten – es handelt sich um die Hallwang Fördertechnik GmbH in Wendlingen am Neckar.

Termin: Donnerstag, 20.11.2025, 13:30 Uhr
Ort: Hallwang Fördertechnik GmbH, Im Kessler 9, 73240 Wendlingen am Neckar
Ihre Gesprächspartner: Herr Uwe Hallwang (Technischer Leiter) und Frau Birgit Sailer (Personal)
Position: Versuchsingenieur Fördertechnik (m/w/d)

Ich habe Ihnen den Termin als Einladung angehängt. Gerne können wir am Dienstag noch einmal kurz telefonieren, damit ich Ihnen ein paar Hintergründe zum Unternehmen und zu den Gesprächspartnern geben kann.
"""
    + NW_SIG,
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D46C2A8F0B55DC01000000000000000010000000B217",
        "2025-11-20 13:30",
        "Vorstellungsgespräch Hallwang Fördertechnik – Jonas Wehrle",
        NW_ORG,
        style="outlook",
        minutes=90,
        location="Hallwang Fördertechnik GmbH, Im Kessler 9, 73240 Wendlingen am Neckar",
    ),
)

hw_rej = m(
    "q1pr",
    "2025-11-28 12:10",
    "Dennis Roller <d.roller@neckarwerk-personal.example>",
    "Feedback Hallwang",
    A("rejection", HW, HWR, 11, "agency"),
    text="""Hallo Herr Wehrle,

ich habe heute Vormittag mit Frau Sailer gesprochen. Das Feedback zu Ihnen war wirklich positiv – fachlich und menschlich. Leider hat sich Hallwang nun aber doch für eine interne Lösung entschieden: Ein Kollege aus der Konstruktion wechselt ins Prüffeld, die Stelle wird daher nicht extern besetzt.

Das ist natürlich ärgerlich, zumal es an Ihnen nicht lag. Ich habe aktuell noch zwei weitere Projekte im Bereich Versuch/Erprobung, die ich Ihnen gerne vorstellen würde – darf ich mich dazu nächste Woche telefonisch melden?
"""
    + NW_SIG,
)


# --- 12 Enztal Robotik (XING) -------------------------------------------------------------------

er_conf = m(
    "m7gx",
    "2025-11-18 19:37",
    "XING <noreply@xing.com>",
    "Deine Bewerbung bei Enztal Robotik GmbH wurde verschickt",
    A("confirmation", ER, ERR, 12, "other"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#0a1414">
<table width="560" align="center"><tr><td>
<img src="https://static.xingcdn.com/crate/mail/logo.png" alt="XING" width="80">
<p>Hallo Jonas,</p>
<p>Deine Bewerbung ist raus! Wir haben sie an <b>Enztal Robotik GmbH</b> weitergeleitet.</p>
<table style="background:#f4f4f5;padding:12px;width:100%"><tr><td>
<b>Testingenieur Robotik (m/w/d)</b><br>Enztal Robotik GmbH · Pforzheim</td></tr></table>
<p>Was passiert jetzt? Das Unternehmen prüft Deine Bewerbung und meldet sich direkt bei Dir.</p>
<p><a href="https://www.xing.com/jobs/my-applications?sc_o=mail_application_sent">Zu Deinen Bewerbungen</a></p>
<p style="font-size:11px;color:#5e737d">New Work SE · Am Strandkai 1 · 20457 Hamburg · <a href="https://www.xing.com/settings/notifications">Benachrichtigungen verwalten</a></p>
</td></tr></table></body></html>""",
)


# --- 13 Oberle Maschinenfabrik (BA placement proposal, then the firm) ---------------------------

ba_vv = m(
    "s5ky",
    "2025-11-20 07:03",
    "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "Neuer Vermittlungsvorschlag in Ihrem Postfach",
    J("alert", "other", OB, OBR),
    text="""Guten Tag Herr Wehrle,

in Ihrem Postfach auf www.arbeitsagentur.de liegt eine neue Nachricht für Sie bereit:

Vermittlungsvorschlag
Stellenangebot: Versuchsingenieur Sondermaschinen (m/w/d)
Arbeitgeber: Oberle Maschinenfabrik GmbH, 73230 Kirchheim unter Teck
Referenznummer: 10001-1002384417-S

Bitte bewerben Sie sich umgehend auf dieses Stellenangebot und teilen Sie uns das Ergebnis Ihrer Bewerbung über das Antwortformular mit.

Zum Postfach: https://web.arbeitsagentur.de/portal/postfach

Aus Sicherheitsgründen enthält diese E-Mail keine persönlichen Daten. Bitte antworten Sie nicht auf diese E-Mail.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Stuttgart
""",
)

ob_conf = m(
    "x3nb",
    "2025-12-01 09:14",
    "Marion Oberle <m.oberle@oberle-maschinen.example>",
    "Eingangsbestätigung",
    A("confirmation", OB, OBR, 13, "direct"),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Bewerbung, die wir gerne erhalten haben. Wir sehen uns Ihre Unterlagen in Ruhe an und melden uns in Kürze wieder bei Ihnen.

Freundliche Grüße

Marion Oberle
Personal / Verwaltung

Oberle Maschinenfabrik GmbH
Dettinger Straße 71
73230 Kirchheim unter Teck
Tel. 07021 48 07-12
""",
)

ob_int = m(
    "r2ty",
    "2025-12-15 11:47",
    "Marion Oberle <m.oberle@oberle-maschinen.example>",
    "Einladung zum Vorstellungsgespräch",
    A("interview", OB, OBR, 13, "direct"),
    text="""Sehr geehrter Herr Wehrle,

wir würden Sie gerne zu einem persönlichen Gespräch in unser Haus einladen. Wäre es Ihnen möglich, am Freitag, den 19.12.2025 um 10:00 Uhr zu uns nach Kirchheim zu kommen? Am Gespräch nehmen unser Geschäftsführer Herr Klaus Oberle sowie Herr Dietmar Frick (Leiter Konstruktion und Versuch) teil.

Parkplätze finden Sie direkt vor dem Verwaltungsgebäude. Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Freundliche Grüße

Marion Oberle
Personal / Verwaltung

Oberle Maschinenfabrik GmbH
Dettinger Straße 71
73230 Kirchheim unter Teck
Tel. 07021 48 07-12
""",
)

ob_rej = m(
    "d6ah",
    "2026-01-09 14:22",
    "Marion Oberle <m.oberle@oberle-maschinen.example>",
    "Ihre Bewerbung bei uns",
    A("rejection", OB, OBR, 13, "direct"),
    text="""Sehr geehrter Herr Wehrle,

zunächst wünschen wir Ihnen ein gutes neues Jahr und bedanken uns nochmals für das angenehme Gespräch im Dezember.

Nach reiflicher Überlegung haben wir uns für einen Bewerber entschieden, der bereits Erfahrung mit unseren Steuerungssystemen mitbringt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihre Zukunft alles Gute.

Ihre Unterlagen senden wir Ihnen nicht zurück, da Sie uns diese per E-Mail übermittelt haben; wir löschen sie fristgerecht.

Freundliche Grüße

Marion Oberle
Oberle Maschinenfabrik GmbH
""",
)


# --- 14 Fluxtrak (Feldstrom Technologies GmbH), join.com ----------------------------------------

fx_conf = m(
    "h8vi",
    "2025-12-04 08:31",
    "JOIN <noreply@join.com>",
    "Deine Bewerbung bei Fluxtrak ist angekommen",
    A("confirmation", FX, FXR, 14, "other"),
    html="""<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#111">
<table width="560" align="center"><tr><td style="padding:24px">
<p>Hallo Jonas,</p>
<p>Deine Bewerbung für die Stelle <b>Validation Engineer Powertrain (m/w/d)</b> bei <b>Fluxtrak</b> ist erfolgreich eingegangen. 🎉</p>
<p>Das Team von Fluxtrak meldet sich bei Dir, sobald es Deine Bewerbung geprüft hat.</p>
<p><a href="https://join.com/candidates/applications?utm_source=email&amp;utm_campaign=application_confirmation" style="background:#0047ff;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Bewerbung ansehen</a></p>
<p style="font-size:12px;color:#777">Stellenanbieter: Feldstrom Technologies GmbH, Gottlieb-Daimler-Straße 12, 72072 Tübingen</p>
<p style="font-size:11px;color:#999">JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich · <a href="https://join.com/privacy">Datenschutz</a></p>
</td></tr></table></body></html>""",
)

fx_rej = m(
    "a4lf",
    "2026-01-08 17:09",
    "Fluxtrak via JOIN <noreply@join.com>",
    "Neuigkeiten zu deiner Bewerbung",
    A("rejection", FX, FXR, 14, "other", "en"),
    text="""Hi Jonas,

thanks a lot for applying for our Validation Engineer Powertrain role and sorry for the slow reply – December was crazy with our first field trials on the Alb.

We really liked your background, but we've decided to go with a candidate who has worked on off-highway / agricultural machinery before, which is what we need most right now.

Fingers crossed for your search, and if you ever want to see our tractors in action, just drop me a line.

Cheers,
Mareike
Talent & Ops @ Fluxtrak

--
Sent via JOIN · You can reply directly to this e-mail.
""",
)


# --- 15 Quantis Robotics (Greenhouse) ---------------------------------------------------------

qr_conf = m(
    "o7cs",
    "2025-12-08 22:04",
    "Quantis Robotics <no-reply@us.greenhouse-mail.io>",
    "Thanks for applying to Quantis Robotics!",
    A("confirmation", QR, QRR, 15, "greenhouse", "en"),
    text="""Hi Jonas,

Thanks for applying for the Hardware Test Engineer (Stuttgart) role at Quantis Robotics. We've received your application and our team will review it over the coming weeks.

Because we receive a high volume of applications, we may not be able to respond to everyone individually. If your experience is a good fit, a member of our recruiting team will reach out to discuss next steps.

In the meantime, feel free to learn more about how we build collaborative robots for machine tending: https://www.quantis-robotics.example/blog

Best,
Quantis Robotics Recruiting

**Please do not reply to this email. This mailbox is not monitored.**
""",
)


# --- 16 Walz Sondermaschinenbau (WSM), d.vinci + HR + the managing director ------------------

wsm_conf = m(
    "c5dw",
    "2026-01-12 18:02",
    "WSM Bewerbermanagement <noreply@dvinci-hr.com>",
    "Ihre Bewerbung bei WSM",
    A("confirmation", WSM, WSMR, 16, "other"),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Bewerbung als Entwicklungsingenieur Versuch und Validierung (m/w/d) und Ihr Interesse an der WSM Walz Sondermaschinenbau GmbH & Co. KG.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns schnellstmöglich bei Ihnen.

Über Ihren persönlichen Zugang können Sie Ihre Daten jederzeit einsehen und bearbeiten:
https://wsm-walz.dvinci-hr.com/de/p/applicant/login?token=5a8e1c03f7

Mit freundlichen Grüßen
Ihr Personalteam der WSM

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""",
)

wsm_phone = m(
    "y2ji",
    "2026-01-27 11:12",
    "Petra Schmid <p.schmid@wsm-walz.example>",
    "Telefonisches Kennenlernen",
    A("interview", WSM, WSMR, 16, "direct"),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Bewerbung, die bei unserem Versuchsleiter Herrn Maier und bei mir einen sehr guten Eindruck hinterlassen hat.

Gerne würden wir Sie in einem ersten Telefonat (ca. 30 Minuten) kennenlernen. Würde es Ihnen am Donnerstag, 29.01., um 16:00 Uhr passen? Ich würde Sie dann unter der in Ihrem Lebenslauf angegebenen Mobilnummer anrufen.

Mit freundlichen Grüßen
"""
    + WSM_SIG,
)

WSM_ORG = ("Schmid, Petra", "p.schmid@wsm-walz.example")

wsm_onsite = m(
    "j6ox",
    "2026-02-05 09:36",
    "Petra Schmid <p.schmid@wsm-walz.example>",
    "Einladung zum persönlichen Gespräch – Entwicklungsingenieur Versuch und Validierung",
    A("interview", WSM, WSMR, 16, "direct"),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für das angenehme Telefonat. Wie besprochen laden wir Sie herzlich zu einem persönlichen Gespräch zu uns nach Nürtingen ein:

Freitag, 13.02.2026, 09:00 bis ca. 11:00 Uhr
WSM Walz Sondermaschinenbau GmbH & Co. KG, Max-Eyth-Straße 22, 72622 Nürtingen
Gesprächspartner: Herr Andreas Maier (Leitung Versuch und Validierung), Petra Schmid (Personal)

Die Terminanfrage hängt an. Bitte melden Sie sich am Empfang im Verwaltungsgebäude. Fahrtkosten erstatten wir gemäß Reisekostenrichtlinie.

Wir freuen uns auf Sie!

Mit freundlichen Grüßen
"""
    + WSM_SIG,
    ics=ics(
        "040000008200E00074C5B7101A82E008000000005AF1C0B27D96DC01000000000000000010000000E814",
        "2026-02-13 09:00",
        "Vorstellungsgespräch Hr. Wehrle – Entwicklungsingenieur Versuch und Validierung",
        WSM_ORG,
        style="outlook",
        minutes=120,
        location="WSM Nürtingen, Verwaltungsgebäude, Besprechungsraum Teck",
        attendees=[("Maier, Andreas", "a.maier@wsm-walz.example")],
    ),
)

wsm_round2 = m(
    "v0ql",
    "2026-02-20 19:44",
    "Tobias Walz <tobias.walz@wsm-walz.example>",
    "Zweiter Termin",
    A("interview", WSM, WSMR, 16, "direct"),
    text="""Hallo Herr Wehrle,

Herr Maier hat mir von Ihrem Gespräch berichtet, ich würde Sie gerne auch noch persönlich kennenlernen. Vorschlag: Donnerstag 26.02. um 14 Uhr bei uns, mit einem Rundgang durchs Versuchsfeld und die Montage. Dauer ca. 1,5 Std.

Passt Ihnen das? Kurze Antwort an mich oder an Frau Schmid genügt.

Gruß
T. Walz

Gesendet von meinem iPhone
""",
)

wsm_offer = m(
    "l2um",
    "2026-03-05 15:58",
    "Petra Schmid <p.schmid@wsm-walz.example>",
    "Vertragsangebot",
    A("offer", WSM, WSMR, 16, "direct"),
    text="""Sehr geehrter Herr Wehrle,

nach den Gesprächen mit Herrn Maier und Herrn Walz freuen wir uns sehr, Ihnen die Stelle als Entwicklungsingenieur Versuch und Validierung (m/w/d) anbieten zu können.

Anbei erhalten Sie den Entwurf Ihres Arbeitsvertrags. Die wichtigsten Punkte vorab:
- Beginn: 01.06.2026 (ein früherer Eintritt ist nach Absprache möglich)
- Jahresbruttogehalt: 76.000 EUR (12 Monatsgehälter) zzgl. Urlaubs- und Weihnachtsgeld nach Betriebsvereinbarung
- 37,5 Stunden/Woche, Gleitzeit, 30 Tage Urlaub
- Probezeit 6 Monate

Bitte lassen Sie uns bis zum 13.03.2026 wissen, ob Sie das Angebot annehmen möchten. Für Fragen zum Vertrag stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
"""
    + WSM_SIG,
    attach=[
        (
            "Arbeitsvertrag_Entwurf_Wehrle.pdf",
            "application/pdf",
            "%PDF-1.6\n% Arbeitsvertrag Entwurf WSM\n",
        )
    ],
)

wsm_accepted = m(
    "n9sv",
    "2026-03-10 18:21",
    "Tobias Walz <tobias.walz@wsm-walz.example>",
    "AW: Vertragsangebot",
    A("offer", WSM, WSMR, 16, "direct"),
    st="accepted",
    cc="Petra Schmid <p.schmid@wsm-walz.example>",
    text="""Lieber Herr Wehrle,

das freut mich sehr – herzlich willkommen bei WSM! Frau Schmid schickt Ihnen die Vertragsunterlagen in den nächsten Tagen im Original zur Unterschrift zu.

Auf eine gute Zusammenarbeit!
Tobias Walz

Am 10.03.2026 um 08:06 schrieb Jonas Wehrle <jonas.wehrle@gmx.de>:

> Sehr geehrte Frau Schmid, sehr geehrter Herr Walz,
>
> vielen Dank für das Angebot und die offenen Gespräche. Ich nehme die Stelle
> sehr gerne an und freue mich auf den Start am 1. Juni!
>
> Mit freundlichen Grüßen
> Jonas Wehrle
""",
    **thread(SENT_WSM_YES),
)

wsm_onboard = m(
    "k4ce",
    "2026-03-20 10:15",
    "Petra Schmid <p.schmid@wsm-walz.example>",
    "Ihr Start bei WSM – nächste Schritte",
    J("other_job", "direct", WSM, WSMR),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für den unterschriebenen Vertrag, der heute bei uns eingegangen ist.

Damit wir Ihren Start am 01.06.2026 gut vorbereiten können, bitten wir Sie um folgende Unterlagen bis Ende April:
- Steuer-ID und Sozialversicherungsnummer
- Bescheinigung Ihrer Krankenkasse
- Bankverbindung
- Kopie Ihres Führerscheins (für Fahrten zu Kunden mit Firmenfahrzeugen)

Den Personalfragebogen finden Sie im Anhang. Außerdem möchten wir Sie herzlich zu unserem Frühlingsfest am 08.05. einladen – eine gute Gelegenheit, das Team schon vorab kennenzulernen.

Mit freundlichen Grüßen
"""
    + WSM_SIG,
    attach=[("Personalfragebogen_WSM.pdf", "application/pdf", "%PDF-1.4\n% Personalfragebogen\n")],
)


# --- 17 Eisvogel E-Bus (Teamtailor) ----------------------------------------------------------

EV_ORG = ("Eisvogel E-Bus", "noreply@teamtailor.com")

ev_conf = m(
    "w3gm",
    "2026-01-13 12:48",
    "Eisvogel E-Bus <noreply@teamtailor.com>",
    "Danke für deine Bewerbung, Jonas!",
    A("confirmation", EV, EVR, 17, "teamtailor"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1b2b34">
<div style="max-width:560px;margin:auto">
<img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/eisvogel.png" alt="Eisvogel" width="150">
<p>Hi Jonas,</p>
<p>vielen Dank für deine Bewerbung als <b>Ingenieur Systemtest E-Bus (m/w/d)</b> in Ulm! Wir schauen uns deine Unterlagen in Ruhe an und melden uns innerhalb von zwei Wochen.</p>
<p>Bis dahin: Schau gern auf unserem <a href="https://eisvogel-ebus.teamtailor.com/people">Karriereblog</a> vorbei und lerne das Team kennen, das jeden Tag an leisen, sauberen Bussen für die Städte arbeitet.</p>
<p>Viele Grüße<br>Carla vom Eisvogel-Recruiting</p>
<p style="font-size:11px;color:#8899a6">Eisvogel E-Bus GmbH · Söflinger Straße 210 · 89077 Ulm<br>
<a href="https://eisvogel-ebus.teamtailor.com/connect/candidate/edit">Deine Daten verwalten</a></p>
</div></body></html>""",
)

ev_int = m(
    "g9tr",
    "2026-02-03 14:02",
    "Eisvogel E-Bus <noreply@teamtailor.com>",
    "Interview-Einladung: Ingenieur Systemtest E-Bus (m/w/d)",
    A("interview", EV, EVR, 17, "teamtailor"),
    text="""Hi Jonas,

schön, dass wir uns kennenlernen! Hier sind die Details zu deinem Interview:

Dienstag, 10. Februar 2026, 15:00 – 16:00 (MEZ)
Mit: Carla Nägele (Recruiting), Timo Yıldız (Teamlead Systemtest)
Video-Call: https://meet.google.com/bxe-mjpu-kro

Den Termin findest du auch im Anhang als Kalendereintrag.

Bis bald!
Carla vom Eisvogel-Recruiting
""",
    ics=ics(
        "tt-interview-8830417-eisvogel@teamtailor.com",
        "2026-02-10 15:00",
        "Interview Jonas Wehrle – Ingenieur Systemtest E-Bus",
        EV_ORG,
        location="https://meet.google.com/bxe-mjpu-kro",
        attendees=[
            ("Carla Nägele", "carla.naegele@eisvogel-ebus.example"),
            ("Timo Yıldız", "timo.yildiz@eisvogel-ebus.example"),
        ],
    ),
)

ev_cancel = m(
    "p4yk",
    "2026-02-05 09:27",
    "Eisvogel E-Bus <noreply@teamtailor.com>",
    "Abgesagt: Interview am 10. Februar",
    A("interview", EV, EVR, 17, "teamtailor"),
    text="""Hi Jonas,

leider müssen wir dein Interview am Dienstag, 10. Februar, absagen – Timo ist kurzfristig bei einem Kunden in Skandinavien im Einsatz. Das tut uns wirklich leid!

Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.

Viele Grüße
Carla vom Eisvogel-Recruiting
""",
    ics=ics(
        "tt-interview-8830417-eisvogel@teamtailor.com",
        "2026-02-10 15:00",
        "Abgesagt: Interview Jonas Wehrle – Ingenieur Systemtest E-Bus",
        EV_ORG,
        method="CANCEL",
        location="https://meet.google.com/bxe-mjpu-kro",
    ),
)

ev_rej = m(
    "b6nd",
    "2026-02-20 16:35",
    "Eisvogel E-Bus <noreply@teamtailor.com>",
    "Update zu deiner Bewerbung bei Eisvogel",
    A("rejection", EV, EVR, 17, "teamtailor"),
    text="""Hi Jonas,

wie versprochen melde ich mich bei dir – leider nicht mit dem neuen Interviewtermin.

Wir haben uns intern entschieden, die Stelle im Systemtest anders zuzuschneiden und mehr auf Software-in-the-Loop zu setzen. Deshalb werden wir den Prozess mit dir nicht weiterführen. Das hat ausdrücklich nichts mit deinem Profil zu tun, das uns sehr gut gefallen hat.

Danke für dein Verständnis und alles Gute für dich!
Carla

Carla Nägele · Recruiting · Eisvogel E-Bus GmbH
""",
)


# --- 18 Norrland Traction (SmartRecruiters) ---------------------------------------------------

nt_conf = m(
    "f5wb",
    "2026-01-19 10:18",
    "Norrland Traction Recruiting <noreply@smartrecruiters.com>",
    "Thank you for your application",
    A("confirmation", NT, NTR, 18, "smartrecruiters", "en"),
    text="""Dear Jonas,

Thank you for applying for the position of Test Engineer Rolling Stock (f/m/d) in Stuttgart. We have received your application and will review it carefully.

If we would like to take your application further, a member of our recruitment team will contact you. You can follow your application here:
https://jobs.smartrecruiters.com/NorrlandTractionAB/744000091827365-test-engineer-rolling-stock-f-m-d-

Kind regards,
Recruitment Team
Norrland Traction AB | Norrland Traction Deutschland GmbH
""",
)

nt_rej = m(
    "s0hv",
    "2026-02-06 13:51",
    "Norrland Traction Recruiting <noreply@smartrecruiters.com>",
    "Your application",
    A("rejection", NT, NTR, 18, "smartrecruiters", "en"),
    text="""Dear Jonas,

Thank you again for your interest in Norrland Traction.

We have now reviewed your application for the Test Engineer Rolling Stock position. Unfortunately, we have decided not to progress your application further, as we are looking for someone with more experience in type testing of rail vehicles.

We appreciate the time you took to apply and wish you the best of luck in your job search.

Kind regards,
Recruitment Team
Norrland Traction AB
""",
)


# --- 19 Haas Prüfstandstechnik: an unsolicited application, answered from T-Online -------------

ha_invite = m(
    "e2xo",
    "2026-01-22 08:40",
    "Gerd Haas <gerd.haas@t-online.de>",
    "AW: Initiativbewerbung als Versuchsingenieur",
    A("interview", HA, HAR, 19, "direct"),
    text="""Guten Morgen Herr Wehrle,

danke für Ihre Bewerbung. Eine Stelle haben wir im Moment zwar nicht ausgeschrieben, aber wir haben ab Frühjahr zwei größere Prüfstandsprojekte für einen Bahnzulieferer und könnten Verstärkung brauchen.

Kommen Sie doch nächste Woche einmal bei uns vorbei, dann zeige ich Ihnen die Werkstatt und wir reden in Ruhe. Dienstag oder Donnerstag vormittags wäre mir recht.

Mit freundlichem Gruß
Gerd Haas

Haas Prüfstandstechnik
Inh. Dipl.-Ing. (FH) Gerd Haas
Heilbronner Str. 42, 71665 Vaihingen an der Enz
Tel. 07042 81 73 60

-----Original-Nachricht-----
Betreff: Initiativbewerbung als Versuchsingenieur
Datum: 2026-01-21T09:45:22+0100
Von: "Jonas Wehrle" <jonas.wehrle@gmx.de>
An: "info@haas-pruefstandstechnik.example" <info@haas-pruefstandstechnik.example>

Sehr geehrter Herr Haas,

über einen ehemaligen Kollegen bin ich auf Ihr Ingenieurbüro aufmerksam geworden. Ich bin seit acht Jahren als Entwicklungsingenieur im Bereich Test und Validierung bei einem Automobilzulieferer tätig und möchte mich in Richtung Bahn- und Maschinenbau verändern. Anbei finden Sie meine Unterlagen.

Mit freundlichen Grüßen
Jonas Wehrle
""",
    **thread(SENT_HA_INIT),
)

ha_ok = m(
    "i1cm",
    "2026-01-23 17:55",
    "Gerd Haas <gerd.haas@t-online.de>",
    "AW: AW: Initiativbewerbung als Versuchsingenieur",
    A("interview", HA, HAR, 19, "direct"),
    text="""Passt. Donnerstag 9 Uhr. Parken können Sie im Hof.

Gruß G. Haas
""",
    **thread(SENT_HA_INIT, ha_invite["id"], SENT_HA_OK),
)


# --- 20 Tessmar Mobility again: the re-posted role, three months after the no (softgarden) ------

tm2_conf = m(
    "r8wa",
    "2026-02-02 21:07",
    "Tessmar Mobility Solutions GmbH <noreply@softgarden.io>",
    "Ihre Bewerbung als Validierungsingenieur Batteriesysteme (m/w/d)",
    A("confirmation", TM, TMR, 20, "other"),
    text="""Guten Tag Herr Wehrle,

vielen Dank für Ihre Bewerbung als Validierungsingenieur Batteriesysteme (m/w/d) und Ihr Interesse an Tessmar Mobility.

Wir haben Ihre Unterlagen erhalten und prüfen diese nun. Sobald wir Ihre Bewerbung gesichtet haben, melden wir uns bei Ihnen.

Über folgenden Link können Sie jederzeit den Status Ihrer Bewerbung einsehen oder Ihre Bewerbung zurückziehen:
https://tessmar-mobility.softgarden.io/de/applicant/status/3be81d27-0c6f-4a95-8e12-d7f4a0b96c15

Viele Grüße
Ihr Recruiting-Team von Tessmar Mobility

Tessmar Mobility Solutions GmbH | Wernerstraße 51 | 70469 Stuttgart-Feuerbach
Geschäftsführer: Dr.-Ing. Rolf Tessmar, Annika Weidle | Amtsgericht Stuttgart HRB 760122
""",
)

tm2_int = m(
    "c9pe",
    "2026-02-18 12:30",
    "Tessmar Mobility Solutions GmbH <noreply@softgarden.io>",
    "Terminbestätigung: Ihr Gespräch bei Tessmar Mobility",
    A("interview", TM, TMR, 20, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag Herr Wehrle,</p>
<p>vielen Dank, dass Sie einen Termin für Ihr Gespräch gewählt haben. Hiermit bestätigen wir:</p>
<table style="border-collapse:collapse">
<tr><td style="padding:4px 12px 4px 0"><b>Stelle</b></td><td>Validierungsingenieur Batteriesysteme (m/w/d)</td></tr>
<tr><td style="padding:4px 12px 4px 0"><b>Datum</b></td><td>Mittwoch, 04.03.2026</td></tr>
<tr><td style="padding:4px 12px 4px 0"><b>Uhrzeit</b></td><td>10:00 – 11:00 Uhr</td></tr>
<tr><td style="padding:4px 12px 4px 0"><b>Ort</b></td><td>Tessmar Mobility, Wernerstraße 51, 70469 Stuttgart, Empfang Haus 3</td></tr>
<tr><td style="padding:4px 12px 4px 0"><b>Gesprächspartner</b></td><td>Dr. Hanna Groß (Teamleitung Batterievalidierung), Yusuf Demir (HR)</td></tr>
</table>
<p>Den Termin können Sie über den beigefügten Kalendereintrag in Ihren Kalender übernehmen. Sollten Sie verhindert sein, können Sie den Termin <a href="https://tessmar-mobility.softgarden.io/de/applicant/appointment/aa71c3">hier verschieben oder absagen</a>.</p>
<p>Viele Grüße<br>Ihr Recruiting-Team von Tessmar Mobility</p>
</body></html>""",
    ics=ics(
        "softgarden-appointment-aa71c3-20260304",
        "2026-03-04 10:00",
        "Vorstellungsgespräch Tessmar Mobility – Validierungsingenieur Batteriesysteme",
        ("Tessmar Mobility Solutions GmbH", "noreply@softgarden.io"),
        location="Tessmar Mobility, Wernerstraße 51, 70469 Stuttgart, Haus 3",
    ),
)

tm2_wd = m(
    "l6hq",
    "2026-03-16 13:04",
    "Yusuf Demir <yusuf.demir@tessmar-mobility.example>",
    "AW: Rückzug meiner Bewerbung",
    A("confirmation", TM, TMR, 20, "direct"),
    st="withdrawn",
    text="""Hallo Herr Wehrle,

danke für Ihre Nachricht. Schade – nach dem Gespräch Anfang März waren wir gerade dabei, die zweite Runde zu planen. Wir haben Ihre Bewerbung wie gewünscht zurückgezogen.

Herzlichen Glückwunsch zur neuen Stelle und alles Gute!

Viele Grüße
Yusuf Demir
HR Business Partner
Tessmar Mobility Solutions GmbH
Wernerstraße 51 · 70469 Stuttgart

Von: Jonas Wehrle <jonas.wehrle@gmx.de>
Gesendet: Montag, 16. März 2026 09:21
An: Yusuf Demir <yusuf.demir@tessmar-mobility.example>
Betreff: Rückzug meiner Bewerbung

Hallo Herr Demir,

ich möchte mich noch einmal für das Gespräch bedanken. Ich habe inzwischen ein anderes Angebot angenommen und ziehe meine Bewerbung daher zurück.

Viele Grüße
Jonas Wehrle
""",
    **thread(SENT_TM_WD),
)


# --- 21 Fildermann Hydraulik (Personio) ----------------------------------------------------------

fh_conf = m(
    "t2mx",
    "2026-02-04 07:55",
    "Fildermann Hydraulik GmbH <no-reply@personio.de>",
    "Ihre Bewerbung ist bei uns eingegangen",
    A("confirmation", FH, FHR, 21, "personio"),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihr Interesse an der Position Entwicklungsingenieur Erprobung (m/w/d) bei der Fildermann Hydraulik GmbH.

Wir bestätigen hiermit den Eingang Ihrer Bewerbung und werden uns nach Prüfung Ihrer Unterlagen bei Ihnen melden.

Mit freundlichen Grüßen
Anja Reutter
Personalreferentin

Fildermann Hydraulik GmbH · Bonländer Hauptstraße 90 · 70794 Filderstadt
Informationen zur Verarbeitung Ihrer Daten: https://fildermann-hydraulik.jobs.personio.de/privacy-policy
""",
)

fh_int = m(
    "u7ag",
    "2026-02-17 10:09",
    "Anja Reutter <anja.reutter@fildermann.example>",
    "Einladung Videointerview 03.03.2026",
    A("interview", FH, FHR, 21, "direct"),
    text="""Sehr geehrter Herr Wehrle,

wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Videointerview ein:

Dienstag, 03.03.2026, 10:00–11:00 Uhr, Microsoft Teams
Teilnehmer: Herr Ralf Oettinger (Leiter Erprobung), Anja Reutter (Personal)

Die Einladung mit dem Link erhalten Sie mit dieser E-Mail.

Mit freundlichen Grüßen
Anja Reutter
Personalreferentin
Fildermann Hydraulik GmbH
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000081B9D46E2CA0DC01000000000000000010000000A09B",
        "2026-03-03 10:00",
        "Videointerview J. Wehrle – Entwicklungsingenieur Erprobung",
        ("Reutter, Anja", "anja.reutter@fildermann.example"),
        style="outlook",
        location="Microsoft Teams-Besprechung",
        attendees=[("Oettinger, Ralf", "ralf.oettinger@fildermann.example")],
    ),
)

fh_wd = m(
    "x0kn",
    "2026-03-12 09:40",
    "Anja Reutter <anja.reutter@fildermann.example>",
    "AW: Bewerbung Entwicklungsingenieur Erprobung",
    A("confirmation", FH, FHR, 21, "direct"),
    st="withdrawn",
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre offene Rückmeldung. Wir bedauern das natürlich, haben aber vollstes Verständnis. Ihre Bewerbung ist damit in unserem System geschlossen; Ihre Daten werden gemäß unseren Datenschutzhinweisen gelöscht.

Für Ihren Start wünschen wir Ihnen alles Gute!

Mit freundlichen Grüßen
Anja Reutter

> Sehr geehrte Frau Reutter,
> nach reiflicher Überlegung habe ich mich für eine andere Stelle entschieden und
> möchte meine Bewerbung daher zurückziehen. Vielen Dank für das freundliche
> Gespräch mit Ihnen und Herrn Oettinger.
> Mit freundlichen Grüßen
> Jonas Wehrle
""",
    **thread(SENT_FH_WD),
)


# --- 22 Zeller Automation (direct: an out-of-office, then the acknowledgement) ---------------------

za_ooo = m(
    "d1rg",
    "2026-01-28 19:30",
    "Sandra Bühler <s.buehler@zeller-automation.example>",
    "Abwesenheitsnotiz: Bewerbung als Inbetriebnahme- und Testingenieur (m/w/d)",
    J("other_job", "direct", ZA, ZAR),
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 06.02.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@zeller-automation.example.

Thank you for your message. I am out of the office until 6 February 2026.

Mit freundlichen Grüßen
Sandra Bühler
Zeller Automation GmbH
""",
)

za_conf = m(
    "h3fz",
    "2026-02-09 11:02",
    "Sandra Bühler <s.buehler@zeller-automation.example>",
    "AW: Bewerbung als Inbetriebnahme- und Testingenieur (m/w/d)",
    A("confirmation", ZA, ZAR, 22, "direct"),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Bewerbung und entschuldigen Sie die späte Rückmeldung – ich war im Urlaub.

Ihre Unterlagen habe ich an den zuständigen Abteilungsleiter weitergegeben. Wir melden uns, sobald wir eine erste Einschätzung haben.

Freundliche Grüße

Sandra Bühler
Personalwesen

Zeller Automation GmbH
Siemensstraße 30 · 71254 Ditzingen
www.zeller-automation.example
Handelsregister: Amtsgericht Stuttgart HRB 203781 · Geschäftsführer: Frank Zeller
""",
)


# --- 23 Mühlhausen Antriebe (softgarden + online test) --------------------------------------------

ma_conf = m(
    "o3yt",
    "2026-02-23 20:26",
    "Mühlhausen Antriebe GmbH <noreply@softgarden.io>",
    "Eingangsbestätigung Ihrer Bewerbung",
    A("confirmation", MA, MAR, 23, "other"),
    text="""Sehr geehrter Herr Wehrle,

herzlichen Dank für Ihre Bewerbung als Versuchsingenieur Elektromotoren (m/w/d) an unserem Standort Bietigheim-Bissingen.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden uns zeitnah mit Ihnen in Verbindung setzen.

Mit freundlichen Grüßen
Personalabteilung
Mühlhausen Antriebe GmbH
""",
)

ma_test = m(
    "v6wj",
    "2026-03-09 08:17",
    "Mühlhausen Antriebe GmbH <noreply@softgarden.io>",
    "Nächster Schritt in Ihrem Bewerbungsprozess",
    A("assessment", MA, MAR, 23, "other"),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank nochmals für Ihre Bewerbung. Als nächsten Schritt bitten wir Sie, einen kurzen Online-Fragebogen und einen technischen Verständnistest (Elektrotechnik/Mechanik, ca. 40 Minuten) zu bearbeiten:

https://muehlhausen-antriebe.softgarden.io/de/applicant/task/61d0b2?step=assessment

Bitte schließen Sie den Test bis zum 18.03.2026 ab. Im Anschluss melden wir uns bei Ihnen.

Mit freundlichen Grüßen
Personalabteilung
Mühlhausen Antriebe GmbH
""",
)


# --- alerts, talent communities, nudges ---------------------------------------------------------

al_stepstone1 = m(
    "a9dv",
    "2025-10-01 06:31",
    "StepStone Jobagent <jobagent@stepstone.de>",
    "12 neue Jobs für: Versuchsingenieur, Stuttgart (+ 30 km)",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hallo Jonas Wehrle,</p>
<p>Ihr Jobagent hat 12 neue Jobs für Sie gefunden:</p>
<ul>
<li><a href="https://www.stepstone.de/stellenangebote--Versuchsingenieur-Pruefstand-m-w-d-Stuttgart--11829474-inline.html?cid=JobAgent">Versuchsingenieur Prüfstand (m/w/d)</a> – Kelterbach Engineering GmbH – Stuttgart</li>
<li><a href="https://www.stepstone.de/stellenangebote--Ingenieur-Fahrzeugerprobung-m-w-d-Waiblingen--11830019-inline.html?cid=JobAgent">Ingenieur Fahrzeugerprobung (m/w/d)</a> – Remstal Bahntechnik GmbH – Waiblingen</li>
<li><a href="https://www.stepstone.de/stellenangebote--Testingenieur-HV-Komponenten--11830344-inline.html?cid=JobAgent">Testingenieur HV-Komponenten (m/w/d)</a> – Personalwerk Süd GmbH – Sindelfingen</li>
<li><a href="https://www.stepstone.de/stellenangebote--Entwicklungsingenieur-Validierung--11827761-inline.html?cid=JobAgent">Entwicklungsingenieur Validierung (m/w/d)</a> – Filstal Hydraulics AG – Göppingen</li>
</ul>
<p><a href="https://www.stepstone.de/jobagent/results?id=7712931">Alle 12 Jobs ansehen</a></p>
<p style="font-size:11px;color:#888">Sie erhalten diesen Jobagenten, weil Sie ihn am 22.09.2025 angelegt haben. <a href="https://www.stepstone.de/jobagent/unsubscribe?id=7712931">Jobagent abbestellen</a><br>StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</p>
</body></html>""",
)

al_li1 = m(
    "k2ob",
    "2025-10-15 17:20",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "„Validierungsingenieur“: 8 neue Jobs in Region Stuttgart",
    J("alert", "linkedin"),
    text="""Ihre Jobbenachrichtigung für Validierungsingenieur in Region Stuttgart
8 neue Jobs entsprechen Ihren Einstellungen.

Validierungsingenieur Batteriesysteme (m/w/d)
Tessmar Mobility
Stuttgart, Baden-Württemberg, Deutschland
Über Ihr Netzwerk: 1 Kontakt
https://www.linkedin.com/comm/jobs/view/4091277410/?trackingId=...

Validation Engineer Thermal Management (m/f/d)
Kelvion Drive Systems
Böblingen, Baden-Württemberg, Deutschland · Hybrid
https://www.linkedin.com/comm/jobs/view/4090831122/

Test Engineer E-Axle Validation (f/m/d)
Arvion Powertrain
Stuttgart, Baden-Württemberg, Deutschland
Einfach bewerben
https://www.linkedin.com/comm/jobs/view/4087712365/

Alle Jobs ansehen: https://www.linkedin.com/comm/jobs/search?keywords=Validierungsingenieur&location=Region%20Stuttgart

Diese E-Mail war für Jonas Wehrle (Entwicklungsingenieur Test & Validierung).
Abbestellen: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
)

al_bz_talent = m(
    "y7fi",
    "2025-10-20 12:00",
    "Brenztal Gruppe Karriere <noreply@successfactors.eu>",
    "Willkommen in unserer Talent Community",
    J("alert", "other", "Brenztal Gruppe"),
    html="""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<p>Hallo Jonas,</p>
<p>schön, dass Sie Teil der Talent Community der Brenztal Gruppe sind! Ab sofort informieren wir Sie über neue Stellen in Ihren Interessensgebieten:</p>
<ul><li>Forschung &amp; Entwicklung – Versuch/Erprobung</li><li>Standorte: Schwäbisch Gmünd, Heidenheim, Aalen</li></ul>
<p>Zusätzlich erhalten Sie Einladungen zu Karriere-Events unserer Gesellschaften – von der Brenztal Antriebstechnik bis zu Brenztal Rail Systems.</p>
<p><a href="https://career5.successfactors.eu/career?company=brenztalgrp&amp;career_ns=talent_community">Interessen bearbeiten</a> · <a href="https://career5.successfactors.eu/career?company=brenztalgrp&amp;career_ns=unsubscribe">Abmelden</a></p>
<p>Ihr Recruiting Center der Brenztal Gruppe</p>
</body></html>""",
)

al_indeed = m(
    "q6xs",
    "2025-11-11 06:45",
    "Indeed <alert@indeed.com>",
    "Testingenieur Jobs in Stuttgart – 17 neue Stellenangebote",
    J("alert", "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p><b>17 neue Jobs</b> für <b>Testingenieur</b> in <b>Stuttgart</b></p>
<table cellpadding="6">
<tr><td><a href="https://de.indeed.com/rc/clk?jk=8f3a21c07b&amp;from=ja">Testingenieur Elektromobilität (m/w/d)</a><br>Kronberg Automotive Services GmbH – Stuttgart-Weilimdorf<br><span style="color:#767676">Einfach bewerben · 52.000 € – 68.000 € pro Jahr</span></td></tr>
<tr><td><a href="https://de.indeed.com/rc/clk?jk=29cd5e8a10&amp;from=ja">Prüfingenieur Schienenfahrzeuge (m/w/d)</a><br>RailCert Süd GmbH – Kornwestheim</td></tr>
<tr><td><a href="https://de.indeed.com/rc/clk?jk=b7e1904ad2&amp;from=ja">Versuchsingenieur (m/w/d) Antriebsstrang</a><br>Technik-Personal Neckar GmbH – Esslingen</td></tr>
</table>
<p><a href="https://de.indeed.com/jobs?q=Testingenieur&amp;l=Stuttgart&amp;from=ja">Alle Jobs anzeigen</a></p>
<p style="font-size:11px;color:#767676">Sie erhalten diese Jobbenachrichtigung, weil Sie sie bei Indeed abonniert haben. <a href="https://de.indeed.com/alert/unsubscribe?id=a71c0d">Abbestellen</a></p>
</body></html>""",
)

al_xing = m(
    "i8gk",
    "2025-11-24 08:10",
    "XING Jobs <jobs@mail.xing.com>",
    "Jonas, diese Jobs passen zu Dir",
    J("alert", "other"),
    text="""Hallo Jonas,

diese Jobs könnten Dich interessieren:

Erprobungsingenieur Bremssysteme (m/w/d) – Brenztal Rail Systems GmbH – Aalen
https://www.xing.com/jobs/aalen-erprobungsingenieur-bremssysteme-148822310?ijt=mail_recos

Versuchsingenieur Fördertechnik (m/w/d) – Hallwang Fördertechnik GmbH – Wendlingen
https://www.xing.com/jobs/wendlingen-versuchsingenieur-foerdertechnik-148710925?ijt=mail_recos

Testingenieur Hydraulik (m/w/d) – Fildermann Hydraulik GmbH – Filderstadt
https://www.xing.com/jobs/filderstadt-testingenieur-hydraulik-148690117?ijt=mail_recos

Weitere Jobs: https://www.xing.com/jobs/find?sc_o=mail_recos

Du möchtest weniger solcher E-Mails? https://www.xing.com/settings/notifications
New Work SE, Am Strandkai 1, 20457 Hamburg
""",
)

al_ba = m(
    "m3zu",
    "2025-12-10 06:02",
    "Jobsuche der Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "Neue Stellenangebote zu Ihrem Suchauftrag „Versuchsingenieur“",
    J("alert", "other"),
    text="""Guten Tag,

zu Ihrem Suchauftrag „Versuchsingenieur, 70563 Stuttgart, Umkreis 50 km“ gibt es 6 neue Stellenangebote:

- Versuchsingenieur/in Fahrwerk, Kronberg Automotive Services GmbH, Stuttgart
- Versuchsingenieur (m/w/d) Hydraulikprüfstände, Fildermann Hydraulik GmbH, Filderstadt
- Ingenieur/in Erprobung Schienenfahrzeuge, Talgau Schienenfahrzeuge GmbH, Esslingen am Neckar
- Versuchsingenieur (m/w/d) Elektromotoren, Mühlhausen Antriebe GmbH, Bietigheim-Bissingen
- ...

Alle Ergebnisse: https://www.arbeitsagentur.de/jobsuche/suche?was=Versuchsingenieur&wo=70563&umkreis=50

Sie können Ihren Suchauftrag jederzeit in Ihrem Profil ändern oder löschen.
Ihre Bundesagentur für Arbeit
""",
)

al_nudge = m(
    "f0lc",
    "2026-01-07 18:30",
    "Kochendorf Nutzfahrzeuge <kochendorf@myworkday.com>",
    "Ihre Bewerbung ist noch nicht abgeschlossen",
    J("alert", "workday", "Kochendorf Nutzfahrzeuge", "Versuchsingenieur Fahrdynamik"),
    text="""Hallo Jonas,

Sie haben vor einigen Tagen begonnen, sich auf die Stelle Versuchsingenieur Fahrdynamik (m/w/d) – Bad Friedrichshall zu bewerben, Ihre Bewerbung aber noch nicht abgeschickt.

Sie können jederzeit dort weitermachen, wo Sie aufgehört haben:
https://kochendorf.wd3.myworkdayjobs.com/de-DE/Kochendorf_Careers/job/Bad-Friedrichshall/Versuchsingenieur-Fahrdynamik_JR-22871/apply

Die Stelle ist noch bis zum 31.01.2026 ausgeschrieben.

Ihr Recruiting-Team
Kochendorf Nutzfahrzeuge GmbH
""",
)

al_li_hiring = m(
    "w5ep",
    "2026-01-21 12:40",
    "LinkedIn <jobs-listings@linkedin.com>",
    "Remstal Bahntechnik stellt ein: Ingenieur Zulassung (m/w/d)",
    J("alert", "linkedin", RB, "Ingenieur Zulassung"),
    html="""<html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif">
<table width="512" align="center"><tr><td>
<p>Ein Unternehmen, dem Sie folgen, hat einen neuen Job veröffentlicht:</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4132277098/?trk=eml-jobs_company_hiring" style="font-weight:bold;color:#0a66c2">Ingenieur Zulassung (m/w/d)</a><br>
Remstal Bahntechnik · Waiblingen, Baden-Württemberg, Deutschland (Vor Ort)<br>
<span style="color:#666">Vor 2 Tagen · 14 Bewerber:innen</span></p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4132277098/">Job ansehen</a></p>
<p style="font-size:12px;color:#666">Diese E-Mail war für Jonas Wehrle. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Abbestellen</a> · © 2026 LinkedIn Ireland Unlimited Company</p>
</td></tr></table></body></html>""",
)

al_stepstone2 = m(
    "g4ua",
    "2026-02-11 06:29",
    "StepStone Jobagent <jobagent@stepstone.de>",
    "5 neue Jobs für: Versuchsingenieur, Stuttgart (+ 30 km)",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hallo Jonas Wehrle,</p>
<p>Ihr Jobagent hat 5 neue Jobs für Sie gefunden:</p>
<ul>
<li><a href="https://www.stepstone.de/stellenangebote--Versuchsingenieur-Elektromotoren--12011833-inline.html?cid=JobAgent">Versuchsingenieur Elektromotoren (m/w/d)</a> – Mühlhausen Antriebe GmbH – Bietigheim-Bissingen</li>
<li><a href="https://www.stepstone.de/stellenangebote--Entwicklungsingenieur-Erprobung--12010925-inline.html?cid=JobAgent">Entwicklungsingenieur Erprobung (m/w/d)</a> – Fildermann Hydraulik GmbH – Filderstadt</li>
<li><a href="https://www.stepstone.de/stellenangebote--Testingenieur-Ladeinfrastruktur--12009470-inline.html?cid=JobAgent">Testingenieur Ladeinfrastruktur (m/w/d)</a> – Kelterbach Engineering GmbH – Stuttgart</li>
</ul>
<p><a href="https://www.stepstone.de/jobagent/results?id=7712931">Alle 5 Jobs ansehen</a></p>
<p style="font-size:11px;color:#888"><a href="https://www.stepstone.de/jobagent/unsubscribe?id=7712931">Jobagent abbestellen</a> · StepStone Deutschland GmbH</p>
</body></html>""",
)

al_join = m(
    "n1vb",
    "2026-03-02 09:00",
    "JOIN <noreply@join.com>",
    "Neue Jobs, die zu dir passen könnten",
    J("alert", "other"),
    html="""<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px">
<p>Hallo Jonas,</p>
<p>basierend auf deiner letzten Bewerbung haben wir diese Stellen für dich gefunden:</p>
<p>🚜 <a href="https://join.com/companies/fluxtrak/13318820-field-test-engineer?utm_source=email&amp;utm_campaign=recommendations">Field Test Engineer (m/w/d)</a> · Fluxtrak · Tübingen</p>
<p>🔋 <a href="https://join.com/companies/ampwerk/13290145-hardware-validation-engineer?utm_source=email">Hardware Validation Engineer (m/w/d)</a> · ampwerk · Karlsruhe</p>
<p>⚡ <a href="https://join.com/companies/gridlane/13301772-testingenieur-leistungselektronik?utm_source=email">Testingenieur Leistungselektronik (m/w/d)</a> · Gridlane · Stuttgart</p>
<p style="font-size:11px;color:#999"><a href="https://join.com/candidates/settings/emails">E-Mail-Einstellungen</a> · JOIN Solutions AG · Zürich</p>
</body></html>""",
)


# --- recruiter outreach --------------------------------------------------------------------------

or_li_hh = m(
    "b2kr",
    "2025-11-25 20:17",
    "Carsten Pfau über LinkedIn <inmail-hit-reply@linkedin.com>",
    "Vertraulich: Teamleitung Erprobung bei einem Schienenfahrzeughersteller",
    J("outreach", "linkedin", None, "Teamleiter Erprobung Drehgestelle"),
    text="""Carsten Pfau
Partner bei Pfau & Partner Executive Search | Engineering & Industrial

Guten Abend Herr Wehrle,

im Auftrag eines führenden Herstellers von Schienenfahrzeugen im Großraum Stuttgart suche ich eine/n Teamleiter/in Erprobung Drehgestelle (m/w/d). Ihr Werdegang in der Komponentenvalidierung und Ihr Interesse am Bahnsektor (wie ich Ihrem Profil entnehme) passen aus meiner Sicht sehr gut.

Die Position ist neu geschaffen, berichtet an die Leitung Zulassung & Erprobung und umfasst ein Team von sechs Ingenieurinnen und Ingenieuren.

Hätten Sie Interesse an einem vertraulichen Austausch? Gerne telefonisch diese oder nächste Woche.

Beste Grüße
Carsten Pfau

Antworten: https://www.linkedin.com/messaging/thread/2-MzQxNjc5OTk0Zg==/
Diese Nachricht wurde als InMail an Jonas Wehrle gesendet.
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2
""",
)

or_hh_named = m(
    "e5nh",
    "2025-12-02 08:44",
    "Carsten Pfau <c.pfau@pfau-partner.example>",
    "Unser Telefonat – Talgau Schienenfahrzeuge",
    J("outreach", "agency", "Talgau Schienenfahrzeuge", "Teamleiter Erprobung Drehgestelle"),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für das offene Gespräch gestern. Wie angekündigt, nenne ich Ihnen nun, nachdem Sie der Weitergabe zugestimmt haben, meinen Mandanten: die Talgau Schienenfahrzeuge GmbH in Esslingen am Neckar.

Anbei das Positionsprofil „Teamleiter/in Erprobung Drehgestelle“ zu Ihrer vertraulichen Information. Wie besprochen verstehe ich, dass eine Führungsrolle für Sie im Moment nicht im Vordergrund steht – sollten Sie es sich anders überlegen, melden Sie sich gerne jederzeit.

Mit besten Grüßen

Carsten Pfau
Partner
Pfau & Partner Executive Search GmbH
Königstraße 26 · 70173 Stuttgart
T +49 711 2846 5510
""",
    attach=[
        (
            "Positionsprofil_TL_Erprobung_Drehgestelle.pdf",
            "application/pdf",
            "%PDF-1.4\n% Positionsprofil vertraulich\n",
        )
    ],
)

or_xing_bz = m(
    "u9co",
    "2026-01-14 13:12",
    "XING <noreply@xing.com>",
    "Melanie Gruber hat Dir eine Nachricht geschickt",
    J("outreach", "other", "Brenztal Rail Systems", "Erprobungsingenieur Bremssysteme"),
    text="""Melanie Gruber (Talent Acquisition Specialist, Brenztal Gruppe) hat Dir eine Nachricht geschickt:

„Hi Jonas, ich bin Melanie aus dem Recruiting der Brenztal Gruppe und betreue die Stellen für unsere Tochter Brenztal Rail Systems in Aalen. Ich habe gesehen, dass du dich gerade Richtung Bahn orientierst – wir suchen einen Erprobungsingenieur Bremssysteme (m/w/d), und dein Profil mit Prüfstand + Dauerlauf passt richtig gut. Hättest du Lust auf einen kurzen Austausch? Liebe Grüße, Melanie"

Nachricht lesen und antworten: https://www.xing.com/chats/8d31f0a2?sc_o=mail_new_message

Du erhältst diese E-Mail, weil Du Benachrichtigungen für neue Nachrichten aktiviert hast.
New Work SE · Am Strandkai 1 · 20457 Hamburg
""",
)

or_uk_sap = m(
    "c6ym",
    "2026-02-16 15:03",
    "Oliver Brandt <oliver.brandt@northgate-tech-recruit.example>",
    "SAP S/4HANA Consultant – 12 months contract – Stuttgart / remote",
    J("outreach", "agency", None, "SAP S/4HANA Consultant", "en"),
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Jonas,</p>
<p>Hope you're well. I came across your profile and thought you might be a great fit for an exciting contract opportunity with one of our automotive clients:</p>
<p><b>SAP S/4HANA Consultant (PP/QM)</b><br>
Location: Stuttgart / 80% remote<br>
Duration: 12 months + extension<br>
Rate: €750–850 per day<br>
Start: ASAP</p>
<p>If this is of interest, please send me your latest CV and a good time to call. If not, I'd be grateful if you could pass this on to anyone in your network.</p>
<p>Kind regards,<br>Oliver Brandt<br>Senior Recruitment Consultant – DACH<br>Northgate Tech Recruitment Ltd · London · Frankfurt</p>
<p style="font-size:8pt;color:#888">If you no longer wish to receive these emails, please reply with UNSUBSCRIBE.</p>
</body></html>""",
)

or_indeed = m(
    "r4is",
    "2026-03-04 11:37",
    "Indeed <noreply@indeed.com>",
    "Knödler Prüfsysteme GmbH möchte Sie kennenlernen",
    J("outreach", "indeed", "Knödler Prüfsysteme", "Prüfstandsingenieur"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hallo Jonas,</p>
<p><b>Knödler Prüfsysteme GmbH</b> hat Ihren Lebenslauf auf Indeed gefunden und lädt Sie ein, sich auf die folgende Stelle zu bewerben:</p>
<p style="border:1px solid #e4e2e0;padding:12px"><b>Prüfstandsingenieur (m/w/d)</b><br>Knödler Prüfsysteme GmbH – Herrenberg<br>Vollzeit · 60.000 € – 72.000 € pro Jahr</p>
<p>Nachricht des Arbeitgebers: „Hallo Herr Wehrle, Ihr Profil passt gut zu unserem Prüfstandsbau. Wir würden uns über Ihre Bewerbung freuen. Viele Grüße, Stefanie Knödler“</p>
<p><a href="https://de.indeed.com/cmp/Knoedler-Pruefsysteme/jobs?from=employer_invite">Interesse zeigen</a> · <a href="https://de.indeed.com/m/invite/decline?id=29af">Kein Interesse</a></p>
<p style="font-size:11px;color:#767676">Sie erhalten diese Nachricht, weil Ihr Lebenslauf für Arbeitgeber sichtbar ist. <a href="https://de.indeed.com/resume/settings">Sichtbarkeit ändern</a></p>
</body></html>""",
)


# --- other job mail: the Arbeitsagentur, careers portals -----------------------------------------

ba_meldung = m(
    "t8bl",
    "2025-10-07 10:41",
    "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "Bestätigung Ihrer Arbeitsuchendmeldung",
    J("other_job", "other"),
    text="""Guten Tag Herr Wehrle,

vielen Dank. Ihre Meldung als arbeitsuchend ist bei uns eingegangen (Eingangsdatum: 07.10.2025).

Da Ihr Arbeitsverhältnis nach Ihren Angaben aufgrund eines Aufhebungsvertrags zum 31.05.2026 endet, haben Sie sich rechtzeitig gemeldet. Ihre zuständige Agentur für Arbeit Stuttgart wird sich in Kürze mit Ihnen in Verbindung setzen, um einen Termin für ein Beratungsgespräch zu vereinbaren.

Ihre Kundennummer: 961D448227

Bitte beachten Sie: Nachrichten erhalten Sie künftig in Ihrem Postfach unter www.arbeitsagentur.de.

Mit freundlichen Grüßen
Ihre Bundesagentur für Arbeit
""",
)

ba_termin = m(
    "j9wt",
    "2025-10-15 07:58",
    "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "Neue Nachricht in Ihrem Postfach: Einladung",
    J("other_job", "other"),
    text="""Guten Tag Herr Wehrle,

in Ihrem Postfach liegt ein neues Dokument für Sie bereit:

Einladung zum Beratungsgespräch
Termin: Mittwoch, 29.10.2025, 09:30 Uhr
Ort: Agentur für Arbeit Stuttgart, Nordbahnhofstraße 30-34, 70191 Stuttgart, Raum 2.117
Ihre Ansprechpartnerin: Frau Petrović, Arbeitsvermittlung

Bitte bringen Sie Ihren Personalausweis, Ihren Lebenslauf und das Kündigungsschreiben mit.

Zum Postfach: https://web.arbeitsagentur.de/portal/postfach

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Stuttgart
""",
)

ba_ende = m(
    "p2dg",
    "2026-03-17 14:26",
    "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "Neue Nachricht in Ihrem Postfach",
    J("other_job", "other"),
    text="""Guten Tag Herr Wehrle,

in Ihrem Postfach liegt ein neues Dokument für Sie bereit:

Bestätigung: Abmeldung aus der Arbeitsuche wegen Arbeitsaufnahme zum 01.06.2026

Wir wünschen Ihnen für Ihre neue Tätigkeit alles Gute.

Zum Postfach: https://web.arbeitsagentur.de/portal/postfach

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Stuttgart
""",
)


MAIL: list[dict[str, Any]] = [
    rb2_conf,
    rb2_test,
    rb2_int,
    rb2_hold,
    ot_conf,
    ot_viewed,
    ot_rej,
    nw_outreach,
    nw_consent,
    hw_int,
    hw_rej,
    er_conf,
    ba_vv,
    ob_conf,
    ob_int,
    ob_rej,
    fx_conf,
    fx_rej,
    qr_conf,
    wsm_conf,
    wsm_phone,
    wsm_onsite,
    wsm_round2,
    wsm_offer,
    wsm_accepted,
    wsm_onboard,
    ev_conf,
    ev_int,
    ev_cancel,
    ev_rej,
    nt_conf,
    nt_rej,
    ha_invite,
    ha_ok,
    tm2_conf,
    tm2_int,
    tm2_wd,
    fh_conf,
    fh_int,
    fh_wd,
    za_ooo,
    za_conf,
    ma_conf,
    ma_test,
    al_stepstone1,
    al_li1,
    al_bz_talent,
    al_indeed,
    al_xing,
    al_ba,
    al_nudge,
    al_li_hiring,
    al_stepstone2,
    al_join,
    or_li_hh,
    or_hh_named,
    or_xing_bz,
    or_uk_sap,
    or_indeed,
    ba_meldung,
    ba_termin,
    ba_ende,
]

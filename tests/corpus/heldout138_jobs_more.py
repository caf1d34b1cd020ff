# ruff: noqa: E501, RUF100
"""Corpus 138, job mail part two (data only): see heldout138.py.

Applications 12 to 23, then the job mail that belongs to no application: alerts, talent
communities, an incomplete-application nudge, recruiter and agency outreach, a candidate survey."""

from __future__ import annotations

from typing import Any

from heldout138_jobs import (
    APS,
    APSR,
    AW,
    AWR,
    CP,
    CPR,
    EB,
    EBR,
    ER,
    ERR,
    GP,
    GPR,
    HL,
    HLR,
    LD,
    LDR,
    LN,
    LNR,
    LQ,
    LQR,
    MC,
    MCR,
    MP,
    MPR,
    NB,
    NBR,
    PDF,
    A,
    J,
    ics,
    m,
    thread,
)

# --- 12 Giebichenstein Peptide (StepStone; read, then a no) ----------------------------------

_gp_sst = m(
    "k8g01",
    "2025-09-10 21:18",
    "StepStone <noreply@stepstone.de>",
    "Ihre Bewerbung wurde erfolgreich versendet",
    A("confirmation", GP, GPR, 12, "other"),
    html="""<html><body style="margin:0;font-family:'Helvetica Neue',Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px 28px">
<img src="https://www.stepstone.de/upload_de/logo/stepstone-logo-email.png" alt="StepStone" width="140">
<h2 style="color:#0c2577">Geschafft, Henrike!</h2>
<p>Ihre Bewerbung ist beim Unternehmen angekommen:</p>
<table style="border:1px solid #ddd;width:100%"><tr><td style="padding:12px">
<b>Laborleiter (m/w/d) Qualitätskontrolle</b><br>
Giebichenstein Peptide GmbH<br>Halle (Saale)
</td></tr></table>
<p>Den Status Ihrer Bewerbung sehen Sie unter <a href="https://www.stepstone.de/candidate/applications?utm_source=transactional&amp;utm_medium=email&amp;utm_campaign=apply_confirmation">Meine Bewerbungen</a>.</p>
<p style="font-size:11px;color:#888">StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf<br>
Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben.</p>
</td></tr></table></body></html>""",
)

_gp_read = m(
    "k8g02",
    "2025-09-15 10:44",
    "StepStone <noreply@stepstone.de>",
    "Neuigkeiten zu Ihrer Bewerbung",
    A("viewed", GP, GPR, 12, "other"),
    html="""<html><body style="margin:0;font-family:'Helvetica Neue',Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px 28px">
<img src="https://www.stepstone.de/upload_de/logo/stepstone-logo-email.png" alt="StepStone" width="140">
<p>Hallo Henrike,</p>
<p>gute Nachrichten: <b>Giebichenstein Peptide GmbH</b> hat Ihre Bewerbung als <b>Laborleiter (m/w/d) Qualitätskontrolle</b> geöffnet.</p>
<p>Status: <span style="background:#e3f1e8;padding:2px 8px">Gelesen</span></p>
<p><a href="https://www.stepstone.de/candidate/applications?utm_source=transactional&amp;utm_campaign=status_read" style="background:#0c2577;color:#fff;padding:10px 20px;text-decoration:none">Bewerbung ansehen</a></p>
<p style="font-size:11px;color:#888">Hinweis: Nicht alle Unternehmen übermitteln den Bewerbungsstatus an StepStone.<br>
StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf · <a href="https://www.stepstone.de/settings/notifications">Benachrichtigungen verwalten</a></p>
</td></tr></table></body></html>""",
)

_gp_rej = m(
    "k8g03",
    "2025-10-02 15:36",
    "Personal Giebichenstein Peptide <personal@gpeptide.example>",
    "Ihre Unterlagen",
    A("rejection", GP, GPR, 12, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

vielen Dank für Ihre Bewerbung auf unsere Stelle als Laborleiter (m/w/d) Qualitätskontrolle und das damit verbundene Interesse an unserem Unternehmen.

Nach eingehender Prüfung aller Bewerbungen müssen wir Ihnen heute leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Für die Position ist Führungserfahrung in disziplinarischer Verantwortung ausschlaggebend, die wir in Ihrem Lebenslauf nicht in ausreichendem Umfang erkennen konnten.

Ihre Unterlagen senden wir nicht zurück; sie werden gemäß DSGVO nach Ablauf von sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft viel Erfolg.

Mit freundlichen Grüßen

Personalabteilung
Giebichenstein Peptide GmbH
Heinrich-Damerow-Straße 4 · 06120 Halle (Saale)
""",
)

# --- 13 Mulde Chemie Pharma Services via ProLab Personalservice (ANÜ; client named late) -----

_mc_indeed = m(
    "k8m01",
    "2025-09-25 22:41",
    "Indeed Apply <indeedapply@indeed.com>",
    "Bewerbung gesendet: Chemielaborant (m/w/d) Qualitätskontrolle – Bitterfeld-Wolfen",
    A("confirmation", MC, MCR, 13, "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="560" align="center"><tr><td style="padding:16px">
<img src="https://d3fw5vlhllyvee.cloudfront.net/dist/indeed-logo-email.png" alt="Indeed" width="96">
<h2 style="font-size:20px">Ihre Bewerbung wurde gesendet</h2>
<p><b>Chemielaborant (m/w/d) Qualitätskontrolle</b><br>ProLab Personalservice GmbH – Bitterfeld-Wolfen, Sachsen-Anhalt</p>
<p>Die folgenden Elemente wurden an ProLab Personalservice GmbH gesendet:<br>
• Lebenslauf_Albrecht-Paschke_2025.pdf<br>• Kontaktinformationen<br>• Antworten auf 4 Fragen des Arbeitgebers</p>
<p>Nächste Schritte: Der Arbeitgeber kann Sie über Indeed oder direkt kontaktieren. Prüfen Sie regelmäßig Ihre E-Mails und Ihr Telefon.</p>
<p><a href="https://de.indeed.com/myjobs?from=applyconfemail&amp;tk=1h8q2vlq" style="background:#2557a7;color:#fff;padding:10px 20px;border-radius:8px;text-decoration:none">Meine Jobs ansehen</a></p>
<p style="font-size:11px;color:#767676">© 2025 Indeed · <a href="https://de.indeed.com/legal">Datenschutz und Nutzungsbedingungen</a><br>
Indeed Ireland Operations Limited, 124 St. Stephen's Green, Dublin 2, Irland</p>
</td></tr></table></body></html>""",
)

_mc_phone = m(
    "k8m02",
    "2025-09-29 11:13",
    "Denise Krüger <d.krueger@prolab-personal.example>",
    "Deine Bewerbung als Chemielaborant – kurzes Telefonat?",
    A("interview", MC, MCR, 13, "agency"),
    text="""Hallo Henrike,

danke für deine Bewerbung über Indeed! Ich bin Denise von ProLab in Halle und betreue die Stelle in Bitterfeld-Wolfen.

Ich würde gern kurz mit dir telefonieren (ca. 20 Minuten), um dir mehr über die Stelle und unseren Kunden zu erzählen und deine Vorstellungen zu Gehalt und Start abzufragen. Passt dir Mittwoch, 01.10., in deiner Mittagspause, so 12:15 Uhr? Ich würde dich dann unter der Nummer aus deinem Lebenslauf anrufen.

Kurz vorab, damit du weißt, woran du bist: Die Stelle ist zunächst in Arbeitnehmerüberlassung (Tarif GVP/DGB, Branchenzuschlag Chemie), mit klarer Übernahmeoption nach 9 Monaten. Unser Kunde ist ein Lohnhersteller im ChemiePark, mehr darf ich dir noch nicht sagen.

Viele Grüße
Denise

Denise Krüger
Personaldisponentin | Niederlassung Halle
ProLab Personalservice GmbH
Große Ulrichstraße 51 | 06108 Halle (Saale)
Tel. 0345 470 288-14 | mobil 0160 9981 2277
www.prolab-personal.example
""",
)

_mc_client = m(
    "k8m03",
    "2025-10-09 16:48",
    "Denise Krüger <d.krueger@prolab-personal.example>",
    "Vorstellung beim Kunden am 15.10.",
    A("interview", MC, MCR, 13, "agency"),
    text="""Hallo Henrike,

super Neuigkeiten: Unser Kunde möchte dich kennenlernen! Jetzt darf ich auch sagen, um wen es geht – es ist die Mulde Chemie Pharma Services GmbH im ChemiePark Bitterfeld-Wolfen (Areal A, OT Wolfen). Die machen Lohnherstellung und Analytik für mehrere Generikahersteller, das dürfte dir also bekannt vorkommen.

Termin: Mittwoch, 15.10.2025, 10:00 Uhr
Ort: Mulde Chemie Pharma Services GmbH, Filmstraße 4, 06766 Bitterfeld-Wolfen, Gebäude 041 (Werkschutz am Tor Süd, Ausweis mitbringen!)
Gesprächspartner: Herr Uwe Janke (Leiter QK) und Frau Heike Schönfeld (Personal)

Ich bin beim Gespräch auch mit dabei. Die Einladung kommt gleich als Termin.

Drück dir die Daumen!
Denise
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000019FE2C6A1D39DC01000000000000000010000000D7E1",
        "2025-10-15 10:00",
        "Kundentermin MCPS – Henrike Albrecht-Paschke",
        ("Denise Krüger", "d.krueger@prolab-personal.example"),
        style="outlook",
        minutes=60,
        location="Mulde Chemie Pharma Services, Filmstraße 4, Bitterfeld-Wolfen, Geb. 041",
    ),
)

_mc_rej = m(
    "k8m04",
    "2025-10-24 13:05",
    "Denise Krüger <d.krueger@prolab-personal.example>",
    "Feedback vom Kunden",
    A("rejection", MC, MCR, 13, "agency"),
    text="""Hallo Henrike,

ich hab heute endlich das Feedback aus Wolfen bekommen, und leider ist es keine gute Nachricht: Mulde Chemie hat sich für einen Kandidaten entschieden, der schon bei ihnen im Schichtsystem gearbeitet hat und sofort einsteigen kann. Herr Janke war mit dir fachlich sehr zufrieden, es lag wirklich an der Verfügbarkeit und dem Schichtmodell.

Ich weiß, dass die Fahrerei mit der Kita sowieso schwierig geworden wäre – vielleicht ist es am Ende besser so.

Ich behalte dich auf jeden Fall im Hinterkopf, wir haben immer wieder Anfragen aus Leipzig und Halle.

Liebe Grüße
Denise
""",
)

_mc_next = m(
    "k8m05",
    "2025-11-10 10:31",
    "Denise Krüger <d.krueger@prolab-personal.example>",
    "Neue Stelle in Leipzig – wäre das was für dich?",
    J("outreach", "agency", role="Chemielaborant (m/w/d) Inprozesskontrolle"),
    text="""Hallo Henrike,

wie versprochen melde ich mich, sobald ich was in deiner Nähe habe: Ein Kunde in Leipzig-Nord (Arzneimittelhersteller, ca. 300 MA) sucht ab Januar eine/n Chemielaborant/in für die Inprozesskontrolle, Tagschicht, direkte Festanstellung beim Kunden möglich nach 6 Monaten.

Das Gehalt liegt etwas über dem, was du mir beim letzten Mal genannt hast. Soll ich dich vorschlagen? Dann bräuchte ich nur kurz dein OK und einen aktuellen Lebenslauf, falls sich was geändert hat.

Viele Grüße
Denise

ProLab Personalservice GmbH | Niederlassung Halle
""",
)

# --- 14 Anhalt Pharma Solutions via Vollmer & Reinhardt (headhunter on XING; on hold) --------

_aps_xing = m(
    "k8x01",
    "2025-10-21 08:12",
    "XING <mailrobot@mail.xing.com>",
    "Carsten Vollmer hat Ihnen eine Nachricht geschickt",
    J("outreach", "other", role=APSR),
    html="""<html><body style="font-family:Arial,sans-serif;color:#0a0a0a">
<table width="580" align="center"><tr><td style="padding:16px">
<img src="https://static.xingcdn.com/crate/mail-assets/xing-logo-2023.png" alt="XING" width="80">
<p>Hallo Henrike Albrecht-Paschke,</p>
<p><b>Carsten Vollmer</b>, Partner – Executive Search Life Sciences bei Vollmer &amp; Reinhardt Personalberatung GmbH, hat Ihnen eine Nachricht geschickt:</p>
<blockquote style="border-left:3px solid #c6f16d;padding-left:12px;color:#333">
Sehr geehrte Frau Albrecht-Paschke, im Auftrag eines etablierten mittelständischen Arzneimittelherstellers in Sachsen-Anhalt suche ich eine Leitung Qualitätskontrolle (m/w/d). Ihr Profil mit langjähriger HPLC- und OOS-Erfahrung passt sehr gut. Hätten Sie Interesse an einem vertraulichen Telefonat? …
</blockquote>
<p><a href="https://www.xing.com/chats/3f1a90e2-77c0?sc_o=mail_message_notification" style="background:#0698a0;color:#fff;padding:10px 22px;border-radius:20px;text-decoration:none">Nachricht lesen und antworten</a></p>
<p style="font-size:11px;color:#777">Sie erhalten diese E-Mail, weil Sie bei XING Benachrichtigungen über neue Nachrichten aktiviert haben. <a href="https://www.xing.com/settings/notifications">Einstellungen ändern</a><br>
New Work SE · Am Strandkai 1 · 20457 Hamburg · Amtsgericht Hamburg HRB 148078</p>
</td></tr></table></body></html>""",
)

_aps_profile = m(
    "k8x02",
    "2025-10-28 18:30",
    "Carsten Vollmer <c.vollmer@vollmer-reinhardt.example>",
    "Vertraulich: Stellenprofil Leitung QK",
    J("outreach", "agency", role=APSR),
    text="""Sehr geehrte Frau Albrecht-Paschke,

vielen Dank für das angenehme Telefonat heute Mittag. Wie besprochen erhalten Sie anbei das anonymisierte Stellenprofil.

Kurz zusammengefasst:
- Mittelständischer Hersteller fester und halbfester Darreichungsformen, ca. 450 Mitarbeitende, Standort im Raum Dessau
- Leitung der Qualitätskontrolle mit 14 Mitarbeitenden (chemisch-physikalisches Labor, Mikrobiologie, Stabilität)
- Berichtslinie an die Head of Quality / QP
- Vergütung im Bereich 72.000–80.000 € zzgl. Bonus und Dienstwagen

Den Namen meines Mandanten kann ich Ihnen nennen, sobald Sie mir Ihr Einverständnis zur Vorstellung geben. Ich bitte um Verständnis – der Mandant möchte die Nachbesetzung vertraulich behandeln, da die derzeitige Stelleninhaberin noch im Haus ist.

Wenn Sie Interesse haben, senden Sie mir bitte Ihren aktuellen Lebenslauf und Ihre Gehaltsvorstellung.

Mit freundlichen Grüßen

Carsten Vollmer
Partner | Executive Search Life Sciences
Vollmer & Reinhardt Personalberatung GmbH
Hansering 19 | 06108 Halle (Saale)
T +49 345 13 27 70-0 | M +49 171 448 02 19
""",
    attach=[("Stellenprofil_Leitung_QK_vertraulich.pdf", "application/pdf", PDF)],
)

_aps_sent = m(
    "k8x03",
    "2025-11-05 12:02",
    "Carsten Vollmer <c.vollmer@vollmer-reinhardt.example>",
    "AW: Vertraulich: Stellenprofil Leitung QK",
    A("confirmation", APS, APSR, 14, "agency"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

herzlichen Dank für Ihre Unterlagen und Ihr Einverständnis. Ich habe Ihr Profil heute Vormittag meinem Mandanten vorgestellt und mit der Personalleitung gesprochen. Ich rechne in der kommenden Woche mit einer Rückmeldung und melde mich dann umgehend.

Mit freundlichen Grüßen
Carsten Vollmer

Vollmer & Reinhardt Personalberatung GmbH
""",
)
_aps_sent.update(thread(_aps_profile))

_aps_int = m(
    "k8x04",
    "2025-11-19 09:40",
    "Carsten Vollmer <c.vollmer@vollmer-reinhardt.example>",
    "Gesprächstermin 27.11. – jetzt mit Namen",
    A("interview", APS, APSR, 14, "agency"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

gute Nachrichten: Mein Mandant möchte Sie kennenlernen. Nun darf ich ihn auch nennen – es handelt sich um die Anhalt Pharma Solutions GmbH in Dessau-Roßlau (vielen vielleicht noch als „Dessauer Tablettenwerk" bekannt).

Termin: Donnerstag, 27. November 2025, 14:00 Uhr
Ort: Anhalt Pharma Solutions GmbH, Kühnauer Straße 30, 06846 Dessau-Roßlau, Verwaltungsgebäude
Gesprächspartner: Frau Dr. Sabine Lorenz (Head of Quality, QP) und Herr Andreas Wiesner (Personalleiter)

Ich rufe Sie am Vortag noch einmal zur Vorbereitung an. Die Kalendereinladung erhalten Sie anbei.

Mit freundlichen Grüßen
Carsten Vollmer
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000EE1203F26259DC01000000000000000010000000C8A0",
        "2025-11-27 14:00",
        "Gespräch Anhalt Pharma Solutions / Albrecht-Paschke (Leitung QK)",
        ("Carsten Vollmer", "c.vollmer@vollmer-reinhardt.example"),
        style="outlook",
        minutes=90,
        location="Anhalt Pharma Solutions GmbH, Kühnauer Str. 30, Dessau-Roßlau",
    ),
)

_aps_hold = m(
    "k8x05",
    "2025-12-12 17:15",
    "Carsten Vollmer <c.vollmer@vollmer-reinhardt.example>",
    "Zwischenstand Dessau",
    A("confirmation", APS, APSR, 14, "agency"),
    st="on_hold",
    text="""Sehr geehrte Frau Albrecht-Paschke,

ich hatte Ihnen eine Rückmeldung bis Mitte Dezember zugesagt und möchte Sie nicht hinhalten.

Der Mandant war von Ihnen sehr angetan und hätte Sie gern zu einem zweiten Gespräch eingeladen. Gestern hat mir Herr Wiesner jedoch mitgeteilt, dass die Gesellschafter die Besetzung der Position bis zum Abschluss einer laufenden Standortentscheidung im ersten Quartal ausgesetzt haben. Der Prozess ruht daher vorerst; es ist ausdrücklich keine Absage.

Ich bleibe am Ball und melde mich, sobald es Neuigkeiten gibt. Ihnen und Ihrer Familie schöne Feiertage!

Mit freundlichen Grüßen
Carsten Vollmer
""",
)

# --- 15 Lindenauer Naturheilmittel (Indeed; invited, then silence) -------------------------

_ln_conf = m(
    "k8l01",
    "2025-09-30 20:05",
    "Indeed Apply <indeedapply@indeed.com>",
    "Bewerbung gesendet: Mitarbeiter (m/w/d) Qualitätskontrolle Rohstoffprüfung",
    A("confirmation", LN, LNR, 15, "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="560" align="center"><tr><td style="padding:16px">
<img src="https://d3fw5vlhllyvee.cloudfront.net/dist/indeed-logo-email.png" alt="Indeed" width="96">
<h2 style="font-size:20px">Ihre Bewerbung wurde gesendet</h2>
<p><b>Mitarbeiter (m/w/d) Qualitätskontrolle Rohstoffprüfung</b><br>Lindenauer Naturheilmittel GmbH – Leipzig</p>
<p>Gute Arbeit, Henrike! Die folgenden Elemente wurden an Lindenauer Naturheilmittel GmbH gesendet:<br>
• Lebenslauf_Albrecht-Paschke_2025.pdf<br>• Kontaktinformationen</p>
<p><a href="https://de.indeed.com/myjobs?from=applyconfemail&amp;tk=1h9bq71a" style="background:#2557a7;color:#fff;padding:10px 20px;border-radius:8px;text-decoration:none">Meine Jobs ansehen</a></p>
<p style="font-size:11px;color:#767676">© 2025 Indeed · Indeed Ireland Operations Limited, 124 St. Stephen's Green, Dublin 2, Irland</p>
</td></tr></table></body></html>""",
)

_ln_msg = m(
    "k8l02",
    "2025-10-10 08:57",
    "Brigitte Ahnert über Indeed <reply-2f7a1c9d4e@indeedemail.com>",
    "Neue Nachricht von Lindenauer Naturheilmittel GmbH",
    A("interview", LN, LNR, 15, "indeed"),
    text="""Brigitte Ahnert von Lindenauer Naturheilmittel GmbH hat Ihnen eine Nachricht zu Ihrer Bewerbung als Mitarbeiter (m/w/d) Qualitätskontrolle Rohstoffprüfung gesendet:

"Guten Morgen Frau Albrecht-Paschke, vielen Dank für Ihre Bewerbung. Wir würden Sie gern zu einem persönlichen Gespräch in unseren Betrieb einladen, am Dienstag, den 21.10., um 16:00 Uhr (dann sind Sie hoffentlich schon aus dem Dienst). Adresse: Merseburger Straße 102, 04177 Leipzig, Eingang Hinterhaus. Bitte geben Sie mir kurz Bescheid, ob das passt. Freundliche Grüße, B. Ahnert, Geschäftsführung / Personal"

Antworten Sie direkt auf diese E-Mail, um Brigitte Ahnert zu antworten.

Über Indeed versendete Nachrichten werden zur Betrugsprävention und Qualitätssicherung überprüft.
https://de.indeed.com/conversations?from=emailnotif&tk=1hbe4r2p
""",
)

# --- 16 Colditz Pharma (Jobbörse der Bundesagentur; ghosted) --------------------------------

_cp_conf = m(
    "k8b01",
    "2025-10-01 19:40",
    "JOBBÖRSE der Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "Ihre Bewerbung wurde versendet",
    A("confirmation", CP, CPR, 16, "other"),
    text="""Guten Tag Frau Albrecht-Paschke,

Ihre Bewerbung über die JOBBÖRSE wurde erfolgreich an den Arbeitgeber übermittelt.

Stellenangebot: Chemielaborant (m/w/d) Qualitätskontrolle im Schichtbetrieb
Arbeitgeber: Colditz Pharma Produktion GmbH
Arbeitsort: 04680 Colditz
Referenznummer: 10001-1001287753-S

Ihre versendeten Bewerbungen finden Sie jederzeit unter „Mein Bereich" > „Bewerbungen":
https://www.arbeitsagentur.de/bewerberboerse/bewerbungen

Bitte beachten Sie: Der Arbeitgeber entscheidet selbst, ob und wann er sich bei Ihnen meldet.

Mit freundlichen Grüßen
Ihre Bundesagentur für Arbeit

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""",
)

# --- 17 Lindqvist Pharma, Berlin (Workday "lqpharma"; TestGorilla; rejected) ----------------

_lq_nudge = m(
    "k8q01",
    "2025-09-11 09:00",
    "Lindqvist Pharma Careers <lqpharma@myworkday.com>",
    "You have an application in progress",
    J("alert", "workday", LQ, LQR, "en"),
    text="""Hi Henrike,

You started an application for Senior QC Analyst – Method Validation (m/f/d) (JR-25-0716, Berlin) but haven't submitted it yet.

Complete your application before the posting closes:
https://lindqvist.wd3.myworkdayjobs.com/de-DE/External/job/Berlin/Senior-QC-Analyst---Method-Validation--m-f-d-_JR-25-0716/apply

Your progress has been saved, so you can pick up right where you left off.

Lindqvist Pharma Talent Acquisition
""",
)

_lq_conf = m(
    "k8q02",
    "2025-09-12 21:33",
    "Lindqvist Pharma Careers <lqpharma@myworkday.com>",
    "Application received: Senior QC Analyst – Method Validation (m/f/d)",
    A("confirmation", LQ, LQR, 17, "workday", "en"),
    text="""Dear Henrike,

Thank you for applying for the Senior QC Analyst – Method Validation (m/f/d) position (JR-25-0716) at Lindqvist Pharma Deutschland GmbH in Berlin-Adlershof.

Our recruiting team is reviewing your application. If your qualifications match our needs, we will contact you to discuss next steps. In the meantime, you can track the status of your application in your candidate home.

Best regards,
Lindqvist Pharma Talent Acquisition

Lindqvist Pharma Deutschland GmbH · Rudower Chaussee 29 · 12489 Berlin
A member of the Lindqvist Group, Malmö, Sweden
""",
)

_lq_test = m(
    "k8q03",
    "2025-09-18 14:20",
    "Lindqvist Pharma via TestGorilla <no-reply@testgorilla.com>",
    "Lindqvist Pharma has invited you to complete an assessment",
    A("assessment", LQ, LQR, 17, "other", "en"),
    html="""<html><body style="font-family:Inter,Arial,sans-serif;color:#1c1c1c">
<table width="560" align="center"><tr><td style="padding:20px">
<img src="https://assets.testgorilla.com/email/logo.png" alt="TestGorilla" width="120">
<p>Hi Henrike,</p>
<p>Lindqvist Pharma has invited you to take an assessment for the role <b>Senior QC Analyst – Method Validation (m/f/d)</b>.</p>
<p>The assessment consists of 4 tests (Analytical Method Validation, GMP Fundamentals, Attention to Detail, English B2) and takes about 55 minutes. Please complete it by <b>September 25, 2025</b>.</p>
<p><a href="https://app.testgorilla.com/s/7yq2m1kx?utm_source=invite" style="background:#7250ff;color:#fff;padding:12px 26px;border-radius:6px;text-decoration:none">Start assessment</a></p>
<p style="font-size:12px;color:#666">Tips: use a laptop or desktop, a stable internet connection and a quiet environment. Your webcam may be used for anti-cheating measures.</p>
<p style="font-size:11px;color:#999">TestGorilla B.V. · Amsterdam, The Netherlands · <a href="https://www.testgorilla.com/privacy-policy/">Privacy policy</a></p>
</td></tr></table></body></html>""",
)

_lq_rej = m(
    "k8q04",
    "2025-10-06 11:08",
    "Lindqvist Pharma Careers <lqpharma@myworkday.com>",
    "Update on your application",
    A("rejection", LQ, LQR, 17, "workday", "en"),
    text="""Dear Henrike,

Thank you for taking the time to complete our assessment for the Senior QC Analyst – Method Validation (m/f/d) role. Your results were strong, particularly in GMP fundamentals.

After careful review, we have decided to move forward with candidates whose experience with ICH Q2(R2) / Q14 method lifecycle projects more closely matches the current needs of the team.

We will keep your profile on file and encourage you to apply for future openings at Lindqvist Pharma that match your skills.

We wish you every success in your search.

Kind regards,
Lindqvist Pharma Talent Acquisition
""",
)

# --- 18 Mitteldeutsche Plasma (XING application; praise before the no) ---------------------

_mp_conf = m(
    "k8p01",
    "2025-10-23 20:50",
    "XING <mailrobot@mail.xing.com>",
    "Ihre Bewerbung wurde übermittelt",
    A("confirmation", MP, MPR, 18, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;color:#0a0a0a">
<table width="580" align="center"><tr><td style="padding:16px">
<img src="https://static.xingcdn.com/crate/mail-assets/xing-logo-2023.png" alt="XING" width="80">
<h2 style="font-size:20px">Ihre Bewerbung ist unterwegs!</h2>
<p>Sie haben sich erfolgreich beworben auf:</p>
<p><b>QA Manager (m/w/d) GMP-Compliance</b><br>Mitteldeutsche Plasma GmbH · Leipzig</p>
<p>Ihr XING-Profil und Ihre Dokumente wurden an das Unternehmen übermittelt. Alle Ihre Bewerbungen finden Sie unter <a href="https://www.xing.com/jobs/my-jobs/applied?sc_o=mail_apply_confirmation">Meine Jobs</a>.</p>
<p style="font-size:11px;color:#777">New Work SE · Am Strandkai 1 · 20457 Hamburg</p>
</td></tr></table></body></html>""",
)

_mp_rej = m(
    "k8p02",
    "2025-11-11 16:19",
    "Sabine Teichert <personal@md-plasma.example>",
    "Ihre Bewerbung",
    A("rejection", MP, MPR, 18, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

haben Sie vielen Dank für Ihre Bewerbung als QA Manager (m/w/d) GMP-Compliance.

Ihr Werdegang hat uns gut gefallen: Die Verbindung aus langjähriger Laborpraxis und Verantwortung für OOS-Untersuchungen ist genau das, was eine gute Qualitätssicherung braucht. Umso mehr bedauern wir, Ihnen mitteilen zu müssen, dass wir uns in diesem Fall für eine Bewerberin entschieden haben, die bereits Erfahrung mit Inspektionen nach der Plasmaverordnung und mit PEI-Audits mitbringt.

Gern nehmen wir Sie – Ihr Einverständnis vorausgesetzt – in unseren Bewerberpool auf.

Mit freundlichen Grüßen

Sabine Teichert
Personalreferentin
Mitteldeutsche Plasma GmbH
Prager Straße 136 · 04317 Leipzig
""",
)

# --- 19 Nordlicht Biologics, Berlin (Greenhouse; English) -------------------------------------

_nb_conf = m(
    "k8n01",
    "2025-11-17 12:46",
    "Nordlicht Biologics <no-reply@us.greenhouse-mail.io>",
    "Thank you for applying to Nordlicht Biologics",
    A("confirmation", NB, NBR, 19, "greenhouse", "en"),
    text="""Hi Henrike,

Thanks for your interest in Nordlicht Biologics! We've received your application for the QC Associate – Bioassays (m/f/d) position in Berlin and our team will review it shortly.

If your background is a good fit, someone from our People team will reach out to schedule a first conversation. Either way, we'll let you know.

Best,
The Nordlicht People Team

Nordlicht Biologics GmbH | Robert-Rössle-Straße 10 | 13125 Berlin
""",
)

_nb_rej = m(
    "k8n02",
    "2025-12-03 09:58",
    "Nordlicht Biologics <no-reply@us.greenhouse-mail.io>",
    "Your application",
    A("rejection", NB, NBR, 19, "greenhouse", "en"),
    text="""Hi Henrike,

Thank you for applying for the QC Associate – Bioassays role and for your patience while we reviewed applications. We really enjoyed reading about your chromatography background and your experience running OOS investigations.

We've decided not to move forward with your application at this time: this role is heavily focused on cell-based potency assays and ELISA, and we are prioritising candidates with hands-on bioassay experience.

We'd be glad to hear from you again for future QC roles – we expect to open a chromatography position in the second half of 2026.

All the best,
Nordlicht People Team
""",
)

# --- 20 Elbe Radiopharma, Dresden (softgarden; Teams interview; rejected; survey) -----------

_er_conf = m(
    "k8r01",
    "2025-11-24 18:03",
    "Elbe Radiopharma GmbH <no-reply@softgarden.io>",
    "Eingangsbestätigung Ihrer Bewerbung",
    A("confirmation", ER, ERR, 20, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="max-width:600px;padding:18px;border-top:5px solid #d2232a">
<img src="https://static.softgarden.io/public/companies/elbe-radiopharma/logo.png" alt="Elbe Radiopharma" height="40">
<p>Sehr geehrte Frau Albrecht-Paschke,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Mitarbeiter Qualitätskontrolle Radiopharmaka (m/w/d)</b> in Dresden-Rossendorf. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p>Wir melden uns innerhalb der nächsten zwei Wochen bei Ihnen.</p>
<p>Freundliche Grüße<br>Nadine Pohl<br>Personal | Elbe Radiopharma GmbH</p>
<p style="font-size:11px;color:#777"><a href="https://elbe-radiopharma.softgarden.io/de/applicant/login">Bewerbungsstatus ansehen</a> · <a href="https://elbe-radiopharma.softgarden.io/de/privacy">Datenschutz</a></p>
</div></body></html>""",
)

_er_int = m(
    "k8r02",
    "2025-12-09 10:12",
    "Pohl, Nadine <nadine.pohl@elbe-radiopharma.example>",
    "Terminvorschlag Teams-Gespräch",
    A("interview", ER, ERR, 20, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

gern würden wir Sie in einem ersten Gespräch per Microsoft Teams kennenlernen. Ich schlage Donnerstag, 18.12.2025, 09:00 Uhr vor. Von unserer Seite nehmen Herr Dr. Felix Anders (Leiter QC, Strahlenschutzbeauftragter) und ich teil.

Da die Stelle Arbeit im Kontrollbereich umfasst, werden wir auch kurz über Strahlenschutz-Unterweisung und die arbeitsmedizinische Vorsorge sprechen – Vorkenntnisse im Umgang mit radioaktiven Stoffen sind aber keine Voraussetzung.

Mit freundlichen Grüßen
Nadine Pohl
Personal
Elbe Radiopharma GmbH | Bautzner Landstraße 400 | 01328 Dresden
""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000007D4A93A1E467DC01000000000000000010000000F4B2",
        "2025-12-18 09:00",
        "Teams-Gespräch Albrecht-Paschke / QC Radiopharmaka",
        ('"Pohl, Nadine"', "nadine.pohl@elbe-radiopharma.example"),
        style="outlook",
        minutes=60,
        location="Microsoft Teams-Besprechung",
        description="Über Ihren Computer oder Ihre mobile App teilnehmen\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YzE0NWMx/0\nBesprechungs-ID: 377 901 554 28\nPasscode: b9Xk3Q",
        attendees=[('"Anders, Felix Dr."', "felix.anders@elbe-radiopharma.example")],
    ),
)

_er_rej = m(
    "k8r03",
    "2026-01-13 14:31",
    "Elbe Radiopharma GmbH <no-reply@softgarden.io>",
    "Rückmeldung zu unserem Gespräch",
    A("rejection", ER, ERR, 20, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="max-width:600px;padding:18px;border-top:5px solid #d2232a">
<img src="https://static.softgarden.io/public/companies/elbe-radiopharma/logo.png" alt="Elbe Radiopharma" height="40">
<p>Sehr geehrte Frau Albrecht-Paschke,</p>
<p>vielen Dank für das Gespräch im Dezember und Ihre Geduld über die Feiertage.</p>
<p>Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns für einen Bewerber entschieden, der bereits in Dresden wohnt und für die Rufbereitschaft am Wochenende kurzfristig vor Ort sein kann – ein Punkt, der für die Herstellung kurzlebiger Radiopharmaka leider entscheidend ist.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und würden uns freuen, wenn Sie uns in guter Erinnerung behalten.</p>
<p>Freundliche Grüße<br>Nadine Pohl<br>Personal | Elbe Radiopharma GmbH</p>
</div></body></html>""",
)

_er_survey = m(
    "k8r04",
    "2026-01-20 10:00",
    "softgarden Feedback <feedback@softgarden.io>",
    "Wie war Ihre Bewerbung bei Elbe Radiopharma GmbH?",
    J("other_job", "other", ER),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="max-width:560px;padding:18px">
<p>Hallo Henrike Albrecht-Paschke,</p>
<p>Sie haben sich kürzlich bei <b>Elbe Radiopharma GmbH</b> beworben. Wir würden gern wissen, wie Sie den Bewerbungsprozess erlebt haben – anonym und in nur 2 Minuten.</p>
<p>Wie wahrscheinlich ist es, dass Sie Elbe Radiopharma GmbH als Arbeitgeber weiterempfehlen?</p>
<p><a href="https://feedback.softgarden.io/s/f81c2?score=0">0</a> · <a href="https://feedback.softgarden.io/s/f81c2?score=5">5</a> · <a href="https://feedback.softgarden.io/s/f81c2?score=10">10</a></p>
<p style="font-size:11px;color:#777">softgarden e-recruiting GmbH · Tauentzienstraße 14 · 10789 Berlin · <a href="https://feedback.softgarden.io/unsubscribe?t=f81c2">Keine Umfragen mehr erhalten</a></p>
</div></body></html>""",
)

# --- 21 Heiterblick Laborservice (confirmation forwarded from her old GMX address) -----------

_hl_fwd = m(
    "k8h01",
    "2025-10-10 07:48",
    "Henrike Albrecht <henrike.albrecht@gmx.de>",
    "WG: Ihre Bewerbung bei der Heiterblick Laborservice GmbH",
    A("confirmation", HL, HLR, 21, "other"),
    text="""Hab mich im Formular mit der alten Adresse vertippt – zur Sicherheit hierher.



-------- Weitergeleitete Nachricht --------
Von: Heiterblick Laborservice GmbH <no-reply@softgarden.io>
Datum: 09.10.2025 21:14
Betreff: Ihre Bewerbung bei der Heiterblick Laborservice GmbH
An: henrike.albrecht@gmx.de

Guten Tag Frau Albrecht-Paschke,

vielen Dank für Ihre Bewerbung als Laborant (m/w/d) Stabilitätsprüfung. Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.

Sollten Sie Fragen haben, wenden Sie sich gerne an Herrn Matthias Zeidler, jobs@heiterblick-labor.example.

Mit freundlichen Grüßen
Ihr Heiterblick-Team

Heiterblick Laborservice GmbH · Portitzer Allee 6 · 04329 Leipzig
""",
)

# --- 22 Auwald Analytik ("du"; direct; rejected after the interview) --------------------------

_aw_conf = m(
    "k8w01",
    "2025-11-26 08:40",
    "Jana Fiedler <jana.fiedler@auwald-analytik.example>",
    "Deine Bewerbung bei Auwald",
    A("confirmation", AW, AWR, 22, "direct"),
    text="""Hallo Henrike,

vielen Dank für deine Bewerbung als Applikationsspezialist*in HPLC – ist angekommen!

Unser Laborleiter Ronny ist diese Woche noch auf der Messe, ich leite ihm deine Unterlagen aber direkt weiter. Ihr hört spätestens Anfang nächster Woche von uns.

Liebe Grüße
Jana

Jana Fiedler | Personal & Office
Auwald Analytik GmbH – Applikationslabor & Service für Chromatographie
Nonnenstraße 37 | 04229 Leipzig | 0341 480 66 21
""",
)

_aw_int = m(
    "k8w02",
    "2025-12-05 13:22",
    "Jana Fiedler <jana.fiedler@auwald-analytik.example>",
    "Einladung: Gespräch Henrike / Auwald @ Fr. 12. Dez. 2025 10:00 - 11:30 (MEZ)",
    A("interview", AW, AWR, 22, "direct"),
    text="""Hallo Henrike,

wie gerade am Telefon besprochen: Ronny und Kathrin (Vertrieb) freuen sich auf dich am Freitag, 12.12., um 10 Uhr bei uns in der Nonnenstraße. Klingel bei „Auwald Analytik, 2. OG". Bring gern ein Beispiel-Chromatogramm mit, an dem du mal richtig geknobelt hast – Ronny liebt so was.

Bis Freitag!
Jana

Gespräch Henrike / Auwald
Freitag, 12. Dezember 2025 ⋅ 10:00–11:30
Nonnenstraße 37, 04229 Leipzig, 2. OG
Organisator: jana.fiedler@auwald-analytik.example

Einladung von Google Kalender
""",
    ics=ics(
        "6n1c4h8e2u0p5s3k@google.com",
        "2025-12-12 10:00",
        "Gespräch Henrike / Auwald",
        ("Jana Fiedler", "jana.fiedler@auwald-analytik.example"),
        minutes=90,
        location="Nonnenstraße 37, 04229 Leipzig, 2. OG",
        attendees=[
            ("Ronny Kaiser", "ronny.kaiser@auwald-analytik.example"),
            ("Kathrin Voigt", "kathrin.voigt@auwald-analytik.example"),
        ],
    ),
)

_aw_rej = m(
    "k8w03",
    "2025-12-19 15:10",
    "Ronny Kaiser <ronny.kaiser@auwald-analytik.example>",
    "kurze Rückmeldung",
    A("rejection", AW, AWR, 22, "direct"),
    text="""Hallo Henrike,

ich wollte dir vor Weihnachten noch Bescheid geben, damit du nicht über die Feiertage grübeln musst.

Erstmal: Das Gespräch mit dir hat richtig Spaß gemacht, und dein Chromatogramm mit dem Geisterpeak aus dem Autosampler erzähle ich seitdem jedem, der nicht schnell genug wegläuft.

Trotzdem haben wir uns für jemand anderen entschieden. Die Stelle hat zu etwa 40 % Außendienst bei Kunden in ganz Mitteldeutschland, und du hattest ja selbst gesagt, dass das mit eurer Kita-Situation schwierig wird. Wir haben jemanden gefunden, der genau das sucht.

Falls wir mal ein Inhouse-Projekt haben, bei dem wir Unterstützung in der Methodenentwicklung brauchen, würde ich mich gern bei dir melden.

Schöne Feiertage dir und deiner Familie!
Ronny

Ronny Kaiser
Laborleitung | Auwald Analytik GmbH
""",
)

# --- 23 Loschwitz Dermatika, Dresden (StepStone; ghosted) ----------------------------------

_ld_sst = m(
    "k8d01",
    "2026-01-19 20:27",
    "StepStone <noreply@stepstone.de>",
    "Ihre Bewerbung wurde erfolgreich versendet",
    A("confirmation", LD, LDR, 23, "other"),
    html="""<html><body style="margin:0;font-family:'Helvetica Neue',Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px 28px">
<img src="https://www.stepstone.de/upload_de/logo/stepstone-logo-email.png" alt="StepStone" width="140">
<h2 style="color:#0c2577">Geschafft, Henrike!</h2>
<p>Ihre Bewerbung ist beim Unternehmen angekommen:</p>
<table style="border:1px solid #ddd;width:100%"><tr><td style="padding:12px">
<b>Chemielaborant/in Qualitätskontrolle (m/w/d)</b><br>
Loschwitz Dermatika GmbH<br>Dresden
</td></tr></table>
<p>Den Status Ihrer Bewerbung sehen Sie unter <a href="https://www.stepstone.de/candidate/applications?utm_source=transactional&amp;utm_medium=email&amp;utm_campaign=apply_confirmation">Meine Bewerbungen</a>.</p>
<p style="font-size:13px">Ihr Profil ist zu 85 % vollständig. <a href="https://www.stepstone.de/candidate/profile?utm_source=transactional">Jetzt vervollständigen</a> und besser gefunden werden.</p>
<p style="font-size:11px;color:#888">StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</p>
</td></tr></table></body></html>""",
)

# --- job mail without an application -----------------------------------------------------

_UNSUB_SST = {"List-Unsubscribe": "<https://www.stepstone.de/jobagent/unsubscribe?id=8812734>"}

_alert_sst1 = m(
    "k8j01",
    "2025-09-05 06:30",
    "StepStone Jobagent <jobagent@stepstone.de>",
    "7 neue Jobs: Qualitätskontrolle in Leipzig und Umgebung",
    J("alert", "other"),
    headers=_UNSUB_SST,
    html="""<html><body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:18px">
<img src="https://www.stepstone.de/upload_de/logo/stepstone-logo-email.png" alt="StepStone" width="120">
<p>Hallo Henrike, hier sind Ihre neuen Jobs für <b>„Qualitätskontrolle" · Leipzig + 50 km</b>:</p>
<p><a href="https://www.stepstone.de/stellenangebote--Chemielaborant-m-w-d-Arzneimittelpruefung-Leipzig--12881733-inline.html?utm_source=jobagent">Chemielaborant (m/w/d) Arzneimittelprüfung</a><br>AKM Analytik-Kontor Mitteldeutschland GmbH · Leipzig · Feste Anstellung</p>
<p><a href="https://www.stepstone.de/stellenangebote--Laborleiter-m-w-d-Qualitaetskontrolle-Halle--12884410-inline.html?utm_source=jobagent">Laborleiter (m/w/d) Qualitätskontrolle</a><br>Giebichenstein Peptide GmbH · Halle (Saale) · Schnell bewerben</p>
<p><a href="https://www.stepstone.de/stellenangebote--Mitarbeiter-Wareneingangspruefung--12879901-inline.html?utm_source=jobagent">Mitarbeiter (m/w/d) Wareneingangsprüfung Lebensmittel</a><br>Sachsenmilch-Nord GmbH · Leppersdorf</p>
<p><a href="https://www.stepstone.de/jobagent/results/8812734?utm_source=jobagent">Alle 7 Jobs ansehen</a></p>
<p style="font-size:11px;color:#888">Sie erhalten diesen Jobagenten, weil Sie ihn am 02.09.2025 angelegt haben. <a href="https://www.stepstone.de/jobagent/unsubscribe?id=8812734">Jobagent löschen</a></p>
</td></tr></table></body></html>""",
)

_alert_ba1 = m(
    "k8j02",
    "2025-09-09 05:12",
    "JOBBÖRSE der Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "Neue Stellenangebote zu Ihrem Suchauftrag „Chemielaborant QK“",
    J("alert", "other"),
    text="""Guten Tag Frau Albrecht-Paschke,

zu Ihrem Suchauftrag „Chemielaborant QK" (Umkreis 04229 Leipzig, 60 km) wurden 5 neue Stellenangebote veröffentlicht:

1. Chemielaborant (m/w/d) Qualitätskontrolle im Schichtbetrieb – Colditz Pharma Produktion GmbH, 04680 Colditz
2. Chemielaborant/in Umweltanalytik – Labor Dr. Seifert & Partner, 04109 Leipzig
3. Laborant (m/w/d) in Arbeitnehmerüberlassung – ProLab Personalservice GmbH, 06749 Bitterfeld-Wolfen
4. Chemisch-technische/r Assistent/in – Landesuntersuchungsanstalt, 04103 Leipzig
5. Chemielaborant (m/w/d) Wareneingang – Mitteldeutsche Getränke AG, 06217 Merseburg

Alle Ergebnisse ansehen:
https://www.arbeitsagentur.de/jobsuche/suche?suchauftrag=9927105

Sie können den Suchauftrag jederzeit unter „Mein Bereich" ändern oder löschen.

Ihre Bundesagentur für Arbeit
""",
)

_alert_indeed1 = m(
    "k8j03",
    "2025-09-22 07:01",
    "Indeed <alert@indeed.com>",
    "QC Analyst – 12 neue Jobs in Leipzig",
    J("alert", "indeed"),
    headers={"List-Unsubscribe": "<https://de.indeed.com/alert/unsubscribe?id=f0c1d77a>"},
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="560" align="center"><tr><td style="padding:16px">
<img src="https://d3fw5vlhllyvee.cloudfront.net/dist/indeed-logo-email.png" alt="Indeed" width="96">
<p><b>12 neue Jobs</b> für „QC Analyst" in Leipzig</p>
<p><a href="https://de.indeed.com/rc/clk?jk=5b21f0c6a3d2e811&amp;from=ja">Mitarbeiter (m/w/d) Qualitätskontrolle Rohstoffprüfung</a><br>Lindenauer Naturheilmittel GmbH – Leipzig<br><span style="color:#767676">Vor 2 Tagen</span></p>
<p><a href="https://de.indeed.com/rc/clk?jk=9a71e0b4c2f3d102&amp;from=ja">Chemielaborant (m/w/d) Qualitätskontrolle</a><br>ProLab Personalservice GmbH – Bitterfeld-Wolfen<br><span style="color:#767676">Einfach bewerben · 2.900 € – 3.300 € pro Monat</span></p>
<p><a href="https://de.indeed.com/rc/clk?jk=22f8ac19d3b7e640&amp;from=ja">QC Specialist (m/w/d) Mikrobiologie</a><br>Vakzinwerk Elbe GmbH – Dresden</p>
<p><a href="https://de.indeed.com/jobs?q=QC+Analyst&amp;l=Leipzig&amp;from=ja">Alle Jobs ansehen</a></p>
<p style="font-size:11px;color:#767676">Sie erhalten diese Nachricht, weil Sie einen Job-Alert erstellt haben. <a href="https://de.indeed.com/alert/unsubscribe?id=f0c1d77a">Abbestellen</a></p>
</td></tr></table></body></html>""",
)

_alert_li1 = m(
    "k8j04",
    "2025-10-03 18:44",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "„quality control“: Vakzinwerk Elbe GmbH – QC Specialist (m/w/d) und weitere",
    J("alert", "linkedin"),
    html="""<html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif;color:#191919">
<table width="512" align="center"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" width="84">
<p>Ihr Job-Alert für <b>quality control</b> in <b>Sachsen, Deutschland</b></p>
<p><b>QC Specialist (m/w/d) Mikrobiologie</b><br>Vakzinwerk Elbe GmbH · Dresden · Frühzeitige Bewerbung</p>
<p><b>QC Lab Coordinator (m/f/d)</b><br>Nordlicht Biologics · Berlin · Ihr Profil passt gut</p>
<p><b>Quality Control Analyst</b><br>Cerulea Therapeutics · Basel, Schweiz · 4 Kontakte arbeiten hier</p>
<p><a href="https://www.linkedin.com/comm/jobs/search?savedSearchId=1739922041&amp;trk=eml-job_alert">Alle Jobs ansehen</a></p>
<p style="font-size:12px;color:#666">Sie erhalten Job-Alerts. <a href="https://www.linkedin.com/comm/jobs/alerts?trk=eml-unsub">Abbestellen</a> · © 2025 LinkedIn Ireland Unlimited Company</p>
</td></tr></table></body></html>""",
)

_alert_sst2 = m(
    "k8j05",
    "2025-10-17 06:30",
    "StepStone Jobagent <jobagent@stepstone.de>",
    "Neu für Sie: QC Analyst (m/w/d) Chromatographie und 4 weitere Jobs",
    J("alert", "other"),
    headers=_UNSUB_SST,
    html="""<html><body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:18px">
<img src="https://www.stepstone.de/upload_de/logo/stepstone-logo-email.png" alt="StepStone" width="120">
<p>Hallo Henrike, diese Jobs passen zu Ihrem Jobagenten <b>„Qualitätskontrolle"</b>:</p>
<ul>
<li><a href="https://www.stepstone.de/stellenangebote--QC-Analyst-Chromatographie--12902215-inline.html?utm_source=jobagent">QC Analyst (m/w/d) Chromatographie</a> – Elstertal Biologics GmbH, Leipzig</li>
<li><a href="https://www.stepstone.de/stellenangebote--Teamleiter-QC-Labor--12903340-inline.html?utm_source=jobagent">Teamleiter (m/w/d) QC-Labor Chromatographie</a> – Saale Pharmazeutika AG, Halle</li>
<li><a href="https://www.stepstone.de/stellenangebote--Laborant-Stabilitaet--12899811-inline.html?utm_source=jobagent">Laborant (m/w/d) Stabilitätsprüfung</a> – Heiterblick Laborservice GmbH, Leipzig</li>
</ul>
<p><a href="https://www.stepstone.de/jobagent/results/8812734?utm_source=jobagent">Alle Jobs ansehen</a></p>
<p style="font-size:11px;color:#888"><a href="https://www.stepstone.de/jobagent/unsubscribe?id=8812734">Jobagent löschen</a></p>
</td></tr></table></body></html>""",
)

_alert_xing = m(
    "k8j06",
    "2025-11-13 12:05",
    "XING Jobs <jobs@mail.xing.com>",
    "Henrike, diese Jobs könnten Sie interessieren",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,sans-serif">
<table width="580" align="center"><tr><td style="padding:16px">
<img src="https://static.xingcdn.com/crate/mail-assets/xing-logo-2023.png" alt="XING" width="80">
<p>Passend zu Ihrem Profil als <b>QC-Analystin</b>:</p>
<p><b>Lab Manager QC (m/w/d)</b> · Kiezlab Bio GmbH · Berlin · 55.000 – 65.000 €</p>
<p><b>Qualitätssicherung (m/w/d) Lebensmittel</b> · Halloren Süßwaren Manufaktur · Halle</p>
<p><b>Leitung Qualitätskontrolle (m/w/d)</b> · Vertraulich · Sachsen-Anhalt</p>
<p><a href="https://www.xing.com/jobs/recommendations?sc_o=mail_jobs_recos">Alle Empfehlungen ansehen</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.xing.com/settings/notifications">Benachrichtigungen verwalten</a> · New Work SE · Hamburg</p>
</td></tr></table></body></html>""",
)

_outreach_li = m(
    "k8j07",
    "2025-11-25 14:27",
    "Oliver Brandt via LinkedIn <inmail-hit-reply@linkedin.com>",
    "QA Associate GMP/GCP in Leipzig – Interesse?",
    J("outreach", "linkedin", "Medfort Clinical", "QA Associate GMP/GCP (m/w/d)"),
    text="""Hallo Henrike,

ich bin Talent Acquisition Lead bei Medfort Clinical, einem Auftragsforschungsinstitut mit Sitz in Leipzig (rund 600 Mitarbeitende, klinische Studien Phase I–IV, eigene Prüfpräparate-Logistik).

Für unser Clinical Supply Team suchen wir eine QA Associate GMP/GCP (m/w/d), die Freigaben und Abweichungen bei Prüfpräparaten begleitet. Ihre Kombination aus GMP-Laborerfahrung und OOS-Untersuchungen ist genau das, was unserem Team fehlt.

Hätten Sie Lust auf ein kurzes, unverbindliches Gespräch in den nächsten Wochen?

Beste Grüße
Oliver Brandt
Talent Acquisition Lead, Medfort Clinical GmbH

Diese Nachricht wurde Ihnen über LinkedIn gesendet. Antworten: https://www.linkedin.com/messaging/thread/2-MGY4NzE2/?trk=eml-inmail
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
)

_alert_indeed2 = m(
    "k8j08",
    "2025-11-28 07:02",
    "Indeed <alert@indeed.com>",
    "Laborleitung Pharma – 5 neue Jobs in Sachsen",
    J("alert", "indeed"),
    headers={"List-Unsubscribe": "<https://de.indeed.com/alert/unsubscribe?id=c7e44b10>"},
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="560" align="center"><tr><td style="padding:16px">
<img src="https://d3fw5vlhllyvee.cloudfront.net/dist/indeed-logo-email.png" alt="Indeed" width="96">
<p><b>5 neue Jobs</b> für „Laborleitung Pharma" in Sachsen</p>
<p><a href="https://de.indeed.com/rc/clk?jk=1c0f8a2b77e3d9a4&amp;from=ja">Stellvertretende Laborleitung (m/w/d) Pharmaanalytik</a><br>AKM Analytik-Kontor Mitteldeutschland GmbH – Leipzig</p>
<p><a href="https://de.indeed.com/rc/clk?jk=6e2d4b10c9a8f713&amp;from=ja">Teamleitung QC (m/w/d)</a><br>Vakzinwerk Elbe GmbH – Dresden</p>
<p><a href="https://de.indeed.com/jobs?q=Laborleitung+Pharma&amp;l=Sachsen&amp;from=ja">Alle Jobs ansehen</a></p>
<p style="font-size:11px;color:#767676"><a href="https://de.indeed.com/alert/unsubscribe?id=c7e44b10">Abbestellen</a> · © 2025 Indeed</p>
</td></tr></table></body></html>""",
)

_alert_li2 = m(
    "k8j09",
    "2025-12-12 19:15",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Elstertal Biologics stellt ein: QC Analyst (m/w/d) Chromatographie",
    J("alert", "linkedin", EB, EBR),
    html="""<html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif;color:#191919">
<table width="512" align="center"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" width="84">
<p>Ein Unternehmen, dem Sie folgen, hat neue Stellen:</p>
<p><b>Elstertal Biologics</b> stellt ein</p>
<p>QC Analyst (m/w/d) Chromatographie · Leipzig<br>Microbiology Lab Technician (m/f/d) · Leipzig</p>
<p><a href="https://www.linkedin.com/company/elstertal-biologics/jobs/?trk=eml-company_hiring">Jobs ansehen</a></p>
<p style="font-size:12px;color:#666"><a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?trk=eml-company_hiring">Abbestellen</a> · © 2025 LinkedIn Ireland Unlimited Company</p>
</td></tr></table></body></html>""",
)

_alert_ba2 = m(
    "k8j10",
    "2026-01-05 05:10",
    "JOBBÖRSE der Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "Neue Stellenangebote zu Ihrem Suchauftrag „Chemielaborant QK“",
    J("alert", "other"),
    text="""Guten Tag Frau Albrecht-Paschke,

zu Ihrem Suchauftrag „Chemielaborant QK" (Umkreis 04229 Leipzig, 60 km) wurden 3 neue Stellenangebote veröffentlicht:

1. Chemielaborant/in Qualitätskontrolle (m/w/d) – Loschwitz Dermatika GmbH, 01326 Dresden
2. Laborant/in Inprozesskontrolle – ProLab Personalservice GmbH, 04158 Leipzig
3. Technische*r Assistent*in GMP-Qualitätskontrolle – Hansen-Institut HIBA, 04103 Leipzig

Alle Ergebnisse ansehen:
https://www.arbeitsagentur.de/jobsuche/suche?suchauftrag=9927105

Ihre Bundesagentur für Arbeit
""",
)

_outreach_ct = m(
    "k8j11",
    "2026-01-21 11:52",
    "Lisa Märtens <lisa.maertens@chemtalent.example>",
    "Teamleitung QC in Dresden – wär das was?",
    J("outreach", "agency", role="Teamleitung Qualitätskontrolle (m/w/d)"),
    text="""Hi Henrike,

ich bin über dein LinkedIn-Profil auf dich gestoßen und hab direkt an eine Suche gedacht, die ich gerade für ein wachsendes Biotech-Unternehmen in Dresden begleite: Teamleitung Qualitätskontrolle (m/w/d), 6 Leute im Team, Schwerpunkt HPLC/CE, Budget bis 70k.

Das Unternehmen möchte ich erst nennen, wenn du grundsätzlich Interesse hast – du kennst das ja.

Hast du diese oder nächste Woche 15 Minuten für einen Call?

Beste Grüße
Lisa

Lisa Märtens
Senior Consultant Life Sciences
ChemTalent Personalberatung GmbH | Dresden · Leipzig · Berlin
""",
)

_alert_sst3 = m(
    "k8j12",
    "2026-01-26 06:30",
    "StepStone Jobagent <jobagent@stepstone.de>",
    "3 neue Jobs: Qualitätskontrolle in Leipzig und Umgebung",
    J("alert", "other"),
    headers=_UNSUB_SST,
    html="""<html><body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:18px">
<img src="https://www.stepstone.de/upload_de/logo/stepstone-logo-email.png" alt="StepStone" width="120">
<p>Hallo Henrike, hier sind Ihre neuen Jobs:</p>
<p><a href="https://www.stepstone.de/stellenangebote--QC-Reviewer--12988120-inline.html?utm_source=jobagent">QC Reviewer (m/w/d) Datenintegrität</a> – Pleiße Arzneimittel GmbH, Markkleeberg</p>
<p><a href="https://www.stepstone.de/stellenangebote--Laborant-Chromatographie--12987012-inline.html?utm_source=jobagent">Laborant (m/w/d) Chromatographie</a> – Heiterblick Laborservice GmbH, Leipzig</p>
<p><a href="https://www.stepstone.de/jobagent/results/8812734?utm_source=jobagent">Alle Jobs ansehen</a></p>
<p style="font-size:11px;color:#888"><a href="https://www.stepstone.de/jobagent/unsubscribe?id=8812734">Jobagent löschen</a></p>
</td></tr></table></body></html>""",
)

MAIL: list[dict[str, Any]] = [
    _gp_sst, _gp_read, _gp_rej,
    _mc_indeed, _mc_phone, _mc_client, _mc_rej, _mc_next,
    _aps_xing, _aps_profile, _aps_sent, _aps_int, _aps_hold,
    _ln_conf, _ln_msg,
    _cp_conf,
    _lq_nudge, _lq_conf, _lq_test, _lq_rej,
    _mp_conf, _mp_rej,
    _nb_conf, _nb_rej,
    _er_conf, _er_int, _er_rej, _er_survey,
    _hl_fwd,
    _aw_conf, _aw_int, _aw_rej,
    _ld_sst,
    _alert_sst1, _alert_ba1, _alert_indeed1, _alert_li1, _alert_sst2, _alert_xing,
    _outreach_li, _alert_indeed2, _alert_li2, _alert_ba2, _outreach_ct, _alert_sst3,
]  # fmt: skip

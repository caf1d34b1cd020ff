# ruff: noqa: E501, RUF100
"""Corpus 148, job mail part two (data only): see heldout148.py."""

from __future__ import annotations

from heldout148_jobs import (
    CO,
    CO2,
    CONCLUDIS,
    CORVUS_FOOT,
    CS,
    CSR,
    DP,
    DPR,
    EH,
    EHR,
    HT,
    HTR,
    NV,
    NVR,
    PK,
    PKR,
    SD,
    SDR,
    SF,
    SF_FOOT,
    VA,
    VAR,
    WE,
    WER,
    WG,
    WGR,
    A,
    J,
    after,
    ics,
    m,
)

BA = "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>"
BA_FOOT = """\
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf – Nachrichten an diese Adresse werden nicht gelesen.
Ihre Nachrichten finden Sie im Postfach unter https://web.arbeitsagentur.de/portal/postfach

Bundesagentur für Arbeit · Regensburger Straße 104 · 90478 Nürnberg
Datenschutz: https://www.arbeitsagentur.de/datenschutz"""

ba_reg = m(
    "b12a",
    "2025-09-02 10:31",
    BA,
    "Bestätigung Ihrer Arbeitsuchendmeldung",
    J("other_job", "other"),
    text="""\
Guten Tag Herr Schubert-Nowak,

vielen Dank für Ihre Meldung. Wir bestätigen, dass Sie seit dem 01.09.2025 bei der Agentur für Arbeit Leipzig als arbeitsuchend (in ungekündigter Beschäftigung) gemeldet sind.

Damit können wir Sie bei Ihrer Suche nach einer neuen Stelle unterstützen: Ihr Profil ist für Arbeitgeber in der Jobbörse sichtbar, sofern Sie dem zugestimmt haben, und Ihre Ansprechperson in der Arbeitsvermittlung kann Ihnen passende Stellenangebote vorschlagen.

Bitte denken Sie daran, uns Änderungen – zum Beispiel die Aufnahme einer neuen Beschäftigung – umgehend mitzuteilen.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Leipzig

"""
    + BA_FOOT,
)

ba_termin = m(
    "b12b",
    "2025-09-29 08:14",
    BA,
    "Neue Nachricht in Ihrem Postfach: Einladung",
    J("other_job", "other"),
    text="""\
Guten Tag Herr Schubert-Nowak,

in Ihrem Postfach auf arbeitsagentur.de liegt eine neue Nachricht für Sie.

Betreff: Einladung zu einem Gespräch über Ihre berufliche Situation
Termin: Dienstag, 07.10.2025, 15:30 Uhr
Ort: Agentur für Arbeit Leipzig, Georg-Schumann-Straße 150, Haus 2, Zimmer 2.114
Ansprechperson: Herr Teubner, Arbeitsvermittlung

Bitte bringen Sie Ihren Lebenslauf, Ihren Gesellenbrief und einen Nachweis über die Teilnahme am Meisterlehrgang mit. Wenn Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte rechtzeitig über Ihr Postfach ab.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Leipzig

"""
    + BA_FOOT,
)

ba_search = m(
    "b12c",
    "2025-09-15 06:02",
    "Jobsuche der Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "7 neue Stellenangebote zu Ihrem Suchauftrag „Elektroniker Betriebstechnik, 25 km um Leipzig“",
    J("alert", "other"),
    text="""\
Guten Tag Herr Schubert-Nowak,

zu Ihrem gespeicherten Suchauftrag gibt es neue Stellenangebote:

• Elektroniker/in - Betriebstechnik (m/w/d) – Instandhaltung Papierherstellung
  Muldental Papier GmbH, Eilenburg – Vollzeit, Schicht

• Elektroniker für Betriebstechnik (m/w/d) Gebäudetechnik
  Universitätsnahe Servicegesellschaft, Leipzig – Vollzeit

• Elektriker / Elektroniker (m/w/d) Kundendienst
  Elektro Gerbisch & Sohn, Taucha – Vollzeit

• Industrieelektriker/in (m/w/d) Betriebstechnik – Arbeitnehmerüberlassung
  Personaldienstleister, Leipzig-Nord

… und 3 weitere Stellenangebote.

Alle Ergebnisse anzeigen: https://www.arbeitsagentur.de/jobsuche/suche?was=Elektroniker%20Betriebstechnik&wo=Leipzig&umkreis=25&angebotsart=1

Suchauftrag ändern oder löschen: https://www.arbeitsagentur.de/jobsuche/suchauftraege

"""
    + BA_FOOT,
)

ba_vv = m(
    "b12d",
    "2025-10-20 09:47",
    BA,
    "Neue Nachricht in Ihrem Postfach: Vermittlungsvorschlag",
    J("outreach", "other", PK, PKR),
    text="""\
Guten Tag Herr Schubert-Nowak,

Ihre Ansprechperson in der Arbeitsvermittlung hat Ihnen einen Vermittlungsvorschlag übermittelt:

  Stellenangebot: Elektroniker für Betriebstechnik (m/w/d) Instandhaltung Spritzguss
  Arbeitgeber: Pleißetal Kunststofftechnik GmbH
  Arbeitsort: 09116 Chemnitz
  Referenznummer: 10001-1002874511-S

Bitte bewerben Sie sich möglichst umgehend bei dem Arbeitgeber – die Kontaktdaten und die vollständige Stellenbeschreibung finden Sie im Postfach – und teilen Sie uns das Ergebnis Ihrer Bewerbung über die beigefügte Rückantwort mit.

Ihre Ansprechperson: Herr Michael Teubner, Agentur für Arbeit Leipzig

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Leipzig

"""
    + BA_FOOT,
)

pk_conf = m(
    "k12a",
    "2025-10-23 12:03",
    "Pleißetal Kunststofftechnik GmbH <bewerbung@pleissetal-kt.example>",
    "Eingangsbestätigung Ihrer Bewerbung",
    A("confirmation", PK, PKR, 12, "direct"),
    text="""\
Sehr geehrte Bewerberin, sehr geehrter Bewerber,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen sind bei uns eingegangen und werden geprüft. Wir melden uns in Kürze bei Ihnen.

Mit freundlichen Grüßen
Personalabteilung

Pleißetal Kunststofftechnik GmbH
Spritzguss · Werkzeugbau · Baugruppenmontage
Neefestraße 190 · 09116 Chemnitz
Tel. 0371 3 36 72-0 · www.pleissetal-kt.example
Geschäftsführer: Dipl.-Ing. Gunter Reichel · Amtsgericht Chemnitz HRB 21 094
""",
)

ba_rueck = m(
    "b12e",
    "2025-11-03 09:05",
    BA,
    "Neue Nachricht in Ihrem Postfach: Bitte um Rückmeldung zum Vermittlungsvorschlag",
    J("other_job", "other", PK, PKR),
    text="""\
Guten Tag Herr Schubert-Nowak,

am 20.10.2025 haben wir Ihnen einen Vermittlungsvorschlag für die Stelle „Elektroniker für Betriebstechnik (m/w/d) Instandhaltung Spritzguss“ bei der Pleißetal Kunststofftechnik GmbH übermittelt.

Bitte teilen Sie uns mit, ob Sie sich beworben haben und wie der Stand Ihrer Bewerbung ist. Nutzen Sie dafür die Rückantwort in Ihrem Postfach.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Leipzig

"""
    + BA_FOOT,
)

pk_rej = m(
    "k12b",
    "2025-11-19 14:21",
    '"Reichel, Sabine" <s.reichel@pleissetal-kt.example>',
    "Ihre Bewerbungsunterlagen",
    A("rejection", PK, PKR, 12, "direct"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Bewerbung als Elektroniker für Betriebstechnik in unserer Instandhaltung und das Interesse an unserem Unternehmen.

Ihr beruflicher Werdegang und Ihre Weiterbildung zum Meister haben uns durchaus angesprochen. Nach Abwägung aller Bewerbungen haben wir uns jedoch für einen Bewerber aus der Region Chemnitz entschieden, der bereits Erfahrung an Spritzgießmaschinen mitbringt und für den Dreischichtbetrieb kurzfristig verfügbar ist.

Anbei erhalten Sie Ihre Unterlagen zurück. Kopien haben wir nicht zurückbehalten.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Sabine Reichel
Personal / Lohn

Pleißetal Kunststofftechnik GmbH
Neefestraße 190 · 09116 Chemnitz
Tel. 0371 3 36 72-14
""",
    attach=[
        ("Anschreiben_Schubert-Nowak.pdf", "application/pdf", "%PDF-1.5\n% Anschreiben\n"),
        ("Lebenslauf_Schubert-Nowak.pdf", "application/pdf", "%PDF-1.5\n% Lebenslauf\n"),
        (
            "Zeugnisse_Gesellenbrief_Schubert-Nowak.pdf",
            "application/pdf",
            "%PDF-1.5\n% Zeugnisse\n",
        ),
    ],
)

ht_auto = m(
    "t13a",
    "2025-10-27 21:12",
    "Hotel Elbterrassen Dresden | Personal <personal@elbterrassen-hotel.example>",
    "Automatische Antwort: Bewerbung als Haustechniker (m/w/d) – Ronny Schubert-Nowak",
    J("other_job", "direct", HT, HTR),
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 31.10.2025 nicht im Haus. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Rezeption unter 0351 8 11 70-0 oder an rezeption@elbterrassen-hotel.example.

Mit freundlichen Grüßen
Maren Teichert
Personal & Verwaltung
Hotel Elbterrassen Dresden
""",
    **after("<0d9e2c51-aa37-4f1b-9b80-3e6c5d71f0a4@web.de>"),
)

ht_rej = m(
    "t13b",
    "2025-11-05 11:46",
    "Maren Teichert <m.teichert@elbterrassen-hotel.example>",
    "Ihre Bewerbung vom 27.10.2025",
    A("rejection", HT, HTR, 13, "direct"),
    html="""\
<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;font-size:14px;color:#2b2b2b">
<p>Sehr geehrter Herr Schubert-Nowak,</p>
<p>haben Sie vielen Dank für Ihre Bewerbung als Haustechniker (m/w/d) in unserem Haus. Ihre Unterlagen haben uns gut gefallen, und wir haben uns sehr über Ihr Interesse am Hotel Elbterrassen gefreut.</p>
<p>Nach reiflicher Überlegung haben wir uns jedoch für einen Mitbewerber entschieden, der bereits mehrere Jahre Erfahrung in der Haustechnik eines Hotelbetriebs mitbringt – insbesondere mit unserer Lüftungs- und Kälteanlage sowie der Küchentechnik.</p>
<p>Wir bedauern, Ihnen keine positive Nachricht geben zu können, und wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br><br>
<b>Maren Teichert</b><br>Personal &amp; Verwaltung</p>
<table style="border-top:1px solid #b89b5e;padding-top:8px;font-size:12px;color:#6b6b6b"><tr>
<td><img src="https://www.elbterrassen-hotel.example/img/signet.png" alt="Hotel Elbterrassen Dresden ****S" width="80"></td>
<td style="padding-left:12px">Hotel Elbterrassen Dresden · Körnerweg 5 · 01326 Dresden<br>
Tel. +49 351 8 11 70-0 · www.elbterrassen-hotel.example<br>
Elbterrassen Hotelbetriebs GmbH · AG Dresden HRB 33 281 · GF: Nikolaus Freiherr von Brandis</td></tr></table>
</body></html>
""",
)

we_ack = m(
    "n14a",
    "2025-11-03 10:22",
    "Haustechnik Wendler <info@haustechnik-wendler.example>",
    "AW: Initiativbewerbung als Elektroniker – Ronny Schubert-Nowak",
    A("confirmation", WE, WER, 14, "direct"),
    text="""\
Guten Tag Herr Schubert-Nowak,

vielen Dank für Ihre Bewerbung. Mein Mann ist diese Woche auf Montage in Borna, er meldet sich nächste Woche bei Ihnen.

Mit freundlichen Grüßen
Kerstin Wendler
(Büro)

Haustechnik Wendler
Heizung · Sanitär · Elektro · Wärmepumpen
Inh. Steffen Wendler, Installateur- und Heizungsbauermeister
Am Wolfswinkel 3 · 04416 Markkleeberg
Tel. 0341 3 58 16 27
""",
    **after("<e4b71c02-93ad-4d8f-b1c6-58a0f2e7d913@web.de>"),
)

we_visit = m(
    "n14b",
    "2025-11-12 20:41",
    "Steffen Wendler <steffen.wendler@web.de>",
    "Bewerbung",
    A("interview", WE, WER, 14, "direct"),
    text="""\
Hallo Ronny,

ich sag einfach mal du, machen wir hier alle so.
Hast du Samstag Zeit? 10 Uhr bei uns in der Werkstatt, Am Wolfswinkel 3. Dann zeig ich dir was wir so machen und wir reden mal.

Steffen
0172 6 19 44 08
""",
)

we_hold = m(
    "n14c",
    "2025-11-17 21:05",
    "Steffen Wendler <steffen.wendler@web.de>",
    "Re: Bewerbung",
    A("confirmation", WE, WER, 14, "direct"),
    st="on_hold",
    text="""\
Hallo Ronny,

hat mich gefreut am Samstag, du weißt was du tust, das merkt man.

Ich sag dir ehrlich wie es ist: die Wärmepumpen laufen gerade nicht so wie gedacht, seit keiner weiß wie es mit der Förderung weitergeht. Ich kann vor dem Frühjahr niemanden fest einstellen, das wär unseriös. Ich meld mich spätestens im März wieder. Wenn du bis dahin was anderes findest, nimm es, ich bin dir nicht böse.

Gruß Steffen
""",
    **after(we_visit),
)

we_congrats = m(
    "n14d",
    "2026-02-09 19:18",
    "Steffen Wendler <steffen.wendler@web.de>",
    "Glückwunsch",
    J("other_job", "direct", WE, WER),
    text="""\
Hallo Ronny,

hab von Kerstin gehört (ihre Schwester sitzt bei den Elsterwerken in der Buchhaltung, Leipzig ist ein Dorf), dass du im April beim Netz anfängst. Glückwunsch, gute Entscheidung, sicherer Laden.

Wenns dir da irgendwann zu ruhig wird, weißt du wo du mich findest.

Steffen
""",
)

wg_conf = m(
    "g15a",
    "2025-11-18 21:34",
    "meinestadt.de <noreply@meinestadt.de>",
    "Deine Bewerbung als Haustechniker (m/w/d) wurde verschickt",
    A("confirmation", WG, WGR, 15, "other"),
    html="""\
<html><body style="font-family:Arial,sans-serif;background:#f4f6f8">
<table width="600" align="center" style="background:#fff;padding:20px">
<tr><td><img src="https://static.meinestadt.de/email/logo-meinestadt.png" alt="meinestadt.de" width="150"></td></tr>
<tr><td>
<h2 style="color:#003d6b">Hallo Ronny,</h2>
<p>deine Bewerbung ist raus! Wir haben sie erfolgreich an folgendes Unternehmen übermittelt:</p>
<table style="border:1px solid #dde3e8;padding:12px;width:100%"><tr><td>
<b>Haustechniker (m/w/d)</b><br>Wohnungsgenossenschaft Lindenhof eG<br>04177 Leipzig-Lindenau · Vollzeit
</td></tr></table>
<p>Das Unternehmen meldet sich direkt bei dir. Bis dahin: Drück die Daumen – und schau dir ähnliche Jobs in Leipzig an.</p>
<p><a href="https://jobs.meinestadt.de/leipzig/suche?words=Haustechniker&amp;utm_source=transactional&amp;utm_campaign=apply_confirm" style="background:#e2001a;color:#fff;padding:10px 16px;text-decoration:none">Ähnliche Jobs ansehen</a></p>
<p style="font-size:11px;color:#888">meinestadt.de GmbH · Im Mediapark 6a · 50670 Köln<br>Du erhältst diese E-Mail, weil du dich über meinestadt.de beworben hast.</p>
</td></tr></table></body></html>
""",
)

co2_conf = m(
    "c16a",
    "2025-11-20 21:02",
    CONCLUDIS,
    f"Ihre Bewerbung: {CO2}",
    A("confirmation", CO, CO2, 16, "other"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Bewerbung als Servicetechniker Elektro- und Sicherheitstechnik (m/w/d) in der Region Chemnitz (Kennziffer CFS-CH-2025-31).

Wir haben Ihre Unterlagen erhalten und werden diese schnellstmöglich prüfen. Über den weiteren Verlauf informieren wir Sie per E-Mail.

Hinweis: Wir sehen, dass Sie sich bereits früher auf eine andere Stelle in unserem Unternehmen beworben haben. Ihre Bewerbungen werden unabhängig voneinander bearbeitet.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Corvus Gruppe

"""
    + CORVUS_FOOT,
)

_co_ev = "040000008200E00074C5B7101A82E00800000000C0A43E7F6B66DC01000000000000000010000000D4E8"
co2_inv = m(
    "c16b",
    "2025-12-03 13:44",
    '"Baumann, Enrico" <enrico.baumann@corvus-fm.example>',
    "Corvus | Gespräch Servicetechniker Region Chemnitz",
    A("interview", CO, CO2, 16, "direct"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Bewerbung. Ich bin Regionalleiter Technik für Südwestsachsen und würde Sie gern in einem ersten Gespräch per Microsoft Teams kennenlernen.

Termin: Mittwoch, 10.12.2025, 15:30 Uhr (ca. 45 Minuten)

Die Einladung mit dem Teams-Link erhalten Sie mit dieser Mail. Sie brauchen keine Software zu installieren, der Browser reicht. Bitte halten Sie Ihren Führerschein bereit – die Stelle ist mit einem Firmenwagen verbunden, den Sie auch privat nutzen dürfen.

Mit freundlichen Grüßen
Enrico Baumann
Regionalleiter Technik Südwestsachsen

Corvus Facility Services GmbH
Niederlassung Chemnitz · Annaberger Straße 240 · 09125 Chemnitz
Mobil +49 162 2 90 71 35

"""
    + CORVUS_FOOT.split("\n\n")[0],
    ics=ics(
        _co_ev,
        "2025-12-10 15:30",
        "Gespräch Servicetechniker Region Chemnitz – Schubert-Nowak",
        ('"Baumann, Enrico"', "enrico.baumann@corvus-fm.example"),
        minutes=45,
        style="outlook",
        location="Microsoft Teams-Besprechung",
        description="Microsoft Teams Hilfe benötigt?\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjE2YzQtYjZhNC00@thread.v2/0\nBesprechungs-ID: 372 118 904 55\nPasscode: t8Q2pZ",
    ),
)

co2_auto = m(
    "c16c",
    "2026-01-14 07:02",
    '"Baumann, Enrico" <enrico.baumann@corvus-fm.example>',
    "Automatische Antwort: Nachfrage Bewerbung Servicetechniker Region Chemnitz",
    J("other_job", "direct", CO, CO2),
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""\
Vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 16.01.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden technischen Fällen wenden Sie sich bitte an die Leitstelle unter 0371 5 20 88-0.

Mit freundlichen Grüßen
Enrico Baumann
""",
    **after("<3b8d5f20-71c4-4e69-a0d2-9c14e7b6f385@web.de>"),
)

EHSR = "Elbtal Halbleiter Services <noreply@smartrecruiters.com>"
eh_conf = m(
    "h17a",
    "2025-11-24 20:09",
    EHSR,
    "Vielen Dank für Ihre Bewerbung bei Elbtal Halbleiter Services",
    A("confirmation", EH, EHR, 17, "smartrecruiters"),
    text="""\
Hallo Ronny,

vielen Dank für Ihr Interesse an der Position Elektroniker für Betriebstechnik (m/w/d) Facility Reinraum an unserem Standort Dresden-Klotzsche.

Wir haben Ihre Bewerbung erhalten. Unser Recruiting-Team sieht sich Ihr Profil an und meldet sich, sobald es Neuigkeiten gibt.

Sie können den Status Ihrer Bewerbung jederzeit hier verfolgen:
https://jobs.smartrecruiters.com/ElbtalHalbleiterServices/744000091827345-elektroniker-fur-betriebstechnik-m-w-d-facility-reinraum

Mit freundlichen Grüßen
Talent Acquisition
Elbtal Halbleiter Services GmbH

--
Powered by SmartRecruiters · Datenschutzrichtlinie: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
""",
)

eh_test = m(
    "h17b",
    "2025-12-02 10:30",
    "TestGorilla <no-reply@testgorilla.com>",
    "Elbtal Halbleiter Services hat Sie zu einem Assessment eingeladen",
    A("assessment", EH, EHR, 17, "other"),
    html="""\
<html><body style="font-family:Arial,sans-serif;background:#f7f7f7">
<table width="600" align="center" style="background:#fff;padding:28px">
<tr><td><img src="https://assets.testgorilla.com/email/logo.png" alt="TestGorilla" width="140"></td></tr>
<tr><td>
<p>Hallo Ronny Schubert-Nowak,</p>
<p><b>Elbtal Halbleiter Services GmbH</b> hat Sie eingeladen, das Assessment <b>„Elektroniker Facility Reinraum – Technische Grundlagen“</b> abzuschließen.</p>
<p>Das Assessment besteht aus 4 Tests (Elektrotechnik, Mechanisches Verständnis, Aufmerksamkeit für Details, Englisch B1) und dauert etwa 50 Minuten. Bitte schließen Sie es bis zum <b>09.12.2025</b> ab.</p>
<p style="text-align:center"><a href="https://app.testgorilla.com/s/9x2kq7mf?utm_source=invite" style="background:#46a997;color:#fff;padding:14px 28px;border-radius:6px;text-decoration:none">Assessment starten</a></p>
<p style="font-size:13px;color:#555">Tipps: Nutzen Sie einen Computer mit Webcam, eine stabile Internetverbindung und einen ruhigen Raum. Während des Tests können Webcam-Schnappschüsse aufgenommen werden, um Betrug vorzubeugen.</p>
<p style="font-size:11px;color:#999">Diese E-Mail wurde im Auftrag von Elbtal Halbleiter Services GmbH gesendet. TestGorilla B.V., Amsterdam.</p>
</td></tr></table></body></html>
""",
)

eh_remind = m(
    "h17c",
    "2025-12-07 10:30",
    "TestGorilla <no-reply@testgorilla.com>",
    "Erinnerung: Ihr Assessment läuft in 2 Tagen ab",
    A("assessment", EH, EHR, 17, "other"),
    text="""\
Hallo Ronny Schubert-Nowak,

nur eine kurze Erinnerung: Ihr Assessment „Elektroniker Facility Reinraum – Technische Grundlagen“ von Elbtal Halbleiter Services GmbH läuft am 09.12.2025 ab.

Assessment fortsetzen: https://app.testgorilla.com/s/9x2kq7mf?utm_source=reminder

Viel Erfolg!
Das TestGorilla-Team
""",
)

eh_rej = m(
    "h17d",
    "2025-12-18 16:03",
    EHSR,
    "Ihre Bewerbung als Elektroniker für Betriebstechnik (m/w/d) Facility Reinraum",
    A("rejection", EH, EHR, 17, "smartrecruiters"),
    text="""\
Hallo Ronny,

vielen Dank für Ihre Geduld und die Zeit, die Sie in das Assessment investiert haben.

Wir haben alle Bewerbungen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns entschieden haben, mit anderen Kandidatinnen und Kandidaten weiterzumachen, deren Erfahrung in Reinraum- und Medienversorgungsanlagen besser zu den aktuellen Anforderungen passt.

Wir speichern Ihr Profil gern für zukünftige Positionen, sofern Sie dem zugestimmt haben.

Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Jobsuche.

Mit freundlichen Grüßen
Talent Acquisition
Elbtal Halbleiter Services GmbH

--
Powered by SmartRecruiters
""",
)

CSSG = "ChemSite Services Schkopau GmbH <noreply@softgarden.io>"
cs_nudge = m(
    "s18a",
    "2025-11-27 18:00",
    CSSG,
    "Ihre Bewerbung ist noch nicht abgeschlossen",
    J("alert", "other", CS, CSR),
    text="""\
Guten Tag,

Sie haben begonnen, sich auf die Stelle Elektroniker für Betriebstechnik EMSR (m/w/d) zu bewerben, Ihre Bewerbung aber noch nicht abgeschickt.

Ihre bisherigen Angaben sind gespeichert. Setzen Sie die Bewerbung einfach hier fort:
https://chemsite-schkopau.softgarden.io/job/51027733/apply?continue=1

Die Stelle ist noch bis zum 15.12.2025 ausgeschrieben.

Ihr Recruiting-Team
ChemSite Services Schkopau GmbH
Dieses Schreiben wurde über softgarden versendet.
""",
)

cs_conf = m(
    "s18b",
    "2025-12-01 20:26",
    CSSG,
    "Bewerbungseingang: Elektroniker für Betriebstechnik EMSR (m/w/d)",
    A("confirmation", CS, CSR, 18, "other"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Bewerbung als Elektroniker für Betriebstechnik EMSR (m/w/d) am Chemiestandort Schkopau.

Wir haben Ihre Unterlagen erhalten. Bitte beachten Sie, dass für Tätigkeiten am Standort eine Sicherheitsüberprüfung sowie eine Zuverlässigkeitsprüfung erforderlich sind; hierzu informieren wir Sie gegebenenfalls im weiteren Verlauf.

Über Ihr Bewerberprofil können Sie jederzeit den Stand einsehen:
https://chemsite-schkopau.softgarden.io/de/candidate/applications

Mit freundlichen Grüßen
Ihr Recruiting-Team
ChemSite Services Schkopau GmbH · Standortbetreiber-Dienstleistungen · 06258 Schkopau
Dieses Schreiben wurde über softgarden versendet.
""",
)

nv_sent = m(
    "v19a",
    "2025-12-08 21:15",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Ronny, your application was sent to Nordvind Service",
    A("confirmation", NV, NVR, 19, "linkedin", lang="en"),
    text="""\
Your application was sent to Nordvind Service

Service Technician Wind (m/f/d)
Nordvind Service · Saxony-Anhalt, Germany (On-site)
Applied on December 8, 2025

Now, take these next steps for more success with your job search:
Review your application: https://www.linkedin.com/jobs/view/4090817263/?trk=eml-email_application_confirmation
Set up job alerts for similar roles: https://www.linkedin.com/jobs/search/?keywords=service%20technician%20wind

----------------------------------------
This email was intended for Ronny Schubert-Nowak (Elektroniker für Betriebstechnik | angehender Elektromeister)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn is a registered business name of LinkedIn Ireland Unlimited Company.
""",
)

nv_viewed = m(
    "v19b",
    "2025-12-10 08:44",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Your application was viewed by Nordvind Service",
    A("viewed", NV, NVR, 19, "linkedin", lang="en"),
    text="""\
Your application was viewed

Nordvind Service viewed your application for Service Technician Wind (m/f/d).

View job: https://www.linkedin.com/jobs/view/4090817263/?trk=eml-jobs_application_viewed

Tip: Candidates who follow up with a short message to the job poster are more likely to hear back.

----------------------------------------
This email was intended for Ronny Schubert-Nowak (Elektroniker für Betriebstechnik | angehender Elektromeister)
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
)

nv_rej = m(
    "v19c",
    "2026-01-07 13:20",
    "Nordvind Service Recruitment <recruitment@nordvind.example>",
    "Your application – Service Technician Wind (m/f/d), Saxony-Anhalt",
    A("rejection", NV, NVR, 19, "direct", lang="en"),
    text="""\
Dear Ronny,

Thank you for your interest in joining Nordvind Service and for taking the time to apply for the Service Technician Wind position in Saxony-Anhalt.

We were impressed by your electrical background and your ongoing master craftsman training. However, for this role we need candidates who already hold valid GWO Basic Safety Training certificates and have hands-on experience working at heights on turbines, as our winter service campaign starts immediately.

We have therefore decided not to move forward with your application at this time. We would encourage you to keep an eye on our careers page – we regularly run trainee technician programmes that include the GWO training.

Best regards,

Freja Lindqvist
Talent Acquisition Specialist, Central Europe
Nordvind Service Deutschland GmbH | Hamburg

Nordvind Service Deutschland GmbH · Registered office: Hamburg · Amtsgericht Hamburg HRB 170 221
""",
)

dp_conf = m(
    "d20a",
    "2025-12-15 21:48",
    "XING <mailrobot@mail.xing.com>",
    "Ihre Bewerbung bei Druckhaus Plagwitz GmbH wurde versendet",
    A("confirmation", DP, DPR, 20, "other"),
    text="""\
Hallo Ronny Schubert-Nowak,

Ihre Bewerbung auf die Stelle

  Elektroniker für Betriebstechnik (m/w/d) Druckmaschinen
  Druckhaus Plagwitz GmbH, Leipzig

wurde erfolgreich versendet. Das Unternehmen hat Ihr XING-Profil und Ihre Anlagen erhalten.

Behalten Sie den Überblick über Ihre Bewerbungen: https://www.xing.com/jobs/my-jobs/applied

Viel Erfolg!
Ihr XING Team

New Work SE · Am Strandkai 1 · 20457 Hamburg
Benachrichtigungseinstellungen: https://www.xing.com/settings/notifications
""",
)

FOERSTER = "Heiko Förster <h.foerster@druckhaus-plagwitz.example>"
dp_call = m(
    "d20b",
    "2026-01-08 10:15",
    FOERSTER,
    "Ihre Bewerbung – kurzer Telefontermin?",
    A("interview", DP, DPR, 20, "direct"),
    text="""\
Guten Tag Herr Schubert-Nowak,

Ihre Bewerbung über XING liegt mir vor, danke dafür. Bevor wir Sie einladen, würde ich gern kurz telefonieren.

Passt Ihnen Montag, 12.01., um 7:15 Uhr vor Ihrem Arbeitsbeginn? Dann rufen Sie mich bitte unter 0341 4 92 18-31 an.

Freundliche Grüße
Heiko Förster
Leiter Technik / Instandhaltung
Druckhaus Plagwitz GmbH · Karl-Heine-Straße 99 · 04229 Leipzig
""",
)

dp_rej = m(
    "d20c",
    "2026-01-20 15:02",
    FOERSTER,
    "Rückmeldung",
    A("rejection", DP, DPR, 20, "direct"),
    text="""\
Guten Tag Herr Schubert-Nowak,

danke für das offene Telefonat letzte Woche. Wir haben uns entschieden, die Stelle mit einem Kollegen zu besetzen, der schon jahrelang an Bogenoffsetmaschinen gearbeitet hat – die Einarbeitung bei uns ist sonst einfach zu lang, und wir sind in der Instandhaltung nur zu dritt.

Ihnen alles Gute, vor allem für die Meisterprüfung!

Freundliche Grüße
Heiko Förster
""",
    **after(dp_call),
)

sd_conf = m(
    "a21a",
    "2026-01-05 20:31",
    "Indeed Apply <indeedapply@indeed.com>",
    f"Bewerbung gesendet: {SDR}",
    A("confirmation", SD, SDR, 21, "indeed"),
    text="""\
Ihre Bewerbung wurde gesendet

Prüffeldtechniker / Inbetriebnehmer (m/w/d)
Schaltanlagenbau Delitzsch GmbH & Co. KG – Delitzsch

Folgende Angaben wurden an Schaltanlagenbau Delitzsch GmbH & Co. KG übermittelt:
• Kontaktdaten
• Lebenslauf (Lebenslauf_Schubert-Nowak_2026.pdf)

Wenn der Arbeitgeber Interesse hat, meldet er sich direkt bei Ihnen.
Meine Bewerbungen: https://myjobs.indeed.com/applied?from=ia_confirmation_email

Das Indeed-Team
© 2026 Indeed · Indeed Ireland Operations Ltd., 124 St. Stephen's Green, Dublin 2, Irland
""",
)

sd_inv = m(
    "a21b",
    "2026-01-14 09:26",
    "Schaltanlagenbau Delitzsch – Personal <personal@sab-delitzsch.example>",
    "Einladung zum Vorstellungsgespräch",
    A("interview", SD, SDR, 21, "direct"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Bewerbung über Indeed als Prüffeldtechniker / Inbetriebnehmer (m/w/d).

Wir möchten Sie gern kennenlernen und laden Sie ein zu einem Vorstellungsgespräch am Dienstag, 20.01.2026, um 14:00 Uhr in unserem Werk in Delitzsch (Am Wasserturm 12). Gesprächspartner sind Herr Bräuer (Leiter Prüffeld) und Frau Dathe (Personal). Im Anschluss zeigen wir Ihnen das Prüffeld und die Endmontage der Niederspannungs-Schaltanlagen.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
i. A. Romy Dathe
Personal

Schaltanlagenbau Delitzsch GmbH & Co. KG · Am Wasserturm 12 · 04509 Delitzsch
AG Leipzig HRA 18 604 · pers. haftende Gesellschafterin: SAB Verwaltungs-GmbH, AG Leipzig HRB 29 117
""",
    ics=ics(
        "4r8t1y6u3i0o9p2a5s7d1f3g@google.com",
        "2026-01-20 14:00",
        "Vorstellungsgespräch Prüffeldtechniker – Hr. Schubert-Nowak",
        ("Romy Dathe", "personal@sab-delitzsch.example"),
        minutes=90,
        location="Schaltanlagenbau Delitzsch, Am Wasserturm 12, 04509 Delitzsch",
    ),
)

va2_alert = m(
    "v22a",
    "2026-01-08 07:30",
    "Vantor Automotive Talent Community <talentcommunity@vantor-automotive.example>",
    "Neue Stelle für Sie: Elektroniker für Betriebstechnik – Instandhaltung Karosseriebau (m/w/d)",
    J("alert", "other", VA, VAR),
    html="""\
<html><body style="font-family:Arial,sans-serif;color:#1d1d1b">
<div style="max-width:620px;margin:auto">
<p>Hallo Ronny,</p>
<p>passend zu Ihren Interessen haben wir eine neue Stelle veröffentlicht:</p>
<table style="border:1px solid #ccc;width:100%;padding:12px"><tr><td>
<a href="https://career5.successfactors.eu/career?company=vantorautoP&amp;career_job_req_id=5312" style="font-size:16px;color:#0b2545"><b>Elektroniker für Betriebstechnik – Instandhaltung Karosseriebau (m/w/d)</b></a><br>
Werk Leipzig · Vollzeit · 3-Schicht · Referenznummer 5312</td></tr></table>
<p>Weitere Stellen: <a href="https://career5.successfactors.eu/career?company=vantorautoP">Karriereportal</a></p>
<p style="font-size:11px;color:#888">Sie erhalten diese E-Mail als Mitglied der Vantor Talent Community. <a href="https://www.vantor-automotive.example/tc/unsubscribe?u=88213">Abmelden</a></p>
</div></body></html>
""",
    headers={"List-Unsubscribe": "<https://www.vantor-automotive.example/tc/unsubscribe?u=88213>"},
)

_va_conf2 = """\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Bewerbung als Elektroniker für Betriebstechnik – Instandhaltung Karosseriebau (m/w/d) (Referenznummer 5312) im Werk Leipzig und für Ihr Interesse an der Vantor Automotive Sachsen GmbH.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung nun sorgfältig und melden uns so schnell wie möglich bei Ihnen.

Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem Kandidatenprofil:
https://career5.successfactors.eu/career?company=vantorautoP&career_ns=job_application&navBarLevel=MY_PROFILE

Mit freundlichen Grüßen

Ihr Recruiting-Team Werk Leipzig
Vantor Automotive Sachsen GmbH

"""

va2_conf = m(
    "v22b",
    "2026-01-12 20:58",
    SF,
    f"Ihre Bewerbung als {VAR} – Referenznummer 5312",
    A("confirmation", VA, VAR, 22, "other"),
    text=_va_conf2 + SF_FOOT,
)

OPITZ = '"Opitz, Sandra" <sandra.opitz@vantor-automotive.example>'
OPITZ_SIG = """\
Mit freundlichen Grüßen

Sandra Opitz
HR Business Partner Instandhaltung & Technik
Vantor Automotive Sachsen GmbH · Werk Leipzig
Tel. +49 341 2 47 90-4412
sandra.opitz@vantor-automotive.example

Vantor Automotive Sachsen GmbH · Sitz: Leipzig · Amtsgericht Leipzig HRB 38 214
Geschäftsführung: Dr. Matthias Berendt, Claudia Vogt-Lehmann"""
_va_ev = "040000008200E00074C5B7101A82E008000000004082B5C1D18ADC01000000000000000010000000A9F2"

va2_inv = m(
    "v22c",
    "2026-01-22 11:37",
    OPITZ,
    "Einladung zum Vorstellungsgespräch – Referenznummer 5312",
    A("interview", VA, VAR, 22, "direct"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre erneute Bewerbung bei uns – schön, dass Sie es noch einmal versuchen!

Da Sie den Online-Eignungstest im September bereits absolviert haben und Ihre Ergebnisse weiterhin gültig sind, entfällt dieser Schritt. Wir möchten Sie stattdessen direkt zu einem Vorstellungsgespräch einladen:

  Donnerstag, 29.01.2026, 09:30 Uhr
  Werk Leipzig, Verwaltungsgebäude B, Raum 2.14
  Gesprächspartner: Herr Kunert (Meister Instandhaltung Karosseriebau), ich

Bitte melden Sie sich 15 Minuten vorher mit Ihrem Personalausweis an der Werkswache Tor 1; dort erhalten Sie einen Besucherausweis.

Die Einladung erhalten Sie zusätzlich als Kalendereintrag.

"""
    + OPITZ_SIG,
    ics=ics(
        _va_ev,
        "2026-01-29 09:30",
        "Vorstellungsgespräch Ref. 5312 – Schubert-Nowak",
        ('"Opitz, Sandra"', "sandra.opitz@vantor-automotive.example"),
        minutes=75,
        style="outlook",
        attendees=[('"Kunert, Dirk"', "dirk.kunert@vantor-automotive.example")],
        location="Werk Leipzig, Verwaltungsgebäude B, Raum 2.14",
    ),
)

va2_cancel = m(
    "v22d",
    "2026-01-27 10:02",
    OPITZ,
    "Abgesagt: Vorstellungsgespräch Ref. 5312 – Schubert-Nowak",
    A("interview", VA, VAR, 22, "direct"),
    st="withdrawn",
    text="Der Termin wurde vom Organisator abgesagt.\n",
    ics=ics(
        _va_ev,
        "2026-01-29 09:30",
        "Abgesagt: Vorstellungsgespräch Ref. 5312 – Schubert-Nowak",
        ('"Opitz, Sandra"', "sandra.opitz@vantor-automotive.example"),
        minutes=75,
        style="outlook",
        method="CANCEL",
        location="Werk Leipzig, Verwaltungsgebäude B, Raum 2.14",
    ),
)

va2_withdrawn = m(
    "v22e",
    "2026-01-27 10:06",
    OPITZ,
    "AW: Einladung zum Vorstellungsgespräch – Referenznummer 5312",
    A("confirmation", VA, VAR, 22, "direct"),
    st="withdrawn",
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre offene und frühzeitige Rückmeldung – das wissen wir zu schätzen, auch wenn wir es natürlich bedauern.

Wie gewünscht habe ich Ihre Bewerbung auf die Referenznummer 5312 zurückgezogen und den Termin am Donnerstag storniert. Herzlichen Glückwunsch zur neuen Stelle und alles Gute für den Start im April!

"""
    + OPITZ_SIG
    + """

Von: Ronny Schubert-Nowak <ronny.schubert-nowak@web.de>
Gesendet: Montag, 26. Januar 2026 21:12
An: Opitz, Sandra <sandra.opitz@vantor-automotive.example>
Betreff: Re: Einladung zum Vorstellungsgespräch – Referenznummer 5312

Sehr geehrte Frau Opitz,

vielen Dank für die Einladung. Ich habe inzwischen eine Zusage bei einem anderen Arbeitgeber angenommen und möchte meine Bewerbung deshalb zurückziehen, damit der Termin anderweitig vergeben werden kann.

Mit freundlichen Grüßen
Ronny Schubert-Nowak
""",
    **after("<91f0c6e3-48b2-4d7a-b5e9-2a6c0d83f174@web.de>"),
)

# --- alerts, outreach and other job mail ---------------------------------------------------

ind_alert1 = m(
    "i90a",
    "2025-09-07 05:44",
    "Indeed <alert@indeed.com>",
    "Elektroniker Instandhaltung in Leipzig: 14 neue Jobs",
    J("alert", "indeed"),
    html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center"><tr><td>
<p style="font-size:18px"><b>14 neue Jobs</b> für „Elektroniker Instandhaltung“ in Leipzig</p>
<table cellpadding="8">
<tr><td><a href="https://de.indeed.com/rc/clk?jk=8d2f1c4ab77e09c3&amp;from=ja">Elektroniker (m/w/d) Instandhaltung – Schichtdienst</a><br>Feinback Sachsen GmbH · Landsberg (Saalekreis)<br><span style="color:#595959">Einfach bewerben · 3.100 € – 3.500 € pro Monat</span></td></tr>
<tr><td><a href="https://de.indeed.com/rc/clk?jk=1a77c0e9f2b34d58&amp;from=ja">Instandhaltungselektriker (m/w/d)</a><br>Saalefrost Tiefkühlkost GmbH · Halle (Saale)<br><span style="color:#595959">Vollzeit · Schichtarbeit</span></td></tr>
<tr><td><a href="https://de.indeed.com/rc/clk?jk=c39e4a1b8f0d2e76&amp;from=ja">Betriebselektriker (m/w/d) – Logistikzentrum</a><br>Personalservice Mitte · Leipzig<br><span style="color:#595959">Neu · Arbeitnehmerüberlassung</span></td></tr>
</table>
<p><a href="https://de.indeed.com/jobs?q=Elektroniker+Instandhaltung&amp;l=Leipzig&amp;from=ja_more">Alle 14 Jobs ansehen</a></p>
<p style="font-size:11px;color:#767676">Sie erhalten diese Jobempfehlungen, weil Sie einen Job-Alert bei Indeed erstellt haben. <a href="https://de.indeed.com/alert/unsubscribe?t=Jk3e">Abbestellen</a></p>
</td></tr></table></body></html>
""",
    headers={"List-Unsubscribe": "<https://de.indeed.com/alert/unsubscribe?t=Jk3e>"},
)

ind_alert2 = m(
    "i90b",
    "2025-12-14 05:51",
    "Indeed <alert@indeed.com>",
    "Prüffeldtechniker und 9 weitere neue Jobs in der Nähe von Leipzig",
    J("alert", "indeed"),
    text="""\
Neue Jobs für Sie – „Elektroniker“ in der Nähe von Leipzig

Prüffeldtechniker / Inbetriebnehmer (m/w/d)
Schaltanlagenbau Delitzsch GmbH & Co. KG – Delitzsch
https://de.indeed.com/rc/clk?jk=55b0e1d7a9c2f438&from=ja

Elektroniker für Energie- und Gebäudetechnik (m/w/d)
Stadtwerke Markranstädt – Markranstädt
https://de.indeed.com/rc/clk?jk=e02d7c1b6a9f3e15&from=ja

Servicetechniker Elektro (m/w/d) Brandmeldeanlagen
Securitas-Nord Sicherheitstechnik – Leipzig
https://de.indeed.com/rc/clk?jk=7f4a2c9e1d0b8a63&from=ja

Alle Jobs ansehen: https://de.indeed.com/jobs?q=Elektroniker&l=Leipzig&from=ja_more

Sie erhalten diese E-Mail, weil Sie Job-Alerts bei Indeed abonniert haben. Abbestellen: https://de.indeed.com/alert/unsubscribe?t=Jk3e
""",
)

ind_outreach = m(
    "i90c",
    "2025-10-30 14:22",
    "Indeed <donotreply@match.indeed.com>",
    "Ein Arbeitgeber möchte, dass Sie sich bewerben: Elektroniker (m/w/d) Service Windpark",
    J("outreach", "indeed", "Energiepark Service Mitte", "Elektroniker (m/w/d) Service Windpark"),
    text="""\
Hallo Ronny,

Energiepark Service Mitte GmbH hat Ihren Lebenslauf auf Indeed gefunden und lädt Sie ein, sich zu bewerben:

  Elektroniker (m/w/d) Service Windpark
  Energiepark Service Mitte GmbH – Bitterfeld-Wolfen
  Vollzeit · ab 3.400 € pro Monat · Firmenwagen

Nachricht des Arbeitgebers:
„Hallo Herr Schubert-Nowak, Ihr Profil passt gut zu unserem Serviceteam für Wind- und PV-Parks in Sachsen-Anhalt. Höhentauglichkeit (G41) wäre toll, ist aber kein Muss – die Schulung übernehmen wir. Wir würden uns über Ihre Bewerbung freuen. Viele Grüße, Nadine Krüger, Personal“

Jetzt bewerben: https://de.indeed.com/viewjob?jk=b3c8e0f1a47d2e69&from=emp_invite
Kein Interesse? https://de.indeed.com/emp-invite/decline?jk=b3c8e0f1a47d2e69

Das Indeed-Team
""",
)

st_agent1 = m(
    "i90d",
    "2025-09-20 06:15",
    "StepStone Jobagent <jobagent@stepstone.de>",
    "5 neue Jobs: Servicetechniker Elektro in Leipzig und Umgebung",
    J("alert", "other"),
    html="""\
<html><body style="font-family:Arial,sans-serif;color:#0c2577">
<table width="600" align="center"><tr><td>
<img src="https://www.stepstone.de/upload_de/logo/stepstone-logo-email.png" alt="StepStone" width="130">
<h3>Ihr Jobagent hat 5 neue Jobs gefunden</h3>
<p><a href="https://www.stepstone.de/stellenangebote--Servicetechniker-m-w-d-Gebaeudeautomation-MSR-Dresden-Vallorre--12877341-inline.html?utm_source=jobagent">Servicetechniker Gebäudeautomation / MSR (m/w/d)</a><br>Vallorre Gebäudetechnik Deutschland GmbH · Dresden</p>
<p><a href="https://www.stepstone.de/stellenangebote--Servicetechniker-Kaelte-Klima--12880014-inline.html?utm_source=jobagent">Servicetechniker Kälte-/Klimatechnik (m/w/d)</a><br>Kältetechnik Burkhardt GmbH · Leipzig</p>
<p><a href="https://www.stepstone.de/stellenangebote--Elektroniker-Haustechnik--12879902-inline.html?utm_source=jobagent">Elektroniker Haustechnik (m/w/d)</a><br>Hotel Elbterrassen Dresden · Dresden</p>
<p><a href="https://www.stepstone.de/jobagent/results?id=77120031">Alle Ergebnisse</a></p>
<p style="font-size:11px;color:#666">Jobagent bearbeiten oder abbestellen: <a href="https://www.stepstone.de/jobagent/manage">hier</a> · StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf</p>
</td></tr></table></body></html>
""",
    headers={"List-Unsubscribe": "<https://www.stepstone.de/jobagent/manage?unsub=77120031>"},
)

st_agent2 = m(
    "i90e",
    "2026-01-10 06:09",
    "StepStone Jobagent <jobagent@stepstone.de>",
    "Neue Jobs für Sie: Elektroniker Betriebstechnik",
    J("alert", "other"),
    text="""\
Ihr Jobagent „Elektroniker Betriebstechnik – Leipzig, 50 km“ hat neue Stellen gefunden:

• Elektroniker für Betriebstechnik (m/w/d) – Instandhaltung Karosseriebau
  Vantor Automotive Sachsen GmbH, Leipzig
• Elektroniker/in Betriebstechnik (m/w/d) Kläranlage
  Zweckverband Wasser Elster-Parthe, Leipzig
• Betriebselektriker (m/w/d) Tagschicht
  Lausitzer Glaswerke GmbH, Bernsdorf

Zu allen Ergebnissen: https://www.stepstone.de/jobagent/results?id=77120031

Jobagent verwalten: https://www.stepstone.de/jobagent/manage
StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf
""",
)

ms_letter = m(
    "i90f",
    "2025-11-09 09:00",
    "meinestadt.de Jobs <jobletter@meinestadt.de>",
    "Dein Jobletter für Leipzig: Haustechniker, Hausmeister & mehr",
    J("alert", "other"),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#003d6b">Neue Jobs in Leipzig für dich</h2>
<ul>
<li><a href="https://jobs.meinestadt.de/leipzig/standard?id=298812771&amp;utm_source=jobletter">Haustechniker (m/w/d)</a> – Wohnungsgenossenschaft Lindenhof eG</li>
<li><a href="https://jobs.meinestadt.de/leipzig/standard?id=298801245&amp;utm_source=jobletter">Hausmeister / Objektbetreuer (m/w/d)</a> – Immobilienservice Gohlis</li>
<li><a href="https://jobs.meinestadt.de/leipzig/standard?id=298799013&amp;utm_source=jobletter">Elektriker (m/w/d) für Veranstaltungstechnik</a> – Kongresshalle am Zoo Betriebs GmbH</li>
</ul>
<p><a href="https://jobs.meinestadt.de/leipzig/suche?words=Haustechniker">Mehr Jobs</a></p>
<p style="font-size:11px;color:#888">Du bekommst den Jobletter, weil du ihn auf meinestadt.de abonniert hast. <a href="https://www.meinestadt.de/jobletter/abmelden?k=ab31">Abmelden</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.meinestadt.de/jobletter/abmelden?k=ab31>"},
)

ka_search = m(
    "i90g",
    "2025-10-25 18:30",
    "Kleinanzeigen <noreply@kleinanzeigen.de>",
    "Neue Anzeigen zu deinem Suchauftrag „Elektriker“ in Stellenangebote",
    J("alert", "other"),
    text="""\
Hallo Ronny,

es gibt 4 neue Anzeigen zu deinem Suchauftrag „Elektriker“ in der Kategorie Jobs > Handwerk, Bau & Produktion, Leipzig + 30 km:

• Elektriker/in gesucht, gerne auch Quereinsteiger – 04416 Markkleeberg
• Elektroniker (m/w/d) für Service & Montage ab sofort – 04425 Taucha
• Suche Elektriker für Nebenjob am Wochenende – 04229 Leipzig
• Elektrofachkraft Prüfung ortsveränderlicher Geräte (Minijob) – 06231 Bad Dürrenberg

Alle Anzeigen ansehen: https://www.kleinanzeigen.de/s-jobs/leipzig/elektriker/k0c102l4233r30?utm_source=saved_search

Dein Kleinanzeigen-Team
Suchauftrag verwalten: https://www.kleinanzeigen.de/m-meine-suchauftraege.html
""",
)

xing_jobs = m(
    "i90h",
    "2025-10-30 07:12",
    "XING <mailrobot@mail.xing.com>",
    "Ronny, diese Jobs könnten Sie interessieren",
    J("alert", "other"),
    text="""\
Hallo Ronny Schubert-Nowak,

diese Jobs passen zu Ihrem Profil:

Elektroniker für Betriebstechnik (m/w/d) Druckmaschinen
Druckhaus Plagwitz GmbH · Leipzig
https://www.xing.com/jobs/leipzig-elektroniker-betriebstechnik-druckmaschinen-140228871?ijt=jb_18

Instandhaltungstechniker (m/w/d) Elektrik
Lebensmittelwerk Dresden-Reick GmbH · Dresden
https://www.xing.com/jobs/dresden-instandhaltungstechniker-elektrik-140211345?ijt=jb_18

Alle Jobempfehlungen: https://www.xing.com/jobs/recommendations

Ihr XING Team
New Work SE · Am Strandkai 1 · 20457 Hamburg
""",
)

xing_hh = m(
    "i90i",
    "2026-01-13 19:40",
    "XING <mailrobot@mail.xing.com>",
    "Neue Nachricht von Ralf Krause",
    J("outreach", "agency", None, "Schichtleiter Instandhaltung (m/w/d)"),
    text="""\
Hallo Ronny Schubert-Nowak,

Ralf Krause hat Ihnen eine Nachricht gesendet:

„Guten Abend Herr Schubert-Nowak,
als Personalberater mit Fokus auf technische Fach- und Führungskräfte in Sachsen begleite ich aktuell die Besetzung einer Position als Schichtleiter Instandhaltung (m/w/d) für einen inhabergeführten Mittelständler aus der Lebensmittelindustrie im Raum Dresden. Ihr Profil – Elektroniker mit Meisterschule im Abschluss – passt sehr gut. Die Position ist vertraulich, daher nenne ich den Namen meines Mandanten gern im persönlichen Gespräch. Hätten Sie diese Woche 15 Minuten für ein Telefonat?
Beste Grüße, Ralf Krause – Krause Technik Personalberatung“

Nachricht beantworten: https://www.xing.com/chats/5f18a2c7

Ihr XING Team
""",
)

li_alert = m(
    "i90j",
    "2026-01-19 16:03",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "“electrical technician”: Nordvind Service - Trainee Service Technician Wind (m/f/d) and more",
    J("alert", "linkedin", lang="en"),
    text="""\
Your job alert for electrical technician in Saxony, Germany
3 new jobs match your preferences.

Trainee Service Technician Wind (m/f/d)
Nordvind Service · Saxony-Anhalt, Germany
View job: https://www.linkedin.com/comm/jobs/view/4121880034/?trk=eml-email_job_alert_digest

Field Service Engineer Electrical (m/f/d)
Kestrel Drives GmbH · Dresden, Saxony, Germany
View job: https://www.linkedin.com/comm/jobs/view/4120073311/?trk=eml-email_job_alert_digest

Maintenance Electrician (m/f/d)
Skyline Parcel Services · Schkeuditz, Saxony, Germany
View job: https://www.linkedin.com/comm/jobs/view/4119923478/?trk=eml-email_job_alert_digest

See all jobs on LinkedIn: https://www.linkedin.com/comm/jobs/search?keywords=electrical%20technician

----------------------------------------
This email was intended for Ronny Schubert-Nowak (Elektroniker für Betriebstechnik | angehender Elektromeister)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
)

ba_search2 = m(
    "i90k",
    "2025-11-24 06:01",
    "Jobsuche der Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "3 neue Stellenangebote zu Ihrem Suchauftrag „Elektroniker Betriebstechnik, 25 km um Leipzig“",
    J("alert", "other"),
    text="""\
Guten Tag Herr Schubert-Nowak,

zu Ihrem gespeicherten Suchauftrag gibt es neue Stellenangebote:

• Elektroniker für Betriebstechnik (m/w/d) Facility Reinraum – Elbtal Halbleiter Services GmbH, Dresden
• Elektroniker für Betriebstechnik EMSR (m/w/d) – ChemSite Services Schkopau GmbH, Schkopau
• Elektroniker/in Betriebstechnik (m/w/d) – Stadtwerke Schkeuditz GmbH, Schkeuditz

Alle Ergebnisse anzeigen: https://www.arbeitsagentur.de/jobsuche/suche?was=Elektroniker%20Betriebstechnik&wo=Leipzig&umkreis=25

"""
    + BA_FOOT,
)


MAIL = [
    ba_reg, ba_termin, ba_search, ba_vv, pk_conf, ba_rueck, pk_rej,
    ht_auto, ht_rej,
    we_ack, we_visit, we_hold, we_congrats,
    wg_conf,
    co2_conf, co2_inv, co2_auto,
    eh_conf, eh_test, eh_remind, eh_rej,
    cs_nudge, cs_conf,
    nv_sent, nv_viewed, nv_rej,
    dp_conf, dp_call, dp_rej,
    sd_conf, sd_inv,
    va2_alert, va2_conf, va2_inv, va2_cancel, va2_withdrawn,
    ind_alert1, ind_alert2, ind_outreach, st_agent1, st_agent2, ms_letter, ka_search, xing_jobs,
    xing_hh, li_alert, ba_search2,
]  # fmt: skip

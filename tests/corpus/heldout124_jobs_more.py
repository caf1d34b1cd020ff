# ruff: noqa: E501, RUF100
"""Corpus 124, job mail part two (data only): see heldout124.py."""

from __future__ import annotations

from typing import Any

from heldout124_jobs import (
    AS,
    ASR,
    CH,
    CHR,
    DC,
    DCR,
    FW,
    GB,
    GBR,
    HS,
    HSR,
    MS,
    MSR,
    RH,
    RHR,
    RW,
    RW1,
    RW2,
    SB,
    SBR,
    SK,
    SKR,
    VH,
    VHR,
    WW,
    WWR,
    A,
    J,
    ics,
    m,
    re_,
    thread,
)

HSP = "Alexander Wimmer-Lasser <a.wimmer-lasser@hsp-search.example>"
HSP_SIG = """Mag. Alexander Wimmer-Lasser
Partner

HSP Hospitality Search Partners GmbH
Executive Search für Hotellerie & Tourismus
Kärntner Ring 5-7, Top 502, 1010 Wien
T +43 1 512 66 80 | M +43 664 204 11 87
www.hsp-search.example

Diese Nachricht ist vertraulich und ausschließlich für die adressierte Person bestimmt."""

WD_AS = "Alpine Sky Airlines <alpinesky@myworkday.com>"
WD_SB = "Staybird <staybird@myworkday.com>"
EBERHARTER = "Matthias Eberharter <matthias.eberharter@channelhub.example>"
GRUENWALD = "Hannes Grünwald <hannes.gruenwald@gmail.com>"

MAIL: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ 12: Skyport (StepStone)
    m(
        "s1a",
        "2025-10-01 19:52",
        "StepStone <info@email.stepstone.at>",
        "Ihre Bewerbung: Revenue Manager (m/w/d)",
        A("confirmation", SK, SKR, 12, "other"),
        html="""<html><body style="margin:0;background:#eef1f5;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff"><tr><td style="padding:24px 32px">
<img src="https://www.stepstone.at/upload_at/logo/stepstone-logo.png" alt="StepStone" width="130">
<p style="font-size:18px">Vielen Dank für Ihre Bewerbung!</p>
<p>Liebe Frau Hofstätter,</p>
<p>Ihre Bewerbung wurde erfolgreich an <b>Skyport Hotelbetriebsgesellschaft m.b.H.</b> gesendet.</p>
<table width="100%" style="border:1px solid #d9dde3"><tr><td style="padding:14px">
<b>Revenue Manager (m/w/d)</b><br>Skyport Hotel Vienna Airport · Schwechat<br>
<span style="color:#6b7280">Gesendet am 01.10.2025</span>
</td></tr></table>
<p>Behalten Sie den Überblick: Unter <a href="https://www.stepstone.at/meinestepstone/bewerbungen?cid=mail_applyconfirmation">MeineStepStone</a> sehen Sie alle Ihre Bewerbungen.</p>
<p>Viel Erfolg wünscht Ihnen<br>Ihr StepStone Team</p>
<p style="font-size:11px;color:#9ca3af">StepStone Österreich GmbH · Wagramer Straße 19 · 1220 Wien</p>
</td></tr></table></td></tr></table></body></html>""",
    ),
    m(
        "s1b",
        "2025-10-08 12:06",
        "StepStone <info@email.stepstone.at>",
        "Neuigkeiten zu Ihrer Bewerbung bei Skyport Hotelbetriebsgesellschaft m.b.H.",
        A("viewed", SK, SKR, 12, "other"),
        """Liebe Frau Hofstätter,

gute Nachrichten: Ihre Bewerbung als Revenue Manager (m/w/d) wurde vom Arbeitgeber geöffnet.

Skyport Hotelbetriebsgesellschaft m.b.H. hat Ihre Unterlagen am 08.10.2025 angesehen. Sobald sich der Status ändert, informieren wir Sie.

Zu Ihren Bewerbungen: https://www.stepstone.at/meinestepstone/bewerbungen?cid=mail_applicationviewed

Ihr StepStone Team""",
    ),
    # ------------------------------------------------------------------ 13: Hopstay Hostels (LinkedIn)
    m(
        "l1a",
        "2025-09-24 13:09",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Magdalena, your application was sent to Hopstay Hostels",
        A("confirmation", HS, HSR, 13, "linkedin", "en"),
        """Your application was sent to Hopstay Hostels

Revenue Manager EMEA
Hopstay Hostels · Vienna, Austria (Hybrid)
Applied on September 24, 2025

Your resume and contact info were shared with Hopstay Hostels. Now sit back and let us do the rest – we'll let you know when the employer views your application.

View job: https://www.linkedin.com/comm/jobs/view/4123987710/?trackingId=q2Lr%2Fw

Jobs similar to Revenue Manager EMEA:
- Revenue Analyst · Nordlicht Hostels, Berlin
- Commercial Manager Hostels · Vienna

This email was intended for Magdalena Hofstätter (Revenue Manager | Hotel Wiedner Hof).
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
    ),
    m(
        "l1b",
        "2025-10-03 09:47",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Hopstay Hostels",
        A("viewed", HS, HSR, 13, "linkedin", "en"),
        """Good news, Magdalena!

Your application was viewed by Hopstay Hostels.

Revenue Manager EMEA
Hopstay Hostels · Vienna, Austria (Hybrid)

See your application status: https://www.linkedin.com/comm/jobs-tracker/?trk=eml-jobs_application_viewed

Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?type=job_application_viewed
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
    ),
    m(
        "l1c",
        "2025-10-20 17:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Revenue Manager EMEA at Hopstay Hostels",
        A("rejection", HS, HSR, 13, "linkedin", "en"),
        """Your update from Hopstay Hostels

Thank you for your interest in the Revenue Manager EMEA position at Hopstay Hostels in Vienna, Austria. Unfortunately, Hopstay Hostels will not be moving forward with your application, but we appreciate the time you invested in applying for this role.

We encourage you to apply for future roles that match your background.

Regards,
Hopstay Hostels

Top jobs looking for your skills:
- Revenue & Distribution Manager · Vienna
- Pricing Manager DACH · Berlin

© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
    ),
    # ------------------------------------------------------------------ 14: Hotel Mariahilfer Stern (Indeed)
    m(
        "i1a",
        "2025-11-12 22:40",
        "Indeed Apply <indeedapply@indeed.com>",
        "Bewerbung eingereicht: Front Office & Revenue Manager (m/w/d)",
        A("confirmation", MS, MSR, 14, "indeed"),
        """indeed

Bewerbung eingereicht

Front Office & Revenue Manager (m/w/d)
Hotel Mariahilfer Stern – Wien, 1060 Wien

Die folgenden Unterlagen wurden an den Arbeitgeber gesendet:
- Lebenslauf: Hofstaetter_Magdalena_CV_2025.pdf
- Anschreiben

Nächste Schritte
Der Arbeitgeber kann dich über Indeed kontaktieren. Verfolge deine Bewerbung unter „Meine Jobs“:
https://at.indeed.com/myjobs?from=applyconfirmation

Viel Glück!
Das Indeed-Team

© 2025 Indeed · Datenschutz · Nutzungsbedingungen""",
    ),
    m(
        "i1b",
        "2025-11-18 09:21",
        "Georg Pribil über Indeed <reply-6f1a9c2e8d@indeedemail.com>",
        "Neue Nachricht von Hotel Mariahilfer Stern",
        A("interview", MS, MSR, 14, "indeed"),
        """Hotel Mariahilfer Stern hat dir eine Nachricht gesendet

Front Office & Revenue Manager (m/w/d)

"Liebe Frau Hofstätter, danke für Ihre Bewerbung! Ich würde Sie gern auf ein Bewerbungsgespräch zu uns ins Hotel einladen. Passt Ihnen Montag, 24.11., 11:00 Uhr? Sie finden uns in der Mariahilfer Straße 71. Ich schicke Ihnen dann noch eine Kalendereinladung. Beste Grüße, Georg Pribil, Direktor"

Antworten: https://at.indeed.com/conversations/6f1a9c2e8d

Antworte direkt auf diese E-Mail, um dem Arbeitgeber zu antworten. Deine E-Mail-Adresse bleibt dabei verborgen.""",
    ),
    m(
        "i1c",
        "2025-11-19 08:14",
        "Georg Pribil <direktion@mariahilferstern.example>",
        "Einladung: Bewerbungsgespräch Front Office & Revenue Manager – Mo 24. Nov. 2025 11:00",
        A("interview", MS, MSR, 14, "direct"),
        """Sie wurden zu folgendem Termin eingeladen.

Bewerbungsgespräch Front Office & Revenue Manager
Wann: Montag, 24. November 2025 11:00 – 12:00 (Mitteleuropäische Normalzeit – Wien)
Wo: Hotel Mariahilfer Stern, Mariahilfer Straße 71, 1060 Wien
Kalender: magdalena.hofstaetter@gmx.at
Teilnehmer: Georg Pribil (Organisator), Magdalena Hofstätter

Einladung von Google Kalender: https://calendar.google.com/calendar/""",
        ics=ics(
            "2b7r1n0k9g3s8e5p4dqv6m1xcz@google.com",
            "2025-11-24 11:00",
            "Bewerbungsgespräch Front Office & Revenue Manager",
            ("Georg Pribil", "direktion@mariahilferstern.example"),
            location="Hotel Mariahilfer Stern, Mariahilfer Straße 71, 1060 Wien",
        ),
    ),
    m(
        "i1d",
        "2025-11-21 17:02",
        "Georg Pribil <direktion@mariahilferstern.example>",
        "Abgesagt: Bewerbungsgespräch Front Office & Revenue Manager – Mo 24. Nov. 2025 11:00",
        A("interview", MS, MSR, 14, "direct"),
        """Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

Nachricht von Georg Pribil:
"Liebe Frau Hofstätter, es tut mir sehr leid – wir haben kurzfristig einen Wasserschaden im 3. Stock und ich bin die nächsten Tage nur mit Handwerkern beschäftigt. Ich muss unser Gespräch am Montag leider absagen und melde mich, sobald sich die Lage beruhigt hat. Bitte um Nachsicht! G. Pribil"

Bewerbungsgespräch Front Office & Revenue Manager
Montag, 24. November 2025 11:00 – 12:00 (Mitteleuropäische Normalzeit – Wien)

Einladung von Google Kalender: https://calendar.google.com/calendar/""",
        ics=ics(
            "2b7r1n0k9g3s8e5p4dqv6m1xcz@google.com",
            "2025-11-24 11:00",
            "Bewerbungsgespräch Front Office & Revenue Manager",
            ("Georg Pribil", "direktion@mariahilferstern.example"),
            method="CANCEL",
            location="Hotel Mariahilfer Stern, Mariahilfer Straße 71, 1060 Wien",
        ),
    ),
    # ------------------------------------------------------------------ 15: The Ringhaus Vienna (HSP, client named late)
    m(
        "x1a",
        "2025-10-07 08:15",
        HSP,
        "Vertrauliche Anfrage – Director of Revenue & Distribution (5*-Haus, Wien)",
        J("outreach", "agency", None, RHR),
        f"""Sehr geehrte Frau Hofstätter,

ich bin Partner bei HSP Hospitality Search Partners und betreue für einen unserer Klienten – ein traditionsreiches 5-Sterne-Haus an der Wiener Ringstraße mit rund 180 Zimmern und Suiten – exklusiv die Besetzung der Position

Director of Revenue & Distribution

Die Position berichtet direkt an den General Manager, führt ein Team von drei Personen (Revenue, Reservierung, Distribution) und verantwortet die gesamte kommerzielle Strategie des Hauses inklusive MICE.

Ihr Name wurde mir von zwei Personen aus der Branche unabhängig voneinander genannt. Hätten Sie in den nächsten Tagen Zeit für ein vertrauliches Telefonat von ca. 20 Minuten? Selbstverständlich behandle ich unser Gespräch mit absoluter Diskretion.

Mit besten Grüßen

{HSP_SIG}""",
    ),
    m(
        "x1b",
        "2025-10-10 17:48",
        HSP,
        "AW: Vertrauliche Anfrage – Director of Revenue & Distribution (5*-Haus, Wien)",
        J("outreach", "agency", None, RHR),
        f"""Sehr geehrte Frau Hofstätter,

herzlichen Dank für das angenehme Telefonat heute Vormittag. Wie besprochen, anbei die wichtigsten Eckdaten zur Position, soweit ich sie vor Ihrer formellen Zustimmung teilen darf:

- Haus: 5*, Ringstraße, ca. 180 Zimmer, Mitglied einer internationalen Luxus-Kooperation
- Berichtslinie: General Manager, enge Abstimmung mit den Eigentümern
- Team: 3 Personen
- Gehalt: € 85.000 – 95.000 brutto p.a. plus Bonus, Überzahlung zum KV Hotel- und Gastgewerbe
- Start: frühestens Februar 2026

Wenn Sie einverstanden sind, stelle ich Ihr Profil unserem Klienten vor. Dafür bräuchte ich bitte Ihren aktuellen Lebenslauf (gerne als Word-Datei) sowie Ihr schriftliches Einverständnis zur Weitergabe. Erst danach darf ich Ihnen den Namen des Hauses nennen – ich bitte um Verständnis.

Mit besten Grüßen

{HSP_SIG}

-----Ursprüngliche Nachricht-----
Von: Alexander Wimmer-Lasser
Gesendet: Dienstag, 7. Oktober 2025 08:15
An: Magdalena Hofstätter
Betreff: Vertrauliche Anfrage – Director of Revenue & Distribution (5*-Haus, Wien)""",
    ),
    m(
        "x1c",
        "2025-10-21 12:02",
        HSP,
        "Ihre Vorstellung bei unserem Klienten – The Ringhaus Vienna",
        A("confirmation", RH, RHR, 15, "agency"),
        f"""Sehr geehrte Frau Hofstätter,

vielen Dank für Ihren Lebenslauf und Ihre Einverständniserklärung.

Ich darf Ihnen nun mitteilen, dass es sich bei unserem Klienten um The Ringhaus Vienna (Ringhaus Hotelbetriebs AG) am Parkring handelt. Ich habe Ihr Profil gestern Abend dem General Manager, Herrn Dr. Konstantin Weninger, persönlich vorgestellt und ausführlich über Sie gesprochen.

Die erste Rückmeldung ist positiv; ich rechne mit einer Einladung zu einem Gespräch in den nächsten zwei Wochen und melde mich, sobald ich Näheres weiß.

Bitte behandeln Sie den Namen des Hauses weiterhin vertraulich.

Mit besten Grüßen

{HSP_SIG}""",
    ),
    m(
        "x1d",
        "2025-11-04 09:30",
        HSP,
        "Termin mit Dr. Weninger – The Ringhaus",
        A("interview", RH, RHR, 15, "agency"),
        f"""Sehr geehrte Frau Hofstätter,

Herr Dr. Weninger möchte Sie gerne persönlich kennenlernen:

Freitag, 7. November 2025, 16:00 Uhr
The Ringhaus Vienna, Parkring 14, 1010 Wien – bitte an der Concierge nach Frau Sommer (Assistenz GM) fragen

Das Gespräch ist für ca. 75 Minuten angesetzt; ab der zweiten Hälfte wird die Eigentümervertreterin Frau Mag. Ortner dazustoßen. Gerne bespreche ich mit Ihnen am Donnerstag vorab telefonisch, worauf Herr Dr. Weninger besonderen Wert legt.

Die Kalendereinladung habe ich Ihnen mitgeschickt.

Mit besten Grüßen

{HSP_SIG}""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000C3B8E97D144DDC01000000000000000010000000F0A3",
            "2025-11-07 16:00",
            "Gespräch Dr. Weninger / M. Hofstätter (The Ringhaus) – via HSP",
            ("Alexander Wimmer-Lasser", "a.wimmer-lasser@hsp-search.example"),
            style="outlook",
            minutes=75,
            location="The Ringhaus Vienna, Parkring 14, 1010 Wien",
        ),
    ),
    m(
        "x1e",
        "2025-11-25 18:10",
        HSP,
        "Kurzes Update – Ringhaus",
        A("confirmation", RH, RHR, 15, "agency"),
        f"""Sehr geehrte Frau Hofstätter,

ich wollte Sie nicht länger warten lassen: Beim Ringhaus gibt es eine unerwartete Entwicklung. Die Eigentümer prüfen derzeit den Verkauf einer Mehrheitsbeteiligung, und bis zum Abschluss der Gespräche (voraussichtlich Ende des ersten Quartals) werden alle Führungsbesetzungen vorerst auf Eis gelegt.

Herr Dr. Weninger hat mich ausdrücklich gebeten, Ihnen zu sagen, dass Sie seine Wunschkandidatin sind und er auf Sie zukommen möchte, sobald er grünes Licht hat. Ich halte Sie selbstverständlich auf dem Laufenden.

Mit besten Grüßen

{HSP_SIG}""",
        st="on_hold",
    ),
    # ------------------------------------------------------------------ 16: Channelhub (Personio)
    m(
        "c1a",
        "2025-12-01 20:05",
        "Channelhub Software GmbH <no-reply@personio.de>",
        "Danke für deine Bewerbung bei Channelhub!",
        A("confirmation", CH, CHR, 16, "personio"),
        """Hallo Magdalena,

danke für deine Bewerbung als Account Manager Hotels Österreich (m/w/d)!

Wir haben deine Unterlagen erhalten. Matthias, unser Teamlead Sales Austria, meldet sich in den nächsten 1–2 Wochen bei dir.

Beste Grüße aus Innsbruck und Wien
Dein Channelhub People Team

Channelhub Software GmbH · Museumstraße 12 · 6020 Innsbruck
Diese Nachricht wurde über Personio versendet: https://channelhub.jobs.personio.de""",
        reply_to="channelhub-d81c44@jobs.personio.de",
    ),
    m(
        "c1b",
        "2025-12-11 14:50",
        EBERHARTER,
        "Kurzes Kennenlernen – Account Manager Hotels AT",
        A("interview", CH, CHR, 16, "direct"),
        """Servus Magdalena,

Matthias hier, ich leite das Sales-Team für Österreich bei Channelhub. Danke für deine Bewerbung – jemanden, der Channel Management aus Hotelsicht kennt, suchen wir schon lange!

Lass uns am Dienstag, 16.12., um 10:00 Uhr kurz per Google Meet reden (30–40 Min.). Invite kommt mit dieser Mail.

Bis dann
Matthias

Matthias Eberharter
Teamlead Sales Austria · Channelhub
+43 512 30 55 08-12""",
        ics=ics(
            "5q1p9d7ttk2m0a3b8vsr4cle6g@google.com",
            "2025-12-16 10:00",
            "Channelhub x Magdalena Hofstätter – Kennenlernen",
            ("Matthias Eberharter", "matthias.eberharter@channelhub.example"),
            minutes=40,
            location="https://meet.google.com/pzt-knsd-ouj",
        ),
    ),
    m(
        "c1c",
        "2026-01-07 11:33",
        EBERHARTER,
        "Zweites Gespräch mit Kathrin (CSO)",
        A("interview", CH, CHR, 16, "direct"),
        """Hi Magdalena,

frohes Neues! Wie angekündigt möchte dich Kathrin Pfurtscheller, unsere CSO, gern kennenlernen. Sie ist am 28. Jänner in Wien – passt dir 14:00 Uhr bei uns im Büro in der Neubaugasse 12? Invite anbei.

Bei dem Termin würden wir dich bitten, kurz (10 Min.) zu zeigen, wie du einem Hotelier im Salzkammergut unseren Channel Manager verkaufen würdest.

LG
Matthias""",
        ics=ics(
            "7c0lq4ms8ht1e9n2k5b3rjvd0a@google.com",
            "2026-01-28 14:00",
            "Zweitgespräch Magdalena Hofstätter / Kathrin Pfurtscheller",
            ("Matthias Eberharter", "matthias.eberharter@channelhub.example"),
            location="Channelhub Wien, Neubaugasse 12, 1070 Wien",
            attendees=[("Kathrin Pfurtscheller", "kathrin.pfurtscheller@channelhub.example")],
        ),
    ),
    m(
        "c1d",
        "2026-01-26 10:05",
        EBERHARTER,
        "Re: Meine Bewerbung / Termin am 28.1.",
        A("confirmation", CH, CHR, 16, "direct"),
        """Hi Magdalena,

schade, aber danke, dass du so offen bist! Roomwise hat da eine gute Wahl getroffen – und wer weiß, vielleicht arbeiten wir über eine Schnittstelle ja bald zusammen 😉

Ich hab deine Bewerbung bei uns geschlossen und den Termin mit Kathrin rausgenommen.

Alles Gute für den Start!
Matthias

Am So., 25. Jan. 2026 um 19:41 Uhr schrieb Magdalena Hofstätter <magdalena.hofstaetter@gmx.at>:
> Hallo Matthias,
> ich muss leider absagen – ich habe ein Angebot angenommen und ziehe meine Bewerbung zurück. Danke für das nette erste Gespräch!
> Liebe Grüße, Magdalena""",
        st="withdrawn",
    ),
    m(
        "c1e",
        "2026-01-26 10:07",
        EBERHARTER,
        "Abgesagter Termin: Zweitgespräch Magdalena Hofstätter / Kathrin Pfurtscheller – Mi. 28. Jan. 2026 14:00",
        A("interview", CH, CHR, 16, "direct"),
        """Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

Zweitgespräch Magdalena Hofstätter / Kathrin Pfurtscheller
Mittwoch, 28. Jänner 2026 14:00 – 15:00 (Mitteleuropäische Normalzeit – Wien)
Channelhub Wien, Neubaugasse 12, 1070 Wien

Einladung von Google Kalender: https://calendar.google.com/calendar/""",
        st="withdrawn",
        ics=ics(
            "7c0lq4ms8ht1e9n2k5b3rjvd0a@google.com",
            "2026-01-28 14:00",
            "Zweitgespräch Magdalena Hofstätter / Kathrin Pfurtscheller",
            ("Matthias Eberharter", "matthias.eberharter@channelhub.example"),
            method="CANCEL",
            location="Channelhub Wien, Neubaugasse 12, 1070 Wien",
            attendees=[("Kathrin Pfurtscheller", "kathrin.pfurtscheller@channelhub.example")],
        ),
    ),
    # ------------------------------------------------------------------ 17: Alpine Sky Airlines (Workday)
    m(
        "w1a",
        "2025-11-17 07:58",
        WD_AS,
        "Vielen Dank für Ihre Bewerbung – R-0003381",
        A("confirmation", AS, ASR, 17, "workday"),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihre Bewerbung als Revenue Management Analyst – Network Pricing (m/w/d) (R-0003381) bei Alpine Sky Airlines.

Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Den Status Ihrer Bewerbung können Sie jederzeit in unserem Kandidatenportal einsehen:
https://alpinesky.wd3.myworkdayjobs.com/de-DE/ASA_Careers/userHome

Mit freundlichen Grüßen

Ihr ASA Talent Acquisition Team
Alpine Sky Airlines GmbH · Office Park 3 · 1300 Wien-Flughafen

Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.""",
    ),
    m(
        "w1b",
        "2025-11-27 10:20",
        WD_AS,
        "Aufgabe erhalten: Online-Assessment abschließen",
        A("assessment", AS, ASR, 17, "workday"),
        """Sehr geehrte Frau Hofstätter,

im Rahmen Ihrer Bewerbung als Revenue Management Analyst – Network Pricing (m/w/d) (R-0003381) bitten wir Sie, ein Online-Assessment zu absolvieren.

Das Assessment besteht aus zwei Teilen (numerisches Denken und logisches Denken) und dauert ca. 45 Minuten. Bitte schließen Sie es bis spätestens 4. Dezember 2025 ab.

Sie finden die Aufgabe in Ihrem Kandidatenportal unter „Meine Aufgaben“:
https://alpinesky.wd3.myworkdayjobs.com/de-DE/ASA_Careers/userHome/tasks

Mit freundlichen Grüßen
Ihr ASA Talent Acquisition Team""",
    ),
    m(
        "w1c",
        "2025-12-15 16:41",
        WD_AS,
        "Ihre Bewerbung bei Alpine Sky Airlines",
        A("rejection", AS, ASR, 17, "workday"),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihr Interesse an Alpine Sky Airlines und die Zeit, die Sie in das Online-Assessment investiert haben.

Nach eingehender Prüfung aller Bewerbungen müssen wir Ihnen leider mitteilen, dass wir Sie für die Position R-0003381 nicht weiter berücksichtigen können. Wir haben uns für Kandidat:innen entschieden, deren Profil noch besser zu den Anforderungen im Bereich Netzwerk- und Flugpreissteuerung passt.

Wir würden uns freuen, wenn Sie sich weiterhin über unsere offenen Stellen informieren.

Mit freundlichen Grüßen
Ihr ASA Talent Acquisition Team
Alpine Sky Airlines GmbH""",
    ),
    # ------------------------------------------------------------------ 18: Thermenresort Vöslauer Hof (softgarden, forwarded)
    m(
        "v1a",
        "2025-10-22 20:33",
        "Leni Hofstätter <leni.hofstaetter@hotmail.com>",
        "WG: Eingangsbestätigung Ihrer Bewerbung – Revenue & Distribution Manager (m/w/d)",
        A("confirmation", VH, VHR, 18, "other"),
        """hab mich versehentlich mit der alten Adresse beworben, zur Sicherheit hierher


________________________________
Von: Thermenresort Vöslauer Hof <noreply@softgarden.io>
Gesendet: Mittwoch, 22. Oktober 2025 20:29
An: leni.hofstaetter@hotmail.com
Betreff: Eingangsbestätigung Ihrer Bewerbung – Revenue & Distribution Manager (m/w/d)

Sehr geehrte Frau Hofstätter,

vielen Dank für Ihre Bewerbung als Revenue & Distribution Manager (m/w/d) im Thermenresort Vöslauer Hof.

Wir haben Ihre Unterlagen erhalten und melden uns schnellstmöglich bei Ihnen. Über den folgenden Link können Sie jederzeit den Status Ihrer Bewerbung einsehen und Ihre Kontaktdaten aktualisieren:
https://voeslauerhof.softgarden.io/de/applicant/dashboard?token=6b2f1e90

Mit freundlichen Grüßen
Ihr Recruiting-Team
Thermenresort Vöslauer Hof · Kurhausplatz 3 · 2540 Bad Vöslau

Powered by softgarden""",
    ),
    m(
        "v1b",
        "2025-11-13 09:02",
        "Thermenresort Vöslauer Hof <noreply@softgarden.io>",
        "Ihre Bewerbung als Revenue & Distribution Manager (m/w/d)",
        A("rejection", VH, VHR, 18, "other"),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#333">
<p>Sehr geehrte Frau Hofstätter,</p>
<p>nochmals herzlichen Dank für Ihre Bewerbung und Ihr Interesse an unserem Thermenresort. Ihr Profil ist uns durch Ihre langjährige Erfahrung in der Stadthotellerie sehr positiv aufgefallen.</p>
<p>Leider müssen wir Ihnen dennoch mitteilen, dass wir uns für eine andere Bewerberin entschieden haben, die bereits Erfahrung im Ferien- und Spa-Segment mitbringt.</p>
<p>Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Barbara Pölzl<br>Human Resources<br>Thermenresort Vöslauer Hof ****S</p>
<p style="font-size:10px;color:#999">Powered by softgarden · <a href="https://voeslauerhof.softgarden.io/de/applicant/dashboard">Bewerbungsstatus</a></p>
</body></html>""",
    ),
    # ------------------------------------------------------------------ 19: Boutiquehotel Zum Grünen Baum (owner from gmail)
    m(
        "b1a",
        "2025-09-04 21:09",
        GRUENWALD,
        "Re: Bewerbung als Revenue & Sales Manager (30 Std.)",
        A("confirmation", GB, GBR, 19, "direct"),
        """Liebe Frau Hofstätter,

danke für Ihre Bewerbung, die ist gut angekommen! Ich bin die nächsten Tage noch auf der Messe in München und schau mir alles in Ruhe an, sobald ich zurück bin.

Beste Grüße
Hannes Grünwald
Boutiquehotel Zum Grünen Baum, Spittelberg

Gesendet von Gmail Mobile

Am Mi., 3. Sept. 2025 um 19:22 Uhr schrieb Magdalena Hofstätter <magdalena.hofstaetter@gmx.at>:
> Sehr geehrter Herr Grünwald,
> anbei meine Bewerbung für die ausgeschriebene Stelle als Revenue & Sales Manager (30 Std.)...""",
        **re_("<b71c0a2e-5e1d-4f8a-a3c9-0d4e8f2b7a61@gmx.at>"),
    ),
    m(
        "b1b",
        "2025-09-11 07:36",
        GRUENWALD,
        "Re: Bewerbung als Revenue & Sales Manager (30 Std.)",
        A("interview", GB, GBR, 19, "direct"),
        """Liebe Magdalena (ich darf doch? bei uns am Spittelberg sind alle per du),

hast du nächste Woche Zeit auf einen Kaffee bei uns im Innenhof? Mir würde Dienstag, 16.9., am Nachmittag passen, so gegen 14 Uhr. Dann zeig ich dir auch gleich die neuen Zimmer im Hinterhaus.

Liebe Grüße
Hannes

Gesendet von Gmail Mobile""",
    ),
    m(
        "b1c",
        "2025-09-30 22:14",
        GRUENWALD,
        "Re: Bewerbung als Revenue & Sales Manager (30 Std.)",
        A("rejection", GB, GBR, 19, "direct"),
        """Liebe Magdalena,

ich schulde dir eine Antwort und die fällt mir nicht leicht. Unsere Tochter Marlene kommt im Jänner aus London zurück und wird ins Hotel einsteigen – sie übernimmt Sales und die Preise, so hat sich das in der Familie jetzt ergeben. Damit gibt es die Stelle, so wie wir sie ausgeschrieben haben, leider nicht mehr.

Es tut mir wirklich leid, das Gespräch mit dir war großartig und ich hätte dich gern im Team gehabt. Wenn ich irgendwo eine Empfehlung abgeben kann, sag Bescheid.

Alles Liebe
Hannes""",
    ),
    # ------------------------------------------------------------------ 20: Wienerwald Tourismus (karriere.at)
    m(
        "ww1",
        "2026-01-07 20:48",
        "karriere.at <no-reply@karriere.at>",
        "Deine Bewerbung wurde verschickt",
        A("confirmation", WW, WWR, 20, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;background:#f2f4f7">
<table width="600" align="center" style="background:#ffffff"><tr><td style="padding:28px">
<img src="https://www.karriere.at/static/img/logo-karriere-at.png" alt="karriere.at" width="140">
<h3>Super, Magdalena – deine Bewerbung ist unterwegs!</h3>
<p>Du hast dich gerade beworben als</p>
<p style="font-size:16px"><b>Data &amp; Market Analyst (m/w/d)</b><br>Wienerwald Tourismus GmbH · Purkersdorf</p>
<p>Das Unternehmen hat deine Unterlagen erhalten und meldet sich direkt bei dir. Alle deine Bewerbungen findest du unter <a href="https://www.karriere.at/meine-bewerbungen?utm_medium=email&amp;utm_campaign=application_sent">Meine Bewerbungen</a>.</p>
<p>Alles Gute!<br>Dein karriere.at Team</p>
<p style="font-size:11px;color:#8a8a8a">karriere.at GmbH · Hafenstraße 47-51 · 4020 Linz · <a href="https://www.karriere.at/einstellungen/benachrichtigungen">E-Mail-Einstellungen</a></p>
</td></tr></table></body></html>""",
    ),
    # ------------------------------------------------------------------ 21: Donaucity Congress Hotel (XING)
    m(
        "dc1",
        "2025-12-02 08:55",
        "XING <mailrobot@mail.xing.com>",
        "Ihre Bewerbung wurde erfolgreich übermittelt",
        A("confirmation", DC, DCR, 21, "other"),
        """Hallo Magdalena Hofstätter,

Ihre Bewerbung auf die Stelle

Revenue Manager MICE (m/w/d)
DCH Donaucity Congress Hotel Betriebs GmbH, Wien

wurde erfolgreich an das Unternehmen übermittelt. Das Unternehmen meldet sich direkt bei Ihnen.

Ihre Bewerbungen im Überblick: https://www.xing.com/jobs/my-applications

Viel Erfolg!
Ihr XING Team

New Work SE · Am Strandkai 1 · 20457 Hamburg
Benachrichtigungseinstellungen: https://www.xing.com/settings/notifications""",
    ),
    m(
        "dc2",
        "2026-01-15 15:12",
        "DCH Recruiting <recruiting@donaucity-congress.example>",
        "Ihre Bewerbung – DCH",
        A("rejection", DC, DCR, 21, "direct"),
        """Sehr geehrte Frau Hofstätter,

entschuldigen Sie bitte die lange Bearbeitungszeit – durch die Kongresssaison im Dezember sind wir leider erst jetzt dazu gekommen, alle Bewerbungen zu sichten.

Wir haben uns Ihre Unterlagen angesehen, uns aber für eine Besetzung aus unserem bestehenden Sales-Team entschieden. Wir danken Ihnen herzlich für Ihr Interesse am DCH und wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Human Resources
DCH Donaucity Congress Hotel
Wagramer Straße 21 · 1220 Wien""",
    ),
    # ------------------------------------------------------------------ 22: Staybird (Workday, after a nudge)
    m(
        "sb0",
        "2025-12-05 18:00",
        WD_SB,
        "You have an application in progress",
        J("alert", "workday", SB, SBR, "en"),
        """Hi Magdalena,

You started an application for Pricing Manager DACH (JR-1207) but haven't submitted it yet.

Pick up where you left off – your answers have been saved:
https://staybird.wd103.myworkdayjobs.com/en-US/Staybird_Careers/job/Berlin/Pricing-Manager-DACH_JR-1207/apply

Applications for this role close on 14 December.

Staybird Talent Acquisition

This is an automated message from Staybird's career site.""",
    ),
    m(
        "sb1",
        "2025-12-06 10:41",
        WD_SB,
        "Thanks for applying to Staybird!",
        A("confirmation", SB, SBR, 22, "workday", "en"),
        """Hi Magdalena,

Thank you for applying for Pricing Manager DACH (JR-1207). We have received your application and our team will review it shortly.

You can check the status of your application at any time on our careers site:
https://staybird.wd103.myworkdayjobs.com/en-US/Staybird_Careers/userHome

Best,
Staybird Talent Acquisition
Staybird GmbH · Rosenthaler Straße 40 · 10178 Berlin""",
    ),
    m(
        "sb2",
        "2026-01-19 13:27",
        WD_SB,
        "Your application for JR-1207",
        A("rejection", SB, SBR, 22, "workday", "en"),
        """Hi Magdalena,

Thank you for your interest in Staybird and for applying for Pricing Manager DACH.

We've now reviewed all applications and, unfortunately, we won't be taking yours forward this time. We received a very large number of strong applications for this role.

We wish you every success in your search.

Best,
Staybird Talent Acquisition""",
    ),
    # ------------------------------------------------------------------ Roomwise contract through DocuSign
    m(
        "ds1",
        "2026-01-23 15:40",
        "Lena Obermayr via DocuSign <dse_NA4@docusign.net>",
        "Bitte mit DocuSign signieren: Dienstvertrag_Roomwise_Hofstaetter.pdf",
        A("offer", RW, RW1, 3, "docusign"),
        """Lena Obermayr hat Ihnen ein Dokument zum Überprüfen und Signieren gesendet.

DOKUMENT ÜBERPRÜFEN: https://eu.docusign.net/Signing/EmailStart.aspx?a=4f1d0a2b-93c7&etti=24

Lena Obermayr
lena@roomwise.example

Hallo Magdalena, hier der finale Vertrag zum Unterschreiben. Willkommen! Lena

Senden Sie diese E-Mail nicht weiter: Der Link ist nur für Sie bestimmt.

Alternative Signaturmethode: Besuchen Sie DocuSign.com, klicken Sie auf „Zugriff auf Dokumente“ und geben Sie den Sicherheitscode ein: 9C1E3A7B2F4D4E0B8A6C5D3E2F1A0B9C1

Über DocuSign: Mit DocuSign können Sie Dokumente in wenigen Minuten elektronisch signieren.""",
        st="accepted",
    ),
    m(
        "ds2",
        "2026-01-23 21:02",
        "DocuSign <dse_NA4@docusign.net>",
        "Abgeschlossen: Dienstvertrag_Roomwise_Hofstaetter.pdf",
        A("offer", RW, RW1, 3, "docusign"),
        """Alle Parteien haben Dienstvertrag_Roomwise_Hofstaetter.pdf abgeschlossen.

DOKUMENT ANZEIGEN: https://eu.docusign.net/Member/EmailStart.aspx?a=9d2b1c7e-14af&r=1

Absender: Lena Obermayr (lena@roomwise.example)
Unterzeichner: Magdalena Hofstätter, Markus Pöll

Das abgeschlossene Dokument ist dieser E-Mail beigefügt.

Senden Sie diese E-Mail nicht weiter: Der Link ist nur für Sie bestimmt.""",
        st="accepted",
        attach=[
            (
                "Dienstvertrag_Roomwise_Hofstaetter.pdf",
                "application/pdf",
                "%PDF-1.4 Dienstvertrag Roomwise Software GmbH – signiert",
            )
        ],
    ),
    # ------------------------------------------------------------------ alerts and talent communities
    m(
        "al01",
        "2025-09-02 06:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“revenue manager”: Hopstay Hostels - Revenue Manager EMEA and more",
        J("alert", "linkedin", lang="en"),
        """Your job alert for revenue manager in Vienna, Austria
12 new jobs match your preferences.

Revenue Manager EMEA
Hopstay Hostels · Vienna (Hybrid)
Actively recruiting
https://www.linkedin.com/comm/jobs/view/4123987710/?trk=eml-email_job_alert_digest

Cluster Revenue Manager
Meridia Hotels Austria · Vienna
Be an early applicant
https://www.linkedin.com/comm/jobs/view/4123911052/

Revenue & Distribution Manager
Thermenresort Vöslauer Hof · Bad Vöslau
https://www.linkedin.com/comm/jobs/view/4124000031/

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1708813&trk=eml-email_job_alert

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1>"},
    ),
    m(
        "al02",
        "2025-09-09 07:00",
        "karriere.at Jobalarm <alert@karriere.at>",
        "5 neue Jobs für „Revenue Manager“ in Wien",
        J("alert", "other"),
        """Hallo Magdalena,

dein Jobalarm „Revenue Manager – Wien“ hat 5 neue Jobs gefunden:

Revenue Manager (m/w/d)
Alvara Hotels & Resorts · Wien
ab € 3.800 brutto/Monat (Überzahlung möglich)
https://www.karriere.at/jobs/7582291?utm_source=jobalarm

Revenue & Reservations Manager (m/w/d)
Hietzinger Tor Hotelbetriebs GmbH & Co KG · Wien
https://www.karriere.at/jobs/7580012?utm_source=jobalarm

Reservierungsleitung (m/w/d)
Hotel Goldenes Lamm · Wien
https://www.karriere.at/jobs/7579540?utm_source=jobalarm

Yield Manager Event-Tickets (m/w/d)
Stadthalle Events GmbH · Wien
https://www.karriere.at/jobs/7583380?utm_source=jobalarm

Pricing Specialist (m/w/d)
Ferienwelt Touristik GmbH · Wien
https://www.karriere.at/jobs/7583441?utm_source=jobalarm

Jetzt bewerben – viele Unternehmen antworten innerhalb einer Woche!

Jobalarm bearbeiten oder abbestellen: https://www.karriere.at/jobalarm/verwalten""",
        headers={"List-Unsubscribe": "<https://www.karriere.at/jobalarm/abmelden?id=88213>"},
    ),
    m(
        "al03",
        "2025-09-15 10:22",
        "Alvara Hotels & Resorts <system@successfactors.eu>",
        "Willkommen in der Alvara Talent Community",
        J("alert", "other", "Alvara Hotels"),
        """Sehr geehrte Frau Hofstätter,

schön, dass Sie Teil der Alvara Talent Community sind!

Ab sofort informieren wir Sie über neue Stellen in unseren 14 Hotels in Österreich, Deutschland und Südtirol, die zu Ihren Interessen passen (Revenue Management, Sales, Wien). Ihre Interessen können Sie jederzeit im Kandidatenprofil anpassen.

Warum Alvara?
- Interne Karrierewege: 60 % unserer Führungspositionen besetzen wir aus den eigenen Reihen
- Mitarbeiter:innen-Raten in allen Häusern
- Alvara Academy mit über 40 Trainings pro Jahr

Wir freuen uns darauf, Sie kennenzulernen!

Ihr Talent Acquisition Team
Alvara Hotels & Resorts

Abmelden: https://career2.successfactors.eu/career?company=alvarahotP&career_ns=talent_community_unsubscribe""",
    ),
    m(
        "al04",
        "2025-10-06 17:44",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Roomwise is hiring: Customer Success Manager – Hospitality (DACH)",
        J("alert", "linkedin", RW, RW2, "en"),
        """Jonas Feldbacher from Roomwise posted a job that might interest you.

Customer Success Manager – Hospitality (DACH)
Roomwise · Vienna, Austria (Hybrid)
3 connections work here

"We're growing our DACH team! If you've ever fought with a channel manager at 11pm on a Saturday, we want to talk to you."

View job: https://www.linkedin.com/comm/jobs/view/4130277154/?trk=eml-jobs_hiring_post

© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?type=hiring_post""",
    ),
    m(
        "al05",
        "2025-10-13 06:30",
        "StepStone Jobagent <alert@stepstone.at>",
        "Neue Jobs für Sie: Revenue Manager, Wien",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif;background:#eef1f5">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px 28px">
<p>Guten Morgen Frau Hofstätter,</p>
<p>Ihr Jobagent hat <b>7 neue Jobs</b> für Sie gefunden:</p>
<ul>
<li><a href="https://www.stepstone.at/stellenangebote--Revenue-Manager-m-w-d-Wien-Skyport--12233118-inline.html?cid=JA_AT">Revenue Manager (m/w/d)</a> – Skyport Hotelbetriebsgesellschaft m.b.H., Schwechat</li>
<li><a href="https://www.stepstone.at/stellenangebote--Director-of-Revenue-Austria--12233901-inline.html?cid=JA_AT">Director of Revenue Austria (m/w/d)</a> – Danubia Hotelmanagement GmbH, Wien</li>
<li><a href="https://www.stepstone.at/stellenangebote--Revenue-Analyst--12234002-inline.html?cid=JA_AT">Revenue Analyst (m/w/d)</a> – Vienna Events Arena GmbH, Wien</li>
<li><a href="https://www.stepstone.at/stellenangebote--Pricing-Analyst--12234412-inline.html?cid=JA_AT">Pricing Analyst Pauschalreisen (m/w/d)</a> – Ferienwelt Touristik GmbH, Wien</li>
</ul>
<p><a href="https://www.stepstone.at/jobagent/alle?cid=JA_AT">Alle 7 Jobs ansehen</a></p>
<p style="font-size:11px;color:#888">Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. <a href="https://www.stepstone.at/jobagent/abmelden">Jobagent abbestellen</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.stepstone.at/jobagent/abmelden>"},
    ),
    m(
        "al06",
        "2025-10-27 11:00",
        "HOGASTJOB <newsletter@hogastjob.com>",
        "Die Top-Jobs der Woche in Wien 🍽️🛎️",
        J("alert", "other"),
        """Servus Magdalena,

frischer Wind im Lebenslauf? Hier sind die Top-Jobs der Woche aus Wien und Umgebung:

• Front Office Manager (m/w/d) – Hotel Kaiserallee Wien – ab € 3.200 brutto
• Revenue Manager (m/w/d) – Classic Stadthotels Austria – Überzahlung lt. Vereinbarung
• Reservierungsmitarbeiter:in – Hotel Lothringer Hof – 30–40 Std.
• Sales Manager MICE (m/w/d) – DCH Donaucity Congress Hotel

Alle Jobs: https://www.hogastjob.com/de/jobs?region=wien&utm_source=newsletter

Und im Blog: „Was verdient man eigentlich im Revenue Management?“ – unser Gehaltscheck 2025.

Dein HOGASTJOB-Team
Newsletter abbestellen: https://www.hogastjob.com/newsletter/abmelden""",
        headers={"List-Unsubscribe": "<https://www.hogastjob.com/newsletter/abmelden>"},
    ),
    m(
        "al07",
        "2025-11-10 08:05",
        "Indeed <alert@indeed.com>",
        "Revenue Manager in Wien: 9 neue Jobs",
        J("alert", "indeed"),
        """indeed

Neue Jobs für: revenue manager · Wien

Front Office & Revenue Manager (m/w/d)
Hotel Mariahilfer Stern – Wien
Neu · Einfach bewerben
https://at.indeed.com/rc/clk?jk=8b5d2c11f0e9a7a3&from=ja

Revenue Management Analyst – Network Pricing (m/w/d)
Alpine Sky Airlines – Schwechat
https://at.indeed.com/rc/clk?jk=3fa71e2c9bd40022&from=ja

Junior Revenue Manager (m/w/d)
Cityhotels Austria – Wien
https://at.indeed.com/rc/clk?jk=cc104ab82e71f9d1&from=ja

Alle 9 neuen Jobs ansehen: https://at.indeed.com/jobs?q=revenue+manager&l=Wien&fromage=last

Du erhältst diese E-Mail, weil du Jobbenachrichtigungen abonniert hast. Abbestellen: https://at.indeed.com/alert/unsubscribe?id=7a0e""",
        headers={"List-Unsubscribe": "<https://at.indeed.com/alert/unsubscribe?id=7a0e>"},
    ),
    m(
        "al08",
        "2025-11-24 05:45",
        "AMS eJob-Room <noreply@ams.at>",
        "eJob-Room: Neue Stellenangebote zu Ihrem Suchprofil „Revenue / Reservierung Wien“",
        J("alert", "other"),
        """Sehr geehrte Frau Hofstätter,

zu Ihrem gespeicherten Suchprofil „Revenue / Reservierung Wien“ wurden seit gestern 4 neue Stellenangebote im eJob-Room veröffentlicht:

1. Reservierungsleiter/in (m/w/d) – Hotel Prater Residenz GmbH, 1020 Wien – Vollzeit
2. Revenue Manager/in (m/w/d) – Hotelbetriebsgesellschaft Opernring GmbH, 1010 Wien – Vollzeit
3. Reservierungsmitarbeiter/in (m/w/d) – Jugendgästehaus Brigittenau, 1200 Wien – Teilzeit
4. Yield-Manager/in (m/w/d) – Bäderbetriebe Wien GmbH, 1100 Wien – Vollzeit

Alle Stellenangebote ansehen: https://jobs.ams.at/public/emps/suchprofil/4418207

Sie können Ihr Suchprofil jederzeit im eAMS-Konto ändern oder löschen.

Ihr Arbeitsmarktservice""",
    ),
    m(
        "al09",
        "2025-12-12 07:30",
        "XING Jobs <jobs@mail.xing.com>",
        "Magdalena, diese Jobs passen zu Ihnen",
        J("alert", "other"),
        """Jobs, die zu Ihrem Profil passen

Head of Revenue Management (m/w/d)
Meridia Hotels Austria GmbH · Wien
Passt zu 87 %
https://www.xing.com/jobs/wien-head-revenue-management-128833012?ijt=jb_18

Account Manager Hotels Österreich (m/w/d)
Channelhub Software GmbH · Innsbruck/Wien
Passt zu 81 %
https://www.xing.com/jobs/wien-account-manager-hotels-128801771?ijt=jb_18

Commercial Director (m/w/d)
Hotel Panorama Kahlenberg · Wien
Passt zu 74 %
https://www.xing.com/jobs/wien-commercial-director-128790066?ijt=jb_18

Weitere Jobs: https://www.xing.com/jobs/find?sc_o=mail_jobs

New Work SE · Am Strandkai 1 · 20457 Hamburg
Benachrichtigungseinstellungen: https://www.xing.com/settings/notifications""",
        headers={
            "List-Unsubscribe": "<https://www.xing.com/settings/notifications/unsubscribe?t=jobs>"
        },
    ),
    m(
        "al10",
        "2025-12-29 09:00",
        "Hotelcareer Jobletter <noreply@hotelcareer.at>",
        "Dein Jobletter: 6 neue Jobs im Revenue Management",
        J("alert", "other"),
        """Hallo Magdalena,

das neue Jahr wird dein Karriere-Jahr! Diese Jobs passen zu deinem Suchauftrag „Revenue Management, Österreich“:

- Revenue Manager (m/w/d) · Alpenrose Resort ****S · Seefeld in Tirol
- Cluster Revenue Manager (m/w/d) · Lindenhof Style Hotels · Wien
- Revenue & Distribution Manager (m/w/d) · Seeschlössl St. Gilgen · Wolfgangsee
- Junior Revenue Analyst (m/w/d) · Hotelgruppe Donau-Alpin · Linz
- Reservation & Revenue Supervisor (m/w/d) · Hotel am Stadtpark · Graz
- Revenue Manager Ski Resorts (m/w/d) · Arlberg Hospitality Collection · St. Anton

Alle Jobs: https://www.hotelcareer.at/jobs/revenue-management?utm_source=jobletter

Dein Hotelcareer-Team
Jobletter abbestellen: https://www.hotelcareer.at/jobletter/abmelden""",
        headers={"List-Unsubscribe": "<https://www.hotelcareer.at/jobletter/abmelden>"},
    ),
    m(
        "al12",
        "2026-01-26 05:45",
        "AMS eJob-Room <noreply@ams.at>",
        "eJob-Room: Neue Stellenangebote zu Ihrem Suchprofil „Revenue / Reservierung Wien“",
        J("alert", "other"),
        """Sehr geehrte Frau Hofstätter,

zu Ihrem gespeicherten Suchprofil „Revenue / Reservierung Wien“ wurden seit gestern 2 neue Stellenangebote im eJob-Room veröffentlicht:

1. Revenue Manager/in (m/w/d) – Stephansgarten Hotelbetriebs GmbH, 1010 Wien – Vollzeit
2. Reservierungsmitarbeiter/in (m/w/d) – Hotel Westbahnhof Betriebs GmbH, 1150 Wien – Vollzeit

Alle Stellenangebote ansehen: https://jobs.ams.at/public/emps/suchprofil/4418207

Ihr Arbeitsmarktservice""",
    ),
    m(
        "al13",
        "2026-02-09 06:14",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“revenue manager”: Meridia Hotels Austria - Head of Revenue Management and more",
        J("alert", "linkedin", lang="en"),
        """Your job alert for revenue manager in Vienna, Austria
8 new jobs match your preferences.

Head of Revenue Management
Meridia Hotels Austria · Vienna
https://www.linkedin.com/comm/jobs/view/4158830021/

Revenue Manager
Hotel Stephansgarten · Vienna
https://www.linkedin.com/comm/jobs/view/4158771104/

Revenue Strategy Lead
Pricepoint · Vienna (Remote)
https://www.linkedin.com/comm/jobs/view/4158902257/

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1708813

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1>"},
    ),
    # ------------------------------------------------------------------ outreach
    m(
        "o1",
        "2025-09-18 16:25",
        "XING <mailrobot@mail.xing.com>",
        "Neue Nachricht von Sandra Fuchs",
        J("outreach", "agency", None, "Revenue Analyst (Karenzvertretung)"),
        """Sandra Fuchs hat Ihnen eine Nachricht geschickt:

„Liebe Frau Hofstätter, ich bin Personalberaterin bei Gastro Personal Partner und suche für eine internationale Hotelkette in Wien eine:n Revenue Analyst als Karenzvertretung (18 Monate, Vollzeit, Start Dezember). Die Stelle ist direkt beim Kunden angestellt, nicht über Arbeitskräfteüberlassung. Hätten Sie Interesse an einem kurzen Austausch? Beste Grüße, Sandra Fuchs"

Nachricht beantworten: https://www.xing.com/chats/2f81c0aa

Sandra Fuchs · Senior Consultant Hospitality · Gastro Personal Partner GmbH

New Work SE · Am Strandkai 1 · 20457 Hamburg""",
    ),
    m(
        "o2",
        "2025-11-06 14:18",
        "Oliver Brandt via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Head of Revenue Strategy – travel-tech scale-up (Berlin/remote)",
        J("outreach", "linkedin", None, "Head of Revenue Strategy", "en"),
        """Hi Magdalena,

I hope you don't mind me reaching out directly. I'm working with a Series B travel-tech scale-up (dynamic pricing for independent hotels, ~140 people, backed by two well-known European funds) that is building out its revenue strategy function.

They're looking for a Head of Revenue Strategy – someone who has actually run revenue for hotels and can translate that into product and go-to-market. Berlin HQ, but fully remote from Vienna is fine, with one week per month on site.

Would you be open to a 15-minute call next week? Happy to share more details, including the company name, once we've spoken.

Best,
Oliver

Oliver Brandt
Principal · Northbridge Talent
Reply: https://www.linkedin.com/messaging/thread/2-NTIwZDE0/

You're receiving InMail notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?type=inmail
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
    ),
    m(
        "o3",
        "2026-02-12 19:03",
        "Felix Rainer via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Revenue Strategy Lead @ Pricepoint?",
        J("outreach", "linkedin", "Pricepoint", "Revenue Strategy Lead", "en"),
        """Hi Magdalena,

Felix here, co-founder of Pricepoint (we build pricing tools for serviced apartments). Saw your talk at the Revenue Circle meetup in October – the part about overriding the algorithm during the Taylor Swift cancellations was gold.

We're hiring our first Revenue Strategy Lead in Vienna. No formal process yet, just coffee. Interested?

Felix

Reply: https://www.linkedin.com/messaging/thread/2-Y2FmZTA4/
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
    ),
    # ------------------------------------------------------------------ other job mail
    m(
        "oj1",
        "2025-11-03 11:42",
        "eAMS-Konto <noreply@ams.at>",
        "Bestätigung Ihrer Arbeitsuchendmeldung",
        J("other_job", "other"),
        """Sehr geehrte Frau Hofstätter,

wir bestätigen den Eingang Ihrer Meldung als arbeitsuchend vom 03.11.2025.

Da Ihr Dienstverhältnis mit 31.01.2026 endet, sind Sie bis dahin als „arbeitsuchend in Beschäftigung“ vorgemerkt. Ihre zuständige Geschäftsstelle ist AMS Wien Redergasse. Sie erhalten in Kürze eine Einladung zu einem Beratungsgespräch.

Bitte beachten Sie: Für den Bezug von Arbeitslosengeld ist eine gesonderte Antragstellung nach Ende des Dienstverhältnisses erforderlich.

Ihr Arbeitsmarktservice
https://www.e-ams.at""",
    ),
    m(
        "oj2",
        "2025-11-13 09:15",
        "AMS Wien Redergasse <ams.redergasse@ams.at>",
        "Einladung zum Beratungsgespräch am 20.11.2025",
        J("other_job", "other"),
        """Sehr geehrte Frau Hofstätter,

wir laden Sie zu einem Beratungsgespräch ein:

Termin: Donnerstag, 20.11.2025, 08:40 Uhr
Ort: AMS Wien Redergasse, Redergasse 1, 1050 Wien, 2. Stock, Zone B
Beraterin: Jasmin Koller

Bitte bringen Sie einen amtlichen Lichtbildausweis, Ihren aktuellen Lebenslauf sowie Ihre Kündigung bzw. Ihre Arbeitsbescheinigung mit.

Können Sie den Termin aus wichtigen Gründen nicht wahrnehmen, verständigen Sie uns bitte vorher telefonisch unter +43 50 904 940 oder über Ihr eAMS-Konto.

Mit freundlichen Grüßen
Ihr AMS""",
        ics=ics(
            "ams-ter-20251120-0840-4418207@ams.at",
            "2025-11-20 08:40",
            "AMS Beratungsgespräch",
            ("AMS Wien Redergasse", "ams.redergasse@ams.at"),
            style="outlook",
            minutes=30,
            location="AMS Wien Redergasse, Redergasse 1, 1050 Wien",
        ),
    ),
    m(
        "oj3",
        "2025-12-10 18:30",
        "karriere.at <news@profil.karriere.at>",
        "Wie war deine Bewerbung bei Ferienwelt Touristik GmbH?",
        J("other_job", "other", FW),
        """Hallo Magdalena,

vor einigen Wochen hast du dich über karriere.at bei Ferienwelt Touristik GmbH beworben. Wie ist es dir dabei ergangen?

Mit deiner anonymen Bewertung hilfst du anderen Jobsuchenden, das richtige Unternehmen zu finden – und Unternehmen, ihren Bewerbungsprozess zu verbessern.

Jetzt bewerten (dauert 2 Minuten): https://www.karriere.at/f/ferienwelt-touristik/bewerten?utm_source=mail&utm_campaign=application_review

Danke!
Dein karriere.at Team

karriere.at GmbH · Hafenstraße 47-51 · 4020 Linz""",
        headers={"List-Unsubscribe": "<https://www.karriere.at/einstellungen/benachrichtigungen>"},
    ),
]

thread(MAIL, "x1b", "x1a")
thread(MAIL, "c1d", "c1c", "<e3b2a1c0-7f6e-4d5c-9b8a-112233445566@gmx.at>")
thread(MAIL, "b1b", "b1a")
thread(MAIL, "b1c", "b1b")

# ruff: noqa: E501
"""Held-out corpus, job mail in German, French, Spanish and Portuguese.

Each entry is one message; ``t`` is its label: (category, company, role, application, source,
language). ``with`` keeps a message that belongs to no application in the split of a related
one. See heldout.py.
"""

MAIL = [
    # ================================================================== German
    # ------------------------------------------------------------------ Kestrel Mobility (6), Sie
    {
        "id": "<prs.cand.8f41d2a7c3.1704892800@personio.de>",
        "date": "2024-01-10 14:20:00 +0100",
        "from": "Kestrel Mobility GmbH <noreply@personio.de>",
        "reply_to": "jobs@kestrel-mobility.example",
        "subject": "Ihre Bewerbung als Backend Engineer (Python) (m/w/d)",
        "text": """Sehr geehrte Frau Almeida,

vielen Dank für Ihre Bewerbung als Backend Engineer (Python) (m/w/d) und Ihr Interesse an Kestrel Mobility.

Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann.

Mit freundlichen Grüßen

Katharina Vogt
People & Culture
Kestrel Mobility GmbH
Torstraße 118, 10119 Berlin

Handelsregister: Amtsgericht Charlottenburg, HRB 219874 B
Geschäftsführer: Moritz Berger, Dr. Aylin Demir
Informationen zum Datenschutz im Bewerbungsprozess: https://kestrel-mobility.jobs.personio.de/privacy-policy
""",
        "cte": "quoted-printable",
        "t": (
            "confirmation",
            "Kestrel Mobility GmbH",
            "Backend Engineer (Python) (m/w/d)",
            6,
            "personio",
            "de",
        ),
    },
    {
        "id": "<prs.cand.2b9e6a10f4.1706012400@personio.de>",
        "date": "2024-01-23 13:20:00 +0100",
        "from": "Katharina Vogt | Kestrel Mobility GmbH <noreply@personio.de>",
        "reply_to": "katharina.vogt@kestrel-mobility.example",
        "subject": "Einladung zum Kennenlernen – Backend Engineer (Python)",
        "text": """Sehr geehrte Frau Almeida,

vielen Dank für Ihre Geduld. Ihre Unterlagen haben uns überzeugt, und wir würden Sie gerne in einem ersten Gespräch (ca. 45 Minuten, per Google Meet) näher kennenlernen. Neben mir nimmt unser Engineering Lead, Herr Jonas Keller, teil.

Folgende Termine könnten wir Ihnen anbieten:
– Montag, 29.01., 10:00 Uhr
– Dienstag, 30.01., 14:30 Uhr
– Donnerstag, 01.02., 09:00 Uhr

Bitte teilen Sie uns kurz mit, welcher Termin Ihnen passt; Sie erhalten dann eine Kalendereinladung mit dem Link.

Wir freuen uns auf das Gespräch!

Mit freundlichen Grüßen
Katharina Vogt
People & Culture | Kestrel Mobility GmbH
""",
        "t": (
            "interview",
            "Kestrel Mobility GmbH",
            "Backend Engineer (Python) (m/w/d)",
            6,
            "personio",
            "de",
        ),
    },
    {
        "id": "<prs.cand.71c0d3e8a5.1708084800@personio.de>",
        "date": "2024-02-16 13:00:00 +0100",
        "from": "Katharina Vogt | Kestrel Mobility GmbH <noreply@personio.de>",
        "reply_to": "katharina.vogt@kestrel-mobility.example",
        "subject": "Ihre Bewerbung bei Kestrel Mobility",
        "text": """Sehr geehrte Frau Almeida,

nochmals herzlichen Dank für die offenen und angenehmen Gespräche mit Herrn Keller und mir sowie für die Zeit, die Sie in unseren Bewerbungsprozess investiert haben. Ihr Profil und insbesondere Ihre Erfahrung mit ereignisgetriebenen Architekturen haben uns sehr gut gefallen.

Nach reiflicher Überlegung haben wir uns jedoch für eine Kandidatin entschieden, deren Erfahrungsprofil noch etwas besser zu den aktuellen Anforderungen des Teams passt. Diese Entscheidung ist uns wirklich nicht leichtgefallen.

Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool behalten. Falls Sie damit nicht einverstanden sind, genügt eine kurze Nachricht.

Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Katharina Vogt
People & Culture | Kestrel Mobility GmbH
""",
        "t": (
            "rejection",
            "Kestrel Mobility GmbH",
            "Backend Engineer (Python) (m/w/d)",
            6,
            "personio",
            "de",
        ),
    },
    # ------------------------------------------------------------------ alert: StepStone Jobagent
    {
        "id": "<jobagent.20240129.7f3a2b1c@mail.stepstone.de>",
        "date": "2024-01-29 06:31:00 +0100",
        "from": "StepStone Jobagent <jobagent@mail.stepstone.de>",
        "subject": "7 neue Jobs für „Data Engineer“ in Berlin",
        "headers": {"List-Unsubscribe": "<https://www.stepstone.de/jobagent/abmelden?id=JA-99281>"},
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Jordan Almeida,</p>
<p>Ihr Jobagent hat <b>7 neue Stellenangebote</b> für Sie gefunden:</p>
<p><a href="https://www.stepstone.de/stellenangebote--Data-Engineer-m-w-d-Berlin-Amberline-Logistics--10422871-inline.html">Data Engineer (m/w/d)</a><br>Amberline Logistics GmbH · Berlin · Teilweise Home-Office</p>
<p><a href="https://www.stepstone.de/stellenangebote--Senior-Data-Engineer-all-genders-Berlin-Vireo-Health--10423114-inline.html">Senior Data Engineer (all genders)</a><br>Vireo Health SE · Berlin</p>
<p><a href="https://www.stepstone.de/stellenangebote--Data-Scientist-m-w-d-Chemnitz-Hellwig-Maschinenbau--10419902-inline.html">Data Scientist (m/w/d)</a><br>Hellwig Maschinenbau GmbH · Chemnitz · Schnelle Bewerbung</p>
<p><a href="https://www.stepstone.de/jobagent/ergebnisse?id=JA-99281">Alle 7 Jobs ansehen</a></p>
<p style="font-size:11px;color:#777">Sie erhalten diese E-Mail, weil Sie einen Jobagenten für „Data Engineer“ in Berlin angelegt haben. <a href="https://www.stepstone.de/jobagent/abmelden?id=JA-99281">Jobagent abbestellen</a><br>StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</p>
</body></html>""",
        "t": ("alert", None, None, None, "other", "de"),
    },
    # ------------------------------------------------------------------ Brenner Logistik (27), XING
    {
        "id": "<xing.appl.4c1d9e7b.1708419660@mail.xing.com>",
        "date": "2024-02-20 10:01:00 +0100",
        "from": "XING <noreply@mail.xing.com>",
        "subject": "Deine Bewerbung bei Brenner Logistik ist unterwegs",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hallo Jordan,</p>
<p>deine Bewerbung als <b>BI-Entwickler (m/w/d)</b> bei <b>Brenner Logistik GmbH &amp; Co. KG</b> wurde erfolgreich versendet.</p>
<p>So geht es weiter: Das Unternehmen prüft jetzt deine Unterlagen und meldet sich direkt bei dir. Den Status deiner Bewerbungen findest du jederzeit unter <a href="https://www.xing.com/jobs/my-jobs/applied">Meine Jobs</a>.</p>
<p>Viel Erfolg!<br>Dein XING Team</p>
<p style="font-size:11px;color:#888">New Work SE · Am Strandkai 1 · 20457 Hamburg · <a href="https://www.xing.com/settings/notifications">Benachrichtigungen verwalten</a></p>
</body></html>""",
        "t": ("confirmation", "Brenner Logistik", "BI-Entwickler (m/w/d)", 27, "other", "de"),
    },
    # ------------------------------------------------------------------ Fabrikwerk Digital (8), du
    {
        "id": "<rct.offer.9a8b7c6d.1709719500@mail.recruitee.com>",
        "date": "2024-03-06 11:05:00 +0100",
        "from": "Fabrikwerk Digital <fabrikwerk@mail.recruitee.com>",
        "reply_to": "Lena Hoffmann <lena@fabrikwerk.example>",
        "subject": "Danke für deine Bewerbung bei Fabrikwerk! 🚀",
        "text": """Hey Jordan,

wie cool, dass du dich als Analytics Engineer bei uns beworben hast! Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an.

Spätestens in zwei Wochen hörst du von uns – versprochen.

Bis dahin kannst du ja mal in unseren Blog reinschauen: https://fabrikwerk.example/blog

Liebe Grüße
Lena vom Fabrikwerk-Team
""",
        "t": ("confirmation", "Fabrikwerk Digital", "Analytics Engineer", 8, "recruitee", "de"),
    },
    {
        "id": "<rct.offer.1f2e3d4c.1710152520@mail.recruitee.com>",
        "date": "2024-03-11 11:22:00 +0100",
        "from": "Lena Hoffmann <fabrikwerk@mail.recruitee.com>",
        "reply_to": "Lena Hoffmann <lena@fabrikwerk.example>",
        "subject": "Nächster Schritt: unsere Case Study 🧩",
        "text": """Hi Jordan,

danke für deine Geduld! Deine Bewerbung hat uns gefallen und wir würden gerne mit dir weitermachen.

Als nächsten Schritt haben wir eine kleine Case Study für dich vorbereitet: Du bekommst einen Auszug aus unseren (anonymisierten) Bestelldaten und baust daraus ein kleines dbt-Modell plus zwei, drei Kennzahlen, die du sinnvoll findest. Plan bitte ca. 3–4 Stunden ein – mehr muss es wirklich nicht sein.

Den Datensatz und die Aufgabenbeschreibung findest du hier:
https://fabrikwerk.recruitee.com/o/analytics-engineer/c/case-7731

Schick uns deine Lösung (GitHub-Link oder ZIP) bis Montag, 18.03., einfach als Antwort auf diese Mail.

Bei Fragen meld dich jederzeit!

Viele Grüße
Lena
""",
        "t": ("assessment", "Fabrikwerk Digital", "Analytics Engineer", 8, "recruitee", "de"),
    },
    # ------------------------------------------------------------------ outreach: headhunter
    {
        "id": "<FR2P281MB2207B1C2D3E4F5A6B7C8D9E0F1A2@FR2P281MB2207.DEUP281.PROD.OUTLOOK.COM>",
        "date": "2024-03-13 08:55:31 +0100",
        "from": "Dr. Stefan Hartmann <s.hartmann@hartmann-search.example>",
        "subject": "Vertrauliche Anfrage: Lead Data Engineer (m/w/d) – Versicherungsgruppe, Hamburg/remote",
        "text": """Sehr geehrte Frau Almeida,

ich bin über Ihr Profil bei LinkedIn auf Sie aufmerksam geworden und erlaube mir, Sie auf diesem Weg direkt zu kontaktieren.

Im Auftrag eines führenden deutschen Versicherungskonzerns suchen wir eine/n

    Lead Data Engineer (m/w/d)
    Hamburg oder remote (2 Tage/Monat vor Ort), unbefristet

Sie würden ein Team von sechs Data Engineers fachlich führen und die Migration der bestehenden Data-Warehouse-Landschaft auf eine moderne Cloud-Plattform verantworten. Das Zielgehalt liegt bei 95.000–110.000 € zzgl. Bonus.

Hätten Sie in den nächsten Tagen Zeit für ein kurzes, selbstverständlich vertrauliches Telefonat? Den Namen unseres Mandanten nenne ich Ihnen gerne im persönlichen Gespräch.

Mit freundlichen Grüßen

Dr. Stefan Hartmann
Partner
Hartmann & Partner Executive Search GmbH
Ballindamm 17 · 20095 Hamburg
T +49 40 555 2031 · M +49 171 555 8820
""",
        "t": ("outreach", None, "Lead Data Engineer (m/w/d)", None, "agency", "de"),
    },
    # ------------------------------------------------------------------ Hellwig (28), StepStone
    {
        "id": "<appl.confirm.10419902.5e6f7a8b@mail.stepstone.de>",
        "date": "2024-03-19 19:44:12 +0100",
        "from": "StepStone <noreply@mail.stepstone.de>",
        "subject": "Ihre Bewerbung bei Hellwig Maschinenbau GmbH",
        "text": """Hallo Jordan Almeida,

Ihre Bewerbung für die Stelle

Data Scientist (m/w/d)
Hellwig Maschinenbau GmbH, Chemnitz

wurde erfolgreich versendet.

Ihre Bewerbung auf einen Blick:
- Lebenslauf: Jordan_Almeida_Lebenslauf.pdf
- Anschreiben: Anschreiben_Hellwig.pdf
- Gesendet am: 19.03.2024

Tipp: Unter „Meine Bewerbungen“ sehen Sie, wann das Unternehmen Ihre Bewerbung geöffnet hat: https://www.stepstone.de/candidate/bewerbungen

Viel Erfolg!
Ihr StepStone Team

StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf
""",
        "t": (
            "confirmation",
            "Hellwig Maschinenbau GmbH",
            "Data Scientist (m/w/d)",
            28,
            "other",
            "de",
        ),
    },
    # ------------------------------------------------------------------ Fabrikwerk (8): interview
    {
        "id": "<calendar-c41f8a2e-0b3d-4e6c-9f7a-1d2e3f4a5b6c@google.com>",
        "date": "2024-03-21 16:12:40 +0100",
        "from": "Lena Hoffmann <lena@fabrikwerk.example>",
        "sender": "Google Kalender <calendar-notification@google.com>",
        "reply_to": "lena@fabrikwerk.example",
        "subject": "Einladung: Fabrikwerk x Jordan – Case-Besprechung & Team-Kennenlernen @ Mi. 27. März 2024 11:00 - 12:00 (MEZ) (jordan.almeida@fastpost.example)",
        "text": """Hi Jordan, deine Case Study hat uns echt Spaß gemacht! Lass uns gemeinsam drüber sprechen – mit dabei sind Malte (unser Head of Data) und Ayşe aus dem Analytics-Team. Wir sind im Büro in der Lohmühlenstraße, Kaffee geht auf uns ☕

Fabrikwerk x Jordan – Case-Besprechung & Team-Kennenlernen
Mittwoch, 27. März 2024 ⋅ 11:00 – 12:00
Mitteleuropäische Zeit - Berlin

Ort
Fabrikwerk Digital, Lohmühlenstraße 65, 12435 Berlin

Organisator
Lena Hoffmann
lena@fabrikwerk.example

Gäste
Lena Hoffmann – Organisator
malte@fabrikwerk.example
ayse@fabrikwerk.example
jordan.almeida@fastpost.example

Antworten für jordan.almeida@fastpost.example
Ja: https://calendar.google.com/calendar/event?action=RESPOND&eid=YzQxZjhhMmU&rst=1
Nein: https://calendar.google.com/calendar/event?action=RESPOND&eid=YzQxZjhhMmU&rst=2
Vielleicht: https://calendar.google.com/calendar/event?action=RESPOND&eid=YzQxZjhhMmU&rst=3

Einladung von Google Kalender: https://calendar.google.com/calendar/

Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.
""",
        "ics": {
            "uid": "c41f8a2e0b3d4e6c9f7a1d2e3f4a5b6c@google.com",
            "start": "2024-03-27 11:00:00 +0100",
            "minutes": 60,
            "organizer": ("Lena Hoffmann", "lena@fabrikwerk.example"),
            "attendees": [
                ("malte@fabrikwerk.example", "malte@fabrikwerk.example"),
                ("ayse@fabrikwerk.example", "ayse@fabrikwerk.example"),
            ],
            "summary": "Fabrikwerk x Jordan – Case-Besprechung & Team-Kennenlernen",
            "location": "Fabrikwerk Digital, Lohmühlenstraße 65, 12435 Berlin",
            "description": "Hi Jordan, deine Case Study hat uns echt Spaß gemacht! Lass uns gemeinsam drüber sprechen – mit dabei sind Malte (unser Head of Data) und Ayşe aus dem Analytics-Team.",
        },
        "t": ("interview", "Fabrikwerk Digital", "Analytics Engineer", 8, "direct", "de"),
    },
    # ------------------------------------------------------------------ alert: XING
    {
        "id": "<xing.reco.20240403.2d3e4f5a@mail.xing.com>",
        "date": "2024-04-03 07:15:00 +0200",
        "from": "XING Stellenmarkt <jobs@mail.xing.com>",
        "subject": "Jordan, diese 5 Jobs passen zu dir",
        "headers": {
            "List-Unsubscribe": "<https://www.xing.com/settings/notifications/unsubscribe?t=jobreco>"
        },
        "text": """Hallo Jordan,

wir haben neue Jobs gefunden, die zu deinem Profil passen:

Senior Data Engineer (w/m/d) – Vireo Health SE – Berlin – 92 % Match
Analytics Engineer (m/w/d) – Pocketgrove GmbH – Remote – 88 % Match
Data Engineer – Stadtwerke Nordheim GmbH – Nordheim – 85 % Match
Dateningenieur:in Plattform – Amberline Logistics GmbH – Berlin – 81 % Match

Alle Empfehlungen ansehen: https://www.xing.com/jobs/recommendations

Dein XING Team

Du erhältst diese E-Mail, weil du Job-Empfehlungen abonniert hast. Abbestellen: https://www.xing.com/settings/notifications/unsubscribe?t=jobreco
New Work SE · Am Strandkai 1 · 20457 Hamburg
""",
        "t": ("alert", None, None, None, "other", "de"),
    },
    # ------------------------------------------------------------------ Fabrikwerk (8): offer
    {
        "id": "<CAN5bR2x8kQ1mT4wP7zL0sV3dY6gH9fE2cA5jU8iO1nB4tX@mail.gmail.com>",
        "date": "2024-04-08 17:31:09 +0200",
        "from": "Lena Hoffmann <lena@fabrikwerk.example>",
        "subject": "Dein Angebot von Fabrikwerk 🎉",
        "text": """Hi Jordan,

wir haben uns riesig über die Gespräche mit dir gefreut – und machen es kurz: Wir möchten dich sehr gerne als Analytics Engineer ins Team holen!

Im Anhang findest du unser Angebot mit allen Details:
– 68.000 € brutto im Jahr
– 30 Urlaubstage, 4-Tage-Woche optional ab dem zweiten Jahr
– Hybrid: 2 Tage die Woche im Büro in Treptow
– Start zum 1. Juni oder nach Absprache

Gib uns gern bis Freitag, 19.04., Bescheid, wie du dich entscheidest. Und wenn du noch Fragen hast oder mit jemandem aus dem Team sprechen willst, sag einfach Bescheid – Malte ruft dich auch gern an.

Wir drücken uns selbst die Daumen 🤞

Liebe Grüße
Lena

Lena Hoffmann · People & Culture · Fabrikwerk Digital GmbH
Lohmühlenstraße 65 · 12435 Berlin
""",
        "attach": [
            (
                "Angebot_Jordan_Almeida_Fabrikwerk.pdf",
                "application/pdf",
                "%PDF-1.4\n% Angebot (Platzhalter)\n%%EOF\n",
            )
        ],
        "t": ("offer", "Fabrikwerk Digital", "Analytics Engineer", 8, "direct", "de"),
    },
    # ------------------------------------------------------------------ Stadtwerke Nordheim (25)
    {
        "id": "<sg.applicant.2024-037.6b7c8d9e@softgarden.io>",
        "date": "2024-04-15 09:12:33 +0200",
        "from": "Stadtwerke Nordheim GmbH <noreply@softgarden.io>",
        "reply_to": "bewerbung@stadtwerke-nordheim.example",
        "subject": "Eingangsbestätigung Ihrer Bewerbung: Data Engineer (m/w/d)",
        "text": """Guten Tag Jordan Almeida,

wir bestätigen Ihnen hiermit den Eingang Ihrer Bewerbung auf die Stelle „Data Engineer (m/w/d)“ (Kennziffer 2024-037) und bedanken uns für Ihr Interesse an den Stadtwerken Nordheim.

Ihre Unterlagen werden nun von der Personalabteilung und der Fachabteilung geprüft. Bitte beachten Sie, dass der Auswahlprozess aufgrund der Beteiligung des Betriebsrats einige Wochen dauern kann. Wir melden uns unaufgefordert bei Ihnen.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Team Personal
Stadtwerke Nordheim GmbH

Am Wasserturm 5 · 31135 Nordheim
Geschäftsführung: Dipl.-Ing. Ralf Meiners · Aufsichtsratsvorsitzender: Bürgermeister Thomas Kuhl
""",
        "t": ("confirmation", "Stadtwerke Nordheim", "Data Engineer (m/w/d)", 25, "other", "de"),
    },
    {
        "id": "<AM0PR07MB4977C8D9E0F1A2B3C4D5E6F7A8B9@AM0PR07MB4977.eurprd07.prod.outlook.com>",
        "date": "2024-04-24 14:05:51 +0200",
        "from": "Bewerbermanagement Stadtwerke Nordheim <bewerbung@stadtwerke-nordheim.example>",
        "subject": "Einladung zum Vorstellungsgespräch – Data Engineer (m/w/d), Kennziffer 2024-037",
        "text": """Sehr geehrte Frau Almeida,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einladen zu dürfen:

Termin: Donnerstag, 02.05.2024, 10:00 Uhr (Dauer ca. 90 Minuten)
Ort: Stadtwerke Nordheim, Verwaltungsgebäude, Raum 3.14, Am Wasserturm 5, 31135 Nordheim

Am Gespräch nehmen Herr Brandt (Leiter IT & Digitalisierung), Frau Yılmaz (Personal) sowie ein Mitglied des Betriebsrats teil.

Bitte bringen Sie ein gültiges Ausweisdokument mit und melden Sie sich am Empfang. Eine Kalendereinladung ist dieser E-Mail beigefügt. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
i. A. Derya Yılmaz
Personalabteilung
Stadtwerke Nordheim GmbH
Tel. 05121 555-214
""",
        "ics": {
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2B301000000000000000010000000A9B8C7D6",
            "start": "2024-05-02 10:00:00 +0200",
            "minutes": 90,
            "organizer": (
                "Bewerbermanagement Stadtwerke Nordheim",
                "bewerbung@stadtwerke-nordheim.example",
            ),
            "attendees": [("Olaf Brandt", "o.brandt@stadtwerke-nordheim.example")],
            "summary": "Vorstellungsgespräch Data Engineer (m/w/d) – Frau Almeida",
            "location": "Verwaltungsgebäude, Raum 3.14, Am Wasserturm 5, 31135 Nordheim",
            "description": "Vorstellungsgespräch Data Engineer (m/w/d), Kennziffer 2024-037",
        },
        "t": ("interview", "Stadtwerke Nordheim", "Data Engineer (m/w/d)", 25, "direct", "de"),
    },
    # ------------------------------------------------------------------ Kranich Versicherung (26)
    {
        "id": "<karriere.otp.58213.20240502101702@karriere.kranich-versicherung.example>",
        "date": "2024-05-02 10:17:02 +0200",
        "from": "Kranich Versicherung AG – Karriere <noreply@karriere.kranich-versicherung.example>",
        "subject": "Ihr Bestätigungscode: 482913",
        "text": """Guten Tag,

Ihr Bestätigungscode für das Karriereportal der Kranich Versicherung AG lautet:

    482913

Der Code ist 15 Minuten gültig. Falls Sie diese Anmeldung nicht angefordert haben, können Sie diese E-Mail ignorieren.

Kranich Versicherung AG
Personalmarketing & Recruiting
""",
        "t": ("other_job", "Kranich Versicherung AG", None, None, "other", "de"),
        "with": 26,
    },
    {
        "id": "<sg.applicant.2024-037.0c1d2e3f@softgarden.io>",
        "date": "2024-05-21 11:40:09 +0200",
        "from": "Stadtwerke Nordheim GmbH <noreply@softgarden.io>",
        "reply_to": "bewerbung@stadtwerke-nordheim.example",
        "subject": "Ihre Bewerbung als Data Engineer (m/w/d) – Kennziffer 2024-037",
        "text": """Sehr geehrte Frau Almeida,

nochmals vielen Dank für das angenehme Gespräch in unserem Haus und das Interesse, das Sie uns entgegengebracht haben.

Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Abwägung für eine andere Bewerberin bzw. einen anderen Bewerber entschieden haben. Bitte sehen Sie dies nicht als Wertung Ihrer Qualifikation.

Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.

Für Ihren weiteren Berufsweg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Team Personal
Stadtwerke Nordheim GmbH
""",
        "t": ("rejection", "Stadtwerke Nordheim", "Data Engineer (m/w/d)", 25, "other", "de"),
    },
    # ------------------------------------------------------------------ Kestrel Mobility (48): 2nd role
    {
        "id": "<prs.cand.d5e6f7a8b9.1717411320@personio.de>",
        "date": "2024-06-03 12:42:00 +0200",
        "from": "Kestrel Mobility GmbH <noreply@personio.de>",
        "reply_to": "jobs@kestrel-mobility.example",
        "subject": "Ihre Bewerbung als Data Engineer (m/w/d)",
        "text": """Sehr geehrte Frau Almeida,

vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) und Ihr Interesse an Kestrel Mobility.

Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann.

Mit freundlichen Grüßen

Katharina Vogt
People & Culture
Kestrel Mobility GmbH
Torstraße 118, 10119 Berlin

Handelsregister: Amtsgericht Charlottenburg, HRB 219874 B
Geschäftsführer: Moritz Berger, Dr. Aylin Demir
""",
        "cte": "quoted-printable",
        "t": (
            "confirmation",
            "Kestrel Mobility GmbH",
            "Data Engineer (m/w/d)",
            48,
            "personio",
            "de",
        ),
    },
    {
        "id": "<karriere.mail.58213.20240627083015@karriere.kranich-versicherung.example>",
        "date": "2024-06-27 08:30:15 +0200",
        "from": "Kranich Versicherung AG – Karriere <noreply@karriere.kranich-versicherung.example>",
        "subject": "Ihre Bewerbung: Senior Data Analyst (m/w/d), ID 58213",
        "html": """<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrte Frau Almeida,</p>
<p>haben Sie nochmals vielen Dank für Ihr Interesse an einer Tätigkeit bei der Kranich Versicherung AG und die Zusendung Ihrer Bewerbungsunterlagen für die Position <b>Senior Data Analyst (m/w/d)</b>.</p>
<p>Wir haben uns die Entscheidung nicht leicht gemacht. Nach sorgfältiger Prüfung müssen wir Ihnen jedoch mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.</p>
<p>Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Kranich Versicherung AG<br>Personalmarketing &amp; Recruiting</p>
<p style="font-size:8pt;color:#666">Kranich Versicherung AG · Sitz: Köln · Registergericht: Amtsgericht Köln HRB 40211 · Vorstand: Dr. Petra Anselm (Vorsitzende), Jens Rademacher · Vorsitzender des Aufsichtsrats: Prof. Dr. Wolfgang Lenz</p>
</body></html>""",
        "t": (
            "rejection",
            "Kranich Versicherung AG",
            "Senior Data Analyst (m/w/d)",
            26,
            "other",
            "de",
        ),
    },
    # ================================================================== French
    # ------------------------------------------------------------------ Groupe Marceau (9), Taleo
    {
        "id": "<1705401314721.TALEO.2400187.accuse@taleo.net>",
        "date": "2024-01-16 11:35:14 +0100",
        "from": "Groupe Marceau Assurances <marceau@taleo.net>",
        "subject": "Accusé de réception de votre candidature – Ingénieur Data (H/F) – Réf. 2400187",
        "text": """Madame,

Nous accusons bonne réception de votre candidature au poste d'Ingénieur Data (H/F) (réf. 2400187) et vous remercions de l'intérêt que vous portez au Groupe Marceau Assurances.

Votre dossier va être étudié avec la plus grande attention par nos équipes. Si votre profil correspond à nos attentes, nous reviendrons vers vous dans les meilleurs délais.

Vous pouvez suivre l'état de votre candidature dans votre espace candidat : https://marceau.taleo.net/careersection/2/mysubmissions.ftl

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Marceau Assurances

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
        "cte": "quoted-printable",
        "t": (
            "confirmation",
            "Groupe Marceau Assurances",
            "Ingénieur Data (H/F)",
            9,
            "taleo",
            "fr",
        ),
    },
    # ------------------------------------------------------------------ Solvéo Énergie (31)
    {
        "id": "<codility.invite.TSGX7E-2PQ.1706868060@codility.com>",
        "date": "2024-02-02 11:01:00 +0100",
        "from": "Codility <no-reply@codility.com>",
        "reply_to": "recrutement@solveo-energie.example",
        "subject": "Solvéo Énergie vous invite à passer un test technique",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Jordan,</p>
<p><b>Solvéo Énergie</b> vous invite à réaliser un test technique en ligne dans le cadre de votre candidature au poste d'<b>Ingénieur(e) Data</b>.</p>
<p>Durée du test : 110 minutes<br>À compléter avant le : 9 février 2024, 23:59 (CET)</p>
<p><a href="https://app.codility.com/test/TSGX7E-2PQ/?utm_medium=email" style="background:#2f6fdd;color:#fff;padding:10px 18px;text-decoration:none">Commencer le test</a></p>
<p>Quelques conseils : utilisez un ordinateur avec une connexion stable, et faites le <a href="https://app.codility.com/demo/take-sample-test/">test de démonstration</a> pour vous familiariser avec l'interface. Une fois commencé, le test ne peut pas être mis en pause.</p>
<p>Bonne chance !<br>L'équipe Codility, pour le compte de Solvéo Énergie</p>
</body></html>""",
        "t": ("assessment", "Solvéo Énergie", "Ingénieur(e) Data", 31, "codility", "fr"),
    },
    {
        "id": "<3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f@hire.lever.co>",
        "date": "2024-02-21 15:26:44 +0100",
        "from": "Solvéo Énergie <no-reply@hire.lever.co>",
        "reply_to": "Chloé Martin <chloe.martin@solveo-energie.example>",
        "subject": "Votre candidature chez Solvéo Énergie",
        "text": """Bonjour Jordan,

Merci d'avoir pris le temps de passer notre test technique. Nous avons particulièrement apprécié vos réponses sur la partie SQL.

Après examen de l'ensemble des résultats, nous avons toutefois décidé de ne pas poursuivre le processus avec vous pour le poste d'Ingénieur(e) Data : nous recherchons pour ce poste une expérience plus poussée en Spark et en traitement de séries temporelles.

Nous vous remercions sincèrement pour l'intérêt que vous portez à Solvéo Énergie et vous souhaitons plein succès dans vos recherches.

Bien cordialement,
Chloé Martin
Chargée de recrutement – Solvéo Énergie
""",
        "t": ("rejection", "Solvéo Énergie", "Ingénieur(e) Data", 31, "lever", "fr"),
    },
    # ------------------------------------------------------------------ Lumière Mobilité (10)
    {
        "id": "<CAG2pT7v4nL9dQ1xR6yM3sW8kB0jF5cH2eZ7aU4iP1oN9tK@mail.gmail.com>",
        "date": "2024-02-22 18:47:03 +0100",
        "from": "Thomas Girard <thomas@lumiere-mobilite.example>",
        "subject": "Votre candidature chez Lumière Mobilité – on échange ?",
        "text": """Bonjour Jordan,

Je suis Thomas, CTO de Lumière Mobilité. J'ai bien reçu votre candidature pour le poste de Data Engineer confirmé·e via Welcome to the Jungle, et votre parcours m'a beaucoup intéressé, notamment votre expérience sur Kafka et la modélisation de données de mobilité.

Seriez-vous disponible pour un premier échange en visio de 30 minutes la semaine prochaine ? Je vous propose mardi 27/02 à 11h ou jeudi 29/02 à 16h. Sinon, vous pouvez directement choisir un créneau ici : https://cal.lumiere-mobilite.example/thomas/30min

Bien à vous,

Thomas Girard
CTO – Lumière Mobilité
12 rue de la Roquette, 75011 Paris
""",
        "t": ("interview", "Lumière Mobilité", "Data Engineer confirmé·e", 10, "direct", "fr"),
    },
    # ------------------------------------------------------------------ alert: Welcome to the Jungle
    {
        "id": "<wttj.alert.20240303.8b9c0d1e@mail.welcometothejungle.com>",
        "date": "2024-03-03 09:00:00 +0100",
        "from": "Welcome to the Jungle <hello@mail.welcometothejungle.com>",
        "subject": "5 nouvelles offres qui pourraient vous plaire",
        "headers": {
            "List-Unsubscribe": "<https://www.welcometothejungle.com/fr/me/settings/notifications?unsub=alerts>"
        },
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;background:#fff9e6">
<p>Bonjour Jordan,</p>
<p>Voici les nouvelles offres qui correspondent à votre alerte <b>« Data Engineer – Paris / Télétravail »</b> :</p>
<p><b>Ingénieur·e Data</b> · Pivoine Santé · Paris · CDI · Télétravail partiel<br><a href="https://www.welcometothejungle.com/fr/companies/pivoine-sante/jobs/ingenieur-e-data_paris">Voir l'offre</a></p>
<p><b>Analytics Engineer</b> · Maison Kerval · Nantes · CDI<br><a href="https://www.welcometothejungle.com/fr/companies/maison-kerval/jobs/analytics-engineer_nantes">Voir l'offre</a></p>
<p><b>Data Engineer Senior</b> · Tramway Labs · Lyon · CDI · Télétravail total<br><a href="https://www.welcometothejungle.com/fr/companies/tramway-labs/jobs/data-engineer-senior_lyon">Voir l'offre</a></p>
<p><a href="https://www.welcometothejungle.com/fr/jobs?alert=88213">Voir les 5 offres</a></p>
<p style="font-size:11px;color:#777">Vous recevez cet e-mail car vous avez créé une alerte sur Welcome to the Jungle. <a href="https://www.welcometothejungle.com/fr/me/settings/notifications?unsub=alerts">Se désabonner</a></p>
</body></html>""",
        "t": ("alert", None, None, None, "other", "fr"),
    },
    # ------------------------------------------------------------------ Groupe Marceau (9): no
    {
        "id": "<1709546402118.TALEO.2400187.refus@taleo.net>",
        "date": "2024-03-04 11:00:02 +0100",
        "from": "Groupe Marceau Assurances <marceau@taleo.net>",
        "subject": "Votre candidature – Ingénieur Data (H/F)",
        "text": """Madame,

Nous faisons suite à votre candidature au poste d'Ingénieur Data (H/F) et vous remercions de l'intérêt que vous portez à notre Groupe.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature.

Nous nous permettons toutefois de conserver vos coordonnées afin de pouvoir vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Marceau Assurances
""",
        "cte": "quoted-printable",
        "t": ("rejection", "Groupe Marceau Assurances", "Ingénieur Data (H/F)", 9, "taleo", "fr"),
    },
    # ------------------------------------------------------------------ Atelier Numérique Rhône (29)
    {
        "id": "<rct.cand.5a6b7c8d.1711534980@mail.recruitee.com>",
        "date": "2024-03-27 11:23:00 +0100",
        "from": "Atelier Numérique Rhône <atelier-numerique-rhone@mail.recruitee.com>",
        "subject": "Merci pour votre candidature !",
        "text": """Bonjour Jordan,

Merci pour votre candidature au poste de Développeur Python Back-end (F/H). Nous l'avons bien reçue et notre équipe va l'étudier attentivement.

Nous revenons vers vous sous 15 jours, quelle que soit la réponse.

À très vite,
L'équipe Atelier Numérique Rhône
""",
        "t": (
            "confirmation",
            "Atelier Numérique Rhône",
            "Développeur Python Back-end (F/H)",
            29,
            "recruitee",
            "fr",
        ),
    },
    # ------------------------------------------------------------------ outreach: ESN
    {
        "id": "<PR1P264MB3410E1F2A3B4C5D6E7F8A9B0C1D2@PR1P264MB3410.FRAP264.PROD.OUTLOOK.COM>",
        "date": "2024-04-11 10:18:27 +0200",
        "from": "Camille Fabre <camille.fabre@orvia-conseil.example>",
        "subject": "Opportunité Consultant(e) Data Engineer – Lyon / Paris",
        "text": """Bonjour Jordan,

Je me permets de vous contacter car votre profil (Kafka, dbt, Python) a retenu mon attention.

Je suis chargée de recrutement chez Orvia Conseil, une ESN de 400 collaborateurs spécialisée dans la data et le cloud. Nous recrutons en CDI un(e) Consultant(e) Data Engineer pour accompagner nos clients dans l'énergie et la banque (missions à Lyon ou Paris, 2 jours de télétravail par semaine, package 55–65 k€ selon expérience).

Seriez-vous disponible pour un échange téléphonique de 15 minutes cette semaine ou la suivante ?

Belle journée,

Camille Fabre
Talent Acquisition – Orvia Conseil
06 55 55 12 34
""",
        "t": ("outreach", "Orvia Conseil", "Consultant(e) Data Engineer", None, "direct", "fr"),
    },
    {
        "id": "<rct.cand.9e0f1a2b.1713515700@mail.recruitee.com>",
        "date": "2024-04-19 10:35:00 +0200",
        "from": "Claire Bonnet <atelier-numerique-rhone@mail.recruitee.com>",
        "reply_to": "claire.bonnet@atelier-numerique-rhone.example",
        "subject": "Suite à votre candidature",
        "text": """Bonjour Jordan,

Nous vous remercions pour l'intérêt que vous avez porté à Atelier Numérique Rhône et pour le temps consacré à votre candidature au poste de Développeur Python Back-end (F/H).

Votre profil a retenu toute notre attention et nous avons apprécié la qualité de votre parcours. Toutefois, nous avons choisi de poursuivre avec des candidat·es dont l'expérience correspond plus précisément aux besoins actuels de l'équipe, notamment sur Django et l'hébergement on-premise.

Nous vous souhaitons beaucoup de succès dans vos recherches.

Bien cordialement,
Claire Bonnet
Responsable Recrutement – Atelier Numérique Rhône
""",
        "t": (
            "rejection",
            "Atelier Numérique Rhône",
            "Développeur Python Back-end (F/H)",
            29,
            "recruitee",
            "fr",
        ),
    },
    # ------------------------------------------------------------------ Maison Kerval (32)
    {
        "id": "<PAXP193MB2048F0E1D2C3B4A5968778695A4B@PAXP193MB2048.EURP193.PROD.OUTLOOK.COM>",
        "date": "2024-05-07 09:58:41 +0200",
        "from": "Hugo Le Gall <hugo.legall@maisonkerval.example>",
        "subject": "RE: Candidature spontanée – Analytics Engineer",
        "headers": {
            "In-Reply-To": "<CAJ7rW2r9oD3wE6yN8zM1tR4vK7gI5fH0jC2dT3wL8qA1yS@mail.fastpost.example>",
            "References": "<CAJ7rW2r9oD3wE6yN8zM1tR4vK7gI5fH0jC2dT3wL8qA1yS@mail.fastpost.example>",
            "Thread-Topic": "Candidature spontanée – Analytics Engineer",
        },
        "text": """Bonjour Jordan,

Merci pour votre message et votre CV. Nous n'avions pas encore publié l'annonce, mais nous recrutons effectivement un·e Analytics Engineer pour l'équipe Data.

Je vous propose un premier entretien en visio avec moi et Sophie Tanguy, notre Head of Data, le jeudi 16 mai à 10h. Je vous envoie l'invitation Teams dès que vous confirmez.

Cordialement,

Hugo Le Gall
Directeur Technique | Maison Kerval
4 quai de la Fosse, 44000 Nantes

De : Jordan Almeida <jordan.almeida@fastpost.example>
Envoyé : lundi 6 mai 2024 08:47
À : Hugo Le Gall <hugo.legall@maisonkerval.example>
Objet : Candidature spontanée – Analytics Engineer

Bonjour Monsieur Le Gall,

Je me permets de vous adresser ma candidature spontanée pour un poste d'Analytics Engineer au sein de Maison Kerval. J'ai vu sur Welcome to the Jungle que votre équipe Data se développait, et votre approche du e-commerce artisanal m'intéresse beaucoup.

Vous trouverez mon CV en pièce jointe. Je serais ravie d'échanger avec vous.

Bien cordialement,
Jordan Almeida
""",
        "t": ("interview", "Maison Kerval", "Analytics Engineer", 32, "direct", "fr"),
    },
    # ------------------------------------------------------------------ Banque Duroc (30), Workday
    {
        "id": "<1715760921554.90214.1715760921554.JavaMail.wdprod@wd3-prvt-app-21.myworkday.com>",
        "date": "2024-05-15 10:15:21 +0200",
        "from": "Banque Duroc <banqueduroc@myworkday.com>",
        "subject": "Confirmation de votre candidature – Data Analyst (H/F)",
        "html": """<html><body><div style="font-family:Arial;font-size:10pt">
<p>Bonjour Jordan Almeida,</p>
<p>Nous vous remercions d'avoir postulé à l'offre <b>Data Analyst (H/F)</b> (R0049213). Votre candidature a bien été enregistrée.</p>
<p>Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre <a href="https://banqueduroc.wd3.myworkdayjobs.com/fr-FR/Carrieres/userHome">espace candidat</a>.</p>
<p>Cordialement,<br>L'équipe Recrutement de la Banque Duroc</p>
<p style="font-size:8pt;color:#777">Banque Duroc SA – 27 boulevard Haussmann, 75009 Paris. Ceci est un message automatique, merci de ne pas y répondre.</p>
</div></body></html>""",
        "t": ("confirmation", "Banque Duroc", "Data Analyst (H/F)", 30, "workday", "fr"),
    },
    # ================================================================== Spanish
    # ------------------------------------------------------------------ Cafés Oriol (11), InfoJobs
    {
        "id": "<ij.candidatura.8c2d1e0f.1705058520@infojobs.net>",
        "date": "2024-01-12 12:22:00 +0100",
        "from": "InfoJobs <noreply@infojobs.net>",
        "subject": "Te has inscrito en la oferta Analista de Datos",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2c3e50">
<p>Hola Jordan,</p>
<p>Tu candidatura a la oferta <b>Analista de Datos</b> de <b>Cafés Oriol S.A.</b> (Barcelona) se ha enviado correctamente.</p>
<p>Podrás seguir el estado de tu candidatura en <a href="https://www.infojobs.net/candidate/applications/list.xhtml">Mis candidaturas</a>: te avisaremos cuando la empresa lea tu CV o cambie el estado del proceso.</p>
<p>¡Mucha suerte!<br>El equipo de InfoJobs</p>
<p style="font-size:11px;color:#999">InfoJobs · Av. Diagonal 213, 08018 Barcelona · <a href="https://www.infojobs.net/candidate/settings/notifications">Gestionar notificaciones</a></p>
</body></html>""",
        "t": ("confirmation", "Cafés Oriol S.A.", "Analista de Datos", 11, "other", "es"),
    },
    {
        "id": "<ij.estado.cvleido.3f4a5b6c.1705573800@infojobs.net>",
        "date": "2024-01-18 11:30:00 +0100",
        "from": "InfoJobs <noreply@infojobs.net>",
        "subject": "Cafés Oriol S.A. ha leído tu CV",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2c3e50">
<p>Hola Jordan,</p>
<p>¡Buenas noticias! La empresa <b>Cafés Oriol S.A.</b> ha leído tu CV para la oferta <b>Analista de Datos</b>.</p>
<p>Estado de tu candidatura: <b>CV leído</b></p>
<p>Consejo: mantén tu CV actualizado y revisa tu correo, la empresa podría ponerse en contacto contigo.</p>
<p><a href="https://www.infojobs.net/candidate/applications/detail.xhtml?id=8c2d1e0f">Ver mi candidatura</a></p>
<p>El equipo de InfoJobs</p>
</body></html>""",
        "t": ("viewed", "Cafés Oriol S.A.", "Analista de Datos", 11, "other", "es"),
    },
    {
        "id": "<ij.estado.descartado.7d8e9f0a.1707472500@infojobs.net>",
        "date": "2024-02-09 10:55:00 +0100",
        "from": "InfoJobs <noreply@infojobs.net>",
        "subject": "Actualización de tu candidatura en Analista de Datos",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2c3e50">
<p>Hola Jordan,</p>
<p>La empresa <b>Cafés Oriol S.A.</b> ha actualizado el estado de tu candidatura a la oferta <b>Analista de Datos</b>.</p>
<p>Estado: <b>Descartado</b></p>
<p>Mensaje de la empresa: «Gracias por tu interés en Cafés Oriol. En esta ocasión hemos seleccionado otros perfiles que se ajustan más a los requisitos del puesto. Te deseamos mucha suerte en tu búsqueda.»</p>
<p>¡No te desanimes! Hay <a href="https://www.infojobs.net/ofertas-trabajo/analista-datos">1.284 ofertas de Analista de datos</a> que pueden encajar contigo.</p>
<p>El equipo de InfoJobs</p>
</body></html>""",
        "t": ("rejection", "Cafés Oriol S.A.", "Analista de Datos", 11, "other", "es"),
    },
    # ------------------------------------------------------------------ Vientos del Sur (36)
    {
        "id": "<wk.b2c3d4e5.1707825310@candidates.workablemail.com>",
        "date": "2024-02-13 12:55:10 +0100",
        "from": "Vientos del Sur Energía <noreply@candidates.workablemail.com>",
        "reply_to": "Marta Ruiz <marta.ruiz@vientosdelsur.example>",
        "subject": "Prueba técnica – Data Engineer",
        "text": """Hola Jordan,

Gracias de nuevo por tu interés en Vientos del Sur. Nos ha gustado mucho tu perfil y queremos invitarte al siguiente paso del proceso: una prueba técnica.

Se trata de un pequeño ejercicio práctico (ingesta y limpieza de datos de aerogeneradores con Python y SQL) que te llevará unas 3 horas. Tienes hasta el lunes 19 de febrero para enviárnosla.

Encontrarás el enunciado y los datos aquí:
https://apply.workable.com/vientos-del-sur/j/7E2A1C9D04/assessment

Cualquier duda, responde a este correo.

Saludos,
Marta Ruiz
People Partner – Vientos del Sur Energía

Powered by Workable
""",
        "t": ("assessment", "Vientos del Sur Energía", "Data Engineer", 36, "workable", "es"),
    },
    {
        "id": "<calendar-e2a7c91b-4d3f-4a6e-b8c0-9f1e2d3c4b5a@google.com>",
        "date": "2024-02-26 09:40:12 +0100",
        "from": "Marta Ruiz <marta.ruiz@vientosdelsur.example>",
        "sender": "Google Calendar <calendar-notification@google.com>",
        "reply_to": "marta.ruiz@vientosdelsur.example",
        "subject": "Invitación: Entrevista técnica – Data Engineer (Vientos del Sur) @ jue 29 feb 2024 10:00 - 11:00 (CET) (jordan.almeida@fastpost.example)",
        "text": """¡Hola Jordan! Tu prueba nos ha encantado. Te dejo la invitación para la entrevista técnica con Álvaro (CTO) y Nerea (Data Lead).

Entrevista técnica – Data Engineer (Vientos del Sur)
jueves, 29 de febrero de 2024 ⋅ 10:00 – 11:00
Hora central europea - Madrid

Unirse con Google Meet
https://meet.google.com/bfk-wuzt-rqa

Organizador
Marta Ruiz
marta.ruiz@vientosdelsur.example

Invitados
Marta Ruiz - organizador
alvaro.sanz@vientosdelsur.example
nerea.etxeberria@vientosdelsur.example
jordan.almeida@fastpost.example

Responder para jordan.almeida@fastpost.example
Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=ZTJhN2M5MWI&rst=1
No: https://calendar.google.com/calendar/event?action=RESPOND&eid=ZTJhN2M5MWI&rst=2
Quizás: https://calendar.google.com/calendar/event?action=RESPOND&eid=ZTJhN2M5MWI&rst=3

Invitación de Google Calendar: https://calendar.google.com/calendar/

Recibes este correo electrónico porque eres un invitado del evento.
""",
        "ics": {
            "uid": "e2a7c91b4d3f4a6eb8c09f1e2d3c4b5a@google.com",
            "start": "2024-02-29 10:00:00 +0100",
            "minutes": 60,
            "organizer": ("Marta Ruiz", "marta.ruiz@vientosdelsur.example"),
            "attendees": [
                ("alvaro.sanz@vientosdelsur.example", "alvaro.sanz@vientosdelsur.example"),
                (
                    "nerea.etxeberria@vientosdelsur.example",
                    "nerea.etxeberria@vientosdelsur.example",
                ),
            ],
            "summary": "Entrevista técnica – Data Engineer (Vientos del Sur)",
            "location": "https://meet.google.com/bfk-wuzt-rqa",
            "description": "¡Hola Jordan! Tu prueba nos ha encantado. Te dejo la invitación para la entrevista técnica con Álvaro (CTO) y Nerea (Data Lead).",
        },
        "t": ("interview", "Vientos del Sur Energía", "Data Engineer", 36, "direct", "es"),
    },
    # ------------------------------------------------------------------ Grupo Almenara (33)
    {
        "id": "<sr.7a1b2c3d4e.1709633160@smartrecruiters.com>",
        "date": "2024-03-05 11:06:00 +0100",
        "from": "Grupo Almenara <noreply@smartrecruiters.com>",
        "subject": "Gracias por tu candidatura – Ingeniero/a de Datos",
        "html": """<html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px">
<p>Hola Jordan,</p>
<p>Gracias por tu interés en formar parte de Grupo Almenara. Hemos recibido tu candidatura para el puesto de <b>Ingeniero/a de Datos</b> en Sevilla.</p>
<p>Nuestro equipo de Talento revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.</p>
<p>Un saludo,<br>Equipo de Talento – Grupo Almenara</p>
<hr><p style="font-size:11px;color:#999">Powered by SmartRecruiters · <a href="https://jobs.smartrecruiters.com/GrupoAlmenara">Empleo en Grupo Almenara</a></p>
</body></html>""",
        "t": (
            "confirmation",
            "Grupo Almenara",
            "Ingeniero/a de Datos",
            33,
            "smartrecruiters",
            "es",
        ),
    },
    {
        "id": "<CAE9wN3r6pK1dM8xT5yQ2sV7kC4jG0fB3hA9aU6iR2oL5tZ@mail.gmail.com>",
        "date": "2024-03-12 19:12:30 +0100",
        "from": "Marta Ruiz <marta.ruiz@vientosdelsur.example>",
        "subject": "Propuesta de incorporación – Data Engineer",
        "text": """Hola Jordan,

¡Enhorabuena! Tras las entrevistas, el equipo lo tiene clarísimo: nos encantaría que te unieras a Vientos del Sur como Data Engineer.

Te adjunto la carta oferta con las condiciones:
- Salario bruto anual: 52.000 €
- Modalidad híbrida: 2 días a la semana en la oficina de Madrid (Chamberí)
- 25 días laborables de vacaciones y seguro médico privado
- Fecha de incorporación propuesta: 2 de abril (podemos ajustarla si lo necesitas)

Nos encantaría conocer tu respuesta antes del 19 de marzo. Si quieres comentar cualquier punto, llámame cuando quieras al 655 55 01 23.

¡Un abrazo y ojalá nos veamos pronto por aquí!

Marta Ruiz
People Partner – Vientos del Sur Energía
""",
        "attach": [
            (
                "Carta_oferta_Jordan_Almeida.pdf",
                "application/pdf",
                "%PDF-1.4\n% Carta oferta (marcador de posición)\n%%EOF\n",
            )
        ],
        "t": ("offer", "Vientos del Sur Energía", "Data Engineer", 36, "direct", "es"),
    },
    # ------------------------------------------------------------------ Cuenta Clara (34)
    {
        "id": "<6613b2f1c07d4_3a8e1f62c50.1712568611@us.greenhouse-mail.io>",
        "date": "2024-04-08 11:30:11 +0200",
        "from": "Cuenta Clara <no-reply@us.greenhouse-mail.io>",
        "subject": "Hemos recibido tu candidatura – Analytics Engineer",
        "text": """¡Hola Jordan!

Gracias por aplicar a la posición de Analytics Engineer en Cuenta Clara. Queremos que sepas que hemos recibido tu candidatura y que la persona responsable del proceso la revisará en los próximos días.

Si tu perfil encaja, te escribiremos para organizar una primera llamada.

¡Gracias!
El equipo de People de Cuenta Clara

Por favor, no respondas a este correo: esta dirección no se revisa.
""",
        "t": ("confirmation", "Cuenta Clara", "Analytics Engineer", 34, "greenhouse", "es"),
    },
    # ------------------------------------------------------------------ alert: InfoJobs
    {
        "id": "<ij.alerta.20240416.1b2c3d4e@infojobs.net>",
        "date": "2024-04-16 08:00:00 +0200",
        "from": "InfoJobs <alertas@infojobs.net>",
        "subject": "Nuevas ofertas de Analista de datos en Madrid",
        "headers": {
            "List-Unsubscribe": "<https://www.infojobs.net/candidate/alerts/unsubscribe?id=55120>"
        },
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hola Jordan, hay nuevas ofertas para tu alerta <b>«Analista de datos – Madrid»</b>:</p>
<p><a href="https://www.infojobs.net/madrid/analista-bi/of-i3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a">Analista BI</a> · Logística Tramontana · Madrid · 35.000 € - 42.000 € bruto/año</p>
<p><a href="https://www.infojobs.net/madrid/data-analyst/of-i9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c">Data Analyst (híbrido)</a> · Seguros Encina · Madrid · Contrato indefinido</p>
<p><a href="https://www.infojobs.net/madrid/analista-de-datos-junior/of-i1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d">Analista de Datos Junior</a> · Consultora Albor · Alcobendas</p>
<p><a href="https://www.infojobs.net/ofertas-trabajo/madrid/analista-datos">Ver todas las ofertas</a></p>
<p style="font-size:11px;color:#999">Recibes este correo porque tienes una alerta activa en InfoJobs. <a href="https://www.infojobs.net/candidate/alerts/unsubscribe?id=55120">Darte de baja</a></p>
</body></html>""",
        "t": ("alert", None, None, None, "other", "es"),
    },
    {
        "id": "<661f5e20a1b39_6c9d2e07f81.1713864612@us.greenhouse-mail.io>",
        "date": "2024-04-23 11:30:12 +0200",
        "from": "Lucía Ferrer <no-reply@us.greenhouse-mail.io>",
        "reply_to": "lucia.ferrer@cuentaclara.example",
        "subject": "Gracias por tu interés en Cuenta Clara",
        "text": """Hola Jordan,

Muchas gracias por tu interés en Cuenta Clara y por el tiempo que has dedicado a tu candidatura para Analytics Engineer.

Hemos revisado tu perfil con atención y, aunque tienes una trayectoria muy interesante, en este momento hemos decidido avanzar con otras personas cuyo perfil encaja mejor con las necesidades actuales del equipo.

Nos encantaría seguir en contacto para futuras oportunidades, así que guardaremos tu candidatura si no nos dices lo contrario.

Un abrazo,
Lucía Ferrer
Talent Acquisition – Cuenta Clara
""",
        "t": ("rejection", "Cuenta Clara", "Analytics Engineer", 34, "greenhouse", "es"),
    },
    # ------------------------------------------------------------------ Logística Tramontana (35)
    {
        "id": "<ij.candidatura.2e3f4a5b.1716195780@infojobs.net>",
        "date": "2024-05-20 11:03:00 +0200",
        "from": "InfoJobs <noreply@infojobs.net>",
        "subject": "Candidatura enviada: Analista BI",
        "text": """Hola Jordan,

¡Listo! Te has inscrito en la oferta Analista BI de Logística Tramontana (Madrid).

La empresa ya puede ver tu CV. Te avisaremos por email cuando haya novedades en el proceso: CV leído, en proceso, finalista o descartado.

Sigue tus candidaturas: https://www.infojobs.net/candidate/applications/list.xhtml

¡Mucha suerte!
El equipo de InfoJobs
""",
        "t": ("confirmation", "Logística Tramontana", "Analista BI", 35, "other", "es"),
    },
    {
        "id": "<ij.estado.cvleido.6c7d8e9f.1716465480@infojobs.net>",
        "date": "2024-05-23 13:58:00 +0200",
        "from": "InfoJobs <noreply@infojobs.net>",
        "subject": "Logística Tramontana ha visto tu CV",
        "text": """Hola Jordan,

Logística Tramontana ha leído tu CV para la oferta Analista BI.

Estado de tu candidatura: CV leído

Ver mi candidatura: https://www.infojobs.net/candidate/applications/detail.xhtml?id=6c7d8e9f

El equipo de InfoJobs
""",
        "t": ("viewed", "Logística Tramontana", "Analista BI", 35, "other", "es"),
    },
    # ================================================================== Portuguese
    # ------------------------------------------------------------------ Vale Verde (13), Gupy, pt-BR
    {
        "id": "<gupy.account.9f0e1d2c.1706713200@gupy.io>",
        "date": "2024-01-31 12:00:00 -0300",
        "from": "Gupy <naoresponda@gupy.io>",
        "subject": "Confirme seu e-mail",
        "text": """Olá, Jordan!

Você criou uma conta no portal de carreiras da Vale Verde Pagamentos. Para ativá-la, confirme seu endereço de e-mail clicando no link abaixo:
https://login.gupy.io/candidates/confirm-email?token=2b7e151628aed2a6abf7158809cf4f3c

O link é válido por 48 horas. Se não foi você, ignore esta mensagem.

Equipe Gupy
""",
        "t": ("other_job", "Vale Verde Pagamentos", None, None, "other", "pt"),
        "with": 13,
    },
    {
        "id": "<gupy.step.4a5b6c7d.1707221100@gupy.io>",
        "date": "2024-02-06 09:05:00 -0300",
        "from": "Vale Verde Pagamentos <naoresponda@gupy.io>",
        "subject": "Vale Verde Pagamentos: nova etapa no seu processo seletivo",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Olá, Jordan!</p>
<p>Você avançou para a próxima etapa do processo seletivo para a vaga <b>Engenheiro(a) de Dados Sênior</b> na Vale Verde Pagamentos. 🎉</p>
<p>A próxima etapa é um <b>teste técnico online</b> (SQL e Python), com duração estimada de 60 minutos. Você tem até <b>12/02/2024</b> para concluí-lo.</p>
<p><a href="https://login.gupy.io/candidates/applications/6123456/steps/test">Acessar minha candidatura</a></p>
<p>Boa sorte!<br>Time de Atração de Talentos – Vale Verde Pagamentos</p>
</body></html>""",
        "t": (
            "assessment",
            "Vale Verde Pagamentos",
            "Engenheiro(a) de Dados Sênior",
            13,
            "other",
            "pt",
        ),
    },
    # ------------------------------------------------------------------ Ribeira Tech (12), pt-PT
    {
        "id": "<tt.msg.2c3d4e5f6a7b.1707128400@teamtailor-mail.com>",
        "date": "2024-02-05 10:20:00 +0000",
        "from": "Ribeira Tech <noreply@teamtailor-mail.com>",
        "reply_to": "Inês Rocha <ines.rocha@ribeiratech.example>",
        "subject": "Convite para entrevista – Engenheiro de Dados",
        "text": """Olá Jordan,

Obrigado pela sua candidatura à vaga de Engenheiro de Dados na Ribeira Tech. Gostámos muito do seu perfil e gostaríamos de a convidar para uma primeira entrevista por videochamada, com a duração aproximada de 45 minutos.

Por favor, escolha o horário que lhe for mais conveniente através do link abaixo:
https://ribeiratech.teamtailor.com/meetings/7f1d2c3b-4a5e-6f70-8192-a3b4c5d6e7f8

Qualquer questão, basta responder a este e-mail.

Com os melhores cumprimentos,
Inês Rocha
Talent Acquisition | Ribeira Tech
Rua do Almada 214, 4050-031 Porto
""",
        "t": ("interview", "Ribeira Tech", "Engenheiro de Dados", 12, "teamtailor", "pt"),
    },
    {
        "id": "<tt.msg.8e9f0a1b2c3d.1708683600@teamtailor-mail.com>",
        "date": "2024-02-23 10:20:00 +0000",
        "from": "Ribeira Tech <noreply@teamtailor-mail.com>",
        "reply_to": "Inês Rocha <ines.rocha@ribeiratech.example>",
        "subject": "A sua candidatura na Ribeira Tech",
        "text": """Olá Jordan,

Muito obrigado pelo tempo que dedicou ao nosso processo de recrutamento e pela conversa com a nossa equipa. Foi um prazer conhecê-la.

Após uma análise cuidadosa, decidimos avançar com outro candidato cujo perfil se ajusta mais às necessidades atuais da equipa. Não foi uma decisão fácil, porque ficámos com uma ótima impressão do seu trabalho.

Gostaríamos de manter o seu contacto para futuras oportunidades.

Desejamos-lhe as maiores felicidades,
Inês Rocha
Talent Acquisition | Ribeira Tech
""",
        "t": ("rejection", "Ribeira Tech", "Engenheiro de Dados", 12, "teamtailor", "pt"),
    },
    {
        "id": "<gupy.feedback.8b9c0d1e.1709042400@gupy.io>",
        "date": "2024-02-27 11:00:00 -0300",
        "from": "Vale Verde Pagamentos <naoresponda@gupy.io>",
        "subject": "Atualização sobre o processo seletivo – Vale Verde Pagamentos",
        "text": """Olá, Jordan, tudo bem?

Primeiro, queremos agradecer seu interesse em fazer parte do time da Vale Verde Pagamentos e o tempo dedicado às etapas do processo seletivo para a vaga Engenheiro(a) de Dados Sênior.

Após uma análise cuidadosa, optamos por seguir com outras pessoas candidatas cujo perfil está mais alinhado ao momento atual da vaga. Sabemos que essa não é a notícia que você esperava, mas queremos reforçar que gostamos muito de conhecer a sua trajetória.

Seu currículo continuará em nosso banco de talentos e poderá ser considerado para futuras oportunidades.

Um abraço,
Time de Atração de Talentos – Vale Verde Pagamentos
""",
        "t": (
            "rejection",
            "Vale Verde Pagamentos",
            "Engenheiro(a) de Dados Sênior",
            13,
            "other",
            "pt",
        ),
    },
    # ------------------------------------------------------------------ Ipê Seguros (38), LinkedIn pt
    {
        "id": "<1711548122017.50211.1711548122017@ltx1-app0451.prod.linkedin.com>",
        "date": "2024-03-27 14:02:02 +0000",
        "from": "LinkedIn <jobs-noreply@linkedin.com>",
        "subject": "Jordan, sua candidatura foi enviada para Ipê Seguros",
        "text": """Sua candidatura foi enviada para Ipê Seguros

Engenheiro de Dados
Ipê Seguros · São Paulo, Brasil (Remoto)
Candidatura enviada em 27 de março de 2024

Ver vaga: https://www.linkedin.com/comm/jobs/view/3871102236/?trackingId=Yq3pR1x0

Próximos passos para ter mais sucesso
- Siga a Ipê Seguros para ficar por dentro das novidades.
- Prepare-se para a entrevista com perguntas de prática.

----------------------------------------
Este e-mail foi enviado para Jordan Almeida (Data Engineer | Kafka, dbt, Python)
Você está recebendo e-mails de atividades de vagas.
Cancelar inscrição: https://www.linkedin.com/e/v2?e=jobs-activity-unsub
© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        "t": ("confirmation", "Ipê Seguros", "Engenheiro de Dados", 38, "linkedin", "pt"),
    },
    {
        "id": "<1711971310441.80220.1711971310441@ltx1-app2817.prod.linkedin.com>",
        "date": "2024-04-01 11:35:10 +0000",
        "from": "LinkedIn <jobs-noreply@linkedin.com>",
        "subject": "Sua candidatura foi visualizada pela Ipê Seguros",
        "text": """Jordan, sua candidatura foi visualizada pela Ipê Seguros

Engenheiro de Dados
Ipê Seguros · São Paulo, Brasil (Remoto)
Candidatura enviada há 5 dias

Ver vaga: https://www.linkedin.com/comm/jobs/view/3871102236/?trackingId=pL7wQ2z9

Destaque-se para a Ipê Seguros: membros que entram em contato com a equipe de contratação têm mais chances de receber uma resposta.

----------------------------------------
Este e-mail foi enviado para Jordan Almeida (Data Engineer | Kafka, dbt, Python)
Cancelar inscrição: https://www.linkedin.com/e/v2?e=jobs-activity-unsub
© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        "t": ("viewed", "Ipê Seguros", "Engenheiro de Dados", 38, "linkedin", "pt"),
    },
    # ------------------------------------------------------------------ Jabuticaba Digital (37)
    {
        "id": "<CAD1rT6w3mN8dP0xS5yK2sQ7vB9jH4fE1gZ6aU3iL8oM5tW@mail.gmail.com>",
        "date": "2024-04-25 15:21:48 -0300",
        "from": "Fernanda Souza <fernanda.souza@jabuticabadigital.example>",
        "subject": "Entrevista – Analista de Dados Pleno | Jabuticaba Digital",
        "text": """Oi Jordan, tudo bem?

Aqui é a Fernanda, do RH da Jabuticaba Digital. Recebemos sua candidatura para a vaga de Analista de Dados Pleno e gostaríamos de marcar uma entrevista com você!

A conversa será por Google Meet, com duração de aproximadamente 1 hora, com a gestora da área, Patrícia Lima. Você teria disponibilidade na terça (30/04) às 14h (horário de Brasília) ou na quinta (02/05) às 10h?

Fico no aguardo!

Abraços,
Fernanda Souza
Analista de RH | Jabuticaba Digital
Rua Fradique Coutinho, 1632 – Vila Madalena, São Paulo – SP
""",
        "t": ("interview", "Jabuticaba Digital", "Analista de Dados Pleno", 37, "direct", "pt"),
    },
    # ------------------------------------------------------------------ outreach: Tucano Bank
    {
        "id": "<1716903361552.27734.1716903361552@ltx1-app3012.prod.linkedin.com>",
        "date": "2024-05-28 13:36:01 +0000",
        "from": "Rafael Mendes via LinkedIn <inmail-hit-reply@linkedin.com>",
        "subject": "Oportunidade: Engenheira de Dados Sênior no Tucano Bank",
        "text": """Rafael Mendes
Tech Recruiter no Tucano Bank

Oi Jordan, tudo bem?

Sou recrutador do Tucano Bank e estou buscando uma Engenheira de Dados Sênior para o nosso time de Plataforma de Dados. A vaga é 100% remota (aceitamos pessoas fora do Brasil, contratação PJ ou via EOR) e o stack é bem parecido com o seu: Kafka, Spark, dbt e BigQuery.

Vi que você tem experiência com streaming em larga escala e achei que poderia fazer sentido. Topa um papo rápido de 20 minutos esta semana?

Abraço,
Rafael

Responder: https://www.linkedin.com/messaging/thread/2-YzQ5NTdiMjEtN2E1Yi00/
Não tenho interesse: https://www.linkedin.com/messaging/decline/2-YzQ5NTdiMjEtN2E1Yi00/

Esta é uma mensagem InMail.
© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        "t": ("outreach", "Tucano Bank", "Engenheira de Dados Sênior", None, "linkedin", "pt"),
    },
    # ------------------------------------------------------------------ Carambola Pay (40): no
    {
        "id": "<666308e4f1a27_4d7b0c93e28.1717766372@us.greenhouse-mail.io>",
        "date": "2024-06-07 10:19:32 -0300",
        "from": "Carambola Pay <no-reply@us.greenhouse-mail.io>",
        "reply_to": "talentos@carambolapay.example",
        "subject": "Sua candidatura na Carambola Pay",
        "text": """Oi Jordan,

Obrigado por participar do nosso processo para Engenheira(o) de Software Backend e pelo tempo dedicado ao desafio técnico. Ficamos bem impressionados com a organização do seu código e com os testes que você escreveu.

Infelizmente, decidimos não seguir com a sua candidatura neste momento: para esta posição precisamos de alguém com mais experiência em Kotlin e sistemas de pagamento instantâneo (Pix).

Vamos manter seu perfil no nosso banco de talentos e adoraríamos conversar de novo no futuro.

Um abraço,
Time de Talentos – Carambola Pay
""",
        "t": (
            "rejection",
            "Carambola Pay",
            "Engenheira(o) de Software Backend",
            40,
            "greenhouse",
            "pt",
        ),
    },
    # ------------------------------------------------------------------ alert: Gupy
    {
        "id": "<gupy.vagas.20240612.3e4f5a6b@gupy.io>",
        "date": "2024-06-12 10:00:00 -0300",
        "from": "Gupy <naoresponda@gupy.io>",
        "subject": "Vagas que combinam com você 💼",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Olá, Jordan!</p>
<p>Separamos algumas vagas com a sua cara:</p>
<p><b>Engenheiro(a) de Dados Pleno</b> · Araucária Energia · Remoto<br><a href="https://araucariaenergia.gupy.io/jobs/7012345">Ver vaga</a></p>
<p><b>Analytics Engineer</b> · Sabiá Varejo · São Paulo (híbrido)<br><a href="https://sabiavarejo.gupy.io/jobs/7019876">Ver vaga</a></p>
<p><b>Engenheiro(a) de Dados Sênior</b> · Vale Verde Pagamentos · Remoto<br><a href="https://valeverde.gupy.io/jobs/7020033">Ver vaga</a></p>
<p><a href="https://portal.gupy.io/job-search">Ver mais vagas</a></p>
<p style="font-size:11px;color:#999">Você recebe este e-mail porque tem um cadastro na Gupy. <a href="https://portal.gupy.io/settings/notifications">Gerenciar notificações</a></p>
</body></html>""",
        "t": ("alert", None, None, None, "other", "pt"),
    },
    # ------------------------------------------------------------------ Farol Atlântico (39), pt-PT
    {
        "id": "<1719568212004.30817.1719568212004.JavaMail.wdprod@wd3-prvt-app-11.myworkday.com>",
        "date": "2024-06-28 10:50:12 +0100",
        "from": "Farol Atlântico Seguros <farolatlantico@myworkday.com>",
        "subject": "Atualização sobre a sua candidatura",
        "html": """<html><body><div style="font-family:Arial;font-size:10pt">
<p>Caro(a) Jordan Almeida,</p>
<p>Agradecemos o interesse demonstrado em integrar a equipa do Farol Atlântico Seguros e a candidatura que submeteu para a função de <b>Analista de Dados</b> (R-2024-0612).</p>
<p>Informamos que, após uma análise cuidada, a sua candidatura não foi selecionada para a fase seguinte do processo de recrutamento.</p>
<p>Os seus dados serão conservados na nossa base de candidatos pelo período de 12 meses, em conformidade com a nossa política de privacidade, podendo ser considerados para futuras oportunidades.</p>
<p>Com os melhores cumprimentos,<br>Direção de Recursos Humanos<br>Farol Atlântico Seguros, S.A.</p>
</div></body></html>""",
        "t": ("rejection", "Farol Atlântico Seguros", "Analista de Dados", 39, "workday", "pt"),
    },
]

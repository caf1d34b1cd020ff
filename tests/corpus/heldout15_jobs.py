"""Job mail of the fifteenth held-out corpus, German and English (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CET, CEST, GMT, BST = "+0100", "+0200", "+0000", "+0100"

VAN = "Vantera Holding SE"
KES = "Dr. Jonas Kessler <j.kessler@kessler-partner.de>"
HEL = "Hellwig Pharma"
KRO = "Kronberg Medical"
LED = "Ledgerly"
ALP = "Alpenrand Versicherungen"
STH = "Friederike Stein <f.stein@steinheller.ch>"
ADA = "adalbert.koenig.ffm@gmail.com"

MAIL: list[dict[str, Any]] = [
    # 1 Vantera (brand "Vantera Logistik"), retained search by Kessler & Partner: confidential, then named
    m(
        "15001",
        "2026-01-12 08:41",
        KES,
        "Vertrauliche Anfrage – CFO-Position, börsennotiertes Logistikunternehmen",
        ("outreach", None, "Chief Financial Officer", None, "agency", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

wir sind von einem börsennotierten Logistikunternehmen mit Sitz im Rhein-Main-Gebiet
(ca. 1,8 Mrd. EUR Umsatz, rund 9.000 Mitarbeitende) exklusiv mit der Nachbesetzung der Position
des Finanzvorstands (CFO) beauftragt worden.

Ihr Werdegang – insbesondere die Refinanzierung und die Carve-out-Erfahrung bei Ihrem jetzigen
Arbeitgeber – passt aus unserer Sicht sehr gut zu dem, was der Aufsichtsrat sucht. Den Namen
unseres Mandanten darf ich Ihnen in diesem Stadium leider noch nicht nennen.

Hätten Sie in den kommenden Tagen Zeit für ein vertrauliches Telefonat von etwa 30 Minuten?

Mit freundlichen Grüßen

Dr. Jonas Kessler
Partner
Kessler & Partner Executive Search GmbH
Bockenheimer Landstraße 51, 60325 Frankfurt am Main
T +49 69 2400 8810
""",
        tz=CET,
    ),
    m(
        "15002",
        "2026-01-13 17:05",
        KES,
        "AW: Vertrauliche Anfrage – CFO-Position, börsennotiertes Logistikunternehmen",
        ("outreach", None, "Chief Financial Officer", None, "agency", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihre schnelle Rückmeldung. Donnerstag, 15. Januar, 18:30 Uhr passt mir sehr gut –
ich rufe Sie auf Ihrem Mobiltelefon an.

Beste Grüße
Jonas Kessler

> Sehr geehrter Herr Dr. Kessler, gern – würde Donnerstagabend passen?
""",
        tz=CET,
        **reply("15001", KES),
    ),
    m(
        "15003",
        "2026-01-19 09:12",
        KES,
        "Mandat CFO – nächste Schritte und Unterlagen",
        ("interview", VAN, "Chief Financial Officer", 1, "agency", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

herzlichen Dank für das offene Gespräch am Donnerstag. Wie besprochen kann ich Ihnen nun den
Namen unseres Mandanten nennen: Es handelt sich um die Vantera Holding SE, die
Muttergesellschaft der Marke Vantera Logistik.

Wir würden Sie gern als Kandidatin präsentieren. Als nächsten Schritt schlage ich ein
ausführliches Interview bei uns im Büro vor, am Dienstag, 27. Januar, 10:00–12:00 Uhr,
gemeinsam mit meiner Kollegin Frau Brandis.

Bitte senden Sie mir vorab Ihren aktuellen Lebenslauf sowie Ihre Gehaltsvorstellung.

Mit freundlichen Grüßen
Dr. Jonas Kessler
Kessler & Partner Executive Search GmbH
""",
        tz=CET,
    ),
    m(
        "15004",
        "2026-01-20 11:30",
        "Sabine Weyrich <s.weyrich@kessler-partner.de>",
        "Termin: Dienstag, 27.01., 10:00 Uhr",
        ("interview", VAN, "Chief Financial Officer", 1, "agency", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

im Auftrag von Herrn Dr. Kessler bestätige ich Ihnen den Termin am Dienstag, 27. Januar 2026,
um 10:00 Uhr in unserem Büro (Bockenheimer Landstraße 51, 4. OG). Eine Kalendereinladung finden
Sie anbei. Parkplätze stehen in der Tiefgarage zur Verfügung.

Mit freundlichen Grüßen
Sabine Weyrich
Assistenz der Geschäftsführung
Kessler & Partner Executive Search GmbH
""",
        tz=CET,
        ics={
            "style": "outlook",
            "start": "2026-01-27 10:00:00 +0100",
            "minutes": 120,
            "organizer": ("Sabine Weyrich", "s.weyrich@kessler-partner.de"),
            "uid": "040000008200E00074C5B7101A82E00800000000KP2701",
            "summary": "Gespräch Dr. Albrecht / Dr. Kessler, Brandis (Mandat V.)",
            "location": "Kessler & Partner, Bockenheimer Landstraße 51, Frankfurt",
        },
    ),
    m(
        "15005",
        "2026-01-28 16:48",
        KES,
        "Ihre Unterlagen",
        ("interview", VAN, "Chief Financial Officer", 1, "agency", "de"),
        text="""Liebe Frau Dr. Albrecht,

nochmals vielen Dank für gestern. Wir haben Ihr Profil heute dem Vorsitzenden des
Aufsichtsrats, Herrn Prof. Hartung, vorgestellt. Er möchte Sie gern persönlich kennenlernen;
sein Büro wird sich direkt bei Ihnen melden.

Mit besten Grüßen
Jonas Kessler
""",
        tz=CET,
    ),
    m(
        "15006",
        "2026-02-02 10:05",
        "Büro Prof. Hartung <buero.hartung@vantera-group.com>",
        "Terminvorschlag Prof. Dr. Hartung",
        ("interview", VAN, "Chief Financial Officer", 1, "direct", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

Herr Prof. Dr. Hartung würde sich freuen, Sie zu einem persönlichen Gespräch zu treffen. Er
schlägt folgende Termine vor:

- Mittwoch, 11. Februar, 15:00 Uhr
- Freitag, 13. Februar, 9:00 Uhr

Das Gespräch findet in unserer Hauptverwaltung in Eschborn statt (Frankfurter Straße 120).
Bitte teilen Sie mir mit, welcher Termin Ihnen passt.

Mit freundlichen Grüßen
Ines Kalkbrenner
Assistentin des Aufsichtsratsvorsitzenden
Vantera Holding SE
""",
        tz=CET,
    ),
    m(
        "15007",
        "2026-02-02 14:22",
        "Büro Prof. Hartung <buero.hartung@vantera-group.com>",
        "AW: Terminvorschlag Prof. Dr. Hartung",
        ("interview", VAN, "Chief Financial Officer", 1, "direct", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

vielen Dank, dann halten wir Mittwoch, den 11.02. um 15:00 Uhr fest. Ich melde Sie am Empfang an.

Freundliche Grüße
Ines Kalkbrenner
""",
        tz=CET,
        **reply("15006", "buero.hartung@vantera-group.com"),
    ),
    m(
        "15008",
        "2026-02-16 09:30",
        "Dr. Merle Anhalt <anhalt@anhalt-diagnostik.de>",
        "Management-Audit am 24. Februar",
        ("assessment", VAN, "Chief Financial Officer", 1, "other", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

im Auftrag der Vantera Holding SE führen wir mit den Kandidatinnen und Kandidaten der
Endauswahl für die Position des CFO ein eignungsdiagnostisches Management-Audit durch.

Termin: Dienstag, 24. Februar 2026, 9:00 bis ca. 15:30 Uhr
Ort: Anhalt Diagnostik, Schaumainkai 87, Frankfurt

Der Tag umfasst ein biografisches Interview, zwei Fallstudien und einen Persönlichkeits-
fragebogen, den Sie bitte vorab über den Link unten ausfüllen (Dauer ca. 40 Minuten):
https://survey.anhalt-diagnostik.de/p/VAN-CFO-0226-07

Die Ergebnisse werden ausschließlich mit Ihnen und dem Aufsichtsrat besprochen.

Mit freundlichen Grüßen
Dr. Merle Anhalt
Diplom-Psychologin
""",
        tz=CET,
    ),
    m(
        "15009",
        "2026-03-03 12:10",
        KES,
        "Kurze Rückmeldung",
        ("interview", VAN, "Chief Financial Officer", 1, "agency", "de"),
        text="""Liebe Frau Dr. Albrecht,

kurz vorab: Das Feedback aus dem Audit und von Herrn Prof. Hartung ist ausgezeichnet. Der
Präsidialausschuss möchte Sie am 12. März zu einem abschließenden Gespräch mit zwei weiteren
Mitgliedern des Aufsichtsrats und dem CEO, Herrn Lindqvist, einladen. Frau Kalkbrenner schickt
Ihnen die Einladung.

Herzliche Grüße
Jonas Kessler
""",
        tz=CET,
    ),
    m(
        "15010",
        "2026-03-04 08:55",
        "Ines Kalkbrenner <buero.hartung@vantera-group.com>",
        "Einladung: Gespräch Präsidialausschuss",
        ("interview", VAN, "Chief Financial Officer", 1, "direct", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

anbei die Einladung für Donnerstag, 12. März, 14:00–16:00 Uhr, Raum Main, Hauptverwaltung
Eschborn.

Freundliche Grüße
Ines Kalkbrenner
""",
        tz=CET,
        ics={
            "style": "outlook",
            "start": "2026-03-12 14:00:00 +0100",
            "minutes": 120,
            "organizer": ("Ines Kalkbrenner", "buero.hartung@vantera-group.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000VAN1203",
            "summary": "Gespräch Präsidialausschuss – Dr. K. Albrecht",
            "location": "Eschborn, Frankfurter Straße 120, Raum Main",
        },
    ),
    m(
        "15011",
        "2026-03-18 19:02",
        KES,
        "Vantera – gute Nachrichten",
        ("offer", VAN, "Chief Financial Officer", 1, "agency", "de"),
        text="""Liebe Frau Dr. Albrecht,

ich freue mich sehr, Ihnen mitteilen zu dürfen, dass der Aufsichtsrat der Vantera Holding SE
Sie heute einstimmig als neue Finanzvorständin vorschlägt. Prof. Hartung wird Sie morgen
anrufen; die Eckpunkte des Vorstandsvertrags (Bestellung für drei Jahre, Fixum, STI/LTI wie
besprochen) sende ich Ihnen anbei als Entwurf.

Herzlichen Glückwunsch – und ich hoffe, wir sprechen morgen.

Jonas Kessler
""",
        tz=CET,
        attach=[
            ("Eckpunkte_Vorstandsvertrag_Entwurf.txt", "text/plain", "Entwurf - vertraulich\n")
        ],
    ),
    m(
        "15012",
        "2026-03-24 10:40",
        KES,
        "Referenzen",
        ("other_job", VAN, "Chief Financial Officer", None, "agency", "de"),
        text="""Liebe Frau Dr. Albrecht,

für den Abschluss benötigen wir noch zwei Referenzgeber, idealerweise Ihren früheren CEO und
ein Mitglied des Prüfungsausschusses. Könnten Sie mir Namen und Telefonnummern senden? Wir
rufen erst nach Ihrer Freigabe an.

Beste Grüße
Jonas Kessler
""",
        tz=CET,
    ),
    m(
        "15013",
        "2026-04-02 17:15",
        "Prof. Dr. Wolfram Hartung <w.hartung@vantera-group.com>",
        "Re: Vorstandsvertrag",
        ("offer", VAN, "Chief Financial Officer", 1, "direct", "de"),
        text="""Liebe Frau Dr. Albrecht,

vielen Dank für Ihre Zusage – der Aufsichtsrat hat Ihre Bestellung heute beschlossen. Wir freuen
uns sehr auf die Zusammenarbeit. Die unterschriebene Fassung schickt Ihnen die Rechtsabteilung.

Herzliche Grüße
Wolfram Hartung
""",
        tz=CEST,
        st="accepted",
    ),
    m(
        "15014",
        "2026-04-20 09:00",
        "HR Services Vantera <onboarding@vantera-group.com>",
        "Willkommen – Ihre Unterlagen für den Start",
        ("other_job", VAN, "Chief Financial Officer", None, "direct", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

herzlich willkommen! Für Ihre Vorbereitung zum 1. Juli bitten wir Sie, uns folgende Unterlagen
zukommen zu lassen: Steuer-ID, Sozialversicherungsnummer, Bankverbindung, Kopie des
Personalausweises. Den Zugang zu unserem Onboarding-Portal erhalten Sie separat.

Mit freundlichen Grüßen
HR Services
Vantera Holding SE
""",
        tz=CEST,
    ),
    # 2 Hellwig Pharma (legal: Hellwig Arzneimittel GmbH & Co. KG), Workday: confirmation, neutral rejection
    m(
        "15015",
        "2026-01-08 21:14",
        "Hellwig Careers <hellwig@myworkday.com>",
        "Ihre Bewerbung bei Hellwig",
        ("confirmation", HEL, "Finance Director DACH", 2, "workday", "de"),
        html="""<html><body style="font-family:Arial">
<p>Sehr geehrte Frau Dr. Albrecht,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Finance Director DACH (m/w/d)</b> (JR-2025-11873).
Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.</p>
<p>Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem
<a href="https://hellwig.wd3.myworkdayjobs.com/de-DE/Hellwig_Careers/userHome">Kandidatenprofil</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Talent Acquisition Team<br>Hellwig Arzneimittel GmbH &amp; Co. KG</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "15016",
        "2026-02-06 15:32",
        "Hellwig Careers <hellwig@myworkday.com>",
        "Rückmeldung zu JR-2025-11873",
        ("rejection", HEL, "Finance Director DACH", 2, "workday", "de"),
        html="""<html><body style="font-family:Arial">
<p>Sehr geehrte Frau Dr. Albrecht,</p>
<p>nochmals herzlichen Dank für Ihr Interesse an Hellwig. Ihr Profil hat uns fachlich sehr
beeindruckt, und die Entscheidung ist uns nicht leichtgefallen.</p>
<p>Nach sorgfältiger Abwägung haben wir uns jedoch für eine Kandidatin entschieden, deren
Erfahrung im pharmazeutischen Vertrieb noch enger zum Anforderungsprofil passt.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Ihr Talent Acquisition Team</p>
</body></html>""",
        tz=CET,
    ),
    # 3 Kronberg Medical (legal: KMT Kronberg Medizintechnik AG), Avature, two roles
    m(
        "15017",
        "2026-02-10 07:58",
        "Kronberg Medical Talent <talent@kronbergmedical.avature.net>",
        "We have received your application – VP Finance Europe",
        ("confirmation", KRO, "VP Finance Europe", 3, "other", "en"),
        text="""Dear Katharina,

Thank you for applying for the position VP Finance Europe (Req. 4471) at Kronberg Medical.

Our Talent Acquisition team will review your profile against the requirements of the role and
will be in touch with you within the next three weeks.

Kind regards,
Talent Acquisition
KMT Kronberg Medizintechnik AG

You can manage your profile here: https://kronbergmedical.avature.net/careers/Login
""",
        tz=CET,
    ),
    m(
        "15018",
        "2026-02-10 08:03",
        "Kronberg Medical Talent <talent@kronbergmedical.avature.net>",
        "We have received your application – Head of Group Reporting & Consolidation",
        ("confirmation", KRO, "Head of Group Reporting & Consolidation", 4, "other", "en"),
        text="""Dear Katharina,

Thank you for applying for the position Head of Group Reporting & Consolidation (Req. 4502)
at Kronberg Medical.

Our Talent Acquisition team will review your profile against the requirements of the role and
will be in touch with you within the next three weeks.

Kind regards,
Talent Acquisition
KMT Kronberg Medizintechnik AG
""",
        tz=CET,
    ),
    m(
        "15019",
        "2026-02-19 13:20",
        "Lena Marquardt <lena.marquardt@kmt-ag.com>",
        "VP Finance Europe – first conversation",
        ("interview", KRO, "VP Finance Europe", 3, "direct", "en"),
        text="""Dear Dr. Albrecht,

I'm the Senior Talent Partner for our finance organisation. Our CFO, Peter Vos, would like to
speak with you about the VP Finance Europe role. Could you share two or three 45-minute slots
next week? Mr Vos is based in Kronberg but will be travelling, so this first call would be on
Teams.

Best regards,
Lena Marquardt
Senior Talent Partner | KMT Kronberg Medizintechnik AG
""",
        tz=CET,
    ),
    m(
        "15020",
        "2026-02-20 09:47",
        "Lena Marquardt <lena.marquardt@kmt-ag.com>",
        "RE: VP Finance Europe – first conversation",
        ("interview", KRO, "VP Finance Europe", 3, "direct", "en"),
        text="""Thank you, Tuesday 3pm works for Peter. Invite to follow.

Lena

-----Original Message-----
From: Katharina Albrecht
Sent: Friday, 20 February 2026 08:12
Subject: Re: VP Finance Europe – first conversation

Dear Ms Marquardt, Tuesday 24 Feb 3pm or Wednesday 10am would work for me.
""",
        tz=CET,
        **reply("15019", "lena.marquardt@kmt-ag.com"),
    ),
    m(
        "15021",
        "2026-02-20 10:02",
        "Lena Marquardt <lena.marquardt@kmt-ag.com>",
        "Invitation: Peter Vos / Katharina Albrecht @ Tue Feb 24, 2026 3pm - 3:45pm (CET)",
        ("interview", KRO, "VP Finance Europe", 3, "direct", "en"),
        text="""Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.microsoft.com/l/meetup-join/19%3ameeting_KMT4471

Meeting ID: 381 224 907 55
""",
        tz=CET,
        ics={
            "style": "outlook",
            "start": "2026-02-24 15:00:00 +0100",
            "minutes": 45,
            "organizer": ("Lena Marquardt", "lena.marquardt@kmt-ag.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000KMT4471",
            "summary": "Peter Vos / Katharina Albrecht",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "15022",
        "2026-03-02 16:10",
        "Kronberg Medical Talent <talent@kronbergmedical.avature.net>",
        "Your application for Req. 4502",
        ("rejection", KRO, "Head of Group Reporting & Consolidation", 4, "other", "en"),
        text="""Dear Katharina,

Thank you for your interest in Kronberg Medical and for the time you have taken to apply.

We have now completed our review for the position Head of Group Reporting & Consolidation. While
your background is impressive, we have decided not to take your application further for this
particular role.

We wish you every success.

Talent Acquisition
KMT Kronberg Medizintechnik AG
""",
        tz=CET,
    ),
    m(
        "15023",
        "2026-03-05 11:25",
        "Lena Marquardt <lena.marquardt@kmt-ag.com>",
        "Next step – panel in Kronberg",
        ("interview", KRO, "VP Finance Europe", 3, "direct", "en"),
        text="""Dear Katharina,

Peter enjoyed your conversation. We'd like to invite you to meet the CEO, Dr. Annika Roth, and
our Head of Investor Relations in Kronberg on 19 or 20 March. Please let me know which day suits.

Best,
Lena
""",
        tz=CET,
    ),
    m(
        "15024",
        "2026-03-20 08:15",
        "Lena Marquardt <lena.marquardt@kmt-ag.com>",
        "RE: Next step – panel in Kronberg",
        ("interview", KRO, "VP Finance Europe", 3, "direct", "en"),
        text="""Dear Katharina,

Thank you for letting me know, and of course I understand. I have withdrawn your application
for the VP Finance Europe role and informed Peter and Dr. Roth. Congratulations on the new
position – we hope our paths cross again.

Kind regards,
Lena
""",
        tz=CET,
        st="withdrawn",
        **reply("15023", "lena.marquardt@kmt-ag.com"),
    ),
    # 5 Ledgerly, founder from personal webmail: interview, then rejection
    m(
        "15025",
        "2026-01-22 22:41",
        "Adalbert König <adalbert.koenig.ffm@gmail.com>",
        "Kaffee? Wir suchen jemanden für die Finanzen",
        ("interview", LED, "CFO", 5, "direct", "de"),
        text="""Hallo Frau Dr. Albrecht,

vielen Dank für Ihre Nachricht über unsere Website! Ich schreibe von meiner privaten Adresse,
weil unser Mailserver gerade umzieht.

Wir sind gerade in der Series B und brauchen dringend eine erfahrene CFO, die uns durch die
nächste Runde und den Aufbau des Controllings bringt. Hätten Sie Lust auf einen Kaffee
nächste Woche? Ich bin Montag bis Mittwoch in Frankfurt, z. B. Dienstag 8:30 im Café Sugar
Mama in der Kurt-Schumacher-Str.?

Viele Grüße
Adalbert

--
Adalbert König
Co-Founder & CEO, Ledgerly
ledgerly.de
""",
        tz=CET,
    ),
    m(
        "15026",
        "2026-01-23 07:12",
        "Adalbert König <adalbert.koenig.ffm@gmail.com>",
        "Re: Kaffee? Wir suchen jemanden für die Finanzen",
        ("interview", LED, "CFO", 5, "direct", "de"),
        text="""Super, dann Dienstag 8:30. Ich freu mich!

A.
""",
        tz=CET,
        **reply("15025", ADA),
    ),
    m(
        "15027",
        "2026-02-04 12:30",
        "Ledgerly via Calendly <notifications@calendly.com>",
        "New Event: Katharina Albrecht – 60 Minute Meeting",
        ("interview", LED, "CFO", 5, "other", "en"),
        text="""Hi Katharina,

A new event has been scheduled.

Event Type: Founders x CFO candidate (60 min)
Invitee: Katharina Albrecht
Event Date/Time: 10:00am - 11:00am, Monday, February 9, 2026 (Central European Time)
Location: Google Meet – details in the calendar invitation
Hosts: Adalbert König, Mirja Petersen (ledgerly.de)

Reschedule or cancel: https://calendly.com/reschedulings/3f09c1aa
""",
        tz=CET,
    ),
    m(
        "15028",
        "2026-02-17 20:55",
        "Adalbert König <a.koenig@ledgerly.de>",
        "Unser Gespräch",
        ("rejection", LED, "CFO", 5, "direct", "de"),
        text="""Liebe Frau Dr. Albrecht,

danke nochmal für die zwei sehr inspirierenden Gespräche. Mirja und ich haben lange überlegt.
Am Ende haben wir gemerkt, dass wir in dieser Phase eher jemanden brauchen, der selbst
hands-on die Buchhaltung aufsetzt – und dafür wären Sie schlicht überqualifiziert. Wir gehen
daher mit einer anderen Person weiter.

Ich hoffe sehr, dass wir in Kontakt bleiben – vielleicht ja irgendwann im Beirat?

Herzliche Grüße
Adalbert
""",
        tz=CET,
    ),
    # 6 Alpenrand Versicherungen AG, Zurich, via Stein Heller Partners: named late, on hold
    m(
        "15029",
        "2026-02-09 10:15",
        STH,
        "Mandat CFO Schweiz – vertraulich",
        ("outreach", None, "CFO Schweiz", None, "agency", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

Stein Heller Partners begleitet einen traditionsreichen Schweizer Versicherer bei der Suche nach
einer CFO für die Schweizer Einheit (Sitz Zürich, Reporting an den Group CFO). IFRS 17 und
Solvency-Kenntnisse sind wichtig, Branchenwechsel ist aber ausdrücklich möglich.

Dürfen wir Sie dazu vertraulich sprechen?

Freundliche Grüsse
Friederike Stein
Managing Partner
Stein Heller Partners AG, Zürich
""",
        tz=CET,
    ),
    m(
        "15030",
        "2026-02-23 14:00",
        STH,
        "Re: Mandat CFO Schweiz – vertraulich",
        ("interview", ALP, "CFO Schweiz", 6, "agency", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

besten Dank für das Gespräch. Wie angekündigt: Unsere Auftraggeberin ist die Alpenrand
Versicherungen AG. Der Group CFO, Herr Dr. Baumgartner, würde Sie am 5. März gern in Zürich
treffen (11:00 Uhr, Mythenquai). Ginge das?

Freundliche Grüsse
Friederike Stein
""",
        tz=CET,
        **reply("15029", "f.stein@steinheller.ch"),
    ),
    m(
        "15031",
        "2026-03-09 18:20",
        STH,
        "Alpenrand – Stand",
        ("confirmation", ALP, "CFO Schweiz", 6, "agency", "de"),
        st="on_hold",
        text="""Sehr geehrte Frau Dr. Albrecht,

Herr Dr. Baumgartner war von dem Gespräch sehr angetan. Leider hat mich Alpenrand heute
informiert, dass der Verwaltungsrat die Besetzung im Zuge einer möglichen Neuorganisation der
Gruppe vorerst ruhen lässt – voraussichtlich bis nach der Generalversammlung im Mai. Ihre
Kandidatur bleibt ausdrücklich bestehen; ich melde mich, sobald ich mehr weiss.

Freundliche Grüsse
Friederike Stein
""",
        tz=CET,
    ),
]

AUE = "Auer Industriegruppe"
BRG = "Britannic Grid"
SOM = "Sommerfeld Energie"

MAIL += [
    # 7 Hellwig Pharma again: re-application to another role after the rejection
    m(
        "15032",
        "2026-03-01 19:40",
        "Hellwig Careers <hellwig@myworkday.com>",
        "Ihre Bewerbung bei Hellwig",
        ("confirmation", HEL, "Head of Finance Transformation", 7, "workday", "de"),
        html="""<html><body style="font-family:Arial">
<p>Sehr geehrte Frau Dr. Albrecht,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Head of Finance Transformation (m/w/d)</b> (JR-2026-00412).
Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Talent Acquisition Team<br>Hellwig Arzneimittel GmbH &amp; Co. KG</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "15033",
        "2026-03-10 11:05",
        "Tobias Rehm <tobias.rehm@hellwig-pharma.de>",
        "Head of Finance Transformation – Telefoninterview",
        ("interview", HEL, "Head of Finance Transformation", 7, "direct", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

schön, dass Sie sich erneut bei uns beworben haben – Ihr Name war uns aus dem Prozess im
Januar noch in sehr guter Erinnerung. Ich würde gern ein erstes Telefoninterview mit Ihnen
führen. Passt Ihnen Montag, 16. März, um 17:00 Uhr?

Mit freundlichen Grüßen
Tobias Rehm
Senior Recruiter Corporate Functions
Hellwig Arzneimittel GmbH & Co. KG
""",
        tz=CET,
    ),
    m(
        "15034",
        "2026-03-23 09:14",
        "Tobias Rehm <tobias.rehm@hellwig-pharma.de>",
        "AW: Head of Finance Transformation – Telefoninterview",
        ("confirmation", HEL, "Head of Finance Transformation", 7, "direct", "de"),
        st="withdrawn",
        text="""Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihre offene Nachricht. Schade – aber herzlichen Glückwunsch! Ich habe Ihre
Bewerbung wie gewünscht aus dem Verfahren genommen.

Alles Gute für die neue Aufgabe
Tobias Rehm
""",
        **reply("15033", "tobias.rehm@hellwig-pharma.de"),
        tz=CET,
    ),
    # 8 Auer Industriegruppe, LinkedIn Easy Apply: confirmation, viewed, ghosted
    m(
        "15035",
        "2026-01-26 20:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Katharina, your application was sent to Auer Industriegruppe",
        ("confirmation", AUE, "Kaufmännische Geschäftsführerin / CFO (m/w/d)", 8, "linkedin", "en"),
        html="""<html><body>
<p>Your application was sent to Auer Industriegruppe</p>
<table><tr><td><b>Kaufmännische Geschäftsführerin / CFO (m/w/d)</b><br>Auer Industriegruppe · Aschaffenburg, Bavaria, Germany (On-site)<br>Applied on January 26, 2026</td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4132298871/">View job</a></p>
<p style="color:#666;font-size:11px">You are receiving Jobs notification emails. Unsubscribe · Help<br>© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "15036",
        "2026-01-30 08:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Auer Industriegruppe",
        ("viewed", AUE, "Kaufmännische Geschäftsführerin / CFO (m/w/d)", 8, "linkedin", "en"),
        html="""<html><body>
<p>Katharina, your application was viewed</p>
<p><b>Kaufmännische Geschäftsführerin / CFO (m/w/d)</b><br>Auer Industriegruppe · Aschaffenburg</p>
<p>The employer viewed your application. This is a good time to make sure your profile is up to date.</p>
<p><a href="https://www.linkedin.com/jobs/view/4132298871/">View job</a></p>
</body></html>""",
        tz=CET,
    ),
    # 9 Britannic Grid plc, London, Taleo: confirmation, then silence (ghosted)
    m(
        "15037",
        "2026-02-03 13:48",
        "Britannic Grid Careers <britannicgrid@taleo.net>",
        "Britannic Grid - Application Acknowledgement - Group Financial Controller",
        ("confirmation", BRG, "Group Financial Controller", 9, "taleo", "en"),
        text="""Dear Katharina Albrecht,

Thank you for your interest in a career with Britannic Grid plc.

This email confirms that we have received your application for the role of Group Financial
Controller (Requisition 26000318), London.

Due to the high volume of applications we receive, we are only able to respond to shortlisted
candidates. If you have not heard from us within 28 days, please assume that on this occasion
your application has not been successful.

Yours sincerely,
Resourcing Team
Britannic Grid plc

Please do not reply to this email as this mailbox is not monitored.
""",
        tz=GMT,
    ),
    # 10 Sommerfeld Energie (legal: SE Sommerfeld Energieversorgung GmbH), via StepStone
    m(
        "15038",
        "2026-02-12 18:20",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        ("confirmation", SOM, "Leitung Finanzen & Controlling", 10, "other", "de"),
        html="""<html><body style="font-family:Helvetica">
<h2>Bewerbung versendet!</h2>
<p>Hallo Katharina Albrecht,</p>
<p>Ihre Bewerbung auf die Stelle <b>Leitung Finanzen &amp; Controlling (m/w/d)</b> in Darmstadt
ist bei Sommerfeld Energie angekommen.</p>
<p>Tipp: Bewerberinnen, die ihr Profil vollständig ausfüllen, werden bis zu 3x häufiger von
Recruitern gefunden.</p>
<p><a href="https://www.stepstone.de/candidate/applications">Meine Bewerbungen</a></p>
<p style="font-size:11px">StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "15039",
        "2026-02-27 10:33",
        "Personalabteilung SE Sommerfeld <bewerbung@se-sommerfeld.de>",
        "Ihre Bewerbung vom 12.02.2026",
        ("interview", SOM, "Leitung Finanzen & Controlling", 10, "direct", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen. Gern möchten wir Sie
persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch mit unserer
Geschäftsführung ein:

Mittwoch, 11. März 2026, 13:00 Uhr
SE Sommerfeld Energieversorgung GmbH, Landwehrstraße 60, 64293 Darmstadt

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
i. A. Claudia Fendt
Personalabteilung
""",
        tz=CET,
    ),
    m(
        "15040",
        "2026-03-06 08:40",
        "Personalabteilung SE Sommerfeld <bewerbung@se-sommerfeld.de>",
        "Terminverschiebung",
        ("interview", SOM, "Leitung Finanzen & Controlling", 10, "direct", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

leider ist unser Geschäftsführer, Herr Sommerfeld, am 11. März kurzfristig verhindert. Dürfen
wir das Gespräch auf Dienstag, 17. März, 10:00 Uhr verschieben? Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
i. A. Claudia Fendt
""",
        tz=CET,
        **reply("15039", "bewerbung@se-sommerfeld.de"),
    ),
    m(
        "15041",
        "2026-03-16 15:12",
        "Personalabteilung SE Sommerfeld <bewerbung@se-sommerfeld.de>",
        "AW: Terminverschiebung",
        ("interview", SOM, "Leitung Finanzen & Controlling", 10, "direct", "de"),
        st="withdrawn",
        text="""Sehr geehrte Frau Dr. Albrecht,

danke für Ihre Nachricht. Wir haben den morgigen Termin gestrichen und nehmen Ihre Absage zur
Kenntnis. Alles Gute für Ihren weiteren Weg!

Mit freundlichen Grüßen
i. A. Claudia Fendt
""",
        tz=CET,
        **reply("15040", "bewerbung@se-sommerfeld.de"),
    ),
    # job alerts, recommendations, outreach, other_job
    m(
        "15042",
        "2026-01-05 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "„CFO“: 14 neue Jobs in Frankfurt am Main",
        ("alert", None, None, None, "linkedin", "de"),
        html="""<html><body><p>Ihre Jobbenachrichtigung für <b>CFO</b> in Frankfurt am Main</p>
<ul><li>Chief Financial Officer – Mainova Digital · Frankfurt</li><li>CFO (m/w/d) – Privatbank Oppenheim &amp; Voss · Frankfurt</li><li>Finance Director – Telvario GmbH · Offenbach</li></ul>
<p><a href="https://www.linkedin.com/jobs/search/?keywords=CFO">Alle Jobs anzeigen</a></p>
<p style="font-size:11px">Jobbenachrichtigung verwalten · Abbestellen</p></body></html>""",
        tz=CET,
    ),
    m(
        "15043",
        "2026-01-19 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "„Finance Director“: 9 neue Jobs in Zürich",
        ("alert", None, None, None, "linkedin", "de"),
        html="""<html><body><p>Ihre Jobbenachrichtigung für <b>Finance Director</b> in Zürich</p>
<ul><li>Finance Director DACH – Rotkreuz Biologics AG · Zug</li><li>CFO Switzerland – Helvetia Rail Services · Zürich</li><li>Head of Finance – Alpenhorn Capital · Zürich</li></ul>
<p><a href="https://www.linkedin.com/jobs/search/?keywords=Finance%20Director">Alle Jobs anzeigen</a></p></body></html>""",
        tz=CET,
    ),
    m(
        "15044",
        "2026-02-14 09:15",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "5 neue Jobs für „Kaufmännische Geschäftsführung“",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><p>Hallo Katharina,</p><p>Ihr Jobagent hat neue Stellen gefunden:</p>
<ol><li>Kaufmännischer Geschäftsführer (m/w/d) – Rhön Kliniken Service GmbH – Fulda</li><li>CFO (m/w/d) – Schuster Feinkost Gruppe – Mainz</li></ol>
<p><a href="https://www.stepstone.de/jobagent">Jobagent bearbeiten</a></p></body></html>""",
        tz=CET,
    ),
    m(
        "15045",
        "2026-02-18 11:44",
        "Hellwig Careers <hellwig@myworkday.com>",
        "Ihre Bewerbung ist noch nicht abgeschlossen",
        ("alert", HEL, None, None, "workday", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

Sie haben mit einer Bewerbung bei Hellwig begonnen, diese aber noch nicht abgeschickt. Ihre
Angaben sind für 30 Tage gespeichert. Setzen Sie Ihre Bewerbung hier fort:
https://hellwig.wd3.myworkdayjobs.com/de-DE/Hellwig_Careers/userHome

Ihr Talent Acquisition Team
""",
        tz=CET,
    ),
    m(
        "15046",
        "2026-01-15 12:01",
        "Hellwig Careers <hellwig@myworkday.com>",
        "Bestätigen Sie Ihre E-Mail-Adresse",
        ("other_job", HEL, None, None, "workday", "de"),
        text="""Willkommen im Karriereportal von Hellwig.

Ihr Bestätigungscode lautet: 482913

Der Code ist 15 Minuten gültig. Falls Sie kein Konto angelegt haben, ignorieren Sie diese E-Mail.
""",
        tz=CET,
    ),
    m(
        "15047",
        "2026-03-12 10:20",
        "Peter Haas <peter.haas@xing.com>",
        "Peter Haas hat Ihnen eine Nachricht geschickt",
        ("outreach", "Brandt & Söhne", "CFO", None, "other", "de"),
        html="""<html><body><p>Hallo Katharina Albrecht,</p>
<p>Peter Haas (Personalberater bei Haas Consulting) hat Ihnen eine Nachricht geschrieben:</p>
<blockquote>Guten Tag Frau Dr. Albrecht, für die Brandt &amp; Söhne Familienholding in Hanau suche
ich eine CFO, die die Nachfolge des langjährigen Finanzgeschäftsführers antritt. Familienunternehmen,
ca. 600 Mio. EUR Umsatz, perspektivisch Sprecherin der Geschäftsführung. Hätten Sie Interesse an
einem ersten Austausch?</blockquote>
<p><a href="https://www.xing.com/chats">Antworten</a></p>
<p style="font-size:11px">XING ist ein Angebot der New Work SE, Am Strandkai 1, 20457 Hamburg.</p></body></html>""",
        tz=CET,
    ),
    m(
        "15048",
        "2026-04-15 16:22",
        "Martin Oelze <m.oelze@oelze-executive.com>",
        "Interim-CFO-Mandat – 9 Monate, Rhein-Neckar",
        ("outreach", None, "Interim CFO", None, "agency", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht,

für einen Mittelständler aus dem Maschinenbau (Rhein-Neckar, PE-finanziert) suchen wir
kurzfristig eine Interim-CFO für ca. 9 Monate (Restrukturierung, Bankenkommunikation). Start
wäre Mai.

Falls das für Sie – oder jemanden aus Ihrem Netzwerk – interessant sein könnte, freue ich mich
über eine kurze Nachricht.

Beste Grüße
Martin Oelze
Oelze Executive Interim Management
""",
        tz=CEST,
    ),
    m(
        "15049",
        "2026-05-06 09:05",
        "Jessica Tran <jessica.tran@harcourtsearch.co.uk>",
        "Group CFO – FTSE 250 industrial – confidential",
        ("outreach", None, "Group CFO", None, "agency", "en"),
        text="""Dear Katharina,

I hope you don't mind the direct approach. We have been retained by a FTSE 250 industrial
business with a large German footprint to find its next Group CFO. Your name came up in several
conversations as one of the strongest finance leaders in the DACH region.

I appreciate you may not be looking, but would you be open to a 20-minute call?

Best regards,
Jessica Tran
Partner, Harcourt Search
""",
        tz=BST,
    ),
    m(
        "15051",
        "2026-05-11 14:30",
        "Jessica Tran <jessica.tran@harcourtsearch.co.uk>",
        "Re: Group CFO – FTSE 250 industrial – confidential",
        ("outreach", None, "Group CFO", None, "agency", "en"),
        text="""Dear Katharina,

Many thanks for coming back to me, and congratulations on the Vantera appointment – well
deserved. Entirely understood. I'll keep you in mind for the future, and do let me know if
anyone in your network comes to mind.

Best,
Jessica
""",
        tz=BST,
        **reply("15049", "jessica.tran@harcourtsearch.co.uk"),
    ),
    m(
        "15052",
        "2026-03-05 18:00",
        "Kronberg Medical Talent <talent@kronbergmedical.avature.net>",
        "Tell us about your candidate experience",
        ("other_job", KRO, None, None, "other", "en"),
        text="""Dear Katharina,

You recently applied for a role at Kronberg Medical. We would love to hear about your
experience – the survey takes less than three minutes:
https://kronbergmedical.avature.net/survey/cx?c=88211

Thank you!
Talent Acquisition
""",
        tz=CET,
    ),
    m(
        "15053",
        "2026-02-04 10:11",
        "Personio <noreply@personio.de>",
        "Willkommen im Talentpool der Nordlicht Treuhand",
        ("alert", "Nordlicht Treuhand", None, None, "personio", "de"),
        text="""Hallo Katharina,

vielen Dank für Ihr Interesse an der Nordlicht Treuhand GmbH! Sie sind jetzt Teil unseres
Talentpools. Sobald eine passende Position frei wird, melden wir uns bei Ihnen.

Ihr Nordlicht-Team
""",
        tz=CET,
    ),
    m(
        "15054",
        "2026-06-02 08:00",
        "Lena Marquardt <lena.marquardt@kmt-ag.com>",
        "Automatic reply: Introduction – Katharina Albrecht / Vantera",
        ("not_job", "en"),
        text="""Thank you for your email. I am on parental leave until 31 August 2026. For urgent
talent acquisition topics please contact talent@kmt-ag.com.

Lena Marquardt
""",
        tz=CEST,
    ),
    m(
        "15055",
        "2026-04-08 11:00",
        "HireRight <noreply@hireright.com>",
        "Action required: complete your background screening for Vantera Holding SE",
        ("other_job", VAN, None, None, "other", "en"),
        text="""Dear Katharina Albrecht,

Vantera Holding SE has requested that HireRight conduct a background screening as part of your
appointment. Please log in to complete your details within 5 days:
https://applicant.hireright.com/login?c=VANTERA

Reference: EU-2026-0419-7731

HireRight
""",
        tz=CEST,
    ),
]

SOL = "Solvex Chemicals"

MAIL += [
    # 22 Solvex Chemicals, applied from an old webmail account; the confirmation forwarded to herself
    m(
        "15060",
        "2026-02-25 21:48",
        "Katharina Albrecht <katharina.albrecht78@gmail.com>",
        "Fwd: Thank you for your application to Solvex",
        ("confirmation", SOL, "VP Finance & Controlling EMEA", 22, "greenhouse", "en"),
        text="""(hab mich aus Versehen mit der alten Gmail-Adresse beworben – zur Ablage)

---------- Forwarded message ---------
From: Solvex Chemicals <no-reply@greenhouse.io>
Date: Wed, Feb 25, 2026 at 9:31 PM
Subject: Thank you for your application to Solvex
To: <katharina.albrecht78@gmail.com>

Dear Katharina,

Thank you for applying to the VP Finance & Controlling EMEA position at Solvex Chemicals
(Ludwigshafen). Your application has been received and will be reviewed by our team.

Kind regards,
Solvex Talent Acquisition
""",
        tz=CET,
    ),
    m(
        "15061",
        "2026-01-16 15:21",
        "Oliver Pryce <oliver.pryce@harcastle.com>",
        "Automatic reply: Finance Director role at Harcastle – quick chat?",
        ("other_job", "Harcastle Capital", None, None, "direct", "en"),
        text="""Thanks for your message. I'm travelling until 19 January with patchy access to email.
For anything urgent, please contact talent@harcastle.com.

Oliver
""",
        tz=GMT,
    ),
    m(
        "15062",
        "2026-01-11 09:30",
        "XING Stellenmarkt <jobs@mail.xing.com>",
        "Neue Jobs, die zu Ihnen passen könnten",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><p>Hallo Katharina Albrecht,</p><ul><li>CFO (w/m/d) – Brandt &amp; Söhne Familienholding · Hanau</li>
<li>Kaufmännische Geschäftsführung – Main-Taunus Stadtwerke · Hofheim</li></ul>
<p><a href="https://www.xing.com/jobs">Mehr Jobs</a></p></body></html>""",
        tz=CET,
    ),
    m(
        "15063",
        "2026-01-24 10:00",
        "Vantera Logistik Karriere <karriere@vantera-logistik.de>",
        "Willkommen in der Vantera Talent Community",
        ("alert", VAN, None, None, "direct", "de"),
        text="""Hallo Katharina,

schön, dass Du Dich für Vantera Logistik interessierst! Als Mitglied unserer Talent Community
erhältst Du ab sofort passende Stellenangebote und Einblicke in unseren Arbeitsalltag.

Dein Vantera Recruiting Team
""",
        tz=CET,
    ),
    m(
        "15064",
        "2026-02-26 09:02",
        "Solvex Chemicals <no-reply@greenhouse.io>",
        "Solvex – please verify your email",
        ("other_job", SOL, None, None, "greenhouse", "en"),
        text="""Your security code is 771204. Enter it on the Solvex careers page to view your application.
""",
        tz=CET,
        to="katharina.albrecht78@gmail.com",
    ),
    m(
        "15065",
        "2026-03-03 07:00",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "3 neue Jobs für „CFO“",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><ol><li>CFO (m/w/d) – Odenwald Werke – Michelstadt</li><li>Finanzvorstand (m/w/d) – Genossenschaftsverband Hessen – Frankfurt</li></ol></body></html>""",
        tz=CET,
    ),
    m(
        "15066",
        "2026-03-26 13:00",
        "Kessler & Partner <info@kessler-partner.de>",
        "Kessler & Partner Perspektiven: Der CFO als Transformationsmanager",
        ("not_job", "de"),
        text="""Sehr geehrte Damen und Herren,

in unserer neuen Studie haben wir 140 Aufsichtsratsvorsitzende befragt, worauf sie bei der
Auswahl von Finanzvorständen achten. Die wichtigsten Ergebnisse lesen Sie hier:
https://www.kessler-partner.de/perspektiven/cfo-2026

Kessler & Partner Executive Search
""",
        tz=CET,
    ),
    m(
        "15067",
        "2026-06-23 10:30",
        "Peter Haas <peter.haas@xing.com>",
        "Peter Haas hat Ihnen eine Nachricht geschickt",
        ("outreach", None, "Beirat Finanzen", None, "other", "de"),
        html="""<html><body><p>Peter Haas (Haas Consulting): Guten Tag Frau Dr. Albrecht, herzlichen Glückwunsch zur
neuen Aufgabe! Eine Familienholding aus Osthessen sucht ein Beiratsmitglied mit Finanzfokus (4 Sitzungen im Jahr).
Wäre das neben dem Vorstandsmandat denkbar?</p><p><a href="https://www.xing.com/chats">Antworten</a></p></body></html>""",
        tz=CEST,
    ),
]

"""Job mail of the tenth held-out corpus, German-speaking employers (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CET, CEST = "+0100", "+0200"

ALP = "Alpstein Versicherungen AG"
LPB = "Limmat Privatbank AG"
TES = "Tessel Labs AG"
NLM = "Nordlicht Mobility GmbH"
ISA = "Isarwerk Analytics GmbH"
SUE = "Südstern Rück AG"
PRA = "Prater Mobility GmbH"
SIH = "Sihltal Energie AG"
HAV = "Havelstrom Energie GmbH"
KAI = "Kaiserwerk Media GmbH"
UET = "Uetliberg Retail AG"

ALP_PR = "Data Scientist Pricing"
ALP_ML = "Machine Learning Engineer Claims Automation"
LPB_R = "Senior Data Scientist"
TES_R = "Machine Learning Engineer"
NLM_R = "Machine Learning Engineer (m/w/d)"
ISA_R = "Senior Data Scientist (m/w/d)"
SUE_R = "Data Scientist Reserving (m/w/d)"
PRA_R = "Machine Learning Engineer"
SIH_R = "Data Scientist Energiehandel"
HAV_R = "Data Scientist Netzbetrieb (w/m/d)"
KAI_R = "Data Scientist Recommendations (m/w/d)"
UET_R = "Data Scientist Demand Forecasting"

ME_ADDR = "lukas.brunner@bluewin-mail.ch"

# Message keys used for threading below.
TES_FOUNDER = "Jonas Aebi <jonas.aebi@gmail.com>"
KES = "Corinne Wyss <c.wyss@kessler-partner.ch>"
ALP_HR = "Sandra Imhof <sandra.imhof@alpstein.ch>"
UET_HR = "Patrick Gisler <patrick.gisler@uetliberg-retail.ch>"
PRA_HM = "Mehmet Yilmaz <mehmet@prater-mobility.at>"

MAIL: list[dict[str, Any]] = [
    # --- 1 Alpstein Versicherungen, Data Scientist Pricing (SuccessFactors) ---------------------
    m(
        "10001",
        "2025-02-04 08:12",
        "Alpstein Versicherungen Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung: Data Scientist Pricing (Job-ID 24817)",
        ("confirmation", ALP, ALP_PR, 1, "other", "de"),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Guten Tag Herr Brunner</p>
<p>Vielen Dank für Ihre Bewerbung als <b>Data Scientist Pricing</b> (Job-ID 24817) und Ihr
Interesse an der Alpstein Versicherungen AG.</p>
<p>Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen. Bitte haben Sie
Verständnis, dass dies einige Zeit in Anspruch nehmen kann. Sie hören so bald wie möglich von
uns.</p>
<p>Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem
<a href="https://career5.successfactors.eu/career?company=alpsteinP&amp;career_ns=job_application">Kandidatenprofil</a>
einsehen.</p>
<p>Freundliche Grüsse<br>Ihr Recruiting-Team<br>Alpstein Versicherungen AG, St. Gallen</p>
<p style="font-size:10px;color:#777">Dies ist eine automatisch generierte Nachricht. Bitte
antworten Sie nicht auf diese E-Mail.</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10002",
        "2025-02-03 21:47",
        "SAP SuccessFactors <noreply@successfactors.eu>",
        "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        ("other_job", ALP, None, None, "other", "de"),
        text="""Guten Tag Lukas Brunner

Sie haben ein Kandidatenkonto auf dem Karriereportal der Alpstein Versicherungen AG angelegt.
Bitte bestätigen Sie Ihre E-Mail-Adresse mit dem folgenden Code:

    481 227

Der Code ist 30 Minuten gültig. Wenn Sie kein Konto angelegt haben, können Sie diese Nachricht
ignorieren.

Alpstein Versicherungen AG – Karriereportal
""",
        tz=CET,
    ),
    m(
        "10003",
        "2025-02-19 14:05",
        ALP_HR,
        "Alpstein Versicherungen – Einladung zum Erstgespräch",
        ("interview", ALP, ALP_PR, 1, "direct", "de"),
        text="""Guten Tag Herr Brunner

Besten Dank für Ihre Bewerbung als Data Scientist Pricing. Ihr Profil hat uns angesprochen und
wir würden Sie gerne in einem ersten Gespräch näher kennenlernen.

Gerne schlage ich Ihnen folgenden Termin vor:
Donnerstag, 27. Februar 2025, 10:00 – 11:00 Uhr, per Microsoft Teams

Teilnehmende: Reto Hollenstein (Leiter Pricing Motor) und ich.

Die Einladung erhalten Sie separat im Kalender. Sollte der Termin nicht passen, melden Sie sich
bitte kurz bei mir.

Freundliche Grüsse

Sandra Imhof
HR Business Partner
Alpstein Versicherungen AG
Rosenbergstrasse 22, 9000 St. Gallen
T +41 71 555 31 12
""",
        tz=CET,
    ),
    m(
        "10004",
        "2025-02-19 14:09",
        ALP_HR,
        "Erstgespräch Data Scientist Pricing – Lukas Brunner",
        ("interview", ALP, ALP_PR, 1, "direct", "de"),
        text="""Microsoft Teams-Besprechung

Über Computer, mobile App oder Raumgerät teilnehmen
Hier klicken, um an der Besprechung teilzunehmen
Besprechungs-ID: 388 190 442 17
Kennung: Zx7pQ2

Weitere Informationen | Besprechungsoptionen
""",
        ics={
            "style": "outlook",
            "start": "2025-02-27 10:00:00 +0100",
            "minutes": 60,
            "organizer": ("Sandra Imhof", "sandra.imhof@alpstein.ch"),
            "attendees": [("Reto Hollenstein", "reto.hollenstein@alpstein.ch")],
            "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6@alpstein.ch",
            "summary": "Erstgespräch Data Scientist Pricing – Lukas Brunner",
            "location": "Microsoft Teams-Besprechung",
        },
        tz=CET,
    ),
    m(
        "10005",
        "2025-02-20 07:58",
        ALP_HR,
        "AW: Alpstein Versicherungen – Einladung zum Erstgespräch",
        ("interview", ALP, ALP_PR, 1, "direct", "de"),
        text="""Guten Morgen Herr Brunner

Wunderbar, dann bis Donnerstag. Herr Hollenstein freut sich auf den Austausch.

Freundliche Grüsse
Sandra Imhof

-----Ursprüngliche Nachricht-----
Von: Lukas Brunner <lukas.brunner@bluewin-mail.ch>
Gesendet: Mittwoch, 19. Februar 2025 18:31
An: Sandra Imhof <sandra.imhof@alpstein.ch>
Betreff: Re: Alpstein Versicherungen – Einladung zum Erstgespräch

Guten Tag Frau Imhof

Vielen Dank für die Einladung, der 27. Februar um 10 Uhr passt mir sehr gut.

Freundliche Grüsse
Lukas Brunner
""",
        headers=reply("10003", ALP_HR),
        tz=CET,
    ),
    m(
        "10006",
        "2025-03-14 16:22",
        ALP_HR,
        "Ihre Bewerbung bei der Alpstein Versicherungen AG",
        ("rejection", ALP, ALP_PR, 1, "direct", "de"),
        text="""Guten Tag Herr Brunner

Nochmals herzlichen Dank für das angenehme und offene Gespräch mit Herrn Hollenstein und mir.
Ihre Erfahrung mit Gradient-Boosting-Modellen und Ihre strukturierte Art haben uns sehr gefallen.

Nach reiflicher Überlegung haben wir uns dennoch für eine Kandidatin entschieden, die bereits
mehrere Jahre Erfahrung in der Tarifierung im Motorfahrzeuggeschäft mitbringt. Dieser Entscheid
ist uns nicht leicht gefallen.

Wir würden Ihr Dossier gerne in unserem Talent-Pool behalten und uns bei passenden Vakanzen
wieder bei Ihnen melden, sofern Sie einverstanden sind.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse

Sandra Imhof
HR Business Partner
Alpstein Versicherungen AG
""",
        tz=CET,
    ),
    m(
        "10007",
        "2025-03-17 09:30",
        "Alpstein Versicherungen Karriere <noreply@successfactors.eu>",
        "Willkommen im Talent-Pool der Alpstein Versicherungen",
        ("alert", ALP, None, None, "other", "de"),
        text="""Guten Tag Herr Brunner

Schön, dass Sie Teil unseres Talent-Pools sind. Wir informieren Sie künftig über offene
Stellen, die zu Ihrem Profil passen, sowie über Events rund um Karriere bei Alpstein.

Ihre Präferenzen (Fachbereich, Pensum, Standort) können Sie jederzeit in Ihrem Profil anpassen.

Freundliche Grüsse
Talent Acquisition, Alpstein Versicherungen AG

Abmelden: https://career5.successfactors.eu/talentcommunity/unsubscribe?company=alpsteinP
""",
        tz=CET,
    ),
    # --- 25 Alpstein again: ML Engineer Claims Automation (second role) ----------------------
    m(
        "10008",
        "2025-05-06 11:40",
        "Alpstein Versicherungen Karriere <noreply@successfactors.eu>",
        "Neue Stelle für Sie: Machine Learning Engineer Claims Automation",
        ("alert", ALP, ALP_ML, None, "other", "de"),
        text="""Guten Tag Herr Brunner

Aufgrund Ihrer Präferenzen im Talent-Pool möchten wir Sie auf folgende Stelle aufmerksam
machen:

Machine Learning Engineer Claims Automation (80–100 %)
Zürich Oerlikon | Schaden | Job-ID 25390

Zur Stelle: https://career5.successfactors.eu/sfcareer/jobreqcareer?jobId=25390&company=alpsteinP

Freundliche Grüsse
Talent Acquisition, Alpstein Versicherungen AG
""",
    ),
    m(
        "10009",
        "2025-05-08 19:02",
        "Alpstein Versicherungen Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung: Machine Learning Engineer Claims Automation (Job-ID 25390)",
        ("confirmation", ALP, ALP_ML, 25, "other", "de"),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Guten Tag Herr Brunner</p>
<p>Vielen Dank für Ihre Bewerbung als <b>Machine Learning Engineer Claims Automation</b>
(Job-ID 25390) und Ihr Interesse an der Alpstein Versicherungen AG.</p>
<p>Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen.</p>
<p>Freundliche Grüsse<br>Ihr Recruiting-Team<br>Alpstein Versicherungen AG, St. Gallen</p>
</body></html>""",
    ),
    m(
        "10010",
        "2025-05-21 13:15",
        "Beat Kuster <beat.kuster@alpstein.ch>",
        "Kurzes Kennenlernen – Claims Automation",
        ("interview", ALP, ALP_ML, 25, "direct", "de"),
        text="""Hallo Herr Brunner

Sandra Imhof hat mir Ihr Dossier weitergeleitet – sie erinnert sich gut an Sie aus dem
Pricing-Prozess. Ich leite das Team Claims Automation und würde gerne mit Ihnen über die Stelle
sprechen.

Hätten Sie nächste Woche Zeit für ein 45-minütiges Gespräch? Vorschläge:
- Dienstag, 27.5., 14:00
- Mittwoch, 28.5., 09:00

Gruss
Beat Kuster
Teamleiter Claims Automation
Alpstein Versicherungen AG | Thurgauerstrasse 40 | 8050 Zürich
""",
    ),
    m(
        "10011",
        "2025-05-22 08:20",
        "Beat Kuster <beat.kuster@alpstein.ch>",
        "AW: Kurzes Kennenlernen – Claims Automation",
        ("interview", ALP, ALP_ML, 25, "direct", "de"),
        text="""Perfekt, dann Mittwoch 9 Uhr bei uns in Oerlikon, 3. Stock, Empfang fragt nach mir.

Gruss
Beat

> Guten Tag Herr Kuster, Mittwoch 28.5. um 9 Uhr passt mir gut. Vor Ort oder Teams?
> Freundliche Grüsse, Lukas Brunner
""",
        headers=reply("10010", "Beat Kuster <beat.kuster@alpstein.ch>"),
    ),
    m(
        "10012",
        "2025-06-11 17:45",
        "Beat Kuster <beat.kuster@alpstein.ch>",
        "Rückmeldung",
        ("rejection", ALP, ALP_ML, 25, "direct", "de"),
        text="""Hallo Herr Brunner

Danke nochmals für Ihre Zeit und die spannende Diskussion zu Dokumentenklassifikation – Ihre
Ideen zum Active Learning habe ich ins Team mitgenommen.

Leider muss ich Ihnen mitteilen, dass wir die Stelle intern besetzen konnten. Das hat sich erst
letzte Woche so ergeben und ist keine Aussage über Ihre Qualifikation.

Ich wünsche Ihnen viel Erfolg bei der weiteren Suche.

Gruss
Beat Kuster
""",
    ),
    # --- 2 Limmat Privatbank, Senior Data Scientist (Workday, brand domain differs) ----------
    m(
        "10013",
        "2025-02-07 10:33",
        "Workday <lpbgroup@myworkday.com>",
        "Vielen Dank für Ihre Bewerbung",
        ("confirmation", LPB, LPB_R, 2, "workday", "de"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Guten Tag Lukas</p>
<p>Vielen Dank für Ihre Bewerbung für die Position <b>Senior Data Scientist</b> (JR-1184) bei
der Limmat Privatbank. Wir haben Ihre Unterlagen erhalten.</p>
<p>Den Status Ihrer Bewerbung können Sie jederzeit im
<a href="https://lpbgroup.wd3.myworkdayjobs.com/de-CH/LPB_Careers/userHome">Kandidatenportal</a>
verfolgen.</p>
<p>Freundliche Grüsse<br>Talent Acquisition<br>LPB Group | Limmat Privatbank AG</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10014",
        "2025-02-12 09:10",
        "Codility <no-reply@codility.com>",
        "LPB Group invites you to a coding test",
        ("assessment", LPB, LPB_R, 2, "codility", "en"),
        text="""Hello Lukas Brunner,

LPB Group has invited you to take a test on Codility as part of your application for
Senior Data Scientist.

Test: Data Science – Python & SQL
Duration: 90 minutes
Deadline: 19 February 2025, 23:59 CET

Start your test: https://app.codility.com/c/invite/LPB-Q7X2M9/

Before you start, make sure you have a stable internet connection. You can try a demo task first.

Good luck!
The Codility Team
""",
        tz=CET,
    ),
    m(
        "10015",
        "2025-02-16 20:44",
        "Codility <no-reply@codility.com>",
        "Your test for LPB Group has been submitted",
        ("assessment", LPB, LPB_R, 2, "codility", "en"),
        text="""Hello Lukas,

Thank you for completing your test. Your solutions have been sent to LPB Group.
The company will contact you about the next steps.

The Codility Team
""",
        tz=CET,
    ),
    m(
        "10016",
        "2025-03-04 15:31",
        "Nadine Frei <nadine.frei@lpb-group.ch>",
        "Senior Data Scientist – nächste Schritte",
        ("interview", LPB, LPB_R, 2, "direct", "de"),
        text="""Guten Tag Herr Brunner

Herzlichen Dank für die Bearbeitung des Codility-Tests, das Resultat hat überzeugt. Gerne
möchten wir Sie zu einem ersten Interview mit dem Head of Data & Analytics, Herrn Dr. Marc
Schnyder, einladen.

Termin: Dienstag, 11. März 2025, 16:00 Uhr
Ort: Limmat Privatbank AG, Bahnhofstrasse 71, 8001 Zürich (bitte melden Sie sich am Empfang)

Bitte bestätigen Sie mir den Termin kurz per E-Mail.

Freundliche Grüsse

Nadine Frei
Talent Acquisition Partner
LPB Group
""",
        tz=CET,
    ),
    m(
        "10017",
        "2025-03-05 08:02",
        "Nadine Frei <nadine.frei@lpb-group.ch>",
        "Abwesenheitsnotiz: Re: Senior Data Scientist – nächste Schritte",
        ("other_job", LPB, LPB_R, None, "direct", "de"),
        text="""Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit 6. März 2025 abwesend und habe nur
eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
talent@lpb-group.ch.

Freundliche Grüsse
Nadine Frei
""",
        headers={"Auto-Submitted": "auto-replied", **reply("10016", "nadine.frei@lpb-group.ch")},
        tz=CET,
    ),
    m(
        "10018",
        "2025-03-07 11:12",
        "Nadine Frei <nadine.frei@lpb-group.ch>",
        "AW: Senior Data Scientist – nächste Schritte",
        ("interview", LPB, LPB_R, 2, "direct", "de"),
        text="""Guten Tag Herr Brunner

Danke für Ihre Bestätigung, dann erwarten wir Sie am Dienstag um 16 Uhr. Bitte nehmen Sie einen
amtlichen Ausweis mit.

Freundliche Grüsse
Nadine Frei
""",
        headers=reply("10016", "nadine.frei@lpb-group.ch"),
        tz=CET,
    ),
    # (no answer after the interview: ghosted)
    # --- 3 Tessel Labs, ML Engineer (Personio, founder from Gmail) -> accepted ---------------
    m(
        "10019",
        "2025-04-02 12:18",
        "Tessel Labs AG <no-reply@personio.de>",
        "Deine Bewerbung bei Tessel Labs",
        ("confirmation", TES, TES_R, 3, "personio", "de"),
        text="""Hallo Lukas

Danke für deine Bewerbung als Machine Learning Engineer bei Tessel Labs! Wir haben deine
Unterlagen erhalten und melden uns in den nächsten Tagen bei dir.

Liebe Grüsse
Das Tessel-Team

Tessel Labs AG · Hardturmstrasse 161 · 8005 Zürich
Datenschutz: https://tessel-labs.jobs.personio.de/privacy-policy
""",
    ),
    m(
        "10020",
        "2025-04-04 22:51",
        TES_FOUNDER,
        "Hoi Lukas – kurzer Call?",
        ("interview", TES, TES_R, 3, "direct", "de"),
        text="""Hoi Lukas

Ich hab deine Bewerbung gesehen, dein Projekt zur Anomalieerkennung auf Sensordaten passt
ziemlich genau zu dem, was wir gerade bauen. Hättest du Lust auf einen lockeren Call nächste
Woche, 30 min? Z.B. Dienstag 15 Uhr oder Donnerstag 11 Uhr.

Sorry für die Gmail-Adresse, bin grad unterwegs.

Gruss
Jonas

--
Jonas Aebi
Co-Founder & CTO, Tessel Labs
""",
    ),
    m(
        "10021",
        "2025-04-05 09:14",
        TES_FOUNDER,
        "Re: Hoi Lukas – kurzer Call?",
        ("interview", TES, TES_R, 3, "direct", "de"),
        text="""Super, Dienstag 15 Uhr passt. Schick dir gleich den Link.

J.

Am Sa., 5. Apr. 2025 um 08:40 schrieb Lukas Brunner <lukas.brunner@bluewin-mail.ch>:
> Hoi Jonas, merci für die Nachricht! Dienstag 15 Uhr passt mir.
> Gruess, Lukas
""",
        headers=reply("10020", TES_FOUNDER),
    ),
    m(
        "10022",
        "2025-04-05 09:16",
        "Google Calendar <calendar-notification@google.com>",
        "Einladung: Lukas / Jonas – Tessel @ Di. 8. Apr. 2025 15:00 - 15:30 (MESZ)",
        ("interview", TES, TES_R, 3, "direct", "de"),
        text="""Lukas / Jonas – Tessel
Dienstag, 8. April 2025 ⋅ 15:00 – 15:30
Zeitzone: Europe/Zurich

Google Meet beitreten: https://meet.google.com/kqz-rtwp-bnd

Organisator: jonas.aebi@gmail.com
Gäste: Lukas Brunner

Einladung von Google Kalender
""",
        reply_to=TES_FOUNDER,
        ics={
            "start": "2025-04-08 15:00:00 +0200",
            "minutes": 30,
            "organizer": ("Jonas Aebi", "jonas.aebi@gmail.com"),
            "uid": "5q1v0d7l3k2tesselcall@google.com",
            "summary": "Lukas / Jonas – Tessel",
            "location": "https://meet.google.com/kqz-rtwp-bnd",
        },
    ),
    m(
        "10023",
        "2025-04-09 10:02",
        "Jonas Aebi <jonas@tessel-labs.ch>",
        "Case Study für nächste Runde",
        ("assessment", TES, TES_R, 3, "direct", "de"),
        text="""Hoi Lukas

Danke für das gute Gespräch gestern! Wie besprochen hier die kleine Case Study. Im Anhang
findest du einen anonymisierten Datensatz (Vibrationsdaten von drei Pumpen) und eine kurze
Aufgabenbeschreibung.

Plane bitte nicht mehr als 4–5 Stunden ein. Schick uns dein Notebook bis spätestens
Mittwoch, 16. April. Im nächsten Gespräch gehen wir dann gemeinsam durch.

Bei Fragen einfach melden.

Jonas

Jonas Aebi | Co-Founder & CTO
Tessel Labs AG | tessel-labs.ch
""",
        attach=[
            (
                "tessel_case_study.md",
                "text/markdown",
                "# Case Study\n\nPredictive maintenance on pump vibration data.\n",
            )
        ],
    ),
    m(
        "10024",
        "2025-04-16 18:40",
        "Jonas Aebi <jonas@tessel-labs.ch>",
        "Re: Case Study für nächste Runde",
        ("assessment", TES, TES_R, 3, "direct", "de"),
        text="""Merci, ist angekommen! Schauen wir uns bis Ende Woche an.

Jonas
""",
        headers=reply("10023", "jonas@tessel-labs.ch"),
    ),
    m(
        "10025",
        "2025-04-22 14:05",
        "Mirjam Kälin <mirjam@tessel-labs.ch>",
        "Termin mit Jonas, Lea und mir",
        ("interview", TES, TES_R, 3, "direct", "de"),
        text="""Hallo Lukas

Ich bin Mirjam und kümmere mich bei Tessel um People & Ops. Deine Case Study ist sehr gut
angekommen – wir möchten dich gerne zu uns ins Büro einladen, um sie gemeinsam durchzugehen und
das Team kennenzulernen.

Freitag, 2. Mai, 13:30–16:00, Hardturmstrasse 161, 8005 Zürich (2. OG, bei der Velo-Werkstatt
die Treppe hoch).

Passt dir das?

Liebe Grüsse
Mirjam
""",
    ),
    m(
        "10026",
        "2025-04-22 16:47",
        "Mirjam Kälin <mirjam@tessel-labs.ch>",
        "Re: Termin mit Jonas, Lea und mir",
        ("interview", TES, TES_R, 3, "direct", "de"),
        text="""Top, ist eingetragen. Bis am 2.!

Mirjam

> Hallo Mirjam, Freitag 2. Mai passt mir bestens. Bis dann, Lukas
""",
        headers=reply("10025", "mirjam@tessel-labs.ch"),
    ),
    m(
        "10027",
        "2025-06-20 17:20",
        "Jonas Aebi <jonas@tessel-labs.ch>",
        "Wir möchten dich im Team",
        ("offer", TES, TES_R, 3, "direct", "de"),
        text="""Hoi Lukas

Ich mach's kurz: Wir hätten dich sehr gerne bei uns als Machine Learning Engineer!

Unser Vorschlag: 100 %, Start 1. August 2025, Jahreslohn CHF 128'000 plus 0.25 % ESOP
(Vesting über 4 Jahre, 1 Jahr Cliff), 25 Ferientage, Halbtax/GA-Beitrag. Details im Anhang.

Lass dir ruhig ein paar Tage Zeit. Wenn du Fragen hast oder über etwas sprechen möchtest, ruf
mich einfach an: 079 555 18 42.

Wir freuen uns!
Jonas
""",
        attach=[
            (
                "Angebot_Tessel_Labs_Brunner.pdf",
                "application/pdf",
                "%PDF-1.4 offer letter placeholder",
            )
        ],
    ),
    m(
        "10028",
        "2025-06-26 09:45",
        "Mirjam Kälin <mirjam@tessel-labs.ch>",
        "Dein Arbeitsvertrag",
        ("offer", TES, TES_R, 3, "direct", "de"),
        text="""Hallo Lukas

Wie freuen uns riesig über deine Zusage!! 🎉

Ich schicke dir den Arbeitsvertrag gleich via DocuSign zur Unterschrift. Kannst du mir bitte
noch eine Kopie deiner Aufenthaltsbewilligung und deine AHV-Nummer schicken?

Liebe Grüsse
Mirjam
""",
        st="accepted",
    ),
    m(
        "10029",
        "2025-06-26 10:02",
        "Mirjam Kälin via DocuSign <dse@eu.docusign.net>",
        "Bitte mit DocuSign unterzeichnen: Arbeitsvertrag_Tessel_Labs_L_Brunner.pdf",
        ("offer", TES, TES_R, 3, "docusign", "de"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Mirjam Kälin hat Ihnen ein Dokument zur Überprüfung und Unterzeichnung gesendet.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=6f1c2e0a-tessel">DOKUMENT PRÜFEN</a></p>
<p><b>Mirjam Kälin</b><br>mirjam@tessel-labs.ch</p>
<p>Hallo Lukas, hier dein Vertrag zur Unterschrift. Liebe Grüsse, Mirjam</p>
<p style="font-size:11px;color:#666">Nicht weiterleiten: Diese E-Mail enthält einen sicheren
Link zu DocuSign. Bitte geben Sie diesen Link nicht an andere weiter.</p>
</body></html>""",
        reply_to="mirjam@tessel-labs.ch",
        st="accepted",
    ),
    m(
        "10030",
        "2025-06-26 20:13",
        "DocuSign <dse@eu.docusign.net>",
        "Abgeschlossen: Arbeitsvertrag_Tessel_Labs_L_Brunner.pdf",
        ("offer", TES, TES_R, 3, "docusign", "de"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Alle Parteien haben das Dokument abgeschlossen.</p>
<p>Arbeitsvertrag_Tessel_Labs_L_Brunner.pdf</p>
<p><a href="https://eu.docusign.net/Member/EmailStart.aspx?m=done-tessel">DOKUMENT ANZEIGEN</a></p>
<p style="font-size:11px;color:#666">Powered by DocuSign</p>
</body></html>""",
        st="accepted",
    ),
    m(
        "10031",
        "2025-07-14 10:00",
        "Mirjam Kälin <mirjam@tessel-labs.ch>",
        "Dein erster Tag am 1. August",
        ("other_job", TES, TES_R, None, "direct", "de"),
        text="""Hallo Lukas

Bald ist es so weit! Ein paar Infos für deinen Start:

- Freitag, 1. August ist Nationalfeiertag – dein erster Arbeitstag ist darum Montag, 4. August.
  Wir treffen uns um 9:00 im Büro, Jonas holt dich beim Eingang ab.
- Dein Laptop (MacBook Pro 14") ist bestellt und liegt bereit.
- Bitte fülle bis Ende Juli das Personalblatt im Personio-Self-Service aus (Einladung folgt).
- Mittagessen am ersten Tag geht aufs Haus 🙂

Liebe Grüsse
Mirjam
""",
    ),
    m(
        "10032",
        "2025-07-14 10:06",
        "Tessel Labs AG <no-reply@personio.de>",
        "Einladung zu Personio",
        ("other_job", TES, None, None, "personio", "de"),
        text="""Hallo Lukas

Tessel Labs AG hat dich eingeladen, Personio zu nutzen. Hier kannst du deine persönlichen
Daten verwalten, Abwesenheiten beantragen und Dokumente einsehen.

Konto aktivieren: https://tessel-labs.personio.de/invitation/accept?token=8f1e62

Der Link ist 7 Tage gültig.

Dein Personio-Team
""",
    ),
]

MAIL += [
    # --- 4 Nordlicht Mobility, Berlin (JOIN) ---------------------------------------------------
    m(
        "10033",
        "2025-02-10 13:27",
        "JOIN <noreply@join.com>",
        "Deine Bewerbung wurde erfolgreich versendet",
        ("confirmation", NLM, NLM_R, 4, "other", "de"),
        html="""<html><body style="font-family:Inter,Arial,sans-serif">
<h2>Bewerbung versendet ✔</h2>
<p>Hallo Lukas,</p>
<p>deine Bewerbung für <b>Machine Learning Engineer (m/w/d)</b> bei <b>Nordlicht Mobility GmbH</b>
in Berlin wurde erfolgreich übermittelt.</p>
<p>Das Unternehmen meldet sich direkt bei dir. Du kannst den Status jederzeit in deinem
<a href="https://join.com/candidate/applications">JOIN-Profil</a> einsehen.</p>
<p>Viel Erfolg!<br>Dein JOIN Team</p>
<p style="font-size:11px;color:#999">JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10034",
        "2025-03-03 09:55",
        "Nordlicht Mobility GmbH <noreply@join.com>",
        "Nordlicht Mobility GmbH: Rückmeldung zu deiner Bewerbung",
        ("rejection", NLM, NLM_R, 4, "other", "de"),
        text="""Hallo Lukas,

vielen Dank für dein Interesse an Nordlicht und die Zeit, die du in deine Bewerbung gesteckt hast.

Wir haben sehr viele spannende Bewerbungen bekommen und es uns nicht leicht gemacht. Leider
können wir dich in diesem Fall nicht weiter berücksichtigen – für die Rolle suchen wir jemanden
mit mehr Erfahrung im Bereich Routing-Optimierung und Echtzeitsysteme.

Wir wünschen dir alles Gute!

Tilda
People Team, Nordlicht Mobility
""",
        tz=CET,
    ),
    # --- 5 Isarwerk Analytics, München (softgarden) -> rejected; 26 re-application ---------
    m(
        "10035",
        "2025-02-13 16:03",
        "Isarwerk Analytics GmbH <noreply@softgarden.io>",
        "Eingangsbestätigung Ihrer Bewerbung als Senior Data Scientist (m/w/d)",
        ("confirmation", ISA, ISA_R, 5, "other", "de"),
        text="""Sehr geehrter Herr Brunner,

vielen Dank für Ihre Bewerbung als Senior Data Scientist (m/w/d) an unserem Standort München
und das damit verbundene Interesse an der Isarwerk Analytics GmbH.

Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung
sorgfältig und melden uns schnellstmöglich bei Ihnen.

Mit freundlichen Grüßen

Ihr Isarwerk Recruiting Team

Isarwerk Analytics GmbH | Leopoldstraße 208 | 80804 München
Amtsgericht München HRB 241877 | Geschäftsführer: Dr. Florian Hechenberger
""",
        tz=CET,
    ),
    m(
        "10036",
        "2025-02-28 10:14",
        "Katharina Seidl <noreply@softgarden.io>",
        "Einladung zum Videointerview – Isarwerk Analytics",
        ("interview", ISA, ISA_R, 5, "other", "de"),
        text="""Sehr geehrter Herr Brunner,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne in einem Videointerview kennenlernen.
Bitte wählen Sie über folgenden Link einen passenden Termin aus:

https://isarwerk.softgarden.io/interview-scheduling/select?token=3b8cc1a9

Das Gespräch dauert ca. 45 Minuten und findet über Microsoft Teams statt.

Mit freundlichen Grüßen
Katharina Seidl
Talent Acquisition
Isarwerk Analytics GmbH
""",
        reply_to="katharina.seidl@isarwerk-analytics.de",
        tz=CET,
    ),
    m(
        "10037",
        "2025-03-01 11:30",
        "Isarwerk Analytics GmbH <noreply@softgarden.io>",
        "Terminbestätigung: Videointerview am 06.03.2025 um 14:00 Uhr",
        ("interview", ISA, ISA_R, 5, "other", "de"),
        text="""Sehr geehrter Herr Brunner,

hiermit bestätigen wir Ihren Termin:

Videointerview Senior Data Scientist (m/w/d)
Donnerstag, 06.03.2025, 14:00–14:45 Uhr
Teilnehmer: Katharina Seidl, Dr. Andreas Pichler (Team Lead Data Science)

Den Link zum Meeting erhalten Sie im Kalendereintrag im Anhang.

Mit freundlichen Grüßen
Ihr Isarwerk Recruiting Team
""",
        ics={
            "style": "outlook",
            "start": "2025-03-06 14:00:00 +0100",
            "minutes": 45,
            "organizer": ("Katharina Seidl", "katharina.seidl@isarwerk-analytics.de"),
            "uid": "sg-interview-3b8cc1a9@softgarden.io",
            "summary": "Videointerview Senior Data Scientist (m/w/d) – Isarwerk Analytics",
            "location": "Microsoft Teams",
        },
        tz=CET,
    ),
    m(
        "10038",
        "2025-03-20 15:48",
        "Isarwerk Analytics GmbH <noreply@softgarden.io>",
        "Ihre Bewerbung bei der Isarwerk Analytics GmbH",
        ("rejection", ISA, ISA_R, 5, "other", "de"),
        text="""Sehr geehrter Herr Brunner,

nochmals vielen Dank für das freundliche Gespräch und Ihr Interesse an unserem Unternehmen.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach sorgfältiger Abwägung müssen wir
Ihnen jedoch mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil
unseren aktuellen Anforderungen noch etwas näher kommt.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten
gelöscht.

Wir wünschen Ihnen für Ihren weiteren Lebensweg alles Gute.

Mit freundlichen Grüßen
Ihr Isarwerk Recruiting Team
""",
        tz=CET,
    ),
    m(
        "10039",
        "2025-06-10 08:41",
        "Isarwerk Analytics GmbH <noreply@softgarden.io>",
        "Eingangsbestätigung Ihrer Bewerbung als Senior Data Scientist (m/w/d)",
        ("confirmation", ISA, ISA_R, 26, "other", "de"),
        text="""Sehr geehrter Herr Brunner,

vielen Dank für Ihre Bewerbung als Senior Data Scientist (m/w/d) an unserem Standort München
und das damit verbundene Interesse an der Isarwerk Analytics GmbH.

Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung
sorgfältig und melden uns schnellstmöglich bei Ihnen.

Mit freundlichen Grüßen

Ihr Isarwerk Recruiting Team
""",
    ),
    m(
        "10040",
        "2025-07-03 13:12",
        "Katharina Seidl <katharina.seidl@isarwerk-analytics.de>",
        "Wiedersehen? :)",
        ("interview", ISA, ISA_R, 26, "direct", "de"),
        text="""Hallo Herr Brunner,

schön, wieder von Ihnen zu hören! Die Stelle wurde neu ausgeschrieben, nachdem sich unsere
damalige Wunschkandidatin kurzfristig anders entschieden hat. Dr. Pichler würde gerne direkt in
die zweite Runde mit Ihnen einsteigen – ein Gespräch vor Ort in München mit dem Team.

Wären der 15. oder 17. Juli für Sie möglich? Reisekosten übernehmen wir selbstverständlich.

Viele Grüße
Katharina Seidl
Talent Acquisition | Isarwerk Analytics GmbH
""",
    ),
    m(
        "10041",
        "2025-07-04 09:20",
        "Katharina Seidl <katharina.seidl@isarwerk-analytics.de>",
        "AW: Wiedersehen? :)",
        ("confirmation", ISA, ISA_R, 26, "direct", "de"),
        text="""Hallo Herr Brunner,

schade, aber natürlich verstehe ich das – herzlichen Glückwunsch zur neuen Stelle in Zürich!
Ich habe Ihre Bewerbung entsprechend zurückgezogen.

Alles Gute und vielleicht ja irgendwann mal!
Katharina Seidl

> Hallo Frau Seidl, vielen Dank für die Nachricht. Ich habe inzwischen eine Stelle angenommen
> und ziehe meine Bewerbung deshalb zurück. Herzliche Grüsse, Lukas Brunner
""",
        headers=reply("10040", "katharina.seidl@isarwerk-analytics.de"),
        st="withdrawn",
    ),
    # --- 6 Südstern Rück, München (d.vinci) -> on hold ----------------------------------------
    m(
        "10042",
        "2025-03-11 07:49",
        "Südstern Rück AG <noreply@dvinci.de>",
        "Ihre Bewerbung als Data Scientist Reserving (m/w/d) – Kennziffer 2025-0147",
        ("confirmation", SUE, SUE_R, 6, "other", "de"),
        text="""Sehr geehrter Herr Brunner,

vielen Dank für Ihre Online-Bewerbung auf die Position Data Scientist Reserving (m/w/d),
Kennziffer 2025-0147.

Ihre Bewerbung ist bei uns eingegangen und wird nun von der Personalabteilung und dem
Fachbereich geprüft. Über Ihr Bewerberkonto können Sie den Stand jederzeit einsehen:
https://suedstern-rueck.dvinci-hr.com/de/p/applicant/login

Mit freundlichen Grüßen
Personalmarketing & Recruiting
Südstern Rück AG · Königinstraße 11 · 80539 München
""",
        tz=CET,
    ),
    m(
        "10043",
        "2025-04-15 11:26",
        "Südstern Rück AG <noreply@dvinci.de>",
        "Zwischenbescheid zu Ihrer Bewerbung – Kennziffer 2025-0147",
        ("confirmation", SUE, SUE_R, 6, "other", "de"),
        text="""Sehr geehrter Herr Brunner,

wir möchten Ihnen einen kurzen Zwischenstand zu Ihrer Bewerbung geben.

Aufgrund einer internen Reorganisation im Bereich Reserving ist das Besetzungsverfahren für
diese Position vorübergehend ausgesetzt. Wir können derzeit nicht absehen, wann der Prozess
fortgesetzt wird. Ihre Unterlagen bleiben selbstverständlich im Verfahren und wir kommen auf Sie
zu, sobald es Neuigkeiten gibt.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Personalmarketing & Recruiting
Südstern Rück AG
""",
        st="on_hold",
    ),
    # --- 7 Prater Mobility, Wien (Teamtailor + TestGorilla) ---------------------------------
    m(
        "10044",
        "2025-03-18 21:10",
        "Prater Mobility <no-reply@teamtailor.com>",
        "Danke für deine Bewerbung, Lukas!",
        ("confirmation", PRA, PRA_R, 7, "teamtailor", "de"),
        html="""<html><body style="font-family:system-ui,sans-serif">
<p>Servus Lukas!</p>
<p>Danke, dass du dich als <b>Machine Learning Engineer</b> bei Prater Mobility beworben hast.
Wir schauen uns deine Bewerbung in Ruhe an und melden uns innerhalb von zwei Wochen.</p>
<p>Bis dahin: Schau gern auf unserem <a href="https://prater-mobility.teamtailor.com/blog">Blog</a>
vorbei, wie wir Wiens E-Scooter-Flotte smarter machen.</p>
<p>Liebe Grüße<br>Das Prater Team</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10045",
        "2025-03-24 10:02",
        "Prater Mobility via TestGorilla <no-reply@testgorilla.com>",
        "Prater Mobility lädt dich zu einem Assessment ein",
        ("assessment", PRA, PRA_R, 7, "other", "de"),
        text="""Hallo Lukas,

Prater Mobility hat dich eingeladen, ein Assessment für die Position Machine Learning Engineer
abzuschließen.

Das Assessment besteht aus 4 Tests (Python, Machine Learning, Statistik, Problemlösung) und
dauert etwa 55 Minuten. Bitte schließe es bis zum 31. März ab.

Assessment starten: https://app.testgorilla.com/s/pm-ml-8cz2lq

Viel Erfolg!
Das TestGorilla-Team im Namen von Prater Mobility
""",
        tz=CET,
    ),
    m(
        "10046",
        "2025-03-29 17:33",
        "TestGorilla <no-reply@testgorilla.com>",
        "Erinnerung: Dein Assessment läuft bald ab",
        ("assessment", PRA, PRA_R, 7, "other", "de"),
        text="""Hallo Lukas,

dein Assessment für Prater Mobility ist noch nicht abgeschlossen. Es läuft am 31. März ab.

Jetzt fortsetzen: https://app.testgorilla.com/s/pm-ml-8cz2lq

Das TestGorilla-Team
""",
        tz=CET,
    ),
    m(
        "10047",
        "2025-04-07 12:44",
        PRA_HM,
        "Prater Mobility – Interview",
        ("interview", PRA, PRA_R, 7, "direct", "de"),
        text="""Hey Lukas,

ich bin Mehmet, Head of Data bei Prater. Deine Testergebnisse waren richtig stark (vor allem
Statistik 😉). Magst du nächste Woche mit mir und Anna aus dem Routing-Team sprechen? Ich hab
dir einen Termin für Mittwoch 16 Uhr reingestellt, wenn's nicht passt, einfach ablehnen und
einen anderen vorschlagen.

LG Mehmet
""",
        ics={
            "start": "2025-04-16 16:00:00 +0200",
            "minutes": 60,
            "organizer": ("Mehmet Yilmaz", "mehmet@prater-mobility.at"),
            "attendees": [("Anna Leitner", "anna@prater-mobility.at")],
            "uid": "7h2m0p4r8a1t9e3r@google.com",
            "summary": "Lukas Brunner <> Prater Mobility (ML Engineer)",
            "location": "https://meet.google.com/wxa-pfjc-tuo",
        },
    ),
    m(
        "10048",
        "2025-04-28 18:05",
        PRA_HM,
        "Feedback",
        ("rejection", PRA, PRA_R, 7, "direct", "de"),
        text="""Hey Lukas,

danke nochmal für das Gespräch, hat echt Spaß gemacht. Ich will ehrlich zu dir sein: wir haben
uns für jemanden entschieden, der schon mehr Erfahrung mit Echtzeit-Pipelines in Produktion
hat und in Wien vor Ort sein kann. Die Remote-Frage war am Ende leider ausschlaggebend.

Ich würde mich freuen, wenn wir in Kontakt bleiben – vielleicht passt es ja später mal.

LG Mehmet
""",
    ),
    # --- 8 Kessler & Partner (agency) for Sihltal Energie ------------------------------------
    m(
        "10049",
        "2025-02-24 09:12",
        KES,
        "Vertrauliche Anfrage – Data Scientist im Energiehandel",
        ("outreach", None, "Data Scientist Energiehandel", None, "agency", "de"),
        text="""Grüezi Herr Brunner

Ich bin auf Ihr Profil auf LinkedIn gestossen und möchte Ihnen eine spannende Position
vorstellen, die ich im Auftrag einer Mandantin diskret besetzen darf.

Es handelt sich um ein etabliertes Schweizer Energieversorgungsunternehmen im Grossraum Zürich,
das sein Trading-Team um eine/n Data Scientist erweitert. Schwerpunkte: Preis- und
Lastprognosen, Zeitreihenmodelle, enge Zusammenarbeit mit den Tradern.

Eckdaten: 100 %, unbefristet, moderner Arbeitsplatz, bis zu 2 Tage Homeoffice,
Lohnband CHF 120–140k.

Hätten Sie Zeit für ein kurzes, unverbindliches Telefonat diese Woche?

Freundliche Grüsse

Corinne Wyss
Senior Consultant
Kessler & Partner Personalberatung AG
Löwenstrasse 29 · 8001 Zürich
T +41 44 555 60 71
""",
        tz=CET,
    ),
    m(
        "10050",
        "2025-02-26 15:40",
        KES,
        "AW: Vertrauliche Anfrage – Data Scientist im Energiehandel",
        ("outreach", None, "Data Scientist Energiehandel", None, "agency", "de"),
        text="""Grüezi Herr Brunner

Vielen Dank für Ihren Rückruf und das angenehme Gespräch. Wie besprochen sende ich Ihnen
anbei die Stellenbeschreibung (anonymisiert). Wenn Sie einverstanden sind, würde ich Ihr Dossier
nach Ihrer schriftlichen Zustimmung meiner Mandantin vorstellen.

Freundliche Grüsse
Corinne Wyss
""",
        headers=reply("10049", KES),
        attach=[("Stellenbeschrieb_DS_Energiehandel.pdf", "application/pdf", "%PDF-1.4 jd")],
        tz=CET,
    ),
    m(
        "10051",
        "2025-02-28 11:05",
        KES,
        "Ihr Dossier – Sihltal Energie AG",
        ("confirmation", SIH, SIH_R, 8, "agency", "de"),
        text="""Grüezi Herr Brunner

Besten Dank für Ihre Zustimmung. Nun kann ich Ihnen auch verraten, um wen es geht: Meine
Mandantin ist die Sihltal Energie AG in Thalwil.

Ich habe Ihr Dossier heute an Frau Dr. Ursula Bachmann (Head of Trading Analytics) weitergeleitet.
Ich rechne mit einer Rückmeldung innerhalb von ca. 10 Tagen und melde mich, sobald ich etwas
höre.

Freundliche Grüsse
Corinne Wyss
Kessler & Partner Personalberatung AG
""",
        tz=CET,
    ),
    m(
        "10052",
        "2025-03-12 14:20",
        KES,
        "Sihltal Energie – Einladung zum Gespräch",
        ("interview", SIH, SIH_R, 8, "agency", "de"),
        text="""Grüezi Herr Brunner

Gute Neuigkeiten: Sihltal Energie möchte Sie gerne kennenlernen!

Termin: Mittwoch, 19. März 2025, 13:30 Uhr
Ort: Sihltal Energie AG, Seestrasse 100, 8800 Thalwil
Gesprächspartner: Dr. Ursula Bachmann, Head of Trading Analytics, und Herr Simon Käppeli, HR

Können Sie mir den Termin bestätigen? Gerne bereite ich Sie am Vortag telefonisch kurz vor.

Freundliche Grüsse
Corinne Wyss
""",
        tz=CET,
    ),
    m(
        "10053",
        "2025-03-13 08:15",
        KES,
        "AW: Sihltal Energie – Einladung zum Gespräch",
        ("interview", SIH, SIH_R, 8, "agency", "de"),
        text="""Merci vielmals, ich habe den Termin bestätigt. Ich rufe Sie am Dienstag gegen 17 Uhr an.

Freundliche Grüsse
Corinne Wyss
""",
        headers=reply("10052", KES),
        tz=CET,
    ),
    m(
        "10054",
        "2025-03-27 10:48",
        KES,
        "Rückmeldung Sihltal",
        ("rejection", SIH, SIH_R, 8, "agency", "de"),
        text="""Grüezi Herr Brunner

Ich habe heute die Rückmeldung von Sihltal erhalten. Frau Dr. Bachmann war von Ihrem fachlichen
Hintergrund sehr angetan, insbesondere von Ihrer Arbeit mit probabilistischen Prognosen.

Leider hat sich die Mandantin aber für einen Kandidaten entschieden, der bereits Erfahrung im
Stromhandel mitbringt. Ich bedaure das sehr, da ich Sie für einen sehr guten Fit hielt.

Ich würde gerne mit Ihnen in Kontakt bleiben und mich melden, sobald ich ein passendes Mandat
habe.

Freundliche Grüsse
Corinne Wyss
""",
        tz=CET,
    ),
    # --- 9 Havelstrom Energie, Berlin (StepStone -> rexx) ------------------------------------
    m(
        "10055",
        "2025-03-05 19:22",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        ("confirmation", HAV, HAV_R, 9, "other", "de"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hallo Lukas Brunner,</p>
<p>Ihre Bewerbung wurde erfolgreich an das Unternehmen übermittelt:</p>
<table><tr><td><b>Data Scientist Netzbetrieb (w/m/d)</b><br>Havelstrom Energie GmbH<br>Berlin</td></tr></table>
<p>Tipp: Mit einem vollständigen Profil werden Sie öfter von Recruitern gefunden.</p>
<p>Viel Erfolg wünscht Ihnen<br>Ihr StepStone Team</p>
<p style="font-size:11px;color:#999">StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10056",
        "2025-03-06 08:01",
        "Havelstrom Energie Bewerbermanagement <noreply@rexx-systems.com>",
        "Eingangsbestätigung",
        ("confirmation", HAV, HAV_R, 9, "other", "de"),
        text="""Sehr geehrter Herr Brunner,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle "Data Scientist Netzbetrieb (w/m/d)"
(Stellen-ID 1093) und bedanken uns für Ihr Interesse an der Havelstrom Energie GmbH.

Bitte haben Sie etwas Geduld – wir melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihre Personalabteilung
Havelstrom Energie GmbH

Diese E-Mail wurde automatisch erzeugt.
""",
        tz=CET,
    ),
    m(
        "10057",
        "2025-04-02 14:30",
        "Havelstrom Energie Bewerbermanagement <noreply@rexx-systems.com>",
        "Ihre Bewerbung – Stellen-ID 1093",
        ("rejection", HAV, HAV_R, 9, "other", "de"),
        text="""Sehr geehrter Herr Brunner,

nochmals vielen Dank für Ihre Bewerbung und das Vertrauen, das Sie unserem Unternehmen
entgegenbringen.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte sehen Sie diese
Entscheidung nicht als Wertung Ihrer Qualifikation.

Ihre Unterlagen werden wir unter Beachtung der datenschutzrechtlichen Bestimmungen löschen.

Mit freundlichen Grüßen
Ihre Personalabteilung
Havelstrom Energie GmbH
""",
    ),
    # --- 10 Kaiserwerk Media, Berlin (XING) viewed then nothing ------------------------------
    m(
        "10058",
        "2025-03-10 12:02",
        "XING <noreply@xing.com>",
        "Ihre Bewerbung ist unterwegs",
        ("confirmation", KAI, KAI_R, 10, "other", "de"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hallo Lukas,</p>
<p>Sie haben sich erfolgreich mit Ihrem XING-Profil beworben.</p>
<p><b>Data Scientist Recommendations (m/w/d)</b><br>Kaiserwerk Media GmbH · Berlin</p>
<p>Wir sagen Ihnen Bescheid, sobald sich der Status Ihrer Bewerbung ändert.</p>
<p>Ihr XING Team</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10059",
        "2025-03-14 09:37",
        "XING <noreply@xing.com>",
        "Gute Nachrichten zu Ihrer Bewerbung",
        ("viewed", KAI, KAI_R, 10, "other", "de"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hallo Lukas,</p>
<p>Ihre Bewerbung wurde vom Unternehmen angesehen:</p>
<p><b>Data Scientist Recommendations (m/w/d)</b><br>Kaiserwerk Media GmbH</p>
<p><a href="https://www.xing.com/jobs/applications">Zu meinen Bewerbungen</a></p>
<p>Ihr XING Team</p>
</body></html>""",
        tz=CET,
    ),
    # --- 11 Uetliberg Retail, Zürich (jobs.ch; named once) -> interviewed, ghosted -----------
    m(
        "10060",
        "2025-04-10 15:15",
        "jobs.ch <noreply@jobs.ch>",
        "Ihre Bewerbung wurde übermittelt",
        ("confirmation", UET, UET_R, 11, "other", "de"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<p>Guten Tag Lukas Brunner</p>
<p>Vielen Dank! Ihre Bewerbung für die Stelle <b>Data Scientist Demand Forecasting</b> wurde
erfolgreich an Uetliberg Retail AG übermittelt.</p>
<p>Ihre Bewerbungen finden Sie jederzeit unter
<a href="https://www.jobs.ch/de/konto/bewerbungen/">Meine Bewerbungen</a>.</p>
<p>Viel Erfolg!<br>Ihr jobs.ch-Team</p>
<p style="font-size:11px;color:#888">JobCloud AG, Albisriederstrasse 253, 8047 Zürich</p>
</body></html>""",
    ),
    m(
        "10061",
        "2025-04-23 10:05",
        UET_HR,
        "Ihre Bewerbung – Einladung",
        ("interview", UET, UET_R, 11, "direct", "de"),
        text="""Grüezi Herr Brunner

Besten Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem ersten Gespräch ein.

Mögliche Termine:
- Montag, 5. Mai, 10:00 Uhr
- Dienstag, 6. Mai, 14:00 Uhr

Das Gespräch findet an unserem Hauptsitz in Schlieren statt (Wiesenstrasse 5) und dauert
ca. eine Stunde. Gesprächspartner sind Frau Lara Steiner (Leiterin Supply Chain Analytics) und
ich.

Freundliche Grüsse

Patrick Gisler
HR-Fachmann
Uetliberg Retail AG
""",
    ),
    m(
        "10062",
        "2025-04-24 08:55",
        UET_HR,
        "AW: Ihre Bewerbung – Einladung",
        ("interview", UET, UET_R, 11, "direct", "de"),
        text="""Grüezi Herr Brunner

Danke für die rasche Rückmeldung. Wir freuen uns, Sie am Dienstag, 6. Mai um 14 Uhr in
Schlieren zu begrüssen.

Freundliche Grüsse
Patrick Gisler
""",
        headers=reply("10061", UET_HR),
    ),
    m(
        "10063",
        "2025-05-27 16:10",
        UET_HR,
        "AW: Nachfrage Stand",
        ("interview", UET, UET_R, 11, "direct", "de"),
        text="""Grüezi Herr Brunner

Danke für Ihre Nachfrage. Wir führen aktuell noch Gespräche mit weiteren Kandidierenden und
werden uns bis Mitte Juni bei Ihnen melden.

Freundliche Grüsse
Patrick Gisler
""",
        headers=reply("10062", UET_HR),
    ),
]

ZUR = "Zuriga Health AG"
ZUR_R = "Data Scientist (80-100%)"
AVL = "Alpenland Versicherung AG"
AVL_R = "Data Scientist Schadenanalytik (m/w/d)"
KIW = "Kiwano Robotics"
KIW_R = "Machine Learning Engineer"
HLX = "Helix Quant AG"
HLX_R = "Quantitative Data Scientist"
KIW_F = "Mara Okonkwo <mara.okonkwo@gmx.de>"
OLD = "Lukas Brunner <lukas.brunner.zh@gmail.com>"

MAIL += [
    # --- 22 Zuriga Health (jobs.ch, company once in body) -> rejection from HR ---------------
    m(
        "10064",
        "2025-02-18 20:31",
        "jobs.ch <noreply@jobs.ch>",
        "Bewerbung erfolgreich versendet: Data Scientist (80-100%)",
        ("confirmation", ZUR, ZUR_R, 22, "other", "de"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<p>Guten Tag Lukas Brunner</p>
<p>Ihre Bewerbung ist unterwegs. Hier eine Übersicht:</p>
<table style="border:1px solid #ddd;padding:8px">
<tr><td>Stelle</td><td><b>Data Scientist (80-100%)</b></td></tr>
<tr><td>Arbeitgeber</td><td>Zuriga Health AG</td></tr>
<tr><td>Arbeitsort</td><td>Zürich</td></tr>
<tr><td>Versendet am</td><td>18.02.2025</td></tr>
</table>
<p>Tipp: Aktivieren Sie ein Job-Abo, damit Sie keine passende Stelle verpassen.</p>
<p>Ihr jobs.ch-Team</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10065",
        "2025-03-25 11:58",
        "HR Zuriga <jobs@zuriga.ch>",
        "Data Scientist (80-100%)",
        ("rejection", ZUR, ZUR_R, 22, "direct", "de"),
        text="""Sehr geehrter Herr Brunner

Wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Ihr Dossier hat uns gut gefallen. Nach sorgfältiger Prüfung sind wir jedoch zum Schluss
gekommen, dass andere Bewerbungen dem Anforderungsprofil noch besser entsprechen. Wir bitten
Sie um Verständnis, dass wir Ihnen daher eine Absage erteilen müssen.

Ihre Unterlagen löschen wir gemäss unseren Datenschutzbestimmungen.

Freundliche Grüsse
Human Resources
Zuriga Health AG
""",
        tz=CET,
    ),
    # --- 23 Alpenland Versicherung, Wien (SuccessFactors) -> late rejection ----------------
    m(
        "10066",
        "2025-03-21 09:14",
        "Alpenland Versicherung <noreply@successfactors.eu>",
        "Bestätigung Ihrer Bewerbung",
        ("confirmation", AVL, AVL_R, 23, "other", "de"),
        text="""Sehr geehrter Herr Brunner,

wir bedanken uns für Ihre Bewerbung als Data Scientist Schadenanalytik (m/w/d) am Standort
Wien. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir bemühen uns, Ihnen innerhalb von vier Wochen eine Rückmeldung zu geben.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Alpenland Versicherung AG
Schottenring 9, 1010 Wien
""",
        tz=CET,
    ),
    m(
        "10067",
        "2025-06-30 08:02",
        "Alpenland Versicherung <noreply@successfactors.eu>",
        "Information zu Ihrer Bewerbung",
        ("rejection", AVL, AVL_R, 23, "other", "de"),
        text="""Sehr geehrter Herr Brunner,

wir möchten uns zunächst für die lange Wartezeit entschuldigen und bedanken uns für Ihre
Geduld.

Nach Abschluss des Auswahlverfahrens müssen wir Ihnen heute leider mitteilen, dass die
Position anderweitig besetzt wurde. Wir wünschen Ihnen auf Ihrem weiteren Berufsweg viel
Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Alpenland Versicherung AG
""",
    ),
    # --- 24 Kiwano Robotics, Berlin: founder from GMX, company only in signature ------------
    m(
        "10068",
        "2025-04-14 23:12",
        KIW_F,
        "Re: Deine Bewerbung",
        ("interview", KIW, KIW_R, 24, "direct", "de"),
        text="""Hey Lukas,

danke für deine Mail und den Lebenslauf! Wir sind gerade nur zu fünft und ich mach das
Recruiting nebenbei, deshalb die späte Antwort. Dein Background in Sensorfusion klingt super.

Hast du Donnerstag oder Freitag Zeit für einen Video-Call? Ich bin flexibel zwischen 9 und 12.

Mara

--
Mara Okonkwo
Gründerin · Kiwano Robotics
Greifswalder Str. 212, 10405 Berlin
""",
        headers={"In-Reply-To": "<CAF1x9kWQ7-lb-kiwano@mail.bluewin-mail.ch>"},
    ),
    m(
        "10069",
        "2025-04-15 07:30",
        KIW_F,
        "Re: Deine Bewerbung",
        ("interview", KIW, KIW_R, 24, "direct", "de"),
        text="""Freitag 10 Uhr passt, hier der Link: https://whereby.com/kiwano-mara

Bis dann!
Mara

Am 15.04.2025 um 07:02 schrieb Lukas Brunner:
> Hoi Mara, Freitag um 10 wäre ideal. Liebe Grüsse, Lukas
""",
        headers=reply("10068", KIW_F),
    ),
    m(
        "10070",
        "2025-04-22 21:40",
        KIW_F,
        "Zweites Gespräch mit Tobi?",
        ("interview", KIW, KIW_R, 24, "direct", "de"),
        text="""Hi Lukas,

hat mich gefreut am Freitag! Tobi (unser CTO) würde dich gern noch technisch kennenlernen,
ca. 1h, gerne mit ein bisschen Live-Coding in Python. Er schickt dir eine Einladung.

Mara
""",
    ),
    m(
        "10071",
        "2025-04-23 09:05",
        "Tobias Renner <tobi@kiwano-robotics.de>",
        "Einladung: Tech-Interview Lukas Brunner – Do. 1. Mai 2025 11:00",
        ("interview", KIW, KIW_R, 24, "direct", "de"),
        text="""Tech-Interview Lukas Brunner
Donnerstag, 1. Mai 2025 11:00 – 12:00 (MESZ)
https://meet.google.com/tnb-xhks-qre

Organisator: tobi@kiwano-robotics.de
""",
        ics={
            "start": "2025-05-01 11:00:00 +0200",
            "minutes": 60,
            "organizer": ("Tobias Renner", "tobi@kiwano-robotics.de"),
            "attendees": [("Mara Okonkwo", "mara@kiwano-robotics.de")],
            "uid": "0ki3wano9tech1interview@google.com",
            "summary": "Tech-Interview Lukas Brunner",
            "location": "https://meet.google.com/tnb-xhks-qre",
        },
    ),
    # (no answer after the technical interview: ghosted)
    # --- 28 Helix Quant, Zug (JOIN), forwarded from the old Gmail ---------------------------
    m(
        "10072",
        "2025-05-02 18:20",
        OLD,
        "Fwd: Deine Bewerbung wurde erfolgreich versendet",
        ("confirmation", HLX, HLX_R, 28, "other", "de"),
        text="""Hab mich aus Versehen mit der alten Adresse beworben, zur Ablage.

---------- Forwarded message ---------
Von: JOIN <noreply@join.com>
Date: Fr., 2. Mai 2025 um 17:55
Subject: Deine Bewerbung wurde erfolgreich versendet
To: <lukas.brunner.zh@gmail.com>

Hallo Lukas,

deine Bewerbung für Quantitative Data Scientist bei Helix Quant AG in Zug wurde erfolgreich
übermittelt.

Das Unternehmen meldet sich direkt bei dir. Du kannst den Status jederzeit in deinem
JOIN-Profil einsehen.

Viel Erfolg!
Dein JOIN Team
""",
    ),
    # --- leads, outreach, alerts, nudges (German) -------------------------------------------
    m(
        "10073",
        "2025-03-31 10:22",
        "Florian Brückner <f.brueckner@brueckner-talent.de>",
        "Machine Learning Engineer in München – passt das?",
        ("outreach", None, "Machine Learning Engineer", None, "agency", "de"),
        text="""Hallo Herr Brunner,

ich bin Personalberater bei Brückner Talent Solutions und betreue aktuell eine Vakanz als
Machine Learning Engineer (Computer Vision) bei einem Medizintechnik-Unternehmen im Münchner
Norden. Ihr Profil passt sehr gut: Python, PyTorch, MLOps.

- unbefristete Festanstellung, 80–95 k€ + Bonus
- 3 Tage Homeoffice, Relocation-Unterstützung
- Start ab sofort oder nach Vereinbarung

Hätten Sie Interesse an weiteren Infos? Dann freue ich mich über eine kurze Antwort mit
Ihrer Telefonnummer.

Beste Grüße
Florian Brückner
Brückner Talent Solutions GmbH · Sendlinger Str. 7 · 80331 München
""",
    ),
    m(
        "10074",
        "2025-04-08 12:45",
        "Florian Brückner <f.brueckner@brueckner-talent.de>",
        "Re: Machine Learning Engineer in München – passt das?",
        (
            "outreach",
            "Medivant Diagnostics GmbH",
            "Machine Learning Engineer",
            None,
            "agency",
            "de",
        ),
        text="""Hallo Herr Brunner,

danke für Ihre Rückmeldung. Ich verstehe, dass München für Sie nur mit einem hohen
Remote-Anteil infrage kommt. Ich habe mit dem Kunden gesprochen – es handelt sich um die
Medivant Diagnostics GmbH in Garching – und zwei Tage Präsenz pro Woche wären das Minimum.

Sollte das für Sie doch interessant sein, melden Sie sich gern jederzeit.

Beste Grüße
Florian Brückner
""",
        headers=reply("10073", "f.brueckner@brueckner-talent.de"),
    ),
    m(
        "10075",
        "2025-05-19 08:33",
        "XING <noreply@xing.com>",
        "Sabine Lorenz hat Ihnen eine Nachricht geschickt",
        ("outreach", "Rheinauen Energie AG", "Senior Data Scientist", None, "other", "de"),
        text="""Hallo Lukas,

Sabine Lorenz (Talent Acquisition Managerin bei Rheinauen Energie AG) hat Ihnen geschrieben:

"Hallo Herr Brunner, Ihr Profil ist mir bei der Suche nach einer/einem Senior Data Scientist
für unser Team in Köln aufgefallen. Hätten Sie Lust, sich unverbindlich auszutauschen? Viele
Grüße, Sabine Lorenz"

Nachricht lesen und antworten: https://www.xing.com/chats/

Ihr XING Team
""",
    ),
    m(
        "10076",
        "2025-02-05 07:00",
        "jobs.ch Job-Abo <jobabo@jobs.ch>",
        "5 neue Jobs für «Data Scientist» in Zürich",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Guten Tag Lukas Brunner</p>
<p>Ihr Job-Abo «Data Scientist», Region Zürich, hat 5 neue Stellen gefunden:</p>
<ul>
<li><b>Data Scientist Pricing</b> – Alpstein Versicherungen AG, Zürich</li>
<li><b>Senior Data Analyst</b> – Stadtwerke Glattal, Dübendorf</li>
<li><b>Data Scientist (80-100%)</b> – Zuriga Health AG, Zürich</li>
<li><b>Machine Learning Engineer</b> – Weber Logistik AG, Urdorf</li>
<li><b>BI-Spezialist/in</b> – Kantonsspital Limmattal, Schlieren</li>
</ul>
<p><a href="https://www.jobs.ch/de/stellenangebote/?term=data%20scientist&amp;location=z%C3%BCrich">Alle Jobs ansehen</a></p>
<p>Job-Abo bearbeiten oder abmelden: https://www.jobs.ch/de/konto/job-abos/</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10077",
        "2025-03-19 07:00",
        "jobs.ch Job-Abo <jobabo@jobs.ch>",
        "3 neue Jobs für «Machine Learning» in Zürich",
        ("alert", None, None, None, "other", "de"),
        text="""Guten Tag Lukas Brunner

Ihr Job-Abo «Machine Learning», Region Zürich, hat 3 neue Stellen gefunden:

- Machine Learning Engineer – Tessel Labs AG, Zürich
- ML Ops Engineer – Seefeld Capital AG, Zürich
- Research Engineer NLP – Kappa Sprachtechnologie GmbH, Winterthur

Alle Jobs ansehen: https://www.jobs.ch/de/stellenangebote/?term=machine%20learning

Job-Abo bearbeiten oder abmelden: https://www.jobs.ch/de/konto/job-abos/
""",
        tz=CET,
    ),
    m(
        "10078",
        "2025-02-12 18:00",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "Neue Jobs für Sie: Data Scientist in Berlin",
        ("alert", None, None, None, "other", "de"),
        text="""Hallo Lukas Brunner,

Ihr Jobagent hat neue passende Stellenangebote gefunden:

Data Scientist Netzbetrieb (w/m/d) – Havelstrom Energie GmbH – Berlin
Senior Data Scientist (m/w/d) – Spreekontor Bank AG – Berlin
Machine Learning Engineer (all genders) – Tempelhof Foods SE – Berlin

Alle Treffer anzeigen: https://www.stepstone.de/jobagent/results?id=78112

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.
""",
        tz=CET,
    ),
    m(
        "10079",
        "2025-04-23 18:00",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "Neue Jobs für Sie: Machine Learning Engineer in München",
        ("alert", None, None, None, "other", "de"),
        text="""Hallo Lukas Brunner,

Ihr Jobagent hat 4 neue passende Stellenangebote gefunden:

Machine Learning Engineer (m/w/d) – Medivant Diagnostics GmbH – Garching
MLOps Engineer (m/w/d) – Isartal Versicherungsgruppe – München
Data Scientist Perception – Auralis Robotics GmbH – München
Applied Scientist (m/w/d) – Schwabing Labs GmbH – München

Alle Treffer anzeigen: https://www.stepstone.de/jobagent/results?id=78113
""",
    ),
    m(
        "10080",
        "2025-03-26 19:30",
        "XING <noreply@xing.com>",
        "Lukas, diese Jobs passen zu Ihnen",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hallo Lukas,</p>
<p>Basierend auf Ihrem Profil haben wir neue Jobs für Sie gefunden:</p>
<p><b>Senior Data Scientist</b> · Rheinauen Energie AG · Köln<br>
<b>Data Scientist Recommendations (m/w/d)</b> · Kaiserwerk Media GmbH · Berlin<br>
<b>Lead Data Scientist</b> · Donaukurier Digital · Wien</p>
<p><a href="https://www.xing.com/jobs/recommendations">Alle Empfehlungen</a></p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10081",
        "2025-04-03 09:15",
        "Indeed <alert@indeed.com>",
        "Data Scientist Jobs in Wien",
        ("alert", None, None, None, "indeed", "de"),
        text="""Neue Jobs für Data Scientist in Wien

Data Scientist Schadenanalytik (m/w/d)
Alpenland Versicherung AG - Wien
€ 62.000 pro Jahr

Junior Data Scientist (w/m/d)
Stadtwerke Favoriten - Wien

Machine Learning Engineer
Prater Mobility GmbH - Wien
Schnelle Bewerbung

Alle Jobs anzeigen: https://at.indeed.com/jobs?q=data+scientist&l=Wien

Jobmail abbestellen
""",
    ),
    m(
        "10082",
        "2025-02-08 10:20",
        "Workday <lpbgroup@myworkday.com>",
        "Ihre Bewerbung ist noch nicht abgeschlossen",
        ("alert", LPB, "Data Engineer", None, "workday", "de"),
        text="""Guten Tag Lukas

Sie haben begonnen, sich auf die Position Data Engineer (JR-1190) bei der Limmat Privatbank zu
bewerben, Ihre Bewerbung aber noch nicht abgeschickt.

Setzen Sie Ihre Bewerbung fort: https://lpbgroup.wd3.myworkdayjobs.com/de-CH/LPB_Careers/job/JR-1190/apply

Freundliche Grüsse
Talent Acquisition, LPB Group
""",
        tz=CET,
    ),
    m(
        "10083",
        "2025-06-02 16:44",
        "Uetliberg Retail AG <karriere@uetliberg-retail.ch>",
        "Wie war Ihr Bewerbungsprozess bei uns?",
        ("other_job", UET, None, None, "direct", "de"),
        text="""Grüezi Herr Brunner

Sie haben sich kürzlich bei der Uetliberg Retail AG beworben. Um unseren Bewerbungsprozess
laufend zu verbessern, würden wir uns über Ihr Feedback freuen. Die Umfrage dauert ca. 3
Minuten und ist anonym.

Zur Umfrage: https://survey.uetliberg-retail.ch/candidate-experience?id=ac71

Herzlichen Dank!
Ihr HR-Team
""",
    ),
    m(
        "10084",
        "2025-05-27 12:00",
        "XING <noreply@xing.com>",
        "Ein Recruiter hat Ihr Profil angesehen",
        ("alert", None, None, None, "other", "de"),
        text="""Hallo Lukas,

ein/e Recruiter/in von Seefeld Capital AG hat sich Ihr Profil angesehen.

Mit XING ProJobs sehen Sie, wer sich für Sie interessiert: https://www.xing.com/projobs

Ihr XING Team
""",
    ),
    m(
        "10085",
        "2025-06-05 11:20",
        "Corinne Wyss <c.wyss@kessler-partner.ch>",
        "Neues Mandat – Lead Data Scientist Versicherung",
        ("outreach", None, "Lead Data Scientist", None, "agency", "de"),
        text="""Grüezi Herr Brunner

Wie versprochen melde ich mich wieder: Ich habe ein neues Mandat für eine Lead-Data-Scientist-
Position bei einem Versicherer in Winterthur (Teamleitung, 4 Personen). Wäre das aus Ihrer
Sicht ein Schritt, der Sie interessiert?

Freundliche Grüsse
Corinne Wyss
Kessler & Partner Personalberatung AG
""",
    ),
]

MAIL += [
    m(
        "10087",
        "2025-05-16 08:37",
        TES_FOUNDER,
        "kurzes Update",
        ("interview", TES, TES_R, 3, "direct", "de"),
        text="""Hoi Lukas

Wollte mich kurz melden, damit du nicht denkst, wir hätten dich vergessen: Wir sind mitten im
Abschluss unserer Seed-Runde und wollen neue Stellen erst danach definitiv zusagen. Das sollte
bis Anfang Juni durch sein. Du bist für uns klar die Nummer 1 für die Stelle.

Gruss aus dem Zug
Jonas
""",
    ),
    m(
        "10088",
        "2025-06-05 13:30",
        "Lea Sutter <lea@tessel-labs.ch>",
        "Einladung: Lukas Brunner / Lea Sutter – Abschlussgespräch @ Mi. 11. Juni 2025 17:00",
        ("interview", TES, TES_R, 3, "direct", "de"),
        text="""Hallo Lukas, die Finanzierung ist durch 🥳 – ich würde dich gerne noch kurz persönlich
kennenlernen, bevor wir alles festmachen. Ganz locker, auf einen Kaffee bei uns im Büro.

Lea (COO)
""",
        ics={
            "start": "2025-06-11 17:00:00 +0200",
            "minutes": 45,
            "organizer": ("Lea Sutter", "lea@tessel-labs.ch"),
            "uid": "t3ssel-lea-abschluss-0611@google.com",
            "summary": "Lukas Brunner / Lea Sutter – Abschlussgespräch",
            "location": "Tessel Labs, Hardturmstrasse 161, 8005 Zürich",
        },
    ),
]

MAIL += [
    m(
        "10089",
        "2025-07-01 09:12",
        "Mirjam Kälin <mirjam@tessel-labs.ch>",
        "Noch zwei Dokumente",
        ("other_job", TES, TES_R, None, "direct", "de"),
        text="""Hallo Lukas

Für dein Personaldossier brauchen wir vor dem Start noch zwei Dinge:
- einen aktuellen Betreibungsregisterauszug (nicht älter als 3 Monate)
- einen Strafregisterauszug (kannst du online bei strafregister.admin.ch bestellen)

Scan per Mail an mich reicht. Merci!

Mirjam
""",
    ),
    m(
        "10090",
        "2025-07-02 19:40",
        "Mirjam Kälin <mirjam@tessel-labs.ch>",
        "Re: Noch zwei Dokumente",
        ("other_job", TES, TES_R, None, "direct", "de"),
        text="""Beides erhalten, danke dir! Dann ist dein Dossier komplett.

Mirjam
""",
        headers=reply("10089", "mirjam@tessel-labs.ch"),
    ),
]

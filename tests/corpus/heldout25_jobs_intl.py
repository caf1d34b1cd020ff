# ruff: noqa: E501
"""Job mail of the twenty-fifth corpus: Switzerland, English-speaking employers, alerts, outreach and other job mail (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CET = "+0100"

NL = "Nordlicht Versicherung AG"
NL1 = "IT Project Manager Core Insurance"
NL2 = "Program Manager Digital Claims"
LR = "Limmat Rück AG"
LR_R = "IT Project Manager Finance Transformation"
BA = "Bundesamt für digitale Infrastruktur"
BA_R = "Projektleiterin / Projektleiter IKT-Schlüsselprojekte"
VA = "Verkehrsbetriebe Aaretal AG"
VA_R = "Projektleiter/in Ticketing-Systeme"
HP = "Helvetic Payments AG"
HP_R = "Technical Program Manager"
SD = "Seefeld Digital AG"
SD_R = "Delivery Lead"

MAIL: list[dict[str, Any]] = [
    # 17/18 Nordlicht (Workday, nl-group.com): two roles
    m(
        "25101",
        "2025-03-17 09:40",
        "Nordlicht Group <nlgroup@myworkday.com>",
        "Thank you for applying to Nordlicht",
        ("confirmation", NL, NL1, 17, "workday", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Dear Katharina,</p>
<p>Thank you for your application for the position <b>IT Project Manager Core Insurance</b> (JR-10442), Vienna.</p>
<p>We have received your application and will review your profile against the requirements of the role. You can follow the status of your application in our <a href="https://nlgroup.wd3.myworkdayjobs.com/Nordlicht_Careers/userHome">candidate home</a>.</p>
<p>Kind regards,<br>Nordlicht Group Talent Acquisition</p>
<p style="font-size:10px;color:#888">Nordlicht Versicherung AG, Vienna branch. Please do not reply to this e-mail.</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "25102",
        "2025-04-04 16:05",
        "Nordlicht Group <nlgroup@myworkday.com>",
        "Your application JR-10442",
        ("rejection", NL, NL1, 17, "workday", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Dear Katharina,</p>
<p>Thank you for taking the time to apply. We were impressed by your background and the breadth of your project portfolio.</p>
<p>Unfortunately, we will not be progressing your application for this role on this occasion. We encourage you to continue to explore opportunities across the Nordlicht Group.</p>
<p>Kind regards,<br>Nordlicht Group Talent Acquisition</p>
</body></html>""",
    ),
    m(
        "25103",
        "2025-04-06 20:12",
        "Nordlicht Group <nlgroup@myworkday.com>",
        "Thank you for applying to Nordlicht",
        ("confirmation", NL, NL2, 18, "workday", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Dear Katharina,</p>
<p>Thank you for your application for the position <b>Program Manager Digital Claims</b> (JR-10517), Vienna / Munich.</p>
<p>We have received your application and will review your profile against the requirements of the role.</p>
<p>Kind regards,<br>Nordlicht Group Talent Acquisition</p>
</body></html>""",
    ),
    m(
        "25104",
        "2025-04-23 11:28",
        "Hannah Voss <hannah.voss@nl-group.com>",
        "Digital Claims - first conversation",
        ("interview", NL, NL2, 18, "direct", "en"),
        text="""Hi Katharina,

Thanks for your interest in the Digital Claims programme. I'd love to set up a first 45-minute video call with you and Matteo Ricci, our Head of Claims IT. I've sent an invite for Tuesday 29 April, 9:00 CET - please let me know if that doesn't work.

Best regards,
Hannah Voss
Senior Talent Partner, Nordlicht Group
Nordlicht Versicherung AG | Mariahilfer Gürtel 3 | 1060 Vienna
""",
        ics={
            "style": "outlook",
            "organizer": ("Voss Hannah", "hannah.voss@nl-group.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000NL25104",
            "start": "2025-04-29 09:00:00 +0200",
            "minutes": 45,
            "summary": "Katharina Brandstätter / Digital Claims PgM",
            "location": "Microsoft Teams Meeting",
            "attendees": [("Ricci Matteo", "matteo.ricci@nl-group.com")],
        },
    ),
    m(
        "25105",
        "2025-04-30 10:02",
        "Hannah Voss <hannah.voss@nl-group.com>",
        "RE: Digital Claims - first conversation",
        ("interview", NL, NL2, 18, "direct", "en"),
        text="""Hi Katharina,

Thanks for the great conversation yesterday - Matteo was very positive. Next step would be a panel with two of the claims product owners. I'll come back to you with dates as soon as I have their calendars.

Best,
Hannah
""",
        **reply("25104", "hannah.voss@nl-group.com"),
    ),
    # 19 Limmat Rück AG (SuccessFactors, Aon assessment)
    m(
        "25106",
        "2025-03-27 13:50",
        "Limmat Re Careers <careers@limmat-re.com>",
        "Your application - IT Project Manager Finance Transformation (Req 5521)",
        ("confirmation", LR, LR_R, 19, "other", "en"),
        text="""Dear Katharina Brandstätter,

Thank you for applying for the position of IT Project Manager Finance Transformation in Zurich.

Our recruiting team will review your application and get back to you as soon as possible. Please note that due to the high number of applications this may take up to three weeks.

Kind regards
Limmat Re Talent Acquisition
Limmat Rückversicherungs-Gesellschaft AG, Mythenquai 80, 8002 Zurich

This e-mail was sent from SAP SuccessFactors on behalf of Limmat Re.
""",
        tz=CET,
    ),
    m(
        "25107",
        "2025-04-10 08:15",
        "Aon Assessment <noreply@assessment.aon.com>",
        "Limmat Re: Invitation to complete your online assessment",
        ("assessment", LR, LR_R, 19, "other", "en"),
        text="""Dear Katharina,

Limmat Re has invited you to complete an online assessment as part of your application process.

Assessment: scales numerical, scales verbal, work style questionnaire
Estimated duration: 50 minutes
Deadline: 17 April 2025, 23:59 CEST

Start your assessment: https://assessment.aon.com/portal/login?project=LIMMATRE-5521

Please make sure you have a stable internet connection and will not be disturbed.

Good luck!
Aon Assessment Solutions
""",
    ),
    m(
        "25108",
        "2025-04-25 14:22",
        "Reto Baumann <reto.baumann@limmat-re.com>",
        "Interview invitation - Finance Transformation",
        ("interview", LR, LR_R, 19, "direct", "en"),
        text="""Dear Katharina,

Thank you for completing the assessment. We'd like to invite you to a video interview with the hiring manager, Ms Claudia Frei (Head of Finance IT), on Friday 2 May at 14:00 CEST via Teams.

Could you kindly confirm?

Kind regards
Reto Baumann
Talent Acquisition Partner
Limmat Re
""",
    ),
    m(
        "25109",
        "2025-05-14 17:40",
        "Reto Baumann <reto.baumann@limmat-re.com>",
        "Finance Transformation - feedback",
        ("rejection", LR, LR_R, 19, "direct", "en"),
        text="""Dear Katharina,

Many thanks for your time and the open discussion with Claudia. She appreciated your structured approach very much.

After careful consideration, we have decided to proceed with a candidate whose experience in reinsurance accounting (IFRS 17) is more extensive. I am sorry not to bring better news.

We wish you all the best.
Kind regards
Reto Baumann
""",
    ),
    # 20 Bundesamt (Bern), Umantis
    m(
        "25110",
        "2025-04-14 10:00",
        "Bundesamt für digitale Infrastruktur BADI <noreply@umantis.com>",
        "Eingangsbestätigung Ihrer Bewerbung (Ref. 48210)",
        ("confirmation", BA, BA_R, 20, "other", "de"),
        text="""Sehr geehrte Frau Brandstätter

Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle «Projektleiterin / Projektleiter IKT-Schlüsselprojekte (80-100 %)», Ref. 48210.

Ihre Unterlagen werden nun geprüft. Wir informieren Sie über den weiteren Verlauf des Auswahlverfahrens. Bitte beachten Sie, dass dies einige Wochen dauern kann.

Freundliche Grüsse

Bundesamt für digitale Infrastruktur BADI
Personal
Monbijoustrasse 74, 3003 Bern
""",
    ),
    m(
        "25111",
        "2025-05-08 15:33",
        "Marianne Zbinden <marianne.zbinden@badi.admin.example>",
        "Ref. 48210 - Einladung zum Vorstellungsgespräch",
        ("interview", BA, BA_R, 20, "direct", "de"),
        text="""Sehr geehrte Frau Brandstätter

Gerne laden wir Sie zu einem Vorstellungsgespräch ein:

Datum: Dienstag, 20. Mai 2025
Zeit: 13.30 - 15.00 Uhr
Ort: Monbijoustrasse 74, Bern, Sitzungszimmer 3.07 (Anmeldung beim Empfang)

Zum Gespräch gehört eine kurze Fallstudie, die Sie vor Ort bearbeiten. Bitte bringen Sie Ihre Arbeitszeugnisse im Original mit. Reisekosten können leider nicht vergütet werden.

Freundliche Grüsse
Marianne Zbinden
HR-Beraterin
""",
    ),
    m(
        "25112",
        "2025-06-06 09:05",
        "Marianne Zbinden <marianne.zbinden@badi.admin.example>",
        "Ref. 48210",
        ("rejection", BA, BA_R, 20, "direct", "de"),
        text="""Sehr geehrte Frau Brandstätter

Wir danken Ihnen nochmals für das interessante Gespräch. Der Entscheid ist uns nicht leichtgefallen. Wir haben uns schliesslich für eine Kandidatin entschieden, die mit den Prozessen der Bundesverwaltung bereits vertraut ist.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse
Marianne Zbinden
""",
    ),
    # 21 Kanton Seeland via jobs.ch: ghosted
    m(
        "25113",
        "2025-05-02 21:30",
        "jobs.ch <noreply@jobs.ch>",
        "Ihre Bewerbung wurde übermittelt",
        (
            "confirmation",
            "Kanton Seeland",
            "IT-Projektleiter/in E-Government (80-100 %)",
            21,
            "other",
            "de",
        ),
        html="""<html><body style="font-family:Arial">
<p>Guten Tag Katharina Brandstätter</p>
<p>Ihre Bewerbung für <b>IT-Projektleiter/in E-Government (80-100 %)</b> wurde an <b>Kanton Seeland, Amt für Informatik und Organisation</b> übermittelt.</p>
<p>Sie finden alle Ihre Bewerbungen in Ihrem Konto unter «Meine Bewerbungen».</p>
<p>Viel Erfolg!<br>Ihr jobs.ch-Team</p>
</body></html>""",
    ),
    # 22 Konsumgenossenschaft Aare via Abacus
    m(
        "25114",
        "2025-05-12 07:58",
        "Aarekonsum Personal <personal@aarekonsum.ch>",
        "Ihre Bewerbung",
        (
            "confirmation",
            "Konsumgenossenschaft Aare",
            "Projektleiter/in IT Filialsysteme",
            22,
            "other",
            "de",
        ),
        text="""Guten Tag Frau Brandstätter

Besten Dank für Ihre Bewerbung als Projektleiter/in IT Filialsysteme. Wir haben Ihr Dossier erhalten und melden uns innert zwei Wochen bei Ihnen.

Freundliche Grüsse
Personaldienst
Konsumgenossenschaft Aare (Aarekonsum) · Olten

Diese Nachricht wurde aus Abacus Bewerbermanagement generiert.
""",
    ),
    m(
        "25115",
        "2025-05-28 16:45",
        "Aarekonsum Personal <personal@aarekonsum.ch>",
        "Projektleiter/in IT Filialsysteme",
        (
            "rejection",
            "Konsumgenossenschaft Aare",
            "Projektleiter/in IT Filialsysteme",
            22,
            "other",
            "de",
        ),
        text="""Guten Tag Frau Brandstätter

Nochmals herzlichen Dank für Ihr Interesse. Ihr Dossier hat uns gut gefallen; für diese Stelle setzen wir jedoch fundierte Kenntnisse des Schweizer Detailhandels voraus, weshalb wir Ihnen leider absagen müssen.

Wir wünschen Ihnen viel Erfolg bei der Stellensuche.

Freundliche Grüsse
Personaldienst Aarekonsum
""",
    ),
    # 23 Verkehrsbetriebe Aaretal via jobup.ch: confirmation, interview, reschedule, rejection
    m(
        "25116",
        "2025-04-16 19:20",
        "jobup.ch <noreply@jobup.ch>",
        "Confirmation de votre candidature / Bestätigung Ihrer Bewerbung",
        ("confirmation", VA, VA_R, 23, "other", "de"),
        text="""Guten Tag Katharina Brandstätter

Ihre Bewerbung für «Projektleiter/in Ticketing-Systeme» wurde erfolgreich an VAT Verkehrsbetriebe Aaretal AG gesendet.

Viel Erfolg!
Ihr jobup.ch-Team
""",
    ),
    m(
        "25117",
        "2025-04-29 10:44",
        "Urs Gerber <urs.gerber@vat-aaretal.ch>",
        "Ticketing - Gespräch",
        ("interview", VA, VA_R, 23, "direct", "de"),
        text="""Grüezi Frau Brandstätter

Vielen Dank für Ihre Bewerbung. Wir würden Sie gerne kennenlernen und schlagen ein erstes Gespräch via Teams am Mittwoch, 7. Mai um 9 Uhr vor.

Freundliche Grüsse
Urs Gerber
Leiter Vertriebssysteme
VAT Verkehrsbetriebe Aaretal AG
""",
    ),
    m(
        "25118",
        "2025-05-05 13:02",
        "Urs Gerber <urs.gerber@vat-aaretal.ch>",
        "AW: Ticketing - Gespräch",
        ("interview", VA, VA_R, 23, "direct", "de"),
        text="""Grüezi Frau Brandstätter

Leider muss ich unseren Termin vom Mittwoch verschieben, wir haben eine Störung im Vertriebssystem. Ginge auch Freitag, 9. Mai, 14 Uhr? Ich schicke Ihnen sonst gerne weitere Vorschläge.

Entschuldigen Sie die Umstände.
Urs Gerber
""",
        **reply("25117", "urs.gerber@vat-aaretal.ch"),
    ),
    m(
        "25119",
        "2025-05-26 11:11",
        "Urs Gerber <urs.gerber@vat-aaretal.ch>",
        "AW: Ticketing - Gespräch",
        ("rejection", VA, VA_R, 23, "direct", "de"),
        text="""Grüezi Frau Brandstätter

Danke nochmals für das angenehme Gespräch. Wir haben uns nach langer Diskussion für einen Kandidaten mit Erfahrung im Schweizer ÖV-Tarifverbund entschieden. Das war wirklich knapp. Ich wünsche Ihnen alles Gute!

Freundliche Grüsse
Urs Gerber
""",
        **reply("25118", "urs.gerber@vat-aaretal.ch"),
    ),
    # 24 Helvetic Payments (HelvPay) via LinkedIn: withdrawn
    m(
        "25120",
        "2025-05-15 08:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Katharina, your application was sent to HelvPay",
        ("confirmation", HP, HP_R, 24, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,Helvetica">
<p>Your application was sent to HelvPay</p>
<p><b>Technical Program Manager</b><br>HelvPay · Zürich, Switzerland (Hybrid)</p>
<p>Applied on May 15, 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4123456789">View job</a></p>
<p style="font-size:11px;color:#666">This email was intended for Katharina Brandstätter (IT Project Manager). LinkedIn Ireland Unlimited Company, Wilton Place, Dublin 2.</p>
</body></html>""",
    ),
    m(
        "25121",
        "2025-05-19 12:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by HelvPay",
        ("viewed", HP, HP_R, 24, "linkedin", "en"),
        html="""<html><body>
<p>Katharina, your application was viewed</p>
<p><b>Technical Program Manager</b> · HelvPay</p>
<p>The hiring team viewed your application. <a href="https://www.linkedin.com/jobs/tracker/applied/">See your applied jobs</a></p>
</body></html>""",
    ),
    m(
        "25122",
        "2025-05-27 09:50",
        "Chloé Meier <chloe.meier@helvpay.ch>",
        "TPM role - next step",
        ("interview", HP, HP_R, 24, "direct", "en"),
        text="""Hi Katharina,

Thanks for applying for our Technical Program Manager role! I'm the recruiter for our platform team. Would you be available for a 30-min intro call? Here's my calendar: https://calendly.com/chloe-meier-helvpay/30min

Looking forward,
Chloé
--
Chloé Meier | Talent Acquisition
Helvetic Payments AG (HelvPay) | Hardturmstrasse 11 | 8005 Zürich
""",
    ),
    m(
        "25123",
        "2025-06-20 15:14",
        "Chloé Meier <chloe.meier@helvpay.ch>",
        "Re: TPM role - next step",
        ("confirmation", HP, HP_R, 24, "direct", "en"),
        text="""Hi Katharina,

Thanks for letting me know, and congratulations on the new role! I've withdrawn your application from our process. Best of luck in Munich - and do keep us in mind.

Cheers,
Chloé
""",
        st="withdrawn",
        **reply("25122", "chloe.meier@helvpay.ch"),
    ),
    # 25 Parcelink (Greenhouse; company only in the job URL)
    m(
        "25124",
        "2025-03-29 23:05",
        "no-reply@eu.greenhouse-mail.io",
        "Thanks for applying!",
        ("confirmation", "Parcelink", "Senior Technical Project Manager", 25, "greenhouse", "en"),
        text="""Hi Katharina,

Thanks for applying for the Senior Technical Project Manager position! We have received your application and will be in touch if your experience matches what we're looking for.

You can review the job description here: https://job-boards.eu.greenhouse.io/parcelink/jobs/4471920101

Best,
The Recruiting Team
""",
        tz=CET,
    ),
    m(
        "25125",
        "2025-04-19 06:12",
        "no-reply@eu.greenhouse-mail.io",
        "Senior Technical Project Manager",
        ("rejection", "Parcelink", "Senior Technical Project Manager", 25, "greenhouse", "en"),
        text="""Hi Katharina,

Thank you for your interest in Parcelink and for taking the time to apply. While your experience is impressive, we've decided not to move forward with your application at this time.

We wish you all the best in your search.

The Recruiting Team
""",
    ),
    # 26 Seefeld Digital AG (Teamtailor): case study, then silence
    m(
        "25126",
        "2025-06-03 14:10",
        "Seefeld Digital <no-reply@teamtailor.com>",
        "Danke für deine Bewerbung, Katharina!",
        ("confirmation", SD, SD_R, 26, "teamtailor", "de"),
        text="""Hoi Katharina

Merci für deine Bewerbung als Delivery Lead bei Seefeld Digital. Wir melden uns so schnell wie möglich bei dir.

Liebe Grüsse
Das Seefeld Team
""",
    ),
    m(
        "25127",
        "2025-06-11 10:25",
        "Nadia Brunner <nadia@seefeld.digital>",
        "Kleine Aufgabe für dich",
        ("assessment", SD, SD_R, 26, "direct", "de"),
        text="""Hoi Katharina

Danke für den Call letzte Woche! Wie besprochen schicke ich dir unsere kleine Case Study: Du findest im Anhang ein fiktives Kundenprojekt (Relaunch eines Kundenportals). Bitte skizziere einen Projektplan mit Meilensteinen und Risiken - max. 5 Folien. Abgabe bis Mittwoch, 18. Juni.

Bei Fragen einfach melden!
Nadia
Head of People, Seefeld Digital AG
""",
        attach=[("Case_Kundenportal.pdf", "application/pdf", "%PDF-1.4 fiktives Kundenprojekt")],
    ),
    m(
        "25128",
        "2025-06-18 17:02",
        "Nadia Brunner <nadia@seefeld.digital>",
        "Re: Kleine Aufgabe für dich",
        ("assessment", SD, SD_R, 26, "direct", "de"),
        text="""Merci vielmal, ist angekommen! Wir schauen es uns an und melden uns.

Nadia
""",
        **reply("25127", "nadia@seefeld.digital"),
    ),
    # --- alerts, talent communities, nudges ---
    m(
        "25140",
        "2025-03-03 07:00",
        "karriere.at Jobagent <jobagent@karriere.at>",
        '5 neue Jobs für "IT Projektleiter Wien"',
        ("alert", None, None, None, "other", "de"),
        text="""Hallo Katharina,

dein Jobagent hat 5 neue Jobs gefunden:

IT-Projektleiter (m/w/d) Kernbankensystem - Bausparkasse Wienerwald AG, Wien
Projektmanager:in SAP - Handelsgruppe Ost GmbH, Wien
IT Project Manager (f/m/d) - Quellwerk Solutions, Wien
Projektleitung Digitalisierung - Marktgemeinde Purbach-Ost, Niederösterreich
Scrum Master / Projektleitung - Donauhafen Digital, Wien

Alle Jobs ansehen: https://www.karriere.at/jobagent/12345

Dein karriere.at Team
""",
        tz=CET,
    ),
    m(
        "25141",
        "2025-04-21 07:00",
        "karriere.at Jobagent <jobagent@karriere.at>",
        '3 neue Jobs für "IT Projektleiter Wien"',
        ("alert", None, None, None, "other", "de"),
        text="""Hallo Katharina,

dein Jobagent hat 3 neue Jobs gefunden:

Programm-Manager:in Digitalisierung - SVRZ, Wien
IT-Projektleitung Netzleittechnik - Energie Nordwald, Linz
Projektleiter*in IT - Pflegeverbund Wien West, Wien

Dein karriere.at Team
""",
    ),
    m(
        "25142",
        "2025-03-21 06:30",
        "jobs.ch Job-Abo <jobabo@jobs.ch>",
        "Neue Stellen für Ihr Job-Abo «Projektleiter IT Bern»",
        ("alert", None, None, None, "other", "de"),
        text="""Guten Tag

Es gibt 4 neue Stellen, die zu Ihrem Job-Abo passen:

- Projektleiterin / Projektleiter IKT-Schlüsselprojekte, BADI, Bern
- IT-Projektleiter/in E-Government, Kanton Seeland, Biel
- ICT Project Manager, Berner Versicherungskasse, Bern
- Projektleiter/in Informatik 80 %, Gemeinde Muriswil

Job-Abo verwalten: https://www.jobs.ch/de/job-abo/

Ihr jobs.ch-Team
""",
        tz=CET,
    ),
    m(
        "25143",
        "2025-05-14 06:30",
        "jobs.ch Job-Abo <jobabo@jobs.ch>",
        "Neue Stellen für Ihr Job-Abo «Projektleiter IT Zürich»",
        ("alert", None, None, None, "other", "de"),
        text="""Guten Tag

Es gibt 2 neue Stellen, die zu Ihrem Job-Abo passen:

- Delivery Lead, Seefeld Digital AG, Zürich
- IT-Projektleiter/in Core Banking, Zürcher Privatbank Linth, Zürich

Ihr jobs.ch-Team
""",
    ),
    m(
        "25144",
        "2025-04-08 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"it project manager": Helvetic Payments AG - Technical Program Manager and more',
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body>
<p>Your job alert for <b>it project manager</b> in Vienna, Munich, Zurich</p>
<p>Technical Program Manager · HelvPay · Zürich (Hybrid) · Actively recruiting</p>
<p>IT Project Manager (m/f/d) · Brightline Mobility GmbH · Munich</p>
<p>Project Manager IT Infrastructure · Alpenblick Hotels · Vienna · Easy Apply</p>
<p><a href="https://www.linkedin.com/jobs/search/?alertId=88">See all jobs</a></p>
</body></html>""",
    ),
    m(
        "25145",
        "2025-06-01 09:15",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Isarwerk Mobility is hiring: Senior IT Project Manager",
        ("alert", "Isarwerk Mobility GmbH", "Senior IT Project Manager", None, "linkedin", "en"),
        html="""<html><body>
<p>Katharina, a company you follow is hiring</p>
<p><b>Senior IT Project Manager</b><br>Isarwerk Mobility · Munich (Hybrid)</p>
<p><a href="https://www.linkedin.com/jobs/view/4133">View job</a></p>
</body></html>""",
    ),
    m(
        "25146",
        "2025-03-10 08:00",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "Neue Jobs: IT Projektmanager in München",
        ("alert", None, None, None, "other", "de"),
        text="""Hallo Katharina Brandstätter,

wir haben neue Jobs für Sie gefunden:

IT Project Manager SAP S/4HANA (m/w/d) - Brenner Logistik SE - Rosenheim
IT-Projektleiter (m/w/d) - Würmtal Versicherung AG - München
Projektmanager Digitalisierung (m/w/d) - Stadtwerke Ampertal - Dachau

Ihr StepStone-Team
""",
        tz=CET,
    ),
    m(
        "25147",
        "2025-04-17 19:30",
        "XING <jobs@xing.com>",
        "Diese Jobs könnten Sie interessieren",
        ("alert", None, None, None, "other", "de"),
        text="""Hallo Katharina,

basierend auf Ihrem Profil haben wir passende Jobs gefunden:

Leitung IT-PMO - Energieversorger Oberösterreich (vertraulich)
Senior Projektmanager:in - Datenwerk Steyr GmbH
IT-Projektleiter:in - Pensionskasse Donau

Ihr XING-Team
""",
    ),
    m(
        "25148",
        "2025-04-12 11:00",
        "Nordlicht Group <nlgroup@myworkday.com>",
        "Welcome to the Nordlicht Talent Community",
        ("alert", NL, None, None, "workday", "en"),
        text="""Dear Katharina,

Welcome to the Nordlicht Talent Community! You'll now receive updates on roles that match your interests, news about life at Nordlicht and invitations to events.

Kind regards,
Nordlicht Group Talent Acquisition
""",
    ),
    m(
        "25149",
        "2025-04-12 09:30",
        "Donau Leben Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung ist noch nicht vollständig",
        (
            "alert",
            "Donau Leben Versicherung AG",
            "Projektmanager:in Kundenportal",
            None,
            "other",
            "de",
        ),
        text="""Sehr geehrte Frau Brandstätter,

Sie haben eine Bewerbung für die Stelle Projektmanager:in Kundenportal begonnen, aber noch nicht abgeschickt. Ihre Angaben sind 14 Tage gespeichert.

Bewerbung fortsetzen: https://career5.successfactors.eu/career?company=donauleben

Mit freundlichen Grüßen
Talent Acquisition Donau Leben
""",
    ),
    m(
        "25150",
        "2025-05-03 10:00",
        "Interamt <noreply@interamt.de>",
        "Interamt: Neue Stellenangebote zu Ihrem Suchauftrag",
        ("alert", None, None, None, "other", "de"),
        text="""Sehr geehrte Frau Brandstätter,

zu Ihrem Suchauftrag "Projektmanager IT Bayern" gibt es 6 neue Stellenangebote. Sie finden sie unter https://interamt.de/koop/app/trefferliste

Ihr Interamt-Team
""",
    ),
    m(
        "25151",
        "2025-07-02 08:00",
        "Indeed <alert@indeed.com>",
        "Neue Jobs für IT Projektleiter in Wien",
        ("alert", None, None, None, "indeed", "de"),
        text="""Projektleiter IT (m/w/d) - Wiener Hafenbetriebe - Wien - Leicht bewerben
IT Project Manager - Quellwerk Solutions - Wien - Neu
Projektmanagement Digitalisierung - Gemeinnützige Wohnbau Donau - Wien

Alle Jobs: https://at.indeed.com/jobs?q=IT+Projektleiter&l=Wien
""",
    ),
    m(
        "25152",
        "2025-04-08 12:44",
        "Molkerei Inntal eG <noreply@softgarden.io>",
        "Willkommen in unserem Talentpool",
        ("alert", "Molkerei Inntal eG", None, None, "other", "de"),
        text="""Guten Tag Frau Brandstätter,

vielen Dank für Ihre Registrierung in unserem Talentpool. Wir informieren Sie, sobald eine passende Stelle frei wird.

Ihr Personalteam der Molkerei Inntal eG
""",
    ),
    # --- outreach ---
    m(
        "25160",
        "2025-03-31 12:05",
        "Felix Amsler via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Katharina, IT PM role in Zurich (banking)",
        (
            "outreach",
            "Zürcher Privatbank Linth",
            "IT Project Manager Core Banking",
            None,
            "linkedin",
            "en",
        ),
        text="""Hi Katharina,

I'm a recruiter at Zürcher Privatbank Linth. We're replacing our core banking platform and I'm looking for an experienced IT project manager who has done large migrations. Your profile looks like a great fit - would you be open to a quick chat?

Best,
Felix Amsler
Talent Acquisition, Zürcher Privatbank Linth
""",
    ),
    m(
        "25161",
        "2025-05-22 16:18",
        "Ramona Egli <ramona.egli@apex-search.ch>",
        "Spannende Herausforderung in Bern",
        ("outreach", None, "Programmleiter/in Digitalisierung", None, "agency", "de"),
        text="""Guten Tag Frau Brandstätter

Ich bin Beraterin bei Apex Search in Bern. Für eine bedeutende öffentlich-rechtliche Anstalt suche ich eine Programmleiterin Digitalisierung (100 %). Ich würde Ihnen die Stelle gerne in einem vertraulichen Gespräch vorstellen.

Hätten Sie diese oder nächste Woche 20 Minuten Zeit?

Freundliche Grüsse
Ramona Egli
Apex Search AG
""",
    ),
    m(
        "25162",
        "2025-07-14 09:40",
        "Dr. Wolfgang Stein <w.stein@hartmann-stein.at>",
        "Neue Mandatsanfrage",
        ("outreach", None, "CIO", None, "agency", "de"),
        text="""Sehr geehrte Frau Brandstätter,

wie versprochen melde ich mich wieder: Ein mittelständisches Industrieunternehmen im Raum Linz sucht eine:n CIO. Ich weiß, dass Sie gerade erst gewechselt haben - dennoch wollte ich Sie informieren, falls es passt.

Mit besten Grüßen
Wolfgang Stein
""",
    ),
    # --- other job mail ---
    m(
        "25170",
        "2025-03-17 09:32",
        "Nordlicht Group <nlgroup@myworkday.com>",
        "Verify your candidate account",
        ("other_job", NL, None, None, "workday", "en"),
        text="""Please verify your email address to complete your Nordlicht candidate account.

Your verification code: 481 902

If you did not create an account, please ignore this email.
""",
        tz=CET,
    ),
    m(
        "25171",
        "2025-03-27 13:41",
        "Limmat Re Careers <careers@limmat-re.com>",
        "Passwort zurücksetzen / Reset your password",
        ("other_job", LR, None, None, "other", "en"),
        text="""Hello,

You requested a password reset for your Limmat Re candidate profile. Click the link below within 24 hours:

https://career2.successfactors.eu/career?company=limmatre&reset=...

Limmat Re Talent Acquisition
""",
        tz=CET,
    ),
    m(
        "25172",
        "2025-05-20 10:00",
        "Limmat Re Careers <careers@limmat-re.com>",
        "How was your candidate experience?",
        ("other_job", LR, None, None, "other", "en"),
        text="""Dear Katharina,

You recently took part in our recruiting process. We'd love to hear how it went - the survey takes 3 minutes and is anonymous.

https://survey.limmat-re.com/cx?id=5521

Thank you!
Limmat Re Talent Acquisition
""",
    ),
    m(
        "25173",
        "2025-05-06 10:11",
        "Hannah Voss <hannah.voss@nl-group.com>",
        "Automatic reply: Digital Claims - panel dates?",
        ("other_job", NL, None, None, "direct", "en"),
        text="""Thank you for your message. I am out of office until 12 May with limited access to e-mail. For urgent recruiting matters please contact talent@nl-group.com.

Danke für Ihre Nachricht. Ich bin bis 12. Mai nicht im Büro.

Hannah Voss
""",
    ),
    m(
        "25174",
        "2025-07-03 14:00",
        "Lena Hartl <lena.hartl@isarwerk.io>",
        "Hintergrundprüfung - kurze Info",
        ("other_job", "Isarwerk Mobility GmbH", "Senior IT Project Manager", None, "direct", "de"),
        text="""Hi Katharina,

kurze Info: Unser Partner für Referenzprüfungen meldet sich in den nächsten Tagen bei deinen beiden Referenzen (Frau Wiesinger und Herrn Lang). Bitte gib ihnen kurz Bescheid, damit sie sich nicht wundern.

Liebe Grüße
Lena
""",
    ),
    m(
        "25175",
        "2025-05-12 07:45",
        "Abacus Bewerbermanagement <noreply@aarekonsum.ch>",
        "Aktivierung Ihres Bewerberkontos",
        ("other_job", "Konsumgenossenschaft Aare", None, None, "other", "de"),
        text="""Guten Tag

Bitte aktivieren Sie Ihr Bewerberkonto mit folgendem Code: 7731-KX

Personaldienst Aarekonsum
""",
    ),
]

MAIL += [
    # 20 Bundesamt: the signed form comes back (no job word)
    m(
        "25129",
        "2025-05-23 10:12",
        "Marianne Zbinden <marianne.zbinden@badi.admin.example>",
        "AW: Ref. 48210 - Einladung zum Vorstellungsgespräch",
        ("interview", BA, BA_R, 20, "direct", "de"),
        text="""Sehr geehrte Frau Brandstätter

Besten Dank, das unterzeichnete Formular zur Einwilligung in die Personensicherheitsprüfung ist bei uns eingetroffen. Wir melden uns in der zweiten Junihälfte.

Freundliche Grüsse
M. Zbinden
""",
        **reply("25111", "marianne.zbinden@badi.admin.example"),
    ),
    # 27 Stadtwerke Ampertal (StepStone, then its own mail as "SWA")
    m(
        "25130",
        "2025-03-12 20:02",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung bei Stadtwerke Ampertal GmbH",
        (
            "confirmation",
            "Stadtwerke Ampertal GmbH",
            "Projektmanager Digitalisierung (m/w/d)",
            27,
            "other",
            "de",
        ),
        text="""Hallo Katharina Brandstätter,

Ihre Bewerbung als Projektmanager Digitalisierung (m/w/d) ist bei Stadtwerke Ampertal GmbH eingegangen.

Viel Erfolg wünscht
Ihr StepStone-Team
""",
        tz=CET,
    ),
    m(
        "25131",
        "2025-03-14 08:30",
        "SWA Personal <bewerbung@swa-dachau.example>",
        "Eingangsbestätigung",
        (
            "confirmation",
            "Stadtwerke Ampertal GmbH",
            "Projektmanager Digitalisierung (m/w/d)",
            27,
            "direct",
            "de",
        ),
        text="""Sehr geehrte Frau Brandstätter,

hiermit bestätigen wir den Eingang Ihrer Unterlagen. Da wir als kommunales Unternehmen an ein förmliches Auswahlverfahren gebunden sind, bitten wir um etwas Geduld. Die Bewerbungsfrist endet am 11.04.2025.

Mit freundlichen Grüßen
Personalabteilung
SWA - Stadtwerke Ampertal GmbH, ein Unternehmen der Stadt Dachau-Land
""",
        tz=CET,
    ),
    # 18 Nordlicht: the panel goes on hold? no: panel invitation, then silence
    m(
        "25132",
        "2025-05-14 13:20",
        "Hannah Voss <hannah.voss@nl-group.com>",
        "Panel - Digital Claims",
        ("interview", NL, NL2, 18, "direct", "en"),
        text="""Hi Katharina,

Sorry for the delay - I was away. Would Wednesday 21 May, 13:00-14:30 work for the panel with Anke and Daniel? It'll be onsite in our Vienna office (Mariahilfer Gürtel 3, 7th floor).

Best,
Hannah
""",
    ),
    m(
        "25133",
        "2025-05-15 08:02",
        "Hannah Voss <hannah.voss@nl-group.com>",
        "RE: Panel - Digital Claims",
        ("interview", NL, NL2, 18, "direct", "en"),
        text="""Great, locked in. See you on the 21st!

H.
""",
        **reply("25132", "hannah.voss@nl-group.com"),
    ),
]

MAIL += [
    # 28 Alpenblick Hotels (SmartRecruiters, English; legal name only in the footer)
    m(
        "25134",
        "2025-04-09 12:14",
        "Alpenblick Hotels <noreply@smartrecruiters.com>",
        "Application received: Project Manager IT Infrastructure",
        (
            "confirmation",
            "Alpenblick Hotels & Resorts GmbH",
            "Project Manager IT Infrastructure",
            28,
            "smartrecruiters",
            "en",
        ),
        text="""Hi Katharina,

We've received your application for Project Manager IT Infrastructure in Vienna. Our People team will review it and contact you if your profile matches the role.

Thanks for your interest in joining our team!

Alpenblick Hotels & Resorts GmbH · Kärntner Straße 51 · 1010 Vienna
""",
    ),
    m(
        "25135",
        "2025-04-30 09:03",
        "Alpenblick Hotels <noreply@smartrecruiters.com>",
        "Update regarding your application",
        (
            "rejection",
            "Alpenblick Hotels & Resorts GmbH",
            "Project Manager IT Infrastructure",
            28,
            "smartrecruiters",
            "en",
        ),
        text="""Hi Katharina,

Thank you for the time you spent applying with us. We had a lot of strong applicants, and although your background in public-sector projects is impressive, we are looking for someone with hospitality systems (PMS/POS) experience.

We'll keep your details on file and hope to cross paths again.

Warm regards,
People & Culture
""",
    ),
]

# ruff: noqa: E501
"""Corpus 52, Swiss and Munich job mail (German, English): applications 15-24 and their alerts."""

from __future__ import annotations

from heldout52_jobs import m  # the same message shorthand

RV = "Rhenoval"
RV_R = "Compliance Manager Healthcare"
LH = "Lindenhof Privatbank"
LH_R = "Senior Risk Manager"
RA = "Rheinhafen Assekuranz"
RA_R = "Risk Manager"
MC = "Meridian Continental Bank"
MC_R = "VP, Operational Risk"
NG = "Northgate Capital Markets"
NG_R = "Compliance Advisory Lead"
SW = "Sparkasse Würmtal"
SW_R = "Compliance-Beauftragter WpHG"
ZG = "Zürcher Gewerbebank"
ZG_R = "Leiter Compliance & Regulatory"
IB = "Isarbank"
IB_R = "Senior Manager Regulatory Compliance"
HR = "HIR Re"
HR_R = "Senior Risk Analyst, Group ERM"
TG = "Treuhand Gisler"
TG_R = "Compliance Officer"

MAIL = [
    # 15 Rhenoval (pharma group writing for its Swiss subsidiary), Taleo
    m(
        "5301",
        "2025-09-11 16:22:00 +0200",
        "Rhenoval Careers <rhenoval@taleo.net>",
        "Rhenoval – Bewerbungseingang / Application received",
        ("confirmation", RV, RV_R, 15, "taleo", "de"),
        """Sehr geehrter Herr Brunner-Haas

Vielen Dank für Ihre Bewerbung für die Stelle Compliance Manager Healthcare (80–100 %) (Req. 2500318) bei der Rhenoval Pharma Schweiz AG, Basel.

Ihre Unterlagen werden nun durch das zuständige Talent-Acquisition-Team geprüft. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Profil einsehen.

Freundliche Grüsse
Rhenoval Talent Acquisition

---
Dear Lukas Brunner-Haas, thank you for applying. This is an automated message from the Rhenoval Group careers site. Please do not reply.

Rhenoval AG, Grenzacherstrasse 280, 4058 Basel""",
    ),
    m(
        "5302",
        "2025-10-06 10:40:00 +0200",
        "Corinne Vögeli <corinne.voegeli@rhenoval.com>",
        "Interview Compliance Manager Healthcare – Rhenoval Pharma Schweiz",
        ("interview", RV, RV_R, 15, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas

Gerne möchten wir Sie näher kennenlernen und laden Sie zu einem ersten Interview per Video ein. Teilnehmen werden Frau Dr. Stettler, Head Compliance Schweiz, und ich.

Die Einladung für Donnerstag, 9. Oktober, 14:00 Uhr habe ich Ihnen soeben zugestellt. Sollte der Termin nicht passen, geben Sie mir bitte Bescheid.

Freundliche Grüsse
Corinne Vögeli
Talent Acquisition Partner Switzerland
Rhenoval Pharma Schweiz AG, Basel""",
        ics={
            "style": "google",
            "start": "2025-10-09 14:00:00 +0200",
            "minutes": 45,
            "organizer": ("Corinne Vögeli", "corinne.voegeli@rhenoval.com"),
            "uid": "6k2p9v0r4t1bd3h8s@google.com",
            "summary": "Interview Lukas Brunner-Haas – Compliance Manager Healthcare",
            "description": "Video-Interview via Google Meet: https://meet.google.com/xfr-qmtb-kwe",
            "attendees": [("Nadine Stettler", "nadine.stettler@rhenoval.com")],
        },
    ),
    m(
        "5303",
        "2025-10-24 08:15:00 +0200",
        "Corinne Vögeli <corinne.voegeli@rhenoval.com>",
        "Ihre Bewerbung bei Rhenoval",
        ("rejection", RV, RV_R, 15, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas

Wir danken Ihnen für Ihr Interesse an unserem Unternehmen und für das offene Gespräch.

Nach sorgfältiger Abwägung müssen wir Ihnen mitteilen, dass wir uns für eine Kandidatin mit vertiefter Erfahrung im Schweizer Heilmittelrecht (HMG, VITH) entschieden haben. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse
Corinne Vögeli""",
    ),
    # 16 Lindenhof Privatbank via jobs.ch
    m(
        "5304",
        "2025-09-18 21:47:00 +0200",
        "jobs.ch <noreply@jobs.ch>",
        "Deine Bewerbung bei Bank Lindenhof AG wurde versendet",
        ("confirmation", LH, LH_R, 16, "other", "de"),
        """Hallo Lukas

Deine Bewerbung für die Stelle

Senior Risk Manager (m/w/d) 100%
Bank Lindenhof AG, Zürich

wurde erfolgreich versendet. Du findest alle deine Bewerbungen in deinem jobs.ch-Konto unter «Meine Bewerbungen».

Viel Erfolg!
Dein jobs.ch Team

JobCloud AG, Albisriederstrasse 253, 8047 Zürich""",
    ),
    m(
        "5305",
        "2025-09-19 09:03:00 +0200",
        "Lindenhof Privatbank HR <hr@lindenhof-privatbank.ch>",
        "Bewerbungseingang Senior Risk Manager",
        ("confirmation", LH, LH_R, 16, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas

Wir bestätigen Ihnen den Eingang Ihres Bewerbungsdossiers und danken Ihnen für Ihr Interesse an unserer Bank.

Wir werden Ihre Unterlagen sorgfältig prüfen und uns bis spätestens Mitte Oktober bei Ihnen melden.

Freundliche Grüsse
Human Resources
Bank Lindenhof AG
Lindenhofstrasse 9, 8001 Zürich""",
    ),
    m(
        "5306",
        "2025-10-14 15:30:00 +0200",
        "Reto Bachmann <reto.bachmann@lindenhof-privatbank.ch>",
        "Zwischenbescheid Ihre Bewerbung",
        ("confirmation", LH, LH_R, 16, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas

Gerne geben wir Ihnen einen Zwischenbescheid: Ihr Dossier befindet sich nach wie vor in der engeren Auswahl. Aufgrund von Ferienabwesenheiten in der Fachabteilung verzögert sich der Prozess um rund zwei Wochen.

Wir danken Ihnen für Ihre Geduld.

Freundliche Grüsse
Reto Bachmann
HR Business Partner""",
    ),
    m(
        "5307",
        "2025-10-29 11:12:00 +0100",
        "Reto Bachmann <reto.bachmann@lindenhof-privatbank.ch>",
        "Einladung Vorstellungsgespräch – Senior Risk Manager",
        ("interview", LH, LH_R, 16, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas

Gerne laden wir Sie zu einem Vorstellungsgespräch bei uns in Zürich ein, mit Herrn Dr. Furrer (CRO) und mir.

Datum: Mittwoch, 5. November 2025
Zeit: 10:30 bis ca. 11:45 Uhr
Ort: Lindenhofstrasse 9, 8001 Zürich, bitte am Empfang melden

Bitte bringen Sie eine Kopie Ihrer Diplome und Arbeitszeugnisse mit, falls diese im Bewerbungsdossier noch fehlen. Reisespesen ab Wien übernehmen wir gerne.

Freundliche Grüsse
Reto Bachmann""",
    ),
    m(
        "5308",
        "2025-11-12 17:50:00 +0100",
        "Reto Bachmann <reto.bachmann@lindenhof-privatbank.ch>",
        "AW: Einladung Vorstellungsgespräch – Senior Risk Manager",
        ("interview", LH, LH_R, 16, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas

Besten Dank für Ihren Besuch. Wir würden gerne ein zweites Gespräch mit Ihnen führen, diesmal per Video mit unserem CEO, Herrn Zollinger. Passt Ihnen Dienstag, 18. November, 16 Uhr?

Freundliche Grüsse
Reto Bachmann

-----Ursprüngliche Nachricht-----
Von: Lukas Brunner-Haas
Gesendet: Donnerstag, 6. November 2025 08:02
Betreff: AW: Einladung Vorstellungsgespräch – Senior Risk Manager

Sehr geehrter Herr Bachmann, herzlichen Dank für das angenehme Gespräch gestern...""",
    ),
    m(
        "5309",
        "2025-12-01 09:25:00 +0100",
        "Reto Bachmann <reto.bachmann@lindenhof-privatbank.ch>",
        "Senior Risk Manager – Rückmeldung",
        ("rejection", LH, LH_R, 16, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas

Zunächst nochmals herzlichen Dank für die beiden sehr guten Gespräche. Sie haben sowohl Herrn Dr. Furrer als auch Herrn Zollinger mit Ihrer Fachkompetenz und Ihrer ruhigen, strukturierten Art überzeugt.

Umso schwerer fällt uns diese Nachricht: Wir haben uns am Ende knapp für einen Kandidaten entschieden, der bereits mit der FINMA-Aufsichtspraxis vertraut ist. Wir müssen Ihnen daher eine Absage erteilen.

Gerne würden wir Ihr Dossier für künftige Vakanzen berücksichtigen.

Freundliche Grüsse
Reto Bachmann
Bank Lindenhof AG""",
    ),
    # 17 Rheinhafen Assekuranz via jobup.ch -> Persönlichkeitstest -> ghosted
    m(
        "5310",
        "2025-10-08 19:15:00 +0200",
        "jobup.ch <noreply@jobup.ch>",
        "Candidature envoyée / Bewerbung versendet: Risk Manager",
        ("confirmation", RA, RA_R, 17, "other", "de"),
        """Hallo Lukas

Deine Bewerbung als Risk Manager (80-100%) bei der Rheinhafen Assekuranz AG, Basel, ist beim Unternehmen eingetroffen.

Bonne chance! Viel Erfolg!
L'équipe jobup.ch / Dein jobup.ch Team""",
    ),
    m(
        "5311",
        "2025-10-16 13:00:00 +0200",
        "Rheinhafen Assekuranz HR <personal@rheinhafen-assekuranz.ch>",
        "Nächster Schritt: Online-Persönlichkeitstest",
        ("assessment", RA, RA_R, 17, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas

Ihr Bewerbungsdossier hat uns angesprochen. Als nächsten Schritt bitten wir Sie, einen Online-Persönlichkeitstest sowie einen kurzen Test zum logischen Denken zu absolvieren (Dauer insgesamt ca. 45 Minuten).

Ihren persönlichen Zugang erhalten Sie in einer separaten E-Mail unseres Testpartners. Bitte schliessen Sie die Tests bis 24. Oktober ab.

Freundliche Grüsse
Sandra Huber
Personalabteilung
Rheinhafen Assekuranz AG, Hochbergerstrasse 60, 4057 Basel""",
    ),
    # 18 Meridian Continental Bank, Greenhouse EN
    m(
        "5312",
        "2025-10-10 14:26:00 +0200",
        "Meridian Continental Bank <no-reply@greenhouse.io>",
        "Thank you for applying to Meridian Continental Bank",
        ("confirmation", MC, MC_R, 18, "greenhouse", "en"),
        """Hi Lukas,

Thanks for your interest in Meridian Continental Bank! We've received your application for VP, Operational Risk (Zurich) and our team will review it shortly.

If your background is a match, a member of our Talent team will be in touch to discuss next steps.

Regards,
Meridian Talent Acquisition

**Please note this inbox is not monitored.**""",
    ),
    m(
        "5313",
        "2025-10-21 17:03:00 +0200",
        "Oliver Kent <oliver.kent@meridiancb.com>",
        "Meridian Continental Bank – Interview Availability",
        ("interview", MC, MC_R, 18, "greenhouse", "en"),
        """Hi Lukas,

Thanks for your time on the phone yesterday. The hiring manager, Priya Raman (Head of Non-Financial Risk, EMEA), would like to move forward with a 45-minute video interview.

Please share your availability for next week using the link below:
https://app.greenhouse.io/scheduler/availability/7fa31c2e

Best,
Oliver Kent
Talent Partner, Zurich

Sent via Greenhouse""",
    ),
    m(
        "5314",
        "2025-11-14 10:47:00 +0100",
        "Meridian Continental Bank <no-reply@greenhouse.io>",
        "Your application with Meridian Continental Bank",
        ("rejection", MC, MC_R, 18, "greenhouse", "en"),
        """Hi Lukas,

Thank you for the time you have invested in the process for the VP, Operational Risk position. We really enjoyed getting to know you.

After careful consideration, we have decided to move forward with other candidates whose experience more closely aligns with the needs of the role at this time.

We will keep your details on file and wish you the very best in your search.

Kind regards,
Meridian Talent Acquisition""",
    ),
    # 19 Northgate Capital Markets Munich, LinkedIn
    m(
        "5315",
        "2025-10-30 12:31:00 +0100",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lukas, your application was sent to Northgate Capital Markets",
        ("confirmation", NG, NG_R, 19, "linkedin", "en"),
        """Your application was sent to Northgate Capital Markets

Compliance Advisory Lead
Northgate Capital Markets · Munich, Bavaria, Germany (Hybrid)
Applied on October 30, 2025

Now, take these next steps for more success with your job search
- Keep applying
- Set up a job alert

LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085""",
    ),
    m(
        "5316",
        "2025-11-04 08:12:00 +0100",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Northgate Capital Markets",
        ("viewed", NG, NG_R, 19, "linkedin", "en"),
        """Lukas, your application was viewed

Northgate Capital Markets viewed your application for Compliance Advisory Lead.

This is a good sign. Search for similar jobs to increase your chances.

See jobs""",
    ),
    m(
        "5317",
        "2025-11-25 18:20:00 +0100",
        "Northgate Capital Markets Talent <talent@northgate-cm.de>",
        "Northgate Capital Markets: Compliance Advisory Lead",
        ("rejection", NG, NG_R, 19, "direct", "en"),
        """Dear Lukas,

Thank you for your interest in the Compliance Advisory Lead role at Northgate Capital Markets GmbH.

We have received a large number of applications and have reviewed yours carefully. Regrettably, we will not be progressing your application on this occasion, as we are looking for native-level experience with BaFin MaComp requirements.

We appreciate your interest and wish you well.

Northgate Talent Team""",
    ),
    # 20 Sparkasse Würmtal, softgarden (confirmation with "leider")
    m(
        "5318",
        "2025-11-03 20:05:00 +0100",
        "Sparkasse Würmtal <noreply@softgarden.io>",
        "Eingangsbestätigung: Compliance-Beauftragter WpHG (m/w/d)",
        ("confirmation", SW, SW_R, 20, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

vielen Dank für Ihre Bewerbung als Compliance-Beauftragter WpHG (m/w/d) und Ihr Interesse an der Sparkasse Würmtal.

Ihre Bewerbung ist vollständig bei uns eingegangen. Leider ist es uns aufgrund der hohen Zahl an Bewerbungen nicht möglich, jede Bewerbung sofort zu beantworten – bitte haben Sie daher etwas Geduld. Wir melden uns spätestens in drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam
Sparkasse Würmtal, Bahnhofstraße 12, 82131 Gauting

Diese E-Mail wurde automatisch über softgarden versendet.""",
    ),
    m(
        "5319",
        "2025-11-19 11:41:00 +0100",
        "Florian Meßner <florian.messner@sparkasse-wuermtal.de>",
        "Vorstellungsgespräch am 27.11.",
        ("interview", SW, SW_R, 20, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

wir laden Sie herzlich zu einem Vorstellungsgespräch ein. Es findet per Microsoft Teams statt; die Einladung kommt gleich mit separater Mail.

Gesprächspartner: Herr Obermaier (Vorstand), Frau Seidl (Leiterin Recht/Compliance) und ich.

Viele Grüße
Florian Meßner
Personal""",
        ics={
            "style": "outlook",
            "start": "2025-11-27 09:00:00 +0100",
            "minutes": 60,
            "organizer": ("Meßner, Florian", "florian.messner@sparkasse-wuermtal.de"),
            "uid": "040000008200E00074C5B7101A82E0080000000091AF33",
            "summary": "Vorstellungsgespräch Hr. Brunner-Haas – Compliance WpHG",
            "location": "Microsoft Teams-Besprechung",
            "attendees": [("Seidl, Monika", "monika.seidl@sparkasse-wuermtal.de")],
        },
    ),
    m(
        "5320",
        "2025-12-12 14:00:00 +0100",
        "Sparkasse Würmtal <noreply@softgarden.io>",
        "Ihre Bewerbung bei der Sparkasse Würmtal",
        ("rejection", SW, SW_R, 20, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

vielen Dank für das Gespräch und die Zeit, die Sie sich für uns genommen haben.

Wir haben uns für einen anderen Bewerber entschieden, dessen Profil unseren Anforderungen in Bezug auf die Sparkassen-Organisation noch besser entspricht.

Wir wünschen Ihnen für Ihre Zukunft beruflich wie privat alles Gute.

Mit freundlichen Grüßen
Ihr Personalteam der Sparkasse Würmtal""",
    ),
    # 21 Kessler Finance Recruitment -> Zürcher Gewerbebank
    m(
        "5321",
        "2025-10-27 09:48:00 +0100",
        "Simone Kessler <simone.kessler@kessler-finance.ch>",
        "Spannende Führungsposition Compliance – Kantonalbank-Umfeld Zürich",
        ("outreach", None, ZG_R, None, "agency", "de"),
        """Grüezi Herr Brunner-Haas

Für eine traditionsreiche, regional verankerte Bank im Grossraum Zürich suchen wir eine/n Leiter/in Compliance & Regulatory (100%), Mitglied des erweiterten Kaders.

Die Stelle bietet viel Gestaltungsspielraum (Aufbau Compliance-Risikoanalyse, Schnittstelle zur FINMA). Darf ich Ihnen die Details am Telefon erläutern? Ich freue mich auf Ihre Rückmeldung.

Freundliche Grüsse
Simone Kessler
Partnerin
Kessler Finance Recruitment AG
Bahnhofstrasse 64, 8001 Zürich, +41 44 211 90 30""",
    ),
    m(
        "5322",
        "2025-11-06 16:16:00 +0100",
        "Simone Kessler <simone.kessler@kessler-finance.ch>",
        "AW: Spannende Führungsposition Compliance",
        ("confirmation", ZG, ZG_R, 21, "agency", "de"),
        """Grüezi Herr Brunner-Haas

Herzlichen Dank für Ihr Einverständnis. Wie besprochen handelt es sich bei unserer Mandantin um die Zürcher Gewerbebank AG. Ich habe Ihr Dossier heute der Personalleiterin, Frau Keller, vorgestellt.

Ich melde mich, sobald ich von der Bank höre.

Freundliche Grüsse
Simone Kessler""",
    ),
    m(
        "5323",
        "2025-11-17 10:02:00 +0100",
        "Simone Kessler <simone.kessler@kessler-finance.ch>",
        "Gesprächstermin Zürcher Gewerbebank",
        ("interview", ZG, ZG_R, 21, "agency", "de"),
        """Grüezi Herr Brunner-Haas

Gute Nachrichten: Die Zürcher Gewerbebank möchte Sie kennenlernen. Vorgeschlagen wird Montag, 24. November, 14 Uhr, per Video (MS Teams) mit Frau Keller und dem CFO, Herrn Brändli.

Bitte bestätigen Sie mir den Termin, ich leite es dann weiter.

Freundliche Grüsse
Simone Kessler""",
    ),
    m(
        "5324",
        "2025-12-04 12:12:00 +0100",
        "Simone Kessler <simone.kessler@kessler-finance.ch>",
        "Feedback",
        ("rejection", ZG, ZG_R, 21, "agency", "de"),
        """Grüezi Herr Brunner-Haas

Leider habe ich keine erfreulichen Neuigkeiten: Die Zürcher Gewerbebank hat entschieden, die Stelle mit einer Person aus dem Schweizer Markt zu besetzen, nicht zuletzt wegen der Vernetzung mit den lokalen Verbänden.

Ich bedaure das sehr, denn der Eindruck war sehr positiv. Gerne bleibe ich mit Ihnen in Kontakt.

Freundliche Grüsse
Simone Kessler""",
    ),
    # 22 Isarbank Munich, Avature -> interview -> ghosted after interview
    m(
        "5325",
        "2025-11-10 07:40:00 +0100",
        "Isarbank Karriere <isarbank@avature.net>",
        "Vielen Dank für Ihre Bewerbung",
        ("confirmation", IB, IB_R, 22, "other", "de"),
        html="""<html><body><div style="font-family:Helvetica,Arial"><img src="https://isarbank.avature.net/portal/logo.png" alt="Isarbank AG"><p>Guten Tag Herr Brunner-Haas,</p><p>vielen Dank für Ihr Interesse an der Isarbank. Ihre Bewerbung als <strong>Senior Manager Regulatory Compliance (w/m/d)</strong>, Referenz 25-4471, München, ist bei uns eingegangen.</p><p>Wir prüfen Ihre Unterlagen und melden uns zeitnah.</p><p>Viele Grüße<br>Ihr Isarbank Recruiting-Team</p><p style="font-size:10px">Isarbank AG · Maximiliansplatz 17 · 80333 München · HRB 11842 Amtsgericht München</p></div></body></html>""",
    ),
    m(
        "5326",
        "2025-11-25 15:33:00 +0100",
        "Maximilian Strauß <maximilian.strauss@isarbank.de>",
        "Einladung: Kennenlernen Regulatory Compliance",
        ("interview", IB, IB_R, 22, "direct", "de"),
        """Hallo Herr Brunner-Haas,

vielen Dank für Ihre Bewerbung! Anbei die Einladung zum ersten Kennenlernen per Teams am Dienstag, 2. Dezember, 11 Uhr.

Viele Grüße
Maximilian Strauß
Head of Regulatory Compliance, Isarbank AG""",
        ics={
            "style": "outlook",
            "start": "2025-12-02 11:00:00 +0100",
            "minutes": 45,
            "organizer": ("Strauß, Maximilian", "maximilian.strauss@isarbank.de"),
            "uid": "040000008200E00074C5B7101A82E00800000000C4D912",
            "summary": "Kennenlernen Hr. Brunner-Haas",
            "location": "Microsoft Teams-Besprechung",
        },
    ),
    # 23 HIR Re Munich, Workday EN -> case study -> rejection
    m(
        "5327",
        "2025-11-20 22:05:00 +0100",
        "HIR Re Careers <hirre@myworkday.com>",
        "Application received – Senior Risk Analyst, Group ERM",
        ("confirmation", HR, HR_R, 23, "workday", "en"),
        """Dear Lukas,

Thank you for applying to Hansa-Isar Rückversicherung AG (HIR Re) for the role Senior Risk Analyst, Group ERM (JR-10548), Munich.

We will review your profile and get back to you. You can follow the status of your application in our career portal.

Best regards,
HIR Re Talent Acquisition""",
    ),
    m(
        "5328",
        "2025-12-03 09:30:00 +0100",
        "HIR Re Careers <hirre@myworkday.com>",
        "Next step: written case study",
        ("assessment", HR, HR_R, 23, "workday", "en"),
        """Dear Lukas,

We are pleased to invite you to the next stage: a written case study on Solvency II own risk and solvency assessment (ORSA) scenario design.

You will find the task in your Workday inbox. Please upload your solution (max. 4 pages) within 5 working days.

Best regards,
HIR Re Talent Acquisition""",
    ),
    m(
        "5329",
        "2026-01-13 16:45:00 +0100",
        "HIR Re Careers <hirre@myworkday.com>",
        "Update regarding your application JR-10548",
        ("rejection", HR, HR_R, 23, "workday", "en"),
        """Dear Lukas,

Thank you for submitting your case study and for your patience over the holiday period.

Unfortunately, we have decided not to proceed with your application. This decision was not easy given the quality of the submissions we received.

We wish you all the best for your future career.

HIR Re Talent Acquisition""",
    ),
    # 24 Treuhand Gisler, Indeed, ghosted
    m(
        "5330",
        "2025-12-17 21:20:00 +0100",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Compliance Officer 100%",
        ("confirmation", TG, TG_R, 24, "indeed", "de"),
        """Ihre Bewerbung wurde an Treuhand Gisler AG gesendet.

Compliance Officer 100%
Treuhand Gisler AG - Zug

Die folgenden Elemente wurden mit Ihrer Bewerbung gesendet:
• Lebenslauf (Lebenslauf_Brunner-Haas_2025.pdf)
• Kontaktdaten

Indeed""",
    ),
    # alerts, outreach, other job mail
    m(
        "5331",
        "2025-09-08 06:30:00 +0200",
        "jobs.ch Job-Abo <jobabo@jobs.ch>",
        "12 neue Stellen für «Risk Manager» in Zürich",
        ("alert", None, None, None, "other", "de"),
        """Hallo Lukas

Diese Woche gibt es 12 neue Stellen für dein Job-Abo:

Senior Risk Manager 100% – Bank Lindenhof AG, Zürich
Risk Officer (m/w/d) – Seefeld Asset Management AG, Zürich
Operational Risk Specialist – Meridian Continental Bank, Zürich
…

Alle Stellen ansehen | Job-Abo verwalten""",
    ),
    m(
        "5332",
        "2025-10-13 06:30:00 +0200",
        "jobs.ch Job-Abo <jobabo@jobs.ch>",
        "Neue Stellen: Compliance Basel",
        ("alert", None, None, None, "other", "de"),
        """Hallo Lukas

3 neue Stellen passen zu deiner Suche «Compliance, Basel»:

Compliance Manager Healthcare (80-100%) – Rhenoval Pharma Schweiz AG
Compliance Specialist – Birsig Treuhand AG
Legal & Compliance Counsel – Dreiland Logistics AG

Viel Erfolg bei der Suche!""",
    ),
    m(
        "5333",
        "2025-10-19 09:00:00 +0200",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“risk manager”: Meridian Continental Bank - VP, Operational Risk and more",
        ("alert", None, None, None, "linkedin", "en"),
        """Your job alert for risk manager in Zurich, Switzerland

30+ new jobs match your preferences.

VP, Operational Risk
Meridian Continental Bank · Zurich (Hybrid)
Actively recruiting

Head of Risk Control
Seefeld Asset Management AG · Zurich

Risk Manager (80-100%)
Rheinhafen Assekuranz AG · Basel
Easy Apply

See all jobs""",
    ),
    m(
        "5334",
        "2025-12-08 09:00:00 +0100",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to Compliance Advisory Lead at Northgate Capital Markets",
        ("alert", None, None, None, "linkedin", "en"),
        """Jobs similar to Compliance Advisory Lead

Regulatory Compliance Manager – Isarbank AG · Munich
Compliance Officer MiFID – Allgäuer Vermögensverwaltung · Kempten
Head of Compliance – Paywise Europe · Munich (Remote)

View jobs""",
    ),
    m(
        "5335",
        "2025-11-13 13:45:00 +0100",
        "Hannah Becker via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Head of AML role – Munich fintech",
        ("outreach", "Paywise Europe", "Head of AML", None, "linkedin", "en"),
        """Hi Lukas,

I lead talent at Paywise Europe, a BaFin-licensed payments institution in Munich. We're hiring a Head of AML reporting to our CCO, and your experience as deputy MLRO stood out.

Open to a 20-minute chat next week?

Best,
Hannah

Hannah Becker
Head of Talent at Paywise Europe

Reply  |  Not interested

This is a LinkedIn InMail.""",
    ),
    m(
        "5336",
        "2025-10-11 11:00:00 +0200",
        "Meridian Continental Bank <no-reply@greenhouse.io>",
        "Welcome to the Meridian Talent Community",
        ("alert", MC, None, None, "greenhouse", "en"),
        """Hi Lukas,

Thanks for joining the Meridian Continental Bank Talent Community! We'll keep you up to date on opportunities that match your interests in Risk, Compliance and Finance across our Zurich, Frankfurt and London hubs.

Meridian Talent Acquisition""",
    ),
    m(
        "5337",
        "2025-12-20 09:40:00 +0100",
        "Indeed <alert@indeed.com>",
        "Compliance Officer Jobs in Zug",
        ("alert", None, None, None, "indeed", "de"),
        """Neue Jobs für „Compliance Officer“ in Zug

Compliance Officer 100% – Treuhand Gisler AG – Zug
KYC Analyst (m/w/d) – Lorzen Capital – Baar
Compliance Specialist Crypto – Zugerberg Digital AG – Zug

Jetzt bewerben – mit Ihrem Indeed-Lebenslauf

Sie erhalten diese E-Mail, weil Sie Job-Benachrichtigungen abonniert haben.""",
    ),
    m(
        "5338",
        "2025-10-17 08:05:00 +0200",
        "Rheinhafen Assekuranz via Aon <noreply@aon.com>",
        "Ihr Zugang zum Online-Test / Your assessment access",
        ("assessment", RA, RA_R, 17, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas

Die Rheinhafen Assekuranz AG hat Sie eingeladen, folgende Online-Verfahren zu absolvieren:

• Persönlichkeitsfragebogen (ca. 25 Minuten)
• Logisches Denken (ca. 18 Minuten)

Zugang: https://assessment.aon.com/rheinhafen/candidate/31bc80
Frist: 24.10.2025

Aon Assessment Solutions""",
    ),
    m(
        "5339",
        "2025-12-02 13:00:00 +0100",
        "XING Stellenmarkt <jobs@xing.com>",
        "Diese Jobs könnten Sie interessieren",
        ("alert", None, None, None, "other", "de"),
        """Hallo Lukas,

basierend auf Ihrem Profil:

• Head of Compliance (m/w/d) – Paywise Europe GmbH, München
• Senior Manager Regulatory Compliance – Isarbank AG, München
• Compliance Officer – Vindobona Capital AG, Wien

Ihre Job-Empfehlungen auf XING""",
    ),
    m(
        "5340",
        "2026-01-26 10:10:00 +0100",
        "Jakob Winter <jakob.winter.vie@gmail.com>",
        "Kontora reopening?",
        ("outreach", "Kontora", "Head of Compliance & MLRO", None, "direct", "en"),
        """Hi Lukas,

happy new year! We closed the round last week and are reopening the compliance lead role. I heard you're starting somewhere new in February – but if that doesn't work out, or you know someone great, let me know.

Cheers,
Jakob""",
    ),
]

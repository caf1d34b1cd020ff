"""Job mail of the thirteenth held-out corpus in English and German, with the job mail that is
not application mail (alerts, outreach, candidate portals) in all three languages (do not use
for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import reply
from heldout13_jobs import M

HALV = "Halvard Consulting"
HR1, HR2 = "Junior Consultant - Supply Chain", "Data Analyst - Operations Excellence"
BREN, BNR = "Brenvik Foods", "Graduate Programme Supply Chain - Benelux"
PELL, PLR = "Pellucid Retail", "Junior Data Analyst"
KORN, KR = "Kornfeld Logistik", "Trainee Supply Chain Management (m/w/d)"
AUREL, AUR = "Aurel Metallbau", "Junior Einkäufer (m/w/d)"
KLAR, KLR = "Klarwerk", "Junior Operations Analyst (m/w/d)"
VELT, VTR = "Veltmann Chemie", "Junior Supply Chain Analyst (m/w/d)"
FLAN, FR_ = "Flandria Logistics", "Junior Transport Planner"

HALV_SR = "Halvard Consulting <noreply@smartrecruiters.com>"
HALV_P = "Marta Schmit <marta.schmit@halvard.lu>"
KORN_SG = "Kornfeld Logistik GmbH <noreply@softgarden.io>"
KLAR_HM = "Jonas Pietsch <jonas@klarwerk.io>"
VELT_HR = "Sabine Kröger <sabine.kroeger@veltmann-group.com>"

MAIL: list[dict[str, Any]] = [
    # 18 + 19 Halvard Consulting (Luxembourg), SmartRecruiters: two roles
    M(
        "13101",
        "2025-10-01 16:33",
        HALV_SR,
        "Thank you for your application to Halvard Consulting",
        ("confirmation", HALV, HR1, 18, "smartrecruiters", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Dear Léa,</p>
<p>Thank you for applying for the <b>Junior Consultant - Supply Chain</b> position at
Halvard Consulting in Luxembourg. We have successfully received your application.</p>
<p>Our team will review your profile and get back to you as soon as possible.</p>
<p>Kind regards,<br>Halvard Consulting Talent Team</p>
<p style="font-size:11px;color:#888">Powered by SmartRecruiters</p>
</body></html>""",
    ),
    M(
        "13102",
        "2025-10-01 16:41",
        HALV_SR,
        "Thank you for your application to Halvard Consulting",
        ("confirmation", HALV, HR2, 19, "smartrecruiters", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Dear Léa,</p>
<p>Thank you for applying for the <b>Data Analyst - Operations Excellence</b> position at
Halvard Consulting in Luxembourg. We have successfully received your application.</p>
<p>Our team will review your profile and get back to you as soon as possible.</p>
<p>Kind regards,<br>Halvard Consulting Talent Team</p>
<p style="font-size:11px;color:#888">Powered by SmartRecruiters</p>
</body></html>""",
    ),
    M(
        "13103",
        "2025-10-09 11:20",
        HALV_P,
        "Next step: case exercise",
        ("assessment", HALV, HR1, 18, "direct", "en"),
        text="""Dear Léa,

Thank you for your interest in our Junior Consultant - Supply Chain role. We would like to
invite you to the next step, a written case exercise.

You will receive the case material by e-mail on Monday 13 October at 9:00 and have until
Tuesday 14 October 9:00 to return a short deck (max. 6 slides). The case is about inventory
optimisation for a regional retailer; no specialist software is required.

Should you have any questions, do not hesitate to reach out.

Kind regards,
Marta Schmit
Recruitment Officer
Halvard Consulting S.A. | 8 avenue John F. Kennedy | L-1855 Luxembourg
""",
    ),
    M(
        "13104",
        "2025-10-17 10:05",
        HALV_P,
        "Invitation: Interview Halvard Consulting - Léa Marchand",
        ("interview", HALV, HR1, 18, "direct", "en"),
        text="""Dear Léa,

Congratulations, your case exercise was well received. Please find attached an invitation
for an interview with two of our managers, Paul Reding and Ana Teixeira, on Thursday
23 October at 10:00 in our Kirchberg office. Please bring an ID for the reception.

Kind regards,
Marta
""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000HALV1023LM",
            "start": "2025-10-23 10:00:00 +0200",
            "minutes": 75,
            "organizer": ("Marta Schmit", "marta.schmit@halvard.lu"),
            "attendees": [
                ("Paul Reding", "paul.reding@halvard.lu"),
                ("Ana Teixeira", "ana.teixeira@halvard.lu"),
            ],
            "summary": "Interview Léa Marchand - Junior Consultant SC",
            "location": "Halvard Consulting, 8 av. J.F. Kennedy, Kirchberg - room Moselle",
        },
    ),
    M(
        "13105",
        "2025-10-21 08:10",
        HALV_SR,
        "Your application for Data Analyst - Operations Excellence",
        ("rejection", HALV, HR2, 19, "smartrecruiters", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Dear Léa,</p>
<p>Thank you for your interest in the Data Analyst - Operations Excellence position.</p>
<p>We have reviewed your application carefully and, while your profile is interesting, we
have decided to proceed with candidates whose experience better matches the current
requirements of this role. As you are in process for another position with us, this does
not affect that application.</p>
<p>Kind regards,<br>Halvard Consulting Talent Team</p>
</body></html>""",
    ),
    M(
        "13106",
        "2025-11-04 17:55",
        HALV_P,
        "Your interview with Halvard Consulting",
        ("rejection", HALV, HR1, 18, "direct", "en"),
        text="""Dear Léa,

Thank you again for coming to Kirchberg. Paul and Ana enjoyed the discussion, and your
structured approach to the case was noted by everyone in the panel.

It was a close decision, but we have offered the position to another candidate who brings
some client-facing experience from a previous internship. I realise this is not the news you
were hoping for.

We will keep your details for our graduate intake in September 2026 if you agree.

Kind regards,
Marta Schmit
""",
    ),
    # 20 Brenvik Foods (Brussels), Workday: HireVue, assessment centre, rejection
    M(
        "13107",
        "2025-09-26 12:02",
        "Brenvik Foods <brenvik@myworkday.com>",
        "Application received: Graduate Programme Supply Chain - Benelux",
        ("confirmation", BREN, BNR, 20, "workday", "en"),
        text="""Dear Léa,

Thank you for applying to the Graduate Programme Supply Chain - Benelux (R-2025-3310) at
Brenvik Foods. Our graduate recruitment season runs until December; we will be in touch
about next steps.

View your application: https://brenvik.wd3.myworkdayjobs.com/en-US/Graduates/userHome

Brenvik Foods Early Careers
""",
    ),
    M(
        "13108",
        "2025-10-06 09:00",
        "Brenvik Foods Early Careers <noreply@hirevue.com>",
        "Brenvik Foods: complete your digital interview",
        ("assessment", BREN, BNR, 20, "hirevue", "en"),
        text="""Hi Léa,

Congratulations on progressing to the digital interview stage of the Brenvik Foods Graduate
Programme Supply Chain - Benelux.

The interview includes 5 recorded questions and a short game-based assessment. You will have
30 seconds to prepare and up to 3 minutes to answer each question.

Please complete it by 13 October 2025:
https://app.hirevue.com/interviews/brenvik/5f2c9d1e

Good luck!
Brenvik Foods Early Careers
""",
    ),
    M(
        "13109",
        "2025-10-28 14:30",
        "Brenvik Foods Early Careers <earlycareers@brenvik.com>",
        "Invitation - Assessment Day, 14 November, Brussels",
        ("assessment", BREN, BNR, 20, "direct", "en"),
        text="""Dear Léa,

We are delighted to invite you to our Assessment Day for the Graduate Programme Supply
Chain - Benelux on Friday 14 November 2025, 8:30-16:30, at our head office (Boulevard
du Roi Albert II 27, 1030 Brussels).

The day includes a group exercise, a business case presentation and a competency
interview. Travel costs from Lyon will be reimbursed on presentation of receipts.

Please confirm your attendance by replying to this e-mail.

Best wishes,
Brenvik Foods Early Careers Team
""",
    ),
    M(
        "13110",
        "2025-11-25 16:05",
        "Brenvik Foods <brenvik@myworkday.com>",
        "An update from Brenvik Foods",
        ("rejection", BREN, BNR, 20, "workday", "en"),
        text="""Dear Léa,

Thank you for taking part in our Assessment Day. The assessors were impressed by your
presentation and by how you brought the group back to the data during the exercise.

Competition for this year's programme was exceptionally strong and, on this occasion, we
will not be offering you a place.

We'd love you to stay connected - feedback from the day is available on request.

Brenvik Foods Early Careers
""",
    ),
    # 21 Pellucid Retail (Luxembourg), LinkedIn: sent, viewed, rejection
    M(
        "13111",
        "2025-11-07 09:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Léa, votre candidature a été envoyée à Pellucid Retail",
        ("confirmation", PELL, PLR, 21, "linkedin", "fr"),
        html="""<html><body style="font-family:-apple-system,Arial">
<p>Votre candidature a été envoyée à Pellucid Retail</p>
<table><tr><td><b>Junior Data Analyst</b><br>Pellucid Retail · Bertrange, Luxembourg</td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4008813260/">Voir l'offre</a></p>
</body></html>""",
    ),
    M(
        "13112",
        "2025-11-10 13:48",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été vue par Pellucid Retail",
        ("viewed", PELL, PLR, 21, "linkedin", "fr"),
        html="""<html><body style="font-family:-apple-system,Arial">
<p>Léa, Pellucid Retail a consulté votre candidature</p>
<p><b>Junior Data Analyst</b> · Bertrange</p>
<p>Consultée le 10 nov.</p>
</body></html>""",
    ),
    M(
        "13113",
        "2025-12-02 10:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature pour le poste de Junior Data Analyst chez Pellucid Retail",
        ("rejection", PELL, PLR, 21, "linkedin", "fr"),
        html="""<html><body style="font-family:-apple-system,Arial">
<p>Bonjour Léa,</p>
<p>Merci de l'intérêt que vous portez à Pellucid Retail. Malheureusement, nous avons décidé
de ne pas donner suite à votre candidature pour le poste de Junior Data Analyst.</p>
<p>Nous vous souhaitons bonne chance dans vos recherches.</p>
<p>Pellucid Retail</p>
</body></html>""",
    ),
    # 22 Kornfeld Logistik (Bremen), softgarden: AC, rejection (Sie)
    M(
        "13114",
        "2025-10-13 15:12",
        KORN_SG,
        "Ihre Bewerbung als Trainee Supply Chain Management (m/w/d)",
        ("confirmation", KORN, KR, 22, "other", "de"),
        text="""Sehr geehrte Frau Marchand,

vielen Dank für Ihre Bewerbung als Trainee Supply Chain Management (m/w/d) und Ihr Interesse
an der Kornfeld Logistik GmbH.

Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen. Wir melden uns
in den nächsten zwei bis drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kornfeld Logistik GmbH

Diese E-Mail wurde automatisch erstellt.
""",
    ),
    M(
        "13115",
        "2025-11-03 10:40",
        "Birgit Lohmann <b.lohmann@kornfeld-logistik.de>",
        "Einladung zum Assessment Center am 20.11.2025",
        ("assessment", KORN, KR, 22, "direct", "de"),
        text="""Sehr geehrte Frau Marchand,

wir freuen uns, Sie zu unserem Assessment Center für das Traineeprogramm Supply Chain
Management einzuladen:

Termin: Donnerstag, 20. November 2025, 09:00 - ca. 17:00 Uhr
Ort: Kornfeld Logistik GmbH, Überseetor 18, 28217 Bremen

Auf Sie warten eine Gruppendiskussion, eine Fallstudie mit Präsentation, ein Rollenspiel
und ein Einzelinterview. Die Reisekosten übernehmen wir gern (Bahn 2. Klasse).

Bitte bestätigen Sie Ihre Teilnahme bis zum 10. November.

Mit freundlichen Grüßen
Birgit Lohmann
Personalentwicklung / Recruiting
""",
    ),
    M(
        "13116",
        "2025-11-04 08:22",
        "Birgit Lohmann <b.lohmann@kornfeld-logistik.de>",
        "AW: Einladung zum Assessment Center am 20.11.2025",
        ("assessment", KORN, KR, 22, "direct", "de"),
        text="""Liebe Frau Marchand,

vielen Dank für Ihre Zusage. Anbei noch die Hotelreservierung für die Nacht vom 19. auf den
20. November, das Hotel liegt fünf Gehminuten von uns entfernt.

Bis bald in Bremen!
Birgit Lohmann
""",
        headers=reply("13115", "b.lohmann@kornfeld-logistik.de"),
        attach=[
            (
                "Hotelbestaetigung_Marchand.txt",
                "text/plain",
                "Hotel Am Speicher, 19.-20.11.2025, 1 EZ, Zahlung: Kornfeld Logistik GmbH\n",
            )
        ],
    ),
    M(
        "13117",
        "2025-12-01 14:15",
        KORN_SG,
        "Ihre Bewerbung bei der Kornfeld Logistik GmbH",
        ("rejection", KORN, KR, 22, "other", "de"),
        text="""Sehr geehrte Frau Marchand,

nochmals herzlichen Dank für Ihre Teilnahme an unserem Assessment Center. Ihr
Engagement und Ihre analytischen Fähigkeiten haben uns beeindruckt.

Nach intensiver Abwägung müssen wir Ihnen leider mitteilen, dass wir uns für andere
Kandidatinnen und Kandidaten entschieden haben. Ausschlaggebend waren dabei vor allem die
deutschen Sprachkenntnisse im operativen Alltag.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kornfeld Logistik GmbH
""",
    ),
    # 23 Aurel Metallbau, StepStone then d.vinci rejection
    M(
        "13118",
        "2025-10-15 21:10",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde versendet",
        ("confirmation", AUREL, AUR, 23, "other", "de"),
        html="""<html><body style="font-family:Arial">
<p>Hallo Léa Marchand,</p>
<p>Ihre Bewerbung wurde erfolgreich an <b>Aurel Metallbau GmbH &amp; Co. KG</b> versendet.</p>
<p>Stelle: Junior Einkäufer (m/w/d) · Saarbrücken</p>
<p>Den Status Ihrer Bewerbung finden Sie unter <a href="https://www.stepstone.de/candidate/applications">Meine Bewerbungen</a>.</p>
<p style="font-size:11px">StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf</p>
</body></html>""",
    ),
    M(
        "13119",
        "2025-11-06 11:34",
        "Aurel Metallbau Personal <bewerbung@dvinci-easy.com>",
        "Ihre Bewerbung - Junior Einkäufer (m/w/d)",
        ("rejection", AUREL, AUR, 23, "other", "de"),
        text="""Sehr geehrte Frau Marchand,

vielen Dank für Ihr Interesse an einer Tätigkeit bei uns und die Zusendung Ihrer
Bewerbungsunterlagen.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können.
Bitte sehen Sie diese Entscheidung nicht als Abwertung Ihrer Qualifikation.

Mit freundlichen Grüßen
Personalabteilung
Aurel Metallbau GmbH & Co. KG
""",
    ),
    # 24 Klarwerk (Berlin start-up), Personio: du, interview, rejection
    M(
        "13120",
        "2025-11-11 19:30",
        "Klarwerk <noreply@personio.de>",
        "Danke für deine Bewerbung bei Klarwerk!",
        ("confirmation", KLAR, KLR, 24, "personio", "de"),
        text="""Hi Léa,

danke für deine Bewerbung als Junior Operations Analyst (m/w/d)! Wir schauen uns deine
Unterlagen in Ruhe an und melden uns innerhalb von 10 Tagen bei dir.

Viele Grüße aus Kreuzberg
dein Klarwerk-Team
""",
    ),
    M(
        "13121",
        "2025-11-18 12:02",
        KLAR_HM,
        "Kurzes Kennenlernen?",
        ("interview", KLAR, KLR, 24, "direct", "de"),
        text="""Hey Léa,

ich bin Jonas, Head of Ops bei Klarwerk. Deine Bewerbung hat mir gefallen, vor allem das
Projekt zu Tourenplanung in deiner Masterarbeit. Hast du Lust auf ein erstes Gespräch per
Video, gern auch auf Englisch, falls dir das lieber ist?

Ich hab dir eine Einladung für Montag, 24.11. um 15 Uhr geschickt. Wenn's nicht passt,
schlag einfach was anderes vor.

Cheers
Jonas
""",
        ics={
            "uid": "klarwerk-kennenlernen-1124-lm@klarwerk.io",
            "start": "2025-11-24 15:00:00 +0100",
            "minutes": 45,
            "organizer": ("Jonas Pietsch", "jonas@klarwerk.io"),
            "attendees": [("Jonas Pietsch", "jonas@klarwerk.io")],
            "summary": "Klarwerk x Léa - Kennenlernen",
            "location": "https://meet.google.com/kfw-oxzq-tre",
        },
    ),
    M(
        "13122",
        "2025-12-05 09:48",
        KLAR_HM,
        "Re: Kurzes Kennenlernen?",
        ("rejection", KLAR, KLR, 24, "direct", "de"),
        text="""Hey Léa,

danke nochmal für das gute Gespräch und die Zeit, die du dir genommen hast. Ehrlich gesagt
hat's im Team lange Diskussionen gegeben, weil wir dich alle sympathisch und fachlich stark
fanden.

Am Ende haben wir uns für jemanden entschieden, der schon in Berlin ist und fließend Deutsch
spricht, weil die Rolle viel mit unseren Lagerteams vor Ort zu tun hat. Tut mir echt leid.

Ich wünsch dir viel Erfolg, und melde dich gern, wenn du mal in Berlin bist!
Jonas
""",
        headers=reply("13121", KLAR_HM),
    ),
    # 25 Veltmann Chemie, Workday (de): interview, cancelled, silence
    M(
        "13123",
        "2025-12-08 10:16",
        "Veltmann Chemie <veltmann@myworkday.com>",
        "Eingangsbestätigung Ihrer Bewerbung",
        ("confirmation", VELT, VTR, 25, "workday", "de"),
        text="""Sehr geehrte Frau Marchand,

vielen Dank für Ihre Bewerbung auf die Position Junior Supply Chain Analyst (m/w/d)
(JR-40517) am Standort Ludwigshafen.

Ihre Unterlagen sind bei uns eingegangen. Den Status können Sie jederzeit in Ihrem
Kandidatenprofil einsehen.

Mit freundlichen Grüßen
Talent Acquisition Veltmann Group
""",
    ),
    M(
        "13124",
        "2026-01-12 13:20",
        VELT_HR,
        "Einladung: Interview Junior Supply Chain Analyst",
        ("interview", VELT, VTR, 25, "direct", "de"),
        text="""Sehr geehrte Frau Marchand,

gerne möchten wir Sie zu einem ersten Gespräch per Microsoft Teams einladen:
Dienstag, 20. Januar 2026, 10:00 - 10:45 Uhr, mit Herrn Dr. Felix Brandt (Leiter Supply
Chain Planning) und mir.

Mit freundlichen Grüßen
Sabine Kröger
HR Business Partner | Veltmann Group
""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000VELT0120KR",
            "start": "2026-01-20 10:00:00 +0100",
            "minutes": 45,
            "organizer": ("Sabine Kröger", "sabine.kroeger@veltmann-group.com"),
            "attendees": [("Felix Brandt", "felix.brandt@veltmann-group.com")],
            "summary": "Interview Frau Marchand - JR-40517",
            "location": "Microsoft Teams-Besprechung",
        },
    ),
    M(
        "13125",
        "2026-01-15 08:50",
        VELT_HR,
        "Abgesagt: Interview Junior Supply Chain Analyst",
        ("interview", VELT, VTR, 25, "direct", "de"),
        text="""Sehr geehrte Frau Marchand,

leider ist Herr Dr. Brandt kurzfristig erkrankt, daher muss ich den Termin am 20. Januar
absagen. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag.

Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Sabine Kröger
""",
        ics={
            "style": "outlook",
            "method": "CANCEL",
            "uid": "040000008200E00074C5B7101A82E00800000000VELT0120KR",
            "start": "2026-01-20 10:00:00 +0100",
            "minutes": 45,
            "organizer": ("Sabine Kröger", "sabine.kroeger@veltmann-group.com"),
            "attendees": [("Felix Brandt", "felix.brandt@veltmann-group.com")],
            "summary": "Abgesagt: Interview Frau Marchand - JR-40517",
            "location": "Microsoft Teams-Besprechung",
        },
    ),
    # 26 Flandria Logistics (Antwerp), Indeed (en): no answer
    M(
        "13126",
        "2025-12-15 22:31",
        "Indeed <indeedapply@indeed.com>",
        "Application submitted: Junior Transport Planner",
        ("confirmation", FLAN, FR_, 26, "indeed", "en"),
        html="""<html><body style="font-family:Arial">
<p><b>Application submitted</b></p>
<p>Junior Transport Planner<br>Flandria Logistics NV - Antwerpen</p>
<p>The following items were sent to the employer: resume, contact information.</p>
<p><a href="https://be.indeed.com/myjobs">Track your applications on My jobs</a></p>
</body></html>""",
    ),
    # ---- job mail that is not application mail ----
    M(
        "13127",
        "2025-09-08 07:02",
        "Welcome to the Jungle <alerts@welcometothejungle.com>",
        "12 nouvelles offres pour ton alerte « supply chain Lyon »",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body>
<p>Salut Léa, voici les nouvelles offres qui correspondent à ton alerte :</p>
<ul>
<li><b>Supply Chain Analyst</b> - Kiboo · Lyon</li>
<li><b>Chargé(e) d'approvisionnement</b> - Ma Petite Épicerie · Villeurbanne</li>
<li><b>Data Analyst Ops</b> - Trameo · Lyon 2e</li>
<li>+ 9 autres offres</li>
</ul>
<p><a href="https://www.welcometothejungle.com/fr/jobs?alert=9f3">Voir toutes les offres</a></p>
<p style="font-size:11px">Modifier ou supprimer mon alerte</p>
</body></html>""",
    ),
    M(
        "13128",
        "2025-09-15 06:45",
        "Apec <alertes@apec.fr>",
        "Vos nouvelles offres Apec",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Léa,

7 nouvelles offres correspondent à votre recherche « analyste supply chain - Rhône (69) » :

- Analyste supply chain H/F - BIOSERENE - Lyon 07 - 35-40 k€
- Gestionnaire approvisionnements H/F - LAGARDE SAS - Vaulx-en-Velin
- Supply planner junior H/F - Cabinet confidentiel - Lyon
...

Voir les offres : https://www.apec.fr/candidat/recherche-emploi.html

Pour ne plus recevoir ces alertes, gérez vos abonnements dans votre espace.
""",
    ),
    M(
        "13129",
        "2025-09-29 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« supply chain analyst » : 24 nouvelles offres à Luxembourg",
        ("alert", None, None, None, "linkedin", "fr"),
        html="""<html><body>
<p>Votre alerte emploi pour <b>supply chain analyst</b> à Luxembourg</p>
<p><b>Supply Chain Analyst</b> - Arcaline · Luxembourg · Il y a 1 jour · Candidature simplifiée</p>
<p><b>Junior Demand Planner</b> - Ferronor S.A. · Contern</p>
<p><b>Analyste logistique</b> - Groupe Saar-Lor · Bettembourg</p>
<p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=5533">Voir toutes les offres</a></p>
</body></html>""",
    ),
    M(
        "13130",
        "2025-10-04 08:15",
        "StepStone Jobagent <jobagent@stepstone.de>",
        'Ihr Jobagent: 9 neue Jobs für "Supply Chain Trainee"',
        ("alert", None, None, None, "other", "de"),
        html="""<html><body>
<p>Hallo Léa,</p>
<p>es gibt neue Jobs für Ihre Suche <b>Supply Chain Trainee</b> in Deutschland:</p>
<ul><li>Trainee Supply Chain (m/w/d) - Holtkamp Foods - Osnabrück</li>
<li>Junior Demand Planner (m/w/d) - Brixner Pharma - Mannheim</li>
<li>Werkstudent Logistik (m/w/d) - Fahrwerk24 - Hamburg</li></ul>
<p><a href="https://www.stepstone.de/jobagent">Alle Jobs ansehen</a></p>
</body></html>""",
    ),
    M(
        "13131",
        "2025-10-18 09:00",
        "Teamtailor <no-reply@teamtailor.com>",
        "Bienvenue dans la communauté talents de Maison Pradel",
        ("alert", "Maison Pradel", None, None, "teamtailor", "fr"),
        text="""Bonjour Léa,

Merci d'avoir rejoint la communauté talents de Maison Pradel ! Vous serez parmi les
premières personnes informées de nos nouvelles offres et de nos événements de recrutement.

Vous pouvez modifier vos préférences à tout moment :
https://careers.maisonpradel.fr/connect/preferences

L'équipe Talent Maison Pradel
""",
    ),
    M(
        "13132",
        "2025-11-02 10:00",
        "Indeed <alert@indeed.com>",
        "Nouveaux emplois : approvisionneur à Lyon (69)",
        ("alert", None, None, None, "indeed", "fr"),
        html="""<html><body>
<p>Approvisionneur H/F - Galvex - Saint-Fons - Candidature facile</p>
<p>Acheteur approvisionneur junior - Trévoux Plast - Trévoux</p>
<p>Gestionnaire de stock - Intermarché Base - Saint-Quentin-Fallavier</p>
<p><a href="https://fr.indeed.com/jobs?q=approvisionneur&l=Lyon">Voir tous les emplois</a></p>
</body></html>""",
    ),
    M(
        "13133",
        "2025-11-14 17:25",
        "Workday <salomir@myworkday.com>",
        "N'oubliez pas de terminer votre candidature",
        ("alert", "Salomir", "Analyste S&OP", None, "workday", "fr"),
        text="""Bonjour Léa,

Vous avez commencé à postuler au poste Analyste S&OP chez Salomir mais votre candidature
n'est pas encore terminée.

Reprenez là où vous vous êtes arrêtée : https://salomir.wd3.myworkdayjobs.com/fr-FR/External

Salomir - Recrutement
""",
    ),
    M(
        "13134",
        "2025-12-06 08:00",
        "HelloWork <alertes@hellowork.com>",
        "Léa, 5 offres sélectionnées pour vous",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><p>Bonjour Léa,</p>
<p>Ces offres pourraient vous intéresser :</p>
<p>Assistant supply chain H/F - Decathlon - Villeneuve-d'Ascq<br>
Planificateur H/F - Somfaure - Cluses<br>
Chargé de flux logistiques H/F - Transalp - Chambéry</p>
</body></html>""",
    ),
    M(
        "13135",
        "2025-12-11 11:00",
        "JobTeaser <no-reply@jobteaser.com>",
        "Ces offres VIE ont été choisies pour toi",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><p>Hello Léa,</p>
<p>Parce que tu as consulté des offres VIE, voici une sélection :</p>
<p>VIE Supply Chain - Montréal · VIE Acheteur - Milan · VIE Analyste - Munich</p></body></html>""",
    ),
    M(
        "13136",
        "2026-01-19 09:30",
        "XING <mail@xing.com>",
        "5 Jobs, die zu Ihnen passen",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><p>Hallo Léa,</p>
<p>Jobempfehlungen für Sie:</p>
<p>Supply Chain Planner (m/w/d) - Lindqvist Haustechnik - Köln<br>
Junior Logistics Controller (m/w/d) - Merzig Versand - Saarlouis</p></body></html>""",
    ),
    M(
        "13137",
        "2025-10-22 14:08",
        "Tobias Renner <t.renner@brueckner-personal.de>",
        "Trainee-Stelle Supply Chain - passt das zu dir?",
        ("outreach", None, "Trainee Supply Chain", None, "agency", "de"),
        headers={"X-Mailer": "XING Messages"},
        text="""Hallo Léa,

ich bin über XING auf dein Profil gestoßen. Für einen Kunden aus der Automobilzulieferung
im Raum Stuttgart suche ich aktuell eine/n Trainee Supply Chain (24 Monate, Rotation auch
in Frankreich). Französisch als Muttersprache wäre dort ein echtes Plus.

Hättest du Lust, kurz zu telefonieren?

Viele Grüße
Tobias Renner
Senior Consultant | Brückner Personal GmbH
""",
    ),
    M(
        "13138",
        "2025-11-20 16:44",
        "Émilie Vasseur <emilie.vasseur@arcaline.lu>",
        "Supply Chain Analyst role at Arcaline",
        ("outreach", "Arcaline", "Supply Chain Analyst", None, "direct", "en"),
        text="""Hello Léa,

I'm a talent acquisition partner at Arcaline in Luxembourg. We're growing our supply chain
analytics team and your background (forecasting, Power BI, French/English/German) looks like
a great fit for a Supply Chain Analyst role.

Would you be open to a short call next week?

Best regards,
Émilie Vasseur
Talent Acquisition Partner - Arcaline S.A.
""",
    ),
    M(
        "13139",
        "2026-01-26 11:12",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Clément Faure vous a envoyé un message",
        ("outreach", "Tessier & Fils", "Supply Planner", None, "linkedin", "fr"),
        html="""<html><body>
<p><b>Clément Faure</b> · Recruteur chez Tessier &amp; Fils</p>
<p>Bonjour Léa, je recrute un(e) Supply Planner pour notre site de Roanne. Votre parcours
m'a beaucoup plu. Seriez-vous ouverte à un échange ?</p>
<p><a href="https://www.linkedin.com/messaging/">Répondre</a></p>
</body></html>""",
    ),
    M(
        "13140",
        "2025-10-01 16:35",
        "Halvard Consulting <noreply@smartrecruiters.com>",
        "Verify your email address",
        ("other_job", HALV, None, None, "smartrecruiters", "en"),
        text="""Hi Léa,

Your verification code for the Halvard Consulting candidate portal is 481 227.
The code expires in 15 minutes.

If you did not request this code, you can ignore this e-mail.
""",
    ),
    M(
        "13141",
        "2025-09-19 08:12",
        "Laboratoires Saint-Aubert <saintaubert@myworkday.com>",
        "Votre adresse e-mail a été modifiée",
        ("other_job", "Laboratoires Saint-Aubert", None, None, "workday", "fr"),
        text="""Bonjour Léa,

L'adresse e-mail de votre compte candidat Laboratoires Saint-Aubert a été modifiée en
lea.marchand@laposte.net. Si vous n'êtes pas à l'origine de cette modification, contactez-nous.

Laboratoires Saint-Aubert - Talent Acquisition
""",
    ),
    M(
        "13142",
        "2025-12-10 10:00",
        "Brenvik Foods Early Careers <earlycareers@brenvik.com>",
        "Tell us about your candidate experience",
        ("other_job", BREN, BNR, None, "direct", "en"),
        text="""Dear Léa,

You recently took part in our Graduate Programme Supply Chain - Benelux recruitment. We'd
appreciate 3 minutes of your time to tell us how it went - whatever the outcome.

Take the survey: https://survey.brenvik.com/cx/grad25

Thank you!
Brenvik Foods Early Careers
""",
    ),
    M(
        "13143",
        "2025-10-15 08:02",
        "Julien Ferrand <julien.ferrand@talenteo-conseil.fr>",
        "Réponse automatique : Entretien Fromageries Delorme",
        ("other_job", "Fromageries Delorme", "Responsable ADV junior", None, "agency", "fr"),
        text="""Bonjour,

Je suis en déplacement jusqu'au 16 octobre inclus, avec un accès limité à mes e-mails.
Pour toute urgence, vous pouvez contacter le cabinet au 04 78 .. .. 12.

Julien Ferrand
Talentéo Conseil
""",
        headers={"Auto-Submitted": "auto-replied"},
    ),
    M(
        "13144",
        "2025-09-12 10:30",
        "Service Carrières - Université Lyon Rhône <carrieres@univ-lyon-rhone.fr>",
        "Forum Entreprises Supply Chain & Achats - 9 octobre",
        ("other_job", None, None, None, "other", "fr"),
        text="""Chères et chers diplômé·es,

Le Forum Entreprises Supply Chain & Achats se tiendra le jeudi 9 octobre de 9h à 17h sur le
campus de la Manufacture. Plus de 40 entreprises seront présentes, dont des recruteurs en
CDI, VIE et programmes graduate.

Ateliers CV et simulations d'entretien le matin : inscription obligatoire sur JobTeaser.

Le Service Carrières
Université Lyon Rhône
""",
    ),
    M(
        "13145",
        "2025-11-21 12:00",
        "Service Carrières - Université Lyon Rhône <carrieres@univ-lyon-rhone.fr>",
        "Les offres de la semaine - jeunes diplômé·es",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour,

Voici une sélection d'offres reçues par le Service Carrières cette semaine :

- Assistant·e achats - CDD 6 mois - Groupe SEB (Écully)
- Analyste supply chain - CDI - Lactalis (Laval)
- VIE Logistique - Singapour - Business France

Toutes les offres sur JobTeaser Career Center.

Le Service Carrières
""",
    ),
    M(
        "13146",
        "2026-01-06 07:30",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Des offres d'emploi pour vous",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Madame MARCHAND,

De nouvelles offres correspondent à votre profil (Logistique / Supply chain - Lyon) :

- Gestionnaire logistique (H/F) - Saint-Priest - CDI
- Technicien approvisionnement (H/F) - Genas - CDI

Consultez ces offres dans votre espace personnel sur francetravail.fr.

France Travail
""",
    ),
]

NOR, NR = "Norelec", "Supply Chain Coordinator"
MERZ, MZR = "Merzig Versand", "Junior Logistics Controller (m/w/d)"
MERZ_HR = "Katharina Weyand <k.weyand@mv-gruppe.de>"

MAIL += [
    # 27 Norelec (Brussels), SmartRecruiters: the employer only in the job link
    M(
        "13150",
        "2026-01-06 11:48",
        "Talent Acquisition <noreply@smartrecruiters.com>",
        "We received your application",
        ("confirmation", NOR, NR, 27, "smartrecruiters", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hello Léa,</p>
<p>Thanks for your application for <b>Supply Chain Coordinator</b> (Brussels, Belgium). It has
been forwarded to the hiring team.</p>
<p>You can review the position here:
<a href="https://jobs.smartrecruiters.com/NorelecSA/744000061823-supply-chain-coordinator">jobs.smartrecruiters.com/NorelecSA/744000061823</a></p>
<p>Best regards,<br>Talent Acquisition</p>
</body></html>""",
    ),
    M(
        "13151",
        "2026-01-21 09:03",
        "Talent Acquisition <noreply@smartrecruiters.com>",
        "Supply Chain Coordinator - Brussels",
        ("rejection", NOR, NR, 27, "smartrecruiters", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hello Léa,</p>
<p>Thank you for your patience. We have now completed our review for the Supply Chain
Coordinator opening in Brussels, and we regret to tell you that we will not be moving your
application forward.</p>
<p>We appreciate your interest in Norelec and wish you success in your search.</p>
</body></html>""",
    ),
    # 28 Merzig Versand (Saarlouis), via XING: viewed, interview, then silence
    M(
        "13152",
        "2025-12-16 20:14",
        "XING <mail@xing.com>",
        "Ihre Bewerbung wurde erfolgreich übermittelt",
        ("confirmation", MERZ, MZR, 28, "other", "de"),
        html="""<html><body><p>Hallo Léa,</p>
<p>Ihre Bewerbung als <b>Junior Logistics Controller (m/w/d)</b> bei Merzig Versand GmbH wurde
erfolgreich übermittelt.</p>
<p>Viel Erfolg!<br>Ihr XING-Team</p></body></html>""",
    ),
    M(
        "13153",
        "2025-12-18 10:30",
        MERZ_HR,
        "Ihre Bewerbung über XING",
        ("interview", MERZ, MZR, 28, "direct", "de"),
        text="""Sehr geehrte Frau Marchand,

vielen Dank für Ihre Bewerbung über XING. Wir würden Sie gern in einem ersten telefonischen
Gespräch näher kennenlernen, gern auch teilweise auf Französisch - unsere Kunden sitzen zu
einem großen Teil in Lothringen.

Passt Ihnen Mittwoch, der 7. Januar, um 11:00 Uhr?

Mit freundlichen Grüßen
Katharina Weyand
Personal | MV Gruppe - Merzig Versand GmbH · Saar-Pack Logistik GmbH
""",
    ),
    # Halvard: a short reply in the thread
    M(
        "13154",
        "2025-10-17 15:32",
        HALV_P,
        "RE: Invitation: Interview Halvard Consulting - Léa Marchand",
        ("interview", HALV, HR1, 18, "direct", "en"),
        text="""Thank you Léa, noted. See you on Thursday!

Marta
""",
        headers=reply("13104", HALV_P),
    ),
    # Aurel: StepStone says the employer has read it (the employer named once)
    M(
        "13155",
        "2025-10-21 08:05",
        "StepStone <noreply@stepstone.de>",
        "Gute Nachrichten zu Ihrer Bewerbung",
        ("viewed", AUREL, AUR, 23, "other", "de"),
        html="""<html><body><p>Hallo Léa Marchand,</p>
<p>Ihre Bewerbung wurde vom Arbeitgeber angesehen: Aurel Metallbau GmbH &amp; Co. KG.</p>
<p>Tipp: Vervollständigen Sie Ihr Profil, um von weiteren Arbeitgebern gefunden zu werden.</p>
</body></html>""",
    ),
    M(
        "13156",
        "2026-01-13 13:21",
        VELT_HR,
        "Abwesenheitsnotiz: Einladung: Interview Junior Supply Chain Analyst",
        ("other_job", VELT, VTR, None, "direct", "de"),
        text="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.01.2026 nicht im Büro.
In dringenden Fällen wenden Sie sich bitte an recruiting@veltmann-group.com.

Mit freundlichen Grüßen
Sabine Kröger
""",
        headers={"Auto-Submitted": "auto-replied"},
    ),
    M(
        "13157",
        "2025-12-02 14:30",
        "Kornfeld Logistik GmbH <noreply@softgarden.io>",
        "Willkommen im Talentpool der Kornfeld Logistik GmbH",
        ("alert", KORN, None, None, "other", "de"),
        text="""Sehr geehrte Frau Marchand,

vielen Dank für Ihre Zustimmung zur Aufnahme in unseren Talentpool. Wir informieren Sie,
sobald eine passende Stelle frei wird. Ihre Einwilligung können Sie jederzeit widerrufen.

Ihr Recruiting-Team der Kornfeld Logistik GmbH
""",
    ),
    M(
        "13158",
        "2025-11-27 09:40",
        "Pieter Claes <pieter@northgate-search.be>",
        "Graduate opportunity - supply chain, Antwerp/Ghent",
        ("outreach", None, "Supply Chain Graduate", None, "agency", "en"),
        text="""Hi Léa,

I lead the supply chain practice at Northgate Search in Antwerp. One of my clients, a
well-known FMCG manufacturer in Flanders, is opening two graduate positions in supply chain
planning for spring 2026. French and English are required, Dutch is a plus but not a must.

Would you be available for a 15-minute call this week to see whether it could be a fit?

Kind regards,
Pieter Claes
Northgate Search - Executive & Graduate Recruitment
""",
    ),
    M(
        "13159",
        "2026-02-05 12:00",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Halvard Consulting recrute : 6 nouvelles offres",
        ("alert", HALV, None, None, "linkedin", "fr"),
        html="""<html><body><p>Halvard Consulting, une entreprise que vous suivez, recrute :</p>
<p>Graduate Consultant - Supply Chain (Sept. 2026) · Luxembourg<br>
Senior Consultant - Procurement · Luxembourg<br>+ 4 autres offres</p></body></html>""",
    ),
]

MAIL += [
    M(
        "13160",
        "2026-01-16 11:20",
        VELT_HR,
        "AW: Abgesagt: Interview Junior Supply Chain Analyst",
        ("confirmation", VELT, VTR, 25, "direct", "de"),
        st="withdrawn",
        text="""Sehr geehrte Frau Marchand,

vielen Dank für Ihre offene Rückmeldung. Wie gewünscht ziehen wir Ihre Bewerbung zurück;
einen neuen Termin vereinbaren wir dann natürlich nicht mehr.

Alles Gute für den Start in Lyon!

Mit freundlichen Grüßen
Sabine Kröger
""",
        headers=reply("13125", VELT_HR),
    ),
    M(
        "13161",
        "2025-11-24 09:05",
        "Birgit Lohmann <b.lohmann@kornfeld-logistik.de>",
        "AW: Reisekosten",
        ("assessment", KORN, KR, 22, "direct", "de"),
        text="""Liebe Frau Marchand,

danke, das unterschriebene Formular und die Bahntickets sind angekommen. Die Erstattung
geht diese Woche raus.

Viele Grüße
Birgit Lohmann

> Sehr geehrte Frau Lohmann,
> anbei das unterschriebene Reisekostenformular und die Belege.
> Mit freundlichen Grüßen, Léa Marchand
""",
        headers=reply("13116", "b.lohmann@kornfeld-logistik.de"),
    ),
]

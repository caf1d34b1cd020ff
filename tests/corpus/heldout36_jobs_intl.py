# ruff: noqa: E501
"""Corpus 36, English and German job mail: Geneva, Brussels, remote; plus recruiter outreach."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m


def m(key: str, date: str, *a: Any, **kw: Any) -> dict[str, Any]:
    kw.setdefault("tz", "+0200" if date < "2025-10-26" else "+0100")
    return _m(key, date, *a, **kw)


ALP = "Alpenfeld Systems SA <jobs@alpenfeld.ch>"
BRABO = "Brabo Cloud <noreply@recruitee.com>"

MAIL: list[dict[str, Any]] = [
    # 20 Alpenfeld Systems SA (Geneva office of a Swiss company), German, Personio
    m(
        "al1",
        "2025-10-15 09:33",
        "Alpenfeld Systems SA <noreply@personio.de>",
        "Ihre Bewerbung bei der Alpenfeld Systems SA",
        (
            "confirmation",
            "Alpenfeld Systems",
            "Backend Engineer (Java/Kotlin) 80-100 %",
            20,
            "personio",
            "de",
        ),
        text="""Guten Tag Herr Mbappé-Laurent

Vielen Dank für Ihre Bewerbung als Backend Engineer (Java/Kotlin) 80-100 % an unserem Standort Genf. Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen.

Wir melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüsse
Ihr HR-Team der Alpenfeld Systems SA
Rue du Rhône 40, 1204 Genève""",
    ),
    m(
        "al2",
        "2025-10-27 14:20",
        "Dominik Stäheli <dominik.staeheli@alpenfeld.ch>",
        "Einladung zum Videointerview",
        (
            "interview",
            "Alpenfeld Systems",
            "Backend Engineer (Java/Kotlin) 80-100 %",
            20,
            "direct",
            "de",
        ),
        text="""Guten Tag Herr Mbappé-Laurent

Gerne möchten wir Sie persönlich kennenlernen. Wir laden Sie zu einem ersten Videointerview (MS Teams, ca. 60 Minuten) mit unserem Engineering Manager und mir ein, am Dienstag, 4. November 2025, um 10:00 Uhr.

Das Gespräch können wir gerne auch teilweise auf Französisch oder Englisch führen.

Freundliche Grüsse
Dominik Stäheli
HR Business Partner
Alpenfeld Systems SA""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000A1F0C2",
            "start": "2025-11-04 10:00:00 +0100",
            "minutes": 60,
            "organizer": ("Dominik Stäheli", "dominik.staeheli@alpenfeld.ch"),
            "summary": "Interview Backend Engineer - A. Mbappé-Laurent",
            "location": "Microsoft Teams-Besprechung",
        },
    ),
    m(
        "al3",
        "2025-11-14 16:08",
        "Dominik Stäheli <dominik.staeheli@alpenfeld.ch>",
        "Ihre Bewerbung als Backend Engineer",
        (
            "rejection",
            "Alpenfeld Systems",
            "Backend Engineer (Java/Kotlin) 80-100 %",
            20,
            "direct",
            "de",
        ),
        text="""Guten Tag Herr Mbappé-Laurent

Nochmals herzlichen Dank für das angenehme Gespräch und Ihr Interesse an der Alpenfeld Systems SA.

Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, die bereits über Erfahrung im Schweizer Bankenumfeld verfügt. Dieser Entscheid ist uns nicht leicht gefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse
Dominik Stäheli""",
    ),
    # 21 Brabo Cloud SRL (Brussels), Recruitee, ghosted after a first call
    m(
        "br1",
        "2025-10-22 11:52",
        BRABO,
        "Application received - Senior Backend Engineer at Brabo Cloud",
        ("confirmation", "Brabo Cloud", "Senior Backend Engineer", 21, "recruitee", "en"),
        text="""Hi Antoine,

Thanks for applying for the Senior Backend Engineer position at Brabo Cloud! We've received your application and our team will review it shortly.

Cheers,
The Brabo Cloud team
Brabo Cloud SRL - Rue de la Loi 155, 1040 Brussels""",
    ),
    m(
        "br2",
        "2025-10-30 10:05",
        "Lotte Verhaegen <lotte@brabocloud.be>",
        "Intro call - Brabo Cloud",
        ("interview", "Brabo Cloud", "Senior Backend Engineer", 21, "direct", "en"),
        text="""Hi Antoine,

Thanks for your application! I'd love to set up a 30-min intro call to tell you more about the role and hear about your background. Are you free Wednesday 5 November at 14:00 CET?

Note the role is hybrid (2 days/week in Brussels), so we'd also like to talk about relocation.

Best,
Lotte
Talent Lead, Brabo Cloud""",
        ics={
            "uid": "brabo-intro-1105@brabocloud.be",
            "start": "2025-11-05 14:00:00 +0100",
            "minutes": 30,
            "organizer": ("Lotte Verhaegen", "lotte@brabocloud.be"),
            "summary": "Brabo Cloud <> Antoine - intro",
            "location": "https://meet.google.com/brb-xkwe-tqa",
        },
    ),
    # 22 Lemanic Trust (Geneva), Lever, neutral subject rejection
    m(
        "lt1",
        "2025-09-17 13:14",
        "Lemanic Trust <no-reply@hire.lever.co>",
        "Thank you for your application to Lemanic Trust",
        ("confirmation", "Lemanic Trust", "Python Developer - Risk Platform", 22, "lever", "en"),
        text="""Dear Antoine,

Thank you for your interest in Lemanic Trust and for applying to the Python Developer - Risk Platform role in Geneva.

Our team is reviewing applications and will be in touch if your experience matches what we're looking for.

Kind regards,
Talent Acquisition | Lemanic Trust SA""",
    ),
    m(
        "lt2",
        "2025-10-08 08:02",
        "Lemanic Trust <no-reply@hire.lever.co>",
        "Update on your application",
        ("rejection", "Lemanic Trust", "Python Developer - Risk Platform", 22, "lever", "en"),
        text="""Dear Antoine,

Thank you for taking the time to apply for the Python Developer - Risk Platform position. We were impressed by your background, and it was a difficult decision.

Unfortunately, we have decided to move forward with candidates whose experience more closely aligns with our current needs, in particular with Swiss work authorisation already in place.

We wish you all the best in your search.

Talent Acquisition | Lemanic Trust SA""",
    ),
    # 23 Northbeam (remote, Paris), Greenhouse + HackerRank
    m(
        "nb1",
        "2025-10-01 17:26",
        "Northbeam <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Northbeam!",
        (
            "confirmation",
            "Northbeam",
            "Backend Engineer, Payments (EMEA Remote)",
            23,
            "greenhouse",
            "en",
        ),
        text="""Hi Antoine,

Thanks for applying to the Backend Engineer, Payments (EMEA Remote) role at Northbeam. Our recruiting team is reviewing your application and will reach out if there's a match.

In the meantime, check out our engineering blog: https://northbeam.example-eng.com

Best,
Northbeam Recruiting""",
    ),
    m(
        "nb2",
        "2025-10-06 09:00",
        "HackerRank <support@hackerrank.com>",
        "Northbeam invites you to a coding assessment",
        (
            "assessment",
            "Northbeam",
            "Backend Engineer, Payments (EMEA Remote)",
            23,
            "hackerrank",
            "en",
        ),
        text="""Hi Antoine,

Northbeam has invited you to take the "Backend Engineer - Payments" test on HackerRank.

Duration: 90 minutes
Expires: Oct 13, 2025 23:59 CEST

Take the test: https://www.hackerrank.com/test/8aq1xk2f7pl/login

Good luck!
Team HackerRank""",
    ),
    m(
        "nb3",
        "2025-10-17 22:15",
        "Northbeam <no-reply@us.greenhouse-mail.io>",
        "Your application with Northbeam",
        (
            "rejection",
            "Northbeam",
            "Backend Engineer, Payments (EMEA Remote)",
            23,
            "greenhouse",
            "en",
        ),
        text="""Hi Antoine,

Thanks again for your interest in Northbeam and for completing our coding assessment.

After careful review, we won't be moving forward with your application for this role. We know this isn't the news you were hoping for.

We'll keep your information on file for future openings.

All the best,
Northbeam Recruiting""",
    ),
    # 24 Tervuren Analytics (Brussels), LinkedIn, withdrawn by me
    m(
        "tv1",
        "2025-11-10 12:48",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Antoine, your application was sent to Tervuren Analytics",
        ("confirmation", "Tervuren Analytics", "Backend Developer (Scala)", 24, "linkedin", "en"),
        html="""<html><body><p>Your application was sent to Tervuren Analytics</p>
<p><b>Backend Developer (Scala)</b><br>Tervuren Analytics · Brussels Region, Belgium (Hybrid)</p>
<p>Applied on November 10, 2025</p><p><a href="https://www.linkedin.com/jobs/view/4322190876">View job</a></p>
<p style="font-size:11px;color:#666">This email was intended for Antoine Mbappé-Laurent. LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p></body></html>""",
    ),
    m(
        "tv2",
        "2025-11-25 15:37",
        "Elke Janssens <elke.janssens@tervuren-analytics.be>",
        "RE: Backend Developer (Scala) - withdrawing",
        ("confirmation", "Tervuren Analytics", "Backend Developer (Scala)", 24, "direct", "en"),
        st="withdrawn",
        text="""Hi Antoine,

Thanks for letting me know, and no problem at all. I've withdrawn your application from our process. Moving to Brussels is a big step and I completely understand.

Good luck with your search!

Elke Janssens
HR Manager | Tervuren Analytics BV

From: Antoine Mbappé-Laurent <antoine.mbl@laposte.net>
Sent: Monday, 24 November 2025 19:10
Subject: Backend Developer (Scala) - withdrawing

Hi Elke, I'd like to withdraw my application: after thinking it through, relocating to Brussels isn't possible for my family right now. Thanks for your time. Antoine""",
    ),
    # 25 Quai Software SA (Geneva), SmartRecruiters, French
    m(
        "qs1",
        "2025-12-02 10:26",
        "Quai Software <noreply@smartrecruiters.com>",
        "Merci pour votre candidature - Quai Software",
        (
            "confirmation",
            "Quai Software",
            "Développeur Backend .NET/C#",
            25,
            "smartrecruiters",
            "fr",
        ),
        text="""Bonjour Antoine,

Nous avons bien reçu votre candidature pour le poste Développeur Backend .NET/C# à Genève. Merci de l'intérêt que vous portez à Quai Software SA.

Nous revenons vers vous dans les meilleurs délais.

L'équipe RH Quai Software""",
    ),
    m(
        "qs2",
        "2025-12-11 08:44",
        "Anne-Sophie Rochat <as.rochat@quaisoftware.ch>",
        "Entretien Quai Software - Développeur Backend",
        ("interview", "Quai Software", "Développeur Backend .NET/C#", 25, "direct", "fr"),
        text="""Bonjour Monsieur Mbappé-Laurent,

Nous vous proposons un entretien par visioconférence avec notre CTO le lundi 15 décembre à 17h00. Merci de nous confirmer votre disponibilité.

Meilleures salutations,
Anne-Sophie Rochat
Responsable RH - Quai Software SA, Genève""",
    ),
    m(
        "qs3",
        "2025-12-22 11:30",
        "Anne-Sophie Rochat <as.rochat@quaisoftware.ch>",
        "Votre candidature chez Quai Software",
        ("rejection", "Quai Software", "Développeur Backend .NET/C#", 25, "direct", "fr"),
        text="""Bonjour Monsieur Mbappé-Laurent,

Notre CTO a beaucoup apprécié votre entretien, en particulier vos réflexions sur les migrations de base de données. Votre solide expérience Python est un vrai atout.

Nous avons toutefois décidé de retenir une candidature disposant d'une expérience .NET plus approfondie, ce qui est essentiel pour ce poste.

Nous vous souhaitons plein succès et de belles fêtes.

Meilleures salutations,
Anne-Sophie Rochat""",
    ),
    # 26 Helix Mobility (Paris, remote-friendly), Workable, English: ghosted after the confirmation
    m(
        "hx1",
        "2026-01-06 09:15",
        "Helix Mobility <noreply@candidates.workablemail.com>",
        "Thanks for applying to Helix Mobility",
        (
            "confirmation",
            "Helix Mobility",
            "Backend Engineer (Go) - Paris/Remote",
            26,
            "workable",
            "en",
        ),
        text="""Hi Antoine,

Thank you for your interest in the Backend Engineer (Go) - Paris/Remote position at Helix Mobility. Unfortunately, due to the high volume of applications, we can't reply to everyone individually, but we will be in touch within two weeks if we'd like to move forward.

Best regards,
Helix Mobility Talent Team""",
    ),
    # 27 Kleos (Kleos Software SAS), Lever, French: viewed then rejection after the offer was signed
    m(
        "kl1",
        "2026-01-07 13:40",
        "Kleos <no-reply@hire.lever.co>",
        "Kleos | Nous avons bien reçu votre candidature",
        ("confirmation", "Kleos", "Senior Software Engineer Backend", 27, "lever", "fr"),
        text="""Bonjour Antoine,

Merci de votre intérêt pour Kleos ! Votre candidature au poste Senior Software Engineer Backend a bien été reçue. Notre équipe revient vers chaque candidat, quelle que soit l'issue.

À bientôt,
L'équipe Talent de Kleos""",
    ),
    m(
        "kl2",
        "2026-01-29 18:05",
        "Kleos <no-reply@hire.lever.co>",
        "Kleos - point sur votre candidature",
        ("rejection", "Kleos", "Senior Software Engineer Backend", 27, "lever", "fr"),
        text="""Bonjour Antoine,

Merci encore pour votre candidature. Nous avons été impressionnés par votre parcours et vos contributions open source.

Le poste ayant évolué vers un profil plus orienté data engineering, nous avons pris la décision de ne pas poursuivre le processus avec vous. Nous espérons avoir l'occasion de vous recontacter pour une autre opportunité.

Bien cordialement,
L'équipe Talent de Kleos""",
    ),
    # 28 Datagora via Indeed, ghosted
    m(
        "dg1",
        "2025-10-01 21:02",
        "Indeed <indeedapply@indeed.com>",
        "Votre candidature a été envoyée à Datagora",
        ("confirmation", "Datagora", "Développeur Django", 28, "indeed", "fr"),
        html="""<html><body><p><b>Candidature envoyée</b></p><p>Développeur Django<br>Datagora - Lyon 6e (69)</p>
<p>Nous vous informerons si l'employeur consulte votre candidature.</p><p style="font-size:11px">© 2025 Indeed</p></body></html>""",
    ),
    m(
        "dg2",
        "2025-10-08 09:30",
        "Indeed <indeedapply@indeed.com>",
        "Datagora a consulté votre candidature",
        ("viewed", "Datagora", "Développeur Django", 28, "indeed", "fr"),
        html="""<html><body><p>Bonne nouvelle ! L'employeur a consulté votre candidature pour <b>Développeur Django</b> chez Datagora.</p></body></html>""",
    ),
    # 29 Ghent Robotics (Belgian BV), Teamtailor, English: assessment then ghosted
    m(
        "gr1",
        "2025-11-09 20:15",
        "Ghent Robotics <no-reply@teamtailor.com>",
        "We got your application!",
        (
            "confirmation",
            "Ghent Robotics",
            "Software Engineer - Fleet Backend",
            29,
            "teamtailor",
            "en",
        ),
        text="""Hi Antoine,

Thanks a lot for applying for Software Engineer - Fleet Backend. We'll go through your application and get back to you as soon as we can.

Ghent Robotics BV""",
    ),
    m(
        "gr2",
        "2025-11-19 11:00",
        "Pieter De Smet <pieter.desmet@ghentrobotics.be>",
        "Small coding exercise",
        ("assessment", "Ghent Robotics", "Software Engineer - Fleet Backend", 29, "direct", "en"),
        text="""Hi Antoine,

Thanks for the chat last week. As a next step we'd like you to do a small exercise: a service that ingests robot telemetry over MQTT and exposes the last known position per robot. Any language; please spend no more than 3 hours.

Send us a link to a repo by next Friday.

Cheers,
Pieter
Engineering Manager, Ghent Robotics""",
    ),
    m(
        "ooo-cv",
        "2025-10-08 18:30",
        "Camille Vernay <camille.vernay@brindille.io>",
        "Réponse automatique : Re: Votre candidature chez Brindille",
        ("other_job", "Brindille", "Développeur Backend Python", None, "direct", "fr"),
        text="""Bonjour,

Je suis en congés jusqu'au 20 octobre inclus, avec un accès limité à mes e-mails. Pour toute urgence, vous pouvez contacter jobs@brindille.io.

Camille""",
    ),
    m(
        "fwd1",
        "2025-10-12 10:14",
        "Awa Diallo <awa.diallo.lyon@gmail.com>",
        "Fwd: Offre d'emploi développeur - Métropole",
        (
            "other_job",
            "Métropole du Val-de-Drac",
            "Développeur d'applications (catégorie A)",
            None,
            "other",
            "fr",
        ),
        text="""Regarde ça, c'est à Grenoble, ta mère serait ravie 😉

---------- Forwarded message ---------
De : Emploi Territorial <alertes@emploi-territorial.fr>
Date : sam. 11 oct. 2025
Objet : Offre d'emploi : Développeur·se d'applications - Métropole du Val-de-Drac

Fiche de poste n° DN-2025-112. Cadre d'emplois : ingénieurs territoriaux. Poste ouvert aux contractuels (article L332-8). Missions : développement et maintenance des applications métiers (Python, PostgreSQL). Date limite : 31/10/2025.""",
    ),
    # outreach and other job mail in English/German
    m(
        "or1",
        "2025-09-25 18:02",
        "Greta Lindqvist via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Backend role at a Geneva fintech - open to a chat?",
        ("outreach", "Solvane", "Senior Python Engineer", None, "linkedin", "en"),
        text="""Hi Antoine,

I'm a recruiter at Solvane, a Geneva-based fintech building treasury software for SMEs. Your Python/PostgreSQL background caught my eye and I think you'd be a great fit for our Senior Python Engineer opening (hybrid, CHF 120-135k).

Would you be open to a quick 15-minute chat next week?

Best,
Greta

Reply to this InMail: https://www.linkedin.com/messaging/""",
    ),
    m(
        "or2",
        "2025-11-18 07:45",
        "Jonas Keller <jonas.keller@brightsourcing.ch>",
        "Opportunity: Backend Developer Kotlin, Lausanne/Geneva",
        ("outreach", None, "Backend Developer Kotlin", None, "agency", "en"),
        text="""Hello Antoine,

I'm working on an exclusive search for one of our clients, a well-known Swiss medtech company, who is building a new backend team in Lausanne/Geneva. Kotlin, Spring Boot, AWS. Permanent, hybrid.

Let me know if you're open to hearing more, I'd be happy to share details in a call.

Kind regards,
Jonas Keller
Senior Consultant IT | BrightSourcing AG, Zürich""",
    ),
    m(
        "or3",
        "2026-01-22 10:12",
        "Alpenfeld Systems SA <jobs@alpenfeld.ch>",
        "Neue Stelle: Senior Backend Engineer - wäre das etwas für Sie?",
        ("outreach", "Alpenfeld Systems", "Senior Backend Engineer", None, "direct", "de"),
        text="""Guten Tag Herr Mbappé-Laurent

Sie hatten sich im Herbst bei uns beworben. Inzwischen haben wir eine neue Stelle als Senior Backend Engineer in Genf ausgeschrieben, die gut zu Ihrem Profil passen könnte.

Hätten Sie Interesse an einem unverbindlichen Austausch?

Freundliche Grüsse
Dominik Stäheli""",
    ),
    m(
        "tc1",
        "2025-09-24 17:46",
        "Qantik <no-reply@teamtailor.com>",
        "Bienvenue dans la Talent Community Qantik",
        ("other_job", "Qantik", None, None, "teamtailor", "fr"),
        text="""Bonjour Antoine,

Vous faites désormais partie de notre Talent Community ! Vous serez informé en priorité de nos nouvelles offres qui correspondent à vos centres d'intérêt.

Vous pouvez modifier vos préférences ou vous désinscrire à tout moment : https://qantik.teamtailor.com/connect

L'équipe Qantik""",
    ),
    m(
        "tc2",
        "2025-10-18 09:00",
        "Northbeam Careers <no-reply@us.greenhouse-mail.io>",
        "How was your candidate experience at Northbeam?",
        ("other_job", "Northbeam", None, None, "greenhouse", "en"),
        text="""Hi Antoine,

You recently interviewed or applied with Northbeam. We'd love to hear about your experience - the survey takes 2 minutes and is anonymous.

Take the survey: https://survey.greenhouse.io/s/8b1kq

Thank you!
Northbeam Recruiting""",
    ),
    m(
        "tc3",
        "2026-01-06 09:16",
        "Helix Mobility <noreply@candidates.workablemail.com>",
        "Complete your profile - Helix Mobility",
        (
            "other_job",
            "Helix Mobility",
            "Backend Engineer (Go) - Paris/Remote",
            None,
            "workable",
            "en",
        ),
        text="""Hi Antoine,

One more step: please answer 2 screening questions so we can review your application for Backend Engineer (Go) - Paris/Remote.

Continue: https://apply.workable.com/helix-mobility/j/71E03B8D2C/

Helix Mobility""",
    ),
    m(
        "or4",
        "2025-10-29 11:40",
        "Karim Benali <karim.benali@nexalis-ingenierie.fr>",
        "Mission longue durée - Développeur Python - Grenoble",
        ("outreach", None, "Développeur Python", None, "agency", "fr"),
        text="""Bonjour Antoine,

Nexalis Ingénierie, ESN de 400 consultants en Rhône-Alpes, recrute un développeur Python pour intervenir chez l'un de nos clients grands comptes de l'énergie à Grenoble (mission de 18 mois minimum). CDI chez Nexalis, 48-52 K€.

Votre profil correspond parfaitement. Êtes-vous disponible pour un appel ?

Karim Benali
Business Manager - Nexalis Ingénierie""",
    ),
]

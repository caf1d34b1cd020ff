# ruff: noqa: E501
"""Job mail of the twenty-third corpus in English, Geneva and multinationals, plus alerts,
outreach and other job mail (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CEST, CET = "+0200", "+0100"

MOR = "Morand & Fils"
MORR = "Financial Controller"
NEX = "Nexalys"
NEXR = "FP&A Analyst"
KEL = "Kelvo"
KELR = "FP&A Manager"
VAR = "Varenne Pharma"
VARR = "Site Controller"
BCL = "Banque Coopérative du Lyonnais"
BCLR = "Contrôleur de gestion réseau"

MAIL: list[dict[str, Any]] = [
    # 15 Morand & Fils SA (Geneva), SmartRecruiters: confirmation, assessment, interview, withdrawn
    m(
        "23101",
        "2025-09-29 22:05",
        "Morand & Fils SA <noreply@smartrecruiters.com>",
        "Thank you for your application - Financial Controller (Geneva)",
        ("confirmation", MOR, MORR, 15, "smartrecruiters", "en"),
        html="""<html><body style="font-family:Helvetica">
<p>Dear Élodie,</p>
<p>Thank you for applying for the <b>Financial Controller</b> position in Geneva. We have received your application and will review it carefully.</p>
<p>Please note that for this role a valid Swiss work permit or EU/EFTA citizenship is required.</p>
<p>Kind regards,<br>Talent Acquisition<br>Morand &amp; Fils SA, Manufacture horlogère, Plan-les-Ouates</p>
</body></html>""",
        tz=CEST,
    ),
    m(
        "23102",
        "2025-10-08 09:12",
        "Morand & Fils SA <noreply@smartrecruiters.com>",
        "Next step: online case study",
        ("assessment", MOR, MORR, 15, "smartrecruiters", "en"),
        text="""Dear Élodie,

We are pleased to invite you to the next step of our selection process for the Financial Controller role: a 90-minute Excel case study (inventory valuation and month-end variance analysis).

Start the case here when you are ready: https://www.smartrecruiters.com/assessment/morandfils/7731c2
Deadline: 15 October 2025.

Kind regards,
Anouk Dubois, Talent Acquisition Partner
""",
        tz=CEST,
    ),
    m(
        "23103",
        "2025-10-21 17:30",
        "Anouk Dubois <anouk.dubois@morand-geneve.ch>",
        "Interview invitation - Geneva",
        ("interview", MOR, MORR, 15, "direct", "en"),
        text="""Dear Élodie,

Thank you for completing the case study, the team was impressed with your analysis.

Would you be available to meet our CFO, Mr. Lukas Brenner, and the Head of Group Controlling at our manufacture in Plan-les-Ouates on Thursday 6 November at 10:00? Travel expenses from Lyon will of course be reimbursed.

Best regards,
Anouk Dubois
Talent Acquisition Partner
Morand & Fils SA
""",
        tz=CEST,
    ),
    m(
        "23104",
        "2025-11-14 11:20",
        "Anouk Dubois <anouk.dubois@morand-geneve.ch>",
        "RE: Interview invitation - Geneva",
        ("confirmation", MOR, MORR, 15, "direct", "en"),
        text="""Dear Élodie,

Thank you for letting us know, and congratulations on your new position. We have withdrawn your application from our process as requested. Lukas asked me to pass on his best wishes.

Kind regards,
Anouk

-----Original Message-----
From: Élodie Marchand
Sent: Friday, November 14, 2025 09:02
Subject: RE: Interview invitation - Geneva

Dear Anouk, I have decided to accept another offer closer to home and would like to withdraw my application. Thank you for the warm welcome in Geneva.
""",
        tz=CET,
        st="withdrawn",
        **reply("23103", "anouk.dubois@morand-geneve.ch"),
    ),
    # 16 Nexalys (Paris), LinkedIn Easy Apply: confirmation, viewed, rejection
    m(
        "23105",
        "2025-09-17 12:45",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Élodie, your application was sent to Nexalys",
        ("confirmation", NEX, NEXR, 16, "linkedin", "en"),
        html="""<html><body>
<p>Your application was sent to Nexalys</p>
<p><b>FP&amp;A Analyst</b><br>Nexalys · Paris, Île-de-France (Hybrid)</p>
<p>Applied on September 17, 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4012345678/">View job</a></p>
<p style="font-size:11px">This email was intended for Élodie Marchand (Contrôleuse de gestion). LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085.</p>
</body></html>""",
        tz=CEST,
    ),
    m(
        "23106",
        "2025-09-19 08:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Nexalys",
        ("viewed", NEX, NEXR, 16, "linkedin", "en"),
        html="""<html><body>
<p>Élodie, your application was viewed</p>
<p>FP&amp;A Analyst · Nexalys · Paris</p>
<p>Nexalys viewed your application. Companies often review several candidates before reaching out.</p>
</body></html>""",
        tz=CEST,
    ),
    m(
        "23107",
        "2025-10-02 16:40",
        "Nexalys Careers <careers@nexalys.io>",
        "Your application to Nexalys",
        ("rejection", NEX, NEXR, 16, "direct", "en"),
        text="""Hi Élodie,

Thanks a lot for your interest in Nexalys and for applying to our FP&A Analyst opening.

We received a very large number of applications and we have decided not to move forward with yours at this stage. This is not a reflection of your skills: we were looking for someone with a SaaS metrics background (ARR, cohorts).

We wish you all the best in your search.

The Nexalys People team
""",
        tz=CEST,
    ),
    # 17 Kelvo (Paris), Teamtailor: confirmation, invitation, reschedule, cancellation, rejection
    m(
        "23108",
        "2025-10-13 10:03",
        "Kelvo <no-reply@teamtailor.com>",
        "Merci pour votre candidature chez Kelvo !",
        ("confirmation", KEL, KELR, 17, "teamtailor", "fr"),
        text="""Hello Élodie,

Merci d'avoir postulé au poste de FP&A Manager ! On a bien reçu ta candidature et on revient vers toi très vite.

En attendant, jette un œil à notre page carrières : https://careers.kelvo.fr

La team Kelvo
""",
        tz=CEST,
    ),
    m(
        "23109",
        "2025-10-20 15:00",
        "Margaux Lefebvre <margaux@kelvo.fr>",
        "Invitation: Kelvo x Élodie - FP&A Manager @ Thu 23 Oct 2025 11:00 - 11:45 (CEST)",
        ("interview", KEL, KELR, 17, "direct", "fr"),
        text="""Margaux Lefebvre vous a invitée à un événement.

Kelvo x Élodie - FP&A Manager
jeudi 23 oct. 2025 11:00 - 11:45 (CEST)
Google Meet : https://meet.google.com/kvx-pqre-tma

Invités : Margaux Lefebvre, Élodie Marchand
""",
        tz=CEST,
        ics={
            "start": "2025-10-23 11:00:00 +0200",
            "minutes": 45,
            "organizer": ("Margaux Lefebvre", "margaux@kelvo.fr"),
            "uid": "kelvo23109@google.com",
            "summary": "Kelvo x Élodie - FP&A Manager",
            "location": "https://meet.google.com/kvx-pqre-tma",
        },
    ),
    m(
        "23110",
        "2025-10-22 18:10",
        "Margaux Lefebvre <margaux@kelvo.fr>",
        "Updated invitation: Kelvo x Élodie - FP&A Manager @ Fri 24 Oct 2025 14:00 - 14:45 (CEST)",
        ("interview", KEL, KELR, 17, "direct", "fr"),
        text="""Cet événement a été modifié.

Kelvo x Élodie - FP&A Manager
Nouvel horaire : vendredi 24 oct. 2025 14:00 - 14:45 (CEST)

Petit imprévu de mon côté, désolée ! - Margaux
""",
        tz=CEST,
        ics={
            "start": "2025-10-24 14:00:00 +0200",
            "minutes": 45,
            "sequence": 1,
            "organizer": ("Margaux Lefebvre", "margaux@kelvo.fr"),
            "uid": "kelvo23109@google.com",
            "summary": "Kelvo x Élodie - FP&A Manager",
            "location": "https://meet.google.com/kvx-pqre-tma",
        },
    ),
    m(
        "23111",
        "2025-11-05 09:30",
        "Margaux Lefebvre <margaux@kelvo.fr>",
        "Canceled event: Kelvo - rencontre CFO @ Mon 10 Nov 2025 10:00 - 11:00 (CET)",
        ("interview", KEL, KELR, 17, "direct", "fr"),
        text="""Cet événement a été annulé et supprimé de votre agenda.

Kelvo - rencontre CFO
lundi 10 nov. 2025 10:00 - 11:00 (CET)
""",
        tz=CET,
        ics={
            "method": "CANCEL",
            "start": "2025-11-10 10:00:00 +0100",
            "organizer": ("Margaux Lefebvre", "margaux@kelvo.fr"),
            "uid": "kelvo23111@google.com",
            "summary": "Kelvo - rencontre CFO",
        },
    ),
    m(
        "23112",
        "2025-11-05 09:34",
        "Margaux Lefebvre <margaux@kelvo.fr>",
        "Un petit mot",
        ("rejection", KEL, KELR, 17, "direct", "fr"),
        text="""Hello Élodie,

Je viens d'annuler notre créneau de lundi et je te dois une explication : notre CFO a finalement choisi d'avancer avec une autre personne, rencontrée en parallèle, qui a une expérience en scale-up très proche de notre contexte. Ton échange avec Jérôme était pourtant super, il a adoré ton approche du reporting.

Merci pour ton temps et à bientôt peut-être,
Margaux
Talent Acquisition, Kelvo
""",
        tz=CET,
    ),
    # 18 Varenne Pharma (Lyon site of a multinational), Workday in English: confirmation, TestGorilla, ghosted after
    m(
        "23113",
        "2025-10-27 13:22",
        "Varenne Pharma <varennepharma@myworkday.com>",
        "Application received - Site Controller (Lyon, Gerland)",
        ("confirmation", VAR, VARR, 18, "workday", "en"),
        html="""<html><body>
<p>Dear Élodie,</p>
<p>Thank you for your application for Site Controller (REQ-58214), Lyon - Gerland. We will review your profile and contact you if your qualifications match the role.</p>
<p>Varenne Pharma Global Talent Acquisition</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "23114",
        "2025-11-03 09:05",
        "Varenne Pharma via TestGorilla <no-reply@testgorilla.com>",
        "You have been invited to an assessment",
        ("assessment", VAR, VARR, 18, "other", "en"),
        text="""Hi Élodie,

Varenne Pharma has invited you to complete an assessment for the Site Controller position.

Tests: Financial Accounting (IFRS), Management Accounting, English (B2), Attention to Detail
Time: about 50 minutes

Start assessment: https://app.testgorilla.com/candidate/invite/f41d9
Good luck!
The TestGorilla team
""",
        tz=CET,
    ),
    # 19 Banque Coopérative du Lyonnais, Taleo: confirmation only (ghosted)
    m(
        "23115",
        "2025-09-06 11:18",
        "BCL Carrières <bcl@taleo.net>",
        "Accusé de réception - Contrôleur de gestion réseau (2500K3Q)",
        ("confirmation", BCL, BCLR, 19, "taleo", "fr"),
        text="""Madame Marchand,

Nous accusons réception de votre candidature pour le poste Contrôleur de gestion réseau (2500K3Q), Lyon Part-Dieu.

Votre dossier est à l'étude. Si votre profil correspond à nos attentes, un membre de notre équipe recrutement prendra contact avec vous.

BCL - Banque Coopérative du Lyonnais, société anonyme coopérative de banque populaire
""",
        tz=CEST,
    ),
    # alerts
    m(
        "23116",
        "2025-09-08 07:02",
        "Apec <alertes@apec.fr>",
        "12 nouvelles offres correspondent à votre alerte « contrôleur de gestion Lyon »",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Élodie,

Voici les nouvelles offres pour votre alerte « contrôleur de gestion Lyon » :

- Contrôleur de gestion H/F - Groupe Hexaflux - Lyon 3e - 45-52 k€
- Contrôleur de gestion industriel H/F - Plastimo Rhône - Meyzieu
- Business analyst finance H/F - Lumara - Villeurbanne
... et 9 autres offres

Voir toutes les offres : https://www.apec.fr/candidat/mes-alertes
""",
        tz=CEST,
    ),
    m(
        "23117",
        "2025-10-06 08:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« contrôleur de gestion » : Varenne Pharma et 7 autres recrutent",
        ("alert", None, None, None, "linkedin", "fr"),
        html="""<html><body><p>Vos alertes emploi</p>
<ul><li>Contrôleur de gestion - Varenne Pharma - Lyon</li><li>FP&amp;A Controller - Astreon - Genève</li><li>Contrôleur financier - Groupe Alvéa - Lyon</li></ul>
<p><a href="https://www.linkedin.com/jobs/search/">Voir toutes les offres</a></p></body></html>""",
        tz=CEST,
    ),
    m(
        "23118",
        "2025-10-27 18:00",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ces entreprises recrutent des profils comme le vôtre",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><p>Élodie, on a sélectionné pour vous :</p>
<p>Contrôleur de gestion - Kelvo - Paris<br>Head of FP&amp;A - Nuvoa - Lyon<br>Contrôleur de gestion - Biocoop des Alpes - Grenoble</p></body></html>""",
        tz=CET,
    ),
    m(
        "23119",
        "2025-11-10 07:45",
        "Emploi-Territorial <ne-pas-repondre@emploi-territorial.fr>",
        "Vos nouvelles offres : contrôle de gestion - Auvergne-Rhône-Alpes",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour,

4 nouvelles offres correspondent à vos critères :
- Contrôleur de gestion (F/H) - Département de l'Isère - Grenoble
- Chargé d'évaluation des politiques publiques - Ville de Villeurbanne
- Contrôleur de gestion - SDIS du Rhône
- Responsable financier - Syndicat intercommunal des eaux du Garon

Consulter les offres sur emploi-territorial.fr
""",
        tz=CET,
    ),
    m(
        "23120",
        "2025-11-20 12:00",
        "Indeed <alert@indeed.com>",
        "Contrôleur de gestion H/F - Savoie Mont-Blanc Énergie et d'autres emplois",
        ("alert", None, None, None, "indeed", "fr"),
        text="""Nouveaux emplois pour « contrôleur de gestion » à Grenoble (38)

Contrôleur de gestion H/F - Savoie Mont-Blanc Énergie - Grenoble - Facile à postuler
Contrôleur de gestion sociale - CHU Alpes-Isère - La Tronche
""",
        tz=CET,
    ),
    m(
        "23121",
        "2025-10-07 19:30",
        "Morand & Fils SA <noreply@smartrecruiters.com>",
        "Welcome to the Morand & Fils Talent Community",
        ("alert", MOR, None, None, "smartrecruiters", "en"),
        text="""Dear Élodie,

Thank you for joining our Talent Community. You will be the first to hear about new opportunities at Morand & Fils and our subsidiaries.

Talent Acquisition, Morand & Fils SA
""",
        tz=CEST,
    ),
    m(
        "23122",
        "2025-10-18 10:00",
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre candidature n'est pas terminée",
        ("alert", "Hexaflux", "Contrôleur de gestion", None, "other", "fr"),
        text="""Bonjour Élodie,

Vous avez commencé à postuler à l'offre « Contrôleur de gestion H/F » de Groupe Hexaflux mais n'avez pas finalisé votre candidature.

Finalisez-la en quelques clics avant la clôture de l'offre.

L'Apec
""",
        tz=CEST,
    ),
    m(
        "23123",
        "2025-12-12 08:00",
        "HelloWork <offres@hellowork.com>",
        "Élodie, 5 offres de contrôleur de gestion à Lyon",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><p>Les offres du jour :</p><p>Contrôleur de gestion H/F - Groupe Coralis - Lyon<br>Contrôleur de gestion junior - Brasserie du Pilat - Pélussin</p></body></html>""",
        tz=CET,
    ),
    # outreach
    m(
        "23124",
        "2025-10-09 11:40",
        "Thomas Reinhardt <thomas.reinhardt@altirys-search.com>",
        "Head of Controlling - Geneva - confidential search",
        ("outreach", None, "Head of Controlling", None, "agency", "en"),
        text="""Dear Élodie,

I am leading a confidential search on behalf of a client, a leading player in commodity trading based in Geneva, for a Head of Controlling (team of 4). Your profile on LinkedIn caught my attention.

Would you be open to a short call next week?

Best regards,
Thomas Reinhardt
Partner, Altirys Executive Search, Genève
""",
        tz=CEST,
    ),
    m(
        "23125",
        "2025-11-26 09:12",
        "Inès Garnier via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Poste de contrôleur de gestion chez Lumara",
        ("outreach", "Lumara", "Contrôleur de gestion", None, "linkedin", "fr"),
        text="""Bonjour Élodie,

Je suis Inès, Talent Acquisition chez Lumara (logiciels pour la santé, 300 personnes, Villeurbanne). Nous ouvrons un poste de contrôleur de gestion rattaché au CFO et votre parcours m'a beaucoup plu. Seriez-vous ouverte à en discuter ?

Inès Garnier
""",
        tz=CET,
    ),
    m(
        "23126",
        "2026-01-14 10:22",
        "Pierre-Yves Lemaire <pylemaire@cabinet-lemaire-rh.fr>",
        "Une opportunité qui pourrait vous intéresser",
        ("outreach", None, "Directeur administratif et financier", None, "agency", "fr"),
        text="""Madame,

Dans le cadre d'une mission pour l'un de nos clients, une SA coopérative du secteur agroalimentaire dans la Drôme, nous recherchons son futur DAF.

Votre profil correspond en de nombreux points à celui recherché. Accepteriez-vous un échange confidentiel ?

Pierre-Yves Lemaire
Cabinet Lemaire RH - Conseil en recrutement de cadres dirigeants
""",
        tz=CET,
    ),
    # other_job
    m(
        "23127",
        "2025-09-09 21:40",
        "Workday <rhodalia@myworkday.com>",
        "Votre code de vérification",
        (
            "other_job",
            "Caisse régionale de Crédit Mutualiste Rhône-Dauphiné",
            None,
            None,
            "workday",
            "fr",
        ),
        text="""Votre code de vérification pour créer votre compte candidat Rhodalia Carrières est : 482916

Ce code expire dans 10 minutes.
""",
        tz=CEST,
    ),
    m(
        "23128",
        "2025-10-24 10:05",
        "Anouk Dubois <anouk.dubois@morand-geneve.ch>",
        "Automatic reply: Interview invitation - Geneva",
        ("other_job", MOR, MORR, None, "direct", "en"),
        text="""Thank you for your message. I am out of the office until 27 October with limited access to email. For urgent matters, please contact talent@morand-geneve.ch.

Merci pour votre message. Je suis absente jusqu'au 27 octobre.
""",
        tz=CEST,
        **reply("23103", "anouk.dubois@morand-geneve.ch"),
    ),
    m(
        "23129",
        "2025-10-20 14:00",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Comment s'est passée votre candidature chez Terres du Dauphiné ?",
        ("other_job", "Terres du Dauphiné", None, None, "other", "fr"),
        text="""Bonjour Élodie,

Aidez les autres candidats en partageant votre expérience de recrutement. Le questionnaire prend 2 minutes et reste anonyme.

Répondre : https://www.welcometothejungle.com/fr/feedback
""",
        tz=CEST,
    ),
    m(
        "23130",
        "2025-11-28 16:30",
        "Centre de gestion de la fonction publique territoriale du Rhône <concours@cdg69.fr>",
        "Inscription au concours d'attaché territorial - session 2026",
        ("other_job", None, "Attaché territorial", None, "other", "fr"),
        text="""Madame,

Nous accusons réception de votre dossier d'inscription au concours externe d'attaché territorial, spécialité analyste, session 2026.

Votre inscription sera définitive après vérification des pièces justificatives. Les épreuves écrites d'admissibilité se dérouleront le 3 décembre 2026.

Le service concours
""",
        tz=CET,
    ),
    m(
        "23131",
        "2026-01-05 08:02",
        "Accueil DRH CHU Alpes-Isère <drh-recrutement@chu-alpes-isere.fr>",
        "Bienvenue au CHU Alpes-Isère - programme de votre journée d'intégration",
        ("other_job", "CHU Alpes-Isère", "Contrôleur de gestion hospitalier", None, "direct", "fr"),
        text="""Madame Marchand,

Bienvenue ! Voici le programme de votre journée d'intégration :
8h30 accueil café, amphithéâtre Nord
9h00 présentation de l'établissement par la direction générale
11h00 remise du badge et des accès informatiques
14h00 accueil dans votre service par M. Perrin

Le service recrutement et mobilité
""",
        tz=CET,
    ),
    m(
        "23132",
        "2026-01-21 12:00",
        "Direction des affaires financières <daf@chu-alpes-isere.fr>",
        "Dialogue de gestion - calendrier T1",
        ("not_job", "fr"),
        text="""Bonjour à tous,

Vous trouverez ci-joint le calendrier des revues de gestion du premier trimestre avec les pôles cliniques. Merci de bloquer les créneaux.

Hervé Perrin
""",
        tz=CET,
    ),
]

OPA = "Opaline Cosmétiques"
OPAR = "Contrôleur de gestion H/F"
HEL = "Helvéa Assurances"
HELR = "Senior Financial Controller"
BIO = "Biocoop des Alpes"
BIOR = "Contrôleur de gestion"
DUF = "Marc Dufresne <marc.dufresne.ge@gmail.com>"

MAIL += [
    # 24 Opaline Cosmétiques: Teamtailor, employer only in the job URL and the signature
    m(
        "23133",
        "2025-09-20 09:41",
        "Équipe recrutement <no-reply@teamtailor.com>",
        "Merci pour votre candidature",
        ("confirmation", OPA, OPAR, 24, "teamtailor", "fr"),
        text="""Bonjour Élodie,

Nous avons bien reçu votre candidature pour le poste de Contrôleur de gestion H/F (Saint-Genis-Laval).

Vous pouvez revoir l'offre ici : https://opaline-cosmetiques.teamtailor.com/jobs/5512034-controleur-de-gestion-h-f

Nous revenons vers vous sous trois semaines.

L'équipe Opaline
""",
        tz=CEST,
    ),
    m(
        "23134",
        "2025-10-13 16:16",
        "Équipe recrutement <no-reply@teamtailor.com>",
        "Candidature",
        ("rejection", OPA, OPAR, 24, "teamtailor", "fr"),
        text="""Bonjour Élodie,

Merci pour votre patience. Nous avons étudié votre dossier avec attention et vous remercions pour la clarté de votre parcours.

Nous avons néanmoins décidé de poursuivre avec des profils issus du secteur de la cosmétique.

Au plaisir de recroiser votre route,
L'équipe Opaline
""",
        tz=CEST,
    ),
    # 25 Helvéa Assurances SA (Geneva): LinkedIn, hiring manager from Gmail, rejection
    m(
        "23135",
        "2025-10-04 08:55",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Élodie, your application was sent to Helvéa Assurances",
        ("confirmation", HEL, HELR, 25, "linkedin", "en"),
        html="""<html><body><p>Your application was sent to Helvéa Assurances</p>
<p><b>Senior Financial Controller</b><br>Helvéa Assurances · Geneva, Switzerland (On-site)</p>
<p>Applied on October 4, 2025</p></body></html>""",
        tz=CEST,
    ),
    m(
        "23136",
        "2025-10-09 22:37",
        DUF,
        "Quick chat?",
        ("interview", HEL, HELR, 25, "direct", "en"),
        text="""Hello Élodie,

I saw your application come through for my team. I'm travelling this week, hence the personal address. Could we have a 30-minute video call on Tuesday 14 October, 12:30 Geneva time? I'll send a Teams link.

Best,
Marc

Marc Dufresne
Head of Financial Control, Helvéa Assurances SA
""",
        tz=CEST,
    ),
    m(
        "23137",
        "2025-10-10 07:12",
        DUF,
        "Re: Quick chat?",
        ("interview", HEL, HELR, 25, "direct", "en"),
        text="""Great, Tuesday 12:30 works. Talk then.

Marc

On Fri, Oct 10, 2025 at 6:58 AM Élodie Marchand wrote:
> Hello Marc, thank you, Tuesday at 12:30 is perfect for me.
""",
        tz=CEST,
        **reply("23136", "marc.dufresne.ge@gmail.com"),
    ),
    m(
        "23138",
        "2025-10-24 18:30",
        "Helvéa Assurances - Talent Acquisition <talent@helvea.ch>",
        "Following up",
        ("rejection", HEL, HELR, 25, "direct", "en"),
        text="""Dear Élodie,

Thank you for your time with Marc Dufresne and for your interest in Helvéa. He appreciated your structured approach and your experience with budgeting processes.

Having reviewed all profiles, we have decided to continue with candidates who have Swiss statutory (Swiss GAAP FER) and insurance experience.

We wish you every success.

Kind regards,
Talent Acquisition, Helvéa Assurances SA
""",
        tz=CEST,
    ),
    # 26 Biocoop des Alpes (SA coopérative), WTTJ: confirmation naming the company once, rejection from another domain
    m(
        "23139",
        "2025-09-25 20:20",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "C'est envoyé !",
        ("confirmation", BIO, BIOR, 26, "other", "fr"),
        html="""<html><body>
<p>Bravo Élodie !</p>
<p>Votre candidature pour le poste <b>Contrôleur de gestion</b> (CDI, Grenoble) a bien été transmise à Biocoop des Alpes.</p>
<p>Astuce : les recruteurs répondent en moyenne sous 12 jours.</p>
</body></html>""",
        tz=CEST,
    ),
    m(
        "23140",
        "2025-10-08 11:48",
        "Service RH <rh@scop-alpes-bio.fr>",
        "Votre candidature au poste de contrôleur de gestion",
        ("rejection", BIO, BIOR, 26, "direct", "fr"),
        text="""Bonjour Madame Marchand,

Nous vous remercions pour votre candidature. Nous avons reçu de nombreux profils de qualité et avons fait le choix d'une personne connaissant déjà le réseau des coopératives bio.

Coopérativement,

Le service RH
Biocoop des Alpes - SA coopérative à capital variable
""",
        tz=CEST,
    ),
    # more alerts
    m(
        "23141",
        "2025-09-15 06:30",
        "Place de l'emploi public <alertes@place-emploi-public.gouv.fr>",
        "Nouvelles offres pour votre alerte « contrôle de gestion - Isère »",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour,

3 nouvelles offres correspondent à votre alerte :
- Contrôleur de gestion hospitalier (H/F) - CHU Alpes-Isère - La Tronche
- Contrôleur de gestion - Préfecture de l'Isère - Grenoble
- Analyste financier - Direction régionale des finances publiques

Consulter les offres : https://place-emploi-public.gouv.fr
""",
        tz=CEST,
    ),
    m(
        "23142",
        "2025-10-01 09:15",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Helvéa Assurances recrute : Senior Financial Controller",
        ("alert", "Helvéa Assurances", "Senior Financial Controller", None, "linkedin", "en"),
        html="""<html><body><p>A job you may be interested in</p><p><b>Senior Financial Controller</b> · Helvéa Assurances · Geneva</p><p>Be an early applicant</p></body></html>""",
        tz=CEST,
    ),
    m(
        "23143",
        "2025-10-19 19:00",
        "Indeed <no-reply@indeed.com>",
        "Vous n'avez pas terminé votre candidature",
        ("alert", "Groupe Coralis", "Contrôleur de gestion H/F", None, "indeed", "fr"),
        text="""Vous y êtes presque !

Contrôleur de gestion H/F - Groupe Coralis - Lyon
Terminez votre candidature avant que l'offre n'expire.
""",
        tz=CEST,
    ),
    m(
        "23144",
        "2025-12-02 07:30",
        "Apec <alertes@apec.fr>",
        "8 nouvelles offres correspondent à votre alerte « contrôleur de gestion Lyon »",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Élodie,

- Contrôleur de gestion H/F - Brasserie du Pilat - Pélussin
- Contrôleur de gestion sociale H/F - Mutuelle des Monts du Lyonnais - Tarare
... et 6 autres offres
""",
        tz=CET,
    ),
    m(
        "23145",
        "2025-11-06 09:00",
        "Caisse régionale Rhône-Dauphiné - Carrières <talents@rhodalia-banque.fr>",
        "Rejoignez notre vivier de talents",
        (
            "alert",
            "Caisse régionale de Crédit Mutualiste Rhône-Dauphiné",
            None,
            None,
            "direct",
            "fr",
        ),
        text="""Madame,

Votre profil nous a marqués lors de votre récente candidature. Nous vous proposons de rejoindre notre vivier de talents pour être informée en priorité de nos prochaines offres en finance et pilotage.

Rejoindre le vivier : https://carrieres.rhodalia-banque.fr/vivier

La Direction des Ressources Humaines
""",
        tz=CET,
    ),
    # other_job
    m(
        "23146",
        "2025-10-20 10:00",
        "Rhodalia Banque <rhodalia@myworkday.com>",
        "Votre avis compte : enquête candidat",
        (
            "other_job",
            "Caisse régionale de Crédit Mutualiste Rhône-Dauphiné",
            None,
            None,
            "workday",
            "fr",
        ),
        text="""Bonjour Élodie,

Vous avez récemment participé à l'un de nos processus de recrutement. Aidez-nous à nous améliorer en répondant à ce questionnaire de 3 minutes : https://survey.rhodalia-banque.fr/exp-candidat
""",
        tz=CEST,
    ),
    m(
        "23147",
        "2025-10-02 10:35",
        "MASP Recrutement <noreply@masp-mutuelle.talent-soft.com>",
        "Création de votre compte candidat",
        ("other_job", "Mutuelle Ardente Santé Prévoyance", None, None, "other", "fr"),
        text="""Bonjour,

Votre compte candidat sur le site carrières de la MASP a été créé. Identifiant : elodie.marchand@boitemel.fr

Pour définir votre mot de passe, cliquez ici (lien valable 24 h).
""",
        tz=CEST,
    ),
    m(
        "23148",
        "2025-11-19 14:12",
        "DocuSign pour CHU Alpes-Isère <dse_NA3@docusign.net>",
        "Veuillez signer : Engagement de confidentialité et charte informatique",
        (
            "other_job",
            "CHU Alpes-Isère",
            "Contrôleur de gestion hospitalier",
            None,
            "docusign",
            "fr",
        ),
        text="""Direction des ressources humaines CHU Alpes-Isère vous a envoyé un document à réviser et à signer.

CONSULTER LE DOCUMENT

Madame Marchand, merci de signer la charte informatique et l'engagement de confidentialité avant votre prise de poste.
""",
        tz=CET,
    ),
    m(
        "23149",
        "2025-11-03 08:00",
        "Pôle RH Agglo VSB <rh@agglo-vsb.fr>",
        "Réponse automatique : Candidature - Responsable du contrôle de gestion",
        (
            "other_job",
            "Communauté d'agglomération Val-de-Saône Beaujolais",
            None,
            None,
            "direct",
            "fr",
        ),
        text="""Bonjour,

Le pôle RH est fermé pour le pont du 1er novembre jusqu'au lundi 3 novembre inclus. Votre message sera traité à notre retour.
""",
        tz=CET,
    ),
    m(
        "23150",
        "2026-01-08 15:00",
        "Raphaël Gautier <r.gautier@vauban-fc.fr>",
        "Bonne année et une mission qui pourrait vous plaire",
        ("outreach", None, "Contrôleur de gestion groupe", None, "agency", "fr"),
        text="""Bonjour Élodie,

Meilleurs vœux pour 2026 ! J'ai vu que vous aviez rejoint le CHU, félicitations. Je me permets tout de même de vous signaler une mission de contrôleur de gestion groupe chez un ETI familiale grenobloise, si jamais vous êtes en veille d'ici quelques mois.

Raphaël
""",
        tz=CET,
    ),
]

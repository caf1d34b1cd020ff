# ruff: noqa: E501
"""Corpus 48: France-French and Canadian-English application mail, alerts, outreach (see heldout48.py)."""

from __future__ import annotations

from heldout48_jobs import m, re_, teams

GC = "GC Jobs / Emplois GC <noreply-pasdereponse@cfp-psc.gc.ca>"
FSMO = "Federal Service Measurement Office"
VER = "Groupe Vermeil"

MAIL = [
    # --- 12 federal public service (GC Jobs) ------------------------------------------------
    m(
        "48301",
        "2025-09-12 23:40 -0400",
        GC,
        "Application submitted / Candidature soumise – 25-FSMO-EA-ON-118",
        ("confirmation", FSMO, "Data Analyst (EC-05)", 12, "other", "en"),
        text="""(Le français suit l'anglais)

Dear Élodie Tremblay-Nguyen,

Your application for selection process number 25-FSMO-EA-ON-118, Data Analyst (EC-05), Federal Service Measurement Office, Ottawa (Ontario) / Gatineau (Québec), has been successfully submitted.

You can view your application and any messages about this process in your GC Jobs account. Please check your account regularly, as communication for this process will be sent by email and posted there.

Thank you for your interest in the federal public service.

---

Madame Élodie Tremblay-Nguyen,

Votre candidature au processus de sélection numéro 25-FSMO-EA-ON-118, Analyste de données (EC-05), Bureau fédéral de la mesure des services, a été soumise avec succès.

Merci de votre intérêt pour la fonction publique fédérale.""",
    ),
    m(
        "48302",
        "2025-10-08 12:15 -0400",
        "FSMO Staffing / Dotation BFMS <fsmo.staffing-dotation.bfms@fsmo-bfms.gc.ca>",
        "25-FSMO-EA-ON-118 – Invitation to written exam / Invitation à l'examen écrit",
        ("assessment", FSMO, "Data Analyst (EC-05)", 12, "direct", "en"),
        text="""Le français suit l'anglais

Good afternoon,

Following the screening of your application, we are pleased to inform you that you meet the education and experience criteria for selection process 25-FSMO-EA-ON-118.

You are invited to complete an unsupervised written exam assessing Knowledge of statistical methods, Ability to analyze data and Written communication. The exam will be sent to you on October 20, 2025 at 9:00 a.m. (EDT) and must be returned by 1:00 p.m. (EDT) the same day. You may write in the official language of your choice.

Please confirm receipt of this email.

Staffing Team – Federal Service Measurement Office / Government of Canada

--

Bonjour,

À la suite de la présélection de votre candidature, nous avons le plaisir de vous informer que vous satisfaites aux critères d'études et d'expérience du processus 25-FSMO-EA-ON-118...""",
    ),
    m(
        "48303",
        "2025-11-20 10:02 -0500",
        "FSMO Staffing / Dotation BFMS <fsmo.staffing-dotation.bfms@fsmo-bfms.gc.ca>",
        "25-FSMO-EA-ON-118 – Interview / Entrevue",
        ("interview", FSMO, "Data Analyst (EC-05)", 12, "direct", "en"),
        text="""Hello Élodie,

Congratulations, you have successfully passed the written exam. We would like to invite you to a virtual interview (Microsoft Teams) on Thursday, November 27, 2025 at 1:30 p.m. (EST). The board will assess Judgement, Initiative and Working effectively with others. Expected duration: 75 minutes. You will receive the interview questions 15 minutes before the start.

Please let us know which official language you prefer for the interview.

Staffing Team / Équipe de dotation""",
        ics=teams(
            "2025-11-27 13:30:00 -0500",
            "040000008200E00074C5B7101A82E0080000000FSMO27",
            "25-FSMO-EA-ON-118 Interview – Tremblay-Nguyen",
            ("FSMO Staffing / Dotation BFMS", "fsmo.staffing-dotation.bfms@fsmo-bfms.gc.ca"),
            75,
            "Interview / Entrevue – selection process 25-FSMO-EA-ON-118\nJoin Microsoft Teams Meeting",
        ),
    ),
    m(
        "48304",
        "2026-01-29 15:30 -0500",
        "FSMO Staffing / Dotation BFMS <fsmo.staffing-dotation.bfms@fsmo-bfms.gc.ca>",
        "25-FSMO-EA-ON-118 – Results / Résultats",
        ("rejection", FSMO, "Data Analyst (EC-05)", 12, "direct", "en"),
        text="""Hello,

Thank you for participating in selection process 25-FSMO-EA-ON-118. We regret to inform you that you did not meet the merit criterion "Judgement" assessed at the interview. Consequently, you will not be considered further in this process and will not be placed in the pool of qualified candidates.

Should you wish to obtain additional information, you may request an informal discussion within 5 calendar days of receiving this email.

Staffing Team – FSMO""",
    ),
    # --- 13 Outaouais bilingual employer, Lever ---------------------------------------------
    m(
        "48310",
        "2025-10-04 15:55 -0400",
        "Vélocité Telecom <no-reply@hire.lever.co>",
        "Thanks for applying to Vélocité Telecom / Merci d'avoir postulé",
        ("confirmation", "Vélocité Telecom", "Business Intelligence Developer", 13, "lever", "en"),
        text="""Hi Élodie,

Thanks for applying for the Business Intelligence Developer role (Gatineau, hybrid). Our team will review your application and reach out if there's a fit.

Merci d'avoir postulé! Nous communiquerons avec vous si votre profil correspond.

Vélocité Telecom Talent Team""",
    ),
    m(
        "48311",
        "2025-10-16 10:20 -0400",
        "Priya Raman <priya.raman@velocitetelecom.ca>",
        "Vélocité Telecom – BI Developer phone screen",
        ("interview", "Vélocité Telecom", "Business Intelligence Developer", 13, "lever", "en"),
        text="""Hi Élodie,

I'm a talent partner at Vélocité. The hiring team liked your profile. Would you be open to a 30-minute phone screen? Please book a slot that works for you: https://hire.lever.co/interviews/schedule/velocite/5b9f

Also, quick one: are you comfortable working in English with our Ottawa colleagues? (The team is bilingual, so French is very welcome too.)

Thanks,
Priya Raman
Talent Partner | Vélocité Telecom""",
    ),
    m(
        "48312",
        "2025-10-16 10:34 -0400",
        "Priya Raman <priya.raman@velocitetelecom.ca>",
        "Invitation: Phone screen – Élodie Tremblay-Nguyen @ Tue Oct 21, 2025 2pm - 2:30pm (EDT)",
        ("interview", "Vélocité Telecom", "Business Intelligence Developer", 13, "direct", "en"),
        text="""Phone screen – Élodie Tremblay-Nguyen
Tuesday Oct 21, 2025 ⋅ 2pm – 2:30pm (Eastern Time - Toronto)
Priya will call you at 514-555-0147.

Invitation from Google Calendar""",
        ics={
            "start": "2025-10-21 14:00:00 -0400",
            "minutes": 30,
            "uid": "lv-velocite-ps-7781@google.com",
            "summary": "Phone screen – Élodie Tremblay-Nguyen",
            "organizer": ("Priya Raman", "priya.raman@velocitetelecom.ca"),
            "description": "Priya will call you at 514-555-0147.",
        },
    ),
    # --- 15 Maison Céleste (Paris), Welcome to the Jungle -----------------------------------
    m(
        "48320",
        "2025-09-25 10:45 +0200",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature chez Maison Céleste a bien été envoyée",
        ("confirmation", "Maison Céleste", "Data Analyst CRM", 15, "other", "fr"),
        html="""<html><body><h1>C'est envoyé !</h1><p>Votre candidature au poste <b>Data Analyst CRM (H/F) – CDI</b> chez <b>Maison Céleste</b> a bien été transmise.</p><p>L'entreprise reviendra vers vous directement. En attendant, découvrez d'autres offres qui pourraient vous plaire.</p><p><a href="https://www.welcometothejungle.com/fr/me/applications">Suivre mes candidatures</a></p></body></html>""",
    ),
    m(
        "48321",
        "2025-10-02 09:30 +0200",
        "Inès Marchetti <ines.marchetti@maisonceleste.fr>",
        "Maison Céleste – Entretien Data Analyst CRM",
        ("interview", "Maison Céleste", "Data Analyst CRM", 15, "direct", "fr"),
        text="""Bonjour Élodie,

Je suis chargée de recrutement chez Maison Céleste. Votre parcours a retenu notre attention pour le poste de Data Analyst CRM en CDI.

Je vous propose un premier entretien en visio de 45 minutes. Compte tenu du décalage horaire avec Montréal, seriez-vous disponible le mercredi 8 octobre à 15 h (heure de Paris), soit 9 h chez vous ?

Bien cordialement,

Inès Marchetti
Chargée de recrutement – Maison Céleste
12 rue du Faubourg-Poissonnière, 75010 Paris""",
    ),
    m(
        "48322",
        "2025-10-20 18:05 +0200",
        "Inès Marchetti <ines.marchetti@maisonceleste.fr>",
        "Suite à notre entretien",
        ("rejection", "Maison Céleste", "Data Analyst CRM", 15, "direct", "fr"),
        text="""Bonjour Élodie,

Je reviens vers vous suite à nos échanges. Nous avons beaucoup apprécié votre dynamisme et la qualité de votre étude de cas.

Cependant, le manager a finalement fait le choix d'un profil disponible immédiatement à Paris, sans démarche de visa. Nous ne donnerons donc pas suite à votre candidature pour ce poste.

Je vous souhaite pleine réussite dans votre projet d'expatriation.

Bien à vous,
Inès Marchetti""",
    ),
    # --- 16 Pennylune (Paris fintech), APEC — ghosted ---------------------------------------
    m(
        "48330",
        "2025-10-13 14:22 +0200",
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre candidature a bien été envoyée – Pennylune",
        ("confirmation", "Pennylune", "Analytics Engineer", 16, "other", "fr"),
        text="""Bonjour Élodie,

Votre candidature à l'offre « Analytics Engineer H/F » (réf. 178822104W) publiée par Pennylune, Paris 2e, a bien été transmise au recruteur.

Retrouvez le suivi de vos candidatures dans votre espace Apec.

L'équipe Apec""",
    ),
    # --- 17 Groupe Vermeil (Paris), Lever: CDI, two interviews, rejection ---------------------
    m(
        "48340",
        "2025-10-29 11:00 +0100",
        "Groupe Vermeil <no-reply@hire.lever.co>",
        "Groupe Vermeil – Confirmation de candidature",
        ("confirmation", VER, "Responsable BI", 17, "lever", "fr"),
        text="""Bonjour Élodie,

Nous vous remercions pour votre candidature au poste de Responsable BI (CDI, Paris La Défense).

Notre équipe Talent l'étudie avec attention et reviendra vers vous dans les meilleurs délais.

Cordialement,
L'équipe Talent Acquisition – Groupe Vermeil""",
    ),
    m(
        "48341",
        "2025-11-05 16:40 +0100",
        "Claire Dubreuil <claire.dubreuil@groupe-vermeil.fr>",
        "Entretien – Responsable BI",
        ("interview", VER, "Responsable BI", 17, "direct", "fr"),
        text="""Bonjour Élodie,

Suite à l'étude de votre candidature, je souhaiterais échanger avec vous lors d'un entretien téléphonique d'environ 30 minutes. Le poste est en CDI, statut cadre, avec une période d'essai de 4 mois renouvelable une fois. Rémunération : 62-68 k€ bruts annuels.

Êtes-vous disponible jeudi 13 novembre à 16 h (heure de Paris) ?

Bien cordialement,
Claire Dubreuil
Chargée de recrutement, Groupe Vermeil""",
    ),
    m(
        "48342",
        "2025-11-18 10:12 +0100",
        "Claire Dubreuil <claire.dubreuil@groupe-vermeil.fr>",
        "RE: Entretien – Responsable BI",
        ("interview", VER, "Responsable BI", 17, "direct", "fr"),
        text="""Bonjour Élodie,

Merci pour cet échange. Je vous confirme un second entretien avec Thomas Leroy, directeur Data, le lundi 24 novembre à 15 h (heure de Paris) sur Teams. L'invitation suit.

Bonne journée,
Claire""",
        **re_("48341"),
    ),
    m(
        "48343",
        "2025-11-28 17:25 +0100",
        "Claire Dubreuil <claire.dubreuil@groupe-vermeil.fr>",
        "Votre candidature – Responsable BI",
        ("rejection", VER, "Responsable BI", 17, "direct", "fr"),
        text="""Bonjour Élodie,

Je vous remercie pour le temps consacré à nos échanges. Thomas a apprécié votre vision de la gouvernance des données.

Après réflexion, nous avons décidé de poursuivre avec un autre candidat dont l'expérience managériale correspond davantage au périmètre du poste. Nous ne manquerons pas de revenir vers vous si une opportunité plus adaptée se présentait.

Bien cordialement,
Claire Dubreuil""",
    ),
    # --- 27 Tessellate Data (remote Canada), Greenhouse ------------------------------------------
    m(
        "48350",
        "2025-12-02 13:14 -0500",
        "Tessellate Data <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Tessellate Data",
        ("confirmation", "Tessellate Data", "Senior Analytics Engineer", 27, "greenhouse", "en"),
        text="""Hi Élodie,

Thanks for your interest in Tessellate Data! We've received your application for Senior Analytics Engineer (Remote – Canada) and our team is reviewing it.

If your experience is a match, a member of our recruiting team will reach out about next steps.

Best,
The Tessellate Recruiting Team""",
    ),
    m(
        "48351",
        "2025-12-10 09:08 -0500",
        "Tessellate Data <no-reply@us.greenhouse-mail.io>",
        "Tessellate Data – Take-home exercise",
        ("assessment", "Tessellate Data", "Senior Analytics Engineer", 27, "greenhouse", "en"),
        text="""Hi Élodie,

Great news — we'd like to move you forward. The next step is a take-home exercise: a small dbt project with a few messy source tables. It should take about 3 hours; please submit within 7 days via the link below.

https://app.greenhouse.io/tests/5e77c1a0?utm_medium=email

Questions? Just reply to this email.

Dana Whitfield
Recruiting Coordinator, Tessellate Data""",
    ),
    m(
        "48352",
        "2026-01-08 12:00 -0500",
        "Tessellate Data <no-reply@us.greenhouse-mail.io>",
        "Update on your application",
        ("rejection", "Tessellate Data", "Senior Analytics Engineer", 27, "greenhouse", "en"),
        text="""Hi Élodie,

Thank you for the time you put into the take-home; the team appreciated how well documented your models were.

After careful consideration, we've decided not to move forward with your candidacy at this time. We had many strong submissions and it was a difficult decision.

We wish you the best in your search.

Tessellate Recruiting""",
    ),
    # --- alerts, talent communities, nudges --------------------------------------------------
    m(
        "48360",
        "2025-09-04 06:30 -0400",
        "Jobillico <alertes@jobillico.com>",
        "12 nouvelles offres : analyste de données – Montréal",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><p>Bonjour Élodie, voici les nouvelles offres qui correspondent à votre alerte « analyste de données – Montréal (25 km) » :</p><ul><li>Analyste de données – Coopérative Agrinord – Longueuil</li><li>Analyste BI – Groupe Médi-Pharma – Saint-Laurent</li><li>Spécialiste données marketing – Sportif Plein Air – Montréal</li></ul><p><a href="https://www.jobillico.com/">Voir les 12 offres</a></p><p>Modifier ou supprimer cette alerte</p></body></html>""",
    ),
    m(
        "48361",
        "2025-09-18 07:02 -0400",
        "Indeed <alert@indeed.com>",
        "Analyste BI - Montréal, QC : 8 nouveaux emplois",
        ("alert", None, None, None, "indeed", "fr"),
        html="""<html><body><p>8 nouveaux emplois pour votre recherche <b>analyste BI</b> à <b>Montréal, QC</b></p><p><b>Analyste BI principal</b> – Distribution Laurier – Montréal – Postulez facilement</p><p><b>Développeur Power BI</b> – Technologies Brume – Télétravail</p><p><b>Analyste d'affaires – données</b> – Assurances Pivot – Montréal</p><p><a href="https://ca.indeed.com/jobs?q=analyste+BI">Voir tous les emplois</a></p></body></html>""",
    ),
    m(
        "48362",
        "2025-10-09 18:15 -0400",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« développeur BI » : 5 nouvelles offres à Québec",
        ("alert", None, None, None, "linkedin", "fr"),
        html="""<html><body><p>Vos offres d'emploi correspondantes</p><p>Développeur(se) BI – Mutuelle Capitale – Québec, QC – Candidature simplifiée</p><p>Analyste en données – Ville de Lévis-Est – Lévis, QC</p><p>Architecte de données – Groupe Bastion – Québec, QC · 11 anciens élèves y travaillent</p><p><a href="https://www.linkedin.com/jobs/search/">Voir toutes les offres</a></p></body></html>""",
    ),
    m(
        "48363",
        "2025-11-02 08:00 -0500",
        "Jobboom <alertes@jobboom.com>",
        "Votre alerte-emploi Jobboom : 4 nouvelles offres",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Élodie,

Nouvelles offres pour « intelligence d'affaires » :
- Analyste BI – Coopérative de câblodistribution Rive-Sud – Brossard
- Conseiller(ère) en données – Caisse de retraite Mauricie – Trois-Rivières
- Développeur(se) ETL – Solutions Norcan – Laval

Voir les offres : https://www.jobboom.com/fr/alertes

Jobboom""",
    ),
    m(
        "48364",
        "2025-10-15 07:00 +0200",
        "Apec <offres@apec.fr>",
        "3 nouvelles offres correspondent à votre recherche « data analyst Paris »",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Élodie,

De nouvelles offres cadres correspondent à votre recherche enregistrée :
• Data Analyst confirmé H/F – Paris 9e – 50-55 k€
• Chef de projet BI H/F – Levallois-Perret – CDI
• Analytics Engineer H/F – Paris 2e – Pennylune

Consultez-les sur apec.fr.""",
    ),
    m(
        "48365",
        "2025-09-20 10:00 +0200",
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Ces entreprises recrutent des profils data en ce moment",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><h2>Elles recrutent !</h2><p>Maison Céleste, Pennylune, Atelier Mistral… découvrez les entreprises qui cherchent des profils data ce mois-ci, et les coulisses de leurs équipes.</p><p><a href="https://www.welcometothejungle.com/fr/companies">Découvrir</a></p></body></html>""",
    ),
    m(
        "48366",
        "2025-09-03 10:20 -0400",
        "Boréal Carrières <boreal@myworkday.com>",
        "Bienvenue dans la communauté de talents Boréal",
        ("alert", "Boréal", None, None, "workday", "fr"),
        text="""Bonjour Élodie,

Merci de vous être jointe à notre communauté de talents! Vous recevrez nos nouvelles carrières et des affichages qui correspondent à vos intérêts : Données et analytique, TI.

Boréal – Coopérative financière""",
    ),
    m(
        "48367",
        "2025-10-01 19:33 -0400",
        "Groupe Pèlerin Horizon inc. <pelerinhorizon@myworkday.com>",
        "Vous n'avez pas terminé votre candidature",
        ("alert", "Horizon Assurance", "Analyste actuariat et données", None, "workday", "fr"),
        text="""Bonjour Élodie,

Vous avez commencé une candidature pour le poste Analyste actuariat et données (JR-30488), mais elle n'est pas encore soumise. Il ne vous reste que quelques étapes!

Reprendre ma candidature : https://pelerinhorizon.wd3.myworkday.com/Horizon_Carrieres

Horizon Assurance""",
    ),
    m(
        "48368",
        "2025-12-04 12:00 -0500",
        "Nordlys Jeux <talent@nordlysjeux.com>",
        "Nordlys recrute : 6 nouveaux postes à Montréal",
        ("alert", "Nordlys Jeux", None, None, "direct", "fr"),
        html="""<html><body><p>Salut Élodie!</p><p>Tu fais partie de notre communauté talent. Notre nouveau projet (chut, c'est secret 🤫) grandit et on ouvre 6 postes, dont Analyste de données, Live Ops et Ingénieur(e) de données.</p><p><a href="https://nordlysjeux.com/carrieres">Voir les postes</a></p></body></html>""",
    ),
    m(
        "48369",
        "2025-12-19 09:10 -0500",
        "Talents GC / GC Talent <noreply-pasdereponse@cfp-psc.gc.ca>",
        "New job advertisements matching your job alert / Nouvelles annonces",
        ("alert", None, None, None, "other", "en"),
        text="""A new job advertisement matches your GC Jobs job alert "data analyst – National Capital Region":

- Data Scientist (EC-06), Canadian Coastal Data Agency, Ottawa
- Statistical Analyst (EC-04), Federal Service Measurement Office, Gatineau

Log in to GC Jobs to view them.

Une nouvelle annonce correspond à votre alerte-emploi...""",
    ),
    # --- outreach --------------------------------------------------------------------------------
    m(
        "48370",
        "2025-11-25 13:22 -0500",
        "Kevin O'Brien via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior BI Developer opportunity – Toronto/remote",
        ("outreach", "Maplecrest Retail", "Senior BI Developer", None, "linkedin", "en"),
        text="""Hi Élodie,

I lead analytics hiring at Maplecrest Retail. Your Power BI and dbt background caught my eye. We're building a remote-first BI team (Canada-wide) and I think you'd be a great fit for our Senior BI Developer role.

Open to a quick chat next week?

Kevin O'Brien
Director, Analytics – Maplecrest Retail

Reply · View profile
This message was sent to you by LinkedIn on behalf of Kevin O'Brien.""",
    ),
    m(
        "48371",
        "2026-01-27 10:48 -0500",
        "Rachida Benali <rbenali@prismerh.ca>",
        "Mandat – Architecte BI, secteur public",
        ("outreach", None, "Architecte BI", None, "agency", "fr"),
        text="""Bonjour Élodie,

Je travaille sur un mandat d'architecte BI pour un organisme public de la région de Québec (contrat de 12 mois, renouvelable). Votre expérience chez Horizon pourrait être un atout.

Je sais que vous êtes en poste depuis peu, mais si jamais vous êtes curieuse, on pourrait se parler 10 minutes.

Rachida Benali
Prisme RH – Recrutement spécialisé TI""",
    ),
    m(
        "48372",
        "2025-10-22 16:20 -0400",
        "Julien Messier <jmessier@alliancetalents.ca>",
        "Absence du bureau : Re: disponibilités",
        ("other_job", None, None, None, "agency", "fr"),
        text="""Bonjour,

Je suis absent du bureau jusqu'au 27 octobre inclusivement, avec un accès limité à mes courriels. Pour toute urgence, veuillez communiquer avec Valérie Simard à vsimard@alliancetalents.ca.

Merci,
Julien Messier
Alliance Talents Conseil""",
    ),
    m(
        "48373",
        "2025-09-25 10:47 +0200",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre code de connexion",
        ("other_job", None, None, None, "other", "fr"),
        text="""Votre code de connexion Welcome to the Jungle : 482 119

Ce code expire dans 10 minutes. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.""",
    ),
    m(
        "48374",
        "2025-09-12 23:31 -0400",
        GC,
        "GC Jobs account created / Compte Emplois GC créé",
        ("other_job", None, None, None, "other", "en"),
        text="""Your GC Jobs account has been created. Your user ID is etremblaynguyen.

Votre compte Emplois GC a été créé. Votre code d'utilisateur est etremblaynguyen.""",
    ),
    m(
        "48375",
        "2025-09-09 18:58 -0400",
        "Indeed <donotreply@indeed.com>",
        "Votre code de vérification Indeed",
        ("other_job", None, None, None, "indeed", "fr"),
        text="""Votre code de vérification est 730418. Il expire dans 10 minutes.

Indeed""",
    ),
]

# ruff: noqa: E501
"""Corpus 71, Geneva and English-language job mail, alerts and outreach (data only): see heldout71.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


m = partial(dated_spec, _tz)


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def F(cat, co, role, app, src):
    return (cat, co, role, app, src, "fr")


COR, CORR = "Corvessa Medical", "Senior Financial Analyst, FP&A EMEA"
HAL, HALR = "Hallam & Pryce", "FP&A Analyst - Geneva"
DEL, DELR = "Banque Delorme & Cie", "Analyste contrôle de gestion (80-100%)"
SLG, SLGR = "SLGE", "Contrôleur·euse de gestion"
VEL, VELR = "Veltris Pharma", "FP&A Analyst (12-month fixed term)"
MOR, MORR = "Fiduciaire Moret", "Contrôleur de gestion / Business Analyst"

MAIL: list[dict[str, Any]] = [
    # --- 6 Corvessa Medical (US medtech, EMEA hub in Geneva, Workday) ----------------------
    m(
        "72003",
        "2025-10-24 23:12",
        "Corvessa <corvessa@myworkday.com>",
        "Finish your application for Senior Financial Analyst, FP&A EMEA",
        ("alert", COR, CORR, None, "workday", "en"),
        "Hi Elodie,\n\nYou started an application for Senior Financial Analyst, FP&A EMEA (R-0031877) but haven't submitted it "
        "yet. Your progress has been saved.\n\nPick up where you left off: https://corvessa.wd1.myworkday.com/corvessa_careers/job/"
        "Geneva-Switzerland/Senior-Financial-Analyst--FP-A-EMEA_R-0031877/apply\n\nCorvessa Talent Acquisition",
    ),
    m(
        "72005",
        "2025-10-27 08:31",
        "Corvessa <corvessa@myworkday.com>",
        "Thank you for applying to Corvessa",
        E("confirmation", COR, CORR, 6, "workday"),
        "Dear Elodie,\n\nThank you for your interest in Corvessa. We have received your application for the position of "
        "Senior Financial Analyst, FP&A EMEA (R-0031877) in Geneva, Switzerland.\n\nOur talent acquisition team will review your "
        "qualifications. If your background is a match, a recruiter will contact you about next steps. You can check the "
        "status of your application at any time in our candidate home.\n\nBest regards,\nCorvessa Talent Acquisition\n\n"
        "Corvessa International Sàrl is an equal opportunity employer.",
    ),
    m(
        "72009",
        "2025-11-12 16:20",
        "Megan Alcott <megan.alcott@corvessa.com>",
        "Corvessa | FP&A EMEA - interview with Julien Favre",
        E("interview", COR, CORR, 6, "direct"),
        "Hi Elodie,\n\nThanks for the great call on Monday. I'm happy to move you forward to a 45-minute interview at our Geneva office with "
        "Julien Favre, FP&A Director EMEA, on Thursday 20 November at 15:00 CET. The invite is attached.\n\nJulien will want to "
        "hear about your budgeting cycle experience and how you partner with commercial teams. Part of the conversation may "
        "be in French.\n\nBest,\nMegan Alcott\nTalent Acquisition Partner, International\nCorvessa | Route de Pré-Bois 20, "
        "1215 Genève 15",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000c0r7@corvessa.com",
            "start": "2025-11-20 15:00:00 +0100",
            "minutes": 45,
            "summary": "Interview: Elodie Marchetti - Sr Financial Analyst FP&A EMEA",
            "organizer": ("Megan Alcott", "megan.alcott@corvessa.com"),
            "attendees": [("Julien Favre", "julien.favre@corvessa.com")],
            "location": "Corvessa Geneva - Route de Pré-Bois 20, Meeting room Mont-Blanc",
            "style": "outlook",
        },
    ),
    m(
        "72014",
        "2025-12-12 19:45",
        "Corvessa <corvessa@myworkday.com>",
        "An update on your application",
        E("rejection", COR, CORR, 6, "workday"),
        "Dear Elodie,\n\nThank you for the time you invested in our interview process for the Senior Financial Analyst, FP&A "
        "EMEA role. The team genuinely enjoyed meeting you and appreciated your thoughtful questions.\n\nAfter careful "
        "consideration, we have decided to proceed with another candidate whose experience more closely matches the needs of "
        "the role at this time.\n\nWe encourage you to keep an eye on our careers site for future opportunities.\n\nKind regards,\n"
        "Corvessa Talent Acquisition",
    ),
    # --- 7 Hallam & Pryce (British, Lever), ghosted --------------------------------------
    m(
        "72012",
        "2025-12-03 13:37",
        "Hallam & Pryce <no-reply@hire.lever.co>",
        "Thanks for applying to Hallam & Pryce",
        E("confirmation", HAL, HALR, 7, "lever"),
        "Hi Elodie,\n\nThanks for your interest in the FP&A Analyst - Geneva role at Hallam & Pryce. Our team will review your "
        "application shortly.\n\nIf your experience is a good fit, we'll be in touch to arrange a first conversation. Owing "
        "to the volume of applications, we unfortunately can't always reply to everyone individually.\n\nCheers,\n"
        "The Hallam & Pryce Talent Team",
    ),
    m(
        "72016",
        "2026-01-05 09:02",
        "Oliver Whitcombe <oliver.whitcombe@hallampryce.co.uk>",
        "Automatic reply: FP&A Analyst - Geneva application",
        ("other_job", HAL, HALR, None, "direct", "en"),
        "Thank you for your email. I am out of the office until Monday 12 January with limited access to email. For urgent "
        "recruitment matters please contact talent@hallampryce.co.uk.\n\nKind regards,\nOliver",
    ),
    # --- 10 Banque Delorme & Cie (Geneva, jobup.ch) --------------------------------------
    m(
        "72007",
        "2025-11-04 10:14",
        "jobup.ch <noreply@jobup.ch>",
        "Votre candidature a été transmise à Banque Delorme & Cie",
        F("confirmation", DEL, DELR, 10, "other"),
        html=(
            "<html><body style='font-family:Arial'><p>Bonjour Elodie Marchetti,</p><p>Votre candidature pour le poste "
            "<b>Analyste contrôle de gestion (80-100%)</b> a été transmise avec succès à <b>Banque Delorme &amp; Cie</b>, Genève.</p>"
            "<p>Vous pouvez consulter vos candidatures à tout moment dans votre compte jobup.ch.</p><p>Nous vous souhaitons "
            "plein succès !<br>Votre équipe jobup.ch</p></body></html>"
        ),
    ),
    m(
        "72011",
        "2025-11-27 15:03",
        "Ressources Humaines Delorme <rh@delorme-cie.ch>",
        "Votre dossier de candidature",
        F("rejection", DEL, DELR, 10, "direct"),
        "Madame,\n\nNous accusons bonne réception de votre dossier et vous remercions de l'intérêt porté à notre établissement.\n\n"
        "Après un examen attentif, nous sommes au regret de vous informer que nous ne sommes pas en mesure de donner une suite "
        "favorable à votre candidature. Nous avons en effet privilégié des profils disposant d'une expérience du secteur bancaire "
        "privé genevois ainsi que d'un permis de travail valable.\n\nVotre dossier sera détruit conformément à la loi sur la "
        "protection des données.\n\nNous vous prions d'agréer, Madame, nos meilleures salutations.\n\nBanque Delorme & Cie SA\n"
        "Ressources Humaines\nRue de la Corraterie 11, 1204 Genève",
    ),
    # --- 11 SLGE (Geneva, acronym) -> on hold -----------------------------------------------
    m(
        "72010",
        "2025-11-10 08:05",
        "SLGE - Ressources humaines <emploi@slge.ch>",
        "Confirmation de réception - Contrôleur·euse de gestion",
        F("confirmation", SLG, SLGR, 11, "direct"),
        "Madame,\n\nNous vous confirmons la bonne réception de votre dossier de candidature pour le poste de "
        "contrôleur·euse de gestion (taux d'activité 100 %) au sein de notre Direction financière.\n\nLa date de clôture des "
        "postulations est fixée au 21 novembre 2025. Nous reviendrons vers vous dès que possible.\n\nAvec nos meilleures "
        "salutations,\n\nService des ressources humaines\nSociété Lémanique de Gestion Énergétique SA\nChemin du Château-Bloch 2, "
        "1219 Le Lignon",
    ),
    m(
        "72013",
        "2025-12-04 11:40",
        "Nathalie Jaquier <nathalie.jaquier@slge.ch>",
        "Invitation à un entretien - poste de contrôleur·euse de gestion",
        F("interview", SLG, SLGR, 11, "direct"),
        "Madame,\n\nNous avons le plaisir de vous inviter à un premier entretien pour le poste cité en objet, le mardi "
        "9 décembre 2025 à 13h30, en visioconférence (Teams). Vous rencontrerez M. Patrick Zbinden, chef du contrôle de "
        "gestion, et moi-même.\n\nNous vous remercions de nous confirmer votre disponibilité et vous adressons nos "
        "meilleures salutations.\n\nNathalie Jaquier\nSpécialiste RH\nSLGE SA",
        ics={
            "uid": "040000008200E00074C5B7101A82E008000000005lg3@slge.ch",
            "start": "2025-12-09 13:30:00 +0100",
            "minutes": 60,
            "summary": "Entretien Mme Marchetti - CdG",
            "organizer": ("Nathalie Jaquier", "nathalie.jaquier@slge.ch"),
            "attendees": [("Patrick Zbinden", "patrick.zbinden@slge.ch")],
            "location": "Réunion Microsoft Teams",
            "style": "outlook",
        },
    ),
    m(
        "72017",
        "2026-01-14 14:22",
        "Nathalie Jaquier <nathalie.jaquier@slge.ch>",
        "Poste de contrôleur·euse de gestion - information",
        F("confirmation", SLG, SLGR, 11, "direct"),
        "Madame,\n\nNous revenons vers vous concernant le poste de contrôleur·euse de gestion. Suite à une réorganisation de "
        "notre Direction financière décidée en fin d'année, le processus de recrutement est suspendu jusqu'à nouvel avis.\n\n"
        "Nous conservons votre dossier et ne manquerons pas de vous recontacter si le poste devait être réouvert.\n\n"
        "Meilleures salutations,\nNathalie Jaquier\nSLGE SA",
        st="on_hold",
    ),
    # --- 18 Veltris Pharma (Geneva, SmartRecruiters, English) -------------------------------
    m(
        "72015",
        "2025-12-15 10:48",
        "Veltris Pharma <noreply@smartrecruiters.com>",
        "Your application for FP&A Analyst (12-month fixed term)",
        E("confirmation", VEL, VELR, 18, "smartrecruiters"),
        "Dear Elodie,\n\nThank you for applying for the FP&A Analyst (12-month fixed term) position at Veltris Pharma in "
        "Plan-les-Ouates.\n\nWe review every application carefully. Unfortunately, due to the high number of applications, "
        "only shortlisted candidates will be contacted. If you are not selected, we will keep your details on file for "
        "similar roles.\n\nKind regards,\nVeltris Talent Acquisition",
    ),
    m(
        "72018",
        "2026-01-19 09:15",
        "Sabine Mettler <sabine.mettler@veltris.ch>",
        "Veltris Pharma - online Excel assessment",
        E("assessment", VEL, VELR, 18, "direct"),
        "Dear Elodie,\n\nFollowing your screening call, we would like to invite you to complete our online Excel & financial "
        "analysis assessment (approx. 40 minutes). You will receive a separate link from TestGorilla. Please complete it by "
        "Friday 23 January.\n\nBest regards,\nSabine Mettler\nHR Business Partner\nVeltris Pharma SA, Plan-les-Ouates",
    ),
    m(
        "72019",
        "2026-01-19 09:17",
        "Veltris Pharma via TestGorilla <no-reply@testgorilla.com>",
        "Veltris Pharma has invited you to complete an assessment",
        E("assessment", VEL, VELR, 18, "other"),
        html=(
            "<html><body style='font-family:Arial'><p>Hi Elodie,</p><p>Veltris Pharma has invited you to take an assessment "
            "for the role <b>FP&amp;A Analyst</b>.</p><p>Tests included: Microsoft Excel (advanced), Financial Accounting, "
            "Attention to Detail.</p><p><a href='https://app.testgorilla.com/s/8kq2vw1p'>Start assessment</a></p>"
            "<p>Deadline: January 23, 2026</p><p>Good luck!<br>The TestGorilla team</p></body></html>"
        ),
    ),
    m(
        "72022",
        "2026-02-04 17:30",
        "Veltris Pharma <noreply@smartrecruiters.com>",
        "Regarding your application at Veltris Pharma",
        E("rejection", VEL, VELR, 18, "smartrecruiters"),
        "Dear Elodie,\n\nThank you for completing our assessment and for your interest in Veltris Pharma.\n\nWe regret to inform "
        "you that we will not be moving forward with your application for the FP&A Analyst (12-month fixed term) position.\n\n"
        "We wish you every success in your job search.\n\nKind regards,\nVeltris Talent Acquisition",
    ),
    # --- 21 Fiduciaire Moret SA (Geneva) - forwarded confirmation ---------------------------
    m(
        "72020",
        "2026-01-26 21:05",
        "Elodie Marchetti <elodie.marchetti@orange.fr>",
        "TR: Accusé de réception de votre postulation",
        F("confirmation", MOR, MORR, 21, "direct"),
        "\n\n-------- Message transféré --------\nSujet : Accusé de réception de votre postulation\nDate : Mon, 26 Jan 2026 "
        "17:41:09 +0100\nDe : Fiduciaire Moret SA <postulation@moret-fiduciaire.ch>\nPour : elodie.marchetti@orange.fr\n\n"
        "Madame,\n\nNous vous remercions de votre postulation pour le poste de Contrôleur de gestion / Business Analyst et "
        "en accusons réception.\n\nVotre dossier sera examiné avec soin. Nous nous permettrons de vous contacter si votre "
        "profil correspond à nos attentes.\n\nMeilleures salutations,\nFiduciaire Moret SA\nBoulevard Georges-Favon 8, 1204 Genève",
    ),
    m(
        "72023",
        "2026-02-18 08:20",
        "Fiduciaire Moret SA <postulation@moret-fiduciaire.ch>",
        "Votre postulation",
        F("rejection", MOR, MORR, 21, "direct"),
        "Madame,\n\nNous vous remercions de l'intérêt que vous avez témoigné pour notre fiduciaire. Après étude de votre dossier, "
        "nous avons le regret de vous informer que nous ne pouvons pas retenir votre candidature.\n\nEn vous souhaitant plein "
        "succès pour la suite, nous vous adressons, Madame, nos salutations distinguées.\n\nFiduciaire Moret SA",
    ),
    # --- alerts ---------------------------------------------------------------------------
    m(
        "72101",
        "2025-10-03 07:02",
        "Apec <alertes@apec.fr>",
        "8 nouvelles offres correspondent à votre alerte « contrôleur de gestion Lyon »",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour Elodie,\n\n8 nouvelles offres correspondent à votre alerte :\n\n- Contrôleur de gestion H/F – Fromageries "
        "Chanteloup – Saint-Laurent-de-Chamousset (69) – 45-52 k€\n- Contrôleur de gestion industriel H/F – Groupe Halvard – "
        "Givors (69)\n- Responsable contrôle de gestion H/F – confidentiel – Lyon 7e\n- Contrôleur financier H/F – Arvelis "
        "Santé – Écully\n- ... 4 autres offres\n\nVoir toutes les offres : https://www.apec.fr/candidat/mes-alertes\n\n"
        "Vous recevez ce mail car vous avez créé une alerte sur apec.fr.",
    ),
    m(
        "72102",
        "2025-10-12 08:15",
        "HelloWork <alertes@hellowork.com>",
        "Elodie, 5 offres de Contrôleur de gestion à Lyon",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour Elodie,\n\nVoici les nouvelles offres du jour :\n• Contrôleur de gestion F/H – Imprimerie Vallon – Vaulx-en-Velin\n"
        "• Contrôleur de gestion junior H/F – Lyon 9e\n• Analyste financier H/F – CDI – Villeurbanne\n\nVoir les offres sur HelloWork",
    ),
    m(
        "72103",
        "2025-10-19 18:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« analyste fp&a » : 12 nouvelles offres à Lyon",
        ("alert", None, None, None, "linkedin", "fr"),
        "Vos alertes emploi\n\nAnalyste FP&A – Maison Tréval SAS – Villeurbanne\nFP&A Analyst – Nexolyne – Lyon (Hybride)\n"
        "Financial Controller – Stellane – Lyon\nContrôleur de gestion – Groupe Halvard – Givors\n\nVoir toutes les offres\n\n"
        "Vous recevez des e-mails d'alertes emploi. Se désabonner.",
    ),
    m(
        "72104",
        "2025-11-02 08:00",
        "jobup.ch <jobmail@jobup.ch>",
        "Jobmail : 6 nouveaux postes pour « contrôleur de gestion Genève »",
        ("alert", None, None, None, "other", "fr"),
        html=(
            "<html><body><h3>Votre Jobmail</h3><ul><li>Contrôleur·euse de gestion – SLGE SA – Le Lignon</li>"
            "<li>Analyste contrôle de gestion (80-100%) – Banque Delorme &amp; Cie – Genève</li>"
            "<li>Financial Controller (m/f/d) – Carouge</li><li>Business Controller 100% – Meyrin</li></ul>"
            "<p><a href='https://www.jobup.ch/fr/emplois/'>Voir tous les postes</a></p><p>Se désabonner du Jobmail</p></body></html>"
        ),
    ),
    m(
        "72105",
        "2025-11-16 07:45",
        "Indeed <alert@indeed.com>",
        "Contrôleur de gestion - Lyon (69) : nouveaux emplois",
        ("alert", None, None, None, "indeed", "fr"),
        "Nouveaux emplois pour votre recherche contrôleur de gestion à Lyon (69)\n\nContrôleur de gestion commercial H/F\n"
        "Domaines Berthaud – Villefranche-sur-Saône\nFacile à postuler\n\nContrôleur de gestion H/F\nIntérim – Tempora Intérim\n\n"
        "Voir tous les emplois",
    ),
    m(
        "72106",
        "2025-11-28 09:10",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Elodie, ces jobs en finance pourraient te plaire",
        ("alert", None, None, None, "other", "fr"),
        html=(
            "<html><body><h2>Ta sélection de la semaine ✨</h2><p>FP&amp;A / Finance Ops – Pikolo – Lyon</p>"
            "<p>Analyste financier·e – Ocelle – Lyon</p><p>Head of Finance – Grenoble</p>"
            "<p><a href='https://www.welcometothejungle.com/fr/jobs'>Voir les offres</a></p></body></html>"
        ),
    ),
    m(
        "72107",
        "2025-12-14 08:20",
        "jobup.ch <jobmail@jobup.ch>",
        "Jobmail : 4 nouveaux postes pour « FP&A Genève »",
        ("alert", None, None, None, "other", "fr"),
        "Votre Jobmail\n\nFP&A Analyst (12-month fixed term) – Veltris Pharma SA – Plan-les-Ouates\nContrôleur de gestion / "
        "Business Analyst – Fiduciaire Moret SA – Genève\nFP&A Manager – Nyon\n\nVoir tous les postes",
    ),
    m(
        "72108",
        "2026-01-04 07:02",
        "Apec <alertes@apec.fr>",
        "3 nouvelles offres correspondent à votre alerte « contrôleur de gestion Lyon »",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour Elodie,\n\n- Analyste pilotage financier H/F – Crédit Rhodanien – Lyon 3e\n- Contrôleur de gestion H/F – "
        "Alvéa Assurances Mutuelles – Lyon 6e\n- Contrôleur de gestion social H/F – Bron\n\nVoir les offres sur apec.fr",
    ),
    m(
        "72109",
        "2026-02-01 18:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to FP&A Analyst at Nexolyne",
        ("alert", None, None, None, "linkedin", "en"),
        "Jobs you may be interested in\n\nBusiness Analyst Finance – Nexolyne – Lyon (Hybrid)\nFP&A Analyst – Corvessa – Geneva\n"
        "Finance Business Partner – Hallam & Pryce – Geneva\n\nSee all jobs",
    ),
    m(
        "72110",
        "2026-02-15 07:50",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Nouvelles offres d'emploi correspondant à votre profil",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour,\n\nDe nouvelles offres correspondant à votre recherche « Contrôleur / Contrôleuse de gestion » sont "
        "disponibles dans votre espace.\n\n- Contrôleur de gestion – CDI – Lyon 3e\n- Contrôleur de gestion – CDD 6 mois – Vénissieux\n\n"
        "France Travail",
    ),
    m(
        "72111",
        "2025-10-09 12:40",
        "Lever <no-reply@hire.lever.co>",
        "Welcome to the Hallam & Pryce talent community",
        ("alert", HAL, None, None, "lever", "en"),
        "Hi Elodie,\n\nThanks for joining the Hallam & Pryce talent community. We'll let you know when roles in Finance open in "
        "London, Manchester and Geneva.\n\nYou can update your preferences or unsubscribe at any time.\n\nThe Hallam & Pryce Talent Team",
    ),
    # --- outreach / other job mail -------------------------------------------------------
    m(
        "72201",
        "2025-10-23 14:20",
        "Stéphanie Vuillemin via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Poste de Financial Controller - Genève",
        ("outreach", None, "Financial Controller", None, "linkedin", "fr"),
        "Bonjour Elodie,\n\nJe suis consultante chez Altiplan Executive à Genève. Un de nos clients, une société de trading de "
        "matières premières en forte croissance, recherche un Financial Controller (bilingue FR/EN). Votre profil m'a "
        "interpellée.\n\nÊtes-vous ouverte à un poste en Suisse ? Je serais ravie d'échanger.\n\nStéphanie Vuillemin\n"
        "Altiplan Executive SA\n\nRépondre sur LinkedIn",
    ),
    m(
        "72202",
        "2026-01-28 11:02",
        "Damien Achour <damien.achour@hestia-rh.fr>",
        "Mission de management de transition - contrôle de gestion",
        ("outreach", None, "Contrôleur de gestion de transition", None, "agency", "fr"),
        "Bonjour Madame Marchetti,\n\nNous recherchons pour l'un de nos clients, une ETI de la métallurgie située dans la Loire, "
        "un contrôleur de gestion de transition pour une mission de 4 à 6 mois (clôture annuelle et budget). Portage salarial ou "
        "freelance.\n\nPuis-je vous appeler ?\n\nDamien Achour\nHestia RH – Management de transition",
    ),
    m(
        "72203",
        "2025-10-29 19:30",
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre profil a été consulté par 3 recruteurs",
        ("other_job", None, None, None, "other", "fr"),
        "Bonjour Elodie,\n\nCette semaine, votre profil a été consulté par 3 recruteurs, dont 1 cabinet de recrutement.\n\n"
        "Un profil complet a 3 fois plus de chances d'être contacté : ajoutez vos compétences clés.\n\nL'équipe Apec",
    ),
    m(
        "72204",
        "2025-12-19 10:30",
        "Corvessa Talent Acquisition <corvessa@myworkday.com>",
        "How was your candidate experience?",
        ("other_job", COR, None, None, "workday", "en"),
        "Hi Elodie,\n\nYou recently interviewed with Corvessa. We'd love to hear about your experience - the survey takes 3 "
        "minutes and is anonymous.\n\nTake the survey: https://corvessa.qualtrics.com/jfe/form/SV_6yTq\n\nThank you!\nCorvessa Talent Acquisition",
    ),
    m(
        "72205",
        "2026-02-25 09:10",
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre rendez-vous conseil Apec est confirmé",
        ("other_job", None, None, None, "other", "fr"),
        "Bonjour Elodie,\n\nVotre rendez-vous « Préparer sa négociation salariale » avec votre consultante Apec, Mme Leroux, "
        "est confirmé le jeudi 5 mars 2026 à 10h00 (par téléphone).\n\nL'équipe Apec",
    ),
    m(
        "72006",
        "2025-11-05 17:48",
        "Megan Alcott <megan.alcott@corvessa.com>",
        "Corvessa - Senior Financial Analyst FP&A EMEA: intro call",
        E("interview", COR, CORR, 6, "direct"),
        "Hi Elodie,\n\nI'm the recruiter supporting our FP&A EMEA opening in Geneva and I'd love to set up a 30-minute "
        "introductory call to walk you through the role and hear about your background.\n\nWould Monday 10 November at "
        "11:00 CET work? If not, please pick any slot here: https://calendly.com/megan-alcott-corvessa/intro\n\n"
        "Best,\nMegan\n\nMegan Alcott | Talent Acquisition Partner, International | Corvessa",
    ),
    m(
        "72112",
        "2025-11-19 12:00",
        "Balto Énergie <no-reply@teamtailor-mail.com>",
        "Bienvenue dans la communauté talents de Balto Énergie",
        ("alert", "Balto Énergie", None, None, "teamtailor", "fr"),
        "Bonjour Elodie,\n\nMerci de nous avoir rejoints via Connect ! Vous serez parmi les premiers informés de nos nouvelles "
        "offres en finance et en gestion de projets.\n\nVous pouvez gérer vos préférences à tout moment.\n\nL'équipe Balto",
    ),
    m(
        "72206",
        "2026-02-09 10:45",
        "Charlotte Reyes via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Finance Business Partner opportunity - Geneva",
        ("outreach", None, "Finance Business Partner", None, "linkedin", "en"),
        "Hi Elodie,\n\nI'm a recruiter with Brightwell Search in Geneva. I'm working on a Finance Business Partner role for a "
        "global consumer health company's EMEA headquarters (hybrid, 3 days on site). Your FP&A background and French/English "
        "profile look like a strong match.\n\nWould you be open to a quick chat this week?\n\nBest regards,\nCharlotte",
    ),
    m(
        "72207",
        "2026-02-10 08:02",
        "Charlotte Reyes <c.reyes@brightwell-search.ch>",
        "Automatic reply: Finance Business Partner opportunity - Geneva",
        ("other_job", None, None, None, "agency", "en"),
        "Thank you for your message. I am travelling until 16 February and will respond on my return. "
        "For urgent matters, please call our Geneva office on +41 22 518 40 00.\n\nCharlotte Reyes\nBrightwell Search",
    ),
]

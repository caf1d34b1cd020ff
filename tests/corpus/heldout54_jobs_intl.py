# ruff: noqa: E501
"""Corpus 54, English job mail and the rest of the job mail (data only): see heldout54.py."""

from __future__ import annotations

from typing import Any

from heldout54_jobs import ev, m


def J(cat, src, co=None, role=None, lang="fr"):
    return (cat, co, role, None, src, lang)


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


NL, NLR = "Northlight Labs", "Senior Product Designer (Remote, Europe)"
KF, KFR = "Kestrel & Finch", "UX Researcher"
LM, LMR = "Lumen Cartographie", "Senior UX Designer"
HV, HVR = "Halvard Mobility", "Senior UX Researcher"
TS, TSR = "Tessel", "Product Designer, Growth"
VE, VER = "Velora", "Lead Product Designer"

MAIL: list[dict[str, Any]] = [
    # --- 21 Northlight Labs (Greenhouse, take-home, GoodTime) ----------------------------
    m(
        "2025-10-02 16:14",
        "Northlight Labs <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Northlight Labs",
        E("confirmation", NL, NLR, 21, "greenhouse"),
        "Hi Thomas,\n\nThanks for your interest in Northlight Labs! We've received your application for the Senior Product Designer (Remote, Europe) role.\n\nOur team reviews every application carefully. If your background is a match, someone from our recruiting team will reach out within two weeks. Unfortunately, due to the volume of applications we receive, we may not be able to respond personally if you are not selected to move forward.\n\nBest,\nNorthlight Labs Talent Team",
    ),
    m(
        "2025-10-14 18:03",
        "Priya Okafor <priya.okafor@northlightlabs.com>",
        "Northlight Labs – next step: design exercise",
        E("assessment", NL, NLR, 21, "direct"),
        "Hi Thomas,\n\nGreat speaking with you earlier today! As discussed, the next step is a short take-home design exercise. You'll find the brief in the Greenhouse link below; please timebox it to around 4 hours and send it back by Tuesday, October 21.\n\nhttps://app.greenhouse.io/tests/9c21ab?utm_source=email\n\nAfter that we'll schedule a 60-minute walkthrough with two of our designers.\n\nCheers,\nPriya Okafor\nDesign Recruiter, Northlight Labs",
    ),
    m(
        "2025-10-24 10:31",
        "Northlight Labs via GoodTime <no-reply@goodtime.io>",
        "Interview Confirmed: Northlight Labs - Design Exercise Walkthrough",
        E("interview", NL, NLR, 21, "other"),
        "Hi Thomas,\n\nYour interview with Northlight Labs has been scheduled.\n\nWhen: Thursday, October 30, 2025, 3:00 PM - 4:00 PM (CET)\nInterviewers: Dana Whitfield (Principal Designer), Matteo Rinaldi (Product Designer)\nWhere: https://northlightlabs.zoom.us/j/91022841\n\nNeed to reschedule? Reply to this email.\n\nPowered by GoodTime",
        ics=ev(
            "2025-10-30 15:00:00 +0100",
            60,
            ("Northlight Labs Recruiting", "recruiting@northlightlabs.com"),
            "gt-nl-30oct@goodtime.io",
            "Northlight Labs: Design Exercise Walkthrough – Thomas Lefèvre-Nguyen",
            "Zoom interview",
            "https://northlightlabs.zoom.us/j/91022841",
        ),
    ),
    m(
        "2025-11-07 19:22",
        "Northlight Labs <no-reply@us.greenhouse-mail.io>",
        "Update on your Northlight Labs application",
        E("rejection", NL, NLR, 21, "greenhouse"),
        "Hi Thomas,\n\nThank you so much for the time and thought you put into the design exercise. The team particularly enjoyed how you framed the research questions before jumping into screens.\n\nAfter a lot of discussion, we've decided to move forward with another candidate whose experience with developer tooling is closer to what this role needs right now. This was a hard call.\n\nWe'd love to stay in touch for future roles.\n\nWarmly,\nPriya Okafor on behalf of Northlight Labs",
    ),
    # --- 22 Kestrel & Finch (SmartRecruiters) ------------------------------------------
    m(
        "2025-10-20 11:02",
        "Kestrel & Finch <noreply@smartrecruiters.com>",
        "Your application for UX Researcher",
        E("confirmation", KF, KFR, 22, "smartrecruiters"),
        "Dear Thomas,\n\nThank you for applying for the UX Researcher position (Paris, hybrid) at Kestrel & Finch. We have received your application and our Talent Acquisition team will review it shortly.\n\nIf your profile matches the requirements, we will contact you to discuss the next steps.\n\nKind regards,\nKestrel & Finch Talent Acquisition",
    ),
    m(
        "2025-11-13 07:45",
        "Kestrel & Finch <noreply@smartrecruiters.com>",
        "Kestrel & Finch – UX Researcher",
        E("rejection", KF, KFR, 22, "smartrecruiters"),
        "Dear Thomas,\n\nThank you for your interest in Kestrel & Finch and for taking the time to apply.\n\nWe regret to inform you that we will not be moving forward with your application at this time. We encourage you to follow our careers page for future openings.\n\nKind regards,\nKestrel & Finch Talent Acquisition",
    ),
    # --- 23 Lumen Cartographie (BambooHR, English) -----------------------------------
    m(
        "2025-11-02 20:50",
        "Lumen Cartographie <notifications@app.bamboohr.com>",
        "Thanks for applying to Lumen",
        E("confirmation", LM, LMR, 23, "bamboohr"),
        "Hi Thomas,\n\nThank you for applying for the Senior UX Designer position at Lumen. We appreciate your interest and will review your application soon.\n\nWe're a fully remote team spread across France, Spain and Portugal, and we write most things in English, which is why this message is too.\n\nAll the best,\nLumen People Team",
    ),
    m(
        "2025-11-26 12:12",
        "Lumen Cartographie <notifications@app.bamboohr.com>",
        "Your application at Lumen",
        E("rejection", LM, LMR, 23, "bamboohr"),
        "Hi Thomas,\n\nThanks again for applying for the Senior UX Designer position. We reviewed your application with interest, but we've decided to pursue other candidates whose GIS experience more closely matches what we need.\n\nWe wish you the best in your search.\n\nLumen People Team",
    ),
    # --- 24 Halvard Mobility (Workday, English, Grenoble) ---------------------------
    m(
        "2025-11-10 14:36",
        "Halvard Mobility <halvard@myworkday.com>",
        "We've received your application – Senior UX Researcher (JR-11873)",
        E("confirmation", HV, HVR, 24, "workday"),
        "Dear Thomas,\n\nThank you for applying to Halvard Mobility. We confirm receipt of your application for Senior UX Researcher (JR-11873), Grenoble, France.\n\nYou can review the status of your application at any time in the Candidate Home section of our career site.\n\nBest regards,\nHalvard Mobility Talent Acquisition\n\nHalvard Mobility SE is an equal opportunity employer.",
    ),
    m(
        "2025-12-19 09:55",
        "Halvard Mobility <halvard@myworkday.com>",
        "Your application status – JR-11873",
        E("rejection", HV, HVR, 24, "workday"),
        "Dear Thomas,\n\nThank you for your interest in the Senior UX Researcher position at Halvard Mobility.\n\nWe have reviewed your application and, unfortunately, we have decided not to proceed with it. The position has been filled internally.\n\nWe wish you success in your career.\n\nHalvard Mobility Talent Acquisition",
    ),
    # --- 25 Tessel (Lever, English), ghosted; forwarded confirmation ----------------
    m(
        "2025-12-08 15:19",
        "Tessel <no-reply@hire.lever.co>",
        "Thanks for applying to Tessel!",
        E("confirmation", TS, TSR, 25, "lever"),
        "Hi Thomas,\n\nThanks for applying for Product Designer, Growth at Tessel. We've received your application and our team will be in touch if there's a fit.\n\nThe Tessel Team",
    ),
    m(
        "2025-12-08 21:42",
        "Thomas Lefèvre-Nguyen <thomas.lefevre.nguyen@laposte.net>",
        "TR: Thanks for applying to Tessel!",
        E("confirmation", TS, TSR, 25, "lever"),
        "Pour mon tableau de suivi.\n\n-------- Message transféré --------\nDe : Tessel <no-reply@hire.lever.co>\nDate : lun. 8 déc. 2025 à 15:19\nObjet : Thanks for applying to Tessel!\nÀ : Thomas Lefèvre-Nguyen <thomas.lefevre.nguyen@laposte.net>\n\nHi Thomas,\n\nThanks for applying for Product Designer, Growth at Tessel. We've received your application and our team will be in touch if there's a fit.\n\nThe Tessel Team",
        to="Thomas Lefèvre-Nguyen <thomas.lefevre.nguyen@laposte.net>",
    ),
    # --- Velora comes back (agency) ------------------------------------------------
    m(
        "2026-01-27 09:20",
        "Guillaume Berthier <g.berthier@talentis-conseil.fr>",
        "Velora relance le recrutement Lead Product Designer",
        J("outreach", "agency", VE, VER),
        "Bonjour Thomas,\n\nBonne année ! Velora relance son recrutement de Lead Product Designer après sa levée de fonds. Je sais que vous avez accepté un poste depuis : seriez-vous malgré tout ouvert à en discuter ? Sinon, auriez-vous quelqu'un à me recommander ?\n\nBien cordialement,\nGuillaume Berthier\nTalentis Conseil",
    ),
    # --- alerts ----------------------------------------------------------------------
    m(
        "2025-10-05 08:00",
        "Welcome to the Jungle <alerte@welcometothejungle.com>",
        "12 nouvelles offres pour « Product Designer » à Lyon",
        J("alert", "other"),
        html="<html><body><h2>Vos offres de la semaine</h2><ul><li><b>Product Designer</b> – Pixelune · Lyon · CDI</li><li><b>UX Researcher</b> – Quadrille · Lyon · CDI</li><li><b>Product Designer Senior</b> – Hexaflore · Villeurbanne · CDI</li><li>… et 9 autres offres</li></ul><p><a href='https://www.welcometothejungle.com/fr/jobs'>Voir toutes les offres</a></p><p style='font-size:11px'>Vous recevez cet e-mail car vous avez créé une alerte. <a href='#'>Gérer mes alertes</a></p></body></html>",
    ),
    m(
        "2025-10-19 07:30",
        "Apec <alertes@apec.fr>",
        "Vos nouvelles offres Apec : UX designer – Rhône (69)",
        J("alert", "other"),
        "Bonjour Thomas,\n\n8 nouvelles offres correspondent à votre recherche « UX designer – Rhône (69) » :\n\n- UX Designer H/F – ÉQUIPHARM – Lyon 3e – 45-50 k€\n- Designer UX/UI confirmé H/F – SOCIÉTÉ DES EAUX DU LYONNAIS – Lyon 6e\n- Product Designer H/F – KALIPSO SAS – Écully\n\nVoir toutes les offres sur apec.fr\n\nPour ne plus recevoir cette alerte, modifiez vos préférences dans votre espace.",
    ),
    m(
        "2025-11-02 09:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« ux researcher » : 24 nouvelles offres à Paris",
        J("alert", "linkedin"),
        html="<html><body><p>Votre alerte emploi pour <b>ux researcher</b> à Paris, Île-de-France</p><p><b>UX Researcher</b> · Mutuelle Azuréa · Paris (Sur site)</p><p><b>Senior UX Researcher</b> · Kalmia Health · Paris (Hybride)</p><p><b>User Researcher</b> · Doria · Paris (Télétravail)</p><p><a href='https://www.linkedin.com/jobs/search'>Voir toutes les offres</a></p></body></html>",
    ),
    m(
        "2025-11-16 08:05",
        "Indeed <alert@indeed.com>",
        "Nouveaux emplois : product designer, Lyon (69)",
        J("alert", "indeed"),
        html="<html><body><p><b>product designer</b> – Lyon (69)</p><p>Product Designer H/F – Lyonnaise des Services Numériques – Lyon – CDI</p><p>UI/UX Designer – Agence Belvédère – Lyon 2e – CDI</p><p>Designer produit junior – Ecully – Stage</p><p><a href='https://fr.indeed.com/'>Voir tous les emplois</a></p></body></html>",
    ),
    m(
        "2025-11-30 08:10",
        "HelloWork <alertes@hellowork.com>",
        "5 nouvelles offres « UX Designer » près de Grenoble",
        J("alert", "other"),
        "Bonjour Thomas,\n\nDe nouvelles offres correspondent à votre alerte :\n- UX Designer H/F – Grenoble – CDI\n- Concepteur UX/UI H/F – Meylan – CDI\n- Designer d'interaction H/F – Montbonnot – CDD 12 mois\n\nConsultez-les sur HelloWork.",
    ),
    m(
        "2025-12-07 10:00",
        "JobTeaser <notifications@jobteaser.com>",
        "Les entreprises qui recrutent en design cette semaine",
        J("alert", "other"),
        html="<html><body><p>Salut Thomas,</p><p>Voici une sélection d'offres en design produit choisies pour toi : Studio Caribou (Lyon), Nébuleuse (Paris), Ateliers Morel (Grenoble).</p><p><a href='https://www.jobteaser.com'>Découvrir</a></p></body></html>",
    ),
    m(
        "2026-01-11 08:30",
        "Malt <noreply@malt.fr>",
        "3 nouveaux projets qui correspondent à votre profil",
        J("alert", "other"),
        "Bonjour Thomas,\n\nDe nouveaux projets ont été publiés sur Malt :\n- Audit UX d'une application de covoiturage – Lyon – 10 jours\n- Tests utilisateurs e-commerce – remote – 5 jours\n- Design system B2B – Paris – 40 jours\n\nRépondez vite, les premiers freelances ont plus de chances d'être retenus.\n\nL'équipe Malt",
    ),
    m(
        "2026-02-08 09:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        'New jobs for "product designer" in France (Remote)',
        J("alert", "linkedin", lang="en"),
        html="<html><body><p>Your job alert for <b>product designer</b> in France (Remote)</p><p><b>Senior Product Designer</b> · Trellis · Remote</p><p><b>Product Designer</b> · Orbitale · Remote</p><p><a href='https://www.linkedin.com/jobs/'>See all jobs</a></p></body></html>",
    ),
    m(
        "2025-10-11 12:00",
        "Welcome to the Jungle <alerte@welcometothejungle.com>",
        "Hexaflore recrute : Product Designer Senior",
        J("alert", "other", "Hexaflore", "Product Designer Senior"),
        html="<html><body><p>Une entreprise que vous suivez recrute !</p><p><b>Hexaflore</b> vient de publier une offre : <b>Product Designer Senior</b> – Villeurbanne – CDI.</p><p><a href='#'>Voir l'offre</a></p></body></html>",
    ),
    m(
        "2025-10-09 16:40",
        "Groupe Vautrin <groupevautrin@myworkday.com>",
        "Bienvenue dans la communauté Talents du Groupe Vautrin",
        J("alert", "workday"),
        "Bonjour Thomas,\n\nMerci d'avoir rejoint notre communauté Talents. Vous recevrez nos offres correspondant à vos centres d'intérêt (Design, Digital) au sein de toutes nos marques : Maison Vautrin, Vautrin Home, Atelier Lisse.\n\nÀ bientôt,\nLa Direction des Talents",
    ),
    m(
        "2025-11-06 19:00",
        "Halvard Mobility <halvard@myworkday.com>",
        "Complete your application – Senior UX Researcher",
        J("alert", "workday", HV, HVR, lang="en"),
        "Hi Thomas,\n\nYou started an application for Senior UX Researcher (JR-11873) but haven't submitted it yet. Your progress has been saved.\n\nPick up where you left off: https://halvard.wd3.myworkday.com/Careers\n\nHalvard Mobility Talent Acquisition",
    ),
    m(
        "2025-12-03 18:00",
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature n'est pas terminée",
        J("alert", "other", "Domaines Verdier", "Designer UX e-commerce"),
        "Bonjour Thomas,\n\nVous avez commencé à postuler à l'offre « Designer UX e-commerce » chez Domaines Verdier mais n'avez pas finalisé votre candidature. Il ne vous reste que quelques étapes !\n\nFinaliser ma candidature\n\nL'équipe HelloWork",
    ),
    # --- outreach ----------------------------------------------------------------
    m(
        "2025-10-25 10:22",
        "Sarah Levinson <sarah@harbourtalent.co.uk>",
        "Remote Product Designer – Fintech (EU timezone)",
        J("outreach", "agency", None, "Product Designer", lang="en"),
        "Hi Thomas,\n\nHope you're well! I came across your profile on LinkedIn and I'm working with a fast-growing fintech client who is hiring a Product Designer, fully remote within EU time zones. They're paying €60-70k plus equity.\n\nWould you be open to a quick chat this week?\n\nBest,\nSarah Levinson\nSenior Consultant, Harbour Talent",
    ),
    m(
        "2025-11-12 13:18",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Thomas, une opportunité de Head of Design chez Ardenne Logiciels",
        J("outreach", "linkedin", "Ardenne Logiciels", "Head of Design"),
        html="<html><body><p><b>Mathilde Rivet</b> vous a envoyé un message InMail</p><p>Bonjour Thomas, je suis Talent Acquisition Manager chez Ardenne Logiciels (éditeur SaaS, Grenoble). Nous créons notre poste de Head of Design et votre profil m'a interpellée. Auriez-vous 20 minutes pour en parler ?</p><p><a href='https://www.linkedin.com/messaging/'>Répondre</a></p></body></html>",
    ),
    m(
        "2026-01-20 10:44",
        "Malt <noreply@malt.fr>",
        "Nouvelle demande de projet de Domaines Verdier",
        J("outreach", "other", "Domaines Verdier", "Tests utilisateurs site e-commerce"),
        "Bonjour Thomas,\n\nDomaines Verdier vous a envoyé une demande de projet : « Tests utilisateurs de notre site e-commerce » – 6 jours, à démarrer en février.\n\nRépondez sous 48h pour conserver votre taux de réponse.\n\nVoir la demande : https://www.malt.fr/messages\n\nL'équipe Malt",
    ),
    m(
        "2026-02-24 15:05",
        "Antoine Morel <antoine.morel@ekko-conseil.fr>",
        "Mission freelance UX Research – secteur public (Grenoble)",
        J("outreach", "agency", None, "Consultant UX Research"),
        "Bonjour Thomas,\n\nNous recherchons pour l'un de nos clients du secteur public un consultant UX Research pour une mission de 3 mois à Grenoble (2 jours sur site). Démarrage avril.\n\nSi vous ou une personne de votre réseau êtes intéressés, je serais ravi d'en discuter.\n\nAntoine Morel\nEkko Conseil – Ingénierie & Digital",
    ),
    # --- other job mail --------------------------------------------------------------
    m(
        "2025-10-02 09:05",
        "Groupe Vautrin <groupevautrin@myworkday.com>",
        "Vérifiez votre adresse e-mail",
        J("other_job", "workday"),
        "Bonjour,\n\nVotre code de vérification pour créer votre compte candidat sur le site carrières du Groupe Vautrin est : 482917\n\nCe code expire dans 15 minutes.\n\nGroupe Vautrin",
    ),
    m(
        "2025-10-28 10:06",
        "Guillaume Berthier <g.berthier@talentis-conseil.fr>",
        "Réponse automatique : Entretien Velora – jeudi 30/10 à 17h",
        J("other_job", "agency"),
        "Bonjour,\n\nJe suis absent jusqu'au lundi 3 novembre inclus, avec un accès limité à mes e-mails. Pour toute urgence, merci de contacter Nadia Kerbrat : n.kerbrat@talentis-conseil.fr.\n\nCordialement,\nGuillaume Berthier",
        headers={"Auto-Submitted": "auto-replied"},
    ),
    m(
        "2025-12-12 16:30",
        "Fermentis <no-reply@greenhouse-mail.io>",
        "Votre avis sur notre processus de recrutement",
        J("other_job", "greenhouse", "Fermentis"),
        "Bonjour Thomas,\n\nVous avez récemment passé des entretiens chez Fermentis. Pourriez-vous prendre 3 minutes pour nous dire comment s'est passée votre expérience ? Vos réponses sont anonymes.\n\nRépondre au questionnaire : https://survey.greenhouse.io/fm-2025\n\nMerci !\nL'équipe Talent Acquisition de Fermentis",
    ),
    m(
        "2026-01-05 11:00",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre profil a été consulté 14 fois ce mois-ci",
        J("other_job", "other"),
        html="<html><body><p>Bonjour Thomas,</p><p>Les recruteurs s'intéressent à vous : votre profil a été consulté 14 fois en décembre.</p><p>Pensez à le mettre à jour pour rester visible.</p></body></html>",
    ),
]

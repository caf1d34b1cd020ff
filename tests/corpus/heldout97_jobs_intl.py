# ruff: noqa: E501
"""Corpus 97, English-speaking groups, boards' alerts, outreach and other job mail (data only): see heldout97.py."""

from __future__ import annotations

from typing import Any

from heldout97_jobs import m


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def F(cat, co, role, app, src):
    return (cat, co, role, app, src, "fr")


ME, ME1, ME2 = (
    "Méridia Systems",
    "Program Quality Manager",
    "Supplier Quality Manager - Cabin Systems",
)
OP, OPR = "Opaline Space", "Product Assurance Manager"
AE, AER = "Aéroliance", "Quality Program Manager"
PY, PYR = "Pyrène Avionics", "Responsable qualité projet"
OR, ORR = "Orvane", "Responsable qualité programme intérieurs cabine"

MAIL: list[dict[str, Any]] = [
    # --- 4 Méridia Systems, Program Quality Manager (SmartRecruiters) -------------------------
    m(
        "8101",
        "2025-09-05 10:48",
        "Méridia Systems <noreply@smartrecruiters.com>",
        "Thank you for your application",
        E("confirmation", ME, ME1, 4, "smartrecruiters"),
        "Dear Camille,\n\nThank you for applying for the Program Quality Manager position (Toulouse, France) at Méridia Systems.\n\nWe have received your application and our Talent Acquisition team will review it carefully. Unfortunately, due to the high volume of applications, we are not able to respond to each candidate individually; if your profile matches the role, a recruiter will be in touch.\n\nKind regards,\nMéridia Systems Talent Acquisition\n\nMéridia Systems France SAS - 2 rond-point Dewoitine, 31700 Blagnac",
    ),
    m(
        "8102",
        "2025-09-26 13:30",
        "Méridia Systems <noreply@smartrecruiters.com>",
        "Your application for Program Quality Manager",
        E("rejection", ME, ME1, 4, "smartrecruiters"),
        "Dear Camille,\n\nThank you for your interest in Méridia Systems and for taking the time to apply for the Program Quality Manager role.\n\nWe were impressed by your background in aerospace quality. After careful consideration, however, we have decided to move forward with candidates whose experience more closely matches the needs of the program at this time.\n\nWe encourage you to keep an eye on our careers page and wish you every success.\n\nBest regards,\nTalent Acquisition, Méridia Systems",
    ),
    # --- 17 Méridia Systems, Supplier Quality Manager (SmartRecruiters, on hold) ------------
    m(
        "8103",
        "2025-10-28 09:12",
        "Méridia Systems <noreply@smartrecruiters.com>",
        "Thank you for your application",
        E("confirmation", ME, ME2, 17, "smartrecruiters"),
        "Dear Camille,\n\nThank you for applying for the Supplier Quality Manager - Cabin Systems position (Bordeaux, France) at Méridia Systems.\n\nWe have received your application and our Talent Acquisition team will review it carefully. If your profile matches the role, a recruiter will be in touch.\n\nKind regards,\nMéridia Systems Talent Acquisition",
    ),
    m(
        "8104",
        "2025-11-18 16:40",
        "Kate Whitfield <kate.whitfield@meridia-systems.com>",
        "Supplier Quality Manager - update",
        E("confirmation", ME, ME2, 17, "direct"),
        "Hi Camille,\n\nI wanted to give you a quick and honest update on the Supplier Quality Manager - Cabin Systems role in Bordeaux. Following the budget review for 2026, the position has been put on hold until further notice.\n\nYour application remains active on our side and I will reach out as soon as we get the green light to reopen it.\n\nApologies for the delay, and thanks for your patience.\n\nKate Whitfield\nSenior Talent Partner, EMEA\nMéridia Systems",
        st="on_hold",
    ),
    # --- 10 Opaline Space (LinkedIn Easy Apply, ghosted) --------------------------------------
    m(
        "8110",
        "2025-09-18 08:33",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Camille, your application was sent to Opaline Space",
        E("confirmation", OP, OPR, 10, "linkedin"),
        html="<html><body><p>Your application was sent to Opaline Space</p><table><tr><td><b>Product Assurance Manager</b><br>Opaline Space · Paris, Île-de-France (Hybrid)</td></tr><tr><td>Applied on September 18, 2025</td></tr></table><p><a href='https://www.linkedin.com/jobs/tracker/applied/'>View application</a></p><p style='color:#888;font-size:11px'>This email was intended for Camille Fabre-Roussel (Responsable Qualité Programme | Aéronautique | EN 9100). LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p></body></html>",
    ),
    m(
        "8111",
        "2025-09-25 12:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Opaline Space",
        E("viewed", OP, OPR, 10, "linkedin"),
        html="<html><body><p>Camille, your application was viewed</p><p>The hiring team at <b>Opaline Space</b> viewed your application for <b>Product Assurance Manager</b>.</p><p><a href='https://www.linkedin.com/jobs/tracker/applied/'>See your applied jobs</a></p></body></html>",
    ),
    # --- 15 Aéroliance (Workday, English group) ------------------------------------------------
    m(
        "8120",
        "2025-10-10 07:55",
        "Aeroliance Careers <aeroliance@myworkday.com>",
        "Your Aeroliance account has been created",
        ("other_job", AE, None, None, "workday", "en"),
        "Hello Camille,\n\nYour candidate account on the Aeroliance Careers site has been created. Your username is camille.fabreroussel@orange.fr.\n\nIf you did not create this account, please ignore this email.\n\nAeroliance Careers",
    ),
    m(
        "8121",
        "2025-10-10 08:21",
        "Aeroliance Careers <aeroliance@myworkday.com>",
        "Application received - Quality Program Manager (JR-2025-07714)",
        E("confirmation", AE, AER, 15, "workday"),
        html="<html><body><p>Dear Camille,</p><p>Thank you for your interest in <b>Aeroliance Group</b>. We confirm that we have received your application for <b>Quality Program Manager</b> (JR-2025-07714), Paris - Gennevilliers.</p><p>Our recruitment team will review your profile. If you are not selected for this position, you will be notified through your candidate home.</p><p>Best regards,<br>Aeroliance Talent Acquisition</p></body></html>",
    ),
    m(
        "8122",
        "2025-10-16 14:02",
        "Aeroliance Careers <aeroliance@myworkday.com>",
        "Action required: online assessment for Quality Program Manager",
        E("assessment", AE, AER, 15, "workday"),
        "Dear Camille,\n\nAs the next step for the Quality Program Manager role, we invite you to complete two short online assessments (numerical reasoning and a work-style questionnaire). They take about 40 minutes in total and should be completed within 5 days.\n\nStart here: https://aeroliance.wd3.myworkday.com/aeroliance/d/task/assess-88210\n\nGood luck!\nAeroliance Talent Acquisition",
    ),
    m(
        "8123",
        "2025-11-07 10:44",
        "Aeroliance Careers <aeroliance@myworkday.com>",
        "Update on your application",
        E("rejection", AE, AER, 15, "workday"),
        "Dear Camille,\n\nThank you for the time and effort you put into your application and assessments for the Quality Program Manager position.\n\nWe appreciated learning about your experience. After careful review, we regret to inform you that we will not be moving forward with your application for this role.\n\nWe wish you the very best in your job search.\n\nAeroliance Talent Acquisition",
    ),
    # --- 22 Pyrène Avionics (LinkedIn, Outlook invite) -----------------------------------------
    m(
        "8130",
        "2025-11-20 19:47",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Camille, your application was sent to Pyrène Avionics",
        F("confirmation", PY, PYR, 22, "linkedin"),
        html="<html><body><p>Votre candidature a été envoyée à Pyrène Avionics</p><table><tr><td><b>Responsable qualité projet</b><br>Pyrène Avionics · Toulouse, Occitanie (Sur site)</td></tr><tr><td>Candidature envoyée le 20 nov. 2025</td></tr></table></body></html>",
    ),
    m(
        "8131",
        "2025-12-01 11:03",
        "Mathieu Sanchez <mathieu.sanchez@pyrene-avionics.com>",
        "Invitation: Entretien Responsable qualité projet @ jeu. 4 déc. 2025 14:00 - 15:00",
        F("interview", PY, PYR, 22, "direct"),
        "Bonjour Camille,\n\nMerci pour votre candidature via LinkedIn. Je vous propose un entretien Teams ce jeudi à 14h avec moi-même et notre responsable programme.\n\nMathieu Sanchez\nResponsable Qualité - Pyrène Avionics SAS",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E0080000000028A1",
            "start": "2025-12-04 14:00:00 +0100",
            "minutes": 60,
            "summary": "Entretien Responsable qualité projet",
            "organizer": ("Mathieu Sanchez", "mathieu.sanchez@pyrene-avionics.com"),
            "location": "Réunion Microsoft Teams",
            "description": "Réunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_pyr4dec",
        },
    ),
    m(
        "8132",
        "2025-12-17 09:20",
        "Mathieu Sanchez <mathieu.sanchez@pyrene-avionics.com>",
        "Suite à votre candidature",
        F("rejection", PY, PYR, 22, "direct"),
        "Bonjour Camille,\n\nJe tenais à vous remercier personnellement pour notre échange du 4 décembre, que j'ai trouvé très riche.\n\nNous avons finalement orienté notre choix vers un profil plus junior, en cohérence avec le budget du poste. Votre expérience mériterait un poste à plus forte responsabilité, et je ne manquerai pas de penser à vous.\n\nBonne continuation,\nMathieu Sanchez",
    ),
    # --- 25 Orvane (SmartRecruiters, late rejection) -------------------------------------------
    m(
        "8140",
        "2025-10-30 17:05",
        "Orvane Aircraft Interiors <noreply@smartrecruiters.com>",
        "Merci pour votre candidature",
        F("confirmation", OR, ORR, 25, "smartrecruiters"),
        "Bonjour Camille,\n\nMerci d'avoir postulé au poste de Responsable qualité programme intérieurs cabine chez Orvane Aircraft Interiors (Colomiers).\n\nNous étudions votre candidature et reviendrons vers vous dans les meilleurs délais.\n\nL'équipe Recrutement Orvane",
    ),
    m(
        "8141",
        "2026-02-03 09:01",
        "Orvane Aircraft Interiors <noreply@smartrecruiters.com>",
        "Votre candidature chez Orvane",
        F("rejection", OR, ORR, 25, "smartrecruiters"),
        "Bonjour Camille,\n\nNous vous remercions de l'intérêt que vous portez à Orvane et vous prions de nous excuser pour ce délai de réponse.\n\nVotre candidature a retenu notre attention ; nous avons néanmoins décidé de ne pas poursuivre le processus avec vous pour ce poste.\n\nNous vous souhaitons une excellente continuation.\n\nL'équipe Recrutement Orvane",
    ),
    # --- alerts -------------------------------------------------------------------------------
    m(
        "8200",
        "2025-09-02 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« responsable qualité aéronautique » : 12 nouvelles offres à Toulouse",
        ("alert", None, None, None, "linkedin", "fr"),
        html="<html><body><p>Votre alerte emploi pour <b>responsable qualité aéronautique</b> à Toulouse</p><ul><li>Responsable Qualité Fournisseurs - Garonne Aéro - Colomiers</li><li>Quality Manager - Tarnaéro - Albi</li><li>Ingénieur qualité système - Alcyon Consulting - Toulouse</li><li>Responsable qualité produit - Orvane - Colomiers</li></ul><p><a href='https://www.linkedin.com/jobs/search/'>Voir toutes les offres</a></p></body></html>",
    ),
    m(
        "8201",
        "2025-09-16 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« chef de projet industrialisation » : Altiverre et 8 autres recrutent",
        ("alert", None, None, None, "linkedin", "fr"),
        html="<html><body><p>Nouvelles offres correspondant à votre alerte</p><ul><li>Chef de projet industrialisation - Altiverre - Toulouse</li><li>Chef de projet NPI - Corvalis Aerospace - Mérignac</li><li>Industrialisation Project Lead - Méridia Systems - Blagnac</li></ul></body></html>",
    ),
    m(
        "8202",
        "2025-10-07 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to Program Quality Manager at Méridia Systems",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Jobs similar to <b>Program Quality Manager</b></p><ul><li>Quality Program Manager - Aeroliance - Gennevilliers</li><li>Product Assurance Manager - Opaline Space - Paris</li><li>Supplier Quality Manager - Cabin Systems - Méridia Systems - Bordeaux</li></ul></body></html>",
    ),
    m(
        "8203",
        "2025-09-09 06:45",
        "Apec <alertes@apec.fr>",
        "Vos nouvelles offres Apec : Qualité - Occitanie",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour Camille,\n\n7 nouvelles offres correspondent à votre recherche « Qualité - Occitanie - Cadre » :\n\n- Chef de projet qualité H/F - LAURENTIN INDUSTRIES - Castres\n- Responsable qualité H/F - confidentiel - Toulouse\n- Responsable assurance qualité H/F - LASSERRE HYDRAULIQUE - Tarbes\n...\n\nVoir les offres sur apec.fr\n\nVous recevez cet e-mail car vous avez créé une alerte. Gérer mes alertes.",
    ),
    m(
        "8204",
        "2025-11-04 06:45",
        "Apec <alertes@apec.fr>",
        "Vos nouvelles offres Apec : Qualité - Nouvelle-Aquitaine",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour Camille,\n\n4 nouvelles offres correspondent à votre recherche « Qualité - Nouvelle-Aquitaine - Cadre » :\n\n- Responsable qualité Part 145 H/F - Mérignac\n- Chef de projet MRO H/F - SORBEL MAINTENANCE - Mérignac\n- Ingénieur qualité H/F - Pessac\n\nVoir les offres sur apec.fr",
    ),
    m(
        "8205",
        "2025-09-21 19:00",
        "Indeed <alert@indeed.com>",
        "30+ nouveaux emplois « qualité aéronautique » - Toulouse (31)",
        ("alert", None, None, None, "indeed", "fr"),
        html="<html><body><p>Nouveaux emplois pour <b>qualité aéronautique</b> près de Toulouse (31)</p><ul><li>Responsable qualité H/F - MECAFOR SARL - Montauban</li><li>Technicien qualité - Intérim - Blagnac</li><li>Auditeur qualité fournisseur - Colomiers</li></ul><p>Candidature simplifiée disponible</p></body></html>",
    ),
    m(
        "8206",
        "2025-12-07 19:00",
        "Indeed <alert@indeed.com>",
        "Responsable qualité Part 145 et 24 autres emplois - Bordeaux (33)",
        ("alert", None, None, None, "indeed", "fr"),
        html="<html><body><p>Nouveaux emplois près de Bordeaux (33)</p><ul><li>Responsable qualité Part 145 H/F - Bordeaux Avionique Maintenance - Mérignac</li><li>Quality Engineer - Méridia Systems - Bordeaux</li></ul></body></html>",
    ),
    m(
        "8207",
        "2025-10-05 08:00",
        "HelloWork <alertes@hellowork.com>",
        "Camille, 9 offres pour vous : Quality Manager",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Nouvelles offres pour votre alerte <b>Quality Manager - Toulouse (50 km)</b></p><ul><li>Quality Manager H/F - Tarnaéro - Albi</li><li>Responsable QSE H/F - Castelnaudary</li></ul></body></html>",
    ),
    m(
        "8208",
        "2025-10-12 09:10",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "De nouvelles offres correspondent à votre recherche",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour,\n\nDe nouvelles offres d'emploi correspondent à votre recherche enregistrée « Responsable qualité - Haute-Garonne » :\n\n- Responsable Qualité (H/F) - Saint-Jory - CDI\n- Responsable qualité et amélioration continue (H/F) - Figeac - CDI\n\nConsultez-les sur francetravail.fr.",
    ),
    m(
        "8209",
        "2025-11-14 08:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Kaori, Stellaire, Ciel Ouvert : ces boîtes de l'aéro recrutent 🛩️",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><h1>Ces startups de l'aéro recrutent</h1><p>Drones, eVTOL, composites : on a sélectionné pour toi les entreprises qui embauchent en ce moment dans le Sud-Ouest.</p><ul><li>Kaori - Chef de projet certification</li><li>Ciel Ouvert - Head of Quality</li><li>Stellaire Composites - Ingénieur·e méthodes</li></ul></body></html>",
    ),
    m(
        "8210",
        "2025-11-04 12:00",
        "Thalmor Careers <thalmor@taleo.net>",
        "Votre candidature est incomplète",
        ("alert", "Thalmor", None, None, "taleo", "fr"),
        "Bonjour,\n\nVous avez commencé une candidature pour le poste « Responsable qualité logiciel embarqué (H/F) » mais ne l'avez pas finalisée. Votre brouillon sera conservé 30 jours.\n\nReprendre ma candidature : https://thalmor.taleo.net/careersection/2/jobapply.ftl\n\nThalmor - Direction du Recrutement",
    ),
    m(
        "8211",
        "2025-10-10 08:30",
        "Aeroliance Careers <aeroliance@myworkday.com>",
        "Welcome to the Aeroliance Talent Community",
        ("alert", AE, None, None, "workday", "en"),
        "Hello Camille,\n\nThank you for joining the Aeroliance Talent Community! You'll now receive job recommendations and news about life at Aeroliance that match your interests: Quality, Program Management - France.\n\nAeroliance Talent Acquisition",
    ),
    m(
        "8212",
        "2026-01-20 07:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Vectral Propulsion recrute : Responsable qualité programme",
        ("alert", None, None, None, "linkedin", "fr"),
        html="<html><body><p>Une entreprise que vous suivez recrute</p><p><b>Responsable qualité programme</b> - Vectral Propulsion - Vernon (Hybride)</p><p><a href='https://www.linkedin.com/jobs/view/'>Voir l'offre</a></p></body></html>",
    ),
    # --- outreach ------------------------------------------------------------------------------
    m(
        "8300",
        "2025-09-12 15:20",
        "Yanis Belkacem via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Ingénieur(e) qualité système - mission Toulouse",
        ("outreach", None, "Ingénieur qualité système", None, "linkedin", "fr"),
        "Bonjour Camille,\n\nJe suis chargé de recrutement chez Alcyon Consulting, société de conseil en ingénierie. Nous recherchons un(e) ingénieur(e) qualité système pour accompagner l'un de nos clients, acteur majeur de l'aéronautique toulousain.\n\nVotre profil correspond parfaitement. Seriez-vous ouverte à un échange ?\n\nYanis",
    ),
    m(
        "8301",
        "2025-10-22 11:40",
        "Rachel Owens <rachel.owens@northbridge-search.co.uk>",
        "Head of Quality - space start-up, Paris",
        ("outreach", None, "Head of Quality", None, "agency", "en"),
        "Hi Camille,\n\nI hope you don't mind the direct approach. I'm retained by a well-funded European space start-up opening a Paris engineering site, and they are looking for a Head of Quality to build the function from scratch (AS9100 certification, supplier base, team of 6).\n\nFrench and English are both required. Would you be open to a confidential chat next week?\n\nBest,\nRachel Owens\nPartner, Northbridge Search",
    ),
    m(
        "8302",
        "2025-12-12 10:05",
        "Sarah Nguyen via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Opportunité Chef de projet qualité - Garonne Aéro",
        ("outreach", "Garonne Aéro", "Chef de projet qualité", None, "linkedin", "fr"),
        "Bonjour Camille,\n\nJe suis Talent Acquisition Specialist chez Garonne Aéro. J'ai vu que vous aviez postulé récemment pour notre poste de Chef de projet qualité programme ; votre profil me semble également pertinent pour un poste similaire sur la ligne A3x. Seriez-vous disponible pour en parler ?\n\nSarah",
    ),
    # --- other job mail ------------------------------------------------------------------------
    m(
        "8400",
        "2025-10-16 15:30",
        "Amandine Roux <a.roux@huntwings-conseil.fr>",
        "Réponse automatique : Corvalis - préparation entretien",
        ("other_job", "Corvalis Aerospace", None, None, "agency", "fr"),
        "Bonjour,\n\nJe suis actuellement en rendez-vous client et ne consulterai mes e-mails qu'à partir de demain matin. Pour toute urgence, vous pouvez joindre le cabinet au 05 56 44 10 20.\n\nAmandine Roux\nHunt & Wings Conseil",
    ),
    m(
        "8401",
        "2025-11-03 10:00",
        "Apec <enquete@apec.fr>",
        "Votre avis sur votre candidature via Apec",
        ("other_job", None, None, None, "other", "fr"),
        "Bonjour Camille,\n\nVous avez postulé il y a un mois à une offre via apec.fr. Pourriez-vous nous dire en 2 minutes comment s'est passée votre candidature ? Vos réponses nous aident à améliorer nos services.\n\nRépondre à l'enquête\n\nL'équipe Apec",
    ),
    m(
        "8402",
        "2025-12-20 10:00",
        "Méridia Systems <noreply@smartrecruiters.com>",
        "How was your candidate experience?",
        ("other_job", ME, None, None, "smartrecruiters", "en"),
        "Hi Camille,\n\nYou recently applied for a position at Méridia Systems. We'd love to hear about your experience - it takes 3 minutes.\n\nTake the survey\n\nThank you!\nMéridia Systems",
    ),
    m(
        "8403",
        "2025-10-03 09:00",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Convocation atelier : réussir ses entretiens d'embauche",
        ("other_job", None, None, None, "other", "fr"),
        "Bonjour Madame FABRE-ROUSSEL,\n\nVous êtes invitée à participer à l'atelier « Réussir ses entretiens d'embauche » le jeudi 16 octobre 2025 de 9h à 12h, agence France Travail Toulouse Compans.\n\nMerci de confirmer votre participation depuis votre espace personnel.\n\nVotre conseillère, Mme Ruiz",
    ),
    m(
        "8404",
        "2025-11-02 20:30",
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre rendez-vous avec votre consultante Apec",
        ("other_job", None, None, None, "other", "fr"),
        "Bonjour Camille,\n\nNous vous confirmons votre rendez-vous d'accompagnement « Optimiser sa candidature » le jeudi 6 novembre à 10h en visioconférence avec Véronique Lassalle, consultante Apec.\n\nÀ bientôt,\nL'Apec",
    ),
    m(
        "8405",
        "2026-01-12 08:40",
        "Thibault Renaud <trenaud@ocre-executive.com>",
        "Vectral - références",
        ("other_job", "Vectral Propulsion", "Program Manager Qualité", None, "agency", "fr"),
        "Camille,\n\nBonne année ! Vectral revient enfin vers nous et souhaite, avant décision, contacter deux de vos références professionnelles. Pourriez-vous me transmettre leurs coordonnées ?\n\nThibault",
    ),
    m(
        "8406",
        "2026-01-21 17:10",
        "Thibault Renaud <trenaud@ocre-executive.com>",
        "RE: Vectral - références",
        F("confirmation", "Vectral Propulsion", "Program Manager Qualité", 19, "agency"),
        "Camille,\n\nBien reçu, et félicitations pour votre nouveau poste chez Altiverre ! Je préviens Vectral que vous vous retirez du processus. Ils seront déçus, mais c'est le jeu.\n\nRestons en contact,\nThibault\n\n> Bonjour Thibault, je vous informe que j'ai accepté une proposition et que je souhaite retirer ma candidature...",
        st="withdrawn",
        **{"In-Reply-To": "<8405.20260112.20@ocre-executive.com>"},
    ),
]

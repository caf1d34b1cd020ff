# ruff: noqa: E501, RUF100
"""Corpus 104, job mail from French groups, multinationals and the Gulf, and job alerts (data only): see heldout104.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    return "+0000" if day >= "2026-02-15" else "+0100"


m = partial(H.dated_spec, _tz)


def F(cat, co, role, app, src):
    return (cat, co, role, app, src, "fr")


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def ev(uid, start, summary, org, location="", minutes=60, style="outlook", description=""):
    return {
        "uid": uid,
        "start": start,
        "summary": summary,
        "organizer": org,
        "location": location,
        "minutes": minutes,
        "style": style,
        "description": description,
    }


KE, KER = "Kelvo Services", "Contrôleur financier - Centre de services partagés"
NB, NBR = "Northbay Consumer", "Management Controller"
OR, ORR, ORR2 = "Orvelle Conseil", "Contrôleur de gestion", "Contrôleur de gestion senior"
SV, SVR = "Groupe Sanvigne", "Contrôleur de gestion industriel"
AQ, AQR = "Al Qasr Hospitality", "Finance Manager"
MT, MTR = "Meridan Trading", "Financial Controller"
SR, SRR = "Sahel Retail", "Senior FP&A Analyst"
VA, VAR = "Valmonde Énergies", "Contrôleur de gestion projets"
AN, ANR = "Al Nahda Holdings", "Group Financial Controller"

MAIL: list[dict[str, Any]] = [
    # --- 15 Kelvo Services (offshoring centre, mail from Groupe Arvenne, Workday) ----------
    m(
        "72004",
        "2025-09-10 19:02",
        "Groupe Arvenne <arvenne@myworkday.com>",
        "Candidature reçue : Contrôleur financier - Centre de services partagés (R-0051873)",
        F("confirmation", KE, KER, 15, "workday"),
        "Bonjour Yasmine,\n\nNous vous remercions de l'intérêt que vous portez au Groupe Arvenne. Votre candidature au poste de Contrôleur financier - Centre de services partagés (R-0051873), Casablanca Nearshore Park, a bien été reçue.\n\nVous pouvez suivre l'avancement de votre candidature depuis votre compte candidat.\n\nCordialement,\nL'équipe Recrutement du Groupe Arvenne\n\nGroupe Arvenne SA - 18 quai de Dion-Bouton, 92800 Puteaux, France",
    ),
    m(
        "72011",
        "2025-09-19 10:26",
        "Sophie Garnier <sophie.garnier@arvenne.fr>",
        "Kelvo Services Casablanca - entretien Teams",
        F("interview", KE, KER, 15, "direct"),
        "Bonjour Yasmine,\n\nJe suis chargée de recrutement pour Kelvo Services, notre centre de services partagés de Casablanca. Votre candidature a retenu notre attention. Je vous propose un entretien Teams le jeudi 25 septembre à 11h (heure de Paris, 10h à Casablanca), avec Julien Morel, Head of Record to Report.\n\nBien cordialement,\nSophie Garnier\nTalent Acquisition - Groupe Arvenne\nKelvo Services | Arvenne Digital | Arvenne Energies",
        ics=ev(
            "arvenne-kelvo-0925",
            "2025-09-25 10:00:00 +0100",
            "Entretien Kelvo Services - Yasmine El Ouazzani",
            ("Sophie Garnier", "sophie.garnier@arvenne.fr"),
            "Réunion Microsoft Teams",
            45,
            description="Réunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_kelvo0925",
        ),
    ),
    m(
        "72020",
        "2025-10-03 15:40",
        "Sophie Garnier <sophie.garnier@arvenne.fr>",
        "RE: Kelvo Services Casablanca - entretien Teams",
        F("interview", KE, KER, 15, "direct"),
        "Bonjour Yasmine,\n\nJulien a beaucoup apprécié votre échange. Nous aimerions organiser un second entretien, cette fois sur site au Casablanca Nearshore Park, avec Karima Idrissi, directrice du centre Kelvo. Seriez-vous disponible le mardi 7 octobre à 14h ?\n\nSophie\n\n-----Message d'origine-----\nDe : Sophie Garnier\nObjet : Kelvo Services Casablanca - entretien Teams",
    ),
    m(
        "72029",
        "2025-10-17 09:05",
        "Groupe Arvenne <arvenne@myworkday.com>",
        "Votre candidature chez Groupe Arvenne",
        F("rejection", KE, KER, 15, "workday"),
        "Bonjour Yasmine,\n\nNous vous remercions pour le temps que vous avez consacré à notre processus de recrutement pour le poste de Contrôleur financier - Centre de services partagés (R-0051873). Nos équipes ont apprécié votre professionnalisme et vos échanges.\n\nAprès une analyse attentive, nous avons décidé de poursuivre avec un autre candidat.\n\nNous vous invitons à consulter régulièrement nos offres.\n\nL'équipe Recrutement du Groupe Arvenne",
    ),
    m(
        "72006",
        "2025-09-11 08:00",
        "Groupe Arvenne <arvenne@myworkday.com>",
        "Bienvenue dans la communauté Talents Arvenne",
        ("alert", None, None, None, "workday", "fr"),
        "Bonjour Yasmine,\n\nMerci d'avoir rejoint notre communauté de talents. Vous recevrez nos offres correspondant à vos centres d'intérêt : Finance, Casablanca, Paris.\n\nGroupe Arvenne",
    ),
    # --- 16 Northbay Consumer Maroc SARL (SuccessFactors, English) ------------------------
    m(
        "72015",
        "2025-09-23 13:17",
        "Northbay Careers <careers@successfactors.eu>",
        "Thank you for your application - Management Controller (Casablanca)",
        E("confirmation", NB, NBR, 16, "other"),
        "Dear Yasmine,\n\nThank you for applying for the Management Controller position at Northbay Consumer Maroc SARL (Job ID 118204). We have received your application and our Talent Acquisition team will review it carefully.\n\nIf your profile matches our requirements, we will contact you for the next steps. Unfortunately, due to the high number of applications, we may not be able to respond to everyone individually.\n\nKind regards,\nNorthbay Talent Acquisition - North Africa",
    ),
    m(
        "72024",
        "2025-10-08 10:00",
        "Northbay Talent Acquisition <ta.northafrica@northbay-consumer.com>",
        "Next step: online assessment",
        E("assessment", NB, NBR, 16, "direct"),
        "Dear Yasmine,\n\nWe are pleased to invite you to the next step of our selection process: an online assessment including numerical reasoning and a situational judgement test. Please complete it within 5 days.\n\nYour link: https://assessments.northbay-consumer.com/c/YEO-118204\n\nBest regards,\nAmine Kettani\nTalent Acquisition Partner, Northbay North Africa",
    ),
    m(
        "72033",
        "2025-10-22 16:32",
        "Amine Kettani <amine.kettani@northbay-consumer.com>",
        "Interview invitation - Management Controller",
        E("interview", NB, NBR, 16, "direct"),
        "Hi Yasmine,\n\nCongratulations on your assessment results. I would like to invite you to a panel interview via Microsoft Teams with our Finance Director Maghreb and the Supply Chain Finance Lead on Tuesday 28 October, 3pm Casablanca time. Please accept the attached invite.\n\nBest,\nAmine",
        ics=ev(
            "nb-panel-1028",
            "2025-10-28 15:00:00 +0100",
            "Panel interview - Management Controller - Y. El Ouazzani",
            ("Amine Kettani", "amine.kettani@northbay-consumer.com"),
            "Microsoft Teams Meeting",
            60,
        ),
    ),
    m(
        "72045",
        "2025-11-13 11:08",
        "Amine Kettani <amine.kettani@northbay-consumer.com>",
        "Management Controller - update",
        E("rejection", NB, NBR, 16, "direct"),
        "Dear Yasmine,\n\nThank you again for your time and for the thoughtful answers you gave to the panel. Everyone was impressed by your knowledge of plant costing and your energy.\n\nIt was a very close decision, but we have decided to move forward with a candidate whose FMCG commercial finance experience is a closer fit for this role. I would be glad to keep in touch for future opportunities.\n\nWarm regards,\nAmine Kettani\nNorthbay Consumer Maroc SARL",
    ),
    # --- 17 Orvelle Conseil Paris (Teamtailor) --------------------------------------------
    m(
        "72018",
        "2025-09-26 10:44",
        "Orvelle Conseil <no-reply@teamtailor-mail.com>",
        "Nous avons bien reçu votre candidature",
        F("confirmation", OR, ORR, 17, "teamtailor"),
        html="<html><body><p>Bonjour Yasmine,</p><p>Merci pour votre candidature au poste de <b>Contrôleur de gestion (H/F) - Paris 9e</b>. Notre équipe RH l'étudie et reviendra vers vous rapidement.</p><p>À très vite,<br>L'équipe Orvelle</p><p><small>Orvelle Conseil SAS · 22 rue de Châteaudun · 75009 Paris</small></p></body></html>",
    ),
    m(
        "72031",
        "2025-10-20 09:50",
        "Orvelle Conseil <no-reply@teamtailor-mail.com>",
        "Suite à votre candidature",
        F("rejection", OR, ORR, 17, "teamtailor"),
        html="<html><body><p>Bonjour Yasmine,</p><p>Nous vous remercions de l'intérêt que vous avez porté à Orvelle. Votre profil est très intéressant et nous avons pris le temps de l'étudier attentivement.</p><p>Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable pour ce poste, qui nécessite une autorisation de travail en France dès la prise de poste.</p><p>Bien cordialement,<br>L'équipe Orvelle</p></body></html>",
    ),
    # --- 18 Orvelle re-application (senior, with relocation) -----------------------------
    m(
        "72061",
        "2026-01-09 14:12",
        "Orvelle Conseil <no-reply@teamtailor-mail.com>",
        "Nous avons bien reçu votre candidature",
        F("confirmation", OR, ORR2, 18, "teamtailor"),
        html="<html><body><p>Bonjour Yasmine,</p><p>Merci pour votre candidature au poste de <b>Contrôleur de gestion senior - accompagnement à la mobilité internationale</b>. Notre équipe RH l'étudie et reviendra vers vous rapidement.</p><p>L'équipe Orvelle</p></body></html>",
    ),
    # --- 19 Groupe Sanvigne, Lyon (Indeed) -----------------------------------------------
    m(
        "72026",
        "2025-10-13 21:40",
        "Indeed <donotreply@match.indeed.com>",
        "Candidature envoyée : Contrôleur de gestion industriel H/F",
        F("confirmation", SV, SVR, 19, "indeed"),
        html="<html><body><p><b>Candidature envoyée</b></p><p>Contrôleur de gestion industriel H/F<br>Groupe Sanvigne - Lyon 7e (69)</p><p>Les éléments suivants ont été envoyés à Groupe Sanvigne : CV, lettre de motivation.</p><p>Bonne chance ! Nous vous informerons si l'employeur consulte votre candidature.</p><p>Indeed</p></body></html>",
    ),
    m(
        "72035",
        "2025-10-24 08:15",
        "Indeed <donotreply@match.indeed.com>",
        "Votre candidature a été consultée par Groupe Sanvigne",
        F("viewed", SV, SVR, 19, "indeed"),
        html="<html><body><p>Bonne nouvelle ! Votre candidature au poste <b>Contrôleur de gestion industriel H/F</b> a été consultée par l'employeur.</p><p>Indeed</p></body></html>",
    ),
    m(
        "72043",
        "2025-11-07 13:29",
        "Recrutement Sanvigne <recrutement@sanvigne-groupe.fr>",
        "Votre candidature - Contrôleur de gestion industriel",
        F("rejection", SV, SVR, 19, "direct"),
        "Madame,\n\nNous avons bien reçu votre candidature et vous remercions de l'intérêt porté au Groupe Sanvigne. Votre parcours est solide et a retenu notre attention.\n\nToutefois, le poste étant à pourvoir rapidement et sans possibilité d'accompagnement pour l'obtention d'un titre de séjour, nous ne pouvons pas y donner une suite favorable.\n\nNous vous souhaitons une bonne continuation.\n\nService Recrutement\nSANVIGNE SA - Lyon",
    ),
    # --- 20 Al Qasr Hospitality (Bayt) -> ghosted --------------------------------------
    m(
        "72022",
        "2025-10-06 18:55",
        "Bayt.com <noreply@bayt.com>",
        "Your application for Finance Manager has been sent",
        E("confirmation", AQ, AQR, 20, "other"),
        html="<html><body><p>Dear Yasmine,</p><p>Your application for <b>Finance Manager</b> at <b>Al Qasr Hospitality Group</b> (Dubai, United Arab Emirates) has been successfully sent.</p><p>Tip: employers are more likely to view applications with a complete CV.</p><p>Bayt.com - The Middle East's #1 Job Site</p></body></html>",
    ),
    # --- 21 Meridan Trading, Doha (LinkedIn) ---------------------------------------------
    m(
        "72039",
        "2025-10-30 20:11",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Yasmine, votre candidature a été envoyée à Meridan Trading LLC",
        F("confirmation", MT, MTR, 21, "linkedin"),
        html="<html><body><p>Votre candidature a été envoyée à Meridan Trading LLC</p><p><b>Financial Controller</b><br>Meridan Trading LLC · Doha, Qatar</p><p>Candidature envoyée le 30 oct.</p></body></html>",
    ),
    m(
        "72044",
        "2025-11-10 07:33",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Meridan Trading LLC",
        F("viewed", MT, MTR, 21, "linkedin"),
        html="<html><body><p>Yasmine, votre candidature pour <b>Financial Controller</b> a été consultée par Meridan Trading LLC.</p></body></html>",
    ),
    m(
        "72048",
        "2025-11-18 12:02",
        "Rashid Al-Mansoori <rashid@meridantrading.qa>",
        "Financial Controller - interview",
        E("interview", MT, MTR, 21, "direct"),
        "Dear Ms. El Ouazzani,\n\nThank you for your interest in the Financial Controller role. We would like to schedule a Teams interview with our CFO on Sunday 23 November at 11:00 Doha time (09:00 in Casablanca). Please confirm if suitable.\n\nRegards,\nRashid Al-Mansoori\nHR Manager | Meridan Trading W.L.L.\nWest Bay, Doha",
        ics=ev(
            "meridan-1123",
            "2025-11-23 09:00:00 +0100",
            "Interview: Financial Controller - Y. El Ouazzani",
            ("Rashid Al-Mansoori", "rashid@meridantrading.qa"),
            "Microsoft Teams",
            45,
        ),
    ),
    m(
        "72057",
        "2025-12-10 10:18",
        "Rashid Al-Mansoori <rashid@meridantrading.qa>",
        "Your application",
        E("rejection", MT, MTR, 21, "direct"),
        "Dear Ms. El Ouazzani,\n\nThank you for taking the time to meet our CFO. We appreciated your strong technical background. However, we have decided to proceed with a candidate who has prior GCC experience and Arabic IFRS reporting to local authorities.\n\nWe wish you all the best.\n\nRashid Al-Mansoori\nMeridan Trading",
    ),
    # --- 22 Sahel Retail, Riyadh (Workday) -------------------------------------------
    m(
        "72050",
        "2025-11-21 15:47",
        "Sahel Retail Company <sahelretail@myworkday.com>",
        "Application Received - Senior FP&A Analyst",
        E("confirmation", SR, SRR, 22, "workday"),
        "Dear Yasmine,\n\nThank you for applying to the Senior FP&A Analyst (Riyadh) position at Sahel Retail Co. We have received your application and will be in touch if your qualifications match our needs.\n\nSahel Retail Talent Acquisition",
    ),
    m(
        "72065",
        "2026-01-14 06:30",
        "Sahel Retail Company <sahelretail@myworkday.com>",
        "Update on your application",
        E("rejection", SR, SRR, 22, "workday"),
        "Dear Yasmine,\n\nThank you for your interest in Sahel Retail. After careful review, we regret to inform you that we will not be moving forward with your application for Senior FP&A Analyst at this time. We appreciate the time you invested and encourage you to apply for future roles.\n\nSahel Retail Talent Acquisition",
    ),
    # --- 23 Valmonde Énergies (SmartRecruiters, French group) -----------------------------
    m(
        "72052",
        "2025-11-25 11:11",
        "Valmonde <noreply@smartrecruiters.com>",
        "Complétez votre candidature chez Valmonde",
        ("alert", "Valmonde Énergies", VAR, None, "smartrecruiters", "fr"),
        "Bonjour Yasmine,\n\nVous avez commencé à postuler au poste Contrôleur de gestion projets (Casablanca) mais votre candidature n'est pas terminée. Il ne vous reste que quelques étapes !\n\nTerminer ma candidature\n\nValmonde - via SmartRecruiters",
    ),
    m(
        "72053",
        "2025-11-26 21:04",
        "Valmonde <noreply@smartrecruiters.com>",
        "Merci pour votre candidature",
        F("confirmation", VA, VAR, 23, "smartrecruiters"),
        "Bonjour Yasmine,\n\nMerci de votre intérêt pour Valmonde Énergies Maroc. Nous avons bien reçu votre candidature au poste Contrôleur de gestion projets. Nous reviendrons vers vous quelle que soit l'issue.\n\nCordialement,\nValmonde - Talent Acquisition",
    ),
    m(
        "72059",
        "2025-12-16 09:37",
        "Claire Dubreuil <claire.dubreuil@valmonde.com>",
        "Étude de cas - Contrôleur de gestion projets",
        F("assessment", VA, VAR, 23, "direct"),
        "Bonjour Yasmine,\n\nMerci pour notre échange téléphonique. Comme indiqué, voici l'étude de cas : suivi financier d'un projet de parc éolien (CAPEX, reste à faire, marge à terminaison). Vous avez jusqu'au 5 janvier pour nous la retourner.\n\nBonnes fêtes,\nClaire Dubreuil\nTalent Acquisition Manager - Valmonde (Paris La Défense)",
        attach=[
            (
                "Cas_Valmonde_projet_eolien.txt",
                "text/plain",
                "Données projet : budget initial 84 MEUR ; engagé 31 MEUR ; questions 1-5.",
            )
        ],
    ),
    m(
        "72067",
        "2026-01-15 17:02",
        "Claire Dubreuil <claire.dubreuil@valmonde.com>",
        "Restitution étude de cas - Teams",
        F("interview", VA, VAR, 23, "direct"),
        "Bonjour Yasmine,\n\nMerci pour votre étude de cas, très soignée. Nous vous proposons de la restituer devant le directeur financier de Valmonde Énergies Maroc et le contrôleur de gestion groupe, le mercredi 21 janvier à 10h (Casablanca). Invitation Teams jointe.\n\nClaire",
        ics=ev(
            "valmonde-0121",
            "2026-01-21 10:00:00 +0100",
            "Restitution étude de cas - Y. El Ouazzani",
            ("Claire Dubreuil", "claire.dubreuil@valmonde.com"),
            "Microsoft Teams",
            60,
        ),
    ),
    m(
        "72071",
        "2026-01-27 13:40",
        "Yasmine El Ouazzani <yasmine.elouazzani@gmail.com>",
        "Retrait de ma candidature - Contrôleur de gestion projets",
        F("confirmation", VA, VAR, 23, "direct"),
        "Bonjour Claire,\n\nJe vous remercie sincèrement pour ce processus et l'accueil de l'équipe. J'ai accepté une autre proposition et je préfère donc retirer ma candidature afin de ne pas vous faire perdre de temps.\n\nBien cordialement,\nYasmine El Ouazzani",
        to="Claire Dubreuil <claire.dubreuil@valmonde.com>",
        st="withdrawn",
    ),
    m(
        "72073",
        "2026-01-28 09:15",
        "Claire Dubreuil <claire.dubreuil@valmonde.com>",
        "RE: Retrait de ma candidature - Contrôleur de gestion projets",
        F("confirmation", VA, VAR, 23, "direct"),
        "Bonjour Yasmine,\n\nMerci de nous avoir prévenus. Je clôture votre candidature et vous félicite pour votre nouveau poste. Au plaisir de recroiser votre route.\n\nClaire",
        st="withdrawn",
    ),
    # --- 24 Al Nahda Holdings via Meridia Recruitment (agency) ------------------------------
    m(
        "72037",
        "2025-10-28 12:25",
        "Olivia Grant <olivia.grant@meridia-recruitment.ae>",
        "Group Financial Controller - leading family conglomerate, Abu Dhabi",
        ("outreach", None, ANR, None, "agency", "en"),
        "Hi Yasmine,\n\nI'm working on an exclusive search for a leading family-owned conglomerate in Abu Dhabi (real estate, hospitality, food distribution). They are looking for a Group Financial Controller, French speaking is a plus as they have operations in North Africa. Tax-free package AED 35-40k/month plus housing.\n\nWould you be open to a quick call?\n\nOlivia Grant\nSenior Consultant, Finance & Accounting\nMeridia Recruitment - Dubai | Abu Dhabi",
    ),
    m(
        "72041",
        "2025-11-04 09:30",
        "Olivia Grant <olivia.grant@meridia-recruitment.ae>",
        "RE: Group Financial Controller - leading family conglomerate, Abu Dhabi",
        E("confirmation", AN, ANR, 24, "agency"),
        "Hi Yasmine,\n\nThanks for the call and for your CV. As promised, the client is Al Nahda Holdings. I have now formally submitted your profile to their CFO and will come back to you as soon as I have feedback.\n\nBest,\nOlivia\n\n> On Mon, 3 Nov 2025, Yasmine El Ouazzani wrote:\n> Hi Olivia, please find my CV attached. Happy to be presented.",
    ),
    m(
        "72049",
        "2025-11-19 14:14",
        "Olivia Grant <olivia.grant@meridia-recruitment.ae>",
        "Al Nahda - first interview",
        E("interview", AN, ANR, 24, "agency"),
        "Hi Yasmine,\n\nGreat news: Al Nahda's CFO would like to speak with you on Zoom on Wednesday 26 November at 1pm UAE time (10am Casablanca). Invite attached; let me know if anything comes up.\n\nOlivia",
        ics=ev(
            "meridia-alnahda-1126",
            "2025-11-26 10:00:00 +0100",
            "Al Nahda Holdings / Yasmine El Ouazzani - Zoom",
            ("Olivia Grant", "olivia.grant@meridia-recruitment.ae"),
            "https://zoom.us/j/84412093311",
            45,
            style="google",
        ),
    ),
    m(
        "72058",
        "2025-12-11 16:48",
        "Olivia Grant <olivia.grant@meridia-recruitment.ae>",
        "Feedback from Al Nahda",
        E("rejection", AN, ANR, 24, "agency"),
        "Hi Yasmine,\n\nI have finally heard back from Al Nahda. They really liked your structured approach and your consolidation experience, but they have decided to go with an internal candidate who has been acting in the role. I'm sorry it is not better news; I'll keep you in mind for other GCC roles.\n\nOlivia",
    ),
    m(
        "72060",
        "2025-12-22 09:00",
        "Olivia Grant <olivia.grant@meridia-recruitment.ae>",
        "Automatic reply: Financial Controller roles",
        ("other_job", None, None, None, "agency", "en"),
        "Thank you for your email. I am out of the office until 5 January with limited access to email. For urgent matters please contact finance@meridia-recruitment.ae.\n\nOlivia Grant",
    ),
    # --- alerts, outreach and other job mail ----------------------------------------------
    m(
        "72001",
        "2025-09-02 07:30",
        "ReKrute <alertes@rekrute.com>",
        "5 nouvelles offres correspondent à votre alerte « contrôle de gestion Casablanca »",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Bonjour Yasmine,</p><ul><li>Contrôleur de gestion - Groupe agroalimentaire - Casablanca</li><li>Responsable contrôle de gestion - Industrie - Berrechid</li><li>Analyste financier - Banque - Casablanca</li><li>Contrôleur de gestion junior - Distribution - Mohammedia</li><li>Auditeur interne - Assurance - Casablanca</li></ul><p>Voir toutes les offres sur ReKrute.com</p></body></html>",
    ),
    m(
        "72010",
        "2025-09-16 07:30",
        "ReKrute <alertes@rekrute.com>",
        "3 nouvelles offres correspondent à votre alerte « contrôle de gestion Casablanca »",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><ul><li>Contrôleur de gestion industriel - Cimenterie - Settat</li><li>Chef de service budget - Télécoms - Rabat</li><li>Contrôleur financier - Offshoring - Casablanca</li></ul><p>ReKrute.com</p></body></html>",
    ),
    m(
        "72030",
        "2025-10-20 07:30",
        "ReKrute <alertes@rekrute.com>",
        "Nouvelles offres pour vous : Responsable contrôle budgétaire, Contrôleur de gestion",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><ul><li>Responsable contrôle budgétaire - Énergie - Casablanca</li><li>Contrôleur de gestion - Logistique - Tanger</li></ul></body></html>",
    ),
    m(
        "72054",
        "2025-12-01 07:30",
        "ReKrute <alertes@rekrute.com>",
        "4 nouvelles offres correspondent à votre alerte « contrôle de gestion Casablanca »",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><ul><li>Contrôleur de gestion retail - Grande distribution</li><li>Contrôleur de gestion projets - Énergies renouvelables</li><li>DAF - Start-up fintech</li><li>Consolideur IFRS - Holding</li></ul></body></html>",
    ),
    m(
        "72007",
        "2025-09-12 06:45",
        "Emploi.ma <alertes@emploi.ma>",
        "Offres d'emploi du jour : Finance - Comptabilité",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Vos offres du jour</p><p>Contrôleur de gestion (Casablanca) - Comptable principal (Rabat) - Trésorier (Tanger)</p><p>Emploi.ma</p></body></html>",
    ),
    m(
        "72038",
        "2025-10-29 06:45",
        "Emploi.ma <alertes@emploi.ma>",
        "Offres d'emploi du jour : Finance - Comptabilité",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Vos offres du jour</p><p>Responsable administratif et financier (Casablanca) - Contrôleur de gestion (Agadir)</p></body></html>",
    ),
    m(
        "72019",
        "2025-09-30 09:00",
        "ANAPEC <ne-pas-repondre@anapec.org>",
        "ANAPEC - Nouvelles offres correspondant à votre profil",
        ("alert", None, None, None, "other", "fr"),
        "Madame EL OUAZZANI,\n\nDe nouvelles offres correspondant à votre profil (Cadre - Finance / Comptabilité, Grand Casablanca) sont disponibles sur votre espace chercheur d'emploi :\n- 2025-CA-18342 Comptable contrôleur de gestion - Sidi Maârouf\n- 2025-CA-18377 Assistant contrôle de gestion - Mohammedia\n\nANAPEC",
    ),
    m(
        "72063",
        "2026-01-12 09:00",
        "ANAPEC <ne-pas-repondre@anapec.org>",
        "ANAPEC - Nouvelles offres correspondant à votre profil",
        ("alert", None, None, None, "other", "fr"),
        "Madame EL OUAZZANI,\n\nDe nouvelles offres sont disponibles sur votre espace :\n- 2026-CA-00412 Contrôleur de gestion - Aïn Sebaâ\n- 2026-RA-00098 Chef comptable - Rabat\n\nANAPEC",
    ),
    m(
        "72012",
        "2025-09-20 05:10",
        "Bayt.com <alerts@bayt.com>",
        "New jobs matching 'Financial Controller' in UAE",
        ("alert", None, None, None, "other", "en"),
        html="<html><body><p>Hi Yasmine, here are new jobs for you:</p><ul><li>Financial Controller - Dubai</li><li>Finance Manager - Hospitality - Dubai</li><li>FP&amp;A Manager - Abu Dhabi</li></ul><p>Bayt.com</p></body></html>",
    ),
    m(
        "72047",
        "2025-11-15 05:10",
        "Bayt.com <alerts@bayt.com>",
        "New jobs matching 'Financial Controller' in Qatar, Saudi Arabia",
        ("alert", None, None, None, "other", "en"),
        html="<html><body><ul><li>Senior FP&amp;A Analyst - Riyadh</li><li>Group Controller - Doha</li></ul></body></html>",
    ),
    m(
        "72016",
        "2025-09-24 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« contrôleur de gestion » : 12 nouvelles offres à Casablanca-Settat",
        ("alert", None, None, None, "linkedin", "fr"),
        html="<html><body><p>Vos offres d'emploi</p><p>Contrôleur de gestion - Kelvo Services - Casablanca<br>Management Controller - Northbay Consumer - Casablanca<br>Contrôleur de gestion usine - Tangerauto Systems - Tanger</p><p>Voir toutes les offres</p></body></html>",
    ),
    m(
        "72040",
        "2025-11-02 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« financial controller » : nouvelles offres à Dubaï et Doha",
        ("alert", None, None, None, "linkedin", "fr"),
        html="<html><body><p>Financial Controller - Meridan Trading LLC - Doha<br>Group FC - Confidential - Dubai</p></body></html>",
    ),
    m(
        "72062",
        "2026-01-10 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« contrôleur de gestion » : 8 nouvelles offres en France",
        ("alert", None, None, None, "linkedin", "fr"),
        html="<html><body><p>Contrôleur de gestion senior - Orvelle Conseil - Paris<br>Contrôleur de gestion - Sanvigne - Lyon</p></body></html>",
    ),
    m(
        "72027",
        "2025-10-14 06:00",
        "Indeed <alert@indeed.com>",
        "Contrôleur de gestion H/F - Lyon et autres offres",
        ("alert", None, None, None, "indeed", "fr"),
        html="<html><body><p>Nouvelles offres pour « contrôleur de gestion » à Lyon (69)</p><p>Contrôleur de gestion industriel H/F - Groupe Sanvigne<br>Contrôleur financier - Lyon Part-Dieu</p></body></html>",
    ),
    m(
        "72034",
        "2025-10-23 19:26",
        "Karim Benjelloun via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Karim vous a envoyé un message InMail : Poste Head of FP&A",
        ("outreach", "Oumnia Télécom", "Head of FP&A", None, "linkedin", "fr"),
        "Bonjour Yasmine,\n\nJe recrute un(e) Head of FP&A pour Oumnia Télécom à Casablanca. Votre profil correspond bien. Seriez-vous ouverte à en discuter ?\n\nKarim Benjelloun\nTalent Acquisition Lead\n\nRépondre · Pas intéressé(e)",
    ),
    m(
        "72056",
        "2025-12-05 11:20",
        "Nawal Ait Lahcen <nawal@finrh-partners.ma>",
        "Mission de contrôle de gestion - filiale marocaine d'un groupe français",
        ("outreach", None, "Contrôleur de gestion", None, "agency", "fr"),
        "Bonjour Madame,\n\nFinRH Partners accompagne la filiale marocaine d'un groupe français de distribution dans le recrutement d'un contrôleur de gestion. Je serais ravie d'en échanger avec vous si vous êtes à l'écoute du marché.\n\nNawal Ait Lahcen\nFinRH Partners - Cabinet de recrutement",
    ),
    m(
        "72066",
        "2026-01-15 08:44",
        "Nour Invest - Carrières <careers@successfactors.eu>",
        "Votre avis compte : enquête candidat",
        ("other_job", None, None, None, "other", "fr"),
        "Bonjour Yasmine,\n\nVous avez récemment postulé chez Holding Nour Invest. Aidez-nous à améliorer notre processus en répondant à un court questionnaire (3 minutes).\n\nMerci !\nCapital Humain - Nour Invest",
    ),
    m(
        "72014",
        "2025-09-22 10:05",
        "ReKrute <noreply@rekrute.com>",
        "Votre CV a été consulté par un recruteur",
        ("other_job", None, None, None, "other", "fr"),
        html="<html><body><p>Bonjour Yasmine,</p><p>Bonne nouvelle : un recruteur (secteur Industrie, Casablanca) a consulté votre CV dans la CVthèque ReKrute cette semaine.</p><p>Passez ReKrute Premium pour savoir qui consulte votre profil.</p></body></html>",
    ),
    m(
        "72023",
        "2025-10-07 08:40",
        "Sophie Garnier <sophie.garnier@arvenne.fr>",
        "Invitation: Entretien sur site Kelvo Services - Y. El Ouazzani",
        F("interview", KE, KER, 15, "direct"),
        "Bonjour Yasmine,\n\nComme convenu, voici l'invitation pour cet après-midi à 14h au Casablanca Nearshore Park, bâtiment Kelvo (shore 7). Présentez-vous à l'accueil avec votre CIN.\n\nSophie",
        ics=ev(
            "arvenne-kelvo-site-1007",
            "2025-10-07 14:00:00 +0100",
            "Entretien sur site Kelvo Services - Y. El Ouazzani",
            ("Sophie Garnier", "sophie.garnier@arvenne.fr"),
            "Casablanca Nearshore Park, shore 7",
            60,
        ),
    ),
    m(
        "72036",
        "2025-10-27 06:20",
        "Bayt.com <noreply@bayt.com>",
        "An employer viewed your application",
        E("viewed", AQ, AQR, 20, "other"),
        html="<html><body><p>Dear Yasmine,</p><p>Good news! <b>Al Qasr Hospitality Group</b> has viewed your application for <b>Finance Manager</b>.</p><p>Bayt.com</p></body></html>",
    ),
    m(
        "72042",
        "2025-11-05 19:50",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Yasmine, votre candidature a été envoyée à Zenith Pharma Maroc",
        F("confirmation", "Zenith Pharma", "Contrôleur de gestion commercial", 25, "linkedin"),
        html="<html><body><p>Votre candidature a été envoyée à Zenith Pharma Maroc</p><p><b>Contrôleur de gestion commercial</b><br>Zenith Pharma Maroc · Casablanca (hybride)</p></body></html>",
    ),
    m(
        "72055",
        "2025-12-03 13:13",
        "Zenith Pharma - Talents <talents@zenithpharma.ma>",
        "Votre candidature",
        F("rejection", "Zenith Pharma", "Contrôleur de gestion commercial", 25, "direct"),
        "Bonjour Yasmine,\n\nNous vous remercions pour l'intérêt que vous portez aux Laboratoires Zenith Pharma. Nous avons lu votre candidature avec beaucoup d'intérêt et votre expérience est remarquable.\n\nNéanmoins, nous avons choisi de poursuivre avec des candidats issus de l'industrie pharmaceutique.\n\nBien à vous,\nL'équipe Talents\nZENITH PHARMA MAROC S.A. - filiale du groupe Zenith Laboratoires (Lyon)",
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 116, job mail part 2, alerts and outreach (data only): see heldout116.py."""

from __future__ import annotations

from typing import Any

from heldout116_jobs import TM, A, J, ev, m, thread

NPT, NPTR = "Normandie Portuaire Transit", "Responsable transit export"
PIE, PIER = "Provençale Import Export", "Assistant(e) transit import"
CF, CFR = "Calanque Freight", "Déclarant en douane import H/F"
FM, FMR = "Fosmar", "Agent de transit portuaire"
CG, CGR = "Cargoflow", "Freight Operations Coordinator"
BA, BAR = "Blue Anchor Forwarding", "Customs Broker"
LT, LTR = "Lumen Transport", "Responsable d'exploitation transit"
RI, RIR = "Transports Rinaldi", "Déclarant en douane (H/F)"
MDC, MDCR = "Massalia Douane Conseil", "Assistant déclarant en douane"
EC, ECR = "Entrepôts du Canet", "Déclarant en douane - mission intérim"
EL, ELR = "Estérel Logistique", "Coordinateur douane & transport"
VF, VFR = "Vantis Freight", "Import Customs Coordinator"
TRM, TRMR = "Trans-Rhône Méditerranée", "Agent de transit"
OC, OCR = "Orbis Cargo", "Customs Declarant"
MFS, MFSR = "Méditerranée Fret Services", "Déclarant en douane"

MAIL: list[dict[str, Any]] = [
    # --- 9 Normandie Portuaire Transit (APEC) ---------------------------------------------
    m(
        "88201",
        "2025-10-03 10:17",
        "Apec <candidatures@apec.fr>",
        "Votre candidature a bien été transmise",
        A("confirmation", NPT, NPTR, 9, "other"),
        html="<html><body><p>Bonjour Nadia Belkacem,</p>"
        "<p>Votre candidature à l'offre <b>Responsable transit export H/F</b> - NORMANDIE PORTUAIRE TRANSIT - Le Havre (76) a bien été transmise au recruteur.</p>"
        "<p>Retrouvez le suivi de vos candidatures dans votre espace Apec, rubrique « Mes candidatures ».</p>"
        "<p>L'Apec vous accompagne : découvrez nos ateliers « Réussir son entretien » et « Négocier son salaire ».</p>"
        "<p>L'équipe Apec</p></body></html>",
    ),
    m(
        "88202",
        "2025-10-10 07:30",
        "Apec <candidatures@apec.fr>",
        "Le recruteur a consulté votre candidature",
        A("viewed", NPT, NPTR, 9, "other"),
        html="<html><body><p>Bonne nouvelle Nadia !</p>"
        "<p>Le recruteur de l'offre <b>Responsable transit export H/F</b> (Normandie Portuaire Transit) a consulté votre candidature le 09/10/2025.</p>"
        "<p><a href='https://www.apec.fr/candidat/mon-espace.html'>Suivre mes candidatures</a></p></body></html>",
    ),
    # --- 10 Provençale Import Export (HelloWork) -------------------------------------------
    m(
        "88210",
        "2025-10-15 12:50",
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature chez Provençale Import Export",
        A("confirmation", PIE, PIER, 10, "other"),
        html="<html><body><p>Bonjour Nadia,</p>"
        "<p>Votre candidature au poste <b>Assistant(e) transit import</b> à Aix-en-Provence (13) a bien été envoyée à <b>Provençale Import Export</b>.</p>"
        "<p>Vous avez mis toutes les chances de votre côté ! Complétez votre profil pour être visible des recruteurs.</p>"
        "<p>L'équipe HelloWork</p></body></html>",
    ),
    m(
        "88211",
        "2025-10-21 09:05",
        "HelloWork <candidature@hellowork.com>",
        "Votre CV a été vu par un recruteur",
        A("viewed", PIE, PIER, 10, "other"),
        html="<html><body><p>Bonjour Nadia,</p><p>Provençale Import Export a consulté votre candidature au poste Assistant(e) transit import.</p>"
        "<p>Les recruteurs répondent en moyenne sous 12 jours.</p></body></html>",
    ),
    # --- 11 Calanque Freight (CF Overseas SAS; Beetween) -----------------------------------
    m(
        "88220",
        "2025-11-03 08:44",
        "CF Overseas <noreply@beetween.com>",
        "Accusé de réception - Déclarant en douane import H/F",
        A("confirmation", CF, CFR, 11, "other"),
        "Madame,\n\n"
        "Nous avons bien reçu votre candidature pour le poste de Déclarant en douane import H/F basé à Marseille (13016) et nous vous en remercions.\n\n"
        "Si votre profil correspond à nos attentes, un membre de notre équipe vous contactera. À défaut de réponse de notre part dans un délai de 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.\n\n"
        "Bien cordialement,\nLe service Ressources Humaines\nCF Overseas SAS - Calanque Freight",
    ),
    m(
        "88221",
        "2025-11-10 14:12",
        "Calanque Freight - RH <rh@calanque-freight.com>",
        "Test de connaissances douanières",
        A("assessment", CF, CFR, 11, "direct"),
        "Bonjour Madame Belkacem,\n\n"
        "Dans le cadre de votre candidature, nous vous invitons à réaliser un test en ligne (QCM de 40 questions : nomenclature, origine, valeur en douane, régimes suspensifs). Durée : 45 minutes.\n\n"
        "Lien : https://evaluation.calanque-freight.com/t/8f2c91\nÀ réaliser avant le vendredi 14 novembre.\n\n"
        "Cordialement,\nAudrey Fabre\nChargée RH - Calanque Freight",
    ),
    m(
        "88222",
        "2025-11-19 17:26",
        "Audrey Fabre <a.fabre@calanque-freight.com>",
        "Invitation entretien - Calanque Freight",
        A("interview", CF, CFR, 11, "direct"),
        "Bonjour Madame Belkacem,\n\n"
        "Suite à vos excellents résultats au test, nous souhaitons vous rencontrer le vendredi 21 novembre à 10h00 dans nos locaux de Saint-Louis (13016), en présence de M. Ricci, responsable import.\n\nVous trouverez l'invitation ci-jointe.\n\nAudrey Fabre",
        ics=ev(
            "2025-11-21 10:00",
            "Entretien - Déclarant import - N. Belkacem",
            ("Audrey Fabre", "a.fabre@calanque-freight.com"),
            style="outlook",
            location="Calanque Freight, 230 rue de Lyon, 13016 Marseille",
        ),
    ),
    m(
        "88223",
        "2025-12-05 11:00",
        "Audrey Fabre <a.fabre@calanque-freight.com>",
        "Suite à votre candidature",
        A("rejection", CF, CFR, 11, "direct"),
        "Bonjour Madame Belkacem,\n\n"
        "Nous tenions à vous remercier pour votre disponibilité et la qualité de nos échanges. M. Ricci a souligné votre excellente connaissance des régimes douaniers.\n\n"
        "Nous sommes néanmoins au regret de vous informer que nous avons retenu une autre candidature pour ce poste.\n\n"
        "Nous vous souhaitons le meilleur pour la suite.\n\nAudrey Fabre\nCF Overseas SAS",
    ),
    # --- 12 Fosmar (careers mailbox at Azuria group) ---------------------------------------
    m(
        "88230",
        "2025-10-27 16:33",
        "Recrutement Groupe Azuria <careers@azuria-group.com>",
        "AR : Candidature Agent de transit portuaire - Fosmar",
        A("confirmation", FM, FMR, 12, "direct"),
        "Bonjour,\n\nNous accusons bonne réception de votre candidature pour le poste d'agent de transit portuaire au sein de Fosmar (Fos-sur-Mer).\n\n"
        "Elle sera transmise au manager concerné.\n\nCordialement,\nDirection des Ressources Humaines\nGroupe Azuria - Fosmar | Azuria Port Services",
    ),
    m(
        "88231",
        "2025-11-06 10:48",
        "Karim Benali <karim.benali@azuria-group.com>",
        "Poste agent de transit - entretien téléphonique",
        A("interview", FM, FMR, 12, "direct"),
        "Bonjour Nadia,\n\nJe suis Karim Benali, responsable exploitation chez Fosmar. Je souhaiterais vous appeler demain vendredi 7 novembre vers 12h30 pour un premier entretien téléphonique d'une vingtaine de minutes. Cela vous convient-il ?\n\nCordialement,\nKarim Benali\nFosmar - Terminal de Fos",
    ),
    # --- 13 Cargoflow (Welcome to the Jungle) ----------------------------------------------
    m(
        "88240",
        "2025-10-30 19:21",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature chez Cargoflow a bien été envoyée",
        A("confirmation", CG, CGR, 13, "other"),
        html="<html><body><div style='font-family:sans-serif'><h2>C'est envoyé ! 🎉</h2>"
        "<p>Ta candidature pour le poste <b>Freight Operations Coordinator</b> chez <b>Cargoflow</b> est entre les mains de l'équipe recrutement.</p>"
        "<p>Tu peux suivre son avancement dans ton espace. Et si tu n'as pas de nouvelles dans quelques semaines, c'est peut-être le moment de relancer.</p>"
        "<p>Welcome to the Jungle</p></div></body></html>",
    ),
    m(
        "88241",
        "2025-11-14 16:02",
        "Cargoflow <noreply@welcometothejungle.com>",
        "Ta candidature chez Cargoflow",
        A("rejection", CG, CGR, 13, "other"),
        html="<html><body><p>Hello Nadia,</p>"
        "<p>Merci beaucoup pour ton intérêt pour Cargoflow et pour le temps passé sur ta candidature. On a adoré découvrir ton parcours côté douane.</p>"
        "<p>Après pas mal de discussions, on a décidé de ne pas donner suite pour le poste de Freight Operations Coordinator : on cherche un profil plus orienté fret aérien et anglais courant au quotidien.</p>"
        "<p>On te souhaite le meilleur pour la suite !</p><p>La team Cargoflow</p></body></html>",
    ),
    # --- 14 Blue Anchor Forwarding (LinkedIn, English) ------------------------------------
    m(
        "88250",
        "2025-11-12 08:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Nadia, votre candidature a été envoyée à Blue Anchor Forwarding",
        A("confirmation", BA, BAR, 14, "linkedin"),
        html="<html><body><p>Votre candidature a été envoyée à Blue Anchor Forwarding</p>"
        "<p><b>Customs Broker</b><br>Blue Anchor Forwarding · Le Havre, Normandie, France (Sur site)</p>"
        "<p>Envoyée le 12 nov. 2025</p><p><a href='https://www.linkedin.com/jobs/view/4290012345'>Voir l'offre</a></p></body></html>",
    ),
    m(
        "88251",
        "2025-11-14 13:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Blue Anchor Forwarding",
        A("viewed", BA, BAR, 14, "linkedin"),
        html="<html><body><p>Bonne nouvelle, Nadia ! Blue Anchor Forwarding a consulté votre candidature pour le poste Customs Broker.</p></body></html>",
    ),
    m(
        "88252",
        "2025-12-01 10:30",
        "Blue Anchor Talent <talent@blueanchor-fwd.com>",
        "Your application",
        A("rejection", BA, BAR, 14, "direct", "en"),
        "Hi Nadia,\n\nThanks for your interest in the Customs Broker role in our Le Havre branch. You clearly know French customs inside out, and we enjoyed reading your profile.\n\n"
        "Unfortunately we've decided not to progress your application at this stage, as we need someone with a licensed customs representative background in the UK as well.\n\n"
        "All the best,\nRebecca Hale\nTalent Partner, Blue Anchor Forwarding",
    ),
    # --- 15 Lumen Transport (Cadremploi) ----------------------------------------------------
    m(
        "88260",
        "2025-12-02 11:11",
        "Cadremploi <candidature@cadremploi.fr>",
        "Confirmation de votre candidature",
        A("confirmation", LT, LTR, 15, "other"),
        html="<html><body><p>Bonjour Nadia,</p><p>Nous vous confirmons l'envoi de votre candidature pour l'offre :</p>"
        "<p><b>Responsable d'exploitation transit H/F</b><br>GROUPE LUMEN TRANSPORT - Vitrolles (13)</p>"
        "<p>Bonne chance !<br>L'équipe Cadremploi</p></body></html>",
    ),
    m(
        "88261",
        "2025-12-18 08:20",
        "Groupe Lumen - Recrutement <recrutement@lumen-transport.fr>",
        "Votre candidature",
        A("rejection", LT, LTR, 15, "direct"),
        "Madame,\n\nVous avez bien voulu nous adresser votre candidature pour le poste de Responsable d'exploitation transit et nous vous en remercions.\n\n"
        "Votre parcours est tout à fait intéressant ; toutefois, nous ne sommes pas en mesure d'y donner une suite favorable, le poste requérant une expérience managériale plus significative.\n\n"
        "Nous vous prions d'agréer, Madame, l'expression de nos sentiments distingués.\n\nService Recrutement - Groupe Lumen Transport",
    ),
    # --- 16 Transports Rinaldi (France Travail) --------------------------------------------
    m(
        "88270",
        "2025-11-25 15:47",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre candidature a été envoyée",
        A("confirmation", RI, RIR, 16, "other"),
        html="<html><body><p>Bonjour Madame BELKACEM,</p>"
        "<p>Votre candidature pour l'offre n° 194XKTM « Déclarant en douane (H/F) » - TRANSPORTS RINALDI - 13 - MARSEILLE 14 a bien été envoyée au recruteur.</p>"
        "<p>Votre conseiller France Travail</p></body></html>",
    ),
    m(
        "88271",
        "2025-12-03 09:55",
        "Sandra Rinaldi <sandra@transports-rinaldi.fr>",
        "rdv déclarant",
        A("interview", RI, RIR, 16, "direct"),
        "Bonjour Mme Belkacem\n\nSuite a votre candidature par France Travail je vous propose un rdv lundi 8 decembre 14h au depot (ZI Sainte Marthe, entrée camions côté rue). Demandez Sandra a l'accueil.\n\nMerci de confirmer\nSandra Rinaldi\nTransports Rinaldi\nEnvoyé depuis mon mobile",
    ),
    m(
        "88272",
        "2025-12-22 18:05",
        "Sandra Rinaldi <sandra@transports-rinaldi.fr>",
        "suite rdv",
        A("rejection", RI, RIR, 16, "direct"),
        "Bonjour Mme Belkacem\n\nMerci d'etre venue. Vous avez un tres bon profil mais on cherche plutot quelqu'un pour faire aussi de l'exploitation camion en plus de la douane, donc on va pas pouvoir continuer.\n\nBonnes fetes\nSandra Rinaldi",
    ),
    # --- 17 Massalia Douane Conseil (Indeed) -----------------------------------------------
    m(
        "88280",
        "2025-12-08 21:33",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Assistant déclarant en douane",
        A("confirmation", MDC, MDCR, 17, "indeed"),
        html="<html><body><h2>Votre candidature a bien été envoyée</h2>"
        "<p><b>Assistant déclarant en douane</b><br>Massalia Douane Conseil - Marseille 2e (13)</p>"
        "<p><a href='https://fr.indeed.com/myjobs'>Voir mes candidatures</a></p></body></html>",
    ),
    m(
        "88281",
        "2025-12-15 12:02",
        "MDC <contact@mdc-douane.fr>",
        "Candidature assistant déclarant",
        A("rejection", MDC, MDCR, 17, "direct"),
        "Bonjour Madame,\n\nMerci pour votre candidature. Votre expérience dépasse largement ce que nous recherchons pour ce poste d'assistant, et nous craignons de ne pouvoir vous offrir les perspectives correspondant à votre niveau.\n\n"
        "Nous ne donnerons donc pas suite, mais n'hésitez pas à nous recontacter si un poste de déclarant s'ouvre chez nous.\n\nCordialement,\nPhilippe Gaudin\nGérant - MDC Massalia Douane Conseil",
    ),
    # --- 18 Entrepôts du Canet (Interima Sud) ----------------------------------------------
    m(
        "88290",
        "2025-12-09 10:02",
        "Interima Sud - Agence Marseille Nord <marseille.nord@interima-sud.fr>",
        "Mission 3 mois - déclarant(e) en douane - Marseille 14e",
        J("outreach", "agency", role=ECR),
        "Bonjour,\n\nNous recherchons pour un client, entrepositaire agréé dans le 14e arrondissement, un(e) déclarant(e) en douane pour une mission de 3 mois à pourvoir dès le 5 janvier.\n\n"
        "Maîtrise de Delta G indispensable. 15 €/h + prime de fin de mission + CP.\n\nSi intéressé(e), merci de nous répondre avec votre CV à jour.\n\nL'équipe Interima Sud\n04 91 00 00 00",
    ),
    m(
        "88291",
        "2025-12-11 15:20",
        "Interima Sud - Agence Marseille Nord <marseille.nord@interima-sud.fr>",
        "RE: Mission 3 mois - déclarant(e) en douane - Marseille 14e",
        A("confirmation", EC, ECR, 18, "agency"),
        "Bonjour Nadia,\n\nMerci pour votre retour et votre CV. Votre candidature a été proposée à notre client, Entrepôts du Canet. Nous revenons vers vous dès leur réponse.\n\nCordialement,\nJessica - Interima Sud",
    ),
    m(
        "88292",
        "2025-12-17 09:45",
        "Interima Sud - Agence Marseille Nord <marseille.nord@interima-sud.fr>",
        "Mission Entrepôts du Canet",
        A("rejection", EC, ECR, 18, "agency"),
        "Bonjour Nadia,\n\nLe client Entrepôts du Canet a retenu un autre intérimaire déjà connu de leurs équipes pour cette mission. Nous vous recontacterons pour d'autres missions.\n\nCordialement,\nJessica - Interima Sud",
    ),
    # --- 21 Estérel Logistique (Teamtailor; on hold) ---------------------------------------
    m(
        "88300",
        "2025-11-19 13:13",
        "Estérel Logistique <no-reply@teamtailor-mail.com>",
        "Nous avons bien reçu votre candidature",
        A("confirmation", EL, ELR, 21, "teamtailor"),
        "Bonjour Nadia,\n\nMerci pour votre candidature au poste de Coordinateur douane & transport à Aix-en-Provence (Les Milles). Nous l'étudions et revenons vers vous rapidement.\n\n"
        "Bien à vous,\nL'équipe RH Estérel Logistique",
    ),
    m(
        "88301",
        "2025-11-27 10:40",
        "Estérel Logistique <no-reply@teamtailor-mail.com>",
        "Choisissez un créneau pour votre entretien",
        A("interview", EL, ELR, 21, "teamtailor"),
        "Bonjour Nadia,\n\nNous aimerions vous rencontrer pour échanger sur le poste de Coordinateur douane & transport. Merci de choisir un créneau d'entretien (visio, 45 min) avec Hélène Marin, responsable supply chain :\n\n"
        "https://esterel-logistique.teamtailor.com/meetings/pick/3f9a0c\n\nÀ bientôt,\nL'équipe RH Estérel Logistique",
    ),
    m(
        "88302",
        "2025-11-27 19:02",
        "Estérel Logistique <no-reply@teamtailor-mail.com>",
        "Entretien confirmé : mardi 2 décembre 2025 à 09:30",
        A("interview", EL, ELR, 21, "teamtailor"),
        "Bonjour Nadia,\n\nVotre entretien est confirmé.\n\nQuand : mardi 2 décembre 2025, 09:30 - 10:15 (heure de Paris)\nAvec : Hélène Marin\nOù : lien Teams dans l'invitation\n\nL'équipe RH Estérel Logistique",
        ics=ev(
            "2025-12-02 09:30",
            "Entretien Estérel Logistique - Nadia Belkacem",
            ("Hélène Marin", "helene.marin@esterel-logistique.fr"),
            minutes=45,
            location="Microsoft Teams",
        ),
    ),
    m(
        "88303",
        "2025-12-12 17:10",
        "Hélène Marin <helene.marin@esterel-logistique.fr>",
        "Point sur le recrutement",
        A("confirmation", EL, ELR, 21, "direct"),
        "Bonjour Nadia,\n\nJe voulais vous tenir informée : suite à une réorganisation interne de nos flux avec notre maison mère, le recrutement du poste de coordinateur douane & transport est suspendu jusqu'à nouvel ordre, probablement jusqu'au printemps.\n\n"
        "Votre candidature reste en haut de la pile, et je vous recontacterai personnellement si le poste est réouvert.\n\nBien cordialement,\nHélène Marin",
        st="on_hold",
    ),
    # --- 22 Vantis Freight (SmartRecruiters, English) --------------------------------------
    m(
        "88310",
        "2025-12-01 16:25",
        "Vantis Freight <noreply@smartrecruiters.com>",
        "Vantis Freight - application received",
        A("confirmation", VF, VFR, 22, "smartrecruiters", "en"),
        "Hi Nadia,\n\nThank you for applying for Import Customs Coordinator (Marseille, France). Your application has been received and will be reviewed by our recruiting team.\n\n"
        "If you are not selected for this role, we will keep your profile in our talent pool for future opportunities.\n\nVantis Freight Recruiting",
    ),
    m(
        "88311",
        "2025-12-10 11:50",
        "Daniel Okafor <daniel.okafor@vantisfreight.com>",
        "Interview - Import Customs Coordinator (Marseille)",
        A("interview", VF, VFR, 22, "direct", "en"),
        "Hello Nadia,\n\nI'm the EMEA recruiter for Vantis Freight. Our Marseille branch manager, Frédéric Baud, would like to meet you on Teams on Monday 15 December at 10:00 CET. The interview will be partly in English.\n\nPlease accept the invitation attached.\n\nBest,\nDaniel Okafor\nTalent Acquisition Partner EMEA | Vantis Freight",
        ics=ev(
            "2025-12-15 10:00",
            "Vantis Freight | Interview Nadia Belkacem",
            ("Daniel Okafor", "daniel.okafor@vantisfreight.com"),
            minutes=45,
            style="outlook",
            location="Microsoft Teams Meeting",
            attendees=[("Frédéric Baud", "frederic.baud@vantisfreight.com")],
        ),
    ),
    m(
        "88312",
        "2025-12-16 09:00",
        "Daniel Okafor <daniel.okafor@vantisfreight.com>",
        "Automatic reply: Thank you - Interview 15/12",
        J("other_job", "direct", VF, VFR, "en"),
        "Thank you for your email. I am out of the office until 5 January 2026 with limited access to email. For urgent matters, please contact talent.emea@vantisfreight.com.\n\nDaniel",
    ),
    m(
        "88313",
        "2026-01-09 14:30",
        "Daniel Okafor <daniel.okafor@vantisfreight.com>",
        "Update on your application",
        A("rejection", VF, VFR, 22, "direct", "en"),
        "Hi Nadia,\n\nHappy new year and thanks for your patience over the holidays. Frédéric really enjoyed your conversation and your grasp of import procedures was never in doubt.\n\n"
        "That said, the team has decided to go with a candidate who has more experience with US-bound ocean freight, which is a big part of the Marseille desk this year. I'm sorry it isn't better news.\n\n"
        "I'd be glad to stay in touch.\n\nBest,\nDaniel",
    ),
    # --- 23 Trans-Rhône Méditerranée (Indeed; forwarded from her old address) -------------
    m(
        "88320",
        "2026-01-07 20:41",
        "Nadia Belkacem <nadia.b13@outlook.fr>",
        "TR: Candidature envoyée : Agent de transit - TRM",
        A("confirmation", TRM, TRMR, 23, "indeed"),
        "Je me le renvoie sur ma boîte principale.\n\n"
        "________________________________\n"
        "De : Indeed <indeedapply@indeed.com>\nEnvoyé : mercredi 7 janvier 2026 20:38\nÀ : nadia.b13@outlook.fr\nObjet : Candidature envoyée : Agent de transit - TRM\n\n"
        "Votre candidature a bien été envoyée\n\nAgent de transit\nTRM Trans-Rhône Méditerranée - Fos-sur-Mer (13)\n\n"
        "Les éléments suivants ont été envoyés à l'employeur : CV, lettre de motivation.\n",
    ),
    # --- 24 Orbis Cargo (LinkedIn) --------------------------------------------------------
    m(
        "88330",
        "2026-01-12 07:58",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Nadia, votre candidature a été envoyée à Orbis Cargo",
        A("confirmation", OC, OCR, 24, "linkedin"),
        html="<html><body><p>Votre candidature a été envoyée à Orbis Cargo</p><p><b>Customs Declarant</b><br>Orbis Cargo · Le Havre (Hybride)</p></body></html>",
    ),
    # --- 25 Méditerranée Fret Services (HelloWork) ----------------------------------------
    m(
        "88340",
        "2025-12-15 18:18",
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature chez MFS - Méditerranée Fret Services",
        A("confirmation", MFS, MFSR, 25, "other"),
        html="<html><body><p>Bonjour Nadia,</p><p>Votre candidature au poste <b>Déclarant en douane</b> à Marseille (13) a bien été envoyée à <b>MFS - Méditerranée Fret Services</b>.</p><p>L'équipe HelloWork</p></body></html>",
    ),
    m(
        "88341",
        "2026-01-06 10:22",
        "MFS Recrutement <rh@mfs-fret.fr>",
        "Suite à votre candidature",
        A("rejection", MFS, MFSR, 25, "direct"),
        "Bonjour Madame Belkacem,\n\nNous vous remercions pour l'intérêt porté à MFS. Nous avons apprécié la clarté de votre parcours et vos compétences sur les procédures de domiciliation.\n\n"
        "Malheureusement, le poste a été pourvu en interne. Nous conservons votre CV dans notre vivier.\n\nCordialement,\nL'équipe RH MFS",
    ),
    # --- alerts, nudges, talent pools ------------------------------------------------------
    m(
        "88400",
        "2025-09-02 06:30",
        "France Travail <offres@francetravail.fr>",
        "12 nouvelles offres correspondent à votre recherche « déclarant en douane »",
        J("alert", "other"),
        html="<html><body><p>Bonjour Madame BELKACEM,</p><ul><li>Déclarant en douane H/F - Marseille 2e - CDI</li><li>Agent de transit maritime - Fos-sur-Mer - CDD 6 mois</li><li>Assistant import/export - Vitrolles - CDI</li></ul><p><a href='https://candidat.francetravail.fr/offres'>Voir les 12 offres</a></p></body></html>",
    ),
    m(
        "88401",
        "2025-10-14 06:30",
        "France Travail <offres@francetravail.fr>",
        "7 nouvelles offres correspondent à votre recherche « déclarant en douane »",
        J("alert", "other"),
        html="<html><body><ul><li>Déclarant en douane (H/F) - Marseille 14e</li><li>Agent de transit aérien - Marignane</li><li>Déclarant en douane - Le Havre</li></ul></body></html>",
    ),
    m(
        "88402",
        "2025-09-16 08:00",
        "Apec <alertes@apec.fr>",
        "Vos offres du jour : transit, douane - Provence-Alpes-Côte d'Azur",
        J("alert", "other"),
        html="<html><body><p>5 offres cadres correspondent à votre alerte.</p><p>Responsable transit - Fos-sur-Mer · Customs Manager - Marseille · Chef de service douane - Avignon</p></body></html>",
    ),
    m(
        "88403",
        "2026-01-20 08:00",
        "Apec <alertes@apec.fr>",
        "Vos offres du jour : transit, douane - Normandie",
        J("alert", "other"),
        html="<html><body><p>3 offres cadres correspondent à votre alerte « transit Le Havre ».</p></body></html>",
    ),
    m(
        "88404",
        "2025-10-01 07:12",
        "HelloWork <alertes@hellowork.com>",
        "Nadia, 9 offres « Agent de transit » à Marseille",
        J("alert", "other"),
        html="<html><body><p>De nouvelles offres sont disponibles pour votre recherche.</p><p>Agent de transit H/F · Déclarant en douane H/F · Gestionnaire transport international</p></body></html>",
    ),
    m(
        "88405",
        "2025-12-29 07:12",
        "HelloWork <alertes@hellowork.com>",
        "Nadia, 4 offres « Déclarant en douane » à Aix-en-Provence",
        J("alert", "other"),
        html="<html><body><p>De nouvelles offres sont disponibles pour votre recherche.</p></body></html>",
    ),
    m(
        "88406",
        "2025-09-25 18:00",
        "Indeed <alert@indeed.com>",
        "déclarant en douane - Marseille (13) : 15 nouveaux emplois",
        J("alert", "indeed"),
        html="<html><body><p>Déclarant en douane H/F - Sodimar - Fos-sur-Mer</p><p>Agent de transit - Phocéenne de Transit - Marseille</p><p>Customs Coordinator - Marseille</p></body></html>",
    ),
    m(
        "88407",
        "2026-02-10 18:00",
        "Indeed <alert@indeed.com>",
        "agent de transit - Fos-sur-Mer (13) : 6 nouveaux emplois",
        J("alert", "indeed"),
        html="<html><body><p>Agent de transit export - Fos-sur-Mer · Déclarant(e) en douane - Port-Saint-Louis-du-Rhône</p></body></html>",
    ),
    m(
        "88408",
        "2025-11-03 09:10",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« customs » : Vantis Freight recrute et 20 autres postes",
        J("alert", "linkedin"),
        html="<html><body><p>Import Customs Coordinator - Vantis Freight - Marseille</p><p>Customs Broker - Blue Anchor Forwarding - Le Havre</p></body></html>",
    ),
    m(
        "88409",
        "2026-01-05 09:10",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« déclarant en douane » : Orbis Cargo recrute et 11 autres postes",
        J("alert", "linkedin"),
        html="<html><body><p>Customs Declarant - Orbis Cargo - Le Havre</p></body></html>",
    ),
    m(
        "88410",
        "2025-11-24 12:00",
        "Cadremploi <alertes@cadremploi.fr>",
        "Votre alerte : 6 nouvelles offres Transport / Logistique",
        J("alert", "other"),
        html="<html><body><p>Responsable d'exploitation transit H/F - Groupe Lumen Transport - Vitrolles</p></body></html>",
    ),
    m(
        "88411",
        "2025-09-10 20:00",
        "Groupe Méridia <meridia@myworkday.com>",
        "Votre candidature n'est pas terminée",
        J("alert", "workday", TM, "Assistant(e) ADV export H/F"),
        "Bonjour Nadia,\n\nVous avez commencé une candidature pour le poste Assistant(e) ADV export H/F mais ne l'avez pas soumise. Reprenez-la là où vous l'avez laissée depuis votre espace candidat.\n\nL'équipe Talent Acquisition - Groupe Méridia",
    ),
    m(
        "88412",
        "2025-09-22 14:05",
        "Kestrel Global Logistics <noreply@smartrecruiters.com>",
        "Welcome to the Kestrel Talent Community",
        J("alert", "smartrecruiters", "Kestrel Global Logistics", lang="en"),
        "Hi Nadia,\n\nYou're now part of the Kestrel Global Logistics Talent Community. We'll let you know about new roles in customs, freight and contract logistics that match your interests.\n\nKestrel Talent Acquisition",
    ),
    m(
        "88413",
        "2025-10-28 11:00",
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Ils recrutent à Marseille : 8 boîtes de la logistique qui embauchent",
        J("alert", "other"),
        html="<html><body><h2>Ils recrutent à Marseille</h2><p>Cargoflow, Dockly et 6 autres entreprises du fret cherchent leurs futurs talents. Découvre leurs offres.</p></body></html>",
    ),
    # --- outreach -------------------------------------------------------------------------
    m(
        "88420",
        "2025-10-23 17:45",
        "Priya Nair via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Customs opportunity in Marseille",
        J("outreach", "linkedin", "Halvard Global Forwarding", "Customs Team Leader", "en"),
        "Hi Nadia,\n\nI'm recruiting for Halvard Global Forwarding's new customs hub in Marseille and your profile stood out. We're looking for a Customs Team Leader (French customs licence, team of 5). Would you be open to a quick chat this week?\n\nBest,\nPriya Nair\nSenior Recruiter, Halvard Global Forwarding",
    ),
    m(
        "88421",
        "2026-01-26 10:10",
        "Élodie Marchetti <e.marchetti@provalis-interim.fr>",
        "Nouvelle mission - Aix-en-Provence",
        J("outreach", "agency"),
        "Bonjour Nadia,\n\nJ'espère que vous allez bien. J'ai une nouvelle mission de déclarante pour un client basé aux Milles (Aix), 6 mois, démarrage février. Êtes-vous toujours en recherche ?\n\nÉlodie - Provalis Intérim",
    ),
    m(
        "88422",
        "2026-02-12 15:00",
        "Céline Morand <c.morand@talentis-conseil.fr>",
        "Poste de responsable douane - confidentiel",
        J("outreach", "agency"),
        "Bonjour Madame Belkacem,\n\nCabinet Talentis Conseil. Je recherche pour un transitaire marseillais de taille intermédiaire un(e) responsable du service douane (8 personnes). Votre profil LinkedIn correspond très bien. Seriez-vous ouverte à un échange confidentiel ?\n\nCéline Morand\nTalentis Conseil",
    ),
    # --- other job mail -------------------------------------------------------------------
    m(
        "88430",
        "2025-12-10 14:00",
        "Indeed <no-reply@indeed.com>",
        "Comment s'est passée votre candidature chez Phocéenne de Transit ?",
        J("other_job", "indeed", "Phocéenne de Transit"),
        html="<html><body><p>Aidez les autres candidats : notez votre expérience de recrutement chez Phocéenne de Transit.</p><p>★★★★★</p></body></html>",
    ),
    m(
        "88431",
        "2025-11-07 13:10",
        "Karim Benali <karim.benali@azuria-group.com>",
        "RE: Poste agent de transit - entretien téléphonique",
        A("interview", FM, FMR, 12, "direct"),
        "Merci Nadia pour cet échange. Je fais le point avec la DRH du groupe et je reviens vers vous rapidement pour la suite.\n\nKarim\n\n-----Message d'origine-----\nDe : Nadia Belkacem\nObjet : RE: Poste agent de transit - entretien téléphonique\n\nBonjour, 12h30 me convient parfaitement. Cordialement, Nadia",
        **thread("<88231.20251106.47@azuria-group.com>"),
    ),
    m(
        "88414",
        "2025-10-07 09:30",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre conseiller vous propose une offre d'emploi",
        J("alert", "other"),
        "Bonjour Madame BELKACEM,\n\nVotre conseillère, Mme Ferrand, a sélectionné pour vous l'offre n° 193QWLP « Déclarant en douane H/F » à Fos-sur-Mer. Si elle vous intéresse, postulez depuis votre espace personnel.\n\nFrance Travail",
    ),
    m(
        "88415",
        "2026-02-03 12:00",
        "Cadremploi <alertes@cadremploi.fr>",
        "Un recruteur a consulté votre CV",
        J("alert", "other"),
        html="<html><body><p>Bonne nouvelle Nadia : un cabinet de recrutement spécialisé transport a consulté votre CV cette semaine. Mettez-le à jour pour rester visible.</p></body></html>",
    ),
]

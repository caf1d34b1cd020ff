# ruff: noqa: E501
"""Corpus 83, French job mail (data only): see heldout83.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


m = partial(H.dated_spec, _tz)


def A(cat: str, co: str | None, role: str | None, app: int, src: str) -> tuple[Any, ...]:
    return (cat, co, role, app, src, "fr")


SIG = "\n\nInès Garnier\n06 71 28 44 90"

LU, LUR = "Lumiq", "Data Scientist NLP"
AR, ARR = "Arvernienne Financement", "Data Scientist Risque de crédit (H/F)"
CE, CER = "Assurances Célestine", "Data Scientist Actuariat (H/F)"
PA, PAR = "Paylisse", "Senior Data Scientist – Fraude"
KA, KAR = "Kalisto", "Data Scientist (H/F) – Lille"
VE, VER = "Verdance Énergie", "Data Scientist Prévision de la demande"
OP, OPR = "Optimea Retail", "Data Scientist Pricing"
TL, TLR = "Transmanche Logistique", "Data Scientist Supply Chain (H/F)"
QZ, QZR = "Quartzline", "Data Scientist – Computer Vision"
SO, SOR1, SOR2 = "Solvane", "Data Scientist Pricing (H/F)", "Data Scientist Supply (H/F)"
MI, MIR = "Mirabelle", "Data Scientist"
OR, ORR = "Orfeo Santé", "Machine Learning Engineer"
IN, INR = "INDT", "Data Scientist – statistique publique"
VI, VIR = "Vigie", "Data Scientist (premier recrutement data)"
NU, NUR = "Atelier Numa", "Data Scientist Marketing"
BO, BOR = "Boréal Data", "Data Scientist confirmé·e (remote / Lille)"
PX, PXR = "Pixelune", "Data Scientist Recommandation"

MAIL: list[dict[str, Any]] = [
    # --- 1 Lumiq (WTTJ, start-up, tu) ----------------------------------------------------
    m(
        "83101",
        "2025-10-03 11:42",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature chez Lumiq a bien été envoyée",
        A("confirmation", LU, LUR, 1, "other"),
        html="<html><body><table width='600'><tr><td><h2>C'est envoyé !</h2><p>Ta candidature pour le poste <b>Data Scientist NLP</b> chez <b>Lumiq</b> a bien été transmise à l'équipe de recrutement.</p><p>Tu peux suivre l'avancée de tes candidatures depuis ton espace.</p><p><a href='https://www.welcometothejungle.com/fr/me/applications'>Voir mes candidatures</a></p><p style='color:#888'>Welcome to the Jungle — 9 rue des Halles, 75001 Paris</p></td></tr></table></body></html>",
    ),
    m(
        "83102",
        "2025-10-08 09:15",
        "Margaux de Lumiq <margaux@lumiq.ai>",
        "On se cale un call ?",
        A("interview", LU, LUR, 1, "direct"),
        "Salut Inès,\n\nMerci pour ta candidature sur le poste de Data Scientist NLP, ton parcours chez Ardoise nous a bien plu !\n\nOn aimerait en discuter avec toi lors d'un premier échange de 30 min avec moi. Tu peux choisir un créneau ici : https://calendly.com/margaux-lumiq/30min\n\nÀ très vite,\nMargaux\nTalent Acquisition @ Lumiq",
    ),
    m(
        "83103",
        "2025-10-08 14:03",
        "Calendly <notifications@calendly.com>",
        "Invitation: Inès Garnier et Margaux Petit - 10 oct. 2025 11:00",
        A("interview", LU, LUR, 1, "other"),
        "Bonjour Inès Garnier,\n\nUn nouvel événement a été programmé.\n\nType d'événement : Premier échange Lumiq (30 min)\nInvité : Margaux Petit\nDate : vendredi 10 octobre 2025, 11:00 - 11:30 (Europe/Paris)\nLieu : Google Meet, https://meet.google.com/kvr-pnfa-tuw\n\nAnnuler ou reprogrammer : https://calendly.com/cancellations/9c1f\n",
        ics={
            "uid": "calendly-9c1f2e@calendly.com",
            "start": "2025-10-10 11:00:00 +0200",
            "minutes": 30,
            "summary": "Premier échange Lumiq (Inès Garnier)",
            "organizer": ("Margaux Petit", "margaux@lumiq.ai"),
            "location": "https://meet.google.com/kvr-pnfa-tuw",
        },
    ),
    m(
        "83104",
        "2025-10-21 17:48",
        "Margaux de Lumiq <margaux@lumiq.ai>",
        "Ta candidature chez Lumiq",
        A("rejection", LU, LUR, 1, "direct"),
        "Hello Inès,\n\nEncore merci pour le temps que tu nous as consacré, et pour l'échange technique avec Yanis : on a vraiment apprécié ta rigueur sur la partie évaluation des modèles.\n\nOn a dû faire un choix difficile et on a décidé d'avancer avec un·e autre candidat·e, dont le profil colle un peu plus à notre besoin immédiat en fine-tuning de LLM.\n\nOn garde ton contact et on n'hésitera pas à revenir vers toi. Bonne continuation dans ta recherche !\n\nMargaux",
    ),
    # --- 2 Arvernienne Financement (Workday of the bank group) --------------------------
    m(
        "83201",
        "2025-10-06 20:31",
        "Groupe Arvernienne <arvernienne@myworkday.com>",
        "Confirmation de réception de votre candidature",
        A("confirmation", AR, ARR, 2, "workday"),
        "Madame Garnier,\n\nNous accusons réception de votre candidature au poste de Data Scientist Risque de crédit (H/F) - Réf. R-0048812, au sein d'Arvernienne Financement, filiale de crédit à la consommation du Groupe Arvernienne.\n\nVotre dossier va être étudié avec attention. Si votre profil correspond à nos attentes, un membre de l'équipe Recrutement prendra contact avec vous. Dans le cas contraire, nous vous en informerons par e-mail.\n\nVous pouvez suivre l'état de votre candidature sur notre portail carrières.\n\nCordialement,\nLa Direction des Ressources Humaines\nGroupe Arvernienne\n\nCe message est généré automatiquement, merci de ne pas y répondre.",
    ),
    m(
        "83202",
        "2025-10-16 10:20",
        "Sandrine Lévêque <sandrine.leveque@arvernienne.com>",
        "Candidature Data Scientist Risque de crédit - échange téléphonique",
        A("interview", AR, ARR, 2, "direct"),
        "Bonjour Madame Garnier,\n\nJe suis chargée de recrutement pour Arvernienne Financement. Votre candidature a retenu notre attention et je souhaiterais vous proposer un entretien téléphonique de préqualification.\n\nSeriez-vous disponible mardi 21 octobre à 14h00 ou mercredi 22 à 9h30 ?\n\nBien cordialement,\n\nSandrine Lévêque\nChargée de recrutement - Fonctions Risques & Data\nGroupe Arvernienne | 18 quai de la Rapée, 75012 Paris",
    ),
    m(
        "83203",
        "2025-10-16 12:02",
        "Sandrine Lévêque <sandrine.leveque@arvernienne.com>",
        "Réponse automatique : Candidature Data Scientist Risque de crédit - échange téléphonique",
        ("other_job", AR, ARR, None, "direct", "fr"),
        "Bonjour,\n\nJe suis absente du bureau jusqu'au 17 octobre inclus, avec un accès limité à ma messagerie. Pour toute urgence, merci de contacter recrutement.risques@arvernienne.com.\n\nCordialement,\nSandrine Lévêque",
    ),
    m(
        "83204",
        "2025-10-23 16:40",
        "Sandrine Lévêque <sandrine.leveque@arvernienne.com>",
        "Invitation : Entretien Data Scientist Risque de crédit - Arvernienne Financement",
        A("interview", AR, ARR, 2, "direct"),
        "Bonjour Madame Garnier,\n\nSuite à notre échange, j'ai le plaisir de vous convier à un entretien avec M. Thibault Rey, responsable de l'équipe Modélisation, le mardi 4 novembre à 10h00 sur Microsoft Teams.\n\nVous trouverez l'invitation ci-jointe.\n\nBien cordialement,\nSandrine Lévêque",
        ics={
            "uid": "040000008200E00074C5B7101A82E0080000000052AF2B0C@arvernienne.com",
            "start": "2025-11-04 10:00:00 +0100",
            "minutes": 60,
            "style": "outlook",
            "summary": "Entretien Inès Garnier - Data Scientist Risque de crédit",
            "organizer": ("Sandrine Lévêque", "sandrine.leveque@arvernienne.com"),
            "attendees": [("Thibault Rey", "thibault.rey@arvernienne.com")],
            "location": "Réunion Microsoft Teams",
            "description": "Rejoindre la réunion Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1\nID de la réunion : 372 118 904 55",
        },
    ),
    m(
        "83205",
        "2025-11-19 09:02",
        "Groupe Arvernienne <arvernienne@myworkday.com>",
        "Votre candidature chez Groupe Arvernienne",
        A("rejection", AR, ARR, 2, "workday"),
        "Madame Garnier,\n\nNous vous remercions de l'intérêt que vous portez au Groupe Arvernienne et du temps que vous avez consacré à nos échanges pour le poste de Data Scientist Risque de crédit (H/F) - R-0048812.\n\nVotre parcours et vos compétences ont été appréciés par nos équipes. Toutefois, après un examen attentif, nous avons retenu une candidature dont l'expérience correspond plus précisément aux exigences du poste.\n\nNous nous permettons de conserver vos coordonnées afin de vous recontacter si une opportunité correspondant à votre profil venait à se présenter.\n\nNous vous souhaitons pleine réussite dans vos projets professionnels.\n\nLa Direction des Ressources Humaines\nGroupe Arvernienne",
    ),
    # --- 3 Assurances Célestine (Taleo), suspended -----------------------------------------
    m(
        "83301",
        "2025-10-13 22:10",
        "Assurances Célestine - Recrutement <celestine@taleo.net>",
        "Assurances Célestine - Accusé de réception de votre candidature",
        A("confirmation", CE, CER, 3, "taleo"),
        "Madame,\n\nNous avons bien reçu votre candidature pour le poste Data Scientist Actuariat (H/F) (Réf. : 2500317) et nous vous remercions de l'intérêt que vous portez à notre Groupe.\n\nNos équipes vont étudier votre candidature avec attention. Si votre profil ne devait pas être retenu, nous ne manquerions pas de vous en informer.\n\nNous vous invitons à consulter régulièrement nos offres sur notre site carrières.\n\nCordialement,\n\nL'équipe Recrutement\nAssurances Célestine\n\nMerci de ne pas répondre à ce message.",
    ),
    m(
        "83302",
        "2025-12-03 11:25",
        "Assurances Célestine - Recrutement <celestine@taleo.net>",
        "Information concernant votre candidature - Réf. 2500317",
        A("confirmation", CE, CER, 3, "taleo"),
        "Madame,\n\nVous avez postulé au poste de Data Scientist Actuariat (H/F) (Réf. : 2500317) et nous vous en remercions.\n\nNous vous informons que, en raison d'une réorganisation interne, le recrutement sur ce poste est suspendu jusqu'à nouvel ordre. Votre candidature reste enregistrée et nous reviendrons vers vous si le processus venait à reprendre.\n\nNous vous prions de bien vouloir nous excuser pour ce contretemps.\n\nCordialement,\nL'équipe Recrutement\nAssurances Célestine",
        st="on_hold",
    ),
    # --- 4 Paylisse via Hestia Talents (agency), accepted ---------------------------------
    m(
        "83401",
        "2025-11-05 08:51",
        "Romain Castagné <romain.castagne@hestia-talents.fr>",
        "Opportunité Senior Data Scientist - fintech parisienne",
        ("outreach", None, "Senior Data Scientist – Fraude", None, "agency", "fr"),
        "Bonjour Inès,\n\nJe me permets de vous contacter suite à la lecture de votre profil LinkedIn.\n\nJ'accompagne actuellement une fintech parisienne en forte croissance (Série B, 180 personnes, paiement B2B) dans le recrutement d'un·e Senior Data Scientist pour son équipe Fraude. Stack Python / Spark / dbt, modèles en production, forte autonomie. Package 65-75 K€ + BSPCE, 2 jours de télétravail.\n\nSeriez-vous ouverte à un échange de 15 minutes cette semaine ?\n\nBien à vous,\n\nRomain Castagné\nManager - Data & Tech\nHestia Talents | Cabinet de recrutement\n+33 1 84 60 22 17",
    ),
    m(
        "83402",
        "2025-11-07 18:12",
        "Romain Castagné <romain.castagne@hestia-talents.fr>",
        "RE: Opportunité Senior Data Scientist - fintech parisienne",
        A("confirmation", PA, PAR, 4, "agency"),
        "Bonjour Inès,\n\nMerci pour notre échange de tout à l'heure. Comme convenu, je vous confirme que j'ai présenté votre candidature à mon client : il s'agit de Paylisse (paylisse.com), vous pouvez jeter un œil à leur blog tech.\n\nJe reviens vers vous dès que j'ai leur retour, normalement d'ici la fin de la semaine prochaine.\n\nBonne soirée,\nRomain\n\n-----Message d'origine-----\nDe : Inès Garnier\nEnvoyé : jeudi 6 novembre 2025 21:40\nObjet : RE: Opportunité Senior Data Scientist - fintech parisienne\n\nBonjour Romain,\nAvec plaisir, je suis disponible vendredi après 14h.\nInès",
        **{"In-Reply-To": "<83401.20251105.54@hestia-talents.fr>"},
    ),
    m(
        "83403",
        "2025-11-14 10:05",
        "Romain Castagné <romain.castagne@hestia-talents.fr>",
        "Paylisse - 1er entretien",
        A("interview", PA, PAR, 4, "agency"),
        "Bonjour Inès,\n\nBonne nouvelle : Paylisse souhaite vous rencontrer ! Premier entretien avec Claire Dumoulin, Head of Data, le mercredi 19 novembre à 15h en visio. Elle vous enverra l'invitation directement.\n\nN'hésitez pas à m'appeler avant si vous voulez qu'on prépare ensemble.\n\nRomain",
    ),
    m(
        "83404",
        "2025-11-14 11:30",
        "Claire Dumoulin <claire.dumoulin@paylisse.com>",
        "Invitation: Paylisse x Inès Garnier - Senior DS Fraude @ mer. 19 nov. 2025 15:00 - 16:00 (CET)",
        A("interview", PA, PAR, 4, "direct"),
        "Vous avez été invité(e) à l'événement suivant.\n\nPaylisse x Inès Garnier - Senior DS Fraude\nmercredi 19 nov. 2025 15:00 – 16:00 (heure normale d'Europe centrale - Paris)\nParticiper avec Google Meet : https://meet.google.com/hyd-qmxo-bze\n\nInvités : claire.dumoulin@paylisse.com (organisateur), ines.garnier@gmail.com\n\nInvitation de Google Agenda",
        ics={
            "uid": "4n0qmf3g2s7v@google.com",
            "start": "2025-11-19 15:00:00 +0100",
            "summary": "Paylisse x Inès Garnier - Senior DS Fraude",
            "organizer": ("Claire Dumoulin", "claire.dumoulin@paylisse.com"),
            "location": "https://meet.google.com/hyd-qmxo-bze",
        },
    ),
    m(
        "83405",
        "2025-11-24 09:40",
        "Claire Dumoulin <claire.dumoulin@paylisse.com>",
        "Étude de cas - Paylisse",
        A("assessment", PA, PAR, 4, "direct"),
        "Bonjour Inès,\n\nMerci encore pour l'échange de mercredi. Comme annoncé, voici l'étude de cas : un jeu de transactions anonymisées (lien de téléchargement ci-dessous, valable 7 jours) sur lequel nous vous demandons de proposer une approche de détection de fraude et de préparer une restitution de 20 minutes.\n\nhttps://files.paylisse.com/s/cas-fraude-2025\n\nPrenez le temps qu'il vous faut, une dizaine de jours nous semble raisonnable. La restitution se fera avec Claire, Bastien (ML Engineer) et Océane (Product).\n\nBelle journée,\nClaire Dumoulin\nHead of Data | Paylisse SAS\n12 rue de Provence, 75009 Paris",
    ),
    m(
        "83406",
        "2025-12-05 13:22",
        "Claire Dumoulin <claire.dumoulin@paylisse.com>",
        "Invitation: Restitution étude de cas - Inès Garnier @ jeu. 11 déc. 2025 10:00 - 11:30 (CET)",
        A("interview", PA, PAR, 4, "direct"),
        "Vous avez été invité(e) à l'événement suivant.\n\nRestitution étude de cas - Inès Garnier\njeudi 11 déc. 2025 10:00 – 11:30 (heure normale d'Europe centrale - Paris)\nLieu : Paylisse, 12 rue de Provence, 75009 Paris (3e étage)\n\nInvitation de Google Agenda",
        ics={
            "uid": "7pl2c0tq8hdx@google.com",
            "start": "2025-12-11 10:00:00 +0100",
            "minutes": 90,
            "summary": "Restitution étude de cas - Inès Garnier",
            "organizer": ("Claire Dumoulin", "claire.dumoulin@paylisse.com"),
            "attendees": [
                ("Bastien Royer", "bastien.royer@paylisse.com"),
                ("Océane Marchal", "oceane.marchal@paylisse.com"),
            ],
            "location": "Paylisse, 12 rue de Provence, 75009 Paris",
        },
    ),
    m(
        "83407",
        "2025-12-17 19:04",
        "Romain Castagné <romain.castagne@hestia-talents.fr>",
        "Paylisse - proposition !",
        A("offer", PA, PAR, 4, "agency"),
        "Inès,\n\nJe sors d'un appel avec Claire : ils ont adoré ta restitution et souhaitent te faire une proposition ! 72 K€ fixe + 8 % variable, BSPCE, démarrage souhaité début février.\n\nTu recevras la promesse d'embauche de leur côté dans les jours qui viennent. Appelle-moi quand tu peux.\n\nRomain\nHestia Talents",
    ),
    m(
        "83408",
        "2025-12-19 15:30",
        "RH Paylisse <rh@paylisse.com>",
        "Promesse d'embauche - Inès Garnier",
        A("offer", PA, PAR, 4, "direct"),
        "Bonjour Inès,\n\nNous avons le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste de Senior Data Scientist – Fraude, en CDI, au sein de Paylisse SAS.\n\nNous vous remercions de bien vouloir nous la retourner signée avant le 9 janvier 2026 si elle vous convient.\n\nToute l'équipe se réjouit de vous accueillir !\n\nJulie Bonnet\nPeople Partner - Paylisse",
        attach=[
            (
                "Promesse_embauche_Garnier.pdf",
                "application/pdf",
                "%PDF-1.4 promesse d'embauche (fictive)",
            )
        ],
    ),
    m(
        "83409",
        "2026-01-06 10:11",
        "RH Paylisse <rh@paylisse.com>",
        "RE: Promesse d'embauche - Inès Garnier",
        A("offer", PA, PAR, 4, "direct"),
        "Bonjour Inès,\n\nNous avons bien reçu votre promesse d'embauche signée, merci ! C'est officiel : bienvenue chez Paylisse.\n\nVotre arrivée est prévue le lundi 2 février 2026. Vous recevrez prochainement un e-mail de notre outil d'onboarding pour compléter votre dossier administratif.\n\nÀ très bientôt,\nJulie Bonnet\nPeople Partner\n\n> Bonjour Julie,\n> Vous trouverez ci-joint la promesse signée. Je suis ravie de vous rejoindre !\n> Inès",
        st="accepted",
        **{"In-Reply-To": "<83408.20251219.34@paylisse.com>"},
    ),
    m(
        "83410",
        "2026-01-12 08:30",
        "Paylisse via Welcome Kit <noreply@paylisse.com>",
        "Bienvenue Inès ! Complétez votre dossier d'arrivée",
        ("other_job", PA, PAR, None, "direct", "fr"),
        html="<html><body><h1>Bienvenue chez Paylisse 🎉</h1><p>Bonjour Inès,</p><p>Avant votre arrivée le 2 février, merci de compléter votre dossier : pièce d'identité, RIB, attestation de sécurité sociale, justificatif de domicile.</p><p><a href='https://onboarding.paylisse.com/start'>Compléter mon dossier</a></p></body></html>",
    ),
    # --- 7 Kalisto SAS (Flatchr, Lille), Codingame, rejected ------------------------------
    m(
        "83701",
        "2025-10-20 13:10",
        "Kalisto SAS <noreply@flatchr.io>",
        "Kalisto SAS - Votre candidature a bien été reçue",
        A("confirmation", KA, KAR, 7, "other"),
        "Bonjour Inès,\n\nNous vous remercions pour votre candidature au poste de Data Scientist (H/F) - Lille.\n\nNotre équipe l'étudie et reviendra vers vous sous 15 jours.\n\nÀ bientôt,\nL'équipe Kalisto\n\nPropulsé par Flatchr",
    ),
    m(
        "83702",
        "2025-10-27 09:00",
        "CodinGame for Work <noreply@codingame.com>",
        "Kalisto vous invite à passer un test technique",
        A("assessment", KA, KAR, 7, "other"),
        html="<html><body><p>Bonjour Inès Garnier,</p><p><b>Kalisto</b> vous invite à passer une évaluation technique sur CodinGame : <b>Data Science - Python (Pandas, scikit-learn)</b>.</p><p>Durée estimée : 1 h 30. Le test doit être terminé avant le <b>3 novembre 2025</b>.</p><p><a href='https://www.codingame.com/evaluate/?id=4418a77c'>Commencer le test</a></p><p>Bonne chance !<br>L'équipe CodinGame</p></body></html>",
    ),
    m(
        "83703",
        "2025-11-12 17:35",
        "Kalisto SAS <noreply@flatchr.io>",
        "Suite à votre candidature",
        A("rejection", KA, KAR, 7, "other"),
        "Bonjour Inès,\n\nNous vous remercions pour le temps consacré à notre processus de recrutement, et notamment au test technique, dont les résultats étaient très solides.\n\nMalheureusement, nous ne pouvons pas donner une suite favorable à votre candidature : nous avons privilégié un profil basé à Lille, disponible pour une présence sur site quatre jours par semaine.\n\nNous vous souhaitons une belle réussite dans votre recherche.\n\nL'équipe Kalisto",
    ),
    # --- 8 Verdance Énergie (APEC), poste pourvu ------------------------------------------
    m(
        "83801",
        "2025-10-09 08:44",
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre candidature a bien été transmise à Verdance Énergie",
        A("confirmation", VE, VER, 8, "other"),
        "Bonjour Inès Garnier,\n\nVotre candidature à l'offre « Data Scientist Prévision de la demande » (réf. Apec 175932244W) a bien été transmise au recruteur Verdance Énergie.\n\nRetrouvez toutes vos candidatures dans votre espace cadre sur apec.fr.\n\nL'Apec vous souhaite bonne chance !\n\nAssociation pour l'emploi des cadres",
    ),
    m(
        "83802",
        "2025-11-28 11:18",
        "Verdance Énergie - Recrutement <recrutement@verdance-energie.fr>",
        "Votre candidature - Data Scientist Prévision de la demande",
        A("rejection", VE, VER, 8, "direct"),
        "Madame,\n\nNous vous remercions de l'intérêt porté à Verdance Énergie et à notre offre de Data Scientist Prévision de la demande.\n\nNous vous informons que le poste a été pourvu. Nous ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nService Recrutement\nVerdance Énergie",
    ),
    # --- 9 Optimea Retail (Indeed), ghosted --------------------------------------------------
    m(
        "83901",
        "2025-10-14 19:55",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Data Scientist Pricing",
        A("confirmation", OP, OPR, 9, "indeed"),
        html="<html><body><p><b>Candidature envoyée</b></p><p>Data Scientist Pricing<br>Optimea Retail - Paris (75)</p><p>Les éléments suivants ont été envoyés à Optimea Retail : CV, lettre de motivation.</p><p>Bonne chance ! Vous pouvez suivre votre candidature dans <a href='https://fr.indeed.com/myjobs'>Mes emplois</a>.</p></body></html>",
    ),
    # --- 10 Transmanche Logistique (HelloWork, Lille), rejected ---------------------------
    m(
        "83a01",
        "2025-10-22 12:40",
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature a été envoyée à Transmanche Logistique",
        A("confirmation", TL, TLR, 10, "other"),
        html="<html><body><p>Bonjour Inès,</p><p>Votre candidature pour l'offre <b>Data Scientist Supply Chain (H/F)</b> à Lille (59) a bien été envoyée à l'entreprise <b>Transmanche Logistique</b>.</p><p>Astuce : les recruteurs répondent en moyenne sous 12 jours.</p><p>L'équipe HelloWork</p></body></html>",
    ),
    m(
        "83a02",
        "2025-11-06 10:02",
        "Transmanche Logistique <rh@transmanche-logistique.fr>",
        "Votre candidature au poste de Data Scientist Supply Chain",
        A("rejection", TL, TLR, 10, "direct"),
        "Bonjour Madame Garnier,\n\nNous avons bien pris connaissance de votre candidature et vous en remercions.\n\nAprès étude de votre dossier, nous regrettons de ne pouvoir y donner une suite favorable, d'autres profils correspondant davantage à nos besoins actuels.\n\nNous vous souhaitons une pleine réussite.\n\nCordialement,\nLe service RH\nTransmanche Logistique - Site de Lesquin",
    ),
    # --- 11 Quartzline (LinkedIn Easy Apply), viewed, ghosted ------------------------------
    m(
        "83b01",
        "2025-11-03 21:14",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Inès, votre candidature a été envoyée à Quartzline",
        A("confirmation", QZ, QZR, 11, "linkedin"),
        html="<html><body><p>Votre candidature a été envoyée à Quartzline</p><p><b>Data Scientist – Computer Vision</b><br>Quartzline · Paris, Île-de-France (Hybride)</p><p>Candidature envoyée le 3 nov. 2025</p><p><a href='https://www.linkedin.com/jobs/view/4100293381'>Voir l'offre</a></p></body></html>",
    ),
    m(
        "83b02",
        "2025-11-10 07:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Quartzline",
        A("viewed", QZ, QZR, 11, "linkedin"),
        html="<html><body><p>Bonne nouvelle, Inès !</p><p>Quartzline a consulté votre candidature pour le poste <b>Data Scientist – Computer Vision</b>.</p><p><a href='https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED'>Voir les candidatures</a></p></body></html>",
    ),
    # --- 12/17 Solvane: two roles (SmartRecruiters) ----------------------------------------
    m(
        "83c01",
        "2025-10-28 14:20",
        "Groupe Solvane <noreply@smartrecruiters.com>",
        "Merci pour votre candidature chez Groupe Solvane",
        A("confirmation", SO, SOR1, 12, "smartrecruiters"),
        "Bonjour Inès,\n\nMerci d'avoir postulé au poste de Data Scientist Pricing (H/F) chez Groupe Solvane !\n\nNous examinons actuellement votre candidature. Si votre profil correspond, un membre de notre équipe vous contactera pour les prochaines étapes. Si vous n'êtes pas retenue, nous vous en informerons également.\n\nCordialement,\nL'équipe Talent Acquisition Solvane",
    ),
    m(
        "83c02",
        "2025-10-28 14:25",
        "Groupe Solvane <noreply@smartrecruiters.com>",
        "Merci pour votre candidature chez Groupe Solvane",
        A("confirmation", SO, SOR2, 17, "smartrecruiters"),
        "Bonjour Inès,\n\nMerci d'avoir postulé au poste de Data Scientist Supply (H/F) chez Groupe Solvane !\n\nNous examinons actuellement votre candidature. Si votre profil correspond, un membre de notre équipe vous contactera pour les prochaines étapes. Si vous n'êtes pas retenue, nous vous en informerons également.\n\nCordialement,\nL'équipe Talent Acquisition Solvane",
    ),
    m(
        "83c03",
        "2025-11-04 16:00",
        "Aurélie Fontaine <aurelie.fontaine@solvane.fr>",
        "Entretien Data Scientist Pricing - Solvane",
        A("interview", SO, SOR1, 12, "direct"),
        "Bonjour Inès,\n\nJe fais suite à votre candidature au poste de Data Scientist Pricing. Je vous propose un entretien en visio le lundi 10 novembre à 11h avec Nicolas Aubert, Lead Data Pricing. Je vous adresse l'invitation Teams séparément.\n\nBien à vous,\nAurélie Fontaine\nTalent Acquisition Partner\nSolvane - Siège, Saint-Ouen",
    ),
    m(
        "83c04",
        "2025-11-04 16:03",
        "Aurélie Fontaine <aurelie.fontaine@solvane.fr>",
        "Entretien Inès Garnier / Data Scientist Pricing",
        A("interview", SO, SOR1, 12, "direct"),
        "Réunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2\nID de la réunion : 318 440 271 09  Code secret : q7Xb2E",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000B1C7E4A0@solvane.fr",
            "start": "2025-11-10 11:00:00 +0100",
            "style": "outlook",
            "summary": "Entretien Inès Garnier / Data Scientist Pricing",
            "organizer": ("Aurélie Fontaine", "aurelie.fontaine@solvane.fr"),
            "attendees": [("Nicolas Aubert", "nicolas.aubert@solvane.fr")],
            "location": "Réunion Microsoft Teams",
        },
    ),
    m(
        "83c05",
        "2025-11-25 18:02",
        "Groupe Solvane <noreply@smartrecruiters.com>",
        "Votre candidature chez Groupe Solvane",
        A("rejection", SO, SOR1, 12, "smartrecruiters"),
        "Bonjour Inès,\n\nNous tenons à vous remercier sincèrement pour l'intérêt que vous portez à Solvane et pour la qualité de vos échanges avec Nicolas. Vos connaissances en élasticité-prix ont été particulièrement appréciées.\n\nCependant, nous avons décidé de poursuivre le processus avec d'autres candidat(e)s dont le profil est plus proche de nos besoins.\n\nNous vous souhaitons une belle réussite dans vos projets.\n\nL'équipe Talent Acquisition Solvane",
    ),
    m(
        "83c06",
        "2025-12-09 10:44",
        "Groupe Solvane <noreply@smartrecruiters.com>",
        "Votre candidature chez Groupe Solvane",
        A("rejection", SO, SOR2, 17, "smartrecruiters"),
        "Bonjour Inès,\n\nMerci pour votre candidature au poste de Data Scientist Supply (H/F).\n\nAprès une étude attentive, nous ne sommes malheureusement pas en mesure de retenir votre candidature pour ce poste.\n\nNous conservons votre profil dans notre vivier de talents.\n\nL'équipe Talent Acquisition Solvane",
    ),
    # --- 13 Mirabelle (Teamtailor, start-up, tu), cas pratique, rejected -------------------
    m(
        "83d01",
        "2025-11-17 10:12",
        "Mirabelle <no-reply@teamtailor-mail.com>",
        "Merci pour ta candidature, Inès !",
        A("confirmation", MI, MIR, 13, "teamtailor"),
        "Hello Inès 👋\n\nMerci d'avoir postulé chez Mirabelle pour le poste de Data Scientist ! On a bien reçu ta candidature et on revient vers toi très vite, promis.\n\nEn attendant, tu peux découvrir l'équipe sur notre page carrière : https://careers.mirabelle.co\n\nÀ bientôt,\nLa team Mirabelle 🍑",
    ),
    m(
        "83d02",
        "2025-11-21 15:40",
        "Léa Benhamou - Mirabelle <no-reply@teamtailor-mail.com>",
        "Cas pratique Mirabelle",
        A("assessment", MI, MIR, 13, "teamtailor"),
        "Hello Inès,\n\nSuite à ton échange avec Paul, on a le plaisir de te proposer la prochaine étape : un cas pratique sur nos données de commandes (prévision des volumes par entrepôt). Tu trouveras l'énoncé et le dataset en pièce jointe.\n\nTu as jusqu'au 1er décembre pour nous renvoyer un notebook, pas besoin d'y passer plus de 4 heures.\n\nBon courage !\nLéa\n\n--\nEnvoyé via Teamtailor",
        attach=[("cas_pratique_mirabelle.pdf", "application/pdf", "%PDF-1.4 énoncé cas pratique")],
        reply_to="lea@mirabelle.co",
    ),
    m(
        "83d03",
        "2025-12-08 12:15",
        "Léa Benhamou - Mirabelle <no-reply@teamtailor-mail.com>",
        "Retour sur ton cas pratique",
        A("rejection", MI, MIR, 13, "teamtailor"),
        "Hello Inès,\n\nMerci beaucoup pour le travail rendu, l'équipe a beaucoup aimé la clarté de ton notebook et ta partie sur l'incertitude des prévisions.\n\nOn a malgré tout décidé de ne pas poursuivre avec toi : on cherche finalement quelqu'un avec plus d'expérience en recherche opérationnelle pour ce poste.\n\nOn te souhaite le meilleur pour la suite, et n'hésite pas à repostuler sur nos prochaines offres !\n\nLéa, pour la team Mirabelle\n\n--\nEnvoyé via Teamtailor",
        reply_to="lea@mirabelle.co",
    ),
    # --- 14 Orfeo Santé (Lever slug orfeohealth), interview, ghosted ------------------------
    m(
        "83e01",
        "2025-12-01 09:30",
        "Orfeo Health Technologies <no-reply@hire.lever.co>",
        "Merci pour votre candidature",
        A("confirmation", OR, ORR, 14, "lever"),
        "Bonjour Inès,\n\nMerci de l'intérêt que vous portez à notre poste de Machine Learning Engineer. Nous avons bien reçu votre candidature et notre équipe va l'étudier dans les meilleurs délais.\n\nSuivez nos actualités : https://jobs.lever.co/orfeohealth\n\nL'équipe Talent",
    ),
    m(
        "83e02",
        "2025-12-10 14:50",
        "Benoît Carrel <benoit.carrel@orfeo-sante.fr>",
        "Orfeo Santé - entretien ML Engineer",
        A("interview", OR, ORR, 14, "direct"),
        "Bonjour Inès,\n\nJe suis CTO d'Orfeo Santé. Votre profil nous intéresse pour le poste de ML Engineer. Pourriez-vous réserver un créneau d'une heure la semaine prochaine via ce lien : https://calendar.app.google/orfeo-cto ?\n\nBien cordialement,\nBenoît Carrel\nCTO - Orfeo Santé\n(Orfeo Health Technologies SAS)",
    ),
    # --- 15 INDT (acronym), poste pourvu after interview ----------------------------------
    m(
        "83f01",
        "2025-11-20 11:00",
        "Institut National de la Donnée Territoriale <recrutement@indt-data.fr>",
        "Accusé de réception - candidature n° 2025-114",
        A("confirmation", IN, INR, 15, "direct"),
        "Madame,\n\nL'Institut National de la Donnée Territoriale (INDT) accuse réception de votre candidature au poste de Data Scientist – statistique publique (avis n° 2025-114).\n\nLes candidatures seront examinées à la clôture de l'appel, le 5 décembre 2025. Les candidat·es présélectionné·es seront convoqué·es à un entretien.\n\nService des ressources humaines\nINDT - 25 avenue de Ségur, 75007 Paris",
    ),
    m(
        "83f02",
        "2025-12-15 15:10",
        "INDT - Ressources humaines <recrutement@indt-data.fr>",
        "Convocation à un entretien - avis n° 2025-114",
        A("interview", IN, INR, 15, "direct"),
        "Madame,\n\nJ'ai le plaisir de vous informer que votre candidature a été retenue pour un entretien avec le jury, qui se tiendra le mardi 6 janvier 2026 à 14h30, dans nos locaux (25 avenue de Ségur, 75007 Paris, bâtiment B, salle 312).\n\nMerci de vous présenter muni·e d'une pièce d'identité. L'entretien durera 45 minutes, dont 10 minutes de présentation de votre parcours.\n\nPour le directeur, par délégation,\nLa cheffe du bureau du recrutement\nINDT",
    ),
    m(
        "83f03",
        "2026-01-22 09:20",
        "INDT - Ressources humaines <recrutement@indt-data.fr>",
        "Avis n° 2025-114 - suite donnée à votre candidature",
        A("rejection", IN, INR, 15, "direct"),
        "Madame,\n\nJe vous remercie de votre participation à l'entretien du 6 janvier dernier.\n\nJ'ai le regret de vous informer que le poste a été pourvu par un autre candidat. Le jury a néanmoins souligné la qualité de votre présentation.\n\nJe vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\nLa cheffe du bureau du recrutement\nInstitut National de la Donnée Territoriale",
    ),
    # --- 16 Vigie (founder on gmail), ghosted after interview -------------------------------
    m(
        "83g01",
        "2025-12-02 16:30",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature chez Vigie a bien été envoyée",
        A("confirmation", VI, VIR, 16, "other"),
        html="<html><body><table width='600'><tr><td><h2>C'est envoyé !</h2><p>Ta candidature pour le poste <b>Data Scientist (premier recrutement data)</b> chez <b>Vigie</b> a bien été transmise.</p><p><a href='https://www.welcometothejungle.com/fr/me/applications'>Voir mes candidatures</a></p></td></tr></table></body></html>",
    ),
    m(
        "83g02",
        "2025-12-04 23:12",
        "Hugo Lasserre <hugo.lasserre.pro@gmail.com>",
        "Vigie - ta candidature",
        A("interview", VI, VIR, 16, "direct"),
        "Salut Inès,\n\nHugo, cofondateur de Vigie (on fait de la détection d'anomalies sur les réseaux d'eau). J'ai vu ta candidature passer sur WTTJ, ton expérience en séries temporelles est pile ce qu'on cherche.\n\nDispo pour un café la semaine prochaine ? On est à Station F. Mardi 9 ou jeudi 11 en fin d'aprèm ?\n\nHugo\n--\nEnvoyé de mon iPhone",
    ),
    m(
        "83g03",
        "2025-12-05 09:02",
        "Hugo Lasserre <hugo.lasserre.pro@gmail.com>",
        "Invitation: Café Vigie / Inès @ jeu. 11 déc. 2025 17:30 - 18:30 (CET)",
        A("interview", VI, VIR, 16, "direct"),
        "Vous avez été invité(e) à l'événement suivant.\n\nCafé Vigie / Inès\njeudi 11 déc. 2025 17:30 – 18:30\nLieu : Station F, 5 parvis Alan Turing, 75013 Paris\n\nInvitation de Google Agenda",
        ics={
            "uid": "1vx8kq2ej4lm@google.com",
            "start": "2025-12-11 17:30:00 +0100",
            "summary": "Café Vigie / Inès",
            "organizer": ("Hugo Lasserre", "hugo.lasserre.pro@gmail.com"),
            "location": "Station F, 5 parvis Alan Turing, 75013 Paris",
        },
    ),
    # --- 18 Atelier Numa (Greenhouse), forwarded from old address ---------------------------
    m(
        "83h01",
        "2025-10-30 22:48",
        "Inès Garnier <ines.garnier@etu.univ-lumiere.fr>",
        "TR: Merci pour votre candidature chez Atelier Numa",
        A("confirmation", NU, NUR, 18, "greenhouse"),
        "\n\n-------- Message transféré --------\nSujet : Merci pour votre candidature chez Atelier Numa\nDate : Thu, 30 Oct 2025 18:02:11 +0000\nDe : Atelier Numa <no-reply@greenhouse.io>\nPour : ines.garnier@etu.univ-lumiere.fr\n\nBonjour Inès,\n\nMerci pour votre candidature au poste de Data Scientist Marketing chez Atelier Numa. Notre équipe étudie chaque candidature avec attention et reviendra vers vous si votre profil correspond à nos besoins.\n\nCordialement,\nL'équipe Recrutement Atelier Numa",
    ),
    m(
        "83h02",
        "2025-11-18 10:30",
        "Atelier Numa <no-reply@us.greenhouse-mail.io>",
        "Votre candidature chez Atelier Numa",
        A("rejection", NU, NUR, 18, "greenhouse"),
        "Bonjour Inès,\n\nMerci de l'intérêt que vous portez à Atelier Numa et au poste de Data Scientist Marketing.\n\nAprès un examen attentif de votre candidature, nous avons décidé de ne pas donner suite pour le moment.\n\nNous vous souhaitons bonne chance dans vos recherches.\n\nL'équipe Recrutement Atelier Numa",
    ),
    # --- 19 Boréal Data (Indeed, Lille/remote), Teams interview, rejected --------------------
    m(
        "83i01",
        "2026-01-08 18:20",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Data Scientist confirmé·e (remote / Lille)",
        A("confirmation", BO, BOR, 19, "indeed"),
        html="<html><body><p><b>Candidature envoyée</b></p><p>Data Scientist confirmé·e (remote / Lille)<br>Boréal Data - Lille (59) · Télétravail</p><p>Les éléments suivants ont été envoyés à Boréal Data : CV.</p></body></html>",
    ),
    m(
        "83i02",
        "2026-01-14 11:05",
        "Mathilde Vanhove <m.vanhove@boreal-data.fr>",
        "Entretien - Data Scientist confirmé(e)",
        A("interview", BO, BOR, 19, "direct"),
        "Bonjour Madame Garnier,\n\nSuite à votre candidature via Indeed, nous souhaiterions vous rencontrer en visioconférence le jeudi 22 janvier à 9h30. Vous trouverez l'invitation Teams ci-jointe.\n\nCordialement,\nMathilde Vanhove\nResponsable RH - Boréal Data\n59000 Lille",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000C9D10F72@boreal-data.fr",
            "start": "2026-01-22 09:30:00 +0100",
            "minutes": 45,
            "style": "outlook",
            "summary": "Entretien Boréal Data - I. Garnier",
            "organizer": ("Mathilde Vanhove", "m.vanhove@boreal-data.fr"),
            "location": "Réunion Microsoft Teams",
        },
    ),
    m(
        "83i03",
        "2026-02-03 14:45",
        "Mathilde Vanhove <m.vanhove@boreal-data.fr>",
        "Suite à votre candidature",
        A("rejection", BO, BOR, 19, "direct"),
        "Bonjour Madame Garnier,\n\nNous vous remercions pour l'entretien du 22 janvier, qui nous a permis de mieux connaître votre parcours.\n\nNous avons le regret de vous informer que nous ne poursuivrons pas le processus avec vous, notre choix s'étant porté sur un profil plus orienté data engineering.\n\nCordialement,\nMathilde Vanhove",
    ),
    # --- 20 Pixelune (WTTJ, start-up, tu), rejected -----------------------------------------
    m(
        "83j01",
        "2025-10-17 12:05",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature chez Pixelune a bien été envoyée",
        A("confirmation", PX, PXR, 20, "other"),
        html="<html><body><table width='600'><tr><td><h2>C'est envoyé !</h2><p>Ta candidature pour le poste <b>Data Scientist Recommandation</b> chez <b>Pixelune</b> a bien été transmise à l'équipe de recrutement.</p></td></tr></table></body></html>",
    ),
    m(
        "83j02",
        "2025-10-31 10:10",
        "Pixelune <jobs@pixelune.app>",
        "Ta candidature chez Pixelune",
        A("rejection", PX, PXR, 20, "direct"),
        "Hello Inès,\n\nMerci pour ton intérêt pour Pixelune ! On a reçu énormément de candidatures pour ce poste et on a pris le temps de toutes les lire.\n\nMalheureusement on ne va pas aller plus loin avec toi cette fois-ci. Ce n'est pas un jugement sur tes compétences, plutôt une question d'adéquation avec ce qu'on cherche à ce stade.\n\nBonne chance pour la suite 🚀\nL'équipe Pixelune",
    ),
    # --- alerts, talent pools, outreach (FR) ------------------------------------------------
    m(
        "83k01",
        "2025-10-05 08:00",
        "Welcome to the Jungle <alerts@welcometothejungle.com>",
        "12 nouveaux jobs pour ton alerte « Data Scientist - Paris »",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Hello Inès, voici les nouvelles offres qui correspondent à ton alerte.</p><ul><li>Data Scientist - Lumiq</li><li>Senior Data Scientist - Orbe Finance</li><li>ML Engineer - Kernel & Co</li><li>Data Analyst / Scientist - Maison Liotard</li></ul><p><a href='https://www.welcometothejungle.com/fr/jobs'>Voir toutes les offres</a></p><p><a href='#'>Modifier mon alerte</a></p></body></html>",
    ),
    m(
        "83k02",
        "2025-11-02 08:00",
        "Welcome to the Jungle <alerts@welcometothejungle.com>",
        "8 nouveaux jobs pour ton alerte « Data Scientist - Paris »",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Hello Inès, voici les nouvelles offres qui correspondent à ton alerte.</p><ul><li>Data Scientist Pricing - Optimea Retail</li><li>Data Scientist - Vigie</li><li>Lead Data Scientist - Hexaplan</li></ul></body></html>",
    ),
    m(
        "83k03",
        "2026-01-11 08:00",
        "Welcome to the Jungle <alerts@welcometothejungle.com>",
        "5 nouveaux jobs pour ton alerte « Data Scientist - Lille »",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Hello Inès, voici les nouvelles offres qui correspondent à ton alerte.</p><ul><li>Data Scientist - Boréal Data (Lille)</li><li>Data Scientist - Fibrelune (Roubaix)</li></ul></body></html>",
    ),
    m(
        "83k04",
        "2025-10-12 07:15",
        "Apec <offres@apec.fr>",
        "Vos nouvelles offres Apec : Data scientist - Île-de-France",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour Inès Garnier,\n\n9 nouvelles offres correspondent à votre recherche enregistrée « Data scientist - Île-de-France - CDI ».\n\n- Data Scientist H/F - Assurances Célestine - Paris 08 - 55-65 k€\n- Data Scientist confirmé - Groupe Solvane - Saint-Ouen\n- Chargé d'études statistiques - Département des Hauts-de-Seine - Nanterre\n\nVoir toutes les offres sur apec.fr\n\nVous recevez cet e-mail car vous avez créé une alerte. Se désabonner.",
    ),
    m(
        "83k05",
        "2025-12-14 07:15",
        "Apec <offres@apec.fr>",
        "Vos nouvelles offres Apec : Data scientist - Hauts-de-France",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour Inès Garnier,\n\n4 nouvelles offres correspondent à votre recherche « Data scientist - Hauts-de-France ».\n\n- Data Scientist (H/F) - Kalisto SAS - Lille\n- Ingénieur Data / IA - Centre hospitalier régional - Lille\n\nVoir toutes les offres sur apec.fr",
    ),
    m(
        "83k06",
        "2025-10-19 18:00",
        "Indeed <alert@indeed.com>",
        "Data Scientist : 23 nouvelles offres à Paris (75)",
        ("alert", None, None, None, "indeed", "fr"),
        html="<html><body><p>Nouvelles offres pour <b>data scientist</b> à <b>Paris (75)</b></p><p>Data Scientist Pricing - Optimea Retail - Paris 2e<br>Répond généralement sous 3 jours</p><p>Data Scientist H/F - Cabinet Ordalie - Paris 8e</p><p>Statisticien·ne - Ville de Paris</p></body></html>",
    ),
    m(
        "83k07",
        "2026-01-04 18:00",
        "Indeed <alert@indeed.com>",
        "Data Scientist télétravail : 14 nouvelles offres",
        ("alert", None, None, None, "indeed", "fr"),
        html="<html><body><p>Nouvelles offres pour <b>data scientist</b> en <b>télétravail</b></p><p>Data Scientist confirmé·e (remote / Lille) - Boréal Data<br>Candidature simplifiée</p><p>ML Engineer - Nivose - Télétravail complet</p></body></html>",
    ),
    m(
        "83k08",
        "2025-11-09 09:30",
        "HelloWork <alertes@hellowork.com>",
        "Nouvelles offres : Data Scientist à Lille",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Bonjour Inès,</p><p>3 nouvelles offres correspondent à votre alerte :</p><p>Data Scientist Supply Chain (H/F) - Transmanche Logistique - Lesquin<br>Data Scientist (H/F) - Kalisto SAS - Lille</p></body></html>",
    ),
    m(
        "83k09",
        "2025-10-25 19:02",
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "« data scientist » : de nouvelles offres à Paris et ses environs",
        ("alert", None, None, None, "linkedin", "fr"),
        html="<html><body><p>Votre alerte emploi pour <b>data scientist</b> à <b>Paris et périphérie</b></p><p>Quartzline · Data Scientist – Computer Vision · Paris (Hybride) · Candidature simplifiée</p><p>Tessellate Labs · Data Scientist · Londres, Angleterre (Hybride)</p><p><a href='https://www.linkedin.com/jobs/'>Voir toutes les offres</a></p></body></html>",
    ),
    m(
        "83k10",
        "2026-02-08 19:02",
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "« machine learning » : 30+ nouvelles offres",
        ("alert", None, None, None, "linkedin", "fr"),
        html="<html><body><p>Votre alerte emploi pour <b>machine learning</b> en télétravail</p><p>Orbe Finance · ML Engineer · Paris</p><p>Hexaplan · Senior Data Scientist · Paris</p></body></html>",
    ),
    m(
        "83k11",
        "2025-10-29 10:00",
        "Groupe Solvane <noreply@smartrecruiters.com>",
        "Bienvenue dans la communauté Talents Solvane",
        ("alert", "Solvane", None, None, "smartrecruiters", "fr"),
        "Bonjour Inès,\n\nVous avez rejoint notre communauté de talents. Nous vous tiendrons informée des nouvelles opportunités correspondant à vos centres d'intérêt : Data & Analytics.\n\nÀ bientôt,\nL'équipe Talent Acquisition Solvane",
    ),
    m(
        "83k12",
        "2025-10-07 20:00",
        "Groupe Arvernienne <arvernienne@myworkday.com>",
        "Votre candidature n'est pas terminée",
        (
            "alert",
            "Arvernienne Financement",
            "Data Scientist Modèles de scoring (H/F)",
            None,
            "workday",
            "fr",
        ),
        "Madame Garnier,\n\nVous avez commencé une candidature pour le poste Data Scientist Modèles de scoring (H/F) - R-0049020 sans la finaliser.\n\nPour la compléter, connectez-vous à votre espace candidat. Les offres restent en ligne pour une durée limitée.\n\nLa Direction des Ressources Humaines\nGroupe Arvernienne",
    ),
    m(
        "83k13",
        "2025-10-15 12:30",
        "Élodie Marchand via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Data Scientist senior - scale-up assurtech (Paris)",
        ("outreach", None, "Senior Data Scientist", None, "linkedin", "fr"),
        "Bonjour Inès,\n\nJe suis consultante chez Ordalie Conseil et je recherche pour l'un de mes clients, une scale-up de l'assurtech à Paris, un·e Data Scientist senior (tarification, GLM, gradient boosting). Votre profil me semble très pertinent.\n\nSeriez-vous disponible pour en parler ?\n\nÉlodie Marchand\nOrdalie Conseil",
    ),
    m(
        "83k14",
        "2026-01-20 09:48",
        "Antoine Roussel <a.roussel@pontneuf-rh.fr>",
        "Poste de Lead Data Scientist - groupe de distribution",
        ("outreach", None, "Lead Data Scientist", None, "agency", "fr"),
        "Bonjour Madame Garnier,\n\nCabinet Pont-Neuf RH, nous recrutons pour un grand groupe de distribution alimentaire un(e) Lead Data Scientist (management de 4 personnes, 80-90 K€). Seriez-vous à l'écoute du marché ?\n\nCordialement,\nAntoine Roussel\nCabinet Pont-Neuf RH",
    ),
    m(
        "83k15",
        "2026-01-21 20:15",
        "Antoine Roussel <a.roussel@pontneuf-rh.fr>",
        "RE: Poste de Lead Data Scientist - groupe de distribution",
        ("other_job", None, "Lead Data Scientist", None, "agency", "fr"),
        "Bonjour Madame Garnier,\n\nBien noté, et félicitations pour votre nouveau poste ! Je me permets de garder votre profil pour plus tard.\n\nCordialement,\nAntoine Roussel\n\n> Bonjour Monsieur,\n> Merci pour votre message. Je viens d'accepter un poste et ne suis plus à l'écoute pour le moment.\n> Inès Garnier",
        **{"In-Reply-To": "<83k14.20260120.53@pontneuf-rh.fr>"},
    ),
    m(
        "83k16",
        "2026-02-26 09:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ton avis compte : comment s'est passé ton process chez Vigie ?",
        ("other_job", VI, None, None, "other", "fr"),
        html="<html><body><p>Hello Inès,</p><p>Il y a quelques semaines, tu as postulé chez <b>Vigie</b>. Aide la communauté en donnant ton avis sur le processus de recrutement (2 minutes, anonyme).</p><p><a href='#'>Donner mon avis</a></p></body></html>",
    ),
]

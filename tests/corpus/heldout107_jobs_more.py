# ruff: noqa: E501, RUF100
"""Corpus 107, French job mail, second part (data only): see heldout107.py."""

from __future__ import annotations

import functools
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


m = functools.partial(H.dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "fr")


ME_, MER = "Marché d'Erdre", "Responsable de magasin (supermarché) H/F"
LB, LBR = "Lumibat", "Responsable de point de vente négoce - Angers"
NL, NLR = "Nautilog", "Responsable d'exploitation - Bordeaux"
VC, VCR = "Vrac & Co", "Responsable de boutique - Nantes"
HX, HXR = "HexaLog", "Responsable de site logistique - Cestas"
LBRO, LBROR = "Laiterie de Brocéliande", "Responsable d'exploitation entrepôt"
ZM, ZMR = "Zoomalin", "Responsable de magasin - Orvault"
DP, DPR = "Domicile Plus", "Responsable de magasin - Mérignac"
BM, BMR = "Biosphère Marché", "Responsable de magasin bio - Rennes Cleunay"
BS, BSR = "Boréal Surgelés", "Responsable de magasin - Angers"
SE, SER = "Stell'Élec", "Responsable logistique magasin - Bordeaux"
TX, TXR = "Transloire Express", "Chef d'équipe quai de nuit"
PP, PPR = "Pic & Panier", "Responsable d'exploitation dark store"

MAIL: list[dict[str, Any]] = [
    # --- 11 Marché d'Erdre through France Travail --------------------------------------------
    m(
        "73101",
        "2025-09-18 10:12",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre candidature à l'offre 196XKLP a bien été transmise",
        A("confirmation", ME_, MER, 11, "other"),
        html="<html><body><p>Bonjour Yannick LE GALL,</p><p>Votre candidature à l'offre <b>Responsable de magasin (supermarché) H/F</b> - 44 - NANTES (offre n° 196XKLP) a bien été transmise au recruteur <b>SAS MARCHE D'ERDRE</b>.</p><p>Le recruteur reviendra vers vous directement s'il souhaite donner suite. Vous pouvez suivre vos candidatures dans votre espace personnel, rubrique « Mes candidatures ».</p><p>Votre conseiller France Travail</p><p style='color:#777'>Ce courriel vous est envoyé automatiquement, merci de ne pas y répondre.</p></body></html>",
    ),
    m(
        "73108",
        "2025-09-26 19:40",
        "Marché d'Erdre - Direction <direction.marchederdre@orange.fr>",
        "Votre candidature France Travail - poste de responsable",
        A("interview", ME_, MER, 11, "direct"),
        "Bonjour Monsieur,\n\nJ'ai bien reçu votre CV par France Travail pour le poste de responsable de magasin. Je vous propose de venir me rencontrer au magasin mardi 30 septembre à 14h, route de la Chapelle-sur-Erdre, demander M. Jouan à l'accueil.\n\nMerci de me confirmer par retour de mail ou au 02 40 93 11 08.\n\nCordialement\nPatrick Jouan\nGérant - Marché d'Erdre\n(magasin indépendant associé)",
    ),
    m(
        "73119",
        "2025-10-10 18:55",
        "Marché d'Erdre - Direction <direction.marchederdre@orange.fr>",
        "Re: Votre candidature France Travail - poste de responsable",
        A("rejection", ME_, MER, 11, "direct"),
        "Bonjour Monsieur Le Gall,\n\nMerci d'être venu me rencontrer. Votre expérience m'a plu, et je l'ai dit à mon associé. Nous avons cependant décidé de confier le poste à une personne déjà en interne, le chef de rayon frais, qui connaît la clientèle.\n\nJe vous souhaite de trouver rapidement.\n\nCordialement\nPatrick Jouan",
    ),
    # --- 12 Lumibat (Indeed), ghosted --------------------------------------------------------
    m(
        "73201",
        "2025-09-22 08:14",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Responsable de point de vente négoce - Angers",
        A("confirmation", LB, LBR, 12, "indeed"),
        html="<html><body><h2>Candidature envoyée</h2><p><b>Responsable de point de vente négoce - Angers</b><br>Lumibat - Angers (49)</p><p>Votre candidature a été transmise à l'employeur. Voici ce qui se passe ensuite : l'employeur examinera votre candidature et vous contactera s'il souhaite vous rencontrer.</p><p>Conseil : les candidats qui relancent poliment après une semaine obtiennent plus de réponses.</p><p>Indeed</p></body></html>",
    ),
    m(
        "73207",
        "2025-09-25 13:20",
        "Indeed <donotreply@match.indeed.com>",
        "Votre candidature a été consultée par Lumibat",
        A("viewed", LB, LBR, 12, "indeed"),
        html="<html><body><p>Bonne nouvelle ! L'employeur a consulté votre candidature.</p><p><b>Responsable de point de vente négoce - Angers</b><br>Lumibat</p><p>Aucune action n'est requise de votre part pour le moment.</p></body></html>",
    ),
    # --- 13 Nautilog (LinkedIn) --------------------------------------------------------------
    m(
        "73301",
        "2025-10-01 07:52",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Yannick, votre candidature a été envoyée à Nautilog",
        A("confirmation", NL, NLR, 13, "linkedin"),
        "Votre candidature a été envoyée à Nautilog\n\nResponsable d'exploitation - Bordeaux\nNautilog · Bruges, Nouvelle-Aquitaine, France\nCandidature envoyée le 1 oct. 2025\n\nAfficher l'offre : https://www.linkedin.com/jobs/view/4029917361/\n\nBonne chance !",
    ),
    m(
        "73309",
        "2025-10-04 12:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Nautilog",
        A("viewed", NL, NLR, 13, "linkedin"),
        "Votre candidature a été consultée\n\nResponsable d'exploitation - Bordeaux\nNautilog · Bruges\n\nL'équipe de recrutement de Nautilog a consulté votre candidature.",
    ),
    m(
        "73318",
        "2025-10-21 09:45",
        "Recrutement Nautilog SAS <recrutement@nautilog.fr>",
        "Suite à votre candidature au poste de Responsable d'exploitation - Bordeaux",
        A("rejection", NL, NLR, 13, "direct"),
        "Monsieur,\n\nNous accusons réception de votre candidature via LinkedIn et vous remercions de l'intérêt manifesté pour Nautilog.\n\nVotre profil présente de réelles qualités d'encadrement. Néanmoins, après examen attentif, nous avons le regret de vous informer que nous ne pouvons y donner une suite favorable, le poste requérant une maîtrise du WMS Reflex et une expérience portuaire.\n\nNous vous prions d'agréer, Monsieur, nos salutations distinguées.\n\nLe service Ressources Humaines\nNAUTILOG SAS - Logistique portuaire et transit",
    ),
    # --- 14 Vrac & Co (Welcome to the Jungle) ------------------------------------------------
    m(
        "73401",
        "2025-10-05 21:02",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Votre candidature pour Responsable de boutique - Nantes a bien été envoyée",
        A("confirmation", VC, VCR, 14, "other"),
        html="<html><body><p>Bravo Yannick !</p><p>Votre candidature pour le poste <b>Responsable de boutique - Nantes</b> chez <b>Vrac &amp; Co</b> a bien été envoyée.</p><p>L'entreprise a désormais accès à votre profil. Vous pouvez suivre vos candidatures depuis votre espace.</p><p>L'équipe Welcome to the Jungle</p></body></html>",
    ),
    m(
        "73410",
        "2025-10-09 13:15",
        "Margaux de Vrac & Co <margaux@vracandco.fr>",
        "Ta candidature chez Vrac & Co 🌾",
        A("interview", VC, VCR, 14, "direct"),
        "Hello Yannick,\n\nMerci pour ta candidature pour notre future boutique de Nantes (quartier Graslin, ouverture en janvier) ! Ton expérience de management en grande surface nous intrigue, on se demande comment tu vivrais une boutique de 90 m² avec 4 personnes 😊\n\nJe te propose un appel de 30 min : tu peux réserver directement un créneau ici : https://calendly.com/margaux-vracandco/30min\n\nÀ bientôt,\nMargaux, cofondatrice",
    ),
    m(
        "73414",
        "2025-10-10 08:31",
        "Calendly <notifications@calendly.com>",
        "Nouvel événement : Yannick Le Gall - 30 min avec Margaux (Vrac & Co) le 14/10/2025",
        A("interview", VC, VCR, 14, "other"),
        "Bonjour Yannick Le Gall,\n\nUn nouvel événement a été planifié.\n\nType d'événement : Échange candidature - 30 min\nInvité : Margaux Delorme\nDate/heure : 10:00 - mardi 14 octobre 2025 (heure d'Europe centrale)\nLieu : Google Meet (le lien sera envoyé)\n\nAnnuler ou reprogrammer : https://calendly.com/cancellations/7f2b",
        ics={
            "start": "2025-10-14 10:00:00 +0200",
            "minutes": 30,
            "organizer": ("Margaux Delorme", "margaux@vracandco.fr"),
            "uid": "calendly-7f2b-vracandco@calendly.com",
            "summary": "Yannick Le Gall et Margaux Delorme",
            "location": "Google Meet",
        },
    ),
    m(
        "73423",
        "2025-10-24 18:02",
        "Margaux de Vrac & Co <margaux@vracandco.fr>",
        "Re: Ta candidature chez Vrac & Co 🌾",
        A("rejection", VC, VCR, 14, "direct"),
        "Hello Yannick,\n\nUn grand merci pour ton temps et ta franchise pendant notre échange. On a adoré ta vision du management, et tes questions sur les ruptures de vrac étaient super pertinentes.\n\nFinalement, on part sur une personne issue de l'épicerie fine, plus proche de notre univers produit. Ce n'est pas facile à écrire, crois-moi !\n\nBelle suite à toi,\nMargaux",
    ),
    # --- 15 HexaLog / Groupe Hexa Logistique (Cadremploi), on hold --------------------------
    m(
        "73501",
        "2025-10-27 10:40",
        "Cadremploi <candidature@cadremploi.fr>",
        "Votre candidature a bien été envoyée à HEXA LOGISTIQUE",
        A("confirmation", HX, HXR, 15, "other"),
        html="<html><body><p>Bonjour Yannick,</p><p>Votre candidature au poste de <b>Responsable de site logistique - Cestas (33) H/F</b> a bien été envoyée au recruteur <b>HEXA LOGISTIQUE</b>.</p><p>Retrouvez toutes vos candidatures dans votre espace Cadremploi.</p><p>L'équipe Cadremploi</p></body></html>",
    ),
    m(
        "73510",
        "2025-11-07 11:25",
        "Claire Vasseur <c.vasseur@groupe-hexa.com>",
        "Groupe Hexa - échange téléphonique Responsable de site Cestas",
        A("interview", HX, HXR, 15, "direct"),
        "Bonjour Monsieur Le Gall,\n\nJe suis en charge du recrutement pour HexaLog, la branche logistique du Groupe Hexa. Votre candidature pour notre site de Cestas a retenu notre attention.\n\nJe vous propose un entretien téléphonique le mercredi 12 novembre à 9h00. Je vous appellerai au numéro indiqué sur votre CV.\n\nBien cordialement,\n\nClaire Vasseur\nResponsable Recrutement - Groupe Hexa\n« HexaLog, Hexa Transport, Hexa Services »",
    ),
    m(
        "73519",
        "2025-11-25 16:50",
        "Claire Vasseur <c.vasseur@groupe-hexa.com>",
        "Poste de Responsable de site Cestas - mise en attente",
        A("confirmation", HX, HXR, 15, "direct"),
        "Bonjour Monsieur Le Gall,\n\nJe reviens vers vous concernant le poste de Responsable de site à Cestas. Notre client principal sur ce site a repoussé le démarrage de son contrat à avril 2026, et la direction a décidé de suspendre le recrutement jusqu'à nouvel ordre.\n\nVotre candidature reste active de notre côté et je reviendrai vers vous dès que le recrutement reprendra.\n\nAvec toutes mes excuses pour ce contretemps,\n\nClaire Vasseur\nGroupe Hexa",
        st="on_hold",
    ),
    # --- 16 Laiterie de Brocéliande (APEC) ---------------------------------------------------
    m(
        "73601",
        "2025-11-14 15:33",
        "Apec <noreply@apec.fr>",
        "Confirmation de votre candidature - Responsable d'exploitation entrepôt",
        A("confirmation", LBRO, LBROR, 16, "other"),
        html="<html><body><p>Bonjour Yannick,</p><p>Votre candidature a bien été transmise à l'entreprise <b>LAITERIE DE BROCELIANDE</b> pour l'offre <b>Responsable d'exploitation entrepôt</b> - Montauban-de-Bretagne (35), réf. 176543812W.</p><p>Pensez à préparer votre entretien avec nos fiches pratiques et nos ateliers en ligne.</p><p>L'Apec</p></body></html>",
    ),
    m(
        "73612",
        "2025-12-02 08:20",
        "Laiterie de Brocéliande <rh@laiterie-broceliande.bzh>",
        "Votre candidature",
        A("rejection", LBRO, LBROR, 16, "direct"),
        "Bonjour Monsieur Le Gall,\n\nNous avons pris connaissance de votre candidature avec intérêt et nous vous en remercions.\n\nMalgré la qualité de votre dossier, nous sommes au regret de vous annoncer que nous avons retenu un autre profil pour le poste de Responsable d'exploitation entrepôt.\n\nNous vous souhaitons une pleine réussite dans vos démarches.\n\nBien cordialement,\nService Ressources Humaines\nLaiterie de Brocéliande - Coopérative laitière",
    ),
    # --- 17 Zoomalin (Meteojob), ghosted ------------------------------------------------------
    m(
        "73701",
        "2025-11-18 20:45",
        "Meteojob <candidatures@meteojob.com>",
        "Votre candidature chez ZOOMALIN a été envoyée",
        A("confirmation", ZM, ZMR, 17, "other"),
        "Bonjour Yannick,\n\nVotre candidature pour l'offre « Responsable de magasin - Orvault (H/F) » chez ZOOMALIN a bien été envoyée. Compatibilité de votre profil avec l'offre : 87 %.\n\nBonne chance !\nL'équipe Meteojob",
    ),
    # --- 18 Domicile Plus through Atlantique RH Conseil (cabinet) ----------------------------
    m(
        "73801",
        "2025-11-20 09:05",
        "Benoît Charrier <b.charrier@atlantique-rh-conseil.fr>",
        "Responsable de magasin - enseigne équipement de la maison - Bordeaux",
        ("outreach", None, DPR, None, "agency", "fr"),
        "Bonjour Yannick,\n\nCabinet de recrutement spécialisé retail, nous accompagnons une enseigne nationale d'équipement de la maison (120 magasins, forte croissance) dans le recrutement d'un Responsable de magasin pour son point de vente de Mérignac.\n\nRémunération : 45-50 K€ + variable + véhicule. Votre parcours chez un spécialiste de la maison correspond parfaitement.\n\nÊtes-vous ouvert à un échange confidentiel ?\n\nBenoît Charrier\nConsultant Senior - Atlantique RH Conseil\nNantes | Bordeaux | Rennes",
    ),
    m(
        "73812",
        "2025-11-24 17:10",
        "Benoît Charrier <b.charrier@atlantique-rh-conseil.fr>",
        "Entretien - Responsable de magasin Mérignac",
        A("interview", DP, DPR, 18, "agency"),
        "Bonjour Yannick,\n\nMerci pour votre retour. Je peux maintenant vous le dire : il s'agit de Domicile Plus, filiale du groupe Valmont Maison. Je vous propose un entretien au cabinet (visio Teams) le jeudi 27 novembre à 12h30, puis, si concluant, une rencontre avec la directrice régionale à Bordeaux.\n\nVous trouverez également un lien vers un test de personnalité (questionnaire SOSIE) à compléter avant l'entretien.\n\nBien à vous,\nBenoît",
        ics={
            "style": "outlook",
            "start": "2025-11-27 12:30:00 +0100",
            "minutes": 60,
            "organizer": ("Benoît Charrier", "b.charrier@atlantique-rh-conseil.fr"),
            "uid": "040000008200E00074C5B7101A82E00800000000D1A2C3F4",
            "summary": "Entretien Y. Le Gall - RM Mérignac (DP)",
            "location": "Réunion Microsoft Teams",
        },
    ),
    m(
        "73825",
        "2025-12-09 14:00",
        "Benoît Charrier <b.charrier@atlantique-rh-conseil.fr>",
        "RE: Entretien - Responsable de magasin Mérignac",
        A("interview", DP, DPR, 18, "agency"),
        "Bonjour Yannick,\n\nComme convenu, votre rendez-vous avec Mme Aurélie Castaing, Directrice régionale Sud-Ouest de Domicile Plus, est fixé au mardi 16 décembre à 10h00 au magasin de Mérignac (avenue de la Somme).\n\nBonne route,\nBenoît Charrier\nAtlantique RH Conseil",
    ),
    m(
        "73838",
        "2025-12-22 11:48",
        "Benoît Charrier <b.charrier@atlantique-rh-conseil.fr>",
        "Votre candidature Domicile Plus",
        A("rejection", DP, DPR, 18, "agency"),
        "Bonjour Yannick,\n\nJ'ai eu le retour de Mme Castaing. Elle a beaucoup apprécié votre énergie et votre connaissance du métier. Elle a néanmoins fait le choix d'un candidat déjà installé en Gironde, disponible immédiatement, ce qui a pesé face à votre projet de mobilité.\n\nJe suis sincèrement désolé de cette issue. Je reste à votre écoute pour d'autres missions.\n\nBonnes fêtes malgré tout,\nBenoît",
    ),
    # --- 19 Biosphère Marché (HelloWork) -----------------------------------------------------
    m(
        "73901",
        "2025-11-26 12:30",
        "HelloWork <noreply@hellowork.com>",
        "Votre candidature a été envoyée à Biosphère Marché",
        A("confirmation", BM, BMR, 19, "other"),
        html="<html><body><p>Bonjour Yannick,</p><p>Votre candidature pour le poste de <b>Responsable de magasin bio - Rennes Cleunay H/F</b> a bien été envoyée à <b>Biosphère Marché</b>.</p><p>Vous recevrez une notification dès que le recruteur aura consulté votre candidature.</p><p>HelloWork - Le job qui vous va</p></body></html>",
    ),
    m(
        "73910",
        "2025-12-03 10:15",
        "Biosphère Marché Rennes <bm.rennes.cleunay@biosphere-marche.coop>",
        "Entretien téléphonique - magasin de Cleunay",
        A("interview", BM, BMR, 19, "direct"),
        "Bonjour Yannick,\n\nNous avons bien reçu votre candidature via HelloWork. Les coprésidents de la SCOP aimeraient échanger avec vous par téléphone vendredi 5 décembre entre 13h et 14h.\n\nEst-ce que cela vous convient ?\n\nCoopérativement,\nSolène Guého\npour le conseil de gestion - Biosphère Marché Rennes Cleunay",
    ),
    m(
        "73919",
        "2025-12-17 09:40",
        "Biosphère Marché Rennes <bm.rennes.cleunay@biosphere-marche.coop>",
        "Re: Entretien téléphonique - magasin de Cleunay",
        A("rejection", BM, BMR, 19, "direct"),
        "Bonjour Yannick,\n\nMerci pour l'échange de vendredi dernier, sincère et riche. Après discussion collective, nous avons choisi de poursuivre avec une candidate issue du réseau bio, qui connaît déjà le fonctionnement coopératif.\n\nNous vous souhaitons bonne chance dans votre recherche.\n\nSolène",
    ),
    # --- 20 Boréal Surgelés (Taleo), test then no ---------------------------------------------
    m(
        "74001",
        "2025-12-01 07:12",
        "Boréal Surgelés Carrières <bsurg@taleo.net>",
        "Boréal - Nous avons bien reçu votre candidature",
        A("confirmation", BS, BSR, 20, "taleo"),
        "Cher(e) Yannick,\n\nMerci d'avoir postulé au poste de Responsable de magasin - Angers (Réquisition 2500891).\n\nNous étudions actuellement votre candidature. Si votre profil ne correspondait pas à nos besoins actuels, vous en serez informé(e) par e-mail.\n\nL'équipe Recrutement Boréal\nBoréal Surgelés - Groupe BSF",
    ),
    m(
        "74009",
        "2025-12-04 15:55",
        "Boréal Surgelés Carrières <bsurg@taleo.net>",
        "Boréal - Étape suivante : tests en ligne",
        A("assessment", BS, BSR, 20, "taleo"),
        "Cher(e) Yannick,\n\nVotre candidature au poste de Responsable de magasin - Angers passe à l'étape suivante. Nous vous invitons à réaliser deux tests en ligne : un test de raisonnement chiffré (20 min) et un inventaire de personnalité (15 min).\n\nAccès aux tests : https://bsurg.taleo.net/careersection/assessment?req=2500891\nDate limite : 11 décembre 2025.\n\nL'équipe Recrutement Boréal",
    ),
    m(
        "74018",
        "2025-12-19 10:01",
        "Boréal Surgelés Carrières <bsurg@taleo.net>",
        "Votre candidature chez Boréal",
        A("rejection", BS, BSR, 20, "taleo"),
        "Cher(e) Yannick,\n\nNous vous remercions d'avoir pris le temps de réaliser nos tests en ligne et pour l'intérêt porté à Boréal.\n\nVos résultats témoignent de réelles qualités. Cependant, nous avons décidé de donner suite à d'autres candidatures pour ce poste.\n\nNous vous invitons à consulter régulièrement nos offres sur notre site carrières.\n\nL'équipe Recrutement Boréal",
    ),
    # --- 21 Stell'Élec (Workday tenant stellelec_sa), withdrawn ------------------------------
    m(
        "74101",
        "2025-12-10 22:03",
        "STELLELEC SA <stellelec@myworkday.com>",
        "Candidature reçue - R-11873 Responsable logistique magasin - Bordeaux",
        A("confirmation", SE, SER, 21, "workday"),
        "Bonjour Yannick,\n\nMerci pour votre intérêt pour Stell'Élec ! Nous avons bien reçu votre candidature au poste R-11873 Responsable logistique magasin - Bordeaux.\n\nNotre équipe examine actuellement les candidatures. Vous pouvez suivre son avancement sur https://stellelec.wd103.myworkday.com/fr-FR/stellelec_careers\n\nCordialement,\nL'équipe Talent Acquisition",
    ),
    m(
        "74110",
        "2026-01-08 09:30",
        "Romain Dufresne <romain.dufresne@stellelec.fr>",
        "Stell'Élec - entretien visio Responsable logistique Bordeaux",
        A("interview", SE, SER, 21, "direct"),
        "Bonjour Yannick,\n\nJe vous propose un entretien visio Teams le mercredi 14 janvier à 16h00 pour le poste de Responsable logistique magasin de Bordeaux (Bègles).\n\nL'invitation suit.\n\nRomain Dufresne\nResponsable recrutement Sud-Ouest\nSTELL'ÉLEC - l'électroménager qui dure",
        ics={
            "style": "outlook",
            "start": "2026-01-14 16:00:00 +0100",
            "minutes": 45,
            "organizer": ("Romain Dufresne", "romain.dufresne@stellelec.fr"),
            "uid": "040000008200E00074C5B7101A82E00800000000B7E1F9A0",
            "summary": "Entretien visio - Y. Le Gall - RLM Bordeaux",
            "location": "Réunion Microsoft Teams",
        },
    ),
    m(
        "74122",
        "2026-01-26 10:44",
        "Romain Dufresne <romain.dufresne@stellelec.fr>",
        "RE: Retrait de ma candidature - R-11873",
        A("confirmation", SE, SER, 21, "direct"),
        "Bonjour Yannick,\n\nMerci de nous avoir prévenus, et félicitations pour votre nouveau poste ! J'ai clôturé votre candidature dans notre outil.\n\nAu plaisir de croiser votre route,\nRomain Dufresne\n\nDe : Yannick Le Gall\nEnvoyé : vendredi 23 janvier 2026 18:11\nÀ : Romain Dufresne\nObjet : Retrait de ma candidature - R-11873\n\nBonjour Romain,\nJe vous informe que j'ai accepté une proposition à Nantes et souhaite retirer ma candidature. Merci pour votre temps et l'entretien du 14.\nCordialement,\nYannick Le Gall",
        st="withdrawn",
    ),
    # --- 22 Transloire Express (Indeed) ------------------------------------------------------
    m(
        "74201",
        "2025-09-05 23:10",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Chef d'équipe quai de nuit",
        A("confirmation", TX, TXR, 22, "indeed"),
        html="<html><body><h2>Candidature envoyée</h2><p><b>Chef d'équipe quai de nuit</b><br>TRANSLOIRE EXPRESS - Bouguenais (44)</p><p>Votre candidature a été transmise à l'employeur.</p><p>Indeed</p></body></html>",
    ),
    m(
        "74207",
        "2025-09-08 06:02",
        "TRANSLOIRE EXPRESS via Indeed <reply-7c91ad@indeedemail.com>",
        "Message de TRANSLOIRE EXPRESS concernant Chef d'équipe quai de nuit",
        A("rejection", TX, TXR, 22, "indeed"),
        "TRANSLOIRE EXPRESS vous a envoyé un message\n\nBonjour,\nMerci pour votre intérêt. Le poste a été pourvu. Nous ne pouvons pas donner suite.\nBonne journée.\n\nRépondre sur Indeed : https://fr.indeed.com/conversations/7c91ad",
    ),
    # --- 23 Pic & Panier (Teamtailor), ghosted after the call --------------------------------
    m(
        "74301",
        "2025-11-30 16:20",
        "Pic & Panier <no-reply@teamtailor-mail.com>",
        "Candidature reçue - Responsable d'exploitation dark store",
        A("confirmation", PP, PPR, 23, "teamtailor"),
        "Hey Yannick !\n\nTa candidature pour le poste de Responsable d'exploitation dark store (Bordeaux Chartrons) est bien arrivée chez Pic & Panier. On revient vers toi très vite.\n\nLa team Pic & Panier 🥕",
    ),
    m(
        "74309",
        "2025-12-05 11:02",
        "Léo Garnier <leo@picetpanier.com>",
        "Échange téléphonique Pic & Panier",
        A("interview", PP, PPR, 23, "direct"),
        "Salut Yannick,\n\nLéo, Head of Ops chez Pic & Panier. Je t'appelle lundi 8 décembre à 12h30 pour un premier échange de 20 minutes, ça te va ? Sinon propose-moi un autre créneau.\n\nÀ lundi,\nLéo",
    ),
]


def reply(spec: dict[str, Any]) -> dict[str, str]:
    return {"In-Reply-To": spec["id"], "References": spec["id"]}


# Replies carry their thread headers.
_BY_KEY = {spec["id"].split(".")[0][1:]: spec for spec in MAIL}
for _child, _parent in (
    ("73119", "73108"),
    ("73423", "73410"),
    ("73825", "73812"),
    ("73919", "73910"),
):
    _BY_KEY[_child].update(reply(_BY_KEY[_parent]))

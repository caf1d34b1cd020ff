# ruff: noqa: E501, RUF100
"""Corpus 107, French job mail that is not one application's life (data only): see heldout107.py."""

from __future__ import annotations

import functools
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


m = functools.partial(H.dated_spec, _tz)


def J(cat, src):
    return (cat, None, None, None, src, "fr")


FT = "France Travail <ne-pas-repondre@francetravail.fr>"
HW = "HelloWork <alertes@hellowork.com>"
IN = "Indeed <alert@indeed.com>"
LI = "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>"
AP = "Apec <offres@apec.fr>"
CE = "Cadremploi <alertes@cadremploi.fr>"
WJ = "Welcome to the Jungle <hello@welcometothejungle.com>"
MJ = "Meteojob <alertes@meteojob.com>"

_ALERTS = [
    (
        "75001",
        "2025-09-03 07:00",
        FT,
        "3 nouvelles offres correspondent à votre recherche « responsable de magasin »",
        "other",
        "Bonjour Yannick,\n\nDe nouvelles offres correspondent à votre recherche enregistrée « responsable de magasin - Nantes (44) - 30 km » :\n\n- Responsable de magasin H/F - SAS MARCHE D'ERDRE - Nantes - CDI\n- Responsable adjoint de magasin - BRICO CENTRE OUEST - Saint-Sébastien-sur-Loire - CDI\n- Manager de rayon produits frais - Rezé - CDD 6 mois\n\nConsultez-les sur francetravail.fr.\n\nFrance Travail",
    ),
    (
        "75002",
        "2025-09-10 06:30",
        HW,
        "Responsable d'exploitation : 12 nouvelles offres à Nantes",
        "other",
        "Bonjour Yannick,\n\nVotre alerte « Responsable d'exploitation - Nantes » a trouvé 12 nouvelles offres :\n\n• Responsable d'exploitation entrepôt H/F - Carquefou - 40-45 K€\n• Responsable d'exploitation transport - Bouguenais - CDI\n• Chef d'équipe logistique - Montoir-de-Bretagne - Intérim\n\nVoir toutes les offres\n\nHelloWork",
    ),
    (
        "75003",
        "2025-09-17 08:12",
        IN,
        "Chef d'équipe logistique : nouvelles offres à Nantes (44)",
        "indeed",
        "Nouvelles offres pour chef d'équipe logistique à Nantes (44)\n\nChef d'équipe logistique H/F\nLOGIVIA - Carquefou\nEmployeur réactif\n\nChef d'équipe préparation de commandes\nInterim Atlantique - Saint-Herblain\n2 400 € - 2 700 € par mois\n\nVous recevez cet e-mail car vous avez créé une alerte emploi sur Indeed.",
    ),
    (
        "75004",
        "2025-09-24 19:00",
        LI,
        "« responsable de magasin » : 24 nouvelles offres à Nantes et alentours",
        "linkedin",
        "Vos offres d'emploi recommandées\n\nResponsable de magasin - Nantes Atlantis\nArdoise · Saint-Herblain · Il y a 6 jours\n\nStore Manager\nUrban Stride · Nantes · Candidature simplifiée\n\nResponsable de boutique\nVrac & Co · Nantes · Nouveau\n\nVoir toutes les offres",
    ),
    (
        "75005",
        "2025-10-01 07:45",
        AP,
        "Vos offres Apec de la semaine",
        "other",
        "Bonjour Yannick,\n\nVoici les offres cadres correspondant à votre profil « Responsable d'exploitation logistique » :\n\n- Responsable d'exploitation entrepôt - Laiterie de Brocéliande - Montauban-de-Bretagne (35)\n- Responsable de site logistique - Bordeaux (33) - 50-55 K€\n- Directeur de magasin - Angers (49)\n\nL'Apec vous accompagne dans votre évolution professionnelle.",
    ),
    (
        "75006",
        "2025-10-08 06:30",
        HW,
        "Responsable de magasin : 9 nouvelles offres à Angers",
        "other",
        "Bonjour Yannick,\n\nVotre alerte « Responsable de magasin - Angers » a trouvé 9 nouvelles offres, dont :\n\n• Responsable de magasin - Boréal Surgelés - Angers\n• Directeur de magasin bricolage - Trélazé\n\nHelloWork",
    ),
    (
        "75007",
        "2025-10-15 18:05",
        CE,
        "Alerte Cadremploi : 6 offres Responsable de site logistique",
        "other",
        "6 nouvelles offres pour votre alerte « Responsable de site logistique - Nouvelle-Aquitaine »\n\nResponsable de site logistique - Cestas (33) H/F - HEXA LOGISTIQUE\nResponsable d'entrepôt - Bordeaux - cabinet pour son client\n\nCadremploi",
    ),
    (
        "75008",
        "2025-10-22 07:00",
        FT,
        "Une offre pourrait vous intéresser",
        "other",
        "Bonjour Yannick,\n\nVotre conseillère a repéré pour vous l'offre suivante : Chef d'équipe logistique (H/F) - Saint-Herblain - intérim puis CDI. Pour postuler, rendez-vous dans votre espace.\n\nFrance Travail",
    ),
    (
        "75009",
        "2025-10-29 12:00",
        WJ,
        "Ces entreprises recrutent des profils comme le vôtre",
        "other",
        "Bonjour Yannick,\n\nCette semaine sur Welcome to the Jungle : Colibri Livraison, Pic & Panier et 4 autres recrutent des Ops managers.\n\nEt dans le magazine : « Entretien d'embauche : 5 questions à poser au manager » et « Comment parler de son licenciement économique ».\n\nL'équipe WTTJ",
    ),
    (
        "75010",
        "2025-11-05 19:00",
        LI,
        "Nouvelles offres pour responsable d'exploitation à Bordeaux",
        "linkedin",
        "Responsable d'exploitation - Bordeaux\nNautilog · Bruges · 42 candidatures\n\nResponsable d'exploitation dark store\nPic & Panier · Bordeaux · Recrute activement\n\nVoir les offres",
    ),
    (
        "75011",
        "2025-11-12 07:30",
        MJ,
        "Meteojob : 14 offres compatibles à plus de 80 %",
        "other",
        "Bonjour Yannick,\n\n14 offres sont compatibles avec votre profil à plus de 80 %.\n\nResponsable de magasin - Orvault (H/F) - ZOOMALIN - 87 %\nResponsable de magasin - Vertou - 82 %\n\nMeteojob",
    ),
    (
        "75012",
        "2025-11-19 08:12",
        IN,
        "Responsable de magasin : nouvelles offres à Rennes (35)",
        "indeed",
        "Nouvelles offres pour responsable de magasin à Rennes (35)\n\nResponsable de magasin bio - Rennes Cleunay\nBiosphère Marché - Rennes\n\nResponsable de magasin prêt-à-porter\nCesson-Sévigné\n\nVous recevez cet e-mail car vous avez créé une alerte emploi sur Indeed.",
    ),
    (
        "75013",
        "2025-12-03 06:30",
        HW,
        "Responsable d'exploitation : 7 nouvelles offres à Nantes",
        "other",
        "Bonjour Yannick,\n\nVotre alerte « Responsable d'exploitation - Nantes » a trouvé 7 nouvelles offres.\n\n• Responsable d'exploitation entrepôt - Vertou - CDI\n• Responsable d'exploitation plateforme e-commerce - Cheviré\n\nHelloWork",
    ),
    (
        "75014",
        "2025-12-10 19:00",
        LI,
        "« responsable logistique » : 11 nouvelles offres à Bordeaux",
        "linkedin",
        "Responsable logistique magasin - Bordeaux\nStell'Élec · Bègles · Candidature sur le site de l'entreprise\n\nVoir toutes les offres",
    ),
    (
        "75015",
        "2025-12-17 07:00",
        FT,
        "4 nouvelles offres correspondent à votre recherche « responsable de magasin »",
        "other",
        "Bonjour Yannick,\n\nDe nouvelles offres correspondent à votre recherche :\n\n- Responsable de magasin - Nantes Doulon - CDI\n- Directeur adjoint hypermarché - Saint-Herblain - CDI\n\nFrance Travail",
    ),
    (
        "75016",
        "2026-01-07 07:45",
        AP,
        "Vos offres Apec de la semaine",
        "other",
        "Bonjour Yannick,\n\nNouvelles offres pour « Responsable d'exploitation logistique » : 8 offres en Pays de la Loire et Bretagne.\n\nL'Apec",
    ),
    (
        "75017",
        "2026-01-14 08:12",
        IN,
        "Responsable de magasin : nouvelles offres à Nantes (44)",
        "indeed",
        "Nouvelles offres pour responsable de magasin à Nantes (44)\n\nResponsable de magasin - Nantes Doulon\nPrimeo Frais - Nantes\n\nVous recevez cet e-mail car vous avez créé une alerte emploi sur Indeed.",
    ),
]

MAIL: list[dict[str, Any]] = [
    m(key, when, frm, subject, J("alert", src), text)
    for key, when, frm, subject, src, text in _ALERTS
]

MAIL += [
    # --- 24 Vélocité Sports, TR: forwarded from the old work address -------------------------
    m(
        "75101",
        "2025-09-02 09:14",
        "Yannick Le Gall <y.legall@pro-maisonbleue.fr>",
        "TR: Votre candidature chez Vélocité Sports a bien été reçue",
        ("confirmation", "Vélocité Sports", "Responsable de magasin - Rezé", 24, "other", "fr"),
        "Pour archive perso.\n\nY.\n\n-----Message d'origine-----\nDe : Vélocité Sports Recrutement <recrutement@velocite-sports.fr>\nEnvoyé : lundi 1 septembre 2025 17:02\nÀ : y.legall@pro-maisonbleue.fr\nObjet : Votre candidature chez Vélocité Sports a bien été reçue\n\nBonjour Yannick,\n\nNous accusons réception de votre candidature au poste de Responsable de magasin - Rezé. Notre équipe RH l'étudiera dans les meilleurs délais et reviendra vers vous sous 3 semaines.\n\nSportivement,\nL'équipe Recrutement Vélocité Sports\n(Vélocité SAS - 18 magasins dans le Grand Ouest)",
    ),
    m(
        "75108",
        "2025-09-30 10:10",
        "Vélocité Sports Recrutement <recrutement@velocite-sports.fr>",
        "Votre candidature - Responsable de magasin Rezé",
        ("rejection", "Vélocité Sports", "Responsable de magasin - Rezé", 24, "direct", "fr"),
        "Bonjour Yannick,\n\nNous vous remercions pour votre candidature et l'intérêt que vous portez à Vélocité.\n\nVotre expérience de la gestion d'un magasin est réelle et nous l'avons appréciée. Toutefois, pour ce poste, nous privilégions une connaissance approfondie des produits cycle et running. Nous ne pouvons donc pas donner une suite favorable à votre candidature.\n\nSportivement,\nL'équipe Recrutement Vélocité Sports",
    ),
    # --- talent pool, nudge, outreach, auto-reply, survey -------------------------------------
    m(
        "75201",
        "2025-09-12 11:00",
        "Groupe Lemarchand Talents <talents@groupe-lemarchand.fr>",
        "Bienvenue dans la communauté talents du Groupe Lemarchand",
        J("alert", "other"),
        html="<html><body><p>Bonjour Yannick,</p><p>Merci d'avoir rejoint notre communauté talents ! Vous recevrez en avant-première nos offres en magasin, en entrepôt et au siège, ainsi que nos actualités.</p><p>Vous n'avez pas encore postulé : dès qu'une offre vous correspond, un clic suffit.</p><p>L'équipe Talents - Groupe Lemarchand (Lemarchand Market, LM Express, Drive Lemarchand)</p></body></html>",
    ),
    m(
        "75210",
        "2025-12-11 09:00",
        "STELLELEC SA <stellelec@myworkday.com>",
        "Vous n'avez pas terminé votre candidature",
        J("alert", "workday"),
        "Bonjour Yannick,\n\nVous avez commencé à postuler au poste R-11902 Chef de dépôt - Mérignac mais votre candidature n'est pas terminée.\n\nReprenez là où vous vous êtes arrêté : https://stellelec.wd103.myworkday.com/fr-FR/stellelec_careers\n\nL'équipe Talent Acquisition",
    ),
    m(
        "75220",
        "2025-10-16 13:22",
        "Julien Marquet via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Poste de Directeur de magasin - Angers",
        J("outreach", "linkedin"),
        "Bonjour Yannick,\n\nJe recrute pour un de mes clients, une enseigne de bricolage régionale, un Directeur de magasin pour Angers (surface de 6 000 m², 45 collaborateurs). Votre parcours m'a semblé très pertinent.\n\nSeriez-vous ouvert à en discuter ?\n\nJulien Marquet\nTalent Partner - Retail & Distribution",
    ),
    m(
        "75228",
        "2025-11-27 10:05",
        "Proxim'Intérim Rezé <reze@proxim-interim.fr>",
        "Missions chef d'équipe - Grand Nantes",
        J("outreach", "agency"),
        "Bonjour Yannick,\n\nVotre CV déposé sur notre site a retenu notre attention. Nous avons actuellement plusieurs missions d'encadrement en logistique (chef d'équipe, adjoint responsable de quai) sur le Grand Nantes, démarrage rapide.\n\nN'hésitez pas à passer à l'agence (rue Jean-Jaurès, Rezé) ou à nous appeler au 02 28 44 10 27.\n\nL'équipe Proxim'Intérim",
    ),
    m(
        "75235",
        "2026-01-20 15:40",
        "Claire Vasseur <c.vasseur@groupe-hexa.com>",
        "Réponse automatique : Point candidature",
        J("other_job", "direct"),
        "Bonjour,\n\nJe suis absente du 19 au 30 janvier inclus avec un accès limité à mes mails. Pour toute urgence, merci de contacter recrutement@groupe-hexa.com.\n\nCordialement,\nClaire Vasseur\nGroupe Hexa",
    ),
    m(
        "75241",
        "2025-11-10 12:00",
        "Primeo Frais <noreply@flatchr.io>",
        "Votre avis sur notre processus de recrutement",
        J("other_job", "other"),
        "Bonjour Yannick,\n\nVous avez récemment candidaté chez Primeo Frais. Aidez-nous à améliorer notre processus en répondant à 4 questions (2 minutes) : https://primeo.flatchr.io/survey/e8d1\n\nMerci !\nL'équipe Primeo Frais",
    ),
    m(
        "75250",
        "2026-02-03 18:30",
        "Indeed <donotreply@match.indeed.com>",
        "Des recruteurs ont consulté votre CV",
        J("other_job", "indeed"),
        "Votre CV attire l'attention\n\n3 employeurs ont consulté votre CV Indeed cette semaine. Mettez à jour votre CV pour rester visible.\n\nIndeed",
    ),
    m(
        "75258",
        "2026-02-12 09:45",
        "Nadia Ferrand <nadia.ferrand@interalia-emploi.fr>",
        "Une mission qui pourrait vous plaire",
        J("outreach", "agency"),
        "Bonjour Yannick,\n\nJe reviens vers vous avec une mission de responsable d'équipe en journée (8h-16h) chez un client de Bouguenais, secteur e-commerce. Toujours en recherche ?\n\nBien cordialement,\nNadia Ferrand\nInteralia Emploi",
    ),
]

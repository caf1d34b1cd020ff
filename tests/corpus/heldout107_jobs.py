# ruff: noqa: E501, RUF100
"""Corpus 107, French job mail, first part (data only): see heldout107.py."""

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


def reply(spec: dict[str, Any]) -> dict[str, str]:
    return {"In-Reply-To": spec["id"], "References": spec["id"]}


SIG = "\n\n--\nYannick Le Gall\n06 71 24 58 93\n"

AR, AR1, AR2 = (
    "Ardoise",
    "Responsable de magasin - Nantes Atlantis",
    "Responsable d'exploitation entrepôt",
)
LG, LGR = "Logivia", "Chef d'équipe logistique H/F - Carquefou"
KD, KDR = "Kerval Distribution", "Responsable d'exploitation entrepôt - Rennes"
PF, PFR1, PFR2 = (
    "Primeo Frais",
    "Responsable de magasin - Angers",
    "Responsable de magasin - Nantes Doulon",
)
OS, OSR = "Océane Sport", "Responsable adjoint de magasin - Bordeaux Lac"
CL, CLR = "Colibri Livraison", "Responsable d'exploitation hub"
MV, MVR = "Marché Vert", "Chef d'équipe logistique (H/F)"
TG, TGR = "Transports Guérin", "Responsable d'exploitation transport"

_ARD_STEP1 = m(
    "71820",
    "2025-09-16 21:47",
    "Ardoise Distribution - Recrutement <ardoisedistribution@taleo.net>",
    "Accusé de réception de votre candidature - Responsable de magasin - Nantes Atlantis (Réf. 25-0412)",
    A("confirmation", AR, AR1, 1, "taleo"),
    "Bonjour Yannick Le Gall,\n\nNous vous remercions de l'intérêt que vous portez à Ardoise Distribution et accusons bonne réception de votre candidature au poste de Responsable de magasin - Nantes Atlantis (Réf. 25-0412).\n\nNotre équipe Ressources Humaines va étudier votre profil avec attention. Si votre candidature est retenue, nous prendrons contact avec vous dans les prochaines semaines. Dans le cas contraire, nous vous informerons par courriel.\n\nVous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.\n\nCordialement,\n\nLa Direction des Ressources Humaines\nArdoise Distribution SAS - enseigne Ardoise, la maison en toute simplicité\n\nCe message est généré automatiquement, merci de ne pas y répondre.",
)

MAIL: list[dict[str, Any]] = [
    # --- 1 Ardoise, responsable de magasin (Taleo; société Ardoise Distribution SAS) ---------
    _ARD_STEP1,
    m(
        "71843",
        "2025-09-24 10:05",
        "Sandrine Morvan <s.morvan@ardoise-distribution.fr>",
        "Votre candidature - Responsable de magasin Nantes Atlantis",
        A("interview", AR, AR1, 1, "direct"),
        "Bonjour Monsieur Le Gall,\n\nSuite à votre candidature pour le poste de Responsable de magasin sur notre point de vente de Nantes Atlantis, je souhaiterais échanger avec vous lors d'un premier entretien téléphonique d'une trentaine de minutes.\n\nSeriez-vous disponible jeudi 25 septembre à 14h00 ou vendredi 26 à 9h30 ?\n\nBien cordialement,\n\nSandrine Morvan\nChargée de recrutement Réseau Ouest\nArdoise Distribution SAS\n4 rue de la Garenne - 44700 Orvault",
    ),
    m(
        "71851",
        "2025-09-24 18:22",
        "Sandrine Morvan <s.morvan@ardoise-distribution.fr>",
        "Invitation: Entretien téléphonique - Y. Le Gall / Ardoise @ jeu. 25 sept. 2025 14:00 - 14:30 (CEST)",
        A("interview", AR, AR1, 1, "direct"),
        "Vous avez été invité à l'événement suivant.\n\nEntretien téléphonique - Y. Le Gall / Ardoise\nQuand : jeu. 25 sept. 2025 14:00 - 14:30 (CEST)\nOù : Je vous appelle au 06 71 24 58 93\nOrganisateur : Sandrine Morvan\n\nAccepter ? Oui - Peut-être - Non",
        ics={
            "start": "2025-09-25 14:00:00 +0200",
            "minutes": 30,
            "organizer": ("Sandrine Morvan", "s.morvan@ardoise-distribution.fr"),
            "uid": "ard-tel-25-0412@ardoise-distribution.fr",
            "summary": "Entretien téléphonique - Y. Le Gall / Ardoise",
            "location": "Téléphone 06 71 24 58 93",
        },
    ),
    m(
        "71877",
        "2025-10-03 16:40",
        "Sandrine Morvan <s.morvan@ardoise-distribution.fr>",
        "Ardoise Nantes Atlantis - entretien avec le Directeur Régional",
        A("interview", AR, AR1, 1, "direct"),
        "Bonjour Yannick,\n\nComme convenu au téléphone, je vous confirme votre entretien avec Olivier Tessier, Directeur Régional Ouest, le mercredi 8 octobre à 10h00 directement au magasin (centre commercial Atlantis, Saint-Herblain, accueil magasin).\n\nPrévoyez environ 1h30 : entretien puis visite de la surface de vente avec le responsable actuel.\n\nÀ très vite,\nSandrine\n\nSandrine Morvan | Chargée de recrutement Réseau Ouest\nArdoise Distribution",
        ics={
            "style": "outlook",
            "start": "2025-10-08 10:00:00 +0200",
            "minutes": 90,
            "organizer": ("Sandrine Morvan", "s.morvan@ardoise-distribution.fr"),
            "uid": "040000008200E00074C5B7101A82E0080000000016AB7D1F",
            "summary": "Entretien Y. Le Gall - RM Nantes Atlantis",
            "location": "Magasin Ardoise - CC Atlantis, Saint-Herblain",
        },
    ),
    m(
        "71902",
        "2025-10-15 11:12",
        "Sandrine Morvan <s.morvan@ardoise-distribution.fr>",
        "Journée d'immersion au magasin - mardi 21 octobre",
        A("interview", AR, AR1, 1, "direct"),
        "Bonjour Yannick,\n\nOlivier Tessier a apprécié votre échange et vous propose une journée d'immersion au magasin de Nantes Atlantis le mardi 21 octobre, de 8h30 à 17h00. Vous serez accompagné par Julie Renaud, responsable du magasin de Rezé, qui vous présentera l'ouverture, la gestion des réceptions, le planning des équipes et le pilotage du chiffre d'affaires.\n\nUne mise en situation sur l'analyse des indicateurs de la semaine est prévue en fin de journée (30 minutes).\n\nMerci de vous présenter en tenue correcte, chaussures de sécurité non obligatoires. Le déjeuner est pris en charge.\n\nBien à vous,\nSandrine Morvan\nArdoise Distribution",
    ),
    m(
        "71935",
        "2025-11-04 17:55",
        "Olivier Tessier <o.tessier@ardoise-distribution.fr>",
        "Ardoise - point sur votre candidature",
        A("interview", AR, AR1, 1, "direct"),
        "Bonjour Yannick,\n\nMerci encore pour votre implication lors de la journée d'immersion, les retours de Julie sont très positifs. Le poste de Nantes Atlantis a été décalé suite à la réorganisation du secteur, mais je ne vous oublie pas.\n\nJe souhaiterais vous présenter à notre DRH, Mme Lefeuvre, en visio. Sandrine va vous proposer un créneau.\n\nCordialement,\n\nOlivier Tessier\nDirecteur Régional Ouest - Ardoise\n06 12 48 77 30",
    ),
    m(
        "71948",
        "2025-11-06 09:30",
        "Sandrine Morvan <s.morvan@ardoise-distribution.fr>",
        "Invitation: Entretien DRH - Yannick Le Gall (Teams)",
        A("interview", AR, AR1, 1, "direct"),
        "Bonjour Yannick,\n\nVoici l'invitation pour votre entretien avec Hélène Lefeuvre, DRH, le jeudi 13 novembre à 11h00.\n\nRéunion Microsoft Teams\nRejoindre la réunion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ardoise13nov\nID de réunion : 361 204 887 15\nCode secret : Pq7Hx3\n\nBien cordialement,\nSandrine",
        ics={
            "style": "outlook",
            "start": "2025-11-13 11:00:00 +0100",
            "minutes": 45,
            "organizer": ("Sandrine Morvan", "s.morvan@ardoise-distribution.fr"),
            "uid": "040000008200E00074C5B7101A82E00800000000A9310C44",
            "summary": "Entretien DRH - Yannick Le Gall",
            "location": "Réunion Microsoft Teams",
        },
    ),
    m(
        "72013",
        "2026-01-19 15:20",
        "Hélène Lefeuvre <h.lefeuvre@ardoise-distribution.fr>",
        "Promesse d'embauche - Responsable de magasin Nantes Atlantis",
        A("offer", AR, AR1, 1, "direct"),
        "Monsieur,\n\nSuite à nos différents entretiens, nous avons le plaisir de vous confirmer notre proposition d'embauche au poste de Responsable de magasin au sein de notre établissement de Saint-Herblain (Nantes Atlantis), statut Cadre, en contrat à durée indéterminée, à compter du 2 mars 2026.\n\nRémunération annuelle brute : 42 000 € sur 13 mois, plus une prime sur objectifs pouvant atteindre 10 %.\n\nVous trouverez ci-joint la promesse d'embauche. Nous vous remercions de nous la retourner signée avant le 30 janvier 2026.\n\nNous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.\n\nHélène Lefeuvre\nDirectrice des Ressources Humaines\nArdoise Distribution SAS au capital de 2 500 000 € - RCS Nantes 512 336 870",
        attach=[
            (
                "Promesse_embauche_LeGall.pdf",
                "application/pdf",
                "%PDF-1.4 promesse d'embauche Ardoise Distribution",
            )
        ],
    ),
    m(
        "72021",
        "2026-01-23 08:47",
        "Hélène Lefeuvre <h.lefeuvre@ardoise-distribution.fr>",
        "RE: Promesse d'embauche - Responsable de magasin Nantes Atlantis",
        A("offer", AR, AR1, 1, "direct"),
        "Bonjour Monsieur Le Gall,\n\nNous avons bien reçu la promesse d'embauche signée, merci. Toute l'équipe est ravie de vous accueillir ! Sandrine reviendra vers vous pour la visite médicale et votre parcours d'intégration.\n\nBien cordialement,\nHélène Lefeuvre\n\n-----Message d'origine-----\nDe : Yannick Le Gall\nEnvoyé : jeudi 22 janvier 2026 19:02\nObjet : RE: Promesse d'embauche\n\nMadame,\nVeuillez trouver ci-joint la promesse signée. Je vous remercie pour votre confiance.\nYannick Le Gall",
        st="accepted",
    ),
    m(
        "72040",
        "2026-02-10 10:15",
        "Ardoise Distribution - Onboarding <onboarding@ardoise-distribution.fr>",
        "Bienvenue chez Ardoise ! Votre parcours d'intégration",
        ("other_job", AR, AR1, None, "direct", "fr"),
        html="<html><body><p>Bonjour Yannick,</p><p>Votre arrivée approche ! Vous trouverez ici votre planning d'intégration : une semaine au siège d'Orvault puis deux semaines en magasin école à Rezé.</p><p>Merci de compléter votre dossier administratif (RIB, carte Vitale, pièce d'identité) avant le 20 février.</p><p>L'équipe RH Ardoise</p></body></html>",
    ),
    # --- 18 Ardoise, second role (entrepôt) ---------------------------------------------------
    m(
        "71860",
        "2025-09-29 13:02",
        "Ardoise Distribution - Recrutement <ardoisedistribution@taleo.net>",
        "Accusé de réception de votre candidature - Responsable d'exploitation entrepôt (Réf. 25-0388)",
        A("confirmation", AR, AR2, 2, "taleo"),
        "Bonjour Yannick Le Gall,\n\nNous vous remercions de l'intérêt que vous portez à Ardoise Distribution et accusons bonne réception de votre candidature au poste de Responsable d'exploitation entrepôt (Réf. 25-0388) - Entrepôt de Carquefou.\n\nSi votre candidature est retenue, nous prendrons contact avec vous dans les prochaines semaines. Dans le cas contraire, nous vous informerons par courriel.\n\nCordialement,\nLa Direction des Ressources Humaines\n\nCe message est généré automatiquement, merci de ne pas y répondre.",
    ),
    m(
        "71925",
        "2025-10-28 07:58",
        "Ardoise Distribution - Recrutement <ardoisedistribution@taleo.net>",
        "Suite à votre candidature au poste de Responsable d'exploitation entrepôt",
        A("rejection", AR, AR2, 2, "taleo"),
        "Bonjour Yannick Le Gall,\n\nNous vous remercions pour votre candidature au poste de Responsable d'exploitation entrepôt (Réf. 25-0388) et pour le temps que vous nous avez consacré.\n\nVotre parcours a retenu toute notre attention. Toutefois, nous avons choisi de poursuivre le processus avec un candidat dont l'expérience en entreposage multi-clients correspond davantage aux besoins du site.\n\nNous conservons votre profil dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre parcours se présentait.\n\nNous vous souhaitons pleine réussite dans vos recherches.\n\nLa Direction des Ressources Humaines\nArdoise Distribution",
    ),
    # --- 2 Logivia, chef d'équipe (SuccessFactors; mail from the parent Groupe Transalpe) -----
    m(
        "72110",
        "2025-09-09 09:14",
        "Groupe Transalpe Carrières <noreply@successfactors.eu>",
        "Votre candidature a bien été enregistrée",
        A("confirmation", LG, LGR, 3, "other"),
        html="<html><body><table width='600'><tr><td><img alt='Groupe Transalpe' src='https://career5.successfactors.eu/logo/transalpe.png'></td></tr><tr><td><p>Bonjour Yannick,</p><p>Merci d'avoir postulé à l'offre <b>Chef d'équipe logistique H/F - Carquefou</b> publiée par <b>Logivia</b>, filiale logistique du Groupe Transalpe.</p><p>Votre dossier a été transmis au recruteur en charge de l'offre. Si votre profil correspond aux attentes, vous serez contacté(e) pour la suite du processus. Sans retour de notre part sous 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.</p><p>L'équipe Recrutement du Groupe Transalpe</p></td></tr></table></body></html>",
    ),
    m(
        "72118",
        "2025-09-15 14:30",
        "Groupe Transalpe Carrières <noreply@successfactors.eu>",
        "Logivia - Questionnaire de personnalité à compléter",
        A("assessment", LG, LGR, 3, "other"),
        "Bonjour Yannick,\n\nDans le cadre de votre candidature au poste de Chef d'équipe logistique H/F - Carquefou, nous vous invitons à compléter un questionnaire de personnalité en ligne (environ 25 minutes).\n\nIl n'y a pas de bonne ou de mauvaise réponse : ce questionnaire nous aide à mieux connaître votre style de management et de travail en équipe.\n\nLien personnel (valable 7 jours) : https://assess.profilexpert.fr/c/TRSLP-88213\n\nL'équipe Recrutement Logivia - Groupe Transalpe",
    ),
    m(
        "72125",
        "2025-09-23 11:05",
        "Damien Crochet <damien.crochet@logivia.fr>",
        "Entretien Teams - Chef d'équipe logistique Carquefou",
        A("interview", LG, LGR, 3, "direct"),
        "Bonjour Yannick,\n\nSuite à votre questionnaire, je vous propose un entretien en visio le lundi 29 septembre à 17h30 avec moi-même et Laure Besnard, responsable de site.\n\nLe lien Teams est dans l'invitation jointe.\n\nCordialement,\n\nDamien Crochet\nChargé RH - Logivia\nParc d'activités de la Belle Étoile - 44470 Carquefou\nUne société du Groupe Transalpe",
        ics={
            "style": "outlook",
            "start": "2025-09-29 17:30:00 +0200",
            "minutes": 45,
            "organizer": ("Damien Crochet", "damien.crochet@logivia.fr"),
            "uid": "040000008200E00074C5B7101A82E0080000000055FA1209",
            "summary": "Entretien Yannick Le Gall - CE logistique",
            "location": "Réunion Microsoft Teams",
        },
    ),
    m(
        "72140",
        "2025-10-09 16:18",
        "Groupe Transalpe Carrières <noreply@successfactors.eu>",
        "Votre candidature chez Logivia",
        A("rejection", LG, LGR, 3, "other"),
        "Bonjour Yannick,\n\nNous tenons à vous remercier pour l'intérêt porté à Logivia et pour la qualité de nos échanges.\n\nVotre expérience en management d'équipe a été très appréciée. Après mûre réflexion, nous avons toutefois retenu une autre candidature, plus proche des spécificités du poste (gestion du froid positif et du flux tendu).\n\nNous vous souhaitons une bonne continuation dans votre projet professionnel.\n\nL'équipe Recrutement Logivia - Groupe Transalpe",
    ),
    # --- 3 Kerval Distribution (Workday; KD), promesse declined ------------------------------
    m(
        "72201",
        "2025-10-02 20:31",
        "Kerval Distribution <kerval@myworkday.com>",
        "Merci pour votre candidature - Responsable d'exploitation entrepôt - Rennes",
        A("confirmation", KD, KDR, 4, "workday"),
        "Bonjour Yannick,\n\nNous avons bien reçu votre candidature pour le poste R-004512 Responsable d'exploitation entrepôt - Rennes (Le Rheu).\n\nVous pouvez consulter le statut de votre candidature à tout moment en vous connectant à votre compte candidat : https://kerval.wd3.myworkday.com/kd_careers/login\n\nBien cordialement,\nL'équipe Talent Acquisition KD",
    ),
    m(
        "72215",
        "2025-10-14 09:02",
        "Manon Guillou <manon.guillou@kerval-distribution.fr>",
        "KD - Entretien pour le poste de Responsable d'exploitation (Le Rheu)",
        A("interview", KD, KDR, 4, "direct"),
        "Bonjour Monsieur Le Gall,\n\nVotre candidature a retenu notre attention. Je vous propose un premier entretien en visio Teams le vendredi 17 octobre à 10h30, avec Yann Rolland, Directeur des Opérations.\n\nMerci de me confirmer votre disponibilité.\n\nManon Guillou\nTalent Acquisition Partner\nKERVAL DISTRIBUTION - Z.A. de la Rigourdière - 35510 Cesson-Sévigné",
    ),
    m(
        "72224",
        "2025-10-29 13:45",
        "Manon Guillou <manon.guillou@kerval-distribution.fr>",
        "Visite du site du Rheu et entretien final",
        A("interview", KD, KDR, 4, "direct"),
        "Bonjour Yannick,\n\nSuite à votre échange avec Yann, nous vous invitons à un entretien final sur site, au Rheu, le mercredi 5 novembre à 14h00. Vous visiterez l'entrepôt (32 000 m², 120 collaborateurs en 2x8) et rencontrerez l'équipe d'encadrement.\n\nVos frais de déplacement depuis Nantes seront remboursés sur justificatifs.\n\nBien cordialement,\nManon",
        ics={
            "start": "2025-11-05 14:00:00 +0100",
            "minutes": 120,
            "organizer": ("Manon Guillou", "manon.guillou@kerval-distribution.fr"),
            "uid": "5r2k8kd0vq1entretienfinal@google.com",
            "summary": "Entretien final + visite site - Y. Le Gall",
            "location": "Kerval Distribution, 12 rue des Landelles, 35650 Le Rheu",
        },
    ),
    m(
        "72240",
        "2025-12-08 18:10",
        "Manon Guillou <manon.guillou@kerval-distribution.fr>",
        "Proposition - Responsable d'exploitation entrepôt",
        A("offer", KD, KDR, 4, "direct"),
        "Bonjour Yannick,\n\nJ'ai le plaisir de vous annoncer que Kerval Distribution souhaite vous proposer le poste de Responsable d'exploitation entrepôt au Rheu. Vous trouverez ci-joint la promesse d'embauche : CDI cadre, 44 K€ bruts annuels + 13e mois + véhicule de service, prise de poste souhaitée le 5 janvier.\n\nN'hésitez pas à m'appeler si vous avez des questions. Nous attendons votre retour d'ici le 15 décembre.\n\nBien à vous,\nManon Guillou\nTalent Acquisition Partner - KD",
        attach=[("KD_promesse_embauche_YLG.pdf", "application/pdf", "%PDF-1.4 KD promesse")],
    ),
    m(
        "72252",
        "2025-12-15 12:20",
        "Manon Guillou <manon.guillou@kerval-distribution.fr>",
        "RE: Proposition - Responsable d'exploitation entrepôt",
        A("offer", KD, KDR, 4, "direct"),
        "Bonjour Yannick,\n\nJe prends bonne note de votre décision et la comprends, même si nous le regrettons : la mobilité vers Rennes avec vos contraintes familiales n'était pas évidente.\n\nNous gardons un excellent souvenir de nos échanges. Si un poste s'ouvrait sur notre site de Vertou, je me permettrai de revenir vers vous.\n\nBelle continuation,\nManon\n\n> Le 14 déc. 2025 à 21:36, Yannick Le Gall a écrit :\n> Bonjour Manon,\n> Après réflexion, je suis au regret de décliner votre proposition. Le déménagement à Rennes n'est finalement pas envisageable pour ma famille.\n> Merci encore à Yann et à toute l'équipe.\n> Yannick",
        st="declined",
    ),
    # --- 4 and 19 Primeo Frais (Flatchr); re-application after the no ------------------------
    m(
        "72301",
        "2025-09-11 12:44",
        "Primeo Frais <noreply@flatchr.io>",
        "Votre candidature chez Primeo Frais",
        A("confirmation", PF, PFR1, 5, "other"),
        html="<html><body><p>Bonjour Yannick,</p><p>Nous avons bien reçu votre candidature pour le poste <strong>Responsable de magasin - Angers</strong>.</p><p>Nous étudions chaque candidature avec attention. Si votre profil correspond, un membre de notre équipe vous contactera. Malheureusement, en raison du nombre de candidatures reçues, nous ne pourrons pas répondre individuellement à chacun si votre candidature n'est pas retenue.</p><p>À bientôt,<br>L'équipe Primeo Frais - Le frais, près de chez vous</p><p style='font-size:10px'>Propulsé par Flatchr</p></body></html>",
    ),
    m(
        "72318",
        "2025-10-06 10:51",
        "Primeo Frais <noreply@flatchr.io>",
        "Votre candidature",
        A("rejection", PF, PFR1, 5, "other"),
        "Bonjour Yannick,\n\nNous vous remercions sincèrement pour votre candidature au poste de Responsable de magasin - Angers.\n\nVotre parcours est solide et nous avons apprécié votre expérience dans le commerce alimentaire. Après étude attentive, nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature pour ce poste.\n\nNous vous souhaitons le meilleur pour la suite.\n\nL'équipe Recrutement Primeo Frais",
    ),
    m(
        "72345",
        "2026-01-12 19:03",
        "Primeo Frais <noreply@flatchr.io>",
        "Votre candidature chez Primeo Frais",
        A("confirmation", PF, PFR2, 6, "other"),
        html="<html><body><p>Bonjour Yannick,</p><p>Nous avons bien reçu votre candidature pour le poste <strong>Responsable de magasin - Nantes Doulon</strong>.</p><p>Nous étudions chaque candidature avec attention. Si votre profil correspond, un membre de notre équipe vous contactera. Malheureusement, en raison du nombre de candidatures reçues, nous ne pourrons pas répondre individuellement à chacun si votre candidature n'est pas retenue.</p><p>À bientôt,<br>L'équipe Primeo Frais - Le frais, près de chez vous</p><p style='font-size:10px'>Propulsé par Flatchr</p></body></html>",
    ),
    # --- 5 Océane Sport (TalentSoft; société OS Retail SAS), ghosted --------------------------
    m(
        "72402",
        "2025-10-07 22:16",
        "OS Retail - Recrutement <ne-pas-repondre@talent-soft.com>",
        "OS Retail SAS : confirmation de dépôt de candidature",
        A("confirmation", OS, OSR, 7, "other"),
        "Madame, Monsieur,\n\nNous vous confirmons la bonne réception de votre candidature pour l'offre « Responsable adjoint de magasin - Bordeaux Lac » (réf. OSR-2025-1187).\n\nVotre candidature sera examinée par nos équipes dans les meilleurs délais.\n\nPour toute modification de votre profil, rendez-vous sur votre espace candidat : https://osretail-recrute.talent-soft.com\n\nOS Retail SAS - Enseigne Océane Sport\nService Recrutement",
    ),
    # --- 6 Colibri Livraison (Teamtailor; tutoiement; founder from gmail) --------------------
    m(
        "72501",
        "2025-10-10 08:20",
        "Colibri <no-reply@teamtailor-mail.com>",
        "Merci pour ta candidature, Yannick ! 🐦",
        A("confirmation", CL, CLR, 8, "teamtailor"),
        "Salut Yannick,\n\nMerci d'avoir postulé chez Colibri pour le poste de Responsable d'exploitation hub (Nantes - Saint-Herblain) !\n\nOn lit toutes les candidatures nous-mêmes (promis, pas de robot). Tu auras un retour sous 10 jours, que ce soit un oui ou un non.\n\nEn attendant, tu peux découvrir l'équipe sur notre page carrière : https://careers.colibri-livraison.fr\n\nÀ très vite,\nLa team Colibri",
    ),
    m(
        "72510",
        "2025-10-13 22:48",
        "Thibault Pradel <thibault.pradel@gmail.com>",
        "Colibri - on s'appelle ?",
        A("interview", CL, CLR, 8, "direct"),
        "Hello Yannick,\n\nThibault, cofondateur de Colibri (livraison du dernier km à vélo cargo, 3 hubs à Nantes, Rennes et Angers). J'ai vu passer ta candidature pour le hub de Saint-Herblain et ton parcours chez un gros retailer m'intéresse beaucoup : on passe de 40 à 120 livreurs l'an prochain, il nous faut quelqu'un qui sait structurer.\n\nDispo pour un appel visio jeudi vers 18h ? Je t'envoie un lien Meet si ça te va.\n\nThibault\n(pardon pour l'adresse perso, mon mail pro fait des siennes)",
    ),
    m(
        "72514",
        "2025-10-14 07:35",
        "Thibault Pradel <thibault.pradel@gmail.com>",
        "Invitation : Colibri x Yannick @ jeu. 16 oct. 2025 18:00 - 18:45 (UTC+2)",
        A("interview", CL, CLR, 8, "direct"),
        "Thibault Pradel vous a invité à un événement.\n\nColibri x Yannick\njeudi 16 octobre 2025 · 18:00 - 18:45\nInformations de connexion Google Meet : https://meet.google.com/qzk-wvbn-tpa",
        ics={
            "start": "2025-10-16 18:00:00 +0200",
            "minutes": 45,
            "organizer": ("Thibault Pradel", "thibault.pradel@gmail.com"),
            "uid": "0cl1br1x7ann1ck@google.com",
            "summary": "Colibri x Yannick",
            "location": "https://meet.google.com/qzk-wvbn-tpa",
        },
    ),
    m(
        "72522",
        "2025-10-20 12:02",
        "Inès Kaci <ines@colibri-livraison.fr>",
        "Ta mise en situation Colibri",
        A("assessment", CL, CLR, 8, "direct"),
        "Hello Yannick,\n\nSuite à ton échange avec Thibault, voici la mise en situation dont il t'a parlé : tu trouveras en PJ un export (anonymisé) de deux semaines d'activité du hub. On aimerait que tu nous proposes un planning des équipes pour un pic de Black Friday, et 3 indicateurs que tu suivrais chaque matin.\n\nPas besoin d'y passer plus de 2-3 heures. Tu nous le présentes en 20 min le mardi 28 au hub.\n\nBon courage !\nInès - People & Ops, Colibri",
        attach=[
            (
                "colibri_hub_export.csv",
                "text/csv",
                "date,tournees,colis,livreurs\n2025-09-29,38,2140,31\n2025-09-30,41,2288,33\n",
            )
        ],
    ),
    m(
        "72539",
        "2025-11-05 17:44",
        "Inès Kaci <ines@colibri-livraison.fr>",
        "Re: Ta mise en situation Colibri",
        A("rejection", CL, CLR, 8, "direct"),
        "Hello Yannick,\n\nMerci encore pour ta présentation de la semaine dernière, vraiment carrée : ton planning Black Friday a même donné des idées à Thibault.\n\nOn a beaucoup hésité, mais on a finalement choisi quelqu'un qui a déjà monté un hub de livraison urbaine de zéro, c'est le gros chantier de 2026 pour nous. Ce n'est vraiment pas une question de qualité de ton profil.\n\nOn garde ton contact, et si tu passes au hub n'hésite pas à venir boire un café.\n\nInès",
    ),
    # --- 7 Marché Vert through the agency Interalia Emploi (client unnamed, then named) ------
    m(
        "72601",
        "2025-10-21 11:36",
        "Nadia Ferrand <nadia.ferrand@interalia-emploi.fr>",
        "Opportunité chef d'équipe logistique - Saint-Herblain",
        ("outreach", None, MVR, None, "agency", "fr"),
        "Bonjour Monsieur Le Gall,\n\nJe suis chargée de recrutement à l'agence Interalia Emploi de Nantes Centre. Nous recrutons pour notre client, un acteur majeur de la grande distribution alimentaire dans l'Ouest, un Chef d'équipe logistique (H/F) pour sa plateforme de Saint-Herblain, en CDI après une mission de 3 mois.\n\n- Encadrement de 15 à 25 préparateurs, équipe d'après-midi\n- Pilotage de la productivité et de la qualité de préparation\n- Salaire : 2 600 à 2 900 € bruts mensuels + primes\n\nVotre profil sur Indeed a retenu mon attention. Seriez-vous disponible pour en parler cette semaine ?\n\nBien cordialement,\n\nNadia Ferrand\nChargée de recrutement\nInteralia Emploi - Agence Nantes Centre\n12 rue de Strasbourg, 44000 Nantes - 02 40 48 17 62",
    ),
    m(
        "72610",
        "2025-10-23 15:10",
        "Nadia Ferrand <nadia.ferrand@interalia-emploi.fr>",
        "RE: Opportunité chef d'équipe logistique - Saint-Herblain",
        A("confirmation", MV, MVR, 9, "agency"),
        "Bonjour Yannick,\n\nMerci pour notre échange de ce matin. Comme convenu, je vous confirme que j'ai présenté votre candidature à notre client, Marché Vert (plateforme logistique de Saint-Herblain). Je vous tiens informé dès que j'ai un retour du responsable de plateforme.\n\nBien cordialement,\nNadia Ferrand\nInteralia Emploi - Agence Nantes Centre\n\n-----Message d'origine-----\nDe : Yannick Le Gall\nEnvoyé : mardi 21 octobre 2025 20:14\nObjet : RE: Opportunité chef d'équipe logistique\n\nBonjour Madame Ferrand,\nLe poste m'intéresse, je suis joignable demain matin.\nCordialement,\nYannick Le Gall",
    ),
    m(
        "72618",
        "2025-10-30 10:02",
        "Nadia Ferrand <nadia.ferrand@interalia-emploi.fr>",
        "Entretien chez Marché Vert - lundi 3 novembre",
        A("interview", MV, MVR, 9, "agency"),
        "Bonjour Yannick,\n\nBonne nouvelle : le responsable de la plateforme Marché Vert, M. Hervé Caillaud, souhaite vous rencontrer le lundi 3 novembre à 15h00 sur site (rue de l'Hôtellerie, Saint-Herblain, se présenter au poste de garde avec une pièce d'identité).\n\nPensez à prendre des chaussures de sécurité, une visite des quais est prévue.\n\nBonne préparation,\nNadia\nInteralia Emploi",
    ),
    m(
        "72627",
        "2025-11-10 09:21",
        "Nadia Ferrand <nadia.ferrand@interalia-emploi.fr>",
        "RE: Entretien chez Marché Vert - suite",
        A("interview", MV, MVR, 9, "agency"),
        "Bonjour Yannick,\n\nRetour positif de M. Caillaud ! Il propose une demi-journée en poste avec l'équipe d'après-midi le jeudi 13 novembre (13h30-18h00) avant de se décider.\n\nMerci de me dire rapidement si c'est possible pour vous.\n\nNadia",
    ),
    m(
        "72633",
        "2025-11-12 08:40",
        "Nadia Ferrand <nadia.ferrand@interalia-emploi.fr>",
        "RE: RE: Entretien chez Marché Vert - suite",
        A("confirmation", MV, MVR, 9, "agency"),
        "Bonjour Yannick,\n\nJe prends note de votre souhait de retirer votre candidature pour le poste de chef d'équipe chez Marché Vert, et j'en informe le client aujourd'hui. Je comprends tout à fait que le travail en horaires décalés ne corresponde pas à votre projet.\n\nJe garde votre dossier actif à l'agence pour d'autres missions d'encadrement en journée.\n\nBien cordialement,\nNadia Ferrand\nInteralia Emploi\n\n> Bonjour Nadia, après réflexion je préfère ne pas donner suite : les horaires 13h-21h ne sont pas compatibles avec la garde de mes enfants. Désolé pour ce retour tardif. Yannick",
        st="withdrawn",
    ),
    # --- 8 Transports Guérin (Jobaffinity) ----------------------------------------------------
    m(
        "72701",
        "2025-11-03 14:06",
        "Transports Guérin <notification@jobaffinity.fr>",
        "Confirmation de votre candidature - Responsable d'exploitation transport",
        A("confirmation", TG, TGR, 10, "other"),
        "Bonjour,\n\nNous vous confirmons la bonne réception de votre candidature au poste de Responsable d'exploitation transport basé à Vern-sur-Seiche (35).\n\nNous reviendrons vers vous après étude de votre dossier.\n\nCordialement,\nService RH - Transports Guérin & Fils\nTransport - Logistique - Affrètement depuis 1962",
    ),
    m(
        "72709",
        "2025-11-26 11:30",
        "Transports Guérin <notification@jobaffinity.fr>",
        "Votre candidature au poste de Responsable d'exploitation transport",
        A("rejection", TG, TGR, 10, "other"),
        "Bonjour,\n\nNous avons bien étudié votre candidature et vous remercions de l'intérêt que vous portez à notre entreprise.\n\nVos compétences en management sont indéniables ; cependant, nous recherchons pour ce poste une expérience significative en exploitation transport (gestion de conducteurs, réglementation sociale européenne) que votre parcours ne reflète pas suffisamment.\n\nNous vous souhaitons bonne chance dans vos recherches.\n\nCordialement,\nService RH - Transports Guérin & Fils",
    ),
]

# Replies carry their thread headers.
_BY_KEY = {spec["id"].split(".")[0][1:]: spec for spec in MAIL}
for _child, _parent in (
    ("72021", "72013"),
    ("72252", "72240"),
    ("72610", "72601"),
    ("72627", "72618"),
    ("72633", "72627"),
    ("72539", "72522"),
):
    _BY_KEY[_child].update(reply(_BY_KEY[_parent]))

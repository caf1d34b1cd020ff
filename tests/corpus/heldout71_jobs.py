# ruff: noqa: E501
"""Corpus 71, French job mail from Lyon (data only): see heldout71.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


m = partial(dated_spec, _tz)


def F(cat, co, role, app, src):
    return (cat, co, role, app, src, "fr")


ME_ADDR = "elodie.marchetti@free.fr"

BRV, BRVR = "Cartonneries Brévanne", "Contrôleur de gestion industriel H/F"
TRV, TRVR = "Tréval", "Analyste FP&A H/F"
CRR, CRR1, CRR2 = (
    "Crédit Rhodanien",
    "Contrôleur de gestion réseau H/F",
    "Analyste pilotage financier H/F",
)
HCF, HCFR = "HCF", "Contrôleur de gestion - Pôle Finances (H/F)"
PIK, PIKR = "Pikolo", "FP&A / Finance Ops"
OND, ONDR = "Ondrelle Industries", "Contrôleur de gestion usine H/F"
SEY, SEYR = "Laboratoires Seyvoz", "Contrôleur de gestion (intérim 6 mois)"
BAU, BAUR = "Transports Baudry", "Contrôleur de gestion transport H/F"
CHT, CHTR = "Fromageries Chanteloup", "Contrôleur de gestion H/F"
VAL, VALR = "Imprimerie Vallon", "Contrôleur de gestion F/H"
NEX, NEXR, NEXR2 = "Nexolyne", "FP&A Analyst", "Business Analyst Finance"
BAL, BALR = "Balto Énergie", "Contrôleur de gestion projets H/F"
OCE, OCER = "Ocelle", "Analyste financier·e"
ORS, ORSR = "Orsalia", "Contrôleur de gestion retail H/F"
BER, BERR = "Domaines Berthaud", "Contrôleur de gestion commercial H/F"
ALV, ALVR = "Alvéa Assurances", "Contrôleur de gestion H/F"

SIG_ME = "\n\nÉlodie Marchetti\n06 71 42 18 93"

MAIL: list[dict[str, Any]] = [
    # --- 1 Cartonneries Brévanne (Groupe Halvard, Taleo) -----------------------------------
    m(
        "71004",
        "2025-10-06 21:47",
        "Groupe Halvard <halvard@taleo.net>",
        "Création de votre compte candidat - Groupe Halvard",
        ("alert", "Groupe Halvard", None, None, "taleo", "fr"),
        "Bonjour Elodie,\n\nVotre compte candidat sur le site carrières du Groupe Halvard a bien été créé.\n\n"
        "Identifiant : elodie.marchetti@free.fr\n\nVous pouvez dès à présent compléter votre profil, postuler aux offres "
        "de nos 14 sociétés et créer des alertes.\n\nCordialement,\nLa Direction des Ressources Humaines\nGroupe Halvard\n\n"
        "Ceci est un message automatique, merci de ne pas y répondre.",
    ),
    m(
        "71005",
        "2025-10-06 22:09",
        "Groupe Halvard <halvard@taleo.net>",
        "Accusé de réception de votre candidature - Réf. 25-0418",
        F("confirmation", BRV, BRVR, 1, "taleo"),
        "Bonjour Elodie Marchetti,\n\nNous accusons réception de votre candidature pour le poste de Contrôleur de gestion "
        "industriel H/F (réf. 25-0418) basé à Givors (69) et nous vous en remercions.\n\n"
        "Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à nos attentes, nous "
        "reviendrons vers vous dans les prochaines semaines. Dans le cas contraire, nous vous informerons de notre décision.\n\n"
        "Nous vous prions d'agréer, Madame, nos salutations distinguées.\n\nService Recrutement\nGroupe Halvard\n"
        "https://halvard.taleo.net/careersection/ext/jobdetail.ftl?job=25-0418",
    ),
    m(
        "71011",
        "2025-10-20 11:32",
        "Sandrine Pellegrin <s.pellegrin@brevanne-cartonneries.fr>",
        "Convocation à un entretien - Contrôleur de gestion industriel",
        F("interview", BRV, BRVR, 1, "direct"),
        "Madame,\n\nSuite à votre candidature au poste de Contrôleur de gestion industriel, nous avons le plaisir de vous "
        "convier à un entretien le mardi 28 octobre 2025 à 14h00 sur notre site de Givors, en présence de M. Laurent Achard, "
        "Directeur Administratif et Financier.\n\nAdresse : Cartonneries Brévanne, ZI des Vernes, 12 rue de la Papeterie, "
        "69700 Givors. Parking visiteurs à l'entrée.\n\nMerci de bien vouloir me confirmer votre présence par retour de mail.\n\n"
        "Bien cordialement,\n\nSandrine Pellegrin\nChargée RH\nCartonneries Brévanne – une société du Groupe Halvard\n04 78 07 33 10",
        ics={
            "uid": "040000008200E00074C5B7101A82E008000000006a1f@brevanne-cartonneries.fr",
            "start": "2025-10-28 14:00:00 +0100",
            "minutes": 75,
            "summary": "Entretien Mme Marchetti - CDG industriel",
            "organizer": ("Sandrine Pellegrin", "s.pellegrin@brevanne-cartonneries.fr"),
            "attendees": [("Laurent Achard", "l.achard@brevanne-cartonneries.fr")],
            "location": "Givors - salle Kraft",
            "style": "outlook",
        },
    ),
    m(
        "71017",
        "2025-10-30 09:05",
        "Sandrine Pellegrin <s.pellegrin@brevanne-cartonneries.fr>",
        "Test Excel - suite de votre entretien",
        F("assessment", BRV, BRVR, 1, "direct"),
        "Bonjour Madame Marchetti,\n\nComme convenu lors de votre entretien, vous trouverez en pièce jointe l'étude de cas "
        "(fichier Excel : données de production et coûts standards d'une ligne d'onduleuse).\n\nIl vous est demandé de calculer "
        "les écarts sur coûts matières et main-d'œuvre, puis de proposer 3 indicateurs pour le reporting mensuel. Durée "
        "indicative : 2 heures. Merci de nous retourner votre fichier avant le lundi 3 novembre, 12h.\n\n"
        "Bien cordialement,\n\nSandrine Pellegrin\nChargée RH",
        attach=[
            (
                "Etude_de_cas_CDG_Brevanne.csv",
                "text/csv",
                "ligne;mois;volume_m2;cout_std;cout_reel\nOND2;09;412000;0.181;0.194\n",
            )
        ],
    ),
    m(
        "71023",
        "2025-11-14 16:40",
        "Groupe Halvard <halvard@taleo.net>",
        "Votre candidature - Réf. 25-0418",
        F("rejection", BRV, BRVR, 1, "taleo"),
        "Bonjour Elodie Marchetti,\n\nNous vous remercions de l'intérêt que vous portez au Groupe Halvard et du temps que vous "
        "avez consacré à notre processus de recrutement pour le poste de Contrôleur de gestion industriel H/F.\n\n"
        "Après une étude attentive, nous sommes au regret de vous informer que nous avons retenu une autre candidature, dont "
        "l'expérience en environnement papetier correspond plus précisément à nos besoins.\n\n"
        "Nous conservons votre profil dans notre base et ne manquerons pas de vous recontacter si une opportunité se présente.\n\n"
        "Cordialement,\nService Recrutement\nGroupe Halvard",
    ),
    # --- 3 / 16 Crédit Rhodanien (Caisse régionale) ---------------------------------------
    m(
        "71008",
        "2025-10-14 08:12",
        "Recrutement Crédit Rhodanien <ne-pas-repondre@ca-rhodanien-loire.fr>",
        "Nous avons bien reçu votre candidature",
        F("confirmation", CRR, CRR1, 3, "direct"),
        html=(
            "<html><body style='font-family:Arial'><table width='600'><tr><td style='background:#00734a;color:#fff;padding:12px'>"
            "<b>Crédit Rhodanien</b> Loire Rhône</td></tr><tr><td style='padding:16px'>"
            "<p>Madame Marchetti,</p><p>Nous avons bien reçu votre candidature au poste de <b>Contrôleur de gestion réseau H/F</b> "
            "(Lyon 3e, siège) et vous remercions de l'intérêt que vous portez à notre Caisse régionale.</p>"
            "<p>Nos équipes l'étudient avec attention. Sans réponse de notre part dans un délai de 4 semaines, vous pourrez "
            "considérer que votre candidature n'a pas été retenue.</p><p>Bien cordialement,<br>Direction des Ressources Humaines<br>"
            "Caisse Régionale de Crédit Rhodanien Loire Rhône – société coopérative à capital variable</p></td></tr></table></body></html>"
        ),
    ),
    m(
        "71016",
        "2025-10-29 17:55",
        "Jérôme Fayolle <jerome.fayolle@ca-rhodanien-loire.fr>",
        "Entretien poste Contrôleur de gestion réseau",
        F("interview", CRR, CRR1, 3, "direct"),
        "Bonjour Madame Marchetti,\n\nJe fais suite à notre échange téléphonique de ce jour. Je vous confirme votre entretien "
        "le mercredi 5 novembre à 10h30 au siège de la Caisse régionale, 18 cours Lafayette, avec Mme Noémie Bastide, "
        "responsable du contrôle de gestion, et moi-même.\n\nMerci de vous présenter à l'accueil muni(e) d'une pièce d'identité.\n\n"
        "Cordialement,\n\nJérôme Fayolle\nChargé de recrutement\nCrédit Rhodanien Loire Rhône",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000f13b@ca-rhodanien-loire.fr",
            "start": "2025-11-05 10:30:00 +0100",
            "minutes": 60,
            "summary": "Entretien E. Marchetti - CDG réseau",
            "organizer": ("Jérôme Fayolle", "jerome.fayolle@ca-rhodanien-loire.fr"),
            "attendees": [("Noémie Bastide", "noemie.bastide@ca-rhodanien-loire.fr")],
            "location": "Siège - 18 cours Lafayette - salle Pilat",
            "style": "outlook",
        },
    ),
    m(
        "71026",
        "2025-11-25 12:18",
        "Jérôme Fayolle <jerome.fayolle@ca-rhodanien-loire.fr>",
        "Votre candidature au poste de Contrôleur de gestion réseau",
        F("rejection", CRR, CRR1, 3, "direct"),
        "Bonjour Madame Marchetti,\n\nJe tenais à vous remercier à nouveau pour votre disponibilité et la qualité de nos "
        "échanges du 5 novembre.\n\nJe reviens vers vous pour vous informer que le poste a été pourvu en interne, par une "
        "collaboratrice de notre direction financière dont la candidature a été privilégiée dans le cadre de notre politique "
        "de mobilité.\n\nVotre profil a retenu toute notre attention et je me permettrai de vous recontacter si un poste "
        "similaire venait à s'ouvrir.\n\nBien cordialement,\n\nJérôme Fayolle\nChargé de recrutement\nCrédit Rhodanien Loire Rhône",
    ),
    m(
        "71041",
        "2026-01-12 19:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Elodie, votre candidature a été envoyée à Crédit Rhodanien",
        F("confirmation", CRR, CRR2, 16, "linkedin"),
        "Votre candidature a été envoyée à Crédit Rhodanien\n\nAnalyste pilotage financier H/F\nCrédit Rhodanien · Lyon, "
        "Auvergne-Rhône-Alpes, France (Sur site)\nCandidature envoyée le 12 janv. 2026\n\nAfficher l'offre d'emploi : "
        "https://www.linkedin.com/jobs/view/4318820461/\n\nBonne chance !\nL'équipe LinkedIn\n\n"
        "Cet e-mail était destiné à Elodie Marchetti (Contrôleuse de gestion | FP&A).\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.",
    ),
    m(
        "71052",
        "2026-02-20 10:04",
        "Recrutement Crédit Rhodanien <ne-pas-repondre@ca-rhodanien-loire.fr>",
        "Suite donnée à votre candidature",
        F("rejection", CRR, CRR2, 16, "direct"),
        html=(
            "<html><body style='font-family:Arial'><p>Madame Marchetti,</p><p>Vous avez postulé au poste d'<b>Analyste pilotage "
            "financier H/F</b> et nous vous en remercions.</p><p>Nous avons reçu de nombreuses candidatures de qualité. "
            "Malheureusement, nous ne pouvons donner une suite favorable à la vôtre.</p><p>Nous vous souhaitons pleine réussite "
            "dans vos recherches.</p><p>Direction des Ressources Humaines<br>Crédit Rhodanien Loire Rhône</p></body></html>"
        ),
    ),
    # --- 4 HCF (public hospital group) -> withdrawn -----------------------------------------
    m(
        "71033",
        "2025-12-01 09:41",
        "DRH Recrutement HCF <drh-recrutement@hcf-lyon.fr>",
        "Accusé de réception - candidature n° 2025-1187",
        F("confirmation", HCF, HCFR, 4, "direct"),
        "Madame,\n\nLa Direction des Ressources Humaines des Hospices Civils de Fourvière accuse réception de votre candidature "
        "au poste de contrôleur de gestion (Pôle Finances – Direction des Affaires Financières), enregistrée sous le numéro "
        "2025-1187.\n\nLe poste est ouvert aux titulaires de la fonction publique hospitalière et par voie contractuelle (CDD "
        "de 3 ans). Les candidats retenus pour un entretien seront contactés à l'issue de la date de clôture de l'offre, "
        "le 15 décembre 2025.\n\nNous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.\n\n"
        "Direction des Ressources Humaines\nHCF – Hospices Civils de Fourvière\n3 quai des Célestins – 69002 Lyon",
    ),
    m(
        "71044",
        "2026-01-07 14:26",
        "DRH Recrutement HCF <drh-recrutement@hcf-lyon.fr>",
        "Convocation - entretien de recrutement DAF / contrôle de gestion",
        F("interview", HCF, HCFR, 4, "direct"),
        "Madame,\n\nJ'ai le plaisir de vous informer que votre candidature a été retenue pour un entretien devant une commission "
        "composée de la Directrice des Affaires Financières, du responsable du contrôle de gestion et d'un représentant de la DRH.\n\n"
        "Date : jeudi 22 janvier 2026 à 9h30\nLieu : Siège HCF, bâtiment B, 2e étage, salle du Conseil\nDurée : 45 minutes "
        "(15 minutes de présentation de votre parcours, puis échanges)\n\nMerci de confirmer votre présence par retour de courriel.\n\n"
        "Pour le Directeur des Ressources Humaines,\nFlorence Guillermin\nAttachée d'administration hospitalière",
    ),
    m(
        "71066",
        "2026-03-13 11:02",
        "Florence Guillermin <florence.guillermin@hcf-lyon.fr>",
        "RE: Candidature n° 2025-1187 - désistement",
        F("confirmation", HCF, HCFR, 4, "direct"),
        "Madame,\n\nJe prends bonne note de votre désistement et vous remercie de nous en avoir informés rapidement. Votre "
        "dossier est clôturé.\n\nNous vous souhaitons une belle réussite dans vos nouvelles fonctions.\n\nCordialement,\n\n"
        "Florence Guillermin\nAttachée d'administration hospitalière – DRH\nHCF\n\n"
        "-----Message d'origine-----\nDe : Elodie Marchetti <elodie.marchetti@free.fr>\nEnvoyé : vendredi 13 mars 2026 08:47\n"
        "Objet : Candidature n° 2025-1187 - désistement\n\nMadame Guillermin,\n\nJe vous remercie pour l'entretien du 22 janvier "
        "et pour votre message m'indiquant que ma candidature restait en lice. Ayant accepté entre-temps une proposition dans le "
        "secteur privé, je souhaite retirer ma candidature au poste de contrôleur de gestion.\n\nBien cordialement,\nElodie Marchetti",
        st="withdrawn",
    ),
    m(
        "71050",
        "2026-02-09 15:30",
        "Florence Guillermin <florence.guillermin@hcf-lyon.fr>",
        "Votre candidature - contrôle de gestion DAF",
        F("interview", HCF, HCFR, 4, "direct"),
        "Madame,\n\nSuite à votre entretien du 22 janvier, la commission a souhaité poursuivre le processus avec vous. Un second "
        "entretien avec M. Dussert, Directeur général adjoint, pourrait être organisé courant mars ; je reviendrai vers vous "
        "dès que son agenda le permettra.\n\nCordialement,\nFlorence Guillermin\nDRH – HCF",
    ),
    # --- 5 Pikolo (start-up, WTTJ, founder on Gmail) -> offer declined -----------------------
    m(
        "71036",
        "2025-12-09 22:14",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ta candidature chez Pikolo a bien été envoyée 🚀",
        F("confirmation", PIK, PIKR, 5, "other"),
        html=(
            "<html><body><div style='max-width:560px;margin:auto;font-family:Helvetica'><img alt='WTTJ' src='https://cdn.welcometothejungle.com/logo.png'>"
            "<h2>C'est envoyé !</h2><p>Hello Elodie,</p><p>Ta candidature pour le poste <b>FP&amp;A / Finance Ops</b> chez "
            "<b>Pikolo</b> a bien été transmise à l'équipe.</p><p>Tu peux suivre son avancement depuis ton espace "
            "<a href='https://www.welcometothejungle.com/fr/me/applications'>Mes candidatures</a>.</p>"
            "<p>En attendant, découvre d'autres entreprises qui recrutent à Lyon 👀</p><p>L'équipe Welcome to the Jungle</p></div></body></html>"
        ),
    ),
    m(
        "71039",
        "2025-12-16 08:51",
        "Maxime Roux <maxime.roux.pk@gmail.com>",
        "Pikolo x Elodie",
        F("interview", PIK, PIKR, 5, "direct"),
        "Salut Elodie,\n\nMaxime, cofondateur de Pikolo (on fait le logiciel de caisse et de gestion pour les cavistes et "
        "épiceries fines). J'ai vu ta candidature passer sur WTTJ et ton parcours chez un industriel + ton côté outillage "
        "(Power BI, modèles de cash) nous parle beaucoup.\n\nOn est 28, on vient de lever et on cherche quelqu'un pour monter "
        "le FP&A de zéro avec notre CFO à temps partiel.\n\nDispo pour un café cette semaine ? Jeudi 8h30 au Café Mokxa "
        "(rue de l'Abbé Rozier) ou en visio si tu préfères.\n\nMaxime\n\nEnvoyé de mon iPhone",
    ),
    m(
        "71040",
        "2025-12-22 10:12",
        "Maxime Roux <maxime.roux.pk@gmail.com>",
        "Re: Pikolo x Elodie",
        F("assessment", PIK, PIKR, 5, "direct"),
        "Hello,\n\nMerci encore pour jeudi, super échange. Comme promis, voici le cas pratique : je t'ai partagé un Drive avec "
        "nos exports Stripe + Qonto anonymisés de 2025.\n\nL'idée : construire un budget 2026 simple (3 scénarios) et un "
        "suivi de burn mensuel. Pas besoin d'y passer tes vacances, on regarde surtout ta logique. Retour quand tu veux "
        "d'ici le 9 janvier, et on en discute ensemble avec Claire (notre CFO) ensuite.\n\nBonnes fêtes !\nMaxime\n\n"
        "Le jeu. 18 déc. 2025 à 19:03, Elodie Marchetti <elodie.marchetti@free.fr> a écrit :\n> Bonjour Maxime,\n> Merci pour "
        "le café ce matin, j'ai beaucoup apprécié l'échange.\n> Elodie",
    ),
    m(
        "71045",
        "2026-01-12 13:20",
        "Claire Delmas via Google Agenda <calendar-notification@google.com>",
        "Invitation: Pikolo - restitution cas pratique (Elodie) @ jeu. 15 janv. 2026 14:00 - 15:30 (CET)",
        F("interview", PIK, PIKR, 5, "direct"),
        "Claire Delmas vous a invité à un événement.\n\nPikolo - restitution cas pratique (Elodie)\nQuand : jeu. 15 janv. 2026 "
        "14:00 – 15:30 (heure normale d'Europe centrale - Paris)\nOù : Pikolo, 7 rue Burdeau, 69001 Lyon\n\nInvités :\n"
        "claire@pikolo.fr - organisateur\nmaxime@pikolo.fr\nelodie.marchetti@free.fr\n\nRépondre : Oui - Peut-être - Non\n\n"
        "Invitation de Google Agenda",
        reply_to="claire@pikolo.fr",
        sender="Google Calendar <calendar-notification@google.com>",
        ics={
            "uid": "3v9o1kq2m7c8p4r0a1b2c3d4e5@google.com",
            "start": "2026-01-15 14:00:00 +0100",
            "minutes": 90,
            "summary": "Pikolo - restitution cas pratique (Elodie)",
            "organizer": ("Claire Delmas", "claire@pikolo.fr"),
            "attendees": [("Maxime Roux", "maxime@pikolo.fr")],
            "location": "Pikolo, 7 rue Burdeau, 69001 Lyon",
        },
    ),
    m(
        "71055",
        "2026-02-26 18:45",
        "Maxime Roux <maxime@pikolo.fr>",
        "On aimerait que tu nous rejoignes",
        F("offer", PIK, PIKR, 5, "direct"),
        "Hello Elodie,\n\nComme je te l'ai dit au téléphone tout à l'heure : on aimerait vraiment que tu rejoignes Pikolo pour "
        "monter la fonction FP&A.\n\nCe qu'on te propose :\n- CDI, statut cadre, 52 k€ brut fixe + 4 k€ variable\n- 0,15 % en BSPCE "
        "(vesting 4 ans)\n- 2 jours de télétravail par semaine\n- Démarrage idéalement 1er avril\n\nJe t'envoie la lettre "
        "d'offre formelle demain via Claire. Prends le temps d'y réfléchir et appelle-moi si tu as la moindre question.\n\n"
        "Maxime\nCo-founder & CEO – Pikolo\n06 12 77 40 58",
    ),
    m(
        "71064",
        "2026-03-11 20:31",
        "Maxime Roux <maxime@pikolo.fr>",
        "Re: Offre Pikolo",
        F("offer", PIK, PIKR, 5, "direct"),
        "Elodie,\n\nMerci pour ton message honnête, même si évidemment on est déçus. On comprend tout à fait, c'est un très "
        "beau poste et ça a du sens pour toi.\n\nOn garde contact, et si un jour tu as envie de l'aventure start-up, la porte "
        "est ouverte.\n\nBelle prise de poste !\nMaxime\n\n> Le mer. 11 mars 2026 à 17:58, Elodie Marchetti a écrit :\n> Bonjour "
        "Maxime, bonjour Claire,\n> Après beaucoup de réflexion, j'ai décidé de ne pas donner suite à votre offre : j'ai accepté "
        "une proposition dans un groupe agroalimentaire.\n> Merci encore pour la confiance.\n> Elodie",
        st="declined",
    ),
    # --- 2 Tréval (Maison Tréval SAS, SmartRecruiters) -> accepted --------------------------
    m(
        "71042",
        "2026-01-08 11:27",
        "Maison Tréval SAS <noreply@smartrecruiters.com>",
        "Merci pour votre candidature chez Maison Tréval SAS",
        F("confirmation", TRV, TRVR, 2, "smartrecruiters"),
        "Bonjour Elodie,\n\nMerci d'avoir postulé au poste Analyste FP&A H/F chez Maison Tréval SAS.\n\nNotre équipe Talent "
        "Acquisition examine actuellement votre candidature. Si votre profil correspond à nos besoins, nous vous contacterons "
        "pour la suite du processus. Si vous n'êtes pas retenu(e), vous en serez également informé(e) par e-mail.\n\n"
        "Cordialement,\nL'équipe Recrutement Tréval\n\nPowered by SmartRecruiters",
    ),
    m(
        "71047",
        "2026-01-20 09:14",
        "Aurélie Besson <aurelie.besson@treval.fr>",
        "Tréval - Analyste FP&A : échange téléphonique",
        F("interview", TRV, TRVR, 2, "direct"),
        "Bonjour Elodie,\n\nVotre candidature pour le poste d'Analyste FP&A a retenu notre attention. Je vous propose un premier "
        "échange téléphonique de 30 minutes pour faire connaissance et vous présenter le poste (rattachement au Responsable "
        "FP&A Groupe, périmètre 3 usines + négoce).\n\nVous pouvez réserver un créneau directement ici : "
        "https://calendly.com/aurelie-besson-treval/30min\n\nBelle journée,\n\nAurélie Besson\nTalent Acquisition Partner\n"
        "Tréval – Maison fondée en 1962\nwww.treval.fr",
    ),
    m(
        "71048",
        "2026-01-21 17:02",
        "Calendly <notifications@calendly.com>",
        "Nouvel événement : Elodie Marchetti - 22 janv. 2026 10:00",
        F("interview", TRV, TRVR, 2, "other"),
        "Bonjour Elodie Marchetti,\n\nUn nouvel événement a été planifié.\n\nType d'événement : Échange 30 min - Tréval\n"
        "Invité : Aurélie Besson\nDate/heure : 10:00 - jeudi 22 janvier 2026 (heure d'Europe centrale)\nLieu : Aurélie vous "
        "appellera au 06 71 42 18 93\n\nVoir l'événement dans Calendly",
    ),
    m(
        "71051",
        "2026-02-02 16:48",
        "Aurélie Besson <aurelie.besson@treval.fr>",
        "Entretien avec Thomas Rivoire et Hélène Cordier - 10/02",
        F("interview", TRV, TRVR, 2, "direct"),
        "Bonjour Elodie,\n\nSuite à notre échange, j'ai le plaisir de vous convier à un entretien avec Thomas Rivoire "
        "(Responsable FP&A Groupe) et Hélène Cordier (DAF) le mardi 10 février à 14h00 dans nos locaux de Villeurbanne.\n\n"
        "Une invitation Outlook suit. À l'issue de cet entretien, nous vous proposerons un cas pratique à réaliser chez vous.\n\n"
        "Bien à vous,\nAurélie",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000aa71@treval.fr",
            "start": "2026-02-10 14:00:00 +0100",
            "minutes": 90,
            "summary": "Entretien Analyste FP&A - Elodie Marchetti",
            "organizer": ("Aurélie Besson", "aurelie.besson@treval.fr"),
            "attendees": [
                ("Thomas Rivoire", "thomas.rivoire@treval.fr"),
                ("Hélène Cordier", "helene.cordier@treval.fr"),
            ],
            "location": "Tréval - 41 avenue Roger Salengro, Villeurbanne",
            "style": "outlook",
        },
    ),
    m(
        "71053",
        "2026-02-11 12:10",
        "Thomas Rivoire <thomas.rivoire@treval.fr>",
        "Cas pratique FP&A",
        F("assessment", TRV, TRVR, 2, "direct"),
        "Bonjour Elodie,\n\nMerci pour l'échange d'hier. Comme annoncé, voici le cas pratique : à partir des données jointes "
        "(P&L mensuel 2025 de deux usines), préparez un reforecast à fin d'année et une note de 1 page sur les principaux "
        "écarts prix/volume/mix. Vous avez jusqu'au lundi 16 février.\n\nNous en discuterons ensemble lors d'une restitution "
        "de 45 minutes.\n\nCordialement,\nThomas Rivoire\nResponsable FP&A Groupe\nMaison Tréval SAS",
    ),
    m(
        "71058",
        "2026-03-02 18:20",
        "Aurélie Besson <aurelie.besson@treval.fr>",
        "Proposition - Analyste FP&A",
        F("offer", TRV, TRVR, 2, "direct"),
        "Bonjour Elodie,\n\nComme évoqué au téléphone, nous sommes ravis de vous proposer de rejoindre Tréval en tant "
        "qu'Analyste FP&A.\n\nLes éléments principaux : CDI cadre, 55 000 € bruts annuels + 10 % de bonus cible, forfait jours, "
        "télétravail 2 jours/semaine, prise de poste le 1er avril 2026.\n\nVous recevrez la promesse d'embauche formelle "
        "dans les prochains jours.\n\nÀ très vite, j'espère !\nAurélie",
    ),
    m(
        "71061",
        "2026-03-06 15:05",
        "Aurélie Besson <aurelie.besson@treval.fr>",
        "Promesse d'embauche - Elodie Marchetti",
        F("offer", TRV, TRVR, 2, "direct"),
        "Bonjour Elodie,\n\nVeuillez trouver ci-joint votre promesse d'embauche pour le poste d'Analyste FP&A. Merci de nous "
        "la retourner datée et signée, précédée de la mention « Bon pour accord », avant le 13 mars.\n\nBien à vous,\n\n"
        "Aurélie Besson\nTalent Acquisition Partner\nMaison Tréval SAS – 41 avenue Roger Salengro – 69100 Villeurbanne\n"
        "SAS au capital de 2 400 000 € – RCS Lyon 412 887 301",
        attach=[
            (
                "Promesse_embauche_EMarchetti.txt",
                "text/plain",
                "PROMESSE D'EMBAUCHE\nMaison Tréval SAS propose à Mme Elodie Marchetti le poste d'Analyste FP&A...\n",
            )
        ],
    ),
    m(
        "71063",
        "2026-03-10 09:33",
        "Aurélie Besson <aurelie.besson@treval.fr>",
        "RE: Promesse d'embauche - Elodie Marchetti",
        F("offer", TRV, TRVR, 2, "direct"),
        "Bonjour Elodie,\n\nBien reçu votre promesse signée, merci ! Toute l'équipe est ravie de vous accueillir le 1er avril.\n\n"
        "Je reviens vers vous la semaine prochaine pour les formalités (mutuelle, badge, poste de travail).\n\nBelle journée,\n"
        "Aurélie\n\n-----Message d'origine-----\nDe : Elodie Marchetti\nEnvoyé : lundi 9 mars 2026 22:14\nObjet : RE: Promesse "
        "d'embauche - Elodie Marchetti\n\nBonjour Aurélie,\nVous trouverez ci-joint la promesse d'embauche signée.\nBien cordialement,\nElodie",
        st="accepted",
    ),
    m(
        "71067",
        "2026-03-19 10:40",
        "Tréval - Onboarding <onboarding@treval.fr>",
        "Bienvenue chez Tréval ! Votre arrivée le 1er avril",
        ("other_job", TRV, TRVR, None, "direct", "fr"),
        "Bonjour Elodie,\n\nVotre arrivée approche ! Voici quelques informations pratiques :\n- Accueil le mercredi 1er avril à "
        "9h00, à l'accueil du siège de Villeurbanne\n- Merci de compléter votre dossier administratif sur le portail avant le "
        "25 mars (RIB, carte vitale, pièce d'identité)\n- Déjeuner d'intégration avec l'équipe finance\n\nÀ bientôt,\nL'équipe RH Tréval",
    ),
    # --- 8 Ondrelle Industries via Lavergne Conseil (cabinet) -> on hold -------------------
    m(
        "71012",
        "2025-10-16 12:47",
        "Bertrand Lavergne <b.lavergne@lavergne-conseil.fr>",
        "Opportunité Contrôleur de gestion usine - groupe industriel (Nord Isère)",
        ("outreach", None, ONDR, None, "agency", "fr"),
        "Bonjour Madame Marchetti,\n\nJe me permets de vous contacter suite à la consultation de votre profil sur l'APEC.\n\n"
        "Nous accompagnons un groupe industriel de la région (plasturgie technique, 1 100 personnes, 6 sites) dans le recrutement "
        "d'un Contrôleur de gestion usine pour son site principal, à 35 minutes de Lyon. Rattachement au DAF de la BU, "
        "pilotage des coûts de revient et du budget.\n\nSeriez-vous disponible pour un échange téléphonique de 20 minutes "
        "cette semaine ?\n\nBien cordialement,\n\nBertrand Lavergne\nAssocié – Lavergne Conseil\nCabinet de recrutement "
        "Finance & Industrie\n04 72 41 90 66",
    ),
    m(
        "71015",
        "2025-10-27 18:03",
        "Bertrand Lavergne <b.lavergne@lavergne-conseil.fr>",
        "RE: Opportunité Contrôleur de gestion usine - présentation client",
        F("interview", OND, ONDR, 8, "agency"),
        "Bonjour Elodie,\n\nComme convenu, j'ai présenté votre candidature à notre client : il s'agit d'Ondrelle Industries, "
        "site de Saint-Quentin-Fallavier. Le DAF, M. Xavier Colomb, souhaite vous rencontrer le jeudi 6 novembre à 16h sur "
        "site.\n\nJe vous joins la fiche de poste détaillée. Je vous appelle la veille pour préparer l'entretien.\n\n"
        "Bien à vous,\nBertrand\n\n-----Message d'origine-----\nDe : Elodie Marchetti\nEnvoyé : vendredi 17 octobre 2025 09:12\n"
        "Objet : RE: Opportunité Contrôleur de gestion usine - groupe industriel (Nord Isère)\n\nBonjour Monsieur Lavergne,\n"
        "Merci pour votre message, je suis disponible lundi après-midi.\nCordialement,\nElodie Marchetti",
    ),
    m(
        "71027",
        "2025-12-02 11:15",
        "Bertrand Lavergne <b.lavergne@lavergne-conseil.fr>",
        "Ondrelle - point d'étape",
        F("confirmation", OND, ONDR, 8, "agency"),
        "Bonjour Elodie,\n\nJe reviens vers vous concernant le poste chez Ondrelle. Votre entretien avec M. Colomb s'est très bien "
        "passé et vous faisiez partie des deux finalistes.\n\nMalheureusement, le groupe vient d'annoncer un gel des "
        "recrutements sur ses fonctions support jusqu'à la clôture des comptes annuels : le recrutement est donc suspendu, "
        "a priori jusqu'en mars. Je ne manquerai pas de revenir vers vous dès qu'il sera relancé.\n\nBien cordialement,\n"
        "Bertrand Lavergne\nLavergne Conseil",
        st="on_hold",
    ),
    # --- 9 Laboratoires Seyvoz via Tempora Intérim -------------------------------------------
    m(
        "71019",
        "2025-11-03 08:58",
        "Tempora Intérim Lyon Part-Dieu <lyon-partdieu@tempora-interim.fr>",
        "Votre candidature - mission Contrôleur de gestion 6 mois",
        F("confirmation", SEY, SEYR, 9, "agency"),
        "Bonjour Elodie,\n\nNous avons bien reçu votre candidature pour la mission de Contrôleur de gestion (6 mois, démarrage "
        "ASAP) chez notre client Laboratoires Seyvoz à Marcy-l'Étoile. Votre CV a été transmis au responsable de l'agence.\n\n"
        "Pour finaliser votre inscription, merci de nous transmettre votre pièce d'identité, votre carte vitale et un RIB.\n\n"
        "Belle journée,\nKarima – Chargée de recrutement\nTempora Intérim – Agence Lyon Part-Dieu\n04 37 24 18 00",
    ),
    m(
        "71022",
        "2025-11-12 17:36",
        "Tempora Intérim Lyon Part-Dieu <lyon-partdieu@tempora-interim.fr>",
        "Mission Laboratoires Seyvoz",
        F("rejection", SEY, SEYR, 9, "agency"),
        "Bonjour Elodie,\n\nNous vous informons que la mission de Contrôleur de gestion chez Laboratoires Seyvoz a été pourvue. "
        "Nous gardons votre dossier actif et ne manquerons pas de vous proposer d'autres missions correspondant à votre profil.\n\n"
        "Cordialement,\nL'agence Tempora Lyon Part-Dieu",
    ),
    # --- 12 Transports Baudry (Indeed), ghosted -----------------------------------------------
    m(
        "71013",
        "2025-10-22 20:18",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Contrôleur de gestion transport H/F",
        F("confirmation", BAU, BAUR, 12, "indeed"),
        html=(
            "<html><body><table style='font-family:Arial;max-width:600px'><tr><td><img src='https://www.indeed.com/images/indeed_logo.png' alt='indeed'></td></tr>"
            "<tr><td><h2>Candidature envoyée</h2><p><b>Contrôleur de gestion transport H/F</b><br>Transports Baudry - Corbas (69)</p>"
            "<p>Les éléments suivants ont été envoyés à l'employeur : CV_Elodie_Marchetti_2025.pdf, lettre de motivation.</p>"
            "<p>Vous serez notifié(e) si l'employeur consulte votre candidature.</p>"
            "<p><a href='https://fr.indeed.com/myjobs'>Voir mes candidatures</a></p><p style='font-size:11px;color:#777'>© 2025 Indeed</p></td></tr></table></body></html>"
        ),
    ),
    # --- 13 Fromageries Chanteloup (APEC) ----------------------------------------------------
    m(
        "71007",
        "2025-10-10 10:26",
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre candidature a bien été envoyée",
        F("confirmation", CHT, CHTR, 13, "other"),
        "Bonjour Elodie MARCHETTI,\n\nVotre candidature à l'offre « Contrôleur de gestion H/F » (réf. 176543218W) de la société "
        "FROMAGERIES CHANTELOUP a bien été envoyée au recruteur.\n\nRetrouvez le suivi de vos candidatures dans votre espace "
        "Apec, rubrique « Mes candidatures ».\n\nL'équipe Apec\nAssociation pour l'emploi des cadres",
    ),
    m(
        "71020",
        "2025-11-05 14:52",
        "Recrutement Chanteloup <rh@fromageries-chanteloup.fr>",
        "Votre candidature - Contrôleur de gestion",
        F("rejection", CHT, CHTR, 13, "direct"),
        "Madame,\n\nNous avons bien reçu votre candidature au poste de Contrôleur de gestion et vous remercions de l'intérêt "
        "que vous portez aux Fromageries Chanteloup.\n\nAprès examen de votre dossier, nous sommes au regret de ne pouvoir y "
        "donner une suite favorable, d'autres profils correspondant davantage aux exigences du poste.\n\nNous vous souhaitons "
        "bonne chance dans vos recherches.\n\nLe service Ressources Humaines\nFromageries Chanteloup SA – Saint-Laurent-de-Chamousset",
    ),
    # --- 14 Imprimerie Vallon (HelloWork) ----------------------------------------------------
    m(
        "71009",
        "2025-10-15 07:41",
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature chez Imprimerie Vallon",
        F("confirmation", VAL, VALR, 14, "other"),
        "Bonjour Elodie,\n\nVotre candidature au poste de Contrôleur de gestion F/H chez Imprimerie Vallon à Vaulx-en-Velin (69) "
        "a bien été envoyée.\n\nBon à savoir : vous serez informé(e) par e-mail dès que le recruteur aura consulté votre candidature.\n\n"
        "L'équipe HelloWork",
    ),
    m(
        "71010",
        "2025-10-17 13:02",
        "HelloWork <candidature@hellowork.com>",
        "Bonne nouvelle, votre candidature a été consultée",
        F("viewed", VAL, VALR, 14, "other"),
        "Bonjour Elodie,\n\nLe recruteur Imprimerie Vallon a consulté votre candidature au poste de Contrôleur de gestion F/H.\n\n"
        "Pour maximiser vos chances, pensez à compléter votre profil HelloWork.\n\nL'équipe HelloWork",
    ),
    m(
        "71018",
        "2025-10-31 09:22",
        "HelloWork <candidature@hellowork.com>",
        "Réponse à votre candidature chez Imprimerie Vallon",
        F("rejection", VAL, VALR, 14, "other"),
        "Bonjour Elodie,\n\nImprimerie Vallon vous a répondu :\n\n« Madame, nous vous remercions pour votre candidature. Nous avons "
        "finalement orienté notre choix vers un profil ayant une expérience plus longue dans le secteur de l'imprimerie. "
        "Nous vous souhaitons une bonne continuation. »\n\nNe vous découragez pas : 12 nouvelles offres correspondent à votre "
        "recherche à Lyon.\n\nL'équipe HelloWork",
    ),
    # --- 15 / 22 Nexolyne (LinkedIn, Teamtailor) -> re-application -------------------------
    m(
        "71028",
        "2025-11-18 21:06",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Elodie, votre candidature a été envoyée à Nexolyne",
        F("confirmation", NEX, NEXR, 15, "linkedin"),
        "Votre candidature a été envoyée à Nexolyne\n\nFP&A Analyst\nNexolyne · Lyon (Hybride)\nCandidature envoyée le 18 nov. "
        "2025\n\nAfficher l'offre d'emploi : https://www.linkedin.com/jobs/view/4297716035/\n\nL'équipe LinkedIn",
    ),
    m(
        "71030",
        "2025-11-21 09:47",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Nexolyne",
        F("viewed", NEX, NEXR, 15, "linkedin"),
        "Bonne nouvelle, Elodie !\n\nNexolyne a consulté votre candidature pour le poste FP&A Analyst.\n\n"
        "https://www.linkedin.com/jobs/view/4297716035/\n\nL'équipe LinkedIn",
    ),
    m(
        "71034",
        "2025-12-03 16:25",
        "Nexolyne <no-reply@teamtailor-mail.com>",
        "Votre candidature chez Nexolyne",
        F("rejection", NEX, NEXR, 15, "teamtailor"),
        "Bonjour Elodie,\n\nMerci beaucoup pour l'intérêt que vous portez à Nexolyne et pour votre candidature au poste de "
        "FP&A Analyst. Nous avons apprécié découvrir votre parcours.\n\nNous avons toutefois décidé de poursuivre avec des "
        "profils davantage issus de l'univers SaaS, avec une expérience des métriques ARR/MRR.\n\nNous vous souhaitons le "
        "meilleur pour la suite.\n\nL'équipe Talent de Nexolyne",
    ),
    m(
        "71060",
        "2026-03-04 12:38",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Elodie, votre candidature a été envoyée à Nexolyne",
        F("confirmation", NEX, NEXR2, 22, "linkedin"),
        "Votre candidature a été envoyée à Nexolyne\n\nBusiness Analyst Finance\nNexolyne · Lyon (Hybride)\nCandidature envoyée "
        "le 4 mars 2026\n\nAfficher l'offre d'emploi : https://www.linkedin.com/jobs/view/4351190872/\n\nL'équipe LinkedIn",
    ),
    # --- 17 Balto Énergie (Teamtailor) --------------------------------------------------------
    m(
        "71024",
        "2025-11-17 10:03",
        "Balto Énergie <no-reply@teamtailor-mail.com>",
        "Merci pour votre candidature !",
        F("confirmation", BAL, BALR, 17, "teamtailor"),
        "Bonjour Elodie,\n\nMerci pour votre candidature au poste de Contrôleur de gestion projets H/F ! Nous l'avons bien reçue "
        "et allons l'étudier dans les meilleurs délais.\n\nSi votre profil ne correspondait pas à nos attentes pour ce poste, "
        "nous vous tiendrons informée.\n\nÀ bientôt,\nL'équipe Balto",
    ),
    m(
        "71029",
        "2025-11-26 14:11",
        "Inès Morel <ines.morel@balto-energie.com>",
        "Invitation : entretien Contrôleur de gestion projets",
        F("interview", BAL, BALR, 17, "teamtailor"),
        "Bonjour Elodie,\n\nNous souhaiterions vous rencontrer pour échanger sur le poste de contrôleur de gestion projets "
        "(portefeuille de centrales solaires en développement). Je vous propose un entretien en visio le 3 décembre à 11h.\n\n"
        "Le lien Teams figure dans l'invitation jointe.\n\nInès Morel\nHR Business Partner – Balto Énergie",
        sender="Balto Énergie <no-reply@teamtailor-mail.com>",
        ics={
            "uid": "tt-interview-88217@teamtailor.com",
            "start": "2025-12-03 11:00:00 +0100",
            "minutes": 45,
            "summary": "Entretien - Elodie Marchetti / Balto Énergie",
            "organizer": ("Inès Morel", "ines.morel@balto-energie.com"),
            "location": "Microsoft Teams",
        },
    ),
    m(
        "71035",
        "2025-12-08 18:09",
        "Balto Énergie <no-reply@teamtailor-mail.com>",
        "Suite à notre échange",
        F("rejection", BAL, BALR, 17, "teamtailor"),
        "Bonjour Elodie,\n\nMerci encore pour le temps que vous nous avez accordé la semaine dernière. Nous avons beaucoup "
        "apprécié votre approche des coûts à terminaison et votre aisance avec les outils.\n\nAprès réflexion, nous avons "
        "choisi un candidat ayant déjà travaillé sur des projets d'énergies renouvelables, ce qui était déterminant pour "
        "l'équipe à ce stade.\n\nNous espérons avoir l'occasion de recroiser votre route.\n\nInès Morel\nBalto Énergie",
    ),
    # --- 19 Ocelle (WTTJ), ghosted ---------------------------------------------------------
    m(
        "71037",
        "2025-12-10 07:55",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ta candidature chez Ocelle a bien été envoyée 🚀",
        F("confirmation", OCE, OCER, 19, "other"),
        html=(
            "<html><body><div style='max-width:560px;margin:auto;font-family:Helvetica'><h2>C'est envoyé !</h2><p>Hello Elodie,</p>"
            "<p>Ta candidature pour le poste <b>Analyste financier·e</b> chez <b>Ocelle</b> a bien été transmise à l'équipe.</p>"
            "<p>Suis-la depuis ton espace <a href='https://www.welcometothejungle.com/fr/me/applications'>Mes candidatures</a>.</p>"
            "<p>L'équipe Welcome to the Jungle</p></div></body></html>"
        ),
    ),
    # --- 20 Orsalia via Selvane Partners ---------------------------------------------------
    m(
        "71031",
        "2025-11-24 11:20",
        "Hugo Perrin <hugo.perrin@selvane-partners.com>",
        "Contrôleur de gestion retail - Orsalia",
        ("outreach", ORS, ORSR, None, "agency", "fr"),
        "Bonjour Elodie,\n\nHugo, consultant chez Selvane Partners (recrutement Finance). Je recrute pour Orsalia, l'enseigne "
        "de prêt-à-porter du Groupe Mirabeau Distribution, un Contrôleur de gestion retail basé à leur siège de Lyon 2e "
        "(120 magasins, reporting hebdo, plans d'action avec les directeurs régionaux).\n\nVotre profil me semble pertinent. "
        "Seriez-vous ouverte à en discuter ?\n\nHugo Perrin\nSenior Consultant – Selvane Partners\n06 45 18 22 09",
    ),
    m(
        "71038",
        "2025-12-11 09:30",
        "Hugo Perrin <hugo.perrin@selvane-partners.com>",
        "RE: Contrôleur de gestion retail - Orsalia",
        F("interview", ORS, ORSR, 20, "agency"),
        "Bonjour Elodie,\n\nMerci pour notre échange de ce matin, je vous confirme que je présente votre candidature à Orsalia. "
        "La Responsable contrôle de gestion, Mme Karine Sallès, vous recevra le vendredi 19 décembre à 10h au siège "
        "(15 quai Perrache).\n\nJe vous envoie d'ici là quelques éléments sur l'organisation.\n\nBien à vous,\nHugo",
    ),
    m(
        "71043",
        "2026-01-06 17:44",
        "Hugo Perrin <hugo.perrin@selvane-partners.com>",
        "Retour Orsalia",
        F("rejection", ORS, ORSR, 20, "agency"),
        "Bonjour Elodie,\n\nJ'espère que vous avez passé de bonnes fêtes.\n\nJ'ai eu le retour d'Orsalia : Mme Sallès a apprécié "
        "votre rigueur et la clarté de vos explications, mais elle a finalement retenu une candidate ayant une expérience "
        "retail multi-sites, qui pourra être opérationnelle plus vite.\n\nJe suis désolé de ne pas avoir de meilleure nouvelle. "
        "Je garde votre profil en tête pour mes prochaines missions.\n\nHugo",
    ),
    # --- 23 Domaines Berthaud (Indeed) ----------------------------------------------------
    m(
        "71046",
        "2026-01-14 22:40",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Contrôleur de gestion commercial H/F",
        F("confirmation", BER, BERR, 23, "indeed"),
        "Candidature envoyée\n\nContrôleur de gestion commercial H/F\nDomaines Berthaud - Villefranche-sur-Saône (69)\n\n"
        "Vous serez notifié(e) si l'employeur consulte votre candidature.\n\nVoir mes candidatures : https://fr.indeed.com/myjobs",
    ),
    m(
        "71049",
        "2026-01-23 12:05",
        "Pauline Berthaud <pauline@domaines-berthaud.fr>",
        "Candidature contrôleur de gestion - échange ?",
        F("interview", BER, BERR, 23, "direct"),
        "Bonjour Madame Marchetti,\n\nJ'ai bien reçu votre candidature via Indeed pour le poste de contrôleur de gestion "
        "commercial. Seriez-vous disponible pour un premier entretien téléphonique mardi 27 janvier en fin de matinée ?\n\n"
        "Cordialement,\nPauline Berthaud\nDirectrice administrative et financière\nDomaines Berthaud – Vins du Beaujolais depuis 1908",
    ),
    m(
        "71054",
        "2026-02-24 08:40",
        "Pauline Berthaud <pauline@domaines-berthaud.fr>",
        "Poste de contrôleur de gestion commercial",
        F("rejection", BER, BERR, 23, "direct"),
        "Bonjour Madame Marchetti,\n\nJe vous remercie pour notre échange téléphonique et pour votre intérêt. Nous avons "
        "finalement décidé de revoir le périmètre du poste et de le confier à un profil plus junior, en alternance. Je ne "
        "peux donc pas donner suite à votre candidature.\n\nJe vous souhaite une belle réussite.\n\nPauline Berthaud",
    ),
    # --- 24 Alvéa Assurances (APEC) -----------------------------------------------------------
    m(
        "71056",
        "2026-02-05 19:12",
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre candidature a bien été envoyée",
        F("confirmation", ALV, ALVR, 24, "other"),
        "Bonjour Elodie MARCHETTI,\n\nVotre candidature à l'offre « Contrôleur de gestion H/F » (réf. 177120044W) de la société "
        "ALVEA ASSURANCES MUTUELLES a bien été envoyée au recruteur.\n\nRetrouvez le suivi de vos candidatures dans votre "
        "espace Apec.\n\nL'équipe Apec",
    ),
    m(
        "71062",
        "2026-03-09 11:48",
        "Alvéa - Recrutement <talents@alvea-assurances.fr>",
        "Votre candidature chez Alvéa",
        F("rejection", ALV, ALVR, 24, "direct"),
        "Madame,\n\nNous revenons vers vous concernant votre candidature au poste de Contrôleur de gestion. Malgré l'intérêt "
        "de votre parcours, celle-ci n'a pas été retenue.\n\nSachez que nous étudions chaque candidature avec la plus grande "
        "attention et que cette décision ne remet pas en cause vos compétences.\n\nL'équipe Recrutement Alvéa\n"
        "Alvéa Assurances Mutuelles – société d'assurance mutuelle régie par le Code des assurances",
    ),
    m(
        "71014",
        "2025-10-24 10:31",
        "Indeed <indeedapply@indeed.com>",
        "Votre candidature a été consultée par Transports Baudry",
        F("viewed", BAU, BAUR, 12, "indeed"),
        "Bonne nouvelle !\n\nTransports Baudry a consulté votre candidature pour le poste Contrôleur de gestion transport H/F.\n\n"
        "Pendant que vous attendez, découvrez des emplois similaires à Lyon.\n\nIndeed",
    ),
    m(
        "71021",
        "2025-11-04 16:10",
        "Tempora Intérim Lyon Part-Dieu <lyon-partdieu@tempora-interim.fr>",
        "Votre inscription chez Tempora est finalisée",
        ("other_job", None, None, None, "agency", "fr"),
        "Bonjour Elodie,\n\nVotre dossier d'inscription est complet. Téléchargez l'application Tempora & Moi pour consulter vos "
        "missions, signer vos contrats et déclarer vos heures.\n\nL'agence Tempora Lyon Part-Dieu",
    ),
    m(
        "71032",
        "2025-11-29 11:20",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ta candidature est incomplète",
        ("alert", "Ocelle", "Analyste financier·e", None, "other", "fr"),
        "Hello Elodie,\n\nTu as commencé à postuler chez Ocelle pour le poste Analyste financier·e mais il manque encore ta "
        "lettre de motivation. Termine ta candidature en 2 minutes !\n\nL'équipe Welcome to the Jungle",
    ),
]

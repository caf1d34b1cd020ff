# ruff: noqa: E501
"""Corpus 97, French job mail (data only): see heldout97.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    if day < "2025-10-26":
        return "+0200"
    return "+0100"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "fr")


ME_CN = "Camille Fabre-Roussel"
GA, GA1, GA2 = (
    "Garonne Aéro",
    "Responsable Qualité Fournisseurs",
    "Chef de projet qualité programme",
)
AL, ALR = "Altiverre", "Chef de projet industrialisation"
ST, STR = "Stellaire Composites", "Quality Lead"
CO, COR = "Corvalis Aerospace", "Responsable Qualité Programme"
HE, HER = "Hélicéa", "Ingénieur qualité projet"
MF, MFR = "Mécafor", "Responsable qualité"
LA, LAR = "Laurentin Industries", "Chef de projet qualité"
TA, TAR = "Tarnaéro", "Quality Manager"
CI, CIR = "Ciel Ouvert", "Head of Quality"
DV, DVR = "Dauval Précision", "Responsable qualité et amélioration continue"
SO, SOR = "Sorbel Maintenance", "Chef de projet MRO"
LC, LCR = "Usinage Lacombe", "Responsable Qualité"
TH, THR = "Thalmor", "Chef de projet programme défense"
LH, LHR = "Lasserre Hydraulique", "Responsable assurance qualité"
VP, VPR = "Vectral Propulsion", "Program Manager Qualité"
KA, KAR = "Kaori", "Chef de projet certification"
SA, SAR = "SOAS", "Responsable qualité site"
BA, BAR = "BAM", "Responsable qualité Part 145"


def teams(uid, start, summary, org, minutes=45, desc="Réunion Microsoft Teams"):
    return {
        "style": "outlook",
        "uid": uid,
        "start": start,
        "minutes": minutes,
        "summary": summary,
        "organizer": org,
        "location": "Réunion Microsoft Teams",
        "description": desc
        + "\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        + uid[:12]
        + "\nID de réunion : 341 772 905 118\nCode secret : q7Ld2X",
    }


MAIL: list[dict[str, Any]] = [
    # --- 1 Garonne Aéro (Groupe Vellane, Taleo) ------------------------------------------
    m(
        "7301",
        "2025-09-03 09:14",
        "Vellane Recrutement <vellane@taleo.net>",
        "Accusé de réception - Responsable Qualité Fournisseurs (H/F) - Réf. 25-0412",
        A("confirmation", GA, GA1, 1, "taleo"),
        "Madame, Monsieur,\n\nNous accusons réception de votre candidature au poste de Responsable Qualité Fournisseurs (H/F), référence 25-0412, basé à Colomiers.\n\nVotre dossier va être étudié avec attention par nos équipes Ressources Humaines et par le manager du poste. Si votre profil correspond à nos besoins, nous vous contacterons dans les prochaines semaines. Dans le cas contraire, nous vous tiendrons informé(e) par e-mail.\n\nVous pouvez suivre l'état de votre candidature à tout moment depuis votre espace candidat.\n\nCordialement,\n\nLe Centre de Services Partagés RH\nGroupe Vellane - pour Garonne Aéro SAS\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.",
    ),
    m(
        "7302",
        "2025-09-11 16:02",
        "Vellane Recrutement <vellane@taleo.net>",
        "Invitation : questionnaire de personnalité",
        A("assessment", GA, GA1, 1, "taleo"),
        "Bonjour Camille,\n\nDans le cadre du processus de recrutement pour le poste de Responsable Qualité Fournisseurs (réf. 25-0412), nous vous invitons à compléter un questionnaire de personnalité en ligne.\n\nDurée estimée : 25 minutes. Il n'y a pas de bonnes ou de mauvaises réponses.\nLien personnel (valable 7 jours) : https://assess.vellane-group.fr/q/8fK2mZ\n\nNous vous remercions de votre implication.\n\nL'équipe Talent Acquisition\nGaronne Aéro - une société du Groupe Vellane",
    ),
    m(
        "7303",
        "2025-09-22 11:40",
        "Sophie Marchetti <sophie.marchetti@garonne-aero.fr>",
        "Entretien - Responsable Qualité Fournisseurs",
        A("interview", GA, GA1, 1, "direct"),
        "Bonjour Madame Fabre-Roussel,\n\nSuite à l'étude de votre candidature et à votre questionnaire, nous souhaiterions échanger avec vous lors d'un premier entretien en visio avec Laurent Bessière, responsable des achats industriels.\n\nJe vous propose le mardi 30 septembre à 14h00 (Teams). Vous trouverez l'invitation ci-jointe ; n'hésitez pas à me signaler si le créneau ne vous convient pas.\n\nBien cordialement,\n\nSophie Marchetti\nChargée de recrutement\nGaronne Aéro SAS\n12 avenue Jean Monnet, 31770 Colomiers",
        ics=teams(
            "GA-25-0412-ent1",
            "2025-09-30 14:00:00 +0200",
            "Entretien Camille Fabre-Roussel - RQF",
            ("Sophie Marchetti", "sophie.marchetti@garonne-aero.fr"),
        ),
    ),
    m(
        "7304",
        "2025-10-14 10:05",
        "Vellane Recrutement <vellane@taleo.net>",
        "Votre candidature",
        A("rejection", GA, GA1, 1, "taleo"),
        "Madame,\n\nNous vous remercions de l'intérêt que vous portez à Garonne Aéro et du temps que vous avez consacré à nos échanges pour le poste de Responsable Qualité Fournisseurs.\n\nVotre parcours a retenu toute notre attention et les entretiens ont été très appréciés. Cependant, après une étude approfondie, nous avons retenu une candidature dont l'expérience correspond plus précisément aux exigences du poste.\n\nNous conservons votre dossier dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité se présente.\n\nNous vous souhaitons pleine réussite dans vos recherches.\n\nLe Centre de Services Partagés RH - Groupe Vellane",
    ),
    # --- 21 Garonne Aéro, re-application -------------------------------------------------
    m(
        "7305",
        "2025-12-02 08:47",
        "Vellane Recrutement <vellane@taleo.net>",
        "Accusé de réception - Chef de projet qualité programme (H/F) - Réf. 25-0977",
        A("confirmation", GA, GA2, 21, "taleo"),
        "Madame, Monsieur,\n\nNous accusons réception de votre candidature au poste de Chef de projet qualité programme (H/F), référence 25-0977, basé à Blagnac.\n\nVotre dossier va être étudié avec attention. Si votre profil correspond à nos besoins, nous vous contacterons dans les prochaines semaines. Dans le cas contraire, nous vous tiendrons informé(e) par e-mail.\n\nCordialement,\n\nLe Centre de Services Partagés RH\nGroupe Vellane - pour Garonne Aéro SAS\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.",
    ),
    # --- 2 Altiverre Avionique SA (Workday) -------------------------------------------------
    m(
        "7310",
        "2025-09-08 21:33",
        "Altiverre Avionique <altiverre@myworkday.com>",
        "Candidature reçue : Chef de projet industrialisation H/F (R-10482)",
        A("confirmation", AL, ALR, 2, "workday"),
        html="<html><body><p>Bonjour Camille,</p><p>Merci d'avoir postulé chez <b>ALTIVERRE AVIONIQUE SA</b> pour le poste <b>Chef de projet industrialisation H/F</b> (R-10482).</p><p>Notre équipe étudie actuellement les candidatures. Vous pouvez consulter le statut de votre candidature à tout moment en vous connectant à votre compte candidat.</p><p>Cordialement,<br>Talent Acquisition AAV</p><p style='font-size:11px;color:#777'>Altiverre Avionique SA au capital de 48 000 000 € - RCS Toulouse 412 887 301</p></body></html>",
    ),
    m(
        "7311",
        "2025-09-25 15:18",
        "Nadia Ferhat <nadia.ferhat@altiverre.com>",
        "Altiverre - échange sur le poste de Chef de projet industrialisation",
        A("interview", AL, ALR, 2, "direct"),
        "Bonjour Camille,\n\nJe fais suite à votre candidature au poste de Chef de projet industrialisation (R-10482). Votre expérience sur les revues FAI et la montée en cadence nous intéresse beaucoup.\n\nJe vous propose un premier entretien téléphonique de 30 minutes jeudi 2 octobre à 11h00. Je vous appellerai au numéro indiqué dans votre CV.\n\nBien à vous,\n\nNadia Ferhat\nTalent Acquisition Partner\nAltiverre - Toulouse Saint-Martin-du-Touch",
        ics=teams(
            "AAV-R10482-tel",
            "2025-10-02 11:00:00 +0200",
            "Échange téléphonique - C. Fabre-Roussel",
            ("Nadia Ferhat", "nadia.ferhat@altiverre.com"),
            30,
            "Appel téléphonique",
        ),
    ),
    m(
        "7312",
        "2025-10-09 09:02",
        "Nadia Ferhat <nadia.ferhat@altiverre.com>",
        "Assessment center - Altiverre - 21 octobre",
        A("assessment", AL, ALR, 2, "direct"),
        "Bonjour Camille,\n\nSuite à votre entretien avec Olivier Castan, nous avons le plaisir de vous convier à notre assessment center le mardi 21 octobre de 9h00 à 13h00, dans nos locaux de Saint-Martin-du-Touch.\n\nAu programme : une mise en situation de gestion de projet (analyse d'un retard fournisseur et présentation d'un plan d'action), un exercice en groupe, puis un échange avec un membre du comité de direction industriel.\n\nMerci de vous munir d'une pièce d'identité pour l'accès au site.\n\nBien cordialement,\nNadia Ferhat",
    ),
    m(
        "7313",
        "2025-12-03 17:45",
        "Nadia Ferhat <nadia.ferhat@altiverre.com>",
        "Altiverre - dernier entretien",
        A("interview", AL, ALR, 2, "direct"),
        "Bonjour Camille,\n\nBonne nouvelle : le retour de l'assessment center est très positif. Nous souhaitons organiser un dernier entretien avec Mme Hélène Dutour, Directrice Industrielle, le 11 décembre à 10h00 sur Teams.\n\nL'invitation suit.\n\nBien à vous,\nNadia",
        ics=teams(
            "AAV-R10482-dir",
            "2025-12-11 10:00:00 +0100",
            "Entretien final - Chef de projet industrialisation",
            ("Nadia Ferhat", "nadia.ferhat@altiverre.com"),
            60,
        ),
    ),
    m(
        "7314",
        "2026-01-09 18:12",
        "Nadia Ferhat <nadia.ferhat@altiverre.com>",
        "Promesse d'embauche - Altiverre Avionique SA",
        A("offer", AL, ALR, 2, "direct"),
        "Bonjour Camille,\n\nComme évoqué au téléphone cet après-midi, j'ai le plaisir de vous adresser en pièce jointe votre promesse d'embauche pour le poste de Chef de projet industrialisation, en CDI, statut cadre, position III A, sur la base d'une rémunération annuelle brute de 58 000 € sur 13 mois, avec une prise de poste souhaitée le 2 mars 2026.\n\nNous vous remercions de bien vouloir nous retourner ce document signé sous 8 jours.\n\nToute l'équipe se réjouit de vous accueillir prochainement.\n\nBien cordialement,\n\nNadia Ferhat\nTalent Acquisition Partner\nAltiverre Avionique SA",
        attach=[
            (
                "Promesse_embauche_CFabreRoussel.pdf",
                "application/pdf",
                "%PDF-1.4 promesse d'embauche (fictive)",
            )
        ],
    ),
    m(
        "7315",
        "2026-01-16 12:30",
        "RH Administration AAV <administration.rh@altiverre.com>",
        "Proposition de contrat de travail - signature électronique",
        A("offer", AL, ALR, 2, "direct"),
        "Madame Fabre-Roussel,\n\nNous accusons réception de votre promesse d'embauche signée, et vous en remercions.\n\nVous trouverez ci-joint votre contrat de travail à durée indéterminée. Merci de le signer électroniquement via le lien reçu séparément. Nous vous transmettrons ensuite le livret d'accueil et la liste des pièces à fournir (RIB, carte Vitale, attestation de mutuelle le cas échéant).\n\nService Administration du Personnel\nAltiverre Avionique SA",
        st="accepted",
    ),
    m(
        "7316",
        "2026-02-17 09:10",
        "RH Administration AAV <administration.rh@altiverre.com>",
        "Votre arrivée le 2 mars - informations pratiques",
        ("other_job", AL, ALR, None, "direct", "fr"),
        "Bonjour Camille,\n\nVotre intégration est prévue le lundi 2 mars à 8h45, accueil bâtiment B2. Au programme de la première journée : badge, sécurité site, remise du matériel informatique et déjeuner avec votre équipe.\n\nPensez à apporter votre carte Vitale et un justificatif de domicile.\n\nÀ très bientôt,\nL'équipe RH",
    ),
    # --- 3 Stellaire Composites (WTTJ, startup, tu) ------------------------------------------
    m(
        "7320",
        "2025-09-15 13:21",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Ta candidature chez Stellaire Composites a bien été envoyée",
        A("confirmation", ST, STR, 3, "other"),
        html="<html><body><h2>C'est envoyé !</h2><p>Ta candidature pour le poste <b>Quality Lead</b> chez <b>Stellaire Composites</b> a bien été transmise à l'équipe recrutement.</p><p>Tu peux suivre son avancement depuis ton espace candidat. En attendant, découvre d'autres entreprises qui recrutent près de Toulouse.</p><p><a href='https://www.welcometothejungle.com/fr/me/applications'>Voir mes candidatures</a></p></body></html>",
    ),
    m(
        "7321",
        "2025-09-19 22:04",
        "Julien Tarrade <julien.tarrade@gmail.com>",
        "Stellaire - on s'appelle ?",
        A("interview", ST, STR, 3, "direct"),
        "Salut Camille,\n\nJe suis Julien, cofondateur de Stellaire (on fait des pièces thermoplastiques pour les lanceurs et les sats). J'ai vu passer ta candidature sur WTTJ, ton passage chez un Tier 1 + la partie EN 9100 c'est exactement ce qu'on cherche.\n\nDispo pour un call mercredi vers 18h ? Je t'envoie un lien Meet si ok.\n\nJulien\n(j'écris de mon perso, notre messagerie pro fait des siennes cette semaine)",
    ),
    m(
        "7322",
        "2025-10-03 10:15",
        "Julien Tarrade <julien@stellaire-composites.fr>",
        "Visite de l'atelier + rencontre équipe",
        A("interview", ST, STR, 3, "direct"),
        "Hello Camille,\n\nSuper échange mercredi. Comme promis, on t'invite à passer une demi-journée chez nous à Labège le vendredi 10 octobre : visite de l'atelier, rencontre avec Maëlle (CTO) et Bastien (prod), et on déjeune ensemble.\n\nÀ vendredi !\nJulien\n--\nJulien Tarrade - CEO & co-founder\nStellaire Composites SAS",
        ics={
            "uid": "stellaire-visit-1010",
            "start": "2025-10-10 09:30:00 +0200",
            "minutes": 240,
            "summary": "Camille @ Stellaire - visite + entretiens",
            "organizer": ("Julien Tarrade", "julien@stellaire-composites.fr"),
            "location": "Stellaire Composites, 4 rue de l'Innovation, 31670 Labège",
        },
    ),
    m(
        "7323",
        "2025-10-24 19:40",
        "Julien Tarrade <julien@stellaire-composites.fr>",
        "Proposition Stellaire 🚀",
        A("offer", ST, STR, 3, "direct"),
        "Camille,\n\nOn a adoré te rencontrer et l'équipe est unanime : on aimerait que tu rejoignes Stellaire comme Quality Lead.\n\nCe qu'on te propose : CDI, 52k€ fixe + 0,4 % de BSPCE, télétravail 1 jour/semaine, démarrage idéalement début décembre. Je t'envoie la proposition détaillée en PJ.\n\nPrends le temps d'y réfléchir, et appelle-moi si tu as des questions.\n\nJulien",
        attach=[
            (
                "Stellaire_proposition_QualityLead.pdf",
                "application/pdf",
                "%PDF-1.4 proposition (fictive)",
            )
        ],
    ),
    m(
        "7324",
        "2025-11-06 08:55",
        "Julien Tarrade <julien@stellaire-composites.fr>",
        "Re: Proposition Stellaire 🚀",
        A("offer", ST, STR, 3, "direct"),
        "Hello Camille,\n\nMerci pour ton message et pour ta transparence. Évidemment on est déçus, mais je comprends : l'écart de fixe avec tes autres pistes et le côté BSPCE, ce n'est pas le bon moment pour toi.\n\nOn reste en contact, et si un jour l'aventure startup te tente à nouveau, la porte est ouverte.\n\nBelle suite à toi,\nJulien\n\n> Le 5 nov. 2025 à 21:12, Camille Fabre-Roussel a écrit :\n> Bonjour Julien,\n> Après beaucoup de réflexion, j'ai décidé de ne pas donner suite à ta proposition. Le niveau de fixe ne colle pas avec ma situation actuelle...",
        st="declined",
    ),
    # --- 5 Corvalis Aerospace via cabinet ---------------------------------------------------
    m(
        "7330",
        "2025-09-17 10:32",
        "Amandine Roux <a.roux@huntwings-conseil.fr>",
        "Opportunité Responsable Qualité Programme - Bordeaux",
        ("outreach", None, COR, None, "agency", "fr"),
        "Bonjour Camille,\n\nJe suis consultante au sein du cabinet Hunt & Wings Conseil, spécialisé dans les métiers de l'ingénierie aéronautique et défense.\n\nPour le compte de notre client, un acteur majeur de l'aéronautique implanté à Mérignac (env. 1 200 personnes), je recherche un(e) Responsable Qualité Programme pour piloter la qualité sur un programme d'avion d'affaires.\n\nVotre parcours me semble très pertinent. Seriez-vous disponible pour un échange téléphonique cette semaine ?\n\nBien cordialement,\n\nAmandine Roux\nConsultante Senior - Hunt & Wings Conseil\n06 48 22 71 09",
    ),
    m(
        "7331",
        "2025-09-23 14:10",
        "Amandine Roux <a.roux@huntwings-conseil.fr>",
        "RE: Opportunité Responsable Qualité Programme - Bordeaux",
        A("confirmation", CO, COR, 5, "agency"),
        "Bonjour Camille,\n\nMerci pour notre échange de ce matin. Comme convenu, je vous confirme que je présente votre candidature à notre client, Corvalis Aerospace, pour le poste de Responsable Qualité Programme.\n\nJe reviens vers vous dès que j'ai leur retour, normalement sous une dizaine de jours.\n\nBien cordialement,\nAmandine Roux\nHunt & Wings Conseil\n\n-----Message d'origine-----\nDe : Camille Fabre-Roussel\nEnvoyé : mardi 23 septembre 2025 09:02\nObjet : RE: Opportunité Responsable Qualité Programme - Bordeaux\n\nBonjour Amandine, oui avec plaisir, je suis joignable ce matin.",
    ),
    m(
        "7332",
        "2025-10-06 16:44",
        "Amandine Roux <a.roux@huntwings-conseil.fr>",
        "Corvalis - entretien avec le manager",
        A("interview", CO, COR, 5, "agency"),
        "Bonjour Camille,\n\nExcellente nouvelle : Corvalis souhaite vous rencontrer. Entretien avec M. Gaël Pradier, Directeur Qualité, le jeudi 16 octobre à 15h, sur site à Mérignac (Teams possible si besoin).\n\nJe vous appelle demain pour le préparer ensemble.\n\nAmandine",
    ),
    m(
        "7333",
        "2025-10-29 11:20",
        "Amandine Roux <a.roux@huntwings-conseil.fr>",
        "Retour Corvalis",
        A("rejection", CO, COR, 5, "agency"),
        "Bonjour Camille,\n\nJe reviens vers vous suite à votre entretien chez Corvalis. M. Pradier a beaucoup apprécié votre rigueur et votre connaissance des référentiels ; malheureusement, ils ont finalement choisi un candidat déjà basé à Bordeaux et disponible immédiatement.\n\nJe suis sincèrement désolée de ce retour. Je garde évidemment votre profil en tête pour mes prochaines missions.\n\nBien à vous,\nAmandine",
    ),
    # --- 6 Hélicéa via ESN Novatek ------------------------------------------------------------
    m(
        "7340",
        "2025-10-01 09:05",
        "Romain Caillaud <romain.caillaud@novatek-ingenierie.fr>",
        "Poste Ingénieur qualité projet - Marignane / Toulouse",
        ("outreach", None, HER, None, "agency", "fr"),
        "Bonjour Madame Fabre-Roussel,\n\nNovatek Ingénierie, société de conseil en ingénierie (850 consultants), recrute pour le compte de notre client, un acteur majeur de l'aéronautique, un Ingénieur qualité projet (H/F) pour une mission longue durée. CDI Novatek, mission basée à Toulouse avec quelques déplacements.\n\nPuis-je vous appeler pour vous en dire plus ?\n\nCordialement,\nRomain Caillaud\nBusiness Manager Aéronautique",
    ),
    m(
        "7341",
        "2025-10-08 17:30",
        "Romain Caillaud <romain.caillaud@novatek-ingenierie.fr>",
        "Entretien client Hélicéa - mardi 14/10",
        A("interview", HE, HER, 6, "agency"),
        "Bonjour Camille,\n\nSuite à notre entretien, je vous confirme la rencontre avec notre client Hélicéa (division hélicoptères légers) le mardi 14 octobre à 10h30 en visio Teams, avec le responsable qualité du programme.\n\nPetit conseil : insistez sur votre expérience des audits fournisseurs.\n\nCordialement,\nRomain",
        ics=teams(
            "NVK-HEL-1410",
            "2025-10-14 10:30:00 +0200",
            "Présentation consultant - Hélicéa / Novatek",
            ("Romain Caillaud", "romain.caillaud@novatek-ingenierie.fr"),
        ),
    ),
    m(
        "7342",
        "2025-10-22 09:48",
        "Romain Caillaud <romain.caillaud@novatek-ingenierie.fr>",
        "RE: Entretien client Hélicéa - mardi 14/10",
        A("confirmation", HE, HER, 6, "agency"),
        "Bonjour Camille,\n\nJ'ai bien pris note de votre décision de retirer votre candidature pour la mission Hélicéa. Je comprends que la mobilité vers Marignane une semaine sur deux ne soit pas compatible avec vos contraintes.\n\nJe préviens le client. N'hésitez pas à revenir vers moi si votre situation évolue.\n\nCordialement,\nRomain\n\n> De : Camille Fabre-Roussel\n> Bonjour Romain, après réflexion je préfère ne pas poursuivre...",
        st="withdrawn",
    ),
    # --- 7 Mécafor SARL (Indeed, ghosted) -----------------------------------------------------
    m(
        "7350",
        "2025-09-10 20:16",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Responsable qualité H/F",
        A("confirmation", MF, MFR, 7, "indeed"),
        html="<html><body><p>Votre candidature a été envoyée à <b>MECAFOR SARL</b>.</p><table><tr><td><b>Responsable qualité H/F</b><br>MECAFOR SARL - Montauban (82)</td></tr></table><p>Conseil : les employeurs répondent en général sous 14 jours. Vous pouvez suivre vos candidatures dans Mes emplois.</p><p style='color:#666'>Indeed, 6 rue Ménars, 75002 Paris</p></body></html>",
    ),
    m(
        "7351",
        "2025-09-24 08:00",
        "Indeed <donotreply@match.indeed.com>",
        "Mise à jour : l'employeur a consulté votre candidature",
        A("viewed", MF, MFR, 7, "indeed"),
        html="<html><body><p>Bonne nouvelle ! <b>MECAFOR SARL</b> a consulté votre candidature pour <b>Responsable qualité H/F</b>.</p><p>Ce n'est pas une garantie d'entretien, mais c'est un bon signe.</p></body></html>",
    ),
    # --- 8 Laurentin Industries (APEC, then Flatchr) ------------------------------------------
    m(
        "7360",
        "2025-09-29 18:22",
        "Apec <ne-pas-repondre@apec.fr>",
        "Confirmation de votre candidature - Chef de projet qualité H/F",
        A("confirmation", LA, LAR, 8, "other"),
        "Bonjour Camille,\n\nVotre candidature à l'offre « Chef de projet qualité H/F » (réf. 176543210W) publiée par LAURENTIN INDUSTRIES a bien été transmise au recruteur.\n\nRetrouvez toutes vos candidatures dans votre espace Apec, rubrique « Mes candidatures ».\n\nL'équipe Apec",
    ),
    m(
        "7361",
        "2025-10-20 14:03",
        "Laurentin Industries <noreply@flatchr.io>",
        "Suite à votre candidature",
        A("rejection", LA, LAR, 8, "other"),
        "Bonjour Camille,\n\nNous vous remercions pour l'intérêt que vous avez porté à Laurentin Industries et au poste de Chef de projet qualité.\n\nMalgré l'intérêt de votre profil, nous ne pourrons pas donner une suite favorable à votre candidature, d'autres profils étant plus en adéquation avec nos besoins actuels, notamment sur le secteur ferroviaire.\n\nNous vous souhaitons une belle réussite dans vos projets.\n\nL'équipe RH Laurentin",
    ),
    # --- 9 Tarnaéro SAS (HelloWork) ------------------------------------------------------------
    m(
        "7370",
        "2025-10-02 12:41",
        "HelloWork <noreply@hellowork.com>",
        "Votre candidature a bien été envoyée à Tarnaéro",
        A("confirmation", TA, TAR, 9, "other"),
        html="<html><body><p>Bonjour Camille,</p><p>Votre candidature pour l'offre <b>Quality Manager H/F - CDI - Albi (81)</b> a bien été envoyée à <b>TARNAERO SAS</b>.</p><p>Le recruteur a été notifié. Bonne chance !</p><p>L'équipe HelloWork</p></body></html>",
    ),
    m(
        "7371",
        "2025-10-31 09:30",
        "Tarnaéro - Recrutement <recrutement@tarnaero.fr>",
        "Retour sur votre candidature",
        A("rejection", TA, TAR, 9, "direct"),
        "Madame,\n\nVous avez bien voulu nous faire part de votre candidature au poste de Quality Manager et nous vous en remercions.\n\nNous avons apprécié la qualité de votre parcours. Toutefois, nous sommes au regret de vous informer que nous ne pouvons donner une suite favorable à votre démarche, le poste ayant été pourvu.\n\nNous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.\n\nService des Ressources Humaines\nTarnaéro SAS",
    ),
    # --- 11 Ciel Ouvert Drones (Teamtailor, startup, withdrawn) ----------------------------
    m(
        "7380",
        "2025-10-07 11:11",
        "Ciel Ouvert <no-reply@teamtailor-mail.com>",
        "Merci pour ta candidature, Camille !",
        A("confirmation", CI, CIR, 11, "teamtailor"),
        html="<html><body><p>Hello Camille,</p><p>Merci d'avoir postulé au poste de <b>Head of Quality</b> chez Ciel Ouvert 🙌</p><p>On lit toutes les candidatures nous-mêmes, ça peut prendre une ou deux semaines. Si ton profil ne correspond pas, on te le dira aussi, promis.</p><p>La team Ciel Ouvert<br>Drones d'inspection - Bordeaux</p></body></html>",
    ),
    m(
        "7381",
        "2025-10-15 10:02",
        "Léa Morvan <lea@cielouvert-drones.fr>",
        "Ton entretien avec Ciel Ouvert",
        A("interview", CI, CIR, 11, "direct"),
        "Salut Camille,\n\nOn aimerait beaucoup échanger avec toi ! Tu peux réserver un créneau de 45 min avec Hugo (CEO) et moi directement ici : https://app.teamtailor.com/meetings/cielouvert/8823\n\nÀ très vite,\nLéa - People & Ops, Ciel Ouvert",
    ),
    m(
        "7382",
        "2025-10-16 08:20",
        "Ciel Ouvert <no-reply@teamtailor-mail.com>",
        "Confirmé : Entretien Head of Quality - 21 oct. 2025 17:30",
        A("interview", CI, CIR, 11, "teamtailor"),
        "Ton entretien est confirmé.\n\nQuand : mardi 21 octobre 2025, 17:30-18:15 (Europe/Paris)\nOù : Google Meet - https://meet.google.com/xqa-ptrn-zke\nAvec : Hugo Delmas, Léa Morvan\n\nBesoin de décaler ? Utilise le lien dans l'invitation.",
        ics={
            "uid": "tt-cielouvert-8823-1",
            "start": "2025-10-21 17:30:00 +0200",
            "minutes": 45,
            "summary": "Entretien Head of Quality - Camille Fabre-Roussel",
            "organizer": ("Léa Morvan", "lea@cielouvert-drones.fr"),
            "location": "https://meet.google.com/xqa-ptrn-zke",
        },
    ),
    m(
        "7383",
        "2026-01-19 13:05",
        "Léa Morvan <lea@cielouvert-drones.fr>",
        "Re: Retrait de ma candidature",
        A("confirmation", CI, CIR, 11, "direct"),
        "Hello Camille,\n\nMerci de nous avoir prévenus, c'est très classe. Hugo et moi te souhaitons le meilleur chez ton futur employeur, et on garde contact sur LinkedIn !\n\nLéa\n\nLe lun. 19 janv. 2026 à 09:14, Camille Fabre-Roussel a écrit :\n> Bonjour Léa, je vous informe que je retire ma candidature au poste de Head of Quality, ayant accepté une autre proposition. Merci encore pour nos échanges.",
        st="withdrawn",
    ),
    # --- 12 Dauval Précision (Flatchr) ----------------------------------------------------------
    m(
        "7390",
        "2025-10-13 09:44",
        "Dauval Précision <noreply@flatchr.io>",
        "Nous avons bien reçu votre candidature",
        A("confirmation", DV, DVR, 12, "other"),
        "Bonjour Camille,\n\nNous avons bien reçu votre candidature pour le poste de Responsable qualité et amélioration continue (CDI - Figeac).\n\nNotre équipe revient vers vous rapidement, que la réponse soit positive ou non.\n\nÀ bientôt,\nDauval Précision",
    ),
    m(
        "7391",
        "2025-10-27 15:37",
        "Dauval Précision <noreply@flatchr.io>",
        "Votre candidature chez Dauval Précision",
        A("rejection", DV, DVR, 12, "other"),
        "Bonjour Camille,\n\nMerci pour votre candidature et pour le temps consacré à notre échange téléphonique. Votre expérience en aéronautique est solide et nous avons apprécié votre approche terrain.\n\nNous avons toutefois décidé de poursuivre avec un autre profil, plus proche de la spécialité usinage de précision recherchée.\n\nTrès belle continuation,\n\nMarion Delpech - RH, Dauval Précision SARL",
    ),
    # --- 13 Sorbel Maintenance (Groupe Sorbel, Jobaffinity) -----------------------------------
    m(
        "7400",
        "2025-10-20 10:00",
        "Groupe Sorbel <noreply@jobaffinity.fr>",
        "Confirmation de candidature - Chef de projet MRO (H/F)",
        A("confirmation", SO, SOR, 13, "other"),
        "Bonjour Madame Fabre-Roussel,\n\nNous vous confirmons la bonne réception de votre candidature pour l'offre « Chef de projet MRO (H/F) » - Sorbel Maintenance, Bordeaux-Mérignac.\n\nSi votre candidature n'était pas retenue à l'issue de la présélection, vous en seriez informée par e-mail.\n\nLa Direction des Ressources Humaines du Groupe Sorbel",
    ),
    m(
        "7401",
        "2025-11-05 11:26",
        "Groupe Sorbel <noreply@jobaffinity.fr>",
        "Invitation à un entretien - Chef de projet MRO",
        A("interview", SO, SOR, 13, "other"),
        "Bonjour Madame Fabre-Roussel,\n\nNous avons le plaisir de vous inviter à un entretien pour le poste de Chef de projet MRO au sein de Sorbel Maintenance.\n\nDate : mercredi 12 novembre 2025 à 9h30\nLieu : visioconférence Teams (le lien vous sera transmis par votre interlocuteur)\nInterlocuteurs : Pascal Gimenez (Responsable de Base) et Claire Viguié (RRH)\n\nMerci de confirmer votre présence en répondant à ce message.\n\nDRH Groupe Sorbel",
    ),
    m(
        "7402",
        "2025-11-05 14:50",
        "Claire Viguié <claire.viguie@sorbel-group.com>",
        "Entretien Chef de projet MRO - Mme Fabre-Roussel",
        A("interview", SO, SOR, 13, "direct"),
        "Bonjour,\n\nVeuillez trouver ci-dessous le lien Teams pour notre entretien du 12 novembre.\n\nClaire Viguié\nResponsable Ressources Humaines - Sorbel Maintenance\nGroupe Sorbel",
        ics=teams(
            "SRB-MRO-1211",
            "2025-11-12 09:30:00 +0100",
            "Entretien Chef de projet MRO - Mme Fabre-Roussel",
            ("Claire Viguié", "claire.viguie@sorbel-group.com"),
            60,
        ),
    ),
    m(
        "7403",
        "2025-11-27 16:15",
        "Groupe Sorbel <noreply@jobaffinity.fr>",
        "Votre candidature - Chef de projet MRO (H/F)",
        A("rejection", SO, SOR, 13, "other"),
        "Bonjour Madame Fabre-Roussel,\n\nNous faisons suite à votre entretien pour le poste de Chef de projet MRO et vous remercions de la qualité de nos échanges.\n\nMalgré l'intérêt de votre profil, nous ne pourrons pas donner une suite favorable à votre candidature. Ce choix a été difficile tant les candidatures reçues étaient de qualité.\n\nNous vous souhaitons une pleine réussite dans vos projets professionnels.\n\nLa DRH du Groupe Sorbel",
    ),
    # --- 14 Usinage Lacombe (France Travail) ----------------------------------------------------
    m(
        "7410",
        "2025-10-21 07:58",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre candidature a bien été transmise",
        A("confirmation", LC, LCR, 14, "other"),
        "Bonjour Camille FABRE-ROUSSEL,\n\nVotre candidature pour l'offre n° 194KWZP « Responsable Qualité (H/F) » de l'entreprise ATELIER LACOMBE USINAGE a bien été transmise à l'employeur.\n\nVous pouvez retrouver l'ensemble de vos candidatures dans votre espace personnel sur francetravail.fr.\n\nFrance Travail",
    ),
    m(
        "7411",
        "2025-10-23 18:47",
        "Patrick Lacombe <lacombe.usinage@wanadoo.fr>",
        "Candidature poste qualité",
        A("interview", LC, LCR, 14, "direct"),
        "Bonjour Madame,\n\nJ'ai bien eu votre CV par France Travail. Pouvez-vous passer à l'atelier lundi 27 à 14h pour qu'on discute ? On est à Saint-Jory, zone du Bois Vert.\n\nCordialement\nP. Lacombe\nGérant - Atelier Lacombe Usinage SARL\n05 61 35 xx xx",
    ),
    # --- 16 Thalmor (Taleo, ghosted) ------------------------------------------------------------
    m(
        "7420",
        "2025-11-03 22:15",
        "Thalmor Careers <thalmor@taleo.net>",
        "Thalmor - Confirmation de candidature - Chef de projet programme défense",
        A("confirmation", TH, THR, 16, "taleo"),
        "Bonjour Camille Fabre-Roussel,\n\nNous vous remercions de votre candidature au poste « Chef de projet programme défense (H/F) » - Élancourt (78), référence DEF-25-3381.\n\nCompte tenu du nombre important de candidatures, seuls les candidats dont le profil correspond aux critères du poste seront contactés. Si vous n'avez pas de réponse sous 6 semaines, veuillez considérer que votre candidature n'a pas été retenue.\n\nPour des raisons de sécurité, les postes de ce domaine sont soumis à une procédure d'habilitation.\n\nThalmor Systèmes SA - Direction du Recrutement",
    ),
    # --- 18 Lasserre Hydraulique SA (candidature spontanée) --------------------------------------
    m(
        "7430",
        "2025-11-10 09:00",
        "RH Lasserre <rh@lasserre-hydraulique.fr>",
        "Réponse automatique : Candidature spontanée - Responsable assurance qualité",
        A("confirmation", LH, LHR, 18, "direct"),
        "Bonjour,\n\nNous accusons réception de votre message et vous en remercions. Votre candidature sera étudiée dans les meilleurs délais par le service RH.\n\nLasserre Hydraulique SA\nTarbes",
    ),
    m(
        "7431",
        "2025-12-09 11:30",
        "Christine Abadie <c.abadie@lasserre-hydraulique.fr>",
        "Votre candidature spontanée",
        A("rejection", LH, LHR, 18, "direct"),
        "Madame,\n\nNous avons bien reçu votre candidature spontanée pour un poste de Responsable assurance qualité et nous vous remercions de l'intérêt porté à notre société.\n\nVotre profil est de grande qualité ; malheureusement, nous n'avons pas de poste correspondant à pourvoir actuellement. Nous conservons votre CV pendant deux ans, sauf opposition de votre part.\n\nBien cordialement,\n\nChristine Abadie\nResponsable RH - LHSA",
    ),
    # --- 19 Vectral Propulsion via cabinet Ocre Executive ------------------------------------------
    m(
        "7440",
        "2025-11-06 12:12",
        "Thibault Renaud <trenaud@ocre-executive.com>",
        "Confidentiel - Program Manager Qualité, Paris / Vernon",
        ("outreach", None, VPR, None, "agency", "fr"),
        "Madame,\n\nOcre Executive accompagne l'un de ses clients, une ETI leader dans la propulsion spatiale, dans le recrutement d'un Program Manager Qualité. Le poste est basé à Vernon avec des déplacements réguliers à Paris.\n\nPackage : 70-80 k€ + variable.\n\nAccepteriez-vous un échange confidentiel de 20 minutes ?\n\nThibault Renaud\nAssocié - Ocre Executive",
    ),
    m(
        "7441",
        "2025-11-13 18:05",
        "Thibault Renaud <trenaud@ocre-executive.com>",
        "RE: Confidentiel - Program Manager Qualité, Paris / Vernon",
        A("interview", VP, VPR, 19, "agency"),
        "Camille,\n\nMerci pour votre temps hier. Je peux désormais vous dire qu'il s'agit de Vectral Propulsion. Ils souhaitent vous rencontrer : entretien avec la DRH et le directeur des programmes le 25 novembre à 11h, dans leurs bureaux parisiens (rue de la Pépinière, 8e).\n\nJe vous envoie le descriptif complet dans la foulée.\n\nBien à vous,\nThibault",
    ),
    m(
        "7442",
        "2025-12-16 10:20",
        "Thibault Renaud <trenaud@ocre-executive.com>",
        "Point Vectral",
        A("interview", VP, VPR, 19, "agency"),
        "Camille,\n\nJe n'ai toujours pas de retour définitif de Vectral, le comité de direction a repoussé la décision à janvier. Je relance de mon côté et reviens vers vous.\n\nBonne fin d'année,\nThibault",
    ),
    # --- 20 Kaori (eVTOL startup, WTTJ) ----------------------------------------------------------
    m(
        "7450",
        "2025-11-12 14:28",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Ta candidature chez Kaori a bien été envoyée",
        A("confirmation", KA, KAR, 20, "other"),
        html="<html><body><h2>C'est envoyé !</h2><p>Ta candidature pour le poste <b>Chef de projet certification</b> chez <b>Kaori</b> a bien été transmise.</p><p><a href='https://www.welcometothejungle.com/fr/me/applications'>Suivre ma candidature</a></p></body></html>",
    ),
    m(
        "7451",
        "2025-11-19 09:15",
        "Inès Barthe <ines.barthe@kaori-air.com>",
        "Kaori x Camille - étude de cas",
        A("assessment", KA, KAR, 20, "direct"),
        "Hello Camille,\n\nMerci pour l'échange de lundi ! Étape suivante : une petite étude de cas. Tu trouveras en PJ un scénario (plan de certification d'un sous-ensemble selon la CS-23 / SC-VTOL). L'idée est de nous présenter ta démarche en 20 min, pas de rendre un livrable parfait.\n\nTu as jusqu'au 28/11. Bon courage !\n\nInès\nTalent @ Kaori",
        attach=[("Kaori_etude_de_cas.pdf", "application/pdf", "%PDF-1.4 cas (fictif)")],
    ),
    m(
        "7452",
        "2025-12-05 17:55",
        "Inès Barthe <ines.barthe@kaori-air.com>",
        "Re: Kaori x Camille - étude de cas",
        A("rejection", KA, KAR, 20, "direct"),
        "Hello Camille,\n\nMerci beaucoup pour ta présentation, l'équipe a apprécié ta clarté et ta structure. On a malgré tout décidé d'avancer avec une personne qui a déjà piloté une certification eVTOL de bout en bout, ce qui est critique pour nous à ce stade.\n\nOn aurait aimé te dire oui, et on reviendra sûrement vers toi quand on montera l'équipe qualité série.\n\nBelle suite,\nInès",
    ),
    # --- 23 SOAS (HelloWork, personality test, ghosted) ------------------------------------------
    m(
        "7460",
        "2025-12-01 10:35",
        "HelloWork <noreply@hellowork.com>",
        "Votre candidature a bien été envoyée à Sud Ouest Aéro Services",
        A("confirmation", SA, SAR, 23, "other"),
        html="<html><body><p>Bonjour Camille,</p><p>Votre candidature pour l'offre <b>Responsable qualité site H/F - Tarbes (65)</b> a bien été envoyée à <b>SUD OUEST AERO SERVICES</b>.</p><p>L'équipe HelloWork</p></body></html>",
    ),
    m(
        "7461",
        "2025-12-04 08:12",
        "SOAS Recrutement <recrutement@soas-aero.fr>",
        "SOAS - test de personnalité en ligne",
        A("assessment", SA, SAR, 23, "direct"),
        "Madame,\n\nAfin de poursuivre l'étude de votre candidature, nous vous remercions de bien vouloir compléter le test de personnalité accessible via le lien ci-dessous avant le 12 décembre :\nhttps://soas.evaluation-rh.fr/t/CFR-5522\n\nLe test dure environ 30 minutes.\n\nService Recrutement SOAS",
    ),
    # --- 24 BAM (Indeed) ----------------------------------------------------------------------------
    m(
        "7470",
        "2025-12-10 19:02",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Responsable qualité Part 145 H/F",
        A("confirmation", BA, BAR, 24, "indeed"),
        html="<html><body><p>Votre candidature a été envoyée à <b>Bordeaux Avionique Maintenance</b>.</p><table><tr><td><b>Responsable qualité Part 145 H/F</b><br>Bordeaux Avionique Maintenance - Mérignac (33)</td></tr></table></body></html>",
    ),
    m(
        "7471",
        "2026-01-13 10:40",
        "Frédéric Lagarde <f.lagarde@bam-aero.fr>",
        "Entretien - Responsable qualité Part 145",
        A("interview", BA, BAR, 24, "direct"),
        "Bonjour Madame Fabre-Roussel,\n\nVotre candidature reçue via Indeed a retenu notre attention. Seriez-vous disponible pour un entretien Teams le mardi 20 janvier à 16h ?\n\nCordialement,\n\nFrédéric Lagarde\nDirecteur - BAM (Bordeaux Avionique Maintenance)",
        ics=teams(
            "BAM-P145-2001",
            "2026-01-20 16:00:00 +0100",
            "Entretien RQ Part 145",
            ("Frédéric Lagarde", "f.lagarde@bam-aero.fr"),
        ),
    ),
    m(
        "7472",
        "2026-01-17 08:30",
        "Frédéric Lagarde <f.lagarde@bam-aero.fr>",
        "Annulé : Entretien RQ Part 145",
        A("interview", BA, BAR, 24, "direct"),
        "Bonjour Madame,\n\nJ'ai bien noté votre message : vous avez accepté un poste et ne souhaitez plus poursuivre. J'annule donc notre entretien de mardi. Merci de nous avoir prévenus et bonne continuation.\n\nF. Lagarde",
        ics={
            **teams(
                "BAM-P145-2001",
                "2026-01-20 16:00:00 +0100",
                "Entretien RQ Part 145",
                ("Frédéric Lagarde", "f.lagarde@bam-aero.fr"),
            ),
            "method": "CANCEL",
        },
        st="withdrawn",
    ),
]

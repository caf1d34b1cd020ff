# ruff: noqa: E501
"""Corpus 39, French job mail (Lyon and Paris): applications 1-12, alerts, outreach, portal mail."""

from __future__ import annotations

import hashlib
from typing import Any

ID: dict[str, str] = {}


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    domain = frm.rsplit("@", 1)[1].rstrip(">").strip()
    token = hashlib.sha1(f"h39/{key}".encode()).hexdigest()
    ID[key] = f"<{token[:14]}.{token[14:22]}@{domain}>"
    spec: dict[str, Any] = {"id": ID[key], "date": date, "from": frm, "subject": subject, "t": t}
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def rep(key: str) -> dict[str, str]:
    return {"In-Reply-To": ID[key], "References": ID[key]}


VAL = "Laboratoires Vallière"
VAL1 = "Responsable Assurance Qualité Opérationnelle"
VAL2 = "Pharmacien Affaires Réglementaires CMC"
CHU = "CHU Rhône-Confluences"
CHU_R = "Pharmacien assistant spécialiste – PUI"
ARV = "Arvelia"
ARV_R = "Responsable Qualité Production"
MOR = "Laboratoires Morvan"
MOR_R = "Chargée Assurance Qualité Fournisseurs (CDD)"
BIO = "Biolysse"
BIO_R = "Responsable Qualité Fournisseurs"
RPR = "Répartition Pharma Rhône"
RPR_R = "Pharmacien responsable intérimaire"
PARC = "Pharmacie du Parc"
PARC_R = "Pharmacien adjoint"
THE = "Théralys Biologics"
THE_R = "Chargé(e) de validation"
KAL = "Kalyxa"
KAL_R = "Quality Manager"
ORV = "Orvane Pharma"
ORV_R = "Regulatory Affairs Specialist"

MAIL: list[dict[str, Any]] = [
    # --- 1 & 2: Laboratoires Vallière, Workday tenant "vlgroup" -------------------------------
    m(
        "j01",
        "2025-09-04 08:12:41 +0000",
        "Laboratoires Vallière <vlgroup@myworkday.com>",
        "Confirmation de candidature – Responsable Assurance Qualité Opérationnelle (R-024518)",
        ("confirmation", VAL, VAL1, 1, "workday", "fr"),
        """Bonjour Camille,

Nous vous remercions pour l'intérêt que vous portez au Groupe Vallière et pour votre candidature au poste de Responsable Assurance Qualité Opérationnelle (R-024518) basé à Lyon – Gerland.

Votre dossier a bien été transmis à notre équipe Talent Acquisition. Si votre profil correspond aux attentes du poste, un membre de l'équipe prendra contact avec vous.

Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat :
https://vlgroup.wd3.myworkdayjobs.com/fr-FR/VLG_Careers/userHome

Bien cordialement,

L'équipe Recrutement
Laboratoires Vallière

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""",
    ),
    m(
        "j02",
        "2025-09-04 08:31:02 +0000",
        "Laboratoires Vallière <vlgroup@myworkday.com>",
        "Confirmation de candidature – Pharmacien Affaires Réglementaires CMC (R-024731)",
        ("confirmation", VAL, VAL2, 2, "workday", "fr"),
        """Bonjour Camille,

Nous vous remercions pour l'intérêt que vous portez au Groupe Vallière et pour votre candidature au poste de Pharmacien Affaires Réglementaires CMC (R-024731) basé à Paris – La Défense.

Votre dossier a bien été transmis à notre équipe Talent Acquisition. Si votre profil correspond aux attentes du poste, un membre de l'équipe prendra contact avec vous.

Espace candidat : https://vlgroup.wd3.myworkdayjobs.com/fr-FR/VLG_Careers/userHome

Bien cordialement,

L'équipe Recrutement
Laboratoires Vallière
""",
    ),
    m(
        "j03",
        "2025-09-16 14:05:00 +0200",
        "Hélène Sarrazin <helene.sarrazin@laboratoires-valliere.com>",
        "Votre candidature – RAQ Opérationnelle Gerland",
        ("interview", VAL, VAL1, 1, "direct", "fr"),
        """Bonjour Madame Dubois-Nkemelu,

Je suis chargée de recrutement au sein du Groupe Vallière et j'ai bien reçu votre candidature pour le poste de Responsable Assurance Qualité Opérationnelle sur notre site de Gerland.

Votre parcours en libération de lots et en gestion des déviations a retenu notre attention. Je vous propose un premier échange en visio de 45 minutes, le lundi 22 septembre à 10h00. Vous trouverez l'invitation Teams en pièce jointe ; n'hésitez pas à me proposer un autre créneau si celui-ci ne vous convient pas.

Bien à vous,

Hélène Sarrazin
Chargée de recrutement – Talent Acquisition France
Laboratoires Vallière SA
29 rue du Professeur Marcel Dargent, 69007 Lyon
""",
        ics={
            "style": "outlook",
            "start": "2025-09-22 10:00:00 +0200",
            "minutes": 45,
            "organizer": ("Hélène Sarrazin", "helene.sarrazin@laboratoires-valliere.com"),
            "uid": "040000008200E00074C5B7101A82E0080000000071A3C2B9F2A5DB01000000000000000010000000",
            "summary": "Échange – Camille Dubois-Nkemelu / RAQ Opérationnelle",
            "location": "Réunion Microsoft Teams",
        },
    ),
    m(
        "j04",
        "2025-10-02 17:44:19 +0200",
        "Hélène Sarrazin <helene.sarrazin@laboratoires-valliere.com>",
        "RE: Votre candidature – RAQ Opérationnelle Gerland",
        ("interview", VAL, VAL1, 1, "direct", "fr"),
        """Bonjour Camille,

Suite à notre échange et à votre entretien avec Marc Delorme, Directeur Qualité du site, nous souhaitons poursuivre le processus avec vous.

La prochaine étape est un entretien avec votre futur N+1, Mme Solène Perrin (Pharmacien Responsable Intérimaire du site), suivi d'une visite de l'atelier de conditionnement. Seriez-vous disponible le jeudi 9 octobre à 14h00, sur site ? Prévoyez environ 2h30.

Merci de vous présenter à l'accueil du bâtiment B muni d'une pièce d'identité.

Cordialement,
Hélène

-----Message d'origine-----
De : Camille Dubois-Nkemelu <camille.dubois-nkemelu@laposte.net>
Envoyé : lundi 29 septembre 2025 09:12
À : Hélène Sarrazin <helene.sarrazin@laboratoires-valliere.com>
Objet : RE: Votre candidature – RAQ Opérationnelle Gerland

Bonjour Hélène,
Merci encore pour l'échange avec M. Delorme, très intéressant. Je reste à votre disposition pour la suite.
Camille
""",
        **{
            "In-Reply-To": "<AM9PR03MB7211E4F2C1D0A6B5@AM9PR03MB7211.eurprd03.prod.outlook.com>",
            "References": "<AM9PR03MB7211E4F2C1D0A6B5@AM9PR03MB7211.eurprd03.prod.outlook.com>",
        },
    ),
    m(
        "j05",
        "2025-10-14 11:20:37 +0000",
        "Laboratoires Vallière <vlgroup@myworkday.com>",
        "Votre candidature chez Laboratoires Vallière",
        ("rejection", VAL, VAL2, 2, "workday", "fr"),
        """Bonjour Camille,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Pharmacien Affaires Réglementaires CMC (R-024731).

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous avons choisi de poursuivre le processus avec d'autres candidats dont le profil correspond plus étroitement aux exigences du poste.

Nous conservons vos informations et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
Laboratoires Vallière
""",
    ),
    m(
        "j06",
        "2025-10-21 18:02:11 +0200",
        "Hélène Sarrazin <helene.sarrazin@laboratoires-valliere.com>",
        "Promesse d'embauche – Camille Dubois-Nkemelu",
        ("offer", VAL, VAL1, 1, "direct", "fr"),
        """Bonjour Camille,

J'ai le plaisir de vous confirmer, au nom de Marc Delorme et de Solène Perrin, notre souhait de vous accueillir au sein de l'équipe Qualité de Gerland.

Vous trouverez ci-joint votre promesse d'embauche pour un CDI au poste de Responsable Assurance Qualité Opérationnelle, statut cadre, position III A de la convention collective de l'industrie pharmaceutique, avec une rémunération annuelle brute de 58 500 € sur 13 mois, prime d'objectifs jusqu'à 8 %, et une prise de poste envisagée au 5 janvier 2026.

Nous vous remercions de bien vouloir nous retourner le document signé avant le 31 octobre. Je reste bien entendu disponible pour en discuter.

Très cordialement,

Hélène Sarrazin
Chargée de recrutement – Talent Acquisition France
Laboratoires Vallière SA
""",
        attach=[
            (
                "Promesse_embauche_CDuboisNkemelu.pdf",
                "application/pdf",
                "%PDF-1.4 promesse d'embauche (aperçu indisponible)",
            )
        ],
    ),
    m(
        "j07",
        "2025-10-30 09:47:50 +0100",
        "Hélène Sarrazin <helene.sarrazin@laboratoires-valliere.com>",
        "RE: Promesse d'embauche – Camille Dubois-Nkemelu",
        ("offer", VAL, VAL1, 1, "direct", "fr"),
        """Bonjour Camille,

Merci pour votre message et pour votre franchise. Nous comprenons tout à fait que votre projet de vie à Bruxelles prime, et nous prenons acte de votre décision de ne pas donner suite à notre proposition.

Marc et Solène ont beaucoup apprécié nos échanges ; si un jour vous envisagez un retour à Lyon, notre porte reste ouverte.

Belle continuation,
Hélène

De : Camille Dubois-Nkemelu
Envoyé : mercredi 29 octobre 2025 22:15
Objet : RE: Promesse d'embauche – Camille Dubois-Nkemelu

Bonjour Hélène,
Après beaucoup de réflexion, je dois malheureusement décliner la promesse d'embauche : mon conjoint est muté à Bruxelles début 2026 et nous avons décidé de le suivre. Je suis sincèrement désolée, le poste me plaisait beaucoup.
Bien cordialement,
Camille
""",
        st="declined",
        **rep("j06"),
    ),
    # --- 3: CHU, pharmacie à usage intérieur ---------------------------------------------------
    m(
        "j08",
        "2025-09-08 10:15:00 +0200",
        "DRH Recrutement Personnel Médical <recrutement.pm@chu-rhone-confluences.fr>",
        "Accusé de réception – candidature poste Pharmacien assistant spécialiste (PUI)",
        ("confirmation", CHU, CHU_R, 3, "direct", "fr"),
        """Madame,

La Direction des Affaires Médicales accuse réception de votre candidature au poste de Pharmacien assistant spécialiste à la Pharmacie à Usage Intérieur (pôle Pharmacie – site Confluences), référence PM-2025-117.

Nous vous rappelons que, conformément à la fiche de poste, le recrutement est ouvert aux pharmaciens titulaires du DES de pharmacie hospitalière ou justifiant d'une expérience équivalente ; une inscription au tableau de la section H de l'Ordre des pharmaciens sera exigée à la prise de fonctions.

Votre dossier sera examiné par le chef de service et la commission de recrutement. Vous serez informée des suites réservées à votre candidature.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Direction des Affaires Médicales
CHU Rhône-Confluences
""",
    ),
    m(
        "j09",
        "2025-09-25 16:32:08 +0200",
        "Secrétariat Pharmacie <secretariat.pharmacie@chu-rhone-confluences.fr>",
        "TR: Convocation jury – recrutement pharmacien assistant PUI",
        ("interview", CHU, CHU_R, 3, "direct", "fr"),
        """Bonjour Madame,

Je vous transfère ci-dessous la convocation du Dr Maury. Merci de confirmer votre présence par retour de mail.

Cordialement,
Nathalie Besson
Secrétariat du pôle Pharmacie – poste 4 51 20

-----Message d'origine-----
De : MAURY Philippe <philippe.maury@chu-rhone-confluences.fr>
Envoyé : jeudi 25 septembre 2025 15:58
À : Secrétariat Pharmacie
Objet : Convocation jury – recrutement pharmacien assistant PUI

Nathalie,
Merci de convoquer Mme Dubois-Nkemelu devant le jury le mardi 7 octobre à 11h00, salle du conseil de pôle (bâtiment 3, 2e étage). Entretien de 30 minutes : présentation de 10 minutes sur le circuit du médicament et la sécurisation de la dispensation, puis questions du jury (chef de pôle, cadre supérieur, représentant DAM).
Dr P. Maury
Chef de service – Pharmacie à Usage Intérieur
""",
        ics={
            "style": "outlook",
            "start": "2025-10-07 11:00:00 +0200",
            "minutes": 30,
            "organizer": (
                "Secrétariat Pharmacie",
                "secretariat.pharmacie@chu-rhone-confluences.fr",
            ),
            "uid": "040000008200E00074C5B7101A82E00800000000D0F12A44C12FDC01000000000000000010000000",
            "summary": "Jury recrutement PUI – Mme Dubois-Nkemelu",
            "location": "Salle du conseil de pôle, bâtiment 3",
        },
    ),
    m(
        "j10",
        "2025-10-20 09:03:44 +0200",
        "DRH Recrutement Personnel Médical <recrutement.pm@chu-rhone-confluences.fr>",
        "Suite donnée à votre candidature – réf. PM-2025-117",
        ("rejection", CHU, CHU_R, 3, "direct", "fr"),
        """Madame,

Vous avez été reçue le 7 octobre dernier par la commission de recrutement pour le poste de Pharmacien assistant spécialiste (réf. PM-2025-117), et nous vous en remercions.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue, le jury ayant privilégié un candidat titulaire du DES de pharmacie hospitalière.

Nous vous invitons à consulter régulièrement nos offres sur le site de l'établissement et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour le Directeur des Affaires Médicales,
C. Ravel
""",
    ),
    # --- 4: Arvelia (SPL Industries SAS), via HelloWork ---------------------------------------
    m(
        "j11",
        "2025-09-10 07:58:13 +0000",
        "HelloWork <noreply@hellowork.com>",
        "Votre candidature a bien été envoyée à Arvelia",
        ("confirmation", ARV, ARV_R, 4, "other", "fr"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#1d1d1b">
<p style="font-size:20px"><b>C'est envoyé !</b></p>
<p>Bonjour Camille,</p>
<p>Votre candidature pour l'offre <b>Responsable Qualité Production H/F</b> chez <b>Arvelia</b> (Saint-Priest - 69) a bien été transmise au recruteur.</p>
<table><tr><td>Contrat</td><td>CDI</td></tr><tr><td>Salaire</td><td>50 000 - 60 000 €/an</td></tr></table>
<p><a href="https://www.hellowork.com/fr-fr/emplois/57219843.html">Revoir l'offre</a> &nbsp;|&nbsp; <a href="https://www.hellowork.com/fr-fr/candidat/candidatures.html">Suivre mes candidatures</a></p>
<p style="color:#777;font-size:11px">Vous recevez cet email car vous avez postulé via HelloWork. HelloWork, 2 rue de la Mabilais, 35000 Rennes.</p>
</body></html>""",
    ),
    m(
        "j12",
        "2025-09-19 13:40:26 +0200",
        "Julien Ferrand <j.ferrand@spl-industries.fr>",
        "Arvelia – étude de cas avant entretien",
        ("assessment", ARV, ARV_R, 4, "direct", "fr"),
        """Bonjour Camille,

Merci pour votre candidature au poste de Responsable Qualité Production sur notre site de Saint-Priest (SPL Industries SAS, marque Arvelia).

Avant de vous rencontrer, nous proposons à tous les candidats retenus une courte étude de cas : vous trouverez en pièce jointe un dossier de lot anonymisé comportant deux déviations. Nous vous demandons d'en faire l'analyse (criticité, investigation, CAPA proposées) sur deux pages maximum, à nous renvoyer d'ici le vendredi 26 septembre.

Nous en discuterons ensemble lors de l'entretien.

Bonne journée,

Julien Ferrand
Directeur Qualité & Pharmacien Responsable Intérimaire
SPL Industries SAS – Arvelia Génériques
ZI Les Meurières, 69800 Saint-Priest
""",
        attach=[
            (
                "Etude_de_cas_dossier_lot_anonymise.pdf",
                "application/pdf",
                "%PDF-1.4 dossier de lot anonymisé",
            )
        ],
    ),
    m(
        "j13",
        "2025-10-01 10:11:59 +0200",
        "Julien Ferrand <j.ferrand@spl-industries.fr>",
        "RE: Arvelia – étude de cas avant entretien",
        ("interview", ARV, ARV_R, 4, "direct", "fr"),
        """Bonjour Camille,

Merci pour votre analyse, très structurée ; l'arbre des causes sur la déviation 2 nous a particulièrement plu.

Je vous propose de venir nous rencontrer le mercredi 15 octobre à 9h30 : entretien avec moi-même et Mme Aurélie Gomez (DRH), puis une mise en situation en salle blanche avec notre responsable de production. Comptez la matinée.

Pouvez-vous me confirmer ?

Julien Ferrand
Directeur Qualité – Arvelia Génériques

> Le 26 sept. 2025 à 18:02, Camille Dubois-Nkemelu <camille.dubois-nkemelu@laposte.net> a écrit :
>
> Bonjour Monsieur Ferrand,
> Veuillez trouver ci-joint mon analyse du dossier de lot.
> Bien cordialement,
> Camille Dubois-Nkemelu
""",
        **rep("j12"),
    ),
    m(
        "j14",
        "2025-11-05 15:27:03 +0100",
        "Julien Ferrand <j.ferrand@spl-industries.fr>",
        "RE: Candidature Responsable Qualité Production",
        ("confirmation", ARV, ARV_R, 4, "direct", "fr"),
        """Bonjour Camille,

Bien reçu, je vous remercie de nous avoir prévenus rapidement. Je clôture donc votre candidature de notre côté.

C'est dommage pour nous, mais je comprends parfaitement : Bruxelles, c'est une belle aventure. Bonne installation là-bas !

Julien

> Le mar. 4 nov. 2025 à 20:41, Camille Dubois-Nkemelu a écrit :
> Je souhaite retirer ma candidature pour le poste de Responsable Qualité Production, pour des raisons de déménagement en Belgique.
""",
        st="withdrawn",
    ),
    # --- 5: Alteris Intérim, client named late -----------------------------------------------
    m(
        "j15",
        "2025-09-11 09:22:10 +0200",
        "Sandrine Oudot – Alteris Intérim <s.oudot@alteris-interim.fr>",
        "Mission CDD 6 mois – AQ Fournisseurs – Lyon 7e",
        ("outreach", None, "Chargée Assurance Qualité Fournisseurs (CDD)", None, "agency", "fr"),
        """Bonjour Camille,

Je me permets de vous contacter suite à la consultation de votre CV sur notre base candidats.

Pour l'un de nos clients, laboratoire pharmaceutique international implanté à Lyon 7e, je recherche un(e) Chargé(e) d'Assurance Qualité Fournisseurs pour une mission de 6 mois (remplacement congé maternité), démarrage début octobre :
- qualification et suivi des fournisseurs de matières premières et d'articles de conditionnement
- audits fournisseurs (30 % de déplacements en France)
- gestion des cahiers des charges et des réclamations fournisseurs

Profil pharmacien ou ingénieur, expérience BPF indispensable. Taux horaire selon profil + IFM/ICCP.

Seriez-vous disponible pour un échange téléphonique cette semaine ?

Sandrine Oudot
Chargée de recrutement – Pôle Santé & Life Sciences
Alteris Intérim – Agence Lyon Part-Dieu
04 72 00 18 65
""",
    ),
    m(
        "j16",
        "2025-09-17 12:05:44 +0200",
        "Sandrine Oudot – Alteris Intérim <s.oudot@alteris-interim.fr>",
        "RE: Mission CDD 6 mois – AQ Fournisseurs – Lyon 7e",
        ("interview", MOR, MOR_R, 5, "agency", "fr"),
        """Bonjour Camille,

Bonne nouvelle : le client a retenu votre candidature et souhaite vous rencontrer. Comme convenu, je peux maintenant vous dire qu'il s'agit des Laboratoires Morvan, site de Gerland.

Entretien avec Mme Claire Brunet, Responsable AQ Fournisseurs, le lundi 22 septembre à 16h00, 14 avenue Tony Garnier, 69007 Lyon. Demandez Mme Brunet à l'accueil.

N'hésitez pas à m'appeler après l'entretien pour me faire votre retour.

Sandrine

Le 11/09/2025 à 14:37, Camille Dubois-Nkemelu a écrit :
> Bonjour Sandrine, la mission m'intéresse, je suis disponible demain après-midi pour en parler.
""",
        **rep("j15"),
    ),
    m(
        "j17",
        "2025-09-26 17:50:12 +0200",
        "Sandrine Oudot – Alteris Intérim <s.oudot@alteris-interim.fr>",
        "Retour client – Laboratoires Morvan",
        ("rejection", MOR, MOR_R, 5, "agency", "fr"),
        """Bonjour Camille,

J'ai eu le retour de Mme Brunet ce matin. Elle a apprécié votre rigueur et votre connaissance des BPF, mais elle a finalement retenu une candidate déjà formée à leur système de gestion fournisseurs, disponible immédiatement.

Je suis désolée pour cette réponse. Je garde votre profil en tête pour nos prochaines missions Qualité sur la région lyonnaise.

Belle fin de semaine,
Sandrine Oudot
Alteris Intérim
""",
    ),
    # --- 6: Biolysse via APEC (ghosted) ------------------------------------------------------
    m(
        "j18",
        "2025-09-12 06:30:00 +0000",
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre candidature à l'offre « Responsable Qualité Fournisseurs H/F »",
        ("confirmation", BIO, BIO_R, 6, "other", "fr"),
        html="""<html><body><table width="600" style="font-family:Helvetica,Arial"><tr><td>
<img src="https://www.apec.fr/static/logo-apec.png" alt="Apec"><br><br>
Bonjour Camille Dubois-Nkemelu,<br><br>
Nous vous confirmons l'envoi de votre candidature à l'offre suivante :<br>
<b>Responsable Qualité Fournisseurs H/F</b><br>
BIOLYSSE - Lyon 09 - 69<br>
Référence Apec : 176543289W<br><br>
Le recruteur a désormais accès à votre CV et à votre lettre de motivation. Vous pouvez retrouver cette candidature dans votre espace « Mes candidatures ».<br><br>
<a href="https://www.apec.fr/candidat/mon-espace/mes-candidatures.html">Mes candidatures</a><br><br>
L'Apec vous souhaite bonne chance !
</td></tr></table></body></html>""",
    ),
    # --- 7: Répartition Pharma Rhône via Indeed ------------------------------------------------
    m(
        "j19",
        "2025-09-15 19:12:33 +0000",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Pharmacien responsable intérimaire H/F",
        ("confirmation", RPR, RPR_R, 7, "indeed", "fr"),
        """Candidature envoyée

Pharmacien responsable intérimaire H/F
Répartition Pharma Rhône - Vénissieux (69)

Votre candidature a été envoyée à Répartition Pharma Rhône. Nous vous préviendrons si l'employeur consulte votre candidature.

Voici ce que vous avez envoyé :
- CV : CV_CDuboisNkemelu_2025.pdf
- Réponses aux questions de l'employeur (3)

Consulter les candidatures : https://fr.indeed.com/myjobs

Indeed - 6 rue Ménars, 75002 Paris
""",
    ),
    m(
        "j20",
        "2025-09-18 08:44:05 +0000",
        "Indeed <indeedapply@indeed.com>",
        "Votre candidature a été consultée par Répartition Pharma Rhône",
        ("viewed", RPR, RPR_R, 7, "indeed", "fr"),
        """Bonne nouvelle, Camille !

Répartition Pharma Rhône a consulté votre candidature pour le poste Pharmacien responsable intérimaire H/F.

Cela ne signifie pas forcément que vous serez contacté(e), mais c'est bon signe. En attendant, continuez à postuler à d'autres offres.

Voir des offres similaires : https://fr.indeed.com/jobs?q=pharmacien+responsable&l=Lyon
""",
    ),
    m(
        "j21",
        "2025-10-03 10:02:47 +0200",
        "Recrutement RPR <rh@rpr-repartition.fr>",
        "Pharmacien responsable intérimaire – Vénissieux",
        ("rejection", RPR, RPR_R, 7, "direct", "fr"),
        """Madame,

Nous avons bien reçu votre candidature via Indeed et vous remercions de l'intérêt porté à notre établissement de répartition.

Après examen, nous ne pouvons malheureusement pas donner une suite favorable à votre candidature : le poste requiert une expérience préalable de pharmacien responsable (ou délégué) en distribution en gros, conformément aux exigences des BPD.

Nous vous souhaitons une bonne continuation.

Service Ressources Humaines
Répartition Pharma Rhône SAS
""",
    ),
    # --- 8: Pharmacie du Parc, owner from personal webmail -------------------------------------
    m(
        "j22",
        "2025-10-13 21:08:26 +0200",
        "Bertrand Lacombe <bertrand.lacombe69@orange.fr>",
        "Re: Candidature pharmacien adjoint",
        ("interview", PARC, PARC_R, 8, "direct", "fr"),
        """Bonsoir Madame Dubois-Nkemelu,

Merci pour votre candidature spontanée déposée à l'officine samedi. Je vous écris de ma boîte perso, celle de la pharmacie est surtout utilisée pour les commandes.

Le poste d'adjoint est un CDI à 28h/semaine (un samedi sur deux), avec une vraie place pour la démarche qualité (certification QMS officine) et les entretiens pharmaceutiques.

Pourriez-vous passer jeudi 16 vers 13h, pendant la fermeture de midi ? On en discutera autour d'un café dans l'arrière-boutique.

Bien cordialement,
Bertrand Lacombe
Pharmacien titulaire – Pharmacie du Parc, 58 boulevard des Belges, Lyon 6e

Envoyé depuis mon mobile
""",
    ),
    m(
        "j23",
        "2025-11-08 10:31:40 +0100",
        "Bertrand Lacombe <bertrand.lacombe69@orange.fr>",
        "Re: Re: Candidature pharmacien adjoint",
        ("confirmation", PARC, PARC_R, 8, "direct", "fr"),
        """Bonjour Camille,

Bien noté, merci de m'avoir prévenu. Je vous souhaite le meilleur pour Bruxelles, et si vous repassez par Lyon, venez dire bonjour.

Bertrand

Le 7 nov. 2025 à 19:55, Camille Dubois-Nkemelu a écrit :
> Bonsoir Monsieur Lacombe,
> Je préfère être transparente : nous partons à Bruxelles début 2026, je retire donc ma candidature pour le poste d'adjoint. Merci encore pour votre accueil.
""",
        st="withdrawn",
        **rep("j22"),
    ),
    # --- 9: Théralys Biologics via Galénic Emploi ----------------------------------------------
    m(
        "j24",
        "2025-09-23 11:14:00 +0200",
        "Galénic Emploi <candidatures@galenic-emploi.fr>",
        "Candidature transmise – Chargé(e) de validation (Théralys Biologics)",
        ("confirmation", THE, THE_R, 9, "other", "fr"),
        """Bonjour Camille,

Votre candidature a été transmise à Théralys Biologics pour l'offre :
Chargé(e) de validation – procédés et nettoyage – CDI – Marcy-l'Étoile (69)
Réf. GE-88412

Le recruteur vous répondra directement. Vous pouvez suivre vos candidatures depuis votre tableau de bord : https://www.galenic-emploi.fr/mon-compte/candidatures

Galénic Emploi – le job board des métiers du médicament
""",
    ),
    m(
        "j25",
        "2025-10-09 16:48:31 +0200",
        "Emma Vial <emma.vial@theralys-bio.com>",
        "Votre candidature Théralys",
        ("rejection", THE, THE_R, 9, "direct", "fr"),
        """Bonjour Camille,

Merci d'avoir pris le temps de postuler chez Théralys Biologics. Votre profil est de grande qualité et votre double compétence AQ / affaires réglementaires a beaucoup intéressé l'équipe Validation.

Nous avons toutefois fait le choix de privilégier un profil ayant une expérience plus directe de la validation de procédés aseptiques et de la qualification d'équipements. Ce n'est donc pas une suite favorable pour ce poste, mais nous aimerions garder le contact pour de futures ouvertures en Assurance Qualité.

Bien cordialement,

Emma Vial
Talent Acquisition Partner
Théralys Biologics – Marcy-l'Étoile
""",
    ),
    # --- 10: Kalyxa via Welcome to the Jungle -------------------------------------------------
    m(
        "j26",
        "2025-09-24 13:02:18 +0000",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Votre candidature chez Kalyxa a bien été envoyée",
        ("confirmation", KAL, KAL_R, 10, "other", "fr"),
        html="""<html><body style="background:#fff7e6;font-family:Arial">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<h2>Bravo Camille, c'est envoyé 🎉</h2>
<p>Votre candidature pour le poste <strong>Quality Manager (H/F) – Dispositifs médicaux</strong> chez <strong>Kalyxa</strong> a bien été envoyée.</p>
<p>L'équipe de Kalyxa va l'étudier avec attention. En attendant, découvrez les coulisses de l'entreprise :</p>
<p><a href="https://www.welcometothejungle.com/fr/companies/kalyxa">Découvrir Kalyxa</a></p>
<p style="font-size:12px;color:#888">Welcome to the Jungle – 10 rue de la Victoire, 75009 Paris</p>
</div></body></html>""",
    ),
    m(
        "j27",
        "2025-10-06 10:00:00 +0200",
        "Inès Marchal <ines@kalyxa.io>",
        "Kalyxa x Camille – on se parle ?",
        ("interview", KAL, KAL_R, 10, "direct", "fr"),
        """Hello Camille,

Merci pour ta candidature ! Je suis Inès, COO de Kalyxa (on fabrique des capteurs connectés de classe IIa pour le suivi des plaies chroniques).

On cherche quelqu'un pour porter notre système qualité ISO 13485 et préparer le passage MDR, et ton profil pharmacien + AQ nous parle beaucoup. Je t'ai envoyé une invitation Google Meet pour jeudi 9 octobre à 17h30, 45 minutes. Dis-moi si ça te va.

À jeudi,
Inès

--
Inès Marchal · COO · Kalyxa
Station F, 5 parvis Alan Turing, 75013 Paris
""",
        ics={
            "start": "2025-10-09 17:30:00 +0200",
            "minutes": 45,
            "organizer": ("Inès Marchal", "ines@kalyxa.io"),
            "uid": "5k2m0a7r8c1vq9pe3d4t6hj0bn@google.com",
            "summary": "Kalyxa – Camille Dubois-Nkemelu (Quality Manager)",
            "description": "Rejoindre avec Google Meet : https://meet.google.com/kqa-vfrn-xpd",
            "location": "Google Meet",
        },
    ),
    m(
        "j28",
        "2025-10-09 16:12:40 +0200",
        "Inès Marchal <ines@kalyxa.io>",
        "Réponse automatique : Kalyxa x Camille – on se parle ?",
        ("other_job", KAL, KAL_R, None, "direct", "fr"),
        """Bonjour,

Je suis en déplacement au salon MedFIT jusqu'au 9 octobre inclus, avec un accès limité à mes mails. Je vous répondrai dès mon retour.
Pour toute urgence : contact@kalyxa.io

Inès
""",
    ),
    m(
        "j29",
        "2025-10-24 12:40:03 +0200",
        "Inès Marchal <ines@kalyxa.io>",
        "Re: Kalyxa x Camille – on se parle ?",
        ("rejection", KAL, KAL_R, 10, "direct", "fr"),
        """Hello Camille,

Merci encore pour le temps passé avec nous, et pour l'échange avec Hugo la semaine dernière.

On a pris notre décision et on ne va pas avancer ensemble cette fois-ci : on a besoin de quelqu'un qui a déjà mené une certification MDR de bout en bout, et on a trouvé ce profil. Ça n'a vraiment rien à voir avec la qualité de nos échanges.

Je te souhaite plein de belles choses à Bruxelles !
Inès
""",
        **rep("j27"),
    ),
    # --- 11 & 12: Orvane Pharma on SmartRecruiters, then the re-application --------------------
    m(
        "j30",
        "2025-09-29 07:03:55 +0000",
        "Orvane Pharma <no-reply@smartrecruiters.com>",
        "Thank you for applying to Orvane Pharma",
        ("confirmation", ORV, ORV_R, 11, "smartrecruiters", "en"),
        """Dear Camille,

Thank you for your interest in Orvane Pharma and for applying for the position of Regulatory Affairs Specialist (Paris, France).

We have received your application and our recruiting team will review it carefully. Unfortunately, due to the high number of applications we receive, we are not able to provide individual feedback to every candidate; if your profile matches our requirements, we will contact you within the next three weeks.

In the meantime, you can follow the status of your application here:
https://jobs.smartrecruiters.com/OrvanePharma/744000081927345-regulatory-affairs-specialist

Kind regards,
Talent Acquisition Team
Orvane Pharma
""",
    ),
    m(
        "j31",
        "2025-10-15 14:21:09 +0000",
        "Orvane Pharma <no-reply@smartrecruiters.com>",
        "Your application for Regulatory Affairs Specialist",
        ("rejection", ORV, ORV_R, 11, "smartrecruiters", "en"),
        """Dear Camille,

Thank you for taking the time to apply for the Regulatory Affairs Specialist position at Orvane Pharma.

We have now reviewed all applications and regret to let you know that we will not be moving forward with your candidacy at this time. This decision was not easy given the strength of the applicant pool.

We encourage you to keep an eye on our careers page and to apply for future openings that match your experience.

Best regards,
Orvane Pharma Talent Acquisition
""",
    ),
    m(
        "j32",
        "2026-01-19 09:47:22 +0000",
        "Orvane Pharma <no-reply@smartrecruiters.com>",
        "Thank you for applying to Orvane Pharma",
        ("confirmation", ORV, ORV_R, 12, "smartrecruiters", "en"),
        """Dear Camille,

Thanks for applying for Regulatory Affairs Specialist – EU Procedures (Brussels, Belgium) at Orvane Pharma. Good news travels: your application is in!

Our team will review your profile and get back to you if there is a match. You can check where things stand at any time:
https://jobs.smartrecruiters.com/OrvanePharma/744000104456120-regulatory-affairs-specialist-eu-procedures

Kind regards,
Orvane Pharma Talent Acquisition
""",
    ),
    # --- alerts, outreach, portal mail (France) ----------------------------------------------
    m(
        "j40",
        "2025-09-02 05:41:00 +0000",
        "Indeed <alert@indeed.com>",
        "12 nouveaux emplois : pharmacien assurance qualité à Lyon (69)",
        ("alert", None, None, None, "indeed", "fr"),
        """Pharmacien assurance qualité – Lyon (69)

Responsable Assurance Qualité H/F – Laboratoire Sérilys – Lyon 7e – CDI
Pharmacien AQ libération de lots – Adéquat Santé – Villeurbanne
Chargé(e) Affaires Réglementaires – Cosmétiques Brumeline – Lyon 2e
... et 9 autres offres

Voir toutes les offres : https://fr.indeed.com/jobs?q=pharmacien+assurance+qualit%C3%A9&l=Lyon
Se désabonner de cette alerte : https://fr.indeed.com/alert/unsubscribe
""",
        headers={"List-Unsubscribe": "<https://fr.indeed.com/alert/unsubscribe>"},
    ),
    m(
        "j41",
        "2025-09-09 06:15:00 +0000",
        "Apec <alertes@apec.fr>",
        "Vos nouvelles offres : « qualité pharmaceutique » – Auvergne-Rhône-Alpes",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><p>Bonjour Camille,</p><p>5 nouvelles offres correspondent à votre recherche « qualité pharmaceutique » :</p>
<ul><li>Responsable Qualité Fournisseurs H/F – BIOLYSSE – Lyon 09</li><li>Pharmacien Assurance Qualité H/F – confidentiel – Grenoble</li><li>Quality Compliance Manager – Groupe Nalvès – Clermont-Ferrand</li></ul>
<p><a href="https://www.apec.fr/candidat/recherche-emploi.html">Voir les offres</a></p></body></html>""",
    ),
    m(
        "j42",
        "2025-09-20 14:48:21 +0000",
        "Théo Garnier via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Opportunité Pharmacien Responsable – Paris",
        ("outreach", None, "Pharmacien Responsable", None, "linkedin", "fr"),
        """Bonjour Camille,

Je suis consultant chez Praxis Talents Santé, cabinet spécialisé dans le recrutement de cadres de l'industrie pharmaceutique.

Je travaille actuellement sur un poste de Pharmacien Responsable pour une ETI française de façonnage (CDMO), basée en Île-de-France. Votre expérience en libération de lots et en relations avec l'ANSM me semble très pertinente.

Seriez-vous ouverte à un échange confidentiel ?

Bien à vous,
Théo Garnier
Praxis Talents Santé

Répondre : https://www.linkedin.com/messaging/
""",
    ),
    m(
        "j43",
        "2025-09-04 08:10:05 +0000",
        "Laboratoires Vallière <vlgroup@myworkday.com>",
        "Vérifiez votre adresse e-mail",
        ("other_job", VAL, None, None, "workday", "fr"),
        """Bonjour,

Vous avez créé un compte candidat sur le site carrières de Laboratoires Vallière. Pour activer votre compte, veuillez cliquer sur le lien ci-dessous dans les 24 heures :

https://vlgroup.wd3.myworkdayjobs.com/fr-FR/VLG_Careers/activate/7fd0e6c1a9b4

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""",
    ),
    m(
        "j44",
        "2025-09-30 07:30:00 +0000",
        "HelloWork <alertes@hellowork.com>",
        "Nouvelles offres pour « affaires réglementaires » près de Lyon",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><p>Camille, 7 offres publiées depuis hier :</p>
<p><b>Chargé affaires réglementaires H/F</b> – Laboratoires Cerval – Lyon – CDI</p>
<p><b>Regulatory Affairs Officer</b> – Medivaux – Écully – CDD 12 mois</p>
<p><b>Responsable Qualité DM H/F</b> – Ortheo Médical – Villeurbanne – CDI</p>
<p><a href="https://www.hellowork.com/fr-fr/emploi/recherche.html?k=affaires+r%C3%A9glementaires&l=Lyon">Toutes les offres</a></p>
<p style="font-size:11px">Vous ne souhaitez plus recevoir cette alerte ? <a href="https://www.hellowork.com/fr-fr/alertes.html">Gérer mes alertes</a></p></body></html>""",
    ),
    m(
        "j45",
        "2025-10-11 08:00:00 +0000",
        "Galénic Emploi <newsletter@galenic-emploi.fr>",
        "Les offres de la semaine : 34 postes en Assurance Qualité",
        ("alert", None, None, None, "other", "fr"),
        """Galénic Emploi – les offres de la semaine

ASSURANCE QUALITÉ
• Pharmacien AQ Opérationnelle – Laboratoire Tessier – Orléans
• Responsable AQ Système – CDMO Ligérienne – Tours
• QA Specialist – Biologics – Lyon – CDD
AFFAIRES RÉGLEMENTAIRES
• Chargé(e) AR CMC – Paris 13e
• Regulatory Affairs Manager – Neuilly-sur-Seine

Voir les 34 offres : https://www.galenic-emploi.fr/offres?metier=assurance-qualite
Désinscription : https://www.galenic-emploi.fr/desinscription
""",
    ),
    m(
        "j46",
        "2025-11-20 10:05:37 +0000",
        "Orvane Pharma <no-reply@smartrecruiters.com>",
        "Welcome to the Orvane Pharma Talent Community",
        ("alert", ORV, None, None, "smartrecruiters", "en"),
        """Hi Camille,

Thanks for joining the Orvane Pharma Talent Community! We'll let you know when new roles that match your interests (Quality Assurance, Regulatory Affairs – France, Belgium) are published.

You can update your preferences at any time:
https://careers.smartrecruiters.com/OrvanePharma/talent-community

The Orvane Pharma Talent Team
""",
    ),
    m(
        "j47",
        "2025-10-28 16:19:02 +0100",
        "Laboratoires Vallière <vlgroup@myworkday.com>",
        "Votre avis compte : votre expérience candidat",
        ("other_job", VAL, None, None, "workday", "fr"),
        """Bonjour Camille,

Vous avez récemment participé à un processus de recrutement chez Laboratoires Vallière. Afin d'améliorer l'expérience de nos candidats, nous vous invitons à répondre à un court questionnaire (3 minutes, anonyme) :

https://survey.laboratoires-valliere.com/candidat/2025?t=8f21c

Merci pour votre participation.
L'équipe Talent Acquisition
""",
    ),
]

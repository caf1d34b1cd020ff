# ruff: noqa: E501, RUF100
"""Corpus 159, job mail part one (data only): see heldout159.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer
and role names, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Zurich's offset on ``day`` (CEST until the last Sunday of October 2025)."""
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(dated_spec, tz)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "fr") -> tuple[Any, ...]:
    """Application mail."""
    return (cat, co, role, app, src, lang)


def J(
    cat: str, src: str, co: str | None = None, role: str | None = None, lang: str = "fr"
) -> tuple[Any, ...]:
    """Job mail that belongs to no application (alerts, outreach, other job mail)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "fr") -> tuple[Any, ...]:
    """Mail that is not about jobs."""
    return ("not_job", lang)


def ics(
    uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any
) -> dict[str, Any]:
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" plus offset from :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def rep(*ids: str) -> dict[str, str]:
    """Threading headers of a reply to the Message-IDs ``ids`` (oldest first)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


# Employers and roles, as a person would write them (labels only; the mail names them its own way).
LIG, LIGR = "Maison Lignières", "Contrôleur de gestion industriel"
ETAT, ETATR = "État du Haut-Léman", "Contrôleur-euse de gestion"
SAU, SAUR = "Banque Sauvin", "Contrôleur de gestion – Business Partner"
NUT, NUTR = "Nutrivera", "Finance Business Partner – Supply Chain"
VAL, VALR = "Valmi", "Contrôleur de gestion Logistique"
CHUL, CHULR = "CHUL", "Contrôleur-euse de gestion"
CAL, CALR = "Calmat", "Finance Business Partner Opérations"
SWA, SWAR = "Safe Water Alliance", "Finance Business Partner (Programmes)"
ORB, ORB1, ORB2 = "Orbitec Medical", "Contrôleur de gestion", "Senior Controller"
PER, PERR = "Confiserie Perrottet", "Contrôleur de gestion"
MET, METR = "Fiduciaire Mettraux", "Comptable – contrôleur de gestion"
BAEV, BAEVR = "Bundesamt für Energieversorgung", "Controllerin / Controller"
KEL, KELR = "Kelvio", "Finance Business Partner"
CUE, CUER = "Menuiserie Cuendet", "Responsable administratif et financier"
VMA, VMAR = "Vaudmatic", "Contrôleur de gestion"
MAR, MARR = "Transports Margot", "Comptable-contrôleur de gestion"
EJO, EJOR = "Énergies du Jorat", "Contrôleur de gestion"
MRA, MRAR = "Mutuelle Romande", "Business Controller"
ALP, ALPR = "Alpcargo", "FP&A Analyst"
SEN, SENR = "Sensimetrix", "Finance Controller"

ME_ADDR = "noemie.favre-rochat@bluewin.ch"

# Senders this module uses more than once.
SERTIS = "Groupe Sertis – Talent Acquisition <talents@sertis-group.example>"
CHLOE = "Chloé Berthoud <chloe.berthoud@sertis-group.example>"
SPE = "Etat du Haut-Léman – Service du personnel <noreply.recrutement@hautleman.example>"
MONNIER = "Monnier Isabelle (DGF) <isabelle.monnier@hautleman.example>"
SF_SAUVIN = "Sauvin, Delacour & Cie SA <noreply@successfactors.eu>"
DUTOIT = "Dutoit Laura <laura.dutoit@sauvin.example>"
WD_NV = "Nutrivera Talent Acquisition <nvgroup@myworkday.com>"
PORTAIL_VALMI = "Portail emploi Valmi <ne-pas-repondre@jobs.valmi.example>"
REFLINE_CHUL = "CHUL – Recrutement <noreply@refline.ch>"
FERREIRA = "Nadia Ferreira <nadia.ferreira@calmat.example>"
DS_CALMAT = "Nadia Ferreira via Docusign <dse@eumail.docusign.net>"
RAMAN = "Priya Raman <p.raman@safewateralliance.example>"

MAIL: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ Maison Lignières (Groupe Sertis)
    m(
        "q7f2",
        "2025-09-04 10:12",
        SERTIS,
        "Accusé de réception – Réf. ML-CG-0925",
        A("confirmation", LIG, LIGR, 1, "direct"),
        """Madame Favre-Rochat,

Nous accusons réception de votre dossier de candidature pour le poste de

    Contrôleur de gestion industriel (H/F) – 80-100 %
    Manufacture Lignières, Le Sentier

et vous remercions de l'intérêt que vous portez à notre Groupe et à ses Maisons.

Votre dossier sera étudié avec attention par nos équipes. Compte tenu du nombre important de
postulations reçues, nous vous remercions de votre patience : nous reviendrons vers vous dans un
délai de trois à quatre semaines.

Avec nos meilleures salutations,

Talent Acquisition
Groupe Sertis SA
Route des Artisans 3 – 1347 Le Sentier

----------------------------------------------------------------------
Ce message est généré automatiquement. Merci de ne pas y répondre.
Les données transmises sont traitées conformément à notre déclaration de protection des données :
https://www.sertis-group.example/fr/protection-des-donnees
""",
        headers={"Auto-Submitted": "auto-generated"},
    ),
    m(
        "x1pz",
        "2025-09-16 08:47",
        "SHL Assessments <noreply@shl.com>",
        "Groupe Sertis SA : invitation à compléter vos évaluations en ligne",
        A("assessment", LIG, LIGR, 1, "other"),
        """Bonjour Noémie,

Dans le cadre de votre candidature auprès de Groupe Sertis SA, vous êtes invitée à compléter les
évaluations en ligne suivantes :

  • Verify – Raisonnement numérique (environ 18 minutes)
  • OPQ32r – Questionnaire sur votre style de comportement au travail (environ 25 minutes)

Date limite : 23.09.2025 à 23:59 (heure d'Europe centrale)

Pour commencer, cliquez sur le lien ci-dessous :
https://www.shl.com/assess/invite?c=GSER-7H2K-19QX&lang=fr-CH

Conseils :
- Prévoyez un moment calme, sans interruption, et une connexion Internet stable.
- Une calculatrice et du papier brouillon sont autorisés pour le test numérique.
- Vos résultats seront transmis à Groupe Sertis SA ; SHL ne prend aucune décision de recrutement.

En cas de difficulté technique, consultez notre centre d'aide : https://support.shl.com

Cordialement,
L'équipe SHL pour le compte de Groupe Sertis SA

Cet e-mail a été envoyé à noemie.favre-rochat@bluewin.ch. Politique de confidentialité :
https://www.shl.com/legal/privacy/
""",
    ),
    m(
        "c4nr",
        "2025-09-26 14:30",
        CHLOE,
        "Entretien vidéo – Contrôleur de gestion industriel (Le Sentier)",
        A("interview", LIG, LIGR, 1, "direct"),
        """Madame,

Nous avons bien reçu les résultats de vos évaluations en ligne et vous en remercions.

J'ai le plaisir de vous proposer un premier entretien par vidéo le mercredi 1er octobre 2025 à
9h00 (durée : 45 minutes), en présence de Mme Valérie Golay, Responsable du contrôle de gestion
de la Manufacture. Vous trouverez l'invitation Teams ci-jointe.

Si ce créneau ne vous convenait pas, n'hésitez pas à me proposer d'autres disponibilités.

Meilleures salutations,

Chloé Berthoud
HR Business Partner – Maisons horlogères
Groupe Sertis SA | Route des Artisans 3 | 1347 Le Sentier
T +41 21 845 00 00 | www.sertis-group.example

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ5NDc3YjEt%40thread.v2/0?context=%7b%22Tid%22%3a%22sertis%22%7d
ID de réunion : 384 112 905 771
Code secret : 7dH4pQ
________________________________________________________________________________
""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000031C4A9F2B12EDC01000000000000000010000000",
            "2025-10-01 09:00",
            "Entretien vidéo – N. Favre-Rochat / Contrôleur de gestion industriel",
            ("Chloé Berthoud", "chloe.berthoud@sertis-group.example"),
            minutes=45,
            style="outlook",
            location="Réunion Microsoft Teams",
            attendees=[("Valérie Golay", "valerie.golay@lignieres.example")],
            description="Premier entretien. Participants : Valérie Golay, Chloé Berthoud.",
        ),
    ),
    m(
        "d9aa",
        "2025-10-03 16:05",
        CHLOE,
        "Invitation – 2e entretien au Sentier",
        A("interview", LIG, LIGR, 1, "direct"),
        """Madame Favre-Rochat,

Suite à notre échange de mercredi, que Mme Golay et moi-même avons beaucoup apprécié, nous avons
le plaisir de vous inviter à un second entretien dans nos locaux :

  Date : mardi 14 octobre 2025, 14h00 – 15h30
  Lieu : Manufacture Lignières, Route des Artisans 3, 1347 Le Sentier (réception, bâtiment B)
  Participants : M. Thierry Reymond, Directeur financier de la Maison, et Mme Valérie Golay

L'entretien sera suivi d'une courte visite des ateliers. Un parking visiteurs est à votre
disposition devant le bâtiment B ; depuis Lausanne, le train régional s'arrête au Sentier-Orient.

Je vous remercie de me confirmer votre présence.

Meilleures salutations,

Chloé Berthoud
HR Business Partner – Maisons horlogères
Groupe Sertis SA
""",
        html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Madame Favre-Rochat,</p>
<p>Suite à notre échange de mercredi, que Mme Golay et moi-même avons beaucoup apprécié, nous avons le plaisir de vous inviter à un second entretien dans nos locaux :</p>
<table style="margin-left:20px"><tr><td><b>Date</b></td><td>mardi 14 octobre 2025, 14h00 – 15h30</td></tr>
<tr><td><b>Lieu</b></td><td>Manufacture Lignières, Route des Artisans 3, 1347 Le Sentier (réception, bâtiment B)</td></tr>
<tr><td><b>Participants</b></td><td>M. Thierry Reymond, Directeur financier de la Maison, et Mme Valérie Golay</td></tr></table>
<p>L'entretien sera suivi d'une courte visite des ateliers. Un parking visiteurs est à votre disposition devant le bâtiment B ; depuis Lausanne, le train régional s'arrête au Sentier-Orient.</p>
<p>Je vous remercie de me confirmer votre présence.</p>
<p>Meilleures salutations,</p>
<p><b>Chloé Berthoud</b><br>HR Business Partner – Maisons horlogères<br>Groupe Sertis SA</p>
<p><img src="https://www.sertis-group.example/mail/logo-lignieres.png" alt="Lignières – Manufacture horlogère depuis 1868"></p>
</body></html>""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A0D1C3B4C83CDC01000000000000000010000000",
            "2025-10-14 14:00",
            "2e entretien – Mme Favre-Rochat (Contrôle de gestion)",
            ("Chloé Berthoud", "chloe.berthoud@sertis-group.example"),
            minutes=90,
            style="outlook",
            location="Manufacture Lignières, bâtiment B, Le Sentier",
            attendees=[
                ("Thierry Reymond", "thierry.reymond@lignieres.example"),
                ("Valérie Golay", "valerie.golay@lignieres.example"),
            ],
        ),
    ),
    m(
        "e3k0",
        "2025-10-06 11:20",
        CHLOE,
        "Mis à jour : 2e entretien – Mme Favre-Rochat (Contrôle de gestion)",
        A("interview", LIG, LIGR, 1, "direct"),
        """Madame,

M. Reymond ayant un empêchement de dernière minute le 14 octobre, je me vois contrainte de
déplacer notre rendez-vous au jeudi 16 octobre 2025 à 10h00, au même endroit. Je vous prie de
nous excuser pour ce changement.

Merci d'accepter la nouvelle invitation ou de me signaler si cette date vous pose problème.

Meilleures salutations,
Chloé Berthoud
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A0D1C3B4C83CDC01000000000000000010000000",
            "2025-10-16 10:00",
            "2e entretien – Mme Favre-Rochat (Contrôle de gestion)",
            ("Chloé Berthoud", "chloe.berthoud@sertis-group.example"),
            minutes=90,
            style="outlook",
            sequence=1,
            location="Manufacture Lignières, bâtiment B, Le Sentier",
            attendees=[
                ("Thierry Reymond", "thierry.reymond@lignieres.example"),
                ("Valérie Golay", "valerie.golay@lignieres.example"),
            ],
        ),
    ),
    m(
        "f5hm",
        "2025-10-31 17:42",
        CHLOE,
        "Votre candidature",
        A("rejection", LIG, LIGR, 1, "direct"),
        """Chère Madame Favre-Rochat,

Je tiens tout d'abord à vous remercier, au nom de M. Reymond et de Mme Golay, pour le temps que
vous nous avez consacré tout au long de ce processus. Vos compétences analytiques et votre
connaissance des coûts de revient industriels ont été unanimement relevées, et votre visite des
ateliers a laissé une excellente impression.

Il nous a néanmoins fallu faire un choix parmi plusieurs profils de grande qualité, et nous
avons décidé de poursuivre avec une personne disposant déjà d'une expérience dans l'industrie
horlogère, notamment sur la valorisation des stocks de composants.

Cette décision n'a pas été facile. Nous nous permettrons, avec votre accord, de conserver votre
dossier afin de vous recontacter si une opportunité correspondant à votre profil devait se
présenter au sein de l'une des Maisons du Groupe.

Je vous souhaite plein succès dans vos démarches.

Avec nos meilleures salutations,

Chloé Berthoud
HR Business Partner – Maisons horlogères
Groupe Sertis SA
""",
    ),
    # ------------------------------------------------------------------ État du Haut-Léman (DGF)
    m(
        "h8wt",
        "2025-09-09 07:58",
        SPE,
        "Accusé de réception – Offre d'emploi n° 2025-0417",
        A("confirmation", ETAT, ETATR, 2, "direct"),
        """Madame,

Nous accusons bonne réception de votre postulation du 8 septembre 2025 en réponse à l'offre
d'emploi suivante :

    N° 2025-0417 – Contrôleur-euse de gestion à 80-100 %
    Direction générale des finances (DGF)
    Classe salariale 10-11, entrée en fonction : 1er décembre 2025 ou à convenir

La procédure de recrutement comprend plusieurs étapes (analyse des dossiers, tests d'aptitude,
entretiens). Les personnes dont le dossier est retenu seront contactées d'ici au 3 octobre 2025.
Sans nouvelles de notre part à cette date, vous pouvez considérer que votre candidature n'a pas
pu être retenue.

Nous vous remercions de l'intérêt que vous portez à l'Administration cantonale.

Service du personnel de l'État (SPE)
Rue de l'Hôtel-de-Ville 9 – Case postale – 1800 Vevey

Ce courriel est envoyé automatiquement par le système de gestion des candidatures. Les réponses
à cette adresse ne sont pas traitées.
""",
    ),
    m(
        "j2ub",
        "2025-10-06 13:15",
        MONNIER,
        "Procédure de recrutement n° 2025-0417 – convocation aux tests d'aptitude",
        A("assessment", ETAT, ETATR, 2, "direct"),
        """Madame Favre-Rochat,

Votre dossier de candidature a retenu l'attention de la commission de recrutement, et nous avons
le plaisir de vous convoquer aux tests d'aptitude qui auront lieu le

    lundi 20 octobre 2025 à 8h30
    Rue de l'Hôtel-de-Ville 9, 3e étage, salle 3.12

Les tests comprennent :
 1. une épreuve écrite (cas pratique d'analyse d'écarts budgétaires et rédaction d'une note de
    synthèse à l'intention de la direction, 90 minutes) ;
 2. un test de raisonnement logique et numérique sur ordinateur (40 minutes).

Les documents personnels et l'accès à Internet ne sont pas autorisés ; une calculatrice vous
sera fournie. Merci de vous munir d'une pièce d'identité.

Nous vous saurions gré de bien vouloir confirmer votre participation par retour de courriel
d'ici au 10 octobre.

Avec nos meilleures salutations,

Isabelle Monnier
Spécialiste RH
Direction générale des finances – Unité ressources humaines
Etat du Haut-Léman
""",
        attach=[
            (
                "Plan_acces_Hotel-de-Ville_9.pdf",
                "application/pdf",
                "%PDF-1.4\n% plan d'accès – Rue de l'Hôtel-de-Ville 9\n%%EOF\n",
            )
        ],
    ),
    m(
        "k6cz",
        "2025-10-27 10:02",
        MONNIER,
        "Procédure de recrutement n° 2025-0417 – entretien",
        A("interview", ETAT, ETATR, 2, "direct"),
        """Madame,

Au vu des résultats des tests d'aptitude du 20 octobre, nous avons le plaisir de vous convoquer
à un entretien avec la commission de recrutement :

  mercredi 5 novembre 2025, de 14h00 à 15h15
  Rue de l'Hôtel-de-Ville 9, salle de conférence 2.04

La commission sera composée de Mme Anne-Catherine Dériaz, cheffe de la DGF, de M. Olivier Chevalley,
responsable du contrôle de gestion, et de moi-même.

Nous vous prions de bien vouloir apporter l'original de vos diplômes et certificats de travail.

Avec nos meilleures salutations,

Isabelle Monnier
Spécialiste RH – DGF
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000E1A7F08C1C47DC01000000000000000010000000",
            "2025-11-05 14:00",
            "Entretien – procédure 2025-0417 (Mme Favre-Rochat)",
            ("Monnier Isabelle (DGF)", "isabelle.monnier@hautleman.example"),
            minutes=75,
            style="outlook",
            location="Rue de l'Hôtel-de-Ville 9, salle 2.04",
            attendees=[
                ("Dériaz Anne-Catherine (DGF)", "anne-catherine.deriaz@hautleman.example"),
                ("Chevalley Olivier (DGF)", "olivier.chevalley@hautleman.example"),
            ],
        ),
    ),
    m(
        "l0ve",
        "2025-12-03 15:40",
        MONNIER,
        "Procédure de recrutement n° 2025-0417",
        A("rejection", ETAT, ETATR, 2, "direct"),
        """Madame,

Nous revenons vers vous au terme de la procédure de recrutement pour le poste de contrôleur-euse
de gestion à la Direction générale des finances.

Nous vous remercions vivement de l'intérêt que vous avez manifesté et du temps que vous avez
consacré aux différentes étapes. Votre parcours et votre motivation ont été appréciés par la
commission, et vos résultats aux tests d'aptitude étaient très satisfaisants.

Notre choix s'est toutefois porté sur une personne dont le profil correspond plus étroitement
aux exigences du poste, en particulier en matière de finances publiques (MCH2).

Conformément à nos directives, les documents que vous nous avez transmis seront détruits au
terme de la procédure. Nous vous souhaitons plein succès pour la suite de votre parcours
professionnel.

Avec nos meilleures salutations,

Isabelle Monnier
Spécialiste RH – DGF
Etat du Haut-Léman
""",
    ),
    # ------------------------------------------------------------------ Banque Sauvin (SuccessFactors)
    m(
        "m1dq",
        "2025-10-13 09:31",
        SF_SAUVIN,
        "Bienvenue sur notre portail carrières",
        J("other_job", "other", SAU),
        """Chère Madame Favre-Rochat,

Votre compte candidat a été créé avec succès.

Nom d'utilisateur : noemie.favre-rochat@bluewin.ch

Pour activer votre compte et définir votre mot de passe, veuillez cliquer sur le lien ci-dessous
dans les 72 heures :
https://career5.successfactors.eu/career?company=sauvindelaP&career_ns=activate&token=Vk2xQ9rT

Vous pourrez ensuite suivre vos candidatures, mettre à jour votre profil et vous abonner à nos
alertes emploi.

Meilleures salutations,
Talent Acquisition
Sauvin, Delacour & Cie SA
""",
    ),
    m(
        "n4sl",
        "2025-10-13 09:44",
        SF_SAUVIN,
        "Merci pour votre candidature – Réf. 4471",
        A("confirmation", SAU, SAUR, 3, "other"),
        """Chère Madame Favre-Rochat,

Nous vous remercions d'avoir postulé pour le poste « Contrôleur de gestion – Business Partner
Wealth Management (80-100 %) », réf. 4471, à Genève.

Votre dossier a bien été enregistré et sera examiné par notre équipe Talent Acquisition ainsi que
par le département concerné. Nous reviendrons vers vous dans les meilleurs délais.

Vous pouvez consulter le statut de votre candidature à tout moment sur notre portail carrières.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Talent Acquisition
Sauvin, Delacour & Cie SA
Quai de l'Île 7 – 1204 Genève

Ce message vous est adressé automatiquement. Sauvin, Delacour & Cie SA est une banque
soumise à la surveillance de la FINMA.
""",
        html="""<html><body style="font-family:Georgia,serif;color:#1c2a39">
<table width="600" align="center"><tr><td style="border-bottom:2px solid #8a6d3b;padding:12px">
<img src="https://rmkcdn.successfactors.com/sauvin/logo_sdc.png" alt="SDC" height="36"></td></tr>
<tr><td style="padding:16px">
<p>Chère Madame Favre-Rochat,</p>
<p>Nous vous remercions d'avoir postulé pour le poste « Contrôleur de gestion – Business Partner Wealth Management (80-100 %) », réf. 4471, à Genève.</p>
<p>Votre dossier a bien été enregistré et sera examiné par notre équipe Talent Acquisition ainsi que par le département concerné. Nous reviendrons vers vous dans les meilleurs délais.</p>
<p>Vous pouvez consulter le statut de votre candidature à tout moment sur <a href="https://career5.successfactors.eu/career?company=sauvindelaP">notre portail carrières</a>.</p>
<p>Nous vous prions d'agréer, Madame, nos salutations distinguées.</p>
<p>Talent Acquisition<br>Sauvin, Delacour &amp; Cie SA<br>Quai de l'Île 7 – 1204 Genève</p>
</td></tr><tr><td style="font-size:10px;color:#777;padding:12px">Ce message vous est adressé automatiquement. Sauvin, Delacour &amp; Cie SA est une banque soumise à la surveillance de la FINMA.</td></tr></table>
</body></html>""",
    ),
    m(
        "o7gx",
        "2025-11-10 17:10",
        DUTOIT,
        "Entretien – Business Partner Controlling",
        A("interview", SAU, SAUR, 3, "direct"),
        """Chère Madame Favre-Rochat,

Je fais suite à votre candidature au poste de Contrôleur de gestion – Business Partner Wealth
Management et ai le plaisir de vous inviter à un premier entretien :

mardi 18 novembre 2025 à 10h30
Banque Sauvin, Quai de l'Île 7, 1204 Genève – merci de vous annoncer à la réception au rez.

Vous rencontrerez M. Fabrice Lachat, Head of Financial Controlling, et moi-même. Prévoyez
environ une heure.

Au plaisir de faire votre connaissance,

Laura Dutoit
Talent Acquisition Partner
Banque Sauvin
Sauvin, Delacour & Cie SA | Quai de l'Île 7 | CH-1204 Genève
Tél. +41 22 819 00 00

Le présent message est confidentiel et destiné exclusivement à son destinataire. Si vous
l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.
""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000005A1C2E47AB51DC01000000000000000010000000",
            "2025-11-18 10:30",
            "Entretien N. Favre-Rochat – BP Controlling",
            ("Dutoit Laura", "laura.dutoit@sauvin.example"),
            minutes=60,
            style="outlook",
            location="Quai de l'Île 7, Genève – salle Rhône",
            attendees=[("Lachat Fabrice", "fabrice.lachat@sauvin.example")],
        ),
    ),
    m(
        "p2yf",
        "2025-11-28 08:55",
        DUTOIT,
        "RE: Entretien – Business Partner Controlling",
        A("interview", SAU, SAUR, 3, "direct"),
        """Chère Madame Favre-Rochat,

Merci encore pour votre venue le 18 novembre. M. Lachat souhaiterait poursuivre le processus et
vous présenter à M. Jean-Marc Vuilleumier, COO, ainsi qu'à Mme Sandra Oberson, CFO.

Seriez-vous disponible le mardi 9 décembre à 14h00 ? Je vous envoie l'invitation ; n'hésitez pas
à me dire si l'horaire ne vous convient pas.

Belle fin de semaine,
Laura Dutoit

-----Message d'origine-----
De : Dutoit Laura
Envoyé : lundi, 10 novembre 2025 17:10
À : 'Noémie Favre-Rochat' <noemie.favre-rochat@bluewin.ch>
Objet : Entretien – Business Partner Controlling

Chère Madame Favre-Rochat,

Je fais suite à votre candidature au poste de Contrôleur de gestion – Business Partner Wealth
Management et ai le plaisir de vous inviter à un premier entretien :
[...]
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000C93F0B6DF160DC01000000000000000010000000",
            "2025-12-09 14:00",
            "2e entretien N. Favre-Rochat – COO / CFO",
            ("Dutoit Laura", "laura.dutoit@sauvin.example"),
            minutes=60,
            style="outlook",
            location="Quai de l'Île 7, Genève – 4e étage",
            attendees=[
                ("Vuilleumier Jean-Marc", "jean-marc.vuilleumier@sauvin.example"),
                ("Oberson Sandra", "sandra.oberson@sauvin.example"),
            ],
        ),
        **rep("<AM0PR07MB4410C2A1E8F3@AM0PR07MB4410.eurprd07.prod.outlook.com>"),
    ),
    m(
        "r5bn",
        "2026-01-15 11:03",
        DUTOIT,
        "RE: Retrait de ma candidature – réf. 4471",
        A("confirmation", SAU, SAUR, 3, "direct"),
        """Chère Madame Favre-Rochat,

Je vous remercie de nous avoir informés de votre décision. Nous en prenons bonne note et avons
retiré votre candidature du processus en cours.

M. Lachat regrette de ne pas pouvoir poursuivre avec vous, mais il vous adresse, tout comme
moi, ses sincères félicitations pour votre nouveau poste.

Nous vous souhaitons un excellent départ.

Cordialement,
Laura Dutoit

-----Message d'origine-----
De : Noémie Favre-Rochat <noemie.favre-rochat@bluewin.ch>
Envoyé : mercredi, 14 janvier 2026 21:37
À : Dutoit Laura <laura.dutoit@sauvin.example>
Objet : Retrait de ma candidature – réf. 4471

Madame Dutoit,

Je vous remercie encore pour les entretiens très intéressants de novembre et décembre. Je
souhaite toutefois vous informer que j'ai accepté une autre proposition et je retire donc ma
candidature au poste de Business Partner Controlling.

Avec mes meilleures salutations,
Noémie Favre-Rochat
""",
        st="withdrawn",
        **rep("<1736887043.8812.1768423043901@bluewin.ch>"),
    ),
    # ------------------------------------------------------------------ Nutrivera (Workday "nvgroup")
    m(
        "s8ej",
        "2025-09-05 21:17",
        WD_NV,
        "Thank you for applying – Finance Business Partner – Supply Chain (R-0048213)",
        A("confirmation", NUT, NUTR, 4, "workday", "en"),
        """Dear Noémie,

Thank you for your application for the position of Finance Business Partner – Supply Chain
(R-0048213) based in La Tour-de-Peilz, Switzerland.

We have received your application and our Talent Acquisition team will review it shortly. If
your profile matches the requirements of the role, we will contact you to discuss next steps.

You can follow the status of your application at any time in Candidate Home:
https://nvgroup.wd3.myworkdayjobs.com/en-US/External/userHome

Kind regards,

Talent Acquisition
Nutrivera S.A. – Avenue du Lac 55, 1814 La Tour-de-Peilz

Please do not reply to this email; this mailbox is not monitored.
""",
        html="""<html><body style="margin:0;background:#f4f1ea;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff"><tr><td style="background:#005b41;padding:18px">
<img src="https://nvgroup.wd3.myworkdayjobs.com/wday/cxs/nvgroup/External/sidebarimage/logo.png" alt="NV" height="32"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222">
<p>Dear Noémie,</p>
<p>Thank you for your application for the position of <b>Finance Business Partner – Supply Chain (R-0048213)</b> based in La Tour-de-Peilz, Switzerland.</p>
<p>We have received your application and our Talent Acquisition team will review it shortly. If your profile matches the requirements of the role, we will contact you to discuss next steps.</p>
<p><a href="https://nvgroup.wd3.myworkdayjobs.com/en-US/External/userHome" style="background:#005b41;color:#fff;padding:10px 18px;text-decoration:none">Go to Candidate Home</a></p>
<p>Kind regards,<br>Talent Acquisition<br>Nutrivera S.A. – Avenue du Lac 55, 1814 La Tour-de-Peilz</p>
</td></tr><tr><td style="padding:12px;font-size:11px;color:#888">Please do not reply to this email; this mailbox is not monitored.</td></tr></table>
</td></tr></table></body></html>""",
    ),
    m(
        "t3ow",
        "2025-09-11 10:02",
        "Nutrivera via HireVue <noreply@hirevue.com>",
        "Nutrivera – next step: your video interview",
        A("assessment", NUT, NUTR, 4, "hirevue", "en"),
        """Hi Noémie,

Thank you for your interest in the Finance Business Partner – Supply Chain role at Nutrivera.

As a next step, we invite you to complete an on-demand video interview. You will be asked five
questions and will have up to 3 minutes to record each answer. You can complete it at any time
before Thursday, 18 September 2025, 23:59 CEST, from a computer or a smartphone.

Start your interview: https://app.hirevue.com/interviews/nv-7Qm2XbL9/start

Before you begin, we recommend you try the practice question to test your camera and microphone.

Good luck!
The Nutrivera Talent Acquisition Team

Powered by HireVue. Need help? https://candidate.hirevue.com/support
""",
    ),
    m(
        "u6rk",
        "2025-09-14 19:40",
        "HireVue <noreply@hirevue.com>",
        "Your responses have been submitted",
        A("assessment", NUT, NUTR, 4, "hirevue", "en"),
        """Hi Noémie,

Thanks for completing your interview for Finance Business Partner – Supply Chain. Your responses
have been submitted to Nutrivera.

The hiring team will review your interview and contact you about next steps. There is nothing
else you need to do at this time.

HireVue
This is an automated message. Please do not reply.
""",
    ),
    m(
        "v9ps",
        "2025-09-30 06:12",
        WD_NV,
        "Your application at Nutrivera",
        A("rejection", NUT, NUTR, 4, "workday", "en"),
        """Dear Noémie,

Thank you for your interest in Nutrivera and for the time you invested in your video interview
for the Finance Business Partner – Supply Chain position.

We enjoyed learning about your experience in industrial controlling, and your answers on
cost-to-serve analysis stood out. The selection was very competitive, however, and after careful
consideration we have decided to move forward with candidates whose experience more closely
matches the current needs of the team, in particular in fast-moving consumer goods.

We encourage you to keep an eye on our career site and to apply again for roles that match your
profile.

With best wishes for your job search,

Talent Acquisition
Nutrivera S.A.
""",
    ),
    m(
        "w2mc",
        "2025-10-02 12:00",
        WD_NV,
        "Complete your application: Plant Controller – Orbe Factory",
        J("alert", "workday", NUT, "Plant Controller – Orbe Factory", "en"),
        """Hello Noémie,

You started an application for Plant Controller – Orbe Factory (R-0049027) but have not
submitted it yet.

The position is still open. Pick up where you left off:
https://nvgroup.wd3.myworkdayjobs.com/en-US/External/job/Orbe/Plant-Controller_R-0049027/apply

Incomplete applications are deleted after 30 days.

Nutrivera Talent Acquisition
""",
    ),
    m(
        "y4tg",
        "2025-10-03 09:15",
        "Nutrivera Talent Acquisition <noreply@qemailserver.com>",
        "Tell us about your candidate experience",
        J("other_job", "other", NUT, NUTR, "en"),
        """Dear Noémie,

You recently took part in our selection process for Finance Business Partner – Supply Chain.
We would be grateful if you could take 3 minutes to tell us how it went – whatever the outcome.

Take the survey: https://nutrivera.eu.qualtrics.com/jfe/form/SV_8kXcTQ1mR?cid=R-0048213

Your answers are anonymous and will help us improve the way we recruit.

Thank you,
Nutrivera Talent Acquisition

Follow the link to opt out of future emails:
https://nutrivera.eu.qualtrics.com/CP/Register.php?OptOut=true
""",
    ),
    # ------------------------------------------------------------------ Valmi (own portal), twice
    m(
        "z7an",
        "2025-09-03 12:33",
        PORTAIL_VALMI,
        "Votre postulation",
        A("confirmation", VAL, VALR, 5, "direct"),
        """Bonjour Madame Favre-Rochat,

Merci pour votre postulation au poste

  Contrôleur·euse de gestion Logistique (80-100 %)
  Centrale de distribution d'Écublens – réf. 25-0842

Nous avons bien reçu votre dossier. Notre équipe RH l'examine et vous donnera des nouvelles
dans les prochaines semaines.

Vous pouvez à tout moment consulter ou retirer votre postulation dans votre espace personnel :
https://jobs.valmi.example/candidat/mes-postulations

Avec nos meilleures salutations

Ressources humaines
Fédération des coopératives Valmi
""",
    ),
    m(
        "a2wf",
        "2025-09-29 16:20",
        PORTAIL_VALMI,
        "Votre postulation",
        A("rejection", VAL, VALR, 5, "direct"),
        """Bonjour Madame Favre-Rochat,

Nous vous remercions de votre postulation et de l'intérêt que vous témoignez à Valmi.

Votre parcours en contrôle de gestion industriel est intéressant et nous l'avons examiné avec
soin. Après comparaison des dossiers, nous avons toutefois retenu des candidatures qui
correspondent davantage au profil recherché, notamment en termes d'expérience dans la logistique
de distribution.

Nous vous souhaitons beaucoup de succès pour la suite et espérons vous retrouver prochainement
sur notre site emploi.

Avec nos meilleures salutations

Ressources humaines
Fédération des coopératives Valmi
Réf. 25-0842
""",
    ),
    m(
        "b5xs",
        "2025-12-05 08:10",
        PORTAIL_VALMI,
        "Votre postulation",
        A("confirmation", VAL, VALR, 6, "direct"),
        """Bonjour Madame Favre-Rochat,

Merci pour votre postulation au poste

  Contrôleur·euse de gestion Logistique (80-100 %)
  Centrale de distribution d'Écublens – réf. 25-1187

Nous avons bien reçu votre dossier. Notre équipe RH l'examine et vous donnera des nouvelles
dans les prochaines semaines.

Vous pouvez à tout moment consulter ou retirer votre postulation dans votre espace personnel :
https://jobs.valmi.example/candidat/mes-postulations

Avec nos meilleures salutations

Ressources humaines
Fédération des coopératives Valmi
""",
    ),
    m(
        "c8ky",
        "2025-12-18 14:45",
        "Gilliéron Marc-Antoine <ma.gillieron@valmi.example>",
        "Poste de contrôleur·euse de gestion logistique – rencontre",
        A("interview", VAL, VALR, 6, "direct"),
        """Bonjour Madame Favre-Rochat,

Je suis le responsable du contrôle de gestion de la logistique et c'est moi qui reprends le
recrutement pour ce poste, que nous avons remis au concours après un premier engagement qui n'a
pas abouti. J'ai vu que vous aviez déjà postulé en septembre : votre expérience des prix de
revient en production m'intéresse.

Je vous propose de nous rencontrer le mercredi 7 janvier à 14h00 à la centrale d'Écublens
(Chemin du Dépôt 12, accueil principal). Je vous envoie une invitation, vous pouvez la
déplacer si nécessaire.

Belles fêtes de fin d'année !

Marc-Antoine Gilliéron
Responsable Contrôle de gestion Logistique
Valmi – Centrale de distribution d'Écublens
""",
        ics=ics(
            "5r0m2kq9c1h7gq4vb8e3d6n0tt@google.com",
            "2026-01-07 14:00",
            "Entretien N. Favre-Rochat – CG Logistique",
            ("Marc-Antoine Gilliéron", "ma.gillieron@valmi.example"),
            minutes=60,
            location="Valmi, Chemin du Dépôt 12, 1024 Écublens",
        ),
    ),
    # ------------------------------------------------------------------ CHUL (Refline)
    m(
        "d1ft",
        "2025-10-22 11:55",
        REFLINE_CHUL,
        "Confirmation de réception de votre candidature",
        A("confirmation", CHUL, CHULR, 7, "other"),
        """Madame,

Nous accusons réception de votre candidature pour le poste de

  Contrôleur-euse de gestion à 80 % – Direction administrative et financière
  Réf. 11834

et vous remercions de l'intérêt que vous portez au Centre hospitalier universitaire lémanique.

Votre dossier sera examiné par le service concerné. Nous prendrons contact avec vous si votre
profil est retenu pour la suite de la procédure.

Meilleures salutations

Direction des ressources humaines
CHUL – Centre hospitalier universitaire lémanique

Ce message a été généré automatiquement, merci de ne pas y répondre.
""",
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p><img src="https://www.refline.ch/chul/logo.gif" alt="CHUL"></p>
<p>Madame,</p>
<p>Nous accusons réception de votre candidature pour le poste de<br>
<b>Contrôleur-euse de gestion à 80 % – Direction administrative et financière</b><br>Réf. 11834</p>
<p>et vous remercions de l'intérêt que vous portez au Centre hospitalier universitaire lémanique.</p>
<p>Votre dossier sera examiné par le service concerné. Nous prendrons contact avec vous si votre profil est retenu pour la suite de la procédure.</p>
<p>Meilleures salutations</p>
<p>Direction des ressources humaines<br>CHUL – Centre hospitalier universitaire lémanique</p>
<p style="color:#999;font-size:10px">Ce message a été généré automatiquement, merci de ne pas y répondre. | powered by refline</p>
</body></html>""",
    ),
    m(
        "e4gu",
        "2025-11-14 09:20",
        "Mercier Sophie <sophie.mercier@chul.example>",
        "Invitation à un entretien – réf. 11834",
        A("interview", CHUL, CHULR, 7, "direct"),
        """Madame Favre-Rochat,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à un entretien pour le
poste de contrôleur-euse de gestion (réf. 11834) :

  Mardi 25 novembre 2025 à 13h30
  Bâtiment administratif, niveau 08, bureau 812 (suivre la signalétique « Direction »)

Vous rencontrerez M. Philippe Aebischer, responsable du contrôle de gestion, et Mme Nathalie
Cardinaux, adjointe à la direction financière. Une invitation électronique suit.

Le CHUL étant un site non-fumeur et les places de parc étant limitées, nous vous recommandons
d'utiliser les transports publics (m2, arrêt « CHUL »).

Meilleures salutations,

Sophie Mercier
Chargée de recrutement
Direction des ressources humaines – CHUL
""",
        ics=ics(
            "2bb7cc01f4e4e81c@chul.example",
            "2025-11-25 13:30",
            "Entretien contrôle de gestion – Mme N. Favre-Rochat",
            ("Sophie Mercier", "sophie.mercier@chul.example"),
            minutes=60,
            location="CHUL, bâtiment administratif, bureau 08/812",
        ),
    ),
    m(
        "f7hv",
        "2025-12-08 10:10",
        REFLINE_CHUL,
        "Votre candidature – réf. 11834",
        A("rejection", CHUL, CHULR, 7, "other"),
        """Madame,

Nous vous remercions de l'intérêt que vous avez porté à notre institution ainsi que du temps
consacré à l'entretien.

Nous vous informons que le poste de contrôleur-euse de gestion (réf. 11834) a été pourvu.

Nous vous souhaitons plein succès dans vos recherches et vous adressons, Madame, nos meilleures
salutations.

Direction des ressources humaines
CHUL – Centre hospitalier universitaire lémanique
""",
    ),
    # ------------------------------------------------------------------ Calmat (jobup.ch -> SmartRecruiters)
    m(
        "g0iw",
        "2025-10-07 07:45",
        "jobup.ch <noreply@jobup.ch>",
        "Votre candidature a été envoyée",
        A("confirmation", CAL, CALR, 8, "other"),
        """Bonjour Noémie,

Votre candidature a bien été transmise.

  Finance Business Partner Opérations (80-100 %)
  Calmat Suisse SA – Bofflens

Vous avez été redirigée vers le site de l'entreprise pour finaliser votre candidature. Les
prochaines étapes vous seront communiquées directement par l'entreprise.

Retrouvez toutes vos candidatures dans votre compte : https://www.jobup.ch/fr/compte/candidatures/

Bonne chance !
L'équipe jobup.ch

jobup.ch – Une marque de JobCloud SA. Désabonnement et préférences :
https://www.jobup.ch/fr/compte/notifications/
""",
        headers={"List-Unsubscribe": "<https://www.jobup.ch/fr/compte/notifications/>"},
    ),
    m(
        "h3jx",
        "2025-10-07 07:49",
        "Calmat Group <noreply@smartrecruiters.com>",
        "Merci pour votre candidature chez Calmat",
        A("confirmation", CAL, CALR, 8, "smartrecruiters"),
        """Bonjour Noémie,

Merci d'avoir postulé au poste de Finance Business Partner Opérations chez Calmat Suisse SA.

Nous avons bien reçu votre candidature. Notre équipe va l'étudier attentivement et reviendra vers
vous dès que possible.

En attendant, découvrez notre engagement pour une construction bas carbone :
https://www.calmat-group.example/fr/durabilite

Cordialement,
L'équipe Recrutement Calmat

--
This message was sent to you by Calmat Group via SmartRecruiters.
Privacy Policy: https://www.smartrecruiters.com/privacy-policy/
""",
    ),
    m(
        "i6ky",
        "2025-10-21 13:00",
        "Calmat Suisse SA via TestGorilla <no-reply@testgorilla.com>",
        "Invitation : étude de cas Excel – Calmat Suisse SA",
        A("assessment", CAL, CALR, 8, "other"),
        """Bonjour Noémie Favre-Rochat,

Calmat Suisse SA vous invite à passer l'évaluation « Finance Business Partner – étude de cas Excel ».

L'évaluation comprend :
  - Microsoft Excel (avancé) – 10 min
  - Étude de cas : analyse des coûts d'une usine de ciment (fichier Excel à télécharger,
    tableau croisé, écarts volume / prix, 3 recommandations) – 45 min
  - Questions de motivation – 5 min

Vous avez jusqu'au 28 octobre 2025 pour la compléter.

Commencer l'évaluation :
https://app.testgorilla.com/assessment/invite/6f3e29a1-calmat?lang=fr

Bonne chance !
L'équipe TestGorilla, au nom de Calmat Suisse SA
""",
    ),
    m(
        "j9lz",
        "2025-10-28 16:30",
        FERREIRA,
        "Entretien – Finance Business Partner Opérations",
        A("interview", CAL, CALR, 8, "direct"),
        """Bonjour Madame Favre-Rochat,

Merci d'avoir réalisé notre étude de cas ; vos recommandations ont beaucoup plu à notre CFO.

Nous aimerions vous rencontrer le mardi 4 novembre à 14h00 sur notre site de Bofflens
(Route de la Carrière 12), en présence de M. Pascal Wenger, CFO, et de moi-même. Je vous
envoie une invitation dans la foulée.

Meilleures salutations,

Nadia Ferreira
HR Business Partner
Calmat Suisse SA | Route de la Carrière 12 | 1353 Bofflens
Une société de Calmat Group
""",
        ics=ics(
            "1h9f6tq3s0ml8kc2nq4e7vp5ab@google.com",
            "2025-11-04 14:00",
            "Entretien Finance Business Partner – Noémie Favre-Rochat",
            ("Nadia Ferreira", "nadia.ferreira@calmat.example"),
            minutes=75,
            location="Calmat Suisse SA, Route de la Carrière 12, 1353 Bofflens",
            attendees=[("Pascal Wenger", "pascal.wenger@calmat.example")],
        ),
    ),
    m(
        "k2ma",
        "2025-11-03 07:52",
        FERREIRA,
        "Annulé : Entretien Finance Business Partner – Noémie Favre-Rochat",
        A("interview", CAL, CALR, 8, "direct"),
        """Bonjour Madame Favre-Rochat,

M. Wenger est malheureusement souffrant et nous devons annuler l'entretien de demain. Toutes
nos excuses pour ce contretemps.

Je reviens vers vous aujourd'hui encore avec une nouvelle date.

Nadia Ferreira
""",
        ics=ics(
            "1h9f6tq3s0ml8kc2nq4e7vp5ab@google.com",
            "2025-11-04 14:00",
            "Entretien Finance Business Partner – Noémie Favre-Rochat",
            ("Nadia Ferreira", "nadia.ferreira@calmat.example"),
            minutes=75,
            method="CANCEL",
            location="Calmat Suisse SA, Route de la Carrière 12, 1353 Bofflens",
            attendees=[("Pascal Wenger", "pascal.wenger@calmat.example")],
        ),
    ),
    m(
        "l5nb",
        "2025-11-03 15:15",
        FERREIRA,
        "Nouvelle date – mardi 11 novembre, 10h00",
        A("interview", CAL, CALR, 8, "direct"),
        """Re-bonjour,

Comme promis : est-ce que le mardi 11 novembre à 10h00 vous conviendrait, toujours à Bofflens ?
L'invitation est jointe. M. Wenger se réjouit de vous rencontrer.

Bien à vous,
Nadia

Nadia Ferreira
HR Business Partner
Calmat Suisse SA
""",
        ics=ics(
            "7d2k0pq8m4hx1sb9fe6c3lz2gg@google.com",
            "2025-11-11 10:00",
            "Entretien Finance Business Partner – Noémie Favre-Rochat",
            ("Nadia Ferreira", "nadia.ferreira@calmat.example"),
            minutes=75,
            location="Calmat Suisse SA, Route de la Carrière 12, 1353 Bofflens",
            attendees=[("Pascal Wenger", "pascal.wenger@calmat.example")],
        ),
    ),
    m(
        "m8oc",
        "2025-11-19 18:02",
        FERREIRA,
        "Calmat – 2e entretien et visite de l'usine",
        A("interview", CAL, CALR, 8, "direct"),
        """Bonsoir Madame Favre-Rochat,

Suite à votre entretien avec M. Wenger, nous sommes heureux de vous inviter à une deuxième
rencontre le jeudi 27 novembre de 9h00 à 12h00 :

  09h00  entretien avec M. Luca Bernasconi, COO, et M. Wenger
  10h15  visite de l'usine et de la carrière (chaussures fermées indispensables, les EPI vous
         seront fournis)
  11h15  échange avec deux futures et futurs collègues de l'équipe Finance

Pourriez-vous également préparer une courte présentation (10 minutes, sans support obligatoire)
de la manière dont vous avez accompagné un responsable de production dans le pilotage de ses
coûts ?

Meilleures salutations,
Nadia Ferreira
""",
        ics=ics(
            "3qv8n1b5k7ad0pe2ls9hx4rt6c@google.com",
            "2025-11-27 09:00",
            "2e entretien + visite usine – N. Favre-Rochat",
            ("Nadia Ferreira", "nadia.ferreira@calmat.example"),
            minutes=180,
            location="Calmat Suisse SA, Bofflens",
            attendees=[
                ("Pascal Wenger", "pascal.wenger@calmat.example"),
                ("Luca Bernasconi", "luca.bernasconi@calmat.example"),
            ],
        ),
    ),
    m(
        "n1pd",
        "2026-01-08 15:30",
        FERREIRA,
        "Proposition d'engagement – Finance Business Partner Opérations",
        A("offer", CAL, CALR, 8, "direct"),
        """Chère Madame Favre-Rochat,

Nous avons le plaisir de vous confirmer que votre candidature a été retenue et de vous proposer
le poste de Finance Business Partner Opérations au sein de Calmat Suisse SA, aux conditions
suivantes :

  - Taux d'activité : 90 % (possibilité de télétravail un jour par semaine)
  - Salaire annuel brut : CHF 112'500.– (base 100 % : CHF 125'000.–), versé en 13 mensualités
  - Bonus cible : 8 % selon atteinte des objectifs
  - Entrée en fonction : 1er mars 2026 ou à convenir
  - Lieu de travail : Bofflens, avec des déplacements ponctuels sur nos sites de Suisse romande

Vous trouverez le détail dans la lettre jointe. Nous vous saurions gré de nous faire part de
votre décision d'ici au 15 janvier 2026 ; à réception de votre accord, le contrat vous sera
envoyé pour signature électronique.

M. Wenger et toute l'équipe se réjouissent de vous accueillir.

Meilleures salutations,

Nadia Ferreira
HR Business Partner
Calmat Suisse SA | Une société de Calmat Group
""",
        attach=[
            (
                "Calmat_Proposition_engagement_Favre-Rochat.pdf",
                "application/pdf",
                "%PDF-1.5\n% Calmat Suisse SA – proposition d'engagement\n%%EOF\n",
            )
        ],
    ),
    m(
        "o4qe",
        "2026-01-12 09:05",
        FERREIRA,
        "RE: Proposition d'engagement – Finance Business Partner Opérations",
        A("offer", CAL, CALR, 8, "direct"),
        """Chère Noémie (si vous me permettez),

Quelle excellente nouvelle ! Nous sommes ravis. Je prépare votre contrat de travail : vous le
recevrez ces prochains jours via DocuSign pour signature électronique.

Je vous contacterai ensuite pour organiser votre premier jour.

Belle journée,
Nadia

> Le 11 janv. 2026 à 18:21, Noémie Favre-Rochat <noemie.favre-rochat@bluewin.ch> a écrit :
>
> Madame Ferreira,
>
> Je vous remercie pour votre proposition, que j'ai le plaisir d'accepter. Le 1er mars me
> convient très bien.
>
> Meilleures salutations,
> Noémie Favre-Rochat
""",
        st="accepted",
        **rep("<1768152094.2210.1768152094112@bluewin.ch>"),
    ),
    m(
        "p7rf",
        "2026-01-13 10:22",
        DS_CALMAT,
        "Veuillez signer : Contrat de travail – Noémie Favre-Rochat",
        A("offer", CAL, CALR, 8, "docusign"),
        """Nadia Ferreira vous a envoyé un document à examiner et à signer.

EXAMINER LE DOCUMENT
https://eu.docusign.net/Signing/EmailStart.aspx?a=6b2c1f0e-33d1-4c3b-9f8e-2f2b7d0c5a11&acct=ff3a&er=9c7e

Nadia Ferreira
nadia.ferreira@calmat.example

Bonjour Noémie,
Voici votre contrat de travail pour le poste de Finance Business Partner Opérations. Merci de
le signer d'ici au 20 janvier. N'hésitez pas à m'appeler en cas de question.
Nadia

Ne partagez pas cet e-mail
Cet e-mail contient un lien sécurisé vers Docusign. Veuillez ne pas partager cet e-mail, ce
lien ou le code d'accès avec d'autres personnes.

Autre méthode de signature
Rendez-vous sur docusign.com, cliquez sur « Accéder aux documents » et saisissez le code de
sécurité : 9C7E3B2A41D04F5C8D6E1A2B3C4D5E6F1

À propos de Docusign
Signez des documents électroniquement en quelques minutes seulement. C'est sûr et sécurisé.
""",
        st="accepted",
    ),
    m(
        "q0sg",
        "2026-01-13 20:47",
        "Docusign <dse@eumail.docusign.net>",
        "Complété : Contrat de travail – Noémie Favre-Rochat",
        A("offer", CAL, CALR, 8, "docusign"),
        """Tous les signataires ont complété Contrat de travail – Noémie Favre-Rochat.

AFFICHER LE DOCUMENT COMPLÉTÉ
https://eu.docusign.net/Member/EmailStart.aspx?a=0d4e8b71-9a62-4f1e-a0c3-5b7e21f6d9c8&r=2

Le document complété est joint à ce message au format PDF.

Ne partagez pas cet e-mail
Cet e-mail contient un lien sécurisé vers Docusign. Veuillez ne pas partager cet e-mail, ce
lien ou le code d'accès avec d'autres personnes.

À propos de Docusign
Signez des documents électroniquement en quelques minutes seulement.
""",
        st="accepted",
        attach=[
            (
                "Contrat de travail - Noemie Favre-Rochat.pdf",
                "application/pdf",
                "%PDF-1.6\n% signed envelope\n%%EOF\n",
            )
        ],
    ),
    m(
        "r3th",
        "2026-01-27 08:30",
        "Calmat Suisse SA – Onboarding <onboarding@calmat.example>",
        "Bienvenue chez Calmat ! Votre premier jour, le 2 mars",
        J("other_job", "direct", CAL, CALR),
        """Bonjour Noémie,

Nous nous réjouissons de vous accueillir le lundi 2 mars 2026 à 8h30 à Bofflens.

Avant votre arrivée, merci de :
  1. compléter vos données personnelles et bancaires sur notre portail RH (lien personnel
     envoyé séparément) ;
  2. nous transmettre une copie de votre carte AVS et de votre pièce d'identité ;
  3. nous indiquer votre taille de vêtements de travail et de chaussures de sécurité.

Votre programme d'intégration (journée d'accueil, formation sécurité, présentation des sites)
vous sera envoyé la semaine précédant votre arrivée.

À très bientôt !
L'équipe RH
Calmat Suisse SA
""",
    ),
    # ------------------------------------------------------------------ Safe Water Alliance (Workable)
    m(
        "s6ui",
        "2025-10-14 18:03",
        "Safe Water Alliance <noreply@candidates.workablemail.com>",
        "Thanks for applying to Safe Water Alliance",
        A("confirmation", SWA, SWAR, 9, "workable", "en"),
        """Hi Noémie,

Thank you for applying for the Finance Business Partner (Programmes) position at Safe Water
Alliance. We've received your application and our team will review it carefully.

Due to the high number of applications, we are only able to contact shortlisted candidates.

Thank you for your interest in our mission to bring safe water to 10 million people by 2030.

Best regards,
People & Culture Team
Safe Water Alliance – Rue de Varembé 9, 1202 Geneva

Sent with Workable
""",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p>Hi Noémie,</p>
<p>Thank you for applying for the <strong>Finance Business Partner (Programmes)</strong> position at Safe Water Alliance. We've received your application and our team will review it carefully.</p>
<p>Due to the high number of applications, we are only able to contact shortlisted candidates.</p>
<p>Thank you for your interest in our mission to bring safe water to 10 million people by 2030.</p>
<p>Best regards,<br>People &amp; Culture Team<br>Safe Water Alliance – Rue de Varembé 9, 1202 Geneva</p>
<p style="font-size:11px;color:#aaa">Sent with <a href="https://www.workable.com/?utm_source=candidate_email">Workable</a></p>
</body></html>""",
    ),
    m(
        "t9vj",
        "2025-11-05 12:00",
        RAMAN,
        "Interview – Finance Business Partner (Programmes)",
        A("interview", SWA, SWAR, 9, "direct", "en"),
        """Dear Noémie,

Thank you for your application. We would like to invite you to a first interview with our
Finance Director, Mr Jens Albrecht, and myself on Wednesday 12 November at 15:00 (Geneva time)
via Microsoft Teams. The interview will be in English; part of it may be held in French.

Please let me know if this time does not suit you.

Kind regards,

Priya Raman
Senior People & Culture Officer
Safe Water Alliance | Rue de Varembé 9 | 1202 Geneva | Switzerland
""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000003E8B0D1B664EDC01000000000000000010000000",
            "2025-11-12 15:00",
            "Interview Noémie Favre-Rochat – FBP Programmes",
            ("Priya Raman", "p.raman@safewateralliance.example"),
            minutes=60,
            style="outlook",
            location="Microsoft Teams Meeting",
            attendees=[("Jens Albrecht", "j.albrecht@safewateralliance.example")],
        ),
    ),
    m(
        "u2wk",
        "2025-11-24 17:55",
        RAMAN,
        "Update on the Finance Business Partner recruitment",
        A("confirmation", SWA, SWAR, 9, "direct", "en"),
        """Dear Noémie,

I hope this message finds you well, and thank you again for the interview on 12 November. Jens
and I very much enjoyed our conversation.

I am writing to let you know that, following the significant reduction in institutional funding
announced to our staff last week, our Leadership Team has taken the difficult decision to pause
all ongoing recruitment until the 2026 budget is confirmed. The Finance Business Partner
(Programmes) position is therefore on hold until further notice.

This is in no way a reflection of your candidacy. We will keep your application on file and
will contact you as soon as we are in a position to resume the process, which we hope will be
in the first quarter of 2026.

With our apologies and warm regards,

Priya Raman
Senior People & Culture Officer
Safe Water Alliance
""",
        st="on_hold",
    ),
]

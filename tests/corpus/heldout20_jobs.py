# ruff: noqa: E501
"""Job mail of the twentieth corpus, Switzerland (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

S, W = "+0200", "+0100"

CHUV = "Centre hospitalier universitaire vaudois"
ACH = "Acheteuse / Acheteur 80-100 %"
ETAT = "État de Vaud"
CLOG = "Coordinatrice logistique"
TL = "Transports publics de la région lausannoise"
GST = "Gestionnaire de stock"
COOP = "Coopérative Migrosa Romandie"
APP = "Approvisionneuse/Approvisionneur"
MUT = "Mutuelle Helvétique Assurances"
ADM = "Assistante administrative achats"
UNI = "Université de Neuchâtel"
ECO = "Responsable économat"
HUG = "Hôpitaux universitaires de Genève"
LOG = "Logisticienne - Pharmacie"
FR = "Ville de Fribourg"
SUP = "Collaboratrice supply chain 60 %"

MAIL: list[dict[str, Any]] = [
    # 1 CHUV via Abacus Umantis: confirmation, invitation, interview, offer
    m(
        "20001",
        "2025-11-20 11:02",
        "CHUV Recrutement <noreply@umantis.com>",
        "Confirmation de réception de votre candidature",
        ("confirmation", CHUV, ACH, 1, "other", "fr"),
        text="""Madame Favre,

Nous vous remercions de l'intérêt que vous portez au Centre hospitalier universitaire vaudois et accusons bonne réception de votre dossier de candidature pour le poste de

Acheteuse / Acheteur 80-100 % - Direction des achats (réf. 2025-1187)

Votre dossier sera examiné avec attention. Nous reviendrons vers vous dans les meilleurs délais.

Vous pouvez consulter l'état de votre candidature dans votre espace candidat:
https://recruitingapp-2781.umantis.com/Candidate/Status

Avec nos meilleures salutations

Service des ressources humaines
CHUV - Rue du Bugnon 21 - 1011 Lausanne

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
        tz=W,
    ),
    m(
        "20002",
        "2025-12-08 14:37",
        "Sandrine Jaquier <sandrine.jaquier@chuv.ch>",
        "Poste Acheteuse/Acheteur - Direction des achats",
        ("interview", CHUV, ACH, 1, "direct", "fr"),
        text="""Madame Favre,

Suite à l'examen de votre dossier, nous avons le plaisir de vous inviter à un premier entretien pour le poste d'Acheteuse / Acheteur au sein de notre Direction des achats.

Nous vous proposons les créneaux suivants:
- mardi 16 décembre à 9h00
- jeudi 18 décembre à 14h00

L'entretien aura lieu au Bâtiment administratif, Rue du Bugnon 21, 3e étage, et durera environ une heure (en présence de M. Olivier Rochat, chef de la section achats médicaux).

Merci de me confirmer le créneau qui vous convient.

Meilleures salutations

Sandrine Jaquier
Chargée de recrutement RH
Centre hospitalier universitaire vaudois
Tél. +41 21 314 00 00
""",
        tz=W,
    ),
    m(
        "20003",
        "2025-12-08 20:12",
        "Sandrine Jaquier <sandrine.jaquier@chuv.ch>",
        "RE: Poste Acheteuse/Acheteur - Direction des achats",
        ("interview", CHUV, ACH, 1, "direct", "fr"),
        text="""Parfait, c'est noté pour jeudi 18 décembre à 14h. Vous recevrez une invitation.
Demandez-moi à la réception.

S. Jaquier

-----Message d'origine-----
De: Noémie Favre
Envoyé: lundi 8 décembre 2025 19:48
Objet: RE: Poste Acheteuse/Acheteur - Direction des achats

Bonjour Madame Jaquier,
Le jeudi 18 décembre à 14h me convient très bien. Je vous remercie.
Noémie Favre
""",
        headers=reply("20002", "sandrine.jaquier@chuv.ch"),
        tz=W,
    ),
    m(
        "20004",
        "2025-12-09 08:05",
        "Sandrine Jaquier <sandrine.jaquier@chuv.ch>",
        "Invitation: Entretien N. Favre - Acheteuse/Acheteur @ jeu. 18 déc. 2025 14:00 - 15:00",
        ("interview", CHUV, ACH, 1, "direct", "fr"),
        text="""Entretien N. Favre - Acheteuse/Acheteur
Jeudi 18 décembre 2025 14:00 - 15:00 (CET)
Lieu: CHUV, Rue du Bugnon 21, BH03 salle 318
Organisateur: sandrine.jaquier@chuv.ch
""",
        ics={
            "style": "outlook",
            "start": "2025-12-18 14:00:00 +0100",
            "organizer": ("Sandrine Jaquier", "sandrine.jaquier@chuv.ch"),
            "uid": "040000008200E00074C5B7101A82E0080000000090A1@chuv.ch",
            "summary": "Entretien N. Favre - Acheteuse/Acheteur",
            "location": "CHUV, Rue du Bugnon 21, BH03 salle 318",
        },
        tz=W,
    ),
    m(
        "20005",
        "2026-01-20 17:20",
        "Olivier Rochat <olivier.rochat@chuv.ch>",
        "Suite de notre rencontre",
        ("offer", CHUV, ACH, 1, "direct", "fr"),
        text="""Chère Madame Favre,

Je fais suite à nos deux entretiens et ai le plaisir de vous annoncer que nous souhaitons vous engager en qualité d'acheteuse à 90 % à la Direction des achats, dès le 1er mars 2026 ou à convenir.

Le salaire annuel brut se situe en classe 9 de la grille DECFO-SYSREM, soit CHF 82'400 x 13 à 100 % (pro rata 90 %). Mme Jaquier vous fera parvenir le contrat de travail d'ici la fin de semaine.

Pourriez-vous me confirmer votre accord de principe d'ici au mardi 27 janvier?

Au plaisir de vous accueillir dans l'équipe,

Olivier Rochat
Chef de section Achats médicaux
CHUV
""",
        tz=W,
    ),
    m(
        "20006",
        "2026-01-21 09:41",
        "Olivier Rochat <olivier.rochat@chuv.ch>",
        "RE: Suite de notre rencontre",
        ("offer", CHUV, ACH, 1, "direct", "fr"),
        text="""Bonjour Madame Favre,

Merci pour votre retour rapide, je transmets aux RH. Pour le télétravail: un jour par semaine après le temps d'essai, comme évoqué.

Bien à vous,
O. Rochat

> Bonjour Monsieur Rochat,
> Merci beaucoup, c'est avec plaisir que j'accepte. Une question encore concernant le télétravail...
""",
        headers=reply("20005", "olivier.rochat@chuv.ch"),
        st="accepted",
        tz=W,
    ),
    m(
        "20007",
        "2026-02-10 10:15",
        "RH CHUV - Accueil collaborateurs <accueil.rh@chuv.ch>",
        "Votre arrivée au CHUV le 2 mars",
        ("other_job", CHUV, None, None, "direct", "fr"),
        text="""Madame Favre,

Nous nous réjouissons de vous accueillir le lundi 2 mars 2026. Merci de vous présenter à 8h00 au guichet RH (BH05) muni(e) d'une pièce d'identité et de votre carte AVS.

Le matin sera consacré à la journée d'accueil des nouveaux collaborateurs; votre badge et votre compte informatique vous seront remis sur place.

Documents à nous retourner avant votre arrivée: formulaire de données personnelles, copie du permis de conduire (si applicable), coordonnées bancaires.

Service Accueil collaborateurs
Direction des ressources humaines
""",
        tz=W,
    ),
    # 2 État de Vaud via jobs.ch then Prospective ATS; rejection with neutral subject
    m(
        "20008",
        "2025-09-05 16:48",
        "jobs.ch <noreply@jobs.ch>",
        "Votre candidature a été envoyée",
        ("confirmation", ETAT, CLOG, 2, "other", "fr"),
        html="""<html><body style="font-family:Helvetica,Arial">
<h2>Votre candidature a bien été transmise</h2>
<p>Bonjour Noémie,</p>
<p>Votre candidature pour le poste <b>Coordinatrice/Coordinateur logistique 100 %</b> a été transmise à <b>État de Vaud - Direction générale des immeubles et du patrimoine</b>.</p>
<p>Lieu: Lausanne &middot; Publiée le 28.08.2025</p>
<p><a href="https://www.jobs.ch/fr/offres-emplois/detail/0b3c6a11-9f3e/">Voir l'annonce</a></p>
<p>Bonne chance!<br>Votre équipe jobs.ch</p>
<p style="font-size:11px;color:#999">JobCloud SA, Zurich. Vous recevez cet e-mail car vous avez postulé via jobs.ch.</p>
</body></html>""",
        tz=S,
    ),
    m(
        "20009",
        "2025-09-06 08:00",
        "Etat de Vaud - Emploi <ne-pas-repondre@prospective.ch>",
        "Accusé de réception - Coordinateur-trice logistique (DGIP) 100%",
        ("confirmation", ETAT, CLOG, 2, "other", "fr"),
        text="""Madame,

Nous accusons réception de votre postulation pour le poste cité en objet et vous remercions de l'intérêt témoigné pour l'Administration cantonale vaudoise.

Le délai de postulation échoit le 15 septembre 2025. Les candidatures seront ensuite examinées et une réponse vous parviendra dans un délai d'environ six semaines.

Direction générale des immeubles et du patrimoine
Place de la Riponne 10, 1014 Lausanne
""",
        tz=S,
    ),
    m(
        "20010",
        "2025-10-21 15:30",
        "Etat de Vaud - Emploi <ne-pas-repondre@prospective.ch>",
        "Votre dossier - réf. 8841",
        ("rejection", ETAT, CLOG, 2, "other", "fr"),
        text="""Madame,

Nous revenons vers vous concernant votre postulation au poste de Coordinateur-trice logistique à la DGIP.

Votre parcours a retenu toute notre attention et nous avons apprécié la qualité de votre dossier. Nous avons reçu un très grand nombre de candidatures et, après un examen approfondi, nous avons le regret de vous informer que nous ne pouvons donner une suite favorable à votre candidature.

Nous vous souhaitons plein succès dans vos recherches et vous prions d'agréer, Madame, nos salutations distinguées.

Ressources humaines DGIP
""",
        tz=S,
    ),
    # 3 tl (Transports publics de la région lausannoise) via SuccessFactors: assessment, interview reschedule, ghosted
    m(
        "20011",
        "2025-09-10 09:12",
        "tl - Ressources humaines <rh-recrutement@successfactors.eu>",
        "Votre candidature chez tl",
        ("confirmation", TL, GST, 3, "other", "fr"),
        text="""Bonjour Noémie Favre,

Merci d'avoir postulé au poste de Gestionnaire de stock (H/F) - Dépôt de Perrelet.

Nous avons bien reçu votre candidature. Notre équipe RH l'étudie et reviendra vers vous.

Meilleures salutations
Transports publics de la région lausannoise SA
Ressources humaines
""",
        tz=S,
    ),
    m(
        "20012",
        "2025-09-19 13:44",
        "tl - Ressources humaines <rh-recrutement@successfactors.eu>",
        "Prochaine étape: questionnaire en ligne",
        ("assessment", TL, GST, 3, "other", "fr"),
        text="""Bonjour Noémie Favre,

Dans le cadre de votre candidature au poste de Gestionnaire de stock, nous vous invitons à compléter un questionnaire d'aptitudes (environ 35 minutes: logique, calcul, attention au détail).

Lien personnel: https://assess.tl.ch/q/7f21b0e
Délai: 26 septembre 2025, 23h59.

Meilleures salutations
tl - Ressources humaines
""",
        tz=S,
    ),
    m(
        "20013",
        "2025-10-03 11:06",
        "Marc-Antoine Pidoux <marc-antoine.pidoux@t-l.ch>",
        "Entretien jeudi",
        ("interview", TL, GST, 3, "direct", "fr"),
        text="""Bonjour Madame Favre,

Suite à votre questionnaire, j'aimerais vous rencontrer au dépôt de Perrelet jeudi 9 octobre à 10h30. Possible de votre côté?

Marc-Antoine Pidoux
Responsable magasin central
tl - Transports publics de la région lausannoise
""",
        tz=S,
    ),
    m(
        "20014",
        "2025-10-07 16:58",
        "Marc-Antoine Pidoux <marc-antoine.pidoux@t-l.ch>",
        "RE: Entretien jeudi",
        ("interview", TL, GST, 3, "direct", "fr"),
        text="""Madame Favre,

Désolé, un imprévu: pouvons-nous décaler à lundi 13 à 14h, même endroit? Je m'en excuse.

MAP
""",
        headers=reply("20013", "marc-antoine.pidoux@t-l.ch"),
        tz=S,
    ),
    m(
        "20015",
        "2025-10-07 18:20",
        "Marc-Antoine Pidoux <marc-antoine.pidoux@t-l.ch>",
        "RE: Entretien jeudi",
        ("interview", TL, GST, 3, "direct", "fr"),
        text="""Top, merci. A lundi.

> Pas de souci, lundi 14h c'est bon pour moi.
""",
        headers=reply("20014", "marc-antoine.pidoux@t-l.ch"),
        tz=S,
    ),
    # 4 Coopérative Migrosa via Refline; viewed then on hold
    m(
        "20016",
        "2025-09-12 22:03",
        "Migrosa Jobs <jobs@refline.ch>",
        "Merci pour votre postulation",
        ("confirmation", COOP, APP, 4, "other", "fr"),
        text="""Chère Madame Favre,

Merci beaucoup pour votre postulation en tant qu'Approvisionneuse/Approvisionneur 100 % pour notre centrale de distribution d'Ecublens.

Nous l'examinerons avec soin et vous contacterons d'ici deux à trois semaines.

Cordiales salutations
Coopérative Migrosa Romandie
Ressources humaines
""",
        tz=S,
    ),
    m(
        "20017",
        "2025-10-02 10:22",
        "Migrosa Jobs <jobs@refline.ch>",
        "Information concernant le poste Approvisionneuse/Approvisionneur",
        ("confirmation", COOP, APP, 4, "other", "fr"),
        text="""Chère Madame Favre,

Nous vous remercions de votre patience. En raison d'une réorganisation interne de notre logistique, le recrutement pour ce poste est momentanément suspendu. Nous conservons votre dossier et reviendrons vers vous dès que le processus reprendra, au plus tard en janvier.

Cordiales salutations
Ressources humaines
Coopérative Migrosa Romandie
""",
        st="on_hold",
        tz=S,
    ),
    # 5 Mutuelle Helvétique (brand "MHA", domain groupe-mha.ch) direct via HR generic address; rejection after interview
    m(
        "20018",
        "2025-09-15 09:30",
        "Ressources Humaines <rh@groupe-mha.ch>",
        "Votre candidature spontanée",
        ("confirmation", MUT, ADM, 5, "direct", "fr"),
        text="""Madame,

Nous avons bien reçu votre dossier et vous en remercions. Il se trouve qu'un poste d'assistante administrative achats (80 %) est ouvert à notre siège de Lausanne; nous avons transmis votre dossier au responsable du service.

Avec nos salutations les meilleures,

Service RH
MHA - Mutuelle Helvétique Assurances
Av. de Rumine 33, Lausanne
""",
        tz=S,
    ),
    m(
        "20019",
        "2025-09-29 12:01",
        "Ressources Humaines <rh@groupe-mha.ch>",
        "Rendez-vous le 6 octobre",
        ("interview", MUT, ADM, 5, "direct", "fr"),
        text="""Madame Favre,

Comme convenu par téléphone, nous vous confirmons votre rendez-vous du lundi 6 octobre à 15h30 avec M. Grandjean (Services généraux) et moi-même.

Adresse: Av. de Rumine 33, réception au rez-de-chaussée.

Cordialement,
Laetitia Bovet
RH MHA
""",
        tz=S,
    ),
    m(
        "20020",
        "2025-10-17 08:49",
        "Laetitia Bovet <rh@groupe-mha.ch>",
        "Votre rendez-vous du 6 octobre",
        ("rejection", MUT, ADM, 5, "direct", "fr"),
        text="""Madame Favre,

Nous vous remercions encore pour l'entretien très agréable du 6 octobre. Votre expérience en achats nous a beaucoup intéressés.

Nous avons toutefois fait le choix d'une personne disposant d'une expérience dans le domaine de l'assurance. Cette décision ne remet nullement en question vos compétences.

Nous vous souhaitons plein succès pour la suite.

Laetitia Bovet
RH MHA
""",
        tz=S,
    ),
    # 6 Université de Neuchâtel via jobup.ch - ghosted
    m(
        "20021",
        "2025-09-18 19:10",
        "jobup.ch <info@jobup.ch>",
        "Votre candidature pour Responsable économat (80-100 %)",
        ("confirmation", UNI, ECO, 6, "other", "fr"),
        html="""<html><body>
<p>Bonjour Noémie,</p>
<p>Nous avons bien transmis ta candidature. Voici le résumé:</p>
<table><tr><td>Poste</td><td><b>Responsable économat (80-100 %)</b></td></tr>
<tr><td>Entreprise</td><td>Université de Neuchâtel</td></tr>
<tr><td>Lieu</td><td>Neuchâtel</td></tr></table>
<p>Suis l'état de tes candidatures dans ton compte jobup.ch.</p>
<p>L'équipe jobup.ch</p>
</body></html>""",
        tz=S,
    ),
    # 7 HUG via Taleo: two roles at one employer
    m(
        "20022",
        "2025-10-01 07:55",
        "HUG - Recrutement <hug@taleo.net>",
        "HUG - accusé de réception",
        ("confirmation", HUG, LOG, 7, "taleo", "fr"),
        text="""Madame Noémie Favre,

Nous accusons réception de votre candidature au poste de Logisticien-ne - Pharmacie (réf. 25-0912), Hôpitaux universitaires de Genève.

Vous pouvez suivre son état sur https://hug.taleo.net/careersection/ext/mysubmissions.ftl

Meilleures salutations
Direction des ressources humaines
""",
        tz=S,
    ),
    m(
        "20023",
        "2025-10-01 08:02",
        "HUG - Recrutement <hug@taleo.net>",
        "HUG - accusé de réception",
        ("confirmation", HUG, "Assistant-e approvisionnement", 8, "taleo", "fr"),
        text="""Madame Noémie Favre,

Nous accusons réception de votre candidature au poste d'Assistant-e approvisionnement (réf. 25-0977), Hôpitaux universitaires de Genève.

Vous pouvez suivre son état sur https://hug.taleo.net/careersection/ext/mysubmissions.ftl

Meilleures salutations
Direction des ressources humaines
""",
        tz=S,
    ),
    m(
        "20024",
        "2025-10-29 16:10",
        "HUG - Recrutement <hug@taleo.net>",
        "Votre candidature 25-0977",
        ("rejection", HUG, "Assistant-e approvisionnement", 8, "taleo", "fr"),
        text="""Madame,

Après analyse de votre dossier pour le poste Assistant-e approvisionnement, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.

Nous vous remercions de l'intérêt porté aux HUG.

Direction des ressources humaines
""",
        tz=W,
    ),
    m(
        "20025",
        "2025-11-05 11:30",
        "Valérie Nicolet <valerie.nicolet@hcuge.ch>",
        "Pharmacie HUG - votre dossier",
        ("interview", HUG, LOG, 7, "direct", "fr"),
        text="""Bonjour Madame Favre,

Je suis responsable logistique de la pharmacie des HUG. Votre dossier a retenu notre attention et je souhaiterais m'entretenir avec vous par Teams, vendredi 14 novembre à 11h (30 minutes).

Je vous envoie une invitation séparée.

Bien cordialement,
Valérie Nicolet
Pharmacie des HUG - Logistique
""",
        tz=W,
    ),
    m(
        "20026",
        "2025-11-05 11:34",
        "Valérie Nicolet <valerie.nicolet@hcuge.ch>",
        "Entretien Teams - N. Favre",
        ("interview", HUG, LOG, 7, "direct", "fr"),
        text="""Réunion Microsoft Teams
Rejoindre: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE5
ID de la réunion: 372 118 440 21
""",
        ics={
            "style": "outlook",
            "start": "2025-11-14 11:00:00 +0100",
            "minutes": 30,
            "organizer": ("Valérie Nicolet", "valerie.nicolet@hcuge.ch"),
            "uid": "040000008200E00074C5B7101A82E00800000000F0B2@hcuge.ch",
            "summary": "Entretien Teams - N. Favre",
            "location": "Réunion Microsoft Teams",
        },
        tz=W,
    ),
    m(
        "20027",
        "2025-11-12 09:14",
        "Valérie Nicolet <valerie.nicolet@hcuge.ch>",
        "Annulé: Entretien Teams - N. Favre",
        ("interview", HUG, LOG, 7, "direct", "fr"),
        text="""Bonjour Madame Favre,

Suite à votre message nous informant que vous retirez votre candidature (les horaires en équipes ne vous conviennent pas), j'annule notre rendez-vous de vendredi. Merci de nous avoir prévenus.

V. Nicolet
""",
        ics={
            "style": "outlook",
            "method": "CANCEL",
            "start": "2025-11-14 11:00:00 +0100",
            "minutes": 30,
            "organizer": ("Valérie Nicolet", "valerie.nicolet@hcuge.ch"),
            "uid": "040000008200E00074C5B7101A82E00800000000F0B2@hcuge.ch",
            "summary": "Annulé: Entretien Teams - N. Favre",
        },
        tz=W,
    ),
    m(
        "20028",
        "2025-11-12 09:20",
        "HUG - Recrutement <hug@taleo.net>",
        "Confirmation de retrait de candidature",
        ("confirmation", HUG, LOG, 7, "taleo", "fr"),
        text="""Madame Noémie Favre,

Nous confirmons le retrait de votre candidature au poste Logisticien-ne - Pharmacie (réf. 25-0912).

Direction des ressources humaines
Hôpitaux universitaires de Genève
""",
        st="withdrawn",
        tz=W,
    ),
    # 9 Ville de Fribourg via agency (Partner Emploi), client named late
    m(
        "20029",
        "2025-09-25 10:40",
        "Julien Corminboeuf <j.corminboeuf@alpes-interim.ch>",
        "Votre profil - mission supply chain Fribourg",
        ("outreach", None, None, None, "agency", "fr"),
        text="""Bonjour Madame Favre,

J'ai découvert votre profil sur jobup.ch. Je recrute pour l'un de nos clients, une collectivité publique du canton de Fribourg, une collaboratrice supply chain à 60 % (CDD 12 mois, possibilité de fixe).

Seriez-vous disponible pour un échange téléphonique cette semaine?

Meilleures salutations
Julien Corminboeuf
Conseiller en personnel
Alpes Intérim SA - Bd de Pérolles 7 - 1700 Fribourg
""",
        tz=S,
    ),
    m(
        "20030",
        "2025-09-29 17:02",
        "Julien Corminboeuf <j.corminboeuf@alpes-interim.ch>",
        "RE: Votre profil - mission supply chain Fribourg",
        ("confirmation", FR, SUP, 9, "agency", "fr"),
        text="""Bonjour Noémie,

Merci pour notre échange de ce matin. Comme convenu, j'ai présenté votre dossier à notre client, la Ville de Fribourg (Service des finances - secteur achats et logistique). Je vous tiens au courant dès que j'ai un retour.

Belle soirée,
Julien
""",
        headers=reply("20029", "j.corminboeuf@alpes-interim.ch"),
        tz=S,
    ),
    m(
        "20031",
        "2025-10-06 13:25",
        "Julien Corminboeuf <j.corminboeuf@alpes-interim.ch>",
        "RE: Votre profil - mission supply chain Fribourg",
        ("rejection", FR, SUP, 9, "agency", "fr"),
        text="""Bonjour Noémie,

Petit retour de la Ville: ils ont beaucoup apprécié votre profil mais ont finalement privilégié une candidate bilingue français-allemand, le service travaillant beaucoup avec la Singine. Navré.

Je garde votre dossier pour d'autres missions.
Julien
""",
        headers=reply("20030", "j.corminboeuf@alpes-interim.ch"),
        tz=S,
    ),
]

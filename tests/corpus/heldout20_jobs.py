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

EMS = "Fondation Les Tilleuls"
CIP = "Caisse intercantonale de prévoyance"
GAL = "Gestionnaire achats et logistique (DGEO)"
VDL = "Ville de Lausanne"
ELA = "Groupe E-Lac Énergie SA"

MAIL += [
    # 18 EMS foundation via Indeed; rejection from the director's personal mailbox
    m(
        "20032",
        "2025-10-09 22:17",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Responsable intendance et achats",
        ("confirmation", EMS, "Responsable intendance et achats", 18, "indeed", "fr"),
        html="""<html><body>
<p><b>Candidature envoyée</b></p>
<p>Responsable intendance et achats<br>Fondation Les Tilleuls - Yverdon-les-Bains, VD</p>
<p>Les éléments suivants ont été envoyés à l'employeur: CV, lettre de motivation.</p>
<p>Bonne chance dans votre recherche d'emploi!<br>Indeed</p>
<p style="font-size:10px">Indeed Ireland Operations Ltd, Dublin.</p>
</body></html>""",
        tz=S,
    ),
    m(
        "20033",
        "2025-10-30 07:52",
        "Pierre-Alain Cuendet <pacuendet@bluewin.ch>",
        "Votre offre de service",
        ("rejection", EMS, "Responsable intendance et achats", 18, "direct", "fr"),
        text="""Madame,

Je me permets de vous écrire depuis mon adresse privée, notre messagerie étant en migration.

Nous avons bien reçu votre offre de service pour le poste de responsable intendance et achats et l'avons lue avec intérêt. Nous avons cependant retenu une personne qui connaît déjà le fonctionnement des EMS vaudois.

En vous remerciant et avec mes meilleurs messages,

P.-A. Cuendet
Directeur
Fondation Les Tilleuls - EMS
Rue des Moulins 12, 1400 Yverdon-les-Bains
""",
        tz=W,
    ),
    # 19 CIP via Workday (English); rejection with a neutral subject
    m(
        "20034",
        "2025-11-02 18:40",
        "CIP Careers <cip@myworkday.com>",
        "Thank you for your application",
        ("confirmation", CIP, "Procurement Specialist (80-100%)", 19, "workday", "en"),
        text="""Dear Noémie,

Thank you for applying for the position Procurement Specialist (80-100%) (JR-1043) in Lausanne. We have received your application and will be in touch once we have reviewed it.

Kind regards,
Talent Acquisition
Caisse intercantonale de prévoyance
""",
        tz=W,
    ),
    m(
        "20035",
        "2025-11-26 12:09",
        "CIP Careers <cip@myworkday.com>",
        "Your application JR-1043",
        ("rejection", CIP, "Procurement Specialist (80-100%)", 19, "workday", "en"),
        text="""Dear Noémie,

Thank you for your interest in CIP. We appreciated learning about your skills and experience.

Unfortunately we will not be moving forward with your application for Procurement Specialist (80-100%). We encourage you to apply to future openings that match your profile.

Kind regards,
Talent Acquisition
""",
        tz=W,
    ),
    # 20 Re-application at État de Vaud (another department) after the rejection of 2
    m(
        "20036",
        "2026-01-12 09:15",
        "Etat de Vaud - Emploi <ne-pas-repondre@prospective.ch>",
        "Accusé de réception - Gestionnaire achats et logistique (DGEO) 80%",
        ("confirmation", ETAT, GAL, 20, "other", "fr"),
        text="""Madame,

Nous accusons réception de votre postulation pour le poste cité en objet et vous remercions de l'intérêt témoigné pour l'Administration cantonale vaudoise.

Le délai de postulation échoit le 25 janvier 2026.

Direction générale de l'enseignement obligatoire
Rue de la Barre 8, 1014 Lausanne
""",
        tz=W,
    ),
    m(
        "20037",
        "2026-02-02 15:50",
        "Stéphane Gilliéron <stephane.gillieron@vd.ch>",
        "Poste 80% DGEO - entretien",
        ("interview", ETAT, GAL, 20, "direct", "fr"),
        text="""Madame Favre,

Nous serions heureux de vous recevoir pour un entretien le mercredi 11 février à 10h00, Rue de la Barre 8, salle 204.

Meilleures salutations
Stéphane Gilliéron
Chef de l'unité logistique DGEO
""",
        tz=W,
    ),
    # 21 Ville de Lausanne via Abacus Umantis: confirmation, test, ghosted
    m(
        "20038",
        "2025-11-14 14:02",
        "Ville de Lausanne - Emplois <noreply@umantis.com>",
        "Votre candidature - Magasinier-ère responsable, Service des parcs et domaines",
        ("confirmation", VDL, "Magasinier-ère responsable", 21, "other", "fr"),
        text="""Madame,

Nous accusons réception de votre candidature et vous remercions de votre intérêt pour la Ville de Lausanne.

Nous vous informerons de la suite donnée à votre dossier.

Service du personnel
Ville de Lausanne
""",
        tz=W,
    ),
    m(
        "20039",
        "2025-12-01 10:30",
        "Ville de Lausanne - Emplois <noreply@umantis.com>",
        "Tests en ligne - Magasinier-ère responsable",
        ("assessment", VDL, "Magasinier-ère responsable", 21, "other", "fr"),
        text="""Madame,

Votre dossier a été présélectionné. Nous vous invitons à effectuer deux tests en ligne (aptitudes numériques et questionnaire de personnalité) d'ici au 8 décembre 2025:
https://assessment.lausanne.ch/t/92af7

Service du personnel
""",
        tz=W,
    ),
    # 22 Groupe E-Lac Énergie via JobScout24; interview, signed form, neutral-subject rejection
    m(
        "20040",
        "2025-12-03 20:11",
        "JobScout24 <noreply@jobscout24.ch>",
        "Deine Bewerbung wurde versendet / Votre candidature a été envoyée",
        ("confirmation", ELA, "Planificatrice logistique", 22, "other", "fr"),
        text="""Bonjour Noémie Favre,

Votre candidature pour le poste « Planificateur/trice logistique 100% » chez Groupe E-Lac Énergie SA (Neuchâtel) a été envoyée avec succès.

Votre équipe JobScout24
""",
        tz=W,
    ),
    m(
        "20041",
        "2026-01-08 11:26",
        "Talents E-Lac <talents@elac.ch>",
        "Entretien - Planificateur/trice logistique",
        ("interview", ELA, "Planificatrice logistique", 22, "direct", "fr"),
        text="""Bonjour Madame Favre,

Nous vous remercions pour votre dossier et avons le plaisir de vous inviter à un entretien le jeudi 15 janvier à 13h30 à notre siège de Neuchâtel (Rue du Seyon 40).

Merci de nous retourner d'ici là le formulaire de consentement (protection des données) ci-joint, signé.

Meilleures salutations
Aurélie Perrenoud
Talent Acquisition - Groupe E-Lac
""",
        attach=[
            ("consentement_candidat.pdf", "application/pdf", "%PDF-1.4 formulaire de consentement")
        ],
        tz=W,
    ),
    m(
        "20042",
        "2026-01-09 08:03",
        "Talents E-Lac <talents@elac.ch>",
        "RE: Entretien - Planificateur/trice logistique",
        ("interview", ELA, "Planificatrice logistique", 22, "direct", "fr"),
        text="""Merci Madame Favre, bien reçu le formulaire signé. À jeudi!

A. Perrenoud

> Bonjour Madame Perrenoud, veuillez trouver ci-joint le formulaire signé. Je confirme ma présence jeudi 15 à 13h30.
""",
        headers=reply("20041", "talents@elac.ch"),
        tz=W,
    ),
    m(
        "20043",
        "2026-01-27 16:44",
        "Talents E-Lac <talents@elac.ch>",
        "Notre échange du 15 janvier",
        ("rejection", ELA, "Planificatrice logistique", 22, "direct", "fr"),
        text="""Madame Favre,

Un grand merci pour votre venue à Neuchâtel et pour la qualité de nos échanges. Votre expérience en planification a été très appréciée par l'équipe.

Après mûre réflexion, nous avons décidé de poursuivre avec un autre profil, plus proche de nos besoins en matière de SAP EWM.

Nous vous adressons nos meilleurs vœux pour la suite.

Aurélie Perrenoud
""",
        tz=W,
    ),
    # 4 Migrosa: the process resumes, then she withdraws after accepting CHUV
    m(
        "20044",
        "2026-01-13 09:10",
        "Nadia Chappuis <nadia.chappuis@migrosa-romandie.ch>",
        "Reprise du processus - Approvisionneuse/Approvisionneur",
        ("interview", COOP, APP, 4, "direct", "fr"),
        text="""Chère Madame Favre,

Comme annoncé en octobre, nous reprenons le recrutement pour le poste d'approvisionneuse/approvisionneur à Ecublens. Seriez-vous toujours intéressée? Si oui, je vous propose un entretien le mardi 27 janvier à 9h.

Cordiales salutations
Nadia Chappuis
Partenaire RH Logistique
""",
        tz=W,
    ),
    m(
        "20045",
        "2026-01-22 13:37",
        "Nadia Chappuis <nadia.chappuis@migrosa-romandie.ch>",
        "RE: Reprise du processus - Approvisionneuse/Approvisionneur",
        ("confirmation", COOP, APP, 4, "direct", "fr"),
        text="""Chère Madame Favre,

Merci de nous avoir informés. Nous prenons note du retrait de votre candidature et annulons l'entretien du 27 janvier. Toutes nos félicitations pour votre nouveau poste!

Nadia Chappuis
""",
        headers=reply("20044", "nadia.chappuis@migrosa-romandie.ch"),
        st="withdrawn",
        tz=W,
    ),
    # 1 CHUV after the offer: criminal-record extract (other_job)
    m(
        "20046",
        "2026-01-26 10:02",
        "Sandrine Jaquier <sandrine.jaquier@chuv.ch>",
        "Documents pour votre engagement",
        ("other_job", CHUV, ACH, None, "direct", "fr"),
        text="""Madame Favre,

Votre contrat vous parviendra par courrier cette semaine, en deux exemplaires dont un à nous retourner signé.

Merci de nous faire parvenir également un extrait de votre casier judiciaire (datant de moins de 3 mois), à commander sur www.e-service.admin.ch.

Meilleures salutations
S. Jaquier
""",
        tz=W,
    ),
    # alerts, nudges, talent pools
    m(
        "20047",
        "2025-09-09 07:00",
        "jobup.ch <alerts@jobup.ch>",
        "12 nouvelles offres pour « logistique » à Lausanne",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><p>Bonjour Noémie, voici les nouvelles offres de ton abonnement:</p>
<ul><li>Coordinateur/trice logistique 100% - Vaudoise Distribution SA - Crissier</li>
<li>Acheteur technique - Bobst-Mex - Mex</li><li>Gestionnaire de stock - Pharmacies Populaires - Genève</li>
<li>Assistant·e supply chain - Nespra SA - Vevey</li></ul>
<p><a href="https://www.jobup.ch/fr/emplois/?term=logistique">Voir les 12 offres</a></p></body></html>""",
        tz=S,
    ),
    m(
        "20048",
        "2025-10-14 07:00",
        "jobup.ch <alerts@jobup.ch>",
        "7 nouvelles offres pour « achats » dans le canton de Vaud",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><p>Bonjour Noémie,</p><ul><li>Acheteuse opérationnelle 80% - Clinique de la Source - Lausanne</li>
<li>Responsable achats - Commune de Morges</li><li>Approvisionneur - Hôpital Riviera-Chablais - Rennaz</li></ul>
<p><a href="https://www.jobup.ch/fr/emplois/">Voir toutes les offres</a></p></body></html>""",
        tz=S,
    ),
    m(
        "20049",
        "2025-11-19 06:30",
        "jobs.ch <jobmail@jobs.ch>",
        "Votre jobmail: Supply Chain, Genève",
        ("alert", None, None, None, "other", "fr"),
        text="""Nouvelles offres correspondant à votre recherche « supply chain » - Genève:

- Supply Chain Coordinator (f/m/d) - Firmenich-Léman SA - Satigny
- Gestionnaire d'approvisionnement - Services industriels de Genève - Le Lignon
- Logisticien·ne - Université de Genève

Gérer mes jobmails: https://www.jobs.ch/fr/jobmail/
""",
        tz=W,
    ),
    m(
        "20050",
        "2025-10-01 08:00",
        "LinkedIn <jobs-listings@linkedin.com>",
        "« acheteuse »: Groupe Hospitalier Ouest-Lémanique et 5 autres",
        ("alert", None, None, None, "linkedin", "fr"),
        html="""<html><body><p>Vos offres d'emploi correspondant à « acheteuse »</p>
<p><b>Acheteuse / Acheteur</b> - Groupe Hospitalier Ouest-Lémanique - Morges (sur site)</p>
<p><b>Strategic Buyer</b> - Logitronic SA - Lausanne (hybride)</p>
<p>Cette entreprise recrute activement.</p></body></html>""",
        tz=S,
    ),
    m(
        "20051",
        "2025-12-10 19:00",
        "Indeed <alert@indeed.com>",
        "Nouvelles offres: coordinatrice logistique - Fribourg",
        ("alert", None, None, None, "indeed", "fr"),
        html="""<html><body><p>Coordinateur logistique - TPF Transports publics fribourgeois - Givisiez</p>
<p>Employée de commerce achats - Cremo-Lait SA - Villars-sur-Glâne</p><p>Postuler facilement</p></body></html>""",
        tz=W,
    ),
    m(
        "20052",
        "2025-12-04 10:00",
        "JobScout24 <noreply@jobscout24.ch>",
        "Vous n'avez pas terminé votre candidature",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Noémie,

Vous avez commencé une candidature pour « Disponent/in Logistik 80-100% » chez Transports Bernois Romands SA. Il ne vous reste que quelques étapes!

Terminer maintenant: https://www.jobscout24.ch/fr/candidature/continuer/55291
""",
        tz=W,
    ),
    m(
        "20053",
        "2025-11-27 14:20",
        "CIP Careers <cip@myworkday.com>",
        "Welcome to our Talent Community",
        ("alert", None, None, None, "workday", "en"),
        text="""Hi Noémie,

Thanks for joining the Caisse intercantonale de prévoyance Talent Community! You'll be the first to hear about new opportunities matching your interests.

Update your preferences anytime in your candidate home.
""",
        tz=W,
    ),
    m(
        "20054",
        "2025-10-21 17:00",
        "Actiris <noreply@actiris.brussels>",
        "De nouvelles offres d'emploi pour vous",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour,

Selon votre profil, ces offres pourraient vous intéresser:
- Acheteur (m/f/x) - CPAS d'Ixelles
- Logistics Officer - Commission communautaire française
- Magasinier-gestionnaire de stock - Hôpital Iris Sud

Consultez-les sur www.actiris.brussels
""",
        tz=S,
    ),
    m(
        "20055",
        "2025-11-05 08:45",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "3 offres correspondent à votre profil",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Noémie,

3 nouvelles offres correspondent à vos critères (acheteur, Lyon 69):
- Acheteur public H/F - Métropole Rhône-Alpes
- Approvisionneur H/F - CHU Lyon Sud-Ouest
- Gestionnaire achats H/F - SYTRAL Mobilités

Consultez-les dans votre espace personnel francetravail.fr
""",
        tz=W,
    ),
    m(
        "20056",
        "2025-12-20 09:00",
        "Talentsoft - Hôpitaux du Grand Lyon <noreply@talent-soft.com>",
        "Des offres qui pourraient vous intéresser",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Noémie Favre,

Vous êtes inscrite dans notre vivier de talents. De nouvelles offres correspondent à votre profil:
- Technicien logistique H/F (réf. 2025-LOG-0077)
- Acheteur travaux H/F (réf. 2025-ACH-0519)

Hôpitaux du Grand Lyon
""",
        tz=W,
    ),
    # outreach
    m(
        "20057",
        "2025-10-16 12:05",
        "Laurent Métraux via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Opportunité: Category Buyer indirect - Genève",
        ("outreach", None, None, None, "linkedin", "fr"),
        text="""Bonjour Noémie,

Votre parcours dans l'achat et l'approvisionnement a retenu mon attention. J'accompagne actuellement un groupe international basé à Genève dans le recrutement d'un Category Buyer indirect (CDI, 100 %).

Seriez-vous ouverte à un échange de 15 minutes?

Laurent Métraux
Senior Consultant - Hays-Léman Executive
""",
        tz=S,
    ),
    m(
        "20058",
        "2025-11-21 09:33",
        "Proxi Personnel Lausanne <lausanne@proxi-personnel.ch>",
        "Mission temporaire - gestionnaire de stock",
        ("outreach", None, None, None, "agency", "fr"),
        text="""Bonjour Madame Favre,

Votre dossier est enregistré chez nous depuis 2023. Nous avons actuellement une mission temporaire de 3 mois (dès le 1er décembre) pour une entreprise de distribution à Bussigny: gestion de stock, inventaires, commandes fournisseurs. 100 %, CHF 32.-/h.

Êtes-vous disponible?

Proxi Personnel SA - Agence de Lausanne
""",
        tz=W,
    ),
    m(
        "20059",
        "2026-02-04 15:12",
        "Sophie Engel <sophie.engel@talentbridge.io>",
        "Supply Chain Analyst - Basel/remote (EN)",
        ("outreach", None, None, None, "agency", "en"),
        text="""Hi Noémie,

Hope you're well. I'm working with a fast-growing medtech scale-up that's hiring a Supply Chain Analyst (hybrid, Basel, 2 days on site). French and English required, German a plus.

Would you be open to a quick chat this week?

Best,
Sophie
TalentBridge Recruitment
""",
        tz=W,
    ),
    # other_job: account codes, surveys, auto-replies
    m(
        "20060",
        "2025-11-14 13:58",
        "Ville de Lausanne - Emplois <noreply@umantis.com>",
        "Votre code de vérification",
        ("other_job", None, None, None, "other", "fr"),
        text="""Votre code de vérification pour l'espace candidat est: 481 207

Ce code est valable 10 minutes.
""",
        tz=W,
    ),
    m(
        "20061",
        "2025-11-08 10:00",
        "jobs.ch <survey@jobs.ch>",
        "Comment s'est passée votre candidature?",
        ("other_job", None, None, None, "other", "fr"),
        text="""Bonjour,

Vous avez récemment postulé via jobs.ch. Votre avis nous intéresse: répondez à 3 questions sur votre expérience de candidature (2 minutes).

https://survey.jobs.ch/c/8812
""",
        tz=W,
    ),
    m(
        "20062",
        "2025-10-27 08:01",
        "Sandrine Jaquier <sandrine.jaquier@chuv.ch>",
        "Réponse automatique: candidature spontanée - achats",
        ("other_job", None, None, None, "direct", "fr"),
        text="""Bonjour,

Je suis absente jusqu'au 3 novembre. Pour toute question urgente concernant un recrutement, merci de vous adresser à recrutement@chuv.ch.

Sandrine Jaquier
""",
        tz=W,
    ),
    m(
        "20063",
        "2025-09-08 12:10",
        "Fedrecrut <noreply@fedrecrut.be>",
        "Activez votre compte Mon Fedrecrut",
        ("other_job", None, None, None, "other", "fr"),
        text="""Bienvenue sur Mon Fedrecrut.

Cliquez sur le lien ci-dessous pour activer votre compte candidat: https://my.fedrecrut.be/activate?t=9a71c

Ce lien expire dans 24 heures.
""",
        tz=S,
    ),
]

MAIL += [
    m(
        "20064",
        "2025-09-24 07:00",
        "jobup.ch <alerts@jobup.ch>",
        "Un recruteur a consulté ton profil",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><p>Bonne nouvelle, Noémie! Une entreprise du secteur « Santé » a consulté ton profil cette semaine.</p>
<p>Complète ton profil pour augmenter tes chances d'être contactée. <a href="https://www.jobup.ch/fr/profil/">Mon profil</a></p></body></html>""",
        tz=S,
    ),
    m(
        "20065",
        "2025-10-28 18:00",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Noémie, Hôpital Riviera-Chablais recrute: Logisticien(ne)",
        ("alert", None, None, None, "linkedin", "fr"),
        html="""<html><body><p>Une offre qui pourrait vous intéresser</p><p><b>Logisticien(ne) 80-100%</b> - Hôpital Riviera-Chablais - Rennaz</p>
<p>Vous auriez de bonnes chances: votre profil correspond à 8 compétences sur 10.</p></body></html>""",
        tz=W,
    ),
    m(
        "20066",
        "2025-11-15 11:00",
        "Apec <no-reply@apec.fr>",
        "Complétez votre profil pour être visible des recruteurs",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Noémie,

Votre profil Apec est complété à 60 %. Ajoutez vos compétences et vos expériences pour être visible des recruteurs qui recherchent des acheteurs.

L'équipe Apec
""",
        tz=W,
    ),
    m(
        "20067",
        "2026-01-20 08:00",
        "Cadremploi <alertes@cadremploi.fr>",
        "Vos nouvelles offres: Acheteur - Hauts-de-France",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><ul><li>Acheteur indirect H/F - Groupe Nordéal - Roubaix</li><li>Responsable achats H/F - Clinique Lille-Est - Lille</li></ul></body></html>""",
        tz=W,
    ),
    m(
        "20068",
        "2025-12-09 09:40",
        "Workday <cip@myworkday.com>",
        "Vous n'avez pas terminé votre candidature",
        ("alert", None, None, None, "workday", "fr"),
        text="""Bonjour Noémie,

Vous avez commencé à postuler pour « Gestionnaire immobilier et logistique » mais votre candidature n'a pas été soumise. Reprenez là où vous vous êtes arrêtée:
https://cip.wd3.myworkdayjobs.com/fr-FR/CIP/job/Lausanne/Gestionnaire_JR-1071/apply

Caisse intercantonale de prévoyance
""",
        tz=W,
    ),
    m(
        "20069",
        "2025-11-11 08:05",
        "Valérie Nicolet <valerie.nicolet@hcuge.ch>",
        "Réponse automatique : Pharmacie HUG - votre dossier",
        ("other_job", None, None, None, "direct", "fr"),
        text="""Je suis absente le mardi. Votre message sera traité dès mon retour.

Valérie Nicolet
""",
        tz=W,
    ),
    m(
        "20070",
        "2025-11-06 12:00",
        "Hôpitaux du Grand Lyon <noreply@talent-soft.com>",
        "Votre avis sur notre processus de recrutement",
        ("other_job", None, None, None, "other", "fr"),
        text="""Bonjour Noémie Favre,

Vous avez récemment participé à l'un de nos processus de recrutement. Aidez-nous à l'améliorer en répondant à ce questionnaire anonyme (3 minutes): https://hgl.talent-soft.com/survey/cand/4410
""",
        tz=W,
    ),
    m(
        "20071",
        "2026-02-16 08:30",
        "CHUV - Service informatique <noreply-si@chuv.ch>",
        "Création de votre compte collaborateur",
        ("other_job", CHUV, None, None, "direct", "fr"),
        text="""Madame Favre,

Votre compte collaborateur a été créé. Votre identifiant: nfavre2. Votre mot de passe provisoire vous sera remis le jour de votre arrivée avec votre badge.

Direction des systèmes d'information - CHUV
""",
        tz=W,
    ),
    m(
        "20072",
        "2025-12-22 14:00",
        "Hélène Vasseur <h.vasseur@vauban-conseil.fr>",
        "Une autre opportunité à Lyon",
        ("outreach", None, None, None, "agency", "fr"),
        text="""Bonjour Madame Favre,

En attendant la reprise du dossier Mutualité, je vous signale une autre mission que je mène pour un industriel de la santé près de Lyon: acheteur projets (CDI). Cela pourrait-il vous intéresser?

Hélène Vasseur
Cabinet Vauban Conseil
""",
        tz=W,
    ),
]

MAIL += [
    # 26 Ville de Nyon through a shared HR mailbox; the employer only in the job URL and the signature
    m(
        "20073",
        "2025-12-05 13:10",
        "Postulation <postulation@rh-services-ouest.ch>",
        "Confirmation de votre postulation",
        ("confirmation", "Ville de Nyon", "Responsable de l'économat communal", 26, "direct", "fr"),
        text="""Madame,

Nous accusons réception de votre postulation pour l'offre publiée sous:
https://emplois.nyon.ch/offres/2025-41-responsable-economat

Votre dossier sera traité en toute confidentialité. Sans nouvelles de notre part dans un délai de six semaines, vous voudrez bien considérer que votre candidature n'a pas été retenue.

Service des ressources humaines
Administration communale - Place du Château 1, 1260 Nyon
""",
        tz=W,
    ),
    m(
        "20074",
        "2026-01-16 10:00",
        "Postulation <postulation@rh-services-ouest.ch>",
        "Votre dossier",
        ("rejection", "Ville de Nyon", "Responsable de l'économat communal", 26, "direct", "fr"),
        text="""Madame,

Nous vous remercions de votre intérêt. Votre profil est de qualité, mais d'autres candidatures correspondaient davantage aux exigences du poste (conduite d'une équipe de sept personnes). Nous ne pourrons dès lors pas y donner suite.

Avec nos salutations distinguées,
Service des ressources humaines - Nyon
""",
        tz=W,
    ),
]

# ruff: noqa: E501
"""Mail of the twenty-third corpus that is not about jobs, look-alikes included (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m

CEST, CET = "+0200", "+0100"

NJ = ("not_job", "fr")
NJE = ("not_job", "en")

MAIL: list[dict[str, Any]] = [
    m(
        "23501",
        "2025-09-02 09:14",
        "Foncia Lyon Brotteaux <location.brotteaux@agence-immo-rhone.fr>",
        "Votre dossier de candidature - T3 rue Vendôme",
        NJ,
        text="""Madame Marchand,

Nous accusons réception de votre dossier de candidature pour l'appartement T3 situé 48 rue Vendôme, Lyon 6e.

Votre dossier est complet. Il sera présenté au propriétaire avec les autres candidatures retenues ; nous reviendrons vers vous sous 48 heures.

Cordialement,
Service location
""",
        tz=CEST,
    ),
    m(
        "23502",
        "2025-09-05 17:40",
        "Foncia Lyon Brotteaux <location.brotteaux@agence-immo-rhone.fr>",
        "Réponse à votre candidature - T3 rue Vendôme",
        NJ,
        text="""Madame Marchand,

Nous avons le regret de vous informer que le propriétaire a retenu un autre dossier pour le logement de la rue Vendôme. Nous conservons votre dossier pour nos prochains biens correspondant à vos critères.

Service location
""",
        tz=CEST,
    ),
    m(
        "23503",
        "2025-09-10 11:02",
        "Banque Rhodanienne - Crédit immobilier <credit.immo@brh-banque.fr>",
        "Votre demande de prêt immobilier : étude en cours",
        NJ,
        text="""Madame Marchand,

Votre demande de financement n° PI-2025-77102 a bien été transmise à notre service engagements. Un conseiller vous contactera pour un entretien afin de compléter votre dossier (avis d'imposition, 3 derniers bulletins de salaire, contrat de travail).

Votre conseillère, Mme Rivière
""",
        tz=CEST,
    ),
    m(
        "23504",
        "2025-09-12 08:00",
        "SNCF Connect <noreply@sncf-connect.com>",
        "Votre e-billet Lyon Part-Dieu - Paris Gare de Lyon",
        NJ,
        text="""Bonjour Élodie,

Votre voyage du 18 septembre : Lyon Part-Dieu 07:04 - Paris Gare de Lyon 09:00, voiture 14, place 62.
Référence de dossier : QXK7TR

Bon voyage !
""",
        tz=CEST,
    ),
    m(
        "23505",
        "2025-09-13 10:30",
        "Maman <francoise.marchand@boitemel.fr>",
        "Dimanche",
        NJ,
        text="""Coucou ma chérie,

Tu viens toujours dimanche à Bourgoin ? Papa fait son gigot. Dis-moi si Julien vient aussi.

Et ta recherche, ça avance ? Ne te décourage pas.

Bisous, Maman
""",
        tz=CEST,
    ),
    m(
        "23506",
        "2025-09-15 19:05",
        "Doctolib <no-reply@doctolib.fr>",
        "Confirmation de votre rendez-vous avec Dr Anne Royer",
        NJ,
        text="""Votre rendez-vous est confirmé.

Dr Anne Royer - Médecin généraliste
Mardi 23 septembre 2025 à 18:15
12 cours Vitton, 69006 Lyon

Pensez à votre carte Vitale.
""",
        tz=CEST,
        ics={
            "start": "2025-09-23 18:15:00 +0200",
            "minutes": 20,
            "organizer": ("Doctolib", "no-reply@doctolib.fr"),
            "uid": "doctolib-23506@doctolib.fr",
            "summary": "RDV Dr Anne Royer",
            "location": "12 cours Vitton, 69006 Lyon",
        },
    ),
    m(
        "23507",
        "2025-09-16 12:00",
        "Les Échos Start <newsletter@lesechos-start.example.fr>",
        "Entretien d'embauche : les 7 questions qui piègent les candidats",
        NJ,
        html="""<html><body><h2>Entretien d'embauche : les 7 questions qui piègent les candidats</h2>
<p>« Quel est votre plus grand défaut ? » Nos experts RH décryptent les questions classiques des recruteurs et comment y répondre.</p>
<p>Aussi cette semaine : pourquoi les entreprises peinent à recruter des contrôleurs de gestion.</p>
<p><a href="https://example.fr/unsubscribe">Se désinscrire</a></p></body></html>""",
        tz=CEST,
    ),
    m(
        "23508",
        "2025-09-18 07:00",
        "Boulanger <offres@news.boulanger.com>",
        "Offre exclusive : -30 % sur le petit électroménager",
        NJ,
        html="""<html><body><p>Élodie, votre offre exclusive vous attend !</p><p>Jusqu'à -30 % sur une sélection d'aspirateurs et robots cuiseurs, jusqu'à dimanche.</p></body></html>""",
        tz=CEST,
    ),
    m(
        "23509",
        "2025-09-19 21:10",
        "Julien Faure <julien.faure@boitemel.fr>",
        "Re: ce week-end",
        NJ,
        text="""Ok pour le ciné samedi, je prends les places pour 20h30 à l'Institut Lumière.

J.
""",
        tz=CEST,
    ),
    m(
        "23510",
        "2025-09-20 10:11",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Félicitez Camille Morel pour son nouveau poste",
        NJ,
        html="""<html><body><p>Camille Morel a commencé un nouveau poste de Responsable contrôle de gestion chez Groupe Hexaflux.</p><p><a href="https://www.linkedin.com/feed/">Dire félicitations</a></p></body></html>""",
        tz=CEST,
    ),
    m(
        "23511",
        "2025-09-22 09:00",
        "Amazon.fr <confirmation-commande@amazon.fr>",
        "Votre commande de « Contrôle de gestion - Manuel et applications » a été expédiée",
        NJ,
        text="""Bonjour Élodie,

Votre colis est en route. Livraison estimée : mercredi 24 septembre.

Commande n° 402-7781234-1187765
""",
        tz=CEST,
    ),
    m(
        "23512",
        "2025-09-25 18:30",
        "DFCG Rhône-Alpes <evenements@dfcg-ra.example.fr>",
        "Webinar : l'IA dans le contrôle de gestion - invitation",
        NJ,
        text="""Chère adhérente,

Nous avons le plaisir de vous inviter à notre webinar « IA générative et contrôle de gestion : cas d'usage », le jeudi 9 octobre de 12h30 à 13h30.

Lien de connexion dans l'invitation ci-jointe.

DFCG Rhône-Alpes - Association des directeurs financiers et de contrôle de gestion
""",
        tz=CEST,
        ics={
            "start": "2025-10-09 12:30:00 +0200",
            "minutes": 60,
            "organizer": ("DFCG Rhône-Alpes", "evenements@dfcg-ra.example.fr"),
            "uid": "dfcg-webinar-23512@dfcg-ra.example.fr",
            "summary": "Webinar DFCG - IA et contrôle de gestion",
            "location": "Zoom",
        },
    ),
    m(
        "23513",
        "2025-09-26 14:05",
        "Université Lumière Lyon 2 - Formation continue <fc@univ-lyon2.example.fr>",
        "Votre candidature au DU Évaluation des politiques publiques",
        NJ,
        text="""Madame,

Votre candidature au diplôme d'université « Évaluation des politiques publiques » (formation continue, promotion 2026) a bien été enregistrée sur eCandidat. La commission pédagogique se réunira le 15 octobre ; un entretien de motivation pourra vous être proposé.

Service formation continue
""",
        tz=CEST,
    ),
    m(
        "23514",
        "2025-10-15 17:45",
        "Université Lumière Lyon 2 - Formation continue <fc@univ-lyon2.example.fr>",
        "Décision de la commission pédagogique",
        NJ,
        text="""Madame,

Nous avons le plaisir de vous informer que la commission pédagogique a émis un avis favorable à votre admission au DU Évaluation des politiques publiques. Merci de confirmer votre inscription avant le 31 octobre.

Service formation continue
""",
        tz=CEST,
    ),
    m(
        "23515",
        "2025-09-29 08:20",
        "Free <facture@free-mobile.fr>",
        "Votre facture Free Mobile de septembre",
        NJ,
        text="""Bonjour,

Votre facture de septembre d'un montant de 19,99 € est disponible dans votre espace abonné. Elle sera prélevée le 5 octobre.
""",
        tz=CEST,
    ),
    m(
        "23516",
        "2025-10-01 07:30",
        "Le Podcast des Financiers <hello@podcast-financiers.example.fr>",
        "Demande d'interview pour notre podcast",
        NJ,
        text="""Bonjour Élodie,

Nous préparons un épisode sur le métier de contrôleur de gestion dans le secteur public et aimerions vous interviewer (40 minutes, enregistrement à distance). Seriez-vous partante ?

Karim, producteur du Podcast des Financiers
""",
        tz=CEST,
    ),
    m(
        "23517",
        "2025-10-03 12:40",
        "Consulat général de Suisse <noreply@eda.example.ch>",
        "Votre demande d'autorisation - accusé de réception",
        NJ,
        text="""Madame,

Votre demande d'information relative au permis frontalier G a bien été enregistrée. Une autorisation ne peut être délivrée qu'à la demande d'un employeur établi en Suisse.

Office cantonal de la population et des migrations
""",
        tz=CEST,
    ),
    m(
        "23518",
        "2025-10-04 16:02",
        "Claire Bouvier <claire.bouvier@boitemel.fr>",
        "Anniversaire de Léon !",
        NJ,
        text="""Coucou !

On fête les 5 ans de Léon samedi 18 au parc de la Tête d'Or, 15h. Tu viens ? Pas de cadeau, juste ta bonne humeur :)

Claire
""",
        tz=CEST,
    ),
    m(
        "23519",
        "2025-10-06 09:09",
        "Caisse d'Allocations Familiales <ne-pas-repondre@caf.fr>",
        "Un nouveau document est disponible dans votre espace Mon Compte",
        NJ,
        text="""Bonjour,

Un nouveau courrier est disponible dans votre espace Mon Compte sur caf.fr.
""",
        tz=CEST,
    ),
    m(
        "23520",
        "2025-10-07 08:55",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Actualisation : pensez à déclarer votre situation",
        NJ,
        text="""Bonjour,

Votre période d'actualisation est ouverte du 28 septembre au 15 octobre. Connectez-vous à votre espace personnel pour déclarer votre situation du mois de septembre.

France Travail
""",
        tz=CEST,
    ),
    m(
        "23521",
        "2025-10-10 13:00",
        "Banque Rhodanienne - Crédit immobilier <credit.immo@brh-banque.fr>",
        "Offre de prêt - proposition commerciale",
        NJ,
        text="""Madame Marchand,

Suite à notre rendez-vous, nous avons le plaisir de vous adresser une proposition de financement : 215 000 € sur 25 ans au taux nominal de 3,35 %. Cette proposition est soumise à la présentation de votre nouveau contrat de travail.

L'offre de prêt officielle vous sera adressée après accord définitif.

Mme Rivière, conseillère habitat
""",
        tz=CEST,
    ),
    m(
        "23522",
        "2025-10-12 20:00",
        "Netflix <info@mailer.netflix.com>",
        "Nouveau sur Netflix : les séries de la semaine",
        NJ,
        html="""<html><body><p>Élodie, découvrez les nouveautés de la semaine.</p></body></html>""",
        tz=CEST,
    ),
    m(
        "23523",
        "2025-10-14 11:11",
        "Dentiste Dr Gaëlle Simon <cabinet.simon@dentiste-lyon6.example.fr>",
        "Rappel de rendez-vous",
        NJ,
        text="""Bonjour Madame Marchand,

Nous vous rappelons votre rendez-vous de détartrage le lundi 20 octobre à 8h00.

Cabinet du Dr Simon
""",
        tz=CEST,
        ics={
            "style": "outlook",
            "start": "2025-10-20 08:00:00 +0200",
            "minutes": 30,
            "organizer": ("Cabinet Dr Simon", "cabinet.simon@dentiste-lyon6.example.fr"),
            "uid": "040000008200E00074C5B7101A82E008000000002352300",
            "summary": "Rendez-vous dentiste",
        },
    ),
    m(
        "23524",
        "2025-10-16 09:00",
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Le Jungle Mag : recruter sans CV, la fin d'une époque ?",
        NJ,
        html="""<html><body><h1>Le Jungle Mag</h1><p>Recrutement : de plus en plus d'entreprises abandonnent le CV. Nous avons interviewé trois DRH sur leurs nouvelles pratiques d'entretien.</p><p>Et aussi : télétravail, que disent les accords 2025 ?</p></body></html>""",
        tz=CEST,
    ),
    m(
        "23525",
        "2025-10-19 18:30",
        "Papa <gerard.marchand@boitemel.fr>",
        "Photos",
        NJ,
        text="""Voilà les photos du week-end. Ta mère dit que tu as l'air fatiguée, repose-toi !

Papa
""",
        tz=CEST,
        attach=[("IMG_2041.jpg", "image/jpeg", "not really a jpeg")],
    ),
    m(
        "23526",
        "2025-10-22 10:44",
        "Leboncoin <noreply@leboncoin.fr>",
        "Nouveau message pour votre annonce « Bureau en chêne »",
        NJ,
        text="""Vous avez reçu un nouveau message de Marc : « Bonjour, le bureau est-il toujours disponible ? Je peux passer jeudi. »
""",
        tz=CEST,
    ),
    m(
        "23527",
        "2025-10-28 07:50",
        "TCL Sytral <info@tcl.example.fr>",
        "Travaux métro B : perturbations du 3 au 9 novembre",
        NJ,
        text="""Bonjour,

En raison de travaux, la ligne B sera interrompue entre Saxe-Gambetta et Gare d'Oullins du 3 au 9 novembre. Des bus relais seront mis en place.
""",
        tz=CET,
    ),
    m(
        "23528",
        "2025-10-30 15:15",
        "Visa Étudiant Canada - IRCC <no-reply@cic.example.gc.ca>",
        "Application received - Study permit",
        NJE,
        text="""Your application for a study permit (on behalf of dependant: Marchand, Lucie) has been received. Application number: S307771234. You will be notified when a decision is made.
""",
        tz=CET,
    ),
    m(
        "23529",
        "2025-11-02 19:00",
        "Lucie Marchand <lucie.m@boitemel.fr>",
        "Ma demande de permis d'études",
        NJ,
        text="""Coucou grande sœur,

Merci d'avoir rempli le formulaire IRCC pour moi ! J'ai l'entretien biométrique au VAC de Lyon le 12 novembre. Si tout va bien je pars à Montréal en janvier !!

Lucie
""",
        tz=CET,
    ),
    m(
        "23530",
        "2025-11-04 08:00",
        "Fnac <newsletter@fnac.example.com>",
        "Black Friday en avant-première : nos meilleures offres",
        NJ,
        html="""<html><body><p>Adhérente Fnac, profitez des offres en avant-première.</p></body></html>""",
        tz=CET,
    ),
    m(
        "23531",
        "2025-11-06 12:12",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Vous êtes apparue dans 14 recherches cette semaine",
        NJ,
        html="""<html><body><p>Élodie, vous êtes apparue dans 14 recherches cette semaine.</p><p>Des personnes de Groupe Alvéa et Kelvo ont consulté des profils comme le vôtre.</p></body></html>""",
        tz=CET,
    ),
    m(
        "23532",
        "2025-11-08 11:00",
        "Mairie de Lyon 6e <etatcivil@mairie6.example.fr>",
        "Votre demande d'acte de naissance",
        NJ,
        text="""Votre demande d'extrait d'acte de naissance a été traitée. Le document vous sera envoyé par courrier.
""",
        tz=CET,
    ),
    m(
        "23533",
        "2025-11-10 09:30",
        "Ameli <ne-pas-repondre@assurance-maladie.fr>",
        "Votre relevé de remboursements",
        NJ,
        text="""Un nouveau relevé de remboursements est disponible dans votre compte ameli.
""",
        tz=CET,
    ),
    m(
        "23534",
        "2025-11-12 14:20",
        "Journal Le Progrès <redaction@leprogres.example.fr>",
        "Demande d'entretien - article sur les finances des hôpitaux",
        NJ,
        text="""Bonjour Madame,

Je prépare un article sur la situation financière des hôpitaux de la région et je cherche à interroger des professionnels du contrôle de gestion. Accepteriez-vous un entretien téléphonique de 20 minutes, de manière anonyme si vous le souhaitez ?

Sophie Marin, journaliste
""",
        tz=CET,
    ),
    m(
        "23535",
        "2025-11-14 18:40",
        "Julien Faure <julien.faure@boitemel.fr>",
        "!!!",
        NJ,
        text="""Bravo pour le CHU !!! On fête ça vendredi, je réserve au Café Comptoir Abel.

Je t'aime,
J.
""",
        tz=CET,
    ),
    m(
        "23536",
        "2025-11-17 09:05",
        "Agence Immo Rhône <location.brotteaux@agence-immo-rhone.fr>",
        "Visite T3 Grenoble Île Verte - jeudi 20 novembre",
        NJ,
        text="""Madame Marchand,

Je vous confirme la visite de l'appartement T3, 14 rue Thiers à Grenoble, le jeudi 20 novembre à 12h30. Merci de vous munir de votre dossier locataire (contrat de travail ou promesse d'embauche, 3 derniers bulletins).

Agence Immo Rhône - antenne Grenoble
""",
        tz=CET,
        ics={
            "start": "2025-11-20 12:30:00 +0100",
            "minutes": 30,
            "organizer": ("Agence Immo Rhône", "location.brotteaux@agence-immo-rhone.fr"),
            "uid": "visite-23536@agence-immo-rhone.fr",
            "summary": "Visite T3 rue Thiers",
            "location": "14 rue Thiers, 38000 Grenoble",
        },
    ),
    m(
        "23537",
        "2025-11-24 16:00",
        "Agence Immo Rhône <location.brotteaux@agence-immo-rhone.fr>",
        "Bonne nouvelle : votre dossier est accepté",
        NJ,
        text="""Madame Marchand,

Le propriétaire a accepté votre candidature pour le T3 de la rue Thiers. Nous vous proposons la signature du bail le 6 décembre à l'agence. L'entrée dans les lieux est prévue le 15 décembre.

Agence Immo Rhône
""",
        tz=CET,
    ),
    m(
        "23538",
        "2025-11-26 07:45",
        "Yousign <noreply@yousign.com>",
        "Bail d'habitation - document à signer",
        NJ,
        text="""Bonjour Élodie Marchand,

Agence Immo Rhône vous invite à signer le document « Bail d'habitation - 14 rue Thiers Grenoble ».

Signer le document : https://yousign.app/signatures/7a1c
""",
        tz=CET,
    ),
    m(
        "23539",
        "2025-11-28 13:30",
        "Déménageurs Bretons <devis@demenageurs.example.fr>",
        "Votre devis de déménagement Lyon - Grenoble",
        NJ,
        text="""Madame Marchand,

Suite à la visite technique, veuillez trouver ci-joint notre devis pour votre déménagement du 13 décembre : formule Standard, 22 m³, 1 480 € TTC.

Offre valable 30 jours.
""",
        tz=CET,
        attach=[("devis_D25-4412.pdf", "application/pdf", "%PDF-1.4 devis")],
    ),
    m(
        "23540",
        "2025-12-02 10:00",
        "EDF <service-client@edf.example.fr>",
        "Votre demande de mise en service",
        NJ,
        text="""Bonjour,

Votre demande de mise en service d'électricité au 14 rue Thiers, 38000 Grenoble, est enregistrée pour le 15 décembre 2025.
""",
        tz=CET,
    ),
    m(
        "23541",
        "2025-12-05 19:20",
        "Maman <francoise.marchand@boitemel.fr>",
        "Noël",
        NJ,
        text="""Ma chérie, pour Noël on sera 12 chez nous le 24. Tu pourras apporter la bûche ? Et félicitations encore pour ton nouveau travail, ton père est très fier (il le dit à tout le monde).

Maman
""",
        tz=CET,
    ),
    m(
        "23542",
        "2025-12-09 08:30",
        "Banque Rhodanienne <service.client@brh-banque.fr>",
        "Votre relevé de compte de novembre",
        NJ,
        text="""Votre relevé de compte de novembre est disponible dans votre espace client.
""",
        tz=CET,
    ),
    m(
        "23543",
        "2025-12-11 12:00",
        "Indeed <newsletter@indeed.com>",
        "Les 10 métiers qui recrutent le plus en 2026",
        NJ,
        html="""<html><body><h2>Baromètre Indeed de l'emploi</h2><p>Infirmiers, développeurs, contrôleurs de gestion... découvrez les métiers où les entreprises recrutent le plus, et nos conseils pour réussir vos entretiens d'embauche.</p></body></html>""",
        tz=CET,
    ),
    m(
        "23544",
        "2025-12-15 17:05",
        "Mondial Relay <noreply@mondialrelay.fr>",
        "Votre colis est disponible en Point Relais",
        NJ,
        text="""Votre colis n° 88213406 est disponible au Point Relais Tabac Le Chavant, Grenoble. Il y restera 14 jours.
""",
        tz=CET,
    ),
    m(
        "23545",
        "2025-12-18 09:40",
        "Sophie Lambert <sophie.lambert@boitemel.fr>",
        "Pot de départ vendredi",
        NJ,
        text="""Salut Élodie,

Je quitte Hexaflux (enfin !), petit pot de départ vendredi 19 à 18h au bar Le Fleuve. Ce serait chouette que tu passes, plein d'anciens collègues seront là.

Sophie
""",
        tz=CET,
    ),
    m(
        "23546",
        "2025-12-22 11:11",
        "SNCF Connect <noreply@sncf-connect.com>",
        "Votre e-billet Grenoble - Bourgoin-Jallieu",
        NJ,
        text="""Votre voyage du 24 décembre : Grenoble 10:12 - Bourgoin-Jallieu 11:05. Référence PLM44X.
""",
        tz=CET,
    ),
    m(
        "23547",
        "2026-01-03 10:00",
        "Cours Florent Grenoble <inscriptions@theatre-grenoble.example.fr>",
        "Votre candidature à l'atelier théâtre amateur",
        NJ,
        text="""Bonjour Élodie,

Merci pour votre candidature à l'atelier théâtre du mardi soir. Une audition (lecture d'une scène au choix) aura lieu le mardi 13 janvier à 19h. Nous avons hâte de vous rencontrer !
""",
        tz=CET,
    ),
    m(
        "23548",
        "2026-01-08 08:15",
        "Impots.gouv <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Changement d'adresse pris en compte",
        NJ,
        text="""Madame,

Votre déclaration de changement d'adresse a bien été prise en compte.

La Direction générale des Finances publiques
""",
        tz=CET,
    ),
    m(
        "23549",
        "2026-01-12 18:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Raphaël Gautier a commenté votre publication",
        NJ,
        html="""<html><body><p>Raphaël Gautier a commenté : « Félicitations Élodie pour ce nouveau défi au CHU ! »</p></body></html>""",
        tz=CET,
    ),
    m(
        "23550",
        "2026-01-15 12:30",
        "Mutuelle Ardente Santé Prévoyance <adherents@masp.fr>",
        "Votre nouvelle carte de tiers payant 2026",
        NJ,
        text="""Chère adhérente,

Votre carte de tiers payant 2026 est disponible dans votre espace adhérent. Suite à votre changement d'employeur, pensez à nous transmettre l'attestation de la mutuelle collective du CHU pour la résiliation de votre contrat individuel.

MASP - Service adhérents
""",
        tz=CET,
    ),
    m(
        "23551",
        "2026-01-20 19:30",
        "Claire Bouvier <claire.bouvier@boitemel.fr>",
        "Re: Grenoble",
        NJ,
        text="""Alors, cette nouvelle vie grenobloise ? Et le boulot au CHU ? Raconte-moi tout ! On vient vous voir en février si vous avez un canapé :)
""",
        tz=CET,
    ),
    m(
        "23552",
        "2026-01-27 09:00",
        "Zoom <no-reply@zoom.us>",
        "Invitation : Entretien annuel - Conseil d'administration de l'association Les Amis du Vercors",
        NJ,
        text="""Vous êtes invitée à une réunion Zoom : Conseil d'administration - Les Amis du Vercors (élection de la trésorière).
Date : 5 févr. 2026 20:00 Paris
""",
        tz=CET,
        ics={
            "start": "2026-02-05 20:00:00 +0100",
            "minutes": 90,
            "organizer": ("Les Amis du Vercors", "bureau@amisduvercors.example.fr"),
            "uid": "zoom-23552@zoom.us",
            "summary": "CA Les Amis du Vercors",
            "location": "Zoom",
        },
    ),
    m(
        "23553",
        "2026-02-03 14:45",
        "Decathlon <noreply@decathlon.example.com>",
        "Votre commande est prête en magasin",
        NJ,
        text="""Bonjour Élodie, votre commande (raquettes à neige) est prête au retrait à Decathlon Grenoble Saint-Égrève.
""",
        tz=CET,
    ),
    m(
        "23554",
        "2026-02-10 10:30",
        "Banque Rhodanienne <service.client@brh-banque.fr>",
        "Votre candidature au programme de parrainage",
        NJ,
        text="""Madame Marchand,

Votre inscription au programme de parrainage Banque Rhodanienne est validée : vous et votre filleul recevrez chacun 80 € à l'ouverture de son compte.
""",
        tz=CET,
    ),
    m(
        "23555",
        "2026-02-18 08:00",
        "Les Échos Start <newsletter@lesechos-start.example.fr>",
        "Comment négocier son offre d'emploi ?",
        NJ,
        html="""<html><body><h2>Vous avez reçu une offre ? Voici comment la négocier</h2><p>Salaire, télétravail, date d'arrivée : nos conseils pour négocier une promesse d'embauche sans froisser le recruteur.</p></body></html>""",
        tz=CET,
    ),
]

MAIL += [
    m(
        "23556",
        "2025-09-01 08:10",
        "Leroy Merlin <info@news.leroymerlin.example.fr>",
        "La rentrée de la maison : jusqu'à -40 %",
        NJ,
        html="<html><body><p>Rangement, peinture, bureau : la rentrée se prépare chez Leroy Merlin.</p></body></html>",
        tz=CEST,
    ),
    m(
        "23557",
        "2025-09-03 19:42",
        "Julien Faure <julien.faure@boitemel.fr>",
        "courses",
        NJ,
        text="Tu peux prendre du pain et du lait en rentrant ? J'ai oublié ce matin.\n\nJ.\n",
        tz=CEST,
    ),
    m(
        "23558",
        "2025-09-06 09:00",
        "Le Monde <newsletter@lemonde.example.fr>",
        "La Matinale du 6 septembre",
        NJ,
        html="<html><body><h2>La Matinale</h2><p>Budget 2026 : les collectivités locales appelées à l'effort. Emploi : le chômage des cadres repart à la hausse.</p></body></html>",
        tz=CEST,
    ),
    m(
        "23559",
        "2025-09-07 11:30",
        "Claire Bouvier <claire.bouvier@boitemel.fr>",
        "Rando dimanche ?",
        NJ,
        text="Hello, on monte au Pilat dimanche si la météo tient, départ 8h de chez nous. Tu viens avec Julien ?\n\nClaire\n",
        tz=CEST,
    ),
    m(
        "23560",
        "2025-09-08 14:00",
        "PayPal <service@paypal.fr>",
        "Vous avez envoyé un paiement de 35,00 EUR à Claire Bouvier",
        NJ,
        text="Vous avez envoyé 35,00 EUR à Claire Bouvier.\nNote : cadeau Léon\n",
        tz=CEST,
    ),
    m(
        "23561",
        "2025-09-11 07:15",
        "Météo-France <alertes@meteo.example.fr>",
        "Vigilance orange orages - Rhône",
        NJ,
        text="Vigilance orange orages pour le département du Rhône à partir de 14h.\n",
        tz=CEST,
    ),
    m(
        "23562",
        "2025-09-14 10:20",
        "Vinted <no-reply@vinted.fr>",
        "Ton article a été vendu !",
        NJ,
        text="Bonne nouvelle : « Veste tailleur bleu marine T38 » a été vendu. Expédie-le sous 5 jours.\n",
        tz=CEST,
    ),
    m(
        "23563",
        "2025-09-17 18:05",
        "Salle de sport Fitnessia <contact@fitnessia.example.fr>",
        "Votre offre de bienvenue expire bientôt",
        NJ,
        text="Élodie, votre offre : 1 mois offert pour tout abonnement annuel, jusqu'au 30 septembre. Venez essayer nos cours de pilates !\n",
        tz=CEST,
    ),
    m(
        "23564",
        "2025-09-18 20:30",
        "Lucie Marchand <lucie.m@boitemel.fr>",
        "Paris !",
        NJ,
        text="T'es à Paris aujourd'hui ? Si t'as le temps on dîne ensemble, je finis les cours à 18h.\n\nLucie\n",
        tz=CEST,
    ),
    m(
        "23565",
        "2025-09-21 09:45",
        "Crédit Logement Conseil <contact@credit-logement-conseil.example.fr>",
        "Votre demande de simulation de prêt",
        NJ,
        text="Madame,\n\nSuite à votre demande en ligne, voici votre simulation : 200 000 € sur 25 ans, mensualité estimée 985 €. Un courtier vous rappellera pour un entretien gratuit et sans engagement.\n",
        tz=CEST,
    ),
    m(
        "23566",
        "2025-09-24 12:15",
        "Uber Eats <uber@uber.com>",
        "Votre commande avec Pokawa",
        NJ,
        text="Merci pour votre commande. Total : 18,40 €.\n",
        tz=CEST,
    ),
    m(
        "23567",
        "2025-09-27 16:00",
        "Ordre des experts-comptables <newsletter@oec-ra.example.fr>",
        "Conférence : la réforme de la facturation électronique",
        NJ,
        text="Invitation à notre conférence du 14 octobre à la CCI de Lyon : facturation électronique, quels impacts pour les directions financières ? Inscription gratuite.\n",
        tz=CEST,
    ),
    m(
        "23568",
        "2025-09-30 08:00",
        "Spotify <no-reply@spotify.com>",
        "Votre reçu Spotify",
        NJ,
        text="Spotify Premium Individuel - 11,12 € - 30/09/2025\n",
        tz=CEST,
    ),
    m(
        "23569",
        "2025-10-02 18:45",
        "Maman <francoise.marchand@boitemel.fr>",
        "Re: Dimanche",
        NJ,
        text="Super, on vous attend vers midi. Ton frère sera là aussi avec les petits.\n\nMaman\n",
        tz=CEST,
    ),
    m(
        "23570",
        "2025-10-05 10:00",
        "Airbnb <automated@airbnb.com>",
        "Réservation confirmée - Annecy",
        NJ,
        text="Votre réservation à Annecy du 31 octobre au 2 novembre est confirmée. Hôte : Patrick.\n",
        tz=CEST,
    ),
    m(
        "23571",
        "2025-10-08 21:00",
        "Coursera <no-reply@coursera.org>",
        "Your application for financial aid was approved",
        NJE,
        text='Hi Élodie,\n\nGood news! Your financial aid application for "Power BI for Financial Analysts" was approved. You can now enroll for free.\n',
        tz=CEST,
    ),
    m(
        "23572",
        "2025-10-11 13:20",
        "Julien Faure <julien.faure@boitemel.fr>",
        "Re: Annecy",
        NJ,
        text="Réservé ! J'ai pris l'appart avec vue sur le lac, on a bien mérité ça.\n",
        tz=CEST,
    ),
    m(
        "23573",
        "2025-10-13 09:10",
        "Groupama <contact@assurance.example.fr>",
        "Votre devis assurance habitation",
        NJ,
        text="Madame Marchand,\n\nVoici votre devis personnalisé pour l'assurance de votre futur logement : formule Confort, 14,90 € par mois. Cette offre est valable 60 jours.\n",
        tz=CEST,
    ),
    m(
        "23574",
        "2025-10-17 19:00",
        "Association Les Amis du Vercors <bureau@amisduvercors.example.fr>",
        "Appel à candidatures - poste de trésorier(e)",
        NJ,
        text="Chers adhérents,\n\nNotre trésorier quitte ses fonctions en février. Les candidatures au poste de trésorier(e) bénévole sont ouvertes jusqu'au 15 janvier ; l'élection aura lieu lors du prochain conseil d'administration.\n\nLe bureau\n",
        tz=CEST,
    ),
    m(
        "23575",
        "2025-10-18 08:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sophie Lambert et 3 autres ont publié récemment",
        NJ,
        html="<html><body><p>Sophie Lambert a publié : « Nous recrutons ! Mon équipe cherche un(e) contrôleur de gestion, n'hésitez pas à partager. »</p></body></html>",
        tz=CEST,
    ),
    m(
        "23576",
        "2025-10-23 17:15",
        "Banque Rhodanienne <service.client@brh-banque.fr>",
        "Votre carte arrive bientôt à expiration",
        NJ,
        text="Votre carte Visa se terminant par 4417 expire fin novembre. Votre nouvelle carte vous sera envoyée automatiquement.\n",
        tz=CEST,
    ),
    m(
        "23577",
        "2025-10-25 11:00",
        "Fnac Spectacles <billetterie@fnac.example.com>",
        "Vos billets - Orchestre national de Lyon",
        NJ,
        text="Vos e-billets pour le concert du 8 novembre à l'Auditorium de Lyon sont disponibles.\n",
        tz=CEST,
    ),
    m(
        "23578",
        "2025-10-29 09:00",
        "Doctolib <no-reply@doctolib.fr>",
        "Rappel : rendez-vous demain avec Dr Paul Nguyen",
        NJ,
        text="Rappel : ophtalmologiste, jeudi 30 octobre à 11:00, 54 rue de la République, Lyon 2e.\n",
        tz=CET,
    ),
    m(
        "23579",
        "2025-11-01 10:10",
        "Airbnb <automated@airbnb.com>",
        "Laissez un commentaire pour Patrick",
        NJ,
        text="Comment s'est passé votre séjour à Annecy ?\n",
        tz=CET,
    ),
    m(
        "23580",
        "2025-11-03 07:30",
        "Cadremploi <newsletter@cadremploi.example.fr>",
        "Salaires 2026 : ce que les cadres financiers peuvent négocier",
        NJ,
        html="<html><body><p>Notre étude annuelle : les contrôleurs de gestion sont parmi les profils les plus recherchés. Conseils pour préparer votre entretien annuel.</p></body></html>",
        tz=CET,
    ),
    m(
        "23581",
        "2025-11-05 20:15",
        "Julien Faure <julien.faure@boitemel.fr>",
        "Grenoble ?",
        NJ,
        text="J'ai regardé les trajets : si tu prends le CHU, je peux demander ma mutation à l'agence de Grenoble, mon chef est plutôt ok. On en parle ce soir ?\n",
        tz=CET,
    ),
    m(
        "23582",
        "2025-11-08 13:45",
        "SeLoger <alertes@seloger.example.com>",
        "12 nouvelles annonces à Grenoble",
        NJ,
        html="<html><body><p>T3 Île Verte 890 € CC, T3 Championnet 950 € CC...</p></body></html>",
        tz=CET,
    ),
    m(
        "23583",
        "2025-11-09 10:30",
        "Claire Bouvier <claire.bouvier@boitemel.fr>",
        "Re: Anniversaire de Léon !",
        NJ,
        text="Merci d'être venus, Léon parle encore du dinosaure ! Bisous\n",
        tz=CET,
    ),
    m(
        "23584",
        "2025-11-11 18:00",
        "Notion <team@makenotion.com>",
        "Your weekly digest",
        NJE,
        text="Here's what changed in your workspace: Recherche emploi 2025 (12 edits).\n",
        tz=CET,
    ),
    m(
        "23585",
        "2025-11-13 12:00",
        "Banque Rhodanienne - Crédit immobilier <credit.immo@brh-banque.fr>",
        "RE: Votre demande de prêt immobilier",
        NJ,
        text="Madame Marchand,\n\nSuite à votre appel, nous mettons votre dossier de financement en attente, le temps de votre installation à Grenoble. N'hésitez pas à revenir vers nous.\n\nMme Rivière\n",
        tz=CET,
    ),
    m(
        "23586",
        "2025-11-16 09:20",
        "Lucie Marchand <lucie.m@boitemel.fr>",
        "Re: Ma demande de permis d'études",
        NJ,
        text="Biométrie faite ! Maintenant il faut attendre la décision, 6 à 8 semaines.\n",
        tz=CET,
    ),
    m(
        "23587",
        "2025-11-19 08:45",
        "La Poste <noreply@laposte.fr>",
        "Votre contrat de réexpédition du courrier",
        NJ,
        text="Votre contrat de réexpédition définitive de Lyon vers Grenoble démarre le 15 décembre 2025.\n",
        tz=CET,
    ),
    m(
        "23588",
        "2025-11-22 15:30",
        "Decathlon <noreply@decathlon.example.com>",
        "Black Friday : vos offres sport",
        NJ,
        html="<html><body><p>Jusqu'à -50 % sur le ski de randonnée.</p></body></html>",
        tz=CET,
    ),
    m(
        "23589",
        "2025-11-27 17:50",
        "Sophie Lambert <sophie.lambert@boitemel.fr>",
        "Félicitations !!",
        NJ,
        text="Je viens de voir ton post, bravo pour le CHU ! Tu me raconteras, l'hôpital ça doit être un sacré défi côté pilotage.\n\nBises, Sophie\n",
        tz=CET,
    ),
    m(
        "23590",
        "2025-11-29 10:00",
        "Ikea <news@ikea.example.fr>",
        "Votre commande de livraison est planifiée",
        NJ,
        text="Votre livraison (canapé Söderhamn, bibliothèque Billy) est planifiée le 16 décembre entre 8h et 12h à Grenoble.\n",
        tz=CET,
    ),
    m(
        "23591",
        "2025-12-01 09:00",
        "Harvest Conseil <newsletter@harvest-conseil.example.fr>",
        "Interview : « Le contrôleur de gestion devient business partner »",
        NJ,
        html="<html><body><p>Dans ce numéro, nous avons interviewé la DAF d'un groupe de distribution sur l'évolution du métier.</p></body></html>",
        tz=CET,
    ),
    m(
        "23592",
        "2025-12-03 19:10",
        "Frère <antoine.marchand@boitemel.fr>",
        "Déménagement samedi 13",
        NJ,
        text="Je peux venir avec le camion de Thomas pour les cartons, à quelle heure ? Les enfants restent avec Aurélie.\n\nAntoine\n",
        tz=CET,
    ),
    m(
        "23593",
        "2025-12-06 11:40",
        "Agence Immo Rhône <location.brotteaux@agence-immo-rhone.fr>",
        "Signature du bail - confirmation",
        NJ,
        text="Madame Marchand,\n\nNous vous confirmons la remise des clés le 15 décembre à 9h au 14 rue Thiers. Le dépôt de garantie a bien été reçu.\n",
        tz=CET,
    ),
    m(
        "23594",
        "2025-12-08 08:05",
        "Amazon.fr <confirmation-commande@amazon.fr>",
        "Votre commande a été livrée",
        NJ,
        text="Votre colis a été livré. Commande n° 402-1123345-5589012 (rouleaux de papier bulle).\n",
        tz=CET,
    ),
    m(
        "23595",
        "2025-12-10 13:30",
        "Lyon 2 - Formation continue <fc@univ-lyon2.example.fr>",
        "Planning des cours - DU 2026",
        NJ,
        text="Madame,\n\nVous trouverez le planning des regroupements du DU : les vendredis et samedis, de janvier à juin 2026, à Lyon (quai Claude Bernard).\n",
        tz=CET,
    ),
    m(
        "23596",
        "2025-12-13 21:30",
        "Antoine Marchand <antoine.marchand@boitemel.fr>",
        "Re: Déménagement samedi 13",
        NJ,
        text="Bien arrivé à la maison, pas de casse à part une lampe. Bonne première nuit à Grenoble !\n",
        tz=CET,
    ),
    m(
        "23597",
        "2025-12-17 10:15",
        "Grenoble Habitat Services <contact@ghs.example.fr>",
        "Bienvenue dans votre résidence",
        NJ,
        text="Bienvenue ! Le gardien est présent du lundi au vendredi de 8h à 12h. Les ordures ménagères sont collectées le mardi.\n",
        tz=CET,
    ),
    m(
        "23598",
        "2025-12-19 16:00",
        "Booking.com <noreply@booking.com>",
        "Votre offre de dernière minute",
        NJ,
        html="<html><body><p>Offres de dernière minute pour Noël : jusqu'à -25 %.</p></body></html>",
        tz=CET,
    ),
    m(
        "23599",
        "2025-12-23 09:30",
        "Orange <facture@orange.example.fr>",
        "Votre demande d'installation fibre",
        NJ,
        text="Votre rendez-vous d'installation de la fibre est fixé au 29 décembre entre 13h et 17h.\n",
        tz=CET,
    ),
    m(
        "23600",
        "2025-12-27 12:00",
        "Lucie Marchand <lucie.m@boitemel.fr>",
        "PERMIS ACCEPTÉ",
        NJ,
        text="J'ai reçu la lettre d'introduction !!! Départ le 6 janvier. Merci encore pour ton aide avec le dossier.\n",
        tz=CET,
    ),
    m(
        "23601",
        "2025-12-30 18:00",
        "Strava <no-reply@strava.com>",
        "Votre année 2025 sur Strava",
        NJ,
        html="<html><body><p>412 km courus, 18 randonnées. Bravo Élodie !</p></body></html>",
        tz=CET,
    ),
    m(
        "23602",
        "2026-01-02 10:00",
        "Mutuelle du CHU (MNH) <adhesion@mnh.example.fr>",
        "Votre adhésion à la complémentaire santé collective",
        NJ,
        text="Madame,\n\nVotre demande d'adhésion à la complémentaire santé des personnels hospitaliers a été enregistrée. Elle prendra effet au 1er février 2026.\n",
        tz=CET,
    ),
    m(
        "23603",
        "2026-01-06 07:40",
        "Maman <francoise.marchand@boitemel.fr>",
        "Premier jour !",
        NJ,
        text="Bon courage pour ton premier jour ma chérie ! Appelle-moi ce soir.\n\nMaman\n",
        tz=CET,
    ),
    m(
        "23604",
        "2026-01-09 19:30",
        "Claire Bouvier <claire.bouvier@boitemel.fr>",
        "Re: Grenoble",
        NJ,
        text="Alors, cette première semaine ? Les collègues sont sympas ?\n",
        tz=CET,
    ),
    m(
        "23605",
        "2026-01-13 08:30",
        "TAG Grenoble <noreply@tag.example.fr>",
        "Votre abonnement est actif",
        NJ,
        text="Votre abonnement annuel TAG est actif. 50 % pris en charge par votre employeur sur justificatif.\n",
        tz=CET,
    ),
    m(
        "23606",
        "2026-01-16 12:15",
        "Cours Florent Grenoble <inscriptions@theatre-grenoble.example.fr>",
        "Résultat de votre audition",
        NJ,
        text="Bonjour Élodie,\n\nNous avons le plaisir de vous accueillir dans l'atelier du mardi soir ! Premier cours le 20 janvier. Merci de régler la cotisation de 180 €.\n",
        tz=CET,
    ),
    m(
        "23607",
        "2026-01-19 09:00",
        "Impots.gouv <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Votre taux de prélèvement à la source",
        NJ,
        text="Votre taux de prélèvement à la source a été transmis à votre nouvel employeur.\n",
        tz=CET,
    ),
    m(
        "23608",
        "2026-01-23 18:20",
        "Julien Faure <julien.faure@boitemel.fr>",
        "ma mutation",
        NJ,
        text="C'est validé, je commence à l'agence de Grenoble le 2 mars !!! Resto ce soir ?\n",
        tz=CET,
    ),
    m(
        "23609",
        "2026-01-26 11:00",
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Le Jungle Mag : comment réussir sa période d'essai",
        NJ,
        html="<html><body><p>Les 90 premiers jours : nos conseils pour réussir votre intégration, et l'interview d'une manager qui a recruté 40 personnes en 2025.</p></body></html>",
        tz=CET,
    ),
    m(
        "23610",
        "2026-01-29 10:30",
        "Lyon 2 - Formation continue <fc@univ-lyon2.example.fr>",
        "Convocation au premier regroupement",
        NJ,
        text="Madame,\n\nLe premier regroupement du DU aura lieu le vendredi 6 février à 9h, salle 104. Vous êtes attendue pour une présentation de votre projet d'évaluation.\n",
        tz=CET,
    ),
    m(
        "23611",
        "2026-02-01 09:00",
        "Doctolib <no-reply@doctolib.fr>",
        "Votre rendez-vous avec Dr Hélène Picard est confirmé",
        NJ,
        text="Dr Hélène Picard - médecin généraliste - jeudi 12 février à 18:30, Grenoble.\n",
        tz=CET,
        ics={
            "start": "2026-02-12 18:30:00 +0100",
            "minutes": 20,
            "organizer": ("Doctolib", "no-reply@doctolib.fr"),
            "uid": "doctolib-23611@doctolib.fr",
            "summary": "RDV Dr Hélène Picard",
        },
    ),
    m(
        "23612",
        "2026-02-04 20:00",
        "Lucie Marchand <lucie.m@boitemel.fr>",
        "Montréal",
        NJ,
        text="Il fait -25 ici haha. La fac est géniale. Tu me manques !\n",
        tz=CET,
    ),
    m(
        "23613",
        "2026-02-07 10:45",
        "Vinted <no-reply@vinted.fr>",
        "Nouveau message de Margot",
        NJ,
        text="Margot : « Bonjour, le manteau est-il toujours disponible ? »\n",
        tz=CET,
    ),
    m(
        "23614",
        "2026-02-09 08:00",
        "Les Échos Start <newsletter@lesechos-start.example.fr>",
        "Recrutement : la fonction publique hospitalière en tension",
        NJ,
        html="<html><body><p>Les CHU peinent à recruter des cadres administratifs : enquête sur les jurys, les contrats et les salaires.</p></body></html>",
        tz=CET,
    ),
    m(
        "23615",
        "2026-02-12 17:30",
        "Banque Rhodanienne <service.client@brh-banque.fr>",
        "Changement d'agence confirmé",
        NJ,
        text="Madame Marchand,\n\nVotre compte est désormais rattaché à l'agence de Grenoble Victor Hugo. Votre nouveau conseiller, M. Bastide, vous contactera prochainement.\n",
        tz=CET,
    ),
    m(
        "23616",
        "2026-02-15 11:20",
        "Antoine Marchand <antoine.marchand@boitemel.fr>",
        "Anniversaire maman",
        NJ,
        text="On fait quoi pour les 60 ans de maman ? J'ai pensé à un restaurant à Lyon le 14 mars. Tu peux réserver ?\n",
        tz=CET,
    ),
    m(
        "23617",
        "2026-02-20 09:10",
        "Association Les Amis du Vercors <bureau@amisduvercors.example.fr>",
        "Résultat de l'élection du bureau",
        NJ,
        text="Chers adhérents,\n\nÉlodie Marchand a été élue trésorière de l'association lors du conseil du 5 février. Bienvenue à elle !\n",
        tz=CET,
    ),
    m(
        "23618",
        "2026-02-24 18:00",
        "SNCF Connect <noreply@sncf-connect.com>",
        "Votre e-billet Grenoble - Lyon Part-Dieu",
        NJ,
        text="Voyage du 14 mars : Grenoble 09:15 - Lyon Part-Dieu 10:39. Référence TRZ81Q.\n",
        tz=CET,
    ),
]

MAIL += [
    m(
        "23619",
        "2025-09-15 18:20",
        "Julien Faure <julien.faure@boitemel.fr>",
        "Re: Entretien demain",
        NJ,
        text="Ah non, c'est l'entretien de la chaudière demain, pas le tien :) Le technicien passe entre 8h et 12h, tu seras là ?\n\nJ.\n",
        tz=CEST,
    ),
    m(
        "23620",
        "2025-09-09 10:00",
        "Engie Home Services <rdv@engie-hs.example.fr>",
        "Confirmation de votre rendez-vous d'entretien annuel",
        NJ,
        text="Madame Marchand,\n\nNous confirmons le rendez-vous pour l'entretien annuel de votre chaudière le mardi 16 septembre entre 8h et 12h.\n\nEngie Home Services\n",
        tz=CEST,
    ),
    m(
        "23621",
        "2025-09-23 20:10",
        "Airbnb <automated@airbnb.com>",
        "Candidature d'hôte : votre demande est en cours d'examen",
        NJ,
        text="Merci d'avoir postulé au programme Airbnb Expériences. Notre équipe examine votre proposition « Balade gourmande dans le Vieux-Lyon » et reviendra vers vous sous 2 semaines.\n",
        tz=CEST,
    ),
    m(
        "23622",
        "2025-09-28 09:35",
        "Boursorama <newsletter@boursorama.example.fr>",
        "Offre de bienvenue : 150 € offerts",
        NJ,
        html="<html><body><p>Ouvrez votre compte et recevez jusqu'à 150 € offerts. Offre soumise à conditions.</p></body></html>",
        tz=CEST,
    ),
    m(
        "23623",
        "2025-10-04 08:40",
        "Comité de quartier Brotteaux <comite.brotteaux@example.fr>",
        "Assemblée générale - appel à candidatures pour le bureau",
        NJ,
        text="Bonjour à tous,\n\nNotre AG aura lieu le 16 octobre. Les candidatures au bureau (président, trésorier, secrétaire) sont à envoyer avant le 10 octobre.\n",
        tz=CEST,
    ),
    m(
        "23624",
        "2025-10-09 12:30",
        "DFCG Rhône-Alpes <evenements@dfcg-ra.example.fr>",
        "Replay du webinar et support",
        NJ,
        text="Merci pour votre participation ! Le replay et le support de présentation sont disponibles dans votre espace adhérent.\n",
        tz=CEST,
    ),
    m(
        "23625",
        "2025-10-12 15:00",
        "Maman <francoise.marchand@boitemel.fr>",
        "Ta tante",
        NJ,
        text="Tata Nicole sort de l'hôpital mardi, elle serait contente d'un petit appel.\n\nMaman\n",
        tz=CEST,
    ),
    m(
        "23626",
        "2025-10-21 08:00",
        "Cdiscount <promo@cdiscount.example.com>",
        "Offre flash : 24 h seulement",
        NJ,
        html="<html><body><p>Offre flash sur les ordinateurs portables. Seulement 24 heures !</p></body></html>",
        tz=CEST,
    ),
    m(
        "23627",
        "2025-10-26 10:15",
        "Claire Bouvier <claire.bouvier@boitemel.fr>",
        "Re: ton entretien ?",
        NJ,
        text="Alors, ça s'est passé comment à Genève ? Tu me racontes au téléphone ce soir ?\n\nClaire\n",
        tz=CET,
    ),
    m(
        "23628",
        "2025-10-31 18:00",
        "Fondation Abbé Pierre <dons@fondation.example.fr>",
        "Merci pour votre don",
        NJ,
        text="Madame, merci pour votre don de 50 €. Votre reçu fiscal est joint.\n",
        tz=CET,
        attach=[("recu_fiscal_2025.pdf", "application/pdf", "%PDF-1.4 recu")],
    ),
    m(
        "23629",
        "2025-11-04 11:45",
        "Podcast Contrôle & Pilotage <contact@podcast-cp.example.fr>",
        "Merci pour l'interview !",
        NJ,
        text="Bonjour Élodie,\n\nMerci encore pour l'enregistrement de jeudi ! L'épisode « Piloter la performance dans le public » sera en ligne le 20 novembre. Je vous enverrai le lien.\n\nKarim\n",
        tz=CET,
    ),
    m(
        "23630",
        "2025-11-15 09:30",
        "Google <no-reply@accounts.google.com>",
        "Alerte de sécurité",
        NJ,
        text="Nouvelle connexion à votre compte Google sur un appareil Windows à Genève, Suisse. Si c'était vous, aucune action n'est requise.\n",
        tz=CET,
    ),
    m(
        "23631",
        "2025-11-18 19:40",
        "Claire Bouvier <claire.bouvier@boitemel.fr>",
        "Re: Félicitations",
        NJ,
        text="Trop contente pour toi !!! Grenoble ce n'est pas le bout du monde, on viendra souvent.\n",
        tz=CET,
    ),
    m(
        "23632",
        "2025-11-21 08:10",
        "Le Progrès <redaction@leprogres.example.fr>",
        "Re: Demande d'entretien - article",
        NJ,
        text="Merci beaucoup Madame Marchand pour cet échange très éclairant. L'article paraîtra dimanche, vos propos sont anonymisés comme convenu.\n\nSophie Marin\n",
        tz=CET,
    ),
    m(
        "23633",
        "2025-11-25 12:00",
        "BlaBlaCar <no-reply@blablacar.example.fr>",
        "Votre réservation est confirmée",
        NJ,
        text="Trajet Lyon - Grenoble le 29 novembre à 9h avec Thomas. Prix : 9 €.\n",
        tz=CET,
    ),
    m(
        "23634",
        "2025-12-04 10:20",
        "Caisse d'Allocations Familiales <ne-pas-repondre@caf.fr>",
        "Votre demande d'aide au logement",
        NJ,
        text="Votre demande d'aide au logement a bien été enregistrée. Elle sera étudiée dès réception de votre bail signé.\n",
        tz=CET,
    ),
    m(
        "23635",
        "2025-12-07 09:50",
        "Picard <news@picard.example.fr>",
        "Les offres de fêtes sont arrivées",
        NJ,
        html="<html><body><p>Bûches, foie gras, coquilles Saint-Jacques : nos offres de fêtes.</p></body></html>",
        tz=CET,
    ),
    m(
        "23636",
        "2025-12-11 19:10",
        "Julien Faure <julien.faure@boitemel.fr>",
        "cartons",
        NJ,
        text="Il reste 15 cartons à faire, on s'y met jeudi soir ? Je commande des pizzas.\n",
        tz=CET,
    ),
    m(
        "23637",
        "2025-12-16 14:00",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre changement de situation a été pris en compte",
        NJ,
        text="Madame,\n\nVous nous avez signalé une reprise d'emploi à compter du 5 janvier 2026. Votre inscription sera clôturée à cette date.\n",
        tz=CET,
    ),
    m(
        "23638",
        "2025-12-20 10:30",
        "Veepee <news@veepee.example.fr>",
        "Ventes privées : déco de Noël",
        NJ,
        html="<html><body><p>Jusqu'à -70 % sur la déco.</p></body></html>",
        tz=CET,
    ),
    m(
        "23639",
        "2026-01-04 17:00",
        "Sophie Lambert <sophie.lambert@boitemel.fr>",
        "Bonne année !",
        NJ,
        text="Bonne année Élodie ! Plein de belles choses pour ce nouveau départ grenoblois.\n\nSophie\n",
        tz=CET,
    ),
    m(
        "23640",
        "2026-01-10 11:00",
        "Harvest Conseil <newsletter@harvest-conseil.example.fr>",
        "Offres de formation 2026 : Power BI, Excel avancé",
        NJ,
        html="<html><body><p>Découvrez notre catalogue 2026 et nos offres de formation finance.</p></body></html>",
        tz=CET,
    ),
    m(
        "23641",
        "2026-01-22 08:20",
        "Ameli <ne-pas-repondre@assurance-maladie.fr>",
        "Changement de caisse primaire",
        NJ,
        text="Votre dossier a été transféré à la CPAM de l'Isère.\n",
        tz=CET,
    ),
    m(
        "23642",
        "2026-01-31 18:45",
        "Antoine Marchand <antoine.marchand@boitemel.fr>",
        "Photos des enfants",
        NJ,
        text="Les petits au ski ce week-end, ils te font des bisous !\n",
        tz=CET,
        attach=[("ski.jpg", "image/jpeg", "photo")],
    ),
    m(
        "23643",
        "2026-02-06 12:00",
        "Lyon 2 - Formation continue <fc@univ-lyon2.example.fr>",
        "Entretiens de suivi de projet",
        NJ,
        text="Madame,\n\nDans le cadre du DU, un entretien individuel de suivi avec votre tuteur est prévu le 27 février à 14h (visio).\n",
        tz=CET,
    ),
    m(
        "23644",
        "2026-02-14 10:00",
        "Interflora <commande@interflora.example.fr>",
        "Votre commande est en cours de livraison",
        NJ,
        text="Votre bouquet pour Françoise Marchand sera livré aujourd'hui.\n",
        tz=CET,
    ),
    m(
        "23645",
        "2026-02-19 09:15",
        "Doctolib <no-reply@doctolib.fr>",
        "Votre rendez-vous a été annulé",
        NJ,
        text="Votre rendez-vous avec Dr Hélène Picard du 12 février a été annulé par le cabinet. Reprenez rendez-vous sur Doctolib.\n",
        tz=CET,
    ),
    m(
        "23646",
        "2026-02-26 20:30",
        "Claire Bouvier <claire.bouvier@boitemel.fr>",
        "Ce week-end",
        NJ,
        text="On arrive samedi vers 11h ! Léon a déjà préparé son sac.\n",
        tz=CET,
    ),
]

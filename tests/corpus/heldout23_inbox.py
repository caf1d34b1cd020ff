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

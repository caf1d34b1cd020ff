"""The ordinary inbox of the nineteenth held-out corpus, with look-alikes (never tuned on)."""

# ruff: noqa: E501  (hand-written mail keeps the line lengths its senders would use)

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

EDT, EST, CEST, CET = "-0400", "-0500", "+0200", "+0100"


def n(key: str, date: str, frm: str, subject: str, lang: str, tz: str, **kw: Any) -> dict[str, Any]:
    """A message that is not about jobs."""
    return m(key, date, frm, subject, ("not_job", lang), tz=tz, **kw)


MAIL: list[dict[str, Any]] = [
    # --- family, partner, friends -------------------------------------------------------------
    n(
        "19201",
        "2025-09-02 19:44",
        "Maman <lan.pham.gagnon@videotron.ca>",
        "Souper dimanche",
        "fr",
        EDT,
        text="""Coucou ma belle,

Ton père fait son phở dimanche, viens-tu avec Thomas? Vers 17 h 30. Apporte le pot Mason
que je t'avais prêté en juin si tu y penses.

Bisous
Maman
""",
    ),
    n(
        "19202",
        "2025-09-03 07:12",
        "Thomas Reinhardt <thomas.reinhardt@protonmail.com>",
        "liste d'épicerie",
        "fr",
        EDT,
        text="""lait d'avoine
pain
citrons (3)
tofu ferme
le fromage en grains pour vendredi

t'es la meilleure
T.
""",
    ),
    n(
        "19203",
        "2025-09-06 15:30",
        "Julie Bergeron <julie.bergeron88@gmail.com>",
        "Chalet Action de grâce!!",
        "fr",
        EDT,
        text="""Allô la gang!

Le chalet à Saint-Donat est réservé pour la fin de semaine de l'Action de grâce (10 au
13 oct). 6 chambres, spa, ça revient à ~140 $ chacun. Qui embarque? Réponse d'ici vendredi
svp, la proprio veut le dépôt.

Ju xx
""",
    ),
    n(
        "19204",
        "2025-09-07 10:02",
        "Julie Bergeron <julie.bergeron88@gmail.com>",
        "Re: Chalet Action de grâce!!",
        "fr",
        EDT,
        text="""Parfait, je vous mets Thomas et toi dans la chambre du haut. Interac à mon courriel quand
vous pouvez 😊
""",
        **reply("19203", "julie.bergeron88@gmail.com"),
    ),
    n(
        "19205",
        "2025-09-14 21:08",
        "Papa <michel.gagnon54@gmail.com>",
        "Photos de la pêche",
        "fr",
        EDT,
        text="""Salut ma grande, voici les photos du lac Taureau. Ton oncle Réjean a encore perdu
le gros. On se reprend l'an prochain.

Papa
""",
        attach=[
            ("IMG_4410.jpg", "image/jpeg", "JPEGDATA"),
            ("IMG_4413.jpg", "image/jpeg", "JPEGDATA"),
        ],
    ),
    n(
        "19206",
        "2025-09-25 12:33",
        "Thomas Reinhardt <thomas.reinhardt@protonmail.com>",
        "Genève!!!",
        "fr",
        EDT,
        text="""Ça y est, le labo m'a confirmé le postdoc au CERN-Meyrin, début en juin 2026. Je capote.
On en parle ce soir? J'achète du vin.

T.
""",
    ),
    n(
        "19207",
        "2025-10-04 09:15",
        "Kim Nguyen <kim.nguyen.designs@gmail.com>",
        "Fête de ma fille",
        "fr",
        EDT,
        text="""Hello cousine! Le 1er anniversaire de Mai, c'est samedi 18 octobre au parc Jarry
(plan B : chez nous si pluie). Pas de cadeaux svp, on a déjà trop de choses 😅
""",
    ),
    n(
        "19208",
        "2025-10-19 18:20",
        "Sophie Tran <sophie.tran@outlook.com>",
        "J'AI EU LE POSTE",
        "fr",
        EDT,
        text="""Élo!!! Ils m'ont appelée tantôt, je commence le 3 novembre comme gestionnaire de projet
au studio (chut, c'est pas encore officiel).
Merci pour tes conseils d'entrevue, t'es une perle. On fête ça jeudi au Dieu du Ciel?

Soph
""",
    ),
    n(
        "19209",
        "2025-11-15 14:05",
        "Maman <lan.pham.gagnon@videotron.ca>",
        "Bravo pour le nouveau travail",
        "fr",
        EST,
        text="""Ma chérie, ton père et moi sommes tellement fiers. Énergie Laurentides, c'est du sérieux!
Ta grand-mère dit qu'elle va brûler de l'encens pour toi. Viens souper samedi on va fêter.

Maman
""",
    ),
    n(
        "19210",
        "2025-11-29 11:40",
        "Thomas Reinhardt <thomas.reinhardt@protonmail.com>",
        "Fwd: appartements Genève",
        "fr",
        EST,
        text="""Regarde ça, le 3 pièces aux Pâquis a l'air bien mais 2 900 CHF 😬
Le collègue du labo dit qu'il faut s'y prendre 4 mois d'avance.

---------- Forwarded message ---------
From: Régie Fontanet-Dupraz <location@regie-fd.ch>
Subject: Annonces correspondant à votre recherche

3 pièces, rue de Berne 14, 1201 Genève - 2 900 CHF charges comprises - libre au 1er juin
""",
    ),
    n(
        "19211",
        "2025-12-20 16:00",
        "Julie Bergeron <julie.bergeron88@gmail.com>",
        "Échange de cadeaux 🎁",
        "fr",
        EST,
        text="""Tirage au sort fait! Tu as pigé... Marc-O. Budget 30 $. Chut!
""",
    ),
    n(
        "19212",
        "2026-01-01 01:12",
        "Sophie Tran <sophie.tran@outlook.com>",
        "Bonne année!!!",
        "fr",
        EST,
        text="""Bonne année ma belle! Que 2026 t'apporte Genève, des fondues et plein de projets cool.
Je t'aime fort xx
""",
    ),
    n(
        "19213",
        "2026-01-18 20:30",
        "Papa <michel.gagnon54@gmail.com>",
        "Ton char",
        "fr",
        EST,
        text="""Si tu vends vraiment ta Corolla avant de partir, ton cousin Steve serait intéressé.
Il peut te faire une offre de 9 000 $. Appelle-le.

Papa
""",
    ),
    n(
        "19214",
        "2026-02-14 08:00",
        "Thomas Reinhardt <thomas.reinhardt@protonmail.com>",
        "❤",
        "fr",
        EST,
        text="""Réservation à 19 h chez Mélisse ce soir. Habille-toi chaudement, on marche.
""",
    ),
    n(
        "19215",
        "2026-03-08 13:25",
        "Kim Nguyen <kim.nguyen.designs@gmail.com>",
        "Recette nem",
        "fr",
        EDT,
        text="""Comme promis, la recette de bà ngoại, version écrite par ma mère (donc approximative) :
vermicelles, porc haché, champignons noirs, carottes, oeuf... et « assez » de sauce poisson.
""",
    ),
    n(
        "19216",
        "2025-10-29 18:02",
        "David Okafor <david.okafor@gmail.com>",
        "Halloween trivia night",
        "en",
        EDT,
        text="""Hey! Our team "Null Hypothesis" is back for trivia at Bar Le Ritz on Friday. We need
someone who knows 90s movies. You in? Costumes optional but encouraged.

Dave
""",
    ),
    n(
        "19217",
        "2025-12-07 10:45",
        "David Okafor <david.okafor@gmail.com>",
        "Re: Halloween trivia night",
        "en",
        EST,
        text="""lol just found this photo of you as a box plot. Framing it.
""",
        **reply("19216", "david.okafor@gmail.com"),
    ),
    # --- look-alikes: applications, offers, interviews that are not jobs -------------------------
    n(
        "19218",
        "2025-09-10 14:20",
        "Gestion Immobilière Saint-Denis <location@gisd.ca>",
        "Votre demande de location - 4½ rue Saint-Denis",
        "fr",
        EDT,
        text="""Bonjour Madame Gagnon-Pham,

Nous avons bien reçu votre demande de location pour le logement 4½ situé au 7120, rue
Saint-Denis (disponible le 1er octobre). Une enquête de crédit sera effectuée. Nous vous
reviendrons d'ici 48 h ouvrables.

Gestion Immobilière Saint-Denis
""",
    ),
    n(
        "19219",
        "2025-09-12 11:05",
        "Gestion Immobilière Saint-Denis <location@gisd.ca>",
        "Demande acceptée - signature du bail",
        "fr",
        EDT,
        text="""Bonjour,

Bonne nouvelle : votre demande a été acceptée! Nous vous invitons à venir signer le bail
(formulaire obligatoire du TAL) mardi à 18 h au bureau. Apportez un chèque pour le premier
mois (1 650 $).
""",
    ),
    n(
        "19220",
        "2025-09-18 09:31",
        "Banque Fleurdelys <notifications@fleurdelys.ca>",
        "Votre demande de carte Visa Infinite Voyage",
        "fr",
        EDT,
        html="""<html><body>
<p>Bonjour Élodie,</p>
<p>Nous avons bien reçu votre demande de carte <b>Visa Infinite Voyage</b>. Bonne nouvelle : elle
est <b>approuvée</b>! Votre carte vous sera postée dans un délai de 7 à 10 jours ouvrables.</p>
<p>Limite de crédit : 12 000 $</p>
<p>Banque Fleurdelys</p>
</body></html>""",
    ),
    n(
        "19221",
        "2025-10-07 16:42",
        "École de gestion Maisonneuve - Admission <admission@egm-maisonneuve.ca>",
        "Votre demande d'admission - DESS en science des données",
        "fr",
        EDT,
        text="""Bonjour Élodie,

Votre demande d'admission au DESS en science des données (trimestre d'hiver 2026) est
complète. Le comité d'admission rendra sa décision au plus tard le 15 novembre.

Numéro de dossier : 2025-A-118734
Registrariat - EGM
""",
    ),
    n(
        "19222",
        "2025-11-12 10:00",
        "École de gestion Maisonneuve - Admission <admission@egm-maisonneuve.ca>",
        "Offre d'admission - Hiver 2026",
        "fr",
        EST,
        text="""Félicitations!

Nous avons le plaisir de vous offrir une place au DESS en science des données, régime à temps
partiel, à compter du trimestre d'hiver 2026. Vous devez accepter l'offre d'admission dans
votre Centre étudiant avant le 1er décembre.

Registrariat - EGM
""",
    ),
    n(
        "19223",
        "2025-10-22 12:15",
        "Carrefour Auto Rive-Sud <financement@carrefourautors.ca>",
        "Demande de financement approuvée",
        "fr",
        EDT,
        text="""Bonjour Élodie,

Votre demande de financement pour le Toyota RAV4 hybride 2023 a été approuvée par le prêteur
à 6,49 % sur 60 mois. Passez nous voir pour finaliser les documents. L'offre est valide 14 jours.

Maxime, directeur commercial
""",
    ),
    n(
        "19224",
        "2025-10-23 09:02",
        "Élodie Gagnon-Pham <elodie.gagnonpham@courrielboreal.ca>",
        "Re: Demande de financement approuvée",
        "fr",
        EDT,
        to="Carrefour Auto Rive-Sud <financement@carrefourautors.ca>",
        text="""Merci Maxime, mais on a décidé de ne pas acheter de voiture finalement (déménagement à
l'étranger). Bonne journée!
""",
        **reply("19223", "financement@carrefourautors.ca"),
    ),
    n(
        "19225",
        "2026-01-27 10:30",
        "Office cantonal de la population et des migrations <ne-pas-repondre@etat-ge.example.ch>",
        "Demande de permis de séjour - accusé de réception",
        "fr",
        CET,
        text="""Madame,

Nous accusons réception de votre demande d'autorisation de séjour (regroupement familial,
partenariat) déposée le 22 janvier 2026. Le délai de traitement est actuellement de 8 à 12
semaines. Des pièces complémentaires pourraient vous être demandées.

Office cantonal de la population et des migrations
""",
    ),
    n(
        "19226",
        "2026-03-10 14:00",
        "Office cantonal de la population et des migrations <ne-pas-repondre@etat-ge.example.ch>",
        "Votre demande - pièces manquantes",
        "fr",
        CET,
        text="""Madame,

Afin de poursuivre l'examen de votre demande, nous vous prions de nous faire parvenir un
extrait de casier judiciaire récent et une attestation de vie commune, d'ici le 10 avril.
""",
    ),
    n(
        "19227",
        "2025-11-28 07:00",
        "SAQ <infolettre@saq.com>",
        "Vendredi fou : des offres à ne pas manquer 🍷",
        "fr",
        EST,
        html="""<html><body><h1>Offres du Vendredi fou</h1>
<p>Jusqu'à 20 % sur une sélection de vins d'ici. En succursale et sur SAQ.com, aujourd'hui seulement.</p></body></html>""",
    ),
    n(
        "19228",
        "2025-12-01 08:30",
        "Vidéotron <promotions@videotron.com>",
        "Offre exclusive pour vous, Élodie : Internet Giga à 55 $/mois",
        "fr",
        EST,
        html="""<html><body><p>Offre exclusive réservée à nos clients : passez à Internet Giga pour 55 $/mois
pendant 24 mois. Répondez avant le 15 décembre.</p></body></html>""",
    ),
    n(
        "19229",
        "2025-10-03 13:10",
        "Marketplace <notification@facebookmail.com>",
        "Nouvelle offre pour votre annonce : Vélo de route Opus 54 cm",
        "fr",
        EDT,
        text="""Jean-Philippe a fait une offre de 450 $ pour Vélo de route Opus 54 cm.
Répondre à l'offre : https://www.facebook.com/marketplace/inbox
""",
    ),
    n(
        "19230",
        "2025-10-15 10:47",
        "Ariane Lachance <ariane@balado-donneesetcafe.ca>",
        "Demande d'entrevue - balado Données & Café",
        "fr",
        EDT,
        text="""Bonjour Élodie,

J'anime le balado Données & Café (épisodes de 40 min sur les gens qui travaillent avec les
données au Québec). J'ai adoré ta présentation au meetup Data Montréal sur l'achalandage du
métro. Accepterais-tu une entrevue enregistrée au début novembre? Ça se fait sur Riverside.

Ariane Lachance
Animatrice, Données & Café
""",
    ),
    n(
        "19231",
        "2025-10-16 09:20",
        "Ariane Lachance <ariane@balado-donneesetcafe.ca>",
        "Re: Demande d'entrevue - balado Données & Café",
        "fr",
        EDT,
        text="""Génial! Je t'envoie l'invitation pour le jeudi 6 novembre à 18 h. Prévois des écouteurs
avec micro, et pense à 2-3 anecdotes de projets.
""",
        **reply("19230", "ariane@balado-donneesetcafe.ca"),
    ),
    n(
        "19232",
        "2025-10-16 09:25",
        "Ariane Lachance <ariane@balado-donneesetcafe.ca>",
        "Invitation: Enregistrement Données & Café - Élodie @ jeu. 6 nov. 2025 18:00",
        "fr",
        EDT,
        text="""Enregistrement de l'épisode 47 - invitée : Élodie Gagnon-Pham
Lien Riverside : https://riverside.fm/studio/donnees-et-cafe
""",
        ics={
            "start": "2025-11-06 18:00:00 -0500",
            "minutes": 75,
            "organizer": ("Ariane Lachance", "ariane@balado-donneesetcafe.ca"),
            "uid": "dc47enregistrement19232@google.com",
            "summary": "Enregistrement Données & Café - Élodie",
            "location": "https://riverside.fm/studio/donnees-et-cafe",
        },
    ),
    n(
        "19233",
        "2025-12-02 15:10",
        "Laurence Théberge <ltheberge@lemetropolitain-journal.ca>",
        "Question pour un article sur le transport collectif",
        "fr",
        EST,
        text="""Bonjour Madame Gagnon-Pham,

Je suis journaliste au Métropolitain. Je prépare un article sur la fréquentation du REM et
j'ai vu votre analyse publiée sur GitHub. Auriez-vous 15 minutes pour une courte entrevue
téléphonique cette semaine?

Laurence Théberge
""",
    ),
    n(
        "19234",
        "2025-09-23 11:00",
        "Clinique médicale Villeray <rendezvous@cmvilleray.ca>",
        "Confirmation de rendez-vous",
        "fr",
        EDT,
        text="""Bonjour Élodie Gagnon-Pham,

Votre rendez-vous avec Dre Annie Pelletier est confirmé le 2 octobre 2025 à 8 h 40.
Merci d'apporter votre carte d'assurance maladie. Annulation : 24 h à l'avance.
""",
        ics={
            "start": "2025-10-02 08:40:00 -0400",
            "minutes": 20,
            "organizer": ("Clinique médicale Villeray", "rendezvous@cmvilleray.ca"),
            "uid": "cmv-rdv-887410@cmvilleray.ca",
            "summary": "Rendez-vous - Dre Annie Pelletier",
            "location": "Clinique médicale Villeray, 8000 rue Saint-Hubert",
        },
    ),
    n(
        "19235",
        "2026-02-04 17:30",
        "Centre dentaire Jarry <info@dentairejarry.ca>",
        "Rappel : votre rendez-vous de nettoyage",
        "fr",
        EST,
        text="""Rappel : rendez-vous d'hygiène dentaire le mardi 10 février à 16 h 15 avec Karine.
Répondez OUI pour confirmer.
""",
        ics={
            "style": "outlook",
            "start": "2026-02-10 16:15:00 -0500",
            "minutes": 45,
            "organizer": ("Centre dentaire Jarry", "info@dentairejarry.ca"),
            "uid": "040000008200E00074C5B7101A82E008dentaire19235",
            "summary": "Nettoyage - Centre dentaire Jarry",
            "location": "240, rue Jarry Est",
        },
    ),
    n(
        "19236",
        "2025-11-03 12:00",
        "DataBrew Academy <events@databrew-academy.com>",
        "You're registered: Power BI + Copilot in practice (webinar)",
        "en",
        EST,
        text="""Thanks for registering! The webinar starts Wednesday, November 12 at 12:00 PM ET.
Add it to your calendar with the attached invite. Replay available for 30 days.
""",
        ics={
            "start": "2025-11-12 12:00:00 -0500",
            "minutes": 60,
            "organizer": ("DataBrew Academy", "events@databrew-academy.com"),
            "uid": "databrew-webinar-pbi-copilot@databrew-academy.com",
            "summary": "Webinar: Power BI + Copilot in practice",
            "location": "https://databrew-academy.com/live",
        },
    ),
    n(
        "19237",
        "2026-01-14 09:00",
        "Data Montréal <organisateurs@datamontreal.org>",
        "Meetup de février : panel « Comment on recrute en données en 2026 »",
        "fr",
        EST,
        text="""Bonjour à toutes et à tous,

Notre meetup du 5 février portera sur l'embauche en données : trois gestionnaires nous
expliqueront comment ils mènent leurs entrevues, ce qu'ils cherchent dans un CV et comment
réussir un exercice technique. Pizza offerte par nos commanditaires.

Inscription : https://datamontreal.org/meetups/fevrier-2026
""",
    ),
    n(
        "19238",
        "2025-12-10 06:00",
        "The Analytics Dispatch <newsletter@analyticsdispatch.com>",
        "Is the data analyst job market thawing? + 5 interview questions to expect",
        "en",
        EST,
        html="""<html><body>
<h2>The Analytics Dispatch #112</h2>
<p>Hiring for analysts picked up 8 % in Q4, according to our survey of 300 hiring managers.
We also interviewed three recruiters about what they look for in a portfolio.</p>
<p>Plus: window functions you should know, and why your dashboard has too many filters.</p>
<p><a href="https://analyticsdispatch.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    n(
        "19239",
        "2025-09-30 06:30",
        "Les Affaires <infolettre@lesaffaires-hebdo.ca>",
        "Pénurie de main-d'oeuvre : les employeurs québécois revoient leurs offres",
        "fr",
        EDT,
        html="""<html><body>
<h2>L'essentiel de la semaine</h2>
<p>Selon un sondage, 62 % des PME québécoises peinent encore à pourvoir leurs postes. Entrevue
avec la présidente de la Fédération des chambres de commerce.</p>
<p>Aussi : les taux hypothécaires, le REER et l'IA en entreprise.</p>
</body></html>""",
    ),
    n(
        "19240",
        "2025-11-04 14:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Félicitez Sophie Tran pour son nouveau poste",
        "fr",
        EST,
        html="""<html><body><p>Sophie Tran a commencé un nouveau poste de gestionnaire de projet chez
Studio Aurore Jeux. <a href="https://www.linkedin.com/feed">Dites félicitations</a></p></body></html>""",
    ),
    n(
        "19241",
        "2025-10-26 10:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Vous êtes apparue dans 14 recherches cette semaine",
        "fr",
        EDT,
        html="""<html><body><p>Élodie, vous êtes apparue dans 14 recherches cette semaine. Des personnes
de Mouvement Boréal et Sparrowfield Analytics ont consulté votre profil.</p></body></html>""",
    ),
    n(
        "19242",
        "2025-12-18 19:00",
        "LinkedIn <invitations@linkedin.com>",
        "Wouter Peeters souhaite se connecter avec vous",
        "fr",
        EST,
        html="""<html><body><p>Wouter Peeters, Head of Data chez Quadrant Mobilité<br>
<a href="https://www.linkedin.com/mynetwork/invitation-manager">Accepter</a></p></body></html>""",
    ),
    n(
        "19243",
        "2026-01-09 15:20",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "David Okafor a commenté votre publication",
        "en",
        EST,
        html="""<html><body><p>David Okafor commented on your post: "Great breakdown of the REM ridership
numbers, the weekend chart is wild."</p></body></html>""",
    ),
    n(
        "19244",
        "2026-02-25 08:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Élodie, souligner l'anniversaire de travail de Kevin Marchand",
        "fr",
        EST,
        html="""<html><body><p>Kevin Marchand célèbre 5 ans chez Énergie Laurentides. Envoyez-lui vos
félicitations!</p></body></html>""",
    ),
    n(
        "19245",
        "2025-11-21 13:30",
        "Centraide du Grand Montréal <benevolat@centraide-gm.example.org>",
        "Merci pour votre candidature comme bénévole",
        "fr",
        EST,
        text="""Bonjour Élodie,

Merci d'avoir posé votre candidature pour devenir bénévole-analyste lors de la campagne 2026.
Une séance d'accueil aura lieu le 3 décembre à 18 h. Votre rôle : aider nos organismes
partenaires à mesurer l'impact de leurs programmes.
""",
    ),
    n(
        "19246",
        "2026-01-30 11:45",
        "Association québécoise des analystes de données <prix@aqad.example.org>",
        "Prix Relève 2026 - candidature reçue",
        "fr",
        EST,
        text="""Bonjour,

Nous confirmons la réception de votre dossier de candidature au Prix Relève 2026
(catégorie : projet citoyen). Le jury se réunira en mars; les finalistes seront invités
à une courte entrevue avec le jury.
""",
    ),
    n(
        "19247",
        "2025-10-31 17:00",
        "Coop d'habitation Les Érables <ca@coop-leserables.example.org>",
        "Élections au conseil d'administration",
        "fr",
        EDT,
        text="""Bonjour aux membres,

Les candidatures pour les 3 postes au C.A. sont ouvertes jusqu'au 14 novembre. L'assemblée
générale aura lieu le 20 novembre au sous-sol de l'église Saint-Vincent-Ferrier.
""",
    ),
    # --- receipts, banks, bills, deliveries ----------------------------------------------------
    n(
        "19248",
        "2025-09-04 13:22",
        "Hydro-Québec <espaceclient@hydroquebec.com>",
        "Votre facture est prête",
        "fr",
        EDT,
        text="""Votre facture d'électricité du 4 septembre 2025 est disponible dans votre Espace client.
Montant : 68,42 $ - Date d'échéance : 25 septembre 2025.
""",
    ),
    n(
        "19249",
        "2025-11-05 13:20",
        "Hydro-Québec <espaceclient@hydroquebec.com>",
        "Votre facture est prête",
        "fr",
        EST,
        text="""Votre facture d'électricité du 5 novembre 2025 est disponible dans votre Espace client.
Montant : 94,10 $ - Date d'échéance : 26 novembre 2025.
""",
    ),
    n(
        "19250",
        "2026-01-06 13:20",
        "Hydro-Québec <espaceclient@hydroquebec.com>",
        "Votre facture est prête",
        "fr",
        EST,
        text="""Votre facture d'électricité du 6 janvier 2026 est disponible dans votre Espace client.
Montant : 187,55 $ - Date d'échéance : 27 janvier 2026.
""",
    ),
    n(
        "19251",
        "2025-09-11 18:40",
        "Amazon.ca <auto-confirm@amazon.ca>",
        "Votre commande Amazon.ca n° 702-4418823-1190625",
        "fr",
        EDT,
        text="""Bonjour Élodie,
Merci pour votre commande. Articles : « Storytelling with Data » (1), câble USB-C (2).
Livraison estimée : jeudi 18 septembre. Total : 61,37 $
""",
    ),
    n(
        "19252",
        "2025-09-17 15:02",
        "Postes Canada <notifications@postescanada.ca>",
        "Votre colis a été livré",
        "fr",
        EDT,
        text="""Votre colis 7316 4420 9980 1122 a été livré le 17 septembre à 14 h 58. Il a été laissé
dans votre boîte aux lettres communautaire.
""",
    ),
    n(
        "19253",
        "2025-10-08 21:15",
        "Uber Receipts <noreply@uber.com>",
        "Votre course du mercredi soir avec Uber",
        "fr",
        EDT,
        text="""Merci d'avoir voyagé avec Uber, Élodie.
Total : 18,74 $ - Plateau-Mont-Royal → Villeray - 21 h 02
""",
    ),
    n(
        "19254",
        "2025-10-12 09:00",
        "Banque Fleurdelys <alertes@fleurdelys.ca>",
        "Alerte : dépôt reçu",
        "fr",
        EDT,
        text="""Un virement Interac de JULIE BERGERON de 45,00 $ a été déposé dans votre compte se
terminant par 4471.
""",
    ),
    n(
        "19255",
        "2025-11-01 08:00",
        "Banque Fleurdelys <releves@fleurdelys.ca>",
        "Votre relevé de compte d'octobre est disponible",
        "fr",
        EDT,
        text="""Votre relevé de compte d'octobre 2025 est disponible dans AccèsD Fleurdelys. Ne répondez
pas à ce courriel.
""",
    ),
    n(
        "19256",
        "2025-12-01 08:00",
        "Banque Fleurdelys <releves@fleurdelys.ca>",
        "Votre relevé de compte de novembre est disponible",
        "fr",
        EST,
        text="""Votre relevé de compte de novembre 2025 est disponible dans AccèsD Fleurdelys.
""",
    ),
    n(
        "19257",
        "2025-12-19 14:30",
        "Banque Fleurdelys <alertes@fleurdelys.ca>",
        "Alerte : dépôt de paie reçu",
        "fr",
        EST,
        text="""Un dépôt de ÉNERGIE LAURENTIDES - PAIE de 2 412,18 $ a été reçu dans votre compte se
terminant par 4471.
""",
    ),
    n(
        "19258",
        "2025-09-20 11:30",
        "Wealthsimple <support@wealthsimple.com>",
        "Your CELI contribution is complete",
        "en",
        EDT,
        text="""Hi Élodie, your $500.00 contribution to your TFSA (CELI) has been deposited. Happy investing!
""",
    ),
    n(
        "19259",
        "2025-10-14 10:10",
        "Vidéotron <facturation@videotron.com>",
        "Votre facture Vidéotron",
        "fr",
        EDT,
        text="""Votre facture de 92,45 $ pour Internet et mobile est disponible. Prélèvement le 28 octobre.
""",
    ),
    n(
        "19260",
        "2025-11-14 10:10",
        "Vidéotron <facturation@videotron.com>",
        "Votre facture Vidéotron",
        "fr",
        EST,
        text="""Votre facture de 92,45 $ pour Internet et mobile est disponible. Prélèvement le 28 novembre.
""",
    ),
    n(
        "19261",
        "2025-10-02 07:40",
        "BIXI Montréal <info@bixi.com>",
        "Fin de saison : merci d'avoir roulé avec nous",
        "fr",
        EDT,
        html="""<html><body><p>Cette saison, vous avez fait 84 trajets et parcouru 312 km. Merci! On se
revoit au printemps.</p></body></html>""",
    ),
    n(
        "19262",
        "2025-11-10 18:12",
        "Communauto <reservations@communauto.com>",
        "Confirmation de réservation",
        "fr",
        EST,
        text="""Réservation confirmée : Toyota Prius - station Jean-Talon/De Gaspé - samedi 15 novembre
9 h à 18 h. Kilométrage estimé : 180 km.
""",
    ),
    n(
        "19263",
        "2025-12-08 07:05",
        "STM <opus-en-ligne@stm.info>",
        "Recharge de votre carte OPUS",
        "fr",
        EST,
        text="""Votre recharge OPUS en ligne (titre mensuel décembre, 104,50 $) a été effectuée avec succès.
""",
    ),
    n(
        "19264",
        "2026-01-21 11:50",
        "Air Transat <confirmation@airtransat.com>",
        "Confirmation de réservation - YUL → GVA",
        "fr",
        EST,
        text="""Merci d'avoir choisi Air Transat, Élodie.
Numéro de réservation : TX8Q4P
Vol TS 254 Montréal (YUL) → Genève (GVA) - 19 mars 2026 - départ 19 h 25
Passagers : GAGNON-PHAM/ELODIE, REINHARDT/THOMAS
Total : 1 846,20 $
""",
    ),
    n(
        "19265",
        "2026-02-22 09:14",
        "Airbnb <automated@airbnb.com>",
        "Réservation confirmée - Studio lumineux, Plainpalais",
        "fr",
        CET,
        text="""Votre réservation est confirmée. Arrivée : 20 mars 2026 - Départ : 27 mars 2026.
Hôte : Nadia. Adresse envoyée 48 h avant l'arrivée.
""",
    ),
    n(
        "19266",
        "2025-12-12 16:45",
        "Renaud-Bray <commandes@renaud-bray.com>",
        "Votre commande est prête pour la cueillette",
        "fr",
        EST,
        text="""Votre commande n° RB-2210487 (3 articles) est prête à la succursale Saint-Denis.
""",
    ),
    n(
        "19267",
        "2025-12-15 10:20",
        "Intelcom <notifications@intelcom.ca>",
        "Votre colis est en route",
        "fr",
        EST,
        text="""Bonne nouvelle! Votre colis de Simons arrive aujourd'hui entre 13 h et 21 h.
Suivez-le : https://intelcom.ca/fr/suivi
""",
    ),
    n(
        "19268",
        "2026-02-28 15:00",
        "Revenu Québec <ne-pas-repondre@revenuquebec.ca>",
        "Nouveau message dans Mon dossier",
        "fr",
        EST,
        text="""Un nouveau document est disponible dans Mon dossier pour les citoyens : Relevé 31.
Pour le consulter, ouvrez une session sur revenuquebec.ca.
""",
    ),
    n(
        "19269",
        "2026-02-26 12:00",
        "Canada Revenue Agency / Agence du revenu du Canada <notification@cra-arc.gc.ca>",
        "New mail in My Account / Nouveau courrier dans Mon dossier",
        "en",
        EST,
        text="""You have new mail in My Account. Sign in to view it.
Vous avez du nouveau courrier dans Mon dossier. Ouvrez une session pour le consulter.
""",
    ),
    n(
        "19270",
        "2025-09-26 17:30",
        "Costco <costco@online.costco.ca>",
        "Votre reçu électronique",
        "fr",
        EDT,
        text="""Merci d'avoir magasiné à l'entrepôt Marché Central. Total : 214,87 $. Conservez ce reçu
pour vos retours.
""",
    ),
    # --- services, SaaS, accounts ----------------------------------------------------------------
    n(
        "19271",
        "2025-09-15 23:10",
        "GitHub <noreply@github.com>",
        "[GitHub] A new public key was added to your account",
        "en",
        EDT,
        text="""Hey egagnonpham!

A new SSH key was added to your account. If you did not add this key, remove it and review
your security settings.
""",
    ),
    n(
        "19272",
        "2025-10-20 09:12",
        "GitHub <notifications@github.com>",
        "[egagnonpham/rem-ridership] New issue: weekend totals off by one day (#4)",
        "en",
        EDT,
        text="""lucas-m opened an issue:

The weekend aggregation seems to start on Sunday instead of Saturday, so the totals in the
README chart are shifted. Happy to send a PR.
""",
    ),
    n(
        "19273",
        "2025-11-08 14:00",
        "Coursera <no-reply@coursera.org>",
        "Félicitations, Élodie! Votre certificat est prêt",
        "fr",
        EST,
        text="""Vous avez terminé « dbt Fundamentals for Analytics Engineering ». Ajoutez votre
certificat à votre profil LinkedIn!
""",
    ),
    n(
        "19274",
        "2025-12-03 02:14",
        "Google <no-reply@accounts.google.com>",
        "Alerte de sécurité",
        "fr",
        EST,
        text="""Nouvelle connexion à votre compte Google sur un appareil Mac. Si c'était vous, vous
n'avez rien à faire.
""",
    ),
    n(
        "19275",
        "2025-10-05 11:00",
        "Spotify <no-reply@spotify.com>",
        "Votre abonnement Premium Duo",
        "fr",
        EDT,
        text="""Merci d'être abonnée. Votre prochain paiement de 14,99 $ sera prélevé le 5 novembre.
""",
    ),
    n(
        "19276",
        "2025-11-25 20:00",
        "Kaggle <noreply@kaggle.com>",
        "Your notebook received a medal",
        "en",
        EST,
        text="""Congrats! Your notebook "Montreal bike counters - seasonality" received a bronze medal.
""",
    ),
    n(
        "19277",
        "2026-01-15 09:00",
        "Duolingo <hello@duolingo.com>",
        "Ne perds pas ta série de 60 jours! 🦉",
        "fr",
        EST,
        text="""Ta leçon d'allemand t'attend. Il te reste 4 heures pour garder ta série.
""",
    ),
    n(
        "19278",
        "2026-02-01 10:00",
        "Netflix <info@account.netflix.com>",
        "Mise à jour de votre abonnement",
        "fr",
        EST,
        text="""Le prix de votre forfait Standard passera à 18,99 $ par mois à partir du 1er mars.
""",
    ),
    # --- newsletters, community ---------------------------------------------------------------
    n(
        "19279",
        "2025-09-12 08:00",
        "Le Devoir <infolettre@ledevoir.com>",
        "L'infolettre du matin",
        "fr",
        EDT,
        html="""<html><body><p>Rentrée parlementaire à Québec, logement : les mises en chantier reculent,
et notre critique du dernier Denis Villeneuve.</p></body></html>""",
    ),
    n(
        "19280",
        "2025-10-17 08:00",
        "Le Devoir <infolettre@ledevoir.com>",
        "L'infolettre du matin",
        "fr",
        EDT,
        html="""<html><body><p>Le taux de chômage grimpe à 6,1 % au Québec; les jeunes diplômés
peinent à décrocher un premier emploi. Aussi : la STM et son budget.</p></body></html>""",
    ),
    n(
        "19281",
        "2025-11-19 07:30",
        "Towards Data Science <newsletter@towardsdatascience.com>",
        "The Variable: causal inference without tears",
        "en",
        EST,
        html="""<html><body><p>This week: a gentle intro to difference-in-differences, plus how one analyst
landed her first role by publishing open-data projects.</p></body></html>""",
    ),
    n(
        "19282",
        "2026-01-23 07:30",
        "Towards Data Science <newsletter@towardsdatascience.com>",
        "The Variable: DuckDB everywhere",
        "en",
        EST,
        html="""<html><body><p>DuckDB in the browser, in your notebook and in your CI. Also: the most
common mistakes in A/B test reports.</p></body></html>""",
    ),
    n(
        "19283",
        "2025-09-19 12:00",
        "Club de lecture Villeray <clublecture.villeray@gmail.com>",
        "Prochain livre : « Kukum »",
        "fr",
        EDT,
        text="""Bonjour les lectrices et lecteurs! On se retrouve le 14 octobre à la bibliothèque
Le Prévost pour discuter de Kukum de Michel Jean. Apportez des grignotines.
""",
    ),
    n(
        "19284",
        "2025-11-24 12:00",
        "Club de lecture Villeray <clublecture.villeray@gmail.com>",
        "Décembre : soirée échange de livres",
        "fr",
        EST,
        text="""Pas de lecture imposée en décembre : apportez un livre emballé, on fait un échange!
Le 9 décembre, 19 h.
""",
    ),
    n(
        "19285",
        "2025-09-28 18:00",
        "Ligue de soccer récréatif Rosemont <ligue@soccerrosemont.example.org>",
        "Horaire des séries",
        "fr",
        EDT,
        text="""Les Gazelles jouent la demi-finale dimanche 5 octobre à 10 h, terrain 3 du parc
Étienne-Desmarteau. Bravo pour la saison!
""",
    ),
    n(
        "19286",
        "2025-10-06 09:05",
        "Ligue de soccer récréatif Rosemont <ligue@soccerrosemont.example.org>",
        "Résultats - finale",
        "fr",
        EDT,
        text="""Félicitations aux Gazelles, championnes 2025! Remise des médailles au BBQ de fin de saison.
""",
    ),
    n(
        "19287",
        "2026-03-02 10:00",
        "Arrondissement Villeray-Saint-Michel-Parc-Extension <info@villeray-vsp.example.ca>",
        "Collecte des encombrants et grand ménage du printemps",
        "fr",
        EST,
        text="""Les collectes des encombrants reprendront le 1er avril. Rappel : le stationnement sur rue
sera interdit lors du nettoyage des rues.
""",
    ),
    n(
        "19288",
        "2025-12-22 10:00",
        "Association des diplômés UdeM <diplomes@assodiplomes.example.ca>",
        "Votre magazine Les diplômés - hiver 2026",
        "fr",
        EST,
        html="""<html><body><p>Dans ce numéro : portrait d'une diplômée en statistique devenue cheffe de
la direction, et nos conseils pour réseauter en 2026.</p></body></html>""",
    ),
]

MAIL += [
    # --- more personal mail -------------------------------------------------------------------
    n(
        "19301",
        "2025-09-08 12:14",
        "Rachel Goldberg <rachel.goldberg@rogers.com>",
        "Ottawa visit?",
        "en",
        EDT,
        text="""Hey Élo,

Are you still coming to Ottawa for the Tulip... no wait, that's May. Are you still coming
for Thanksgiving-ish? Ben wants to take you both to the new ramen place in Chinatown.

Rach
""",
    ),
    n(
        "19302",
        "2025-09-08 19:51",
        "Rachel Goldberg <rachel.goldberg@rogers.com>",
        "Re: Ottawa visit?",
        "en",
        EDT,
        text="""Perfect, the weekend of the 25th it is. Guest room's all yours. Bring the dog? (Kidding,
you don't have a dog. Get a dog.)
""",
        **reply("19301", "rachel.goldberg@rogers.com"),
    ),
    n(
        "19303",
        "2025-10-27 08:45",
        "Rachel Goldberg <rachel.goldberg@rogers.com>",
        "thanks for coming!",
        "en",
        EDT,
        text="""It was so good to see you two. Here's the photo from the Byward Market, you look like
you're about to fight the beaver tail.
""",
        attach=[("byward.jpg", "image/jpeg", "JPEGDATA")],
    ),
    n(
        "19304",
        "2025-09-29 17:02",
        "Maman <lan.pham.gagnon@videotron.ca>",
        "Grand-maman",
        "fr",
        EDT,
        text="""Grand-maman est tombée hier mais rien de cassé, elle est à la maison. Elle demande si tu
peux l'appeler cette semaine, elle s'ennuie de toi. Elle ne comprend toujours pas ce que tu
fais comme travail, « des tableaux d'ordinateur » 😄
""",
    ),
    n(
        "19305",
        "2025-10-24 22:10",
        "Thomas Reinhardt <thomas.reinhardt@protonmail.com>",
        "contrat CERN (pour ton info)",
        "fr",
        EDT,
        text="""Je t'ai mis le contrat dans notre dossier partagé. Il faut que tu lises la section sur
le partenaire, ça a un impact sur ton permis de séjour et sur l'assurance maladie.
""",
        attach=[("contrat_postdoc_TR.pdf", "application/pdf", "%PDF-1.4 contrat")],
    ),
    n(
        "19306",
        "2025-12-24 09:30",
        "Papa <michel.gagnon54@gmail.com>",
        "Joyeux Noël",
        "fr",
        EST,
        text="""Joyeux Noël à vous deux. On part chez Réjean à 15 h, soyez là vers 14 h 30 si vous voulez
embarquer avec nous. Ta mère a fait 4 tourtières, prévoyez de l'espace.
""",
    ),
    n(
        "19307",
        "2026-01-10 15:45",
        "Julie Bergeron <julie.bergeron88@gmail.com>",
        "Party de départ?!",
        "fr",
        EST,
        text="""Ok faut qu'on organise votre party de départ avant mars. Je pense au Bily Kun ou
chez moi. Dis-moi une date et je m'occupe du reste. 😭😭
""",
    ),
    n(
        "19308",
        "2026-02-07 11:00",
        "Julie Bergeron <julie.bergeron88@gmail.com>",
        "Re: Party de départ?!",
        "fr",
        EST,
        text="""Samedi 14 mars chez moi c'est confirmé. J'ai invité la gang de soccer et tes collègues
de l'ancienne job. Chacun apporte une bouteille et un souvenir 💛
""",
        **reply("19307", "julie.bergeron88@gmail.com"),
    ),
    n(
        "19309",
        "2026-03-16 10:20",
        "Sophie Tran <sophie.tran@outlook.com>",
        "Merci pour samedi",
        "fr",
        EDT,
        text="""Quelle soirée. J'ai pleuré 3 fois. Écris-moi dès que vous êtes installés à Genève, je
veux des photos du lac et de la fondue.
""",
    ),
    n(
        "19310",
        "2025-11-30 13:10",
        "David Okafor <david.okafor@gmail.com>",
        "need your SQL brain",
        "en",
        EST,
        text="""Quick one: my sister's non-profit has a Google Sheet of 20k donations and they want
"insights". Would you do a 1h call with her? She'll pay you in baked goods. Seriously good
baked goods.
""",
    ),
    n(
        "19311",
        "2026-03-12 18:05",
        "Ben Goldberg <ben.goldberg.ott@gmail.com>",
        "bon voyage!",
        "en",
        EDT,
        text="""Rach and I wanted to say bon voyage before you fly. Send us your Swiss address, we're
mailing you maple syrup whether you like it or not.
""",
    ),
    # --- moving to Geneva ----------------------------------------------------------------------
    n(
        "19312",
        "2026-01-12 10:00",
        "Déménagement International Laurentien <soumissions@demenagement-laurentien.example.ca>",
        "Votre soumission - déménagement Montréal → Genève",
        "fr",
        EST,
        text="""Bonjour Madame Gagnon-Pham,

Suite à notre visite virtuelle, voici votre soumission pour un conteneur partagé (env. 12 m³)
Montréal → Genève, porte-à-porte : 7 850 $ taxes incluses, délai de 8 à 10 semaines.
Offre valide 30 jours.
""",
        attach=[("Soumission_DIL_2026-0114.pdf", "application/pdf", "%PDF-1.4 soumission")],
    ),
    n(
        "19313",
        "2026-01-19 09:15",
        "Swiss Expat Insure <offres@swissexpatinsure.example.ch>",
        "Votre offre personnalisée d'assurance maladie LAMal",
        "fr",
        CET,
        html="""<html><body><p>Bonjour Élodie,</p><p>Voici votre offre personnalisée pour l'assurance
maladie obligatoire (LAMal) dans le canton de Genève : dès 412 CHF/mois, franchise 2 500 CHF.
Souscrivez en ligne en 5 minutes!</p></body></html>""",
    ),
    n(
        "19314",
        "2026-02-03 16:22",
        "Régie Fontanet-Dupraz <location@regie-fd.ch>",
        "Dossier de candidature - 3 pièces, rue de Berne 14",
        "fr",
        CET,
        text="""Madame, Monsieur,

Nous accusons réception de votre dossier de candidature pour l'appartement de 3 pièces, rue
de Berne 14. Il sera transmis au propriétaire. Merci de compléter le dossier avec une
attestation de l'Office des poursuites et les trois dernières fiches de salaire.

Régie Fontanet-Dupraz SA
""",
    ),
    n(
        "19315",
        "2026-02-17 11:40",
        "Régie Fontanet-Dupraz <location@regie-fd.ch>",
        "Attribution - rue de Berne 14",
        "fr",
        CET,
        text="""Madame,

Nous avons le regret de vous informer que le propriétaire a attribué l'appartement à un autre
candidat. Nous conservons votre dossier pour nos prochains objets.
""",
    ),
    n(
        "19316",
        "2026-03-04 08:55",
        "Régie du Rhône Immobilier <gerance@regierhone.example.ch>",
        "Signature du bail - avenue de Miremont 8",
        "fr",
        CET,
        text="""Madame,

Nous avons le plaisir de vous confirmer l'attribution du 3 pièces, avenue de Miremont 8.
Le bail vous sera envoyé par DocuSign; la garantie de loyer (3 mois) doit être constituée
avant la remise des clés le 1er avril.
""",
    ),
    n(
        "19317",
        "2026-03-05 09:10",
        "Régie du Rhône Immobilier via DocuSign <dse_NA4@docusign.net>",
        "Veuillez signer : Bail à loyer - Miremont 8 - Gagnon-Pham/Reinhardt",
        "fr",
        CET,
        html="""<html><body><p>Régie du Rhône Immobilier vous a envoyé un document à examiner et à
signer.</p><p><a href="https://na4.docusign.net/Signing">EXAMINER LE DOCUMENT</a></p></body></html>""",
    ),
    n(
        "19318",
        "2026-02-11 14:00",
        "Passeport Canada <passeport-passport@servicecanada.gc.ca>",
        "Demande de passeport reçue / Passport application received",
        "fr",
        EST,
        text="""Nous avons reçu votre demande de passeport (numéro de dossier 4421-118-07). Délai de
traitement standard : 10 jours ouvrables.

We have received your passport application.
""",
    ),
    n(
        "19319",
        "2026-02-25 18:30",
        "Gestion Immobilière Saint-Denis <location@gisd.ca>",
        "Cession de bail - candidats",
        "fr",
        EST,
        text="""Bonjour Madame,

Suite à votre avis de cession de bail, nous avons reçu trois candidatures pour votre
logement. Nous procéderons aux enquêtes et vous tiendrons au courant d'ici vendredi.
""",
    ),
    n(
        "19320",
        "2026-03-01 10:00",
        "Kijiji <no-reply@kijiji.ca>",
        "Quelqu'un a répondu à votre annonce : Divan 3 places gris",
        "fr",
        EST,
        text="""Martine a répondu à votre annonce « Divan 3 places gris - 300 $ » : « Bonjour, je vous
offre 220 $, je peux passer samedi. »
""",
    ),
    # --- more bills, receipts, banks ----------------------------------------------------------
    n(
        "19321",
        "2025-10-01 09:00",
        "Banque Fleurdelys <releves@fleurdelys.ca>",
        "Votre relevé de compte de septembre est disponible",
        "fr",
        EDT,
        text="""Votre relevé de compte de septembre 2025 est disponible dans AccèsD Fleurdelys.
""",
    ),
    n(
        "19322",
        "2026-01-02 08:00",
        "Banque Fleurdelys <releves@fleurdelys.ca>",
        "Votre relevé de compte de décembre est disponible",
        "fr",
        EST,
        text="""Votre relevé de compte de décembre 2025 est disponible dans AccèsD Fleurdelys.
""",
    ),
    n(
        "19323",
        "2026-02-02 08:00",
        "Banque Fleurdelys <releves@fleurdelys.ca>",
        "Votre relevé de compte de janvier est disponible",
        "fr",
        EST,
        text="""Votre relevé de compte de janvier 2026 est disponible dans AccèsD Fleurdelys.
""",
    ),
    n(
        "19324",
        "2026-01-16 12:30",
        "Banque Fleurdelys <alertes@fleurdelys.ca>",
        "Transaction inhabituelle sur votre carte",
        "fr",
        EST,
        text="""Nous avons détecté une transaction de 389,00 $ chez MOVERS-EXPRESS LTD sur votre carte
Visa se terminant par 0913. Était-ce vous? Répondez OUI ou NON par texto.
""",
    ),
    n(
        "19325",
        "2025-12-14 10:15",
        "Uber Eats <uber.canada@uber.com>",
        "Votre commande Uber Eats de Pho Lien",
        "fr",
        EST,
        text="""Total : 42,18 $ - 2 x Phở bò tái, 1 x rouleaux impériaux. Livré à 19 h 12.
""",
    ),
    n(
        "19326",
        "2026-01-28 19:45",
        "Uber Eats <uber.canada@uber.com>",
        "Votre commande Uber Eats de La Banquise",
        "fr",
        EST,
        text="""Total : 37,60 $ - 2 x Poutine La Taquise. Livré à 23 h 41. Bonne nuit!
""",
    ),
    n(
        "19327",
        "2025-10-30 16:00",
        "Amazon.ca <shipment-tracking@amazon.ca>",
        "Votre colis a été expédié",
        "fr",
        EDT,
        text="""Votre colis contenant « Lampe de bureau LED » est en route. Livraison prévue : samedi.
""",
    ),
    n(
        "19328",
        "2026-02-19 11:11",
        "Amazon.ca <auto-confirm@amazon.ca>",
        "Your Amazon.ca order #702-9917704-5512210",
        "en",
        EST,
        text="""Hello Élodie, thank you for your order: Universal travel adapter (Type J, Switzerland) x2.
Arriving Friday.
""",
    ),
    n(
        "19329",
        "2025-11-22 14:00",
        "Purolator <notification@purolator.com>",
        "Shipment delivered / Envoi livré",
        "en",
        EST,
        text="""Your shipment 335977120044 was delivered on Nov 22 at 1:52 PM. Signed by: GAGNON.
""",
    ),
    n(
        "19330",
        "2025-09-06 10:30",
        "Mondou <infolettre@mondou.com>",
        "Offre du week-end : 25 % sur la nourriture pour chats",
        "fr",
        EDT,
        html="""<html><body><p>Cette fin de semaine seulement, 25 % sur toute la nourriture pour chats.</p></body></html>""",
    ),
    n(
        "19331",
        "2025-11-27 07:00",
        "Simons <infolettre@simons.ca>",
        "Black Friday : jusqu'à 40 % de rabais",
        "fr",
        EST,
        html="""<html><body><p>Les offres du Black Friday commencent maintenant. Manteaux, bottes, tricots :
jusqu'à 40 % de rabais en ligne et en magasin.</p></body></html>""",
    ),
    n(
        "19332",
        "2026-01-02 07:00",
        "MEC <news@mec.ca>",
        "Soldes d'hiver - raquettes, skis et plus",
        "fr",
        EST,
        html="""<html><body><p>Les soldes d'hiver sont là. Jusqu'à 50 % sur l'équipement de ski de fond.</p></body></html>""",
    ),
    n(
        "19333",
        "2025-12-05 12:00",
        "Air Canada Aéroplan <info@mail.aircanada.com>",
        "Offre spéciale : doublez vos points Aéroplan",
        "fr",
        EST,
        html="""<html><body><p>Offre d'une durée limitée : obtenez 2x les points sur vos vols vers l'Europe
réservés d'ici le 15 décembre.</p></body></html>""",
    ),
    n(
        "19334",
        "2025-10-18 16:20",
        "Cinéma Beaubien <billetterie@cinemabeaubien.com>",
        "Vos billets",
        "fr",
        EDT,
        text="""Vos billets pour « Le temps d'un été », samedi 18 octobre, 19 h 15, salle 3. 2 billets.
""",
    ),
    n(
        "19335",
        "2026-01-31 09:00",
        "Ticketmaster <customer_support@ticketmaster.ca>",
        "Your tickets: Canadiens vs Maple Leafs",
        "en",
        EST,
        text="""Order 34-55812/MTL. Saturday Feb 7, 2026, 7:00 PM, Centre Bell. Section 320, Row K, Seats 4-5.
""",
    ),
    n(
        "19336",
        "2025-09-27 09:00",
        "Pharmaprix <info@pharmaprix.ca>",
        "Votre ordonnance est prête",
        "fr",
        EDT,
        text="""Votre ordonnance est prête pour la cueillette à la succursale Jarry/Saint-Denis.
""",
    ),
    n(
        "19337",
        "2025-10-09 12:00",
        "Clinique médicale Villeray <resultats@cmvilleray.ca>",
        "Vos résultats sont disponibles",
        "fr",
        EDT,
        text="""Des résultats d'examens sont disponibles dans votre Carnet santé Québec. Aucune action
n'est requise de votre part si le médecin ne vous contacte pas.
""",
    ),
    n(
        "19338",
        "2026-02-20 09:00",
        "Clinique Santé-Voyage Montréal <rdv@santevoyage-mtl.example.ca>",
        "Rendez-vous de vaccination",
        "fr",
        EST,
        text="""Votre rendez-vous de consultation santé-voyage (départ pour la Suisse) est confirmé le
3 mars à 11 h. Apportez votre carnet de vaccination.
""",
        ics={
            "start": "2026-03-03 11:00:00 -0500",
            "minutes": 30,
            "organizer": ("Clinique Santé-Voyage Montréal", "rdv@santevoyage-mtl.example.ca"),
            "uid": "sv-mtl-rdv-20260303-1100@santevoyage-mtl.example.ca",
            "summary": "Consultation santé-voyage",
            "location": "1001 boul. de Maisonneuve E.",
        },
    ),
    # --- accounts, services -----------------------------------------------------------------
    n(
        "19339",
        "2025-09-21 08:10",
        "Microsoft <account-security-noreply@accountprotection.microsoft.com>",
        "Code de sécurité du compte Microsoft",
        "fr",
        EDT,
        text="""Utilisez le code de sécurité suivant pour le compte Microsoft el***@courrielboreal.ca.
Code de sécurité : 583021
""",
    ),
    n(
        "19340",
        "2025-10-11 19:33",
        "Zoom <no-reply@zoom.us>",
        "Please activate your Zoom account",
        "en",
        EDT,
        text="""Hello, to activate your Zoom account, please click the button below to verify your email
address. This link expires in 30 days.
""",
    ),
    n(
        "19341",
        "2025-12-30 22:00",
        "Google Photos <noreply-photos@google.com>",
        "Votre année 2025 en photos",
        "fr",
        EST,
        html="""<html><body><p>Revivez vos meilleurs moments de 2025 : Saint-Donat, Ottawa et 312 photos de
chats (pas les vôtres).</p></body></html>""",
    ),
    n(
        "19342",
        "2026-02-10 10:00",
        "Dropbox <no-reply@dropbox.com>",
        "Thomas a partagé « Genève - papiers » avec vous",
        "fr",
        EST,
        text="""Thomas Reinhardt vous a invitée à modifier le dossier « Genève - papiers ».
""",
    ),
    n(
        "19343",
        "2025-11-16 12:00",
        "Tableau Public <noreply@tableau.com>",
        "Your viz is Viz of the Day!",
        "en",
        EST,
        text="""Congratulations! Your visualization "Montréal en BIXI, 10 ans de trajets" was selected as
Viz of the Day. It will be featured on the Tableau Public homepage today.
""",
    ),
    n(
        "19344",
        "2026-01-08 09:00",
        "École de gestion Maisonneuve <registrariat@egm-maisonneuve.ca>",
        "Début du trimestre d'hiver - informations importantes",
        "fr",
        EST,
        text="""Bienvenue au trimestre d'hiver! Vos cours commencent le 12 janvier. Votre horaire et le
lien Moodle sont disponibles dans le Centre étudiant.
""",
    ),
    n(
        "19345",
        "2026-02-12 17:00",
        "Prof. Hélène Marcoux <helene.marcoux@egm-maisonneuve.ca>",
        "SDA-6001 - consignes du travail 1",
        "fr",
        EST,
        text="""Bonjour à toutes et à tous,

Les consignes du travail 1 (régression et visualisation) sont sur Moodle. Remise le 5 mars,
en équipe de 2 ou 3. Les entrevues de rétroaction individuelles auront lieu la semaine du 9 mars.
""",
    ),
    n(
        "19346",
        "2026-03-09 09:30",
        "École de gestion Maisonneuve <registrariat@egm-maisonneuve.ca>",
        "Confirmation - demande d'abandon de cours",
        "fr",
        EDT,
        text="""Votre demande d'abandon du cours SDA-6001 (hiver 2026) a été traitée sans mention
d'échec. Un remboursement partiel sera appliqué à votre compte étudiant.
""",
    ),
    # --- newsletters ---------------------------------------------------------------------------
    n(
        "19347",
        "2025-09-24 07:00",
        "The Analytics Dispatch <newsletter@analyticsdispatch.com>",
        "Dashboards nobody reads (and how to fix them)",
        "en",
        EDT,
        html="""<html><body><h2>The Analytics Dispatch #101</h2><p>Stop building dashboards nobody reads. Plus
a conversation with a head of data on how she structures her team.</p></body></html>""",
    ),
    n(
        "19348",
        "2026-02-18 07:00",
        "The Analytics Dispatch <newsletter@analyticsdispatch.com>",
        "We're hiring an editor + metric trees explained",
        "en",
        EST,
        html="""<html><body><h2>The Analytics Dispatch #121</h2><p>Personal news: we're hiring a part-time
editor for the newsletter (details on our site). This week: metric trees and how to use them
in quarterly planning.</p></body></html>""",
    ),
    n(
        "19349",
        "2025-10-24 06:30",
        "Les Affaires <infolettre@lesaffaires-hebdo.ca>",
        "Les offres d'achat qui font jaser à Montréal",
        "fr",
        EDT,
        html="""<html><body><p>Un fonds ontarien dépose une offre d'achat sur un fleuron québécois du
meuble. Aussi : entrevue avec le PDG de la Caisse de dépôt.</p></body></html>""",
    ),
    n(
        "19350",
        "2025-11-14 06:30",
        "Les Affaires <infolettre@lesaffaires-hebdo.ca>",
        "Semaine de quatre jours : les employeurs tentent le coup",
        "fr",
        EST,
        html="""<html><body><p>De plus en plus d'employeurs offrent la semaine de quatre jours pour attirer
des candidats. Nos journalistes ont rencontré trois DRH.</p></body></html>""",
    ),
    n(
        "19351",
        "2026-01-20 08:00",
        "Le Devoir <infolettre@ledevoir.com>",
        "L'infolettre du matin",
        "fr",
        EST,
        html="""<html><body><p>Froid extrême : la Ville ouvre des haltes-chaleur. Aussi : le budget fédéral
et les tarifs de la STM.</p></body></html>""",
    ),
    n(
        "19352",
        "2026-03-11 07:30",
        "Towards Data Science <newsletter@towardsdatascience.com>",
        "The Variable: what your interviewer really wants",
        "en",
        EDT,
        html="""<html><body><p>Ex-hiring managers share what they look for in a take-home assignment, plus
a deep dive into survival analysis for churn.</p></body></html>""",
    ),
    n(
        "19353",
        "2025-10-28 12:00",
        "Montréal en Lumière <infolettre@montrealenlumiere.com>",
        "Les billets sont en vente!",
        "fr",
        EDT,
        html="""<html><body><p>La programmation 2026 est dévoilée. Les billets des soupers de chefs sont
en vente dès maintenant.</p></body></html>""",
    ),
    n(
        "19354",
        "2025-12-16 09:00",
        "Data Montréal <organisateurs@datamontreal.org>",
        "Merci pour 2025 + appel à conférenciers",
        "fr",
        EST,
        text="""Merci à nos 40 conférenciers et conférencières de 2025! Nous lançons l'appel de
propositions pour les meetups de 2026 : soumettez votre candidature de conférence d'ici le
15 janvier.
""",
    ),
    n(
        "19355",
        "2026-03-18 16:00",
        "Swiss Post / La Poste <noreply@post.ch>",
        "Ouverture de votre compte client",
        "fr",
        CET,
        text="""Bienvenue! Votre compte client de La Poste suisse est ouvert. Vous pouvez maintenant
gérer vos envois et le réacheminement de votre courrier.
""",
    ),
    n(
        "19356",
        "2026-03-20 09:40",
        "Thomas Reinhardt <thomas.reinhardt@protonmail.com>",
        "atterris",
        "fr",
        CET,
        text="""Bien arrivé à l'Airbnb, c'est petit mais il y a une vue sur le Salève. Je t'attends au
café en bas, prends le bus 5.
""",
    ),
    n(
        "19357",
        "2025-11-16 09:30",
        "Maman <lan.pham.gagnon@videotron.ca>",
        "Re: Bravo pour le nouveau travail",
        "fr",
        EST,
        text="""Et n'oublie pas de remplir les papiers pour tes assurances au nouveau travail, ton père
dit que c'est important. Bisous.
""",
        **reply("19209", "lan.pham.gagnon@videotron.ca"),
    ),
]

MAIL += [
    n(
        "19401",
        "2025-11-20 08:00",
        "Ariane Lachance <ariane@balado-donneesetcafe.ca>",
        "Ton épisode est en ligne! 🎙️",
        "fr",
        EST,
        text="""Salut Élodie,

L'épisode 47 « Le métro en chiffres », notre entrevue avec toi, est en ligne sur toutes les
plateformes. Merci encore! N'hésite pas à le partager sur LinkedIn.
""",
    ),
    n(
        "19402",
        "2025-12-04 09:12",
        "Laurence Théberge <ltheberge@lemetropolitain-journal.ca>",
        "Re: Question pour un article sur le transport collectif",
        "fr",
        EST,
        text="""Merci beaucoup pour l'entrevue d'hier, c'était très éclairant. L'article paraîtra samedi
dans le cahier Grand Montréal; je vous envoie le lien.
""",
        **reply("19233", "ltheberge@lemetropolitain-journal.ca"),
    ),
    n(
        "19403",
        "2025-10-01 10:00",
        "Peoplewise HR <events@peoplewisehr.example.com>",
        "Invitation: Webinar - Hiring Trends 2026 for HR Leaders",
        "en",
        EDT,
        text="""You're registered for "Hiring Trends 2026: What HR leaders need to know". Learn how top
employers are rethinking interviews, candidate experience and offers.
Thursday, October 9, 1:00 PM ET.
""",
        ics={
            "start": "2025-10-09 13:00:00 -0400",
            "minutes": 45,
            "organizer": ("Peoplewise HR Events", "events@peoplewisehr.example.com"),
            "uid": "peoplewise-hiring-trends-2026@peoplewisehr.example.com",
            "summary": "Webinar: Hiring Trends 2026 for HR Leaders",
            "location": "https://peoplewisehr.example.com/live",
        },
    ),
    n(
        "19404",
        "2025-09-22 11:00",
        "Banque Fleurdelys <notifications@fleurdelys.ca>",
        "Votre carte Visa Infinite Voyage a été expédiée",
        "fr",
        EDT,
        text="""Votre nouvelle carte a été mise à la poste. Activez-la dès réception dans l'appli.
""",
    ),
    n(
        "19405",
        "2026-01-22 14:30",
        "Banque Fleurdelys <notifications@fleurdelys.ca>",
        "Votre demande de marge de crédit - documents requis",
        "fr",
        EST,
        text="""Bonjour Élodie,

Nous avons bien reçu votre demande de marge de crédit personnelle. Pour compléter l'analyse,
veuillez téléverser une preuve d'emploi récente et vos deux derniers talons de paie.
""",
    ),
    n(
        "19406",
        "2026-01-29 10:00",
        "Banque Fleurdelys <notifications@fleurdelys.ca>",
        "Décision concernant votre demande",
        "fr",
        EST,
        text="""Bonjour Élodie,

Nous avons le plaisir de vous informer que votre demande de marge de crédit de 15 000 $ a été
acceptée. Les fonds sont disponibles dans AccèsD.
""",
    ),
    n(
        "19407",
        "2025-10-10 12:20",
        "Peinture Pro-Villeray <soumission@peintureprovilleray.example.ca>",
        "Offre de service - peinture de votre logement",
        "fr",
        EDT,
        text="""Bonjour,

Suite à votre demande, voici notre offre de service : peinture du salon et de deux chambres
(murs et plafonds), 2 couches, 1 450 $ + taxes. Disponibilité : semaine du 20 octobre.
""",
    ),
    n(
        "19408",
        "2025-11-06 13:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sophie Tran a consulté votre profil",
        "fr",
        EST,
        html="""<html><body><p>Sophie Tran, gestionnaire de projet chez Studio Aurore Jeux, a consulté
votre profil. <a href="https://www.linkedin.com/me/profile-views">Voir qui a consulté votre profil</a></p></body></html>""",
    ),
    n(
        "19409",
        "2025-12-09 12:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Élodie, add your new position to your profile",
        "en",
        EST,
        html="""<html><body><p>Started a new job? Let your network know. Add Énergie Laurentides to your
experience and share the news.</p></body></html>""",
    ),
    n(
        "19410",
        "2026-01-27 18:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Votre publication a été vue 2 143 fois",
        "fr",
        EST,
        html="""<html><body><p>Votre publication « Ce que 10 ans de données BIXI nous apprennent » a été vue
2 143 fois. 87 réactions, 14 commentaires.</p></body></html>""",
    ),
    n(
        "19411",
        "2025-09-15 08:00",
        "Le Devoir <infolettre@ledevoir.com>",
        "L'infolettre du matin",
        "fr",
        EDT,
        html="""<html><body><p>Rentrée scolaire : les syndicats d'enseignants dénoncent le manque de
personnel. Aussi : la saison des pommes.</p></body></html>""",
    ),
    n(
        "19412",
        "2025-11-05 07:30",
        "Towards Data Science <newsletter@towardsdatascience.com>",
        "The Variable: Bayesian A/B tests in practice",
        "en",
        EST,
        html="""<html><body><p>Bayesian A/B testing without the math anxiety, and a review of three
open-source BI tools.</p></body></html>""",
    ),
    n(
        "19413",
        "2025-12-17 06:00",
        "The Analytics Dispatch <newsletter@analyticsdispatch.com>",
        "Year in review: our most-read issues of 2025",
        "en",
        EST,
        html="""<html><body><p>Our top 5 of the year, including "How I'd prepare for a data analyst
interview in 2025" and "The case against the KPI dashboard".</p></body></html>""",
    ),
    n(
        "19414",
        "2026-03-05 06:30",
        "Les Affaires <infolettre@lesaffaires-hebdo.ca>",
        "Recrutement à l'international : les entreprises d'ici regardent vers l'Europe",
        "fr",
        EST,
        html="""<html><body><p>Des employeurs québécois multiplient les missions de recrutement en France et
en Belgique. Entrevue avec une recruteuse qui a placé 200 candidats en 2025.</p></body></html>""",
    ),
    n(
        "19415",
        "2025-10-13 19:20",
        "Rachel Goldberg <rachel.goldberg@rogers.com>",
        "happy thanksgiving 🦃",
        "en",
        EDT,
        text="""Happy Thanksgiving from Ottawa! Ben burned the stuffing. Hope the chalet is fun.
""",
    ),
    n(
        "19416",
        "2025-12-01 18:40",
        "David Okafor <david.okafor@gmail.com>",
        "Re: need your SQL brain",
        "en",
        EST,
        text="""She said your call was the most useful hour of her year. Lemon loaf incoming.
""",
        **reply("19310", "david.okafor@gmail.com"),
    ),
    n(
        "19417",
        "2025-12-28 12:00",
        "Kim Nguyen <kim.nguyen.designs@gmail.com>",
        "Photos de Noël",
        "fr",
        EST,
        text="""Voici les photos du réveillon! Celle de grand-maman avec le chapeau de père Noël est iconique.
""",
        attach=[("reveillon_01.jpg", "image/jpeg", "JPEGDATA")],
    ),
    n(
        "19418",
        "2026-02-02 20:15",
        "Maman <lan.pham.gagnon@videotron.ca>",
        "Têt",
        "fr",
        EST,
        text="""On fête le Têt le 17 février chez nous. Ta grand-mère veut vous donner des enveloppes
rouges avant votre départ. Viens avec Thomas, c'est important pour elle.
""",
    ),
    n(
        "19419",
        "2026-03-02 19:02",
        "Thomas Reinhardt <thomas.reinhardt@protonmail.com>",
        "ok pour le bail",
        "fr",
        EST,
        text="""La régie du Rhône dit oui pour Miremont!!! Ils envoient le bail par DocuSign demain.
On a un appart 🎉
""",
    ),
    n(
        "19420",
        "2025-09-16 13:30",
        "Coop d'habitation Les Érables <ca@coop-leserables.example.org>",
        "Corvée d'automne",
        "fr",
        EDT,
        text="""Rappel : corvée d'automne samedi 27 septembre, 9 h. Râteaux fournis, café aussi.
""",
    ),
    n(
        "19421",
        "2025-11-18 17:00",
        "Coop d'habitation Les Érables <ca@coop-leserables.example.org>",
        "Candidatures au C.A. - liste des candidats",
        "fr",
        EST,
        text="""Voici la liste des membres qui ont soumis leur candidature au conseil d'administration :
Gilles Ouellet, Élodie Gagnon-Pham, Fatou Diallo. Le vote aura lieu à l'AG du 20 novembre.
""",
    ),
    n(
        "19422",
        "2025-11-21 09:00",
        "Coop d'habitation Les Érables <ca@coop-leserables.example.org>",
        "Procès-verbal de l'AG et nouveau C.A.",
        "fr",
        EST,
        text="""Merci aux 31 membres présents. Bienvenue à Élodie et Fatou au conseil d'administration!
Le procès-verbal est en pièce jointe.
""",
        attach=[("PV_AG_2025-11-20.pdf", "application/pdf", "%PDF-1.4 pv")],
    ),
    n(
        "19423",
        "2026-02-08 09:00",
        "Association québécoise des analystes de données <prix@aqad.example.org>",
        "Prix Relève 2026 - vous êtes finaliste!",
        "fr",
        EST,
        text="""Félicitations! Votre projet fait partie des trois finalistes du Prix Relève 2026. Le
jury souhaite vous rencontrer en entrevue de 20 minutes le 24 février à 18 h (Zoom).
""",
    ),
    n(
        "19424",
        "2025-10-25 11:00",
        "Hydro-Québec <espaceclient@hydroquebec.com>",
        "Avis d'interruption de service planifiée",
        "fr",
        EDT,
        text="""Une interruption de service est prévue le 29 octobre de 9 h à 12 h dans votre secteur
pour des travaux d'entretien.
""",
    ),
    n(
        "19425",
        "2026-03-06 13:20",
        "Hydro-Québec <espaceclient@hydroquebec.com>",
        "Confirmation de fermeture de votre abonnement",
        "fr",
        EST,
        text="""Nous confirmons la fermeture de votre abonnement au 7120, rue Saint-Denis, le 31 mars 2026.
Votre facture finale vous sera envoyée.
""",
    ),
    n(
        "19426",
        "2026-03-07 10:00",
        "Vidéotron <service@videotron.com>",
        "Annulation de vos services",
        "fr",
        EST,
        text="""Votre demande d'annulation des services Internet et télé est confirmée au 31 mars 2026.
Retournez votre modem dans un point de service.
""",
    ),
    n(
        "19427",
        "2025-12-11 15:30",
        "Postes Canada <notifications@postescanada.ca>",
        "Avis de livraison - votre colis vous attend",
        "fr",
        EST,
        text="""Nous n'avons pas pu livrer votre colis. Il est disponible au comptoir postal Jean-Talon
dès demain 13 h. Apportez une pièce d'identité.
""",
    ),
    n(
        "19428",
        "2026-01-05 18:00",
        "Uber Receipts <noreply@uber.com>",
        "Your Monday evening trip with Uber",
        "en",
        EST,
        text="""Thanks for riding, Élodie. Total: $23.10. Old Montreal → Villeray, 17:42.
""",
    ),
    n(
        "19429",
        "2025-09-18 16:00",
        "Amazon.ca <shipment-tracking@amazon.ca>",
        "Livré : votre colis Amazon",
        "fr",
        EDT,
        text="""Votre colis a été livré. Il a été remis dans votre boîte aux lettres.
""",
    ),
    n(
        "19430",
        "2026-02-13 10:30",
        "Wealthsimple <support@wealthsimple.com>",
        "Your tax documents are ready",
        "en",
        EST,
        text="""Your 2025 tax documents (T5, RL-3) are now available in the Documents section of the app.
""",
    ),
    n(
        "19431",
        "2025-10-08 09:00",
        "Élections Québec <ne-pas-repondre@electionsquebec.qc.ca>",
        "Élections municipales 2025 : où voter",
        "fr",
        EDT,
        text="""Les élections municipales ont lieu le 2 novembre 2025. Votre bureau de vote : école
Saint-Gérard, 500 rue Villeray.
""",
    ),
    n(
        "19432",
        "2026-01-13 12:00",
        "Consulat général de Suisse à Montréal <montreal@eda.example.ch>",
        "Votre rendez-vous au consulat",
        "fr",
        EST,
        text="""Madame,

Votre rendez-vous pour la saisie des données biométriques est fixé au 20 janvier 2026 à
10 h 30. Merci d'apporter votre passeport et la lettre de l'Office cantonal.
""",
        ics={
            "style": "outlook",
            "start": "2026-01-20 10:30:00 -0500",
            "minutes": 30,
            "organizer": ("Consulat général de Suisse", "montreal@eda.example.ch"),
            "uid": "040000008200E00074C5B7101A82E008consulat19432",
            "summary": "Rendez-vous biométrie - Consulat de Suisse",
            "location": "1000 rue De La Gauchetière O., bureau 1000",
        },
    ),
    n(
        "19433",
        "2025-12-02 07:00",
        "Simons <infolettre@simons.ca>",
        "Une offre spéciale pour vous : livraison gratuite",
        "fr",
        EST,
        html="""<html><body><p>Pour la période des fêtes, la livraison est gratuite sur toutes les commandes.</p></body></html>""",
    ),
    n(
        "19434",
        "2026-02-27 12:00",
        "Air Transat <confirmation@airtransat.com>",
        "Enregistrement en ligne - bagages supplémentaires",
        "fr",
        EST,
        text="""Ajoutez des bagages supplémentaires à votre réservation TX8Q4P avant le départ et économisez
jusqu'à 30 % par rapport au tarif à l'aéroport.
""",
    ),
    n(
        "19435",
        "2026-03-19 14:00",
        "Air Transat <checkin@airtransat.com>",
        "Votre carte d'embarquement - TS 254",
        "fr",
        EDT,
        text="""Voici votre carte d'embarquement pour le vol TS 254 Montréal → Genève. Embarquement 18 h 40,
porte 57. Bon voyage!
""",
    ),
]

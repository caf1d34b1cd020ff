# ruff: noqa: E501, W291
"""Corpus 48: the ordinary Montréal inbox, look-alikes on purpose (see heldout48.py)."""

from __future__ import annotations

from heldout48_jobs import m, re_


def n(key, date, frm, subject, text=None, lang="fr", **kw):
    return m(key, date, frm, subject, ("not_job", lang), text, **kw)


MAMAN = "Thi Lan Nguyen <lan.nguyen.tremblay@courrielplus.ca>"
CAM = "Camille Bergeron <camille.bergeron88@gmail.com>"
PROPRIO = "Gestion immobilière Saint-Denis <location@gisd-immobilier.ca>"

MAIL = [
    # --- look-alikes: CPE, apartment, credit, podcast, webinar ------------------------------
    n(
        "48501",
        "2025-09-02 09:15 -0400",
        "CPE Les Petits Pinsons <admission@cpepetitspinsons.ca>",
        "Confirmation de votre demande d'admission",
        """Bonjour Madame Tremblay-Nguyen,

Nous avons bien reçu votre demande d'admission pour votre neveu, Théo Nguyen-Gagnon, inscrit par l'entremise de La Place 0-5. Votre demande est maintenant sur notre liste d'attente, groupe poupons.

Nous communiquerons avec vous lorsqu'une place se libérera. Pour toute modification, veuillez passer par le guichet unique.

Merci de votre confiance,
La direction
CPE Les Petits Pinsons""",
    ),
    n(
        "48502",
        "2025-11-18 14:02 -0500",
        "CPE Les Petits Pinsons <admission@cpepetitspinsons.ca>",
        "Mise à jour – liste d'attente",
        """Bonjour,

Nous vous informons que votre demande d'admission est toujours active. Malheureusement, aucune place ne s'est libérée dans le groupe poupons cet automne. Nous prévoyons une ouverture en août 2026.

Bonne journée,
Marie-Josée Côté, directrice adjointe""",
    ),
    n(
        "48503",
        "2025-09-06 11:30 -0400",
        PROPRIO,
        "Votre demande de location – 4½ rue Saint-Denis",
        """Bonjour Élodie,

Merci pour votre demande de location pour le 4½ situé au 4512, rue Saint-Denis, app. 3. Pour poursuivre l'analyse, nous aurons besoin :
- d'une preuve de revenu (deux derniers talons de paie ou lettre d'emploi);
- de l'autorisation de vérification de crédit signée;
- des coordonnées de votre propriétaire actuel.

La visite est confirmée pour samedi 13 septembre à 10 h.

Gestion immobilière Saint-Denis""",
    ),
    n(
        "48504",
        "2025-09-16 16:48 -0400",
        PROPRIO,
        "RE: Votre demande de location – 4½ rue Saint-Denis",
        """Bonjour Élodie,

Bonne nouvelle : votre demande de location a été acceptée! Le bail débutera le 1er octobre. Nous vous enverrons le bail du Tribunal administratif du logement à signer électroniquement.

Nathalie
Gestion immobilière Saint-Denis""",
        **re_("48503"),
    ),
    n(
        "48505",
        "2025-09-18 10:00 -0400",
        "Gestion immobilière Saint-Denis via SignaturePro <noreply@signaturepro-docs.ca>",
        "Document à signer : Bail – 4512 Saint-Denis app. 3",
        """Nathalie Gauthier vous a envoyé un document à signer : « Bail – 4512 Saint-Denis app. 3 ».

Ouvrir le document : https://signaturepro-docs.ca/s/7Xw1

Ce lien est personnel. Ne le transférez pas.""",
    ),
    n(
        "48506",
        "2025-09-10 08:12 -0400",
        "Carte Orbite Mastercard <service@carteorbite.ca>",
        "Félicitations! Votre demande a été approuvée",
        """Bonjour Élodie,

Bonne nouvelle : votre demande de carte Orbite Mastercard Remises a été approuvée! Votre limite de crédit est de 5 000 $. Votre carte arrivera par la poste d'ici 7 à 10 jours ouvrables.

Activez-la dès sa réception dans l'application Orbite.

Service à la clientèle Carte Orbite""",
    ),
    n(
        "48507",
        "2025-10-01 07:00 -0400",
        "Données en vrac – le balado <balado@donneesenvrac.ca>",
        "Épisode 48 : entrevue avec une cheffe des données qui a quitté la banque",
        """Cette semaine dans Données en vrac : une longue entrevue avec Aurélie Thibodeau, qui a quitté un poste de cheffe des données dans une grande banque pour fonder une coopérative d'analytique.

On parle de gouvernance, de syndrome de l'imposteur et du salaire des analystes au Québec.

Écouter l'épisode : https://donneesenvrac.ca/48

Au programme la semaine prochaine : notre entrevue avec le créateur d'un outil open source de qualité des données.

Se désabonner""",
    ),
    n(
        "48508",
        "2025-11-12 07:00 -0500",
        "Données en vrac – le balado <balado@donneesenvrac.ca>",
        "Épisode 53 : « Comment j'ai réussi mon entrevue technique »",
        """Spécial carrière! Trois analystes racontent leur pire et leur meilleure entrevue technique, et une recruteuse nous explique ce qu'elle regarde vraiment dans un portfolio.

Bonus : nos auditeurs votent pour le meilleur tableau de bord de l'année.

https://donneesenvrac.ca/53""",
    ),
    n(
        "48509",
        "2025-10-06 12:00 -0400",
        "Communauté Power BI Montréal <evenements@pbimontreal.org>",
        "Invitation : Webinaire – Modélisation avancée avec Fabric (15 octobre)",
        """Bonjour Élodie,

Merci de votre inscription au webinaire « Modélisation avancée avec Fabric », le mercredi 15 octobre de 12 h à 13 h. L'invitation est jointe à ce courriel : ajoutez-la à votre calendrier.

Au plaisir de vous y voir!
Communauté Power BI Montréal""",
        ics={
            "style": "outlook",
            "start": "2025-10-15 12:00:00 -0400",
            "minutes": 60,
            "uid": "pbimtl-webinaire-fabric-2025-10",
            "summary": "Webinaire – Modélisation avancée avec Fabric",
            "organizer": ("Communauté Power BI Montréal", "evenements@pbimontreal.org"),
            "location": "Réunion Microsoft Teams",
            "description": "Webinaire gratuit. Lien Teams dans l'invitation.",
        },
    ),
    n(
        "48510",
        "2026-02-03 09:00 -0500",
        "DataFest Québec <info@datafestqc.ca>",
        "Your registration: Panel – Hiring trends in data 2026",
        """Hi Élodie,

You're registered for "Hiring trends in data 2026", a free online panel with three heads of analytics from Québec companies. Thursday, February 12, 12:00–13:00 ET. Calendar invite attached.

See you there!
DataFest Québec""",
        lang="en",
        ics={
            "start": "2026-02-12 12:00:00 -0500",
            "minutes": 60,
            "uid": "datafest-panel-2026-02-12@datafestqc.ca",
            "summary": "Panel – Hiring trends in data 2026",
            "organizer": ("DataFest Québec", "info@datafestqc.ca"),
            "location": "https://zoom.us/j/8812203311",
            "description": "Free online panel",
        },
    ),
    n(
        "48511",
        "2025-09-29 10:04 -0400",
        "Boutique Zeste Mode <infolettre@zestemode.ca>",
        "Offre exclusive : 30 % sur la collection automne 🍂",
        """Élodie, cette offre est pour vous!

30 % sur toute la collection automne avec le code AUTOMNE30, jusqu'à dimanche seulement. Livraison gratuite dès 75 $.

Magasiner maintenant · Trouver une boutique
Zeste Mode, une bannière du Groupe Lacasse-Roy inc. Se désabonner.""",
    ),
    n(
        "48512",
        "2025-11-28 06:00 -0500",
        "Électro-Plus <promo@electroplus.ca>",
        "Vendredi fou : nos meilleures offres de l'année",
        """Les offres du Vendredi fou sont arrivées! Portables, écrans, casques antibruit : jusqu'à 50 % de rabais. Offre d'emploi du temps? Non, juste des aubaines.

Voir les offres""",
    ),
    n(
        "48513",
        "2025-10-11 09:00 -0400",
        "Fromagerie Val-Bleu – La boutique <boutique@fromagerievalbleu.ca>",
        "Offre du mois : le plateau d'Action de grâce",
        """Pour l'Action de grâce, notre plateau de 5 fromages québécois est offert à 39,95 $ au lieu de 49,95 $. Cueillette en boutique à Saint-Hyacinthe ou livraison partout au Québec.

Commander""",
    ),
    n(
        "48514",
        "2025-10-30 13:10 -0400",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Félicitez Sarah Kowalczyk pour son nouveau poste",
        """Sarah Kowalczyk a commencé un nouveau poste : Gestionnaire, analytique chez Boréal.

Félicitez Sarah

Vous recevez des notifications de LinkedIn. Se désabonner.""",
    ),
    n(
        "48515",
        "2025-11-20 18:44 -0500",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Élodie, votre publication a attiré 1 240 impressions",
        """Votre publication « Nouvelle aventure chez Horizon Assurance! » suscite de l'intérêt : 1 240 impressions et 87 réactions.

Voir les statistiques""",
    ),
    n(
        "48516",
        "2025-12-01 12:30 -0500",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Vous apparaissez dans 14 recherches cette semaine",
        """Vous êtes apparue dans 14 recherches cette semaine. Des recruteurs de Groupe Bastion et de Technologies Brume ont consulté votre profil.

Essayez Premium gratuitement pendant 1 mois.""",
    ),
    n(
        "48517",
        "2025-09-14 08:00 -0400",
        "Le Quotidien numérique <infolettre@quotidiennumerique.ca>",
        "Pénurie de main-d'œuvre : les employeurs québécois recrutent à l'étranger",
        """Votre infolettre du dimanche

ÉCONOMIE — Pénurie de main-d'œuvre : de plus en plus d'employeurs québécois organisent des missions de recrutement en France et en Belgique.

CULTURE — Le Festival du nouveau cinéma dévoile sa programmation.

SPORTS — Le CF Montréal s'incline à domicile.

Lire l'édition complète""",
    ),
    n(
        "48518",
        "2026-01-11 08:00 -0500",
        "Le Quotidien numérique <infolettre@quotidiennumerique.ca>",
        "Le marché de l'emploi en TI ralentit-il vraiment?",
        """ÉCONOMIE — Les offres d'emploi en technologies de l'information ont reculé de 12 % au Québec en 2025, selon une étude. Les postes en données résistent mieux.

POLITIQUE — Rentrée parlementaire à Québec.

MÉTÉO — Tempête attendue mardi : jusqu'à 30 cm.""",
    ),
    n(
        "48519",
        "2025-10-19 07:30 -0400",
        "Analytics Weekly <hello@analyticsweekly-news.com>",
        "Issue #212: The interview loop is broken (and how teams fix it)",
        """This week:
• Why take-home tests are falling out of favour with senior analysts
• dbt 2.0 rumours, examined
• Interview: the Montréal startup rethinking semantic layers
• Jobs board: 14 new remote analytics roles

Read online · Unsubscribe""",
        lang="en",
    ),
    n(
        "48520",
        "2025-12-07 07:30 -0500",
        "Analytics Weekly <hello@analyticsweekly-news.com>",
        "Issue #219: Year in review",
        """Our most-read pieces of 2025, a reader survey (3 minutes, promise) and the tools we bet on for 2026.

Read online · Unsubscribe""",
        lang="en",
    ),
    # --- family and friends --------------------------------------------------------------------
    n(
        "48530",
        "2025-09-07 20:14 -0400",
        MAMAN,
        "Souper dimanche",
        """Ma belle,

Ton père fait du phở dimanche, viens vers 17 h. Apporte des contenants, il en fait toujours pour une armée.

Bisous
Maman""",
    ),
    n(
        "48531",
        "2025-09-21 21:02 -0400",
        MAMAN,
        "Re: Souper dimanche",
        """Merci d'être venue. Ta tante Hoa demande si tu as trouvé du travail, je lui ai dit que tu passais des entrevues. Ne te décourage pas!

Maman""",
        **re_("48530"),
    ),
    n(
        "48532",
        "2025-10-12 10:40 -0400",
        MAMAN,
        "Action de grâce chez Bà Ngoại",
        """On va chez grand-maman lundi à midi. Peux-tu passer prendre ton cousin Minh à Brossard? Il n'a plus d'auto.

xx""",
    ),
    n(
        "48533",
        "2025-11-07 19:30 -0500",
        MAMAN,
        "Félicitations!!!",
        """Ma chérie, ton père et moi sommes tellement fiers de toi! Une assurance, c'est stable, c'est bien. On va fêter ça au restaurant samedi, c'est nous qui invitons.

Maman 🎉""",
    ),
    n(
        "48534",
        "2025-12-20 15:15 -0500",
        MAMAN,
        "Réveillon",
        """Le réveillon sera chez ta sœur cette année. Apporte la bûche, je m'occupe de la tourtière et des chả giò.

Maman""",
    ),
    n(
        "48535",
        "2026-02-08 11:02 -0500",
        MAMAN,
        "Têt",
        """Chúc mừng năm mới! Le souper du Têt est le samedi 21 février. N'oublie pas les enveloppes rouges pour les petits.

Maman""",
    ),
    n(
        "48536",
        "2025-09-11 22:10 -0400",
        CAM,
        "ce weekend?",
        """Salut toi!

On va aux pommes à Rougemont samedi avec Jérôme et les enfants, tu veux venir? On part vers 9 h, je peux passer te prendre.

Cam""",
    ),
    n(
        "48537",
        "2025-10-03 12:25 -0400",
        CAM,
        "Re: ce weekend?",
        """Haha les photos sont trop belles! Je t'envoie l'album ce soir. Et bonne chance pour ton entrevue cet après-midi, tu vas être parfaite.

C.""",
        **re_("48536"),
    ),
    n(
        "48538",
        "2025-11-15 17:50 -0500",
        CAM,
        "Fête de Jérôme – surprise 🤫",
        """Surprise pour les 40 ans de Jérôme le 29 novembre, au bar Le Ruisseau sur Beaubien à 20 h. Pas un mot!!

Cam""",
    ),
    n(
        "48539",
        "2026-01-04 14:33 -0500",
        CAM,
        "Bonne première semaine!",
        """Hey! Demain c'est le grand jour chez Horizon! Je suis sûre que ça va bien aller. Raconte-moi tout vendredi?

xx Cam""",
    ),
    n(
        "48540",
        "2025-09-27 09:12 -0400",
        "Linh Tremblay-Nguyen <linh.tn@courrielplus.ca>",
        "Photos de Théo",
        """Coucou tata Élodie,

Voici les photos de Théo à la garderie (essai d'une journée). Il a pleuré 5 minutes puis il a mangé deux muffins 😂

Linh""",
        attach=[("theo_garderie.txt", "text/plain", "(photos)")],
    ),
    n(
        "48541",
        "2025-12-10 20:01 -0500",
        "Linh Tremblay-Nguyen <linh.tn@courrielplus.ca>",
        "Cadeaux de Noël – liste",
        """Pour Théo : des blocs, un livre de bain, PAS de jouets qui font du bruit svp 😅
Pour Mathis (le chum) : il parle d'un chandail du Canadien.

Merci!!""",
    ),
    n(
        "48542",
        "2025-10-25 11:20 -0400",
        "Hannah Goldberg <hannah.goldberg@maplemail.ca>",
        "Toronto visit in November?",
        """Hey Élo!

I'm finally coming to Montréal for the long weekend (Nov 14-16). Can I crash on your couch? I'll bring bagels from here to start the eternal debate again 😉

Hannah""",
        lang="en",
    ),
    n(
        "48543",
        "2025-10-27 08:45 -0400",
        "Hannah Goldberg <hannah.goldberg@maplemail.ca>",
        "Re: Toronto visit in November?",
        """Amazing, thank you!! My train gets in at 6:12 pm Friday. Also congrats in advance on the job hunt — you'll land something great.

H.""",
        lang="en",
        **re_("48542"),
    ),
    n(
        "48544",
        "2025-09-30 19:00 -0400",
        "Club de lecture du Plateau <clublecture.plateau@gmail.com>",
        "Lecture d'octobre : Kukum",
        """Bonjour tout le monde,

Pour octobre, on lit Kukum de Michel Jean. Rencontre le mardi 28 octobre à 19 h chez Geneviève (apportez une bouteille!).

Anne-Marie""",
    ),
    n(
        "48545",
        "2025-11-29 19:00 -0500",
        "Club de lecture du Plateau <clublecture.plateau@gmail.com>",
        "Décembre : échange de livres + potluck",
        """Pour décembre, pas de livre imposé : échange de livres usagés et potluck le 16 décembre. Chacun apporte un plat et un livre emballé.

Anne-Marie""",
    ),
    n(
        "48546",
        "2025-10-05 16:20 -0400",
        "Jérémie Bouchard <jbouchard.photo@gmail.com>",
        "Mariage – sauvegarde de la date",
        """Allô Élodie!

Audrey et moi, on se marie le 20 juin 2026 à Baie-Saint-Paul. Réservez la date! L'invitation officielle suivra au printemps.

Jérémie""",
    ),
]

MAIL += [
    # --- bills, bank, receipts, shipping --------------------------------------------------------
    n(
        "48600",
        "2025-09-05 06:12 -0400",
        "Hydro-Métropole <facturation@hydrometropole.ca>",
        "Votre facture d'électricité est disponible",
        """Bonjour,

Votre facture du 5 septembre 2025 est disponible dans votre Espace client.
Montant : 48,17 $ — Date d'échéance : 26 septembre 2025

Hydro-Métropole""",
    ),
    n(
        "48601",
        "2025-11-05 06:10 -0500",
        "Hydro-Métropole <facturation@hydrometropole.ca>",
        "Nouvelle facture – compte 2291 884 017",
        """Montant à payer : 71,02 $ (période du 4 septembre au 3 novembre). Le paiement préautorisé sera prélevé le 26 novembre.

Astuce : baissez le chauffage de 1 °C la nuit pour économiser jusqu'à 5 %.""",
    ),
    n(
        "48602",
        "2026-01-06 06:15 -0500",
        "Hydro-Métropole <facturation@hydrometropole.ca>",
        "Votre facture de janvier",
        """Votre consommation a augmenté de 38 % par rapport à la période précédente, en raison des températures plus froides. Montant : 112,64 $.

Consultez votre historique de consommation dans l'Espace client.""",
    ),
    n(
        "48603",
        "2025-09-28 10:02 -0400",
        "Fibre Laurentide <service@fibrelaurentide.ca>",
        "Confirmation de votre déménagement de service",
        """Bonjour Élodie,

Votre déménagement de service Internet est confirmé. Un technicien se présentera au 4512, rue Saint-Denis, app. 3, le mercredi 1er octobre entre 8 h et 12 h.

Numéro de commande : FL-8830217""",
    ),
    n(
        "48604",
        "2025-10-15 09:00 -0400",
        "Fibre Laurentide <service@fibrelaurentide.ca>",
        "Votre relevé mensuel",
        """Relevé d'octobre : Internet 500 Mbit/s — 65,00 $ + taxes. Merci de votre fidélité!""",
    ),
    n(
        "48605",
        "2025-09-19 14:40 -0400",
        "Banque Rivière-Bleue <alertes@banqueriviere-bleue.ca>",
        "Alerte : dépôt reçu",
        """Un dépôt de 1 842,55 $ (Prestations d'assurance-emploi) a été porté à votre compte se terminant par 4471.

Ceci est une alerte automatique.""",
    ),
    n(
        "48606",
        "2025-10-17 14:38 -0400",
        "Banque Rivière-Bleue <alertes@banqueriviere-bleue.ca>",
        "Alerte : solde faible",
        """Le solde de votre compte chèques se terminant par 4471 est inférieur à 500 $.

Gérer mes alertes""",
    ),
    n(
        "48607",
        "2026-01-15 08:00 -0500",
        "Banque Rivière-Bleue <alertes@banqueriviere-bleue.ca>",
        "Dépôt direct reçu – Groupe Pèlerin Horizon inc.",
        """Un dépôt direct de 2 716,08 $ de GROUPE PELERIN HORIZON INC a été porté à votre compte se terminant par 4471.""",
    ),
    n(
        "48608",
        "2025-12-02 10:00 -0500",
        "Banque Rivière-Bleue <conseil@banqueriviere-bleue.ca>",
        "Élodie, avez-vous pensé à votre CELI?",
        """Le plafond de cotisation CELI 2026 est de 7 000 $. Prenez rendez-vous avec votre conseillère pour planifier vos placements.

Cette offre ne constitue pas un conseil financier.""",
    ),
    n(
        "48609",
        "2025-10-08 11:00 -0400",
        "Carte Orbite Mastercard <releves@carteorbite.ca>",
        "Votre relevé Carte Orbite est prêt",
        """Solde : 642,18 $ · Paiement minimum : 20,00 $ · Échéance : 29 octobre 2025. Remises accumulées : 6,42 $.""",
    ),
    n(
        "48610",
        "2025-09-23 17:55 -0400",
        "Épicerie Maraîchère en ligne <commandes@maraichere.ca>",
        "Votre commande #M-55021 est confirmée",
        """Merci Élodie! Livraison jeudi entre 17 h et 19 h. Total : 87,43 $.

Articles : poireaux, pommes Cortland, tofu ferme, fromage en grains, riz jasmin 8 kg…""",
    ),
    n(
        "48611",
        "2025-11-20 18:01 -0500",
        "Épicerie Maraîchère en ligne <commandes@maraichere.ca>",
        "Commande #M-58814 livrée",
        """Votre commande a été livrée à 18 h 01. Dites-nous comment ça s'est passé!""",
    ),
    n(
        "48612",
        "2025-10-02 13:20 -0400",
        "Postes Boréales Express <suivi@pbexpress.ca>",
        "Votre colis est en route",
        """Numéro de suivi : PBX 4410 2298 CA
Expéditeur : Meubles Brunswick
Livraison prévue : 6 octobre 2025""",
    ),
    n(
        "48613",
        "2025-10-06 15:47 -0400",
        "Postes Boréales Express <suivi@pbexpress.ca>",
        "Colis livré",
        """Votre colis PBX 4410 2298 CA a été livré et laissé à la porte arrière.""",
    ),
    n(
        "48614",
        "2025-10-01 12:12 -0400",
        "Meubles Brunswick <ventes@meublesbrunswick.ca>",
        "Reçu – Commande 20019",
        """Merci pour votre achat!
1 × Bibliothèque chêne pâle — 289,00 $
1 × Lampe de lecture — 79,00 $
TPS/TVQ : 55,04 $ · Total : 423,04 $""",
    ),
    n(
        "48615",
        "2025-12-12 21:40 -0500",
        "Librairie du Square <commandes@librairiedusquare.ca>",
        "Votre commande est prête pour la cueillette",
        """Bonjour Élodie, votre commande (3 livres) est prête au comptoir. Nous la conservons 10 jours.""",
    ),
    n(
        "48616",
        "2025-09-15 07:30 -0400",
        "Vélo-Partage Montréal <info@velopartage-mtl.ca>",
        "Reçu – trajet du 14 septembre",
        """Trajet : Laurier / Saint-Denis → Atwater / Sainte-Catherine · 27 min · 1,35 $""",
    ),
    n(
        "48617",
        "2025-11-16 07:30 -0500",
        "Vélo-Partage Montréal <info@velopartage-mtl.ca>",
        "La saison se termine bientôt!",
        """Les vélos réguliers seront retirés le 30 novembre; les vélos électriques restent disponibles tout l'hiver dans certaines stations.""",
    ),
    n(
        "48618",
        "2025-10-21 12:44 -0400",
        "Mobilis Télécom <facture@mobilistelecom.ca>",
        "Facture mobile – octobre",
        """Votre forfait 40 Go : 45,00 $ + taxes. Prélèvement le 5 novembre.""",
    ),
    n(
        "48619",
        "2025-12-22 12:40 -0500",
        "Mobilis Télécom <offres@mobilistelecom.ca>",
        "Offre des Fêtes : doublez vos données",
        """Élodie, passez à 80 Go pour le même prix pendant 12 mois. Offre valable jusqu'au 6 janvier.""",
    ),
    n(
        "48620",
        "2025-09-12 09:00 -0400",
        "CinéFlux <bonjour@cineflux.ca>",
        "Nouveautés de septembre sur CinéFlux",
        """Cette semaine : une série policière tournée à Québec, un documentaire sur les sœurs du Saint-Laurent et la saison 3 de votre comédie préférée.""",
    ),
    n(
        "48621",
        "2026-01-20 09:00 -0500",
        "CinéFlux <facturation@cineflux.ca>",
        "Votre abonnement augmente le 20 février",
        """Le prix de votre abonnement Standard passera de 14,99 $ à 16,99 $ par mois à compter du 20 février 2026.""",
    ),
    # --- government, health, gym, travel ---------------------------------------------------------
    n(
        "48630",
        "2025-09-08 10:22 -0400",
        "Service Canada <no-reply-ne-pas-repondre@servicecanada-ae.ca>",
        "Votre demande de prestations a été traitée",
        """Bonjour,

Votre demande de prestations d'assurance-emploi a été traitée. Un relevé de prestations est disponible dans Mon dossier. N'oubliez pas de remplir vos déclarations aux deux semaines.

Ce message est généré automatiquement.""",
    ),
    n(
        "48631",
        "2025-10-20 06:00 -0400",
        "Service Canada <no-reply-ne-pas-repondre@servicecanada-ae.ca>",
        "Rappel : déclaration bimensuelle",
        """Votre prochaine déclaration doit être remplie entre le 19 et le 25 octobre. Vous devez déclarer tout revenu d'emploi gagné pendant la période, ainsi que toute absence du Canada.""",
    ),
    n(
        "48632",
        "2025-11-10 06:00 -0500",
        "Service Canada <no-reply-ne-pas-repondre@servicecanada-ae.ca>",
        "Changement de situation enregistré",
        """Nous avons bien reçu votre déclaration indiquant un retour au travail prévu le 5 janvier 2026. Vos prestations cesseront à cette date.""",
    ),
    n(
        "48633",
        "2026-02-16 09:00 -0500",
        "Revenu Québec – Mon dossier <ne-pas-repondre@mondossier-rq.ca>",
        "Nouveau message dans votre dossier",
        """Un nouveau document est disponible dans Mon dossier pour les citoyens : Relevé 1 (prestations). Connectez-vous pour le consulter.""",
    ),
    n(
        "48634",
        "2025-10-09 15:12 -0400",
        "Clinique dentaire Mont-Royal <rendezvous@cliniquedentairemr.ca>",
        "Rappel de rendez-vous",
        """Bonjour Élodie,

Rappel de votre rendez-vous de détartrage le jeudi 16 octobre à 8 h 30 avec Julie (hygiéniste). Répondez OUI pour confirmer.

Clinique dentaire Mont-Royal""",
        ics={
            "start": "2025-10-16 08:30:00 -0400",
            "minutes": 60,
            "uid": "cdmr-rdv-771203@cliniquedentairemr.ca",
            "summary": "Détartrage – Clinique dentaire Mont-Royal",
            "organizer": ("Clinique dentaire Mont-Royal", "rendezvous@cliniquedentairemr.ca"),
            "location": "1470, avenue du Mont-Royal Est",
        },
    ),
    n(
        "48635",
        "2025-12-03 11:00 -0500",
        "Clic Santé Rendez-vous <rendezvous@clicrdv-sante.ca>",
        "Confirmation – vaccination grippe",
        """Votre rendez-vous de vaccination contre la grippe est confirmé le samedi 6 décembre à 10 h 15, Pharmacie Beaubien. Apportez votre carte d'assurance maladie.""",
    ),
    n(
        "48636",
        "2025-09-04 18:30 -0400",
        "Gym Le Gymnase Plateau <membres@legymnaseplateau.ca>",
        "Bienvenue! Votre inscription est confirmée",
        """Bienvenue parmi nous, Élodie!

Votre inscription (forfait 12 mois, accès illimité) est confirmée. Votre première séance avec un entraîneur est offerte : réservez-la dans l'application.""",
    ),
    n(
        "48637",
        "2025-11-03 18:30 -0500",
        "Gym Le Gymnase Plateau <membres@legymnaseplateau.ca>",
        "Horaire des cours – novembre",
        """Nouveaux cours : yoga doux le dimanche 9 h, HIIT le mercredi 18 h 30. Le gym sera fermé le 25 décembre et le 1er janvier.""",
    ),
    n(
        "48638",
        "2025-11-24 14:20 -0500",
        "Envolée Air <reservations@envoleeair.ca>",
        "Confirmation de réservation – YUL → CDG",
        """Merci d'avoir choisi Envolée Air!

Code de réservation : K7Q2RM
Départ : 19 décembre 2025, 19 h 05, Montréal (YUL) → Paris (CDG)
Retour : 28 décembre 2025, 13 h 40, CDG → YUL
Passagère : TREMBLAY-NGUYEN/ELODIE MS""",
    ),
    n(
        "48639",
        "2025-12-18 19:05 -0500",
        "Envolée Air <enregistrement@envoleeair.ca>",
        "L'enregistrement est ouvert pour votre vol de demain",
        """Enregistrez-vous maintenant et choisissez votre siège. Vol EA 870 Montréal → Paris, départ 19 h 05.""",
    ),
    n(
        "48640",
        "2025-11-26 10:11 +0100",
        "Hôtel des Canettes <reservation@hoteldescanettes.fr>",
        "Votre réservation du 19 au 23 décembre",
        """Madame Tremblay-Nguyen,

Nous avons le plaisir de confirmer votre réservation d'une chambre double du 20 au 23 décembre 2025. Arrivée à partir de 15 h.

Bien cordialement,
La réception""",
    ),
    n(
        "48641",
        "2025-12-21 09:14 +0100",
        "Anaïs Lefèvre <anais.lefevre@laposte-mail.fr>",
        "Brunch dimanche ?",
        """Coucou Élodie !

Trop contente que tu sois à Paris ! Brunch dimanche à 11 h chez Holybelly ? Je réserve. On a deux ans de potins à rattraper.

Bises,
Anaïs""",
    ),
    n(
        "48642",
        "2025-10-13 16:00 -0400",
        "Bibliothèques de Montréal <avis@biblio-mtl.ca>",
        "Document disponible",
        """Le document « Storytelling with Data » que vous avez réservé est disponible à la bibliothèque du Plateau-Mont-Royal jusqu'au 20 octobre.""",
    ),
    n(
        "48643",
        "2025-11-02 16:00 -0500",
        "Bibliothèques de Montréal <avis@biblio-mtl.ca>",
        "Avis de retard",
        """Le document « Storytelling with Data » est en retard depuis le 31 octobre. Merci de le retourner.""",
    ),
    # --- more look-alikes ---------------------------------------------------------------------
    n(
        "48650",
        "2025-09-26 13:00 -0400",
        "Banque alimentaire du Plateau <benevoles@bap-plateau.org>",
        "Votre candidature comme bénévole",
        """Bonjour Élodie,

Merci d'avoir posé votre candidature pour devenir bénévole au tri des denrées du jeudi! Une séance d'accueil obligatoire aura lieu le jeudi 2 octobre à 18 h. Portez des souliers fermés.

Sylvie, coordonnatrice des bénévoles""",
    ),
    n(
        "48651",
        "2025-10-03 09:00 -0400",
        "Banque alimentaire du Plateau <benevoles@bap-plateau.org>",
        "Horaire des bénévoles – octobre",
        """Vous êtes inscrite les jeudis 9, 16 et 23 octobre, de 18 h à 21 h. Merci!""",
    ),
    n(
        "48652",
        "2025-11-14 10:30 -0500",
        "Université Champlain-Estrie – Formation continue <admission.fc@ucestrie.ca>",
        "Demande d'admission reçue – Microprogramme en science des données",
        """Bonjour,

Nous accusons réception de votre demande d'admission au microprogramme de 2e cycle en science des données (trimestre d'hiver 2026). Les frais d'étude du dossier (106 $) ont été payés.

La réponse vous sera transmise dans un délai de 4 à 6 semaines.

Bureau du registraire""",
    ),
    n(
        "48653",
        "2025-12-17 10:30 -0500",
        "Université Champlain-Estrie – Formation continue <admission.fc@ucestrie.ca>",
        "Offre d'admission – Microprogramme en science des données",
        """Félicitations! Vous êtes admise au microprogramme de 2e cycle en science des données, trimestre d'hiver 2026. Pour accepter l'offre d'admission, connectez-vous au Centre étudiant d'ici le 5 janvier.

Bureau du registraire""",
    ),
    n(
        "48654",
        "2026-01-07 10:30 -0500",
        "Université Champlain-Estrie – Formation continue <admission.fc@ucestrie.ca>",
        "Confirmation de votre inscription – Hiver 2026",
        """Votre inscription au cours SDD-7001 Apprentissage automatique appliqué (mardi soir, à distance) est confirmée. Début des cours : 13 janvier.""",
    ),
    n(
        "48655",
        "2025-10-22 08:00 -0400",
        "Assurances Pivot <offres@assurancespivot.ca>",
        "Soumission auto : économisez jusqu'à 25 %",
        """Élodie, votre assurance auto est-elle vraiment au meilleur prix? Obtenez une soumission en 3 minutes. Offre réservée aux nouveaux clients.""",
    ),
    n(
        "48656",
        "2025-12-28 13:00 -0500",
        "Club Voyages Soleil <offres@clubvoyagessoleil.ca>",
        "Dernière minute : Cuba tout inclus à 899 $",
        """Offres de dernière minute au départ de Montréal : Varadero 7 nuits tout inclus dès 899 $. Réservez avant minuit!""",
    ),
    n(
        "48657",
        "2025-12-05 19:22 -0500",
        "Petites annonces du Plateau <notifications@petitesannonces-mtl.ca>",
        "Nouvelle offre sur votre annonce « Bureau assis-debout »",
        """Un acheteur vous propose 180 $ pour « Bureau assis-debout ». Répondez à l'offre dans l'application.""",
    ),
    n(
        "48658",
        "2025-12-06 09:02 -0500",
        "Petites annonces du Plateau <notifications@petitesannonces-mtl.ca>",
        "Offre acceptée – Bureau assis-debout",
        """Vous avez accepté l'offre de 190 $. Organisez la cueillette avec l'acheteur par messagerie.""",
    ),
    n(
        "48659",
        "2026-01-18 16:45 -0500",
        "Syndicat des copropriétaires 4500-4520 Saint-Denis <syndicat4500@gmail.com>",
        "Déneigement et collecte des bacs",
        """Bonjour à tous,

Rappel : les bacs doivent être rentrés au plus tard 24 h après la collecte, sinon la Ville donne des amendes. Merci de dégager vos balcons après chaque tempête.

Le CA""",
    ),
    n(
        "48660",
        "2025-10-24 10:15 -0400",
        "Centre de recherche ÉquiData <recherche@equidata-etudes.ca>",
        "Participation à une entrevue de recherche (compensation 50 $)",
        """Bonjour,

Nous menons une étude sur l'usage des outils de visualisation par les professionnels. Accepteriez-vous de participer à une entrevue de recherche de 45 minutes en ligne? Une compensation de 50 $ est offerte.

Ce projet a été approuvé par le comité d'éthique de la recherche.

Équipe de recherche ÉquiData""",
    ),
    n(
        "48661",
        "2025-11-21 11:00 -0500",
        "Concours Ma Cuisine <concours@macuisine-mag.ca>",
        "Votre participation au concours est confirmée",
        """Merci d'avoir participé au concours « Gagnez un robot culinaire »! Le tirage aura lieu le 15 décembre. Bonne chance!""",
    ),
    n(
        "48662",
        "2025-12-15 14:00 -0500",
        "Agence de location Autos Cité <reservations@autoscite.ca>",
        "Votre demande de réservation est approuvée",
        """Votre réservation d'une voiture compacte du 26 au 28 décembre est approuvée. Cueillette : 1200, rue Sainte-Catherine Est.""",
    ),
    # --- SaaS / accounts ------------------------------------------------------------------------
    n(
        "48670",
        "2025-09-20 22:30 -0400",
        "Nuage Perso <securite@nuageperso.com>",
        "Nouvelle connexion à votre compte",
        """Nouvelle connexion détectée : Chrome sur Windows, Montréal, QC, le 20 septembre à 22 h 28. Si ce n'était pas vous, changez votre mot de passe.""",
    ),
    n(
        "48671",
        "2025-10-30 09:00 -0400",
        "Nuage Perso <facturation@nuageperso.com>",
        "Votre espace de stockage est presque plein",
        """Vous utilisez 96 % de vos 15 Go. Passez au forfait 100 Go pour 2,79 $ par mois.""",
    ),
    n(
        "48672",
        "2025-11-12 10:00 -0500",
        "GitForge <noreply@gitforge-notify.dev>",
        "[elodie-tn/powerbi-templates] New star",
        """maxime-d starred your repository elodie-tn/powerbi-templates.""",
        lang="en",
    ),
    n(
        "48673",
        "2025-12-09 15:21 -0500",
        "GitForge <noreply@gitforge-notify.dev>",
        "[elodie-tn/dbt-quebec-open-data] Issue #3: Broken source for 2024 file",
        """jlemay opened an issue:

The 2024 CSV moved to a new URL on the open-data portal; the staging model fails. Want a PR?""",
        lang="en",
    ),
    n(
        "48674",
        "2025-10-05 11:00 -0400",
        "DataCompets <no-reply@datacompets.io>",
        "You're registered: Montréal Housing Price Challenge",
        """Welcome to the Montréal Housing Price Challenge! The leaderboard closes January 31. Good luck!""",
        lang="en",
    ),
    n(
        "48675",
        "2026-01-31 23:59 -0500",
        "DataCompets <no-reply@datacompets.io>",
        "Final standings: Montréal Housing Price Challenge",
        """The competition has ended. Your final rank: 47 of 612. Thanks for participating!""",
        lang="en",
    ),
    n(
        "48676",
        "2025-09-24 08:20 -0400",
        "Duolangue <bonjour@duolangue.app>",
        "Ta série de 100 jours est en danger! 🦉",
        """Tu n'as pas fait ta leçon de vietnamien aujourd'hui. 5 minutes suffisent!""",
    ),
    n(
        "48677",
        "2025-12-31 12:00 -0500",
        "Duolangue <bonjour@duolangue.app>",
        "Ton année 2025 en un coup d'œil",
        """212 jours de série, 14 830 XP, top 5 % des apprenants en vietnamien. Bravo!""",
    ),
    n(
        "48678",
        "2026-02-10 09:30 -0500",
        "Microsoft Teams de Horizon <noreply@pelerinhorizon.ca>",
        "Vous avez manqué une activité dans Teams",
        """Nadia Samson vous a mentionnée dans Équipe Analytique > Général : « @Élodie peux-tu regarder le rapport des sinistres avant jeudi? »""",
    ),
    n(
        "48679",
        "2026-01-05 08:05 -0500",
        "TI Horizon <servicedesk@pelerinhorizon.ca>",
        "Votre compte réseau est activé",
        """Bienvenue Élodie! Votre identifiant est etremblaynguyen. Changez votre mot de passe temporaire à la première connexion.""",
    ),
    n(
        "48680",
        "2026-01-23 16:30 -0500",
        "Nadia Samson <nadia.samson@pelerinhorizon.ca>",
        "Lunch d'équipe vendredi",
        """Salut l'équipe, lunch vendredi midi au resto vietnamien en bas pour souligner l'arrivée d'Élodie et de Marc. C'est l'entreprise qui paie 🙂

Nadia""",
    ),
    n(
        "48681",
        "2026-02-18 13:00 -0500",
        "Nadia Samson <nadia.samson@pelerinhorizon.ca>",
        "Entrevues pour le poste de stagiaire – peux-tu m'aider?",
        """Élodie,

On reçoit les candidatures de stagiaires en analytique pour l'été. Pourrais-tu faire partie du comité d'entrevue les 3 et 5 mars? Je t'envoie les CV lundi.

Merci!
Nadia""",
    ),
]

MAIL += [
    n(
        "48700",
        "2025-09-03 19:40 -0400",
        "Jérôme Gagnon <jerome.gagnon.qc@gmail.com>",
        "Tr : Vidéo du party de fête",
        """Tiens, la vidéo que Linh a filmée. Le son est horrible mais ça vaut la peine à 2:14 😂

---------- Message transféré ---------
De : Linh Tremblay-Nguyen <linh.tn@courrielplus.ca>
Date : mar. 2 sept. 2025 à 21 h 10
Objet : Vidéo du party de fête

Lien : https://partage.nuageperso.com/v/aa81""",
    ),
    n(
        "48701",
        "2025-09-09 12:02 -0400",
        "Marc-André Pelletier <mapelletier@courrielplus.ca>",
        "Remboursement chalet",
        """Salut Élo, ta part du chalet à Tremblant revient à 186,40 $. Virement Interac à cette adresse quand tu peux, pas de presse.

M-A""",
    ),
    n(
        "48702",
        "2025-09-09 15:31 -0400",
        "Banque Rivière-Bleue <virements@banqueriviere-bleue.ca>",
        "Virement Interac accepté",
        """Votre virement Interac de 186,40 $ à Marc-André Pelletier a été déposé.""",
    ),
    n(
        "48703",
        "2025-09-13 08:30 -0400",
        "Marché Jean-Talon – Infolettre <infolettre@marchejt-amis.ca>",
        "C'est la saison des courges!",
        """Courges, maïs, tomates anciennes : le marché déborde. Démonstration de cuisine samedi à 11 h.""",
    ),
    n(
        "48704",
        "2025-09-17 10:45 -0400",
        "Atelier Céramique Rosemont <atelier@ceramiquerosemont.ca>",
        "Inscription – cours de tournage (automne)",
        """Votre inscription au cours de tournage du lundi soir (8 semaines, dès le 29 septembre) est confirmée. Paiement reçu : 340 $.""",
    ),
    n(
        "48705",
        "2025-11-24 10:45 -0500",
        "Atelier Céramique Rosemont <atelier@ceramiquerosemont.ca>",
        "Vos pièces sont sorties du four!",
        """Vos pièces de la session d'automne sont prêtes à récupérer. Venez avant le 12 décembre.""",
    ),
    n(
        "48706",
        "2025-09-25 18:20 -0400",
        "Hannah Goldberg <hannah.goldberg@maplemail.ca>",
        "that article",
        """Saw this and thought of you: "Why every BI team needs a semantic layer". Your rant last summer, basically 😄 https://analyticsweekly-news.com/semantic

H.""",
        lang="en",
    ),
    n(
        "48707",
        "2025-10-02 08:50 -0400",
        "Ville de Montréal – Avis <avis@montreal-avis311.ca>",
        "Entrave : rue Saint-Denis fermée entre Marie-Anne et Rachel",
        """Travaux d'aqueduc du 6 au 24 octobre. Stationnement interdit des deux côtés. Détours en place.""",
    ),
    n(
        "48708",
        "2025-10-09 17:22 -0400",
        "Geneviève Lord <gen.lord@courrielplus.ca>",
        "Re: Lecture d'octobre : Kukum",
        """Je confirme pour chez moi le 28! J'ai encore du vin de la cabane d'Anne-Marie. 

Gen

Le 30 sept. 2025 à 19 h, Club de lecture du Plateau a écrit :
> Pour octobre, on lit Kukum de Michel Jean.""",
        **re_("48544"),
    ),
    n(
        "48709",
        "2025-10-14 07:15 -0400",
        "Météo Alerte Québec <alertes@meteoalerte-qc.ca>",
        "Avertissement de pluie abondante – Montréal",
        """Des accumulations de 40 à 60 mm sont prévues d'ici jeudi matin.""",
    ),
    n(
        "48710",
        "2025-10-18 10:00 -0400",
        "Théâtre du Rideau-Bleu <billetterie@rideaubleu.ca>",
        "Vos billets – Les Belles-sœurs, 7 novembre",
        """2 billets, rangée F, sièges 11-12. Représentation le vendredi 7 novembre à 20 h. Présentez ce courriel à l'entrée.""",
    ),
    n(
        "48711",
        "2025-10-26 13:05 -0400",
        "Clinique vétérinaire du Parc <rdv@vetduparc.ca>",
        "Rappel vaccin – Mochi",
        """Le vaccin annuel de Mochi est dû. Prenez rendez-vous en ligne ou au 514 555-0133.""",
    ),
    n(
        "48712",
        "2025-10-31 19:00 -0400",
        CAM,
        "Halloween 🎃",
        """Photo des enfants en costume! Léa est en licorne et Noah a tenu à être un sac de chips.

Cam""",
    ),
    n(
        "48713",
        "2025-11-01 09:10 -0400",
        "Mochi Boutique Animaux <commande@mochianimaux.ca>",
        "Abonnement nourriture : prochaine livraison le 8 novembre",
        """Votre sac de 5 kg de nourriture pour chat sera livré le 8 novembre. Modifier ou sauter une livraison.""",
    ),
    n(
        "48714",
        "2025-11-06 21:30 -0500",
        "Hannah Goldberg <hannah.goldberg@maplemail.ca>",
        "!!!",
        """Élo!!! Your mom posted on Facebook before you told me 😂 CONGRATS on the new job! We celebrate next weekend, drinks on me.

xx H""",
        lang="en",
    ),
    n(
        "48715",
        "2025-11-17 09:00 -0500",
        "Hannah Goldberg <hannah.goldberg@maplemail.ca>",
        "thank you!",
        """Best weekend. Thank you for hosting and for the St-Viateur conversion attempt (still team Toronto though).

H.""",
        lang="en",
    ),
    n(
        "48716",
        "2025-11-19 12:00 -0500",
        "Fondation Hôpital des Érables <dons@fondationerables.ca>",
        "Reçu fiscal pour votre don",
        """Merci pour votre don de 50 $. Votre reçu aux fins de l'impôt est joint.""",
    ),
    n(
        "48717",
        "2025-11-26 08:00 -0500",
        "Cégep du Vieux-Port – Alumni <alumni@cegepvieuxport.ca>",
        "Retrouvailles des diplômé·es 2015",
        """Dix ans déjà! Les retrouvailles de la cohorte 2015 auront lieu le 24 janvier à l'Atrium. Réservez votre place.""",
    ),
    n(
        "48718",
        "2025-12-01 17:33 -0500",
        "Jérôme Gagnon <jerome.gagnon.qc@gmail.com>",
        "Merci pour la fête!",
        """Je sais que c'est toi qui as organisé les ballons avec Cam. Merci, j'étais vraiment surpris 😅

J.""",
    ),
    n(
        "48719",
        "2025-12-08 10:00 -0500",
        "Cellier du Quartier <infolettre@cellierduquartier.ca>",
        "Nos suggestions pour les Fêtes",
        """Bulles, rouges de garde et cidres de glace québécois : notre sommelière a fait sa sélection pour vos réceptions.""",
    ),
    n(
        "48720",
        "2025-12-14 11:20 -0500",
        "Père Noël secret – Famille Nguyen <tirage@secretsanta-app.net>",
        "Tu as pigé… Minh!",
        """Ton Père Noël secret est Minh. Budget : 40 $. Échange le 24 décembre.""",
    ),
    n(
        "48721",
        "2025-12-23 16:45 +0100",
        "Anaïs Lefèvre <anais.lefevre@laposte-mail.fr>",
        "Re: Brunch dimanche ?",
        """C'était trop bien de te revoir ! Envoie-moi les photos du Canal Saint-Martin. Et la prochaine fois, c'est moi qui viens à Montréal, promis.

Bises""",
        **re_("48641"),
    ),
    n(
        "48722",
        "2025-12-26 09:00 +0100",
        "Mobilités Île-de-France Info <info@mobilites-idf-info.fr>",
        "Votre titre de transport Navigo Easy",
        """Votre recharge de 10 tickets a bien été enregistrée. Bon voyage !""",
    ),
    n(
        "48723",
        "2026-01-02 10:00 -0500",
        "Gym Le Gymnase Plateau <membres@legymnaseplateau.ca>",
        "Défi janvier : 20 séances en 31 jours",
        """Nouvelle année, nouveau défi! Inscrivez-vous au défi de janvier et courez la chance de gagner un mois gratuit.""",
    ),
    n(
        "48724",
        "2026-01-09 14:10 -0500",
        "Marc-André Pelletier <mapelletier@courrielplus.ca>",
        "Ski au Massif en février?",
        """On loue un chalet à Petite-Rivière-Saint-François du 13 au 15 février. Il reste une chambre, es-tu partante?

M-A""",
    ),
    n(
        "48725",
        "2026-01-10 09:00 -0500",
        "Marc-André Pelletier <mapelletier@courrielplus.ca>",
        "Re: Ski au Massif en février?",
        """Parfait, je te mets sur la liste. Dépôt de 120 $ d'ici la fin du mois.

> Oui!! Compte sur moi.""",
        **re_("48724"),
    ),
    n(
        "48726",
        "2026-01-13 18:30 -0500",
        "Université Champlain-Estrie – Moodle <moodle@ucestrie.ca>",
        "SDD-7001 : nouveau devoir publié",
        """Le devoir 1 (régression et validation croisée) est disponible. Date de remise : 3 février à 23 h 59.""",
    ),
    n(
        "48727",
        "2026-02-02 21:15 -0500",
        "Université Champlain-Estrie – Moodle <moodle@ucestrie.ca>",
        "SDD-7001 : rappel – devoir 1",
        """Rappel : le devoir 1 est à remettre demain à 23 h 59.""",
    ),
    n(
        "48728",
        "2026-01-25 11:00 -0500",
        "Cégep du Vieux-Port – Alumni <alumni@cegepvieuxport.ca>",
        "Merci d'être venus!",
        """Plus de 140 diplômé·es aux retrouvailles! Les photos sont en ligne.""",
    ),
    n(
        "48729",
        "2026-01-28 08:00 -0500",
        "Météo Alerte Québec <alertes@meteoalerte-qc.ca>",
        "Avertissement de froid extrême",
        """Températures ressenties de -38 attendues cette nuit. Limitez le temps passé à l'extérieur.""",
    ),
    n(
        "48730",
        "2026-02-05 17:40 -0500",
        "Linh Tremblay-Nguyen <linh.tn@courrielplus.ca>",
        "Garderie!!!",
        """ÉLODIE! Le CPE des Petits Pinsons nous a appelés : une place se libère en avril pour Théo!! Merci encore d'avoir fait la demande pour nous quand on était débordés.

Linh""",
    ),
    n(
        "48731",
        "2026-02-11 12:10 -0500",
        "Mobilis Télécom <facture@mobilistelecom.ca>",
        "Facture mobile – février",
        """Votre forfait 80 Go (promo des Fêtes) : 45,00 $ + taxes.""",
    ),
    n(
        "48732",
        "2026-02-14 10:00 -0500",
        "Fleuriste Mille Pétales <commande@millepetales.ca>",
        "Votre commande de la Saint-Valentin a été livrée",
        """Le bouquet « Douceur » a été livré à 9 h 48. Merci!""",
    ),
    n(
        "48733",
        "2026-02-20 09:00 -0500",
        "Revenu Québec – Mon dossier <ne-pas-repondre@mondossier-rq.ca>",
        "Rappel : déclaration de revenus 2025",
        """La période de production des déclarations commence le 23 février. Pensez à la déclaration préremplie.""",
    ),
    n(
        "48734",
        "2026-02-22 20:00 -0500",
        MAMAN,
        "Re: Têt",
        """Merci pour les enveloppes, les petits étaient très contents. Ton père dit que ton nouveau patron a l'air gentil, il a vu ta photo LinkedIn 😄

Maman""",
        **re_("48535"),
    ),
    n(
        "48735",
        "2025-10-28 11:15 -0400",
        "Geneviève Lord <gen.lord@courrielplus.ca>",
        "Réponse automatique : Re: Lecture d'octobre",
        """Je suis en congé jusqu'au 27 octobre. En cas d'urgence, contactez le secrétariat de l'école au 514 555-0170.

Geneviève Lord, enseignante""",
    ),
    n(
        "48736",
        "2025-09-30 14:00 -0400",
        "Tribunal administratif du logement – Avis <info@tal-avis-locataires.ca>",
        "Infolettre : vos droits au 1er juillet et en cours de bail",
        """Ce mois-ci : comment contester une hausse de loyer, et ce que votre propriétaire peut demander dans une demande de location.""",
    ),
    n(
        "48737",
        "2025-11-08 10:40 -0500",
        "Théâtre du Rideau-Bleu <billetterie@rideaubleu.ca>",
        "Merci d'être venue!",
        """Votre avis compte : que pensez-vous des Belles-sœurs? Répondez à notre sondage de 2 minutes.""",
    ),
    n(
        "48738",
        "2025-12-11 15:00 -0500",
        "Fibre Laurentide <offres@fibrelaurentide.ca>",
        "Offre spéciale : passez au 1 Gbit/s",
        """Pour 10 $ de plus par mois, doublez votre vitesse. Offre de fin d'année.""",
    ),
    n(
        "48739",
        "2025-10-07 20:20 -0400",
        "Club de course Les Lièvres <coureurs@lievres-course.ca>",
        "Demi-marathon de Montréal : bravo à tous!",
        """Félicitations aux 23 membres qui ont terminé le demi! Élodie : 2 h 04 min, record personnel!""",
    ),
    n(
        "48740",
        "2025-12-29 10:00 -0500",
        "Envolée Air <fidelite@envoleeair.ca>",
        "Vous avez gagné 2 480 points Envol",
        """Merci d'avoir voyagé avec nous. Vos points ont été ajoutés à votre compte.""",
    ),
    n(
        "48741",
        "2026-01-16 12:00 -0500",
        "Les Productions Data Montréal <meetup@datamontreal-meetup.org>",
        "Meetup Data Montréal #42 : dbt en production",
        """Prochain meetup le 29 janvier, 18 h, chez Nordlys Jeux (5445, avenue de Gaspé). Pizza et bière offertes. Places limitées.""",
    ),
    n(
        "48742",
        "2026-02-25 18:10 -0500",
        "Les Productions Data Montréal <meetup@datamontreal-meetup.org>",
        "Appel de conférenciers – printemps 2026",
        """Vous avez un projet à présenter? Soumettez votre proposition de conférence d'ici le 15 mars. Les conférenciers retenus seront contactés pour une courte entrevue de préparation.""",
    ),
    n(
        "48743",
        "2025-11-13 09:30 -0500",
        "Nuage Perso <securite@nuageperso.com>",
        "Votre code de vérification",
        """Votre code de vérification Nuage Perso est 551 902.""",
    ),
    n(
        "48744",
        "2026-02-26 08:00 -0500",
        "Le Quotidien numérique <infolettre@quotidiennumerique.ca>",
        "Entrevue : la PDG qui veut embaucher 300 personnes à Québec",
        """À LA UNE — Dans une entrevue exclusive, la PDG d'une entreprise de logistique de Québec annonce 300 embauches d'ici 2027.

AUSSI — Le prix de l'essence repart à la hausse.""",
    ),
    n(
        "48745",
        "2025-09-22 09:00 -0400",
        "Assurances Pivot <offres@assurancespivot.ca>",
        "Votre demande de soumission habitation",
        """Merci pour votre demande de soumission d'assurance habitation (locataire). Votre prime estimée : 21 $ par mois. Finalisez en ligne.""",
    ),
    n(
        "48746",
        "2025-09-29 16:10 -0400",
        "Assurances Pivot <service@assurancespivot.ca>",
        "Confirmation de votre police locataire",
        """Votre police d'assurance locataire no LP-7782104 entre en vigueur le 1er octobre 2025.""",
    ),
    n(
        "48747",
        "2026-01-30 10:00 -0500",
        "Carte Orbite Mastercard <service@carteorbite.ca>",
        "Augmentation de votre limite de crédit approuvée",
        """Bonne nouvelle : votre demande d'augmentation de limite a été approuvée. Nouvelle limite : 8 000 $.""",
    ),
    n(
        "48748",
        "2025-12-16 22:00 -0500",
        "Geneviève Lord <gen.lord@courrielplus.ca>",
        "Ton livre emballé 😄",
        """J'ai hérité de ton livre à l'échange! « Storytelling with Data »… c'est un message subtil? Haha. Merci, je vais le lire.

Gen""",
    ),
    n(
        "48749",
        "2026-02-13 07:00 -0500",
        "Météo Alerte Québec <alertes@meteoalerte-qc.ca>",
        "Avertissement de neige – Charlevoix",
        """Accumulations de 25 cm prévues vendredi. Prudence sur la route 138.""",
    ),
]

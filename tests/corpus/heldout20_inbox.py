# ruff: noqa: E501
"""Everyday mail of the twentieth corpus and its look-alikes (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

S, W = "+0200", "+0100"
FR, EN, DE = ("not_job", "fr"), ("not_job", "en"), ("not_job", "de")

MAIL: list[dict[str, Any]] = [
    # flat hunt: rental "dossier de candidature", visits, refusal, acceptance
    m(
        "20201",
        "2025-09-03 11:20",
        "Régie du Léman SA <location@regieduleman.ch>",
        "Votre dossier de candidature - Av. de Béthusy 48, 3.5 pièces",
        FR,
        text="""Madame,

Nous accusons réception de votre dossier de candidature pour l'appartement de 3.5 pièces au 2e étage de l'Av. de Béthusy 48, 1012 Lausanne (loyer CHF 1'890.- + charges CHF 220.-).

Afin de compléter votre dossier, merci de nous faire parvenir:
- un extrait de l'Office des poursuites de moins de 3 mois
- vos trois dernières fiches de salaire
- une copie de votre permis de séjour

Le propriétaire prendra sa décision d'ici au 15 septembre.

Service location
Régie du Léman SA
""",
        tz=S,
    ),
    m(
        "20202",
        "2025-09-17 16:05",
        "Régie du Léman SA <location@regieduleman.ch>",
        "Av. de Béthusy 48 - réponse",
        FR,
        text="""Madame,

Nous vous remercions de l'intérêt porté à l'objet cité en titre. Après examen des nombreux dossiers reçus, le propriétaire a malheureusement retenu une autre candidature.

Nous ne manquerons pas de vous contacter si un objet similaire se libère.

Régie du Léman SA
""",
        tz=S,
    ),
    m(
        "20203",
        "2025-09-20 09:48",
        "Immo-Romandie <visites@immo-romandie.ch>",
        "Invitation: Visite appartement Ch. de Montolieu 12 @ mar. 23 sept. 2025 18:00",
        FR,
        text="""Visite collective de l'appartement de 3 pièces, Ch. de Montolieu 12, 1010 Lausanne.
Merci d'apporter votre dossier complet (formule de demande de location, poursuites, fiches de salaire).
""",
        ics={
            "start": "2025-09-23 18:00:00 +0200",
            "minutes": 30,
            "organizer": ("Immo-Romandie", "visites@immo-romandie.ch"),
            "uid": "visite-montolieu-12-0923@immo-romandie.ch",
            "summary": "Visite appartement Ch. de Montolieu 12",
            "location": "Ch. de Montolieu 12, 1010 Lausanne",
        },
        tz=S,
    ),
    m(
        "20204",
        "2025-10-08 14:30",
        "Immo-Romandie <location@immo-romandie.ch>",
        "Bonne nouvelle pour votre demande de location",
        FR,
        text="""Chère Madame Favre,

Nous avons le plaisir de vous informer que votre candidature pour l'appartement de 3 pièces au Ch. de Montolieu 12 a été acceptée par le propriétaire.

Nous vous proposons de signer le bail le jeudi 16 octobre à 17h à notre agence. La garantie de loyer (3 mois) devra être constituée avant la remise des clés le 1er novembre.

Avec nos meilleures salutations
Immo-Romandie, gérance
""",
        tz=S,
    ),
    m(
        "20205",
        "2025-10-10 10:12",
        "SwissCaution <info@swisscaution.ch>",
        "Votre demande de garantie de loyer a été approuvée",
        FR,
        text="""Bonjour Madame Favre,

Votre demande de garantie de loyer sans dépôt (CHF 5'430.-) a été approuvée. Votre certificat de garantie est disponible dans votre espace client.

Prime annuelle: CHF 271.50

SwissCaution
""",
        tz=S,
    ),
    m(
        "20206",
        "2025-10-28 17:40",
        "Déménagements Rapid'Lac <devis@rapidlac.ch>",
        "Confirmation de votre déménagement du 31 octobre",
        FR,
        text="""Bonjour Madame Favre,

Nous confirmons votre déménagement du vendredi 31 octobre, 7h30, de la Rue de la Borde 22 au Ch. de Montolieu 12 (2 déménageurs, camion 20 m3). Forfait: CHF 1'150.- TTC.

Merci de préparer les cartons avant notre arrivée.

Rapid'Lac Sàrl
""",
        tz=W,
    ),
    # credit, bank
    m(
        "20207",
        "2025-09-11 08:15",
        "Banque Cantonale Lémanique <noreply@bcl-leman.ch>",
        "Votre demande de crédit privé",
        FR,
        text="""Madame Favre,

Nous avons bien reçu votre demande de crédit privé de CHF 8'000.- (durée 36 mois). Votre dossier est en cours d'analyse; une réponse vous sera communiquée sous 48 heures ouvrables.

Conformément à la loi, un crédit est interdit s'il occasionne le surendettement du consommateur (art. 3 LCD).

Banque Cantonale Lémanique
""",
        tz=S,
    ),
    m(
        "20208",
        "2025-09-12 15:02",
        "Banque Cantonale Lémanique <noreply@bcl-leman.ch>",
        "Votre offre de crédit est prête",
        FR,
        text="""Madame Favre,

Bonne nouvelle: votre demande a été acceptée. Votre offre de crédit personnalisée (taux annuel effectif 7,9 %) est disponible dans votre e-banking. Vous disposez de 14 jours pour la signer.

Banque Cantonale Lémanique
""",
        tz=S,
    ),
    m(
        "20209",
        "2025-10-01 06:00",
        "Banque Cantonale Lémanique <noreply@bcl-leman.ch>",
        "Nouveau document dans votre e-banking",
        FR,
        text="""Un nouveau document est disponible dans votre e-banking: Relevé de compte septembre 2025.

Pour votre sécurité, nous ne vous envoyons jamais de lien de connexion par e-mail.
""",
        tz=S,
    ),
    m(
        "20210",
        "2025-12-01 06:00",
        "Banque Cantonale Lémanique <noreply@bcl-leman.ch>",
        "Nouveau document dans votre e-banking",
        FR,
        text="""Un nouveau document est disponible dans votre e-banking: Relevé de compte novembre 2025.
""",
        tz=W,
    ),
    m(
        "20211",
        "2025-11-18 12:30",
        "Cembra Money Bank <info@cembra.ch>",
        "Offre exclusive : votre carte de crédit sans frais annuels",
        FR,
        text="""Chère cliente,

Profitez de notre offre exclusive: la carte Cembra Gold sans cotisation annuelle la première année et 1 % de cashback sur tous vos achats.

Demandez votre carte en 5 minutes - réponse immédiate.

Offre valable jusqu'au 30 novembre 2025.
""",
        tz=W,
    ),
    m(
        "20212",
        "2026-01-15 09:00",
        "TWINT <no-reply@twint.ch>",
        "Vous avez reçu CHF 45.00",
        FR,
        text="""Chloé Rochat vous a envoyé CHF 45.00.
Message: « Billets concert Bastard Bonmatin, merci ! »
""",
        tz=W,
    ),
    # permit, taxes, administration
    m(
        "20213",
        "2025-09-24 10:30",
        "Service de la population VD <info.spop@vd.ch>",
        "Demande de renouvellement de l'autorisation de séjour - convocation",
        FR,
        text="""Madame,

Votre demande de prolongation de l'autorisation de séjour (permis B UE/AELE) est en cours de traitement. Vous êtes convoquée au Centre de biométrie de Lausanne pour la saisie de vos données biométriques:

Mardi 7 octobre 2025, 08h45
Av. de Beaulieu 19, 1004 Lausanne

Munissez-vous de votre passeport et de votre permis actuel.

Service de la population
""",
        tz=S,
    ),
    m(
        "20214",
        "2025-11-20 14:00",
        "Service de la population VD <info.spop@vd.ch>",
        "Votre titre de séjour est prêt",
        FR,
        text="""Madame,

Votre nouveau titre de séjour a été produit. Il vous sera envoyé par courrier recommandé dans les prochains jours à votre nouvelle adresse, Ch. de Montolieu 12.
""",
        tz=W,
    ),
    m(
        "20215",
        "2026-02-12 07:30",
        "Administration cantonale des impôts <noreply@vd.ch>",
        "Votre déclaration d'impôt 2025 est disponible",
        FR,
        text="""Madame,

Votre déclaration d'impôt 2025 est disponible sur le Portail sécurisé. Le délai de dépôt est fixé au 15 mars 2026.

Administration cantonale des impôts
""",
        tz=W,
    ),
    m(
        "20216",
        "2025-10-30 11:11",
        "Ville de Lausanne - Contrôle des habitants <ch@lausanne.ch>",
        "Confirmation de votre annonce de changement d'adresse",
        FR,
        text="""Madame,

Votre annonce de changement d'adresse (déménagement dans la commune) a bien été enregistrée au 1er novembre 2025.

Nouvelle adresse: Ch. de Montolieu 12, 1010 Lausanne

Contrôle des habitants
Ville de Lausanne
""",
        tz=W,
    ),
    # training / university admission look-alike
    m(
        "20217",
        "2025-09-29 16:20",
        "HEIG-VD Formation continue <formation.continue@heig-vd.ch>",
        "Votre candidature au CAS Achats publics",
        FR,
        text="""Madame Favre,

Nous avons le plaisir de vous informer que votre candidature au CAS en gestion des achats publics (volée 2026) a été acceptée par le comité de direction du programme.

Les cours débuteront le vendredi 16 janvier 2026. La facture des frais d'inscription (CHF 6'800.-) vous parviendra prochainement.

Secrétariat de la formation continue
HEIG-VD
""",
        tz=S,
    ),
    m(
        "20218",
        "2026-01-09 13:14",
        "HEIG-VD Formation continue <formation.continue@heig-vd.ch>",
        "CAS Achats publics - programme du module 1 et entretien d'orientation",
        FR,
        text="""Madame, Monsieur,

Vous trouverez ci-joint le programme du module 1 (Cadre légal des marchés publics). Chaque participant·e aura un court entretien d'orientation avec le responsable de filière lors de la première journée.

Salle: bâtiment Cheseaux, S-201.
""",
        attach=[("CAS_AP_module1.pdf", "application/pdf", "%PDF-1.4 programme module 1")],
        tz=W,
    ),
    # volunteer look-alike
    m(
        "20219",
        "2025-09-06 18:30",
        "Festival de la Cité <benevoles@festivalcite.ch>",
        "Ta candidature bénévole est acceptée !",
        FR,
        text="""Salut Noémie,

Bonne nouvelle: ta candidature comme bénévole au Festival de la Cité a été retenue! Tu es attribuée au poste « bar principal », shifts du samedi 13 et dimanche 14 septembre.

Séance d'info pour les bénévoles: mercredi 10 septembre à 19h, Espace Arlaud.

L'équipe bénévoles
""",
        tz=S,
    ),
    # press and podcast "interviews"
    m(
        "20220",
        "2025-10-02 11:45",
        "Mathieu Dubois <mathieu.dubois@24heures-lac.ch>",
        "Demande d'interview - club de course à pied",
        FR,
        text="""Bonjour Madame Favre,

Je prépare un article sur l'essor des clubs de course à pied féminins à Lausanne pour notre édition du week-end. On m'a dit que vous étiez co-fondatrice des « Foulées de Sauvabelin ». Accepteriez-vous une courte interview téléphonique, jeudi ou vendredi?

Meilleures salutations
Mathieu Dubois
Journaliste, rubrique Vaud
""",
        tz=S,
    ),
    m(
        "20221",
        "2025-10-02 14:10",
        "Mathieu Dubois <mathieu.dubois@24heures-lac.ch>",
        "RE: Demande d'interview - club de course à pied",
        FR,
        text="""Merci! Alors vendredi 10h, je vous appelle. Une photo du groupe le dimanche matin serait top si c'est possible.

MD
""",
        headers=reply("20220", "mathieu.dubois@24heures-lac.ch"),
        tz=S,
    ),
    m(
        "20222",
        "2025-11-13 08:00",
        "Supply Chain Talks <hello@supplychaintalks.fm>",
        "New episode: an interview with a hospital procurement chief",
        EN,
        text="""This week on Supply Chain Talks: our interview with the head of procurement of a large university hospital on stockouts, dual sourcing and why the post-pandemic stock rules are here to stay.

Listen now on your favourite podcast app.

You're receiving this because you subscribed at supplychaintalks.fm. Unsubscribe anytime.
""",
        tz=W,
    ),
    # webinars and appointments with calendar parts
    m(
        "20223",
        "2025-10-15 10:00",
        "procure.ch <events@procure.ch>",
        "Invitation: Webinaire « Marchés publics: nouveautés 2026 » @ jeu. 6 nov. 2025 12:15",
        FR,
        text="""Chère membre,

Nous vous invitons à notre webinaire de midi consacré aux nouveautés de l'AIMP 2019 et à la jurisprudence récente. Intervenant: Me Pascal Vuille, avocat.

Lien Zoom dans l'invitation.
procure.ch - Association professionnelle des achats
""",
        ics={
            "start": "2025-11-06 12:15:00 +0100",
            "minutes": 45,
            "organizer": ("procure.ch", "events@procure.ch"),
            "uid": "webinaire-aimp-20251106@procure.ch",
            "summary": "Webinaire « Marchés publics: nouveautés 2026 »",
            "location": "Zoom",
        },
        tz=S,
    ),
    m(
        "20224",
        "2025-10-20 17:30",
        "Cabinet médical de Chailly <rdv@medchailly.ch>",
        "Confirmation de votre rendez-vous - Dre Monnier",
        FR,
        text="""Madame Favre,

Votre rendez-vous est confirmé:
Lundi 27 octobre 2025 à 8h15 - Dre Anne Monnier (médecine générale)
Av. de Chailly 41, 1012 Lausanne

En cas d'empêchement, merci d'annuler au moins 24h à l'avance.
""",
        ics={
            "style": "outlook",
            "start": "2025-10-27 08:15:00 +0100",
            "minutes": 20,
            "organizer": ("Cabinet médical de Chailly", "rdv@medchailly.ch"),
            "uid": "rdv-7781920@medchailly.ch",
            "summary": "Rendez-vous Dre Monnier",
            "location": "Av. de Chailly 41, 1012 Lausanne",
        },
        tz=S,
    ),
    m(
        "20225",
        "2026-01-19 09:00",
        "Clinique dentaire Riponne <contact@dentaire-riponne.ch>",
        "Rappel: contrôle et détartrage mercredi 21 janvier",
        FR,
        text="""Bonjour Madame Favre,

Nous vous rappelons votre rendez-vous du mercredi 21 janvier 2026 à 17h00 (contrôle annuel et hygiène dentaire).

Clinique dentaire Riponne
""",
        ics={
            "start": "2026-01-21 17:00:00 +0100",
            "minutes": 60,
            "organizer": ("Clinique dentaire Riponne", "contact@dentaire-riponne.ch"),
            "uid": "dr-20260121-1700-favre@dentaire-riponne.ch",
            "summary": "Contrôle et hygiène dentaire",
            "location": "Place de la Riponne 5, Lausanne",
        },
        tz=W,
    ),
    # LinkedIn social
    m(
        "20226",
        "2025-09-15 19:12",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Félicitez Julie Vuagniaux pour son nouveau poste",
        FR,
        html="""<html><body><p>Julie Vuagniaux a commencé un nouveau poste de Responsable achats chez Ferrovia Suisse SA.</p>
<p><a href="https://www.linkedin.com/feed/">Dites bravo</a></p></body></html>""",
        tz=S,
    ),
    m(
        "20227",
        "2025-10-19 10:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Vous êtes apparue dans 14 recherches cette semaine",
        FR,
        html="""<html><body><p>Noémie, vous êtes apparue dans 14 recherches cette semaine.</p>
<p>Des personnes travaillant chez des entreprises comme Hôpital du Valais et Logitronic ont trouvé votre profil.</p></body></html>""",
        tz=S,
    ),
    m(
        "20228",
        "2025-11-25 20:05",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Karim Benali vous a envoyé un message",
        FR,
        html="""<html><body><p><b>Karim Benali</b>: Salut Noémie! Ça fait longtemps. Tu viens à la soirée des anciens de la HEG le 4 décembre?</p></body></html>""",
        tz=W,
    ),
    m(
        "20229",
        "2026-01-05 09:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Olivier Rochat a publié: « Nous recrutons 3 acheteurs... »",
        FR,
        html="""<html><body><p>Olivier Rochat a publié: « Belle année 2026 à toute l'équipe des achats! Nous recrutons encore... »</p>
<p>12 réactions &middot; 3 commentaires</p></body></html>""",
        tz=W,
    ),
    # newsletters that talk about hiring
    m(
        "20230",
        "2025-09-25 06:00",
        "Le Temps - Économie <newsletter@letemps-eco.ch>",
        "Pénurie de main-d'œuvre: les hôpitaux romands recrutent à l'étranger",
        FR,
        html="""<html><body><h2>La lettre Économie</h2>
<p><b>Pénurie de main-d'œuvre</b>: les hôpitaux romands multiplient les entretiens d'embauche en France et en Belgique. Enquête.</p>
<p><b>Logistique</b>: le port de Bâle mise sur l'hydrogène.</p>
<p>Se désabonner</p></body></html>""",
        tz=S,
    ),
    m(
        "20231",
        "2025-11-12 07:00",
        "HR Today <newsletter@hrtoday.ch>",
        "Entretiens d'embauche: 5 erreurs que commettent les recruteurs",
        FR,
        html="""<html><body><p>Ce mois-ci: Entretiens d'embauche - 5 erreurs que commettent les recruteurs; Salaires 2026: quelles hausses en Suisse romande?; Candidatures spontanées: comment y répondre.</p>
<p>HR Today - le magazine RH suisse. Se désabonner</p></body></html>""",
        tz=W,
    ),
    # family and friends
    m(
        "20232",
        "2025-09-07 21:14",
        "Maman <christine.favre74@orange.fr>",
        "Dimanche à Annecy",
        FR,
        text="""Ma chérie,

Tu viens toujours dimanche prochain? Papa a prévu de faire le barbecue s'il fait beau. Ta soeur viendra avec les petits.

Et tes candidatures, ça avance? Je croise les doigts.

Bisous
Maman
""",
        tz=S,
    ),
    m(
        "20233",
        "2025-09-08 07:30",
        "Maman <christine.favre74@orange.fr>",
        "Re: Dimanche à Annecy",
        FR,
        text="""Super! On t'attend vers midi. Prends le train de 10h, papa viendra te chercher à la gare.

Maman
""",
        headers=reply("20232", "christine.favre74@orange.fr"),
        tz=S,
    ),
    m(
        "20234",
        "2025-10-18 13:02",
        "Chloé Rochat <chloe.rochat@gmail.com>",
        "Crémaillère ?",
        FR,
        text="""Hello ma belle,

Alors, tu l'as eu cet appart à Montolieu?! Il faut fêter ça. Crémaillère le 15 novembre? Je m'occupe des tartes.

Bisous
Chloé
""",
        tz=S,
    ),
    m(
        "20235",
        "2025-10-18 19:45",
        "Chloé Rochat <chloe.rochat@gmail.com>",
        "Re: Crémaillère ?",
        FR,
        text="""Génial, 15 novembre c'est noté! Je préviens Marco et Léa.

> Oui!! Signature du bail jeudi. Le 15 ça joue pour moi.
""",
        headers=reply("20234", "chloe.rochat@gmail.com"),
        tz=S,
    ),
    m(
        "20236",
        "2025-11-30 10:22",
        "Antoine Favre <antoine.favre@outlook.fr>",
        "Photos de l'anniversaire de Louise",
        FR,
        text="""Salut soeurette,

Voici le lien vers les photos de l'anniversaire de Louise: https://photos.app.goo.gl/xR4kT9

Elle a adoré ton cadeau, elle ne lâche plus la lampe licorne.

Antoine
""",
        tz=W,
    ),
    m(
        "20237",
        "2025-12-22 18:00",
        "Maman <christine.favre74@orange.fr>",
        "Noël",
        FR,
        text="""Coucou,

On passe le 24 chez nous et le 25 chez tante Simone à Thônes. Tu dors à la maison? Le lit de ta chambre est fait.

Maman
""",
        tz=W,
    ),
    m(
        "20238",
        "2026-01-21 22:10",
        "Chloé Rochat <chloe.rochat@gmail.com>",
        "CHUUUV !!!",
        FR,
        text="""Mais c'est trop bien!!! Bravo bravo bravo. On fête ça samedi, c'est moi qui offre.

Chloé
""",
        tz=W,
    ),
    # sports club, choir
    m(
        "20239",
        "2025-09-16 12:00",
        "Les Foulées de Sauvabelin <comite@foulees-sauvabelin.ch>",
        "Entraînements d'automne et inscription aux 20km de Lausanne",
        FR,
        text="""Salut à toutes,

Les entraînements reprennent les mardis à 18h30 (parking du lac de Sauvabelin) et dimanches 9h. Pensez à vous inscrire aux 20km de Lausanne avant fin septembre pour le tarif club.

Le comité
""",
        tz=S,
    ),
    m(
        "20240",
        "2025-11-02 16:30",
        "Choeur Arpège <info@choeur-arpege.ch>",
        "Répétitions du concert de l'Avent",
        FR,
        text="""Chers choristes,

Répétition supplémentaire le samedi 22 novembre de 14h à 17h à l'église de Saint-Laurent. Les partitions de la Messe de minuit de Charpentier sont disponibles au fond de la salle.

Le comité
""",
        tz=W,
    ),
    # receipts, deliveries, transport, subscriptions
    m(
        "20241",
        "2025-09-19 14:22",
        "Digitec <info@digitec.ch>",
        "Confirmation de commande 128773011",
        FR,
        text="""Merci pour ta commande!

1x Logitech MX Keys S - CHF 109.-
1x Support pour ordinateur portable - CHF 39.90

Livraison prévue: lundi 22.09.2025

Digitec Galaxus AG
""",
        tz=S,
    ),
    m(
        "20242",
        "2025-09-22 08:10",
        "La Poste <noreply@post.ch>",
        "Votre envoi arrive aujourd'hui",
        FR,
        text="""Votre colis 99.60.123456.78901234 de Digitec Galaxus AG sera livré aujourd'hui entre 10h00 et 13h00.
""",
        tz=S,
    ),
    m(
        "20243",
        "2025-10-05 15:40",
        "CFF <noreply@sbb.ch>",
        "Votre billet: Lausanne - Genève Aéroport",
        FR,
        text="""Votre billet en ligne
Lausanne - Genève-Aéroport, 2e classe, demi-tarif
Voyage le 11.10.2025, valable toute la journée
Prix: CHF 13.50
""",
        tz=S,
    ),
    m(
        "20244",
        "2025-10-11 05:02",
        "easyJet <donotreply@easyjet.com>",
        "Your booking EZK4P7Q: Geneva to Lisbon",
        EN,
        text="""Hi Noémie,

You're all set! Booking EZK4P7Q
Outbound: Sat 11 Oct 2025, GVA 07:05 - LIS 08:55
Return: Wed 15 Oct 2025, LIS 16:40 - GVA 20:25

Check in online from 30 days before departure.
""",
        tz=S,
    ),
    m(
        "20245",
        "2025-11-01 09:00",
        "Swisscom <noreply@swisscom.com>",
        "Votre facture de novembre",
        FR,
        text="""Bonjour Noémie Favre,

Votre facture de novembre 2025 d'un montant de CHF 79.90 est disponible dans My Swisscom. Elle sera débitée le 30.11.2025.
""",
        tz=W,
    ),
    m(
        "20246",
        "2025-11-24 10:00",
        "Swisscom <offres@swisscom.com>",
        "Black Friday: nos meilleures offres sur blue TV",
        FR,
        html="""<html><body><p>Offre exclusive Black Friday: blue TV Plus à CHF 0.- pendant 3 mois.</p><p>Profitez-en dès aujourd'hui dans votre Swisscom Shop.</p></body></html>""",
        tz=W,
    ),
    m(
        "20247",
        "2025-10-06 07:45",
        "Migros <newsletter@migros.ch>",
        "Vos offres de la semaine",
        FR,
        html="""<html><body><p>Cette semaine: -40 % sur les pommes de terre, 3 pour 2 sur les pâtes, et nos nouveautés d'automne.</p><p>Cumulus: 2'840 points.</p></body></html>""",
        tz=S,
    ),
    m(
        "20248",
        "2025-12-15 12:00",
        "Netflix <info@mailer.netflix.com>",
        "Your payment method needs updating",
        EN,
        text="""Hi Noémie,

We're having trouble with your current billing information. Please update your payment method to keep enjoying Netflix.
""",
        tz=W,
    ),
    m(
        "20249",
        "2025-09-30 11:00",
        "Assura-Santé <service@assura-sante.ch>",
        "Vos primes 2026",
        FR,
        text="""Madame Favre,

Vous trouverez dans votre espace client votre nouvelle police d'assurance maladie pour 2026. Prime mensuelle (franchise CHF 2'500.-): CHF 412.60.

Vous pouvez changer de modèle d'assurance jusqu'au 30 novembre.
""",
        tz=S,
    ),
    m(
        "20250",
        "2025-10-22 08:30",
        "MHA - Mutuelle Helvétique Assurances <info@groupe-mha.ch>",
        "Offre spéciale: assurance ménage et RC",
        FR,
        text="""Madame,

Vous déménagez? Profitez de notre offre de bienvenue: 15 % de rabais la première année sur l'assurance ménage et responsabilité civile.

Demandez votre offre personnalisée en ligne en 3 minutes.

MHA - Mutuelle Helvétique Assurances
""",
        tz=S,
    ),
]

MAIL += [
    m(
        "20251",
        "2025-09-02 19:20",
        "Léa Bertholet <lea.bertholet@hotmail.com>",
        "Colocation - la chambre est libre",
        FR,
        text="""Coucou Noémie,

Je te confirme que la chambre de Marco se libère fin septembre si jamais tu cherches encore une solution de transition en attendant ton appart. 650.- charges comprises.

Léa
""",
        tz=S,
    ),
    m(
        "20252",
        "2025-09-04 09:00",
        "Office des poursuites du district de Lausanne <op.lausanne@vd.ch>",
        "Votre commande d'extrait du registre des poursuites",
        FR,
        text="""Madame,

Votre commande d'un extrait du registre des poursuites (réf. 2025-441873) a été enregistrée. L'extrait vous sera envoyé par courrier postal sous 3 jours ouvrables après réception du paiement de CHF 17.-.
""",
        tz=S,
    ),
    m(
        "20253",
        "2025-09-10 12:40",
        "Gérance Pittet & Fils <gerance@pittet-fils.ch>",
        "Formulaire de demande de location",
        FR,
        text="""Madame,

Suite à votre appel, vous trouverez ci-joint notre formulaire de demande de location pour le 3 pièces de la Rue du Valentin 30. Merci de nous le retourner complété et signé, accompagné des pièces usuelles.

Les candidatures seront examinées dans l'ordre d'arrivée.

Gérance Pittet & Fils SA
""",
        attach=[("demande_location.pdf", "application/pdf", "%PDF-1.4 demande de location")],
        tz=S,
    ),
    m(
        "20254",
        "2025-09-11 08:20",
        "Gérance Pittet & Fils <gerance@pittet-fils.ch>",
        "RE: Formulaire de demande de location",
        FR,
        text="""Bien reçu, merci. Le formulaire signé est complet.

Gérance Pittet & Fils SA
""",
        headers=reply("20253", "gerance@pittet-fils.ch"),
        tz=S,
    ),
    m(
        "20255",
        "2025-09-26 17:15",
        "Gérance Pittet & Fils <gerance@pittet-fils.ch>",
        "Rue du Valentin 30",
        FR,
        text="""Madame,

Nous regrettons de vous informer que l'appartement de la Rue du Valentin 30 a été attribué. Nous vous remercions de votre confiance.
""",
        tz=S,
    ),
    m(
        "20256",
        "2025-09-13 10:05",
        "Homegate <noreply@homegate.ch>",
        "5 nouveaux biens correspondent à votre recherche",
        FR,
        html="""<html><body><p>Nouveaux biens pour « Lausanne, 3-3.5 pièces, max CHF 2'100 »:</p>
<ul><li>3.5 pièces, Ch. des Sauges 4, CHF 1'980.-</li><li>3 pièces, Av. d'Échallens 88, CHF 1'750.-</li></ul></body></html>""",
        tz=S,
    ),
    m(
        "20257",
        "2025-09-27 10:05",
        "Homegate <noreply@homegate.ch>",
        "3 nouveaux biens correspondent à votre recherche",
        FR,
        html="""<html><body><p>Nouveaux biens pour « Lausanne, 3-3.5 pièces, max CHF 2'100 »:</p>
<ul><li>3 pièces, Ch. de Montolieu 12, CHF 1'810.-</li></ul></body></html>""",
        tz=S,
    ),
    m(
        "20258",
        "2025-10-16 18:10",
        "Immo-Romandie <location@immo-romandie.ch>",
        "Votre bail - Ch. de Montolieu 12",
        FR,
        text="""Madame Favre,

Merci pour la signature du bail de ce jour. Vous trouverez en annexe votre exemplaire ainsi que l'état des lieux d'entrée prévu le 1er novembre à 9h00.

Immo-Romandie
""",
        attach=[("bail_montolieu12.pdf", "application/pdf", "%PDF-1.4 bail")],
        tz=S,
    ),
    m(
        "20259",
        "2025-10-25 11:00",
        "Romande Energie <service@romande-energie.ch>",
        "Bienvenue - votre contrat d'électricité",
        FR,
        text="""Madame Favre,

Nous avons enregistré votre emménagement au Ch. de Montolieu 12 au 1er novembre 2025. Votre numéro de client: 7701 2284.
""",
        tz=S,
    ),
    m(
        "20260",
        "2025-11-04 14:25",
        "IKEA Suisse <noreply@ikea.ch>",
        "Votre commande IKEA n° 1387220561 est confirmée",
        FR,
        text="""Merci pour votre commande!

Livraison au Ch. de Montolieu 12, 1010 Lausanne le samedi 8 novembre entre 8h et 12h.
Total: CHF 1'246.85
""",
        tz=W,
    ),
    m(
        "20261",
        "2025-11-07 17:00",
        "IKEA Suisse <noreply@ikea.ch>",
        "Votre créneau de livraison demain",
        FR,
        text="""Rappel: votre livraison aura lieu demain entre 8h et 12h. Le chauffeur vous appellera 30 minutes avant son arrivée.
""",
        tz=W,
    ),
    m(
        "20262",
        "2025-11-16 11:30",
        "Marco Bianchi <marco.bianchi@gmx.ch>",
        "Merci pour hier soir",
        FR,
        text="""Salut Noémie,

Merci encore pour la crémaillère, super soirée! J'ai oublié mon écharpe grise chez toi je crois.

Marco
""",
        tz=W,
    ),
    m(
        "20263",
        "2025-11-16 12:45",
        "Marco Bianchi <marco.bianchi@gmx.ch>",
        "Re: Merci pour hier soir",
        FR,
        text="""Top merci, je passe la chercher mercredi!

> Oui elle est là, sur le portemanteau :)
""",
        headers=reply("20262", "marco.bianchi@gmx.ch"),
        tz=W,
    ),
    m(
        "20264",
        "2025-12-03 09:15",
        "Galaxus <info@galaxus.ch>",
        "Votre colis est en route",
        FR,
        text="""Ta commande 130998276 a été expédiée. Suivi: https://service.post.ch/ekp-web/ui/entry/shipment/99.60.778812

Contenu: 1x Bouilloire électrique inox 1.7 l
""",
        tz=W,
    ),
    m(
        "20265",
        "2025-12-05 16:00",
        "Manor <newsletter@manor.ch>",
        "Offres de Noël: jusqu'à -30 % sur les jouets",
        FR,
        html="""<html><body><p>Les offres de Noël sont là! Jusqu'à -30 % sur une sélection de jouets et 20 % sur les décorations.</p></body></html>""",
        tz=W,
    ),
    m(
        "20266",
        "2025-12-10 13:00",
        "Coop <newsletter@coop.ch>",
        "Supercard: vos bons de décembre",
        FR,
        html="""<html><body><p>Vos bons Supercard de décembre: 20x points sur les produits de fête.</p></body></html>""",
        tz=W,
    ),
    m(
        "20267",
        "2025-09-21 20:00",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Lisbon, Oct 11-15",
        EN,
        text="""Your reservation is confirmed. You're going to Lisbon!

Bright studio in Alfama, hosted by Inês
Check-in: Sat, Oct 11 after 3:00 PM
Checkout: Wed, Oct 15 by 11:00 AM
Confirmation code: HMZ8Q2KXA4
""",
        tz=S,
    ),
    m(
        "20268",
        "2025-10-16 09:00",
        "Airbnb <automated@airbnb.com>",
        "Write a review for Inês",
        EN,
        text="""How was your stay in Lisbon? Reviews help the community. You have 14 days to write a review.
""",
        tz=S,
    ),
    m(
        "20269",
        "2025-10-09 14:00",
        "Léa Bertholet <lea.bertholet@hotmail.com>",
        "Lisbonne : liste des restos",
        FR,
        text="""Voilà ma liste pour Lisbonne!
- Taberna da Rua das Flores
- Cervejaria Ramiro (fruits de mer)
- Pastéis à Belém, évidemment

Profite bien, tu l'as mérité après tous ces entretiens!
Léa
""",
        tz=S,
    ),
    m(
        "20270",
        "2025-10-30 19:30",
        "Antoine Favre <antoine.favre@outlook.fr>",
        "Déménagement vendredi",
        FR,
        text="""Salut, je peux venir t'aider vendredi dès 14h, j'ai posé mon après-midi. Je prends la perceuse.

Antoine
""",
        tz=W,
    ),
    m(
        "20271",
        "2025-11-08 09:00",
        "Les Foulées de Sauvabelin <comite@foulees-sauvabelin.ch>",
        "Article dans le 24 heures !",
        FR,
        text="""Salut à toutes,

L'article sur notre club est paru ce week-end, avec la photo de groupe. Merci à Noémie qui a répondu à l'interview! Lien: https://www.24heures-lac.ch/vaud/foulees-sauvabelin

Prochaine sortie longue: dimanche 9h.
""",
        tz=W,
    ),
    m(
        "20272",
        "2025-12-08 19:00",
        "Choeur Arpège <info@choeur-arpege.ch>",
        "Merci pour le concert !",
        FR,
        text="""Chers choristes,

Un immense merci pour le concert de l'Avent: plus de 300 personnes et une collecte de CHF 4'120.- pour la Soupe populaire. Reprise des répétitions le 13 janvier.
""",
        tz=W,
    ),
    m(
        "20273",
        "2025-10-03 10:00",
        "20km de Lausanne <info@20km.ch>",
        "Confirmation d'inscription - 20km de Lausanne 2026",
        FR,
        text="""Merci pour ton inscription!

Course: 10 km Femmes
Date: samedi 25 avril 2026
Dossard: attribué en mars

Tarif club (Les Foulées de Sauvabelin): CHF 42.-
""",
        tz=S,
    ),
    m(
        "20274",
        "2025-09-18 08:00",
        "Strava <no-reply@strava.com>",
        "Your weekly recap",
        EN,
        text="""This week: 3 activities, 24.6 km, 2h21m. Nice work, Noémie!
""",
        tz=S,
    ),
    m(
        "20275",
        "2025-09-29 07:30",
        "Mobilis Bruxelles <newsletter@mobilis.brussels>",
        "Travaux: déviation des lignes 71 et 92 en octobre",
        FR,
        html="""<html><body><p>Info voyageurs: en raison de travaux, les lignes 71 et 92 sont déviées du 6 au 31 octobre.</p><p>Vous recevez ce message car vous êtes abonnée à l'info trafic MOBILIS.</p></body></html>""",
        tz=S,
    ),
    m(
        "20276",
        "2025-12-16 08:00",
        "tl - Transports publics lausannois <info@t-l.ch>",
        "Nouvel horaire dès le 14 décembre",
        FR,
        html="""<html><body><p>Le nouvel horaire tl est entré en vigueur. Découvrez les changements sur les lignes 1, 6 et la m2.</p><p>tl - Transports publics de la région lausannoise</p></body></html>""",
        tz=W,
    ),
    m(
        "20277",
        "2025-11-26 10:00",
        "CHUV - Fondation <fondation@chuv.ch>",
        "Soutenez la recherche: notre appel de fin d'année",
        FR,
        html="""<html><body><p>Chère donatrice, cher donateur,</p><p>Grâce à vous, la Fondation du CHUV a financé 14 projets de recherche cette année. Soutenez nos équipes par un don de fin d'année.</p></body></html>""",
        tz=W,
    ),
    m(
        "20278",
        "2025-09-23 19:02",
        "Papa <gerard.favre@wanadoo.fr>",
        "La voiture",
        FR,
        text="""Noémie,

J'ai fait réviser la Clio, elle est prête si tu veux la récupérer pour ton déménagement. Le garagiste dit que les pneus tiendront encore un hiver.

Papa
""",
        tz=S,
    ),
    m(
        "20279",
        "2025-10-13 12:00",
        "Office cantonal des automobiles <info.san@vd.ch>",
        "Votre demande d'immatriculation",
        FR,
        text="""Madame,

Votre demande d'immatriculation d'un véhicule importé (Renault Clio, FR) a été enregistrée. Merci de vous présenter au contrôle technique le 3 novembre à 10h20 au centre de la Blécherette.
""",
        tz=S,
    ),
    m(
        "20280",
        "2025-11-03 11:30",
        "Office cantonal des automobiles <info.san@vd.ch>",
        "Expertise réussie - plaques VD",
        FR,
        text="""Madame,

Votre véhicule a passé l'expertise avec succès. Vos plaques VD 512 884 vous seront envoyées par la poste avec le permis de circulation.
""",
        tz=W,
    ),
    m(
        "20281",
        "2025-11-28 15:20",
        "AXA <service@axa.ch>",
        "Votre offre d'assurance véhicule",
        FR,
        text="""Madame Favre,

Voici votre offre personnalisée pour l'assurance de votre Renault Clio: responsabilité civile et casco partielle, CHF 612.- par an. Offre valable 30 jours.
""",
        tz=W,
    ),
    m(
        "20282",
        "2026-01-02 10:00",
        "Maman <christine.favre74@orange.fr>",
        "Bonne année",
        FR,
        text="""Bonne année ma chérie! Que 2026 t'apporte enfin le poste que tu mérites (et un peu de repos).

On t'embrasse fort,
Maman et Papa
""",
        tz=W,
    ),
    m(
        "20283",
        "2026-01-21 20:30",
        "Maman <christine.favre74@orange.fr>",
        "Re: Grande nouvelle",
        FR,
        text="""Oh ma chérie, quelle joie!!! On est tellement fiers de toi. Papa a ouvert une bouteille. On fêtera ça à Pâques.

Maman

> J'ai accepté le poste d'acheteuse au CHUV, je commence le 2 mars!
""",
        tz=W,
    ),
    m(
        "20284",
        "2026-01-25 11:00",
        "Chloé Rochat <chloe.rochat@gmail.com>",
        "Brunch dimanche ?",
        FR,
        text="""Brunch au Café de Grancy dimanche 11h? Léa vient aussi.

C.
""",
        tz=W,
    ),
    m(
        "20285",
        "2026-02-06 18:40",
        "Antoine Favre <antoine.favre@outlook.fr>",
        "Ski à la Clusaz",
        FR,
        text="""Salut! On monte à la Clusaz le 21-22 février avec les enfants, tu viens? Il reste une place dans le chalet.

Antoine
""",
        tz=W,
    ),
    m(
        "20286",
        "2026-02-06 21:03",
        "Antoine Favre <antoine.favre@outlook.fr>",
        "Re: Ski à la Clusaz",
        FR,
        text="""Génial, je te réserve la place. Prends tes skis, pas besoin de louer.

> Oui avec plaisir, avant de commencer au CHUV c'est parfait!
""",
        headers=reply("20285", "antoine.favre@outlook.fr"),
        tz=W,
    ),
    m(
        "20287",
        "2026-02-09 09:00",
        "HEIG-VD Formation continue <formation.continue@heig-vd.ch>",
        "Travail de validation du module 1",
        FR,
        text="""Chère participante, cher participant,

Le travail de validation du module 1 (analyse d'un dossier d'appel d'offres) est à rendre le 6 mars 2026 sur la plateforme Moodle.
""",
        tz=W,
    ),
    m(
        "20288",
        "2025-12-12 07:00",
        "Le Temps - Économie <newsletter@letemps-eco.ch>",
        "Marché du travail: le chômage remonte légèrement en Suisse romande",
        FR,
        html="""<html><body><h2>La lettre Économie</h2><p>Le taux de chômage atteint 3,1 % dans le canton de Vaud. Les offres d'emploi publiées reculent de 6 %, sauf dans la santé et l'administration publique.</p><p>Se désabonner</p></body></html>""",
        tz=W,
    ),
    m(
        "20289",
        "2026-01-14 07:00",
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Le Mag : comment négocier son salaire après une offre",
        FR,
        html="""<html><body><p>Cette semaine dans le Mag: comment négocier son salaire après une promesse d'embauche, les 7 questions à poser en fin d'entretien, et le témoignage d'une acheteuse devenue cheffe de projet RSE.</p></body></html>""",
        tz=W,
    ),
    m(
        "20290",
        "2025-10-24 12:30",
        "Zoom <no-reply@zoom.us>",
        "Meeting invitation: Comité Foulées de Sauvabelin",
        EN,
        text="""Raphaëlle Jordan is inviting you to a scheduled Zoom meeting.

Topic: Comité Foulées de Sauvabelin
Time: Oct 29, 2025 08:00 PM Zurich
Join: https://us06web.zoom.us/j/83710022451
""",
        ics={
            "start": "2025-10-29 20:00:00 +0100",
            "organizer": ("Raphaëlle Jordan", "raphaelle.jordan@gmail.com"),
            "uid": "zoom-83710022451@zoom.us",
            "summary": "Comité Foulées de Sauvabelin",
            "location": "https://us06web.zoom.us/j/83710022451",
        },
        tz=S,
    ),
]

MAIL += [
    m(
        "20291",
        "2025-09-05 17:00",
        "SBB CFF FFS <noreply@sbb.ch>",
        "Ihr Halbtax läuft bald ab",
        DE,
        text="""Guten Tag Frau Favre

Ihr Halbtax-Abo läuft am 30.09.2025 ab. Verlängern Sie es jetzt bequem online oder in der SBB Mobile App.

Freundliche Grüsse
SBB
""",
        tz=S,
    ),
    m(
        "20292",
        "2025-09-14 10:10",
        "PayPal <service@paypal.ch>",
        "Vous avez envoyé un paiement de 35,00 CHF à Vinted",
        FR,
        text="""Vous avez envoyé un paiement de 35,00 CHF à Vinted UAB.
Numéro de transaction: 7YH20338KT551904X
""",
        tz=S,
    ),
    m(
        "20293",
        "2025-09-30 18:45",
        "Raphaëlle Jordan <raphaelle.jordan@gmail.com>",
        "Sortie longue dimanche",
        FR,
        text="""Salut les filles, dimanche on part pour 18 km vers le Chalet-à-Gobet. Rdv 8h45 au lac. Qui vient?

Raph
""",
        tz=S,
    ),
    m(
        "20294",
        "2025-10-04 09:22",
        "Raphaëlle Jordan <raphaelle.jordan@gmail.com>",
        "Re: Sortie longue dimanche",
        FR,
        text="""Super Noémie, on t'attend. Prends une frontale, il fait encore sombre au début.

> Je viens!
""",
        headers=reply("20293", "raphaelle.jordan@gmail.com"),
        tz=S,
    ),
    m(
        "20295",
        "2025-10-07 11:00",
        "Ticketcorner <noreply@ticketcorner.ch>",
        "Vos billets pour Bastian Baker - Lausanne",
        FR,
        text="""Merci pour votre commande!
2 billets - Bastian Baker, Métropole Lausanne, samedi 24 janvier 2026, 20h00
Total: CHF 137.80
""",
        tz=S,
    ),
    m(
        "20296",
        "2025-10-12 14:20",
        "Google <no-reply@accounts.google.com>",
        "Alerte de sécurité",
        FR,
        text="""Nouvelle connexion à votre compte Google noemie.favre.ch@gmail.com depuis un appareil Android à Lisbonne, Portugal.

Si c'était vous, vous n'avez rien à faire.
""",
        tz=S,
    ),
    m(
        "20297",
        "2025-10-19 08:00",
        "Bibliothèques de Lausanne <bibliotheques@lausanne.ch>",
        "Rappel: retour de documents",
        FR,
        text="""Madame Favre,

Les documents suivants sont à rendre le 24 octobre:
- « Gestion des stocks et des approvisionnements », A. Pellerin
- « Les marchés publics en Suisse », 3e éd.

Bibliothèque de Chauderon
""",
        tz=S,
    ),
    m(
        "20298",
        "2025-10-26 09:30",
        "Dre Anne Monnier <rdv@medchailly.ch>",
        "Annulation de votre rendez-vous",
        FR,
        text="""Madame Favre,

En raison de l'absence de la Dre Monnier, nous devons annuler votre rendez-vous du lundi 27 octobre à 8h15. Notre secrétariat vous recontactera pour fixer une nouvelle date.
""",
        ics={
            "style": "outlook",
            "method": "CANCEL",
            "start": "2025-10-27 08:15:00 +0100",
            "minutes": 20,
            "organizer": ("Cabinet médical de Chailly", "rdv@medchailly.ch"),
            "uid": "rdv-7781920@medchailly.ch",
            "summary": "Rendez-vous Dre Monnier",
        },
        tz=W,
    ),
    m(
        "20299",
        "2025-11-03 09:12",
        "Cabinet médical de Chailly <rdv@medchailly.ch>",
        "Nouveau rendez-vous - Dre Monnier",
        FR,
        text="""Madame Favre,

Votre nouveau rendez-vous: mercredi 12 novembre 2025 à 17h40 avec la Dre Monnier.
""",
        ics={
            "style": "outlook",
            "start": "2025-11-12 17:40:00 +0100",
            "minutes": 20,
            "organizer": ("Cabinet médical de Chailly", "rdv@medchailly.ch"),
            "uid": "rdv-7790114@medchailly.ch",
            "summary": "Rendez-vous Dre Monnier",
            "location": "Av. de Chailly 41, 1012 Lausanne",
        },
        tz=W,
    ),
    m(
        "20300",
        "2025-11-13 16:00",
        "Laboratoire Dr Risch <resultats@risch.ch>",
        "Vos résultats d'analyse sont disponibles",
        FR,
        text="""Madame,

Vos résultats d'analyse du 12.11.2025 ont été transmis à votre médecin et sont consultables sur le portail patient.
""",
        tz=W,
    ),
    m(
        "20301",
        "2025-11-19 19:40",
        "Léa Bertholet <lea.bertholet@hotmail.com>",
        "Conseil entretien ?",
        FR,
        text="""Hello Noémie,

Petite question perso: j'ai un entretien chez mon propre employeur pour une promotion interne la semaine prochaine, tu as des conseils? Toi qui en as passé plein cette année :)

Léa
""",
        tz=W,
    ),
    m(
        "20302",
        "2025-11-20 08:15",
        "Léa Bertholet <lea.bertholet@hotmail.com>",
        "Re: Conseil entretien ?",
        FR,
        text="""Merci pour tes conseils, c'est super utile! Je te raconte.

> Prépare 3 exemples concrets avec des chiffres, et pose des questions sur l'équipe...
""",
        headers=reply("20301", "lea.bertholet@hotmail.com"),
        tz=W,
    ),
    m(
        "20303",
        "2025-11-22 10:00",
        "Vinted <no-reply@vinted.ch>",
        "Ton article a été vendu !",
        FR,
        text="""Félicitations! Ton article « Manteau laine camel T38 » a été vendu pour CHF 60.00. Envoie-le dans les 5 jours.
""",
        tz=W,
    ),
    m(
        "20304",
        "2025-11-27 07:30",
        "Serafe AG <info@serafe.ch>",
        "Facture redevance radio-télévision 2026",
        FR,
        text="""Madame,

Suite à votre changement d'adresse, votre facture de redevance 2026 (CHF 335.-) est envoyée à votre nouvelle adresse.
""",
        tz=W,
    ),
    m(
        "20305",
        "2025-12-02 12:00",
        "Swiss Life <info@swisslife.ch>",
        "Webinaire: prévoyance 3e pilier avant le 31 décembre",
        FR,
        text="""Madame Favre,

Participez à notre webinaire gratuit « 3e pilier: optimiser ses impôts avant la fin de l'année », jeudi 11 décembre à 12h30.

Inscription en un clic.
""",
        tz=W,
    ),
    m(
        "20306",
        "2025-12-11 11:00",
        "Caisse de chômage Unia <caisse-chomage@unia.ch>",
        "Décompte d'indemnités novembre 2025",
        FR,
        text="""Madame,

Votre décompte d'indemnités de chômage pour novembre 2025 est disponible sur job-room / votre espace assuré. Versement le 12 décembre.
""",
        tz=W,
    ),
    m(
        "20307",
        "2025-12-14 09:00",
        "ORP Lausanne <orp.lausanne@vd.ch>",
        "Convocation à un entretien de conseil",
        FR,
        text="""Madame,

Vous êtes convoquée à un entretien de conseil avec votre conseillère ORP, Mme Karine Blanc, le jeudi 8 janvier 2026 à 10h30, Place Chauderon 7.

Merci d'apporter la liste de vos recherches d'emploi de décembre.

Office régional de placement de Lausanne
""",
        tz=W,
    ),
    m(
        "20308",
        "2025-12-19 17:00",
        "Galaxus <info@galaxus.ch>",
        "Ta commande est arrivée au point de retrait",
        FR,
        text="""Ta commande 131220904 t'attend au point de retrait Migros Chailly jusqu'au 29.12.
""",
        tz=W,
    ),
    m(
        "20309",
        "2025-12-24 09:00",
        "Chloé Rochat <chloe.rochat@gmail.com>",
        "Joyeux Noël !",
        FR,
        text="""Joyeux Noël ma belle! Profite bien d'Annecy. 2026 sera ton année, j'en suis sûre.

Chloé
""",
        tz=W,
    ),
    m(
        "20310",
        "2026-01-06 08:00",
        "Banque Cantonale Lémanique <noreply@bcl-leman.ch>",
        "Nouveau document dans votre e-banking",
        FR,
        text="""Un nouveau document est disponible dans votre e-banking: Attestation fiscale 2025.
""",
        tz=W,
    ),
    m(
        "20311",
        "2026-01-08 14:30",
        "ORP Lausanne <orp.lausanne@vd.ch>",
        "Procès-verbal de l'entretien du 8 janvier",
        FR,
        text="""Madame,

Vous trouverez ci-joint le procès-verbal de notre entretien de ce jour. Objectifs: 10 recherches d'emploi par mois, participation à l'atelier « Valoriser son dossier de candidature » le 19 janvier.

Karine Blanc
Conseillère ORP
""",
        attach=[("PV_entretien_20260108.pdf", "application/pdf", "%PDF-1.4 pv")],
        tz=W,
    ),
    m(
        "20312",
        "2026-01-12 16:45",
        "Fnac Suisse <noreply@fnac.ch>",
        "Soldes d'hiver: offres jusqu'à -50 %",
        FR,
        html="""<html><body><p>Les soldes continuent: jusqu'à -50 % sur une sélection high-tech et livres.</p></body></html>""",
        tz=W,
    ),
    m(
        "20313",
        "2026-01-16 19:20",
        "Marco Bianchi <marco.bianchi@gmx.ch>",
        "Fondue vendredi",
        FR,
        text="""Fondue chez moi vendredi 30? J'ai du moitié-moitié de Gruyère. Dis-moi si tu viens.

Marco
""",
        tz=W,
    ),
    m(
        "20314",
        "2026-01-22 12:00",
        "ORP Lausanne <orp.lausanne@vd.ch>",
        "Annonce de fin de chômage",
        FR,
        text="""Madame,

Nous avons pris note de votre engagement auprès du CHUV au 2 mars 2026 et vous en félicitons. Votre dossier sera clôturé à cette date. Merci de remettre le formulaire « Indications de la personne assurée » de février.

ORP Lausanne
""",
        tz=W,
    ),
    m(
        "20315",
        "2026-01-28 10:00",
        "Mutuelle Helvétique Assurances <info@groupe-mha.ch>",
        "Votre attestation d'assurance 2026",
        FR,
        text="""Madame,

Votre attestation d'assurance ménage et RC privée pour 2026 est disponible dans votre espace client MyMHA.
""",
        tz=W,
    ),
    m(
        "20316",
        "2026-02-01 09:00",
        "Strava <no-reply@strava.com>",
        "January recap: 18 activities",
        EN,
        text="""You logged 18 activities in January, 142 km in total. Keep it up, Noémie!
""",
        tz=W,
    ),
    m(
        "20317",
        "2026-02-03 15:30",
        "UBS Switzerland <noreply@ubs.com>",
        "Ihre Hypothekaranfrage",
        DE,
        text="""Guten Tag Frau Favre

Vielen Dank für Ihre Anfrage über unseren Hypothekenrechner. Gerne bespricht eine Beraterin mit Ihnen Ihre Finanzierungsmöglichkeiten. Vereinbaren Sie einen Termin online.

Freundliche Grüsse
UBS Switzerland AG
""",
        tz=W,
    ),
    m(
        "20318",
        "2026-02-11 19:00",
        "Léa Bertholet <lea.bertholet@hotmail.com>",
        "Promotion !",
        FR,
        text="""J'ai eu la promotion!!! Merci pour tes conseils. On fête nos nouveaux postes ensemble?

Léa
""",
        tz=W,
    ),
    m(
        "20319",
        "2026-02-18 08:40",
        "La Poste <noreply@post.ch>",
        "Avis de retrait: envoi recommandé",
        FR,
        text="""Un envoi recommandé (98.34.112233.44556677) vous attend à l'office de poste Lausanne 10 Chailly jusqu'au 25.02.2026.
""",
        tz=W,
    ),
    m(
        "20320",
        "2026-02-20 11:15",
        "Mobility <info@mobility.ch>",
        "Votre réservation: VW Golf, Lausanne-Chailly",
        FR,
        text="""Réservation confirmée: samedi 21.02.2026 07:00 - dimanche 22.02.2026 20:00, VW Golf, emplacement Lausanne-Chailly.
""",
        tz=W,
    ),
    m(
        "20321",
        "2025-09-27 12:00",
        "Booking.com <noreply@booking.com>",
        "Votre réservation à Bruxelles est confirmée",
        FR,
        text="""Merci Noémie! Votre réservation à l'Hôtel Mont des Arts, Bruxelles, est confirmée.
Arrivée: jeudi 19 novembre 2025 - Départ: vendredi 20 novembre 2025
""",
        tz=S,
    ),
    m(
        "20322",
        "2025-11-21 08:00",
        "Booking.com <noreply@booking.com>",
        "Comment s'est passé votre séjour à Bruxelles ?",
        FR,
        text="""Donnez votre avis sur l'Hôtel Mont des Arts et aidez d'autres voyageurs.
""",
        tz=W,
    ),
    m(
        "20323",
        "2025-10-01 18:00",
        "Antoine Favre <antoine.favre@outlook.fr>",
        "Candidature de Louise à la crèche",
        FR,
        text="""Salut soeurette,

Tu pourrais relire la lettre pour le dossier de candidature de Louise à la crèche des Marmots? Ils demandent une « lettre de motivation des parents », c'est n'importe quoi mais bon.

Antoine
""",
        tz=S,
    ),
    m(
        "20324",
        "2025-10-02 07:50",
        "Antoine Favre <antoine.favre@outlook.fr>",
        "Re: Candidature de Louise à la crèche",
        FR,
        text="""Merci pour les corrections, c'est envoyé!

> J'ai juste reformulé le 2e paragraphe, sinon c'est très bien.
""",
        headers=reply("20323", "antoine.favre@outlook.fr"),
        tz=S,
    ),
    m(
        "20325",
        "2025-12-29 10:00",
        "Spotify <no-reply@spotify.com>",
        "Your 2025 Wrapped is here",
        EN,
        html="""<html><body><p>You listened to 21,482 minutes this year. Your top artist: Pomme.</p></body></html>""",
        tz=W,
    ),
]

MAIL += [
    m(
        "20326",
        "2025-09-09 12:30",
        "Université de Lausanne - Admissions <admission@unil-formation.ch>",
        "Accusé de réception de votre demande d'admission",
        FR,
        text="""Madame,

Nous accusons réception de votre demande d'admission au cours public « Économie circulaire et chaînes d'approvisionnement » (semestre d'automne, auditeur libre). Votre dossier est complet.

Service des immatriculations et inscriptions
""",
        tz=S,
    ),
    m(
        "20327",
        "2025-09-15 10:00",
        "Université de Lausanne - Admissions <admission@unil-formation.ch>",
        "Décision d'admission",
        FR,
        text="""Madame,

Nous avons le plaisir de vous informer que vous êtes admise en qualité d'auditrice au cours « Économie circulaire et chaînes d'approvisionnement ». Taxe: CHF 150.-.
""",
        tz=S,
    ),
    m(
        "20328",
        "2025-10-04 09:00",
        "Jardins familiaux de Lausanne <jardins@lausanne.ch>",
        "Votre demande de parcelle - liste d'attente",
        FR,
        text="""Madame,

Votre candidature pour une parcelle aux jardins familiaux de Vidy a bien été enregistrée. Vous êtes en 23e position sur la liste d'attente. Le délai d'attente moyen est de deux ans.

Service des parcs et domaines
""",
        tz=S,
    ),
    m(
        "20329",
        "2025-10-21 19:30",
        "Choeur Arpège <info@choeur-arpege.ch>",
        "Recherche de soprano - audition",
        FR,
        text="""Chers choristes,

Nous recrutons deux sopranos pour la saison! Si vous connaissez quelqu'un, les auditions ont lieu le 4 novembre à 19h. Merci de transmettre.

Le comité
""",
        tz=S,
    ),
    m(
        "20330",
        "2025-11-10 06:30",
        "MeteoSwiss <noreply@meteoswiss.ch>",
        "Avertissement de vent - degré 2",
        FR,
        text="""Avertissement de vent degré 2 pour la région Lausanne - Léman, lundi 10.11.2025 de 14h à 22h. Rafales jusqu'à 80 km/h.
""",
        tz=W,
    ),
    m(
        "20331",
        "2025-11-29 10:10",
        "Thibault Delannoy <thibault.delannoy@gmail.com>",
        "Des nouvelles du Nord",
        FR,
        text="""Salut Noémie,

Pas pour le poste cette fois, promis :) Je t'écris parce que je lance un petit groupe d'échange entre responsables appro de coopératives alimentaires, en visio une fois par mois. Ça te dirait d'y participer en invitée, avec ton regard suisse?

Thibault
""",
        tz=W,
    ),
    m(
        "20332",
        "2025-12-06 08:00",
        "Décathlon Suisse <news@decathlon.ch>",
        "Offre Saint-Nicolas : -20 % sur le running",
        FR,
        html="""<html><body><p>Ce week-end seulement: -20 % sur toutes les chaussures de running.</p></body></html>""",
        tz=W,
    ),
    m(
        "20333",
        "2025-12-17 14:00",
        "Post CH Communication <noreply@post.ch>",
        "Vos envois de Noël: derniers délais",
        FR,
        text="""Pour que vos cadeaux arrivent à temps: envois PostPac Priority jusqu'au 22 décembre, lettres A jusqu'au 23 décembre.
""",
        tz=W,
    ),
    m(
        "20334",
        "2026-01-03 15:40",
        "Papa <gerard.favre@wanadoo.fr>",
        "Photos de Noël",
        FR,
        text="""Voici les photos du réveillon. Ta mère trouve qu'elle a les yeux fermés sur toutes, donc ne les montre à personne.

Papa
""",
        attach=[("reveillon.jpg", "image/jpeg", "JPEGDATA")],
        tz=W,
    ),
    m(
        "20335",
        "2026-01-10 11:30",
        "Raphaëlle Jordan <raphaelle.jordan@gmail.com>",
        "Assemblée générale des Foulées",
        FR,
        text="""Salut Noémie,

L'AG est le 30 janvier. Tu acceptes de présenter les comptes comme l'an dernier? Tu es la seule qui aime les tableaux Excel :)

Raph
""",
        tz=W,
    ),
    m(
        "20336",
        "2026-01-10 14:05",
        "Raphaëlle Jordan <raphaelle.jordan@gmail.com>",
        "Re: Assemblée générale des Foulées",
        FR,
        text="""Merci!! Tu es la meilleure. Je t'envoie les relevés de la caisse ce soir.

> Ok pour moi, envoie-moi les relevés.
""",
        headers=reply("20335", "raphaelle.jordan@gmail.com"),
        tz=W,
    ),
    m(
        "20337",
        "2026-01-24 09:00",
        "Ticketcorner <noreply@ticketcorner.ch>",
        "C'est ce soir: Bastian Baker",
        FR,
        text="""Vos billets pour ce soir sont dans l'app. Ouverture des portes 19h00, Métropole Lausanne.
""",
        tz=W,
    ),
    m(
        "20338",
        "2026-01-30 18:00",
        "Marco Bianchi <marco.bianchi@gmx.ch>",
        "Re: Fondue vendredi",
        FR,
        text="""Parfait, à ce soir 19h30. Apporte du pain si tu passes devant la boulangerie.

Marco
""",
        headers=reply("20313", "marco.bianchi@gmx.ch"),
        tz=W,
    ),
    m(
        "20339",
        "2026-02-13 12:00",
        "Assura-Santé <service@assura-sante.ch>",
        "Votre décompte de prestations",
        FR,
        text="""Madame,

Un nouveau décompte de prestations (laboratoire, 12.11.2025) est disponible dans votre espace client. Participation à votre charge: CHF 48.30.
""",
        tz=W,
    ),
    m(
        "20340",
        "2026-02-24 08:15",
        "Banque Cantonale Lémanique <noreply@bcl-leman.ch>",
        "Changement d'employeur: pensez à mettre à jour vos coordonnées",
        FR,
        text="""Madame Favre,

Un nouvel employeur? Pensez à nous communiquer vos nouvelles coordonnées professionnelles et découvrez notre offre « Jeunes actifs » pour votre nouveau départ.

Banque Cantonale Lémanique
""",
        tz=W,
    ),
    m(
        "20341",
        "2025-10-17 13:00",
        "Le Forem <newsletter@leforem.be>",
        "Newsletter: les métiers en pénurie en Wallonie",
        FR,
        html="""<html><body><p>La liste 2025 des métiers en pénurie est publiée: acheteurs, logisticiens et magasiniers y figurent. Découvrez aussi nos formations gratuites.</p><p>Se désinscrire</p></body></html>""",
        tz=S,
    ),
    m(
        "20342",
        "2025-11-30 20:00",
        "Duolingo <hello@duolingo.com>",
        "Tu as perdu ta série de 42 jours",
        FR,
        text="""Oh non! Ta série de néerlandais s'est arrêtée. Fais une leçon aujourd'hui pour en recommencer une.
""",
        tz=W,
    ),
    m(
        "20343",
        "2026-02-21 19:00",
        "Maman <christine.favre74@orange.fr>",
        "Ton premier jour",
        FR,
        text="""Coucou ma chérie, tu es prête pour le 2 mars? Tu as trouvé comment t'habiller? Envoie-nous un message le soir pour raconter!

Maman
""",
        tz=W,
    ),
]

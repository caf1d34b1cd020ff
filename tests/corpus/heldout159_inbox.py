# ruff: noqa: E501, RUF100
"""Corpus 159, the ordinary inbox (data only): see heldout159.py.

Housing, money, shopping, courses, newsletters and look-alikes: a flat "dossier de candidature",
a leasing and a credit-card "demande", an exam "candidature", marketing "offres" and "actions"
(from the retailer she also applies to), webinars with calendar parts."""

from __future__ import annotations

from typing import Any

from heldout159_jobs import N, ics, m

FR, EN = N("fr"), N("en")
CHAPPUIS = "Régie Chappuis & Fils SA <location@chappuis-regie.example>"
PILET = "Gérance Pilet & Renaud SA <gerance@pilet-renaud.example>"
LEASING = "AutoLeasing Léman <service@autoleasing-leman.example>"
CARTE = "Carte Léman Visa <service@carteleman.example>"
PROFIN = "ProFinance Formation <secretariat@profinance-formation.example>"
IRFF = "IRFF – Institut romand de formation en finance <examens@irff.example>"
VALMI_NEWS = "Valmi <newsletter@news.valmi.example>"
PRIXBAS = "Prixbas <info@prixbas.example>"
GFR = "Gestion & Finance Romandie <lettre@gfr-romandie.example>"
CER = "Caisse d'Épargne Riviera <noreply@cer.example>"
ALPINA = "Caisse-maladie Alpina <service@alpina-sante.example>"
LEMANET = "Lémanet <facturation@lemanet.example>"
DIGISHOP = "Digishop <service@digishop.example>"
ANNONCES = "petitesannonces.ch <notifications@petitesannonces.example>"
ALPAIR = "Alpair <booking@alpair.example>"
LAUSANNE = "Ville de Lausanne – Lausanne en bref <newsletter@lausanne.example>"
MATINALE = "La Matinale Éco <newsletter@matinale-eco.example>"
TUNELY = "Tunely <no-reply@tunely.example>"
LI_NOTIF = "LinkedIn <notifications-noreply@linkedin.com>"

UNSUB = "List-Unsubscribe"

MAIL: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ flat 1: Régie Chappuis (refused)
    m(
        "a9k2",
        "2025-09-18 16:22",
        CHAPPUIS,
        "Votre dossier de candidature – Ch. de Bellerive 12, 3,5 pièces",
        FR,
        """Madame,

Nous accusons réception de votre dossier de candidature pour l'appartement de 3,5 pièces au
2e étage du Chemin de Bellerive 12 à Lausanne (loyer mensuel CHF 2'140.– + charges CHF 220.–).

Afin que votre dossier soit complet, merci de nous faire parvenir encore :
 - un extrait du registre des poursuites de moins de 3 mois (pour chaque titulaire) ;
 - les trois dernières fiches de salaire ;
 - une copie de votre permis de séjour ou pièce d'identité.

Les dossiers incomplets ne pourront pas être soumis au bailleur.

Meilleures salutations

Service location
Régie Chappuis & Fils SA – Av. de la Gare 28 – 1003 Lausanne
""",
    ),
    m(
        "b2l5",
        "2025-09-19 11:05",
        "Tinguely Aurélie <a.tinguely@chappuis-regie.example>",
        "Visite – Ch. de Bellerive 12 – jeudi 25 septembre 18h00",
        FR,
        """Bonjour Madame,

Je vous confirme la visite de l'appartement du Chemin de Bellerive 12 le jeudi 25 septembre à
18h00. Rendez-vous devant l'entrée ; la visite est collective et dure environ 20 minutes.

Meilleures salutations,
Aurélie Tinguely
Gérante technique – Régie Chappuis & Fils SA
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000F0C1B9D2A02ADC01000000000000000010000000",
            "2025-09-25 18:00",
            "Visite Bellerive 12 – 3,5 pces",
            ("Tinguely Aurélie", "a.tinguely@chappuis-regie.example"),
            minutes=30,
            style="outlook",
            location="Chemin de Bellerive 12, 1007 Lausanne",
        ),
    ),
    m(
        "c5m8",
        "2025-10-02 14:48",
        CHAPPUIS,
        "Votre dossier de candidature",
        FR,
        """Madame, Monsieur,

Nous vous remercions de l'intérêt porté à l'appartement du Chemin de Bellerive 12 et du dossier
que vous nous avez transmis.

Nous avons reçu un grand nombre de candidatures pour cet objet. Après examen, le bailleur a
porté son choix sur un autre dossier. Nous ne sommes dès lors pas en mesure de donner une suite
favorable à votre demande.

Votre dossier sera détruit dans un délai de 30 jours. Nous vous invitons à consulter nos autres
objets sur www.chappuis-regie.example.

Meilleures salutations

Service location
Régie Chappuis & Fils SA
""",
    ),
    # ------------------------------------------------------------------ flat 2: Gérance Pilet & Renaud (accepted)
    m(
        "d8n1",
        "2025-10-27 09:30",
        PILET,
        "Demande de location – Rue de la Borde 31 – accusé de réception",
        FR,
        """Madame Favre-Rochat, Monsieur Marendaz,

Nous accusons réception de votre formulaire de demande de location pour l'appartement de
4 pièces, 3e étage, Rue de la Borde 31, 1018 Lausanne, libre dès le 1er février 2026.

Votre dossier est complet et sera présenté au propriétaire avec les autres candidatures. Nous
vous communiquerons sa décision dans les meilleurs délais.

Meilleures salutations,
Gérance Pilet & Renaud SA
Service location
""",
    ),
    m(
        "e1p4",
        "2025-11-12 15:12",
        "Bovay Jérôme <j.bovay@pilet-renaud.example>",
        "Attribution de l'appartement – Rue de la Borde 31",
        FR,
        """Madame, Monsieur,

Nous avons le plaisir de vous informer que votre candidature pour l'appartement de 4 pièces de
la Rue de la Borde 31 a été retenue par le propriétaire.

Vous recevrez prochainement le bail à loyer pour signature électronique. La garantie de loyer
(3 mois de loyer net, soit CHF 6'630.–) devra être constituée avant la remise des clés, prévue
le 31 janvier 2026.

Nous vous félicitons et restons à votre disposition.

Meilleures salutations,

Jérôme Bovay
Gérant d'immeubles
Gérance Pilet & Renaud SA – Rue Centrale 5 – 1003 Lausanne
""",
        cc="Julien Marendaz <julien.marendaz@gmail.com>",
    ),
    m(
        "f4q7",
        "2025-11-14 10:01",
        "Jérôme Bovay via Docusign <dse@eumail.docusign.net>",
        "Veuillez signer : Bail à loyer – Rue de la Borde 31, Lausanne",
        FR,
        """Jérôme Bovay vous a envoyé un document à examiner et à signer.

EXAMINER LE DOCUMENT
https://eu.docusign.net/Signing/EmailStart.aspx?a=2f8d77e1-0b9c-4a7e-8d21-c6a1e44f3b20&acct=7c1e&er=41aa

Jérôme Bovay
j.bovay@pilet-renaud.example

Madame, Monsieur, veuillez trouver le bail à loyer et les conditions générales pour signature.
Les deux locataires doivent signer.

Ne partagez pas cet e-mail
Cet e-mail contient un lien sécurisé vers Docusign. Veuillez ne pas partager cet e-mail, ce
lien ou le code d'accès avec d'autres personnes.

À propos de Docusign
Signez des documents électroniquement en quelques minutes seulement. C'est sûr et sécurisé.
""",
    ),
    m(
        "g7r0",
        "2025-11-15 21:40",
        "Docusign <dse@eumail.docusign.net>",
        "Complété : Bail à loyer – Rue de la Borde 31, Lausanne",
        FR,
        """Tous les signataires ont complété Bail à loyer – Rue de la Borde 31, Lausanne.

AFFICHER LE DOCUMENT COMPLÉTÉ
https://eu.docusign.net/Member/EmailStart.aspx?a=9a3c5b20-7f1e-4d88-b6a2-1e0d3c9f7a54&r=3

À propos de Docusign
Signez des documents électroniquement en quelques minutes seulement.
""",
    ),
    m(
        "h0s3",
        "2025-12-22 08:45",
        "Bovay Jérôme <j.bovay@pilet-renaud.example>",
        "État des lieux d'entrée et remise des clés – Rue de la Borde 31",
        FR,
        """Madame, Monsieur,

L'état des lieux d'entrée et la remise des clés auront lieu le samedi 31 janvier 2026 à 9h00
sur place. Merci de vous munir de l'attestation de garantie de loyer.

Pour l'annonce de votre arrivée au Contrôle des habitants, la copie du bail suffit.

Belles fêtes,
Jérôme Bovay
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A7C31E57D872DC01000000000000000010000000",
            "2026-01-31 09:00",
            "État des lieux d'entrée – Borde 31, 3e",
            ("Bovay Jérôme", "j.bovay@pilet-renaud.example"),
            minutes=90,
            style="outlook",
            location="Rue de la Borde 31, 1018 Lausanne",
            attendees=[("Julien Marendaz", "julien.marendaz@gmail.com")],
        ),
    ),
    # ------------------------------------------------------------------ leasing (refused), private credit
    m(
        "i3t6",
        "2025-10-16 13:17",
        LEASING,
        "Votre demande de leasing n° L-2025-88412",
        FR,
        """Madame Favre-Rochat,

Nous vous remercions pour votre demande de leasing concernant le véhicule suivant :
  Škoda Fabia Combi 1.0 TSI, prix catalogue CHF 24'300.–, durée 48 mois, 10'000 km/an

Votre demande est en cours d'examen. Conformément à la loi sur le crédit à la consommation
(LCC), nous procédons à un examen de votre capacité de crédit et consultons la Centrale
d'information de crédit (ZEK) et le centre de renseignements IKO.

Nous vous communiquerons notre décision sous 2 à 3 jours ouvrables.

Meilleures salutations
AutoLeasing Léman SA
""",
    ),
    m(
        "j6u9",
        "2025-10-21 10:05",
        LEASING,
        "Votre demande de leasing – décision",
        FR,
        """Madame Favre-Rochat,

Nous avons examiné avec attention votre demande de leasing n° L-2025-88412.

Au vu des informations fournies, en particulier la résiliation de vos rapports de travail au
31 décembre 2025, nous ne sommes malheureusement pas en mesure de donner une suite favorable à
votre demande pour le moment. Nous serons heureux d'étudier une nouvelle demande dès que vous
pourrez nous présenter un contrat de travail en cours.

Meilleures salutations
AutoLeasing Léman SA – Service crédit

L'octroi d'un crédit est interdit s'il occasionne un surendettement (art. 3 LCD).
""",
    ),
    m(
        "k9v2",
        "2025-11-05 18:30",
        "CrédiPlus <offres@crediplus.example>",
        "Noémie, votre offre de crédit privé dès 5,9 %",
        FR,
        html="""<html><body style="font-family:Arial;background:#eef3f7">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<h2 style="color:#00508f">Votre projet mérite un coup de pouce</h2>
<p>Chère Noémie,</p>
<p>Déménagement, voiture, travaux ? Profitez de notre <b>offre spéciale de fin d'année</b> : un crédit privé de CHF 5'000.– à 80'000.– dès <b>5,9 %</b> de taux annuel effectif.</p>
<p><a href="https://www.crediplus.example/demande?utm_campaign=nov25&amp;utm_medium=email">Faire ma demande en 5 minutes</a></p>
<p style="font-size:10px;color:#777">Exemple de calcul : crédit de CHF 10'000.–, taux annuel effectif de 5,9 % à 9,95 %, durée 12 mois, coûts totaux de CHF 305.– à CHF 514.–. L'octroi d'un crédit est interdit s'il occasionne un surendettement (art. 3 LCD).<br>
<a href="https://www.crediplus.example/desabonnement">Se désabonner</a></p>
</td></tr></table></body></html>""",
        headers={UNSUB: "<https://www.crediplus.example/desabonnement>"},
    ),
    # ------------------------------------------------------------------ credit card
    m(
        "l2w5",
        "2026-01-22 19:02",
        CARTE,
        "Votre demande de carte de crédit a bien été reçue",
        FR,
        """Bonjour Madame Favre-Rochat,

Merci pour votre demande de carte Visa Léman Gold. Nous l'avons bien reçue et l'examinons.

Pour accélérer le traitement, merci de télécharger une copie de votre contrat de travail ou de
vos deux dernières fiches de salaire dans votre espace client.

Votre équipe Carte Léman
""",
    ),
    m(
        "m5x8",
        "2026-01-29 08:14",
        CARTE,
        "Bonne nouvelle : votre demande est acceptée",
        FR,
        """Bonjour Madame Favre-Rochat,

Nous avons le plaisir de vous informer que votre demande de carte Visa Léman Gold a été
acceptée. Votre limite de crédit est de CHF 8'000.–.

Votre carte vous parviendra par courrier dans les 7 à 10 jours ouvrables, le code PIN
séparément. Activez-la ensuite dans l'app Carte Léman.

Avec nos meilleures salutations
Votre équipe Carte Léman
""",
    ),
    m(
        "n8y1",
        "2026-02-20 06:00",
        CARTE,
        "Votre relevé mensuel est disponible",
        FR,
        """Bonjour,

Votre relevé du mois de février 2026 est disponible dans l'app Carte Léman.

Montant dû : CHF 412.35 – échéance : 15.03.2026

Votre équipe Carte Léman
""",
    ),
    # ------------------------------------------------------------------ evening course, federal exam
    m(
        "o1z4",
        "2025-09-05 15:40",
        PROFIN,
        "Confirmation d'inscription – Power BI pour contrôleurs de gestion",
        FR,
        """Madame Favre-Rochat,

Nous avons le plaisir de confirmer votre inscription au cours du soir

  Power BI pour contrôleurs de gestion (niveau 2)
  8 mardis, du 7 octobre au 25 novembre 2025, 18h15 – 21h15
  ProFinance Formation, Av. de Cour 33, Lausanne

Finance d'inscription : CHF 1'480.– (facture ci-jointe, payable avant le début du cours).
Merci de vous munir de votre ordinateur portable avec Power BI Desktop installé.

Au plaisir de vous accueillir,
Le secrétariat
""",
        attach=[("Facture_PF-25-3312.pdf", "application/pdf", "%PDF-1.4\n% facture\n%%EOF\n")],
    ),
    m(
        "p4a7",
        "2025-09-30 10:00",
        PROFIN,
        "Convocation – 1er cours mardi 7 octobre, 18h15",
        FR,
        """Madame,

Le premier cours « Power BI pour contrôleurs de gestion » aura lieu le mardi 7 octobre à 18h15
en salle 4 (2e étage). Votre formatrice, Mme Karin Vuille, vous enverra les fichiers d'exercice
la veille.

Le secrétariat
""",
        ics=ics(
            "pf-25-3312-01@profinance-formation.example",
            "2025-10-07 18:15",
            "Cours Power BI – séance 1",
            ("ProFinance Formation", "secretariat@profinance-formation.example"),
            minutes=180,
            location="Av. de Cour 33, Lausanne – salle 4",
        ),
    ),
    m(
        "q7b0",
        "2025-12-17 11:30",
        PROFIN,
        "Votre attestation de participation",
        FR,
        """Madame,

Vous trouverez ci-joint votre attestation de participation au cours « Power BI pour contrôleurs
de gestion (niveau 2) ». Nous vous félicitons pour la réussite du travail final.

Découvrez aussi notre programme 2026 : Excel VBA, IFRS pour PME, Leadership pour spécialistes
finance.

Le secrétariat – ProFinance Formation
""",
        attach=[
            ("Attestation_Favre-Rochat.pdf", "application/pdf", "%PDF-1.4\n% attestation\n%%EOF\n")
        ],
    ),
    m(
        "r0c3",
        "2025-10-09 09:20",
        IRFF,
        "Examen professionnel 2026 – votre candidature est acceptée",
        FR,
        """Madame Favre-Rochat,

La commission d'examen a le plaisir de vous informer que votre candidature à l'examen
professionnel de spécialiste en finance et comptabilité avec brevet fédéral (session 2026) a été
acceptée. Les conditions d'admission (pratique professionnelle, modules) sont remplies.

La taxe d'examen de CHF 2'650.– sera facturée en janvier 2026. Les convocations détaillées vous
parviendront six semaines avant l'examen.

Meilleures salutations
Commission d'examen – Secrétariat romand
IRFF – Institut romand de formation en finance
""",
    ),
    m(
        "s3d6",
        "2025-11-21 17:05",
        IRFF,
        "Résultats de l'examen blanc – module Contrôle de gestion",
        FR,
        """Bonjour Noémie,

Voici ton résultat à l'examen blanc du 15 novembre :

  Contrôle de gestion (calcul des coûts, budget, analyse d'écarts) : 5.0
  Moyenne de la classe : 4.4

Le corrigé commenté est disponible sur la plateforme. Bravo et bonne suite des révisions !

Ton équipe pédagogique IRFF
""",
    ),
    m(
        "t6e9",
        "2026-01-16 14:00",
        IRFF,
        "Convocation – examen intermédiaire du 7 février 2026",
        FR,
        """Madame,

Nous vous convoquons à l'examen intermédiaire (écrit, 4 heures) du samedi 7 février 2026 à
8h30, Aula des Cèdres, Lausanne. Présentez-vous 30 minutes à l'avance avec une pièce
d'identité et une calculatrice non programmable.

Secrétariat des examens – IRFF
""",
        ics=ics(
            "irff-2026-int-0412@irff.example",
            "2026-02-07 08:30",
            "Examen intermédiaire – Brevet fédéral finance et comptabilité",
            ("IRFF – Examens", "examens@irff.example"),
            minutes=240,
            location="Aula des Cèdres, Lausanne",
        ),
    ),
    # ------------------------------------------------------------------ Valmi (the supermarket), Prixbas
    m(
        "u9f2",
        "2025-09-08 06:00",
        VALMI_NEWS,
        "Actions de la semaine : -40 % sur les fruits d'automne",
        FR,
        html="""<html><body style="margin:0;font-family:Arial,sans-serif"><table width="620" align="center">
<tr><td style="background:#e2001a;color:#fff;padding:14px;font-size:22px"><b>Valmi</b> – Actions de la semaine</td></tr>
<tr><td style="padding:16px"><p>Du 9 au 15 septembre dans votre Valmi :</p>
<ul><li>Pommes Gala de Suisse, 2 kg : <b>3.90</b> au lieu de 6.50</li>
<li>Raisin Chasselas du Valais, 1 kg : <b>4.95</b> au lieu de 7.50</li>
<li>Tous les yogourts Valmi Bio : <b>-30 %</b></li></ul>
<p><a href="https://www.valmi.example/actions?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=kw37">Voir toutes les actions</a></p>
<p style="font-size:10px;color:#888">Fédération des coopératives Valmi, Lausanne. Vous recevez cette newsletter car vous êtes membre Valmi Plus. <a href="https://www.valmi.example/newsletter/desinscription">Se désinscrire</a></p></td></tr></table></body></html>""",
        headers={UNSUB: "<https://www.valmi.example/newsletter/desinscription>"},
    ),
    m(
        "v2g5",
        "2025-10-13 06:00",
        VALMI_NEWS,
        "Noémie, vos offres personnelles Valmi Plus sont là",
        FR,
        """Bonjour Noémie,

Vos 5 bons personnels de la semaine sont activés sur votre carte Valmi Plus :

  - 20x points sur tout l'assortiment Bio
  - CHF 5.– de réduction dès CHF 50.– d'achat dans votre Valmi de Chauderon
  - -25 % sur les capsules de café Valmi
  - 2 pour 1 sur les fromages à raclette
  - -15 % chez Valmi Brico+Loisirs

Valables jusqu'au 19 octobre. Voir mes offres : https://www.valmi.example/plus/offres

Votre équipe Valmi Plus

Se désinscrire : https://www.valmi.example/newsletter/desinscription
""",
        headers={UNSUB: "<https://www.valmi.example/newsletter/desinscription>"},
    ),
    m(
        "w5h8",
        "2025-11-24 06:00",
        VALMI_NEWS,
        "Black Week chez Valmi : jusqu'à -50 %",
        FR,
        html="""<html><body style="font-family:Arial,sans-serif"><table width="620" align="center">
<tr><td style="background:#111;color:#fff;padding:18px;font-size:26px">BLACK WEEK</td></tr>
<tr><td style="padding:16px"><p>Jusqu'à <b>-50 %</b> sur l'électroménager, les jouets et la mode chez Valmi et sur valmi.example.</p>
<p>Offre exclusive membres : livraison gratuite dès CHF 49.–</p>
<p><a href="https://www.valmi.example/black-week?utm_campaign=bw25">J'en profite</a></p>
<p style="font-size:10px;color:#888"><a href="https://www.valmi.example/newsletter/desinscription">Se désinscrire</a></p></td></tr></table></body></html>""",
        headers={UNSUB: "<https://www.valmi.example/newsletter/desinscription>"},
    ),
    m(
        "x8i1",
        "2025-12-15 06:00",
        VALMI_NEWS,
        "Vos actions de Noël 🎄",
        FR,
        """Chère Noémie,

Les fêtes approchent ! Cette semaine dans votre Valmi :

  Fondue moitié-moitié Valmi, 800 g : 13.90 au lieu de 17.80
  Champagne Brut, 75 cl : -30 %
  Bûches glacées : 2 pour 1

Et n'oubliez pas : les magasins sont ouverts le dimanche 21 décembre.

Joyeuses fêtes,
Votre Valmi
https://www.valmi.example/actions/noel
""",
        headers={UNSUB: "<https://www.valmi.example/newsletter/desinscription>"},
    ),
    m(
        "y1j4",
        "2026-02-02 06:00",
        VALMI_NEWS,
        "Les offres de février",
        FR,
        html="""<html><body style="font-family:Arial,sans-serif"><p style="background:#e2001a;color:#fff;padding:12px"><b>Valmi</b></p>
<p>Bonjour Noémie, découvrez nos offres de février : -20 % sur les agrumes, la Saint-Valentin gourmande et 10x points sur le rayon vaisselle.</p>
<p><a href="https://www.valmi.example/actions?utm_campaign=kw06">Voir les offres</a></p>
<p style="font-size:10px"><a href="https://www.valmi.example/newsletter/desinscription">Se désinscrire</a></p></body></html>""",
        headers={UNSUB: "<https://www.valmi.example/newsletter/desinscription>"},
    ),
    m(
        "z4k7",
        "2025-10-02 07:00",
        PRIXBAS,
        "Super offres de la semaine 🔥",
        FR,
        html="""<html><body style="font-family:Verdana"><h1 style="color:#c00">Prixbas</h1>
<p>Cette semaine seulement : lessive 5 l à 9.95, café en grains 1 kg à 8.50, vin rouge Gamay 6 × 75 cl à 29.90.</p>
<p><a href="https://www.prixbas.example/offres">Toutes les offres</a> – <a href="https://www.prixbas.example/unsubscribe">Désinscription</a></p></body></html>""",
        headers={UNSUB: "<https://www.prixbas.example/unsubscribe>"},
    ),
    m(
        "a7m0",
        "2026-01-08 07:00",
        PRIXBAS,
        "Soldes : offres exceptionnelles jusqu'à épuisement du stock",
        FR,
        html="""<html><body style="font-family:Verdana"><h1 style="color:#c00">Prixbas – Soldes</h1>
<p>Aspirateur sans fil à 89.–, linge de bain -50 %, duvet 4 saisons 160×210 à 79.–.</p>
<p><a href="https://www.prixbas.example/soldes">J'en profite</a> – <a href="https://www.prixbas.example/unsubscribe">Désinscription</a></p></body></html>""",
        headers={UNSUB: "<https://www.prixbas.example/unsubscribe>"},
    ),
    # ------------------------------------------------------------------ finance newsletters, webinar
    m(
        "b0n3",
        "2025-09-24 07:15",
        GFR,
        "Interview avec le CFO des Laiteries Broye-Jorat : « Le contrôleur doit aller sur le terrain »",
        FR,
        """Gestion & Finance Romandie – La lettre n° 214

L'INTERVIEW
Marc Jolliet, CFO des Laiteries Broye-Jorat : « Le contrôleur doit aller sur le terrain »
Inflation des coûts de l'énergie, prix du lait, franc fort : comment la coopérative a réinventé
son contrôle de gestion pour piloter ses marges produit par produit. Il raconte aussi comment il
recrute ses business partners : « Je cherche des gens qui savent parler à un chef d'atelier. »
Lire l'interview : https://www.gfr-romandie.example/lettre/214/interview-jolliet

EN BREF
- Loi sur la TVA : les nouveautés 2026 pour les PME
- Swiss GAAP RPC 2025 : ce qui change dans la présentation du tableau de flux
- Agenda : Journée romande du contrôle de gestion, 20 novembre, Lausanne

Vous recevez cette lettre en tant qu'abonnée. Se désabonner :
https://www.gfr-romandie.example/desabonnement?u=7741
""",
        headers={UNSUB: "<https://www.gfr-romandie.example/desabonnement?u=7741>"},
    ),
    m(
        "c3o6",
        "2025-11-12 07:15",
        GFR,
        "IFRS 18 : ce qui change (vraiment) pour la présentation du compte de résultat",
        FR,
        """Gestion & Finance Romandie – La lettre n° 221

DOSSIER
IFRS 18 remplace IAS 1 dès 2027 : nouvelles catégories du compte de résultat, indicateurs de
performance définis par la direction (MPM)... Par où commencer ?
https://www.gfr-romandie.example/lettre/221/ifrs-18

CARRIÈRE
Le salaire médian d'un contrôleur de gestion en Suisse romande a progressé de 2,1 % en 2025.

Se désabonner : https://www.gfr-romandie.example/desabonnement?u=7741
""",
        headers={UNSUB: "<https://www.gfr-romandie.example/desabonnement?u=7741>"},
    ),
    m(
        "d6p9",
        "2026-01-21 07:15",
        GFR,
        "Salaires 2026 dans la finance : les chiffres pour la Suisse romande",
        FR,
        """Gestion & Finance Romandie – La lettre n° 229

ÉTUDE
Salaires 2026 : contrôleurs, comptables, trésoriers, CFO – les fourchettes par taille
d'entreprise et par canton. Le marché se tend : les entreprises industrielles recrutent moins,
la santé et le secteur public un peu plus.
https://www.gfr-romandie.example/lettre/229/salaires-2026

Se désabonner : https://www.gfr-romandie.example/desabonnement?u=7741
""",
        headers={UNSUB: "<https://www.gfr-romandie.example/desabonnement?u=7741>"},
    ),
    m(
        "e9q2",
        "2025-11-13 12:05",
        "Audit Léman SA – Événements <events@auditleman.example>",
        "Confirmation d'inscription : Webinaire « Clôture annuelle 2025 »",
        FR,
        """Madame Favre-Rochat,

Merci pour votre inscription au webinaire

  « Clôture annuelle 2025 : les points d'attention pour les PME »
  Jeudi 20 novembre 2025, 12h00 – 13h00 (Microsoft Teams)

Intervenants : Stéphane Rapin, expert-réviseur agréé, et Céline Mottier, conseillère fiscale.

Rejoindre le webinaire : https://teams.microsoft.com/l/meetup-join/19%3ameeting_auditleman_cloture25
L'invitation pour votre agenda est jointe.

Audit Léman SA – Révision, conseil, fiscalité
""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000002C5D8A1F9B52DC01000000000000000010000000",
            "2025-11-20 12:00",
            "Webinaire – Clôture annuelle 2025",
            ("Audit Léman SA – Événements", "events@auditleman.example"),
            minutes=60,
            style="outlook",
            location="Microsoft Teams",
        ),
    ),
    m(
        "f2r5",
        "2025-10-28 06:30",
        MATINALE,
        "Emploi : l'industrie romande freine ses embauches",
        FR,
        """La Matinale Éco – mardi 28 octobre 2025

À LA UNE
Emploi : l'industrie romande freine ses embauches. Droits de douane américains, franc fort :
plusieurs PME de la Broye et du Nord vaudois annoncent des réductions d'effectifs. Le taux de
chômage vaudois remonte à 4,2 %.

AUSSI
- Immobilier : le taux de logements vacants à Lausanne reste sous 0,5 %
- BNS : statu quo attendu en décembre

Lire La Matinale Éco : https://www.matinale-eco.example/2025-10-28
Se désabonner : https://www.matinale-eco.example/compte/newsletters
""",
        headers={UNSUB: "<https://www.matinale-eco.example/compte/newsletters>"},
    ),
    m(
        "g5s8",
        "2026-01-07 06:30",
        MATINALE,
        "Interview – « Nous allons engager 200 personnes en Suisse romande en 2026 »",
        FR,
        """La Matinale Éco – mercredi 7 janvier 2026

L'INTERVIEW
Le directeur général d'un groupe de cliniques privées explique pourquoi il va engager 200
personnes, dont des soignants mais aussi des profils finance et informatique, malgré la
pression sur les tarifs.
https://www.matinale-eco.example/2026-01-07/interview

AUSSI
- Horlogerie : exportations en baisse de 6 % en 2025
- Retraites : ce que change la réforme du 2e pilier

Se désabonner : https://www.matinale-eco.example/compte/newsletters
""",
        headers={UNSUB: "<https://www.matinale-eco.example/compte/newsletters>"},
    ),
    # ------------------------------------------------------------------ bank, insurance, telecom, tax
    m(
        "h8t1",
        "2025-09-30 05:10",
        CER,
        "Nouveau document dans votre e-banking",
        FR,
        """Bonjour,

Un nouveau document est disponible dans votre e-banking : Relevé de compte privé – septembre
2025.

Pour des raisons de sécurité, nous ne vous envoyons jamais de lien de connexion par e-mail.
Connectez-vous via l'app CER Mobile ou www.cer.example.

Caisse d'Épargne Riviera
""",
    ),
    m(
        "i1u4",
        "2025-11-08 22:41",
        CER,
        "Votre code de vérification",
        FR,
        """Votre code de vérification CER e-banking : 482 913

Ce code est valable 5 minutes. Si vous n'êtes pas à l'origine de cette demande, contactez-nous
immédiatement au +41 21 925 00 00.
""",
    ),
    m(
        "j4v7",
        "2025-12-02 08:00",
        CER,
        "Prévoyance : votre offre 3e pilier de fin d'année",
        FR,
        html="""<html><body style="font-family:Arial"><p><b>Caisse d'Épargne Riviera</b></p>
<p>Chère cliente,</p>
<p>Il est encore temps de verser jusqu'à CHF 7'258.– sur votre compte de prévoyance 3a et de réduire vos impôts 2025. Offre exclusive : <b>frais de gestion offerts</b> la première année pour toute ouverture d'un compte 3a Fonds avant le 31 décembre.</p>
<p><a href="https://www.cer.example/3a?utm_campaign=fin2025">Ouvrir mon 3e pilier</a></p>
<p style="font-size:10px">Se désabonner des communications marketing : <a href="https://www.cer.example/preferences">préférences</a></p></body></html>""",
        headers={UNSUB: "<https://www.cer.example/preferences>"},
    ),
    m(
        "k7w0",
        "2026-01-05 05:10",
        CER,
        "Votre relevé fiscal 2025 est disponible",
        FR,
        """Bonjour,

Votre relevé fiscal 2025 est disponible dans votre e-banking, rubrique Documents. Il contient
toutes les informations utiles pour votre déclaration d'impôt.

Caisse d'Épargne Riviera
""",
    ),
    m(
        "l0x3",
        "2025-10-01 09:00",
        ALPINA,
        "Votre police d'assurance 2026",
        FR,
        """Chère assurée,

Votre nouvelle police d'assurance pour 2026 est disponible dans votre espace client myAlpina.

Assurance obligatoire des soins, modèle médecin de famille, franchise CHF 1'500.– :
prime mensuelle CHF 389.40 (2025 : CHF 362.10).

Vous pouvez changer de franchise ou de modèle d'assurance jusqu'au 30 novembre 2025.

Caisse-maladie Alpina – Service clientèle
""",
    ),
    m(
        "m3y6",
        "2025-11-18 14:22",
        ALPINA,
        "Nouveau décompte de prestations",
        FR,
        """Bonjour,

Un nouveau décompte de prestations est disponible dans myAlpina :
  Physiothérapie Sous-Gare, 4 séances – montant facturé CHF 412.80 – à votre charge CHF 412.80
  (franchise)

Caisse-maladie Alpina
""",
    ),
    m(
        "n6z9",
        "2025-09-10 04:30",
        LEMANET,
        "Votre facture de septembre 2025",
        FR,
        """Bonjour Noémie Favre-Rochat,

Votre facture Lémanet de septembre 2025 est disponible.
  Internet Fibre 1 Gbit/s + TV : CHF 69.00
  Mobile Léman Flex : CHF 29.00
  Total : CHF 98.00 – échéance : 30.09.2025 (eBill)

Votre équipe Lémanet
""",
    ),
    m(
        "o9a2",
        "2025-11-10 04:30",
        LEMANET,
        "Votre facture de novembre 2025",
        FR,
        """Bonjour Noémie Favre-Rochat,

Votre facture Lémanet de novembre 2025 est disponible.
  Total : CHF 103.40 (dont appels à l'étranger : CHF 5.40) – échéance : 30.11.2025 (eBill)

Déménagement en vue ? Annoncez votre nouvelle adresse en ligne au moins 4 semaines à l'avance :
https://www.lemanet.example/demenagement

Votre équipe Lémanet
""",
    ),
    m(
        "p2b5",
        "2026-01-10 04:30",
        LEMANET,
        "Votre facture de janvier 2026",
        FR,
        """Bonjour Noémie Favre-Rochat,

Votre facture Lémanet de janvier 2026 est disponible.
  Total : CHF 98.00 – échéance : 31.01.2026 (eBill)
  Frais de mise en service à la nouvelle adresse (Rue de la Borde 31) : offerts

Votre équipe Lémanet
""",
    ),
    m(
        "q5c8",
        "2026-02-16 10:00",
        "ACI – Administration cantonale des impôts <noreply-aci@vd.ch>",
        "Déclaration d'impôt 2025 : vos codes d'accès",
        FR,
        """Madame,

Votre déclaration d'impôt 2025 est disponible. Vous pouvez la remplir en ligne avec les codes
d'accès figurant sur la lettre qui vous a été adressée par la poste.

Délai de dépôt : 15 mars 2026. Une prolongation peut être demandée en ligne.

Administration cantonale des impôts
""",
    ),
    # ------------------------------------------------------------------ shopping, selling, moving, insurance offer
    m(
        "r8d1",
        "2025-10-19 20:14",
        DIGISHOP,
        "Confirmation de commande 1187-4431",
        FR,
        """Merci pour votre commande, Noémie !

N° de commande : 1187-4431
  1 × Écran 27" QHD Dell P2725H – CHF 219.00
  1 × Support d'ordinateur portable ajustable – CHF 34.90
  Livraison : gratuite
  Total : CHF 253.90 (TVA 8,1 % incluse)

Livraison estimée : mardi 21 octobre

Digishop AG – Service client
""",
    ),
    m(
        "s1e4",
        "2025-10-21 07:02",
        DIGISHOP,
        "Votre colis est en route",
        FR,
        """Bonjour Noémie,

Bonne nouvelle : votre commande 1187-4431 est en route. Numéro d'envoi : 99.60.123456.78901234
Suivre mon colis : https://www.digishop.example/suivi/1187-4431

Digishop
""",
    ),
    m(
        "t4f7",
        "2025-11-04 18:00",
        DIGISHOP,
        "Votre avis nous intéresse",
        FR,
        html="""<html><body style="font-family:Arial"><p>Bonjour Noémie,</p>
<p>Êtes-vous satisfaite de votre <b>Écran 27" QHD Dell P2725H</b> ? Donnez votre avis et aidez d'autres clients à faire le bon choix.</p>
<p>★★★★★ <a href="https://www.digishop.example/avis?o=1187-4431">Évaluer le produit</a></p>
<p style="font-size:10px"><a href="https://www.digishop.example/newsletter/off">Se désabonner</a></p></body></html>""",
    ),
    m(
        "u7g0",
        "2025-11-26 09:00",
        "Running Store Lausanne <news@runningstore-lausanne.example>",
        "Black Friday : -30 % sur toutes les chaussures de trail",
        FR,
        html="""<html><body style="font-family:Helvetica"><h2>BLACK FRIDAY</h2>
<p>Du 27 au 30 novembre, <b>-30 %</b> sur toutes les chaussures de trail et -20 % sur le textile. Analyse de foulée offerte.</p>
<p><a href="https://www.runningstore-lausanne.example/black-friday">Voir les offres</a></p>
<p style="font-size:10px"><a href="https://www.runningstore-lausanne.example/unsubscribe">Se désinscrire</a></p></body></html>""",
        headers={UNSUB: "<https://www.runningstore-lausanne.example/unsubscribe>"},
    ),
    m(
        "v0h3",
        "2025-10-26 12:30",
        ANNONCES,
        "Votre annonce « Vélo de course Scott Speedster 54 » a été vue 54 fois",
        FR,
        """Bonjour Noémie,

Votre annonce « Vélo de course Scott Speedster 54 » (CHF 450.–) a été vue 54 fois cette
semaine et ajoutée 6 fois aux favoris.

Astuce : une annonce avec plus de photos se vend en moyenne deux fois plus vite.

petitesannonces.ch
""",
    ),
    m(
        "w3i6",
        "2025-11-02 16:45",
        ANNONCES,
        "Nouveau message concernant votre annonce",
        FR,
        """Bonjour Noémie,

Vous avez reçu un nouveau message de « alex_vtt73 » concernant « Vélo de course Scott Speedster 54 » :

  « Bonjour, le vélo est-il toujours disponible ? Je peux passer demain à Lausanne, 400.– ça
  irait ? »

Répondre : https://www.petitesannonces.example/messages/882341

petitesannonces.ch
""",
    ),
    m(
        "x6j9",
        "2025-12-03 11:20",
        "Déménagements Rapid'Léman <devis@rapidleman.example>",
        "Votre offre de déménagement n° D-25-1182",
        FR,
        """Madame Favre-Rochat,

Suite à la visite de notre conseiller le 1er décembre, nous avons le plaisir de vous soumettre
notre offre pour votre déménagement du Chemin de Renens 18 à la Rue de la Borde 31 :

  Déménagement complet (3 déménageurs, 1 camion 25 m3), env. 7 heures : CHF 1'890.–
  Emballage des objets fragiles (option) : CHF 240.–
  Monte-meubles (option) : CHF 350.–

Offre valable 30 jours. Pour accepter, il suffit de nous retourner l'offre signée.

Meilleures salutations
Déménagements Rapid'Léman Sàrl
""",
        attach=[
            ("Offre_D-25-1182.pdf", "application/pdf", "%PDF-1.4\n% offre déménagement\n%%EOF\n")
        ],
    ),
    m(
        "y9k2",
        "2025-12-09 08:50",
        "Déménagements Rapid'Léman <devis@rapidleman.example>",
        "Confirmation de votre déménagement du 31 janvier 2026",
        FR,
        """Madame,

Merci pour votre confirmation. Votre déménagement est planifié le samedi 31 janvier 2026, début
à 12h00 au Chemin de Renens 18. Nous vous livrerons 30 cartons dans la semaine du 19 janvier.

Déménagements Rapid'Léman
""",
    ),
    m(
        "z2l5",
        "2025-12-05 17:10",
        "Romandie Assurances <conseil@romandie-assurances.example>",
        "Votre offre personnalisée – assurance ménage et RC privée",
        FR,
        """Bonjour Madame Favre-Rochat,

Suite à votre demande en ligne, voici votre offre personnalisée pour votre nouveau logement :

  Assurance ménage (somme d'assurance CHF 80'000.–) : CHF 214.– / an
  Responsabilité civile privée (CHF 5 mio) : CHF 96.– / an
  Rabais ménage commun : -10 %

Conclure en ligne : https://www.romandie-assurances.example/offre/MR-558102

Votre conseillère, Elena Rossetti
""",
    ),
    # ------------------------------------------------------------------ travel
    m(
        "a5m8",
        "2025-09-20 13:37",
        ALPAIR,
        "Confirmation de réservation – Genève → Porto",
        FR,
        """Merci d'avoir réservé avec Alpair !

Code de réservation : K7QX2M
Passagers : Noémie Favre-Rochat, Julien Marendaz

Aller  : AP 2143, sam. 11 oct. 2025, GVA 07:05 → OPO 08:50
Retour : AP 2146, sam. 18 oct. 2025, OPO 18:40 → GVA 22:15

Bagages : 1 bagage en soute de 23 kg par passager
Total payé : CHF 486.40

Gérer ma réservation : https://www.alpair.example/manage?pnr=K7QX2M
""",
    ),
    m(
        "b8n1",
        "2025-10-09 07:05",
        ALPAIR,
        "L'enregistrement en ligne est ouvert – vol AP 2143",
        FR,
        """Bonjour Noémie,

L'enregistrement pour votre vol AP 2143 Genève → Porto du 11 octobre est ouvert. Enregistrez-
vous et téléchargez votre carte d'embarquement : https://www.alpair.example/checkin?pnr=K7QX2M

Bon voyage !
Alpair
""",
    ),
    m(
        "c1o4",
        "2025-09-21 10:10",
        "StayNest <reservations@staynest.example>",
        "Your booking at Casa do Rio Guesthouse is confirmed",
        EN,
        """Hi Noémie,

Your booking is confirmed!

Casa do Rio Guesthouse – Rua da Reboleira 14, Porto
Check-in: Sat 11 Oct 2025 (from 14:00)
Check-out: Sat 18 Oct 2025 (until 11:00)
Double room with river view, breakfast included – EUR 742.00 (pay at the property)

Free cancellation until 8 October 2025.

Manage your booking: https://www.staynest.example/b/4418276
""",
    ),
    m(
        "d4p7",
        "2025-10-15 18:55",
        "Railpass Romandie <billets@railpass-romandie.example>",
        "Votre billet : Lausanne → Le Sentier, 16.10.2025",
        FR,
        """Votre billet électronique

Lausanne → Le Sentier-Orient (via Le Day), jeudi 16.10.2025
Aller-retour, 2e classe, demi-tarif
Prix : CHF 26.80

Le billet est valable uniquement avec votre abonnement demi-tarif (SwissPass). Présentez le
code QR en pièce jointe lors du contrôle.
""",
        attach=[("Billet_RPR-88120.pdf", "application/pdf", "%PDF-1.4\n% billet\n%%EOF\n")],
    ),
    # ------------------------------------------------------------------ commune, LinkedIn, subscriptions
    m(
        "e7q0",
        "2025-10-15 11:00",
        LAUSANNE,
        "Lausanne en bref – octobre 2025",
        FR,
        """Lausanne en bref – la lettre d'information de la Ville – octobre 2025

- Travaux : fermeture de l'avenue de Morges entre Prélaz et Chauderon du 20 au 31 octobre
- Déchets : nouvelle déchèterie mobile à Sous-Gare le 1er samedi du mois
- Culture : Nuit des musées le 8 novembre, entrée gratuite avec la carte Culture
- La Ville recrute : places d'apprentissage 2026 (employé·e de commerce, horticulteur·trice,
  informaticien·ne) – postulations jusqu'au 30 novembre sur lausanne.example/emploi
- Participation : consultation publique sur le plan climat jusqu'au 15 novembre

Se désabonner : https://www.lausanne.example/newsletter/desinscription
""",
        headers={UNSUB: "<https://www.lausanne.example/newsletter/desinscription>"},
    ),
    m(
        "f0r3",
        "2025-12-10 11:00",
        LAUSANNE,
        "Lausanne en bref – décembre 2025",
        FR,
        html="""<html><body style="font-family:Arial,sans-serif"><h2>Lausanne en bref – décembre 2025</h2>
<ul><li>Marchés de Noël : Bô Noël à la place Saint-François jusqu'au 31 décembre</li>
<li>Horaires des déchèteries pendant les fêtes</li>
<li>Taxe au sac : nouveaux points de vente</li>
<li>Budget 2026 adopté par le Conseil communal</li></ul>
<p><a href="https://www.lausanne.example/newsletter/desinscription">Se désabonner</a></p></body></html>""",
        headers={UNSUB: "<https://www.lausanne.example/newsletter/desinscription>"},
    ),
    m(
        "g3s6",
        "2026-02-11 11:00",
        LAUSANNE,
        "Lausanne en bref – février 2026",
        FR,
        """Lausanne en bref – février 2026

- Vous avez déménagé ? Annoncez-vous dans les 8 jours au Contrôle des habitants (en ligne)
- Carnaval de Lausanne : programme et fermetures de routes
- Subventions : vélo électrique et rénovation énergétique 2026
- Séance d'information : devenir famille d'accueil de jour

Se désabonner : https://www.lausanne.example/newsletter/desinscription
""",
        headers={UNSUB: "<https://www.lausanne.example/newsletter/desinscription>"},
    ),
    m(
        "h6t9",
        "2025-10-09 18:20",
        LI_NOTIF,
        "Félicitez Camille Dufaux pour son nouveau poste",
        FR,
        """Camille Dufaux a commencé un nouveau poste

Responsable RH chez Brasserie du Jorat SA

Félicitez Camille : https://www.linkedin.com/feed/update/urn:li:activity:7381/?trk=eml-congrats

Vous recevez des notifications sur votre réseau. Se désabonner :
https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company
""",
    ),
    m(
        "i9u2",
        "2025-12-01 19:03",
        LI_NOTIF,
        "Vous avez 3 nouvelles invitations",
        FR,
        """Noémie, vous avez 3 nouvelles invitations

Patrick Chevalley – Responsable de production chez Usinage du Mujon SA
Karin Vuille – Formatrice Power BI | Data & Finance
Marco Pellegrini – Analyste crédit

Voir les invitations : https://www.linkedin.com/mynetwork/invitation-manager/

Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
""",
    ),
    m(
        "j2v5",
        "2025-09-14 02:11",
        TUNELY,
        "Your Tunely Premium receipt",
        EN,
        """Hi Noémie,

Thanks for your payment.

Tunely Premium Duo – CHF 17.95
Billing period: 14 Sep – 13 Oct 2025
Payment method: Visa •••• 4410

Questions? https://support.tunely.example
""",
    ),
    m(
        "k5w8",
        "2025-12-03 16:00",
        TUNELY,
        "Your 2025 Wrapped is here 🎧",
        EN,
        html="""<html><body style="background:#101010;color:#fff;font-family:Helvetica"><h1>Your 2025 in music</h1>
<p>You listened to 21,480 minutes of music this year. Your top artist: Stephan Eicher. Your running playlist was played 96 times.</p>
<p><a href="https://www.tunely.example/wrapped" style="color:#1ed760">See your Wrapped</a></p></body></html>""",
    ),
    m(
        "l8x1",
        "2026-01-14 02:09",
        TUNELY,
        "Your Tunely Premium receipt",
        EN,
        """Hi Noémie,

Thanks for your payment.

Tunely Premium Duo – CHF 17.95
Billing period: 14 Jan – 13 Feb 2026
Payment method: Visa •••• 4410
""",
    ),
    m(
        "m1y4",
        "2025-12-11 15:30",
        "Pharmacie du Valentin <commandes@pharmacie-valentin.example>",
        "Votre commande est prête",
        FR,
        """Bonjour Madame Favre-Rochat,

Votre commande n° 5520 est prête et peut être retirée à la pharmacie jusqu'au 18 décembre,
du lundi au samedi de 8h00 à 19h00.

Pharmacie du Valentin, Rue du Valentin 30, Lausanne
""",
    ),
    # ------------------------------------------------------------------ moving house: addresses, fees
    m(
        "b3c6",
        "2025-09-12 05:45",
        "Redevance médias <facture@redevance-medias.example>",
        "Votre facture de redevance 2025–2026",
        FR,
        """Madame,

Votre facture annuelle de redevance radio-télévision pour le ménage du Chemin de Renens 18,
1004 Lausanne, est disponible : CHF 335.– (période du 01.10.2025 au 30.09.2026).

Payable d'ici au 30 octobre 2025, par eBill ou au moyen de la QR-facture jointe.
""",
        attach=[("QR-facture_2025.pdf", "application/pdf", "%PDF-1.4\n% qr-facture\n%%EOF\n")],
    ),
    m(
        "c6d9",
        "2025-10-04 07:30",
        "Le Quotidien vaudois – Abonnements <abo@quotidien-vaudois.example>",
        "Votre abonnement numérique arrive à échéance",
        FR,
        """Chère lectrice,

Votre abonnement numérique au Quotidien vaudois arrive à échéance le 15 octobre 2025.
Prolongez-le dès maintenant et profitez de notre offre fidélité : 12 mois pour CHF 149.–
au lieu de 219.–.

Je prolonge : https://abo.quotidien-vaudois.example/renouvellement?c=NFR88
""",
    ),
    m(
        "d9e2",
        "2025-11-21 06:15",
        DIGISHOP,
        "Black Friday : nos meilleures offres de l'année commencent maintenant",
        FR,
        html="""<html><body style="font-family:Arial;background:#000;color:#fff"><h1 style="color:#ffd400">BLACK FRIDAY</h1>
<p>Plus de 5'000 offres jusqu'à -60 % : ordinateurs, smartphones, électroménager, jouets.</p>
<p><a style="color:#ffd400" href="https://www.digishop.example/black-friday?utm_source=nl&amp;utm_campaign=bf25">Découvrir les offres</a></p>
<p style="font-size:10px"><a style="color:#aaa" href="https://www.digishop.example/newsletter/off">Se désabonner</a></p></body></html>""",
        headers={UNSUB: "<https://www.digishop.example/newsletter/off>"},
    ),
    m(
        "e2f5",
        "2026-01-28 14:10",
        CER,
        "Confirmation de votre changement d'adresse",
        FR,
        """Bonjour,

Nous confirmons l'enregistrement de votre nouvelle adresse dès le 1er février 2026 :
Rue de la Borde 31, 1018 Lausanne.

Caisse d'Épargne Riviera
""",
    ),
    m(
        "f5g8",
        "2026-01-26 09:00",
        "Service de réexpédition <reexpedition@poste-services.example>",
        "Votre ordre de réexpédition est activé",
        FR,
        """Bonjour Noémie Favre-Rochat,

Votre ordre de réexpédition est activé du 31.01.2026 au 31.07.2026 :
  de : Chemin de Renens 18, 1004 Lausanne
  à : Rue de la Borde 31, 1018 Lausanne
Personnes concernées : Noémie Favre-Rochat, Julien Marendaz

Montant payé : CHF 40.–
""",
    ),
    m(
        "g8h1",
        "2026-02-03 15:30",
        "Ville de Lausanne – Contrôle des habitants <ch@lausanne.example>",
        "Confirmation de votre annonce de changement d'adresse",
        FR,
        """Madame,

Votre annonce de changement d'adresse à l'intérieur de la commune a été enregistrée :
nouvelle adresse dès le 31.01.2026 : Rue de la Borde 31, 1018 Lausanne.

Votre attestation d'établissement mise à jour peut être téléchargée dans votre espace
citoyen.

Contrôle des habitants – Ville de Lausanne
""",
    ),
    m(
        "h1i4",
        "2026-02-18 11:45",
        ALPINA,
        "Vos données ont été mises à jour",
        FR,
        """Bonjour,

Votre adresse a été mise à jour dans myAlpina. Si vous n'êtes pas à l'origine de cette
modification, contactez-nous au 0800 00 00 00.

Caisse-maladie Alpina
""",
    ),
]

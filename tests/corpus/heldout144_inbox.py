# ruff: noqa: E501, RUF100
"""Corpus 144, the ordinary inbox (data only): services, shops, bank, flat hunting, admin.
See heldout144.py."""

from __future__ import annotations

from typing import Any

from heldout144_jobs import ME_NAME, N, after, ics, m

_STIB_FOOT = """
STIB-MIVB – Rue Royale 76, 1000 Bruxelles / Koningsstraat 76, 1000 Brussel
Ceci est un message automatique. / Dit is een automatisch bericht."""

_stib1 = m(
    "iq01",
    "2025-09-05 07:41",
    "STIB-MIVB <noreply@stib-mivb.be>",
    "Votre abonnement MOBIB a été renouvelé / Uw MOBIB-abonnement werd verlengd",
    N(),
    f"""Bonjour Baptiste,

Votre abonnement annuel BRUPASS (25-64 ans) a bien été chargé sur votre carte MOBIB
n° 2053 8810 4421 7762.

Période de validité : 05/09/2025 – 04/09/2026
Montant payé : 499,00 EUR (Bancontact)

Votre facture est disponible dans votre espace client.

Bon voyage sur notre réseau !

---

Beste Baptiste,
Uw jaarabonnement BRUPASS (25-64 jaar) werd op uw MOBIB-kaart geladen.
{_STIB_FOOT}""",
)

_dh1 = m(
    "iq02",
    "2025-09-08 06:02",
    "Delhaize <newsletter@info.delhaize.be>",
    "🍎 C'est la rentrée : -30 % sur vos boîtes à tartines préférées",
    N(),
    html="""<html><body style="font-family:Arial;font-size:14px;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:16px">
<p style="color:#e2001a;font-size:22px"><b>C'est la rentrée !</b></p>
<p>Bonjour Baptiste, cette semaine chez Delhaize :</p>
<ul><li>-30 % sur tous les fromages à tartiner</li><li>2+1 gratuit sur les biscuits Dumoulin et Délices de Herve</li>
<li>Pommes Jonagold de Belgique : 1,99 € le kilo</li></ul>
<p><a href="https://www.delhaize.be/fr/promotions?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=rentree">Découvrir toutes les promos</a></p>
<p style="font-size:10px;color:#999">Offres valables du 10/09 au 16/09/2025 dans les magasins participants, dans la limite des stocks
disponibles. Delhaize Le Lion / De Leeuw SA. <a href="https://www.delhaize.be/fr/unsubscribe">Se désinscrire</a></p>
</td></tr></table></body></html>""",
)

_px1 = m(
    "iq03",
    "2025-09-12 05:12",
    "Proximus <noreply@proximus.be>",
    "Votre facture de septembre est disponible",
    N(),
    """Bonjour Baptiste Vandenbroucke-Amrani,

Votre facture Proximus de septembre 2025 est disponible dans MyProximus.

Numéro de client : 6083 412 775
Montant : 74,99 EUR
Échéance : 26/09/2025 (domiciliation)

Consulter ma facture : https://www.proximus.be/myproximus/billing

Merci de votre confiance,
Proximus

Proximus SA de droit public, Boulevard du Roi Albert II 27, 1030 Bruxelles.""",
)

_mu1 = m(
    "iq04",
    "2025-09-15 11:26",
    "Mutualité Saint-Michel <ne-pas-repondre@mutsaintmichel.example>",
    "Votre remboursement a été effectué",
    N(),
    """Bonjour,

Nous avons effectué un remboursement de 46,20 € sur votre compte BE71 0689 **** **21.

Détail :
- consultation chez un médecin généraliste (02/09/2025) : 25,10 €
- kinésithérapie, 3 séances (août 2025) : 21,10 €

Vous retrouvez le détail de vos remboursements dans votre espace membre « Ma Mutu ».

Votre Mutualité Saint-Michel
Prenez soin de vous !""",
)

_fin1 = m(
    "iq05",
    "2025-09-19 14:03",
    "SPF Finances <noreply@minfin.fed.be>",
    "Un nouveau document est disponible dans MyMinfin",
    N(),
    """Madame, Monsieur,

Un nouveau document est disponible dans votre dossier MyMinfin :

Type : Avertissement-extrait de rôle
Exercice d'imposition : 2025 (revenus 2024)

Pour consulter ce document, connectez-vous à MyMinfin (www.myminfin.be) avec votre carte
d'identité électronique ou itsme.

Attention : le SPF Finances ne vous demandera jamais vos données bancaires par e-mail ou par
SMS. Ne cliquez pas sur des liens provenant d'expéditeurs inconnus.

SPF Finances""",
)

_im1 = m(
    "iq06",
    "2025-09-20 21:15",
    "Immoweb <noreply@immoweb.be>",
    "Votre message a bien été envoyé à l'annonceur",
    N(),
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Bonjour Baptiste,</p>
<p>Votre demande concernant le bien suivant a bien été transmise à l'annonceur :</p>
<p style="border:1px solid #ddd;padding:8px"><b>Appartement à louer – 2 chambres – 1050 Ixelles</b><br>
Rue du Bailli · 85 m² · 1 150 €/mois · PEB C<br>Annonceur : Agence Toison Immo</p>
<p>Votre message : « Bonjour, je suis intéressé par l'appartement et souhaiterais le visiter.
Je travaille en CDI depuis 5 ans. Bien à vous, Baptiste »</p>
<p><a href="https://www.immoweb.be/fr/annonce/appartement/a-louer/ixelles/1050/20581193?utm_source=contact_confirm">Voir l'annonce</a></p>
<p style="font-size:10px;color:#999">Immoweb SA – Rue du Bourdon 100, 1180 Uccle</p>
</body></html>""",
)

_co1 = m(
    "iq07",
    "2025-09-22 08:00",
    "Colruyt <info@mail.colruyt.be>",
    "Baptiste, vos offres Xtra personnelles sont prêtes",
    N(),
    html="""<html><body style="font-family:Arial;font-size:14px">
<p style="color:#e3000b"><b>Vos offres personnelles Xtra</b> – du 24/09 au 07/10</p>
<p>Activez-les dans l'appli Xtra avant de passer en caisse :</p>
<ul><li>Boni Selection café en grains 1 kg : -1,50 €</li><li>Yaourts grecs 4x150 g : 2e à -50 %</li><li>Lessive liquide : -25 %</li></ul>
<p>Colruyt, meilleurs prix. <a href="https://www.colruyt.be/fr/xtra?utm_campaign=perso_w39">Voir mes offres</a></p>
<p style="font-size:10px;color:#999">Colruyt Group – Edingensesteenweg 196, 1500 Halle. Se désabonner.</p>
</body></html>""",
)

_IMMO_SIG = """Agence Toison Immo
Avenue de la Toison d'Or 22 – 1050 Ixelles
02 512 88 40 – location@toisonimmo.example
Agent immobilier IPI n° 512.447"""

_im2 = m(
    "iq08",
    "2025-09-23 10:37",
    "Agence Toison Immo <location@toisonimmo.example>",
    "Visite – Rue du Bailli, 2 chambres",
    N(),
    f"""Bonjour Monsieur,

Suite à votre demande via Immoweb, nous vous confirmons la visite de l'appartement situé rue
du Bailli à Ixelles le jeudi 25 septembre à 18h15 (visite groupée).

Si le bien vous intéresse, vous pourrez remettre un dossier de candidature locataire à l'issue
de la visite.

Cordialement,

Laetitia Moens
{_IMMO_SIG}""",
)

_im3 = m(
    "iq09",
    "2025-09-26 09:05",
    "Agence Toison Immo <location@toisonimmo.example>",
    "Dossier de candidature locataire – Rue du Bailli",
    N(),
    f"""Bonjour Monsieur Vandenbroucke-Amrani,

Merci pour votre intérêt à la suite de la visite d'hier. Afin de présenter votre candidature
au propriétaire, merci de nous faire parvenir au plus vite :

- le formulaire de candidature ci-joint, complété et signé ;
- une copie recto-verso de votre carte d'identité ;
- vos trois dernières fiches de paie ;
- une preuve de paiement des trois derniers loyers ;
- une composition de ménage (à demander à votre commune).

Le propriétaire choisira parmi les dossiers complets reçus avant lundi midi.

Cordialement,

Laetitia Moens
{_IMMO_SIG}""",
    attach=[
        (
            "Formulaire_candidature_locataire.txt",
            "text/plain",
            "Candidature locataire - Rue du Bailli\nNom, prenom :\nEmployeur :\nRevenus nets mensuels :\n",
        )
    ],
)

_bb1 = m(
    "iq10",
    "2025-09-30 18:00",
    "Banque Brabançonne <info@banquebrabanconne.example>",
    "Vos extraits de compte de septembre sont disponibles",
    N(),
    """Bonjour,

Vos extraits de compte de septembre 2025 sont disponibles dans votre espace Brabançonne Online
et dans l'application mobile.

Compte à vue BE71 0689 **** **21

Banque Brabançonne SA – Rue de Namur 40, 1000 Bruxelles
Nous ne vous demanderons jamais vos codes par e-mail.""",
)

_bp1 = m(
    "iq11",
    "2025-10-01 08:12",
    "bpost <noreply@bpost.be>",
    "Votre colis arrive aujourd'hui",
    N(),
    """Bonjour,

Bonne nouvelle ! Votre colis de Zalando arrive aujourd'hui entre 10h45 et 12h45.

Numéro de suivi : 323299012007451238
Adresse : Avenue Louis Bertrand ..., 1030 Schaerbeek

Vous ne serez pas là ? Choisissez un autre moment ou un point d'enlèvement :
https://track.bpost.cloud/btr/web/#/search?itemCode=323299012007451238

bpost""",
)

_it1 = m(
    "iq12",
    "2025-10-02 22:48",
    "itsme <noreply@itsme-id.com>",
    "Votre code itsme a été modifié",
    N(),
    """Bonjour Baptiste,

Le code itsme de votre compte a été modifié le 02/10/2025 à 22:46.

C'était bien vous ? Alors vous n'avez rien à faire.

Ce n'était pas vous ? Bloquez immédiatement votre compte via https://www.itsme-id.com/fr-BE/block
ou appelez notre service client.

L'équipe itsme""",
)

_im4 = m(
    "iq13",
    "2025-10-03 16:20",
    "Laetitia Moens <location@toisonimmo.example>",
    "Votre candidature pour l'appartement rue du Bailli",
    N(),
    f"""Bonjour Monsieur Vandenbroucke-Amrani,

Nous vous remercions pour votre dossier de candidature, qui était complet et très soigné.

Malheureusement, le propriétaire a retenu un autre candidat pour ce bien. Nous conservons
votre dossier et ne manquerons pas de vous proposer d'autres biens correspondant à vos
critères (2 chambres, Ixelles / Etterbeek, max. 1 200 €).

Cordialement,

Laetitia Moens
{_IMMO_SIG}""",
)

_bk1 = m(
    "iq14",
    "2025-10-05 20:31",
    "Booking.com <noreply@booking.com>",
    "Votre réservation est confirmée – Hôtel Carlton Vauban, Lille",
    N(),
    html="""<html><body style="font-family:-apple-system,Arial;font-size:14px">
<p style="font-size:20px"><b>Merci, Baptiste ! Votre réservation à Lille est confirmée.</b></p>
<table><tr><td>Arrivée</td><td>samedi 25 octobre 2025 (à partir de 15:00)</td></tr>
<tr><td>Départ</td><td>dimanche 26 octobre 2025 (jusqu'à 11:00)</td></tr>
<tr><td>Chambre</td><td>Chambre Double Supérieure, 2 adultes</td></tr>
<tr><td>Prix</td><td>€ 142 (taxe de séjour incluse)</td></tr></table>
<p>Numéro de confirmation : 4128.551.907 – Code PIN : 3381</p>
<p><a href="https://secure.booking.com/myreservations.fr.html?aid=304142">Gérer ma réservation</a></p>
<p style="font-size:10px;color:#888">Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam</p>
</body></html>""",
)

_den1 = m(
    "iq15",
    "2025-10-08 12:14",
    "Cabinet dentaire Meiser <rdv@dentaire-meiser.example>",
    "Confirmation de votre rendez-vous du 21/10/2025",
    N(),
    """Bonjour M. Vandenbroucke-Amrani,

Nous vous confirmons votre rendez-vous :

Praticien : Dr Sarah Benhaddou, dentiste
Date : mardi 21 octobre 2025 à 08h30
Motif : contrôle et détartrage
Adresse : Boulevard Auguste Reyers 12, 1030 Schaerbeek

Merci d'apporter votre carte d'identité. En cas d'empêchement, merci de nous prévenir au
moins 48 heures à l'avance (02 734 10 58), faute de quoi le rendez-vous pourra être facturé.

Cabinet dentaire Meiser""",
    ics=ics(
        "rdv-20251021-0830-bva@dentaire-meiser.example",
        "2025-10-21 08:30",
        "Rendez-vous dentiste – Dr Benhaddou",
        ("Cabinet dentaire Meiser", "rdv@dentaire-meiser.example"),
        minutes=30,
        location="Boulevard Auguste Reyers 12, 1030 Schaerbeek",
    ),
)

_bb2 = m(
    "iq16",
    "2025-10-10 10:00",
    "Banque Brabançonne <offres@banquebrabanconne.example>",
    "Offre exclusive : votre carte Visa Gold sans cotisation la première année",
    N(),
    html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<p>Cher client,</p>
<p>Parce que vous êtes client depuis plus de 8 ans, nous avons le plaisir de vous réserver une
<b>offre exclusive</b> : la carte de crédit Visa Gold, <b>sans cotisation annuelle la première
année</b> (valeur 55 €), avec assurance voyage et assistance incluses.</p>
<p>Offre valable jusqu'au 30 novembre 2025. Demandez votre carte en 3 minutes dans l'app.</p>
<p><a href="https://www.banquebrabanconne.example/cartes/visa-gold?cmp=oct25_exclu">J'en profite</a></p>
<p style="font-size:10px">Attention, emprunter de l'argent coûte aussi de l'argent. Taux débiteur annuel effectif
global (TAEG) : 11,50 %. Sous réserve d'acceptation de votre dossier.</p>
</body></html>""",
)

_px2 = m(
    "iq17",
    "2025-10-12 05:09",
    "Proximus <noreply@proximus.be>",
    "Votre facture d'octobre est disponible",
    N(),
    """Bonjour Baptiste Vandenbroucke-Amrani,

Votre facture Proximus d'octobre 2025 est disponible dans MyProximus.

Montant : 74,99 EUR – Échéance : 26/10/2025 (domiciliation)

Proximus""",
)

_cambio = m(
    "iq18",
    "2025-10-18 03:30",
    "Cambio <facturation@cambio.be>",
    "Votre facture Cambio – septembre 2025",
    N(),
    """Bonjour,

Votre facture mensuelle est disponible :

3 trajets – 142 km – 61,40 EUR TVAC
Formule : Start

La somme sera prélevée sur votre compte le 28/10/2025.

Bonne route avec Cambio !""",
)

_en1 = m(
    "iq19",
    "2025-10-16 09:44",
    "ENGIE <noreply@engie.be>",
    "Votre facture de régularisation est disponible",
    N(),
    """Bonjour Baptiste,

Votre facture de régularisation annuelle pour l'électricité et le gaz est disponible.

Bonne nouvelle : vous avez consommé moins que prévu. Nous vous remboursons 86,32 € sur votre
compte dans les 10 jours ouvrables. Vos nouveaux acomptes mensuels s'élèvent à 118 €.

Consulter ma facture : https://www.engie.be/fr/espace-client

ENGIE""",
)

_den2 = m(
    "iq20",
    "2025-10-20 09:00",
    "Cabinet dentaire Meiser <rdv@dentaire-meiser.example>",
    "Rappel : rendez-vous demain à 08h30",
    N(),
    """Rappel : vous avez rendez-vous demain, mardi 21/10 à 08h30, avec Dr Benhaddou.
Pour annuler ou déplacer : 02 734 10 58.
Cabinet dentaire Meiser""",
)

_bk2 = m(
    "iq21",
    "2025-10-22 10:00",
    "Booking.com <noreply@booking.com>",
    "Votre séjour à Lille approche !",
    N(),
    """Baptiste, plus que 3 jours avant Lille !

Hôtel Carlton Vauban – arrivée le samedi 25 octobre.
Besoin d'un taxi, d'une place de parking ? Contactez l'établissement depuis l'app Booking.com.

Voici quelques idées : le Vieux-Lille, le Palais des Beaux-Arts, la Braderie... (ah non,
c'est en septembre).

Booking.com""",
)

_dh2 = m(
    "iq22",
    "2025-10-27 06:05",
    "Delhaize <newsletter@info.delhaize.be>",
    "🎃 Halloween : tout pour une soirée qui fait peur (aux prix)",
    N(),
    html="""<html><body style="font-family:Arial">
<p>Bonbons, potirons, déguisements… <b>2 achetés = le 3e offert</b> sur tout l'assortiment Halloween.</p>
<p><a href="https://www.delhaize.be/fr/halloween?utm_source=newsletter">Je découvre</a></p>
<p style="font-size:10px">Delhaize Le Lion / De Leeuw SA – Osseghemstraat 53, 1080 Bruxelles. Se désinscrire.</p>
</body></html>""",
)

_ls1 = m(
    "iq23",
    "2025-10-29 06:30",
    "Le Soir <newsletter@lesoir.be>",
    "La Matinale : la réforme du chômage, ce qui change au 1er janvier",
    N(),
    html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<p><b>La Matinale du Soir</b> – mercredi 29 octobre 2025</p>
<p>1. <b>Réforme du chômage</b> : limitation dans le temps, ce qui change pour 100 000 personnes</p>
<p>2. Brussels Airport : grève des bagagistes ce jeudi</p>
<p>3. Liège : le nouveau tram enfin en service commercial</p>
<p>4. Culture : notre sélection théâtre de novembre</p>
<p><a href="https://www.lesoir.be/?utm_source=matinale">Lire Le Soir</a></p>
<p style="font-size:10px">Rossel &amp; Cie SA. Vous recevez cette newsletter car vous êtes abonné. Se désabonner.</p>
</body></html>""",
)

_rtbf = m(
    "iq24",
    "2025-10-31 17:00",
    "RTBF Auvio <newsletter@rtbf.be>",
    "Ce week-end sur Auvio : les séries belges à ne pas manquer",
    N(),
    """Ce week-end sur Auvio

- « Pandore », saison 3 : tous les épisodes disponibles
- Le documentaire « Charleroi, métropole ? »
- En direct : Standard – Anderlecht, dimanche 18h30

Regardez sur https://auvio.rtbf.be

RTBF – Boulevard Reyers 52, 1044 Bruxelles. Se désabonner.""",
)

_mu2 = m(
    "iq25",
    "2025-11-03 12:00",
    "Mutualité Saint-Michel <newsletter@mutsaintmichel.example>",
    "Bougez plus cet hiver : jusqu'à 50 € pour votre club de sport",
    N(),
    html="""<html><body style="font-family:Verdana;font-size:13px">
<p>Chère affiliée, cher affilié,</p>
<p>Saviez-vous que votre mutualité intervient jusqu'à <b>50 € par an</b> dans votre abonnement
sportif ? Envoyez simplement l'attestation complétée par votre club.</p>
<p>Aussi ce mois-ci : vaccination contre la grippe, nos conseils sommeil, et les horaires de nos
agences pendant les fêtes.</p>
<p><a href="https://www.mutsaintmichel.example/avantages/sport?utm_source=nl_nov">En savoir plus</a></p>
<p style="font-size:10px">Mutualité Saint-Michel – n° 1xx. Se désabonner de la newsletter.</p>
</body></html>""",
)

_park = m(
    "iq26",
    "2025-11-06 15:22",
    "parking.brussels <noreply@parking.brussels>",
    "Avis de redevance de stationnement",
    N(),
    """Madame, Monsieur,

Un véhicule dont vous étiez le conducteur (véhicule partagé Cambio, immatriculation
2-GXB-418) a été contrôlé le 29/10/2025 à 14:52, Rue Royale, 1000 Bruxelles, en zone
rouge, sans paiement de la redevance.

Montant forfaitaire : 35,00 EUR
Communication structurée : +++190/4471/22853+++
À payer avant le : 06/12/2025

parking.brussels – Agence régionale du stationnement""",
)

_sab1 = m(
    "iq27",
    "2025-11-08 11:40",
    "Banque Sablon <credit@banquesablon.example>",
    "Votre simulation de prêt hypothécaire",
    N(),
    """Bonjour Monsieur Vandenbroucke-Amrani,

Merci d'avoir utilisé notre simulateur en ligne. Voici le résumé de votre simulation :

Projet : achat d'un appartement (habitation propre et unique)
Prix d'achat : 320 000 € – Apport personnel : 60 000 €
Montant emprunté : 300 000 € (frais inclus) – Durée : 25 ans
Taux fixe indicatif : 3,35 % – Mensualité indicative : 1 477 €

Cette simulation est indicative et ne constitue pas une offre de crédit. Pour une offre
personnalisée, prenez rendez-vous avec l'un·e de nos conseiller·ères crédit.

Banque Sablon – Place du Grand Sablon 10, 1000 Bruxelles
Attention, emprunter de l'argent coûte aussi de l'argent.""",
)

_sab2 = m(
    "iq28",
    "2025-11-10 14:55",
    "Thomas Wauters <thomas.wauters@banquesablon.example>",
    "Votre rendez-vous crédit logement – samedi 15 novembre",
    N(),
    """Bonjour Monsieur Vandenbroucke-Amrani,

Suite à votre demande, je vous confirme notre entretien en agence le samedi 15 novembre à
10h00 (agence de Schaerbeek, Place Colignon 4).

Afin d'analyser au mieux votre capacité d'emprunt, merci d'apporter :
- vos trois dernières fiches de paie et votre dernier avertissement-extrait de rôle ;
- un aperçu de votre épargne ;
- le cas échéant, le compromis de vente.

Au plaisir de vous rencontrer,

Thomas Wauters
Conseiller crédit logement – Banque Sablon, agence Schaerbeek""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A1B2C3D4E556DC01000000000000000010000000EF90",
        "2025-11-15 10:00",
        "Entretien crédit logement – M. Vandenbroucke-Amrani",
        ("Thomas Wauters", "thomas.wauters@banquesablon.example"),
        style="outlook",
        location="Banque Sablon – agence Schaerbeek, Place Colignon 4",
    ),
)

_sncb1 = m(
    "iq29",
    "2025-11-12 21:03",
    "SNCB <noreply@b-rail.be>",
    "Votre e-ticket : Bruxelles-Central → Namur",
    N(),
    """Merci pour votre achat !

Billet Standard aller-retour – 2e classe
Bruxelles-Central → Namur – jeudi 13/11/2025
1 voyageur – 21,60 EUR

Votre billet est disponible dans l'application SNCB et en pièce jointe. Présentez-le avec
votre carte d'identité lors du contrôle.

SNCB – Bon voyage !""",
    attach=[
        (
            "e-ticket_BXL-NAMUR_20251113.txt",
            "text/plain",
            "SNCB E-TICKET\nBruxelles-Central - Namur\n13/11/2025 - 2e classe - aller-retour\nCode: 8841 2219 0034\n",
        )
    ],
)

_spot = m(
    "iq30",
    "2025-11-14 16:00",
    "Spotify <no-reply@spotify.com>",
    "Mise à jour du prix de votre abonnement Premium",
    N(),
    """Bonjour,

Nous vous écrivons pour vous informer d'une modification du prix de votre abonnement Premium
Individual. À partir de votre facture de janvier 2026, le prix passera de 11,99 € à 12,99 € par
mois.

Vous n'avez rien à faire pour conserver votre abonnement. Vous pouvez annuler à tout moment
depuis votre page de compte.

Merci de faire partie de Spotify.

Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Suède""",
)

_co2 = m(
    "iq31",
    "2025-11-17 08:00",
    "Colruyt <info@mail.colruyt.be>",
    "Saint-Nicolas approche : vos offres Xtra",
    N(),
    html="""<html><body style="font-family:Arial">
<p style="color:#e3000b"><b>Saint-Nicolas approche !</b></p>
<p>Spéculoos, massepain, chocolat : vos offres personnelles sont prêtes dans l'app Xtra.</p>
<p>Colruyt, meilleurs prix.</p>
</body></html>""",
)

_stib2 = m(
    "iq32",
    "2025-11-21 12:30",
    "STIB-MIVB <info@stib-mivb.be>",
    "Travaux : trams 7 et 92 perturbés du 24/11 au 7/12",
    N(),
    f"""Bonjour,

En raison de travaux de renouvellement des voies place Meiser, les trams 7 et 92 sont
perturbés du lundi 24 novembre au dimanche 7 décembre inclus. Des bus de remplacement
circulent entre Diamant et Verboekhoven.

Planifiez votre trajet sur www.stib-mivb.be ou dans l'appli STIB.

Merci pour votre compréhension.
{_STIB_FOOT}""",
)

_sab3 = m(
    "iq33",
    "2025-11-24 09:18",
    "Thomas Wauters <thomas.wauters@banquesablon.example>",
    "Votre demande de crédit : documents manquants",
    N(),
    """Bonjour Monsieur Vandenbroucke-Amrani,

Merci pour notre rendez-vous de samedi dernier. Pour finaliser l'analyse de votre dossier, il
nous manque encore :

- votre dernier avertissement-extrait de rôle (exercice 2025) ;
- une attestation de votre employeur précisant que votre contrat est à durée indéterminée et
  que vous n'êtes pas en période de préavis.

Dès réception, je pourrai vous transmettre une offre de crédit sous 10 jours ouvrables.

Bien à vous,
Thomas Wauters
Banque Sablon""",
)

_sch1 = m(
    "iq34",
    "2025-11-25 10:02",
    "Commune de Schaerbeek – Population <rendezvous@schaerbeek.example>",
    "Confirmation de votre rendez-vous – Service Population",
    N(),
    """Bonjour,

Votre rendez-vous est confirmé :

Service : Population – renouvellement de la carte d'identité
Date : mardi 9 décembre 2025 à 11h20
Lieu : Maison communale, Place Colignon, 1030 Schaerbeek (guichet 6)

N'oubliez pas votre ancienne carte d'identité et une photo récente conforme aux normes
(ou la photo numérique de votre photographe). Coût : 25,40 €.

Administration communale de Schaerbeek""",
    ics=ics(
        "rdv-pop-20251209-1120-4471@schaerbeek.example",
        "2025-12-09 11:20",
        "Service Population – carte d'identité",
        ("Commune de Schaerbeek", "rendezvous@schaerbeek.example"),
        minutes=20,
        location="Maison communale, Place Colignon, 1030 Schaerbeek – guichet 6",
    ),
)

_bol1 = m(
    "iq35",
    "2025-11-28 13:44",
    "bol <automail@bol.com>",
    "Merci pour votre commande ! (numéro 3104 8812 76)",
    N(),
    """Bonjour Baptiste,

Merci pour votre commande. Voici ce que vous avez commandé :

1x Philips Hue White ambiance – pack de démarrage E27 – 89,99 €
1x « Brand Bible » – Debbie Millman (livre relié) – 38,50 €

Total : 128,49 € (Black Friday : -15 % appliqués)
Livraison prévue : lundi 1er décembre

bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht""",
)

_bol2 = m(
    "iq36",
    "2025-11-29 19:10",
    "bol <automail@bol.com>",
    "Votre colis est en route",
    N(),
    """Bonjour Baptiste,

Votre colis est en route ! Il sera livré par bpost lundi 1er décembre.

Suivre mon colis : https://www.bol.com/be/fr/rnwy/account/bestellingen

bol""",
)

_bb3 = m(
    "iq37",
    "2025-12-01 11:31",
    "Banque Brabançonne <info@banquebrabanconne.example>",
    "Votre demande de carte de crédit a été acceptée",
    N(),
    """Bonjour Monsieur Vandenbroucke-Amrani,

Bonne nouvelle : votre demande de carte Visa Gold a été acceptée !

Votre nouvelle carte vous parviendra par la poste dans les 5 jours ouvrables, et votre code
PIN par courrier séparé. Limite de dépense mensuelle : 2 500 €.

Banque Brabançonne""",
)

_pp1 = m(
    "iq38",
    "2025-12-04 20:12",
    "service@paypal.be",
    "Reçu de votre paiement à Vinted UAB",
    N(),
    """Bonjour Baptiste Vandenbroucke-Amrani,

Vous avez envoyé un paiement de 32,45 EUR à Vinted UAB.

Détails de la transaction
N° de transaction : 6TB30117KX5528241
Objet : Manteau laine Selected Homme taille M + frais de protection acheteurs

PayPal (Europe) S.à r.l. et Cie, S.C.A.""",
    headers={"Reply-To": "noreply@paypal.be"},
)

_dh3 = m(
    "iq39",
    "2025-12-08 06:00",
    "Delhaize <newsletter@info.delhaize.be>",
    "Vos fêtes avec Delhaize : commandez votre menu de Noël",
    N(),
    html="""<html><body style="font-family:Arial">
<p><b>Noël approche !</b> Commandez votre menu festif avant le 20 décembre et retirez-le en magasin.</p>
<p>Foie gras, bûche glacée, plateaux de fromages… <a href="https://www.delhaize.be/fr/fetes?utm_source=nl">Commander</a></p>
<p style="font-size:10px">Delhaize Le Lion / De Leeuw SA. Se désinscrire.</p>
</body></html>""",
)

_ls2 = m(
    "iq40",
    "2025-12-10 06:30",
    "Le Soir <newsletter@lesoir.be>",
    "La Matinale : grève nationale ce vendredi, ce qui sera perturbé",
    N(),
    html="""<html><body style="font-family:Georgia,serif">
<p><b>La Matinale du Soir</b> – mercredi 10 décembre 2025</p>
<p>1. Grève nationale vendredi : trains, trams, écoles, ce qui sera perturbé</p>
<p>2. Emploi : la Wallonie manque toujours de profils techniques</p>
<p>3. Le marché de Noël de Liège bat des records</p>
<p style="font-size:10px">Rossel &amp; Cie SA. Se désabonner.</p>
</body></html>""",
)

_cb1 = m(
    "iq41",
    "2025-12-14 15:30",
    "Coolblue <noreply@coolblue.be>",
    "Votre commande est en route",
    N(),
    """Bonjour Baptiste,

Votre Sage Barista Express (acier brossé) est en route ! Notre livreur passe demain entre
13h00 et 16h00.

Numéro de commande : 19528411

À demain !
Coolblue – tout pour un sourire""",
)

_sncb2 = m(
    "iq42",
    "2025-12-16 20:44",
    "SNCB <noreply@b-rail.be>",
    "Votre e-ticket : Bruxelles-Nord → Verviers-Central",
    N(),
    """Merci pour votre achat !

Billet Standard aller-retour – 2e classe
Bruxelles-Nord → Verviers-Central – mercredi 17/12/2025
1 voyageur – 34,40 EUR

Votre billet est disponible dans l'application SNCB.

SNCB""",
)

_deliv = m(
    "iq43",
    "2025-12-20 20:51",
    "Deliveroo <noreply@t.deliveroo.com>",
    "Votre commande chez Kitchen Tandoori Schaerbeek",
    N(),
    """Merci pour votre commande, Baptiste !

Kitchen Tandoori – Schaerbeek
1x Butter chicken, 1x Cheese naan, 1x Mango lassi
Total : 27,80 € (livraison incluse)

Arrivée estimée : 21:20–21:30""",
)

_apple = m(
    "iq44",
    "2025-12-29 04:12",
    "Apple <no_reply@email.apple.com>",
    "Your receipt from Apple.",
    N("en"),
    """Apple ID: baptiste.vdb.amrani@gmail.com
Date: 29 Dec 2025
Order ID: MN8KQ2X7LP
Document No.: 172993441055

iCloud+ with 200 GB of storage – Monthly – EUR 2.99

Billed to: Bancontact

Apple Distribution International Ltd., Hollyhill Industrial Estate, Cork, Ireland.""",
)

_bb4 = m(
    "iq45",
    "2026-01-02 09:00",
    "Banque Brabançonne <info@banquebrabanconne.example>",
    "Nouvelles conditions tarifaires au 1er mars 2026",
    N(),
    """Cher client,

Nous vous informons qu'à partir du 1er mars 2026, les frais de gestion de votre compte
Brabançonne Plus passeront de 3,50 € à 3,95 € par mois. Conformément à nos conditions
générales, vous pouvez résilier votre compte sans frais jusqu'à cette date.

Les nouvelles conditions sont disponibles dans votre espace client.

Banque Brabançonne""",
)

_sib = m(
    "iq46",
    "2026-01-06 11:15",
    "Sibelga <noreply@sibelga.be>",
    "Transmettez-nous votre relevé d'index",
    N(),
    """Bonjour,

Il est temps de relever vos compteurs d'électricité et de gaz. Encodez vos index avant le
20 janvier sur www.sibelga.be/index avec le code 44710-KQ.

Point de fourniture (EAN) : 5414 4880 0021 6643 19

Sibelga – le gestionnaire de réseau d'électricité et de gaz à Bruxelles""",
)

_mu3 = m(
    "iq47",
    "2026-01-08 10:30",
    "Mutualité Saint-Michel <newsletter@mutsaintmichel.example>",
    "Vos avantages 2026 et votre nouvelle cotisation",
    N(),
    """Bonjour,

Bonne année 2026 ! À partir du 1er janvier, votre cotisation pour les services
complémentaires s'élève à 12,10 € par mois.

Nouveau cette année : intervention dans les séances chez un psychologue (jusqu'à 8 séances),
lunettes et lentilles (jusqu'à 75 €) et stages sportifs pour les enfants.

Votre Mutualité Saint-Michel""",
)

_it2 = m(
    "iq48",
    "2026-01-12 13:00",
    "itsme <noreply@itsme-id.com>",
    "Votre carte d'identité a été renouvelée ? Mettez itsme à jour",
    N(),
    """Bonjour Baptiste,

Votre carte d'identité a été renouvelée récemment. Pour continuer à utiliser itsme, mettez à
jour vos données dans l'application (menu Profil > Mettre à jour mon identité).

Sans mise à jour, certaines confirmations ne seront plus possibles après le 15/02/2026.

L'équipe itsme""",
)

_den3 = m(
    "iq49",
    "2026-01-14 09:00",
    "Cabinet dentaire Meiser <rdv@dentaire-meiser.example>",
    "Il est temps de planifier votre prochain contrôle",
    N(),
    """Bonjour M. Vandenbroucke-Amrani,

Votre dernier contrôle date d'octobre. Nous vous conseillons un contrôle tous les 6 mois :
réservez dès maintenant votre rendez-vous d'avril via notre agenda en ligne ou au
02 734 10 58.

Cabinet dentaire Meiser""",
)

_viva = m(
    "iq50",
    "2026-01-20 08:44",
    "VIVAQUA <noreply@vivaqua.be>",
    "Votre facture d'eau est disponible",
    N(),
    """Bonjour,

Votre facture intermédiaire VIVAQUA est disponible : 63,12 EUR, à payer avant le 10/02/2026.

Consultez-la sur votre espace client : https://www.vivaqua.be/fr/espace-client

VIVAQUA""",
)

_co3 = m(
    "iq51",
    "2026-01-26 08:00",
    "Colruyt <info@mail.colruyt.be>",
    "Bonnes résolutions : vos offres Xtra fruits & légumes",
    N(),
    html="""<html><body style="font-family:Arial">
<p>Bonnes résolutions ? On vous aide : <b>-20 %</b> sur les fruits et légumes bio avec vos offres Xtra.</p>
<p style="font-size:10px">Colruyt Group. Se désabonner.</p>
</body></html>""",
)

_stib3 = m(
    "iq52",
    "2026-01-29 15:00",
    "STIB-MIVB <enquete@stib-mivb.be>",
    "Votre avis sur nos services – 5 minutes",
    N(),
    f"""Bonjour,

Vous voyagez régulièrement avec la STIB ? Donnez-nous votre avis sur la ponctualité, la
propreté et l'information voyageurs. L'enquête prend 5 minutes :
https://stib-mivb.qualtrics.com/jfe/form/SV_satisfaction2026

Merci !
{_STIB_FOOT}""",
)

_bf = m(
    "iq53",
    "2026-02-04 07:15",
    "Basic-Fit <noreply@basic-fit.com>",
    "Ton abonnement Comfort est prolongé",
    N(),
    """Hello Baptiste,

Ton abonnement Comfort au club de Schaerbeek – Helmet a été prolongé automatiquement pour une
période de 4 semaines (24,99 €). Continue comme ça : 7 visites en janvier !

Basic-Fit""",
)

_assur = m(
    "iq54",
    "2026-02-06 10:20",
    "Bureau Lambert & Fils <contact@lambert-assurances.example>",
    "Avis d'échéance – votre contrat habitation",
    N(),
    """Bonjour Monsieur,

Votre contrat d'assurance habitation (locataire) n° HAB-2209-1184 arrive à échéance le
1er mars 2026. Prime annuelle : 214,60 € TTC.

Si vous déménagez prochainement, pensez à nous prévenir : votre contrat peut être transféré
vers votre nouvelle adresse.

Bien à vous,
Bureau Lambert & Fils – courtier en assurances, FSMA n° 0112.447""",
)

_im5 = m(
    "iq55",
    "2026-02-11 07:00",
    "Immoweb <alerts@immoweb.be>",
    "8 nouveaux biens à louer correspondent à votre recherche",
    N(),
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Votre recherche : <b>appartement ou maison à louer – Herve, Battice, Verviers, Soumagne – 2 chambres min.</b></p>
<ul><li>Maison 3 ch. – Battice – 1 050 €/mois – jardin</li><li>Appartement 2 ch. – Herve centre – 820 €/mois</li>
<li>Duplex 2 ch. – Soumagne – 890 €/mois</li></ul>
<p><a href="https://www.immoweb.be/fr/recherche-sauvegardee/551841?utm_source=alert">Voir les 8 biens</a></p>
<p style="font-size:10px">Immoweb SA. Gérer mes alertes.</p>
</body></html>""",
)

_im6 = m(
    "iq56",
    "2026-02-16 22:02",
    "Immoweb <noreply@immoweb.be>",
    "Votre message a bien été envoyé à l'annonceur",
    N(),
    """Bonjour Baptiste,

Votre demande concernant le bien suivant a bien été transmise :
Maison à louer – 3 chambres – 4651 Battice – 1 050 €/mois
Annonceur : Pays de Herve Immobilier

Immoweb""",
)

_im7 = m(
    "iq57",
    "2026-02-18 12:10",
    "Pays de Herve Immobilier <info@phimmo.example>",
    "Confirmation de visite – maison rue de Maastricht, Battice",
    N(),
    """Bonjour Monsieur Vandenbroucke-Amrani,

Je vous confirme la visite de la maison située rue de Maastricht à Battice ce samedi
21 février à 11h00. Je vous attendrai devant le bien.

Pour la candidature, nous demanderons ensuite une preuve de revenus : un contrat de travail
signé suffit si vous changez d'emploi.

Bien à vous,
Jean-Luc Franssen
Pays de Herve Immobilier – agent IPI 508.112""",
    ics=ics(
        "visite-battice-20260221@phimmo.example",
        "2026-02-21 11:00",
        "Visite maison Battice – M. Vandenbroucke-Amrani",
        ("Jean-Luc Franssen", "info@phimmo.example"),
        minutes=45,
        location="Rue de Maastricht, 4651 Battice",
    ),
)

_fin2 = m(
    "iq58",
    "2026-02-20 14:30",
    "SPF Finances <noreply@minfin.fed.be>",
    "Versements anticipés 2026 : évitez la majoration",
    N(),
    """Madame, Monsieur,

Vous avez des revenus sur lesquels aucun précompte n'est retenu ? Effectuez des versements
anticipés et évitez une majoration d'impôt. La première échéance est le 10 avril 2026.

Plus d'infos sur https://finances.belgium.be/fr/particuliers/impot_sur_les_revenus/versements_anticipes

SPF Finances""",
)

_goog = m(
    "iq59",
    "2026-02-24 23:10",
    "Google <no-reply@accounts.google.com>",
    "Security alert",
    N("en"),
    f"""A new sign-in on Windows

{ME_NAME.split()[0]}, we noticed a new sign-in to your Google Account on a Windows device. If
this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You can also see security activity at https://myaccount.google.com/notifications
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
)

_drop = m(
    "iq60",
    "2026-02-13 18:00",
    "Dropbox <no-reply@dropbox.com>",
    "Your Dropbox is full",
    N("en"),
    """Hi Baptiste,

Your Dropbox is full, so your files have stopped syncing. Upgrade to Dropbox Plus for 2 TB of
space, or delete some files to free up space.

Upgrade now: https://www.dropbox.com/plans?trigger=quota_email

The Dropbox team""",
)

_px3 = m(
    "iq61",
    "2025-11-12 05:10",
    "Proximus <noreply@proximus.be>",
    "Votre facture de novembre est disponible",
    N(),
    """Bonjour Baptiste Vandenbroucke-Amrani,

Votre facture Proximus de novembre 2025 est disponible dans MyProximus.

Montant : 79,99 EUR (nouveau tarif Flex à partir du 1er novembre) – Échéance : 26/11/2025

Proximus""",
)

_bk3 = m(
    "iq62",
    "2025-10-27 14:05",
    "Booking.com <noreply@booking.com>",
    "Baptiste, comment s'est passé votre séjour à l'Hôtel Carlton Vauban ?",
    N(),
    """Donnez votre avis sur Hôtel Carlton Vauban, Lille

Votre avis aide les autres voyageurs. Cela ne prend que 2 minutes.

Noter mon séjour : https://www.booking.com/reviewtimeline.fr.html?bn=4128551907

Booking.com""",
    **after("<4128551907.confirm@booking.com>"),
)

_px4 = m(
    "iq63",
    "2025-12-12 05:11",
    "Proximus <noreply@proximus.be>",
    "Votre facture de décembre est disponible",
    N(),
    """Bonjour Baptiste Vandenbroucke-Amrani,

Votre facture Proximus de décembre 2025 est disponible dans MyProximus.

Montant : 79,99 EUR – Échéance : 26/12/2025 (domiciliation)

Offre de fin d'année : ajoutez Netflix Standard à votre pack pour 5 € de moins pendant 6 mois.

Proximus""",
)

_vin = m(
    "iq64",
    "2025-12-06 09:20",
    "Vinted <no-reply@vinted.be>",
    "Ton colis est en route 📦",
    N(),
    """Salut Baptiste,

Bonne nouvelle ! Le vendeur a envoyé ton article « Manteau laine Selected Homme M ».
Il sera livré au point relais Mondial Relay – Librairie Helmet (Chaussée d'Helmet 180) dans
2 à 4 jours ouvrables.

Suivre mon colis : https://www.vinted.be/inbox

L'équipe Vinted""",
)

_ls3 = m(
    "iq65",
    "2026-01-28 06:30",
    "Le Soir <newsletter@lesoir.be>",
    "La Matinale : salaires des cadres, la voiture de société résiste",
    N(),
    html="""<html><body style="font-family:Georgia,serif">
<p><b>La Matinale du Soir</b> – mercredi 28 janvier 2026</p>
<p>1. Salaires des cadres en 2026 : chèques-repas, voiture de société, budget mobilité… ce que
les employeurs proposent encore</p>
<p>2. Bruxelles : la zone basse émission se durcit au 1er février</p>
<p>3. Football : le Standard change encore d'entraîneur</p>
<p style="font-size:10px">Rossel &amp; Cie SA. Se désabonner.</p>
</body></html>""",
)

_dh4 = m(
    "iq66",
    "2026-02-09 06:02",
    "Delhaize <newsletter@info.delhaize.be>",
    "Saint-Valentin : un dîner aux chandelles pour moins de 25 €",
    N(),
    html="""<html><body style="font-family:Arial">
<p>Pour la Saint-Valentin, nos chefs ont composé un menu trois services pour deux : <b>24,99 €</b>.</p>
<p><a href="https://www.delhaize.be/fr/saint-valentin?utm_source=newsletter">Découvrir le menu</a></p>
<p style="font-size:10px">Delhaize Le Lion / De Leeuw SA. Se désinscrire.</p>
</body></html>""",
)

_mu4 = m(
    "iq67",
    "2026-02-15 10:05",
    "Mutualité Saint-Michel <ne-pas-repondre@mutsaintmichel.example>",
    "Vos attestations fiscales 2025 sont disponibles",
    N(),
    """Bonjour,

Vos attestations fiscales 2025 (frais de garde, sport, hospitalisation) sont disponibles dans
votre espace membre « Ma Mutu ». Vous n'avez rien à faire : les montants sont transmis
automatiquement au SPF Finances pour votre déclaration.

Votre Mutualité Saint-Michel""",
)

MAIL: list[dict[str, Any]] = [
    _stib1, _dh1, _px1, _mu1, _fin1, _im1, _co1, _im2, _im3, _bb1, _bp1, _it1, _im4, _bk1,
    _den1, _bb2, _px2, _cambio, _en1, _den2, _bk2, _dh2, _ls1, _rtbf, _mu2, _park, _sab1,
    _sab2, _sncb1, _spot, _co2, _stib2, _sab3, _sch1, _bol1, _bol2, _bb3, _pp1, _dh3, _ls2,
    _cb1, _sncb2, _deliv, _apple, _bb4, _sib, _mu3, _it2, _den3, _viva, _co3, _stib3, _bf,
    _assur, _im5, _im6, _im7, _fin2, _goog, _drop, _px3, _bk3, _px4, _vin, _ls3, _dh4, _mu4,
]  # fmt: skip

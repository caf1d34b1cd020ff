# ruff: noqa: E501, RUF100
"""Corpus 139, the ordinary inbox part one (data only): see heldout139.py.

Administration, money, shopping, newsletters and marketing: none of it is about a job search,
although much of it says "candidature", "dossier", "offre", "entretien" or "recrute"."""

from __future__ import annotations

from typing import Any

from heldout139_jobs import N, ics, m

_UNSUB = "List-Unsubscribe"

MAIL: list[dict[str, Any]] = [
    # --- impots.gouv, CAF, Ameli, Pajemploi ----------------------------------------------------
    m(
        "n4ib0",
        "2025-09-02 06:31",
        "impots.gouv <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Votre avis d'impôt 2025 est disponible",
        N(),
        """Madame LE BIHAN GWENAELLE,

Votre avis d'impôt sur les revenus de 2024 est disponible dans votre espace particulier sur
impots.gouv.fr, rubrique « Documents ».

Le solde éventuel sera prélevé automatiquement sur votre compte bancaire à partir de fin
septembre. Si vous bénéficiez d'un remboursement, il a été versé sur votre compte fin juillet.

Pour rappel, vous ne recevrez pas cet avis par courrier.

Ceci est un message automatique, merci de ne pas y répondre.
La Direction générale des Finances publiques
""",
    ),
    m(
        "c7ud3",
        "2025-09-04 11:12",
        "Caf d'Ille-et-Vilaine <ne-pas-repondre@caf.fr>",
        "Un nouveau document est disponible dans votre Espace Mon Compte",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p><img src="https://www.caf.fr/sites/default/files/logo-caf-mail.png" alt="Caf" width="80"></p>
<p>Bonjour,</p>
<p>Un nouveau document est disponible dans votre Espace Mon Compte : <b>Attestation de paiement
- août 2025</b> (allocations familiales, allocation de rentrée scolaire).</p>
<p>Pour le consulter, connectez-vous sur <a href="https://caf.fr/allocataires/mon-compte">caf.fr</a> ou sur l'appli Caf - Mon Compte.</p>
<p>Attention : la Caf ne vous demandera jamais vos coordonnées bancaires par e-mail.</p>
<p style="font-size:11px;color:#666">Message automatique, merci de ne pas répondre.</p>
</body></html>""",
    ),
    m(
        "q2pj8",
        "2025-09-16 20:48",
        "Pajemploi <ne-pas-repondre@pajemploi.urssaf.fr>",
        "Votre déclaration a bien été prise en compte",
        N(),
        """Bonjour,

Votre déclaration pour la période d'août 2025 concernant votre salariée Mme LEMEE SOLENN
(assistante maternelle agréée) a bien été enregistrée.

Salaire net déclaré : 612,40 €
Montant pris en charge par la Caf (CMG) : 471,18 €
Le prélèvement du reste à charge sera effectué via Pajemploi+.

Le bulletin de salaire de votre salariée est disponible dans votre espace employeur.

Pajemploi - un service de l'Urssaf
""",
    ),
    m(
        "x8rk2",
        "2025-09-30 09:05",
        "L'Assurance Maladie <ne-pas-repondre@assurance-maladie.fr>",
        "Nouveau relevé de remboursements disponible",
        N(),
        """Bonjour,

Un nouveau relevé mensuel de vos remboursements de soins est disponible dans votre compte ameli.

Pour le consulter : rubrique « Mes paiements ».

L'Assurance Maladie
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    ),
    m(
        "w5ez1",
        "2025-10-09 14:22",
        "impots.gouv <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Nouveau message dans votre messagerie sécurisée",
        N(),
        """Madame,

Vous avez reçu une réponse à votre demande du 24/09/2025 (objet : « Frais de garde d'enfant de
moins de 6 ans - crédit d'impôt ») dans la messagerie sécurisée de votre espace particulier.

Connectez-vous sur impots.gouv.fr pour la consulter.

La Direction générale des Finances publiques
""",
    ),
    m(
        "j9wv6",
        "2025-10-16 20:55",
        "Pajemploi <ne-pas-repondre@pajemploi.urssaf.fr>",
        "Votre déclaration a bien été prise en compte",
        N(),
        """Bonjour,

Votre déclaration pour la période de septembre 2025 concernant votre salariée Mme LEMEE SOLENN
a bien été enregistrée.

Salaire net déclaré : 688,75 €
Montant pris en charge par la Caf (CMG) : 471,18 €

Pajemploi - un service de l'Urssaf
""",
    ),
    m(
        "b2xt4",
        "2025-11-03 10:40",
        "Caf d'Ille-et-Vilaine <ne-pas-repondre@caf.fr>",
        "Votre attestation de quotient familial",
        N(),
        """Bonjour,

Vous avez demandé une attestation de quotient familial. Elle est disponible dans votre Espace
Mon Compte, rubrique « Mes attestations ».

Votre quotient familial au 01/11/2025 : 742 €.

Vous pouvez la transmettre directement aux services de votre commune (restauration scolaire,
accueil de loisirs, petite enfance).

La Caf d'Ille-et-Vilaine
""",
    ),
    m(
        "f6hg9",
        "2025-11-24 09:14",
        "L'Assurance Maladie <ne-pas-repondre@assurance-maladie.fr>",
        "Votre attestation de droits",
        N(),
        """Bonjour Madame LE BIHAN,

Conformément à votre demande, votre attestation de droits à l'assurance maladie est disponible
dans votre compte ameli, rubrique « Mes démarches ».

L'Assurance Maladie d'Ille-et-Vilaine
""",
    ),
    m(
        "k0sn5",
        "2025-12-16 21:02",
        "Pajemploi <ne-pas-repondre@pajemploi.urssaf.fr>",
        "Votre déclaration a bien été prise en compte",
        N(),
        """Bonjour,

Votre déclaration pour la période de novembre 2025 concernant votre salariée Mme LEMEE SOLENN
a bien été enregistrée.

Salaire net déclaré : 655,20 €

Pajemploi - un service de l'Urssaf
""",
    ),
    m(
        "h1cy7",
        "2026-01-05 08:00",
        "impots.gouv <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Avance de crédits et réductions d'impôt : versement le 15 janvier",
        N(),
        """Madame,

Vous bénéficiez d'une avance de 60 % de certains crédits et réductions d'impôt (notamment
frais de garde des jeunes enfants, emploi d'un salarié à domicile, dons).

Le montant de votre avance, 1 026 €, sera versé sur votre compte bancaire le 15 janvier 2026.

Si votre situation a changé en 2025, vous pouvez réduire ou renoncer à cette avance depuis votre
espace particulier.

La Direction générale des Finances publiques
""",
    ),
    m(
        "r3ld0",
        "2026-01-08 12:30",
        "Caf d'Ille-et-Vilaine <ne-pas-repondre@caf.fr>",
        "Vos droits au 1er janvier 2026",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Bonjour,</p>
<p>Vos droits ont été recalculés au 1er janvier 2026. Le détail des montants (allocations
familiales, complément de libre choix du mode de garde) est disponible dans votre Espace Mon
Compte.</p>
<p>Pensez à nous signaler tout changement de situation professionnelle ou familiale.</p>
<p><a href="https://caf.fr/allocataires/mon-compte">Accéder à Mon Compte</a></p>
</body></html>""",
    ),
    m(
        "p5me3",
        "2026-02-02 07:45",
        "Pajemploi <ne-pas-repondre@pajemploi.urssaf.fr>",
        "Votre attestation fiscale 2025 est disponible",
        N(),
        """Bonjour,

Votre attestation fiscale pour l'année 2025 est disponible dans votre espace employeur. Elle
récapitule les sommes versées à votre assistante maternelle et vous permettra de remplir votre
déclaration de revenus au titre des frais de garde.

Pajemploi - un service de l'Urssaf
""",
    ),
    # --- bank, credit card, loan simulation ------------------------------------------------
    m(
        "y7fa2",
        "2025-09-06 05:12",
        "Banque Armor Océan <info@banque-armorocean.example>",
        "Votre relevé de compte d'août est disponible",
        N(),
        """Bonjour Madame Le Bihan,

Votre relevé de compte n° ••••2217 du mois d'août 2025 est disponible dans votre espace client
(rubrique e-Documents).

Banque Armor Océan - Agence Rennes Sainte-Thérèse
Ne répondez pas à ce message : il a été envoyé automatiquement.
""",
    ),
    m(
        "g3vb8",
        "2025-09-27 10:02",
        "Courtiz <simulation@courtiz.example>",
        "Votre simulation de prêt immobilier",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#203040">
<h2>Bonjour Gwenaëlle, voici votre simulation 🏡</h2>
<table style="border-collapse:collapse">
<tr><td>Projet</td><td><b>Achat résidence principale - Rennes</b></td></tr>
<tr><td>Prix du bien</td><td>265 000 €</td></tr>
<tr><td>Apport</td><td>32 000 €</td></tr>
<tr><td>Durée</td><td>25 ans</td></tr>
<tr><td>Meilleur taux obtenu</td><td>3,25 % hors assurance</td></tr>
<tr><td>Mensualité estimée</td><td>1 152 €</td></tr>
</table>
<p>Taux d'endettement estimé : 34,1 % - légèrement au-dessus du seuil de 35 % assurance comprise ;
un courtier Courtiz peut vous aider à optimiser votre dossier (PTZ, prêt Action Logement).</p>
<p><a href="https://www.courtiz.example/mon-projet/rdv?utm_source=simu">Prendre rendez-vous avec un courtier</a></p>
<p style="font-size:10px;color:#888">Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de
remboursement avant de vous engager. Courtiz SAS, IOBSP inscrit à l'ORIAS.</p>
</body></html>""",
        headers={_UNSUB: "<mailto:unsubscribe@courtiz.example>"},
    ),
    m(
        "t8kc6",
        "2025-10-02 16:35",
        "Mathieu Renaud - Courtiz <mathieu.renaud@courtiz.example>",
        "Votre dossier de financement : pièces à fournir",
        N(),
        """Bonjour Madame Le Bihan,

Merci pour notre échange téléphonique de ce matin. Pour constituer votre dossier de demande de
prêt et le présenter à nos banques partenaires, merci de déposer dans votre espace :

- vos 3 derniers bulletins de salaire et celui de décembre 2024
- vos 2 derniers avis d'imposition
- vos 3 derniers relevés de compte
- justificatif d'apport (épargne)
- attestation Caf

Dès réception, je lance les demandes auprès de trois établissements. Délai de réponse habituel :
10 à 15 jours.

Bien cordialement,
Mathieu Renaud
Courtier en crédit immobilier - Courtiz Rennes
""",
    ),
    m(
        "e0ru9",
        "2025-10-13 11:20",
        "Banque Armor Océan <info@banque-armorocean.example>",
        "Votre demande de carte Visa Premier a été acceptée",
        N(),
        """Bonjour Madame Le Bihan,

Bonne nouvelle : votre demande de carte Visa Premier a été acceptée. Votre nouvelle carte vous
sera adressée par courrier sous 7 jours ouvrés, et le code confidentiel par un envoi séparé.

Votre carte actuelle restera active jusqu'à l'activation de la nouvelle.

Cotisation annuelle : 134 € (offerte la première année).

Votre conseillère, Morgane Hellec
Banque Armor Océan - Agence Rennes Sainte-Thérèse
""",
    ),
    m(
        "a1nw4",
        "2025-10-27 09:47",
        "Mathieu Renaud - Courtiz <mathieu.renaud@courtiz.example>",
        "Retour des banques sur votre dossier",
        N(),
        """Bonjour Madame Le Bihan,

Je reviens vers vous avec les premiers retours :

- Banque 1 : refus (taux d'endettement)
- Banque 2 : accord de principe à 3,30 % sur 25 ans, sous réserve d'un apport porté à 40 000 €
- Banque 3 : en cours d'étude

Comme évoqué, un changement de poste en cours de procédure pourrait compliquer les choses (les
banques demandent souvent la fin de la période d'essai). On en reparle quand vous y verrez plus
clair ?

Bien cordialement,
Mathieu Renaud
Courtiz Rennes
""",
    ),
    m(
        "u4ze7",
        "2025-11-10 05:10",
        "Banque Armor Océan <info@banque-armorocean.example>",
        "Votre relevé de compte d'octobre est disponible",
        N(),
        """Bonjour Madame Le Bihan,

Votre relevé de compte n° ••••2217 du mois d'octobre 2025 est disponible dans votre espace client
(rubrique e-Documents).

Banque Armor Océan
Ne répondez pas à ce message : il a été envoyé automatiquement.
""",
    ),
    m(
        "s5by1",
        "2025-12-01 08:30",
        "Banque Armor Océan <offres@banque-armorocean.example>",
        "Une réserve d'argent pour les fêtes ? Notre offre de prêt personnel",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#0a3d62">Offre spéciale fin d'année 🎄</h2>
<p>Madame Le Bihan, financez vos projets avec notre prêt personnel à taux préférentiel :
<b>4,90 % TAEG fixe</b> de 3 000 € à 15 000 €, réponse de principe immédiate.</p>
<p><a href="https://www.banque-armorocean.example/pret-perso?utm_campaign=noel25">Faire une simulation</a></p>
<p style="font-size:10px">Exemple : pour un prêt de 5 000 € sur 36 mois au TAEG fixe de 4,90 %, 36 mensualités de 149,43 €.
Montant total dû : 5 379,48 €. Un crédit vous engage et doit être remboursé. Offre soumise à acceptation.</p>
</body></html>""",
        headers={_UNSUB: "<https://www.banque-armorocean.example/desinscription>"},
    ),
    m(
        "d9ho6",
        "2026-01-10 05:09",
        "Banque Armor Océan <info@banque-armorocean.example>",
        "Votre relevé de compte de décembre est disponible",
        N(),
        """Bonjour Madame Le Bihan,

Votre relevé de compte n° ••••2217 du mois de décembre 2025 est disponible dans votre espace
client (rubrique e-Documents), ainsi que votre récapitulatif annuel de frais 2025.

Banque Armor Océan
""",
    ),
    m(
        "l2gq0",
        "2026-01-28 18:02",
        "Courtiz <simulation@courtiz.example>",
        "Votre projet immobilier : où en êtes-vous ?",
        N(),
        """Bonjour Gwenaëlle,

Il y a quelques mois, vous avez réalisé une simulation de prêt pour un achat à Rennes. Les taux
ont légèrement baissé depuis (à partir de 3,05 % sur 25 ans ce mois-ci) : c'est peut-être le bon
moment pour relancer votre projet !

Reprendre ma simulation : https://www.courtiz.example/mon-projet?utm_source=relance

L'équipe Courtiz
""",
        headers={_UNSUB: "<mailto:unsubscribe@courtiz.example>"},
    ),
    m(
        "v6wp3",
        "2026-02-09 05:11",
        "Banque Armor Océan <info@banque-armorocean.example>",
        "Votre relevé de compte de janvier est disponible",
        N(),
        """Bonjour Madame Le Bihan,

Votre relevé de compte n° ••••2217 du mois de janvier 2026 est disponible dans votre espace
client (rubrique e-Documents).

Banque Armor Océan
""",
    ),
    # --- health insurance (her own mutuelle, not the employer) -------------------------------
    m(
        "i8ta5",
        "2025-09-19 13:40",
        "Mutuelle des Pays de Rance <remboursements@mprance.example>",
        "Remboursement de vos frais de santé",
        N(),
        """Madame LE BIHAN,

Nous avons procédé au remboursement suivant :

Bénéficiaire : LE BIHAN Malo
Acte : consultation pédiatre - 10/09/2025
Part Mutuelle : 17,50 €
Virement effectué le 19/09/2025

Retrouvez le détail dans votre espace adhérent.

Mutuelle des Pays de Rance - Mutuelle régie par le livre II du Code de la mutualité
""",
    ),
    m(
        "o1vj2",
        "2025-11-21 13:12",
        "Mutuelle des Pays de Rance <remboursements@mprance.example>",
        "Remboursement de vos frais de santé",
        N(),
        """Madame LE BIHAN,

Nous avons procédé au remboursement suivant :

Bénéficiaire : LE BIHAN Louna
Acte : orthodontie - semestre 2 - 2025
Part Mutuelle : 193,50 €

Mutuelle des Pays de Rance
""",
    ),
    m(
        "z9cm6",
        "2026-01-16 10:00",
        "Mutuelle des Pays de Rance <adherents@mprance.example>",
        "Votre échéancier de cotisations 2026",
        N(),
        """Madame LE BIHAN,

Votre échéancier de cotisations 2026 est disponible dans votre espace adhérent. Votre
cotisation mensuelle (formule Équilibre, 3 bénéficiaires) passe à 142,80 € au 1er janvier.

Si vous bénéficiez d'une complémentaire santé obligatoire dans le cadre de votre nouvel emploi,
vous pouvez résilier votre contrat individuel à tout moment, sur simple demande et sur
présentation de l'attestation d'affiliation de votre employeur.

Mutuelle des Pays de Rance - Service adhérents
""",
    ),
    # --- bills and parcels ------------------------------------------------------------------
    m(
        "m0fe8",
        "2025-09-05 09:01",
        "Free <facture@free.fr>",
        "Votre facture Freebox de septembre",
        N(),
        """Bonjour,

Votre facture Freebox Pop du mois de septembre 2025 est disponible dans votre Espace Abonné.

Montant : 39,99 €
Prélèvement le : 12/09/2025

Free - Service Abonnés
""",
    ),
    m(
        "c4ps2",
        "2025-10-21 07:33",
        "Énergie d'Armor <clients@energiedarmor.example>",
        "Votre échéancier a été mis à jour",
        N(),
        """Bonjour Gwenaëlle,

Suite au relevé de votre compteur Linky, votre échéancier de paiement a été ajusté. Votre
mensualité passe de 78 € à 84 € à partir de novembre.

Consultez votre espace client : https://client.energiedarmor.example

Énergie d'Armor - fournisseur d'électricité verte bretonne
""",
    ),
    m(
        "y3ja1",
        "2025-10-24 14:18",
        "Colissimo <noreply@notif-colissimo-laposte.info>",
        "Votre colis arrive demain",
        N(),
        """Bonjour,

Votre colis n° 6A2479305XXXX expédié par ESPACE CULTURE OUEST sera livré demain, samedi 25
octobre, entre 9h et 13h.

Absent(e) ? Choisissez une autre date ou un point de retrait :
https://www.laposte.fr/outils/suivre-vos-envois?code=6A2479305XXXX

La Poste - Colissimo
""",
    ),
    m(
        "r8ni4",
        "2025-11-05 09:00",
        "Free <facture@free.fr>",
        "Votre facture Freebox de novembre",
        N(),
        """Bonjour,

Votre facture Freebox Pop du mois de novembre 2025 est disponible dans votre Espace Abonné.

Montant : 39,99 €

Free - Service Abonnés
""",
    ),
    m(
        "g7yw0",
        "2025-12-19 17:47",
        "Colissimo <noreply@notif-colissimo-laposte.info>",
        "Votre colis a été déposé dans votre point de retrait",
        N(),
        """Bonjour,

Votre colis n° 6A2501884XXXX est disponible au point de retrait TABAC PRESSE STE THERESE, 2 rue
de Châteaugiron, 35000 Rennes, jusqu'au 3 janvier.

Présentez ce code de retrait : 481 229

La Poste - Colissimo
""",
    ),
    m(
        "x1bo9",
        "2026-01-22 09:03",
        "Free <facture@free.fr>",
        "Votre facture Freebox de janvier",
        N(),
        """Bonjour,

Votre facture Freebox Pop du mois de janvier 2026 est disponible dans votre Espace Abonné.

Montant : 41,99 € (évolution tarifaire au 1er janvier, voir le détail)

Free - Service Abonnés
""",
    ),
    m(
        "k6ur3",
        "2026-02-18 08:20",
        "Énergie d'Armor <clients@energiedarmor.example>",
        "Votre facture de régularisation",
        N(),
        """Bonjour Gwenaëlle,

Votre facture annuelle de régularisation est disponible. Votre consommation 2025 : 3 412 kWh.
Solde en votre faveur : 23,40 €, remboursé sur votre prochaine échéance.

Énergie d'Armor
""",
    ),
    m(
        "q0ai6",
        "2025-11-12 10:15",
        "Contrôle Auto Cesson <rappel@controleauto-cesson.example>",
        "Le contrôle technique de votre véhicule arrive à échéance",
        N(),
        """Bonjour Madame Le Bihan,

Le contrôle technique de votre véhicule immatriculé FG-•••-KT (Peugeot 2008) doit être réalisé
avant le 15 décembre 2025.

Prenez rendez-vous en ligne en 2 minutes : https://www.controleauto-cesson.example/rdv
-10 % sur votre contrôle en réservant en ligne !

Contrôle Auto Cesson - ZA de la Rigourdière
""",
    ),
    m(
        "w2dk7",
        "2025-12-29 11:40",
        "Assurances du Vieux Port <contrat@assur-vieuxport.example>",
        "Votre avis d'échéance auto 2026",
        N(),
        """Madame LE BIHAN,

Votre avis d'échéance pour votre contrat auto n° AU-2231877 est disponible dans votre espace.
Cotisation annuelle 2026 : 487,20 € (prélèvements mensuels de 40,60 €).

Votre bonus : 0,50.

Assurances du Vieux Port - Saint-Malo
""",
    ),
    # --- shops: "offres" that are only marketing -------------------------------------------
    m(
        "h5sy0",
        "2025-09-09 10:30",
        "Brikéo <news@brikeo.example>",
        "Offres de rentrée : jusqu'à -30 % sur le rangement",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#e55b13">C'est la rentrée chez Brikéo !</h1>
<p>Bureaux enfants, étagères, boîtes de rangement : <b>jusqu'à -30 %</b> jusqu'au 21 septembre.</p>
<p><a href="https://www.brikeo.example/rentree?utm_source=newsletter">J'en profite</a></p>
<p style="font-size:10px">Offre valable dans la limite des stocks disponibles. <a href="https://www.brikeo.example/desabonnement">Se désabonner</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.brikeo.example/desabonnement>"},
    ),
    m(
        "b6mh3",
        "2025-09-23 18:00",
        "Espace Culture Ouest <newsletter@espaceculture-ouest.example>",
        "Offre exclusive adhérents : -10 % sur les livres scolaires",
        N(),
        html="""<html><body style="font-family:Georgia,serif">
<p>Chère adhérente,</p>
<p>Profitez de <b>10 % de remise immédiate</b> sur les manuels et cahiers de vacances, et de
5 % supplémentaires sur votre carte fidélité jusqu'au 30 septembre.</p>
<p><a href="https://www.espaceculture-ouest.example/offres?utm_campaign=scolaire">Voir l'offre</a></p>
<p style="font-size:10px"><a href="https://www.espaceculture-ouest.example/unsubscribe">Désinscription</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.espaceculture-ouest.example/unsubscribe>"},
    ),
    m(
        "n7oq5",
        "2025-10-07 11:00",
        "Surgelés Armor <bonsplans@surgeles-armor.example>",
        "Vos offres de la semaine sont arrivées ❄️",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Cette semaine chez Surgelés Armor : 2 achetés = le 3e offert sur les légumes cuisinés, et
-40 % sur le 2e paquet de galettes de sarrasin.</p>
<p><a href="https://www.surgeles-armor.example/promos">Voir toutes les offres</a></p>
<p style="font-size:10px"><a href="https://www.surgeles-armor.example/desinscription">Se désinscrire</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.surgeles-armor.example/desinscription>"},
    ),
    m(
        "t1ee8",
        "2025-11-08 08:00",
        "Brikéo <news@brikeo.example>",
        "Black Friday en avant-première : votre offre VIP 🖤",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;background:#000;color:#fff">
<h1>BLACK FRIDAY</h1>
<p>Gwenaëlle, en tant que cliente fidèle, accédez aux offres <b>48 h avant tout le monde</b>.</p>
<p>Jusqu'à -50 % sur l'outillage et la déco. Offre valable jusqu'au 30 novembre.</p>
<p><a href="https://www.brikeo.example/black-friday?vip=1" style="color:#ffd400">Accéder aux offres</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.brikeo.example/desabonnement>"},
    ),
    m(
        "f3tz2",
        "2025-11-27 19:30",
        "Kdo Discount <promo@kdodiscount.example>",
        "⏰ Dernières heures : -40 % sur TOUT le rayon jouets",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>DERNIÈRES HEURES !</h2>
<p>Le Black Friday se termine à minuit : <b>-40 % sur tout le rayon jouets</b> et livraison offerte dès 49 €.</p>
<p><a href="https://www.kdodiscount.example/bf?utm_source=mail">J'en profite</a></p>
<p style="font-size:10px">Offre non cumulable. <a href="https://www.kdodiscount.example/unsub">Se désabonner</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.kdodiscount.example/unsub>"},
    ),
    m(
        "o8ck4",
        "2025-12-12 12:00",
        "Jouets Ty Kéo <bonjour@tykeo-jouets.example>",
        "Nos idées cadeaux pour les 1-3 ans 🎁",
        N(),
        html="""<html><body style="font-family:Verdana,sans-serif">
<p>Bonjour Gwenaëlle,</p>
<p>Porteurs, jeux d'encastrement en bois, livres d'éveil : notre sélection pour les tout-petits,
emballage cadeau offert en boutique (rue Saint-Hélier) jusqu'au 24 décembre.</p>
<p><a href="https://www.tykeo-jouets.example/noel">Découvrir la sélection</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.tykeo-jouets.example/unsub>"},
    ),
    m(
        "v0lr7",
        "2026-01-07 08:00",
        "Espace Culture Ouest <newsletter@espaceculture-ouest.example>",
        "Soldes d'hiver : jusqu'à -50 %",
        N(),
        html="""<html><body style="font-family:Georgia,serif">
<p>Les soldes commencent aujourd'hui ! Jusqu'à -50 % sur une sélection de livres, jeux et
papeterie, en magasin et en ligne.</p>
<p><a href="https://www.espaceculture-ouest.example/soldes">Voir les soldes</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.espaceculture-ouest.example/unsubscribe>"},
    ),
    m(
        "e5qf0",
        "2026-02-06 17:15",
        "Vinted <no-reply@vinted.fr>",
        "Ton article a été vendu !",
        N(),
        """Bonne nouvelle, Gwenaëlle !

Ton article « Combinaison de ski 10 ans Wedze » a été acheté par soaz_35. Envoie-le avant le 11
février avec le bordereau prépayé disponible dans l'appli.

L'équipe Vinted
""",
    ),
    m(
        "y9vm2",
        "2026-02-13 11:00",
        "Fleurs de Bretagne <contact@fleursdebretagne.example>",
        "Saint-Valentin : offre spéciale livraison offerte 💐",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Pour la Saint-Valentin, la livraison est offerte à Rennes et Saint-Malo sur tous nos bouquets
commandés avant le 13 février minuit.</p>
<p><a href="https://www.fleursdebretagne.example/st-valentin">Commander</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.fleursdebretagne.example/unsub>"},
    ),
    m(
        "i4jw9",
        "2025-09-14 15:02",
        "Vinted <no-reply@vinted.fr>",
        "Ton article a été vendu !",
        N(),
        """Bonne nouvelle, Gwenaëlle !

Ton article « Lot 6 bodies 12 mois » a été acheté par mamandelou. Envoie-le avant le 19
septembre avec le bordereau prépayé.

L'équipe Vinted
""",
    ),
    m(
        "d3kx5",
        "2025-10-30 09:30",
        "Canva <marketing@engage.canva.com>",
        "Your free trial of Canva Pro ends in 3 days",
        N("en"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Gwenaëlle,</p>
<p>Your Canva Pro trial ends on November 2. Keep access to premium templates, Brand Kit and
Magic Resize for €11.99/month, or switch to the free plan at any time.</p>
<p><a href="https://www.canva.com/settings/billing">Manage your plan</a></p>
<p style="font-size:10px">Canva, 110 Kippax St, Surry Hills NSW 2010, Australia. <a href="https://www.canva.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.canva.com/unsubscribe>"},
    ),
    # --- newsletters, including the ones that "interview" someone or talk about hiring ---------
    m(
        "s2wy4",
        "2025-09-20 07:00",
        "Breizh Éco Hebdo <lettre@breizh-eco-hebdo.example>",
        "« On recrute 40 personnes d'ici 2026 » : entretien avec Anne-Laure Guivarc'h",
        N(),
        html="""<html><body style="font-family:Georgia,serif;color:#222">
<p style="font-size:12px;color:#888">Breizh Éco Hebdo · n° 412 · samedi 20 septembre 2025</p>
<h1>« On recrute 40 personnes d'ici 2026 »</h1>
<p><i>Entretien avec Anne-Laure Guivarc'h, présidente de Kerfrost, spécialiste des produits de la
mer surgelés à Lorient.</i></p>
<p><b>Breizh Éco Hebdo : Votre chiffre d'affaires a progressé de 18 % l'an dernier. Comment
l'expliquez-vous ?</b><br>
A.-L. G. : Nous avons gagné deux contrats avec la grande distribution allemande et investi
6 millions d'euros dans une nouvelle ligne. Aujourd'hui, notre difficulté, c'est le
recrutement : conducteurs de ligne, techniciens de maintenance, mais aussi des fonctions support
comme la paie.</p>
<p><b>Comment attirez-vous les candidats ?</b><br>
Nous avons revu nos salaires, mis en place un intéressement et nous ouvrons une crèche
interentreprises avec nos voisins de la zone…</p>
<p><a href="https://www.breizh-eco-hebdo.example/articles/kerfrost-entretien?utm_source=lettre">Lire la suite de l'entretien</a></p>
<hr><p><b>Aussi cette semaine :</b> les défaillances d'entreprises en hausse dans le Finistère ;
le port de Saint-Malo lance sa zone logistique.</p>
<p style="font-size:10px"><a href="https://www.breizh-eco-hebdo.example/desinscription">Se désinscrire</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.breizh-eco-hebdo.example/desinscription>"},
    ),
    m(
        "k9pb1",
        "2025-11-15 07:00",
        "Breizh Éco Hebdo <lettre@breizh-eco-hebdo.example>",
        "Portrait : Loïc Tanguy, le patron qui fait passer les entretiens d'embauche lui-même",
        N(),
        html="""<html><body style="font-family:Georgia,serif;color:#222">
<p style="font-size:12px;color:#888">Breizh Éco Hebdo · n° 420</p>
<h1>Loïc Tanguy, le patron qui fait passer les entretiens d'embauche lui-même</h1>
<p>À 58 ans, le fondateur de Tanguy Bois Construction (Loudéac, 210 salariés) reçoit encore
chaque candidat en entretien. « Un CV ne dit rien de quelqu'un. Je veux voir comment la personne
parle de son dernier poste. » Nous l'avons interviewé dans son atelier…</p>
<p><a href="https://www.breizh-eco-hebdo.example/articles/portrait-tanguy">Lire l'entretien</a></p>
<p style="font-size:10px"><a href="https://www.breizh-eco-hebdo.example/desinscription">Se désinscrire</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.breizh-eco-hebdo.example/desinscription>"},
    ),
    m(
        "p8rd6",
        "2026-01-17 07:00",
        "Breizh Éco Hebdo <lettre@breizh-eco-hebdo.example>",
        "Entretien : « Nous avons embauché 12 CDI en 2025 et ce n'est pas fini »",
        N(),
        html="""<html><body style="font-family:Georgia,serif;color:#222">
<p style="font-size:12px;color:#888">Breizh Éco Hebdo · n° 429</p>
<h1>« Nous avons embauché 12 CDI en 2025 et ce n'est pas fini »</h1>
<p><i>Rencontre avec Nolwenn Ropars, cheffe d'entreprise à la tête de la conserverie Ropars
(Douarnenez).</i></p>
<p>Q. : Vous cherchez encore des profils ?<br>R. : Oui, surtout en production et en qualité. Nos
offres sont sur notre site, et nous accueillons beaucoup de candidatures spontanées…</p>
<p><a href="https://www.breizh-eco-hebdo.example/articles/ropars">Lire la suite</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.breizh-eco-hebdo.example/desinscription>"},
    ),
    m(
        "a7ms3",
        "2026-02-21 07:00",
        "Breizh Éco Hebdo <lettre@breizh-eco-hebdo.example>",
        "Salon de l'emploi, levée de fonds et nouvelles usines : la semaine éco en Bretagne",
        N(),
        html="""<html><body style="font-family:Georgia,serif;color:#222">
<p style="font-size:12px;color:#888">Breizh Éco Hebdo · n° 434</p>
<ul>
<li>Le salon « Emploi en Ouest » attend 8 000 visiteurs le 12 mars au Parc Expo de Rennes.</li>
<li>La start-up nantaise Kalipaie lève 6 millions d'euros pour son logiciel de paie.</li>
<li>Agroalimentaire : le groupe coopératif Evanor inaugure une unité de méthanisation.</li>
</ul>
<p><a href="https://www.breizh-eco-hebdo.example/lettre/434">Lire la lettre</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.breizh-eco-hebdo.example/desinscription>"},
    ),
    m(
        "j6ft8",
        "2025-09-12 08:30",
        "Silae <newsletter@silae.fr>",
        "Silae Info – Septembre : nouveautés DSN et bulletin clarifié",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>Silae Info · Septembre 2025</h2>
<p>• Norme DSN 2026 : le cahier technique est publié, les premiers impacts pour vos dossiers.<br>
• Réduction générale dégressive unique : ce qui change au 1er janvier.<br>
• Nouveau dans Silae : l'assistant de contrôle des arrêts de travail.</p>
<p><a href="https://www.silae.fr/actualites?utm_source=newsletter">Lire les articles</a></p>
<p style="font-size:10px"><a href="https://www.silae.fr/desinscription">Se désinscrire</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.silae.fr/desinscription>"},
    ),
    m(
        "w8ni2",
        "2025-10-18 09:00",
        "Silae <evenements@silae.fr>",
        "Invitation : webinaire « LFSS 2026, quels impacts pour la paie ? »",
        N(),
        """Bonjour,

Vous êtes inscrite au webinaire « LFSS 2026 : quels impacts pour la paie ? », animé par nos
experts sociaux.

Jeudi 20 novembre 2025, 11h00 - 12h00
Lien de connexion : https://webinar.silae.fr/j/88214
L'invitation est jointe pour l'ajouter à votre agenda.

À bientôt,
L'équipe Événements Silae
""",
        ics=ics(
            "silae-webinar-lfss2026-88214@silae.fr",
            "2025-11-20 11:00",
            "Webinaire Silae - LFSS 2026 : quels impacts pour la paie ?",
            ("Silae Événements", "evenements@silae.fr"),
            minutes=60,
            location="https://webinar.silae.fr/j/88214",
        ),
    ),
    m(
        "u3oc5",
        "2025-12-03 08:30",
        "Silae <newsletter@silae.fr>",
        "Silae Info – Décembre : préparez votre clôture annuelle",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>Silae Info · Décembre 2025</h2>
<p>Check-list de clôture, régularisations de fin d'année, nouveaux taux 2026 : tout ce qu'il faut
savoir avant la paie de janvier.</p>
<p><a href="https://www.silae.fr/actualites/cloture-2025">Lire le guide</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.silae.fr/desinscription>"},
    ),
    m(
        "b9ae1",
        "2025-10-27 06:00",
        "La Lettre Paie & RH <redaction@lettre-paie-rh.example>",
        "Bulletin de paie 2026, offres d'emploi et obligations de transparence salariale",
        N(),
        html="""<html><body style="font-family:Georgia,serif">
<p style="color:#888">La Lettre Paie &amp; RH · hebdomadaire · n° 1187</p>
<h2>À la une</h2>
<p><b>Transparence salariale :</b> à partir de juin 2026, les offres d'emploi devront mentionner
la rémunération ou sa fourchette, et l'employeur ne pourra plus interroger le candidat sur ses
salaires passés pendant l'entretien d'embauche. Ce que la directive change pour vos
recrutements.</p>
<p><b>Jurisprudence :</b> la promesse d'embauche qui précise l'emploi, la rémunération et la date
d'entrée vaut contrat de travail (Cass. soc.).</p>
<p><a href="https://www.lettre-paie-rh.example/n1187">Lire la lettre</a></p>
<p style="font-size:10px">Abonnement professionnel. <a href="https://www.lettre-paie-rh.example/compte">Mon compte</a></p>
</body></html>""",
    ),
    m(
        "h2uk6",
        "2025-12-17 06:00",
        "La Lettre Paie & RH <redaction@lettre-paie-rh.example>",
        "Ce qui change au 1er janvier 2026 en paie",
        N(),
        html="""<html><body style="font-family:Georgia,serif">
<p style="color:#888">La Lettre Paie &amp; RH · n° 1194</p>
<p>SMIC, plafond de la sécurité sociale, réduction générale unique, taux AT/MP, contrat de
sécurisation professionnelle : notre tableau récapitulatif des nouveautés 2026.</p>
<p><a href="https://www.lettre-paie-rh.example/n1194">Télécharger le tableau</a></p>
</body></html>""",
    ),
    m(
        "z4sj9",
        "2026-02-11 06:00",
        "La Lettre Paie & RH <redaction@lettre-paie-rh.example>",
        "Rupture de la période d'essai : le délai de prévenance en 5 questions",
        N(),
        html="""<html><body style="font-family:Georgia,serif">
<p style="color:#888">La Lettre Paie &amp; RH · n° 1202</p>
<p>Le salarié qui quitte l'entreprise pendant sa période d'essai doit respecter un délai de
prévenance de 48 heures (24 heures s'il est présent depuis moins de huit jours)… Nos réponses
aux questions les plus fréquentes.</p>
<p><a href="https://www.lettre-paie-rh.example/n1202">Lire la suite</a></p>
</body></html>""",
    ),
    # --- LinkedIn, the social part ---------------------------------------------------------------
    m(
        "c0xb3",
        "2025-10-04 12:14",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Félicitez Soazig Le Gall pour son nouveau poste",
        N(),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="512" align="center"><tr><td>
<p><b>Soazig Le Gall</b> a commencé un nouveau poste : Responsable paie chez Groupe Hospitalier
Privé Ouest.</p>
<p><a href="https://www.linkedin.com/feed/update/urn:li:activity:73812/?trk=eml-congrats">Dire félicitations</a></p>
<p style="font-size:11px;color:#999"><a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Se désabonner</a> ·
LinkedIn Ireland Unlimited Company</p>
</td></tr></table></body></html>""",
    ),
    m(
        "r6ej0",
        "2025-12-10 19:21",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Yann Kerdraon a publié : « Après 9 ans, je tourne une page… »",
        N(),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="512" align="center"><tr><td>
<p><b>Yann Kerdraon</b> a publié : « Après 9 ans chez Armor Logistique, je tourne une page et
rejoins un équipementier automobile à Nantes comme responsable méthodes. Merci à toutes les
équipes… »</p>
<p>128 réactions · 41 commentaires</p>
<p><a href="https://www.linkedin.com/feed/update/urn:li:activity:74190/">Voir la publication</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "n1hq8",
        "2026-01-26 12:02",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Souhaitez un bon anniversaire professionnel à Morgane Riou",
        N(),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="512" align="center"><tr><td>
<p><b>Morgane Riou</b> fête ses 5 ans chez Lorans &amp; Associés.</p>
<p><a href="https://www.linkedin.com/in/morgane-riou/">Lui envoyer un message</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "e2wf5",
        "2026-02-24 08:45",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Gwenaëlle, vous avez 4 nouvelles notifications",
        N(),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="512" align="center"><tr><td>
<p>Claire Hervouët et 3 autres personnes ont consulté votre profil.</p>
<p>Soazig Le Gall a commenté une publication : « Bravo pour cette nouvelle étape ! »</p>
<p><a href="https://www.linkedin.com/notifications/">Voir les notifications</a></p>
</td></tr></table></body></html>""",
    ),
    # --- more of the ordinary ----------------------------------------------------------------
    m(
        "q6nt2",
        "2025-10-05 09:00",
        "Free Mobile <facture@freemobile.fr>",
        "Votre facture Free Mobile est disponible",
        N(),
        """Bonjour,

Votre facture Free Mobile de septembre 2025 (ligne 06 •• •• •• 41, forfait 5G 150 Go) est
disponible dans votre Espace Abonné.

Montant : 19,99 €

Free Mobile
""",
    ),
    m(
        "r9ou4",
        "2025-11-18 13:07",
        "Service Douane Colis <suivi@colis-livraison-fr.example>",
        "Votre colis est en attente : frais de douane à régler (1,99 €)",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Cher client,</p>
<p>Votre colis n° FR8821937 est bloqué au centre de tri. Des frais de dédouanement de <b>1,99 €</b>
doivent être réglés sous 48 h, faute de quoi il sera retourné à l'expéditeur.</p>
<p><a href="http://colis-livraison-fr.example/paiement?id=8821937">Régler les frais</a></p>
</body></html>""",
    ),
    m(
        "s2pv6",
        "2025-12-14 19:00",
        "Duolingo <hello@duolingo.com>",
        "You're on a 30 day streak! 🔥",
        N("en"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Gwenaëlle,</p>
<p>Amazing! You've practised English 30 days in a row. Keep your streak alive with a 5-minute
lesson today.</p>
<p><a href="https://www.duolingo.com/learn">Continue learning</a></p>
<p style="font-size:10px"><a href="https://www.duolingo.com/settings/notifications">Unsubscribe</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.duolingo.com/settings/notifications>"},
    ),
    m(
        "t5qw8",
        "2026-01-31 08:00",
        "Ouest Spectacles <billetterie@ouest-spectacles.example>",
        "Vos e-billets : La Reine des Neiges, le spectacle – 15/03/2026",
        N(),
        """Bonjour Gwenaëlle,

Merci pour votre achat ! Vos 3 e-billets pour « La Reine des Neiges, le spectacle » (dimanche 15
mars 2026, 14h00, Le Liberté - Rennes) sont joints à ce message.

Catégorie 2 - Rang M, places 14 à 16.

Ouest Spectacles
""",
        attach=[
            (
                "Billets_ReineDesNeiges_150326.pdf",
                "application/pdf",
                "%PDF-1.4\n% e-billets\n%%EOF\n",
            )
        ],
    ),
    m(
        "u8rx0",
        "2026-02-01 08:30",
        "Le Rennais du Dimanche <newsletter@lerennaisdudimanche.example>",
        "Cette semaine à Rennes : Travelling, nouvelles lignes de bus et le marché des Lices",
        N(),
        html="""<html><body style="font-family:Georgia,serif">
<p><b>Le Rennais du Dimanche</b> · 1er février 2026</p>
<ul>
<li>Le festival Travelling revient avec une programmation jeune public.</li>
<li>Réseau STAR : la ligne C7 prolongée jusqu'à Sainte-Thérèse à partir du 2 mars.</li>
<li>Rencontre : le fromager du marché des Lices nous raconte ses 30 ans de marché.</li>
</ul>
<p><a href="https://www.lerennaisdudimanche.example/lettre/2026-02-01">Lire la lettre</a></p>
</body></html>""",
        headers={_UNSUB: "<https://www.lerennaisdudimanche.example/desinscription>"},
    ),
]

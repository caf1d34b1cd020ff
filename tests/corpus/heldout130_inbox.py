# ruff: noqa: E501, RUF100
"""Corpus 130, the ordinary inbox, part one (data only): see heldout130.py.

Transport, energy, taxes, the CAF, a flat hunt (rental "candidatures" refused and accepted, a lease
signed online, an inventory appointment), a studio bought with a mortgage ("offre de prêt"), the
health mutuelle, doctors booked through Doctolib, the bank and a card "demande", shops, trains."""

from __future__ import annotations

from heldout130_jobs import N, ics, m

UNSUB = "List-Unsubscribe"


def _simple_html(logo: str, alt: str, body: str, foot: str, color: str = "#003a70") -> str:
    return f"""<html><body style="margin:0;font-family:Arial,Helvetica,sans-serif;color:#222;background:#f1f1f1">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 24px;border-bottom:3px solid {color}"><img src="{logo}" alt="{alt}" height="34"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px">{body}</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;background:#fafafa">{foot}</td></tr>
</table></body></html>"""


# --- TCL, Vélo'v ------------------------------------------------------------------------------------

_tcl1 = m(
    "tc0901a",
    "2025-09-01 06:30",
    "TCL <no-reply@tcl.fr>",
    "Votre abonnement mensuel TCL - échéance de septembre",
    N(),
    text="""Bonjour Laure VERCHERIN,

Le prélèvement de votre abonnement « City Pass mensuel – abonnement annuel » d'un montant de 70,00 € sera effectué le 5 septembre 2025 sur le compte se terminant par 4412.

Pour rappel, votre employeur prend en charge 50 % de votre abonnement. Votre attestation est disponible dans votre espace client.

Bonne rentrée sur le réseau TCL !

Service Clients TCL – Sytral Mobilités
https://www.tcl.fr/mon-espace
""",
)

_tcl2 = m(
    "tc1009t",
    "2025-10-09 17:12",
    "TCL Info Trafic <infotrafic@tcl.fr>",
    "Travaux métro B : service interrompu entre Saxe-Gambetta et Gare d'Oullins du 18 au 26 octobre",
    N(),
    html=_simple_html(
        "https://www.tcl.fr/themes/tcl/images/logo-tcl.png",
        "TCL",
        """<p>Bonjour,</p>
<p>En raison de travaux de modernisation, <b>la ligne B du métro</b> ne circulera pas entre <b>Saxe-Gambetta</b> et <b>Gare d'Oullins</b> du samedi 18 au dimanche 26 octobre inclus.</p>
<p>Des bus relais <b>« B Relais »</b> seront mis en place toutes les 4 minutes aux heures de pointe. Prévoyez un temps de trajet supplémentaire d'environ 15 minutes.</p>
<p><a href="https://www.tcl.fr/actualites/travaux-metro-b-octobre?utm_source=alerte">Tous les détails et les plans des arrêts provisoires</a></p>""",
        "Vous recevez ce message car vous êtes abonné(e) aux alertes trafic de la ligne B. <a href='https://www.tcl.fr/mon-espace/alertes'>Gérer mes alertes</a>",
        "#e2001a",
    ),
    headers={UNSUB: "<https://www.tcl.fr/mon-espace/alertes>"},
)

_tcl3 = m(
    "tc1201g",
    "2025-12-01 18:45",
    "TCL Info Trafic <infotrafic@tcl.fr>",
    "Mouvement social du mardi 2 décembre : prévisions de trafic",
    N(),
    text="""Mouvement social du mardi 2 décembre

Prévisions de trafic :
- Métro A, B, D : 1 rame sur 2 de 6h à 20h
- Métro C : service normal
- Tramways : 2 rames sur 3
- Bus : perturbations sur certaines lignes, consultez l'appli TCL

Nous vous prions de nous excuser pour la gêne occasionnée.

TCL – Info trafic
Se désabonner : https://www.tcl.fr/mon-espace/alertes
""",
    headers={UNSUB: "<https://www.tcl.fr/mon-espace/alertes>"},
)

_tcl4 = m(
    "tc0105t",
    "2026-01-05 09:00",
    "TCL <no-reply@tcl.fr>",
    "Votre attestation annuelle 2025 est disponible",
    N(),
    text="""Bonjour Laure VERCHERIN,

Votre attestation de paiement pour l'année 2025 est disponible dans votre espace client TCL. Vous pouvez la transmettre à votre employeur pour le remboursement de vos frais de transport.

Télécharger mon attestation : https://www.tcl.fr/mon-espace/attestations

Service Clients TCL
""",
)

_velov = m(
    "vv1028r",
    "2025-10-28 10:20",
    "Vélo'v <noreply@velov.grandlyon.com>",
    "Votre abonnement Vélo'v expire dans 15 jours",
    N(),
    text="""Bonjour,

Votre abonnement annuel Vélo'v arrive à échéance le 12 novembre 2025.

Renouvelez-le dès maintenant depuis l'application ou sur velov.grandlyon.com pour continuer à profiter de 30 minutes offertes à chaque trajet. Abonné TCL ? Bénéficiez du tarif réduit à 16,50 €.

À bientôt sur nos vélos,
L'équipe Vélo'v
""",
)

# --- EDF, Free, moving house ------------------------------------------------------------------------

_edf1 = m(
    "ed0912f",
    "2025-09-12 14:05",
    "EDF <ne-pas-repondre@edf.fr>",
    "Votre facture d'électricité est disponible",
    N(),
    html=_simple_html(
        "https://particulier.edf.fr/content/dam/2-Actifs/Images/logo-edf.png",
        "EDF",
        """<p>Bonjour Madame VERCHERIN,</p>
<p>Votre facture du 11/09/2025 d'un montant de <b>63,40 €</b> est disponible dans votre Espace Client.</p>
<p>Elle sera prélevée le 26/09/2025 sur votre compte bancaire.</p>
<p>Référence client : 6 004 871 992 – Point de livraison : 09 4412 7730 18</p>
<p><a href="https://particulier.edf.fr/fr/accueil/espace-client.html">Consulter ma facture</a></p>""",
        "EDF SA – 22-30 avenue de Wagram, 75008 Paris. Ceci est un message automatique.",
        "#ff8200",
    ),
)

_edf2 = m(
    "ed1014d",
    "2025-10-14 11:31",
    "EDF <ne-pas-repondre@edf.fr>",
    "Votre déménagement : confirmation de votre demande",
    N(),
    text="""Bonjour Madame VERCHERIN,

Nous vous confirmons la prise en compte de votre déménagement :

- Résiliation de votre contrat actuel (12 rue de Marseille, 69007 Lyon) au 31/10/2025 ;
- Mise en service de votre nouveau contrat (118 boulevard des Canuts, 69004 Lyon) au 31/10/2025, offre Tarif Bleu.

Un relevé de compteur sera effectué à distance par Enedis. Vous recevrez votre facture de résiliation sous 4 semaines.

Votre conseiller EDF
""",
)

_edf3 = m(
    "ed1120r",
    "2025-11-20 08:48",
    "EDF <ne-pas-repondre@edf.fr>",
    "Votre facture de résiliation",
    N(),
    text="""Bonjour Madame VERCHERIN,

Votre facture de résiliation d'un montant de 18,72 € pour le logement situé 12 rue de Marseille, 69007 Lyon, est disponible dans votre Espace Client. Elle sera prélevée le 05/12/2025.

Merci de votre confiance.
EDF
""",
)

_edf4 = m(
    "ed0113e",
    "2026-01-13 16:22",
    "EDF <ne-pas-repondre@edf.fr>",
    "Votre échéancier 2026",
    N(),
    text="""Bonjour Madame VERCHERIN,

Votre nouvel échéancier de mensualisation est disponible. À partir de février 2026, vos mensualités seront de 84,00 € (contre 63,40 € auparavant), en raison de la surface de votre nouveau logement et de l'évolution des tarifs réglementés au 1er février.

Consulter mon échéancier : https://particulier.edf.fr/fr/accueil/espace-client.html

EDF
""",
)

_free1 = m(
    "fr0914f",
    "2025-09-14 03:12",
    "Free <freebox@free.fr>",
    "Votre facture Freebox du mois de septembre",
    N(),
    text="""Bonjour,

Votre facture Freebox Pop du mois de septembre 2025 est disponible dans votre Espace Abonné.

Montant : 34,99 € TTC
Prélèvement prévu le : 19/09/2025

Espace Abonné : https://subscribe.free.fr/login/

Free – Service abonnés
""",
)

_free2 = m(
    "fr1016d",
    "2025-10-16 12:40",
    "Free <freebox@free.fr>",
    "Déménagement : votre rendez-vous d'installation est confirmé",
    N(),
    text="""Bonjour,

Votre demande de déménagement de ligne a bien été prise en compte.

Un technicien interviendra au 118 boulevard des Canuts, 69004 Lyon :
le lundi 3 novembre 2025 entre 8h00 et 12h00.

Merci de vous assurer qu'une personne majeure sera présente. Pour modifier ce rendez-vous : https://subscribe.free.fr/demenagement/rdv

Free – Service abonnés
""",
    ics=ics(
        "free-install-0c41b8e2@free.fr",
        "2025-11-03 08:00",
        "Installation Freebox - 118 bd des Canuts",
        ("Free", "freebox@free.fr"),
        minutes=240,
        location="118 boulevard des Canuts, 69004 Lyon",
    ),
)

_free3 = m(
    "fr1214f",
    "2025-12-14 03:09",
    "Free <freebox@free.fr>",
    "Votre facture Freebox du mois de décembre",
    N(),
    text="""Bonjour,

Votre facture Freebox Pop du mois de décembre 2025 est disponible dans votre Espace Abonné.

Montant : 34,99 € TTC
Prélèvement prévu le : 19/12/2025

Free – Service abonnés
""",
)

_poste = m(
    "lp1102r",
    "2025-11-02 09:15",
    "La Poste <noreply@laposte.fr>",
    "Votre contrat de réexpédition du courrier est activé",
    N(),
    text="""Bonjour Laure Vercherin,

Votre contrat de réexpédition définitive est actif à compter du 03/11/2025 pour une durée de 6 mois.

Ancienne adresse : 12 rue de Marseille, 69007 Lyon
Nouvelle adresse : 118 boulevard des Canuts, 69004 Lyon

Pensez à prévenir vos organismes (impôts, CAF, banque, assurance...) grâce au service gratuit de changement d'adresse en ligne sur service-public.fr.

La Poste
""",
)

_ikea = m(
    "ik1104l",
    "2025-11-04 07:58",
    "IKEA <noreply@order.ikea.fr>",
    "Votre commande n° 1187422590 sera livrée le 8 novembre",
    N(),
    html=_simple_html(
        "https://www.ikea.com/global/assets/logos/brand/ikea.svg",
        "IKEA",
        """<p>Hej Laure,</p>
<p>Bonne nouvelle, votre commande arrive bientôt !</p>
<p><b>Livraison prévue :</b> samedi 8 novembre, entre 13h et 17h<br><b>Adresse :</b> 118 boulevard des Canuts, 69004 Lyon</p>
<p>2 × KALLAX étagère 147x147, 1 × SMÅSTAD lit mezzanine, 1 × FRIHETEN canapé d'angle convertible</p>
<p><a href="https://order.ikea.com/fr/fr/purchases/1187422590">Suivre ma commande</a></p>""",
        "IKEA SAS – 425 rue Henri Barbusse, 78375 Plaisir Cedex.",
        "#0058a3",
    ),
)

_lbc = m(
    "lb1026c",
    "2025-10-26 21:03",
    "leboncoin <noreply@leboncoin.fr>",
    "Nouveau message pour votre annonce « Canapé 3 places tissu gris »",
    N(),
    text="""Bonjour Laure,

Vous avez reçu un nouveau message de Kévin concernant votre annonce « Canapé 3 places tissu gris » (80 €) :

"Bonjour, le canapé est toujours dispo ? Je peux passer demain soir vers 19h, j'ai un utilitaire. Je vous propose 60 €."

Répondre : https://www.leboncoin.fr/messages

Pour votre sécurité, restez sur la messagerie leboncoin.
""",
)

_assur = m(
    "ah1029a",
    "2025-10-29 15:37",
    "Mutuelle Habitat Rhône <contrats@mhr-assurance.example>",
    "Votre attestation d'assurance habitation - nouveau logement",
    N(),
    text="""Madame,

Suite à votre appel de ce jour, nous avons modifié votre contrat multirisque habitation n° MH-2291-0743 :

- nouvelle adresse : 118 boulevard des Canuts, 69004 Lyon ;
- 4 pièces, 82 m², 3e étage ;
- date d'effet : 31/10/2025.

Vous trouverez ci-joint votre attestation d'assurance à remettre à votre bailleur. Votre nouvelle cotisation annuelle s'élève à 214,80 €.

Votre conseillère, Nathalie
""",
    attach=[
        (
            "Attestation_habitation_MH-2291-0743.pdf",
            "application/pdf",
            "%PDF-1.4\n% attestation\n%%EOF\n",
        )
    ],
)

# --- Taxes, CAF, Pajemploi, Assurance Maladie -------------------------------------------------------

_imp1 = m(
    "dg0904a",
    "2025-09-04 10:02",
    "DGFiP <ne-pas-repondre@dgfip.finances.gouv.fr>",
    "Votre avis d'impôt sur le revenu 2025 est disponible",
    N(),
    text="""Madame, Monsieur,

Votre avis d'impôt sur les revenus de 2024 est disponible dans votre espace particulier sur impots.gouv.fr.

Pour le consulter, connectez-vous à votre espace particulier, rubrique « Documents ».

Cet avis précise le montant de votre impôt restant éventuellement à payer ou à vous rembourser après prise en compte du prélèvement à la source.

La Direction générale des Finances publiques

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
""",
)

_imp2 = m(
    "dg1015p",
    "2025-10-15 07:40",
    "DGFiP <ne-pas-repondre@dgfip.finances.gouv.fr>",
    "Prélèvement à la source : votre taux a été actualisé",
    N(),
    text="""Madame, Monsieur,

Suite à votre déclaration de revenus 2024, votre taux de prélèvement à la source a été mis à jour : il est de 7,4 % et sera appliqué par vos collecteurs (employeur, caisses de retraite...) à compter de septembre 2025.

Vous pouvez le consulter ou le modifier dans la rubrique « Gérer mon prélèvement à la source » de votre espace particulier.

La Direction générale des Finances publiques
""",
)

_imp3 = m(
    "dg1125a",
    "2025-11-25 13:18",
    "DGFiP <ne-pas-repondre@dgfip.finances.gouv.fr>",
    "Votre changement d'adresse a bien été pris en compte",
    N(),
    text="""Madame, Monsieur,

Votre changement d'adresse, déclaré via le service en ligne, a bien été pris en compte par la Direction générale des Finances publiques.

Nouvelle adresse : 118 BD DES CANUTS 69004 LYON
Date d'emménagement déclarée : 31/10/2025

La Direction générale des Finances publiques
""",
)

_imp4 = m(
    "dg0212m",
    "2026-02-12 09:27",
    "DGFiP <ne-pas-repondre@dgfip.finances.gouv.fr>",
    "Vous avez reçu un nouveau message dans votre espace particulier",
    N(),
    text="""Madame, Monsieur,

Un nouveau message est disponible dans la messagerie sécurisée de votre espace particulier sur impots.gouv.fr.

Objet : Acquisition d'un bien locatif – option pour le régime réel / LMNP

Connectez-vous à votre espace particulier pour le consulter.

La Direction générale des Finances publiques
""",
)

_caf1 = m(
    "cf0908p",
    "2025-09-08 05:55",
    "Caf du Rhône <ne-pas-repondre@caf.fr>",
    "Un nouveau document est disponible dans Mon Compte",
    N(),
    text="""Bonjour,

Un nouveau document est disponible dans votre espace Mon Compte sur caf.fr : attestation de paiement – complément de libre choix du mode de garde (août 2025).

Pour le consulter : https://wwwd.caf.fr/wps/portal/caffr/moncompte

Votre Caf du Rhône
""",
)

_caf2 = m(
    "cf1127c",
    "2025-11-27 11:03",
    "Caf du Rhône <ne-pas-repondre@caf.fr>",
    "Votre changement de situation a bien été enregistré",
    N(),
    text="""Bonjour Laure,

Nous avons bien reçu votre déclaration de changement d'adresse du 24/11/2025. Elle a été enregistrée dans votre dossier allocataire n° 4471902.

Si ce changement modifie vos droits, vous recevrez un courrier dans Mon Compte.

Votre Caf du Rhône
""",
)

_paje = m(
    "pj1006r",
    "2025-10-06 08:20",
    "Pajemploi <ne-pas-repondre@pajemploi.urssaf.fr>",
    "Votre déclaration de septembre a été traitée",
    N(),
    text="""Bonjour,

La déclaration du mois de septembre 2025 pour votre salariée, Mme Fatima Zeroual (assistante maternelle agréée), a été traitée.

Rémunération nette : 712,40 €
Prélèvement : le 10/10/2025

Le bulletin de salaire est disponible dans votre espace employeur.

Pajemploi – Urssaf
""",
)

_amel1 = m(
    "am1003d",
    "2025-10-03 18:50",
    "l'Assurance Maladie <ne-pas-repondre@assurance-maladie.fr>",
    "Un nouveau document est disponible dans votre compte ameli",
    N(),
    text="""Bonjour Laure,

Un nouveau document est disponible dans votre compte ameli : votre relevé de remboursements du 02/10/2025.

Pour le consulter, connectez-vous sur ameli.fr ou sur l'application ameli.

l'Assurance Maladie du Rhône
""",
)

_amel2 = m(
    "am0122a",
    "2026-01-22 12:10",
    "l'Assurance Maladie <ne-pas-repondre@assurance-maladie.fr>",
    "Votre attestation de droits est disponible",
    N(),
    text="""Bonjour Laure,

Comme demandé, votre attestation de droits à l'assurance maladie est disponible dans votre compte ameli, rubrique « Mes démarches ».

Elle peut vous être demandée, par exemple, par un nouvel employeur ou votre complémentaire santé.

l'Assurance Maladie du Rhône
""",
)

# --- The flat hunt: rental "candidatures", the lease, the inventory -------------------------------

PELISSIER = "Régie Pélissier <location@regie-pelissier.example>"

_loc1 = m(
    "rp0906a",
    "2025-09-06 10:42",
    PELISSIER,
    "Accusé de réception de votre candidature - T3 42 rue Hénon, Lyon 4e",
    N(),
    text="""Madame,

Nous accusons réception de votre candidature locative pour le logement suivant :

Réf. L-2025-318 – T3 de 71 m², 42 rue Hénon, 69004 Lyon – loyer 1 180 € + 90 € de charges.

Votre dossier DossierFacile est complet. Une visite vous sera proposée prochainement par notre négociatrice, Mme Cécile Pons.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Service location – Régie Pélissier
Administrateur de biens depuis 1962 – 7 place de la Croix-Rousse, 69004 Lyon
Carte professionnelle CPI 6901 2018 000 031 447
""",
)

_loc2 = m(
    "rp0909v",
    "2025-09-09 17:30",
    "Cécile Pons <c.pons@regie-pelissier.example>",
    "Invitation: Visite T3 42 rue Hénon @ jeu. 11 sept. 2025 18:15 - 18:45 (CEST) (laure.vercherin@gmail.com)",
    N(),
    text="""Cécile Pons vous a invité à un événement.

Visite T3 42 rue Hénon
Quand : jeudi 11 septembre 2025 18:15 – 18:45 (heure d'été d'Europe centrale - Paris)
Où : 42 rue Hénon, 69004 Lyon (RDV devant la porte, code 4712B)

Invités
Cécile Pons - organisateur
laure.vercherin@gmail.com

Invitation de Google Agenda
""",
    ics=ics(
        "0visitehenon42pons@google.com",
        "2025-09-11 18:15",
        "Visite T3 42 rue Hénon",
        ("Cécile Pons", "c.pons@regie-pelissier.example"),
        minutes=30,
        location="42 rue Hénon, 69004 Lyon",
    ),
)

_loc3 = m(
    "rp0916r",
    "2025-09-16 16:05",
    PELISSIER,
    "Suite à votre candidature - Réf. L-2025-318",
    N(),
    text="""Madame,

Nous vous remercions de l'intérêt que vous avez porté au logement situé 42 rue Hénon.

Après étude des différents dossiers, le propriétaire a retenu une autre candidature. Nous ne donnerons donc pas suite à votre demande pour ce bien.

Votre dossier reste actif dans notre fichier pendant 3 mois et nous ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Service location – Régie Pélissier
""",
)

_loc4 = m(
    "df0918v",
    "2025-09-18 09:12",
    "DossierFacile <contact@dossierfacile.logement.gouv.fr>",
    "Votre dossier a été validé !",
    N(),
    text="""Bonjour Laure,

Bonne nouvelle : après vérification de vos pièces justificatives, votre dossier DossierFacile (et celui de votre co-locataire Julien Moulin) est validé.

Vous pouvez désormais le partager avec les propriétaires et agences grâce à votre lien personnel :
https://locataire.dossierfacile.logement.gouv.fr/file/7c4e21aa-laure-vercherin

Bonne recherche !
L'équipe DossierFacile – un service de l'État
""",
)

CXR = "Croix-Rousse Immobilier <gestion@croixrousse-immo.example>"

_loc5 = m(
    "cr0927a",
    "2025-09-27 12:16",
    CXR,
    "Votre candidature pour le 4 pièces boulevard des Canuts",
    N(),
    text="""Bonjour Madame Vercherin, Monsieur Moulin,

Bonne nouvelle ! Le propriétaire a retenu votre candidature pour l'appartement de 4 pièces situé 118 boulevard des Canuts (3e étage, 82 m²).

Pour finaliser, merci de nous faire parvenir sous 48 h :
- l'attestation d'assurance habitation (à la date d'entrée) ;
- un RIB pour le prélèvement du loyer.

Le bail vous sera envoyé pour signature électronique. Entrée dans les lieux prévue le 31 octobre.

Bien cordialement,
Marion Teyssier
Croix-Rousse Immobilier – Gestion locative
""",
)

_loc6 = m(
    "ys1002b",
    "2025-10-02 15:20",
    "Yousign <noreply@yousign.com>",
    "Marion Teyssier vous invite à signer « Bail d'habitation - 118 bd des Canuts »",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;color:#1e1e1e">
<p><img src="https://yousign.com/assets/email/logo.png" alt="Yousign" height="26"></p>
<p>Bonjour Laure Vercherin,</p>
<p><b>Marion Teyssier</b> (Croix-Rousse Immobilier) vous invite à signer le document suivant :</p>
<p style="background:#f4f1ff;padding:12px">Bail d'habitation - 118 bd des Canuts.pdf<br>État des risques et pollutions.pdf</p>
<p><a href="https://yousign.app/signatures/4f1e0a7c-bd21-4b2c-9b83-ccf3a1e0d7b5?k=Xv9" style="background:#6c3cf0;color:#fff;padding:10px 20px;text-decoration:none;border-radius:6px">Signer le document</a></p>
<p style="font-size:12px;color:#666">Cette demande expire le 16/10/2025. Yousign SAS, 8 allée du Colonel Bader, 14000 Caen.</p>
</body></html>""",
)

_loc7 = m(
    "cr1024e",
    "2025-10-24 10:01",
    "Marion Teyssier <m.teyssier@croixrousse-immo.example>",
    "Convocation état des lieux d'entrée - vendredi 31 octobre",
    N(),
    text="""Bonjour Madame Vercherin,

Je vous confirme le rendez-vous pour l'état des lieux d'entrée et la remise des clés :

Vendredi 31 octobre 2025 à 9h30
118 boulevard des Canuts, 69004 Lyon – 3e étage gauche

Prévoyez environ une heure. Je vous remettrai 3 jeux de clés et 2 badges.

Bien cordialement,
Marion Teyssier
Croix-Rousse Immobilier
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000EDL31102025CANUTS00000000000010000000",
        "2025-10-31 09:30",
        "EDL entrée Vercherin/Moulin - 118 bd des Canuts",
        ("Marion Teyssier", "m.teyssier@croixrousse-immo.example"),
        style="outlook",
        location="118 boulevard des Canuts, 69004 Lyon",
    ),
)

_dem = m(
    "dl1020d",
    "2025-10-20 13:55",
    "Déménagements Saône Express <devis@saone-express.example>",
    "Votre devis de déménagement n° D-25-1842",
    N(),
    text="""Bonjour Madame,

Suite à la visite de notre conseiller, veuillez trouver ci-joint notre devis pour votre déménagement du 12 rue de Marseille (Lyon 7e, 2e étage avec ascenseur) au 118 boulevard des Canuts (Lyon 4e, 3e étage sans ascenseur) :

Formule « Éco » – 28 m³ – le vendredi 31 octobre à partir de 13h : 1 240 € TTC.

Pour confirmer, il vous suffit de nous retourner le devis signé accompagné d'un acompte de 30 %.

Cordialement,
Déménagements Saône Express
""",
    attach=[("Devis_D-25-1842.pdf", "application/pdf", "%PDF-1.4\n% devis\n%%EOF\n")],
)

# --- The studio in Villeurbanne: the broker, the bank's "offre de prêt", the notary ---------------

_pret1 = m(
    "ct1021e",
    "2025-10-21 18:30",
    "Julie Gaudin - Courtalys <j.gaudin@courtalys.example>",
    "Votre étude de financement - projet Villeurbanne",
    N(),
    text="""Bonjour Laure, bonjour Julien,

Comme convenu, voici la synthèse de votre étude de financement pour l'acquisition du studio situé 21 rue Anatole France à Villeurbanne (investissement locatif, 139 000 € FAI) :

- apport : 24 000 € ;
- montant emprunté : 128 500 € (frais de notaire et de garantie inclus) ;
- durée : 20 ans, taux nominal 3,35 % hors assurance ;
- mensualité estimée : 735 € assurance comprise.

Je présente votre dossier à trois banques cette semaine. Pouvez-vous me transmettre vos trois derniers bulletins de salaire et votre dernier avis d'imposition ?

Attention, Laure : si un changement de poste est prévu, merci de me le signaler, les banques demandent que la période d'essai soit terminée.

Bien à vous,
Julie Gaudin
Courtière – Courtalys Lyon Brotteaux
ORIAS 19004412
""",
)

BR = "Banque Rhodanienne <nepasrepondre@banque-rhodanienne.example>"

_pret2 = m(
    "br1118p",
    "2025-11-18 11:45",
    BR,
    "Accord de principe pour votre prêt immobilier",
    N(),
    text="""Madame, Monsieur,

Nous avons le plaisir de vous informer que votre demande de prêt immobilier (dossier n° PI-2025-77815) a reçu un accord de principe de notre comité de crédit, sous réserve de l'acceptation de l'assurance emprunteur et de la garantie Crédit Logement.

Votre conseiller, M. Kévin Arnaud, vous contactera pour préparer l'émission de l'offre de prêt.

Banque Rhodanienne – Agence Lyon Croix-Rousse
""",
)

_pret3 = m(
    "br1209o",
    "2025-12-09 15:08",
    BR,
    "Votre offre de prêt est disponible",
    N(),
    html=_simple_html(
        "https://www.banque-rhodanienne.example/img/logo-mail.png",
        "Banque Rhodanienne",
        """<p>Madame Laure VERCHERIN, Monsieur Julien MOULIN,</p>
<p>Votre <b>offre de prêt immobilier</b> (dossier PI-2025-77815, 128 500 € sur 240 mois) est disponible dans votre espace de signature électronique.</p>
<p><b>Important :</b> conformément à l'article L313-34 du Code de la consommation, vous disposez d'un délai de réflexion de <b>10 jours</b> à compter de sa réception. Vous ne pourrez l'accepter qu'à partir du <b>20 décembre 2025</b>, et au plus tard le 8 janvier 2026.</p>
<p><a href="https://signature.banque-rhodanienne.example/offre/PI-2025-77815">Consulter mon offre de prêt</a></p>
<p>Votre conseiller reste à votre disposition.</p>""",
        "Banque Rhodanienne SA – Intermédiaire en assurance ORIAS 07 004 118. Un crédit vous engage et doit être remboursé.",
    ),
)

_pret4 = m(
    "br1222a",
    "2025-12-22 09:37",
    "Kévin Arnaud <kevin.arnaud@banque-rhodanienne.example>",
    "Offre de prêt acceptée - prochaines étapes",
    N(),
    text="""Bonjour Madame, bonjour Monsieur,

Nous avons bien reçu votre acceptation de l'offre de prêt, signée électroniquement le 20/12. Félicitations !

Prochaines étapes :
1. transmission de l'offre acceptée à l'étude de Maître Ducreux ;
2. appel de fonds par le notaire quelques jours avant la signature ;
3. déblocage des fonds le jour de l'acte authentique.

Je vous souhaite de très belles fêtes.

Kévin Arnaud
Conseiller clientèle – Agence Lyon Croix-Rousse
Banque Rhodanienne
""",
)

_notaire = m(
    "nt0116s",
    "2026-01-16 14:22",
    "Étude Ducreux & Associés <office@ducreux-notaires.example>",
    "Signature de l'acte authentique - vente LEFORT / VERCHERIN-MOULIN",
    N(),
    text="""Madame, Monsieur,

Nous avons le plaisir de vous convier à la signature de l'acte authentique de vente du lot n° 14 situé 21 rue Anatole France à Villeurbanne :

Jeudi 29 janvier 2026 à 14h30
Étude Ducreux & Associés – 3 rue de la République, 69001 Lyon

Merci de vous munir d'une pièce d'identité en cours de validité. Le virement du solde de votre apport (26 310,42 €) doit nous parvenir au plus tard le 26 janvier ; nos coordonnées bancaires figurent sur l'appel de fonds ci-joint. Ne tenez jamais compte d'un changement de RIB annoncé par e-mail.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour Maître Anne Ducreux,
Sophie, clerc de notaire
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000ACTE29012026DUCREUX00000000000010000000",
        "2026-01-29 14:30",
        "Signature acte VERCHERIN-MOULIN - lot 14 Villeurbanne",
        ("Étude Ducreux", "office@ducreux-notaires.example"),
        style="outlook",
        minutes=90,
        location="Étude Ducreux & Associés, 3 rue de la République, 69001 Lyon",
    ),
    attach=[
        (
            "Appel_de_fonds_VERCHERIN-MOULIN.pdf",
            "application/pdf",
            "%PDF-1.4\n% appel de fonds\n%%EOF\n",
        )
    ],
)

# --- Bank, a credit-card "demande" ---------------------------------------------------------------------

_bq1 = m(
    "br0930r",
    "2025-09-30 22:10",
    BR,
    "Votre relevé de compte de septembre est disponible",
    N(),
    text="""Madame VERCHERIN,

Votre relevé de compte n° 09 du compte courant ****4412 est disponible dans votre espace client, rubrique e-Documents.

Banque Rhodanienne
Ceci est un message automatique. Nous ne vous demanderons jamais vos codes par e-mail.
""",
)

_bq2 = m(
    "br1018s",
    "2025-10-18 20:47",
    "Banque Rhodanienne - Sécurité <securite@banque-rhodanienne.example>",
    "Nouvel appareil connecté à votre espace client",
    N(),
    text="""Madame VERCHERIN,

Un nouvel appareil vient d'être associé à votre espace client : iPhone 15 – Lyon, le 18/10/2025 à 20:44.

Si vous êtes à l'origine de cette connexion, vous n'avez rien à faire. Sinon, contactez immédiatement notre service d'opposition au 09 69 32 00 00.

Banque Rhodanienne
""",
)

_bq3 = m(
    "br1106c",
    "2025-11-06 12:01",
    BR,
    "Votre demande de carte Visa Premier a bien été enregistrée",
    N(),
    text="""Madame VERCHERIN,

Nous avons bien reçu votre demande de carte Visa Premier et vous en remercions. Votre demande est en cours d'étude par nos services ; vous recevrez une réponse sous 5 jours ouvrés.

Cotisation annuelle : 134 € (offerte la première année avec l'offre « Projet Immo »).

Banque Rhodanienne
""",
)

_bq4 = m(
    "br1112c",
    "2025-11-12 09:30",
    BR,
    "Bonne nouvelle : votre demande de carte est acceptée",
    N(),
    text="""Madame VERCHERIN,

Votre demande de carte Visa Premier a été acceptée. Votre carte vous sera envoyée par courrier sous 7 jours, et son code confidentiel séparément.

Pensez à activer votre carte en effectuant un premier retrait ou un paiement avec code.

Banque Rhodanienne
""",
)

_bq5 = m(
    "br1230r",
    "2025-12-30 22:08",
    BR,
    "Votre relevé de compte de décembre est disponible",
    N(),
    text="""Madame VERCHERIN,

Votre relevé de compte n° 12 du compte courant ****4412 est disponible dans votre espace client, rubrique e-Documents. Votre récapitulatif annuel des frais 2025 sera disponible fin janvier.

Banque Rhodanienne
""",
)

# --- Health: the mutuelle, Doctolib, the lab --------------------------------------------------------

MSD = "Mutuelle Saône-Dauphiné <ne-pas-repondre@msd-sante.example>"

_mu1 = m(
    "ms0923r",
    "2025-09-23 06:44",
    MSD,
    "Vos remboursements de la semaine",
    N(),
    text="""Bonjour Madame VERCHERIN,

Nous avons effectué les remboursements suivants :

- 17/09/2025 – Consultation médecin généraliste – Laure – 7,50 €
- 17/09/2025 – Pharmacie – Jeanne – 12,84 €

Total versé sur votre compte : 20,34 €

Retrouvez le détail dans votre espace adhérent ou sur l'application MSD Santé.

Mutuelle Saône-Dauphiné – mutuelle soumise au livre II du Code de la mutualité
""",
)

_mu2 = m(
    "ms1114c",
    "2025-11-14 10:00",
    MSD,
    "Évolution de votre cotisation au 1er janvier 2026",
    N(),
    html=_simple_html(
        "https://www.msd-sante.example/mail/logo.png",
        "Mutuelle Saône-Dauphiné",
        """<p>Chère adhérente,</p>
<p>Comme chaque année, nous vous informons de l'évolution de votre cotisation. Au 1er janvier 2026, la cotisation mensuelle de votre contrat <b>Famille Confort</b> passera de 142,60 € à 151,10 € (+5,9 %).</p>
<p>Cette hausse s'explique principalement par l'augmentation des dépenses de santé et par le transfert de certaines charges de l'Assurance Maladie vers les complémentaires.</p>
<p>Pour toute question, vos conseillers sont joignables au 04 72 00 45 45.</p>""",
        "Mutuelle Saône-Dauphiné – 15 quai Perrache, 69002 Lyon.",
        "#008c95",
    ),
)

_mu3 = m(
    "ms0108t",
    "2026-01-08 08:15",
    MSD,
    "Votre carte de tiers payant 2026 est disponible",
    N(),
    text="""Bonjour Madame VERCHERIN,

Votre nouvelle carte de tiers payant 2026 est disponible dans votre espace adhérent et dans l'application MSD Santé. Elle est valable du 01/01/2026 au 31/12/2026 pour vous et vos ayants droit (Julien MOULIN, Jeanne VERCHERIN-MOULIN).

Mutuelle Saône-Dauphiné
""",
)

_mu4 = m(
    "ms0210x",
    "2026-02-10 14:49",
    "Mutuelle Saône-Dauphiné - Service adhérents <adherents@msd-sante.example>",
    "Votre demande de résiliation",
    N(),
    text="""Madame,

Nous accusons réception de votre demande de résiliation de votre contrat individuel Famille Confort n° 2017-448120, motivée par votre adhésion au contrat collectif obligatoire mis en place par votre nouvel employeur.

Conformément à la réglementation, la résiliation prendra effet au 1er mars 2026, sous réserve de la réception de l'attestation d'affiliation au contrat collectif.

Nous regrettons votre départ et vous rappelons que votre conjoint peut conserver une couverture individuelle : un conseiller le contactera prochainement.

Service adhérents – Mutuelle Saône-Dauphiné
""",
)

DOCTOLIB = "Doctolib <no-reply@doctolib.fr>"

_doc1 = m(
    "dc0917g",
    "2025-09-16 13:05",
    DOCTOLIB,
    "Votre rendez-vous avec Dr Anne-Sophie Giraud est confirmé",
    N(),
    html=_simple_html(
        "https://www.doctolib.fr/assets/email/doctolib-logo.png",
        "Doctolib",
        """<p>Bonjour Laure,</p>
<p>Votre rendez-vous est confirmé :</p>
<p style="background:#eaf4fb;padding:12px"><b>Mercredi 17 septembre 2025 à 08:40</b><br>Dr Anne-Sophie Giraud – Médecin généraliste<br>Cabinet médical Jean Macé, 5 rue Jaboulay, 69007 Lyon</p>
<p>Motif : consultation de suivi</p>
<p>Pensez à apporter votre carte Vitale. En cas d'empêchement, annulez au moins 24 h à l'avance.</p>
<p><a href="https://www.doctolib.fr/account/appointments">Gérer mon rendez-vous</a> · <a href="https://www.doctolib.fr/appointments/82213349/ics">Ajouter à mon agenda</a></p>""",
        "Doctolib SAS – 54 quai Charles Pasqua, 92300 Levallois-Perret.",
        "#107aca",
    ),
    ics=ics(
        "doctolib-appointment-82213349@doctolib.fr",
        "2025-09-17 08:40",
        "RDV Dr Anne-Sophie Giraud - Médecin généraliste",
        ("Doctolib", "no-reply@doctolib.fr"),
        minutes=20,
        location="5 rue Jaboulay, 69007 Lyon",
    ),
)

_doc2 = m(
    "dc1103b",
    "2025-11-03 19:22",
    DOCTOLIB,
    "Votre rendez-vous avec Dr Bastien Ollier est confirmé",
    N(),
    text="""Bonjour Laure,

Votre rendez-vous est confirmé :

Jeudi 13 novembre 2025 à 18:00
Dr Bastien Ollier – Chirurgien-dentiste
Centre dentaire Croix-Rousse, 4 rue d'Austerlitz, 69004 Lyon
Motif : détartrage / contrôle

Gérer mon rendez-vous : https://www.doctolib.fr/account/appointments

Doctolib
""",
    ics=ics(
        "doctolib-appointment-83100472@doctolib.fr",
        "2025-11-13 18:00",
        "RDV Dr Bastien Ollier - Chirurgien-dentiste",
        ("Doctolib", "no-reply@doctolib.fr"),
        minutes=30,
        location="4 rue d'Austerlitz, 69004 Lyon",
    ),
)

_doc3 = m(
    "dc1110b",
    "2025-11-10 08:03",
    DOCTOLIB,
    "Votre rendez-vous a été déplacé",
    N(),
    text="""Bonjour Laure,

Le Centre dentaire Croix-Rousse a déplacé votre rendez-vous :

Ancien créneau : jeudi 13 novembre 2025 à 18:00
Nouveau créneau : lundi 17 novembre 2025 à 12:30
Dr Bastien Ollier – Chirurgien-dentiste

Si ce nouveau créneau ne vous convient pas, vous pouvez l'annuler ou en choisir un autre : https://www.doctolib.fr/account/appointments

Doctolib
""",
    ics=ics(
        "doctolib-appointment-83100472@doctolib.fr",
        "2025-11-17 12:30",
        "RDV Dr Bastien Ollier - Chirurgien-dentiste",
        ("Doctolib", "no-reply@doctolib.fr"),
        minutes=30,
        sequence=1,
        location="4 rue d'Austerlitz, 69004 Lyon",
    ),
)

_doc4 = m(
    "dc0126p",
    "2026-01-26 21:15",
    DOCTOLIB,
    "Rendez-vous confirmé pour Jeanne Vercherin-Moulin",
    N(),
    text="""Bonjour Laure,

Le rendez-vous de Jeanne Vercherin-Moulin est confirmé :

Mardi 3 février 2026 à 17:15
Dr Claire Aubert – Pédiatre
12 grande rue de la Croix-Rousse, 69004 Lyon
Motif : vaccination (rappel)

N'oubliez pas le carnet de santé.

Doctolib
""",
    ics=ics(
        "doctolib-appointment-85517730@doctolib.fr",
        "2026-02-03 17:15",
        "RDV Dr Claire Aubert - Pédiatre (Jeanne)",
        ("Doctolib", "no-reply@doctolib.fr"),
        minutes=20,
        location="12 grande rue de la Croix-Rousse, 69004 Lyon",
    ),
)

_labo = m(
    "bl0925r",
    "2025-09-25 16:40",
    "Biolyon Laboratoires <resultats@biolyon-labo.example>",
    "Vos résultats d'analyses sont disponibles",
    N(),
    text="""Bonjour,

Les résultats de votre prélèvement du 19/09/2025 sont disponibles sur votre espace patient sécurisé. Ils ont également été transmis à votre médecin prescripteur, Dr Anne-Sophie Giraud.

Accéder à mes résultats : https://resultats.biolyon-labo.example/

Pour des raisons de confidentialité, aucun résultat n'est transmis par e-mail.

Biolyon Laboratoires – site Jean Macé
""",
)

# --- Shops, trains, subscriptions --------------------------------------------------------------------

_amz = m(
    "az0928o",
    "2025-09-28 11:32",
    "Amazon.fr <confirmation-commande@amazon.fr>",
    "Votre commande Amazon.fr de « Le manuel du recruteur... » et 2 autre(s) article(s)",
    N(),
    text="""Bonjour Laure,

Merci pour votre commande. Nous vous enverrons une confirmation lorsque vos articles seront expédiés.

Commande n° 171-4408213-7712905
Livraison estimée : mardi 30 septembre

- Le manuel du recruteur : sourcing, entretien, onboarding (broché) – 29,90 €
- Ruban adhésif déménagement x6 – 12,99 €
- Cartons de déménagement renforcés x20 – 34,90 €

Total : 77,79 €

Amazon.fr
""",
)

_fnac = m(
    "fn1128b",
    "2025-11-28 07:00",
    "Fnac <news@fnac.com>",
    "Black Friday : nos offres exceptionnelles continuent jusqu'à lundi !",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;background:#f7f7f7">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#e1a925;padding:14px"><img src="https://static.fnac-static.com/email/logo-fnac.png" alt="Fnac" height="36"></td></tr>
<tr><td style="padding:20px"><h1 style="font-size:26px">BLACK FRIDAY</h1><p>Jusqu'à <b>-40 %</b> sur une sélection high-tech, livres et jeux.</p>
<p>Adhérents : <b>offre exclusive</b> de 10 € offerts dès 50 € d'achat avec le code ADH10.</p>
<p><a href="https://www.fnac.com/black-friday?Origin=EM_BF_1128">J'en profite</a></p></td></tr>
<tr><td style="font-size:10px;color:#999;padding:12px">Offres valables du 28/11 au 01/12/2025 dans la limite des stocks. <a href="https://www.fnac.com/desinscription">Se désinscrire</a></td></tr></table>
</body></html>""",
    headers={UNSUB: "<https://www.fnac.com/desinscription>"},
)

SNCF = "SNCF Connect <noreply@sncf-connect.com>"

_sncf1 = m(
    "sn1022p",
    "2025-10-22 19:44",
    SNCF,
    "Votre e-billet - Lyon Part-Dieu > Paris Gare de Lyon - jeu. 6 nov.",
    N(),
    text="""Bonjour Laure,

Votre réservation est confirmée. Bon voyage !

Aller : jeudi 6 novembre 2025
07:04 Lyon Part-Dieu > 09:00 Paris Gare de Lyon – TGV INOUI 6602 – voiture 14, place 83

Retour : jeudi 6 novembre 2025
15:00 Paris Gare de Lyon > 16:56 Lyon Part-Dieu – TGV INOUI 6625 – voiture 3, place 41

Référence de dossier : QZKL7R
Total payé : 118,00 €

Retrouvez vos billets dans l'appli SNCF Connect.
""",
)

_sncf2 = m(
    "sn1218a",
    "2025-12-18 21:10",
    SNCF,
    "Votre voyage Lyon Part-Dieu > Annecy du 24 décembre",
    N(),
    text="""Bonjour Laure,

Votre voyage approche !

Mercredi 24 décembre 2025
10:12 Lyon Part-Dieu > 12:08 Annecy – TER 96523
3 voyageurs (2 adultes, 1 enfant de moins de 4 ans)

Référence de dossier : VPL4MC

Bonnes fêtes et bon voyage,
SNCF Connect
""",
)

_sncf3 = m(
    "sn0204m",
    "2026-02-04 12:31",
    SNCF,
    "Confirmation de votre réservation : Lyon Part-Dieu > Marseille Saint-Charles",
    N(),
    text="""Bonjour Laure,

Votre réservation est confirmée.

Samedi 21 février 2026 – 08:34 Lyon Part-Dieu > 10:15 Marseille Saint-Charles – TGV INOUI 6171
Dimanche 22 février 2026 – 17:45 Marseille Saint-Charles > 19:26 Lyon Part-Dieu – TGV INOUI 6184

Référence de dossier : RTX92B
Total payé : 146,00 €
""",
)

_spot = m(
    "sp1005r",
    "2025-10-05 04:11",
    "Spotify <no-reply@spotify.com>",
    "Your Spotify Premium receipt",
    N("en"),
    text="""Hi Laure,

Thanks for your payment. Here is your receipt.

Premium Family – 1 month
Date: October 5, 2025
Amount: 21,99 €
Payment method: Visa ending in 4412

Your next payment will be on November 5, 2025.

Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden
""",
)

_netflix = m(
    "nf0110p",
    "2026-01-10 16:00",
    "Netflix <info@account.netflix.com>",
    "An update to your Netflix membership",
    N("en"),
    text="""Hi Laure,

We're writing to let you know that the price of your Standard plan will change from €13.49 to €14.49 per month, starting with your billing date on or after February 10, 2026.

We'll continue investing in great stories for you to enjoy. If you'd like to change your plan or cancel, visit your Account page.

The Netflix team
""",
)

_vinted = m(
    "vi1205c",
    "2025-12-05 18:42",
    "Vinted <no-reply@vinted.fr>",
    "Ta commande est arrivée au point relais",
    N(),
    text="""Bonjour laurev69,

Ta commande « Manteau laine camel taille 38 » est disponible au point relais Tabac Presse Croix-Rousse, 2 place de la Croix-Rousse, 69004 Lyon.

Tu as 7 jours pour la récupérer. Une fois le colis récupéré, confirme que tout va bien dans l'appli.

L'équipe Vinted
""",
)

_pret5 = m(
    "br0129d",
    "2026-01-29 16:55",
    BR,
    "Déblocage des fonds effectué",
    N(),
    text="""Madame, Monsieur,

Les fonds de votre prêt immobilier n° PI-2025-77815 (128 500,00 €) ont été versés ce jour à l'étude de Maître Ducreux. Votre première échéance sera prélevée le 5 mars 2026.

Votre tableau d'amortissement est disponible dans votre espace client.

Banque Rhodanienne
""",
)

GL = "Villeurbanne Gestion Locative <location@vgl-immo.example>"

_gl1 = m(
    "gl0216c",
    "2026-02-16 11:20",
    GL,
    "Nouvelle candidature pour votre bien - studio 21 rue Anatole France",
    N(),
    text="""Madame Vercherin, Monsieur Moulin,

Dans le cadre de votre mandat de gestion, nous avons reçu 11 candidatures pour votre studio (loyer 590 € + 45 € de charges). Après présélection, nous vous soumettons le dossier suivant :

- Mme Lucie Perrin, 24 ans, infirmière en CDI au CHU (période d'essai terminée), revenus nets 2 150 €/mois, garantie Visale.

Nous organisons une dernière visite jeudi. Sauf objection de votre part sous 48 h, nous retiendrons cette candidature et préparerons le bail pour une entrée au 1er mars.

Bien cordialement,
Villeurbanne Gestion Locative
""",
)

_gl2 = m(
    "gl0223b",
    "2026-02-23 15:02",
    GL,
    "Bail signé - entrée du locataire le 1er mars",
    N(),
    text="""Madame, Monsieur,

Le bail de Mme Lucie Perrin a été signé ce jour. L'état des lieux d'entrée aura lieu le 1er mars à 10h ; votre présence n'est pas nécessaire.

Le premier loyer vous sera reversé, déduction faite de nos honoraires de gestion, le 10 mars.

Villeurbanne Gestion Locative
""",
)

_syndic = m(
    "sy0220a",
    "2026-02-20 09:10",
    "Syndic Lumière Copro <ag@lumiere-copro.example>",
    "Convocation à l'assemblée générale - Résidence Anatole France",
    N(),
    text="""Madame, Monsieur,

Vous êtes convoqués à l'assemblée générale ordinaire des copropriétaires de la Résidence Anatole France, 21 rue Anatole France, 69100 Villeurbanne :

Mardi 24 mars 2026 à 18h30, salle du Rize, Villeurbanne.

Ordre du jour, budget prévisionnel et formulaire de vote par correspondance en pièces jointes.

Syndic Lumière Copro
""",
    ics=ics(
        "ag-anatolefrance-20260324@lumiere-copro.example",
        "2026-03-24 18:30",
        "AG copropriété Résidence Anatole France",
        ("Syndic Lumière Copro", "ag@lumiere-copro.example"),
        minutes=120,
        location="Le Rize, Villeurbanne",
    ),
)

_doc5 = m(
    "dc0202r",
    "2026-02-02 17:15",
    DOCTOLIB,
    "Rappel : rendez-vous demain à 17:15",
    N(),
    text="""Bonjour Laure,

Nous vous rappelons le rendez-vous de Jeanne Vercherin-Moulin demain, mardi 3 février 2026 à 17:15, avec Dr Claire Aubert (pédiatre).

Un empêchement ? Annulez ou déplacez votre rendez-vous : https://www.doctolib.fr/account/appointments

Doctolib
""",
)

_amz2 = m(
    "az0929e",
    "2025-09-29 08:02",
    "Amazon.fr <expedition@amazon.fr>",
    "Votre colis a été expédié",
    N(),
    text="""Bonjour Laure,

Votre colis contenant « Cartons de déménagement renforcés x20 » et 2 autres articles a été expédié. Livraison prévue demain.

Suivre votre colis : https://www.amazon.fr/progress-tracker/package/ref=pe_2408_1

Amazon.fr
""",
)

_lydia = m(
    "ly0912p",
    "2025-09-12 08:33",
    "Lydia <noreply@lydia-app.com>",
    "Inès vous a envoyé 23,50 €",
    N(),
    text="""Inès Haddad vous a envoyé 23,50 €.

Message : "ma part de l'apéro 🍻 merci !"

Votre solde Lydia : 58,20 €

Lydia
""",
)

_google = m(
    "gg1018s",
    "2025-10-18 20:45",
    "Google <no-reply@accounts.google.com>",
    "Security alert",
    N("en"),
    text="""A new sign-in on iPhone

laure.vercherin@gmail.com

We noticed a new sign-in to your Google Account on a iPhone device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://accounts.google.com/AccountChooser?Email=laure.vercherin@gmail.com&continue=https://myaccount.google.com/alert/nt/1760813100

You received this email to let you know about important changes to your Google Account and services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
)

_cewe = m(
    "cw1210l",
    "2025-12-10 13:20",
    "CEWE <service@cewe.fr>",
    "Votre commande de livre photo a été expédiée",
    N(),
    text="""Bonjour Laure,

Votre commande n° 4471-22901 (Livre photo CEWE 21x28 « Jeanne 3 ans », 48 pages) a été expédiée par Colissimo. Livraison estimée : 13 décembre.

Suivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois?code=6A24412990187

L'équipe CEWE
""",
)

_decat = m(
    "dk0117r",
    "2026-01-17 11:05",
    "Decathlon <noreply@decathlon.fr>",
    "Votre commande est prête à être retirée",
    N(),
    text="""Bonjour Laure,

Votre commande n° FR2601174412 est disponible dans votre magasin Decathlon Lyon Part-Dieu.

- Chaussures de trail Evadict MT Cushion – 39 – 89,99 €

Présentez ce numéro de commande et une pièce d'identité en caisse retrait. Votre commande sera conservée 10 jours.

Decathlon
""",
)

MAIL = [
    _tcl1, _tcl2, _tcl3, _tcl4, _velov,
    _edf1, _edf2, _edf3, _edf4, _free1, _free2, _free3, _poste, _ikea, _lbc, _assur,
    _imp1, _imp2, _imp3, _imp4, _caf1, _caf2, _paje, _amel1, _amel2,
    _loc1, _loc2, _loc3, _loc4, _loc5, _loc6, _loc7, _dem,
    _pret1, _pret2, _pret3, _pret4, _notaire, _pret5, _gl1, _gl2, _syndic,
    _bq1, _bq2, _bq3, _bq4, _bq5,
    _mu1, _mu2, _mu3, _mu4,
    _doc1, _doc2, _doc3, _doc4, _doc5, _labo,
    _amz, _fnac, _sncf1, _sncf2, _sncf3, _spot, _netflix, _vinted, _amz2, _lydia, _google, _cewe, _decat,
]  # fmt: skip

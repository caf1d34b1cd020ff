# ruff: noqa: E501
"""Corpus 71, the rest of a Lyon inbox (data only): see heldout71.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


m = partial(dated_spec, _tz)
FR = ("not_job", "fr")
EN = ("not_job", "en")


def n(
    key: str,
    when: str,
    frm: str,
    subject: str,
    text: str | None = None,
    lang: str = "fr",
    **kw: Any,
) -> dict[str, Any]:
    return m(key, when, frm, subject, FR if lang == "fr" else EN, text, **kw)


MAIL: list[dict[str, Any]] = [
    # --- logement : dossier de location ------------------------------------------------------
    n(
        "73001",
        "2025-10-02 18:44",
        "Agence Saône Immobilier <location@saone-immobilier.fr>",
        "Votre candidature pour le T2 rue d'Austerlitz (Croix-Rousse)",
        "Bonjour Madame Marchetti,\n\nNous avons bien reçu votre candidature pour l'appartement T2 de 48 m² situé 14 rue "
        "d'Austerlitz, 69004 Lyon (loyer 790 € CC).\n\nPour être étudié, votre dossier doit être complet : 3 dernières "
        "quittances, avis d'imposition 2025, justificatifs de revenus et garant (Visale accepté).\n\nCordialement,\n"
        "Margaux – Service location\nSaône Immobilier, 22 quai Saint-Vincent, 69001 Lyon",
    ),
    n(
        "73002",
        "2025-10-03 09:12",
        "DossierFacile <contact@dossierfacile.logement.gouv.fr>",
        "Votre dossier a été validé",
        "Bonjour Elodie,\n\nBonne nouvelle : votre dossier de location a été vérifié et validé. Vous pouvez désormais le "
        "partager aux propriétaires et agences avec votre lien personnel.\n\nL'équipe DossierFacile",
    ),
    n(
        "73003",
        "2025-10-08 16:05",
        "Agence Saône Immobilier <location@saone-immobilier.fr>",
        "RE: Votre candidature pour le T2 rue d'Austerlitz (Croix-Rousse)",
        "Bonjour Madame Marchetti,\n\nLe propriétaire a retenu un autre dossier pour ce logement. Nous sommes au regret de ne "
        "pouvoir donner suite à votre candidature. Nous conservons vos critères et vous tiendrons informée de nos prochaines "
        "disponibilités.\n\nCordialement,\nMargaux",
    ),
    n(
        "73004",
        "2025-10-11 10:30",
        "Laurent Giraud <laurent.giraud.immo@orange.fr>",
        "Visite appartement Montée de la Grande Côte",
        "Bonjour,\n\nSuite à votre message sur leboncoin, je vous propose une visite samedi 18 octobre à 11h. C'est au 3e sans "
        "ascenseur, je préfère prévenir !\n\nCordialement,\nL. Giraud",
    ),
    n(
        "73005",
        "2025-10-22 19:20",
        "Laurent Giraud <laurent.giraud.immo@orange.fr>",
        "Re: Visite appartement Montée de la Grande Côte",
        "Bonjour Madame,\n\nJ'ai bien reçu votre dossier, il est très complet. Je vous confirme que je vous retiens pour "
        "l'appartement. Je prépare le bail pour une entrée au 15 novembre ; pouvons-nous nous voir pour l'état des lieux le "
        "14 à 18h ?\n\nBien à vous,\nLaurent Giraud",
    ),
    n(
        "73006",
        "2025-11-06 08:30",
        "Yousign <noreply@yousign.com>",
        "Laurent Giraud vous invite à signer « Bail d'habitation - 8 montée de la Grande Côte »",
        "Bonjour Elodie Marchetti,\n\nLaurent Giraud vous invite à signer le document suivant : Bail d'habitation - 8 montée "
        "de la Grande Côte.\n\nSigner le document\n\nYousign – Signature électronique",
    ),
    n(
        "73007",
        "2025-11-12 11:15",
        "Déménagements Rhône Express <devis@rhone-express-demenagement.fr>",
        "Votre devis de déménagement n° D25-1184",
        "Madame,\n\nVeuillez trouver ci-dessous notre offre pour votre déménagement du 15 novembre (Lyon 7e → Lyon 1er, 3e "
        "étage sans ascenseur) : formule Éco, 2 déménageurs, camion 20 m³ : 640 € TTC.\n\nOffre valable 15 jours.\n\nCordialement,\n"
        "Rhône Express Déménagement",
    ),
    n(
        "73008",
        "2025-11-13 17:00",
        "Électricité Lumen <service-client@lumen-energie.fr>",
        "Bienvenue ! Votre contrat d'électricité est activé",
        "Bonjour Elodie,\n\nVotre contrat d'électricité pour le logement situé 8 montée de la Grande Côte, 69001 Lyon démarre le "
        "15/11/2025. Pensez à nous transmettre votre relevé de compteur Linky le jour de votre emménagement.\n\nLumen Énergie",
    ),
    n(
        "73009",
        "2025-11-20 09:02",
        "CAF du Rhône <ne-pas-repondre@caf.fr>",
        "Votre demande d'aide au logement a bien été enregistrée",
        "Bonjour,\n\nNous avons bien reçu votre demande d'aide au logement (APL) déposée le 19/11/2025. Elle sera étudiée "
        "dans les meilleurs délais. Vous pouvez suivre son avancement dans votre Espace Mon Compte.\n\nVotre Caf du Rhône",
    ),
    n(
        "73010",
        "2025-12-18 09:40",
        "CAF du Rhône <ne-pas-repondre@caf.fr>",
        "Un nouveau courrier est disponible dans votre espace",
        "Bonjour,\n\nUn nouveau document concernant votre demande d'aide au logement est disponible dans votre Espace Mon "
        "Compte, rubrique « Mes courriers ».\n\nVotre Caf du Rhône",
    ),
    n(
        "73011",
        "2026-01-05 10:00",
        "Laurent Giraud <laurent.giraud.immo@orange.fr>",
        "Quittance de loyer décembre",
        "Bonjour Elodie,\n\nCi-joint la quittance de décembre. Bonne année !\n\nL. Giraud",
        attach=[
            (
                "quittance_decembre_2025.txt",
                "text/plain",
                "Quittance de loyer - décembre 2025 - 760,00 EUR\n",
            )
        ],
    ),
    n(
        "73012",
        "2026-01-27 08:15",
        "Chauffage Pentes Services <rdv@chauffage-pentes.fr>",
        "Entretien annuel de votre chaudière - prise de rendez-vous",
        "Madame,\n\nVotre propriétaire nous a mandatés pour l'entretien annuel obligatoire de la chaudière gaz de votre "
        "logement. Notre technicien passera le mardi 3 février entre 8h et 12h. Merci de nous prévenir si ce créneau ne vous "
        "convient pas.\n\nChauffage Pentes Services",
    ),
    # --- administration ---------------------------------------------------------------------
    n(
        "73020",
        "2025-10-20 13:10",
        "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Votre avis d'impôt 2025 est disponible",
        "Madame, Monsieur,\n\nUn nouveau document est disponible dans votre espace particulier : avis de taxe foncière / taxe "
        "d'habitation 2025.\n\nPour le consulter, connectez-vous à votre espace particulier sur impots.gouv.fr.\n\n"
        "La Direction générale des Finances publiques",
    ),
    n(
        "73021",
        "2025-12-03 08:00",
        "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Déclaration de changement d'adresse prise en compte",
        "Madame, Monsieur,\n\nVotre déclaration de changement d'adresse a bien été prise en compte. Votre nouvelle adresse : "
        "8 montée de la Grande Côte, 69001 Lyon.\n\nLa DGFiP",
    ),
    n(
        "73022",
        "2026-02-12 11:30",
        "ameli <ne-pas-repondre@assurance-maladie.fr>",
        "Votre relevé de remboursements",
        "Bonjour,\n\nUn nouveau relevé de remboursements est disponible dans votre compte ameli : consultation du 06/02/2026, "
        "remboursé 18,20 €.\n\nL'Assurance Maladie",
    ),
    n(
        "73023",
        "2025-11-26 09:45",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre actualisation de novembre est enregistrée",
        "Bonjour,\n\nVotre actualisation pour le mois de novembre 2025 a bien été enregistrée le 26/11/2025.\n\nFrance Travail",
    ),
    n(
        "73024",
        "2026-03-16 12:00",
        "ANTS <ne-pas-repondre@ants.gouv.fr>",
        "Votre demande de passeport est en cours d'instruction",
        "Bonjour,\n\nVotre demande de passeport n° 26PA0419882 est en cours d'instruction. Vous serez informée par SMS et "
        "courriel dès que votre titre sera disponible en mairie.\n\nAgence Nationale des Titres Sécurisés",
    ),
    # --- banque, assurance ------------------------------------------------------------------
    n(
        "73030",
        "2025-10-05 09:00",
        "Banque Saint-Just <info@banque-saintjust.fr>",
        "Elodie, une offre exclusive sur votre prêt immobilier",
        "Bonjour Elodie,\n\nVous avez un projet immobilier ? Profitez de notre offre de prêt à taux préférentiel jusqu'au "
        "30 novembre et d'une simulation personnalisée avec votre conseiller.\n\nBanque Saint-Just – Offre soumise à conditions.",
    ),
    n(
        "73031",
        "2025-10-18 14:15",
        "Banque Saint-Just <noreply@banque-saintjust.fr>",
        "Votre demande de carte Visa Premier",
        "Madame Marchetti,\n\nVotre demande de carte Visa Premier a bien été enregistrée. Après étude de votre dossier, votre "
        "conseiller reviendra vers vous sous 48h.\n\nBanque Saint-Just",
    ),
    n(
        "73032",
        "2025-10-22 10:05",
        "Banque Saint-Just <noreply@banque-saintjust.fr>",
        "Votre demande de carte n'a pas pu aboutir",
        "Madame Marchetti,\n\nNous avons étudié votre demande de carte Visa Premier. Nous sommes au regret de ne pouvoir y "
        "donner une suite favorable à ce jour, vos revenus actuels ne correspondant pas aux conditions d'accès.\n\n"
        "Votre conseillère, Mme Duclos, reste à votre disposition.\n\nBanque Saint-Just",
    ),
    n(
        "73033",
        "2025-11-01 06:00",
        "Banque Saint-Just <noreply@banque-saintjust.fr>",
        "Votre relevé de compte d'octobre est disponible",
        "Bonjour,\n\nVotre relevé de compte du mois d'octobre 2025 est disponible dans votre espace client.\n\nBanque Saint-Just",
    ),
    n(
        "73034",
        "2025-12-01 06:00",
        "Banque Saint-Just <noreply@banque-saintjust.fr>",
        "Votre relevé de compte de novembre est disponible",
        "Bonjour,\n\nVotre relevé de compte du mois de novembre 2025 est disponible dans votre espace client.\n\nBanque Saint-Just",
    ),
    n(
        "73035",
        "2026-01-02 06:00",
        "Banque Saint-Just <noreply@banque-saintjust.fr>",
        "Votre relevé de compte de décembre est disponible",
        "Bonjour,\n\nVotre relevé de compte du mois de décembre 2025 est disponible dans votre espace client.\n\nBanque Saint-Just",
    ),
    n(
        "73036",
        "2025-11-08 10:20",
        "Assurances Mutuelles du Lyonnais <devis@aml-assurances.fr>",
        "Votre devis assurance habitation",
        "Bonjour Madame Marchetti,\n\nSuite à votre demande en ligne, voici notre proposition pour l'assurance de votre T2 "
        "(45 m², Lyon 1er) : formule Essentielle à 11,40 €/mois. Souscrivez en ligne en 5 minutes.\n\nAML Assurances",
    ),
    n(
        "73037",
        "2025-11-14 15:40",
        "Assurances Mutuelles du Lyonnais <contrat@aml-assurances.fr>",
        "Votre attestation d'assurance habitation",
        "Madame,\n\nVeuillez trouver en pièce jointe votre attestation d'assurance habitation à transmettre à votre bailleur.\n\nAML",
        attach=[
            (
                "attestation_habitation.txt",
                "text/plain",
                "Attestation d'assurance multirisque habitation - contrat H-2025-77812\n",
            )
        ],
    ),
    n(
        "73038",
        "2026-02-03 18:00",
        "Lydia <hello@lydia-app.com>",
        "Jeanne t'a envoyé 23,50 €",
        "Jeanne Caradec t'a envoyé 23,50 € : « pizza + vin de samedi 🍕 »\n\nL'argent est sur ton compte Lydia.",
    ),
    n(
        "73039",
        "2026-03-03 09:30",
        "Banque Saint-Just <info@banque-saintjust.fr>",
        "Offre de bienvenue : 80 € offerts pour l'ouverture d'un livret",
        "Bonjour Elodie,\n\nJusqu'au 31 mars, 80 € vous sont offerts pour toute ouverture d'un Livret Saint-Just Plus avec un "
        "premier versement de 300 €. Offre réservée aux clients particuliers.\n\nBanque Saint-Just",
    ),
    # --- transports ---------------------------------------------------------------------------
    n(
        "73040",
        "2025-10-01 08:30",
        "TCL <noreply@tcl.fr>",
        "Votre abonnement TCL Tempo Go a été renouvelé",
        "Bonjour,\n\nVotre abonnement mensuel a été renouvelé pour le mois d'octobre 2025 (68,00 €).\n\nTCL – Transports en "
        "commun lyonnais",
    ),
    n(
        "73041",
        "2025-11-19 07:12",
        "TCL Infos trafic <info-trafic@tcl.fr>",
        "Perturbations métro A - mouvement social jeudi 20 novembre",
        "En raison d'un mouvement social, le trafic sera perturbé le jeudi 20 novembre sur les lignes de métro A et D et "
        "plusieurs lignes de bus. Préparez votre trajet sur tcl.fr.",
    ),
    n(
        "73042",
        "2025-12-02 08:30",
        "TCL <noreply@tcl.fr>",
        "Votre attestation d'abonnement pour votre employeur",
        "Bonjour,\n\nVotre attestation d'abonnement annuelle est disponible dans votre espace. Vous pouvez la transmettre à "
        "votre employeur pour la prise en charge de 50 %.\n\nTCL",
    ),
    n(
        "73043",
        "2025-10-25 21:04",
        "SNCF Connect <confirmation@sncf-connect.com>",
        "Votre e-billet Lyon Part-Dieu → Genève Cornavin",
        "Bonjour Elodie,\n\nVotre voyage est confirmé.\n\nAller : jeu. 20 nov. 2025, Lyon Part-Dieu 07:34 → Genève Cornavin 09:26\n"
        "Retour : jeu. 20 nov. 2025, Genève Cornavin 18:33 → Lyon Part-Dieu 20:25\n\nTotal : 58,00 €\n\nBon voyage !\nSNCF Connect",
    ),
    n(
        "73044",
        "2025-12-20 10:22",
        "SNCF Connect <confirmation@sncf-connect.com>",
        "Votre e-billet Lyon Part-Dieu → Rennes",
        "Bonjour Elodie,\n\nAller : mar. 23 déc. 2025, Lyon Part-Dieu 10:04 → Rennes 14:32\nRetour : ven. 2 janv. 2026, Rennes "
        "15:05 → Lyon Part-Dieu 19:31\n\nTotal : 142,00 €\n\nSNCF Connect",
    ),
    n(
        "73045",
        "2026-02-27 19:40",
        "Vélo'v <noreply@velov.grandlyon.com>",
        "Votre abonnement Vélo'v arrive à échéance",
        "Bonjour,\n\nVotre abonnement Vélo'v annuel arrive à échéance le 10 mars 2026. Renouvelez-le dès maintenant depuis "
        "l'appli.\n\nVélo'v",
    ),
    n(
        "73046",
        "2026-01-11 15:10",
        "BlaBlaCar <no-reply@blablacar.com>",
        "Réservation confirmée : Lyon → Annecy",
        "Ta réservation est confirmée ! Sam. 17 janv., départ 8h00 Lyon Perrache avec Quentin. Prix : 14 €.",
    ),
    # --- achats -------------------------------------------------------------------------------
    n(
        "73050",
        "2025-10-13 12:00",
        "Bricomat <commandes@bricomat.fr>",
        "Confirmation de votre commande n° 40082311",
        "Bonjour Elodie,\n\nMerci pour votre commande : cartons de déménagement x20, rouleau adhésif x3. Total 42,70 €. Retrait "
        "en magasin Lyon Vaise sous 2h.\n\nBricomat",
    ),
    n(
        "73051",
        "2025-11-28 08:00",
        "Maison Pélican <newsletter@maisonpelican.fr>",
        "Black Friday : -30 % sur tout le linge de maison",
        "Offre Black Friday jusqu'à lundi minuit : -30 % sur les draps, housses et plaids. Livraison offerte dès 60 €.",
    ),
    n(
        "73052",
        "2025-11-29 14:22",
        "Maison Pélican <commandes@maisonpelican.fr>",
        "Votre commande est expédiée",
        "Bonjour Elodie,\n\nVotre commande MP-118294 (parure de lit 140x190, plaid gris) a été expédiée via Colissimo. "
        "Numéro de suivi : 6A24587719301.\n\nMaison Pélican",
    ),
    n(
        "73053",
        "2025-12-10 18:30",
        "Librairie Passages Rhône <contact@passages-rhone.fr>",
        "Votre commande est disponible en librairie",
        "Bonjour,\n\nLes livres que vous avez commandés (« Le contrôle de gestion en action », « Yoga, la pratique ») sont "
        "disponibles à la librairie, rue de Brest.\n\nÀ bientôt,\nL'équipe de Passages",
    ),
    n(
        "73054",
        "2025-12-12 09:15",
        "Back Market <noreply@backmarket.fr>",
        "Commande confirmée : iPhone 13 reconditionné",
        "Merci pour ta commande ! iPhone 13 128 Go – état Très bon – 389 €. Livraison estimée le 15/12.",
        lang="fr",
    ),
    n(
        "73055",
        "2026-01-08 10:00",
        "Cave des Pentes <bonjour@cavedespentes.fr>",
        "Soldes : nos vins nature à prix doux",
        "Les soldes d'hiver démarrent à la cave ! -20 % sur une sélection de vins nature du Beaujolais et des Côtes du Rhône. "
        "Dégustation samedi de 16h à 19h.",
    ),
    n(
        "73056",
        "2026-02-18 11:42",
        "Decathlon <noreply@decathlon.fr>",
        "Votre commande est prête en magasin",
        "Bonjour Elodie,\n\nVotre commande n° DKT-884121 est prête à être retirée au magasin Lyon Part-Dieu.\n\nDecathlon",
    ),
    n(
        "73057",
        "2026-03-01 08:00",
        "Free <noreply@free-mobile.fr>",
        "Votre facture Free Mobile de février",
        "Bonjour,\n\nVotre facture Free Mobile du mois de février 2026 est disponible dans votre espace abonné. Montant : 19,99 €.\n\nFree",
    ),
    n(
        "73058",
        "2025-11-05 09:00",
        "Free <noreply@free.fr>",
        "Votre déménagement Freebox est programmé",
        "Bonjour,\n\nLe transfert de votre abonnement Freebox vers votre nouvelle adresse est programmé le 17/11/2025. "
        "Votre numéro de téléphone est conservé.\n\nFree",
    ),
    # --- santé --------------------------------------------------------------------------------
    n(
        "73060",
        "2025-10-15 19:05",
        "Doctolib <no-reply@doctolib.fr>",
        "Votre rendez-vous avec Dr Lambert est confirmé",
        "Bonjour Elodie,\n\nVotre rendez-vous est confirmé : mardi 21 octobre 2025 à 18h15 avec Dr Hélène Lambert, "
        "chirurgien-dentiste, 31 rue de la République, 69002 Lyon.\n\nDoctolib",
        ics={
            "uid": "doctolib-rdv-5512877@doctolib.fr",
            "start": "2025-10-21 18:15:00 +0200",
            "minutes": 30,
            "summary": "RDV Dr Hélène Lambert - dentiste",
            "organizer": ("Doctolib", "no-reply@doctolib.fr"),
            "location": "31 rue de la République, 69002 Lyon",
        },
    ),
    n(
        "73061",
        "2026-02-05 19:20",
        "Doctolib <no-reply@doctolib.fr>",
        "Rappel : rendez-vous demain avec Dr Mercier",
        "Bonjour Elodie,\n\nRappel de votre rendez-vous vendredi 6 février 2026 à 8h40 avec Dr Antoine Mercier, médecin "
        "généraliste.\n\nDoctolib",
    ),
    n(
        "73062",
        "2026-03-06 12:00",
        "Kiné des Terreaux <secretariat@kine-terreaux.fr>",
        "Confirmation de vos séances",
        "Bonjour Madame Marchetti,\n\nNous vous confirmons vos 6 séances de rééducation (épaule) les mardis et jeudis à 19h "
        "à partir du 10 mars.\n\nLe secrétariat",
    ),
    # --- loisirs, associations -----------------------------------------------------------------
    n(
        "73070",
        "2025-10-04 12:30",
        "Club Grimpe Croix-Rousse <bureau@grimpe-croixrousse.fr>",
        "Adhésion 2025-2026 : votre inscription est validée",
        "Bonjour Elodie,\n\nTon adhésion pour la saison 2025-2026 est validée (créneau adultes mardi 19h-21h). Pense à "
        "nous envoyer ton certificat médical.\n\nSportivement,\nLe bureau du Club Grimpe Croix-Rousse",
    ),
    n(
        "73071",
        "2025-11-09 17:10",
        "Club Grimpe Croix-Rousse <bureau@grimpe-croixrousse.fr>",
        "Sortie falaise à Saint-Fortunat - inscriptions",
        "Salut à toutes et tous,\n\nOn organise une sortie falaise le dimanche 23 novembre si la météo le permet. Départ 8h30 "
        "du gymnase, covoiturage. Inscriptions sur le framadate avant jeudi.\n\nAnthony, pour le bureau",
    ),
    n(
        "73072",
        "2026-01-15 20:00",
        "Club Grimpe Croix-Rousse <bureau@grimpe-croixrousse.fr>",
        "Convocation à l'Assemblée générale du 31 janvier",
        "Bonjour à tous,\n\nVous êtes convoqués à l'Assemblée générale ordinaire du club le samedi 31 janvier 2026 à 18h, salle "
        "de la Ficelle. Ordre du jour : rapport moral, rapport financier, élection du bureau. Nous recherchons un·e trésorier·e !\n\n"
        "Le bureau",
        ics={
            "uid": "ag-2026-grimpe-cr@grimpe-croixrousse.fr",
            "start": "2026-01-31 18:00:00 +0100",
            "minutes": 120,
            "summary": "AG Club Grimpe Croix-Rousse",
            "organizer": ("Club Grimpe Croix-Rousse", "bureau@grimpe-croixrousse.fr"),
            "location": "Salle de la Ficelle, 65 bd des Canuts",
        },
    ),
    n(
        "73073",
        "2026-02-02 21:30",
        "Anthony Berger <anthony.berger69@gmail.com>",
        "Trésorerie du club",
        "Salut Elodie,\n\nMerci d'avoir accepté le poste de trésorière samedi, tu nous sauves ! Je te transmets le fichier des "
        "comptes et les accès à la banque la semaine prochaine. Le budget prévisionnel est à présenter en mai, mais vu ton "
        "métier je ne m'inquiète pas trop 😄\n\nAnthony",
    ),
    n(
        "73074",
        "2025-10-07 10:00",
        "AMAP des Pentes <amap.pentes@framalistes.org>",
        "[AMAP] Distribution de jeudi + contrats hiver",
        "Bonjour à tous,\n\nJeudi : légumes (courges, poireaux, pommes de terre) et œufs. Les contrats d'hiver pour le pain et "
        "le fromage sont à rendre avant le 20 octobre.\n\nPermanence : Elodie M., Sarah B.\n\nLa coordination",
    ),
    n(
        "73075",
        "2025-12-04 10:00",
        "AMAP des Pentes <amap.pentes@framalistes.org>",
        "[AMAP] Dernière distribution de l'année",
        "Bonjour à tous,\n\nDernière distribution le 18 décembre, avec le vin chaud offert par la coordination. Reprise le 8 "
        "janvier.\n\nBonnes fêtes !",
    ),
    n(
        "73076",
        "2026-03-05 10:00",
        "AMAP des Pentes <amap.pentes@framalistes.org>",
        "[AMAP] Contrats printemps-été : c'est parti",
        "Bonjour à tous,\n\nLes contrats légumes printemps-été sont ouverts. Nouveau : un producteur de fraises de Millery. "
        "Candidatures pour rejoindre la coordination bienvenues !\n\nLa coordination",
    ),
    n(
        "73077",
        "2025-10-26 11:00",
        "Cinéma Comœdia <newsletter@cinema-comoedia.com>",
        "Cette semaine au Comœdia : avant-premières et rencontres",
        "Mardi : avant-première en présence de la réalisatrice, suivie d'un entretien avec le public. Jeudi : ciné-club "
        "Hitchcock. Tarif réduit pour les abonnés.",
    ),
    n(
        "73078",
        "2025-11-30 11:00",
        "Cinéma Comœdia <newsletter@cinema-comoedia.com>",
        "Festival Lumière : le bilan + programmation de décembre",
        "Merci d'avoir été aussi nombreux ! Au programme de décembre : rétrospective Agnès Varda et séances jeune public.",
    ),
    n(
        "73079",
        "2026-01-20 12:05",
        "Les Subsistances <billetterie@les-subs.com>",
        "Vos billets pour « Corps en marche »",
        "Bonjour Elodie,\n\nMerci pour votre réservation : 2 places pour « Corps en marche », vendredi 6 février 2026 à 20h. "
        "Billets électroniques en pièce jointe.\n\nLes Subsistances",
    ),
    n(
        "73080",
        "2026-02-21 09:00",
        "Yoga Saint-Paul <studio@yogasaintpaul.fr>",
        "Offre découverte : 3 cours pour 30 €",
        "Namasté ! Ce mois-ci, offre découverte pour vos proches : 3 cours pour 30 €. Nouveau créneau Yin le jeudi 20h.",
    ),
    n(
        "73081",
        "2025-12-08 18:00",
        "Fête des Lumières - Ville de Lyon <newsletter@lyon.fr>",
        "Fête des Lumières 2025 : le programme complet",
        "Du 5 au 8 décembre, 30 installations dans toute la ville. Plan, horaires, accès TCL : tout est sur fetedeslumieres.lyon.fr.",
    ),
    # --- newsletters (hiring vocabulary on purpose) --------------------------------------------
    n(
        "73090",
        "2025-10-09 07:00",
        "Le Courrier Financier <newsletter@courrierfinancier.fr>",
        "Entretien : « Le DAF doit devenir un business partner »",
        "Cette semaine, notre entretien avec Isabelle Perrot, directrice financière d'une ETI lyonnaise, sur la transformation "
        "de la fonction finance.\n\nAussi : les taux, la clôture annuelle, l'IA dans le reporting.\n\nSe désabonner",
    ),
    n(
        "73091",
        "2025-11-13 07:00",
        "Le Courrier Financier <newsletter@courrierfinancier.fr>",
        "Baromètre : les salaires des contrôleurs de gestion en 2026",
        "Les cabinets de recrutement s'accordent : le marché des contrôleurs de gestion reste tendu en région lyonnaise. "
        "Notre baromètre des rémunérations et les compétences les plus recherchées (Power BI, SQL, business partnering).",
    ),
    n(
        "73092",
        "2026-01-15 07:00",
        "Le Courrier Financier <newsletter@courrierfinancier.fr>",
        "Recrutement : pourquoi les entreprises peinent à trouver des FP&A",
        "Notre enquête auprès de 120 DAF : délais de recrutement, candidatures reçues, offres refusées. Et un entretien "
        "d'embauche type décrypté par une recruteuse.",
    ),
    n(
        "73093",
        "2026-03-12 07:00",
        "Le Courrier Financier <newsletter@courrierfinancier.fr>",
        "Entretien annuel d'évaluation : comment le préparer côté manager",
        "Le guide pratique de la semaine : objectifs, grille d'évaluation, et les erreurs à éviter lors de l'entretien annuel.",
    ),
    n(
        "73094",
        "2025-10-30 12:00",
        "DFCG Rhône-Alpes <rhonealpes@dfcg.fr>",
        "Invitation : petit-déjeuner « Pilotage de la performance »",
        "Chère adhérente, cher adhérent,\n\nLa DFCG Rhône-Alpes vous invite à son petit-déjeuner débat le 13 novembre à 8h, "
        "à l'Hôtel de la Cité Internationale. Inscription gratuite pour les membres.\n\nDFCG Rhône-Alpes",
    ),
    n(
        "73095",
        "2026-02-10 12:00",
        "DFCG Rhône-Alpes <rhonealpes@dfcg.fr>",
        "Atelier « Réussir sa transition professionnelle en finance »",
        "Atelier animé par deux DRH et un chasseur de têtes : CV, réseau, entretien de recrutement. Jeudi 26 février, 18h30.",
    ),
    n(
        "73096",
        "2025-11-06 06:30",
        "Lyon Capitale Matin <matin@lyoncapitale-news.fr>",
        "Le maire en entretien, la Part-Dieu en travaux, la météo",
        "Bonjour ! L'essentiel ce matin : entretien exclusif avec le maire sur les mobilités, la gare Part-Dieu encore en "
        "chantier, et un week-end pluvieux en vue.",
    ),
    n(
        "73097",
        "2026-01-22 06:30",
        "Lyon Capitale Matin <matin@lyoncapitale-news.fr>",
        "Ces entreprises lyonnaises qui recrutent en 2026",
        "Industrie, santé, tech : notre tour des employeurs qui annoncent des embauches dans la métropole cette année.",
    ),
    n(
        "73098",
        "2025-12-11 17:00",
        "Podcast Génération Finance <hello@generationfinance.fm>",
        "Nouvel épisode : entretien avec une CFO de scale-up",
        "Dans l'épisode 42, on reçoit Léa Marin, CFO d'une scale-up lyonnaise : lever des fonds, construire l'équipe finance, "
        "et son pire entretien d'embauche. À écouter partout.",
    ),
    n(
        "73099",
        "2026-02-19 17:00",
        "Podcast Génération Finance <hello@generationfinance.fm>",
        "Épisode 47 : « J'ai refusé une offre à 80 k€ »",
        "Un témoignage sans filtre sur la négociation salariale et le choix entre deux offres d'emploi. Bonne écoute !",
    ),
    n(
        "73100",
        "2025-10-16 16:00",
        "Power BI Lyon User Group <noreply@meetup.com>",
        "Nouvel événement : Power BI & FP&A, retours d'expérience",
        "Power BI Lyon User Group a publié un nouvel événement : « Power BI & FP&A : retours d'expérience », jeudi 6 novembre, "
        "19h, La Cordée Liberté. 34 participants.",
    ),
    n(
        "73101",
        "2026-01-29 16:00",
        "Power BI Lyon User Group <noreply@meetup.com>",
        "Rappel : « DAX avancé pour le contrôle de gestion » demain",
        "Rappel : votre événement a lieu demain à 19h. Pensez à venir avec votre ordinateur.",
    ),
    n(
        "73102",
        "2025-11-20 09:00",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Elodie, your Financial Modeling course starts soon",
        "Hi Elodie,\n\nYour enrollment in Financial Modeling for Startups is confirmed. The first module opens on Monday. "
        "Learners who set a weekly goal are twice as likely to finish.\n\nThe Coursera Team",
        lang="en",
    ),
    n(
        "73103",
        "2026-02-07 09:00",
        "The Finance Weekly <editor@financeweekly-news.com>",
        "Interview: how a CFO rebuilt forecasting after the rate shock",
        "This week's interview with a European CFO on rolling forecasts and driver-based planning. Also: five Excel shortcuts "
        "and the best FP&A podcasts.",
        lang="en",
    ),
    # --- LinkedIn social notifications ----------------------------------------------------------
    n(
        "73110",
        "2025-10-14 18:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Félicitez Julie Vasseur pour son nouveau poste",
        "Julie Vasseur a commencé un nouveau poste : Responsable contrôle de gestion chez un groupe de distribution.\n\n"
        "Envoyer un message de félicitations",
    ),
    n(
        "73111",
        "2025-11-08 09:10",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Elodie, vous avez 3 nouvelles invitations",
        "Vous avez 3 nouvelles invitations en attente, dont Thomas Rivoire (Responsable FP&A Groupe).\n\nVoir les invitations",
    ),
    n(
        "73112",
        "2025-12-02 12:05",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Votre publication a reçu 27 réactions",
        "Votre publication « 5 indicateurs que je regarde en premier dans un P&L industriel » a reçu 27 réactions et 4 commentaires.",
    ),
    n(
        "73113",
        "2026-01-09 08:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Vous êtes apparu(e) dans 41 recherches cette semaine",
        "Vous êtes apparu(e) dans 41 recherches cette semaine. Des recruteurs et des professionnels de la finance ont vu votre profil.",
    ),
    n(
        "73114",
        "2026-02-13 19:22",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Karim Haddad a commenté votre publication",
        "Karim Haddad a commenté : « Super liste ! Je rajouterais le BFR en jours de CA. »",
    ),
    n(
        "73115",
        "2026-03-18 18:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Souhaitez-vous annoncer votre nouveau poste ?",
        "Elodie, vous avez mis à jour votre profil. Souhaitez-vous partager votre nouveau poste avec votre réseau ?",
    ),
    # --- famille, amis ------------------------------------------------------------------------
    n(
        "73120",
        "2025-10-05 20:12",
        "Maman <christine.marchetti@wanadoo.fr>",
        "Nouvelles",
        "Coucou ma chérie,\n\nAlors, ces recherches ? Papa a vu une annonce dans Le Progrès pour une usine à Givors, je te "
        "l'ai découpée. Et l'appartement ? Tiens-nous au courant.\n\nOn t'embrasse,\nMaman",
    ),
    n(
        "73121",
        "2025-10-21 22:45",
        "Jeanne Caradec <jeanne.caradec@gmail.com>",
        "Re: apéro jeudi ?",
        "Carrément ! Jeudi 19h aux Fabriques ? J'ai besoin de te raconter mon entretien annuel, ma N+1 m'a proposé de passer "
        "manager… je sais pas si j'ai envie 😅\n\nJeanne",
    ),
    n(
        "73122",
        "2025-11-03 13:30",
        "Romain Feuillet <romain.feuillet@outlook.fr>",
        "Offre chez nous ?",
        "Salut Elodie,\n\nJe sais que tu cherches : chez nous (la boîte de logistique à Saint-Priest) ils recrutent un "
        "contrôleur de gestion mais c'est du junior, 38 k€, je pense que c'est pas pour toi. Par contre je peux te présenter à "
        "mon ancienne cheffe qui est partie chez un industriel, elle cherche toujours du monde.\n\nTiens-moi au courant,\nRomain",
    ),
    n(
        "73123",
        "2025-11-15 10:05",
        "Papa <gerard.marchetti@wanadoo.fr>",
        "Déménagement",
        "Je serai là samedi à 8h avec le Kangoo. Prévois du café. Papa",
    ),
    n(
        "73124",
        "2025-11-22 19:30",
        "Jeanne Caradec <jeanne.caradec@gmail.com>",
        "Crémaillère !!",
        "Alors cette crémaillère, c'est quand ? 😁 Je peux apporter une tarte. Et raconte-moi la banque, t'as eu des nouvelles ?",
    ),
    n(
        "73125",
        "2025-12-06 11:20",
        "Jeanne Caradec via Google Agenda <calendar-notification@google.com>",
        "Invitation: Crémaillère Elodie 🏠 @ sam. 13 déc. 2025 19:00 - 23:30 (CET)",
        "Jeanne Caradec vous a invité à un événement.\n\nCrémaillère Elodie 🏠\nQuand : sam. 13 déc. 2025 19:00 – 23:30\n"
        "Où : 8 montée de la Grande Côte, Lyon\n\nRépondre : Oui - Peut-être - Non",
        sender="Google Calendar <calendar-notification@google.com>",
        ics={
            "uid": "7hq2kd9s0l1m2n3o4p5q6r7s8t@google.com",
            "start": "2025-12-13 19:00:00 +0100",
            "minutes": 270,
            "summary": "Crémaillère Elodie 🏠",
            "organizer": ("Jeanne Caradec", "jeanne.caradec@gmail.com"),
            "attendees": [("Romain Feuillet", "romain.feuillet@outlook.fr")],
            "location": "8 montée de la Grande Côte, Lyon",
        },
    ),
    n(
        "73126",
        "2025-12-15 21:10",
        "Romain Feuillet <romain.feuillet@outlook.fr>",
        "Re: merci pour samedi",
        "C'était top ! Ton appart est génial. Au fait, mon pote Hugo m'a dit qu'il avait reçu une promesse d'embauche chez "
        "un cabinet d'audit, il commence en janvier. Tout le monde bouge sauf moi haha.\n\nRomain\n\n> Le 14 déc. 2025, Elodie "
        "a écrit :\n> Merci à tous d'être venus !",
    ),
    n(
        "73127",
        "2025-12-26 18:00",
        "Tante Sylvie <sylvie.bernardin@laposte.net>",
        "Photos de Noël",
        "Bonsoir à tous,\n\nVoici les photos du réveillon à Rennes. Elodie, bon courage pour les entretiens en janvier, on "
        "croise les doigts !\n\nBises,\nSylvie",
    ),
    n(
        "73128",
        "2026-01-16 12:40",
        "Sarah Benali <sarah.benali@gmail.com>",
        "Question candidature",
        "Hello Elodie,\n\nTu pourrais relire ma lettre de motivation pour le master en alternance à l'IAE ? La candidature "
        "est à déposer avant le 1er février sur eCandidat. Je te paie un café en échange 😇\n\nSarah",
    ),
    n(
        "73129",
        "2026-01-24 09:30",
        "Sarah Benali <sarah.benali@gmail.com>",
        "Re: Question candidature",
        "Merci mille fois pour tes corrections, c'est beaucoup mieux ! Je l'ai envoyée hier soir. Résultats des admissions "
        "fin mars.\n\nSarah",
    ),
    n(
        "73130",
        "2026-02-08 20:05",
        "Maman <christine.marchetti@wanadoo.fr>",
        "Re: des nouvelles",
        "Deux entretiens la même semaine, c'est formidable ! Ne te mets pas trop la pression. Papa dit que la start-up c'est "
        "risqué mais fais comme tu le sens.\n\nGros bisous,\nMaman",
    ),
    n(
        "73131",
        "2026-03-03 22:30",
        "Jeanne Caradec <jeanne.caradec@gmail.com>",
        "Re: deux offres ?!",
        "Mais c'est génial !!! Moi je prendrais le grand groupe pour la stabilité, mais la start-up a l'air trop cool… Appelle-"
        "moi demain soir, on fait le tableau pour/contre (je sais que tu adores les tableaux 😂)\n\nJeanne",
    ),
    n(
        "73132",
        "2026-03-14 11:11",
        "Romain Feuillet <romain.feuillet@outlook.fr>",
        "Bravo !!",
        "Jeanne m'a dit pour ton nouveau job, félicitations !! On fête ça quand ? Et tu me diras si chez eux ils recrutent "
        "des acheteurs, on ne sait jamais 😉\n\nRomain",
    ),
    n(
        "73133",
        "2026-03-21 16:00",
        "Julie Vasseur <julie.vasseur@gmail.com>",
        "Déj avant ta prise de poste ?",
        "Coucou Elodie,\n\nFélicitations pour Tréval, j'ai vu passer la nouvelle ! On se fait un déjeuner avant le 1er avril ? "
        "Je suis dispo le 26 ou le 27.\n\nJulie",
    ),
    n(
        "73134",
        "2025-10-28 21:15",
        "Emma Clarke <emma.clarke.uk@gmail.com>",
        "Re: Geneva?",
        "Hi Elodie!\n\nSo exciting that you might move closer! Honestly Geneva is lovely but the rents are insane — my flat in "
        "Eaux-Vives is 2,400 CHF. Happy to tell you all about cross-border permits over a drink next time you're here.\n\n"
        "Love,\nEmma",
        lang="en",
    ),
    n(
        "73135",
        "2025-11-20 19:10",
        "Emma Clarke <emma.clarke.uk@gmail.com>",
        "Drinks tonight?",
        "You're in Geneva today, right? I finish at 6 - Bains des Pâquis at 6:30 before your train? x",
        lang="en",
    ),
    n(
        "73136",
        "2026-02-14 10:00",
        "Emma Clarke <emma.clarke.uk@gmail.com>",
        "My job news",
        "Hi love,\n\nQuick update: I finally handed in my notice! I'm joining a small NGO in Lausanne in April as head of "
        "communications. Terrifying and exciting. How's your search going?\n\nEmma",
        lang="en",
    ),
    # --- services, SaaS, divers ---------------------------------------------------------------
    n(
        "73140",
        "2025-10-03 11:00",
        "Google <no-reply@accounts.google.com>",
        "Alerte de sécurité",
        "Nouvelle connexion sur Windows. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.",
    ),
    n(
        "73141",
        "2025-10-17 09:20",
        "Canva <marketing@engage.canva.com>",
        "Créez un CV qui se démarque",
        "Des centaines de modèles de CV gratuits et personnalisables. Faites bonne impression dès le premier coup d'œil.",
    ),
    n(
        "73142",
        "2025-11-01 10:00",
        "Spotify <no-reply@spotify.com>",
        "Votre reçu Spotify",
        "Merci pour votre paiement de 11,12 € pour Spotify Premium Individual. Prochain paiement : 1 décembre 2025.",
    ),
    n(
        "73143",
        "2025-12-01 10:00",
        "Spotify <no-reply@spotify.com>",
        "Votre reçu Spotify",
        "Merci pour votre paiement de 11,12 € pour Spotify Premium Individual. Prochain paiement : 1 janvier 2026.",
    ),
    n(
        "73144",
        "2025-12-30 12:00",
        "Spotify <no-reply@spotify.com>",
        "Ton année en musique est là 🎧",
        "Ton Wrapped 2025 est arrivé : 41 208 minutes d'écoute, artiste n° 1 : Juliette Armanet.",
    ),
    n(
        "73145",
        "2026-01-06 08:45",
        "Microsoft <microsoft-noreply@microsoft.com>",
        "Votre abonnement Microsoft 365 Personnel sera renouvelé",
        "Votre abonnement Microsoft 365 Personnel sera renouvelé le 20 janvier 2026 pour 69,00 €.",
    ),
    n(
        "73146",
        "2025-11-24 14:00",
        "Leboncoin <noreply@leboncoin.fr>",
        "Nouveau message pour « Canapé 2 places gris »",
        "Bonjour, le canapé est-il toujours disponible ? Je peux passer ce soir. – Yannis",
    ),
    n(
        "73147",
        "2025-11-25 09:00",
        "Leboncoin <noreply@leboncoin.fr>",
        "Vous avez reçu une offre pour « Canapé 2 places gris »",
        "Yannis vous a fait une offre de 120 € pour votre annonce « Canapé 2 places gris ». Accepter ou refuser l'offre.",
    ),
    n(
        "73148",
        "2026-03-08 12:15",
        "Vinted <no-reply@vinted.fr>",
        "Ton article a été vendu !",
        "Bonne nouvelle ! Ton article « Blazer marine taille 38 » a été vendu. Envoie-le avant le 13 mars.",
    ),
    n(
        "73149",
        "2026-01-05 19:00",
        "Airbnb <automated@airbnb.com>",
        "Réservation confirmée : Annecy, 1 nuit",
        "Votre réservation chez Camille est confirmée. Arrivée sam. 17 janv. 2026, départ dim. 18 janv. 2026.",
    ),
    n(
        "73150",
        "2026-01-12 09:00",
        "Notion <team@makenotion.com>",
        "Your weekly Notion digest",
        "3 pages were updated in your workspace « Recherche emploi 2025 » : Suivi candidatures, Questions entretien, Budget perso.",
        lang="en",
    ),
    n(
        "73151",
        "2026-02-23 18:30",
        "Uber Eats <uber@uber.com>",
        "Votre commande chez Ma Thaï",
        "Merci pour votre commande ! Total : 24,90 €. Pad thaï poulet, rouleaux de printemps.",
    ),
    n(
        "73152",
        "2025-10-29 08:00",
        "La Poste <noreply@laposte.fr>",
        "Votre contrat de réexpédition du courrier est activé",
        "Bonjour,\n\nVotre contrat de réexpédition définitive (6 mois) est actif à partir du 15/11/2025.\n\nLa Poste",
    ),
    n(
        "73153",
        "2026-01-19 17:30",
        "Mairie du 1er arrondissement <mairie1@mairie-lyon.fr>",
        "Inscription sur les listes électorales - confirmation",
        "Madame,\n\nVotre demande d'inscription sur les listes électorales du 1er arrondissement a bien été enregistrée. "
        "Votre carte électorale vous sera adressée avant les élections municipales de mars 2026.\n\nLa Mairie du 1er",
    ),
    n(
        "73154",
        "2026-03-10 13:00",
        "Ville de Lyon <ne-pas-repondre@lyon.fr>",
        "Élections municipales : votre bureau de vote",
        "Votre bureau de vote : École Victor Hugo, bureau 0104. Scrutin les 15 et 22 mars 2026, de 8h à 19h.",
    ),
    n(
        "73155",
        "2025-12-22 08:30",
        "Easyjet <noreply@easyjet.com>",
        "Your booking confirmation EJU8812",
        "Thanks for booking with us. Lyon (LYS) to Porto (OPO), Fri 20 Feb 2026 07:05. Hold luggage: 1 x 15 kg.",
        lang="en",
    ),
    n(
        "73156",
        "2026-02-16 21:00",
        "Booking.com <noreply@booking.com>",
        "Votre réservation à Porto est confirmée",
        "Casa da Ribeira, du 20 au 23 février 2026, 3 nuits, 264 €. Annulation gratuite jusqu'au 18 février.",
    ),
    n(
        "73157",
        "2026-03-24 10:00",
        "Mutuelle Santé Plus <adhesion@mutuelle-santeplus.fr>",
        "Résiliation de votre contrat individuel",
        "Madame,\n\nSuite à votre adhésion à la mutuelle d'entreprise de votre nouvel employeur, nous accusons réception de "
        "votre demande de résiliation. Elle prendra effet le 31/03/2026.\n\nMutuelle Santé Plus",
    ),
    n(
        "73158",
        "2025-11-18 07:30",
        "Strava <no-reply@strava.com>",
        "Jeanne Caradec a aimé votre activité",
        "Jeanne Caradec a aimé « Course du matin - Parc de la Tête d'Or » (8,2 km).",
    ),
    n(
        "73159",
        "2026-01-31 08:00",
        "Ornikar <hello@ornikar.com>",
        "Offre spéciale : votre code de la route à -50 %",
        "Passez le code ce mois-ci : -50 % avec le code HIVER26. Offre valable jusqu'au 15 février.",
    ),
    n(
        "73160",
        "2026-02-28 08:00",
        "Le Petit Bulletin <newsletter@petit-bulletin.fr>",
        "Les sorties du week-end à Lyon",
        "Concert aux Nuits de Fourvière (programmation dévoilée), expos, et notre entretien avec un chef du Vieux Lyon.",
    ),
    n(
        "73161",
        "2025-10-31 17:00",
        "Le Petit Bulletin <newsletter@petit-bulletin.fr>",
        "Halloween, expos, concerts : votre week-end",
        "Les bons plans du week-end prolongé, et l'entretien vidéo avec le directeur de la Biennale de la danse.",
    ),
    n(
        "73162",
        "2025-12-16 10:15",
        "Zoom <no-reply@zoom.us>",
        "Your Zoom account: please verify your email",
        "Please verify your email address to activate your Zoom account.",
        lang="en",
    ),
    n(
        "73163",
        "2026-02-11 09:00",
        "Médiathèque de la Croix-Rousse <bm-croixrousse@bm-lyon.fr>",
        "Rappel : documents à rendre",
        "Bonjour,\n\nLes documents suivants sont à rendre avant le 14/02/2026 : « Excel 365 – Les fonctions avancées », "
        "« Les Furtifs ».\n\nBibliothèque municipale de Lyon",
    ),
    n(
        "73164",
        "2025-10-12 09:30",
        "Vélo Atelier Croix-Rousse <atelier@velo-cr.fr>",
        "Votre vélo est prêt",
        "Bonjour,\n\nL'entretien de votre vélo est terminé (révision complète + plaquettes). Montant : 65 €. Vous pouvez passer "
        "le récupérer dès aujourd'hui.\n\nL'atelier",
    ),
    n(
        "73165",
        "2026-03-25 18:00",
        "Banque Saint-Just <noreply@banque-saintjust.fr>",
        "Changement d'employeur : mettez à jour vos informations",
        "Bonjour Elodie,\n\nPensez à mettre à jour votre situation professionnelle dans votre espace client afin que nous "
        "puissions vous proposer les offres adaptées à votre profil.\n\nBanque Saint-Just",
    ),
    n(
        "73166",
        "2026-03-27 14:20",
        "Ancien collègue - Marc Tessier <marc.tessier@free.fr>",
        "Pot de départ ?",
        "Salut Elodie,\n\nOn a appris la bonne nouvelle par Julie ! On organise un petit apéro avec l'ancienne équipe de "
        "l'usine le 28 au soir, tu viens ? On te doit bien ça après 6 ans de clôtures ensemble.\n\nMarc",
    ),
    n(
        "73167",
        "2025-10-06 12:00",
        "Ligue contre le cancer - Comité du Rhône <dons@liguecancer-rhone.fr>",
        "Merci pour votre don",
        "Chère donatrice,\n\nMerci pour votre don de 30 €. Votre reçu fiscal sera disponible en mars.\n\nLe Comité du Rhône",
    ),
    n(
        "73168",
        "2025-11-01 08:30",
        "TCL <noreply@tcl.fr>",
        "Votre abonnement TCL Tempo Go a été renouvelé",
        "Bonjour,\n\nVotre abonnement mensuel a été renouvelé pour le mois de novembre 2025 (68,00 €).\n\nTCL",
    ),
    n(
        "73169",
        "2026-01-13 19:05",
        "CAF du Rhône <ne-pas-repondre@caf.fr>",
        "Déclarez vos ressources trimestrielles",
        "Bonjour,\n\nPensez à déclarer vos ressources des mois d'octobre à décembre avant le 31 janvier pour continuer à "
        "percevoir votre aide au logement.\n\nVotre Caf du Rhône",
    ),
    n(
        "73170",
        "2025-12-05 16:00",
        "Jeanne Caradec <jeanne.caradec@gmail.com>",
        "TR: Fwd: offre de stage pour mon cousin",
        "Coucou, tu connais quelqu'un qui prend des stagiaires en compta ? Mon cousin Lucas cherche un stage de 2 mois "
        "en avril (BTS CG). Je te transfère son CV, no stress si tu n'as personne.\n\nJeanne\n\n---------- Forwarded "
        "message ---------\nDe : Lucas Caradec\nObjet : offre de stage\n\nSalut Jeanne, tu peux faire tourner ? Merci !",
    ),
    n(
        "73171",
        "2026-03-20 09:15",
        "Agence Saône Immobilier <location@saone-immobilier.fr>",
        "Estimation gratuite de votre bien",
        "Vous êtes propriétaire ? Nos conseillers estiment gratuitement votre bien en 48h. Le marché lyonnais repart : "
        "profitez-en !",
    ),
    n(
        "73172",
        "2026-02-02 09:00",
        "Banque Saint-Just <noreply@banque-saintjust.fr>",
        "Votre relevé de compte de janvier est disponible",
        "Bonjour,\n\nVotre relevé de compte du mois de janvier 2026 est disponible dans votre espace client.\n\nBanque Saint-Just",
    ),
    n(
        "73173",
        "2026-03-02 09:00",
        "Banque Saint-Just <noreply@banque-saintjust.fr>",
        "Votre relevé de compte de février est disponible",
        "Bonjour,\n\nVotre relevé de compte du mois de février 2026 est disponible dans votre espace client.\n\nBanque Saint-Just",
    ),
    n(
        "73174",
        "2025-11-27 20:40",
        "Club Grimpe Croix-Rousse <bureau@grimpe-croixrousse.fr>",
        "Appel à bénévoles : compétition régionale de bloc",
        "Salut à tous,\n\nLe club accueille la compétition régionale de bloc le 14 février. On cherche des bénévoles pour "
        "l'accueil, la buvette et le jugement. Inscrivez-vous sur le tableur !\n\nLe bureau",
    ),
    n(
        "73175",
        "2026-02-26 07:00",
        "Le Courrier Financier <newsletter@courrierfinancier.fr>",
        "Offres de reprise, LBO : les deals de la semaine en Auvergne-Rhône-Alpes",
        "Les opérations de la semaine : une offre de reprise sur un fabricant de la Loire, un LBO secondaire dans la chimie à "
        "Lyon, et une levée de fonds pour une start-up de la foodtech.",
    ),
    n(
        "73176",
        "2025-10-19 11:30",
        "Emma Clarke <emma.clarke.uk@gmail.com>",
        "Photos from Annecy",
        "Hi! Here are the photos from last weekend by the lake. Such a good time - let's do it again in spring.\n\nEmma x",
        lang="en",
    ),
]

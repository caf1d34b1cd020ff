# ruff: noqa: E501, RUF100
"""Corpus 149, the ordinary inbox part one (data only): see heldout149.py.

Housing (a studio rental "candidature" through a property manager, Visale, CAF), the bank's
student loan "offre", trains, deliveries, shops, Doctolib with calendar parts, bills, webinars
and newsletters. None of it is job mail, though much of it says so."""

from __future__ import annotations

from typing import Any

from heldout149_jobs import ME_ADDR, N, after, ics, m

FGI = "Flandres Gestion Immobilière <location@flandres-gestion.example>"
FGI_SIG = """Agence Flandres Gestion Immobilière – Lille Wazemmes
Service Location – 03 20 30 18 44
Carte professionnelle CPI 5902 2018 000 031 457 – Garantie financière GALIAN
Membre d'une association agréée, le paiement des honoraires par chèque est accepté."""
BANK = "Banque du Beffroi <service-client@banquedubeffroi.example>"
SNCF = "SNCF Connect <noreply@sncf-connect.com>"
DOCTOLIB = "Doctolib <no-reply@doctolib.fr>"
DELIVEROO = "Deliveroo <noreply@t.deliveroo.fr>"
LIDL = "Lidl France <newsletter@news.lidl.fr>"
CAF = "Caf du Nord <ne-pas-repondre@caf.fr>"
FLUX = "Flux & Stocks – la newsletter <newsletter@fluxetstocks.example>"

_studio_refused_req = m(
    "mA01a",
    "2025-10-01 19:22",
    FGI,
    "Votre dossier de candidature – Studio 22 m² rue Solférino (réf. LOC-2291)",
    N(),
    f"""Madame,

Nous avons bien reçu votre dossier de candidature pour le studio meublé de 22 m² situé 118 rue Solférino à Lille (loyer 590 € CC).

Pour que votre dossier soit étudié par le propriétaire, il doit comporter :
- pièce d'identité ;
- certificat de scolarité 2025-2026 ;
- justificatifs de ressources (bourse, aides familiales) ;
- garant : visa Visale ou dossier complet du garant physique (3 derniers bulletins de salaire, avis d'imposition).

Une visite est possible vendredi 3 octobre à 18h (voir invitation).

Cordialement,
Marion – Service Location

{FGI_SIG}""",
    ics=ics(
        "visite-loc-2291-ybr@flandres-gestion.example",
        "2025-10-03 18:00",
        "Visite studio 118 rue Solférino (LOC-2291)",
        ("Flandres Gestion Immobilière", "location@flandres-gestion.example"),
        minutes=20,
        location="118 rue Solférino, 59000 Lille – interphone « FGI »",
    ),
)

_lease_ok = m(
    "mA05e",
    "2025-10-14 12:40",
    FGI,
    "Votre candidature pour le studio rue des Postes est acceptée",
    N(),
    f"""Madame Belkacem-Rousseau,

Bonne nouvelle : le propriétaire du studio situé 41 rue des Postes (lot 12, 3e étage) a retenu votre dossier.

Nous vous adresserons le bail par signature électronique (DocuSign) sous 48 h. Le dépôt de garantie (1 mois hors charges, soit 495 €) et le premier loyer sont à régler par virement à réception de l'appel de fonds. L'état des lieux d'entrée sera fixé dans la foulée.

Bien cordialement,
Marion – Service Location

{FGI_SIG}""",
)

_doc_cancel = m(
    "mC03c",
    "2026-02-17 07:45",
    DOCTOLIB,
    "Votre rendez-vous a été annulé",
    N(),
    """Bonjour Yasmine,

Votre rendez-vous du mercredi 18 février 2026 à 08:45 avec Dr Antoine Vercruysse (Chirurgien-dentiste) a été annulé par le cabinet.

Motif : absence imprévue du praticien.

Le cabinet vous propose de reprendre rendez-vous en ligne. Les créneaux disponibles sont visibles sur la page du praticien.

Reprendre rendez-vous : https://www.doctolib.fr/dentiste/lille/antoine-vercruysse?utm_source=cancel_email

L'équipe Doctolib""",
)

MAIL: list[dict[str, Any]] = [
    # --- housing: a rental "candidature" refused, another accepted, the lease through DocuSign --
    _studio_refused_req,
    m(
        "mA02b",
        "2025-10-06 10:05",
        FGI,
        "Dossier incomplet – pièces manquantes (LOC-2291)",
        N(),
        f"""Madame,

Suite à la visite de vendredi, nous revenons vers vous concernant votre candidature : votre dossier est incomplet. Il manque :
- le visa Visale (ou les justificatifs de votre garant) ;
- le certificat de scolarité (celui transmis concerne 2024-2025).

Merci de nous les faire parvenir avant mercredi midi, plusieurs dossiers étant en cours d'étude.

Cordialement,
Marion – Service Location

{FGI_SIG}""",
        **after(_studio_refused_req),
    ),
    m(
        "mA03c",
        "2025-10-07 09:12",
        "Visale – Action Logement <ne-pas-repondre@visale.fr>",
        "Votre visa Visale est disponible",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Yasmine BELKACEM-ROUSSEAU,</p>
<p>Votre demande de garantie Visale a été <b>acceptée</b>. Votre visa (n° V-2025-10-884213) est disponible dans votre espace personnel.</p>
<p>Transmettez-le au bailleur avec votre dossier de location : il lui permet d'être couvert en cas d'impayés de loyer, gratuitement.</p>
<p><a href="https://www.visale.fr/espace-locataire/mes-visas">Télécharger mon visa</a></p>
<p style="font-size:11px;color:#777">Action Logement Services – Visale, la garantie locative gratuite.</p>
</body></html>""",
    ),
    m(
        "mA04d",
        "2025-10-09 17:31",
        FGI,
        "Suite à votre candidature – Studio rue Solférino",
        N(),
        f"""Madame,

Nous vous remercions de l'intérêt porté au studio de la rue Solférino.

Malgré la qualité de votre dossier, le propriétaire a retenu une autre candidature, dont le dossier était complet plus tôt. Nous conservons vos éléments et vous proposerons d'autres biens correspondant à votre recherche (studio / T1, Lille centre ou Wazemmes, 600 € CC max).

Cordialement,
Marion – Service Location

{FGI_SIG}""",
    ),
    _lease_ok,
    m(
        "mA06f",
        "2025-10-16 11:02",
        "Flandres Gestion Immobilière via DocuSign <dse@eumail.docusign.net>",
        "Veuillez signer avec DocuSign : Bail d'habitation meublé – 41 rue des Postes – Lot 12",
        N(),
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:18px">Flandres Gestion Immobilière vous a envoyé un document à vérifier et à signer.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=1b7c0e92-aa31-4e53-8b2c-7f0b2e5d9a1c">CONSULTER LE DOCUMENT</a></p>
<p>Marion Hennebelle<br>location@flandres-gestion.example</p>
<p>Bonjour Madame Belkacem-Rousseau, veuillez trouver le bail de votre futur logement ainsi que l'inventaire du mobilier. Bien cordialement.</p>
<p style="font-size:11px;color:#666">Ne partagez pas ce message. Ce message contient un lien sécurisé vers DocuSign.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "mA07g",
        "2025-10-17 08:20",
        "Flandres Gestion Immobilière via DocuSign <dse@eumail.docusign.net>",
        "Complété : Bail d'habitation meublé – 41 rue des Postes – Lot 12",
        N(),
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:20px;color:#333">Votre document est complété</p>
<p><a href="https://eu.docusign.net/Member/EmailStart.aspx?a=3f4d22a1-0b7e-4a0c-9d62-6e1c5c9b7f40">AFFICHER LE DOCUMENT COMPLÉTÉ</a></p>
<p>Tous les signataires ont signé <b>Bail d'habitation meublé – 41 rue des Postes – Lot 12</b>.</p>
<p style="font-size:11px;color:#666">À propos de DocuSign : signez vos documents par voie électronique en quelques minutes.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "mA08h",
        "2025-10-22 15:47",
        FGI,
        "État des lieux d'entrée – mardi 28 octobre à 9h",
        N(),
        f"""Madame,

Nous vous confirmons l'état des lieux d'entrée et la remise des clés du logement situé 41 rue des Postes (lot 12) le mardi 28 octobre à 9h00, sur place. Merci de vous munir de l'attestation d'assurance habitation.

Cordialement,

{FGI_SIG}""",
        ics=ics(
            "edl-lot12-postes@flandres-gestion.example",
            "2025-10-28 09:00",
            "EDL entrée – 41 rue des Postes lot 12 – Belkacem-Rousseau",
            ("Flandres Gestion Immobilière", "location@flandres-gestion.example"),
            minutes=60,
            location="41 rue des Postes, 59000 Lille",
        ),
    ),
    m(
        "mA09i",
        "2025-11-03 06:00",
        "Flandres Gestion Immobilière <quittances@flandres-gestion.example>",
        "Avis d'échéance – Novembre 2025 – Lot 12, 41 rue des Postes",
        N(),
        """Madame BELKACEM-ROUSSEAU Yasmine,

Veuillez trouver ci-joint votre avis d'échéance pour la période du 01/11/2025 au 30/11/2025.

Loyer : 495,00 €
Provisions sur charges : 45,00 €
Total à régler : 540,00 € avant le 05/11/2025

Paiement par virement : IBAN FR76 3000 4015 9900 0101 2345 678 – merci d'indiquer la référence LOC-0412.

Ce message est généré automatiquement.""",
        attach=[("Avis_echeance_2025-11_LOC-0412.pdf", "application/pdf", "%PDF-1.4\n% avis\n")],
    ),
    m(
        "mA10j",
        "2026-01-03 06:00",
        "Flandres Gestion Immobilière <quittances@flandres-gestion.example>",
        "Avis d'échéance – Janvier 2026 – Lot 12, 41 rue des Postes",
        N(),
        """Madame BELKACEM-ROUSSEAU Yasmine,

Veuillez trouver ci-joint votre avis d'échéance pour la période du 01/01/2026 au 31/01/2026.

Loyer : 495,00 €
Provisions sur charges : 45,00 €
Régularisation APL (tiers payant CAF) : -212,00 €
Total à régler : 328,00 € avant le 05/01/2026

Ce message est généré automatiquement.""",
        attach=[("Avis_echeance_2026-01_LOC-0412.pdf", "application/pdf", "%PDF-1.4\n% avis\n")],
    ),
    # --- CAF ------------------------------------------------------------------------------
    m(
        "mB01a",
        "2025-10-29 14:10",
        CAF,
        "Votre demande d'aide au logement a bien été enregistrée",
        N(),
        """Bonjour,

Votre demande d'aide au logement déposée le 29/10/2025 a bien été enregistrée sous le numéro 0594417.

Votre dossier sera étudié dans les meilleurs délais. Vous serez informé(e) de la décision dans votre Espace Mon Compte sur caf.fr et sur l'application mobile « Caf – Mon Compte ».

Pensez à transmettre l'attestation de loyer complétée par votre propriétaire.

La Caf du Nord

Ceci est un message automatique, merci de ne pas y répondre.""",
    ),
    m(
        "mB02b",
        "2025-11-24 09:30",
        CAF,
        "Un nouveau courrier est disponible dans votre Espace Mon Compte",
        N(),
        """Bonjour,

Un nouveau courrier concernant votre dossier est disponible dans votre Espace Mon Compte, rubrique « Mes courriers ».

Objet : Décision – aide personnalisée au logement (APL)

Pour le consulter, connectez-vous sur caf.fr avec votre numéro allocataire et votre mot de passe.

La Caf du Nord""",
    ),
    m(
        "mB03c",
        "2026-02-06 08:02",
        CAF,
        "Votre déclaration trimestrielle de ressources est à faire",
        N(),
        """Bonjour,

Pour continuer à percevoir votre aide au logement, vous devez déclarer vos ressources du trimestre avant le 15/02/2026.

Si vous commencez un stage ou un contrat d'apprentissage, vos ressources peuvent changer : pensez à le signaler dans la rubrique « Déclarer un changement ».

Déclarer : https://wwwd.caf.fr/wps/portal/caffr/moncompte/mesdemarches

La Caf du Nord""",
    ),
    # --- bank: student loan "offre", statements, a card "offer" --------------------------------
    m(
        "mD01a",
        "2025-10-08 16:25",
        "Yann Cordier – Banque du Beffroi <yann.cordier@banquedubeffroi.example>",
        "Votre demande de prêt étudiant – accord de principe",
        N(),
        """Bonjour Madame Belkacem-Rousseau,

Suite à notre rendez-vous de lundi, j'ai le plaisir de vous informer que votre demande de prêt étudiant (8 000 € sur 7 ans, différé total de 24 mois) a reçu un accord de principe, sous réserve de la caution de vos parents.

L'offre de prêt vous sera transmise par voie électronique dans les prochains jours ; vous disposerez ensuite d'un délai de réflexion légal avant de pouvoir l'accepter.

Je reste à votre disposition.

Cordialement,
Yann Cordier
Conseiller Jeunes & Étudiants – Agence Lille République
Banque du Beffroi – 03 20 12 60 80

Banque du Beffroi, société anonyme coopérative de banque. Un crédit vous engage et doit être remboursé.""",
    ),
    m(
        "mD02b",
        "2025-10-16 09:40",
        BANK,
        "Votre offre de prêt est disponible – signez-la en ligne",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Madame Yasmine BELKACEM-ROUSSEAU,</p>
<p>Votre <b>offre de prêt étudiant</b> n° 20251016-4471 d'un montant de 8 000,00 € est disponible dans votre espace client, rubrique « Mes documents à signer ».</p>
<p>Conformément à la réglementation, vous ne pourrez accepter cette offre qu'à l'issue d'un délai de 10 jours. Taux débiteur fixe : 1,20 % · TAEG : 1,42 %.</p>
<p><a href="https://www.banquedubeffroi.example/particuliers/espace-client/signature">Accéder à mon espace</a></p>
<p style="font-size:11px;color:#777">Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.</p>
</body></html>""",
    ),
    m(
        "mD03c",
        "2025-10-29 10:12",
        BANK,
        "Déblocage des fonds de votre prêt étudiant",
        N(),
        """Madame,

Nous vous informons que les fonds de votre prêt étudiant n° 20251016-4471 (8 000,00 €) ont été versés ce jour sur votre compte courant.

Votre première échéance interviendra à l'issue de la période de différé, le 05/11/2027.

Banque du Beffroi – Service Crédits aux particuliers""",
    ),
    m(
        "mD04d",
        "2025-11-05 05:30",
        BANK,
        "Votre relevé de compte d'octobre est disponible",
        N(),
        """Bonjour,

Votre relevé de compte courant n° ****7712 du mois d'octobre 2025 est disponible dans votre espace client (rubrique e-Documents).

Ceci est un message automatique.
Banque du Beffroi""",
    ),
    m(
        "mD05e",
        "2025-12-04 05:30",
        BANK,
        "Votre relevé de compte de novembre est disponible",
        N(),
        """Bonjour,

Votre relevé de compte courant n° ****7712 du mois de novembre 2025 est disponible dans votre espace client (rubrique e-Documents).

Ceci est un message automatique.
Banque du Beffroi""",
    ),
    m(
        "mD06f",
        "2026-01-15 21:02",
        "Banque du Beffroi – Alertes <alertes@banquedubeffroi.example>",
        "Alerte : votre solde est inférieur à 50 €",
        N(),
        """Bonjour,

Le solde de votre compte ****7712 est de 37,64 € au 15/01/2026 à 21:00.

Pour modifier vos alertes, rendez-vous dans votre espace client.

Banque du Beffroi""",
    ),
    m(
        "mD07g",
        "2026-02-24 11:15",
        "Banque du Beffroi <offres@banquedubeffroi.example>",
        "Yasmine, une offre réservée aux futurs alternants 🎓",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Yasmine,</p>
<p>Vous démarrez bientôt votre contrat d'apprentissage ? Profitez de notre <b>offre Jeune Actif</b> : carte Visa Premier à 1 € par mois la première année, découvert autorisé jusqu'à 500 € et 80 € offerts à l'ouverture d'un Livret Jeune.</p>
<p>Offre valable jusqu'au 31/03/2026, sous réserve d'acceptation de votre dossier.</p>
<p><a href="https://www.banquedubeffroi.example/jeunes/offre-jeune-actif?utm_campaign=apprentis26">Je découvre l'offre</a></p>
<p style="font-size:11px;color:#777">Pour ne plus recevoir nos offres commerciales, cliquez ici.</p>
</body></html>""",
    ),
    # --- trains ---------------------------------------------------------------------------
    m(
        "mE01a",
        "2025-11-07 22:14",
        SNCF,
        "Votre e-billet : Lille Flandres → Paris Nord, samedi 15 novembre",
        N(),
        html="""<html><body style="font-family:Avenir,Arial,sans-serif;font-size:14px">
<p>Bonjour Yasmine,</p>
<p>Voici votre e-billet. Présentez-le à bord depuis l'application SNCF Connect.</p>
<table style="border:1px solid #ccc;padding:8px"><tr><td>
<b>Aller – samedi 15 novembre 2025</b><br>09:16 Lille Flandres → 10:22 Paris Nord<br>TGV INOUI 7020 · Voiture 14 · Place 63<br>Carte Avantage Jeune · 27,00 €
</td></tr></table>
<p>Référence de dossier : QXHZTR</p>
<p style="font-size:11px;color:#666">SNCF Voyageurs – SA au capital de 157 789 960 €.</p>
</body></html>""",
    ),
    m(
        "mE02b",
        "2025-12-09 19:58",
        SNCF,
        "Confirmation de commande – Lille Europe → Lyon Part-Dieu",
        N(),
        """Bonjour Yasmine,

Merci pour votre commande. Référence : LMWQKD

Aller – samedi 20 décembre 2025
13:34 Lille Europe → 16:40 Lyon Part-Dieu – TGV INOUI 5143 – Voiture 7, place 41

Retour – dimanche 28 décembre 2025
15:20 Lyon Part-Dieu → 18:26 Lille Europe – TGV INOUI 5180 – Voiture 3, place 22

Total payé : 78,00 € (Carte Avantage Jeune)

Vos e-billets sont disponibles dans l'application SNCF Connect.

SNCF Connect""",
    ),
    m(
        "mE03c",
        "2025-12-19 17:02",
        SNCF,
        "Votre voyage de demain : informations utiles",
        N(),
        """Bonjour Yasmine,

Votre train TGV INOUI 5143 Lille Europe → Lyon Part-Dieu part demain à 13:34. En raison de travaux, votre train partira de la voie 44. Pensez à arriver 10 minutes avant le départ.

Bon voyage !
SNCF Connect""",
    ),
    m(
        "mE04d",
        "2026-02-20 12:00",
        "SNCF Connect <offres@newsletter.sncf-connect.com>",
        "-30 % sur vos prochains voyages avec la Carte Avantage : votre offre vous attend",
        N(),
        html="""<html><body style="font-family:Avenir,Arial,sans-serif">
<p>Yasmine, votre Carte Avantage Jeune expire le 14/03/2026.</p>
<p>Renouvelez-la maintenant et continuez à profiter de <b>30 % de réduction</b> sur vos billets TGV INOUI et Intercités, avec des prix plafonnés à 49 € en 2de classe.</p>
<p><a href="https://www.sncf-connect.com/cartes-de-reduction/carte-avantage-jeune?utm_source=crm">Je renouvelle ma carte</a></p>
<p style="font-size:11px">Se désinscrire de la newsletter</p>
</body></html>""",
    ),
    # --- food and shops --------------------------------------------------------------------
    m(
        "mF01a",
        "2025-10-25 20:41",
        DELIVEROO,
        "Ta commande chez Pokawa Lille Centre est confirmée",
        N(),
        """Merci pour ta commande, Yasmine !

Pokawa – Lille Centre
1 × Poke bowl saumon avocat – 12,90 €
1 × Thé glacé maison – 3,50 €
Frais de livraison : 1,49 €
Total : 17,89 €

Livraison estimée : 21:05 – 21:15 au 41 rue des Postes.

Deliveroo""",
    ),
    m(
        "mF02b",
        "2025-11-22 11:30",
        "Deliveroo <offres@t.deliveroo.fr>",
        "Offre : -30 % sur ta prochaine commande, ce week-end seulement 🍕",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;text-align:center">
<p style="font-size:24px;color:#00ccbc"><b>-30 % ce week-end</b></p>
<p>Avec le code <b>WEEKEND30</b>, profite de 30 % de réduction sur ta prochaine commande (minimum 20 €, réduction plafonnée à 8 €).</p>
<p><a href="https://deliveroo.fr/fr/?utm_campaign=weekend30">Je commande</a></p>
<p style="font-size:10px;color:#999">Offre valable jusqu'au 23/11/2025 minuit. Se désabonner.</p>
</body></html>""",
    ),
    m(
        "mF03c",
        "2026-01-31 21:12",
        DELIVEROO,
        "Ta commande chez Le Comptoir Libanais est confirmée",
        N(),
        """Merci pour ta commande, Yasmine !

Le Comptoir Libanais – Wazemmes
2 × Mezze assortis – 21,00 €
1 × Falafel wrap – 8,50 €
Frais de livraison : 0,99 €
Total : 30,49 €

Livraison estimée : 21:40 – 21:50.

Deliveroo""",
    ),
    m(
        "mF04d",
        "2025-10-29 07:00",
        LIDL,
        "Les offres de la semaine : jusqu'à -50 % sur l'épicerie",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p><b>Cette semaine chez Lidl</b></p>
<p>Café moulu 100 % arabica 2 × 250 g : <b>4,29 €</b> au lieu de 5,98 €<br>Lessive liquide 40 lavages : <b>-50 % sur le 2e</b><br>Chocolat noir 72 % : <b>0,99 €</b></p>
<p>Offres valables du 29/10 au 04/11 dans tous les supermarchés Lidl.</p>
<p style="font-size:10px">Lidl SNC – 72-92 avenue Robert Schuman, 94533 Rungis. Se désabonner.</p>
</body></html>""",
    ),
    m(
        "mF05e",
        "2025-12-10 07:00",
        LIDL,
        "🎄 Les offres de Noël sont arrivées",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p><b>Un Noël gourmand à petits prix</b></p>
<p>Foie gras de canard entier 180 g : <b>7,99 €</b><br>Saumon fumé d'Écosse 4 tranches : <b>3,49 €</b><br>Bûche glacée vanille-framboise : <b>4,99 €</b></p>
<p>Offres valables du 10/12 au 24/12 dans la limite des stocks disponibles.</p>
<p style="font-size:10px">Se désabonner</p>
</body></html>""",
    ),
    m(
        "mF06f",
        "2026-02-25 07:00",
        "Lidl Plus <noreply@lidlplus.fr>",
        "Vos coupons de la semaine sont disponibles",
        N(),
        """Bonjour Yasmine,

Vos nouveaux coupons Lidl Plus sont disponibles dans l'application :
- 20 % sur les fruits et légumes (dès 10 € d'achat)
- 1 € offert sur le pain frais
- Un café offert à la borne

Activez-les avant votre prochain passage en caisse.

Lidl Plus""",
    ),
    m(
        "mF07g",
        "2025-11-29 14:22",
        "Amazon.fr <expedition@amazon.fr>",
        "Votre colis est en route : « Casio fx-92+ Spéciale Collège... »",
        N(),
        """Bonjour Yasmine,

Votre commande n° 405-7781024-3391526 a été expédiée.

Casio fx-92+ Spéciale Collège – calculatrice scientifique
Livraison prévue : mardi 2 décembre
Point de retrait : Relais Tabac Presse Wazemmes

Suivre votre colis : https://www.amazon.fr/gp/your-account/ship-track?orderId=405-7781024-3391526

Amazon.fr""",
    ),
    m(
        "mF08h",
        "2025-12-02 10:11",
        "Vinted <no-reply@vinted.fr>",
        "Ton article a été vendu ! 🎉",
        N(),
        """Bonne nouvelle, Yasmine !

Ton article « Doudoune courte noire Jott taille S » a été acheté par camille_lmn pour 38,00 €.

Envoie-le dans les 5 jours ouvrés avec le bordereau Mondial Relay disponible dans tes messages. Le montant sera versé sur ton porte-monnaie Vinted une fois la commande confirmée par l'acheteuse.

L'équipe Vinted""",
    ),
    m(
        "mF09i",
        "2026-01-18 16:40",
        "Vinted <no-reply@vinted.fr>",
        "Ton colis est arrivé au point relais",
        N(),
        """Hello Yasmine,

Ton colis (commande « Pull col roulé laine beige ») t'attend au point relais Carrefour City Gambetta, 5 rue Gambetta, Lille. Il y restera 8 jours.

Code de retrait : 493 118

Vinted""",
    ),
    # --- health: Doctolib (with calendar parts), Ameli ---------------------------------------
    m(
        "mC01a",
        "2025-11-12 13:20",
        DOCTOLIB,
        "Votre rendez-vous est confirmé – Dr Hélène Lemaire",
        N(),
        """Bonjour Yasmine,

Votre rendez-vous est confirmé :

lundi 17 novembre 2025 à 17:40
Dr Hélène Lemaire – Médecin généraliste
Cabinet médical Wazemmes, 12 rue des Sarrazins, 59000 Lille
Motif : consultation de suivi

Pensez à apporter votre carte Vitale. En cas d'empêchement, merci d'annuler au moins 24 h à l'avance.

Ajouter à mon agenda (fichier joint).

L'équipe Doctolib""",
        ics=ics(
            "doctolib-rdv-4187723@doctolib.fr",
            "2025-11-17 17:40",
            "RDV Dr Hélène Lemaire – Médecin généraliste",
            ("Doctolib", "no-reply@doctolib.fr"),
            minutes=20,
            location="12 rue des Sarrazins, 59000 Lille",
        ),
    ),
    m(
        "mC02b",
        "2025-11-16 18:00",
        DOCTOLIB,
        "Rappel : rendez-vous demain à 17:40",
        N(),
        """Bonjour Yasmine,

Nous vous rappelons votre rendez-vous demain, lundi 17 novembre à 17:40, avec Dr Hélène Lemaire (Médecin généraliste).

Vous ne pouvez pas vous y rendre ? Annulez ou déplacez votre rendez-vous : https://www.doctolib.fr/account/appointments

L'équipe Doctolib""",
    ),
    m(
        "mC03a",
        "2026-02-06 09:14",
        DOCTOLIB,
        "Votre rendez-vous est confirmé – Dr Antoine Vercruysse",
        N(),
        """Bonjour Yasmine,

Votre rendez-vous est confirmé :

mercredi 18 février 2026 à 08:45
Dr Antoine Vercruysse – Chirurgien-dentiste
Centre dentaire Lille République, 3 place de la République, 59000 Lille
Motif : détartrage / contrôle annuel

L'équipe Doctolib""",
        ics=ics(
            "doctolib-rdv-5520931@doctolib.fr",
            "2026-02-18 08:45",
            "RDV Dr Antoine Vercruysse – Chirurgien-dentiste",
            ("Doctolib", "no-reply@doctolib.fr"),
            minutes=30,
            location="3 place de la République, 59000 Lille",
        ),
    ),
    _doc_cancel,
    m(
        "mC04d",
        "2026-02-17 12:36",
        DOCTOLIB,
        "Votre rendez-vous est confirmé – Dr Antoine Vercruysse",
        N(),
        """Bonjour Yasmine,

Votre rendez-vous est confirmé :

mardi 24 février 2026 à 18:15
Dr Antoine Vercruysse – Chirurgien-dentiste
Centre dentaire Lille République, 3 place de la République, 59000 Lille

L'équipe Doctolib""",
        ics=ics(
            "doctolib-rdv-5533870@doctolib.fr",
            "2026-02-24 18:15",
            "RDV Dr Antoine Vercruysse – Chirurgien-dentiste",
            ("Doctolib", "no-reply@doctolib.fr"),
            minutes=30,
            location="3 place de la République, 59000 Lille",
        ),
    ),
    m(
        "mC05e",
        "2025-12-01 10:27",
        "l'Assurance Maladie <ne_pas_repondre@assurance-maladie.fr>",
        "Un nouveau message vous attend dans votre compte ameli",
        N(),
        """Bonjour,

Un nouveau message est disponible dans votre compte ameli, rubrique « Mes messages ».

Pour le consulter, connectez-vous sur ameli.fr ou sur l'application ameli.

Votre caisse d'Assurance Maladie de Lille-Douai

Ceci est un message automatique.""",
    ),
    # --- bills, insurance, subscriptions -----------------------------------------------------
    m(
        "mG01a",
        "2025-10-03 10:50",
        "ilévia <contact@ilevia.fr>",
        "Votre abonnement Pass Études est activé",
        N(),
        """Bonjour Yasmine,

Votre abonnement annuel Pass Études 18-25 ans est activé sur votre carte Pass Pass n° 2501 8834 1190.

Période de validité : du 03/10/2025 au 02/10/2026.

Bon voyage sur le réseau ilévia (métro, tram, bus, V'Lille) !

ilévia – Service clients""",
    ),
    m(
        "mG02b",
        "2025-10-16 15:33",
        "Horizon Étudiants Assurances <contrats@horizon-etudiants.example>",
        "Votre attestation d'assurance habitation",
        N(),
        """Bonjour Yasmine,

Merci pour votre souscription ! Vous trouverez ci-joint votre attestation d'assurance multirisque habitation pour le logement situé 41 rue des Postes, 59000 Lille (studio meublé, 22 m²).

Formule : Essentielle Étudiant – 6,90 €/mois
Date d'effet : 28/10/2025

À transmettre à votre agence immobilière lors de l'état des lieux.

Horizon Étudiants Assurances""",
        attach=[
            ("Attestation_MRH_HE-2025-118734.pdf", "application/pdf", "%PDF-1.4\n% attestation\n")
        ],
    ),
    m(
        "mG03c",
        "2025-10-23 09:45",
        "Enerlys <bienvenue@enerlys.example>",
        "Bienvenue chez Enerlys : votre contrat d'électricité",
        N(),
        """Bonjour Yasmine,

Votre contrat d'électricité pour le 41 rue des Postes, 59000 Lille démarre le 28/10/2025 (point de livraison n° 1943 7720 1581 04).

Offre : Énergie Verte Fixe – 3 kVA
Mensualité estimée : 29 € / mois

N'oubliez pas de relever votre compteur le jour de votre emménagement.

Enerlys – Service clients""",
    ),
    m(
        "mG04d",
        "2025-11-08 08:00",
        "Nomad Mobile <facture@nomad-mobile.example>",
        "Votre facture Nomad Mobile d'octobre est disponible",
        N(),
        """Bonjour,

Votre facture du mois d'octobre 2025 (ligne 06 48 21 73 90) est disponible dans votre espace abonné.

Montant : 9,99 € – prélevé le 12/11/2025.

Nomad Mobile""",
    ),
    m(
        "mG05e",
        "2026-01-08 08:00",
        "Nomad Mobile <facture@nomad-mobile.example>",
        "Votre facture Nomad Mobile de décembre est disponible",
        N(),
        """Bonjour,

Votre facture du mois de décembre 2025 (ligne 06 48 21 73 90) est disponible dans votre espace abonné.

Montant : 14,49 € (dont hors forfait : 4,50 €) – prélevé le 12/01/2026.

Nomad Mobile""",
    ),
    m(
        "mG06f",
        "2025-10-12 19:05",
        "Basic-Fit <noreply@basic-fit.com>",
        "Bienvenue chez Basic-Fit, Yasmine !",
        N(),
        """Bienvenue Yasmine !

Ton abonnement Comfort est actif. Ton club : Basic-Fit Lille Euralille.

Télécharge l'appli Basic-Fit pour accéder à ta carte de membre, aux cours virtuels et à tes programmes d'entraînement.

À très vite au club !
Team Basic-Fit""",
    ),
    m(
        "mG07g",
        "2026-01-02 09:00",
        "Basic-Fit <news@basic-fit.com>",
        "Nouvelle année, nouveaux objectifs : ton offre parrainage",
        N(),
        """Hello Yasmine,

Nouvelle année, nouvelles résolutions ! Parraine un ami en janvier : il ne paie pas de frais d'inscription et toi, tu gagnes un mois offert.

Ton lien de parrainage : https://www.basic-fit.com/fr-fr/parrainage?code=YASB25

Team Basic-Fit

Se désabonner""",
    ),
    m(
        "mG08h",
        "2025-11-15 10:00",
        "Spotify <no-reply@spotify.com>",
        "Ton offre Premium Étudiants : vérifie ton statut",
        N(),
        """Salut Yasmine,

Pour continuer à profiter de Premium Étudiants à 5,99 €/mois, confirme que tu es toujours inscrite dans un établissement d'enseignement supérieur avant le 30 novembre.

Vérifier mon statut : https://www.spotify.com/fr/student/verify

Spotify""",
    ),
    # --- webinars with calendar parts, newsletters that "interview" people -------------------
    m(
        "mH01a",
        "2025-11-18 12:15",
        "DataSkills Academy <events@dataskills-academy.example>",
        "Votre inscription est confirmée : Power BI pour la supply chain (25/11)",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Yasmine,</p>
<p>Merci pour votre inscription au webinar gratuit <b>« Power BI pour la supply chain : construire un tableau de bord de taux de service en 45 minutes »</b>.</p>
<p>Mardi 25 novembre 2025 · 12h30 – 13h15 · en ligne</p>
<p>Intervenant : Rémi Castel, formateur certifié Microsoft. Replay disponible 7 jours.</p>
<p><a href="https://dataskills-academy.example/webinar/join/pbi-sc-2511?u=ybr">Rejoindre le webinar</a></p>
<p style="font-size:11px">Ajoutez l'événement à votre agenda avec le fichier joint.</p>
</body></html>""",
        ics=ics(
            "webinar-pbi-sc-2511@dataskills-academy.example",
            "2025-11-25 12:30",
            "Webinar – Power BI pour la supply chain",
            ("DataSkills Academy", "events@dataskills-academy.example"),
            minutes=45,
            location="https://dataskills-academy.example/webinar/join/pbi-sc-2511",
        ),
    ),
    m(
        "mH02b",
        "2026-01-20 17:48",
        "Formalys – Formations SAP <inscriptions@formalys-sap.example>",
        "Masterclass gratuite SAP S/4HANA : votre place est réservée",
        N(),
        """Bonjour Yasmine,

Votre place est réservée pour la masterclass « Découvrir SAP S/4HANA : les flux achat-appro de A à Z » le jeudi 29 janvier 2026 de 18h à 19h30.

Lien de connexion : https://formalys-sap.example/masterclass/s4-p2p?t=8812
(invitation en pièce jointe)

À l'issue de la masterclass, découvrez nos parcours certifiants éligibles au CPF.

L'équipe Formalys""",
        ics=ics(
            "masterclass-s4-p2p-2901@formalys-sap.example",
            "2026-01-29 18:00",
            "Masterclass SAP S/4HANA – flux achat-appro",
            ("Formalys", "inscriptions@formalys-sap.example"),
            minutes=90,
            location="En ligne",
        ),
    ),
    m(
        "mH03c",
        "2025-11-04 07:15",
        FLUX,
        "Interview : la directrice supply chain de Boulangeries Lemaire raconte sa révolution S&OP",
        N(),
        html="""<html><body style="font-family:Georgia,serif;font-size:15px;max-width:620px">
<p style="font-size:12px;color:#888">Flux &amp; Stocks · n° 142 · 4 novembre 2025</p>
<h2>« Nous sommes passés de 14 jours à 6 jours de stock » – Interview de Nadège Vanacker, directrice supply chain de Boulangeries Lemaire</h2>
<p>Arrivée il y a trois ans chez le boulanger industriel nordiste, Nadège Vanacker a mis en place un processus S&amp;OP mensuel. Elle revient sur les résistances, les outils et les recrutements de son équipe, qui compte aujourd'hui deux alternants.</p>
<p><a href="https://fluxetstocks.example/interview-nadege-vanacker?utm_source=nl142">Lire l'interview</a></p>
<h3>Aussi dans ce numéro</h3>
<ul><li>Entrepôts : la robotisation gagne les PME</li><li>Transport : ce que change la directive Eurovignette</li><li>Agenda : Supply Chain Event, 2-3 décembre, Paris</li></ul>
<p style="font-size:11px;color:#888">Vous recevez Flux &amp; Stocks car vous vous êtes inscrite sur fluxetstocks.example. Se désinscrire.</p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://fluxetstocks.example/unsubscribe?u=ybr>"},
    ),
    m(
        "mH04d",
        "2026-01-13 07:15",
        FLUX,
        "Flux & Stocks n° 146 : 5 tendances 2026 + l'entretien du mois",
        N(),
        html="""<html><body style="font-family:Georgia,serif;font-size:15px;max-width:620px">
<p style="font-size:12px;color:#888">Flux &amp; Stocks · n° 146 · 13 janvier 2026</p>
<h2>Les 5 tendances supply chain à suivre en 2026</h2>
<p>IA générative dans la prévision, relocalisation des stocks de sécurité, décarbonation du dernier kilomètre…</p>
<h3>L'entretien du mois</h3>
<p>« Recruter un alternant, c'est former son futur manager » : rencontre avec Olivier Brunet, responsable logistique d'un distributeur de matériaux, qui accueille chaque année deux apprentis.</p>
<p><a href="https://fluxetstocks.example/n146?utm_source=nl146">Lire la newsletter en ligne</a></p>
<p style="font-size:11px;color:#888">Se désinscrire</p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://fluxetstocks.example/unsubscribe?u=ybr>"},
    ),
    m(
        "mH05e",
        "2026-03-03 07:15",
        FLUX,
        "Flux & Stocks n° 149 : comment Castelmont a réorganisé son ADV",
        N(),
        html="""<html><body style="font-family:Georgia,serif;font-size:15px;max-width:620px">
<p style="font-size:12px;color:#888">Flux &amp; Stocks · n° 149 · 3 mars 2026</p>
<h2>Cas client : comment un embouteilleur des Hauts-de-France a réorganisé son administration des ventes</h2>
<p>Portail client, prise de commande EDI et planification des tournées : retour sur dix-huit mois de projet.</p>
<h3>Carrières</h3>
<p>Salaires 2026 de la supply chain : notre baromètre annuel (approvisionneur, demand planner, responsable d'entrepôt).</p>
<p><a href="https://fluxetstocks.example/n149?utm_source=nl149">Lire en ligne</a></p>
<p style="font-size:11px;color:#888">Se désinscrire</p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://fluxetstocks.example/unsubscribe?u=ybr>"},
    ),
    m(
        "mH06f",
        "2025-12-15 18:30",
        "Les Restos du Cœur – Nord <benevolat.nord@restosducoeur.example>",
        "Votre candidature bénévole – centre de Lille Moulins",
        N(),
        """Bonjour Yasmine,

Merci pour votre candidature en tant que bénévole pour la campagne d'hiver ! Le centre de Lille Moulins recherche justement des renforts pour la distribution du samedi matin et la gestion du stock.

Nous vous proposons une réunion d'accueil des nouveaux bénévoles le samedi 10 janvier à 10h (rue d'Arras). Aucune compétence particulière n'est requise.

Au plaisir de vous accueillir,
Martine, responsable bénévoles – Les Restos du Cœur du Nord""",
    ),
    m(
        "mH07g",
        "2026-01-24 08:05",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Félicitez Inès Haddouche pour son nouveau poste",
        N(),
        html=f"""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px">
<p>Inès Haddouche a commencé un nouveau poste : <b>Chargée de clientèle professionnelle (alternance)</b> chez Crédit Hainaut.</p>
<p><a href="https://www.linkedin.com/comm/feed/update/urn:li:activity:7290118/">Dire félicitations</a></p>
<p style="font-size:11px;color:#666">Cet e-mail était destiné à Yasmine Belkacem-Rousseau. Se désabonner.</p>
<p style="font-size:11px;color:#666">Adresse : {ME_ADDR}</p>
</body></html>""",
    ),
    m(
        "mH08h",
        "2026-03-18 20:02",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sandrine Caudron et 23 autres personnes ont réagi à votre publication",
        N(),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px">
<p>Votre publication « Je suis heureuse de vous annoncer que je rejoindrai Rivéa Logistique en stage puis en alternance… » a reçu 24 réactions et 6 commentaires.</p>
<p><a href="https://www.linkedin.com/comm/feed/update/urn:li:activity:7305512/">Voir la publication</a></p>
<p style="font-size:11px;color:#666">Se désabonner de ces notifications.</p>
</body></html>""",
    ),
    # --- more of the same: refunds, schedules, orders, a box installation, elections -----------
    m(
        "mJ01a",
        "2025-11-27 10:02",
        "l'Assurance Maladie <ne_pas_repondre@assurance-maladie.fr>",
        "Votre remboursement",
        N(),
        """Bonjour,

Un paiement de 20,30 € a été effectué sur votre compte bancaire le 27/11/2025.

Soins du 17/11/2025 – Dr Hélène Lemaire – consultation médecin généraliste.

Le détail est disponible dans votre compte ameli, rubrique « Mes paiements ».

Votre caisse d'Assurance Maladie""",
    ),
    m(
        "mJ02b",
        "2026-01-12 09:00",
        "Enerlys <clients@enerlys.example>",
        "Votre échéancier 2026 est disponible",
        N(),
        """Bonjour Yasmine,

Votre nouvel échéancier de paiement pour l'année 2026 est disponible dans votre espace client. Vos mensualités passent de 29 € à 27 € à partir de février, suite à votre consommation réelle.

Enerlys – Service clients""",
    ),
    m(
        "mJ03c",
        "2025-11-28 06:30",
        "Amazon.fr <store-news@amazon.fr>",
        "Black Friday : les offres continuent jusqu'au 1er décembre",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p><b>Black Friday : jusqu'à -40 %</b></p>
<p>Casques audio, petit électroménager, livres : découvrez nos offres du moment, sélectionnées pour vous.</p>
<p><a href="https://www.amazon.fr/blackfriday?ref_=pe_bf25">Voir les offres</a></p>
<p style="font-size:10px">Amazon EU S.à r.l. Se désabonner.</p>
</body></html>""",
    ),
    m(
        "mJ04d",
        "2025-12-29 18:12",
        SNCF,
        "Comment s'est passé votre voyage Lyon Part-Dieu → Lille Europe ?",
        N(),
        """Bonjour Yasmine,

Vous avez voyagé le 28 décembre sur le TGV INOUI 5180. Votre avis compte : répondez à notre questionnaire en 3 minutes.

Donner mon avis : https://www.sncf-connect.com/enquete?v=5180-281225

Merci,
SNCF Voyageurs""",
    ),
    m(
        "mJ05e",
        "2025-12-13 20:55",
        DELIVEROO,
        "Ta commande chez Big Fernand Lille est confirmée",
        N(),
        """Merci pour ta commande, Yasmine !

Big Fernand – Lille
1 × Le Bartholomé + frites – 15,90 €
Frais de livraison : 1,99 €
Total : 17,89 €

Deliveroo""",
    ),
    m(
        "mJ06f",
        "2025-12-05 08:40",
        CAF,
        "Votre attestation de paiement est disponible",
        N(),
        """Bonjour,

Votre attestation de paiement (aide personnalisée au logement, novembre 2025) est disponible dans votre Espace Mon Compte, rubrique « Mes attestations ».

La Caf du Nord""",
    ),
    m(
        "mJ07g",
        "2025-11-06 14:20",
        BANK,
        "Votre demande de carte Visa Campus a été acceptée",
        N(),
        """Madame,

Nous avons le plaisir de vous informer que votre demande de carte Visa Campus a été acceptée. Votre carte vous sera adressée par courrier sous 7 jours ouvrés, et votre code confidentiel par un envoi séparé.

Cotisation : offerte la première année.

Banque du Beffroi – Agence Lille République""",
    ),
    m(
        "mJ08h",
        "2025-10-30 17:25",
        "Nomad Box <installation@nomad-mobile.example>",
        "Rendez-vous d'installation de votre box fibre – mercredi 5 novembre",
        N(),
        """Bonjour Yasmine,

Votre rendez-vous avec notre technicien pour le raccordement fibre est confirmé :
mercredi 5 novembre 2025, entre 8h et 12h – 41 rue des Postes, 59000 Lille (3e étage).

Pensez à être présente ou à vous faire représenter par une personne majeure. Le technicien vous appellera 30 minutes avant son arrivée.

Nomad Box""",
        ics=ics(
            "install-fibre-ybr-0511@nomad-mobile.example",
            "2025-11-05 08:00",
            "Installation fibre Nomad Box",
            ("Nomad Box", "installation@nomad-mobile.example"),
            minutes=240,
            location="41 rue des Postes, 59000 Lille",
        ),
    ),
    m(
        "mJ09i",
        "2026-03-02 11:00",
        "Ville de Lille <ne-pas-repondre@mairie-lille.example>",
        "Élections municipales des 15 et 22 mars : votre bureau de vote",
        N(),
        """Madame,

Vous êtes inscrite sur les listes électorales de la ville de Lille. Pour les élections municipales des 15 et 22 mars 2026, votre bureau de vote est le n° 412 – École Wicar, rue d'Arcole.

Pensez à vous munir d'une pièce d'identité. Votre nouvelle carte électorale vous sera adressée par courrier.

Ville de Lille – Service des élections""",
    ),
    m(
        "mJ10j",
        "2026-02-12 16:45",
        "Zalando <info@service-mail.zalando.fr>",
        "Ta commande est en route 📦",
        N(),
        """Hello Yasmine,

Ta commande n° 10107788231 a été expédiée :
- Escarpins à talon bas, noir, taille 38
- Blazer droit, bleu marine, taille 36

Livraison prévue : lundi 16 février.

Zalando""",
    ),
    m(
        "mJ11k",
        "2026-02-27 13:05",
        "LinkedIn Learning <learning-noreply@linkedin.com>",
        "Félicitations ! Vous avez obtenu votre certificat « Excel : tableaux croisés dynamiques »",
        N(),
        """Bravo Yasmine !

Vous avez terminé le cours « Excel : tableaux croisés dynamiques » (2 h 14 min). Votre certificat est disponible et peut être ajouté à votre profil.

Ajouter au profil : https://www.linkedin.com/learning/certificates/8f2a1c

LinkedIn Learning""",
    ),
    m(
        "mJ12l",
        "2025-11-25 09:20",
        "Supply Chain Event <badges@supplychain-event.example>",
        "Votre badge visiteur – Supply Chain Event, 2-3 décembre, Paris",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Bonjour Yasmine,</p>
<p>Voici votre badge visiteur gratuit (tarif étudiant) pour le <b>Supply Chain Event</b>, Paris Porte de Versailles, hall 4, les 2 et 3 décembre 2025.</p>
<p>Conférences, 300 exposants, espace start-up et village innovation. Présentez le QR code à l'entrée.</p>
<p style="font-size:11px">Vous pouvez vous désinscrire des communications de l'organisateur à tout moment.</p>
</body></html>""",
        attach=[("Badge_SCE2025_BELKACEM-ROUSSEAU.pdf", "application/pdf", "%PDF-1.4\n% badge\n")],
    ),
    m(
        "mJ13m",
        "2026-03-11 07:00",
        LIDL,
        "Semaine du printemps : jusqu'à -40 % sur le jardin",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p><b>Le printemps arrive chez Lidl</b></p>
<p>Jardinières, terreau, plantes aromatiques à petits prix. Offres valables du 11/03 au 17/03.</p>
<p style="font-size:10px">Se désabonner</p>
</body></html>""",
    ),
]

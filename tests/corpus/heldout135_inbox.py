# ruff: noqa: E501, RUF100
"""Corpus 135, the ordinary inbox (data only): see heldout135.py.

Services, shops, bank, flat hunting and look-alikes: rental "candidatures" refused and accepted,
a loan and a credit-card "demande", a Mastère's admission "entretien", a hackathon, a volunteer
"candidature", a conference talk "acceptée", webinar and doctor invitations with calendar parts,
marketing "offres"."""

from __future__ import annotations

from typing import Any

from heldout135_jobs import N, ics, m, reply

BPG = "Banque Pyrénées Garonne <ne-pas-repondre@bpg-banque.example>"
BPG_FOOT = """Banque Pyrénées Garonne – Société coopérative de banque populaire à capital variable – 12 place du Capitole, 31000 Toulouse – RCS Toulouse 560 000 112 – ORIAS 07 000 112.
Pour votre sécurité, nous ne vous demanderons jamais vos codes par e-mail ou par téléphone."""
DOCTOLIB = "Doctolib <no-reply@doctolib.fr>"
AMZ = "Amazon.fr <expedition-confirmation@amazon.fr>"
SNCF = "SNCF Connect <noreply@sncf-connect.com>"
GH = "GitHub <notifications@github.com>"
IMMO = "Immo Capitole <location@immo-capitole.example>"
STCYP = "Agence Saint-Cyprien Immobilier <contact@stcyprien-immo.example>"
ELEC = "Élec'Oc <clients@elecoc.example>"
FREE = "Freebox <freebox@free.fr>"
BLOC = "Bloc Garonne <hello@blocgaronne.example>"
ESIS = "ESIS – Admissions <admissions@esis-toulouse.example>"
MEETUP = "Meetup <info@meetup.com>"
VERT = "Vertige Outdoor <news@vertige-outdoor.example>"

MAIL: list[dict[str, Any]] = [
    m(
        "bp01",
        "2025-10-01 08:05",
        BPG,
        "Votre relevé de compte est disponible",
        N(),
        text=f"""Bonjour Mme ROUSSEL Camille,

Votre relevé de compte de septembre 2025 (compte courant n° ••••••4471) est disponible dans votre espace client, rubrique « Mes documents ».

Consultez-le : https://www.bpg-banque.example/particuliers/connexion?redirect=edocuments

Votre conseillère, Mme Laurence Escudié, reste à votre disposition.

{BPG_FOOT}
""",
    ),
    m(
        "dl01",
        "2025-10-03 19:41",
        DOCTOLIB,
        "Votre rendez-vous est confirmé",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#0b2549">
<p>Bonjour Camille ROUSSEL,</p>
<p>Votre rendez-vous est confirmé :</p>
<table style="border:1px solid #d6e0ef;padding:10px"><tr><td>
<b>vendredi 10 octobre 2025 à 18:15</b><br>
Dr Isabelle Lafforgue – Chirurgien-dentiste<br>
Détartrage / contrôle<br>
23 allées Charles de Fitte, 31300 Toulouse
</td></tr></table>
<p>Pensez à apporter votre carte Vitale et votre carte de mutuelle.</p>
<p><a href="https://www.doctolib.fr/account/appointments">Gérer mon rendez-vous</a> · <a href="https://www.doctolib.fr/account/appointments/ical">Ajouter à mon agenda</a></p>
<p style="font-size:11px;color:#6b7a90">En cas d'empêchement, merci d'annuler au moins 24h à l'avance pour libérer le créneau.</p>
</body></html>""",
        ics=ics(
            "doctolib-appt-4839201175@doctolib.fr",
            "2025-10-10 18:15",
            "RDV Dr Isabelle Lafforgue – Chirurgien-dentiste",
            ("Doctolib", "no-reply@doctolib.fr"),
            minutes=30,
            location="23 allées Charles de Fitte, 31300 Toulouse",
        ),
    ),
    m(
        "lb01",
        "2025-10-04 11:23",
        "leboncoin <no-reply@leboncoin.fr>",
        "Nouveau message pour « Vélo route taille S – très bon état »",
        N(),
        text="""Bonjour Camille,

Vous avez reçu un nouveau message de Nordine pour votre annonce « Vélo route taille S – très bon état » :

« Bonjour, le vélo est toujours dispo ? Je peux passer ce soir vers 19h si ça vous va, je paie en espèces. »

Répondre : https://www.leboncoin.fr/messages/id/8b1c3d9a

L'équipe leboncoin
""",
    ),
    m(
        "im01",
        "2025-10-07 14:02",
        IMMO,
        "Votre dossier de candidature – T3 rue des Filatiers",
        N(),
        text="""Bonjour Madame Roussel,

Nous accusons réception de votre dossier de candidature pour le T3 situé 18 rue des Filatiers (réf. LOC-2291), loyer 890 € + 60 € de charges.

Votre dossier est complet (pièce d'identité, 3 derniers bulletins de salaire, contrat de travail, avis d'imposition, quittances). Il sera présenté au propriétaire avec les autres candidatures en fin de semaine.

Nous reviendrons vers vous rapidement.

Cordialement,
Service Location – Immo Capitole
5 rue d'Alsace-Lorraine, 31000 Toulouse
""",
    ),
    m(
        "df01",
        "2025-10-07 21:30",
        "DossierFacile <ne-pas-repondre@dossierfacile.logement.gouv.fr>",
        "Votre dossier a été validé !",
        N(),
        text="""Bonjour Camille,

Bonne nouvelle : votre dossier DossierFacile a été vérifié et validé par nos équipes.

Vous pouvez désormais le partager avec les propriétaires et les agences grâce à votre lien personnel :
https://locataire.dossierfacile.logement.gouv.fr/file/5e2b91c4

Nous vous souhaitons bonne chance dans votre recherche de logement !

L'équipe DossierFacile
""",
    ),
    m(
        "gh01",
        "2025-10-09 22:17",
        "Pieter Claes <notifications@github.com>",
        "Re: [zephyr-fdir/zephyr-fdir] Fix watchdog kick ordering in safe mode (PR #42)",
        N("en"),
        headers={
            "List-ID": "zephyr-fdir/zephyr-fdir <zephyr-fdir.zephyr-fdir.github.com>",
            "List-Unsubscribe": "<https://github.com/notifications/unsubscribe-auth/AB3XQ>",
        },
        reply_to="zephyr-fdir/zephyr-fdir <reply+AB3XQ7K@reply.github.com>",
        text="""@pclaes approved this pull request.

Nice catch, the kick was indeed happening before the mode transition was committed. One nit inline, otherwise LGTM. Merging after CI.

In src/fdir/safe_mode.c:

> @@ -118,7 +118,9 @@ static void enter_safe_mode(void)
> -    wdt_feed(wdt, channel);
> +    commit_mode(MODE_SAFE);
> +    wdt_feed(wdt, channel);

Could you add a comment referencing the issue (#37)?

--
Reply to this email directly, view it on GitHub:
https://github.com/zephyr-fdir/zephyr-fdir/pull/42#pullrequestreview-2381940211
You are receiving this because you authored the thread.
""",
    ),
    m(
        "az01",
        "2025-10-11 09:02",
        AMZ,
        "Votre colis Amazon.fr a été expédié",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Bonjour Camille,</p>
<p>Votre commande n° 405-3318720-9941160 a été expédiée. Livraison prévue : <b>mardi 14 octobre</b>.</p>
<p>Logic analyzer USB 24 MHz 8 canaux – Quantité : 1<br>Câbles Dupont mâle-femelle (lot de 120) – Quantité : 1</p>
<p><a href="https://www.amazon.fr/gp/your-account/ship-track?ref_=pe_track">Suivre votre colis</a></p>
<p style="font-size:11px;color:#555">Cet e-mail a été envoyé par Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.</p>
</body></html>""",
    ),
    m(
        "im02",
        "2025-10-14 17:36",
        IMMO,
        "RE: Votre dossier de candidature – T3 rue des Filatiers",
        N(),
        text="""Bonjour Madame Roussel,

Nous vous remercions pour l'intérêt porté à ce logement. Votre dossier était tout à fait solide et nous l'avons présenté avec attention.

Le propriétaire a toutefois retenu une autre candidature, dont la date d'entrée dans les lieux correspondait mieux à ses contraintes. Nous ne pourrons donc pas donner suite à votre demande pour ce bien.

Nous conservons votre dossier et ne manquerons pas de vous proposer d'autres logements correspondant à vos critères (T3, Carmes / Saint-Cyprien, 950 € CC max).

Cordialement,
Service Location – Immo Capitole
""",
    ),
    m(
        "el01",
        "2025-10-16 06:50",
        ELEC,
        "Votre facture d'octobre est disponible",
        N(),
        text="""Bonjour Camille Roussel,

Votre facture n° 2025-10-884120 d'un montant de 58,37 € TTC est disponible dans votre espace client.
Elle sera prélevée le 28/10/2025 sur votre compte bancaire.

Consommation estimée sur la période : 212 kWh.

Consultez votre facture : https://espace-client.elecoc.example/factures

Élec'Oc – Fournisseur d'électricité verte en Occitanie
""",
    ),
    m(
        "ts01",
        "2025-10-17 12:00",
        "Tisséo <noreply@tisseo.fr>",
        "Votre abonnement Pastel arrive à échéance",
        N(),
        text="""Bonjour,

Votre abonnement mensuel « Tout public » chargé sur votre carte Pastel n° 0231 4478 arrive à échéance le 31/10/2025.

Pensez à le renouveler en ligne, en agence ou sur un distributeur, ou passez au prélèvement automatique pour ne plus y penser.

Tisséo Voyageurs
""",
    ),
    m(
        "sc01",
        "2025-10-20 10:14",
        "Julie Mercadier <julie.mercadier@stcyprien-immo.example>",
        "Invitation: Visite T3 – 14 rue de la République @ mer. 22 oct. 2025 18:30 - 19:00 (CEST) (camille.roussel31@gmail.com)",
        N(),
        text="""Julie Mercadier vous a invité(e) à un événement.

Visite T3 – 14 rue de la République
Quand : mercredi 22 oct. 2025 18:30 – 19:00 (heure d'été d'Europe centrale - Paris)
Où : 14 rue de la République, 31300 Toulouse (digicode communiqué par SMS)

Bonjour Mme Roussel, comme convenu par téléphone. Merci d'apporter votre dossier ou votre lien DossierFacile. J. Mercadier

Invitation de Google Agenda
""",
        ics=ics(
            "0qk3v7c2hd9m1s8b5e4r6t0apl@google.com",
            "2025-10-22 18:30",
            "Visite T3 – 14 rue de la République",
            ("Julie Mercadier", "julie.mercadier@stcyprien-immo.example"),
            minutes=30,
            location="14 rue de la République, 31300 Toulouse",
        ),
    ),
    m(
        "sc02",
        "2025-10-24 16:05",
        "Julie Mercadier <julie.mercadier@stcyprien-immo.example>",
        "Bonne nouvelle pour votre dossier !",
        N(),
        text="""Bonjour Madame Roussel,

J'ai le plaisir de vous annoncer que le propriétaire a retenu votre candidature pour l'appartement du 14 rue de la République !

Prochaines étapes :
1. Signature électronique du bail (vous allez recevoir un lien Yousign en début de semaine)
2. Versement du dépôt de garantie (870 €) et du premier loyer
3. État des lieux d'entrée et remise des clés, à convenir début novembre

Félicitations, et à très vite,

Julie Mercadier
Conseillère location – Agence Saint-Cyprien Immobilier
32 place Saint-Cyprien, 31300 Toulouse – 05 61 59 28 40
Carte professionnelle CPI 3101 2018 000 029 114
""",
    ),
    m(
        "ys01",
        "2025-10-27 09:31",
        "Yousign <noreply@yousign.com>",
        "Julie Mercadier vous invite à signer « Bail d'habitation – 14 rue de la République »",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#1c1c1c">
<p>Bonjour Camille Roussel,</p>
<p><b>Julie Mercadier</b> (Agence Saint-Cyprien Immobilier) vous invite à signer le document suivant :</p>
<p>📄 Bail d'habitation – 14 rue de la République.pdf<br>📄 État des risques et pollutions.pdf</p>
<p><a href="https://yousign.app/signatures/2f8b1a67-1d4e-4c52-9a0e-73c6d1b2e5f4?s=email" style="background:#6f3cff;color:#fff;padding:10px 18px;text-decoration:none;border-radius:6px">Accéder aux documents</a></p>
<p>Cette demande de signature expire le 10/11/2025.</p>
<p style="font-size:11px;color:#888">Yousign SAS – 8 rue de la Justice, 14000 Caen. Yousign ne vous demandera jamais vos coordonnées bancaires.</p>
</body></html>""",
    ),
    m(
        "ys02",
        "2025-10-27 21:48",
        "Yousign <noreply@yousign.com>",
        "Signature terminée : « Bail d'habitation – 14 rue de la République »",
        N(),
        text="""Bonjour Camille Roussel,

Tous les signataires ont signé « Bail d'habitation – 14 rue de la République ».

Les documents signés sont disponibles pendant 30 jours :
https://yousign.app/signatures/2f8b1a67-1d4e-4c52-9a0e-73c6d1b2e5f4/download

L'équipe Yousign
""",
    ),
    m(
        "as01",
        "2025-10-29 13:12",
        "Mutuelle Assurances Occitanes <devis@mao-assurances.example>",
        "Votre devis assurance habitation – notre meilleure offre",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Bonjour Camille,</p>
<p>Merci pour votre demande de devis. Pour votre T3 de 64 m² à Toulouse, nous vous proposons notre <b>formule Essentielle à 11,90 €/mois</b> (responsabilité civile, dégâts des eaux, vol, bris de glace).</p>
<p>🎁 <b>Offre de bienvenue</b> : 2 mois offerts si vous souscrivez avant le 15 novembre.</p>
<p><a href="https://www.mao-assurances.example/souscrire?devis=HAB-884210&amp;utm_campaign=devis_relance">Je souscris en ligne</a></p>
<p>Votre conseiller : Kévin, au 05 34 40 20 20.</p>
</body></html>""",
    ),
    m(
        "sc03",
        "2025-10-31 11:40",
        "Julie Mercadier <julie.mercadier@stcyprien-immo.example>",
        "État des lieux d'entrée – samedi 8 novembre",
        N(),
        text="""Bonjour Madame Roussel,

Je vous confirme l'état des lieux d'entrée et la remise des clés le samedi 8 novembre à 10h00, sur place. Prévoir environ une heure. N'oubliez pas l'attestation d'assurance habitation, sans laquelle je ne pourrai pas vous remettre les clés.

Bien cordialement,
Julie Mercadier
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000EDL2025110810",
            "2025-11-08 10:00",
            "EDL entrée – Roussel – 14 rue de la République",
            ("Julie Mercadier", "julie.mercadier@stcyprien-immo.example"),
            style="outlook",
            location="14 rue de la République, 31300 Toulouse",
        ),
    ),
    m(
        "bp02",
        "2025-11-05 15:27",
        "Laurence Escudié <laurence.escudie@bpg-banque.example>",
        "Votre demande de prêt – étude en cours",
        N(),
        text="""Bonjour Madame Roussel,

Suite à notre rendez-vous, votre demande de prêt personnel « Projet Auto » (12 000 € sur 48 mois) a bien été enregistrée sous le n° PP-2025-117340.

Votre dossier est en cours d'étude par notre service crédit. Pour le compléter, merci de me transmettre votre dernier avis d'imposition et le bon de commande du véhicule via la messagerie sécurisée.

Je reviens vers vous dès réception de la décision.

Bien cordialement,

Laurence Escudié
Conseillère de clientèle – Agence Toulouse Saint-Cyprien
Banque Pyrénées Garonne
""",
    ),
    m(
        "bp03",
        "2025-11-10 11:55",
        "Laurence Escudié <laurence.escudie@bpg-banque.example>",
        "Accord de principe – votre prêt Projet Auto",
        N(),
        text="""Bonjour Madame Roussel,

J'ai le plaisir de vous informer que votre demande de prêt personnel n° PP-2025-117340 a reçu un accord de principe de notre service crédit :
- Montant : 12 000 €
- Durée : 48 mois
- TAEG fixe : 4,15 %
- Mensualité : 272,14 € (hors assurance facultative)

L'offre de prêt vous sera adressée pour signature électronique dans votre espace client. Vous disposerez ensuite d'un délai de rétractation de 14 jours.

Bien cordialement,
Laurence Escudié

"""
        + BPG_FOOT,
    ),
    m(
        "gl01",
        "2025-11-13 20:03",
        "Programme Garonne Libre <programme@garonne-libre.example>",
        "[Garonne Libre 2025] Votre proposition a été acceptée",
        N(),
        text="""Bonjour Camille,

Nous avons le plaisir de vous annoncer que votre proposition « Machines à états FDIR : ce que le spatial m'a appris sur le logiciel qui ne plante pas » a été acceptée par le comité de programme de Garonne Libre 2025 !

Format : conférence de 30 minutes + 10 minutes de questions
Date : samedi 22 novembre 2025, salle B-204 (créneau de 14h)

Merci de confirmer votre présence et de nous envoyer vos slides avant le 20 novembre. Les conférences sont filmées et diffusées sous licence CC BY-SA.

Merci pour votre contribution,
Le comité de programme
""",
    ),
    m(
        "mu01",
        "2025-11-17 18:00",
        MEETUP,
        "Nouvel événement : Rust embarqué – retours d'expérience en production",
        N(),
        headers={"List-Unsubscribe": "<https://www.meetup.com/fr-FR/account/comm/>"},
        html="""<html><body style="font-family:Arial,sans-serif">
<p><b>Toulouse Embedded &amp; Rust</b> a programmé un nouvel événement</p>
<p><b>Rust embarqué – retours d'expérience en production</b><br>jeudi 4 décembre 2025, 19:00<br>La Cantine Numérique, 27 rue d'Aubuisson, Toulouse</p>
<p>Deux talks : migration d'un firmware de compteur d'eau de C vers Rust (embassy), et un retour sur la certification d'un outil en Rust. Pizza offerte par nos sponsors 🍕</p>
<p><a href="https://www.meetup.com/toulouse-embedded-rust/events/311480922/">Participer</a></p>
</body></html>""",
    ),
    m(
        "sn01",
        "2025-11-19 21:12",
        SNCF,
        "Votre e-billet – Toulouse Matabiau → Paris Montparnasse",
        N(),
        text="""Bonjour Camille,

Merci pour votre réservation. Voici votre e-billet :

Samedi 20 décembre 2025
TGV INOUI 8532 – Toulouse Matabiau 08:02 → Paris Montparnasse 12:21
Voiture 14, place 67 – 2de classe – Carte Avantage Adulte
Référence de dossier : QKZ7TR

Montant payé : 54,00 €

Votre billet est disponible dans l'application SNCF Connect. Le contrôleur scannera le QR code.

Bon voyage !
SNCF Connect
""",
    ),
    m(
        "vo01",
        "2025-11-21 07:00",
        VERT,
        "BLACK FRIDAY 🔥 jusqu'à -40 % sur l'escalade",
        N(),
        headers={"List-Unsubscribe": "<https://vertige-outdoor.example/unsubscribe?u=cr31>"},
        html="""<html><body style="font-family:Arial,sans-serif;text-align:center">
<h1 style="color:#e4002b">BLACK FRIDAY</h1>
<p>Chaussons, baudriers, cordes : <b>jusqu'à -40 %</b> jusqu'à lundi minuit.</p>
<p>Offre exclusive membres : <b>-10 % supplémentaires</b> avec le code BF-GRIMPE.</p>
<p><a href="https://vertige-outdoor.example/black-friday?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=bf25">J'en profite</a></p>
<p style="font-size:10px;color:#999">Offre valable dans la limite des stocks disponibles. Se désinscrire.</p>
</body></html>""",
    ),
    m(
        "fb01",
        "2025-11-24 05:12",
        FREE,
        "Votre facture Freebox est disponible",
        N(),
        text="""Bonjour,

Votre facture Freebox du mois de novembre 2025 d'un montant de 29,99 € TTC est disponible dans votre Espace Abonné.

Identifiant : 0561xxxx12
Date de prélèvement : aux alentours du 02/12/2025

Consultez votre facture sur https://subscribe.free.fr/login/

L'équipe Free
""",
    ),
    m(
        "ln01",
        "2025-11-26 08:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Félicitez Léa Fontaine pour son nouveau poste",
        N(),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<p><b>Léa Fontaine</b> a commencé un nouveau poste de <b>Product Owner – Systèmes Sol</b> chez Orbital Dynamics Lab.</p>
<p><a href="https://www.linkedin.com/comm/feed/update/urn:li:activity:7265501983/?trk=eml-congrats">Dire félicitations</a></p>
<p style="font-size:11px;color:#666">Vous recevez des notifications de mises à jour de votre réseau. Se désabonner.</p>
</body></html>""",
    ),
    m(
        "bp04",
        "2025-11-28 10:41",
        BPG,
        "Votre demande de carte Visa Premier a été acceptée",
        N(),
        text=f"""Bonjour Mme ROUSSEL Camille,

Bonne nouvelle : votre demande de carte Visa Premier a été acceptée.

Votre nouvelle carte vous sera envoyée par courrier sous 7 à 10 jours ouvrés à l'adresse suivante : 14 rue de la République, 31300 Toulouse. Votre code confidentiel vous parviendra par un courrier séparé.

Votre carte actuelle restera active jusqu'à l'activation de la nouvelle.

{BPG_FOOT}
""",
    ),
    m(
        "am01",
        "2025-12-01 14:20",
        "l'Assurance Maladie <ne_pas_repondre@assurance-maladie.fr>",
        "Un nouveau document est disponible dans votre compte ameli",
        N(),
        text="""Bonjour Camille ROUSSEL,

Un nouveau document est disponible dans votre compte ameli, rubrique « Mes paiements » : votre relevé de remboursements de novembre 2025.

Pour le consulter, connectez-vous à votre compte ameli sur ameli.fr ou sur l'application mobile.

Ceci est un message automatique. Pour nous contacter, utilisez la messagerie de votre compte ameli.

Votre caisse d'Assurance Maladie de la Haute-Garonne
""",
    ),
    m(
        "wb01",
        "2025-12-03 16:00",
        "Embedsys Academy <events@embedsys-academy.example>",
        "You're registered: Zephyr RTOS in production – lessons from 50 projects",
        N("en"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Camille,</p>
<p>Thanks for registering for our free webinar:</p>
<p><b>Zephyr RTOS in production – lessons from 50 projects</b><br>Thursday, December 11, 2025 · 17:00 CET · 60 min</p>
<p>Speaker: Dr. Anja Lindqvist, Principal Firmware Architect</p>
<p><a href="https://embedsys-academy.example/webinar/join/zephyr-prod?tk=8hP2q">Join the webinar</a> · A calendar invite is attached.</p>
<p>Can't make it? Register anyway and we'll send you the recording.</p>
<p style="font-size:11px;color:#888">Embedsys Academy · Rue de la Loi 42, 1040 Brussels · Unsubscribe</p>
</body></html>""",
        ics=ics(
            "webinar-zephyr-prod-20251211@embedsys-academy.example",
            "2025-12-11 17:00",
            "Webinar: Zephyr RTOS in production",
            ("Embedsys Academy", "events@embedsys-academy.example"),
            style="outlook",
            location="https://embedsys-academy.example/webinar/join/zephyr-prod?tk=8hP2q",
        ),
    ),
    m(
        "es01",
        "2025-12-05 12:33",
        ESIS,
        "Accusé de réception – candidature MS Systèmes Embarqués Spatiaux (temps partagé)",
        N(),
        text="""Madame,

Nous accusons réception de votre candidature au Mastère Spécialisé® Systèmes Embarqués Spatiaux, en formation à temps partagé (rentrée mars 2026).

Votre dossier est complet. Il sera examiné par le jury d'admissibilité ; si vous êtes déclarée admissible, vous serez convoquée à un entretien de motivation.

Pour rappel, le financement peut être assuré par votre CPF, votre employeur ou un dispositif de Pro-A : pensez à vous rapprocher de votre service RH.

Le service des admissions
École Supérieure d'Ingénierie Spatiale – Toulouse
""",
    ),
    m(
        "es02",
        "2025-12-12 10:05",
        ESIS,
        "Convocation à l'entretien d'admission – MS Systèmes Embarqués Spatiaux",
        N(),
        text="""Madame Roussel,

Le jury d'admissibilité a examiné votre dossier et nous avons le plaisir de vous informer que vous êtes admissible au Mastère Spécialisé® Systèmes Embarqués Spatiaux.

Vous êtes convoquée à un entretien d'admission :
Date : vendredi 9 janvier 2026, 16h30
Lieu : ESIS, bâtiment A, salle du conseil – 10 avenue Édouard Belin, Toulouse
Durée : 30 minutes (10 minutes de présentation de votre projet, 20 minutes d'échange avec le jury)

Merci de confirmer votre présence en répondant à ce message.

Le service des admissions
""",
        ics=ics(
            "esis-adm-ms-ses-2026-0109-1630@esis-toulouse.example",
            "2026-01-09 16:30",
            "Entretien d'admission MS SES – C. Roussel",
            ("ESIS Admissions", "admissions@esis-toulouse.example"),
            style="outlook",
            minutes=30,
            location="ESIS – Bât. A – Salle du conseil",
        ),
    ),
    m(
        "gh02",
        "2025-12-15 03:14",
        "dependabot[bot] <notifications@github.com>",
        "[camroussel/stm32-telemetry-rs] Bump embassy-executor from 0.6.1 to 0.6.3 (PR #9)",
        N("en"),
        headers={
            "List-ID": "camroussel/stm32-telemetry-rs <stm32-telemetry-rs.camroussel.github.com>"
        },
        text="""Bumps embassy-executor from 0.6.1 to 0.6.3.

Release notes
Sourced from embassy-executor's releases.
- Fix spurious wakeups on multi-priority executors
- Update critical-section to 1.2

Dependabot will resolve any conflicts with this PR as long as you don't alter it yourself.

You can view, comment on, or merge this pull request online at:
https://github.com/camroussel/stm32-telemetry-rs/pull/9
""",
    ),
    m(
        "dl02",
        "2025-12-18 18:00",
        DOCTOLIB,
        "Rappel : votre rendez-vous demain avec Dr Marc Delbos",
        N(),
        text="""Bonjour Camille ROUSSEL,

Nous vous rappelons votre rendez-vous :
vendredi 19 décembre 2025 à 08:40
Dr Marc Delbos – Ophtalmologue
Centre Ophtalmologique Compans, 4 boulevard de Strasbourg, 31000 Toulouse

Motif : consultation de contrôle (lunettes)

En cas d'empêchement, annulez votre rendez-vous : https://www.doctolib.fr/account/appointments

L'équipe Doctolib
""",
    ),
    m(
        "sn02",
        "2025-12-20 06:41",
        SNCF,
        "Information trafic : votre TGV INOUI 8532 du 20/12",
        N(),
        text="""Bonjour Camille,

En raison d'un incident technique sur la voie entre Bordeaux et Poitiers, votre TGV INOUI 8532 Toulouse Matabiau → Paris Montparnasse circule avec un retard estimé de 35 minutes.

Arrivée prévue à Paris Montparnasse : 12:56.

Si votre retard final dépasse 30 minutes, vous pourrez demander une compensation G30 sur sncf-connect.com.

Nous vous prions de nous excuser pour la gêne occasionnée.
""",
    ),
    m(
        "az02",
        "2025-12-27 10:18",
        "Amazon.fr <retours@amazon.fr>",
        "Votre remboursement a été effectué",
        N(),
        text="""Bonjour Camille,

Nous avons effectué un remboursement de 34,99 € pour l'article suivant :
Bouilloire électrique inox 1,7 L

Le montant sera crédité sur votre moyen de paiement sous 3 à 5 jours ouvrés.

Service Client Amazon.fr
""",
    ),
    m(
        "vo02",
        "2026-01-05 08:00",
        VERT,
        "SOLDES ❄️ Jusqu'à -50 % sur le ski de rando",
        N(),
        headers={"List-Unsubscribe": "<https://vertige-outdoor.example/unsubscribe?u=cr31>"},
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>Les soldes d'hiver sont là !</h2>
<p>Peaux, couteaux, DVA, vestes : <b>jusqu'à -50 %</b>. Et pour nos membres, la livraison est offerte dès 50 €.</p>
<p><a href="https://vertige-outdoor.example/soldes?utm_source=newsletter&amp;utm_campaign=soldes26">Voir les offres</a></p>
</body></html>""",
    ),
    m(
        "bp05",
        "2026-01-08 08:05",
        BPG,
        "Votre relevé de compte est disponible",
        N(),
        text=f"""Bonjour Mme ROUSSEL Camille,

Votre relevé de compte de décembre 2025 (compte courant n° ••••••4471) est disponible dans votre espace client, rubrique « Mes documents ».

Consultez-le : https://www.bpg-banque.example/particuliers/connexion?redirect=edocuments

{BPG_FOOT}
""",
    ),
    m(
        "es03",
        "2026-01-12 17:20",
        ESIS,
        "Résultat d'admission – MS Systèmes Embarqués Spatiaux",
        N(),
        text="""Madame Roussel,

Suite à votre entretien du 9 janvier, le jury d'admission a le plaisir de vous informer que vous êtes admise au Mastère Spécialisé® Systèmes Embarqués Spatiaux (formation à temps partagé, promotion 2026).

Pour confirmer votre inscription, merci de retourner le contrat de formation signé et l'accord de financement avant le 6 février 2026. Sans réponse de votre part, votre place sera proposée au candidat suivant sur liste complémentaire.

Toutes nos félicitations,

Le directeur des études
École Supérieure d'Ingénierie Spatiale
""",
    ),
    m(
        "ts02",
        "2026-01-16 12:00",
        "Tisséo <noreply@tisseo.fr>",
        "Travaux ligne B : service partiel les week-ends de février",
        N(),
        text="""Bonjour,

En raison de travaux de modernisation, la ligne B du métro fonctionnera en service partiel entre Ramonville et Université Paul Sabatier les week-ends des 7-8 et 14-15 février. Des bus relais seront mis en place.

Retrouvez toutes les informations sur tisseo.fr.

Tisséo Voyageurs
""",
    ),
    m(
        "dl03",
        "2026-01-19 09:12",
        DOCTOLIB,
        "Annulation de votre rendez-vous",
        N(),
        text="""Bonjour Camille ROUSSEL,

Votre rendez-vous du mercredi 21 janvier 2026 à 19:00 avec M. Julien Astruc – Masseur-kinésithérapeute a été annulé par le praticien.

Motif indiqué : absence imprévue du praticien.

Vous pouvez reprendre un rendez-vous en ligne : https://www.doctolib.fr/masseur-kinesitherapeute/toulouse/julien-astruc

L'équipe Doctolib
""",
        ics=ics(
            "doctolib-appt-5120937781@doctolib.fr",
            "2026-01-21 19:00",
            "RDV M. Julien Astruc – Masseur-kinésithérapeute",
            ("Doctolib", "no-reply@doctolib.fr"),
            minutes=30,
            method="CANCEL",
        ),
    ),
    m(
        "sh01",
        "2026-01-22 19:45",
        "SpaceHack Toulouse <team@spacehack-toulouse.example>",
        "Ta candidature est retenue ! 🚀",
        N(),
        text="""Salut Camille,

Bonne nouvelle : ta candidature pour SpaceHack Toulouse 2026 a été retenue ! Tu fais partie des 120 participant·e·s sélectionné·e·s parmi plus de 400 candidatures.

Rendez-vous du vendredi 13 mars (18h) au dimanche 15 mars (17h) à la Cité de l'Innovation. Les défis seront dévoilés le vendredi soir : données d'observation de la Terre, IoT satellitaire et logiciel de bord.

Pense à confirmer ta participation avant le 1er février via ton espace : https://spacehack-toulouse.example/participant/confirm?id=cr31

La team SpaceHack
""",
    ),
    m(
        "fb02",
        "2026-01-26 05:10",
        FREE,
        "Votre facture Freebox est disponible",
        N(),
        text="""Bonjour,

Votre facture Freebox du mois de janvier 2026 d'un montant de 29,99 € TTC est disponible dans votre Espace Abonné.

L'équipe Free
""",
    ),
    m(
        "dg01",
        "2026-02-02 11:30",
        "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Un nouveau message est disponible dans votre espace particulier",
        N(),
        text="""Madame,

Un nouveau message est disponible dans la messagerie sécurisée de votre espace particulier sur impots.gouv.fr.

Objet : Changement d'adresse – prise en compte

Pour le consulter, connectez-vous à votre espace particulier.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
La Direction générale des Finances publiques
""",
    ),
    m(
        "as02",
        "2026-02-06 09:00",
        "Mutuelle Assurances Occitanes <contrats@mao-assurances.example>",
        "Votre attestation d'assurance habitation 2026",
        N(),
        text="""Bonjour Camille,

Votre attestation d'assurance habitation pour l'année 2026 (contrat HAB-884210, 14 rue de la République, Toulouse) est jointe à ce message et disponible dans votre espace client.

Votre conseiller MAO
""",
        attach=[
            (
                "Attestation_habitation_2026.pdf",
                "application/pdf",
                "%PDF-1.4\n% attestation\n%%EOF\n",
            )
        ],
    ),
    m(
        "gs01",
        "2026-02-09 20:12",
        "Festival Garonne Sonore – Bénévoles <benevoles@garonne-sonore.example>",
        "Ta candidature bénévole 🎶",
        N(),
        text="""Hello Camille !

Merci pour ta candidature pour rejoindre l'équipe bénévole de Garonne Sonore 2026 (du 3 au 6 juillet).

On a adoré ton message ! Prochaine étape : un petit entretien téléphonique de 10 minutes avec Manon, la coordinatrice des bénévoles, pour voir sur quel pôle tu te sentirais le mieux (accueil, bar, technique, écoresponsabilité). Elle t'appellera dans les quinze jours.

Bienvenue (presque) dans la famille,
L'équipe bénévoles – Association Garonne Sonore
""",
    ),
    m(
        "gh03",
        "2026-02-11 23:02",
        "Ana Ruiz <notifications@github.com>",
        "Re: [zephyr-fdir/zephyr-fdir] Support for RTEMS backend? (Issue #51)",
        N("en"),
        headers={"List-ID": "zephyr-fdir/zephyr-fdir <zephyr-fdir.zephyr-fdir.github.com>"},
        reply_to="zephyr-fdir/zephyr-fdir <reply+AB3XQ9M@reply.github.com>",
        text="""@anaruiz commented on this issue.

I've got a rough RTEMS port working on a GR712RC board – the event queue abstraction made it quite painless. @camroussel would you be open to a PR that splits the backend into its own module?

--
Reply to this email directly, view it on GitHub:
https://github.com/zephyr-fdir/zephyr-fdir/issues/51#issuecomment-2650117734
You are receiving this because you were mentioned.
""",
    ),
    m(
        "vo03",
        "2026-02-12 08:00",
        VERT,
        "Saint-Valentin : une offre à deux, ça vous dit ? 💘",
        N(),
        headers={"List-Unsubscribe": "<https://vertige-outdoor.example/unsubscribe?u=cr31>"},
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Pour la Saint-Valentin, offrez (vous) une journée de grimpe en falaise encadrée : <b>2 places pour le prix d'une</b>, jusqu'au 16 février.</p>
<p><a href="https://vertige-outdoor.example/st-valentin?utm_source=newsletter">Je découvre l'offre</a></p>
</body></html>""",
    ),
    m(
        "sn03",
        "2026-02-20 13:26",
        SNCF,
        "Votre e-billet – Toulouse Matabiau → Bordeaux Saint-Jean",
        N(),
        text="""Bonjour Camille,

Voici votre e-billet :

Vendredi 27 février 2026
TGV INOUI 8514 – Toulouse Matabiau 18:05 → Bordeaux Saint-Jean 20:10
Voiture 5, place 41 – 2de classe

Retour : dimanche 1er mars 2026 – INTERCITÉS 3731 – Bordeaux Saint-Jean 17:24 → Toulouse Matabiau 19:48

Référence de dossier : WJX2PA · Montant payé : 61,00 €

Bon voyage !
SNCF Connect
""",
    ),
    m(
        "lb02",
        "2026-02-23 16:47",
        "leboncoin <no-reply@leboncoin.fr>",
        "Vous avez reçu un paiement 🎉",
        N(),
        text="""Bonjour Camille,

Bonne nouvelle ! L'acheteur a confirmé la bonne réception de « Table basse en chêne massif ». Le paiement de 85,00 € est disponible dans votre porte-monnaie leboncoin.

Transférez-le sur votre compte bancaire : https://www.leboncoin.fr/compte/porte-monnaie

L'équipe leboncoin
""",
    ),
    m(
        "bp06",
        "2026-03-02 08:05",
        BPG,
        "Votre relevé de compte est disponible",
        N(),
        text=f"""Bonjour Mme ROUSSEL Camille,

Votre relevé de compte de février 2026 (compte courant n° ••••••4471) est disponible dans votre espace client, rubrique « Mes documents ».

{BPG_FOOT}
""",
    ),
    m(
        "mu02",
        "2026-03-04 18:00",
        MEETUP,
        "Rappel : Toulouse Embedded & Rust – Soirée lightning talks",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Vous participez à <b>Soirée lightning talks #12</b> – Toulouse Embedded &amp; Rust</p>
<p>jeudi 5 mars 2026, 19:00 · La Cantine Numérique, Toulouse</p>
<p>14 talks de 5 minutes, dont « Mon premier driver I2C en Rust » et « Ce que DO-178C pense de votre CI ».</p>
<p><a href="https://www.meetup.com/toulouse-embedded-rust/events/312004718/">Voir l'événement</a></p>
</body></html>""",
    ),
    m(
        "bg01",
        "2026-03-06 12:15",
        BLOC,
        "Ton abonnement se termine bientôt – offre fidélité",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Salut Camille,</p>
<p>Ton abonnement annuel Bloc Garonne se termine le 31 mars. Renouvelle-le avant cette date et profite de notre <b>offre fidélité : 13 mois pour le prix de 12</b> + une séance d'initiation offerte pour un·e ami·e.</p>
<p><a href="https://blocgaronne.example/abonnement/renouveler?utm_source=email">Je renouvelle</a></p>
<p>À très vite sur les murs,<br>L'équipe Bloc Garonne</p>
</body></html>""",
    ),
    m(
        "dl04",
        "2026-03-09 20:05",
        DOCTOLIB,
        "Votre rendez-vous est confirmé",
        N(),
        text="""Bonjour Camille ROUSSEL,

Votre rendez-vous est confirmé :
mardi 17 mars 2026 à 12:30
Dr Claire Bousquet – Médecin généraliste
Maison de santé Saint-Cyprien, 9 rue Réclusane, 31300 Toulouse

Motif : certificat médical (sport)

Gérer mon rendez-vous : https://www.doctolib.fr/account/appointments

L'équipe Doctolib
""",
        ics=ics(
            "doctolib-appt-5307718204@doctolib.fr",
            "2026-03-17 12:30",
            "RDV Dr Claire Bousquet – Médecin généraliste",
            ("Doctolib", "no-reply@doctolib.fr"),
            minutes=20,
            location="Maison de santé Saint-Cyprien, 9 rue Réclusane, 31300 Toulouse",
        ),
    ),
    m(
        "el02",
        "2026-03-17 06:50",
        ELEC,
        "Votre facture de mars est disponible",
        N(),
        text="""Bonjour Camille Roussel,

Votre facture n° 2026-03-190277 d'un montant de 71,02 € TTC est disponible dans votre espace client.
Elle sera prélevée le 27/03/2026 sur votre compte bancaire.

Élec'Oc – Fournisseur d'électricité verte en Occitanie
""",
    ),
    m(
        "az03",
        "2026-03-20 15:33",
        AMZ,
        "Livré : votre colis Amazon.fr",
        N(),
        text="""Bonjour Camille,

Votre colis a été livré. Il a été remis en main propre.

Commande n° 405-8891023-1177642
Sac à dos ordinateur 15,6" imperméable

Un problème avec votre commande ? https://www.amazon.fr/gp/help/customer/display.html

Amazon.fr
""",
    ),
    m(
        "ln02",
        "2026-03-23 07:45",
        "LinkedIn <invitations@linkedin.com>",
        "Camille, vous avez 4 nouvelles invitations",
        N(),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<p>Vous avez 4 nouvelles invitations</p>
<p><b>Julien Ferrand</b> · Responsable équipe Logiciel de Vol<br><b>Katrin Wendt</b> · Head of Flight Software<br><b>Nordine Haddad</b> · Étudiant en BTS CIEL<br>et 1 autre personne</p>
<p><a href="https://www.linkedin.com/comm/mynetwork/invitation-manager/">Voir les invitations</a></p>
</body></html>""",
    ),
    m(
        "fm01",
        "2026-03-26 10:00",
        "Free Mobile <offres@free-mobile.fr>",
        "Offre exclusive abonnés : le forfait 5G à 9,99 €/mois pendant 1 an",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Chère abonnée, cher abonné,</p>
<p>Pour vous remercier de votre fidélité, nous vous réservons une <b>offre exclusive</b> : passez au Forfait Free 5G (250 Go) à <b>9,99 €/mois pendant 1 an</b>, sans engagement.</p>
<p>Offre valable jusqu'au 9 avril 2026, changement en un clic depuis votre Espace Abonné.</p>
</body></html>""",
    ),
    m(
        "bg02",
        "2026-03-30 18:30",
        BLOC,
        "Contest de printemps : inscriptions ouvertes !",
        N(),
        text="""Salut les grimpeurs et grimpeuses !

Le contest de printemps de Bloc Garonne aura lieu le samedi 18 avril : 40 blocs ouverts pour l'occasion, catégories loisir et perf, finale à 19h et soirée DJ ensuite.

Inscriptions (10 €, t-shirt inclus) : https://blocgaronne.example/contest-printemps

L'équipe Bloc Garonne
""",
    ),
    m(
        "bp07",
        "2026-02-16 14:02",
        "BPG – Alerte sécurité <securite@bpg-banque.example>",
        "Code de validation de votre opération",
        N(),
        text="""Votre code de validation pour l'ajout d'un bénéficiaire (PAULINE ROUSSEL) est : 716 904

Ce code est valable 5 minutes. Ne le communiquez jamais, même à un conseiller.

Banque Pyrénées Garonne
""",
    ),
    m(
        "vn01",
        "2026-01-31 10:22",
        "Vinted <no-reply@vinted.fr>",
        "Ta commande a été expédiée 📦",
        N(),
        text="""Bonjour camille_r31,

Bonne nouvelle ! lucie.tls a expédié ta commande « Veste de randonnée Quechua taille M ».

Suis ton colis : https://www.vinted.fr/transactions/7720914418/tracking

L'équipe Vinted
""",
    ),
    m(
        "es04",
        "2026-02-05 19:10",
        "Camille Roussel <camille.roussel31@gmail.com>",
        "Re: Résultat d'admission – MS Systèmes Embarqués Spatiaux",
        N(),
        to="ESIS – Admissions <admissions@esis-toulouse.example>",
        text="""Madame, Monsieur,

Je vous remercie pour votre message et pour votre confiance. Pour des raisons professionnelles, je ne pourrai malheureusement pas suivre la formation cette année et libère donc ma place.

Je me permettrai de candidater de nouveau pour la promotion 2027.

Bien cordialement,
Camille Roussel

Le lun. 12 janv. 2026 à 17:20, ESIS – Admissions <admissions@esis-toulouse.example> a écrit :
> Madame Roussel,
> Suite à votre entretien du 9 janvier, le jury d'admission a le plaisir de vous informer que vous êtes admise...
""",
        headers={"X-Gmail-Labels": "Envoyés"},
    ),
]

MAIL += [
    m(
        "ub01",
        "2025-12-13 21:50",
        "Uber Eats <uber@uber.com>",
        "Votre commande Uber Eats du samedi soir",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Merci pour votre commande, Camille</p>
<p>Pho Saïgon – Toulouse Saint-Cyprien<br>2 × Phở bò · 1 × Nems (4)<br>Total : 31,40 €</p>
<p>Livré à 21:47 au 14 rue de la République.</p>
</body></html>""",
    ),
    m(
        "dz01",
        "2025-12-02 10:00",
        "Deezer <noreply@deezer.com>",
        "Ton année 2025 en musique est prête 🎧",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Camille, tu as écouté 31 402 minutes de musique cette année.</p>
<p>Ton artiste n°1 : <b>Zaz</b> · Ton titre n°1 : « Toulouse » de Claude Nougaro (évidemment).</p>
<p><a href="https://www.deezer.com/fr/my-deezer-year?utm_source=email">Découvre ton récap</a></p>
</body></html>""",
    ),
    m(
        "ma01",
        "2025-10-22 09:44",
        "Mairie de Toulouse <ne-pas-repondre@toulouse.fr>",
        "Votre demande de carte d'identité : rendez-vous confirmé",
        N(),
        text="""Madame ROUSSEL Camille,

Votre rendez-vous pour le dépôt d'une demande de carte nationale d'identité est confirmé :

Le lundi 3 novembre 2025 à 09h20
Mairie annexe Saint-Cyprien – 33 place Saint-Cyprien

Pièces à fournir : pré-demande ANTS (n° 3107 4412 88), photo d'identité de moins de 6 mois, justificatif de domicile, ancienne carte.

La Mairie de Toulouse
""",
    ),
]

# The flat hunt's reply thread with the first agency, kept apart to show a quoted reply.
_IM_Q = "<CAKq9w3aF8gH2jK4lM@mail.gmail.com>"
MAIL.append(
    m(
        "im03",
        "2025-10-15 09:20",
        "Sébastien Ollier <s.ollier@immo-capitole.example>",
        "Re: Dossier T3 Filatiers – d'autres biens ?",
        N(),
        text="""Bonjour Madame Roussel,

Oui bien sûr, nous avons un T3 qui se libère rue Gambetta début décembre (920 € CC), je vous envoie l'annonce dès qu'elle est en ligne. Pour Saint-Cyprien, rien pour le moment, mais c'est noté.

Cordialement,
Sébastien Ollier
Immo Capitole

> Bonjour,
> Merci pour votre retour. Auriez-vous d'autres biens correspondant à mes critères, même à partir de décembre ?
> Camille Roussel
""",
        **reply(_IM_Q),
    )
)

MAIL += [
    m(
        "dl00",
        "2025-10-09 18:00",
        DOCTOLIB,
        "Rappel : votre rendez-vous demain avec Dr Isabelle Lafforgue",
        N(),
        text="""Bonjour Camille ROUSSEL,

Nous vous rappelons votre rendez-vous :
vendredi 10 octobre 2025 à 18:15
Dr Isabelle Lafforgue – Chirurgien-dentiste
23 allées Charles de Fitte, 31300 Toulouse

En cas d'empêchement, annulez votre rendez-vous : https://www.doctolib.fr/account/appointments

L'équipe Doctolib
""",
    ),
    m(
        "bp08",
        "2025-11-12 16:20",
        BPG,
        "Votre offre de prêt est disponible pour signature",
        N(),
        text=f"""Bonjour Mme ROUSSEL Camille,

L'offre de prêt personnel n° PP-2025-117340 (12 000 € – 48 mois) est disponible dans votre espace client. Vous pouvez la consulter et la signer électroniquement jusqu'au 26/11/2025.

Rappel : vous disposez d'un délai de rétractation de 14 jours calendaires à compter de la signature de l'offre.

Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.

{BPG_FOOT}
""",
    ),
    m(
        "lb03",
        "2025-11-16 08:30",
        "leboncoin <alertes@leboncoin.fr>",
        "3 nouvelles annonces pour votre recherche « canapé convertible »",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Bonjour Camille,</p>
<p>De nouvelles annonces correspondent à votre recherche <b>« canapé convertible » – Toulouse (31) – 0 à 300 €</b> :</p>
<ul><li>Canapé convertible 3 places gris – 180 € – Toulouse Saint-Cyprien</li><li>BZ bon état à récupérer – 90 € – Colomiers</li><li>Canapé-lit IKEA Friheten – 250 € – Balma</li></ul>
<p><a href="https://www.leboncoin.fr/recherche?text=canap%C3%A9%20convertible&amp;locations=Toulouse">Voir les annonces</a></p>
<p style="font-size:11px;color:#888">Gérer mes alertes · Se désabonner</p>
</body></html>""",
    ),
    m(
        "md01",
        "2025-11-27 17:02",
        "Médiathèque Saint-Cyprien <mediatheque.stcyprien@bibliotheques-toulouse.example>",
        "Rappel : documents à rendre",
        N(),
        text="""Bonjour,

Les documents suivants sont à rendre avant le 02/12/2025 :
- « Making Embedded Systems » (E. White) – 2e éd.
- « Le Problème à trois corps » (Liu Cixin)

Vous pouvez prolonger vos prêts une fois depuis votre compte lecteur.

Les bibliothèques de Toulouse
""",
    ),
    m(
        "lp01",
        "2025-12-16 11:48",
        "La Poste – Colissimo <noreply@notif-colissimo-laposte.info>",
        "Votre colis arrive aujourd'hui",
        N(),
        text="""Bonjour,

Votre colis n° 6A23118840271 sera livré aujourd'hui entre 13h et 17h.
Expéditeur : ATELIER MAURY

Absent(e) ? Choisissez une autre date ou un point de retrait : https://www.laposte.fr/outils/suivre-vos-envois?code=6A23118840271

Colissimo
""",
    ),
    m(
        "gh04",
        "2026-01-18 20:55",
        GH,
        "[zephyr-fdir/zephyr-fdir] Release v0.4.0 - RTEMS backend, safe-mode timers",
        N("en"),
        headers={"List-ID": "zephyr-fdir/zephyr-fdir <zephyr-fdir.zephyr-fdir.github.com>"},
        text="""zephyr-fdir v0.4.0

What's changed
- RTEMS backend (experimental) by @anaruiz in #53
- Safe-mode entry timers are now configurable by @camroussel in #55
- Fix watchdog kick ordering in safe mode by @camroussel in #42

Full changelog: https://github.com/zephyr-fdir/zephyr-fdir/compare/v0.3.2...v0.4.0

--
You are receiving this because you are watching this repository.
""",
    ),
    m(
        "mt01",
        "2026-02-27 09:15",
        "Mutuelle Assurances Occitanes <sante@mao-assurances.example>",
        "Remboursement effectué",
        N(),
        text="""Bonjour Camille,

Nous avons procédé à un remboursement de 42,50 € (soins dentaires du 10/10/2025 – part complémentaire) sur votre compte bancaire.

Le détail est disponible dans votre espace adhérent, rubrique « Mes remboursements ».

Votre mutuelle MAO Santé
""",
    ),
    m(
        "tb04",
        "2026-03-01 21:40",
        "Thomas Bénazet <thomas.benazet@gmail.com>",
        "photos raquettes",
        N(),
        text="""Les photos de samedi : https://photos.app.goo.gl/4kQmV8rT2xN7pL1a9

Mention spéciale à Cam qui a fait la descente sur les fesses. Deux fois.

T.
""",
    ),
]

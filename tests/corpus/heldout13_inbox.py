"""The ordinary inbox of the thirteenth held-out corpus, look-alikes included (do not use for
tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply
from heldout13_jobs import z


def N(
    key: str,
    date: str,
    frm: str,
    subject: str,
    lang: str,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """A message that is not about jobs."""
    kw.setdefault("tz", z(date))
    return m(key, date, frm, subject, ("not_job", lang), text, html, **kw)


MAMAN = "Catherine Marchand <cath.marchand63@orange.fr>"
HUGO = "Hugo Marchand <hugo.mrchd@gmail.com>"
CHLOE = "Chloé Bertin <chloe.bertin@gmail.com>"
MEHDI = "Mehdi Ait-Kaci <mehdi.aitkaci@outlook.fr>"
LENA = "Lena Hoffmann <lena.hoffmann@posteo.de>"
AGENCE = "Agence Foch Immobilier <location@foch-immobilier.fr>"
BANK = "Banque Rhodanienne <ne-pas-repondre@banque-rhodanienne.fr>"
LI = "LinkedIn <notifications-noreply@linkedin.com>"

MAIL: list[dict[str, Any]] = [
    # --- September 2025 ---
    N(
        "13201",
        "2025-09-01 09:12",
        MAMAN,
        "Photos de la Bourboule",
        "fr",
        """Coucou ma chérie,

Je t'envoie les photos du week-end, ton père a enfin réussi à faire marcher le nouvel
appareil. Tu nous diras quand tu remontes à Clermont, on pourrait faire un repas avec
mamie.

Bisous
Maman
""",
        attach=[("IMG_2031.txt", "text/plain", "(photo)\n")],
    ),
    N(
        "13202",
        "2025-09-02 14:30",
        "SNCF Connect <noreply@sncf-connect.com>",
        "Votre e-billet Lyon Part-Dieu → Clermont-Ferrand",
        "fr",
        """Bonjour Léa,

Votre voyage du vendredi 5 septembre 2025 est confirmé.

Aller : Lyon Part-Dieu 17:34 → Clermont-Ferrand 20:05 - TER - Voiture 3
Référence de dossier : QXKT7R
Montant payé : 32,60 €

Retrouvez votre billet dans l'application SNCF Connect.
""",
    ),
    N(
        "13203",
        "2025-09-03 11:05",
        "DossierFacile <contact@dossierfacile.logement.gouv.fr>",
        "Votre dossier DossierFacile a été validé",
        "fr",
        """Bonjour Léa,

Bonne nouvelle : votre dossier de location a été vérifié et validé par nos équipes.

Vous pouvez maintenant le partager avec les propriétaires et les agences grâce à votre lien
personnel : https://locataire.dossierfacile.logement.gouv.fr/file/lea-marchand-8k2f

L'équipe DossierFacile
""",
    ),
    N(
        "13204",
        "2025-09-04 17:22",
        AGENCE,
        "Votre candidature pour le T2 rue Chevreul",
        "fr",
        """Madame,

Nous accusons réception de votre dossier de candidature pour l'appartement T2 de 41 m² situé
28 rue Chevreul, 69007 Lyon (loyer 742 € CC).

Votre dossier est complet. Il sera présenté au propriétaire avec les autres candidatures ;
nous reviendrons vers vous sous 5 jours ouvrés.

Cordialement,
Service Location - Agence Foch Immobilier
""",
    ),
    N(
        "13205",
        "2025-09-05 08:40",
        "Doctolib <no-reply@doctolib.fr>",
        "Confirmation de votre rendez-vous",
        "fr",
        """Bonjour Léa Marchand,

Votre rendez-vous est confirmé :
Dr Anne Rivoire - Médecin généraliste
Lundi 8 septembre 2025 à 18:15
12 rue de Marseille, 69007 Lyon

Pensez à apporter votre carte Vitale.
""",
        ics={
            "uid": "doctolib-rdv-77812345@doctolib.fr",
            "start": "2025-09-08 18:15:00 +0200",
            "minutes": 20,
            "organizer": ("Doctolib", "no-reply@doctolib.fr"),
            "summary": "Rendez-vous Dr Anne Rivoire",
            "location": "12 rue de Marseille, 69007 Lyon",
        },
    ),
    N(
        "13206",
        "2025-09-06 21:10",
        CHLOE,
        "ce soir ??",
        "fr",
        """Léaaaa t'es où ? On est au Ninkasi Gerland avec Mehdi et sa coloc. Ramène-toi !!
""",
    ),
    N(
        "13207",
        "2025-09-08 10:02",
        AGENCE,
        "RE: Votre candidature pour le T2 rue Chevreul",
        "fr",
        """Madame,

Le propriétaire a retenu votre candidature pour le logement du 28 rue Chevreul. Félicitations !

Nous vous proposons un rendez-vous pour la signature du bail et l'état des lieux d'entrée le
vendredi 12 septembre à 10h à l'agence. Merci de prévoir le dépôt de garantie (742 €) et
une attestation d'assurance habitation.

Cordialement,
Service Location - Agence Foch Immobilier
""",
        headers=reply("13204", AGENCE),
    ),
    N(
        "13208",
        "2025-09-09 12:15",
        "Luko par Allianz <bonjour@luko.eu>",
        "Votre attestation d'assurance habitation",
        "fr",
        """Bonjour Léa,

Bienvenue ! Votre contrat d'assurance habitation pour le 28 rue Chevreul, 69007 Lyon est
actif à compter du 12/09/2025. Votre attestation est en pièce jointe.

Cotisation : 8,40 € / mois
""",
    ),
    N(
        "13209",
        "2025-09-10 19:44",
        "Agence Foch Immobilier via DocuSign <dse@eumail.docusign.net>",
        "Veuillez signer : Bail d'habitation - 28 rue Chevreul",
        "fr",
        html="""<html><body>
<p>Agence Foch Immobilier vous a envoyé un document à signer.</p>
<p><b>Bail d'habitation - 28 rue Chevreul - MARCHAND Léa</b></p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=ab77">EXAMINER LE DOCUMENT</a></p>
</body></html>""",
    ),
    N(
        "13210",
        "2025-09-11 09:00",
        "EDF <service-client@edf.fr>",
        "Bienvenue chez EDF - votre contrat d'électricité",
        "fr",
        """Bonjour Madame Marchand,

Nous avons le plaisir de vous confirmer la souscription de votre contrat Tarif Bleu pour le
logement situé 28 rue Chevreul, 69007 Lyon, à compter du 12/09/2025.

Votre numéro de client : 6 002 871 334
""",
    ),
    N(
        "13211",
        "2025-09-12 18:30",
        HUGO,
        "déménagement",
        "fr",
        """Yo, je peux passer samedi avec la voiture de papa pour les cartons. Par contre tu payes les pizzas 🍕
""",
    ),
    N(
        "13212",
        "2025-09-13 10:20",
        "Leboncoin <no-reply@leboncoin.fr>",
        "Vous avez un nouveau message concernant « Canapé 2 places gris »",
        "fr",
        """Bonjour Léa,

Marc a répondu à votre message concernant « Canapé 2 places gris - 60 € » :
« Bonjour, oui toujours dispo, vous pouvez passer dimanche matin à Villeurbanne »

Répondre sur leboncoin.
""",
    ),
    N(
        "13213",
        "2025-09-14 15:02",
        "Lydia <noreply@lydia-app.com>",
        "Chloé Bertin vous a envoyé 18,50 €",
        "fr",
        """Chloé Bertin vous a envoyé 18,50 €.
Message : « pizzas samedi 🍕 merci pour le déménagement »
""",
    ),
    N(
        "13214",
        "2025-09-15 08:00",
        "Le Progrès <newsletter@leprogres.fr>",
        "L'essentiel du matin : la rentrée des entreprises lyonnaises",
        "fr",
        """L'ESSENTIEL DU MATIN

- Métropole : la ligne de tram T10 ouvre en décembre
- Économie : dans la vallée de la chimie, les industriels peinent à recruter des techniciens
- Sport : l'OL s'impose à Nantes
- Culture : la Biennale de la danse s'achève ce week-end
""",
    ),
    N(
        "13215",
        "2025-09-16 13:40",
        LI,
        "Léa, félicitez Camille Dufour pour son nouveau poste",
        "fr",
        html="""<html><body>
<p><b>Camille Dufour</b> a commencé un nouveau poste : Supply Chain Analyst chez Renovia.</p>
<p><a href="https://www.linkedin.com/feed/">Dire félicitations</a></p>
</body></html>""",
    ),
    N(
        "13216",
        "2025-09-17 09:30",
        "Amazon.fr <confirmation-commande@amazon.fr>",
        "Votre commande Amazon.fr de « Tringle à rideaux extensible... »",
        "fr",
        """Bonjour Léa,

Merci pour votre commande. Livraison estimée : jeudi 18 septembre.

Tringle à rideaux extensible 120-210 cm, noir - 19,99 €
Lot de 12 crochets adhésifs - 8,49 €

Total de la commande : 28,48 €
""",
    ),
    N(
        "13217",
        "2025-09-18 20:50",
        MEHDI,
        "Crémaillère ?",
        "fr",
        """Hello ! Chloé m'a dit que t'avais enfin ton appart, bravo 🎉 Tu fais une crémaillère bientôt ?
Sinon j'ai toujours ta perceuse, je te la ramène quand tu veux.

Mehdi
""",
    ),
    N(
        "13219",
        "2025-09-19 11:11",
        "Ameli <ne-pas-repondre@assurance-maladie.fr>",
        "Un nouveau document est disponible dans votre compte ameli",
        "fr",
        """Bonjour,

Un nouveau document est disponible dans votre compte ameli : votre relevé de
remboursements du mois d'août.

L'Assurance Maladie
""",
    ),
    N(
        "13220",
        "2025-09-20 16:05",
        "Caisse d'Allocations Familiales <ne-pas-repondre@caf.fr>",
        "Votre demande d'aide au logement a bien été enregistrée",
        "fr",
        """Bonjour Madame MARCHAND,

Nous avons bien enregistré votre demande d'aide au logement. Elle sera étudiée dans les
meilleurs délais. Pensez à nous transmettre l'attestation de loyer complétée par votre
bailleur.

Votre Caf du Rhône
""",
    ),
    N(
        "13221",
        "2025-09-22 18:20",
        "Chaîne Logistique Podcast <bonjour@chainelogistique-podcast.fr>",
        "Demande d'interview pour le podcast",
        "fr",
        """Bonjour Léa,

Je prépare un épisode de « Chaîne Logistique », le podcast des jeunes pros de la supply chain,
sur les circuits courts alimentaires. Votre directeur de mémoire m'a parlé de vos travaux
sur la prévision de la demande des AMAP.

Accepteriez-vous une interview d'environ 40 minutes, enregistrée à distance, courant
octobre ? Pas de préparation nécessaire, je vous envoie les questions à l'avance.

Merci et à bientôt j'espère,
Yann Morel
Animateur - Chaîne Logistique Podcast
""",
    ),
    N(
        "13222",
        "2025-09-23 07:30",
        BANK,
        "Votre relevé de compte de septembre est disponible",
        "fr",
        """Madame Léa MARCHAND,

Votre relevé de compte n°xxxx4471 au 22/09/2025 est disponible dans votre espace client.

Banque Rhodanienne - Service client
""",
    ),
    N(
        "13223",
        "2025-09-24 12:47",
        "Vinted <no-reply@vinted.fr>",
        "Ton article a été vendu ! 🎉",
        "fr",
        """Bravo Léa ! « Blazer bleu marine taille 38 » a été vendu pour 22,00 €.
Envoie-le avant le 29/09 avec le bordereau Mondial Relay disponible dans l'appli.
""",
    ),
    N(
        "13224",
        "2025-09-25 19:00",
        "Yann Morel <yann@chainelogistique-podcast.fr>",
        "Re: Demande d'interview pour le podcast",
        "fr",
        """Super, merci Léa ! Je te propose l'enregistrement mardi 14 octobre à 18h (Riverside,
je t'envoie le lien). On se tutoie, c'est plus simple pour l'épisode 😉

Yann
""",
        headers=reply("13221", "bonjour@chainelogistique-podcast.fr"),
    ),
    N(
        "13225",
        "2025-09-26 09:15",
        "Free <freebox@free.fr>",
        "Votre Freebox est expédiée",
        "fr",
        """Bonjour Léa,

Votre Freebox Pop a été expédiée par Colissimo (suivi : 6A23145789012). Votre ligne sera
activée le 30/09/2025.

L'équipe Free
""",
    ),
    N(
        "13226",
        "2025-09-27 10:42",
        LENA,
        "Hallo aus Freiburg!",
        "de",
        """Hey Léa,

wie geht's dir? Ich hab gehört, du suchst auch in Deutschland, das wäre ja mega! Wenn du
mal nach Freiburg kommst, kannst du jederzeit bei mir pennen. Das Erasmus-Jahr fehlt mir
total.

Liebe Grüße
Lena
""",
    ),
    N(
        "13227",
        "2025-09-28 14:00",
        "Spotify <no-reply@spotify.com>",
        "Ton reçu Spotify",
        "fr",
        """Merci pour ton paiement.
Spotify Premium Student - 5,99 € - 28/09/2025
""",
    ),
    N(
        "13228",
        "2025-09-29 11:30",
        "Université Lyon Rhône - Scolarité <scolarite@univ-lyon-rhone.fr>",
        "Votre diplôme de Master est disponible",
        "fr",
        """Madame,

Votre attestation de réussite au diplôme de Master Management de la Supply Chain (mention
Bien) est disponible en téléchargement sur votre ENT. Le diplôme original pourra être
retiré au bureau de la scolarité à partir de mars 2026.

Le service de la Scolarité
""",
    ),
    N(
        "13229",
        "2025-09-30 17:10",
        "Coursera <no-reply@t.mail.coursera.org>",
        "Congratulations on completing Supply Chain Analytics!",
        "en",
        """Congratulations, Léa!

You've completed Supply Chain Analytics from Rutgers University. Share your certificate
on LinkedIn to show your network what you've learned.
""",
    ),
    # --- October 2025 ---
    N(
        "13230",
        "2025-10-01 08:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Entretien d'embauche : les 7 questions pièges (et comment y répondre)",
        "fr",
        html="""<html><body>
<h2>Le Mag WTTJ</h2>
<p>« Quel est votre plus grand défaut ? » On a demandé à cinq recruteurs ce qu'ils
attendent vraiment derrière les questions les plus redoutées en entretien.</p>
<p>Aussi cette semaine : pourquoi les entreprises recrutent-elles moins de juniors ?
Enquête.</p>
<p><a href="https://www.welcometothejungle.com/fr/articles">Lire le Mag</a></p>
</body></html>""",
    ),
    N(
        "13231",
        "2025-10-02 13:25",
        "Colissimo <noreply@notif-colissimo-laposte.info>",
        "Votre colis est en cours de livraison",
        "fr",
        """Bonjour,

Votre colis 6A23145789012 sera livré aujourd'hui entre 13h et 18h.
""",
    ),
    N(
        "13232",
        "2025-10-03 19:55",
        MAMAN,
        "Re: Photos de la Bourboule",
        "fr",
        """Alors, tes entretiens ? Ton père demande tous les jours 😄 Ne te décourage pas, ça va venir.
Mamie te fait dire qu'elle a tricoté une écharpe pour toi.

Bisous
""",
        headers=reply("13201", MAMAN),
    ),
    N(
        "13233",
        "2025-10-04 10:10",
        "Decathlon <news@info.decathlon.fr>",
        "Offre exclusive membre : -20 % sur la randonnée",
        "fr",
        """Léa, profitez de votre offre exclusive membre !
-20 % sur tout le rayon randonnée jusqu'au 12 octobre avec le code RANDO20.
""",
    ),
    N(
        "13234",
        "2025-10-06 09:00",
        BANK,
        "Votre demande de prêt étudiant",
        "fr",
        """Madame MARCHAND,

Nous avons bien reçu votre demande de modulation de votre prêt étudiant (différé de
remboursement). Votre conseillère, Mme Favier, l'étudiera et vous recontactera sous 10 jours.

Pièces à fournir : attestation de fin d'études, justificatif de situation (contrat de
travail ou inscription France Travail).

Banque Rhodanienne - Agence Lyon Jean Macé
""",
    ),
    N(
        "13235",
        "2025-10-07 12:30",
        "Riverside <no-reply@riverside.fm>",
        "You're invited to record: Chaîne Logistique ép. 38",
        "en",
        """Yann Morel invited you to a recording session.

Chaîne Logistique - ép. 38 - Circuits courts
Tuesday, October 14, 2025 · 6:00 PM CEST

Join the studio: https://riverside.fm/studio/chaine-logistique
""",
        ics={
            "uid": "riverside-cl38-1014@riverside.fm",
            "start": "2025-10-14 18:00:00 +0200",
            "minutes": 60,
            "organizer": ("Yann Morel", "yann@chainelogistique-podcast.fr"),
            "summary": "Enregistrement podcast Chaîne Logistique - interview Léa Marchand",
            "location": "https://riverside.fm/studio/chaine-logistique",
        },
    ),
    N(
        "13236",
        "2025-10-08 18:45",
        CHLOE,
        "Re: anniv Mehdi",
        "fr",
        """Ok pour la cagnotte, j'ai mis 15 €. On dit rdv 20h au Sucre samedi ?
Et du coup ton entretien à Saint-Priest ça a donné quoi ?
""",
    ),
    N(
        "13237",
        "2025-10-09 07:45",
        "TCL <noreply@tcl.fr>",
        "Votre abonnement TCL Tout Public a été renouvelé",
        "fr",
        """Bonjour,
Votre abonnement mensuel TCL a été renouvelé : 68,00 € prélevés le 09/10/2025.
""",
    ),
    N(
        "13238",
        "2025-10-10 16:00",
        LI,
        "Vous êtes apparu(e) dans 14 recherches cette semaine",
        "fr",
        html="""<html><body>
<p>Léa, vous êtes apparu(e) dans 14 recherches cette semaine.</p>
<p>Vos recherches venaient de : Recrutement, Logistique, Conseil</p>
<p><a href="https://www.linkedin.com/me/search-appearances/">Voir qui vous recherche</a></p>
</body></html>""",
    ),
    N(
        "13239",
        "2025-10-11 11:20",
        "Deutsche Bahn <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung (Auftrag 582114907345)",
        "de",
        """Vielen Dank für Ihre Buchung!

Hinfahrt am 19.11.2025: Lyon Part-Dieu 07:04 -> Bremen Hbf 16:51
Umstieg in Frankfurt (Main) Hbf
Rückfahrt am 20.11.2025: Bremen Hbf 18:10 -> Lyon Part-Dieu 06:58 (+1)
Preis: 149,80 EUR

Ihr Online-Ticket finden Sie im Anhang.
""",
    ),
    N(
        "13240",
        "2025-10-12 10:00",
        "impots.gouv <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Votre avis d'impôt 2025 est disponible",
        "fr",
        """Madame,

Votre avis d'impôt sur les revenus 2024 est disponible dans votre espace particulier sur
impots.gouv.fr.

La Direction générale des Finances publiques
""",
    ),
    N(
        "13241",
        "2025-10-13 08:15",
        "Les Echos Start <newsletter@lesechos.fr>",
        "Jeunes diplômés : ces secteurs qui recrutent encore",
        "fr",
        """LES ECHOS START - La newsletter du lundi

Industrie, santé, logistique : malgré le ralentissement, certains secteurs continuent de
recruter des jeunes diplômés. Témoignages de DRH et conseils pour décrocher un premier
entretien.

Aussi : VIE, la voie royale pour partir à l'étranger ?
""",
    ),
    N(
        "13242",
        "2025-10-15 22:30",
        "Yann Morel <yann@chainelogistique-podcast.fr>",
        "Merci pour l'interview !",
        "fr",
        """Hello Léa,

Merci encore pour hier, c'était passionnant ! L'épisode sortira le 4 novembre, je t'envoie le
lien dès qu'il est en ligne. Et si tu es d'accord, je mets ton LinkedIn dans les notes.

Yann
""",
    ),
    N(
        "13243",
        "2025-10-16 12:00",
        "Mondial Relay <noreply@mondialrelay.fr>",
        "Votre colis a été déposé",
        "fr",
        """Votre colis Vinted n° 48211237 a bien été déposé au Point Relais Tabac Le Gerland.
""",
    ),
    N(
        "13244",
        "2025-10-17 19:20",
        LENA,
        "Re: Hallo aus Freiburg!",
        "de",
        """Bremen?! Cool, drück dir die Daumen. Schreib mir, wie das Assessment Center war. Und
komm im Dezember zum Weihnachtsmarkt, keine Ausreden 😄

Lena
""",
        headers=reply("13226", LENA),
    ),
    N(
        "13245",
        "2025-10-18 09:40",
        "Netflix <info@mailer.netflix.com>",
        "Nouveau sur Netflix",
        "fr",
        """Léa, on pense que vous allez aimer : « Le Bureau des Légendes » - toutes les saisons.
""",
    ),
    N(
        "13246",
        "2025-10-20 15:30",
        "Caisse d'Allocations Familiales <ne-pas-repondre@caf.fr>",
        "Votre droit à l'aide au logement",
        "fr",
        """Bonjour Madame MARCHAND,

Suite à l'étude de votre demande, vous avez droit à une aide au logement (APL) de 187 € par
mois à compter d'octobre 2025. Le premier versement interviendra le 5 novembre.

Votre Caf du Rhône
""",
    ),
    N(
        "13247",
        "2025-10-21 17:50",
        "Boulanger <offres@boulanger.com>",
        "Nos meilleures offres de la semaine ⚡",
        "fr",
        """Aspirateurs, machines à café, écrans... Découvrez nos offres jusqu'à -40 % !
Offre valable jusqu'au 27/10 dans la limite des stocks disponibles.
""",
    ),
    N(
        "13248",
        "2025-10-22 08:30",
        BANK,
        "Réponse à votre demande de prêt étudiant",
        "fr",
        """Madame MARCHAND,

Nous avons le plaisir de vous informer que votre demande de différé de remboursement de
votre prêt étudiant est acceptée : le début de l'amortissement est reporté au 1er avril 2026.

L'avenant est disponible dans votre espace client pour signature électronique.

Banque Rhodanienne
""",
        headers=reply("13234", BANK),
    ),
    N(
        "13249",
        "2025-10-24 20:15",
        HUGO,
        "parcoursup 😱",
        "fr",
        """Léa tu peux relire ma lettre de motiv pour la prépa ? Maman dit que t'es la pro des
candidatures maintenant 😂 Je te l'envoie en PJ, c'est pour le lycée du Parc.
""",
        attach=[
            (
                "lettre_motivation_prepa.txt",
                "text/plain",
                "Madame, Monsieur, passionné de mathématiques...\n",
            )
        ],
    ),
    N(
        "13250",
        "2025-10-25 11:00",
        "Airbnb <automated@airbnb.com>",
        "Réservation confirmée : Bruxelles, 13-15 nov.",
        "fr",
        """Votre réservation est confirmée !

Studio lumineux près de la gare du Nord - hôte : Wim
Arrivée : jeu. 13 nov. · Départ : sam. 15 nov.
Total : 164,20 €
""",
    ),
    N(
        "13251",
        "2025-10-27 09:05",
        "Duolingo <hello@duolingo.com>",
        "Hallo! Your German lesson is waiting",
        "en",
        """Hi Léa, keep your 112 day streak alive! Spend 5 minutes on German today.
""",
    ),
    N(
        "13252",
        "2025-10-28 18:35",
        MEHDI,
        "Re: Crémaillère ?",
        "fr",
        """Samedi 8 ça me va ! J'apporte la perceuse ET une bouteille. Tu veux que je ramène ma
raclette ? 🧀
""",
        headers=reply("13217", MEHDI),
    ),
    N(
        "13253",
        "2025-10-29 10:45",
        "Fnac <fnac@newsletter.fnac.com>",
        "Léa, une offre rien que pour vous",
        "fr",
        """Adhérente Fnac+ : 10 € offerts dès 50 € d'achat sur les livres, jusqu'au 2 novembre.
""",
    ),
    N(
        "13254",
        "2025-10-30 14:12",
        "Université Lyon Rhône - Formation continue <fc@univ-lyon-rhone.fr>",
        "Votre candidature au DU Data Science pour la supply chain",
        "fr",
        """Madame,

Nous accusons réception de votre candidature au Diplôme Universitaire « Data Science pour la
supply chain » (session de janvier 2026, cours du soir).

La commission pédagogique se réunira le 20 novembre ; vous serez informée de sa décision par
courriel.

Service Formation continue
""",
    ),
    N(
        "13255",
        "2025-10-31 19:30",
        "Uber Eats <uber@uber.com>",
        "Votre commande avec Uber Eats",
        "fr",
        """Merci pour votre commande, Léa. Total : 21,40 € - Bò Bún Gerland.
""",
    ),
    # --- November 2025 ---
    N(
        "13256",
        "2025-11-02 10:00",
        "Medium Daily Digest <noreply@medium.com>",
        "How I aced my supply chain case interview",
        "en",
        """Today's highlights

How I aced my supply chain case interview - 8 min read
Why every analyst should learn SQL window functions - 5 min read
The hidden cost of safety stock - 11 min read
""",
    ),
    N(
        "13257",
        "2025-11-04 17:00",
        "Yann Morel <yann@chainelogistique-podcast.fr>",
        "L'épisode est en ligne 🎙️",
        "fr",
        """Hello Léa, l'épisode 38 avec ton interview est en ligne :
https://chainelogistique-podcast.fr/38-circuits-courts
Partage-le sans modération !
Yann
""",
    ),
    N(
        "13258",
        "2025-11-05 09:00",
        BANK,
        "Votre demande de carte Visa Premier",
        "fr",
        """Madame MARCHAND,

Votre demande de carte Visa Premier est en cours d'étude. Une réponse vous sera communiquée
sous 72 heures. Conditions tarifaires en vigueur : 134 €/an.

Banque Rhodanienne
""",
    ),
    N(
        "13259",
        "2025-11-06 12:00",
        LI,
        "Thomas Garnier a consulté votre profil",
        "fr",
        html="""<html><body>
<p>Thomas Garnier, Responsable logistique chez Vireo Logistique, a consulté votre profil.</p>
<p><a href="https://www.linkedin.com/me/profile-views/">Voir tous les visiteurs</a></p>
</body></html>""",
    ),
    N(
        "13260",
        "2025-11-07 16:40",
        CHLOE,
        "Bruxelles!!",
        "fr",
        """Trop bien que tu ailles à Bruxelles la semaine pro, ramène des speculoos 😍
Tu restes jusqu'à quand ? Ma cousine Inès y habite, elle peut te faire visiter.
""",
    ),
    N(
        "13261",
        "2025-11-08 09:30",
        "SNCF Connect <noreply@sncf-connect.com>",
        "Votre e-billet Lyon Part-Dieu → Bruxelles-Midi",
        "fr",
        """Bonjour Léa,

Voyage du jeudi 13 novembre 2025 : Lyon Part-Dieu 06:34 → Bruxelles-Midi 11:40 (TGV INOUI)
Retour samedi 15 novembre : Bruxelles-Midi 17:13 → Lyon Part-Dieu 22:29
Référence de dossier : PLMZ4A - Montant : 118,00 €
""",
    ),
    N(
        "13262",
        "2025-11-10 18:22",
        "Zoom <no-reply@zoom.us>",
        "Confirmation d'inscription : Webinar « Power BI pour la supply chain »",
        "fr",
        """Bonjour Léa,

Merci de vous être inscrite au webinar « Power BI pour la supply chain : du tableau de bord
au S&OP » organisé par l'AFPL.

Date : jeudi 20 novembre 2025, 12:30 Paris
Rejoindre : https://us06web.zoom.us/w/84412?tk=xx

Ajoutez-le à votre calendrier.
""",
        ics={
            "uid": "zoom-webinar-84412-lm@zoom.us",
            "start": "2025-11-20 12:30:00 +0100",
            "minutes": 60,
            "organizer": ("AFPL Webinars", "no-reply@zoom.us"),
            "summary": "Webinar : Power BI pour la supply chain",
            "location": "https://us06web.zoom.us/w/84412",
        },
    ),
    N(
        "13263",
        "2025-11-12 08:00",
        "Le Progrès <newsletter@leprogres.fr>",
        "L'essentiel du matin : grève TCL jeudi",
        "fr",
        """L'ESSENTIEL DU MATIN
- Transports : perturbations sur le réseau TCL jeudi
- Économie : un entrepôt géant à Saint-Priest créera 400 emplois
- Santé : la campagne de vaccination contre la grippe est lancée
""",
    ),
    N(
        "13264",
        "2025-11-14 22:10",
        "Inès Bertin <ines.bertin.bxl@gmail.com>",
        "Bruxelles demain",
        "fr",
        """Salut Léa, c'est Inès la cousine de Chloé ! Dispo demain pour un café vers 11h à la place
Flagey ? Je te montre le quartier après 🙂
""",
    ),
    N(
        "13265",
        "2025-11-16 11:30",
        BANK,
        "Votre carte Visa Premier",
        "fr",
        """Madame MARCHAND,

Votre demande de carte Visa Premier a été acceptée. Votre carte vous sera adressée par
courrier sous 7 jours ; votre code confidentiel suivra par un envoi séparé.

Banque Rhodanienne
""",
    ),
    N(
        "13266",
        "2025-11-17 13:05",
        "Vinted <no-reply@vinted.fr>",
        "Ton solde a été crédité",
        "fr",
        """22,00 € ont été ajoutés à ton porte-monnaie Vinted.
""",
    ),
    N(
        "13267",
        "2025-11-18 09:00",
        "Bahn.de <noreply@bahn.de>",
        "Ihre Reise morgen: Lyon Part-Dieu - Bremen Hbf",
        "de",
        """Guten Tag Léa Marchand,

morgen geht es los! Ihre Verbindung: 07:04 Lyon Part-Dieu -> 16:51 Bremen Hbf.
Bitte beachten Sie: In Frankfurt (Main) Hbf fährt Ihr Anschlusszug von Gleis 7.
""",
    ),
    N(
        "13268",
        "2025-11-20 18:00",
        "Université Lyon Rhône - Formation continue <fc@univ-lyon-rhone.fr>",
        "Décision de la commission - DU Data Science pour la supply chain",
        "fr",
        """Madame,

La commission pédagogique a examiné votre dossier. Nous avons le plaisir de vous annoncer
que votre candidature est acceptée pour la session de janvier 2026.

Pour confirmer votre inscription, merci de régler les frais (1 200 €, paiement en trois fois
possible) avant le 15 décembre.

Service Formation continue
""",
        headers=reply("13254", "fc@univ-lyon-rhone.fr"),
    ),
    N(
        "13269",
        "2025-11-21 20:40",
        LENA,
        "Und??",
        "de",
        """Na, wie war Bremen? Erzähl!! Und die Nordsee-Luft? 😄
""",
    ),
    N(
        "13270",
        "2025-11-22 10:15",
        "Deezer <noreply@deezer.com>",
        "Ton Flow de la semaine est prêt",
        "fr",
        """Ton Flow est prêt, Léa. 50 titres choisis pour toi.
""",
    ),
    N(
        "13271",
        "2025-11-24 09:45",
        "Revolut <no-reply@revolut.com>",
        "Your November statement is ready",
        "en",
        """Hi Léa, your monthly EUR account statement for November is now available in the app.
""",
    ),
    N(
        "13272",
        "2025-11-25 19:05",
        MAMAN,
        "Noël",
        "fr",
        """Ma chérie,

On fait Noël à Clermont cette année, ta tante vient avec les cousins. Tu arrives le 23 ?
Papa viendra te chercher à la gare. Dis-moi si tu veux qu'on t'offre quelque chose de
précis (une tenue pour les entretiens ?).

Gros bisous
""",
    ),
    N(
        "13273",
        "2025-11-26 12:30",
        LI,
        "Léa, félicitez Antoine Perrin pour son anniversaire de travail",
        "fr",
        html="""<html><body>
<p>Antoine Perrin fête ses 2 ans chez Kiboo. Envoyez-lui un message.</p></body></html>""",
    ),
    N(
        "13274",
        "2025-11-27 14:00",
        "Back Market <hello@backmarket.fr>",
        "Black Friday : jusqu'à -70 % sur le reconditionné",
        "fr",
        """Offres Black Friday : iPhone 13 reconditionné dès 289 €. Seulement jusqu'à lundi.
""",
    ),
    N(
        "13275",
        "2025-11-28 08:20",
        "Doctolib <no-reply@doctolib.fr>",
        "Rappel : rendez-vous demain",
        "fr",
        """Rappel : vous avez rendez-vous demain samedi 29 novembre à 10:40 avec
Dr Julien Haddad - Chirurgien-dentiste, 4 place Jean Macé, 69007 Lyon.
""",
        ics={
            "uid": "doctolib-rdv-77941002@doctolib.fr",
            "start": "2025-11-29 10:40:00 +0100",
            "minutes": 30,
            "organizer": ("Doctolib", "no-reply@doctolib.fr"),
            "summary": "Rendez-vous Dr Julien Haddad (dentiste)",
            "location": "4 place Jean Macé, 69007 Lyon",
        },
    ),
    N(
        "13276",
        "2025-11-30 17:45",
        MEHDI,
        "photos crémaillère",
        "fr",
        """Les photos de samedi sont sur le drive, y'en a des compromettantes 😂
https://photos.app.goo.gl/xx8Kc
""",
    ),
]

MAIL += [
    # --- December 2025 ---
    N(
        "13277",
        "2025-12-01 09:00",
        "Free Mobile <mobile@free-mobile.fr>",
        "Votre facture Free Mobile",
        "fr",
        """Bonjour,
Votre facture de novembre d'un montant de 15,99 € est disponible dans votre Espace Abonné.
""",
    ),
    N(
        "13278",
        "2025-12-02 18:15",
        CHLOE,
        "Secret Santa 🎅",
        "fr",
        """Tirage au sort fait ! Tu offres à... Mehdi 😂 Budget 20 €. Soirée le 20 chez moi.
""",
    ),
    N(
        "13279",
        "2025-12-03 11:40",
        "Université Lyon Rhône - Formation continue <fc@univ-lyon-rhone.fr>",
        "Paiement reçu - inscription DU",
        "fr",
        """Madame,

Nous accusons réception de votre premier versement (400 €). Votre inscription au DU « Data
Science pour la supply chain » est confirmée. Rentrée le lundi 12 janvier 2026 à 18h,
amphi Benveniste.

Service Formation continue
""",
    ),
    N(
        "13280",
        "2025-12-04 08:10",
        "Les Echos Start <newsletter@lesechos.fr>",
        "« J'ai passé 12 entretiens avant de signer » : récit d'une jeune diplômée",
        "fr",
        """LES ECHOS START

Témoignage : Sarah, 24 ans, a enchaîné douze entretiens et deux assessment centers avant de
décrocher son premier CDI dans la logistique. Elle raconte.

Aussi : salaires des jeunes diplômés, ce que révèle la dernière enquête de l'Apec.
""",
    ),
    N(
        "13281",
        "2025-12-05 13:20",
        "Amazon.fr <expedition@amazon.fr>",
        "Votre colis a été expédié",
        "fr",
        """Votre commande « Jeu de société Codenames » a été expédiée. Livraison prévue demain.
""",
    ),
    N(
        "13282",
        "2025-12-07 10:30",
        LENA,
        "Weihnachtsmarkt",
        "de",
        """Hey Léa, bleibt's beim 13./14. Dezember? Ich hab schon Glühwein-Tassen reserviert 😄
Schick mir deine Zugzeiten, dann hol ich dich am Bahnhof ab.
Lena
""",
    ),
    N(
        "13283",
        "2025-12-08 09:00",
        "Trainline <noreply@info.thetrainline.com>",
        "Votre voyage vers Freiburg (Breisgau) Hbf",
        "fr",
        """Bonjour Léa,

Votre billet est prêt : Lyon Part-Dieu → Freiburg (Breisgau) Hbf, samedi 13 décembre,
départ 08:04, arrivée 12:41 (correspondance à Mulhouse).
Retour dimanche 14 décembre 17:20.
Total : 74,40 €
""",
    ),
    N(
        "13284",
        "2025-12-09 12:15",
        LI,
        "Mehdi Ait-Kaci a commenté votre publication",
        "fr",
        html="""<html><body>
<p><b>Mehdi Ait-Kaci</b> a commenté votre publication : « Trop fier de toi, le podcast est top ! »</p>
</body></html>""",
    ),
    N(
        "13285",
        "2025-12-10 17:00",
        "Ameli <ne-pas-repondre@assurance-maladie.fr>",
        "Votre carte Vitale : mise à jour",
        "fr",
        """Bonjour,
Pensez à mettre à jour votre carte Vitale après votre changement d'adresse.
L'Assurance Maladie
""",
    ),
    N(
        "13286",
        "2025-12-11 19:30",
        HUGO,
        "Re: parcoursup 😱",
        "fr",
        """Merci pour les corrections !! J'ai tout envoyé. Maintenant faut attendre mars 😬
""",
        headers=reply("13249", HUGO),
    ),
    N(
        "13287",
        "2025-12-12 08:00",
        "Vélo'v <noreply@velov.grandlyon.com>",
        "Votre abonnement Vélo'v arrive à échéance",
        "fr",
        """Bonjour,
Votre abonnement annuel Vélo'v expire le 20/12/2025. Renouvelez-le dès maintenant pour
continuer à rouler.
""",
    ),
    N(
        "13288",
        "2025-12-15 14:45",
        "Société Générale <offres@particuliers.societegenerale.fr>",
        "Votre offre de crédit auto pré-acceptée",
        "fr",
        """Madame Marchand,

Bonne nouvelle : vous bénéficiez d'une offre de crédit auto pré-acceptée jusqu'à 15 000 € à
un taux exceptionnel. Faites votre demande en ligne en 5 minutes.

Un crédit vous engage et doit être remboursé.
""",
    ),
    N(
        "13289",
        "2025-12-16 10:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Le bilan de ton année 2025 🎉",
        "fr",
        html="""<html><body>
<p>Ton année sur Welcome to the Jungle en chiffres :</p>
<p>42 offres sauvegardées · 18 articles lus · 3 vidéos d'entreprises regardées</p>
<p>Merci d'être là, Léa. On se retrouve en 2026 !</p>
</body></html>""",
    ),
    N(
        "13290",
        "2025-12-17 18:00",
        MAMAN,
        "Re: Noël",
        "fr",
        """Parfait, papa sera à la gare le 23 à 19h12. Ta grand-mère est ravie. Et bravo pour
Ondalys, on croise les doigts !!
""",
        headers=reply("13272", MAMAN),
    ),
    N(
        "13291",
        "2025-12-18 09:20",
        "La Poste <noreply@laposte.fr>",
        "Votre lettre recommandée a été distribuée",
        "fr",
        """Votre lettre recommandée 1A 182 735 4410 3 a été distribuée le 18/12/2025 à 09:02.
""",
    ),
    N(
        "13292",
        "2025-12-19 21:40",
        CHLOE,
        "Re: Secret Santa 🎅",
        "fr",
        """Rappel : demain 20h, chez moi, et ON NE DIT PAS à qui on offre 🤫
""",
        headers=reply("13278", CHLOE),
    ),
    N(
        "13293",
        "2025-12-22 11:00",
        BANK,
        "Votre relevé de compte de décembre est disponible",
        "fr",
        """Madame Léa MARCHAND,
Votre relevé de compte n°xxxx4471 au 21/12/2025 est disponible dans votre espace client.
""",
    ),
    N(
        "13294",
        "2025-12-26 15:30",
        "Lena Hoffmann <lena.hoffmann@posteo.de>",
        "Frohe Weihnachten!",
        "de",
        """Frohe Weihnachten, liebe Léa! 🎄 War so schön mit dir auf dem Markt. Guten Rutsch und
hoffentlich ein tolles neues Jahr mit dem perfekten Job!
""",
    ),
    N(
        "13295",
        "2025-12-29 10:05",
        "Spotify <no-reply@spotify.com>",
        "Ton Wrapped 2025 est là",
        "fr",
        """Léa, ton année en musique : 31 204 minutes d'écoute, ton artiste n°1 est Juliette Armanet.
""",
    ),
    # --- January 2026 ---
    N(
        "13296",
        "2026-01-02 09:30",
        "Mutuelle Générale du Rhône <contact@mgrhone.fr>",
        "Votre adhésion à la complémentaire santé",
        "fr",
        """Madame,

Votre demande d'adhésion individuelle à notre complémentaire santé (formule Essentielle,
19 €/mois) a bien été enregistrée. Vous recevrez votre carte de tiers payant sous 8 jours.
""",
    ),
    N(
        "13297",
        "2026-01-04 19:15",
        MEHDI,
        "Bonne année !!",
        "fr",
        """Bonne année Léa 🥂 Plein de belles choses pour 2026, et un CDI bien sûr 😉
""",
    ),
    N(
        "13298",
        "2026-01-06 11:00",
        LI,
        "Vous avez 4 nouvelles invitations",
        "fr",
        html="""<html><body>
<p>Léa, vous avez 4 invitations en attente : Julie Martin, Hervé Kasongo, Paul Reding et 1 autre.</p>
</body></html>""",
    ),
    N(
        "13299",
        "2026-01-07 08:00",
        "Le Progrès <newsletter@leprogres.fr>",
        "L'essentiel du matin : neige sur les monts du Lyonnais",
        "fr",
        """L'ESSENTIEL DU MATIN
- Météo : jusqu'à 10 cm de neige attendus
- Économie : les soldes d'hiver démarrent ce mercredi
- Sport : l'ASVEL renverse Monaco
""",
    ),
    N(
        "13300",
        "2026-01-09 14:10",
        "Université Lyon Rhône - Formation continue <fc@univ-lyon-rhone.fr>",
        "Rentrée du DU - planning et salle",
        "fr",
        """Madame,

Vous trouverez ci-joint le planning du premier semestre du DU « Data Science pour la supply
chain ». Les cours ont lieu les lundis et mercredis de 18h à 21h.

Service Formation continue
""",
        attach=[
            (
                "planning_DU_S1.txt",
                "text/plain",
                "12/01 Python pour l'analyse - 14/01 Statistiques\n",
            )
        ],
    ),
    N(
        "13301",
        "2026-01-10 12:00",
        "Zalando <info@service-mail.zalando.fr>",
        "Soldes : -50 % sur une sélection",
        "fr",
        """Les soldes continuent, Léa ! Jusqu'à -50 % sur les manteaux et les bottines.
""",
    ),
    N(
        "13302",
        "2026-01-14 08:30",
        CHLOE,
        "!!!!!!",
        "fr",
        """ATTENDS. Tu as signé ??? Chez Ondalys ??? On fête ça vendredi, pas de discussion 🍾🍾
""",
    ),
    N(
        "13303",
        "2026-01-13 09:00",
        BANK,
        "Votre demande de crédit renouvelable",
        "fr",
        """Madame MARCHAND,

Nous avons bien reçu votre demande d'information sur le crédit renouvelable. Après étude,
nous ne sommes pas en mesure d'y donner une suite favorable en l'absence de revenus
réguliers justifiés. Vous pourrez renouveler votre demande dès réception de vos premiers
bulletins de salaire.

Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement
avant de vous engager.

Banque Rhodanienne
""",
    ),
    N(
        "13304",
        "2026-01-14 17:45",
        MAMAN,
        "Félicitations ma chérie !!!",
        "fr",
        """On est tellement fiers de toi !!! Papa a ouvert le champagne tout seul 😂 Raconte-nous tout
ce week-end au téléphone.

Maman
""",
    ),
    N(
        "13305",
        "2026-01-16 10:20",
        LI,
        "Léa, félicitez Sandrine Peyrot pour son nouveau poste",
        "fr",
        html="""<html><body>
<p><b>Sandrine Peyrot</b> a commencé un nouveau poste : Talent Acquisition Manager chez Groupe Aurelis.</p>
<p><a href="https://www.linkedin.com/feed/">Dire félicitations</a></p>
</body></html>""",
    ),
    N(
        "13306",
        "2026-01-17 15:00",
        "Decathlon <news@info.decathlon.fr>",
        "Votre offre anniversaire vous attend 🎂",
        "fr",
        """Joyeux anniversaire d'adhésion Léa ! 10 € offerts sur votre prochain achat de 50 €.
""",
    ),
    N(
        "13307",
        "2026-01-19 08:30",
        "Doctolib <no-reply@doctolib.fr>",
        "Votre rendez-vous a été annulé",
        "fr",
        """Votre rendez-vous du mardi 20 janvier à 17:30 avec Dr Anne Rivoire a été annulé à la
demande du praticien. Reprenez rendez-vous sur Doctolib.
""",
        ics={
            "method": "CANCEL",
            "uid": "doctolib-rdv-78220117@doctolib.fr",
            "start": "2026-01-20 17:30:00 +0100",
            "minutes": 20,
            "organizer": ("Doctolib", "no-reply@doctolib.fr"),
            "summary": "Rendez-vous Dr Anne Rivoire",
            "location": "12 rue de Marseille, 69007 Lyon",
        },
    ),
    N(
        "13308",
        "2026-01-20 19:10",
        LENA,
        "Glückwunsch!!!",
        "de",
        """Léa!!! Chloé hat's auf Insta gepostet: du hast einen Job! Herzlichen Glückwunsch, ich freu mich
so für dich! Jetzt musst du mich aber in Lyon einladen 😄
""",
    ),
    N(
        "13309",
        "2026-01-21 13:00",
        "Medium Daily Digest <noreply@medium.com>",
        "Interviewing 50 logistics managers taught me this",
        "en",
        """Today's highlights

Interviewing 50 logistics managers taught me this - 9 min read
Forecasting with Prophet: a practical guide - 7 min read
""",
    ),
    N(
        "13310",
        "2026-01-22 18:00",
        "Free <freebox@free.fr>",
        "Votre facture Freebox de janvier",
        "fr",
        """Bonjour, votre facture Freebox de janvier (29,99 €) est disponible.
""",
    ),
    N(
        "13311",
        "2026-01-23 10:40",
        "Caisse d'Allocations Familiales <ne-pas-repondre@caf.fr>",
        "Déclarez vos ressources trimestrielles",
        "fr",
        """Bonjour Madame MARCHAND,

Pensez à signaler votre reprise d'activité : tout changement de situation (nouvel emploi,
revenus) doit être déclaré pour éviter un trop-perçu.

Votre Caf du Rhône
""",
    ),
    N(
        "13312",
        "2026-01-25 16:20",
        HUGO,
        "anniv maman",
        "fr",
        """On fait quoi pour les 55 ans de maman ? J'avais pensé à un week-end thermal à Vichy, on
partage à deux ?
""",
    ),
    N(
        "13313",
        "2026-01-27 09:00",
        "Amazon.fr <confirmation-commande@amazon.fr>",
        'Votre commande Amazon.fr de « Sac à dos ordinateur 15,6" »',
        "fr",
        """Merci pour votre commande : Sac à dos ordinateur 15,6" gris anthracite - 39,90 €.
""",
    ),
    N(
        "13314",
        "2026-01-28 14:30",
        "Eventbrite <noreply@order.eventbrite.com>",
        "Vos billets pour « Afterwork Supply Chain Lyon »",
        "fr",
        """Commande n°1342209815 confirmée
Afterwork Supply Chain Lyon #12 - jeudi 5 février 2026, 19:00
Le Florian, 3 quai Saint-Vincent, Lyon
1 x Entrée gratuite
""",
    ),
    N(
        "13315",
        "2026-01-30 11:15",
        "Airbnb <automated@airbnb.com>",
        "Rappel : laissez un commentaire pour Wim",
        "fr",
        """Comment s'est passé votre séjour à Bruxelles ? Laissez un commentaire pour Wim.
""",
    ),
    # --- February 2026 ---
    N(
        "13316",
        "2026-02-01 09:00",
        "Banque Rhodanienne <ne-pas-repondre@banque-rhodanienne.fr>",
        "Offre de bienvenue jeunes actifs",
        "fr",
        """Madame MARCHAND,

Vous commencez votre vie professionnelle ? Découvrez notre offre Jeunes Actifs : carte
bancaire offerte la première année et prêt personnel « premier équipement » à taux
préférentiel. Prenez rendez-vous avec votre conseillère.
""",
    ),
    N(
        "13317",
        "2026-02-02 19:40",
        CHLOE,
        "ski ?",
        "fr",
        """On loue un chalet aux Arcs pour le week-end du 21 ? On est 6 pour l'instant, 90 € chacun.
""",
    ),
    N(
        "13318",
        "2026-02-03 10:00",
        "Duolingo <hello@duolingo.com>",
        "You're on fire! 🔥 200 day streak",
        "en",
        """Wow, Léa! You reached a 200 day streak in German. Keep going!
""",
    ),
    N(
        "13319",
        "2026-02-04 17:30",
        "Preply <no-reply@preply.com>",
        "Votre cours d'essai avec Katrin est confirmé",
        "fr",
        """Votre cours d'essai d'allemand avec Katrin est confirmé pour le samedi 7 février à 10:00.
""",
        ics={
            "uid": "preply-lesson-55102@preply.com",
            "start": "2026-02-07 10:00:00 +0100",
            "minutes": 30,
            "organizer": ("Preply", "no-reply@preply.com"),
            "summary": "Cours d'essai d'allemand avec Katrin",
            "location": "Preply Space",
        },
    ),
    N(
        "13320",
        "2026-02-06 08:30",
        "Ameli <ne-pas-repondre@assurance-maladie.fr>",
        "Remboursement effectué",
        "fr",
        """Un remboursement de 26,50 € a été effectué sur votre compte le 05/02/2026.
""",
    ),
    N(
        "13321",
        "2026-02-09 12:45",
        MAMAN,
        "Re: anniv",
        "fr",
        """Hugo m'a vendu la mèche pour Vichy 😂 Je fais semblant de rien savoir. Merci mes amours.
""",
    ),
    N(
        "13322",
        "2026-02-10 09:15",
        "Agence Foch Immobilier <location@foch-immobilier.fr>",
        "Régularisation des charges 2025",
        "fr",
        """Madame,

Veuillez trouver ci-joint le décompte de régularisation des charges locatives pour l'année
2025 : solde en votre faveur de 23,40 €, qui sera déduit de votre loyer de mars.

Service Gestion locative
""",
    ),
    N(
        "13323",
        "2026-02-11 18:20",
        "Apec <newsletter@apec.fr>",
        "Les rendez-vous de l'Apec : préparer son entretien annuel",
        "fr",
        """La lettre des cadres

- Premier emploi : réussir sa période d'essai
- Webinar : négocier son salaire à l'embauche
- Baromètre : les intentions de recrutement des cadres en 2026
""",
    ),
    N(
        "13324",
        "2026-02-12 16:00",
        "Université Lyon Rhône - Alumni <alumni@univ-lyon-rhone.fr>",
        "Interview pour le magazine des diplômés",
        "fr",
        """Bonjour Léa,

Le magazine des diplômés prépare un dossier « Premier poste : ils racontent ». Accepteriez-
vous de répondre à une courte interview écrite (5 questions) sur votre recherche d'emploi et
votre arrivée chez Ondalys ?

Merci d'avance,
Élodie - Réseau Alumni
""",
    ),
    N(
        "13325",
        "2026-02-13 21:00",
        "Uber Eats <uber@uber.com>",
        "Votre commande avec Uber Eats",
        "fr",
        """Merci pour votre commande, Léa. Total : 27,90 € - Pizzeria Da Gigi.
""",
    ),
    N(
        "13326",
        "2026-02-16 10:30",
        "Vinted <no-reply@vinted.fr>",
        "Nouveaux articles de tes membres favoris",
        "fr",
        """Des nouveautés t'attendent ! 12 nouveaux articles de membres que tu suis.
""",
    ),
    N(
        "13327",
        "2026-02-17 11:00",
        "impots.gouv <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Prélèvement à la source : votre taux",
        "fr",
        """Madame,

Votre taux de prélèvement à la source sera transmis à votre nouvel employeur. Vous pouvez
opter pour un taux non personnalisé dans votre espace « Gérer mon prélèvement à la source ».
""",
    ),
    N(
        "13328",
        "2026-02-18 19:30",
        HUGO,
        "Re: ski ?",
        "fr",
        """Chloé m'a invité aussi au chalet, t'es ok si je viens ? Je dors sur le canapé promis
""",
    ),
    N(
        "13329",
        "2026-02-19 09:40",
        LI,
        "Léa, mettez à jour votre profil",
        "fr",
        html="""<html><body>
<p>Vous avez un nouveau poste ? Ajoutez-le à votre profil pour que votre réseau le sache.</p>
</body></html>""",
    ),
    N(
        "13330",
        "2026-02-20 08:00",
        "SNCF Connect <noreply@sncf-connect.com>",
        "Votre e-billet Lyon Part-Dieu → Bourg-Saint-Maurice",
        "fr",
        """Voyage du vendredi 20 février 2026 : Lyon Part-Dieu 18:02 → Bourg-Saint-Maurice 20:51
Référence de dossier : TRZE8K - Montant : 41,00 €
""",
    ),
    N(
        "13331",
        "2026-02-23 18:10",
        CHLOE,
        "photos chalet",
        "fr",
        """Les photos des Arcs sont sur le drive. Hugo en luge, légendaire 😂
""",
    ),
    N(
        "13332",
        "2026-02-24 12:00",
        "Lyon French Tech <hello@lyonfrenchtech.com>",
        "Ils recrutent : 120 offres dans l'écosystème lyonnais",
        "fr",
        """LA LETTRE DE LA FRENCH TECH ONE LYON

Ils lèvent des fonds : Ondalys (2 M€), Kiboo, Trameo
Ils recrutent : plus de 120 offres dans nos startups, du stage au CDI
Événement : Startup Night le 12 mars à la Halle Tony Garnier
""",
    ),
    N(
        "13333",
        "2026-02-25 10:00",
        "Mutuelle Générale du Rhône <contact@mgrhone.fr>",
        "Demande de résiliation reçue",
        "fr",
        """Madame,

Nous avons bien reçu votre demande de résiliation suite à votre adhésion à la mutuelle
collective de votre employeur. Elle prendra effet au 1er mars 2026.
""",
    ),
    N(
        "13334",
        "2026-02-26 09:30",
        "Revolut <no-reply@revolut.com>",
        "Your February statement is ready",
        "en",
        """Hi Léa, your monthly EUR account statement for February is now available in the app.
""",
    ),
    # --- March 2026 ---
    N(
        "13335",
        "2026-03-02 07:45",
        MAMAN,
        "Premier jour !!",
        "fr",
        """Bonne journée ma chérie pour ton premier jour !! Tu nous racontes ce soir ❤️
""",
    ),
    N(
        "13336",
        "2026-03-03 12:00",
        "Alan <hello@alan.com>",
        "Bienvenue chez Alan, Léa",
        "fr",
        """Bonjour Léa,

Votre employeur vous a affiliée à la complémentaire santé Alan. Téléchargez l'application
pour voir vos garanties et votre carte de tiers payant.
""",
    ),
    N(
        "13337",
        "2026-03-04 19:00",
        LENA,
        "Und, der erste Tag?",
        "de",
        """Erzähl, wie sind die Kollegen? Und gibt's Kaffee umsonst? 😄
""",
    ),
    N(
        "13338",
        "2026-03-05 08:20",
        "TCL <noreply@tcl.fr>",
        "Prise en charge employeur de votre abonnement",
        "fr",
        """Bonjour,

Pour bénéficier du remboursement de 50 % de votre abonnement par votre employeur,
téléchargez votre attestation dans votre espace TCL.
""",
    ),
    N(
        "13339",
        "2026-03-07 10:10",
        HUGO,
        "résultats parcoursup",
        "fr",
        """Pas encore les résultats mais j'ai eu un oral au lycée du Parc !!! Tu m'aides à préparer ?
""",
    ),
    N(
        "13340",
        "2026-03-09 09:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Entretien : comment recruter ses premiers salariés ?",
        "fr",
        html="""<html><body>
<h2>Le Mag WTTJ - côté employeurs</h2>
<p>Interview de trois fondateurs sur leurs dix premières embauches : fiches de poste,
entretiens structurés, erreurs à éviter.</p>
</body></html>""",
    ),
    N(
        "13341",
        "2026-03-10 14:00",
        "Caisse d'Allocations Familiales <ne-pas-repondre@caf.fr>",
        "Fin de votre droit à l'aide au logement",
        "fr",
        """Bonjour Madame MARCHAND,

Suite à la déclaration de vos nouveaux revenus, votre droit à l'aide au logement prend fin
au 1er mars 2026.

Votre Caf du Rhône
""",
    ),
    N(
        "13342",
        "2026-03-12 18:30",
        MEHDI,
        "afterwork ?",
        "fr",
        """Alors la working girl, on se fait un afterwork jeudi pour fêter ta première paie ? 😁
""",
    ),
    N(
        "13343",
        "2026-03-14 11:30",
        "Université Lyon Rhône - Alumni <alumni@univ-lyon-rhone.fr>",
        "Re: Interview pour le magazine des diplômés",
        "fr",
        """Merci beaucoup Léa pour vos réponses, l'article paraîtra dans le numéro d'avril !
Élodie
""",
        headers=reply("13324", "alumni@univ-lyon-rhone.fr"),
    ),
    N(
        "13344",
        "2026-03-16 09:00",
        BANK,
        "Votre relevé de compte de mars est disponible",
        "fr",
        """Madame Léa MARCHAND,
Votre relevé de compte n°xxxx4471 au 15/03/2026 est disponible dans votre espace client.
""",
    ),
    N(
        "13345",
        "2026-03-17 20:10",
        CHLOE,
        "Re: afterwork ?",
        "fr",
        """Je viens aussi jeudi ! Mehdi a réservé au Ninkasi comme au bon vieux temps 🍻
""",
    ),
    N(
        "13346",
        "2026-03-19 10:00",
        "Amazon.fr <confirmation-commande@amazon.fr>",
        "Votre commande Amazon.fr de « Support d'ordinateur portable »",
        "fr",
        """Merci pour votre commande : Support d'ordinateur portable réglable - 24,99 €.
""",
    ),
    N(
        "13347",
        "2026-03-20 08:00",
        "Le Progrès <newsletter@leprogres.fr>",
        "L'essentiel du matin : printemps en avance",
        "fr",
        """L'ESSENTIEL DU MATIN
- Météo : 22 °C attendus ce week-end
- Économie : la logistique lyonnaise embauche, selon la CCI
- Culture : les Nuits de Fourvière dévoilent leur programme
""",
    ),
    N(
        "13348",
        "2026-03-23 15:40",
        "Doctolib <no-reply@doctolib.fr>",
        "Confirmation de votre rendez-vous",
        "fr",
        """Votre rendez-vous est confirmé : Dr Anne Rivoire, jeudi 26 mars 2026 à 18:30.
""",
        ics={
            "uid": "doctolib-rdv-78790326@doctolib.fr",
            "start": "2026-03-26 18:30:00 +0100",
            "minutes": 20,
            "organizer": ("Doctolib", "no-reply@doctolib.fr"),
            "summary": "Rendez-vous Dr Anne Rivoire",
            "location": "12 rue de Marseille, 69007 Lyon",
        },
    ),
    N(
        "13349",
        "2026-03-25 19:00",
        HUGO,
        "PRÉPA OK",
        "fr",
        """J'AI ÉTÉ PRIS AU PARC 🎉🎉 Merci pour l'aide sur l'oral, t'es la meilleure
""",
    ),
]

MAIL += [
    N(
        "13350",
        "2025-09-21 10:30",
        "Les Restos du Cœur - Lyon 7 <benevolat.lyon7@restosducoeur.org>",
        "Votre candidature bénévole",
        "fr",
        """Bonjour Léa,

Merci pour votre candidature pour devenir bénévole au centre de Gerland ! Nous organisons une
réunion d'accueil des nouveaux bénévoles le samedi 4 octobre à 10h. Vous pourrez y choisir
vos créneaux (distribution, logistique, accueil).

À très bientôt,
L'équipe du centre Lyon 7
""",
    ),
    N(
        "13351",
        "2025-10-19 16:00",
        "Booking.com <noreply@booking.com>",
        "Your booking is confirmed at Hôtel du Parc Kirchberg",
        "en",
        """Hi Léa,

Your booking is confirmed.
Hôtel du Parc Kirchberg, Luxembourg
Check-in: Wednesday, 22 October 2025 (from 15:00)
Check-out: Thursday, 23 October 2025 (until 11:00)
Total price: € 112
""",
    ),
    N(
        "13352",
        "2025-10-19 16:20",
        "FlixBus <noreply@flixbus.com>",
        "Votre réservation FlixBus #3124587710",
        "fr",
        """Bonjour Léa,

Lyon Perrache → Luxembourg, mer. 22 oct. 2025, 07:15 - 14:05
Luxembourg → Lyon Perrache, jeu. 23 oct. 2025, 16:40 - 23:25
Total : 54,98 €
""",
    ),
    N(
        "13353",
        "2025-11-09 11:05",
        "ANTS <ne-pas-repondre@ants.gouv.fr>",
        "Votre demande de passeport a été enregistrée",
        "fr",
        """Madame,

Votre pré-demande de passeport n° 2511-7732-0193 a bien été enregistrée. Présentez-vous à
votre rendez-vous en mairie muni de ce numéro, de vos justificatifs et du timbre fiscal.

Agence Nationale des Titres Sécurisés
""",
    ),
    N(
        "13354",
        "2025-12-04 20:10",
        "ImmoScout24 <noreply@immobilienscout24.de>",
        "Ihre Anfrage wurde versendet",
        "de",
        """Hallo Léa Marchand,

Ihre Anfrage zum Objekt „Helle 2-Zimmer-Wohnung, Düsseldorf-Bilk, 54 m²" wurde an den
Anbieter versendet. Der Anbieter meldet sich direkt bei Ihnen.

Tipp: Mit der SCHUFA-Auskunft und einem MieterProfil erhöhen Sie Ihre Chancen.
""",
    ),
    N(
        "13355",
        "2025-12-08 09:15",
        "Hausverwaltung Rheinblick <vermietung@rheinblick-hv.de>",
        "Einladung zur Besichtigung - Bilker Allee 88",
        "de",
        """Sehr geehrte Frau Marchand,

vielen Dank für Ihr Interesse an der Wohnung in der Bilker Allee 88. Wir laden Sie zu einem
Besichtigungstermin am Samstag, 13.12.2025, um 11:30 Uhr ein. Bitte bringen Sie eine
Selbstauskunft und die letzten drei Gehaltsnachweise mit.

Mit freundlichen Grüßen
Hausverwaltung Rheinblick
""",
    ),
    N(
        "13356",
        "2026-01-17 10:00",
        "Hausverwaltung Rheinblick <vermietung@rheinblick-hv.de>",
        "AW: Besichtigung Bilker Allee 88",
        "de",
        """Sehr geehrte Frau Marchand,

danke für Ihre Nachricht. Schade, dass Sie nun doch in Lyon bleiben - wir wünschen Ihnen
viel Erfolg und ziehen Ihre Mietbewerbung zurück.

Mit freundlichen Grüßen
Hausverwaltung Rheinblick
""",
        headers=reply("13355", "vermietung@rheinblick-hv.de"),
    ),
    N(
        "13357",
        "2026-02-06 13:40",
        LENA,
        "Ich hab das Vorstellungsgespräch!!",
        "de",
        """Léa!! Stell dir vor, ich hab ein Vorstellungsgespräch bei der Stadt Freiburg, nächste Woche
Dienstag. Hast du Tipps? Du bist ja jetzt Profi 😄 Drück mir die Daumen!

Lena
""",
    ),
    N(
        "13358",
        "2026-03-11 21:15",
        MEHDI,
        "petit service",
        "fr",
        """Hello Léa, question gênante : vous recrutez toujours un dev back-end chez Ondalys ? Tu
pourrais transmettre mon CV à Maxime ? Je te le mets en PJ. Aucune pression hein 🙏

Mehdi
""",
        attach=[
            ("CV_Mehdi_AitKaci.txt", "text/plain", "Mehdi Ait-Kaci - Développeur back-end Python\n")
        ],
    ),
    N(
        "13359",
        "2025-10-26 12:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Essayez Premium Career gratuitement pendant 1 mois",
        "fr",
        html="""<html><body>
<p>Léa, démarquez-vous auprès des recruteurs : essayez Premium Career, 1 mois offert.</p>
<p>Découvrez qui a consulté votre profil et comparez-vous aux autres candidats.</p>
<p><a href="https://www.linkedin.com/premium/products/">Profiter de l'offre</a></p>
</body></html>""",
    ),
    N(
        "13360",
        "2025-11-13 08:30",
        "GitHub <noreply@github.com>",
        "[lea-marchand/forecast-amap] New star",
        "en",
        """ytrinh starred lea-marchand/forecast-amap.
You are receiving this because you are the owner of this repository.
""",
    ),
    N(
        "13361",
        "2025-12-21 09:00",
        "Kaggle <no-reply@kaggle.com>",
        "Kaggle Newsletter: New competitions this week",
        "en",
        """New this week on Kaggle: M6 Retail Forecasting Playground, a new notebook grandmaster, and
an interview with the winners of the Store Sales challenge.
""",
    ),
    N(
        "13362",
        "2026-02-15 18:00",
        "Notion <team@makenotion.com>",
        "Webinar: plan your year with Notion",
        "en",
        """Join our live webinar on Thursday, February 19 at 17:00 CET to learn how to plan goals and
habits with Notion templates.
""",
        ics={
            "uid": "notion-webinar-0219@makenotion.com",
            "start": "2026-02-19 17:00:00 +0100",
            "minutes": 45,
            "organizer": ("Notion Events", "team@makenotion.com"),
            "summary": "Notion webinar: plan your year",
            "location": "https://notion.zoom.us/j/88120",
        },
    ),
    N(
        "13363",
        "2025-10-05 11:30",
        "Les Restos du Cœur - Lyon 7 <benevolat.lyon7@restosducoeur.org>",
        "Planning des bénévoles - octobre",
        "fr",
        """Bonjour à toutes et tous,

Voici le planning d'octobre. Léa, tu es sur la distribution du mardi soir (18h-20h) et la
réception des palettes le jeudi matin. Merci !

Martine, coordinatrice
""",
    ),
    N(
        "13364",
        "2026-01-31 17:30",
        CHLOE,
        "mon entretien annuel 🙃",
        "fr",
        """Devine qui a eu son entretien annuel aujourd'hui et une augmentation de 2 %... youpi 🙃
Bref. Apéro demain ?
""",
    ),
    N(
        "13365",
        "2026-03-27 12:10",
        "Ondalys <team@ondalys.io>",
        "La newsletter Ondalys #14 : 120 producteurs, 1 nouvelle recrue",
        "fr",
        """Ondalys - la supply chain des circuits courts

Ce mois-ci : 120 producteurs partenaires en Auvergne-Rhône-Alpes, une nouvelle tournée dans
la Drôme, et Léa, notre nouvelle Ops & Data Analyst, qui a déjà réduit les ruptures du jeudi
de 30 % !

Se désabonner
""",
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 139, the ordinary inbox part two (data only): see heldout139.py.

Family, friends, the collège, the crèche, the doctor, trains, Leboncoin, a flat hunt and the
handball club. Look-alikes on purpose: a crèche "demande de place" acknowledged, found incomplete,
granted ("nous avons le plaisir de vous proposer une place") and followed by an "entretien
d'admission" and a contract to sign; a rental "dossier de candidature" turned down; parents'
representatives "appel à candidatures"; friends talking about their own new jobs and about hers;
a colleague organising her leaving drinks; the childminder's end-of-contract letter."""

from __future__ import annotations

from typing import Any

from heldout139_jobs import N, ics, m, reply

_SOIZ = "Soizic Guillerm <soizic.guillerm@free.fr>"
_MAMAN = "Annick Le Bihan <annick.lebihan@orange.fr>"
_YANN = "Yann Kerdraon <yann.kerdraon@gmail.com>"
_RONAN = "Ronan Pichard <ronan.pichard56@gmail.com>"
_COLLEGE = "Collège Simone-Veil - Vie scolaire <vie-scolaire@college-simoneveil-rennes.example>"
_ENT = "Toutatice <ne-pas-repondre@toutatice.fr>"
_CRECHE = "Ville de Rennes - Petite enfance <petite-enfance@ville-rennes.example>"
_COCCI = "Crèche Les Coccinelles <creche.coccinelles@ville-rennes.example>"
_DOCTO = "Doctolib <no-reply@doctolib.fr>"
_SNCF = "SNCF Connect <confirmation@sncf-connect.com>"
_LBC = "leboncoin <noreply@leboncoin.fr>"
_HAND = "ASST Handball <contact@asst-handball.example>"
_AGENCE = "Agence des Lices Immobilier <gestion@agencedeslices.example>"
_MEDIA = "Médiathèque Sainte-Thérèse <mediatheque.sainte-therese@ville-rennes.example>"

_soiz1 = m(
    "a2kf7",
    "2025-09-11 21:14",
    _SOIZ,
    "apéro vendredi ?",
    N(),
    """Coucou ma belle,

Alors cette rentrée, Louna survit au collège ? Ici Jeanne pleure tous les matins devant la grille
de CP, j'en peux plus 😩

Apéro chez moi vendredi soir avec Fanny et Morgane ? Viens avec les enfants, je fais des crêpes
pour les petits.

Bises
Soizic
""",
)

_soiz2 = m(
    "b8lt3",
    "2025-10-23 22:40",
    _SOIZ,
    "Re: apéro vendredi ?",
    N(),
    """Bon, on se voit pas assez !! Et alors ton entretien à l'agglo de Montfort, c'est la semaine
prochaine ? Tiens-moi au courant, je croise les doigts 🤞 Et Nantes, le truc des bateaux, ils
t'ont jamais rappelée ?

Bisous
S.

Envoyé de mon iPhone
""",
    **reply(_soiz1["id"], "<CAF3kq9T1Kk0e=wA9@mail.gmail.com>"),
)

_maman1 = m(
    "c5rw0",
    "2025-09-21 10:02",
    _MAMAN,
    "vacances de la Toussaint",
    N(),
    """Bonjour ma chérie,

Papa demande si vous venez à Quimper pour la Toussaint ? On pourrait garder Louna toute la
deuxième semaine si tu travailles. Malo aussi si tu veux, mais il est petit pour rester sans
toi.

Dis-nous vite pour qu'on s'organise, ta sœur vient peut-être aussi.

Gros bisous à vous trois
Maman
""",
)

_maman2 = m(
    "d1xy6",
    "2025-09-26 19:30",
    _MAMAN,
    "Re: vacances de la Toussaint",
    N(),
    """Super ! On vous attend le samedi 25 pour le déjeuner alors. Papa viendra vous chercher à la
gare si tu prends le train.

Bisous
Maman
""",
    **reply(_maman1["id"], "<CAF3kq9U7hx2Lm+bQ@mail.gmail.com>"),
)

MAIL: list[dict[str, Any]] = [
    _soiz1,
    _soiz2,
    _maman1,
    _maman2,
    # --- the collège and the ENT ----------------------------------------------------------------
    m(
        "e4nq2",
        "2025-09-01 18:20",
        _COLLEGE,
        "Rentrée 2025 – informations aux familles de 6e",
        N(),
        """Madame, Monsieur,

Nous sommes heureux d'accueillir votre enfant en classe de 6e au collège Simone-Veil.

Quelques informations pratiques :
- la rentrée des 6e a lieu le lundi 1er septembre de 8h30 à 16h30 (sans cours pour les autres
  niveaux) ;
- l'emploi du temps définitif sera disponible sur Pronote le vendredi 5 septembre ;
- les identifiants ENT Toutatice des responsables légaux vous seront adressés par e-mail ;
- la réunion d'accueil des parents de 6e aura lieu le jeudi 11 septembre à 18h au réfectoire.

Le Principal,
M. Jaouen
""",
    ),
    m(
        "f9cv4",
        "2025-09-03 16:05",
        _ENT,
        "Activation de votre compte responsable légal",
        N(),
        """Bonjour,

Un compte Toutatice a été créé pour vous en tant que responsable légal de LE BIHAN Louna (6e B,
collège Simone-Veil, Rennes).

Identifiant : g.lebihan128
Activez votre compte avant le 30 septembre : https://www.toutatice.fr/portail/activation

L'équipe Toutatice - Académie de Rennes
""",
    ),
    m(
        "g6yj1",
        "2025-09-15 12:48",
        "APE Collège Simone-Veil <ape.simoneveil@gmail.com>",
        "Élections des représentants de parents d'élèves : appel à candidatures",
        N(),
        """Bonjour à toutes et à tous,

Les élections des représentants de parents d'élèves au conseil d'administration auront lieu le
vendredi 10 octobre (vote uniquement par correspondance cette année).

Nous lançons un appel à candidatures : pour constituer notre liste, nous avons besoin de
parents titulaires et suppléants, notamment en 6e. Aucune expérience n'est requise, juste
l'envie de participer à la vie du collège (3 à 4 conseils par an, en soirée).

Pour vous porter candidat(e), répondez simplement à ce mail avant le 22 septembre, en indiquant
le nom et la classe de votre enfant.

Merci !
Le bureau de l'APE
""",
    ),
    m(
        "h3ox8",
        "2025-10-01 17:31",
        "PRONOTE - Collège Simone-Veil <ne-pas-repondre@toutatice.fr>",
        "Absence de professeur – 6e B",
        N(),
        """Madame LE BIHAN,

Nous vous informons de l'absence de M. Corre (Mathématiques) le jeudi 2 octobre. Les élèves de
6e B n'auront pas cours de 10h à 12h et seront accueillis en permanence.

La vie scolaire
""",
    ),
    m(
        "i7sd5",
        "2025-11-05 18:02",
        _COLLEGE,
        "Rencontres parents-professeurs 6e – jeudi 13 novembre",
        N(),
        """Madame, Monsieur,

Les rencontres parents-professeurs des classes de 6e auront lieu le jeudi 13 novembre de 16h30
à 20h. Les créneaux (10 minutes par professeur) se réservent sur Pronote, rubrique
« Communication > Rencontres ».

Pour la 6e B, le professeur principal, Mme Le Moal, vous recevra à 17h40 en salle 104 (créneau
réservé pour vous). Une invitation est jointe.

La vie scolaire
""",
        ics=ics(
            "rencontres-6B-lebihan-20251113@college-simoneveil-rennes.example",
            "2025-11-13 17:40",
            "Rencontre parents-professeurs - Louna LE BIHAN (6e B) - Mme Le Moal",
            ("Vie scolaire Collège Simone-Veil", "vie-scolaire@college-simoneveil-rennes.example"),
            minutes=10,
            location="Collège Simone-Veil - salle 104",
        ),
    ),
    m(
        "j0ze7",
        "2025-12-05 19:15",
        "APE Collège Simone-Veil <ape.simoneveil@gmail.com>",
        "Marché de Noël du collège : on a besoin de vous !",
        N(),
        """Bonjour,

Le marché de Noël du collège aura lieu le vendredi 12 décembre de 16h30 à 19h. Nous cherchons
des bénévoles pour tenir les stands (crêpes, vin chaud pour les grands, objets fabriqués par
les élèves) et des gâteaux !

Inscriptions sur le tableau partagé : https://framadate.org/ape-sv-noel25

Merci d'avance,
Le bureau de l'APE
""",
    ),
    m(
        "k2ap9",
        "2025-12-12 17:40",
        _ENT,
        "Le bulletin du 1er trimestre est disponible",
        N(),
        """Bonjour,

Le bulletin du 1er trimestre de LE BIHAN Louna (6e B) est disponible dans Pronote, rubrique
« Notes > Bulletins ».

L'équipe Toutatice
""",
    ),
    m(
        "l5bw3",
        "2026-01-12 18:30",
        _COLLEGE,
        "Classe de mer 6e – autorisation et paiement",
        N(),
        """Madame, Monsieur,

La classe de mer des 6e B et 6e C aura lieu du 18 au 22 mai 2026 au centre nautique de l'île
Tudy. Le coût restant à la charge des familles est de 185 € (paiement possible en trois fois,
aides possibles du fonds social collégien).

Merci de retourner l'autorisation parentale et la fiche sanitaire avant le 6 février.

M. Jaouen, Principal
""",
        attach=[
            (
                "Autorisation_classe_de_mer_2026.pdf",
                "application/pdf",
                "%PDF-1.4\n% Classe de mer 6e - autorisation parentale\n%%EOF\n",
            )
        ],
    ),
    m(
        "m8cq0",
        "2026-02-05 12:10",
        "PRONOTE - Collège Simone-Veil <ne-pas-repondre@toutatice.fr>",
        "Nouveau message de Mme Le Moal",
        N(),
        """Madame LE BIHAN,

Vous avez reçu un nouveau message de Mme Le Moal (professeur principal de 6e B) :
« Bonjour, Louna a oublié son carnet de liaison au CDI, elle pourra le récupérer demain. Bien
cordialement. »

Répondre depuis Pronote.
""",
    ),
    # --- the crèche application (a look-alike from start to finish) ------------------------------
    m(
        "n6dr4",
        "2025-09-08 14:20",
        _CRECHE,
        "Accusé de réception de votre demande d'accueil",
        N(),
        """Madame LE BIHAN,

Nous accusons réception de votre demande d'accueil en établissement municipal pour votre
enfant Malo, né le 23/11/2023, enregistrée sous le numéro PE-2025-04127.

Vœux exprimés : 1. Crèche Les Coccinelles (Sainte-Thérèse) ; 2. Multi-accueil Alphonse-Guérin ;
3. Crèche familiale.
Type d'accueil souhaité : régulier, 4 jours par semaine, à partir de janvier 2026.

Votre demande sera étudiée lors d'une prochaine commission d'attribution des places. Vous
recevrez une réponse écrite à l'issue de celle-ci.

Direction Petite Enfance - Ville de Rennes
""",
    ),
    m(
        "o3es6",
        "2025-10-03 09:45",
        _CRECHE,
        "Votre demande d'accueil n° PE-2025-04127 : dossier incomplet",
        N(),
        """Madame LE BIHAN,

Après examen, votre dossier de demande de place en crèche est incomplet. Il manque :

- votre attestation de quotient familial Caf de moins de 3 mois ;
- un justificatif de domicile récent.

Merci de déposer ces pièces sur le portail Rennes Famille avant le 31 octobre afin que votre
demande puisse être présentée à la commission de novembre.

Direction Petite Enfance - Ville de Rennes
""",
    ),
    m(
        "p0fu2",
        "2025-11-25 11:05",
        _CRECHE,
        "Commission d'attribution des places du 18 novembre",
        N(),
        """Madame LE BIHAN,

Nous avons le plaisir de vous informer que la commission d'attribution des places du 18
novembre 2025 a retenu votre demande. Une place vous est proposée à la crèche Les Coccinelles,
4 jours par semaine (lundi, mardi, jeudi, vendredi), à compter du lundi 5 janvier 2026.

Merci de confirmer votre acceptation de cette proposition avant le 5 décembre sur le portail
Rennes Famille. Sans réponse de votre part, la place sera proposée à une autre famille.

La directrice de l'établissement prendra contact avec vous pour un rendez-vous d'admission.

Direction Petite Enfance - Ville de Rennes
""",
    ),
    m(
        "q4gv8",
        "2025-11-28 13:30",
        "Élise Texier <creche.coccinelles@ville-rennes.example>",
        "Rendez-vous d'admission – Malo",
        N(),
        """Bonjour Madame Le Bihan,

Je suis la directrice de la crèche Les Coccinelles. Je vous propose un entretien d'admission le
mercredi 3 décembre à 17h30, à la crèche (14 rue de l'Alma), pour faire connaissance, visiter
les locaux avec Malo et préparer sa période d'adaptation.

Merci d'apporter le carnet de santé de Malo (vaccinations) et l'attestation d'assurance
responsabilité civile.

Élise Texier
Directrice - Crèche Les Coccinelles
""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000011C2D3E4F598DC01000000000000000010000000B75",
            "2025-12-03 17:30",
            "Entretien d'admission - Malo LE BIHAN",
            ("Élise Texier", "creche.coccinelles@ville-rennes.example"),
            style="outlook",
            minutes=45,
            location="Crèche Les Coccinelles - 14 rue de l'Alma, Rennes",
        ),
    ),
    m(
        "r7hw1",
        "2025-12-16 16:12",
        _COCCI,
        "Contrat d'accueil à signer",
        N(),
        """Bonjour Madame Le Bihan,

Comme convenu lors de notre rendez-vous, vous trouverez ci-joint le contrat d'accueil de Malo et
le règlement de fonctionnement de la crèche. Merci de nous les retourner signés le premier jour
de l'adaptation.

Tarif horaire calculé selon le barème CNAF : 1,48 € de l'heure.

Belles fêtes,
Élise Texier
""",
        attach=[
            (
                "Contrat_accueil_LE_BIHAN_Malo.pdf",
                "application/pdf",
                "%PDF-1.4\n% Contrat d'accueil regulier - creche Les Coccinelles\n%%EOF\n",
            )
        ],
    ),
    m(
        "s1ix5",
        "2026-01-02 10:20",
        "Élise Texier <creche.coccinelles@ville-rennes.example>",
        "Adaptation de Malo du 5 au 9 janvier",
        N(),
        """Bonjour,

Voici le planning d'adaptation de Malo :
- lundi 5 : 9h30-10h30 avec vous
- mardi 6 : 9h30-11h, vous partez 30 minutes
- mercredi 7 : fermé pour Malo
- jeudi 8 : 9h00-12h avec le repas
- vendredi 9 : 8h30-15h avec la sieste

Pensez au doudou et à une tenue de rechange. À lundi !
Élise
""",
    ),
    m(
        "t4jy7",
        "2026-02-20 09:00",
        _COCCI,
        "Votre facture de janvier 2026",
        N(),
        """Madame LE BIHAN,

Votre facture pour l'accueil de Malo en janvier 2026 est disponible sur le portail Rennes
Famille : 214,60 € (145 heures). Prélèvement le 5 mars.

Crèche Les Coccinelles
""",
    ),
    # --- the childminder ---------------------------------------------------------------------
    m(
        "u9kz3",
        "2026-01-14 20:51",
        "Solenn Lemée <solenn.lemee@laposte.net>",
        "fin du contrat de Malo",
        N(),
        """Bonsoir Gwenaëlle,

Comme on en a parlé, je vous envoie le modèle de lettre pour la fin du contrat de Malo (retrait
de l'enfant) puisqu'il est à la crèche à temps plein depuis lundi. Le préavis est de 15 jours,
donc fin du contrat le 31 janvier si vous me la remettez cette semaine.

Pour le solde de tout compte il faudra faire la dernière déclaration Pajemploi de janvier avec
l'indemnité de congés payés, vous connaissez ça mieux que moi 😉

Malo va me manquer, c'était un amour. Passez me voir de temps en temps !

Solenn
""",
    ),
    # --- doctors -------------------------------------------------------------------------------
    m(
        "v2la9",
        "2025-09-05 12:31",
        _DOCTO,
        "Votre rendez-vous est confirmé",
        N(),
        """Bonjour Gwenaëlle,

Votre rendez-vous est confirmé :

Dr Hélène Le Floch - Pédiatre
Mercredi 10 septembre 2025 à 16h15
Patient : Malo LE BIHAN
Adresse : 5 rue de Châteaugiron, 35000 Rennes

Pensez à apporter le carnet de santé et la carte Vitale.
En cas d'empêchement, annulez au moins 24 h à l'avance depuis votre compte Doctolib.

L'équipe Doctolib
""",
        ics=ics(
            "doctolib-rdv-5512378@doctolib.fr",
            "2025-09-10 16:15",
            "RDV Dr Hélène Le Floch (Pédiatre) - Malo",
            ("Doctolib", "no-reply@doctolib.fr"),
            minutes=20,
            location="5 rue de Châteaugiron, 35000 Rennes",
        ),
    ),
    m(
        "w5mb2",
        "2025-10-06 18:00",
        _DOCTO,
        "Rappel : votre rendez-vous de demain",
        N(),
        """Bonjour Gwenaëlle,

Nous vous rappelons votre rendez-vous :

Dr Pierre-Yves Nédélec - Chirurgien-dentiste
Mardi 7 octobre 2025 à 17h00
Patient : Louna LE BIHAN

Vous ne pouvez pas vous y rendre ? Annulez ou déplacez votre rendez-vous.

L'équipe Doctolib
""",
    ),
    m(
        "x8nc4",
        "2025-11-07 08:12",
        _DOCTO,
        "Votre rendez-vous a été annulé",
        N(),
        """Bonjour Gwenaëlle,

Nous sommes au regret de vous informer que votre rendez-vous du lundi 10 novembre 2025 à 9h00
avec Dr Hélène Le Floch (Pédiatre) a été annulé par le praticien.

Motif : absence imprévue du praticien.

Vous pouvez reprendre rendez-vous sur doctolib.fr.

L'équipe Doctolib
""",
    ),
    m(
        "y1od6",
        "2026-01-10 14:02",
        _DOCTO,
        "Votre rendez-vous est confirmé",
        N(),
        """Bonjour Gwenaëlle,

Votre rendez-vous est confirmé :

Dr Fanny Gourvès - Médecin généraliste
Mardi 20 janvier 2026 à 18h30
Patient : Gwenaëlle LE BIHAN
Motif : consultation de suivi

L'équipe Doctolib
""",
        ics=ics(
            "doctolib-rdv-5830114@doctolib.fr",
            "2026-01-20 18:30",
            "RDV Dr Fanny Gourvès (Médecin généraliste)",
            ("Doctolib", "no-reply@doctolib.fr"),
            minutes=20,
            location="Maison de santé Sainte-Thérèse, 32 rue Ginguené, Rennes",
        ),
    ),
    m(
        "z6pd8",
        "2026-02-03 15:40",
        "Bio Ouest Labo <resultats@bioouestlabo.example>",
        "Vos résultats sont disponibles",
        N(),
        """Bonjour,

Les résultats de votre examen de biologie médicale du 31/01/2026 sont disponibles sur votre
espace patient sécurisé.

Ils ont également été transmis à votre médecin prescripteur.

Bio Ouest Labo - Site Rennes Sud
""",
    ),
    # --- trains ---------------------------------------------------------------------------------
    m(
        "a9qe0",
        "2025-10-15 21:22",
        _SNCF,
        "Votre confirmation de commande – Rennes > Quimper",
        N(),
        html="""<html><body style="font-family:Avenir,Arial,sans-serif">
<p>Bonjour Gwenaëlle,</p>
<p>Merci pour votre commande ! Voici vos billets :</p>
<p><b>Aller</b> · samedi 25 octobre 2025 · Rennes 09:35 → Quimper 11:46 · TGV INOUI 8707<br>
1 passager (1 adulte Carte Avantage Famille)</p>
<p><b>Retour</b> · dimanche 2 novembre 2025 · Quimper 17:05 → Rennes 19:14 · TGV INOUI 8740<br>
3 passagers (1 adulte Carte Avantage Famille, 1 jeune 12-27 ans, 1 enfant de moins de 4 ans)</p>
<p>Total payé : 112,60 €</p>
<p>Vos e-billets sont disponibles dans l'application SNCF Connect.</p>
</body></html>""",
    ),
    m(
        "b2rf3",
        "2025-12-06 12:02",
        _SNCF,
        "Votre confirmation de commande – Rennes > Nantes",
        N(),
        html="""<html><body style="font-family:Avenir,Arial,sans-serif">
<p>Bonjour Gwenaëlle,</p>
<p><b>Aller</b> · mardi 9 décembre 2025 · Rennes 11:05 → Nantes 12:18 · TER BreizhGo 857914<br>
<b>Retour</b> · mardi 9 décembre 2025 · Nantes 17:42 → Rennes 19:00 · TER 857933</p>
<p>1 passager adulte · Total payé : 39,60 €</p>
<p>Vos billets sont disponibles dans l'application SNCF Connect.</p>
</body></html>""",
    ),
    m(
        "c5sg5",
        "2025-12-20 09:10",
        _SNCF,
        "Votre Carte Avantage Famille expire bientôt",
        N(),
        """Bonjour Gwenaëlle,

Votre Carte Avantage Famille expire le 9 janvier 2026. Renouvelez-la dès maintenant pour continuer
à bénéficier de 30 % de réduction sur vos trajets en famille.

Renouveler ma carte : https://www.sncf-connect.com/cartes-et-abonnements

SNCF Connect
""",
    ),
    m(
        "d8th7",
        "2026-02-16 10:30",
        _SNCF,
        "Votre train avait du retard : demandez votre compensation",
        N(),
        """Bonjour Gwenaëlle,

Votre train TGV INOUI 8707 du samedi 14 février (Rennes → Quimper) est arrivé avec 42 minutes de
retard. Dans le cadre de la Garantie G30, vous pouvez demander une compensation de 25 % du prix
de votre billet.

Faire ma demande : https://www.sncf-connect.com/aide/g30

SNCF Connect
""",
    ),
    # --- Leboncoin ------------------------------------------------------------------------------
    m(
        "e1ui9",
        "2025-09-13 11:40",
        _LBC,
        "Votre annonce « Lit parapluie Babymoov » est en ligne",
        N(),
        """Bonjour,

Votre annonce « Lit parapluie Babymoov » est désormais en ligne et visible par des millions
d'utilisateurs.

Prix : 25 € · Catégorie : Équipement bébé · Rennes 35000

Conseil : ajoutez plusieurs photos pour vendre plus vite !

L'équipe leboncoin
""",
    ),
    m(
        "f4vj1",
        "2025-09-18 19:55",
        _LBC,
        "Nouveau message concernant votre annonce « Lit parapluie Babymoov »",
        N(),
        """Vous avez reçu un nouveau message de Lucie :

« Bonjour, le lit est-il toujours disponible ? Je peux passer demain soir vers 18h30 à
Sainte-Thérèse. »

Répondre depuis votre messagerie leboncoin.
""",
    ),
    m(
        "g7wk4",
        "2025-10-12 08:00",
        _LBC,
        "3 nouvelles annonces pour votre recherche « Location T4 Rennes Sud-Est »",
        N(),
        """Votre alerte « Location T4 Rennes Sud-Est » :

- Appartement 4 pièces 82 m² - Rennes 35000 - 1 090 € / mois
- Appartement T4 avec balcon - Rennes Sainte-Thérèse - 1 150 € / mois CC
- Maison 4 pièces 90 m² - Chantepie 35135 - 1 240 € / mois

Voir les annonces : https://www.leboncoin.fr/recherche?alerte=5512

L'équipe leboncoin
""",
    ),
    m(
        "h0xl6",
        "2025-12-03 09:00",
        _LBC,
        "Votre annonce a expiré",
        N(),
        """Bonjour,

Votre annonce « Poussette Yoyo + nacelle » a expiré. Vous pouvez la republier gratuitement en un
clic depuis « Mes annonces ».

L'équipe leboncoin
""",
    ),
    m(
        "i3ym8",
        "2026-01-24 15:17",
        _LBC,
        "Paiement sécurisé : votre vente est confirmée",
        N(),
        """Bonjour,

L'acheteur a confirmé la réception de « Chaise haute Stokke Tripp Trapp ». Le montant de 120 € a
été crédité sur votre porte-monnaie leboncoin.

L'équipe leboncoin
""",
    ),
    # --- the flat hunt ---------------------------------------------------------------------------
    m(
        "j6zn0",
        "2025-10-14 20:12",
        "DossierFacile <ne-pas-repondre@dossierfacile.logement.gouv.fr>",
        "Votre dossier a été validé",
        N(),
        """Bonjour Gwenaëlle,

Bonne nouvelle : votre DossierFacile a été vérifié et validé par nos équipes. Vous pouvez
désormais le partager avec les propriétaires et les agences en un clic :

https://locataire.dossierfacile.logement.gouv.fr/file/gl-8f2c91

Pièces validées : identité, situation professionnelle (CDI), 3 derniers bulletins de salaire,
avis d'imposition, justificatif de domicile.

L'équipe DossierFacile
""",
    ),
    m(
        "k9ao2",
        "2025-10-17 11:26",
        _AGENCE,
        "Visite T4 rue de Châtillon – samedi 18 octobre",
        N(),
        """Bonjour Madame,

Suite à votre demande, je vous confirme la visite de l'appartement T4 (82 m², 3e étage, rue de
Châtillon) le samedi 18 octobre à 10h15. Rendez-vous devant l'immeuble.

Si le bien vous intéresse, merci de nous transmettre votre dossier de candidature complet
(DossierFacile accepté) au plus tard le lundi 20 octobre.

Cordialement,
Gaëtan Lohier
Agence des Lices Immobilier - Location
""",
    ),
    m(
        "l2bp4",
        "2025-11-03 15:02",
        _AGENCE,
        "Votre candidature pour le T4 rue de Châtillon",
        N(),
        """Bonjour Madame,

Nous vous remercions de l'intérêt porté à l'appartement de la rue de Châtillon et pour la
qualité de votre dossier.

Le propriétaire a toutefois retenu une autre candidature, dont les revenus correspondaient
davantage aux critères de l'assurance loyers impayés. Nous ne pouvons donc pas donner une suite
favorable à votre demande.

N'hésitez pas à consulter nos autres biens à la location.

Cordialement,
Gaëtan Lohier
Agence des Lices Immobilier
""",
    ),
    m(
        "m5cq6",
        "2025-09-25 09:00",
        _AGENCE,
        "Avis d'échéance – loyer octobre 2025",
        N(),
        """Madame LE BIHAN,

Veuillez trouver ci-joint votre avis d'échéance pour la période du 01/10/2025 au 31/10/2025.

Loyer : 780,00 € - Provisions sur charges : 95,00 € - Total : 875,00 €
Prélèvement le 5 octobre.

Agence des Lices Immobilier - Gestion locative
""",
        attach=[
            (
                "Avis_echeance_10-2025.pdf",
                "application/pdf",
                "%PDF-1.4\n% Avis d'echeance octobre 2025\n%%EOF\n",
            )
        ],
    ),
    m(
        "n8dr8",
        "2026-01-26 09:00",
        _AGENCE,
        "Avis d'échéance – loyer février 2026",
        N(),
        """Madame LE BIHAN,

Veuillez trouver ci-joint votre avis d'échéance pour la période du 01/02/2026 au 28/02/2026.

Loyer : 791,70 € (révision IRL au 1er janvier) - Provisions sur charges : 95,00 € - Total :
886,70 €

Agence des Lices Immobilier - Gestion locative
""",
    ),
    # --- friends and family talking about their own jobs (and hers) ---------------------------
    m(
        "o1es0",
        "2025-09-28 22:31",
        "Katell Le Bihan <katell.lebihan29@gmail.com>",
        "J'AI EU LE POSTE !!!",
        N(),
        """Gwen !!!

Ils viennent de m'appeler : je suis prise à la clinique de l'Iroise, en cardio, je commence le 3
novembre ! Après trois ans d'intérim à courir partout, un vrai poste d'infirmière en CDI. J'ai accepté direct, j'ai même pas négocié 😂

Je t'appelle demain, là je vais fêter ça avec Mathis.

Je t'aime
Katell

PS : et toi, des nouvelles de tes candidatures ?
""",
    ),
    m(
        "p4ft3",
        "2025-10-09 12:44",
        _YANN,
        "Je quitte Armor Logistique !",
        N(),
        """Salut la compagnie,

Petit mail groupé pour vous annoncer que j'ai accepté une offre chez un équipementier auto à
Nantes (responsable méthodes, enfin un vrai poste de cadre !). J'ai passé trois entretiens en
un mois, dont un avec le DG un samedi matin, c'était sport.

Je démarre le 5 janvier, donc pot de départ fin décembre, je vous tiens au courant.

Yann
""",
        to="Gwenaëlle Le Bihan <gwenaelle.lebihan35@gmail.com>, soizic.guillerm@free.fr, fanny.leroux@hotmail.fr",
    ),
    m(
        "q7gu5",
        "2025-12-01 19:20",
        _YANN,
        "Raclette samedi 13 ?",
        N(),
        """Hello !

Dernière soirée avant mon départ pour Nantes : raclette chez nous samedi 13 décembre à partir de
19h. Enfants bienvenus, Léa prépare une chasse au trésor pour eux.

Dites-moi qui vient pour le fromage 🧀

Yann
""",
        to="Gwenaëlle Le Bihan <gwenaelle.lebihan35@gmail.com>, soizic.guillerm@free.fr",
    ),
    m(
        "r0hv7",
        "2026-01-22 21:08",
        _YANN,
        "Des nouvelles de Nantes",
        N(),
        """Salut Gwen,

Trois semaines dans la nouvelle boîte : l'onboarding était super bien fait, j'ai un mentor et
déjà deux projets. Par contre la période d'essai de 4 mois me stresse un peu, et les bouchons du
périph le matin…

Et toi, c'est signé pour la mutuelle ? Soizic m'a dit que tu commençais en mars, trop bien !

Bises à Louna et Malo
Yann
""",
    ),
    m(
        "s3iw9",
        "2026-01-09 12:57",
        _SOIZ,
        "Trop contente pour toi !!!",
        N(),
        """Ma Gwen,

Je viens de lire ton SMS : promesse d'embauche acceptée, CDI, deux jours de télétravail et à 10
minutes de la crèche de Malo !!! Tu le mérites tellement après tous ces entretiens, le cas
pratique fait un dimanche soir et le coup de l'agglo qui a pris un titulaire.

On fête ça samedi, c'est moi qui invite. Et tu l'annonces quand à ton patron ?

Bisous bisous
Soizic
""",
    ),
    m(
        "t6jx1",
        "2026-02-17 13:05",
        "Sandrine Blanchard <sandrine.blanchard35@gmail.com>",
        "Pot de départ de Gwen – vendredi 27/02 🥂",
        N(),
        """Coucou tout le monde,

Comme vous le savez, notre Gwen nous quitte fin février après huit ans au pôle social du cabinet
(snif). On organise un pot surprise le vendredi 27 février à 17h30 dans la salle de réunion du
2e. Je fais une cagnotte pour le cadeau : https://www.leetchi.example/c/pot-gwen

Chut, elle ne doit pas savoir !! (Gwen, si tu lis ceci parce que je me suis trompée de liste,
fais semblant d'être surprise 😅)

Sandrine
""",
        to="Gwenaëlle Le Bihan <gwenaelle.lebihan35@gmail.com>, morgane.riou@gmail.com, p.lorans@gmail.com",
    ),
    m(
        "u9ky3",
        "2025-11-10 11:02",
        _MAMAN,
        "anniversaire de Malo",
        N(),
        """Coucou,

Pour les 2 ans de Malo le 23, on peut venir le dimanche 23 à Rennes ? Papa a trouvé une
draisienne d'occasion, dis-moi si c'est une bonne idée ou s'il en a déjà une.

Bisous
Maman
""",
    ),
    m(
        "v2lz5",
        "2025-12-18 08:47",
        _MAMAN,
        "Noël",
        N(),
        """Ma chérie,

On vous attend le 23 au soir. Ta sœur arrive le 24 au matin avec Mathis. J'ai préparé la
chambre du haut pour toi et les enfants.

Et bonne chance pour ta réponse de la mutuelle, Papa croise les doigts aussi.

Bisous
Maman
""",
    ),
    m(
        "w5ma7",
        "2026-02-09 18:15",
        _MAMAN,
        "vacances de février",
        N(),
        """Coucou,

Tu nous laisses Louna la deuxième semaine des vacances ? Comme tu finis ton préavis elle
s'ennuierait à Rennes. Elle pourra aider Papa au jardin 😊

Bisous
Maman
""",
    ),
    m(
        "x8nb9",
        "2025-12-23 23:10",
        "Katell Le Bihan <katell.lebihan29@gmail.com>",
        "photos",
        N(),
        """Voilà les photos de ce soir, Malo avec le bonnet de Père Noël c'est collector 😂

Katell
""",
        attach=[("IMG_20251223_2141.jpg", "image/jpeg", "JFIF photo placeholder")],
    ),
    m(
        "y1oc1",
        "2025-10-06 21:03",
        _RONAN,
        "Toussaint + Noël",
        N(),
        """Salut,

Pour les vacances : je prends les enfants la première semaine de la Toussaint (du 18 au 25) et
je te les ramène à Quimper directement chez tes parents si ça t'arrange. Pour Noël, comme
prévu, je les ai du 26 au 31.

Tu peux me renvoyer l'attestation de la Caf pour la crèche, j'en ai besoin pour ma déclaration.

Ronan
""",
    ),
    m(
        "z4pd3",
        "2026-01-18 19:44",
        _RONAN,
        "Re: crèche",
        N(),
        """OK pour partager les frais de crèche moitié-moitié comme la nounou. Louna m'a dit que tu
changeais de boulot, tu me diras si ça change quelque chose pour les mercredis.

Ronan
""",
        **reply("<CAF3kq9V2ct8Nn=pH@mail.gmail.com>"),
    ),
    m(
        "a7qe5",
        "2025-11-12 10:31",
        "Soizic Guillerm <soizic.guillerm@gmail.com>",
        "Invitation: Les 40 ans de Soizic 🎉 @ sam. 22 nov. 2025 19:30 - 23:30 (CET) (gwenaelle.lebihan35@gmail.com)",
        N(),
        """Soizic Guillerm vous a invité(e) à un événement.

Les 40 ans de Soizic 🎉
Quand : samedi 22 nov. 2025 19:30 – 23:30 (heure normale d'Europe centrale - Paris)
Où : Le Bar'Ouf, 12 rue de Paris, Rennes
Description : Surprise pour Gaël aussi, il croit qu'on va au resto à deux 🤫 Dress code : paillettes.

Participer ? Oui - Peut-être - Non

Invitation de Google Agenda
""",
        ics=ics(
            "1f8n3p6r0t2v4x@google.com",
            "2025-11-22 19:30",
            "Les 40 ans de Soizic 🎉",
            ("Soizic Guillerm", "soizic.guillerm@gmail.com"),
            minutes=240,
            location="Le Bar'Ouf, 12 rue de Paris, Rennes",
        ),
    ),
    # --- club, library, yoga, holidays ---------------------------------------------------------
    m(
        "b0rf7",
        "2025-09-19 20:30",
        _HAND,
        "Reprise des entraînements -13 F",
        N(),
        """Bonjour à tous,

Les entraînements des -13 filles reprennent le mercredi 24 septembre, 17h-18h30, gymnase
Alphonse-Guérin. Pensez à compléter la licence en ligne (certificat médical ou questionnaire
de santé) et à régler la cotisation (165 €, pass'sport accepté).

Sportivement,
Maxime, coach -13 F
ASST Handball
""",
    ),
    m(
        "c3sg9",
        "2025-10-20 12:15",
        _HAND,
        "Tournoi de la Toussaint : besoin de parents !",
        N(),
        """Bonjour,

Le club organise son tournoi de la Toussaint le samedi 1er novembre au gymnase
Alphonse-Guérin. Nous avons besoin de parents pour la buvette et la table de marque. Inscriptions
auprès de Maxime.

ASST Handball
""",
    ),
    m(
        "d6th1",
        "2026-01-05 18:00",
        _HAND,
        "Galette des rois du club – samedi 17 janvier",
        N(),
        """Bonjour à tous,

Toutes les équipes sont invitées à la galette des rois du club le samedi 17 janvier à 16h au
club-house, après les matchs des jeunes. Chaque famille peut apporter une galette ou du cidre.

Bonne année sportive !
Le bureau de l'ASST Handball
""",
    ),
    m(
        "e9ui3",
        "2026-02-22 10:05",
        _HAND,
        "Match à domicile samedi – covoiturage",
        N(),
        """Bonjour,

Match à domicile samedi 28 février à 14h contre Vitré. Rendez-vous 13h15 au gymnase. Pour le
match retour à Fougères le 7 mars, merci d'indiquer vos places de covoiturage sur le groupe.

Maxime
""",
    ),
    m(
        "f2vj5",
        "2025-10-25 10:00",
        _MEDIA,
        "Vos documents sont à rendre",
        N(),
        """Bonjour,

Les documents suivants empruntés sur votre carte sont à rendre avant le 29/10/2025 :
- « Le loup qui voulait changer de couleur » (album)
- « Journal d'un dégonflé, tome 3 »
- « Paie : le guide pratique 2025 »

Vous pouvez prolonger vos prêts une fois depuis votre compte lecteur.

Médiathèque Sainte-Thérèse - Réseau des bibliothèques de Rennes
""",
    ),
    m(
        "g5wk7",
        "2025-11-14 16:20",
        _MEDIA,
        "Votre réservation est disponible",
        N(),
        """Bonjour,

Le document que vous avez réservé, « Les Cahiers d'Esther, tome 9 », est disponible à la
médiathèque Sainte-Thérèse jusqu'au 24 novembre.

Médiathèque Sainte-Thérèse
""",
    ),
    m(
        "h8xl9",
        "2025-09-08 07:30",
        "Studio Yoga du Thabor <bonjour@yoga-thabor.example>",
        "Reprise des cours – planning 2025-2026",
        N(),
        html="""<html><body style="font-family:Georgia,serif;color:#4a4a4a">
<p>Namasté à toutes et à tous 🙏</p>
<p>Les cours reprennent le lundi 15 septembre. Nouveau cette année : un cours de yoga doux le
mardi à 12h15 (idéal pendant la pause déjeuner) et des ateliers parent-enfant un samedi par
mois.</p>
<p><a href="https://www.yoga-thabor.example/planning">Voir le planning et réserver</a></p>
<p style="font-size:10px"><a href="https://www.yoga-thabor.example/unsub">Se désabonner</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.yoga-thabor.example/unsub>"},
    ),
    m(
        "i1ym1",
        "2026-01-30 20:22",
        "Gîtes de France Finistère <reservation@gites-finistere.example>",
        "Confirmation de votre réservation – Crozon",
        N(),
        """Madame LE BIHAN,

Nous vous confirmons votre réservation :

Gîte « Ty Avel » (réf. 29G1192) - Crozon, Morgat
Du samedi 14 février au samedi 21 février 2026 - 3 personnes
Montant total : 462 € - Acompte versé : 139 € - Solde à régler avant le 4 février.

Le propriétaire, M. Quéré, vous contactera quelques jours avant votre arrivée pour la remise
des clés.

Gîtes de France Finistère - Service réservation
""",
    ),
    m(
        "v1sy2",
        "2025-10-31 10:15",
        "Rennes Famille <ne-pas-repondre@ville-rennes.example>",
        "Votre facture de restauration scolaire – septembre/octobre",
        N(),
        """Bonjour,

Votre facture de restauration scolaire pour LE BIHAN Louna (collège Simone-Veil, 31 repas) est
disponible sur le portail Rennes Famille : 102,30 €. Tarif calculé selon votre quotient familial.

Rennes Famille
""",
    ),
    m(
        "w4tz4",
        "2025-11-26 18:30",
        _DOCTO,
        "Votre rendez-vous est confirmé",
        N(),
        """Bonjour Gwenaëlle,

Votre rendez-vous est confirmé :

Dr Hélène Le Floch - Pédiatre
Mercredi 3 décembre 2025 à 10h30
Patient : Malo LE BIHAN
Motif : vaccination (rappel) - certificat d'entrée en crèche

L'équipe Doctolib
""",
    ),
    m(
        "x7ua6",
        "2025-12-27 14:02",
        _RONAN,
        "retour des enfants",
        N(),
        """Je ramène les enfants le 31 vers 17h. Louna a laissé son chargeur chez moi, je le mets dans
son sac. Bonne fin d'année

Ronan

Envoyé depuis mon mobile
""",
    ),
    m(
        "y0vb8",
        "2025-11-19 12:00",
        "Studio Yoga du Thabor <bonjour@yoga-thabor.example>",
        "Atelier yoga parent-enfant – samedi 6 décembre",
        N(),
        """Bonjour Gwenaëlle,

Votre inscription à l'atelier yoga parent-enfant (enfants de 6 à 12 ans) du samedi 6 décembre
de 10h à 11h15 est confirmée. Tapis fournis, venez en tenue souple.

Studio Yoga du Thabor
""",
    ),
]
